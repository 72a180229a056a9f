// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce/InputReader.h"
#include "Diagnoser.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace MailMedic;

// Whatever a worried customer drops on the wizard (a 50 MB log, one endless
// line, a binary file, a hand-made MIME monster), the answer is a result or a
// clear message, never a crash. Times are printed, not asserted (see
// tests/bench for the figures that matter).
class TestRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostileInputs_data();
    void hostileInputs();
    void tooLargeIsRefusedClearly();
};

static QByteArray repeated(const QByteArray &line, qsizetype totalBytes)
{
    QByteArray out;
    out.reserve(totalBytes + line.size());
    while (out.size() < totalBytes)
        out += line;
    return out;
}

void TestRobustness::hostileInputs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");

    QTest::newRow("50 MB pasted log")
        << repeated("550 5.1.1 <someone@example.net>: User unknown in virtual table\n", 50 * 1024 * 1024)
        << QStringLiteral("text") << QStringLiteral("userunknown");
    QTest::newRow("1 MB single line") << QByteArray("552 5.2.2 Mailbox full ") + QByteArray(1024 * 1024, 'x')
                                      << QStringLiteral("text") << QStringLiteral("mailboxfull");
    QByteArray binary(1024 * 1024, '\0');
    QRandomGenerator rng(42);
    for (char &c : binary)
        c = char(rng.bounded(256));
    QTest::newRow("binary bytes") << binary << QStringLiteral("text") << QString();
    QTest::newRow("NUL bytes only") << QByteArray(100000, '\0') << QStringLiteral("text")
                                    << QStringLiteral("none");

    QByteArray nested = "From: MAILER-DAEMON@example.org\nSubject: Undeliverable\nMIME-Version: 1.0\n";
    for (int i = 0; i < 300; ++i)
        nested += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\n\n--b"
            + QByteArray::number(i) + "\n";
    nested += "Content-Type: text/plain\n\n550 5.1.1 <x@example.net>: User unknown\n";
    // Deeper than any real bounce: read as far as is sane, then stop.
    QTest::newRow("300 nested multiparts") << nested << QStringLiteral("message") << QString();

    QByteArray huge
        = "From: MAILER-DAEMON@example.org\nTo: a@example.com\nSubject: Undelivered Mail\n"
          "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
          "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
          "Final-Recipient: rfc822; big@example.net\nAction: failed\nStatus: 5.3.4\n"
          "Diagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed limit\n\n"
          "--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n";
    huge += repeated(
        "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx\n", 30 * 1024 * 1024);
    huge += "--b--\n";
    QTest::newRow("30 MB attachment after the report")
        << huge << QStringLiteral("dsn") << QStringLiteral("mesgtoobig");

    QByteArray many = "From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\n\n";
    for (int i = 0; i < 20000; ++i)
        many += "<user" + QByteArray::number(i) + "@example.net>: 550 5.1.1 User unknown\n";
    QTest::newRow("20000 recipients") << many << QStringLiteral("message") << QStringLiteral("userunknown");
}

void TestRobustness::hostileInputs()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QElapsedTimer timer;
    timer.start();
    const Report report = Diagnoser::diagnoseOffline(QStringLiteral("input"), input, DiagnoseOptions());
    qInfo().noquote() << QTest::currentDataTag() << ":" << timer.elapsed() << "ms,"
                      << report.recipients.size() << "recipients";
    QCOMPARE(toString(report.kind), kind);
    if (!reason.isEmpty())
        QCOMPARE(report.reason, reason);
    for (const Recipient &r : report.recipients)
        QVERIFY(r.diagnostic.size() <= 1000); // what is shown stays readable
}

void TestRobustness::tooLargeIsRefusedClearly()
{
    QByteArray big(InputReader::MaxInputBytes + 10, 'a');
    QBuffer buffer(&big);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ReadResult r = InputReader::readDevice(buffer, QStringLiteral("huge.eml"));
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QStringLiteral("huge.eml")));
    QVERIFY(r.error.contains(QStringLiteral("MB")));
    QVERIFY(r.data.isEmpty());
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "TestRobustness.moc"
