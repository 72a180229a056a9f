// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace MailMedic {

// The stable vocabulary of DESIGN.md, in one place: the rule loader validates
// against it and the JSON contract uses the same strings.

// Sisimai's reasons, lower case. `none` (input that is not a bounce) is a
// report value, not something a rule can conclude, so it is not listed here.
QStringList reasons();
bool isReason(const QString &reason);

// What a finding or fix is about.
QStringList topics();
bool isTopic(const QString &topic);

// Probe ids a rule or symptom may ask for.
QStringList probes();
bool isProbe(const QString &probe);

// What a symptom may ask the user.
QStringList questions();
bool isQuestion(const QString &question);

} // namespace MailMedic
