// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servers/ServerAdvice.h"

#include "report/Detail.h"
#include "report/FindingCatalog.h"

namespace MailMedic {

namespace {

bool isPort25(const ServerProbeResult &r)
{
    return r.target.isSmtp() && r.target.port == 25;
}

// Reached and spoke its protocol: a greeting came, whatever came after it.
bool answered(const ServerProbeResult &r)
{
    return r.connected && !r.banner.isEmpty();
}

QString nameToUse(const ServerProbeResult &r)
{
    const QString suggested = r.tls ? r.tls->suggestedName() : QString();
    return suggested.isEmpty() ? r.target.host : suggested;
}

// A submission port a mail program can send through, or why not: TLS that
// holds (a certificate for another name is fine, the settings then name the
// host it is for) and AUTH offered after TLS. Empty when it can be used.
QString whyNotForSending(const ServerProbeResult &r)
{
    if (!r.tls)
        return QStringLiteral("no-tls");
    if (r.tls->protocolTooOld)
        return QStringLiteral("tls-too-old");
    for (const QSslError::SslError e : r.tls->errors) {
        if (e == QSslError::HostNameMismatch && !r.tls->suggestedName().isEmpty())
            continue;
        return e == QSslError::CertificateExpired ? QStringLiteral("certificate-expired")
                                                  : QStringLiteral("certificate-untrusted");
    }
    if (r.authMechanisms.isEmpty())
        return QStringLiteral("no-auth");
    return QString();
}

bool isSubmission(const ServerProbeResult &r)
{
    return answered(r) && r.target.isSmtp() && !isPort25(r) && r.banner.startsWith(QLatin1String("220"));
}

} // namespace

std::optional<Finding> port25Blocked(const QList<ServerProbeResult> &results, const QString &language)
{
    QStringList hosts;
    QStringList evidence;
    for (const ServerProbeResult &r : results) {
        if (!isPort25(r))
            continue;
        if (!r.connectTimedOut)
            return std::nullopt; // one port-25 answer (or refusal) and it is not the local network
        if (!hosts.contains(r.target.host))
            hosts << r.target.host;
        evidence << Detail::encode(QStringLiteral("server-evidence-no-connection"), { r.target.display() });
    }
    bool otherPortAnswered = false;
    for (const ServerProbeResult &r : results) {
        if (r.target.isSmtp() && !isPort25(r) && hosts.contains(r.target.host) && r.connected) {
            otherPortAnswered = true;
            evidence << QStringLiteral("%1: %2").arg(r.target.display(), r.banner);
        }
    }
    if (hosts.isEmpty() || !otherPortAnswered)
        return std::nullopt;
    return FindingCatalog::builtin().make(QStringLiteral("smtp-port-blocked"), FindingStatus::Untested,
        language, { hosts.join(QStringLiteral(", ")) }, evidence, QStringLiteral("port-blocked"));
}

QList<Finding> serverFindings(const QList<ServerProbeResult> &results, const QString &language)
{
    QList<Finding> findings;
    const std::optional<Finding> blocked = port25Blocked(results, language);
    for (const ServerProbeResult &r : results) {
        if (blocked && isPort25(r))
            continue;
        findings += r.findings;
    }
    if (blocked)
        findings << *blocked;
    return findings + clientSettings(results, language);
}

QList<Finding> clientSettings(const QList<ServerProbeResult> &results, const QString &language)
{
    const FindingCatalog &catalog = FindingCatalog::builtin();
    QList<Finding> findings;
    // Only a port where logging in can work: TLS that holds and AUTH after
    // it. Implicit TLS first when both work: RFC 8314 §3.3 recommends it
    // over STARTTLS for submission.
    const ServerProbeResult *smtp = nullptr;
    QList<const ServerProbeResult *> unusable;
    for (const ServerProbeResult &r : results) {
        if (!isSubmission(r))
            continue;
        if (!whyNotForSending(r).isEmpty()) {
            unusable << &r;
            continue;
        }
        if (!smtp
            || (r.target.protocol == ServerProtocol::SmtpImplicitTls
                && smtp->target.protocol != ServerProtocol::SmtpImplicitTls))
            smtp = &r;
    }
    if (smtp) {
        const bool implicit = smtp->target.protocol == ServerProtocol::SmtpImplicitTls;
        findings << catalog.make(QStringLiteral("smtp-client-settings"), FindingStatus::Info, language,
            { nameToUse(*smtp), QString::number(smtp->target.port),
                implicit ? QStringLiteral("SSL/TLS") : QStringLiteral("STARTTLS") });
    } else {
        // Say so plainly: no port that answered can be used to send, and why
        // not, port by port.
        for (const ServerProbeResult *r : std::as_const(unusable))
            findings << catalog.make(QStringLiteral("smtp-submission-unusable"), FindingStatus::Warn,
                language,
                { r->target.display(),
                    Detail::encode(QStringLiteral("submission-") + whyNotForSending(*r)) });
    }
    for (const ServerProbeResult &r : results) {
        if (!answered(r) || r.target.isSmtp() || !r.tls)
            continue;
        const bool imap = r.target.protocol == ServerProtocol::Imaps;
        findings << catalog.make(
            imap ? QStringLiteral("imap-client-settings") : QStringLiteral("pop3-client-settings"),
            FindingStatus::Info, language, { nameToUse(r), QString::number(r.target.port) });
    }
    return findings;
}

} // namespace MailMedic
