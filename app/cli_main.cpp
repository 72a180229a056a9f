// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "PdfPlugin.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstring>
#include <memory>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// Only --pdf needs text layout, hence a QGuiApplication, made by the PDF
// module (PdfPlugin.h). Without the module the report still comes and
// --pdf says why there is no PDF.
bool wantsPdf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
#if defined(__GLIBC__)
    // A batch reads files on every core. glibc gives each thread a heap of
    // its own, and each keeps the pages its largest bounce touched: with the
    // worker threads sharing one, a batch's peak is about 1 MB lower at the
    // same speed (tests/bench/cli_corpus.py).
    mallopt(M_ARENA_MAX, 2);
#endif
    MailMedic::RuleSet::useInterpretedPatterns();
    std::unique_ptr<QCoreApplication> app;
    QString pdfUnavailable;
    if (wantsPdf(argc, argv))
        app.reset(MailMedic::PdfPlugin::createApplication(argc, argv, &pdfUnavailable));
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
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
    cli.allowPasswordPrompt();
    cli.keepOneLanguage();
    cli.setPdfUnavailable(pdfUnavailable);
    const int rc = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return rc;
}
