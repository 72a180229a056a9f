// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headers/MessageAnalysis.h"

#include "checks/DnsCheck.h"
#include "dns/DomainName.h"
#include "report/Detail.h"
#include "report/FindingCatalog.h"

#include <QHostAddress>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace MailMedic {

namespace {

constexpr qint64 LongWaitSeconds = 15 * 60;

QString detail(const QString &id, const QStringList &params = {})
{
    return Detail::encode(id, params);
}

// An Authentication-Results result in words: "passed", "failed", ...
QString resultWords(const QString &result)
{
    static const QSet<QString> known { QStringLiteral("pass"), QStringLiteral("fail"),
        QStringLiteral("softfail"), QStringLiteral("neutral"), QStringLiteral("none"),
        QStringLiteral("temperror"), QStringLiteral("permerror"), QStringLiteral("policy"),
        QStringLiteral("bestguesspass") };
    if (result.isEmpty())
        return detail(QStringLiteral("auth-missing"));
    return known.contains(result) ? detail(QStringLiteral("auth-") + result)
                                  : detail(QStringLiteral("auth-other"), { result });
}

const AuthMethodResult *method(const AuthResultsHeader &header, const QString &name)
{
    for (const AuthMethodResult &r : header.results)
        if (r.method == name)
            return &r;
    return nullptr;
}

QString resultOf(const AuthResultsHeader *header, const QString &name)
{
    const AuthMethodResult *r = header ? method(*header, name) : nullptr;
    return r ? r->result : QString();
}

QString organisational(const QString &domain)
{
    return DnsCheck::organizationalDomain(domain);
}

bool alignedRelaxed(const QString &from, const QString &other)
{
    return !from.isEmpty() && !other.isEmpty() && organisational(from) == organisational(other);
}

Finding make(const QString &id, FindingStatus status, const QString &language, const QStringList &args,
    const QStringList &evidence = {}, const QStringList &topics = {})
{
    Finding f = FindingCatalog::builtin().make(id, status, language, args, evidence);
    f.fromBounce = true; // the message's own headers, not a live check
    for (const QString &topic : topics)
        if (!f.topics.contains(topic))
            f.topics << topic;
    return f;
}

QString receiverName(const DeliveredMessage &m, const AuthResultsHeader &ar)
{
    if (!ar.authservId.isEmpty())
        return ar.authservId;
    // Microsoft 365 writes no authserv-id; its report header names it.
    if (m.microsoft)
        return QStringLiteral("Microsoft 365");
    return m.hops.isEmpty() ? QString() : m.hops.first().byHost;
}

void receiverVerdict(const DeliveredMessage &m, const QString &language, Report &report)
{
    const AuthResultsHeader *ar = receiverResults(m);
    if (!ar) {
        // Only Received-SPF (RFC 7208 §9.1), as older filters write it.
        if (m.receivedSpf.isEmpty())
            return;
        const ReceivedSpf &spf = m.receivedSpf.first();
        const QString receiver = spf.keyValues.value(QStringLiteral("receiver"));
        const QString name = !receiver.isEmpty() && receiver != QLatin1String("UNKNOWN") ? receiver
            : m.hops.isEmpty()                                                           ? QStringLiteral("?")
                               : m.hops.first().byHost;
        const FindingStatus status = spf.result == QLatin1String("pass") ? FindingStatus::Info
            : spf.result == QLatin1String("fail")                        ? FindingStatus::Fail
                                                                         : FindingStatus::Warn;
        report.findings << make(QStringLiteral("msg-receiver-verdict"), status, language,
            { name, resultWords(spf.result), resultWords(QString()), resultWords(QString()) });
        return;
    }
    // The receiver's SPF result; Received-SPF when its header leaves it out.
    QString spf = resultOf(ar, QStringLiteral("spf"));
    if (spf.isEmpty() && !m.receivedSpf.isEmpty())
        spf = m.receivedSpf.first().result;
    const QString dkim = resultOf(ar, QStringLiteral("dkim"));
    const QString dmarc = resultOf(ar, QStringLiteral("dmarc"));
    // DMARC is the verdict when the receiver gives one; otherwise a failed
    // SPF or DKIM with nothing passing is a failure.
    const auto passed = [](const QString &r) { return r == QLatin1String("pass"); };
    const auto failed = [](const QString &r) { return r == QLatin1String("fail"); };
    FindingStatus status = FindingStatus::Warn;
    if (passed(dmarc))
        status = FindingStatus::Pass;
    else if (failed(dmarc) || (!passed(spf) && !passed(dkim) && (failed(spf) || failed(dkim))))
        status = FindingStatus::Fail;
    else if (dmarc.isEmpty() && passed(spf) && passed(dkim))
        status = FindingStatus::Pass;
    report.findings << make(QStringLiteral("msg-receiver-verdict"), status, language,
        { receiverName(m, *ar), resultWords(spf), resultWords(dkim), resultWords(dmarc) },
        { ar->raw.simplified() });

    // What forwarding servers sealed (ARC, RFC 8617 §4.1.3); the receiver's
    // own ARC copy of its results is left out.
    QStringList sealed;
    QStringList sealers;
    for (const AuthResultsHeader &arc : m.arcAuthResults) {
        if (!ar->authservId.isEmpty() && arc.authservId == ar->authservId)
            continue;
        sealed << arc.raw.simplified();
        const QString name = QStringLiteral("i=%1 %2").arg(arc.arcInstance).arg(arc.authservId);
        if (!sealers.contains(name))
            sealers << name;
    }
    if (!sealed.isEmpty())
        report.findings << make(QStringLiteral("msg-arc-results"), FindingStatus::Info, language,
            { sealers.join(QStringLiteral(", ")) }, sealed);
}

// Authentication-Results the receiver did not write: shown, never relied on.
void earlierResults(const DeliveredMessage &m, const QString &language, Report &report)
{
    const AuthResultsHeader *ar = receiverResults(m);
    QStringList earlier;
    QStringList names;
    for (const AuthResultsHeader &other : m.authResults) {
        if (&other == ar)
            continue;
        earlier << other.raw.simplified();
        const QString name = other.authservId.isEmpty() ? QStringLiteral("?") : other.authservId;
        if (!names.contains(name))
            names << name;
    }
    const QString receiver = ar ? receiverName(m, *ar)
        : m.hops.isEmpty()      ? QStringLiteral("?")
                                : m.hops.first().byHost;
    if (!earlier.isEmpty())
        report.findings << make(QStringLiteral("msg-earlier-results"), FindingStatus::Info, language,
            { names.join(QStringLiteral(", ")), receiver }, earlier);
}

void alignment(const DeliveredMessage &m, const QString &language, Report &report)
{
    const QString from = m.fromDomain;
    if (from.isEmpty())
        return;
    const QString spfDomain = spfDomainOf(m);
    QStringList dkimDomains;
    for (const DkimTags &sig : m.dkim)
        if (!sig.domain.isEmpty() && !dkimDomains.contains(sig.domain))
            dkimDomains << sig.domain;
    // DMARC counts an identifier that is aligned AND passed (RFC 7489 §4.2).
    // What passed is the receiver's word; without one, alignment alone is
    // shown and the live checks say the rest.
    const AuthResultsHeader *ar = receiverResults(m);
    QString spfResult = resultOf(ar, QStringLiteral("spf"));
    if (spfResult.isEmpty() && !m.receivedSpf.isEmpty())
        spfResult = m.receivedSpf.first().result;
    const auto dkimPassed = [ar](const QString &domain) {
        if (!ar)
            return true;
        bool any = false;
        for (const AuthMethodResult &r : ar->results) {
            if (r.method != QLatin1String("dkim"))
                continue;
            any = true;
            QString d = r.properties.value(QStringLiteral("header.d"));
            if (d.isEmpty())
                d = DomainName::ofAddress(r.properties.value(QStringLiteral("header.i")));
            if (r.result == QLatin1String("pass") && (d.isEmpty() || d.toLower() == domain))
                return true;
        }
        return !any; // the receiver did not say
    };
    QString alignedBy;
    bool alignedButFailed = false;
    for (const QString &d : std::as_const(dkimDomains)) {
        if (!alignedRelaxed(from, d) || !alignedBy.isEmpty())
            continue;
        if (dkimPassed(d))
            alignedBy = detail(QStringLiteral("msg-aligned-dkim"), { d });
        else
            alignedButFailed = true;
    }
    if (alignedBy.isEmpty() && alignedRelaxed(from, spfDomain)) {
        if (spfResult.isEmpty() || spfResult == QLatin1String("pass"))
            alignedBy = detail(QStringLiteral("msg-aligned-spf"), { spfDomain });
        else
            alignedButFailed = true;
    }
    if (!alignedBy.isEmpty()) {
        report.findings << make(
            QStringLiteral("msg-aligned"), FindingStatus::Pass, language, { from, alignedBy });
        return;
    }
    if (alignedButFailed)
        return; // for the From domain, but it did not pass: the receiver's verdict says which
    if (spfDomain.isEmpty() && dkimDomains.isEmpty())
        return; // nothing to compare: headers without Return-Path or signature
    // The service that sent it: whose servers the envelope and the
    // signature name (Carerix: carerix.net, for a customer's From).
    QString service = organisational(spfDomain);
    if (service.isEmpty() || service == organisational(from))
        service = dkimDomains.isEmpty() ? QString() : organisational(dkimDomains.first());
    if (service.isEmpty())
        service = QStringLiteral("?");
    const QString spfShown = spfDomain.isEmpty() ? detail(QStringLiteral("msg-unknown")) : spfDomain;
    const QString dkimShown = dkimDomains.isEmpty() ? detail(QStringLiteral("msg-no-signature"))
                                                    : dkimDomains.join(QStringLiteral(", "));
    report.findings << make(QStringLiteral("msg-not-aligned"), FindingStatus::Fail, language,
        { from, spfShown, dkimShown, service });
}

void microsoftVerdict(const DeliveredMessage &m, const QString &language, Report &report)
{
    if (!m.microsoft)
        return;
    const MicrosoftVerdict &v = *m.microsoft;
    const QStringList ids = microsoftExplanationIds(v);
    if (ids.isEmpty())
        return;
    QStringList evidence;
    for (const QString &id : ids)
        evidence << detail(QStringLiteral("ms-") + id);
    QStringList fields;
    for (auto it = v.fields.cbegin(); it != v.fields.cend(); ++it)
        fields << it.key() + QLatin1Char(':') + it.value();
    evidence << fields.join(QLatin1Char(';'));
    const FindingStatus status = v.markedSpam() ? FindingStatus::Fail : FindingStatus::Info;
    // The title says why: the category (spoofing, phishing, bulk) when
    // there is one, else the filter's verdict; the SCL is in the title too.
    QString headline = ids.first();
    for (const char *prefix : { "cat-", "sfty-", "sfv-" }) {
        const auto it = std::find_if(ids.cbegin(), ids.cend(),
            [prefix](const QString &id) { return id.startsWith(QLatin1String(prefix)); });
        if (it != ids.cend()) {
            headline = *it;
            break;
        }
    }
    const QString scl = v.scl ? QString::number(*v.scl) : QStringLiteral("?");
    report.findings << make(
        v.markedSpam() ? QStringLiteral("msg-microsoft-spam") : QStringLiteral("msg-microsoft"), status,
        language, { detail(QStringLiteral("ms-") + headline), scl }, evidence);
}

QString number(double value)
{
    return QString::number(value, 'f', value == double(qint64(value)) ? 0 : 1);
}

void filterVerdicts(const DeliveredMessage &m, const QString &language, Report &report)
{
    for (const FilterVerdict &v : m.filters) {
        QStringList evidence;
        QStringList topics;
        for (const QString &symbol : v.symbols) {
            const std::optional<SymbolMeaning> meaning = symbolMeaning(v.filter, symbol);
            if (!meaning)
                continue;
            evidence << detail(QStringLiteral("filter-symbol"),
                { symbol, detail(QStringLiteral("sym-") + meaning->explanationId) });
            if (meaning->topic != QLatin1String("blocklist-domain") && !topics.contains(meaning->topic))
                topics << meaning->topic;
            else if (meaning->topic == QLatin1String("blocklist-domain")
                && !topics.contains(QStringLiteral("blocklist-url")))
                topics << QStringLiteral("blocklist-url");
        }
        evidence << v.symbols.join(QStringLiteral(", "));
        const QString name
            = v.filter == QLatin1String("rspamd") ? QStringLiteral("rspamd") : QStringLiteral("SpamAssassin");
        const QString score = v.score ? number(*v.score) : QStringLiteral("?");
        const QString threshold = v.threshold ? number(*v.threshold) : QStringLiteral("?");
        report.findings << make(
            v.spam ? QStringLiteral("msg-filter-spam") : QStringLiteral("msg-filter-clean"),
            v.spam ? FindingStatus::Fail : FindingStatus::Pass, language, { name, score, threshold },
            evidence, topics);
    }
}

QString hopTime(const ReceivedHop &hop)
{
    return hop.time ? hop.time->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ')
            + hop.time->timeZoneAbbreviation()
                    : QStringLiteral("?");
}

// A wait in words: "4 s", "12 min", "2 h 5 min", in the report's language.
QString duration(qint64 seconds)
{
    if (seconds < 120)
        return detail(QStringLiteral("dur-s"), { QString::number(seconds) });
    if (seconds < 2 * 3600)
        return detail(QStringLiteral("dur-min"), { QString::number(seconds / 60) });
    return detail(
        QStringLiteral("dur-h"), { QString::number(seconds / 3600), QString::number((seconds % 3600) / 60) });
}

void route(const DeliveredMessage &m, const QString &language, Report &report)
{
    if (m.hops.isEmpty())
        return;
    // Oldest first, as the message travelled.
    QStringList evidence;
    const int external = firstExternalHop(m.hops);
    for (qsizetype i = m.hops.size() - 1; i >= 0; --i) {
        const ReceivedHop &hop = m.hops.at(i);
        QString fromPart = hop.fromHost.isEmpty() ? hop.fromHelo : hop.fromHost;
        if (!hop.fromIp.isEmpty())
            fromPart += (fromPart.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('[') + hop.fromIp
                + QLatin1Char(']');
        QString wait = QStringLiteral("—");
        if (i + 1 < m.hops.size())
            if (const auto s = delaySeconds(m.hops.at(i + 1), hop))
                wait = detail(QStringLiteral("dur-after"), { duration(qMax<qint64>(0, *s)) });
        // A hand-over inside one server (no client named) has no connection to encrypt.
        const bool connection = !hop.fromIp.isEmpty() || !hop.fromHost.isEmpty() || !hop.fromHelo.isEmpty();
        const QString tls = !connection ? detail(QStringLiteral("msg-hop-local"))
            : hop.tls
            ? detail(QStringLiteral("msg-hop-tls"), { hop.tlsDetail.isEmpty() ? hop.with : hop.tlsDetail })
            : detail(QStringLiteral("msg-hop-plain"));
        evidence << detail(QStringLiteral("msg-hop"),
            { QString::number(m.hops.size() - i), hopTime(hop), wait,
                fromPart.isEmpty() ? QStringLiteral("?") : fromPart,
                hop.byHost.isEmpty() ? QStringLiteral("?") : hop.byHost, tls });
    }
    qint64 total = 0;
    if (const auto s = delaySeconds(m.hops.last(), m.hops.first()))
        total = qMax<qint64>(0, *s);
    report.findings << make(QStringLiteral("msg-route"), FindingStatus::Info, language,
        { QString::number(m.hops.size()), duration(total) }, evidence);

    // The hop that matters for TLS and reputation is where the message
    // entered the receiver from the Internet; the receiver's own internal
    // hops need no TLS.
    if (external >= 0) {
        const ReceivedHop &hop = m.hops.at(external);
        const QString sender = hop.fromHost.isEmpty() || hop.fromHost == QLatin1String("unknown")
            ? hop.fromIp
            : hop.fromHost + QStringLiteral(" [") + hop.fromIp + QLatin1Char(']');
        if (!hop.tls)
            report.findings << make(QStringLiteral("msg-hop-no-tls"), FindingStatus::Warn, language,
                { sender, hop.byHost }, { hop.raw.simplified() });
    }
    for (qsizetype i = m.hops.size() - 2; i >= 0; --i) {
        const auto s = delaySeconds(m.hops.at(i + 1), m.hops.at(i));
        if (s && *s >= LongWaitSeconds) {
            const ReceivedHop &hop = m.hops.at(i);
            report.findings << make(QStringLiteral("msg-hop-delay"), FindingStatus::Warn, language,
                { duration(*s), m.hops.at(i + 1).byHost, hop.byHost },
                { m.hops.at(i + 1).raw.simplified(), hop.raw.simplified() });
            break;
        }
    }
}

QStringList formatProblems(const DeliveredMessage &m)
{
    QStringList problems;
    if (m.fromHeaders.isEmpty())
        problems << detail(QStringLiteral("msg-problem-no-from"));
    else if (m.fromHeaders.size() > 1)
        problems << detail(
            QStringLiteral("msg-problem-from-count"), { QString::number(m.fromHeaders.size()) });
    if (!m.hasDate)
        problems << detail(QStringLiteral("msg-problem-no-date"));
    if (!m.hasMessageId)
        problems << detail(QStringLiteral("msg-problem-no-message-id"));
    return problems;
}

bool signedByAll(const DeliveredMessage &m, const QStringList &headers)
{
    for (const DkimTags &sig : m.dkim) {
        bool all = true;
        for (const QString &h : headers)
            all = all && sig.signedHeaders.contains(h);
        if (all)
            return true;
    }
    return false;
}

// Gmail and Yahoo (February 2024) and Outlook.com (May 2025) ask the same of
// bulk senders; each item is what the receiver's own headers show.
void bulkCard(const DeliveredMessage &m, const QString &language, Report &report)
{
    const AuthResultsHeader *ar = receiverResults(m);
    QStringList items;
    int worst = 0; // 0 pass, 1 unknown, 2 fail
    const auto item = [&items, &worst](int state, const QString &what) {
        static const char *const marks[] = { "✓", "?", "✗" };
        items << detail(QStringLiteral("bulk-item"), { QString::fromUtf8(marks[state]), what });
        worst = qMax(worst, state);
    };
    const auto stateOf = [](const QString &result) {
        return result.isEmpty() ? 1 : result == QLatin1String("pass") ? 0 : 2;
    };
    item(stateOf(resultOf(ar, QStringLiteral("spf"))), detail(QStringLiteral("bulk-spf")));
    item(stateOf(resultOf(ar, QStringLiteral("dkim"))), detail(QStringLiteral("bulk-dkim")));
    item(stateOf(resultOf(ar, QStringLiteral("dmarc"))), detail(QStringLiteral("bulk-dmarc")));
    const QString iprev = resultOf(ar, QStringLiteral("iprev"));
    item(iprev.isEmpty() ? 1 : stateOf(iprev), detail(QStringLiteral("bulk-ptr")));
    const int external = firstExternalHop(m.hops);
    item(external < 0 ? 1 : m.hops.at(external).tls ? 0 : 2, detail(QStringLiteral("bulk-tls")));
    if (m.isBulk()) {
        const bool https = m.listUnsubscribe.contains(QLatin1String("<https://"), Qt::CaseInsensitive);
        const bool post = m.listUnsubscribePost.contains(
            QLatin1String("List-Unsubscribe=One-Click"), Qt::CaseInsensitive);
        const bool signedBoth
            = signedByAll(m, { QStringLiteral("list-unsubscribe"), QStringLiteral("list-unsubscribe-post") });
        item(https && post && signedBoth ? 0 : 2, detail(QStringLiteral("bulk-one-click")));
    }
    item(formatProblems(m).isEmpty() ? 0 : 2, detail(QStringLiteral("bulk-format")));
    item(1, detail(QStringLiteral("bulk-spam-rate")));
    const FindingStatus status = worst == 2 ? FindingStatus::Fail : FindingStatus::Warn;
    report.findings << make(m.isBulk() ? QStringLiteral("msg-bulk-card") : QStringLiteral("msg-sender-card"),
        status, language, {}, items);
}

// A card item's new state from the live findings: 0 met, 2 not met, -1
// not answered; `what` is the item's text (a detail), rewritten when the
// check says more than the headers could.
int liveState(const QString &item, const QList<Finding> &live, QString *what)
{
    for (const Finding &f : live) {
        if (item == QLatin1String("bulk-dkim") && f.id.startsWith(QLatin1String("dkim-sig-"))) {
            if (f.id == QLatin1String("dkim-sig-pass")) {
                *what = detail(QStringLiteral("bulk-dkim-verified"), { f.args.value(0), f.args.value(2) });
                return f.args.value(2).toInt() >= 1024 ? 0 : 2;
            }
            if (f.status == FindingStatus::Fail) {
                *what = detail(QStringLiteral("bulk-dkim-failed"), { f.title });
                return 2;
            }
        }
        if (item == QLatin1String("bulk-ptr") && f.id.startsWith(QLatin1String("ptr-"))) {
            if (f.id == QLatin1String("ptr-ok"))
                return 0;
            if (f.id == QLatin1String("ptr-missing") || f.id == QLatin1String("ptr-not-confirmed"))
                return 2;
        }
    }
    return -1;
}

} // namespace

void completeSenderCard(QList<Finding> &findings, const QList<Finding> &live, const QString &language)
{
    static const char *const marks[] = { "✓", "?", "✗" };
    for (Finding &card : findings) {
        if (card.id != QLatin1String("msg-bulk-card") && card.id != QLatin1String("msg-sender-card"))
            continue;
        if (card.evidenceSource.size() != card.evidence.size())
            continue;
        bool notMet = false;
        for (QString &line : card.evidenceSource) {
            const std::optional<Detail> item = Detail::parse(line);
            if (!item || item->id != QLatin1String("bulk-item") || item->params.size() < 2)
                continue;
            const std::optional<Detail> what = Detail::parse(item->params.at(1));
            QString text = item->params.at(1);
            const int state = what ? liveState(what->id, live, &text) : -1;
            if (state >= 0)
                line = detail(QStringLiteral("bulk-item"), { QString::fromUtf8(marks[state]), text });
            notMet = notMet || (state >= 0 ? state == 2 : item->params.at(0) == QString::fromUtf8(marks[2]));
        }
        card.status = notMet ? FindingStatus::Fail : FindingStatus::Warn;
        FindingCatalog::builtin().retranslate(card, language);
    }
}

const AuthResultsHeader *receiverResults(const DeliveredMessage &message)
{
    // The receiving side's names: the servers that recorded the message
    // from where it entered from the Internet up to the mailbox, and the
    // mailbox's domain.
    QSet<QString> receiving;
    const int external = firstExternalHop(message.hops);
    for (int i = 0; i <= external && i < message.hops.size(); ++i) {
        const QString host = message.hops.at(i).byHost.toLower();
        if (host.contains(QLatin1Char('.')) && QHostAddress(host).isNull())
            receiving << organisational(host);
    }
    if (!receiving.isEmpty() && !message.recipientDomain.isEmpty())
        receiving << organisational(message.recipientDomain);
    for (const AuthResultsHeader &ar : message.authResults) {
        // Microsoft 365 writes no authserv-id; nothing else claims to be it.
        if (receiving.isEmpty() || ar.authservId.isEmpty()
            || receiving.contains(organisational(ar.authservId.toLower())))
            return &ar;
    }
    return nullptr;
}

QString spfDomainOf(const DeliveredMessage &message)
{
    if (!message.mailFromDomain.isEmpty())
        return message.mailFromDomain;
    if (const AuthResultsHeader *ar = receiverResults(message))
        if (const AuthMethodResult *spf = method(*ar, QStringLiteral("spf")))
            if (const QString d
                = DomainName::ofAddress(spf->properties.value(QStringLiteral("smtp.mailfrom")));
                !d.isEmpty())
                return d;
    for (const ReceivedSpf &spf : message.receivedSpf)
        if (const QString d = DomainName::ofAddress(spf.keyValues.value(QStringLiteral("envelope-from")));
            !d.isEmpty())
            return d;
    return QString();
}

void analyseDeliveredMessage(const DeliveredMessage &m, const QString &language, Report &report)
{
    report.kind = InputKind::Message;
    report.reason = QStringLiteral("none");
    report.arrived = true;
    if (!m.hasReceiverHeaders()) {
        // A copy from the Sent folder: no receiver has seen it yet.
        report.findings << make(QStringLiteral("msg-no-receiver-headers"), FindingStatus::Info, language, {});
        return;
    }
    receiverVerdict(m, language, report);
    earlierResults(m, language, report);
    alignment(m, language, report);
    microsoftVerdict(m, language, report);
    filterVerdicts(m, language, report);
    if (const QStringList problems = formatProblems(m); !problems.isEmpty())
        report.findings << make(
            QStringLiteral("msg-header-format"), FindingStatus::Fail, language, {}, problems);
    route(m, language, report);
    bulkCard(m, language, report);

    // What the live checks need: the sender's domain and its envelope and
    // signature domains for DMARC alignment, the IP that handed the message
    // to the receiver for SPF, PTR and blocklists.
    report.senderAddress = m.fromAddress;
    report.senderDomain = m.fromDomain;
    report.mailFromDomain = spfDomainOf(m);
    for (const DkimTags &sig : m.dkim) {
        if (sig.domain.isEmpty() || sig.selector.isEmpty())
            continue;
        if (report.dkimDomain.isEmpty() || alignedRelaxed(m.fromDomain, sig.domain)) {
            report.dkimDomain = sig.domain;
            report.dkimSelector = sig.selector;
            if (alignedRelaxed(m.fromDomain, sig.domain))
                break;
        }
    }
    if (const int external = firstExternalHop(m.hops); external >= 0)
        report.sendingIps = QStringList { m.hops.at(external).fromIp };
    report.wantedChecks
        = QStringList { QStringLiteral("spf"), QStringLiteral("dkim"), QStringLiteral("dmarc") };
    if (!report.sendingIps.isEmpty())
        report.wantedChecks << QStringLiteral("ptr") << QStringLiteral("blocklist-ip");
}

} // namespace MailMedic
