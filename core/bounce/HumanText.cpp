// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce/HumanText.h"
#include "bounce/TextFields.h"

#include "bounce/GMimeSupport.h"
#include "bounce/SmtpStatus.h"

#include <gmime/gmime.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace MailMedic {

namespace TextFields {

QString stripTypePrefix(const QString &value)
{
    const int semicolon = value.indexOf(QLatin1Char(';'));
    if (semicolon > 0 && semicolon < 16 && !value.left(semicolon).contains(QLatin1Char(' ')))
        return value.mid(semicolon + 1).trimmed();
    return value.trimmed();
}

QList<QList<Field>> paragraphs(const QString &text)
{
    QList<QList<Field>> result;
    QList<Field> current;
    // Line by line as text.split('\n') would give them, without a string per line.
    const QStringView all(text);
    int start = 0;
    while (true) {
        const int newline = int(all.indexOf(QLatin1Char('\n'), start));
        QStringView line = all.mid(start, newline < 0 ? -1 : newline - start);
        start = newline + 1;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                result.append(current);
            current.clear();
        } else if ((line.at(0) == QLatin1Char(' ') || line.at(0) == QLatin1Char('\t'))
            && !current.isEmpty()) {
            // Keep line breaks in Diagnostic-Code so multi-line replies can be joined properly.
            current.last().value += QLatin1Char('\n') + line.trimmed().toString();
        } else {
            const int colon = int(line.indexOf(QLatin1Char(':')));
            if (colon > 0) {
                current.append({ line.left(colon).trimmed().toString().toLower(),
                    line.mid(colon + 1).trimmed().toString() });
            }
        }
        if (newline < 0)
            break;
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

} // namespace TextFields

using namespace TextFields;

namespace {

constexpr int MaxDiagnosticChars = 4000;
constexpr int MaxBlockLines = 40;

const QRegularExpression &addressPattern()
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z0-9.!#$%&'*+/"
                                                      "=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?("
                                                      "?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"));
    return re;
}

bool isRoleSender(const QString &address)
{
    const QString local = address.section(QLatin1Char('@'), 0, 0).toLower();
    return local == QLatin1String("mailer-daemon") || local == QLatin1String("postmaster")
        || local == QLatin1String("mail-daemon") || local == QLatin1String("mailerdaemon");
}

// A mailing list's administrative addresses (RFC 2369 List-* targets; GNU
// Mailman's -request, -bounces, -owner, -admin; Majordomo's owner-list): they
// handle the bounce, they are never the recipient that failed.
bool isListRole(const QString &address)
{
    const QString local = address.section(QLatin1Char('@'), 0, 0).toLower();
    static const QRegularExpression listRole(
        QStringLiteral("(?:-(?:request|bounces?|owner|admin)(?:\\+.*)?$|^owner-|^bounces?[+-])"));
    return listRole.match(local).hasMatch();
}

// RFC 5321 §4.2.1: "550-text" followed by "550 text" or "550-text".
bool continuesReply(const QString &previous, const QString &line)
{
    const QString p = previous.trimmed();
    const QString l = line.trimmed();
    if (p.size() < 4 || l.size() < 4 || p.at(3) != QLatin1Char('-'))
        return false;
    return p.left(3) == l.left(3) && p.at(0).isDigit() && p.at(1).isDigit() && p.at(2).isDigit();
}

// Nothing but `address` (every occurrence, any case) and punctuation:
// "<user@example.net>:" or "  user@example.net". An empty address: nothing
// but punctuation. Skips the address as QString::remove() would, without a copy.
bool saysNothing(const QString &block, const QString &address)
{
    // A notice's closing line says nothing about the failure either:
    // "Please reply to <postmaster@...> if you feel this message to be in
    // error." (Netscape/Sun Messaging Server's "Returned Mail" notice).
    static const QRegularExpression closing(
        QStringLiteral(
            "(?:please\\s+)?(?:reply|write)\\s+to\\s+\\S+\\s+if\\s+you\\s+(?:feel|think|believe)\\s+"
            "this\\s+(?:message|mail)\\s+(?:to\\s+be|is)\\s+in\\s+error\\.?"),
        QRegularExpression::CaseInsensitiveOption);
    // Addresses are not words: a line listing several ("a@x.org, b@y.org")
    // says as little as a line with one.
    QString rest = block;
    rest.remove(closing);
    if (!address.isEmpty())
        rest.replace(address, QStringLiteral(" "), Qt::CaseInsensitive);
    rest.replace(addressPattern(), QStringLiteral(" "));
    return std::none_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

} // namespace

QString htmlToText(const QString &html)
{
    if (html.isEmpty())
        return QString();
    QString text = html;
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral("<(br|/p|/div|/tr|/li|/h[1-6])[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(scripts);
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString cutAtOriginalMessage(const QString &text, ReturnedMessage *returned)
{
    static const QRegularExpression marker(
        QStringLiteral(
            "^[ \\t]*(?:"
            "-{2,}.{0,20}(?:original message|copy of the message|below this line|undelivered message"
            "|returned message|message headers|headers of|original headers|message follows"
            "|unsent message|original mail|forwarded message)"
            "|original message headers:?"
            "|content-type: message/rfc822"
            "|-{3,}\\s*original message\\s*-{3,}"
            ")"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = marker.match(text);
    if (!m.hasMatch())
        return text;
    if (returned && !returned->present()) {
        const int lineEnd = text.indexOf(QLatin1Char('\n'), m.capturedEnd());
        if (lineEnd > 0) {
            QString rest = text.mid(lineEnd + 1);
            while (rest.startsWith(QLatin1Char('\n')) || rest.startsWith(QLatin1Char('\r')))
                rest.remove(0, 1);
            // Only the header block is wanted: GMime need not build the body.
            const int headerEnd = rest.indexOf(QLatin1String("\n\n"));
            const int headerSize = headerEnd < 0 ? 64 * 1024 : qMin(headerEnd + 1, 64 * 1024);
            MimeMessagePtr copy = parseMimeMessage(rest.left(headerSize).toUtf8());
            if (copy) {
                GMimeMessage *msg = copy.get();
                auto first = [](InternetAddressList *list) -> QString {
                    if (!list || internet_address_list_length(list) == 0)
                        return QString();
                    InternetAddress *a = internet_address_list_get_address(list, 0);
                    return INTERNET_ADDRESS_IS_MAILBOX(a)
                        ? QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)))
                        : QString();
                };
                returned->from = first(g_mime_message_get_from(msg));
                returned->to = first(g_mime_message_get_to(msg));
                returned->subject = QString::fromUtf8(g_mime_message_get_subject(msg));
                returned->messageId = QString::fromUtf8(g_mime_message_get_message_id(msg));
            }
        }
    }
    return text.left(m.capturedStart());
}

bool looksLikeAutoReply(
    const QString &autoSubmitted, const QString &subject, bool autoReplyHeader, const QString &from)
{
    if (isRoleSender(from))
        return false;
    // Outlook's and the webmails' subject prefixes for an automatic reply, in
    // the languages they ship ("Automatic reply:", "Automatisch antwoord:",
    // "Автоматический ответ:", "Réponse automatique :", ...), and the
    // out-of-office words people put there themselves.
    static const QRegularExpression subjectRe(
        QStringLiteral(
            "^\\s*\\[?(?:auto(?:matic)?[ -]?(?:reply|response|antwort|svar)|autoreply|auto:|out of "
            "(?:the )?office"
            "|vacation|abwesenheit|afwezig|automatisch antwoord|автоответ|автоматический ответ|отпуск"
            "|i am (?:out|away)|away from (?:the|my) office|on vacation|automatische antwort"
            "|r[ée]ponse automatique|respuesta autom[áa]tica|risposta automatica|resposta autom[áa]tica"
            "|automatyczna odpowied[źz]|odpowied[źz] automatyczna|自動応答|自動返信|nieobecno[śs][ćc])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // A Sieve "reject" answers automatically too, but it is a refusal (RFC
    // 5429 §2.2; Pigeonhole writes "Auto-Submitted: auto-replied (rejected)",
    // "Automatically rejected mail").
    if (autoSubmitted.contains(QLatin1String("(rejected)"), Qt::CaseInsensitive))
        return false;
    if (autoReplyHeader)
        return true;
    if (subjectRe.match(subject).hasMatch())
        return true;
    return autoSubmitted.startsWith(QLatin1String("auto-replied"), Qt::CaseInsensitive)
        && !subject.contains(QLatin1String("deliver"), Qt::CaseInsensitive)
        && !subject.contains(QLatin1String("undeliver"), Qt::CaseInsensitive)
        && !subject.contains(QLatin1String("failure"), Qt::CaseInsensitive)
        && !subject.contains(QLatin1String("rejected"), Qt::CaseInsensitive)
        && !subject.contains(QLatin1String("returned"), Qt::CaseInsensitive);
}

bool readSesNotification(const QString &text, Bounce &bounce)
{
    const int key = text.indexOf(QLatin1String("\"notificationType\""));
    if (key < 0)
        return false;
    const int open = text.lastIndexOf(QLatin1Char('{'), key);
    const int close = text.lastIndexOf(QLatin1Char('}'));
    if (open < 0 || close <= open)
        return false;
    QString json = text.mid(open, close - open + 1);
    // SNS mail wraps long lines with "!" + line break + space (RFC 5322 line length).
    json.remove(QLatin1String("!\r\n "));
    json.remove(QLatin1String("!\n "));
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString type = root.value(QStringLiteral("notificationType")).toString();
    if (type.isEmpty())
        return false;
    bounce.fromMailSystem = true;
    const auto addRecipients = [&bounce](const QJsonArray &list, const QString &action) {
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            BounceRecipient r;
            r.address = v.isString() ? v.toString() : o.value(QStringLiteral("emailAddress")).toString();
            r.action = o.value(QStringLiteral("action")).toString(action).toLower();
            const QString status
                = SmtpStatus::findEnhancedStatus(o.value(QStringLiteral("status")).toString());
            if (SmtpStatus::isValidEnhancedStatus(status))
                r.status = status;
            r.diagnostic = stripTypePrefix(o.value(QStringLiteral("diagnosticCode")).toString());
            bounce.recipients.append(r);
        }
    };
    if (type == QLatin1String("Bounce")) {
        addRecipients(root.value(QStringLiteral("bounce"))
                          .toObject()
                          .value(QStringLiteral("bouncedRecipients"))
                          .toArray(),
            QStringLiteral("failed"));
    } else if (type == QLatin1String("Complaint")) {
        const QJsonObject complaint = root.value(QStringLiteral("complaint")).toObject();
        bounce.feedbackReport = true;
        bounce.feedbackType = complaint.value(QStringLiteral("complaintFeedbackType")).toString();
        addRecipients(complaint.value(QStringLiteral("complainedRecipients")).toArray(), QString());
    } else if (type == QLatin1String("Delivery")) {
        addRecipients(
            root.value(QStringLiteral("delivery")).toObject().value(QStringLiteral("recipients")).toArray(),
            QStringLiteral("delivered"));
    }
    return !bounce.recipients.isEmpty();
}

bool looksLikeDeliveryNotice(const QString &from, const QString &subject)
{
    if (isRoleSender(from))
        return true;
    static const QRegularExpression subjectRe(
        QStringLiteral(
            "undeliver|not (?:be )?delivered|delivery (?:status|fail|notification|problem|report|delayed)"
            "|mail delivery|returned mail|failure notice|failed delivery|delivery has failed|non-?delivery"
            "|nicht zustellbar|unzustellbar|onbestelbaar|niet afgeleverd|не доставлено|недоставл"
            // Exchange's and Outlook's localized subjects (the wording in
            // tests/data/references/ndr-languages.jsonl's sources).
            "|не удается доставить|sin entregar|remise retard"
            "|ошибка доставки|mail error|error notification|returned to sender|rejected|bounce|ndr\\b"
            "|エラー|配信"
            // amavisd-new's notices to the sender (template-virus-sender.txt,
            // template-spam-sender.txt): "BANNED contents from you (...)",
            // "Spam claiming to be from you", "VIRUS in message apparently from you".
            "|(?:message|contents|claiming to be|apparently) from you\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return subjectRe.match(subject).hasMatch();
}

QString smtpCommandIn(const QString &text)
{
    static const QRegularExpression re(
        // "mail" and "data" are commands in capitals or as "MAIL FROM"; in
        // lower case they are prose ("An error occurred while sending mail").
        QStringLiteral("(?:(?:in reply to|after|>>>|while sending|SMTP command:?)\\s+|SMTP:)"
                       "(?:the\\s+)?(RCPT|MAIL(?=\\s*FROM\\b)|(?-i:MAIL|DATA)|end of data|HELO|EHLO|"
                       "STARTTLS|AUTH)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return QString();
    const QString c = m.captured(1).toUpper();
    if (c == QLatin1String("END OF DATA"))
        return QStringLiteral("DATA");
    if (c == QLatin1String("EHLO"))
        return QStringLiteral("HELO");
    return c;
}

QList<TextRecipient> scanRecipients(const QString &text, const QStringList &exclude)
{
    QSet<QString> excluded;
    for (const QString &e : exclude)
        if (!e.isEmpty())
            excluded.insert(e.toLower());
    // A transcript's "MAIL FROM:<x>" (RFC 5321 §3.3: the reverse-path) and an
    // Exim log line's "F=<x>" name the envelope sender, never a recipient.
    static const QRegularExpression envelopeSender(
        QStringLiteral("(?:(?i:\\bMAIL FROM:)\\s*|\\bF=)<([^<>\\s@]+@[^<>\\s]+)>"));
    for (auto it = envelopeSender.globalMatch(text); it.hasNext();)
        excluded.insert(it.next().captured(1).toLower());

    static const QRegularExpression headerLine(
        QStringLiteral("^\\s*(?:from|to|cc|reply-to|return-path|sender|message-id|in-reply-to|references|"
                       "envelope-from|x-[a-z0-9-]+|received|delivered-to|reporting-mta|arrival-date):"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hostRe(
        QStringLiteral("(?:\\bhost\\s+|while talking to\\s+|remote-mta:\\s*(?:dns;\\s*)?)"
                       "([A-Za-z0-9][A-Za-z0-9.-]*\\.[A-Za-z]{2,})"),
        QRegularExpression::CaseInsensitiveOption);
    // Addresses people are told to write to, and the sender's own message,
    // are named in prose too; they are recipients only when nothing better is.
    static const QRegularExpression prose(
        QStringLiteral("contact|please|questions|assistance|write to|send (?:an? )?(?:e-?mail|message) to|"
                       "help desk|helpdesk|support|abuse|a message that you sent|your message|"
                       // a filter's notice to the sender: "in email presumably from you <x@y>"
                       "\\bfrom you\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // "A message sent by\n  <sender@example.org>\ncould not be delivered": the sender.
    static const QRegularExpression sentBy(
        QStringLiteral("(?:message|mail) sent by\\s*:?\\s*$"), QRegularExpression::CaseInsensitiveOption);

    const QStringList lines = text.split(QLatin1Char('\n'));
    struct Hit
    {
        int line;
        QString address;
        bool weak;
    };
    QList<Hit> hits;
    QSet<QString> seen;
    // A line holding only an address already listed, after a blank line: a
    // second copy of the list (bounces often repeat it in another language)
    // ends the block above.
    QList<int> repeats;
    // A header's continuation lines ("To: a@x.org,\n\tb@y.org,") belong to it:
    // the quoted original's recipients are not the bounce's.
    bool inHeader = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const bool continuation = inHeader && !line.isEmpty()
            && (line.at(0) == QLatin1Char(' ') || line.at(0) == QLatin1Char('\t'));
        inHeader = continuation || headerLine.match(line).hasMatch();
        if (!line.contains(QLatin1Char('@')) || inHeader)
            continue;
        // An address inside a multi-line reply ("550-... report to\n550 abuse@...")
        // is part of the server's words, not a recipient.
        if (i > 0 && continuesReply(lines.at(i - 1), line))
            continue;
        const bool weak = prose.match(line).hasMatch() || (i > 0 && sentBy.match(lines.at(i - 1)).hasMatch());
        auto it = addressPattern().globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QString address = m.captured(0);
            while (address.endsWith(QLatin1Char('.')))
                address.chop(1);
            const QString key = address.toLower();
            if (seen.contains(key) && i > 0 && lines.at(i - 1).trimmed().isEmpty()
                && saysNothing(line, address))
                repeats.append(i);
            if (excluded.contains(key) || isRoleSender(address) || isListRole(address) || seen.contains(key))
                continue;
            seen.insert(key);
            hits.append({ i, address, weak });
        }
    }
    if (std::any_of(hits.cbegin(), hits.cend(), [](const Hit &h) { return !h.weak; }))
        hits.erase(std::remove_if(hits.begin(), hits.end(), [](const Hit &h) { return h.weak; }), hits.end());

    const auto blockText = [&](int from, int to) -> QString {
        QStringList block;
        for (int i = qMax(0, from); i < to && i - from < MaxBlockLines; ++i)
            block.append(lines.at(i).trimmed());
        QString joined = block.join(QLatin1Char('\n')).trimmed();
        if (joined.size() > MaxDiagnosticChars)
            joined.truncate(MaxDiagnosticChars);
        return joined;
    };
    const auto isHitLine = [&hits](int line) {
        return std::any_of(hits.cbegin(), hits.cend(), [line](const Hit &h) { return h.line == line; });
    };

    QList<TextRecipient> result;
    for (int h = 0; h < hits.size(); ++h) {
        const int first = hits.at(h).line;
        int end = int(lines.size());
        for (int k = h + 1; k < hits.size(); ++k) {
            if (hits.at(k).line > first) {
                end = hits.at(k).line;
                break;
            }
        }
        for (int line : std::as_const(repeats)) {
            if (line > first) {
                end = qMin(end, line);
                break;
            }
        }
        TextRecipient r;
        r.address = hits.at(h).address;
        QString block = blockText(first, end);
        if (saysNothing(block, r.address)) {
            // Recipients listed back to back share the explanation after the list ...
            int next = end;
            while (next < lines.size() && isHitLine(next))
                ++next;
            QString after = blockText(next, int(lines.size()));
            if (!after.isEmpty() && !saysNothing(after, QString()))
                block += QLatin1Char('\n') + after;
            // ... or the one just before it ("The user's account is disabled:\n  <x@y>").
            // Up to a few paragraphs back ("Your message was not delivered within
            // 2 days.\n\nThe following recipients did not receive it:\n\n<x@y>"),
            // never across another recipient or a MIME boundary.
            if (saysNothing(block, r.address)) {
                int from = first;
                while (from > 0 && first - from < 8 && !isHitLine(from - 1)
                    && !lines.at(from - 1).startsWith(QLatin1String("--")))
                    --from;
                block = blockText(from, first) + QLatin1Char('\n') + block;
            }
        }
        // "Could not be delivered because of\n\n550 5.1.1 User unknown\n\nThe
        // following recipients were affected:" — the server's answer comes
        // before the list and holds for every address in it.
        if (!SmtpStatus::findReplyCode(block) && SmtpStatus::findEnhancedStatus(block).isEmpty()) {
            const int listStart = hits.constFirst().line;
            for (int i = listStart - 1; i >= 0 && listStart - i <= 8; --i) {
                if (SmtpStatus::findReplyCode(lines.at(i)) && !isHitLine(i)) {
                    block = lines.at(i).trimmed() + QLatin1Char('\n') + block;
                    break;
                }
            }
        }
        r.diagnostic = block.trimmed();
        const QRegularExpressionMatch host = hostRe.match(block);
        if (host.hasMatch())
            r.remoteMta = host.captured(1);
        r.command = smtpCommandIn(block);
        result.append(r);
    }
    if (result.isEmpty()) {
        const QString all = text.trimmed();
        if (!all.isEmpty()) {
            TextRecipient r;
            r.diagnostic = all.left(MaxDiagnosticChars);
            const QRegularExpressionMatch host = hostRe.match(r.diagnostic);
            if (host.hasMatch())
                r.remoteMta = host.captured(1);
            r.command = smtpCommandIn(r.diagnostic);
            result.append(r);
        }
    }
    return result;
}

} // namespace MailMedic
