// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace MailMedic {

// One term of an SPF record (RFC 7208 §4.6.1): a mechanism with its
// qualifier, or a modifier.
struct SpfTerm
{
    enum class Kind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists, Redirect, Exp, Unknown };

    Kind kind = Kind::Unknown;
    QChar qualifier = QLatin1Char('+'); // + - ~ ? (mechanisms only)
    QString text; // as written in the record
    QString name; // mechanism or modifier name, lower case
    QString domainSpec; // unexpanded macro string; empty = the current domain
    QHostAddress network; // ip4 / ip6
    int cidr4 = 32;
    int cidr6 = 128;

    bool isMechanism() const { return kind != Kind::Redirect && kind != Kind::Exp && kind != Kind::Unknown; }
    // The terms that cost a DNS query and count towards the limit of 10
    // (RFC 7208 §4.6.4).
    bool countsAsLookup() const;
};

// A parsed "v=spf1" record. A record with a syntax error is kept with the
// error, so a check can name the bad term; check_host() gives permerror for
// it whatever the client (RFC 7208 §4.6).
struct SpfRecord
{
    QString text;
    QList<SpfTerm> mechanisms; // in record order
    std::optional<SpfTerm> redirect;
    std::optional<SpfTerm> exp;
    QList<SpfTerm> unknownModifiers; // ignored (RFC 7208 §6)
    QString error; // why the record is broken, naming the term: an encoded Detail
    QString errorTerm; // the term at fault (may be empty for record-wide errors)

    bool isValid() const { return error.isEmpty(); }

    // True for the records check_host() selects (RFC 7208 §4.5): "v=spf1"
    // alone or followed by a space, in any case.
    static bool isSpf(const QString &txt);
    static SpfRecord parse(const QString &text);
};

// The values macros expand to (RFC 7208 §7.2).
struct SpfMacroContext
{
    QString sender; // local-part@domain, already "postmaster@..." when the local part is empty
    QString domain; // the current domain (%{d})
    QHostAddress ip; // the client, IPv4-mapped addresses already unmapped
    QString helo;
    QString validatedName = QStringLiteral("unknown"); // %{p}
    QString receiver = QStringLiteral("unknown"); // %{r}
    QDateTime now; // %{t}; the current time when invalid
};

namespace SpfMacro {

// Errors are encoded Details (report/Detail.h); FindingCatalog::english()
// gives their English.

// Syntax of a macro-string (RFC 7208 §7.1); `explanation` allows the
// letters c, r, t and spaces, as in the text an exp= points to.
bool isValid(const QString &text, bool explanation, QString *error = nullptr);
// Expands a macro-string. Returns false (with the reason) on a syntax error.
bool expand(const QString &text, const SpfMacroContext &context, bool explanation, QString *result,
    QString *error = nullptr);
// A domain-spec after expansion: over-long names lose labels on the left
// (RFC 7208 §7.3). Fails only on macro syntax; whether the name can be
// asked at all is isAskable()'s business.
bool expandDomain(
    const QString &spec, const SpfMacroContext &context, QString *result, QString *error = nullptr);
// The syntax of a domain-spec before expansion (RFC 7208 §7.1: it ends in
// "." toplabel or in a macro).
bool isValidDomainSpec(const QString &spec, QString *error = nullptr);
// Whether `domain` can be looked up at all (RFC 7208 §4.3): labels of 1-63
// characters, at least two labels, no domain literal.
bool isValidDomain(const QString &domain);
// Whether a name can go to DNS: labels of 1-63 characters, 253 in all.
// Syntax after expansion is not checked further (a HELO of "OEMCOMPUTER" in
// a:%{h} simply finds nothing).
bool isAskable(const QString &name);

} // namespace SpfMacro

} // namespace MailMedic
