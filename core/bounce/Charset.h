// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace MailMedic {

// Bytes of unknown or wrong charset to Unicode (UTF-8 when it is valid,
// otherwise GMime's best guess), so nothing ends up as mojibake.
QString decodeUnknownBytes(const QByteArray &bytes);

// Bytes in a named charset; a null string when the converter refuses them.
QString decodeBytes(const QByteArray &bytes, const char *charset);

} // namespace MailMedic
