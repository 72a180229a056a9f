// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/Check.h"

namespace MailMedic {

Check::~Check() = default;

} // namespace MailMedic
