// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Saves a PNG of every wizard page in every language, to look at before a
// change lands:  mailmedic-screenshots OUTDIR   (under xvfb-run, or with
// QT_QPA_PLATFORM=offscreen).
#include "InputPage.h"
#include "LanguageManager.h"
#include "MainWizard.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QPlainTextEdit>
#include <QTest>

using namespace MailMedic;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(outDir);
    LanguageManager languages;
    int saved = 0;
    for (const LanguageManager::Language &l : LanguageManager::languages()) {
        languages.setLanguage(l.code);
        MainWizard wizard(&languages);
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return 1;
        const auto shoot = [&](const QString &page) {
            QTest::qWait(100);
            const QString file = QStringLiteral("%1/%2-%3.png").arg(outDir, page, l.code);
            if (wizard.grab().save(file))
                ++saved;
        };
        shoot(QStringLiteral("1-start"));
        QTest::mouseClick(wizard.findChild<QCommandLinkButton *>(QStringLiteral("chooseBounce")), Qt::LeftButton);
        wizard.findChild<QPlainTextEdit *>(QStringLiteral("bounceEdit"))
            ->setPlainText(QStringLiteral("550-5.7.26 This message does not have authentication information or fails to\n"
                                          "550-5.7.26 pass authentication checks. To best protect our users from spam,\n"
                                          "550 5.7.26 the message has been blocked."));
        shoot(QStringLiteral("2-input"));
        wizard.next();
        QTest::qWait(200);
        shoot(QStringLiteral("3-checks"));
        wizard.next();
        shoot(QStringLiteral("4-results"));
    }
    return saved == 12 ? 0 : 1;
}
