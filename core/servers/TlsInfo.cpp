// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servers/TlsInfo.h"

#include "report/Detail.h"
#include "report/FindingCatalog.h"

#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslCipher>
#include <QSslSocket>

namespace MailMedic {

namespace {

// TLS 1.0 and 1.1 are deprecated in Qt 6 because nobody should use them,
// which is exactly what the report has to say by name (RFC 8996).
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
QString protocolName(QSsl::SslProtocol protocol, bool *tooOld)
{
    *tooOld = false;
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::UnknownProtocol:
        return QStringLiteral("unknown");
    case QSsl::TlsV1_1:
        *tooOld = true;
        return QStringLiteral("TLS 1.1");
    case QSsl::TlsV1_0:
        *tooOld = true;
        return QStringLiteral("TLS 1.0");
    default:
        // Whatever else a session can have is older still (SSL 3).
        *tooOld = true;
        return QStringLiteral("TLS 1.1 or older");
    }
}
QT_WARNING_POP

QString firstOr(const QStringList &list, const QString &fallback = QString())
{
    return list.isEmpty() ? fallback : list.constFirst();
}

QString date(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("?");
}

} // namespace

TlsInfo TlsInfo::fromSocket(const QSslSocket &socket, const QList<QSslError> &errors)
{
    TlsInfo info;
    info.protocol = protocolName(socket.sessionProtocol(), &info.protocolTooOld);
    info.cipher = socket.sessionCipher().name();
    info.verifiedName = socket.peerVerifyName().isEmpty() ? socket.peerName() : socket.peerVerifyName();
    const QSslCertificate cert = socket.peerCertificate();
    info.commonName = firstOr(cert.subjectInfo(QSslCertificate::CommonName));
    info.issuer = firstOr(cert.issuerInfo(QSslCertificate::CommonName));
    info.dnsNames = cert.subjectAlternativeNames().values(QSsl::DnsEntry);
    info.notBefore = cert.effectiveDate();
    info.notAfter = cert.expiryDate();
    const QList<QSslCertificate> chain = socket.peerCertificateChain();
    for (const QSslCertificate &c : chain) {
        // A detail (report/Detail.h): the evidence reads in the report's language.
        info.chain << Detail::encode(QStringLiteral("tls-chain-certificate"),
            { firstOr(c.subjectInfo(QSslCertificate::CommonName), QStringLiteral("?")),
                firstOr(c.issuerInfo(QSslCertificate::CommonName), QStringLiteral("?")),
                date(c.effectiveDate()), date(c.expiryDate()) });
    }
    if (!chain.isEmpty()) {
        const QSslCertificate &top = chain.constLast();
        info.topIssuer = firstOr(top.issuerInfo(QSslCertificate::CommonName),
            firstOr(top.issuerInfo(QSslCertificate::Organization)));
        for (const QSslCertificateExtension &extension : top.extensions()) {
            if (extension.oid() == QLatin1String("1.3.6.1.5.5.7.1.1")) // id-pe-authorityInfoAccess
                info.topNamesIssuerUrl = extension.value().toMap().contains(QStringLiteral("caIssuers"));
        }
    }
    for (const QSslError &e : errors) {
        if (!info.errors.contains(e.error())) {
            info.errors << e.error();
            info.errorTexts << e.errorString();
        }
    }
    return info;
}

QStringList TlsInfo::certificateNames() const
{
    if (!dnsNames.isEmpty())
        return dnsNames;
    return commonName.isEmpty() ? QStringList() : QStringList { commonName };
}

QString TlsInfo::suggestedName() const
{
    if (!hasError(QSslError::HostNameMismatch))
        return QString();
    // A wildcard cannot be typed into a mail program; prefer a concrete name
    // (the provider's shared host in the usual case).
    const QStringList names = certificateNames();
    for (const QString &name : names) {
        if (!name.contains(QLatin1Char('*')))
            return name;
    }
    return firstOr(names);
}

QString TlsInfo::transcriptLine() const
{
    QString line = QStringLiteral("--- ") + protocol + QLatin1Char(' ') + cipher;
    if (!commonName.isEmpty() || notAfter.isValid())
        line += QStringLiteral(", certificate CN=%1 valid until %2").arg(commonName, date(notAfter));
    if (!errorTexts.isEmpty())
        line += QStringLiteral(" (verification: ") + errorTexts.join(QStringLiteral("; ")) + QLatin1Char(')');
    return line;
}

QList<Finding> tlsFindings(const TlsInfo &tls, const QString &where, const QString &language)
{
    const FindingCatalog &catalog = FindingCatalog::builtin();
    QList<Finding> findings;
    const QStringList evidence = tls.chain + tls.errorTexts;
    const QString names = tls.certificateNames().join(QStringLiteral(", "));

    if (tls.hasError(QSslError::HostNameMismatch)) {
        findings << catalog.make(QStringLiteral("tls-hostname-mismatch"), FindingStatus::Fail, language,
            { where, tls.verifiedName, names, tls.suggestedName() }, evidence);
    }
    if (tls.hasError(QSslError::CertificateExpired)) {
        findings << catalog.make(QStringLiteral("tls-certificate-expired"), FindingStatus::Fail, language,
            { where, date(tls.notAfter) }, evidence);
    }
    if (tls.hasError(QSslError::CertificateNotYetValid)) {
        findings << catalog.make(QStringLiteral("tls-certificate-not-yet-valid"), FindingStatus::Fail,
            language, { where, date(tls.notBefore) }, evidence);
    }
    // Whom to trust, told apart by what the server sent:
    // - its own certificate, issued by itself: self-signed;
    // - a chain ending in a root this computer does not have, or a
    //   certificate whose issuer says nothing about where to find its
    //   certificate: an organisation's own authority (a private root);
    // - an issuer that public authorities' certificates name an address for,
    //   not sent along: a missing intermediate.
    const bool selfSigned = tls.hasError(QSslError::SelfSignedCertificate);
    const bool issuerUnknown = tls.hasError(QSslError::UnableToGetLocalIssuerCertificate)
        || tls.hasError(QSslError::UnableToVerifyFirstCertificate)
        || tls.hasError(QSslError::UnableToGetIssuerCertificate);
    const QString issuer = tls.topIssuer.isEmpty() ? tls.issuer : tls.topIssuer;
    if (selfSigned) {
        findings << catalog.make(QStringLiteral("tls-self-signed"), FindingStatus::Fail, language,
            { where, tls.issuer }, evidence);
    } else if (tls.hasError(QSslError::SelfSignedCertificateInChain)
        || (issuerUnknown && !tls.topNamesIssuerUrl)) {
        findings << catalog.make(
            QStringLiteral("tls-untrusted-root"), FindingStatus::Fail, language, { where, issuer }, evidence);
    } else if (issuerUnknown) {
        findings << catalog.make(QStringLiteral("tls-missing-intermediate"), FindingStatus::Fail, language,
            { where, issuer }, evidence);
    } else if (tls.hasError(QSslError::CertificateUntrusted)) {
        findings << catalog.make(
            QStringLiteral("tls-untrusted"), FindingStatus::Fail, language, { where, tls.issuer }, evidence);
    }
    // Anything else the verification found (revoked, bad signature, ...) is
    // still a reason a mail program refuses the server: never dropped.
    static const QList<QSslError::SslError> covered
        = { QSslError::HostNameMismatch, QSslError::CertificateExpired, QSslError::CertificateNotYetValid,
              QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
              QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
              QSslError::CertificateUntrusted, QSslError::UnableToGetIssuerCertificate };
    QStringList other;
    for (int i = 0; i < tls.errors.size(); ++i) {
        if (!covered.contains(tls.errors.at(i)))
            other << tls.errorTexts.value(i);
    }
    if (!other.isEmpty()) {
        findings << catalog.make(QStringLiteral("tls-certificate-error"), FindingStatus::Fail, language,
            { where, other.join(QStringLiteral("; ")) }, evidence);
    }
    if (tls.protocolTooOld) {
        findings << catalog.make(QStringLiteral("tls-old-protocol"), FindingStatus::Warn, language,
            { where, tls.protocol }, evidence);
    }
    if (findings.isEmpty()) {
        findings << catalog.make(QStringLiteral("tls-ok"), FindingStatus::Pass, language,
            { where, tls.protocol, names, date(tls.notAfter) }, evidence);
    }
    return findings;
}

} // namespace MailMedic
