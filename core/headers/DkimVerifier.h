// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace MailMedic {

// The public key a DKIM-Signature names: a TXT record at
// selector._domainkey.domain (RFC 6376 §3.6.2.1).
struct DkimKeyQuery
{
    QString selector; // s=
    QString domain; // d=

    // selector._domainkey.domain, lower case, without a trailing dot: the
    // key of the answers verifyDkim() takes.
    QString name() const;
    bool operator==(const DkimKeyQuery &other) const { return name() == other.name(); }
};

// The keys the DKIM-Signature header fields of `message` (a whole message,
// CRLF or LF line ends) ask for: in header order, each name once, from the
// first 10 signatures (the ones verifyDkim() reports). Signatures without a
// usable s= or d= ask for nothing.
QList<DkimKeyQuery> dkimKeyQueries(const QByteArray &message);

// What DNS said for one DkimKeyQuery::name(), asked by the caller's resolver.
struct DkimKeyAnswer
{
    enum class State {
        Found, // a TXT record: `txt`
        NoRecord, // NXDOMAIN, or the name has no TXT record
        Failed, // timeout, SERVFAIL: the question could not be answered
    };
    State state = State::NoRecord;
    QByteArray txt; // the character-strings of the TXT record, joined
};

// One DKIM-Signature header field and what became of it.
struct DkimSignatureResult
{
    QString domain; // d=
    QString selector; // s=
    QString identity; // i=, decoded; empty when the signature has none
    QString algorithm; // a=, e.g. rsa-sha256
    QStringList signedHeaders; // h=, lower case, in order
    enum class Outcome {
        Pass,
        BodyHashMismatch, // bh= does not match the body (RFC 6376 §6.1.3)
        HeaderHashMismatch, // b= does not verify over the signed header fields
        KeyNotFound, // no key record (RFC 6376 §6.1.2 step 3)
        KeyRevoked, // p= is empty (RFC 6376 §3.6.1, §6.1.2 step 7)
        KeyUnusable, // bad key record syntax, wrong k=, h= or s= not allowing this signature...
        KeyTooSmall, // an RSA key of fewer than 1024 bits (RFC 8301 §3.2); keyBits says how many
        KeyNotAsked, // DNS could not be asked: untested, not a failure (RFC 6376 §6.1.2 step 2)
        Expired, // x= is in the past (RFC 6376 §3.5)
        SignatureBroken, // bad signature header syntax, a required tag missing, From not signed...
        Unknown,
    };
    Outcome outcome = Outcome::Unknown;
    int keyBits = 0; // RSA modulus size (256 for ed25519); 0 when no key was read
    bool testing = false; // t=y in the key record (RFC 6376 §3.6.1)
    std::optional<QDateTime> signedAt; // t=, UTC
    std::optional<QDateTime> expiresAt; // x=, UTC
    QString detail; // libopendkim's words for what went wrong (evidence, English); empty on Pass
    bool bodyLengthLimited = false; // l= present: only part of the body is signed (RFC 6376 §8.2)
};

struct DkimVerification
{
    QList<DkimSignatureResult> signatures; // in header order; empty when the message has none
    QString error; // set when the message could not be processed at all (not a message, ...)
};

// Verifies every DKIM-Signature of a delivered message (the first 10, RFC
// 6376 §6.1 lets a verifier limit them) with libopendkim. It asks no DNS:
// the keys come from `keys`, by DkimKeyQuery::name() of dkimKeyQueries(); a
// name missing from `keys` counts as not asked. x= and t= are judged
// against `now`, not the system clock.
//
// Safe to call from several threads at once: each call has its own
// libopendkim instance (see the .cpp for why).
DkimVerification verifyDkim(
    const QByteArray &message, const QHash<QString, DkimKeyAnswer> &keys, const QDateTime &now);

} // namespace MailMedic
