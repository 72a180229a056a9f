// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce/BounceParser.h"
#include "bounce/SmtpStatus.h"
#include "Diagnoser.h"
#include "TestSupport.h"

#include <QTest>

using namespace MailMedic;

// What the parser reads out of a bounce is what the user sees as
// "recipients, codes, provider": addresses, codes and the server's words.
class TestBounceParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readableText();
    void deliveryStatusFields();
    void returnedMessageHeaders();
    void pastedMessageSource();
    void humanText_data();
    void humanText();
    void charsets_data();
    void charsets();
    void replyCodes_data();
    void replyCodes();
    void enhancedStatus_data();
    void enhancedStatus();
    void statusMeaning();
    void corpusDsnRecipients();
    void readReceipt();
};

static QByteArray crlf(QByteArray s)
{
    return s.replace("\n", "\r\n");
}

void TestBounceParser::deliveryStatusFields()
{
    const QByteArray dsn
        = crlf("From: MAILER-DAEMON@mx.example.org\n"
               "To: sender@example.com\n"
               "Subject: Undelivered Mail Returned to Sender\n"
               "MIME-Version: 1.0\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n"
               "\n--b1\nContent-Type: text/plain\n\nI'm sorry to have to inform you...\n"
               "--b1\nContent-Type: message/delivery-status\n\n"
               "Reporting-MTA: dns; mx.example.org\n"
               "Arrival-Date: Mon, 2 Nov 2026 10:00:00 +0100\n\n"
               "Final-Recipient: rfc822; one@example.net\n"
               "Original-Recipient: rfc822;One@example.net\n"
               "Action: failed\nStatus: 5.1.1\n"
               "Remote-MTA: dns; mx.example.net\n"
               "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does\n"
               "    not exist. Please try double-checking the recipient's email\n\n"
               "Final-Recipient: rfc822; two@example.net\n"
               "Action: delayed\nStatus: 4.2.2\n"
               "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full\n"
               "--b1--\n");
    const Bounce b = BounceParser::parse(dsn);
    QCOMPARE(toString(b.kind), QStringLiteral("dsn"));
    QCOMPARE(b.reportingMta, QStringLiteral("mx.example.org"));
    QCOMPARE(b.recipients.size(), 2);
    QCOMPARE(b.recipients[0].address, QStringLiteral("one@example.net"));
    QCOMPARE(b.recipients[0].originalRecipient, QStringLiteral("One@example.net"));
    QCOMPARE(b.recipients[0].action, QStringLiteral("failed"));
    QCOMPARE(b.recipients[0].status, QStringLiteral("5.1.1"));
    QCOMPARE(b.recipients[0].replyCode, std::optional<int>(550));
    QCOMPARE(b.recipients[0].remoteMta, QStringLiteral("mx.example.net"));
    QVERIFY(b.recipients[0].diagnostic.contains(QStringLiteral("does\nnot exist")));
    QCOMPARE(b.recipients[1].action, QStringLiteral("delayed"));
    QCOMPARE(b.recipients[1].status, QStringLiteral("4.2.2"));
    QCOMPARE(b.recipients[1].replyCode, std::optional<int>(452));
}

// A bounce's source copied whole into the paste area is read as the message
// it is: its report part counts, and its headers are not the server's words.
void TestBounceParser::pastedMessageSource()
{
    const QString source = QStringLiteral(
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
        "Subject: Delivery Status Notification (Failure)\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n"
        "\n--b1\nContent-Type: text/plain\n\n<someone@example.net>: host mx.example.net said: 550 5.1.1 "
        "User unknown (in reply to RCPT TO command)\n"
        "--b1\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.example.org\n\n"
        "Final-Recipient: rfc822; someone@example.net\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n"
        "--b1--\n");
    const Bounce b = BounceParser::parseText(source);
    QCOMPARE(toString(b.kind), QStringLiteral("dsn"));
    QCOMPARE(b.reportingMta, QStringLiteral("mx.example.org"));
    QCOMPARE(b.recipients.size(), 1);
    QCOMPARE(b.recipients.first().status, QStringLiteral("5.1.1"));
    QVERIFY2(!b.recipients.first().diagnostic.contains(QLatin1String("Subject:")),
        qPrintable(b.recipients.first().diagnostic));

    // Text a mail program already decoded stays text: read again in a
    // declared charset it would turn into mojibake.
    const QString decoded
        = QStringLiteral("Subject: Недоставленное сообщение\nContent-Type: text/plain; charset=koi8-r\n\n"
                         "<someone@example.net>: 552 5.2.2 Ящик переполнен\n");
    const Bounce t = BounceParser::parseText(decoded);
    QCOMPARE(toString(t.kind), QStringLiteral("text"));
    QCOMPARE(t.recipients.size(), 1);
    QVERIFY2(t.recipients.first().diagnostic.contains(QStringLiteral("Ящик переполнен")),
        qPrintable(t.recipients.first().diagnostic));

    // A snippet whose first line only looks like a header is not a message.
    const Bounce s
        = BounceParser::parseText(QStringLiteral("Onbestelbaar: Offerte april\n\n550 5.1.1 User unknown\n"));
    QCOMPARE(toString(s.kind), QStringLiteral("text"));
}

void TestBounceParser::returnedMessageHeaders()
{
    const QByteArray dsn
        = crlf("From: MAILER-DAEMON@mx.example.org\nTo: sender@example.com\nSubject: Undelivered Mail\n"
               "MIME-Version: 1.0\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n"
               "\n--b1\nContent-Type: text/plain\n\nFailed.\n"
               "--b1\nContent-Type: message/delivery-status\n\n"
               "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; x@example.net\nAction: "
               "failed\nStatus: 5.7.1\n"
               "--b1\nContent-Type: message/rfc822\n\n"
               "Received: from out.example.com (out.example.com [192.0.2.25])\n\tby mx.example.org; Mon, 2 "
               "Nov 2026\n"
               "DKIM-Signature: v=1; a=rsa-sha256; d=Example.com; s=sel2026;\n\th=from:to; bh=abc=; b=def=\n"
               "Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=example.com\n"
               "From: =?UTF-8?B?0JjQstCw0L0=?= <sender@example.com>\n"
               "To: x@example.net\nSubject: =?KOI8-R?B?8NLJ18XU?=\nMessage-ID: <abc@example.com>\n\nbody\n"
               "--b1--\n");
    const Bounce b = BounceParser::parse(dsn);
    QCOMPARE(b.returned.from, QStringLiteral("sender@example.com"));
    QCOMPARE(b.returned.to, QStringLiteral("x@example.net"));
    QCOMPARE(b.returned.subject, QStringLiteral("Привет"));
    QCOMPARE(b.returned.messageId, QStringLiteral("abc@example.com"));
    QCOMPARE(b.returned.dkimDomain, QStringLiteral("example.com"));
    QCOMPARE(b.returned.dkimSelector, QStringLiteral("sel2026"));
    QCOMPARE(b.returned.receivedIps, QStringList { QStringLiteral("192.0.2.25") });
    QCOMPARE(b.returned.authenticationResults.size(), 1);
}

void TestBounceParser::humanText_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QString>("command");

    QTest::newRow("exim two recipients")
        << QByteArray(
               "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\n"
               "To: sender@example.com\nSubject: Mail delivery failed: returning message to sender\n\n"
               "This message was created automatically by mail delivery software.\n\n"
               "  one@example.net\n"
               "    SMTP error from remote mail server after RCPT TO:<one@example.net>:\n"
               "    host mx.example.net [192.0.2.153]: 550 5.1.1 <one@example.net>... User Unknown\n"
               "  two@example.net\n"
               "    SMTP error from remote mail server after RCPT TO:<two@example.net>:\n"
               "    host mx.example.net [192.0.2.153]: 552 5.2.2 Mailbox full\n\n"
               "------ This is a copy of the message, including all the headers. ------\n\n"
               "From: sender@example.com\nTo: one@example.net, two@example.net\nSubject: hi\n\nhello\n")
        << QStringList { QStringLiteral("one@example.net"), QStringLiteral("two@example.net") }
        << QStringList { QStringLiteral("5.1.1"), QStringLiteral("5.2.2") } << QStringLiteral("RCPT");
    QTest::newRow("qmail") << QByteArray(
        "From: MAILER-DAEMON@mx.example.org\nTo: sender@example.com\nSubject: failure notice\n\n"
        "Hi. This is the qmail-send program at mx.example.org.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n\n"
        "<kijitora@example.net>:\n"
        "192.0.2.112 does not like recipient.\n"
        "Remote host said: 550 5.1.1 <kijitora@example.net>... User Unknown\n"
        "Giving up on 192.0.2.112.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        "From: sender@example.com\nTo: kijitora@example.net\nSubject: x\n\nbody\n")
                           << QStringList { QStringLiteral("kijitora@example.net") }
                           << QStringList { QStringLiteral("5.1.1") } << QString();
    QTest::newRow("pasted outlook dialog, no address")
        << QByteArray("Het bericht kan niet worden verzonden.\r\n"
                      "Server Error: 550, Error Number: 0x800CCC79\r\n")
        << QStringList { QString() } << QStringList { QString() } << QString();
    QTest::newRow("wrapped gmail reply with address")
        << QByteArray("<friend@example.net>: host gmail-smtp-in.l.google.com[192.0.2.26] said:\n"
                      "    550-5.7.26 This message does not have authentication information or fails to\n"
                      "    550-5.7.26 pass authentication checks. (in reply to end of DATA command)\n")
        << QStringList { QStringLiteral("friend@example.net") } << QStringList { QStringLiteral("5.7.26") }
        << QStringLiteral("DATA");
    // The command it last sent, quoted: its MAIL FROM is the sender, who did
    // not fail (hMailServer's notice, pasted without headers).
    QTest::newRow("transcript names the envelope sender")
        << QByteArray("Your message did not reach some or all of the intended recipients.\n\n"
                      "The following recipient(s) could not be reached:\n\n"
                      "user@example.org\n"
                      "   Error Type: SMTP\n"
                      "   Remote server (192.0.2.10) issued an error.\n"
                      "   hMailServer sent: MAIL FROM:<sender@example.com>\n"
                      "   Remote server replied: 550 5.7.1 Relaying denied\n")
        << QStringList { QStringLiteral("user@example.org") } << QStringList { QStringLiteral("5.7.1") }
        << QString();
    // Exim's reject log line: F=<...> is the sender, RCPT <...> the recipient.
    QTest::newRow("exim log line") << QByteArray(
        "2026-12-07 10:00:00 H=mail.example.com [192.0.2.10] F=<sender@example.com> "
        "rejected RCPT <user@example.org>: relay not permitted\n")
                                   << QStringList { QStringLiteral("user@example.org") }
                                   << QStringList { QString() } << QString();
}

void TestBounceParser::humanText()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, addresses);
    QFETCH(QStringList, statuses);
    QFETCH(QString, command);
    const Bounce b = BounceParser::parse(input);
    QStringList gotAddresses;
    QStringList gotStatuses;
    for (const BounceRecipient &r : b.recipients) {
        gotAddresses.append(r.address);
        gotStatuses.append(r.status);
    }
    QCOMPARE(gotAddresses, addresses);
    QCOMPARE(gotStatuses, statuses);
    if (!command.isEmpty())
        QCOMPARE(b.recipients.first().command, command);
}

void TestBounceParser::charsets_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    const auto message
        = [](const QByteArray &charset, const QByteArray &cte, const QByteArray &body) -> QByteArray {
        return QByteArray("From: MAILER-DAEMON@mx.example.org\nTo: a@example.com\nSubject: Undeliverable\n"
                          "MIME-Version: 1.0\nContent-Type: text/plain; charset=")
            + charset + "\nContent-Transfer-Encoding: " + cte + "\n\n" + body + "\n";
    };
    // "Ящик переполнен" (mailbox is full) in several encodings.
    QTest::newRow("koi8-r 8bit") << message(
        "koi8-r", "8bit", QByteArray::fromHex("f1ddc9cb20d0c5d2c5d0cfcccec5ce"))
                                 << QStringLiteral("Ящик переполнен");
    QTest::newRow("windows-1251 qp") << message(
        "windows-1251", "quoted-printable", "=DF=F9=E8=EA =EF=E5=F0=E5=EF=EE=EB=ED=E5=ED")
                                     << QStringLiteral("Ящик переполнен");
    QTest::newRow("utf-8 base64") << message(
        "utf-8", "base64", QStringLiteral("Ящик переполнен").toUtf8().toBase64())
                                  << QStringLiteral("Ящик переполнен");
    // ISO-2022-JP: "宛先不明" (unknown recipient)
    QTest::newRow("iso-2022-jp") << message(
        "iso-2022-jp", "7bit", QByteArray::fromHex("1b24423038406849544c401b2842"))
                                 << QStringLiteral("宛先不明");
    QTest::newRow("utf-7") << message("utf-7", "7bit", "+BC8ESQQ4BDo-") << QStringLiteral("Ящик");
    // Declared as us-ascii but sent as windows-1251: guessed, not shown as '?'.
    QTest::newRow("mislabelled 8bit cyrillic")
        << message("us-ascii", "8bit", QByteArray::fromHex("dff9e8ea20efe5f0e5efeeebede5ed"))
        << QStringLiteral("Ящик переполнен");
    QTest::newRow("unlabelled koi8-r")
        << message("\"\"", "8bit", QByteArray::fromHex("f1ddc9cb20d0c5d2c5d0cfcccec5ce"))
        << QStringLiteral("Ящик переполнен");
    QTest::newRow("unlabelled latin-1")
        << message("us-ascii", "8bit", "Empf\xe4nger unbekannt") << QStringLiteral("Empfänger unbekannt");
}

void TestBounceParser::charsets()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const Bounce b = BounceParser::parse(input);
    QVERIFY2(b.humanText.contains(expected), qPrintable(b.humanText));
}

void TestBounceParser::replyCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::newRow("plain") << QStringLiteral("550 5.1.1 User unknown") << 550;
    QTest::newRow("multi-line") << QStringLiteral("550-5.7.26 This message") << 550;
    QTest::newRow("after said") << QStringLiteral("host x[192.0.2.1] said: 452 4.2.2 full") << 452;
    QTest::newRow("outlook") << QStringLiteral("Server Error: 550, Error Number: 0x800CCC79") << 550;
    QTest::newRow("not an ip part") << QStringLiteral("from 192.0.2.250 said: 421 busy") << 421;
    QTest::newRow("no code") << QStringLiteral("Mailbox unavailable") << 0;
    QTest::newRow("a year is no code") << QStringLiteral("Since 2024 we refuse") << 0;
}

void TestBounceParser::replyCodes()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QCOMPARE(SmtpStatus::findReplyCode(text).value_or(0), code);
}

void TestBounceParser::enhancedStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::newRow("plain") << QStringLiteral("550 5.1.1 User unknown") << QStringLiteral("5.1.1");
    QTest::newRow("three digit detail")
        << QStringLiteral("550 5.7.606 Access denied") << QStringLiteral("5.7.606");
    QTest::newRow("prefers specific")
        << QStringLiteral("5.0.0 error: 5.2.2 over quota") << QStringLiteral("5.2.2");
    QTest::newRow("only vague") << QStringLiteral("554 5.0.0 Service unavailable") << QStringLiteral("5.0.0");
    QTest::newRow("not a version") << QStringLiteral("Exim 4.92.3 says no") << QString();
    QTest::newRow("not v-version") << QStringLiteral("Postfix v2.1.5") << QString();
    QTest::newRow("not an ip") << QStringLiteral("[192.0.2.5]") << QString();
}

void TestBounceParser::enhancedStatus()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    QCOMPARE(SmtpStatus::findEnhancedStatus(text), status);
}

void TestBounceParser::statusMeaning()
{
    QCOMPARE(SmtpStatus::className(QStringLiteral("5.2.2")), QStringLiteral("Permanent failure"));
    QCOMPARE(SmtpStatus::subjectName(QStringLiteral("5.2.2")), QStringLiteral("Mailbox status"));
    QCOMPARE(SmtpStatus::detailName(QStringLiteral("5.2.2")), QStringLiteral("Mailbox full"));
    QCOMPARE(SmtpStatus::reasonForStatus(QStringLiteral("5.1.1")), QStringLiteral("userunknown"));
    QCOMPARE(SmtpStatus::reasonForStatus(QStringLiteral("4.7.1")), QStringLiteral("blocked"));
    QCOMPARE(SmtpStatus::reasonForStatus(QStringLiteral("2.0.0")), QStringLiteral("delivered"));
    QVERIFY(SmtpStatus::reasonForStatus(QStringLiteral("5.0.0")).isEmpty());
}

void TestBounceParser::corpusDsnRecipients()
{
    // A real Postfix DSN from the shared corpus: one recipient, 5.1.1.
    QFile f(Test::sharedDir() + QStringLiteral("/corpus/sisimai/lhost-postfix-02.eml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Bounce b = BounceParser::parse(f.readAll());
    QCOMPARE(toString(b.kind), QStringLiteral("dsn"));
    QVERIFY(!b.recipients.isEmpty());
    QVERIFY(b.recipients.first().address.contains(QLatin1Char('@')));
    QVERIFY(SmtpStatus::isValidEnhancedStatus(b.recipients.first().status));
}

// The excerpt a PDF prints: a KOI8-R bounce in quoted-printable comes out
// as the Cyrillic a mail program shows, headers decoded too.
void TestBounceParser::readableText()
{
    const QByteArray koi8 = "From: MAILER-DAEMON@mx.example.ru\n"
                            "To: sender@example.com\n"
                            "Subject: =?koi8-r?B?8MnT2M3PIM7FIMTP09TB18zFzs8=?=\n"
                            "MIME-Version: 1.0\n"
                            "Content-Type: text/plain; charset=koi8-r\n"
                            "Content-Transfer-Encoding: quoted-printable\n"
                            "\n"
                            "=F7=C1=DB=C5 =D0=C9=D3=D8=CD=CF =CE=C5 =C4=CF=D3=D4=C1=D7=CC=C5=CE=CF: =D1=\n"
                            "=DD=C9=CB =D0=CF=CC=D5=DE=C1=D4=C5=CC=D1 =D0=C5=D2=C5=D0=CF=CC=CE=C5=CE.\n"
                            "\n"
                            "<ivan@example.ru>: 552 5.2.2 Mailbox full\n";
    const QString text = BounceParser::readableText(koi8);
    QVERIFY2(text.contains(QStringLiteral("Subject: Письмо не доставлено")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Ваше письмо не доставлено: ящик получателя переполнен.")),
        qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("=F7=C1")), qPrintable(text));
    // Not a message: the text itself.
    QCOMPARE(
        BounceParser::readableText("550 5.1.1 User unknown\n"), QStringLiteral("550 5.1.1 User unknown\n"));
}

// RFC 8098: a read receipt names the recipient who got the message, even
// when it also marks itself as an automatic answer (Horde, RFC 3834); it is a
// delivery, never an out-of-office reply or a message that arrived.
void TestBounceParser::readReceipt()
{
    const QByteArray mdn = "From: Recipient <user@example.org>\r\n"
                           "To: Sender <sender@example.com>\r\n"
                           "Subject: Read: Project update\r\n"
                           "Auto-Submitted: auto-replied\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: multipart/report; report-type=disposition-notification; "
                           "boundary=\"b1\"\r\n\r\n"
                           "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                           "The message was displayed to user@example.org.\r\n\r\n"
                           "--b1\r\nContent-Type: message/disposition-notification\r\n\r\n"
                           "Reporting-UA: mail.example.org; Horde Application Framework 5\r\n"
                           "Original-Recipient: rfc822;user@example.org\r\n"
                           "Final-Recipient: rfc822;user@example.org\r\n"
                           "Original-Message-ID: <orig@example.com>\r\n"
                           "Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n"
                           "--b1--\r\n";
    const Bounce bounce = BounceParser::parse(mdn);
    QVERIFY(bounce.dispositionNotification);
    QVERIFY(!bounce.autoReply);
    QCOMPARE(bounce.recipients.size(), 1);
    QCOMPARE(bounce.recipients.first().address, QStringLiteral("user@example.org"));
    QCOMPARE(bounce.recipients.first().action, QStringLiteral("delivered"));
    QVERIFY(bounce.recipients.first().diagnostic.contains(QLatin1String("displayed")));

    const Report report = Diagnoser::diagnoseOffline(QStringLiteral("receipt.eml"), mdn, DiagnoseOptions());
    QCOMPARE(report.reason, QStringLiteral("delivered"));
    QVERIFY(!report.arrived);
    QCOMPARE(report.recipients.size(), 1);
    for (const Finding &finding : report.findings)
        QVERIFY2(finding.status != FindingStatus::Fail, qPrintable(finding.id));
}

QTEST_GUILESS_MAIN(TestBounceParser)
#include "TestBounceParser.moc"
