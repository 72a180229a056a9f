// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/DnsCheck.h"

#include <QHostAddress>

namespace MailMedic {

// Reverse DNS of a sending IP address (IPv4 or IPv6): a PTR record, and
// the name it gives resolving back to the same address (forward-confirmed
// reverse DNS, "FCrDNS"), without looking like a dynamic access line.
//
// Findings: ptr-ok, ptr-missing, ptr-not-confirmed, ptr-multiple,
// ptr-generic, ptr-untested.
class PtrCheck : public DnsCheck
{
    Q_OBJECT
public:
    explicit PtrCheck(Resolver *resolver, QObject *parent = nullptr);

    void start(const QHostAddress &address);

    // Names that look like an access line's automatic reverse DNS
    // ("ip-192-0-2-1.example.net", "dsl-…", "dyn…", "pool-…", "dhcp…").
    static bool looksGeneric(const QString &name, const QHostAddress &address);
    // The PTR names, once finished.
    QStringList names() const { return m_names; }

protected:
    void evaluate() override;

private:
    void ptrAnswered(const DnsAnswer &answer);

    QHostAddress m_address;
    DnsAnswer m_ptr;
    QStringList m_names;
    QList<DnsAnswer> m_forward; // one per PTR name, same order
};

} // namespace MailMedic
