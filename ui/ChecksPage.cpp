// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecksPage.h"

#include "Diagnoser.h"
#include "WizardSession.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QProgressBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace MailMedic {

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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_steps, 1);
    retranslateUi();
}

void ChecksPage::initializePage()
{
    m_done = false;
    m_steps->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    auto *row = new QTreeWidgetItem(m_steps);
    row->setData(0, Qt::UserRole, QStringLiteral("read-input"));
    retranslateUi();
    // Let the page paint before the work starts.
    QTimer::singleShot(0, this, &ChecksPage::run);
}

void ChecksPage::run()
{
    QElapsedTimer timer;
    timer.start();
    DiagnoseOptions options;
    options.language = m_session->language();
    QString name;
    QByteArray input;
    switch (m_session->mode()) {
    case WizardSession::Mode::Bounce:
        name = tr("pasted text");
        input = m_session->bounceText().toUtf8();
        break;
    case WizardSession::Mode::Symptom:
        name = m_session->symptom();
        break;
    case WizardSession::Mode::Domain:
        name = m_session->domain();
        break;
    }
    m_session->setReport(Diagnoser::diagnoseOffline(name, input, options));
    if (QTreeWidgetItem *row = m_steps->topLevelItem(0)) {
        row->setData(1, Qt::UserRole, true);
        row->setText(2, tr("%1 ms").arg(timer.elapsed()));
    }
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
    setSubTitle(m_done ? tr("All checks are done.") : tr("MailMedic is reading the message and running the checks."));
    m_steps->setHeaderLabels({tr("Check"), tr("State"), tr("Time")});
    m_steps->setAccessibleName(tr("Checks"));
    m_progress->setAccessibleName(tr("Progress"));
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_steps->topLevelItem(i);
        if (row->data(0, Qt::UserRole).toString() == QLatin1String("read-input"))
            row->setText(0, tr("Reading the message"));
        row->setText(1, row->data(1, Qt::UserRole).toBool() ? tr("done") : tr("running…"));
    }
}

void ChecksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace MailMedic
