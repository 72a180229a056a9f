// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace MailMedic {

struct ReadResult
{
    QByteArray data;
    QString error; // empty on success; a sentence naming the file otherwise
    bool ok() const { return error.isNull(); }
};

class InputReader
{
public:
    // Inputs larger than this are refused with a clear message instead of
    // eating the machine's memory (a bounce is rarely above a few MB).
    static constexpr qint64 MaxInputBytes = 64 * 1024 * 1024;

    static ReadResult readFile(const QString &path);
    static ReadResult readDevice(QIODevice &device, const QString &name);

    // dsn (has a delivery report), message (RFC 5322 headers), text (a pasted
    // snippet) or empty (nothing but white space).
    static InputKind detectKind(const QByteArray &data);
};

} // namespace MailMedic
