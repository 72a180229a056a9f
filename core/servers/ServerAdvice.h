// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/ServerProbe.h"

#include <optional>

namespace MailMedic {

// Conclusions drawn from several probes together.

// When every port-25 probe timed out while connecting and 465/587 on the
// same host answered, the local network blocks outgoing port 25 (common on
// home connections): one `untested` finding with cause `port-blocked`
// instead of one "server down" per probe.
std::optional<Finding> port25Blocked(const QList<ServerProbeResult> &results, const QString &language);

// The findings of all probes for a report: each probe's own, except that the
// port-25 connect timeouts are replaced by port25Blocked() when it applies,
// followed by clientSettings().
QList<Finding> serverFindings(const QList<ServerProbeResult> &results, const QString &language);

// What to type into a mail program (info, topic client-settings): the
// outgoing server name (the certificate's name when it differs from the one
// probed), 465 SSL/TLS or else 587 STARTTLS, authentication on with the
// incoming user name and password; IMAP 993 / POP3 995 with SSL/TLS when
// those answered. Nothing for a protocol that no probe reached.
QList<Finding> clientSettings(const QList<ServerProbeResult> &results, const QString &language);

} // namespace MailMedic
