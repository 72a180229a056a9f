// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfPlugin.h"
#include "Modules.h"
#include "PdfModule.h"
#include "PdfSection.h"

#include <QCoreApplication>

namespace MailMedic::PdfPlugin {

namespace {

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
        Modules::Module library = Modules::load(
            QStringLiteral("mailmedic-pdf"), QStringLiteral("the PDF module"), PdfModule::versionSymbol);
        result.application
            = reinterpret_cast<PdfModule::ApplicationFunction>(library.resolve(PdfModule::applicationSymbol));
        result.write = reinterpret_cast<PdfModule::WriteFunction>(library.resolve(PdfModule::writeSymbol));
        result.loaded = result.application && result.write;
        result.error = library.error;
        return result; // stays loaded: the application object lives in it
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
    Modules::setDirectory(directory);
}

} // namespace MailMedic::PdfPlugin
