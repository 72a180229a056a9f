// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For tests that link mailmedic_cli: run the command line on in-memory
// streams, and check its JSON against the shared contract.

#include "CommandLine.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QProcess>
#include <QTextStream>

namespace MailMedic::Test {

struct CliRun
{
    int rc = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args, const QByteArray &stdinData = QByteArray())
{
    CliRun result;
    QTextStream outStream(&result.out);
    QTextStream errStream(&result.err);
    QBuffer in;
    in.setData(stdinData);
    in.open(QIODevice::ReadOnly);
    CommandLine cli(outStream, errStream, in);
    result.rc = cli.run(QStringList { QStringLiteral("mailmedic-cli") } + args);
    outStream.flush();
    errStream.flush();
    return result;
}

// shared/contract/validate.py over JSON Lines: its output lines; the first is
// "INVALID" when a line breaks the contract, the last "N objects valid".
inline QStringList validateContract(const QString &jsonLines)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), { sharedDir() + QStringLiteral("/contract/validate.py") });
    if (!p.waitForStarted())
        return { QStringLiteral("INVALID"), QStringLiteral("validator did not start") };
    p.write(jsonLines.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(30000);
    QStringList lines = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())
                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (p.exitCode() != 0 || lines.isEmpty())
        lines.prepend(QStringLiteral("INVALID"));
    return lines;
}

} // namespace MailMedic::Test
