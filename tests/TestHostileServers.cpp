// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckSession.h"
#include "HostileServer.h"
#include "servers/ServerAdvice.h"
#include "servers/ServerProbe.h"
#include "SmtpServer.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace MailMedic;

Q_DECLARE_METATYPE(MailMedic::FindingStatus)

// Servers that misbehave: every one must end in a clear finding within the
// probe's deadlines, with bounded memory and without hanging the caller.
class TestHostileServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostile_data();
    void hostile();
    void authOfferedInTheClear();
    void silentServerInAShortCheck();
    void untestedInLanguage_data();
    void untestedInLanguage();

private:
    Test::HostileServer m_hostile;
    Test::SmtpServer m_shared { QStringLiteral("shared.provider.test") };
};

void TestHostileServers::initTestCase()
{
    QString error;
    QVERIFY2(m_shared.start(&error), qPrintable(error));
    // The TLS modes use a certificate the probes trust (for
    // shared.provider.test), so what is left is the server's own behaviour.
    m_hostile.setCertificate(m_shared.certificatePath(), m_shared.keyPath());
    QVERIFY2(m_hostile.start(&error), qPrintable(error));
}

void TestHostileServers::hostile_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<FindingStatus>("status");
    QTest::addColumn<QString>("cause");

    const FindingStatus fail = FindingStatus::Fail;
    QTest::newRow("no banner (silence)") << "silence"
                                         << "smtp://mx.example.test"
                                         << "smtp-no-greeting" << fail << "";
    QTest::newRow("garbage bytes") << "garbage"
                                   << "smtp://mx.example.test"
                                   << "smtp-garbage" << fail << "";
    QTest::newRow("endless line") << "endless"
                                  << "smtp://mx.example.test"
                                  << "smtp-line-too-long" << fail << "";
    QTest::newRow("one byte per second") << "slow"
                                         << "smtp://mx.example.test"
                                         << "smtp-too-slow" << fail << "";
    QTest::newRow("TLS aborted mid-handshake") << "tls-abort"
                                               << "smtps://mx.example.test"
                                               << "tls-handshake-failed" << fail << "";
    QTest::newRow("421 at connect") << "busy421"
                                    << "smtp://mx.example.test"
                                    << "smtp-banner-refused" << fail << "";
    QTest::newRow("connection reset") << "reset"
                                      << "smtp://mx.example.test"
                                      << "smtp-connection-closed" << fail << "";
    QTest::newRow("silence after EHLO") << "ehlo-silence"
                                        << "smtp://mx.example.test"
                                        << "smtp-reply-timeout" << fail << "";
    QTest::newRow("IMAPS port silent (plain server)") << "silence"
                                                      << "imaps://mx.example.test"
                                                      << "tls-handshake-failed" << fail << "";
    QTest::newRow("connect never completes") << "blackhole"
                                             << "smtp://mx.example.test"
                                             << "smtp-untested" << FindingStatus::Untested << "timeout";
    QTest::newRow("connection refused") << "refused"
                                        << "pop3s://mx.example.test"
                                        << "pop3-untested" << FindingStatus::Untested << "refused";
    QTest::newRow("certificate for another name") << "shared"
                                                  << "smtps://mail.example.test"
                                                  << "tls-hostname-mismatch" << fail << "";
    // What a support person hears from a customer: "it says the server
    // refused", told apart by what exactly was refused.
    QTest::newRow("EHLO refused (550)") << "ehlo-refused"
                                        << "smtp://mx.example.test"
                                        << "smtp-ehlo-refused" << fail << "";
    QTest::newRow("STARTTLS offered, then refused (454)") << "starttls-refused"
                                                          << "smtp://mx.example.test"
                                                          << "smtp-starttls-refused" << fail << "";
    QTest::newRow("no STARTTLS on 587") << "no-starttls"
                                        << "smtp://mx.example.test:587"
                                        << "smtp-no-starttls" << fail << "";
    QTest::newRow("no STARTTLS on 25 (between servers)") << "no-starttls"
                                                         << "mx://mx.example.test"
                                                         << "smtp-no-starttls" << FindingStatus::Warn << "";
    QTest::newRow("only TLS 1.0/1.1 on 465") << "smtps-tls11"
                                             << "smtps://shared.provider.test"
                                             << "tls-protocol-too-old" << fail << "";
    QTest::newRow("only TLS 1.0/1.1 after STARTTLS") << "starttls-tls11"
                                                     << "smtp://shared.provider.test"
                                                     << "tls-protocol-too-old" << fail << "";
    QTest::newRow("IMAPS greeting is not IMAP") << "imaps-garbage"
                                                << "imaps://shared.provider.test"
                                                << "imap-garbage" << fail << "";
    QTest::newRow("IMAPS greeting * BYE") << "imaps-bye"
                                          << "imaps://shared.provider.test"
                                          << "imap-greeting-refused" << fail << "";
    QTest::newRow("POP3S greeting is not POP3") << "pop3s-garbage"
                                                << "pop3s://shared.provider.test"
                                                << "pop3-garbage" << fail << "";
    QTest::newRow("POP3S greeting -ERR") << "pop3s-err"
                                         << "pop3s://shared.provider.test"
                                         << "pop3-greeting-refused" << fail << "";
}

void TestHostileServers::hostile()
{
    QFETCH(QString, mode);
    QFETCH(QString, url);
    QFETCH(QString, finding);
    QFETCH(FindingStatus, status);
    QFETCH(QString, cause);

    QString error;
    const QList<ServerTarget> targets = parseServerTargets(url, &error);
    QCOMPARE(targets.size(), 1);
    ServerProbeOptions o;
    o.connectHost = QStringLiteral("127.0.0.1");
    o.stepTimeoutMs = 500;
    o.totalTimeoutMs = 3000;
    if (mode == QLatin1String("refused"))
        o.connectPort = Test::freePort();
    else if (mode == QLatin1String("shared"))
        o.connectPort = m_shared.implicitTlsPort();
    else
        o.connectPort = m_hostile.port(mode);
    QVERIFY(o.connectPort != 0);
    o.caCertificates = QSslCertificate::fromPath(m_shared.caCertificatePath());

    ServerProbe probe(targets.constFirst(), o);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start();
    QVERIFY(finished.wait(10000));
    const qint64 elapsed = clock.elapsed();
    const ServerProbeResult &r = probe.result();
    const QString transcript = r.probe.transcript.join(QLatin1Char('\n'));

    const Finding *found = nullptr;
    QStringList ids;
    for (const Finding &f : r.findings) {
        ids << f.id;
        if (f.id == finding)
            found = &f;
    }
    QVERIFY2(found, qPrintable(ids.join(QLatin1Char(' ')) + QLatin1Char('\n') + transcript));
    QCOMPARE(toString(found->status), toString(status));
    QCOMPARE(found->cause, cause);
    QVERIFY2(!found->title.startsWith(QLatin1String("[missing")), qPrintable(found->title));
    // The probe as a whole says the same: "could not test" never turns
    // into a failure, and a failure never hides behind a milder word.
    QCOMPARE(toString(r.probe.status), toString(status));
    QCOMPARE(r.cause, cause);
    if (finding == QLatin1String("tls-handshake-failed")) {
        // Why it failed, in the evidence a support engineer pastes into the
        // ticket: never an empty line, whichever way the handshake ended.
        QVERIFY2(!found->evidence.isEmpty() && !found->evidence.constFirst().trimmed().isEmpty(),
            qPrintable(transcript));
    }
    if (finding == QLatin1String("tls-protocol-too-old")) {
        // Found out on a connection no mail program would get: not a
        // setting to recommend, and nothing said after the handshake.
        QVERIFY(!r.tls.has_value());
        for (const Finding &advice : clientSettings({ r }, QStringLiteral("en")))
            QVERIFY2(advice.id != QLatin1String("smtp-client-settings"), qPrintable(advice.title));
        QVERIFY2(found->title.contains(QLatin1String("TLS 1.")), qPrintable(found->title));
        QVERIFY2(
            r.probe.transcript.constLast().contains(QLatin1String("--- TLS 1.")), qPrintable(transcript));
    }

    // Within the step deadline (plus a margin for a loaded machine), far
    // below the overall budget; and memory stayed small whatever was sent.
    QVERIFY2(elapsed < 2500, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QVERIFY(r.probe.durationMs.has_value() && *r.probe.durationMs <= elapsed);
    QVERIFY2(transcript.size() < 8192, qPrintable(QString::number(transcript.size())));
    for (const QString &e : found->evidence)
        QVERIFY2(e.size() < 2048, qPrintable(QString::number(e.size())));
}

// A server that accepts the connection and never greets, checked with a
// short time limit (mailmedic-cli --timeout 3): one finding that names the
// server and says it stayed silent, a failure, every time; never "could not
// be tested" because another timer happened to fire first.
void TestHostileServers::silentServerInAShortCheck()
{
    const QString server
        = QStringLiteral("smtp://127.0.0.1:%1").arg(m_hostile.port(QStringLiteral("silence")));
    for (int run = 0; run < 3; ++run) {
        CheckRequest request;
        request.servers = QStringList { server };
        request.checks = QStringList { QStringLiteral("servers") };
        request.timeoutSeconds = 3;
        CheckSession session;
        QSignalSpy done(&session, &CheckSession::finished);
        QString error;
        QVERIFY2(session.start(request, &error), qPrintable(error));
        QVERIFY(done.wait(10000));
        QStringList ids;
        std::optional<Finding> silent;
        const QList<Finding> findings = session.findings();
        for (const Finding &f : findings) {
            ids << f.id + QLatin1Char('=') + toString(f.status);
            QVERIFY2(f.status != FindingStatus::Untested, qPrintable(ids.join(QLatin1Char(' '))));
            if (f.id == QLatin1String("smtp-no-greeting"))
                silent = f;
        }
        QVERIFY2(silent.has_value(), qPrintable(ids.join(QLatin1Char(' '))));
        QCOMPARE(toString(silent->status), toString(FindingStatus::Fail));
        const QString said = silent->title + QLatin1Char(' ') + silent->explanation + QLatin1Char(' ')
            + silent->evidence.join(QLatin1Char(' '));
        QVERIFY2(said.contains(QStringLiteral("127.0.0.1:%1").arg(m_hostile.port(QStringLiteral("silence")))),
            qPrintable(said));
        int serverProbes = 0;
        for (const Probe &p : session.probes()) {
            if (!p.target.endsWith(QStringLiteral(":%1").arg(m_hostile.port(QStringLiteral("silence")))))
                continue;
            ++serverProbes;
            QCOMPARE(toString(p.status), toString(FindingStatus::Fail));
        }
        QCOMPARE(serverProbes, 1);
    }
}

void TestHostileServers::authOfferedInTheClear()
{
    // AUTH before TLS and no STARTTLS at all: warned about, and the password
    // is never sent, not even to test it.
    QString error;
    ServerProbeOptions o;
    o.connectHost = QStringLiteral("127.0.0.1");
    o.connectPort = m_hostile.port(QStringLiteral("cleartext-auth"));
    o.stepTimeoutMs = 2000;
    ServerProbe probe(parseServerTargets(QStringLiteral("smtp://old.example.test"), &error).value(0), o);
    probe.setCredentials(QStringLiteral("alice"), QStringLiteral("Cleartext-Secret-1"));
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    QVERIFY(finished.wait(10000));
    const ServerProbeResult &r = probe.result();
    QStringList ids;
    for (const Finding &f : r.findings)
        ids << f.id + QLatin1Char('=') + toString(f.status);
    const QString transcript = r.probe.transcript.join(QLatin1Char('\n'));
    QVERIFY2(
        ids.contains(QStringLiteral("smtp-auth-before-tls=warn")), qPrintable(ids.join(QLatin1Char(' '))));
    QVERIFY2(ids.contains(QStringLiteral("smtp-no-starttls=fail")), qPrintable(ids.join(QLatin1Char(' '))));
    QVERIFY2(ids.contains(QStringLiteral("auth-skipped-cleartext=untested")),
        qPrintable(ids.join(QLatin1Char(' '))));
    QVERIFY2(r.probe.transcript.filter(QStringLiteral("C: AUTH")).isEmpty(), qPrintable(transcript));
    QVERIFY2(!transcript.contains(QLatin1String("Cleartext-Secret-1")), qPrintable(transcript));
    QVERIFY2(r.probe.transcript.constLast().contains(QLatin1String("S: 221")), qPrintable(transcript));
    QVERIFY(!r.authReply.has_value());
}

void TestHostileServers::untestedInLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("sentence");
    const QString nl = QStringLiteral("MailMedic kon geen verbinding maken: ");
    const QString ru = QStringLiteral("MailMedic не смог подключиться: ");
    QTest::newRow("nl refused") << QStringLiteral("nl") << QStringLiteral("refused")
                                << nl + QStringLiteral("de server weigerde de verbinding");
    QTest::newRow("ru refused") << QStringLiteral("ru") << QStringLiteral("refused")
                                << ru + QStringLiteral("сервер отклонил соединение");
    QTest::newRow("nl no connection") << QStringLiteral("nl") << QStringLiteral("blackhole")
                                      << nl + QStringLiteral("geen verbinding binnen 0.5 s.");
    QTest::newRow("ru no connection") << QStringLiteral("ru") << QStringLiteral("blackhole")
                                      << ru + QStringLiteral("не удалось подключиться за 0.5 с.");
    QTest::newRow("en refused") << QStringLiteral("en") << QStringLiteral("refused")
                                << QStringLiteral(
                                       "MailMedic could not connect: the server refused the connection");
}

void TestHostileServers::untestedInLanguage()
{
    // Why a server could not be tested, in the customer's language; Qt's
    // English error text stays in the transcript.
    QFETCH(QString, lang);
    QFETCH(QString, mode);
    QFETCH(QString, sentence);
    QString error;
    ServerProbeOptions o;
    o.language = lang;
    o.connectHost = QStringLiteral("127.0.0.1");
    o.connectPort = mode == QLatin1String("refused") ? Test::freePort() : m_hostile.port(mode);
    o.stepTimeoutMs = 500;
    o.totalTimeoutMs = 3000;
    ServerProbe probe(parseServerTargets(QStringLiteral("smtp://mx.example.test"), &error).value(0), o);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    QVERIFY(finished.wait(10000));
    const ServerProbeResult &r = probe.result();
    QCOMPARE(r.findings.size(), 1);
    const Finding &f = r.findings.constFirst();
    QCOMPARE(f.id, QStringLiteral("smtp-untested"));
    QVERIFY2(f.explanation.startsWith(sentence), qPrintable(f.explanation));
    if (lang != QLatin1String("en")) {
        QVERIFY2(!f.explanation.contains(QLatin1String("onnection refused"))
                && !f.explanation.contains(QLatin1String("within")),
            qPrintable(f.explanation));
    }
}

QTEST_GUILESS_MAIN(TestHostileServers)
#include "TestHostileServers.moc"
