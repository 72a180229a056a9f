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
//   header    magic, format, string count, UTF-16 units, text bytes, words,
//             flags (1: the image keeps its prefilters, below)
//   strings   (offset, length) into the UTF-16 pool, per string; string 0 is ""
//   utf16     every string once, each followed by a NUL; first those a start
//             reads (ids, literals, codes), then those only a match or a
//             report reads (patterns, file names); padded to 4 bytes
//   texts     the localized texts as UTF-8: all English ones, then all Dutch
//             ones, then all Russian ones, so a run in one language pages in
//             only that language's texts; a rule's source (English only) is
//             one of them, next to the rule's title and explanation; padded to
//             4 bytes
//   words     the records, in the order RuleSet keeps them, as written below;
//             a localized text is three (offset, size) pairs, one per
//             language, each offset counted from the pair's record; then, in
//             an image of a whole RuleSet (the built-in one), the literal
//             prefilters of its rules and providers
//             (LiteralPrefilter::save()), so that a start builds no automaton
#include "rules/LiteralPrefilter.h"
#include "rules/RuleFile.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QHash>
#include <QSysInfo>
#include <QtEndian>
#include <QVector>

#include <cstring>

#include <array>
#include <type_traits>

namespace MailMedic {

namespace {

constexpr quint32 kMagic = 0x4d4d5249; // "MMRI"
// Raise when the layout or a record's fields change.
constexpr quint32 kFormat = 6;
constexpr int kHeaderWords = 7;
constexpr quint32 kKeepsPrefilters = 1;

constexpr int kLanguages = 3; // en, nl, ru: LocalizedText's parts
static_assert(LocalizedText::kImageRecordSize == 8 * kLanguages);

// Whether a start reads a string (an id, a literal, a status code) or only a
// match or a report does (a pattern, a source): the two are kept apart so the
// second kind is paged in only where it is used.
enum class Read { AtStart, WhenUsed };

class ImageWriter
{
public:
    ImageWriter() { m_strings.append({ QString(), true }); }

    void word(quint32 value) { m_words.push_back(value); }
    void number(int value) { word(quint32(value)); }
    void flag(bool value) { word(value ? 1 : 0); }

    void string(const QString &value, Read read = Read::AtStart)
    {
        if (value.isEmpty()) {
            word(0);
            return;
        }
        quint32 &id = m_ids[value];
        if (id == 0) {
            id = quint32(m_strings.size());
            m_strings.append({ value, false });
        }
        if (read == Read::AtStart)
            m_strings[id].atStart = true;
        word(id);
    }

    void list(const QStringList &values)
    {
        word(quint32(values.size()));
        for (const QString &value : values)
            string(value);
    }

    // A prefilter's array: its size, then its elements as little-endian
    // bytes, padded to a word.
    template<typename T> void array(const LiteralPrefilter::Array<T> &values)
    {
        word(quint32(values.size));
        std::vector<uchar> bytes((values.size * sizeof(T) + 3) / 4 * 4, 0);
        for (std::size_t i = 0; i < values.size; ++i)
            qToLittleEndian<T>(values[i], bytes.data() + i * sizeof(T));
        for (std::size_t at = 0; at < bytes.size(); at += 4)
            word(qFromLittleEndian<quint32>(bytes.data() + at));
    }

    void text(const LocalizedText &value)
    {
        TextRecord record;
        record.word = m_words.size();
        for (int lang = 0; lang < kLanguages; ++lang) {
            const QByteArray utf8 = value.utf8(lang);
            record.offset[lang] = quint32(m_texts[lang].size());
            m_texts[lang].append(utf8);
            word(0); // the offset, known when the layout is (finish())
            word(quint32(utf8.size()));
        }
        m_records.push_back(record);
    }

    // Set before the records are written: the image keeps the prefilters,
    // so its readers need not make the records' literals.
    void keepPrefilters() { m_flags |= kKeepsPrefilters; }

    QByteArray finish()
    {
        // Where each string goes: first those a start reads.
        std::vector<QPair<quint32, quint32>> table(m_strings.size());
        std::vector<char16_t> utf16 { char16_t(0) };
        for (const bool atStart : { true, false }) {
            for (qsizetype i = 1; i < m_strings.size(); ++i) {
                if (m_strings.at(i).atStart != atStart)
                    continue;
                const QString &value = m_strings.at(i).value;
                table[i] = { quint32(utf16.size()), quint32(value.size()) };
                for (const QChar c : value)
                    utf16.push_back(c.unicode());
                utf16.push_back(char16_t(0));
            }
        }
        const auto aligned = [](qint64 at) { return (at + 3) / 4 * 4; };
        const qint64 textsAt
            = aligned(4 * kHeaderWords + 8 * qint64(table.size()) + 2 * qint64(utf16.size()));
        std::array<qint64, kLanguages> regionAt {};
        qint64 textBytes = 0;
        for (int lang = 0; lang < kLanguages; ++lang) {
            regionAt[lang] = textsAt + textBytes;
            textBytes += m_texts[lang].size();
        }
        const qint64 wordsAt = aligned(textsAt + textBytes);
        for (const TextRecord &record : m_records) {
            const qint64 recordAt = wordsAt + 4 * qint64(record.word);
            for (int lang = 0; lang < kLanguages; ++lang)
                m_words[record.word + 2 * lang]
                    = quint32(qint32(regionAt[lang] + record.offset[lang] - recordAt));
        }

        QByteArray image;
        const auto append = [&image](quint32 value) {
            const quint32 le = qToLittleEndian(value);
            image.append(reinterpret_cast<const char *>(&le), sizeof le);
        };
        const auto pad = [&image] {
            while (image.size() % 4)
                image.append('\0');
        };
        for (const quint32 value : { kMagic, kFormat, quint32(table.size()), quint32(utf16.size()),
                 quint32(aligned(textBytes)), quint32(m_words.size()), m_flags })
            append(value);
        for (const auto &entry : table) {
            append(entry.first);
            append(entry.second);
        }
        for (const char16_t unit : utf16) {
            const char16_t le = qToLittleEndian(unit);
            image.append(reinterpret_cast<const char *>(&le), sizeof le);
        }
        pad();
        for (const QByteArray &region : m_texts)
            image.append(region);
        pad();
        Q_ASSERT(image.size() == wordsAt);
        for (const quint32 value : m_words)
            append(value);
        return image;
    }

private:
    struct StringEntry
    {
        QString value;
        bool atStart = false;
    };
    struct TextRecord
    {
        size_t word = 0; // the record's first word
        std::array<quint32, kLanguages> offset {}; // in each language's region
    };
    QHash<QString, quint32> m_ids;
    QList<StringEntry> m_strings;
    std::array<QByteArray, kLanguages> m_texts;
    std::vector<TextRecord> m_records;
    std::vector<quint32> m_words;
    quint32 m_flags = 0;
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
        const qint64 texts = header[4];
        const qint64 words = header[5];
        m_keepsPrefilters = (header[6] & kKeepsPrefilters) != 0;
        const qint64 tableAt = kHeaderWords * 4;
        const qint64 utf16At = tableAt + 8 * strings;
        const qint64 textsAt = (utf16At + 2 * utf16 + 3) / 4 * 4;
        const qint64 wordsAt = (textsAt + texts + 3) / 4 * 4;
        if (strings < 1 || wordsAt + 4 * words != qint64(size))
            return false;
        m_table = data + tableAt;
        m_stringCount = strings;
        m_units = data + utf16At;
        // The image keeps little-endian UTF-16: used in place when this
        // machine reads it so and the resource is aligned for it.
        m_inPlace = QSysInfo::ByteOrder == QSysInfo::LittleEndian
            && reinterpret_cast<quintptr>(m_units) % alignof(char16_t) == 0;
        for (qint64 i = 0; i < strings; ++i) {
            const quint32 offset = qFromLittleEndian<quint32>(m_table + 8 * i);
            const quint32 length = qFromLittleEndian<quint32>(m_table + 8 * i + 4);
            if (qint64(offset) + length >= utf16)
                return false;
        }
        m_texts = data + textsAt;
        m_textsSize = texts;
        m_words = data + wordsAt;
        m_wordCount = words;
        return true;
    }

    bool good() const { return m_good; }
    bool atEnd() const { return m_at == m_wordCount; }
    bool keepsPrefilters() const { return m_keepsPrefilters; }
    // Whether records' literals are skipped: the image keeps the prefilters
    // built of them, or the reader was told a kept one covers its rules.
    bool skipsLiterals() const { return m_keepsPrefilters || m_skipLiterals; }
    void skipLiterals() { m_skipLiterals = true; }

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
        if (index >= quint64(m_stringCount)) {
            m_good = false;
            return QString();
        }
        // Qt 6 makes a string over the image without allocating: made on
        // each use. Qt 5 allocates for each, and a copy is a copy: made once.
        if (m_inPlace && QT_VERSION >= QT_VERSION_CHECK(6, 0, 0))
            return made(index);
        if (m_made.isEmpty())
            m_made.resize(qsizetype(m_stringCount));
        QString &known = m_made[qsizetype(index)];
        if (known.isNull())
            known = made(index);
        return known;
    }

    void skipList()
    {
        const qsizetype n = count();
        m_at += n;
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

    // Where a prefilter's array is in the image (see ImageWriter::array()):
    // in place when this machine reads the image's byte order and the words
    // are aligned, else an empty array (the caller builds the prefilter).
    template<typename T> bool array(LiteralPrefilter::Array<T> *values)
    {
        const quint32 size = word();
        const qint64 words = (qint64(size) * qint64(sizeof(T)) + 3) / 4;
        if (!m_good || words > m_wordCount - m_at) {
            m_good = false;
            return false;
        }
        const char *at = m_words + 4 * m_at;
        m_at += words;
        *values = arraysInPlace() ? LiteralPrefilter::Array<T> { reinterpret_cast<const T *>(at), size }
                                  : LiteralPrefilter::Array<T> {};
        return true;
    }
    bool arraysInPlace() const
    {
        return QSysInfo::ByteOrder == QSysInfo::LittleEndian && reinterpret_cast<quintptr>(m_words) % 4 == 0;
    }

    LocalizedText text()
    {
        constexpr int words = LocalizedText::kImageRecordSize / 4;
        if (m_at + words > m_wordCount) {
            m_good = false;
            m_at = m_wordCount;
            return LocalizedText();
        }
        const char *record = m_words + 4 * m_at;
        for (int lang = 0; lang < kLanguages; ++lang) {
            const qint64 at = (record - m_texts) + qint32(word());
            const quint32 size = word();
            if (at < 0 || at + size > m_textsSize) {
                m_good = false;
                return LocalizedText();
            }
        }
        return LocalizedText::fromImageRecord(
            QByteArray::fromRawData(record, LocalizedText::kImageRecordSize));
    }

private:
    QString made(quint32 index) const
    {
        const quint32 offset = qFromLittleEndian<quint32>(m_table + 8 * qint64(index));
        const quint32 length = qFromLittleEndian<quint32>(m_table + 8 * qint64(index) + 4);
        if (length == 0)
            return QString();
        if (m_inPlace)
            return QString::fromRawData(reinterpret_cast<const QChar *>(m_units) + offset, qsizetype(length));
        QString copy;
        copy.reserve(int(length));
        for (quint32 c = 0; c < length; ++c)
            copy.append(QChar(qFromLittleEndian<quint16>(m_units + 2 * (qint64(offset) + c))));
        return copy;
    }

    bool m_keepsPrefilters = false;
    bool m_skipLiterals = false;
    const char *m_table = nullptr; // (offset, length) per string
    qint64 m_stringCount = 0;
    const char *m_units = nullptr; // UTF-16
    bool m_inPlace = false;
    QVector<QString> m_made; // when strings are copied or allocate (Qt 5)
    QHash<QByteArray, QStringList> m_lists;
    const char *m_texts = nullptr;
    qint64 m_textsSize = 0;
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
        // A rule's pattern is read when a text first gets through to it; a
        // provider's is compiled at start (see get()).
        out.string(
            patterns.at(p).pattern(), std::is_same_v<Pattern, RulePattern> ? Read::WhenUsed : Read::AtStart);
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
    if (!in.skipsLiterals())
        literals->reserve(n);
    for (qsizetype p = 0; p < n && in.good(); ++p) {
        if constexpr (std::is_same_v<Pattern, RulePattern>)
            patterns->append(RulePattern(in.string()));
        else
            patterns->append(compileRulePattern(in.string()));
        // Only an index built anew needs them: one that keeps its
        // prefilters has none to build (RuleSet works them out of the
        // patterns when extra files make it build one after all).
        if (in.skipsLiterals())
            in.skipList();
        else
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
    out.text(rule.source);
    out.flag(rule.fallback);
    out.flag(rule.fromExtraFile);
    out.string(rule.sourceFile, Read::WhenUsed);
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
    rule->source = in.text();
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
    out.string(fix.sourceFile, Read::WhenUsed);
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
    out.string(symptom.sourceFile, Read::WhenUsed);
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
    out.string(provider.sourceFile, Read::WhenUsed);
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

LocalizedText LocalizedText::fromImageRecord(const QByteArray &record)
{
    Q_ASSERT(record.size() == kImageRecordSize);
    LocalizedText text;
    text.m_utf8 = record;
    text.m_imageRecord = true;
    return text;
}

QByteArray writeRuleImage(const RuleFileContent &content, int extraRules, int extraProviders,
    const LiteralPrefilter *rulePrefilter, const LiteralPrefilter *providerPrefilter)
{
    ImageWriter out;
    if (rulePrefilter && providerPrefilter)
        out.keepPrefilters();
    putAll(out, content.rules);
    putAll(out, content.fixes);
    putAll(out, content.symptoms);
    putAll(out, content.providers);
    out.number(extraRules);
    out.number(extraProviders);
    if (rulePrefilter && providerPrefilter) { // the header says so (keepPrefilters())
        rulePrefilter->save(out);
        providerPrefilter->save(out);
    }
    return out.finish();
}

namespace {

template<typename T> int patternCount(const QList<T> &records)
{
    int count = 0;
    for (const T &record : records)
        count += int(record.patterns.size());
    return count;
}

} // namespace

bool readRuleImage(const QByteArray &image, RuleFileContent *content, int *extraRules, int *extraProviders,
    std::optional<RulePrefilters> *prefilters, bool withLiterals)
{
    ImageReader in;
    if (!in.open(image))
        return false;
    if (!withLiterals)
        in.skipLiterals();
    RuleFileContent read;
    read.rules = getAll<Rule>(in);
    read.fixes = getAll<FixText>(in);
    read.symptoms = getAll<Symptom>(in);
    read.providers = getAll<Provider>(in);
    const int rules = in.number();
    const int providers = in.number();
    std::optional<RulePrefilters> kept;
    if (in.keepsPrefilters()) {
        RulePrefilters loaded;
        // Both read, to reach the end, even when the first cannot be used.
        const bool forRules = LiteralPrefilter::load(in, &loaded.rules);
        const bool forProviders = LiteralPrefilter::load(in, &loaded.providers);
        if (in.arraysInPlace()) {
            if (!forRules || !forProviders || loaded.rules.patternCount() != patternCount(read.rules)
                || loaded.providers.patternCount() != patternCount(read.providers))
                return false; // damaged
            kept = std::move(loaded);
        }
    }
    if (!in.good() || !in.atEnd() || rules < 0 || rules > read.rules.size() || providers < 0
        || providers > read.providers.size())
        return false;
    *content = std::move(read);
    if (extraRules)
        *extraRules = rules;
    if (extraProviders)
        *extraProviders = providers;
    if (prefilters)
        *prefilters = std::move(kept);
    return true;
}

QByteArray writePrefilterImage(const QByteArray &check, const LiteralPrefilter &prefilter)
{
    ImageWriter out;
    out.keepPrefilters();
    out.string(QString::fromLatin1(check.toHex()));
    prefilter.save(out);
    return out.finish();
}

bool readPrefilterImage(const QByteArray &image, const QByteArray &check, LiteralPrefilter *prefilter)
{
    ImageReader in;
    if (!in.open(image) || !in.keepsPrefilters() || !in.arraysInPlace()
        || in.string() != QString::fromLatin1(check.toHex()))
        return false;
    LiteralPrefilter read;
    if (!LiteralPrefilter::load(in, &read) || !in.good() || !in.atEnd())
        return false;
    *prefilter = std::move(read);
    return true;
}

QByteArray RuleSet::toImage() const
{
    return writeRuleImage(RuleFileContent { m_rules.toList(), m_fixes, m_symptoms, m_providers },
        m_extraRules, m_extraProviders, rulePrefilter(), &providerPrefilter());
}

bool RuleSet::fromImage(const QByteArray &image, RuleSet *set, QString *error)
{
    RuleFileContent content;
    RuleSet read;
    std::optional<RulePrefilters> prefilters;
    if (!readRuleImage(image, &content, &read.m_extraRules, &read.m_extraProviders, &prefilters)) {
        if (error)
            *error = QCoreApplication::translate("RuleFile", "not a rule image of this MailMedic version");
        return false;
    }
    read.m_rules = RuleList(std::move(content.rules));
    read.m_fixes = std::move(content.fixes);
    read.m_symptoms = std::move(content.symptoms);
    read.m_providers = std::move(content.providers);
    read.rebuildIndex(prefilters ? &*prefilters : nullptr);
    *set = std::move(read);
    return true;
}

} // namespace MailMedic
