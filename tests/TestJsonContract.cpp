// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"
#include "mailmedic_version.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace MailMedic;

// mailmedic-cli's output is a contract scripts depend on
// (shared/contract/diagnosis.schema.json): checked with the shared validator.
class TestJsonContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version();
    void batchFollowsContract();
    void unreadableFileDoesNotStopBatch();
    void batchReadInParallelKeepsOrder();
    void readsStandardInput();
    void rejectsUnknownLanguage();
    void extraRulesFile();
    void realExecutable();

private:
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};

void TestJsonContract::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // extra rule files' images are kept in the cache folder
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(Test::sharedDir() + QStringLiteral("/contract/validate.py")),
        "../shared/contract/validate.py is missing");
}

QString TestJsonContract::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(content);
    return path;
}

void TestJsonContract::version()
{
    const Test::CliRun r = Test::runCli({ QStringLiteral("--version") });
    QCOMPARE(r.rc, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("mailmedic-cli " MAILMEDIC_VERSION_STRING));
}

void TestJsonContract::batchFollowsContract()
{
    const QString dsn = Test::sharedDir() + QStringLiteral("/corpus/sisimai/lhost-postfix-02.eml");
    const QString text
        = writeFile(QStringLiteral("pasted.txt"), "550 5.1.1 <nobody@example.com>: User unknown\n");
    const QString empty = writeFile(QStringLiteral("empty.txt"), "\n\n");
    const QString message
        = writeFile(QStringLiteral("msg.eml"), "From: a@example.com\nSubject: x\n\nhello\n");

    const Test::CliRun r = Test::runCli({ QStringLiteral("diagnose"), QStringLiteral("--offline"),
        QStringLiteral("--json"), dsn, text, empty, message });
    QCOMPARE(r.rc, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);

    const QStringList expectedKinds { QStringLiteral("dsn"), QStringLiteral("text"), QStringLiteral("empty"),
        QStringLiteral("message") };
    const QStringList files { dsn, text, empty, message };
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i).toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("file")).toString(), files.at(i));
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), expectedKinds.at(i));
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral(MAILMEDIC_VERSION_STRING));
    }
    // A support desk sees where a bounce finding's knowledge comes from.
    const QJsonObject pasted = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
    const QJsonObject finding = pasted.value(QStringLiteral("findings")).toArray().first().toObject();
    QVERIFY2(finding.value(QStringLiteral("source")).toString().contains(QLatin1String("RFC 3463")),
        qPrintable(lines.at(1)));
    const QStringList verdict = Test::validateContract(r.out);
    QVERIFY2(!verdict.contains(QStringLiteral("INVALID")), qPrintable(verdict.join(QLatin1Char('\n'))));
    QCOMPARE(verdict.last(), QStringLiteral("4 objects valid"));
}

void TestJsonContract::unreadableFileDoesNotStopBatch()
{
    const QString good = writeFile(QStringLiteral("good.txt"), "552 5.2.2 Mailbox full\n");
    const QString missing = m_dir.filePath(QStringLiteral("no-such-bounce.eml"));
    const Test::CliRun r = Test::runCli({ QStringLiteral("diagnose"), QStringLiteral("--offline"),
        QStringLiteral("--json"), missing, good, m_dir.path() });
    QVERIFY(r.rc != 0);
    QVERIFY2(r.err.contains(missing), qPrintable(r.err));
    QVERIFY2(r.err.contains(m_dir.path() + QStringLiteral(": is a folder")), qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(
        QJsonDocument::fromJson(lines.first().toUtf8()).object().value(QStringLiteral("file")).toString(),
        good);
}

// Offline, several files are read at once (one per core): a large bounce
// first, small ones after it, an unreadable one among them; the reports still
// come in the order of the files.
void TestJsonContract::batchReadInParallelKeepsOrder()
{
    QByteArray large = "550 5.1.1 <first@example.com>: Recipient address rejected: User unknown\n\n";
    while (large.size() < 3 * 1024 * 1024)
        large += "Quoted original message line that only takes time to read through.\n";
    QStringList files { writeFile(QStringLiteral("large.txt"), large) };
    for (int i = 0; i < 24; ++i) {
        if (i == 7)
            files << m_dir.filePath(QStringLiteral("missing.eml"));
        files << writeFile(QStringLiteral("small-%1.txt").arg(i),
            QStringLiteral("552 5.2.2 <user%1@example.com>: Mailbox full\n").arg(i).toUtf8());
    }
    const Test::CliRun r = Test::runCli(
        QStringList { QStringLiteral("diagnose"), QStringLiteral("--offline"), QStringLiteral("--json") }
        + files);
    QCOMPARE(r.rc, 1);
    QVERIFY2(r.err.contains(QStringLiteral("missing.eml")), qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    files.removeAt(8);
    QCOMPARE(lines.size(), files.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i).toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("file")).toString(), files.at(i));
    }
    QVERIFY(lines.first().contains(QStringLiteral("first@example.com")));
    QVERIFY(lines.last().contains(QStringLiteral("user23@example.com")));
}

void TestJsonContract::readsStandardInput()
{
    const Test::CliRun r
        = Test::runCli({ QStringLiteral("diagnose"), QStringLiteral("--offline"), QStringLiteral("--json"),
                           QStringLiteral("--lang"), QStringLiteral("ru") },
            "421 4.7.0 Try again later\n");
    QCOMPARE(r.rc, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("file")).toString(), QStringLiteral("-"));
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("text"));
    QCOMPARE(o.value(QStringLiteral("language")).toString(), QStringLiteral("ru"));
    QVERIFY(Test::validateContract(r.out).last().endsWith(QStringLiteral("1 objects valid")));
}

void TestJsonContract::rejectsUnknownLanguage()
{
    const Test::CliRun r
        = Test::runCli({ QStringLiteral("diagnose"), QStringLiteral("--lang"), QStringLiteral("de") });
    QCOMPARE(r.rc, int(CommandLine::UsageError));
    QVERIFY2(r.err.contains(QStringLiteral("en, nl, ru")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestJsonContract::extraRulesFile()
{
    // A support team's own rules: the valid one applies, the broken one is
    // named with file, line and id, and the built-in rules keep working.
    const QString extra = Test::sourceDir() + QStringLiteral("/tests/data/rules/unknown-reason.json");
    const QString acme = writeFile(QStringLiteral("acme.txt"), "550 5.7.1 Acme firewall says no\n");
    const QString full = writeFile(QStringLiteral("full.txt"), "552 5.2.2 <a@example.net>: Mailbox full\n");
    const Test::CliRun r = Test::runCli({ QStringLiteral("diagnose"), QStringLiteral("--offline"),
        QStringLiteral("--json"), QStringLiteral("--rules"), extra, acme, full });
    QVERIFY2(r.err.contains(QStringLiteral("unknown-reason.json:14")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("acme-typo")), qPrintable(r.err));
    QCOMPARE(r.rc, int(CommandLine::InputError));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
    QCOMPARE(first.value(QStringLiteral("reason")).toString(), QStringLiteral("blocked"));
    QCOMPARE(first.value(QStringLiteral("recipients"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("rule"))
                 .toString(),
        QStringLiteral("acme-good"));
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
    QCOMPARE(second.value(QStringLiteral("reason")).toString(), QStringLiteral("mailboxfull"));

    const Test::CliRun missing = Test::runCli({ QStringLiteral("diagnose"), QStringLiteral("--offline"),
        QStringLiteral("--rules"), m_dir.filePath(QStringLiteral("nope.json")), full });
    QVERIFY2(missing.err.contains(QStringLiteral("nope.json")), qPrintable(missing.err));
    QVERIFY(missing.out.contains(QStringLiteral("mailboxfull")));
}

void TestJsonContract::realExecutable()
{
    // The installed program, not just the library: main() wires stdin/stdout.
    QProcess p;
    p.start(QStringLiteral(MAILMEDIC_CLI_PATH),
        { QStringLiteral("diagnose"), QStringLiteral("--offline"), QStringLiteral("--json"),
            QStringLiteral("-") });
    QVERIFY(p.waitForStarted());
    p.write("550 5.7.1 Unable to relay\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray out = p.readAllStandardOutput();
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("kind")).toString(),
        QStringLiteral("text"));

    p.start(QStringLiteral(MAILMEDIC_CLI_PATH), { QStringLiteral("--help") });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(help.contains(QStringLiteral("mailmedic-cli diagnose")));
    QVERIFY(help.contains(QStringLiteral("--nameserver")));
}

QTEST_GUILESS_MAIN(TestJsonContract)
#include "TestJsonContract.moc"
