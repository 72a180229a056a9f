// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace MailMedic::Clock {

// The time reports are dated with and SPF's %{t} expands to. The
// environment variable MAILMEDIC_NOW (ISO 8601 with its zone, e.g.
// 2026-12-06T12:00:00Z) fixes it, as SOURCE_DATE_EPOCH does for builds: the
// golden reports and the PDF tests compare whole files with it.
QDateTime nowUtc();

} // namespace MailMedic::Clock
