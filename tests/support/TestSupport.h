// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUdpSocket>

class QJsonObject;
class QProcess;

namespace MailMedic::Test {

// ../shared beside the checkout (corpus, contract, conformance suites).
QString sharedDir();
// The project's source tree (resources, test data).
QString sourceDir();
// A TCP and UDP port on 127.0.0.1 that was free a moment ago.
quint16 freePort();
// Runs openssl with `arguments` in `dir`; false with *problem (the command,
// Qt's error and openssl's output) when it did not end with exit code 0.
bool runOpenSsl(const QString &dir, const QStringList &arguments, QString *problem);
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

// The seed messages in every form a customer pastes them
// (tests/data/seeds/seed-forms.jsonl): name, text, reason, topics, provider.
QList<QJsonObject> seedForms();

// A nameserver on 127.0.0.1 that takes every question and never answers (a
// bound UDP socket nobody reads): what a check does when DNS times out.
class SilentNameserver
{
public:
    bool listen() { return m_socket.bind(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_socket.localPort(); }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(port()); } // for setNameserver()
    bool wasAsked() const { return m_socket.hasPendingDatagrams(); } // a question arrived

private:
    QUdpSocket m_socket;
};

} // namespace MailMedic::Test
