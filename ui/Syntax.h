// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#ifdef MAILMEDIC_HAVE_KSH
namespace KSyntaxHighlighting {
class Repository;
}
#endif

// The syntax definitions of resources/syntax/ and the one KSyntaxHighlighting
// repository of the program: what the PDF writer (Qt GUI only) and the
// wizard's highlighted views (Highlighting.h) share.
namespace MailMedic::Syntax {

// Our own definitions in resources/syntax/.
inline QString bounceDefinition()
{
    return QStringLiteral("MailMedic Bounce");
}
inline QString transcriptDefinition()
{
    return QStringLiteral("MailMedic SMTP Transcript");
}

bool isAvailable();
// Whether the named definition loaded (false without KSyntaxHighlighting).
bool hasDefinition(const QString &name);
#ifdef MAILMEDIC_HAVE_KSH
// The one repository of the program (STYLE.md): our definitions plus the
// stock ones, made on first use and kept until exit.
KSyntaxHighlighting::Repository &repository();
#endif

} // namespace MailMedic::Syntax
