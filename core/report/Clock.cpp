// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Clock.h"

namespace MailMedic::Clock {

QDateTime nowUtc()
{
    const QString fixed = qEnvironmentVariable("MAILMEDIC_NOW");
    if (!fixed.isEmpty()) {
        const QDateTime when = QDateTime::fromString(fixed, Qt::ISODate);
        if (when.isValid())
            return when.toUTC();
    }
    return QDateTime::currentDateTimeUtc();
}

} // namespace MailMedic::Clock
