// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FindingCatalog.h"

#include <QTest>

using namespace MailMedic;

// The words of live-check findings come from resources/checks/*.json; every
// finding must read well in all three languages, with its values filled in.
class TestFindingCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinIsComplete();
    void fillsArguments_data();
    void fillsArguments();
    void unknownIdIsVisible();
    void retranslateKeepsTicks();
    void brokenFileNamesLine();
};

void TestFindingCatalog::builtinIsComplete()
{
    const FindingCatalog &c = FindingCatalog::builtin();
    for (const RuleError &e : FindingCatalog::builtinErrors())
        qWarning().noquote() << e.toString();
    QVERIFY(FindingCatalog::builtinErrors().isEmpty());
    QVERIFY(c.contains(QStringLiteral("check-untested")));
    for (const QString &id : c.ids()) {
        const FindingTemplate *t = c.finding(id);
        QVERIFY2(t->title.isComplete(), qPrintable(id));
        QVERIFY2(t->explanation.isComplete(), qPrintable(id));
        for (const QString &fixId : t->fixes) {
            const FixText *fix = c.fix(fixId);
            QVERIFY2(fix, qPrintable(id + QStringLiteral(": unknown fix ") + fixId));
            QVERIFY2(fix->text.isComplete(), qPrintable(fixId));
        }
    }
}

void TestFindingCatalog::fillsArguments_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("title");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("MX could not be tested");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("MX kon niet worden gecontroleerd");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Проверить MX не удалось");
}

void TestFindingCatalog::fillsArguments()
{
    QFETCH(QString, lang);
    QFETCH(QString, title);
    const Finding f = FindingCatalog::builtin().make(QStringLiteral("check-untested"),
        FindingStatus::Untested, lang, { QStringLiteral("MX"), QStringLiteral("timeout") },
        { QStringLiteral("example.test MX: timeout") }, QStringLiteral("timeout"));
    QCOMPARE(f.title, title);
    QVERIFY(f.explanation.contains(QStringLiteral("timeout")));
    QCOMPARE(f.cause, QStringLiteral("timeout"));
    QCOMPARE(toString(f.status), QStringLiteral("untested"));
    QVERIFY(!f.fixes.isEmpty());
    QVERIFY(!f.fixes.first().text.contains(QLatin1Char('%')));
}

void TestFindingCatalog::retranslateKeepsTicks()
{
    // A support person ticked a step, then the customer switched to Russian.
    Finding f = FindingCatalog::builtin().make(QStringLiteral("check-untested"), FindingStatus::Untested,
        QStringLiteral("en"), { QStringLiteral("MX"), QStringLiteral("timeout") },
        { QStringLiteral("evidence line") }, QStringLiteral("timeout"));
    QVERIFY(!f.fixes.isEmpty());
    f.fixes.first().done = true;
    FindingCatalog::builtin().retranslate(f, QStringLiteral("ru"));
    QCOMPARE(f.title, QStringLiteral("Проверить MX не удалось"));
    QVERIFY(f.fixes.first().done);
    QVERIFY(f.fixes.first().text.contains(QStringLiteral("Повторите")));
    QCOMPARE(f.evidence, QStringList { QStringLiteral("evidence line") });
    QCOMPARE(f.cause, QStringLiteral("timeout"));
}

void TestFindingCatalog::unknownIdIsVisible()
{
    const Finding f = FindingCatalog::builtin().make(
        QStringLiteral("no-such-finding"), FindingStatus::Warn, QStringLiteral("en"));
    QVERIFY(f.title.contains(QStringLiteral("no-such-finding")));
}

void TestFindingCatalog::brokenFileNamesLine()
{
    FindingCatalog c;
    QList<RuleError> errors;
    const QByteArray json
        = "{\"version\": 1,\n \"findings\": [\n  {\"id\": \"x-1\", \"topics\": [\"nonsense\"],\n"
          "   \"title\": {\"en\": \"X\"}}\n ]}\n";
    QVERIFY(!c.load(json, QStringLiteral("dns.json"), &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, 3);
    QCOMPARE(errors.first().ruleId, QStringLiteral("x-1"));
    QVERIFY(errors.first().toString().contains(QStringLiteral("dns.json:3")));
    QVERIFY(!c.contains(QStringLiteral("x-1")));
}

QTEST_GUILESS_MAIN(TestFindingCatalog)
#include "TestFindingCatalog.moc"
