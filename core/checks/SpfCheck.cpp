// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/SpfCheck.h"
#include "dns/DomainName.h"

#include <algorithm>

#include "report/FindingCatalog.h"

#include <QTimer>

namespace MailMedic {

namespace {

// Receivers start to struggle well before the hard limit: a record that
// needs 8 or more lookups breaks with the next include a provider adds.
constexpr int kLookupWarn = 8;
constexpr int kLookupLimit = 10;

} // namespace

SpfCheck::SpfCheck(Resolver *resolver, QObject *parent)
    : Check(parent), m_audit(resolver), m_verdict(resolver)
{
    m_audit.setAuditMode(true);
    connect(&m_audit, &SpfEvaluator::finished, this, &SpfCheck::evaluationFinished);
    connect(&m_verdict, &SpfEvaluator::finished, this, &SpfCheck::evaluationFinished);
}

SpfCheck::~SpfCheck() = default;

void SpfCheck::setTimeout(int ms)
{
    Check::setTimeout(ms);
    m_audit.setTimeout(ms);
    m_verdict.setTimeout(ms);
}

void SpfCheck::start(
    const QString &domain, const QHostAddress &sendingIp, const QString &mailFrom, const QString &helo)
{
    m_audit.cancel();
    m_verdict.cancel();
    m_findings.clear();
    m_domain = DomainName::normalized(domain);
    m_ip = sendingIp;
    m_withIp = !sendingIp.isNull();
    m_cancelled = false;
    m_running = true;
    // The audit's client address never matches anything; TEST-NET-1 keeps
    // %{i} macros harmless.
    m_audit.checkHost(QHostAddress(QStringLiteral("192.0.2.0")), m_domain,
        QStringLiteral("postmaster@") + m_domain, helo.isEmpty() ? m_domain : helo);
    if (m_withIp) {
        const QString sender = mailFrom.isEmpty() ? QStringLiteral("postmaster@") + m_domain : mailFrom;
        m_verdict.checkHost(sendingIp, m_domain, sender, helo.isEmpty() ? m_domain : helo);
    }
}

void SpfCheck::cancel()
{
    if (!m_running)
        return;
    m_audit.cancel();
    m_verdict.cancel();
    m_cancelled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_running && m_cancelled)
            evaluate();
    });
}

void SpfCheck::evaluationFinished()
{
    if (!m_running || m_audit.isRunning() || (m_withIp && m_verdict.isRunning()))
        return;
    evaluate();
}

QStringList SpfCheck::evidence() const
{
    const SpfEvaluation &a = audit();
    QStringList lines;
    if (!a.trace.isEmpty() && !a.trace.first().record.isEmpty())
        lines << QStringLiteral("%1: \"%2\"").arg(m_domain, a.trace.first().record);
    if (a.trace.size() > 1 || a.lookups > 0)
        lines << a.traceLines();
    if (m_withIp && !m_verdict.isRunning()) {
        const SpfEvaluation &v = verdict();
        if (!v.matchedTerm.isEmpty())
            lines << QStringLiteral("%1 matched: %2 (record of %3)")
                         .arg(m_ip.toString(), v.matchedTerm, v.matchedDomain);
        lines << QStringLiteral("check_host(%1, %2) = %3").arg(m_ip.toString(), m_domain, toString(v.result))
                + (v.error.isEmpty() ? QString() : QStringLiteral(": ") + FindingCatalog::english(v.error));
    } else if (!a.error.isEmpty()) {
        lines << toString(a.result) + QStringLiteral(": ") + FindingCatalog::english(a.error);
    }
    return lines;
}

void SpfCheck::add(const QString &id, FindingStatus status, const QStringList &args, const QString &cause)
{
    m_findings << FindingCatalog::builtin().make(id, status, m_language, args, evidence(), cause);
}

void SpfCheck::setExpectedInclude(const QString &include, const QString &providerName)
{
    m_expectedInclude = include.trimmed().toLower();
    m_providerName = providerName;
}

void SpfCheck::evaluate()
{
    m_running = false;
    if (m_cancelled) {
        add(QStringLiteral("spf-untested"), FindingStatus::Untested,
            { m_domain, Detail::encode(QStringLiteral("spf-cancelled")) }, QStringLiteral("cancelled"));
        Q_EMIT finished(m_findings);
        return;
    }

    const SpfEvaluation &a = audit();
    const SpfTraceNode root = a.trace.value(0);
    const bool haveRecord = !root.record.isEmpty();

    // Could not ask: nothing below may turn into a failure (DESIGN.md).
    const bool auditTrouble = a.result == SpfResult::TempError;
    const bool verdictTrouble = m_withIp && verdict().result == SpfResult::TempError;
    if (auditTrouble || verdictTrouble) {
        const SpfEvaluation &t = auditTrouble ? a : verdict();
        add(QStringLiteral("spf-untested"), FindingStatus::Untested, { m_domain, t.error },
            t.cause.isEmpty() ? QStringLiteral("error") : t.cause);
    }

    // The record itself (RFC 7208 §4.5).
    if (!auditTrouble && !haveRecord) {
        add(QStringLiteral("spf-missing"), FindingStatus::Warn, { m_domain });
        Q_EMIT finished(m_findings);
        return;
    }
    if (root.record.contains(QLatin1String(" | ")) && root.result == SpfResult::PermError) {
        add(QStringLiteral("spf-multiple"), FindingStatus::Fail, { m_domain });
        Q_EMIT finished(m_findings);
        return;
    }
    const SpfRecord record = SpfRecord::parse(root.record);
    if (haveRecord && !record.isValid()) {
        add(QStringLiteral("spf-syntax"), FindingStatus::Fail,
            { m_domain, record.errorTerm.isEmpty() ? record.text : record.errorTerm, record.error });
        Q_EMIT finished(m_findings);
        return;
    }

    bool problem = false;
    if (haveRecord) {
        for (const SpfTerm &term : record.mechanisms) {
            if (term.kind != SpfTerm::Kind::All)
                continue;
            const char q = term.qualifier.toLatin1();
            if (q == '+') {
                add(QStringLiteral("spf-plus-all"), FindingStatus::Fail, { m_domain, term.text });
                problem = true;
            } else if (q == '?') {
                add(QStringLiteral("spf-neutral-all"), FindingStatus::Warn, { m_domain, term.text });
                problem = true;
            } else if (q == '~') {
                add(QStringLiteral("spf-softfail-all"), FindingStatus::Info, { m_domain, term.text });
            } else {
                add(QStringLiteral("spf-fail-all"), FindingStatus::Info, { m_domain, term.text });
            }
        }
    }
    // ptr anywhere in the tree (RFC 7208 §5.5: "SHOULD NOT be used").
    for (const SpfTraceNode &node : a.trace) {
        const SpfRecord r = SpfRecord::parse(node.record);
        bool reported = false;
        for (const SpfTerm &term : r.mechanisms) {
            if (term.kind == SpfTerm::Kind::Ptr && !reported) {
                add(QStringLiteral("spf-ptr"), FindingStatus::Warn, { node.domain, term.text });
                reported = true;
                problem = true;
            }
        }
    }

    // The mail service the sender uses must be allowed somewhere in the tree.
    if (!auditTrouble && haveRecord && !m_expectedInclude.isEmpty()) {
        const bool reached = std::any_of(a.trace.cbegin(), a.trace.cend(), [this](const SpfTraceNode &node) {
            return node.domain.compare(m_expectedInclude, Qt::CaseInsensitive) == 0;
        });
        if (!reached) {
            add(QStringLiteral("spf-provider-include-missing"), FindingStatus::Warn,
                { m_domain, m_providerName, m_expectedInclude });
            problem = true;
        }
    }

    if (!auditTrouble) {
        // Broken links of the include/redirect chain (RFC 7208 §5.2, §6.1).
        bool chainReported = false;
        if (a.loop) {
            add(QStringLiteral("spf-include-loop"), FindingStatus::Fail,
                { m_domain, a.loopPath.join(QStringLiteral(" → ")) });
            chainReported = true;
        }
        for (int i = 1; i < a.trace.size() && !chainReported; ++i) {
            const SpfTraceNode &node = a.trace.at(i);
            if (node.record.isEmpty() && node.result != SpfResult::TempError) {
                add(QStringLiteral("spf-include-missing"), FindingStatus::Fail,
                    { m_domain, node.term, node.domain });
                chainReported = true;
            } else if (node.result == SpfResult::PermError && !node.error.isEmpty() && !a.lookupLimitExceeded
                && a.voidLookups <= 2) {
                bool ownError = true; // not merely passed up from below
                for (int j = i + 1; j < a.trace.size(); ++j) {
                    if (a.trace.at(j).parent == i && a.trace.at(j).result == SpfResult::PermError)
                        ownError = false;
                }
                if (ownError) {
                    add(QStringLiteral("spf-include-broken"), FindingStatus::Fail,
                        { m_domain, node.term, node.error });
                    chainReported = true;
                }
            }
        }
        problem = problem || chainReported;

        // RFC 7208 §4.6.4: at most 10 lookups, at most 2 void ones.
        if (!a.loop && (a.lookupLimitExceeded || a.lookups > kLookupLimit)) {
            add(QStringLiteral("spf-lookups-over"), FindingStatus::Fail,
                { m_domain, QString::number(a.lookups), QString::number(kLookupLimit) });
            problem = true;
        } else if (!a.loop && a.lookups >= kLookupWarn) {
            add(QStringLiteral("spf-lookups-near"), FindingStatus::Warn,
                { m_domain, QString::number(a.lookups), QString::number(kLookupLimit) });
            problem = true;
        }
        if (a.voidLookups > 2) {
            add(QStringLiteral("spf-void-lookups"), FindingStatus::Fail,
                { m_domain, QString::number(a.voidLookups) });
            problem = true;
        }
        if (a.result == SpfResult::PermError && !problem) {
            add(QStringLiteral("spf-permerror"), FindingStatus::Fail, { m_domain, a.error });
            problem = true;
        }
    }

    if (m_withIp && !verdictTrouble) {
        const SpfEvaluation &v = verdict();
        const QStringList args { m_ip.toString(), m_domain, v.matchedTerm, v.explanation };
        switch (v.result) {
        case SpfResult::Pass:
            add(QStringLiteral("spf-ip-pass"), FindingStatus::Pass, args);
            break;
        case SpfResult::Fail:
            add(QStringLiteral("spf-ip-fail"), FindingStatus::Fail, args);
            problem = true;
            break;
        case SpfResult::SoftFail:
            add(QStringLiteral("spf-ip-softfail"), FindingStatus::Warn, args);
            problem = true;
            break;
        case SpfResult::Neutral:
            add(QStringLiteral("spf-ip-neutral"), FindingStatus::Warn, args);
            problem = true;
            break;
        case SpfResult::PermError:
            if (!problem)
                add(QStringLiteral("spf-permerror"), FindingStatus::Fail, { m_domain, v.error });
            problem = true;
            break;
        default:
            break;
        }
    }

    if (!problem && !auditTrouble && haveRecord)
        add(QStringLiteral("spf-ok"), FindingStatus::Pass, { m_domain, QString::number(a.lookups) });
    Q_EMIT finished(m_findings);
}

} // namespace MailMedic
