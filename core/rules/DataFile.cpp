// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/DataFile.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

namespace MailMedic {

namespace {

int lineAt(const QByteArray &raw, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, raw.size());
    return 1 + int(std::count(raw.constBegin(), raw.constBegin() + offset, '\n'));
}

// Where each record of a section starts in the raw text: the line of its
// "id" key, or of its opening brace when it has none. QJsonDocument keeps no
// positions, and an error has to point at the line to edit.
QHash<QString, DataFile::SectionLines> scanSections(const QByteArray &raw)
{
    QHash<QString, DataFile::SectionLines> sections;
    const char *s = raw.constData();
    const qsizetype size = raw.size();
    int depth = 0;
    int line = 1;
    QString topKey; // the last key read in the top-level object
    DataFile::SectionLines *section = nullptr; // the section array we are in, at depth 2
    bool expectRecord = false; // at depth 2, after '[' or ','
    qsizetype record = -1; // index into section->records of the open object
    for (qsizetype i = 0; i < size; ++i) {
        const char c = s[i];
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r')
            continue;
        if (section && depth == 2 && expectRecord && c != ']') {
            section->records.append(line);
            record = c == '{' ? section->records.size() - 1 : -1;
            expectRecord = false;
        }
        if (c == '"') {
            // A JSON string has no raw line breaks: find its end quote,
            // skipping escapes, a block at a time.
            const qsizetype begin = i + 1;
            for (++i; i < size; ++i) {
                const void *quote = std::memchr(s + i, '"', size_t(size - i));
                if (!quote) {
                    i = size;
                    break;
                }
                i = static_cast<const char *>(quote) - s;
                qsizetype backslashes = 0;
                while (i - 1 - backslashes >= begin && s[i - 1 - backslashes] == '\\')
                    ++backslashes;
                if (backslashes % 2 == 0)
                    break;
            }
            // Only the keys that matter are looked at: the sections' names
            // (depth 1) and a record's "id" (depth 3).
            if (depth != 1 && !(depth == 3 && section && record >= 0))
                continue;
            qsizetype j = i + 1;
            while (j < size && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n'))
                ++j;
            if (j < size && s[j] == ':') {
                const qsizetype length = i - begin;
                if (depth == 1) {
                    topKey = QString::fromUtf8(s + begin, int(length));
                    sections[topKey].keyLine = line;
                } else if (length == 2 && s[begin] == 'i' && s[begin + 1] == 'd') {
                    section->records[record] = line;
                    record = -1;
                }
            }
            continue;
        }
        switch (c) {
        case '{':
        case '[':
            ++depth;
            if (depth == 2 && c == '[' && !topKey.isEmpty()) {
                section = &sections[topKey];
                section->records.clear();
                expectRecord = true;
            }
            break;
        case '}':
        case ']':
            if (depth == 3)
                record = -1;
            if (depth == 2)
                section = nullptr;
            --depth;
            break;
        case ',':
            if (depth == 2 && section)
                expectRecord = true;
            break;
        default:
            break;
        }
    }
    return sections;
}

} // namespace

bool DataFile::parse(
    const QByteArray &json, const QString &fileName, const QString &kind, QList<RuleError> *errors)
{
    m_fileName = fileName;
    m_root = QJsonObject();
    m_sections.clear();
    QByteArray raw = json;
    if (raw.startsWith("\xef\xbb\xbf"))
        raw.replace(0, 3, "   "); // a BOM from a Windows editor; keeps offsets
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (errors)
            errors->append(RuleError { fileName, lineAt(raw, parseError.offset), QString(),
                QCoreApplication::translate("RuleFile", "JSON syntax error: %1")
                    .arg(parseError.errorString()),
                kind });
        return false;
    }
    if (!document.isObject()) {
        if (errors)
            errors->append(RuleError { fileName, 1, QString(),
                QCoreApplication::translate("RuleFile", "expected a JSON object"), kind });
        return false;
    }
    m_root = document.object();
    m_sections = scanSections(raw);
    return true;
}

int DataFile::recordLine(const QString &section, qsizetype index) const
{
    const SectionLines lines = m_sections.value(section);
    return index >= 0 && index < lines.records.size() ? lines.records.at(index) : lines.keyLine;
}

} // namespace MailMedic
