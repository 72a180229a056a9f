// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"
#include "CommandLine.h"
#include "Diagnoser.h"
#include "LanguageManager.h"
#include "mailmedic_version.h"
#include "PdfPlugin.h"
#include "PdfReport.h"
#include "report/ReportText.h"
#include "ResultsPage.h"
#include "rules/RuleSet.h"
#include "TestSupport.h"
#include "WizardSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

// Gmail's bounce in a file of that name in `dir`; empty when it cannot be written.
QString gmailBounceFile(const QTemporaryDir &dir, const QString &name)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(gmailBounce.toUtf8()) < 0)
        return QString();
    return f.fileName();
}

int pdfPages(const QString &path)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(pdfInfo(path));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

constexpr int findingsPerSection = 14;

// "S2 finding 07": the title of finding 7 in section 2 of longReport().
QString findingTitle(int section, int n)
{
    return QStringLiteral("S%1 finding %2").arg(section).arg(n, 2, 10, QLatin1Char('0'));
}

QString firstFix(int section, int n)
{
    return QStringLiteral("S%1 fix %2-1").arg(section).arg(n, 2, 10, QLatin1Char('0'));
}

QString sentences(int count, const QString &what)
{
    QString text;
    for (int i = 1; i <= count; ++i)
        text += QStringLiteral("The %1 answered on attempt %2 after a long pause, so try again. ")
                    .arg(what)
                    .arg(i);
    return text;
}

// A section of findings of every length, some with evidence, then the
// servers' conversations. The section number shifts the lengths, so page
// ends meet the findings at different places. Finding 05 of section 1 is
// longer than a page.
Report longReport(int section)
{
    Report report;
    report.kind = InputKind::Domain;
    report.generated = QDateTime::currentDateTimeUtc();
    for (int n = 1; n <= findingsPerSection; ++n) {
        Finding f;
        f.id = QStringLiteral("f%1").arg(n);
        f.status = n % 3 == 0 ? FindingStatus::Warn : FindingStatus::Fail;
        f.title = findingTitle(section, n) + QStringLiteral(": the mail server answers slowly");
        const int length = (n * 7 + section * 5) % 17 + (n == 1 ? section * 3 % 23 : 0);
        f.explanation = sentences(section == 1 && n == 5 ? 120 : length + 1, QStringLiteral("server"));
        for (int k = 1; k <= 1 + (n + section) % 4; ++k)
            f.fixes << Fix { QStringLiteral("x%1").arg(k),
                QStringLiteral("S%1 fix %2-%3: ask the provider to look at the queue.")
                    .arg(section)
                    .arg(n, 2, 10, QLatin1Char('0'))
                    .arg(k),
                k == 2 ? QStringLiteral("https://help.example/queue") : QString(), k == 1 };
        if (n % 4 == 1) {
            for (int line = 1; line <= 3 + n; ++line)
                f.evidence << QStringLiteral("S: 451 4.7.1 Try again later (line %1)").arg(line);
        }
        report.findings << f;
    }
    for (int n = 1; n <= 3; ++n) {
        Probe p;
        p.id = QStringLiteral("smtp-%1").arg(n);
        p.target = QStringLiteral("mx%1.shop.example:25").arg(n);
        p.status = FindingStatus::Pass;
        for (int line = 1; line <= 6; ++line)
            p.transcript << QStringLiteral("S: 250-mx%1.shop.example line %2").arg(n).arg(line);
        report.probes << p;
    }
    return report;
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
    void pluralsInEveryLanguage_data();
    void pluralsInEveryLanguage();
    void ticksAsInTheWizard();
    void passwordNeverPrinted();
    void longBounceIsCut_data();
    void longBounceIsCut();
    void symptomByItsName();
    void findingsStayOnOnePage_data();
    void findingsStayOnOnePage();
    void paperFollowsTerritory_data();
    void paperFollowsTerritory();
    void suggestedFileName();
    void commandLineBatch();
    void commandLineCheck();
    void commandLineUnwritable();
    void programLoadsModuleForPdf();
    void programWithoutModule();

private:
    QTemporaryDir m_dir;
    LanguageManager *m_languages = nullptr;
};

void TestPdfReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // LanguageManager remembers the language
    QVERIFY(m_dir.isValid());
    m_languages = new LanguageManager(this);
    // The command line in this process writes through the build's module.
    PdfPlugin::setDirectory(QStringLiteral(MAILMEDIC_PDF_MODULE_DIR));
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
                        << QStringLiteral("Gmail: recipient address does not exist")
                        << QStringLiteral("Problem") << QStringLiteral("Page 1 of 1");
    QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Diagnose van MailMedic")
                        << QStringLiteral("Gmail: adres van de ontvanger bestaat niet")
                        << QStringLiteral("Probleem") << QStringLiteral("Pagina 1 van 1");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Диагностика MailMedic")
                        << QStringLiteral("Gmail: адрес получателя не существует")
                        << QStringLiteral("Проблема") << QStringLiteral("Страница 1 из 1");
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
    // Words only: the reason in the recipients' table, never its id.
    QVERIFY(!section.report.recipients.isEmpty());
    for (const Recipient &r : section.report.recipients) {
        QVERIFY2(!text.contains(r.reason), qPrintable(r.reason));
        QVERIFY2(text.contains(ReportText::reasonText(r.reason)), qPrintable(text));
    }
    // The footer's date reads the same everywhere: 2026-12-06, with its zone.
    const QDateTime local = section.report.generated.toLocalTime();
    QVERIFY2(text.contains(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")),
        qPrintable(text));
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
        path, { PdfSection { report, {}, {}, {}, {}, false, {}, {}, {} } }, QPageSize(QPageSize::A4)));
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

void TestPdfReport::longBounceIsCut_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("lastShown");
    QTest::addColumn<QString>("firstLeftOut");
    QTest::addColumn<QString>("note");
    QStringList filler;
    for (int i = 1; i <= 100; ++i)
        filler << QStringLiteral("X-Line-%1: filler").arg(i);
    QTest::newRow("no blank line: at the limit") << filler << "X-Line-60: filler"
                                                 << "X-Line-61:"
                                                 << "The first 60 of 100 lines.";
    // Recipients' blocks: cut between two of them, not in the middle of one.
    QStringList blocks;
    for (int block = 0; block < 15; ++block) {
        for (int line = 1; line <= 4; ++line)
            blocks << QStringLiteral("R%1-%2 <user%1@example.net>: 550 5.1.1 unknown").arg(block).arg(line);
        blocks << QString();
    }
    QTest::newRow("between recipients") << blocks << "R11-4 "
                                        << "R12-1 "
                                        << "The first 59 of 74 lines.";
}

void TestPdfReport::longBounceIsCut()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, lastShown);
    QFETCH(QString, firstLeftOut);
    QFETCH(QString, note);
    Report report;
    report.kind = InputKind::Message;
    report.generated = QDateTime::currentDateTimeUtc();
    PdfSection section;
    section.report = report;
    section.bounceText = lines.join(QLatin1Char('\n'));
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(PdfReport::write(path, { section }, QPageSize(QPageSize::A4)));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(lastShown), qPrintable(text));
    QVERIFY2(!text.contains(firstLeftOut), qPrintable(text));
    QVERIFY2(flat(text).contains(note), qPrintable(text));
}

// The symptom the customer picked is named as they read it, never by its id.
void TestPdfReport::symptomByItsName()
{
    QVERIFY(m_languages->setLanguage(QStringLiteral("nl")));
    WizardSession session;
    session.setLanguage(QStringLiteral("nl"));
    session.setMode(WizardSession::Mode::Symptom);
    session.setSymptom(QStringLiteral("cant-send"));
    session.startDiagnosis();
    QVERIFY(session.hasReport());
    ResultsPage page(&session);
    const QString path = m_dir.filePath(QStringLiteral("symptom.pdf"));
    QString error;
    QVERIFY2(page.exportPdfTo(path, &error), qPrintable(error));
    const QString text = flat(pdfText(path));
    const Symptom *symptom = RuleSet::builtin().symptom(QStringLiteral("cant-send"));
    QVERIFY(symptom);
    QVERIFY2(text.contains(flat(symptom->title.text(QStringLiteral("nl")))), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("cant-send")), qPrintable(text));
}

void TestPdfReport::findingsStayOnOnePage_data()
{
    QTest::addColumn<QPageSize>("paper");
    QTest::newRow("A4") << QPageSize(QPageSize::A4);
    QTest::newRow("Letter") << QPageSize(QPageSize::Letter);
}

// Whoever works through the printed checklist finds each finding whole on
// one page: its title, explanation and first fix together, never a title
// or heading alone at the bottom of a page.
void TestPdfReport::findingsStayOnOnePage()
{
    QFETCH(QPageSize, paper);
    // Each section starts on a new page. Without the page breaks, these
    // leave finding titles, the heading above the conversations or a
    // server's name at the bottom of a page, on A4 and on Letter.
    const QList<int> sections { 1, 2, 3, 14, 17 };
    QList<PdfSection> list;
    for (const int s : sections)
        list << PdfSection { longReport(s), {}, {}, QStringLiteral("shop.example"), {}, true, {}, {}, {} };
    const QString path = m_dir.filePath(QStringLiteral("pages.pdf"));
    QVERIFY(PdfReport::write(path, list, paper));
    const int pages = pdfPages(path);
    QVERIFY(pages > sections.size());

    QHash<QString, int> pageOf;
    // A finding's title or a server's name above its conversation.
    const QRegularExpression anyTitle(QStringLiteral("S\\d+ finding \\d+|^smtp-\\d \u2014"));
    const QStringList headings { QStringLiteral("Findings and steps"),
        QStringLiteral("Checks and server conversations"), QStringLiteral("Evidence") };
    for (int page = 1; page <= pages; ++page) {
        const QString n = QString::number(page);
        const QString text
            = pdfText(path, { QStringLiteral("-layout"), QStringLiteral("-f"), n, QStringLiteral("-l"), n });
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        }
        QVERIFY2(lines.size() >= 2, qPrintable(text));
        QVERIFY2(lines.constLast().endsWith(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
            qPrintable(text));
        const QString last = lines.at(lines.size() - 2); // above the footer
        QVERIFY2(
            !last.contains(anyTitle), qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(last)));
        for (const QString &heading : headings)
            QVERIFY2(last != heading, qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(last)));
        for (const int s : sections) {
            for (int f = 1; f <= findingsPerSection; ++f) {
                for (const QString &key : { findingTitle(s, f), firstFix(s, f) }) {
                    if (text.contains(key + QLatin1Char(':')))
                        pageOf.insert(key, page);
                }
            }
        }
    }
    for (const int s : sections) {
        for (int f = 1; f <= findingsPerSection; ++f) {
            const QString title = findingTitle(s, f);
            QVERIFY2(pageOf.contains(title), qPrintable(title));
            QVERIFY2(pageOf.contains(firstFix(s, f)), qPrintable(firstFix(s, f)));
            if (s == 1 && f == 5)
                continue; // longer than a page: it may break, though not after its title
            QVERIFY2(pageOf.value(title) == pageOf.value(firstFix(s, f)),
                qPrintable(QStringLiteral("%1 on page %2, its first fix on page %3")
                               .arg(title)
                               .arg(pageOf.value(title))
                               .arg(pageOf.value(firstFix(s, f)))));
        }
    }
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
        path, { PdfSection { report, {}, {}, {}, {}, false, {}, {}, {} } }, PdfReport::pageSizeFor(locale)));
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
    const Test::CliRun r = Test::runCli({ QStringLiteral("diagnose"), a, b, QStringLiteral("--offline"),
        QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--pdf"), pdf });
    QVERIFY2(r.rc == CommandLine::Ok, qPrintable(r.err));
    const QString text = flat(pdfText(pdf));
    QVERIFY2(text.contains(QStringLiteral("Gmail: адрес получателя не существует")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("a.eml")));
    QVERIFY(text.contains(QStringLiteral("b.txt")));
    // The provider as people know it, not the rule set's id.
    QVERIFY2(text.contains(QStringLiteral("Gmail / Google Workspace")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Страница 2 из 2")), qPrintable(text));
    QVERIFY(pdfInfo(pdf).contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
}

// `check` with --pdf: a resolver that does not answer makes every DNS
// finding "not tested", and the PDF says so (no internet involved).
void TestPdfReport::commandLineCheck()
{
    const QString pdf = m_dir.filePath(QStringLiteral("check.pdf"));
    const QString nameserver = QStringLiteral("127.0.0.1:%1").arg(Test::freePort());
    const Test::CliRun r = Test::runCli(
        { QStringLiteral("check"), QStringLiteral("shop.example"), QStringLiteral("--nameserver"), nameserver,
            QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--pdf"), pdf });
    QVERIFY2(r.rc == CommandLine::Ok, qPrintable(r.err));
    const QString text = flat(pdfText(pdf));
    QVERIFY2(text.contains(QStringLiteral("shop.example")), qPrintable(text));
    QVERIFY2(text.contains(nameserver), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Not tested")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    // The checks by name, not by their internal ids.
    QVERIFY2(text.contains(QStringLiteral("SPF record")), qPrintable(text));
    for (const char *id : { "dns-mx", "dns-spf", "dns-dmarc", "dns-dkim", "client-settings" })
        QVERIFY2(!text.contains(QLatin1String(id)), id);
}

void TestPdfReport::commandLineUnwritable()
{
    const QString file = gmailBounceFile(m_dir, QStringLiteral("c.txt"));
    QVERIFY(!file.isEmpty());
    const Test::CliRun r = Test::runCli({ QStringLiteral("diagnose"), file, QStringLiteral("--offline"),
        QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")) });
    QCOMPARE(r.rc, int(CommandLine::InputError));
    QVERIFY2(r.err.contains(QStringLiteral("--pdf:")), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("userunknown"))); // the text report still came
}

// The real program: a plain diagnosis maps no Qt GUI (CliLinksNoGui); --pdf
// loads the module beside it and writes the PDF in the --lang language.
void TestPdfReport::programLoadsModuleForPdf()
{
    const QString file = gmailBounceFile(m_dir, QStringLiteral("p.eml"));
    QVERIFY(!file.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("program.pdf"));
    QProcess p;
    // As in cron or CI: no runtime directory. The PDF comes without a word about it.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MAILMEDIC_CLI_PATH),
        { QStringLiteral("diagnose"), file, QStringLiteral("--offline"), QStringLiteral("--lang"),
            QStringLiteral("nl"), QStringLiteral("--pdf"), pdf });
    QVERIFY(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0, err.constData());
    QVERIFY2(err.isEmpty(), err.constData());
    const QString text = flat(pdfText(pdf));
    QVERIFY2(text.contains(QStringLiteral("Gmail: adres van de ontvanger bestaat niet")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Pagina 1 van 1")), qPrintable(text));
}

// A copy of the program without its module (a broken install): the report
// still comes, without --pdf nothing is missed, and --pdf says what is wrong.
void TestPdfReport::programWithoutModule()
{
    const QString alone = m_dir.filePath(QStringLiteral("alone/mailmedic-cli"));
    QVERIFY(QDir().mkpath(QFileInfo(alone).path()));
    QVERIFY(QFile::copy(QStringLiteral(MAILMEDIC_CLI_PATH), alone));
    const QString file = gmailBounceFile(m_dir, QStringLiteral("q.eml"));
    QVERIFY(!file.isEmpty());

    QProcess plain;
    plain.start(alone, { QStringLiteral("diagnose"), file, QStringLiteral("--offline") });
    QVERIFY(plain.waitForFinished(60000));
    QCOMPARE(plain.exitCode(), 0);
    QVERIFY(plain.readAllStandardOutput().contains("userunknown"));

    const QString pdf = m_dir.filePath(QStringLiteral("alone.pdf"));
    QProcess p;
    p.start(alone,
        { QStringLiteral("diagnose"), file, QStringLiteral("--offline"), QStringLiteral("--pdf"), pdf });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), int(CommandLine::UsageError));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("--pdf: the PDF module (mailmedic-pdf) is not installed")),
        qPrintable(err));
    QVERIFY2(err.contains(QFileInfo(alone).path()), qPrintable(err)); // where it looked
    QVERIFY(!QFile::exists(pdf));
}

void TestPdfReport::pluralsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("others");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("a@example.net and 1 other address");
    QTest::newRow("en 2") << QStringLiteral("en") << 2
                          << QStringLiteral("a@example.net and 2 other addresses");
    QTest::newRow("nl 1") << QStringLiteral("nl") << 1
                          << QStringLiteral("a@example.net en nog 1 ander adres");
    QTest::newRow("nl 2") << QStringLiteral("nl") << 2
                          << QStringLiteral("a@example.net en nog 2 andere adressen");
    // Russian names the recipients after "Кому:", so the count stays in the nominative.
    QTest::newRow("ru 1") << QStringLiteral("ru") << 1
                          << QStringLiteral("Кому: a@example.net и ещё 1 адрес.");
    QTest::newRow("ru 2") << QStringLiteral("ru") << 2
                          << QStringLiteral("Кому: a@example.net и ещё 2 адреса.");
    QTest::newRow("ru 5") << QStringLiteral("ru") << 5
                          << QStringLiteral("Кому: a@example.net и ещё 5 адресов.");
}

// The summary counts the other recipients in words, never "address(es)".
void TestPdfReport::pluralsInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, others);
    QFETCH(QString, expected);
    QVERIFY(m_languages->setLanguage(language));
    Report report;
    report.kind = InputKind::Dsn;
    for (int i = 0; i <= others; ++i) {
        Recipient r;
        r.address = QStringLiteral("%1@example.net").arg(QChar(QLatin1Char(char('a' + i))));
        r.reason = QStringLiteral("userunknown");
        r.action = QStringLiteral("failed");
        report.recipients << r;
    }
    Finding f;
    f.id = QStringLiteral("generic-user-unknown");
    f.status = FindingStatus::Fail;
    f.title = QStringLiteral("x");
    report.findings << f;
    const QString summary = ReportText::summary(report, ReportText::Mode::Bounce);
    QVERIFY2(summary.contains(expected), qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("(es)")), qPrintable(summary));
    m_languages->setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestPdfReport)
#include "TestPdfReport.moc"
