// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bounce/Bounce.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What a bounce says in words: the free text MTAs write for people, the
// copy of the original message, auto-replies and Amazon SES notifications.
// The machine-readable fields are read in ReportFields, charsets in Charset.
namespace MailMedic {

struct TextRecipient
{
    QString address;
    QString diagnostic;
    QString remoteMta;
    QString command;
};

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
