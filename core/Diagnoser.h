// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bounce/Bounce.h"
#include "report/Report.h"

#include <QByteArray>
#include <QString>

namespace MailMedic {

class RuleSet;

struct DiagnoseOptions
{
    QString language = QStringLiteral("en"); // en, nl or ru: the language of titles and fixes
    const RuleSet *rules = nullptr; // the built-in rules when null
};

// Input -> Report. The command line and the wizard both come here, so they
// always agree on what a bounce means.
class Diagnoser
{
public:
    // Raw bytes: a whole bounce (.eml), a returned message, or a snippet.
    static Report diagnoseOffline(
        const QString &name, const QByteArray &data, const DiagnoseOptions &options);
    // Text that is already Unicode (the wizard's paste area).
    static Report diagnoseText(const QString &name, const QString &text, const DiagnoseOptions &options);
    static Report diagnoseBounce(const QString &name, const Bounce &bounce, const DiagnoseOptions &options);
    static QStringList supportedLanguages();
    // The finding for a refusal no rule explains: its title only says that
    // MailMedic does not know the reason.
    static QString unrecognisedFindingId();

private:
    // The bounce's report, or what the headers say when `data` is a message
    // that arrived rather than a bounce (headers/MessageAnalysis.h).
    static Report diagnose(
        const QString &name, const Bounce &bounce, const QByteArray &data, const DiagnoseOptions &options);
};

} // namespace MailMedic
