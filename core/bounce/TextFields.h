// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the readers of bounce/ share: RFC 3464-style "Name: value" fields.
// Internal to bounce/.

#include <QList>
#include <QString>

namespace MailMedic::TextFields {

struct Field
{
    QString name; // lower case
    QString value;
};

// RFC 3464 §2.1: header-style fields, continuation lines start with white
// space. Paragraphs (per-message, per-recipient) are separated by blank lines.
QList<QList<Field>> paragraphs(const QString &text);

// "rfc822; user@example.com" -> "user@example.com"
QString stripTypePrefix(const QString &value);

} // namespace MailMedic::TextFields
