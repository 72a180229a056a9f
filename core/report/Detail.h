// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace MailMedic {

// A sentence inside a finding's args (say, why a DMARC tag is wrong) kept as
// an id and its parameters, so FindingCatalog can write it in the report's
// language and again after a switch of language. The texts are the
// "details" of resources/checks/*.json; parameters are never translated.
//
// A detail travels inside Finding::args (and error strings of the parsers)
// as an ordinary QString:
//
//   U+FDD0 id ( U+FDD1 parameter )* U+FDD2
//
// U+FDD0..U+FDD2 are Unicode noncharacters, "permanently reserved for
// internal use": no text MailMedic shows contains them, and encode() turns
// any in a plain parameter into U+FFFD, so an encoded detail is told apart
// from plain text without doubt. A parameter is either plain text or, whole,
// another encoded detail ("'%1': %2" with a detail as %2), which nests.
// Nothing user-visible may show this form: FindingCatalog::make() expands it,
// and code that prints such a string elsewhere (logs, evidence) calls
// FindingCatalog::english().
struct Detail
{
    QString id;
    QStringList params;

    QString toString() const { return encode(id, params); }

    static QString encode(const QString &id, const QStringList &params = {});
    // Whether `text` is exactly one encoded detail (which parse() accepts).
    static bool isDetail(const QString &text) { return parse(text).has_value(); }
    // The detail `text` encodes, or nothing for plain text and for anything
    // malformed (including nesting deeper than 8).
    static std::optional<Detail> parse(const QString &text);
    // Plain text with the three marker noncharacters made harmless (U+FFFD).
    static QString plain(const QString &text);
};

} // namespace MailMedic
