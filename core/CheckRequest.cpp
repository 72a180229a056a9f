// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a diagnosis asks the live checks to do: the CheckRequest built from a
// Report, and whether it leaves anything to do. The running is in CheckSession.cpp.
#include "CheckSession.h"
#include "dns/DomainName.h"

#include <QHostAddress>

namespace MailMedic {

QHostAddress CheckSession::publicAddress(const QStringList &addresses)
{
    for (const QString &text : addresses) {
        const QHostAddress a(text);
        if (a.isNull() || a.isLoopback() || a.isLinkLocal() || a.isMulticast())
            continue;
        // RFC 1918 and RFC 4193 addresses never reach another provider's MX.
        if (a.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8)
            || a.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12)
            || a.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16)
            || a.isInSubnet(QHostAddress(QStringLiteral("fc00::")), 7))
            continue;
        return a;
    }
    return QHostAddress();
}

CheckRequest CheckSession::requestFor(const Report &report, const QString &domainOverride)
{
    CheckRequest request;
    request.domain = domainOverride.isEmpty() ? report.senderDomain : domainOverride;
    request.sendingIp = publicAddress(report.sendingIps);
    request.dkimDomain = report.dkimDomain;
    request.dkimSelector = report.dkimSelector;
    request.mailFromDomain = report.mailFromDomain;
    request.sendingProvider = report.sendingProvider;
    request.checks = report.wantedChecks;
    request.language = report.language;
    // Where the refusal came from decides whose MX is worth asking about:
    // "domain not found" or "could not connect" is about the recipient's
    // domain; SPF, DKIM, DMARC, PTR and blocklists are always the sender's.
    static const QStringList recipientSide { QStringLiteral("hostunknown"), QStringLiteral("notaccept"),
        QStringLiteral("networkerror"), QStringLiteral("expired"), QStringLiteral("systemerror"),
        QStringLiteral("systemfull"), QStringLiteral("toomanyconn"), QStringLiteral("mailboxfull"),
        QStringLiteral("userunknown"), QStringLiteral("suspend"), QStringLiteral("hasmoved"),
        QStringLiteral("mesgtoobig") };
    for (const Recipient &r : report.recipients) {
        if (r.reason == report.reason && recipientSide.contains(r.reason)) {
            request.recipientDomain = DomainName::ofAddress(r.address);
            if (!request.recipientDomain.isEmpty())
                break;
        }
    }
    return request;
}

bool CheckSession::hasWork(const CheckRequest &request)
{
    const auto wants = [&request](const char *check) {
        return request.checks.isEmpty() || request.checks.contains(QLatin1String(check));
    };
    const QString domain = DomainName::ofAddress(request.domain);
    const QString dkimDomain
        = request.dkimDomain.isEmpty() ? domain : DomainName::ofAddress(request.dkimDomain);
    if (!domain.isEmpty() && (wants("mx") || wants("ns") || wants("spf") || wants("dmarc")))
        return true;
    if (!request.recipientDomain.isEmpty() && (wants("mx") || wants("ns")))
        return true;
    if (!dkimDomain.isEmpty() && wants("dkim"))
        return true;
    if (!request.sendingIp.isNull() && (wants("ptr") || wants("blocklist-ip")))
        return true;
    if (!request.uriDomains.isEmpty() && wants("blocklist-url"))
        return true;
    return !request.servers.isEmpty();
}

} // namespace MailMedic
