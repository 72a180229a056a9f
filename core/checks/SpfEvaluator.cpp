// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/SpfEvaluator.h"
#include "checks/SpfDetail.h"

#include "dns/Resolver.h"
#include "report/FindingCatalog.h"

namespace MailMedic {

using namespace SpfDetail;

QString toString(SpfResult result)
{
    switch (result) {
    case SpfResult::None:
        return QStringLiteral("none");
    case SpfResult::Neutral:
        return QStringLiteral("neutral");
    case SpfResult::Pass:
        return QStringLiteral("pass");
    case SpfResult::Fail:
        return QStringLiteral("fail");
    case SpfResult::SoftFail:
        return QStringLiteral("softfail");
    case SpfResult::TempError:
        return QStringLiteral("temperror");
    case SpfResult::PermError:
        return QStringLiteral("permerror");
    }
    return QString();
}

QStringList SpfEvaluation::traceLines() const
{
    QStringList lines;
    for (const SpfTraceNode &node : trace) {
        const QString indent(node.depth * 2, QLatin1Char(' '));
        const int cost = node.totalLookups + (node.parent >= 0 ? 1 : 0);
        const QString head = node.parent < 0 ? node.domain : node.term;
        QString line = indent % head
            % QStringLiteral(" (%1 %2)")
                  .arg(cost)
                  .arg(cost == 1 ? QStringLiteral("lookup") : QStringLiteral("lookups"));
        if (node.record.isEmpty())
            line += QStringLiteral(": no SPF record");
        if (!node.error.isEmpty())
            line += QStringLiteral(" [%1: %2]")
                        .arg(toString(node.result), FindingCatalog::english(node.error));
        lines << line;
    }
    return lines;
}

SpfEvaluator::SpfEvaluator(Resolver *resolver, QObject *parent) : QObject(parent), m_resolver(resolver)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SpfEvaluator::timedOut);
    if (resolver)
        connect(resolver, &Resolver::finished, this, &SpfEvaluator::answered);
}

SpfEvaluator::~SpfEvaluator()
{
    stopLookups();
}

void SpfEvaluator::checkMailFrom(const QHostAddress &ip, const QString &mailFrom, const QString &helo)
{
    // RFC 7208 §4.3: an empty reverse-path means the HELO identity, and a
    // missing local part is "postmaster".
    QString sender = mailFrom.trimmed();
    if (sender.isEmpty())
        sender = QStringLiteral("postmaster@") + helo;
    else if (sender.startsWith(QLatin1Char('@')))
        sender.prepend(QLatin1String("postmaster"));
    else if (!sender.contains(QLatin1Char('@')))
        sender.prepend(QLatin1String("postmaster@"));
    checkHost(ip, sender.mid(sender.lastIndexOf(QLatin1Char('@')) + 1), sender, helo);
}

void SpfEvaluator::checkHost(
    const QHostAddress &ip, const QString &domain, const QString &sender, const QString &helo)
{
    cancel();
    const quint64 run = ++m_run;
    m_evaluation = SpfEvaluation();
    m_ip = unmapped(ip);
    m_sender = sender;
    m_helo = helo;
    m_validatedName.reset();
    m_running = true;
    m_clock.start();
    m_timer.start(m_timeoutMs);

    QString name = domain.trimmed();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    m_evaluation.domain = name;
    SpfTraceNode root;
    root.domain = name;
    m_evaluation.trace << root;

    if (!m_resolver) {
        QTimer::singleShot(0, this, [this, run] {
            if (run == m_run)
                finish({ SpfResult::TempError, Detail::encode(QStringLiteral("spf-no-resolver")),
                    QStringLiteral("error"), {} });
        });
        return;
    }
    // RFC 7208 §4.3: a malformed domain (long or empty label, single label,
    // domain literal) gives "none" without a query.
    if (!SpfMacro::isValidDomain(name)) {
        QTimer::singleShot(0, this, [this, run, name] {
            if (run == m_run)
                finish({ SpfResult::None, Detail::encode(QStringLiteral("spf-domain-unusable"), { name }), {},
                    {} });
        });
        return;
    }
    evaluate(name, 0, false, [this](const Outcome &outcome) { finish(outcome); });
}

void SpfEvaluator::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_run;
    m_timer.stop();
    stopLookups();
}

// RFC 7208 §4.4 and §4.5: fetch the TXT records and select the one SPF record.
void SpfEvaluator::evaluate(const QString &domain, int node, bool underInclude, const Done &done)
{
    const Done record = [this, node, done](const Outcome &outcome) {
        SpfTraceNode &n = m_evaluation.trace[node];
        n.result = outcome.result;
        if (outcome.result == SpfResult::PermError || outcome.result == SpfResult::TempError)
            n.error = outcome.error;
        done(outcome);
    };
    ask(domain, DnsAnswer::RecordType::TXT,
        [this, domain, node, underInclude, record](const DnsAnswer &answer) {
            if (answer.couldNotAsk()) {
                record({ SpfResult::TempError, QStringLiteral("DNS: %1").arg(dnsTrouble(answer)),
                    causeOf(answer), {} });
                return;
            }
            QStringList found;
            for (const DnsRecord &r : answer.records) {
                if (SpfRecord::isSpf(r.value))
                    found << r.value;
            }
            if (found.isEmpty()) {
                record({ SpfResult::None, Detail::encode(QStringLiteral("spf-eval-no-record"), { domain }),
                    {}, {} });
                return;
            }
            if (found.size() > 1) {
                m_evaluation.trace[node].record = found.join(QLatin1String(" | "));
                record({ SpfResult::PermError,
                    Detail::encode(
                        QStringLiteral("spf-eval-several"), { domain, QString::number(found.size()) }),
                    {}, {} });
                return;
            }
            m_evaluation.trace[node].record = found.first();
            auto frame = std::make_shared<Frame>();
            frame->domain = domain;
            frame->record = SpfRecord::parse(found.first());
            frame->node = node;
            frame->underInclude = underInclude;
            frame->done = record;
            if (!frame->record.isValid()) {
                // RFC 7208 §4.6: a syntax error anywhere ends the check at once.
                record({ SpfResult::PermError,
                    Detail::encode(QStringLiteral("spf-eval-syntax"), { domain, frame->record.error }), {},
                    {} });
                return;
            }
            step(frame);
        });
}

// RFC 7208 §4.6.2: mechanisms left to right; the first match decides.
void SpfEvaluator::step(const FramePtr &frame)
{
    if (!m_running)
        return;
    const QList<SpfTerm> &mechanisms = frame->record.mechanisms;
    while (frame->next < mechanisms.size()) {
        const SpfTerm term = mechanisms.at(frame->next++);
        if (term.countsAsLookup() && !countLookup(frame, term))
            return;
        switch (term.kind) {
        case SpfTerm::Kind::All:
            matched(frame, term);
            return;
        case SpfTerm::Kind::Ip4:
        case SpfTerm::Kind::Ip6:
            if (!m_audit && ipMatches(term.network.toString(), term)) {
                matched(frame, term);
                return;
            }
            continue;
        default:
            break;
        }
        withMacroContext(frame, term.domainSpec, [this, frame, term] {
            QString target;
            if (!expandTarget(frame, term, &target))
                return;
            if (!SpfMacro::isAskable(target) && term.kind != SpfTerm::Kind::Include) {
                // A name DNS cannot hold finds nothing, like a void lookup.
                DnsAnswer nothing;
                nothing.name = target;
                nothing.outcome = DnsAnswer::Outcome::NxDomain;
                if (countVoid(frame, nothing))
                    step(frame);
                return;
            }
            switch (term.kind) {
            case SpfTerm::Kind::A:
                mechanismA(frame, term, target);
                break;
            case SpfTerm::Kind::Mx:
                mechanismMx(frame, term, target);
                break;
            case SpfTerm::Kind::Ptr:
                mechanismPtr(frame, term, target);
                break;
            case SpfTerm::Kind::Exists:
                // RFC 7208 §5.7: always an A query, whatever the client's family.
                ask(target, DnsAnswer::RecordType::A, [this, frame, term](const DnsAnswer &answer) {
                    if (answer.couldNotAsk())
                        return fail(frame, SpfResult::TempError,
                            QStringLiteral("DNS: %1").arg(dnsTrouble(answer)), causeOf(answer));
                    if (isVoid(answer))
                        return countVoid(frame, answer) ? step(frame) : void();
                    if (m_audit)
                        return step(frame);
                    matched(frame, term);
                });
                break;
            default:
                recurse(frame, term, target);
                break;
            }
        });
        return;
    }

    // RFC 7208 §6.1: redirect= only when no mechanism matched.
    if (frame->record.redirect) {
        const SpfTerm term = *frame->record.redirect;
        if (!countLookup(frame, term))
            return;
        withMacroContext(frame, term.domainSpec, [this, frame, term] {
            QString target;
            if (expandTarget(frame, term, &target))
                recurse(frame, term, target);
        });
        return;
    }
    // RFC 7208 §4.7: nothing matched, no redirect.
    frame->done({ SpfResult::Neutral, {}, {}, {} });
}

void SpfEvaluator::matched(const FramePtr &frame, const SpfTerm &term)
{
    m_evaluation.trace[frame->node].matchedTerm = term.text;
    const char q = term.qualifier.toLatin1();
    const SpfResult result = q == '-' ? SpfResult::Fail
        : q == '~'                    ? SpfResult::SoftFail
        : q == '?'                    ? SpfResult::Neutral
                                      : SpfResult::Pass;
    // RFC 7208 §6.2: the explanation of the record that failed; inside an
    // include a fail only means "no match".
    if (result == SpfResult::Fail && !frame->underInclude && frame->record.exp && !m_audit) {
        explain(frame, frame->done);
        return;
    }
    frame->done({ result, {}, {}, {} });
}

// RFC 7208 §6.2: errors of any kind just mean "no explanation".
void SpfEvaluator::explain(const FramePtr &frame, const Done &done)
{
    const SpfTerm exp = *frame->record.exp;
    const Outcome plain { SpfResult::Fail, {}, {}, {} };
    withMacroContext(frame, exp.domainSpec, [this, frame, exp, done, plain] {
        QString target;
        if (!SpfMacro::expandDomain(exp.domainSpec, context(frame->domain), &target)
            || !SpfMacro::isAskable(target))
            return done(plain);
        ask(target, DnsAnswer::RecordType::TXT, [this, frame, done, plain](const DnsAnswer &answer) {
            if (!answer.hasRecords() || answer.records.size() != 1)
                return done(plain);
            const QString text = answer.records.first().value;
            withMacroContext(frame, text, [this, frame, done, plain, text] {
                QString expanded;
                if (!SpfMacro::expand(text, context(frame->domain), true, &expanded))
                    return done(plain);
                done({ SpfResult::Fail, {}, {}, expanded });
            });
        });
    });
}

bool SpfEvaluator::expandTarget(const FramePtr &frame, const SpfTerm &term, QString *target)
{
    if (term.domainSpec.isEmpty()) {
        *target = frame->domain;
        return true;
    }
    QString why;
    if (SpfMacro::expandDomain(term.domainSpec, context(frame->domain), target, &why))
        return true;
    fail(frame, SpfResult::PermError, Detail::encode(QStringLiteral("spf-term-problem"), { term.text, why }));
    return false;
}

bool SpfEvaluator::countLookup(const FramePtr &frame, const SpfTerm &term)
{
    ++m_evaluation.lookups;
    ++m_evaluation.trace[frame->node].lookups;
    if (m_evaluation.lookups <= kLookupLimit)
        return true;
    m_evaluation.lookupLimitExceeded = true;
    if (m_audit && m_evaluation.lookups <= kAuditLookupCap)
        return true;
    fail(frame, SpfResult::PermError,
        Detail::encode(QStringLiteral("spf-lookup-over"),
            { term.text, frame->domain, QString::number(m_evaluation.lookups),
                QString::number(kLookupLimit) }));
    return false;
}

bool SpfEvaluator::countVoid(const FramePtr &frame, const DnsAnswer &answer)
{
    if (++m_evaluation.voidLookups <= kVoidLimit || m_audit)
        return true;
    fail(frame, SpfResult::PermError,
        Detail::encode(QStringLiteral("spf-void-over"),
            { dnsTrouble(answer), QString::number(m_evaluation.voidLookups), QString::number(kVoidLimit) }));
    return false;
}

void SpfEvaluator::fail(const FramePtr &frame, SpfResult result, const QString &error, const QString &cause)
{
    frame->done({ result, error, cause, {} });
}

void SpfEvaluator::ask(const QString &name, DnsAnswer::RecordType type, const AnswerHandler &handler)
{
    if (!m_running || !m_resolver)
        return;
    const quint64 id = m_resolver->lookup(name, type);
    m_pending.insert(id, handler);
}

void SpfEvaluator::answered(quint64 id, const DnsAnswer &answer)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const AnswerHandler handler = it.value();
    m_pending.erase(it);
    m_evaluation.dns << answer.summary();
    handler(answer);
}

void SpfEvaluator::finish(const Outcome &outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    stopLookups();

    SpfEvaluation &e = m_evaluation;
    e.result = outcome.result;
    e.error = outcome.error;
    e.cause = outcome.result == SpfResult::TempError ? outcome.cause : QString();
    e.explanation = outcome.explanation;
    if (m_audit && e.result != SpfResult::TempError) {
        if (e.lookupLimitExceeded) {
            e.result = SpfResult::PermError;
            e.error = Detail::encode(QStringLiteral("spf-lookups-total"),
                { QString::number(e.lookups), QString::number(kLookupLimit) });
        } else if (e.voidLookups > kVoidLimit) {
            e.result = SpfResult::PermError;
            e.error = Detail::encode(QStringLiteral("spf-voids-total"),
                { QString::number(e.voidLookups), QString::number(kVoidLimit) });
        }
    }
    if (e.result == SpfResult::Fail && e.explanation.isEmpty() && !m_defaultExplanation.isEmpty()) {
        QString text;
        if (SpfMacro::expand(m_defaultExplanation, context(e.domain), true, &text))
            e.explanation = text;
    }

    // Totals from the leaves up: children always come after their parent.
    for (SpfTraceNode &node : e.trace)
        node.totalLookups = node.lookups;
    for (int i = int(e.trace.size()) - 1; i > 0; --i)
        e.trace[e.trace.at(i).parent].totalLookups += e.trace.at(i).totalLookups;

    // The deciding term: follow matched includes and redirects downwards.
    int n = 0;
    while (n >= 0 && n < e.trace.size()) {
        const SpfTraceNode &node = e.trace.at(n);
        int next = -1;
        for (int i = n + 1; i < e.trace.size(); ++i) {
            const SpfTraceNode &c = e.trace.at(i);
            if (c.parent != n)
                continue;
            if ((!node.matchedTerm.isEmpty() && c.via == QLatin1String("include")
                    && c.term == node.matchedTerm)
                || (node.matchedTerm.isEmpty() && c.via == QLatin1String("redirect")))
                next = i;
        }
        if (next < 0
            || (e.trace.at(next).matchedTerm.isEmpty() && e.trace.at(next).via == QLatin1String("include")))
            break;
        n = next;
    }
    if (n >= 0 && n < e.trace.size() && !e.trace.at(n).matchedTerm.isEmpty()) {
        e.matchedTerm = e.trace.at(n).matchedTerm;
        e.matchedDomain = e.trace.at(n).domain;
    }
    e.elapsedMs = m_clock.elapsed();
    Q_EMIT finished();
}

void SpfEvaluator::timedOut()
{
    finish({ SpfResult::TempError,
        Detail::encode(QStringLiteral("spf-no-result"), { QString::number(m_timeoutMs / 1000.0) }),
        QStringLiteral("timeout"), {} });
}

void SpfEvaluator::stopLookups()
{
    if (m_resolver) {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            m_resolver->cancel(it.key());
    }
    m_pending.clear();
}

SpfMacroContext SpfEvaluator::context(const QString &domain) const
{
    SpfMacroContext c;
    c.sender = m_sender;
    c.domain = domain;
    c.ip = m_ip;
    c.helo = m_helo;
    c.validatedName = m_validatedName.value_or(QStringLiteral("unknown"));
    c.receiver = m_receiver;
    c.now = m_now;
    return c;
}

} // namespace MailMedic
