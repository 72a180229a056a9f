// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// mailmedic-rulec OUTPUT FILE.json...: reads the built-in rule files as
// MailMedic would, checks every record and pattern, and writes the rule set as
// the image the programs embed. Any error in a file fails the build, with the
// file, line and id to fix.
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace MailMedic;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: mailmedic-rulec OUTPUT FILE.json...\n");
        return 2;
    }
    QMap<QString, QByteArray> files;
    for (const QString &path : args.mid(1)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return 1;
        }
        files.insert(QFileInfo(path).fileName(), file.readAll());
    }
    QList<RuleError> errors;
    const RuleSet set = RuleSet::fromBuiltinFiles(files, &errors);
    for (const RuleError &error : std::as_const(errors))
        std::fprintf(stderr, "resources/rules/%s\n", qPrintable(error.toString()));
    if (!errors.isEmpty())
        return 1;
    QSaveFile out(args.first());
    if (!out.open(QIODevice::WriteOnly) || out.write(set.toImage()) < 0 || !out.commit()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args.first()), qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
