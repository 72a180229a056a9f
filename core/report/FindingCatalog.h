// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"
#include "rules/RuleSet.h"

#include <QHash>

namespace MailMedic {

// The words of the findings that live checks (DNS, server probes) produce,
// kept as data in resources/checks/*.json like the rule set:
//
//   {"version": 1,
//    "findings": [{"id": "spf-plus-all", "topics": ["spf"],
//                  "title": {"en": "...%1...", "nl": "...", "ru": "..."},
//                  "explanation": {"en": "...", "nl": "...", "ru": "..."},
//                  "fixes": ["fix-id", ...]}],
//    "fixes": [{"id": "fix-id", "text": {"en", "nl", "ru"}, "link": null}]}
//
// %1, %2, ... in titles, explanations and fix texts are filled from `args`.
// Fix ids are looked up in the check files first, then in the rule set's fixes.
struct FindingTemplate
{
    QString id;
    QStringList topics;
    LocalizedText title;
    LocalizedText explanation;
    QStringList fixes;
};

class FindingCatalog
{
public:
    // Every :/checks/*.json, loaded on first use (thread-safe).
    static const FindingCatalog &builtin();
    static QList<RuleError> builtinErrors();

    bool load(const QByteArray &json, const QString &fileName, QList<RuleError> *errors);

    bool contains(const QString &id) const { return m_findings.contains(id); }
    const FindingTemplate *finding(const QString &id) const;
    QStringList ids() const { return m_findings.keys(); }
    const FixText *fix(const QString &id) const;
    QList<FixText> fixes() const { return m_fixes.values(); }

    // A finding in `language`. An unknown id gives a finding that says so
    // (never an empty one), so a missing text shows up in tests and reports.
    Finding make(const QString &id, FindingStatus status, const QString &language,
        const QStringList &args = {}, const QStringList &evidence = {},
        const QString &cause = QString()) const;

    // The same finding in another language: title, explanation and fix texts
    // again from its template and args; status, evidence and ticks stay.
    // Findings without a template (rule findings) are left as they are.
    void retranslate(Finding &finding, const QString &language) const;

private:
    QHash<QString, FindingTemplate> m_findings;
    QHash<QString, FixText> m_fixes;
};

} // namespace MailMedic
