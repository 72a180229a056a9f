// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCommandLinkButton;

namespace MailMedic {

class WizardSession;

// Three large choices: a bounce, a symptom, or a domain to check.
class StartPage : public QWizardPage
{
    Q_OBJECT
public:
    StartPage(WizardSession *session, QWidget *parent = nullptr);
    int nextId() const override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void initializePage() override;
    // A returned e-mail dropped on the first page: the bounce path, with it.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi();
    void choose(int mode);

    WizardSession *m_session;
    QCommandLinkButton *m_bounce;
    QCommandLinkButton *m_symptom;
    QCommandLinkButton *m_domain;
    bool m_chosen = false;
};

} // namespace MailMedic
