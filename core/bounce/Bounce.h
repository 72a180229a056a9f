// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace MailMedic {

// One recipient the bounce talks about, as the sending side reported it.
struct BounceRecipient
{
    QString address; // Final-Recipient, or the address found in the text
    QString originalRecipient; // Original-Recipient (RFC 3464 §2.3.1)
    QString action; // failed, delayed, delivered, relayed, expanded
    QString status; // enhanced status code (RFC 3463), e.g. 5.1.1
    std::optional<int> replyCode;
    QString remoteMta;
    QString diagnostic; // the server's words, multi-line replies joined
    QString command; // the SMTP command that was refused (RCPT, DATA, MAIL, ...)
    // The diagnostic is the MTA's explanation for people (no Diagnostic-Code
    // field): it mentions all sorts of things, so a precise code counts more.
    bool diagnosticIsProse = false;
};

// The message that bounced, as far as the bounce returned it.
struct ReturnedMessage
{
    QString from;
    QString to;
    QString subject;
    QString messageId;
    QString returnPath; // the envelope sender (MAIL FROM), which SPF checks
    QString dkimDomain; // d= of the first DKIM-Signature
    QString dkimSelector; // s= of the first DKIM-Signature
    QStringList authenticationResults;
    QStringList receivedIps; // from the Received chain, newest first
    QStringList received; // the Received headers themselves, newest first
    // Microsoft's Junk Mail Reporting Program (JMRP) returns the complained-of
    // message with the complaining mailbox in X-HmXmrOriginalRecipient.
    QString complainant;
    bool present() const { return !from.isEmpty() || !to.isEmpty() || !messageId.isEmpty(); }
};

// Everything read from one input, before any rule is applied.
struct Bounce
{
    InputKind kind = InputKind::Empty;
    QString subject; // of the bounce itself
    QString from; // of the bounce itself (MAILER-DAEMON, postmaster, ...)
    QString reportingMta; // Reporting-MTA
    QString arrivalDate; // Arrival-Date
    QString humanText; // the readable explanation, decoded to Unicode
    QString noticeText; // humanText up to the returned original message, if it quotes one
    QList<BounceRecipient> recipients;
    ReturnedMessage returned;
    bool feedbackReport = false; // RFC 5965 ARF
    QString feedbackType; // abuse, fraud, ...
    bool autoReply = false; // RFC 3834 auto-reply (vacation)
    bool dispositionNotification = false; // RFC 8098 read receipt (MDN)
    // Sent by a mail system about a delivery (MAILER-DAEMON, "Undeliverable: ..."),
    // so recipients named in its text failed even when no code is given.
    bool fromMailSystem = false;
};

} // namespace MailMedic
