// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/CAresResolver.h"
#include "KnotServer.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <algorithm>
#include <memory>

using namespace MailMedic;
using Type = DnsAnswer::RecordType;
using Outcome = DnsAnswer::Outcome;

Q_DECLARE_METATYPE(MailMedic::DnsAnswer::RecordType)
Q_DECLARE_METATYPE(MailMedic::DnsAnswer::Outcome)

// The c-ares resolver against a real Knot DNS on loopback: the outcomes a
// diagnosis tells apart ("no MX record" is a finding, "could not ask" is
// untested), and what happens when nobody answers.
class TestDnsKnot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lookup_data();
    void lookup();
    void parallelLookupsShareTheCache();
    void reconfigureWhileBusy();
    void nameserverSyntax_data();
    void nameserverSyntax();
    void couldNotAsk_data();
    void couldNotAsk();
    void cancelledLookupIsNeverReported();
    void destroyWithPendingLookup();

private:
    static QString spfText();
    static QStringList bigTxt();
    void ask(
        CAresResolver &resolver, const QString &name, Type type, DnsAnswer *answer, int timeoutMs = 5000);
    std::unique_ptr<CAresResolver> knotResolver();

    Test::KnotServer m_knot;
};

QString TestDnsKnot::spfText()
{
    // Longer than one 255-byte character-string would allow, so the zone
    // splits it in two (RFC 7208 §3.3).
    QString text = QStringLiteral("v=spf1");
    for (int i = 1; i <= 14; ++i)
        text += QStringLiteral(" ip4:192.0.2.%1").arg(i);
    for (int i = 1; i <= 6; ++i)
        text += QStringLiteral(" ip4:198.51.100.%1").arg(i);
    return text + QStringLiteral(" include:_spf.example.test -all");
}

QStringList TestDnsKnot::bigTxt()
{
    // Together more than the 512 bytes of plain UDP: Knot sets TC and c-ares
    // asks again over TCP (RFC 1035 §4.2.1), which exercises the write
    // notifier for the TCP connect.
    QStringList texts;
    for (int i = 0; i < 4; ++i)
        texts << QStringLiteral("record-%1 ").arg(i) + QString(180, QLatin1Char(char('a' + i)));
    return texts;
}

void TestDnsKnot::initTestCase()
{
    const QString spf = spfText();
    const int split = 200;
    QVERIFY(spf.size() > 255);
    const QString zone = QStringLiteral(
        "$TTL 3600\n"
        "@     IN SOA ns1.example.test. hostmaster.example.test. 2026010101 3600 600 86400 300\n"
        "@     IN NS  ns1\n"
        "ns1   IN A   127.0.0.1\n"
        "@     300 IN MX 20 mx2\n"
        "@     300 IN MX 10 mx1.example.test.\n"
        "mx1   IN A    192.0.2.10\n"
        "mx2   IN A    192.0.2.20\n"
        "mx2   IN AAAA 2001:db8::20\n"
        "aonly 600 IN A 192.0.2.30\n"
        "www   IN CNAME aonly\n"
        "@     1200 IN TXT \"%1\" \"%2\"\n")
                             .arg(spf.left(split), spf.mid(split));
    QString bigZone = zone;
    const QStringList big = bigTxt();
    for (const QString &text : big)
        bigZone += QStringLiteral("big   IN TXT \"%1\"\n").arg(text);
    m_knot.addZone(QStringLiteral("example.test."), bigZone);
    m_knot.addZone(QStringLiteral("2.0.192.in-addr.arpa."),
        QStringLiteral("$TTL 3600\n"
                       "@  IN SOA ns1.example.test. hostmaster.example.test. 1 3600 600 86400 300\n"
                       "@  IN NS  ns1.example.test.\n"
                       "30 900 IN PTR aonly.example.test.\n"));
    QString error;
    QVERIFY2(m_knot.start(&error), qPrintable(error));
}

std::unique_ptr<CAresResolver> TestDnsKnot::knotResolver()
{
    auto resolver = std::make_unique<CAresResolver>();
    QString error;
    if (!resolver->setNameserver(m_knot.nameserver(), &error))
        qWarning("setNameserver: %s", qPrintable(error));
    resolver->setTimeout(3000);
    return resolver;
}

void TestDnsKnot::ask(
    CAresResolver &resolver, const QString &name, Type type, DnsAnswer *answer, int timeoutMs)
{
    QSignalSpy spy(&resolver, &Resolver::finished);
    const quint64 id = resolver.lookup(name, type);
    QVERIFY(id != 0);
    QCOMPARE(spy.count(), 0); // never synchronous
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, timeoutMs);
    QCOMPARE(spy.at(0).at(0).value<quint64>(), id);
    *answer = spy.at(0).at(1).value<DnsAnswer>();
}

void TestDnsKnot::lookup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Type>("type");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QStringList>("values"); // MX as "preference target", sorted
    QTest::addColumn<quint32>("ttl");

    QTest::newRow("two MX with preferences")
        << QStringLiteral("example.test") << Type::MX << Outcome::Records
        << QStringList { QStringLiteral("10 mx1.example.test"), QStringLiteral("20 mx2.example.test") }
        << 300u;
    QTest::newRow("A only: MX is nodata")
        << QStringLiteral("aonly.example.test") << Type::MX << Outcome::NoData << QStringList() << 0u;
    QTest::newRow("missing name: nxdomain")
        << QStringLiteral("nosuchhost.example.test") << Type::A << Outcome::NxDomain << QStringList() << 0u;
    QTest::newRow("A") << QStringLiteral("aonly.example.test") << Type::A << Outcome::Records
                       << QStringList { QStringLiteral("192.0.2.30") } << 600u;
    QTest::newRow("A with trailing dot") << QStringLiteral("mx1.example.test.") << Type::A << Outcome::Records
                                         << QStringList { QStringLiteral("192.0.2.10") } << 3600u;
    QTest::newRow("A through CNAME") << QStringLiteral("www.example.test") << Type::A << Outcome::Records
                                     << QStringList { QStringLiteral("192.0.2.30") } << 600u;
    QTest::newRow("AAAA") << QStringLiteral("mx2.example.test") << Type::AAAA << Outcome::Records
                          << QStringList { QStringLiteral("2001:db8::20") } << 3600u;
    QTest::newRow("TXT in two strings is joined") << QStringLiteral("example.test") << Type::TXT
                                                  << Outcome::Records << QStringList { spfText() } << 1200u;
    QTest::newRow("TXT over TCP (truncated over UDP)")
        << QStringLiteral("big.example.test") << Type::TXT << Outcome::Records << bigTxt() << 3600u;
    QTest::newRow("PTR") << Resolver::reverseName(QHostAddress(QStringLiteral("192.0.2.30"))) << Type::PTR
                         << Outcome::Records << QStringList { QStringLiteral("aonly.example.test") } << 900u;
    QTest::newRow("NS") << QStringLiteral("example.test") << Type::NS << Outcome::Records
                        << QStringList { QStringLiteral("ns1.example.test") } << 3600u;
    QTest::newRow("CNAME") << QStringLiteral("www.example.test") << Type::CNAME << Outcome::Records
                           << QStringList { QStringLiteral("aonly.example.test") } << 3600u;
    QTest::newRow("SOA") << QStringLiteral("example.test") << Type::SOA << Outcome::Records
                         << QStringList { QStringLiteral(
                                "ns1.example.test hostmaster.example.test 2026010101 3600 600 86400 300") }
                         << 3600u;
}

void TestDnsKnot::lookup()
{
    QFETCH(QString, name);
    QFETCH(Type, type);
    QFETCH(Outcome, outcome);
    QFETCH(QStringList, values);
    QFETCH(quint32, ttl);

    const auto resolver = knotResolver();
    DnsAnswer answer;
    ask(*resolver, name, type, &answer);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(answer.outcomeName(), DnsAnswer::outcomeName(outcome));
    QCOMPARE(answer.outcome, outcome);
    QCOMPARE(answer.name, name);
    QCOMPARE(answer.type, type);
    QVERIFY2(!answer.couldNotAsk(), qPrintable(answer.summary()));
    QCOMPARE(answer.server, m_knot.nameserver());
    QVERIFY(answer.raw.size() >= 12); // the whole response is kept as evidence
    QCOMPARE(answer.minTtl, ttl);

    QStringList got;
    for (const DnsRecord &record : qAsConst(answer.records)) {
        got << (type == Type::MX ? QString::number(record.preference) + QLatin1Char(' ') + record.value
                                 : record.value);
        QCOMPARE(record.ttl, ttl);
    }
    std::sort(got.begin(), got.end());
    QCOMPARE(got, values);
}

void TestDnsKnot::parallelLookupsShareTheCache()
{
    const auto resolver = knotResolver();
    QSignalSpy spy(resolver.get(), &Resolver::finished);
    const quint64 mx = resolver->lookup(QStringLiteral("example.test"), Type::MX);
    const quint64 a = resolver->lookup(QStringLiteral("mx1.example.test"), Type::A);
    const quint64 mxAgain = resolver->lookup(QStringLiteral("EXAMPLE.test."), Type::MX);
    const quint64 missing = resolver->lookup(QStringLiteral("gone.example.test"), Type::TXT);
    QCOMPARE(QSet<quint64>({ mx, a, mxAgain, missing }).size(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 4, 5000);

    QHash<quint64, DnsAnswer> answers;
    for (const QList<QVariant> &arguments : qAsConst(spy))
        answers.insert(arguments.at(0).value<quint64>(), arguments.at(1).value<DnsAnswer>());
    QCOMPARE(answers.size(), 4);
    QCOMPARE(answers.value(mx).records.size(), 2);
    QCOMPARE(answers.value(mxAgain).records.size(), 2);
    QCOMPARE(answers.value(a).outcome, Outcome::Records);
    QCOMPARE(answers.value(missing).outcome, Outcome::NxDomain);

    // Asked again: answered from the cache, still never synchronously.
    DnsAnswer cached;
    ask(*resolver, QStringLiteral("example.test"), Type::MX, &cached);
    QCOMPARE(cached.outcome, Outcome::Records);
    QCOMPARE(cached.records.size(), 2);
    QCOMPARE(cached.raw, answers.value(mx).raw);
}

void TestDnsKnot::reconfigureWhileBusy()
{
    // Timeout and tries need a new c-ares channel; the question already on
    // the wire is asked again there and still answered once.
    const auto resolver = knotResolver();
    QSignalSpy spy(resolver.get(), &Resolver::finished);
    const quint64 before = resolver->lookup(QStringLiteral("example.test"), Type::MX);
    resolver->setTimeout(4000);
    resolver->setTries(1);
    const quint64 after = resolver->lookup(QStringLiteral("aonly.example.test"), Type::A);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5000);
    QSet<quint64> ids;
    for (const QList<QVariant> &arguments : qAsConst(spy)) {
        ids.insert(arguments.at(0).value<quint64>());
        QCOMPARE(arguments.at(1).value<DnsAnswer>().outcome, Outcome::Records);
    }
    QCOMPARE(ids, QSet<quint64>({ before, after }));
}

void TestDnsKnot::nameserverSyntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("v4 with port") << QStringLiteral("127.0.0.1:15353") << true;
    QTest::newRow("v4") << QStringLiteral("192.0.2.1") << true;
    QTest::newRow("v6 with port") << QStringLiteral("[::1]:5353") << true;
    QTest::newRow("v6") << QStringLiteral("::1") << true;
    QTest::newRow("v6 in brackets") << QStringLiteral("[2001:db8::53]") << true;
    QTest::newRow("system") << QString() << true;
    QTest::newRow("host name") << QStringLiteral("ns1.example.test:53") << false;
    QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << false;
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1:70000") << false;
    QTest::newRow("no port after colon") << QStringLiteral("127.0.0.1:") << false;
    QTest::newRow("unclosed bracket") << QStringLiteral("[::1:53") << false;
    QTest::newRow("garbage") << QStringLiteral("not an address") << false;
}

void TestDnsKnot::nameserverSyntax()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    CAresResolver resolver;
    QVERIFY(resolver.setNameserver(QStringLiteral("127.0.0.1:5353")));
    QString error;
    QCOMPARE(resolver.setNameserver(text, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid) {
        QCOMPARE(resolver.nameserver(), QStringLiteral("127.0.0.1:5353")); // unchanged
        QCOMPARE(resolver.lastError(), error);
    }
}

void TestDnsKnot::couldNotAsk_data()
{
    QTest::addColumn<bool>("listening");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("server silent: timeout") << true << Outcome::TimedOut;
    QTest::newRow("port closed: unreachable") << false << Outcome::Unreachable;
}

void TestDnsKnot::couldNotAsk()
{
    QFETCH(bool, listening);
    QFETCH(Outcome, outcome);

    // A socket that receives the question and never replies; or, closed
    // again, a port where the kernel answers "port unreachable".
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    const quint16 port = silent.localPort();
    if (!listening)
        silent.close();

    CAresResolver resolver;
    QVERIFY(resolver.setNameserver(QStringLiteral("127.0.0.1:%1").arg(port)));
    resolver.setTimeout(1000);
    QElapsedTimer clock;
    clock.start();
    DnsAnswer answer;
    ask(resolver, QStringLiteral("example.test"), Type::MX, &answer, 3000);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(clock.elapsed() < 3000, qPrintable(answer.summary()));
    QCOMPARE(answer.outcome, outcome);
    QVERIFY(answer.couldNotAsk()); // reported as untested, never as "no MX"
    QVERIFY(answer.records.isEmpty());
    QVERIFY(!answer.errorText.isEmpty());
    QCOMPARE(answer.server, QStringLiteral("127.0.0.1:%1").arg(port));
}

void TestDnsKnot::cancelledLookupIsNeverReported()
{
    // Against the real server: the cancelled id and a second id for the same
    // question ride the same query, so once the second is reported, the
    // first would have been too.
    const auto resolver = knotResolver();
    QSignalSpy spy(resolver.get(), &Resolver::finished);
    const quint64 cancelled = resolver->lookup(QStringLiteral("example.test"), Type::TXT);
    const quint64 kept = resolver->lookup(QStringLiteral("example.test"), Type::TXT);
    resolver->cancel(cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    QCOMPARE(spy.at(0).at(0).value<quint64>(), kept);

    // Against a silent server: the cancelled query times out first.
    Test::SilentNameserver silent;
    QVERIFY(silent.listen());
    CAresResolver slow;
    QVERIFY(slow.setNameserver(silent.address()));
    slow.setTimeout(500);
    QSignalSpy slowSpy(&slow, &Resolver::finished);
    const quint64 first = slow.lookup(QStringLiteral("one.example.test"), Type::A);
    const quint64 second = slow.lookup(QStringLiteral("two.example.test"), Type::A);
    slow.cancel(first);
    QTRY_COMPARE_WITH_TIMEOUT(slowSpy.count(), 1, 3000);
    QCOMPARE(slowSpy.at(0).at(0).value<quint64>(), second);
    QCOMPARE(slowSpy.at(0).at(1).value<DnsAnswer>().outcome, Outcome::TimedOut);

    // cancelAll() also drops answers already waiting for the event loop.
    const quint64 third = resolver->lookup(QStringLiteral("example.test"), Type::TXT); // cached
    QVERIFY(third != 0);
    resolver->cancelAll();
    const quint64 fourth = resolver->lookup(QStringLiteral("example.test"), Type::MX);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5000);
    QCOMPARE(spy.at(1).at(0).value<quint64>(), fourth);
}

void TestDnsKnot::destroyWithPendingLookup()
{
    Test::SilentNameserver silent;
    QVERIFY(silent.listen());
    auto *resolver = new CAresResolver;
    QVERIFY(resolver->setNameserver(silent.address()));
    int reported = 0;
    connect(resolver, &Resolver::finished, this, [&reported] { ++reported; });
    resolver->lookup(QStringLiteral("example.test"), Type::MX);
    resolver->lookup(QStringLiteral("example.test"), Type::A);
    // The question is on the wire once the server has it.
    QTRY_VERIFY_WITH_TIMEOUT(silent.wasAsked(), 3000);
    delete resolver; // no callback into the dead object
    QCoreApplication::processEvents();
    QCOMPARE(reported, 0);
}

QTEST_GUILESS_MAIN(TestDnsKnot)
#include "TestDnsKnot.moc"
