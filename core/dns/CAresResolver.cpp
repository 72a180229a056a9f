// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CAresResolver.h"
#include "dns/DnsWire.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QUrl>

#include <ares.h>

#include <algorithm>
#include <limits>
#include <mutex>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#endif

namespace MailMedic {

namespace {

// c-ares 1.18 wants ares_library_init() once per process before any channel.
void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { ares_library_init(ARES_LIB_INIT_ALL); });
}

QString cleanName(const QString &name)
{
    QString text = name.trimmed().toLower();
    if (text.size() > 1 && text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QByteArray asciiName(const QString &name)
{
    const QString text = name.trimmed();
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    // Underscore labels (_dmarc, _domainkey) are not host names: keep ASCII
    // names as they are and only run IDNA over the others.
    return ascii ? text.toLatin1() : QUrl::toAce(text);
}

QString describeServers(ares_channel channel)
{
    ares_addr_port_node *servers = nullptr;
    if (ares_get_servers_ports(channel, &servers) != ARES_SUCCESS)
        return QString();
    QStringList parts;
    for (const ares_addr_port_node *node = servers; node; node = node->next) {
        char text[INET6_ADDRSTRLEN] = {};
        ares_inet_ntop(node->family, &node->addr, text, sizeof text);
        const QString port = QString::number(node->udp_port ? node->udp_port : 53);
        if (node->family == AF_INET6)
            parts << QLatin1Char('[') + QString::fromLatin1(text) + QStringLiteral("]:") + port;
        else
            parts << QString::fromLatin1(text) + QLatin1Char(':') + port;
    }
    ares_free_data(servers);
    return parts.join(QLatin1Char(','));
}

} // namespace

struct CAresResolver::Channel
{
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };
    ares_channel handle = nullptr;
    QHash<qintptr, Watch> sockets;
};

// One question on the wire, shared by every lookup id that asked it. c-ares
// calls queryCallback exactly once per ares_query (also from ares_destroy), so
// the callback owns and deletes it. resolver is null once nobody needs the
// result any more (timed out by our deadline, or the resolver is going away).
struct CAresResolver::Flight
{
    CAresResolver *resolver = nullptr;
    QString name;
    QByteArray ascii;
    DnsAnswer::RecordType type = DnsAnswer::RecordType::A;
    QList<quint64> ids;
    QElapsedTimer clock;
    qint64 deadlineMs = 0;
};

// The C callbacks, with access to the resolver's private parts.
struct CAresCallbacks
{
    static void query(void *arg, int status, int timeouts, unsigned char *abuf, int alen)
    {
        Q_UNUSED(timeouts)
        auto *flight = static_cast<CAresResolver::Flight *>(arg);
        CAresResolver *resolver = flight->resolver;
        if (resolver && status == ARES_EDESTRUCTION && resolver->m_rebuilding) {
            resolver->m_restart.append(flight); // asked again on the new channel
            return;
        }
        if (resolver && status != ARES_EDESTRUCTION && status != ARES_ECANCELLED) {
            DnsAnswer answer = DnsWire::buildAnswer(flight->name, flight->type, status, abuf, alen);
            answer.elapsedMs = flight->clock.elapsed();
            answer.server = resolver->m_serverText;
            resolver->finishFlight(flight, answer);
        }
        delete flight;
    }

    static void socketState(void *data, ares_socket_t fd, int readable, int writable)
    {
        static_cast<CAresResolver *>(data)->socketStateChanged(qintptr(fd), readable != 0, writable != 0);
    }
};

CAresResolver::CAresResolver(QObject *parent) : Resolver(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CAresResolver::processTimeouts);
}

CAresResolver::~CAresResolver()
{
    // No callback may reach this object once it is gone: orphan every flight,
    // then let ares_destroy() call them back (they only free themselves).
    for (Flight *flight : qAsConst(m_flights))
        flight->resolver = nullptr;
    m_flights.clear();
    destroyChannel();
}

bool CAresResolver::setNameserver(const QString &addrPort, QString *error)
{
    const QString text = addrPort.trimmed();
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        host = close > 0 ? text.mid(1, close - 1) : QString();
        const QString rest = close > 0 ? text.mid(close + 1) : QString();
        if (!rest.isEmpty())
            port = rest.startsWith(QLatin1Char(':')) && rest.size() > 1 ? rest.mid(1) : QStringLiteral("x");
    } else if (text.count(QLatin1Char(':')) == 1) {
        const int colon = text.indexOf(QLatin1Char(':'));
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (port.isEmpty())
            port = QStringLiteral("x"); // "ADDR:" is a typo, not "port 53"
    }

    QString problem;
    QHostAddress address;
    bool portOk = true;
    const uint portNumber = port.isEmpty() ? 53 : port.toUInt(&portOk);
    if (!text.isEmpty() && (host.isEmpty() || !address.setAddress(host) || !address.scopeId().isEmpty()))
        problem = QStringLiteral("'%1' is not an IP address (ADDR, ADDR:PORT or [IPv6]:PORT)").arg(text);
    else if (!portOk || portNumber == 0 || portNumber > 65535)
        problem = QStringLiteral("'%1' has no valid port (1-65535)").arg(text);
    if (!problem.isEmpty()) {
        m_lastError = problem;
        if (error)
            *error = problem;
        return false;
    }

    QString csv;
    if (!text.isEmpty()) {
        const QString addr = address.toString();
        csv = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QString(QLatin1Char('[') + addr + QStringLiteral("]:") + QString::number(portNumber))
            : QString(addr + QLatin1Char(':') + QString::number(portNumber));
    }
    if (csv != m_nameserver) {
        m_nameserver = csv;
        m_channelDirty = true;
        m_cache.clear(); // answers from another server
    }
    return true;
}

void CAresResolver::setTimeout(int ms)
{
    ms = std::max(1, ms);
    if (ms != m_timeoutMs) {
        m_timeoutMs = ms;
        m_channelDirty = true;
    }
}

void CAresResolver::setTries(int tries)
{
    tries = std::clamp(tries, 1, 5);
    if (tries != m_tries) {
        m_tries = tries;
        m_channelDirty = true;
    }
}

void CAresResolver::clearCache()
{
    m_cache.clear();
}

quint64 CAresResolver::lookup(const QString &name, DnsAnswer::RecordType type)
{
    const quint64 id = m_nextId++;
    const Key key(cleanName(name), int(type));

    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd()) {
        DnsAnswer answer = *cached;
        answer.name = name;
        answer.elapsedMs = 0;
        deliverLater(id, answer);
        return id;
    }
    if (Flight *flight = m_flights.value(key)) {
        flight->ids.append(id);
        return id;
    }

    DnsAnswer failure;
    failure.name = name;
    failure.type = type;
    failure.outcome = DnsAnswer::Outcome::Other;
    const QByteArray ascii = asciiName(name);
    if (key.first.isEmpty() || ascii.isEmpty()) {
        failure.errorText = QStringLiteral("not a valid domain name");
        deliverLater(id, failure);
        return id;
    }

    auto *flight = new Flight;
    flight->resolver = this;
    flight->name = name;
    flight->ascii = ascii;
    flight->type = type;
    flight->ids.append(id);
    flight->clock.start();
    flight->deadlineMs = m_timeoutMs;
    m_flights.insert(key, flight);

    if (!ensureChannel()) {
        failure.errorText = m_lastError;
        finishFlight(flight, failure);
        delete flight; // c-ares never saw it
        return id;
    }
    startFlight(flight);
    armTimer();
    return id;
}

void CAresResolver::cancel(quint64 id)
{
    m_ready.remove(id);
    for (Flight *flight : qAsConst(m_flights))
        flight->ids.removeAll(id);
}

void CAresResolver::cancelAll()
{
    m_ready.clear();
    for (Flight *flight : qAsConst(m_flights))
        flight->ids.clear();
}

bool CAresResolver::ensureChannel()
{
    if (m_channel && !m_channelDirty)
        return true;

    // Timeout and tries are init options: a new setting needs a new channel.
    // Questions in flight on the old one are asked again on the new one.
    QList<Flight *> restart;
    if (m_channel) {
        m_rebuilding = true;
        destroyChannel();
        m_rebuilding = false;
        restart.swap(m_restart);
    }

    initLibrary();
    ares_options options = {};
    options.sock_state_cb = &CAresCallbacks::socketState;
    options.sock_state_cb_data = this;
    // c-ares doubles the wait on every round (ares_process.c), so the first
    // try gets 1/(2^tries - 1) of the budget and all tries together fit in it.
    options.timeout = std::max(50, m_timeoutMs / ((1 << m_tries) - 1));
    options.tries = m_tries;
    const int mask = ARES_OPT_SOCK_STATE_CB | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES;

    auto channel = std::make_unique<Channel>();
    int status = ares_init_options(&channel->handle, &options, mask);
    if (status == ARES_SUCCESS && !m_nameserver.isEmpty()) {
        status = ares_set_servers_ports_csv(channel->handle, m_nameserver.toLatin1().constData());
        if (status != ARES_SUCCESS)
            ares_destroy(channel->handle);
    }
    if (status != ARES_SUCCESS) {
        m_lastError = QStringLiteral("DNS resolver could not start: %1")
                          .arg(QString::fromUtf8(ares_strerror(status)));
        for (Flight *flight : qAsConst(restart)) {
            DnsAnswer failure;
            failure.name = flight->name;
            failure.type = flight->type;
            failure.errorText = m_lastError;
            finishFlight(flight, failure);
            delete flight;
        }
        return false;
    }
    m_channel = std::move(channel);
    m_channelDirty = false;
    m_serverText = describeServers(m_channel->handle);
    for (Flight *flight : qAsConst(restart))
        startFlight(flight);
    return true;
}

void CAresResolver::destroyChannel()
{
    if (!m_channel)
        return;
    m_timer.stop();
    const std::unique_ptr<Channel> channel = std::move(m_channel);
    for (const Channel::Watch &watch : qAsConst(channel->sockets)) {
        for (QSocketNotifier *notifier : { watch.read, watch.write }) {
            if (notifier) {
                notifier->setEnabled(false);
                notifier->deleteLater();
            }
        }
    }
    channel->sockets.clear();
    // Calls every pending query back with ARES_EDESTRUCTION; m_channel is
    // already null, so socket callbacks find nothing to update.
    ares_destroy(channel->handle);
}

void CAresResolver::startFlight(Flight *flight)
{
    // May call back synchronously (bad name, out of memory): do not touch
    // flight afterwards.
    ares_query(m_channel->handle, flight->ascii.constData(), DnsWire::classIn,
        DnsAnswer::typeCode(flight->type), &CAresCallbacks::query, flight);
}

void CAresResolver::finishFlight(Flight *flight, const DnsAnswer &answer)
{
    const Key key(cleanName(flight->name), int(flight->type));
    if (m_flights.value(key) == flight)
        m_flights.remove(key);
    if (!answer.couldNotAsk())
        m_cache.insert(key, answer);
    for (quint64 id : qAsConst(flight->ids)) {
        DnsAnswer copy = answer;
        deliverLater(id, copy);
    }
    flight->ids.clear();
    flight->resolver = nullptr;
}

void CAresResolver::deliverLater(quint64 id, const DnsAnswer &answer)
{
    // Never emit from inside c-ares or lookup(): a slot may start new lookups
    // or delete the resolver.
    m_ready.insert(id, answer);
    QMetaObject::invokeMethod(
        this, [this, id] { deliver(id); }, Qt::QueuedConnection);
}

void CAresResolver::deliver(quint64 id)
{
    const auto it = m_ready.find(id);
    if (it == m_ready.end())
        return; // cancelled
    const DnsAnswer answer = it.value();
    m_ready.erase(it);
    Q_EMIT finished(id, answer);
}

void CAresResolver::processTimeouts()
{
    if (m_channel)
        ares_process_fd(m_channel->handle, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
    expireFlights();
    armTimer();
}

void CAresResolver::expireFlights()
{
    QList<Flight *> expired;
    for (Flight *flight : qAsConst(m_flights)) {
        if (flight->clock.elapsed() >= flight->deadlineMs)
            expired.append(flight);
    }
    for (Flight *flight : qAsConst(expired)) {
        DnsAnswer answer;
        answer.name = flight->name;
        answer.type = flight->type;
        answer.outcome = DnsAnswer::Outcome::TimedOut;
        answer.errorText = QStringLiteral("no answer within %1 ms").arg(flight->deadlineMs);
        answer.elapsedMs = flight->clock.elapsed();
        answer.server = m_serverText;
        finishFlight(flight, answer); // c-ares' later callback only frees it
    }
}

void CAresResolver::armTimer()
{
    qint64 wait = -1;
    if (m_channel) {
        timeval buffer = {};
        if (const timeval *next = ares_timeout(m_channel->handle, nullptr, &buffer))
            wait = qint64(next->tv_sec) * 1000 + (next->tv_usec + 999) / 1000;
    }
    for (const Flight *flight : qAsConst(m_flights)) {
        const qint64 left = std::max<qint64>(0, flight->deadlineMs - flight->clock.elapsed());
        wait = wait < 0 ? left : std::min(wait, left);
    }
    if (wait < 0)
        m_timer.stop();
    else
        m_timer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void CAresResolver::socketStateChanged(qintptr fd, bool readable, bool writable)
{
    if (!m_channel)
        return; // the channel is being destroyed
    Channel::Watch &watch = m_channel->sockets[fd];
    auto update = [this, fd](QSocketNotifier *&notifier, QSocketNotifier::Type type, bool wanted) {
        if (wanted && !notifier) {
            notifier = new QSocketNotifier(fd, type, this);
            const bool read = type == QSocketNotifier::Read;
            connect(
                notifier, &QSocketNotifier::activated, this, [this, fd, read] { socketActivated(fd, read); });
        }
        if (notifier)
            notifier->setEnabled(wanted);
    };
    update(watch.read, QSocketNotifier::Read, readable);
    update(watch.write, QSocketNotifier::Write, writable);
    if (!readable && !writable) {
        // c-ares closes the socket right after this; we may be inside the
        // notifier's own signal, hence deleteLater.
        for (QSocketNotifier *notifier : { watch.read, watch.write }) {
            if (notifier)
                notifier->deleteLater();
        }
        m_channel->sockets.remove(fd);
    }
}

void CAresResolver::socketActivated(qintptr fd, bool readable)
{
    if (!m_channel)
        return;
    const auto socket = ares_socket_t(fd);
    ares_process_fd(
        m_channel->handle, readable ? socket : ARES_SOCKET_BAD, readable ? ARES_SOCKET_BAD : socket);
    expireFlights();
    armTimer();
}

} // namespace MailMedic
