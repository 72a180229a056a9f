// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/SpfCheck.h"
#include "dns/CAresResolver.h"
#include "KnotServer.h"
#include "report/Detail.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace MailMedic;

// The SPF findings a user sees for typical records, served by a real Knot
// DNS on loopback and asked through c-ares: what the wizard and the CLI show.
class TestSpfKnot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findings_data();
    void findings();
    void silentServerIsUntested();
    void cancelGivesUntested();
    void problemsInLanguage_data();
    void problemsInLanguage();

private:
    static QString findingsText(const QList<Finding> &findings);
    QList<Finding> check(Resolver *resolver, const QString &domain, const QString &ip, int timeoutMs = 8000,
        const QString &language = QStringLiteral("en"));

    Test::KnotServer m_knot;
};

void TestSpfKnot::initTestCase()
{
    QString zone = QStringLiteral(
        "$TTL 300\n"
        "@        IN SOA ns1 hostmaster 1 3600 600 86400 300\n"
        "@        IN NS  ns1\n"
        "ns1      IN A   127.0.0.1\n"
        // A sound record: own MX plus a provider's include.
        "good     IN TXT \"v=spf1 mx include:_spf.provider.example.test -all\"\n"
        "good     IN MX  10 mail.good\n"
        "mail.good IN A  192.0.2.10\n"
        "_spf.provider IN TXT \"v=spf1 ip4:198.51.100.0/24 ~all\"\n"
        "soft     IN TXT \"v=spf1 ip4:192.0.2.0/24 ~all\"\n"
        // A chain that ends at a name without SPF.
        "broken   IN TXT \"v=spf1 include:nospf.example.test -all\"\n"
        "nospf    IN A   192.0.2.99\n"
        // Two records that include each other.
        "loop-a   IN TXT \"v=spf1 include:loop-b.example.test -all\"\n"
        "loop-b   IN TXT \"v=spf1 include:loop-a.example.test -all\"\n"
        // Names that do not exist: three void lookups.
        "void     IN TXT \"v=spf1 a:gone1.example.test a:gone2.example.test a:gone3.example.test -all\"\n"
        "plusall  IN TXT \"v=spf1 +all\"\n"
        "neutral  IN TXT \"v=spf1 ip4:192.0.2.1 ?all\"\n"
        "ptr      IN TXT \"v=spf1 ptr -all\"\n"
        "multi    IN TXT \"v=spf1 ip4:192.0.2.1 -all\"\n"
        "multi    IN TXT \"v=spf1 ip4:192.0.2.2 -all\"\n"
        "multi    IN TXT \"google-site-verification=abc\"\n"
        "syntax   IN TXT \"v=spf1 ip4:192.0.2.300 -all\"\n"
        "nothing  IN TXT \"google-site-verification=abc\"\n"
        // An include whose record has a macro error.
        "badinc   IN TXT \"v=spf1 include:badsub.example.test -all\"\n"
        "badsub   IN TXT \"v=spf1 a:%{x}.example.test -all\"\n");
    // 3 includes of 4 a: each = 15 lookups; 2 includes of 3 a: each plus
    // one a: = 9.
    QString many = QStringLiteral("v=spf1");
    for (int i = 1; i <= 3; ++i) {
        many += QStringLiteral(" include:inc%1.example.test").arg(i);
        QString inc = QStringLiteral("v=spf1");
        for (int j = 1; j <= 4; ++j) {
            inc += QStringLiteral(" a:h%1.example.test").arg(j);
            zone += QStringLiteral("h%1 IN A 192.0.2.%2\n").arg(j).arg(100 + j);
        }
        zone += QStringLiteral("inc%1 IN TXT \"%2 ?all\"\n").arg(i).arg(inc);
    }
    zone += QStringLiteral("many IN TXT \"%1 -all\"\n").arg(many);
    zone += QStringLiteral(
        "near IN TXT \"v=spf1 a:h1.example.test include:n1.example.test "
        "include:n2.example.test -all\"\n"
        "n1 IN TXT \"v=spf1 a:h1.example.test a:h2.example.test a:h3.example.test ?all\"\n"
        "n2 IN TXT \"v=spf1 a:h2.example.test a:h3.example.test a:h4.example.test ?all\"\n");
    m_knot.addZone(QStringLiteral("example.test."), zone);
    QString error;
    QVERIFY2(m_knot.start(&error), qPrintable(error));
}

QString TestSpfKnot::findingsText(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << QStringLiteral("%1=%2 \"%3\" %4")
                     .arg(f.id, toString(f.status), f.title, f.evidence.join(QLatin1String(" / ")));
    return lines.join(QLatin1Char('\n'));
}

QList<Finding> TestSpfKnot::check(
    Resolver *resolver, const QString &domain, const QString &ip, int timeoutMs, const QString &language)
{
    SpfCheck spf(resolver);
    spf.setLanguage(language);
    spf.setTimeout(timeoutMs);
    QSignalSpy spy(&spf, &SpfCheck::finished);
    spf.start(domain, ip.isEmpty() ? QHostAddress() : QHostAddress(ip));
    if (!spy.wait(timeoutMs + 2000) || spy.count() != 1)
        return {};
    return spf.findings();
}

void TestSpfKnot::findings_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QStringList>("expected"); // "id=status"; any other fail is an error
    QTest::addColumn<QString>("titleContains");
    QTest::addColumn<QString>("evidenceContains");

    QTest::newRow("good record") << QStringLiteral("good.example.test") << QString()
                                 << QStringList { QStringLiteral("spf-ok=pass"),
                                        QStringLiteral("spf-fail-all=info") }
                                 << QStringLiteral("valid")
                                 << QStringLiteral("include:_spf.provider.example.test (1 lookup)");
    QTest::newRow("good record, provider's IP")
        << QStringLiteral("good.example.test") << QStringLiteral("198.51.100.7")
        << QStringList { QStringLiteral("spf-ip-pass=pass") } << QStringLiteral("198.51.100.7 is allowed")
        << QStringLiteral("matched: ip4:198.51.100.0/24 (record of _spf.provider.example.test)");
    QTest::newRow("good record, own MX")
        << QStringLiteral("good.example.test") << QStringLiteral("192.0.2.10")
        << QStringList { QStringLiteral("spf-ip-pass=pass") } << QStringLiteral("allowed")
        << QStringLiteral("matched: mx");
    QTest::newRow("good record, stranger")
        << QStringLiteral("good.example.test") << QStringLiteral("203.0.113.5")
        << QStringList { QStringLiteral("spf-ip-fail=fail") }
        << QStringLiteral("IP 203.0.113.5 is not allowed by SPF of good.example.test")
        << QStringLiteral("= fail");
    QTest::newRow("softfail record, stranger")
        << QStringLiteral("soft.example.test") << QStringLiteral("203.0.113.5")
        << QStringList { QStringLiteral("spf-ip-softfail=warn"), QStringLiteral("spf-softfail-all=info") }
        << QStringLiteral("not allowed") << QStringLiteral("~all");
    QTest::newRow("broken chain") << QStringLiteral("broken.example.test") << QString()
                                  << QStringList { QStringLiteral("spf-include-missing=fail") }
                                  << QStringLiteral("include:nospf.example.test")
                                  << QStringLiteral("no SPF record");
    QTest::newRow("include loop") << QStringLiteral("loop-a.example.test") << QString()
                                  << QStringList { QStringLiteral("spf-include-loop=fail") }
                                  << QStringLiteral("loop") << QStringLiteral("include:loop-b.example.test");
    QTest::newRow("15 lookups") << QStringLiteral("many.example.test") << QString()
                                << QStringList { QStringLiteral("spf-lookups-over=fail") }
                                << QStringLiteral("needs 15 DNS lookups")
                                << QStringLiteral("include:inc1.example.test (5 lookups)");
    QTest::newRow("9 lookups") << QStringLiteral("near.example.test") << QString()
                               << QStringList { QStringLiteral("spf-lookups-near=warn") }
                               << QStringLiteral("9 of the 10") << QStringLiteral("(4 lookups)");
    QTest::newRow("3 void lookups") << QStringLiteral("void.example.test") << QString()
                                    << QStringList { QStringLiteral("spf-void-lookups=fail") }
                                    << QStringLiteral("3 times") << QStringLiteral("gone3.example.test");
    QTest::newRow("+all") << QStringLiteral("plusall.example.test") << QString()
                          << QStringList { QStringLiteral("spf-plus-all=fail") } << QStringLiteral("+all")
                          << QStringLiteral("v=spf1 +all");
    QTest::newRow("?all") << QStringLiteral("neutral.example.test") << QString()
                          << QStringList { QStringLiteral("spf-neutral-all=warn") } << QStringLiteral("?all")
                          << QString();
    QTest::newRow("ptr") << QStringLiteral("ptr.example.test") << QString()
                         << QStringList { QStringLiteral("spf-ptr=warn"),
                                QStringLiteral("spf-fail-all=info") }
                         << QStringLiteral("ptr") << QString();
    QTest::newRow("two records") << QStringLiteral("multi.example.test") << QString()
                                 << QStringList { QStringLiteral("spf-multiple=fail") }
                                 << QStringLiteral("more than one") << QString();
    QTest::newRow("syntax error names the term") << QStringLiteral("syntax.example.test") << QString()
                                                 << QStringList { QStringLiteral("spf-syntax=fail") }
                                                 << QStringLiteral("ip4:192.0.2.300") << QString();
    QTest::newRow("no SPF") << QStringLiteral("nothing.example.test") << QString()
                            << QStringList { QStringLiteral("spf-missing=warn") }
                            << QStringLiteral("no SPF record") << QString();
    QTest::newRow("no such domain") << QStringLiteral("absent.example.test") << QString()
                                    << QStringList { QStringLiteral("spf-missing=warn") } << QString()
                                    << QString();
}

void TestSpfKnot::findings()
{
    QFETCH(QString, domain);
    QFETCH(QString, ip);
    QFETCH(QStringList, expected);
    QFETCH(QString, titleContains);
    QFETCH(QString, evidenceContains);

    CAresResolver resolver;
    QVERIFY(resolver.setNameserver(m_knot.nameserver()));
    resolver.setTimeout(3000);
    const QList<Finding> found = check(&resolver, domain, ip);
    QVERIFY2(!found.isEmpty(), "no findings");
    const QString all = findingsText(found);

    QStringList got;
    for (const Finding &f : found) {
        got << f.id + QLatin1Char('=') + toString(f.status);
        QVERIFY2(f.id.startsWith(QLatin1String("spf-")), qPrintable(all));
        QVERIFY2(!f.title.startsWith(QLatin1Char('[')), qPrintable(all)); // text present in the catalog
        QVERIFY2(f.status != FindingStatus::Untested, qPrintable(all));
        if (f.status == FindingStatus::Fail)
            QVERIFY2(expected.contains(got.last()), qPrintable(all));
    }
    for (const QString &e : expected)
        QVERIFY2(got.contains(e), qPrintable(QStringLiteral("missing %1 in:\n%2").arg(e, all)));

    const Finding main = found.at(int(got.indexOf(expected.first())));
    if (!titleContains.isEmpty())
        QVERIFY2(main.title.contains(titleContains), qPrintable(all));
    if (!evidenceContains.isEmpty())
        QVERIFY2(main.evidence.join(QLatin1Char('\n')).contains(evidenceContains), qPrintable(all));
}

void TestSpfKnot::silentServerIsUntested()
{
    // A DNS server that takes the question and never answers: the check
    // says "could not test" (timeout), never that the record is wrong.
    Test::SilentNameserver silent;
    QVERIFY(silent.listen());
    CAresResolver resolver;
    QVERIFY(resolver.setNameserver(silent.address()));
    resolver.setTimeout(1000);
    QElapsedTimer clock;
    clock.start();
    SpfCheck spf(&resolver);
    spf.setTimeout(5000);
    QSignalSpy spy(&spf, &SpfCheck::finished);
    spf.start(QStringLiteral("good.example.test"), QHostAddress(QStringLiteral("192.0.2.10")));
    QVERIFY(spy.wait(7000));
    QVERIFY2(clock.elapsed() < 5000, "the resolver's own timeout should end it first");
    const QList<Finding> found = spf.findings();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, QStringLiteral("spf-untested"));
    QCOMPARE(toString(found.first().status), QStringLiteral("untested"));
    QCOMPARE(found.first().cause, QStringLiteral("timeout"));
    QCOMPARE(toString(spf.verdict().result), QStringLiteral("temperror"));
    QCOMPARE(spf.verdict().cause, QStringLiteral("timeout"));
}

void TestSpfKnot::cancelGivesUntested()
{
    Test::SilentNameserver silent;
    QVERIFY(silent.listen());
    CAresResolver resolver;
    QVERIFY(resolver.setNameserver(silent.address()));
    SpfCheck spf(&resolver);
    QSignalSpy spy(&spf, &SpfCheck::finished);
    spf.start(QStringLiteral("good.example.test"));
    spf.cancel();
    QCOMPARE(spy.count(), 0); // from the event loop, not inside cancel()
    QVERIFY(spy.wait(2000));
    QCOMPARE(spf.findings().size(), 1);
    QCOMPARE(toString(spf.findings().first().status), QStringLiteral("untested"));
    QCOMPARE(spf.findings().first().cause, QStringLiteral("cancelled"));
}

void TestSpfKnot::problemsInLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("sentence"); // in that finding's explanation
    QTest::addColumn<QStringList>("forbidden");
    const QStringList english { QStringLiteral("is not an"), QStringLiteral("syntax error"),
        QStringLiteral("unknown macro"), QStringLiteral("The problem") };
    QTest::newRow("nl syntax") << QStringLiteral("nl") << QStringLiteral("syntax.example.test")
                               << QStringLiteral("spf-syntax")
                               << QStringLiteral(
                                      "Het probleem: 'ip4:192.0.2.300': '192.0.2.300' is geen IPv4-adres")
                               << english;
    QTest::newRow("ru syntax") << QStringLiteral("ru") << QStringLiteral("syntax.example.test")
                               << QStringLiteral("spf-syntax")
                               << QStringLiteral("Проблема: «ip4:192.0.2.300»: «192.0.2.300» — не IPv4-адрес")
                               << english;
    QTest::newRow("nl broken include, nested")
        << QStringLiteral("nl") << QStringLiteral("badinc.example.test")
        << QStringLiteral("spf-include-broken")
        << QStringLiteral("Het probleem: syntaxfout in het SPF-record van badsub.example.test: "
                          "'a:%{x}.example.test': onbekende macroletter 'x'")
        << english;
    QTest::newRow("ru broken include, nested")
        << QStringLiteral("ru") << QStringLiteral("badinc.example.test")
        << QStringLiteral("spf-include-broken")
        << QStringLiteral("Проблема: синтаксическая ошибка в SPF-записи badsub.example.test: "
                          "«a:%{x}.example.test»: неизвестная буква макроса «x»")
        << english;
    QTest::newRow("en broken include, nested")
        << QStringLiteral("en") << QStringLiteral("badinc.example.test")
        << QStringLiteral("spf-include-broken")
        << QStringLiteral("The problem: syntax error in the SPF record of badsub.example.test: "
                          "'a:%{x}.example.test': unknown macro letter 'x'")
        << QStringList { QStringLiteral("syntaxfout") };
}

void TestSpfKnot::problemsInLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, domain);
    QFETCH(QString, id);
    QFETCH(QString, sentence);
    QFETCH(QStringList, forbidden);
    CAresResolver resolver;
    QVERIFY(resolver.setNameserver(m_knot.nameserver()));
    resolver.setTimeout(3000);
    const QList<Finding> found = check(&resolver, domain, QString(), 5000, lang);
    const QString all = findingsText(found);
    const auto it
        = std::find_if(found.cbegin(), found.cend(), [&id](const Finding &f) { return f.id == id; });
    QVERIFY2(it != found.cend(), qPrintable(all));
    QVERIFY2(it->explanation.contains(sentence), qPrintable(it->explanation));
    for (const QString &word : forbidden)
        QVERIFY2(
            !it->explanation.contains(word), qPrintable(word + QStringLiteral(" in: ") + it->explanation));
    // The evidence keeps its English, and neither shows an encoded detail.
    QCOMPARE(Detail::plain(all + it->explanation), all + it->explanation);
    if (id == QLatin1String("spf-include-broken"))
        QVERIFY2(
            all.contains(QStringLiteral("[permerror: syntax error in the SPF record of badsub.example.test")),
            qPrintable(all));
}

QTEST_GUILESS_MAIN(TestSpfKnot)
#include "TestSpfKnot.moc"
