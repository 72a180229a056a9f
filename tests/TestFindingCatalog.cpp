// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/BlocklistCheck.h"
#include "report/FindingCatalog.h"
#include "rules/RuleFile.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

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
    void detailExpands_data();
    void detailExpands();
    void retranslateSwitchesDetail();
    void unknownDetailIsVisible();
    void detailEncoding_data();
    void detailEncoding();
    void brokenDetailNamesLine_data();
    void brokenDetailNamesLine();
    void oneReaderForAllDataFiles_data();
    void oneReaderForAllDataFiles();
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
    // Every detail in all three languages, each filling the same values.
    QVERIFY(c.detailIds().size() > 50);
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
        while (it.hasNext())
            found << it.next().captured(1);
        found.removeDuplicates();
        std::sort(found.begin(), found.end());
        return found;
    };
    for (const QString &id : c.detailIds()) {
        const LocalizedText *t = c.detail(id);
        QVERIFY2(t->isComplete(), qPrintable(id));
        QCOMPARE(placeholders(t->nl()), placeholders(t->en()));
        QCOMPARE(placeholders(t->ru()), placeholders(t->en()));
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

void TestFindingCatalog::detailExpands_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("fixText"); // the finding's first fix, in the same language
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringLiteral("pct=150 is not valid; expected a number from 0 to 100. Receivers")
                        << QStringLiteral("_dmarc.example.test");
    QTest::newRow("nl") << QStringLiteral("nl")
                        << QStringLiteral("pct=150 is ongeldig; hier hoort een getal van 0 tot en met 100. "
                                          "Ontvangers")
                        << QStringLiteral("_dmarc.example.test");
    QTest::newRow("ru") << QStringLiteral("ru")
                        << QStringLiteral("Значение pct=150 недопустимо: нужно число от 0 до 100. Получатели")
                        << QStringLiteral("_dmarc.example.test");
}

void TestFindingCatalog::detailExpands()
{
    QFETCH(QString, lang);
    QFETCH(QString, sentence);
    QFETCH(QString, fixText);
    const QString detail
        = Detail::encode(QStringLiteral("dmarc-bad-pct"), { QStringLiteral("pct"), QStringLiteral("150") });
    const QStringList args { QStringLiteral("example.test"), QStringLiteral("pct"), detail };
    const Finding f = FindingCatalog::builtin().make(
        QStringLiteral("dmarc-syntax"), FindingStatus::Fail, lang, args, { QStringLiteral("evidence") });
    QVERIFY2(f.explanation.startsWith(sentence), qPrintable(f.explanation));
    QVERIFY2(f.title.contains(QStringLiteral("example.test")), qPrintable(f.title));
    // The encoded form stays in args (for retranslate), never in a text.
    QCOMPARE(f.args, args);
    QVERIFY(!f.fixes.isEmpty());
    for (const QString &text : QStringList { f.title, f.explanation, f.fixes.first().text })
        QVERIFY2(Detail::plain(text) == text, qPrintable(text));
    QVERIFY2(f.fixes.first().text.contains(fixText), qPrintable(f.fixes.first().text));
}

void TestFindingCatalog::retranslateSwitchesDetail()
{
    Finding f = FindingCatalog::builtin().make(QStringLiteral("spf-syntax"), FindingStatus::Fail,
        QStringLiteral("en"),
        { QStringLiteral("example.test"), QStringLiteral("ip4:192.0.2.300"),
            Detail::encode(QStringLiteral("spf-term-problem"),
                { QStringLiteral("ip4:192.0.2.300"),
                    Detail::encode(QStringLiteral("spf-not-ip"),
                        { QStringLiteral("192.0.2.300"), QStringLiteral("4") }) }) });
    QVERIFY2(
        f.explanation.endsWith(QStringLiteral("'ip4:192.0.2.300': '192.0.2.300' is not an IPv4 address")),
        qPrintable(f.explanation));
    FindingCatalog::builtin().retranslate(f, QStringLiteral("nl"));
    QVERIFY2(f.explanation.endsWith(QStringLiteral("'ip4:192.0.2.300': '192.0.2.300' is geen IPv4-adres")),
        qPrintable(f.explanation));
    FindingCatalog::builtin().retranslate(f, QStringLiteral("ru"));
    QVERIFY2(f.explanation.endsWith(QStringLiteral("«ip4:192.0.2.300»: «192.0.2.300» — не IPv4-адрес")),
        qPrintable(f.explanation));
    FindingCatalog::builtin().retranslate(f, QStringLiteral("en"));
    QVERIFY2(f.explanation.endsWith(QStringLiteral("is not an IPv4 address")), qPrintable(f.explanation));
}

void TestFindingCatalog::unknownDetailIsVisible()
{
    const Finding f = FindingCatalog::builtin().make(QStringLiteral("dkim-key-syntax"), FindingStatus::Fail,
        QStringLiteral("nl"),
        { QStringLiteral("s1._domainkey.example.test"),
            Detail::encode(QStringLiteral("no-such-detail"), { QStringLiteral("x") }) });
    QVERIFY2(f.explanation.startsWith(QStringLiteral("[unknown detail: no-such-detail]")),
        qPrintable(f.explanation));
    QCOMPARE(FindingCatalog::english(Detail::encode(QStringLiteral("no-such-detail"))),
        QStringLiteral("[unknown detail: no-such-detail]"));
}

void TestFindingCatalog::detailEncoding_data()
{
    QTest::addColumn<QString>("arg");
    QTest::addColumn<QString>("english");
    // Values are filled in once: a value that itself holds "%1" (an SPF
    // macro) or the markers stays as it is.
    QTest::newRow("plain text is left alone")
        << QStringLiteral("v=spf1 -all 100%") << QStringLiteral("v=spf1 -all 100%");
    QTest::newRow("value with %1 is not filled again") << Detail::encode(
        QStringLiteral("spf-term-problem"), { QStringLiteral("exists:%1.%{d}"), QStringLiteral("why %2") })
                                                       << QStringLiteral("'exists:%1.%{d}': why %2");
    QTest::newRow("literal percent signs in the text") << Detail::encode(QStringLiteral("spf-macro-unknown"),
        { QStringLiteral("x") }) << QStringLiteral("'%x' is not a macro (write %% for a percent sign)");
    QTest::newRow("nested three deep")
        << Detail::encode(QStringLiteral("spf-eval-syntax"),
               { QStringLiteral("sub.example.test"),
                   Detail::encode(QStringLiteral("spf-term-problem"),
                       { QStringLiteral("a:%{x}"),
                           Detail::encode(QStringLiteral("spf-macro-letter"), { QStringLiteral("x") }) }) })
        << QStringLiteral(
               "syntax error in the SPF record of sub.example.test: 'a:%{x}': unknown macro letter 'x'");
    QTest::newRow("markers inside a value are made harmless")
        << Detail::encode(QStringLiteral("spf-eval-no-record"),
               { QStringLiteral("x") + QChar(0xFDD0) + QStringLiteral("spf-cancelled") + QChar(0xFDD2) })
        << QStringLiteral("x") + QChar(QChar::ReplacementCharacter) + QStringLiteral("spf-cancelled")
            + QChar(QChar::ReplacementCharacter) + QStringLiteral(" has no SPF record");
    QTest::newRow("a broken encoding shows as text, markers replaced")
        << QString(QChar(0xFDD0)) + QStringLiteral("spf-cancelled")
        << QString(QChar(QChar::ReplacementCharacter)) + QStringLiteral("spf-cancelled");
    QTest::newRow("no parameters") << Detail::encode(QStringLiteral("spf-cancelled"))
                                   << QStringLiteral("the check was cancelled");
    QTest::newRow("empty parameter") << Detail::encode(QStringLiteral("spf-bad-prefix"), { QString() })
                                     << QStringLiteral("invalid prefix length ''");
}

void TestFindingCatalog::detailEncoding()
{
    QFETCH(QString, arg);
    QFETCH(QString, english);
    QCOMPARE(FindingCatalog::english(arg), english);
    const std::optional<Detail> d = Detail::parse(arg);
    if (d)
        QCOMPARE(d->toString(), arg); // encode(parse(x)) == x
}

void TestFindingCatalog::brokenDetailNamesLine_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("message");
    QTest::newRow("no English text") << QByteArray(
        "{\"version\": 1,\n \"details\": [\n  {\"id\": \"ok-1\", \"text\": {\"en\": \"A\"}},\n"
        "  {\"id\": \"d-1\", \"text\": {\"nl\": \"alleen Nederlands\"}}\n ]}\n")
                                     << 4 << QStringLiteral("d-1") << QStringLiteral("English text");
    QTest::newRow("same id twice") << QByteArray(
        "{\"version\": 1,\n \"details\": [\n  {\"id\": \"d-2\", \"text\": {\"en\": \"A\"}},\n"
        "  {\"id\": \"ok-1\", \"text\": {\"en\": \"B\"}},\n"
        "  {\"id\": \"d-2\", \"text\": {\"en\": \"C\"}}\n ]}\n")
                                   << 5 << QStringLiteral("d-2") << QStringLiteral("used twice");
}

void TestFindingCatalog::brokenDetailNamesLine()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, id);
    QFETCH(QString, message);
    FindingCatalog c;
    QList<RuleError> errors;
    QVERIFY(!c.load(json, QStringLiteral("dns.json"), &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().file, QStringLiteral("dns.json"));
    QCOMPARE(errors.first().line, line);
    QCOMPARE(errors.first().ruleId, id);
    QCOMPARE(errors.first().kind, QStringLiteral("detail"));
    QVERIFY2(errors.first().message.contains(message), qPrintable(errors.first().toString()));
    QVERIFY2(errors.first().toString().contains(QStringLiteral("dns.json:%1").arg(line)),
        qPrintable(errors.first().toString()));
    QVERIFY(c.detail(QStringLiteral("ok-1")));
    // The same id again in another file of the same catalog.
    QList<RuleError> more;
    QVERIFY(!c.load("{\"details\": [\n {\"id\": \"ok-1\", \"text\": {\"en\": \"again\"}}]}",
        QStringLiteral("spf.json"), &more));
    QCOMPARE(more.size(), 1);
    QCOMPARE(more.first().file, QStringLiteral("spf.json"));
    QCOMPARE(more.first().line, 2);
    const QString kept = c.expand(Detail::encode(QStringLiteral("ok-1")), QStringLiteral("en"));
    QVERIFY(kept == QLatin1String("A") || kept == QLatin1String("B")); // the first one stays
}

// Rules, check texts and blocklists go through one reader: a support team
// editing any of them is told the file, the line of the broken record and
// its id, in the same words.
void TestFindingCatalog::oneReaderForAllDataFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("id");
    // The second record is broken; the line of its id is given.
    QTest::newRow("rule file")
        << "rule"
        << QByteArray("{ \"version\": 1,\n  \"rules\": [\n"
                      "    { \"id\": \"ok-rule\", \"reason\": \"blocked\", \"provider\": \"generic\", "
                      "\"priority\": 500,\n"
                      "      \"source\": \"RFC 5321\", \"match\": { \"text\": [\"fine\"] },\n"
                      "      \"topics\": [], \"title\": { \"en\": \"Fine\" }, \"fixes\": [] },\n"
                      "    {\n      \"id\": \"bad-rule\", \"reason\": \"blokked\", \"provider\": "
                      "\"generic\", \"priority\": 500,\n"
                      "      \"source\": \"RFC 5321\", \"match\": { \"text\": [\"x\"] },\n"
                      "      \"topics\": [], \"title\": { \"en\": \"X\" }, \"fixes\": [] } ] }\n")
        << 7 << "bad-rule";
    QTest::newRow("check texts")
        << "finding"
        << QByteArray("{ \"version\": 1,\n  \"findings\": [\n"
                      "    { \"id\": \"ok-finding\", \"topics\": [],\n"
                      "      \"title\": { \"en\": \"Fine\" } },\n"
                      "    {\n\n      \"id\": \"bad-finding\", \"topics\": [\"no-such-topic\"],\n"
                      "      \"title\": { \"en\": \"X\" } } ] }\n")
        << 7 << "bad-finding";
    QTest::newRow("blocklists")
        << "blocklist"
        << QByteArray(
               "{ \"version\": 1,\n  \"lists\": [\n"
               "    { \"id\": \"ok-list\", \"name\": \"OK\", \"zone\": \"ok.example\", \"kind\": \"ip\",\n"
               "      \"answers\": { \"127.0.0.2\": \"listed\" }, \"test\": { \"listed\": \"127.0.0.2\", "
               "\"unlisted\": \"127.0.0.1\" },\n"
               "      \"delist\": \"https://ok.example/\" },\n"
               "    {\n      \"id\": \"bad-list\", \"name\": \"Bad\", \"zone\": \"bad.example\", \"kind\": "
               "\"colour\" } ] }\n")
        << 7 << "bad-list";
}

namespace {

QList<RuleError> readAs(const QString &kind, const QByteArray &json, const QString &file)
{
    QList<RuleError> errors;
    if (kind == QLatin1String("rule")) {
        RuleFileContent content;
        parseRuleFile(json, file, RulesSection, false, &content, &errors);
    } else if (kind == QLatin1String("finding")) {
        FindingCatalog catalog;
        catalog.load(json, file, &errors);
    } else {
        Blocklist::parse(json, file, &errors);
    }
    return errors;
}

} // namespace

void TestFindingCatalog::oneReaderForAllDataFiles()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, id);
    const QString file = QStringLiteral("team/%1.json").arg(kind);
    QList<RuleError> errors = readAs(kind, json, file);
    QCOMPARE(errors.size(), 1);
    const RuleError &e = errors.first();
    QCOMPARE(e.file, file);
    QCOMPARE(e.line, line);
    QCOMPARE(e.ruleId, id);
    QVERIFY2(e.toString().startsWith(QStringLiteral("%1:%2: %3 '%4': ").arg(file).arg(line).arg(kind, id)),
        qPrintable(e.toString()));

    // A syntax error names its line too, whichever file it is in.
    QByteArray broken = json;
    broken.replace("\"version\": 1,", "\"version\": 1,,");
    errors = readAs(kind, broken, file);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, 1);
    QVERIFY2(errors.first().message.contains(QLatin1String("JSON syntax error")),
        qPrintable(errors.first().message));
}

QTEST_GUILESS_MAIN(TestFindingCatalog)
#include "TestFindingCatalog.moc"
