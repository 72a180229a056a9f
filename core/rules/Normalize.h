// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace MailMedic {

// The text the rules see. Multi-line SMTP replies (RFC 5321 §4.2.1) are
// joined: a continuation line that repeats the code of the line before
// ("550-5.7.26 foo" / "550 5.7.26 bar") loses that code and its enhanced
// status code, so only the first line keeps its prefix. The same holds for
// a reply an MTA already joined into one line (Postfix: "said: 553-you are
// trying to use me 553-as a relay ... 553 resolve this issue"): after white
// space, a code and enhanced code that repeat the open reply's are dropped;
// such a reply runs on over folded lines until a blank line. Then every run of
// white space (CR, LF, tabs, NBSP and other Unicode spaces) becomes one space,
// and the ends are trimmed. Same semantics as normalize() in
// tests/data/seeds/check_rules.py, which the rule authors test against.
QString normalizeDiagnostic(const QString &text);

// `text` with each half of a broken surrogate pair replaced by U+FFFD:
// PCRE2 refuses to search invalid UTF-16, and text from a damaged file can
// hold some. Returns `text` itself (no copy) when it is valid.
QString replaceLoneSurrogates(const QString &text);

} // namespace MailMedic
