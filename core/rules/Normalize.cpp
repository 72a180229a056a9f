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

bool sameEnhanced(const QChar *s, const ReplyPrefix &a, const ReplyPrefix &b)
{
    // The enhanced code, if any, runs from after the separator up to the
    // white space before textBegin.
    auto enhancedEnd = [s](const ReplyPrefix &p) {
        int e = p.textBegin;
        while (e > p.codeEnd + 1 && isSpace(s[e - 1].unicode()))
            --e;
        return e;
    };
    const int aBegin = a.codeEnd + 1, aEnd = enhancedEnd(a);
    const int bBegin = b.codeEnd + 1, bEnd = enhancedEnd(b);
    if (aEnd - aBegin != bEnd - bBegin)
        return false;
    for (int k = 0; k < aEnd - aBegin; ++k) {
        if (s[aBegin + k] != s[bBegin + k])
            return false;
    }
    return true;
}

// A reply code as RFC 5321 §4.2.1 allows it: 2..5, then 0..5, then a digit.
bool replyCodeDigits(const QChar *s, const ReplyPrefix &p)
{
    return p.codeEnd - p.codeBegin == 3 && s[p.codeBegin] >= QLatin1Char('2')
        && s[p.codeBegin] <= QLatin1Char('5') && s[p.codeBegin + 1] >= QLatin1Char('0')
        && s[p.codeBegin + 1] <= QLatin1Char('5') && s[p.codeBegin + 2] >= QLatin1Char('0')
        && s[p.codeBegin + 2] <= QLatin1Char('9');
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

    ReplyPrefix open; // the last prefix that announced a continuation
    bool haveOpen = false;
    // The reply was opened inside a line: an MTA joined its lines into one
    // ("said: 553-you are trying to use me 553-as a relay 553 ..."), and the
    // bounce may fold that text anywhere, so a line without a prefix does not
    // end it (a blank line does).
    bool openInline = false;
    int lineBegin = 0;
    while (lineBegin <= size) {
        int lineEnd = lineBegin;
        while (lineEnd < size && !isLineBreak(s[lineEnd].unicode()))
            ++lineEnd;

        int from = lineBegin;
        int markersAfter = lineBegin; // the line's own prefix is not a marker inside it
        ReplyPrefix prefix;
        if (replyPrefix(s, lineBegin, lineEnd, &prefix)) {
            markersAfter = prefix.textBegin;
            const bool continues = haveOpen && sameCode(s, open, prefix);
            if (continues)
                from = prefix.textBegin;
            else
                openInline = false;
            open = prefix;
            haveOpen = prefix.more;
        } else {
            int k = lineBegin;
            while (k < lineEnd && isSpace(s[k].unicode()))
                ++k;
            if (!openInline || k == lineEnd)
                haveOpen = openInline = false;
        }

        if (lineBegin > 0)
            pendingSpace = true; // lines are joined with a space
        for (int i = from; i < lineEnd; ++i) {
            const char16_t c = s[i].unicode();
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            // A reply code after white space inside the line: either the
            // joined continuation of the open reply (same code and same
            // enhanced code: dropped, like a continuation line's prefix) or a
            // multi-line reply that starts here.
            ReplyPrefix marker;
            if (i > markersAfter && c >= u'2' && c <= u'5' && isSpace(s[i - 1].unicode())
                && replyPrefix(s, i, lineEnd, &marker) && replyCodeDigits(s, marker)) {
                if (haveOpen && sameCode(s, open, marker) && sameEnhanced(s, open, marker)) {
                    open = marker;
                    haveOpen = marker.more;
                    i = marker.textBegin - 1;
                    pendingSpace = true;
                    continue;
                }
                if (marker.more) {
                    open = marker;
                    haveOpen = openInline = true;
                }
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
