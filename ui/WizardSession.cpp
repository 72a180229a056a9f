// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardSession.h"

#include "report/ReportText.h"

#include "dns/CAresResolver.h"
#include "RulesFolder.h"

#include <QSettings>
#include <QSslCertificate>

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
const QString caFileKey = QStringLiteral("checks/caFile");

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
    s.caFile = settings.value(caFileKey).toString().trimmed();
    return s;
}

void CheckSettings::save() const
{
    QSettings settings;
    settings.setValue(offlineKey, offline);
    settings.setValue(nameserverKey, nameserver.trimmed());
    settings.setValue(timeoutKey, qBound(1, timeoutSeconds, 600));
    settings.setValue(caFileKey, caFile.trimmed());
}

bool CheckSettings::isValidCaFile(const QString &path)
{
    return path.trimmed().isEmpty() || !QSslCertificate::fromPath(path.trimmed(), QSsl::Pem).isEmpty();
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

WizardSession::WizardSession(QObject *parent)
    : QObject(parent), m_run(new DiagnosisRun(this)), m_reader(new DiagnosisRun(this))
{
    connect(m_reader, &DiagnosisRun::finished, this, [this] { readingReady(m_reader->reading()); });
    connect(m_run, &DiagnosisRun::readingFinished, this, &WizardSession::readingFinished);
    connect(m_run, &DiagnosisRun::checkStarted, this, &WizardSession::checkStarted);
    connect(m_run, &DiagnosisRun::checkFinished, this, &WizardSession::checkFinished);
    connect(m_run, &DiagnosisRun::finished, this, &WizardSession::runDone);
}

WizardSession::~WizardSession() = default;

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
    // Also while the first reading is still going: it would come back in the
    // old language. A run still going is read again when it ends (runDone).
    if ((m_haveReport || isBusy()) && !m_run->isRunning())
        startDiagnosis();
}

bool WizardSession::isBusy() const
{
    return m_reader->isRunning();
}

RunInput WizardSession::runInput() const
{
    RunInput input;
    switch (m_mode) {
    case Mode::Bounce:
        input.kind = RunInput::Kind::Bounce;
        input.name = m_fileName.isEmpty() ? tr("pasted text") : m_fileName;
        input.bytes = m_bounceBytes;
        input.text = m_bounceText;
        // A domain the person typed wins over the bounce's, as --domain does on the command line.
        input.domain = m_domain;
        break;
    case Mode::Symptom:
        input.kind = RunInput::Kind::Symptom;
        input.name = m_symptom;
        input.symptom = m_symptom;
        input.answers = m_answers;
        input.password = m_password;
        break;
    case Mode::Domain:
        input.kind = RunInput::Kind::Domain;
        input.name = m_domain;
        input.domain = m_domain;
        input.answers = m_answers; // the advanced part may name a server
        break;
    }
    return input;
}

RunOptions WizardSession::runOptions(bool readOnly) const
{
    const CheckSettings settings = CheckSettings::load();
    RunOptions options;
    options.language = m_language;
    options.readOnly = readOnly;
    options.offline = settings.offline;
    options.nameserver = settings.nameserver;
    options.timeoutSeconds = settings.timeoutSeconds;
    if (!settings.caFile.isEmpty())
        options.caFiles << settings.caFile; // read when the checks start: it may have moved since
    // The rule set goes along: a new rules folder installed meanwhile does
    // not pull it from under the worker.
    options.rules = RulesFolder::current();
    return options;
}

void WizardSession::startDiagnosis()
{
    Q_EMIT diagnosisStarted();
    if (m_mode != Mode::Bounce) {
        // Symptoms and domains: nothing to decode, so no need to wait.
        m_reader->abandon();
        readingReady(DiagnosisRun::read(runInput(), runOptions(true)));
        return;
    }
    m_reader->start(runInput(), runOptions(true));
}

void WizardSession::readingReady(const Report &reading)
{
    m_reading = reading;
    m_haveReport = true;
    publish();
}

CheckRequest WizardSession::checkRequest() const
{
    return DiagnosisRun::checkRequest(runInput(), m_reading, *RulesFolder::current());
}

void WizardSession::run()
{
    m_reader->abandon(); // the run reads again anyway
    m_liveOutcome = LiveOutcome::NotRun;
    m_liveError.clear();
    m_liveFindings.clear();
    m_liveProbes.clear();
    Q_EMIT diagnosisStarted();
    m_run->start(runInput(), runOptions(false));
}

void WizardSession::runDone()
{
    m_liveOutcome = m_run->outcome();
    m_liveError = m_liveOutcome == LiveOutcome::Error ? m_run->liveError() : QString();
    m_liveFindings = m_run->liveFindings();
    m_liveProbes = m_run->liveProbes();
    m_reading = m_run->reading();
    m_haveReport = true;
    publish();
    Q_EMIT runFinished();
    // The language changed while the run was going: read again in the new one.
    if (m_reading.language != m_language)
        startDiagnosis();
}

void WizardSession::cancelRun()
{
    m_run->cancel();
}

// The report shown: what reading found first, then what the live checks
// found, then why checks did not run. Built again after every language
// switch, so the note and the live findings' texts follow it.
void WizardSession::publish()
{
    const QStringList wanted = DiagnosisRun::wantedChecks(runInput(), m_reading, *RulesFolder::current());
    setReport(DiagnosisRun::compose(
        m_reading, m_liveFindings, m_liveProbes, m_liveOutcome, m_liveError, wanted, m_language));
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
    m_run->abandon();
    m_reader->abandon(); // a reading still going is forgotten
    m_liveOutcome = LiveOutcome::NotRun;
    m_liveError.clear();
    m_liveFindings.clear();
    m_liveProbes.clear();
    m_reading = Report();
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
