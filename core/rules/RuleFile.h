// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/RuleSet.h"

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
    // Not a section: the file is built in and TestRuleSet compiles every one
    // of its patterns, so they are not compiled while loading (Qt compiles
    // and JIT-compiles each when first used).
    BuiltinPatterns = 16,
};

// Reads the sections in `wanted` (a RuleSection mask) from one JSON file.
// With `requireAll`, every wanted section must be there; otherwise at least
// one. Records with an error are left out and reported with the file, the
// line of their "id" and the id; fix references are not checked here.
// Returns true when there was no error.
bool parseRuleFile(const QByteArray &json, const QString &fileName, int wanted, bool requireAll,
    RuleFileContent *content, QList<RuleError> *errors);

// The one language besides English whose texts files are read for; empty
// (the default): all of them. RuleSet::keepTextsIn() sets it.
void setRuleTextLanguage(const QString &language);

// How rule and provider patterns are compiled: case-insensitive, Unicode
// \w \d \s \b (like Python's re, which the rule authors test with). Qt
// compiles (and JIT-compiles) a pattern when it is first used.
QRegularExpression compileRulePattern(const QString &pattern);

} // namespace MailMedic
