// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "Diagnoser.h"
#include "LanguageManager.h"
#include "mailmedic_version.h"
#include "PdfReport.h"
#include "ResultsPage.h"
#include "TestSupport.h"
#include "WizardSession.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace MailMedic;

namespace {

// A Gmail "address not found" bounce, as seed-messages.md lists it.
const QString gmailBounce = QStringLiteral(
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
    "To: anna@shop.example\n"
    "Subject: Delivery Status Notification (Failure)\n"
    "\n"
    "Address not found\n"
    "\n"
    "Your message wasn't delivered to bob.missing@gmail.example because the address couldn't be found.\n"
    "\n"
    "The response from the remote server was:\n"
    "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
    "550-5.1.1 double-checking the recipient's email address for typos or\n"
    "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser\n");

const QString secret = QStringLiteral("Tr0ub4dor-and-3-horses");

// What a reader of the PDF sees, as text (poppler's pdftotext).
QString pdfText(const QString &path, const QStringList &extra = {})
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        QStringList { QStringLiteral("-enc"), QStringLiteral("UTF-8") } + extra
            + QStringList { path, QStringLiteral("-") });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfInfo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { path });
    if (!p.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext breaks lines where the layout does; a phrase is found across them.
QString flat(const QString &text)
{
    return text.simplified();
}

} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void followsLanguage_data();
    void followsLanguage();
    void ticksAsInTheWizard();
    void passwordNeverPrinted();
    void longBounceIsCut();
    void paperFollowsTerritory_data();
    void paperFollowsTerritory();
    void suggestedFileName();
    void commandLineBatch();
    void commandLineCheck();
    void commandLineUnwritable();

private:
    QTemporaryDir m_dir;
    LanguageManager *m_languages = nullptr;
};

void TestPdfReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // LanguageManager remembers the language
    QVERIFY(m_dir.isValid());
    m_languages = new LanguageManager(this);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
        "pdftotext (poppler-utils) is needed: ./dev.sh deps");
}

void TestPdfReport::cleanup()
{
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestPdfReport::followsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("findingTitle");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("page");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("MailMedic diagnosis")
                        << QStringLiteral("Recipient address does not exist") << QStringLiteral("Problem")
                        << QStringLiteral("Page 1 of 1");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Diagnose van MailMedic")
                        << QStringLiteral("Adres van de ontvanger bestaat niet") << QStringLiteral("Probleem")
                        << QStringLiteral("Pagina 1 van 1");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Диагностика MailMedic")
                        << QStringLiteral("Адрес получателя не существует") << QStringLiteral("Проблема")
                        << QStringLiteral("Страница 1 из 1");
}

// A Dutch or Russian customer gets the whole PDF in their language, and
// the letters survive (the fonts carry Cyrillic).
void TestPdfReport::followsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    QFETCH(QString, findingTitle);
    QFETCH(QString, status);
    QFETCH(QString, page);
    QVERIFY(m_languages->setLanguage(language));

    WizardSession session;
    DiagnoseOptions options;
    options.language = language;
    session.setBounceText(gmailBounce);
    session.setReport(Diagnoser::diagnoseText(QStringLiteral("pasted text"), gmailBounce, options));
    PdfSection section;
    section.report = session.report();
    section.summary = session.summary();
    section.input = QStringLiteral("pasted text");
    section.bounceText = gmailBounce;
    const QString path = m_dir.filePath(QStringLiteral("lang-%1.pdf").arg(language));
    QString error;
    QVERIFY2(PdfReport::write(path, { section }, QPageSize(QPageSize::A4), &error), qPrintable(error));

    const QString text = flat(pdfText(path));
    QVERIFY2(text.contains(heading), qPrintable(text));
    QVERIFY2(text.contains(findingTitle), qPrintable(text));
    QVERIFY2(text.contains(status), qPrintable(text));
    QVERIFY2(text.contains(page), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(MAILMEDIC_VERSION_STRING)));
    QVERIFY(text.contains(flat(section.summary)));
    // The bounce excerpt, with the server's own words.
    QVERIFY(text.contains(QStringLiteral("550 5.1.1 unnecessary spaces.")));
    QVERIFY(pdfInfo(path).contains(QStringLiteral("(A4)")));
}

// What the support person ticked during the call is ticked on paper.
void TestPdfReport::ticksAsInTheWizard()
{
    Report report;
    report.kind = InputKind::Text;
    report.generated = QDateTime::currentDateTimeUtc();
    Finding f;
    f.id = QStringLiteral("spf-missing");
    f.status = FindingStatus::Fail;
    f.title = QStringLiteral("No SPF record");
    f.fixes = { { QStringLiteral("a"), QStringLiteral("Publish the SPF record."), QString(), true },
        { QStringLiteral("b"), QStringLiteral("Wait for the DNS to refresh."), QString(), false } };
    report.findings << f;
    const QString path = m_dir.filePath(QStringLiteral("ticks.pdf"));
    QVERIFY(PdfReport::write(
        path, { PdfSection { report, {}, {}, {}, {}, false, {}, {} } }, QPageSize(QPageSize::A4)));
    const QString text = flat(pdfText(path));
    QVERIFY2(text.contains(QStringLiteral("\u2611 Publish the SPF record.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\u2610 Wait for the DNS to refresh.")), qPrintable(text));
}

// The AUTH test's password lives in the session's memory only: the PDF
// from the results page shows the redacted transcript and never the password.
void TestPdfReport::passwordNeverPrinted()
{
    WizardSession session;
    session.setMode(WizardSession::Mode::Domain);
    session.setDomain(QStringLiteral("shop.example"));
    session.setPassword(secret);
    Report report;
    report.kind = InputKind::Domain;
    report.file = QStringLiteral("shop.example");
    report.generated = QDateTime::currentDateTimeUtc();
    Probe probe;
    probe.id = QStringLiteral("smtp-auth");
    probe.target = QStringLiteral("mail.shop.example:465");
    probe.status = FindingStatus::Pass;
    probe.durationMs = 412;
    probe.transcript = QStringList { QStringLiteral("S: 220 mail.shop.example ESMTP"),
        QStringLiteral("C: EHLO mailmedic"), QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
        QStringLiteral("C: AUTH PLAIN ****"), QStringLiteral("S: 235 2.7.0 Authentication successful") };
    report.probes << probe;
    Finding f;
    f.id = QStringLiteral("smtp-auth-ok");
    f.status = FindingStatus::Pass;
    f.title = QStringLiteral("The server accepts your user name and password");
    f.evidence = QStringList { QStringLiteral("C: AUTH PLAIN ****"),
        QStringLiteral("S: 235 2.7.0 Authentication successful") };
    report.findings << f;
    session.setReport(report);

    ResultsPage page(&session);
    page.initializePage();
    QVERIFY(page.exportButton()->isVisibleTo(&page));
    QVERIFY(!page.exportButton()->text().isEmpty());
    QVERIFY(page.suggestedPdfPath().endsWith(QStringLiteral("mailmedic-shop.example-")
        + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".pdf")));
    const QString path = m_dir.filePath(QStringLiteral("auth.pdf"));
    QString error;
    QVERIFY2(page.exportPdfTo(path, &error), qPrintable(error));

    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("AUTH PLAIN ****")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("mail.shop.example:465")));
    QVERIFY(!text.contains(secret));
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains(secret.toUtf8())); // nor in metadata or uncompressed streams
}

void TestPdfReport::longBounceIsCut()
{
    QStringList lines;
    for (int i = 1; i <= 100; ++i)
        lines << QStringLiteral("X-Line-%1: filler").arg(i);
    Report report;
    report.kind = InputKind::Message;
    report.generated = QDateTime::currentDateTimeUtc();
    PdfSection section;
    section.report = report;
    section.bounceText = lines.join(QLatin1Char('\n'));
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(PdfReport::write(path, { section }, QPageSize(QPageSize::A4)));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("X-Line-60: filler")));
    QVERIFY(!text.contains(QStringLiteral("X-Line-61:")));
    QVERIFY2(flat(text).contains(QStringLiteral("The first 60 of 100 lines.")), qPrintable(text));
}

void TestPdfReport::paperFollowsTerritory_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("paper");
    QTest::newRow("United States") << QLocale(QLocale::English, QLocale::UnitedStates)
                                   << QStringLiteral("(letter)");
    QTest::newRow("Canada (French)") << QLocale(QLocale::French, QLocale::Canada)
                                     << QStringLiteral("(letter)");
    QTest::newRow("Mexico") << QLocale(QLocale::Spanish, QLocale::Mexico) << QStringLiteral("(letter)");
    QTest::newRow("Philippines") << QLocale(QLocale::Filipino, QLocale::Philippines)
                                 << QStringLiteral("(letter)");
    QTest::newRow("Netherlands") << QLocale(QLocale::Dutch, QLocale::Netherlands) << QStringLiteral("(A4)");
    QTest::newRow("Russia") << QLocale(QLocale::Russian, QLocale::Russia) << QStringLiteral("(A4)");
    QTest::newRow("United Kingdom") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                    << QStringLiteral("(A4)");
}

void TestPdfReport::paperFollowsTerritory()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, paper);
    Report report;
    report.generated = QDateTime::currentDateTimeUtc();
    const QString path = m_dir.filePath(QStringLiteral("paper.pdf"));
    QVERIFY(PdfReport::write(
        path, { PdfSection { report, {}, {}, {}, {}, false, {}, {} } }, PdfReport::pageSizeFor(locale)));
    const QString info = pdfInfo(path);
    QVERIFY2(info.contains(paper), qPrintable(info));
}

void TestPdfReport::suggestedFileName()
{
    QCOMPARE(PdfReport::suggestedFileName(QStringLiteral("Shop.Example"), QDate(2026, 11, 22)),
        QStringLiteral("mailmedic-shop.example-2026-11-22.pdf"));
    QCOMPARE(PdfReport::suggestedFileName(QStringLiteral("../../etc/x y"), QDate(2026, 1, 2)),
        QStringLiteral("mailmedic-....etcxy-2026-01-02.pdf"));
    QCOMPARE(PdfReport::suggestedFileName(QString(), QDate(2026, 1, 2)),
        QStringLiteral("mailmedic-2026-01-02.pdf"));
}

// mailmedic-cli diagnose A B --offline --pdf OUT.pdf: one PDF, each input on its own page.
void TestPdfReport::commandLineBatch()
{
    const QString a = m_dir.filePath(QStringLiteral("a.eml"));
    const QString b = m_dir.filePath(QStringLiteral("b.txt"));
    for (const QString &name : { a, b }) {
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(gmailBounce.toUtf8());
    }
    const QString pdf = m_dir.filePath(QStringLiteral("batch.pdf"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QBuffer in;
    QVERIFY(in.open(QIODevice::ReadOnly));
    CommandLine cli(outStream, errStream, in);
    const int rc = cli.run(
        { QStringLiteral("mailmedic-cli"), QStringLiteral("diagnose"), a, b, QStringLiteral("--offline"),
            QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--pdf"), pdf });
    QVERIFY2(rc == CommandLine::Ok, qPrintable(err));
    const QString text = flat(pdfText(pdf));
    QVERIFY2(text.contains(QStringLiteral("Адрес получателя не существует")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("a.eml")));
    QVERIFY(text.contains(QStringLiteral("b.txt")));
    QVERIFY2(text.contains(QStringLiteral("Страница 2 из 2")), qPrintable(text));
    QVERIFY(pdfInfo(pdf).contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
}

// `check` with --pdf: a resolver that does not answer makes every DNS
// finding "not tested", and the PDF says so (no internet involved).
void TestPdfReport::commandLineCheck()
{
    const QString pdf = m_dir.filePath(QStringLiteral("check.pdf"));
    const QString nameserver = QStringLiteral("127.0.0.1:%1").arg(Test::freePort());
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QBuffer in;
    QVERIFY(in.open(QIODevice::ReadOnly));
    CommandLine cli(outStream, errStream, in);
    const int rc = cli.run({ QStringLiteral("mailmedic-cli"), QStringLiteral("check"),
        QStringLiteral("shop.example"), QStringLiteral("--nameserver"), nameserver,
        QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--pdf"), pdf });
    QVERIFY2(rc == CommandLine::Ok, qPrintable(err));
    const QString text = flat(pdfText(pdf));
    QVERIFY2(text.contains(QStringLiteral("shop.example")), qPrintable(text));
    QVERIFY2(text.contains(nameserver), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Not tested")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
}

void TestPdfReport::commandLineUnwritable()
{
    const QString file = m_dir.filePath(QStringLiteral("c.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(gmailBounce.toUtf8());
    f.close();
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QBuffer in;
    QVERIFY(in.open(QIODevice::ReadOnly));
    CommandLine cli(outStream, errStream, in);
    const int rc = cli.run(
        { QStringLiteral("mailmedic-cli"), QStringLiteral("diagnose"), file, QStringLiteral("--offline"),
            QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")) });
    QCOMPARE(rc, int(CommandLine::InputError));
    QVERIFY2(err.contains(QStringLiteral("--pdf:")), qPrintable(err));
    QVERIFY(out.contains(QStringLiteral("userunknown"))); // the text report still came
}

QTEST_MAIN(TestPdfReport)
#include "TestPdfReport.moc"
