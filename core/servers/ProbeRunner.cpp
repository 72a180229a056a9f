// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servers/ProbeRunner.h"

namespace MailMedic {

ProbeRunner::ProbeRunner(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        stopAll(QStringLiteral("timeout"));
        m_running = false;
        Q_EMIT finished();
    });
}

ProbeRunner::~ProbeRunner()
{
    m_running = false;
    for (ServerProbe *probe : std::as_const(m_probes))
        probe->disconnect(this);
}

int ProbeRunner::add(ServerProbe *probe)
{
    const int index = int(m_probes.size());
    probe->setParent(this);
    m_probes << probe;
    connect(probe, &ServerProbe::finished, this, [this, index] { onProbeFinished(index); });
    if (m_running)
        startMore();
    return index;
}

void ProbeRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_deadline.start(m_timeoutMs);
    startMore();
    if (m_done == m_probes.size()) {
        // Nothing to do still ends with finished(), but from the event loop
        // like every other ending.
        QTimer::singleShot(0, this, [this] {
            if (m_running && m_done == m_probes.size()) {
                m_running = false;
                m_deadline.stop();
                Q_EMIT finished();
            }
        });
    }
}

void ProbeRunner::startMore()
{
    while (m_running && m_active < m_concurrency && m_next < m_probes.size()) {
        const int index = m_next++;
        ServerProbe *probe = m_probes.at(index);
        if (probe->isFinished()) {
            ++m_done;
            continue;
        }
        ++m_active;
        Q_EMIT probeStarted(index, probe->target());
        probe->start();
    }
}

void ProbeRunner::onProbeFinished(int index)
{
    --m_active;
    ++m_done;
    Q_EMIT probeFinished(index, m_probes.at(index)->result());
    if (!m_running)
        return;
    startMore();
    if (m_done == m_probes.size()) {
        m_running = false;
        m_deadline.stop();
        Q_EMIT finished();
    }
}

void ProbeRunner::stopAll(const QString &cause)
{
    for (int i = 0; i < m_probes.size(); ++i) {
        ServerProbe *probe = m_probes.at(i);
        if (probe->isFinished())
            continue;
        probe->cancel(cause); // silent: the runner reports it itself
        if (cause != QStringLiteral("cancelled"))
            Q_EMIT probeFinished(i, probe->result());
    }
    m_active = 0;
    m_next = int(m_probes.size());
    m_done = int(m_probes.size());
}

void ProbeRunner::cancelAll()
{
    m_deadline.stop();
    m_running = false;
    stopAll(QStringLiteral("cancelled"));
}

QList<ServerProbeResult> ProbeRunner::results() const
{
    QList<ServerProbeResult> list;
    for (const ServerProbe *probe : m_probes)
        list << probe->result();
    return list;
}

} // namespace MailMedic
