// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

class QPushButton;

namespace MailMedic {

class LanguageManager;
class WizardSession;

class MainWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { StartPageId, InputPageId, ChecksPageId, ResultsPageId };

    explicit MainWizard(LanguageManager *languages, QWidget *parent = nullptr);

    WizardSession *session() const { return m_session; }
    QPushButton *languageButton() const { return m_languageButton; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateLanguageButton();

    LanguageManager *m_languages;
    WizardSession *m_session;
    QPushButton *m_languageButton;
};

} // namespace MailMedic
