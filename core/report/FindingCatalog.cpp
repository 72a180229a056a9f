// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FindingCatalog.h"

#include "rules/Vocabulary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <mutex>

// Outside any namespace, as Q_INIT_RESOURCE requires (static library).
static void initCheckResources()
{
    Q_INIT_RESOURCE(checks);
}

namespace MailMedic {

namespace {

LocalizedText localized(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return { o.value(QStringLiteral("en")).toString(), o.value(QStringLiteral("nl")).toString(),
        o.value(QStringLiteral("ru")).toString() };
}

int lineOf(const QByteArray &json, const QString &id)
{
    const QByteArray needle = "\"" + id.toUtf8() + "\"";
    const int pos = json.indexOf(needle);
    return pos < 0 ? 0 : json.left(pos).count('\n') + 1;
}

QString fill(QString text, const QStringList &args)
{
    // Highest first, so %1 does not eat the start of %10.
    for (int i = int(args.size()); i >= 1; --i)
        text.replace(QLatin1Char('%') + QString::number(i), args.at(i - 1));
    return text;
}

struct Builtin
{
    FindingCatalog catalog;
    QList<RuleError> errors;
};

const Builtin &builtinData()
{
    static Builtin data;
    static std::once_flag once;
    std::call_once(once, [] {
        initCheckResources();
        const QDir dir(QStringLiteral(":/checks"));
        for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                data.catalog.load(f.readAll(), name, &data.errors);
        }
    });
    return data;
}

} // namespace

const FindingCatalog &FindingCatalog::builtin()
{
    return builtinData().catalog;
}

QList<RuleError> FindingCatalog::builtinErrors()
{
    return builtinData().errors;
}

bool FindingCatalog::load(const QByteArray &json, const QString &fileName, QList<RuleError> *errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        RuleError e;
        e.file = fileName;
        e.line = int(json.left(parseError.offset).count('\n')) + 1;
        e.message = parseError.errorString();
        e.kind = QStringLiteral("finding");
        errors->append(e);
        return false;
    }
    bool ok = true;
    const auto fail = [&](const QString &id, const QString &kind, const QString &message) {
        errors->append({ fileName, lineOf(json, id), id, message, kind });
        ok = false;
    };
    for (const QJsonValue &v : doc.object().value(QStringLiteral("fixes")).toArray()) {
        const QJsonObject o = v.toObject();
        FixText fix;
        fix.id = o.value(QStringLiteral("id")).toString();
        fix.text = localized(o.value(QStringLiteral("text")));
        fix.link = o.value(QStringLiteral("link")).toString();
        fix.sourceFile = fileName;
        fix.line = lineOf(json, fix.id);
        if (fix.id.isEmpty() || fix.text.en.isEmpty()) {
            fail(fix.id, QStringLiteral("fix"), QStringLiteral("a fix needs an id and an English text"));
            continue;
        }
        m_fixes.insert(fix.id, fix);
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        FindingTemplate t;
        t.id = o.value(QStringLiteral("id")).toString();
        t.title = localized(o.value(QStringLiteral("title")));
        t.explanation = localized(o.value(QStringLiteral("explanation")));
        for (const QJsonValue &topic : o.value(QStringLiteral("topics")).toArray())
            t.topics.append(topic.toString());
        for (const QJsonValue &fix : o.value(QStringLiteral("fixes")).toArray())
            t.fixes.append(fix.toString());
        if (t.id.isEmpty() || t.title.en.isEmpty()) {
            fail(t.id, QStringLiteral("finding"),
                QStringLiteral("a finding needs an id and an English title"));
            continue;
        }
        QString bad;
        for (const QString &topic : std::as_const(t.topics))
            if (!isTopic(topic))
                bad = topic;
        if (!bad.isEmpty()) {
            fail(t.id, QStringLiteral("finding"), QStringLiteral("unknown topic '%1'").arg(bad));
            continue;
        }
        m_findings.insert(t.id, t);
    }
    return ok;
}

const FindingTemplate *FindingCatalog::finding(const QString &id) const
{
    const auto it = m_findings.constFind(id);
    return it == m_findings.cend() ? nullptr : &it.value();
}

const FixText *FindingCatalog::fix(const QString &id) const
{
    const auto it = m_fixes.constFind(id);
    if (it != m_fixes.cend())
        return &it.value();
    return RuleSet::builtin().fix(id);
}

Finding FindingCatalog::make(const QString &id, FindingStatus status, const QString &language,
    const QStringList &args, const QStringList &evidence, const QString &cause) const
{
    Finding f;
    f.id = id;
    f.status = status;
    f.cause = cause;
    f.evidence = evidence;
    f.args = args;
    const FindingTemplate *t = finding(id);
    if (!t) {
        f.title = QStringLiteral("[missing text for finding '%1']").arg(id);
        return f;
    }
    f.title = fill(t->title.text(language), args);
    f.explanation = fill(t->explanation.text(language), args);
    f.topics = t->topics;
    for (const QString &fixId : t->fixes) {
        if (const FixText *fix = this->fix(fixId))
            f.fixes.append({ fix->id, fill(fix->text.text(language), args), fix->link, false });
    }
    return f;
}

void FindingCatalog::retranslate(Finding &finding, const QString &language) const
{
    if (!contains(finding.id))
        return;
    const Finding fresh
        = make(finding.id, finding.status, language, finding.args, finding.evidence, finding.cause);
    QList<Fix> fixes = fresh.fixes;
    for (Fix &fix : fixes)
        for (const Fix &old : std::as_const(finding.fixes))
            if (old.id == fix.id)
                fix.done = old.done;
    finding.title = fresh.title;
    finding.explanation = fresh.explanation;
    finding.fixes = fixes;
}

} // namespace MailMedic
