// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Syntax.h"

#ifdef MAILMEDIC_HAVE_KSH
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

// Outside any namespace, as Q_INIT_RESOURCE requires (static library).
static void initSyntaxResources()
{
    Q_INIT_RESOURCE(syntax);
}
#endif

namespace MailMedic::Syntax {

#ifdef MAILMEDIC_HAVE_KSH
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository *repo = [] {
        initSyntaxResources();
        auto *r = new KSyntaxHighlighting::Repository;
        // The parent of syntax/, which is where KSyntaxHighlighting looks.
        r->addCustomSearchPath(QStringLiteral(":/highlighting"));
        return r;
    }();
    return *repo;
}
#endif

bool isAvailable()
{
#ifdef MAILMEDIC_HAVE_KSH
    return true;
#else
    return false;
#endif
}

bool hasDefinition(const QString &name)
{
#ifdef MAILMEDIC_HAVE_KSH
    return repository().definitionForName(name).isValid();
#else
    Q_UNUSED(name)
    return false;
#endif
}

} // namespace MailMedic::Syntax
