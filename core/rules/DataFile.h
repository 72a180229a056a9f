// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/RuleSet.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace MailMedic {

// The one reader of MailMedic's JSON data files: the rule files, the live
// checks' texts (resources/checks) and the blocklists. Besides the document
// it knows the line every record of a top-level list starts on (its "id"
// line), which QJsonDocument forgets, so every error can say file, line and
// id: "checks/dns.json:120: finding 'mx-x': ...".
class DataFile
{
public:
    // False, with one error at the line of the syntax error (or "expected a
    // JSON object"), when the bytes are not a JSON object. A UTF-8 byte
    // order mark, as Windows editors write it, is fine. `kind` names the
    // records in that error: rule, finding, blocklist, ...
    bool parse(
        const QByteArray &json, const QString &fileName, const QString &kind, QList<RuleError> *errors);

    const QJsonObject &root() const { return m_root; }
    QString fileName() const { return m_fileName; }
    // The line of record `index` of the top-level list `section`: its "id"
    // key, or its opening brace; the section's own line when the index is
    // past the end; 0 when there is no such section.
    int recordLine(const QString &section, qsizetype index) const;
    int sectionLine(const QString &section) const { return m_sections.value(section).keyLine; }

    struct SectionLines
    {
        int keyLine = 0;
        QList<int> records;
    };
    SectionLines lines(const QString &section) const { return m_sections.value(section); }

private:
    QJsonObject m_root;
    QString m_fileName;
    QHash<QString, SectionLines> m_sections;
};

} // namespace MailMedic
