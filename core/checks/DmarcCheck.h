// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/DnsCheck.h"

#include <QList>
#include <QPair>

namespace MailMedic {

// One DMARC record taken apart (RFC 7489 §6.3, with t, np and psd from
// DMARCbis). Syntax problems name the tag they are about.
struct DmarcRecord
{
    struct Problem
    {
        QString tag; // "v", "p", "rua", ... or the text that is not a tag
        QString text; // what is wrong: an encoded Detail (report/Detail.h)
    };
    QList<QPair<QString, QString>> tags; // in order, names lower case
    QList<Problem> problems;
    QStringList unknownTags;

    QString value(const QString &tag, const QString &fallback = QString()) const;
    bool has(const QString &tag) const;
    QString policy() const { return value(QStringLiteral("p")); }
    int pct() const; // 100 unless a valid pct says otherwise

    static DmarcRecord parse(const QString &text);
    // RFC 7489 §6.6.3: only TXT records that start with "v=DMARC1" count.
    // Records that merely look like a failed attempt (start with "v=" or
    // mention DMARC) are candidates too, so a broken one is reported.
    static bool isCandidate(const QString &text);
};

// The result of checking identifier alignment (RFC 7489 §3.1).
struct DmarcAlignment
{
    bool spfAligned = false;
    bool dkimAligned = false;
    bool aligned() const { return spfAligned || dkimAligned; }
};

// The DMARC record of a domain (falling back to the organizational domain,
// RFC 7489 §6.6.3) and what it asks receivers to do.
//
// Findings: dmarc-ok, dmarc-missing, dmarc-multiple, dmarc-syntax,
// dmarc-tag-unknown, dmarc-policy-none, dmarc-pct, dmarc-org-fallback,
// dmarc-untested; with a sender to align: dmarc-aligned, dmarc-not-aligned.
class DmarcCheck : public DnsCheck
{
    Q_OBJECT
public:
    explicit DmarcCheck(Resolver *resolver, QObject *parent = nullptr);

    // With `mailFromDomain` or `dkimDomain` (the envelope sender and the
    // DKIM d= of a returned message) the findings also say whether they line
    // up with `domain`, the From domain, as the record's adkim/aspf ask.
    void start(const QString &domain, const QString &mailFromDomain = QString(),
        const QString &dkimDomain = QString());

    // The record that applies, once finished (empty if none or several).
    QString recordText() const { return m_recordText; }
    DmarcRecord record() const { return m_record; }
    // Where it was found: the domain itself or its organizational domain.
    QString policyDomain() const { return m_policyDomain; }

    // RFC 7489 §3.1.1/§3.1.2: relaxed ('r') means the organizational
    // domains match, strict ('s') the exact names. Empty spf/dkim domains
    // (no pass for that method) never align.
    static DmarcAlignment alignment(const QString &fromDomain, const QString &spfDomain,
        const QString &dkimDomain, QChar adkim = QLatin1Char('r'), QChar aspf = QLatin1Char('r'));
    // dmarc-aligned (pass) or dmarc-not-aligned (fail) for the report.
    static Finding alignmentFinding(const QString &fromDomain, const QString &spfDomain,
        const QString &dkimDomain, QChar adkim, QChar aspf, const QString &language);

protected:
    void evaluate() override;

private:
    void evaluatePolicy();
    void answeredFor(const QString &domain, const DnsAnswer &answer);
    static QStringList candidates(const DnsAnswer &answer);

    QString m_domain;
    QString m_mailFromDomain;
    QString m_dkimDomain;
    QString m_orgDomain;
    DnsAnswer m_own;
    DnsAnswer m_org; // only asked when the domain itself has no record
    QString m_recordText;
    DmarcRecord m_record;
    QString m_policyDomain;
};

} // namespace MailMedic
