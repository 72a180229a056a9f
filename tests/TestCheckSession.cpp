// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckSession.h"
#include "HostileServer.h"
#include "KnotServer.h"
#include "SmtpServer.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace MailMedic;
using MailMedic::Test::HostileServer;
using MailMedic::Test::KnotServer;
using MailMedic::Test::SmtpServer;

// "I don't receive mail": checking a domain also asks its MX hosts on port 25,
// as another mail server would, once the MX records are known.
class TestCheckSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void inboundMxProbedOnPort25();
    void onlyWhatWasAskedFor();
    void relayCheckOnReceivingServers();
    void serverNamesThroughNameserver_data();
    void serverNamesThroughNameserver();
    void durationIsTheProbesOwn();
    void recipientsDomainWhenTheFailureIsTheirs_data();
    void recipientsDomainWhenTheFailureIsTheirs();
    void networkThatLies_data();
    void networkThatLies();
    void domainThatDoesNotExist();

private:
    // The test's Knot answers DNS; port 25 is privileged, so the test's
    // STARTTLS server stands in for every MX.
    void useTestServers(CheckRequest &request) const;

    KnotServer m_dns;
    SmtpServer m_smtp;
    SmtpServer m_openRelay; // accepts every recipient from anyone
};

void TestCheckSession::useTestServers(CheckRequest &request) const
{
    request.nameserver = m_dns.nameserver();
    request.timeoutSeconds = 20;
    request.probeOptions.connectHost = QStringLiteral("127.0.0.1");
    request.probeOptions.connectPort = m_smtp.startTlsPort();
    request.probeOptions.caCertificates = QSslCertificate::fromPath(m_smtp.caCertificatePath());
}

void TestCheckSession::initTestCase()
{
    QVERIFY(m_dns.addZoneFile(QStringLiteral("inbox.test")));
    QVERIFY(m_dns.addZoneFile(QStringLiteral("example.test"))); // mail.example.test: the certificate's name
    QString error;
    QVERIFY2(m_dns.start(&error), qPrintable(error));
    // Like a real MX: mail for its own domain only, unless logged in.
    m_smtp.setRelayDomains(QStringList { QStringLiteral("inbox.test") });
    QVERIFY2(m_smtp.start(&error), qPrintable(error));
    QVERIFY2(m_openRelay.start(&error), qPrintable(error));
}

void TestCheckSession::inboundMxProbedOnPort25()
{
    CheckRequest request;
    request.domain = QStringLiteral("inbox.test");
    useTestServers(request);
    CheckSession session;
    QSignalSpy done(&session, &CheckSession::finished);
    QString error;
    QVERIFY2(session.start(request, &error), qPrintable(error));
    QVERIFY(done.wait(30000));

    QStringList mxTargets;
    bool sawBanner = false;
    for (const Probe &p : session.probes()) {
        if (p.target.endsWith(QStringLiteral(":25"))) {
            mxTargets << p.target;
            for (const QString &line : p.transcript)
                sawBanner = sawBanner || line.contains(QStringLiteral("S: 220 "));
        }
    }
    QCOMPARE(mxTargets,
        (QStringList { QStringLiteral("mx1.inbox.test:25"), QStringLiteral("mx2.inbox.test:25") }));
    QVERIFY(sawBanner);
    // Each MX was asked to relay (MAIL FROM, RCPT TO another domain, RSET,
    // never DATA) and refused, as it should.
    int denied = 0;
    for (const Finding &f : session.findings())
        denied += f.id == QLatin1String("relay-denied") && f.status == FindingStatus::Pass;
    QCOMPARE(denied, 2);
    for (const Probe &p : session.probes()) {
        if (p.target.endsWith(QStringLiteral(":25")))
            QVERIFY2(p.transcript.filter(QStringLiteral("DATA")).isEmpty(),
                qPrintable(p.transcript.join(QLatin1Char('\n'))));
    }
    for (const Finding &f : session.findings())
        QVERIFY2(f.status != FindingStatus::Fail || f.id.startsWith(QLatin1String("tls-"))
                || f.id.startsWith(QLatin1String("spf")) || f.id.startsWith(QLatin1String("dmarc"))
                || f.id.startsWith(QLatin1String("dkim")),
            qPrintable(f.id + QStringLiteral(": ") + f.title));
}

void TestCheckSession::onlyWhatWasAskedFor()
{
    CheckRequest request;
    request.domain = QStringLiteral("inbox.test");
    request.nameserver = m_dns.nameserver();
    request.checks = QStringList { QStringLiteral("mx") }; // a bounce that only asks about MX
    CheckSession session;
    QSignalSpy done(&session, &CheckSession::finished);
    QVERIFY(session.start(request));
    QVERIFY(done.wait(30000));
    for (const Probe &p : session.probes())
        QVERIFY2(!p.target.endsWith(QStringLiteral(":25")), qPrintable(p.target));
    QCOMPARE(session.probes().first().id, QStringLiteral("dns-mx"));
}

// mx:// names a receiving server: the relay check runs there, and one that
// accepts mail for another domain from a stranger is an open relay (fail).
// The same server given as the person's own (smtp://) is not asked, unless
// the bounce or symptom is about relaying.
void TestCheckSession::relayCheckOnReceivingServers()
{
    const auto run = [this](const QString &server, const QStringList &checks) {
        CheckRequest request;
        request.servers = QStringList { server };
        request.checks = checks;
        request.probeOptions.caCertificates = QSslCertificate::fromPath(m_openRelay.caCertificatePath());
        request.timeoutSeconds = 20;
        CheckSession session;
        QSignalSpy done(&session, &CheckSession::finished);
        session.start(request);
        done.wait(30000);
        QStringList relay;
        for (const Finding &f : session.findings()) {
            if (f.id.startsWith(QLatin1String("relay-")))
                relay << f.id + QLatin1Char('=') + toString(f.status);
        }
        return relay;
    };
    const QString port = QString::number(m_openRelay.startTlsPort());
    QCOMPARE(run(QStringLiteral("mx://127.0.0.1:") + port, { QStringLiteral("servers") }),
        QStringList { QStringLiteral("relay-open=fail") });
    QCOMPARE(run(QStringLiteral("smtp://127.0.0.1:") + port, { QStringLiteral("servers") }), QStringList());
    QCOMPARE(run(QStringLiteral("smtp://127.0.0.1:") + port,
                 { QStringLiteral("servers"), QStringLiteral("relay") }),
        QStringList { QStringLiteral("relay-open=fail") });
    const QString closed = QString::number(m_smtp.startTlsPort());
    QCOMPARE(run(QStringLiteral("mx://127.0.0.1:") + closed, { QStringLiteral("servers") }),
        QStringList { QStringLiteral("relay-denied=pass") });
}

void TestCheckSession::serverNamesThroughNameserver_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("transcript");
    // Only the test nameserver knows these names: the probe can reach the
    // server only if it asks there, as --nameserver promises.
    QTest::newRow("name in the test zone") << "mail.example.test"
                                           << "smtp-banner"
                                           << ""
                                           << "--- connecting to 127.0.0.1 port %1 for mail.example.test";
    // A mistyped name: "check the spelling", not "try again later".
    QTest::newRow("name that does not exist") << "nothere.example.test"
                                              << "server-name-unknown"
                                              << "no-such-name"
                                              << "--- nothere.example.test does not exist in DNS";
}

void TestCheckSession::serverNamesThroughNameserver()
{
    QFETCH(QString, host);
    QFETCH(QString, finding);
    QFETCH(QString, cause);
    QFETCH(QString, transcript);
    CheckRequest request;
    request.domain = QStringLiteral("example.test");
    request.nameserver = m_dns.nameserver();
    request.checks = QStringList { QStringLiteral("smtp-465") };
    request.servers = QStringList { QStringLiteral("smtps://%1:%2").arg(host).arg(m_smtp.implicitTlsPort()) };
    request.probeOptions.caCertificates = QSslCertificate::fromPath(m_smtp.caCertificatePath());
    request.timeoutSeconds = 20;
    CheckSession session;
    QSignalSpy done(&session, &CheckSession::finished);
    QVERIFY(session.start(request));
    QVERIFY(done.wait(30000));

    const QList<Probe> probes = session.probes();
    QVERIFY(!probes.isEmpty());
    const Probe &probe = probes.constFirst();
    QCOMPARE(probe.id, QStringLiteral("smtps"));
    const QString lines = probe.transcript.join(QLatin1Char('\n'));
    if (transcript.contains(QLatin1String("%1")))
        transcript = transcript.arg(m_smtp.implicitTlsPort());
    QVERIFY2(lines.contains(transcript), qPrintable(lines));
    const Finding *found = nullptr;
    const QList<Finding> findings = session.findings();
    for (const Finding &f : findings) {
        QVERIFY2(f.status != FindingStatus::Fail, qPrintable(f.id + QStringLiteral(": ") + f.title));
        if (f.id == finding)
            found = &f;
    }
    QVERIFY2(found, qPrintable(lines));
    QCOMPARE(found->cause, cause);
    QStringList fixes;
    for (const Fix &fix : found->fixes)
        fixes << fix.id;
    if (finding == QLatin1String("server-name-unknown"))
        QCOMPARE(fixes, QStringList { QStringLiteral("server-check-name") });
    // A name that is not there says nothing about the server: never a
    // failure. A probe that passed is `pass`, whatever notes it adds (the
    // server's extensions), as the IMAP and POP3 probes are.
    QCOMPARE(
        toString(probe.status), toString(cause.isEmpty() ? FindingStatus::Pass : FindingStatus::Untested));
}

QTEST_GUILESS_MAIN(TestCheckSession)
#include "TestCheckSession.moc"

// A support engineer reads duration_ms to see which server is slow. With
// more servers than may be asked at once, the later ones wait for a free
// slot: that wait is not theirs and must not be counted.
void TestCheckSession::durationIsTheProbesOwn()
{
    HostileServer silent; // accepts the connection, never says a word
    QString error;
    QVERIFY2(silent.start(&error), qPrintable(error));
    CheckRequest request;
    request.timeoutSeconds = 30;
    request.probeOptions.stepTimeoutMs = 1000; // each waits 1 s for the greeting
    const QString server = QStringLiteral("smtp://127.0.0.1:%1").arg(silent.port(QStringLiteral("silence")));
    for (int i = 0; i < 8; ++i) // twice as many as run side by side
        request.servers << server;
    CheckSession session;
    QSignalSpy done(&session, &CheckSession::finished);
    QElapsedTimer wall;
    wall.start();
    QVERIFY(session.start(request));
    QVERIFY(done.wait(30000));
    const qint64 total = wall.elapsed();
    int probes = 0;
    for (const Probe &p : session.probes()) {
        if (!p.target.endsWith(QString::number(silent.port(QStringLiteral("silence")))))
            continue; // the client-settings summary
        ++probes;
        QVERIFY2(p.durationMs.has_value(), qPrintable(p.target));
        // Its own wait for the greeting: about the 1 s limit, never the queue's.
        QVERIFY2(*p.durationMs >= 900 && *p.durationMs < total - 500,
            qPrintable(QStringLiteral("%1 ms of %2 ms").arg(*p.durationMs).arg(total)));
    }
    QCOMPARE(probes, 8);
    QVERIFY2(total >= 1900, "the servers were not asked in two rounds");
}

// "Domain not found" or "could not connect" is about the recipient's
// domain: its MX is what to look at. An authentication failure is about the
// sender's: SPF, DMARC and MX stay with the sender's domain.
void TestCheckSession::recipientsDomainWhenTheFailureIsTheirs_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("mxTarget");
    QTest::newRow("recipient's domain does not exist") << "hostunknown"
                                                       << "inbox.test";
    QTest::newRow("recipient's server unreachable") << "networkerror"
                                                    << "inbox.test";
    QTest::newRow("sender not authenticated") << "authfailure"
                                              << "example.test";
}

void TestCheckSession::recipientsDomainWhenTheFailureIsTheirs()
{
    QFETCH(QString, reason);
    QFETCH(QString, mxTarget);
    Report report;
    report.reason = reason;
    report.senderDomain = QStringLiteral("example.test");
    report.wantedChecks = QStringList { QStringLiteral("mx"), QStringLiteral("smtp-25") };
    Recipient r;
    r.address = QStringLiteral("someone@inbox.test");
    r.reason = reason;
    report.recipients << r;
    CheckRequest request = CheckSession::requestFor(report);
    QCOMPARE(request.domain, QStringLiteral("example.test"));
    useTestServers(request);
    CheckSession session;
    QSignalSpy done(&session, &CheckSession::finished);
    QVERIFY(session.start(request));
    QVERIFY(done.wait(30000));
    QCOMPARE(session.probes().first().id, QStringLiteral("dns-mx"));
    QCOMPARE(session.probes().first().target, mxTarget);
    // The recipient's servers are someone else's: asked as a sending server
    // would (greeting, EHLO, STARTTLS), never to relay. The sender's own
    // (example.test has no MX here) would be.
    int asked = 0;
    for (const Probe &p : session.probes()) {
        if (!p.target.endsWith(QStringLiteral(":25")))
            continue;
        ++asked;
        for (const QString &line : p.transcript)
            QVERIFY2(!line.contains(QLatin1String("RCPT TO")), qPrintable(line));
    }
    QCOMPARE(asked, mxTarget == QLatin1String("inbox.test") ? 2 : 0);
}

// A hotel network's DNS says "no such name" for everything, or gives every
// name an address; a dead one says nothing. None of that may turn into
// "the domain does not exist" or "no SPF record": one notice names the DNS
// server and says why, and the DNS checks end untested.
void TestCheckSession::networkThatLies_data()
{
    QTest::addColumn<int>("lie");
    QTest::addColumn<QString>("notice");
    QTest::addColumn<QString>("cause");
    QTest::newRow("honest") << int(KnotServer::Lie::None) << ""
                            << "";
    QTest::newRow("no such name for everything")
        << int(KnotServer::Lie::NxdomainEverything) << "dns-resolver-untrusted"
        << "dns-untrusted";
    QTest::newRow("an address for every name") << int(KnotServer::Lie::WildcardA) << "dns-resolver-untrusted"
                                               << "dns-untrusted";
    QTest::newRow("nobody answers") << -1 << "dns-resolver-silent"
                                    << "";
}

void TestCheckSession::networkThatLies()
{
    QFETCH(int, lie);
    QFETCH(QString, notice);
    QFETCH(QString, cause);
    KnotServer dns;
    dns.addZone(QStringLiteral("shop.test"), Test::shopTestZone());
    CheckRequest request;
    request.domain = QStringLiteral("shop.test");
    request.checks = QStringList { QStringLiteral("mx"), QStringLiteral("spf"), QStringLiteral("dmarc") };
    request.timeoutSeconds = 8;
    if (lie >= 0) {
        dns.setLie(KnotServer::Lie(lie));
        QString error;
        QVERIFY2(dns.start(&error), qPrintable(error));
        request.nameserver = dns.nameserver();
    } else {
        request.nameserver = QStringLiteral("127.0.0.1:%1").arg(Test::freePort()); // nothing listens
    }
    CheckSession session;
    QSignalSpy done(&session, &CheckSession::finished);
    QVERIFY(session.start(request));
    QVERIFY(done.wait(30000));
    QStringList ids;
    for (const Finding &f : session.findings())
        ids << f.id;
    if (notice.isEmpty()) {
        QVERIFY2(ids.contains(QStringLiteral("mx-ok")), qPrintable(ids.join(QLatin1Char(','))));
        QVERIFY(!ids.contains(QStringLiteral("dns-resolver-untrusted")));
        return;
    }
    // One notice, naming the server; nothing else about DNS.
    QCOMPARE(ids, QStringList { notice });
    const Finding f = session.findings().constFirst();
    QCOMPARE(toString(f.status), toString(FindingStatus::Untested));
    QVERIFY2(f.title.contains(request.nameserver), qPrintable(f.title));
    if (!cause.isEmpty())
        QCOMPARE(f.cause, cause);
    else
        QVERIFY(!f.cause.isEmpty());
    for (const Probe &p : session.probes()) {
        if (p.id.startsWith(QLatin1String("dns-")))
            QCOMPARE(toString(p.status), toString(FindingStatus::Untested));
    }
}

// A mistyped or expired domain: the finding says it does not exist, and no
// step asks to publish SPF or DMARC records for a domain nobody has.
void TestCheckSession::domainThatDoesNotExist()
{
    CheckRequest request;
    request.domain = QStringLiteral("shop-typo.test");
    request.nameserver = m_dns.nameserver();
    request.checks = QStringList { QStringLiteral("mx"), QStringLiteral("spf"), QStringLiteral("dmarc") };
    CheckSession session;
    QSignalSpy done(&session, &CheckSession::finished);
    QVERIFY(session.start(request));
    QVERIFY(done.wait(30000));
    QStringList ids;
    QStringList fixes;
    for (const Finding &f : session.findings()) {
        ids << f.id;
        for (const Fix &fix : f.fixes)
            fixes << fix.id;
    }
    QVERIFY2(ids.contains(QStringLiteral("mx-nxdomain")), qPrintable(ids.join(QLatin1Char(','))));
    for (const QString &fix : std::as_const(fixes))
        QVERIFY2(!fix.contains(QLatin1String("spf")) && !fix.startsWith(QLatin1String("dmarc-")),
            qPrintable(ids.join(QLatin1Char(',')) + QStringLiteral(" / ") + fixes.join(QLatin1Char(','))));
}
