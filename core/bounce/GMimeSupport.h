// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// Keeps GLib/GMime headers out of everything but the .cpp files that parse
// MIME: GLib's identifiers clash with Qt's keywords and macros.
typedef struct _GMimeMessage GMimeMessage;
typedef struct _GMimeObject GMimeObject;
typedef struct _GMimeStream GMimeStream;

namespace MailMedic {

// g_mime_init() exactly once per process, from whichever thread gets here first.
void ensureGMimeInitialized();

struct GObjectDeleter
{
    void operator()(void *object) const;
};
using MimeMessagePtr = std::unique_ptr<GMimeMessage, GObjectDeleter>;

// Parses raw RFC 5322 bytes (LF, CRLF or CR line ends, an mbox "From " line
// allowed) into a GMime message; null when the bytes are not a message.
MimeMessagePtr parseMimeMessage(const QByteArray &raw);

// An empty memory stream of the calling thread's, to write into and read back
// with scratchBytes() before the next call. Every GObject made and destroyed
// takes GLib's process-wide locks and type reference counts, which two
// threads then fight over; reading a part's content this way makes none.
GMimeStream *scratchStream();
// What was written into scratchStream() since it was handed out.
QByteArray scratchBytes();

// `bytes` in `charset` (an iconv name) as Unicode, by g_convert()'s rules; a
// null string when the converter refuses them (unknown charset, a byte
// sequence that is not in it, a partial character at the end).
QString convertToUnicode(const QByteArray &bytes, const char *charset);

// A GLib string (UTF-8, may be null) as a QString.
QString fromGChar(const char *s);

// The bare address of the first mailbox in an address header's value
// ("Jan <jan@example.org>, ..." -> jan@example.org), parsed by GMime; empty
// when there is none (Return-Path: <>).
QString firstMailbox(const QString &headerValue);

// True when the message carries an RFC 3464 delivery report
// (message/delivery-status or RFC 6533 message/global-delivery-status).
bool hasDeliveryStatus(GMimeMessage *message);

} // namespace MailMedic
