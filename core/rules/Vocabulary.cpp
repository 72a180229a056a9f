// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Vocabulary.h"

#include <QSet>

namespace MailMedic {

namespace {

QStringList split(QLatin1String words)
{
    return QString(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Built once; QSet lookups keep validation of a large extra file linear.
struct Lists
{
    QStringList reasons = split(QLatin1String(
        "authfailure badreputation blocked contenterror delivered exceedlimit expired failedstarttls "
        "feedback filtered hasmoved hostunknown mailboxfull mailererror mesgtoobig networkerror "
        "norelaying notaccept notcompliantrfc onhold policyviolation rejected requireptr securityerror "
        "spamdetected speeding suppressed suspend syntaxerror systemerror systemfull toomanyconn "
        "undefined userunknown vacation virusdetected"));
    QStringList topics = split(QLatin1String(
        "auth-smtp spf dkim dmarc ptr blocklist-ip blocklist-url content recipient-address mailbox-full "
        "message-size attachment relay mx nameserver forwarding rate-limit account-suspended "
        "recipient-policy connection tls header-format sender-address backscatter temporary "
        "client-settings"));
    QStringList probes = split(QLatin1String(
        "mx spf dkim dmarc ptr blocklist-ip blocklist-url smtp-465 smtp-587 smtp-25 imaps pop3s "
        "smtp-auth relay ns"));
    QStringList questions
        = split(QLatin1String("email domain outgoing-server username password sending-ip headers"));
    QSet<QString> reasonSet { reasons.cbegin(), reasons.cend() };
    QSet<QString> topicSet { topics.cbegin(), topics.cend() };
    QSet<QString> probeSet { probes.cbegin(), probes.cend() };
    QSet<QString> questionSet { questions.cbegin(), questions.cend() };
};

const Lists &lists()
{
    static const Lists instance;
    return instance;
}

} // namespace

QStringList reasons()
{
    return lists().reasons;
}

bool isReason(const QString &reason)
{
    return lists().reasonSet.contains(reason);
}

QStringList topics()
{
    return lists().topics;
}

bool isTopic(const QString &topic)
{
    return lists().topicSet.contains(topic);
}

QStringList probes()
{
    return lists().probes;
}

bool isProbe(const QString &probe)
{
    return lists().probeSet.contains(probe);
}

QStringList questions()
{
    return lists().questions;
}

bool isQuestion(const QString &question)
{
    return lists().questionSet.contains(question);
}

} // namespace MailMedic
