// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "dns/DomainName.h"

#include "bounce/BounceParser.h"
#include "bounce/InputReader.h"
#include "Diagnoser.h"
#include "DiagnosisRun.h"
#include "LanguageManager.h"
#include "mailmedic_version.h"
#include "PdfPlugin.h"
#include "PdfSection.h"
#include "report/JsonWriter.h"
#include "report/ReportText.h"
#include "rules/RuleSet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QScopeGuard>
#include <QTextStream>
#include <QThread>
#include <QTranslator>

#ifdef Q_OS_UNIX
#include <deque>
#include <memory>

#include <termios.h>
#include <unistd.h>
#endif

namespace MailMedic {

namespace {

QString usageText()
{
    return QStringLiteral(
        "Usage:\n"
        "  mailmedic-cli diagnose [FILE...|-] [--offline] [--json] [--lang en|nl|ru]\n"
        "                         [--pdf OUT.pdf] [--domain D] [--server HOST[:PORT]]\n"
        "                         [--rules EXTRA.json] [--timeout SECONDS]\n"
        "                         [--nameserver ADDR[:PORT]]\n"
        "  mailmedic-cli check DOMAIN [--server HOST[:PORT]] [--json] [--pdf OUT.pdf]\n"
        "                         [--lang ..] [--timeout SECONDS] [--nameserver ADDR[:PORT]]\n"
        "                         [--ca-file PEM] [--user NAME]\n"
        "\n"
        "Commands:\n"
        "  diagnose   Read bounce messages (files, or '-' / nothing for standard input)\n"
        "             and explain why delivery failed.\n"
        "  check      Check a domain's mail set-up (MX, SPF, DKIM, DMARC, servers).\n"
        "\n"
        "--pdf writes one PDF for the whole run, in the --lang language: each input\n"
        "of a diagnose batch starts on a new page (inputs that cannot be read are\n"
        "left out). The paper size follows the system's locale (Letter in the US,\n"
        "Canada, Mexico, the Philippines, ...; A4 elsewhere). It needs no display.\n");
}

void writeTextReport(QTextStream &out, const Report &report)
{
    out << report.file << QStringLiteral(": ") << toString(report.kind) << QStringLiteral(", reason ")
        << report.reason;
    if (!report.provider.isEmpty())
        out << QStringLiteral(", provider ") << report.provider;
    out << '\n';
    for (const Recipient &r : report.recipients) {
        out << QStringLiteral("  ")
            << (r.address.isEmpty() ? QStringLiteral("(unknown recipient)") : r.address)
            << QStringLiteral(": ") << r.reason;
        if (!r.status.isEmpty())
            out << QStringLiteral(" (") << r.status << ')';
        out << '\n';
    }
    for (const Finding &f : report.findings) {
        out << QStringLiteral("  [") << toString(f.status);
        if (!f.cause.isEmpty())
            out << QStringLiteral(": ") << f.cause;
        out << QStringLiteral("] ") << f.title << '\n';
        for (const Fix &fix : f.fixes)
            out << QStringLiteral("    - ") << fix.text << '\n';
    }
}

} // namespace

QString CommandLine::passwordFor(const QString &user)
{
    const QString fromEnvironment = qEnvironmentVariable("MAILMEDIC_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
        // At a terminal only, and only when the input is the terminal: a prompt
        // without echo, on standard error so it does not mix with the report.
#ifdef Q_OS_UNIX
    if (!m_mayPrompt || !isatty(STDIN_FILENO))
        return QString();
    m_err << QStringLiteral("Password for %1: ").arg(user);
    m_err.flush();
    termios saved {};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    QTextStream terminal(stdin);
    const QString password = terminal.readLine();
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    m_err << '\n';
    m_err.flush();
    return password;
#else
    Q_UNUSED(user)
    return QString();
#endif
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err, QIODevice &in) : m_out(out), m_err(err), m_in(in)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    m_out.setCodec("UTF-8");
    m_err.setCodec("UTF-8");
#endif
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MailMedic: find out why e-mail was not delivered."));
    const QCommandLineOption helpOption(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption versionOption(
        { QStringLiteral("v"), QStringLiteral("version") }, QStringLiteral("Show the version."));
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"), QStringLiteral("Read the bounce only; no DNS or server checks."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("One JSON object per input, one per line (JSON Lines)."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language of the report."),
        QStringLiteral("en|nl|ru"), QStringLiteral("en"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
        QStringLiteral("Also write a PDF report (one file for all inputs)."), QStringLiteral("OUT.pdf"));
    const QCommandLineOption domainOption(
        QStringLiteral("domain"), QStringLiteral("The sender's domain."), QStringLiteral("D"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("Mail server to probe: HOST, HOST:PORT, smtps://, smtp://, mx://, imaps://, pop3s:// "
                       "(repeatable)."),
        QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"),
        QStringLiteral("Extra rule file layered over the built-in rules."), QStringLiteral("EXTRA.json"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Overall time limit for network checks."), QStringLiteral("SECONDS"));
    const QCommandLineOption nameserverOption(QStringLiteral("nameserver"),
        QStringLiteral("Send every DNS question to this server."), QStringLiteral("ADDR[:PORT]"));
    const QCommandLineOption caFileOption(QStringLiteral("ca-file"),
        QStringLiteral("Also trust the CA certificates in this PEM file (repeatable)."),
        QStringLiteral("PEM"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        QStringLiteral("Test logging in (SMTP AUTH) as this user; the password comes from MAILMEDIC_PASSWORD "
                       "or, at a terminal, a prompt."),
        QStringLiteral("NAME"));
    parser.addOptions({ helpOption, versionOption, offlineOption, jsonOption, langOption, pdfOption,
        domainOption, serverOption, rulesOption, timeoutOption, nameserverOption, caFileOption, userOption });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("diagnose or check"));

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n' << usageText();
        return UsageError;
    }
    if (parser.isSet(versionOption)) {
        m_out << QStringLiteral("mailmedic-cli ") << QStringLiteral(MAILMEDIC_VERSION_STRING) << '\n';
        return Ok;
    }
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption)) {
        m_out << parser.applicationDescription() << QStringLiteral("\n\n") << usageText()
              << QStringLiteral("\n") << parser.helpText().section(QLatin1Char('\n'), 2);
        return Ok;
    }
    if (positional.isEmpty()) {
        m_err << QStringLiteral("No command given.\n") << usageText();
        return UsageError;
    }
    const QString command = positional.takeFirst();
    const QString language = parser.value(langOption);
    if (!Diagnoser::supportedLanguages().contains(language)) {
        m_err << QStringLiteral("--lang: '%1' is not one of en, nl, ru.\n").arg(language);
        return UsageError;
    }
    if (parser.isSet(pdfOption) && parser.value(pdfOption).isEmpty()) {
        m_err << QStringLiteral("--pdf: give the name of the PDF file to write.\n");
        return UsageError;
    }
    // Text layout needs the PDF module's QGuiApplication (cli_main.cpp).
    if (parser.isSet(pdfOption) && !m_pdfUnavailable.isEmpty()) {
        m_err << QStringLiteral("--pdf: ") << m_pdfUnavailable << '\n';
        return UsageError;
    }
    LiveOptions live;
    live.offline = parser.isSet(offlineOption);
    live.domain = parser.value(domainOption);
    live.servers = parser.values(serverOption);
    live.nameserver = parser.value(nameserverOption);
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        live.timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
        if (!ok || live.timeoutSeconds < 1 || live.timeoutSeconds > 600) {
            m_err << QStringLiteral("--timeout: '%1' is not a number of seconds between 1 and 600.\n")
                         .arg(parser.value(timeoutOption));
            return UsageError;
        }
    }
    for (const QString &path : parser.values(caFileOption)) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (certificates.isEmpty()) {
            m_err << QStringLiteral("--ca-file: no PEM certificate could be read from '%1'.\n").arg(path);
            return UsageError;
        }
        live.caCertificates += certificates;
    }
    if (parser.isSet(userOption)) {
        live.user = parser.value(userOption).trimmed();
        if (live.user.isEmpty()) {
            m_err << QStringLiteral("--user: give the user name to log in with.\n");
            return UsageError;
        }
        live.password = passwordFor(live.user);
        if (live.password.isEmpty()) {
            m_err << QStringLiteral(
                "--user: set the password in the environment variable MAILMEDIC_PASSWORD, "
                "or run at a terminal to be asked for it. It is never an argument.\n");
            return UsageError;
        }
    }
    m_json = parser.isSet(jsonOption);
    // Every text of the run follows --lang: findings, notes, the PDF's own
    // words. The translator is installed here rather than through
    // LanguageManager::setLanguage(), which would remember the choice in the
    // wizard's settings.
    LanguageManager resources; // makes the embedded .qm files reachable
    QTranslator translator;
    // English too: its file holds the plural forms ("1 other address").
    if (translator.load(QStringLiteral(":/i18n/mailmedic_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&translator);
    // Qt's own texts too: a refused TLS handshake reads in --lang, as in the wizard.
    QTranslator qtTranslator;
    if (LanguageManager::loadQtTranslation(qtTranslator, language))
        QCoreApplication::installTranslator(&qtTranslator);
    if (m_oneLanguage)
        RuleSet::keepTextsIn(language);
    const auto removeTranslator = qScopeGuard([&translator, &qtTranslator] {
        QCoreApplication::removeTranslator(&qtTranslator);
        QCoreApplication::removeTranslator(&translator);
    });
    if (command == QLatin1String("diagnose")) {
        auto rules = std::make_shared<RuleSet>(RuleSet::builtin());
        // A broken extra file is reported line by line; whatever in it is
        // valid still applies, and the built-in rules always do.
        QList<RuleError> errors;
        const bool rulesOk = rules->loadFiles(parser.values(rulesOption), &errors);
        for (const RuleError &e : std::as_const(errors))
            m_err << QStringLiteral("--rules: ") << e.toString() << '\n';
        const int rc = diagnose(positional, language, rules, live, parser.value(pdfOption));
        return rc == Ok && !rulesOk ? InputError : rc;
    }
    if (command == QLatin1String("check")) {
        if (positional.size() != 1 || DomainName::ofAddress(positional.first()).isEmpty()) {
            m_err << QStringLiteral("check: give one domain, for example: mailmedic-cli check example.com\n");
            return UsageError;
        }
        return check(positional.first(), language, live, parser.value(pdfOption));
    }
    m_err << QStringLiteral("Unknown command '%1'.\n").arg(command) << usageText();
    return UsageError;
}

int CommandLine::diagnose(const QStringList &inputs, const QString &language,
    const std::shared_ptr<const RuleSet> &rules, const LiveOptions &live, const QString &pdf)
{
    QList<PdfSection> sections;
    const QStringList names = inputs.isEmpty() ? QStringList { QStringLiteral("-") } : inputs;
    int rc = Ok;
    // Offline, a batch is read on every core, and reports and errors still
    // come in the order of the files. Twice as many files as cores are under
    // way, so every core has the next one while this thread writes the
    // oldest one's report. Live checks run one bounce at a time.
    const size_t inFlight = live.offline ? size_t(2 * qMax(1, QThread::idealThreadCount())) : 1;
    struct Pending
    {
        QString name;
        QString error; // the file could not be read
        QByteArray data; // for the PDF's excerpt
        std::unique_ptr<DiagnosisRun> run;
    };
    std::deque<Pending> pending;
    const auto finishOldest = [&] {
        const Pending p = std::move(pending.front());
        pending.pop_front();
        if (!p.error.isEmpty()) {
            m_err << p.error << '\n';
            m_err.flush();
            rc = InputError; // one bad file does not stop the batch
            return;
        }
        PdfSection section;
        if (!finishRun(*p.run, RunInput::Kind::Bounce, live, section))
            rc = UsageError;
        // Written as it comes; kept only for the PDF, so a batch of any size
        // runs in the memory of a few reports.
        if (pdf.isEmpty())
            return;
        section.input = p.name == QLatin1String("-") ? QStringLiteral("(standard input)") : p.name;
        section.bounceText = BounceParser::readableText(p.data); // as a mail program shows it
        if (const Provider *provider = rules->provider(section.report.provider))
            section.providerName = provider->name;
        sections << std::move(section);
    };
    for (const QString &name : names) {
        const ReadResult read = name == QLatin1String("-")
            ? InputReader::readDevice(m_in, QStringLiteral("-"))
            : InputReader::readFile(name);
        Pending p;
        p.name = name;
        if (!read.ok()) {
            p.error = read.error;
        } else {
            RunInput input;
            input.kind = RunInput::Kind::Bounce;
            input.name = name;
            input.bytes = read.data;
            input.domain = live.domain; // the sender's domain, when the bounce's is not the one to check
            input.servers = live.servers;
            if (!pdf.isEmpty())
                p.data = read.data;
            p.run = startRun(input, live, language, rules);
        }
        pending.push_back(std::move(p));
        while (pending.size() >= inFlight)
            finishOldest();
    }
    while (!pending.empty())
        finishOldest();
    if (!pdf.isEmpty() && !sections.isEmpty() && !writePdf(pdf, sections))
        rc = InputError;
    return rc;
}

int CommandLine::check(
    const QString &domain, const QString &language, const LiveOptions &live, const QString &pdf)
{
    RunInput input;
    input.kind = RunInput::Kind::Domain;
    input.name = domain;
    input.domain = domain;
    input.servers = live.servers;
    PdfSection section;
    section.input = domain;
    const std::shared_ptr<const RuleSet> rules(&RuleSet::builtin(), [](const RuleSet *) {});
    const std::unique_ptr<DiagnosisRun> run = startRun(input, live, language, rules);
    if (!finishRun(*run, RunInput::Kind::Domain, live, section))
        return UsageError;
    if (!pdf.isEmpty() && !writePdf(pdf, { section }))
        return InputError;
    return Ok;
}

std::unique_ptr<DiagnosisRun> CommandLine::startRun(const RunInput &given, const LiveOptions &live,
    const QString &language, const std::shared_ptr<const RuleSet> &rules)
{
    RunInput input = given;
    if (!live.user.isEmpty()) {
        input.user = live.user;
        input.password = live.password;
    }
    RunOptions options;
    options.language = language;
    options.offline = live.offline;
    options.nameserver = live.nameserver;
    options.timeoutSeconds = live.timeoutSeconds;
    options.caCertificates = live.caCertificates;
    options.rules = rules;
    auto run = std::make_unique<DiagnosisRun>();
    run->start(input, options);
    return run;
}

bool CommandLine::finishRun(
    DiagnosisRun &run, RunInput::Kind kind, const LiveOptions &live, PdfSection &section)
{
    if (run.isRunning()) {
        QEventLoop loop;
        QObject::connect(&run, &DiagnosisRun::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const bool ok = run.outcome() != DiagnosisRun::LiveOutcome::Error;
    if (!ok) {
        m_err << run.liveError() << '\n';
        m_err.flush();
    }
    section.report = run.report();
    if (!ok && kind == RunInput::Kind::Domain)
        return false; // nothing was checked: the message above says why
    if (m_json)
        m_out << QString::fromUtf8(JsonWriter::toJsonLine(section.report));
    else
        writeTextReport(m_out, section.report);
    m_out.flush();
    const CheckRequest request = run.request();
    section.liveChecks = run.outcome() == DiagnosisRun::LiveOutcome::Completed
        || run.outcome() == DiagnosisRun::LiveOutcome::Cancelled;
    if (section.liveChecks) {
        section.domain = DomainName::ofAddress(request.domain);
        section.servers = request.servers;
        section.nameserver = live.nameserver;
    }
    return ok;
}

bool CommandLine::writePdf(const QString &path, const QList<PdfSection> &sections)
{
    QList<PdfSection> withSummary = sections;
    for (PdfSection &s : withSummary) // the same sentence the wizard shows
        s.summary = ReportText::summary(s.report,
            s.report.kind == InputKind::Domain ? ReportText::Mode::Domain : ReportText::Mode::Bounce);
    QString error;
    const bool ok = PdfPlugin::write(path, withSummary, &error);
    if (!ok) {
        m_err << QStringLiteral("--pdf: ") << error << '\n';
        m_err.flush();
    }
    return ok;
}

} // namespace MailMedic
