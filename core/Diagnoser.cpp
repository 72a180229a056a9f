// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnoser.h"

#include "bounce/InputReader.h"
#include "mailmedic_version.h"

namespace MailMedic {

QStringList Diagnoser::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("ru")};
}

Report Diagnoser::diagnoseOffline(const QString &name, const QByteArray &data, const DiagnoseOptions &options)
{
    Report report;
    report.file = name;
    report.kind = InputReader::detectKind(data);
    report.language = supportedLanguages().contains(options.language) ? options.language : QStringLiteral("en");
    report.version = QStringLiteral(MAILMEDIC_VERSION_STRING);
    report.generated = QDateTime::currentDateTimeUtc();
    return report;
}

} // namespace MailMedic
