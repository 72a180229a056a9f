// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QPlainTextEdit;

namespace MailMedic {

// KSyntaxHighlighting for the text views, where the build has it; without it
// (the Qt 6 build on Debian 12) the views stay plain text.
class Highlighting : public QObject
{
    Q_OBJECT
public:
    // Highlights `edit` with the definition (Syntax.h); the theme follows the
    // palette (dark or light) and changes with it. Does nothing without
    // KSyntaxHighlighting.
    static void attach(QPlainTextEdit *edit, const QString &definition);

private:
    explicit Highlighting(QPlainTextEdit *edit, const QString &definition);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void applyTheme();

    QPlainTextEdit *m_edit;
    QObject *m_highlighter = nullptr;
};

} // namespace MailMedic
