// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/DnsWire.h"

#include <QHostAddress>

#include <ares.h>

#include <algorithm>
#include <limits>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#endif

namespace MailMedic::DnsWire {

namespace {

constexpr int maxAddresses = 256;

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

} // namespace

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

} // namespace MailMedic::DnsWire
