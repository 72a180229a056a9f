// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWizard>

class QPushButton;
class QStyle;

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

    // Screen sharing: Ctrl++ / Ctrl+= / Ctrl+- / Ctrl+0 scale the wizard's
    // text; the zoom is remembered (QSettings "ui/zoom").
    int zoomPercent() const { return m_zoom; }
    void setZoomPercent(int percent);
    void zoomIn();
    void zoomOut();
    void resetZoom();

    // Esc, Cancel, Finish and closing the window: on the results page, asks
    // first when ticked steps or an unexported diagnosis would be lost.
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateLanguageButton();
    void applyZoom();

    LanguageManager *m_languages;
    WizardSession *m_session;
    QPushButton *m_languageButton;
    QFont m_baseFont;
    QPointer<QStyle> m_zoomStyle; // the lists' style at the current zoom
    int m_zoom = 100;
    int m_lastPage = -1;
};

} // namespace MailMedic
