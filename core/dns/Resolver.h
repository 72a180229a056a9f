// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"

#include <QObject>

class QHostAddress;

namespace MailMedic {

// Asks DNS questions asynchronously. The checks talk to this interface only,
// so tests can serve answers from a fake and the c-ares implementation can be
// swapped without touching them.
//
// Contract for implementations:
// - lookup() never emits synchronously; it returns an id (never 0) and
//   finished() follows exactly once for that id from the event loop...
// - ...unless the id was cancelled before: then finished() never comes.
// - Every lookup ends, at the latest when the implementation's timeout runs
//   out (as Outcome::TimedOut).
class Resolver : public QObject
{
    Q_OBJECT
public:
    explicit Resolver(QObject *parent = nullptr);
    ~Resolver() override;

    virtual quint64 lookup(const QString &name, DnsAnswer::RecordType type) = 0;
    virtual void cancel(quint64 id) = 0;
    virtual void cancelAll() = 0;

    // "4.3.2.1.in-addr.arpa" / nibble form under ip6.arpa (RFC 1035 §3.5,
    // RFC 3596 §2.5), the name to ask PTR for. Empty for a null address.
    static QString reverseName(const QHostAddress &address);

Q_SIGNALS:
    void finished(quint64 id, const MailMedic::DnsAnswer &answer);
};

} // namespace MailMedic
