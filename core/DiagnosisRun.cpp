// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisRun.h"
#include "report/Clock.h"

#include "Diagnoser.h"
#include "dns/DomainName.h"
#include "headers/DeliveredMessage.h"
#include "headers/MessageAnalysis.h"
#include "mailmedic_version.h"
#include "report/FindingCatalog.h"
#include "rules/RuleSet.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace MailMedic {

namespace {

const RuleSet &rulesOf(const RunOptions &options)
{
    return options.rules ? *options.rules : RuleSet::builtin();
}

// A bounce whose reason is known, or a message that arrived (whose headers
// name the sender to check); not a text that says nothing about delivery.
bool asksChecks(const Report &reading)
{
    return reading.reason != QLatin1String("none") || (reading.arrived && !reading.wantedChecks.isEmpty());
}

Report symptomReport(const RunInput &input, const RuleSet &rules, const QString &lang)
{
    Report report;
    report.kind = InputKind::Text;
    report.file = input.name.isEmpty() ? input.symptom : input.name;
    const Symptom *s = rules.symptom(input.symptom);
    if (!s)
        return report;
    Finding f;
    f.id = QStringLiteral("symptom-") + s->id;
    f.status = FindingStatus::Info;
    f.title = s->title.text(lang);
    f.explanation = s->description.text(lang);
    f.topics = s->topics;
    for (const QString &fixId : s->fixes) {
        if (const FixText *fix = rules.fix(fixId))
            f.fixes.append({ fix->id, fix->text.text(lang), fix->link, false });
    }
    // What the person answered is the evidence; the password is not an
    // answer, and pasted headers are read below, not repeated.
    for (auto it = input.answers.cbegin(); it != input.answers.cend(); ++it) {
        if (!it.value().isEmpty() && it.key() != QLatin1String("headers"))
            f.evidence.append(it.key() + QStringLiteral(": ") + it.value());
    }
    report.findings.append(f);
    // The headers of a message that landed in spam: what the receiver
    // concluded, and the sender's domains and IP for the live checks.
    const QString headers = input.answers.value(QStringLiteral("headers"));
    if (!headers.trimmed().isEmpty()) {
        DiagnoseOptions options;
        options.language = lang;
        options.rules = &rules;
        const Report arrived = Diagnoser::diagnoseText(QStringLiteral("headers"), headers, options);
        if (arrived.arrived) {
            report.findings << arrived.findings;
            report.senderAddress = arrived.senderAddress;
            report.senderDomain = arrived.senderDomain;
            report.mailFromDomain = arrived.mailFromDomain;
            report.dkimDomain = arrived.dkimDomain;
            report.dkimSelector = arrived.dkimSelector;
            report.sendingIps = arrived.sendingIps;
        } else {
            report.findings << FindingCatalog::builtin().make(
                QStringLiteral("msg-not-headers"), FindingStatus::Info, lang);
        }
    }
    return report;
}

std::optional<Finding> liveNote(
    DiagnosisRun::LiveOutcome outcome, const QString &error, const QStringList &wanted)
{
    Finding f;
    f.id = QStringLiteral("live-checks");
    f.status = FindingStatus::Untested;
    const QString names = DiagnosisRun::checkNames(wanted);
    switch (outcome) {
    case DiagnosisRun::LiveOutcome::Offline:
        f.cause = QStringLiteral("offline");
        f.title = DiagnosisRun::tr("The live checks are switched off");
        f.explanation
            = DiagnosisRun::tr("MailMedic did not ask DNS or any mail server, because offline mode is "
                               "on. Not checked: %1.")
                  .arg(names);
        return f;
    case DiagnosisRun::LiveOutcome::NothingToCheck:
        f.cause = QStringLiteral("offline");
        f.title = DiagnosisRun::tr("Some checks need more information");
        f.explanation = names.isEmpty()
            ? DiagnosisRun::tr("MailMedic does not know which domain or server to test.")
            : DiagnosisRun::tr(
                "To run these checks MailMedic needs a domain or a server name: %1. Go back and "
                "fill in the questions to run them.")
                  .arg(names);
        return f;
    case DiagnosisRun::LiveOutcome::Error:
        f.cause = QStringLiteral("error");
        f.title = DiagnosisRun::tr("The live checks could not start");
        f.explanation = DiagnosisRun::tr("MailMedic could not start the checks: %1").arg(error);
        return f;
    case DiagnosisRun::LiveOutcome::NotRun:
    case DiagnosisRun::LiveOutcome::Running:
    case DiagnosisRun::LiveOutcome::Completed:
    case DiagnosisRun::LiveOutcome::Cancelled:
        break;
    }
    return std::nullopt;
}

} // namespace

DiagnosisRun::DiagnosisRun(QObject *parent) : QObject(parent), m_reader(new QFutureWatcher<Report>(this))
{
    m_readDeadline.setSingleShot(true);
    connect(&m_readDeadline, &QTimer::timeout, this, &DiagnosisRun::readingTimedOut);
}

DiagnosisRun::~DiagnosisRun()
{
    // A probe cancelled while the run is being destroyed must not call back into it.
    dropChecks();
    // The worker only touches its own copies; waiting keeps it from outliving the rule set.
    m_reader->disconnect(this);
    m_reader->waitForFinished();
}

Report DiagnosisRun::read(const RunInput &input, const RunOptions &options)
{
    Report report;
    const RuleSet &rules = rulesOf(options);
    switch (input.kind) {
    case RunInput::Kind::Bounce: {
        DiagnoseOptions diagnose;
        diagnose.language = options.language;
        diagnose.rules = &rules;
        return input.bytes.isEmpty() ? Diagnoser::diagnoseText(input.name, input.text, diagnose)
                                     : Diagnoser::diagnoseOffline(input.name, input.bytes, diagnose);
    }
    case RunInput::Kind::Symptom:
        report = symptomReport(input, rules, options.language);
        break;
    case RunInput::Kind::Domain:
        report.kind = InputKind::Domain;
        report.file = input.name.isEmpty() ? input.domain : input.name;
        break;
    }
    report.language = options.language;
    report.version = QStringLiteral(MAILMEDIC_VERSION_STRING);
    report.generated = Clock::nowUtc();
    return report;
}

QStringList DiagnosisRun::wantedChecks(const RunInput &input, const Report &reading, const RuleSet &rules)
{
    switch (input.kind) {
    case RunInput::Kind::Bounce:
        return asksChecks(reading) ? reading.wantedChecks : QStringList();
    case RunInput::Kind::Symptom:
        if (const Symptom *s = rules.symptom(input.symptom))
            return s->probes;
        return {};
    case RunInput::Kind::Domain:
        return { QStringLiteral("mx"), QStringLiteral("spf"), QStringLiteral("dkim"),
            QStringLiteral("dmarc") };
    }
    return {};
}

CheckRequest DiagnosisRun::checkRequest(const RunInput &input, const Report &reading, const RuleSet &rules)
{
    CheckRequest request;
    const QString answeredDomain = DomainName::ofAddress(input.answers.value(QStringLiteral("domain")));
    const QString email = input.answers.value(QStringLiteral("email")).trimmed();
    const QString server = input.answers.value(QStringLiteral("outgoing-server")).trimmed();
    switch (input.kind) {
    case RunInput::Kind::Bounce:
        // A bounce that is not one, or that no check can explain, asks
        // nothing; servers named beside it are still probed.
        if (asksChecks(reading)) {
            request = CheckSession::requestFor(reading, input.domain);
            request.checks = wantedChecks(input, reading, rules);
            if (reading.arrived)
                request.message
                    = deliveredMessageBytes(input.bytes.isEmpty() ? input.text.toUtf8() : input.bytes);
            if (request.checks.isEmpty())
                request = CheckRequest();
        }
        break;
    case RunInput::Kind::Symptom: {
        request.checks = wantedChecks(input, reading, rules);
        request.domain = answeredDomain.isEmpty() ? DomainName::ofAddress(email) : answeredDomain;
        request.sendingIp
            = CheckSession::publicAddress({ input.answers.value(QStringLiteral("sending-ip")).trimmed() });
        // What pasted headers said fills in what was not typed.
        if (request.domain.isEmpty())
            request.domain = reading.senderDomain;
        if (request.sendingIp.isNull())
            request.sendingIp = CheckSession::publicAddress(reading.sendingIps);
        request.dkimDomain = reading.dkimDomain;
        request.dkimSelector = reading.dkimSelector;
        request.mailFromDomain = reading.mailFromDomain;
        if (!reading.senderDomain.isEmpty())
            request.message = deliveredMessageBytes(input.answers.value(QStringLiteral("headers")).toUtf8());
        // Only symptoms that ask for a password test logging in (SMTP AUTH).
        const Symptom *s = rules.symptom(input.symptom);
        if (s && s->questions.contains(QStringLiteral("password"))) {
            const QString user = input.answers.value(QStringLiteral("username")).trimmed();
            request.user = user.isEmpty() && !input.password.isEmpty() ? email : user;
        }
        break;
    }
    case RunInput::Kind::Domain:
        request.domain = input.domain; // checks left empty: everything there is data for
        break;
    }
    if (!server.isEmpty() && input.kind != RunInput::Kind::Bounce)
        request.servers << server;
    if (!input.servers.isEmpty() && (input.kind != RunInput::Kind::Bounce || asksChecks(reading)))
        request.servers << input.servers;
    if (!request.servers.isEmpty() && !request.checks.isEmpty())
        request.checks << QStringLiteral("servers");
    if (!input.user.isEmpty())
        request.user = input.user;
    request.language = reading.language;
    return request;
}

void DiagnosisRun::start(const RunInput &input, const RunOptions &options)
{
    dropChecks();
    ++m_generation;
    m_input = input;
    m_options = options;
    m_rules = options.rules ? options.rules
                            : std::shared_ptr<const RuleSet>(&RuleSet::builtin(), [](const RuleSet *) {});
    m_options.rules = m_rules;
    m_running = true;
    m_cancelRequested = false;
    m_reading = Report();
    m_request = CheckRequest();
    m_outcome = LiveOutcome::NotRun;
    m_liveError.clear();
    m_resolverDescription.clear();
    m_liveFindings.clear();
    m_liveProbes.clear();

    if (input.kind != RunInput::Kind::Bounce) {
        // Symptoms and domains: nothing to decode, so the checks start now.
        readingDone(read(input, m_options));
        return;
    }
    // Copies go to the worker: the caller may change its input meanwhile,
    // and the rule set stays alive until the worker is done with it.
    RunInput worker = input;
    worker.password.clear(); // the reading has no use for it
    const RunOptions workerOptions = m_options;
    const int generation = m_generation;
    m_reader->disconnect(this);
    m_reader->setFuture(QtConcurrent::run([worker, workerOptions]() { return read(worker, workerOptions); }));
    connect(m_reader, &QFutureWatcher<Report>::finished, this, [this, generation] {
        if (generation != m_generation || m_reader->future().resultCount() == 0)
            return;
        readingDone(m_reader->result());
    });
    m_readDeadline.start(qMax(1, options.timeoutSeconds) * 1000);
}

void DiagnosisRun::readingTimedOut()
{
    if (!m_running || m_outcome != LiveOutcome::NotRun)
        return;
    ++m_generation; // whatever the worker still returns is not this run's any more
    m_reading = Report();
    m_reading.file = m_input.name;
    m_reading.kind = InputKind::Empty;
    m_reading.language = m_options.language;
    m_reading.version = QStringLiteral(MAILMEDIC_VERSION_STRING);
    m_reading.generated = Clock::nowUtc();
    m_outcome = LiveOutcome::Error;
    m_liveError = tr("reading the message took longer than %n second(s)", nullptr, m_options.timeoutSeconds);
    finish();
}

void DiagnosisRun::readingDone(const Report &reading)
{
    m_readDeadline.stop();
    m_reading = reading;
    Q_EMIT readingFinished();
    if (m_cancelRequested) {
        m_outcome = LiveOutcome::Cancelled;
        finish();
        return;
    }
    if (m_options.readOnly) {
        finish();
        return;
    }
    startChecks();
}

void DiagnosisRun::startChecks()
{
    const RuleSet &rules = *m_rules;
    CheckRequest request = checkRequest(m_input, m_reading, rules);
    if (!CheckSession::hasWork(request)) {
        // A bounce with nothing to test reads as it always did: no note.
        m_outcome
            = m_input.kind == RunInput::Kind::Bounce ? LiveOutcome::NotRun : LiveOutcome::NothingToCheck;
        m_request = request;
        finish();
        return;
    }
    m_request = request;
    if (m_options.offline) {
        m_outcome = LiveOutcome::Offline;
        finish();
        return;
    }
    request.nameserver = m_options.nameserver;
    request.timeoutSeconds = m_options.timeoutSeconds;
    request.language = m_options.language;
    request.rules = m_rules;
    request.probeOptions.caCertificates += m_options.caCertificates;
    for (const QString &path : std::as_const(m_options.caFiles)) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (certificates.isEmpty()) {
            m_outcome = LiveOutcome::Error;
            m_liveError = tr("the CA file %1 holds no certificate MailMedic can read (PEM)").arg(path);
            finish();
            return;
        }
        request.probeOptions.caCertificates += certificates;
    }
    if (!request.user.isEmpty())
        request.password = m_input.password; // into the probe's memory, nowhere else

    auto *checks = new CheckSession(this);
    m_checks = checks;
    m_reported.clear();
    m_outcome = LiveOutcome::Running;
    connect(checks, &CheckSession::stepStarted, this, &DiagnosisRun::checkStarted);
    connect(checks, &CheckSession::stepFinished, this, [this](int step, const Probe &probe) {
        m_reported.insert(step);
        Q_EMIT checkFinished(step, probe);
    });
    connect(checks, &CheckSession::finished, this, &DiagnosisRun::checksDone);
    QString error;
    if (!checks->start(request, &error)) {
        dropChecks();
        m_outcome = LiveOutcome::Error;
        m_liveError = error;
        finish();
        return;
    }
    m_resolverDescription = checks->resolverDescription();
}

void DiagnosisRun::checksDone()
{
    CheckSession *checks = m_checks;
    // CheckSession may say "finished" twice when a cancel completes the last
    // probe; the first one counts.
    if (!checks || m_outcome != LiveOutcome::Running)
        return;
    m_outcome = m_cancelRequested ? LiveOutcome::Cancelled : LiveOutcome::Completed;
    m_liveFindings = checks->findings();
    m_liveProbes = checks->probes();
    // A cancel marks the open steps without reporting them: the rows still need their end.
    for (int step = 0; step < m_liveProbes.size(); ++step) {
        if (!m_reported.contains(step))
            Q_EMIT checkFinished(step, m_liveProbes.at(step));
    }
    dropChecks();
    finish();
}

void DiagnosisRun::finish()
{
    m_readDeadline.stop();
    m_running = false;
    Q_EMIT finished();
}

void DiagnosisRun::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_checks)
        m_checks->cancel(); // says finished() at once; checksDone() ends the run
    // Still reading: readingDone() ends the run without starting the checks,
    // so what was read is still shown. The reading's own deadline bounds the wait.
}

void DiagnosisRun::abandon()
{
    dropChecks();
    ++m_generation;
    m_readDeadline.stop();
    m_running = false;
    m_cancelRequested = false;
}

void DiagnosisRun::dropChecks()
{
    if (!m_checks)
        return;
    CheckSession *checks = m_checks;
    m_checks = nullptr;
    checks->disconnect(this);
    checks->cancel();
    checks->deleteLater();
}

Report DiagnosisRun::report() const
{
    return compose(m_reading, m_liveFindings, m_liveProbes, m_outcome, m_liveError,
        wantedChecks(m_input, m_reading, m_rules ? *m_rules : RuleSet::builtin()), m_options.language);
}

Report DiagnosisRun::compose(const Report &reading, const QList<Finding> &liveFindings,
    const QList<Probe> &liveProbes, LiveOutcome outcome, const QString &liveError, const QStringList &wanted,
    const QString &language)
{
    Report report = reading;
    for (Finding f : liveFindings) {
        FindingCatalog::builtin().retranslate(f, language);
        report.findings << f;
    }
    report.probes << liveProbes;
    // A message that arrived: its sender card shows what the checks found.
    // (the live findings as just written, in `language`).
    const QList<Finding> written = report.findings;
    completeSenderCard(report.findings, written, language);
    if (const std::optional<Finding> note = liveNote(outcome, liveError, wanted))
        report.findings << *note;
    return report;
}

QString DiagnosisRun::checkNames(const QStringList &ids)
{
    static const char *const names[][2] = {
        { "mx", QT_TR_NOOP("the domain's mail servers (MX)") },
        { "spf", QT_TR_NOOP("the SPF record") },
        { "dkim", QT_TR_NOOP("the DKIM key") },
        { "dmarc", QT_TR_NOOP("the DMARC policy") },
        { "ptr", QT_TR_NOOP("reverse DNS (PTR)") },
        { "blocklist-ip", QT_TR_NOOP("blocklists for the sending address") },
        { "blocklist-url", QT_TR_NOOP("blocklists for links") },
        { "smtp-465", QT_TR_NOOP("the outgoing server on port 465") },
        { "smtp-587", QT_TR_NOOP("the outgoing server on port 587") },
        { "smtp-25", QT_TR_NOOP("port 25") },
        { "imaps", QT_TR_NOOP("the incoming server (IMAP)") },
        { "pop3s", QT_TR_NOOP("the incoming server (POP3)") },
        { "smtp-auth", QT_TR_NOOP("logging in to the outgoing server") },
        { "relay", QT_TR_NOOP("whether the server relays for strangers") },
        { "ns", QT_TR_NOOP("the domain's nameservers") },
        { "servers", QT_TR_NOOP("the mail servers you named") },
    };
    QStringList readable;
    for (const QString &id : ids) {
        QString name = id; // a probe a newer rule file names: its id beats nothing
        for (const auto &entry : names) {
            if (id == QLatin1String(entry[0])) {
                name = tr(entry[1]);
                break;
            }
        }
        if (!readable.contains(name))
            readable << name;
    }
    return readable.join(QStringLiteral(", "));
}

} // namespace MailMedic
