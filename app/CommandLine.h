// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiagnosisRun.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>

#include <memory>

class QIODevice;
class QTextStream;

namespace MailMedic {

class RuleSet;
struct PdfSection;
struct Report;

// mailmedic-cli: `diagnose` and `check` as DESIGN.md's contract describes.
// Output goes to injected streams so tests read it from a buffer.
class CommandLine
{
public:
    enum ExitCode { Ok = 0, InputError = 1, UsageError = 2 };

    CommandLine(QTextStream &out, QTextStream &err, QIODevice &in);
    int run(const QStringList &arguments);
    // The program's own standard input is a terminal it may ask the --user
    // password on (cli_main.cpp); tests and scripts use MAILMEDIC_PASSWORD.
    void allowPasswordPrompt() { m_mayPrompt = true; }
    // This process speaks one language for its whole life (cli_main.cpp): the
    // rule set keeps only that one's texts and English (RuleSet::keepTextsIn).
    // Tests run many languages in one process and do not call it.
    void keepOneLanguage() { m_oneLanguage = true; }
    // Why --pdf cannot work in this process (the PDF module did not load), or empty.
    void setPdfUnavailable(const QString &reason) { m_pdfUnavailable = reason; }

private:
    struct LiveOptions
    {
        bool offline = false;
        QString domain;
        QStringList servers;
        QString nameserver;
        int timeoutSeconds = 30;
        QList<QSslCertificate> caCertificates; // --ca-file: trusted besides the system's
        QString user; // --user: the AUTH test
        QString password; // from MAILMEDIC_PASSWORD or a prompt; never an argument, never printed
    };
    QString passwordFor(const QString &user);
    int diagnose(const QStringList &inputs, const QString &language,
        const std::shared_ptr<const RuleSet> &rules, const LiveOptions &live, const QString &pdf);
    int check(const QString &domain, const QString &language, const LiveOptions &live, const QString &pdf);
    // One DiagnosisRun, started; finishRun() waits for it, prints its report
    // and fills `section` for the PDF. False when its live checks could not
    // start (the message is on stderr).
    std::unique_ptr<DiagnosisRun> startRun(const RunInput &input, const LiveOptions &live,
        const QString &language, const std::shared_ptr<const RuleSet> &rules);
    bool finishRun(DiagnosisRun &run, RunInput::Kind kind, const LiveOptions &live, PdfSection &section);
    // One PDF for all sections, in the --lang language; false (and a message) when it cannot be written.
    bool writePdf(const QString &path, const QList<PdfSection> &sections);

    QTextStream &m_out;
    QTextStream &m_err;
    QIODevice &m_in;
    bool m_mayPrompt = false;
    QString m_pdfUnavailable;
    bool m_oneLanguage = false;
    bool m_json = false;
};

} // namespace MailMedic
