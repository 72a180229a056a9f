// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckSession.h"
#include "report/Report.h"

#include <QByteArray>
#include <QFuture>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QTimer>

#include <memory>

template<typename T> class QFutureWatcher;

namespace MailMedic {

class RuleSet;

// What one diagnosis starts from: a bounce, a symptom with its answers, or
// a domain; the same for the wizard and the command line.
struct RunInput
{
    enum class Kind { Bounce, Symptom, Domain };
    Kind kind = Kind::Bounce;

    QString name; // the report's `file`: a path, "-", "pasted text", the domain
    QByteArray bytes; // a file's bytes (charsets, MIME, transfer encodings are decoded)
    QString text; // text that is already Unicode; read when `bytes` is empty

    QString symptom; // symptoms.json id
    QMap<QString, QString> answers; // the symptom's questions by id: email, domain, ...

    // Domain: the domain to check. Bounce: the sender's domain when the
    // person named one; it wins over the one the bounce names.
    QString domain;
    QStringList servers; // more servers to probe: HOST, HOST:PORT, smtps://, mx://, ...
    // The AUTH test. The password lives in memory only: never in a report.
    QString user;
    QString password;
};

struct RunOptions
{
    QString language = QStringLiteral("en");
    // No DNS question, no connection: the report says which checks did not run.
    bool offline = false;
    // Only the reading step; no live checks and no note about them (a
    // language switch re-reads what was read before).
    bool readOnly = false;
    QString nameserver; // ADDR[:PORT]; empty: the system's resolvers
    int timeoutSeconds = 30; // the live checks together; the reading gets as long
    QList<QSslCertificate> caCertificates;
    // PEM files of more CAs, read when the checks start; one without a
    // certificate stops the checks with a message saying which.
    QStringList caFiles;
    std::shared_ptr<const RuleSet> rules; // the built-in rules when null
};

// One diagnosis: read -> rules -> live checks -> Report. The wizard, its
// live preview and mailmedic-cli all come here, so they always agree.
// Every step reports progress, runs under a time limit and can be cancelled;
// what could not be asked is "untested", never a failure.
class DiagnosisRun : public QObject
{
    Q_OBJECT
public:
    // What happened to the live checks.
    enum class LiveOutcome {
        NotRun, // nothing was asked for (not a bounce, read only, ...)
        Running,
        Offline, // offline was asked for: the report names the checks left out
        NothingToCheck, // no domain, address or server to test
        Error, // a bad server value or nameserver: liveError() says which
        Completed,
        Cancelled,
    };
    Q_ENUM(LiveOutcome)

    explicit DiagnosisRun(QObject *parent = nullptr);
    ~DiagnosisRun() override;

    // Reads in the background, then runs the checks the reading calls for.
    // readingFinished(), checkStarted()/checkFinished() per step, and
    // finished() once, when everything has answered, timed out or was
    // cancelled. A run already going is dropped first.
    void start(const RunInput &input, const RunOptions &options);
    // Ends the run at once: steps that had not answered become "untested"
    // with the cause "cancelled"; finished() follows.
    void cancel();
    // Forgets the run without finishing it: no more signals (a new customer).
    void abandon();
    bool isRunning() const { return m_running; }

    // The report: what reading found first, then the live findings, then why
    // checks did not run.
    Report report() const;
    const Report &reading() const { return m_reading; }
    LiveOutcome outcome() const { return m_outcome; }
    QString liveError() const { return m_liveError; }
    QList<Finding> liveFindings() const { return m_liveFindings; }
    QList<Probe> liveProbes() const { return m_liveProbes; }
    // What the checks were asked (no password), once reading is done.
    CheckRequest request() const { return m_request; }
    // Which DNS server answered the checks, in words; empty before the checks.
    QString resolverDescription() const { return m_resolverDescription; }

    // The steps, each usable alone.
    // Reading and rules, in the caller's thread.
    static Report read(const RunInput &input, const RunOptions &options);
    // The checks the input and its reading call for (rules' probe ids).
    static QStringList wantedChecks(const RunInput &input, const Report &reading, const RuleSet &rules);
    // What the live checks are asked to do, without password, nameserver or
    // time limit. Nothing to test shows as no domain, no address and no server.
    static CheckRequest checkRequest(const RunInput &input, const Report &reading, const RuleSet &rules);
    // The report of a run from its parts, in `language`: live findings are
    // written again in it, and the note says why checks did not run.
    static Report compose(const Report &reading, const QList<Finding> &liveFindings,
        const QList<Probe> &liveProbes, LiveOutcome outcome, const QString &liveError,
        const QStringList &wanted, const QString &language);
    // The checks (probe ids: mx, spf, smtp-465, ...) as a person reads them,
    // in the current language, for a sentence.
    static QString checkNames(const QStringList &ids);

Q_SIGNALS:
    void readingFinished();
    void checkStarted(int step, const QString &id, const QString &target);
    void checkFinished(int step, const MailMedic::Probe &probe);
    void finished();

private:
    void readingDone(const Report &reading);
    void readingTimedOut();
    void startChecks();
    void checksDone();
    void finish();
    void dropChecks();

    RunInput m_input;
    RunOptions m_options;
    std::shared_ptr<const RuleSet> m_rules;
    QFutureWatcher<Report> *m_reader;
    QTimer m_readDeadline;
    int m_generation = 0;
    bool m_running = false;
    bool m_cancelRequested = false;

    Report m_reading;
    CheckRequest m_request;
    QPointer<CheckSession> m_checks;
    QSet<int> m_reported; // steps whose checkFinished() went out
    LiveOutcome m_outcome = LiveOutcome::NotRun;
    QString m_liveError;
    QString m_resolverDescription;
    QList<Finding> m_liveFindings;
    QList<Probe> m_liveProbes;
};

} // namespace MailMedic
