// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"
#include "LanguageManager.h"
#include "report/JsonWriter.h"
#include "WizardSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace MailMedic;

// A support engineer scripts mailmedic-cli while the customer uses the
// wizard: for the same bounce both must say exactly the same thing, in every
// language. Both go through DiagnosisRun; this keeps them from drifting apart.
class TestSameReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cliEqualsWizard_data();
    void cliEqualsWizard();

private:
    QTemporaryDir m_dir;
    QStringList m_files;
};

namespace {

// `generated` is the clock; everything else must be the same.
QJsonObject comparable(QJsonObject o)
{
    o.remove(QStringLiteral("generated"));
    return o;
}

} // namespace

void TestSameReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The wizard's "offline" setting, as a locked-down desk sets it.
    qputenv("MAILMEDIC_OFFLINE", "1");
    QVERIFY(m_dir.isValid());
    // The seed messages in the forms customers paste them, as files.
    for (const QJsonObject &row : Test::seedForms()) {
        const QString path
            = m_dir.filePath(row.value(QStringLiteral("name")).toString() + QStringLiteral(".txt"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(row.value(QStringLiteral("text")).toString().toUtf8());
        m_files << path;
    }
    QVERIFY(m_files.size() > 100);
}

void TestSameReport::cliEqualsWizard_data()
{
    QTest::addColumn<QString>("language");
    for (const char *lang : { "en", "nl", "ru" })
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestSameReport::cliEqualsWizard()
{
    QFETCH(QString, language);
    const Test::CliRun cli = Test::runCli(
        QStringList { QStringLiteral("diagnose"), QStringLiteral("--offline"), QStringLiteral("--json"),
            QStringLiteral("--lang"), language, QStringLiteral("--domain"), QStringLiteral("shop.example") }
        + m_files);
    QCOMPARE(cli.rc, 0);
    const QStringList lines = cli.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_files.size());

    LanguageManager languages; // the wizard's own translator, as the menu switches it
    QVERIFY(languages.setLanguage(language));
    int withNote = 0;
    for (int i = 0; i < m_files.size(); ++i) {
        QFile file(m_files.at(i));
        QVERIFY(file.open(QIODevice::ReadOnly));
        WizardSession session;
        session.setLanguage(language);
        session.setMode(WizardSession::Mode::Bounce);
        session.setBounceFile(m_files.at(i), file.readAll());
        session.setDomain(QStringLiteral("shop.example")); // the sender's domain, typed in
        QSignalSpy done(&session, &WizardSession::runFinished);
        session.run();
        QVERIFY(done.count() == 1 || done.wait(10000));
        const QJsonObject wizard
            = comparable(QJsonDocument::fromJson(JsonWriter::toJsonLine(session.report())).object());
        const QJsonObject command = comparable(QJsonDocument::fromJson(lines.at(i).toUtf8()).object());
        QVERIFY2(!wizard.isEmpty() && wizard == command,
            qPrintable(QStringLiteral("%1\nwizard: %2\ncli:    %3")
                           .arg(m_files.at(i),
                               QString::fromUtf8(QJsonDocument(wizard).toJson(QJsonDocument::Compact)),
                               QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact)))));
        for (const QJsonValue &f : wizard.value(QStringLiteral("findings")).toArray())
            withNote += f.toObject().value(QStringLiteral("id")).toString() == QLatin1String("live-checks");
    }
    // Offline on both sides: the checks the bounces ask for are named, not run.
    QVERIFY2(withNote > 0, "no seed asked for a live check");
}

QTEST_MAIN(TestSameReport)
#include "TestSameReport.moc"
