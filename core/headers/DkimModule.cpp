// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The mailmedic-dkim module (DkimModule.h): libopendkim and OpenSSL, loaded
// only when a message's DKIM signatures or a DKIM key are checked.
#include "headers/DkimModule.h"
#include "mailmedic_version.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <tuple>
#include <utility>
#include <vector>

#include <type_traits>

#include "headers/OpenDkim.h"
#include <openssl/evp.h>
#include <openssl/x509.h>

// One libopendkim instance (DKIM_LIB) per call, not a shared one behind a mutex: configure()'s clock
// tolerance depends on the caller's `now`, and dkim_init() costs some allocations and a res_init(), little
// beside RSA and the body hash. Nothing is shared between calls, so worker threads need no lock.
//
// libopendkim 2.11 quirks handled here (read in its dkim.c):
// - DKIM_OPTS_FIXEDTIME only dates signatures it makes (so it is not set); verification judges x= and t=
//   by time(2) and DKIM_OPTS_CLOCKDRIFT. See configure().
// - A key lookup callback has no status for "DNS failed": ERROR and TRYAGAIN abort dkim_eoh() for every
//   signature. See lookupKey().
// - dkim_header() takes one field with its folding CRLFs, without the final CRLF; a malformed
//   DKIM-Signature gives DKIM_STAT_SYNTAX but is kept, and DKIM_LIBFLAGS_BADSIGHANDLES gives it a
//   signature handle with an error.
// - The key lookup buffer holds 1024 bytes (BUFRSZ); a 4096-bit RSA key fits.
// - DKIM_OPTS_MINKEYBITS is checked after the signature verified: a too small key still reports its size.

using namespace MailMedic;
using namespace MailMedic::DkimMessage;

namespace {

constexpr qint64 kClockDrift = 300; // libopendkim's own tolerance (DEFCLOCKDRIFT)
constexpr unsigned int kMinKeyBits = 1024; // RFC 8301 §3.2; Gmail, Yahoo and Outlook require it too
constexpr std::size_t kBodyChunk = 64 * 1024;
// libopendkim canonicalises a DKIM-Signature in at most 64 KB (MAXBUFRSZ); more fails dkim_eoh() for all.
constexpr qsizetype kMaxSignatureField = 60 * 1024;

unsigned char *bytes(const char *text) // libopendkim takes unsigned char * where it only reads
{
    return reinterpret_cast<unsigned char *>(const_cast<char *>(text));
}

template<typename Char> // char or unsigned char
QString text(const Char *value)
{
    return value ? QString::fromUtf8(reinterpret_cast<const char *>(value)) : QString();
}

using Outcome = DkimSignatureResult::Outcome;

// What the key lookup callback learnt beyond what libopendkim records.
struct LookupContext
{
    const QHash<QString, DkimKeyAnswer> *keys = nullptr;
    QHash<QString, std::pair<Outcome, QString>> notes; // by key name, where NOTFOUND was not the truth
};

// dkim_set_key_lookup(): answers from the caller's keys instead of DNS. DKIM_CBSTAT_NOTFOUND becomes
// DKIM_SIGERROR_NOKEY for this signature only; ERROR/TRYAGAIN would stop dkim_eoh() for all of them and
// DEFAULT would ask DNS itself, so "could not be asked" is answered NOTFOUND and noted here.
DKIM_CBSTAT lookupKey(DKIM *dkim, DKIM_SIGINFO *sig, unsigned char *buf, size_t buflen)
{
    auto *context = static_cast<LookupContext *>(dkim_get_user_context(dkim));
    const QString name = makeQuery(text(dkim_sig_getselector(sig)), text(dkim_sig_getdomain(sig))).name();
    const auto it = context->keys->constFind(name);
    if (it == context->keys->constEnd() || it->state == DkimKeyAnswer::State::Failed) {
        context->notes.insert(
            name, { Outcome::KeyNotAsked, QStringLiteral("%1 could not be looked up").arg(name) });
        return DKIM_CBSTAT_NOTFOUND; // RFC 6376 §6.1.2 step 2: TEMPFAIL, try later
    }
    if (it->state == DkimKeyAnswer::State::NoRecord)
        return DKIM_CBSTAT_NOTFOUND; // RFC 6376 §6.1.2 step 3
    QByteArray record = it->txt;
    if (std::size_t(record.size()) >= buflen) // white space between tags and in p= carries nothing
        record = record.simplified().replace(' ', QByteArray());
    if (std::size_t(record.size()) >= buflen) {
        const QString why = QStringLiteral("key record %1: %2 bytes, more than libopendkim takes");
        context->notes.insert(name, { Outcome::KeyUnusable, why.arg(name, QString::number(it->txt.size())) });
        return DKIM_CBSTAT_NOTFOUND;
    }
    std::memcpy(buf, record.constData(), std::size_t(record.size()) + 1); // with its NUL
    return DKIM_CBSTAT_CONTINUE;
}

DKIM_CBSTAT prescreen(DKIM *, DKIM_SIGINFO **sigs, int count)
{
    for (int i = kMaxSignatures; i < count; ++i)
        dkim_sig_ignore(sigs[i]);
    return DKIM_CBSTAT_CONTINUE;
}

bool configure(DKIM_LIB *lib, const QDateTime &now)
{
    // libopendkim tests x= and t= against time(2) widened by the clock drift. Widening it further by the
    // distance to the caller's clock makes it no stricter than that clock; describe() then applies `now`.
    const qint64 skew = qAbs(QDateTime::currentSecsSinceEpoch() - now.toSecsSinceEpoch());
    uint64_t drift = uint64_t(skew + kClockDrift);
    unsigned int minBits = kMinKeyBits;
    uint32_t flags = DKIM_LIBFLAGS_BADSIGHANDLES;
    return dkim_options(lib, DKIM_OP_SETOPT, DKIM_OPTS_CLOCKDRIFT, &drift, sizeof drift) == DKIM_STAT_OK
        && dkim_options(lib, DKIM_OP_SETOPT, DKIM_OPTS_MINKEYBITS, &minBits, sizeof minBits) == DKIM_STAT_OK
        && dkim_options(lib, DKIM_OP_SETOPT, DKIM_OPTS_FLAGS, &flags, sizeof flags) == DKIM_STAT_OK
        && dkim_set_key_lookup(lib, &lookupKey) == DKIM_STAT_OK
        && dkim_set_prescreen(lib, &prescreen) == DKIM_STAT_OK;
}

// RFC 6376 §3.4: canonicalisation works on CRLF lines as SMTP carries them, so LF line ends of a saved
// message become CRLF again, chunk by chunk.
DKIM_STAT feedBody(DKIM *dkim, const QByteArray &message, qsizetype from)
{
    std::vector<unsigned char> chunk;
    chunk.reserve(2 * kBodyChunk);
    char previous = '\0';
    for (qsizetype i = from; i < message.size(); ++i) {
        const char c = message.constData()[i];
        if (c == '\n' && previous != '\r')
            chunk.push_back('\r');
        chunk.push_back(static_cast<unsigned char>(c));
        previous = c;
        if (chunk.size() >= kBodyChunk || i + 1 == message.size()) {
            const DKIM_STAT status = dkim_body(dkim, chunk.data(), chunk.size());
            if (status != DKIM_STAT_OK)
                return status;
            chunk.clear();
        }
    }
    return DKIM_STAT_OK;
}

// A tag of the signature as written (after libopendkim took the white space out); null when absent.
const unsigned char *tag(DKIM_SIGINFO *sig, const char *name)
{
    return dkim_sig_gettagvalue(sig, false, bytes(name));
}

// t= and x= are seconds since the epoch (RFC 6376 §3.5); up to year 9999.
std::optional<QDateTime> epochTag(DKIM_SIGINFO *sig, const char *name)
{
    bool ok = false;
    const qint64 seconds = text(tag(sig, name)).toLongLong(&ok);
    if (!ok || seconds < 0 || seconds > 253402300799)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(seconds).toUTC();
}

// DKIM_SIGERROR_* -> Outcome, for every code dkim.h 2.11 defines:
//   OK 0: Pass (with DKIM_SIGFLAG_PASSED and DKIM_SIGBH_MATCH, else Unknown)
//   BADSIG 28: BodyHashMismatch when dkim_sig_getbh() is MISMATCH, else HeaderHashMismatch
//   TOOLARGE_L 33 (body shorter than l=): BodyHashMismatch   KEYREVOKED 42: KeyRevoked
//   NOKEY 22: KeyNotFound (KeyNotAsked or KeyUnusable as lookupKey() noted)   EXPIRED 3: Expired
//   KEYFAIL 24: KeyNotAsked   KEYTOOSMALL 46: KeyTooSmall
//   DNSSYNTAX 23, SUBDOMAIN 29, MULTIREPLY 30, KEYVERSION 35, KEYUNKNOWNHASH 36, KEYHASHMISMATCH 37,
//   NOTEMAILKEY 38, KEYTYPEMISSING 40, KEYTYPEUNKNOWN 41, KEYDECODE 43: KeyUnusable
//   VERSION 1, DOMAIN 2, FUTURE 4, TIMESTAMPS 5, INVALID_HC 7, INVALID_BC 8, MISSING_A 9, INVALID_A 10,
//   MISSING_H 11, INVALID_L 12, INVALID_Q 13, INVALID_QO 14, MISSING_D 15, EMPTY_D 16, MISSING_S 17,
//   EMPTY_S 18, MISSING_B 19, EMPTY_B 20, CORRUPT_B 21, MISSING_BH 25, EMPTY_BH 26, CORRUPT_BH 27,
//   EMPTY_H 31, INVALID_H 32, MBSFAILED 34, MISSING_V 44, EMPTY_V 45, CONDLOOP 48: SignatureBroken
//   UNKNOWN -1 (not processed), UNUSED 6, UNUSED2 39, CONDITIONAL 47 (experimental !cd=): Unknown
constexpr int kKeyUnusable[]
    = { DKIM_SIGERROR_DNSSYNTAX, DKIM_SIGERROR_SUBDOMAIN, DKIM_SIGERROR_MULTIREPLY, DKIM_SIGERROR_KEYVERSION,
          DKIM_SIGERROR_KEYUNKNOWNHASH, DKIM_SIGERROR_KEYHASHMISMATCH, DKIM_SIGERROR_NOTEMAILKEY,
          DKIM_SIGERROR_KEYTYPEMISSING, DKIM_SIGERROR_KEYTYPEUNKNOWN, DKIM_SIGERROR_KEYDECODE };
constexpr int kBroken[] = { DKIM_SIGERROR_VERSION, DKIM_SIGERROR_DOMAIN, DKIM_SIGERROR_FUTURE,
    DKIM_SIGERROR_TIMESTAMPS, DKIM_SIGERROR_INVALID_HC, DKIM_SIGERROR_INVALID_BC, DKIM_SIGERROR_MISSING_A,
    DKIM_SIGERROR_INVALID_A, DKIM_SIGERROR_MISSING_H, DKIM_SIGERROR_INVALID_L, DKIM_SIGERROR_INVALID_Q,
    DKIM_SIGERROR_INVALID_QO, DKIM_SIGERROR_MISSING_D, DKIM_SIGERROR_EMPTY_D, DKIM_SIGERROR_MISSING_S,
    DKIM_SIGERROR_EMPTY_S, DKIM_SIGERROR_MISSING_B, DKIM_SIGERROR_EMPTY_B, DKIM_SIGERROR_CORRUPT_B,
    DKIM_SIGERROR_MISSING_BH, DKIM_SIGERROR_EMPTY_BH, DKIM_SIGERROR_CORRUPT_BH, DKIM_SIGERROR_EMPTY_H,
    DKIM_SIGERROR_INVALID_H, DKIM_SIGERROR_MBSFAILED, DKIM_SIGERROR_MISSING_V, DKIM_SIGERROR_EMPTY_V,
    DKIM_SIGERROR_CONDLOOP };

constexpr std::pair<int, Outcome> kOwnOutcome[] = { { DKIM_SIGERROR_TOOLARGE_L, Outcome::BodyHashMismatch },
    { DKIM_SIGERROR_NOKEY, Outcome::KeyNotFound }, { DKIM_SIGERROR_KEYFAIL, Outcome::KeyNotAsked },
    { DKIM_SIGERROR_KEYREVOKED, Outcome::KeyRevoked }, { DKIM_SIGERROR_KEYTOOSMALL, Outcome::KeyTooSmall },
    { DKIM_SIGERROR_EXPIRED, Outcome::Expired } };

Outcome outcomeOf(int error, unsigned int flags, int bh)
{
    if (error == DKIM_SIGERROR_OK)
        return (flags & DKIM_SIGFLAG_PASSED) && bh == DKIM_SIGBH_MATCH ? Outcome::Pass : Outcome::Unknown;
    if (error == DKIM_SIGERROR_BADSIG)
        return bh == DKIM_SIGBH_MISMATCH ? Outcome::BodyHashMismatch : Outcome::HeaderHashMismatch;
    for (const auto &own : kOwnOutcome)
        if (own.first == error)
            return own.second;
    const auto in
        = [error](const auto &codes) { return std::count(std::begin(codes), std::end(codes), error) > 0; };
    return in(kKeyUnusable) ? Outcome::KeyUnusable
        : in(kBroken)       ? Outcome::SignatureBroken
                            : Outcome::Unknown;
}

DkimSignatureResult describe(DKIM *dkim, DKIM_SIGINFO *sig, const LookupContext &context,
    const QString &syntaxError, const QDateTime &now)
{
    DkimSignatureResult r;
    r.domain = text(tag(sig, "d"));
    r.selector = text(tag(sig, "s"));
    unsigned char identity[1024] = {}; // i= is dkim-quoted-printable (RFC 6376 §2.11)
    if (tag(sig, "i") && dkim_sig_getidentity(dkim, sig, identity, sizeof identity) == DKIM_STAT_OK)
        r.identity = text(identity);
    r.algorithm = text(tag(sig, "a")).toLower();
    r.signedHeaders = text(tag(sig, "h")).toLower().split(QLatin1Char(':'), Qt::SkipEmptyParts);
    r.signedAt = epochTag(sig, "t");
    r.expiresAt = epochTag(sig, "x");
    r.bodyLengthLimited = tag(sig, "l") != nullptr;

    const unsigned int flags = dkim_sig_getflags(sig);
    const int error = dkim_sig_geterror(sig);
    r.testing = flags & DKIM_SIGFLAG_TESTKEY;
    r.outcome = outcomeOf(error, flags, dkim_sig_getbh(sig));
    unsigned int bits = 0;
    if (dkim_sig_getkeysize(sig, &bits) == DKIM_STAT_OK)
        r.keyBits = int(bits);
    if (r.keyBits == 0 && r.algorithm == QLatin1String("ed25519-sha256") && (flags & DKIM_SIGFLAG_PROCESSED)
        && r.outcome <= Outcome::HeaderHashMismatch)
        r.keyBits = 256; // Pass or a hash mismatch: the key was read; libopendkim keeps no ed25519 size
    r.detail = r.outcome == Outcome::Pass ? QString() : text(dkim_sig_geterrorstr(error));

    const QString name = makeQuery(r.selector, r.domain).name();
    if (r.outcome == Outcome::KeyNotFound && context.notes.contains(name)) {
        std::tie(r.outcome, r.detail) = context.notes.value(name);
    } else if (r.outcome == Outcome::KeyNotFound) {
        r.detail = QStringLiteral("key not found in DNS: no TXT record at %1").arg(name);
    } else if (r.outcome == Outcome::KeyTooSmall) {
        r.detail = QStringLiteral("signing key too small: %1 bits, at least %2 needed (RFC 8301 §3.2)")
                       .arg(QString::number(r.keyBits), QString::number(kMinKeyBits));
    } else if (error == DKIM_SIGERROR_BADSIG) { // RFC 6376 §6.1.3 names the two
        r.detail += r.outcome == Outcome::BodyHashMismatch ? QStringLiteral(": body hash did not verify")
                                                           : QStringLiteral(": signature did not verify");
    } else if (error == DKIM_SIGERROR_INVALID_H) {
        r.detail += QStringLiteral(": From is not signed (RFC 6376 §6.1.1)");
    }

    const QString ssl = text(dkim_sig_getsslbuf(sig));
    if (!ssl.isEmpty() && r.outcome != Outcome::Pass)
        r.detail += QStringLiteral(" (OpenSSL: %1)").arg(ssl);

    // The caller's clock decides x= and t= (RFC 6376 §3.5), with libopendkim's tolerance.
    const qint64 at = now.toSecsSinceEpoch();
    const QString checked = now.toUTC().toString(Qt::ISODate);
    if (r.expiresAt && at >= r.expiresAt->toSecsSinceEpoch() + kClockDrift
        && r.outcome != Outcome::SignatureBroken) {
        r.outcome = Outcome::Expired;
        r.detail = QStringLiteral("signature expired at %1 (x=), checked at %2")
                       .arg(r.expiresAt->toString(Qt::ISODate), checked);
    } else if (r.signedAt && at < r.signedAt->toSecsSinceEpoch() - kClockDrift) {
        r.outcome = Outcome::SignatureBroken;
        r.detail = QStringLiteral("signature timestamp in the future: %1 (t=), checked at %2")
                       .arg(r.signedAt->toString(Qt::ISODate), checked);
    }
    if (!syntaxError.isEmpty()) { // a malformed DKIM-Signature header never passes
        r.outcome = Outcome::SignatureBroken;
        r.detail = syntaxError;
    }
    return r;
}

QString libError(DKIM *dkim, DKIM_STAT status)
{
    const QString why = text(dkim_geterror(dkim));
    return why.isEmpty() ? text(dkim_getresultstr(status)) : why;
}

DkimVerification fail(const QString &error)
{
    return { {}, error };
}

DkimVerification fail(DKIM *dkim, DKIM_STAT status)
{
    return fail(QStringLiteral("libopendkim: %1").arg(libError(dkim, status)));
}

DkimVerification verify(
    const QByteArray &message, const QHash<QString, DkimKeyAnswer> &keys, const QDateTime &now)
{
    if (message.isEmpty())
        return fail(QStringLiteral("The message is empty."));
    const HeaderSection section = splitHeader(message);
    if (section.bodyStart < 0)
        return fail(QStringLiteral("No empty line ends the header section: this is not a whole message."));

    const QDateTime clock = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    std::unique_ptr<DKIM_LIB, void (*)(DKIM_LIB *)> lib(dkim_init(nullptr, nullptr), &dkim_close);
    if (!lib || !configure(lib.get(), clock))
        return fail(QStringLiteral("libopendkim could not be set up."));
    DKIM_STAT status = DKIM_STAT_OK;
    std::unique_ptr<DKIM, DKIM_STAT (*)(DKIM *)> dkim(
        dkim_verify(lib.get(), bytes("mailmedic"), nullptr, &status), &dkim_free);
    if (!dkim)
        return fail(QStringLiteral("libopendkim: %1").arg(text(dkim_getresultstr(status))));
    LookupContext context { &keys, {} };
    dkim_set_user_context(dkim.get(), &context);

    int accepted = 0;
    QStringList syntaxErrors; // per DKIM-Signature field, in order: empty when it parsed
    for (const QByteArray &field : section.fields) {
        const bool signature = isSignatureField(field);
        if (signature && field.size() > kMaxSignatureField)
            return fail(
                QStringLiteral("A DKIM-Signature field of %1 bytes is more than libopendkim can take.")
                    .arg(field.size()));
        status = dkim_header(dkim.get(), bytes(field.constData()), std::size_t(field.size()));
        if (signature) // kept by libopendkim even when it does not parse
            syntaxErrors << (status == DKIM_STAT_OK ? QString() : libError(dkim.get(), status));
        else if (status != DKIM_STAT_OK && status != DKIM_STAT_SYNTAX) // a malformed field is left out
            return fail(dkim.get(), status);
        accepted += signature || status == DKIM_STAT_OK ? 1 : 0;
    }
    if (accepted == 0)
        return fail(QStringLiteral("No header field found: this is not a message."));

    status = dkim_eoh(dkim.get());
    if (status == DKIM_STAT_NOSIG)
        return {}; // no DKIM-Signature: nothing to verify, and no error
    if (status != DKIM_STAT_OK)
        return fail(dkim.get(), status);
    status = feedBody(dkim.get(), message, section.bodyStart);
    if (status == DKIM_STAT_OK)
        status = dkim_eom(dkim.get(), nullptr);
    // Any other status of dkim_eom() is the verdict on the "final" signature; each is read below.
    if (status == DKIM_STAT_INVALID || status == DKIM_STAT_NORESOURCE || status == DKIM_STAT_INTERNAL)
        return fail(dkim.get(), status);

    DKIM_SIGINFO **sigs = nullptr;
    int count = 0; // cannot fail past dkim_eoh()
    dkim_getsiglist(dkim.get(), &sigs, &count);
    // Its list has one entry per DKIM-Signature field (BADSIGHANDLES), in order.
    const bool matched = count == int(syntaxErrors.size());
    DkimVerification verification;
    for (int i = 0; i < std::min(count, kMaxSignatures); ++i)
        verification.signatures << describe(
            dkim.get(), sigs[i], context, matched ? syntaxErrors.at(i) : QString(), clock);
    return verification;
}

} // namespace

extern "C" {

Q_DECL_EXPORT const char *mailmedic_dkim_version()
{
    return MAILMEDIC_VERSION_STRING;
}

Q_DECL_EXPORT void mailmedic_dkim_verify(const QByteArray *message, const QHash<QString, DkimKeyAnswer> *keys,
    const QDateTime *now, DkimVerification *result)
{
    *result = verify(*message, *keys, *now);
}

Q_DECL_EXPORT int mailmedic_dkim_rsa_bits(const char *der, qsizetype size)
{
    // RFC 6376 §3.6.1: p= is a DER SubjectPublicKeyInfo. Some publishers
    // put a bare PKCS#1 RSAPublicKey there, which many verifiers accept too.
    const auto *data = reinterpret_cast<const unsigned char *>(der);
    const unsigned char *cursor = data;
    EVP_PKEY *pkey = d2i_PUBKEY(nullptr, &cursor, long(size));
    if (!pkey) {
        cursor = data;
        pkey = d2i_PublicKey(EVP_PKEY_RSA, nullptr, &cursor, long(size));
    }
    if (!pkey)
        return -1;
    const int bits = EVP_PKEY_base_id(pkey) == EVP_PKEY_RSA ? EVP_PKEY_bits(pkey) : -1;
    EVP_PKEY_free(pkey);
    return bits;
}

} // extern "C"

// The loader casts the resolved symbols to these types.
static_assert(std::is_same_v<decltype(&mailmedic_dkim_version), DkimModule::VersionFunction>);
static_assert(std::is_same_v<decltype(&mailmedic_dkim_verify), DkimModule::VerifyFunction>);
static_assert(std::is_same_v<decltype(&mailmedic_dkim_rsa_bits), DkimModule::RsaBitsFunction>);
