// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Normalize.h"

namespace MailMedic {

namespace {

// White space as Python's str.isspace() sees it (the rule authors' model):
// ASCII controls \t..\r and the separators \x1c..\x1f, NEL, NBSP and the
// Unicode separator categories.
inline bool isSpace(char16_t c)
{
    if (c < 0x80)
        return c == 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    return c == 0x85 || c == 0xa0 || QChar(c).isSpace();
}

inline bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

// A decimal digit at position i (Unicode Nd, like \d in Python and in PCRE2
// with UCP); returns how many UTF-16 units it takes, 0 if none.
inline int digitAt(const QChar *s, int i, int end)
{
    const char16_t c = s[i].unicode();
    if (c >= u'0' && c <= u'9')
        return 1;
    if (c < 0x80)
        return 0;
    if (QChar::isHighSurrogate(c) && i + 1 < end && s[i + 1].isLowSurrogate())
        return QChar::isDigit(QChar::surrogateToUcs4(c, s[i + 1].unicode())) ? 2 : 0;
    return QChar(c).isDigit() ? 1 : 0;
}

// Reads up to `max` digits; returns the number of digits, advancing `i`.
inline int digits(const QChar *s, int &i, int end, int max)
{
    int count = 0;
    while (count < max && i < end) {
        const int n = digitAt(s, i, end);
        if (n == 0)
            break;
        i += n;
        ++count;
    }
    return count;
}

struct ReplyPrefix
{
    int codeBegin = 0;
    int codeEnd = 0;
    bool more = false; // '-': the reply continues on the next line
    int textBegin = 0; // after the code, the separator and an enhanced code
};

// ^\s*(\d{3})([- ])(?:(\d\.\d{1,3}\.\d{1,3})\s+)? on one line.
bool replyPrefix(const QChar *s, int begin, int end, ReplyPrefix *prefix)
{
    int i = begin;
    while (i < end && isSpace(s[i].unicode()))
        ++i;
    prefix->codeBegin = i;
    if (digits(s, i, end, 3) != 3 || i >= end)
        return false;
    prefix->codeEnd = i;
    const char16_t separator = s[i].unicode();
    if (separator != u'-' && separator != u' ')
        return false;
    prefix->more = separator == u'-';
    ++i;
    prefix->textBegin = i;
    // The optional enhanced code counts only when white space follows it; the
    // digit runs must then be exactly as long as the pattern allows.
    int j = i;
    if (digits(s, j, end, 1) != 1 || j >= end || s[j] != QLatin1Char('.'))
        return true;
    ++j;
    if (digits(s, j, end, 3) == 0 || j >= end || s[j] != QLatin1Char('.'))
        return true;
    ++j;
    if (digits(s, j, end, 3) == 0 || j >= end || !isSpace(s[j].unicode()))
        return true;
    while (j < end && isSpace(s[j].unicode()))
        ++j;
    prefix->textBegin = j;
    return true;
}

bool sameCode(const QChar *s, const ReplyPrefix &a, const ReplyPrefix &b)
{
    const int length = a.codeEnd - a.codeBegin;
    if (length != b.codeEnd - b.codeBegin)
        return false;
    for (int k = 0; k < length; ++k) {
        if (s[a.codeBegin + k] != s[b.codeBegin + k])
            return false;
    }
    return true;
}

} // namespace

QString normalizeDiagnostic(const QString &text)
{
    const QChar *s = text.constData();
    const int size = int(text.size());
    QString out;
    out.resize(size);
    QChar *o = out.data();
    int n = 0;
    bool pendingSpace = false; // collapse runs of white space (and line joins) to one space

    ReplyPrefix open; // the last line's prefix when it announced a continuation
    bool haveOpen = false;
    int lineBegin = 0;
    while (lineBegin <= size) {
        int lineEnd = lineBegin;
        while (lineEnd < size && !isLineBreak(s[lineEnd].unicode()))
            ++lineEnd;

        int from = lineBegin;
        ReplyPrefix prefix;
        if (replyPrefix(s, lineBegin, lineEnd, &prefix)) {
            if (haveOpen && sameCode(s, open, prefix))
                from = prefix.textBegin;
            open = prefix;
            haveOpen = prefix.more;
        } else {
            haveOpen = false;
        }

        if (lineBegin > 0)
            pendingSpace = true; // lines are joined with a space
        for (int i = from; i < lineEnd; ++i) {
            const char16_t c = s[i].unicode();
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && n > 0)
                o[n++] = QLatin1Char(' ');
            pendingSpace = false;
            o[n++] = s[i];
        }

        if (lineEnd >= size)
            break;
        // CRLF is one line break, a lone CR or LF another.
        lineBegin = lineEnd
            + ((s[lineEnd] == QLatin1Char('\r') && lineEnd + 1 < size && s[lineEnd + 1] == QLatin1Char('\n'))
                    ? 2
                    : 1);
    }
    out.truncate(n);
    return out;
}

QString replaceLoneSurrogates(const QString &text)
{
    const QChar *s = text.constData();
    const int size = int(text.size());
    QString copy;
    for (int i = 0; i < size; ++i) {
        if (!s[i].isSurrogate())
            continue;
        if (s[i].isHighSurrogate() && i + 1 < size && s[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (copy.isNull())
            copy = text;
        copy[i] = QChar(QChar::ReplacementCharacter);
    }
    return copy.isNull() ? text : copy;
}

} // namespace MailMedic
