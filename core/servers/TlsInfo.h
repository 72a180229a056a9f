// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QStringList>

class QSslSocket;

namespace MailMedic {

// What a TLS handshake showed: protocol, cipher, the server's certificate
// and every verification error. The errors are facts to report; the probe
// ignores them only for its own connection so it can still read the banner.
struct TlsInfo
{
    QString protocol; // "TLS 1.3", "TLS 1.2", "TLS 1.1", "TLS 1.0"
    bool protocolTooOld = false;
    QString cipher; // "TLS_AES_256_GCM_SHA384"
    QString commonName;
    QStringList dnsNames; // subjectAltName DNS entries
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList chain; // "CN=..., issued by CN=..., valid until ..." per certificate
    // The last certificate the server sent: who issued it, and whether it
    // names where its issuer's certificate can be fetched (Authority
    // Information Access, RFC 5280 §4.2.2.1), as public authorities'
    // certificates do. Together they tell a missing intermediate from an
    // organisation's own root.
    QString topIssuer;
    bool topNamesIssuerUrl = false;
    QList<QSslError::SslError> errors;
    QStringList errorTexts;
    QString verifiedName; // the name the certificate was checked against

    // Reads the facts of an encrypted socket; `errors` are those sslErrors() reported.
    static TlsInfo fromSocket(const QSslSocket &socket, const QList<QSslError> &errors);

    bool hasError(QSslError::SslError error) const { return errors.contains(error); }
    // The names the certificate is for: the DNS entries, else the common name.
    QStringList certificateNames() const;
    // The name to type into a mail program instead of verifiedName when the
    // certificate is for another one; empty when the certificate fits.
    QString suggestedName() const;
    // "--- TLS 1.3 TLS_AES_256_GCM_SHA384, certificate CN=... valid until ..."
    QString transcriptLine() const;
};

// The findings of one handshake (tls-*): pass when nothing is wrong, else one
// finding per problem. `where` names the server and port for the texts.
QList<Finding> tlsFindings(const TlsInfo &tls, const QString &where, const QString &language);

} // namespace MailMedic
