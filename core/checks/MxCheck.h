// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/DnsCheck.h"

#include <QMap>

namespace MailMedic {

// Can the domain receive mail, and can receivers look its sender up: the MX
// records and the addresses of their targets (RFC 5321 §5.1), null MX
// (RFC 7505), the implicit MX of a domain without MX, and whether the domain
// has nameservers at all.
//
// Findings: mx-ok, mx-null, mx-null-mixed, mx-implicit-a, mx-none,
// mx-nxdomain, mx-target-cname, mx-target-proxied, mx-target-no-address,
// mx-target-literal, mx-ns-ok, mx-ns-missing, mx-untested.
class MxCheck : public DnsCheck
{
    Q_OBJECT
public:
    explicit MxCheck(Resolver *resolver, QObject *parent = nullptr);

    void start(const QString &domain);

    struct Target
    {
        QString name; // without trailing dot
        int preference = 0;
        QStringList cnames; // what the name is an alias for (should stay empty)
        QStringList addresses; // A and AAAA
        QStringList evidence;
        bool unanswered = false; // a CNAME/A/AAAA question could not be asked
        DnsAnswer firstFailure;
    };
    // The MX targets by preference, once finished.
    QList<Target> targets() const { return m_targets; }

protected:
    void evaluate() override;

private:
    void mxAnswered(const DnsAnswer &answer);
    void askTarget(int index);
    void evaluateMx();
    void evaluateNs();

    QString m_domain;
    DnsAnswer m_mx;
    QList<Target> m_targets;
    QList<DnsAnswer> m_fallback; // A and AAAA of the domain itself when it has no MX
    DnsAnswer m_ns;
    QString m_nsDomain;
};

} // namespace MailMedic
