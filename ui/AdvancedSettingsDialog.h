// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RulesFolder.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace MailMedic {

// The live checks' settings a support person may need: which nameserver to
// ask (to compare resolvers, or a test server), how long all checks may take
// together, "offline" to read messages only, a folder with the support
// team's own rules, and their own CA's certificate. Saved in QSettings on OK (CheckSettings, RulesFolder);
// the password has no place here.
class AdvancedSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AdvancedSettingsDialog(QWidget *parent = nullptr);

    QLineEdit *nameserverEdit() const { return m_nameserver; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QCheckBox *offlineCheck() const { return m_offline; }
    QLineEdit *rulesFolderEdit() const { return m_rulesFolder; }
    // A PEM file with the CA certificates of a company or support desk.
    QLineEdit *caFileEdit() const { return m_caFile; }
    QLabel *caFileMessage() const { return m_caFileMessage; }
    // What reading the folder gave: which files, how many rules, what is wrong.
    QLabel *rulesStatus() const { return m_rulesStatus; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();
    void readRulesFolder();
    void showRulesStatus();
    void browseRulesFolder();
    void browseCaFile();

    QLabel *m_nameserverLabel;
    QLineEdit *m_nameserver;
    QLabel *m_nameserverMessage;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QCheckBox *m_offline;
    QLabel *m_offlineNote;
    QLabel *m_rulesFolderLabel;
    QLineEdit *m_rulesFolder;
    QPushButton *m_rulesBrowse;
    QLabel *m_rulesStatus;
    QLabel *m_caFileLabel;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    QLabel *m_caFileMessage;
    QDialogButtonBox *m_buttons;
    RulesFolder::Result m_rules; // read from the folder as typed, installed on OK
};

} // namespace MailMedic
