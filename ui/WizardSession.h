// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QObject>

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

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    QString bounceText() const { return m_bounceText; }
    void setBounceText(const QString &text) { m_bounceText = text; }
    QString symptom() const { return m_symptom; }
    void setSymptom(const QString &id) { m_symptom = id; }
    QString domain() const { return m_domain; }
    void setDomain(const QString &domain) { m_domain = domain; }

    QString language() const { return m_language; }
    void setLanguage(const QString &code) { m_language = code; }

    const Report &report() const { return m_report; }
    void setReport(const Report &report);

Q_SIGNALS:
    void modeChanged(MailMedic::WizardSession::Mode mode);
    void reportChanged();

private:
    Mode m_mode = Mode::Bounce;
    QString m_bounceText;
    QString m_symptom;
    QString m_domain;
    QString m_language = QStringLiteral("en");
    Report m_report;
};

} // namespace MailMedic
