// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace MailMedic::Test {

// Debian's Postfix and Dovecot, as a hosting provider runs them, on
// 127.0.0.1 and free high ports, with certificates from a CA made for the
// run. Configs: tests/data/mailservers. Postfix (`postfix start-fg`):
//   - an MX for example.test that refuses to relay for strangers;
//   - submission: STARTTLS required, AUTH only after it (smtpd_tls_auth_only);
//   - 465 in wrapper mode (implicit TLS) with AUTH;
//   SASL through Dovecot's auth socket.
// Dovecot (`dovecot -F`): IMAPS and POP3S, and one user.
// Postfix's master runs as root: available() says whether this can run.
class RealMailServers
{
public:
    RealMailServers();
    ~RealMailServers();
    RealMailServers(const RealMailServers &) = delete;
    RealMailServers &operator=(const RealMailServers &) = delete;

    // Empty when the servers can run here; otherwise why not, for QSKIP.
    // The one reason is a user without root (Postfix's master needs it);
    // missing packages are not a reason to skip but a failure of start(),
    // since the README's test command installs them.
    static QString unavailableBecause();

    // Starts Dovecot, then Postfix, and returns once every port answers
    // (at most ~20 s). The error includes their logs.
    bool start(QString *error = nullptr);
    void stop();

    QString hostName() const { return QStringLiteral("mail.example.test"); }
    quint16 mxPort() const { return m_mxPort; }
    quint16 submissionPort() const { return m_submissionPort; }
    quint16 smtpsPort() const { return m_smtpsPort; }
    quint16 imapsPort() const { return m_imapsPort; }
    quint16 pop3sPort() const { return m_pop3sPort; }
    QString caCertificatePath() const;
    QString user() const { return QStringLiteral("alice@example.test"); }
    QString password() const { return QStringLiteral("Pa55-w0rd!x"); }
    QString log(); // what Postfix and Dovecot wrote so far

private:
    // Postfix or Dovecot not installed (or their users missing): a failure.
    static QString missingPackages();
    bool fail(const QString &message, QString *error);
    bool makeCertificates(QString *problem);
    bool writeConfig(const QString &templateName, const QString &target, QString *problem);
    bool allListening(int timeoutMs) const;

    QTemporaryDir m_dir;
    QProcess m_postfix;
    QProcess m_dovecot;
    quint16 m_mxPort = 0;
    quint16 m_submissionPort = 0;
    quint16 m_smtpsPort = 0;
    quint16 m_imapsPort = 0;
    quint16 m_pop3sPort = 0;
    QByteArray m_log;
};

} // namespace MailMedic::Test
