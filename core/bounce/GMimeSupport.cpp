// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce/GMimeSupport.h"

#include <gmime/gmime.h>

#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

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

// Converters stay open for the life of the thread. Opening one per call made
// glibc load the charset's gconv module and unload it again soon after; the
// dlopen/munmap pairs (with a TLB shootdown on every core) cost more than all
// the parsing. An open converter also keeps the module loaded for GMime's own
// header decoding.
class ConverterCache
{
public:
    ConverterCache() = default;
    ConverterCache(const ConverterCache &) = delete;
    ConverterCache &operator=(const ConverterCache &) = delete;
    ~ConverterCache()
    {
        for (const Entry &e : m_entries)
            close(e.converter);
    }

    // A converter to UTF-8 in its initial shift state; (GIConv)-1 when iconv
    // does not know the charset (remembered too, so it is asked only once).
    GIConv toUtf8(const char *charset)
    {
        for (size_t i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].charset == charset) {
                const GIConv cd = m_entries[i].converter;
                if (cd != GIConv(-1))
                    g_iconv(cd, nullptr, nullptr, nullptr,
                        nullptr); // a failed call may have left it mid-sequence
                return cd;
            }
        }
        if (m_entries.size() >= MaxEntries) {
            close(m_entries.front().converter);
            m_entries.erase(m_entries.begin());
        }
        const GIConv cd = g_iconv_open("UTF-8", charset);
        m_entries.push_back({ QByteArray(charset), cd });
        return cd;
    }

private:
    static constexpr size_t MaxEntries = 16;
    struct Entry
    {
        QByteArray charset;
        GIConv converter;
    };
    static void close(GIConv cd)
    {
        if (cd != GIConv(-1))
            g_iconv_close(cd);
    }
    std::vector<Entry> m_entries;
};

// What this thread keeps for GMime between messages, for the reason given at
// scratchStream(): the parser is set to each new stream instead of made anew
// (and with it its 4 KB read buffer), and the scratch stream is emptied.
class ThreadMime
{
public:
    ThreadMime() = default;
    ThreadMime(const ThreadMime &) = delete;
    ThreadMime &operator=(const ThreadMime &) = delete;
    ~ThreadMime()
    {
        if (m_parser)
            g_object_unref(m_parser);
        if (m_scratch)
            g_object_unref(m_scratch);
    }

    // Holds on to the stream it was last given until the next message; that
    // stream does not own its bytes and is never read again.
    GMimeParser *parser(GMimeStream *stream)
    {
        if (!m_parser)
            m_parser = g_mime_parser_new();
        g_mime_parser_init_with_stream(m_parser, stream);
        return m_parser;
    }

    GMimeStream *scratch()
    {
        if (!m_scratch)
            m_scratch = g_mime_stream_mem_new();
        g_byte_array_set_size(g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(m_scratch)), 0);
        g_mime_stream_reset(m_scratch);
        return m_scratch;
    }

    QByteArray scratchBytes()
    {
        if (!m_scratch)
            return QByteArray();
        const GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(m_scratch));
        QByteArray result(reinterpret_cast<const char *>(bytes->data), static_cast<int>(bytes->len));
        if (bytes->len > MaxKeptScratch) { // an attachment: give its memory back
            g_object_unref(m_scratch);
            m_scratch = nullptr;
        }
        return result;
    }

private:
    static constexpr guint MaxKeptScratch = 1024 * 1024;
    GMimeParser *m_parser = nullptr;
    GMimeStream *m_scratch = nullptr;
};

ThreadMime &threadMime()
{
    static thread_local ThreadMime mime;
    return mime;
}

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

// The bytes a parsed message was read from. GMime keeps substreams of a
// seekable stream instead of copying each part, so the message reads from
// them as long as it lives; handing them over without a copy saves copying
// every input once more.
struct MessageBytes
{
    QByteArray bytes;
    GByteArray *array = nullptr; // over bytes.constData(); never owns it
};

void freeMessageBytes(gpointer data)
{
    auto *held = static_cast<MessageBytes *>(data);
    g_byte_array_free(held->array, FALSE);
    delete held;
}

} // namespace

MimeMessagePtr parseMimeMessage(const QByteArray &input)
{
    ensureGMimeInitialized();
    auto held = std::make_unique<MessageBytes>();
    held->bytes = normalizeLineEnds(input);
    if (!looksLikeHeaderBlock(held->bytes))
        return {};
    // GMime only reads the stream; the const_cast is for GByteArray's type.
    held->array
        = g_byte_array_new_take(reinterpret_cast<guint8 *>(const_cast<char *>(held->bytes.constData())),
            static_cast<gsize>(held->bytes.size()));
    GMimeStream *stream = g_mime_stream_mem_new_with_byte_array(held->array);
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), FALSE);
    GMimeParser *parser = threadMime().parser(stream);
    g_object_unref(stream); // the parser's now, and the message parts' that refer to it
    g_mime_parser_set_format(
        parser, held->bytes.startsWith("From ") ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
    GMimeMessage *message = g_mime_parser_construct_message(parser, nullptr);
    if (!message) {
        freeMessageBytes(held.release());
        return {};
    }
    // Freed when the message is finalized, after its parts have let go of the stream.
    static const GQuark key = g_quark_from_static_string("mailmedic-message-bytes");
    g_object_set_qdata_full(G_OBJECT(message), key, held.release(), freeMessageBytes);
    return MimeMessagePtr(message);
}

GMimeStream *scratchStream()
{
    ensureGMimeInitialized();
    return threadMime().scratch();
}

QByteArray scratchBytes()
{
    return threadMime().scratchBytes();
}

QString convertToUnicode(const QByteArray &bytes, const char *charset)
{
    static thread_local ConverterCache converters;
    const GIConv cd = converters.toUtf8(charset);
    if (cd == GIConv(-1))
        return QString();
    gsize written = 0;
    // g_convert() is exactly open + g_convert_with_iconv() + close.
    char *text = g_convert_with_iconv(bytes.constData(), bytes.size(), cd, nullptr, &written, nullptr);
    if (!text)
        return QString();
    QString result = QString::fromUtf8(text, static_cast<int>(written));
    g_free(text);
    if (result.isNull())
        result = QStringLiteral("");
    return result;
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

QString fromGChar(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString firstMailbox(const QString &headerValue)
{
    ensureGMimeInitialized();
    const QByteArray utf8 = headerValue.toUtf8();
    InternetAddressList *list = internet_address_list_parse(nullptr, utf8.constData());
    if (!list)
        return QString();
    QString address;
    for (int i = 0; i < internet_address_list_length(list) && address.isEmpty(); ++i) {
        InternetAddress *a = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(a))
            address = fromGChar(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)));
    }
    g_object_unref(list);
    return address;
}

bool hasDeliveryStatus(GMimeMessage *message)
{
    return message && containsDeliveryStatus(g_mime_message_get_mime_part(message), 0);
}

} // namespace MailMedic
