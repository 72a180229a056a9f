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
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
template<typename T> class QFutureWatcher;

namespace MailMedic {

class WizardSession;

// What the user has: the bounce text, a symptom, or a domain, depending on
// the choice made on the start page.
class InputPage : public QWizardPage
{
    Q_OBJECT
public:
    // What the quick read of the pasted text found, for the line below the paste area.
    struct Understood
    {
        Report report;
        QString sender; // the address the bounced message came from, if the bounce says
        QByteArray bytes; // the file's bytes, when a file was read
        QString error; // why a file could not be read
    };

    InputPage(WizardSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Reads a dropped or chosen file (.eml, .txt) in the background. Files
    // over 64 MB or unreadable ones get a message instead.
    void loadFile(const QString &path);
    bool isLoading() const;

    QPlainTextEdit *bounceEdit() const { return m_bounceEdit; }
    QLabel *understoodLabel() const { return m_understood; }
    QLineEdit *domainEdit() const { return m_domainEdit; }
    QLabel *domainMessage() const { return m_domainMessage; }
    QListWidget *symptomList() const { return m_symptomList; }
    QLineEdit *answerEdit(const QString &questionId) const { return m_answers.value(questionId); }
    // Bounce mode: the sender's domain for the live checks when the bounce does not name it.
    QLineEdit *senderDomainEdit() const { return m_senderDomainEdit; }
    // Domain mode: a mail server to probe besides the DNS checks (optional).
    QLineEdit *serverEdit() const { return m_serverEdit; }
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
    void updateUnderstood();
    void updateSenderHint();
    void scheduleUnderstanding();
    void understandNow();
    void showUnderstood(const Understood &u);
    void updateQuestions();
    void validateDomain();
    void prefillFromBounce();
    void clearAll();

    WizardSession *m_session;
    QStackedWidget *m_stack;
    QLabel *m_bounceLabel;
    QPlainTextEdit *m_bounceEdit;
    QPushButton *m_openButton;
    QLabel *m_fileLabel;
    QProgressBar *m_busy;
    QLabel *m_understoodTitle;
    QLabel *m_understood;
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
    QLabel *m_senderDomainLabel;
    QLineEdit *m_senderDomainEdit;
    QLabel *m_serverLabel;
    QLineEdit *m_serverEdit;
    QPushButton *m_advancedButton;
    QTimer *m_debounce;
    QFutureWatcher<Understood> *m_watcher;
    QFutureWatcher<Understood> *m_fileWatcher;
    bool m_haveUnderstood = false;
    Understood m_last;
    QString m_loadedFile; // set while the edit shows a file's contents
    QByteArray m_loadedBytes;
    QString m_shownText; // the file's text as put into the edit
    QString m_fileError;
    bool m_settingText = false;
};

} // namespace MailMedic
