// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvancedSettingsDialog.h"
#include "ChecksPage.h"
#include "InputPage.h"
#include "KnotServer.h"
#include "LanguageManager.h"
#include "MainWizard.h"
#include "ResultsPage.h"
#include "SmtpServer.h"
#include "TestSupport.h"
#include "WizardSession.h"
#include "WizardTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace MailMedic;
using MailMedic::Test::KnotServer;
using MailMedic::Test::SmtpServer;

namespace {

// A Gmail 5.7.26 rejection as customers paste it: the error text only, no
// returned message, so the sender's domain has to be typed.
const QString gmailBounce
    = QStringLiteral("550-5.7.26 This message does not have authentication information or fails to\n"
                     "550-5.7.26 pass authentication checks. To best protect our users from spam, the\n"
                     "550 5.7.26 message has been blocked. gsmtp\n");
const QString secret = QStringLiteral("Wizard-Pa55-never-stored");
const QString user = QStringLiteral("me@shop.test");

// Live runs against loopback servers end well within this; the bound only
// keeps a broken run from hanging the suite.
constexpr int RunBoundMs = 30000;

} // namespace

// The wizard's Checks page running the real live checks, as a support person
// sees it: against a real Knot DNS server and a real SMTP server with TLS on
// loopback, and against a nameserver that never answers.
class TestWizardChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void requestFromAnswers_data();
    void requestFromAnswers();
    void domainChecksAgainstKnot();
    void cantSendProbesServerWithAuth();
    void cancelAgainstSilentNameserver();
    void bounceWithSenderDomainRunsSpfAndDmarc();
    void languageSwitchWhileChecking();
    void companyCaFromAdvancedSettings();
    void checkAgainMarksWhatChanged();

private:
    void useNameserver(const QString &nameserver, int timeoutSeconds);
    ChecksPage *startDomainChecks(MainWizard &wizard, const QString &domain);
    QTreeWidgetItem *liveRow(ChecksPage *page, const QString &id) const;
    QStringList rowStates(ChecksPage *page) const;
    static QStringList findingIds(const Report &report);
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_settingsDir;
    LanguageManager *m_languages = nullptr;
    KnotServer m_dns;
    SmtpServer m_smtp;
    Test::SilentNameserver m_silent;
};

void TestWizardChecks::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    Test::useScratchSettings(QStringLiteral("TestWizardChecks"), m_settingsDir.path());
    qunsetenv("MAILMEDIC_OFFLINE");
    m_languages = new LanguageManager(this);

    m_dns.addZone(QStringLiteral("shop.test"), Test::shopTestZone());
    QString error;
    QVERIFY2(m_dns.start(&error), qPrintable(error));
    m_smtp.setCredentials(user, secret);
    QVERIFY2(m_smtp.start(&error), qPrintable(error));
    QVERIFY(m_silent.listen());
}

void TestWizardChecks::init()
{
    QSettings().clear();
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestWizardChecks::cleanup()
{
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestWizardChecks::useNameserver(const QString &nameserver, int timeoutSeconds)
{
    CheckSettings settings;
    settings.nameserver = nameserver;
    settings.timeoutSeconds = timeoutSeconds;
    settings.save();
}

ChecksPage *TestWizardChecks::startDomainChecks(MainWizard &wizard, const QString &domain)
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return nullptr;
    auto *input = Test::chooseStart(wizard, QStringLiteral("chooseDomain"));
    if (!input)
        return nullptr;
    input->domainEdit()->setText(domain);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    return qobject_cast<ChecksPage *>(wizard.currentPage());
}

QTreeWidgetItem *TestWizardChecks::liveRow(ChecksPage *page, const QString &id) const
{
    QTreeWidget *tree = page->stepsTree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(ChecksPage::CheckColumn, ChecksPage::StepIdRole).toString() == id)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QStringList TestWizardChecks::rowStates(ChecksPage *page) const
{
    QStringList states;
    QTreeWidget *tree = page->stepsTree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        states << tree->topLevelItem(i)->text(ChecksPage::StateColumn);
    return states;
}

QStringList TestWizardChecks::findingIds(const Report &report)
{
    QStringList ids;
    for (const Finding &f : report.findings)
        ids << f.id;
    return ids;
}

void TestWizardChecks::screenshot(QWidget *widget, const QString &name)
{
    // MAILMEDIC_SCREENSHOT_DIR=DIR saves what the person sees at these moments.
    const QString dir = qEnvironmentVariable("MAILMEDIC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestWizardChecks::requestFromAnswers_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("symptom");
    QTest::addColumn<QStringList>("answers"); // key=value
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("wantDomain");
    QTest::addColumn<QStringList>("wantServers");
    QTest::addColumn<QString>("wantCheck"); // one check the request must name; "" = all checks
    QTest::addColumn<QString>("wantUser");
    QTest::addColumn<QString>("wantIp");

    QTest::newRow("domain: everything about it")
        << int(WizardSession::Mode::Domain) << QString() << QStringList() << QStringLiteral("shop.test")
        << QStringLiteral("shop.test") << QStringList() << QString() << QString() << QString();
    QTest::newRow("domain with a server")
        << int(WizardSession::Mode::Domain) << QString()
        << QStringList { QStringLiteral("outgoing-server=smtps://mail.shop.test") }
        << QStringLiteral("shop.test") << QStringLiteral("shop.test")
        << QStringList { QStringLiteral("smtps://mail.shop.test") } << QString() << QString() << QString();
    QTest::newRow("can't send: server, user from the address")
        << int(WizardSession::Mode::Symptom) << QStringLiteral("cant-send")
        << QStringList { QStringLiteral("email=Me@Shop.Test"),
               QStringLiteral("outgoing-server=mail.shop.test") }
        << QString() << QStringLiteral("shop.test") << QStringList { QStringLiteral("mail.shop.test") }
        << QStringLiteral("smtp-auth") << QStringLiteral("Me@Shop.Test") << QString();
    QTest::newRow("some bounce: the sending address")
        << int(WizardSession::Mode::Symptom) << QStringLiteral("some-bounce")
        << QStringList { QStringLiteral("email=info@shop.test"), QStringLiteral("sending-ip=192.0.2.10") }
        << QString() << QStringLiteral("shop.test") << QStringList() << QStringLiteral("spf") << QString()
        << QStringLiteral("192.0.2.10");
    QTest::newRow("some bounce: a private address is not the sender's")
        << int(WizardSession::Mode::Symptom) << QStringLiteral("some-bounce")
        << QStringList { QStringLiteral("domain=other.test"), QStringLiteral("email=info@shop.test"),
               QStringLiteral("sending-ip=192.168.1.20") }
        << QString() << QStringLiteral("other.test") << QStringList() << QStringLiteral("ptr") << QString()
        << QString();
}

void TestWizardChecks::requestFromAnswers()
{
    QFETCH(int, mode);
    QFETCH(QString, symptom);
    QFETCH(QStringList, answers);
    QFETCH(QString, domain);
    QFETCH(QString, wantDomain);
    QFETCH(QStringList, wantServers);
    QFETCH(QString, wantCheck);
    QFETCH(QString, wantUser);
    QFETCH(QString, wantIp);

    WizardSession session;
    session.setMode(WizardSession::Mode(mode));
    session.setSymptom(symptom);
    QMap<QString, QString> map;
    for (const QString &a : answers)
        map.insert(a.section(QLatin1Char('='), 0, 0), a.section(QLatin1Char('='), 1));
    session.setAnswers(map);
    session.setDomain(domain);
    session.setPassword(secret);
    const CheckRequest request = session.checkRequest();
    QCOMPARE(request.domain, wantDomain);
    QCOMPARE(request.servers, wantServers);
    if (wantCheck.isEmpty())
        QVERIFY2(request.checks.isEmpty(), qPrintable(request.checks.join(QLatin1Char(','))));
    else
        QVERIFY2(request.checks.contains(wantCheck), qPrintable(request.checks.join(QLatin1Char(','))));
    QCOMPARE(request.user, wantUser);
    QCOMPARE(request.sendingIp.isNull() ? QString() : request.sendingIp.toString(), wantIp);
    // The password reaches the probe only when the checks start.
    QVERIFY(request.password.isEmpty());
}

void TestWizardChecks::domainChecksAgainstKnot()
{
    MainWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *input = Test::chooseStart(wizard, QStringLiteral("chooseDomain"));
    QVERIFY(input);
    input->domainEdit()->setText(QStringLiteral("shop.test"));

    // The nameserver is set the way a support person does it: Advanced….
    QTest::mouseClick(input->advancedButton(), Qt::LeftButton);
    AdvancedSettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = input->findChild<AdvancedSettingsDialog *>()) && dialog->isVisible());
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    dialog->nameserverEdit()->setText(QStringLiteral("ns.shop.test"));
    QVERIFY(!ok->isEnabled()); // a name is no nameserver address
    dialog->nameserverEdit()->setText(QStringLiteral("127.0.0.1:99999"));
    QVERIFY(!ok->isEnabled());
    dialog->nameserverEdit()->setText(m_dns.nameserver());
    QVERIFY(ok->isEnabled());
    dialog->timeoutSpin()->setValue(20);
    QVERIFY(!dialog->offlineCheck()->isChecked());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!input->findChild<AdvancedSettingsDialog *>());
    QCOMPARE(QSettings().value(QStringLiteral("checks/nameserver")).toString(), m_dns.nameserver());
    QCOMPARE(QSettings().value(QStringLiteral("checks/timeout")).toInt(), 20);

    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    auto *checks = qobject_cast<ChecksPage *>(wizard.currentPage());
    QVERIFY(checks);
    // One row per check, there before the first answer comes back.
    QVERIFY(liveRow(checks, QStringLiteral("dns-mx")));
    QVERIFY(liveRow(checks, QStringLiteral("dns-spf")));
    QVERIFY(liveRow(checks, QStringLiteral("dns-dmarc")));
    QVERIFY(checks->cancelButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), RunBoundMs);
    QProgressBar *progress = checks->progressBar();
    QVERIFY(progress->maximum() >= 3);
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY(!checks->cancelButton()->isEnabled());
    QTreeWidgetItem *mx = liveRow(checks, QStringLiteral("dns-mx"));
    QCOMPARE(mx->text(ChecksPage::StateColumn), QStringLiteral("OK"));
    QCOMPARE(mx->text(ChecksPage::TargetColumn), QStringLiteral("shop.test"));
    QVERIFY(mx->text(ChecksPage::TimeColumn).endsWith(QLatin1String(" ms")));
    QVERIFY(!rowStates(checks).contains(QStringLiteral("running…")));
    QVERIFY(checks->statusLabel()->text().contains(QLatin1String("done")));

    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
    QVERIFY(results);
    const Report &report = wizard.session()->report();
    const QStringList ids = findingIds(report);
    QVERIFY2(ids.contains(QStringLiteral("mx-ok")), qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY2(ids.contains(QStringLiteral("dmarc-ok")), qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY(!ids.contains(QStringLiteral("live-checks"))); // they did run
    bool mxPass = false;
    QTreeWidget *tree = results->findingsTree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QString id = tree->topLevelItem(i)->data(0, ResultsPage::FindingIdRole).toString();
        for (const Finding &f : report.findings)
            mxPass
                = mxPass || (id == QLatin1String("mx-ok") && f.id == id && f.status == FindingStatus::Pass);
    }
    QVERIFY(mxPass);
    // The checklist shows the passes last: whatever needs work comes first.
    QTreeWidgetItem *last = tree->topLevelItem(tree->topLevelItemCount() - 1);
    for (const Finding &f : report.findings)
        if (f.id == last->data(0, ResultsPage::FindingIdRole).toString())
            QCOMPARE(toString(f.status), QStringLiteral("pass"));
    results->evidenceButton()->click();
    QVERIFY(!report.probes.isEmpty());
    screenshot(&wizard, QStringLiteral("checks-results-domain"));
}

void TestWizardChecks::cantSendProbesServerWithAuth()
{
    useNameserver(m_dns.nameserver(), 20);
    QString copied;
    QString evidence;
    {
        MainWizard wizard(m_languages);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *input = Test::chooseStart(wizard, QStringLiteral("chooseSymptom"));
        QVERIFY(input);
        QListWidget *list = input->symptomList();
        list->setCurrentRow(Test::symptomRow(list, QStringLiteral("cant-send")));
        QVERIFY(list->currentRow() >= 0);
        input->answerEdit(QStringLiteral("email"))->setText(user);
        input->answerEdit(QStringLiteral("outgoing-server"))
            ->setText(QStringLiteral("smtps://127.0.0.1:%1").arg(m_smtp.implicitTlsPort()));
        input->answerEdit(QStringLiteral("username"))->setText(user);
        QTest::keyClicks(input->answerEdit(QStringLiteral("password")), secret);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        auto *checks = qobject_cast<ChecksPage *>(wizard.currentPage());
        QVERIFY(checks);
        QVERIFY(liveRow(checks, QStringLiteral("smtps")));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), RunBoundMs);
        QVERIFY(liveRow(checks, QStringLiteral("client-settings")));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
        QVERIFY(results);

        const Report &report = wizard.session()->report();
        // What reading the symptom gives stays first; the live findings follow.
        QVERIFY(!report.findings.isEmpty());
        QCOMPARE(report.findings.first().id, QStringLiteral("symptom-cant-send"));
        bool banner = false;
        for (const Probe &p : report.probes)
            for (const QString &line : p.transcript)
                banner = banner || line.contains(QLatin1String("S: 220 "));
        QVERIFY2(banner, qPrintable(findingIds(report).join(QLatin1Char(','))));
        const QStringList ids = findingIds(report);
        QVERIFY2(ids.contains(QStringLiteral("auth-ok")), qPrintable(ids.join(QLatin1Char(','))));

        results->evidenceButton()->click();
        evidence = results->evidenceView()->toPlainText();
        QVERIFY(evidence.contains(QLatin1String("S: 220 ")));
        screenshot(&wizard, QStringLiteral("checks-results-cant-send"));
        QApplication::clipboard()->clear();
        QTest::mouseClick(results->copyButton(), Qt::LeftButton);
        copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(QLatin1String("Outgoing server")) || copied.contains(user));
        m_languages->setLanguage(QStringLiteral("nl")); // a switch writes settings too
    }
    QVERIFY(!copied.contains(secret));
    QVERIFY(!evidence.contains(secret));
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("nameserver"));
    QVERIFY(!stored.contains(secret.toUtf8()));
}

void TestWizardChecks::cancelAgainstSilentNameserver()
{
    useNameserver(m_silent.address(), 20);
    MainWizard wizard(m_languages);
    ChecksPage *checks = startDomainChecks(wizard, QStringLiteral("shop.test"));
    QVERIFY(checks);
    QTRY_VERIFY(rowStates(checks).contains(QStringLiteral("running…")));
    QTest::qWait(300); // long enough for the running rows to show their time
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(&wizard, QStringLiteral("checks-running"));

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(checks->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(checks->statusLabel()->text().contains(QLatin1String("Cancelled"))
            && wizard.button(QWizard::NextButton)->isEnabled(),
        1000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    // The window still answers: a queued call runs, a repaint happens.
    bool responded = false;
    QTimer::singleShot(0, &wizard, [&responded] { responded = true; });
    QTRY_VERIFY_WITH_TIMEOUT(responded, 1000);
    wizard.repaint();
    const QStringList states = rowStates(checks);
    QVERIFY(!states.contains(QStringLiteral("running…")));
    QVERIFY2(states.contains(QStringLiteral("cancelled")), qPrintable(states.join(QLatin1Char(','))));
    screenshot(&wizard, QStringLiteral("checks-cancelled"));

    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MainWizard::ResultsPageId));
    const Report &report = wizard.session()->report();
    QVERIFY(!report.findings.isEmpty());
    bool cancelled = false;
    for (const Finding &f : report.findings) {
        QVERIFY2(f.status != FindingStatus::Fail, qPrintable(f.id)); // could not ask is never a failure
        cancelled
            = cancelled || (f.status == FindingStatus::Untested && f.cause == QLatin1String("cancelled"));
    }
    QVERIFY(cancelled);
    QCOMPARE(wizard.session()->liveOutcome(), WizardSession::LiveOutcome::Cancelled);
}

void TestWizardChecks::bounceWithSenderDomainRunsSpfAndDmarc()
{
    useNameserver(m_dns.nameserver(), 20);
    MainWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *input = Test::chooseStart(wizard, QStringLiteral("chooseBounce"));
    QVERIFY(input);
    input->bounceEdit()->setPlainText(gmailBounce);
    QTRY_VERIFY(input->understoodLabel()->text().contains(QLatin1String("5.7.26")));
    QVERIFY(input->senderDomainEdit()->isVisible());
    input->senderDomainEdit()->setText(QStringLiteral("Shop.Test"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    auto *checks = qobject_cast<ChecksPage *>(wizard.currentPage());
    QVERIFY(checks);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), RunBoundMs);
    QVERIFY(liveRow(checks, QStringLiteral("read-input")));
    QTreeWidgetItem *spf = liveRow(checks, QStringLiteral("dns-spf"));
    QTreeWidgetItem *dmarc = liveRow(checks, QStringLiteral("dns-dmarc"));
    QVERIFY(spf && dmarc);
    QCOMPARE(dmarc->text(ChecksPage::StateColumn), QStringLiteral("OK"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    const Report &report = wizard.session()->report();
    QCOMPARE(report.reason, QStringLiteral("authfailure"));
    const QStringList ids = findingIds(report);
    QVERIFY2(ids.contains(QStringLiteral("dmarc-ok")), qPrintable(ids.join(QLatin1Char(','))));
    // The bounce's own explanation stays first; the checklist puts the failure on top.
    QCOMPARE(toString(report.findings.first().status), QStringLiteral("fail"));
    auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
    QCOMPARE(results->findingsTree()->topLevelItem(0)->data(0, ResultsPage::FindingIdRole).toString(),
        report.findings.first().id);
}

void TestWizardChecks::languageSwitchWhileChecking()
{
    useNameserver(m_silent.address(), 2);
    MainWizard wizard(m_languages);
    ChecksPage *checks = startDomainChecks(wizard, QStringLiteral("shop.test"));
    QVERIFY(checks);
    QTreeWidgetItem *spf = liveRow(checks, QStringLiteral("dns-spf"));
    QVERIFY(spf);
    const int rows = checks->stepsTree()->topLevelItemCount();
    QCOMPARE(spf->text(ChecksPage::StateColumn), QStringLiteral("running…"));

    m_languages->setLanguage(QStringLiteral("nl"));
    QTRY_COMPARE(checks->title(), QStringLiteral("Controleren"));
    QCOMPARE(spf->text(ChecksPage::CheckColumn), QStringLiteral("SPF-record"));
    QCOMPARE(spf->text(ChecksPage::StateColumn), QStringLiteral("bezig…"));
    screenshot(&wizard, QStringLiteral("checks-running-nl"));
    m_languages->setLanguage(QStringLiteral("ru"));
    QTRY_COMPARE(spf->text(ChecksPage::CheckColumn), QStringLiteral("Запись SPF"));

    // The silent nameserver runs the checks into their time limit: untested, in Russian.
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), RunBoundMs);
    QVERIFY(checks->stepsTree()->topLevelItemCount() >= rows);
    QCOMPARE(spf->text(ChecksPage::StateColumn), ReportText::statusText(FindingStatus::Untested));
    QVERIFY(spf->text(ChecksPage::StateColumn).contains(QRegularExpression(QStringLiteral("[а-я]"))));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    const Report &report = wizard.session()->report();
    QCOMPARE(report.language, QStringLiteral("ru"));
    bool timedOut = false;
    for (const Finding &f : report.findings)
        timedOut = timedOut || (f.status == FindingStatus::Untested && f.cause == QLatin1String("timeout"));
    QVERIFY2(timedOut, qPrintable(findingIds(report).join(QLatin1Char(','))));
    // A switch on the results page keeps the live findings and rewrites their texts.
    const int findings = int(report.findings.size());
    QString russianTitle;
    for (const Finding &f : report.findings)
        if (f.cause == QLatin1String("timeout") && russianTitle.isEmpty())
            russianTitle = f.title;
    m_languages->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(wizard.session()->report().language, QStringLiteral("en"));
    QCOMPARE(int(wizard.session()->report().findings.size()), findings);
    QString englishTitle;
    for (const Finding &f : wizard.session()->report().findings)
        if (f.cause == QLatin1String("timeout") && englishTitle.isEmpty())
            englishTitle = f.title;
    QVERIFY(!russianTitle.isEmpty());
    QVERIFY2(englishTitle != russianTitle, qPrintable(englishTitle));
    QVERIFY2(
        englishTitle.contains(QLatin1String("could not be")) || englishTitle.contains(QLatin1String("not")),
        qPrintable(englishTitle));
}

QTEST_MAIN(TestWizardChecks)
#include "TestWizardChecks.moc"

// A support desk with its own CA: the advanced settings take its
// certificate, refuse a file that holds none, remember it, and the probe
// then trusts the server that CA issued.
void TestWizardChecks::companyCaFromAdvancedSettings()
{
    useNameserver(m_dns.nameserver(), 20);
    MainWizard wizard(m_languages);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *input = Test::chooseStart(wizard, QStringLiteral("chooseDomain"));
    QVERIFY(input);
    input->domainEdit()->setText(QStringLiteral("shop.test"));
    input->serverEdit()->setText(QStringLiteral("smtps://127.0.0.1:%1").arg(m_smtp.implicitTlsPort()));

    QTest::mouseClick(input->advancedButton(), Qt::LeftButton);
    AdvancedSettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = input->findChild<AdvancedSettingsDialog *>()) && dialog->isVisible());
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(dialog->caFileEdit()->text().isEmpty());
    dialog->caFileEdit()->setText(m_settingsDir.filePath(QStringLiteral("no-such-ca.pem")));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->caFileMessage()->isVisible());
    QVERIFY(dialog->caFileMessage()->text().contains(QLatin1String("PEM")));
    dialog->caFileEdit()->setText(m_smtp.caCertificatePath());
    QVERIFY(ok->isEnabled());
    QVERIFY(!dialog->caFileMessage()->isVisible());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!input->findChild<AdvancedSettingsDialog *>());
    QCOMPARE(QSettings().value(QStringLiteral("checks/caFile")).toString(), m_smtp.caCertificatePath());

    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), RunBoundMs);
    const QStringList ids = findingIds(wizard.session()->report());
    QVERIFY2(ids.contains(QStringLiteral("tls-ok")), qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY2(!ids.contains(QStringLiteral("tls-untrusted-root")), qPrintable(ids.join(QLatin1Char(','))));

    // Remembered for the next customer.
    AdvancedSettingsDialog again;
    QCOMPARE(again.caFileEdit()->text(), m_smtp.caCertificatePath());
}

// The customer adds the DMARC record while the support engineer waits:
// "Check again" runs the same checks, the ticks stay, and what changed
// says so.
void TestWizardChecks::checkAgainMarksWhatChanged()
{
    KnotServer before; // shop.test as it was: no DMARC record yet
    before.addZone(QStringLiteral("shop.test"),
        Test::shopTestZone().remove(QRegularExpression(QStringLiteral("_dmarc[^\\n]*\\n"))));
    QString error;
    QVERIFY2(before.start(&error), qPrintable(error));
    useNameserver(before.nameserver(), 20);
    MainWizard wizard(m_languages);
    ChecksPage *checks = startDomainChecks(wizard, QStringLiteral("shop.test"));
    QVERIFY(checks);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), RunBoundMs);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
    QVERIFY(results);
    QVERIFY(results->checkAgainButton()->isVisible());
    QTreeWidget *tree = results->findingsTree();
    const auto findingItem = [tree](const QString &id) -> QTreeWidgetItem * {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, ResultsPage::FindingIdRole).toString() == id
                && tree->topLevelItem(i)->data(0, ResultsPage::KindRole).toInt() == ResultsPage::FindingItem)
                return tree->topLevelItem(i);
        return nullptr;
    };
    QTreeWidgetItem *missing = findingItem(QStringLiteral("dmarc-missing"));
    QVERIFY2(missing, qPrintable(findingIds(wizard.session()->report()).join(QLatin1Char(','))));
    QVERIFY(missing->childCount() > 1);
    // A step the engineer ticked on a finding that stays.
    QString keptId;
    QString keptFix;
    for (const Finding &f : wizard.session()->report().findings) {
        if (f.id != QLatin1String("dmarc-missing") && !f.fixes.isEmpty() && keptId.isEmpty()) {
            keptId = f.id;
            keptFix = f.fixes.first().id;
        }
    }
    if (!keptId.isEmpty())
        wizard.session()->setFixDone(keptId, keptFix, true);

    // The record is published; the engineer checks again.
    useNameserver(m_dns.nameserver(), 20);
    QSignalSpy done(wizard.session(), &WizardSession::runFinished);
    QTest::mouseClick(results->checkAgainButton(), Qt::LeftButton);
    QVERIFY(done.wait(RunBoundMs));
    QCOMPARE(wizard.currentPage(), results);
    QVERIFY2(!findingItem(QStringLiteral("dmarc-missing")),
        qPrintable(findingIds(wizard.session()->report()).join(QLatin1Char(',')) + QLatin1Char(' ')
            + QString::number(done.count())));
    bool gone = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        if (item->data(0, ResultsPage::ChangeRole).toInt() == ResultsPage::NoLongerFound) {
            gone = item->data(0, ResultsPage::FindingIdRole).toString() == QLatin1String("dmarc-missing");
            QVERIFY2(item->text(0).startsWith(QLatin1String("No longer found: ")), qPrintable(item->text(0)));
        }
    }
    QVERIFY(gone);
    QTreeWidgetItem *now = findingItem(QStringLiteral("dmarc-ok"));
    QVERIFY2(now, qPrintable(findingIds(wizard.session()->report()).join(QLatin1Char(','))));
    QCOMPARE(now->data(0, ResultsPage::ChangeRole).toInt(), int(ResultsPage::NewFinding));
    QVERIFY2(now->text(0).endsWith(QLatin1String("(new)")), qPrintable(now->text(0)));
    if (!keptId.isEmpty()) {
        QVERIFY(wizard.session()->isFixDone(keptId, keptFix));
        QTreeWidgetItem *kept = findingItem(keptId);
        QVERIFY(kept);
        QCOMPARE(kept->data(0, ResultsPage::ChangeRole).toInt(), int(ResultsPage::Unchanged));
        bool ticked = false;
        for (int i = 0; i < kept->childCount(); ++i)
            ticked = ticked
                || (kept->child(i)->data(0, ResultsPage::FixIdRole).toString() == keptFix
                    && kept->child(i)->checkState(0) == Qt::Checked);
        QVERIFY(ticked);
    }
    screenshot(&wizard, QStringLiteral("checks-results-check-again"));
}
