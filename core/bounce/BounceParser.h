// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bounce/Bounce.h"

#include <QByteArray>

namespace MailMedic {

// Raw input (a whole bounce, a returned message, or a pasted snippet) ->
// Bounce. MIME, transfer encodings, RFC 2047 words and charsets go through
// GMime; this class knows what a bounce says, not how MIME is built.
class BounceParser
{
public:
    static Bounce parse(const QByteArray &raw);
    // Input that is already text (the wizard's paste area). A whole message
    // source pasted there is read as the message it is.
    static Bounce parseText(const QString &text);
    // The message as a person reads it in a mail program, for an excerpt: its
    // From, To, Subject and Date, then its text, every part decoded from its
    // transfer encoding and charset (a KOI8-R or windows-1251 bounce comes out
    // in Cyrillic). Bytes that are not a message: their text, in the charset
    // GMime detects.
    static QString readableText(const QByteArray &raw);

private:
    // Text as text: a snippet, or a message GMime could not read.
    static Bounce readText(const QString &text);
};

} // namespace MailMedic
