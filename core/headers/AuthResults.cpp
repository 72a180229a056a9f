// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headers/AuthResults.h"

#include <QStringList>
#include <QStringView>

namespace MailMedic {

namespace {

// Longer values are cut: no receiver writes more, and the parse stays cheap
// on whatever a user pastes.
constexpr qsizetype maxValueLength = 64 * 1024;
constexpr int maxResults = 100;

bool isWsp(QChar c)
{
    // Folded lines (RFC 5322 §2.2.3) are read as white space, so the value
    // needs no unfolding first.
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
        || c == QLatin1Char('\n');
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isOneOf(QChar c, const char *set)
{
    for (; *set; ++set)
        if (c == QLatin1Char(*set))
            return true;
    return false;
}

// A cursor over a header value that knows RFC 5322 §3.2.2 CFWS (comments
// nest, "\" quotes the next character) and §3.2.4 quoted strings. Unclosed
// comments and quotes run to the end of the value.
class Lexer
{
public:
    explicit Lexer(QStringView text) : m_text(text) { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    void advance() { ++m_pos; }
    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }

    // To the next item of a ";"-separated list, past white space, comments
    // and empty items; false at the end of the value.
    bool nextItem()
    {
        for (;;) {
            skipCfws();
            if (atEnd())
                return false;
            if (peek() != QLatin1Char(';'))
                return true;
            advance();
        }
    }
    void skipCfws()
    {
        while (!atEnd()) {
            if (isWsp(peek()))
                advance();
            else if (peek() == QLatin1Char('('))
                m_comments.append(comment());
            else
                break;
        }
    }

    QString quoted()
    {
        QString out;
        advance(); // the opening quote
        while (!atEnd()) {
            const QChar c = peek();
            advance();
            if (c == QLatin1Char('"'))
                break;
            if (c == QLatin1Char('\\') && !atEnd()) {
                out += peek();
                advance();
            } else {
                out += isWsp(c) ? QLatin1Char(' ') : c;
            }
        }
        return out;
    }

    // Characters up to white space, a comment, a quote, ";" or any of
    // `stops`.
    QString token(const char *stops)
    {
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const QChar c = peek();
            if (isWsp(c) || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('"')
                || c == QLatin1Char(';') || isOneOf(c, stops))
                break;
            advance();
        }
        return m_text.mid(start, m_pos - start).toString();
    }

    // A property or key value: a token, a quoted string, or both run
    // together as in an addr-spec with a quoted local part.
    QString value()
    {
        QString out;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == QLatin1Char('"')) {
                out += quoted();
                continue;
            }
            if (isWsp(c) || c == QLatin1Char(';') || c == QLatin1Char('(') || c == QLatin1Char(')'))
                break;
            out += c;
            advance();
        }
        return out;
    }

    // To just after the next ";" that is outside comments and quotes.
    void skipPastSemicolon()
    {
        while (!atEnd()) {
            skipCfws();
            if (atEnd())
                break;
            if (peek() == QLatin1Char('"')) {
                quoted();
                continue;
            }
            const QChar c = peek();
            advance();
            if (c == QLatin1Char(';'))
                break;
        }
    }

    // For a look-ahead that is undone with setPos().
    qsizetype commentCount() const { return m_comments.size(); }
    void dropCommentsFrom(qsizetype count) { m_comments = m_comments.mid(0, count); }

    QStringList takeComments()
    {
        QStringList out;
        out.swap(m_comments);
        return out;
    }

private:
    QString comment()
    {
        QString out;
        int depth = 0;
        while (!atEnd()) {
            const QChar c = peek();
            advance();
            if (c == QLatin1Char('\\') && !atEnd()) {
                out += peek();
                advance();
                continue;
            }
            if (c == QLatin1Char('(')) {
                if (depth++ == 0)
                    continue;
            } else if (c == QLatin1Char(')')) {
                if (--depth == 0)
                    break;
            }
            out += c;
        }
        return out.simplified();
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    QStringList m_comments;
};

// RFC 8601 §2.2: authserv-id is a "value", a token (RFC 2045 §5.1) or a
// quoted string. Anything else is not an Authentication-Results header.
bool isToken(const QString &text)
{
    if (text.isEmpty() || text.size() > 255)
        return false;
    for (const QChar c : text) {
        if (c.unicode() <= 32 || c.unicode() >= 127 || isOneOf(c, "()<>@,;:\\\"/[]?="))
            return false;
    }
    return true;
}

// "ptype.property" with CFWS allowed around the dot (RFC 8601 §2.2 and the
// comment-heavy example in its Appendix B).
QString propertyName(Lexer &lex)
{
    QString name = lex.token("=.");
    for (;;) {
        const qsizetype before = lex.pos();
        const qsizetype comments = lex.commentCount();
        lex.skipCfws();
        if (lex.peek() != QLatin1Char('.')) {
            lex.setPos(before);
            lex.dropCommentsFrom(comments);
            return name;
        }
        lex.advance();
        lex.skipCfws();
        name += QLatin1Char('.') + lex.token("=.");
    }
}

// One resinfo: methodspec [reasonspec] *propspec, up to and including the
// ";" that ends it. Malformed ones are skipped, as a receiver's own
// extensions should not hide the results that follow them.
void readResinfo(Lexer &lex, AuthResultsHeader &header)
{
    lex.takeComments();
    const QString method = lex.token("=/").toLower();
    lex.skipCfws();
    if (method == QLatin1String("none") && (lex.atEnd() || lex.peek() == QLatin1Char(';'))) {
        header.none = true;
        lex.skipPastSemicolon();
        return;
    }
    if (lex.peek() == QLatin1Char('/')) { // method/version (RFC 8601 §2.2)
        lex.advance();
        lex.skipCfws();
        lex.token("=");
        lex.skipCfws();
    }
    if (method.isEmpty() || lex.peek() != QLatin1Char('=')) {
        lex.skipPastSemicolon();
        return;
    }
    lex.advance();
    lex.skipCfws();
    AuthMethodResult result;
    result.method = method;
    result.result = lex.token("=").toLower();
    if (result.result.isEmpty()) {
        lex.skipPastSemicolon();
        return;
    }
    for (;;) {
        lex.skipCfws();
        if (lex.atEnd() || lex.peek() == QLatin1Char(';'))
            break;
        const qsizetype before = lex.pos();
        const QString name = propertyName(lex).toLower();
        lex.skipCfws();
        if (lex.peek() != QLatin1Char('=')) {
            if (lex.pos() == before)
                lex.advance(); // a stray ")" or quote: step over it
            continue; // a word without "=": not a property
        }
        lex.advance();
        lex.skipCfws();
        const QString value = lex.value();
        if (name.isEmpty())
            continue;
        if (name == QLatin1String("reason"))
            result.reason = value;
        else if (!result.properties.contains(name))
            result.properties.insert(name, value);
    }
    result.comment = lex.takeComments().join(QLatin1Char(' '));
    if (result.reason.isEmpty())
        result.reason = result.comment;
    if (lex.peek() == QLatin1Char(';'))
        lex.advance();
    header.results.append(result);
}

// RFC 8617 §4.1.3: an ARC-Authentication-Results value starts with the
// instance tag "i=N;".
int readArcInstance(Lexer &lex)
{
    const qsizetype start = lex.pos();
    if (lex.token("=").compare(QLatin1String("i"), Qt::CaseInsensitive) == 0) {
        lex.skipCfws();
        if (lex.peek() == QLatin1Char('=')) {
            lex.advance();
            lex.skipCfws();
            bool ok = false;
            const int instance = lex.token("=").toInt(&ok);
            lex.skipCfws();
            if (ok && instance > 0 && lex.peek() == QLatin1Char(';')) {
                lex.advance();
                lex.takeComments();
                return instance;
            }
        }
    }
    lex.setPos(start);
    lex.takeComments();
    return 0;
}

} // namespace

std::optional<AuthResultsHeader> parseAuthenticationResults(const QString &value)
{
    Lexer lex(QStringView(value).left(maxValueLength));
    lex.skipCfws();
    if (lex.atEnd())
        return std::nullopt;
    AuthResultsHeader header;
    header.raw = value.left(maxValueLength);
    header.arcInstance = readArcInstance(lex);
    lex.skipCfws();

    // RFC 8601 §2.2: authserv-id [CFWS authres-version] (no-result / 1*resinfo).
    // Microsoft 365 leaves the authserv-id out and starts with "spf=", so a
    // first word followed by "=" or "/" is taken as the first method.
    const qsizetype start = lex.pos();
    const bool quotedId = lex.peek() == QLatin1Char('"');
    const QString id = quotedId ? lex.quoted() : lex.token("=/");
    lex.skipCfws();
    if (!quotedId && (lex.peek() == QLatin1Char('=') || lex.peek() == QLatin1Char('/'))) {
        lex.setPos(start);
    } else {
        if (!quotedId && !id.isEmpty() && !isToken(id))
            return std::nullopt;
        header.authservId = id;
        if (isDigit(lex.peek())) {
            bool ok = false;
            const int version = lex.token("=/").toInt(&ok);
            if (ok)
                header.version = version;
            lex.skipCfws();
        }
        if (lex.peek() == QLatin1Char(';'))
            lex.advance();
    }
    lex.takeComments();

    while (header.results.size() < maxResults && lex.nextItem())
        readResinfo(lex, header);
    if (header.authservId.isEmpty() && header.results.isEmpty() && !header.none)
        return std::nullopt;
    return header;
}

std::optional<ReceivedSpf> parseReceivedSpf(const QString &value)
{
    Lexer lex(QStringView(value).left(maxValueLength));
    lex.skipCfws();
    // RFC 7208 §9.1: result FWS [comment FWS] [key-value-list]
    const QString result = lex.token("=").toLower();
    static const QStringList results { QStringLiteral("pass"), QStringLiteral("fail"),
        QStringLiteral("softfail"), QStringLiteral("policy"), QStringLiteral("neutral"),
        QStringLiteral("none"), QStringLiteral("temperror"), QStringLiteral("permerror"),
        QStringLiteral("error"), QStringLiteral("unknown") };
    if (!results.contains(result))
        return std::nullopt;
    ReceivedSpf spf;
    spf.result = result;
    int pairs = 0;
    while (pairs < maxResults && lex.nextItem()) {
        const qsizetype before = lex.pos();
        const QString key = lex.token("=").toLower();
        lex.skipCfws();
        if (lex.peek() != QLatin1Char('=')) {
            if (lex.pos() == before)
                lex.advance();
            continue; // free text: not a key-value pair
        }
        lex.advance();
        lex.skipCfws();
        QString keyValue = lex.value();
        // policyd-spf writes envelope-from=<a@example.com> and receiver=<UNKNOWN>.
        if (keyValue.size() >= 2 && keyValue.startsWith(QLatin1Char('<'))
            && keyValue.endsWith(QLatin1Char('>')))
            keyValue = keyValue.mid(1, keyValue.size() - 2);
        if (!key.isEmpty() && !spf.keyValues.contains(key)) {
            spf.keyValues.insert(key, keyValue);
            ++pairs;
        }
    }
    spf.comment = lex.takeComments().value(0);
    return spf;
}

} // namespace MailMedic
