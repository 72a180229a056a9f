// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/BlocklistCheck.h"
#include "report/Detail.h"

#include "dns/DomainName.h"
#include "rules/DataFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <mutex>

// Outside any namespace, as Q_INIT_RESOURCE requires (static library).
static void initBlocklistResources()
{
    Q_INIT_RESOURCE(blocklists);
}

namespace MailMedic {

using Type = DnsAnswer::RecordType;

namespace {
LocalizedText localized(const QJsonValue &value)
{
    if (value.isString())
        return { value.toString(), QString(), QString() };
    const QJsonObject o = value.toObject();
    return { o.value(QStringLiteral("en")).toString(), o.value(QStringLiteral("nl")).toString(),
        o.value(QStringLiteral("ru")).toString() };
}

bool inLoopbackNet(const QHostAddress &address)
{
    // RFC 5782 §2.3: DNSxL answers are 127.0.0.0/8; anything else is not
    // an answer from the list (a resolver rewriting NXDOMAIN, a captive
    // portal, ...).
    return address.protocol() == QAbstractSocket::IPv4Protocol && (address.toIPv4Address() >> 24) == 127;
}
} // namespace

QString Blocklist::queryName(const QString &item) const
{
    if (kind == Kind::Ip) {
        const QString reverse = Resolver::reverseName(QHostAddress(item));
        if (reverse.isEmpty())
            return QString();
        // RFC 5782 §2.1 / §2.4: the reverse name's labels under the list's zone.
        const int cut = int(reverse.lastIndexOf(QLatin1Char('.'), reverse.lastIndexOf(QLatin1Char('.')) - 1));
        return reverse.left(cut) + QLatin1Char('.') + zone;
    }
    return DomainName::normalized(item) + QLatin1Char('.') + zone; // RFC 5782 §2.2
}

QList<Blocklist> Blocklist::parse(const QByteArray &json, const QString &fileName, QList<RuleError> *errors)
{
    QList<Blocklist> lists;
    DataFile file;
    if (!file.parse(json, fileName, QStringLiteral("blocklist"), errors))
        return lists;
    QStringList seen;
    const QString section = QStringLiteral("lists");
    const QJsonArray records = file.root().value(section).toArray();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject o = records.at(i).toObject();
        Blocklist list;
        list.id = o.value(QStringLiteral("id")).toString();
        list.name = o.value(QStringLiteral("name")).toString();
        list.zone = DomainName::normalized(o.value(QStringLiteral("zone")).toString());
        const QString kind = o.value(QStringLiteral("kind")).toString();
        list.kind = kind == QLatin1String("domain") ? Kind::Domain : Kind::Ip;
        list.ipv6 = o.value(QStringLiteral("ipv6")).toBool();
        list.bitmask = o.value(QStringLiteral("bitmask")).toBool();
        const QJsonObject answers = o.value(QStringLiteral("answers")).toObject();
        for (auto it = answers.begin(); it != answers.end(); ++it)
            list.answers.insert(it.key(), localized(it.value()));
        const QJsonObject refused = o.value(QStringLiteral("refused")).toObject();
        for (auto it = refused.begin(); it != refused.end(); ++it)
            list.refused.insert(it.key(), localized(it.value()));
        const QJsonObject test = o.value(QStringLiteral("test")).toObject();
        list.testListed = test.value(QStringLiteral("listed")).toString();
        list.testUnlisted = test.value(QStringLiteral("unlisted")).toString();
        list.delist = o.value(QStringLiteral("delist")).toString();
        list.note = localized(o.value(QStringLiteral("note")));

        QString problem;
        if (list.id.isEmpty())
            problem = QStringLiteral("a blocklist needs an id");
        else if (seen.contains(list.id))
            problem = QStringLiteral("the id is used twice");
        else if (list.name.isEmpty() || list.zone.isEmpty())
            problem = QStringLiteral("a blocklist needs a name and a zone");
        else if (kind != QLatin1String("ip") && kind != QLatin1String("domain"))
            problem = QStringLiteral("kind must be \"ip\" or \"domain\", not \"%1\"").arg(kind);
        else if (list.answers.isEmpty())
            problem = QStringLiteral("answers: at least one answer code with its meaning");
        else if (list.testListed.isEmpty() || list.testUnlisted.isEmpty())
            problem = QStringLiteral("test: the listed and unlisted test points (RFC 5782 §5) are required");
        else if (!list.delist.startsWith(QLatin1String("https://"))
            && !list.delist.startsWith(QLatin1String("http://")))
            problem = QStringLiteral("delist must be a web address");
        for (auto it = list.answers.cbegin(); problem.isEmpty() && it != list.answers.cend(); ++it) {
            bool ok = false;
            const int bit = it.key().toInt(&ok);
            if (list.bitmask ? !ok || bit <= 0 || bit > 255 : !inLoopbackNet(QHostAddress(it.key())))
                problem = QStringLiteral("answers: \"%1\" is not %2")
                              .arg(it.key(),
                                  list.bitmask ? QStringLiteral("a bit value from 1 to 255")
                                               : QStringLiteral("an address in 127.0.0.0/8"));
            else if (!it.value().hasEnglish())
                problem = QStringLiteral("answers: \"%1\" has no English meaning").arg(it.key());
        }
        for (auto it = list.refused.cbegin(); problem.isEmpty() && it != list.refused.cend(); ++it) {
            if (!inLoopbackNet(QHostAddress(it.key())))
                problem = QStringLiteral("refused: \"%1\" is not an address in 127.0.0.0/8").arg(it.key());
        }
        if (!problem.isEmpty()) {
            if (errors)
                errors->append(
                    { fileName, file.recordLine(section, i), list.id, problem, QStringLiteral("blocklist") });
            continue;
        }
        seen << list.id;
        lists.append(list);
    }
    return lists;
}

QList<Blocklist> Blocklist::builtin(QList<RuleError> *errors)
{
    static QList<Blocklist> lists;
    static QList<RuleError> loadErrors;
    static std::once_flag once;
    std::call_once(once, [] {
        initBlocklistResources();
        QFile f(QStringLiteral(":/blocklists/blocklists.json"));
        if (f.open(QIODevice::ReadOnly))
            lists = parse(f.readAll(), QStringLiteral("blocklists.json"), &loadErrors);
        else
            loadErrors.append({ QStringLiteral("blocklists.json"), 0, QString(), f.errorString(),
                QStringLiteral("blocklist") });
    });
    if (errors)
        *errors = loadErrors;
    return lists;
}

BlocklistCheck::BlocklistCheck(Resolver *resolver, QObject *parent)
    : BlocklistCheck(resolver, Blocklist::builtin(), parent)
{ }

BlocklistCheck::BlocklistCheck(Resolver *resolver, const QList<Blocklist> &lists, QObject *parent)
    : DnsCheck(resolver, parent), m_lists(lists)
{ }

void BlocklistCheck::start(const QList<QHostAddress> &addresses, const QStringList &domains)
{
    begin();
    m_queries.clear();
    m_tests.clear();
    m_items.clear();
    QStringList ips;
    for (const QHostAddress &address : addresses) {
        if (!address.isNull() && !ips.contains(address.toString()))
            ips << address.toString();
    }
    // URI lists hold registered domains: "www.shop.example.co.uk" is
    // asked as "example.co.uk".
    QStringList names;
    for (const QString &domain : domains) {
        const QString org = organizationalDomain(domain);
        if (!org.isEmpty() && !names.contains(org))
            names << org;
    }
    m_items = ips + names;

    for (int i = 0; i < m_lists.size(); ++i) {
        const Blocklist &list = m_lists.at(i);
        QStringList items;
        if (list.kind == Blocklist::Kind::Domain) {
            items = names;
        } else {
            for (const QString &ip : std::as_const(ips)) {
                if (list.ipv6 || QHostAddress(ip).protocol() == QAbstractSocket::IPv4Protocol)
                    items << ip;
            }
        }
        if (items.isEmpty())
            continue;
        // RFC 5782 §5: the test points show whether the list answers us at
        // all; asked alongside the real questions to save a round trip.
        m_tests.insert(i, TestPoints());
        ask(list.queryName(list.testListed), Type::A,
            [this, i](const DnsAnswer &a) { m_tests[i].listed = a; });
        ask(list.queryName(list.testUnlisted), Type::A,
            [this, i](const DnsAnswer &a) { m_tests[i].unlisted = a; });
        for (const QString &item : std::as_const(items)) {
            m_queries.append({ i, item, DnsAnswer() });
            const int index = int(m_queries.size()) - 1;
            ask(list.queryName(item), Type::A,
                [this, index](const DnsAnswer &a) { m_queries[index].answer = a; });
        }
    }
    settle();
}

QStringList BlocklistCheck::meanings(const Blocklist &list, const QString &address, bool *refused) const
{
    const QHostAddress ip(address);
    if (!inLoopbackNet(ip)) {
        *refused = true;
        return { QStringLiteral("%1 is not a blocklist answer (outside 127.0.0.0/8)").arg(address) };
    }
    const auto refusal = list.refused.constFind(address);
    if (refusal != list.refused.cend()) {
        *refused = true;
        return { refusal.value().text(language()) };
    }
    QStringList texts;
    if (list.bitmask) {
        const quint32 bits = ip.toIPv4Address() & 0xff;
        for (auto it = list.answers.cbegin(); it != list.answers.cend(); ++it) {
            if (bits & quint32(it.key().toInt()))
                texts << it.value().text(language());
        }
    } else {
        const auto it = list.answers.constFind(address);
        if (it != list.answers.cend())
            texts << it.value().text(language());
    }
    if (texts.isEmpty())
        texts << address; // listed, but with a code the data file does not know
    return texts;
}

QString BlocklistCheck::distrust(int index, QString *cause) const
{
    const Blocklist &list = m_lists.at(index);
    const TestPoints &t = m_tests.value(index);
    const QString listedName = list.queryName(list.testListed);
    if (t.listed.couldNotAsk()) {
        *cause = causeOf(t.listed);
        return Detail::encode(QStringLiteral("bl-test-not-asked"), { listedName });
    }
    if (!t.listed.hasRecords()) {
        // Lists that refuse a resolver often just say NXDOMAIN to everything.
        *cause = QStringLiteral("refused");
        return Detail::encode(QStringLiteral("bl-test-not-listed"), { listedName });
    }
    for (const DnsRecord &record : t.listed.records) {
        bool refused = false;
        const QStringList texts = meanings(list, record.value, &refused);
        if (refused) {
            *cause = QStringLiteral("refused");
            return Detail::encode(QStringLiteral("bl-test-refused"),
                { listedName, record.value, texts.join(QStringLiteral("; ")) });
        }
    }
    const QString unlistedName = list.queryName(list.testUnlisted);
    if (t.unlisted.couldNotAsk()) {
        *cause = causeOf(t.unlisted);
        return Detail::encode(QStringLiteral("bl-test-not-asked"), { unlistedName });
    }
    for (const DnsRecord &record : t.unlisted.records) {
        bool refused = false;
        meanings(list, record.value, &refused);
        *cause = refused ? QStringLiteral("refused") : QStringLiteral("error");
        return Detail::encode(QStringLiteral("bl-test-unlisted-answered"), { unlistedName, record.value });
    }
    return QString();
}

void BlocklistCheck::evaluate()
{
    QMap<int, QString> distrusted; // list -> why
    QMap<int, QString> causes;
    for (auto it = m_tests.cbegin(); it != m_tests.cend(); ++it) {
        QString cause;
        const QString why = distrust(it.key(), &cause);
        if (why.isEmpty())
            continue;
        distrusted.insert(it.key(), why);
        causes.insert(it.key(), cause);
    }

    // One finding per list that cannot be believed now, naming every item
    // it was asked about.
    for (auto it = distrusted.cbegin(); it != distrusted.cend(); ++it) {
        const Blocklist &list = m_lists.at(it.key());
        const TestPoints &t = m_tests.value(it.key());
        QStringList items;
        for (const Query &q : std::as_const(m_queries))
            if (q.list == it.key())
                items << q.item;
        QStringList lines { it.value() };
        lines << evidence(t.listed) << evidence(t.unlisted);
        const QString note = list.note.text(language());
        if (!note.isEmpty())
            lines << note;
        add(make(QStringLiteral("bl-untested"), FindingStatus::Untested,
            { list.name, items.join(QStringLiteral(", ")), causeText(causes.value(it.key())) }, lines,
            causes.value(it.key())));
    }

    for (const QString &item : std::as_const(m_items)) {
        QStringList cleanLists;
        QStringList cleanEvidence;
        for (const Query &q : std::as_const(m_queries)) {
            if (q.item != item || distrusted.contains(q.list))
                continue;
            const Blocklist &list = m_lists.at(q.list);
            if (q.answer.couldNotAsk()) {
                const QString cause = causeOf(q.answer);
                add(make(QStringLiteral("bl-untested"), FindingStatus::Untested,
                    { list.name, item, causeText(cause) }, evidence(q.answer), cause));
                continue;
            }
            if (!q.answer.hasRecords()) {
                cleanLists << list.name;
                cleanEvidence << evidence(q.answer);
                continue;
            }
            bool refused = false;
            QStringList texts;
            for (const DnsRecord &record : q.answer.records)
                texts << meanings(list, record.value, &refused);
            if (refused) {
                // RFC 5782 §2.3 / the list's own refusal codes: "we will not
                // tell you" is not a listing.
                add(make(QStringLiteral("bl-untested"), FindingStatus::Untested,
                    { list.name, item, QStringLiteral("refused") },
                    QStringList { texts.join(QStringLiteral("; ")) } + evidence(q.answer),
                    QStringLiteral("refused")));
                continue;
            }
            texts.removeDuplicates();
            add(make(QStringLiteral("bl-listed"), FindingStatus::Fail,
                { item, list.name, texts.join(QStringLiteral("; ")), list.delist }, evidence(q.answer)));
        }
        if (!cleanLists.isEmpty())
            add(make(QStringLiteral("bl-clean"), FindingStatus::Pass,
                { item, cleanLists.join(QStringLiteral(", ")) }, cleanEvidence));
    }
}

} // namespace MailMedic
