// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servers/ServerTarget.h"

#include <QCoreApplication>

#include <QHostAddress>
#include <QRegularExpression>

namespace MailMedic {

namespace {

struct Scheme
{
    QLatin1String name;
    ServerProtocol protocol;
    quint16 defaultPort;
};

const Scheme schemes[] = {
    { QLatin1String("smtps"), ServerProtocol::SmtpImplicitTls, 465 },
    { QLatin1String("smtp"), ServerProtocol::SmtpStartTls, 587 },
    { QLatin1String("imaps"), ServerProtocol::Imaps, 993 },
    { QLatin1String("pop3s"), ServerProtocol::Pop3s, 995 },
    { QLatin1String("mx"), ServerProtocol::SmtpStartTls, 25 }, // a receiving server (DESIGN.md)
};

ServerProtocol protocolForPort(quint16 port)
{
    switch (port) {
    case 465:
        return ServerProtocol::SmtpImplicitTls;
    case 993:
        return ServerProtocol::Imaps;
    case 995:
        return ServerProtocol::Pop3s;
    default:
        return ServerProtocol::SmtpStartTls;
    }
}

bool validHostName(const QString &host)
{
    // RFC 1123 §2.1 labels; an underscore is tolerated because some internal
    // names have one and the resolver, not this parser, should be the judge.
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    if (host.isEmpty() || host.size() > 253)
        return false;
    QString name = host;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Splits "host", "host:port", "[v6]", "[v6]:port" and a bare IPv6 literal.
bool splitHostPort(const QString &text, QString *host, int *port, QString *error)
{
    *port = -1;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(error,
                QCoreApplication::translate(
                    "MailMedic::ServerTarget", "'%1': the IPv6 address has no closing ']'")
                    .arg(text));
        *host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return fail(error,
                    QCoreApplication::translate("MailMedic::ServerTarget", "'%1': expected ':PORT' after ']'")
                        .arg(text));
            portText = rest.mid(1);
            if (portText.isEmpty())
                return fail(error,
                    QCoreApplication::translate(
                        "MailMedic::ServerTarget", "'%1': the port after ':' is missing")
                        .arg(text));
        }
        QHostAddress address;
        if (!address.setAddress(*host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(error,
                QCoreApplication::translate("MailMedic::ServerTarget", "'%1': '%2' is not an IPv6 address")
                    .arg(text, *host));
    } else if (text.count(QLatin1Char(':')) > 1) {
        // A bare IPv6 literal: no port possible without brackets.
        QHostAddress address;
        if (!address.setAddress(text))
            return fail(error,
                QCoreApplication::translate("MailMedic::ServerTarget",
                    "'%1' is not a host name; write an IPv6 address with a port as [ADDRESS]:PORT")
                    .arg(text));
        *host = text;
    } else {
        const int colon = text.indexOf(QLatin1Char(':'));
        *host = colon < 0 ? text : text.left(colon);
        if (colon >= 0) {
            portText = text.mid(colon + 1);
            if (portText.isEmpty())
                return fail(error,
                    QCoreApplication::translate(
                        "MailMedic::ServerTarget", "'%1': the port after ':' is missing")
                        .arg(text));
        }
        if (host->isEmpty())
            return fail(error,
                QCoreApplication::translate("MailMedic::ServerTarget", "'%1': the host name is missing")
                    .arg(text));
        QHostAddress address;
        if (!address.setAddress(*host) && !validHostName(*host))
            return fail(error,
                QCoreApplication::translate("MailMedic::ServerTarget", "'%1' is not a valid host name")
                    .arg(*host));
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return fail(error,
                QCoreApplication::translate(
                    "MailMedic::ServerTarget", "'%1': the port must be a number from 1 to 65535")
                    .arg(text));
        *port = int(value);
    }
    return true;
}

} // namespace

QString toString(ServerProtocol protocol)
{
    switch (protocol) {
    case ServerProtocol::SmtpImplicitTls:
        return QStringLiteral("smtps");
    case ServerProtocol::SmtpStartTls:
        return QStringLiteral("smtp");
    case ServerProtocol::Imaps:
        return QStringLiteral("imaps");
    case ServerProtocol::Pop3s:
        return QStringLiteral("pop3s");
    }
    return QString();
}

QString ServerTarget::findingPrefix() const
{
    switch (protocol) {
    case ServerProtocol::Imaps:
        return QStringLiteral("imap");
    case ServerProtocol::Pop3s:
        return QStringLiteral("pop3");
    default:
        return QStringLiteral("smtp");
    }
}

QString ServerTarget::display() const
{
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return h + QLatin1Char(':') + QString::number(port);
}

QString ServerTarget::probeId() const
{
    switch (protocol) {
    case ServerProtocol::SmtpImplicitTls:
        return QStringLiteral("smtps");
    case ServerProtocol::SmtpStartTls:
        return QStringLiteral("smtp-starttls");
    case ServerProtocol::Imaps:
        return QStringLiteral("imaps");
    case ServerProtocol::Pop3s:
        return QStringLiteral("pop3s");
    }
    return QString();
}

QList<ServerTarget> parseServerTargets(const QString &value, QString *error)
{
    const QString text = value.trimmed();
    if (text.isEmpty()) {
        fail(error, QStringLiteral("--server needs a value: HOST, HOST:PORT or smtps://HOST"));
        return {};
    }
    QString rest = text;
    const Scheme *scheme = nullptr;
    const int sep = text.indexOf(QLatin1String("://"));
    if (sep >= 0) {
        const QString name = text.left(sep).toLower();
        for (const Scheme &s : schemes) {
            if (name == s.name)
                scheme = &s;
        }
        if (!scheme) {
            fail(error,
                QCoreApplication::translate("MailMedic::ServerTarget",
                    "'%1': unknown scheme '%2://'; use smtps://, smtp://, mx://, imaps:// or pop3s://")
                    .arg(text, name));
            return {};
        }
        rest = text.mid(sep + 3);
        if (rest.endsWith(QLatin1Char('/')))
            rest.chop(1);
        if (rest.contains(QLatin1Char('/')) || rest.contains(QLatin1Char('@'))) {
            fail(error,
                QCoreApplication::translate(
                    "MailMedic::ServerTarget", "'%1': give only a host and a port, no path or user name")
                    .arg(text));
            return {};
        }
    }
    QString host;
    int port = -1;
    if (!splitHostPort(rest, &host, &port, error))
        return {};

    ServerTarget target;
    target.host = host;
    target.given = text;
    if (scheme) {
        target.protocol = scheme->protocol;
        target.port = port < 0 ? scheme->defaultPort : quint16(port);
        target.receiving = scheme->name == QLatin1String("mx");
        return { target };
    }
    if (port >= 0) {
        target.port = quint16(port);
        target.protocol = protocolForPort(target.port);
        return { target };
    }
    // A bare host: the two submission ports a mail program may use.
    ServerTarget submission = target;
    target.port = 465;
    target.protocol = ServerProtocol::SmtpImplicitTls;
    submission.port = 587;
    submission.protocol = ServerProtocol::SmtpStartTls;
    return { target, submission };
}

} // namespace MailMedic
