// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RuleSet.h"

#include "rules/LiteralPrefilter.h"
#include "rules/Normalize.h"
#include "rules/RuleCache.h"
#include "rules/RuleFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QtEndian>
#include <QVarLengthArray>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <future>
#include <memory>
#include <numeric>
#include <tuple>
#include <utility>

namespace MailMedic {

LocalizedText::LocalizedText(const QString &en, const QString &nl, const QString &ru)
{
    if (en.isEmpty() && nl.isEmpty() && ru.isEmpty())
        return;
    // A NUL inside a text would shift the parts; rule files have none.
    const QByteArray parts[]
        = { en.toUtf8().replace('\0', ' '), nl.toUtf8().replace('\0', ' '), ru.toUtf8().replace('\0', ' ') };
    m_utf8.reserve(parts[0].size() + parts[1].size() + parts[2].size() + 2);
    m_utf8 = parts[0] + '\0' + parts[1] + '\0' + parts[2];
}

LocalizedText::Span LocalizedText::span(int index) const
{
    if (m_imageRecord) {
        const char *record = m_utf8.constData();
        const auto offset = qFromLittleEndian<qint32>(record + 8 * index);
        const auto size = qFromLittleEndian<quint32>(record + 8 * index + 4);
        return { record + offset, qsizetype(size) };
    }
    qsizetype begin = 0;
    for (int i = 0; i < index; ++i) {
        const qsizetype end = m_utf8.indexOf('\0', begin);
        if (end < 0)
            return {};
        begin = end + 1;
    }
    const qsizetype end = m_utf8.indexOf('\0', begin);
    return { m_utf8.constData() + begin, (end < 0 ? m_utf8.size() : end) - begin };
}

QString LocalizedText::part(int index) const
{
    const Span at = span(index);
    return QString::fromUtf8(at.data, int(at.size));
}

QByteArray LocalizedText::utf8(int index) const
{
    const Span at = span(index);
    return QByteArray(at.data, at.size);
}

bool LocalizedText::isComplete() const
{
    return span(0).size > 0 && span(1).size > 0 && span(2).size > 0;
}

QString LocalizedText::text(const QString &lang) const
{
    const int index = lang == QLatin1String("nl") ? 1 : lang == QLatin1String("ru") ? 2 : 0;
    return part(index != 0 && span(index).size > 0 ? index : 0);
}

QString RuleError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    if (ruleId.isEmpty())
        return where + QLatin1String(": ") + message;
    const QString what = kindName(kind.isEmpty() ? QStringLiteral("rule") : kind);
    return where + QLatin1String(": ") + what + QLatin1String(" '") + ruleId + QLatin1String("': ") + message;
}

QString RuleError::kindName(const QString &kind)
{
    static const char *const names[][2] = {
        { "rule", QT_TRANSLATE_NOOP("RuleFile", "rule") },
        { "fix", QT_TRANSLATE_NOOP("RuleFile", "fix") },
        { "symptom", QT_TRANSLATE_NOOP("RuleFile", "symptom") },
        { "provider", QT_TRANSLATE_NOOP("RuleFile", "provider") },
        { "topic", QT_TRANSLATE_NOOP("RuleFile", "topic") },
        { "probe", QT_TRANSLATE_NOOP("RuleFile", "probe") },
        { "question", QT_TRANSLATE_NOOP("RuleFile", "question") },
    };
    for (const auto &name : names)
        if (kind == QLatin1String(name[0]))
            return QCoreApplication::translate("RuleFile", name[1]);
    return kind;
}

namespace {

// Pattern `p`'s required literals. Records read from a file bring them
// along; the built-in image's are in its automaton, so they are worked out
// again when an index needs them.
template<typename T> QStringList literalsOf(const T &record, qsizetype p)
{
    return p < record.literals.size() ? record.literals.at(p)
                                      : LiteralPrefilter::requiredLiterals(record.patterns.at(p).pattern());
}

// Every pattern's required literals, in order.
template<typename List> QList<QStringList> literalsOf(const List &records)
{
    QList<QStringList> literals;
    for (const auto &record : records) {
        for (qsizetype p = 0; p < record.patterns.size(); ++p)
            literals.append(literalsOf(record, p));
    }
    return literals;
}

// Each record's first pattern's index, over all patterns in order.
template<typename List> std::vector<int> firstPatterns(const List &records)
{
    std::vector<int> first;
    first.reserve(size_t(records.size()));
    int at = 0;
    for (const auto &record : records) {
        first.push_back(at);
        at += int(record.patterns.size());
    }
    return first;
}

} // namespace

// The prefilters for the current rules and providers; rebuilt whenever they
// change and shared, immutable, between copies of a RuleSet.
//
// The rules' patterns may be scanned by more than one automaton (layers):
// when extra files are merged into a set, the set's automata are kept as they
// are and one more is built for the new rules' patterns alone, so the
// built-in one (read in place from the rule image) is never built again.
// Each layer knows where its patterns are in the whole set's order.
class MatchIndex
{
public:
    struct Layer
    {
        std::shared_ptr<const LiteralPrefilter> prefilter;
        // Layer pattern i -> its index over all patterns (-1: its rule was
        // replaced); empty when they are the same.
        std::vector<int> at;
    };

    MatchIndex(const RuleList &rules, const QList<Provider> &providers)
        : MatchIndex(
            rules, providers, LiteralPrefilter(literalsOf(rules)), LiteralPrefilter(literalsOf(providers)))
    { }

    // With the prefilters an image keeps for `rules` and `providers`.
    MatchIndex(const RuleList &rules, const QList<Provider> &providers, LiteralPrefilter &&rulePrefilter,
        LiteralPrefilter &&providerPrefilter)
        : m_providers(std::move(providerPrefilter)), m_providerFirst(firstPatterns(providers))
    {
        m_layers.push_back({ std::make_shared<const LiteralPrefilter>(std::move(rulePrefilter)), {} });
        index(rules);
    }

    // After records were merged: `before` indexed the rules as they were,
    // and `origin` tells, for each of `rules`, its index there (-1 for a new
    // one). Only the new rules' patterns get an automaton of their own.
    // `layerKey` (optional): the key under which RuleCache keeps the new rules'
    // prefilter (RuleCache::layerKeyOf()).
    MatchIndex(const RuleList &rules, const QList<Provider> &providers, const MatchIndex &before,
        const std::vector<int> &origin, const QByteArray &layerKey = QByteArray())
        : m_providers(literalsOf(providers)), m_providerFirst(firstPatterns(providers))
    {
        const std::vector<int> first = firstPatterns(rules);
        std::vector<int> moved(before.m_ruleFirst.size(), -1); // rule there -> rule here
        std::vector<int> added; // the new rules, in their order here
        std::vector<int> at;
        QByteArray which; // their ids and pattern counts: what a kept prefilter must be for
        for (int r = 0; r < int(rules.size()); ++r) {
            const Rule &rule = rules.at(r);
            if (origin[size_t(r)] >= 0) {
                moved[size_t(origin[size_t(r)])] = r;
                continue;
            }
            added.push_back(r);
            for (qsizetype p = 0; p < rule.patterns.size(); ++p)
                at.push_back(first[size_t(r)] + int(p));
            if (!layerKey.isEmpty())
                which += rule.id.toUtf8() + '\n' + QByteArray::number(rule.patterns.size()) + '\n';
        }
        for (const Layer &layer : before.m_layers) {
            Layer kept { layer.prefilter, std::vector<int>(size_t(layer.prefilter->patternCount()), -1) };
            bool used = false;
            for (size_t i = 0; i < kept.at.size(); ++i) {
                const int was = layer.at.empty() ? int(i) : layer.at[i];
                if (was < 0)
                    continue;
                const int rule = before.m_patternRule[size_t(was)];
                const int now = moved[size_t(rule)];
                if (now >= 0) {
                    kept.at[i] = first[size_t(now)] + (was - before.m_ruleFirst[size_t(rule)]);
                    used = true;
                }
            }
            if (used)
                m_layers.push_back(std::move(kept));
        }
        if (!at.empty())
            m_layers.push_back(
                { newRulesPrefilter(rules, added, at.size(), layerKey, which), std::move(at) });
        index(rules);
        // One layer with every pattern in order needs no map.
        if (m_layers.size() == 1 && m_layers.front().at.size() == m_patternRule.size()) {
            std::vector<int> &map = m_layers.front().at;
            bool same = true;
            for (size_t i = 0; i < map.size() && same; ++i)
                same = map[i] == int(i);
            if (same)
                map.clear();
        }
    }

    // The automaton over the new rules' patterns: the one kept under `layer`
    // when it was built for the same rules, else built (and kept).
    static std::shared_ptr<const LiteralPrefilter> newRulesPrefilter(const RuleList &rules,
        const std::vector<int> &added, std::size_t patterns, const QByteArray &layer, const QByteArray &which)
    {
        const QByteArray check = layer.isEmpty() ? QByteArray() : RuleCache::checkOf(which);
        LiteralPrefilter kept;
        if (!layer.isEmpty() && RuleCache::readLayer(layer, check, &kept)
            && std::size_t(kept.patternCount()) == patterns)
            return std::make_shared<const LiteralPrefilter>(std::move(kept));
        QList<QStringList> literals;
        literals.reserve(qsizetype(patterns));
        for (const int r : added) {
            const Rule &rule = rules.at(r);
            for (qsizetype p = 0; p < rule.patterns.size(); ++p)
                literals.append(literalsOf(rule, p));
        }
        auto built = std::make_shared<const LiteralPrefilter>(literals);
        if (!layer.isEmpty())
            RuleCache::writeLayer(layer, check, *built);
        return built;
    }

    MatchIndex(const MatchIndex &) = delete;
    MatchIndex &operator=(const MatchIndex &) = delete;
    ~MatchIndex()
    {
        for (std::size_t i = 0; i < m_compiledCount; ++i)
            delete m_compiled[i].load(std::memory_order_relaxed);
    }

    int patternCount() const { return int(m_patternRule.size()); }

    // Sets marks[i] (patternCount() of them) to 1 if the rules' pattern i may
    // match `text`.
    void candidates(const QString &text, char *marks) const
    {
        if (m_layers.size() == 1 && m_layers.front().at.empty()) {
            m_layers.front().prefilter->candidates(text, marks);
            return;
        }
        std::fill_n(marks, m_patternRule.size(), char(0));
        QVarLengthArray<char, 1024> own;
        for (const Layer &layer : m_layers) {
            own.resize(layer.prefilter->patternCount());
            layer.prefilter->candidates(text, own.data());
            const char *const begin = own.constData();
            const char *const end = begin + own.size();
            for (const char *at = begin;
                 (at = static_cast<const char *>(std::memchr(at, 1, size_t(end - at)))); ++at) {
                const int to = layer.at[size_t(at - begin)];
                if (to >= 0)
                    marks[to] = 1;
            }
        }
    }

    // The one automaton over all patterns in their order, or nullptr when
    // the patterns are spread over layers.
    const LiteralPrefilter *rulePrefilter() const
    {
        return m_layers.size() == 1 && m_layers.front().at.empty() ? m_layers.front().prefilter.get()
                                                                   : nullptr;
    }

    // Pattern `i` of the rules, compiled the first time a text gets through
    // the prefilter to it. Threads share one expression: the first to need
    // it makes it; one that loses the race to publish its own drops it.
    const QRegularExpression &compiled(std::size_t i, const RulePattern &pattern) const
    {
        std::atomic<QRegularExpression *> &slot = m_compiled[i];
        QRegularExpression *known = slot.load(std::memory_order_acquire);
        if (known)
            return *known;
        auto *made = new QRegularExpression(pattern.compiled());
        if (slot.compare_exchange_strong(known, made, std::memory_order_acq_rel))
            return *made;
        delete made;
        return *known;
    }

    std::vector<Layer> m_layers;
    std::vector<int> m_ruleFirst; // rule index -> its first pattern
    std::vector<int> m_patternRule; // pattern -> its rule's index
    LiteralPrefilter m_providers;
    std::vector<int> m_providerFirst;
    QHash<QString, int> m_genericByReason; // reason -> its first generic rule

private:
    void index(const RuleList &rules)
    {
        m_ruleFirst = firstPatterns(rules);
        for (int i = 0; i < int(rules.size()); ++i)
            m_patternRule.insert(m_patternRule.end(), size_t(rules.at(i).patterns.size()), i);
        m_compiledCount = m_patternRule.size();
        m_compiled = std::make_unique<std::atomic<QRegularExpression *>[]>(m_compiledCount);
        for (std::size_t i = 0; i < m_compiledCount; ++i)
            m_compiled[i].store(nullptr, std::memory_order_relaxed);
        for (int i = 0; i < int(rules.size()); ++i) {
            const Rule &rule = rules.at(i);
            // A rule with reason "undefined" knows its own message but not a
            // reason: it explains nothing else that is undefined.
            if (rule.provider != QLatin1String("generic") || rule.reason == QLatin1String("undefined"))
                continue;
            const int known = m_genericByReason.value(rule.reason, -1);
            if (known < 0 || (rule.fallback && !rules.at(known).fallback))
                m_genericByReason.insert(rule.reason, i);
        }
    }

    std::unique_ptr<std::atomic<QRegularExpression *>[]> m_compiled;
    std::size_t m_compiledCount = 0;
};

struct RuleSet::ExtraFile
{
    RuleFileContent content;
    QList<RuleError> errors; // the file's own, then those found merging it
};

namespace {

// `text` has been through replaceLoneSurrogates(), so PCRE2 need not check it
// again for every pattern.
inline bool found(const QRegularExpression &re, const QString &text)
{
    return re
        .match(
            text, 0, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption)
        .hasMatch();
}

template<typename List> qsizetype indexOf(const List &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

// Records with a known id replace the old ones in place; new ones are appended.
template<typename T> void mergeInPlace(QList<T> *list, const QList<T> &records)
{
    if (records.isEmpty())
        return;
    QHash<QString, qsizetype> at;
    at.reserve(list->size() + records.size());
    for (qsizetype i = 0; i < list->size(); ++i)
        at.insert(list->at(i).id, i);
    for (const T &record : records) {
        const auto known = at.constFind(record.id);
        if (known != at.constEnd()) {
            (*list)[*known] = record;
        } else {
            at.insert(record.id, list->size());
            list->append(record);
        }
    }
}

// Records go in at `at` (providers: after those of earlier extra files, in
// front of the others; rules: at the end, as rebuildIndex() sorts them); a
// known id is taken out of its old place. Returns where the records end.
// `origin` (optional) gets each merged record's old index, -1 for a new one.
template<typename T>
qsizetype mergeAt(QList<T> *list, qsizetype at, QList<T> records, std::vector<int> *origin = nullptr)
{
    // As if each record were inserted at `at` in turn, replacing a record
    // with its id: a later record with the same id wins, placed where the
    // later one is. One pass, not a shift of the whole list per record.
    QSet<QString> ids;
    QList<T> incoming;
    incoming.reserve(records.size());
    for (qsizetype i = records.size() - 1; i >= 0; --i) {
        if (!ids.contains(records.at(i).id)) {
            ids.insert(records.at(i).id);
            incoming.append(std::move(records[i]));
        }
    }
    records = QList<T>(); // thousands of records weigh megabytes: free them now
    if (origin) {
        origin->clear();
        origin->reserve(size_t(list->size() + incoming.size()));
    }
    if (incoming.isEmpty()) {
        if (origin)
            for (int i = 0; i < int(list->size()); ++i)
                origin->push_back(i);
        return at;
    }
    std::reverse(incoming.begin(), incoming.end());
    QList<T> merged;
    merged.reserve(list->size() + incoming.size());
    // The old records are moved when this set owns them; when they are still
    // shared (with the built-in set it was copied from), copied: moving would
    // first copy them all to detach.
    const bool own = list->isDetached();
    auto keep = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (ids.contains(list->at(i).id))
                continue;
            if (origin)
                origin->push_back(int(i));
            if (own)
                merged.append(std::move((*list)[i]));
            else
                merged.append(list->at(i));
        }
    };
    keep(0, at);
    if (origin)
        origin->insert(origin->end(), size_t(incoming.size()), -1);
    for (T &record : incoming)
        merged.append(std::move(record));
    const qsizetype end = merged.size();
    keep(at, list->size());
    *list = std::move(merged);
    return end;
}

QString unknownFix(const QString &id)
{
    return QCoreApplication::translate("RuleFile", "unknown fix '%1'").arg(id);
}

} // namespace

QList<Rule> RuleList::toList() const
{
    QList<Rule> list;
    list.reserve(m_order.size());
    for (const Rule *rule : m_order)
        list.append(*rule);
    return list;
}

RuleList::RuleList(QList<Rule> records)
{
    const QList<Rule> &kept = keep(std::move(records));
    m_order.reserve(kept.size());
    for (const Rule &record : kept)
        m_order.append(&record);
}

const QList<Rule> &RuleList::keep(QList<Rule> &&records)
{
    auto store = std::make_shared<const QList<Rule>>(std::move(records));
    m_stores.push_back(store);
    return *store;
}

void RuleList::mergeInPlace(QList<Rule> records)
{
    if (records.isEmpty())
        return;
    const QList<Rule> &kept = keep(std::move(records));
    QHash<QString, qsizetype> at;
    at.reserve(m_order.size() + kept.size());
    for (qsizetype i = 0; i < m_order.size(); ++i)
        at.insert(m_order.at(i)->id, i);
    for (const Rule &record : kept) {
        const auto known = at.constFind(record.id);
        if (known != at.constEnd()) {
            m_order[*known] = &record;
        } else {
            at.insert(record.id, m_order.size());
            m_order.append(&record);
        }
    }
}

void RuleList::mergeAppend(QList<Rule> records, std::vector<int> *origin)
{
    origin->clear();
    origin->reserve(size_t(m_order.size() + records.size()));
    if (records.isEmpty()) {
        for (int i = 0; i < int(m_order.size()); ++i)
            origin->push_back(i);
        return;
    }
    const QList<Rule> &kept = keep(std::move(records));
    // As if each record were appended in turn, replacing a record of its id:
    // the last record of an id is kept, in its own place.
    QSet<QString> ids;
    QList<const Rule *> incoming;
    for (qsizetype i = kept.size() - 1; i >= 0; --i) {
        if (!ids.contains(kept.at(i).id)) {
            ids.insert(kept.at(i).id);
            incoming.append(&kept.at(i));
        }
    }
    std::reverse(incoming.begin(), incoming.end());
    QList<const Rule *> merged;
    merged.reserve(m_order.size() + incoming.size());
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        if (ids.contains(m_order.at(i)->id))
            continue;
        origin->push_back(int(i));
        merged.append(m_order.at(i));
    }
    origin->insert(origin->end(), size_t(incoming.size()), -1);
    merged.append(incoming);
    m_order = std::move(merged);
}

RuleSet::RuleSet() : m_index(std::make_shared<MatchIndex>(RuleList(), QList<Provider>())) { }

void RuleSet::useInterpretedPatterns()
{
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", "0");
}

void RuleSet::keepTextsIn(const QString &language)
{
    setRuleTextLanguage(language);
}

RuleSet RuleSet::fromBuiltinFiles(const QMap<QString, QByteArray> &files, QList<RuleError> *errors)
{
    RuleSet set;
    QList<RuleError> found;
    struct Shared
    {
        QString name;
        bool (RuleSet::*load)(const QByteArray &, const QString &, QList<RuleError> *);
    };
    const Shared shared[] = {
        { QStringLiteral("fixes.json"), &RuleSet::loadFixes },
        { QStringLiteral("symptoms.json"), &RuleSet::loadSymptoms },
        { QStringLiteral("providers.json"), &RuleSet::loadProviders },
    };
    QStringList ruleFiles = files.keys();
    for (const Shared &file : shared) {
        ruleFiles.removeAll(file.name);
        if (!files.contains(file.name))
            found.append(RuleError { file.name, 0, QString(),
                QCoreApplication::translate("RuleFile", "not embedded"), QString() });
        else
            (set.*file.load)(files.value(file.name), file.name, &found);
    }
    // Every other file is one provider family's rules (or the generic ones),
    // read on two threads and merged in name order.
    struct Read
    {
        RuleFileContent content;
        QList<RuleError> errors;
    };
    std::vector<Read> read(size_t(ruleFiles.size()));
    const auto readEvery = [&files, &ruleFiles, &read](qsizetype first) {
        StringPool pool;
        for (qsizetype i = first; i < ruleFiles.size(); i += 2)
            RuleSet::readBuiltinRuleFile(files.value(ruleFiles.at(i)), ruleFiles.at(i),
                &read[size_t(i)].content, &read[size_t(i)].errors, &pool);
    };
    std::future<void> odd = std::async(std::launch::async, readEvery, 1);
    readEvery(0);
    odd.get();
    for (const Read &file : read) {
        found.append(file.errors);
        set.mergeBuiltin(file.content);
    }
    set.resolveReferences(&found);
    if (errors)
        errors->append(found);
    return set;
}

bool RuleSet::loadRules(const QByteArray &json, const QString &fileName, QList<RuleError> *errors)
{
    RuleFileContent content;
    const bool ok = parseRuleFile(json, fileName, RulesSection, true, &content, errors);
    for (Rule &rule : content.rules) {
        if (rule.priority == kPriorityAbsent)
            rule.priority = 500;
    }
    m_rules.mergeInPlace(std::move(content.rules));
    rebuildIndex();
    return ok;
}

bool RuleSet::loadRuleFile(const QByteArray &json, const QString &fileName, QList<RuleError> *errors)
{
    RuleFileContent content;
    const bool ok = readBuiltinRuleFile(json, fileName, &content, errors);
    mergeBuiltin(content);
    return ok;
}

bool RuleSet::readBuiltinRuleFile(const QByteArray &json, const QString &fileName, RuleFileContent *content,
    QList<RuleError> *errors, StringPool *pool)
{
    QList<RuleError> found;
    parseRuleFile(
        json, fileName, RulesSection | FixesSection | ProvidersSection, false, content, &found, pool);
    // The built-in rules say where their knowledge comes from and how much it
    // weighs (RULES.md); a support team's extra file need not.
    for (qsizetype i = content->rules.size() - 1; i >= 0; --i) {
        const Rule &rule = content->rules.at(i);
        QStringList missing;
        if (!rule.source.hasEnglish())
            missing << QStringLiteral("'source'");
        if (rule.priority == kPriorityAbsent)
            missing << QStringLiteral("'priority'");
        if (!missing.isEmpty()) {
            found.append(RuleError { rule.sourceFile, rule.line, rule.id,
                QCoreApplication::translate("RuleFile", "missing %1")
                    .arg(missing.join(QLatin1String(" and "))),
                QStringLiteral("rule") });
            content->rules.removeAt(i);
        }
    }
    const bool ok = found.isEmpty();
    if (errors)
        errors->append(found);
    return ok;
}

void RuleSet::mergeBuiltin(const RuleFileContent &content)
{
    mergeInPlace(&m_fixes, content.fixes);
    mergeInPlace(&m_providers, content.providers);
    m_rules.mergeInPlace(content.rules);
    // The match index is built once, by resolveReferences(), when every file is in.
}

bool RuleSet::loadFixes(const QByteArray &json, const QString &fileName, QList<RuleError> *errors)
{
    RuleFileContent content;
    const bool ok = parseRuleFile(json, fileName, FixesSection, true, &content, errors);
    mergeInPlace(&m_fixes, content.fixes);
    return ok;
}

bool RuleSet::loadSymptoms(const QByteArray &json, const QString &fileName, QList<RuleError> *errors)
{
    RuleFileContent content;
    const bool ok = parseRuleFile(json, fileName, SymptomsSection, true, &content, errors);
    mergeInPlace(&m_symptoms, content.symptoms);
    return ok;
}

bool RuleSet::loadProviders(const QByteArray &json, const QString &fileName, QList<RuleError> *errors)
{
    RuleFileContent content;
    const bool ok = parseRuleFile(json, fileName, ProvidersSection, true, &content, errors);
    mergeInPlace(&m_providers, content.providers);
    rebuildIndex();
    return ok;
}

bool RuleSet::resolveReferences(QList<RuleError> *errors)
{
    QList<RuleError> found;
    QSet<QString> fixIds;
    for (const FixText &fixText : std::as_const(m_fixes))
        fixIds.insert(fixText.id);
    auto check = [&](const auto &record, const QString &kind) {
        bool good = true;
        for (const QString &id : record.fixes) {
            if (!fixIds.contains(id)) {
                found.append(RuleError { record.sourceFile, record.line, record.id, unknownFix(id), kind });
                good = false;
            }
        }
        return good;
    };
    for (qsizetype i = m_rules.size() - 1; i >= 0; --i) {
        if (!check(m_rules.at(i), QStringLiteral("rule"))) {
            if (m_rules.at(i).fromExtraFile)
                --m_extraRules;
            m_rules.removeAt(i);
        }
    }
    for (qsizetype i = m_symptoms.size() - 1; i >= 0; --i) {
        if (!check(m_symptoms.at(i), QStringLiteral("symptom")))
            m_symptoms.removeAt(i);
    }
    std::sort(found.begin(), found.end(), [](const RuleError &a, const RuleError &b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    if (errors)
        errors->append(found);
    rebuildIndex();
    return found.isEmpty();
}

bool RuleSet::loadExtra(const QByteArray &json, const QString &fileName, QList<RuleError> *errors)
{
    ExtraFile file;
    readExtra(json, fileName, &file, nullptr);
    RuleFileContent pending;
    const bool good = mergeExtra(std::move(file), &pending, errors);
    mergePending(std::move(pending));
    return good;
}

void RuleSet::readExtra(const QByteArray &json, const QString &fileName, ExtraFile *file, StringPool *pool)
{
    parseRuleFile(json, fileName, RulesSection | FixesSection | SymptomsSection | ProvidersSection, false,
        &file->content, &file->errors, pool);
}

void RuleSet::mergePending(RuleFileContent &&pending, const QByteArray &layer)
{
    // The rules go after all others: rebuildIndex() sorts them by priority,
    // extra files' rules first among equals, keeping their order (earlier
    // files first). The sorted list has no block of extra rules in front, so
    // they are counted by their mark. Providers are tried in their order:
    // after earlier extra files', in front of the others.
    std::vector<int> origin;
    m_rules.mergeAppend(std::move(pending.rules), &origin);
    m_extraRules = 0;
    for (const Rule &rule : m_rules)
        m_extraRules += rule.fromExtraFile ? 1 : 0;
    m_extraProviders = int(mergeAt(&m_providers, m_extraProviders, std::move(pending.providers)));
    rebuildIndex(nullptr, &origin, layer);
}

bool RuleSet::mergeExtra(ExtraFile &&file, RuleFileContent *pending, QList<RuleError> *errors)
{
    RuleFileContent &content = file.content;
    QList<RuleError> &found = file.errors;

    // Fix references against the combined set, before anything replaces a
    // good record with a broken one.
    QSet<QString> fixIds;
    for (const FixText &fixText : std::as_const(m_fixes))
        fixIds.insert(fixText.id);
    for (const FixText &fixText : std::as_const(content.fixes))
        fixIds.insert(fixText.id);
    auto dropUnresolved = [&](auto *records, const QString &kind) {
        for (qsizetype i = records->size() - 1; i >= 0; --i) {
            const auto &record = records->at(i);
            bool good = true;
            for (const QString &id : record.fixes) {
                if (!fixIds.contains(id)) {
                    found.append(
                        RuleError { record.sourceFile, record.line, record.id, unknownFix(id), kind });
                    good = false;
                }
            }
            if (!good)
                records->removeAt(i);
        }
    };
    dropUnresolved(&content.rules, QStringLiteral("rule"));
    dropUnresolved(&content.symptoms, QStringLiteral("symptom"));

    mergeInPlace(&m_fixes, content.fixes);
    mergeInPlace(&m_symptoms, content.symptoms);
    for (Rule &rule : content.rules) {
        rule.fromExtraFile = true;
        if (rule.priority == kPriorityAbsent)
            rule.priority = 1000;
    }
    // Rules and providers go in front of the loaded ones once the last file
    // is read (mergePending()): a later file's record with the same id wins.
    pending->rules.append(std::move(content.rules));
    pending->providers.append(std::move(content.providers));
    content = RuleFileContent(); // what is left of the records was moved: free it
    if (errors)
        errors->append(found);
    return found.isEmpty();
}

bool RuleSet::loadFile(const QString &path, QList<RuleError> *errors)
{
    return loadFiles({ path }, errors);
}

bool RuleSet::loadFiles(const QStringList &paths, QList<RuleError> *errors)
{
    if (paths.isEmpty())
        return true; // and the rules stay shared with the set this one was copied from
    // Reading a file touches no RuleSet: every other file is read on a
    // second thread. They are merged in the order given, each checked
    // against the fixes of the ones before it.
    std::vector<ExtraFile> read(size_t(paths.size()));
    std::vector<QByteArray> keys(size_t(paths.size()));
    // Bytes that cannot be read twice (a pipe): held from the first pass,
    // even when there were none, never read again (a pipe reopened waits
    // for a writer that is gone).
    std::vector<QByteArray> held(size_t(paths.size()));
    std::vector<char> once(size_t(paths.size()), 0);
    const auto onBothThreads = [&paths](const auto &work) {
        std::future<void> odd;
        if (paths.size() > 1)
            odd = std::async(std::launch::async, work, 1);
        work(0);
        if (odd.valid())
            odd.get();
    };
    // First every file's key: its bytes hashed as they are read, not held.
    onBothThreads([&](qsizetype first) {
        for (qsizetype i = first; i < paths.size(); i += 2) {
            QFile file(paths.at(i));
            if (!file.open(QIODevice::ReadOnly)) {
                read[size_t(i)].errors.append(
                    RuleError { paths.at(i), 0, QString(), file.errorString(), QString() });
                continue;
            }
            QByteArray &bytes = held[size_t(i)];
            QBuffer buffer(&bytes);
            if (file.isSequential()) {
                bytes = file.readAll();
                once[size_t(i)] = 1;
                buffer.open(QIODevice::ReadOnly);
            }
            keys[size_t(i)]
                = RuleCache::keyOf(file.isSequential() ? static_cast<QIODevice *>(&buffer) : &file);
        }
    });
    // With the prefilter of these files' rules kept, their images' literals
    // are not needed (MatchIndex reads the prefilter).
    const QByteArray layer = RuleCache::layerKeyOf(QList<QByteArray>(keys.begin(), keys.end()));
    const bool withLiterals = !RuleCache::hasLayer(layer);
    // Then the records: a file read before without an error is mapped as the
    // image kept of it; any other is read and checked.
    onBothThreads([&](qsizetype first) {
        StringPool pool;
        for (qsizetype i = first; i < paths.size(); i += 2) {
            ExtraFile &extra = read[size_t(i)];
            if (!extra.errors.isEmpty()
                || RuleCache::read(paths.at(i), keys[size_t(i)], &extra.content, withLiterals))
                continue;
            QByteArray json = std::move(held[size_t(i)]);
            QFile file(paths.at(i));
            if (!once[size_t(i)] && file.open(QIODevice::ReadOnly))
                json = file.readAll();
            readExtra(json, paths.at(i), &extra, &pool);
            if (extra.errors.isEmpty())
                RuleCache::write(paths.at(i), keys[size_t(i)], extra.content);
        }
    });
    bool good = true;
    RuleFileContent pending;
    // Reserved at once: growing by appending would hold the old and the new
    // array of records (megabytes with many files) and keep the slack.
    qsizetype rules = 0;
    for (const ExtraFile &file : read)
        rules += file.content.rules.size();
    pending.rules.reserve(rules);
    for (ExtraFile &file : read)
        good = mergeExtra(std::move(file), &pending, errors) && good;
    // Merging, sorting by priority and building the prefilter cost more than
    // reading a file: once for all of them.
    mergePending(std::move(pending), layer);
    return good;
}

const Rule *RuleSet::match(const QString &normalizedText, const QString &status, std::optional<int> replyCode,
    const QString &answeredBy) const
{
    // Who answered is looked up only when a provider's own rule matched.
    std::optional<QString> replyFrom;
    QVarLengthArray<char, 1024> marks(m_index->patternCount());
    m_index->candidates(normalizedText, marks.data());
    const QString text = replaceLoneSurrogates(normalizedText);
    // Only rules with a candidate pattern, in their order: the marks are
    // scanned, not every rule (a large set has thousands, and a bounce makes
    // a few dozen of them candidates).
    const char *const begin = marks.constData();
    const char *const end = begin + marks.size();
    for (const char *at = begin; at < end;) {
        at = static_cast<const char *>(std::memchr(at, 1, size_t(end - at)));
        if (!at)
            break;
        const int r = m_index->m_patternRule[size_t(at - begin)];
        const Rule &rule = m_rules.at(r);
        const char *ruleMarks = begin + m_index->m_ruleFirst[size_t(r)];
        at = ruleMarks + rule.patterns.size(); // the next rule's first pattern
        if (!status.isEmpty() && !rule.statuses.isEmpty() && !rule.statuses.contains(status))
            continue;
        if (replyCode && !rule.replyCodes.isEmpty() && !rule.replyCodes.contains(*replyCode))
            continue;
        const std::size_t first = std::size_t(m_index->m_ruleFirst[size_t(r)]);
        for (qsizetype p = 0; p < rule.patterns.size(); ++p) {
            if (!ruleMarks[p] || !found(m_index->compiled(first + std::size_t(p), rule.patterns.at(p)), text))
                continue;
            if (rule.fromProviderOnly) {
                if (!replyFrom)
                    replyFrom = detectProvider(answeredBy);
                if (rule.provider != *replyFrom)
                    break;
            }
            return &rule;
        }
    }
    return nullptr;
}

QString RuleSet::detectProvider(const QString &haystack) const
{
    const LiteralPrefilter &prefilter = m_index->m_providers;
    QVarLengthArray<char, 512> marks(prefilter.patternCount());
    prefilter.candidates(haystack, marks.data());
    const QString text = replaceLoneSurrogates(haystack);
    QString software; // the first mail program or panel found, if no operator is
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        const Provider &provider = m_providers.at(i);
        if (provider.software && !software.isEmpty())
            continue;
        const char *providerMarks = marks.constData() + m_index->m_providerFirst[size_t(i)];
        for (qsizetype p = 0; p < provider.patterns.size(); ++p) {
            if (providerMarks[p] && found(provider.patterns.at(p), text)) {
                if (!provider.software)
                    return provider.id;
                software = provider.id;
                break;
            }
        }
    }
    return software;
}

const Rule *RuleSet::rule(const QString &id) const
{
    const qsizetype at = indexOf(m_rules, id);
    return at < 0 ? nullptr : &m_rules.at(at);
}

const Rule *RuleSet::genericRule(const QString &reason) const
{
    const int at = m_index->m_genericByReason.value(reason, -1);
    return at < 0 ? nullptr : &m_rules.at(at);
}

const FixText *RuleSet::fix(const QString &id) const
{
    const qsizetype at = indexOf(m_fixes, id);
    return at < 0 ? nullptr : &m_fixes.at(at);
}

const Symptom *RuleSet::symptom(const QString &id) const
{
    const qsizetype at = indexOf(m_symptoms, id);
    return at < 0 ? nullptr : &m_symptoms.at(at);
}

const Provider *RuleSet::provider(const QString &id) const
{
    const qsizetype at = indexOf(m_providers, id);
    return at < 0 ? nullptr : &m_providers.at(at);
}

void RuleSet::rebuildIndex(RulePrefilters *prebuilt, const std::vector<int> *origin, const QByteArray &layer)
{
    // Sorted by index, then put in place by swaps: std::stable_sort on the
    // rules themselves would take a second array of them (megabytes with a
    // large set of extra files).
    std::vector<qsizetype> order(size_t(m_rules.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype x, qsizetype y) {
        const Rule &a = m_rules.at(x);
        const Rule &b = m_rules.at(y);
        return a.priority != b.priority ? a.priority > b.priority : a.fromExtraFile && !b.fromExtraFile;
    });
    bool sorted = true;
    for (size_t i = 0; i < order.size() && sorted; ++i)
        sorted = order[i] == qsizetype(i);
    std::vector<int> was; // rule i here was rule was[i] in m_index (-1: new)
    if (origin) {
        was.reserve(order.size());
        for (const qsizetype from : order)
            was.push_back((*origin)[size_t(from)]);
    }
    if (!sorted) {
        // Position i takes the rule at order[i]; follow each cycle once.
        for (size_t start = 0; start < order.size(); ++start) {
            size_t i = start;
            while (order[i] != qsizetype(start) && order[i] >= 0) {
                const size_t next = size_t(order[i]);
                m_rules.swapItemsAt(qsizetype(i), qsizetype(next));
                order[i] = -1;
                i = next;
            }
            order[i] = -1;
        }
    }
    if (origin)
        m_index = std::make_shared<MatchIndex>(m_rules, m_providers, *m_index, was, layer);
    else if (prebuilt && sorted)
        m_index = std::make_shared<MatchIndex>(
            m_rules, m_providers, std::move(prebuilt->rules), std::move(prebuilt->providers));
    else
        m_index = std::make_shared<MatchIndex>(m_rules, m_providers);
}

const LiteralPrefilter *RuleSet::rulePrefilter() const
{
    return m_index->rulePrefilter();
}

const LiteralPrefilter &RuleSet::providerPrefilter() const
{
    return m_index->m_providers;
}

} // namespace MailMedic
