// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnoser.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace MailMedic;

// One row per entry of the providers' and MTAs' published error references
// (tests/data/references/*.jsonl), in the form people paste it: a bare reply,
// the reply inside the provider's notice, a whole plain-text bounce. Each row
// names its source and what the reference says the message means: the
// reason, the provider, and the topics the fixes must be about. Every row is
// read both as pasted text (the wizard) and as a file (the command line).
class TestReferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void entry_data();
    void entry();
    void cleanupTestCase();

private:
    struct Tally
    {
        int rows = 0;
        int reason = 0;
        int provider = 0;
        int topics = 0;
    };
    QMap<QString, Tally> m_tally;
};

namespace {

QString referencesDir()
{
    return Test::sourceDir() + QStringLiteral("/tests/data/references/");
}

QStringList topicsOf(const Report &report)
{
    QStringList topics;
    for (const Finding &f : report.findings)
        topics += f.topics;
    return topics;
}

} // namespace

void TestReferences::initTestCase()
{
    QVERIFY(QDir(referencesDir()).exists());
}

void TestReferences::entry_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("topics");
    QTest::addColumn<QString>("gap");

    const QStringList files
        = QDir(referencesDir()).entryList({ QStringLiteral("*.jsonl") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 9);
    int total = 0;
    static const QRegularExpression source(QStringLiteral("^(?:https://|http://|RFC \\d+|\\S)"));
    for (const QString &name : files) {
        QFile file(referencesDir() + name);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        int line = 0;
        while (!file.atEnd()) {
            const QByteArray raw = file.readLine();
            ++line;
            if (raw.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject row = QJsonDocument::fromJson(raw, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError,
                qPrintable(QStringLiteral("%1:%2").arg(name).arg(line)));
            // Where the entry is published: a row without a source is not knowledge.
            QVERIFY2(source.match(row.value(QStringLiteral("source")).toString()).hasMatch(),
                qPrintable(QStringLiteral("%1:%2 has no source").arg(name).arg(line)));
            QStringList topics;
            for (const QJsonValue t : row.value(QStringLiteral("topics")).toArray())
                topics << t.toString();
            QTest::addRow("%s:%d", qPrintable(name), line)
                << name << row.value(QStringLiteral("text")).toString()
                << row.value(QStringLiteral("reason")).toString()
                << row.value(QStringLiteral("provider")).toString() << topics
                << row.value(QStringLiteral("gap")).toString();
            ++total;
        }
    }
    QVERIFY2(total >= 600, "the published references are covered row by row");
}

void TestReferences::entry()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QFETCH(QString, provider);
    QFETCH(QStringList, topics);
    QFETCH(QString, gap);

    const Report pasted = Diagnoser::diagnoseText(QStringLiteral("-"), text, DiagnoseOptions());
    const Report asFile
        = Diagnoser::diagnoseOffline(QStringLiteral("x.eml"), text.toUtf8(), DiagnoseOptions());
    Tally &tally = m_tally[file];
    ++tally.rows;
    const QStringList got = topicsOf(pasted);
    const bool topicsCovered
        = std::all_of(topics.cbegin(), topics.cend(), [&got](const QString &t) { return got.contains(t); });
    tally.reason += pasted.reason == reason;
    tally.provider += pasted.provider == provider;
    tally.topics += topicsCovered;

    if (!gap.isEmpty()) {
        // A known gap, with the reason in the row: it must still be one. When
        // MailMedic gets the row right, the test says so and the gap goes.
        QEXPECT_FAIL("", qPrintable(gap), Abort);
        QVERIFY(pasted.reason == reason && pasted.provider == provider && topicsCovered
            && asFile.reason == pasted.reason && asFile.provider == pasted.provider);
        return;
    }
    QCOMPARE(pasted.reason, reason);
    QCOMPARE(pasted.provider, provider);
    QVERIFY2(topicsCovered,
        qPrintable(QStringLiteral("%1 not all in %2")
                       .arg(topics.join(QLatin1Char(',')), got.join(QLatin1Char(',')))));
    // The command line reads the same words the same way.
    QCOMPARE(asFile.reason, pasted.reason);
    QCOMPARE(asFile.provider, pasted.provider);
    // Every failure states whether it is final and its status, read or inferred.
    for (const Recipient &r : pasted.recipients) {
        if (r.isNotice())
            continue;
        QVERIFY2(!r.action.isEmpty(), qPrintable(r.diagnostic.left(80)));
        QVERIFY2(!r.status.isEmpty(), qPrintable(r.diagnostic.left(80)));
    }
}

void TestReferences::cleanupTestCase()
{
    Tally all;
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it) {
        const Tally &t = it.value();
        qInfo().noquote() << QStringLiteral("%1: %2 rows, reason %3%, provider %4%, topics %5%")
                                 .arg(it.key(), -26)
                                 .arg(t.rows, 3)
                                 .arg(100.0 * t.reason / t.rows, 5, 'f', 1)
                                 .arg(100.0 * t.provider / t.rows, 5, 'f', 1)
                                 .arg(100.0 * t.topics / t.rows, 5, 'f', 1);
        all.rows += t.rows;
        all.reason += t.reason;
        all.provider += t.provider;
        all.topics += t.topics;
    }
    if (all.rows)
        qInfo().noquote() << QStringLiteral("all references: %1 rows, reason %2%, provider %3%, topics %4%")
                                 .arg(all.rows)
                                 .arg(100.0 * all.reason / all.rows, 0, 'f', 1)
                                 .arg(100.0 * all.provider / all.rows, 0, 'f', 1)
                                 .arg(100.0 * all.topics / all.rows, 0, 'f', 1);
}

QTEST_GUILESS_MAIN(TestReferences)
#include "TestReferences.moc"
