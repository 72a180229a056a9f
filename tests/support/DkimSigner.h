// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace MailMedic::Test {

// An RSA key pair for signing test messages, and the TXT record that
// publishes its public half (RFC 6376 §3.6.1).
struct DkimTestKey
{
    QByteArray privatePem; // PKCS#8 PEM
    QByteArray dnsTxt; // "v=DKIM1; k=rsa; p=<base64 SubjectPublicKeyInfo DER>"
    int bits = 0; // 0 when generation failed
};

// A fresh RSA key of `bits` bits (OpenSSL; 512 bits are allowed, for the
// "key too small" case).
DkimTestKey makeDkimKey(int bits);

// `message` (CRLF or LF line ends) signed by libopendkim with rsa-sha256 and
// relaxed/relaxed canonicalisation, as a sending mail system would: the
// message in CRLF form with its DKIM-Signature field prepended. The header
// fields named in `headersToSign` are signed (From always), by default every
// field. t= is `signingTime` (the system clock when invalid); x= is `expires`
// when given. Empty, with a warning, when libopendkim refused.
QByteArray signDkim(const QByteArray &message, const DkimTestKey &key, const QString &selector,
    const QString &domain, const QStringList &headersToSign = {}, std::optional<QDateTime> expires = {},
    const QDateTime &signingTime = QDateTime());

} // namespace MailMedic::Test
