// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Saves a PNG of every wizard page in every language, to look at before a
// change lands:  mailmedic-screenshots OUTDIR   (under xvfb-run, or with
// QT_QPA_PLATFORM=offscreen).
#include "AdvancedSettingsDialog.h"
#include "InputPage.h"
#include "LanguageManager.h"
#include "MainWizard.h"
#include "ResultsPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace MailMedic;

namespace {

const QString gmailBounce
    = QStringLiteral("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
                     "Subject: Delivery Status Notification (Failure)\n"
                     "\n"
                     "<someone@gmail.com>: host gmail-smtp-in.l.google.com[142.250.27.26] said:\n"
                     "550-5.7.26 This message does not have authentication information or fails to\n"
                     "550-5.7.26 pass authentication checks. To best protect our users from spam, the\n"
                     "550 5.7.26 message has been blocked. https://support.google.com/mail/answer/81126\n"
                     "(in reply to end of DATA command)\n");

// Sent by a service with the customer's From (the Carerix case of the seeds).
const QString arrivedMessage = QStringLiteral(
    "Delivered-To: klant@gmail.test\n"
    "Return-Path: <bounces@mail.carerix.test>\n"
    "Received: from smtp1.carerix.test (smtp1.carerix.test. [192.0.2.25])\n"
    "        by mx.google.com with ESMTPS id a1si1\n"
    "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
    "        Mon, 02 Dec 2024 01:00:04 -0800 (PST)\n"
    "Authentication-Results: mx.google.com;\n"
    "       spf=pass (google.com: domain of bounces@mail.carerix.test designates 192.0.2.25 as permitted "
    "sender) "
    "smtp.mailfrom=bounces@mail.carerix.test;\n"
    "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=uwdomein.test\n"
    "Received: from app3.internal.carerix.test (app3.internal.carerix.test [10.1.2.3])\n"
    "        by smtp1.carerix.test (Postfix) with ESMTP id 4Y2abc; Mon,  2 Dec 2024 10:00:01 +0100 (CET)\n"
    "From: Jan Jansen <naam@uwdomein.test>\n"
    "To: klant@gmail.test\n"
    "Subject: Uw sollicitatie\n"
    "Date: Mon, 2 Dec 2024 10:00:00 +0100\n"
    "Message-ID: <abc123@carerix.test>\n");

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(outDir);
    // Leave the person's own zoom, language and recent domains alone.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    LanguageManager languages;
    int saved = 0;
    int expected = 0;
    // Every page in every language, at 100 % and zoomed for a screen share.
    for (const int zoom : { 100, 150, 200 })
        for (const LanguageManager::Language &l : LanguageManager::languages()) {
            languages.setLanguage(l.code);
            MainWizard wizard(&languages);
            wizard.show();
            if (!QTest::qWaitForWindowExposed(&wizard))
                return 1;
            wizard.setZoomPercent(zoom);
            const QString suffix = zoom == 100 ? l.code : QStringLiteral("%1-z%2").arg(l.code).arg(zoom);
            const auto shoot = [&](const QString &page) {
                QTest::qWait(150);
                ++expected;
                const QString file = QStringLiteral("%1/%2-%3.png").arg(outDir, page, suffix);
                if (wizard.grab().save(file))
                    ++saved;
            };
            const auto next = [&] {
                QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
                QTest::qWait(50);
            };
            const auto untilDone = [&] {
                return QTest::qWaitFor(
                    [&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 10000);
            };

            // Bounce path, with real findings.
            shoot(QStringLiteral("1-start"));
            QTest::mouseClick(
                wizard.findChild<QCommandLinkButton *>(QStringLiteral("chooseBounce")), Qt::LeftButton);
            auto *input = qobject_cast<InputPage *>(wizard.currentPage());
            input->bounceEdit()->setPlainText(gmailBounce);
            if (!QTest::qWaitFor(
                    [&] { return input->understoodLabel()->text().contains(QLatin1String("5.7.26")); }, 5000))
                return 1;
            shoot(QStringLiteral("2-input-bounce"));

            // Advanced settings with a team's rules folder: one good rule, one broken.
            QTemporaryDir rulesDir;
            QFile rulesFile(rulesDir.filePath(QStringLiteral("acme.json")));
            if (rulesFile.open(QIODevice::WriteOnly))
                rulesFile.write(R"({ "version": 1, "rules": [
  { "id": "acme-firewall", "reason": "blocked", "provider": "acme",
    "match": { "text": ["acme firewall says no"] }, "topics": ["blocklist-ip"],
    "title": { "en": "Acme's firewall blocked the message" }, "fixes": [] },
  { "id": "acme-typo", "reason": "blokked", "provider": "acme",
    "match": { "text": ["acme typo"] }, "topics": ["blocklist-ip"], "title": { "en": "Typo" } } ] }
)");
            rulesFile.close();
            QTest::mouseClick(input->advancedButton(), Qt::LeftButton);
            if (auto *dialog = input->findChild<AdvancedSettingsDialog *>()) {
                if (QTest::qWaitForWindowExposed(dialog)) {
                    dialog->rulesFolderEdit()->setText(rulesDir.path());
                    Q_EMIT dialog->rulesFolderEdit()->editingFinished();
                    QTest::qWait(150);
                    ++expected;
                    if (dialog->grab().save(QStringLiteral("%1/2b-advanced-%2.png").arg(outDir, suffix)))
                        ++saved;
                }
                dialog->reject();
            }
            // The checks page only shows when there is something to check;
            // a bounce that is only read goes straight to the results.
            const auto throughChecks = [&] {
                next();
                if (wizard.currentId() != int(MainWizard::ChecksPageId))
                    return true;
                if (!untilDone())
                    return false;
                shoot(QStringLiteral("3-checks"));
                next();
                return true;
            };
            if (!throughChecks())
                return 1;
            auto *results = qobject_cast<ResultsPage *>(wizard.currentPage());
            if (QTreeWidgetItem *first = results->findingsTree()->topLevelItem(0)) {
                if (first->childCount() > 1)
                    first->child(1)->setCheckState(0, Qt::Checked);
            }
            shoot(QStringLiteral("4-results"));
            results->evidenceButton()->click();
            shoot(QStringLiteral("5-results-evidence"));
            results->evidenceButton()->click();

            // Start over asks first (a step is ticked): photograph the question,
            // then discard.
            const auto discardNextQuestion = [&](bool photograph) {
                QTimer::singleShot(300, &wizard, [&, photograph] {
                    if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                        if (photograph) {
                            ++expected;
                            if (box->grab().save(
                                    QStringLiteral("%1/4b-confirm-discard-%2.png").arg(outDir, suffix)))
                                ++saved;
                        }
                        box->button(QMessageBox::Discard)->click();
                    }
                });
            };
            discardNextQuestion(true);

            // Symptom path.
            results->startOver();
            QTest::mouseClick(
                wizard.findChild<QCommandLinkButton *>(QStringLiteral("chooseSymptom")), Qt::LeftButton);
            input = qobject_cast<InputPage *>(wizard.currentPage());
            // Mail that lands in spam, with the headers of such a message.
            for (int row = 0; row < input->symptomList()->count(); ++row) {
                if (input->symptomList()->item(row)->data(Qt::UserRole).toString()
                    == QLatin1String("lands-in-spam")) {
                    input->symptomList()->setCurrentRow(row);
                    input->headersEdit()->setPlainText(arrivedMessage);
                    shoot(QStringLiteral("6b-input-spam-headers"));
                    input->headersEdit()->clear();
                }
            }
            input->symptomList()->setCurrentRow(0);
            input->answerEdit(QStringLiteral("email"))->setText(QStringLiteral("info@example.com"));
            input->answerEdit(QStringLiteral("password"))->setText(QStringLiteral("secret"));
            shoot(QStringLiteral("6-input-symptom"));
            if (!throughChecks())
                return 1;
            shoot(QStringLiteral("7-results-symptom"));

            // Domain path, with an address typed where the domain goes.
            discardNextQuestion(false);
            qobject_cast<ResultsPage *>(wizard.currentPage())->startOver();
            QTest::mouseClick(
                wizard.findChild<QCommandLinkButton *>(QStringLiteral("chooseDomain")), Qt::LeftButton);
            input = qobject_cast<InputPage *>(wizard.currentPage());
            input->domainEdit()->setText(QStringLiteral("user@example.com"));
            shoot(QStringLiteral("8-input-domain"));

            // A message that arrived (lands in spam): its headers pasted.
            wizard.restart();
            QTest::mouseClick(
                wizard.findChild<QCommandLinkButton *>(QStringLiteral("chooseBounce")), Qt::LeftButton);
            input = qobject_cast<InputPage *>(wizard.currentPage());
            input->bounceEdit()->setPlainText(arrivedMessage);
            if (!QTest::qWaitFor(
                    [&] { return input->understoodLabel()->text().contains(QLatin1String("carerix")); },
                    5000))
                return 1;
            shoot(QStringLiteral("9-input-arrived"));
            if (!throughChecks())
                return 1;
            shoot(QStringLiteral("10-results-arrived"));
            if (auto *arrivedResults = qobject_cast<ResultsPage *>(wizard.currentPage())) {
                arrivedResults->evidenceButton()->click();
                shoot(QStringLiteral("11-results-arrived-evidence"));
            }
            wizard.resetZoom();
        }
    return saved == expected ? 0 : 1;
}
