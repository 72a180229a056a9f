// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/SpfEvaluator.h"

#include "dns/Resolver.h"
#include "report/FindingCatalog.h"

namespace MailMedic {

namespace {

// RFC 7208 §4.6.4
constexpr int kLookupLimit = 10;
constexpr int kVoidLimit = 2;
constexpr int kNameLimit = 10; // MX hosts, PTR names
// Audit mode counts past the limit, but an include loop must still end.
constexpr int kAuditLookupCap = 50;

QString causeOf(const DnsAnswer &answer)
{
    return answer.untestedCause();
}

QString dnsTrouble(const DnsAnswer &answer)
{
    return QStringLiteral("%1 %2: %3")
        .arg(DnsAnswer::typeName(answer.type), answer.name, answer.outcomeName());
}

bool isVoid(const DnsAnswer &answer)
{
    return answer.outcome == DnsAnswer::Outcome::NoData || answer.outcome == DnsAnswer::Outcome::NxDomain
        || (answer.outcome == DnsAnswer::Outcome::Records && answer.records.isEmpty());
}

bool sameDomain(const QString &a, const QString &b)
{
    QString x = a, y = b;
    if (x.endsWith(QLatin1Char('.')))
        x.chop(1);
    if (y.endsWith(QLatin1Char('.')))
        y.chop(1);
    return x.compare(y, Qt::CaseInsensitive) == 0;
}

// The name is `domain` or below it (RFC 7208 §5.5).
bool withinDomain(const QString &name, const QString &domain)
{
    QString n = name;
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    QString d = domain;
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return sameDomain(n, d) || n.endsWith(QLatin1Char('.') + d, Qt::CaseInsensitive);
}

QHostAddress unmapped(const QHostAddress &address)
{
    // An IPv4-mapped IPv6 client is an IPv4 client (RFC 7208 §5: "ip4"
    // and "a" compare IPv4 addresses).
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    const Q_IPV6ADDR a = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (a[i] != 0)
            return address;
    }
    if (a[10] != 0xff || a[11] != 0xff)
        return address;
    return QHostAddress(quint32(a[12]) << 24 | quint32(a[13]) << 16 | quint32(a[14]) << 8 | quint32(a[15]));
}

bool usesValidatedName(const QString &spec)
{
    return spec.contains(QLatin1String("%{p"), Qt::CaseInsensitive);
}

} // namespace

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

struct SpfEvaluator::Outcome
{
    SpfResult result = SpfResult::Neutral;
    QString error;
    QString cause;
    QString explanation;
};

struct SpfEvaluator::Frame
{
    QString domain;
    SpfRecord record;
    int node = 0;
    int next = 0; // the next mechanism to evaluate
    bool underInclude = false; // a fail here is only "no match" for the includer
    Done done;
};

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

bool SpfEvaluator::ipMatches(const QString &address, const SpfTerm &term) const
{
    const QHostAddress a = unmapped(QHostAddress(address));
    if (a.protocol() != m_ip.protocol())
        return false;
    const int prefix = a.protocol() == QAbstractSocket::IPv4Protocol ? term.cidr4 : term.cidr6;
    return m_ip.isInSubnet(a, prefix);
}

} // namespace MailMedic
