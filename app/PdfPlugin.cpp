// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfPlugin.h"
#include "mailmedic_version.h"
#include "PdfModule.h"
#include "PdfSection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

namespace MailMedic::PdfPlugin {

namespace {

QString &firstDirectory()
{
    static QString directory;
    return directory;
}

// Where an installed or built program keeps the module, relative to itself.
QStringList directories()
{
    // Before a QCoreApplication exists (createApplication), the program's
    // own directory is not known to Qt: /proc tells it on Linux.
    QString self = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
#ifdef Q_OS_LINUX
    if (self.isEmpty())
        self = QFileInfo(QStringLiteral("/proc/self/exe"))
                   .canonicalFilePath()
                   .section(QLatin1Char('/'), 0, -2);
#endif
    QStringList dirs;
    if (!firstDirectory().isEmpty())
        dirs << firstDirectory();
    if (!self.isEmpty()) {
        dirs << self << QDir(self).filePath(QStringLiteral(MAILMEDIC_MODULE_RELATIVE_DIR))
             << QDir(self).filePath(QStringLiteral("../PlugIns"));
    }
    return dirs;
}

struct Module
{
    bool loaded = false;
    QString error;
    PdfModule::ApplicationFunction application = nullptr;
    PdfModule::WriteFunction write = nullptr;
};

const Module &module()
{
    static const Module m = [] {
        Module result;
        QStringList tried;
        for (const QString &dir : directories()) {
            QLibrary library(QDir(dir).filePath(QStringLiteral("mailmedic-pdf")));
            if (!library.load()) {
                tried << QDir::toNativeSeparators(QDir::cleanPath(dir));
                continue;
            }
            const auto version
                = reinterpret_cast<PdfModule::VersionFunction>(library.resolve(PdfModule::versionSymbol));
            const char *found = version ? version() : "";
            if (qstrcmp(found, MAILMEDIC_VERSION_STRING) != 0) {
                result.error = QStringLiteral("%1 is from MailMedic %2, not %3; reinstall MailMedic.")
                                   .arg(QDir::toNativeSeparators(library.fileName()),
                                       QString::fromUtf8(found), QStringLiteral(MAILMEDIC_VERSION_STRING));
                library.unload();
                return result;
            }
            result.application = reinterpret_cast<PdfModule::ApplicationFunction>(
                library.resolve(PdfModule::applicationSymbol));
            result.write
                = reinterpret_cast<PdfModule::WriteFunction>(library.resolve(PdfModule::writeSymbol));
            result.loaded = result.application && result.write;
            if (!result.loaded)
                result.error = library.errorString();
            return result; // stays loaded: the application object lives in it
        }
        result.error = QStringLiteral("the PDF module (mailmedic-pdf) is not installed; looked in %1.")
                           .arg(tried.join(QStringLiteral(", ")));
        return result;
    }();
    return m;
}

} // namespace

QCoreApplication *createApplication(int &argc, char **argv, QString *error)
{
    const Module &m = module();
    if (!m.loaded) {
        if (error)
            *error = m.error;
        return nullptr;
    }
    return m.application(&argc, argv);
}

bool write(const QString &path, const QList<PdfSection> &sections, QString *error)
{
    const Module &m = module();
    if (!m.loaded) {
        if (error)
            *error = m.error;
        return false;
    }
    return m.write(&path, &sections, error);
}

void setDirectory(const QString &directory)
{
    firstDirectory() = directory;
}

} // namespace MailMedic::PdfPlugin
