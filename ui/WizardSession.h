// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QSet>

template<typename T> class QFutureWatcher;

namespace MailMedic {

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
    void startDiagnosis();
    bool isBusy() const;

    const Report &report() const { return m_report; }
    void setReport(const Report &report);
    // Ticks a fix in the checklist; kept across language switches and new runs.
    void setFixDone(const QString &findingId, const QString &fixId, bool done);
    bool isFixDone(const QString &findingId, const QString &fixId) const;

    // Forgets input, answers, password and report: a new customer.
    void clear();

    // Findings most urgent first: fail, warn, untested, info, pass (stable).
    static QList<Finding> ordered(const QList<Finding> &findings);
    // What a support person reads out: one sentence built from the main finding.
    QString summary() const;
    // The whole diagnosis as plain text, ticks included, for a ticket or chat.
    QString plainText() const;
    static QString statusText(FindingStatus status);

Q_SIGNALS:
    void modeChanged(MailMedic::WizardSession::Mode mode);
    void diagnosisStarted();
    void reportChanged();
    void cleared();

private:
    Report makeReport(const QString &lang) const;
    void applyTicks(Report &report) const;

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
};

} // namespace MailMedic
