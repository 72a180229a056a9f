// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace MailMedic {

// SMTP reply codes (RFC 5321 §4.2) and enhanced status codes (RFC 3463).
namespace SmtpStatus {

// The first plausible 3-digit reply code (2xx/4xx/5xx) at the start of a
// reply line or after "said:" style lead-ins: "550 5.1.1 ..." -> 550.
std::optional<int> findReplyCode(QStringView text);

// The most specific enhanced status code in the text ("5.1.1"). Codes that
// say little (X.0.0, 4.4.7) are used only when nothing else is there, and
// version numbers ("Exim 4.92.3", "v2.1.0") are not mistaken for codes.
QString findEnhancedStatus(QStringView text, std::optional<int> replyCode = std::nullopt);

bool isValidEnhancedStatus(const QString &code);

// RFC 3463 meaning of class, subject and detail, in English.
QString className(const QString &code); // "Permanent failure"
QString subjectName(const QString &code); // "Mailbox status"
QString detailName(const QString &code); // "Mailbox full"

// Fallback reasons (DESIGN.md vocabulary) when no rule matched the text.
// Empty when the code alone says nothing definite.
QString reasonForStatus(const QString &code);
QString reasonForReplyCode(int replyCode);

// The subject.detail RFC 3463 (and RFC 7372, RFC 7505) gives a reason's
// failure: "userunknown" -> "1.1", "mailboxfull" -> "2.2"; "0.0" when no
// detail fits. Used to state an inferred status when the bounce gave none.
QString subjectDetailForReason(const QString &reason);
// Whether a failure of this reason is usually temporary (retried by the
// sending server): connection trouble, rate limits, a busy system.
bool isUsuallyTemporary(const QString &reason);

} // namespace SmtpStatus
} // namespace MailMedic
