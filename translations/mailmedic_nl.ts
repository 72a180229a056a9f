<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>MailMedic::AdvancedSettingsDialog</name>
    <message>
        <source>Type an IP address, with a port if it is not 53: 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53.</source>
        <translation>Vul een IP-adres in, met een poort als die niet 53 is: 192.0.2.53, 192.0.2.53:5353 of [2001:db8::53]:53.</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Geavanceerde instellingen</translation>
    </message>
    <message>
        <source>&amp;Nameserver:</source>
        <translation>&amp;Nameserver:</translation>
    </message>
    <message>
        <source>the computer&apos;s own (leave empty)</source>
        <translation>die van deze computer (leeg laten)</translation>
    </message>
    <message>
        <source>Send every DNS question to this server, for example to compare what another resolver sees</source>
        <translation>Stuur elke DNS-vraag naar deze server, bijvoorbeeld om te vergelijken wat een andere resolver ziet</translation>
    </message>
    <message>
        <source>Nameserver</source>
        <translation>Nameserver</translation>
    </message>
    <message>
        <source>&amp;Time limit for the checks:</source>
        <translation>&amp;Tijdslimiet voor de controles:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time limit for the checks in seconds</source>
        <translation>Tijdslimiet voor de controles in seconden</translation>
    </message>
    <message>
        <source>&amp;Offline: read messages only, don&apos;t run live checks</source>
        <translation>&amp;Offline: alleen berichten lezen, geen livecontroles uitvoeren</translation>
    </message>
    <message>
        <source>Offline is switched on for this computer (MAILMEDIC_OFFLINE).</source>
        <translation>Offline staat voor deze computer aan (MAILMEDIC_OFFLINE).</translation>
    </message>
    <message>
        <source>Extra &amp;rules folder:</source>
        <translation>Map met extra &amp;regels:</translation>
    </message>
    <message>
        <source>none: only the built-in rules</source>
        <translation>geen: alleen de ingebouwde regels</translation>
    </message>
    <message>
        <source>A folder with your team&apos;s own rule files (*.json, in the layout of the built-in rules). They are tried before the built-in rules.</source>
        <translation>Een map met de eigen regelbestanden van je team (*.json, opgebouwd zoals de ingebouwde regels). Deze regels gaan voor de ingebouwde regels.</translation>
    </message>
    <message>
        <source>Extra rules folder</source>
        <translation>Map met extra regels</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Folder with extra rules</source>
        <translation>Map met extra regels</translation>
    </message>
    <message>
        <source>Only the built-in rules are used.</source>
        <translation>Alleen de ingebouwde regels worden gebruikt.</translation>
    </message>
    <message numerus="yes">
        <source>%n extra rule(s) from %1 come before the built-in rules.</source>
        <translation>
            <numerusform>%n extra regel uit %1 gaat voor de ingebouwde regels.</numerusform>
            <numerusform>%n extra regels uit %1 gaan voor de ingebouwde regels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything could be read; what could not is left out, the built-in rules still apply:</source>
        <translation>Niet alles kon worden gelezen. Wat niet lukte, wordt overgeslagen; de ingebouwde regels blijven gewoon gelden:</translation>
    </message>
    <message>
        <source>No certificate could be read from this file. Choose the PEM file (.pem or .crt) with your organisation&apos;s CA certificate.</source>
        <translation>Uit dit bestand kon geen certificaat worden gelezen. Kies het PEM-bestand (.pem of .crt) met het CA-certificaat van je organisatie.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Trust this &amp;CA as well:</source>
        <translation>Deze &amp;CA ook vertrouwen:</translation>
    </message>
    <message>
        <source>none: the computer&apos;s own list</source>
        <translation>geen: alleen de lijst van deze computer</translation>
    </message>
    <message>
        <source>A PEM file with the certificate of your organisation&apos;s or support desk&apos;s own certificate authority, for servers whose certificates it issued</source>
        <translation>Een PEM-bestand met het certificaat van de eigen certificaatautoriteit van je organisatie of supportdesk, voor servers waarvan zij de certificaten uitgeeft</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Kies een CA-certificaatbestand</translation>
    </message>
</context>
<context>
    <name>MailMedic::BouncePanel</name>
    <message>
        <source>Open a returned e-mail</source>
        <translation>Een teruggestuurde e-mail openen</translation>
    </message>
    <message>
        <source>E-mail and text files (*.eml *.txt *.msg);;All files (*)</source>
        <translation>E-mail- en tekstbestanden (*.eml *.txt *.msg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Het bestand kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>[… the rest of the file is read, but not shown here]</source>
        <translation>[… de rest van het bestand wordt wel gelezen, maar niet hier getoond]</translation>
    </message>
    <message>
        <source>%1 could not be opened: it does not exist or you may not read it.</source>
        <translation>%1 kon niet worden geopend: het bestaat niet of je hebt geen leesrechten.</translation>
    </message>
    <message>
        <source>%1 is %2 MB: MailMedic reads files up to 64 MB. Paste the error text instead.</source>
        <translation>%1 is %2 MB: MailMedic leest bestanden tot 64 MB. Plak in plaats daarvan de tekst van de foutmelding.</translation>
    </message>
    <message>
        <source>example.com — needed when the bounce does not name the sender</source>
        <translation>example.com — nodig als de bouncemelding de afzender niet noemt</translation>
    </message>
    <message>
        <source>%1 (from the bounce)</source>
        <translation>%1 (uit de bouncemelding)</translation>
    </message>
    <message>
        <source>Nothing yet: paste the text above, drop the returned e-mail on it, or open a file.</source>
        <translation>Nog niets: plak de tekst hierboven, sleep de teruggestuurde e-mail erop of open een bestand.</translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation>(ontvanger niet genoemd)</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Ontvanger: %1</translation>
    </message>
    <message>
        <source>Recipient: %1 — %2</source>
        <translation>Ontvanger: %1 — %2</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>Most likely: %1</source>
        <translation>Waarschijnlijk: %1</translation>
    </message>
    <message>
        <source>No delivery problem recognised yet. Paste the whole bounce, including the lines with codes such as 550 or 5.1.1.</source>
        <translation>Nog geen afleverprobleem herkend. Plak de hele bouncemelding, ook de regels met codes als 550 of 5.1.1.</translation>
    </message>
    <message>
        <source>&amp;Bounce message or error text (or drop an .eml file here):</source>
        <translation>&amp;Bouncemelding of fouttekst (of sleep hier een .eml-bestand naartoe):</translation>
    </message>
    <message>
        <source>For example: 550 5.1.1 &lt;someone@example.com&gt;: Recipient address rejected</source>
        <translation>Bijvoorbeeld: 550 5.1.1 &lt;iemand@example.com&gt;: Recipient address rejected</translation>
    </message>
    <message>
        <source>Bounce message</source>
        <translation>Bouncemelding</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Bestand &amp;openen…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>File: %1 (%2 KB)</source>
        <translation>Bestand: %1 (%2 KB)</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Het bestand wordt gelezen</translation>
    </message>
    <message>
        <source>What MailMedic understood:</source>
        <translation>Wat MailMedic eruit haalt:</translation>
    </message>
    <message>
        <source>What MailMedic understood</source>
        <translation>Wat MailMedic eruit haalt</translation>
    </message>
    <message>
        <source>Your &amp;domain, for the live checks:</source>
        <translation>Je &amp;domein, voor de livecontroles:</translation>
    </message>
    <message>
        <source>Your domain, for the live checks</source>
        <translation>Je domein, voor de livecontroles</translation>
    </message>
    <message>
        <source>Not a bounce: the headers of a message that arrived.</source>
        <translation>Geen foutmelding: de headers van een aangekomen bericht.</translation>
    </message>
    <message>
        <source>%1 (the message&apos;s From)</source>
        <translation>%1 (de afzender van het bericht)</translation>
    </message>
</context>
<context>
    <name>MailMedic::ChecksPage</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>All checks are done.</source>
        <translation>Alle controles zijn klaar.</translation>
    </message>
    <message>
        <source>MailMedic is reading the message and running the checks.</source>
        <translation>MailMedic leest het bericht en voert de controles uit.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Reading the message</source>
        <translation>Bericht lezen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>bezig…</translation>
    </message>
    <message>
        <source>Looking up what usually helps</source>
        <translation>Opzoeken wat meestal helpt</translation>
    </message>
    <message>
        <source>Checking the servers and DNS</source>
        <translation>Servers en DNS controleren</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgebroken</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <source>could not start</source>
        <translation>kon niet starten</translation>
    </message>
    <message>
        <source>needs more information</source>
        <translation>meer gegevens nodig</translation>
    </message>
    <message>
        <source>The checks were cancelled.</source>
        <translation>De controles zijn afgebroken.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Cancel the c&amp;hecks</source>
        <translation>Controles a&amp;fbreken</translation>
    </message>
    <message>
        <source>Stop the checks that are still running and show what was found so far</source>
        <translation>Stop de controles die nog lopen en laat zien wat er tot nu toe is gevonden</translation>
    </message>
    <message>
        <source>Cancelled. The checks that had not answered are marked as not tested; Next shows what was found.</source>
        <translation>Afgebroken. Controles die nog geen antwoord hadden, staan op niet getest; met Volgende zie je wat er is gevonden.</translation>
    </message>
    <message>
        <source>Only the input was read: the live checks are switched off in the advanced settings.</source>
        <translation>Alleen de invoer is gelezen: de livecontroles staan uit in de geavanceerde instellingen.</translation>
    </message>
    <message>
        <source>Some checks need more information. Next shows what is known.</source>
        <translation>Voor sommige controles zijn meer gegevens nodig. Met Volgende zie je wat er bekend is.</translation>
    </message>
    <message>
        <source>The live checks could not start: %1</source>
        <translation>De livecontroles konden niet starten: %1</translation>
    </message>
    <message>
        <source>All checks are done. Press Next to see the results.</source>
        <translation>Alle controles zijn klaar. Klik op Volgende voor de resultaten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) done.</source>
        <translation>
            <numerusform>%1 van %n controle klaar.</numerusform>
            <numerusform>%1 van %n controles klaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the message…</source>
        <translation>Bericht lezen…</translation>
    </message>
    <message>
        <source>Preparing the checks…</source>
        <translation>Controles voorbereiden…</translation>
    </message>
</context>
<context>
    <name>MailMedic::DiagnosisRun</name>
    <message>
        <source>The live checks are switched off</source>
        <translation>De livecontroles staan uit</translation>
    </message>
    <message>
        <source>MailMedic did not ask DNS or any mail server, because offline mode is on. Not checked: %1.</source>
        <translation>MailMedic heeft DNS en mailservers niets gevraagd, omdat de offline-modus aanstaat. Niet gecontroleerd: %1.</translation>
    </message>
    <message>
        <source>Some checks need more information</source>
        <translation>Voor sommige controles zijn meer gegevens nodig</translation>
    </message>
    <message>
        <source>MailMedic does not know which domain or server to test.</source>
        <translation>MailMedic weet niet welk domein of welke server getest moet worden.</translation>
    </message>
    <message>
        <source>To run these checks MailMedic needs a domain or a server name: %1. Go back and fill in the questions to run them.</source>
        <translation>Voor deze controles heeft MailMedic een domein of servernaam nodig: %1. Ga terug en vul de vragen in om ze uit te voeren.</translation>
    </message>
    <message>
        <source>The live checks could not start</source>
        <translation>De livecontroles konden niet starten</translation>
    </message>
    <message>
        <source>MailMedic could not start the checks: %1</source>
        <translation>MailMedic kon de controles niet starten: %1</translation>
    </message>
    <message numerus="yes">
        <source>reading the message took longer than %n second(s)</source>
        <translation>
            <numerusform>het inlezen van het bericht duurde langer dan %n seconde</numerusform>
            <numerusform>het inlezen van het bericht duurde langer dan %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <source>the domain&apos;s mail servers (MX)</source>
        <translation>de mailservers van het domein (MX)</translation>
    </message>
    <message>
        <source>the SPF record</source>
        <translation>het SPF-record</translation>
    </message>
    <message>
        <source>the DKIM key</source>
        <translation>de DKIM-sleutel</translation>
    </message>
    <message>
        <source>the DMARC policy</source>
        <translation>het DMARC-beleid</translation>
    </message>
    <message>
        <source>reverse DNS (PTR)</source>
        <translation>reverse DNS (PTR)</translation>
    </message>
    <message>
        <source>blocklists for the sending address</source>
        <translation>blokkeerlijsten voor het verzendende adres</translation>
    </message>
    <message>
        <source>blocklists for links</source>
        <translation>blokkeerlijsten voor links</translation>
    </message>
    <message>
        <source>the outgoing server on port 465</source>
        <translation>de uitgaande server op poort 465</translation>
    </message>
    <message>
        <source>the outgoing server on port 587</source>
        <translation>de uitgaande server op poort 587</translation>
    </message>
    <message>
        <source>port 25</source>
        <translation>poort 25</translation>
    </message>
    <message>
        <source>the incoming server (IMAP)</source>
        <translation>de inkomende server (IMAP)</translation>
    </message>
    <message>
        <source>the incoming server (POP3)</source>
        <translation>de inkomende server (POP3)</translation>
    </message>
    <message>
        <source>logging in to the outgoing server</source>
        <translation>inloggen op de uitgaande server</translation>
    </message>
    <message>
        <source>whether the server relays for strangers</source>
        <translation>of de server mail van onbekenden doorstuurt (open relay)</translation>
    </message>
    <message>
        <source>the domain&apos;s nameservers</source>
        <translation>de nameservers van het domein</translation>
    </message>
    <message>
        <source>the mail servers you named</source>
        <translation>de mailservers die je hebt opgegeven</translation>
    </message>
    <message>
        <source>the CA file %1 holds no certificate MailMedic can read (PEM)</source>
        <translation>het CA-bestand %1 bevat geen certificaat dat MailMedic kan lezen (PEM)</translation>
    </message>
</context>
<context>
    <name>MailMedic::InputPage</name>
    <message>
        <source>Paste the bounce message</source>
        <translation>Plak de bouncemelding</translation>
    </message>
    <message>
        <source>What do you notice?</source>
        <translation>Wat gaat er mis?</translation>
    </message>
    <message>
        <source>Which domain?</source>
        <translation>Welk domein?</translation>
    </message>
    <message>
        <source>The part of your e-mail address after the @.</source>
        <translation>Het deel van je e-mailadres na de @.</translation>
    </message>
    <message>
        <source>&amp;Symptom:</source>
        <translation>&amp;Probleem:</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domein:</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>That is an e-mail address. The domain is the part after the @: %1</source>
        <translation>Dat is een e-mailadres. Het domein is het deel na de @: %1</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>%1 &amp;gebruiken</translation>
    </message>
    <message>
        <source>This does not look like a domain name. A domain looks like example.com.</source>
        <translation>Dit lijkt geen domeinnaam. Een domein ziet eruit als example.com.</translation>
    </message>
    <message>
        <source>Pick the description that fits best, then answer the questions below it.</source>
        <translation>Kies de omschrijving die het beste past en beantwoord daarna de vragen eronder.</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>Een paar vragen</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>Outgoing se&amp;rver (SMTP):</source>
        <translation>Uitgaande se&amp;rver (SMTP):</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Gebr&amp;uikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;IP address of the sending server:</source>
        <translation>&amp;IP-adres van de verzendende server:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>jij@example.com</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>meestal je e-mailadres</translation>
    </message>
    <message>
        <source>only kept while MailMedic is open</source>
        <translation>wordt alleen bewaard zolang MailMedic open is</translation>
    </message>
    <message>
        <source>optional, for example 192.0.2.10</source>
        <translation>optioneel, bijvoorbeeld 192.0.2.10</translation>
    </message>
    <message>
        <source>&amp;Mail server to test as well (optional):</source>
        <translation>Ook deze &amp;mailserver testen (optioneel):</translation>
    </message>
    <message>
        <source>mail.example.com or smtps://mail.example.com:465</source>
        <translation>mail.example.com of smtps://mail.example.com:465</translation>
    </message>
    <message>
        <source>Mail server to test as well</source>
        <translation>Ook deze mailserver testen</translation>
    </message>
    <message>
        <source>Ad&amp;vanced…</source>
        <translation>Gea&amp;vanceerd…</translation>
    </message>
    <message>
        <source>Nameserver, time limit and offline mode for the live checks</source>
        <translation>Nameserver, tijdslimiet en offlinemodus voor de livecontroles</translation>
    </message>
    <message>
        <source>&amp;Headers of a message that landed in spam (optional):</source>
        <translation>&amp;Headers van een bericht dat in de spam belandde (optioneel):</translation>
    </message>
    <message>
        <source>In Gmail: ⋮ &gt; Show original &gt; Copy to clipboard. In Outlook: File &gt; Properties &gt; Internet headers.</source>
        <translation>In Gmail: ⋮ &gt; Origineel weergeven &gt; Kopiëren naar klembord. In Outlook: Bestand &gt; Eigenschappen &gt; Internetkoppen.</translation>
    </message>
    <message>
        <source>Headers of a message that landed in spam</source>
        <translation>Headers van een bericht dat in de spam belandde</translation>
    </message>
    <message>
        <source>Copy the whole returned e-mail or just the error text, and paste it below. Mail that lands in spam: paste the headers of a message that arrived.</source>
        <translation>Kopieer de hele teruggestuurde e-mail of alleen de foutmelding en plak die hieronder. Belandt je mail in de spam? Plak dan de headers van een aangekomen bericht.</translation>
    </message>
</context>
<context>
    <name>MailMedic::InputReader</name>
    <message>
        <source>%1: larger than %2 MB; not a bounce</source>
        <translation>%1: groter dan %2 MB, dus geen bouncemelding</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: is een map, geen bestand</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan niet worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>MailMedic::MainWizard</name>
    <message>
        <source>MailMedic — e-mail troubleshooter</source>
        <translation>MailMedic — hulp bij e-mailproblemen</translation>
    </message>
    <message>
        <source>Language of the wizard and of the report</source>
        <translation>Taal van de wizard en van het rapport</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>MailMedic::PdfReport</name>
    <message>
        <source>nothing (empty input)</source>
        <translation>niets (lege invoer)</translation>
    </message>
    <message>
        <source>error text</source>
        <translation>fouttekst</translation>
    </message>
    <message>
        <source>e-mail message</source>
        <translation>e-mailbericht</translation>
    </message>
    <message>
        <source>delivery status notification (bounce)</source>
        <translation>afleverbericht (bounce)</translation>
    </message>
    <message>
        <source>domain check</source>
        <translation>domeincontrole</translation>
    </message>
    <message>
        <source>the checks were switched off</source>
        <translation>de controles stonden uit</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>niet op tijd antwoord gekregen</translation>
    </message>
    <message>
        <source>the resolver refused to answer</source>
        <translation>de resolver weigerde te antwoorden</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>de server was niet bereikbaar</translation>
    </message>
    <message>
        <source>the DNS server failed</source>
        <translation>de DNS-server gaf een foutmelding</translation>
    </message>
    <message>
        <source>the port is blocked by the local network</source>
        <translation>de poort wordt door het lokale netwerk geblokkeerd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgebroken</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>MailMedic diagnosis</source>
        <translation>Diagnose van MailMedic</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>MailMedic version</source>
        <translation>Versie van MailMedic</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Mailservers</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Livecontroles</translation>
    </message>
    <message>
        <source>not run: the message was only read</source>
        <translation>niet uitgevoerd: alleen het bericht is gelezen</translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation>DNS-resolver</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>de resolver van het systeem</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation>(ontvanger niet genoemd)</translation>
    </message>
    <message>
        <source>Findings and steps</source>
        <translation>Bevindingen en stappen</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Geen bevindingen.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>Checks and server conversations</source>
        <translation>Controles en gesprekken met servers</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The message as given</source>
        <translation>Het ingevoerde bericht</translation>
    </message>
    <message>
        <source>The first %1 of %2 lines.</source>
        <translation>De eerste %1 van %2 regels.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kan %1 niet opslaan.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Not tested because: %1</source>
        <translation>Waarom niet getest: %1</translation>
    </message>
    <message>
        <source>only the headers were given</source>
        <translation>alleen de headers zijn gegeven</translation>
    </message>
</context>
<context>
    <name>MailMedic::ReportText</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Niet getest</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>In orde</translation>
    </message>
    <message>
        <source>You told us: %1. Below are the checks and the steps that usually fix it.</source>
        <translation>Je gaf aan: %1. Hieronder staan de controles en de stappen die dit meestal oplossen.</translation>
    </message>
    <message>
        <source>The mail settings of %1.</source>
        <translation>De mailinstellingen van %1.</translation>
    </message>
    <message>
        <source>There was nothing to read: paste the bounce message or its error text.</source>
        <translation>Er was niets te lezen: plak de bouncemelding of de fouttekst.</translation>
    </message>
    <message>
        <source>The message was delivered: this is a delivery report, not an error.</source>
        <translation>Het bericht is afgeleverd: dit is een afleverbericht, geen foutmelding.</translation>
    </message>
    <message>
        <source>MailMedic did not recognise a delivery problem in this text.</source>
        <translation>MailMedic heeft in deze tekst geen afleverprobleem herkend.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other address(es)</source>
        <translation>
            <numerusform>%1 en nog %n ander adres</numerusform>
            <numerusform>%1 en nog %n andere adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your message was refused, without a reason MailMedic knows.</source>
        <translation>Je bericht is geweigerd, om een reden die MailMedic niet kent.</translation>
    </message>
    <message>
        <source>Your message to %1 was refused, without a reason MailMedic knows.</source>
        <translation>Je bericht aan %1 is geweigerd, om een reden die MailMedic niet kent.</translation>
    </message>
    <message>
        <source>Your message has not been delivered yet. The reason: %1</source>
        <translation>Je bericht is nog niet afgeleverd. De reden: %1</translation>
    </message>
    <message>
        <source>Your message to %1 has not been delivered yet. The reason: %2</source>
        <translation>Je bericht aan %1 is nog niet afgeleverd. De reden: %2</translation>
    </message>
    <message>
        <source>Your message was refused. The reason: %1</source>
        <translation>Je bericht is geweigerd. De reden: %1</translation>
    </message>
    <message>
        <source>Your message to %1 was refused. The reason: %2</source>
        <translation>Je bericht aan %1 is geweigerd. De reden: %2</translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation>(ontvanger niet genoemd)</translation>
    </message>
    <message>
        <source>This is an automatic answer, not a bounce: your message was not refused.</source>
        <translation>Dit is een automatisch antwoord, geen bounce: je bericht is niet geweigerd.</translation>
    </message>
    <message>
        <source>Not a bounce, your message was not refused: %1.</source>
        <translation>Geen bounce, je bericht is niet geweigerd: %1.</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC failed</source>
        <translation>SPF, DKIM of DMARC mislukt</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation>Slechte reputatie van de afzender</translation>
    </message>
    <message>
        <source>Sending server blocked</source>
        <translation>Verzendende server geblokkeerd</translation>
    </message>
    <message>
        <source>Problem with the content</source>
        <translation>Probleem met de inhoud</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Over a sending limit</source>
        <translation>Verzendlimiet overschreden</translation>
    </message>
    <message>
        <source>Gave up after retrying</source>
        <translation>Opgegeven na herhaalde pogingen</translation>
    </message>
    <message>
        <source>Encryption (TLS) failed</source>
        <translation>Versleuteling (TLS) mislukt</translation>
    </message>
    <message>
        <source>Complaint or feedback report</source>
        <translation>Klacht of feedbackrapport</translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s filter</source>
        <translation>Geweigerd door het filter van de ontvanger</translation>
    </message>
    <message>
        <source>Recipient has moved</source>
        <translation>Ontvanger is verhuisd</translation>
    </message>
    <message>
        <source>Domain does not exist</source>
        <translation>Domein bestaat niet</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Mailbox vol</translation>
    </message>
    <message>
        <source>Delivery program failed</source>
        <translation>Afleverprogramma mislukt</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Bericht te groot</translation>
    </message>
    <message>
        <source>Network or DNS problem</source>
        <translation>Netwerk- of DNS-probleem</translation>
    </message>
    <message>
        <source>Relaying refused</source>
        <translation>Doorsturen (relay) geweigerd</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <translation>Domein neemt geen mail aan</translation>
    </message>
    <message>
        <source>Message breaks the format rules</source>
        <translation>Bericht voldoet niet aan de opmaakregels</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Vastgehouden</translation>
    </message>
    <message>
        <source>Against the recipient&apos;s policy</source>
        <translation>In strijd met het beleid van de ontvanger</translation>
    </message>
    <message>
        <source>Sender address refused</source>
        <translation>Afzenderadres geweigerd</translation>
    </message>
    <message>
        <source>No valid reverse DNS</source>
        <translation>Geen geldige reverse DNS</translation>
    </message>
    <message>
        <source>Security check failed</source>
        <translation>Beveiligingscontrole mislukt</translation>
    </message>
    <message>
        <source>Judged to be spam</source>
        <translation>Als spam beoordeeld</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <translation>Te snel verzonden</translation>
    </message>
    <message>
        <source>On a suppression list</source>
        <translation>Op een blokkeerlijst van de verzender</translation>
    </message>
    <message>
        <source>Mailbox disabled</source>
        <translation>Mailbox uitgeschakeld</translation>
    </message>
    <message>
        <source>Command not understood</source>
        <translation>Opdracht niet begrepen</translation>
    </message>
    <message>
        <source>Receiving server error</source>
        <translation>Fout op de ontvangende server</translation>
    </message>
    <message>
        <source>Receiving server full</source>
        <translation>Ontvangende server vol</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation>Te veel verbindingen</translation>
    </message>
    <message>
        <source>Reason unknown</source>
        <translation>Reden onbekend</translation>
    </message>
    <message>
        <source>Address does not exist</source>
        <translation>Adres bestaat niet</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Automatisch antwoord</translation>
    </message>
    <message>
        <source>Not a delivery problem</source>
        <translation>Geen afleverprobleem</translation>
    </message>
    <message>
        <source>Mail servers of the domain (MX)</source>
        <translation>Mailservers van het domein (MX)</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>SPF-record</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>DMARC-beleid</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>DKIM-sleutel</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR) of the sending address</source>
        <translation>Reverse DNS (PTR) van het verzendende IP-adres</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Blokkeerlijsten</translation>
    </message>
    <message>
        <source>Outgoing server with SSL/TLS</source>
        <translation>Uitgaande server met SSL/TLS</translation>
    </message>
    <message>
        <source>Outgoing server with STARTTLS</source>
        <translation>Uitgaande server met STARTTLS</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Inkomende server (IMAP)</translation>
    </message>
    <message>
        <source>Incoming server (POP3)</source>
        <translation>Inkomende server (POP3)</translation>
    </message>
    <message>
        <source>Settings for your mail program</source>
        <translation>Instellingen voor je mailprogramma</translation>
    </message>
    <message>
        <source>The DNS server MailMedic asks</source>
        <translation>De DNS-server die MailMedic raadpleegt</translation>
    </message>
    <message>
        <source>This copy has not been through a receiving server: paste the headers of the message as it arrived.</source>
        <translation>Deze kopie is nog niet langs een ontvangende server gegaan: plak de headers van het bericht zoals het aankwam.</translation>
    </message>
    <message>
        <source>A message that arrived. What its headers show: %1</source>
        <translation>Een aangekomen bericht. Wat de headers laten zien: %1</translation>
    </message>
    <message>
        <source>A message that arrived: its headers show no authentication problem.</source>
        <translation>Een aangekomen bericht: de headers laten geen authenticatieprobleem zien.</translation>
    </message>
</context>
<context>
    <name>MailMedic::ResultsPage</name>
    <message>
        <source>What we found</source>
        <translation>Wat we hebben gevonden</translation>
    </message>
    <message>
        <source>No evidence recorded for this finding.</source>
        <translation>Voor deze bevinding is geen bewijs vastgelegd.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>Work through the list from the top and tick each step when it is done.</source>
        <translation>Loop de lijst van boven af door en vink elke stap af als die klaar is.</translation>
    </message>
    <message>
        <source>Findings and steps to fix them</source>
        <translation>Bevindingen en stappen om ze op te lossen</translation>
    </message>
    <message>
        <source>Hide &amp;evidence</source>
        <translation>&amp;Bewijs verbergen</translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation>&amp;Bewijs tonen</translation>
    </message>
    <message>
        <source>The server&apos;s words, DNS answers and transcripts behind the selected finding</source>
        <translation>De letterlijke melding van de server, DNS-antwoorden en logs achter de gekozen bevinding</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy the whole diagnosis, with the ticked steps, for a ticket or a chat</source>
        <translation>Kopieer de hele diagnose, met de afgevinkte stappen, voor een ticket of chat</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Clear everything and begin again</source>
        <translation>Alles wissen en opnieuw beginnen</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>geplakte tekst</translation>
    </message>
    <message>
        <source>Export the diagnosis as PDF</source>
        <translation>Diagnose als pdf exporteren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Pdf exporteren</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;pdf exporteren…</translation>
    </message>
    <message>
        <source>Save the diagnosis as a PDF to attach to a ticket</source>
        <translation>Sla de diagnose op als pdf om aan een ticket toe te voegen</translation>
    </message>
    <message>
        <source>Leave these results?</source>
        <translation>Deze resultaten verlaten?</translation>
    </message>
    <message>
        <source>You have ticked steps or not exported this diagnosis yet. If you leave now, they are lost.</source>
        <translation>Je hebt stappen afgevinkt of deze diagnose nog niet geëxporteerd. Als je nu weggaat, ben je dat kwijt.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>changed; before: %1</source>
        <translation>gewijzigd; eerst: %1</translation>
    </message>
    <message>
        <source>No longer found: %1</source>
        <translation>Niet meer gevonden: %1</translation>
    </message>
    <message>
        <source>Stop chec&amp;king</source>
        <translation>Controle &amp;stoppen</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Run the same checks again, for example after a DNS record was changed. Ticked steps stay ticked; what changed is marked.</source>
        <translation>Voer dezelfde controles opnieuw uit, bijvoorbeeld nadat een DNS-record is aangepast. Afgevinkte stappen blijven afgevinkt; wat er veranderd is, wordt gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>MailMedic::RulesFolder</name>
    <message>
        <source>this folder does not exist</source>
        <translation>deze map bestaat niet</translation>
    </message>
    <message>
        <source>no rule files (*.json) in this folder</source>
        <translation>geen regelbestanden (*.json) in deze map</translation>
    </message>
</context>
<context>
    <name>MailMedic::ServerTarget</name>
    <message>
        <source>&apos;%1&apos;: the IPv6 address has no closing &apos;]&apos;</source>
        <translation>&apos;%1&apos;: het IPv6-adres heeft geen sluitende &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation>&apos;%1&apos;: na &apos;]&apos; hoort &apos;:POORT&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port after &apos;:&apos; is missing</source>
        <translation>&apos;%1&apos;: het poortnummer na &apos;:&apos; ontbreekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not an IPv6 address</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; is geen IPv6-adres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name; write an IPv6 address with a port as [ADDRESS]:PORT</source>
        <translation>&apos;%1&apos; is geen hostnaam; schrijf een IPv6-adres met poort als [ADRES]:POORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the host name is missing</source>
        <translation>&apos;%1&apos;: de hostnaam ontbreekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>&apos;%1&apos; is geen geldige hostnaam</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port must be a number from 1 to 65535</source>
        <translation>&apos;%1&apos;: de poort moet een getal van 1 tot 65535 zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown scheme &apos;%2://&apos;; use smtps://, smtp://, mx://, imaps:// or pop3s://</source>
        <translation>&apos;%1&apos;: onbekend schema &apos;%2://&apos;; gebruik smtps://, smtp://, mx://, imaps:// of pop3s://</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give only a host and a port, no path or user name</source>
        <translation>&apos;%1&apos;: geef alleen een host en een poort op, geen pad of gebruikersnaam</translation>
    </message>
</context>
<context>
    <name>MailMedic::StartPage</name>
    <message>
        <source>What happened?</source>
        <translation>Wat is er aan de hand?</translation>
    </message>
    <message>
        <source>MailMedic finds out why e-mail was not delivered and tells you how to fix it.</source>
        <translation>MailMedic zoekt uit waarom je e-mail niet is aangekomen en vertelt je hoe je het oplost.</translation>
    </message>
    <message>
        <source>I have a bounce message</source>
        <translation>Ik heb een bouncemelding</translation>
    </message>
    <message>
        <source>Paste the error message you got back, or drop the returned e-mail (.eml) here.</source>
        <translation>Plak de foutmelding die je terugkreeg, of sleep de teruggestuurde e-mail (.eml) hierheen.</translation>
    </message>
    <message>
        <source>Something is wrong with my e-mail</source>
        <translation>Er klopt iets niet met mijn e-mail</translation>
    </message>
    <message>
        <source>Pick what you notice, for example: my mail lands in spam, or I can&apos;t send at all.</source>
        <translation>Kies wat je merkt, bijvoorbeeld: mijn mail komt in de spam terecht, of ik kan helemaal niets versturen.</translation>
    </message>
    <message>
        <source>Check my domain</source>
        <translation>Mijn domein controleren</translation>
    </message>
    <message>
        <source>Check the mail settings of a domain: MX, SPF, DKIM, DMARC and the mail servers.</source>
        <translation>Controleer de mailinstellingen van een domein: MX, SPF, DKIM, DMARC en de mailservers.</translation>
    </message>
</context>
<context>
    <name>MailMedic::WizardSession</name>
    <message>
        <source>pasted text</source>
        <translation>geplakte tekst</translation>
    </message>
</context>
<context>
    <name>RuleFile</name>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-syntaxfout: %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>hier hoort een JSON-object</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation>&apos;%1&apos; ontbreekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; moet een tekst zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; moet een geheel getal van %2 tot en met %3 zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; moet true of false zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of strings</source>
        <translation>&apos;%1&apos; moet een lijst met teksten zijn</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos; is onbekend</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object with en, nl and ru</source>
        <translation>&apos;%1&apos; moet een object met en, nl en ru zijn</translation>
    </message>
    <message>
        <source>missing en %1</source>
        <translation>Engelse %1 (en) ontbreekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one regular expression</source>
        <translation>&apos;%1&apos; heeft minstens één reguliere expressie nodig</translation>
    </message>
    <message>
        <source>bad regex &apos;%1&apos;: %2 at offset %3</source>
        <translation>foute reguliere expressie &apos;%1&apos;: %2 op positie %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be lower case</source>
        <translation>%1 &apos;%2&apos; moet in kleine letters</translation>
    </message>
    <message>
        <source>unknown reason &apos;%1&apos;</source>
        <translation>onbekende reden &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing &apos;match&apos;</source>
        <translation>&apos;match&apos; ontbreekt</translation>
    </message>
    <message>
        <source>bad status &apos;%1&apos; (expected e.g. 5.7.26)</source>
        <translation>foute status &apos;%1&apos; (verwacht bijvoorbeeld 5.7.26)</translation>
    </message>
    <message>
        <source>&apos;match.reply_code&apos; must be a list of numbers</source>
        <translation>&apos;match.reply_code&apos; moet een lijst met getallen zijn</translation>
    </message>
    <message>
        <source>bad reply code %1 (expected 200..599)</source>
        <translation>foute antwoordcode %1 (verwacht 200..599)</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; must start with https://</source>
        <translation>link &apos;%1&apos; moet met https:// beginnen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; moet een lijst zijn</translation>
    </message>
    <message>
        <source>%1 #%2 is not an object</source>
        <translation>%1 nr. %2 is geen object</translation>
    </message>
    <message>
        <source>%1 #%2 has no id</source>
        <translation>%1 nr. %2 heeft geen id</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>dubbele id</translation>
    </message>
    <message>
        <source>unsupported version %1 (this MailMedic reads version 1)</source>
        <translation>versie %1 wordt niet ondersteund (deze MailMedic leest versie 1)</translation>
    </message>
    <message>
        <source>none of &apos;rules&apos;, &apos;fixes&apos;, &apos;symptoms&apos;, &apos;providers&apos; found</source>
        <translation>geen van &apos;rules&apos;, &apos;fixes&apos;, &apos;symptoms&apos;, &apos;providers&apos; gevonden</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regel</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>oplossing</translation>
    </message>
    <message>
        <source>symptom</source>
        <translation>symptoom</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>provider</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>controle</translation>
    </message>
    <message>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <source>not embedded</source>
        <translation>niet ingebouwd</translation>
    </message>
    <message>
        <source>unknown fix &apos;%1&apos;</source>
        <translation>onbekende oplossing &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 ontbreekt</translation>
    </message>
</context>
</TS>
