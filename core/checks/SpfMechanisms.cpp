// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The mechanisms that ask DNS (RFC 7208 §5): a, mx, ptr, exists, include and
// redirect, and the validated client name %{p}. The evaluation around them
// (records, limits, the result) is in SpfEvaluator.cpp.
#include "checks/SpfDetail.h"
#include "checks/SpfEvaluator.h"

#include "dns/Resolver.h"
#include "report/Detail.h"

namespace MailMedic {

using namespace SpfDetail;

void SpfEvaluator::mechanismA(const FramePtr &frame, const SpfTerm &term, const QString &target)
{
    const auto type = m_ip.protocol() == QAbstractSocket::IPv6Protocol ? DnsAnswer::RecordType::AAAA
                                                                       : DnsAnswer::RecordType::A;
    ask(target, type, [this, frame, term](const DnsAnswer &answer) {
        if (answer.couldNotAsk())
            return fail(frame, SpfResult::TempError, QStringLiteral("DNS: %1").arg(dnsTrouble(answer)),
                causeOf(answer));
        if (isVoid(answer))
            return countVoid(frame, answer) ? step(frame) : void();
        if (!m_audit) {
            for (const DnsRecord &r : answer.records) {
                if (ipMatches(r.value, term))
                    return matched(frame, term);
            }
        }
        step(frame);
    });
}

void SpfEvaluator::mechanismMx(const FramePtr &frame, const SpfTerm &term, const QString &target)
{
    ask(target, DnsAnswer::RecordType::MX, [this, frame, term, target](const DnsAnswer &answer) {
        if (answer.couldNotAsk())
            return fail(frame, SpfResult::TempError, QStringLiteral("DNS: %1").arg(dnsTrouble(answer)),
                causeOf(answer));
        if (isVoid(answer))
            return countVoid(frame, answer) ? step(frame) : void();
        QStringList hosts;
        for (const DnsRecord &r : answer.records) {
            // A null MX (RFC 7505) names no host.
            if (!r.value.isEmpty() && r.value != QLatin1String("."))
                hosts << r.value;
        }
        // RFC 7208 §4.6.4: more than 10 MX names is a permerror.
        if (hosts.size() > kNameLimit)
            return fail(frame, SpfResult::PermError,
                Detail::encode(QStringLiteral("spf-too-many-mx"),
                    { term.text, target, QString::number(hosts.size()), QString::number(kNameLimit) }));
        if (hosts.isEmpty() || m_audit)
            return step(frame);
        struct State
        {
            int remaining = 0;
            bool over = false;
        };
        auto state = std::make_shared<State>();
        state->remaining = int(hosts.size());
        const auto type = m_ip.protocol() == QAbstractSocket::IPv6Protocol ? DnsAnswer::RecordType::AAAA
                                                                           : DnsAnswer::RecordType::A;
        for (const QString &host : hosts) {
            ask(host, type, [this, frame, term, state](const DnsAnswer &hostAnswer) {
                if (state->over)
                    return;
                if (hostAnswer.couldNotAsk()) {
                    state->over = true;
                    return fail(frame, SpfResult::TempError,
                        QStringLiteral("DNS: %1").arg(dnsTrouble(hostAnswer)), causeOf(hostAnswer));
                }
                for (const DnsRecord &r : hostAnswer.records) {
                    if (ipMatches(r.value, term)) {
                        state->over = true;
                        return matched(frame, term);
                    }
                }
                if (--state->remaining == 0) {
                    state->over = true;
                    step(frame);
                }
            });
        }
    });
}

void SpfEvaluator::mechanismPtr(const FramePtr &frame, const SpfTerm &term, const QString &target)
{
    if (m_audit)
        return step(frame);
    validatedNames([this, frame, term, target](const QStringList &names) {
        for (const QString &name : names) {
            if (withinDomain(name, target))
                return matched(frame, term);
        }
        step(frame);
    });
}

// RFC 7208 §5.5: the PTR names of the client whose own A/AAAA records lead
// back to it. DNS errors here mean "no such name", never temperror.
void SpfEvaluator::validatedNames(const std::function<void(const QStringList &)> &next)
{
    ask(Resolver::reverseName(m_ip), DnsAnswer::RecordType::PTR, [this, next](const DnsAnswer &answer) {
        if (!answer.hasRecords())
            return next({});
        QStringList names;
        for (const DnsRecord &r : answer.records) {
            if (names.size() == kNameLimit) // RFC 7208 §4.6.4: the rest are ignored
                break;
            names << r.value;
        }
        struct State
        {
            int remaining = 0;
            QList<bool> valid;
        };
        auto state = std::make_shared<State>();
        state->remaining = int(names.size());
        for (int i = 0; i < names.size(); ++i)
            state->valid << false;
        const auto type = m_ip.protocol() == QAbstractSocket::IPv6Protocol ? DnsAnswer::RecordType::AAAA
                                                                           : DnsAnswer::RecordType::A;
        for (int i = 0; i < names.size(); ++i) {
            ask(names.at(i), type, [this, next, names, state, i](const DnsAnswer &a) {
                for (const DnsRecord &r : a.records) {
                    if (QHostAddress(r.value) == m_ip)
                        state->valid[i] = true;
                }
                if (--state->remaining > 0)
                    return;
                QStringList valid;
                for (int j = 0; j < names.size(); ++j) {
                    if (state->valid.at(j))
                        valid << names.at(j);
                }
                next(valid);
            });
        }
    });
}

void SpfEvaluator::withMacroContext(
    const FramePtr &frame, const QString &spec, const std::function<void()> &next)
{
    if (!usesValidatedName(spec) || m_validatedName || m_audit)
        return next();
    // %{p} (RFC 7208 §7.3): a validated name, preferably the domain itself
    // or one below it.
    validatedNames([this, frame, next](const QStringList &names) {
        QString chosen;
        for (const QString &name : names) {
            if (sameDomain(name, frame->domain)) {
                chosen = name;
                break;
            }
        }
        for (const QString &name : names) {
            if (chosen.isEmpty() && withinDomain(name, frame->domain))
                chosen = name;
        }
        if (chosen.isEmpty() && !names.isEmpty())
            chosen = names.first();
        m_validatedName = chosen.isEmpty() ? QStringLiteral("unknown") : chosen;
        next();
    });
}

void SpfEvaluator::recurse(const FramePtr &frame, const SpfTerm &term, const QString &target)
{
    const bool include = term.kind == SpfTerm::Kind::Include;
    if (!SpfMacro::isAskable(target))
        return fail(frame, SpfResult::PermError,
            Detail::encode(QStringLiteral("spf-target-not-domain"), { term.text, target }));
    // The limit of 10 ends a loop anyway (RFC 7208 §4.6.4); naming it helps
    // whoever has to fix the records.
    if (!m_evaluation.loop) {
        QStringList path;
        for (int n = frame->node; n >= 0; n = m_evaluation.trace.at(n).parent) {
            path.prepend(m_evaluation.trace.at(n).domain);
            if (sameDomain(m_evaluation.trace.at(n).domain, target)) {
                m_evaluation.loop = true;
                m_evaluation.loopPath = path << target;
                break;
            }
        }
    }
    SpfTraceNode child;
    child.domain = target;
    child.via = include ? QStringLiteral("include") : QStringLiteral("redirect");
    child.term = term.text;
    child.parent = frame->node;
    child.depth = m_evaluation.trace.at(frame->node).depth + 1;
    const int node = int(m_evaluation.trace.size());
    m_evaluation.trace << child;

    evaluate(
        target, node, include || frame->underInclude, [this, frame, term, target, include](const Outcome &o) {
            if (!include) {
                // RFC 7208 §6.1: the target's result is ours, its exp= too; a
                // target without a record is a permerror.
                if (o.result == SpfResult::None)
                    return frame->done({ SpfResult::PermError,
                        Detail::encode(QStringLiteral("spf-target-no-record"), { term.text, target }), {},
                        {} });
                return frame->done(o);
            }
            // RFC 7208 §5.2, the table of include results.
            switch (o.result) {
            case SpfResult::Pass:
                return matched(frame, term);
            case SpfResult::TempError:
            case SpfResult::PermError:
                return frame->done({ o.result, o.error, o.cause, {} });
            case SpfResult::None:
                return frame->done({ SpfResult::PermError,
                    Detail::encode(QStringLiteral("spf-target-no-record"), { term.text, target }), {}, {} });
            default:
                return step(frame);
            }
        });
}

bool SpfEvaluator::ipMatches(const QString &address, const SpfTerm &term) const
{
    const QHostAddress a = unmapped(QHostAddress(address));
    if (a.protocol() != m_ip.protocol())
        return false;
    const int prefix = a.protocol() == QAbstractSocket::IPv4Protocol ? term.cidr4 : term.cidr6;
    return m_ip.isInSubnet(a, prefix);
}

} // namespace MailMedic
