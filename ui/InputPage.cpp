// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputPage.h"
#include "dns/DomainName.h"

#include "AdvancedSettingsDialog.h"
#include "BouncePanel.h"
#include "rules/RuleSet.h"
#include "RulesFolder.h"
#include "WizardSession.h"

#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace MailMedic {

namespace {

const QStringList questionIds { QStringLiteral("email"), QStringLiteral("domain"),
    QStringLiteral("outgoing-server"), QStringLiteral("username"), QStringLiteral("password"),
    QStringLiteral("sending-ip") };

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
    , m_bounce(new BouncePanel(session, this))
    , m_symptomLabel(new QLabel(this))
    , m_symptomList(new QListWidget(this))
    , m_symptomDescription(new QLabel(this))
    , m_questionsTitle(new QLabel(this))
    , m_questions(new QFormLayout)
    , m_domainLabel(new QLabel(this))
    , m_domainEdit(new QLineEdit(this))
    , m_domainMessage(new QLabel(this))
    , m_useDomain(new QPushButton(this))
    , m_serverLabel(new QLabel(this))
    , m_serverEdit(new QLineEdit(this))
    , m_headersEdit(new QPlainTextEdit(this))
    , m_headersLabel(new QLabel(this))
    , m_advancedButton(new QPushButton(this))
{
    connect(m_bounce, &BouncePanel::changed, this, &InputPage::completeChanged);

    // --- symptom ---
    m_symptomList->setObjectName(QStringLiteral("symptomList"));
    fillSymptoms();
    m_symptomDescription->setObjectName(QStringLiteral("symptomDescription"));
    m_symptomDescription->setWordWrap(true);
    QFont bold = m_questionsTitle->font();
    bold.setBold(true);
    m_questionsTitle->setFont(bold);
    auto *symptomPanel = panel(m_symptomLabel, m_symptomList);
    auto *symptomLayout = static_cast<QVBoxLayout *>(symptomPanel->layout());
    symptomLayout->addWidget(m_symptomDescription);
    symptomLayout->addWidget(m_questionsTitle);
    symptomLayout->addLayout(m_questions);
    for (const QString &id : questionIds) {
        auto *edit = new QLineEdit(this);
        auto *label = new QLabel(this);
        edit->setObjectName(id + QStringLiteral("Edit"));
        label->setBuddy(edit);
        if (id == QLatin1String("password")) {
            // Kept in this field and the session only: never in QSettings, logs or reports.
            edit->setEchoMode(QLineEdit::Password);
            edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
        }
        m_questions->addRow(label, edit);
        m_answers.insert(id, edit);
        m_answerLabels.insert(id, label);
        connect(edit, &QLineEdit::textChanged, this, &InputPage::completeChanged);
    }
    // The headers of a message that landed in spam say more than any
    // question: what the receiver concluded (headers/MessageAnalysis).
    m_headersEdit->setObjectName(QStringLiteral("headersEdit"));
    m_headersEdit->setTabChangesFocus(true);
    m_headersEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headersEdit->setMinimumHeight(m_headersEdit->fontMetrics().lineSpacing() * 5);
    m_headersLabel->setWordWrap(true);
    m_headersLabel->setBuddy(m_headersEdit);
    m_questions->addRow(m_headersLabel, m_headersEdit);

    // --- domain ---
    m_domainEdit->setObjectName(QStringLiteral("domainEdit"));
    m_domainMessage->setObjectName(QStringLiteral("domainMessage"));
    m_domainMessage->setWordWrap(true);
    m_useDomain->setObjectName(QStringLiteral("useDomainButton"));
    m_useDomain->hide();
    auto *completer
        = new QCompleter(QSettings().value(QStringLiteral("ui/recentDomains")).toStringList(), m_domainEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_domainEdit->setCompleter(completer);
    auto *domainPanel = panel(m_domainLabel, m_domainEdit);
    auto *domainLayout = static_cast<QVBoxLayout *>(domainPanel->layout());
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_domainMessage, 1);
    messageRow->addWidget(m_useDomain);
    domainLayout->addLayout(messageRow);
    m_serverEdit->setObjectName(QStringLiteral("serverEdit"));
    m_serverLabel->setWordWrap(true);
    m_serverLabel->setBuddy(m_serverEdit);
    domainLayout->addSpacing(m_domainEdit->sizeHint().height() / 2);
    domainLayout->addWidget(m_serverLabel);
    domainLayout->addWidget(m_serverEdit);
    domainLayout->addStretch(1);

    m_stack->addWidget(m_bounce);
    m_stack->addWidget(symptomPanel);
    m_stack->addWidget(domainPanel);
    m_advancedButton->setObjectName(QStringLiteral("advancedButton"));
    auto *advancedRow = new QHBoxLayout;
    advancedRow->addStretch(1);
    advancedRow->addWidget(m_advancedButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(advancedRow);

    connect(m_symptomList, &QListWidget::currentRowChanged, this, [this] {
        updateQuestions();
        Q_EMIT completeChanged();
    });
    connect(m_domainEdit, &QLineEdit::textChanged, this, [this] {
        validateDomain();
        Q_EMIT completeChanged();
    });
    connect(m_useDomain, &QPushButton::clicked, this, [this] {
        m_domainEdit->setText(DomainName::fromInput(m_domainEdit->text()));
        m_domainEdit->setFocus();
    });
    connect(m_advancedButton, &QPushButton::clicked, this, &InputPage::openAdvancedSettings);
    connect(m_session, &WizardSession::cleared, this, &InputPage::clearAll);
    // Tab follows the page from top to bottom, whichever path is shown
    // (hidden controls are skipped), and ends on Advanced… before the
    // wizard's own buttons.
    QList<QWidget *> order { m_bounce->bounceEdit(), m_bounce->openButton(), m_bounce->senderDomainEdit(),
        m_symptomList };
    for (const QString &id : questionIds)
        order << m_answers.value(id);
    order << m_headersEdit << m_domainEdit << m_useDomain << m_serverEdit << m_advancedButton;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    updateQuestions();
    retranslateUi();
}

void InputPage::openAdvancedSettings()
{
    // Window-modal and not exec(): the wizard keeps painting, and tests can fill it in.
    auto *dialog = new AdvancedSettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Another rules folder may bring its own symptoms, or take them away.
    connect(dialog, &QDialog::accepted, this, &InputPage::fillSymptoms);
    dialog->open();
}

void InputPage::fillSymptoms()
{
    const QListWidgetItem *current = m_symptomList->currentItem();
    const QString chosen = current ? current->data(Qt::UserRole).toString() : QString();
    m_symptomList->clear(); // the page follows through currentRowChanged
    for (const Symptom &s : RulesFolder::current()->symptoms()) {
        auto *item = new QListWidgetItem(m_symptomList);
        item->setData(Qt::UserRole, s.id);
        if (s.id == chosen)
            m_symptomList->setCurrentItem(item);
    }
    nameSymptoms();
}

void InputPage::nameSymptoms()
{
    const QString lang = m_session->language();
    const std::shared_ptr<const RuleSet> rules = RulesFolder::current();
    for (int i = 0; i < m_symptomList->count(); ++i) {
        QListWidgetItem *item = m_symptomList->item(i);
        if (const Symptom *s = rules->symptom(item->data(Qt::UserRole).toString())) {
            item->setText(s->title.text(lang));
            item->setToolTip(s->description.text(lang));
        }
    }
}

void InputPage::loadFile(const QString &path)
{
    m_bounce->loadFile(path);
}

bool InputPage::isLoading() const
{
    return m_bounce->isLoading();
}

QPlainTextEdit *InputPage::bounceEdit() const
{
    return m_bounce->bounceEdit();
}

QLabel *InputPage::understoodLabel() const
{
    return m_bounce->understoodLabel();
}

QLineEdit *InputPage::senderDomainEdit() const
{
    return m_bounce->senderDomainEdit();
}

void InputPage::updateQuestions()
{
    const QListWidgetItem *item = m_symptomList->currentItem();
    const Symptom *s = item ? RulesFolder::current()->symptom(item->data(Qt::UserRole).toString()) : nullptr;
    const QStringList asked = s ? s->questions : QStringList();
    for (const QString &id : questionIds) {
        const bool show = asked.contains(id);
#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0)
        // Hiding the row itself also drops its spacing, so the form has no gaps.
        m_questions->setRowVisible(m_answers.value(id), show);
#else
        m_answers.value(id)->setVisible(show);
        m_answerLabels.value(id)->setVisible(show);
#endif
    }
    const bool headers = asked.contains(QStringLiteral("headers"));
#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0)
    m_questions->setRowVisible(m_headersEdit, headers);
#else
    m_headersEdit->setVisible(headers);
    m_headersLabel->setVisible(headers);
#endif
    m_questionsTitle->setVisible(!asked.isEmpty());
    m_symptomDescription->setText(s ? s->description.text(m_session->language()) : QString());
    m_symptomDescription->setVisible(s != nullptr);
}

void InputPage::prefillFromBounce()
{
    // What the bounce already told us need not be typed again.
    const QString sender = m_bounce->sender();
    if (sender.isEmpty())
        return;
    QLineEdit *email = m_answers.value(QStringLiteral("email"));
    if (email->text().isEmpty())
        email->setText(sender);
    const QString domain = DomainName::fromInput(sender);
    QLineEdit *domainAnswer = m_answers.value(QStringLiteral("domain"));
    if (domainAnswer->text().isEmpty())
        domainAnswer->setText(domain);
    if (m_domainEdit->text().isEmpty())
        m_domainEdit->setText(domain);
}

void InputPage::validateDomain()
{
    const QString typed = m_domainEdit->text().trimmed();
    const QString domain = DomainName::fromInput(typed);
    m_useDomain->hide();
    if (typed.isEmpty()) {
        m_domainMessage->clear();
    } else if (typed.contains(QLatin1Char('@')) && !domain.isEmpty()) {
        m_domainMessage->setText(
            tr("That is an e-mail address. The domain is the part after the @: %1").arg(domain));
        m_useDomain->setText(tr("&Use %1").arg(domain));
        m_useDomain->show();
    } else if (domain.isEmpty()) {
        m_domainMessage->setText(
            tr("This does not look like a domain name. A domain looks like example.com."));
    } else {
        m_domainMessage->clear();
    }
}

void InputPage::initializePage()
{
    m_stack->setCurrentIndex(static_cast<int>(m_session->mode()));
    prefillFromBounce();
    retranslateUi();
    // The keyboard goes where the person types next (Ctrl+V into the paste
    // box), after QWizard has given the page its default focus.
    QTimer::singleShot(0, this, [this] { mainField()->setFocus(Qt::OtherFocusReason); });
}

QWidget *InputPage::mainField() const
{
    switch (m_session->mode()) {
    case WizardSession::Mode::Symptom:
        return m_symptomList;
    case WizardSession::Mode::Domain:
        return m_domainEdit;
    case WizardSession::Mode::Bounce:
        break;
    }
    return m_bounce->bounceEdit();
}

bool InputPage::isComplete() const
{
    switch (m_session->mode()) {
    case WizardSession::Mode::Bounce:
        return m_bounce->isComplete();
    case WizardSession::Mode::Symptom:
        return m_symptomList->currentRow() >= 0;
    case WizardSession::Mode::Domain:
        return !m_domainEdit->text().contains(QLatin1Char('@'))
            && !DomainName::fromInput(m_domainEdit->text()).isEmpty();
    }
    return false;
}

bool InputPage::validatePage()
{
    m_bounce->applyTo(m_session);
    const QListWidgetItem *symptom = m_symptomList->currentItem();
    m_session->setSymptom(symptom ? symptom->data(Qt::UserRole).toString() : QString());
    QMap<QString, QString> answers;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        if (it.key() != QLatin1String("password") && it.value()->isVisible())
            answers.insert(it.key(), it.value()->text().trimmed());
    }
    if (m_headersEdit->isVisible() && !m_headersEdit->toPlainText().trimmed().isEmpty())
        answers.insert(QStringLiteral("headers"), m_headersEdit->toPlainText());
    if (m_session->mode() == WizardSession::Mode::Domain && !m_serverEdit->text().trimmed().isEmpty())
        answers.insert(QStringLiteral("outgoing-server"), m_serverEdit->text().trimmed());
    m_session->setAnswers(answers);
    m_session->setPassword(m_answers.value(QStringLiteral("password"))->text());
    const QString domain = DomainName::fromInput(m_domainEdit->text());
    // In bounce mode the domain is the one typed for the live checks; empty: the bounce's own sender.
    m_session->setDomain(m_session->mode() == WizardSession::Mode::Bounce
            ? DomainName::fromInput(m_bounce->senderDomainEdit()->text())
            : domain);
    if (m_session->mode() == WizardSession::Mode::Domain && !domain.isEmpty()) {
        QSettings settings;
        QStringList recent = settings.value(QStringLiteral("ui/recentDomains")).toStringList();
        recent.removeAll(domain);
        recent.prepend(domain);
        settings.setValue(QStringLiteral("ui/recentDomains"), QStringList(recent.mid(0, 10)));
    }
    return true;
}

void InputPage::clearAll()
{
    m_bounce->clear();
    m_symptomList->setCurrentRow(-1);
    m_symptomList->clearSelection();
    for (QLineEdit *edit : std::as_const(m_answers))
        edit->clear();
    m_headersEdit->clear();
    m_domainEdit->clear();
    m_serverEdit->clear();
    retranslateUi();
}

void InputPage::retranslateUi()
{
    switch (m_session->mode()) {
    case WizardSession::Mode::Bounce:
        setTitle(tr("Paste the bounce message"));
        setSubTitle(tr("Copy the whole returned e-mail or just the error text, and paste it below. Mail that "
                       "lands in spam: paste the headers of a message that arrived."));
        break;
    case WizardSession::Mode::Symptom:
        setTitle(tr("What do you notice?"));
        setSubTitle(tr("Pick the description that fits best, then answer the questions below it."));
        break;
    case WizardSession::Mode::Domain:
        setTitle(tr("Which domain?"));
        setSubTitle(tr("The part of your e-mail address after the @."));
        break;
    }
    m_bounce->retranslateUi();

    m_symptomLabel->setText(tr("&Symptom:"));
    m_symptomList->setAccessibleName(tr("Symptom"));
    nameSymptoms();
    m_questionsTitle->setText(tr("A few questions"));
    const QMap<QString, QString> labels { { QStringLiteral("email"), tr("&E-mail address:") },
        { QStringLiteral("domain"), tr("&Domain:") },
        { QStringLiteral("outgoing-server"), tr("Outgoing se&rver (SMTP):") },
        { QStringLiteral("username"), tr("&Username:") }, { QStringLiteral("password"), tr("&Password:") },
        { QStringLiteral("sending-ip"), tr("&IP address of the sending server:") } };
    const QMap<QString, QString> hints { { QStringLiteral("email"), tr("you@example.com") },
        { QStringLiteral("domain"), tr("example.com") },
        { QStringLiteral("outgoing-server"), tr("mail.example.com") },
        { QStringLiteral("username"), tr("usually your e-mail address") },
        { QStringLiteral("password"), tr("only kept while MailMedic is open") },
        { QStringLiteral("sending-ip"), tr("optional, for example 192.0.2.10") } };
    for (const QString &id : questionIds) {
        QString accessible = labels.value(id);
        accessible.remove(QLatin1Char('&'));
        accessible.remove(QLatin1Char(':'));
        m_answerLabels.value(id)->setText(labels.value(id));
        m_answers.value(id)->setPlaceholderText(hints.value(id));
        m_answers.value(id)->setAccessibleName(accessible);
    }
    m_headersLabel->setText(tr("&Headers of a message that landed in spam (optional):"));
    m_headersEdit->setPlaceholderText(tr("In Gmail: ⋮ > Show original > Copy to clipboard. In Outlook: File "
                                         "> Properties > Internet headers."));
    m_headersEdit->setAccessibleName(tr("Headers of a message that landed in spam"));
    updateQuestions();

    m_domainLabel->setText(tr("&Domain:"));
    m_domainEdit->setPlaceholderText(tr("example.com"));
    m_domainEdit->setAccessibleName(tr("Domain"));
    m_serverLabel->setText(tr("&Mail server to test as well (optional):"));
    m_serverEdit->setPlaceholderText(tr("mail.example.com or smtps://mail.example.com:465"));
    m_serverEdit->setAccessibleName(tr("Mail server to test as well"));
    m_advancedButton->setText(tr("Ad&vanced…"));
    m_advancedButton->setToolTip(tr("Nameserver, time limit and offline mode for the live checks"));
    validateDomain();
}

void InputPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_bounce->languageChanged();
    }
    QWizardPage::changeEvent(event);
}

} // namespace MailMedic
