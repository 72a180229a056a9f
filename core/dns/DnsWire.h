// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"

#include <QString>

// DNS messages as they come off the wire (RFC 1035 §4.1): the answer section
// read record by record, with c-ares's parsers where it has one, TTLs per
// RRset (RFC 2181 §5.2), and c-ares's status turned into an outcome.
namespace MailMedic::DnsWire {

constexpr int classIn = 1; // RFC 1035 §3.2.4

// The answer to `name`/`type` from c-ares's status and the raw response
// (`abuf`, `alen`; may be null when nothing came back).
DnsAnswer buildAnswer(
    const QString &name, DnsAnswer::RecordType type, int status, const unsigned char *abuf, int alen);

} // namespace MailMedic::DnsWire
