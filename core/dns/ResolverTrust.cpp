// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/ResolverTrust.h"

#include "dns/DomainName.h"
#include "dns/Resolver.h"
#include "report/Detail.h"

#include <QRandomGenerator>

namespace MailMedic {

ResolverTrust::ResolverTrust(Resolver *resolver, QObject *parent) : QObject(parent), m_resolver(resolver)
{
    if (resolver)
        connect(resolver, &Resolver::finished, this, &ResolverTrust::answered);
}

void ResolverTrust::start(const QString &domain)
{
    m_pending.clear();
    m_answers.clear();
    m_evidence.clear();
    m_summary.clear();
    m_cause.clear();
    m_verdict = Verdict::Trusted;
    QString tld = DomainName::normalized(domain).section(QLatin1Char('.'), -1);
    if (tld.isEmpty())
        tld = QStringLiteral("com");
    // A label nobody registers: long, random, and saying whose it is.
    const QString madeUp = QStringLiteral("mailmedic-check-%1.%2")
                               .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
                               .arg(tld);
    if (!m_resolver) {
        m_verdict = Verdict::Silent;
        m_cause = QStringLiteral("error");
        QMetaObject::invokeMethod(this, &ResolverTrust::finished, Qt::QueuedConnection);
        return;
    }
    m_pending.insert(m_resolver->lookup(QStringLiteral("."), DnsAnswer::RecordType::NS), Question::Root);
    m_pending.insert(m_resolver->lookup(tld, DnsAnswer::RecordType::NS), Question::TopLevel);
    m_pending.insert(m_resolver->lookup(madeUp, DnsAnswer::RecordType::A), Question::MadeUp);
}

void ResolverTrust::answered(quint64 id, const DnsAnswer &answer)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend())
        return;
    const Question question = *it;
    m_pending.erase(it);
    m_answers.insert(int(question), answer);
    const QString name = answer.name.isEmpty() ? QStringLiteral(".") : answer.name;
    // The summary (a finding's argument) uses the DNS protocol's own names,
    // the same in every language; the evidence line is a detail in words.
    m_summary << DnsAnswer::typeName(answer.type) + QLatin1Char(' ') + name + QStringLiteral(": ")
            + answer.outcomeName().toUpper();
    m_evidence << Detail::encode(QStringLiteral("dns-evidence-outcome"),
        { DnsAnswer::typeName(answer.type), name,
            Detail::encode(QStringLiteral("dns-outcome-") + answer.outcomeName()) });
    if (!m_pending.isEmpty())
        return;

    // No answer to the root itself: the server is dead or refuses us.
    const DnsAnswer root = m_answers.value(int(Question::Root));
    const DnsAnswer top = m_answers.value(int(Question::TopLevel));
    const DnsAnswer madeUp = m_answers.value(int(Question::MadeUp));
    if (root.couldNotAsk() && top.couldNotAsk()) {
        m_verdict = Verdict::Silent;
        m_cause = root.untestedCause();
    } else if (root.outcome != DnsAnswer::Outcome::Records || top.outcome != DnsAnswer::Outcome::Records) {
        // The root and a top-level domain always exist: "no such name" for
        // them is a lie (or a server that serves only its own zones).
        m_verdict = Verdict::Lying;
    } else if (madeUp.outcome == DnsAnswer::Outcome::Records) {
        // A made-up name with an address: every other answer may be made up too.
        m_verdict = Verdict::Lying;
    }
    Q_EMIT finished();
}

} // namespace MailMedic
