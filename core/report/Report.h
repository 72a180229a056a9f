// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace MailMedic {

// The vocabulary of DESIGN.md: these strings are part of the JSON contract.
enum class InputKind { Empty, Text, Message, Dsn, Domain };
QString toString(InputKind kind);

enum class FindingStatus { Fail, Warn, Untested, Info, Pass };
QString toString(FindingStatus status);
std::optional<FindingStatus> findingStatusFromString(const QString &text);

struct Fix
{
    QString id;
    QString text;
    QString link;
    bool done = false; // ticked in the wizard's checklist
};

struct Finding
{
    QString id;
    FindingStatus status = FindingStatus::Info;
    QString cause; // for Untested: offline, timeout, refused, unreachable, port-blocked, ...
    QString title;
    QString explanation;
    QStringList topics;
    QList<Fix> fixes;
    QStringList evidence;
    // Where the knowledge behind a bounce finding comes from: the rule's
    // published source (a provider's reference, an RFC section, an MTA's
    // documentation), for the support desk that wants to read it.
    QString source;
    // The values filled into a live-check finding's texts (FindingCatalog),
    // so they can be written again in another language.
    QStringList args;
    // The evidence as the check wrote it: our own words as details
    // (report/Detail.h), so a switch of language writes them again.
    QStringList evidenceSource;
    // Made from the bounce's own words (Diagnoser), not by a live check: the
    // bounce's reason heads the summary, live checks only support it.
    bool fromBounce = false;
};

struct Probe
{
    QString id;
    QString target;
    FindingStatus status = FindingStatus::Untested;
    std::optional<qint64> durationMs;
    QStringList transcript;
};

struct Recipient
{
    QString address;
    QString status; // enhanced status code, e.g. 5.1.1
    std::optional<int> replyCode; // e.g. 550
    QString action; // failed, delayed, delivered, relayed, expanded
    QString remoteMta;
    QString diagnostic;
    QString reason = QStringLiteral("undefined");
    QString rule;
    // The bounce did not state these; they were inferred (from the reply
    // code, the bounce's words or the reason) and are marked so in the JSON.
    bool statusInferred = false;
    bool actionInferred = false;

    // The sending server still retries: a delay report, or a 4.x code that no
    // "Action: failed" declares the end of (RFC 3464: the server gave up, even
    // when its last attempt ended with a temporary error).
    bool isTemporary() const;
    // Came back by itself but reports no failed delivery: an out-of-office
    // answer (vacation), a complaint or an unsubscribe request (feedback), a
    // delivery or read receipt (delivered).
    bool isNotice() const;
    // What the server said, for people: "550 5.1.1". An inferred status is
    // left out: it was never the server's word.
    QString statedCodes() const;
};

struct Report
{
    QString file;
    InputKind kind = InputKind::Empty;
    QString language = QStringLiteral("en");
    QString reason = QStringLiteral("none");
    QString provider;
    QList<Recipient> recipients;
    QList<Finding> findings;
    QList<Probe> probes;
    QString version;
    QDateTime generated;

    // What the live checks need to know, read from the bounce (not part of
    // the JSON contract).
    QString senderAddress; // the returned message's From address, lower case; not in the JSON
    QString senderDomain; // the domain of the returned message's From
    QString mailFromDomain; // the domain of its Return-Path (envelope sender)
    QString sendingProvider; // the mail service it was sent through (providers.json id)
    QStringList sendingIps; // from its Received chain and the server's words
    QString dkimDomain; // d= and s= of its DKIM-Signature
    QString dkimSelector;
    QStringList wantedChecks; // the matched rules' probe ids
    // Read from the headers of a message that arrived (headers/
    // MessageAnalysis), not from a bounce: kind "message", no recipients.
    bool arrived = false;
};

} // namespace MailMedic
