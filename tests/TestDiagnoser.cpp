// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnoser.h"
#include "rules/RuleSet.h"

#include <QTest>

using namespace MailMedic;

// The same server words mean different things depending on where in the SMTP
// dialogue they came and whether the bounce is final: what the person is told
// to fix follows from that.
class TestDiagnoser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reasonInContext_data();
    void reasonInContext();
    void retriedOrFinal_data();
    void retriedOrFinal();
    void codeOnlyRules_data();
    void codeOnlyRules();
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
    QTest::newRow("policy status with user-unknown words")
        << report("failed", "5.7.1", "550 5.7.1 User unknown") << QStringLiteral("filtered");
    QTest::newRow("policy status, refused at RCPT (SMTP:RCPT)") << report("failed", "5.7.1",
        "550 5.7.1 User unknown", "Technical details: SMTP:RCPT host 192.0.2.8: 550 5.7.1 User unknown")
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

QTEST_GUILESS_MAIN(TestDiagnoser)
#include "TestDiagnoser.moc"
