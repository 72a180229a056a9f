// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QPlainTextEdit;

#ifdef MAILMEDIC_HAVE_KSH
namespace KSyntaxHighlighting {
class Repository;
}
#endif

namespace MailMedic {

// KSyntaxHighlighting for the text views, where the build has it; without it
// (the Qt 6 build on Debian 12) the views stay plain text.
class Highlighting : public QObject
{
    Q_OBJECT
public:
    // Our own definitions in resources/syntax/.
    static QString bounceDefinition() { return QStringLiteral("MailMedic Bounce"); }
    static QString transcriptDefinition() { return QStringLiteral("MailMedic SMTP Transcript"); }

    static bool isAvailable();
    // Whether the named definition loaded (false without KSyntaxHighlighting).
    static bool hasDefinition(const QString &name);
    // Highlights `edit` with the definition; the theme follows the palette
    // (dark or light) and changes with it. Does nothing without KSyntaxHighlighting.
    static void attach(QPlainTextEdit *edit, const QString &definition);
#ifdef MAILMEDIC_HAVE_KSH
    // The one repository of the program (STYLE.md): our definitions plus the
    // stock ones, made on first use after QApplication and kept until exit.
    static KSyntaxHighlighting::Repository &repository();
#endif

private:
    explicit Highlighting(QPlainTextEdit *edit, const QString &definition);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void applyTheme();

    QPlainTextEdit *m_edit;
    QObject *m_highlighter = nullptr;
};

} // namespace MailMedic
