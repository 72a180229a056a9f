// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/DomainName.h"

#include <QRegularExpression>
#include <QUrl>

namespace MailMedic::DomainName {

QString normalized(const QString &name)
{
    QString n = name.trimmed().toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

QString ofAddress(const QString &address)
{
    const int at = address.lastIndexOf(QLatin1Char('@'));
    QString domain = (at >= 0 ? address.mid(at + 1) : address).trimmed().toLower();
    while (domain.endsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('>')))
        domain.chop(1);
    return domain.contains(QLatin1Char('.')) ? domain : QString();
}

QString fromInput(const QString &input)
{
    QString d = input.trimmed().toLower();
    const int at = d.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        d = d.mid(at + 1);
    d = normalized(d);
    const QString ace = QString::fromLatin1(QUrl::toAce(d));
    static const QRegularExpression re(QStringLiteral(
        "^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$"));
    return re.match(ace).hasMatch() ? ace : QString();
}

} // namespace MailMedic::DomainName
