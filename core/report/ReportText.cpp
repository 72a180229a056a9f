// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportText.h"

#include "Diagnoser.h"

#include <QStringList>

#include <algorithm>

namespace MailMedic {

QList<Finding> ReportText::ordered(const QList<Finding> &findings)
{
    QList<Finding> sorted = findings;
    // The enum is declared in the order a support person works through them.
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const Finding &a, const Finding &b) { return int(a.status) < int(b.status); });
    return sorted;
}

QString ReportText::statusText(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Fail:
        return tr("Problem");
    case FindingStatus::Warn:
        return tr("Warning");
    case FindingStatus::Untested:
        return tr("Not tested");
    case FindingStatus::Info:
        return tr("Note");
    case FindingStatus::Pass:
        return tr("OK");
    }
    return QString();
}

QString ReportText::reasonText(const QString &reason)
{
    static const char *const names[][2] = {
        { "authfailure", QT_TR_NOOP("SPF, DKIM or DMARC failed") },
        { "badreputation", QT_TR_NOOP("Poor sender reputation") },
        { "blocked", QT_TR_NOOP("Sending server blocked") },
        { "contenterror", QT_TR_NOOP("Problem with the content") },
        { "delivered", QT_TR_NOOP("Delivered") },
        { "exceedlimit", QT_TR_NOOP("Over a sending limit") },
        { "expired", QT_TR_NOOP("Gave up after retrying") },
        { "failedstarttls", QT_TR_NOOP("Encryption (TLS) failed") },
        { "feedback", QT_TR_NOOP("Complaint or feedback report") },
        { "filtered", QT_TR_NOOP("Refused by the recipient's filter") },
        { "hasmoved", QT_TR_NOOP("Recipient has moved") },
        { "hostunknown", QT_TR_NOOP("Domain does not exist") },
        { "mailboxfull", QT_TR_NOOP("Mailbox full") },
        { "mailererror", QT_TR_NOOP("Delivery program failed") },
        { "mesgtoobig", QT_TR_NOOP("Message too big") },
        { "networkerror", QT_TR_NOOP("Network or DNS problem") },
        { "norelaying", QT_TR_NOOP("Relaying refused") },
        { "notaccept", QT_TR_NOOP("Domain accepts no mail") },
        { "notcompliantrfc", QT_TR_NOOP("Message breaks the format rules") },
        { "onhold", QT_TR_NOOP("On hold") },
        { "policyviolation", QT_TR_NOOP("Against the recipient's policy") },
        { "rejected", QT_TR_NOOP("Sender address refused") },
        { "requireptr", QT_TR_NOOP("No valid reverse DNS") },
        { "securityerror", QT_TR_NOOP("Security check failed") },
        { "spamdetected", QT_TR_NOOP("Judged to be spam") },
        { "speeding", QT_TR_NOOP("Sending too fast") },
        { "suppressed", QT_TR_NOOP("On a suppression list") },
        { "suspend", QT_TR_NOOP("Mailbox disabled") },
        { "syntaxerror", QT_TR_NOOP("Command not understood") },
        { "systemerror", QT_TR_NOOP("Receiving server error") },
        { "systemfull", QT_TR_NOOP("Receiving server full") },
        { "toomanyconn", QT_TR_NOOP("Too many connections") },
        { "undefined", QT_TR_NOOP("Reason unknown") },
        { "userunknown", QT_TR_NOOP("Address does not exist") },
        { "vacation", QT_TR_NOOP("Automatic reply") },
        { "none", QT_TR_NOOP("Not a delivery problem") },
    };
    for (const auto &entry : names) {
        if (reason == QLatin1String(entry[0]))
            return tr(entry[1]);
    }
    return reason; // a reason a newer rule file names: its id beats nothing
}

QString ReportText::stepText(const QString &id)
{
    static const char *const names[][2] = {
        { "dns-mx", QT_TR_NOOP("Mail servers of the domain (MX)") },
        { "dns-spf", QT_TR_NOOP("SPF record") },
        { "dns-dmarc", QT_TR_NOOP("DMARC policy") },
        { "dns-dkim", QT_TR_NOOP("DKIM key") },
        { "dns-ptr", QT_TR_NOOP("Reverse DNS (PTR) of the sending address") },
        { "blocklists", QT_TR_NOOP("Blocklists") },
        { "smtps", QT_TR_NOOP("Outgoing server with SSL/TLS") },
        { "smtp-starttls", QT_TR_NOOP("Outgoing server with STARTTLS") },
        { "imaps", QT_TR_NOOP("Incoming server (IMAP)") },
        { "pop3s", QT_TR_NOOP("Incoming server (POP3)") },
        { "client-settings", QT_TR_NOOP("Settings for your mail program") },
        { "dns-resolver", QT_TR_NOOP("The DNS server MailMedic asks") },
    };
    for (const auto &entry : names) {
        if (id == QLatin1String(entry[0]))
            return tr(entry[1]);
    }
    return id;
}

// A message that arrived (headers/MessageAnalysis): its headline is what
// its headers show, the cause first.
QString ReportText::arrivedSummary(const QList<Finding> &findings)
{
    static const char *const causes[] = { "msg-not-aligned", "msg-microsoft-spam", "msg-filter-spam",
        "msg-receiver-verdict", "msg-header-format" };
    for (const Finding &f : findings) {
        if (f.id == QLatin1String("msg-no-receiver-headers"))
            return tr(
                "This copy has not been through a receiving server: paste the headers of the message as it "
                "arrived.");
    }
    for (const char *cause : causes)
        for (const Finding &f : findings)
            if (f.id == QLatin1String(cause) && f.status == FindingStatus::Fail)
                return tr("A message that arrived. What its headers show: %1").arg(f.title);
    return tr("A message that arrived: its headers show no authentication problem.");
}

QString ReportText::summary(const Report &report, Mode mode)
{
    const QList<Finding> findings = ordered(report.findings);
    if (mode == Mode::Symptom) {
        for (const Finding &f : findings) {
            if (f.id.startsWith(QLatin1String("symptom-")))
                return tr("You told us: %1. Below are the checks and the steps that usually fix it.")
                    .arg(f.title);
        }
    }
    if (mode == Mode::Domain)
        return tr("The mail settings of %1.").arg(report.file);
    if (report.kind == InputKind::Empty)
        return tr("There was nothing to read: paste the bounce message or its error text.");
    if (report.arrived)
        return arrivedSummary(findings);
    QStringList failed;
    bool temporary = true;
    bool anyFailed = false;
    bool onlyNotices = true;
    for (const Recipient &r : report.recipients) {
        if (r.reason == QLatin1String("delivered"))
            continue;
        anyFailed = true;
        onlyNotices = onlyNotices && r.isNotice();
        temporary = temporary && r.isTemporary();
        if (!r.address.isEmpty() && !failed.contains(r.address))
            failed.append(r.address);
    }
    if (!anyFailed && !report.recipients.isEmpty())
        return tr("The message was delivered: this is a delivery report, not an error.");
    if (findings.isEmpty() && !anyFailed)
        return tr("MailMedic did not recognise a delivery problem in this text.");
    QString who;
    if (failed.size() == 1)
        who = failed.first();
    else if (failed.size() > 1)
        who = tr("%1 and %n other address(es)", nullptr, int(failed.size() - 1)).arg(failed.first());
    // The finding that names a cause: the bounce's own first, however a live
    // check came out (a delay notice is not headed by a DNS finding); "a
    // reason MailMedic does not recognise" is said in the sentence itself.
    QString why;
    for (const bool bounceOnly : { true, false }) {
        for (const Finding &f : findings) {
            if ((f.fromBounce || !bounceOnly) && f.id != Diagnoser::unrecognisedFindingId()) {
                why = f.title;
                break;
            }
        }
        if (!why.isEmpty() || (bounceOnly && anyFailed))
            break;
    }
    if (anyFailed && onlyNotices)
        return why.isEmpty() ? tr("This is an automatic answer, not a bounce: your message was not refused.")
                             : tr("Not a bounce, your message was not refused: %1.").arg(why);
    if (why.isEmpty())
        return who.isEmpty()
            ? tr("Your message was refused, without a reason MailMedic knows.")
            : tr("Your message to %1 was refused, without a reason MailMedic knows.").arg(who);
    if (temporary)
        return who.isEmpty()
            ? tr("Your message has not been delivered yet. The reason: %1").arg(why)
            : tr("Your message to %1 has not been delivered yet. The reason: %2").arg(who, why);
    return who.isEmpty() ? tr("Your message was refused. The reason: %1").arg(why)
                         : tr("Your message to %1 was refused. The reason: %2").arg(who, why);
}

QString ReportText::plainText(const Report &report, Mode mode)
{
    QStringList lines;
    lines << summary(report, mode) << QString();
    for (const Recipient &r : report.recipients) {
        QString line = QStringLiteral("  ") + (r.address.isEmpty() ? tr("(recipient not named)") : r.address);
        const QString codes = r.statedCodes();
        if (!codes.isEmpty())
            line += QStringLiteral(" (") + codes + QLatin1Char(')');
        lines << line;
    }
    if (!report.recipients.isEmpty())
        lines << QString();
    for (const Finding &f : ordered(report.findings)) {
        lines << QStringLiteral("[") + statusText(f.status) + QStringLiteral("] ") + f.title;
        if (!f.explanation.isEmpty())
            lines << QStringLiteral("    ") + f.explanation;
        for (const Fix &fix : f.fixes)
            lines << (fix.done ? QStringLiteral("    [x] ") : QStringLiteral("    [ ] ")) + fix.text;
        for (const QString &e : f.evidence)
            lines << QStringLiteral("    > ") + e;
        lines << QString();
    }
    return lines.join(QLatin1Char('\n')).trimmed() + QLatin1Char('\n');
}

} // namespace MailMedic
