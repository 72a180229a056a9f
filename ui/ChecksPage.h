// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace MailMedic {

class WizardSession;

// Reads the input and runs the live checks (WizardSession::run()), one row
// per step with its state, target and time, so the user sees that something
// is happening and what. The checks can be cancelled from the page; Next
// then shows what was found so far.
class ChecksPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Column { CheckColumn, TargetColumn, StateColumn, TimeColumn };
    // Item data in stepsTree(), column CheckColumn.
    enum Role { StepIdRole = Qt::UserRole, StateRole, StatusRole, TimeRole, StartedRole };
    enum class RowState { Running, Finished, Cancelled, NotRun };

    ChecksPage(WizardSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    QTreeWidget *stepsTree() const { return m_steps; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *cancelButton() const { return m_cancel; }

    // A person's name for a step id (dns-mx, smtps, ...), in the current language.
    static QString stepName(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void retranslateRow(QTreeWidgetItem *row) const;
    void addLiveRow(int step, const QString &id, const QString &target);
    void finishLiveRow(int step, const Probe &probe);
    void readingDone();
    void finish();
    void updateProgress();
    void tick();
    QIcon stateIcon(RowState state, FindingStatus status) const;

    WizardSession *m_session;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    QTreeWidget *m_steps;
    QTimer *m_ticker; // running rows show their time growing
    QElapsedTimer m_timer;
    QHash<int, QTreeWidgetItem *> m_liveRows; // CheckSession step -> row
    int m_visit = 0; // counts initializePage(): what belongs to which visit
    int m_liveDone = 0;
    bool m_done = false;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace MailMedic
