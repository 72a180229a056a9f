// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QProcess>
#include <QString>

namespace MailMedic::Test {

// Misbehaving servers on 127.0.0.1 (hostile_server.py, one process, one port
// per behaviour): silence, garbage, endless, slow, tls-abort, busy421,
// reset, ehlo-silence, cleartext-auth, ehlo-refused, starttls-refused,
// no-starttls, mail-from-refused, blackhole (the TCP connect never
// completes); with a certificate also the TLS greeters imaps, pop3s and
// smtps, the bad greetings imaps-garbage, imaps-bye, pop3s-garbage,
// pop3s-err, and smtps-tls11 / starttls-tls11 (nothing newer than TLS 1.1).
// The script's docstring says what each one does.
class HostileServer
{
public:
    HostileServer() = default;
    ~HostileServer();
    HostileServer(const HostileServer &) = delete;
    HostileServer &operator=(const HostileServer &) = delete;

    // Certificate and key for the TLS modes, e.g. SmtpServer's.
    void setCertificate(const QString &certificatePath, const QString &keyPath);
    // Listen for `mode` on this port instead of a free one (e.g. imaps on 993
    // in the latency benchmark's network namespace).
    void setPort(const QString &mode, quint16 port) { m_fixedPorts.insert(mode, port); }
    // Starts the script and waits for its READY line (at most ~15 s).
    bool start(QString *error = nullptr);
    void stop();

    quint16 port(const QString &mode) const { return m_ports.value(mode); }
    QString log();

private:
    QString m_certificate;
    QString m_key;
    QProcess m_process;
    QHash<QString, quint16> m_ports;
    QHash<QString, quint16> m_fixedPorts;
    QByteArray m_stderr;
};

} // namespace MailMedic::Test
