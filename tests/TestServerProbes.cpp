// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileServer.h"
#include "ProbeTestSupport.h"
#include "report/FindingCatalog.h"
#include "report/JsonWriter.h"
#include "servers/ProbeRunner.h"
#include "servers/ServerAdvice.h"
#include "servers/ServerProbe.h"
#include "SmtpServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace MailMedic;

Q_DECLARE_METATYPE(MailMedic::AuthMechanism)
Q_DECLARE_METATYPE(MailMedic::FindingStatus)

namespace {
// Lines of a transcript matching `pattern` somewhere (QStringList::indexOf
// wants the whole line to match).
int lineOf(const QStringList &lines, const QString &pattern, int from = 0)
{
    const QRegularExpression re(pattern);
    for (int i = from; i < lines.size(); ++i) {
        if (re.match(lines.at(i)).hasMatch())
            return i;
    }
    return -1;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}
} // namespace

// The server probes against a real aiosmtpd on loopback (implicit TLS and
// STARTTLS, AUTH, relay refusal), certificates for the wrong name or out of
// date, and IMAPS/POP3S greeters: what a user would read in the report.
class TestServerProbes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void targets_data();
    void targets();
    void badTargets_data();
    void badTargets();
    void implicitTls();
    void startTls();
    void auth_data();
    void auth();
    void relay_data();
    void relay();
    void certificateForAnotherName();
    void expiredCertificate();
    void certificateProblems_data();
    void certificateProblems();
    void whomToTrust_data();
    void whomToTrust();
    void mailboxGreeting_data();
    void mailboxGreeting();
    void clientSettings();
    void clientSettingsOnlyWhereLoginWorks();
    void port25Blocked_data();
    void port25Blocked();
    void cancelStopsEverything();
    void runnerLimitsConcurrency();
    void runnerTimeout();
    void runnerCancelAll();

private:
    ServerProbeOptions options(quint16 port) const;
    ServerTarget target(const QString &value) const;
    ServerProbeResult run(const QString &value, quint16 port, const ServerProbeOptions *custom = nullptr,
        const QString &user = QString(), const QString &password = QString(),
        AuthMechanism mechanism = AuthMechanism::Auto);
    static const Finding *find(const ServerProbeResult &result, const QString &id);
    static QString dump(const ServerProbeResult &result);

    Test::SmtpServer m_server { QStringLiteral("mail.example.test") }; // refuses relaying
    Test::SmtpServer m_shared { QStringLiteral("shared.provider.test") }; // open relay
    Test::SmtpServer m_expired { QStringLiteral("mail.example.test") };
    Test::SmtpServer m_notYetValid { QStringLiteral("mail.example.test") };
    Test::HostileServer m_hostile;
    Test::HostileServer m_selfSigned; // its certificate is signed by its own key
    QTemporaryDir m_selfSignedDir;
    QList<QSslCertificate> m_cas;
};

void TestServerProbes::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    qRegisterMetaType<MailMedic::ServerTarget>();
    qRegisterMetaType<MailMedic::ServerProbeResult>();
    QString error;
    m_server.setCredentials(QStringLiteral("alice"), QStringLiteral("Pa55-w0rd!x"));
    m_server.setRelayDomains({ QStringLiteral("example.test") });
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(m_shared.start(&error), qPrintable(error));
    m_expired.setCertificateDates(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2020, 2, 1), QTime(0, 0), Qt::UTC));
    QVERIFY2(m_expired.start(&error), qPrintable(error));
    // Valid from a month ahead: the certificate was installed too early, or
    // this computer's clock is behind.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_notYetValid.setCertificateDates(now.addDays(30), now.addDays(60));
    QVERIFY2(m_notYetValid.start(&error), qPrintable(error));
    m_hostile.setCertificate(m_server.certificatePath(), m_server.keyPath());
    QVERIFY2(m_hostile.start(&error), qPrintable(error));
    QVERIFY2(
        Test::makeSelfSignedCertificate(m_selfSignedDir.path(), QStringLiteral("mail.example.test"), &error),
        qPrintable(error));
    m_selfSigned.setCertificate(m_selfSignedDir.filePath(QStringLiteral("cert.pem")),
        m_selfSignedDir.filePath(QStringLiteral("key.pem")));
    QVERIFY2(m_selfSigned.start(&error), qPrintable(error));
    // Each server has its own throwaway CA; the probes trust all four (and
    // not the self-signed certificate).
    for (const Test::SmtpServer *s : { &m_server, &m_shared, &m_expired, &m_notYetValid })
        m_cas += QSslCertificate::fromPath(s->caCertificatePath());
    QCOMPARE(m_cas.size(), 4);
}

ServerProbeOptions TestServerProbes::options(quint16 port) const
{
    ServerProbeOptions o;
    o.caCertificates = m_cas;
    o.connectHost = QStringLiteral("127.0.0.1");
    o.connectPort = port;
    o.stepTimeoutMs = 5000;
    o.totalTimeoutMs = 15000;
    return o;
}

ServerTarget TestServerProbes::target(const QString &value) const
{
    QString error;
    const QList<ServerTarget> list = parseServerTargets(value, &error);
    return list.value(0);
}

ServerProbeResult TestServerProbes::run(const QString &value, quint16 port, const ServerProbeOptions *custom,
    const QString &user, const QString &password, AuthMechanism mechanism)
{
    return Test::runProbe(value, custom ? *custom : options(port), user, password, mechanism);
}

const Finding *TestServerProbes::find(const ServerProbeResult &result, const QString &id)
{
    return Test::findFinding(result, id);
}

QString TestServerProbes::dump(const ServerProbeResult &result)
{
    return Test::dumpProbe(result);
}

void TestServerProbes::targets_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected"); // "scheme host port" per target

    QTest::newRow("bare host: 465 and 587")
        << "mail.example.com" << list({ "smtps mail.example.com 465", "smtp mail.example.com 587" });
    QTest::newRow("host:port 587") << "mail.example.com:587" << list({ "smtp mail.example.com 587" });
    QTest::newRow("host:465 is implicit TLS")
        << "mail.example.com:465" << list({ "smtps mail.example.com 465" });
    QTest::newRow("host:25") << "mx.example.com:25" << list({ "smtp mx.example.com 25" });
    QTest::newRow("host:993") << "mail.example.com:993" << list({ "imaps mail.example.com 993" });
    QTest::newRow("IPv6 with port") << "[2001:db8::25]:2525" << list({ "smtp 2001:db8::25 2525" });
    QTest::newRow("IPv6 bare") << "2001:db8::25"
                               << list({ "smtps 2001:db8::25 465", "smtp 2001:db8::25 587" });
    QTest::newRow("IPv4") << "192.0.2.25:587" << list({ "smtp 192.0.2.25 587" });
    QTest::newRow("smtps default") << "smtps://mail.example.com" << list({ "smtps mail.example.com 465" });
    QTest::newRow("smtps port") << "smtps://mail.example.com:2465" << list({ "smtps mail.example.com 2465" });
    QTest::newRow("smtp default") << "smtp://mail.example.com" << list({ "smtp mail.example.com 587" });
    QTest::newRow("smtp port 25") << "SMTP://mx.example.com:25/" << list({ "smtp mx.example.com 25" });
    QTest::newRow("imaps") << "imaps://imap.example.com" << list({ "imaps imap.example.com 993" });
    QTest::newRow("pop3s") << "pop3s://[::1]" << list({ "pop3s ::1 995" });
}

void TestServerProbes::targets()
{
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    QString error;
    const QList<ServerTarget> list = parseServerTargets(value, &error);
    QStringList got;
    for (const ServerTarget &t : list)
        got << QStringLiteral("%1 %2 %3").arg(toString(t.protocol), t.host).arg(t.port);
    QCOMPARE(got, expected);
    QVERIFY(error.isEmpty());
    QCOMPARE(list.constFirst().given, value.trimmed());
}

void TestServerProbes::badTargets_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << ""
                           << "needs a value";
    QTest::newRow("unknown scheme") << "http://mail.example.com"
                                    << "unknown scheme";
    QTest::newRow("port zero") << "mail.example.com:0"
                               << "1 to 65535";
    QTest::newRow("port too big") << "mail.example.com:70000"
                                  << "1 to 65535";
    QTest::newRow("port not a number") << "mail.example.com:smtp"
                                       << "1 to 65535";
    QTest::newRow("missing port") << "mail.example.com:"
                                  << "port after ':' is missing";
    QTest::newRow("unclosed bracket") << "[2001:db8::1:25"
                                      << "closing ']'";
    QTest::newRow("not IPv6 in brackets") << "[mail]:25"
                                          << "not an IPv6 address";
    QTest::newRow("space in name") << "mail example.com"
                                   << "not a valid host name";
    QTest::newRow("path") << "smtps://mail.example.com/inbox"
                          << "no path";
    QTest::newRow("user") << "smtps://bob@mail.example.com"
                          << "no path or user name";
}

void TestServerProbes::badTargets()
{
    QFETCH(QString, value);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(parseServerTargets(value, &error).isEmpty());
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestServerProbes::implicitTls()
{
    const ServerProbeResult r = run(QStringLiteral("smtps://mail.example.test"), m_server.implicitTlsPort());
    QVERIFY2(r.probe.status == FindingStatus::Pass, qPrintable(dump(r)));
    QCOMPARE(r.probe.id, QStringLiteral("smtps"));
    QCOMPARE(r.probe.target, QStringLiteral("mail.example.test:465"));
    QVERIFY(r.probe.durationMs.has_value());
    QVERIFY(r.tls.has_value());
    QCOMPARE(r.tls->protocol, QStringLiteral("TLS 1.3"));
    QVERIFY2(r.tls->errors.isEmpty(), qPrintable(r.tls->errorTexts.join(QLatin1Char(';'))));
    QCOMPARE(r.tls->certificateNames(), QStringList { QStringLiteral("mail.example.test") });
    QVERIFY(r.banner.startsWith(QLatin1String("220 mail.example.test")));
    QVERIFY2(r.authMechanisms.contains(QStringLiteral("PLAIN"))
            && r.authMechanisms.contains(QStringLiteral("LOGIN")),
        qPrintable(dump(r)));
    QVERIFY(find(r, QStringLiteral("tls-ok")));
    QVERIFY(find(r, QStringLiteral("smtp-banner")));
    const Finding *ext = find(r, QStringLiteral("smtp-extensions"));
    QVERIFY(ext);
    QVERIFY2(ext->title.contains(QLatin1String("AUTH LOGIN PLAIN")), qPrintable(ext->title));
    QVERIFY2(ext->title.contains(QLatin1String("SIZE 33554432 (32 MB)")), qPrintable(ext->title));
    QVERIFY2(ext->title.contains(QLatin1String("8BITMIME")), qPrintable(ext->title));

    // Like `openssl s_client -crlf -connect host:465`: the handshake first,
    // then the banner; every line stamped.
    const QStringList &t = r.probe.transcript;
    static const QRegularExpression stamped(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (S: |C: |--- )"));
    for (const QString &line : t)
        QVERIFY2(stamped.match(line).hasMatch(), qPrintable(line));
    const int tls = lineOf(t,
        QStringLiteral("--- TLS 1\\.3 TLS_\\S+, certificate CN=mail\\.example\\.test valid until \\d{4}-"));
    const int banner = lineOf(t, QStringLiteral(" S: 220 "));
    const int ehlo = lineOf(t, QStringLiteral(" C: EHLO mailmedic\\.invalid$"));
    const int quit = lineOf(t, QStringLiteral(" C: QUIT$"));
    QVERIFY2(tls >= 0 && tls < banner && banner < ehlo && ehlo < quit, qPrintable(dump(r)));
}

void TestServerProbes::startTls()
{
    const ServerProbeResult r = run(QStringLiteral("smtp://mail.example.test"), m_server.startTlsPort());
    QVERIFY2(r.probe.status == FindingStatus::Pass, qPrintable(dump(r)));
    QCOMPARE(r.probe.target, QStringLiteral("mail.example.test:587"));
    QVERIFY(r.startTlsOffered);
    // Before TLS: STARTTLS, no AUTH. After: AUTH, and nothing kept from before
    // (RFC 3207 §4.2), so no STARTTLS either.
    QVERIFY2(r.ehloBeforeTls.contains(QStringLiteral("STARTTLS")), qPrintable(dump(r)));
    QVERIFY2(!r.ehloBeforeTls.join(QLatin1Char(' ')).contains(QLatin1String("AUTH")), qPrintable(dump(r)));
    QVERIFY2(!r.ehlo.contains(QStringLiteral("STARTTLS")), qPrintable(dump(r)));
    QVERIFY2(r.authMechanisms.contains(QStringLiteral("PLAIN")), qPrintable(dump(r)));
    QVERIFY(!find(r, QStringLiteral("smtp-auth-before-tls")));
    QVERIFY(!find(r, QStringLiteral("smtp-no-starttls")));
    QVERIFY(r.tls.has_value() && r.tls->errors.isEmpty());

    const QStringList &t = r.probe.transcript;
    const int ehlo1 = lineOf(t, QStringLiteral(" C: EHLO "));
    const int starttls = lineOf(t, QStringLiteral(" C: STARTTLS$"));
    const int tls = lineOf(t, QStringLiteral(" --- TLS "));
    const int ehlo2 = lineOf(t, QStringLiteral(" C: EHLO "), ehlo1 + 1);
    QVERIFY2(ehlo1 >= 0 && ehlo1 < starttls && starttls < tls && tls < ehlo2, qPrintable(dump(r)));
}

void TestServerProbes::auth_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("implicit");
    QTest::addColumn<AuthMechanism>("mechanism");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("shown"); // how the secret appears in the transcript

    const QString right = QStringLiteral("Pa55-w0rd!x");
    const QString wrong = QStringLiteral("Wr0ng-Pa55!");
    QTest::newRow("465 PLAIN right") << "smtps://mail.example.test" << true << AuthMechanism::Plain << right
                                     << 235 << "auth-ok"
                                     << "C: AUTH PLAIN ****";
    QTest::newRow("465 PLAIN wrong") << "smtps://mail.example.test" << true << AuthMechanism::Plain << wrong
                                     << 535 << "auth-failed"
                                     << "C: AUTH PLAIN ****";
    QTest::newRow("587 LOGIN right") << "smtp://mail.example.test" << false << AuthMechanism::Login << right
                                     << 235 << "auth-ok"
                                     << "C: ****";
    QTest::newRow("587 LOGIN wrong") << "smtp://mail.example.test" << false << AuthMechanism::Login << wrong
                                     << 535 << "auth-failed"
                                     << "C: ****";
    QTest::newRow("587 auto right") << "smtp://mail.example.test" << false << AuthMechanism::Auto << right
                                    << 235 << "auth-ok"
                                    << "C: AUTH PLAIN ****";
}

void TestServerProbes::auth()
{
    QFETCH(QString, url);
    QFETCH(bool, implicit);
    QFETCH(AuthMechanism, mechanism);
    QFETCH(QString, password);
    QFETCH(int, code);
    QFETCH(QString, finding);
    QFETCH(QString, shown);

    const quint16 port = implicit ? m_server.implicitTlsPort() : m_server.startTlsPort();
    const ServerProbeResult r = run(url, port, nullptr, QStringLiteral("alice"), password, mechanism);
    QCOMPARE(r.authReply, std::optional<int>(code));
    const Finding *f = find(r, finding);
    QVERIFY2(f, qPrintable(dump(r)));
    QCOMPARE(toString(f->status), toString(code == 235 ? FindingStatus::Pass : FindingStatus::Fail));
    if (code == 535)
        QVERIFY2(f->explanation.contains(QLatin1String("535")), qPrintable(f->explanation));
    QVERIFY2(r.probe.transcript.filter(shown).size() >= 1, qPrintable(dump(r)));

    // The password, raw or in any form the wire saw, appears nowhere a user
    // or a log could read it.
    Report report;
    report.kind = InputKind::Domain;
    report.probes << r.probe;
    report.findings = serverFindings({ r }, QStringLiteral("en"));
    const QByteArray json = JsonWriter::toJsonLine(report);
    QByteArray plain;
    plain.append('\0').append("alice").append('\0').append(password.toUtf8());
    const QList<QByteArray> secrets = { password.toUtf8(), password.toUtf8().toBase64(), plain.toBase64() };
    QStringList texts = r.probe.transcript;
    for (const Finding &x : report.findings) {
        texts << x.title << x.explanation << x.evidence << x.cause;
        for (const Fix &fix : x.fixes)
            texts << fix.text;
    }
    for (const QByteArray &secret : secrets) {
        QVERIFY2(!json.contains(secret), json.constData());
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!text.contains(QString::fromUtf8(secret)), qPrintable(text));
    }
}

void TestServerProbes::relay_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<FindingStatus>("status");
    QTest::addColumn<int>("replyClass"); // of the RCPT reply; 0: RCPT never sent
    QTest::newRow("relay refused for strangers (554)") << "refusing"
                                                       << "relay-denied" << FindingStatus::Pass << 5;
    QTest::newRow("RCPT for an outside domain accepted") << "open"
                                                         << "relay-open" << FindingStatus::Fail << 2;
    // Refused before any recipient: no verdict, and above all not "open relay".
    QTest::newRow("MAIL FROM refused (553)") << "sender-refused"
                                             << "relay-sender-refused" << FindingStatus::Untested << 0;
}

void TestServerProbes::relay()
{
    QFETCH(QString, server);
    QFETCH(QString, finding);
    QFETCH(FindingStatus, status);
    QFETCH(int, replyClass);
    QString url = QStringLiteral("smtp://mail.example.test");
    ServerProbeOptions o;
    if (server == QLatin1String("sender-refused")) {
        url = QStringLiteral("mx://mx.example.test"); // a receiving server: no STARTTLS is a warning there
        o = options(m_hostile.port(QStringLiteral("mail-from-refused")));
    } else {
        const Test::SmtpServer &smtp = server == QLatin1String("refusing") ? m_server : m_shared;
        url = QStringLiteral("smtp://") + smtp.hostName();
        o = options(smtp.startTlsPort());
    }
    o.relayFrom = QStringLiteral("probe@example.test");
    o.relayTo = QStringLiteral("someone@example.net");
    const ServerProbeResult r = run(url, 0, &o);
    const Finding *f = find(r, finding);
    QVERIFY2(f, qPrintable(dump(r)));
    QCOMPARE(toString(f->status), toString(status));
    QCOMPARE(r.relayReply.value_or(0) / 100, replyClass);
    QCOMPARE(find(r, QStringLiteral("relay-open")) != nullptr, finding == QLatin1String("relay-open"));
    QVERIFY2(f->explanation.contains(
                 replyClass ? QLatin1String("someone@example.net") : QLatin1String("probe@example.test")),
        qPrintable(f->explanation));
    if (status == FindingStatus::Untested) {
        QCOMPARE(f->cause, QStringLiteral("sender-refused"));
        QVERIFY2(r.probe.status != FindingStatus::Fail, qPrintable(dump(r)));
    }
    // Asked, reset, never sent: no DATA, nothing in the spool.
    const QStringList &t = r.probe.transcript;
    QCOMPARE(t.filter(QStringLiteral("C: RCPT TO:<someone@example.net>")).isEmpty(), replyClass == 0);
    QVERIFY(!t.filter(QStringLiteral("C: RSET")).isEmpty());
    QVERIFY2(t.filter(QStringLiteral("C: DATA")).isEmpty(), qPrintable(dump(r)));
    for (const Test::SmtpServer *smtp : { &m_server, &m_shared })
        QVERIFY(QDir(smtp->spoolDir()).entryList(QDir::Files).isEmpty());
}

void TestServerProbes::certificateForAnotherName()
{
    // The seed case: a mail program set to mail.<domain> while the server's
    // certificate is for the provider's shared host.
    const ServerProbeResult r = run(QStringLiteral("smtps://mail.example.test"), m_shared.implicitTlsPort());
    const Finding *f = find(r, QStringLiteral("tls-hostname-mismatch"));
    QVERIFY2(f, qPrintable(dump(r)));
    QCOMPARE(toString(f->status), toString(FindingStatus::Fail));
    QVERIFY2(f->explanation.contains(QLatin1String("shared.provider.test")), qPrintable(f->explanation));
    QVERIFY2(f->title.contains(QLatin1String("mail.example.test")), qPrintable(f->title));
    QVERIFY(!f->fixes.isEmpty());
    QVERIFY2(f->fixes.constFirst().text.contains(QLatin1String("shared.provider.test")),
        qPrintable(f->fixes.constFirst().text));
    QCOMPARE(r.tls->suggestedName(), QStringLiteral("shared.provider.test"));
    // The error was recorded and the probe went on to read the banner anyway.
    QVERIFY(r.banner.startsWith(QLatin1String("220 ")));
    QCOMPARE(toString(r.probe.status), toString(FindingStatus::Fail));
    QVERIFY(!r.probe.transcript.filter(QStringLiteral("verification:")).isEmpty());

    const Finding *nl = nullptr;
    ServerProbeOptions o = options(m_shared.implicitTlsPort());
    o.language = QStringLiteral("nl");
    const ServerProbeResult rNl = run(QStringLiteral("smtps://mail.example.test"), 0, &o);
    nl = find(rNl, QStringLiteral("tls-hostname-mismatch"));
    QVERIFY(nl);
    QVERIFY2(nl->title.startsWith(QLatin1String("Het certificaat")), qPrintable(nl->title));
}

void TestServerProbes::expiredCertificate()
{
    const ServerProbeResult r = run(QStringLiteral("smtps://mail.example.test"), m_expired.implicitTlsPort());
    const Finding *f = find(r, QStringLiteral("tls-certificate-expired"));
    QVERIFY2(f, qPrintable(dump(r)));
    QCOMPARE(toString(f->status), toString(FindingStatus::Fail));
    QVERIFY2(f->explanation.contains(QLatin1String("2020-02-01")), qPrintable(f->explanation));
    QVERIFY(!find(r, QStringLiteral("tls-hostname-mismatch")));
    QVERIFY(!find(r, QStringLiteral("tls-ok")));
    QVERIFY(r.banner.startsWith(QLatin1String("220 ")));

    // STARTTLS sees the same certificate.
    const ServerProbeResult s = run(QStringLiteral("smtp://mail.example.test"), m_expired.startTlsPort());
    QVERIFY2(find(s, QStringLiteral("tls-certificate-expired")), qPrintable(dump(s)));
}

void TestServerProbes::certificateProblems_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("inExplanation");
    QTest::newRow("self-signed, 465") << "self-signed"
                                      << "smtps://mail.example.test"
                                      << "tls-self-signed"
                                      << "mail.example.test";
    QTest::newRow("self-signed, IMAPS") << "self-signed"
                                        << "imaps://mail.example.test"
                                        << "tls-self-signed"
                                        << "mail.example.test";
    QTest::newRow("not yet valid, 465")
        << "not-yet-valid"
        << "smtps://mail.example.test"
        << "tls-certificate-not-yet-valid"
        << QDateTime::currentDateTimeUtc().addDays(30).toString(QStringLiteral("yyyy-MM-dd"));
    QTest::newRow("not yet valid, STARTTLS")
        << "not-yet-valid"
        << "smtp://mail.example.test"
        << "tls-certificate-not-yet-valid"
        << QDateTime::currentDateTimeUtc().addDays(30).toString(QStringLiteral("yyyy-MM-dd"));
}

void TestServerProbes::certificateProblems()
{
    QFETCH(QString, server);
    QFETCH(QString, url);
    QFETCH(QString, finding);
    QFETCH(QString, inExplanation);
    quint16 port = 0;
    if (server == QLatin1String("self-signed"))
        port = m_selfSigned.port(
            url.startsWith(QLatin1String("imaps")) ? QStringLiteral("imaps") : QStringLiteral("smtps"));
    else
        port = url.startsWith(QLatin1String("smtps")) ? m_notYetValid.implicitTlsPort()
                                                      : m_notYetValid.startTlsPort();
    const ServerProbeResult r = run(url, port);
    const Finding *f = find(r, finding);
    QVERIFY2(f, qPrintable(dump(r)));
    QCOMPARE(toString(f->status), toString(FindingStatus::Fail));
    QVERIFY2(f->explanation.contains(inExplanation), qPrintable(f->explanation));
    QVERIFY(!f->fixes.isEmpty());
    // Its own finding, not one of the other certificate troubles.
    for (const QString &other : { QStringLiteral("tls-certificate-expired"),
             QStringLiteral("tls-hostname-mismatch"), QStringLiteral("tls-self-signed"),
             QStringLiteral("tls-certificate-not-yet-valid"), QStringLiteral("tls-untrusted"),
             QStringLiteral("tls-certificate-error"), QStringLiteral("tls-ok") }) {
        if (other != finding)
            QVERIFY2(!find(r, other), qPrintable(dump(r)));
    }
    // The problem is recorded and the probe still reads what the server says.
    QVERIFY2(!r.banner.isEmpty(), qPrintable(dump(r)));
    QCOMPARE(toString(r.probe.status), toString(FindingStatus::Fail));
}

// "Not trusted" has two different fixes: a company's own root (trust it, or
// use a public authority) and a server that forgets its intermediate
// (configure the full chain). The finding says which, and names the issuer.
void TestServerProbes::whomToTrust_data()
{
    QTest::addColumn<int>("chain");
    QTest::addColumn<bool>("trustRoot");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("issuer");
    using Chain = Test::SmtpServer::Chain;
    QTest::newRow("private root, not sent") << int(Chain::Leaf) << false << "tls-untrusted-root"
                                            << "MailMedic Test CA";
    QTest::newRow("private root, sent along") << int(Chain::LeafAndRoot) << false << "tls-untrusted-root"
                                              << "MailMedic Test CA";
    QTest::newRow("intermediate not sent")
        << int(Chain::MissingIntermediate) << true << "tls-missing-intermediate"
        << "MailMedic Test Intermediate CA";
    QTest::newRow("full chain") << int(Chain::Complete) << true << "tls-ok"
                                << "";
    QTest::newRow("private root, trusted here") << int(Chain::Leaf) << true << "tls-ok"
                                                << "";
}

void TestServerProbes::whomToTrust()
{
    QFETCH(int, chain);
    QFETCH(bool, trustRoot);
    QFETCH(QString, finding);
    QFETCH(QString, issuer);
    Test::SmtpServer server { QStringLiteral("mail.example.test") };
    server.setChain(Test::SmtpServer::Chain(chain));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    ServerProbeOptions o = options(server.implicitTlsPort());
    o.caCertificates
        = trustRoot ? QSslCertificate::fromPath(server.caCertificatePath()) : QList<QSslCertificate>();
    const ServerProbeResult r
        = run(QStringLiteral("smtps://mail.example.test"), server.implicitTlsPort(), &o);
    const Finding *f = find(r, finding);
    QVERIFY2(f, qPrintable(dump(r)));
    QVERIFY2(f->explanation.contains(issuer), qPrintable(f->explanation));
    // The certificates the server sent, in the reader's words (after a
    // switch of language too); the names stay as they are.
    QVERIFY2(f->evidence.first().startsWith(QStringLiteral("CN=mail.example.test, issued by CN=")),
        qPrintable(f->evidence.first()));
    Finding nl = *f;
    FindingCatalog::builtin().retranslate(nl, QStringLiteral("nl"));
    QVERIFY2(nl.evidence.first().startsWith(QStringLiteral("CN=mail.example.test, uitgegeven door CN=")),
        qPrintable(nl.evidence.first()));
    for (const QString &other :
        { QStringLiteral("tls-untrusted-root"), QStringLiteral("tls-missing-intermediate"),
            QStringLiteral("tls-untrusted"), QStringLiteral("tls-self-signed"), QStringLiteral("tls-ok") }) {
        if (other != finding)
            QVERIFY2(!find(r, other), qPrintable(dump(r)));
    }
}

void TestServerProbes::mailboxGreeting_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("logout");
    QTest::newRow("IMAPS 993") << "imaps://mail.example.test"
                               << "imaps"
                               << "imap-greeting"
                               << "C: A1 LOGOUT";
    QTest::newRow("POP3S 995") << "pop3s://mail.example.test"
                               << "pop3s"
                               << "pop3-greeting"
                               << "C: QUIT";
}

void TestServerProbes::mailboxGreeting()
{
    QFETCH(QString, url);
    QFETCH(QString, mode);
    QFETCH(QString, finding);
    QFETCH(QString, logout);
    const ServerProbeResult r = run(url, m_hostile.port(mode));
    QVERIFY2(r.probe.status == FindingStatus::Pass, qPrintable(dump(r)));
    QVERIFY(find(r, finding));
    QVERIFY(find(r, QStringLiteral("tls-ok")));
    QVERIFY(!r.probe.transcript.filter(logout).isEmpty());
    const QList<Finding> settings = MailMedic::clientSettings({ r }, QStringLiteral("en"));
    QCOMPARE(settings.size(), 1);
    QVERIFY2(settings.constFirst().title.contains(QLatin1String("mail.example.test, port ")),
        qPrintable(settings.constFirst().title));
}

// What a probe of a submission port found, as clientSettings() reads it.
static ServerProbeResult submission(const QString &url, bool certificateExpired, bool auth)
{
    QString error;
    ServerProbeResult r;
    r.target = parseServerTargets(url, &error).constFirst();
    r.connected = true;
    r.banner = QStringLiteral("220 mail.example.test ESMTP");
    TlsInfo tls;
    tls.protocol = QStringLiteral("TLS 1.3");
    if (certificateExpired)
        tls.errors << QSslError::CertificateExpired;
    r.tls = tls;
    if (auth)
        r.authMechanisms = QStringList { QStringLiteral("PLAIN"), QStringLiteral("LOGIN") };
    return r;
}

// Settings are recommended only where logging in can work: TLS that holds and
// AUTH after it. A healthy 587 beside a 465 with an expired certificate and
// no AUTH gives 587; when no port works, that is said plainly, port by port.
void TestServerProbes::clientSettingsOnlyWhereLoginWorks()
{
    const ServerProbeResult good587 = submission(QStringLiteral("smtp://mail.example.test:587"), false, true);
    const ServerProbeResult bad465 = submission(QStringLiteral("smtps://mail.example.test:465"), true, false);
    QList<Finding> settings = MailMedic::clientSettings({ bad465, good587 }, QStringLiteral("en"));
    QCOMPARE(settings.size(), 1);
    QVERIFY2(settings.constFirst().title.contains(QLatin1String("mail.example.test, port 587, STARTTLS")),
        qPrintable(settings.constFirst().title));

    // 465 works too: it is preferred (RFC 8314).
    const ServerProbeResult good465
        = submission(QStringLiteral("smtps://mail.example.test:465"), false, true);
    settings = MailMedic::clientSettings({ good587, good465 }, QStringLiteral("en"));
    QVERIFY2(settings.constFirst().title.contains(QLatin1String("port 465, SSL/TLS")),
        qPrintable(settings.constFirst().title));

    // Nothing works: no settings, and why, in the report's language.
    const ServerProbeResult noAuth587
        = submission(QStringLiteral("smtp://mail.example.test:587"), false, false);
    settings = MailMedic::clientSettings({ bad465, noAuth587 }, QStringLiteral("en"));
    QStringList ids;
    for (const Finding &f : settings)
        ids << f.id;
    QCOMPARE(ids,
        (QStringList {
            QStringLiteral("smtp-submission-unusable"), QStringLiteral("smtp-submission-unusable") }));
    QCOMPARE(toString(settings.constFirst().status), toString(FindingStatus::Warn));
    QVERIFY2(settings.at(0).title.contains(QLatin1String("mail.example.test:465")),
        qPrintable(settings.at(0).title));
    QVERIFY2(settings.at(0).explanation.contains(QLatin1String("certificate has expired")),
        qPrintable(settings.at(0).explanation));
    QVERIFY2(settings.at(1).explanation.contains(QLatin1String("does not offer login (AUTH)")),
        qPrintable(settings.at(1).explanation));
    settings = MailMedic::clientSettings({ bad465 }, QStringLiteral("nl"));
    QVERIFY2(settings.constFirst().explanation.contains(QStringLiteral("certificaat is verlopen")),
        qPrintable(settings.constFirst().explanation));
}

void TestServerProbes::clientSettings()
{
    // 587 and 465 both work: the settings name 465 SSL/TLS (RFC 8314).
    const QList<ServerProbeResult> good
        = { run(QStringLiteral("smtp://mail.example.test"), m_server.startTlsPort()),
              run(QStringLiteral("smtps://mail.example.test"), m_server.implicitTlsPort()) };
    QList<Finding> settings = MailMedic::clientSettings(good, QStringLiteral("en"));
    QCOMPARE(settings.size(), 1);
    QCOMPARE(settings.constFirst().id, QStringLiteral("smtp-client-settings"));
    QCOMPARE(toString(settings.constFirst().status), toString(FindingStatus::Info));
    QVERIFY2(settings.constFirst().explanation.contains(
                 QLatin1String("server mail.example.test, port 465, security SSL/TLS, authentication on")),
        qPrintable(settings.constFirst().explanation));

    // Only 587 answers: STARTTLS. And with a certificate for the provider's
    // host: that host's name, not the one typed.
    settings = MailMedic::clientSettings({ good.constFirst() }, QStringLiteral("en"));
    QVERIFY2(settings.constFirst().title.contains(QLatin1String("mail.example.test, port 587, STARTTLS")),
        qPrintable(settings.constFirst().title));
    const ServerProbeResult shared
        = run(QStringLiteral("smtps://mail.example.test"), m_shared.implicitTlsPort());
    settings = MailMedic::clientSettings({ shared }, QStringLiteral("ru"));
    QVERIFY2(
        settings.constFirst().title.contains(QString::fromUtf8("shared.provider.test, порт 465, SSL/TLS")),
        qPrintable(settings.constFirst().title));
}

void TestServerProbes::port25Blocked_data()
{
    QTest::addColumn<QString>("port25Mode"); // what port 25 does
    QTest::addColumn<bool>("blocked");
    QTest::newRow("25 times out, 587 answers") << "blackhole" << true;
    QTest::newRow("25 refused: not the local network") << "refused" << false;
}

void TestServerProbes::port25Blocked()
{
    QFETCH(QString, port25Mode);
    QFETCH(bool, blocked);
    ServerProbeOptions o25
        = options(port25Mode == QLatin1String("refused") ? Test::freePort() : m_hostile.port(port25Mode));
    o25.stepTimeoutMs = 500;
    const QList<ServerProbeResult> results = { run(QStringLiteral("mail.example.test:25"), 0, &o25),
        run(QStringLiteral("smtp://mail.example.test:587"), m_server.startTlsPort()) };
    QCOMPARE(toString(results.constFirst().probe.status), toString(FindingStatus::Untested));
    QCOMPARE(results.constFirst().cause, blocked ? QStringLiteral("timeout") : QStringLiteral("refused"));

    const QList<Finding> findings = serverFindings(results, QStringLiteral("en"));
    QStringList ids;
    for (const Finding &f : findings)
        ids << f.id;
    QCOMPARE(ids.contains(QStringLiteral("smtp-port-blocked")), blocked);
    // Per probe "could not test" gives way to the one explanation.
    QCOMPARE(ids.contains(QStringLiteral("smtp-untested")), !blocked);
    if (blocked) {
        const Finding &f = findings.at(int(ids.indexOf(QStringLiteral("smtp-port-blocked"))));
        QCOMPARE(toString(f.status), toString(FindingStatus::Untested));
        QCOMPARE(f.cause, QStringLiteral("port-blocked"));
        QVERIFY2(f.explanation.contains(QLatin1String("home connections")), qPrintable(f.explanation));
    }
}

void TestServerProbes::cancelStopsEverything()
{
    ServerProbeOptions o = options(m_hostile.port(QStringLiteral("ehlo-silence")));
    o.stepTimeoutMs = 1000;
    ServerProbe probe(target(QStringLiteral("smtp://mail.example.test")), o);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        !probe.result().probe.transcript.filter(QStringLiteral("C: EHLO")).isEmpty(), 5000);
    probe.cancel();
    QVERIFY(probe.isFinished());
    QCOMPARE(toString(probe.result().probe.status), toString(FindingStatus::Untested));
    QCOMPARE(probe.result().cause, QStringLiteral("cancelled"));
    const int lines = int(probe.result().probe.transcript.size());
    // Longer than the step timeout: nothing fires any more.
    QVERIFY(!finished.wait(o.stepTimeoutMs + 500));
    QCOMPARE(int(probe.result().probe.transcript.size()), lines);
}

void TestServerProbes::runnerLimitsConcurrency()
{
    ProbeRunner runner;
    runner.setConcurrency(2);
    int active = 0;
    int maxActive = 0;
    QList<int> finishedOrder;
    connect(&runner, &ProbeRunner::probeStarted, this,
        [&](int, const ServerTarget &) { maxActive = qMax(maxActive, ++active); });
    connect(&runner, &ProbeRunner::probeFinished, this, [&](int index, const ServerProbeResult &) {
        --active;
        finishedOrder << index;
    });
    for (int i = 0; i < 3; ++i) {
        runner.add(new ServerProbe(
            target(QStringLiteral("smtps://mail.example.test")), options(m_server.implicitTlsPort())));
        runner.add(new ServerProbe(
            target(QStringLiteral("smtp://mail.example.test")), options(m_server.startTlsPort())));
    }
    QSignalSpy done(&runner, &ProbeRunner::finished);
    runner.start();
    QVERIFY(done.wait(30000));
    QCOMPARE(done.count(), 1);
    QCOMPARE(maxActive, 2);
    QCOMPARE(finishedOrder.size(), 6);
    const QList<ServerProbeResult> results = runner.results();
    QCOMPARE(results.size(), 6);
    for (const ServerProbeResult &r : results)
        QVERIFY2(r.probe.status == FindingStatus::Pass, qPrintable(dump(r)));
    QCOMPARE(results.at(1).probe.id, QStringLiteral("smtp-starttls"));
}

void TestServerProbes::runnerTimeout()
{
    ProbeRunner runner;
    runner.setTimeout(400);
    for (int i = 0; i < 3; ++i) {
        ServerProbeOptions o = options(m_hostile.port(QStringLiteral("blackhole")));
        runner.add(new ServerProbe(target(QStringLiteral("mail.example.test:25")), o));
    }
    runner.setConcurrency(2); // the third one never starts
    QSignalSpy done(&runner, &ProbeRunner::finished);
    QSignalSpy each(&runner, &ProbeRunner::probeFinished);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    QVERIFY(done.wait(5000));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(each.count(), 3);
    for (const ServerProbeResult &r : runner.results()) {
        QCOMPARE(toString(r.probe.status), toString(FindingStatus::Untested));
        QCOMPARE(r.cause, QStringLiteral("timeout"));
    }
}

void TestServerProbes::runnerCancelAll()
{
    ProbeRunner runner;
    ServerProbeOptions o = options(m_hostile.port(QStringLiteral("silence")));
    o.stepTimeoutMs = 1000;
    for (int i = 0; i < 3; ++i)
        runner.add(new ServerProbe(target(QStringLiteral("smtp://mail.example.test")), o));
    QSignalSpy done(&runner, &ProbeRunner::finished);
    QSignalSpy each(&runner, &ProbeRunner::probeFinished);
    QSignalSpy started(&runner, &ProbeRunner::probeStarted);
    runner.start();
    QCOMPARE(started.count(), 3);
    runner.cancelAll();
    QVERIFY(!runner.isRunning());
    for (const ServerProbeResult &r : runner.results())
        QCOMPARE(r.cause, QStringLiteral("cancelled"));
    QVERIFY(!done.wait(o.stepTimeoutMs + 500));
    QCOMPARE(each.count(), 0);
}

QTEST_GUILESS_MAIN(TestServerProbes)
#include "TestServerProbes.moc"
