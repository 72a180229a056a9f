<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <source>not run in this version</source>
        <translation>niet uitgevoerd in deze versie</translation>
    </message>
</context>
<context>
    <name>MailMedic::InputPage</name>
    <message>
        <source>Paste the bounce message</source>
        <translation>Plak de bouncemelding</translation>
    </message>
    <message>
        <source>Copy the whole returned e-mail or just the error text, and paste it below.</source>
        <translation>Kopieer de hele teruggestuurde e-mail of alleen de foutmelding en plak die hieronder.</translation>
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
        <source>For example: 550 5.1.1 &lt;someone@example.com&gt;: Recipient address rejected</source>
        <translation>Bijvoorbeeld: 550 5.1.1 &lt;iemand@example.com&gt;: Recipient address rejected</translation>
    </message>
    <message>
        <source>Bounce message</source>
        <translation>Bouncemelding</translation>
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
        <source>The file could not be read: %1</source>
        <translation>Het bestand kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>[… the rest of the file is read, but not shown here]</source>
        <translation>[… de rest van het bestand wordt wel gelezen, maar niet hier getoond]</translation>
    </message>
    <message>
        <source>Open a returned e-mail</source>
        <translation>Een teruggestuurde e-mail openen</translation>
    </message>
    <message>
        <source>E-mail and text files (*.eml *.txt *.msg);;All files (*)</source>
        <translation>E-mail- en tekstbestanden (*.eml *.txt *.msg);;Alle bestanden (*)</translation>
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
        <source>&amp;Bounce message or error text (or drop an .eml file here):</source>
        <translation>&amp;Bouncemelding of fouttekst (of sleep hier een .eml-bestand naartoe):</translation>
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
    <message>
        <source>The live checks were not run</source>
        <translation>De live-controles zijn niet uitgevoerd</translation>
    </message>
    <message>
        <source>This version reads messages only. These checks of the servers and DNS still have to be done by hand: %1.</source>
        <translation>Deze versie leest alleen berichten. Deze controles van de servers en DNS moet je nog met de hand doen: %1.</translation>
    </message>
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
</context>
</TS>
