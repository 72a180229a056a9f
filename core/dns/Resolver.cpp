// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Resolver.h"

#include <QHostAddress>
#include <QStringList>

namespace MailMedic {

Resolver::Resolver(QObject *parent) : QObject(parent)
{
    // Needed for queued connections and QSignalSpy (Qt 5 does not register
    // Q_DECLARE_METATYPE types on its own).
    qRegisterMetaType<MailMedic::DnsAnswer>("MailMedic::DnsAnswer");
}

Resolver::~Resolver() = default;

QString Resolver::reverseName(const QHostAddress &address)
{
    QStringList labels;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 ip = address.toIPv4Address();
        for (int shift = 0; shift < 32; shift += 8)
            labels << QString::number((ip >> shift) & 0xff);
        labels << QStringLiteral("in-addr") << QStringLiteral("arpa");
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR ip = address.toIPv6Address();
        for (int i = 15; i >= 0; --i) {
            labels << QString::number(ip[i] & 0x0f, 16);
            labels << QString::number((ip[i] >> 4) & 0x0f, 16);
        }
        labels << QStringLiteral("ip6") << QStringLiteral("arpa");
    }
    return labels.join(QLatin1Char('.'));
}

} // namespace MailMedic
