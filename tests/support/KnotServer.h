// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace MailMedic::Test {

// A real Knot DNS server (knotd in the foreground) on 127.0.0.1 and a free
// high port, serving the zones a test hands it. Everything lives in a
// temporary directory that goes away with the object.
//
//     KnotServer knot;
//     knot.addZone(QStringLiteral("example.test."), zoneText);
//     QVERIFY2(knot.start(&error), qPrintable(error));
//     resolver.setNameserver(knot.nameserver());
class KnotServer
{
public:
    KnotServer();
    ~KnotServer();
    KnotServer(const KnotServer &) = delete;
    KnotServer &operator=(const KnotServer &) = delete;

    // origin with or without the trailing dot; zoneText in RFC 1035 master
    // file format (the zone name is the default $ORIGIN).
    void addZone(const QString &origin, const QString &zoneText);
    // A zone from tests/data/zones/<origin>.zone, where the zones the tests
    // share are kept as data. False when the file cannot be read.
    bool addZoneFile(const QString &origin);
    // Besides the zones added, the server serves the root zone and a zone for
    // each of their top-level domains, as the DNS a resolver sees has them
    // (MailMedic tests a resolver on these before trusting it). Or it lies,
    // as captive portals and filtering resolvers do:
    enum class Lie {
        None,
        NxdomainEverything, // only the root's own records; every other name: no such name
        WildcardA, // every name, made up or not, has an address (NXDOMAIN hijacking)
    };
    void setLie(Lie lie) { m_lie = lie; }
    // Starts knotd and returns once it answers the SOA question for the first
    // zone (at most ~10 s). On failure the error includes knotd's stderr.
    bool start(QString *error = nullptr);
    void stop();

    QString nameserver() const; // "127.0.0.1:PORT"
    quint16 port() const { return m_port; }
    QString lastError() const { return m_lastError; }
    QString log(); // what knotd wrote so far

private:
    bool fail(const QString &message, QString *error);
    QString writeConfig();
    bool answersSoa(int timeoutMs);

    QTemporaryDir m_dir;
    QProcess m_process;
    QList<QPair<QString, QString>> m_zones;
    QList<QPair<QString, QString>> m_served; // what start() put in the configuration
    Lie m_lie = Lie::None;
    quint16 m_port = 0;
    QString m_lastError;
    QByteArray m_log;
};

// The zone text of shop.test (tests/data/zones/shop.test.zone), the shop the
// live command-line and wizard tests check.
QString shopTestZone();

} // namespace MailMedic::Test
