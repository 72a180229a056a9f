// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SMTP dialogue of a ServerProbe (RFC 5321, RFC 3207 STARTTLS, RFC 4954
// AUTH): what each reply means and what to send next. The socket, TLS and
// time limits are in ServerProbe.cpp.
#include "servers/ServerProbe.h"

#include "report/FindingCatalog.h"

#include <QSslSocket>

namespace MailMedic {

namespace {

QStringList keywordsOf(const QStringList &ehloLines)
{
    // The first line is the greeting, the rest one extension each (RFC 5321 §4.1.1.1).
    QStringList keywords;
    for (int i = 1; i < ehloLines.size(); ++i)
        keywords << ehloLines.at(i).mid(4).trimmed();
    return keywords;
}

QStringList authMechanismsOf(const QStringList &keywords)
{
    for (const QString &k : keywords) {
        // "AUTH PLAIN LOGIN"; "AUTH=PLAIN LOGIN" is what old Outlook wanted.
        if (k.startsWith(QLatin1String("AUTH "), Qt::CaseInsensitive)
            || k.startsWith(QLatin1String("AUTH="), Qt::CaseInsensitive))
            return k.mid(5).toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return {};
}

// The extensions as a person reads them: SIZE in megabytes as well, since
// "message too big" bounces are judged against it (RFC 1870).
QString extensionSummary(const QStringList &keywords)
{
    QStringList out;
    for (const QString &k : keywords) {
        bool ok = false;
        const qint64 size = k.section(QLatin1Char(' '), 1, 1).toLongLong(&ok);
        if (k.startsWith(QLatin1String("SIZE "), Qt::CaseInsensitive) && ok && size > 0)
            out << QStringLiteral("%1 (%2 MB)").arg(k).arg(size / (1024 * 1024));
        else
            out << k;
    }
    return out.join(QStringLiteral(", "));
}

bool offers(const QStringList &keywords, const QString &name)
{
    for (const QString &k : keywords) {
        if (k.section(QLatin1Char(' '), 0, 0).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

void ServerProbe::handleSmtpReply(int code, const QStringList &lines)
{
    const QString reply = lines.join(QLatin1Char('\n'));
    switch (m_state) {
    case State::Greeting:
        m_result.banner = lines.value(0);
        if (code != 220) {
            // 421 / 554 at connect: the server is there and turns us away
            // (overloaded, or this address is blocked) — RFC 5321 §3.1.
            add(QStringLiteral("smtp-banner-refused"), FindingStatus::Fail, { where(), reply });
            finish();
            return;
        }
        add(QStringLiteral("smtp-banner"), FindingStatus::Pass, { where(), m_result.banner });
        enter(State::Ehlo, QStringLiteral("ehlo"));
        send(QByteArray("EHLO ") + m_options.heloName.toUtf8());
        return;
    case State::Ehlo:
        if (code != 250) {
            // Before anything else is said: the server turns this client (its
            // address, or the name it gave) away, as it would a mail program.
            add(QStringLiteral("smtp-ehlo-refused"), FindingStatus::Fail, { where(), m_lastCommand, reply });
            sendQuit();
            return;
        }
        afterEhlo(lines);
        return;
    case State::StartTls:
        if (code != 220) {
            add(QStringLiteral("smtp-starttls-refused"), FindingStatus::Fail, { where(), reply });
            sendQuit();
            return;
        }
        // RFC 3207 §4.2: nothing sent in the clear after "220" may be trusted
        // (a man in the middle could have injected it), so drop it.
        m_buffer.clear();
        enter(State::StartTlsHandshake, QStringLiteral("starttls-handshake"));
        m_socket->startClientEncryption();
        return;
    case State::RelayMail:
        if (code != 250) {
            // Refused at the sender, before any recipient was named: no
            // verdict on relaying either way, and certainly not "open".
            add(QStringLiteral("relay-sender-refused"), FindingStatus::Untested,
                { where(), m_options.relayFrom, reply }, {}, QStringLiteral("sender-refused"));
            enter(State::RelayReset, QStringLiteral("rset"));
            send("RSET");
            return;
        }
        enter(State::RelayRcpt, QStringLiteral("relay-rcpt"));
        send(QByteArray("RCPT TO:<") + m_options.relayTo.toUtf8() + '>');
        return;
    case State::RelayRcpt:
        m_result.relayReply = code;
        if (code / 100 == 2) {
            add(QStringLiteral("relay-open"), FindingStatus::Fail, { where(), m_options.relayTo, reply });
        } else if (code / 100 == 5) {
            add(QStringLiteral("relay-denied"), FindingStatus::Pass, { where(), m_options.relayTo, reply });
        } else {
            // 4xx: greylisting or a busy server; no verdict either way.
            add(QStringLiteral("relay-untested"), FindingStatus::Untested, { where(), m_lastCommand, reply },
                {}, QStringLiteral("error"));
        }
        // Never DATA: the check must not send a message.
        enter(State::RelayReset, QStringLiteral("rset"));
        send("RSET");
        return;
    case State::RelayReset:
        nextAfterRelay();
        return;
    case State::AuthLoginStart:
    case State::AuthLoginUser:
        if (code != 334) {
            finishAuth(code, lines);
            return;
        }
        // RFC 4954 §4 with the LOGIN mechanism: user name, then password, base64.
        if (m_state == State::AuthLoginStart) {
            enter(State::AuthLoginUser, QStringLiteral("auth"));
            send(m_user.toUtf8().toBase64(), QStringLiteral("****"));
        } else {
            enter(State::AuthLoginPassword, QStringLiteral("auth"));
            send(m_password.toUtf8().toBase64(), QStringLiteral("****"));
            wipePassword();
        }
        return;
    case State::AuthPlain:
    case State::AuthLoginPassword:
        finishAuth(code, lines);
        return;
    case State::Quit:
        finish();
        return;
    default:
        return;
    }
}

void ServerProbe::afterEhlo(const QStringList &lines)
{
    const QStringList keywords = keywordsOf(lines);
    const bool encrypted = m_socket->isEncrypted();
    // The role follows how the server was found (an MX, or mx://), not the
    // port number, so a receiving server on another port is judged as one.
    const bool submission = !m_result.target.receiving;
    if (!encrypted) {
        m_result.ehloBeforeTls = keywords;
        m_result.startTlsOffered = offers(keywords, QStringLiteral("STARTTLS"));
        if (!authMechanismsOf(keywords).isEmpty()) {
            // Good servers offer AUTH only once TLS is up (RFC 3207 §6): a
            // mail program may otherwise send the password in the clear.
            add(QStringLiteral("smtp-auth-before-tls"), FindingStatus::Warn, { where() },
                { lines.join(QLatin1Char('\n')) });
        }
        if (m_result.startTlsOffered) {
            enter(State::StartTls, QStringLiteral("starttls"));
            send("STARTTLS");
            return;
        }
        // Port 25 between servers may lack STARTTLS (still bad); on a
        // submission port it means passwords travel in the clear.
        add(QStringLiteral("smtp-no-starttls"), submission ? FindingStatus::Fail : FindingStatus::Warn,
            { where() }, { lines.join(QLatin1Char('\n')) });
    }
    m_result.ehlo = keywords;
    m_result.authMechanisms = authMechanismsOf(keywords);
    add(QStringLiteral("smtp-extensions"), FindingStatus::Info, { where(), extensionSummary(keywords) });
    if (encrypted && submission && m_result.authMechanisms.isEmpty())
        add(QStringLiteral("smtp-no-auth"), FindingStatus::Warn, { where() });
    if (!m_options.relayFrom.isEmpty() && !m_options.relayTo.isEmpty()) {
        enter(State::RelayMail, QStringLiteral("relay-mail"));
        send(QByteArray("MAIL FROM:<") + m_options.relayFrom.toUtf8() + '>');
        return;
    }
    nextAfterRelay();
}

void ServerProbe::nextAfterRelay()
{
    if (m_wantAuth) {
        startAuth();
        return;
    }
    sendQuit();
}

void ServerProbe::startAuth()
{
    m_wantAuth = false;
    if (!m_socket->isEncrypted()) {
        // Never send a password in the clear, not even to test it.
        add(QStringLiteral("auth-skipped-cleartext"), FindingStatus::Untested, { where() }, {},
            QStringLiteral("error"));
        wipePassword();
        sendQuit();
        return;
    }
    const QStringList &offered = m_result.authMechanisms;
    AuthMechanism mechanism = m_mechanism;
    if (mechanism == AuthMechanism::Auto) {
        mechanism = offered.contains(QStringLiteral("PLAIN")) ? AuthMechanism::Plain
            : offered.contains(QStringLiteral("LOGIN"))       ? AuthMechanism::Login
                                                              : AuthMechanism::Auto;
    }
    const QString name
        = mechanism == AuthMechanism::Plain ? QStringLiteral("PLAIN") : QStringLiteral("LOGIN");
    if (mechanism == AuthMechanism::Auto || !offered.contains(name)) {
        add(QStringLiteral("auth-not-offered"), FindingStatus::Fail,
            { where(), offered.isEmpty() ? QStringLiteral("-") : offered.join(QLatin1Char(' ')) });
        wipePassword();
        sendQuit();
        return;
    }
    if (mechanism == AuthMechanism::Plain) {
        // RFC 4616 §2: authzid NUL authcid NUL passwd, sent with the command
        // (RFC 4954 §4 initial response).
        QByteArray plain;
        plain.append('\0').append(m_user.toUtf8()).append('\0').append(m_password.toUtf8());
        enter(State::AuthPlain, QStringLiteral("auth"));
        send(QByteArray("AUTH PLAIN ") + plain.toBase64(), QStringLiteral("AUTH PLAIN ****"));
        plain.fill('\0');
        wipePassword();
        return;
    }
    enter(State::AuthLoginStart, QStringLiteral("auth"));
    send("AUTH LOGIN");
}

void ServerProbe::finishAuth(int code, const QStringList &lines)
{
    wipePassword();
    m_result.authReply = code;
    const QString reply = lines.join(QLatin1Char('\n'));
    if (code == 235)
        add(QStringLiteral("auth-ok"), FindingStatus::Pass, { where(), m_user });
    else if (code == 535)
        add(QStringLiteral("auth-failed"), FindingStatus::Fail, { where(), m_user, reply });
    else
        add(QStringLiteral("auth-error"), FindingStatus::Fail, { where(), m_user, reply });
    sendQuit();
}

void ServerProbe::sendQuit()
{
    enter(State::Quit, QStringLiteral("quit"));
    send("QUIT");
}

} // namespace MailMedic
