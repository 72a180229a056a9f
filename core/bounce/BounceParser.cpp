// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce/BounceParser.h"

#include "bounce/Charset.h"
#include "bounce/GMimeSupport.h"
#include "bounce/HumanText.h"
#include "bounce/ReportFields.h"
#include "bounce/SmtpStatus.h"

#include <gmime/gmime.h>

#include <QRegularExpression>

#include <algorithm>

#include <utility>

namespace MailMedic {

namespace {

constexpr int MaxTextChars = 256 * 1024;
constexpr int MaxMimeBytes = 8 * 1024 * 1024;

struct GFreeDeleter
{
    void operator()(char *p) const { g_free(p); }
};
using GString_ = std::unique_ptr<char, GFreeDeleter>;

QString header(GMimeObject *object, const char *name)
{
    return fromGChar(g_mime_object_get_header(object, name)).trimmed();
}

QString addressList(InternetAddressList *list)
{
    if (!list || internet_address_list_length(list) == 0)
        return QString();
    // The bare address of the first mailbox: "Kijitora <k@example.net>" -> k@example.net
    InternetAddress *first = internet_address_list_get_address(list, 0);
    if (INTERNET_ADDRESS_IS_MAILBOX(first))
        return fromGChar(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(first)));
    GString_ s(internet_address_list_to_string(list, nullptr, FALSE));
    return fromGChar(s.get());
}

// The decoded body of a leaf part: transfer encoding undone, bytes as sent.
QByteArray partBytes(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return QByteArray();
    g_mime_data_wrapper_write_to_stream(content, scratchStream());
    return scratchBytes();
}

// Text of a part in Unicode, whatever charset it declared (or failed to).
QString partText(GMimeObject *object)
{
    if (!GMIME_IS_PART(object))
        return QString();
    // Decoded once, whichever way the charset is then read.
    const QByteArray bytes = partBytes(GMIME_PART(object)).left(MaxTextChars * 4);
    const char *charset = g_mime_object_get_content_type_parameter(object, "charset");
    const bool labelled = charset && *charset && g_ascii_strcasecmp(charset, "us-ascii") != 0
        && g_ascii_strcasecmp(charset, "ascii") != 0;
    if (!labelled) {
        // No charset, or "us-ascii" on 8-bit bytes: guess rather than drop them.
        return decodeUnknownBytes(bytes);
    }
    // GMime maps the label to the converter's name (x-sjis, ks_c_5601-1987, ...).
    const QString text = decodeBytes(bytes, g_mime_charset_iconv_name(charset));
    if (!text.isNull())
        return text;
    return decodeUnknownBytes(bytes);
}

QByteArray objectBytes(GMimeObject *object)
{
    if (GMIME_IS_PART(object))
        return partBytes(GMIME_PART(object));
    // GMime may have parsed a delivery-status block as an embedded message.
    g_mime_object_write_content_to_stream(object, nullptr, scratchStream());
    return scratchBytes();
}

void readReturnedMessage(GMimeMessage *message, ReturnedMessage &out)
{
    if (!message || out.present())
        return;
    out.from = addressList(g_mime_message_get_from(message));
    out.to = addressList(g_mime_message_get_to(message));
    out.subject = fromGChar(g_mime_message_get_subject(message));
    out.messageId = fromGChar(g_mime_message_get_message_id(message));
    QString returnPath = header(GMIME_OBJECT(message), "Return-Path");
    returnPath.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    out.returnPath = returnPath.trimmed();
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    const int count = g_mime_header_list_get_count(headers);
    QStringList received;
    for (int i = 0; i < count; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(headers, i);
        const char *name = g_mime_header_get_name(h);
        // Values are decoded on request: ask only for the headers we read.
        const auto value = [h] { return fromGChar(g_mime_header_get_value(h)); };
        if (g_ascii_strcasecmp(name, "DKIM-Signature") == 0 && out.dkimDomain.isEmpty()) {
            const DkimTags tags = parseDkimTags(value());
            out.dkimDomain = tags.domain;
            out.dkimSelector = tags.selector;
        } else if (g_ascii_strcasecmp(name, "Authentication-Results") == 0) {
            out.authenticationResults.append(value().simplified());
        } else if (g_ascii_strcasecmp(name, "Received") == 0) {
            received.append(value());
        } else if (g_ascii_strcasecmp(name, "X-HmXmrOriginalRecipient") == 0) {
            out.complainant = value().trimmed();
        }
    }
    out.receivedIps = ipsFromReceived(received);
    out.received = received;
}

struct Collected
{
    QList<QByteArray> deliveryStatus;
    QStringList plainTexts;
    QStringList htmlTexts;
    QByteArray feedbackReport;
    QByteArray dispositionNotification;
    GMimeMessage *returned = nullptr;
    QByteArray returnedHeaders;
};

// A report part in its RFC 3464/8098 form or its RFC 6533 (internationalized) form.
bool isEither(GMimeContentType *type, const char *kind, const char *subtype, const char *globalSubtype)
{
    return type
        && (g_mime_content_type_is_type(type, kind, subtype)
            || g_mime_content_type_is_type(type, kind, globalSubtype));
}

void walk(GMimeObject *object, Collected &c, int depth)
{
    if (!object || depth > 24)
        return;
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (GMIME_IS_MULTIPART(object)) {
        auto *multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i)
            walk(g_mime_multipart_get_part(multipart, i), c, depth + 1);
        if (count == 0) {
            // A boundary that never occurs: everything landed in the prologue.
            c.plainTexts.append(fromGChar(g_mime_multipart_get_prologue(multipart)));
        }
        return;
    }
    if (isEither(type, "message", "delivery-status", "global-delivery-status")) {
        c.deliveryStatus.append(objectBytes(object));
        return;
    }
    if (type && g_mime_content_type_is_type(type, "message", "feedback-report")) {
        c.feedbackReport = objectBytes(object);
        return;
    }
    if (isEither(type, "message", "disposition-notification", "global-disposition-notification")) {
        if (c.dispositionNotification.isEmpty())
            c.dispositionNotification = objectBytes(object);
        return;
    }
    if (isEither(type, "text", "rfc822-headers", "global-headers")) {
        if (c.returnedHeaders.isEmpty())
            c.returnedHeaders = objectBytes(object);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        // The returned message: read its headers, never its body as bounce text.
        if (!c.returned)
            c.returned = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        return;
    }
    if (type && g_mime_content_type_is_type(type, "text", "plain")) {
        c.plainTexts.append(partText(object));
        return;
    }
    if (type && g_mime_content_type_is_type(type, "text", "html"))
        c.htmlTexts.append(partText(object));
}

// Bounces that list the failed addresses first and give the servers' answers
// in a section of their own name each address again there (Exchange's
// "Diagnostic information for administrators": the address, then "Remote
// Server returned '550 5.1.1 ...'"). The lines after such a later mention, up
// to a blank line, join the diagnostic when they carry a reply code.
QString withAnswerNamedLater(const QString &diagnostic, const QString &body, const QString &address)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = body.indexOf(address, from, Qt::CaseInsensitive);
        if (at < 0)
            return diagnostic;
        from = at + address.size();
        qsizetype end = body.indexOf(QLatin1String("\n\n"), from);
        if (end < 0)
            end = body.size();
        const QString after = body.mid(from, qMin<qsizetype>(end - from, 600)).trimmed();
        if (!after.isEmpty() && SmtpStatus::findReplyCode(after) && !diagnostic.contains(after))
            return diagnostic.isEmpty() ? after : diagnostic + QLatin1Char('\n') + after;
    }
}

void finishRecipients(Bounce &bounce, const QString &bodyText, const QString &originalSender = QString())
{
    // The sender of the original message is named in bounces too, but never failed.
    const QStringList exclude { bounce.from, bounce.returned.from, originalSender };
    const QList<TextRecipient> fromText = scanRecipients(bodyText, exclude);

    if (bounce.recipients.isEmpty()) {
        for (const TextRecipient &t : fromText) {
            BounceRecipient r;
            r.address = t.address;
            r.diagnostic = t.diagnostic;
            r.remoteMta = t.remoteMta;
            r.command = t.command;
            bounce.recipients.append(r);
        }
    } else {
        // A delivery report without Diagnostic-Code: the human text says why.
        for (BounceRecipient &r : bounce.recipients) {
            for (const TextRecipient &t : fromText) {
                const bool same = t.address.compare(r.address, Qt::CaseInsensitive) == 0
                    || fromText.size() == 1 || bounce.recipients.size() == 1;
                if (!same)
                    continue;
                if (r.diagnostic.isEmpty()) {
                    r.diagnostic = t.diagnostic;
                    r.diagnosticIsProse = true;
                }
                if (r.command.isEmpty())
                    r.command = t.command;
                if (r.remoteMta.isEmpty())
                    r.remoteMta = t.remoteMta;
                break;
            }
        }
    }
    for (BounceRecipient &r : bounce.recipients) {
        if (!r.replyCode && !r.address.isEmpty() && !SmtpStatus::findReplyCode(r.diagnostic))
            r.diagnostic = withAnswerNamedLater(r.diagnostic, bodyText, r.address);
        if (!r.replyCode)
            r.replyCode = SmtpStatus::findReplyCode(r.diagnostic);
        const QString spoken = SmtpStatus::findEnhancedStatus(r.diagnostic, r.replyCode);
        // A DSN's Status field is often a generic X.0.0 while the server's
        // own words carry the precise code.
        if (r.status.isEmpty()
            || (r.status.endsWith(QLatin1String(".0.0")) && !spoken.isEmpty()
                && spoken.at(0) == r.status.at(0)))
            r.status = spoken.isEmpty() ? r.status : spoken;
        if (r.command.isEmpty())
            r.command = smtpCommandIn(r.diagnostic);
    }
}

// GMime takes any "Name: value" line for a header, so a pasted line such as
// "Diagnostic-Code: smtp; 550 ..." or "SMTP-fout: 550 ..." parses as a message
// with no body. A message has at least one of the fields RFC 5322 §3.6 and
// RFC 5321 §4.4 put in every message or trace.
bool looksLikeMessage(GMimeObject *top)
{
    static const char *const fields[] = { "From", "To", "Subject", "Date", "Message-ID", "Received",
        "Return-Path", "Content-Type", "MIME-Version", "Sender", "Delivered-To" };
    for (const char *field : fields)
        if (g_mime_object_get_header(top, field))
            return true;
    return false;
}

// A message's source pasted whole, headers first (copied from "show original"
// or a saved .eml opened as text). Only ASCII, as sources are on the wire: text
// a mail program already decoded would be read again in the charset its
// headers declare, and come out as mojibake.
bool isMessageSource(QStringView text)
{
    static const QRegularExpression firstLine(
        QStringLiteral(
            "^(?:From \\S|(?:Return-Path|Received|Delivered-To|From|To|Subject|Date|Message-ID|"
            "MIME-Version|Content-Type|Reply-To|DKIM-Signature|Authentication-Results|X-[A-Za-z0-9-]+):)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!firstLine.match(text).hasMatch())
        return false;
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x7e; }))
        return false;
    // Headers end at the first empty line, before the body.
    return text.contains(QLatin1String("\n\n")) || text.contains(QLatin1String("\r\n\r\n"));
}

} // namespace

Bounce BounceParser::parseText(const QString &input)
{
    // parse() reads no further than this either; a 50 MB paste is not copied whole.
    const QStringView start = QStringView(input).left(MaxMimeBytes);
    // When GMime cannot read it after all, parse() reads it as text itself.
    return isMessageSource(start) ? parse(start.toLatin1()) : readText(input);
}

QString BounceParser::readableText(const QByteArray &raw)
{
    const QByteArray head = raw.left(MaxMimeBytes);
    MimeMessagePtr message = parseMimeMessage(head);
    if (!message || !looksLikeMessage(GMIME_OBJECT(message.get())))
        return decodeUnknownBytes(head.left(MaxTextChars * 4));
    const Bounce bounce = parse(head);
    QStringList lines;
    GMimeObject *top = GMIME_OBJECT(message.get());
    for (const char *field : { "From", "To", "Subject", "Date" }) {
        const QString value = qstrcmp(field, "Subject") == 0 ? bounce.subject : header(top, field);
        if (!value.isEmpty())
            lines << QLatin1String(field) + QStringLiteral(": ") + value;
    }
    lines << QString() << bounce.humanText.trimmed();
    return lines.join(QLatin1Char('\n'));
}

Bounce BounceParser::readText(const QString &input)
{
    Bounce bounce;
    if (input.trimmed().isEmpty())
        return bounce;
    bounce.kind = InputKind::Text;
    // What a server says about a failed delivery is in the first few
    // kilobytes; a pasted 50 MB log is read that far and no further, so the
    // answer comes in time whatever arrives.
    const QString text = input.size() > MaxTextChars ? input.left(MaxTextChars) : input;
    bounce.humanText = text;
    const QString body = cutAtOriginalMessage(text, &bounce.returned);
    bounce.noticeText = body;
    finishRecipients(bounce, body);
    // A pasted snippet about one recipient: all of it is the server's answer,
    // including any lines copied from before the address.
    if (bounce.recipients.size() == 1)
        bounce.recipients.first().diagnostic = body.trimmed().left(8000);
    return bounce;
}

Bounce BounceParser::parse(const QByteArray &raw)
{
    if (std::all_of(raw.cbegin(), raw.cend(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }))
        return Bounce();
    // The report parts come first; what lies beyond a few MB is the returned
    // message's attachments. Cutting there bounds time and memory.
    MimeMessagePtr message = parseMimeMessage(raw.size() > MaxMimeBytes ? raw.left(MaxMimeBytes) : raw);
    if (!message)
        return readText(decodeUnknownBytes(raw.left(MaxTextChars * 4)));

    GMimeObject *top = GMIME_OBJECT(message.get());
    if (!looksLikeMessage(top))
        return readText(decodeUnknownBytes(raw.left(MaxTextChars * 4)));

    Bounce bounce;
    bounce.kind = InputKind::Message;
    bounce.subject = fromGChar(g_mime_message_get_subject(message.get()));
    bounce.from = addressList(g_mime_message_get_from(message.get()));
    bounce.fromMailSystem = looksLikeDeliveryNotice(bounce.from, bounce.subject);

    Collected c;
    walk(g_mime_message_get_mime_part(message.get()), c, 0);

    if (!c.deliveryStatus.isEmpty())
        bounce.kind = InputKind::Dsn;
    for (const QByteArray &block : std::as_const(c.deliveryStatus))
        readDeliveryStatus(block, bounce);
    if (!c.feedbackReport.isEmpty())
        readFeedbackReport(c.feedbackReport, bounce);
    if (!c.feedbackReport.isEmpty() || !c.deliveryStatus.isEmpty())
        c.dispositionNotification.clear(); // a report about a report: the report counts
    if (!c.dispositionNotification.isEmpty())
        readDispositionNotification(c.dispositionNotification, bounce);

    readReturnedMessage(c.returned, bounce.returned);
    if (!bounce.returned.present() && !c.returnedHeaders.isEmpty()) {
        MimeMessagePtr headersOnly = parseMimeMessage(c.returnedHeaders);
        readReturnedMessage(headersOnly.get(), bounce.returned);
    }

    QString text = c.plainTexts.join(QLatin1Char('\n')).left(MaxTextChars);
    if (text.trimmed().isEmpty())
        text = htmlToText(c.htmlTexts.join(QLatin1Char('\n')));
    // Only a notice's header lines were pasted ("Subject: Warning: could not
    // send message for past 4 hours"): its subject is all the mail system
    // said. Headers of a message that travelled (Received) are read as such.
    if (text.trimmed().isEmpty() && c.deliveryStatus.isEmpty() && c.feedbackReport.isEmpty()
        && c.dispositionNotification.isEmpty() && !g_mime_object_get_header(top, "Received"))
        text = bounce.subject;
    bounce.humanText = text;
    if (c.deliveryStatus.isEmpty() && readSesNotification(text, bounce))
        return bounce;
    if (c.deliveryStatus.isEmpty()) {
        // Delivery-status fields written into the text itself (a broken
        // multipart/report, or an MTA that never learned MIME).
        static const QRegularExpression dsnStart(QStringLiteral("^(?:Reporting-MTA|Final-Recipient):"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = dsnStart.match(text);
        if (m.hasMatch())
            readDeliveryStatus(text.mid(m.capturedStart()).toUtf8(), bounce);
    }
    // Some MTAs paste the original message into the text after a marker.
    const QString body = cutAtOriginalMessage(text, &bounce.returned);
    bounce.noticeText = body;
    // RFC 3834 §3.3: an automatic response goes to the envelope sender with
    // an empty return path; older responders mark themselves with Precedence
    // (bulk, junk, auto_reply), which RFC 3834 §2 lists as their custom.
    const QString precedence = header(top, "Precedence").trimmed().toLower();
    const bool respondersMark = !bounce.fromMailSystem
        && header(top, "Return-Path").trimmed() == QLatin1String("<>")
        && (precedence == QLatin1String("bulk") || precedence == QLatin1String("junk")
            || precedence == QLatin1String("auto_reply"));
    // A read receipt marks itself auto-replied too (RFC 8098 §2.1, RFC 3834):
    // its disposition part says more than the mark.
    bounce.autoReply = !bounce.dispositionNotification
        && looksLikeAutoReply(header(top, "Auto-Submitted"), bounce.subject,
            !header(top, "X-Autoreply").isEmpty() || !header(top, "X-Autorespond").isEmpty()
                || respondersMark,
            bounce.from);
    // A JMRP complaint (Microsoft's feedback loop, older than ARF): the
    // returned message names the mailbox that marked it as junk.
    if (!bounce.feedbackReport && !bounce.returned.complainant.isEmpty()) {
        bounce.feedbackReport = true;
        bounce.feedbackType = QStringLiteral("abuse");
    }
    if (bounce.feedbackReport) {
        if (bounce.recipients.isEmpty()) {
            // RFC 5965 §3.2: Original-Rcpt-To is optional; the complained-of
            // message's To (or JMRP's field) names who complained. A report
            // that names nobody is still a complaint, never "no result".
            BounceRecipient r;
            r.address = !bounce.returned.complainant.isEmpty()  ? bounce.returned.complainant
                : bounce.returned.to.contains(QLatin1Char('@')) ? bounce.returned.to
                                                                : QString();
            bounce.recipients.append(r);
        }
        return bounce;
    }
    if (bounce.dispositionNotification)
        return bounce; // the receipt names its recipient; the text is the reader's client's
    if (bounce.autoReply && bounce.kind != InputKind::Dsn) {
        BounceRecipient r;
        r.address = bounce.from;
        r.diagnostic = body.simplified().left(500);
        bounce.recipients.append(r);
        return bounce;
    }
    const bool fromReport = !bounce.recipients.isEmpty();
    finishRecipients(bounce, body, addressList(g_mime_message_get_to(message.get())));

    // Exim and Google name the failed addresses in a header as well; it fills
    // in what the text left unnamed.
    QStringList failed;
    for (const QString &a : header(top, "X-Failed-Recipients").split(QLatin1Char(','), Qt::SkipEmptyParts))
        failed.append(a.trimmed());
    if (!failed.isEmpty()) {
        if (bounce.recipients.size() == 1 && bounce.recipients.first().address.isEmpty()) {
            const BounceRecipient shared = bounce.recipients.first();
            bounce.recipients.clear();
            for (const QString &address : std::as_const(failed)) {
                BounceRecipient r = shared;
                r.address = address;
                bounce.recipients.append(r);
            }
        } else {
            // The header is the MTA's own list: other addresses in the text
            // ("ultimately generated from x", the sender) did not fail.
            const auto listed = [&failed](const BounceRecipient &r) {
                return failed.contains(r.address, Qt::CaseInsensitive);
            };
            if (!fromReport && std::any_of(bounce.recipients.cbegin(), bounce.recipients.cend(), listed))
                bounce.recipients.erase(std::remove_if(bounce.recipients.begin(), bounce.recipients.end(),
                                            [&listed](const BounceRecipient &r) { return !listed(r); }),
                    bounce.recipients.end());
            int next = 0;
            for (BounceRecipient &r : bounce.recipients)
                if (r.address.isEmpty() && next < failed.size())
                    r.address = failed.at(next++);
        }
    }
    return bounce;
}

} // namespace MailMedic
