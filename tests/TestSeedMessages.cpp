// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnoser.h"
#include "report/JsonWriter.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace MailMedic;

// Every message from the hosting providers' support articles
// (shared/seed-messages.md), in every form a customer pastes it: alone,
// wrapped over several SMTP lines, inside Dutch or Russian mail-client text.
// The whole path runs: reading, normalising, rules, findings with fixes.
class TestSeedMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognised_data();
    void recognised();
    void findingsInEveryLanguage();
};

void TestSeedMessages::recognised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("topics");
    QTest::addColumn<QString>("provider");

    int rows = 0;
    for (const QJsonObject &o : Test::seedForms()) {
        QStringList topics;
        for (const QJsonValue &t : o.value(QStringLiteral("topics")).toArray())
            topics.append(t.toString());
        QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString()))
            << o.value(QStringLiteral("text")).toString() << o.value(QStringLiteral("reason")).toString()
            << topics << o.value(QStringLiteral("provider")).toString();
        ++rows;
    }
    QVERIFY2(rows >= 250, "the seed forms file lost rows");
}

void TestSeedMessages::recognised()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QFETCH(QStringList, topics);
    QFETCH(QString, provider);

    const Report report = Diagnoser::diagnoseText(QStringLiteral("-"), text, DiagnoseOptions());
    QVERIFY2(!report.recipients.isEmpty(), "not recognised as a delivery problem");
    QCOMPARE(report.reason, reason);
    QVERIFY2(!report.recipients.first().rule.isEmpty(), "matched only by its status code, not by a rule");
    QVERIFY(!report.findings.isEmpty());
    const Finding &finding = report.findings.first();
    for (const QString &topic : topics)
        QVERIFY2(finding.topics.contains(topic),
            qPrintable(topic + QStringLiteral(" missing from ") + finding.topics.join(QLatin1Char(','))));
    QVERIFY2(!finding.fixes.isEmpty(), "a finding without anything to do");
    if (!provider.isEmpty())
        QCOMPARE(report.provider, provider);
}

void TestSeedMessages::findingsInEveryLanguage()
{
    const QString text = QStringLiteral("550 5.2.2 <someone@example.net>: Mailbox full");
    QStringList titles;
    for (const QString &lang : Diagnoser::supportedLanguages()) {
        DiagnoseOptions options;
        options.language = lang;
        const Report report = Diagnoser::diagnoseText(QStringLiteral("-"), text, options);
        QCOMPARE(report.language, lang);
        QCOMPARE(report.reason, QStringLiteral("mailboxfull"));
        QVERIFY(!report.findings.isEmpty());
        titles.append(report.findings.first().title);
        QVERIFY(!report.findings.first().fixes.first().text.isEmpty());
    }
    // Three different texts: nl and ru are not English left untranslated.
    QCOMPARE(QSet<QString>(titles.cbegin(), titles.cend()).size(), 3);
}

QTEST_GUILESS_MAIN(TestSeedMessages)
#include "TestSeedMessages.moc"
