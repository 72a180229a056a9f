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
