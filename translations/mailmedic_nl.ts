<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>MailMedic::ChecksPage</name>
    <message>
        <source>pasted text</source>
        <translation>geplakte tekst</translation>
    </message>
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
        <source>Pick the description that fits best.</source>
        <translation>Kies de omschrijving die het beste past.</translation>
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
        <source>&amp;Bounce message or error text:</source>
        <translation>&amp;Bouncemelding of foutmelding:</translation>
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
        <source>I can&apos;t send any mail</source>
        <translation>Ik kan helemaal geen mail versturen</translation>
    </message>
    <message>
        <source>Some of my mail bounces</source>
        <translation>Een deel van mijn mail komt terug</translation>
    </message>
    <message>
        <source>My mail lands in spam</source>
        <translation>Mijn mail komt in de spammap terecht</translation>
    </message>
    <message>
        <source>I don&apos;t receive mail</source>
        <translation>Ik ontvang geen mail</translation>
    </message>
    <message>
        <source>I get bounces for mail I never sent</source>
        <translation>Ik krijg bouncemeldingen van mail die ik nooit heb verstuurd</translation>
    </message>
    <message>
        <source>Forwarded mail bounces</source>
        <translation>Doorgestuurde mail komt terug</translation>
    </message>
    <message>
        <source>My web form&apos;s mail is rejected</source>
        <translation>Mail van mijn websiteformulier wordt geweigerd</translation>
    </message>
    <message>
        <source>Which settings do I type into my mail program?</source>
        <translation>Welke instellingen vul ik in mijn mailprogramma in?</translation>
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
        <source>Work through the list from the top.</source>
        <translation>Loop de lijst van boven naar beneden door.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>There was nothing to read: paste the bounce message or its error text.</source>
        <translation>Er is niets om te lezen: plak de bouncemelding of de foutmelding.</translation>
    </message>
    <message>
        <source>MailMedic did not recognise a delivery problem in this text.</source>
        <translation>MailMedic herkent in deze tekst geen afleverprobleem.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n bevinding.</numerusform>
            <numerusform>%n bevindingen.</numerusform>
        </translation>
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
</TS>
