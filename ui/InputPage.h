// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace MailMedic {

class WizardSession;

// What the user has: the bounce text, a symptom, or a domain, depending on
// the choice made on the start page.
class InputPage : public QWizardPage
{
    Q_OBJECT
public:
    InputPage(WizardSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QPlainTextEdit *bounceEdit() const { return m_bounceEdit; }
    QLineEdit *domainEdit() const { return m_domainEdit; }
    QListWidget *symptomList() const { return m_symptomList; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    WizardSession *m_session;
    QStackedWidget *m_stack;
    QLabel *m_bounceLabel;
    QPlainTextEdit *m_bounceEdit;
    QLabel *m_symptomLabel;
    QListWidget *m_symptomList;
    QLabel *m_domainLabel;
    QLineEdit *m_domainEdit;
};

} // namespace MailMedic
