// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Highlighting.h"

#include <QEvent>
#include <QPlainTextEdit>

#include "Syntax.h"

#ifdef MAILMEDIC_HAVE_KSH
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace MailMedic {

void Highlighting::attach(QPlainTextEdit *edit, const QString &definition)
{
#ifdef MAILMEDIC_HAVE_KSH
    new Highlighting(edit, definition);
#else
    Q_UNUSED(edit)
    Q_UNUSED(definition)
#endif
}

Highlighting::Highlighting(QPlainTextEdit *edit, const QString &definition) : QObject(edit), m_edit(edit)
{
#ifdef MAILMEDIC_HAVE_KSH
    auto *h = new KSyntaxHighlighting::SyntaxHighlighter(edit->document());
    h->setDefinition(Syntax::repository().definitionForName(definition));
    m_highlighter = h;
    applyTheme();
    edit->installEventFilter(this);
#else
    Q_UNUSED(definition)
#endif
}

bool Highlighting::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::PaletteChange)
        applyTheme();
    return QObject::eventFilter(watched, event);
}

void Highlighting::applyTheme()
{
#ifdef MAILMEDIC_HAVE_KSH
    auto *h = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter);
    h->setTheme(Syntax::repository().themeForPalette(m_edit->palette()));
    h->rehighlight();
#endif
}

} // namespace MailMedic
