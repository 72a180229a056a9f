// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvancedSettingsDialog.h"
#include "InputPage.h"
#include "LanguageManager.h"
#include "MainWizard.h"
#include "RulesFolder.h"
#include "TestSupport.h"
#include "WizardSession.h"
#include "WizardTestSupport.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace MailMedic;

// A support team's own rules, kept in a folder the wizard is told about in
// its advanced settings: they apply before the built-in ones, a broken file
// is named with what is wrong, and the built-in rules keep working.
class TestRulesFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void folderChosenInSettings();
    void missingFolderIsNamed();
    void folderFromSettingsAtStart();
    void problemsInTheReadersLanguage_data();
    void problemsInTheReadersLanguage();

private:
    QString makeFolder(QTemporaryDir &dir);
    InputPage *openInput(MainWizard &wizard);
    AdvancedSettingsDialog *openSettings(InputPage *input);
    Report diagnose(MainWizard &wizard, const QString &text);

    QTemporaryDir m_settingsDir;
    LanguageManager *m_languages = nullptr;
};

void TestRulesFolder::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    Test::useScratchSettings(QStringLiteral("TestRulesFolder"), m_settingsDir.path());
    m_languages = new LanguageManager(this);
}

void TestRulesFolder::init()
{
    QSettings().clear();
    RulesFolder::install(RulesFolder::read(QString()));
    m_languages->setLanguage(QStringLiteral("en"));
}

// One good rule file (with one broken record) and one file that is not JSON.
QString TestRulesFolder::makeFolder(QTemporaryDir &dir)
{
    const QString data = Test::sourceDir() + QStringLiteral("/tests/data/rules/");
    if (!dir.isValid()
        || !QFile::copy(
            data + QStringLiteral("unknown-reason.json"), dir.filePath(QStringLiteral("acme.json")))
        || !QFile::copy(
            data + QStringLiteral("syntax-error.json"), dir.filePath(QStringLiteral("broken.json"))))
        return QString();
    QFile symptom(dir.filePath(QStringLiteral("vpn.json")));
    if (!symptom.open(QIODevice::WriteOnly)
        || symptom.write(R"({ "version": 1, "symptoms": [ { "id": "acme-vpn",
            "title": { "en": "Mail stops when the Acme VPN is on" },
            "description": { "en": "Sending fails only while the company VPN is connected." },
            "questions": ["email"], "probes": ["smtp-587"], "topics": ["connection"], "fixes": [] } ] })")
            < 0)
        return QString();
    return dir.path();
}

InputPage *TestRulesFolder::openInput(MainWizard &wizard)
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return nullptr;
    return Test::chooseStart(wizard, QStringLiteral("chooseBounce"));
}

AdvancedSettingsDialog *TestRulesFolder::openSettings(InputPage *input)
{
    QTest::mouseClick(input->advancedButton(), Qt::LeftButton);
    auto *dialog = input->findChild<AdvancedSettingsDialog *>();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

Report TestRulesFolder::diagnose(MainWizard &wizard, const QString &text)
{
    auto *input = qobject_cast<InputPage *>(wizard.currentPage());
    if (!input)
        return Report();
    input->bounceEdit()->setPlainText(text);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    if (!Test::throughChecks(wizard))
        return Report();
    return wizard.session()->report();
}

void TestRulesFolder::folderChosenInSettings()
{
    QTemporaryDir rules;
    const QString folder = makeFolder(rules);
    QVERIFY(!folder.isEmpty());

    MainWizard wizard(m_languages);
    InputPage *input = openInput(wizard);
    QVERIFY(input);
    AdvancedSettingsDialog *dialog = openSettings(input);
    QVERIFY(dialog);
    QCOMPARE(dialog->rulesStatus()->text(), QStringLiteral("Only the built-in rules are used."));

    dialog->rulesFolderEdit()->setText(folder);
    Q_EMIT dialog->rulesFolderEdit()->editingFinished(); // as when the person leaves the field
    // Before OK: what the files gave, and what is wrong in them, by file and line.
    const QString status = dialog->rulesStatus()->text();
    QVERIFY2(status.contains(QLatin1String("1 extra rule from acme.json, broken.json, vpn.json")),
        qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("acme.json:14: rule 'acme-typo'")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("broken.json:")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("built-in rules still apply")), qPrintable(status));
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!input->findChild<AdvancedSettingsDialog *>());
    QCOMPARE(QSettings().value(QStringLiteral("rules/folder")).toString(), folder);
    // The team's own symptom is offered next to the built-in ones.
    const auto *symptoms = input->findChild<QListWidget *>(QStringLiteral("symptomList"));
    QVERIFY(symptoms);
    QCOMPARE(
        symptoms->findItems(QStringLiteral("Mail stops when the Acme VPN is on"), Qt::MatchExactly).size(),
        1);
    QCOMPARE(symptoms->findItems(QStringLiteral("I can't send any mail"), Qt::MatchExactly).size(), 1);

    // The team's rule decides, with its own title ...
    const Report acme = diagnose(wizard, QStringLiteral("550 5.7.1 Acme firewall says no\n"));
    QCOMPARE(acme.reason, QStringLiteral("blocked"));
    QVERIFY(!acme.recipients.isEmpty());
    QCOMPARE(acme.recipients.first().rule, QStringLiteral("acme-good"));
    QVERIFY(!acme.findings.isEmpty());
    QCOMPARE(acme.findings.first().title, QStringLiteral("Acme's firewall blocked the message"));

    // ... and the built-in rules still answer everything else.
    wizard.restart();
    QVERIFY(openInput(wizard));
    const Report full = diagnose(wizard, QStringLiteral("552 5.2.2 <a@example.net>: Mailbox full\n"));
    QCOMPARE(full.reason, QStringLiteral("mailboxfull"));
}

void TestRulesFolder::missingFolderIsNamed()
{
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QString missing = base.filePath(QStringLiteral("not-there"));
    MainWizard wizard(m_languages);
    InputPage *input = openInput(wizard);
    QVERIFY(input);
    AdvancedSettingsDialog *dialog = openSettings(input);
    QVERIFY(dialog);
    dialog->rulesFolderEdit()->setText(missing);
    Q_EMIT dialog->rulesFolderEdit()->editingFinished();
    const QString status = dialog->rulesStatus()->text();
    QVERIFY2(status.contains(QLatin1String("not-there")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("this folder does not exist")), qPrintable(status));
    // Not a reason to refuse the other settings.
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!input->findChild<AdvancedSettingsDialog *>());

    const Report acme = diagnose(wizard, QStringLiteral("550 5.7.1 Acme firewall says no\n"));
    QVERIFY(!acme.recipients.isEmpty());
    QVERIFY(acme.recipients.first().rule != QLatin1String("acme-good"));

    // Emptied again: back to the built-in rules, and said so.
    wizard.restart();
    input = openInput(wizard);
    QVERIFY(input);
    dialog = openSettings(input);
    QVERIFY(dialog);
    QVERIFY(dialog->rulesStatus()->text().contains(QLatin1String("does not exist")));
    dialog->rulesFolderEdit()->clear();
    Q_EMIT dialog->rulesFolderEdit()->editingFinished();
    QCOMPARE(dialog->rulesStatus()->text(), QStringLiteral("Only the built-in rules are used."));
}

void TestRulesFolder::problemsInTheReadersLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nl") << QStringLiteral("nl")
                        << QStringList { QStringLiteral("acme.json:14: regel 'acme-typo': onbekende reden"),
                               QStringLiteral("broken.json:"), QStringLiteral("JSON-syntaxfout") };
    QTest::newRow("ru") << QStringLiteral("ru")
                        << QStringList { QStringLiteral(
                                             "acme.json:14: правило 'acme-typo': неизвестная причина"),
                               QStringLiteral("broken.json:"), QStringLiteral("синтаксическая ошибка JSON") };
}

// A support engineer who runs the wizard in Dutch or Russian reads what is
// wrong in a rule file in that language; file, line, id and field names
// stay as they are written in the file.
void TestRulesFolder::problemsInTheReadersLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    QTemporaryDir rules;
    const QString folder = makeFolder(rules);
    QVERIFY(!folder.isEmpty());
    QVERIFY(m_languages->setLanguage(lang));
    MainWizard wizard(m_languages);
    InputPage *input = openInput(wizard);
    QVERIFY(input);
    AdvancedSettingsDialog *dialog = openSettings(input);
    QVERIFY(dialog);
    dialog->rulesFolderEdit()->setText(folder);
    Q_EMIT dialog->rulesFolderEdit()->editingFinished();
    const QString status = dialog->rulesStatus()->text();
    for (const QString &part : expected)
        QVERIFY2(status.contains(part), qPrintable(status));
    for (const char *english : { "unknown reason", "syntax error", "rule '" })
        QVERIFY2(!status.contains(QLatin1String(english)), qPrintable(status));
}

void TestRulesFolder::folderFromSettingsAtStart()
{
    QTemporaryDir rules;
    const QString folder = makeFolder(rules);
    QVERIFY(!folder.isEmpty());
    QSettings().setValue(QStringLiteral("rules/folder"), folder);

    // A wizard started later finds the folder without anyone opening the settings.
    MainWizard wizard(m_languages);
    QVERIFY(openInput(wizard));
    const Report acme = diagnose(wizard, QStringLiteral("550 5.7.1 Acme firewall says no\n"));
    QVERIFY(!acme.recipients.isEmpty());
    QCOMPARE(acme.recipients.first().rule, QStringLiteral("acme-good"));
    QCOMPARE(RulesFolder::lastInstalled().files,
        QStringList(
            { QStringLiteral("acme.json"), QStringLiteral("broken.json"), QStringLiteral("vpn.json") }));
}

QTEST_MAIN(TestRulesFolder)
#include "TestRulesFolder.moc"
