<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MailMedic::ChecksPage</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>All checks are done.</source>
        <translation>All checks are done.</translation>
    </message>
    <message>
        <source>MailMedic is reading the message and running the checks.</source>
        <translation>MailMedic is reading the message and running the checks.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Reading the message</source>
        <translation>Reading the message</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>running…</translation>
    </message>
    <message>
        <source>Looking up what usually helps</source>
        <translation>Looking up what usually helps</translation>
    </message>
    <message>
        <source>Checking the servers and DNS</source>
        <translation>Checking the servers and DNS</translation>
    </message>
    <message>
        <source>not run in this version</source>
        <translation>not run in this version</translation>
    </message>
</context>
<context>
    <name>MailMedic::InputPage</name>
    <message>
        <source>Paste the bounce message</source>
        <translation>Paste the bounce message</translation>
    </message>
    <message>
        <source>Copy the whole returned e-mail or just the error text, and paste it below.</source>
        <translation>Copy the whole returned e-mail or just the error text, and paste it below.</translation>
    </message>
    <message>
        <source>What do you notice?</source>
        <translation>What do you notice?</translation>
    </message>
    <message>
        <source>Which domain?</source>
        <translation>Which domain?</translation>
    </message>
    <message>
        <source>The part of your e-mail address after the @.</source>
        <translation>The part of your e-mail address after the @.</translation>
    </message>
    <message>
        <source>For example: 550 5.1.1 &lt;someone@example.com&gt;: Recipient address rejected</source>
        <translation>For example: 550 5.1.1 &lt;someone@example.com&gt;: Recipient address rejected</translation>
    </message>
    <message>
        <source>Bounce message</source>
        <translation>Bounce message</translation>
    </message>
    <message>
        <source>&amp;Symptom:</source>
        <translation>&amp;Symptom:</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>[… the rest of the file is read, but not shown here]</source>
        <translation>[… the rest of the file is read, but not shown here]</translation>
    </message>
    <message>
        <source>Open a returned e-mail</source>
        <translation>Open a returned e-mail</translation>
    </message>
    <message>
        <source>E-mail and text files (*.eml *.txt *.msg);;All files (*)</source>
        <translation>E-mail and text files (*.eml *.txt *.msg);;All files (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened: it does not exist or you may not read it.</source>
        <translation>%1 could not be opened: it does not exist or you may not read it.</translation>
    </message>
    <message>
        <source>%1 is %2 MB: MailMedic reads files up to 64 MB. Paste the error text instead.</source>
        <translation>%1 is %2 MB: MailMedic reads files up to 64 MB. Paste the error text instead.</translation>
    </message>
    <message>
        <source>Nothing yet: paste the text above, drop the returned e-mail on it, or open a file.</source>
        <translation>Nothing yet: paste the text above, drop the returned e-mail on it, or open a file.</translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation>(recipient not named)</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Recipient: %1</translation>
    </message>
    <message>
        <source>Recipient: %1 — %2</source>
        <translation>Recipient: %1 — %2</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>Most likely: %1</source>
        <translation>Most likely: %1</translation>
    </message>
    <message>
        <source>No delivery problem recognised yet. Paste the whole bounce, including the lines with codes such as 550 or 5.1.1.</source>
        <translation>No delivery problem recognised yet. Paste the whole bounce, including the lines with codes such as 550 or 5.1.1.</translation>
    </message>
    <message>
        <source>That is an e-mail address. The domain is the part after the @: %1</source>
        <translation>That is an e-mail address. The domain is the part after the @: %1</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Use %1</translation>
    </message>
    <message>
        <source>This does not look like a domain name. A domain looks like example.com.</source>
        <translation>This does not look like a domain name. A domain looks like example.com.</translation>
    </message>
    <message>
        <source>Pick the description that fits best, then answer the questions below it.</source>
        <translation>Pick the description that fits best, then answer the questions below it.</translation>
    </message>
    <message>
        <source>&amp;Bounce message or error text (or drop an .eml file here):</source>
        <translation>&amp;Bounce message or error text (or drop an .eml file here):</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Open file…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>File: %1 (%2 KB)</source>
        <translation>File: %1 (%2 KB)</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>What MailMedic understood:</source>
        <translation>What MailMedic understood:</translation>
    </message>
    <message>
        <source>What MailMedic understood</source>
        <translation>What MailMedic understood</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>A few questions</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mail address:</translation>
    </message>
    <message>
        <source>Outgoing se&amp;rver (SMTP):</source>
        <translation>Outgoing se&amp;rver (SMTP):</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;IP address of the sending server:</source>
        <translation>&amp;IP address of the sending server:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>usually your e-mail address</translation>
    </message>
    <message>
        <source>only kept while MailMedic is open</source>
        <translation>only kept while MailMedic is open</translation>
    </message>
    <message>
        <source>optional, for example 192.0.2.10</source>
        <translation>optional, for example 192.0.2.10</translation>
    </message>
</context>
<context>
    <name>MailMedic::InputReader</name>
    <message>
        <source>%1: larger than %2 MB; not a bounce</source>
        <translation>%1: larger than %2 MB; not a bounce</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: is a folder, not a file</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>MailMedic::MainWizard</name>
    <message>
        <source>MailMedic — e-mail troubleshooter</source>
        <translation>MailMedic — e-mail troubleshooter</translation>
    </message>
    <message>
        <source>Language of the wizard and of the report</source>
        <translation>Language of the wizard and of the report</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>MailMedic::ResultsPage</name>
    <message>
        <source>What we found</source>
        <translation>What we found</translation>
    </message>
    <message>
        <source>No evidence recorded for this finding.</source>
        <translation>No evidence recorded for this finding.</translation>
    </message>
    <message>
        <source>Work through the list from the top and tick each step when it is done.</source>
        <translation>Work through the list from the top and tick each step when it is done.</translation>
    </message>
    <message>
        <source>Findings and steps to fix them</source>
        <translation>Findings and steps to fix them</translation>
    </message>
    <message>
        <source>Hide &amp;evidence</source>
        <translation>Hide &amp;evidence</translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation>Show &amp;evidence</translation>
    </message>
    <message>
        <source>The server&apos;s words, DNS answers and transcripts behind the selected finding</source>
        <translation>The server&apos;s words, DNS answers and transcripts behind the selected finding</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copy as text</translation>
    </message>
    <message>
        <source>Copy the whole diagnosis, with the ticked steps, for a ticket or a chat</source>
        <translation>Copy the whole diagnosis, with the ticked steps, for a ticket or a chat</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Start &amp;over</translation>
    </message>
    <message>
        <source>Clear everything and begin again</source>
        <translation>Clear everything and begin again</translation>
    </message>
</context>
<context>
    <name>MailMedic::StartPage</name>
    <message>
        <source>What happened?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <source>MailMedic finds out why e-mail was not delivered and tells you how to fix it.</source>
        <translation>MailMedic finds out why e-mail was not delivered and tells you how to fix it.</translation>
    </message>
    <message>
        <source>I have a bounce message</source>
        <translation>I have a bounce message</translation>
    </message>
    <message>
        <source>Paste the error message you got back, or drop the returned e-mail (.eml) here.</source>
        <translation>Paste the error message you got back, or drop the returned e-mail (.eml) here.</translation>
    </message>
    <message>
        <source>Something is wrong with my e-mail</source>
        <translation>Something is wrong with my e-mail</translation>
    </message>
    <message>
        <source>Pick what you notice, for example: my mail lands in spam, or I can&apos;t send at all.</source>
        <translation>Pick what you notice, for example: my mail lands in spam, or I can&apos;t send at all.</translation>
    </message>
    <message>
        <source>Check my domain</source>
        <translation>Check my domain</translation>
    </message>
    <message>
        <source>Check the mail settings of a domain: MX, SPF, DKIM, DMARC and the mail servers.</source>
        <translation>Check the mail settings of a domain: MX, SPF, DKIM, DMARC and the mail servers.</translation>
    </message>
</context>
<context>
    <name>MailMedic::WizardSession</name>
    <message>
        <source>pasted text</source>
        <translation>pasted text</translation>
    </message>
    <message>
        <source>The live checks were not run</source>
        <translation>The live checks were not run</translation>
    </message>
    <message>
        <source>This version reads messages only. These checks of the servers and DNS still have to be done by hand: %1.</source>
        <translation>This version reads messages only. These checks of the servers and DNS still have to be done by hand: %1.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Not tested</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>You told us: %1. Below are the checks and the steps that usually fix it.</source>
        <translation>You told us: %1. Below are the checks and the steps that usually fix it.</translation>
    </message>
    <message>
        <source>The mail settings of %1.</source>
        <translation>The mail settings of %1.</translation>
    </message>
    <message>
        <source>There was nothing to read: paste the bounce message or its error text.</source>
        <translation>There was nothing to read: paste the bounce message or its error text.</translation>
    </message>
    <message>
        <source>The message was delivered: this is a delivery report, not an error.</source>
        <translation>The message was delivered: this is a delivery report, not an error.</translation>
    </message>
    <message>
        <source>MailMedic did not recognise a delivery problem in this text.</source>
        <translation>MailMedic did not recognise a delivery problem in this text.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other address(es)</source>
        <translation>
            <numerusform>%1 and %n other address(es)</numerusform>
            <numerusform>%1 and %n other address(es)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your message was refused, without a reason MailMedic knows.</source>
        <translation>Your message was refused, without a reason MailMedic knows.</translation>
    </message>
    <message>
        <source>Your message to %1 was refused, without a reason MailMedic knows.</source>
        <translation>Your message to %1 was refused, without a reason MailMedic knows.</translation>
    </message>
    <message>
        <source>Your message has not been delivered yet. The reason: %1</source>
        <translation>Your message has not been delivered yet. The reason: %1</translation>
    </message>
    <message>
        <source>Your message to %1 has not been delivered yet. The reason: %2</source>
        <translation>Your message to %1 has not been delivered yet. The reason: %2</translation>
    </message>
    <message>
        <source>Your message was refused. The reason: %1</source>
        <translation>Your message was refused. The reason: %1</translation>
    </message>
    <message>
        <source>Your message to %1 was refused. The reason: %2</source>
        <translation>Your message to %1 was refused. The reason: %2</translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation>(recipient not named)</translation>
    </message>
</context>
</TS>
