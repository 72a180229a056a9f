// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLibrary;

namespace MailMedic::Modules {

// What only some runs need lives in modules the programs load on first use,
// so that reading bounces maps neither:
// - mailmedic-pdf: the PDF writer and Qt GUI (app/PdfPlugin.h);
// - mailmedic-dkim: libopendkim and OpenSSL's libcrypto, for verifying DKIM
//   signatures and reading DKIM key sizes (headers/DkimModule.h).
//
// A module is looked for in the directory setDirectory() names, beside the
// program (the build tree, Windows), in ../lib/…/mailmedic (installed on
// Linux) and in ../PlugIns (the macOS bundle). It must come from the same
// build: the string its `versionSymbol` function returns is compared with
// this program's version, since Qt types cross between the two as they are.
struct Module
{
    QLibrary *library = nullptr; // loaded, and stays loaded; nullptr when not
    QString error; // why not, in words for the person running the program

    // The address of `symbol`, or nullptr (error then says why).
    void *resolve(const char *symbol);
};

// Loads `name` (without suffix). `description` names it in the error
// ("the PDF module"). Each call loads anew: callers keep the result.
Module load(const QString &name, const QString &description, const char *versionSymbol);

// Where to look first (tests point it at the build's modules).
void setDirectory(const QString &directory);

} // namespace MailMedic::Modules
