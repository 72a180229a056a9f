// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultsPage.h"

#include "Highlighting.h"
#include "PdfReport.h"
#include "RulesFolder.h"
#include "Syntax.h"
#include "WizardSession.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QStandardPaths>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace MailMedic {

namespace {

// QTreeView asks its delegate for row sizes without telling it the column's
// width, so wrapped text gets one line and is cut off. This one measures
// against the width the row really has.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *tree) : QStyledItemDelegate(tree), m_tree(tree) { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int depth = m_tree->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        // The style wraps only inside a valid rectangle: a height of 0 would mean "no limit".
        opt.rect = QRect(0, 0, qMax(80, m_tree->viewport()->width() - depth * m_tree->indentation()), 1);
        opt.features |= QStyleOptionViewItem::WrapText;
        const QSize size = QStyledItemDelegate::sizeHint(opt, index);
        return QSize(opt.rect.width(), size.height() + 4); // a little air between the steps
    }

private:
    QTreeView *m_tree;
};

} // namespace

ResultsPage::ResultsPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_findings(new QTreeWidget(this))
    , m_evidenceButton(new QPushButton(this))
    , m_evidence(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_startOverButton(new QPushButton(this))
    , m_checkAgainButton(new QPushButton(this))
{
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    m_findings->setObjectName(QStringLiteral("findingsTree"));
    m_findings->setColumnCount(1);
    m_findings->setHeaderHidden(true);
    // Long explanations and fix texts wrap instead of running off the side.
    m_findings->setWordWrap(true);
    m_findings->setUniformRowHeights(false);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setTextElideMode(Qt::ElideNone);
    m_findings->setItemDelegate(new WrappingDelegate(m_findings));
    // QTreeView keeps the row heights it computed for the old width; wrapped
    // rows need them computed again whenever the width changes.
    m_findings->viewport()->installEventFilter(this);

    m_evidenceButton->setObjectName(QStringLiteral("evidenceButton"));
    m_evidenceButton->setCheckable(true);
    m_evidence->setObjectName(QStringLiteral("evidenceView"));
    m_evidence->setReadOnly(true);
    // The server's answer arrives as one long line.
    m_evidence->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_evidence->setTabChangesFocus(true);
    m_evidence->hide();
    Highlighting::attach(m_evidence, Syntax::transcriptDefinition());
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_startOverButton->setObjectName(QStringLiteral("startOverButton"));
    m_checkAgainButton->setObjectName(QStringLiteral("checkAgainButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_evidenceButton);
    buttons->addWidget(m_checkAgainButton);
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_startOverButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 3);
    layout->addWidget(m_evidence, 1);
    layout->addLayout(buttons);
    setTabOrder(m_findings, m_evidenceButton);
    setTabOrder(m_evidenceButton, m_checkAgainButton);
    setTabOrder(m_checkAgainButton, m_evidence);
    setTabOrder(m_evidence, m_copyButton);
    setTabOrder(m_copyButton, m_exportButton);
    setTabOrder(m_exportButton, m_startOverButton);
    setFinalPage(true);

    connect(m_session, &WizardSession::reportChanged, this, &ResultsPage::fill);
    connect(m_findings, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_filling || item->data(0, KindRole).toInt() != FixItem)
            return;
        m_session->setFixDone(item->data(0, FindingIdRole).toString(), item->data(0, FixIdRole).toString(),
            item->checkState(0) == Qt::Checked);
    });
    connect(m_findings, &QTreeWidget::currentItemChanged, this, &ResultsPage::updateEvidence);
    connect(m_evidenceButton, &QPushButton::toggled, this, [this](bool on) {
        m_evidence->setVisible(on);
        updateEvidence();
        retranslateUi();
    });
    connect(m_copyButton, &QPushButton::clicked, this, &ResultsPage::copyAsText);
    connect(m_exportButton, &QPushButton::clicked, this, &ResultsPage::exportPdf);
    connect(m_startOverButton, &QPushButton::clicked, this, &ResultsPage::startOver);
    connect(m_checkAgainButton, &QPushButton::clicked, this, &ResultsPage::checkAgain);
    connect(m_session, &WizardSession::runFinished, this, &ResultsPage::updateCheckAgain);
    retranslateUi();
}

bool ResultsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findings->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            QTimer::singleShot(0, m_findings, [tree = m_findings] { tree->doItemsLayout(); });
    }
    return QWizardPage::eventFilter(watched, event);
}

void ResultsPage::initializePage()
{
    m_exported = false;
    m_before.clear();
    m_compared = false;
    fill();
    updateCheckAgain();
}

void ResultsPage::checkAgain()
{
    if (m_session->isRunning()) {
        m_session->cancelRun(); // the button stops a run it started
        return;
    }
    m_before.clear();
    for (const Finding &f : m_session->report().findings)
        m_before.insert(f.id, qMakePair(f.status, f.title));
    m_compared = true;
    m_exported = false; // a new diagnosis, not yet in any PDF
    m_session->run();
    updateCheckAgain();
}

void ResultsPage::updateCheckAgain()
{
    // Only where the live checks asked something: reading a message again
    // would only say the same.
    const WizardSession::LiveOutcome outcome = m_session->liveOutcome();
    const bool running = m_session->isRunning();
    m_checkAgainButton->setVisible(running || outcome == WizardSession::LiveOutcome::Completed
        || outcome == WizardSession::LiveOutcome::Cancelled);
    retranslateUi();
}

QString ResultsPage::changeText(const Finding &f) const
{
    if (!m_compared || m_session->isRunning())
        return QString();
    const auto before = m_before.constFind(f.id);
    if (before == m_before.cend())
        return tr("new");
    if (before->first != f.status)
        return tr("changed; before: %1").arg(ReportText::statusText(before->first));
    return QString();
}

bool ResultsPage::hasWorkToLose() const
{
    if (!m_session->hasReport())
        return false;
    const Report &report = m_session->report();
    for (const Finding &f : report.findings) {
        for (const Fix &fix : f.fixes) {
            if (m_session->isFixDone(f.id, fix.id))
                return true;
        }
    }
    return !m_exported && !report.findings.isEmpty();
}

bool ResultsPage::confirmDiscard()
{
    if (!hasWorkToLose())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Leave these results?"),
        tr("You have ticked steps or not exported this diagnosis yet. If you leave now, they are lost."),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setAttribute(Qt::WA_WindowPropagation); // as large as the zoomed wizard
    box.setObjectName(QStringLiteral("confirmDiscard"));
    return box.exec() == QMessageBox::Discard;
}

QIcon ResultsPage::statusIcon(const QWidget *widget, FindingStatus status)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (status) {
    case FindingStatus::Fail:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case FindingStatus::Warn:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case FindingStatus::Untested:
        pixmap = QStyle::SP_MessageBoxQuestion;
        break;
    case FindingStatus::Info:
        pixmap = QStyle::SP_MessageBoxInformation;
        break;
    case FindingStatus::Pass:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    }
    return widget->style()->standardIcon(pixmap, nullptr, widget);
}

void ResultsPage::fill()
{
    m_filling = true;
    // The same finding stays selected across a language switch.
    const QString current = m_findings->currentItem()
        ? m_findings->currentItem()->data(0, FindingIdRole).toString()
        : QString();
    m_findings->clear();
    QFont bold; // only the weight: the size follows the view (and the zoom)
    bold.setBold(true);
    QTreeWidgetItem *select = nullptr;
    for (const Finding &f : ReportText::ordered(m_session->report().findings)) {
        auto *item = new QTreeWidgetItem(m_findings);
        item->setIcon(0, statusIcon(this, f.status));
        // After "Check again": what is new or changed says so after its title.
        const QString change = changeText(f);
        const QString title
            = change.isEmpty() ? f.title : f.title + QStringLiteral(" (") + change + QLatin1Char(')');
        item->setText(0, title);
        item->setFont(0, bold);
        item->setData(0, FindingIdRole, f.id);
        item->setData(0, KindRole, FindingItem);
        item->setData(0, ChangeRole,
            change.isEmpty()              ? Unchanged
                : m_before.contains(f.id) ? StatusChanged
                                          : NewFinding);
        item->setData(0, Qt::AccessibleTextRole,
            QString(ReportText::statusText(f.status) + QStringLiteral(": ") + title));
        if (!f.explanation.isEmpty()) {
            auto *explanation = new QTreeWidgetItem(item);
            explanation->setText(0, f.explanation);
            explanation->setData(0, FindingIdRole, f.id);
            explanation->setData(0, KindRole, ExplanationItem);
            explanation->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
        for (const Fix &fix : f.fixes) {
            auto *step = new QTreeWidgetItem(item);
            step->setText(0, fix.text);
            step->setData(0, FindingIdRole, f.id);
            step->setData(0, FixIdRole, fix.id);
            step->setData(0, KindRole, FixItem);
            step->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            step->setCheckState(0, fix.done ? Qt::Checked : Qt::Unchecked);
            if (!fix.link.isEmpty())
                step->setToolTip(0, fix.link);
        }
        item->setExpanded(f.status != FindingStatus::Pass);
        if (f.id == current || (!select && current.isEmpty()))
            select = item;
    }
    // What was found before and is no longer: worth saying, after all it
    // is usually what the customer just fixed.
    if (m_compared && !m_session->isRunning()) {
        QStringList present;
        for (const Finding &f : m_session->report().findings)
            present << f.id;
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
            if (present.contains(it.key()) || it.value().first == FindingStatus::Pass)
                continue;
            auto *gone = new QTreeWidgetItem(m_findings);
            gone->setIcon(0, statusIcon(this, FindingStatus::Pass));
            gone->setText(0, tr("No longer found: %1").arg(it.value().second));
            gone->setData(0, FindingIdRole, it.key());
            gone->setData(0, KindRole, GoneItem);
            gone->setData(0, ChangeRole, NoLongerFound);
        }
    }
    if (select)
        m_findings->setCurrentItem(select);
    m_filling = false;
    updateEvidence();
    retranslateUi();
}

void ResultsPage::updateEvidence()
{
    if (!m_evidence->isVisible() && !m_evidenceButton->isChecked())
        return;
    const QTreeWidgetItem *item = m_findings->currentItem();
    const QString id = item ? item->data(0, FindingIdRole).toString() : QString();
    const Report &report = m_session->report();
    QStringList lines;
    for (const Finding &f : report.findings) {
        if (id.isEmpty() || f.id == id) {
            lines << f.evidence;
            if (!f.source.isEmpty())
                lines << tr("Source: %1").arg(f.source);
        }
    }
    // Probe transcripts (C:/S: lines) and DNS answers, once live checks run.
    for (const Probe &p : report.probes)
        lines << p.transcript;
    if (lines.isEmpty())
        lines << tr("No evidence recorded for this finding.");
    m_evidence->setPlainText(lines.join(QLatin1Char('\n')));
}

void ResultsPage::copyAsText()
{
    QApplication::clipboard()->setText(m_session->plainText());
}

QString ResultsPage::suggestedPdfPath() const
{
    const Report &report = m_session->report();
    QString domain = m_session->domain();
    if (domain.isEmpty())
        domain = report.senderDomain;
    if (domain.isEmpty())
        domain = m_session->checkRequest().domain;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(PdfReport::suggestedFileName(domain, QDate::currentDate()));
}

bool ResultsPage::exportPdfTo(const QString &path, QString *error) const
{
    // Built from the report and the input only: the AUTH password the
    // session holds in memory has no way into the file.
    PdfSection section;
    section.report = m_session->report();
    section.summary = m_session->summary();
    switch (m_session->mode()) {
    case WizardSession::Mode::Bounce:
        section.input = m_session->fileName().isEmpty() ? tr("pasted text") : m_session->fileName();
        section.bounceText = m_session->bounceBytes().isEmpty()
            ? m_session->bounceText()
            : PdfReport::excerptText(m_session->bounceBytes());
        break;
    case WizardSession::Mode::Symptom:
        // The symptom as the person picked it, not its id.
        if (const Symptom *symptom = RulesFolder::current()->symptom(m_session->symptom()))
            section.input = symptom->title.text(m_session->language());
        break;
    case WizardSession::Mode::Domain:
        section.input = m_session->domain();
        break;
    }
    if (const Provider *provider = RulesFolder::current()->provider(section.report.provider))
        section.providerName = provider->name;
    if (!section.report.probes.isEmpty()) {
        const CheckRequest request = m_session->checkRequest();
        section.liveChecks = true;
        section.domain = request.domain;
        section.servers = request.servers;
        section.nameserver = CheckSettings::load().nameserver;
    }
    const bool written
        = PdfReport::write(path, { section }, PdfReport::pageSizeFor(QLocale::system()), error);
    m_exported = m_exported || written;
    return written;
}

void ResultsPage::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the diagnosis as PDF"), suggestedPdfPath(), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdfTo(path, &error))
        QMessageBox::warning(this, tr("Export PDF"), error);
}

void ResultsPage::startOver()
{
    if (!confirmDiscard())
        return;
    m_before.clear();
    m_compared = false;
    m_evidenceButton->setChecked(false);
    m_session->clear();
    m_findings->clear();
    if (wizard())
        wizard()->restart();
}

void ResultsPage::retranslateUi()
{
    setTitle(tr("What we found"));
    setSubTitle(tr("Work through the list from the top and tick each step when it is done."));
    m_findings->setAccessibleName(tr("Findings and steps to fix them"));
    m_summary->setText(m_session->summary());
    m_evidenceButton->setText(m_evidenceButton->isChecked() ? tr("Hide &evidence") : tr("Show &evidence"));
    m_evidenceButton->setToolTip(
        tr("The server's words, DNS answers and transcripts behind the selected finding"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_copyButton->setText(tr("&Copy as text"));
    m_copyButton->setToolTip(tr("Copy the whole diagnosis, with the ticked steps, for a ticket or a chat"));
    m_exportButton->setText(tr("Export &PDF…"));
    m_exportButton->setToolTip(tr("Save the diagnosis as a PDF to attach to a ticket"));
    m_startOverButton->setText(tr("Start &over"));
    m_startOverButton->setToolTip(tr("Clear everything and begin again"));
    m_checkAgainButton->setText(m_session->isRunning() ? tr("Stop chec&king") : tr("Check a&gain"));
    m_checkAgainButton->setToolTip(
        tr("Run the same checks again, for example after a DNS record was changed. "
           "Ticked steps stay ticked; what changed is marked."));
}

void ResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace MailMedic
