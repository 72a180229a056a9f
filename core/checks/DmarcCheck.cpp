// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/DmarcCheck.h"
#include "dns/DomainName.h"

#include "checks/TagList.h"
#include "report/Detail.h"
#include "report/FindingCatalog.h"

#include <QRegularExpression>

namespace MailMedic {

using Type = DnsAnswer::RecordType;

namespace {
bool isNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 9)
        return false;
    for (const QChar c : text)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}

bool oneOf(const QString &value, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed)
        if (value.compare(QLatin1String(a), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}
} // namespace

QString DmarcRecord::value(const QString &tag, const QString &fallback) const
{
    for (const auto &pair : tags)
        if (pair.first == tag)
            return pair.second;
    return fallback;
}

bool DmarcRecord::has(const QString &tag) const
{
    for (const auto &pair : tags)
        if (pair.first == tag)
            return true;
    return false;
}

int DmarcRecord::pct() const
{
    const QString text = value(QStringLiteral("pct"));
    if (!isNumber(text))
        return 100;
    return std::min(100, text.toInt());
}

bool DmarcRecord::isCandidate(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("v="), Qt::CaseInsensitive)
        || t.contains(QLatin1String("dmarc"), Qt::CaseInsensitive);
}

DmarcRecord DmarcRecord::parse(const QString &text)
{
    DmarcRecord record;
    const auto problem = [&record](const QString &tag, const QString &what) {
        record.problems.append({ tag, what });
    };
    record.tags = parseTagList(text, problem);

    // RFC 7489 §6.6.3: the record must begin with v=DMARC1 ...
    if (record.tags.isEmpty() || record.tags.first().first != QLatin1String("v"))
        problem(QStringLiteral("v"), Detail::encode(QStringLiteral("dmarc-v-first")));
    else if (record.tags.first().second != QLatin1String("DMARC1"))
        problem(QStringLiteral("v"),
            Detail::encode(QStringLiteral("dmarc-v-value"), { record.tags.first().second }));
    // ... and §6.4's ABNF puts p= right after it.
    if (!record.has(QStringLiteral("p")))
        problem(QStringLiteral("p"), Detail::encode(QStringLiteral("dmarc-p-missing")));
    else if (record.tags.size() < 2 || record.tags.at(1).first != QLatin1String("p"))
        problem(QStringLiteral("p"), Detail::encode(QStringLiteral("dmarc-p-second")));

    static const QRegularExpression mailto(
        QStringLiteral("^mailto:[^@\\s,;!]+@[^@\\s,;!]+\\.[^@\\s,;!]+(![0-9]+[kmgt]?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const auto &pair : std::as_const(record.tags)) {
        const QString &name = pair.first;
        const QString &value = pair.second;
        // One detail per kind of value, so each language can say what it
        // expects in its own words.
        const auto bad = [&](const char *detail) {
            problem(name, Detail::encode(QLatin1String(detail), { name, value }));
        };
        if (name == QLatin1String("v")) {
            continue;
        } else if (name == QLatin1String("p") || name == QLatin1String("sp") || name == QLatin1String("np")) {
            if (!oneOf(value, { "none", "quarantine", "reject" }))
                bad("dmarc-bad-policy");
        } else if (name == QLatin1String("pct")) {
            if (!isNumber(value) || value.toInt() > 100)
                bad("dmarc-bad-pct");
        } else if (name == QLatin1String("rua") || name == QLatin1String("ruf")) {
            const QStringList uris = value.split(QLatin1Char(','));
            for (const QString &uri : uris) {
                if (!mailto.match(uri.trimmed()).hasMatch()) {
                    problem(
                        name, Detail::encode(QStringLiteral("dmarc-not-mailto"), { name, uri.trimmed() }));
                }
            }
        } else if (name == QLatin1String("adkim") || name == QLatin1String("aspf")) {
            if (!oneOf(value, { "r", "s" }))
                bad("dmarc-bad-alignment");
        } else if (name == QLatin1String("fo")) {
            const QStringList options = value.split(QLatin1Char(':'));
            for (const QString &option : options) {
                if (!oneOf(option.trimmed(), { "0", "1", "d", "s" })) {
                    bad("dmarc-bad-fo");
                    break;
                }
            }
        } else if (name == QLatin1String("ri")) {
            if (!isNumber(value))
                bad("dmarc-bad-ri");
        } else if (name == QLatin1String("t")) {
            if (!oneOf(value, { "y", "n" }))
                bad("dmarc-bad-yn");
        } else if (name == QLatin1String("psd")) {
            if (!oneOf(value, { "y", "n", "u" }))
                bad("dmarc-bad-psd");
        } else if (name == QLatin1String("rf")) {
            if (!oneOf(value, { "afrf" }))
                bad("dmarc-bad-rf");
        } else {
            record.unknownTags << name; // RFC 7489 §6.3: ignored by receivers
        }
    }
    return record;
}

DmarcCheck::DmarcCheck(Resolver *resolver, QObject *parent) : DnsCheck(resolver, parent) { }

void DmarcCheck::start(const QString &domain, const QString &mailFromDomain, const QString &dkimDomain)
{
    begin();
    m_domain = DomainName::normalized(domain);
    m_mailFromDomain = mailFromDomain;
    m_dkimDomain = dkimDomain;
    m_orgDomain = organizationalDomain(m_domain);
    m_own = DnsAnswer();
    m_org = DnsAnswer();
    m_recordText.clear();
    m_record = DmarcRecord();
    m_policyDomain.clear();
    ask(QStringLiteral("_dmarc.") + m_domain, Type::TXT,
        [this](const DnsAnswer &answer) { answeredFor(m_domain, answer); });
    settle();
}

QStringList DmarcCheck::candidates(const DnsAnswer &answer)
{
    QStringList texts;
    for (const DnsRecord &record : answer.records)
        if (DmarcRecord::isCandidate(record.value))
            texts << record.value;
    return texts;
}

void DmarcCheck::answeredFor(const QString &domain, const DnsAnswer &answer)
{
    if (domain != m_domain) {
        m_org = answer;
        return;
    }
    m_own = answer;
    // RFC 7489 §6.6.3: no record at the domain itself -> ask its
    // organizational domain.
    if (!answer.couldNotAsk() && candidates(answer).isEmpty() && m_orgDomain != m_domain) {
        ask(QStringLiteral("_dmarc.") + m_orgDomain, Type::TXT,
            [this](const DnsAnswer &a) { answeredFor(m_orgDomain, a); });
    }
}

void DmarcCheck::evaluate()
{
    evaluatePolicy();
    if (m_mailFromDomain.isEmpty() && m_dkimDomain.isEmpty())
        return;
    // RFC 7489 §3.1: relaxed unless the record says strict; without a
    // record, as relaxed as DMARC would be.
    const auto mode = [this](const QString &tag) {
        const QString v = m_record.value(tag).trimmed().toLower();
        return v == QLatin1String("s") ? QLatin1Char('s') : QLatin1Char('r');
    };
    add(alignmentFinding(m_domain, m_mailFromDomain, m_dkimDomain, mode(QStringLiteral("adkim")),
        mode(QStringLiteral("aspf")), language()));
}

void DmarcCheck::evaluatePolicy()
{
    if (m_own.couldNotAsk()) {
        add(untested(QStringLiteral("dmarc"), m_own));
        return;
    }
    QStringList lines = evidence(m_own);
    QStringList texts = candidates(m_own);
    m_policyDomain = m_domain;
    if (texts.isEmpty() && m_orgDomain != m_domain) {
        if (m_org.couldNotAsk()) {
            add(untested(QStringLiteral("dmarc"), m_org));
            return;
        }
        lines << evidence(m_org);
        texts = candidates(m_org);
        m_policyDomain = m_orgDomain;
    }
    if (texts.isEmpty()) {
        m_policyDomain.clear();
        add(make(QStringLiteral("dmarc-missing"), FindingStatus::Warn, { m_domain }, lines));
        return;
    }
    if (texts.size() > 1) {
        // RFC 7489 §6.6.3: more than one record -> no DMARC at all.
        add(make(QStringLiteral("dmarc-multiple"), FindingStatus::Fail,
            { m_policyDomain, QString::number(texts.size()) }, lines));
        return;
    }
    m_recordText = texts.first();
    m_record = DmarcRecord::parse(m_recordText);
    const bool fromOrg = m_policyDomain != m_domain;
    if (fromOrg)
        add(make(
            QStringLiteral("dmarc-org-fallback"), FindingStatus::Info, { m_domain, m_policyDomain }, lines));
    for (const DmarcRecord::Problem &problem : std::as_const(m_record.problems)) {
        add(make(QStringLiteral("dmarc-syntax"), FindingStatus::Fail,
            { m_policyDomain, problem.tag, problem.text }, lines));
    }
    if (!m_record.unknownTags.isEmpty()) {
        add(make(QStringLiteral("dmarc-tag-unknown"), FindingStatus::Warn,
            { m_policyDomain, m_record.unknownTags.join(QStringLiteral(", ")) }, lines));
    }
    // RFC 7489 §6.3: sp= is the policy for subdomains of the domain that
    // published it; p= otherwise.
    QString policy = m_record.policy().toLower();
    const QString sp = m_record.value(QStringLiteral("sp")).toLower();
    if (fromOrg && oneOf(sp, { "none", "quarantine", "reject" }))
        policy = sp;
    if (!oneOf(policy, { "none", "quarantine", "reject" }))
        return; // already a dmarc-syntax finding
    if (policy == QLatin1String("none"))
        add(make(QStringLiteral("dmarc-policy-none"), FindingStatus::Warn, { m_policyDomain }, lines));
    else
        add(make(QStringLiteral("dmarc-ok"), FindingStatus::Pass, { m_policyDomain, policy }, lines));
    const int pct = m_record.pct();
    if (pct < 100 && policy != QLatin1String("none")) {
        add(make(QStringLiteral("dmarc-pct"), FindingStatus::Info,
            { m_policyDomain, QString::number(pct), policy }, lines));
    }
}

DmarcAlignment DmarcCheck::alignment(
    const QString &fromDomain, const QString &spfDomain, const QString &dkimDomain, QChar adkim, QChar aspf)
{
    const QString from = DomainName::normalized(fromDomain);
    const auto aligned = [&from](const QString &other, QChar mode) {
        const QString name = DomainName::normalized(other);
        if (name.isEmpty() || from.isEmpty())
            return false;
        if (mode.toLower() == QLatin1Char('s'))
            return name == from;
        return organizationalDomain(name) == organizationalDomain(from);
    };
    DmarcAlignment result;
    result.spfAligned = aligned(spfDomain, aspf);
    result.dkimAligned = aligned(dkimDomain, adkim);
    return result;
}

Finding DmarcCheck::alignmentFinding(const QString &fromDomain, const QString &spfDomain,
    const QString &dkimDomain, QChar adkim, QChar aspf, const QString &language)
{
    const DmarcAlignment result = alignment(fromDomain, spfDomain, dkimDomain, adkim, aspf);
    const QString none = QStringLiteral("-");
    const auto mode = [](QChar m) -> QString {
        return m.toLower() == QLatin1Char('s') ? QStringLiteral("strict") : QStringLiteral("relaxed");
    };
    const QStringList lines {
        QStringLiteral("From: ") + DomainName::normalized(fromDomain),
        QStringLiteral("SPF domain: ") + (spfDomain.isEmpty() ? none : DomainName::normalized(spfDomain))
            + QStringLiteral(" (aspf ") + mode(aspf)
            + (result.spfAligned ? QStringLiteral(", aligned)") : QStringLiteral(", not aligned)")),
        QStringLiteral("DKIM domain: ") + (dkimDomain.isEmpty() ? none : DomainName::normalized(dkimDomain))
            + QStringLiteral(" (adkim ") + mode(adkim)
            + (result.dkimAligned ? QStringLiteral(", aligned)") : QStringLiteral(", not aligned)")),
    };
    const FindingCatalog &catalog = FindingCatalog::builtin();
    if (result.aligned()) {
        QStringList methods;
        if (result.spfAligned)
            methods << QStringLiteral("SPF");
        if (result.dkimAligned)
            methods << QStringLiteral("DKIM");
        return catalog.make(QStringLiteral("dmarc-aligned"), FindingStatus::Pass, language,
            { DomainName::normalized(fromDomain), methods.join(QStringLiteral(" + ")) }, lines);
    }
    return catalog.make(QStringLiteral("dmarc-not-aligned"), FindingStatus::Fail, language,
        { DomainName::normalized(fromDomain), spfDomain.isEmpty() ? none : DomainName::normalized(spfDomain),
            dkimDomain.isEmpty() ? none : DomainName::normalized(dkimDomain) },
        lines);
}

} // namespace MailMedic
