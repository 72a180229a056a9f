// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/Resolver.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace MailMedic::Test {

// A Resolver that serves records from memory, for tests that need many
// small zones (the SPF conformance suite) or failures a real server will not
// produce on demand. Like the real one it answers from the event loop, never
// inside lookup(), and a cancelled id is never reported.
//
// Names are matched case-insensitively, with or without the trailing dot.
// For a type the name has no records of, the answer is: the name's failure
// if one was set (timeout, servfail, ...), else nodata if the name has any
// record, else nxdomain. CNAMEs are followed for other types (a loop gives
// servfail, as a recursive resolver would).
class FakeResolver : public Resolver
{
    Q_OBJECT
public:
    explicit FakeResolver(QObject *parent = nullptr);
    ~FakeResolver() override;

    // MX: value is the host, preference the MX preference. TXT: the
    // character-strings already joined.
    void addRecord(const QString &name, DnsAnswer::RecordType type, const QString &value, int preference = 0);
    void setFailure(const QString &name, DnsAnswer::Outcome outcome);
    // Questions about this name are never answered: for callers' own timeouts.
    void setSilent(const QString &name);
    // Answers come after this many milliseconds (default 0: the next event
    // loop pass).
    void setDelay(int ms) { m_delayMs = ms; }
    void clear();

    // "TXT example.test", in the order asked.
    QStringList questions() const { return m_questions; }
    int pendingCount() const { return int(m_waiting.size() + m_silent.size()); }

    quint64 lookup(const QString &name, DnsAnswer::RecordType type) override;
    void cancel(quint64 id) override;
    void cancelAll() override;

private:
    struct Entry
    {
        QHash<int, QList<DnsRecord>> records; // by RecordType
        DnsAnswer::Outcome failure = DnsAnswer::Outcome::Records; // Records = none set
        bool silent = false;
    };

    static QString key(const QString &name);
    DnsAnswer answer(const QString &name, DnsAnswer::RecordType type) const;
    void deliver(quint64 id);

    QHash<QString, Entry> m_zone;
    QHash<quint64, DnsAnswer> m_waiting;
    QSet<quint64> m_silent;
    QStringList m_questions;
    quint64 m_nextId = 1;
    int m_delayMs = 0;
};

} // namespace MailMedic::Test
