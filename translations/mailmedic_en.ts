<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MailMedic::AdvancedSettingsDialog</name>
    <message>
        <source>Type an IP address, with a port if it is not 53: 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53.</source>
        <translation>Type an IP address, with a port if it is not 53: 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53.</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Advanced settings</translation>
    </message>
    <message>
        <source>&amp;Nameserver:</source>
        <translation>&amp;Nameserver:</translation>
    </message>
    <message>
        <source>the computer&apos;s own (leave empty)</source>
        <translation>the computer&apos;s own (leave empty)</translation>
    </message>
    <message>
        <source>Send every DNS question to this server, for example to compare what another resolver sees</source>
        <translation>Send every DNS question to this server, for example to compare what another resolver sees</translation>
    </message>
    <message>
        <source>Nameserver</source>
        <translation>Nameserver</translation>
    </message>
    <message>
        <source>&amp;Time limit for the checks:</source>
        <translation>&amp;Time limit for the checks:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time limit for the checks in seconds</source>
        <translation>Time limit for the checks in seconds</translation>
    </message>
    <message>
        <source>&amp;Offline: read messages only, don&apos;t run live checks</source>
        <translation>&amp;Offline: read messages only, don&apos;t run live checks</translation>
    </message>
    <message>
        <source>Offline is switched on for this computer (MAILMEDIC_OFFLINE).</source>
        <translation>Offline is switched on for this computer (MAILMEDIC_OFFLINE).</translation>
    </message>
    <message>
        <source>Extra &amp;rules folder:</source>
        <translation>Extra &amp;rules folder:</translation>
    </message>
    <message>
        <source>none: only the built-in rules</source>
        <translation>none: only the built-in rules</translation>
    </message>
    <message>
        <source>A folder with your team&apos;s own rule files (*.json, in the layout of the built-in rules). They are tried before the built-in rules.</source>
        <translation>A folder with your team&apos;s own rule files (*.json, in the layout of the built-in rules). They are tried before the built-in rules.</translation>
    </message>
    <message>
        <source>Extra rules folder</source>
        <translation>Extra rules folder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Folder with extra rules</source>
        <translation>Folder with extra rules</translation>
    </message>
    <message>
        <source>Only the built-in rules are used.</source>
        <translation>Only the built-in rules are used.</translation>
    </message>
    <message numerus="yes">
        <source>%n extra rule(s) from %1 come before the built-in rules.</source>
        <translation>
            <numerusform>%n extra rule from %1 comes before the built-in rules.</numerusform>
            <numerusform>%n extra rules from %1 come before the built-in rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything could be read; what could not is left out, the built-in rules still apply:</source>
        <translation>Not everything could be read; what could not is left out, the built-in rules still apply:</translation>
    </message>
    <message>
        <source>No certificate could be read from this file. Choose the PEM file (.pem or .crt) with your organisation&apos;s CA certificate.</source>
        <translation>No certificate could be read from this file. Choose the PEM file (.pem or .crt) with your organisation&apos;s CA certificate.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Trust this &amp;CA as well:</source>
        <translation>Trust this &amp;CA as well:</translation>
    </message>
    <message>
        <source>none: the computer&apos;s own list</source>
        <translation>none: the computer&apos;s own list</translation>
    </message>
    <message>
        <source>A PEM file with the certificate of your organisation&apos;s or support desk&apos;s own certificate authority, for servers whose certificates it issued</source>
        <translation>A PEM file with the certificate of your organisation&apos;s or support desk&apos;s own certificate authority, for servers whose certificates it issued</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choose a CA certificate file</translation>
    </message>
</context>
<context>
    <name>MailMedic::BouncePanel</name>
    <message>
        <source>Open a returned e-mail</source>
        <translation>Open a returned e-mail</translation>
    </message>
    <message>
        <source>E-mail and text files (*.eml *.txt *.msg);;All files (*)</source>
        <translation>E-mail and text files (*.eml *.txt *.msg);;All files (*)</translation>
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
        <source>%1 could not be opened: it does not exist or you may not read it.</source>
        <translation>%1 could not be opened: it does not exist or you may not read it.</translation>
    </message>
    <message>
        <source>%1 is %2 MB: MailMedic reads files up to 64 MB. Paste the error text instead.</source>
        <translation>%1 is %2 MB: MailMedic reads files up to 64 MB. Paste the error text instead.</translation>
    </message>
    <message>
        <source>example.com — needed when the bounce does not name the sender</source>
        <translation>example.com — needed when the bounce does not name the sender</translation>
    </message>
    <message>
        <source>%1 (from the bounce)</source>
        <translation>%1 (from the bounce)</translation>
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
        <source>&amp;Bounce message or error text (or drop an .eml file here):</source>
        <translation>&amp;Bounce message or error text (or drop an .eml file here):</translation>
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
        <source>Your &amp;domain, for the live checks:</source>
        <translation>Your &amp;domain, for the live checks:</translation>
    </message>
    <message>
        <source>Your domain, for the live checks</source>
        <translation>Your domain, for the live checks</translation>
    </message>
    <message>
        <source>Not a bounce: the headers of a message that arrived.</source>
        <translation>Not a bounce: the headers of a message that arrived.</translation>
    </message>
    <message>
        <source>%1 (the message&apos;s From)</source>
        <translation>%1 (the message&apos;s From)</translation>
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
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>switched off</translation>
    </message>
    <message>
        <source>could not start</source>
        <translation>could not start</translation>
    </message>
    <message>
        <source>needs more information</source>
        <translation>needs more information</translation>
    </message>
    <message>
        <source>The checks were cancelled.</source>
        <translation>The checks were cancelled.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Cancel the c&amp;hecks</source>
        <translation>Cancel the c&amp;hecks</translation>
    </message>
    <message>
        <source>Stop the checks that are still running and show what was found so far</source>
        <translation>Stop the checks that are still running and show what was found so far</translation>
    </message>
    <message>
        <source>Cancelled. The checks that had not answered are marked as not tested; Next shows what was found.</source>
        <translation>Cancelled. The checks that had not answered are marked as not tested; Next shows what was found.</translation>
    </message>
    <message>
        <source>Only the input was read: the live checks are switched off in the advanced settings.</source>
        <translation>Only the input was read: the live checks are switched off in the advanced settings.</translation>
    </message>
    <message>
        <source>Some checks need more information. Next shows what is known.</source>
        <translation>Some checks need more information. Next shows what is known.</translation>
    </message>
    <message>
        <source>The live checks could not start: %1</source>
        <translation>The live checks could not start: %1</translation>
    </message>
    <message>
        <source>All checks are done. Press Next to see the results.</source>
        <translation>All checks are done. Press Next to see the results.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) done.</source>
        <translation>
            <numerusform>%1 of %n check done.</numerusform>
            <numerusform>%1 of %n checks done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the message…</source>
        <translation>Reading the message…</translation>
    </message>
    <message>
        <source>Preparing the checks…</source>
        <translation>Preparing the checks…</translation>
    </message>
</context>
<context>
    <name>MailMedic::DiagnosisRun</name>
    <message>
        <source>The live checks are switched off</source>
        <translation>The live checks are switched off</translation>
    </message>
    <message>
        <source>MailMedic did not ask DNS or any mail server, because offline mode is on. Not checked: %1.</source>
        <translation>MailMedic did not ask DNS or any mail server, because offline mode is on. Not checked: %1.</translation>
    </message>
    <message>
        <source>Some checks need more information</source>
        <translation>Some checks need more information</translation>
    </message>
    <message>
        <source>MailMedic does not know which domain or server to test.</source>
        <translation>MailMedic does not know which domain or server to test.</translation>
    </message>
    <message>
        <source>To run these checks MailMedic needs a domain or a server name: %1. Go back and fill in the questions to run them.</source>
        <translation>To run these checks MailMedic needs a domain or a server name: %1. Go back and fill in the questions to run them.</translation>
    </message>
    <message>
        <source>The live checks could not start</source>
        <translation>The live checks could not start</translation>
    </message>
    <message>
        <source>MailMedic could not start the checks: %1</source>
        <translation>MailMedic could not start the checks: %1</translation>
    </message>
    <message numerus="yes">
        <source>reading the message took longer than %n second(s)</source>
        <translation>
            <numerusform>reading the message took longer than %n second</numerusform>
            <numerusform>reading the message took longer than %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>the domain&apos;s mail servers (MX)</source>
        <translation>the domain&apos;s mail servers (MX)</translation>
    </message>
    <message>
        <source>the SPF record</source>
        <translation>the SPF record</translation>
    </message>
    <message>
        <source>the DKIM key</source>
        <translation>the DKIM key</translation>
    </message>
    <message>
        <source>the DMARC policy</source>
        <translation>the DMARC policy</translation>
    </message>
    <message>
        <source>reverse DNS (PTR)</source>
        <translation>reverse DNS (PTR)</translation>
    </message>
    <message>
        <source>blocklists for the sending address</source>
        <translation>blocklists for the sending address</translation>
    </message>
    <message>
        <source>blocklists for links</source>
        <translation>blocklists for links</translation>
    </message>
    <message>
        <source>the outgoing server on port 465</source>
        <translation>the outgoing server on port 465</translation>
    </message>
    <message>
        <source>the outgoing server on port 587</source>
        <translation>the outgoing server on port 587</translation>
    </message>
    <message>
        <source>port 25</source>
        <translation>port 25</translation>
    </message>
    <message>
        <source>the incoming server (IMAP)</source>
        <translation>the incoming server (IMAP)</translation>
    </message>
    <message>
        <source>the incoming server (POP3)</source>
        <translation>the incoming server (POP3)</translation>
    </message>
    <message>
        <source>logging in to the outgoing server</source>
        <translation>logging in to the outgoing server</translation>
    </message>
    <message>
        <source>whether the server relays for strangers</source>
        <translation>whether the server relays for strangers</translation>
    </message>
    <message>
        <source>the domain&apos;s nameservers</source>
        <translation>the domain&apos;s nameservers</translation>
    </message>
    <message>
        <source>the mail servers you named</source>
        <translation>the mail servers you named</translation>
    </message>
    <message>
        <source>the CA file %1 holds no certificate MailMedic can read (PEM)</source>
        <translation>the CA file %1 holds no certificate MailMedic can read (PEM)</translation>
    </message>
</context>
<context>
    <name>MailMedic::InputPage</name>
    <message>
        <source>Paste the bounce message</source>
        <translation>Paste the bounce message</translation>
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
    <message>
        <source>&amp;Mail server to test as well (optional):</source>
        <translation>&amp;Mail server to test as well (optional):</translation>
    </message>
    <message>
        <source>mail.example.com or smtps://mail.example.com:465</source>
        <translation>mail.example.com or smtps://mail.example.com:465</translation>
    </message>
    <message>
        <source>Mail server to test as well</source>
        <translation>Mail server to test as well</translation>
    </message>
    <message>
        <source>Ad&amp;vanced…</source>
        <translation>Ad&amp;vanced…</translation>
    </message>
    <message>
        <source>Nameserver, time limit and offline mode for the live checks</source>
        <translation>Nameserver, time limit and offline mode for the live checks</translation>
    </message>
    <message>
        <source>&amp;Headers of a message that landed in spam (optional):</source>
        <translation>&amp;Headers of a message that landed in spam (optional):</translation>
    </message>
    <message>
        <source>In Gmail: ⋮ &gt; Show original &gt; Copy to clipboard. In Outlook: File &gt; Properties &gt; Internet headers.</source>
        <translation>In Gmail: ⋮ &gt; Show original &gt; Copy to clipboard. In Outlook: File &gt; Properties &gt; Internet headers.</translation>
    </message>
    <message>
        <source>Headers of a message that landed in spam</source>
        <translation>Headers of a message that landed in spam</translation>
    </message>
    <message>
        <source>Copy the whole returned e-mail or just the error text, and paste it below. Mail that lands in spam: paste the headers of a message that arrived.</source>
        <translation>Copy the whole returned e-mail or just the error text, and paste it below. Mail that lands in spam: paste the headers of a message that arrived.</translation>
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
    <name>MailMedic::PdfReport</name>
    <message>
        <source>nothing (empty input)</source>
        <translation>nothing (empty input)</translation>
    </message>
    <message>
        <source>error text</source>
        <translation>error text</translation>
    </message>
    <message>
        <source>e-mail message</source>
        <translation>e-mail message</translation>
    </message>
    <message>
        <source>delivery status notification (bounce)</source>
        <translation>delivery status notification (bounce)</translation>
    </message>
    <message>
        <source>domain check</source>
        <translation>domain check</translation>
    </message>
    <message>
        <source>the checks were switched off</source>
        <translation>the checks were switched off</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>the resolver refused to answer</source>
        <translation>the resolver refused to answer</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>the server could not be reached</translation>
    </message>
    <message>
        <source>the DNS server failed</source>
        <translation>the DNS server failed</translation>
    </message>
    <message>
        <source>the port is blocked by the local network</source>
        <translation>the port is blocked by the local network</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>MailMedic diagnosis</source>
        <translation>MailMedic diagnosis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>MailMedic version</source>
        <translation>MailMedic version</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Mail servers</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Live checks</translation>
    </message>
    <message>
        <source>not run: the message was only read</source>
        <translation>not run: the message was only read</translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation>DNS resolver</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>the system&apos;s resolver</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation>(recipient not named)</translation>
    </message>
    <message>
        <source>Findings and steps</source>
        <translation>Findings and steps</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No findings.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Checks and server conversations</source>
        <translation>Checks and server conversations</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The message as given</source>
        <translation>The message as given</translation>
    </message>
    <message>
        <source>The first %1 of %2 lines.</source>
        <translation>The first %1 of %2 lines.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Not tested because: %1</source>
        <translation>Not tested because: %1</translation>
    </message>
    <message>
        <source>only the headers were given</source>
        <translation>only the headers were given</translation>
    </message>
</context>
<context>
    <name>MailMedic::ReportText</name>
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
            <numerusform>%1 and %n other address</numerusform>
            <numerusform>%1 and %n other addresses</numerusform>
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
    <message>
        <source>This is an automatic answer, not a bounce: your message was not refused.</source>
        <translation>This is an automatic answer, not a bounce: your message was not refused.</translation>
    </message>
    <message>
        <source>Not a bounce, your message was not refused: %1.</source>
        <translation>Not a bounce, your message was not refused: %1.</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC failed</source>
        <translation>SPF, DKIM or DMARC failed</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation>Poor sender reputation</translation>
    </message>
    <message>
        <source>Sending server blocked</source>
        <translation>Sending server blocked</translation>
    </message>
    <message>
        <source>Problem with the content</source>
        <translation>Problem with the content</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Over a sending limit</source>
        <translation>Over a sending limit</translation>
    </message>
    <message>
        <source>Gave up after retrying</source>
        <translation>Gave up after retrying</translation>
    </message>
    <message>
        <source>Encryption (TLS) failed</source>
        <translation>Encryption (TLS) failed</translation>
    </message>
    <message>
        <source>Complaint or feedback report</source>
        <translation>Complaint or feedback report</translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s filter</source>
        <translation>Refused by the recipient&apos;s filter</translation>
    </message>
    <message>
        <source>Recipient has moved</source>
        <translation>Recipient has moved</translation>
    </message>
    <message>
        <source>Domain does not exist</source>
        <translation>Domain does not exist</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Mailbox full</translation>
    </message>
    <message>
        <source>Delivery program failed</source>
        <translation>Delivery program failed</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Message too big</translation>
    </message>
    <message>
        <source>Network or DNS problem</source>
        <translation>Network or DNS problem</translation>
    </message>
    <message>
        <source>Relaying refused</source>
        <translation>Relaying refused</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <translation>Domain accepts no mail</translation>
    </message>
    <message>
        <source>Message breaks the format rules</source>
        <translation>Message breaks the format rules</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Against the recipient&apos;s policy</source>
        <translation>Against the recipient&apos;s policy</translation>
    </message>
    <message>
        <source>Sender address refused</source>
        <translation>Sender address refused</translation>
    </message>
    <message>
        <source>No valid reverse DNS</source>
        <translation>No valid reverse DNS</translation>
    </message>
    <message>
        <source>Security check failed</source>
        <translation>Security check failed</translation>
    </message>
    <message>
        <source>Judged to be spam</source>
        <translation>Judged to be spam</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <translation>Sending too fast</translation>
    </message>
    <message>
        <source>On a suppression list</source>
        <translation>On a suppression list</translation>
    </message>
    <message>
        <source>Mailbox disabled</source>
        <translation>Mailbox disabled</translation>
    </message>
    <message>
        <source>Command not understood</source>
        <translation>Command not understood</translation>
    </message>
    <message>
        <source>Receiving server error</source>
        <translation>Receiving server error</translation>
    </message>
    <message>
        <source>Receiving server full</source>
        <translation>Receiving server full</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation>Too many connections</translation>
    </message>
    <message>
        <source>Reason unknown</source>
        <translation>Reason unknown</translation>
    </message>
    <message>
        <source>Address does not exist</source>
        <translation>Address does not exist</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Automatic reply</translation>
    </message>
    <message>
        <source>Not a delivery problem</source>
        <translation>Not a delivery problem</translation>
    </message>
    <message>
        <source>Mail servers of the domain (MX)</source>
        <translation>Mail servers of the domain (MX)</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>SPF record</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>DMARC policy</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>DKIM key</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR) of the sending address</source>
        <translation>Reverse DNS (PTR) of the sending address</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Blocklists</translation>
    </message>
    <message>
        <source>Outgoing server with SSL/TLS</source>
        <translation>Outgoing server with SSL/TLS</translation>
    </message>
    <message>
        <source>Outgoing server with STARTTLS</source>
        <translation>Outgoing server with STARTTLS</translation>
    </message>
    <message>
        <source>Incoming server (IMAP)</source>
        <translation>Incoming server (IMAP)</translation>
    </message>
    <message>
        <source>Incoming server (POP3)</source>
        <translation>Incoming server (POP3)</translation>
    </message>
    <message>
        <source>Settings for your mail program</source>
        <translation>Settings for your mail program</translation>
    </message>
    <message>
        <source>The DNS server MailMedic asks</source>
        <translation>The DNS server MailMedic asks</translation>
    </message>
    <message>
        <source>This copy has not been through a receiving server: paste the headers of the message as it arrived.</source>
        <translation>This copy has not been through a receiving server: paste the headers of the message as it arrived.</translation>
    </message>
    <message>
        <source>A message that arrived. What its headers show: %1</source>
        <translation>A message that arrived. What its headers show: %1</translation>
    </message>
    <message>
        <source>A message that arrived: its headers show no authentication problem.</source>
        <translation>A message that arrived: its headers show no authentication problem.</translation>
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
        <source>Source: %1</source>
        <translation>Source: %1</translation>
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
    <message>
        <source>pasted text</source>
        <translation>pasted text</translation>
    </message>
    <message>
        <source>Export the diagnosis as PDF</source>
        <translation>Export the diagnosis as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the diagnosis as a PDF to attach to a ticket</source>
        <translation>Save the diagnosis as a PDF to attach to a ticket</translation>
    </message>
    <message>
        <source>Leave these results?</source>
        <translation>Leave these results?</translation>
    </message>
    <message>
        <source>You have ticked steps or not exported this diagnosis yet. If you leave now, they are lost.</source>
        <translation>You have ticked steps or not exported this diagnosis yet. If you leave now, they are lost.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed; before: %1</source>
        <translation>changed; before: %1</translation>
    </message>
    <message>
        <source>No longer found: %1</source>
        <translation>No longer found: %1</translation>
    </message>
    <message>
        <source>Stop chec&amp;king</source>
        <translation>Stop chec&amp;king</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Check a&amp;gain</translation>
    </message>
    <message>
        <source>Run the same checks again, for example after a DNS record was changed. Ticked steps stay ticked; what changed is marked.</source>
        <translation>Run the same checks again, for example after a DNS record was changed. Ticked steps stay ticked; what changed is marked.</translation>
    </message>
</context>
<context>
    <name>MailMedic::RulesFolder</name>
    <message>
        <source>this folder does not exist</source>
        <translation>this folder does not exist</translation>
    </message>
    <message>
        <source>no rule files (*.json) in this folder</source>
        <translation>no rule files (*.json) in this folder</translation>
    </message>
</context>
<context>
    <name>MailMedic::ServerTarget</name>
    <message>
        <source>&apos;%1&apos;: the IPv6 address has no closing &apos;]&apos;</source>
        <translation>&apos;%1&apos;: the IPv6 address has no closing &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;</source>
        <translation>&apos;%1&apos;: expected &apos;:PORT&apos; after &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port after &apos;:&apos; is missing</source>
        <translation>&apos;%1&apos;: the port after &apos;:&apos; is missing</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not an IPv6 address</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; is not an IPv6 address</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name; write an IPv6 address with a port as [ADDRESS]:PORT</source>
        <translation>&apos;%1&apos; is not a host name; write an IPv6 address with a port as [ADDRESS]:PORT</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the host name is missing</source>
        <translation>&apos;%1&apos;: the host name is missing</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>&apos;%1&apos; is not a valid host name</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the port must be a number from 1 to 65535</source>
        <translation>&apos;%1&apos;: the port must be a number from 1 to 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown scheme &apos;%2://&apos;; use smtps://, smtp://, mx://, imaps:// or pop3s://</source>
        <translation>&apos;%1&apos;: unknown scheme &apos;%2://&apos;; use smtps://, smtp://, mx://, imaps:// or pop3s://</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: give only a host and a port, no path or user name</source>
        <translation>&apos;%1&apos;: give only a host and a port, no path or user name</translation>
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
</context>
<context>
    <name>RuleFile</name>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON syntax error: %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>expected a JSON object</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation>missing &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; must be a string</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; must be a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; must be true or false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of strings</source>
        <translation>&apos;%1&apos; must be a list of strings</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>unknown %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object with en, nl and ru</source>
        <translation>&apos;%1&apos; must be an object with en, nl and ru</translation>
    </message>
    <message>
        <source>missing en %1</source>
        <translation>missing en %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one regular expression</source>
        <translation>&apos;%1&apos; needs at least one regular expression</translation>
    </message>
    <message>
        <source>bad regex &apos;%1&apos;: %2 at offset %3</source>
        <translation>bad regex &apos;%1&apos;: %2 at offset %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be lower case</source>
        <translation>%1 &apos;%2&apos; must be lower case</translation>
    </message>
    <message>
        <source>unknown reason &apos;%1&apos;</source>
        <translation>unknown reason &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing &apos;match&apos;</source>
        <translation>missing &apos;match&apos;</translation>
    </message>
    <message>
        <source>bad status &apos;%1&apos; (expected e.g. 5.7.26)</source>
        <translation>bad status &apos;%1&apos; (expected e.g. 5.7.26)</translation>
    </message>
    <message>
        <source>&apos;match.reply_code&apos; must be a list of numbers</source>
        <translation>&apos;match.reply_code&apos; must be a list of numbers</translation>
    </message>
    <message>
        <source>bad reply code %1 (expected 200..599)</source>
        <translation>bad reply code %1 (expected 200..599)</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; must start with https://</source>
        <translation>link &apos;%1&apos; must start with https://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; must be a list</translation>
    </message>
    <message>
        <source>%1 #%2 is not an object</source>
        <translation>%1 #%2 is not an object</translation>
    </message>
    <message>
        <source>%1 #%2 has no id</source>
        <translation>%1 #%2 has no id</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>duplicate id</translation>
    </message>
    <message>
        <source>unsupported version %1 (this MailMedic reads version 1)</source>
        <translation>unsupported version %1 (this MailMedic reads version 1)</translation>
    </message>
    <message>
        <source>none of &apos;rules&apos;, &apos;fixes&apos;, &apos;symptoms&apos;, &apos;providers&apos; found</source>
        <translation>none of &apos;rules&apos;, &apos;fixes&apos;, &apos;symptoms&apos;, &apos;providers&apos; found</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>fix</translation>
    </message>
    <message>
        <source>symptom</source>
        <translation>symptom</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>provider</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>probe</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>not embedded</source>
        <translation>not embedded</translation>
    </message>
    <message>
        <source>unknown fix &apos;%1&apos;</source>
        <translation>unknown fix &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>missing %1</translation>
    </message>
</context>
</TS>
