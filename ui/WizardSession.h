// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiagnosisRun.h"
#include "report/Report.h"
#include "report/ReportText.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace MailMedic {

// The wizard's advanced settings for the live checks, remembered in
// QSettings under "checks/". The SMTP password is never among them.
struct CheckSettings
{
    bool offline = false; // read messages only: no DNS question, no connection
    QString nameserver; // ADDR[:PORT]; empty: the system's resolvers
    int timeoutSeconds = 30; // for all checks of one run together
    // A PEM file of CA certificates trusted besides the system's: a company's
    // or support desk's own authority (--ca-file on the command line).
    QString caFile;

    static CheckSettings load();
    void save() const;
    // MAILMEDIC_OFFLINE=1 in the environment keeps the wizard offline whatever
    // the settings say: for locked-down desks, and for tests that look only
    // at the reading of messages.
    static bool offlineForced();
    // ADDR, ADDR:PORT or [IPv6]:PORT, as --nameserver takes it; empty is valid.
    static bool isValidNameserver(const QString &text);
    // Empty, or a file that holds at least one PEM certificate.
    static bool isValidCaFile(const QString &path);
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

    using LiveOutcome = DiagnosisRun::LiveOutcome;

    // One DiagnosisRun over the current input: reading, then the live checks
    // it calls for, under the settings' time limit. readingFinished(),
    // checkStarted()/checkFinished() per step, and runFinished() once
    // everything has answered, timed out or was cancelled. Live findings and
    // probes follow the findings from reading, which stay first.
    void run();
    // Stops the live checks at once; steps that had not answered become
    // "untested" with the cause "cancelled". runFinished() follows.
    void cancelRun();
    bool isRunning() const { return m_run->isRunning(); }
    LiveOutcome liveOutcome() const { return m_run->isRunning() ? m_run->outcome() : m_liveOutcome; }
    QString liveError() const { return m_liveError; }
    // What the live checks are asked to do for the current mode, input and
    // report, without the password and without the settings. Its `checks`
    // may be empty only in domain mode (meaning "all"); nothing to test shows
    // as no domain, no address and no server.
    CheckRequest checkRequest() const;
    // What a run starts from: the current mode, input and answers.
    RunInput runInput() const;

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
    static QString checkNames(const QStringList &ids) { return DiagnosisRun::checkNames(ids); }
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
    RunOptions runOptions(bool readOnly) const;
    void readingReady(const Report &reading);
    void runDone();
    void applyTicks(Report &report) const;
    void publish();

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

    DiagnosisRun *m_run; // reading and live checks
    DiagnosisRun *m_reader; // reading only: a language switch, the first look
    Report m_reading; // what reading the input gave, in the current language
    LiveOutcome m_liveOutcome = LiveOutcome::NotRun;
    QString m_liveError;
    // Findings arrive in the language the checks started in (CheckSession
    // writes them then); a later switch re-reads the input but keeps these.
    QList<Finding> m_liveFindings;
    QList<Probe> m_liveProbes;
};

} // namespace MailMedic
