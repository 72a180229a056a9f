// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/DnsAnswer.h"
#include "report/Report.h"
#include "servers/ServerProbe.h"
#include "servers/ServerTarget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace MailMedic {

class CAresResolver;
class Check;
class ResolverTrust;
class ProbeRunner;
class RuleSet;

// What to check live, gathered from the bounce, the wizard's questions or
// the command line.
struct CheckRequest
{
    QString domain; // the sender's domain: MX, NS, SPF, DMARC, DKIM
    // When the failure is on the recipient's side (the domain does not
    // exist, its servers cannot be reached, ...): MX and NS are checked for
    // this domain instead of the sender's.
    QString recipientDomain;
    QHostAddress sendingIp; // SPF verdict for this IP, PTR, IP blocklists
    QString dkimDomain; // d= and s= of the returned message's signature
    QString dkimSelector;
    QString mailFromDomain; // the envelope sender's domain, for DMARC alignment
    // The mail service the sender uses (providers.json id); its SPF include
    // should be in the domain's record. Detected from the servers when empty.
    QString sendingProvider;
    QStringList uriDomains; // domains of links in the bounce: URI blocklists
    // A message that arrived: its DKIM signatures are verified (the "dkim"
    // check) instead of only reading the key record.
    QByteArray message;
    QStringList servers; // --server values: HOST, HOST:PORT, smtps://, smtp://, imaps://, pop3s://
    // Which checks to run (the rules' probe ids: mx, ns, spf, dkim, dmarc, ptr,
    // blocklist-ip, blocklist-url, smtp-465, smtp-587, smtp-25, imaps, pop3s,
    // smtp-auth, relay). Empty: everything the request has the data for.
    QStringList checks;
    QString nameserver; // ADDR[:PORT]; empty: the system's resolvers
    int timeoutSeconds = 30; // the whole session
    QString language = QStringLiteral("en");
    ServerProbeOptions probeOptions;
    // The optional AUTH test. The password stays in memory, in this request
    // and in the probe, and nowhere else.
    QString user;
    QString password;
    // Providers (SPF includes of the sending service) come from these rules:
    // a support team's rules folder counts here too. Built-in when null.
    std::shared_ptr<const RuleSet> rules;
};

// Runs the live checks of one diagnosis in parallel, each under its own
// timeout and the session's overall one, and collects findings and probe
// rows. Cancel stops everything at once; what could not be asked is
// "untested" with its cause, never a failure.
class CheckSession : public QObject
{
    Q_OBJECT
public:
    explicit CheckSession(QObject *parent = nullptr);
    ~CheckSession() override;

    // False (and `error`) for a request that cannot start: a bad --server
    // value or --nameserver address.
    bool start(const CheckRequest &request, QString *error = nullptr);
    void cancel();
    bool isRunning() const { return m_running; }

    // Ordered as the steps were started, so reports are stable.
    QList<Finding> findings() const;
    QList<Probe> probes() const;
    int stepCount() const { return int(m_steps.size()); }
    QString resolverDescription() const;

    // What a diagnosis asks to check live: the sender's domain (or
    // `domainOverride`), the public sending IP, DKIM d=/s=, the envelope
    // sender's domain and the matched rules' probe ids.
    static CheckRequest requestFor(const Report &report, const QString &domainOverride = QString());
    // Whether start() would find anything to do: a domain, address or
    // server for at least one of the checks asked for.
    static bool hasWork(const CheckRequest &request);

    // The first address in the list that is a public sending address (not
    // loopback, link-local or private), as the SPF check should see it.
    static QHostAddress publicAddress(const QStringList &addresses);

Q_SIGNALS:
    void stepStarted(int step, const QString &id, const QString &target);
    void stepFinished(int step, const MailMedic::Probe &probe);
    void finished();

private:
    struct Step
    {
        QString id;
        QString target;
        QList<Finding> findings;
        Probe probe;
        bool done = false;
        bool notAsked = false; // left out (the resolver cannot be trusted): untested, no finding of its own
        QElapsedTimer clock;
    };

    // A server the probes ask, while its address is looked up through the
    // session's resolver (the --nameserver promise covers probes too).
    struct PendingServer
    {
        ServerTarget target;
        int step = -1;
        int answers = 0;
        QStringList addresses;
        QString failure;
        bool noSuchName = false; // DNS said the name does not exist
        QString dnsCause; // DNS did not answer: timeout, servfail, ...
    };

    int addStep(const QString &id, const QString &target);
    // `address`: dial it instead of looking the host up (an MX target whose
    // addresses the MX check already found).
    void addServerProbe(const ServerTarget &target, const QString &address = QString());
    void startServerProbe(const ServerTarget &target, int step, const QString &address);
    void serverAddressAnswered(quint64 id, const DnsAnswer &answer);
    static constexpr int MaxInboundProbes = 3;
    // `durationMs`: what the step measured itself; otherwise the time since it was added.
    void stepDone(int step, const QList<Finding> &findings, const QStringList &transcript = {},
        std::optional<qint64> durationMs = std::nullopt);
    void timeUp();
    void resolverJudged();
    void finishIfDone();
    void dropRecordsOfMissingDomain();
    bool wants(const QString &check) const;

    CheckRequest m_request;
    QPointer<CAresResolver> m_resolver;
    QPointer<ProbeRunner> m_runner;
    QList<int> m_probeSteps; // runner index -> step
    QHash<quint64, int> m_addressLookups; // resolver id -> index in m_pending
    QList<PendingServer> m_pending;
    QList<Step> m_steps;
    QList<QPointer<Check>> m_checks; // the DNS checks, to cancel
    QPointer<ResolverTrust> m_trust;
    QList<std::function<void()>> m_dnsStarts; // run once the resolver is trusted
    QList<int> m_dnsSteps;
    QTimer m_deadline;
    bool m_running = false;
};

} // namespace MailMedic
