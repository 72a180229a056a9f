// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/SpfEvaluator.h"
#include "FakeResolver.h"
#include "report/FindingCatalog.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace MailMedic;
using Type = DnsAnswer::RecordType;

// Every test of the openspf/pyspf RFC 7208 suite (shared/conformance/spf)
// through check_host(), with each scenario's zone served from memory.
class TestSpfConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conformance_data();
    void conformance();
    void dnsTroubleIsTemperror_data();
    void dnsTroubleIsTemperror();
    void overallTimeout();
    void cancelIsQuiet();
    void traceCountsLookups();
    void cleanupTestCase();

private:
    static void loadZone(Test::FakeResolver *resolver, const QJsonObject &zonedata);

    QJsonArray m_scenarios;
    int m_total = 0;
    QSet<QString> m_ran;
    QSet<QString> m_passed;
};

void TestSpfConformance::initTestCase()
{
    QFile file(Test::sharedDir() + QStringLiteral("/conformance/spf/rfc7208-tests.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
    m_scenarios = doc.array();
    for (const QJsonValue &scenario : qAsConst(m_scenarios))
        m_total += int(scenario.toObject().value(QStringLiteral("tests")).toObject().size());
    QCOMPARE(m_total, 203);
}

void TestSpfConformance::loadZone(Test::FakeResolver *resolver, const QJsonObject &zonedata)
{
    const auto text = [](const QJsonValue &value) -> QString {
        // A list is one record of several character-strings, glued without
        // separator (RFC 7208 §3.3).
        if (!value.isArray())
            return value.toString();
        QString joined;
        for (const QJsonValue &part : value.toArray())
            joined += part.toString();
        return joined;
    };
    for (auto it = zonedata.begin(); it != zonedata.end(); ++it) {
        const QString name = it.key();
        const QJsonArray records = it.value().toArray();
        // Type SPF is no longer looked up (RFC 7208 §3.1); the suite's
        // driver serves SPF records as TXT unless the name has TXT of its
        // own (a TXT "NONE" counts as that, serving nothing).
        bool hasTxt = false;
        for (const QJsonValue &r : records)
            hasTxt = hasTxt || r.toObject().contains(QStringLiteral("TXT"));
        for (const QJsonValue &r : records) {
            if (r.isString()) {
                if (r.toString() == QLatin1String("TIMEOUT"))
                    resolver->setFailure(name, DnsAnswer::Outcome::TimedOut);
                continue;
            }
            const QJsonObject record = r.toObject();
            const QString type = record.keys().value(0);
            const QJsonValue value = record.value(type);
            if (type == QLatin1String("SPF") || type == QLatin1String("TXT")) {
                if ((type == QLatin1String("SPF") && hasTxt) || value.toString() == QLatin1String("NONE"))
                    continue;
                if (value.isArray() && value.toArray().isEmpty())
                    continue; // no strings at all: not a record a server can hold
                resolver->addRecord(name, Type::TXT, text(value));
            } else if (type == QLatin1String("MX")) {
                const QJsonArray mx = value.toArray();
                resolver->addRecord(name, Type::MX, mx.at(1).toString(), mx.at(0).toInt());
            } else {
                const auto known = DnsAnswer::typeFromName(type);
                QVERIFY2(known.has_value(), qPrintable(type));
                resolver->addRecord(name, *known, value.toString());
            }
        }
    }
}

void TestSpfConformance::conformance_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("test");
    for (int i = 0; i < m_scenarios.size(); ++i) {
        const QJsonObject scenario = m_scenarios.at(i).toObject();
        const QJsonObject tests = scenario.value(QStringLiteral("tests")).toObject();
        for (auto it = tests.begin(); it != tests.end(); ++it) {
            const QString row
                = scenario.value(QStringLiteral("description")).toString() + QLatin1Char('/') + it.key();
            QTest::newRow(qPrintable(row)) << i << it.key();
        }
    }
}

void TestSpfConformance::conformance()
{
    QFETCH(int, scenario);
    QFETCH(QString, test);
    const QJsonObject s = m_scenarios.at(scenario).toObject();
    const QJsonObject t = s.value(QStringLiteral("tests")).toObject().value(test).toObject();
    const QString row = QString::fromUtf8(QTest::currentDataTag());
    m_ran.insert(row);

    Test::FakeResolver resolver;
    loadZone(&resolver, s.value(QStringLiteral("zonedata")).toObject());
    if (QTest::currentTestFailed())
        return;
    SpfEvaluator spf(&resolver);
    // What the suite's reference driver uses when a fail has no exp=.
    spf.setDefaultExplanation(QStringLiteral("DEFAULT"));
    spf.setTimeout(5000);
    QSignalSpy spy(&spf, &SpfEvaluator::finished);
    spf.checkMailFrom(QHostAddress(t.value(QStringLiteral("host")).toString()),
        t.value(QStringLiteral("mailfrom")).toString(), t.value(QStringLiteral("helo")).toString());
    QCOMPARE(spy.count(), 0); // never synchronous
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);

    QStringList allowed;
    const QJsonValue result = t.value(QStringLiteral("result"));
    if (result.isArray()) {
        for (const QJsonValue &r : result.toArray())
            allowed << r.toString();
    } else {
        allowed << result.toString();
    }
    const SpfEvaluation &e = spf.evaluation();
    const QString got = toString(e.result);
    const QString why = QStringLiteral("got %1 (%2), expected %3; %4")
                            .arg(got, FindingCatalog::english(e.error), allowed.join(QLatin1Char('|')),
                                t.value(QStringLiteral("description")).toString());
    QVERIFY2(allowed.contains(got), qPrintable(why));
    // Every reason the evaluator gives has its words in the check files.
    const QString english = FindingCatalog::english(e.error);
    QVERIFY2(!english.contains(QLatin1String("[unknown detail")), qPrintable(english));
    QCOMPARE(english.isEmpty(), e.error.isEmpty());
    if (t.contains(QStringLiteral("explanation"))) {
        // One quirk of the suite: v-macro-ip6 wants %{i} nibbles in upper
        // case, while RFC 7208 §7.4's own example writes them in lower case
        // (DNS does not care). The case of the text is not what is tested.
        QCOMPARE(e.explanation.toLower(), t.value(QStringLiteral("explanation")).toString().toLower());
    }
    m_passed.insert(row);
}

// Beyond the suite: what the checks built on the evaluator rely on.

void TestSpfConformance::dnsTroubleIsTemperror_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("cause");
    QTest::newRow("servfail") << int(DnsAnswer::Outcome::ServFail) << QStringLiteral("servfail");
    QTest::newRow("refused") << int(DnsAnswer::Outcome::Refused) << QStringLiteral("refused");
    QTest::newRow("timeout") << int(DnsAnswer::Outcome::TimedOut) << QStringLiteral("timeout");
    QTest::newRow("unreachable") << int(DnsAnswer::Outcome::Unreachable) << QStringLiteral("unreachable");
}

void TestSpfConformance::dnsTroubleIsTemperror()
{
    QFETCH(int, outcome);
    QFETCH(QString, cause);
    Test::FakeResolver resolver;
    resolver.addRecord(QStringLiteral("example.test"), Type::TXT,
        QStringLiteral("v=spf1 ip4:192.0.2.1 include:_spf.provider.test -all"));
    resolver.setFailure(QStringLiteral("_spf.provider.test"), DnsAnswer::Outcome(outcome));
    SpfEvaluator spf(&resolver);
    QSignalSpy spy(&spf, &SpfEvaluator::finished);
    spf.checkHost(QHostAddress(QStringLiteral("198.51.100.1")), QStringLiteral("example.test"),
        QStringLiteral("a@example.test"), QStringLiteral("mail.example.test"));
    QVERIFY(spy.wait(2000));
    QCOMPARE(toString(spf.evaluation().result), QStringLiteral("temperror"));
    QCOMPARE(spf.evaluation().cause, cause);
    QVERIFY2(spf.evaluation().error.contains(QLatin1String("_spf.provider.test")),
        qPrintable(spf.evaluation().error));
}

void TestSpfConformance::overallTimeout()
{
    Test::FakeResolver resolver;
    resolver.setSilent(QStringLiteral("example.test"));
    SpfEvaluator spf(&resolver);
    spf.setTimeout(300);
    QSignalSpy spy(&spf, &SpfEvaluator::finished);
    spf.checkHost(QHostAddress(QStringLiteral("192.0.2.1")), QStringLiteral("example.test"),
        QStringLiteral("a@example.test"), QStringLiteral("mail.example.test"));
    QVERIFY(spy.wait(2000));
    QCOMPARE(toString(spf.evaluation().result), QStringLiteral("temperror"));
    QCOMPARE(spf.evaluation().cause, QStringLiteral("timeout"));
    QCOMPARE(resolver.pendingCount(), 0); // the question was withdrawn
}

void TestSpfConformance::cancelIsQuiet()
{
    Test::FakeResolver resolver;
    resolver.addRecord(QStringLiteral("example.test"), Type::TXT, QStringLiteral("v=spf1 -all"));
    SpfEvaluator spf(&resolver);
    QSignalSpy spy(&spf, &SpfEvaluator::finished);
    spf.checkHost(QHostAddress(QStringLiteral("192.0.2.1")), QStringLiteral("example.test"),
        QStringLiteral("a@example.test"), QStringLiteral("mail.example.test"));
    spf.cancel();
    QVERIFY(!spf.isRunning());
    QCOMPARE(resolver.pendingCount(), 0);
    QVERIFY(!spy.wait(200));
}

void TestSpfConformance::traceCountsLookups()
{
    Test::FakeResolver resolver;
    resolver.addRecord(QStringLiteral("example.test"), Type::TXT,
        QStringLiteral("v=spf1 a include:_spf.provider.test redirect=_spf.example.test"));
    resolver.addRecord(QStringLiteral("example.test"), Type::A, QStringLiteral("192.0.2.1"));
    resolver.addRecord(QStringLiteral("_spf.provider.test"), Type::TXT,
        QStringLiteral("v=spf1 mx a:out.provider.test ?all"));
    resolver.addRecord(
        QStringLiteral("_spf.provider.test"), Type::MX, QStringLiteral("mx.provider.test"), 10);
    resolver.addRecord(QStringLiteral("mx.provider.test"), Type::A, QStringLiteral("198.51.100.1"));
    resolver.addRecord(QStringLiteral("out.provider.test"), Type::A, QStringLiteral("198.51.100.2"));
    resolver.addRecord(QStringLiteral("_spf.example.test"), Type::TXT,
        QStringLiteral("v=spf1 ip4:203.0.113.0/24 -all exp=why.example.test"));
    resolver.addRecord(
        QStringLiteral("why.example.test"), Type::TXT, QStringLiteral("%{i} is not one of ours"));
    SpfEvaluator spf(&resolver);
    QSignalSpy spy(&spf, &SpfEvaluator::finished);
    spf.checkHost(QHostAddress(QStringLiteral("198.51.100.9")), QStringLiteral("example.test"),
        QStringLiteral("a@example.test"), QStringLiteral("mail.example.test"));
    QVERIFY(spy.wait(2000));
    const SpfEvaluation &e = spf.evaluation();
    QCOMPARE(toString(e.result), QStringLiteral("fail"));
    QCOMPARE(e.explanation, QStringLiteral("198.51.100.9 is not one of ours"));
    QCOMPARE(e.matchedTerm, QStringLiteral("-all"));
    QCOMPARE(e.matchedDomain, QStringLiteral("_spf.example.test"));
    QCOMPARE(e.lookups, 5); // a, include, mx, a:, redirect
    QCOMPARE(e.traceLines(),
        QStringList({ QStringLiteral("example.test (5 lookups)"),
            QStringLiteral("  include:_spf.provider.test (3 lookups)"),
            QStringLiteral("  redirect=_spf.example.test (1 lookup)") }));
}

void TestSpfConformance::cleanupTestCase()
{
    qInfo("SPF conformance: %d of %d passed", int(m_passed.size()), m_total);
    if (m_ran.size() == m_total)
        QCOMPARE(int(m_passed.size()), m_total);
}

QTEST_GUILESS_MAIN(TestSpfConformance)
#include "TestSpfConformance.moc"
