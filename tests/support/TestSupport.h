// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QProcess;

namespace MailMedic::Test {

// ../shared beside the checkout (corpus, contract, conformance suites).
QString sharedDir();
// The project's source tree (resources, test data).
QString sourceDir();
// A TCP and UDP port on 127.0.0.1 that was free a moment ago.
quint16 freePort();
// A certificate for hostName signed by its own key, as a server set up
// without a certificate authority has (openssl req -x509): cert.pem and
// key.pem in `dir`. False with *error when openssl failed.
bool makeSelfSignedCertificate(const QString &dir, const QString &hostName, QString *error);
// Settings (QSettings, INI format) of `applicationName` kept in `dir`, never
// the tester's own. Call before anything reads settings.
void useScratchSettings(const QString &applicationName, const QString &dir);
// Ends a server process the test started: SIGTERM first so it can clean up,
// SIGKILL when it is still there after 5 s. Does nothing when it is not running.
void endProcess(QProcess &process);

} // namespace MailMedic::Test
