// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headers/DeliveredMessage.h"

#include "bounce/GMimeSupport.h"
#include "dns/DomainName.h"

#include <QRegularExpression>

#include <algorithm>

#include <gmime/gmime.h>

namespace MailMedic {

namespace {

constexpr qsizetype MaxHeaderBytes = 1024 * 1024;

// Where the header block starts. Gmail's "Show original" page, copied
// whole, puts its summary (Message ID, Created at, SPF: PASS ...) above the
// source; Thunderbird's saved source may start with an mbox "From " line.
qsizetype headerStart(const QByteArray &raw)
{
    static const QRegularExpression first(
        QStringLiteral("^(?:Delivered-To|Received|Return-Path|X-Received|ARC-Seal|ARC-Message-Signature|"
                       "ARC-Authentication-Results|Authentication-Results|DKIM-Signature|Received-SPF|"
                       "X-Forefront-Antispam-Report|X-Original-To|Envelope-to|X-Envelope-From):"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(raw.left(64 * 1024));
    const QRegularExpressionMatch m = first.match(head);
    if (!m.hasMatch())
        return 0;
    // Only skip text that is not itself part of a header block: a message
    // that starts with "From:" or "Subject:" keeps them.
    static const QRegularExpression headerLine(QStringLiteral("^[A-Za-z0-9-]{1,76}:[ \\t]"));
    const QString before = head.left(m.capturedStart());
    const QStringList lines = before.split(QLatin1Char('\n'));
    // The input starts with a header (or an mbox line): it is a message
    // already, whatever it quotes further down.
    const QString firstLine = before.trimmed().section(QLatin1Char('\n'), 0, 0);
    if (headerLine.match(firstLine).hasMatch() || firstLine.startsWith(QLatin1String("From ")))
        return 0;
    const bool allHeaders = std::all_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.trimmed().isEmpty() || headerLine.match(line).hasMatch()
            || line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'));
    });
    if (allHeaders)
        return 0;
    // A short preamble without a mail server's reply in it (Gmail's summary,
    // "here are the headers:"); a bounce's text that quotes the original's
    // headers further down says 550 or 5.1.1 above them and is left whole.
    static const QRegularExpression smtpCode(
        QStringLiteral("\\b(?:[245][0-9][0-9][ -]|[245]\\.[0-9]{1,3}\\.[0-9]{1,3}\\b)"));
    return lines.size() <= 24 && !smtpCode.match(before).hasMatch() ? m.capturedStart() : 0;
}

// The header block: up to the first empty line, or everything when the
// person copied headers only (Outlook's "Internet headers").
QByteArray headerBlock(const QByteArray &raw)
{
    QByteArray block = raw.left(MaxHeaderBytes);
    qsizetype end = -1;
    for (const char *separator : { "\r\n\r\n", "\n\n", "\r\r" }) {
        const qsizetype at = block.indexOf(separator);
        if (at >= 0 && (end < 0 || at < end))
            end = at;
    }
    if (end >= 0)
        block.truncate(end);
    return block + "\n\n";
}

QString addressOnly(const QString &value)
{
    return firstMailbox(value).toLower();
}

bool named(const char *name, const char *wanted)
{
    return g_ascii_strcasecmp(name, wanted) == 0;
}

} // namespace

bool DeliveredMessage::hasReceiverHeaders() const
{
    return !hops.isEmpty() || !authResults.isEmpty() || !arcAuthResults.isEmpty() || !receivedSpf.isEmpty()
        || microsoft.has_value() || !filters.isEmpty();
}

bool DeliveredMessage::isBulk() const
{
    const QString p = precedence.trimmed().toLower();
    return !listUnsubscribe.isEmpty() || !listId.isEmpty() || p == QLatin1String("bulk")
        || p == QLatin1String("list") || (microsoft && microsoft->bcl.value_or(0) >= 4)
        || (microsoft && microsoft->cat == QLatin1String("BULK"));
}

bool hasMessageBody(const QByteArray &raw)
{
    for (const char *separator : { "\r\n\r\n", "\n\n" }) {
        const qsizetype at = raw.indexOf(separator);
        if (at >= 0 && !raw.mid(at, 4096).trimmed().isEmpty())
            return true;
    }
    return false;
}

QByteArray deliveredMessageBytes(const QByteArray &raw)
{
    return raw.mid(headerStart(raw));
}

std::optional<DeliveredMessage> readDeliveredMessage(const QByteArray &input)
{
    const QByteArray raw = deliveredMessageBytes(input);
    MimeMessagePtr message = parseMimeMessage(headerBlock(raw));
    if (!message)
        return std::nullopt;
    DeliveredMessage m;
    m.raw = raw;
    QStringList received;
    QString forefront;
    QString forefrontUntrusted;
    QString organizationScl;
    QString microsoftAntispam;
    QString spamStatus;
    QString spamFlag;
    QString spamScore;
    QString spamLevel;
    QString spamdResult;
    QString rspamdAction;
    QString xSpam;
    QString rspamdScore;
    QString deliveredTo;
    QString to;
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message.get()));
    const int count = g_mime_header_list_get_count(headers);
    for (int i = 0; i < count && i < 2000; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(headers, i);
        const char *name = g_mime_header_get_name(h);
        if (!name)
            continue;
        // Values are decoded on request: ask only for the headers we read.
        const auto value = [h] { return fromGChar(g_mime_header_get_value(h)); };
        if (named(name, "From")) {
            m.fromHeaders << value();
        } else if (named(name, "Return-Path") && m.mailFrom.isEmpty()) {
            m.mailFrom = addressOnly(value());
        } else if (named(name, "Subject") && m.subject.isEmpty()) {
            m.subject = value().simplified();
        } else if (named(name, "Date")) {
            m.hasDate = true;
        } else if (named(name, "Message-ID")) {
            m.hasMessageId = !value().trimmed().isEmpty();
        } else if (named(name, "Delivered-To") || named(name, "X-Original-To")) {
            if (deliveredTo.isEmpty())
                deliveredTo = addressOnly(value());
        } else if (named(name, "To") && to.isEmpty()) {
            to = addressOnly(value());
        } else if (named(name, "Received")) {
            received << value();
        } else if (named(name, "Authentication-Results")) {
            if (auto ar = parseAuthenticationResults(value()))
                m.authResults << *ar;
        } else if (named(name, "ARC-Authentication-Results")) {
            if (auto ar = parseAuthenticationResults(value()))
                m.arcAuthResults << *ar;
        } else if (named(name, "Received-SPF")) {
            if (auto spf = parseReceivedSpf(value()))
                m.receivedSpf << *spf;
        } else if (named(name, "DKIM-Signature")) {
            m.dkim << parseDkimTags(value());
        } else if (named(name, "List-Unsubscribe")) {
            m.listUnsubscribe = value().simplified();
        } else if (named(name, "List-Unsubscribe-Post")) {
            m.listUnsubscribePost = value().simplified();
        } else if (named(name, "List-Id")) {
            m.listId = value().simplified();
        } else if (named(name, "Auto-Submitted")) {
            m.autoSubmitted
                = m.autoSubmitted || value().trimmed().compare(QLatin1String("no"), Qt::CaseInsensitive) != 0;
        } else if (named(name, "X-Autoreply") || named(name, "X-Autorespond")) {
            m.autoSubmitted = true;
        } else if (named(name, "Content-Type")) {
            m.report = value().contains(QLatin1String("multipart/report"), Qt::CaseInsensitive);
        } else if (named(name, "Precedence")) {
            m.precedence = value().simplified();
        } else if (named(name, "X-Forefront-Antispam-Report") && forefront.isEmpty()) {
            forefront = value();
        } else if (named(name, "X-Forefront-Antispam-Report-Untrusted") && forefrontUntrusted.isEmpty()) {
            forefrontUntrusted = value();
        } else if (named(name, "X-MS-Exchange-Organization-SCL") && organizationScl.isEmpty()) {
            organizationScl = value();
        } else if (named(name, "X-Microsoft-Antispam") && microsoftAntispam.isEmpty()) {
            microsoftAntispam = value();
        } else if (named(name, "X-Spam-Status") && spamStatus.isEmpty()) {
            spamStatus = value();
        } else if (named(name, "X-Spam-Flag") && spamFlag.isEmpty()) {
            spamFlag = value();
        } else if (named(name, "X-Spam-Score") && spamScore.isEmpty()) {
            spamScore = value();
        } else if (named(name, "X-Spam-Level") && spamLevel.isEmpty()) {
            spamLevel = value();
        } else if (named(name, "X-Spamd-Result") && spamdResult.isEmpty()) {
            spamdResult = value();
        } else if (named(name, "X-Rspamd-Action") && rspamdAction.isEmpty()) {
            rspamdAction = value();
        } else if (named(name, "X-Spam") && xSpam.isEmpty()) {
            xSpam = value();
        } else if (named(name, "X-Rspamd-Score") && rspamdScore.isEmpty()) {
            rspamdScore = value();
        }
    }
    if (!m.fromHeaders.isEmpty()) {
        m.fromAddress = addressOnly(m.fromHeaders.first());
        m.fromDomain = DomainName::ofAddress(m.fromAddress);
    }
    m.mailFromDomain = DomainName::ofAddress(m.mailFrom);
    m.recipientDomain = DomainName::ofAddress(deliveredTo.isEmpty() ? to : deliveredTo);
    m.hops = parseReceivedChain(received);
    // The -Untrusted twin is what an earlier Microsoft tenant wrote; the
    // receiving tenant's own report wins.
    m.microsoft = parseMicrosoftVerdict(
        forefront.isEmpty() ? forefrontUntrusted : forefront, organizationScl, microsoftAntispam);
    if (auto sa = parseSpamAssassin(spamStatus, spamFlag, spamScore, spamLevel))
        m.filters << *sa;
    if (auto rspamd = parseRspamd(spamdResult, rspamdAction, xSpam, rspamdScore))
        m.filters << *rspamd;
    if (m.fromHeaders.isEmpty() && !m.hasReceiverHeaders())
        return std::nullopt;
    return m;
}

} // namespace MailMedic
