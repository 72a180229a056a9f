// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace MailMedic {

class WizardSession;

// Runs the diagnosis in the background and shows one row per step with its
// state, so the user sees that something is happening and what.
class ChecksPage : public QWizardPage
{
    Q_OBJECT
public:
    ChecksPage(WizardSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void finish();

    WizardSession *m_session;
    QProgressBar *m_progress;
    QTreeWidget *m_steps;
    QElapsedTimer m_timer;
    bool m_done = false;
    bool m_running = false;
};

} // namespace MailMedic
