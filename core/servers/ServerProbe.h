// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"
#include "servers/ServerTarget.h"
#include "servers/TlsInfo.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace MailMedic {

struct ServerProbeOptions
{
    int stepTimeoutMs = 10000; // connect, handshake, banner, each reply
    int totalTimeoutMs = 60000; // the whole conversation
    QString heloName = QStringLiteral("mailmedic.invalid");
    QString language = QStringLiteral("en");
    // Trusted besides the system's CAs (tests add their throwaway CA).
    QList<QSslCertificate> caCertificates;
    // Dial this address/port instead of the target's while still checking
    // the certificate against the target's host name (like curl --resolve):
    // for a chosen MX address, and for tests on loopback.
    QString connectHost;
    quint16 connectPort = 0;
    // Relay check (SMTP): unauthenticated MAIL FROM:<relayFrom> RCPT
    // TO:<relayTo>, then RSET; never DATA. Skipped while either is empty.
    QString relayFrom;
    QString relayTo;
    // A line or reply longer than this ends the probe: memory stays bounded
    // whatever the server sends.
    int maxLineBytes = 4096;
    int maxReplyBytes = 65536;
};

enum class AuthMechanism { Auto, Plain, Login };

// Everything one probe learned. Copied into reports, so it never holds the
// password (that stays inside ServerProbe).
struct ServerProbeResult
{
    ServerTarget target;
    Probe probe;
    QList<Finding> findings;
    QString step; // where it ended: connect, tls, banner, ehlo, starttls, ..., done
    QString cause; // set when it could not test (untested): timeout, refused, ...
    bool connected = false;
    bool connectTimedOut = false;
    QString banner; // the greeting's first line, code included
    QStringList ehloBeforeTls; // EHLO keywords in the clear (STARTTLS ports)
    QStringList ehlo; // EHLO keywords that count: after TLS, or the only ones
    QStringList authMechanisms;
    bool startTlsOffered = false;
    std::optional<TlsInfo> tls;
    std::optional<int> authReply;
    std::optional<int> relayReply;
};

// One conversation with a mail server, as an explicit state machine on
// QSslSocket: every step has a deadline (the step timer is re-armed per
// step) and the whole probe a budget; on either the socket is aborted.
//
// SMTP on implicit TLS (465): handshake, 220 banner, EHLO, [relay check],
// [AUTH], QUIT. SMTP with STARTTLS (587/25): banner, EHLO, STARTTLS,
// handshake, EHLO again, [relay check], [AUTH], QUIT. IMAPS/POP3S: handshake,
// greeting, LOGOUT/QUIT.
//
// Status policy: a probe that could not reach the server (connect timeout,
// refused, unreachable, cancelled) is `untested` with a cause, because it
// says nothing about the server. Once the TCP connection is up, the server is
// answerable for what follows: silence, garbage, 421 at connect, a reset or a
// broken handshake are `fail`, since a mail program sees the same.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    explicit ServerProbe(
        const ServerTarget &target, const ServerProbeOptions &options = {}, QObject *parent = nullptr);
    ~ServerProbe() override;

    // The optional AUTH test (SMTP only, only over TLS). The password lives
    // in this object alone, is shown as **** and is wiped once sent.
    void setCredentials(
        const QString &user, const QString &password, AuthMechanism mechanism = AuthMechanism::Auto);

    void start();
    // Stops at once: the socket is aborted and no signal follows, not even
    // finished(). result() then says untested with `cause`.
    void cancel(const QString &cause = QStringLiteral("cancelled"));

    bool isRunning() const;
    bool isFinished() const { return m_state == State::Done; }
    const ServerTarget &target() const { return m_result.target; }
    const ServerProbeResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    enum class State {
        Idle,
        Connecting,
        Handshake,
        Greeting,
        Ehlo,
        StartTls,
        StartTlsHandshake,
        RelayMail,
        RelayRcpt,
        RelayReset,
        AuthPlain,
        AuthLoginStart,
        AuthLoginUser,
        AuthLoginPassword,
        Quit,
        Done,
    };

    void connectSocket(bool legacyTls);
    bool retryWithLegacyTls(const QString &error);
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onTimeout(int limitMs);
    void handleLine(const QByteArray &line);
    void handleSmtpReply(int code, const QStringList &lines);
    void handleGreetingLine(const QString &line);
    void afterEhlo(const QStringList &lines);
    void nextAfterRelay();
    void startAuth();
    void finishAuth(int code, const QStringList &lines);
    void sendQuit();

    void enter(State state, const QString &step);
    void send(const QByteArray &line, const QString &shown = QString());
    void log(const QString &text);
    void add(const QString &id, FindingStatus status, const QStringList &args = {},
        const QStringList &evidence = {}, const QString &cause = QString());
    void untested(const QString &cause, const QString &detail);
    void finish();
    void wipePassword();
    QString where() const { return m_result.target.display(); }
    QString protocolPrefix() const { return m_result.target.findingPrefix(); }
    QString received() const;

    ServerProbeOptions m_options;
    ServerProbeResult m_result;
    State m_state = State::Idle;
    QSslSocket *m_socket = nullptr;
    QTimer m_stepTimer;
    QTimer m_budgetTimer;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    QStringList m_replyLines;
    qint64 m_replyBytes = 0;
    qint64 m_stepBytes = 0; // bytes received since the step began
    QList<QSslError> m_sslErrors;
    QString m_lastCommand;
    QString m_user;
    QString m_password;
    AuthMechanism m_mechanism = AuthMechanism::Auto;
    bool m_wantAuth = false;
    bool m_silent = false; // cancelled: no finished()
    // The second connection after a refused handshake, allowing TLS 1.0/1.1
    // only to name what the server offers; it never goes past the handshake.
    bool m_legacyRetry = false;
    QString m_firstHandshakeError;
};

} // namespace MailMedic

Q_DECLARE_METATYPE(MailMedic::ServerProbeResult)
