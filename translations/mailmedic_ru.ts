<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MailMedic::ChecksPage</name>
    <message>
        <source>pasted text</source>
        <translation>вставленный текст</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>All checks are done.</source>
        <translation>Все проверки выполнены.</translation>
    </message>
    <message>
        <source>MailMedic is reading the message and running the checks.</source>
        <translation>MailMedic разбирает сообщение и выполняет проверки.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <source>Reading the message</source>
        <translation>Разбор сообщения</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>выполняется…</translation>
    </message>
</context>
<context>
    <name>MailMedic::InputPage</name>
    <message>
        <source>Paste the bounce message</source>
        <translation>Вставьте сообщение о недоставке</translation>
    </message>
    <message>
        <source>Copy the whole returned e-mail or just the error text, and paste it below.</source>
        <translation>Скопируйте вернувшееся письмо целиком или только текст ошибки и вставьте ниже.</translation>
    </message>
    <message>
        <source>What do you notice?</source>
        <translation>Что происходит?</translation>
    </message>
    <message>
        <source>Pick the description that fits best.</source>
        <translation>Выберите описание, которое подходит лучше всего.</translation>
    </message>
    <message>
        <source>Which domain?</source>
        <translation>Какой домен проверить?</translation>
    </message>
    <message>
        <source>The part of your e-mail address after the @.</source>
        <translation>Часть вашего адреса после знака @.</translation>
    </message>
    <message>
        <source>&amp;Bounce message or error text:</source>
        <translation>&amp;Сообщение о недоставке или текст ошибки:</translation>
    </message>
    <message>
        <source>For example: 550 5.1.1 &lt;someone@example.com&gt;: Recipient address rejected</source>
        <translation>Например: 550 5.1.1 &lt;someone@example.com&gt;: Recipient address rejected</translation>
    </message>
    <message>
        <source>Bounce message</source>
        <translation>Сообщение о недоставке</translation>
    </message>
    <message>
        <source>&amp;Symptom:</source>
        <translation>&amp;Проблема:</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>I can&apos;t send any mail</source>
        <translation>Письма вообще не отправляются</translation>
    </message>
    <message>
        <source>Some of my mail bounces</source>
        <translation>Часть писем возвращается с ошибкой</translation>
    </message>
    <message>
        <source>My mail lands in spam</source>
        <translation>Мои письма попадают в спам</translation>
    </message>
    <message>
        <source>I don&apos;t receive mail</source>
        <translation>Не приходят входящие письма</translation>
    </message>
    <message>
        <source>I get bounces for mail I never sent</source>
        <translation>Приходят уведомления о недоставке писем, которые я не отправлял</translation>
    </message>
    <message>
        <source>Forwarded mail bounces</source>
        <translation>Пересылаемые письма возвращаются</translation>
    </message>
    <message>
        <source>My web form&apos;s mail is rejected</source>
        <translation>Письма с формы на сайте отклоняются</translation>
    </message>
    <message>
        <source>Which settings do I type into my mail program?</source>
        <translation>Какие настройки указать в почтовой программе?</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Домен:</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
</context>
<context>
    <name>MailMedic::InputReader</name>
    <message>
        <source>%1: larger than %2 MB; not a bounce</source>
        <translation>%1: файл больше %2 МБ — это не сообщение о недоставке</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: это папка, а не файл</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: не удалось прочитать файл: %2</translation>
    </message>
</context>
<context>
    <name>MailMedic::MainWizard</name>
    <message>
        <source>MailMedic — e-mail troubleshooter</source>
        <translation>MailMedic — диагностика проблем с почтой</translation>
    </message>
    <message>
        <source>Language of the wizard and of the report</source>
        <translation>Язык мастера и отчёта</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>MailMedic::ResultsPage</name>
    <message>
        <source>What we found</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <source>Work through the list from the top.</source>
        <translation>Разберите пункты по порядку, сверху вниз.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>There was nothing to read: paste the bounce message or its error text.</source>
        <translation>Анализировать нечего: вставьте сообщение о недоставке или текст ошибки.</translation>
    </message>
    <message>
        <source>MailMedic did not recognise a delivery problem in this text.</source>
        <translation>MailMedic не нашёл в этом тексте признаков проблемы с доставкой.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n результат.</numerusform>
            <numerusform>%n результата.</numerusform>
            <numerusform>%n результатов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailMedic::StartPage</name>
    <message>
        <source>What happened?</source>
        <translation>Что случилось?</translation>
    </message>
    <message>
        <source>MailMedic finds out why e-mail was not delivered and tells you how to fix it.</source>
        <translation>MailMedic выяснит, почему письмо не дошло, и подскажет, как это исправить.</translation>
    </message>
    <message>
        <source>I have a bounce message</source>
        <translation>У меня есть сообщение о недоставке</translation>
    </message>
    <message>
        <source>Paste the error message you got back, or drop the returned e-mail (.eml) here.</source>
        <translation>Вставьте полученный текст ошибки или перетащите сюда вернувшееся письмо (.eml).</translation>
    </message>
    <message>
        <source>Something is wrong with my e-mail</source>
        <translation>С почтой что-то не так</translation>
    </message>
    <message>
        <source>Pick what you notice, for example: my mail lands in spam, or I can&apos;t send at all.</source>
        <translation>Выберите, что именно происходит: например, письма попадают в спам или вообще не отправляются.</translation>
    </message>
    <message>
        <source>Check my domain</source>
        <translation>Проверить мой домен</translation>
    </message>
    <message>
        <source>Check the mail settings of a domain: MX, SPF, DKIM, DMARC and the mail servers.</source>
        <translation>Проверка почтовых настроек домена: MX, SPF, DKIM, DMARC и почтовых серверов.</translation>
    </message>
</context>
</TS>
