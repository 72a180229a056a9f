// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "headers/DeliveredMessage.h"
#include "report/Report.h"

namespace MailMedic {

// What the headers of a delivered message say, as findings in `language`
// (resources/checks/message.json), and what the live checks need to know:
// the From and envelope sender domains, the DKIM signature, the IP of the
// server that handed the message to the receiver.
//
// Trust (RFC 8601 §5, §7.1): a receiver removes Authentication-Results that
// claim its own authserv-id before adding its own on top, so only the
// topmost one is the receiver's word. Every other one was written before
// the message reached it (by the sender's servers, a forwarder, or anyone
// at all) and is shown as such, never relied on.
//
// Alignment (RFC 7489 §3.1): the From domain and the SPF or DKIM domain
// share their organisational domain (libpsl), the relaxed mode every DMARC
// record has unless it says aspf=s or adkim=s; the live DMARC check reads
// the record and judges strict alignment where it is asked for.
void analyseDeliveredMessage(const DeliveredMessage &message, const QString &language, Report &report);

// Fills in the items of the bulk-sender card that the live checks answer:
// the DKIM signature verified here with its key size, and forward-confirmed
// reverse DNS. `findings` holds the card (a reading finding).
void completeSenderCard(QList<Finding> &findings, const QList<Finding> &live, const QString &language);

// The receiver's own Authentication-Results: the topmost one whose
// authserv-id belongs to the receiving side (a server that recorded the
// message from its entry on, or the mailbox's domain); the topmost when the
// Received headers name no server; null when none is the receiver's.
const AuthResultsHeader *receiverResults(const DeliveredMessage &message);

// The domain SPF was checked for: Return-Path, else what the receiver wrote
// (smtp.mailfrom of its Authentication-Results, envelope-from of Received-SPF).
QString spfDomainOf(const DeliveredMessage &message);

} // namespace MailMedic
