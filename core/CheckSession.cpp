// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckSession.h"
#include "dns/DomainName.h"
#include "dns/ResolverTrust.h"

#include "checks/BlocklistCheck.h"
#include "checks/DkimCheck.h"
#include "checks/DkimVerifyCheck.h"
#include "checks/DmarcCheck.h"
#include "checks/MxCheck.h"
#include "checks/PtrCheck.h"
#include "checks/SpfCheck.h"
#include "dns/CAresResolver.h"
#include "report/Detail.h"
#include "report/FindingCatalog.h"
#include "rules/RuleSet.h"
#include "servers/ProbeRunner.h"
#include "servers/ServerAdvice.h"
#include "servers/ServerTarget.h"

#include <algorithm>

namespace MailMedic {

namespace {

// The address a probe dials of those a server's name has: IPv4 first, as
// most senders still do. `addresses` must not be empty.
QString preferredAddress(const QStringList &addresses)
{
    for (const QString &a : addresses) {
        if (QHostAddress(a).protocol() == QAbstractSocket::IPv4Protocol)
            return a;
    }
    return addresses.constFirst();
}

// A probe's status: its worst verdict. A note (info: the server's
// extensions, the settings to use) is no verdict, so a probe that passed with
// notes is `pass`; one with notes only is `info`.
FindingStatus worstOf(const QList<Finding> &findings)
{
    FindingStatus worst = FindingStatus::Pass;
    bool any = false;
    for (const Finding &f : findings) {
        if (f.status == FindingStatus::Info)
            continue;
        // The enum is ordered fail, warn, untested, info, pass.
        if (!any || int(f.status) < int(worst))
            worst = f.status;
        any = true;
    }
    return any ? worst : FindingStatus::Info;
}

QStringList transcriptOf(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        for (const QString &e : f.evidence)
            if (!lines.contains(e))
                lines << e;
    return lines;
}

} // namespace

CheckSession::CheckSession(QObject *parent) : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &CheckSession::timeUp);
}

CheckSession::~CheckSession()
{
    m_running = false;
    if (m_runner)
        m_runner->cancelAll();
}

bool CheckSession::wants(const QString &check) const
{
    return m_request.checks.isEmpty() || m_request.checks.contains(check);
}

int CheckSession::addStep(const QString &id, const QString &target)
{
    Step step;
    step.id = id;
    step.target = target;
    step.probe.id = id;
    step.probe.target = target;
    step.probe.status = FindingStatus::Untested;
    step.clock.start();
    m_steps.append(step);
    const int index = int(m_steps.size()) - 1;
    Q_EMIT stepStarted(index, id, target);
    return index;
}

void CheckSession::stepDone(int index, const QList<Finding> &findings, const QStringList &transcript,
    std::optional<qint64> durationMs)
{
    if (index < 0 || index >= m_steps.size() || m_steps[index].done)
        return;
    Step &step = m_steps[index];
    step.done = true;
    step.findings = findings;
    step.probe.status = step.notAsked ? FindingStatus::Untested : worstOf(findings);
    step.probe.durationMs = durationMs ? durationMs : std::optional<qint64>(step.clock.elapsed());
    step.probe.transcript = transcript.isEmpty() ? transcriptOf(findings) : transcript;
    Q_EMIT stepFinished(index, step.probe);
    finishIfDone();
}

void CheckSession::dropRecordsOfMissingDomain()
{
    // A domain that does not exist has no records to publish: "no SPF
    // record" and "no DMARC policy" would send the person to a DNS editor
    // for a domain nobody has. The MX finding says what is wrong.
    const QString domain = m_request.domain;
    const bool missing = std::any_of(m_steps.cbegin(), m_steps.cend(), [&domain](const Step &s) {
        return s.id == QLatin1String("dns-mx") && s.target == domain
            && std::any_of(s.findings.cbegin(), s.findings.cend(),
                [](const Finding &f) { return f.id == QLatin1String("mx-nxdomain"); });
    });
    if (!missing)
        return;
    static const QStringList about { QStringLiteral("dns-spf"), QStringLiteral("dns-dmarc"),
        QStringLiteral("dns-dkim") };
    for (Step &step : m_steps) {
        if (!about.contains(step.id) || step.target != domain)
            continue;
        step.findings.erase(std::remove_if(step.findings.begin(), step.findings.end(),
                                [](const Finding &f) {
                                    return f.id.endsWith(QLatin1String("-missing"))
                                        || f.id.endsWith(QLatin1String("-none-found"));
                                }),
            step.findings.end());
        step.probe.status = worstOf(step.findings);
    }
}

void CheckSession::finishIfDone()
{
    if (!m_running)
        return;
    if (std::any_of(m_steps.cbegin(), m_steps.cend(), [](const Step &s) { return !s.done; }))
        return;
    m_running = false;
    m_deadline.stop();
    dropRecordsOfMissingDomain();
    // Derived from all server probes together: port 25 blocked by the local
    // network, and what to type into a mail program.
    if (m_runner && m_runner->count() > 0) {
        const QList<ServerProbeResult> results = m_runner->results();
        const int advice = addStep(QStringLiteral("client-settings"), m_request.domain);
        QList<Finding> findings;
        if (const std::optional<Finding> blocked = port25Blocked(results, m_request.language))
            findings << *blocked;
        findings << clientSettings(results, m_request.language);
        Step &step = m_steps[advice];
        step.done = true;
        step.findings = findings;
        step.probe.status = worstOf(findings);
        step.probe.durationMs = 0;
        Q_EMIT stepFinished(advice, step.probe);
    }
    Q_EMIT finished();
}

bool CheckSession::start(const CheckRequest &request, QString *error)
{
    if (m_running) {
        if (error)
            *error = QStringLiteral("checks are already running");
        return false;
    }
    m_request = request;
    m_request.domain = DomainName::ofAddress(request.domain);
    m_steps.clear();
    m_probeSteps.clear();
    m_pending.clear();
    m_addressLookups.clear();

    // Parse everything first: a typo in --server must not leave half a session.
    QList<ServerTarget> targets;
    for (const QString &value : request.servers) {
        QString parseError;
        const QList<ServerTarget> parsed = parseServerTargets(value, &parseError);
        if (!parseError.isEmpty()) {
            if (error)
                *error = parseError;
            return false;
        }
        targets << parsed;
    }

    auto *resolver = new CAresResolver(this);
    // Leave each question a share of the session, so one slow answer cannot eat it all.
    resolver->setTimeout(qBound(1000, request.timeoutSeconds * 1000 / 4, 5000));
    if (!request.nameserver.isEmpty()) {
        QString nsError;
        if (!resolver->setNameserver(request.nameserver, &nsError)) {
            if (error)
                *error = QStringLiteral("--nameserver %1: %2").arg(request.nameserver, nsError);
            delete resolver;
            return false;
        }
    }
    m_resolver = resolver;
    connect(resolver, &Resolver::finished, this, &CheckSession::serverAddressAnswered);
    m_running = true;
    const int checkTimeout = qMax(1000, request.timeoutSeconds * 1000 - 500);
    const QString &lang = m_request.language;
    const QString &domain = m_request.domain;

    const auto dnsStep = [&](Check *check, const QString &id, const QString &target) {
        check->setLanguage(lang);
        check->setTimeout(checkTimeout);
        const int step = addStep(id, target);
        connect(check, &Check::finished, this,
            [this, step](const QList<Finding> &findings) { stepDone(step, findings); });
        m_checks << check;
        return step;
    };
    // The DNS checks start once the resolver has shown it tells the truth.
    m_dnsStarts.clear();
    m_dnsSteps.clear();
    const auto deferDns = [this](int step, std::function<void()> start) {
        m_dnsSteps << step;
        m_dnsStarts << std::move(start);
    };

    const QString recipientDomain = DomainName::ofAddress(request.recipientDomain);
    const QString mxDomain = recipientDomain.isEmpty() ? domain : recipientDomain;
    if (!mxDomain.isEmpty() && (wants(QStringLiteral("mx")) || wants(QStringLiteral("ns")))) {
        auto *mx = new MxCheck(resolver, this);
        mx->setLanguage(lang);
        mx->setTimeout(checkTimeout);
        const int step = addStep(QStringLiteral("dns-mx"), mxDomain);
        const bool ownDomain = recipientDomain.isEmpty();
        // Can the domain receive? Its MX hosts are asked on port 25 as
        // another server would (STARTTLS), once they are known.
        const bool inbound = request.checks.isEmpty() || request.checks.contains(QStringLiteral("smtp-25"));
        connect(
            mx, &Check::finished, this, [this, step, mx, inbound, ownDomain](const QList<Finding> &findings) {
                if (inbound && m_running) {
                    int probed = 0;
                    for (const MxCheck::Target &t : mx->targets()) {
                        if (t.addresses.isEmpty() || !t.cnames.isEmpty() || probed == MaxInboundProbes)
                            continue;
                        ServerTarget target;
                        target.host = t.name;
                        target.port = 25;
                        target.protocol = ServerProtocol::SmtpStartTls;
                        target.given = QStringLiteral("mx://%1").arg(t.name);
                        target.receiving = true;
                        target.relayCheck = ownDomain;
                        // The address the MX check just found: no second lookup
                        // on the way to the probe, and the server that was checked
                        // is the one asked.
                        addServerProbe(target, preferredAddress(t.addresses));
                        ++probed;
                    }
                }
                stepDone(step, findings);
            });
        m_checks << mx;
        deferDns(step, [mx, mxDomain] { mx->start(mxDomain); });
    }
    if (!domain.isEmpty() && wants(QStringLiteral("spf"))) {
        auto *spf = new SpfCheck(resolver, this);
        const RuleSet &rules = request.rules ? *request.rules : RuleSet::builtin();
        QString providerId = request.sendingProvider;
        for (const ServerTarget &target : std::as_const(targets))
            if (providerId.isEmpty() && target.isSmtp())
                providerId = rules.detectProvider(target.host);
        if (const Provider *provider = rules.provider(providerId))
            spf->setExpectedInclude(provider->spfInclude, provider->name);
        // A message that arrived: SPF was checked for its envelope sender
        // (RFC 7208 §2.4), which a service sending in the From domain's name
        // has in its own domain; DMARC alignment says the rest.
        const QString spfDomain = !request.message.isEmpty() && !request.mailFromDomain.isEmpty()
            ? request.mailFromDomain
            : domain;
        const int step = dnsStep(spf, QStringLiteral("dns-spf"), spfDomain);
        deferDns(step, [spf, spfDomain, ip = request.sendingIp] { spf->start(spfDomain, ip); });
    }
    if (!domain.isEmpty() && wants(QStringLiteral("dmarc"))) {
        // With the returned message's envelope sender and DKIM domain known,
        // the check also says whether they line up with the From domain.
        auto *dmarc = new DmarcCheck(resolver, this);
        const int step = dnsStep(dmarc, QStringLiteral("dns-dmarc"), domain);
        deferDns(step,
            [dmarc, domain, request] { dmarc->start(domain, request.mailFromDomain, request.dkimDomain); });
    }
    const QString dkimDomain
        = request.dkimDomain.isEmpty() ? domain : DomainName::ofAddress(request.dkimDomain);
    if (!request.message.isEmpty() && wants(QStringLiteral("dkim"))) {
        auto *verify = new DkimVerifyCheck(resolver, this);
        const int step
            = dnsStep(verify, QStringLiteral("dns-dkim"), dkimDomain.isEmpty() ? domain : dkimDomain);
        deferDns(step, [verify, message = request.message, domain] { verify->start(message, domain); });
    } else if (!dkimDomain.isEmpty() && wants(QStringLiteral("dkim"))) {
        auto *dkim = new DkimCheck(resolver, this);
        const int step = dnsStep(dkim, QStringLiteral("dns-dkim"), dkimDomain);
        deferDns(
            step, [dkim, dkimDomain, selector = request.dkimSelector] { dkim->start(dkimDomain, selector); });
    }
    if (!request.sendingIp.isNull() && wants(QStringLiteral("ptr"))) {
        auto *ptr = new PtrCheck(resolver, this);
        const int step = dnsStep(ptr, QStringLiteral("dns-ptr"), request.sendingIp.toString());
        deferDns(step, [ptr, ip = request.sendingIp] { ptr->start(ip); });
    }
    const bool ipLists = !request.sendingIp.isNull() && wants(QStringLiteral("blocklist-ip"));
    const bool uriLists = !request.uriDomains.isEmpty() && wants(QStringLiteral("blocklist-url"));
    if (ipLists || uriLists) {
        auto *lists = new BlocklistCheck(resolver, this);
        const int step = dnsStep(lists, QStringLiteral("blocklists"),
            ipLists ? request.sendingIp.toString() : request.uriDomains.join(QLatin1Char(',')));
        const QList<QHostAddress> ips
            = ipLists ? QList<QHostAddress> { request.sendingIp } : QList<QHostAddress> {};
        const QStringList uris = uriLists ? request.uriDomains : QStringList {};
        deferDns(step, [lists, ips, uris] { lists->start(ips, uris); });
    }

    for (const ServerTarget &target : std::as_const(targets))
        addServerProbe(target);

    if (m_steps.isEmpty()) {
        m_running = false;
        if (error)
            *error = QStringLiteral("nothing to check: give a domain, a sending IP or a server");
        return false;
    }
    m_deadline.start(request.timeoutSeconds * 1000);
    if (!m_dnsStarts.isEmpty()) {
        auto *trust = new ResolverTrust(resolver, this);
        m_trust = trust;
        connect(trust, &ResolverTrust::finished, this, &CheckSession::resolverJudged);
        trust->start(mxDomain.isEmpty() ? domain : mxDomain);
    }
    return true;
}

void CheckSession::resolverJudged()
{
    ResolverTrust *trust = m_trust;
    if (!trust || !m_running)
        return;
    const QList<std::function<void()>> starts = m_dnsStarts;
    m_dnsStarts.clear();
    if (trust->verdict() == ResolverTrust::Verdict::Trusted) {
        for (const std::function<void()> &start : starts)
            start();
        return;
    }
    // One notice that names the server and says why; the DNS steps end
    // untested without a finding each, so the list is not seven times the same.
    const bool silent = trust->verdict() == ResolverTrust::Verdict::Silent;
    const QString cause = silent ? trust->cause() : QStringLiteral("dns-untrusted");
    const int notice = addStep(QStringLiteral("dns-resolver"), resolverDescription());
    const Finding f = FindingCatalog::builtin().make(
        silent ? QStringLiteral("dns-resolver-silent") : QStringLiteral("dns-resolver-untrusted"),
        FindingStatus::Untested, m_request.language,
        { m_request.nameserver.isEmpty() ? Detail::encode(QStringLiteral("dns-system-resolver"))
                                         : m_request.nameserver,
            trust->summary() },
        trust->evidence(), cause);
    for (const int step : std::as_const(m_dnsSteps)) {
        m_steps[step].notAsked = true;
        // The transcript is a log, in English like the servers' own lines.
        stepDone(step, {},
            { QStringLiteral("--- not asked: ") + FindingCatalog::english(f.args.value(0))
                + QStringLiteral(" gave untrustworthy answers") });
    }
    QStringList transcript;
    for (const QString &line : trust->evidence())
        transcript << FindingCatalog::english(line);
    stepDone(notice, { f }, transcript);
}

void CheckSession::addServerProbe(const ServerTarget &target, const QString &address)
{
    const int step = addStep(target.probeId(), target.display());
    const bool literal = !QHostAddress(target.host).isNull();
    if (!address.isEmpty() || literal || m_request.nameserver.isEmpty()
        || !m_request.probeOptions.connectHost.isEmpty() || !m_resolver) {
        // Without --nameserver the socket asks the system's resolver itself.
        startServerProbe(target, step, address);
        return;
    }
    // A and AAAA side by side; the probe starts on the first address.
    PendingServer pending;
    pending.target = target;
    pending.step = step;
    m_pending << pending;
    const int index = int(m_pending.size()) - 1;
    for (const DnsAnswer::RecordType type : { DnsAnswer::RecordType::A, DnsAnswer::RecordType::AAAA })
        m_addressLookups.insert(m_resolver->lookup(target.host, type), index);
}

void CheckSession::serverAddressAnswered(quint64 id, const DnsAnswer &answer)
{
    const auto it = m_addressLookups.constFind(id);
    if (it == m_addressLookups.cend())
        return; // a question of one of the DNS checks
    const int index = it.value();
    m_addressLookups.erase(it);
    if (!m_running || index < 0 || index >= m_pending.size())
        return;
    PendingServer &pending = m_pending[index];
    ++pending.answers;
    if (pending.step < 0)
        return; // started on the other answer already
    for (const DnsRecord &record : answer.records) {
        if (!QHostAddress(record.value).isNull())
            pending.addresses << record.value;
    }
    if (!answer.hasRecords() && pending.failure.isEmpty())
        pending.failure = answer.summary();
    if (answer.outcome == DnsAnswer::Outcome::NxDomain)
        pending.noSuchName = true;
    else if (answer.couldNotAsk() && pending.dnsCause.isEmpty())
        pending.dnsCause = answer.untestedCause();
    const bool ipv4 = answer.type == DnsAnswer::RecordType::A;
    // Prefer IPv4 while its answer may still come, as with the MX targets.
    if (!pending.addresses.isEmpty() && (ipv4 || pending.answers == 2)) {
        const int step = pending.step;
        pending.step = -1;
        startServerProbe(pending.target, step, preferredAddress(pending.addresses));
        return;
    }
    if (pending.answers < 2)
        return;
    // Not there, or DNS would not say: like a host that cannot be reached,
    // nothing is known about the server itself.
    const int step = pending.step;
    pending.step = -1;
    const ServerTarget &target = pending.target;
    if (pending.noSuchName && pending.dnsCause.isEmpty()) {
        // No such name: a typing error far more often than a broken server.
        const Finding f = FindingCatalog::builtin().make(QStringLiteral("server-name-unknown"),
            FindingStatus::Untested, m_request.language, { target.host, pending.failure },
            { pending.failure }, QStringLiteral("no-such-name"));
        stepDone(step, { f },
            { QStringLiteral("--- %1 does not exist in DNS (%2)").arg(target.host, pending.failure) });
        return;
    }
    // DNS did not answer, or the name has no address: nothing is known
    // about the server itself. A timeout is not "no address".
    const QString detail = pending.dnsCause.isEmpty()
        ? Detail::encode(QStringLiteral("server-no-address"), { target.host, pending.failure })
        : Detail::encode(QStringLiteral("server-no-dns-answer"), { target.host, pending.failure });
    const Finding f = FindingCatalog::builtin().make(target.findingPrefix() + QStringLiteral("-untested"),
        FindingStatus::Untested, m_request.language, { target.display(), detail }, {},
        pending.dnsCause.isEmpty() ? QStringLiteral("unreachable") : pending.dnsCause);
    stepDone(step, { f }, { QStringLiteral("--- ") + FindingCatalog::english(detail) });
}

void CheckSession::startServerProbe(const ServerTarget &target, int step, const QString &address)
{
    const int checkTimeout = qMax(1000, m_request.timeoutSeconds * 1000 - 500);
    if (!m_runner) {
        auto *runner = new ProbeRunner(this);
        runner->setTimeout(checkTimeout);
        connect(
            runner, &ProbeRunner::probeFinished, this, [this](int index, const ServerProbeResult &result) {
                const int done = m_probeSteps.value(index, -1);
                if (done >= 0 && done < m_steps.size())
                    m_steps[done].probe = result.probe; // the probe's own id, target and transcript
                // The probe's own time, from its connect on: not the time it
                // waited behind the runner's limit on parallel connections
                // (none at all when it never started).
                stepDone(done, result.findings, result.probe.transcript, result.probe.durationMs.value_or(0));
            });
        m_runner = runner;
    }
    ServerProbeOptions options = m_request.probeOptions;
    options.language = m_request.language;
    // The probe's own budget ends before the runner's deadline, so a server
    // that never answers is reported by the probe, with its name and what it
    // did, rather than as "could not be tested" by the runner.
    options.totalTimeoutMs = qMin(options.totalTimeoutMs, qMax(500, checkTimeout - 500));
    if (!address.isEmpty() && options.connectHost.isEmpty())
        options.connectHost = address; // the certificate is still checked against target.host
    // A receiving server must refuse mail for other domains from strangers
    // (RFC 5321 §3.6.2, RFC 2505): MAIL FROM and RCPT TO with addresses of
    // RFC 2606's reserved domains, then RSET; never DATA. Run for every MX,
    // and for the person's own server when a bounce or symptom is about
    // relaying.
    if (target.isSmtp() && target.relayCheck
        && (target.receiving || m_request.checks.contains(QStringLiteral("relay")))
        && options.relayFrom.isEmpty()) {
        options.relayFrom = QStringLiteral("mailmedic-relay-check@example.org");
        options.relayTo = QStringLiteral("mailmedic-relay-check@example.net");
    }
    auto *probe = new ServerProbe(target, options);
    if (!m_request.user.isEmpty() && target.isSmtp() && !target.receiving)
        probe->setCredentials(m_request.user, m_request.password);
    m_probeSteps << step;
    m_runner->add(probe);
    if (!m_runner->isRunning())
        m_runner->start();
}

void CheckSession::timeUp()
{
    // The checks have their own timers just inside this one; whatever still
    // has not answered is reported as untested, never as failed.
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].done)
            continue;
        const Finding f = FindingCatalog::builtin().make(QStringLiteral("check-untested"),
            FindingStatus::Untested, m_request.language, { m_steps[i].id, QStringLiteral("timeout") }, {},
            QStringLiteral("timeout"));
        stepDone(i, { f });
    }
}

void CheckSession::cancel()
{
    if (!m_running)
        return;
    if (m_runner)
        m_runner->cancelAll();
    for (const QPointer<Check> &check : std::as_const(m_checks)) {
        if (check)
            check->disconnect(this);
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].done)
            continue;
        m_steps[i].done = true;
        m_steps[i].findings = { FindingCatalog::builtin().make(QStringLiteral("check-untested"),
            FindingStatus::Untested, m_request.language, { m_steps[i].id, QStringLiteral("cancelled") }, {},
            QStringLiteral("cancelled")) };
        m_steps[i].probe.status = FindingStatus::Untested;
        m_steps[i].probe.durationMs = m_steps[i].clock.elapsed();
    }
    // Stop the checks' questions; nothing they say afterwards reaches us.
    for (const QPointer<Check> &check : std::as_const(m_checks)) {
        if (check)
            check->cancel();
    }
    if (m_resolver)
        m_resolver->cancelAll();
    m_deadline.stop();
    m_running = false;
    Q_EMIT finished();
}

QList<Finding> CheckSession::findings() const
{
    QList<Finding> all;
    for (const Step &s : m_steps)
        all << s.findings;
    return all;
}

QList<Probe> CheckSession::probes() const
{
    QList<Probe> all;
    for (const Step &s : m_steps)
        all << s.probe;
    return all;
}

QString CheckSession::resolverDescription() const
{
    return m_request.nameserver.isEmpty() ? QStringLiteral("system resolver") : m_request.nameserver;
}

} // namespace MailMedic
