// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/DkimVerifyCheck.h"
#include "headers/DkimModule.h"

#include "headers/DeliveredMessage.h"
#include "report/Clock.h"

namespace MailMedic {

namespace {

using Outcome = DkimSignatureResult::Outcome;

struct OutcomeInfo
{
    Outcome outcome;
    const char *id;
    FindingStatus status;
};

// What each outcome of libopendkim's verification tells the sender.
constexpr OutcomeInfo outcomes[] = {
    { Outcome::Pass, "dkim-sig-pass", FindingStatus::Pass },
    { Outcome::BodyHashMismatch, "dkim-sig-body", FindingStatus::Fail },
    { Outcome::HeaderHashMismatch, "dkim-sig-header", FindingStatus::Fail },
    { Outcome::KeyNotFound, "dkim-sig-no-key", FindingStatus::Fail },
    { Outcome::KeyRevoked, "dkim-sig-revoked", FindingStatus::Fail },
    { Outcome::KeyUnusable, "dkim-sig-unusable", FindingStatus::Fail },
    { Outcome::KeyTooSmall, "dkim-sig-small", FindingStatus::Fail },
    { Outcome::Expired, "dkim-sig-expired", FindingStatus::Fail },
    { Outcome::SignatureBroken, "dkim-sig-broken", FindingStatus::Fail },
    { Outcome::Unknown, "dkim-sig-broken", FindingStatus::Fail },
    { Outcome::KeyNotAsked, "dkim-sig-untested", FindingStatus::Untested },
};

} // namespace

DkimVerifyCheck::DkimVerifyCheck(Resolver *resolver, QObject *parent) : DnsCheck(resolver, parent) { }

void DkimVerifyCheck::start(const QByteArray &message, const QString &fromDomain)
{
    begin();
    m_message = message;
    m_fromDomain = fromDomain;
    m_keys.clear();
    m_answers.clear();
    m_result.reset();
    for (const DkimKeyQuery &query : dkimKeyQueries(message)) {
        const QString name = query.name();
        ask(name, DnsAnswer::RecordType::TXT, [this, name](const DnsAnswer &answer) {
            m_answers.insert(name, answer);
            DkimKeyAnswer key;
            if (answer.couldNotAsk()) {
                key.state = DkimKeyAnswer::State::Failed;
            } else if (answer.hasRecords()) {
                key.state = DkimKeyAnswer::State::Found;
                // RFC 6376 §3.6.2.2: the strings of one TXT record are joined.
                key.txt = answer.records.first().value.toUtf8();
            }
            m_keys.insert(name, key);
        });
    }
    settle();
}

DnsCheck::BackgroundWork DkimVerifyCheck::backgroundWork()
{
    if (!hasMessageBody(m_message) && !dkimKeyQueries(m_message).isEmpty())
        return {}; // headers alone: evaluate() says the signature cannot be tested
    return [this, message = m_message, keys = m_keys, now = Clock::nowUtc()]() -> std::function<void()> {
        // Only the copies here are used; `this` is touched in the returned
        // function, which runs on the check's thread while it is alive.
        DkimVerification result = verifyDkim(message, keys, now);
        return [this, result = std::move(result)] { m_result = result; };
    };
}

void DkimVerifyCheck::evaluate()
{
    // Headers alone (Outlook's "Internet headers"): the body hash cannot be
    // checked, so the signature is not tested, not failed.
    if (!hasMessageBody(m_message) && !dkimKeyQueries(m_message).isEmpty()) {
        add(make(QStringLiteral("dkim-sig-headers-only"), FindingStatus::Untested, { m_fromDomain }, {},
            QStringLiteral("headers-only")));
        return;
    }
    if (!m_result) {
        // Cancelled or out of time while the worker verified: not tested.
        const QString why = abortReason().isEmpty() ? QStringLiteral("error") : abortReason();
        add(make(QStringLiteral("dkim-sig-stopped"), FindingStatus::Untested, { m_fromDomain }, {}, why));
        return;
    }
    const DkimVerification &result = *m_result;
    if (!result.error.isEmpty() && !DkimModule::functions().verify) {
        // This installation cannot verify: says nothing about the message.
        add(make(QStringLiteral("dkim-module-missing"), FindingStatus::Untested, {}, { result.error },
            QStringLiteral("error")));
        return;
    }
    if (!result.error.isEmpty()) {
        // libopendkim's words stay in the evidence, as it wrote them.
        add(make(QStringLiteral("dkim-sig-unreadable"), FindingStatus::Untested, {}, { result.error },
            QStringLiteral("error")));
        return;
    }
    if (result.signatures.isEmpty()) {
        add(make(QStringLiteral("dkim-sig-none"), FindingStatus::Fail, { m_fromDomain }));
        return;
    }
    bool alignedPass = false;
    for (const DkimSignatureResult &sig : result.signatures) {
        const QString name = DkimKeyQuery { sig.selector, sig.domain }.name();
        QStringList evidence;
        evidence << QStringLiteral("DKIM-Signature: d=%1; s=%2; a=%3; h=%4")
                        .arg(sig.domain, sig.selector, sig.algorithm,
                            sig.signedHeaders.join(QLatin1Char(':')));
        const auto answer = m_answers.constFind(name);
        if (answer != m_answers.cend())
            evidence << DnsCheck::evidence(*answer);
        if (!sig.detail.isEmpty())
            evidence << QStringLiteral("libopendkim: ") + sig.detail;
        const OutcomeInfo *info = &outcomes[0];
        for (const OutcomeInfo &o : outcomes)
            if (o.outcome == sig.outcome)
                info = &o;
        const QString bits = sig.keyBits > 0 ? QString::number(sig.keyBits) : QStringLiteral("?");
        const QString expires
            = sig.expiresAt ? sig.expiresAt->toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
        if (sig.outcome == Outcome::KeyNotAsked && answer != m_answers.cend()) {
            add(make(QString::fromLatin1(info->id), info->status,
                { sig.domain, sig.selector, whyNotAsked(*answer) }, evidence, causeOf(*answer)));
            continue;
        }
        add(make(QString::fromLatin1(info->id), info->status,
            { sig.domain, sig.selector, bits, sig.signedHeaders.join(QStringLiteral(", ")), expires },
            evidence, sig.outcome == Outcome::KeyNotAsked ? QStringLiteral("error") : QString()));
        if (sig.outcome == Outcome::Pass && sig.testing)
            add(make(QStringLiteral("dkim-sig-testing"), FindingStatus::Warn, { sig.domain, sig.selector },
                evidence));
        if (sig.outcome == Outcome::Pass
            && organizationalDomain(sig.domain) == organizationalDomain(m_fromDomain))
            alignedPass = true;
    }
    bool anyPass = false;
    for (const DkimSignatureResult &sig : result.signatures)
        anyPass = anyPass || sig.outcome == Outcome::Pass;
    if (anyPass && !alignedPass && !m_fromDomain.isEmpty())
        add(make(QStringLiteral("dkim-sig-unaligned"), FindingStatus::Warn, { m_fromDomain }));
}

} // namespace MailMedic
