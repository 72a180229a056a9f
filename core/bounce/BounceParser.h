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

private:
    // Text as text: a snippet, or a message GMime could not read.
    static Bounce readText(const QString &text);
};

} // namespace MailMedic
