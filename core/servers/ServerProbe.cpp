// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servers/ServerProbe.h"

#include "report/FindingCatalog.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTime>

#include <cctype>

namespace MailMedic {

namespace {

// Control bytes and invalid UTF-8 made visible, long lines cut: a transcript
// line stays readable and small whatever the server sent.
QString printable(const QByteArray &bytes, int limit = 300)
{
    QString out;
    const QString text = QString::fromUtf8(bytes.left(limit));
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter || (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(
                c == QChar::ReplacementCharacter ? 0xff : c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (bytes.size() > limit)
        out += QStringLiteral("... (%1 bytes)").arg(bytes.size());
    return out;
}

// RFC 5321 §4.2: "DDD" or "DDD text" ends a reply, "DDD-text" continues it.
bool isReplyLine(const QByteArray &line, bool *last)
{
    if (line.size() < 3 || !std::isdigit(uchar(line[0])) || !std::isdigit(uchar(line[1]))
        || !std::isdigit(uchar(line[2])))
        return false;
    if (line.size() == 3) {
        *last = true;
        return true;
    }
    if (line[3] != ' ' && line[3] != '-')
        return false;
    *last = line[3] == ' ';
    return true;
}

} // namespace

ServerProbe::ServerProbe(const ServerTarget &target, const ServerProbeOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    // No step may outlast the whole probe: a server that says nothing gets
    // its own finding ("accepted the connection but said nothing for N s"),
    // not whichever of two timers happened to fire first.
    m_options.stepTimeoutMs = qMin(m_options.stepTimeoutMs, m_options.totalTimeoutMs);
    m_result.target = target;
    m_result.probe.id = target.probeId();
    m_result.probe.target = target.display();
    m_stepTimer.setSingleShot(true);
    m_budgetTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, [this] { onTimeout(m_options.stepTimeoutMs); });
    connect(&m_budgetTimer, &QTimer::timeout, this, [this] { onTimeout(m_options.totalTimeoutMs); });
}

ServerProbe::~ServerProbe()
{
    wipePassword();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void ServerProbe::setCredentials(const QString &user, const QString &password, AuthMechanism mechanism)
{
    m_user = user;
    m_password = password;
    m_mechanism = mechanism;
    m_wantAuth = !user.isEmpty();
}

void ServerProbe::wipePassword()
{
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
}

bool ServerProbe::isRunning() const
{
    return m_state != State::Idle && m_state != State::Done;
}

void ServerProbe::log(const QString &text)
{
    m_result.probe.transcript << QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz"))
            + QLatin1Char(' ') + text;
}

void ServerProbe::add(const QString &id, FindingStatus status, const QStringList &args,
    const QStringList &evidence, const QString &cause)
{
    m_result.findings << FindingCatalog::builtin().make(
        id, status, m_options.language, args, evidence, cause);
}

void ServerProbe::untested(const QString &cause, const QString &detail)
{
    m_result.cause = cause;
    add(protocolPrefix() + QStringLiteral("-untested"), FindingStatus::Untested, { where(), detail }, {},
        cause);
}

QString ServerProbe::received() const
{
    QStringList lines = m_replyLines;
    if (!m_buffer.isEmpty())
        lines << printable(m_buffer);
    return lines.join(QLatin1Char('\n'));
}

void ServerProbe::enter(State state, const QString &step)
{
    m_state = state;
    m_result.step = step;
    m_replyLines.clear();
    m_replyBytes = 0;
    m_stepBytes = 0;
    m_stepTimer.start(m_options.stepTimeoutMs);
}

void ServerProbe::send(const QByteArray &line, const QString &shown)
{
    m_lastCommand = shown.isEmpty() ? QString::fromUtf8(line) : shown;
    log(QStringLiteral("C: ") + m_lastCommand);
    m_socket->write(line + "\r\n");
}

void ServerProbe::start()
{
    if (m_state != State::Idle)
        return;
    m_clock.start();
    m_budgetTimer.start(m_options.totalTimeoutMs);
    connectSocket(false);
}

void ServerProbe::connectSocket(bool legacyTls)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QSslSocket(this);
    m_buffer.clear();
    m_sslErrors.clear();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_options.caCertificates.isEmpty())
        config.addCaCertificates(m_options.caCertificates);
    config.setProtocol(QSsl::AnyProtocol);
    if (legacyTls) {
        // What OpenSSL 3 refuses by default (RFC 8996 retired TLS 1.0/1.1,
        // and their SHA-1 signatures fail every security level above 0):
        // allowed on this diagnostic connection alone, to tell the user the
        // server is stuck on an old version rather than "handshake failed".
        config.setBackendConfigurationOption(QByteArrayLiteral("MinProtocol"), QByteArrayLiteral("TLSv1"));
        config.setBackendConfigurationOption(
            QByteArrayLiteral("CipherString"), QByteArrayLiteral("DEFAULT:@SECLEVEL=0"));
    }
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_result.target.host);

    connect(m_socket, &QAbstractSocket::connected, this, &ServerProbe::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ServerProbe::onEncrypted);
    connect(m_socket, &QIODevice::readyRead, this, &ServerProbe::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &ServerProbe::onSocketError);
    connect(m_socket, QOverload<const QList<QSslError> &>::of(&QSslSocket::sslErrors), this,
        [this](const QList<QSslError> &errors) {
            // Recorded, turned into findings later, and ignored only for this
            // connection so the probe can still show what the server says.
            m_sslErrors += errors;
            m_socket->ignoreSslErrors(errors);
        });

    const QString host = m_options.connectHost.isEmpty() ? m_result.target.host : m_options.connectHost;
    const quint16 port = m_options.connectPort ? m_options.connectPort : m_result.target.port;
    log(QStringLiteral("--- connecting to %1 port %2%3")
            .arg(host)
            .arg(port)
            .arg(host == m_result.target.host ? QString() : QStringLiteral(" for ") + m_result.target.host));
    enter(State::Connecting, QStringLiteral("connect"));
    // Plain TCP first even for implicit TLS: then "could not connect"
    // (untested) and "the handshake failed" (the server's fault) stay apart.
    m_socket->connectToHost(host, port);
}

bool ServerProbe::retryWithLegacyTls(const QString &error)
{
    // Only a handshake the server answered with TLS (an alert, an old
    // version, a weak signature) can be about versions; "wrong version
    // number" is plain text where TLS belongs, and a second try shows nothing.
    if (m_legacyRetry || m_socket->error() != QAbstractSocket::SslHandshakeFailedError
        || error.contains(QLatin1String("wrong version number"), Qt::CaseInsensitive))
        return false;
    m_legacyRetry = true;
    m_firstHandshakeError = error;
    log(QStringLiteral("--- once more, allowing TLS 1.0 and 1.1, to see what the server offers"));
    // The second conversation repeats the first up to the handshake, so the
    // findings start afresh rather than twice.
    m_result.findings.clear();
    m_result.banner.clear();
    m_result.ehloBeforeTls.clear();
    m_result.startTlsOffered = false;
    connectSocket(true);
    return true;
}

void ServerProbe::cancel(const QString &cause)
{
    if (m_state == State::Done)
        return;
    m_stepTimer.stop();
    m_budgetTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    log(QStringLiteral("--- stopped: ") + cause);
    m_silent = true;
    m_result.findings.clear();
    untested(cause, Detail::encode(QStringLiteral("server-stopped")));
    finish();
}

void ServerProbe::onConnected()
{
    m_result.connected = true;
    log(QStringLiteral("--- connected to %1").arg(m_socket->peerAddress().toString()));
    if (m_result.target.protocol == ServerProtocol::SmtpStartTls) {
        enter(State::Greeting, QStringLiteral("banner"));
        return;
    }
    enter(State::Handshake, QStringLiteral("tls"));
    m_socket->startClientEncryption();
}

void ServerProbe::onEncrypted()
{
    const TlsInfo tls = TlsInfo::fromSocket(*m_socket, m_sslErrors);
    log(tls.transcriptLine());
    if (m_legacyRetry) {
        // Not kept as the server's TLS: no mail program gets this far, so it
        // must not be offered as the settings to type in, and nothing more is
        // asked on this connection.
        const QStringList evidence = QStringList { m_firstHandshakeError, tls.transcriptLine().mid(4) };
        if (tls.protocolTooOld) {
            add(QStringLiteral("tls-protocol-too-old"), FindingStatus::Fail, { where(), tls.protocol },
                evidence);
        } else {
            // Newer TLS, but only with what security level 0 allows (a weak
            // key or a SHA-1 signature): still refused by mail programs.
            add(QStringLiteral("tls-handshake-failed"), FindingStatus::Fail,
                { where(), m_firstHandshakeError }, evidence);
        }
        finish();
        return;
    }
    m_result.tls = tls;
    m_result.findings << tlsFindings(tls, where(), m_options.language);
    if (m_state == State::StartTlsHandshake) {
        // RFC 3207 §4.2: forget everything learned in the clear and ask again.
        m_result.ehlo.clear();
        m_result.authMechanisms.clear();
        enter(State::Ehlo, QStringLiteral("ehlo-tls"));
        send(QByteArray("EHLO ") + m_options.heloName.toUtf8());
        return;
    }
    enter(State::Greeting, QStringLiteral("banner"));
}

void ServerProbe::onReadyRead()
{
    if (m_state == State::Done || m_state == State::Idle || m_state == State::Connecting)
        return;
    const QByteArray data = m_socket->readAll();
    m_stepBytes += data.size();
    m_buffer += data;
    while (m_state != State::Done) {
        const int newline = m_buffer.indexOf('\n');
        const int lineLength = newline < 0 ? int(m_buffer.size()) : newline;
        if (lineLength > m_options.maxLineBytes || m_replyBytes + lineLength > m_options.maxReplyBytes) {
            log(QStringLiteral("S: ") + printable(m_buffer, 120));
            add(protocolPrefix() + QStringLiteral("-line-too-long"), FindingStatus::Fail,
                { where(), m_result.step, QString::number(m_options.maxLineBytes) },
                { printable(m_buffer, 200) });
            finish();
            return;
        }
        if (newline < 0)
            return;
        QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        m_replyBytes += line.size() + 2;
        log(QStringLiteral("S: ") + printable(line));
        handleLine(line);
    }
}

void ServerProbe::handleLine(const QByteArray &line)
{
    if (!m_result.target.isSmtp()) {
        handleGreetingLine(QString::fromUtf8(line));
        return;
    }
    bool last = false;
    if (!isReplyLine(line, &last)) {
        add(QStringLiteral("smtp-garbage"), FindingStatus::Fail, { where(), m_result.step },
            { printable(line, 200) });
        finish();
        return;
    }
    m_replyLines << printable(line);
    if (!last)
        return;
    const QStringList lines = m_replyLines;
    const int code = line.left(3).toInt();
    m_replyLines.clear();
    m_replyBytes = 0;
    handleSmtpReply(code, lines);
}

void ServerProbe::handleGreetingLine(const QString &line)
{
    const bool imap = m_result.target.protocol == ServerProtocol::Imaps;
    if (m_state == State::Quit) {
        // IMAP answers LOGOUT with "* BYE" and then the tagged "A1 OK" (RFC 9051 §6.1.3).
        if (!imap || line.startsWith(QLatin1String("A1 ")))
            finish();
        return;
    }
    m_result.banner = line;
    const QString prefix = protocolPrefix();
    if (imap ? (line.startsWith(QLatin1String("* OK")) || line.startsWith(QLatin1String("* PREAUTH")))
             : line.startsWith(QLatin1String("+OK"))) {
        add(prefix + QStringLiteral("-greeting"), FindingStatus::Pass, { where(), line });
        enter(State::Quit, QStringLiteral("quit"));
        send(imap ? QByteArray("A1 LOGOUT") : QByteArray("QUIT"));
    } else if (imap ? line.startsWith(QLatin1String("* BYE")) : line.startsWith(QLatin1String("-ERR"))) {
        add(prefix + QStringLiteral("-greeting-refused"), FindingStatus::Fail, { where(), line });
        finish();
    } else {
        add(prefix + QStringLiteral("-garbage"), FindingStatus::Fail, { where(), m_result.step }, { line });
        finish();
    }
}

void ServerProbe::onSocketError()
{
    if (m_state == State::Done)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    log(QStringLiteral("--- error: ") + text);
    if (m_legacyRetry) {
        // The second try ends here, in the handshake or before it: the server
        // answered a moment ago, so the first handshake's failure stands.
        QStringList evidence = { m_firstHandshakeError,
            Detail::encode(QStringLiteral("tls-evidence-legacy-retry"), { text }) };
        for (const QSslError &e : std::as_const(m_sslErrors))
            evidence << e.errorString();
        add(QStringLiteral("tls-handshake-failed"), FindingStatus::Fail, { where(), m_firstHandshakeError },
            evidence);
        finish();
        return;
    }
    switch (m_state) {
    case State::Connecting:
        // Qt's own error texts are English; the common ones get words in
        // the report's language (the transcript keeps Qt's text).
        if (error == QAbstractSocket::ConnectionRefusedError)
            untested(QStringLiteral("refused"), Detail::encode(QStringLiteral("server-refused")));
        else if (error == QAbstractSocket::HostNotFoundError)
            untested(QStringLiteral("unreachable"),
                Detail::encode(QStringLiteral("server-host-not-found"), { m_result.target.host }));
        else if (error == QAbstractSocket::NetworkError)
            untested(
                QStringLiteral("unreachable"), Detail::encode(QStringLiteral("server-network"), { text }));
        else
            untested(QStringLiteral("error"), text);
        break;
    case State::Handshake:
    case State::StartTlsHandshake: {
        if (retryWithLegacyTls(text))
            return;
        // Qt names the reason; should it ever have none, say what is known.
        const QString reason = text.trimmed().isEmpty()
            ? Detail::encode(QStringLiteral("tls-handshake-ended"), { QString::number(int(error)) })
            : text;
        QStringList evidence = { reason };
        for (const QSslError &e : std::as_const(m_sslErrors))
            evidence << e.errorString();
        add(QStringLiteral("tls-handshake-failed"), FindingStatus::Fail, { where(), reason }, evidence);
        break;
    }
    case State::Quit:
        // Closing right after QUIT (or LOGOUT) is what servers do.
        break;
    default:
        add(protocolPrefix() + QStringLiteral("-connection-closed"), FindingStatus::Fail,
            { where(), m_result.step, text },
            received().isEmpty() ? QStringList() : QStringList { received() });
        break;
    }
    finish();
}

void ServerProbe::onTimeout(int limitMs)
{
    if (m_state == State::Done)
        return;
    const QString limit = QString::number(limitMs / 1000.0, 'g', 3);
    log(QStringLiteral("--- no answer within %1 s (%2)").arg(limit, m_result.step));
    if (m_legacyRetry) {
        add(QStringLiteral("tls-handshake-failed"), FindingStatus::Fail, { where(), m_firstHandshakeError },
            { m_firstHandshakeError });
        finish();
        return;
    }
    const QString prefix = protocolPrefix();
    switch (m_state) {
    case State::Connecting:
        // A dropped SYN looks like this: a firewall on either side, or a
        // host that is down. Not the server's answer, so untested.
        m_result.connectTimedOut = true;
        untested(
            QStringLiteral("timeout"), Detail::encode(QStringLiteral("server-no-connection"), { limit }));
        break;
    case State::Handshake:
    case State::StartTlsHandshake: {
        const QString detail = Detail::encode(QStringLiteral("tls-no-answer"), { limit });
        add(QStringLiteral("tls-handshake-failed"), FindingStatus::Fail, { where(), detail },
            { FindingCatalog::english(detail) });
        break;
    }
    case State::Quit:
        break;
    default:
        if (m_stepBytes > 0) {
            // Something came, but too slowly to finish a line: a server that
            // dribbles (or a tarpit) makes mail programs give up too.
            add(prefix + QStringLiteral("-too-slow"), FindingStatus::Fail, { where(), m_result.step, limit },
                { received() });
        } else if (m_state == State::Greeting) {
            add(prefix + QStringLiteral("-no-greeting"), FindingStatus::Fail, { where(), limit });
        } else {
            add(prefix + QStringLiteral("-reply-timeout"), FindingStatus::Fail,
                { where(), m_lastCommand, limit });
        }
        break;
    }
    finish();
}

void ServerProbe::finish()
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_stepTimer.stop();
    m_budgetTimer.stop();
    wipePassword();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_buffer.clear();
    if (m_clock.isValid())
        m_result.probe.durationMs = m_clock.elapsed();

    FindingStatus status = FindingStatus::Pass;
    if (!m_result.cause.isEmpty()) {
        status = FindingStatus::Untested;
    } else {
        for (const Finding &f : std::as_const(m_result.findings)) {
            if (f.status == FindingStatus::Fail)
                status = FindingStatus::Fail;
            else if (f.status == FindingStatus::Warn && status != FindingStatus::Fail)
                status = FindingStatus::Warn;
        }
    }
    m_result.probe.status = status;
    if (m_silent)
        return;
    Q_EMIT finished();
}

} // namespace MailMedic
