// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnoser.h"
#include "report/JsonWriter.h"
#include "report/ReportText.h"
#include "rules/RuleSet.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace MailMedic;

// The same server words mean different things depending on where in the SMTP
// dialogue they came and whether the bounce is final: what the person is told
// to fix follows from that.
class TestDiagnoser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pastedNoticeWithUnknownReason_data();
    void pastedNoticeWithUnknownReason();
    void reasonInContext_data();
    void reasonInContext();
    void retriedOrFinal_data();
    void retriedOrFinal();
    void codeOnlyRules_data();
    void codeOnlyRules();
    void permanence_data();
    void permanence();
    void vagueStatusNeverOverrulesWords_data();
    void vagueStatusNeverOverrulesWords();
    void recipientAddress_data();
    void recipientAddress();
    void sendingIpForPtrCheck();
    void headlineBelongsToTheBounce();
    void delayIsNotGivenUp();
    void receiptIsNoFailure();
    void subjectSaysWhyWhenNothingElseDoes();
    void closingReplyIsNoDelivery();
    void quotedSuccessIsNoDelivery();
    void wordsOfTenLanguages_data();
    void wordsOfTenLanguages();
    void responseCodes_data();
    void responseCodes();
};

// A Postfix-style delivery report for one recipient.
static QByteArray report(const QByteArray &action, const QByteArray &status, const QByteArray &diagnostic,
    const QByteArray &humanText = QByteArray())
{
    QByteArray m = "From: MAILER-DAEMON@mx.example.org\r\n"
                   "To: sender@example.com\r\n"
                   "Subject: Undelivered Mail Returned to Sender\r\n"
                   "MIME-Version: 1.0\r\n"
                   "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n"
                   "\r\n--b1\r\nContent-Type: text/plain\r\n\r\n"
        + (humanText.isEmpty() ? QByteArray("I'm sorry to have to inform you...") : humanText)
        + "\r\n--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
          "Reporting-MTA: dns; mx.example.org\r\n\r\n"
          "Final-Recipient: rfc822; someone@example.net\r\n";
    if (!action.isEmpty())
        m += "Action: " + action + "\r\n";
    m += "Status: " + status + "\r\nDiagnostic-Code: smtp; " + diagnostic + "\r\n--b1--\r\n";
    return m;
}

void TestDiagnoser::reasonInContext_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");

    const QByteArray said = "<someone@example.net>: host mx.example.net[192.0.2.7] said: ";
    // "No such user" is about the address only when the server said so when
    // asked about the address (RCPT TO) or with X.1.1.
    QTest::newRow("user unknown at RCPT")
        << said + "550 User unknown (in reply to RCPT TO command)" << QStringLiteral("userunknown");
    QTest::newRow("user unknown after the whole message")
        << said + "550 User unknown (in reply to end of DATA command)" << QStringLiteral("filtered");
    QTest::newRow("X.1.1 after the whole message")
        << said + "550 5.1.1 User unknown (in reply to end of DATA command)" << QStringLiteral("userunknown");
    QTest::newRow("user unknown refusing the sender")
        << said + "553 User unknown (in reply to MAIL FROM command)" << QStringLiteral("rejected");
    // A vague status never overrules the words (#12, RULES.md): the user is unknown.
    QTest::newRow("policy status with user-unknown words")
        << report("failed", "5.7.1", "550 5.7.1 User unknown") << QStringLiteral("userunknown");
    QTest::newRow("policy status, refused at RCPT (SMTP:RCPT)") << report("failed", "5.7.1",
        "550 5.7.1 User unknown", "Technical details: SMTP:RCPT host 192.0.2.8: 550 5.7.1 User unknown")
                                                                << QStringLiteral("userunknown");
    // Postfix's refusal of a recipient names the stage in its words.
    QTest::newRow("policy status, Postfix's recipient refusal") << report(
        "failed", "5.7.1", "554 5.7.1 <someone@example.net>: Recipient address rejected: No such user")
                                                                << QStringLiteral("userunknown");
    QTest::newRow("addressing status with user-unknown words")
        << report("failed", "5.0.0", "550 User unknown") << QStringLiteral("userunknown");

    // A timeout is retried; a final bounce for one means the retries ran out.
    QTest::newRow("timeout, final report")
        << report("failed", "4.0.0", "426 connection timed out") << QStringLiteral("expired");
    QTest::newRow("timeout, still being retried")
        << report("delayed", "4.0.0", "426 connection timed out") << QStringLiteral("networkerror");
    QTest::newRow("timeout, pasted line")
        << QByteArray("Connection timed out") << QStringLiteral("networkerror");
    QTest::newRow("refused, final report")
        << report("failed", "5.0.0", "Connection refused") << QStringLiteral("networkerror");

    // "Connection refused" from the network is a connection that failed; the
    // same words in a server's own reply are the server refusing the sender.
    QTest::newRow("refused by the network")
        << QByteArray("<someone@example.net>: connect to mx.example.net[192.0.2.7]:25: Connection refused")
        << QStringLiteral("networkerror");
    QTest::newRow("refused in the server's reply")
        << said + "554 5.7.1 Connection refused (in reply to MAIL FROM command)" << QStringLiteral("blocked");
    QTest::newRow("refused in the server's greeting")
        << QByteArray("554 Connection refused") << QStringLiteral("blocked");

    // A bare 421 says only "not now"; the MTA's words around it say why.
    QTest::newRow("421 at the greeting")
        << QByteArray("<someone@example.net>: host mx.example.net[192.0.2.7] refused to talk to me: "
                      "421 Service not available, closing transmission channel")
        << QStringLiteral("blocked");
    QTest::newRow("421 alone") << QByteArray("421 Service not available, closing transmission channel")
                               << QStringLiteral("networkerror");
}

void TestDiagnoser::reasonInContext()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);

    const Report r = Diagnoser::diagnoseOffline(QStringLiteral("x"), input, DiagnoseOptions());
    QVERIFY(!r.recipients.isEmpty());
    QCOMPARE(r.recipients.first().reason, reason);
    // Whatever the context made of it, the person gets an explanation with steps.
    QVERIFY(!r.findings.isEmpty());
    QVERIFY(!r.findings.first().fixes.isEmpty());
}

void TestDiagnoser::retriedOrFinal_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("final");

    // "Action: failed" ends it even when the last attempt got a 4.x answer.
    QTest::newRow("given up after a timeout") << report("failed", "4.4.1", "Connection timed out") << true;
    QTest::newRow("given up on a busy server")
        << report("failed", "4.0.0", "450 4.0.0 Temporary failure, try again later") << true;
    QTest::newRow("still being retried") << report("delayed", "4.4.1", "Connection timed out") << false;
    QTest::newRow("pasted 4.x answer") << QByteArray("450 4.0.0 Temporary failure, try again later") << false;
}

void TestDiagnoser::retriedOrFinal()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, final);

    const Report r = Diagnoser::diagnoseOffline(QStringLiteral("x"), input, DiagnoseOptions());
    QVERIFY(!r.findings.isEmpty());
    const Finding &f = r.findings.first();
    QCOMPARE(toString(f.status), toString(final ? FindingStatus::Fail : FindingStatus::Warn));
    QStringList fixes;
    for (const Fix &fix : f.fixes)
        fixes << fix.id;
    // "Nothing to do yet, it is retried" would be wrong advice once it is not.
    QCOMPARE(fixes.contains(QStringLiteral("wait-for-retry")), !final);
    QVERIFY2(!fixes.isEmpty(), "a finding without anything to do");
}

// A pasted notice that says a delivery failed, about an address, for a reason
// no rule knows: a bounce whose reason is not known, never "not a bounce".
// Text that says nothing of a delivery stays "not a bounce".
void TestDiagnoser::pastedNoticeWithUnknownReason_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("address");

    QTest::newRow("exim notice") << QByteArray(
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        "  someone@example.net\n    frobnicated beyond repair\n")
                                 << QStringLiteral("undefined") << QStringLiteral("someone@example.net");
    QTest::newRow("exchange notice") << QByteArray(
        "Delivery has failed to these recipients or groups:\n\nsomeone@example.net\nfrobnicated beyond "
        "repair\n") << QStringLiteral("undefined")
                                     << QStringLiteral("someone@example.net");
    // Exchange Online writes its notices from a MicrosoftExchange… address;
    // in Russian only the subject says what the message is.
    QTest::newRow("exchange notice, russian subject")
        << QByteArray(
               "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>\n"
               "To: sender@example.org\nSubject: \xd0\x9d\xd0\xb5 "
               "\xd1\x83\xd0\xb4\xd0\xb0\xd0\xb5\xd1\x82\xd1\x81\xd1\x8f "
               "\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd1\x8c: test\n"
               "Content-Type: text/plain; charset=utf-8\n\nsomeone@example.net\nfrobnicated beyond repair\n")
        << QStringLiteral("undefined") << QStringLiteral("someone@example.net");
    QTest::newRow("a note, not a notice")
        << QByteArray("Hi, can you forward this to someone@example.net? Thanks.\n") << QStringLiteral("none")
        << QString();
}

void TestDiagnoser::pastedNoticeWithUnknownReason()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    QFETCH(QString, address);

    const Report r = Diagnoser::diagnoseOffline(QStringLiteral("x"), input, DiagnoseOptions());
    QCOMPARE(r.reason, reason);
    if (address.isEmpty()) {
        QVERIFY(r.recipients.isEmpty());
        return;
    }
    QCOMPARE(r.recipients.size(), 1);
    QCOMPARE(r.recipients.first().address, address);
    QCOMPARE(r.recipients.first().action, QStringLiteral("failed"));
    // The person is told MailMedic does not know why, with the server's words.
    QVERIFY(!r.findings.isEmpty());
    QCOMPARE(r.findings.first().id, Diagnoser::unrecognisedFindingId());
}

void TestDiagnoser::codeOnlyRules_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("codeOnly");

    QTest::newRow("bare 421") << QStringLiteral("generic-reply-421") << true;
    QTest::newRow("bare 451") << QStringLiteral("generic-reply-451") << true;
    QTest::newRow("words") << QStringLiteral("generic-user-unknown") << false;
    QTest::newRow("status codes and words") << QStringLiteral("generic-system-full") << false;
}

void TestDiagnoser::codeOnlyRules()
{
    QFETCH(QString, id);
    QFETCH(bool, codeOnly);

    const Rule *rule = RuleSet::builtin().rule(id);
    QVERIFY2(rule, qPrintable(id));
    QCOMPARE(rule->codeOnly, codeOnly);
}

void TestDiagnoser::permanence_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("actionInferred");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("statusInferred");

    QTest::newRow("report states both")
        << report("failed", "5.2.2", "552 5.2.2 Mailbox full") << QStringLiteral("mailboxfull")
        << QStringLiteral("failed") << false << QStringLiteral("5.2.2") << false;
    QTest::newRow("pasted permanent reply")
        << QByteArray("550 5.1.1 <someone@example.net>: Recipient address rejected: User unknown")
        << QStringLiteral("userunknown") << QStringLiteral("failed") << true << QStringLiteral("5.1.1")
        << false;
    QTest::newRow("pasted temporary reply")
        << QByteArray("450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please "
                      "resend your message at a later time.")
        << QStringLiteral("speeding") << QStringLiteral("delayed") << true << QStringLiteral("4.2.1")
        << false;
    // Exim's delay warning (its spec, "Delay warning messages"): no report,
    // a 4xx answer, and words that say it is still being tried.
    QTest::newRow("exim delay warning") << QByteArray(
        "From: Mail Delivery System <Mailer-Daemon@mail.example.org>\n"
        "To: sender@example.com\nSubject: Warning: message 1abcDE-000123-XY delayed 24 hours\n\n"
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on mail.example.org.\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        "  someone@example.net\n"
        "    Delay reason: SMTP error from remote mail server after RCPT TO:<someone@example.net>:\n"
        "    451 Temporary local problem - please try later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n")
                                        << QStringLiteral("systemerror") << QStringLiteral("delayed") << true
                                        << QStringLiteral("4.3.0") << true;
    // qmail-send (qmail-send(8)): the code is in the words, "(#5.1.1)".
    QTest::newRow("qmail gave up") << QByteArray(
        "From: MAILER-DAEMON@mail.example.org\nTo: sender@example.com\nSubject: failure notice\n\n"
        "Hi. This is the qmail-send program at mail.example.org.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<someone@example.net>:\nSorry, no mailbox here by that name. (#5.1.1)\n")
                                   << QStringLiteral("userunknown") << QStringLiteral("failed") << true
                                   << QStringLiteral("5.1.1") << false;
    // Exim's "Unrouteable address" has no code at all: the reason's class.
    QTest::newRow("no code at all") << QByteArray(
        "From: Mail Delivery System <Mailer-Daemon@mail.example.org>\nTo: sender@example.com\n"
        "Subject: Mail delivery failed: returning message to sender\n\n"
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        "  someone@example.invalid\n    Unrouteable address\n")
                                    << QStringLiteral("hostunknown") << QStringLiteral("failed") << true
                                    << QStringLiteral("5.1.2") << true;
    // Exchange's French delay notice: still being tried, whatever the quoted
    // words' reason usually means.
    QTest::newRow("exchange delay notice in french")
        << QByteArray(
               "From: postmaster@example.org\nTo: sender@example.com\nSubject: Remise retard\xc3\xa9"
               "e : test\n"
               "Content-Type: text/plain; charset=utf-8\n\n"
               "La remise est retard\xc3\xa9"
               "e pour ces destinataires ou groupes :\n\nsomeone@example.net\n\n"
               "Ce message n'a pas encore \xc3\xa9t\xc3\xa9 remis. De nouvelles tentatives de remise seront "
               "effectu\xc3\xa9"
               "es.\n\nsomeone@example.net\nUnrouteable address\n")
        << QStringLiteral("onhold") << QStringLiteral("delayed") << true << QStringLiteral("4.0.0") << true;
    // Exchange's Russian failure notice, pasted without its headers: given
    // up, though a refused connection is usually retried.
    QTest::newRow("exchange failure notice in russian") << QByteArray(

        "\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c "
        "\xd0\xb2\xd1\x8b\xd0\xbf\xd0\xbe\xd0\xbb\xd0\xbd\xd0\xb8\xd1\x82\xd1\x8c "
        "\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xba\xd1\x83 "
        "\xd1\x81\xd0\xbb\xd0\xb5\xd0\xb4\xd1\x83\xd1\x8e\xd1\x89\xd0\xb8\xd0\xbc "
        "\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8f\xd0\xbc "
        "\xd0\xb8\xd0\xbb\xd0\xb8 \xd0\xb3\xd1\x80\xd1\x83\xd0\xbf\xd0\xbf\xd0\xb0\xd0\xbc:\n\n"
        "someone@example.net\nConnection refused\n") << QStringLiteral("networkerror")
                                                        << QStringLiteral("failed") << true
                                                        << QStringLiteral("5.4.0") << true;
}

// Whether a failure is final, and its status, are always stated; what the
// bounce did not say is inferred and marked (RULES.md).
void TestDiagnoser::permanence()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    QFETCH(QString, action);
    QFETCH(bool, actionInferred);
    QFETCH(QString, status);
    QFETCH(bool, statusInferred);

    const Report r = Diagnoser::diagnoseOffline(QStringLiteral("x"), input, DiagnoseOptions());
    QCOMPARE(r.recipients.size(), 1);
    const Recipient &got = r.recipients.first();
    QCOMPARE(got.reason, reason);
    QCOMPARE(got.action, action);
    QCOMPARE(got.actionInferred, actionInferred);
    QCOMPARE(got.status, status);
    QCOMPARE(got.statusInferred, statusInferred);
    // People are shown the server's own codes only, never an inferred status.
    QCOMPARE(got.statedCodes().contains(got.status), !statusInferred);
    const QJsonObject json
        = JsonWriter::toJson(r).value(QStringLiteral("recipients")).toArray().first().toObject();
    QCOMPARE(json.value(QStringLiteral("action_inferred")).toBool(), actionInferred);
    QCOMPARE(json.value(QStringLiteral("status_inferred")).toBool(), statusInferred);
    // A delay is a warning while it is retried, a failure once it is not.
    QCOMPARE(toString(r.findings.first().status),
        toString(action == QLatin1String("delayed") ? FindingStatus::Warn : FindingStatus::Fail));
}

void TestDiagnoser::vagueStatusNeverOverrulesWords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("full mailbox with 5.7.1")
        << report("failed", "5.7.1", "554 5.7.1 The recipient mailbox has exceeded its disk space limit")
        << QStringLiteral("mailboxfull");
    QTest::newRow("spam with 5.7.1") << report(
        "failed", "5.7.1", "550 5.7.1 Sorry, our email server thinks this email is spam")
                                     << QStringLiteral("spamdetected");
    QTest::newRow("deactivated mailbox with 5.0.0")
        << report("failed", "5.0.0", "551 <someone@example.net> is a deactivated mailbox")
        << QStringLiteral("suspend");
    QTest::newRow("sending quota is not a full mailbox")
        << QByteArray("451 4.7.1 Hourly sending limit reached for this account")
        << QStringLiteral("speeding");
    QTest::newRow("mailbox size limit is not the message size")
        << QByteArray("552 5.2.2 Mailbox size limit exceeded") << QStringLiteral("mailboxfull");
    QTest::newRow("Gmail 4.2.1 is a rate, not a disabled mailbox") << QByteArray(
        "450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents "
        "additional messages from being delivered.") << QStringLiteral("speeding");
}

// RULES.md: a vague status (X.0.0, X.7.0, X.7.1) never overrules the
// server's words, and no status makes words mean something else.
void TestDiagnoser::vagueStatusNeverOverrulesWords()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);

    const Report r = Diagnoser::diagnoseOffline(QStringLiteral("x"), input, DiagnoseOptions());
    QVERIFY(!r.recipients.isEmpty());
    QCOMPARE(r.recipients.first().reason, reason);
}

void TestDiagnoser::recipientAddress_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("addresses");

    const QByteArray head
        = "From: MAILER-DAEMON@mx.example.org\r\nTo: sender@example.com\r\n"
          "Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
          "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
          "--b1\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n"
          "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
          "Reporting-MTA: dns; mx.example.org\r\n\r\n";
    // RFC 3464 §2.3.1-2: an X.400 or internal store name is not what the
    // sender wrote; Original-Recipient is.
    QTest::newRow("X.400 final recipient") << head
            + "Final-Recipient: x400; /C=NL/ADMD=/PRMD=example/O=mail/S=someone/\r\n"
              "Original-Recipient: rfc822; someone@example.net\r\n"
              "Action: failed\r\nStatus: 5.1.1\r\n--b1--\r\n"
                                           << QStringList { QStringLiteral("someone@example.net") };
    QTest::newRow("messaging server store name") << head
            + "Final-Recipient: rfc822; someone@sims-ms-daemon\r\n"
              "Original-Recipient: rfc822; someone@example.net\r\n"
              "Action: failed\r\nStatus: 5.1.1\r\n--b1--\r\n"
                                                 << QStringList { QStringLiteral("someone@example.net") };
    QTest::newRow("Exchange proxy prefix and quotes")
        << head
            + "Final-Recipient: rfc822; \"SMTP:someone@example.net\"\r\n"
              "Action: failed\r\nStatus: 5.1.1\r\n--b1--\r\n"
        << QStringList { QStringLiteral("someone@example.net") };
    // A list's own addresses handle the bounce; they never failed.
    QTest::newRow("list addresses in the text")
        << QByteArray("From: MAILER-DAEMON@mx.example.org\nTo: announce-bounces@lists.example.org\n"
                      "Subject: Undelivered Mail Returned to Sender\n\n"
                      "<someone@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 User unknown\n"
                      "(in reply to RCPT TO command)\n\n"
                      "List-Unsubscribe: <mailto:announce-request@lists.example.org>\n"
                      "Questions: write to announce-owner@lists.example.org\n")
        << QStringList { QStringLiteral("someone@example.net") };
    // The quoted original's headers, continuation lines included, name the
    // people the message was for, not the ones it failed for.
    QTest::newRow("quoted header continued over lines") << QByteArray(
        "From: Mail Delivery Subsystem <mailer-daemon@mail.example.org>\n"
        "Subject: Delivery Status Notification (Failure)\n\n"
        "Delivery to the following recipient failed permanently:\n\n"
        "     someone@example.net\n\n"
        "Technical details of permanent failure:\n"
        "550 5.1.1 The email account that you tried to reach does not exist.\n\n"
        "   ----- Message header follows -----\n\n"
        "Received: by 192.0.2.1 with SMTP id a8cs69023anf;\n"
        "        Thu, 8 May 2008 23:33:43 -0700 (PDT)\n"
        "From: sender@example.com\n"
        "To: \"<someone@example.net>\" <someone@example.net>,\n"
        "\t\"<other@example.net>\" <other@example.net>,\n"
        "        third@example.net\n"
        "Subject: hello\n\n"
        "   ----- Message body suppressed -----\n") << QStringList { QStringLiteral("someone@example.net") };
    // Several addresses on one line say nothing between them: the words
    // before the list are their explanation.
    QTest::newRow("addresses listed on one line")
        << QByteArray("Kan bericht niet versturen: de volgende adressen zijn ongeldig\n"
                      "one@example.net, two@example.net\n")
        << QStringList { QStringLiteral("one@example.net"), QStringLiteral("two@example.net") };
}

void TestDiagnoser::recipientAddress()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, addresses);

    const Report r = Diagnoser::diagnoseOffline(QStringLiteral("x"), input, DiagnoseOptions());
    QStringList got;
    for (const Recipient &recipient : r.recipients)
        got << recipient.address;
    QCOMPARE(got, addresses);
    for (const Recipient &recipient : r.recipients)
        QVERIFY2(recipient.reason != QLatin1String("undefined"), qPrintable(recipient.address));
}

// Gmail's PTR refusal names the sending address right after its status; it
// is the address the PTR and forward-confirmed checks must look at, and the
// receiving host's own address is not.
void TestDiagnoser::sendingIpForPtrCheck()
{
    const QByteArray bounce
        = "<someone@gmail.example>: host gmail-smtp-in.l.google.example[198.51.100.27] said:\n"
          "    550-5.7.25 [192.0.2.10] The IP address sending this message does not have a\n"
          "    550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\n"
          "    550 5.7.25 point to the sending IP. - gsmtp (in reply to end of DATA command)\n";
    const Report r = Diagnoser::diagnoseOffline(QStringLiteral("x"), bounce, DiagnoseOptions());
    QCOMPARE(r.recipients.first().reason, QStringLiteral("requireptr"));
    QCOMPARE(r.sendingIps, QStringList { QStringLiteral("192.0.2.10") });
    QVERIFY(r.wantedChecks.contains(QStringLiteral("ptr")));
}

// The summary's reason is the bounce's own; a live check that failed (the
// recipient's domain does not resolve) supports it but never heads it, and a
// delay stays a delay.
void TestDiagnoser::headlineBelongsToTheBounce()
{
    Report r = Diagnoser::diagnoseOffline(QStringLiteral("x"),
        report("delayed", "4.2.2", "452 4.2.2 Mailbox full (over quota)",
            "This is a warning message only. Delivery attempts will continue."),
        DiagnoseOptions());
    QVERIFY(!r.findings.isEmpty());
    const QString bounceReason = r.findings.first().title;
    Finding dns;
    dns.id = QStringLiteral("mx-nxdomain");
    dns.status = FindingStatus::Fail;
    dns.title = QStringLiteral("The domain example.net does not exist");
    r.findings << dns;
    const QString summary = ReportText::summary(r, ReportText::Mode::Bounce);
    QVERIFY2(summary.contains(bounceReason), qPrintable(summary));
    QVERIFY2(!summary.contains(dns.title), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("has not been delivered yet")), qPrintable(summary));
}

// A read receipt or success report that a rule recognises is news, not a
// failure: its finding is information and the summary says it was delivered.
void TestDiagnoser::receiptIsNoFailure()
{
    const QByteArray receipt
        = "Subject: Return Receipt (displayed) - Project update\n\n"
          "This is a Return Receipt for the mail that you sent to user@example.org.\n\n"
          "Note: This Return Receipt only acknowledges that the message was displayed on "
          "the recipient's computer. There is no guarantee that the recipient has read or "
          "understood the message contents.\n";
    const Report report = Diagnoser::diagnoseOffline(QStringLiteral("receipt"), receipt, DiagnoseOptions());
    QCOMPARE(report.reason, QStringLiteral("delivered"));
    QVERIFY(!report.findings.isEmpty());
    for (const Finding &finding : report.findings)
        QCOMPARE(toString(finding.status), toString(FindingStatus::Info));
    QVERIFY2(ReportText::summary(report, ReportText::Mode::Bounce).contains(QLatin1String("delivered")),
        qPrintable(ReportText::summary(report, ReportText::Mode::Bounce)));
}

// IMAP's and POP3's standard response codes (RFC 5530, RFC 3206, RFC 2449,
// RFC 4469) say what failed whatever words a server puts after them: these
// are our own phrasings, no server's.
void TestDiagnoser::responseCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("IMAP UNAVAILABLE")
        << QStringLiteral("a1 NO [UNAVAILABLE] Storage node for this user is offline") << "systemerror";
    QTest::newRow("POP3 SYS/TEMP") << QStringLiteral("-ERR [SYS/TEMP] Please come back in a minute")
                                   << "systemerror";
    QTest::newRow("POP3 SYS/PERM") << QStringLiteral("-ERR [SYS/PERM] Maildrop cannot be opened")
                                   << "systemerror";
    QTest::newRow("IMAP AUTHORIZATIONFAILED")
        << QStringLiteral("a1 NO [AUTHORIZATIONFAILED] Not allowed to open shared@example.org")
        << "securityerror";
    QTest::newRow("IMAP INUSE") << QStringLiteral("a3 NO [INUSE] Held by another session") << "toomanyconn";
    QTest::newRow("POP3 LOGIN-DELAY") << QStringLiteral("-ERR [LOGIN-DELAY] Slow down") << "toomanyconn";
    QTest::newRow("IMAP TOOBIG") << QStringLiteral("a7 NO [TOOBIG] Will not store that") << "mesgtoobig";
    // A word in brackets that is no response code is not read as one.
    QTest::newRow("not a code") << QStringLiteral("[UNAVAILABLE-SOON] newsletter") << "none";
}

void TestDiagnoser::responseCodes()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const Report r = Diagnoser::diagnoseOffline(QStringLiteral("pasted"), text.toUtf8(), DiagnoseOptions());
    QCOMPARE(r.reason, reason);
}

QTEST_GUILESS_MAIN(TestDiagnoser)
#include "TestDiagnoser.moc"

// A delay notice whose words also appear in "retries ran out" bounces
// ("Connection timed out"): the title says it is still being tried, and
// only the final failure says it was given up.
void TestDiagnoser::delayIsNotGivenUp()
{
    const QString words = QStringLiteral("connect to mx.example.net[192.0.2.7]:25: Connection timed out");
    const Report delayed = Diagnoser::diagnoseOffline(QStringLiteral("delayed"),
        report("delayed", "4.4.1", words.toUtf8().constData(), "Delivery attempts will continue."),
        DiagnoseOptions());
    const Report final = Diagnoser::diagnoseOffline(QStringLiteral("final"),
        report("failed", "5.4.7", words.toUtf8().constData(), "Giving up on 192.0.2.7."), DiagnoseOptions());
    QVERIFY(!delayed.findings.isEmpty() && !final.findings.isEmpty());
    QCOMPARE(toString(delayed.findings.first().status), toString(FindingStatus::Warn));
    QVERIFY2(delayed.findings.first().title.contains(QLatin1String("Not delivered yet")),
        qPrintable(delayed.findings.first().title));
    QVERIFY2(!delayed.findings.first().title.contains(QLatin1String("given up")),
        qPrintable(delayed.findings.first().title));
    QVERIFY2(!delayed.findings.first().explanation.contains(QLatin1String("stopped trying")),
        qPrintable(delayed.findings.first().explanation));
    QCOMPARE(toString(final.findings.first().status), toString(FindingStatus::Fail));
    QVERIFY2(final.findings.first().title.contains(QLatin1String("given up")),
        qPrintable(final.findings.first().title));
}

// A notice whose text names the recipient but not the cause, while its
// subject does (amavisd-new's DSN template): the subject explains it. Words
// about the recipient in the text still come first, and a pasted subject line
// alone is read as the notice it comes from.
void TestDiagnoser::subjectSaysWhyWhenNothingElseDoes()
{
    const QByteArray body = "\n\nThe message WAS NOT relayed to:\n  <user@example.org>\n\n"
                            "This nondelivery report was generated by the program amavisd-new at host "
                            "mail.example.org.\n";
    const Report oversized = Diagnoser::diagnoseOffline(
        QStringLiteral("amavis"), "Subject: Undeliverable mail, OVERSIZED message" + body, DiagnoseOptions());
    QCOMPARE(oversized.reason, QStringLiteral("mesgtoobig"));
    QCOMPARE(oversized.recipients.size(), 1);
    QCOMPARE(oversized.recipients.first().address, QStringLiteral("user@example.org"));

    const Report unknown = Diagnoser::diagnoseOffline(QStringLiteral("unknown"),
        "Subject: Undeliverable mail, OVERSIZED message\n\n<user@example.org>: host mx.example.org said: "
        "550 5.1.1 <user@example.org>: Recipient address rejected: User unknown in local recipient table\n",
        DiagnoseOptions());
    QCOMPARE(unknown.reason, QStringLiteral("userunknown"));

    const Report pasted = Diagnoser::diagnoseOffline(QStringLiteral("subject"),
        "Subject: Warning: could not send message for past 4 hours\n", DiagnoseOptions());
    QCOMPARE(pasted.reason, QStringLiteral("networkerror"));
    QCOMPARE(pasted.recipients.size(), 1);
    QVERIFY(pasted.recipients.first().isTemporary());

    // A content filter's notice to the sender names the sender too; the one
    // recipient gets the notice's words, the sender is no recipient.
    const Report virus = Diagnoser::diagnoseOffline(QStringLiteral("virus"),
        "Subject: VIRUS in message apparently from you (Eicar-Signature)\n\nVIRUS ALERT\n\n"
        "Our content checker found\n    virus: Eicar-Signature\n\n"
        "in email presumably from you <sender@example.com>\nto the following recipient:\n-> "
        "user@example.org\n\n"
        "Our internal reference code for your message is 12345-01/AbCdEfGh12Ij\n",
        DiagnoseOptions());
    QCOMPARE(virus.reason, QStringLiteral("virusdetected"));
    QCOMPARE(virus.recipients.size(), 1);
    QCOMPARE(virus.recipients.first().address, QStringLiteral("user@example.org"));

    // A message's headers that travelled are not a notice's subject.
    const Report travelled = Diagnoser::diagnoseOffline(QStringLiteral("headers"),
        "Received: from mx.example.org by mail.example.com; Mon, 7 Dec 2026 04:00:00 +0000\n"
        "From: friend@example.org\nTo: me@example.com\n"
        "Subject: Warning: could not send message for past 4 hours\n",
        DiagnoseOptions());
    QVERIFY(travelled.recipients.isEmpty());
}

// A read receipt that marks itself auto-replied (Horde's, RFC 3834 §5.2) is a
// receipt, not an out-of-office reply; a server saying goodbye with a 2.x.x
// code has delivered nothing.
void TestDiagnoser::closingReplyIsNoDelivery()
{
    const Report receipt = Diagnoser::diagnoseOffline(QStringLiteral("receipt"),
        "Subject: Disposition Notification\nAuto-Submitted: auto-replied\n\n"
        "The message sent on Mon, 7 Dec 2026 10:00:00 +0100 to user@example.org with subject "
        "\"Project update\" has been displayed.\n\n"
        "This is no guarantee that the message has been read or understood.\n",
        DiagnoseOptions());
    QCOMPARE(receipt.reason, QStringLiteral("delivered"));

    const Report goodbye = Diagnoser::diagnoseOffline(
        QStringLiteral("goodbye"), "221 2.7.0 Error: I can break rules, too. Goodbye.\n", DiagnoseOptions());
    QCOMPARE(goodbye.reason, QStringLiteral("syntaxerror"));
    QCOMPARE(goodbye.recipients.size(), 1);
    QVERIFY(!goodbye.recipients.first().isNotice());
}

// A program's error that quotes the server's last, successful answer: the
// words say what failed. "while sending mail" is prose, not the MAIL command,
// so a refused recipient stays an unknown user.
void TestDiagnoser::quotedSuccessIsNoDelivery()
{
    const Report starttls = Diagnoser::diagnoseOffline(QStringLiteral("pear"),
        "authentication failure [SMTP: STARTTLS failed (code: 220, response: 2.0.0 Ready to start TLS)]\n",
        DiagnoseOptions());
    QCOMPARE(starttls.reason, QStringLiteral("failedstarttls"));

    const Report queued = Diagnoser::diagnoseOffline(
        QStringLiteral("queued"), "250 2.0.0 Ok: queued as 4B2C81F2A3\n", DiagnoseOptions());
    QCOMPARE(queued.reason, QStringLiteral("delivered"));

    const Report redmine = Diagnoser::diagnoseOffline(QStringLiteral("redmine"),
        "An error occurred while sending mail (550 5.1.1 <user@example.org>: Recipient address rejected: "
        "User unknown in virtual mailbox table)\n",
        DiagnoseOptions());
    QCOMPARE(redmine.reason, QStringLiteral("userunknown"));
}

// The broad word rules (platform.json, ndr-languages.json, libraries.json)
// read a cause in sentences no catalogue holds verbatim: these are our own
// phrasings, as another program or notice might word them. What a server or
// program states in its own known sentence still decides (the reference rows).
void TestDiagnoser::wordsOfTenLanguages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("de mailbox full") << QStringLiteral("Das Postfach von user@example.org ist voll.")
                                     << "mailboxfull";
    QTest::newRow("nl mailbox full") << QStringLiteral("De mailbox van user@example.org is vol.")
                                     << "mailboxfull";
    QTest::newRow("ru mailbox full") << QStringLiteral("Почтовый ящик user@example.org переполнен.")
                                     << "mailboxfull";
    QTest::newRow("pl mailbox full") << QStringLiteral("Skrzynka odbiorcy user@example.org jest pełna.")
                                     << "mailboxfull";
    QTest::newRow("nl too big") << QStringLiteral("Het bericht aan user@example.org is te groot.")
                                << "mesgtoobig";
    QTest::newRow("ru too big") << QStringLiteral("Письмо слишком большое для сервера получателя.")
                                << "mesgtoobig";
    QTest::newRow("nl unknown") << QStringLiteral("Het e-mailadres user@example.org bestaat niet.")
                                << "userunknown";
    QTest::newRow("fr unknown") << QStringLiteral("Le destinataire user@example.org est inconnu.")
                                << "userunknown";
    QTest::newRow("ru unknown") << QStringLiteral("Получатель user@example.org не существует.")
                                << "userunknown";
    QTest::newRow("ja unknown") << QStringLiteral("宛先 user@example.org は存在しません。") << "userunknown";
    // A server's address that cannot be found is no unknown recipient.
    QTest::newRow("ru server address")
        << QStringLiteral("Адрес сервера smtp.example.org не найден.") << "none";
    QTest::newRow("de login") << QStringLiteral("Anmeldung am Server fehlgeschlagen.") << "securityerror";
    QTest::newRow("nl login") << QStringLiteral("Authenticatie mislukt voor smtp.example.org.")
                              << "securityerror";
    QTest::newRow("ru certificate") << QStringLiteral("Сертификат сервера smtp.example.org просрочен.")
                                    << "securityerror";
    QTest::newRow("de starttls") << QStringLiteral("Der Server smtp.example.org unterstützt kein STARTTLS.")
                                 << "failedstarttls";
    QTest::newRow("it could not send")
        << QStringLiteral("Impossibile inviare l'email di conferma.") << "mailererror";
    QTest::newRow("pt could not send")
        << QStringLiteral("Não foi possível enviar o e-mail de teste.") << "mailererror";
    // Sendmail's delay warning is its own rule's, not a program's send failure.
    QTest::newRow("en delay warning")
        << QStringLiteral("Warning: could not send message for past 4 hours") << "networkerror";
}

void TestDiagnoser::wordsOfTenLanguages()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const Report r = Diagnoser::diagnoseOffline(QStringLiteral("pasted"), text.toUtf8(), DiagnoseOptions());
    QCOMPARE(r.reason, reason);
}
