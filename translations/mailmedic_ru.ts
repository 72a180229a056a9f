<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MailMedic::ChecksPage</name>
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
    <message>
        <source>Looking up what usually helps</source>
        <translation>Ищем, что обычно помогает</translation>
    </message>
    <message>
        <source>Checking the servers and DNS</source>
        <translation>Проверка серверов и DNS</translation>
    </message>
    <message>
        <source>not run in this version</source>
        <translation>не выполняется в этой версии</translation>
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
        <source>Which domain?</source>
        <translation>Какой домен проверить?</translation>
    </message>
    <message>
        <source>The part of your e-mail address after the @.</source>
        <translation>Часть вашего адреса после знака @.</translation>
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
    <message>
        <source>The file could not be read: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <source>[… the rest of the file is read, but not shown here]</source>
        <translation>[… остальная часть файла учитывается, но здесь не показана]</translation>
    </message>
    <message>
        <source>Open a returned e-mail</source>
        <translation>Открыть вернувшееся письмо</translation>
    </message>
    <message>
        <source>E-mail and text files (*.eml *.txt *.msg);;All files (*)</source>
        <translation>Письма и текстовые файлы (*.eml *.txt *.msg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened: it does not exist or you may not read it.</source>
        <translation>Не удалось открыть %1: файла нет или у вас нет прав на чтение.</translation>
    </message>
    <message>
        <source>%1 is %2 MB: MailMedic reads files up to 64 MB. Paste the error text instead.</source>
        <translation>Размер %1 — %2 МБ, а MailMedic читает файлы до 64 МБ. Вставьте вместо этого текст ошибки.</translation>
    </message>
    <message>
        <source>Nothing yet: paste the text above, drop the returned e-mail on it, or open a file.</source>
        <translation>Пока ничего: вставьте текст выше, перетащите туда вернувшееся письмо или откройте файл.</translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation>(получатель не указан)</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Получатель: %1</translation>
    </message>
    <message>
        <source>Recipient: %1 — %2</source>
        <translation>Получатель: %1 — %2</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Почтовый сервис: %1</translation>
    </message>
    <message>
        <source>Most likely: %1</source>
        <translation>Скорее всего: %1</translation>
    </message>
    <message>
        <source>No delivery problem recognised yet. Paste the whole bounce, including the lines with codes such as 550 or 5.1.1.</source>
        <translation>Проблема с доставкой пока не распознана. Вставьте сообщение о недоставке целиком, включая строки с кодами вроде 550 или 5.1.1.</translation>
    </message>
    <message>
        <source>That is an e-mail address. The domain is the part after the @: %1</source>
        <translation>Это адрес электронной почты. Домен — часть после @: %1</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Использовать %1</translation>
    </message>
    <message>
        <source>This does not look like a domain name. A domain looks like example.com.</source>
        <translation>Это не похоже на доменное имя. Домен выглядит как example.com.</translation>
    </message>
    <message>
        <source>Pick the description that fits best, then answer the questions below it.</source>
        <translation>Выберите наиболее подходящее описание и ответьте на вопросы под ним.</translation>
    </message>
    <message>
        <source>&amp;Bounce message or error text (or drop an .eml file here):</source>
        <translation>&amp;Сообщение о недоставке или текст ошибки (или перетащите сюда файл .eml):</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>File: %1 (%2 KB)</source>
        <translation>Файл: %1 (%2 КБ)</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <source>What MailMedic understood:</source>
        <translation>Что понял MailMedic:</translation>
    </message>
    <message>
        <source>What MailMedic understood</source>
        <translation>Что понял MailMedic</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>Несколько вопросов</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Адрес &amp;эл. почты:</translation>
    </message>
    <message>
        <source>Outgoing se&amp;rver (SMTP):</source>
        <translation>Сервер исходящей почты (SMTP) (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;IP address of the sending server:</source>
        <translation>IP-&amp;адрес сервера отправителя:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vy@example.com</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>обычно это ваш адрес почты</translation>
    </message>
    <message>
        <source>only kept while MailMedic is open</source>
        <translation>хранится, только пока MailMedic открыт</translation>
    </message>
    <message>
        <source>optional, for example 192.0.2.10</source>
        <translation>необязательно, например 192.0.2.10</translation>
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
        <source>No evidence recorded for this finding.</source>
        <translation>Для этого пункта подтверждений не записано.</translation>
    </message>
    <message>
        <source>Work through the list from the top and tick each step when it is done.</source>
        <translation>Идите по списку сверху вниз и отмечайте каждый выполненный шаг.</translation>
    </message>
    <message>
        <source>Findings and steps to fix them</source>
        <translation>Найденные проблемы и шаги по их устранению</translation>
    </message>
    <message>
        <source>Hide &amp;evidence</source>
        <translation>Скрыть &amp;подробности</translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation>Показать &amp;подробности</translation>
    </message>
    <message>
        <source>The server&apos;s words, DNS answers and transcripts behind the selected finding</source>
        <translation>Ответ сервера, ответы DNS и журналы, на которых основан выбранный пункт</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Копировать как текст</translation>
    </message>
    <message>
        <source>Copy the whole diagnosis, with the ticked steps, for a ticket or a chat</source>
        <translation>Скопировать весь диагноз с отмеченными шагами для тикета или чата</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Начать заново</translation>
    </message>
    <message>
        <source>Clear everything and begin again</source>
        <translation>Очистить всё и начать сначала</translation>
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
<context>
    <name>MailMedic::WizardSession</name>
    <message>
        <source>pasted text</source>
        <translation>вставленный текст</translation>
    </message>
    <message>
        <source>The live checks were not run</source>
        <translation>Проверки в реальном времени не выполнялись</translation>
    </message>
    <message>
        <source>This version reads messages only. These checks of the servers and DNS still have to be done by hand: %1.</source>
        <translation>Эта версия только читает письма. Эти проверки серверов и DNS пока нужно сделать вручную: %1.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <source>You told us: %1. Below are the checks and the steps that usually fix it.</source>
        <translation>Вы указали: %1. Ниже — проверки и шаги, которые обычно решают проблему.</translation>
    </message>
    <message>
        <source>The mail settings of %1.</source>
        <translation>Почтовые настройки %1.</translation>
    </message>
    <message>
        <source>There was nothing to read: paste the bounce message or its error text.</source>
        <translation>Читать нечего: вставьте сообщение о недоставке или текст ошибки.</translation>
    </message>
    <message>
        <source>The message was delivered: this is a delivery report, not an error.</source>
        <translation>Письмо доставлено: это отчёт о доставке, а не ошибка.</translation>
    </message>
    <message>
        <source>MailMedic did not recognise a delivery problem in this text.</source>
        <translation>MailMedic не нашёл в этом тексте проблемы с доставкой.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other address(es)</source>
        <translation>
            <numerusform>%1 и ещё %n адрес</numerusform>
            <numerusform>%1 и ещё %n адреса</numerusform>
            <numerusform>%1 и ещё %n адресов</numerusform>
        </translation>
    </message>
    <message>
        <source>Your message was refused, without a reason MailMedic knows.</source>
        <translation>Ваше письмо отклонено по причине, которая MailMedic неизвестна.</translation>
    </message>
    <message>
        <source>Your message to %1 was refused, without a reason MailMedic knows.</source>
        <translation>Ваше письмо для %1 отклонено по причине, которая MailMedic неизвестна.</translation>
    </message>
    <message>
        <source>Your message has not been delivered yet. The reason: %1</source>
        <translation>Ваше письмо пока не доставлено. Причина: %1</translation>
    </message>
    <message>
        <source>Your message to %1 has not been delivered yet. The reason: %2</source>
        <translation>Ваше письмо для %1 пока не доставлено. Причина: %2</translation>
    </message>
    <message>
        <source>Your message was refused. The reason: %1</source>
        <translation>Ваше письмо отклонено. Причина: %1</translation>
    </message>
    <message>
        <source>Your message to %1 was refused. The reason: %2</source>
        <translation>Ваше письмо для %1 отклонено. Причина: %2</translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation>(получатель не указан)</translation>
    </message>
</context>
</TS>
