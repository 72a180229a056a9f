// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/TagList.h"

#include "report/Detail.h"

#include <QStringList>

namespace MailMedic {

TagList parseTagList(
    const QString &text, const std::function<void(const QString &tag, const QString &detail)> &problem)
{
    TagList tags;
    const auto has = [&tags](const QString &name) {
        for (const auto &pair : std::as_const(tags))
            if (pair.first == name)
                return true;
        return false;
    };
    const QStringList parts = text.split(QLatin1Char(';'));
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const int eq = int(part.indexOf(QLatin1Char('=')));
        if (eq <= 0) {
            problem(part, Detail::encode(QStringLiteral("tag-not-pair"), { part }));
            continue;
        }
        const QString name = part.left(eq).trimmed().toLower();
        if (has(name)) {
            // RFC 6376 §3.2: a duplicated tag makes the whole record invalid.
            problem(name, Detail::encode(QStringLiteral("tag-twice"), { name }));
            continue;
        }
        tags.append({ name, part.mid(eq + 1).trimmed() });
    }
    return tags;
}

} // namespace MailMedic
