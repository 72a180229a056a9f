// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QMap>
#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace MailMedic {

class BouncePanel;
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

    // Reads a dropped or chosen file (.eml, .txt) in the background. Files
    // over 64 MB or unreadable ones get a message instead.
    void loadFile(const QString &path);
    bool isLoading() const;

    QPlainTextEdit *bounceEdit() const;
    QLabel *understoodLabel() const;
    QLineEdit *domainEdit() const { return m_domainEdit; }
    QLabel *domainMessage() const { return m_domainMessage; }
    QListWidget *symptomList() const { return m_symptomList; }
    QLineEdit *answerEdit(const QString &questionId) const { return m_answers.value(questionId); }
    // Bounce mode: the sender's domain for the live checks when the bounce does not name it.
    QLineEdit *senderDomainEdit() const;
    // Domain mode: a mail server to probe besides the DNS checks (optional).
    QLineEdit *serverEdit() const { return m_serverEdit; }
    QPlainTextEdit *headersEdit() const { return m_headersEdit; }
    // Opens the advanced settings of the live checks (AdvancedSettingsDialog).
    QPushButton *advancedButton() const { return m_advancedButton; }
    void openAdvancedSettings();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The field of the current path the person types into first.
    QWidget *mainField() const;
    void retranslateUi();
    void fillSymptoms(); // from the rule set in use, keeping the choice
    void nameSymptoms(); // in the session's language
    void updateQuestions();
    void validateDomain();
    void prefillFromBounce();
    void clearAll();

    WizardSession *m_session;
    QStackedWidget *m_stack;
    BouncePanel *m_bounce;
    QLabel *m_symptomLabel;
    QListWidget *m_symptomList;
    QLabel *m_symptomDescription;
    QLabel *m_questionsTitle;
    QFormLayout *m_questions;
    QMap<QString, QLineEdit *> m_answers; // question id -> field; "password" is one of them
    QMap<QString, QLabel *> m_answerLabels;
    QLabel *m_domainLabel;
    QLineEdit *m_domainEdit;
    QLabel *m_domainMessage;
    QPushButton *m_useDomain;
    QLabel *m_serverLabel;
    QLineEdit *m_serverEdit;
    // The "headers" question: the source of a message that arrived (lands in spam).
    QPlainTextEdit *m_headersEdit;
    QLabel *m_headersLabel;
    QPushButton *m_advancedButton;
};

} // namespace MailMedic
