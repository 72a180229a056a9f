// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The mailmedic-pdf module: the PDF writer and Qt GUI, loaded by the console
// program only for --pdf (PdfPlugin.h).
#include "PdfModule.h"
#include "mailmedic_version.h"
#include "PdfReport.h"

#include <QGuiApplication>
#include <QLocale>

#include <type_traits>

using namespace MailMedic;

namespace {

QtMessageHandler previousHandler = nullptr;

// Text layout asks Qt for the runtime directory; in cron, over ssh or in CI
// there is none, Qt uses a private one in /tmp and says so on every run. The
// PDF is written all the same: that line is noise in a script's output.
void quietAboutRuntimeDirectory(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

extern "C" {

Q_DECL_EXPORT const char *mailmedic_pdf_version()
{
    return MAILMEDIC_VERSION_STRING;
}

// argc is the program's own: Qt keeps a reference to it.
Q_DECL_EXPORT QCoreApplication *mailmedic_pdf_application(int *argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(quietAboutRuntimeDirectory);
    return new QGuiApplication(*argc, argv);
}

Q_DECL_EXPORT bool mailmedic_pdf_write(const QString *path, const QList<PdfSection> *sections, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QStringLiteral("this program was started without its PDF support.");
        return false;
    }
    return PdfReport::write(*path, *sections, PdfReport::pageSizeFor(QLocale::system()), error);
}

} // extern "C"

// The loader casts the resolved symbols to these types.
static_assert(std::is_same_v<decltype(&mailmedic_pdf_version), PdfModule::VersionFunction>);
static_assert(std::is_same_v<decltype(&mailmedic_pdf_application), PdfModule::ApplicationFunction>);
static_assert(std::is_same_v<decltype(&mailmedic_pdf_write), PdfModule::WriteFunction>);
