// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecksPage.h"

#include "WizardSession.h"

#include <QEvent>
#include <QHeaderView>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace MailMedic {

namespace {

enum class StepState { Running, Done, NotRun };

} // namespace

ChecksPage::ChecksPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_progress(new QProgressBar(this))
    , m_steps(new QTreeWidget(this))
{
    m_progress->setObjectName(QStringLiteral("checksProgress"));
    m_steps->setObjectName(QStringLiteral("checkSteps"));
    m_steps->setColumnCount(3);
    m_steps->setRootIsDecorated(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_steps, 1);
    connect(m_session, &WizardSession::reportChanged, this, [this] {
        if (!m_done && m_running)
            finish();
    });
    retranslateUi();
}

void ChecksPage::initializePage()
{
    m_done = false;
    m_running = true;
    m_steps->clear();
    // Busy until the diagnosis comes back: a 50 MB file takes a while.
    m_progress->setRange(0, 0);
    auto *row = new QTreeWidgetItem(m_steps);
    row->setData(0, Qt::UserRole, QStringLiteral("read-input"));
    row->setData(1, Qt::UserRole, int(StepState::Running));
    if (m_session->mode() != WizardSession::Mode::Bounce) {
        auto *live = new QTreeWidgetItem(m_steps);
        live->setData(0, Qt::UserRole, QStringLiteral("live-checks"));
        live->setData(1, Qt::UserRole, int(StepState::NotRun));
    }
    retranslateUi();
    m_timer.start();
    m_session->startDiagnosis();
}

void ChecksPage::cleanupPage()
{
    m_running = false;
    QWizardPage::cleanupPage();
}

void ChecksPage::finish()
{
    m_running = false;
    if (QTreeWidgetItem *row = m_steps->topLevelItem(0)) {
        row->setData(1, Qt::UserRole, int(StepState::Done));
        row->setData(2, Qt::UserRole, m_timer.elapsed());
    }
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_done = true;
    retranslateUi();
    Q_EMIT completeChanged();
}

bool ChecksPage::isComplete() const
{
    return m_done;
}

void ChecksPage::retranslateUi()
{
    setTitle(tr("Checking"));
    setSubTitle(
        m_done ? tr("All checks are done.") : tr("MailMedic is reading the message and running the checks."));
    m_steps->setHeaderLabels({ tr("Check"), tr("State"), tr("Time") });
    m_steps->setAccessibleName(tr("Checks"));
    m_progress->setAccessibleName(tr("Progress"));
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_steps->topLevelItem(i);
        const QString id = row->data(0, Qt::UserRole).toString();
        if (id == QLatin1String("read-input"))
            row->setText(0,
                m_session->mode() == WizardSession::Mode::Bounce ? tr("Reading the message")
                                                                 : tr("Looking up what usually helps"));
        else if (id == QLatin1String("live-checks"))
            row->setText(0, tr("Checking the servers and DNS"));
        switch (StepState(row->data(1, Qt::UserRole).toInt())) {
        case StepState::Running:
            row->setText(1, tr("running…"));
            break;
        case StepState::Done:
            row->setText(1, tr("done"));
            break;
        case StepState::NotRun:
            row->setText(1, tr("not run in this version"));
            break;
        }
        if (row->data(2, Qt::UserRole).isValid())
            row->setText(2, tr("%1 ms").arg(row->data(2, Qt::UserRole).toLongLong()));
    }
}

void ChecksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace MailMedic
