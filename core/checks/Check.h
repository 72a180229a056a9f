// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QList>
#include <QObject>
#include <QString>

namespace MailMedic {

// The one interface of the live DNS checks (MX, SPF, DMARC, DKIM, PTR,
// blocklists): the language of the findings, one time limit over the whole
// check, cancel(), and finished() exactly once per start with the findings.
// What could not be asked ends as `untested` with a cause, never `fail`.
// Each check has its own start(), because each needs different facts.
class Check : public QObject
{
    Q_OBJECT
public:
    explicit Check(QObject *parent = nullptr) : QObject(parent) { }
    ~Check() override;

    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }
    // The whole check, all its questions together (default 20000 ms).
    virtual void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    virtual bool isRunning() const = 0;
    virtual QList<Finding> findings() const = 0;
    // Stops; finished() still follows (from the event loop), with what was
    // not answered reported as untested, cause "cancelled".
    virtual void cancel() = 0;

Q_SIGNALS:
    void finished(const QList<MailMedic::Finding> &findings);

protected:
    QString m_language = QStringLiteral("en");
    int m_timeoutMs = 20000;
};

} // namespace MailMedic
