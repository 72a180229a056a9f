// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/PtrCheck.h"
#include "dns/DomainName.h"

#include <QRegularExpression>

namespace MailMedic {

using Type = DnsAnswer::RecordType;

PtrCheck::PtrCheck(Resolver *resolver, QObject *parent) : DnsCheck(resolver, parent) { }

void PtrCheck::start(const QHostAddress &address)
{
    begin();
    m_address = address;
    m_ptr = DnsAnswer();
    m_names.clear();
    m_forward.clear();
    const QString reverse = Resolver::reverseName(address);
    if (!reverse.isEmpty())
        ask(reverse, Type::PTR, [this](const DnsAnswer &answer) { ptrAnswered(answer); });
    settle();
}

void PtrCheck::ptrAnswered(const DnsAnswer &answer)
{
    m_ptr = answer;
    const Type type = m_address.protocol() == QAbstractSocket::IPv6Protocol ? Type::AAAA : Type::A;
    for (const DnsRecord &record : answer.records) {
        m_names << DomainName::normalized(record.value);
        m_forward.append(DnsAnswer());
        const int index = int(m_forward.size()) - 1;
        ask(m_names.last(), type, [this, index](const DnsAnswer &a) { m_forward[index] = a; });
    }
}

bool PtrCheck::looksGeneric(const QString &name, const QHostAddress &address)
{
    const QString host = name.toLower();
    // The address itself written into the name, in either order, with
    // dashes, dots or nothing between the parts.
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 ip = address.toIPv4Address();
        QStringList octets;
        for (int shift = 24; shift >= 0; shift -= 8)
            octets << QString::number((ip >> shift) & 0xff);
        QStringList reversed = octets;
        std::reverse(reversed.begin(), reversed.end());
        for (const QStringList &parts : { octets, reversed }) {
            for (const QLatin1Char sep : { QLatin1Char('-'), QLatin1Char('.'), QLatin1Char('_') }) {
                const QString joined = parts.join(sep);
                const int pos = int(host.indexOf(joined));
                // Not the start of a longer number ("1-2-0-192" in "11-2-0-192").
                if (pos >= 0 && (pos == 0 || !host.at(pos - 1).isDigit())
                    && (pos + joined.size() == host.size() || !host.at(pos + joined.size()).isDigit()))
                    return true;
            }
        }
    }
    // Words access providers use for customer lines. "static", "host" or
    // "ip" alone are not generic: mail servers are called that too.
    static const QRegularExpression words(QStringLiteral(
        "(^|[.\\-_0-9])(dyn|dynamic|dsl|adsl|vdsl|xdsl|pool|dhcp|cable|ppp|pppoe|dialup|dial|broadband|"
        "customer|residential)([.\\-_0-9]|$)"));
    return words.match(host).hasMatch();
}

void PtrCheck::evaluate()
{
    const QString ip = m_address.toString();
    if (m_ptr.name.isEmpty() && m_names.isEmpty()) {
        // Nothing was asked: not an address.
        DnsAnswer none;
        none.name = ip;
        none.type = Type::PTR;
        none.errorText = QStringLiteral("not an IP address");
        add(untested(QStringLiteral("ptr"), none));
        return;
    }
    if (m_ptr.couldNotAsk()) {
        add(untested(QStringLiteral("ptr"), m_ptr));
        return;
    }
    QStringList lines = evidence(m_ptr);
    if (m_names.isEmpty()) {
        add(make(QStringLiteral("ptr-missing"), FindingStatus::Fail, { ip }, lines));
        return;
    }
    for (const DnsAnswer &forward : std::as_const(m_forward))
        lines << evidence(forward);
    if (m_names.size() > 1)
        add(make(QStringLiteral("ptr-multiple"), FindingStatus::Warn,
            { ip, m_names.join(QStringLiteral(", ")) }, lines));

    // FCrDNS: one of the names must lead back to the address.
    QString confirmedName;
    const DnsAnswer *failure = nullptr;
    QStringList forwardAddresses;
    for (int i = 0; i < m_names.size(); ++i) {
        const DnsAnswer &forward = m_forward.at(i);
        if (forward.couldNotAsk() && !failure)
            failure = &forward;
        for (const DnsRecord &record : forward.records) {
            forwardAddresses << record.value;
            if (confirmedName.isEmpty() && QHostAddress(record.value) == m_address)
                confirmedName = m_names.at(i);
        }
    }
    if (confirmedName.isEmpty()) {
        if (failure) {
            add(untested(QStringLiteral("ptr"), *failure));
            return;
        }
        add(make(QStringLiteral("ptr-not-confirmed"), FindingStatus::Fail,
            { ip, m_names.join(QStringLiteral(", ")),
                forwardAddresses.isEmpty() ? QStringLiteral("-")
                                           : forwardAddresses.join(QStringLiteral(", ")) },
            lines));
        return;
    }
    if (looksGeneric(confirmedName, m_address)) {
        add(make(QStringLiteral("ptr-generic"), FindingStatus::Warn, { ip, confirmedName }, lines));
        return;
    }
    add(make(QStringLiteral("ptr-ok"), FindingStatus::Pass, { ip, confirmedName }, lines));
}

} // namespace MailMedic
