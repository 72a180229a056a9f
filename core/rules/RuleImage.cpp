// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The rule set as a compact image: what the build embeds instead of the JSON
// files, so that a start parses and checks nothing. Reading it makes no copy
// of a text: strings point into the image (the embedded resource, mapped with
// the program), so the texts of rules that never match are never even paged
// in.
//
// Layout, every number a little-endian 32-bit word:
//   header    magic, format, string count, UTF-16 units, UTF-8 bytes, words
//   strings   (offset, length) into the UTF-16 pool, per string; string 0 is ""
//   utf16     every string once, each followed by a NUL; padded to 4 bytes
//   utf8      the localized texts (LocalizedText::packed()); padded to 4 bytes
//   words     the records, in the order RuleSet keeps them, as written below
#include "rules/LiteralPrefilter.h"
#include "rules/RuleFile.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QHash>
#include <QSysInfo>
#include <QtEndian>

#include <cstring>

#include <type_traits>

namespace MailMedic {

namespace {

constexpr quint32 kMagic = 0x4d4d5249; // "MMRI"
// Raise when the layout or a record's fields change.
constexpr quint32 kFormat = 1;
constexpr int kHeaderWords = 6;

class ImageWriter
{
public:
    ImageWriter()
    {
        m_strings.append({ 0, 0 });
        m_utf16.push_back(char16_t(0));
    }

    void word(quint32 value) { m_words.push_back(value); }
    void number(int value) { word(quint32(value)); }
    void flag(bool value) { word(value ? 1 : 0); }

    void string(const QString &value)
    {
        if (value.isEmpty()) {
            word(0);
            return;
        }
        quint32 &id = m_ids[value];
        if (id == 0) {
            id = quint32(m_strings.size());
            m_strings.append({ quint32(m_utf16.size()), quint32(value.size()) });
            for (const QChar c : value)
                m_utf16.push_back(c.unicode());
            m_utf16.push_back(char16_t(0));
        }
        word(id);
    }

    void list(const QStringList &values)
    {
        word(quint32(values.size()));
        for (const QString &value : values)
            string(value);
    }

    void text(const LocalizedText &value)
    {
        const QByteArray packed = value.packed();
        word(quint32(m_utf8.size()));
        word(quint32(packed.size()));
        m_utf8.append(packed);
    }

    QByteArray finish() const
    {
        QByteArray image;
        const auto append = [&image](quint32 value) {
            const quint32 le = qToLittleEndian(value);
            image.append(reinterpret_cast<const char *>(&le), sizeof le);
        };
        const auto pad = [&image] {
            while (image.size() % 4)
                image.append('\0');
        };
        for (const quint32 value : { kMagic, kFormat, quint32(m_strings.size()), quint32(m_utf16.size()),
                 quint32(m_utf8.size()), quint32(m_words.size()) })
            append(value);
        for (const auto &string : m_strings) {
            append(string.first);
            append(string.second);
        }
        for (const char16_t unit : m_utf16) {
            const char16_t le = qToLittleEndian(unit);
            image.append(reinterpret_cast<const char *>(&le), sizeof le);
        }
        pad();
        image.append(m_utf8);
        pad();
        for (const quint32 value : m_words)
            append(value);
        return image;
    }

private:
    QHash<QString, quint32> m_ids;
    QList<QPair<quint32, quint32>> m_strings;
    std::vector<char16_t> m_utf16;
    QByteArray m_utf8;
    std::vector<quint32> m_words;
};

class ImageReader
{
public:
    // False when the bytes are not an image of this format.
    bool open(const QByteArray &image)
    {
        const char *data = image.constData();
        const qsizetype size = image.size();
        if (size < kHeaderWords * 4)
            return false;
        quint32 header[kHeaderWords];
        for (int i = 0; i < kHeaderWords; ++i)
            header[i] = qFromLittleEndian<quint32>(data + 4 * i);
        if (header[0] != kMagic || header[1] != kFormat)
            return false;
        const qint64 strings = header[2];
        const qint64 utf16 = header[3];
        const qint64 utf8 = header[4];
        const qint64 words = header[5];
        const qint64 tableAt = kHeaderWords * 4;
        const qint64 utf16At = tableAt + 8 * strings;
        const qint64 utf8At = (utf16At + 2 * utf16 + 3) / 4 * 4;
        const qint64 wordsAt = (utf8At + utf8 + 3) / 4 * 4;
        if (strings < 1 || wordsAt + 4 * words != qint64(size))
            return false;
        const char *units = data + utf16At;
        // The image keeps little-endian UTF-16: used in place when this
        // machine reads it so and the resource is aligned for it.
        const bool inPlace = QSysInfo::ByteOrder == QSysInfo::LittleEndian
            && reinterpret_cast<quintptr>(units) % alignof(char16_t) == 0;
        m_strings.reserve(qsizetype(strings));
        for (qint64 i = 0; i < strings; ++i) {
            const quint32 offset = qFromLittleEndian<quint32>(data + tableAt + 8 * i);
            const quint32 length = qFromLittleEndian<quint32>(data + tableAt + 8 * i + 4);
            if (qint64(offset) + length >= utf16)
                return false;
            if (length == 0) {
                m_strings.append(QString());
            } else if (inPlace) {
                m_strings.append(
                    QString::fromRawData(reinterpret_cast<const QChar *>(units) + offset, qsizetype(length)));
            } else {
                QString copy;
                copy.reserve(int(length));
                for (quint32 c = 0; c < length; ++c)
                    copy.append(QChar(qFromLittleEndian<quint16>(units + 2 * (offset + c))));
                m_strings.append(copy);
            }
        }
        m_utf8 = data + utf8At;
        m_utf8Size = utf8;
        m_words = data + wordsAt;
        m_wordCount = words;
        return true;
    }

    bool good() const { return m_good; }
    bool atEnd() const { return m_at == m_wordCount; }

    quint32 word()
    {
        if (m_at >= m_wordCount) {
            m_good = false;
            return 0;
        }
        return qFromLittleEndian<quint32>(m_words + 4 * m_at++);
    }
    int number() { return int(word()); }
    bool flag() { return word() != 0; }
    // A count of what follows: no more than the words left.
    qsizetype count()
    {
        const quint32 n = word();
        if (n > m_wordCount - m_at) {
            m_good = false;
            return 0;
        }
        return qsizetype(n);
    }

    QString string()
    {
        const quint32 index = word();
        if (index >= quint32(m_strings.size())) {
            m_good = false;
            return QString();
        }
        return m_strings.at(qsizetype(index));
    }

    // Lists repeat (["recipient-address"], a rule's fixes): each distinct one
    // is made once and shared, found by its words in the image.
    QStringList list()
    {
        const qint64 at = m_at;
        const qsizetype n = count();
        if (n == 0)
            return QStringList();
        const QByteArray key = QByteArray::fromRawData(m_words + 4 * at, int(4 * (n + 1)));
        const auto known = m_lists.constFind(key);
        if (known != m_lists.constEnd() && m_good) {
            m_at += n;
            return *known;
        }
        QStringList values;
        values.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            values.append(string());
        if (m_good)
            m_lists.insert(key, values);
        return values;
    }

    LocalizedText text()
    {
        const quint32 offset = word();
        const quint32 size = word();
        if (qint64(offset) + size > m_utf8Size) {
            m_good = false;
            return LocalizedText();
        }
        return LocalizedText::fromPacked(QByteArray::fromRawData(m_utf8 + offset, qsizetype(size)));
    }

private:
    QList<QString> m_strings;
    QHash<QByteArray, QStringList> m_lists;
    const char *m_utf8 = nullptr;
    qint64 m_utf8Size = 0;
    const char *m_words = nullptr;
    qint64 m_wordCount = 0;
    qint64 m_at = 0;
    bool m_good = true;
};

// Each record's fields, written and read in the same order.
template<typename Pattern>
void put(ImageWriter &out, const QList<Pattern> &patterns, const QList<QStringList> &literals)
{
    out.word(quint32(patterns.size()));
    for (qsizetype p = 0; p < patterns.size(); ++p) {
        out.string(patterns.at(p).pattern());
        out.list(p < literals.size() ? literals.at(p)
                                     : LiteralPrefilter::requiredLiterals(patterns.at(p).pattern()));
    }
}

// A rule's patterns stay text until first used; a provider's (a few hundred,
// tried on every bounce's host names) are made at once.
template<typename Pattern> void get(ImageReader &in, QList<Pattern> *patterns, QList<QStringList> *literals)
{
    const qsizetype n = in.count();
    patterns->reserve(n);
    literals->reserve(n);
    for (qsizetype p = 0; p < n && in.good(); ++p) {
        if constexpr (std::is_same_v<Pattern, RulePattern>)
            patterns->append(RulePattern(in.string()));
        else
            patterns->append(compileRulePattern(in.string()));
        literals->append(in.list());
    }
}

void put(ImageWriter &out, const Rule &rule)
{
    out.string(rule.id);
    out.string(rule.reason);
    out.string(rule.provider);
    put(out, rule.patterns, rule.literals);
    out.list(rule.statuses);
    out.word(quint32(rule.replyCodes.size()));
    for (const int code : rule.replyCodes)
        out.number(code);
    out.flag(rule.codeOnly);
    out.flag(rule.fromProviderOnly);
    out.list(rule.topics);
    out.list(rule.probes);
    out.text(rule.title);
    out.text(rule.explanation);
    out.list(rule.fixes);
    out.number(rule.priority);
    out.string(rule.source);
    out.flag(rule.fallback);
    out.flag(rule.fromExtraFile);
    out.string(rule.sourceFile);
    out.number(rule.line);
}

void get(ImageReader &in, Rule *rule)
{
    rule->id = in.string();
    rule->reason = in.string();
    rule->provider = in.string();
    get(in, &rule->patterns, &rule->literals);
    rule->statuses = in.list();
    const qsizetype codes = in.count();
    for (qsizetype i = 0; i < codes; ++i)
        rule->replyCodes.append(in.number());
    rule->codeOnly = in.flag();
    rule->fromProviderOnly = in.flag();
    rule->topics = in.list();
    rule->probes = in.list();
    rule->title = in.text();
    rule->explanation = in.text();
    rule->fixes = in.list();
    rule->priority = in.number();
    rule->source = in.string();
    rule->fallback = in.flag();
    rule->fromExtraFile = in.flag();
    rule->sourceFile = in.string();
    rule->line = in.number();
}

void put(ImageWriter &out, const FixText &fix)
{
    out.string(fix.id);
    out.text(fix.text);
    out.string(fix.link);
    out.flag(fix.whileRetrying);
    out.string(fix.sourceFile);
    out.number(fix.line);
}

void get(ImageReader &in, FixText *fix)
{
    fix->id = in.string();
    fix->text = in.text();
    fix->link = in.string();
    fix->whileRetrying = in.flag();
    fix->sourceFile = in.string();
    fix->line = in.number();
}

void put(ImageWriter &out, const Symptom &symptom)
{
    out.string(symptom.id);
    out.text(symptom.title);
    out.text(symptom.description);
    out.list(symptom.questions);
    out.list(symptom.probes);
    out.list(symptom.topics);
    out.list(symptom.fixes);
    out.string(symptom.sourceFile);
    out.number(symptom.line);
}

void get(ImageReader &in, Symptom *symptom)
{
    symptom->id = in.string();
    symptom->title = in.text();
    symptom->description = in.text();
    symptom->questions = in.list();
    symptom->probes = in.list();
    symptom->topics = in.list();
    symptom->fixes = in.list();
    symptom->sourceFile = in.string();
    symptom->line = in.number();
}

void put(ImageWriter &out, const Provider &provider)
{
    out.string(provider.id);
    out.string(provider.name);
    put(out, provider.patterns, provider.literals);
    out.string(provider.spfInclude);
    out.flag(provider.software);
    out.string(provider.sourceFile);
    out.number(provider.line);
}

void get(ImageReader &in, Provider *provider)
{
    provider->id = in.string();
    provider->name = in.string();
    get(in, &provider->patterns, &provider->literals);
    provider->spfInclude = in.string();
    provider->software = in.flag();
    provider->sourceFile = in.string();
    provider->line = in.number();
}

template<typename T> void putAll(ImageWriter &out, const QList<T> &records)
{
    out.word(quint32(records.size()));
    for (const T &record : records)
        put(out, record);
}

template<typename T> QList<T> getAll(ImageReader &in)
{
    const qsizetype n = in.count();
    QList<T> records;
    records.reserve(n);
    for (qsizetype i = 0; i < n && in.good(); ++i) {
        T record;
        get(in, &record);
        records.append(std::move(record));
    }
    return records;
}

} // namespace

int ruleImageFormat()
{
    return int(kFormat);
}

LocalizedText LocalizedText::fromPacked(const QByteArray &packed)
{
    LocalizedText text;
    text.m_utf8 = packed;
    return text;
}

QByteArray writeRuleImage(const RuleFileContent &content, int extraRules, int extraProviders)
{
    ImageWriter out;
    putAll(out, content.rules);
    putAll(out, content.fixes);
    putAll(out, content.symptoms);
    putAll(out, content.providers);
    out.number(extraRules);
    out.number(extraProviders);
    return out.finish();
}

bool readRuleImage(const QByteArray &image, RuleFileContent *content, int *extraRules, int *extraProviders)
{
    ImageReader in;
    if (!in.open(image))
        return false;
    RuleFileContent read;
    read.rules = getAll<Rule>(in);
    read.fixes = getAll<FixText>(in);
    read.symptoms = getAll<Symptom>(in);
    read.providers = getAll<Provider>(in);
    const int rules = in.number();
    const int providers = in.number();
    if (!in.good() || !in.atEnd() || rules < 0 || rules > read.rules.size() || providers < 0
        || providers > read.providers.size())
        return false;
    *content = std::move(read);
    if (extraRules)
        *extraRules = rules;
    if (extraProviders)
        *extraProviders = providers;
    return true;
}

QByteArray RuleSet::toImage() const
{
    return writeRuleImage(
        RuleFileContent { m_rules, m_fixes, m_symptoms, m_providers }, m_extraRules, m_extraProviders);
}

bool RuleSet::fromImage(const QByteArray &image, RuleSet *set, QString *error)
{
    RuleFileContent content;
    RuleSet read;
    if (!readRuleImage(image, &content, &read.m_extraRules, &read.m_extraProviders)) {
        if (error)
            *error = QCoreApplication::translate("RuleFile", "not a rule image of this MailMedic version");
        return false;
    }
    read.m_rules = std::move(content.rules);
    read.m_fixes = std::move(content.fixes);
    read.m_symptoms = std::move(content.symptoms);
    read.m_providers = std::move(content.providers);
    read.rebuildIndex();
    *set = std::move(read);
    return true;
}

} // namespace MailMedic
