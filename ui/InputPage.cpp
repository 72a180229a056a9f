// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputPage.h"

#include "WizardSession.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace MailMedic {

namespace {

// Symptom ids as in resources/rules/symptoms.json; the texts are the wizard's.
const char *const symptomIds[] = {"cant-send", "some-bounce", "lands-in-spam", "cant-receive",
                                  "backscatter", "forwarding-bounces", "webform-rejected", "client-settings"};

QWidget *panel(QLabel *label, QWidget *editor)
{
    auto *w = new QWidget;
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    label->setWordWrap(true);
    label->setBuddy(editor);
    layout->addWidget(label);
    layout->addWidget(editor, 1);
    return w;
}

} // namespace

InputPage::InputPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_bounceLabel(new QLabel(this))
    , m_bounceEdit(new QPlainTextEdit(this))
    , m_symptomLabel(new QLabel(this))
    , m_symptomList(new QListWidget(this))
    , m_domainLabel(new QLabel(this))
    , m_domainEdit(new QLineEdit(this))
{
    m_bounceEdit->setObjectName(QStringLiteral("bounceEdit"));
    m_bounceEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_symptomList->setObjectName(QStringLiteral("symptomList"));
    m_domainEdit->setObjectName(QStringLiteral("domainEdit"));
    for (const char *id : symptomIds) {
        auto *item = new QListWidgetItem(m_symptomList);
        item->setData(Qt::UserRole, QString::fromLatin1(id));
    }
    m_stack->addWidget(panel(m_bounceLabel, m_bounceEdit));
    m_stack->addWidget(panel(m_symptomLabel, m_symptomList));
    auto *domainPanel = panel(m_domainLabel, m_domainEdit);
    static_cast<QVBoxLayout *>(domainPanel->layout())->addStretch(1);
    m_stack->addWidget(domainPanel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_bounceEdit, &QPlainTextEdit::textChanged, this, &InputPage::completeChanged);
    connect(m_domainEdit, &QLineEdit::textChanged, this, &InputPage::completeChanged);
    connect(m_symptomList, &QListWidget::currentRowChanged, this, &InputPage::completeChanged);
    retranslateUi();
}

void InputPage::initializePage()
{
    m_stack->setCurrentIndex(static_cast<int>(m_session->mode()));
    retranslateUi();
}

bool InputPage::isComplete() const
{
    switch (m_session->mode()) {
    case WizardSession::Mode::Bounce:
        return !m_bounceEdit->toPlainText().trimmed().isEmpty();
    case WizardSession::Mode::Symptom:
        return m_symptomList->currentRow() >= 0;
    case WizardSession::Mode::Domain:
        return m_domainEdit->text().trimmed().contains(QLatin1Char('.'));
    }
    return false;
}

bool InputPage::validatePage()
{
    m_session->setBounceText(m_bounceEdit->toPlainText());
    const QListWidgetItem *symptom = m_symptomList->currentItem();
    m_session->setSymptom(symptom ? symptom->data(Qt::UserRole).toString() : QString());
    m_session->setDomain(m_domainEdit->text().trimmed());
    return true;
}

void InputPage::retranslateUi()
{
    switch (m_session->mode()) {
    case WizardSession::Mode::Bounce:
        setTitle(tr("Paste the bounce message"));
        setSubTitle(tr("Copy the whole returned e-mail or just the error text, and paste it below."));
        break;
    case WizardSession::Mode::Symptom:
        setTitle(tr("What do you notice?"));
        setSubTitle(tr("Pick the description that fits best."));
        break;
    case WizardSession::Mode::Domain:
        setTitle(tr("Which domain?"));
        setSubTitle(tr("The part of your e-mail address after the @."));
        break;
    }
    m_bounceLabel->setText(tr("&Bounce message or error text:"));
    m_bounceEdit->setPlaceholderText(tr("For example: 550 5.1.1 <someone@example.com>: Recipient address rejected"));
    m_bounceEdit->setAccessibleName(tr("Bounce message"));
    m_symptomLabel->setText(tr("&Symptom:"));
    m_symptomList->setAccessibleName(tr("Symptom"));
    const QString symptomTexts[] = {tr("I can't send any mail"),
                                    tr("Some of my mail bounces"),
                                    tr("My mail lands in spam"),
                                    tr("I don't receive mail"),
                                    tr("I get bounces for mail I never sent"),
                                    tr("Forwarded mail bounces"),
                                    tr("My web form's mail is rejected"),
                                    tr("Which settings do I type into my mail program?")};
    for (int i = 0; i < m_symptomList->count(); ++i)
        m_symptomList->item(i)->setText(symptomTexts[i]);
    m_domainLabel->setText(tr("&Domain:"));
    m_domainEdit->setPlaceholderText(tr("example.com"));
    m_domainEdit->setAccessibleName(tr("Domain"));
}

void InputPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace MailMedic
