// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BouncePanel.h"

#include "bounce/InputReader.h"
#include "DiagnosisRun.h"
#include "dns/DomainName.h"
#include "Highlighting.h"
#include "report/ReportText.h"
#include "RulesFolder.h"
#include "Syntax.h"
#include "WizardSession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
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

// A paste area that hands dropped or pasted files to the panel instead of
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

// The live preview: the reading step of the run the wizard will make.
BouncePanel::Understood understand(
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
    BouncePanel::Understood u;
    u.report = DiagnosisRun::read(input, options);
    u.sender = u.report.senderAddress;
    return u;
}

BouncePanel::Understood understandFile(const QString &path, const QString &lang)
{
    const ReadResult read = InputReader::readFile(path);
    if (!read.ok()) {
        BouncePanel::Understood u;
        u.error = read.error;
        return u;
    }
    BouncePanel::Understood u = understand(QFileInfo(path).fileName(), read.data, QString(), lang);
    u.bytes = read.data;
    return u;
}

} // namespace

BouncePanel::BouncePanel(WizardSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_label(new QLabel(this))
    , m_edit(new BounceEdit(this))
    , m_openButton(new QPushButton(this))
    , m_fileLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_understoodTitle(new QLabel(this))
    , m_understood(new QLabel(this))
    , m_senderDomainLabel(new QLabel(this))
    , m_senderDomainEdit(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_watcher(new QFutureWatcher<Understood>(this))
    , m_fileWatcher(new QFutureWatcher<Understood>(this))
{
    m_edit->setObjectName(QStringLiteral("bounceEdit"));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(true); // Tab leaves the field, for keyboard users
    static_cast<BounceEdit *>(m_edit)->onFile = [this](const QString &path) { loadFile(path); };
    Highlighting::attach(m_edit, Syntax::bounceDefinition());
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
    // The live checks need the sender's domain; a pasted error line rarely names it.
    m_senderDomainEdit->setObjectName(QStringLiteral("senderDomainEdit"));
    m_senderDomainLabel->setBuddy(m_senderDomainEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setWordWrap(true);
    m_label->setBuddy(m_edit);
    layout->addWidget(m_label);
    layout->addWidget(m_edit, 1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addStretch();
    fileRow->addWidget(m_openButton);
    layout->addLayout(fileRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_understoodTitle);
    layout->addWidget(m_understood);
    auto *senderRow = new QFormLayout;
    senderRow->addRow(m_senderDomainLabel, m_senderDomainEdit);
    layout->addLayout(senderRow);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &BouncePanel::understandNow);
    connect(m_watcher, &QFutureWatcher<Understood>::finished, this, [this] {
        if (!m_watcher->future().isCanceled() && m_watcher->future().resultCount() > 0)
            showUnderstood(m_watcher->result());
    });
    connect(m_fileWatcher, &QFutureWatcher<Understood>::finished, this, &BouncePanel::fileRead);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        // A drop, or the highlighter restyling the text, reports a change too;
        // only a real edit makes the text count instead of the file.
        const bool edited = !m_settingText && !isLoading()
            && (m_loadedFile.isEmpty() || m_edit->toPlainText() != m_shownText);
        if (edited) {
            // The person edits: from now on the text counts, not the file.
            m_loadedFile.clear();
            m_loadedBytes.clear();
            m_fileError.clear();
            m_fileLabel->hide();
            scheduleUnderstanding();
        }
        Q_EMIT changed();
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a returned e-mail"), QString(),
            tr("E-mail and text files (*.eml *.txt *.msg);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    retranslateUi();
}

void BouncePanel::fileRead()
{
    m_busy->hide();
    m_openButton->setEnabled(true);
    if (m_fileWatcher->future().isCanceled() || m_fileWatcher->future().resultCount() == 0)
        return;
    const Understood u = m_fileWatcher->result();
    if (!u.error.isEmpty()) {
        m_loadedFile.clear();
        m_fileError = tr("The file could not be read: %1").arg(u.error);
        retranslateUi();
        Q_EMIT changed();
        return;
    }
    m_loadedBytes = u.bytes;
    m_settingText = true;
    // Only a view for the person: the core decodes the bytes itself (MIME, charsets).
    QString preview = QString::fromUtf8(u.bytes.left(MaxPreviewChars));
    if (u.bytes.size() > MaxPreviewChars)
        preview += QLatin1Char('\n') + tr("[… the rest of the file is read, but not shown here]");
    m_edit->setPlainText(preview);
    m_shownText = m_edit->toPlainText();
    m_settingText = false;
    showUnderstood(u);
    retranslateUi();
    Q_EMIT changed();
}

void BouncePanel::loadFile(const QString &path)
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
    Q_EMIT changed();
}

bool BouncePanel::isLoading() const
{
    return m_fileWatcher->isRunning();
}

bool BouncePanel::isComplete() const
{
    return !isLoading() && !m_edit->toPlainText().trimmed().isEmpty();
}

void BouncePanel::applyTo(WizardSession *session) const
{
    if (!m_loadedBytes.isEmpty())
        session->setBounceFile(m_loadedFile, m_loadedBytes);
    else
        session->setBounceText(m_edit->toPlainText());
}

void BouncePanel::scheduleUnderstanding()
{
    m_debounce->start();
}

void BouncePanel::languageChanged()
{
    // Finding titles come from the rules: read again in the new language.
    if (m_haveUnderstood)
        scheduleUnderstanding();
}

void BouncePanel::understandNow()
{
    const QString text = m_edit->toPlainText();
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

void BouncePanel::showUnderstood(const Understood &u)
{
    m_last.report = u.report;
    m_last.sender = u.sender;
    m_haveUnderstood = true;
    updateUnderstood();
    updateSenderHint();
}

void BouncePanel::updateSenderHint()
{
    // Left empty, the checks take the sender the bounce names: show which one.
    const QString fromBounce = m_haveUnderstood ? DomainName::fromInput(m_last.sender) : QString();
    m_senderDomainEdit->setPlaceholderText(fromBounce.isEmpty()
            ? tr("example.com — needed when the bounce does not name the sender")
            : m_last.report.arrived ? tr("%1 (the message's From)").arg(fromBounce)
                                    : tr("%1 (from the bounce)").arg(fromBounce));
}

void BouncePanel::updateUnderstood()
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
    if (r.arrived)
        lines << tr("Not a bounce: the headers of a message that arrived.")
              << ReportText::summary(r, ReportText::Mode::Bounce);
    else if (!findings.isEmpty())
        lines << tr("Most likely: %1").arg(findings.first().title);
    if (lines.isEmpty())
        lines << tr(
            "No delivery problem recognised yet. Paste the whole bounce, including the lines with codes "
            "such as 550 or 5.1.1.");
    m_understood->setText(lines.join(QLatin1Char('\n')));
}

void BouncePanel::clear()
{
    m_debounce->stop();
    m_watcher->setFuture(QFuture<Understood>());
    m_fileWatcher->setFuture(QFuture<Understood>());
    m_busy->hide();
    m_openButton->setEnabled(true);
    m_settingText = true;
    m_edit->clear();
    m_settingText = false;
    m_loadedFile.clear();
    m_loadedBytes.clear();
    m_shownText.clear();
    m_fileError.clear();
    m_haveUnderstood = false;
    m_last = Understood();
    m_senderDomainEdit->clear();
    retranslateUi();
}

void BouncePanel::retranslateUi()
{
    m_label->setText(tr("&Bounce message or error text (or drop an .eml file here):"));
    m_edit->setPlaceholderText(
        tr("For example: 550 5.1.1 <someone@example.com>: Recipient address rejected"));
    m_edit->setAccessibleName(tr("Bounce message"));
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
}

} // namespace MailMedic
