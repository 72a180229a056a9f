// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/LiteralPrefilter.h"
#include "rules/RuleSet.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace MailMedic {

// The records of one rule file that passed validation.
struct RuleFileContent
{
    QList<Rule> rules;
    QList<FixText> fixes;
    QList<Symptom> symptoms;
    QList<Provider> providers;
};

// A rule without "priority": a support team's extra file gets 1000 (before
// every built-in rule), a built-in file (which the schema requires to say) 500.
constexpr int kPriorityAbsent = -1;

enum RuleSection {
    RulesSection = 1,
    FixesSection = 2,
    SymptomsSection = 4,
    ProvidersSection = 8,
};

// Words and lists many records repeat (a reason, a provider id, a source URL,
// ["recipient-address"]), kept once: every record holds the same shared copy.
// With thousands of rules these small strings are a good part of the memory.
// One pool for the files one thread reads in one load; not thread-safe.
class StringPool
{
public:
    QString shared(const QString &value)
    {
        if (value.isEmpty())
            return value;
        const auto known = m_strings.constFind(value);
        if (known != m_strings.constEnd())
            return *known;
        m_strings.insert(value);
        return value;
    }

    QStringList shared(const QStringList &values)
    {
        if (values.isEmpty())
            return values;
        const QString key = values.join(QChar(0x1f));
        const auto known = m_lists.constFind(key);
        if (known != m_lists.constEnd())
            return *known;
        QStringList kept;
        kept.reserve(values.size());
        for (const QString &value : values)
            kept.append(shared(value));
        m_lists.insert(key, kept);
        return kept;
    }

private:
    QSet<QString> m_strings;
    QHash<QString, QStringList> m_lists;
};

// Reads the sections in `wanted` (a RuleSection mask) from one JSON file.
// With `requireAll`, every wanted section must be there; otherwise at least
// one. Records with an error are left out and reported with the file, the
// line of their "id" and the id; fix references are not checked here.
// Returns true when there was no error. Repeated words are kept once in
// `pool` (a pool of the file's own when none is given).
bool parseRuleFile(const QByteArray &json, const QString &fileName, int wanted, bool requireAll,
    RuleFileContent *content, QList<RuleError> *errors, StringPool *pool = nullptr);

// The records as a compact image (RuleImage.cpp), and back. Strings and texts
// read from an image point into its bytes, which must outlive them (an
// embedded resource, or a mapped file kept for the program's life). False
// when the bytes are not a whole image of this format.
//
// The image may also keep the literal prefilters of the rules' and the
// providers' patterns (the built-in one does), so that a start builds no
// automaton: both prefilters given to the writer; `prefilters` given to the
// reader, set when the image keeps them and this machine can read them in
// place (the image's byte order, aligned), else left empty.
struct RulePrefilters
{
    LiteralPrefilter rules;
    LiteralPrefilter providers;
};
QByteArray writeRuleImage(const RuleFileContent &content, int extraRules = 0, int extraProviders = 0,
    const LiteralPrefilter *rulePrefilter = nullptr, const LiteralPrefilter *providerPrefilter = nullptr);
// Without `withLiterals`, the records' literals are left empty (the caller
// has the prefilter built of them; RuleSet works them out of the patterns
// should it need them after all).
bool readRuleImage(const QByteArray &image, RuleFileContent *content, int *extraRules = nullptr,
    int *extraProviders = nullptr, std::optional<RulePrefilters> *prefilters = nullptr,
    bool withLiterals = true);
// A prefilter alone (the automaton of extra files' rules, kept on disk), with
// `check`, what it was built for: read back only when `check` is the same,
// and read in place (the image's bytes must outlive the prefilter).
QByteArray writePrefilterImage(const QByteArray &check, const LiteralPrefilter &prefilter);
bool readPrefilterImage(const QByteArray &image, const QByteArray &check, LiteralPrefilter *prefilter);
// This build's image format, for keys of images kept on disk.
int ruleImageFormat();

// The one language besides English whose texts files are read for; empty
// (the default): all of them. RuleSet::keepTextsIn() sets it.
void setRuleTextLanguage(const QString &language);
QString keptRuleTextLanguage();

// How rule and provider patterns are compiled: case-insensitive, Unicode
// \w \d \s \b (like Python's re, which the rule authors test with). Qt
// compiles (and JIT-compiles) a pattern when it is first used.
QRegularExpression compileRulePattern(const QString &pattern);

} // namespace MailMedic
