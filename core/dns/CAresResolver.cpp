// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CAresResolver.h"

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

constexpr int classIn = 1; // RFC 1035 §3.2.4
constexpr int maxAddresses = 256;

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

QString fromC(const char *text)
{
    QString value = QString::fromUtf8(text ? text : "");
    if (value.size() > 1 && value.endsWith(QLatin1Char('.')))
        value.chop(1);
    return value;
}

// A resource record of the answer section, located in the raw message.
struct RawRecord
{
    int type = 0;
    quint32 ttl = 0;
    int rdataOffset = 0;
    int rdataLength = 0;
};

// Skips a possibly compressed domain name (RFC 1035 §4.1.4); -1 if malformed.
int skipName(const unsigned char *buf, int len, int pos)
{
    while (pos < len) {
        const int labelLength = buf[pos];
        if ((labelLength & 0xc0) == 0xc0)
            return pos + 2 <= len ? pos + 2 : -1;
        if (labelLength & 0xc0)
            return -1;
        pos += 1 + labelLength;
        if (labelLength == 0)
            return pos <= len ? pos : -1;
    }
    return -1;
}

int read16(const unsigned char *p)
{
    return (p[0] << 8) | p[1];
}

// The answer section (RFC 1035 §4.1), for what the ares_parse_* functions of
// c-ares 1.18 do not give us: the TTLs of MX, TXT, ... and CNAME rdata.
QList<RawRecord> answerRecords(const unsigned char *buf, int len)
{
    QList<RawRecord> records;
    if (!buf || len < 12)
        return records;
    const int questions = read16(buf + 4);
    const int answers = read16(buf + 6);
    int pos = 12;
    for (int i = 0; i < questions && pos >= 0; ++i) {
        pos = skipName(buf, len, pos);
        pos = pos >= 0 && pos + 4 <= len ? pos + 4 : -1;
    }
    for (int i = 0; i < answers && pos >= 0; ++i) {
        pos = skipName(buf, len, pos);
        if (pos < 0 || pos + 10 > len)
            break;
        RawRecord record;
        record.type = read16(buf + pos);
        record.ttl = (quint32(buf[pos + 4]) << 24) | (quint32(buf[pos + 5]) << 16)
            | (quint32(buf[pos + 6]) << 8) | quint32(buf[pos + 7]);
        // RFC 2181 §8: a TTL with the top bit set is treated as zero.
        if (record.ttl > 0x7fffffffu)
            record.ttl = 0;
        record.rdataLength = read16(buf + pos + 8);
        record.rdataOffset = pos + 10;
        pos = record.rdataOffset + record.rdataLength;
        if (pos > len)
            break;
        records.append(record);
    }
    return records;
}

// RFC 2181 §5.2: the records of one RRset share their TTL; take the smallest
// in case a server disagrees.
quint32 rrsetTtl(const QList<RawRecord> &records, int type)
{
    quint32 ttl = std::numeric_limits<quint32>::max();
    bool found = false;
    for (const RawRecord &record : records) {
        if (record.type == type) {
            ttl = std::min(ttl, record.ttl);
            found = true;
        }
    }
    return found ? ttl : 0;
}

QStringList hostentNames(const hostent *host)
{
    QStringList names;
    if (!host)
        return names;
    for (char **alias = host->h_aliases; alias && *alias; ++alias)
        names << fromC(*alias);
    return names;
}

// Fills answer.records from a NOERROR response with answers; returns the
// c-ares status of the parser.
int parseRecords(DnsAnswer &answer, const unsigned char *abuf, int alen)
{
    const QList<RawRecord> raw = answerRecords(abuf, alen);
    const quint32 ttl = rrsetTtl(raw, DnsAnswer::typeCode(answer.type));
    auto add = [&answer](const QString &value, quint32 recordTtl, int preference = 0) {
        DnsRecord record;
        record.value = value;
        record.ttl = recordTtl;
        record.preference = preference;
        answer.records.append(record);
    };

    int status = ARES_SUCCESS;
    switch (answer.type) {
    case DnsAnswer::RecordType::A: {
        ares_addrttl addresses[maxAddresses];
        int count = maxAddresses;
        hostent *host = nullptr;
        status = ares_parse_a_reply(abuf, alen, &host, addresses, &count);
        if (host)
            ares_free_hostent(host);
        for (int i = 0; status == ARES_SUCCESS && i < count; ++i) {
            char text[INET6_ADDRSTRLEN] = {};
            ares_inet_ntop(AF_INET, &addresses[i].ipaddr, text, sizeof text);
            add(QString::fromLatin1(text), quint32(std::max(0, addresses[i].ttl)));
        }
        break;
    }
    case DnsAnswer::RecordType::AAAA: {
        ares_addr6ttl addresses[maxAddresses];
        int count = maxAddresses;
        hostent *host = nullptr;
        status = ares_parse_aaaa_reply(abuf, alen, &host, addresses, &count);
        if (host)
            ares_free_hostent(host);
        for (int i = 0; status == ARES_SUCCESS && i < count; ++i) {
            char text[INET6_ADDRSTRLEN] = {};
            ares_inet_ntop(AF_INET6, &addresses[i].ip6addr, text, sizeof text);
            add(QString::fromLatin1(text), quint32(std::max(0, addresses[i].ttl)));
        }
        break;
    }
    case DnsAnswer::RecordType::MX: {
        ares_mx_reply *mx = nullptr;
        status = ares_parse_mx_reply(abuf, alen, &mx);
        for (const ares_mx_reply *node = mx; status == ARES_SUCCESS && node; node = node->next)
            add(fromC(node->host), ttl, node->priority);
        if (mx)
            ares_free_data(mx);
        break;
    }
    case DnsAnswer::RecordType::TXT: {
        ares_txt_ext *txt = nullptr;
        status = ares_parse_txt_reply_ext(abuf, alen, &txt);
        // RFC 7208 §3.3: the strings of one record are joined without a
        // separator; record_start marks where the next record begins.
        QByteArray current;
        bool open = false;
        for (const ares_txt_ext *node = txt; status == ARES_SUCCESS && node; node = node->next) {
            if (node->record_start && open) {
                add(QString::fromUtf8(current), ttl);
                current.clear();
            }
            open = true;
            current.append(reinterpret_cast<const char *>(node->txt), int(node->length));
        }
        if (open)
            add(QString::fromUtf8(current), ttl);
        if (txt)
            ares_free_data(txt);
        break;
    }
    case DnsAnswer::RecordType::PTR: {
        // The address only ends up in the hostent; the question is the name.
        in_addr unused = {};
        hostent *host = nullptr;
        status = ares_parse_ptr_reply(abuf, alen, &unused, int(sizeof unused), AF_INET, &host);
        if (status == ARES_SUCCESS && host) {
            // Every PTR target is an alias; h_name is one of them.
            QStringList names = hostentNames(host);
            const QString name = fromC(host->h_name);
            if (!name.isEmpty() && !names.contains(name))
                names.prepend(name);
            for (const QString &target : qAsConst(names))
                add(target, ttl);
        }
        if (host)
            ares_free_hostent(host);
        break;
    }
    case DnsAnswer::RecordType::NS: {
        hostent *host = nullptr;
        status = ares_parse_ns_reply(abuf, alen, &host);
        if (status == ARES_SUCCESS) {
            const QStringList names = hostentNames(host);
            for (const QString &target : names)
                add(target, ttl);
        }
        if (host)
            ares_free_hostent(host);
        break;
    }
    case DnsAnswer::RecordType::SOA: {
        ares_soa_reply *soa = nullptr;
        status = ares_parse_soa_reply(abuf, alen, &soa);
        if (status == ARES_SUCCESS && soa) {
            add(QStringList { fromC(soa->nsname), fromC(soa->hostmaster), QString::number(soa->serial),
                    QString::number(soa->refresh), QString::number(soa->retry), QString::number(soa->expire),
                    QString::number(soa->minttl) }
                    .join(QLatin1Char(' ')),
                ttl);
        }
        if (soa)
            ares_free_data(soa);
        break;
    }
    case DnsAnswer::RecordType::CNAME: {
        // c-ares 1.18 has no CNAME parser.
        for (const RawRecord &record : raw) {
            if (record.type != DnsAnswer::typeCode(DnsAnswer::RecordType::CNAME))
                continue;
            char *target = nullptr;
            long used = 0;
            status = ares_expand_name(abuf + record.rdataOffset, abuf, alen, &target, &used);
            if (status != ARES_SUCCESS)
                break;
            add(fromC(target), record.ttl);
            ares_free_string(target);
        }
        break;
    }
    }
    return status;
}

DnsAnswer::Outcome outcomeFor(int status)
{
    switch (status) {
    case ARES_SUCCESS:
        return DnsAnswer::Outcome::Records;
    case ARES_ENODATA:
        return DnsAnswer::Outcome::NoData;
    case ARES_ENOTFOUND:
        return DnsAnswer::Outcome::NxDomain;
    case ARES_ESERVFAIL:
        return DnsAnswer::Outcome::ServFail;
    case ARES_EREFUSED:
        return DnsAnswer::Outcome::Refused;
    case ARES_ETIMEOUT:
        return DnsAnswer::Outcome::TimedOut;
    case ARES_ECONNREFUSED:
        return DnsAnswer::Outcome::Unreachable;
    case ARES_EFORMERR:
    case ARES_EBADRESP:
        return DnsAnswer::Outcome::FormatError;
    default:
        break;
    }
    return DnsAnswer::Outcome::Other;
}

DnsAnswer buildAnswer(
    const QString &name, DnsAnswer::RecordType type, int status, const unsigned char *abuf, int alen)
{
    DnsAnswer answer;
    answer.name = name;
    answer.type = type;
    if (abuf && alen > 0)
        answer.raw = QByteArray(reinterpret_cast<const char *>(abuf), alen);
    if (status == ARES_SUCCESS)
        status = parseRecords(answer, abuf, alen);
    if (status == ARES_SUCCESS && answer.records.isEmpty())
        status = ARES_ENODATA; // e.g. only a CNAME whose target lacks the type
    if (status != ARES_SUCCESS)
        answer.records.clear();
    answer.outcome = outcomeFor(status);
    if (answer.couldNotAsk())
        answer.errorText = QString::fromUtf8(ares_strerror(status));
    if (!answer.records.isEmpty()) {
        answer.minTtl = std::numeric_limits<quint32>::max();
        for (const DnsRecord &record : qAsConst(answer.records))
            answer.minTtl = std::min(answer.minTtl, record.ttl);
    }
    return answer;
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
            DnsAnswer answer = buildAnswer(flight->name, flight->type, status, abuf, alen);
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
    ares_query(m_channel->handle, flight->ascii.constData(), classIn, DnsAnswer::typeCode(flight->type),
        &CAresCallbacks::query, flight);
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
