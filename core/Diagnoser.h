// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QByteArray>
#include <QString>

namespace MailMedic {

struct DiagnoseOptions {
    QString language = QStringLiteral("en"); // en, nl or ru: the language of titles and fixes
    bool offline = true;
};

// Input -> Report. The command line and the wizard both come here, so they
// always agree on what a bounce means.
class Diagnoser
{
public:
    static Report diagnoseOffline(const QString &name, const QByteArray &data, const DiagnoseOptions &options);
    static QStringList supportedLanguages();
};

} // namespace MailMedic
