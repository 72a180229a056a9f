// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace MailMedic {

using TagList = QList<QPair<QString, QString>>; // in order, names lower case

// A tag=value list as DKIM keys (RFC 6376 §3.2) and DMARC records (RFC 7489
// §6.4) write them: pairs separated by ";", whitespace around them allowed,
// a trailing ";" too. What is not a pair, and a tag given again, is left out
// and handed to `problem` with the tag (or the text) it is about and an
// encoded Detail (report/Detail.h): tag-not-pair or tag-twice.
TagList parseTagList(
    const QString &text, const std::function<void(const QString &tag, const QString &detail)> &problem);

} // namespace MailMedic
