// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeTestSupport.h"
#include "RealMailServers.h"
#include "servers/ServerAdvice.h"
#include "servers/ServerProbe.h"

#include <QSslCertificate>
#include <QTest>

using namespace MailMedic;

// The probes against servers nobody here wrote: Debian's Postfix (submission
// with Dovecot SASL and smtpd_tls_auth_only, 465 in wrapper mode, an MX that
// refuses relaying) and Dovecot (IMAPS, POP3S), as a hosting provider runs
// them. What the probes report must be what these servers do.
class TestRealServers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void submissionAuthOnlyAfterTls();
    void loginRightAndWrong_data();
    void loginRightAndWrong();
    void implicitTls465();
    void mxRefusesRelaying();
    void mailboxServers_data();
    void mailboxServers();
    void settingsToTypeIn();

private:
    ServerProbeResult probe(const QString &url, quint16 port, const QString &user = QString(),
        const QString &password = QString());

    Test::RealMailServers m_servers;
};

void TestRealServers::initTestCase()
{
    const QString why = Test::RealMailServers::unavailableBecause();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QString error;
    QVERIFY2(m_servers.start(&error), qPrintable(error));
}

ServerProbeResult TestRealServers::probe(
    const QString &url, quint16 port, const QString &user, const QString &password)
{
    ServerProbeOptions o;
    o.connectHost = QStringLiteral("127.0.0.1");
    o.connectPort = port;
    o.caCertificates = QSslCertificate::fromPath(m_servers.caCertificatePath());
    o.stepTimeoutMs = 10000;
    if (url.startsWith(QLatin1String("mx://"))) {
        o.relayFrom = QStringLiteral("mailmedic-relay-check@example.org");
        o.relayTo = QStringLiteral("mailmedic-relay-check@example.net");
    }
    return Test::runProbe(url, o, user, password);
}

// smtpd_tls_auth_only: AUTH appears only after STARTTLS, and the probe
// reads the EHLO that counts.
void TestRealServers::submissionAuthOnlyAfterTls()
{
    const ServerProbeResult r = probe(QStringLiteral("smtp://mail.example.test"), m_servers.submissionPort());
    QVERIFY2(r.banner.contains(QLatin1String("ESMTP Postfix")), qPrintable(Test::dumpProbe(r)));
    QVERIFY(r.startTlsOffered);
    QVERIFY2(!r.ehloBeforeTls.join(QLatin1Char(' ')).contains(QLatin1String("AUTH")),
        qPrintable(Test::dumpProbe(r)));
    QVERIFY2(r.authMechanisms.contains(QStringLiteral("PLAIN")), qPrintable(Test::dumpProbe(r)));
    QVERIFY2(Test::findFinding(r, QStringLiteral("tls-ok")), qPrintable(Test::dumpProbe(r)));
    QVERIFY(r.tls.has_value());
    QVERIFY2(r.tls->protocol.startsWith(QLatin1String("TLS 1.")), qPrintable(r.tls->protocol));
    QCOMPARE(toString(r.probe.status), toString(FindingStatus::Pass));
}

void TestRealServers::loginRightAndWrong_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("rightPassword");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<int>("reply");
    QTest::newRow("587, right password") << "smtp://mail.example.test" << true << "auth-ok" << 235;
    QTest::newRow("587, wrong password") << "smtp://mail.example.test" << false << "auth-failed" << 535;
    QTest::newRow("465, right password") << "smtps://mail.example.test" << true << "auth-ok" << 235;
    QTest::newRow("465, wrong password") << "smtps://mail.example.test" << false << "auth-failed" << 535;
}

// Dovecot checks the password for Postfix: 235 is a pass, 535 a failure
// that says what to check, and the password is in no transcript.
void TestRealServers::loginRightAndWrong()
{
    QFETCH(QString, url);
    QFETCH(bool, rightPassword);
    QFETCH(QString, finding);
    QFETCH(int, reply);
    const QString password = rightPassword ? m_servers.password() : QStringLiteral("not-the-Pa55word");
    const quint16 port
        = url.startsWith(QLatin1String("smtps")) ? m_servers.smtpsPort() : m_servers.submissionPort();
    const ServerProbeResult r = probe(url, port, m_servers.user(), password);
    const Finding *f = Test::findFinding(r, finding);
    QVERIFY2(f, qPrintable(Test::dumpProbe(r)));
    QVERIFY(r.authReply.has_value());
    QCOMPARE(*r.authReply, reply);
    QCOMPARE(toString(f->status), toString(rightPassword ? FindingStatus::Pass : FindingStatus::Fail));
    if (!rightPassword)
        QVERIFY2(!f->fixes.isEmpty(), qPrintable(f->title));
    const QString all = Test::dumpProbe(r);
    QVERIFY(!all.contains(password));
    QVERIFY(!all.contains(QString::fromLatin1(password.toUtf8().toBase64())));
}

void TestRealServers::implicitTls465()
{
    const ServerProbeResult r = probe(QStringLiteral("smtps://mail.example.test"), m_servers.smtpsPort());
    QVERIFY2(r.banner.startsWith(QLatin1String("220 mail.example.test ESMTP Postfix")),
        qPrintable(Test::dumpProbe(r)));
    QVERIFY2(Test::findFinding(r, QStringLiteral("tls-ok")), qPrintable(Test::dumpProbe(r)));
    QVERIFY(r.authMechanisms.contains(QStringLiteral("PLAIN")));
    QCOMPARE(toString(r.probe.status), toString(FindingStatus::Pass));
}

// An MX as it should be: mail for other domains from a stranger is refused
// ("Relay access denied"), which is a pass; never DATA.
void TestRealServers::mxRefusesRelaying()
{
    const ServerProbeResult r = probe(QStringLiteral("mx://mail.example.test"), m_servers.mxPort());
    const Finding *f = Test::findFinding(r, QStringLiteral("relay-denied"));
    QVERIFY2(f, qPrintable(Test::dumpProbe(r)));
    QCOMPARE(toString(f->status), toString(FindingStatus::Pass));
    QVERIFY(r.relayReply.has_value());
    QCOMPARE(*r.relayReply, 554);
    QVERIFY2(r.probe.transcript.join(QLatin1Char('\n')).contains(QLatin1String("Relay access denied")),
        qPrintable(Test::dumpProbe(r)));
    QVERIFY(r.probe.transcript.filter(QStringLiteral("C: DATA")).isEmpty());
    QVERIFY2(!Test::findFinding(r, QStringLiteral("auth-not-offered")),
        qPrintable(Test::dumpProbe(r))); // no AUTH expected at an MX
}

void TestRealServers::mailboxServers_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("greeting");
    QTest::newRow("IMAPS") << "imaps://mail.example.test"
                           << "imap-greeting"
                           << "* OK";
    QTest::newRow("POP3S") << "pop3s://mail.example.test"
                           << "pop3-greeting"
                           << "+OK";
}

void TestRealServers::mailboxServers()
{
    QFETCH(QString, url);
    QFETCH(QString, finding);
    QFETCH(QString, greeting);
    const quint16 port
        = url.startsWith(QLatin1String("imaps")) ? m_servers.imapsPort() : m_servers.pop3sPort();
    const ServerProbeResult r = probe(url, port);
    QVERIFY2(Test::findFinding(r, finding), qPrintable(Test::dumpProbe(r)));
    QVERIFY2(Test::findFinding(r, QStringLiteral("tls-ok")), qPrintable(Test::dumpProbe(r)));
    QVERIFY2(r.banner.startsWith(greeting) && r.banner.contains(QLatin1String("Dovecot")),
        qPrintable(Test::dumpProbe(r)));
    QCOMPARE(toString(r.probe.status), toString(FindingStatus::Pass));
}

// Both outgoing ports work with a valid certificate and AUTH after TLS: the
// settings to type in are 465 with SSL/TLS, as the issue asks.
void TestRealServers::settingsToTypeIn()
{
    const QList<ServerProbeResult> results { probe(QStringLiteral("smtps://mail.example.test"),
                                                 m_servers.smtpsPort()),
        probe(QStringLiteral("smtp://mail.example.test"), m_servers.submissionPort()) };
    const QList<Finding> advice = clientSettings(results, QStringLiteral("en"));
    const Finding *settings = nullptr;
    for (const Finding &f : advice)
        if (f.id == QLatin1String("smtp-client-settings"))
            settings = &f;
    QVERIFY(settings);
    QVERIFY2(settings->title.contains(QLatin1String("465"))
            || settings->explanation.contains(QLatin1String("465")),
        qPrintable(settings->title + QLatin1Char('\n') + settings->explanation));
}

QTEST_MAIN(TestRealServers)
#include "TestRealServers.moc"
