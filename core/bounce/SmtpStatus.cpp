// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce/SmtpStatus.h"

#include <QHash>

namespace MailMedic::SmtpStatus {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

struct Detail
{
    const char *name;
    const char *reason; // fallback reason, "" when the code alone is not enough
};

// RFC 3463 §3 and the IANA registry of enhanced status codes. The reason
// column is what the code means for the sender when the server's text
// matched no rule.
const QHash<QString, Detail> &details()
{
    static const QHash<QString, Detail> table = {
        { QStringLiteral("0.0"), { "Other undefined status", "" } },
        { QStringLiteral("1.0"), { "Other address status", "userunknown" } },
        { QStringLiteral("1.1"), { "Bad destination mailbox address", "userunknown" } },
        { QStringLiteral("1.2"), { "Bad destination system address", "hostunknown" } },
        { QStringLiteral("1.3"), { "Bad destination mailbox address syntax", "userunknown" } },
        { QStringLiteral("1.4"), { "Destination mailbox address ambiguous", "filtered" } },
        { QStringLiteral("1.5"), { "Destination address valid", "" } },
        { QStringLiteral("1.6"), { "Destination mailbox has moved, no forwarding address", "hasmoved" } },
        { QStringLiteral("1.7"), { "Bad sender's mailbox address syntax", "rejected" } },
        { QStringLiteral("1.8"), { "Bad sender's system address", "rejected" } },
        { QStringLiteral("1.9"), { "Message relayed to non-compliant mailer", "systemerror" } },
        { QStringLiteral("1.10"), { "Recipient address has null MX", "notaccept" } },
        { QStringLiteral("2.0"), { "Other or undefined mailbox status", "filtered" } },
        { QStringLiteral("2.1"), { "Mailbox disabled, not accepting messages", "suspend" } },
        { QStringLiteral("2.2"), { "Mailbox full", "mailboxfull" } },
        { QStringLiteral("2.3"), { "Message length exceeds administrative limit", "exceedlimit" } },
        { QStringLiteral("2.4"), { "Mailing list expansion problem", "filtered" } },
        { QStringLiteral("3.0"), { "Other or undefined mail system status", "systemerror" } },
        { QStringLiteral("3.1"), { "Mail system full", "systemfull" } },
        { QStringLiteral("3.2"), { "System not accepting network messages", "notaccept" } },
        { QStringLiteral("3.3"), { "System not capable of selected features", "systemerror" } },
        { QStringLiteral("3.4"), { "Message too big for system", "mesgtoobig" } },
        { QStringLiteral("3.5"), { "System incorrectly configured", "systemerror" } },
        { QStringLiteral("4.0"), { "Other or undefined network or routing status", "networkerror" } },
        { QStringLiteral("4.1"), { "No answer from host", "expired" } },
        { QStringLiteral("4.2"), { "Bad connection", "networkerror" } },
        { QStringLiteral("4.3"), { "Directory server failure", "systemerror" } },
        { QStringLiteral("4.4"), { "Unable to route", "hostunknown" } },
        { QStringLiteral("4.5"), { "Mail system congestion", "systemfull" } },
        { QStringLiteral("4.6"), { "Routing loop detected", "networkerror" } },
        { QStringLiteral("4.7"), { "Delivery time expired", "expired" } },
        { QStringLiteral("4.8"), { "Retry on IPv4", "networkerror" } },
        { QStringLiteral("5.0"), { "Other or undefined protocol status", "" } },
        { QStringLiteral("5.1"), { "Invalid command", "syntaxerror" } },
        { QStringLiteral("5.2"), { "Syntax error", "syntaxerror" } },
        { QStringLiteral("5.3"), { "Too many recipients", "toomanyconn" } },
        { QStringLiteral("5.4"), { "Invalid command arguments", "systemerror" } },
        { QStringLiteral("5.5"), { "Wrong protocol version", "systemerror" } },
        { QStringLiteral("5.6"), { "Authentication exchange line is too long", "syntaxerror" } },
        { QStringLiteral("6.0"), { "Other or undefined media error", "contenterror" } },
        { QStringLiteral("6.1"), { "Media not supported", "contenterror" } },
        { QStringLiteral("6.2"), { "Conversion required and prohibited", "contenterror" } },
        { QStringLiteral("6.3"), { "Conversion required but not supported", "contenterror" } },
        { QStringLiteral("6.4"), { "Conversion with loss performed", "contenterror" } },
        { QStringLiteral("6.5"), { "Conversion failed", "contenterror" } },
        { QStringLiteral("6.6"), { "Message content not available", "contenterror" } },
        { QStringLiteral("6.7"), { "Non-ASCII addresses not permitted", "contenterror" } },
        { QStringLiteral("6.8"), { "UTF-8 string reply required", "contenterror" } },
        { QStringLiteral("6.9"), { "UTF-8 header cannot be transferred", "contenterror" } },
        { QStringLiteral("6.10"), { "Message content rejected", "contenterror" } },
        // X.7.0 and X.7.1 name no cause: every kind of refusal uses them, so
        // they leave the reason to the words (never "securityerror" by default).
        { QStringLiteral("7.0"), { "Other or undefined security status", "" } },
        { QStringLiteral("7.1"), { "Delivery not authorized, message refused", "" } },
        { QStringLiteral("7.2"), { "Mailing list expansion prohibited", "securityerror" } },
        { QStringLiteral("7.3"), { "Security conversion required but not possible", "securityerror" } },
        { QStringLiteral("7.4"), { "Security features not supported", "securityerror" } },
        { QStringLiteral("7.5"), { "Cryptographic failure", "securityerror" } },
        { QStringLiteral("7.6"), { "Cryptographic algorithm not supported", "securityerror" } },
        { QStringLiteral("7.7"), { "Message integrity failure", "securityerror" } },
        { QStringLiteral("7.8"), { "Authentication credentials invalid", "securityerror" } },
        { QStringLiteral("7.9"), { "Authentication mechanism is too weak", "securityerror" } },
        { QStringLiteral("7.10"), { "Encryption needed", "securityerror" } },
        { QStringLiteral("7.11"),
            { "Encryption required for requested authentication mechanism", "securityerror" } },
        { QStringLiteral("7.12"), { "A password transition is needed", "securityerror" } },
        { QStringLiteral("7.13"), { "User account disabled", "suspend" } },
        { QStringLiteral("7.14"), { "Trust relationship required", "securityerror" } },
        { QStringLiteral("7.15"), { "Priority level is too low", "securityerror" } },
        { QStringLiteral("7.16"), { "Message is too big for the specified priority", "mesgtoobig" } },
        { QStringLiteral("7.17"), { "Mailbox owner has changed", "hasmoved" } },
        { QStringLiteral("7.18"), { "Domain owner has changed", "hasmoved" } },
        { QStringLiteral("7.19"), { "RRVS test cannot be completed", "securityerror" } },
        { QStringLiteral("7.20"), { "No passing DKIM signature found", "authfailure" } },
        { QStringLiteral("7.21"), { "No acceptable DKIM signature found", "authfailure" } },
        { QStringLiteral("7.22"), { "No valid author-matched DKIM signature found", "authfailure" } },
        { QStringLiteral("7.23"), { "SPF validation failed", "authfailure" } },
        { QStringLiteral("7.24"), { "SPF validation error", "authfailure" } },
        { QStringLiteral("7.25"), { "Reverse DNS validation failed", "requireptr" } },
        { QStringLiteral("7.26"), { "Multiple authentication checks failed", "authfailure" } },
        { QStringLiteral("7.27"), { "Sender address has null MX", "notaccept" } },
        { QStringLiteral("7.28"), { "Mail flood detected", "speeding" } },
        { QStringLiteral("7.29"), { "ARC validation failure", "authfailure" } },
        { QStringLiteral("7.30"), { "REQUIRETLS support required", "securityerror" } },
    };
    return table;
}

QString subjectDetail(const QString &code)
{
    return code.section(QLatin1Char('.'), 1, 2);
}

// Temporary failures that only the 4xx class makes harmless.
const QHash<QString, const char *> &temporaryReasons()
{
    static const QHash<QString, const char *> table = {
        { QStringLiteral("2.1"), "suspend" },
        { QStringLiteral("2.4"), "filtered" },
        { QStringLiteral("3.0"), "" },
        { QStringLiteral("4.0"), "" },
        { QStringLiteral("4.4"), "networkerror" },
        { QStringLiteral("5.0"), "" },
        { QStringLiteral("7.0"), "" },
        { QStringLiteral("7.1"), "blocked" },
        { QStringLiteral("7.2"), "blocked" },
        { QStringLiteral("7.25"), "blocked" },
        { QStringLiteral("1.0"), "" },
        { QStringLiteral("1.1"), "userunknown" },
    };
    return table;
}

} // namespace

bool isValidEnhancedStatus(const QString &code)
{
    const QStringList parts = code.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    if (parts[0] != QLatin1String("2") && parts[0] != QLatin1String("4") && parts[0] != QLatin1String("5"))
        return false;
    for (int i = 1; i < 3; ++i) {
        if (parts[i].isEmpty() || parts[i].size() > 3)
            return false;
        for (QChar c : parts[i])
            if (!isDigit(c))
                return false;
    }
    return true;
}

std::optional<int> findReplyCode(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 3 <= n; ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('2') && c != QLatin1Char('4') && c != QLatin1Char('5'))
            continue;
        if (i > 0
            && (text[i - 1].isLetterOrNumber() || text[i - 1] == QLatin1Char('.')
                || text[i - 1] == QLatin1Char('-') || text[i - 1] == QLatin1Char('#')
                || text[i - 1] == QLatin1Char(':')))
            continue;
        if (!isDigit(text[i + 1]) || !isDigit(text[i + 2]))
            continue;
        // The code stands alone: followed by space, '-', or the end of the text.
        if (i + 3 < n) {
            const QChar next = text[i + 3];
            if (next != QLatin1Char(' ') && next != QLatin1Char('-') && next != QLatin1Char('\t')
                && next != QLatin1Char('\n') && next != QLatin1Char('\r') && next != QLatin1Char(']')
                && next != QLatin1Char(','))
                continue;
            // "550-5.7.1" is a reply code; "550-123" (a phone number) is not.
            if (next == QLatin1Char('-') && (i + 4 >= n || !(text[i + 4].isSpace() || isDigit(text[i + 4]))))
                continue;
        }
        const int value
            = (c.unicode() - '0') * 100 + (text[i + 1].unicode() - '0') * 10 + (text[i + 2].unicode() - '0');
        const int second = value / 10 % 10;
        if (second > 5)
            continue; // RFC 5321 §4.2.1: the second digit is 0..5
        return value;
    }
    return std::nullopt;
}

QString findEnhancedStatus(QStringView text, std::optional<int> replyCode)
{
    const QChar wantClass = replyCode ? QChar(QLatin1Char(char('0' + *replyCode / 100))) : QChar();
    QString vague;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 5 <= n; ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('2') && c != QLatin1Char('4') && c != QLatin1Char('5'))
            continue;
        if (text[i + 1] != QLatin1Char('.'))
            continue;
        if (i > 0) {
            const QChar prev = text[i - 1];
            if (isDigit(prev) || prev == QLatin1Char('.') || prev == QLatin1Char('v')
                || prev == QLatin1Char('V') || prev.isLetter())
                continue;
        }
        qsizetype j = i + 2;
        qsizetype start = j;
        while (j < n && isDigit(text[j]) && j - start < 3)
            ++j;
        if (j == start || j >= n || text[j] != QLatin1Char('.') || j - start > 1)
            continue; // the subject is one digit, 0..7
        const int subject = text[start].unicode() - '0';
        if (subject > 7)
            continue;
        ++j;
        start = j;
        while (j < n && isDigit(text[j]))
            ++j;
        if (j == start || j - start > 3)
            continue;
        if (j < n && (text[j] == QLatin1Char('.') && j + 1 < n && isDigit(text[j + 1])))
            continue; // a version number such as 4.92.3.1
        const QString code = text.mid(i, j - i).toString();
        if (!wantClass.isNull() && c != wantClass && c != QLatin1Char('2')) {
            if (vague.isEmpty())
                vague = code;
            continue;
        }
        if (code.endsWith(QLatin1String(".0.0")) || code == QLatin1String("4.4.7")) {
            if (vague.isEmpty())
                vague = code;
            continue;
        }
        return code;
    }
    return vague;
}

QString className(const QString &code)
{
    if (code.startsWith(QLatin1Char('2')))
        return QStringLiteral("Success");
    if (code.startsWith(QLatin1Char('4')))
        return QStringLiteral("Persistent transient failure");
    if (code.startsWith(QLatin1Char('5')))
        return QStringLiteral("Permanent failure");
    return QString();
}

QString subjectName(const QString &code)
{
    static const char *const names[] = { "Other or undefined status", "Addressing status", "Mailbox status",
        "Mail system status", "Network and routing status", "Mail delivery protocol status",
        "Message content or media status", "Security or policy status" };
    const int subject = code.section(QLatin1Char('.'), 1, 1).toInt();
    if (!isValidEnhancedStatus(code) || subject < 0 || subject > 7)
        return QString();
    return QString::fromLatin1(names[subject]);
}

QString detailName(const QString &code)
{
    const auto it = details().constFind(subjectDetail(code));
    return it == details().cend() ? QString() : QString::fromLatin1(it->name);
}

QString reasonForStatus(const QString &code)
{
    if (!isValidEnhancedStatus(code))
        return QString();
    const QString key = subjectDetail(code);
    if (code.startsWith(QLatin1Char('2')))
        return QStringLiteral("delivered");
    if (code.startsWith(QLatin1Char('4'))) {
        const auto t = temporaryReasons().constFind(key);
        if (t != temporaryReasons().cend())
            return QString::fromLatin1(t.value());
    }
    const auto it = details().constFind(key);
    return it == details().cend() ? QString() : QString::fromLatin1(it->reason);
}

QString reasonForReplyCode(int replyCode)
{
    switch (replyCode) {
    case 421:
        return QStringLiteral("networkerror");
    case 450:
    case 550:
        return QString(); // "mailbox unavailable" covers too much to guess
    case 452:
        return QStringLiteral("systemfull");
    case 552:
        return QStringLiteral("mailboxfull");
    case 553:
        return QStringLiteral("userunknown");
    case 554:
        return QString();
    default:
        return QString();
    }
}

QString subjectDetailForReason(const QString &reason)
{
    static const QHash<QString, const char *> table {
        { QStringLiteral("userunknown"), "1.1" }, // RFC 3463 X.1.1 bad destination mailbox address
        { QStringLiteral("hostunknown"), "1.2" }, // X.1.2 bad destination system address
        { QStringLiteral("syntaxerror"), "5.2" }, // X.5.2 syntax error
        { QStringLiteral("hasmoved"), "1.6" }, // X.1.6 mailbox has moved
        { QStringLiteral("rejected"), "1.8" }, // X.1.8 bad sender's system address
        { QStringLiteral("notaccept"), "1.10" }, // RFC 7505 X.1.10 null MX
        { QStringLiteral("suspend"), "2.1" }, // X.2.1 mailbox disabled
        { QStringLiteral("mailboxfull"), "2.2" }, // X.2.2 mailbox full
        { QStringLiteral("exceedlimit"), "2.3" }, // X.2.3 exceeds administrative limit
        { QStringLiteral("systemfull"), "3.1" }, // X.3.1 mail system full
        { QStringLiteral("mesgtoobig"), "3.4" }, // X.3.4 message too big for system
        { QStringLiteral("systemerror"), "3.0" }, // X.3.0 other mail system status
        { QStringLiteral("mailererror"), "3.0" },
        { QStringLiteral("networkerror"), "4.0" }, // X.4.0 other network or routing status
        { QStringLiteral("toomanyconn"), "4.5" }, // X.4.5 mail system congestion
        { QStringLiteral("expired"), "4.7" }, // X.4.7 delivery time expired
        { QStringLiteral("contenterror"), "6.0" }, // X.6.0 other media error
        { QStringLiteral("notcompliantrfc"), "6.0" },
        { QStringLiteral("securityerror"), "7.0" }, // X.7.0 other security status
        { QStringLiteral("blocked"), "7.1" }, // X.7.1 delivery not authorized, message refused
        { QStringLiteral("filtered"), "7.1" }, { QStringLiteral("spamdetected"), "7.1" },
        { QStringLiteral("policyviolation"), "7.1" }, { QStringLiteral("badreputation"), "7.1" },
        { QStringLiteral("virusdetected"), "7.1" }, { QStringLiteral("norelaying"), "7.1" },
        { QStringLiteral("speeding"), "7.1" }, { QStringLiteral("suppressed"), "7.1" },
        { QStringLiteral("failedstarttls"), "7.10" }, // RFC 5248 X.7.10 encryption needed
        { QStringLiteral("requireptr"), "7.25" }, // RFC 7372 X.7.25 reverse DNS validation failed
        { QStringLiteral("authfailure"), "7.26" }, // RFC 7372 X.7.26 multiple authentication checks failed
    };
    return QString::fromLatin1(table.value(reason, "0.0"));
}

bool isUsuallyTemporary(const QString &reason)
{
    return reason == QLatin1String("networkerror") || reason == QLatin1String("speeding")
        || reason == QLatin1String("toomanyconn") || reason == QLatin1String("systemfull")
        || reason == QLatin1String("onhold");
}

} // namespace MailMedic::SmtpStatus
