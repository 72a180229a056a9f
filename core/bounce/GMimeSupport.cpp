// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce/GMimeSupport.h"

#include <gmime/gmime.h>

#include <mutex>

namespace MailMedic {

void ensureGMimeInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

void GObjectDeleter::operator()(void *object) const
{
    if (object)
        g_object_unref(object);
}

namespace {

// GMime's parser wants LF or CRLF; old Mac-style CR-only files (seen in
// exported bounces) are turned into LF so the headers are found at all.
QByteArray normalizeLineEnds(const QByteArray &raw)
{
    if (!raw.contains('\r') || raw.contains('\n'))
        return raw;
    QByteArray copy = raw;
    copy.replace('\r', '\n');
    return copy;
}

bool looksLikeHeaderBlock(const QByteArray &raw)
{
    // A message starts with "Name: value" (or an mbox "From " line). Pasted
    // snippets such as "550 5.1.1 User unknown" do not.
    int pos = 0;
    if (raw.startsWith("From ")) {
        pos = raw.indexOf('\n');
        if (pos < 0)
            return false;
        ++pos;
    }
    const int end = raw.indexOf('\n', pos);
    const QByteArray first = raw.mid(pos, end < 0 ? -1 : end - pos);
    const int colon = first.indexOf(':');
    if (colon <= 0)
        return false;
    // RFC 5322 allows more, but real header names are letters, digits and '-';
    // "<user@example.com>: host ... said" is the start of a pasted reply.
    for (int i = 0; i < colon; ++i) {
        const char c = first.at(i);
        const bool ok
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

MimeMessagePtr parseMimeMessage(const QByteArray &input)
{
    ensureGMimeInitialized();
    const QByteArray raw = normalizeLineEnds(input);
    if (!looksLikeHeaderBlock(raw))
        return {};
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(raw.constData(), static_cast<size_t>(raw.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    g_object_unref(stream);
    g_mime_parser_set_format(parser, raw.startsWith("From ") ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
    GMimeMessage *message = g_mime_parser_construct_message(parser, nullptr);
    g_object_unref(parser);
    return MimeMessagePtr(message);
}

namespace {

bool containsDeliveryStatus(GMimeObject *object, int depth)
{
    if (!object || depth > 32)
        return false;
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (type && g_mime_content_type_is_type(type, "message", "delivery-status"))
        return true;
    if (type && g_mime_content_type_is_type(type, "message", "global-delivery-status"))
        return true;
    if (GMIME_IS_MULTIPART(object)) {
        auto *multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i) {
            if (containsDeliveryStatus(g_mime_multipart_get_part(multipart, i), depth + 1))
                return true;
        }
    }
    return false;
}

} // namespace

bool hasDeliveryStatus(GMimeMessage *message)
{
    return message && containsDeliveryStatus(g_mime_message_get_mime_part(message), 0);
}

} // namespace MailMedic
