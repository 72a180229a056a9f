// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce/SmtpStatus.h"
#include "Diagnoser.h"
#include "rules/LiteralPrefilter.h"
#include "rules/Normalize.h"
#include "rules/RuleCache.h"
#include "rules/RuleSet.h"
#include "rules/Vocabulary.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include <algorithm>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#include <thread>
#include <type_traits>
#include <vector>

using namespace MailMedic;

namespace {

QString rulesDir()
{
    return Test::sourceDir() + QStringLiteral("/resources/rules/");
}

QString testFile(const char *name)
{
    return Test::sourceDir() + QStringLiteral("/tests/data/rules/") + QLatin1String(name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A record's patterns as text and options, whether kept compiled (providers)
// or as text compiled on first use (rules).
template<typename Pattern> QStringList patternsOf(const QList<Pattern> &patterns)
{
    QStringList result;
    for (const Pattern &p : patterns) {
        QRegularExpression re;
        if constexpr (std::is_same_v<Pattern, RulePattern>)
            re = p.compiled();
        else
            re = p;
        result.append(re.pattern() + QLatin1Char('/') + QString::number(int(re.patternOptions())));
    }
    return result;
}

// A record's required literals per pattern: kept (the built-in image) or not
// (a JSON file), they must be the ones its patterns give.
template<typename T> QList<QStringList> literalsOf(const T &record)
{
    QList<QStringList> literals;
    for (qsizetype p = 0; p < record.patterns.size(); ++p)
        literals.append(p < record.literals.size()
                ? record.literals.at(p)
                : LiteralPrefilter::requiredLiterals(record.patterns.at(p).pattern()));
    return literals;
}

QStringList texts(const LocalizedText &text)
{
    return { text.en(), text.nl(), text.ru() };
}

// Every field of every record, in order: the first difference, or "" when
// the two sets are the same.
QString differenceBetween(const RuleSet &a, const RuleSet &b)
{
    const auto differ = [](const QString &what, const QString &x, const QString &y) {
        return x == y ? QString() : what + QStringLiteral(": ") + x + QStringLiteral(" / ") + y;
    };
    const auto sizes = [&](const QString &what, qsizetype x, qsizetype y) {
        return differ(what, QString::number(x), QString::number(y));
    };
    QString found = sizes(QStringLiteral("rules"), a.rules().size(), b.rules().size());
    found += sizes(QStringLiteral("fixes"), a.fixes().size(), b.fixes().size());
    found += sizes(QStringLiteral("symptoms"), a.symptoms().size(), b.symptoms().size());
    found += sizes(QStringLiteral("providers"), a.providers().size(), b.providers().size());
    if (!found.isEmpty())
        return found;
    const auto list = [](const QStringList &values) { return values.join(QLatin1Char('|')); };
    const auto nested = [&](const QList<QStringList> &values) {
        QStringList joined;
        for (const QStringList &value : values)
            joined.append(list(value));
        return joined.join(QLatin1Char('#'));
    };
    const auto codes = [](const QList<int> &values) {
        QStringList joined;
        for (const int value : values)
            joined.append(QString::number(value));
        return joined.join(QLatin1Char(','));
    };
    const QList<Rule> ra = a.rules(), rb = b.rules();
    for (qsizetype i = 0; i < ra.size() && found.isEmpty(); ++i) {
        const Rule &x = ra.at(i), &y = rb.at(i);
        const QString at = QStringLiteral("rule ") + x.id + QLatin1Char(' ');
        found = differ(at + QStringLiteral("id"), x.id, y.id)
            + differ(at + QStringLiteral("reason"), x.reason, y.reason)
            + differ(at + QStringLiteral("provider"), x.provider, y.provider)
            + differ(
                at + QStringLiteral("patterns"), list(patternsOf(x.patterns)), list(patternsOf(y.patterns)))
            + differ(at + QStringLiteral("literals"), nested(literalsOf(x)), nested(literalsOf(y)))
            + differ(at + QStringLiteral("statuses"), list(x.statuses), list(y.statuses))
            + differ(at + QStringLiteral("codes"), codes(x.replyCodes), codes(y.replyCodes))
            + differ(at + QStringLiteral("flags"),
                QString::number(x.codeOnly) + QString::number(x.fromProviderOnly)
                    + QString::number(x.fallback) + QString::number(x.fromExtraFile),
                QString::number(y.codeOnly) + QString::number(y.fromProviderOnly)
                    + QString::number(y.fallback) + QString::number(y.fromExtraFile))
            + differ(at + QStringLiteral("topics"), list(x.topics), list(y.topics))
            + differ(at + QStringLiteral("probes"), list(x.probes), list(y.probes))
            + differ(at + QStringLiteral("title"), list(texts(x.title)), list(texts(y.title)))
            + differ(
                at + QStringLiteral("explanation"), list(texts(x.explanation)), list(texts(y.explanation)))
            + differ(at + QStringLiteral("fixes"), list(x.fixes), list(y.fixes))
            + differ(at + QStringLiteral("priority"), QString::number(int(x.priority)),
                QString::number(int(y.priority)))
            + differ(at + QStringLiteral("source"), x.source.en(), y.source.en())
            + differ(at + QStringLiteral("file"), x.sourceFile, y.sourceFile)
            + differ(at + QStringLiteral("line"), QString::number(int(x.line)), QString::number(int(y.line)));
    }
    const QList<FixText> fa = a.fixes(), fb = b.fixes();
    for (qsizetype i = 0; i < fa.size() && found.isEmpty(); ++i) {
        const FixText &x = fa.at(i), &y = fb.at(i);
        const QString at = QStringLiteral("fix ") + x.id + QLatin1Char(' ');
        found = differ(at + QStringLiteral("id"), x.id, y.id)
            + differ(at + QStringLiteral("text"), list(texts(x.text)), list(texts(y.text)))
            + differ(at + QStringLiteral("link"), x.link, y.link)
            + differ(at + QStringLiteral("while_retrying"), QString::number(int(x.whileRetrying)),
                QString::number(int(y.whileRetrying)))
            + differ(at + QStringLiteral("file"), x.sourceFile, y.sourceFile)
            + differ(at + QStringLiteral("line"), QString::number(int(x.line)), QString::number(int(y.line)));
    }
    const QList<Symptom> sa = a.symptoms(), sb = b.symptoms();
    for (qsizetype i = 0; i < sa.size() && found.isEmpty(); ++i) {
        const Symptom &x = sa.at(i), &y = sb.at(i);
        const QString at = QStringLiteral("symptom ") + x.id + QLatin1Char(' ');
        found = differ(at + QStringLiteral("id"), x.id, y.id)
            + differ(at + QStringLiteral("texts"), list(texts(x.title) + texts(x.description)),
                list(texts(y.title) + texts(y.description)))
            + differ(at + QStringLiteral("lists"), list(x.questions + x.probes + x.topics + x.fixes),
                list(y.questions + y.probes + y.topics + y.fixes))
            + differ(at + QStringLiteral("where"), x.sourceFile + QString::number(x.line),
                y.sourceFile + QString::number(y.line));
    }
    const QList<Provider> pa = a.providers(), pb = b.providers();
    for (qsizetype i = 0; i < pa.size() && found.isEmpty(); ++i) {
        const Provider &x = pa.at(i), &y = pb.at(i);
        const QString at = QStringLiteral("provider ") + x.id + QLatin1Char(' ');
        found = differ(at + QStringLiteral("id"), x.id, y.id)
            + differ(at + QStringLiteral("name"), x.name, y.name)
            + differ(
                at + QStringLiteral("patterns"), list(patternsOf(x.patterns)), list(patternsOf(y.patterns)))
            + differ(at + QStringLiteral("literals"), nested(literalsOf(x)), nested(literalsOf(y)))
            + differ(at + QStringLiteral("spf"), x.spfInclude, y.spfInclude)
            + differ(at + QStringLiteral("software"), QString::number(int(x.software)),
                QString::number(int(y.software)))
            + differ(at + QStringLiteral("where"), x.sourceFile + QString::number(x.line),
                y.sourceFile + QString::number(y.line));
    }
    return found;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

struct SeedForm
{
    int line = 0;
    QString name;
    QString text;
    QString reason;
    QStringList topics;
    QString provider;
};

QList<SeedForm> readSeedForms()
{
    QList<SeedForm> forms;
    QFile file(Test::sourceDir() + QStringLiteral("/tests/data/seeds/seed-forms.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return forms;
    int line = 0;
    while (!file.atEnd()) {
        const QByteArray bytes = file.readLine();
        ++line;
        if (bytes.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(bytes).object();
        SeedForm form;
        form.line = line;
        form.name = object.value(QLatin1String("name")).toString();
        form.text = object.value(QLatin1String("text")).toString();
        form.reason = object.value(QLatin1String("reason")).toString();
        for (const QJsonValue topic : object.value(QLatin1String("topics")).toArray())
            form.topics.append(topic.toString());
        form.provider = object.value(QLatin1String("provider")).toString();
        forms.append(form);
    }
    return forms;
}

// The rule the engine picks for a pasted text: status and reply code read as the bounce parser reads them.
const Rule *matchLikeTheModel(const RuleSet &set, const QString &text)
{
    const QString normalized = normalizeDiagnostic(text);
    return set.match(
        normalized, SmtpStatus::findEnhancedStatus(normalized), SmtpStatus::findReplyCode(normalized));
}

// Every rule's patterns, compiled once for a brute-force search.
QList<QList<QRegularExpression>> compiledPatterns(const RuleSet &set)
{
    QList<QList<QRegularExpression>> result;
    for (const Rule &rule : set.rules()) {
        QList<QRegularExpression> patterns;
        for (const RulePattern &p : rule.patterns)
            patterns.append(p.compiled());
        result.append(patterns);
    }
    return result;
}

// The same search without the literal prefilter: every pattern, in order.
const Rule *matchBruteForce(const RuleSet &set, const QList<QList<QRegularExpression>> &compiled,
    const QString &normalized, const QString &status, std::optional<int> replyCode)
{
    const QList<Rule> &rules = set.rules();
    for (qsizetype r = 0; r < rules.size(); ++r) {
        const Rule &rule = rules.at(r);
        if (!status.isEmpty() && !rule.statuses.isEmpty() && !rule.statuses.contains(status))
            continue;
        if (replyCode && !rule.replyCodes.isEmpty() && !rule.replyCodes.contains(*replyCode))
            continue;
        if (rule.fromProviderOnly)
            continue; // no provider answered here
        for (const QRegularExpression &re : compiled.at(r)) {
            if (re.match(normalized).hasMatch())
                return set.rule(rule.id);
        }
    }
    return nullptr;
}

QString ruleId(const Rule *rule)
{
    return rule ? rule->id : QStringLiteral("(none)");
}

QString joinErrors(const QList<RuleError> &errors)
{
    QStringList lines;
    for (const RuleError &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

const QString gmailUnauthenticated
    = QStringLiteral("550-5.7.26 This message does not have authentication information or fails to\r\n"
                     "550-5.7.26 pass authentication checks. To best protect our users from spam, the\r\n"
                     "550-5.7.26 message has been blocked. Please visit\r\n"
                     "550-5.7.26  https://support.google.com/mail/answer/81126#authentication for more\r\n"
                     "550 5.7.26 information. d2-20020a05600c4e0200b003f4248dcfcbsi1234567wmq.42 - gsmtp");

} // namespace

// The rule set is what turns a server's words into an explanation and a
// checklist: it must load completely, in every language, match the way the
// rule authors' checker does, and survive a support team's broken extra file.
class TestRuleSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void builtinLoads();
    void builtinReadInParallelKeepsOrder();
    void ruleImage();
    void brokenBuiltinFile();
    void texts_data();
    void texts();
    void normalize_data();
    void normalize();
    void seedForms_data();
    void seedForms();
    void statusConstraint_data();
    void statusConstraint();
    void prefilterKeepsResults();
    void prefilterOfExtraFilesKeepsResults();
    void requiredLiterals_data();
    void requiredLiterals();
    void validation_data();
    void validation();
    void brokenExtraFile_data();
    void brokenExtraFile();
    void overrideBuiltinRule();
    void providerRuleWinsOverGeneric();
    void extraFileFromPipe();
    void extraFilesPrefilterKept();
    void severalExtraFiles();
    void extraFileImageKept();
    void laterExtraFileWins();
    void ruleForItsProviderOnly();
    void genericRuleOfAReason();
    void detectProvider_data();
    void detectProvider();
    void invalidUtf16();
    void concurrentMatch();
    void errorText();
    void schemaVocabulary();
    void schemaAgreesWithLoader_data();
    void schemaAgreesWithLoader();
    void speed();
};

void TestRuleSet::initTestCase()
{
    // Extra files read without an error are kept as images in the cache
    // folder: the test's own, emptied first.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!RuleCache::folder().isEmpty());
    QDir(RuleCache::folder()).removeRecursively();
}

void TestRuleSet::builtinLoads()
{
    QVERIFY2(RuleSet::builtinErrors().isEmpty(), qPrintable(joinErrors(RuleSet::builtinErrors())));
    const RuleSet &set = RuleSet::builtin();
    const auto count = [](const QString &file, const char *key) {
        return int(readJson(rulesDir() + file).value(QLatin1String(key)).toArray().size());
    };
    // One file per provider family plus generic.json; fixes and providers a
    // family's rules bring along live in its own file.
    const QStringList ruleFiles
        = QDir(rulesDir()).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    int rules = 0;
    int fixes = 0;
    int providers = 0;
    for (const QString &file : ruleFiles) {
        rules += count(file, "rules");
        fixes += count(file, "fixes");
        providers += count(file, "providers");
    }
    QVERIFY(ruleFiles.contains(QStringLiteral("generic.json")));
    QVERIFY(ruleFiles.size() >= 8);
    QVERIFY(rules >= 300);
    QCOMPARE(set.ruleCount(), rules);
    QCOMPARE(int(set.fixes().size()), fixes);
    QCOMPARE(int(set.symptoms().size()), count(QStringLiteral("symptoms.json"), "symptoms"));
    QCOMPARE(int(set.providers().size()), providers);

    // Rules are tried by priority, highest first; each says where its
    // knowledge comes from and which file and line it was read from.
    const QList<Rule> all = set.rules();
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY2(all.at(i - 1).priority >= all.at(i).priority, qPrintable(all.at(i).id));
    for (const Rule &rule : all) {
        // Patterns are compiled when first used; every one of the embedded
        // set's must compile.
        for (const RulePattern &p : rule.patterns) {
            const QRegularExpression re = p.compiled();
            QVERIFY2(re.isValid(),
                qPrintable(
                    rule.id + QStringLiteral(": ") + re.pattern() + QStringLiteral(": ") + re.errorString()));
        }
        QVERIFY2(rule.source.hasEnglish(), qPrintable(rule.id));
        QVERIFY2(ruleFiles.contains(rule.sourceFile), qPrintable(rule.id));
        QVERIFY2(rule.line > 0, qPrintable(rule.id));
    }
    for (const Provider &provider : set.providers())
        for (const QRegularExpression &re : provider.patterns)
            QVERIFY2(re.isValid(), qPrintable(provider.id + QStringLiteral(": ") + re.pattern()));
    QCOMPARE(all.first().priority, 900);
    QCOMPARE(all.last().priority, 100);
    QVERIFY(set.symptom(QStringLiteral("cant-send")));
    QVERIFY(!set.symptom(QStringLiteral("no-such-symptom")));
    QVERIFY(!set.fix(QStringLiteral("no-such-fix")));
}

// The build reads resources/rules/ and embeds the set as an image; the
// program's built-in set is, field for field, the one reading the JSON files
// one after another in name order gives.
void TestRuleSet::builtinReadInParallelKeepsOrder()
{
    RuleSet oneByOne;
    QList<RuleError> errors;
    QMap<QString, QByteArray> files;
    const auto read = [](const QString &name) {
        QFile file(rulesDir() + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    oneByOne.loadFixes(read(QStringLiteral("fixes.json")), QStringLiteral("fixes.json"), &errors);
    oneByOne.loadSymptoms(read(QStringLiteral("symptoms.json")), QStringLiteral("symptoms.json"), &errors);
    oneByOne.loadProviders(read(QStringLiteral("providers.json")), QStringLiteral("providers.json"), &errors);
    const QStringList names
        = QDir(rulesDir()).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        files.insert(name, read(name));
        if (name != QLatin1String("fixes.json") && name != QLatin1String("symptoms.json")
            && name != QLatin1String("providers.json"))
            oneByOne.loadRuleFile(read(name), name, &errors);
    }
    QVERIFY2(oneByOne.resolveReferences(&errors), qPrintable(joinErrors(errors)));
    QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));
    const RuleSet inParallel = RuleSet::fromBuiltinFiles(files, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));

    const QString builtinDiffers = differenceBetween(RuleSet::builtin(), oneByOne);
    QVERIFY2(builtinDiffers.isEmpty(), qPrintable(builtinDiffers));
    const QString parallelDiffers = differenceBetween(inParallel, oneByOne);
    QVERIFY2(parallelDiffers.isEmpty(), qPrintable(parallelDiffers));
}

// The build reads resources/rules/ with fromBuiltinFiles() (mailmedic-rulec):
// a pattern that does not compile is an error with file, line and id, so a
// broken built-in file fails the build instead of a rule never matching.
void TestRuleSet::brokenBuiltinFile()
{
    QMap<QString, QByteArray> files;
    for (const char *name : { "fixes.json", "symptoms.json", "providers.json" })
        files.insert(QLatin1String(name), readFile(rulesDir() + QLatin1String(name)));
    files.insert(QStringLiteral("broken.json"),
        "{\n  \"version\": 1,\n  \"rules\": [\n    {\n      \"id\": \"broken-pattern\",\n"
        "      \"reason\": \"userunknown\", \"provider\": \"generic\", \"priority\": 500,\n"
        "      \"source\": \"RFC 3463\", \"match\": { \"text\": [\"user (unknown\"] },\n"
        "      \"title\": { \"en\": \"Broken\" }, \"fixes\": [\"check-recipient-address\"]\n    }\n  ]\n}\n");
    QList<RuleError> errors;
    const RuleSet set = RuleSet::fromBuiltinFiles(files, &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().file, QStringLiteral("broken.json"));
    QCOMPARE(errors.first().line, 5);
    QCOMPARE(errors.first().ruleId, QStringLiteral("broken-pattern"));
    QVERIFY2(errors.first().message.contains(QLatin1String("bad regex")), qPrintable(errors.first().message));
    QVERIFY(!set.rule(QStringLiteral("broken-pattern")));
}

// An image survives the trip with extra files' rules in it, and bytes that are
// not a whole image are refused with a message, never half read.
void TestRuleSet::ruleImage()
{
    RuleSet set = RuleSet::builtin();
    QList<RuleError> errors;
    QVERIFY(set.loadExtra(readFile(testFile("override.json")), QStringLiteral("override.json"), &errors));
    QVERIFY(set.extraRuleCount() > 0);
    const QByteArray image = set.toImage();
    RuleSet back;
    QString error;
    QVERIFY2(RuleSet::fromImage(image, &back, &error), qPrintable(error));
    const QString differs = differenceBetween(back, set);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    QCOMPARE(back.extraRuleCount(), set.extraRuleCount());
    const QString bounce = normalizeDiagnostic(QStringLiteral("550 5.1.1 User unknown"));
    QCOMPARE(back.match(bounce)->id, set.match(bounce)->id);

    const qsizetype cuts[] = { 0, 10, image.size() / 2, image.size() - 4 };
    for (const qsizetype cut : cuts) {
        RuleSet broken;
        error.clear();
        QVERIFY(!RuleSet::fromImage(image.left(cut), &broken, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(broken.ruleCount(), 0);
    }
    QByteArray otherFormat = image;
    otherFormat[4] = char(otherFormat.at(4) + 1);
    QVERIFY(!RuleSet::fromImage(otherFormat, &back, &error));

    // An image of a set with one automaton over all its patterns (here: extra
    // files loaded into an empty set; the built-in one too) keeps the
    // prefilters' automata, which a scan follows without checks: one that
    // leads out of its arrays, or back to where it started, makes the image
    // refused. The last word is the providers' last output link; a link must
    // lead nearer the root.
    RuleSet small;
    QVERIFY(small.loadExtra(readFile(testFile("override.json")), QStringLiteral("override.json"), &errors));
    QVERIFY(small.loadExtra(R"({"version": 1, "providers": [{"id": "acme", "name": "Acme",
        "match": ["\\bacme-mx\\.example\\b"]}]})",
        QStringLiteral("acme.json"), &errors));
    QCOMPARE(small.detectProvider(QStringLiteral("mx1.acme-mx.example")), QStringLiteral("acme"));
    const QByteArray kept = small.toImage();
    RuleSet keptBack;
    QVERIFY2(RuleSet::fromImage(kept, &keptBack, &error), qPrintable(error));
    QCOMPARE(keptBack.match(bounce), nullptr);
    const QString gmail = normalizeDiagnostic(gmailUnauthenticated);
    QCOMPARE(ruleId(keptBack.match(gmail)), ruleId(small.match(gmail)));
    QCOMPARE(keptBack.detectProvider(QStringLiteral("mx1.acme-mx.example")), QStringLiteral("acme"));
    QVERIFY(small.match(gmail));
    // The header's flags word (the seventh) says the automata are kept: the
    // damage below is then in one of them.
    QVERIFY(qFromLittleEndian<quint32>(kept.constData() + 24) & 1);
    QByteArray loop = kept;
    loop.replace(loop.size() - 4, 4, QByteArray(4, char(0xff)));
    RuleSet refused;
    QVERIFY(!RuleSet::fromImage(loop, &refused, &error));
    QCOMPARE(refused.ruleCount(), 0);
}

void TestRuleSet::texts_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("fixes");

    const RuleSet &set = RuleSet::builtin();
    const auto all = [](const LocalizedText &text) {
        return QStringList { text.en(), text.nl(), text.ru() };
    };
    const QList<Rule> rules = set.rules();
    for (const Rule &rule : rules) {
        QTest::addRow("rule %s", qPrintable(rule.id))
            << (all(rule.title) + all(rule.explanation)) << rule.fixes;
    }
    const QList<FixText> fixes = set.fixes();
    for (const FixText &fix : fixes)
        QTest::addRow("fix %s", qPrintable(fix.id)) << all(fix.text) << QStringList();
    const QList<Symptom> symptoms = set.symptoms();
    for (const Symptom &symptom : symptoms) {
        QTest::addRow("symptom %s", qPrintable(symptom.id))
            << (all(symptom.title) + all(symptom.description)) << symptom.fixes;
    }
}

void TestRuleSet::texts()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, fixes);
    for (const QString &text : std::as_const(texts))
        QVERIFY(!text.trimmed().isEmpty());
    bool finalAdvice = fixes.isEmpty(); // fixes themselves list none
    for (const QString &id : std::as_const(fixes)) {
        const FixText *fix = RuleSet::builtin().fix(id);
        QVERIFY2(fix, qPrintable(id));
        QVERIFY(fix->text.isComplete());
        finalAdvice = finalAdvice || !fix->whileRetrying;
    }
    // A final bounce leaves out "nothing to do yet": something must remain.
    QVERIFY2(finalAdvice, "only advice for while the sender retries");
}

void TestRuleSet::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("gmail 550-5.7.26 wrapped")
        << gmailUnauthenticated
        << QStringLiteral("550-5.7.26 This message does not have authentication "
                          "information or fails to pass authentication checks. To "
                          "best protect our users from spam, the message has been "
                          "blocked. Please visit "
                          "https://support.google.com/mail/answer/81126#authentication "
                          "for more information. "
                          "d2-20020a05600c4e0200b003f4248dcfcbsi1234567wmq.42 - gsmtp");
    QTest::newRow("550-550 relay, one line")
        << QStringLiteral("550-550 relay through this server without authentication")
        << QStringLiteral("550-550 relay through this server without authentication");
    // check_rules.py strips the repeated reply code only, not a second one.
    QTest::newRow("550-550 continued")
        << QStringLiteral("550-550 Relaying denied\n550-550 see our policy\n550 550 bye")
        << QStringLiteral("550-550 Relaying denied 550 see our policy 550 bye");
    QTest::newRow("crlf, tabs and nbsp")
        << QStringLiteral("Diagnostic:\t550 5.1.1\r\n  <x@example.org>:\tUser\u00a0unknown ")
        << QStringLiteral("Diagnostic: 550 5.1.1 <x@example.org>: User unknown");
    QTest::newRow("already one line")
        << QStringLiteral("550 5.1.1 <x@example.org>: Recipient address rejected")
        << QStringLiteral("550 5.1.1 <x@example.org>: Recipient address rejected");
    // Postfix writes a multi-line reply as one line, keeping every line's
    // code, and the bounce folds it anywhere.
    QTest::newRow("joined by the MTA, folded")
        << QStringLiteral("host mx.example.net[192.0.2.7] said: 553-you are trying to use me [mx.example\n"
                          "    553-.net] as a relay, but I have not been configured to let 553-you\n"
                          "    [192.0.2.1] do this. 553-Please visit\n"
                          "    www.example.net/support for more 553-details and 553 resolve this. (#5.7.1)")
        << QStringLiteral(
               "host mx.example.net[192.0.2.7] said: 553-you are trying to use me [mx.example .net] "
               "as a relay, but I have not been configured to let you [192.0.2.1] do this. Please "
               "visit www.example.net/support for more details and resolve this. (#5.7.1)");
    QTest::newRow("joined with enhanced codes")
        << QStringLiteral(
               "said: 550-5.1.1 The email account that you tried to reach does not exist. Please try "
               "550-5.1.1 double-checking the address. 550 5.1.1 https://support.example/x - gsmtp")
        << QStringLiteral(
               "said: 550-5.1.1 The email account that you tried to reach does not exist. Please try "
               "double-checking the address. https://support.example/x - gsmtp");
    QTest::newRow("joined, another enhanced code is not a continuation") << QStringLiteral(
        "550-5.7.1 blocked 550 5.7.2 other") << QStringLiteral("550-5.7.1 blocked 550 5.7.2 other");
    QTest::newRow("a number in the words is not a continuation")
        << QStringLiteral("said: 550-5.2.2 the mailbox holds 550 messages")
        << QStringLiteral("said: 550-5.2.2 the mailbox holds 550 messages");
    QTest::newRow("a port is not a reply")
        << QStringLiteral("said: 465-ish 465 x") << QStringLiteral("said: 465-ish 465 x");
    QTest::newRow("blank line ends a joined reply")
        << QStringLiteral("said: 550-first\n\n550 second") << QStringLiteral("said: 550-first 550 second");
    QTest::newRow("indented continuation") << QStringLiteral("  550-5.7.1 a\n  550-5.7.1   b\n550 5.7.12 c")
                                           << QStringLiteral("550-5.7.1 a b c");
    QTest::newRow("other code is not a continuation")
        << QStringLiteral("550-5.7.1 a\n551 5.7.1 b") << QStringLiteral("550-5.7.1 a 551 5.7.1 b");
    QTest::newRow("last line ended the reply") << QStringLiteral("421 4.7.0 Try again\n421 4.7.0 later")
                                               << QStringLiteral("421 4.7.0 Try again 421 4.7.0 later");
    QTest::newRow("blank line ends the reply") << QStringLiteral("550-5.7.1 first\n\n550 5.7.1 second")
                                               << QStringLiteral("550-5.7.1 first 550 5.7.1 second");
    QTest::newRow("not a status code")
        << QStringLiteral("550-5.7.1 a\n550 5.7.1234 b") << QStringLiteral("550-5.7.1 a 5.7.1234 b");
    QTest::newRow("lone CR") << QStringLiteral("550-5.2.2 mailbox\r550 5.2.2 full")
                             << QStringLiteral("550-5.2.2 mailbox full");
    QTest::newRow("unicode spaces") << QStringLiteral("a\u2003\u2028b\x1f c\u0085")
                                    << QStringLiteral("a b c");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("white space only") << QStringLiteral(" \r\n\t ") << QString();
}

void TestRuleSet::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizeDiagnostic(input), expected);
}

void TestRuleSet::seedForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("topics");
    QTest::addColumn<QString>("provider");

    const QList<SeedForm> forms = readSeedForms();
    QVERIFY(forms.size() > 100);
    for (const SeedForm &form : forms) {
        QTest::addRow("%d %s", form.line, qPrintable(form.name))
            << form.text << form.reason << form.topics << form.provider;
    }
}

// Every seed form gets the reason, topics and provider check_rules.py gives it.
void TestRuleSet::seedForms()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QFETCH(QStringList, topics);
    QFETCH(QString, provider);

    const Rule *rule = matchLikeTheModel(RuleSet::builtin(), text);
    QVERIFY2(rule, "no rule matched");
    QCOMPARE(rule->reason, reason);
    for (const QString &topic : std::as_const(topics))
        QVERIFY2(rule->topics.contains(topic), qPrintable(rule->id + QLatin1String(": ") + topic));
    if (!provider.isEmpty())
        QCOMPARE(rule->provider, provider);
}

void TestRuleSet::statusConstraint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("replyCode"); // 0: none
    QTest::addColumn<QString>("rule");

    // Exchange and Sendmail say the same words for a message over the
    // receiver's administrative limit (X.2.3) and one too big for the system
    // (X.3.4): the status tells them apart.
    const QString size = QStringLiteral("552 Message size exceeds fixed maximum message size (10485760)");
    QTest::newRow("size, its status")
        << size << QStringLiteral("5.2.3") << 552 << QStringLiteral("generic-size-over-admin-limit");
    QTest::newRow("size, no status") << size << QString() << 0
                                     << QStringLiteral("generic-size-over-admin-limit");
    QTest::newRow("size, other status")
        << size << QStringLiteral("5.3.4") << 552 << QStringLiteral("generic-message-too-big");
    const QString dos = QStringLiteral("421 4.7.0 Try again later, closing connection. (EHLO) - gsmtp");
    QTest::newRow("gmail, its reply code")
        << dos << QStringLiteral("4.7.0") << 421 << QStringLiteral("gmail-relay-dos-helo");
    QTest::newRow("gmail, other reply code")
        << dos << QStringLiteral("4.7.0") << 451 << QStringLiteral("generic-temporary-failure");
    const QString mailbox = QStringLiteral("452 4.2.2 User quota exceeded");
    QTest::newRow("quota, 4.2.2") << mailbox << QStringLiteral("4.2.2") << 452
                                  << QStringLiteral("generic-mailbox-full");
    QTest::newRow("not a bounce") << QStringLiteral("Thanks for the lovely dinner!") << QString() << 0
                                  << QStringLiteral("(none)");
}

// A rule limited to some codes is left out when the bounce has another code,
// and still tried when the bounce has none.
void TestRuleSet::statusConstraint()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    QFETCH(int, replyCode);
    QFETCH(QString, rule);
    const std::optional<int> code = replyCode ? std::optional<int>(replyCode) : std::nullopt;
    QCOMPARE(ruleId(RuleSet::builtin().match(text, status, code)), rule);
}

// The literal prefilter only saves time: with and without it, every seed
// form (as given, upper-cased, with the status and code of the text or none)
// and every corpus diagnostic gets the same rule.
namespace {

// The seed forms (whole, in capitals, halves) and every reference row's
// text, normalized: what the prefilter tests match, with brute force beside.
QStringList prefilterTexts()
{
    QStringList texts;
    const QList<SeedForm> forms = readSeedForms();
    for (const SeedForm &form : forms) {
        const QString normalized = normalizeDiagnostic(form.text);
        texts << normalized << normalized.toUpper() << normalized.left(normalized.size() / 2)
              << normalized.mid(normalized.size() / 3);
    }
    // Every published message of the reference rows: Cyrillic, Japanese,
    // Chinese and accented Latin literals are in the prefilter too, and
    // caseless matching folds their case (ПРЕВЫШЕНО, превышено).
    const QDir references(Test::sourceDir() + QStringLiteral("/tests/data/references"));
    const QStringList rowFiles = references.entryList({ QStringLiteral("*.jsonl") }, QDir::Files);
    for (const QString &name : rowFiles) {
        QFile file(references.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QString normalized = normalizeDiagnostic(
                QJsonDocument::fromJson(line).object().value(QLatin1String("text")).toString());
            texts << normalized << normalized.toUpper();
        }
    }
    // Characters PCRE2 folds onto ASCII letters when caseless: long s, Kelvin sign.
    texts << QStringLiteral("\u017fpam detected") << QStringLiteral("Mailbox is \u212Aind of full")
          << QStringLiteral("mailbox is full");
    return texts;
}

// set.match() and the brute force agree on every `stride`-th text; how many
// were checked.
int compareWithBruteForce(const RuleSet &set, const QStringList &texts, int stride)
{
    int checked = 0;
    const QList<QList<QRegularExpression>> compiled = compiledPatterns(set);
    for (qsizetype i = 0; i < texts.size(); i += stride) {
        const QString &text = texts.at(i);
        const QString status = SmtpStatus::findEnhancedStatus(text);
        const std::optional<int> code = SmtpStatus::findReplyCode(text);
        // Each text once, alternately with the limits its own codes set and
        // without: the brute force is the slow side (every pattern on every
        // text), and both ways are still checked on thousands of texts.
        const bool limited = checked % 2 == 0;
        const QString byIndex = limited ? ruleId(set.match(text, status, code)) : ruleId(set.match(text));
        const QString byForce = limited
            ? ruleId(matchBruteForce(set, compiled, text, status, code))
            : ruleId(matchBruteForce(set, compiled, text, QString(), std::nullopt));
        if (byIndex != byForce) {
            qWarning("%s: prefilter %s, brute force %s", qPrintable(text.left(120)), qPrintable(byIndex),
                qPrintable(byForce));
            return -1;
        }
        ++checked;
    }
    return checked;
}

// A rule file entry that takes `patterns`, with `id` and `priority`.
QJsonObject ruleEntry(const Rule &like, const QString &id, const QList<RulePattern> &patterns, int priority)
{
    QJsonArray texts;
    for (const RulePattern &pattern : patterns)
        texts.append(pattern.pattern());
    QJsonObject match { { QStringLiteral("text"), texts } };
    if (!like.statuses.isEmpty())
        match.insert(QStringLiteral("status"), QJsonArray::fromStringList(like.statuses));
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("reason"), like.reason },
        { QStringLiteral("provider"), like.provider },
        { QStringLiteral("match"), match },
        { QStringLiteral("title"), QJsonObject { { QStringLiteral("en"), id } } },
        { QStringLiteral("fixes"), QJsonArray::fromStringList(like.fixes) },
        { QStringLiteral("priority"), priority },
    };
}

QByteArray ruleFile(const QJsonArray &rules)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 }, { QStringLiteral("rules"), rules } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

void TestRuleSet::prefilterKeepsResults()
{
    const RuleSet &set = RuleSet::builtin();
    const QStringList texts = prefilterTexts();
    QVERIFY(texts.size() > 4000);
    const int checked = compareWithBruteForce(set, texts, 1);
    QVERIFY(checked > 0);
    QCOMPARE(
        ruleId(set.match(QStringLiteral("\u017fpam detected"))), QStringLiteral("generic-spam-detected"));
    qInfo("prefilter and brute force agree on %d texts", checked);
}

// Extra files' rules get an automaton of their own beside the built-in one
// (MatchIndex's layers): new rules between the built-in ones by priority,
// rules that replace built-in ones (the old patterns must no longer match),
// and a second file replacing rules of the first and of the built-in set.
void TestRuleSet::prefilterOfExtraFilesKeepsResults()
{
    RuleSet set = RuleSet::builtin();
    const QList<Rule> builtin = set.rules();
    QJsonArray first, second;
    for (qsizetype i = 0; i + 5 < builtin.size(); ++i) {
        const Rule &rule = builtin.at(i);
        // Another rule's patterns, a step above or below its own priority.
        const int priority = rule.priority + (i % 2 ? 1 : -1);
        if (i % 7 == 0)
            first.append(
                ruleEntry(rule, QStringLiteral("copy-") + rule.id, builtin.at(i + 3).patterns, priority));
        else if (i % 11 == 0)
            first.append(ruleEntry(rule, rule.id, builtin.at(i + 5).patterns, priority));
        else if (i % 13 == 0)
            second.append(ruleEntry(rule, rule.id, builtin.at(i + 2).patterns, rule.priority));
        if (i % 21 == 0) // replaces the first file's copy of the rule
            second.append(
                ruleEntry(rule, QStringLiteral("copy-") + rule.id, builtin.at(i + 4).patterns, priority));
    }
    QList<RuleError> errors;
    QVERIFY2(set.loadExtra(ruleFile(first), QStringLiteral("first.json"), &errors),
        qPrintable(joinErrors(errors)));
    QVERIFY2(set.loadExtra(ruleFile(second), QStringLiteral("second.json"), &errors),
        qPrintable(joinErrors(errors)));
    QSet<QString> ids;
    for (const QJsonArray &file : { first, second })
        for (const QJsonValue entry : file)
            ids.insert(entry.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(set.extraRuleCount(), int(ids.size()));
    const auto copies = std::count_if(
        ids.cbegin(), ids.cend(), [](const QString &id) { return id.startsWith(QLatin1String("copy-")); });
    QCOMPARE(set.ruleCount(), int(builtin.size() + copies)); // the others replaced built-in rules
    // A replaced rule's own patterns are gone: its old words match it no more.
    const Rule &replaced = builtin.at(11);
    QCOMPARE(set.rule(replaced.id)->patterns.first(), builtin.at(16).patterns.first());

    const QStringList texts = prefilterTexts();
    const int checked = compareWithBruteForce(set, texts, 9);
    QVERIFY(checked > 0);
    qInfo("with two extra files, prefilter and brute force agree on %d texts", checked);
}

void TestRuleSet::requiredLiterals_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("literals");

    QTest::newRow("plain") << QStringLiteral("Relaying Denied")
                           << QStringList { QStringLiteral("relaying denied") };
    QTest::newRow("longest run") << QStringLiteral("\\bspam\\b.{0,30}(?:reject|refus)ed by")
                                 << QStringList { QStringLiteral("ed by") };
    QTest::newRow("a group filters better")
        << QStringLiteral("\\bspam\\b.{0,30}(?:reject|refus)")
        << QStringList { QStringLiteral("reject"), QStringLiteral("refus") };
    QTest::newRow("the better of two groups")
        << QStringLiteral("\\b(?:sendResult|dropReason)[\"'\\s:=]+\"?(?:INVALID_TO_ADDRESS)\\b")
        << QStringList { QStringLiteral("invalid_to_address") };
    QTest::newRow("nested groups") << QStringLiteral("^(?:Can.t (?:send|get) mail|Kan (?:niet))\\s*$")
                                   << QStringList { QStringLiteral(" mail"), QStringLiteral("kan ") };
    QTest::newRow("optional group") << QStringLiteral("(?:quota|size limit)?exceeded")
                                    << QStringList { QStringLiteral("exceeded") };
    QTest::newRow("group with an alternative without literal")
        << QStringLiteral("(?:quota|\\d+) exc") << QStringList { QStringLiteral(" exc") };
    QTest::newRow("look-ahead") << QStringLiteral("(?!mailbox)(?:box)")
                                << QStringList { QStringLiteral("box") };
    QTest::newRow("named group") << QStringLiteral("(?P<code>quota|limit)")
                                 << QStringList { QStringLiteral("quota"), QStringLiteral("limit") };
    QTest::newRow("escapes") << QStringLiteral("5\\.7\\.26\\b.{0,120}does not")
                             << QStringList { QStringLiteral("does not") };
    QTest::newRow("optional char") << QStringLiteral("doesn'?t receive")
                                   << QStringList { QStringLiteral("t receive") };
    QTest::newRow("plus") << QStringLiteral("a+bcd") << QStringList { QStringLiteral("bcd") };
    QTest::newRow("alternatives") << QStringLiteral("mailbox full|over quota")
                                  << QStringList { QStringLiteral("mailbox full"),
                                         QStringLiteral("over quota") };
    QTest::newRow("alternative without literal") << QStringLiteral("mailbox full|\\d+") << QStringList();
    QTest::newRow("class") << QStringLiteral("0x800CCC[0-9A-F]{2}\\b")
                           << QStringList { QStringLiteral("0x800ccc") };
    QTest::newRow("only a group") << QStringLiteral("(?:gmail|google)")
                                  << QStringList { QStringLiteral("gmail"), QStringLiteral("google") };
    QStringList many;
    for (int i = 0; i <= 64; ++i)
        many.append(QStringLiteral("word%1").arg(i));
    QTest::newRow("group of too many")
        << QStringLiteral("(?:%1)").arg(many.join(QLatin1Char('|'))) << QStringList();
    QTest::newRow("inline options") << QStringLiteral("(?x) mail box") << QStringList();
    QTest::newRow("dot-all") << QStringLiteral("(?s)held\\b.{0,9}moderator")
                             << QStringList { QStringLiteral("moderator") };
    QTest::newRow("hex escape") << QStringLiteral("\\x41bc") << QStringList();
    QTest::newRow("odd brace") << QStringLiteral("a{,3}bcd") << QStringList();
    QTest::newRow("cyrillic") << QStringLiteral("Превышено\\s+ограничение")
                              << QStringList { QStringLiteral("ограничение") };
    QTest::newRow("japanese") << QStringLiteral("宛先が多すぎます。?\\s*\\d+")
                              << QStringList { QStringLiteral("宛先が多すぎます") };
    QTest::newRow("accented, folded")
        << QStringLiteral("Zustellung fehlgeschlagen|DÉPASSÉ")
        << QStringList { QStringLiteral("zustellung fehlgeschlagen"), QStringLiteral("dépassé") };
}

void TestRuleSet::requiredLiterals()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, literals);
    QCOMPARE(LiteralPrefilter::requiredLiterals(pattern), literals);
}

void TestRuleSet::validation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected"); // toString() of each error
    QTest::addColumn<int>("rulesLoaded");

    const QByteArray good = "{ \"id\": \"acme-good\", \"reason\": \"blocked\", \"provider\": \"acme\", "
                            "\"match\": { \"text\": [\"acme says no\"] }, \"title\": { \"en\": \"No\" } }";
    QTest::newRow("good") << QByteArray("{\"rules\": [" + good + "]}") << QStringList() << 1;
    QTest::newRow("not an object") << QByteArray("[1, 2]")
                                   << QStringList { QStringLiteral("x.json:1: expected a JSON object") } << 0;
    QTest::newRow("newer version") << QByteArray("{\"version\": 2, \"rules\": []}")
                                   << QStringList { QStringLiteral(
                                          "x.json: unsupported version 2 (this MailMedic reads version 1)") }
                                   << 0;
    QTest::newRow("nothing known")
        << QByteArray("{\"version\": 1, \"rulez\": []}")
        << QStringList { QStringLiteral("x.json:1: none of 'rules', 'fixes', 'symptoms', 'providers' found") }
        << 0;
    QTest::newRow("record without id")
        << QByteArray("{\"rules\": [\n" + good + ",\n\n  { \"reason\": \"blocked\" }\n]}")
        << QStringList { QStringLiteral("x.json:4: rule #2 has no id") } << 1;
    QTest::newRow("record not an object")
        << QByteArray("{\"rules\": [\n" + good + ",\n\"oops\"\n]}")
        << QStringList { QStringLiteral("x.json:3: rule #2 is not an object") } << 1;
    QTest::newRow("duplicate id") << QByteArray("{\"rules\": [\n" + good + ",\n" + good
        + "\n]}") << QStringList { QStringLiteral("x.json:3: rule 'acme-good': duplicate id") }
                                  << 1;
    QTest::newRow("no title, no patterns")
        << QByteArray("{\"rules\": [{\"id\": \"acme-x\", \"reason\": \"blocked\", \"provider\": \"Acme\", "
                      "\"match\": {\"text\": []}}]}")
        << QStringList { QStringLiteral("x.json:1: rule 'acme-x': provider 'Acme' must be lower case"),
               QStringLiteral("x.json:1: rule 'acme-x': 'match.text' needs at least one regular expression"),
               QStringLiteral("x.json:1: rule 'acme-x': missing en title") }
        << 0;
    QTest::newRow("fix without text")
        << QByteArray("{\"fixes\": [{\"id\": \"call-us\", \"link\": \"http://example.com\"}]}")
        << QStringList { QStringLiteral("x.json:1: fix 'call-us': missing en text"),
               QStringLiteral("x.json:1: fix 'call-us': link 'http://example.com' must start with https://") }
        << 0;
    QTest::newRow("fix flag not true or false")
        << QByteArray(
               "{\"fixes\": [{\"id\": \"wait\", \"text\": {\"en\": \"a\", \"nl\": \"b\", \"ru\": \"c\"}, "
               "\"while_retrying\": \"yes\"}]}")
        << QStringList { QStringLiteral("x.json:1: fix 'wait': 'while_retrying' must be true or false") }
        << 0;
    QTest::newRow("symptom vocabulary")
        << QByteArray("{\"symptoms\": [{\"id\": \"slow\", \"title\": {\"en\": \"Slow\"}, "
                      "\"questions\": [\"shoe-size\"], \"probes\": [\"smtp-2525\"], \"fixes\": [\"nope\"]}]}")
        << QStringList { QStringLiteral("x.json:1: symptom 'slow': unknown question 'shoe-size'"),
               QStringLiteral("x.json:1: symptom 'slow': unknown probe 'smtp-2525'") }
        << 0;
    QTest::newRow("provider regex")
        << QByteArray("{\"providers\": [{\"id\": \"acme\", \"match\": [\"acme[\"]}]}")
        << QStringList { QStringLiteral(
               "x.json:1: provider 'acme': bad regex 'acme[': missing terminating ] for "
               "character class at offset 5") }
        << 0;
    QTest::newRow("from_provider on a generic rule")
        << QByteArray(
               "{\"rules\": [{\"id\": \"acme-x\", \"reason\": \"blocked\", \"provider\": \"generic\", "
               "\"match\": {\"text\": [\"no\"], \"from_provider\": true}, \"title\": {\"en\": \"No\"}}]}")
        << QStringList { QStringLiteral(
               "x.json:1: rule 'acme-x': 'match.from_provider' needs the rule's provider, not \"generic\"") }
        << 0;
    QTest::newRow("from_provider not true or false")
        << QByteArray("{\"rules\": [{\"id\": \"acme-x\", \"reason\": \"blocked\", \"provider\": \"acme\", "
                      "\"match\": {\"text\": [\"no\"], \"from_provider\": 1}, \"title\": {\"en\": \"No\"}}]}")
        << QStringList { QStringLiteral(
               "x.json:1: rule 'acme-x': 'match.from_provider' must be true or false") }
        << 0;
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"rules\": [" + good + "]}") << QStringList()
                                     << 1;
}

// What a support team sees when their file has a mistake: one line per
// problem, naming the line and the record, and the rest of the file loads.
void TestRuleSet::validation()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QFETCH(int, rulesLoaded);

    RuleSet set = RuleSet::builtin();
    QList<RuleError> errors;
    QCOMPARE(set.loadExtra(json, QStringLiteral("x.json"), &errors), expected.isEmpty());
    QStringList got;
    for (const RuleError &error : std::as_const(errors))
        got.append(error.toString());
    QCOMPARE(got, expected);
    QCOMPARE(set.ruleCount(), RuleSet::builtin().ruleCount() + rulesLoaded);
}

void TestRuleSet::brokenExtraFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // each a toString() of one error, path left out
    QTest::addColumn<QString>("loadedRule"); // a rule of the file that still loads

    QTest::newRow("syntax error") << testFile("syntax-error.json")
                                  << QStringList { QStringLiteral(":8: JSON syntax error: ") } << QString();
    QTest::newRow("unknown reason")
        << testFile("unknown-reason.json")
        << QStringList { QStringLiteral(":14: rule 'acme-typo': unknown reason 'blokked'"),
               QStringLiteral(":14: rule 'acme-typo': unknown topic 'blocklists'") }
        << QStringLiteral("acme-good");
    QTest::newRow("bad regex")
        << testFile("bad-regex.json")
        << QStringList { QStringLiteral(":5: rule 'acme-bad-regex': bad regex 'acme (unclosed group': "
                                        "missing closing parenthesis at offset 20"),
               QStringLiteral(":5: rule 'acme-bad-regex': bad status '5.7' (expected e.g. 5.7.26)"),
               QStringLiteral(":5: rule 'acme-bad-regex': bad reply code 700 (expected 200..599)") }
        << QString();
    QTest::newRow("unknown fix")
        << testFile("unknown-fix.json")
        << QStringList { QStringLiteral(
               ":5: rule 'gmail-5.7.26-unauthenticated': unknown fix 'no-such-fix'") }
        << QString();
    QTest::newRow("no such file") << testFile("no-such-file.json") << QStringList { QStringLiteral(": ") }
                                  << QString();
}

// A broken extra file is reported with file, line and rule id; its good
// rules load, and the built-in rules keep working, in the copy and in builtin().
void TestRuleSet::brokenExtraFile()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(QString, loadedRule);

    RuleSet set = RuleSet::builtin();
    QList<RuleError> errors;
    QVERIFY(!set.loadFile(file, &errors));
    QCOMPARE(errors.size(), expected.size());
    for (int i = 0; i < errors.size(); ++i) {
        QCOMPARE(errors.at(i).file, file);
        const QString text = errors.at(i).toString();
        QVERIFY2(text.startsWith(file + expected.at(i)), qPrintable(text));
    }
    if (!loadedRule.isEmpty())
        QVERIFY(set.rule(loadedRule));

    QCOMPARE(
        ruleId(matchLikeTheModel(set, gmailUnauthenticated)), QStringLiteral("gmail-5.7.26-unauthenticated"));
    QCOMPARE(set.rule(QStringLiteral("gmail-5.7.26-unauthenticated"))->fixes,
        RuleSet::builtin().rule(QStringLiteral("gmail-5.7.26-unauthenticated"))->fixes);
    QCOMPARE(ruleId(matchLikeTheModel(RuleSet::builtin(), gmailUnauthenticated)),
        QStringLiteral("gmail-5.7.26-unauthenticated"));
    QCOMPARE(set.ruleCount(), RuleSet::builtin().ruleCount() + (loadedRule.isEmpty() ? 0 : 1));
}

// A support team's rule with a built-in id replaces it, in the copy only.
void TestRuleSet::overrideBuiltinRule()
{
    RuleSet set = RuleSet::builtin();
    QList<RuleError> errors;
    QVERIFY2(set.loadFile(testFile("override.json"), &errors), qPrintable(joinErrors(errors)));
    QCOMPARE(set.ruleCount(), RuleSet::builtin().ruleCount());

    const Rule *rule = matchLikeTheModel(set, gmailUnauthenticated);
    QVERIFY(rule);
    QCOMPARE(rule->id, QStringLiteral("gmail-5.7.26-unauthenticated"));
    QCOMPARE(rule->title.text(QStringLiteral("nl")),
        QStringLiteral("Gmail: niet geauthenticeerd (tekst van onze helpdesk)"));
    QCOMPARE(
        rule->explanation.text(QStringLiteral("ru")), QStringLiteral("Call the helpdesk on extension 42."));
    QCOMPARE(rule->fixes, QStringList { QStringLiteral("call-helpdesk") });
    QCOMPARE(set.fix(QStringLiteral("call-helpdesk"))->text.text(QStringLiteral("nl")),
        QStringLiteral("Bel de helpdesk op toestel 42."));
    QCOMPARE(set.rules().first().id, rule->id); // tried first now
    QVERIFY(rule->sourceFile.endsWith(QLatin1String("override.json")));
    QCOMPARE(rule->line, 5);

    // The new rule is limited to 5.7.26: with 5.7.1 another (built-in) rule
    // gets its turn.
    const QString normalized = normalizeDiagnostic(gmailUnauthenticated);
    const Rule *other = set.match(normalized, QStringLiteral("5.7.1"), 550);
    QVERIFY(other);
    QVERIFY(other->id != QLatin1String("gmail-5.7.26-unauthenticated"));
    QVERIFY2(!other->fromExtraFile, qPrintable(other->id));

    const Rule *original = matchLikeTheModel(RuleSet::builtin(), gmailUnauthenticated);
    QCOMPARE(original->id, rule->id);
    QVERIFY(original->title.en().startsWith(QLatin1String("Gmail: message not authenticated")));
    QVERIFY(!RuleSet::builtin().fix(QStringLiteral("call-helpdesk")));
}

// Rules from an extra file are tried before the built-in ones, so a
// provider-specific rule wins over the generic one that also matches.
void TestRuleSet::providerRuleWinsOverGeneric()
{
    const QString text
        = normalizeDiagnostic(QStringLiteral("550 5.7.1 Relaying denied by acme-mx.example (VPN)"));
    QCOMPARE(ruleId(RuleSet::builtin().match(text, QStringLiteral("5.7.1"), 550)),
        QStringLiteral("generic-relay-denied"));

    RuleSet set = RuleSet::builtin();
    QList<RuleError> errors;
    QVERIFY2(set.loadFile(testFile("provider-rule.json"), &errors), qPrintable(joinErrors(errors)));
    QCOMPARE(set.ruleCount(), RuleSet::builtin().ruleCount() + 1);
    const Rule *rule = set.match(text, QStringLiteral("5.7.1"), 550);
    QCOMPARE(ruleId(rule), QStringLiteral("acme-relay-needs-vpn"));
    QCOMPARE(rule->provider, QStringLiteral("acme"));
    QCOMPARE(rule->title.text(QStringLiteral("ru")), QStringLiteral("Acme пересылает только через VPN"));
    QCOMPARE(set.detectProvider(QStringLiteral("Remote-MTA: dns; acme-mx.example")), QStringLiteral("acme"));
    QCOMPARE(
        RuleSet::builtin().detectProvider(QStringLiteral("Remote-MTA: dns; acme-mx.example")), QString());
    // Other bounces still find their built-in rules.
    QCOMPARE(
        ruleId(matchLikeTheModel(set, gmailUnauthenticated)), QStringLiteral("gmail-5.7.26-unauthenticated"));
}

// Files read at once are still merged in the order given: a later file's rule
// with a known id replaces the earlier one, and may use a fix an earlier file
// brought.
void TestRuleSet::laterExtraFileWins()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const QByteArray &json) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(json);
        return file.fileName();
    };
    const QByteArray rule = R"({ "id": "team-x", "reason": "blocked", "provider": "generic",
        "match": { "text": ["%1"] }, "title": { "en": "%2" }, "fixes": ["team-fix"] })";
    const QStringList files {
        write(QStringLiteral("a.json"),
            R"({ "fixes": [ { "id": "team-fix", "text": { "en": "Ask the team" } } ], "rules": [)"
                + QByteArray(rule).replace("%1", "alpha words").replace("%2", "From A") + "] }"),
        write(QStringLiteral("b.json"),
            "{ \"rules\": [" + QByteArray(rule).replace("%1", "beta words").replace("%2", "From B") + "] }"),
    };
    RuleSet set = RuleSet::builtin();
    QList<RuleError> errors;
    QVERIFY2(set.loadFiles(files, &errors), qPrintable(joinErrors(errors)));
    QCOMPARE(set.extraRuleCount(), 1);
    QCOMPARE(ruleId(set.match(QStringLiteral("550 beta words"))), QStringLiteral("team-x"));
    QCOMPARE(set.rule(QStringLiteral("team-x"))->title.en(), QStringLiteral("From B"));
    QVERIFY(ruleId(set.match(QStringLiteral("550 alpha words"))) != QStringLiteral("team-x"));
}

// A failure known only by its code is explained by the generic rule of its
// reason; a reason without one gets none (MailMedic says it does not know).
// A rules folder is read in one go: the same rules in the same order as file
// after file, each broken file's errors naming it, the good ones loaded.
// A support team's file read without an error is kept as an image; the next
// load maps it and gives the same records. An edited file is read afresh, a
// damaged image is replaced, a file with errors is never kept.
void TestRuleSet::extraFileImageKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("team.json"));
    const auto writeTeamFile = [&path](const QByteArray &json) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(json) == json.size();
    };
    const QByteArray original = readFile(testFile("override.json"));
    QVERIFY(writeTeamFile(original));
    const QString id = QStringLiteral("gmail-5.7.26-unauthenticated");
    // The files' images, not the prefilters kept beside them (layer-*).
    const auto images = [] {
        QStringList names = QDir(RuleCache::folder()).entryList({ QStringLiteral("*.image") }, QDir::Files);
        names.erase(std::remove_if(names.begin(), names.end(),
                        [](const QString &name) { return name.startsWith(QLatin1String("layer-")); }),
            names.end());
        return names;
    };
    // Whether the last load mapped a kept image (or read the JSON).
    int mappedSoFar = RuleCache::mappedImages();
    const auto fromImage = [&mappedSoFar](const RuleSet &) {
        const int now = RuleCache::mappedImages();
        const bool mapped = now > mappedSoFar;
        mappedSoFar = now;
        return mapped;
    };
    const int before = int(images().size());

    QList<RuleError> errors;
    RuleSet first = RuleSet::builtin();
    QVERIFY(first.loadFiles({ path }, &errors));
    QVERIFY(!fromImage(first));
    QCOMPARE(images().size(), before + 1);
    RuleSet second = RuleSet::builtin();
    QVERIFY(second.loadFiles({ path }, &errors));
    QVERIFY(fromImage(second));
    QString differs = differenceBetween(second, first);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    QVERIFY(errors.isEmpty());
    const QString bounce = normalizeDiagnostic(
        QStringLiteral("550 5.7.26 This mail does not have authentication information"));
    QCOMPARE(second.match(bounce, QStringLiteral("5.7.26"))->id, id);
    QCOMPARE(second.match(bounce, QStringLiteral("5.7.26"))->title.en(),
        QStringLiteral("Gmail: not authenticated (our helpdesk's wording)"));

    // Edited: the new words count at once, and the old image goes.
    QByteArray edited = original;
    edited.replace("our helpdesk's wording", "edited wording");
    QVERIFY(writeTeamFile(edited));
    RuleSet third = RuleSet::builtin();
    QVERIFY(third.loadFiles({ path }, &errors));
    QVERIFY(!fromImage(third));
    QCOMPARE(third.rule(id)->title.en(), QStringLiteral("Gmail: not authenticated (edited wording)"));
    QCOMPARE(images().size(), before + 1);

    // A damaged image is read past and written anew.
    for (const QString &name : images()) {
        QFile image(RuleCache::folder() + QLatin1Char('/') + name);
        QVERIFY(image.open(QIODevice::ReadWrite));
        QVERIFY(image.resize(image.size() / 2));
    }
    RuleSet fourth = RuleSet::builtin();
    QVERIFY(fourth.loadFiles({ path }, &errors));
    QVERIFY(!fromImage(fourth));
    differs = differenceBetween(fourth, third);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    RuleSet fifth = RuleSet::builtin();
    QVERIFY(fifth.loadFiles({ path }, &errors));
    QVERIFY(fromImage(fifth));
    QCOMPARE(fifth.rule(id)->title.en(), QStringLiteral("Gmail: not authenticated (edited wording)"));
    QVERIFY(errors.isEmpty());

    // A file with errors reports them every time and is never kept.
    QVERIFY(writeTeamFile(readFile(testFile("unknown-reason.json"))));
    for (int load = 0; load < 2; ++load) {
        RuleSet broken = RuleSet::builtin();
        QList<RuleError> found;
        QVERIFY(!broken.loadFiles({ path }, &found));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first().file, path);
    }
    QVERIFY(images().isEmpty() || images().size() == before + 1);
}

// A support team's script may hand the file over a pipe (--rules <(...)),
// which can be read only once: it is hashed and parsed from the same bytes,
// and a second start finds the image kept of them.
void TestRuleSet::extraFileFromPipe()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("team.pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const QByteArray json = readFile(testFile("override.json"));
    const QString bounce = normalizeDiagnostic(
        QStringLiteral("550 5.7.26 This mail does not have authentication information"));
    for (int start = 0; start < 2; ++start) {
        std::thread writer([&path, &json] {
            QFile out(path);
            if (out.open(QIODevice::WriteOnly))
                out.write(json);
        });
        QList<RuleError> errors;
        RuleSet set = RuleSet::builtin();
        const int mapped = RuleCache::mappedImages();
        const bool loaded = set.loadFiles({ path }, &errors);
        writer.join();
        QVERIFY2(loaded && errors.isEmpty(), qPrintable(joinErrors(errors)));
        QCOMPARE(set.match(bounce, QStringLiteral("5.7.26"))->title.en(),
            QStringLiteral("Gmail: not authenticated (our helpdesk's wording)"));
        // The second start maps the image kept of the same bytes.
        QCOMPARE(RuleCache::mappedImages() > mapped, start == 1);
    }
    // A pipe that brings nothing is an error, not a wait for a second writer.
    std::thread silent([&path] {
        QFile out(path);
        out.open(QIODevice::WriteOnly);
    });
    QList<RuleError> errors;
    RuleSet set = RuleSet::builtin();
    const bool loaded = set.loadFiles({ path }, &errors);
    silent.join();
    QVERIFY(!loaded);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().file, path);
#else
    QSKIP("Windows has no mkfifo(): a named pipe there is not a path QFile opens like a file, so --rules "
          "<(...) exists only on Unix shells, where this runs");
#endif
}

// A start with the same extra files maps the prefilter built for their
// rules at the first one instead of building it again; it finds what the
// built one finds. A damaged one is built anew.
void TestRuleSet::extraFilesPrefilterKept()
{
    const QList<Rule> builtin = RuleSet::builtin().rules();
    QJsonArray first, second;
    for (qsizetype i = 0; i + 5 < builtin.size(); ++i) {
        const Rule &rule = builtin.at(i);
        if (i % 5 == 0) // other words under new ids
            first.append(ruleEntry(rule, QStringLiteral("kept-") + rule.id, builtin.at(i + 3).patterns,
                rule.priority + (i % 2 ? 1 : -1)));
        else if (i % 17 == 0) // a built-in rule replaced
            second.append(ruleEntry(rule, rule.id, builtin.at(i + 2).patterns, rule.priority));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList paths { dir.filePath(QStringLiteral("first.json")),
        dir.filePath(QStringLiteral("second.json")) };
    for (int f = 0; f < 2; ++f) {
        QFile file(paths.at(f));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(ruleFile(f == 0 ? first : second)) > 0);
    }
    const QStringList texts = prefilterTexts();
    const auto load = [&paths](RuleSet *set) {
        QList<RuleError> errors;
        *set = RuleSet::builtin();
        return set->loadFiles(paths, &errors) && errors.isEmpty();
    };
    const auto sameAnswers = [&texts](const RuleSet &a, const RuleSet &b) {
        for (const QString &text : texts) {
            const QString normalized = normalizeDiagnostic(text);
            const Rule *x = a.match(normalized);
            const Rule *y = b.match(normalized);
            if ((x ? x->id : QString()) != (y ? y->id : QString()))
                return false;
        }
        return true;
    };

    RuleSet built;
    QVERIFY(load(&built));
    int kept = RuleCache::mappedPrefilters();
    RuleSet mapped;
    QVERIFY(load(&mapped));
    QCOMPARE(RuleCache::mappedPrefilters(), kept + 1);
    QVERIFY(sameAnswers(built, mapped));
    QVERIFY(compareWithBruteForce(mapped, texts, 9) > 0);

    // Damaged: read past, built and kept anew.
    const QStringList layers
        = QDir(RuleCache::folder()).entryList({ QStringLiteral("layer-*.image") }, QDir::Files);
    QVERIFY(!layers.isEmpty());
    for (const QString &name : layers) {
        QFile image(RuleCache::folder() + QLatin1Char('/') + name);
        QVERIFY(image.open(QIODevice::ReadWrite));
        QVERIFY(image.resize(image.size() - 4));
    }
    kept = RuleCache::mappedPrefilters();
    RuleSet rebuilt;
    QVERIFY(load(&rebuilt));
    QCOMPARE(RuleCache::mappedPrefilters(), kept);
    QVERIFY(sameAnswers(built, rebuilt));
    RuleSet again;
    QVERIFY(load(&again));
    QCOMPARE(RuleCache::mappedPrefilters(), kept + 1);
    QVERIFY(sameAnswers(built, again));

    // Only the newest sets' prefilters are kept, the one just written always.
    QList<RuleError> errors;
    const Rule &like = builtin.first();
    for (int set = 0; set < 10; ++set) {
        QFile file(dir.filePath(QStringLiteral("small.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(ruleFile(QJsonArray { ruleEntry(like, QStringLiteral("small-%1").arg(set),
                    builtin.at(set + 1).patterns, like.priority) }))
            > 0);
        file.close();
        RuleSet small = RuleSet::builtin();
        QVERIFY(small.loadFiles({ file.fileName() }, &errors));
    }
    QCOMPARE(QDir(RuleCache::folder()).entryList({ QStringLiteral("layer-*.image") }, QDir::Files).size(), 8);
    kept = RuleCache::mappedPrefilters();
    RuleSet last = RuleSet::builtin();
    QVERIFY(last.loadFiles({ dir.filePath(QStringLiteral("small.json")) }, &errors));
    QCOMPARE(RuleCache::mappedPrefilters(), kept + 1);

    // The files in another order are other rules in another order: not the
    // same prefilter.
    RuleSet swapped = RuleSet::builtin();
    kept = RuleCache::mappedPrefilters();
    QVERIFY(swapped.loadFiles({ paths.at(1), paths.at(0) }, &errors));
    QCOMPARE(RuleCache::mappedPrefilters(), kept);
}

void TestRuleSet::severalExtraFiles()
{
    const QStringList files { testFile("override.json"), testFile("unknown-reason.json"),
        testFile("no-such-file.json"), testFile("provider-rule.json") };
    RuleSet oneByOne = RuleSet::builtin();
    QList<RuleError> expected;
    for (const QString &file : files)
        oneByOne.loadFile(file, &expected);

    RuleSet together = RuleSet::builtin();
    QList<RuleError> errors;
    QVERIFY(!together.loadFiles(files, &errors));
    QCOMPARE(errors.size(), 3); // two in unknown-reason.json, one for the missing file
    QCOMPARE(errors.size(), expected.size());
    for (int i = 0; i < errors.size(); ++i)
        QCOMPARE(errors.at(i).toString(), expected.at(i).toString());
    QVERIFY(errors.at(0).file.endsWith(QLatin1String("unknown-reason.json")));
    QVERIFY(errors.at(2).file.endsWith(QLatin1String("no-such-file.json")));

    auto ids = [](const RuleSet &set) {
        QStringList result;
        for (const Rule &rule : set.rules())
            result.append(rule.id);
        return result;
    };
    QCOMPARE(ids(together), ids(oneByOne));
    QCOMPARE(together.ruleCount(), RuleSet::builtin().ruleCount() + 2); // acme-good, acme-relay-needs-vpn
    QCOMPARE(together.extraRuleCount(), oneByOne.extraRuleCount());
    const QString relay
        = normalizeDiagnostic(QStringLiteral("550 5.7.1 Relaying denied by acme-mx.example (VPN)"));
    QCOMPARE(
        ruleId(together.match(relay, QStringLiteral("5.7.1"), 550)), QStringLiteral("acme-relay-needs-vpn"));
    QCOMPARE(together.rule(QStringLiteral("gmail-5.7.26-unauthenticated"))->fixes,
        QStringList { QStringLiteral("call-helpdesk") });
}

// Common words with a provider's own meaning ("501 Syntax error in parameters
// or arguments" is GMX refusing the sending server) count only in that
// provider's replies; from any other server they keep their usual meaning.
void TestRuleSet::ruleForItsProviderOnly()
{
    const QByteArray json
        = R"({"providers": [{"id": "acme", "name": "Acme", "match": ["\\bacme-mx\\.example\\b"]}],
        "rules": [{"id": "acme-syntax-means-blocked", "reason": "blocked", "provider": "acme", "priority": 700,
                   "match": {"text": ["Syntax error in parameters or arguments"], "from_provider": true},
                   "title": {"en": "Acme refuses the sending server"}}]})";
    RuleSet set = RuleSet::builtin();
    QList<RuleError> errors;
    QVERIFY2(set.loadExtra(json, QStringLiteral("acme.json"), &errors), qPrintable(joinErrors(errors)));
    const QString text
        = normalizeDiagnostic(QStringLiteral("501 5.5.4 Syntax error in parameters or arguments"));
    QCOMPARE(
        ruleId(set.match(text, QStringLiteral("5.5.4"), 501, QStringLiteral("host acme-mx.example said:"))),
        QStringLiteral("acme-syntax-means-blocked"));
    const Rule *elsewhere = set.match(
        text, QStringLiteral("5.5.4"), 501, QStringLiteral("host gmail-smtp-in.l.google.com said:"));
    QVERIFY(elsewhere);
    QCOMPARE(elsewhere->reason, QStringLiteral("syntaxerror"));
    QCOMPARE(ruleId(set.match(text, QStringLiteral("5.5.4"), 501)), elsewhere->id);

    // Through the diagnosis: the reply's host names say who answered.
    DiagnoseOptions options;
    options.rules = &set;
    const Report fromAcme = Diagnoser::diagnoseText(QStringLiteral("-"),
        QStringLiteral("<user@acme.example>: host acme-mx.example[192.0.2.50] said: 501 Syntax error in "
                       "parameters or arguments (in reply to MAIL FROM command)"),
        options);
    QCOMPARE(fromAcme.reason, QStringLiteral("blocked"));
    QCOMPARE(fromAcme.provider, QStringLiteral("acme"));
    const Report fromOther = Diagnoser::diagnoseText(QStringLiteral("-"),
        QStringLiteral("<user@other.example>: host mx.other.example[192.0.2.51] said: 501 Syntax error in "
                       "parameters or arguments (in reply to MAIL FROM command)"),
        options);
    QCOMPARE(fromOther.reason, QStringLiteral("syntaxerror"));
}

void TestRuleSet::genericRuleOfAReason()
{
    const RuleSet &set = RuleSet::builtin();
    const Rule *rule = set.genericRule(QStringLiteral("userunknown"));
    QVERIFY(rule);
    QCOMPARE(rule->provider, QStringLiteral("generic"));
    QCOMPARE(rule->reason, QStringLiteral("userunknown"));
    QVERIFY(!set.genericRule(QStringLiteral("undefined")));
    QVERIFY(!set.genericRule(QStringLiteral("no-such-reason")));
}

void TestRuleSet::detectProvider_data()
{
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<QString>("provider");

    QTest::newRow("mail.ru mx") << QStringLiteral("Remote-MTA: dns; mxs.mail.ru") << QStringLiteral("mailru");
    QTest::newRow("exchange online") << QStringLiteral(
        "Remote-MTA: dns; example-com.mail.protection.outlook.com")
                                     << QStringLiteral("microsoft");
    QTest::newRow("gmail mx") << QStringLiteral("gmail-smtp-in.l.google.com") << QStringLiteral("gmail");
    QTest::newRow("gmail, upper case")
        << QStringLiteral("GMAIL-SMTP-IN.L.GOOGLE.COM") << QStringLiteral("gmail");
    QTest::newRow("yandex") << QStringLiteral("mx.yandex.ru") << QStringLiteral("yandex");
    QTest::newRow("kpn") << QStringLiteral("mail rejected by smtp.kpnmail.nl") << QStringLiteral("kpn");
    // A hosting panel's notice names the panel; the server that refused is
    // the operator's, and the operator is named (providers marked software).
    QTest::newRow("panel notice, operator's server")
        << QStringLiteral("cPanel: Mail delivery failed\nhost mx1a.comcast.net said: 554 delivery error")
        << QStringLiteral("comcast");
    QTest::newRow("panel notice alone")
        << QStringLiteral("Mail delivery failed (DirectAdmin)\nhost mx.example.org said: 554 delivery error")
        << QStringLiteral("directadmin");
    QTest::newRow("unknown") << QStringLiteral("mx.example.org") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestRuleSet::detectProvider()
{
    QFETCH(QString, haystack);
    QFETCH(QString, provider);
    QCOMPARE(RuleSet::builtin().detectProvider(haystack), provider);
}

// Text from a broken file may hold half a surrogate pair; it must still match.
void TestRuleSet::invalidUtf16()
{
    QString text = QStringLiteral("550 5.2.2 mailbox is full ");
    text.append(QChar(0xd800));
    QCOMPARE(
        ruleId(RuleSet::builtin().match(normalizeDiagnostic(text))), QStringLiteral("generic-mailbox-full"));
    text.prepend(QChar(0xdc00));
    QCOMPARE(ruleId(RuleSet::builtin().match(text)), QStringLiteral("generic-mailbox-full"));
}

// The engine matches on two cores: one RuleSet, several threads.
void TestRuleSet::concurrentMatch()
{
    const RuleSet &set = RuleSet::builtin();
    QStringList texts;
    const QList<SeedForm> forms = readSeedForms();
    for (const SeedForm &form : forms)
        texts.append(normalizeDiagnostic(form.text));
    QStringList expected;
    for (const QString &text : std::as_const(texts))
        expected.append(ruleId(set.match(text)));

    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < mismatches.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 5; ++round) {
                for (int i = 0; i < texts.size(); ++i) {
                    if (ruleId(set.match(texts.at(i))) != expected.at(i))
                        ++mismatches[t];
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches, std::vector<int>(4, 0));
}

// The JSON Schema people validate their files with names the same words the
// loader accepts.
void TestRuleSet::schemaVocabulary()
{
    const QJsonObject schema = readJson(rulesDir() + QStringLiteral("schema/rule-file.schema.json"));
    const QJsonObject defs = schema.value(QStringLiteral("$defs")).toObject();
    const auto words = [&defs](const char *name) {
        QStringList list;
        for (const QJsonValue v :
            defs.value(QLatin1String(name)).toObject().value(QStringLiteral("enum")).toArray())
            list << v.toString();
        return list;
    };
    QCOMPARE(words("reason"), reasons());
    QCOMPARE(words("topic"), topics());
    QCOMPARE(words("probe"), probes());
    QCOMPARE(words("question"), questions());
}

// A file the loader refuses, the schema refuses too, and the other way round:
// a support team that validates with the schema sees what MailMedic will say.
void TestRuleSet::schemaAgreesWithLoader_data()
{
    QTest::addColumn<QString>("path");
    const QString dir = Test::sourceDir() + QStringLiteral("/tests/data/rules/");
    const QStringList files = QDir(dir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir + file;
}

void TestRuleSet::schemaAgreesWithLoader()
{
    QFETCH(QString, path);
    RuleSet set = RuleSet::builtin();
    QList<RuleError> errors;
    set.loadFile(path, &errors);
    // Fix references are the loader's to check across files; the schema sees one file.
    errors.erase(std::remove_if(errors.begin(), errors.end(),
                     [](const RuleError &e) { return e.message.startsWith(QLatin1String("unknown fix")); }),
        errors.end());

    QProcess schema;
    schema.start(QStringLiteral("/usr/bin/python3"),
        { Test::sourceDir() + QStringLiteral("/tests/data/rules/validate_schema.py"),
            QStringLiteral("--extra"), path });
    QVERIFY(schema.waitForFinished(60000));
    const QString out = QString::fromUtf8(schema.readAllStandardOutput());
    const bool schemaRefuses = out.contains(QFileInfo(path).fileName() + QLatin1Char(':'));
    QVERIFY2(
        schemaRefuses == !errors.isEmpty(), qPrintable(joinErrors(errors) + QStringLiteral(" | ") + out));
}

void TestRuleSet::errorText()
{
    RuleError error { QStringLiteral("rules.json"), 123, QStringLiteral("gmail-x"),
        QStringLiteral("unknown reason 'foo'") };
    QCOMPARE(error.toString(), QStringLiteral("rules.json:123: rule 'gmail-x': unknown reason 'foo'"));
    error.kind = QStringLiteral("fix");
    QCOMPARE(error.toString(), QStringLiteral("rules.json:123: fix 'gmail-x': unknown reason 'foo'"));
    error.ruleId.clear();
    error.line = 0;
    QCOMPARE(error.toString(), QStringLiteral("rules.json: unknown reason 'foo'"));
    QVERIFY(isReason(QStringLiteral("authfailure")));
    QVERIFY(!isReason(QStringLiteral("none")));
    QVERIFY(isTopic(QStringLiteral("client-settings")));
    QCOMPARE(reasons().size(), 36);
    QCOMPARE(topics().size(), 26);
}

// Not a pass/fail check: the figure to compare with the 20,000 bounces/s
// target (normalize + match, one core).
void TestRuleSet::speed()
{
    const RuleSet &set = RuleSet::builtin();
    const QList<SeedForm> forms = readSeedForms();
    QStringList texts;
    for (const SeedForm &form : forms)
        texts.append(form.text);
    int patterns = 0;
    int withoutLiteral = 0;
    const QList<Rule> rules = set.rules();
    for (const Rule &rule : rules) {
        for (const RulePattern &p : rule.patterns) {
            ++patterns;
            withoutLiteral += LiteralPrefilter::requiredLiterals(p.pattern()).isEmpty() ? 1 : 0;
        }
    }
    qInfo("%d rules, %d patterns, %d of them without a literal for the prefilter", int(rules.size()),
        patterns, withoutLiteral);
    const int rounds = 20;
    int matched = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : std::as_const(texts))
            matched += matchLikeTheModel(set, text) ? 1 : 0;
    }
    const double perText = double(timer.nsecsElapsed()) / 1000.0 / (rounds * texts.size());

    QStringList normalized;
    for (const QString &text : std::as_const(texts))
        normalized.append(normalizeDiagnostic(text));
    timer.restart();
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : std::as_const(normalized))
            matched += set.match(text) ? 1 : 0;
    }
    const double perMatch = double(timer.nsecsElapsed()) / 1000.0 / (rounds * normalized.size());

    const QList<QList<QRegularExpression>> compiled = compiledPatterns(set);
    timer.restart();
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : std::as_const(normalized))
            matched += matchBruteForce(set, compiled, text, QString(), std::nullopt) ? 1 : 0;
    }
    const double perBrute = double(timer.nsecsElapsed()) / 1000.0 / (rounds * normalized.size());

    timer.restart();
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : std::as_const(texts))
            matched += normalizeDiagnostic(text).size() > 0 ? 1 : 0;
    }
    const double perNormalize = double(timer.nsecsElapsed()) / 1000.0 / (rounds * texts.size());
    qInfo("per seed form: normalize+status+match %.1f us, match %.1f us (without prefilter %.1f us), "
          "normalize %.2f us",
        perText, perMatch, perBrute, perNormalize);
    QVERIFY(matched > 0);
}

QTEST_GUILESS_MAIN(TestRuleSet)
#include "TestRuleSet.moc"
