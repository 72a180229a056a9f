// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bounce/ReportFields.h"
#include "headers/AuthResults.h"
#include "headers/ReceivedRoute.h"
#include "headers/SpamVerdicts.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace MailMedic {

// A message that arrived (in the inbox or in the spam folder), read from its
// headers: what the receiving servers concluded and the way it came. Pasted
// as Gmail's "Show original", Outlook's "Internet headers", Thunderbird's or
// Apple Mail's source: full source or headers only.
struct DeliveredMessage
{
    QByteArray raw; // the bytes as given, for DKIM verification

    QStringList fromHeaders; // every From header (RFC 5322 §3.6: exactly one)
    QString fromAddress; // the first From's address, lower case
    QString fromDomain;
    QString mailFrom; // Return-Path (the envelope sender, which SPF checks)
    QString mailFromDomain;
    QString subject;
    bool hasDate = false;
    bool hasMessageId = false;
    QString recipientDomain; // Delivered-To, X-Original-To or To

    // Newest (topmost) first, as in the message.
    QList<AuthResultsHeader> authResults;
    QList<AuthResultsHeader> arcAuthResults;
    QList<ReceivedSpf> receivedSpf;
    QList<ReceivedHop> hops;
    QList<DkimTags> dkim;

    std::optional<MicrosoftVerdict> microsoft;
    QList<FilterVerdict> filters;

    // RFC 2369 / RFC 8058 and the marks of mail sent to many.
    QString listUnsubscribe;
    QString listUnsubscribePost;
    QString listId;
    QString precedence;

    // Auto-Submitted other than "no" (RFC 3834), X-Autoreply, or a report
    // (multipart/report: delivery status, feedback, read receipt).
    bool autoSubmitted = false;
    bool report = false;
    bool isReportOrAutoReply() const { return autoSubmitted || report; }

    // Whether any receiving server left its mark (trace or verdict headers):
    // without one, nothing here says how the message was received.
    bool hasReceiverHeaders() const;
    // Mail sent to many: an unsubscribe link, a list id, Precedence bulk or
    // list, or Microsoft's bulk rating.
    bool isBulk() const;
};

// Reads the headers of `raw`; nullopt when it is not a message (no header
// block with a From, Received or verdict header). Bytes beyond the headers
// are kept for DKIM, not parsed.
std::optional<DeliveredMessage> readDeliveredMessage(const QByteArray &raw);

// Something after the header block: a message, not headers alone
// (Outlook's "Internet headers").
bool hasMessageBody(const QByteArray &raw);

// The message itself in what the person pasted: without the summary Gmail's
// "Show original" page puts above it, or an mbox "From " line.
QByteArray deliveredMessageBytes(const QByteArray &raw);

} // namespace MailMedic
