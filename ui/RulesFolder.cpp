// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSettings>

namespace MailMedic {

namespace {

const QString folderKey = QStringLiteral("rules/folder");

std::shared_ptr<const RuleSet> builtinShared()
{
    // The built-in set lives for the whole program; nothing to delete.
    return std::shared_ptr<const RuleSet>(&RuleSet::builtin(), [](const RuleSet *) {});
}

QMutex &installedMutex()
{
    static QMutex mutex;
    return mutex;
}

RulesFolder::Result &installed()
{
    static RulesFolder::Result result { QString(), builtinShared(), {}, 0, {} };
    return result;
}

RuleError folderError(const QString &folder, const QString &message)
{
    return RuleError { QDir::toNativeSeparators(folder), 0, QString(), message, QString() };
}

} // namespace

QString RulesFolder::folderSetting()
{
    return QSettings().value(folderKey).toString().trimmed();
}

void RulesFolder::setFolderSetting(const QString &folder)
{
    QSettings settings;
    if (folder.trimmed().isEmpty())
        settings.remove(folderKey);
    else
        settings.setValue(folderKey, folder.trimmed());
}

RulesFolder::Result RulesFolder::read(const QString &folder)
{
    Result result;
    result.folder = folder.trimmed();
    if (result.folder.isEmpty()) {
        result.rules = builtinShared();
        return result;
    }
    const QFileInfo info(result.folder);
    if (!info.exists() || !info.isDir()) {
        result.errors.append(folderError(result.folder,
            QCoreApplication::translate("MailMedic::RulesFolder", "this folder does not exist")));
        result.rules = builtinShared();
        return result;
    }
    const QDir dir(result.folder);
    const QStringList names = dir.entryList(
        { QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    if (names.isEmpty()) {
        result.errors.append(folderError(result.folder,
            QCoreApplication::translate("MailMedic::RulesFolder", "no rule files (*.json) in this folder")));
        result.rules = builtinShared();
        return result;
    }
    auto rules = std::make_shared<RuleSet>(RuleSet::builtin());
    const int before = rules->extraRuleCount();
    QStringList paths;
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    QList<RuleError> errors;
    rules->loadFiles(paths, &errors);
    // The folder is shown once; the errors name the file in it.
    for (RuleError &e : errors)
        e.file = QFileInfo(e.file).fileName();
    result.errors.append(errors);
    result.files = names;
    result.extraRules = rules->extraRuleCount() - before;
    result.rules = std::move(rules);
    return result;
}

std::shared_ptr<const RuleSet> RulesFolder::current()
{
    QMutexLocker lock(&installedMutex());
    return installed().rules;
}

RulesFolder::Result RulesFolder::lastInstalled()
{
    QMutexLocker lock(&installedMutex());
    return installed();
}

void RulesFolder::install(const Result &result)
{
    QMutexLocker lock(&installedMutex());
    installed() = result;
    if (!installed().rules)
        installed().rules = builtinShared();
}

RulesFolder::Result RulesFolder::installFromSettings()
{
    const Result result = read(folderSetting());
    install(result);
    return result;
}

} // namespace MailMedic
