// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace MailMedic::Test {

// A real SMTP server (Debian's python3-aiosmtpd, smtp_server.py) on
// 127.0.0.1 with two listeners: implicit TLS (like 465) and STARTTLS (like
// 587). AUTH PLAIN/LOGIN for one user, offered only over TLS. The
// certificate comes from a throwaway CA made with openssl for hostName (SAN
// DNS:hostName and IP:127.0.0.1); trust caCertificatePath() to verify it.
class SmtpServer
{
public:
    explicit SmtpServer(const QString &hostName = QStringLiteral("mail.example.test"));
    ~SmtpServer();
    SmtpServer(const SmtpServer &) = delete;
    SmtpServer &operator=(const SmtpServer &) = delete;

    void setCredentials(const QString &user, const QString &password);
    // Options; without them the server behaves as described above.
    // A server certificate valid only between these dates (signed by the
    // test CA with `openssl ca -startdate/-enddate`, so it can lie in the past).
    void setCertificateDates(const QDateTime &notBefore, const QDateTime &notAfter);
    // What the server's certificate hangs from and what it sends along.
    enum class Chain {
        Leaf, // signed by the test CA (a private root, no issuer URL); sends its own certificate
        LeafAndRoot, // the same, and sends the test CA's certificate too
        MissingIntermediate, // signed by an intermediate that names its issuer's URL; sends its own only
        Complete, // signed by that intermediate; sends the intermediate too
    };
    void setChain(Chain chain) { m_chain = chain; }
    // Refuse RCPT TO outside these domains unless the client logged in
    // (554 5.7.1 Relay access denied). Empty: aiosmtpd accepts every recipient.
    void setRelayDomains(const QStringList &domains);
    // Fixed ports instead of free ones (0 keeps a free one), and more
    // STARTTLS listeners: the latency benchmark serves 465, 587 and 25 in
    // its own network namespace.
    void setPorts(quint16 implicitTls, quint16 startTls, const QList<quint16> &moreStartTls = {});
    // Makes the certificates, starts the server and waits for its READY line
    // (at most ~15 s). The error includes the script's output.
    bool start(QString *error = nullptr);
    void stop();

    QString hostName() const { return m_hostName; }
    quint16 implicitTlsPort() const { return m_implicitPort; }
    quint16 startTlsPort() const { return m_startTlsPort; }
    QString caCertificatePath() const;
    QString certificatePath() const; // the server's certificate and key, for other test servers
    QString keyPath() const;
    QString spoolDir() const; // one .eml file per accepted message
    QString lastError() const { return m_lastError; }
    QString log(); // what the script wrote to stderr so far

private:
    bool fail(const QString &message, QString *error);
    bool makeCertificates(QString *problem);
    bool runOpenSsl(const QStringList &arguments, QString *problem);
    bool signWithDates(QString *problem);
    bool makeIntermediate(const QStringList &ecKey, QString *problem);

    QString m_hostName;
    Chain m_chain = Chain::Leaf;
    QString m_user = QStringLiteral("test");
    QString m_password = QStringLiteral("secret");
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_implicitPort = 0;
    quint16 m_startTlsPort = 0;
    QString m_lastError;
    QByteArray m_stderr;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    QStringList m_relayDomains;
    quint16 m_fixedImplicit = 0;
    quint16 m_fixedStartTls = 0;
    QList<quint16> m_moreStartTls;
};

} // namespace MailMedic::Test
