// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/DkimCheck.h"
#include "dns/DomainName.h"

#include "checks/TagList.h"
#include "headers/DkimModule.h"
#include "report/Detail.h"

namespace MailMedic {

using Type = DnsAnswer::RecordType;

namespace {
QString withoutSpace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

QStringList colonList(const QString &value)
{
    QStringList items;
    const QStringList parts = value.split(QLatin1Char(':'));
    for (const QString &part : parts) {
        const QString item = part.trimmed().toLower();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}
} // namespace

QString DkimKey::value(const QString &tag) const
{
    for (const auto &pair : tags)
        if (pair.first == tag)
            return pair.second;
    return QString();
}

bool DkimKey::has(const QString &tag) const
{
    for (const auto &pair : tags)
        if (pair.first == tag)
            return true;
    return false;
}

DkimKey DkimKey::parse(const QString &text)
{
    DkimKey key;
    key.tags = parseTagList(text, [&key](const QString &, const QString &detail) { key.problems << detail; });

    // RFC 6376 §3.6.1: v= is optional, but if present it comes first.
    if (key.has(QStringLiteral("v"))) {
        if (key.tags.first().first != QLatin1String("v"))
            key.problems << Detail::encode(QStringLiteral("dkim-v-first"));
        else if (key.value(QStringLiteral("v")) != QLatin1String("DKIM1"))
            key.problems << Detail::encode(
                QStringLiteral("dkim-v-value"), { key.value(QStringLiteral("v")) });
    }
    if (key.has(QStringLiteral("k"))) {
        key.keyType = key.value(QStringLiteral("k")).toLower();
        if (key.keyType != QLatin1String("rsa") && key.keyType != QLatin1String("ed25519"))
            key.problems << Detail::encode(QStringLiteral("dkim-key-type"), { key.keyType });
    }
    if (!key.has(QStringLiteral("p"))) {
        key.problems << Detail::encode(QStringLiteral("dkim-p-missing"));
    } else {
        const QString p = withoutSpace(key.value(QStringLiteral("p")));
        key.revoked = p.isEmpty();
        if (!key.revoked) {
            const auto decoded
                = QByteArray::fromBase64Encoding(p.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                key.publicKey = *decoded;
            else
                key.problems << Detail::encode(QStringLiteral("dkim-p-base64"));
        }
    }
    if (key.has(QStringLiteral("s"))) {
        const QStringList services = colonList(key.value(QStringLiteral("s")));
        if (!services.contains(QStringLiteral("*")) && !services.contains(QStringLiteral("email")))
            key.problems << Detail::encode(
                QStringLiteral("dkim-s-no-email"), { key.value(QStringLiteral("s")) });
    }
    key.testing = colonList(key.value(QStringLiteral("t"))).contains(QStringLiteral("y"));

    if (!key.revoked && !key.publicKey.isEmpty()) {
        if (key.keyType == QLatin1String("ed25519"))
            key.bits = key.publicKey.size() == 32 ? 256 : 0; // RFC 8463 §4.2: the raw 32-byte key
        else if (key.keyType == QLatin1String("rsa"))
            key.bits = std::max(0, rsaBits(key.publicKey, &key.unavailable));
    }
    return key;
}

int DkimKey::rsaBits(const QByteArray &der, QString *unavailable)
{
    const DkimModule::Functions &module = DkimModule::functions();
    if (!module.rsaBits) {
        if (unavailable)
            *unavailable = module.error;
        return -2;
    }
    return module.rsaBits(der.constData(), der.size());
}

DkimCheck::DkimCheck(Resolver *resolver, QObject *parent) : DnsCheck(resolver, parent) { }

QStringList DkimCheck::commonSelectors()
{
    // What hosting panels, Microsoft 365 (selector1/2), Google (google),
    // Mailchimp (k1/k2) and common MTAs pick by default.
    return { QStringLiteral("default"), QStringLiteral("selector1"), QStringLiteral("selector2"),
        QStringLiteral("google"), QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("mail"),
        QStringLiteral("dkim"), QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("smtp"),
        QStringLiteral("mx"), QStringLiteral("key1") };
}

void DkimCheck::start(const QString &domain, const QString &selector)
{
    begin();
    m_domain = DomainName::normalized(domain);
    m_selector = selector.trimmed().toLower();
    m_answers.clear();
    m_found.clear();
    const QStringList selectors = m_selector.isEmpty() ? commonSelectors() : QStringList { m_selector };
    for (const QString &s : selectors) {
        m_answers.append({ s, DnsAnswer() });
        const int index = int(m_answers.size()) - 1;
        // RFC 6376 §3.6.2.1: the key lives at <selector>._domainkey.<domain>.
        ask(s + QStringLiteral("._domainkey.") + m_domain, Type::TXT,
            [this, index](const DnsAnswer &answer) { m_answers[index].second = answer; });
    }
    settle();
}

QStringList DkimCheck::keyRecords(const DnsAnswer &answer)
{
    QStringList texts;
    for (const DnsRecord &record : answer.records) {
        const QString t = record.value.trimmed();
        if (t.startsWith(QLatin1String("v=DKIM1"), Qt::CaseInsensitive) || t.contains(QLatin1String("p="))
            || t.startsWith(QLatin1String("k="), Qt::CaseInsensitive))
            texts << record.value;
    }
    return texts;
}

void DkimCheck::evaluate()
{
    const DnsAnswer *failure = nullptr;
    for (const auto &pair : std::as_const(m_answers)) {
        const QStringList texts = keyRecords(pair.second);
        if (!texts.isEmpty()) {
            m_found << pair.first;
            evaluateKey(pair.first, pair.second, texts);
        } else if (pair.second.couldNotAsk() && !failure) {
            failure = &pair.second;
        }
    }
    if (!m_found.isEmpty())
        return;
    if (failure) {
        add(untested(QStringLiteral("dkim"), *failure));
        return;
    }
    if (!m_selector.isEmpty()) {
        const DnsAnswer &answer = m_answers.first().second;
        add(make(QStringLiteral("dkim-key-missing"), FindingStatus::Fail,
            { m_selector, m_domain, m_selector + QStringLiteral("._domainkey.") + m_domain },
            evidence(answer)));
        return;
    }
    // Guessing selectors proves nothing when none matches: the domain may
    // sign with one we did not try.
    QStringList lines;
    for (const auto &pair : std::as_const(m_answers))
        lines << evidence(pair.second);
    add(make(QStringLiteral("dkim-none-found"), FindingStatus::Info,
        { m_domain, commonSelectors().join(QStringLiteral(", ")) }, lines));
}

void DkimCheck::evaluateKey(const QString &selector, const DnsAnswer &answer, const QStringList &texts)
{
    const QString name = selector + QStringLiteral("._domainkey.") + m_domain;
    const QStringList lines = evidence(answer);
    if (texts.size() > 1) {
        add(make(QStringLiteral("dkim-multiple-keys"), FindingStatus::Warn,
            { name, QString::number(texts.size()) }, lines));
    }
    const DkimKey key = DkimKey::parse(texts.first());
    for (const QString &problem : key.problems)
        add(make(QStringLiteral("dkim-key-syntax"), FindingStatus::Fail, { name, problem }, lines));
    if (key.revoked) {
        add(make(QStringLiteral("dkim-key-revoked"), FindingStatus::Fail, { name }, lines));
    } else if (!key.publicKey.isEmpty()) {
        const bool ed25519 = key.keyType == QLatin1String("ed25519");
        if (!key.unavailable.isEmpty()) {
            // Not a fault of the key: this installation cannot read it.
            add(make(QStringLiteral("dkim-module-missing"), FindingStatus::Untested, {},
                lines + QStringList { key.unavailable }));
        } else if (key.bits <= 0) {
            add(make(QStringLiteral("dkim-key-invalid"), FindingStatus::Fail, { name, key.keyType }, lines));
        } else if (ed25519) {
            add(make(
                QStringLiteral("dkim-ok"), FindingStatus::Pass, { name, QStringLiteral("Ed25519") }, lines));
        } else if (key.bits < 1024) {
            // RFC 8301 §3.2: verifiers must not accept keys under 1024 bits.
            add(make(QStringLiteral("dkim-key-weak"), FindingStatus::Fail,
                { name, QString::number(key.bits) }, lines));
        } else if (key.bits < 2048) {
            add(make(QStringLiteral("dkim-key-1024"), FindingStatus::Warn,
                { name, QString::number(key.bits) }, lines));
        } else {
            add(make(QStringLiteral("dkim-ok"), FindingStatus::Pass,
                { name, QStringLiteral("RSA ") + QString::number(key.bits) }, lines));
        }
    }
    if (key.testing)
        add(make(QStringLiteral("dkim-key-testing"), FindingStatus::Info, { name }, lines));
    const QStringList hashes = colonList(key.value(QStringLiteral("h")));
    // RFC 8301 §3.1: signers must use rsa-sha256; a key limited to sha1
    // cannot verify such a signature.
    if (!hashes.isEmpty() && !hashes.contains(QStringLiteral("sha256")))
        add(make(QStringLiteral("dkim-key-sha1"), FindingStatus::Warn,
            { name, key.value(QStringLiteral("h")) }, lines));
}

} // namespace MailMedic
