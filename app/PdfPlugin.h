// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace MailMedic {

struct PdfSection;

// --pdf needs Qt GUI's text layout. It lives in a module, mailmedic-pdf
// (PdfModule.cpp), that the console program loads only when a PDF is asked
// for: reading bounces and checking domains never map Qt GUI and what it
// pulls in (a fifth of the program's memory).
//
// The module is looked for, and its version compared, as core/Modules.h
// says.
namespace PdfPlugin {

// The application object for a run that writes a PDF: a QGuiApplication on
// the offscreen platform, made by the module (so it works over ssh, in cron
// and in CI). nullptr, with the reason in *error, when the module is missing.
QCoreApplication *createApplication(int &argc, char **argv, QString *error);

// Writes one PDF through the module; false with the reason in *error.
bool write(const QString &path, const QList<PdfSection> &sections, QString *error);

// Where to look first (tests point it at the build's module).
void setDirectory(const QString &directory);

} // namespace PdfPlugin
} // namespace MailMedic
