// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnotServer.h"

#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkDatagram>
#include <QStringList>
#include <QUdpSocket>

#include <algorithm>

namespace MailMedic::Test {

namespace {

QString withoutDot(const QString &origin)
{
    QString name = origin.trimmed();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

// A DNS query for SOA (RFC 1035 §4.1), just for the readiness poll.
QByteArray soaQuery(const QString &zone, quint16 id)
{
    QByteArray query;
    query.append(char(id >> 8)).append(char(id & 0xff));
    query.append("\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10); // no RD: ask the authority itself
    const QStringList labels = withoutDot(zone).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString &label : labels) {
        const QByteArray bytes = label.toLatin1();
        query.append(char(bytes.size())).append(bytes);
    }
    query.append("\x00\x00\x06\x00\x01", 5); // root, QTYPE SOA, QCLASS IN
    return query;
}

} // namespace

KnotServer::KnotServer()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

KnotServer::~KnotServer()
{
    stop();
}

void KnotServer::addZone(const QString &origin, const QString &zoneText)
{
    m_zones.append(qMakePair(withoutDot(origin), zoneText));
}

bool KnotServer::addZoneFile(const QString &origin)
{
    QFile file(
        sourceDir() + QStringLiteral("/tests/data/zones/") + withoutDot(origin) + QStringLiteral(".zone"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    addZone(origin, QString::fromUtf8(file.readAll()));
    return true;
}

QString KnotServer::nameserver() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString KnotServer::log()
{
    if (m_process.state() != QProcess::NotRunning || m_process.bytesAvailable() > 0)
        m_log += m_process.readAll();
    return QString::fromLocal8Bit(m_log);
}

bool KnotServer::fail(const QString &message, QString *error)
{
    m_lastError = message;
    if (error)
        *error = message;
    return false;
}

QString KnotServer::writeConfig()
{
    const QString root = m_dir.path();
    const QString zones = root + QStringLiteral("/zones");
    QDir().mkpath(zones);
    QDir().mkpath(root + QStringLiteral("/db"));
    const auto fileOf = [&zones](const QString &origin) -> QString {
        QString name = origin;
        if (name.isEmpty())
            name = QStringLiteral("root");
        return zones + QLatin1Char('/') + name + QStringLiteral(".zone");
    };
    for (const auto &zone : qAsConst(m_served)) {
        QFile file(fileOf(zone.first));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        file.write(zone.second.toUtf8());
    }

    // Knot 3.2 syntax (knot.conf(5)). No "user:": it runs as whoever runs
    // the tests. One worker each keeps it light on a shared CI machine.
    QString conf;
    conf += QStringLiteral("server:\n");
    conf += QStringLiteral("    rundir: \"%1\"\n").arg(root);
    conf += QStringLiteral("    listen: 127.0.0.1@%1\n").arg(m_port);
    conf += QStringLiteral("    udp-workers: 1\n    tcp-workers: 1\n    background-workers: 1\n");
    conf += QStringLiteral("database:\n    storage: \"%1/db\"\n").arg(root);
    conf += QStringLiteral("log:\n  - target: stderr\n    any: info\n");
    conf += QStringLiteral("template:\n  - id: default\n");
    conf += QStringLiteral("    storage: \"%1\"\n    file: \"%s.zone\"\n").arg(zones);
    conf += QStringLiteral("    journal-content: none\n    zonefile-sync: -1\n");
    conf += QStringLiteral("zone:\n");
    for (const auto &zone : qAsConst(m_served)) {
        QString domain = zone.first;
        domain += QLatin1Char('.');
        conf += QStringLiteral("  - domain: \"%1\"\n    file: \"%2\"\n").arg(domain, fileOf(zone.first));
    }

    const QString path = root + QStringLiteral("/knot.conf");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(conf.toUtf8());
    return path;
}

bool KnotServer::start(QString *error)
{
    const QString knotd = QStringLiteral(MAILMEDIC_KNOTD);
    if (knotd.isEmpty() || !QFileInfo(knotd).isExecutable())
        return fail(QStringLiteral("knotd not found (MAILMEDIC_KNOTD='%1'); install Debian's knot package")
                        .arg(knotd),
            error);
    if (m_zones.isEmpty())
        return fail(QStringLiteral("KnotServer: no zone added"), error);
    if (!m_dir.isValid())
        return fail(QStringLiteral("KnotServer: no temporary directory: %1").arg(m_dir.errorString()), error);
    // The root and the top-level domains above the zones, unless the test
    // brings its own; or only the lie.
    const auto apex = [](const QString &origin, bool wildcard) -> QString {
        const QString name = origin.isEmpty() ? QStringLiteral(".") : origin + QLatin1Char('.');
        QString text
            = QStringLiteral("$TTL 300\n@ SOA ns.%1 hostmaster.%1 1 3600 600 86400 300\n@ NS ns.%1\n")
                  .arg(origin.isEmpty() ? QStringLiteral("root-servers.test.") : name);
        if (wildcard)
            text += QStringLiteral("* A 192.0.2.66\n");
        return text;
    };
    m_served.clear();
    if (m_lie == Lie::NxdomainEverything) {
        m_served.append(qMakePair(QString(), apex(QString(), false)));
    } else {
        m_served = m_zones;
        const bool wildcard = m_lie == Lie::WildcardA;
        QStringList have;
        for (const auto &zone : qAsConst(m_zones))
            have << zone.first;
        if (!have.contains(QString()))
            m_served.append(qMakePair(QString(), apex(QString(), wildcard)));
        for (const auto &zone : qAsConst(m_zones)) {
            const QString tld = zone.first.section(QLatin1Char('.'), -1);
            if (!tld.isEmpty() && !have.contains(tld)) {
                have << tld;
                m_served.append(qMakePair(tld, apex(tld, wildcard)));
            }
        }
    }
    m_port = freePort();
    if (m_port == 0)
        return fail(QStringLiteral("KnotServer: no free port on 127.0.0.1"), error);
    const QString conf = writeConfig();
    if (conf.isEmpty())
        return fail(
            QStringLiteral("KnotServer: cannot write the configuration in %1").arg(m_dir.path()), error);

    m_log.clear();
    m_process.start(knotd, { QStringLiteral("-c"), conf });
    if (!m_process.waitForStarted(5000))
        return fail(QStringLiteral("knotd did not start: %1").arg(m_process.errorString()), error);

    // Loading zones takes a moment after the sockets are bound: only an
    // authoritative SOA answer means the test can ask.
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_process.waitForFinished(50)) {
            return fail(
                QStringLiteral("knotd exited early (exit code %1):\n%2").arg(m_process.exitCode()).arg(log()),
                error);
        }
        if (answersSoa(200))
            return true;
    }
    const QString output = log();
    stop();
    return fail(
        QStringLiteral("knotd did not answer on %1 within 10 s:\n%2").arg(nameserver(), output), error);
}

bool KnotServer::answersSoa(int timeoutMs)
{
    QUdpSocket socket;
    const quint16 id = 0x4d4d;
    const QByteArray query = soaQuery(m_served.constFirst().first, id);
    if (socket.writeDatagram(query, QHostAddress::LocalHost, m_port) != query.size())
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
        while (socket.hasPendingDatagrams()) {
            const QByteArray reply = socket.receiveDatagram().data();
            if (reply.size() < 12 || quint8(reply.at(0)) != (id >> 8) || quint8(reply.at(1)) != (id & 0xff))
                continue;
            const int rcode = reply.at(3) & 0x0f;
            const int answers = (quint8(reply.at(6)) << 8) | quint8(reply.at(7));
            return rcode == 0 && answers > 0;
        }
        if (deadline.hasExpired())
            break;
    }
    return false;
}

QString shopTestZone()
{
    QFile file(sourceDir() + QStringLiteral("/tests/data/zones/shop.test.zone"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void KnotServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    endProcess(m_process); // SIGTERM: knotd shuts down cleanly
    m_log += m_process.readAll();
}

} // namespace MailMedic::Test
