// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QHash>
#include <QPair>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace MailMedic {

class WizardSession;

// The diagnosis as a checklist: one summary sentence, the findings most
// urgent first, and under each its fixes as items a support person ticks
// while on the phone. The ticks live in the session's Report.
class ResultsPage : public QWizardPage
{
    Q_OBJECT
public:
    // The icon of a finding's status, shared with the checks page's rows.
    static QIcon statusIcon(const QWidget *widget, FindingStatus status);
    // Item data roles in findingsTree().
    enum Role { FindingIdRole = Qt::UserRole, FixIdRole, KindRole, ChangeRole };
    enum ItemKind { FindingItem, ExplanationItem, FixItem, GoneItem };
    // What "Check again" found different for a finding (ChangeRole).
    enum Change { Unchanged, NewFinding, StatusChanged, NoLongerFound };

    ResultsPage(WizardSession *session, QWidget *parent = nullptr);
    void initializePage() override;

    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *findingsTree() const { return m_findings; }
    QPlainTextEdit *evidenceView() const { return m_evidence; }
    QPushButton *evidenceButton() const { return m_evidenceButton; }
    QPushButton *copyButton() const { return m_copyButton; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *startOverButton() const { return m_startOverButton; }
    // Runs the same checks again (after the customer changed a DNS record,
    // say): ticks stay by finding, and what changed is marked. While
    // running it stops the checks.
    QPushButton *checkAgainButton() const { return m_checkAgainButton; }
    void checkAgain();

    void copyAsText();
    void startOver();
    // Asks where to save (Documents, mailmedic-<domain>-<date>.pdf) and writes the PDF.
    void exportPdf();
    // Writes the diagnosis as shown, ticks included, to `path`.
    bool exportPdfTo(const QString &path, QString *error = nullptr) const;
    // Whether leaving now would lose something: ticked steps, or a diagnosis
    // not exported since it was shown.
    bool hasWorkToLose() const;
    // Asks before that is lost (Esc, Cancel, Finish, Start over); true when
    // there is nothing to lose or the person chose to discard it.
    bool confirmDiscard();
    // The file name the save dialog suggests, in the Documents folder.
    QString suggestedPdfPath() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void updateEvidence();
    void updateCheckAgain();
    QString changeText(const Finding &f) const;

    WizardSession *m_session;
    QLabel *m_summary;
    QTreeWidget *m_findings;
    QPushButton *m_evidenceButton;
    QPlainTextEdit *m_evidence;
    QPushButton *m_copyButton;
    QPushButton *m_exportButton;
    QPushButton *m_startOverButton;
    QPushButton *m_checkAgainButton;
    // The findings before "Check again", by id: their status and title.
    QHash<QString, QPair<FindingStatus, QString>> m_before;
    bool m_compared = false; // the report shown is the one after "Check again"
    bool m_filling = false;
    mutable bool m_exported = false; // since these results were shown
};

} // namespace MailMedic
