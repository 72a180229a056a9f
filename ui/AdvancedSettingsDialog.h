// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace MailMedic {

// The live checks' settings a support person may need: which nameserver to
// ask (to compare resolvers, or a test server), how long all checks may take
// together, and "offline" to read messages only. Saved in QSettings on OK
// (CheckSettings); the password has no place here.
class AdvancedSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AdvancedSettingsDialog(QWidget *parent = nullptr);

    QLineEdit *nameserverEdit() const { return m_nameserver; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QCheckBox *offlineCheck() const { return m_offline; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();

    QLabel *m_nameserverLabel;
    QLineEdit *m_nameserver;
    QLabel *m_nameserverMessage;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QCheckBox *m_offline;
    QLabel *m_offlineNote;
    QDialogButtonBox *m_buttons;
};

} // namespace MailMedic
