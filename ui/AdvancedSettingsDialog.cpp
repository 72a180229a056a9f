// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdvancedSettingsDialog.h"

#include "WizardSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
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
    , m_rulesFolderLabel(new QLabel(this))
    , m_rulesFolder(new QLineEdit(this))
    , m_rulesBrowse(new QPushButton(this))
    , m_rulesStatus(new QLabel(this))
    , m_caFileLabel(new QLabel(this))
    , m_caFile(new QLineEdit(this))
    , m_caBrowse(new QPushButton(this))
    , m_caFileMessage(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("advancedSettingsDialog"));
    setAttribute(Qt::WA_WindowPropagation); // the wizard's zoom reaches the dialog
    m_nameserver->setObjectName(QStringLiteral("nameserverEdit"));
    m_nameserverMessage->setObjectName(QStringLiteral("nameserverMessage"));
    m_nameserverMessage->setWordWrap(true);
    m_nameserverLabel->setBuddy(m_nameserver);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 600);
    m_timeoutLabel->setBuddy(m_timeout);
    m_offline->setObjectName(QStringLiteral("offlineCheck"));
    m_offlineNote->setWordWrap(true);
    m_rulesFolder->setObjectName(QStringLiteral("rulesFolderEdit"));
    m_rulesFolderLabel->setBuddy(m_rulesFolder);
    m_rulesBrowse->setObjectName(QStringLiteral("rulesBrowseButton"));
    m_rulesStatus->setObjectName(QStringLiteral("rulesStatus"));
    m_rulesStatus->setWordWrap(true);
    m_rulesStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFileLabel->setBuddy(m_caFile);
    m_caBrowse->setObjectName(QStringLiteral("caBrowseButton"));
    m_caFileMessage->setObjectName(QStringLiteral("caFileMessage"));
    m_caFileMessage->setWordWrap(true);

    const CheckSettings settings = CheckSettings::load();
    m_nameserver->setText(settings.nameserver);
    m_timeout->setValue(settings.timeoutSeconds);
    m_caFile->setText(settings.caFile);
    m_offline->setChecked(settings.offline);
    // Forced by the environment: shown, but not something this dialog can undo.
    m_offline->setEnabled(!CheckSettings::offlineForced());
    m_offlineNote->setVisible(CheckSettings::offlineForced());
    m_rulesFolder->setText(RulesFolder::folderSetting());
    m_rules = RulesFolder::lastInstalled();
    if (m_rules.folder != m_rulesFolder->text().trimmed())
        m_rules = RulesFolder::read(m_rulesFolder->text());

    auto *form = new QFormLayout;
    form->addRow(m_nameserverLabel, m_nameserver);
    form->addRow(QString(), m_nameserverMessage);
    form->addRow(m_timeoutLabel, m_timeout);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_rulesFolder, 1);
    folderRow->addWidget(m_rulesBrowse);
    form->addRow(m_rulesFolderLabel, folderRow);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    form->addRow(m_caFileLabel, caRow);
    form->addRow(QString(), m_caFileMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_rulesStatus);
    layout->addWidget(m_offline);
    layout->addWidget(m_offlineNote);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Wide enough for a folder path and an error line without squinting.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdvancedSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AdvancedSettingsDialog::reject);
    connect(m_nameserver, &QLineEdit::textChanged, this, &AdvancedSettingsDialog::validate);
    // Read when the person is done typing, not on every key: a half-typed
    // path is not worth an error.
    connect(m_rulesFolder, &QLineEdit::editingFinished, this, &AdvancedSettingsDialog::readRulesFolder);
    connect(m_rulesBrowse, &QPushButton::clicked, this, &AdvancedSettingsDialog::browseRulesFolder);
    connect(m_caFile, &QLineEdit::textChanged, this, &AdvancedSettingsDialog::validate);
    connect(m_caBrowse, &QPushButton::clicked, this, &AdvancedSettingsDialog::browseCaFile);
    retranslateUi();
}

void AdvancedSettingsDialog::validate()
{
    const bool ok = CheckSettings::isValidNameserver(m_nameserver->text());
    m_nameserverMessage->setText(ok ? QString()
                                    : tr("Type an IP address, with a port if it is not 53: 192.0.2.53, "
                                         "192.0.2.53:5353 or [2001:db8::53]:53."));
    m_nameserverMessage->setVisible(!ok);
    const bool caOk = CheckSettings::isValidCaFile(m_caFile->text());
    m_caFileMessage->setText(caOk ? QString()
                                  : tr("No certificate could be read from this file. Choose the PEM file "
                                       "(.pem or .crt) with your organisation's CA certificate."));
    m_caFileMessage->setVisible(!caOk);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && caOk);
}

void AdvancedSettingsDialog::browseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text().trimmed(),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(path));
}

void AdvancedSettingsDialog::accept()
{
    if (!CheckSettings::isValidNameserver(m_nameserver->text())
        || !CheckSettings::isValidCaFile(m_caFile->text()))
        return;
    CheckSettings settings;
    settings.nameserver = m_nameserver->text().trimmed();
    settings.timeoutSeconds = m_timeout->value();
    settings.caFile = m_caFile->text().trimmed();
    settings.offline = m_offline->isChecked() && !CheckSettings::offlineForced();
    settings.save();
    readRulesFolder();
    RulesFolder::setFolderSetting(m_rules.folder);
    RulesFolder::install(m_rules);
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
    m_rulesFolderLabel->setText(tr("Extra &rules folder:"));
    m_rulesFolder->setPlaceholderText(tr("none: only the built-in rules"));
    m_rulesFolder->setToolTip(tr("A folder with your team's own rule files (*.json, in the layout of the "
                                 "built-in rules). They are tried before the built-in rules."));
    m_rulesFolder->setAccessibleName(tr("Extra rules folder"));
    m_rulesBrowse->setText(tr("&Browse…"));
    m_caFileLabel->setText(tr("Trust this &CA as well:"));
    m_caFile->setPlaceholderText(tr("none: the computer's own list"));
    m_caFile->setToolTip(tr("A PEM file with the certificate of your organisation's or support desk's own "
                            "certificate authority, for servers whose certificates it issued"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_caBrowse->setText(tr("Bro&wse…"));
    m_caBrowse->setAccessibleName(tr("Choose a CA certificate file"));
    validate();
    showRulesStatus();
}

void AdvancedSettingsDialog::readRulesFolder()
{
    if (m_rulesFolder->text().trimmed() == m_rules.folder)
        return;
    m_rules = RulesFolder::read(m_rulesFolder->text());
    showRulesStatus();
}

void AdvancedSettingsDialog::browseRulesFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder with extra rules"), m_rulesFolder->text().trimmed());
    if (folder.isEmpty())
        return; // cancelled: keep what was there
    m_rulesFolder->setText(QDir::toNativeSeparators(folder));
    readRulesFolder();
}

void AdvancedSettingsDialog::showRulesStatus()
{
    QString text;
    if (m_rules.folder.isEmpty()) {
        text = tr("Only the built-in rules are used.");
    } else if (m_rules.files.isEmpty()) {
        text = QString(); // the folder itself is wrong: the error says why
    } else {
        text = tr("%n extra rule(s) from %1 come before the built-in rules.", nullptr, m_rules.extraRules)
                   .arg(m_rules.files.join(QStringLiteral(", ")));
    }
    if (!m_rules.errors.isEmpty()) {
        constexpr int shown = 5;
        QStringList lines;
        for (int i = 0; i < m_rules.errors.size() && i < shown; ++i)
            lines << m_rules.errors.at(i).toString();
        if (m_rules.errors.size() > shown)
            lines << tr("… and %n more", nullptr, int(m_rules.errors.size()) - shown);
        text += (text.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("Not everything could be read; what could not is left out, the built-in rules still apply:")
            + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    m_rulesStatus->setText(text);
    // Room for the lines just written, once the label knows its new height.
    if (isVisible())
        QTimer::singleShot(0, this, [this] { resize(width(), qMax(height(), sizeHint().height())); });
}

void AdvancedSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace MailMedic
