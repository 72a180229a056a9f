// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce/InputReader.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

using namespace MailMedic;

// What kind of input the user gave decides how it is read: a full delivery
// report, a returned message, or a snippet pasted from a mail program.
class TestInputKind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detect_data();
    void detect();
    void corpusFiles_data();
    void corpusFiles();
};

void TestInputKind::detect_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("kind");

    QTest::newRow("nothing") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("white space") << QByteArray(" \r\n\t\n") << QStringLiteral("empty");
    QTest::newRow("pasted reply") << QByteArray("550 5.1.1 <someone@example.com>: Recipient address rejected")
                                  << QStringLiteral("text");
    QTest::newRow("outlook dialog") << QByteArray(
        "The message could not be sent. Server Error: 550, Error Number: 0x800CCC79")
                                    << QStringLiteral("text");
    QTest::newRow("plain message") << QByteArray(
        "From: a@example.com\nTo: b@example.org\nSubject: hi\n\nbody\n")
                                   << QStringLiteral("message");
    const QByteArray dsn = "From: MAILER-DAEMON@example.org\r\n"
                           "To: a@example.com\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n"
                           "\r\n--b1\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n"
                           "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
                           "Reporting-MTA: dns; mx.example.org\r\n\r\n"
                           "Final-Recipient: rfc822; b@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                           "--b1--\r\n";
    QTest::newRow("dsn crlf") << dsn << QStringLiteral("dsn");
    QByteArray dsnLf = dsn;
    dsnLf.replace("\r\n", "\n");
    QTest::newRow("dsn lf") << dsnLf << QStringLiteral("dsn");
    QByteArray dsnCr = dsn;
    dsnCr.replace("\r\n", "\r");
    QTest::newRow("dsn cr only") << dsnCr << QStringLiteral("dsn");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe garbage", 15) << QStringLiteral("text");
}

void TestInputKind::detect()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, kind);
    QCOMPARE(toString(InputReader::detectKind(input)), kind);
}

void TestInputKind::corpusFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    // A Postfix DSN and an ARF report from the shared corpus of real bounces.
    QTest::newRow("postfix dsn") << QStringLiteral("lhost-postfix-02.eml") << QStringLiteral("dsn");
    QTest::newRow("arf feedback") << QStringLiteral("arf-01.eml") << QStringLiteral("message");
}

void TestInputKind::corpusFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    const ReadResult r = InputReader::readFile(Test::sharedDir() + QStringLiteral("/corpus/sisimai/") + file);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(toString(InputReader::detectKind(r.data)), kind);
}

QTEST_GUILESS_MAIN(TestInputKind)
#include "TestInputKind.moc"
