<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MailMedic::ChecksPage</name>
    <message>
        <source>pasted text</source>
        <translation>pasted text</translation>
    </message>
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
        <source>Pick the description that fits best.</source>
        <translation>Pick the description that fits best.</translation>
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
        <source>&amp;Bounce message or error text:</source>
        <translation>&amp;Bounce message or error text:</translation>
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
        <source>I can&apos;t send any mail</source>
        <translation>I can&apos;t send any mail</translation>
    </message>
    <message>
        <source>Some of my mail bounces</source>
        <translation>Some of my mail bounces</translation>
    </message>
    <message>
        <source>My mail lands in spam</source>
        <translation>My mail lands in spam</translation>
    </message>
    <message>
        <source>I don&apos;t receive mail</source>
        <translation>I don&apos;t receive mail</translation>
    </message>
    <message>
        <source>I get bounces for mail I never sent</source>
        <translation>I get bounces for mail I never sent</translation>
    </message>
    <message>
        <source>Forwarded mail bounces</source>
        <translation>Forwarded mail bounces</translation>
    </message>
    <message>
        <source>My web form&apos;s mail is rejected</source>
        <translation>My web form&apos;s mail is rejected</translation>
    </message>
    <message>
        <source>Which settings do I type into my mail program?</source>
        <translation>Which settings do I type into my mail program?</translation>
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
        <source>Work through the list from the top.</source>
        <translation>Work through the list from the top.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>There was nothing to read: paste the bounce message or its error text.</source>
        <translation>There was nothing to read: paste the bounce message or its error text.</translation>
    </message>
    <message>
        <source>MailMedic did not recognise a delivery problem in this text.</source>
        <translation>MailMedic did not recognise a delivery problem in this text.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
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
</TS>
