// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For tests that link mailmedic_ui: take the wizard's first steps as a person
// would, by clicking.

#include "InputPage.h"
#include "MainWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace MailMedic::Test {

// Answers the next message box that opens (within 5 s) with `button`, and
// counts it in `*asked`: call before the click or key that opens it.
inline void answerNextMessageBox(QMessageBox::StandardButton button, int *asked)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, button, asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++*asked;
            timer->stop();
            timer->deleteLater();
            box->button(button)->click();
        } else if (++*tries > 250) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

// Drops a local file on `target` as a file manager does (a file URL): false
// when the widget does not accept it.
inline bool dropFile(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return true;
}

// Clicks one of the start page's choices ("chooseBounce", "chooseSymptom",
// "chooseDomain"): the input page it leads to, nullptr when it leads elsewhere.
inline InputPage *chooseStart(MainWizard &wizard, const QString &choice)
{
    QTest::mouseClick(wizard.findChild<QCommandLinkButton *>(choice), Qt::LeftButton);
    return qobject_cast<InputPage *>(wizard.currentPage());
}

// From the checks page to the results: with live checks the page waits
// for Next; a message only read goes on by itself. False when the results
// page is not reached within 30 s.
inline bool throughChecks(MainWizard &wizard)
{
    if (!QTest::qWaitFor(
            [&wizard] {
                return wizard.currentId() == MainWizard::ResultsPageId
                    || (wizard.currentId() == MainWizard::ChecksPageId
                        && wizard.button(QWizard::NextButton)->isEnabled());
            },
            30000))
        return false;
    if (wizard.currentId() == MainWizard::ChecksPageId)
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    return QTest::qWaitFor([&wizard] { return wizard.currentId() == MainWizard::ResultsPageId; }, 5000);
}

// Shows the wizard and takes one of the start page's paths: its input page,
// nullptr when the window did not show or the choice led elsewhere.
inline InputPage *openPath(MainWizard &wizard, const QString &choice)
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return nullptr;
    return chooseStart(wizard, choice);
}

// The row of the symptom with this id (as the rules name it, e.g. "cant-send")
// in the input page's symptom list; -1 when it is not there.
inline int symptomRow(const QListWidget *list, const QString &id)
{
    int row = -1;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            row = i;
    return row;
}

} // namespace MailMedic::Test
