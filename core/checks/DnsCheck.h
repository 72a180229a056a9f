// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Check.h"
#include "dns/Resolver.h"
#include "report/Report.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace MailMedic {

// What the DNS checks (MX, DMARC, DKIM, PTR, blocklists) share: the resolver,
// the language of the findings, the questions in flight, one timer over the
// whole check, and cancel().
//
// A check asks its questions through ask(); each answer goes to the handler
// given with it, which may ask more. When nothing is in flight any more the
// check calls evaluate() and emits finished() exactly once per start. When
// the check's own timer runs out (or cancel() is called) every question still
// in flight is handed to its handler as a "could not ask" answer, so the
// findings say `untested` with cause timeout (or cancelled), never `fail`.
class DnsCheck : public Check
{
    Q_OBJECT
public:
    explicit DnsCheck(Resolver *resolver, QObject *parent = nullptr);
    ~DnsCheck() override;

    bool isRunning() const override { return m_running; }
    // Every answer is in and the background work (backgroundWork()) runs.
    bool isWorkingInBackground() const { return m_working; }
    QList<Finding> findings() const override { return m_findings; }

    // Drops the questions in flight; finished() still follows (from the event
    // loop) with those questions reported as untested, cause "cancelled".
    void cancel() override;

    // "shop.example.co.uk" -> "example.co.uk" (RFC 7489 §3.2, from libpsl's
    // built-in list). The name itself, lower case and without trailing dot,
    // when libpsl has no answer (a public suffix, or an empty name).
    static QString organizationalDomain(const QString &domain);
    // One evidence line per record: "example.test. MX 10 mx1.example.test. (TTL 300)";
    // a line saying "no such name" / "no records" / what went wrong otherwise.
    static QStringList evidence(const DnsAnswer &answer);
    // untested causes for answers that could not be had: timeout, servfail,
    // refused, unreachable, cancelled, error.
    static QString causeOf(const DnsAnswer &answer);
    // Why a question got no usable answer, as a detail (report/Detail.h):
    // "no answer in time, server 127.0.0.1:53" in the report's language.
    static QString whyNotAsked(const DnsAnswer &answer);
    // An untested cause (timeout, servfail, refused, ...) as a detail.
    static QString causeText(const QString &cause);

protected:
    using Handler = std::function<void(const DnsAnswer &)>;

    // Clears the findings and starts the timer; the subclass's start() calls
    // this, asks its first questions, then calls settle().
    void begin();
    void ask(const QString &name, DnsAnswer::RecordType type, Handler handler);
    // Called after the first questions were asked: finishes at once (from the
    // event loop) when there was nothing to ask.
    void settle();
    // Every answer is in: turn what the handlers collected into findings.
    virtual void evaluate() = 0;

    // Work too heavy for the event loop's thread (verifying the signatures
    // of a 10 MB message). Asked for once every answer is in; it runs in a
    // worker and returns what to apply here, right before evaluate(). It may
    // use only what it captured by value: the check can be cancelled or
    // deleted while it runs, and then its result is dropped and evaluate()
    // runs without it (abortReason() says why). Empty (the default): none.
    using BackgroundWork = std::function<std::function<void()>()>;
    virtual BackgroundWork backgroundWork() { return {}; }
    // "timeout" or "cancelled" when the check was wound up early; empty otherwise.
    QString abortReason() const { return m_aborting ? m_abortReason : QString(); }

    void add(const Finding &finding) { m_findings.append(finding); }
    Finding make(const QString &id, FindingStatus status, const QStringList &args = {},
        const QStringList &evidence = {}, const QString &cause = QString()) const;
    // `<prefix>-untested` for a question that could not be asked.
    Finding untested(const QString &prefix, const DnsAnswer &answer) const;

    Resolver *resolver() const { return m_resolver; }

private:
    void answered(quint64 id, const DnsAnswer &answer);
    void abortAll(const QString &reason);
    DnsAnswer couldNotAsk(DnsAnswer question) const;
    void queueFinish();
    void maybeFinish();
    void finishNow();

    QPointer<Resolver> m_resolver;
    bool m_running = false;
    bool m_finishQueued = false;
    bool m_aborting = false;
    bool m_working = false; // backgroundWork() runs in a worker
    bool m_workDone = false; // it ran (or there was none) for this start
    quint64 m_workGeneration = 0; // a result from an older work is dropped
    quint64 m_generation = 0;
    QString m_abortReason;
    QHash<quint64, QPair<DnsAnswer, Handler>> m_pending; // the question, as a not-yet answer
    QList<Finding> m_findings;
    QTimer m_timer;
};

} // namespace MailMedic
