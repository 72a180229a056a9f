// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headers/ReceivedRoute.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QTimeZone>

namespace MailMedic {

namespace {

constexpr qsizetype maxHeaderLength = 16 * 1024;
constexpr int maxHops = 200;
constexpr int maxWords = 400;

// A Received value cut into words. A parenthesised comment (nested) is one
// word, so the "with" of "(using TLSv1.3 with cipher ...)" is no keyword.
struct Word
{
    QString text; // a comment without its parentheses
    bool comment = false;
};

QList<Word> splitWords(QStringView text)
{
    QList<Word> words;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && words.size() < maxWords) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(')) {
            const qsizetype start = ++i;
            int depth = 1;
            for (; i < n; ++i) {
                if (text.at(i) == QLatin1Char('('))
                    ++depth;
                else if (text.at(i) == QLatin1Char(')') && --depth == 0)
                    break;
            }
            words.append({ text.mid(start, i - start).toString().simplified(), true });
            ++i; // the closing parenthesis
        } else {
            const qsizetype start = i;
            while (i < n && !text.at(i).isSpace() && text.at(i) != QLatin1Char('('))
                ++i;
            words.append({ text.mid(start, i - start).toString(), false });
        }
    }
    return words;
}

// The ";" before the date-time: the last one outside comments (RFC 5321
// §4.4 Stamp), else simply the last one.
qsizetype dateSeparator(QStringView text)
{
    qsizetype last = -1;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && depth > 0)
            --depth;
        else if (c == QLatin1Char(';') && depth == 0)
            last = i;
    }
    return last >= 0 ? last : text.lastIndexOf(QLatin1Char(';'));
}

// An address if the text is one, with "IPv6:" (RFC 5321 §4.1.3) removed.
QString addressIn(QString text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^(?:[0-9]{1,3}(?:\\.[0-9]{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::[0-9.]+)?)$"));
    if (text.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
        text = text.mid(5);
    if (!shape.match(text).hasMatch())
        return QString();
    const QHostAddress address(text);
    return address.isNull() ? QString() : text;
}

// An address literal "[...]" anywhere in the text (Postfix, Sendmail, Exim).
QString literalIn(const QString &text)
{
    static const QRegularExpression literal(QStringLiteral("\\[([^\\[\\]\\s]{2,60})\\]"));
    auto it = literal.globalMatch(text);
    while (it.hasNext()) {
        const QString ip = addressIn(it.next().captured(1));
        if (!ip.isEmpty())
            return ip;
    }
    return QString();
}

QString withoutTrailingDot(QString name)
{
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

enum Clause { Leading, From, By, Via, With, Id, For, ClauseCount };

Clause clauseOf(const QString &word)
{
    static const char *const names[] = { "from", "by", "via", "with", "id", "for" };
    for (int k = 0; k < 6; ++k)
        if (word.compare(QLatin1String(names[k]), Qt::CaseInsensitive) == 0)
            return Clause(k + 1);
    return Leading;
}

QString firstPlainWord(const QList<Word> &words)
{
    for (const Word &w : words)
        if (!w.comment)
            return w.text;
    return QString();
}

// The client: "from HELO (rdns [ip])" (Postfix, Sendmail), "from rdns
// ([ip] helo=HELO)" and "from [ip] (helo=HELO)" (Exim), "from rdns (HELO
// name) (ip)" (qmail), "from HELO (ip)" (Microsoft).
void readFrom(const QList<Word> &words, ReceivedHop &hop)
{
    static const QRegularExpression heloRe(
        QStringLiteral("(?:^|\\s)helo[= ]\\s*([^\\s()\\[\\]]+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nameRe(QStringLiteral("^([^\\s\\[\\]()=]+)\\s+\\[([^\\]]+)\\]"));
    const QString fromWord = firstPlainWord(words);
    QString helo;
    QString name;
    for (const Word &w : words) {
        if (!w.comment)
            continue;
        if (hop.fromIp.isEmpty())
            hop.fromIp = literalIn(w.text);
        if (hop.fromIp.isEmpty())
            hop.fromIp = addressIn(w.text.trimmed()); // Microsoft and qmail: "(192.0.2.1)"
        if (helo.isEmpty())
            helo = heloRe.match(w.text).captured(1);
        if (name.isEmpty()) {
            const QRegularExpressionMatch m = nameRe.match(w.text);
            if (!addressIn(m.captured(2)).isEmpty())
                name = m.captured(1);
        }
    }
    const bool fromIsLiteral = fromWord.startsWith(QLatin1Char('['));
    if (hop.fromIp.isEmpty() && fromIsLiteral)
        hop.fromIp = literalIn(fromWord);
    if (!helo.isEmpty()) {
        hop.fromHelo = helo;
        if (!fromIsLiteral)
            hop.fromHost = withoutTrailingDot(fromWord);
    } else {
        hop.fromHelo = fromWord;
        if (!addressIn(name).isEmpty() || name.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
            name.clear();
        hop.fromHost = withoutTrailingDot(name);
    }
}

bool isProtocolName(const QString &word)
{
    // The IANA "Mail Transmission Types" registry (RFC 3848, RFC 6531), the
    // "SMTPS"/"HTTPS" that Gmail and webmail write, and Exim's local ones.
    static const QRegularExpression protocol(
        QStringLiteral("^(?:(?:UTF8)?(?:E?SMTP|LMTP)S?A?|HTTPS?|MMS|IMAP|QMQP|BSMTP|local(?:-[a-z]+)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return protocol.match(word).hasMatch();
}

void readWith(const QList<Word> &words, ReceivedHop &hop)
{
    const QString protocol = firstPlainWord(words);
    if (protocol.isEmpty())
        return;
    if (isProtocolName(protocol)) {
        hop.with = protocol;
        // RFC 3848 §1: an "S" after SMTP/LMTP means TLS, an "A" SMTP AUTH.
        const QString upper = protocol.toUpper();
        const bool lmtpOrSmtp
            = upper.contains(QLatin1String("SMTP")) || upper.contains(QLatin1String("LMTP"));
        hop.tls = (lmtpOrSmtp
                      && (upper.endsWith(QLatin1String("MTPS")) || upper.endsWith(QLatin1String("MTPSA"))))
            || upper == QLatin1String("HTTPS");
        hop.authenticated = lmtpOrSmtp && upper.endsWith(QLatin1String("A"));
        return;
    }
    QStringList parts;
    for (const Word &w : words)
        parts.append(w.comment ? QLatin1Char('(') + w.text + QLatin1Char(')') : w.text);
    hop.with = parts.join(QLatin1Char(' '));
}

void readTls(const QString &clauses, ReceivedHop &hop)
{
    static const QRegularExpression evidence(
        QStringLiteral("(?:using|with)\\s+TLS|version=TLS|\\bTLSv?1(?:[._][0-3])?\\b|"
                       "\\(TLS\\)|Google Transport Security|\\btls\\s+TLS_"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression version(QStringLiteral("\\b(TLSv?1(?:[._][0-3])?|SSLv3)\\b"));
    static const QRegularExpression cipher(
        QStringLiteral("(?:cipher[=\\s]\\s*|\\btls\\s+|\\bTLS1\\.[0-3]:)([A-Za-z0-9]+[_-][A-Za-z0-9_-]+)"));
    if (evidence.match(clauses).hasMatch())
        hop.tls = true;
    if (clauses.contains(QLatin1String("Authenticated sender:"), Qt::CaseInsensitive))
        hop.authenticated = true;
    if (!hop.tls)
        return;
    QStringList detail;
    const QString v = version.match(clauses).captured(1);
    if (!v.isEmpty())
        detail.append(v);
    const QString c = cipher.match(clauses).captured(1);
    if (!c.isEmpty())
        detail.append(c);
    if (detail.isEmpty() && clauses.contains(QLatin1String("Google Transport Security")))
        detail.append(QStringLiteral("Google Transport Security"));
    hop.tlsDetail = detail.join(QLatin1Char(' '));
}

QString stripAngles(QString text)
{
    while (text.endsWith(QLatin1Char(',')) || text.endsWith(QLatin1Char(';')))
        text.chop(1);
    if (text.startsWith(QLatin1Char('<')))
        text.remove(0, 1);
    if (text.endsWith(QLatin1Char('>')))
        text.chop(1);
    return text;
}

// RFC 5322 §3.3 and §4.3: named zones; the military letters carry no
// reliable information and count as -0000.
std::optional<int> zoneOffsetMinutes(const QString &word)
{
    static const QRegularExpression numeric(QStringLiteral("^([+-])([0-9]{2}):?([0-9]{2})$"));
    const QRegularExpressionMatch m = numeric.match(word);
    if (m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        return (m.captured(1) == QLatin1String("-") ? -1 : 1) * (hours * 60 + minutes);
    }
    const QString upper = word.toUpper();
    static const QList<QPair<QLatin1String, int>> named { { QLatin1String("UT"), 0 },
        { QLatin1String("UTC"), 0 }, { QLatin1String("GMT"), 0 }, { QLatin1String("Z"), 0 },
        { QLatin1String("EST"), -5 }, { QLatin1String("EDT"), -4 }, { QLatin1String("CST"), -6 },
        { QLatin1String("CDT"), -5 }, { QLatin1String("MST"), -7 }, { QLatin1String("MDT"), -6 },
        { QLatin1String("PST"), -8 }, { QLatin1String("PDT"), -7 } };
    for (const auto &zone : named)
        if (upper == zone.first)
            return zone.second * 60;
    if (upper.size() == 1 && upper.at(0) >= QLatin1Char('A') && upper.at(0) <= QLatin1Char('Z')
        && upper.at(0) != QLatin1Char('J'))
        return 0;
    return std::nullopt;
}

int monthOf(const QString &word)
{
    static const QStringList months { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
        QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"),
        QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"),
        QStringLiteral("dec") };
    if (word.size() < 3)
        return 0;
    return int(months.indexOf(word.left(3).toLower())) + 1;
}

bool isPublicV4(quint32 a)
{
    const auto in = [a](quint32 net, int bits) { return (a >> (32 - bits)) == (net >> (32 - bits)); };
    return !(in(0x00000000, 8) || in(0x0A000000, 8) || in(0x64400000, 10) || in(0x7F000000, 8)
        || in(0xA9FE0000, 16) || in(0xAC100000, 12) || in(0xC0A80000, 16) || in(0xE0000000, 4)
        || in(0xF0000000, 4));
}

} // namespace

std::optional<QDateTime> parseMailDateTime(const QString &text)
{
    // Comments out, commas to spaces: "Mon, 2 Dec 2024 10:00:00 +0100 (CET)".
    QString plain;
    int depth = 0;
    for (const QChar c : QStringView(text).left(512)) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            depth = qMax(0, depth - 1);
        else if (depth == 0)
            plain += c == QLatin1Char(',') ? QLatin1Char(' ') : c;
    }
    static const QRegularExpression timeRe(QStringLiteral("^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$"));
    int day = 0, month = 0, year = -1, yearDigits = 0;
    std::optional<QTime> time;
    std::optional<int> zone;
    const QStringList words = plain.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        bool isNumber = false;
        const int number = word.toInt(&isNumber);
        const QRegularExpressionMatch t = timeRe.match(word);
        if (t.hasMatch() && !time) {
            const int seconds = qMin(59, t.captured(3).toInt()); // 60: a leap second
            time = QTime(t.captured(1).toInt(), t.captured(2).toInt(), seconds);
        } else if (isNumber && word.at(0).isDigit()) {
            // "2 Dec 2024" and asctime's "Dec 2 ... 2024"
            if (day == 0 && (month == 0 || year < 0) && word.size() <= 2)
                day = number;
            else if (year < 0) {
                year = number;
                yearDigits = int(word.size());
            }
        } else if (month == 0 && monthOf(word) > 0) {
            month = monthOf(word);
        } else if (!zone && time) {
            zone = zoneOffsetMinutes(word);
        }
    }
    if (yearDigits == 2) // RFC 5322 §4.3 obs-year
        year += year < 50 ? 2000 : 1900;
    else if (yearDigits == 3)
        year += 1900;
    const QDate date(year, month, day);
    if (!date.isValid() || !time || !time->isValid() || !zone)
        return std::nullopt;
    const QTimeZone offset(*zone * 60);
    if (!offset.isValid())
        return std::nullopt;
    return QDateTime(date, *time, offset);
}

ReceivedHop parseReceived(const QString &value)
{
    ReceivedHop hop;
    hop.raw = value;
    const QString text = value.left(maxHeaderLength);
    const qsizetype semicolon = dateSeparator(text);
    const QString clauses = semicolon >= 0 ? text.left(semicolon) : text;
    if (semicolon >= 0)
        hop.time = parseMailDateTime(text.mid(semicolon + 1));

    // RFC 5321 §4.4: From-domain By-domain Opt-info (via, with, id, for).
    // A keyword starts its clause the first time it is seen; later ones are
    // words of the clause they are in.
    QList<Word> clause[ClauseCount];
    bool seen[ClauseCount] = {};
    Clause current = Leading;
    for (const Word &w : splitWords(clauses)) {
        const Clause keyword = w.comment ? Leading : clauseOf(w.text);
        if (keyword != Leading && !seen[keyword]) {
            seen[keyword] = true;
            current = keyword;
            continue;
        }
        clause[current].append(w);
    }
    readFrom(clause[From], hop);
    hop.byHost = withoutTrailingDot(firstPlainWord(clause[By]));
    readWith(clause[With], hop);
    hop.id = stripAngles(firstPlainWord(clause[Id]));
    hop.forAddress = stripAngles(firstPlainWord(clause[For]));
    readTls(clauses, hop);
    return hop;
}

QList<ReceivedHop> parseReceivedChain(const QStringList &receivedNewestFirst)
{
    QList<ReceivedHop> hops;
    for (const QString &value : receivedNewestFirst) {
        if (hops.size() >= maxHops)
            break;
        hops.append(parseReceived(value));
    }
    return hops;
}

bool ReceivedHop::isPrivateOrLocal() const
{
    if (fromIp.isEmpty())
        return true;
    const QHostAddress address(fromIp);
    if (address.isNull())
        return true;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // IPv4-mapped IPv6 too
    if (isV4)
        return !isPublicV4(v4);
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    bool allZero = true;
    for (int i = 0; i < 15; ++i)
        allZero = allZero && v6[i] == 0;
    if (allZero && (v6[15] == 0 || v6[15] == 1)) // :: and ::1
        return true;
    return (v6[0] & 0xfe) == 0xfc // fc00::/7 unique local (RFC 4193)
        || (v6[0] == 0xfe && (v6[1] & 0x80) == 0x80) // fe80::/10 link-local, fec0::/10 site-local
        || v6[0] == 0xff; // multicast
}

std::optional<qint64> delaySeconds(const ReceivedHop &older, const ReceivedHop &newer)
{
    if (!older.time || !newer.time)
        return std::nullopt;
    return older.time->secsTo(*newer.time);
}

// The sending server is the client of the OLDEST hop whose client has a
// public address: hops before it are inside the sender's network (private
// addresses), hops after it are the receiver passing the message on, which
// for Microsoft 365 and Google happens between public addresses too.
// Submission hops are passed over when a later hop has a public client:
// a hop authenticated with SMTP AUTH (RFC 3848 "A") or received over HTTP
// records the author's own computer, not the server that sent the message
// to the receiver. When only such hops are public, the oldest of them is
// used. -1 when no hop names a public client.
int firstExternalHop(const QList<ReceivedHop> &hops)
{
    int oldestSubmission = -1;
    for (int i = int(hops.size()) - 1; i >= 0; --i) {
        const ReceivedHop &hop = hops.at(i);
        if (hop.isPrivateOrLocal())
            continue;
        const bool submission
            = hop.authenticated || hop.with.startsWith(QLatin1String("HTTP"), Qt::CaseInsensitive);
        if (!submission)
            return i;
        if (oldestSubmission < 0)
            oldestSubmission = i;
    }
    return oldestSubmission;
}

} // namespace MailMedic
