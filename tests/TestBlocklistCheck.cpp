// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/BlocklistCheck.h"
#include "dns/CAresResolver.h"
#include "KnotServer.h"
#include "report/FindingCatalog.h"
#include "TestSupport.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace MailMedic;

// DNS blocklists against fake DNSBL zones served by Knot under .test names,
// with the answer semantics of the real lists: test points, refusal codes,
// bitmask answers. A list is believed only after its test points answer as
// documented; "refused" is never reported as "listed".
class TestBlocklistCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void check_data();
    void check();
    void builtinLists();
    void queryNames_data();
    void queryNames();
    void brokenListNamesLineAndId_data();
    void brokenListNamesLineAndId();
    void silentServerIsUntested();
    void microsoftFixText();

private:
    static QByteArray testLists();
    QList<Blocklist> lists(const QStringList &ids) const;
    static QStringList summary(const QList<Finding> &findings);

    Test::KnotServer m_knot;
    QList<Blocklist> m_lists;
};

QByteArray TestBlocklistCheck::testLists()
{
    // The same shape as resources/blocklists.json, zones under dnsbl.test.
    const auto meaning = [](const char *en) -> QJsonObject {
        return { { QStringLiteral("en"), QLatin1String(en) }, { QStringLiteral("nl"), QLatin1String(en) },
            { QStringLiteral("ru"), QLatin1String(en) } };
    };
    const QJsonObject ipTest { { QStringLiteral("listed"), QStringLiteral("127.0.0.2") },
        { QStringLiteral("unlisted"), QStringLiteral("127.0.0.1") } };
    const QJsonObject zenAnswers { { QStringLiteral("127.0.0.2"), meaning("SBL: spam source") },
        { QStringLiteral("127.0.0.3"), meaning("SBL CSS: snowshoe") },
        { QStringLiteral("127.0.0.4"), meaning("XBL: infected host") },
        { QStringLiteral("127.0.0.10"), meaning("PBL: end-user range") } };
    const QJsonObject zenRefused { { QStringLiteral("127.255.255.252"), meaning("refused: bad key") },
        { QStringLiteral("127.255.255.254"), meaning("refused: public resolver") },
        { QStringLiteral("127.255.255.255"), meaning("refused: rate limited") } };
    const auto ipList = [&](const QString &id, const QString &zone) -> QJsonObject {
        return { { QStringLiteral("id"), id }, { QStringLiteral("name"), id.toUpper() },
            { QStringLiteral("zone"), zone }, { QStringLiteral("kind"), QStringLiteral("ip") },
            { QStringLiteral("ipv6"), true }, { QStringLiteral("answers"), zenAnswers },
            { QStringLiteral("refused"), zenRefused }, { QStringLiteral("test"), ipTest },
            { QStringLiteral("delist"), QStringLiteral("https://delist.dnsbl.test/%1").arg(id) } };
    };
    QJsonArray lists { ipList(QStringLiteral("zen"), QStringLiteral("zen.dnsbl.test")),
        ipList(QStringLiteral("quiet"), QStringLiteral("quiet.dnsbl.test")),
        ipList(QStringLiteral("refusing"), QStringLiteral("refusing.dnsbl.test")),
        ipList(QStringLiteral("wild"), QStringLiteral("wild.dnsbl.test")) };
    lists.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("dbl") },
        { QStringLiteral("name"), QStringLiteral("DBL") },
        { QStringLiteral("zone"), QStringLiteral("dbl.dnsbl.test") },
        { QStringLiteral("kind"), QStringLiteral("domain") },
        { QStringLiteral("answers"),
            QJsonObject { { QStringLiteral("127.0.1.2"), meaning("spam domain") },
                { QStringLiteral("127.0.1.4"), meaning("phishing domain") } } },
        { QStringLiteral("refused"),
            QJsonObject { { QStringLiteral("127.0.1.255"), meaning("refused: IP query") } } },
        { QStringLiteral("test"),
            QJsonObject { { QStringLiteral("listed"), QStringLiteral("dbltest.example") },
                { QStringLiteral("unlisted"), QStringLiteral("invalid") } } },
        { QStringLiteral("delist"), QStringLiteral("https://delist.dnsbl.test/dbl") } });
    lists.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("uribl") },
        { QStringLiteral("name"), QStringLiteral("URIBL") },
        { QStringLiteral("zone"), QStringLiteral("uribl.dnsbl.test") },
        { QStringLiteral("kind"), QStringLiteral("domain") }, { QStringLiteral("bitmask"), true },
        { QStringLiteral("answers"),
            QJsonObject { { QStringLiteral("2"), meaning("black") }, { QStringLiteral("4"), meaning("grey") },
                { QStringLiteral("8"), meaning("red") } } },
        { QStringLiteral("refused"),
            QJsonObject { { QStringLiteral("127.0.0.1"), meaning("refused: blocked resolver") } } },
        { QStringLiteral("test"),
            QJsonObject { { QStringLiteral("listed"), QStringLiteral("test.uribl.example") },
                { QStringLiteral("unlisted"), QStringLiteral("invalid") } } },
        { QStringLiteral("delist"), QStringLiteral("https://delist.dnsbl.test/uribl") } });
    return QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 }, { QStringLiteral("lists"), lists } })
        .toJson();
}

void TestBlocklistCheck::initTestCase()
{
    QList<RuleError> errors;
    m_lists = Blocklist::parse(testLists(), QStringLiteral("test-lists.json"), &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(m_lists.size(), 6);

    const QString v6 = Resolver::reverseName(QHostAddress(QStringLiteral("2001:db8::20")))
                           .remove(QStringLiteral(".ip6.arpa"));
    m_knot.addZone(QStringLiteral("dnsbl.test."),
        QStringLiteral("$TTL 300\n"
                       "@ IN SOA ns1.dnsbl.test. hostmaster.dnsbl.test. 1 3600 600 86400 300\n"
                       "@ IN NS ns1\n"
                       "ns1 IN A 127.0.0.1\n"
                       // zen: test point, a listing with two codes, refusal, garbage
                       "2.0.0.127.zen IN A 127.0.0.2\n"
                       "10.2.0.192.zen IN A 127.0.0.4\n"
                       "10.2.0.192.zen IN A 127.0.0.10\n"
                       "11.2.0.192.zen IN A 127.255.255.254\n"
                       "12.2.0.192.zen IN A 192.0.2.1\n")
            + v6
            + QStringLiteral(".zen IN A 127.0.0.3\n"
                             // refusing: even the test point gets the refusal code
                             "*.refusing IN A 127.255.255.254\n"
                             // wild: claims everything, the never-listed test point too
                             "*.wild IN A 127.0.0.2\n"
                             // dbl
                             "dbltest.example.dbl IN A 127.0.1.2\n"
                             "spammy.example.dbl IN A 127.0.1.2\n"
                             "ipquery.example.dbl IN A 127.0.1.255\n"
                             // uribl, bitmask
                             "test.uribl.example.uribl IN A 127.0.0.14\n"
                             "bad.example.uribl IN A 127.0.0.6\n"
                             "blocked.example.uribl IN A 127.0.0.1\n"));
    QString error;
    QVERIFY2(m_knot.start(&error), qPrintable(error));
}

QList<Blocklist> TestBlocklistCheck::lists(const QStringList &ids) const
{
    QList<Blocklist> out;
    for (const Blocklist &list : m_lists)
        if (ids.contains(list.id))
            out << list;
    return out;
}

QStringList TestBlocklistCheck::summary(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << (toString(f.status) + QLatin1Char(' ') + f.id
            + (f.cause.isEmpty() ? QString() : QLatin1Char(' ') + f.cause));
    std::sort(lines.begin(), lines.end());
    return lines;
}

void TestBlocklistCheck::check_data()
{
    QTest::addColumn<QStringList>("listIds");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QStringList>("domains");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("shown"); // in the title, explanation or a fix of some finding

    const QStringList zen { QStringLiteral("zen") };
    const QString listed = QStringLiteral("fail bl-listed");
    const QString clean = QStringLiteral("pass bl-clean");
    const QString refused = QStringLiteral("untested bl-untested refused");
    QTest::newRow("listed with two codes")
        << zen << QStringList { QStringLiteral("192.0.2.10") } << QStringList() << QStringList { listed }
        << QStringLiteral("XBL: infected host; PBL: end-user range");
    QTest::newRow("listing names the delisting path")
        << zen << QStringList { QStringLiteral("192.0.2.10") } << QStringList() << QStringList { listed }
        << QStringLiteral("https://delist.dnsbl.test/zen");
    QTest::newRow("not listed") << zen << QStringList { QStringLiteral("192.0.2.13") } << QStringList()
                                << QStringList { clean } << QStringLiteral("ZEN");
    QTest::newRow("refusal code is untested, not listed")
        << zen << QStringList { QStringLiteral("192.0.2.11") } << QStringList() << QStringList { refused }
        << QStringLiteral("refused: public resolver");
    QTest::newRow("answer outside 127/8 is untested")
        << zen << QStringList { QStringLiteral("192.0.2.12") } << QStringList() << QStringList { refused }
        << QStringLiteral("192.0.2.1 is not a blocklist answer (outside 127.0.0.0/8)");
    QTest::newRow("IPv6 listed") << zen << QStringList { QStringLiteral("2001:db8::20") } << QStringList()
                                 << QStringList { listed } << QStringLiteral("SBL CSS: snowshoe");
    QTest::newRow("test point not listed: list does not answer us")
        << QStringList { QStringLiteral("quiet") } << QStringList { QStringLiteral("192.0.2.10") }
        << QStringList() << QStringList { refused }
        << QStringLiteral("2.0.0.127.quiet.dnsbl.test. A: no such name (NXDOMAIN)");
    QTest::newRow("test point refused")
        << QStringList { QStringLiteral("refusing") } << QStringList { QStringLiteral("192.0.2.10") }
        << QStringList() << QStringList { refused }
        << QStringLiteral("2.0.0.127.refusing.dnsbl.test. A 127.255.255.254 (TTL 300)");
    QTest::newRow("list claims the never-listed test point")
        << QStringList { QStringLiteral("wild") } << QStringList { QStringLiteral("192.0.2.10") }
        << QStringList() << QStringList { QStringLiteral("untested bl-untested error") }
        << QStringLiteral("1.0.0.127.wild.dnsbl.test");
    QTest::newRow("domain listed (asked as its registered domain)")
        << QStringList { QStringLiteral("dbl") } << QStringList()
        << QStringList { QStringLiteral("www.spammy.example") } << QStringList { listed }
        << QStringLiteral("spammy.example.dbl.dnsbl.test. A 127.0.1.2 (TTL 300)");
    QTest::newRow("domain clean") << QStringList { QStringLiteral("dbl") } << QStringList()
                                  << QStringList { QStringLiteral("clean.example") } << QStringList { clean }
                                  << QStringLiteral("clean.example");
    QTest::newRow("domain list refusal code")
        << QStringList { QStringLiteral("dbl") } << QStringList()
        << QStringList { QStringLiteral("ipquery.example") } << QStringList { refused }
        << QStringLiteral("refused: IP query");
    QTest::newRow("bitmask answer") << QStringList { QStringLiteral("uribl") } << QStringList()
                                    << QStringList { QStringLiteral("bad.example") } << QStringList { listed }
                                    << QStringLiteral("black; grey");
    QTest::newRow("bitmask list refusal 127.0.0.1")
        << QStringList { QStringLiteral("uribl") } << QStringList()
        << QStringList { QStringLiteral("blocked.example") } << QStringList { refused }
        << QStringLiteral("refused: blocked resolver");
    QTest::newRow("IP and domain over several lists")
        << QStringList { QStringLiteral("zen"), QStringLiteral("quiet"), QStringLiteral("dbl") }
        << QStringList { QStringLiteral("192.0.2.13") } << QStringList { QStringLiteral("spammy.example") }
        << QStringList { clean, listed, refused } << QStringLiteral("spam domain");
}

void TestBlocklistCheck::check()
{
    QFETCH(QStringList, listIds);
    QFETCH(QStringList, addresses);
    QFETCH(QStringList, domains);
    QFETCH(QStringList, expected);
    QFETCH(QString, shown);

    CAresResolver resolver;
    QVERIFY(resolver.setNameserver(m_knot.nameserver()));
    resolver.setTimeout(3000);
    BlocklistCheck check(&resolver, lists(listIds));
    QList<QHostAddress> ips;
    for (const QString &a : addresses)
        ips << QHostAddress(a);
    int emitted = 0;
    connect(&check, &DnsCheck::finished, this, [&emitted] { ++emitted; });
    check.start(ips, domains);
    QTRY_COMPARE_WITH_TIMEOUT(emitted, 1, 8000);

    const QList<Finding> findings = check.findings();
    std::sort(expected.begin(), expected.end());
    QCOMPARE(summary(findings), expected);
    QStringList everything;
    for (const Finding &f : findings) {
        QVERIFY2(!f.title.startsWith(QLatin1String("[missing")), qPrintable(f.title));
        QVERIFY(!f.evidence.isEmpty());
        everything << f.title << f.explanation << f.evidence;
        for (const Fix &fix : f.fixes)
            everything << fix.text;
        if (f.id == QLatin1String("bl-listed")) // names the list
            QVERIFY2(f.title.contains(check.lists().first().name) || check.lists().size() > 1,
                qPrintable(f.title));
    }
    const bool found = std::any_of(everything.cbegin(), everything.cend(),
        [&shown](const QString &text) { return text.contains(shown); });
    QVERIFY2(found, qPrintable(everything.join(QLatin1Char('\n'))));
}

void TestBlocklistCheck::builtinLists()
{
    QList<RuleError> errors;
    const QList<Blocklist> lists = Blocklist::builtin(&errors);
    QVERIFY(errors.isEmpty());
    QStringList ids;
    for (const Blocklist &list : lists) {
        ids << list.id;
        QVERIFY(!list.zone.contains(QLatin1String("sorbs")));
        QVERIFY(list.delist.startsWith(QLatin1String("https://")));
        for (auto it = list.answers.cbegin(); it != list.answers.cend(); ++it)
            QVERIFY2(it.value().isComplete(), qPrintable(list.id + QLatin1Char(' ') + it.key()));
        for (auto it = list.refused.cbegin(); it != list.refused.cend(); ++it)
            QVERIFY2(it.value().isComplete(), qPrintable(list.id + QLatin1Char(' ') + it.key()));
    }
    QCOMPARE(ids,
        QStringList({ QStringLiteral("spamhaus-zen"), QStringLiteral("spamcop"), QStringLiteral("barracuda"),
            QStringLiteral("uceprotect-1"), QStringLiteral("spamhaus-dbl"), QStringLiteral("surbl"),
            QStringLiteral("uribl") }));
    const Blocklist &zen = lists.first();
    QCOMPARE(zen.zone, QStringLiteral("zen.spamhaus.org"));
    for (const char *code : { "127.255.255.252", "127.255.255.254", "127.255.255.255" })
        QVERIFY(zen.refused.contains(QLatin1String(code)));
    QVERIFY(lists.at(2).note.en().contains(QStringLiteral("registered")));
    QVERIFY(lists.at(6).refused.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(lists.at(4).refused.contains(QStringLiteral("127.0.1.255")));
}

void TestBlocklistCheck::queryNames_data()
{
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("name");
    QTest::newRow("IPv4") << 0 << QStringLiteral("192.0.2.1") << QStringLiteral("1.2.0.192.zen.spamhaus.org");
    QTest::newRow("IPv4 test point") << 0 << QStringLiteral("127.0.0.2")
                                     << QStringLiteral("2.0.0.127.zen.spamhaus.org");
    QTest::newRow("IPv6 nibbles") << 0 << QStringLiteral("2001:db8::1")
                                  << QStringLiteral(
                                         "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2."
                                         "zen.spamhaus.org");
    QTest::newRow("domain") << 4 << QStringLiteral("Example.COM.")
                            << QStringLiteral("example.com.dbl.spamhaus.org");
}

void TestBlocklistCheck::queryNames()
{
    QFETCH(int, list);
    QFETCH(QString, item);
    QFETCH(QString, name);
    QCOMPARE(Blocklist::builtin().at(list).queryName(item), name);
}

void TestBlocklistCheck::brokenListNamesLineAndId_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("message");
    const QString good = QStringLiteral(
        "\"zone\": \"bl.example.test\", \"kind\": \"ip\", \"answers\": {\"127.0.0.2\": \"listed\"}, "
        "\"test\": {\"listed\": \"127.0.0.2\", \"unlisted\": \"127.0.0.1\"}, "
        "\"delist\": \"https://bl.example.test/\"");
    QTest::newRow("no zone") << QString(good).replace(QStringLiteral("bl.example.test\""),
        QStringLiteral("\"")) << QStringLiteral("zone");
    QTest::newRow("bad kind") << QString(good).replace(QStringLiteral("\"ip\""), QStringLiteral("\"url\""))
                              << QStringLiteral("kind");
    QTest::newRow("answer outside 127/8") << QString(good).replace(
        QStringLiteral("127.0.0.2\": \"listed"), QStringLiteral("10.0.0.2\": \"listed"))
                                          << QStringLiteral("127.0.0.0/8");
    QTest::newRow("no test points") << QString(good).replace(QStringLiteral("\"listed\": \"127.0.0.2\", "),
        QString()) << QStringLiteral("test");
    QTest::newRow("no delisting path") << QString(good).replace(QStringLiteral("https://"),
        QStringLiteral("mailto:")) << QStringLiteral("delist");
}

void TestBlocklistCheck::brokenListNamesLineAndId()
{
    QFETCH(QString, entry);
    QFETCH(QString, message);
    const QByteArray json
        = QStringLiteral("{\"version\": 1, \"lists\": [\n"
                         "{\"id\": \"fine\", \"name\": \"Fine\", \"zone\": \"fine.example.test\", "
                         "\"kind\": \"ip\", \"answers\": {\"127.0.0.2\": \"listed\"}, "
                         "\"test\": {\"listed\": \"127.0.0.2\", \"unlisted\": \"127.0.0.1\"}, "
                         "\"delist\": \"https://fine.example.test/\"},\n"
                         "{\"id\": \"broken\", \"name\": \"Broken\", %1}\n]}")
              .arg(entry)
              .toUtf8();
    QList<RuleError> errors;
    const QList<Blocklist> lists = Blocklist::parse(json, QStringLiteral("blocklists.json"), &errors);
    QCOMPARE(lists.size(), 1); // the good list still loads
    QCOMPARE(lists.first().id, QStringLiteral("fine"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().ruleId, QStringLiteral("broken"));
    QCOMPARE(errors.first().line, 3);
    QVERIFY2(errors.first().message.contains(message), qPrintable(errors.first().message));
    QVERIFY2(errors.first().toString().contains(QStringLiteral("blocklists.json:3")),
        qPrintable(errors.first().toString()));
}

void TestBlocklistCheck::silentServerIsUntested()
{
    Test::SilentNameserver silent;
    QVERIFY(silent.listen());
    CAresResolver resolver;
    QVERIFY(resolver.setNameserver(silent.address()));
    resolver.setTimeout(800);
    resolver.setTries(1);
    BlocklistCheck check(&resolver, lists({ QStringLiteral("zen"), QStringLiteral("dbl") }));
    int emitted = 0;
    connect(&check, &DnsCheck::finished, this, [&emitted] { ++emitted; });
    check.start({ QHostAddress(QStringLiteral("192.0.2.10")) }, { QStringLiteral("spammy.example") });
    QTRY_COMPARE_WITH_TIMEOUT(emitted, 1, 3000);
    QCOMPARE(summary(check.findings()),
        QStringList({ QStringLiteral("untested bl-untested timeout"),
            QStringLiteral("untested bl-untested timeout") }));
}

void TestBlocklistCheck::microsoftFixText()
{
    // Not a DNSBL: the rules point at this fix for S3140 / S3150 / 5.7.606.
    const FixText *fix = FindingCatalog::builtin().fix(QStringLiteral("bl-microsoft-sender-portal"));
    QVERIFY(fix);
    QCOMPARE(fix->link, QStringLiteral("https://sender.office.com/"));
    QVERIFY(fix->text.isComplete());
}

QTEST_GUILESS_MAIN(TestBlocklistCheck)
#include "TestBlocklistCheck.moc"
