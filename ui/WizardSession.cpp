// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardSession.h"

#include "Diagnoser.h"
#include "rules/RuleSet.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace MailMedic {

namespace {

QString tickKey(const QString &findingId, const QString &fixId)
{
    return findingId + QLatin1Char('\n') + fixId;
}

bool isTemporary(const Recipient &r)
{
    return r.action == QLatin1String("delayed") || r.status.startsWith(QLatin1Char('4'))
        || (r.status.isEmpty() && r.replyCode && *r.replyCode / 100 == 4);
}

} // namespace

WizardSession::WizardSession(QObject *parent) : QObject(parent), m_watcher(new QFutureWatcher<Report>(this))
{
    connect(m_watcher, &QFutureWatcher<Report>::finished, this, [this] {
        if (m_watcher->future().isCanceled())
            return;
        setReport(m_watcher->result());
    });
}

WizardSession::~WizardSession()
{
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
    if (m_haveReport)
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
        setReport(makeReport(m_language));
        return;
    }
    DiagnoseOptions options;
    options.language = m_language;
    // Copies go to the worker: the user may go on typing or switch language meanwhile.
    const QString text = m_bounceText;
    const QByteArray bytes = m_bounceBytes;
    const QString name = m_fileName.isEmpty() ? tr("pasted text") : m_fileName;
    m_watcher->setFuture(QtConcurrent::run([=]() -> Report {
        return bytes.isEmpty() ? Diagnoser::diagnoseText(name, text, options)
                               : Diagnoser::diagnoseOffline(name, bytes, options);
    }));
}

// Symptoms and domains: the checks they need run live (core/probes); until
// they are wired in, the report says which ones and that they were not run.
Report WizardSession::makeReport(const QString &lang) const
{
    Report report;
    report.language = lang;
    report.generated = QDateTime::currentDateTimeUtc();
    QStringList probes;
    if (m_mode == Mode::Symptom) {
        report.kind = InputKind::Text;
        report.file = m_symptom;
        const RuleSet &rules = RuleSet::builtin();
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
            probes = s->probes;
        }
    } else {
        report.kind = InputKind::Domain;
        report.file = m_domain;
        probes = QStringList { QStringLiteral("mx"), QStringLiteral("spf"), QStringLiteral("dkim"),
            QStringLiteral("dmarc") };
    }
    if (!probes.isEmpty()) {
        Finding f;
        f.id = QStringLiteral("live-checks");
        f.status = FindingStatus::Untested;
        f.cause = QStringLiteral("offline");
        f.title = tr("The live checks were not run");
        f.explanation = tr("This version reads messages only. These checks of the servers and DNS still "
                           "have to be done by hand: %1.")
                            .arg(probes.join(QStringLiteral(", ")));
        report.findings.append(f);
    }
    return report;
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

QList<Finding> WizardSession::ordered(const QList<Finding> &findings)
{
    QList<Finding> sorted = findings;
    // The enum is declared in the order a support person works through them.
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const Finding &a, const Finding &b) { return int(a.status) < int(b.status); });
    return sorted;
}

QString WizardSession::statusText(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Fail:
        return tr("Problem");
    case FindingStatus::Warn:
        return tr("Warning");
    case FindingStatus::Untested:
        return tr("Not tested");
    case FindingStatus::Info:
        return tr("Note");
    case FindingStatus::Pass:
        return tr("OK");
    }
    return QString();
}

QString WizardSession::summary() const
{
    const Report &report = m_report;
    const QList<Finding> findings = ordered(report.findings);
    if (m_mode == Mode::Symptom) {
        for (const Finding &f : findings) {
            if (f.id.startsWith(QLatin1String("symptom-")))
                return tr("You told us: %1. Below are the checks and the steps that usually fix it.")
                    .arg(f.title);
        }
    }
    if (m_mode == Mode::Domain)
        return tr("The mail settings of %1.").arg(report.file);
    if (report.kind == InputKind::Empty)
        return tr("There was nothing to read: paste the bounce message or its error text.");
    QStringList failed;
    bool temporary = true;
    bool anyFailed = false;
    for (const Recipient &r : report.recipients) {
        if (r.reason == QLatin1String("delivered"))
            continue;
        anyFailed = true;
        temporary = temporary && isTemporary(r);
        if (!r.address.isEmpty() && !failed.contains(r.address))
            failed.append(r.address);
    }
    if (!anyFailed && !report.recipients.isEmpty())
        return tr("The message was delivered: this is a delivery report, not an error.");
    if (findings.isEmpty() && !anyFailed)
        return tr("MailMedic did not recognise a delivery problem in this text.");
    QString who;
    if (failed.size() == 1)
        who = failed.first();
    else if (failed.size() > 1)
        who = tr("%1 and %n other address(es)", nullptr, int(failed.size() - 1)).arg(failed.first());
    const QString why = findings.isEmpty() ? QString() : findings.first().title;
    if (why.isEmpty())
        return who.isEmpty()
            ? tr("Your message was refused, without a reason MailMedic knows.")
            : tr("Your message to %1 was refused, without a reason MailMedic knows.").arg(who);
    if (temporary)
        return who.isEmpty()
            ? tr("Your message has not been delivered yet. The reason: %1").arg(why)
            : tr("Your message to %1 has not been delivered yet. The reason: %2").arg(who, why);
    return who.isEmpty() ? tr("Your message was refused. The reason: %1").arg(why)
                         : tr("Your message to %1 was refused. The reason: %2").arg(who, why);
}

QString WizardSession::plainText() const
{
    QStringList lines;
    lines << summary() << QString();
    for (const Recipient &r : m_report.recipients) {
        QString line = QStringLiteral("  ") + (r.address.isEmpty() ? tr("(recipient not named)") : r.address);
        QStringList codes;
        if (r.replyCode)
            codes << QString::number(*r.replyCode);
        if (!r.status.isEmpty())
            codes << r.status;
        if (!codes.isEmpty())
            line += QStringLiteral(" (") + codes.join(QLatin1Char(' ')) + QLatin1Char(')');
        lines << line;
    }
    if (!m_report.recipients.isEmpty())
        lines << QString();
    for (const Finding &f : ordered(m_report.findings)) {
        lines << QStringLiteral("[") + statusText(f.status) + QStringLiteral("] ") + f.title;
        if (!f.explanation.isEmpty())
            lines << QStringLiteral("    ") + f.explanation;
        for (const Fix &fix : f.fixes)
            lines << (fix.done ? QStringLiteral("    [x] ") : QStringLiteral("    [ ] ")) + fix.text;
        for (const QString &e : f.evidence)
            lines << QStringLiteral("    > ") + e;
        lines << QString();
    }
    return lines.join(QLatin1Char('\n')).trimmed() + QLatin1Char('\n');
}

} // namespace MailMedic
