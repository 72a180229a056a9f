// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce/Charset.h"

#include "bounce/GMimeSupport.h"

#include <gmime/gmime.h>

namespace MailMedic {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    return g_utf8_validate(bytes.constData(), bytes.size(), nullptr);
}

QString convertFrom(const QByteArray &bytes, const char *charset)
{
    // g_convert_with_fallback() to UTF-8 gives what g_convert() gives: its
    // fallback is only for characters the target charset lacks.
    const QString text = convertToUnicode(bytes, charset);
    if (text.isNull())
        return QString::fromLatin1(bytes); // never drop what the user gave us
    return text;
}

} // namespace

QString decodeBytes(const QByteArray &bytes, const char *charset)
{
    if (!charset || !*charset)
        return QString();
    if (g_ascii_strcasecmp(charset, "utf-8") == 0 || g_ascii_strcasecmp(charset, "utf8") == 0)
        return isValidUtf8(bytes) ? QString::fromUtf8(bytes) : QString();
    return convertToUnicode(bytes, charset);
}

QString decodeUnknownBytes(const QByteArray &bytes)
{
    // ISO-2022-JP is 7-bit, so it passes as "valid UTF-8": its escape
    // sequences (RFC 1468) give it away.
    // (One search for the escape byte first: most texts have none.)
    const int esc = int(bytes.indexOf('\x1b'));
    if (esc >= 0 && (bytes.indexOf("\x1b$B", esc) >= 0 || bytes.indexOf("\x1b$@", esc) >= 0)) {
        const QString japanese = decodeBytes(bytes, "ISO-2022-JP");
        if (!japanese.isNull())
            return japanese;
    }
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    // Not UTF-8 and no trustworthy label: bounces in the wild are mostly
    // Cyrillic (windows-1251 / KOI8-R) or Western (windows-1252). Cyrillic
    // text is runs of high bytes; in windows-1251 most of them are lower-case
    // letters (0xE0-0xFF), in KOI8-R the lower case sits at 0xC0-0xDF.
    int high = 0;
    int letters = 0;
    int upperHalf = 0;
    int lowerHalf = 0;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80) {
            ++high;
            if (c >= 0xE0)
                ++upperHalf;
            else if (c >= 0xC0)
                ++lowerHalf;
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            ++letters;
        }
    }
    const bool cyrillic = high > 0 && high * 2 > letters;
    if (cyrillic)
        return convertFrom(bytes, upperHalf >= lowerHalf ? "WINDOWS-1251" : "KOI8-R");
    return convertFrom(bytes, "WINDOWS-1252");
}

} // namespace MailMedic
