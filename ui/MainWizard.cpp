// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWizard.h"

#include "ChecksPage.h"
#include "InputPage.h"
#include "LanguageManager.h"
#include "ResultsPage.h"
#include "RulesFolder.h"
#include "StartPage.h"
#include "WizardSession.h"

#include <QAbstractItemView>
#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>
#include <QProxyStyle>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>

namespace MailMedic {

namespace {

// The platform's style with the sizes that do not follow the font (tick
// boxes, small icons) scaled by the zoom.
class ZoomStyle : public QProxyStyle
{
public:
    explicit ZoomStyle(qreal scale)
        : QProxyStyle(QStyleFactory::create(QApplication::style()->objectName())), m_scale(scale)
    { }
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        const int base = QProxyStyle::pixelMetric(metric, option, widget);
        switch (metric) {
        case PM_IndicatorWidth:
        case PM_IndicatorHeight:
        case PM_ExclusiveIndicatorWidth:
        case PM_ExclusiveIndicatorHeight:
        case PM_SmallIconSize:
            return qRound(base * m_scale);
        default:
            return base;
        }
    }

private:
    qreal m_scale;
};

} // namespace

MainWizard::MainWizard(LanguageManager *languages, QWidget *parent)
    : QWizard(parent)
    , m_languages(languages)
    , m_session(new WizardSession(this))
    , m_languageButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("MainWizard"));
    // The support team's rules folder, if one is set, before any page reads rules.
    if (RulesFolder::lastInstalled().folder != RulesFolder::folderSetting())
        RulesFolder::installFromSettings();
    // The same look on every platform, so a support person's screenshots and
    // instructions match what the customer sees.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveCustomButton1, true);

    setPage(StartPageId, new StartPage(m_session, this));
    setPage(InputPageId, new InputPage(m_session, this));
    setPage(ChecksPageId, new ChecksPage(m_session, this));
    setPage(ResultsPageId, new ResultsPage(m_session, this));
    setStartId(StartPageId);

    // The language menu sits in the button row, so it is there on every page.
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    auto *menu = new QMenu(m_languageButton);
    auto *group = new QActionGroup(menu);
    for (const LanguageManager::Language &l : LanguageManager::languages()) {
        QAction *action = menu->addAction(l.nativeName);
        action->setCheckable(true);
        action->setData(l.code);
        action->setObjectName(QStringLiteral("language_") + l.code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = l.code] { m_languages->setLanguage(code); });
    }
    menu->setAttribute(Qt::WA_WindowPropagation); // the menu's text follows the zoom
    m_languageButton->setMenu(menu);
    setButton(QWizard::CustomButton1, m_languageButton);
    setButtonLayout({ QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
        QWizard::FinishButton, QWizard::CancelButton });

    connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        m_session->setLanguage(code);
        updateLanguageButton();
    });
    m_session->setLanguage(m_languages->language());
    updateLanguageButton();
    m_baseFont = font();
    const auto shortcut = [this](const QKeySequence &keys, void (MainWizard::*slot)()) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    // Ctrl+= too: on most keyboards "+" needs Shift, and people press Ctrl and the key with "+" on it.
    shortcut(QKeySequence::ZoomIn, &MainWizard::zoomIn);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), &MainWizard::zoomIn);
    shortcut(QKeySequence::ZoomOut, &MainWizard::zoomOut);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), &MainWizard::resetZoom);
    setZoomPercent(QSettings().value(QStringLiteral("ui/zoom"), 100).toInt());

    // Back from the results of a message that was only read skips the
    // checks page it went through without stopping.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        const bool onlyRead = m_session->liveOutcome() == WizardSession::LiveOutcome::NotRun
            || m_session->liveOutcome() == WizardSession::LiveOutcome::Offline;
        if (id == ChecksPageId && m_lastPage == ResultsPageId && onlyRead && !m_session->isRunning())
            QTimer::singleShot(0, this, [this] {
                if (currentId() == ChecksPageId)
                    back();
            });
        m_lastPage = id;
    });
    retranslateUi();
    resize(760, 560);
}

void MainWizard::setZoomPercent(int percent)
{
    percent = qBound(70, percent, 250);
    const bool changed = percent != m_zoom;
    m_zoom = percent;
    applyZoom();
    if (changed)
        QSettings().setValue(QStringLiteral("ui/zoom"), m_zoom);
}

void MainWizard::zoomIn()
{
    setZoomPercent(m_zoom + 10);
}

void MainWizard::zoomOut()
{
    setZoomPercent(m_zoom - 10);
}

void MainWizard::resetZoom()
{
    setZoomPercent(100);
}

void MainWizard::applyZoom()
{
    const qreal scale = m_zoom / 100.0;
    const auto scaled = [scale](QFont font) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * scale);
        else
            font.setPixelSize(qMax(6, qRound(font.pixelSize() * scale)));
        return font;
    };
    setFont(scaled(m_baseFont));
    // Widgets with a font of their own (QWizard's page titles, bold headings)
    // do not follow the window's: each is scaled from the font it had at 100 %.
    static const char baseFontKey[] = "mailmedicBaseFont";
    static const char baseIconKey[] = "mailmedicBaseIconSize";
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->testAttribute(Qt::WA_SetFont) || w->property(baseFontKey).isValid()) {
            if (!w->property(baseFontKey).isValid())
                w->setProperty(baseFontKey, w->font());
            w->setFont(scaled(w->property(baseFontKey).value<QFont>()));
        }
        // Icons (the findings' status, the start page's arrows) grow with the text.
        QSize base;
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            if (!view->property(baseIconKey).isValid())
                view->setProperty(baseIconKey,
                    view->iconSize().isValid() ? view->iconSize()
                                               : QSize(view->style()->pixelMetric(QStyle::PM_SmallIconSize),
                                                   view->style()->pixelMetric(QStyle::PM_SmallIconSize)));
            view->setIconSize(view->property(baseIconKey).toSize() * scale);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!button->property(baseIconKey).isValid())
                button->setProperty(baseIconKey, button->iconSize());
            button->setIconSize(button->property(baseIconKey).toSize() * scale);
        }
    }
    // The tick boxes of the checklists grow with the text: the lists draw
    // with a style whose indicator and icon sizes follow the zoom.
    auto *style = new ZoomStyle(scale);
    style->setParent(this);
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setStyle(style);
    if (m_zoomStyle)
        m_zoomStyle->deleteLater();
    m_zoomStyle = style;
    // QWizard lays its header out when a page's title is set: once more, in
    // the new size, or the title's lower edge is cut off.
    if (QWizardPage *page = currentPage())
        page->setTitle(page->title());
    // Grow to fit, as far as the screen allows (never shrink what the person
    // sized); the language menu and the dialogs follow the font through
    // Qt::WA_WindowPropagation.
    QSize wanted = size().expandedTo((QSize(760, 560) * scale).expandedTo(minimumSizeHint()));
    if (const QScreen *s = screen())
        wanted = wanted.boundedTo(s->availableGeometry().size());
    if (wanted != size())
        resize(wanted);
}

void MainWizard::updateLanguageButton()
{
    const QString code = m_languages->language();
    for (QAction *action : m_languageButton->menu()->actions()) {
        const bool current = action->data().toString() == code;
        action->setChecked(current);
        if (current)
            setButtonText(QWizard::CustomButton1, action->text());
    }
}

void MainWizard::retranslateUi()
{
    setWindowTitle(tr("MailMedic — e-mail troubleshooter"));
    m_languageButton->setToolTip(tr("Language of the wizard and of the report"));
    m_languageButton->setAccessibleName(tr("Language"));
    // QWizard keeps the button texts it chose at construction; ask Qt's
    // translations for them again so Back/Next/Cancel follow the switch.
    // (A variable source text keeps lupdate from copying Qt's strings into ours.)
    const auto qtText = [](const char *source) { return QCoreApplication::translate("QWizard", source); };
    setButtonText(QWizard::BackButton, qtText("< &Back"));
    setButtonText(QWizard::NextButton, qtText("&Next >"));
    setButtonText(QWizard::FinishButton, qtText("&Finish"));
    setButtonText(QWizard::CancelButton, qtText("Cancel"));
}

void MainWizard::done(int result)
{
    if (currentId() == ResultsPageId) {
        auto *results = qobject_cast<ResultsPage *>(currentPage());
        if (results && !results->confirmDiscard())
            return;
    }
    QWizard::done(result);
}

void MainWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

} // namespace MailMedic
