// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/RuleSet.h"

#include <QStringList>

#include <memory>

namespace MailMedic {

// The rules the wizard works with: the built-in set, with every *.json file
// of the folder a support team chose in the advanced settings layered over
// it, in file-name order — what `mailmedic-cli --rules` does per file. A
// broken file costs only its broken records; the built-in rules always apply.
class RulesFolder
{
public:
    struct Result
    {
        QString folder; // empty: built-in rules only
        std::shared_ptr<const RuleSet> rules;
        QStringList files; // the .json files read, by name
        int extraRules = 0; // rules that came from them
        QList<RuleError> errors; // for the people who maintain the files
    };

    // The folder remembered in the settings ("rules/folder"), or empty.
    static QString folderSetting();
    static void setFolderSetting(const QString &folder);

    // Reads `folder` into a new rule set; changes nothing the wizard uses.
    static Result read(const QString &folder);

    // What the wizard diagnoses with now. A diagnosis running in the
    // background keeps its copy of the pointer, so installing another set
    // while it runs is safe.
    static std::shared_ptr<const RuleSet> current();
    // The outcome of the last install(): which files, which errors.
    static Result lastInstalled();
    // GUI thread only.
    static void install(const Result &result);
    // Reads the folder from the settings and installs it (program start).
    static Result installFromSettings();
};

} // namespace MailMedic
