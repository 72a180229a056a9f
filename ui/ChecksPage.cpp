// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecksPage.h"

#include "report/ReportText.h"

#include "ResultsPage.h"
#include "WizardSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace MailMedic {

namespace {

const QString readInputId = QStringLiteral("read-input");
const QString liveChecksId = QStringLiteral("live-checks");

} // namespace

ChecksPage::ChecksPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_steps(new QTreeWidget(this))
    , m_ticker(new QTimer(this))
{
    m_progress->setObjectName(QStringLiteral("checksProgress"));
    m_status->setObjectName(QStringLiteral("checksStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(QStringLiteral("cancelChecksButton"));
    m_cancel->setEnabled(false);
    m_steps->setObjectName(QStringLiteral("checkSteps"));
    m_steps->setColumnCount(4);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->header()->setSectionResizeMode(CheckColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(TargetColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_steps, 1);

    m_ticker->setInterval(200);
    connect(m_ticker, &QTimer::timeout, this, &ChecksPage::tick);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_running)
            return;
        m_cancelled = true;
        m_cancel->setEnabled(false);
        m_session->cancelRun();
    });
    connect(m_session, &WizardSession::readingFinished, this, &ChecksPage::readingDone);
    connect(m_session, &WizardSession::checkStarted, this, &ChecksPage::addLiveRow);
    connect(m_session, &WizardSession::checkFinished, this, &ChecksPage::finishLiveRow);
    connect(m_session, &WizardSession::runFinished, this, &ChecksPage::finish);
    retranslateUi();
}

void ChecksPage::initializePage()
{
    ++m_visit;
    m_done = false;
    m_running = true;
    m_cancelled = false;
    m_liveRows.clear();
    m_liveDone = 0;
    m_steps->clear();
    // Busy until the reading comes back: a 50 MB file takes a while.
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_timer.start();
    auto *row = new QTreeWidgetItem(m_steps);
    row->setData(CheckColumn, StepIdRole, readInputId);
    row->setData(CheckColumn, StateRole, int(RowState::Running));
    row->setData(CheckColumn, StartedRole, qint64(0));
    retranslateUi();
    m_ticker->start();
    m_session->run(); // may finish before it returns, when there is nothing to ask
}

void ChecksPage::cleanupPage()
{
    // Back: whatever still runs is of no use for the input about to change.
    m_running = false;
    m_ticker->stop();
    m_session->cancelRun();
    QWizardPage::cleanupPage();
}

void ChecksPage::readingDone()
{
    if (!m_running)
        return;
    QTreeWidgetItem *row = m_steps->topLevelItem(0);
    if (row && RowState(row->data(CheckColumn, StateRole).toInt()) == RowState::Running) {
        row->setData(CheckColumn, StateRole, int(RowState::Finished));
        row->setData(CheckColumn, TimeRole, m_timer.elapsed());
        retranslateRow(row);
    }
}

void ChecksPage::addLiveRow(int step, const QString &id, const QString &target)
{
    if (!m_running)
        return;
    auto *row = new QTreeWidgetItem(m_steps);
    row->setData(CheckColumn, StepIdRole, id);
    row->setData(CheckColumn, StateRole, int(RowState::Running));
    row->setData(CheckColumn, StartedRole, m_timer.elapsed());
    row->setText(TargetColumn, target);
    row->setText(TimeColumn, tr("%1 ms").arg(0));
    m_liveRows.insert(step, row);
    retranslateRow(row);
    updateProgress();
}

void ChecksPage::finishLiveRow(int step, const Probe &probe)
{
    QTreeWidgetItem *row = m_liveRows.value(step);
    if (!m_running || !row || RowState(row->data(CheckColumn, StateRole).toInt()) != RowState::Running)
        return;
    // What the user stopped is told apart from what could not be asked.
    const bool stopped = m_cancelled && probe.status == FindingStatus::Untested;
    row->setData(CheckColumn, StateRole, int(stopped ? RowState::Cancelled : RowState::Finished));
    row->setData(CheckColumn, StatusRole, int(probe.status));
    const qint64 ms = probe.durationMs ? *probe.durationMs
                                       : m_timer.elapsed() - row->data(CheckColumn, StartedRole).toLongLong();
    row->setData(CheckColumn, TimeRole, ms);
    ++m_liveDone;
    retranslateRow(row);
    updateProgress();
}

void ChecksPage::updateProgress()
{
    const int total = int(m_liveRows.size());
    if (total == 0)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(qMin(m_liveDone, total));
    retranslateUi();
}

void ChecksPage::finish()
{
    if (!m_running)
        return;
    readingDone(); // for a run that ended before the reading was reported
    m_running = false;
    m_ticker->stop();
    switch (m_session->liveOutcome()) {
    case WizardSession::LiveOutcome::Offline:
    case WizardSession::LiveOutcome::NothingToCheck:
    case WizardSession::LiveOutcome::Error: {
        auto *row = new QTreeWidgetItem(m_steps);
        row->setData(CheckColumn, StepIdRole, liveChecksId);
        row->setData(CheckColumn, StateRole, int(RowState::NotRun));
        break;
    }
    default:
        break;
    }
    const int total = qMax(1, int(m_liveRows.size()));
    m_progress->setRange(0, total);
    m_progress->setValue(total);
    m_cancel->setEnabled(false);
    m_done = true;
    retranslateUi();
    Q_EMIT completeChanged();
    // The message was only read: nothing to watch here, straight to the results.
    const WizardSession::LiveOutcome outcome = m_session->liveOutcome();
    if ((outcome == WizardSession::LiveOutcome::NotRun || outcome == WizardSession::LiveOutcome::Offline)
        && m_liveRows.isEmpty() && wizard() && wizard()->currentPage() == this)
        // Only this visit's: a later visit must not be cut short by it.
        QTimer::singleShot(0, wizard(), [w = QPointer<QWizard>(wizard()), this, visit = m_visit] {
            if (w && w->currentPage() == this && visit == m_visit && m_done)
                w->next();
        });
}

void ChecksPage::tick()
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_steps->topLevelItem(i);
        if (RowState(row->data(CheckColumn, StateRole).toInt()) == RowState::Running)
            row->setText(TimeColumn,
                tr("%1 ms").arg(m_timer.elapsed() - row->data(CheckColumn, StartedRole).toLongLong()));
    }
}

bool ChecksPage::isComplete() const
{
    return m_done;
}

QString ChecksPage::stepName(const QString &id)
{
    if (id == liveChecksId)
        return tr("Checking the servers and DNS");
    return ReportText::stepText(id);
}

QIcon ChecksPage::stateIcon(RowState state, FindingStatus status) const
{
    // A finished row looks like its finding on the results page.
    if (state == RowState::Finished)
        return ResultsPage::statusIcon(this, status);
    const QStyle::StandardPixmap pixmap
        = state == RowState::Running ? QStyle::SP_BrowserReload : QStyle::SP_MessageBoxQuestion;
    return style()->standardIcon(pixmap, nullptr, this);
}

void ChecksPage::retranslateRow(QTreeWidgetItem *row) const
{
    const QString id = row->data(CheckColumn, StepIdRole).toString();
    const RowState state = RowState(row->data(CheckColumn, StateRole).toInt());
    const QVariant status = row->data(CheckColumn, StatusRole);
    if (id == readInputId)
        row->setText(CheckColumn,
            m_session->mode() == WizardSession::Mode::Bounce ? tr("Reading the message")
                                                             : tr("Looking up what usually helps"));
    else
        row->setText(CheckColumn, stepName(id));
    QString stateText;
    switch (state) {
    case RowState::Running:
        stateText = tr("running…");
        break;
    case RowState::Finished:
        stateText = status.isValid() ? ReportText::statusText(FindingStatus(status.toInt())) : tr("done");
        break;
    case RowState::Cancelled:
        stateText = tr("cancelled");
        break;
    case RowState::NotRun:
        switch (m_session->liveOutcome()) {
        case WizardSession::LiveOutcome::Offline:
            stateText = tr("switched off");
            break;
        case WizardSession::LiveOutcome::Error:
            stateText = tr("could not start");
            break;
        default:
            stateText = tr("needs more information");
            break;
        }
        break;
    }
    row->setText(StateColumn, stateText);
    row->setIcon(CheckColumn,
        stateIcon(state, status.isValid() ? FindingStatus(status.toInt()) : FindingStatus::Pass));
    row->setData(CheckColumn, Qt::AccessibleTextRole,
        QString(row->text(CheckColumn) + QStringLiteral(": ") + stateText));
    if (row->data(CheckColumn, TimeRole).isValid())
        row->setText(TimeColumn, tr("%1 ms").arg(row->data(CheckColumn, TimeRole).toLongLong()));
}

void ChecksPage::retranslateUi()
{
    setTitle(tr("Checking"));
    setSubTitle(m_done ? (m_cancelled ? tr("The checks were cancelled.") : tr("All checks are done."))
                       : tr("MailMedic is reading the message and running the checks."));
    m_steps->setHeaderLabels({ tr("Check"), tr("Target"), tr("State"), tr("Time") });
    m_steps->setAccessibleName(tr("Checks"));
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel->setText(tr("Cancel the c&hecks"));
    m_cancel->setToolTip(tr("Stop the checks that are still running and show what was found so far"));
    const int total = int(m_liveRows.size());
    QString status;
    if (m_done) {
        switch (m_session->liveOutcome()) {
        case WizardSession::LiveOutcome::Cancelled:
            status = tr("Cancelled. The checks that had not answered are marked as not tested; Next shows "
                        "what was found.");
            break;
        case WizardSession::LiveOutcome::Offline:
            status
                = tr("Only the input was read: the live checks are switched off in the advanced settings.");
            break;
        case WizardSession::LiveOutcome::NothingToCheck:
            status = tr("Some checks need more information. Next shows what is known.");
            break;
        case WizardSession::LiveOutcome::Error:
            status = tr("The live checks could not start: %1").arg(m_session->liveError());
            break;
        default:
            status = tr("All checks are done. Press Next to see the results.");
            break;
        }
    } else if (total > 0) {
        status = tr("%1 of %n check(s) done.", nullptr, total).arg(m_liveDone);
    } else {
        status = m_session->mode() == WizardSession::Mode::Bounce ? tr("Reading the message…")
                                                                  : tr("Preparing the checks…");
    }
    m_status->setText(status);
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i)
        retranslateRow(m_steps->topLevelItem(i));
}

void ChecksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace MailMedic
