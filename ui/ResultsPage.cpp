// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultsPage.h"

#include "WizardSession.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace MailMedic {

ResultsPage::ResultsPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_findings(new QTreeWidget(this))
{
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_findings->setObjectName(QStringLiteral("findingsTree"));
    m_findings->setColumnCount(2);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    setFinalPage(true);
    connect(m_session, &WizardSession::reportChanged, this, &ResultsPage::fill);
    retranslateUi();
}

void ResultsPage::initializePage()
{
    fill();
}

void ResultsPage::fill()
{
    m_findings->clear();
    const Report &report = m_session->report();
    for (const Recipient &r : report.recipients) {
        auto *item = new QTreeWidgetItem(m_findings);
        item->setText(0, r.address);
        item->setText(1, r.diagnostic);
    }
    for (const Finding &f : report.findings) {
        auto *item = new QTreeWidgetItem(m_findings);
        item->setText(0, toString(f.status));
        item->setText(1, f.title);
    }
    retranslateUi();
}

void ResultsPage::retranslateUi()
{
    setTitle(tr("What we found"));
    setSubTitle(tr("Work through the list from the top."));
    m_findings->setHeaderLabels({tr("Status"), tr("Finding")});
    m_findings->setAccessibleName(tr("Findings"));
    const Report &report = m_session->report();
    if (report.kind == InputKind::Empty)
        m_summary->setText(tr("There was nothing to read: paste the bounce message or its error text."));
    else if (report.recipients.isEmpty() && report.findings.isEmpty())
        m_summary->setText(tr("MailMedic did not recognise a delivery problem in this text."));
    else
        m_summary->setText(tr("%n finding(s).", nullptr, static_cast<int>(report.findings.size())));
}

void ResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace MailMedic
