// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartPage.h"

#include "InputPage.h"
#include "MainWizard.h"
#include "WizardSession.h"

#include <QAbstractButton>
#include <QCommandLinkButton>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QMimeData>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace MailMedic {

StartPage::StartPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_bounce(new QCommandLinkButton(this))
    , m_symptom(new QCommandLinkButton(this))
    , m_domain(new QCommandLinkButton(this))
{
    // Not an exclusive button group: its buttons would behave like radio
    // buttons, which Tab skips as one. The choice made is kept checked here.
    connect(m_session, &WizardSession::cleared, this, [this] {
        m_chosen = false;
        for (QCommandLinkButton *b : { m_bounce, m_symptom, m_domain })
            b->setChecked(false);
        Q_EMIT completeChanged();
    });
    auto *layout = new QVBoxLayout(this);
    const QList<QCommandLinkButton *> buttons { m_bounce, m_symptom, m_domain };
    for (int i = 0; i < buttons.size(); ++i) {
        QCommandLinkButton *b = buttons.at(i);
        b->setCheckable(true);
        layout->addWidget(b);
        // A flat command link shows no focus of its own: the one the keyboard
        // is on is drawn as a button, so Tab and Space can be followed.
        b->setFocusPolicy(Qt::StrongFocus);
        b->setFlat(true);
        b->installEventFilter(this);
        // Choosing is the whole question on this page: go straight on.
        connect(b, &QCommandLinkButton::clicked, this, [this, i] {
            choose(i);
            wizard()->next();
        });
    }
    m_bounce->setObjectName(QStringLiteral("chooseBounce"));
    m_symptom->setObjectName(QStringLiteral("chooseSymptom"));
    m_domain->setObjectName(QStringLiteral("chooseDomain"));
    layout->addStretch(1);
    setAcceptDrops(true);
    retranslateUi();
}

namespace {

// The first local file among the dropped URLs (a file manager's drop).
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return QString();
}

} // namespace

void StartPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void StartPage::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_bounce->setChecked(true);
    choose(static_cast<int>(WizardSession::Mode::Bounce));
    wizard()->next();
    if (auto *input = qobject_cast<InputPage *>(wizard()->currentPage()))
        input->loadFile(path);
}

void StartPage::choose(int mode)
{
    m_chosen = true;
    const QList<QCommandLinkButton *> buttons { m_bounce, m_symptom, m_domain };
    for (int i = 0; i < buttons.size(); ++i)
        buttons.at(i)->setChecked(i == mode);
    m_session->setMode(static_cast<WizardSession::Mode>(mode));
    Q_EMIT completeChanged();
}

bool StartPage::isComplete() const
{
    return m_chosen;
}

int StartPage::nextId() const
{
    return MainWizard::InputPageId;
}

void StartPage::retranslateUi()
{
    setTitle(tr("What happened?"));
    setSubTitle(tr("MailMedic finds out why e-mail was not delivered and tells you how to fix it."));
    m_bounce->setText(tr("I have a bounce message"));
    m_bounce->setDescription(
        tr("Paste the error message you got back, or drop the returned e-mail (.eml) here."));
    m_symptom->setText(tr("Something is wrong with my e-mail"));
    m_symptom->setDescription(
        tr("Pick what you notice, for example: my mail lands in spam, or I can't send at all."));
    m_domain->setText(tr("Check my domain"));
    m_domain->setDescription(
        tr("Check the mail settings of a domain: MX, SPF, DKIM, DMARC and the mail servers."));
}

void StartPage::initializePage()
{
    // The keyboard starts on the first choice; Tab goes to the next.
    QTimer::singleShot(0, m_bounce, [this] { m_bounce->setFocus(Qt::OtherFocusReason); });
}

bool StartPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        if (auto *b = qobject_cast<QCommandLinkButton *>(watched))
            b->setFlat(event->type() == QEvent::FocusOut);
    }
    return QWizardPage::eventFilter(watched, event);
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace MailMedic
