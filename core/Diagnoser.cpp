// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnoser.h"

#include "bounce/BounceParser.h"
#include "bounce/SmtpStatus.h"
#include "mailmedic_version.h"

namespace MailMedic {

namespace {

bool isSuccessAction(const QString &action)
{
    return action == QLatin1String("delivered") || action == QLatin1String("relayed")
        || action == QLatin1String("expanded");
}

// Text found in a message or snippet is only a bounce when it carries a code.
bool saysSomething(const BounceRecipient &r)
{
    return r.replyCode || !r.status.isEmpty() || !r.action.isEmpty();
}

} // namespace

QStringList Diagnoser::supportedLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("ru") };
}

Report Diagnoser::diagnoseOffline(const QString &name, const QByteArray &data, const DiagnoseOptions &options)
{
    return diagnoseBounce(name, BounceParser::parse(data), options);
}

Report Diagnoser::diagnoseText(const QString &name, const QString &text, const DiagnoseOptions &options)
{
    return diagnoseBounce(name, BounceParser::parseText(text), options);
}

Report Diagnoser::diagnoseBounce(const QString &name, const Bounce &bounce, const DiagnoseOptions &options)
{
    Report report;
    report.file = name;
    report.kind = bounce.kind;
    report.language
        = supportedLanguages().contains(options.language) ? options.language : QStringLiteral("en");
    report.version = QStringLiteral(MAILMEDIC_VERSION_STRING);
    report.generated = QDateTime::currentDateTimeUtc();

    for (const BounceRecipient &b : bounce.recipients) {
        Recipient r;
        r.address = b.address;
        r.status = SmtpStatus::isValidEnhancedStatus(b.status) ? b.status : QString();
        if (b.replyCode && *b.replyCode >= 200 && *b.replyCode <= 599)
            r.replyCode = b.replyCode;
        static const QStringList actions { QStringLiteral("failed"), QStringLiteral("delayed"),
            QStringLiteral("delivered"), QStringLiteral("relayed"), QStringLiteral("expanded") };
        r.action = actions.contains(b.action) ? b.action : QString();
        r.remoteMta = b.remoteMta;
        r.diagnostic = b.diagnostic.simplified().left(1000);

        if (bounce.feedbackReport) {
            r.reason = QStringLiteral("feedback");
        } else if (bounce.autoReply && bounce.kind != InputKind::Dsn) {
            r.reason = QStringLiteral("vacation");
        } else if (isSuccessAction(r.action) || r.status.startsWith(QLatin1Char('2'))) {
            r.reason = QStringLiteral("delivered");
        } else {
            if (bounce.kind != InputKind::Dsn && !bounce.fromMailSystem && !saysSomething(b))
                continue;
            QString reason = SmtpStatus::reasonForStatus(r.status);
            if (reason.isEmpty() && r.replyCode)
                reason = SmtpStatus::reasonForReplyCode(*r.replyCode);
            r.reason = reason.isEmpty() ? QStringLiteral("undefined") : reason;
        }
        report.recipients.append(r);
    }
    for (const Recipient &r : report.recipients) {
        if (r.reason != QLatin1String("delivered")) {
            report.reason = r.reason;
            break;
        }
    }
    if (report.reason == QLatin1String("none") && !report.recipients.isEmpty())
        report.reason = report.recipients.first().reason;
    return report;
}

} // namespace MailMedic
