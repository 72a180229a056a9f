// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputPage.h"
#include "dns/DomainName.h"

#include "AdvancedSettingsDialog.h"
#include "bounce/InputReader.h"
#include "DiagnosisRun.h"
#include "Highlighting.h"
#include "rules/RuleSet.h"
#include "RulesFolder.h"
#include "Syntax.h"
#include "WizardSession.h"

#include <QCompleter>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

namespace MailMedic {

namespace {

// The edit shows at most this much of a file: beyond it, painting and
// highlighting would make the window sluggish, and the core reads the whole file anyway.
constexpr int MaxPreviewChars = 512 * 1024;
const QStringList questionIds { QStringLiteral("email"), QStringLiteral("domain"),
    QStringLiteral("outgoing-server"), QStringLiteral("username"), QStringLiteral("password"),
    QStringLiteral("sending-ip") };

// A paste area that hands dropped or pasted files to the page instead of
// inserting their names as text.
class BounceEdit : public QPlainTextEdit
{
public:
    explicit BounceEdit(QWidget *parent) : QPlainTextEdit(parent) { }
    std::function<void(const QString &)> onFile;

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override
    {
        return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
    }
    void insertFromMimeData(const QMimeData *source) override
    {
        if (source->hasUrls()) {
            for (const QUrl &url : source->urls()) {
                if (url.isLocalFile() && onFile) {
                    onFile(url.toLocalFile());
                    return;
                }
            }
        }
        QPlainTextEdit::insertFromMimeData(source);
    }
};

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

// The live preview: the reading step of the run the wizard will make.
InputPage::Understood understand(
    const QString &name, const QByteArray &bytes, const QString &text, const QString &lang)
{
    RunInput input;
    input.kind = RunInput::Kind::Bounce;
    input.name = name;
    input.bytes = bytes;
    input.text = text;
    RunOptions options;
    options.language = lang;
    options.rules = RulesFolder::current();
    InputPage::Understood u;
    u.report = DiagnosisRun::read(input, options);
    u.sender = u.report.senderDomain;
    return u;
}

InputPage::Understood understandFile(const QString &path, const QString &lang)
{
    const ReadResult read = InputReader::readFile(path);
    if (!read.ok()) {
        InputPage::Understood u;
        u.error = read.error;
        return u;
    }
    InputPage::Understood u = understand(QFileInfo(path).fileName(), read.data, QString(), lang);
    u.bytes = read.data;
    return u;
}

} // namespace

InputPage::InputPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_bounceLabel(new QLabel(this))
    , m_bounceEdit(new BounceEdit(this))
    , m_openButton(new QPushButton(this))
    , m_fileLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_understoodTitle(new QLabel(this))
    , m_understood(new QLabel(this))
    , m_symptomLabel(new QLabel(this))
    , m_symptomList(new QListWidget(this))
    , m_symptomDescription(new QLabel(this))
    , m_questionsTitle(new QLabel(this))
    , m_questions(new QFormLayout)
    , m_domainLabel(new QLabel(this))
    , m_domainEdit(new QLineEdit(this))
    , m_domainMessage(new QLabel(this))
    , m_useDomain(new QPushButton(this))
    , m_senderDomainLabel(new QLabel(this))
    , m_senderDomainEdit(new QLineEdit(this))
    , m_serverLabel(new QLabel(this))
    , m_serverEdit(new QLineEdit(this))
    , m_advancedButton(new QPushButton(this))
    , m_debounce(new QTimer(this))
    , m_watcher(new QFutureWatcher<Understood>(this))
    , m_fileWatcher(new QFutureWatcher<Understood>(this))
{
    // --- bounce ---
    m_bounceEdit->setObjectName(QStringLiteral("bounceEdit"));
    m_bounceEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_bounceEdit->setTabChangesFocus(true); // Tab leaves the field, for keyboard users
    static_cast<BounceEdit *>(m_bounceEdit)->onFile = [this](const QString &path) { loadFile(path); };
    Highlighting::attach(m_bounceEdit, Syntax::bounceDefinition());
    m_openButton->setObjectName(QStringLiteral("openFileButton"));
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setWordWrap(true);
    m_fileLabel->hide();
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(m_busy->sizeHint().height() / 2 + 2);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_understood->setObjectName(QStringLiteral("understoodLabel"));
    m_understood->setWordWrap(true);
    m_understood->setTextFormat(Qt::PlainText);
    m_understood->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_understoodTitle->font();
    bold.setBold(true);
    m_understoodTitle->setFont(bold);
    auto *bouncePanel = panel(m_bounceLabel, m_bounceEdit);
    auto *bounceLayout = static_cast<QVBoxLayout *>(bouncePanel->layout());
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addStretch();
    fileRow->addWidget(m_openButton);
    bounceLayout->addLayout(fileRow);
    bounceLayout->addWidget(m_busy);
    bounceLayout->addWidget(m_understoodTitle);
    bounceLayout->addWidget(m_understood);
    // The live checks need the sender's domain; a pasted error line rarely names it.
    m_senderDomainEdit->setObjectName(QStringLiteral("senderDomainEdit"));
    m_senderDomainLabel->setBuddy(m_senderDomainEdit);
    auto *senderRow = new QFormLayout;
    senderRow->addRow(m_senderDomainLabel, m_senderDomainEdit);
    bounceLayout->addLayout(senderRow);

    // --- symptom ---
    m_symptomList->setObjectName(QStringLiteral("symptomList"));
    fillSymptoms();
    m_symptomDescription->setObjectName(QStringLiteral("symptomDescription"));
    m_symptomDescription->setWordWrap(true);
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

    m_stack->addWidget(bouncePanel);
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

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &InputPage::understandNow);
    connect(m_watcher, &QFutureWatcher<Understood>::finished, this, [this] {
        if (!m_watcher->future().isCanceled() && m_watcher->future().resultCount() > 0)
            showUnderstood(m_watcher->result());
    });
    connect(m_fileWatcher, &QFutureWatcher<Understood>::finished, this, [this] {
        m_busy->hide();
        m_openButton->setEnabled(true);
        if (m_fileWatcher->future().isCanceled() || m_fileWatcher->future().resultCount() == 0)
            return;
        const Understood u = m_fileWatcher->result();
        if (!u.error.isEmpty()) {
            m_loadedFile.clear();
            m_fileError = tr("The file could not be read: %1").arg(u.error);
            retranslateUi();
            Q_EMIT completeChanged();
            return;
        }
        m_loadedBytes = u.bytes;
        m_settingText = true;
        // Only a view for the person: the core decodes the bytes itself (MIME, charsets).
        QString preview = QString::fromUtf8(u.bytes.left(MaxPreviewChars));
        if (u.bytes.size() > MaxPreviewChars)
            preview += QLatin1Char('\n') + tr("[… the rest of the file is read, but not shown here]");
        m_bounceEdit->setPlainText(preview);
        m_shownText = m_bounceEdit->toPlainText();
        m_settingText = false;
        showUnderstood(u);
        retranslateUi();
        Q_EMIT completeChanged();
    });
    connect(m_bounceEdit, &QPlainTextEdit::textChanged, this, [this] {
        // A drop, or the highlighter restyling the text, reports a change too;
        // only a real edit makes the text count instead of the file.
        const bool edited = !m_settingText && !isLoading()
            && (m_loadedFile.isEmpty() || m_bounceEdit->toPlainText() != m_shownText);
        if (edited) {
            // The person edits: from now on the text counts, not the file.
            m_loadedFile.clear();
            m_loadedBytes.clear();
            m_fileError.clear();
            m_fileLabel->hide();
            scheduleUnderstanding();
        }
        Q_EMIT completeChanged();
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a returned e-mail"), QString(),
            tr("E-mail and text files (*.eml *.txt *.msg);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
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
    const QFileInfo info(path);
    m_fileError.clear();
    if (!info.isFile() || !info.isReadable()) {
        m_fileError
            = tr("%1 could not be opened: it does not exist or you may not read it.").arg(info.fileName());
    } else if (info.size() > InputReader::MaxInputBytes) {
        m_fileError = tr("%1 is %2 MB: MailMedic reads files up to 64 MB. Paste the error text instead.")
                          .arg(info.fileName())
                          .arg(info.size() / (1024 * 1024));
    }
    if (!m_fileError.isEmpty()) {
        retranslateUi();
        return;
    }
    m_debounce->stop();
    m_loadedFile = info.fileName();
    m_loadedBytes.clear();
    m_busy->show();
    m_openButton->setEnabled(false);
    retranslateUi();
    const QString lang = m_session->language();
    m_fileWatcher->setFuture(
        QtConcurrent::run([path, lang]() -> Understood { return understandFile(path, lang); }));
    Q_EMIT completeChanged();
}

bool InputPage::isLoading() const
{
    return m_fileWatcher->isRunning();
}

void InputPage::scheduleUnderstanding()
{
    m_debounce->start();
}

void InputPage::understandNow()
{
    const QString text = m_bounceEdit->toPlainText();
    const QString lang = m_session->language();
    if (!m_loadedBytes.isEmpty()) {
        // A file: read again from its bytes, so a language switch shows the right words.
        const QByteArray bytes = m_loadedBytes;
        const QString name = m_loadedFile;
        m_watcher->setFuture(QtConcurrent::run(
            [bytes, name, lang]() -> Understood { return understand(name, bytes, QString(), lang); }));
        return;
    }
    m_watcher->setFuture(QtConcurrent::run(
        [text, lang]() -> Understood { return understand(QString(), QByteArray(), text, lang); }));
}

void InputPage::showUnderstood(const Understood &u)
{
    m_last.report = u.report;
    m_last.sender = u.sender;
    m_haveUnderstood = true;
    updateUnderstood();
    updateSenderHint();
}

void InputPage::updateSenderHint()
{
    // Left empty, the checks take the sender the bounce names: show which one.
    const QString fromBounce = m_haveUnderstood ? DomainName::fromInput(m_last.sender) : QString();
    m_senderDomainEdit->setPlaceholderText(fromBounce.isEmpty()
            ? tr("example.com — needed when the bounce does not name the sender")
            : tr("%1 (from the bounce)").arg(fromBounce));
}

void InputPage::updateUnderstood()
{
    const Report &r = m_last.report;
    if (!m_haveUnderstood || r.kind == InputKind::Empty) {
        m_understood->setText(
            tr("Nothing yet: paste the text above, drop the returned e-mail on it, or open a file."));
        return;
    }
    QStringList lines;
    for (const Recipient &rec : r.recipients) {
        const QString codes = rec.statedCodes();
        const QString who = rec.address.isEmpty() ? tr("(recipient not named)") : rec.address;
        lines << (codes.isEmpty() ? tr("Recipient: %1").arg(who) : tr("Recipient: %1 — %2").arg(who, codes));
    }
    if (!r.provider.isEmpty()) {
        const Provider *p = RulesFolder::current()->provider(r.provider);
        lines << tr("Provider: %1").arg(p ? p->name : r.provider);
    }
    const QList<Finding> findings = ReportText::ordered(r.findings);
    if (!findings.isEmpty())
        lines << tr("Most likely: %1").arg(findings.first().title);
    if (lines.isEmpty())
        lines << tr(
            "No delivery problem recognised yet. Paste the whole bounce, including the lines with codes "
            "such as 550 or 5.1.1.");
    m_understood->setText(lines.join(QLatin1Char('\n')));
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
    m_questionsTitle->setVisible(!asked.isEmpty());
    m_symptomDescription->setText(s ? s->description.text(m_session->language()) : QString());
    m_symptomDescription->setVisible(s != nullptr);
}

void InputPage::prefillFromBounce()
{
    // What the bounce already told us need not be typed again.
    const QString sender = m_last.sender;
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
    return m_bounceEdit;
}

bool InputPage::isComplete() const
{
    switch (m_session->mode()) {
    case WizardSession::Mode::Bounce:
        return !isLoading() && !m_bounceEdit->toPlainText().trimmed().isEmpty();
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
    if (!m_loadedBytes.isEmpty())
        m_session->setBounceFile(m_loadedFile, m_loadedBytes);
    else
        m_session->setBounceText(m_bounceEdit->toPlainText());
    const QListWidgetItem *symptom = m_symptomList->currentItem();
    m_session->setSymptom(symptom ? symptom->data(Qt::UserRole).toString() : QString());
    QMap<QString, QString> answers;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        if (it.key() != QLatin1String("password") && it.value()->isVisible())
            answers.insert(it.key(), it.value()->text().trimmed());
    }
    if (m_session->mode() == WizardSession::Mode::Domain && !m_serverEdit->text().trimmed().isEmpty())
        answers.insert(QStringLiteral("outgoing-server"), m_serverEdit->text().trimmed());
    m_session->setAnswers(answers);
    m_session->setPassword(m_answers.value(QStringLiteral("password"))->text());
    const QString domain = DomainName::fromInput(m_domainEdit->text());
    // In bounce mode the domain is the one typed for the live checks; empty: the bounce's own sender.
    m_session->setDomain(m_session->mode() == WizardSession::Mode::Bounce
            ? DomainName::fromInput(m_senderDomainEdit->text())
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
    m_debounce->stop();
    m_watcher->setFuture(QFuture<Understood>());
    m_fileWatcher->setFuture(QFuture<Understood>());
    m_busy->hide();
    m_openButton->setEnabled(true);
    m_settingText = true;
    m_bounceEdit->clear();
    m_settingText = false;
    m_loadedFile.clear();
    m_loadedBytes.clear();
    m_shownText.clear();
    m_fileError.clear();
    m_haveUnderstood = false;
    m_last = Understood();
    m_symptomList->setCurrentRow(-1);
    m_symptomList->clearSelection();
    for (QLineEdit *edit : std::as_const(m_answers))
        edit->clear();
    m_domainEdit->clear();
    m_senderDomainEdit->clear();
    m_serverEdit->clear();
    retranslateUi();
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
        setSubTitle(tr("Pick the description that fits best, then answer the questions below it."));
        break;
    case WizardSession::Mode::Domain:
        setTitle(tr("Which domain?"));
        setSubTitle(tr("The part of your e-mail address after the @."));
        break;
    }
    m_bounceLabel->setText(tr("&Bounce message or error text (or drop an .eml file here):"));
    m_bounceEdit->setPlaceholderText(
        tr("For example: 550 5.1.1 <someone@example.com>: Recipient address rejected"));
    m_bounceEdit->setAccessibleName(tr("Bounce message"));
    m_openButton->setText(tr("&Open file…"));
    m_openButton->setAccessibleName(tr("Open a returned e-mail"));
    if (!m_fileError.isEmpty()) {
        m_fileLabel->setText(m_fileError);
        m_fileLabel->show();
    } else if (!m_loadedFile.isEmpty()) {
        m_fileLabel->setText(isLoading()
                ? tr("Reading %1…").arg(m_loadedFile)
                : tr("File: %1 (%2 KB)").arg(m_loadedFile).arg((m_loadedBytes.size() + 1023) / 1024));
        m_fileLabel->show();
    } else {
        m_fileLabel->hide();
    }
    m_busy->setAccessibleName(tr("Reading the file"));
    m_understoodTitle->setText(tr("What MailMedic understood:"));
    m_understood->setAccessibleName(tr("What MailMedic understood"));
    updateUnderstood();
    m_senderDomainLabel->setText(tr("Your &domain, for the live checks:"));
    m_senderDomainEdit->setAccessibleName(tr("Your domain, for the live checks"));
    updateSenderHint();

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
        // Finding titles come from the rules: read again in the new language.
        if (m_haveUnderstood)
            scheduleUnderstanding();
    }
    QWizardPage::changeEvent(event);
}

} // namespace MailMedic
