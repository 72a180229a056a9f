// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace MailMedic {

// One resource record of an answer, already decoded for the checks.
struct DnsRecord
{
    // A/AAAA: the address as text; MX/NS/PTR/CNAME: the target name without
    // the trailing dot; TXT: the character-strings of one record concatenated
    // without separator (RFC 7208 §3.3); SOA: "mname rname serial refresh
    // retry expire minimum".
    QString value;
    int preference = 0; // MX only
    quint32 ttl = 0;
};

// What one question to one server produced. Everything a check needs to
// decide between "fail" and "untested", plus the raw bytes for evidence.
struct DnsAnswer
{
    enum class RecordType { A, AAAA, MX, TXT, PTR, NS, CNAME, SOA };
    enum class Outcome {
        Records, // the server answered with records of the asked type
        NoData, // the name exists but has no records of that type
        NxDomain, // the name does not exist
        ServFail, // the server could not answer (often broken DNSSEC or delegation)
        Refused, // the server will not answer us
        TimedOut, // no answer in time
        Unreachable, // nothing listens there (connection refused, no route)
        FormatError, // the answer could not be parsed
        Other, // anything else c-ares reports; see errorText
    };

    QString name;
    RecordType type = RecordType::A;
    Outcome outcome = Outcome::Other;
    QList<DnsRecord> records;
    quint32 minTtl = 0; // the smallest TTL of the records, 0 without records
    QByteArray raw; // the response as received (empty if none arrived)
    QString server; // the server(s) asked, "addr:port"
    qint64 elapsedMs = 0;
    QString errorText;

    bool hasRecords() const { return outcome == Outcome::Records && !records.isEmpty(); }
    // True when the question could not be asked or answered: the check that
    // needed it is "untested", never "fail". NoData and NxDomain are answers.
    bool couldNotAsk() const;
    // Stable names for JSON and evidence: records, nodata, nxdomain, servfail,
    // refused, timeout, unreachable, formerr, error.
    QString outcomeName() const { return outcomeName(outcome); }
    // Why a check that needed this answer is "untested": timeout, servfail,
    // refused, unreachable or error (the vocabulary of untested causes).
    QString untestedCause() const;
    // The AD flag of the raw response (RFC 4035 §3.2.3), for later DNSSEC work.
    bool authenticatedData() const;
    // One line for evidence: "MX example.test: nodata (12 ms, 127.0.0.1:5353)".
    QString summary() const;

    static QString outcomeName(Outcome outcome);
    static QString typeName(RecordType type); // "A", "MX", ...
    static std::optional<RecordType> typeFromName(const QString &name);
    static int typeCode(RecordType type); // the RR TYPE number (RFC 1035 §3.2.2)
};

} // namespace MailMedic

Q_DECLARE_METATYPE(MailMedic::DnsAnswer)
