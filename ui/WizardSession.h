// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckSession.h"
#include "report/Report.h"
#include "report/ReportText.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

template<typename T> class QFutureWatcher;

namespace MailMedic {

// The wizard's advanced settings for the live checks, remembered in
// QSettings under "checks/". The SMTP password is never among them.
struct CheckSettings
{
    bool offline = false; // read messages only: no DNS question, no connection
    QString nameserver; // ADDR[:PORT]; empty: the system's resolvers
    int timeoutSeconds = 30; // for all checks of one run together

    static CheckSettings load();
    void save() const;
    // MAILMEDIC_OFFLINE=1 in the environment keeps the wizard offline whatever
    // the settings say: for locked-down desks, and for tests that look only
    // at the reading of messages.
    static bool offlineForced();
    // ADDR, ADDR:PORT or [IPv6]:PORT, as --nameserver takes it; empty is valid.
    static bool isValidNameserver(const QString &text);
};

// The one model the wizard pages share: what the user chose and typed, and
// the diagnosis that came out of it. Pages read and write it; none of them
// talk to each other directly.
class WizardSession : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Bounce, Symptom, Domain };
    Q_ENUM(Mode)

    explicit WizardSession(QObject *parent = nullptr);
    ~WizardSession() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    // Pasted text, or the bytes of a dropped file (then fileName() is set and
    // the core decodes the bytes: charsets, MIME, transfer encodings).
    QString bounceText() const { return m_bounceText; }
    void setBounceText(const QString &text);
    QByteArray bounceBytes() const { return m_bounceBytes; }
    QString fileName() const { return m_fileName; }
    void setBounceFile(const QString &fileName, const QByteArray &bytes);

    QString symptom() const { return m_symptom; }
    void setSymptom(const QString &id) { m_symptom = id; }
    // Answers to a symptom's questions, by question id (email, domain, ...).
    // The password is not among them: it has its own slot below.
    QMap<QString, QString> answers() const { return m_answers; }
    void setAnswers(const QMap<QString, QString> &answers) { m_answers = answers; }
    // Only ever in memory: never written to settings, logs or reports.
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    QString domain() const { return m_domain; }
    void setDomain(const QString &domain) { m_domain = domain; }

    QString language() const { return m_language; }
    // A report already made is made again in the new language; ticked fixes stay ticked.
    void setLanguage(const QString &code);

    // Diagnoses the current input in the background; reportChanged() follows.
    // Only the reading: live findings already in the report are kept.
    void startDiagnosis();
    bool isBusy() const;

    // What happened to the live checks of the last run.
    enum class LiveOutcome {
        NotRun, // nothing was asked for (a message that is not a bounce, ...)
        Running,
        Offline, // the advanced settings say offline
        NothingToCheck, // the input names no domain, address or server to test
        Error, // a bad server value or nameserver: liveError() says which
        Completed,
        Cancelled,
    };
    Q_ENUM(LiveOutcome)

    // Reads the input, then runs the live checks it calls for (CheckSession:
    // DNS and mail servers in parallel, under the settings' timeout).
    // readingFinished(), checkStarted()/checkFinished() per step, and
    // runFinished() once everything has answered, timed out or was cancelled.
    // Live findings and probes are appended to the report after the findings
    // from reading, which stay first.
    void run();
    // Stops the live checks at once; steps that had not answered become
    // "untested" with the cause "cancelled". runFinished() follows.
    void cancelRun();
    bool isRunning() const { return m_runActive; }
    LiveOutcome liveOutcome() const { return m_liveOutcome; }
    QString liveError() const { return m_liveError; }
    // What the live checks are asked to do for the current mode, input and
    // report, without the password and without the settings. Its `checks`
    // may be empty only in domain mode (meaning "all"); nothing to test shows
    // as no domain, no address and no server.
    CheckRequest checkRequest() const;

    const Report &report() const { return m_report; }
    // A diagnosis (or check) has been made and is shown.
    bool hasReport() const { return m_haveReport; }
    void setReport(const Report &report);
    // Ticks a fix in the checklist; kept across language switches and new runs.
    void setFixDone(const QString &findingId, const QString &fixId, bool done);
    bool isFixDone(const QString &findingId, const QString &fixId) const;

    // Forgets input, answers, password and report: a new customer.
    void clear();

    // The checks (probe ids of the rule set: mx, spf, smtp-465, ...) as the
    // person reads them, in the current language, for a sentence.
    static QString checkNames(const QStringList &ids);
    // What a support person reads out: one sentence built from the main
    // finding (ReportText::summary for this session's mode).
    QString summary() const;
    // The whole diagnosis as plain text, ticks included, for a ticket or chat.
    QString plainText() const;

Q_SIGNALS:
    void modeChanged(MailMedic::WizardSession::Mode mode);
    void diagnosisStarted();
    void reportChanged();
    void cleared();
    // The steps of a run (see run()).
    void readingFinished();
    void checkStarted(int step, const QString &id, const QString &target);
    void checkFinished(int step, const MailMedic::Probe &probe);
    void runFinished();

private:
    ReportText::Mode textMode() const;
    Report makeReport(const QString &lang) const;
    void applyTicks(Report &report) const;
    void offlineReportReady(const Report &report);
    void publish();
    void startChecks();
    void checksDone();
    void finishRun();
    void dropChecks();
    QStringList wantedChecks() const;
    std::optional<Finding> liveNote() const;

    Mode m_mode = Mode::Bounce;
    QString m_bounceText;
    QByteArray m_bounceBytes;
    QString m_fileName;
    QString m_symptom;
    QMap<QString, QString> m_answers;
    QString m_password;
    QString m_domain;
    QString m_language = QStringLiteral("en");
    Report m_report;
    bool m_haveReport = false;
    QSet<QString> m_done; // "findingId\nfixId"
    QFutureWatcher<Report> *m_watcher;
    int m_generation = 0;

    Report m_offline; // what reading the input gave, in the current language
    bool m_runActive = false;
    bool m_checksPending = false; // start the live checks once reading is done
    bool m_cancelRequested = false;
    QPointer<CheckSession> m_checks;
    QSet<int> m_reported; // steps whose checkFinished() went out
    LiveOutcome m_liveOutcome = LiveOutcome::NotRun;
    QString m_liveError;
    // Findings arrive in the language the checks started in (CheckSession
    // writes them then); a later switch re-reads the input but keeps these.
    QList<Finding> m_liveFindings;
    QList<Probe> m_liveProbes;
};

} // namespace MailMedic
