// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DnsAnswer.h"

namespace MailMedic {

namespace {
struct TypeInfo
{
    DnsAnswer::RecordType type;
    const char *name;
    int code;
};
constexpr TypeInfo typeTable[] = {
    { DnsAnswer::RecordType::A, "A", 1 },
    { DnsAnswer::RecordType::AAAA, "AAAA", 28 },
    { DnsAnswer::RecordType::MX, "MX", 15 },
    { DnsAnswer::RecordType::TXT, "TXT", 16 },
    { DnsAnswer::RecordType::PTR, "PTR", 12 },
    { DnsAnswer::RecordType::NS, "NS", 2 },
    { DnsAnswer::RecordType::CNAME, "CNAME", 5 },
    { DnsAnswer::RecordType::SOA, "SOA", 6 },
};
} // namespace

bool DnsAnswer::couldNotAsk() const
{
    switch (outcome) {
    case Outcome::Records:
    case Outcome::NoData:
    case Outcome::NxDomain:
        return false;
    case Outcome::ServFail:
    case Outcome::Refused:
    case Outcome::TimedOut:
    case Outcome::Unreachable:
    case Outcome::FormatError:
    case Outcome::Other:
        break;
    }
    return true;
}

bool DnsAnswer::authenticatedData() const
{
    return raw.size() >= 4 && (static_cast<unsigned char>(raw.at(3)) & 0x20) != 0;
}

QString DnsAnswer::summary() const
{
    QString text = typeName(type) + QLatin1Char(' ') + name + QStringLiteral(": ") + outcomeName();
    if (!errorText.isEmpty())
        text += QStringLiteral(" (") + errorText + QLatin1Char(')');
    text += QStringLiteral(" [") + QString::number(elapsedMs) + QStringLiteral(" ms");
    if (!server.isEmpty())
        text += QStringLiteral(", ") + server;
    return text + QLatin1Char(']');
}

QString DnsAnswer::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Records:
        return QStringLiteral("records");
    case Outcome::NoData:
        return QStringLiteral("nodata");
    case Outcome::NxDomain:
        return QStringLiteral("nxdomain");
    case Outcome::ServFail:
        return QStringLiteral("servfail");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::TimedOut:
        return QStringLiteral("timeout");
    case Outcome::Unreachable:
        return QStringLiteral("unreachable");
    case Outcome::FormatError:
        return QStringLiteral("formerr");
    case Outcome::Other:
        break;
    }
    return QStringLiteral("error");
}

QString DnsAnswer::typeName(RecordType type)
{
    for (const TypeInfo &info : typeTable) {
        if (info.type == type)
            return QLatin1String(info.name);
    }
    return QString();
}

std::optional<DnsAnswer::RecordType> DnsAnswer::typeFromName(const QString &name)
{
    for (const TypeInfo &info : typeTable) {
        if (name.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.type;
    }
    return std::nullopt;
}

int DnsAnswer::typeCode(RecordType type)
{
    for (const TypeInfo &info : typeTable) {
        if (info.type == type)
            return info.code;
    }
    return 0;
}

QString DnsAnswer::untestedCause() const
{
    switch (outcome) {
    case Outcome::TimedOut:
        return QStringLiteral("timeout");
    case Outcome::ServFail:
        return QStringLiteral("servfail");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Unreachable:
        return QStringLiteral("unreachable");
    default:
        return QStringLiteral("error");
    }
}

} // namespace MailMedic
