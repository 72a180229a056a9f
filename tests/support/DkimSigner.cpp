// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DkimSigner.h"

#include <QtGlobal>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include "headers/OpenDkim.h"

namespace MailMedic::Test {

namespace {

struct LibCloser
{
    void operator()(DKIM_LIB *lib) const { dkim_close(lib); }
};
struct HandleFreer
{
    void operator()(DKIM *dkim) const { dkim_free(dkim); }
};

unsigned char *bytes(const char *text)
{
    return reinterpret_cast<unsigned char *>(const_cast<char *>(text));
}

// Messages travel with CRLF line ends (RFC 5322 §2.1); a signature is made over them.
QByteArray toCrlf(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 16);
    char previous = '\0';
    for (const char c : message) {
        if (c == '\n' && previous != '\r')
            out.append('\r');
        out.append(c);
        previous = c;
    }
    return out;
}

QByteArray refused(DKIM *dkim, const char *step, DKIM_STAT status)
{
    const char *why = dkim ? dkim_geterror(dkim) : nullptr;
    qWarning("signDkim: %s failed: %s (%s)", step, dkim_getresultstr(status), why ? why : "");
    return QByteArray();
}

} // namespace

DkimTestKey makeDkimKey(int bits)
{
    DkimTestKey key;
    EVP_PKEY *pkey = nullptr;
    // OpenSSL 3 still generates 512-bit RSA keys (its floor is 512).
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
    const bool made = ctx && EVP_PKEY_keygen_init(ctx) > 0 && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, bits) > 0
        && EVP_PKEY_keygen(ctx, &pkey) > 0;
    EVP_PKEY_CTX_free(ctx);
    if (!made) {
        EVP_PKEY_free(pkey);
        return key;
    }

    BIO *bio = BIO_new(BIO_s_mem());
    if (bio && PEM_write_bio_PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        key.privatePem = QByteArray(data, int(size));
    }
    BIO_free(bio);

    unsigned char *der = nullptr;
    const int derSize = i2d_PUBKEY(pkey, &der);
    if (derSize > 0) {
        const QByteArray spki(reinterpret_cast<const char *>(der), derSize);
        key.dnsTxt = QByteArray("v=DKIM1; k=rsa; p=") + spki.toBase64();
    }
    OPENSSL_free(der);
    key.bits = key.privatePem.isEmpty() || key.dnsTxt.isEmpty() ? 0 : EVP_PKEY_bits(pkey);
    EVP_PKEY_free(pkey);
    return key;
}

QByteArray signDkim(const QByteArray &message, const DkimTestKey &key, const QString &selector,
    const QString &domain, const QStringList &headersToSign, std::optional<QDateTime> expires,
    const QDateTime &signingTime)
{
    std::unique_ptr<DKIM_LIB, LibCloser> lib(dkim_init(nullptr, nullptr));
    if (!lib)
        return refused(nullptr, "dkim_init", DKIM_STAT_NORESOURCE);

    const QDateTime when = signingTime.isValid() ? signingTime : QDateTime::currentDateTimeUtc();
    uint64_t fixedTime = uint64_t(when.toSecsSinceEpoch()); // t=
    DKIM_STAT status
        = dkim_options(lib.get(), DKIM_OP_SETOPT, DKIM_OPTS_FIXEDTIME, &fixedTime, sizeof fixedTime);
    if (status == DKIM_STAT_OK && expires) {
        // libopendkim writes x= as t= plus a time to live.
        const qint64 ttl = when.secsTo(*expires);
        if (ttl <= 0)
            return refused(nullptr, "x= after t=", DKIM_STAT_INVALID);
        uint64_t signatureTtl = uint64_t(ttl);
        status = dkim_options(
            lib.get(), DKIM_OP_SETOPT, DKIM_OPTS_SIGNATURETTL, &signatureTtl, sizeof signatureTtl);
    }
    unsigned int minBits = 0; // libopendkim refuses to sign with keys under 1024 bits by default
    if (status == DKIM_STAT_OK)
        status = dkim_options(lib.get(), DKIM_OP_SETOPT, DKIM_OPTS_MINKEYBITS, &minBits, sizeof minBits);
    std::vector<QByteArray> names;
    std::vector<const char *> list;
    for (const QString &name : headersToSign)
        names.push_back(name.toLatin1());
    for (const QByteArray &name : names)
        list.push_back(name.constData());
    list.push_back(nullptr);
    if (status == DKIM_STAT_OK && !headersToSign.isEmpty()) // the array itself, not its address
        status = dkim_options(lib.get(), DKIM_OP_SETOPT, DKIM_OPTS_SIGNHDRS, list.data(), sizeof(char **));
    if (status != DKIM_STAT_OK)
        return refused(nullptr, "dkim_options", status);

    const QByteArray sel = selector.toLatin1();
    const QByteArray dom = domain.toLatin1();
    std::unique_ptr<DKIM, HandleFreer> dkim(dkim_sign(lib.get(), bytes("mailmedic-test"), nullptr,
        bytes(key.privatePem.constData()), bytes(sel.constData()), bytes(dom.constData()), DKIM_CANON_RELAXED,
        DKIM_CANON_RELAXED, DKIM_SIGN_RSASHA256, -1, &status));
    if (!dkim)
        return refused(nullptr, "dkim_sign", status);

    QByteArray crlf = toCrlf(message);
    // dkim_chunk() splits header and body itself; a NULL chunk ends the message.
    status = dkim_chunk(dkim.get(), reinterpret_cast<unsigned char *>(crlf.data()), std::size_t(crlf.size()));
    if (status == DKIM_STAT_OK)
        status = dkim_chunk(dkim.get(), nullptr, 0);
    if (status == DKIM_STAT_OK)
        status = dkim_eom(dkim.get(), nullptr);
    if (status != DKIM_STAT_OK)
        return refused(dkim.get(), "signing", status);

    static const char prefix[] = "DKIM-Signature: ";
    unsigned char *value = nullptr;
    std::size_t size = 0;
    status = dkim_getsighdr_d(dkim.get(), std::strlen(prefix), &value, &size);
    if (status != DKIM_STAT_OK)
        return refused(dkim.get(), "dkim_getsighdr_d", status);
    return QByteArray(prefix) + QByteArray(reinterpret_cast<const char *>(value), int(size)) + "\r\n" + crlf;
}

} // namespace MailMedic::Test
