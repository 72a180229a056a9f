// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnoser.h"
#include "report/JsonWriter.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace MailMedic;

// The shared corpus of 297 real bounces from ~60 MTAs, labelled with the
// reasons Sisimai (the reference classifier) gives per recipient. Prints the
// agreement and every miss, and holds the line against regressions.
class TestCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreement();
};

// Raised whenever the engine gets better; the goal is 0.95. At 0.88 since
// the rules come from published references: where a provider's own reference
// reads a message differently from Sisimai's module (Yahoo's 554 5.7.9 is an
// authentication failure, Gmail's "does not support TLS" a TLS failure,
// qmail's "in the queue too long" an expiry, Tencent's "frequency limited",
// a limit on messages per minute, hour and day, a sending rate), the
// reference is followed. 0.875 since a vague X.7.x status no longer turns an
// MTA's "User unknown" into "filtered" (#12: a vague status never overrules
// the words): Sisimai labels Messaging Server's "550 5.7.1 User Unknown"
// filtered, two recipients. 0.87 since Postfix's "Name service error ...
// Malformed or unexpected name server reply" is read as Postfix itself files it
// (src/smtp/smtp_addr.c: X.4.4, unable to route, like a domain not found):
// Sisimai labels it networkerror, one recipient; the other libraries' labels
// in corpus/external agree with Postfix. 0.865 since Sendmail's own HELO
// check, "501 5.0.0 Invalid domain name" (srvrsmtp.c; RFC 5321 §4.2.3: 501, a
// syntax error in the arguments), is read as the syntax error it reports, as
// the other servers' rows with these words have it: Sisimai labels a qmail
// bounce relaying it blocked, one recipient.
static constexpr double MinimumAgreement = 0.865;

void TestCorpus::agreement()
{
    const QString dir = Test::sharedDir() + QStringLiteral("/corpus/sisimai/");
    QFile labels(dir + QStringLiteral("labels.jsonl"));
    QVERIFY2(labels.open(QIODevice::ReadOnly), qPrintable(labels.fileName()));

    int total = 0;
    int agreed = 0;
    int files = 0;
    QMap<QString, int> confusion;
    QStringList misses;
    while (!labels.atEnd()) {
        const QJsonObject label = QJsonDocument::fromJson(labels.readLine()).object();
        const QString file = label.value(QStringLiteral("file")).toString();
        QFile eml(dir + file);
        QVERIFY2(eml.open(QIODevice::ReadOnly), qPrintable(file));
        const Report report = Diagnoser::diagnoseOffline(file, eml.readAll(), DiagnoseOptions());
        ++files;
        const QJsonArray expected = label.value(QStringLiteral("recipients")).toArray();
        for (int i = 0; i < expected.size(); ++i) {
            const QString want = expected.at(i).toObject().value(QStringLiteral("reason")).toString();
            const QString got
                = i < report.recipients.size() ? report.recipients.at(i).reason : QStringLiteral("(none)");
            ++total;
            if (want == got) {
                ++agreed;
                continue;
            }
            confusion[want + QStringLiteral(" -> ") + got]++;
            misses.append(QStringLiteral("%1 #%2: expected %3, got %4  %5")
                              .arg(file)
                              .arg(i + 1)
                              .arg(want, got,
                                  i < report.recipients.size() ? report.recipients.at(i).diagnostic.left(100)
                                                               : QString()));
        }
    }
    for (const QString &m : std::as_const(misses))
        qInfo().noquote() << "miss:" << m;
    for (auto it = confusion.cbegin(); it != confusion.cend(); ++it)
        qInfo().noquote() << "confusion:" << it.value() << it.key();
    const double rate = total ? double(agreed) / total : 0.0;
    qInfo().noquote() << QStringLiteral("corpus: %1 files, %2 of %3 recipients agree (%4%)")
                             .arg(files)
                             .arg(agreed)
                             .arg(total)
                             .arg(rate * 100.0, 0, 'f', 1);
    QCOMPARE(files, 297);
    QVERIFY2(rate >= MinimumAgreement, "reason agreement with the corpus fell");
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "TestCorpus.moc"
