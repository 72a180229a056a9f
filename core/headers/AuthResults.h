// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// What the receiving servers wrote about a delivered message's
// authentication: Authentication-Results (RFC 8601), ARC-Authentication-
// Results (RFC 8617 §4.1.3) and Received-SPF (RFC 7208 §9.1). Pure parsing,
// no DNS: the values are read as the receiver wrote them.
namespace MailMedic {

struct AuthMethodResult
{
    QString method; // spf, dkim, dmarc, arc, iprev, auth, dkim-atps, bimi, compauth ... lower case
    QString result; // pass, fail, softfail, neutral, none, temperror, permerror, policy ... lower case
    QString reason; // reason="..." (RFC 8601 §2.2 reasonspec), else the comment
    // ptype.property=value (RFC 8601 §2.2 propspec): "smtp.mailfrom",
    // "header.d", "header.i", "header.from", "header.b", "policy.dmarc" ...;
    // names lower case, values with the quotes removed. Words written
    // without a ptype (Microsoft's "action=none") are kept under their name.
    QMap<QString, QString> properties;
    QString comment; // the comments of this result, joined with a space
};

struct AuthResultsHeader
{
    QString authservId; // empty when the receiver wrote none (Microsoft 365 does not)
    int version = 1; // RFC 8601 §2.2 authres-version
    int arcInstance = 0; // "i=N;" of an ARC-Authentication-Results, 0 otherwise
    QList<AuthMethodResult> results; // in the order written
    bool none = false; // "; none" (RFC 8601 §2.2 no-result)
    QString raw; // the value as given, cut at 64 KiB
};

// Reads the value of an Authentication-Results or ARC-Authentication-Results
// header (everything after the colon, folded lines allowed). Lenient like
// the receivers that write them: comments (nested) and quoted strings
// anywhere CFWS may be, no authserv-id, "method=result(comment)" without
// space, stray words. nullopt when the value is empty or no authserv-id
// and no result can be read.
std::optional<AuthResultsHeader> parseAuthenticationResults(const QString &value);

struct ReceivedSpf
{
    QString result; // RFC 7208 §8 result, lower case
    QString comment; // the first comment, e.g. "google.com: domain of ... designates ..."
    // client-ip, envelope-from, helo, receiver, identity, mechanism, problem
    // and other keys (RFC 7208 §9.1), names lower case; quotes and the angle
    // brackets around a whole value ("<a@example.com>", "<UNKNOWN>") removed.
    QMap<QString, QString> keyValues;
};

// Reads the value of a Received-SPF header. nullopt when it does not start
// with an SPF result (RFC 7208 §2.6, plus "error" and "unknown" of the SPF
// drafts that old filters still write).
std::optional<ReceivedSpf> parseReceivedSpf(const QString &value);

} // namespace MailMedic
