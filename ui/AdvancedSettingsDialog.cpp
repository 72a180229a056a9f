// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvancedSettingsDialog.h"

#include "WizardSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace MailMedic {

AdvancedSettingsDialog::AdvancedSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_nameserverLabel(new QLabel(this))
    , m_nameserver(new QLineEdit(this))
    , m_nameserverMessage(new QLabel(this))
    , m_timeoutLabel(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_offline(new QCheckBox(this))
    , m_offlineNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("advancedSettingsDialog"));
    m_nameserver->setObjectName(QStringLiteral("nameserverEdit"));
    m_nameserverMessage->setObjectName(QStringLiteral("nameserverMessage"));
    m_nameserverMessage->setWordWrap(true);
    m_nameserverLabel->setBuddy(m_nameserver);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 600);
    m_timeoutLabel->setBuddy(m_timeout);
    m_offline->setObjectName(QStringLiteral("offlineCheck"));
    m_offlineNote->setWordWrap(true);

    const CheckSettings settings = CheckSettings::load();
    m_nameserver->setText(settings.nameserver);
    m_timeout->setValue(settings.timeoutSeconds);
    m_offline->setChecked(settings.offline);
    // Forced by the environment: shown, but not something this dialog can undo.
    m_offline->setEnabled(!CheckSettings::offlineForced());
    m_offlineNote->setVisible(CheckSettings::offlineForced());

    auto *form = new QFormLayout;
    form->addRow(m_nameserverLabel, m_nameserver);
    form->addRow(QString(), m_nameserverMessage);
    form->addRow(m_timeoutLabel, m_timeout);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_offline);
    layout->addWidget(m_offlineNote);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdvancedSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AdvancedSettingsDialog::reject);
    connect(m_nameserver, &QLineEdit::textChanged, this, &AdvancedSettingsDialog::validate);
    retranslateUi();
}

void AdvancedSettingsDialog::validate()
{
    const bool ok = CheckSettings::isValidNameserver(m_nameserver->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_nameserverMessage->setText(ok ? QString()
                                    : tr("Type an IP address, with a port if it is not 53: 192.0.2.53, "
                                         "192.0.2.53:5353 or [2001:db8::53]:53."));
    m_nameserverMessage->setVisible(!ok);
}

void AdvancedSettingsDialog::accept()
{
    if (!CheckSettings::isValidNameserver(m_nameserver->text()))
        return;
    CheckSettings settings;
    settings.nameserver = m_nameserver->text().trimmed();
    settings.timeoutSeconds = m_timeout->value();
    settings.offline = m_offline->isChecked() && !CheckSettings::offlineForced();
    settings.save();
    QDialog::accept();
}

void AdvancedSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Advanced settings"));
    m_nameserverLabel->setText(tr("&Nameserver:"));
    m_nameserver->setPlaceholderText(tr("the computer's own (leave empty)"));
    m_nameserver->setToolTip(tr("Send every DNS question to this server, for example to compare what "
                                "another resolver sees"));
    m_nameserver->setAccessibleName(tr("Nameserver"));
    m_timeoutLabel->setText(tr("&Time limit for the checks:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Time limit for the checks in seconds"));
    m_offline->setText(tr("&Offline: read messages only, don't run live checks"));
    m_offlineNote->setText(tr("Offline is switched on for this computer (MAILMEDIC_OFFLINE)."));
    validate();
}

void AdvancedSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace MailMedic
