// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bounce/Bounce.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What a bounce says in words and fields: RFC 3464 delivery-status fields,
// RFC 5965 feedback reports, and the free text MTAs write for people.
namespace MailMedic {

struct TextRecipient
{
    QString address;
    QString diagnostic;
    QString remoteMta;
    QString command;
};

struct DkimTags
{
    QString domain;
    QString selector;
};

// Bytes of unknown or wrong charset to Unicode (UTF-8 when it is valid,
// otherwise GMime's best guess), so nothing ends up as mojibake.
QString decodeUnknownBytes(const QByteArray &bytes);

// Bytes in a named charset; a null string when the converter refuses them.
QString decodeBytes(const QByteArray &bytes, const char *charset);

void readDeliveryStatus(const QByteArray &block, Bounce &bounce);
void readFeedbackReport(const QByteArray &block, Bounce &bounce);
DkimTags parseDkimTags(const QString &headerValue);
QStringList ipsFromReceived(const QStringList &receivedHeaders);
QString htmlToText(const QString &html);

// The text before the copy of the original message that many MTAs append;
// the copy's headers fill `returned` when it is still empty.
QString cutAtOriginalMessage(const QString &text, ReturnedMessage *returned);

bool looksLikeAutoReply(
    const QString &autoSubmitted, const QString &subject, bool autoReplyHeader, const QString &from);

// Amazon SES notifications (JSON, often delivered by SNS e-mail): bounce,
// complaint and delivery records. False when the text holds none.
bool readSesNotification(const QString &text, Bounce &bounce);

bool looksLikeDeliveryNotice(const QString &from, const QString &subject);

// Recipients named in free text, each with the words that follow it.
QList<TextRecipient> scanRecipients(const QString &text, const QStringList &exclude);
QString smtpCommandIn(const QString &text);

} // namespace MailMedic
