// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the mailmedic-pdf module exports, by name, for PdfPlugin to resolve.
// Program and module come from the same build (the version is compared), so
// Qt types cross between them as they are.

#include <QList>
#include <QString>

class QCoreApplication;

namespace MailMedic {

struct PdfSection;

namespace PdfModule {

using VersionFunction = const char *(*)();
using ApplicationFunction = QCoreApplication *(*)(int *argc, char **argv);
using WriteFunction = bool (*)(const QString *path, const QList<PdfSection> *sections, QString *error);

inline constexpr char versionSymbol[] = "mailmedic_pdf_version";
inline constexpr char applicationSymbol[] = "mailmedic_pdf_application";
inline constexpr char writeSymbol[] = "mailmedic_pdf_write";

} // namespace PdfModule
} // namespace MailMedic
