// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Detail.h"

namespace MailMedic {

namespace {

constexpr char16_t kOpen = 0xFDD0;
constexpr char16_t kNext = 0xFDD1;
constexpr char16_t kClose = 0xFDD2;
constexpr int kMaxDepth = 8;

bool isMarker(QChar c)
{
    return c.unicode() >= kOpen && c.unicode() <= kClose;
}

// Reads one detail starting at text[*pos] (an opening marker) and leaves *pos
// after its closing marker.
std::optional<Detail> read(const QString &text, int *pos, int depth)
{
    if (depth > kMaxDepth || *pos >= text.size() || text.at(*pos).unicode() != kOpen)
        return std::nullopt;
    ++*pos;
    Detail detail;
    while (*pos < text.size() && !isMarker(text.at(*pos)))
        detail.id += text.at((*pos)++);
    if (detail.id.isEmpty())
        return std::nullopt;
    while (*pos < text.size() && text.at(*pos).unicode() == kNext) {
        ++*pos;
        if (*pos < text.size() && text.at(*pos).unicode() == kOpen) {
            const int start = *pos;
            if (!read(text, pos, depth + 1))
                return std::nullopt;
            // A nested detail is the whole parameter.
            if (*pos < text.size()
                && !(text.at(*pos).unicode() == kNext || text.at(*pos).unicode() == kClose))
                return std::nullopt;
            detail.params << text.mid(start, *pos - start);
            continue;
        }
        QString param;
        while (*pos < text.size() && !isMarker(text.at(*pos)))
            param += text.at((*pos)++);
        detail.params << param;
    }
    if (*pos >= text.size() || text.at(*pos).unicode() != kClose)
        return std::nullopt;
    ++*pos;
    return detail;
}

} // namespace

QString Detail::plain(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (isMarker(c))
            c = QChar(QChar::ReplacementCharacter);
    return out;
}

QString Detail::encode(const QString &id, const QStringList &params)
{
    QString out = QChar(kOpen) + plain(id);
    for (const QString &param : params) {
        out += QChar(kNext);
        out += isDetail(param) ? param : plain(param);
    }
    out += QChar(kClose);
    return out;
}

std::optional<Detail> Detail::parse(const QString &text)
{
    if (text.isEmpty() || text.at(0).unicode() != kOpen)
        return std::nullopt;
    int pos = 0;
    std::optional<Detail> detail = read(text, &pos, 0);
    if (pos != text.size())
        return std::nullopt;
    return detail;
}

} // namespace MailMedic
