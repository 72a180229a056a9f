// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Check.h"
#include "checks/SpfEvaluator.h"
#include "report/Report.h"

#include <QHostAddress>
#include <QObject>

namespace MailMedic {

class Resolver;

// The SPF record of a domain as a support engineer would review it, and,
// given the sending IP (from the bounce), the verdict receivers reach.
//
// Two evaluations run side by side on the same resolver: an audit of the
// record (every lookup it can cost, RFC 7208 §4.6.4) and, with an IP, the
// real check_host(). DNS trouble makes findings `untested` with a cause,
// never `fail`.
//
// Finding ids: spf-missing, spf-multiple, spf-syntax, spf-plus-all,
// spf-neutral-all, spf-softfail-all, spf-fail-all, spf-ptr,
// spf-lookups-near, spf-lookups-over, spf-void-lookups, spf-include-loop,
// spf-include-missing, spf-include-broken, spf-permerror, spf-ip-pass,
// spf-ip-fail, spf-ip-softfail, spf-ip-neutral, spf-ok, spf-untested.
class SpfCheck : public Check
{
    Q_OBJECT
public:
    explicit SpfCheck(Resolver *resolver, QObject *parent = nullptr);
    ~SpfCheck() override;

    void setTimeout(int ms) override;
    // The include a mail service's customers need ("_spf.google.com"):
    // warn when the domain's record does not reach it.
    void setExpectedInclude(const QString &include, const QString &providerName);

    // Checks `domain`; with a valid `sendingIp` also whether that IP may
    // send for it (MAIL FROM `mailFrom`, or postmaster@domain; HELO `helo`).
    void start(const QString &domain, const QHostAddress &sendingIp = QHostAddress(),
        const QString &mailFrom = QString(), const QString &helo = QString());
    // Stops; finished() still follows from the event loop, with an untested
    // finding (cause "cancelled").
    void cancel() override;

    bool isRunning() const override { return m_running; }
    QList<Finding> findings() const override { return m_findings; }
    // The evaluations behind the findings, for evidence and the CLI.
    const SpfEvaluation &audit() const { return m_audit.evaluation(); }
    const SpfEvaluation &verdict() const { return m_verdict.evaluation(); }

private:
    void evaluationFinished();
    void evaluate();
    void add(const QString &id, FindingStatus status, const QStringList &args = {},
        const QString &cause = QString());
    QStringList evidence() const;

    SpfEvaluator m_audit;
    SpfEvaluator m_verdict;
    QString m_domain;
    QHostAddress m_ip;
    bool m_running = false;
    bool m_withIp = false;
    QString m_expectedInclude;
    QString m_providerName;
    bool m_cancelled = false;
    QList<Finding> m_findings;
};

} // namespace MailMedic
