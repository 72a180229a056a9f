// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace MailMedic {

class Resolver;

// Whether a resolver's answers can be believed, asked once per run before
// any DNS finding: the root and a top-level domain must exist, and a made-up
// name under that domain must not. Captive portals and filtering resolvers
// answer "no such name" for everything; hijacking ones give every name an
// address. Either way the DNS findings would be lies, so they are reported
// as untested instead.
class ResolverTrust : public QObject
{
    Q_OBJECT
public:
    enum class Verdict {
        Trusted,
        Lying, // answers, but not the truth: see evidence()
        Silent, // no usable answer at all (timeout, refused, unreachable): cause()
    };
    Q_ENUM(Verdict)

    explicit ResolverTrust(Resolver *resolver, QObject *parent = nullptr);

    // `domain`: the one the checks are about, for its top-level domain
    // ("com" when it has none). finished() follows, from the event loop.
    void start(const QString &domain);
    bool isRunning() const { return !m_pending.isEmpty(); }
    Verdict verdict() const { return m_verdict; }
    // For Silent: timeout, refused, unreachable, servfail, ...
    QString cause() const { return m_cause; }
    // One line per question: what was asked and what came back.
    // One line per question, as details (report/Detail.h) for a finding.
    QStringList evidence() const { return m_evidence; }
    // The same, short, in DNS terms ("NS .: NXDOMAIN; ..."), for a sentence.
    QString summary() const { return m_summary.join(QStringLiteral("; ")); }

Q_SIGNALS:
    void finished();

private:
    enum class Question { Root, TopLevel, MadeUp };
    void answered(quint64 id, const DnsAnswer &answer);

    QPointer<Resolver> m_resolver;
    QHash<quint64, Question> m_pending;
    QHash<int, DnsAnswer> m_answers;
    Verdict m_verdict = Verdict::Trusted;
    QString m_cause;
    QStringList m_evidence;
    QStringList m_summary;
};

} // namespace MailMedic
