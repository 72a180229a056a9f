// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/SpfRecord.h"
#include "dns/DnsAnswer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace MailMedic {

class Resolver;

// The results of check_host() (RFC 7208 §2.6).
enum class SpfResult { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };
QString toString(SpfResult result); // "none", "neutral", "pass", ... as in RFC 7208 §2.6

// One record visited by an evaluation: the root domain, or the target of an
// include or redirect. Evidence for the report.
struct SpfTraceNode
{
    QString domain;
    QString via; // "" for the root, "include" or "redirect"
    QString term; // the include/redirect term of the parent that led here
    QString record; // the selected record, empty if there was none
    int parent = -1; // index into SpfEvaluation::trace
    int depth = 0;
    int lookups = 0; // DNS-costing terms this record evaluated itself
    int totalLookups = 0; // lookups of this record and everything below it
    QString matchedTerm; // the mechanism of this record that matched, if any
    SpfResult result = SpfResult::None;
    QString error; // why this record gave permerror/temperror (may be an encoded Detail)
};

struct SpfEvaluation
{
    SpfResult result = SpfResult::None;
    QString explanation; // exp= text (or the default explanation), fail only
    QString error; // what went wrong, for permerror and temperror (may be an encoded Detail)
    // For temperror: the untested cause (timeout, servfail, refused,
    // unreachable, error, cancelled).
    QString cause;
    QString domain; // the domain check_host() started from
    QString matchedTerm; // the mechanism that decided, with the domain whose record holds it
    QString matchedDomain;
    int lookups = 0; // DNS-costing mechanisms and modifiers (RFC 7208 §4.6.4)
    int voidLookups = 0; // lookups that gave nodata or nxdomain
    bool lookupLimitExceeded = false;
    bool loop = false; // an include/redirect pointed back at a record above it
    QStringList loopPath; // the domains of the loop, first one repeated at the end
    QList<SpfTraceNode> trace; // trace[0] is the root; parents before children
    QStringList dns; // one summary line per DNS answer used
    qint64 elapsedMs = 0;

    // "include:_spf.example.net (3 lookups)" lines, indented by depth.
    QStringList traceLines() const;
};

// check_host() of RFC 7208 §4 over the Resolver interface: asynchronous,
// with an overall timeout and cancel(). One evaluation at a time per object.
//
//     SpfEvaluator spf(&resolver);
//     connect(&spf, &SpfEvaluator::finished, this, [&] { use(spf.evaluation()); });
//     spf.checkMailFrom(QHostAddress("192.0.2.1"), "user@example.com", "mail.example.com");
class SpfEvaluator : public QObject
{
    Q_OBJECT
public:
    explicit SpfEvaluator(Resolver *resolver, QObject *parent = nullptr);
    ~SpfEvaluator() override;

    // The whole evaluation may take this long, then it ends in temperror
    // with cause "timeout" (default 20000 ms).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // The text used as explanation of a "fail" when the record has no
    // usable exp= (RFC 7208 §6.2 leaves it to local policy). Macros expand.
    void setDefaultExplanation(const QString &text) { m_defaultExplanation = text; }
    // %{r}: the domain of the receiving MTA ("unknown" by default).
    void setReceivingDomain(const QString &domain) { m_receiver = domain; }
    // %{t}: the time to use; the current time when not set.
    void setNow(const QDateTime &now) { m_now = now; }
    // Audit mode for a record check without a sending IP: no mechanism
    // except "all" matches, so every lookup the record can cost is made, and
    // counting goes on past the limit of 10 (up to 50) to report the real
    // total. The result still follows the limit.
    void setAuditMode(bool audit) { m_audit = audit; }

    // check_host(ip, domain, sender) with HELO for %{h} (RFC 7208 §4.1).
    // finished() follows from the event loop, never from inside this call.
    void checkHost(const QHostAddress &ip, const QString &domain, const QString &sender, const QString &helo);
    // The MAIL FROM identity (RFC 7208 §2.4): an empty reverse-path checks
    // the HELO identity; a missing local part becomes "postmaster".
    void checkMailFrom(const QHostAddress &ip, const QString &mailFrom, const QString &helo);
    // Stops the evaluation; finished() is not emitted for it.
    void cancel();

    bool isRunning() const { return m_running; }
    const SpfEvaluation &evaluation() const { return m_evaluation; }

Q_SIGNALS:
    void finished();

private:
    struct Frame;
    struct Outcome;
    using FramePtr = std::shared_ptr<Frame>;
    using Done = std::function<void(const Outcome &)>;
    using AnswerHandler = std::function<void(const DnsAnswer &)>;

    void evaluate(const QString &domain, int node, bool underInclude, const Done &done);
    void step(const FramePtr &frame);
    void matched(const FramePtr &frame, const SpfTerm &term);
    void noMatch(const FramePtr &frame) { step(frame); }
    void mechanismA(const FramePtr &frame, const SpfTerm &term, const QString &target);
    void mechanismMx(const FramePtr &frame, const SpfTerm &term, const QString &target);
    void mechanismPtr(const FramePtr &frame, const SpfTerm &term, const QString &target);
    void recurse(const FramePtr &frame, const SpfTerm &term, const QString &target);
    void explain(const FramePtr &frame, const Done &done);
    void validatedNames(const std::function<void(const QStringList &)> &next);
    void withMacroContext(const FramePtr &frame, const QString &spec, const std::function<void()> &next);
    bool expandTarget(const FramePtr &frame, const SpfTerm &term, QString *target);
    bool countLookup(const FramePtr &frame, const SpfTerm &term);
    bool countVoid(const FramePtr &frame, const DnsAnswer &answer);
    void fail(
        const FramePtr &frame, SpfResult result, const QString &error, const QString &cause = QString());
    void ask(const QString &name, DnsAnswer::RecordType type, const AnswerHandler &handler);
    void answered(quint64 id, const DnsAnswer &answer);
    void finish(const Outcome &outcome);
    void timedOut();
    void stopLookups();
    SpfMacroContext context(const QString &domain) const;
    bool ipMatches(const QString &address, const SpfTerm &term) const;

    QPointer<Resolver> m_resolver;
    int m_timeoutMs = 20000;
    QString m_defaultExplanation;
    QString m_receiver = QStringLiteral("unknown");
    QDateTime m_now;
    bool m_audit = false;

    bool m_running = false;
    quint64 m_run = 0; // tells a queued start of an older evaluation to stay quiet
    QHostAddress m_ip;
    QString m_sender;
    QString m_helo;
    std::optional<QString> m_validatedName; // %{p}, looked up once
    QHash<quint64, AnswerHandler> m_pending;
    SpfEvaluation m_evaluation;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace MailMedic
