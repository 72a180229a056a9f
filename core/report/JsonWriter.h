// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QByteArray>
#include <QJsonObject>

namespace MailMedic {

// Writes a Report as one object of the JSON Lines contract
// (shared/contract/diagnosis.schema.json). Every field is present, with
// null where a value is unknown, so scripts need no existence checks.
class JsonWriter
{
public:
    static QJsonObject toJson(const Report &report);
    static QByteArray toJsonLine(const Report &report); // compact, ends with '\n'
};

} // namespace MailMedic
