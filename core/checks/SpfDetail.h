// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What SpfEvaluator.cpp (records, limits, the result) and SpfMechanisms.cpp
// (a, mx, ptr, include, redirect, exists) share. Internal to checks/.

#include "checks/SpfEvaluator.h"
#include "dns/DnsAnswer.h"

#include <QHostAddress>
#include <QString>

namespace MailMedic::SpfDetail {

// RFC 7208 §4.6.4
inline constexpr int kLookupLimit = 10;
inline constexpr int kVoidLimit = 2;
inline constexpr int kNameLimit = 10; // MX hosts, PTR names
// Audit mode counts past the limit, but an include loop must still end.
inline constexpr int kAuditLookupCap = 50;

inline QString causeOf(const DnsAnswer &answer)
{
    return answer.untestedCause();
}

inline QString dnsTrouble(const DnsAnswer &answer)
{
    return QStringLiteral("%1 %2: %3")
        .arg(DnsAnswer::typeName(answer.type), answer.name, answer.outcomeName());
}

inline bool isVoid(const DnsAnswer &answer)
{
    return answer.outcome == DnsAnswer::Outcome::NoData || answer.outcome == DnsAnswer::Outcome::NxDomain
        || (answer.outcome == DnsAnswer::Outcome::Records && answer.records.isEmpty());
}

inline bool sameDomain(const QString &a, const QString &b)
{
    QString x = a, y = b;
    if (x.endsWith(QLatin1Char('.')))
        x.chop(1);
    if (y.endsWith(QLatin1Char('.')))
        y.chop(1);
    return x.compare(y, Qt::CaseInsensitive) == 0;
}

// The name is `domain` or below it (RFC 7208 §5.5).
inline bool withinDomain(const QString &name, const QString &domain)
{
    QString n = name;
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    QString d = domain;
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return sameDomain(n, d) || n.endsWith(QLatin1Char('.') + d, Qt::CaseInsensitive);
}

inline QHostAddress unmapped(const QHostAddress &address)
{
    // An IPv4-mapped IPv6 client is an IPv4 client (RFC 7208 §5: "ip4"
    // and "a" compare IPv4 addresses).
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    const Q_IPV6ADDR a = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (a[i] != 0)
            return address;
    }
    if (a[10] != 0xff || a[11] != 0xff)
        return address;
    return QHostAddress(quint32(a[12]) << 24 | quint32(a[13]) << 16 | quint32(a[14]) << 8 | quint32(a[15]));
}

inline bool usesValidatedName(const QString &spec)
{
    return spec.contains(QLatin1String("%{p"), Qt::CaseInsensitive);
}

} // namespace MailMedic::SpfDetail

namespace MailMedic {

struct SpfEvaluator::Outcome
{
    SpfResult result = SpfResult::Neutral;
    QString error;
    QString cause;
    QString explanation;
};

struct SpfEvaluator::Frame
{
    QString domain;
    SpfRecord record;
    int node = 0;
    int next = 0; // the next mechanism to evaluate
    bool underInclude = false; // a fail here is only "no match" for the includer
    Done done;
};

} // namespace MailMedic
