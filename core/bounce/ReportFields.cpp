// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce/ReportFields.h"

#include "bounce/Charset.h"
#include "bounce/SmtpStatus.h"
#include "bounce/TextFields.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace MailMedic {

using namespace TextFields;

namespace {

QString stripAngles(QString address)
{
    address = address.trimmed();
    if (address.startsWith(QLatin1Char('<')) && address.endsWith(QLatin1Char('>')))
        address = address.mid(1, address.size() - 2);
    return address.trimmed();
}

// A recipient field's address as people write it: without the address type
// (RFC 3464 §2.3.2 "rfc822;"), Exchange's "SMTP:" / "SMTP=" proxy prefix,
// quotes and brackets around it.
QString cleanAddress(const QString &value)
{
    QString address = stripAngles(stripTypePrefix(value));
    while (address.size() > 1
        && (address.startsWith(QLatin1Char('"')) || address.startsWith(QLatin1Char('\''))
            || address.startsWith(QLatin1Char('<')) || address.startsWith(QLatin1Char('['))))
        address.remove(0, 1);
    while (address.size() > 1
        && (address.endsWith(QLatin1Char('"')) || address.endsWith(QLatin1Char('\''))
            || address.endsWith(QLatin1Char('>')) || address.endsWith(QLatin1Char(']'))))
        address.chop(1);
    static const QRegularExpression proxy(QStringLiteral("^(?:SMTP|smtp)[:=]"));
    address.remove(proxy);
    return address.trimmed();
}

// An Internet mail address: a type of rfc822 (or none), local@domain, and not
// an internal store name such as Sun/Oracle Messaging Server's
// "user@sims-ms-daemon" or an X.400 / LDAP name.
bool isInternetAddress(const QString &field, const QString &address)
{
    const int semicolon = field.indexOf(QLatin1Char(';'));
    if (semicolon > 0 && semicolon < 16) {
        const QString type = field.left(semicolon).trimmed();
        if (type.compare(QLatin1String("rfc822"), Qt::CaseInsensitive) != 0
            && type.compare(QLatin1String("smtp"), Qt::CaseInsensitive) != 0)
            return false;
    }
    const int at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1 || address.contains(QLatin1Char(' ')))
        return false;
    const QString domain = address.mid(at + 1);
    return domain.contains(QLatin1Char('.'))
        && !domain.endsWith(QLatin1String("-daemon"), Qt::CaseInsensitive);
}

} // namespace

void readDeliveryStatus(const QByteArray &block, Bounce &bounce)
{
    const QList<QList<Field>> paras = paragraphs(decodeUnknownBytes(block));
    for (const QList<Field> &para : paras) {
        BounceRecipient r;
        bool isRecipient = false;
        bool finalIsInternet = false;
        bool originalIsInternet = false;
        for (const Field &f : para) {
            if (f.name == QLatin1String("final-recipient")) {
                if (isRecipient && !r.address.isEmpty()) {
                    // Broken MTAs run recipient blocks together without a blank line.
                    bounce.recipients.append(r);
                    r = BounceRecipient();
                }
                r.address = cleanAddress(f.value);
                finalIsInternet = isInternetAddress(f.value, r.address);
                isRecipient = true;
            } else if (f.name == QLatin1String("original-recipient")) {
                r.originalRecipient = cleanAddress(f.value);
                originalIsInternet = isInternetAddress(f.value, r.originalRecipient);
                isRecipient = true;
            } else if (f.name == QLatin1String("action")) {
                r.action = f.value.section(QLatin1Char(' '), 0, 0).toLower();
                isRecipient = true;
            } else if (f.name == QLatin1String("status")) {
                const QString code = SmtpStatus::findEnhancedStatus(f.value);
                if (SmtpStatus::isValidEnhancedStatus(code))
                    r.status = code;
                isRecipient = true;
            } else if (f.name == QLatin1String("remote-mta")) {
                r.remoteMta = stripTypePrefix(f.value);
            } else if (f.name == QLatin1String("diagnostic-code")) {
                r.diagnostic = stripTypePrefix(f.value);
            } else if (f.name == QLatin1String("reporting-mta")) {
                bounce.reportingMta = stripTypePrefix(f.value);
            } else if (f.name == QLatin1String("arrival-date")) {
                bounce.arrivalDate = f.value;
            }
        }
        if (isRecipient && (!r.address.isEmpty() || !r.originalRecipient.isEmpty())) {
            // RFC 3464 §2.3.1-2: when the final address is not an Internet
            // address (X.400, an internal store name), the original one is
            // the address the sender wrote.
            if (r.address.isEmpty() || (!finalIsInternet && originalIsInternet))
                r.address = r.originalRecipient;
            bounce.recipients.append(r);
        }
    }
}

void readFeedbackReport(const QByteArray &block, Bounce &bounce)
{
    bounce.feedbackReport = true;
    const QList<QList<Field>> paras = paragraphs(decodeUnknownBytes(block));
    for (const QList<Field> &para : paras) {
        for (const Field &f : para) {
            if (f.name == QLatin1String("feedback-type")) {
                bounce.feedbackType = f.value.toLower();
            } else if (f.name == QLatin1String("original-rcpt-to")
                || f.name == QLatin1String("removal-recipient")) {
                BounceRecipient r;
                r.address = stripAngles(stripTypePrefix(f.value));
                bounce.recipients.append(r);
            } else if (f.name == QLatin1String("reporting-mta")) {
                bounce.reportingMta = stripTypePrefix(f.value);
            } else if (f.name == QLatin1String("arrival-date") || f.name == QLatin1String("received-date")) {
                bounce.arrivalDate = f.value;
            }
        }
    }
}

void readDispositionNotification(const QByteArray &block, Bounce &bounce)
{
    bounce.dispositionNotification = true;
    BounceRecipient r;
    QString original;
    const QList<QList<Field>> paras = paragraphs(decodeUnknownBytes(block));
    for (const QList<Field> &para : paras) {
        for (const Field &f : para) {
            if (f.name == QLatin1String("final-recipient"))
                r.address = stripAngles(stripTypePrefix(f.value));
            else if (f.name == QLatin1String("original-recipient"))
                original = stripAngles(stripTypePrefix(f.value));
            else if (f.name == QLatin1String("disposition"))
                r.diagnostic = QStringLiteral("Disposition: ") + f.value.simplified();
            else if (f.name == QLatin1String("reporting-ua"))
                bounce.reportingMta = f.value.simplified();
        }
    }
    // RFC 8098 §3.2.4: Final-Recipient is required, Original-Recipient is the
    // address the sender wrote when there was one.
    if (!original.isEmpty() && !r.address.contains(QLatin1Char('@')))
        r.address = original;
    r.action = QStringLiteral("delivered");
    bounce.recipients.append(r);
}

DkimTags parseDkimTags(const QString &headerValue)
{
    // RFC 6376 §3.2 tag=value list.
    DkimTags tags;
    const QStringList parts = headerValue.split(QLatin1Char(';'));
    for (const QString &part : parts) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString name = part.left(eq).trimmed();
        QString value;
        for (const QChar c : QStringView(part).mid(eq + 1))
            if (!c.isSpace())
                value.append(c); // folding white space is allowed anywhere in a tag value
        if (name == QLatin1String("d"))
            tags.domain = value.toLower();
        else if (name == QLatin1String("s"))
            tags.selector = value;
        else if (name == QLatin1String("h"))
            for (const QString &header : value.split(QLatin1Char(':'), Qt::SkipEmptyParts))
                tags.signedHeaders << header.toLower();
    }
    return tags;
}

QStringList ipsFromReceived(const QStringList &receivedHeaders)
{
    static const QRegularExpression ipRe(QStringLiteral(
        "\\[(?:IPv6:)?([0-9]{1,3}(?:\\.[0-9]{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})\\]"));
    QStringList ips;
    for (const QString &h : receivedHeaders) {
        auto it = ipRe.globalMatch(h);
        while (it.hasNext()) {
            const QString ip = it.next().captured(1);
            if (!ips.contains(ip) && ip != QLatin1String("127.0.0.1") && ip != QLatin1String("::1"))
                ips.append(ip);
        }
    }
    return ips;
}

} // namespace MailMedic
