// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FindingCatalog.h"

#include "rules/DataFile.h"

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

// One pass, so a value that itself contains "%1" (an SPF macro, a record
// text) is never filled again. %10 is the tenth value when there are ten,
// otherwise the first followed by "0"; a number without a value stays.
QString fill(const QString &text, const QStringList &args)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('%') || i + 1 >= text.size() || !text.at(i + 1).isDigit()
            || text.at(i + 1).unicode() > 127) {
            out += c;
            continue;
        }
        const int one = text.at(i + 1).digitValue();
        const bool twoDigits
            = i + 2 < text.size() && text.at(i + 2).isDigit() && text.at(i + 2).unicode() <= 127;
        const int two = twoDigits ? one * 10 + text.at(i + 2).digitValue() : 0;
        if (twoDigits && two >= 1 && two <= args.size()) {
            out += args.at(two - 1);
            i += 2;
        } else if (one >= 1 && one <= args.size()) {
            out += args.at(one - 1);
            i += 1;
        } else {
            out += c;
        }
    }
    return out;
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
    DataFile file;
    if (!file.parse(json, fileName, QStringLiteral("finding"), errors))
        return false;
    bool ok = true;
    const auto fail = [&](const QString &section, qsizetype index, const QString &id, const QString &kind,
                          const QString &message) {
        errors->append({ fileName, file.recordLine(section, index), id, message, kind });
        ok = false;
    };
    const QString fixesKey = QStringLiteral("fixes");
    const QJsonArray fixes = file.root().value(fixesKey).toArray();
    for (qsizetype i = 0; i < fixes.size(); ++i) {
        const QJsonObject o = fixes.at(i).toObject();
        FixText fix;
        fix.id = o.value(QStringLiteral("id")).toString();
        fix.text = localized(o.value(QStringLiteral("text")));
        fix.link = o.value(QStringLiteral("link")).toString();
        fix.sourceFile = fileName;
        fix.line = file.recordLine(fixesKey, i);
        if (fix.id.isEmpty() || !fix.text.hasEnglish()) {
            fail(fixesKey, i, fix.id, QStringLiteral("fix"),
                QStringLiteral("a fix needs an id and an English text"));
            continue;
        }
        m_fixes.insert(fix.id, fix);
    }
    const QString detailsKey = QStringLiteral("details");
    const QJsonArray details = file.root().value(detailsKey).toArray();
    for (qsizetype i = 0; i < details.size(); ++i) {
        const QJsonObject o = details.at(i).toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        const LocalizedText text = localized(o.value(QStringLiteral("text")));
        if (id.isEmpty() || !text.hasEnglish()) {
            fail(detailsKey, i, id, QStringLiteral("detail"),
                QStringLiteral("a detail needs an id and an English text"));
            continue;
        }
        if (m_details.contains(id)) {
            fail(detailsKey, i, id, QStringLiteral("detail"),
                QStringLiteral("the detail id '%1' is used twice").arg(id));
            continue;
        }
        m_details.insert(id, text);
    }
    const QString findingsKey = QStringLiteral("findings");
    const QJsonArray findings = file.root().value(findingsKey).toArray();
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QJsonObject o = findings.at(i).toObject();
        FindingTemplate t;
        t.id = o.value(QStringLiteral("id")).toString();
        t.title = localized(o.value(QStringLiteral("title")));
        t.explanation = localized(o.value(QStringLiteral("explanation")));
        for (const QJsonValue &topic : o.value(QStringLiteral("topics")).toArray())
            t.topics.append(topic.toString());
        for (const QJsonValue &fix : o.value(QStringLiteral("fixes")).toArray())
            t.fixes.append(fix.toString());
        if (t.id.isEmpty() || !t.title.hasEnglish()) {
            fail(findingsKey, i, t.id, QStringLiteral("finding"),
                QStringLiteral("a finding needs an id and an English title"));
            continue;
        }
        QString bad;
        for (const QString &topic : std::as_const(t.topics))
            if (!isTopic(topic))
                bad = topic;
        if (!bad.isEmpty()) {
            fail(findingsKey, i, t.id, QStringLiteral("finding"),
                QStringLiteral("unknown topic '%1'").arg(bad));
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

const LocalizedText *FindingCatalog::detail(const QString &id) const
{
    const auto it = m_details.constFind(id);
    return it == m_details.cend() ? nullptr : &it.value();
}

QString FindingCatalog::expand(const QString &arg, const QString &language) const
{
    const std::optional<Detail> d = Detail::parse(arg);
    if (!d)
        return Detail::plain(arg);
    const LocalizedText *text = detail(d->id);
    if (!text)
        return QStringLiteral("[unknown detail: %1]").arg(d->id);
    QStringList params;
    for (const QString &param : d->params)
        params << expand(param, language);
    return fill(text->text(language), params);
}

QString FindingCatalog::english(const QString &arg)
{
    return builtin().expand(arg, QStringLiteral("en"));
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
    f.evidenceSource = evidence;
    for (const QString &line : evidence)
        f.evidence << expand(line, language);
    f.args = args;
    const FindingTemplate *t = finding(id);
    if (!t) {
        f.title = QStringLiteral("[missing text for finding '%1']").arg(id);
        return f;
    }
    QStringList shown;
    for (const QString &arg : args)
        shown << expand(arg, language);
    f.title = fill(t->title.text(language), shown);
    f.explanation = fill(t->explanation.text(language), shown);
    f.topics = t->topics;
    for (const QString &fixId : t->fixes) {
        if (const FixText *fix = this->fix(fixId))
            f.fixes.append({ fix->id, fill(fix->text.text(language), shown), fix->link, false });
    }
    return f;
}

void FindingCatalog::retranslate(Finding &finding, const QString &language) const
{
    if (!contains(finding.id))
        return;
    // Evidence added after make() has no source: it stays as it is.
    const bool sourced = finding.evidenceSource.size() == finding.evidence.size();
    const Finding fresh = make(finding.id, finding.status, language, finding.args,
        sourced ? finding.evidenceSource : finding.evidence, finding.cause);
    QList<Fix> fixes = fresh.fixes;
    for (Fix &fix : fixes)
        for (const Fix &old : std::as_const(finding.fixes))
            if (old.id == fix.id)
                fix.done = old.done;
    finding.title = fresh.title;
    finding.explanation = fresh.explanation;
    finding.fixes = fixes;
    finding.evidence = fresh.evidence;
    finding.evidenceSource = fresh.evidenceSource;
}

} // namespace MailMedic
