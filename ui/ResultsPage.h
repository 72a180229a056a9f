// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace MailMedic {

class WizardSession;

class ResultsPage : public QWizardPage
{
    Q_OBJECT
public:
    ResultsPage(WizardSession *session, QWidget *parent = nullptr);
    void initializePage() override;

    QLabel *summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    WizardSession *m_session;
    QLabel *m_summary;
    QTreeWidget *m_findings;
};

} // namespace MailMedic
