// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The built-in rule set: resources/rules/*.json, read, checked and written as
// one image by the build (mailmedic-rulec), embedded as :/rules/rules.image.
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QResource>

// Q_INIT_RESOURCE must be called outside any namespace; mailmedic_core is a
// static library, so nothing pulls the embedded files in otherwise.
static void initRuleResources()
{
    Q_INIT_RESOURCE(rules);
}

namespace MailMedic {

namespace {

struct Builtin
{
    QByteArray image; // what the set's texts point into
    RuleSet set;
    QList<RuleError> errors;
};

const Builtin &builtinData()
{
    static const Builtin data = [] {
        initRuleResources();
        Builtin builtin;
        const QString name = QStringLiteral("rules.image");
        const QResource resource(QStringLiteral(":/rules/") + name);
        if (!resource.isValid()) {
            builtin.errors.append(RuleError {
                name, 0, QString(), QCoreApplication::translate("RuleFile", "not embedded"), QString() });
            return builtin;
        }
        // Embedded uncompressed, so it is used where it lies.
        builtin.image = resource.compressionAlgorithm() == QResource::NoCompression
            ? QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), int(resource.size()))
            : resource.uncompressedData();
        QString error;
        if (!RuleSet::fromImage(builtin.image, &builtin.set, &error))
            builtin.errors.append(RuleError { name, 0, QString(), error, QString() });
        return builtin;
    }();
    return data;
}

} // namespace

const RuleSet &RuleSet::builtin()
{
    return builtinData().set;
}

QList<RuleError> RuleSet::builtinErrors()
{
    return builtinData().errors;
}

} // namespace MailMedic
