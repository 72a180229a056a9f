// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bounce/Bounce.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The machine-readable parts of a bounce and of the returned message:
// RFC 3464 delivery-status fields, RFC 5965 feedback reports, the DKIM
// signature's d= and s=, and the sending IPs in Received headers.
namespace MailMedic {

// d=, s= and h= of one DKIM-Signature (RFC 6376 §3.5), as the signer wrote them.
struct DkimTags
{
    QString domain; // lower case
    QString selector;
    QStringList signedHeaders; // h=, lower case, in order
};

void readDeliveryStatus(const QByteArray &block, Bounce &bounce);
void readFeedbackReport(const QByteArray &block, Bounce &bounce);
// RFC 8098 message/disposition-notification: a read receipt. Its recipient
// got the message (action delivered); the disposition says what happened then.
void readDispositionNotification(const QByteArray &block, Bounce &bounce);
DkimTags parseDkimTags(const QString &headerValue);
QStringList ipsFromReceived(const QStringList &receivedHeaders);

} // namespace MailMedic
