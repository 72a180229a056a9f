// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/DnsCheck.h"

#include <QList>
#include <QPair>

namespace MailMedic {

// One DKIM key record taken apart (RFC 6376 §3.6.1; ed25519 from RFC 8463).
struct DkimKey
{
    QList<QPair<QString, QString>> tags; // in order, names lower case
    QString keyType = QStringLiteral("rsa"); // k=
    QByteArray publicKey; // p=, base64-decoded
    bool revoked = false; // p= present but empty (RFC 6376 §3.6.1)
    bool testing = false; // t=y
    int bits = 0; // RSA modulus size, 256 for ed25519, 0 when unknown
    QStringList problems; // syntax problems as encoded Details (report/Detail.h), naming the tag
    QString unavailable; // why an RSA key's size could not be read: the DKIM module is missing

    QString value(const QString &tag) const;
    bool has(const QString &tag) const;

    static DkimKey parse(const QString &text);
    // The RSA key size of a DER SubjectPublicKeyInfo, through OpenSSL in the
    // DKIM module (headers/DkimModule.h); -1 when it is not a readable RSA
    // key, -2 (and why in *unavailable) when the module cannot be loaded.
    static int rsaBits(const QByteArray &der, QString *unavailable = nullptr);
};

// The DKIM public key of a domain: under the selector a bounce's
// DKIM-Signature names, or (without one) under the selectors mail systems
// usually pick, asked in parallel.
//
// Findings: dkim-ok, dkim-key-1024, dkim-key-weak, dkim-key-revoked,
// dkim-key-invalid, dkim-key-syntax, dkim-key-testing, dkim-key-sha1,
// dkim-key-missing, dkim-multiple-keys, dkim-none-found, dkim-untested.
class DkimCheck : public DnsCheck
{
    Q_OBJECT
public:
    explicit DkimCheck(Resolver *resolver, QObject *parent = nullptr);

    // With an empty selector the common selectors are tried.
    void start(const QString &domain, const QString &selector = QString());

    static QStringList commonSelectors();
    // The selectors that had a key record, once finished.
    QStringList foundSelectors() const { return m_found; }

protected:
    void evaluate() override;

private:
    void evaluateKey(const QString &selector, const DnsAnswer &answer, const QStringList &texts);
    static QStringList keyRecords(const DnsAnswer &answer);

    QString m_domain;
    QString m_selector;
    QList<QPair<QString, DnsAnswer>> m_answers; // selector -> answer, in asking order
    QStringList m_found;
};

} // namespace MailMedic
