// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileServer.h"

#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QFileInfo>

#include <algorithm>

namespace MailMedic::Test {

HostileServer::~HostileServer()
{
    stop();
}

void HostileServer::setCertificate(const QString &certificatePath, const QString &keyPath)
{
    m_certificate = certificatePath;
    m_key = keyPath;
}

QString HostileServer::log()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromLocal8Bit(m_stderr);
}

bool HostileServer::start(QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString python = QStringLiteral(MAILMEDIC_PYTHON3);
    const QString script = QStringLiteral(MAILMEDIC_TESTSUPPORT_DIR "/hostile_server.py");
    if (python.isEmpty() || !QFileInfo(python).isExecutable())
        return fail(QStringLiteral("/usr/bin/python3 not found (MAILMEDIC_PYTHON3='%1')").arg(python));
    QStringList arguments = { script, QStringLiteral("--host"), QStringLiteral("127.0.0.1") };
    if (!m_certificate.isEmpty())
        arguments << QStringLiteral("--cert") << m_certificate << QStringLiteral("--key") << m_key;
    for (auto it = m_fixedPorts.cbegin(); it != m_fixedPorts.cend(); ++it)
        arguments << QStringLiteral("--port") << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    m_process.start(python, arguments);
    if (!m_process.waitForStarted(5000))
        return fail(QStringLiteral("%1 did not start: %2").arg(python, m_process.errorString()));

    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (!line.startsWith(QLatin1String("READY ")))
                continue;
            const QStringList items = line.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &item : items)
                m_ports.insert(item.section(QLatin1Char('='), 0, 0),
                    quint16(item.section(QLatin1Char('='), 1).toUInt()));
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            return fail(QStringLiteral("hostile_server.py exited early:\n%1").arg(log()));
        m_process.waitForReadyRead(int(std::max<qint64>(1, std::min<qint64>(200, deadline.remainingTime()))));
    }
    const QString output = log();
    stop();
    return fail(QStringLiteral("hostile_server.py was not ready within 15 s:\n%1").arg(output));
}

void HostileServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    endProcess(m_process);
    m_stderr += m_process.readAllStandardError();
}

} // namespace MailMedic::Test
