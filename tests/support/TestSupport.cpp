// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QTcpServer>
#include <QUdpSocket>

namespace MailMedic::Test {

QString sharedDir()
{
    const QByteArray env = qgetenv("MAILMEDIC_SHARED_DIR");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral("../shared") : QString::fromLocal8Bit(env));
}

QString sourceDir()
{
    const QByteArray env = qgetenv("MAILMEDIC_SOURCE_DIR");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(".") : QString::fromLocal8Bit(env));
}

quint16 freePort()
{
    // Knot listens on UDP and TCP: the port must be free for both.
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            continue;
        QUdpSocket udp;
        if (udp.bind(QHostAddress::LocalHost, tcp.serverPort()))
            return tcp.serverPort();
    }
    return 0;
}

} // namespace MailMedic::Test
