// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
template<typename T> class QFutureWatcher;

namespace MailMedic {

class WizardSession;

// The input page's bounce path: the paste box (which also takes dropped and
// opened files), what a first reading understood, and the sender's domain
// for the live checks.
class BouncePanel : public QWidget
{
    Q_OBJECT
public:
    // What the quick read of the pasted text found, for the lines below the paste box.
    struct Understood
    {
        Report report;
        QString sender; // the address the bounced message came from, if the bounce says
        QByteArray bytes; // the file's bytes, when a file was read
        QString error; // why a file could not be read
    };

    explicit BouncePanel(WizardSession *session, QWidget *parent = nullptr);

    // Reads a dropped or chosen file (.eml, .txt) in the background. Files
    // over 64 MB or unreadable ones get a message instead.
    void loadFile(const QString &path);
    bool isLoading() const;
    bool isComplete() const;
    // The sender the bounce names, once read; empty otherwise.
    QString sender() const { return m_last.sender; }
    // Hands the text or the file, and the typed domain, to the session.
    void applyTo(WizardSession *session) const;
    void clear();
    void retranslateUi();
    // The session's language changed: the findings' titles are read again.
    void languageChanged();

    QPlainTextEdit *bounceEdit() const { return m_edit; }
    QLabel *understoodLabel() const { return m_understood; }
    QLineEdit *senderDomainEdit() const { return m_senderDomainEdit; }
    QPushButton *openButton() const { return m_openButton; }

Q_SIGNALS:
    // The text, the file or the loading state changed: completeness may have.
    void changed();

private:
    void scheduleUnderstanding();
    void understandNow();
    void fileRead();
    void showUnderstood(const Understood &u);
    void updateUnderstood();
    void updateSenderHint();

    WizardSession *m_session;
    QLabel *m_label;
    QPlainTextEdit *m_edit;
    QPushButton *m_openButton;
    QLabel *m_fileLabel;
    QProgressBar *m_busy;
    QLabel *m_understoodTitle;
    QLabel *m_understood;
    QLabel *m_senderDomainLabel;
    QLineEdit *m_senderDomainEdit;
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
