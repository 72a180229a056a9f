// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
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

bool runOpenSsl(const QString &dir, const QStringList &arguments, QString *problem)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral(MAILMEDIC_OPENSSL), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        *problem = QStringLiteral("openssl %1 failed: %2\n%3")
                       .arg(arguments.join(QLatin1Char(' ')), openssl.errorString(),
                           QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

bool makeSelfSignedCertificate(const QString &dir, const QString &hostName, QString *error)
{
    return runOpenSsl(dir,
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"),
            QStringLiteral("-out"), QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), QStringLiteral("/CN=") + hostName, QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=DNS:") + hostName },
        error);
}

void useScratchSettings(const QString &applicationName, const QString &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("MailMedicTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    // Caches (the images of extra rule files) and other standard folders go
    // under ~/.qttest, not the user's own.
    QStandardPaths::setTestModeEnabled(true);
}

QList<QJsonObject> seedForms()
{
    QList<QJsonObject> rows;
    QFile f(sourceDir() + QStringLiteral("/tests/data/seeds/seed-forms.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.isEmpty())
            rows << QJsonDocument::fromJson(line).object();
    }
    return rows;
}

void endProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

} // namespace MailMedic::Test
