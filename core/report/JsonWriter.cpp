// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace MailMedic {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonObject recipientJson(const Recipient &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("address"), stringOrNull(r.address));
    o.insert(QStringLiteral("status"), stringOrNull(r.status));
    o.insert(QStringLiteral("reply_code"), r.replyCode ? QJsonValue(*r.replyCode) : QJsonValue());
    o.insert(QStringLiteral("action"), stringOrNull(r.action));
    o.insert(QStringLiteral("remote_mta"), stringOrNull(r.remoteMta));
    o.insert(QStringLiteral("diagnostic"), stringOrNull(r.diagnostic));
    o.insert(QStringLiteral("reason"), r.reason.isEmpty() ? QStringLiteral("undefined") : r.reason);
    o.insert(QStringLiteral("rule"), stringOrNull(r.rule));
    o.insert(QStringLiteral("status_inferred"), r.statusInferred);
    o.insert(QStringLiteral("action_inferred"), r.actionInferred);
    return o;
}

QJsonObject findingJson(const Finding &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), f.id);
    o.insert(QStringLiteral("status"), toString(f.status));
    o.insert(QStringLiteral("cause"), stringOrNull(f.cause));
    o.insert(QStringLiteral("title"), f.title);
    o.insert(QStringLiteral("explanation"), f.explanation);
    o.insert(QStringLiteral("topics"), toArray(f.topics));
    QJsonArray fixes;
    for (const Fix &fix : f.fixes) {
        QJsonObject fo;
        fo.insert(QStringLiteral("id"), fix.id);
        fo.insert(QStringLiteral("text"), fix.text);
        fo.insert(QStringLiteral("link"), stringOrNull(fix.link));
        fixes.append(fo);
    }
    o.insert(QStringLiteral("fixes"), fixes);
    o.insert(QStringLiteral("evidence"), toArray(f.evidence));
    if (!f.source.isEmpty())
        o.insert(QStringLiteral("source"), f.source);
    return o;
}

QJsonObject probeJson(const Probe &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("target"), p.target);
    o.insert(QStringLiteral("status"), toString(p.status));
    o.insert(QStringLiteral("duration_ms"), p.durationMs ? QJsonValue(*p.durationMs) : QJsonValue());
    o.insert(QStringLiteral("transcript"), toArray(p.transcript));
    return o;
}

} // namespace

QJsonObject JsonWriter::toJson(const Report &report)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), report.file);
    o.insert(QStringLiteral("kind"), toString(report.kind));
    o.insert(QStringLiteral("language"), report.language);
    o.insert(QStringLiteral("reason"), report.reason);
    o.insert(QStringLiteral("provider"), stringOrNull(report.provider));
    QJsonArray recipients;
    for (const Recipient &r : report.recipients)
        recipients.append(recipientJson(r));
    o.insert(QStringLiteral("recipients"), recipients);
    QJsonArray findings;
    for (const Finding &f : report.findings)
        findings.append(findingJson(f));
    o.insert(QStringLiteral("findings"), findings);
    QJsonArray probes;
    for (const Probe &p : report.probes)
        probes.append(probeJson(p));
    o.insert(QStringLiteral("probes"), probes);
    o.insert(QStringLiteral("version"), report.version);
    o.insert(QStringLiteral("generated"), report.generated.toString(Qt::ISODate));
    return o;
}

QByteArray JsonWriter::toJsonLine(const Report &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace MailMedic
