// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Domain names as MailMedic compares and asks for them: one place for what
// used to be five slightly different helpers.
namespace MailMedic::DomainName {

// "Example.COM." -> "example.com": trimmed, lower case, no trailing dots.
QString normalized(const QString &name);

// The domain of an address ("Anna <anna@Example.com>" -> "example.com"), or
// of a name given as it is; empty when what is left has no dot.
QString ofAddress(const QString &address);

// What a person typed for "your domain" (a domain or an address): its domain
// in ASCII form (IDNA, "bücher.example" -> "xn--bcher-kva.example"), or empty
// when it is not a valid host name (RFC 1123 §2.1, RFC 5890).
QString fromInput(const QString &input);

} // namespace MailMedic::DomainName
