// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RuleFile.h"

#include "rules/DataFile.h"

#include "rules/LiteralPrefilter.h"
#include "rules/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <utility>

namespace MailMedic {

namespace {

// Patterns whose every match is made of digits and punctuation (from each
// one's required literals): a bare reply or status code, nothing the code
// itself does not already say.
bool saysOnlyACode(const QList<QStringList> &literalsPerPattern)
{
    if (literalsPerPattern.isEmpty())
        return false;
    for (const QStringList &literals : literalsPerPattern) {
        if (literals.isEmpty())
            return false;
        for (const QString &literal : literals)
            for (const QChar c : literal)
                if (c.isLetter())
                    return false;
    }
    return true;
}

QList<QStringList> literalsOf(const QList<RulePattern> &patterns)
{
    QList<QStringList> literals;
    literals.reserve(patterns.size());
    for (const RulePattern &p : patterns)
        literals.append(LiteralPrefilter::requiredLiterals(p.pattern()));
    return literals;
}

QString &ruleTextLanguage()
{
    static QString language;
    return language;
}

// Reads one record and collects what is wrong with it.
class RecordReader
{
public:
    RecordReader(const QJsonObject &object, const QString &file, int line, const QString &kind,
        const QString &id, StringPool *pool)
        : m_object(object), m_file(file), m_line(line), m_kind(kind), m_id(id), m_pool(pool)
    { }

    template<typename T> T shared(const T &value) { return m_pool->shared(value); }

    void error(const QString &message)
    {
        m_errors.append(RuleError { m_file, m_line, m_id, message, m_kind });
    }

    bool ok() const { return m_errors.isEmpty(); }
    QList<RuleError> errors() const { return m_errors; }

    QString string(QLatin1String key, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                error(QCoreApplication::translate("RuleFile", "missing '%1'").arg(key));
            return QString();
        }
        if (!value.isString()) {
            error(QCoreApplication::translate("RuleFile", "'%1' must be a string").arg(key));
            return QString();
        }
        return value.toString();
    }

    // An optional whole number in [low, high]; `absent` when it is not there.
    int integer(QLatin1String key, int low, int high, int absent)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return absent;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(int(number)) || number < low || number > high) {
            error(QCoreApplication::translate("RuleFile", "'%1' must be a whole number from %2 to %3")
                      .arg(key)
                      .arg(low)
                      .arg(high));
            return absent;
        }
        return int(number);
    }

    // An optional true/false; absent means false.
    bool flag(QLatin1String key) { return flag(m_object, key, key); }

    bool flag(const QJsonObject &object, QLatin1String key, const QString &name)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            error(QCoreApplication::translate("RuleFile", "'%1' must be true or false").arg(name));
        return value.toBool();
    }

    QStringList stringList(QLatin1String key) { return stringList(m_object, key, key); }

    QStringList stringList(const QJsonObject &object, QLatin1String key, const QString &name)
    {
        const QJsonValue value = object.value(key);
        QStringList result;
        if (value.isUndefined() || value.isNull())
            return result;
        const QJsonArray array = value.toArray();
        bool good = value.isArray();
        for (const QJsonValue item : array) {
            good = good && item.isString();
            result.append(item.toString());
        }
        if (!good)
            error(QCoreApplication::translate("RuleFile", "'%1' must be a list of strings").arg(name));
        return m_pool->shared(result);
    }

    // Each entry must be a word of the vocabulary.
    QStringList vocabulary(QLatin1String key, bool (*isKnown)(const QString &), const QString &what)
    {
        const QStringList words = stringList(key);
        for (const QString &word : words) {
            if (!isKnown(word))
                error(QCoreApplication::translate("RuleFile", "unknown %1 '%2'")
                          .arg(RuleError::kindName(what), word));
        }
        return words;
    }

    LocalizedText localized(QLatin1String key, bool required)
    {
        LocalizedText text;
        const QJsonValue value = m_object.value(key);
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const QString &kept = ruleTextLanguage();
            const auto part = [&](const char *lang) {
                return kept.isEmpty() || kept == QLatin1String(lang)
                    ? object.value(QLatin1String(lang)).toString().trimmed()
                    : QString();
            };
            text = LocalizedText(
                object.value(QLatin1String("en")).toString().trimmed(), part("nl"), part("ru"));
        } else if (!value.isUndefined() && !value.isNull()) {
            error(QCoreApplication::translate("RuleFile", "'%1' must be an object with en, nl and ru")
                      .arg(key));
            return text;
        }
        if (required && !text.hasEnglish())
            error(QCoreApplication::translate("RuleFile", "missing en %1").arg(key));
        return text;
    }

    QStringList patterns(const QJsonValue &value, const QString &name)
    {
        QStringList result;
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.isEmpty()) {
            error(QCoreApplication::translate("RuleFile", "'%1' needs at least one regular expression")
                      .arg(name));
            return result;
        }
        for (const QJsonValue item : array) {
            if (!item.isString()) {
                error(QCoreApplication::translate("RuleFile", "'%1' must be a list of strings").arg(name));
                continue;
            }
            // Checked on a throwaway copy: a rule keeps only the text, compiled
            // when the literal prefilter first lets a text through to it, so
            // only those patterns ever cost memory and time. (The built-in
            // files are read so by the build, which then fails on a bad one.)
            const QRegularExpression check = compileRulePattern(item.toString());
            if (!check.isValid()) {
                error(QCoreApplication::translate("RuleFile", "bad regex '%1': %2 at offset %3")
                          .arg(item.toString(), check.errorString())
                          .arg(check.patternErrorOffset()));
                continue;
            }
            result.append(item.toString());
        }
        return result;
    }

    void lowerCaseId(QLatin1String key, const QString &value)
    {
        if (!value.isEmpty() && value != value.toLower())
            error(QCoreApplication::translate("RuleFile", "%1 '%2' must be lower case").arg(key, value));
    }

private:
    QJsonObject m_object;
    QString m_file;
    int m_line;
    QString m_kind;
    QString m_id;
    StringPool *m_pool;
    QList<RuleError> m_errors;
};

bool isStatusCode(const QString &status)
{
    static const QRegularExpression re(QStringLiteral("^[245]\\.[0-9]{1,3}\\.[0-9]{1,3}$"));
    return re.match(status).hasMatch();
}

Rule readRule(RecordReader &reader, const QJsonObject &object)
{
    Rule rule;
    rule.reason = reader.shared(reader.string(QLatin1String("reason"), true));
    if (!rule.reason.isEmpty() && !isReason(rule.reason))
        reader.error(QCoreApplication::translate("RuleFile", "unknown reason '%1'").arg(rule.reason));
    rule.provider = reader.shared(reader.string(QLatin1String("provider"), true));
    reader.lowerCaseId(QLatin1String("provider"), rule.provider);

    const QJsonValue matchValue = object.value(QLatin1String("match"));
    if (!matchValue.isObject()) {
        reader.error(QCoreApplication::translate("RuleFile", "missing 'match'"));
    } else {
        const QJsonObject match = matchValue.toObject();
        for (const QString &pattern :
            reader.patterns(match.value(QLatin1String("text")), QStringLiteral("match.text")))
            rule.patterns.append(RulePattern(pattern));
        // (The literals are not kept: with thousands of rules from extra files
        // they would weigh megabytes. The match index works them out again.)
        rule.codeOnly = saysOnlyACode(literalsOf(rule.patterns));
        rule.statuses = reader.stringList(match, QLatin1String("status"), QStringLiteral("match.status"));
        for (const QString &status : std::as_const(rule.statuses)) {
            if (!isStatusCode(status))
                reader.error(QCoreApplication::translate("RuleFile", "bad status '%1' (expected e.g. 5.7.26)")
                                 .arg(status));
        }
        const QJsonValue codes = match.value(QLatin1String("reply_code"));
        if (!codes.isUndefined() && !codes.isNull()) {
            const QJsonArray array = codes.toArray();
            if (!codes.isArray())
                reader.error(
                    QCoreApplication::translate("RuleFile", "'match.reply_code' must be a list of numbers"));
            for (const QJsonValue code : array) {
                const double number = code.toDouble(-1);
                const int value = int(number);
                if (!code.isDouble() || double(value) != number || value < 200 || value > 599) {
                    const QString shown = code.isDouble()
                        ? QString::number(number)
                        : QString::fromUtf8(
                            QJsonDocument(QJsonArray { code }).toJson(QJsonDocument::Compact));
                    reader.error(
                        QCoreApplication::translate("RuleFile", "bad reply code %1 (expected 200..599)")
                            .arg(shown));
                    continue;
                }
                rule.replyCodes.append(value);
            }
        }
        rule.fromProviderOnly
            = reader.flag(match, QLatin1String("from_provider"), QStringLiteral("match.from_provider"));
    }
    rule.topics = reader.vocabulary(QLatin1String("topics"), isTopic, QStringLiteral("topic"));
    rule.probes = reader.vocabulary(QLatin1String("probes"), isProbe, QStringLiteral("probe"));
    rule.title = reader.localized(QLatin1String("title"), true);
    rule.explanation = reader.localized(QLatin1String("explanation"), false);
    rule.fixes = reader.stringList(QLatin1String("fixes"));
    rule.priority = reader.integer(QLatin1String("priority"), 0, 1000, kPriorityAbsent);
    rule.source
        = LocalizedText(reader.string(QLatin1String("source"), false).trimmed(), QString(), QString());
    rule.fallback = reader.flag(QLatin1String("fallback"));
    if (rule.fromProviderOnly && (rule.provider.isEmpty() || rule.provider == QLatin1String("generic")))
        reader.error(QCoreApplication::translate(
            "RuleFile", "'match.from_provider' needs the rule's provider, not \"generic\""));
    return rule;
}

FixText readFix(RecordReader &reader, const QJsonObject &)
{
    FixText fix;
    fix.text = reader.localized(QLatin1String("text"), true);
    fix.link = reader.string(QLatin1String("link"), false);
    if (!fix.link.isEmpty() && !fix.link.startsWith(QLatin1String("https://")))
        reader.error(
            QCoreApplication::translate("RuleFile", "link '%1' must start with https://").arg(fix.link));
    fix.whileRetrying = reader.flag(QLatin1String("while_retrying"));
    return fix;
}

Symptom readSymptom(RecordReader &reader, const QJsonObject &)
{
    Symptom symptom;
    symptom.title = reader.localized(QLatin1String("title"), true);
    symptom.description = reader.localized(QLatin1String("description"), false);
    symptom.questions = reader.vocabulary(QLatin1String("questions"), isQuestion, QStringLiteral("question"));
    symptom.probes = reader.vocabulary(QLatin1String("probes"), isProbe, QStringLiteral("probe"));
    symptom.topics = reader.vocabulary(QLatin1String("topics"), isTopic, QStringLiteral("topic"));
    symptom.fixes = reader.stringList(QLatin1String("fixes"));
    return symptom;
}

Provider readProvider(RecordReader &reader, const QJsonObject &object)
{
    Provider provider;
    provider.name = reader.string(QLatin1String("name"), false);
    for (const QString &pattern :
        reader.patterns(object.value(QLatin1String("match")), QStringLiteral("match")))
        provider.patterns.append(compileRulePattern(pattern));
    provider.spfInclude = reader.string(QLatin1String("spf_include"), false).toLower();
    provider.software = reader.flag(QLatin1String("software"));
    return provider;
}

// Reads the records of one section; T is Rule, FixText, Symptom or Provider.
template<typename T, typename Read>
QList<T> readSection(const QJsonValue &value, const DataFile::SectionLines &lines, const QString &file,
    const QString &section, const QString &kind, Read read, StringPool *pool, QList<RuleError> *errors)
{
    QList<T> result;
    if (!value.isArray()) {
        errors->append(RuleError { file, lines.keyLine, QString(),
            QCoreApplication::translate("RuleFile", "'%1' must be a list").arg(section), QString() });
        return result;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int line = i < lines.records.size() ? lines.records.at(i) : lines.keyLine;
        const QJsonValue item = array.at(i);
        const QJsonValue idValue = item.toObject().value(QLatin1String("id"));
        const QString id = idValue.toString();
        RecordReader reader(item.toObject(), file, line, kind, id, pool);
        if (!item.isObject()) {
            reader.error(QCoreApplication::translate("RuleFile", "%1 #%2 is not an object")
                             .arg(RuleError::kindName(kind))
                             .arg(i + 1));
        } else if (id.isEmpty()) {
            reader.error(QCoreApplication::translate("RuleFile", "%1 #%2 has no id")
                             .arg(RuleError::kindName(kind))
                             .arg(i + 1));
        } else if (seen.contains(id)) {
            reader.error(QCoreApplication::translate("RuleFile", "duplicate id"));
        }
        seen.insert(id);
        if (!reader.ok()) {
            errors->append(reader.errors());
            continue;
        }
        reader.lowerCaseId(QLatin1String("id"), id);
        T record = read(reader, item.toObject());
        record.id = id;
        record.sourceFile = file;
        record.line = line;
        if (!reader.ok()) {
            errors->append(reader.errors());
            continue;
        }
        result.append(std::move(record));
    }
    return result;
}

} // namespace

void setRuleTextLanguage(const QString &language)
{
    ruleTextLanguage() = language;
}

QString keptRuleTextLanguage()
{
    return ruleTextLanguage();
}

QRegularExpression RulePattern::compiled() const
{
    return compileRulePattern(m_pattern);
}

QRegularExpression compileRulePattern(const QString &pattern)
{
    return QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

bool parseRuleFile(const QByteArray &json, const QString &fileName, int wanted, bool requireAll,
    RuleFileContent *content, QList<RuleError> *errors, StringPool *pool)
{
    StringPool ownPool;
    if (!pool)
        pool = &ownPool;
    QList<RuleError> found;
    DataFile file;
    file.parse(json, fileName, QString(), &found);
    const QJsonObject top = file.root();
    const QJsonValue version = top.value(QLatin1String("version"));
    if (found.isEmpty() && !version.isUndefined() && version.toInt(0) != 1) {
        found.append(RuleError { fileName, 0, QString(),
            QCoreApplication::translate("RuleFile", "unsupported version %1 (this MailMedic reads version 1)")
                .arg(version.toVariant().toString()),
            QString() });
    }
    if (!found.isEmpty()) {
        if (errors)
            errors->append(found);
        return false;
    }

    struct Section
    {
        int flag;
        QLatin1String key;
        QString kind;
    };
    const Section sections[] = {
        { RulesSection, QLatin1String("rules"), QStringLiteral("rule") },
        { FixesSection, QLatin1String("fixes"), QStringLiteral("fix") },
        { SymptomsSection, QLatin1String("symptoms"), QStringLiteral("symptom") },
        { ProvidersSection, QLatin1String("providers"), QStringLiteral("provider") },
    };
    QStringList missing;
    bool any = false;
    for (const Section &section : sections) {
        if (!(wanted & section.flag))
            continue;
        const QString key = section.key;
        if (!top.contains(key)) {
            missing.append(key);
            continue;
        }
        any = true;
        const QJsonValue value = top.value(key);
        const DataFile::SectionLines where = file.lines(key);
        switch (section.flag) {
        case RulesSection:
            content->rules
                = readSection<Rule>(value, where, fileName, key, section.kind, readRule, pool, &found);
            break;
        case FixesSection:
            content->fixes
                = readSection<FixText>(value, where, fileName, key, section.kind, readFix, pool, &found);
            break;
        case SymptomsSection:
            content->symptoms
                = readSection<Symptom>(value, where, fileName, key, section.kind, readSymptom, pool, &found);
            break;
        case ProvidersSection:
            content->providers = readSection<Provider>(
                value, where, fileName, key, section.kind, readProvider, pool, &found);
            break;
        }
    }
    if (requireAll && !missing.isEmpty()) {
        found.append(RuleError { fileName, 1, QString(),
            QCoreApplication::translate("RuleFile", "missing '%1'").arg(missing.join(QLatin1String("', '"))),
            QString() });
    } else if (!any) {
        found.append(RuleError { fileName, 1, QString(),
            QCoreApplication::translate(
                "RuleFile", "none of 'rules', 'fixes', 'symptoms', 'providers' found"),
            QString() });
    }
    if (errors)
        errors->append(found);
    return found.isEmpty();
}

} // namespace MailMedic
