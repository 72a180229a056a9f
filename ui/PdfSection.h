// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QString>
#include <QStringList>

namespace MailMedic {

// One diagnosis as the PDF shows it: the report and what it was made from.
// There is deliberately no password here: the report never carries one and
// neither does this.
struct PdfSection
{
    Report report;
    QString summary; // the one sentence a support person reads out (ReportText::summary())
    QString input; // "pasted text", a file name, or the domain that was checked
    QString domain; // the domain the live checks looked at; empty when none ran
    QStringList servers; // mail servers probed (--server values)
    bool liveChecks = false; // whether DNS and mail servers were asked at all
    QString nameserver; // where the DNS questions went; empty: the system's resolvers
    QString bounceText; // the message as given; its first PdfReport::excerptLines lines are printed
    QString providerName; // report.provider as people know it; empty: the id is shown
};

} // namespace MailMedic
