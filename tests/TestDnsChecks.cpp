// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/DkimCheck.h"
#include "checks/DmarcCheck.h"
#include "checks/MxCheck.h"
#include "checks/PtrCheck.h"
#include "dns/CAresResolver.h"
#include "KnotServer.h"
#include "report/Detail.h"
#include "report/FindingCatalog.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace MailMedic;

// The MX, DMARC, DKIM and PTR checks against a real Knot DNS on loopback
// serving every case, and against a server that never answers. What is
// asserted is what a user sees: finding ids, statuses, causes, evidence.
class TestDnsChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mx_data();
    void mx();
    void dmarc_data();
    void dmarc();
    void dmarcSyntax_data();
    void dmarcSyntax();
    void alignment_data();
    void alignment();
    void dkim_data();
    void dkim();
    void ptr_data();
    void ptr();
    void silentServerIsUntested_data();
    void silentServerIsUntested();
    void checkTimeoutBeatsResolverTimeout();
    void cancelReportsCancelled();
    void languages();
    void problemsInLanguage_data();
    void problemsInLanguage();

private:
    static QByteArray publicKeyDer(int bits, QString *error);
    static QString txt(const QString &text);
    std::unique_ptr<CAresResolver> resolver();
    static QList<Finding> run(DnsCheck &check, const std::function<void()> &start, int timeoutMs = 8000);
    static QStringList summary(const QList<Finding> &findings);
    void verifyFindings(
        const QList<Finding> &findings, const QStringList &expected, const QString &evidence) const;

    Test::KnotServer m_knot;
    QHash<int, QString> m_keys; // bits -> base64 SubjectPublicKeyInfo
};

QByteArray TestDnsChecks::publicKeyDer(int bits, QString *error)
{
    QProcess gen;
    gen.start(QStringLiteral(MAILMEDIC_OPENSSL),
        { QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
            QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:%1").arg(bits) });
    if (!gen.waitForFinished(30000) || gen.exitCode() != 0) {
        *error = QString::fromLocal8Bit(gen.readAllStandardError());
        return {};
    }
    QProcess pub;
    pub.start(QStringLiteral(MAILMEDIC_OPENSSL),
        { QStringLiteral("pkey"), QStringLiteral("-pubout"), QStringLiteral("-outform"),
            QStringLiteral("DER") });
    pub.write(gen.readAllStandardOutput());
    pub.closeWriteChannel();
    if (!pub.waitForFinished(30000) || pub.exitCode() != 0) {
        *error = QString::fromLocal8Bit(pub.readAllStandardError());
        return {};
    }
    return pub.readAllStandardOutput();
}

QString TestDnsChecks::txt(const QString &text)
{
    // RFC 1035 §3.3.14: at most 255 bytes per character-string; longer
    // records (a 2048-bit key) are split and joined again by the resolver.
    QStringList parts;
    for (int i = 0; i < text.size(); i += 200)
        parts << QLatin1Char('"') + text.mid(i, 200) + QLatin1Char('"');
    return parts.join(QLatin1Char(' '));
}

void TestDnsChecks::initTestCase()
{
    for (const int bits : { 512, 1024, 2048 }) {
        QString error;
        const QByteArray der = publicKeyDer(bits, &error);
        QVERIFY2(!der.isEmpty(), qPrintable(error));
        QCOMPARE(DkimKey::rsaBits(der), bits);
        m_keys.insert(bits, QString::fromLatin1(der.toBase64()));
    }
    const QString ed25519 = QString::fromLatin1(QByteArray(32, '\x42').toBase64());

    const QString soa
        = QStringLiteral("@ IN SOA ns1.checks.test. hostmaster.checks.test. 1 3600 600 86400 300\n"
                         "@ IN NS ns1.checks.test.\n");
    QString checks = QStringLiteral("$TTL 3600\n") + soa
        + QStringLiteral(
            "ns1 IN A 127.0.0.1\n"
            // MX
            "good 300 IN MX 10 mx1.good\n"
            "good 300 IN MX 20 mx2.good\n"
            "mx1.good IN A 192.0.2.10\n"
            "mx2.good IN AAAA 2001:db8::20\n"
            "cname IN MX 10 alias.cname\n"
            "alias.cname IN CNAME real.cname\n"
            "real.cname IN A 192.0.2.11\n"
            "noaddr IN MX 10 ghost.noaddr\n"
            "ghost.noaddr IN TXT \"no address here\"\n"
            "nullmx IN MX 0 .\n"
            "aonly IN A 192.0.2.30\n"
            "nodata IN TXT \"nothing for mail\"\n"
            "proxied IN MX 10 _dc-mx.1a2b3c.proxied\n"
            "_dc-mx.1a2b3c.proxied IN A 192.0.2.12\n"
            // DMARC
            "_dmarc.reject IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@checks.test\"\n"
            "_dmarc.none IN TXT \"v=DMARC1; p=none; rua=mailto:dmarc@checks.test\"\n"
            "_dmarc.two IN TXT \"v=DMARC1; p=reject\"\n"
            "_dmarc.two IN TXT \"v=DMARC1; p=none\"\n"
            "_dmarc.bad IN TXT \"v=DMARC1; p=reject; pct=150; rua=https://report.checks.test/\"\n"
            "_dmarc.order IN TXT \"p=reject; v=DMARC1\"\n"
            "_dmarc.pct IN TXT \"v=DMARC1; p=quarantine; pct=50; adkim=s\"\n"
            "_dmarc.typo IN TXT \"v=DMARC1; p=reject; rue=mailto:dmarc@checks.test\"\n"
            "_dmarc.other IN TXT \"site-verification=abc123\"\n"
            // PTR targets
            "ip-192-0-2-12.pool IN A 192.0.2.12\n"
            "wrong IN A 192.0.2.99\n"
            "a.multi IN A 192.0.2.14\n"
            "b.multi IN A 192.0.2.14\n"
            "v6wrong IN AAAA 2001:db8::99\n");
    // DKIM
    const auto key = [&checks](const QString &selector, const QString &record) {
        checks += selector + QStringLiteral("._domainkey IN TXT ") + txt(record) + QLatin1Char('\n');
    };
    key(QStringLiteral("s512"), QStringLiteral("v=DKIM1; k=rsa; p=") + m_keys.value(512));
    key(QStringLiteral("s1024"), QStringLiteral("v=DKIM1; k=rsa; p=") + m_keys.value(1024));
    key(QStringLiteral("s2048"), QStringLiteral("v=DKIM1; k=rsa; p=") + m_keys.value(2048));
    key(QStringLiteral("testing"), QStringLiteral("v=DKIM1; t=y; p=") + m_keys.value(2048));
    key(QStringLiteral("revoked"), QStringLiteral("v=DKIM1; k=rsa; p="));
    key(QStringLiteral("ed"), QStringLiteral("v=DKIM1; k=ed25519; p=") + ed25519);
    key(QStringLiteral("garbage"), QStringLiteral("v=DKIM1; k=rsa; p=QUJDREVGR0g="));
    key(QStringLiteral("sha1"), QStringLiteral("v=DKIM1; h=sha1; p=") + m_keys.value(2048));
    key(QStringLiteral("broken"), QStringLiteral("k=dsa; v=DKIM1; s=web; p=") + m_keys.value(2048));
    checks += QStringLiteral("selector2._domainkey.common IN TXT ")
        + txt(QStringLiteral("v=DKIM1; p=") + m_keys.value(2048)) + QLatin1Char('\n');
    m_knot.addZone(QStringLiteral("checks.test."), checks);

    // The parent without the child's nameservers, a name under a public
    // suffix, reverse DNS: tests/data/zones. The zones above carry keys made
    // for this run, and the one below names built from addresses.
    QVERIFY(m_knot.addZoneFile(QStringLiteral("test.")));
    QVERIFY(m_knot.addZoneFile(QStringLiteral("example.co.uk.")));
    QVERIFY(m_knot.addZoneFile(QStringLiteral("2.0.192.in-addr.arpa.")));
    const auto ptr6 = [](const QString &ip, const QString &target) -> QString {
        return Resolver::reverseName(QHostAddress(ip)) + QStringLiteral(". IN PTR ") + target
            + QLatin1Char('\n');
    };
    m_knot.addZone(QStringLiteral("8.b.d.0.1.0.0.2.ip6.arpa."),
        QStringLiteral("$TTL 3600\n@ IN SOA ns1.checks.test. hostmaster.checks.test. 1 3600 600 86400 300\n"
                       "@ IN NS ns1.checks.test.\n")
            + ptr6(QStringLiteral("2001:db8::20"), QStringLiteral("mx2.good.checks.test."))
            + ptr6(QStringLiteral("2001:db8::22"), QStringLiteral("v6wrong.checks.test.")));
    QString error;
    QVERIFY2(m_knot.start(&error), qPrintable(error));
    QVERIFY(FindingCatalog::builtinErrors().isEmpty());
}

std::unique_ptr<CAresResolver> TestDnsChecks::resolver()
{
    auto r = std::make_unique<CAresResolver>();
    r->setNameserver(m_knot.nameserver());
    r->setTimeout(3000);
    return r;
}

QList<Finding> TestDnsChecks::run(DnsCheck &check, const std::function<void()> &start, int timeoutMs)
{
    int emitted = 0;
    QList<Finding> findings;
    const QMetaObject::Connection connection
        = connect(&check, &DnsCheck::finished, &check, [&emitted, &findings](const QList<Finding> &f) {
              ++emitted;
              findings = f;
          });
    start();
    if (!QTest::qWaitFor([&emitted] { return emitted > 0; }, timeoutMs))
        qWarning("no finished() within %d ms", timeoutMs);
    QTest::qWait(20); // a second finished() would show up here
    disconnect(connection);
    if (emitted != 1)
        qWarning("finished() emitted %d times", emitted);
    return emitted == 1 ? findings : QList<Finding>();
}

QStringList TestDnsChecks::summary(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings) {
        QString line = toString(f.status) + QLatin1Char(' ') + f.id;
        if (!f.cause.isEmpty())
            line += QLatin1Char(' ') + f.cause;
        lines << line;
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

void TestDnsChecks::verifyFindings(
    const QList<Finding> &findings, const QStringList &expected, const QString &evidence) const
{
    QStringList want = expected;
    std::sort(want.begin(), want.end());
    QCOMPARE(summary(findings), want);
    for (const Finding &f : findings) {
        // Every finding has a real text and something to show for itself.
        QVERIFY2(!f.title.startsWith(QLatin1String("[missing")), qPrintable(f.title));
        QVERIFY2(!f.title.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(f.title));
        QVERIFY2(
            !f.explanation.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(f.explanation));
        QVERIFY2(!f.evidence.isEmpty(), qPrintable(f.id));
        QCOMPARE(f.status == FindingStatus::Untested, !f.cause.isEmpty());
    }
    if (evidence.isEmpty())
        return;
    QStringList all;
    for (const Finding &f : findings)
        all << f.evidence;
    QVERIFY2(all.contains(evidence), qPrintable(all.join(QLatin1Char('\n'))));
    // And which server gave the answer.
    QVERIFY2(all.contains(QStringLiteral("(answered by %1)").arg(m_knot.nameserver())),
        qPrintable(all.join(QLatin1Char('\n'))));
}

void TestDnsChecks::mx_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("evidence");
    const QString nsOk = QStringLiteral("pass mx-ns-ok");
    QTest::newRow("good: two MX with addresses")
        << QStringLiteral("good.checks.test") << QStringList { QStringLiteral("pass mx-ok"), nsOk }
        << QStringLiteral("good.checks.test. MX 10 mx1.good.checks.test. (TTL 300)");
    QTest::newRow("MX target is a CNAME")
        << QStringLiteral("cname.checks.test") << QStringList { QStringLiteral("fail mx-target-cname"), nsOk }
        << QStringLiteral("alias.cname.checks.test. CNAME real.cname.checks.test. (TTL 3600)");
    QTest::newRow("MX target without address")
        << QStringLiteral("noaddr.checks.test")
        << QStringList { QStringLiteral("fail mx-target-no-address"), nsOk }
        << QStringLiteral("ghost.noaddr.checks.test. A: no records (NODATA)");
    QTest::newRow("Cloudflare _dc-mx target")
        << QStringLiteral("proxied.checks.test")
        << QStringList { QStringLiteral("fail mx-target-proxied"), nsOk }
        << QStringLiteral("proxied.checks.test. MX 10 _dc-mx.1a2b3c.proxied.checks.test. (TTL 3600)");
    QTest::newRow("null MX") << QStringLiteral("nullmx.checks.test")
                             << QStringList { QStringLiteral("info mx-null"), nsOk }
                             << QStringLiteral("nullmx.checks.test. MX 0 . (TTL 3600)");
    QTest::newRow("no MX, but an A record")
        << QStringLiteral("aonly.checks.test") << QStringList { QStringLiteral("warn mx-implicit-a"), nsOk }
        << QStringLiteral("aonly.checks.test. A 192.0.2.30 (TTL 3600)");
    QTest::newRow("NODATA: neither MX nor address")
        << QStringLiteral("nodata.checks.test") << QStringList { QStringLiteral("fail mx-none"), nsOk }
        << QStringLiteral("nodata.checks.test. MX: no records (NODATA)");
    QTest::newRow("NXDOMAIN: no such domain")
        << QStringLiteral("missing.checks.test") << QStringList { QStringLiteral("fail mx-nxdomain"), nsOk }
        << QStringLiteral("missing.checks.test. MX: no such name (NXDOMAIN)");
    QTest::newRow("domain without nameservers")
        << QStringLiteral("nons.test")
        << QStringList { QStringLiteral("pass mx-ok"), QStringLiteral("fail mx-ns-missing") }
        << QStringLiteral("nons.test. NS: no records (NODATA)");
}

void TestDnsChecks::mx()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, expected);
    QFETCH(QString, evidence);
    const auto r = resolver();
    MxCheck check(r.get());
    const QList<Finding> findings = run(check, [&] { check.start(domain); });
    verifyFindings(findings, expected, evidence);
    QCOMPARE(summary(check.findings()), summary(findings));
    QVERIFY(!check.isRunning());
}

void TestDnsChecks::dmarc_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("evidence");
    QTest::newRow("p=reject") << QStringLiteral("reject.checks.test")
                              << QStringList { QStringLiteral("pass dmarc-ok") }
                              << QStringLiteral("_dmarc.reject.checks.test. TXT \"v=DMARC1; p=reject; "
                                                "rua=mailto:dmarc@checks.test\" (TTL 3600)");
    QTest::newRow("p=none") << QStringLiteral("none.checks.test")
                            << QStringList { QStringLiteral("warn dmarc-policy-none") } << QString();
    QTest::newRow("no record anywhere")
        << QStringLiteral("nodmarc.checks.test") << QStringList { QStringLiteral("warn dmarc-missing") }
        << QStringLiteral("_dmarc.checks.test. TXT: no such name (NXDOMAIN)");
    QTest::newRow("only unrelated TXT")
        << QStringLiteral("other.checks.test") << QStringList { QStringLiteral("warn dmarc-missing") }
        << QStringLiteral("_dmarc.other.checks.test. TXT \"site-verification=abc123\" (TTL 3600)");
    QTest::newRow("two records") << QStringLiteral("two.checks.test")
                                 << QStringList { QStringLiteral("fail dmarc-multiple") } << QString();
    QTest::newRow("pct and rua wrong")
        << QStringLiteral("bad.checks.test")
        << QStringList { QStringLiteral("fail dmarc-syntax"), QStringLiteral("fail dmarc-syntax"),
               QStringLiteral("pass dmarc-ok") }
        << QString();
    QTest::newRow("v not first") << QStringLiteral("order.checks.test")
                                 << QStringList { QStringLiteral("fail dmarc-syntax"),
                                        QStringLiteral("fail dmarc-syntax"), QStringLiteral("pass dmarc-ok") }
                                 << QString();
    QTest::newRow("pct=50") << QStringLiteral("pct.checks.test")
                            << QStringList { QStringLiteral("pass dmarc-ok"),
                                   QStringLiteral("info dmarc-pct") }
                            << QString();
    QTest::newRow("typo in a tag") << QStringLiteral("typo.checks.test")
                                   << QStringList { QStringLiteral("pass dmarc-ok"),
                                          QStringLiteral("warn dmarc-tag-unknown") }
                                   << QString();
    QTest::newRow("organizational domain fallback, sp= applies")
        << QStringLiteral("mail.shop.example.co.uk")
        << QStringList { QStringLiteral("info dmarc-org-fallback"), QStringLiteral("pass dmarc-ok") }
        << QStringLiteral("_dmarc.example.co.uk. TXT \"v=DMARC1; p=reject; sp=quarantine\" (TTL 3600)");
}

void TestDnsChecks::dmarc()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, expected);
    QFETCH(QString, evidence);
    const auto r = resolver();
    DmarcCheck check(r.get());
    const QList<Finding> findings = run(check, [&] { check.start(domain); });
    verifyFindings(findings, expected, evidence);
    if (domain == QLatin1String("mail.shop.example.co.uk")) {
        QCOMPARE(check.policyDomain(), QStringLiteral("example.co.uk"));
        const auto ok = std::find_if(findings.cbegin(), findings.cend(),
            [](const Finding &f) { return f.id == QLatin1String("dmarc-ok"); });
        QVERIFY(ok->title.contains(QStringLiteral("quarantine")));
    }
    if (domain == QLatin1String("none.checks.test")) {
        // The user learns why p=none matters now.
        QVERIFY(findings.first().explanation.contains(QStringLiteral("Gmail")));
    }
}

void TestDnsChecks::dmarcSyntax_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QStringList>("badTags");
    QTest::newRow("minimal") << QStringLiteral("v=DMARC1; p=none") << QStringList();
    QTest::newRow("full") << QStringLiteral(
        "v=DMARC1; p=reject; sp=quarantine; np=reject; pct=100; "
        "rua=mailto:a@example.test,mailto:b@example.test!10m; "
        "ruf=mailto:f@example.test; adkim=s; aspf=r; fo=0:1:d:s; ri=86400; "
        "t=n; psd=u;") << QStringList();
    QTest::newRow("lower-case version")
        << QStringLiteral("v=dmarc1; p=none") << QStringList { QStringLiteral("v") };
    QTest::newRow("no p") << QStringLiteral("v=DMARC1; rua=mailto:a@example.test")
                          << QStringList { QStringLiteral("p") };
    QTest::newRow("p late") << QStringLiteral("v=DMARC1; pct=100; p=none")
                            << QStringList { QStringLiteral("p") };
    QTest::newRow("bad policy") << QStringLiteral("v=DMARC1; p=block") << QStringList { QStringLiteral("p") };
    QTest::newRow("bad sp, np") << QStringLiteral("v=DMARC1; p=none; sp=yes; np=no")
                                << QStringList { QStringLiteral("sp"), QStringLiteral("np") };
    QTest::newRow("pct out of range")
        << QStringLiteral("v=DMARC1; p=none; pct=101") << QStringList { QStringLiteral("pct") };
    QTest::newRow("rua without mailto") << QStringLiteral("v=DMARC1; p=none; rua=dmarc@example.test")
                                        << QStringList { QStringLiteral("rua") };
    QTest::newRow("bad alignment modes") << QStringLiteral("v=DMARC1; p=none; adkim=strict; aspf=x")
                                         << QStringList { QStringLiteral("adkim"), QStringLiteral("aspf") };
    QTest::newRow("bad fo, ri, t, psd")
        << QStringLiteral("v=DMARC1; p=none; fo=2; ri=daily; t=yes; psd=maybe")
        << QStringList { QStringLiteral("fo"), QStringLiteral("ri"), QStringLiteral("t"),
               QStringLiteral("psd") };
    QTest::newRow("duplicate tag") << QStringLiteral("v=DMARC1; p=none; p=reject")
                                   << QStringList { QStringLiteral("p") };
}

void TestDnsChecks::dmarcSyntax()
{
    QFETCH(QString, record);
    QFETCH(QStringList, badTags);
    const DmarcRecord parsed = DmarcRecord::parse(record);
    QStringList got;
    for (const DmarcRecord::Problem &p : parsed.problems) {
        got << p.tag;
        // Each problem is a detail with words in every language.
        QVERIFY(Detail::isDetail(p.text));
        for (const char *lang : { "en", "nl", "ru" }) {
            const QString text = FindingCatalog::builtin().expand(p.text, QLatin1String(lang));
            QVERIFY2(
                !text.contains(QLatin1String("[unknown detail")) && text.contains(p.tag), qPrintable(text));
        }
    }
    QCOMPARE(got, badTags);
}

void TestDnsChecks::alignment_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("spf");
    QTest::addColumn<QString>("dkim");
    QTest::addColumn<QString>("modes"); // adkim, aspf
    QTest::addColumn<bool>("spfAligned");
    QTest::addColumn<bool>("dkimAligned");
    QTest::newRow("same domain") << QStringLiteral("example.com") << QStringLiteral("example.com")
                                 << QStringLiteral("example.com") << QStringLiteral("rr") << true << true;
    QTest::newRow("relaxed: subdomain bounce address")
        << QStringLiteral("example.com") << QStringLiteral("bounces.example.com") << QString()
        << QStringLiteral("rr") << true << false;
    QTest::newRow("strict: subdomain does not align")
        << QStringLiteral("example.com") << QStringLiteral("bounces.example.com")
        << QStringLiteral("mail.example.com") << QStringLiteral("ss") << false << false;
    QTest::newRow("relaxed under a public suffix")
        << QStringLiteral("shop.example.co.uk") << QStringLiteral("example.co.uk")
        << QStringLiteral("other.co.uk") << QStringLiteral("rr") << true << false;
    QTest::newRow("mailing service's own domains")
        << QStringLiteral("example.com") << QStringLiteral("mailer.example.net")
        << QStringLiteral("example.net") << QStringLiteral("rr") << false << false;
}

void TestDnsChecks::alignment()
{
    QFETCH(QString, from);
    QFETCH(QString, spf);
    QFETCH(QString, dkim);
    QFETCH(QString, modes);
    QFETCH(bool, spfAligned);
    QFETCH(bool, dkimAligned);
    const DmarcAlignment a = DmarcCheck::alignment(from, spf, dkim, modes.at(0), modes.at(1));
    QCOMPARE(a.spfAligned, spfAligned);
    QCOMPARE(a.dkimAligned, dkimAligned);
    const Finding f
        = DmarcCheck::alignmentFinding(from, spf, dkim, modes.at(0), modes.at(1), QStringLiteral("en"));
    QCOMPARE(f.id, a.aligned() ? QStringLiteral("dmarc-aligned") : QStringLiteral("dmarc-not-aligned"));
    QCOMPARE(toString(f.status), a.aligned() ? QStringLiteral("pass") : QStringLiteral("fail"));
    QVERIFY(f.title.contains(from));
    QCOMPARE(f.evidence.size(), 3);
}

void TestDnsChecks::dkim_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("titleHas");
    QTest::newRow("2048-bit key") << QStringLiteral("checks.test") << QStringLiteral("s2048")
                                  << QStringList { QStringLiteral("pass dkim-ok") }
                                  << QStringLiteral("RSA 2048");
    QTest::newRow("1024-bit key") << QStringLiteral("checks.test") << QStringLiteral("s1024")
                                  << QStringList { QStringLiteral("warn dkim-key-1024") }
                                  << QStringLiteral("1024");
    QTest::newRow("512-bit key") << QStringLiteral("checks.test") << QStringLiteral("s512")
                                 << QStringList { QStringLiteral("fail dkim-key-weak") }
                                 << QStringLiteral("512");
    QTest::newRow("revoked key") << QStringLiteral("checks.test") << QStringLiteral("revoked")
                                 << QStringList { QStringLiteral("fail dkim-key-revoked") }
                                 << QStringLiteral("revoked");
    QTest::newRow("test mode") << QStringLiteral("checks.test") << QStringLiteral("testing")
                               << QStringList { QStringLiteral("pass dkim-ok"),
                                      QStringLiteral("info dkim-key-testing") }
                               << QString();
    QTest::newRow("ed25519") << QStringLiteral("checks.test") << QStringLiteral("ed")
                             << QStringList { QStringLiteral("pass dkim-ok") } << QStringLiteral("Ed25519");
    QTest::newRow("unreadable key") << QStringLiteral("checks.test") << QStringLiteral("garbage")
                                    << QStringList { QStringLiteral("fail dkim-key-invalid") } << QString();
    QTest::newRow("sha1 only") << QStringLiteral("checks.test") << QStringLiteral("sha1")
                               << QStringList { QStringLiteral("pass dkim-ok"),
                                      QStringLiteral("warn dkim-key-sha1") }
                               << QString();
    QTest::newRow("selector from the signature has no key")
        << QStringLiteral("checks.test") << QStringLiteral("nosuch")
        << QStringList { QStringLiteral("fail dkim-key-missing") } << QStringLiteral("nosuch");
    QTest::newRow("common selectors: selector2 found")
        << QStringLiteral("common.checks.test") << QString() << QStringList { QStringLiteral("pass dkim-ok") }
        << QStringLiteral("selector2._domainkey.common.checks.test");
    QTest::newRow("common selectors: none found is info, not fail")
        << QStringLiteral("nodkim.checks.test") << QString()
        << QStringList { QStringLiteral("info dkim-none-found") } << QString();
}

void TestDnsChecks::dkim()
{
    QFETCH(QString, domain);
    QFETCH(QString, selector);
    QFETCH(QStringList, expected);
    QFETCH(QString, titleHas);
    const auto r = resolver();
    DkimCheck check(r.get());
    const QList<Finding> findings = run(check, [&] { check.start(domain, selector); });
    verifyFindings(findings, expected, QString());
    if (!titleHas.isEmpty())
        QVERIFY2(findings.first().title.contains(titleHas), qPrintable(findings.first().title));
    if (selector.isEmpty() && expected.first().endsWith(QLatin1String("dkim-ok")))
        QCOMPARE(check.foundSelectors(), QStringList { QStringLiteral("selector2") });
}

void TestDnsChecks::ptr_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("evidence");
    QTest::newRow("IPv4 forward-confirmed")
        << QStringLiteral("192.0.2.10") << QStringList { QStringLiteral("pass ptr-ok") }
        << QStringLiteral("10.2.0.192.in-addr.arpa. PTR mx1.good.checks.test. (TTL 3600)");
    QTest::newRow("IPv4 without PTR")
        << QStringLiteral("192.0.2.11") << QStringList { QStringLiteral("fail ptr-missing") }
        << QStringLiteral("11.2.0.192.in-addr.arpa. PTR: no such name (NXDOMAIN)");
    QTest::newRow("IPv4 generic name")
        << QStringLiteral("192.0.2.12") << QStringList { QStringLiteral("warn ptr-generic") } << QString();
    QTest::newRow("IPv4 not forward-confirmed")
        << QStringLiteral("192.0.2.13") << QStringList { QStringLiteral("fail ptr-not-confirmed") }
        << QStringLiteral("wrong.checks.test. A 192.0.2.99 (TTL 3600)");
    QTest::newRow("IPv4 two PTRs") << QStringLiteral(
        "192.0.2.14") << QStringList { QStringLiteral("warn ptr-multiple"), QStringLiteral("pass ptr-ok") }
                                   << QString();
    QTest::newRow("IPv6 forward-confirmed")
        << QStringLiteral("2001:db8::20") << QStringList { QStringLiteral("pass ptr-ok") }
        << QStringLiteral("mx2.good.checks.test. AAAA 2001:db8::20 (TTL 3600)");
    QTest::newRow("IPv6 without PTR")
        << QStringLiteral("2001:db8::21") << QStringList { QStringLiteral("fail ptr-missing") } << QString();
    QTest::newRow("IPv6 not forward-confirmed")
        << QStringLiteral("2001:db8::22") << QStringList { QStringLiteral("fail ptr-not-confirmed") }
        << QString();
}

void TestDnsChecks::ptr()
{
    QFETCH(QString, ip);
    QFETCH(QStringList, expected);
    QFETCH(QString, evidence);
    const auto r = resolver();
    PtrCheck check(r.get());
    const QList<Finding> findings = run(check, [&] { check.start(QHostAddress(ip)); });
    verifyFindings(findings, expected, evidence);
    if (expected.contains(QStringLiteral("fail ptr-missing")) && ip.contains(QLatin1Char(':')))
        QVERIFY(findings.first().explanation.contains(QStringLiteral("IPv6")));
}

void TestDnsChecks::silentServerIsUntested_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("id");
    QTest::newRow("MX") << QStringLiteral("mx") << QStringLiteral("mx-untested");
    QTest::newRow("DMARC") << QStringLiteral("dmarc") << QStringLiteral("dmarc-untested");
    QTest::newRow("DKIM, common selectors") << QStringLiteral("dkim") << QStringLiteral("dkim-untested");
    QTest::newRow("PTR") << QStringLiteral("ptr") << QStringLiteral("ptr-untested");
}

void TestDnsChecks::silentServerIsUntested()
{
    QFETCH(QString, check);
    QFETCH(QString, id);
    // Receives the questions, never answers.
    Test::SilentNameserver silent;
    QVERIFY(silent.listen());
    CAresResolver r;
    QVERIFY(r.setNameserver(silent.address()));
    r.setTimeout(800);
    r.setTries(1);

    std::unique_ptr<DnsCheck> dnsCheck;
    std::function<void()> start;
    if (check == QLatin1String("mx")) {
        auto *c = new MxCheck(&r);
        start = [c] { c->start(QStringLiteral("example.test")); };
        dnsCheck.reset(c);
    } else if (check == QLatin1String("dmarc")) {
        auto *c = new DmarcCheck(&r);
        start = [c] { c->start(QStringLiteral("example.test")); };
        dnsCheck.reset(c);
    } else if (check == QLatin1String("dkim")) {
        auto *c = new DkimCheck(&r);
        start = [c] { c->start(QStringLiteral("example.test")); };
        dnsCheck.reset(c);
    } else {
        auto *c = new PtrCheck(&r);
        start = [c] { c->start(QHostAddress(QStringLiteral("192.0.2.1"))); };
        dnsCheck.reset(c);
    }
    QElapsedTimer clock;
    clock.start();
    const QList<Finding> findings = run(*dnsCheck, start, 5000);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!findings.isEmpty());
    for (const Finding &f : findings) {
        QCOMPARE(f.id, id);
        QCOMPARE(toString(f.status), QStringLiteral("untested")); // never "fail"
        QCOMPARE(f.cause, QStringLiteral("timeout"));
        QVERIFY2(
            f.evidence.first().contains(QStringLiteral(": no usable answer (no answer in time, server ")),
            qPrintable(f.evidence.first()));
        // The same finding for a Dutch reader, after a switch of language:
        // our words in Dutch, the question and the server as they were.
        Finding nl = f;
        FindingCatalog::builtin().retranslate(nl, QStringLiteral("nl"));
        QVERIFY2(nl.evidence.first().contains(
                     QStringLiteral(": geen bruikbaar antwoord (geen antwoord op tijd, server 127.0.0.1:")),
            qPrintable(nl.evidence.first()));
        QVERIFY2(nl.explanation.contains(QStringLiteral("(geen antwoord op tijd, server 127.0.0.1:")),
            qPrintable(nl.explanation));
        for (const QString &text : { nl.title, nl.explanation, nl.evidence.join(QLatin1Char('\n')) })
            QVERIFY2(!text.contains(QStringLiteral("timeout")) && !text.contains(QStringLiteral("answer")),
                qPrintable(text));
    }
}

void TestDnsChecks::checkTimeoutBeatsResolverTimeout()
{
    Test::SilentNameserver silent;
    QVERIFY(silent.listen());
    CAresResolver r;
    QVERIFY(r.setNameserver(silent.address()));
    r.setTimeout(10000);
    MxCheck check(&r);
    check.setTimeout(300);
    QElapsedTimer clock;
    clock.start();
    const QList<Finding> findings = run(
        check, [&] { check.start(QStringLiteral("example.test")); }, 3000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(summary(findings),
        QStringList({ QStringLiteral("untested mx-untested timeout"),
            QStringLiteral("untested mx-untested timeout") }));
}

void TestDnsChecks::cancelReportsCancelled()
{
    Test::SilentNameserver silent;
    QVERIFY(silent.listen());
    CAresResolver r;
    QVERIFY(r.setNameserver(silent.address()));
    DmarcCheck check(&r);
    int emitted = 0;
    connect(&check, &DnsCheck::finished, this, [&emitted] { ++emitted; });
    check.start(QStringLiteral("example.test"));
    QVERIFY(check.isRunning());
    check.cancel();
    QCOMPARE(emitted, 0); // from the event loop, like every other ending
    QTRY_COMPARE_WITH_TIMEOUT(emitted, 1, 1000);
    QCOMPARE(summary(check.findings()), QStringList { QStringLiteral("untested dmarc-untested cancelled") });
    QTest::qWait(50);
    QCOMPARE(emitted, 1);
}

void TestDnsChecks::languages()
{
    const auto r = resolver();
    MxCheck check(r.get());
    check.setLanguage(QStringLiteral("nl"));
    QList<Finding> findings = run(check, [&] { check.start(QStringLiteral("aonly.checks.test")); });
    QVERIFY(!findings.isEmpty());
    QVERIFY2(findings.first().title.contains(QStringLiteral("geen MX-record")),
        qPrintable(findings.first().title));
    check.setLanguage(QStringLiteral("ru"));
    findings = run(check, [&] { check.start(QStringLiteral("aonly.checks.test")); });
    QVERIFY2(
        findings.first().title.contains(QStringLiteral("нет MX-записи")), qPrintable(findings.first().title));
    // The evidence names the server that answered, in the reader's words.
    const QString evidence = findings.first().evidence.join(QLatin1Char('\n'));
    QVERIFY2(evidence.contains(QStringLiteral("(ответил 127.0.0.1:")), qPrintable(evidence));
    QVERIFY2(evidence.contains(QStringLiteral("MX: записей нет (NODATA)")), qPrintable(evidence));
    Finding nl = findings.first();
    FindingCatalog::builtin().retranslate(nl, QStringLiteral("nl"));
    QVERIFY2(nl.evidence.join(QLatin1Char('\n')).contains(QStringLiteral("(antwoord van 127.0.0.1:")),
        qPrintable(nl.evidence.join(QLatin1Char('\n'))));
}

void TestDnsChecks::problemsInLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("kind"); // dmarc or dkim
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("sentences"); // each in some finding's explanation
    // English that must not leak into a Dutch or Russian report.
    const QStringList english { QStringLiteral("is not valid"), QStringLiteral("expected"),
        QStringLiteral("is not a mailto"), QStringLiteral("must be the first tag"),
        QStringLiteral("is not a key type"), QStringLiteral("does not allow") };
    QTest::addColumn<QStringList>("forbidden");
    QTest::newRow("nl dmarc pct=150, rua https")
        << QStringLiteral("nl") << QStringLiteral("dmarc") << QStringLiteral("bad.checks.test")
        << QStringList { QStringLiteral("pct=150 is ongeldig; hier hoort een getal van 0 tot en met 100. "
                                        "Ontvangers kunnen"),
               QStringLiteral("rua: \"https://report.checks.test/\" is geen mailto:-adres. Ontvangers") }
        << english;
    QTest::newRow("ru dmarc pct=150, rua https")
        << QStringLiteral("ru") << QStringLiteral("dmarc") << QStringLiteral("bad.checks.test")
        << QStringList { QStringLiteral("Значение pct=150 недопустимо: нужно число от 0 до 100. Получатели"),
               QStringLiteral("rua: «https://report.checks.test/» — не адрес вида mailto:. Получатели") }
        << english;
    QTest::newRow("nl dmarc p first")
        << QStringLiteral("nl") << QStringLiteral("dmarc") << QStringLiteral("order.checks.test")
        << QStringList { QStringLiteral("Het record moet beginnen met v=DMARC1."),
               QStringLiteral("p= moet direct na v=DMARC1 komen.") }
        << english + QStringList { QStringLiteral("must") };
    QTest::newRow("ru dkim k=dsa, v late, s=web")
        << QStringLiteral("ru") << QStringLiteral("dkim") << QStringLiteral("broken")
        << QStringList { QStringLiteral("Тег v= должен стоять первым."),
               QStringLiteral("Тип ключа k=dsa получателям неизвестен (допустимы rsa и ed25519)."),
               QStringLiteral("s=web не разрешает использовать ключ для почты (нужно * или email).") }
        << english;
    QTest::newRow("nl dkim k=dsa, v late, s=web")
        << QStringLiteral("nl") << QStringLiteral("dkim") << QStringLiteral("broken")
        << QStringList { QStringLiteral("v= moet de eerste tag zijn."),
               QStringLiteral("k=dsa is geen sleuteltype dat ontvangers kennen"),
               QStringLiteral("s=web staat e-mail niet toe (daarvoor is * of email nodig).") }
        << english;
    QTest::newRow("en dmarc keeps its English")
        << QStringLiteral("en") << QStringLiteral("dmarc") << QStringLiteral("bad.checks.test")
        << QStringList { QStringLiteral("pct=150 is not valid; expected a number from 0 to 100."),
               QStringLiteral("rua: \"https://report.checks.test/\" is not a mailto: address.") }
        << QStringList { QStringLiteral("ongeldig") };
}

void TestDnsChecks::problemsInLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, kind);
    QFETCH(QString, domain);
    QFETCH(QStringList, sentences);
    QFETCH(QStringList, forbidden);
    const auto r = resolver();
    QList<Finding> findings;
    std::unique_ptr<DnsCheck> check;
    if (kind == QLatin1String("dmarc")) {
        auto *dmarc = new DmarcCheck(r.get());
        check.reset(dmarc);
        dmarc->setLanguage(lang);
        findings = run(*dmarc, [&] { dmarc->start(domain); });
    } else {
        auto *dkim = new DkimCheck(r.get());
        check.reset(dkim);
        dkim->setLanguage(lang);
        findings = run(*dkim, [&] { dkim->start(QStringLiteral("checks.test"), domain); });
    }
    QStringList texts;
    for (const Finding &f : findings) {
        if (f.id.endsWith(QLatin1String("-syntax")))
            texts << f.title + QLatin1Char('\n') + f.explanation;
    }
    const QString all = texts.join(QStringLiteral("\n---\n"));
    QCOMPARE(texts.size(), sentences.size());
    for (const QString &sentence : sentences)
        QVERIFY2(all.contains(sentence), qPrintable(sentence + QStringLiteral("\nnot in:\n") + all));
    for (const QString &word : forbidden)
        QVERIFY2(!all.contains(word), qPrintable(word + QStringLiteral("\nin:\n") + all));
    QCOMPARE(Detail::plain(all), all); // no encoded detail shows
}

QTEST_GUILESS_MAIN(TestDnsChecks)
#include "TestDnsChecks.moc"
