// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The mailmedic-dkim module: DKIM verification through libopendkim and DKIM
// key sizes through OpenSSL's libcrypto, loaded on first use (core/Modules.h)
// so that a run that only reads bounces maps neither library. What it
// exports, by name; program and module come from the same build (the version
// is compared), so Qt types cross between them as they are.

#include "headers/DkimVerifier.h"

namespace MailMedic::DkimModule {

using VersionFunction = const char *(*)();
// verifyDkim() (headers/DkimVerifier.h), into *result.
using VerifyFunction = void (*)(const QByteArray *message, const QHash<QString, DkimKeyAnswer> *keys,
    const QDateTime *now, DkimVerification *result);
// The RSA modulus size of a DER SubjectPublicKeyInfo (or a bare PKCS#1
// RSAPublicKey); -1 when it is not a readable RSA key.
using RsaBitsFunction = int (*)(const char *der, qsizetype size);

inline constexpr char versionSymbol[] = "mailmedic_dkim_version";
inline constexpr char verifySymbol[] = "mailmedic_dkim_verify";
inline constexpr char rsaBitsSymbol[] = "mailmedic_dkim_rsa_bits";

struct Functions
{
    VerifyFunction verify = nullptr;
    RsaBitsFunction rsaBits = nullptr;
    QString error; // why they are missing: the module is not installed, or from another version
};

// The module's functions, loaded on the first call (from any thread).
const Functions &functions();

} // namespace MailMedic::DkimModule

// What headers/DkimVerifier.cpp shares with the module.
namespace MailMedic::DkimMessage {

inline constexpr int kMaxSignatures = 10;

// The header section, unfolded into fields as dkim_header() wants them.
struct HeaderSection
{
    QList<QByteArray> fields; // folded lines joined by CRLF, no line end after the last
    qsizetype bodyStart = -1; // -1: no empty line ends the header section
};

HeaderSection splitHeader(const QByteArray &message);
// As dkim_header() recognises one: the name, spaces before the colon allowed.
bool isSignatureField(const QByteArray &field);
// libopendkim collapses white space out of tag values; so does this.
DkimKeyQuery makeQuery(const QString &selector, const QString &domain);

} // namespace MailMedic::DkimMessage
