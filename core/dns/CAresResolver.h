// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/Resolver.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QTimer>

#include <memory>

namespace MailMedic {

// Resolver on c-ares, driven by the Qt event loop: c-ares tells us which
// sockets it wants watched (ARES_OPT_SOCK_STATE_CB), QSocketNotifiers report
// activity, one single-shot timer follows ares_timeout().
//
// ares_query is used, never ares_search: the name is asked as given, no
// search domains appended. Lookups of the same name and type share one query
// while in flight, and definite answers (records, nodata, nxdomain) are cached
// for the lifetime of the object: a diagnosis owns one resolver and every
// check sees the same DNS.
class CAresResolver : public Resolver
{
    Q_OBJECT
public:
    explicit CAresResolver(QObject *parent = nullptr);
    ~CAresResolver() override;

    // "127.0.0.1", "127.0.0.1:15353", "::1", "[::1]:5353"; empty for the
    // system's resolver configuration. Returns false (and keeps the previous
    // server) if the text is not an address with an optional port.
    bool setNameserver(const QString &addrPort, QString *error = nullptr);
    QString nameserver() const { return m_nameserver; }
    // The time one lookup may take in all, retries included (default 5000 ms).
    void setTimeout(int ms);
    int timeout() const { return m_timeoutMs; }
    // How often a question is sent before giving up (default 2).
    void setTries(int tries);
    int tries() const { return m_tries; }
    // Drops the cache of answers.
    void clearCache();
    // Why the last setNameserver() failed, or why c-ares could not start.
    QString lastError() const { return m_lastError; }

    quint64 lookup(const QString &name, DnsAnswer::RecordType type) override;
    void cancel(quint64 id) override;
    void cancelAll() override;

private:
    friend struct CAresCallbacks;
    struct Channel;
    struct Flight;
    using Key = QPair<QString, int>;

    bool ensureChannel();
    void destroyChannel();
    void startFlight(Flight *flight);
    void finishFlight(Flight *flight, const DnsAnswer &answer);
    void deliverLater(quint64 id, const DnsAnswer &answer);
    void deliver(quint64 id);
    void processTimeouts();
    void expireFlights();
    void armTimer();
    void socketStateChanged(qintptr fd, bool readable, bool writable);
    void socketActivated(qintptr fd, bool readable);

    std::unique_ptr<Channel> m_channel;
    bool m_channelDirty = true;
    bool m_rebuilding = false;
    QList<Flight *> m_restart; // collected while the channel is rebuilt
    QString m_nameserver;
    int m_timeoutMs = 5000;
    int m_tries = 2;
    QString m_lastError;
    QString m_serverText;
    quint64 m_nextId = 1;
    QHash<Key, Flight *> m_flights; // in flight, shared by the ids waiting for them
    QHash<quint64, DnsAnswer> m_ready; // answered, waiting for the event loop
    QHash<Key, DnsAnswer> m_cache;
    QTimer m_timer;
};

} // namespace MailMedic
