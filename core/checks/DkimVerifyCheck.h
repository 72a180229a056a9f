// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/DnsCheck.h"
#include "headers/DkimVerifier.h"

#include <QByteArray>
#include <QHash>

#include <optional>

namespace MailMedic {

// Verifies the DKIM signatures of a message that arrived: the keys are asked
// through our own resolver (selector._domainkey.domain TXT), the signatures
// checked by libopendkim (headers/DkimVerifier.h). The From domain decides
// which signature counts for DMARC (d= aligned, RFC 7489 §3.1.1).
//
// Findings: dkim-sig-pass, dkim-sig-body, dkim-sig-header, dkim-sig-no-key,
// dkim-sig-revoked, dkim-sig-unusable, dkim-sig-small, dkim-sig-expired,
// dkim-sig-broken, dkim-sig-untested, dkim-sig-testing, dkim-sig-none,
// dkim-sig-unaligned, dkim-sig-stopped (cancelled or out of time while verifying).
class DkimVerifyCheck : public DnsCheck
{
    Q_OBJECT
public:
    explicit DkimVerifyCheck(Resolver *resolver, QObject *parent = nullptr);

    // `message`: the message as it arrived; `fromDomain`: its From domain.
    void start(const QByteArray &message, const QString &fromDomain);

protected:
    void evaluate() override;
    // libopendkim verifies in a worker: a large message's hashing would
    // otherwise hold the window for the blink of it.
    BackgroundWork backgroundWork() override;

private:
    QByteArray m_message;
    std::optional<DkimVerification> m_result; // the worker's, for evaluate()
    QString m_fromDomain;
    QHash<QString, DkimKeyAnswer> m_keys;
    QHash<QString, DnsAnswer> m_answers;
};

} // namespace MailMedic
