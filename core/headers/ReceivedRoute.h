// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The route of a delivered message, read from its Received headers
// (RFC 5321 §4.4 Time-Stamp-Line, RFC 5322 §3.6.7 trace fields) as
// Postfix, Exim, Sendmail, qmail, Microsoft 365, Gmail and others write them.
namespace MailMedic {

struct ReceivedHop
{
    QString raw;
    QString fromHelo; // the name the client gave in HELO/EHLO (Exim and qmail: "helo=" / "HELO")
    QString fromHost; // the reverse name the receiver found, in the TCP-info (Postfix writes "unknown")
    QString fromIp; // IPv4 or IPv6 of the client, without brackets or "IPv6:"
    QString byHost;
    // The "with" clause: the protocol (ESMTP, ESMTPS, ESMTPSA, SMTP, LMTP,
    // HTTP, local ... as written), or the whole clause with its comments when
    // it is no protocol name ("Microsoft SMTP Server (version=TLS1_2, ...)").
    QString with;
    QString id;
    QString forAddress; // without angle brackets
    // The date-time after the last ";" (RFC 5322 §3.3, obsolete zones of
    // §4.3 too), in the offset the header wrote: compare with secsTo() or
    // toUTC(), offsetFromUtc() is the receiver's zone. nullopt when missing
    // or without a zone.
    std::optional<QDateTime> time;
    // The hop was encrypted: "with ESMTPS/ESMTPSA/UTF8SMTPS..." (RFC 3848),
    // Postfix "(using TLSv1.3 with cipher ...)", Microsoft "version=TLS1_2",
    // Exim "(TLS1.3) tls CIPHER", Gmail "(Google Transport Security)".
    bool tls = false;
    QString tlsDetail; // "TLSv1.3 TLS_AES_256_GCM_SHA384", "TLS1_2 TLS_ECDHE_..." when written
    bool authenticated = false; // ESMTPA/ESMTPSA... (RFC 3848) or Postfix "(Authenticated sender: ...)"

    // fromIp is empty, unreadable, unspecified, loopback, RFC 1918, CGNAT
    // 100.64.0.0/10, link-local, multicast, ULA fc00::/7 or site-local.
    // Documentation ranges (RFC 5737, RFC 3849) count as public.
    bool isPrivateOrLocal() const;
};

// One hop per header, in the order given (newest first, as they appear in
// the message). At most 200 headers are read, each up to 16 KiB.
QList<ReceivedHop> parseReceivedChain(const QStringList &receivedNewestFirst);
ReceivedHop parseReceived(const QString &value);

// Seconds between two hops (newer - older); negative when the clocks
// disagree, nullopt when either has no time.
std::optional<qint64> delaySeconds(const ReceivedHop &older, const ReceivedHop &newer);

// The hop where the message entered from the Internet (see the .cpp for the
// choice), as an index into hops, -1 when no hop has a public client.
int firstExternalHop(const QList<ReceivedHop> &hops);

// An RFC 5322 §3.3 date-time, with the obsolete forms of §4.3 (two-digit
// years, named zones), day names ignored and comments allowed.
std::optional<QDateTime> parseMailDateTime(const QString &text);

} // namespace MailMedic
