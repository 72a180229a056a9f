// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"
#include "KnotServer.h"
#include "SmtpServer.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTextStream>

using namespace MailMedic;
using MailMedic::Test::KnotServer;
using MailMedic::Test::SmtpServer;

// `mailmedic-cli check DOMAIN` and `diagnose` with live checks, as a support
// team scripts them: against a real Knot DNS server and a real SMTP server
// with TLS on loopback, output validated against the shared JSON contract.
class TestCheckCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checkDomain();
    void silentResolverIsUntestedNotFailed();
    void diagnoseRunsTheRulesChecks();
    void dmarcAlignmentFromTheReturnedMessage();
    void spfMustIncludeTheSendingService();
    void badServerValue();
    void caFileTrustsACompanyCa();
    void authTestWithUser_data();
    void authTestWithUser();
    void userWithoutPassword();

private:
    static QJsonObject findingById(const QJsonObject &report, const QString &id);
    // `diagnose - --json` on `message` with live checks against m_dns.
    Test::CliRun diagnose(const QByteArray &message, const QStringList &moreArguments = {}) const;

    KnotServer m_dns;
    SmtpServer m_smtp;
};

void TestCheckCommand::initTestCase()
{
    m_dns.addZone(QStringLiteral("shop.test"), Test::shopTestZone());
    m_smtp.setCredentials(QStringLiteral("alice"), QStringLiteral("Pa55-w0rd!x"));
    QString error;
    QVERIFY2(m_dns.start(&error), qPrintable(error));
    QVERIFY2(m_smtp.start(&error), qPrintable(error));
}

QJsonObject TestCheckCommand::findingById(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &v : report.value(QStringLiteral("findings")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return QJsonObject();
}

Test::CliRun TestCheckCommand::diagnose(const QByteArray &message, const QStringList &moreArguments) const
{
    return Test::runCli(QStringList { QStringLiteral("diagnose"), QStringLiteral("-"),
                            QStringLiteral("--json"), QStringLiteral("--nameserver"), m_dns.nameserver(),
                            QStringLiteral("--timeout"), QStringLiteral("20") }
            + moreArguments,
        message);
}

void TestCheckCommand::checkDomain()
{
    const QString server = QStringLiteral("smtps://127.0.0.1:%1").arg(m_smtp.implicitTlsPort());
    const Test::CliRun r = Test::runCli({ QStringLiteral("check"), QStringLiteral("shop.test"),
        QStringLiteral("--json"), QStringLiteral("--nameserver"), m_dns.nameserver(),
        QStringLiteral("--server"), server, QStringLiteral("--timeout"), QStringLiteral("20") });
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    QCOMPARE(Test::validateContract(r.out).last(), QStringLiteral("1 objects valid"));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("kind")).toString(), QStringLiteral("domain"));
    QCOMPARE(report.value(QStringLiteral("file")).toString(), QStringLiteral("shop.test"));
    QCOMPARE(findingById(report, QStringLiteral("mx-ok")).value(QStringLiteral("status")).toString(),
        QStringLiteral("pass"));
    QCOMPARE(findingById(report, QStringLiteral("dmarc-ok")).value(QStringLiteral("status")).toString(),
        QStringLiteral("pass"));
    QVERIFY(!findingById(report, QStringLiteral("spf-fail-all")).isEmpty()
        || !findingById(report, QStringLiteral("spf-ok")).isEmpty());
    // The 465 probe: what `openssl s_client -crlf -connect host:465` would show.
    bool sawBanner = false;
    for (const QJsonValue &p : report.value(QStringLiteral("probes")).toArray()) {
        const QJsonObject probe = p.toObject();
        if (!probe.value(QStringLiteral("target"))
                 .toString()
                 .contains(QString::number(m_smtp.implicitTlsPort())))
            continue;
        for (const QJsonValue &line : probe.value(QStringLiteral("transcript")).toArray())
            sawBanner = sawBanner || (line.toString().contains(QStringLiteral("S: 220 ")));
    }
    QVERIFY2(sawBanner, qPrintable(r.out.left(3000)));
}

void TestCheckCommand::silentResolverIsUntestedNotFailed()
{
    Test::SilentNameserver silent;
    QVERIFY(silent.listen());
    const Test::CliRun r = Test::runCli({ QStringLiteral("check"), QStringLiteral("shop.test"),
        QStringLiteral("--json"), QStringLiteral("--nameserver"), silent.address(),
        QStringLiteral("--timeout"), QStringLiteral("4") });
    QCOMPARE(r.rc, 0);
    QCOMPARE(Test::validateContract(r.out).last(), QStringLiteral("1 objects valid"));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        QVERIFY2(f.value(QStringLiteral("status")).toString() != QLatin1String("fail"),
            qPrintable(f.value(QStringLiteral("id")).toString()));
        if (f.value(QStringLiteral("status")).toString() == QLatin1String("untested"))
            QVERIFY(!f.value(QStringLiteral("cause")).toString().isEmpty());
    }
}

void TestCheckCommand::diagnoseRunsTheRulesChecks()
{
    // A Gmail 5.7.26 rejection asks for SPF, DKIM and DMARC of the sender's domain.
    const QByteArray bounce
        = "550-5.7.26 This message does not have authentication information or fails to\n"
          "550-5.7.26 pass authentication checks. To best protect our users from spam, the\n"
          "550 5.7.26 message has been blocked. gsmtp\n";
    const Test::CliRun r = diagnose(bounce, { QStringLiteral("--domain"), QStringLiteral("shop.test") });
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    QCOMPARE(Test::validateContract(r.out).last(), QStringLiteral("1 objects valid"));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("reason")).toString(), QStringLiteral("authfailure"));
    QVERIFY(!findingById(report, QStringLiteral("dmarc-ok")).isEmpty());
    QStringList ids;
    for (const QJsonValue &p : report.value(QStringLiteral("probes")).toArray())
        ids << p.toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(ids.contains(QStringLiteral("dns-spf")) && ids.contains(QStringLiteral("dns-dmarc")),
        qPrintable(ids.join(QLatin1Char(','))));
}

void TestCheckCommand::dmarcAlignmentFromTheReturnedMessage()
{
    // Sent through a bulk service that signs and bounces with its own domain:
    // neither lines up with the From domain, so DMARC cannot pass.
    const QByteArray dsn
        = "From: MAILER-DAEMON@mx.example.net\nTo: b@bulk.test\nSubject: Undelivered Mail Returned to "
          "Sender\n"
          "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
          "--b\nContent-Type: text/plain\n\nnot delivered\n"
          "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
          "Final-Recipient: rfc822; friend@example.net\nAction: failed\nStatus: 5.7.26\n"
          "Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email from shop.test is not accepted due to "
          "domain's DMARC policy\n\n"
          "--b\nContent-Type: text/rfc822-headers\n\n"
          "Return-Path: <b@bulk.test>\n"
          "Received: from out.bulk.test (out.bulk.test [192.0.2.25]) by mx.example.net\n"
          "DKIM-Signature: v=1; a=rsa-sha256; d=bulk.test; s=k1; h=from; bh=x=; b=y=\n"
          "From: Shop <news@shop.test>\nTo: friend@example.net\nSubject: Offer\n\n--b--\n";
    const Test::CliRun r = diagnose(dsn);
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    QCOMPARE(Test::validateContract(r.out).last(), QStringLiteral("1 objects valid"));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject alignment = findingById(report, QStringLiteral("dmarc-not-aligned"));
    QVERIFY2(!alignment.isEmpty(), qPrintable(r.out.left(2000)));
    QCOMPARE(alignment.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY(
        !findingById(report, QStringLiteral("dmarc-ok")).isEmpty()); // checked on shop.test, the From domain
}

void TestCheckCommand::spfMustIncludeTheSendingService()
{
    // Sent through Google (the first Received hop), but shop.test's SPF
    // record only lists its own network.
    const QByteArray dsn
        = "From: MAILER-DAEMON@mx.example.net\nTo: news@shop.test\nSubject: Undelivered Mail Returned to "
          "Sender\n"
          "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
          "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
          "Final-Recipient: rfc822; friend@example.net\nAction: failed\nStatus: 5.7.23\n"
          "Diagnostic-Code: smtp; 550 5.7.23 SPF sender 198.51.100.20 is not allowed to send mail from "
          "shop.test\n\n"
          "--b\nContent-Type: text/rfc822-headers\n\n"
          "Received: from mail-wr1-f41.google.com (mail-wr1-f41.google.com [198.51.100.20]) by "
          "mx.example.net\n"
          "Received: from [192.168.1.5] by smtp.gmail.com with ESMTPSA id x1\n"
          "From: news@shop.test\nTo: friend@example.net\nSubject: Offer\n\n--b--\n";
    const Test::CliRun r = diagnose(dsn);
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject missing = findingById(report, QStringLiteral("spf-provider-include-missing"));
    QVERIFY2(!missing.isEmpty(), qPrintable(r.out.left(3000)));
    QCOMPARE(missing.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
    QVERIFY(missing.value(QStringLiteral("fixes"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral("include:_spf.google.com")));
    // The IP the receiver named is the one SPF judged.
    QVERIFY(!findingById(report, QStringLiteral("spf-ip-fail")).isEmpty());
}

void TestCheckCommand::badServerValue()
{
    const Test::CliRun r
        = Test::runCli({ QStringLiteral("check"), QStringLiteral("shop.test"), QStringLiteral("--server"),
            QStringLiteral("ftp://mail.shop.test"), QStringLiteral("--nameserver"), m_dns.nameserver() });
    QCOMPARE(r.rc, int(CommandLine::UsageError));
    QVERIFY2(r.err.contains(QStringLiteral("ftp")), qPrintable(r.err));
    // In the person's language, as the wizard shows it too.
    const Test::CliRun dutch
        = Test::runCli({ QStringLiteral("check"), QStringLiteral("shop.test"), QStringLiteral("--server"),
            QStringLiteral("ftp://mail.shop.test"), QStringLiteral("--lang"), QStringLiteral("nl") });
    QCOMPARE(dutch.rc, int(CommandLine::UsageError));
    QVERIFY2(dutch.err.contains(QStringLiteral("onbekend schema 'ftp://'")), qPrintable(dutch.err));
    const Test::CliRun noDomain = Test::runCli({ QStringLiteral("check") });
    QCOMPARE(noDomain.rc, int(CommandLine::UsageError));
    QVERIFY(noDomain.err.contains(QStringLiteral("domain")));
}

// A company or support desk with its own CA: --ca-file makes the probe
// trust it, and without it the certificate is reported as not trusted.
void TestCheckCommand::caFileTrustsACompanyCa()
{
    const QString server = QStringLiteral("smtps://127.0.0.1:%1").arg(m_smtp.implicitTlsPort());
    const QStringList base { QStringLiteral("check"), QStringLiteral("shop.test"), QStringLiteral("--json"),
        QStringLiteral("--nameserver"), m_dns.nameserver(), QStringLiteral("--server"), server,
        QStringLiteral("--timeout"), QStringLiteral("20") };
    const Test::CliRun without = Test::runCli(base);
    QVERIFY2(without.rc == 0, qPrintable(without.err));
    const QJsonObject plain = QJsonDocument::fromJson(without.out.toUtf8()).object();
    QVERIFY(findingById(plain, QStringLiteral("tls-ok")).isEmpty());
    // Said as the support desk needs it: issued by whom, and that this
    // computer does not trust that authority (not "a missing intermediate").
    const QJsonObject untrusted = findingById(plain, QStringLiteral("tls-untrusted-root"));
    QVERIFY2(untrusted.value(QStringLiteral("explanation"))
                 .toString()
                 .contains(QLatin1String("MailMedic Test CA")),
        qPrintable(without.out));
    QVERIFY(findingById(plain, QStringLiteral("tls-missing-intermediate")).isEmpty());

    const Test::CliRun with
        = Test::runCli(base + QStringList { QStringLiteral("--ca-file"), m_smtp.caCertificatePath() });
    QVERIFY2(with.rc == 0, qPrintable(with.err));
    const QJsonObject trusted = QJsonDocument::fromJson(with.out.toUtf8()).object();
    QCOMPARE(findingById(trusted, QStringLiteral("tls-ok")).value(QStringLiteral("status")).toString(),
        QStringLiteral("pass"));
    QVERIFY(findingById(trusted, QStringLiteral("tls-untrusted-root")).isEmpty());

    const Test::CliRun missing = Test::runCli(
        base + QStringList { QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem") });
    QCOMPARE(missing.rc, 2);
    QVERIFY2(missing.err.contains(QLatin1String("--ca-file")), qPrintable(missing.err));
}

void TestCheckCommand::authTestWithUser_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("status");
    QTest::newRow("right password") << QStringLiteral("Pa55-w0rd!x") << QStringLiteral("auth-ok")
                                    << QStringLiteral("pass");
    QTest::newRow("wrong password") << QStringLiteral("Wr0ng-Secret#7") << QStringLiteral("auth-failed")
                                    << QStringLiteral("fail");
}

// --user NAME with the password from MAILMEDIC_PASSWORD: 235 is a pass, 535
// a failure that says what to check; the password appears in no output.
void TestCheckCommand::authTestWithUser()
{
    QFETCH(QString, password);
    QFETCH(QString, finding);
    QFETCH(QString, status);
    qputenv("MAILMEDIC_PASSWORD", password.toUtf8());
    const Test::CliRun r = Test::runCli({ QStringLiteral("check"), QStringLiteral("shop.test"),
        QStringLiteral("--json"), QStringLiteral("--nameserver"), m_dns.nameserver(),
        QStringLiteral("--server"), QStringLiteral("smtps://127.0.0.1:%1").arg(m_smtp.implicitTlsPort()),
        QStringLiteral("--ca-file"), m_smtp.caCertificatePath(), QStringLiteral("--user"),
        QStringLiteral("alice"), QStringLiteral("--timeout"), QStringLiteral("20") });
    qunsetenv("MAILMEDIC_PASSWORD");
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    QCOMPARE(Test::validateContract(r.out).last(), QStringLiteral("1 objects valid"));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject auth = findingById(report, finding);
    QVERIFY2(!auth.isEmpty(), qPrintable(r.out.left(3000)));
    QCOMPARE(auth.value(QStringLiteral("status")).toString(), status);
    if (status == QLatin1String("fail"))
        QVERIFY(!auth.value(QStringLiteral("fixes")).toArray().isEmpty());
    QVERIFY(!r.out.contains(password));
    QVERIFY(!r.err.contains(password));
    QVERIFY(!r.out.contains(QString::fromLatin1(password.toUtf8().toBase64())));
}

void TestCheckCommand::userWithoutPassword()
{
    qunsetenv("MAILMEDIC_PASSWORD");
    const Test::CliRun r = Test::runCli({ QStringLiteral("check"), QStringLiteral("shop.test"),
        QStringLiteral("--user"), QStringLiteral("alice") });
    QCOMPARE(r.rc, 2);
    QVERIFY2(r.err.contains(QLatin1String("MAILMEDIC_PASSWORD")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "TestCheckCommand.moc"
