// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Detail.h"
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
//    "fixes": [{"id": "fix-id", "text": {"en", "nl", "ru"}, "link": null}],
//    "details": [{"id": "dmarc-not-tag-value",
//                 "text": {"en": "\"%1\" is not a tag=value pair", "nl", "ru"}}]}
//
// %1, %2, ... in titles, explanations and fix texts are filled from `args`.
// Fix ids are looked up in the check files first, then in the rule set's fixes.
// An arg that is an encoded Detail (report/Detail.h) is filled in as its
// detail text in the finding's language, its own %1, %2 from its params.
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
    const LocalizedText *detail(const QString &id) const;
    QStringList detailIds() const { return m_details.keys(); }

    // An arg as the reader sees it: plain text as it is, an encoded Detail
    // as its text in `language` ("[unknown detail: id]" for an id no check
    // file has, so it shows up like an unknown finding).
    QString expand(const QString &arg, const QString &language) const;
    // The English of a detail (or plain text) from the built-in catalog,
    // for logs, evidence lines and test messages.
    static QString english(const QString &arg);

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
    QHash<QString, LocalizedText> m_details;
};

} // namespace MailMedic
