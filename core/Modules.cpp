// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Modules.h"
#include "mailmedic_version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>
#include <QStringList>

namespace MailMedic::Modules {

namespace {

QMutex directoryMutex;

QString &firstDirectory()
{
    static QString directory;
    return directory;
}

// Where an installed or built program keeps its modules, relative to itself.
QStringList directories()
{
    // Before a QCoreApplication exists (PdfPlugin::createApplication), the
    // program's own directory is not known to Qt: /proc tells it on Linux.
    QString self = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
#ifdef Q_OS_LINUX
    if (self.isEmpty())
        self = QFileInfo(QStringLiteral("/proc/self/exe"))
                   .canonicalFilePath()
                   .section(QLatin1Char('/'), 0, -2);
#endif
    QStringList dirs;
    {
        const QMutexLocker lock(&directoryMutex);
        if (!firstDirectory().isEmpty())
            dirs << firstDirectory();
    }
    if (!self.isEmpty()) {
        dirs << self << QDir(self).filePath(QStringLiteral(MAILMEDIC_MODULE_RELATIVE_DIR))
             << QDir(self).filePath(QStringLiteral("../PlugIns"));
    }
    dirs.removeDuplicates();
    return dirs;
}

} // namespace

void *Module::resolve(const char *symbol)
{
    if (!library)
        return nullptr;
    void *address = reinterpret_cast<void *>(library->resolve(symbol));
    if (!address)
        error = library->errorString();
    return address;
}

Module load(const QString &name, const QString &description, const char *versionSymbol)
{
    Module result;
    QStringList tried;
    for (const QString &dir : directories()) {
        auto *library = new QLibrary(QDir(dir).filePath(name));
        if (!library->load()) {
            tried << QDir::toNativeSeparators(QDir::cleanPath(dir));
            delete library;
            continue;
        }
        using VersionFunction = const char *(*)();
        const auto version = reinterpret_cast<VersionFunction>(library->resolve(versionSymbol));
        const char *found = version ? version() : "";
        if (qstrcmp(found, MAILMEDIC_VERSION_STRING) != 0) {
            result.error = QStringLiteral("%1 is from MailMedic %2, not %3; reinstall MailMedic.")
                               .arg(QDir::toNativeSeparators(library->fileName()), QString::fromUtf8(found),
                                   QStringLiteral(MAILMEDIC_VERSION_STRING));
            library->unload();
            delete library;
            return result;
        }
        result.library = library; // never unloaded: what it made may outlive any caller
        return result;
    }
    result.error = QStringLiteral("%1 (%2) is not installed; looked in %3.")
                       .arg(description, name, tried.join(QStringLiteral(", ")));
    return result;
}

void setDirectory(const QString &directory)
{
    const QMutexLocker lock(&directoryMutex);
    firstDirectory() = directory;
}

} // namespace MailMedic::Modules
