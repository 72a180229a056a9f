// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageManager.h"
#include "mailmedic_version.h"
#include "MainWizard.h"
#include "rules/RuleSet.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    MailMedic::RuleSet::useInterpretedPatterns();
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    QApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MailMedic"));
    QApplication::setOrganizationName(QStringLiteral("MailMedic"));
    QApplication::setApplicationVersion(QStringLiteral(MAILMEDIC_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.mailmedic.MailMedic"));

    // --version lets packaging checks start the installed program without a window.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MailMedic: find out why e-mail was not delivered."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    // The language picked last time, else the system's.
    MailMedic::LanguageManager languages;
    languages.setLanguage(MailMedic::LanguageManager::preferredLanguage());

    MailMedic::MainWizard wizard(&languages);
    wizard.show();
    return app.exec();
}
