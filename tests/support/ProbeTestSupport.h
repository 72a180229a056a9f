// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For tests that talk to mail servers through one ServerProbe: run it to
// the end, find a finding, and say what happened when an assertion fails.

#include "servers/ServerProbe.h"

#include <QSignalSpy>
#include <QStringList>

namespace MailMedic::Test {

// The probe of `url` (a --server value) with these options, run to its end
// (at most 30 s), with the AUTH test when `user` is given.
inline ServerProbeResult runProbe(const QString &url, const ServerProbeOptions &options,
    const QString &user = QString(), const QString &password = QString(),
    AuthMechanism mechanism = AuthMechanism::Auto)
{
    QString error;
    ServerProbe probe(parseServerTargets(url, &error).value(0), options);
    if (!user.isEmpty())
        probe.setCredentials(user, password, mechanism);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start();
    if (!finished.wait(30000))
        qWarning("probe of %s did not finish", qPrintable(url));
    return probe.result();
}

inline const Finding *findFinding(const ServerProbeResult &result, const QString &id)
{
    for (const Finding &f : result.findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

// "id=status ..." and the transcript, for assertion messages.
inline QString dumpProbe(const ServerProbeResult &result)
{
    QStringList ids;
    for (const Finding &f : result.findings)
        ids << f.id + QLatin1Char('=') + toString(f.status);
    return ids.join(QLatin1Char(' ')) + QLatin1Char('\n') + result.probe.transcript.join(QLatin1Char('\n'));
}

} // namespace MailMedic::Test
