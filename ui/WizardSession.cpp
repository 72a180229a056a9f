// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardSession.h"
#include "dns/DomainName.h"

#include "report/ReportText.h"

#include "report/FindingCatalog.h"

#include "Diagnoser.h"
#include "dns/CAresResolver.h"
#include "rules/RuleSet.h"
#include "RulesFolder.h"

#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace MailMedic {

namespace {

QString tickKey(const QString &findingId, const QString &fixId)
{
    return findingId + QLatin1Char('\n') + fixId;
}

const QString offlineKey = QStringLiteral("checks/offline");
const QString nameserverKey = QStringLiteral("checks/nameserver");
const QString timeoutKey = QStringLiteral("checks/timeout");

} // namespace

CheckSettings CheckSettings::load()
{
    const QSettings settings;
    CheckSettings s;
    s.offline = offlineForced() || settings.value(offlineKey, false).toBool();
    s.nameserver = settings.value(nameserverKey).toString().trimmed();
    if (!isValidNameserver(s.nameserver))
        s.nameserver.clear(); // edited by hand into nonsense: the system's resolvers rather than no checks
    s.timeoutSeconds = qBound(1, settings.value(timeoutKey, 30).toInt(), 600);
    return s;
}

void CheckSettings::save() const
{
    QSettings settings;
    settings.setValue(offlineKey, offline);
    settings.setValue(nameserverKey, nameserver.trimmed());
    settings.setValue(timeoutKey, qBound(1, timeoutSeconds, 600));
}

bool CheckSettings::offlineForced()
{
    return qEnvironmentVariableIntValue("MAILMEDIC_OFFLINE") != 0;
}

bool CheckSettings::isValidNameserver(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    // The resolver's own parser, so the dialog accepts exactly what the checks will.
    CAresResolver probe;
    return probe.setNameserver(text);
}

WizardSession::WizardSession(QObject *parent) : QObject(parent), m_watcher(new QFutureWatcher<Report>(this))
{
    connect(m_watcher, &QFutureWatcher<Report>::finished, this, [this] {
        if (m_watcher->future().isCanceled() || m_watcher->future().resultCount() == 0)
            return;
        offlineReportReady(m_watcher->result());
    });
}

WizardSession::~WizardSession()
{
    // A probe cancelled while the session is being destroyed must not call back into it.
    dropChecks();
    // The worker only touches its own copies; waiting keeps it from outliving the program's data.
    m_watcher->waitForFinished();
}

void WizardSession::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
}

void WizardSession::setBounceText(const QString &text)
{
    m_bounceText = text;
    m_bounceBytes.clear();
    m_fileName.clear();
}

void WizardSession::setBounceFile(const QString &fileName, const QByteArray &bytes)
{
    m_fileName = fileName;
    m_bounceBytes = bytes;
    m_bounceText.clear();
}

void WizardSession::setLanguage(const QString &code)
{
    if (m_language == code)
        return;
    m_language = code;
    // Also while the first reading is still going: it would come back in the old language.
    if (m_haveReport || isBusy())
        startDiagnosis();
}

bool WizardSession::isBusy() const
{
    return m_watcher->isRunning();
}

void WizardSession::startDiagnosis()
{
    Q_EMIT diagnosisStarted();
    if (m_mode != Mode::Bounce) {
        offlineReportReady(makeReport(m_language));
        return;
    }
    DiagnoseOptions options;
    options.language = m_language;
    // The rule set goes along: a new rules folder installed meanwhile does
    // not pull it from under the worker.
    const std::shared_ptr<const RuleSet> rules = RulesFolder::current();
    options.rules = rules.get();
    // Copies go to the worker: the user may go on typing or switch language meanwhile.
    const QString text = m_bounceText;
    const QByteArray bytes = m_bounceBytes;
    const QString name = m_fileName.isEmpty() ? tr("pasted text") : m_fileName;
    m_watcher->setFuture(QtConcurrent::run([=]() -> Report {
        Q_UNUSED(rules) // kept alive until the worker is done
        return bytes.isEmpty() ? Diagnoser::diagnoseText(name, text, options)
                               : Diagnoser::diagnoseOffline(name, bytes, options);
    }));
}

// Symptoms and domains: what reading alone can say. The live checks add
// their findings after this (run()).
Report WizardSession::makeReport(const QString &lang) const
{
    Report report;
    report.language = lang;
    report.generated = QDateTime::currentDateTimeUtc();
    if (m_mode == Mode::Symptom) {
        report.kind = InputKind::Text;
        report.file = m_symptom;
        const std::shared_ptr<const RuleSet> ruleSet = RulesFolder::current();
        const RuleSet &rules = *ruleSet;
        if (const Symptom *s = rules.symptom(m_symptom)) {
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
            for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
                if (!it.value().isEmpty())
                    f.evidence.append(it.key() + QStringLiteral(": ") + it.value());
            }
            report.findings.append(f);
        }
    } else {
        report.kind = InputKind::Domain;
        report.file = m_domain;
    }
    return report;
}

void WizardSession::offlineReportReady(const Report &report)
{
    m_offline = report;
    m_haveReport = true;
    const bool checksNext = m_checksPending;
    m_checksPending = false;
    if (!checksNext) {
        publish();
        return;
    }
    Q_EMIT readingFinished();
    if (m_cancelRequested) {
        m_liveOutcome = LiveOutcome::Cancelled;
        finishRun();
        return;
    }
    startChecks();
}

QStringList WizardSession::wantedChecks() const
{
    switch (m_mode) {
    case Mode::Bounce:
        return m_offline.reason == QLatin1String("none") ? QStringList() : m_offline.wantedChecks;
    case Mode::Symptom:
        if (const Symptom *s = RulesFolder::current()->symptom(m_symptom))
            return s->probes;
        return {};
    case Mode::Domain:
        return { QStringLiteral("mx"), QStringLiteral("spf"), QStringLiteral("dkim"),
            QStringLiteral("dmarc") };
    }
    return {};
}

CheckRequest WizardSession::checkRequest() const
{
    CheckRequest request;
    request.language = m_language;
    const QString answeredDomain = DomainName::ofAddress(m_answers.value(QStringLiteral("domain")));
    const QString email = m_answers.value(QStringLiteral("email")).trimmed();
    const QString server = m_answers.value(QStringLiteral("outgoing-server")).trimmed();
    switch (m_mode) {
    case Mode::Bounce:
        if (wantedChecks().isEmpty())
            return CheckRequest(); // not a bounce, or one no check can explain: nothing to ask
        // A domain the person typed wins over the bounce's, as --domain does on the command line.
        request = CheckSession::requestFor(m_offline, m_domain);
        request.checks = wantedChecks();
        request.language = m_language;
        break;
    case Mode::Symptom: {
        request.checks = wantedChecks();
        request.domain = answeredDomain.isEmpty() ? DomainName::ofAddress(email) : answeredDomain;
        request.sendingIp
            = CheckSession::publicAddress({ m_answers.value(QStringLiteral("sending-ip")).trimmed() });
        // Only symptoms that ask for a password test logging in (SMTP AUTH).
        const Symptom *s = RulesFolder::current()->symptom(m_symptom);
        if (s && s->questions.contains(QStringLiteral("password"))) {
            const QString user = m_answers.value(QStringLiteral("username")).trimmed();
            request.user = user.isEmpty() && !m_password.isEmpty() ? email : user;
        }
        break;
    }
    case Mode::Domain:
        request.domain = m_domain; // checks left empty: everything there is data for
        break;
    }
    if (!server.isEmpty() && m_mode != Mode::Bounce) {
        request.servers << server;
        if (!request.checks.isEmpty())
            request.checks << QStringLiteral("servers");
    }
    return request;
}

void WizardSession::run()
{
    dropChecks();
    m_runActive = true;
    m_checksPending = true;
    m_cancelRequested = false;
    m_liveOutcome = LiveOutcome::NotRun;
    m_liveError.clear();
    m_liveFindings.clear();
    m_liveProbes.clear();
    startDiagnosis();
}

void WizardSession::startChecks()
{
    const CheckSettings settings = CheckSettings::load();
    CheckRequest request = checkRequest();
    // The same judgement CheckSession makes, made first so "nothing to test"
    // is told apart from a real error.
    const auto wants = [&request](const QString &check) {
        return request.checks.isEmpty() || request.checks.contains(check);
    };
    const bool domainChecks = !request.domain.isEmpty()
        && (wants(QStringLiteral("mx")) || wants(QStringLiteral("ns")) || wants(QStringLiteral("spf"))
            || wants(QStringLiteral("dmarc")) || wants(QStringLiteral("dkim")));
    const bool ipChecks = !request.sendingIp.isNull()
        && (wants(QStringLiteral("ptr")) || wants(QStringLiteral("blocklist-ip")));
    const bool anything = domainChecks || ipChecks || !request.servers.isEmpty()
        || (!request.dkimDomain.isEmpty() && wants(QStringLiteral("dkim")));
    if (!anything) {
        // A bounce without anything to test reads as it always did: no note.
        m_liveOutcome = m_mode == Mode::Bounce ? LiveOutcome::NotRun : LiveOutcome::NothingToCheck;
        finishRun();
        return;
    }
    if (settings.offline) {
        m_liveOutcome = LiveOutcome::Offline;
        finishRun();
        return;
    }
    request.nameserver = settings.nameserver;
    request.timeoutSeconds = settings.timeoutSeconds;
    request.language = m_language;
    if (!request.user.isEmpty())
        request.password = m_password; // into the probe's memory, nowhere else

    auto *checks = new CheckSession(this);
    m_checks = checks;
    m_reported.clear();
    m_liveOutcome = LiveOutcome::Running;
    connect(checks, &CheckSession::stepStarted, this, &WizardSession::checkStarted);
    connect(checks, &CheckSession::stepFinished, this, [this](int step, const Probe &probe) {
        m_reported.insert(step);
        Q_EMIT checkFinished(step, probe);
    });
    connect(checks, &CheckSession::finished, this, &WizardSession::checksDone);
    QString error;
    if (!checks->start(request, &error)) {
        dropChecks();
        m_liveOutcome = LiveOutcome::Error;
        m_liveError = error;
        finishRun();
    }
}

void WizardSession::checksDone()
{
    CheckSession *checks = m_checks;
    // CheckSession may say "finished" twice when a cancel completes the last
    // probe; the first one counts.
    if (!checks || m_liveOutcome != LiveOutcome::Running)
        return;
    m_liveOutcome = m_cancelRequested ? LiveOutcome::Cancelled : LiveOutcome::Completed;
    m_liveFindings = checks->findings();
    m_liveProbes = checks->probes();
    // A cancel marks the open steps without reporting them: the rows still need their end.
    for (int step = 0; step < m_liveProbes.size(); ++step) {
        if (!m_reported.contains(step))
            Q_EMIT checkFinished(step, m_liveProbes.at(step));
    }
    dropChecks();
    finishRun();
}

void WizardSession::finishRun()
{
    m_runActive = false;
    publish();
    Q_EMIT runFinished();
}

void WizardSession::cancelRun()
{
    if (!m_runActive)
        return;
    m_cancelRequested = true;
    if (m_checks)
        m_checks->cancel(); // says finished() at once; checksDone() ends the run
    // While still reading, offlineReportReady() ends it without starting the checks.
}

void WizardSession::dropChecks()
{
    if (!m_checks)
        return;
    CheckSession *checks = m_checks;
    m_checks = nullptr;
    checks->disconnect(this);
    checks->cancel();
    checks->deleteLater();
}

QString WizardSession::checkNames(const QStringList &ids)
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
        readable << name;
    }
    return readable.join(QStringLiteral(", "));
}

std::optional<Finding> WizardSession::liveNote() const
{
    Finding f;
    f.id = QStringLiteral("live-checks");
    f.status = FindingStatus::Untested;
    const QString wanted = checkNames(wantedChecks());
    switch (m_liveOutcome) {
    case LiveOutcome::Offline:
        f.cause = QStringLiteral("offline");
        f.title = tr("The live checks are switched off");
        f.explanation = tr("MailMedic did not ask DNS or any mail server, because \"offline\" is on in the "
                           "advanced settings. Not checked: %1.")
                            .arg(wanted);
        return f;
    case LiveOutcome::NothingToCheck:
        f.cause = QStringLiteral("offline");
        f.title = tr("Some checks need more information");
        f.explanation = wanted.isEmpty()
            ? tr("MailMedic does not know which domain or server to test.")
            : tr("To run these checks MailMedic needs a domain or a server name: %1. Go back and fill "
                 "in the questions to run them.")
                  .arg(wanted);
        return f;
    case LiveOutcome::Error:
        f.cause = QStringLiteral("error");
        f.title = tr("The live checks could not start");
        f.explanation = tr("MailMedic could not start the checks: %1").arg(m_liveError);
        return f;
    case LiveOutcome::NotRun:
    case LiveOutcome::Running:
    case LiveOutcome::Completed:
    case LiveOutcome::Cancelled:
        break;
    }
    return std::nullopt;
}

// The report shown: what reading found first, then what the live checks
// found, then why checks did not run. Built again after every language
// switch, so the note and the live findings' texts follow it.
void WizardSession::publish()
{
    Report report = m_offline;
    for (Finding f : std::as_const(m_liveFindings)) {
        FindingCatalog::builtin().retranslate(f, m_language);
        report.findings << f;
    }
    report.probes << m_liveProbes;
    if (const std::optional<Finding> note = liveNote())
        report.findings << *note;
    setReport(report);
}

void WizardSession::applyTicks(Report &report) const
{
    for (Finding &f : report.findings) {
        for (Fix &fix : f.fixes)
            fix.done = m_done.contains(tickKey(f.id, fix.id));
    }
}

void WizardSession::setReport(const Report &report)
{
    m_report = report;
    m_haveReport = true;
    applyTicks(m_report);
    Q_EMIT reportChanged();
}

void WizardSession::setFixDone(const QString &findingId, const QString &fixId, bool done)
{
    const QString key = tickKey(findingId, fixId);
    if (done)
        m_done.insert(key);
    else
        m_done.remove(key);
    applyTicks(m_report);
}

bool WizardSession::isFixDone(const QString &findingId, const QString &fixId) const
{
    return m_done.contains(tickKey(findingId, fixId));
}

void WizardSession::clear()
{
    dropChecks();
    m_runActive = false;
    m_checksPending = false;
    m_cancelRequested = false;
    m_liveOutcome = LiveOutcome::NotRun;
    m_liveError.clear();
    m_liveFindings.clear();
    m_liveProbes.clear();
    m_offline = Report();
    m_watcher->setFuture(QFuture<Report>()); // a run still going is forgotten
    m_bounceText.clear();
    m_bounceBytes.clear();
    m_fileName.clear();
    m_symptom.clear();
    m_answers.clear();
    m_password.clear();
    m_domain.clear();
    m_report = Report();
    m_haveReport = false;
    m_done.clear();
    Q_EMIT cleared();
}

QString WizardSession::summary() const
{
    return ReportText::summary(m_report, textMode());
}

QString WizardSession::plainText() const
{
    return ReportText::plainText(m_report, textMode());
}

ReportText::Mode WizardSession::textMode() const
{
    switch (m_mode) {
    case Mode::Symptom:
        return ReportText::Mode::Symptom;
    case Mode::Domain:
        return ReportText::Mode::Domain;
    case Mode::Bounce:
        break;
    }
    return ReportText::Mode::Bounce;
}

} // namespace MailMedic
