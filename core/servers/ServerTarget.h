// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace MailMedic {

// What is spoken on a port: SMTP with TLS from the first byte (465),
// SMTP in the clear upgraded with STARTTLS when offered (587, 25), or the
// implicit-TLS mailbox protocols (993, 995).
enum class ServerProtocol { SmtpImplicitTls, SmtpStartTls, Imaps, Pop3s };
QString toString(ServerProtocol protocol); // "smtps", "smtp", "imaps", "pop3s"

struct ServerTarget
{
    QString host; // without the brackets of an IPv6 literal
    quint16 port = 0;
    ServerProtocol protocol = ServerProtocol::SmtpStartTls;
    QString given; // the --server value as typed
    // A receiving server: an MX of the domain, or given as mx://. No AUTH is
    // expected there, and the relay check runs (RFC 5321 §3.6.2).
    bool receiving = false;
    // Whether to try relaying there. Not on the recipient's servers, which
    // belong to someone else: only on the person's own.
    bool relayCheck = true;

    // "host:port", "[v6]:port": the target of the Probe in a Report.
    QString display() const;
    // "smtps", "smtp-starttls", "imaps", "pop3s": the id of the Probe.
    QString probeId() const;
    // "smtp", "imap", "pop3": how the ids of the findings about it begin
    // (smtp-untested, imap-line-too-long, ...).
    QString findingPrefix() const;
    bool isSmtp() const
    {
        return protocol == ServerProtocol::SmtpImplicitTls || protocol == ServerProtocol::SmtpStartTls;
    }
};

// Parses one --server value (DESIGN.md, "Command line"): HOST, HOST:PORT,
// [v6]:PORT, smtps://HOST[:PORT] (465), smtp://HOST[:PORT] (587),
// imaps:// (993), pop3s:// (995). A bare host gives two targets, 465 and 587.
// A port without a scheme picks the protocol by number (465 smtps, 993 imaps,
// 995 pop3s, anything else SMTP with STARTTLS). On a bad value the list is
// empty and *error says what is wrong in words a user understands.
QList<ServerTarget> parseServerTargets(const QString &value, QString *error);

} // namespace MailMedic

Q_DECLARE_METATYPE(MailMedic::ServerTarget)
