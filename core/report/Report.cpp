// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Report.h"

namespace MailMedic {

bool Recipient::isTemporary() const
{
    if (action == QLatin1String("failed"))
        return false;
    return action == QLatin1String("delayed") || status.startsWith(QLatin1Char('4'))
        || (status.isEmpty() && replyCode && *replyCode / 100 == 4);
}

QString Recipient::statedCodes() const
{
    QStringList codes;
    if (replyCode)
        codes << QString::number(*replyCode);
    if (!status.isEmpty() && !statusInferred)
        codes << status;
    return codes.join(QLatin1Char(' '));
}

bool Recipient::isNotice() const
{
    return reason == QLatin1String("vacation") || reason == QLatin1String("feedback")
        || reason == QLatin1String("delivered");
}

QString toString(InputKind kind)
{
    switch (kind) {
    case InputKind::Empty:
        return QStringLiteral("empty");
    case InputKind::Text:
        return QStringLiteral("text");
    case InputKind::Message:
        return QStringLiteral("message");
    case InputKind::Dsn:
        return QStringLiteral("dsn");
    case InputKind::Domain:
        return QStringLiteral("domain");
    }
    return QString();
}

QString toString(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Fail:
        return QStringLiteral("fail");
    case FindingStatus::Warn:
        return QStringLiteral("warn");
    case FindingStatus::Untested:
        return QStringLiteral("untested");
    case FindingStatus::Info:
        return QStringLiteral("info");
    case FindingStatus::Pass:
        return QStringLiteral("pass");
    }
    return QString();
}

std::optional<FindingStatus> findingStatusFromString(const QString &text)
{
    for (auto s : { FindingStatus::Fail, FindingStatus::Warn, FindingStatus::Untested, FindingStatus::Info,
             FindingStatus::Pass }) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

} // namespace MailMedic
