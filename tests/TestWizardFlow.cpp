// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecksPage.h"
#include "dns/DomainName.h"
#include "Highlighting.h"
#include "InputPage.h"
#include "LanguageManager.h"
#include "MainWizard.h"
#include "ResultsPage.h"
#include "rules/Vocabulary.h"
#include "Syntax.h"
#include "TestSupport.h"
#include "WizardSession.h"
#include "WizardTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace MailMedic;

namespace {

const QString gmailBounce
    = QStringLiteral("<someone@gmail.com>: host gmail-smtp-in.l.google.com[142.250.27.26] said:\n"
                     "550-5.7.26 This message does not have authentication information or fails to\n"
                     "550-5.7.26 pass authentication checks. To best protect our users from spam, the\n"
                     "550 5.7.26 message has been blocked. (in reply to end of DATA command)\n");

QTreeWidgetItem *findingItem(QTreeWidget *tree, const QString &title)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == title)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QList<QTreeWidgetItem *> fixItems(QTreeWidgetItem *finding)
{
    QList<QTreeWidgetItem *> fixes;
    for (int i = 0; finding && i < finding->childCount(); ++i) {
        if (finding->child(i)->data(0, ResultsPage::KindRole).toInt() == ResultsPage::FixItem)
            fixes << finding->child(i);
    }
    return fixes;
}

} // namespace

// What a support person does with the wizard during a call, end to end.
class TestWizardFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void bounceToChecklist();
    void focusOnWhatToTypeNext_data();
    void focusOnWhatToTypeNext();
    void startChoicesByKeyboard();
    void tabReachesEveryControl_data();
    void tabReachesEveryControl();
    void onlyReadSkipsChecksPage();
    void tickSurvivesLanguageSwitch_data();
    void tickSurvivesLanguageSwitch();
    void copyAndStartOver();
    void strayKeyLosesNothing();
    void symptomQuestionsKeepPasswordInMemory();
    void everyProbeHasAName();
    void droppedFileShowsRecipient();
    void bounceSenderPrefillsQuestions();
    void droppedOnFirstPage();
    void automaticAnswersAreNotRefusals_data();
    void automaticAnswersAreNotRefusals();
    void unrecognisedRefusalStillExplained();
    void hugeFileGetsMessage();
    void domainValidation_data();
    void domainValidation();
    void zoomIsRemembered();
    void syntaxDefinitionsLoad();
    void arrivedMessagePasted();
    void spamSymptomWithHeaders();

private:
    void pasteAndDiagnose(MainWizard &wizard, const QString &text);

    QTemporaryDir m_settingsDir;
    LanguageManager *m_languages = nullptr;
};

void TestWizardFlow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    Test::useScratchSettings(QStringLiteral("TestWizardFlow"), m_settingsDir.path());
    m_languages = new LanguageManager(this);
}

void TestWizardFlow::init()
{
    QSettings().clear();
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestWizardFlow::focusOnWhatToTypeNext_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("field");
    QTest::newRow("bounce") << QStringLiteral("chooseBounce") << QStringLiteral("bounceEdit");
    QTest::newRow("symptom") << QStringLiteral("chooseSymptom") << QStringLiteral("symptomList");
    QTest::newRow("domain") << QStringLiteral("chooseDomain") << QStringLiteral("domainEdit");
}

// After choosing a path the keyboard is where the person types next: Ctrl+V
// pastes into the box, a domain can be typed at once.
void TestWizardFlow::focusOnWhatToTypeNext()
{
    QFETCH(QString, choice);
    QFETCH(QString, field);
    MainWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QVERIFY(Test::chooseStart(wizard, choice));
    QTRY_VERIFY2(QApplication::focusWidget() && QApplication::focusWidget()->objectName() == field,
        qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                               : QStringLiteral("none")));
}

// Keyboard only, as on a screen share: the first choice has the focus and
// shows it, Tab moves the mark to the next, Space takes it.
void TestWizardFlow::startChoicesByKeyboard()
{
    MainWizard wizard(m_languages);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    auto *bounce = wizard.findChild<QCommandLinkButton *>(QStringLiteral("chooseBounce"));
    auto *symptom = wizard.findChild<QCommandLinkButton *>(QStringLiteral("chooseSymptom"));
    QVERIFY(bounce && symptom);
    QTRY_COMPARE(QApplication::focusWidget(), bounce);
    QVERIFY(!bounce->isFlat()); // drawn as a button: the focus mark
    QVERIFY(symptom->isFlat());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), symptom);
    QVERIFY(!symptom->isFlat());
    QVERIFY(bounce->isFlat());
    QTest::keyClick(symptom, Qt::Key_Space);
    QTRY_COMPARE(wizard.currentId(), int(MainWizard::InputPageId));
    QCOMPARE(wizard.session()->mode(), WizardSession::Mode::Symptom);
}

// A bounce no live check can help with (no sender domain, nothing to ask):
// Next goes from the paste box straight to the results, and Back straight
// back to the paste box; the checks page has nothing to show.
void TestWizardFlow::onlyReadSkipsChecksPage()
{
    MainWizard wizard(m_languages);
    auto *input = Test::openPath(wizard, QStringLiteral("chooseBounce"));
    QVERIFY(input);
    input->bounceEdit()->setPlainText(
        QStringLiteral("550 5.1.1 <nobody@example.net>: Recipient address rejected: "
                       "User unknown in virtual mailbox table\n"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(MainWizard::ResultsPageId));
    QCOMPARE(wizard.session()->liveOutcome(), WizardSession::LiveOutcome::NotRun);
    QVERIFY(!wizard.session()->report().findings.isEmpty());
    wizard.back();
    QTRY_COMPARE(wizard.currentId(), int(MainWizard::InputPageId));
}

void TestWizardFlow::tabReachesEveryControl_data()
{
    QTest::addColumn<QString>("choice");
    QTest::newRow("bounce") << QStringLiteral("chooseBounce");
    QTest::newRow("symptom") << QStringLiteral("chooseSymptom");
    QTest::newRow("domain") << QStringLiteral("chooseDomain");
}

// Tab from the field the person types into reaches every control of the
// page, top to bottom, before the wizard's own buttons.
void TestWizardFlow::tabReachesEveryControl()
{
    QFETCH(QString, choice);
    MainWizard wizard(m_languages);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    auto *input = Test::chooseStart(wizard, choice);
    QVERIFY(input);
    if (choice == QLatin1String("chooseSymptom"))
        input->symptomList()->setCurrentRow(
            Test::symptomRow(input->symptomList(), QStringLiteral("cant-send")));
    QWidget *first = choice == QLatin1String("chooseSymptom") ? static_cast<QWidget *>(input->symptomList())
        : choice == QLatin1String("chooseDomain")             ? static_cast<QWidget *>(input->domainEdit())
                                                              : static_cast<QWidget *>(input->bounceEdit());
    QTRY_COMPARE(QApplication::focusWidget(), first);
    QList<QWidget *> visited;
    for (int i = 0; i < 60; ++i) {
        QWidget *w = QApplication::focusWidget();
        if (!w || visited.contains(w))
            break;
        visited << w;
        QTest::keyClick(w, Qt::Key_Tab);
    }
    // Every visible control of the page that takes the keyboard was reached.
    for (QWidget *w : input->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QListWidget *>(w);
        if (control && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            QVERIFY2(visited.contains(w),
                qPrintable(
                    w->objectName() + QLatin1Char(' ') + QString::fromLatin1(w->metaObject()->className())));
    }
    // The page's controls come top to bottom, then the wizard's buttons.
    int lastY = -1;
    bool inButtons = false;
    for (QWidget *w : std::as_const(visited)) {
        if (!input->isAncestorOf(w)) {
            inButtons = true;
            continue;
        }
        QVERIFY2(
            !inButtons, qPrintable(QStringLiteral("%1 after the wizard's buttons").arg(w->objectName())));
        const int y = w->mapTo(&wizard, QPoint(0, 0)).y();
        QVERIFY2(y + 4 >= lastY,
            qPrintable(QStringLiteral("%1 above the control before it").arg(w->objectName())));
        lastY = y;
    }
}

// "My mail lands in spam": the headers of a message that arrived, pasted
// where a bounce goes, are read as such, not as a refusal.
void TestWizardFlow::arrivedMessagePasted()
{
    QFile file(Test::sourceDir() + QStringLiteral("/tests/data/messages/third-party-sender.eml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString headers = QString::fromUtf8(file.readAll());
    MainWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *input = Test::chooseStart(wizard, QStringLiteral("chooseBounce"));
    QVERIFY(input);
    input->bounceEdit()->setPlainText(headers);
    QTRY_VERIFY(input->understoodLabel()->text().contains(QLatin1String("Not a bounce")));
    QVERIFY(input->understoodLabel()->text().contains(QLatin1String("Sent through carerix.test")));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(Test::throughChecks(wizard));
    auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
    QVERIFY(results);
    QCOMPARE(results->summaryLabel()->text(),
        QStringLiteral(
            "A message that arrived. What its headers show: Sent through carerix.test with uwdomein.test "
            "as From: neither SPF nor DKIM is for uwdomein.test"));
    const QString plain = wizard.session()->plainText();
    QVERIFY2(plain.contains(QLatin1String("Have carerix.test sign your mail with DKIM for uwdomein.test")),
        qPrintable(plain));
    QVERIFY2(!plain.contains(QLatin1String("refused")), qPrintable(plain));
}

void TestWizardFlow::spamSymptomWithHeaders()
{
    QFile file(Test::sourceDir() + QStringLiteral("/tests/data/messages/third-party-sender.eml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_languages->setLanguage(QStringLiteral("nl"));
    MainWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *input = Test::chooseStart(wizard, QStringLiteral("chooseSymptom"));
    QVERIFY(input);
    QListWidget *list = input->symptomList();
    const int row = Test::symptomRow(list, QStringLiteral("lands-in-spam"));
    QVERIFY(row >= 0);
    QVERIFY(!input->headersEdit()->isVisible());
    list->setCurrentRow(row);
    QVERIFY(input->headersEdit()->isVisible());
    input->headersEdit()->setPlainText(QString::fromUtf8(file.readAll()));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(Test::throughChecks(wizard));
    const Report report = wizard.session()->report();
    QStringList ids;
    for (const Finding &f : report.findings)
        ids << f.id;
    QVERIFY2(ids.contains(QStringLiteral("symptom-lands-in-spam")), qPrintable(ids.join(QLatin1Char(' '))));
    QVERIFY2(ids.contains(QStringLiteral("msg-not-aligned")), qPrintable(ids.join(QLatin1Char(' '))));
    const QString plain = wizard.session()->plainText();
    QVERIFY2(plain.contains(QLatin1String("Verstuurd via carerix.test met uwdomein.test als afzender")),
        qPrintable(plain));
    // The checks ask about the sender the headers name.
    QCOMPARE(wizard.session()->checkRequest().domain, QStringLiteral("uwdomein.test"));
    QCOMPARE(wizard.session()->checkRequest().sendingIp.toString(), QStringLiteral("192.0.2.25"));
}

void TestWizardFlow::pasteAndDiagnose(MainWizard &wizard, const QString &text)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::mouseClick(wizard.findChild<QCommandLinkButton *>(QStringLiteral("chooseBounce")), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MainWizard::InputPageId));
    auto *input = qobject_cast<InputPage *>(wizard.currentPage());
    QVERIFY(input);
    input->bounceEdit()->setPlainText(text);
    // What was understood shows up below the paste area without pressing anything.
    QTRY_VERIFY(input->understoodLabel()->text().contains(QLatin1String("someone@gmail.com")));
    QVERIFY(input->understoodLabel()->text().contains(QLatin1String("5.7.26")));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MainWizard::ChecksPageId));
    QVERIFY(Test::throughChecks(wizard));
}

void TestWizardFlow::bounceToChecklist()
{
    MainWizard wizard(m_languages);
    pasteAndDiagnose(wizard, gmailBounce);
    auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
    QVERIFY(results);
    const Report &report = wizard.session()->report();
    QCOMPARE(report.reason, QStringLiteral("authfailure"));
    QVERIFY(!report.findings.isEmpty());
    const Finding &main = report.findings.first();
    QTreeWidgetItem *item = findingItem(results->findingsTree(), main.title);
    QVERIFY(item);
    QCOMPARE(results->findingsTree()->topLevelItem(0), item); // the failure comes first
    const QList<QTreeWidgetItem *> fixes = fixItems(item);
    QCOMPARE(fixes.size(), main.fixes.size());
    QVERIFY(!fixes.isEmpty());
    for (QTreeWidgetItem *fix : fixes) {
        QVERIFY(fix->flags() & Qt::ItemIsUserCheckable);
        QCOMPARE(fix->checkState(0), Qt::Unchecked);
    }
    QVERIFY(results->summaryLabel()->text().contains(QLatin1String("someone@gmail.com")));
    QVERIFY(results->summaryLabel()->text().contains(main.title));

    // The evidence shows the server's words.
    results->evidenceButton()->click();
    QVERIFY(results->evidenceView()->isVisible());
    QVERIFY(results->evidenceView()->toPlainText().contains(QLatin1String("5.7.26")));
}

void TestWizardFlow::tickSurvivesLanguageSwitch_data()
{
    QTest::addColumn<QStringList>("languages");
    QTest::newRow("nl then ru") << QStringList { QStringLiteral("nl"), QStringLiteral("ru") };
    QTest::newRow("ru then back to en") << QStringList { QStringLiteral("ru"), QStringLiteral("en") };
}

void TestWizardFlow::tickSurvivesLanguageSwitch()
{
    QFETCH(QStringList, languages);
    MainWizard wizard(m_languages);
    pasteAndDiagnose(wizard, gmailBounce);
    auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
    QTreeWidgetItem *finding = results->findingsTree()->topLevelItem(0);
    QVERIFY(finding);
    const QString findingId = finding->data(0, ResultsPage::FindingIdRole).toString();
    QList<QTreeWidgetItem *> fixes = fixItems(finding);
    QVERIFY(fixes.size() >= 2);
    const QString tickedFix = fixes.at(1)->data(0, ResultsPage::FixIdRole).toString();
    fixes.at(1)->setCheckState(0, Qt::Checked);
    QVERIFY(wizard.session()->isFixDone(findingId, tickedFix));
    // The Report itself carries the tick, for the PDF.
    bool inReport = false;
    for (const Finding &f : wizard.session()->report().findings)
        for (const Fix &fix : f.fixes)
            inReport = inReport || (f.id == findingId && fix.id == tickedFix && fix.done);
    QVERIFY(inReport);

    QString previousTitle = finding->text(0);
    for (const QString &code : languages) {
        QAction *action
            = wizard.languageButton()->menu()->findChild<QAction *>(QStringLiteral("language_") + code);
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY(results->findingsTree()->topLevelItem(0)
            && results->findingsTree()->topLevelItem(0)->text(0) != previousTitle);
        QCOMPARE(wizard.session()->report().language, code);
        finding = results->findingsTree()->topLevelItem(0);
        QCOMPARE(finding->data(0, ResultsPage::FindingIdRole).toString(), findingId);
        previousTitle = finding->text(0);
        if (code == QLatin1String("ru"))
            QVERIFY(previousTitle.contains(QRegularExpression(QStringLiteral("[а-яА-Я]"))));
        QVERIFY(results->summaryLabel()->text().contains(previousTitle));
        fixes = fixItems(finding);
        for (QTreeWidgetItem *fix : fixes) {
            const bool ticked = fix->data(0, ResultsPage::FixIdRole).toString() == tickedFix;
            QCOMPARE(fix->checkState(0), ticked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void TestWizardFlow::copyAndStartOver()
{
    MainWizard wizard(m_languages);
    pasteAndDiagnose(wizard, gmailBounce);
    auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
    QTreeWidgetItem *finding = results->findingsTree()->topLevelItem(0);
    fixItems(finding).first()->setCheckState(0, Qt::Checked);
    QApplication::clipboard()->clear();
    QTest::mouseClick(results->copyButton(), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(finding->text(0)), qPrintable(copied));
    QVERIFY(copied.contains(QLatin1String("[x] ") + fixItems(finding).first()->text(0)));
    QVERIFY(copied.contains(QLatin1String("someone@gmail.com")));

    // A ticked step: Start over asks first.
    int asked = 0;
    Test::answerNextMessageBox(QMessageBox::Discard, &asked);
    QTest::mouseClick(results->startOverButton(), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QCOMPARE(wizard.currentId(), int(MainWizard::StartPageId));
    QVERIFY(wizard.session()->report().findings.isEmpty());
    QVERIFY(wizard.session()->bounceText().isEmpty());
    auto *input = Test::chooseStart(wizard, QStringLiteral("chooseBounce"));
    QVERIFY(input);
    QVERIFY(input->bounceEdit()->toPlainText().isEmpty());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

// Esc on the results page asks before ticked steps or an unexported
// diagnosis are lost; once exported, with nothing ticked, it just closes.
void TestWizardFlow::strayKeyLosesNothing()
{
    MainWizard wizard(m_languages);
    pasteAndDiagnose(wizard, gmailBounce);
    auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
    QVERIFY(results);

    int asked = 0;
    Test::answerNextMessageBox(QMessageBox::Cancel, &asked);
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QCOMPARE(asked, 1);
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(MainWizard::ResultsPageId));

    QTemporaryDir dir;
    QVERIFY(results->exportPdfTo(dir.filePath(QStringLiteral("report.pdf"))));
    QVERIFY(!results->hasWorkToLose());
    fixItems(results->findingsTree()->topLevelItem(0)).first()->setCheckState(0, Qt::Checked);
    QVERIFY(results->hasWorkToLose()); // ticked after the export
    Test::answerNextMessageBox(QMessageBox::Discard, &asked);
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QCOMPARE(asked, 2);
    QVERIFY(!wizard.isVisible());
}

void TestWizardFlow::symptomQuestionsKeepPasswordInMemory()
{
    const QString secret = QStringLiteral("Sup3r-Secret-pw!");
    {
        MainWizard wizard(m_languages);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *input = Test::chooseStart(wizard, QStringLiteral("chooseSymptom"));
        QVERIFY(input);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QListWidget *list = input->symptomList();
        QVERIFY(list->count() >= 8);
        const int row = Test::symptomRow(list, QStringLiteral("cant-send"));
        QVERIFY(row >= 0);
        QCOMPARE(list->item(row)->text(), QStringLiteral("I can't send any mail"));
        list->setCurrentRow(row);
        QLineEdit *password = input->answerEdit(QStringLiteral("password"));
        QVERIFY(password && password->isVisible());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(input->answerEdit(QStringLiteral("outgoing-server"))->isVisible());
        QVERIFY(!input->answerEdit(QStringLiteral("sending-ip"))->isVisible());
        input->answerEdit(QStringLiteral("email"))->setText(QStringLiteral("me@example.com"));
        QTest::keyClicks(password, secret);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.session()->password(), secret);
        QVERIFY(Test::throughChecks(wizard));
        auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
        QVERIFY(results);
        QVERIFY(results->findingsTree()->topLevelItemCount() >= 1);
        QVERIFY(!wizard.session()->plainText().contains(secret));
        // What was not checked is named as a person reads it, not by the rule set's ids.
        const QString plain = wizard.session()->plainText();
        QVERIFY2(plain.contains(QLatin1String("the outgoing server on port 465")), qPrintable(plain));
        QVERIFY2(plain.contains(QLatin1String("logging in to the outgoing server")), qPrintable(plain));
        QVERIFY2(!plain.contains(QLatin1String("smtp-465")), qPrintable(plain));
        // Language switches and zooming write settings: none of them may carry the password.
        m_languages->setLanguage(QStringLiteral("nl"));
        wizard.zoomIn();
    }
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("zoom"));
    QVERIFY(!stored.contains(secret.toUtf8()));
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(secret));
}

// The rule loader admits only the vocabulary's probes; each needs words in
// checkNames(), or the results would show its bare id after all.
void TestWizardFlow::everyProbeHasAName()
{
    for (const QString &probe : probes())
        QVERIFY2(WizardSession::checkNames({ probe }) != probe, qPrintable(probe));
}

// The first page says a returned e-mail can be dropped on it: it can, and
// the wizard goes on to the bounce path with the file read.
void TestWizardFlow::droppedOnFirstPage()
{
    const QString path = Test::sharedDir() + QStringLiteral("/corpus/sisimai/lhost-postfix-02.eml");
    QVERIFY(QFile::exists(path));
    MainWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(MainWizard::StartPageId));
    QVERIFY(Test::dropFile(wizard.currentPage(), path));
    QCOMPARE(wizard.currentId(), int(MainWizard::InputPageId));
    auto *input = qobject_cast<InputPage *>(wizard.currentPage());
    QVERIFY(input);
    QTRY_VERIFY(input->understoodLabel()->text().contains(QLatin1String("userunknown@example.co.jp")));
    QCOMPARE(wizard.session()->mode(), WizardSession::Mode::Bounce);
}

void TestWizardFlow::automaticAnswersAreNotRefusals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("title");
    QTest::newRow("out of office") << QStringLiteral("rfc3834-01.eml") << QStringLiteral("vacation")
                                   << QStringLiteral("Automatic reply (out of office)");
    QTest::newRow("unsubscribe") << QStringLiteral("arf-26.eml") << QStringLiteral("feedback")
                                 << QStringLiteral("A recipient asked to be unsubscribed");
}

// An out-of-office answer or an unsubscribe request comes back by itself,
// but nothing was refused: the summary and the finding say so.
void TestWizardFlow::automaticAnswersAreNotRefusals()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    QFETCH(QString, title);
    QFile f(Test::sharedDir() + QStringLiteral("/corpus/sisimai/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    WizardSession session;
    session.setMode(WizardSession::Mode::Bounce);
    session.setBounceFile(file, f.readAll());
    QSignalSpy changed(&session, &WizardSession::reportChanged);
    session.startDiagnosis();
    QVERIFY(changed.wait(10000));
    const Report &report = session.report();
    QCOMPARE(report.reason, reason);
    QVERIFY(!report.findings.isEmpty());
    QCOMPARE(report.findings.first().title, title);
    QCOMPARE(int(report.findings.first().status), int(FindingStatus::Info));
    const QString summary = session.summary();
    QVERIFY2(summary.startsWith(QLatin1String("Not a bounce")), qPrintable(summary));
    QVERIFY2(summary.contains(title), qPrintable(summary));
}

// A refusal no rule explains still gets a line in the checklist with what to
// do, and the summary says plainly that the reason is not known.
void TestWizardFlow::unrecognisedRefusalStillExplained()
{
    WizardSession session;
    session.setMode(WizardSession::Mode::Bounce);
    session.setBounceText(QStringLiteral("Delivery to the following recipient failed permanently:\n\n"
                                         "    someone@example.net\n\n"
                                         "The remote server answered: 550 Rejected by tuesday rule 0x2a\n"));
    QSignalSpy changed(&session, &WizardSession::reportChanged);
    session.startDiagnosis();
    QVERIFY(changed.wait(10000));
    const Report &report = session.report();
    QCOMPARE(report.reason, QStringLiteral("undefined"));
    QCOMPARE(report.findings.size(), 1);
    const Finding &f = report.findings.first();
    QCOMPARE(int(f.status), int(FindingStatus::Fail));
    QVERIFY(!f.fixes.isEmpty());
    QVERIFY2(f.evidence.join(QLatin1Char('\n')).contains(QLatin1String("550 Rejected by tuesday rule")),
        qPrintable(f.evidence.join(QLatin1Char('\n'))));
    QCOMPARE(session.summary(),
        QStringLiteral("Your message to someone@example.net was refused, without a reason MailMedic knows."));
}

void TestWizardFlow::droppedFileShowsRecipient()
{
    const QString path = Test::sharedDir() + QStringLiteral("/corpus/sisimai/lhost-postfix-02.eml");
    QVERIFY(QFile::exists(path));
    MainWizard wizard(m_languages);
    auto *input = Test::openPath(wizard, QStringLiteral("chooseBounce"));
    QVERIFY(input);

    // Dropped from a file manager: a file URL, as a person does it.
    QVERIFY(Test::dropFile(input->bounceEdit()->viewport(), path));
    QTRY_VERIFY(input->understoodLabel()->text().contains(QLatin1String("userunknown@example.co.jp")));
    QVERIFY(!input->isLoading());
    QVERIFY(
        input->bounceEdit()->toPlainText().contains(QLatin1String("Undelivered Mail Returned to Sender")));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.session()->fileName(), QStringLiteral("lhost-postfix-02.eml"));
    QVERIFY(Test::throughChecks(wizard));
    bool found = false;
    for (const Recipient &r : wizard.session()->report().recipients)
        found = found || r.address == QLatin1String("userunknown@example.co.jp");
    QVERIFY(found);
}

// A support person reads the bounce first, then goes back to describe the
// symptom: the sender the bounce names is already filled in.
void TestWizardFlow::bounceSenderPrefillsQuestions()
{
    MainWizard wizard(m_languages);
    auto *input = Test::openPath(wizard, QStringLiteral("chooseBounce"));
    QVERIFY(input);
    input->bounceEdit()->setPlainText(
        QStringLiteral("From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
                       "Subject: Undelivered Mail Returned to Sender\n\n"
                       "<nobody@example.net>: host mx.example.net said: 550 5.1.1 User unknown\n\n"
                       "------ This is a copy of the message, including all the headers. ------\n"
                       "From: Shop Owner <Owner@Shop.Example>\n"
                       "To: nobody@example.net\n"
                       "Subject: Invoice\n\nHello\n"));
    QTRY_VERIFY(input->understoodLabel()->text().contains(QLatin1String("nobody@example.net")));
    wizard.back();
    QCOMPARE(wizard.currentId(), int(MainWizard::StartPageId));
    input = Test::chooseStart(wizard, QStringLiteral("chooseSymptom"));
    QVERIFY(input);
    QCOMPARE(input->answerEdit(QStringLiteral("email"))->text(), QStringLiteral("owner@shop.example"));
    QCOMPARE(input->answerEdit(QStringLiteral("domain"))->text(), QStringLiteral("shop.example"));
}

void TestWizardFlow::hugeFileGetsMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Sparse: 65 MB on paper, nothing on disk.
    QVERIFY(file.resize(65LL * 1024 * 1024));
    file.close();
    MainWizard wizard(m_languages);
    wizard.show();
    auto *input = Test::chooseStart(wizard, QStringLiteral("chooseBounce"));
    input->loadFile(path);
    auto *label = wizard.findChild<QLabel *>(QStringLiteral("fileLabel"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("64 MB")), qPrintable(label->text()));
    QVERIFY(!input->isLoading());
    input->loadFile(dir.filePath(QStringLiteral("missing.eml")));
    QVERIFY(label->text().contains(QLatin1String("missing.eml")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestWizardFlow::domainValidation_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("offersPartAfterAt");
    QTest::newRow("plain") << QStringLiteral("example.com") << QStringLiteral("example.com") << false;
    QTest::newRow("upper case, dot") << QStringLiteral("Example.COM.") << QStringLiteral("example.com")
                                     << false;
    QTest::newRow("address") << QStringLiteral("user@example.com") << QStringLiteral("example.com") << true;
    QTest::newRow("idn") << QStringLiteral("bücher.example") << QStringLiteral("xn--bcher-kva.example")
                         << false;
    QTest::newRow("no dot") << QStringLiteral("localhost") << QString() << false;
    QTest::newRow("spaces") << QStringLiteral("exa mple.com") << QString() << false;
}

void TestWizardFlow::domainValidation()
{
    QFETCH(QString, typed);
    QFETCH(QString, domain);
    QFETCH(bool, offersPartAfterAt);
    QCOMPARE(DomainName::fromInput(typed), domain);

    MainWizard wizard(m_languages);
    wizard.show();
    auto *input = Test::chooseStart(wizard, QStringLiteral("chooseDomain"));
    input->domainEdit()->setText(typed);
    auto *use = wizard.findChild<QPushButton *>(QStringLiteral("useDomainButton"));
    QCOMPARE(use->isVisible(), offersPartAfterAt);
    QCOMPARE(wizard.button(QWizard::NextButton)->isEnabled(), !domain.isEmpty() && !offersPartAfterAt);
    if (offersPartAfterAt) {
        QVERIFY(input->domainMessage()->text().contains(domain));
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(input->domainEdit()->text(), domain);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    } else if (domain.isEmpty()) {
        QVERIFY(!input->domainMessage()->text().isEmpty());
    }
    if (wizard.button(QWizard::NextButton)->isEnabled()) {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(QSettings().value(QStringLiteral("ui/recentDomains")).toStringList().value(0), domain);
    }
}

void TestWizardFlow::zoomIsRemembered()
{
    int zoomed = 0;
    qreal size = 0;
    {
        MainWizard wizard(m_languages);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.activateWindow();
        QTRY_VERIFY(wizard.isActiveWindow());
        const qreal before = wizard.font().pointSizeF();
        auto *bounce = wizard.findChild<QCommandLinkButton *>(QStringLiteral("chooseBounce"));
        QTest::keyClick(bounce, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(bounce, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(wizard.zoomPercent(), 120);
        QVERIFY(wizard.font().pointSizeF() > before);
        QVERIFY(bounce->font().pointSizeF() > before); // pages follow
        QTest::keyClick(bounce, Qt::Key_Minus, Qt::ControlModifier);
        zoomed = wizard.zoomPercent();
        size = wizard.font().pointSizeF();
        QCOMPARE(zoomed, 110);
    }
    MainWizard again(m_languages);
    QCOMPARE(again.zoomPercent(), zoomed);
    QCOMPARE(again.font().pointSizeF(), size);
    again.resetZoom();
    QCOMPARE(QSettings().value(QStringLiteral("ui/zoom")).toInt(), 100);
}

void TestWizardFlow::syntaxDefinitionsLoad()
{
#ifdef MAILMEDIC_HAVE_KSH
    QVERIFY(Syntax::isAvailable());
    QVERIFY(Syntax::hasDefinition(Syntax::bounceDefinition()));
    QVERIFY(Syntax::hasDefinition(Syntax::transcriptDefinition()));
    QVERIFY(Syntax::hasDefinition(QStringLiteral("Email")));
#else
    // This build has no KSyntaxHighlighting: the views stay plain text.
    QVERIFY(!Syntax::isAvailable());
    QVERIFY(!Syntax::hasDefinition(Syntax::bounceDefinition()));
#endif
}

QTEST_MAIN(TestWizardFlow)
#include "TestWizardFlow.moc"
