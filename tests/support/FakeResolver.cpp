// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeResolver.h"

#include <QTimer>

namespace MailMedic::Test {

FakeResolver::FakeResolver(QObject *parent) : Resolver(parent) { }

FakeResolver::~FakeResolver() = default;

QString FakeResolver::key(const QString &name)
{
    QString k = name.toLower();
    if (k.endsWith(QLatin1Char('.')))
        k.chop(1);
    return k;
}

void FakeResolver::addRecord(
    const QString &name, DnsAnswer::RecordType type, const QString &value, int preference)
{
    DnsRecord record;
    record.value = value;
    // Names in answers come without the trailing dot, as from CAresResolver.
    if (type != DnsAnswer::RecordType::TXT && record.value.endsWith(QLatin1Char('.'))
        && record.value.size() > 1)
        record.value.chop(1);
    record.preference = preference;
    record.ttl = 300;
    m_zone[key(name)].records[int(type)] << record;
}

void FakeResolver::setFailure(const QString &name, DnsAnswer::Outcome outcome)
{
    m_zone[key(name)].failure = outcome;
}

void FakeResolver::setSilent(const QString &name)
{
    m_zone[key(name)].silent = true;
}

void FakeResolver::clear()
{
    m_zone.clear();
    m_questions.clear();
}

DnsAnswer FakeResolver::answer(const QString &name, DnsAnswer::RecordType type) const
{
    DnsAnswer a;
    a.name = name;
    a.type = type;
    a.server = QStringLiteral("fake");
    QString current = key(name);
    for (int hops = 0; hops < 10; ++hops) {
        const auto it = m_zone.constFind(current);
        if (it == m_zone.constEnd()) {
            a.outcome = DnsAnswer::Outcome::NxDomain;
            return a;
        }
        const QList<DnsRecord> records = it->records.value(int(type));
        if (!records.isEmpty()) {
            a.outcome = DnsAnswer::Outcome::Records;
            a.records = records;
            a.minTtl = records.first().ttl;
            return a;
        }
        const QList<DnsRecord> cname = it->records.value(int(DnsAnswer::RecordType::CNAME));
        if (type != DnsAnswer::RecordType::CNAME && !cname.isEmpty()) {
            current = key(cname.first().value);
            continue;
        }
        if (it->failure != DnsAnswer::Outcome::Records) {
            a.outcome = it->failure;
            a.errorText = DnsAnswer::outcomeName(it->failure);
            return a;
        }
        a.outcome = DnsAnswer::Outcome::NoData;
        return a;
    }
    a.outcome = DnsAnswer::Outcome::ServFail;
    a.errorText = QStringLiteral("CNAME loop");
    return a;
}

quint64 FakeResolver::lookup(const QString &name, DnsAnswer::RecordType type)
{
    const quint64 id = m_nextId++;
    m_questions << DnsAnswer::typeName(type) + QLatin1Char(' ') + name;
    const auto it = m_zone.constFind(key(name));
    if (it != m_zone.constEnd() && it->silent) {
        m_silent.insert(id);
        return id;
    }
    m_waiting.insert(id, answer(name, type));
    QTimer::singleShot(m_delayMs, this, [this, id] { deliver(id); });
    return id;
}

void FakeResolver::deliver(quint64 id)
{
    const auto it = m_waiting.find(id);
    if (it == m_waiting.end())
        return; // cancelled
    const DnsAnswer a = it.value();
    m_waiting.erase(it);
    Q_EMIT finished(id, a);
}

void FakeResolver::cancel(quint64 id)
{
    m_waiting.remove(id);
    m_silent.remove(id);
}

void FakeResolver::cancelAll()
{
    m_waiting.clear();
    m_silent.clear();
}

} // namespace MailMedic::Test
