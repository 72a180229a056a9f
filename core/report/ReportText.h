// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace MailMedic {

// A report in sentences, in the language of the installed translator: the
// summary that heads the results page, the PDF and the command line's --pdf,
// and the plain text the wizard copies to the clipboard. One place, so the
// wizard and the console program say the same.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(MailMedic::ReportText)
public:
    // What the person came with: a bounce, a symptom, or a domain to check.
    enum class Mode { Bounce, Symptom, Domain };

    // Findings in the order a support person works through them: problems
    // first, then warnings, untested, notes, passes.
    static QList<Finding> ordered(const QList<Finding> &findings);
    static QString statusText(FindingStatus status);
    // A reason id (userunknown, spamdetected, ...) in words, for tables.
    static QString reasonText(const QString &reason);
    // A live-check step (dns-mx, smtps, client-settings, ...) in words.
    static QString stepText(const QString &id);
    // One sentence: what happened to the message and why, or what was checked.
    static QString summary(const Report &report, Mode mode);
    // The summary, the recipients with the server's codes, and every finding
    // with its steps (ticked or not) and evidence.
    static QString plainText(const Report &report, Mode mode);

private:
    static QString arrivedSummary(const QList<Finding> &findings);
};

} // namespace MailMedic
