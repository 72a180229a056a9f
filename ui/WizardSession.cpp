// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardSession.h"

namespace MailMedic {

WizardSession::WizardSession(QObject *parent)
    : QObject(parent)
{
}

void WizardSession::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
}

void WizardSession::setReport(const Report &report)
{
    m_report = report;
    Q_EMIT reportChanged();
}

} // namespace MailMedic
