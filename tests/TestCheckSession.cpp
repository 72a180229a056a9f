// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckSession.h"
#include "KnotServer.h"
#include "SmtpServer.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace MailMedic;
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

private:
    KnotServer m_dns;
    SmtpServer m_smtp;
};

void TestCheckSession::initTestCase()
{
    m_dns.addZone(QStringLiteral("inbox.test"),
        QStringLiteral("$TTL 300\n"
                       "@ SOA ns1.inbox.test. hostmaster.inbox.test. 1 3600 600 86400 300\n"
                       "@ NS ns1.inbox.test.\n"
                       "ns1 A 127.0.0.1\n"
                       "@ MX 10 mx1.inbox.test.\n"
                       "@ MX 20 mx2.inbox.test.\n"
                       "mx1 A 127.0.0.1\n"
                       "mx2 A 127.0.0.1\n"));
    QString error;
    QVERIFY2(m_dns.start(&error), qPrintable(error));
    QVERIFY2(m_smtp.start(&error), qPrintable(error));
}

void TestCheckSession::inboundMxProbedOnPort25()
{
    CheckRequest request;
    request.domain = QStringLiteral("inbox.test");
    request.nameserver = m_dns.nameserver();
    request.timeoutSeconds = 20;
    // Port 25 is privileged: the test's STARTTLS server stands in for it.
    request.probeOptions.connectHost = QStringLiteral("127.0.0.1");
    request.probeOptions.connectPort = m_smtp.startTlsPort();
    request.probeOptions.caCertificates = QSslCertificate::fromPath(m_smtp.caCertificatePath());
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

QTEST_GUILESS_MAIN(TestCheckSession)
#include "TestCheckSession.moc"
