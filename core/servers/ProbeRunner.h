// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/ServerProbe.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace MailMedic {

// Runs server probes side by side, a few at a time (many parallel
// connections from one address look like an attack to mail servers and
// trip their rate limits), under one overall deadline.
class ProbeRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProbeRunner(QObject *parent = nullptr);
    ~ProbeRunner() override;

    void setConcurrency(int probes) { m_concurrency = qMax(1, probes); }
    // When it runs out, the probes still running or waiting end as untested
    // with cause `timeout`, and finished() follows.
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Takes ownership; returns the probe's index in results().
    int add(ServerProbe *probe);
    void start();
    // Stops everything at once; no signal follows, not even finished().
    // Probes that had not ended are untested with cause `cancelled`.
    void cancelAll();

    bool isRunning() const { return m_running; }
    int count() const { return int(m_probes.size()); }
    ServerProbe *probe(int index) const { return m_probes.value(index); }
    QList<ServerProbeResult> results() const; // in the order added

Q_SIGNALS:
    void probeStarted(int index, const MailMedic::ServerTarget &target);
    void probeFinished(int index, const MailMedic::ServerProbeResult &result);
    void finished();

private:
    void startMore();
    void onProbeFinished(int index);
    void stopAll(const QString &cause);

    QList<ServerProbe *> m_probes;
    int m_next = 0;
    int m_active = 0;
    int m_done = 0;
    int m_concurrency = 4;
    int m_timeoutMs = 120000;
    bool m_running = false;
    QTimer m_deadline;
};

} // namespace MailMedic
