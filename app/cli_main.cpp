// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailmedic-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("MailMedic"));

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    QFile outFile;
    QFile errFile;
    if (!outFile.open(stdout, QIODevice::WriteOnly) || !errFile.open(stderr, QIODevice::WriteOnly))
        return 2;
    QTextStream out(&outFile);
    QTextStream err(&errFile);
    MailMedic::CommandLine cli(out, err, in);
    const int rc = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return rc;
}
