// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace MailMedic {

struct RuleFileContent;
struct RulePrefilters;
class LiteralPrefilter;
class StringPool;

// A text in English, Dutch and Russian. Kept as UTF-8: a rule set holds
// thousands of them, and a text is only turned into a QString when it is
// shown.
class LocalizedText
{
public:
    LocalizedText() = default;
    LocalizedText(const QString &en, const QString &nl, const QString &ru);

    QString en() const { return part(0); }
    QString nl() const { return part(1); }
    QString ru() const { return part(2); }
    // The text in `lang` (en, nl, ru); English when that one is missing.
    QString text(const QString &lang) const;
    bool isComplete() const;
    bool hasEnglish() const { return span(0).size > 0; }
    // The UTF-8 of part `index` (0 en, 1 nl, 2 ru), for the built-in rule
    // image, which keeps each language's texts in a region of its own.
    QByteArray utf8(int index) const;
    // A text of the rule image: `record` is the image's record of it (raw
    // data that outlives the text), three (offset, size) pairs of
    // little-endian 32-bit words, each offset counted from the record's
    // first byte. RuleImage.cpp checks them before it calls this.
    static LocalizedText fromImageRecord(const QByteArray &record);
    static constexpr int kImageRecordSize = 24;

private:
    struct Span
    {
        const char *data = nullptr;
        qsizetype size = 0;
    };
    Span span(int index) const; // part `index` (Qt 5 has no QByteArrayView)
    QString part(int index) const;
    // Own texts: en '\0' nl '\0' ru, empty when all three are. From the
    // image: its record of the text (fromImageRecord()).
    QByteArray m_utf8;
    bool m_imageRecord = false;
};

// A rule's pattern as written. It is compiled once, when the literal
// prefilter first lets a text through to it (RuleSet::match): of thousands of
// patterns a bounce makes a few dozen candidates, and the others need no
// regular expression object at all.
class RulePattern
{
public:
    RulePattern() = default;
    explicit RulePattern(const QString &pattern) : m_pattern(pattern) { }
    const QString &pattern() const { return m_pattern; }
    // A new expression with the rules' options (case-insensitive, Unicode).
    QRegularExpression compiled() const;
    friend bool operator==(const RulePattern &a, const RulePattern &b) { return a.m_pattern == b.m_pattern; }

private:
    QString m_pattern;
};

struct Rule
{
    QString id;
    QString reason; // DESIGN.md vocabulary, see Vocabulary.h
    QString provider; // a provider id, or "generic"
    QList<RulePattern> patterns; // case-insensitive; any one matching is enough
    // Per pattern, LiteralPrefilter::requiredLiterals(), as the built-in rule
    // image keeps them; empty (the match index works them out) for rules read
    // from JSON.
    QList<QStringList> literals;
    QStringList statuses; // enhanced status codes the rule is limited to; empty: any
    QList<int> replyCodes; // reply codes the rule is limited to; empty: any
    // Every pattern matches a bare code ("421 "): the rule knows no more than
    // the code, so the words around it may say more.
    bool codeOnly = false;
    // Applies only when the bounce shows the reply came from `provider` (its
    // host names): for a provider's own meaning of words other servers use too.
    bool fromProviderOnly = false;
    QStringList topics;
    QStringList probes;
    LocalizedText title;
    LocalizedText explanation;
    QStringList fixes; // ids into the fixes
    // Higher is tried first (RULES.md: 900 a provider's code table, 700 its
    // words, 500 specific generic words, 300 broad words, 100 a bare code).
    int priority = 0;
    // Where the knowledge comes from: a provider's reference, an RFC section,
    // an MTA's documentation. Not translated: its English part holds it. Kept
    // as a text (UTF-8, beside the rule's English title and explanation in the
    // rule image), since only a report that shows the rule reads it.
    LocalizedText source;
    // Explains any failure of its reason that only a code told ("fallback").
    bool fallback = false;
    bool fromExtraFile = false; // tried before built-in rules of the same priority
    QString sourceFile;
    int line = 0;
};

struct FixText
{
    QString id;
    LocalizedText text;
    QString link; // empty when there is none
    // Advice that holds only while the sending server still retries ("nothing
    // to do yet"); left out when the bounce is final. "while_retrying" in JSON.
    bool whileRetrying = false;
    QString sourceFile;
    int line = 0;
};

struct Symptom
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    QStringList questions;
    QStringList probes;
    QStringList topics;
    QStringList fixes;
    QString sourceFile;
    int line = 0;
};

struct Provider
{
    QString id;
    QString name;
    QList<QRegularExpression> patterns;
    QList<QStringList> literals; // as Rule::literals
    QString spfInclude; // what its customers' SPF records include ("_spf.google.com")
    // A mail program or hosting panel (Exchange, cPanel): its words tell who
    // wrote the notice; an operator's servers in the same bounce tell who
    // refused, and are named instead ("software" in JSON).
    bool software = false;
    QString sourceFile;
    int line = 0;
};

// What is wrong in a rule file, for the person who maintains it.
struct RuleError
{
    QString file;
    int line = 0; // 1-based; 0 when unknown
    QString ruleId;
    QString message;
    QString kind = QStringLiteral("rule"); // rule, fix, symptom or provider

    // "rules.json:123: rule 'gmail-x': unknown reason 'foo'", in the
    // current language (the field names and ids stay as they are in the file)
    QString toString() const;
    // rule, fix, symptom, provider, topic, probe, question in the current language.
    static QString kindName(const QString &kind);
};

// The rules of a set, in the order they are tried. The records live in
// shared, immutable stores: a copy of a set (the command line's copy of the
// built-in one, before it merges extra files into it) shares them and owns
// only this order, a pointer a rule instead of a record of about 400 bytes.
// Records stay where they are for as long as any list refers to them.
class RuleList
{
public:
    RuleList() = default;
    // `records` as they are, in their order (a rule image's: ids unique).
    explicit RuleList(QList<Rule> records);

    qsizetype size() const { return m_order.size(); }
    bool isEmpty() const { return m_order.isEmpty(); }
    const Rule &at(qsizetype i) const { return *m_order.at(i); }
    const Rule &first() const { return *m_order.first(); }
    void removeAt(qsizetype i) { m_order.removeAt(i); }
    void swapItemsAt(qsizetype i, qsizetype j) { m_order.swapItemsAt(i, j); }
    QList<Rule> toList() const;

    class const_iterator
    {
    public:
        explicit const_iterator(QList<const Rule *>::const_iterator at) : m_at(at) { }
        const Rule &operator*() const { return **m_at; }
        const Rule *operator->() const { return *m_at; }
        const_iterator &operator++()
        {
            ++m_at;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_at == other.m_at; }
        bool operator!=(const const_iterator &other) const { return m_at != other.m_at; }

    private:
        QList<const Rule *>::const_iterator m_at;
    };
    const_iterator begin() const { return const_iterator(m_order.cbegin()); }
    const_iterator end() const { return const_iterator(m_order.cend()); }

    // Records with a known id replace the old ones in place; new ones are
    // appended.
    void mergeInPlace(QList<Rule> records);
    // Records go after all others (RuleSet sorts them by priority), a known
    // id taken out of its old place; of records with the same id the later
    // one is kept. `origin` gets each rule's old index, -1 for a new one.
    void mergeAppend(QList<Rule> records, std::vector<int> *origin);

private:
    // Keeps `records` as a store of this list; returns them, in place.
    const QList<Rule> &keep(QList<Rule> &&records);

    QList<const Rule *> m_order;
    std::vector<std::shared_ptr<const QList<Rule>>> m_stores;
};

class MatchIndex;

// The rules, fixes, symptoms and providers from resources/rules/ plus any
// extra files a support team adds (--rules EXTRA.json). A value type: copy
// builtin() and load an extra file into the copy, so a broken extra file never
// touches the built-in set. Const member functions are safe to call from
// several threads at once.
class RuleSet
{
public:
    RuleSet();

    // The embedded :/rules/*.json, loaded on first use (thread-safe).
    static const RuleSet &builtin();
    // For the programs' main(), before any pattern is compiled: match rule
    // patterns with PCRE2's interpreter, not its JIT. A bounce runs only the
    // few patterns the literal prefilter lets through, so the JIT saves no
    // measurable time on a run, while it costs about 5 MB of executable
    // memory over a batch (and executable memory is what macOS's hardened
    // runtime refuses without an entitlement). Qt reads QT_ENABLE_REGEXP_JIT
    // once; a value the user set is kept.
    static void useInterpretedPatterns();
    // For programs that speak one language for their whole run (the console
    // program), before the first builtin(): keep the rules' and fixes' texts
    // in `language` and in English (the fallback) only. The texts are most of
    // what a rule weighs; the wizard, which switches language, keeps all.
    static void keepTextsIn(const QString &language);
    // What went wrong loading the built-in set; empty in a good build.
    static QList<RuleError> builtinErrors();

    // How the build reads resources/rules/ (mailmedic-rulec): fixes.json,
    // symptoms.json and providers.json, then every other file, one provider
    // family each, in name order, then resolveReferences(). `files` maps each
    // file's name to its bytes. A pattern that does not compile is an error.
    static RuleSet fromBuiltinFiles(const QMap<QString, QByteArray> &files, QList<RuleError> *errors);
    // The whole set as a compact image, and back. The build embeds the
    // built-in set as one, so a start reads no JSON. fromImage() keeps
    // pointing into the image's bytes (the embedded resource): they must
    // outlive the set. False, with *error, for an image this build did not
    // write.
    QByteArray toImage() const;
    static bool fromImage(const QByteArray &image, RuleSet *set, QString *error);

    // Load one section from a file with the layout of resources/rules/. A
    // record with an error is skipped and reported; the others load. A record
    // whose id is already known replaces the old one in place. Returns true
    // when there was no error. Fix references are checked by resolveReferences()
    // once every file is in.
    bool loadRules(const QByteArray &json, const QString &fileName, QList<RuleError> *errors);
    // A built-in rule file: "rules", plus the "fixes" and "providers" its rules
    // bring along (resources/rules/<provider family>.json). Rules without a
    // source or a priority are refused. Call resolveReferences() once every
    // file is in: it checks the fix references and builds the match index.
    bool loadRuleFile(const QByteArray &json, const QString &fileName, QList<RuleError> *errors);
    // loadRuleFile() in two steps: reading a file touches no RuleSet (files
    // can be read at the same time), merging is done in file order.
    // `pool` (optional): where the words files repeat are kept once, one per
    // reading thread.
    static bool readBuiltinRuleFile(const QByteArray &json, const QString &fileName, RuleFileContent *content,
        QList<RuleError> *errors, StringPool *pool = nullptr);
    void mergeBuiltin(const RuleFileContent &content);
    bool loadFixes(const QByteArray &json, const QString &fileName, QList<RuleError> *errors);
    bool loadSymptoms(const QByteArray &json, const QString &fileName, QList<RuleError> *errors);
    bool loadProviders(const QByteArray &json, const QString &fileName, QList<RuleError> *errors);
    // Drops rules and symptoms that name a fix nobody defined, with an error
    // each, and builds the match index.
    bool resolveReferences(QList<RuleError> *errors);

    // A support team's extra file: any of the keys "rules", "fixes",
    // "symptoms", "providers". Its rules and providers are tried before the
    // ones already loaded (after earlier extra files); a record with a known id
    // replaces the old one. Fix references are checked against the combined set
    // before anything is merged.
    bool loadExtra(const QByteArray &json, const QString &fileName, QList<RuleError> *errors);
    bool loadFile(const QString &path, QList<RuleError> *errors);
    // Several extra files in this order, as loadFile() one after another, but
    // the match index is built once at the end, not once per file. The errors
    // name their file. False if any file had an error.
    bool loadFiles(const QStringList &paths, QList<RuleError> *errors);

    // The first rule, by priority (then extra files first, then load order), whose constraints admit `status`
    // / `replyCode` (an absent value admits every rule) and one of whose patterns matches `normalizedText`
    // (see normalizeDiagnostic()). nullptr when none does. The pointer stays valid as long as this RuleSet is
    // neither changed nor destroyed.
    // `answeredBy` is where the reply came from (the remote MTA, the bounce's
    // words with the answering host's name); a rule marked fromProviderOnly
    // applies only when detectProvider() finds its provider there.
    const Rule *match(const QString &normalizedText, const QString &status = QString(),
        std::optional<int> replyCode = std::nullopt, const QString &answeredBy = QString()) const;

    // The id of the first provider with a pattern found in `haystack` (remote
    // MTA names, reporting MTA, diagnostic text), or an empty string. A
    // provider marked software is named only when no operator is found.
    QString detectProvider(const QString &haystack) const;

    QList<Rule> rules() const { return m_rules.toList(); }
    int ruleCount() const { return int(m_rules.size()); }
    // How many of the rules came from extra files (loadExtra()).
    int extraRuleCount() const { return m_extraRules; }
    const Rule *rule(const QString &id) const;
    // The generic rule marked "fallback" for `reason` (else its first generic
    // rule): what explains a failure known only by its code. nullptr for a
    // reason no generic rule has.
    const Rule *genericRule(const QString &reason) const;
    QList<FixText> fixes() const { return m_fixes; }
    const FixText *fix(const QString &id) const;
    QList<Symptom> symptoms() const { return m_symptoms; }
    const Symptom *symptom(const QString &id) const;
    QList<Provider> providers() const { return m_providers; }
    const Provider *provider(const QString &id) const;

private:
    // Also orders m_rules by priority. `prebuilt`, an image's prefilters for
    // the rules and providers as they are, is used when the order holds.
    // `origin` (after a merge): each rule's index in the current match index,
    // -1 for a new one; only the new ones' patterns are then indexed anew.
    // `layer`: see MatchIndex (RuleCache::layerKeyOf() of the extra files just merged).
    void rebuildIndex(RulePrefilters *prebuilt = nullptr, const std::vector<int> *origin = nullptr,
        const QByteArray &layer = QByteArray());
    // The one automaton over all rule patterns, or nullptr when extra files'
    // rules have one of their own (MatchIndex).
    const LiteralPrefilter *rulePrefilter() const;
    const LiteralPrefilter &providerPrefilter() const;
    struct ExtraFile;
    // Parses an extra file; touches no RuleSet (files can be read at once).
    static void readExtra(const QByteArray &json, const QString &fileName, ExtraFile *file, StringPool *pool);
    // An extra file's fixes and symptoms are merged at once; its rules and
    // providers are appended to `pending`, for mergePending().
    bool mergeExtra(ExtraFile &&file, RuleFileContent *pending, QList<RuleError> *errors);
    // Puts the pending rules and providers in front and updates the match index.
    void mergePending(RuleFileContent &&pending, const QByteArray &layer = QByteArray());

    RuleList m_rules;
    QList<FixText> m_fixes;
    QList<Symptom> m_symptoms;
    QList<Provider> m_providers;
    int m_extraRules = 0; // how many rules came from extra files
    int m_extraProviders = 0; // likewise for m_providers
    std::shared_ptr<const MatchIndex> m_index;
};

} // namespace MailMedic
