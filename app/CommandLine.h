// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QIODevice;
class QTextStream;

namespace MailMedic {

class RuleSet;

// mailmedic-cli: `diagnose` and `check` as DESIGN.md's contract describes.
// Output goes to injected streams so tests read it from a buffer.
class CommandLine
{
public:
    enum ExitCode { Ok = 0, InputError = 1, UsageError = 2 };

    CommandLine(QTextStream &out, QTextStream &err, QIODevice &in);
    int run(const QStringList &arguments);

private:
    int diagnose(const QStringList &inputs, bool json, const QString &language, const RuleSet &rules);

    QTextStream &m_out;
    QTextStream &m_err;
    QIODevice &m_in;
};

} // namespace MailMedic
