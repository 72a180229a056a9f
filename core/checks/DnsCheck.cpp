// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/DnsCheck.h"
#include "dns/DomainName.h"

#include "dns/Resolver.h"
#include "report/Detail.h"
#include "report/FindingCatalog.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <libpsl.h>

namespace MailMedic {

namespace {
const QLatin1String cancelledText("cancelled");

QString withDot(const QString &name)
{
    return name.isEmpty() ? QStringLiteral(".") : name + QLatin1Char('.');
}
} // namespace

DnsCheck::DnsCheck(Resolver *resolver, QObject *parent) : Check(parent), m_resolver(resolver)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { abortAll(QStringLiteral("timeout")); });
    if (m_resolver)
        connect(m_resolver, &Resolver::finished, this, &DnsCheck::answered);
}

DnsCheck::~DnsCheck()
{
    if (m_resolver) {
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            m_resolver->cancel(it.key());
    }
}

void DnsCheck::begin()
{
    // A new start forgets the previous run without reporting it.
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (m_resolver)
            m_resolver->cancel(it.key());
    }
    m_pending.clear();
    ++m_generation;
    m_findings.clear();
    m_running = true;
    m_finishQueued = false;
    m_aborting = false;
    m_working = false;
    m_workDone = false;
    ++m_workGeneration;
    m_timer.start(m_timeoutMs);
}

void DnsCheck::ask(const QString &name, DnsAnswer::RecordType type, Handler handler)
{
    DnsAnswer question;
    question.name = name;
    question.type = type;
    if (m_aborting || !m_resolver) {
        // No more questions once the check is being wound up: the handler
        // hears the same "could not ask" as the questions already in flight.
        handler(couldNotAsk(question));
        return;
    }
    const quint64 id = m_resolver->lookup(name, type);
    m_pending.insert(id, qMakePair(question, std::move(handler)));
}

void DnsCheck::settle()
{
    if (m_pending.isEmpty() && m_running && !m_finishQueued)
        queueFinish();
}

void DnsCheck::answered(quint64 id, const DnsAnswer &answer)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // another check's question on the shared resolver
    const Handler handler = it.value().second;
    m_pending.erase(it);
    handler(answer);
    maybeFinish();
}

void DnsCheck::cancel()
{
    if (!m_running)
        return;
    abortAll(cancelledText);
}

void DnsCheck::abortAll(const QString &reason)
{
    m_aborting = true;
    m_abortReason = reason;
    // Handlers may ask follow-up questions; ask() answers those at once.
    while (!m_pending.isEmpty()) {
        const auto it = m_pending.begin();
        const quint64 id = it.key();
        DnsAnswer answer = it.value().first;
        const Handler handler = it.value().second;
        m_pending.erase(it);
        if (m_resolver)
            m_resolver->cancel(id);
        answer = couldNotAsk(answer);
        handler(answer);
    }
    if (reason == cancelledText) {
        if (!m_finishQueued)
            queueFinish();
    } else {
        finishNow();
    }
}

void DnsCheck::queueFinish()
{
    m_finishQueued = true;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            finishNow();
    });
}

void DnsCheck::maybeFinish()
{
    if (m_running && m_pending.isEmpty() && !m_finishQueued)
        finishNow();
}

void DnsCheck::finishNow()
{
    if (!m_running)
        return;
    if (m_working) {
        if (!m_aborting)
            return; // the work's own result finishes the check
        // Cancelled or out of time while the work runs: not waited for.
        m_working = false;
        ++m_workGeneration;
    } else if (!m_workDone) {
        // Also after a timeout during the questions: the work then reads
        // "could not ask" answers, which says more than not doing it.
        m_workDone = true;
        if (BackgroundWork work = backgroundWork()) {
            m_working = true;
            const quint64 generation = m_workGeneration;
            auto *watcher = new QFutureWatcher<std::function<void()>>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != m_workGeneration || !m_working)
                    return;
                m_working = false;
                if (const std::function<void()> apply = watcher->result())
                    apply();
                finishNow();
            });
            watcher->setFuture(QtConcurrent::run(std::move(work)));
            return;
        }
    }
    m_timer.stop();
    m_running = false;
    m_finishQueued = false;
    evaluate();
    m_aborting = false;
    Q_EMIT finished(m_findings);
}

DnsAnswer DnsCheck::couldNotAsk(DnsAnswer question) const
{
    if (!m_resolver) {
        question.outcome = DnsAnswer::Outcome::Other;
        question.errorText = QStringLiteral("no resolver");
    } else if (m_abortReason == cancelledText) {
        question.outcome = DnsAnswer::Outcome::Other;
        question.errorText = cancelledText;
    } else {
        question.outcome = DnsAnswer::Outcome::TimedOut;
        question.errorText = QStringLiteral("no answer within the check's time limit");
    }
    return question;
}

Finding DnsCheck::make(const QString &id, FindingStatus status, const QStringList &args,
    const QStringList &evidence, const QString &cause) const
{
    return FindingCatalog::builtin().make(id, status, m_language, args, evidence, cause);
}

Finding DnsCheck::untested(const QString &prefix, const DnsAnswer &answer) const
{
    return make(prefix + QStringLiteral("-untested"), FindingStatus::Untested,
        { withDot(DomainName::normalized(answer.name)) + QLatin1Char(' ') + DnsAnswer::typeName(answer.type),
            whyNotAsked(answer) },
        evidence(answer), causeOf(answer));
}

QString DnsCheck::causeText(const QString &cause)
{
    return Detail::encode(QStringLiteral("dns-cause-") + cause);
}

QString DnsCheck::whyNotAsked(const DnsAnswer &answer)
{
    const QString cause = causeOf(answer);
    // c-ares names an unusual error in English; the usual ones get words.
    QString why = cause == QLatin1String("error") && !answer.errorText.isEmpty()
        ? Detail::encode(QStringLiteral("dns-cause-error-text"), { answer.errorText })
        : causeText(cause);
    if (!answer.server.isEmpty())
        why = Detail::encode(QStringLiteral("dns-cause-at"), { why, answer.server });
    return why;
}

QString DnsCheck::organizationalDomain(const QString &domain)
{
    const QString name = DomainName::normalized(domain);
    if (name.isEmpty())
        return name;
    const QByteArray utf8 = name.toUtf8();
    const char *registrable = psl_registrable_domain(psl_builtin(), utf8.constData());
    return registrable ? QString::fromUtf8(registrable) : name;
}

QStringList DnsCheck::evidence(const DnsAnswer &answer)
{
    const QString owner = withDot(DomainName::normalized(answer.name));
    const QString type = DnsAnswer::typeName(answer.type);
    QStringList lines;
    switch (answer.outcome) {
    case DnsAnswer::Outcome::Records:
        for (const DnsRecord &record : answer.records) {
            QString data;
            switch (answer.type) {
            case DnsAnswer::RecordType::MX:
                data = QString::number(record.preference) + QLatin1Char(' ') + withDot(record.value);
                break;
            case DnsAnswer::RecordType::TXT:
                data = QLatin1Char('"') + record.value + QLatin1Char('"');
                break;
            case DnsAnswer::RecordType::PTR:
            case DnsAnswer::RecordType::NS:
            case DnsAnswer::RecordType::CNAME:
                data = withDot(record.value);
                break;
            case DnsAnswer::RecordType::A:
            case DnsAnswer::RecordType::AAAA:
            case DnsAnswer::RecordType::SOA:
                data = record.value;
                break;
            }
            lines << owner + QLatin1Char(' ') + type + QLatin1Char(' ') + data + QStringLiteral(" (TTL ")
                    + QString::number(record.ttl) + QLatin1Char(')');
        }
        break;
    case DnsAnswer::Outcome::NoData:
        lines << Detail::encode(QStringLiteral("dns-evidence-nodata"), { owner, type });
        break;
    case DnsAnswer::Outcome::NxDomain:
        lines << Detail::encode(QStringLiteral("dns-evidence-nxdomain"), { owner, type });
        break;
    default:
        lines << Detail::encode(
            QStringLiteral("dns-evidence-not-asked"), { owner, type, whyNotAsked(answer) });
        break;
    }
    // Which server said so: a support engineer compares it with another resolver.
    // Our own words are details, written in the report's language; the
    // records above are zone-file lines, the same in every language.
    if (!answer.couldNotAsk() && !answer.server.isEmpty())
        lines << Detail::encode(QStringLiteral("dns-evidence-answered-by"), { answer.server });
    return lines;
}

QString DnsCheck::causeOf(const DnsAnswer &answer)
{
    if (answer.outcome == DnsAnswer::Outcome::Other && answer.errorText == cancelledText)
        return QStringLiteral("cancelled");
    return answer.untestedCause();
}

} // namespace MailMedic
