// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputPage.h"
#include "LanguageManager.h"
#include "MainWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QCommandLinkButton>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace MailMedic;

// A customer on a screen share switches the language: everything visible,
// Qt's own wizard buttons included, must follow at once.
class TestWizardLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void systemLanguage_data();
    void systemLanguage();
    void switchesVisibleStrings_data();
    void switchesVisibleStrings();
    void switchesOnLaterPage();
    void choiceSurvivesARestart();
};

void TestWizardLanguage::initTestCase()
{
    // The language choice is remembered in QSettings: keep the tester's own untouched.
    QStandardPaths::setTestModeEnabled(true);
}

void TestWizardLanguage::systemLanguage_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dutch") << QStringList { QStringLiteral("nl-NL"), QStringLiteral("en-US") }
                           << QStringLiteral("nl");
    QTest::newRow("flemish") << QStringList { QStringLiteral("nl-BE") } << QStringLiteral("nl");
    QTest::newRow("russian underscore") << QStringList { QStringLiteral("ru_RU") } << QStringLiteral("ru");
    QTest::newRow("german then russian")
        << QStringList { QStringLiteral("de-DE"), QStringLiteral("ru-RU") } << QStringLiteral("ru");
    QTest::newRow("german only falls back")
        << QStringList { QStringLiteral("de-DE") } << QStringLiteral("en");
    QTest::newRow("nothing") << QStringList {} << QStringLiteral("en");
}

void TestWizardLanguage::systemLanguage()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::systemLanguage(uiLanguages), expected);
}

void TestWizardLanguage::switchesVisibleStrings_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("bounceChoice");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("menuText");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Wat is er aan de hand?")
                        << QStringLiteral("Ik heb een bouncemelding") << QStringLiteral("Annuleren")
                        << QStringLiteral("Nederlands");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Что случилось?")
                        << QStringLiteral("У меня есть сообщение о недоставке") << QStringLiteral("Отмена")
                        << QStringLiteral("Русский");
    QTest::newRow("back to en") << QStringLiteral("en") << QStringLiteral("What happened?")
                                << QStringLiteral("I have a bounce message") << QStringLiteral("Cancel")
                                << QStringLiteral("English");
}

void TestWizardLanguage::switchesVisibleStrings()
{
    QFETCH(QString, code);
    QFETCH(QString, title);
    QFETCH(QString, bounceChoice);
    QFETCH(QString, cancel);
    QFETCH(QString, menuText);

    LanguageManager languages;
    // Start in a different language from the one the row switches to.
    languages.setLanguage(code == QLatin1String("en") ? QStringLiteral("ru") : QStringLiteral("en"));
    MainWizard wizard(&languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Use the language menu as a person would.
    QAction *action
        = wizard.languageButton()->menu()->findChild<QAction *>(QStringLiteral("language_") + code);
    QVERIFY(action);
    action->trigger();

    QCOMPARE(languages.language(), code);
    // LanguageChange reaches the widgets through the event loop, as in the program.
    QTRY_COMPARE(wizard.currentPage()->title(), title);
    auto *bounce = wizard.findChild<QCommandLinkButton *>(QStringLiteral("chooseBounce"));
    QVERIFY(bounce);
    QCOMPARE(bounce->text(), bounceChoice);
    QCOMPARE(wizard.button(QWizard::CancelButton)->text(), cancel);
    QCOMPARE(wizard.languageButton()->text(), menuText);
}

void TestWizardLanguage::switchesOnLaterPage()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWizard wizard(&languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *bounce = wizard.findChild<QCommandLinkButton *>(QStringLiteral("chooseBounce"));
    QTest::mouseClick(bounce, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MainWizard::InputPageId));
    QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Paste the bounce message"));
    // Next stays disabled until something is pasted.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    wizard.findChild<QPlainTextEdit *>(QStringLiteral("bounceEdit"))
        ->setPlainText(QStringLiteral("550 5.1.1 nope"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    languages.setLanguage(QStringLiteral("nl"));
    QTRY_COMPARE(wizard.currentPage()->title(), QStringLiteral("Plak de bouncemelding"));
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Volgende >"));
    QCOMPARE(wizard.button(QWizard::BackButton)->text(), QStringLiteral("< &Terug"));
    languages.setLanguage(QStringLiteral("ru"));
    QTRY_COMPARE(wizard.currentPage()->title(), QStringLiteral("Вставьте сообщение о недоставке"));
    QCOMPARE(wizard.button(QWizard::BackButton)->text(), QStringLiteral("< &Назад"));
    // Text the user typed is never lost by a switch.
    QCOMPARE(wizard.findChild<QPlainTextEdit *>(QStringLiteral("bounceEdit"))->toPlainText(),
        QStringLiteral("550 5.1.1 nope"));
}

// The language a person picked in the wizard is the one it starts in next
// time (gui_main.cpp starts in preferredLanguage()), not the system's.
void TestWizardLanguage::choiceSurvivesARestart()
{
    QSettings().remove(QStringLiteral("ui/language"));
    QCOMPARE(LanguageManager::preferredLanguage(), LanguageManager::systemLanguage());
    const QString other = LanguageManager::systemLanguage() == QLatin1String("ru") ? QStringLiteral("nl")
                                                                                   : QStringLiteral("ru");
    {
        LanguageManager first;
        QVERIFY(first.setLanguage(other));
    }
    QCOMPARE(LanguageManager::preferredLanguage(), other);
    LanguageManager second;
    QVERIFY(second.setLanguage(LanguageManager::preferredLanguage()));
    QCOMPARE(second.language(), other);
    second.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestWizardLanguage)
#include "TestWizardLanguage.moc"
