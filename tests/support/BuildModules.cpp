// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every test that uses the core: its modules (core/Modules.h)
// come from this build's folder, not from an installed MailMedic.
#include "Modules.h"

#include <QCoreApplication>

namespace {

void useBuildModules()
{
    MailMedic::Modules::setDirectory(QStringLiteral(MAILMEDIC_MODULE_BUILD_DIR));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(useBuildModules)
