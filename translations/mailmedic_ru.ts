<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MailMedic::AdvancedSettingsDialog</name>
    <message>
        <source>Type an IP address, with a port if it is not 53: 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53.</source>
        <translation>Введите IP-адрес, а если порт не 53 — то и порт: 192.0.2.53, 192.0.2.53:5353 или [2001:db8::53]:53.</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Дополнительные настройки</translation>
    </message>
    <message>
        <source>&amp;Nameserver:</source>
        <translation>&amp;DNS-сервер:</translation>
    </message>
    <message>
        <source>the computer&apos;s own (leave empty)</source>
        <translation>системный (оставьте пустым)</translation>
    </message>
    <message>
        <source>Send every DNS question to this server, for example to compare what another resolver sees</source>
        <translation>Отправлять все DNS-запросы на этот сервер, например чтобы сравнить, что видит другой резолвер</translation>
    </message>
    <message>
        <source>Nameserver</source>
        <translation>DNS-сервер</translation>
    </message>
    <message>
        <source>&amp;Time limit for the checks:</source>
        <translation>Ограничение &amp;времени на проверки:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Time limit for the checks in seconds</source>
        <translation>Ограничение времени на проверки в секундах</translation>
    </message>
    <message>
        <source>&amp;Offline: read messages only, don&apos;t run live checks</source>
        <translation>О&amp;флайн: только разбирать сообщения, без онлайн-проверок</translation>
    </message>
    <message>
        <source>Offline is switched on for this computer (MAILMEDIC_OFFLINE).</source>
        <translation>Режим офлайн включён для этого компьютера (MAILMEDIC_OFFLINE).</translation>
    </message>
    <message>
        <source>Extra &amp;rules folder:</source>
        <translation>Папка с дополнительными &amp;правилами:</translation>
    </message>
    <message>
        <source>none: only the built-in rules</source>
        <translation>не задана: только встроенные правила</translation>
    </message>
    <message>
        <source>A folder with your team&apos;s own rule files (*.json, in the layout of the built-in rules). They are tried before the built-in rules.</source>
        <translation>Папка с файлами правил вашей команды (*.json, в том же формате, что и встроенные правила). Эти правила проверяются раньше встроенных.</translation>
    </message>
    <message>
        <source>Extra rules folder</source>
        <translation>Папка с дополнительными правилами</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Folder with extra rules</source>
        <translation>Папка с дополнительными правилами</translation>
    </message>
    <message>
        <source>Only the built-in rules are used.</source>
        <translation>Используются только встроенные правила.</translation>
    </message>
    <message numerus="yes">
        <source>%n extra rule(s) from %1 come before the built-in rules.</source>
        <translation>
            <numerusform>%n дополнительное правило из %1 проверяется раньше встроенных.</numerusform>
            <numerusform>%n дополнительных правила из %1 проверяются раньше встроенных.</numerusform>
            <numerusform>%n дополнительных правил из %1 проверяются раньше встроенных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything could be read; what could not is left out, the built-in rules still apply:</source>
        <translation>Прочитать удалось не всё. То, что не прочиталось, пропущено; встроенные правила действуют как обычно:</translation>
    </message>
    <message>
        <source>No certificate could be read from this file. Choose the PEM file (.pem or .crt) with your organisation&apos;s CA certificate.</source>
        <translation>Из этого файла не удалось прочитать ни одного сертификата. Выберите PEM-файл (.pem или .crt) с сертификатом центра сертификации вашей организации.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Сертификат CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Trust this &amp;CA as well:</source>
        <translation>Доверять также этому &amp;CA:</translation>
    </message>
    <message>
        <source>none: the computer&apos;s own list</source>
        <translation>нет: только список этого компьютера</translation>
    </message>
    <message>
        <source>A PEM file with the certificate of your organisation&apos;s or support desk&apos;s own certificate authority, for servers whose certificates it issued</source>
        <translation>PEM-файл с сертификатом собственного центра сертификации вашей организации или службы поддержки — для серверов, сертификаты которых он выпустил</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Файл сертификата CA</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Выберите файл сертификата CA</translation>
    </message>
</context>
<context>
    <name>MailMedic::BouncePanel</name>
    <message>
        <source>Open a returned e-mail</source>
        <translation>Открыть вернувшееся письмо</translation>
    </message>
    <message>
        <source>E-mail and text files (*.eml *.txt *.msg);;All files (*)</source>
        <translation>Письма и текстовые файлы (*.eml *.txt *.msg);;Все файлы (*)</translation>
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
        <source>%1 could not be opened: it does not exist or you may not read it.</source>
        <translation>Не удалось открыть %1: файла нет или у вас нет прав на чтение.</translation>
    </message>
    <message>
        <source>%1 is %2 MB: MailMedic reads files up to 64 MB. Paste the error text instead.</source>
        <translation>Размер %1 — %2 МБ, а MailMedic читает файлы до 64 МБ. Вставьте вместо этого текст ошибки.</translation>
    </message>
    <message>
        <source>example.com — needed when the bounce does not name the sender</source>
        <translation>example.com — нужен, если в сообщении о недоставке не указан отправитель</translation>
    </message>
    <message>
        <source>%1 (from the bounce)</source>
        <translation>%1 (из сообщения о недоставке)</translation>
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
        <source>&amp;Bounce message or error text (or drop an .eml file here):</source>
        <translation>&amp;Сообщение о недоставке или текст ошибки (или перетащите сюда файл .eml):</translation>
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
        <source>Your &amp;domain, for the live checks:</source>
        <translation>Ваш &amp;домен для онлайн-проверок:</translation>
    </message>
    <message>
        <source>Your domain, for the live checks</source>
        <translation>Ваш домен для онлайн-проверок</translation>
    </message>
    <message>
        <source>Not a bounce: the headers of a message that arrived.</source>
        <translation>Это не уведомление о недоставке, а заголовки дошедшего письма.</translation>
    </message>
    <message>
        <source>%1 (the message&apos;s From)</source>
        <translation>%1 (отправитель письма, поле From)</translation>
    </message>
</context>
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
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>отключено</translation>
    </message>
    <message>
        <source>could not start</source>
        <translation>не удалось запустить</translation>
    </message>
    <message>
        <source>needs more information</source>
        <translation>не хватает данных</translation>
    </message>
    <message>
        <source>The checks were cancelled.</source>
        <translation>Проверки отменены.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Cancel the c&amp;hecks</source>
        <translation>&amp;Отменить проверки</translation>
    </message>
    <message>
        <source>Stop the checks that are still running and show what was found so far</source>
        <translation>Остановить проверки, которые ещё идут, и показать, что уже найдено</translation>
    </message>
    <message>
        <source>Cancelled. The checks that had not answered are marked as not tested; Next shows what was found.</source>
        <translation>Отменено. Проверки, на которые не пришёл ответ, отмечены как непроверенные; кнопка «Далее» покажет, что удалось найти.</translation>
    </message>
    <message>
        <source>Only the input was read: the live checks are switched off in the advanced settings.</source>
        <translation>Разобраны только введённые данные: онлайн-проверки отключены в дополнительных настройках.</translation>
    </message>
    <message>
        <source>Some checks need more information. Next shows what is known.</source>
        <translation>Для некоторых проверок не хватает данных. Кнопка «Далее» покажет, что известно.</translation>
    </message>
    <message>
        <source>The live checks could not start: %1</source>
        <translation>Не удалось запустить онлайн-проверки: %1</translation>
    </message>
    <message>
        <source>All checks are done. Press Next to see the results.</source>
        <translation>Все проверки выполнены. Нажмите «Далее», чтобы увидеть результаты.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) done.</source>
        <translation>
            <numerusform>Выполнено %1 из %n проверки.</numerusform>
            <numerusform>Выполнено %1 из %n проверок.</numerusform>
            <numerusform>Выполнено %1 из %n проверок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the message…</source>
        <translation>Разбор сообщения…</translation>
    </message>
    <message>
        <source>Preparing the checks…</source>
        <translation>Подготовка проверок…</translation>
    </message>
</context>
<context>
    <name>MailMedic::DiagnosisRun</name>
    <message>
        <source>The live checks are switched off</source>
        <translation>Онлайн-проверки отключены</translation>
    </message>
    <message>
        <source>MailMedic did not ask DNS or any mail server, because offline mode is on. Not checked: %1.</source>
        <translation>MailMedic не обращался ни к DNS, ни к почтовым серверам: включён автономный режим. Не проверено: %1.</translation>
    </message>
    <message>
        <source>Some checks need more information</source>
        <translation>Для некоторых проверок не хватает данных</translation>
    </message>
    <message>
        <source>MailMedic does not know which domain or server to test.</source>
        <translation>MailMedic не знает, какой домен или сервер проверять.</translation>
    </message>
    <message>
        <source>To run these checks MailMedic needs a domain or a server name: %1. Go back and fill in the questions to run them.</source>
        <translation>Для этих проверок MailMedic нужен домен или имя сервера: %1. Вернитесь назад и ответьте на вопросы, чтобы их запустить.</translation>
    </message>
    <message>
        <source>The live checks could not start</source>
        <translation>Не удалось запустить онлайн-проверки</translation>
    </message>
    <message>
        <source>MailMedic could not start the checks: %1</source>
        <translation>MailMedic не смог запустить проверки: %1</translation>
    </message>
    <message numerus="yes">
        <source>reading the message took longer than %n second(s)</source>
        <translation>
            <numerusform>чтение письма заняло больше %n секунды</numerusform>
            <numerusform>чтение письма заняло больше %n секунд</numerusform>
            <numerusform>чтение письма заняло больше %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>the domain&apos;s mail servers (MX)</source>
        <translation>почтовые серверы домена (MX)</translation>
    </message>
    <message>
        <source>the SPF record</source>
        <translation>SPF-запись</translation>
    </message>
    <message>
        <source>the DKIM key</source>
        <translation>DKIM-ключ</translation>
    </message>
    <message>
        <source>the DMARC policy</source>
        <translation>политика DMARC</translation>
    </message>
    <message>
        <source>reverse DNS (PTR)</source>
        <translation>обратная DNS-запись (PTR)</translation>
    </message>
    <message>
        <source>blocklists for the sending address</source>
        <translation>чёрные списки для адреса отправителя</translation>
    </message>
    <message>
        <source>blocklists for links</source>
        <translation>чёрные списки для ссылок</translation>
    </message>
    <message>
        <source>the outgoing server on port 465</source>
        <translation>исходящий сервер на порту 465</translation>
    </message>
    <message>
        <source>the outgoing server on port 587</source>
        <translation>исходящий сервер на порту 587</translation>
    </message>
    <message>
        <source>port 25</source>
        <translation>порт 25</translation>
    </message>
    <message>
        <source>the incoming server (IMAP)</source>
        <translation>входящий сервер (IMAP)</translation>
    </message>
    <message>
        <source>the incoming server (POP3)</source>
        <translation>входящий сервер (POP3)</translation>
    </message>
    <message>
        <source>logging in to the outgoing server</source>
        <translation>авторизация на исходящем сервере</translation>
    </message>
    <message>
        <source>whether the server relays for strangers</source>
        <translation>не пересылает ли сервер чужую почту (open relay)</translation>
    </message>
    <message>
        <source>the domain&apos;s nameservers</source>
        <translation>DNS-серверы домена</translation>
    </message>
    <message>
        <source>the mail servers you named</source>
        <translation>указанные вами почтовые серверы</translation>
    </message>
    <message>
        <source>the CA file %1 holds no certificate MailMedic can read (PEM)</source>
        <translation>в файле CA %1 нет сертификата, который MailMedic может прочитать (PEM)</translation>
    </message>
</context>
<context>
    <name>MailMedic::InputPage</name>
    <message>
        <source>Paste the bounce message</source>
        <translation>Вставьте сообщение о недоставке</translation>
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
        <translation>ivanov@example.com</translation>
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
    <message>
        <source>&amp;Mail server to test as well (optional):</source>
        <translation>Также проверить &amp;почтовый сервер (необязательно):</translation>
    </message>
    <message>
        <source>mail.example.com or smtps://mail.example.com:465</source>
        <translation>mail.example.com или smtps://mail.example.com:465</translation>
    </message>
    <message>
        <source>Mail server to test as well</source>
        <translation>Также проверить почтовый сервер</translation>
    </message>
    <message>
        <source>Ad&amp;vanced…</source>
        <translation>Дополни&amp;тельно…</translation>
    </message>
    <message>
        <source>Nameserver, time limit and offline mode for the live checks</source>
        <translation>DNS-сервер, ограничение времени и режим офлайн для онлайн-проверок</translation>
    </message>
    <message>
        <source>&amp;Headers of a message that landed in spam (optional):</source>
        <translation>&amp;Заголовки письма, попавшего в спам (необязательно):</translation>
    </message>
    <message>
        <source>In Gmail: ⋮ &gt; Show original &gt; Copy to clipboard. In Outlook: File &gt; Properties &gt; Internet headers.</source>
        <translation>В Gmail: ⋮ &gt; «Показать оригинал» &gt; «Копировать в буфер обмена». В Outlook: «Файл» &gt; «Свойства» &gt; «Заголовки Интернета».</translation>
    </message>
    <message>
        <source>Headers of a message that landed in spam</source>
        <translation>Заголовки письма, попавшего в спам</translation>
    </message>
    <message>
        <source>Copy the whole returned e-mail or just the error text, and paste it below. Mail that lands in spam: paste the headers of a message that arrived.</source>
        <translation>Скопируйте вернувшееся письмо целиком или только текст ошибки и вставьте ниже. Если письма попадают в спам, вставьте заголовки дошедшего письма.</translation>
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
    <name>MailMedic::PdfReport</name>
    <message>
        <source>nothing (empty input)</source>
        <translation>ничего (пустой ввод)</translation>
    </message>
    <message>
        <source>error text</source>
        <translation>текст ошибки</translation>
    </message>
    <message>
        <source>e-mail message</source>
        <translation>письмо</translation>
    </message>
    <message>
        <source>delivery status notification (bounce)</source>
        <translation>уведомление о недоставке (bounce)</translation>
    </message>
    <message>
        <source>domain check</source>
        <translation>проверка домена</translation>
    </message>
    <message>
        <source>the checks were switched off</source>
        <translation>проверки отключены</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>нет ответа за отведённое время</translation>
    </message>
    <message>
        <source>the resolver refused to answer</source>
        <translation>DNS-сервер отказался отвечать</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>сервер недоступен</translation>
    </message>
    <message>
        <source>the DNS server failed</source>
        <translation>DNS-сервер вернул ошибку</translation>
    </message>
    <message>
        <source>the port is blocked by the local network</source>
        <translation>порт заблокирован в локальной сети</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>MailMedic diagnosis</source>
        <translation>Диагностика MailMedic</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>MailMedic version</source>
        <translation>Версия MailMedic</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Исходные данные</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Почтовый сервис</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Почтовые серверы</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Онлайн-проверки</translation>
    </message>
    <message>
        <source>not run: the message was only read</source>
        <translation>не проводились: только разбор письма</translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation>DNS-резолвер</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>системный резолвер</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation>(получатель не указан)</translation>
    </message>
    <message>
        <source>Findings and steps</source>
        <translation>Что найдено и что сделать</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Checks and server conversations</source>
        <translation>Проверки и диалоги с серверами</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>The message as given</source>
        <translation>Исходное письмо</translation>
    </message>
    <message>
        <source>The first %1 of %2 lines.</source>
        <translation>Первые %1 из %2 строк.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Not tested because: %1</source>
        <translation>Почему не проверено: %1</translation>
    </message>
    <message>
        <source>only the headers were given</source>
        <translation>даны только заголовки</translation>
    </message>
</context>
<context>
    <name>MailMedic::ReportText</name>
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
        <translation>Ваше письмо отклонено по неизвестной MailMedic причине.</translation>
    </message>
    <message>
        <source>Your message to %1 was refused, without a reason MailMedic knows.</source>
        <translation>Ваше письмо отклонено по неизвестной MailMedic причине. Кому: %1.</translation>
    </message>
    <message>
        <source>Your message has not been delivered yet. The reason: %1</source>
        <translation>Ваше письмо пока не доставлено. Причина: %1</translation>
    </message>
    <message>
        <source>Your message to %1 has not been delivered yet. The reason: %2</source>
        <translation>Ваше письмо пока не доставлено. Кому: %1. Причина: %2</translation>
    </message>
    <message>
        <source>Your message was refused. The reason: %1</source>
        <translation>Ваше письмо отклонено. Причина: %1</translation>
    </message>
    <message>
        <source>Your message to %1 was refused. The reason: %2</source>
        <translation>Ваше письмо отклонено. Кому: %1. Причина: %2</translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation>(получатель не указан)</translation>
    </message>
    <message>
        <source>This is an automatic answer, not a bounce: your message was not refused.</source>
        <translation>Это автоматический ответ, а не отказ в доставке: ваше письмо не отклонено.</translation>
    </message>
    <message>
        <source>Not a bounce, your message was not refused: %1.</source>
        <translation>Это не отказ в доставке, ваше письмо не отклонено: %1.</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC failed</source>
        <translation>Проверка SPF, DKIM или DMARC не пройдена</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation>Плохая репутация отправителя</translation>
    </message>
    <message>
        <source>Sending server blocked</source>
        <translation>Сервер отправителя заблокирован</translation>
    </message>
    <message>
        <source>Problem with the content</source>
        <translation>Проблема с содержимым</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Over a sending limit</source>
        <translation>Превышен лимит отправки</translation>
    </message>
    <message>
        <source>Gave up after retrying</source>
        <translation>Доставка прекращена после повторных попыток</translation>
    </message>
    <message>
        <source>Encryption (TLS) failed</source>
        <translation>Не удалось установить шифрование (TLS)</translation>
    </message>
    <message>
        <source>Complaint or feedback report</source>
        <translation>Жалоба или отчёт об обратной связи</translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s filter</source>
        <translation>Отклонено фильтром получателя</translation>
    </message>
    <message>
        <source>Recipient has moved</source>
        <translation>Получатель сменил адрес</translation>
    </message>
    <message>
        <source>Domain does not exist</source>
        <translation>Домен не существует</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Ящик переполнен</translation>
    </message>
    <message>
        <source>Delivery program failed</source>
        <translation>Сбой программы доставки</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Письмо слишком большое</translation>
    </message>
    <message>
        <source>Network or DNS problem</source>
        <translation>Проблема с сетью или DNS</translation>
    </message>
    <message>
        <source>Relaying refused</source>
        <translation>Пересылка (relay) запрещена</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <translation>Домен не принимает почту</translation>
    </message>
    <message>
        <source>Message breaks the format rules</source>
        <translation>Письмо нарушает правила формата</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Задержано</translation>
    </message>
    <message>
        <source>Against the recipient&apos;s policy</source>
        <translation>Нарушает правила получателя</translation>
    </message>
    <message>
        <source>Sender address refused</source>
        <translation>Адрес отправителя отклонён</translation>
    </message>
    <message>
        <source>No valid reverse DNS</source>
        <translation>Нет корректной обратной DNS-записи</translation>
    </message>
    <message>
        <source>Security check failed</source>
        <translation>Не пройдена проверка безопасности</translation>
    </message>
    <message>
        <source>Judged to be spam</source>
        <translation>Распознано как спам</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <translation>Слишком частая отправка</translation>
    </message>
    <message>
        <source>On a suppression list</source>
        <translation>Адрес в списке блокировки отправителя</translation>
    </message>
    <message>
        <source>Mailbox disabled</source>
        <translation>Ящик отключён</translation>
    </message>
    <message>
        <source>Command not understood</source>
        <translation>Команда не распознана</translation>
    </message>
    <message>
        <source>Receiving server error</source>
        <translation>Ошибка на сервере получателя</translation>
    </message>
    <message>
        <source>Receiving server full</source>
        <translation>Сервер получателя переполнен</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation>Слишком много подключений</translation>
    </message>
    <message>
        <source>Reason unknown</source>
        <translation>Причина неизвестна</translation>
    </message>
    <message>
        <source>Address does not exist</source>
        <translation>Адрес не существует</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Автоответ</translation>
    </message>
    <message>
        <source>Not a delivery problem</source>
        <translation>Не проблема доставки</translation>
    </message>
    <message>
        <source>Mail servers of the domain (MX)</source>
        <translation>Почтовые серверы домена (MX)</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>Запись SPF</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>Политика DMARC</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>Ключ DKIM</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR) of the sending address</source>
        <translation>Обратная запись DNS (PTR) для IP отправителя</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Чёрные списки</translation>
    </message>
    <message>
        <source>Outgoing server with SSL/TLS</source>
        <translation>Сервер исходящей почты с SSL/TLS</translation>
    </message>
    <message>
        <source>Outgoing server with STARTTLS</source>
        <translation>Сервер исходящей почты с STARTTLS</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Сервер входящей почты (IMAP)</translation>
    </message>
    <message>
        <source>Incoming server (POP3)</source>
        <translation>Сервер входящей почты (POP3)</translation>
    </message>
    <message>
        <source>Settings for your mail program</source>
        <translation>Настройки для вашего почтового клиента</translation>
    </message>
    <message>
        <source>The DNS server MailMedic asks</source>
        <translation>DNS-сервер, к которому обращается MailMedic</translation>
    </message>
    <message>
        <source>This copy has not been through a receiving server: paste the headers of the message as it arrived.</source>
        <translation>Эта копия ещё не проходила через сервер получателя: вставьте заголовки письма в том виде, в каком оно пришло.</translation>
    </message>
    <message>
        <source>A message that arrived. What its headers show: %1</source>
        <translation>Письмо дошло до получателя. Что видно по заголовкам: %1</translation>
    </message>
    <message>
        <source>A message that arrived: its headers show no authentication problem.</source>
        <translation>Письмо дошло до получателя: по заголовкам проблем с аутентификацией не видно.</translation>
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
        <translation>Для этого пункта подробностей нет.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
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
    <message>
        <source>pasted text</source>
        <translation>вставленный текст</translation>
    </message>
    <message>
        <source>Export the diagnosis as PDF</source>
        <translation>Сохранение диагностики в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Сохранение в PDF</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save the diagnosis as a PDF to attach to a ticket</source>
        <translation>Сохранить диагностику в PDF, чтобы приложить к заявке</translation>
    </message>
    <message>
        <source>Leave these results?</source>
        <translation>Закрыть эти результаты?</translation>
    </message>
    <message>
        <source>You have ticked steps or not exported this diagnosis yet. If you leave now, they are lost.</source>
        <translation>Вы отметили выполненные шаги или ещё не экспортировали эту диагностику. Если закрыть сейчас, всё это пропадёт.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>changed; before: %1</source>
        <translation>изменилось; раньше: %1</translation>
    </message>
    <message>
        <source>No longer found: %1</source>
        <translation>Больше не обнаружено: %1</translation>
    </message>
    <message>
        <source>Stop chec&amp;king</source>
        <translation>Остановить про&amp;верку</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Проверить &amp;ещё раз</translation>
    </message>
    <message>
        <source>Run the same checks again, for example after a DNS record was changed. Ticked steps stay ticked; what changed is marked.</source>
        <translation>Повторить те же проверки, например после изменения DNS-записи. Отмеченные шаги останутся отмеченными, а изменения будут выделены.</translation>
    </message>
</context>
<context>
    <name>MailMedic::RulesFolder</name>
    <message>
        <source>this folder does not exist</source>
        <translation>такой папки нет</translation>
    </message>
    <message>
        <source>no rule files (*.json) in this folder</source>
        <translation>в этой папке нет файлов правил (*.json)</translation>
    </message>
</context>
<context>
    <name>MailMedic::ServerTarget</name>
    <message>
        <source>&apos;%1&apos;: the IPv6 address has no closing &apos;]&apos;</source>
        <translation>&apos;%1&apos;: в IPv6-адресе нет закрывающей &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation>&apos;%1&apos;: после &apos;]&apos; ожидается &apos;:ПОРТ&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port after &apos;:&apos; is missing</source>
        <translation>&apos;%1&apos;: после &apos;:&apos; не указан порт</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not an IPv6 address</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; — это не IPv6-адрес</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name; write an IPv6 address with a port as [ADDRESS]:PORT</source>
        <translation>&apos;%1&apos; — это не имя хоста; IPv6-адрес с портом записывается как [АДРЕС]:ПОРТ</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the host name is missing</source>
        <translation>&apos;%1&apos;: не указано имя хоста</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>&apos;%1&apos; — недопустимое имя хоста</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port must be a number from 1 to 65535</source>
        <translation>&apos;%1&apos;: порт должен быть числом от 1 до 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown scheme &apos;%2://&apos;; use smtps://, smtp://, mx://, imaps:// or pop3s://</source>
        <translation>&apos;%1&apos;: неизвестная схема &apos;%2://&apos;; используйте smtps://, smtp://, mx://, imaps:// или pop3s://</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give only a host and a port, no path or user name</source>
        <translation>&apos;%1&apos;: укажите только хост и порт, без пути и имени пользователя</translation>
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
</context>
<context>
    <name>RuleFile</name>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>синтаксическая ошибка JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ожидался объект JSON</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation>нет поля «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>«%1» должно быть строкой</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>«%1» должно быть целым числом от %2 до %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>«%1» должно быть true или false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of strings</source>
        <translation>«%1» должно быть списком строк</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>%1: неизвестное значение «%2»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object with en, nl and ru</source>
        <translation>«%1» должно быть объектом с en, nl и ru</translation>
    </message>
    <message>
        <source>missing en %1</source>
        <translation>нет английского текста %1 (en)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one regular expression</source>
        <translation>в «%1» нужно хотя бы одно регулярное выражение</translation>
    </message>
    <message>
        <source>bad regex &apos;%1&apos;: %2 at offset %3</source>
        <translation>ошибка в регулярном выражении «%1»: %2 в позиции %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be lower case</source>
        <translation>%1 «%2» нужно писать строчными буквами</translation>
    </message>
    <message>
        <source>unknown reason &apos;%1&apos;</source>
        <translation>неизвестная причина «%1»</translation>
    </message>
    <message>
        <source>missing &apos;match&apos;</source>
        <translation>нет поля «match»</translation>
    </message>
    <message>
        <source>bad status &apos;%1&apos; (expected e.g. 5.7.26)</source>
        <translation>неверный статус «%1» (ожидается, например, 5.7.26)</translation>
    </message>
    <message>
        <source>&apos;match.reply_code&apos; must be a list of numbers</source>
        <translation>«match.reply_code» должно быть списком чисел</translation>
    </message>
    <message>
        <source>bad reply code %1 (expected 200..599)</source>
        <translation>неверный код ответа %1 (ожидается 200..599)</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; must start with https://</source>
        <translation>ссылка «%1» должна начинаться с https://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>«%1» должно быть списком</translation>
    </message>
    <message>
        <source>%1 #%2 is not an object</source>
        <translation>%1 №%2 — не объект</translation>
    </message>
    <message>
        <source>%1 #%2 has no id</source>
        <translation>у %1 №%2 нет id</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>повторяющийся id</translation>
    </message>
    <message>
        <source>unsupported version %1 (this MailMedic reads version 1)</source>
        <translation>версия %1 не поддерживается (эта версия MailMedic читает версию 1)</translation>
    </message>
    <message>
        <source>none of &apos;rules&apos;, &apos;fixes&apos;, &apos;symptoms&apos;, &apos;providers&apos; found</source>
        <translation>не найдено ни одного из разделов «rules», «fixes», «symptoms», «providers»</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>правило</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>symptom</source>
        <translation>симптом</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>провайдер</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>not embedded</source>
        <translation>не встроен в программу</translation>
    </message>
    <message>
        <source>unknown fix &apos;%1&apos;</source>
        <translation>неизвестное решение «%1»</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>нет %1</translation>
    </message>
</context>
</TS>
