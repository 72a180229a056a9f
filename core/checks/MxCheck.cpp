// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/MxCheck.h"
#include "dns/DomainName.h"

#include <QHostAddress>

#include <algorithm>

namespace MailMedic {

using Type = DnsAnswer::RecordType;
using Outcome = DnsAnswer::Outcome;

namespace {
// RFC 7505 §3: the null MX is preference 0 and the root as target.
bool isNullTarget(const QString &value)
{
    return value.isEmpty() || value == QLatin1String(".");
}

QString mxText(const DnsRecord &record)
{
    return QString::number(record.preference) + QLatin1Char(' ')
        + (isNullTarget(record.value) ? QStringLiteral(".") : record.value);
}
} // namespace

MxCheck::MxCheck(Resolver *resolver, QObject *parent) : DnsCheck(resolver, parent) { }

void MxCheck::start(const QString &domain)
{
    begin();
    m_domain = DomainName::normalized(domain);
    m_mx = DnsAnswer();
    m_targets.clear();
    m_fallback.clear();
    m_ns = DnsAnswer();
    // Registration (the seed's "Missing-NameServer-Registration") is about
    // the registered domain, not a host name inside it, which has no NS.
    m_nsDomain = organizationalDomain(m_domain);
    ask(m_domain, Type::MX, [this](const DnsAnswer &answer) { mxAnswered(answer); });
    ask(m_nsDomain, Type::NS, [this](const DnsAnswer &answer) { m_ns = answer; });
    settle();
}

void MxCheck::mxAnswered(const DnsAnswer &answer)
{
    m_mx = answer;
    if (answer.outcome == Outcome::NoData) {
        // RFC 5321 §5.1: without MX the domain itself is the implicit MX.
        for (const Type type : { Type::A, Type::AAAA })
            ask(m_domain, type, [this](const DnsAnswer &a) { m_fallback.append(a); });
        return;
    }
    if (!answer.hasRecords())
        return;
    QList<DnsRecord> records = answer.records;
    std::stable_sort(records.begin(), records.end(),
        [](const DnsRecord &a, const DnsRecord &b) { return a.preference < b.preference; });
    for (const DnsRecord &record : records) {
        if (isNullTarget(record.value))
            continue;
        Target target;
        target.name = DomainName::normalized(record.value);
        target.preference = record.preference;
        m_targets.append(target);
        if (!QHostAddress(target.name).isNull())
            continue; // an address where a name belongs: nothing to ask
        askTarget(int(m_targets.size()) - 1);
    }
}

void MxCheck::askTarget(int index)
{
    const QString name = m_targets.at(index).name;
    // RFC 5321 §5.1 / RFC 2181 §10.3: an MX must name a host, not an alias.
    ask(name, Type::CNAME, [this, index](const DnsAnswer &answer) {
        Target &target = m_targets[index];
        if (answer.hasRecords()) {
            for (const DnsRecord &record : answer.records)
                target.cnames << record.value;
            target.evidence << evidence(answer);
        }
    });
    for (const Type type : { Type::A, Type::AAAA }) {
        ask(name, type, [this, index](const DnsAnswer &answer) {
            Target &target = m_targets[index];
            if (answer.couldNotAsk()) {
                if (!target.unanswered)
                    target.firstFailure = answer;
                target.unanswered = true;
            }
            for (const DnsRecord &record : answer.records)
                target.addresses << record.value;
            target.evidence << evidence(answer);
        });
    }
}

void MxCheck::evaluate()
{
    evaluateMx();
    evaluateNs();
}

void MxCheck::evaluateMx()
{
    const QStringList mxEvidence = evidence(m_mx);
    if (m_mx.couldNotAsk()) {
        add(untested(QStringLiteral("mx"), m_mx));
        return;
    }
    if (m_mx.outcome == Outcome::NxDomain) {
        add(make(QStringLiteral("mx-nxdomain"), FindingStatus::Fail, { m_domain }, mxEvidence));
        return;
    }
    if (m_mx.outcome == Outcome::NoData || !m_mx.hasRecords()) {
        QStringList addresses;
        QStringList lines = mxEvidence;
        const DnsAnswer *failure = nullptr;
        for (const DnsAnswer &answer : std::as_const(m_fallback)) {
            for (const DnsRecord &record : answer.records)
                addresses << record.value;
            lines << evidence(answer);
            if (answer.couldNotAsk() && !failure)
                failure = &answer;
        }
        if (!addresses.isEmpty())
            add(make(QStringLiteral("mx-implicit-a"), FindingStatus::Warn,
                { m_domain, addresses.join(QStringLiteral(", ")) }, lines));
        else if (failure)
            add(untested(QStringLiteral("mx"), *failure));
        else
            add(make(QStringLiteral("mx-none"), FindingStatus::Fail, { m_domain }, lines));
        return;
    }

    int nullCount = 0;
    QStringList mxTexts;
    for (const DnsRecord &record : std::as_const(m_mx.records)) {
        if (isNullTarget(record.value))
            ++nullCount;
        mxTexts << mxText(record);
    }
    if (nullCount > 0 && m_mx.records.size() == 1) {
        add(make(QStringLiteral("mx-null"), FindingStatus::Info, { m_domain }, mxEvidence));
        return;
    }
    if (nullCount > 0) // RFC 7505 §3: a null MX must be the only one
        add(make(QStringLiteral("mx-null-mixed"), FindingStatus::Fail, { m_domain }, mxEvidence));

    bool allGood = true;
    QStringList goodEvidence = mxEvidence;
    for (const Target &target : std::as_const(m_targets)) {
        const QStringList lines = mxEvidence + target.evidence;
        if (!QHostAddress(target.name).isNull()) {
            add(make(
                QStringLiteral("mx-target-literal"), FindingStatus::Fail, { m_domain, target.name }, lines));
            allGood = false;
            continue;
        }
        // Cloudflare rewrites an MX that points at a proxied name to
        // "_dc-mx.<hash>.<domain>"; the underscore is not allowed in a host
        // name (RFC 5321 §2.3.5) and some receivers refuse it.
        if (target.name.startsWith(QLatin1String("_dc-mx."))) {
            add(make(
                QStringLiteral("mx-target-proxied"), FindingStatus::Fail, { m_domain, target.name }, lines));
            allGood = false;
            continue;
        }
        if (!target.cnames.isEmpty()) {
            add(make(QStringLiteral("mx-target-cname"), FindingStatus::Fail,
                { m_domain, target.name, target.cnames.join(QStringLiteral(", ")) }, lines));
            allGood = false;
            continue;
        }
        if (target.addresses.isEmpty()) {
            if (target.unanswered)
                add(untested(QStringLiteral("mx"), target.firstFailure));
            else
                add(make(QStringLiteral("mx-target-no-address"), FindingStatus::Fail,
                    { m_domain, target.name }, lines));
            allGood = false;
            continue;
        }
        goodEvidence << target.evidence;
    }
    if (allGood && nullCount == 0)
        add(make(QStringLiteral("mx-ok"), FindingStatus::Pass,
            { m_domain, mxTexts.join(QStringLiteral(", ")) }, goodEvidence));
}

void MxCheck::evaluateNs()
{
    if (m_ns.couldNotAsk()) {
        add(untested(QStringLiteral("mx"), m_ns));
        return;
    }
    if (m_ns.hasRecords()) {
        QStringList names;
        for (const DnsRecord &record : std::as_const(m_ns.records))
            names << record.value;
        add(make(QStringLiteral("mx-ns-ok"), FindingStatus::Pass,
            { m_nsDomain, names.join(QStringLiteral(", ")) }, evidence(m_ns)));
        return;
    }
    // The domain does not exist at all: mx-nxdomain already says so.
    if (m_nsDomain == m_domain && m_mx.outcome == Outcome::NxDomain)
        return;
    add(make(QStringLiteral("mx-ns-missing"), FindingStatus::Fail, { m_nsDomain }, evidence(m_ns)));
}

} // namespace MailMedic
