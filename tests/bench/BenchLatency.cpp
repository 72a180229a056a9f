// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A full `check` of a test domain (DNS + 465 + 587 + 25 + 993) against the
// loopback test servers with 50 ms added to every packet, in a network
// namespace this benchmark creates and removes. Prints the wall time, the
// sum of the single step times and the longest chain of steps that must
// wait for each other (MX lookup -> address of the MX host -> port-25
// probe); the target is a wall time of at most 1.5 times that chain.
//
//   mailmedic-bench-latency [--delay-ms MS] [--runs N]     (as root)
//
// The delay comes from `tc ... netem delay` where the kernel has netem, else
// from iptables NFQUEUE and mailmedic-nfq-delay (built beside this program
// when libnetfilter_queue is found). The namespace is removed on every exit:
// normal end, failure, SIGINT/SIGTERM/SIGHUP.

#include "checks/MxCheck.h"
#include "CheckSession.h"
#include "dns/CAresResolver.h"
#include "HostileServer.h"
#include "KnotServer.h"
#include "SmtpServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <optional>
#include <sys/types.h>
#include <unistd.h>

using namespace MailMedic;

namespace {

const QString Domain = QStringLiteral("bench.test");
const QString MailHost = QStringLiteral("mail.bench.test");
const int NfQueue = 5353;

volatile sig_atomic_t g_signal = 0;

void onSignal(int number)
{
    g_signal = number;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 10000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run r;
    if (!process.waitForStarted(timeoutMs)) {
        r.output = process.errorString();
        return r;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        r.output = QStringLiteral("no end within %1 ms").arg(timeoutMs);
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return r;
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// ---- outside: the namespace and the delay --------------------------------

// Everything made outside the benchmark run proper, undone in one place
// whatever way the program ends.
class Namespace
{
public:
    explicit Namespace(const QString &ip) : m_ip(ip), m_name(QStringLiteral("mmbench-%1").arg(getpid())) { }
    ~Namespace() { remove(); }

    QString name() const { return m_name; }
    QString method() const { return m_method; }

    bool create(QString *error)
    {
        removeStale();
        const Run add = run(m_ip, { QStringLiteral("netns"), QStringLiteral("add"), m_name });
        if (add.exitCode != 0) {
            *error = QStringLiteral("ip netns add %1 failed: %2").arg(m_name, add.output);
            return false;
        }
        m_created = true;
        const Run up = exec({ m_ip, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
            QStringLiteral("up") });
        if (up.exitCode != 0) {
            *error = QStringLiteral("cannot bring lo up in %1: %2").arg(m_name, up.output);
            return false;
        }
        return true;
    }

    bool addDelay(int delayMs, QString *error)
    {
        const QString delay = QStringLiteral("%1ms").arg(delayMs);
        const Run netem = exec({ QStringLiteral("tc"), QStringLiteral("qdisc"), QStringLiteral("add"),
            QStringLiteral("dev"), QStringLiteral("lo"), QStringLiteral("root"), QStringLiteral("netem"),
            QStringLiteral("delay"), delay });
        if (netem.exitCode == 0) {
            m_method = QStringLiteral("tc netem delay %1 on lo").arg(delay);
            return true;
        }
        // No netem in this kernel ("Specified qdisc kind is unknown"): hold
        // the packets in user space instead, the same delay on every packet.
        const QString delayer
            = QCoreApplication::applicationDirPath() + QStringLiteral("/mailmedic-nfq-delay");
        if (!QFileInfo(delayer).isExecutable()) {
            *error = QStringLiteral("the kernel refused netem (%1) and %2 was not built "
                                    "(install libnetfilter-queue-dev and rebuild)")
                         .arg(netem.output, delayer);
            return false;
        }
        QString iptables = QStandardPaths::findExecutable(QStringLiteral("iptables-legacy"));
        if (iptables.isEmpty())
            iptables = QStandardPaths::findExecutable(QStringLiteral("iptables"));
        if (iptables.isEmpty()) {
            *error = QStringLiteral("the kernel refused netem (%1) and iptables is not installed")
                         .arg(netem.output);
            return false;
        }
        m_delayer.setProcessChannelMode(QProcess::SeparateChannels);
        m_delayer.start(m_ip,
            { QStringLiteral("netns"), QStringLiteral("exec"), m_name, delayer, QStringLiteral("--queue"),
                QString::number(NfQueue), QStringLiteral("--delay-ms"), QString::number(delayMs) });
        // Its stdin stays a pipe from us: if we die, it notices and stops.
        if (!m_delayer.waitForStarted(5000) || !m_delayer.waitForReadyRead(5000)
            || !m_delayer.readLine().startsWith("READY")) {
            *error = QStringLiteral("mailmedic-nfq-delay did not start: %1")
                         .arg(QString::fromLocal8Bit(m_delayer.readAllStandardError()));
            return false;
        }
        const Run rule = exec({ iptables, QStringLiteral("-A"), QStringLiteral("OUTPUT"),
            QStringLiteral("-o"), QStringLiteral("lo"), QStringLiteral("-j"), QStringLiteral("NFQUEUE"),
            QStringLiteral("--queue-num"), QString::number(NfQueue) });
        if (rule.exitCode != 0) {
            *error = QStringLiteral("%1 -j NFQUEUE failed: %2").arg(iptables, rule.output);
            return false;
        }
        m_method = QStringLiteral("NFQUEUE + mailmedic-nfq-delay %1 (%2 -A OUTPUT -o lo -j NFQUEUE); "
                                  "tc netem refused: %3")
                       .arg(delay, QFileInfo(iptables).fileName(), netem.output);
        return true;
    }

    Run exec(const QStringList &command, int timeoutMs = 10000) const
    {
        return run(m_ip, QStringList { QStringLiteral("netns"), QStringLiteral("exec"), m_name } + command,
            timeoutMs);
    }

    void remove()
    {
        if (m_delayer.state() != QProcess::NotRunning) {
            m_delayer.closeWriteChannel();
            m_delayer.terminate();
            if (!m_delayer.waitForFinished(3000)) {
                m_delayer.kill();
                m_delayer.waitForFinished(1000);
            }
        }
        if (!m_created)
            return;
        m_created = false;
        killInside(m_name);
        run(m_ip, { QStringLiteral("netns"), QStringLiteral("delete"), m_name });
    }

private:
    // Whatever still runs in the namespace was started by this benchmark
    // (the test servers of an interrupted run).
    void killInside(const QString &name)
    {
        const Run pids = run(m_ip, { QStringLiteral("netns"), QStringLiteral("pids"), name });
        for (const QString &pid : pids.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (const int id = pid.trimmed().toInt(); id > 1)
                ::kill(id, SIGKILL);
    }

    // A namespace of an earlier run that was killed outright (SIGKILL
    // leaves no chance to clean up): ours by its name, its process gone.
    void removeStale()
    {
        const Run list = run(m_ip, { QStringLiteral("netns"), QStringLiteral("list") });
        for (const QString &line : list.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString name = line.section(QLatin1Char(' '), 0, 0);
            if (!name.startsWith(QLatin1String("mmbench-")))
                continue;
            const int pid = name.mid(8).toInt();
            if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH) {
                killInside(name);
                run(m_ip, { QStringLiteral("netns"), QStringLiteral("delete"), name });
            }
        }
    }

    QString m_ip;
    QString m_name;
    QString m_method;
    bool m_created = false;
    QProcess m_delayer;
};

int outside(int delayMs, int runs)
{
    if (geteuid() != 0) {
        out() << "mailmedic-bench-latency needs root: it creates a network namespace and adds a packet "
                 "delay there (run it with sudo).\n";
        return 2;
    }
    const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
    if (ip.isEmpty()) {
        out() << "mailmedic-bench-latency needs `ip` (Debian package iproute2) for `ip netns`.\n";
        return 2;
    }
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    for (const int number : { SIGINT, SIGTERM, SIGHUP })
        sigaction(number, &action, nullptr);

    Namespace ns(ip);
    QString error;
    if (!ns.create(&error)) {
        out() << "mailmedic-bench-latency: " << error
              << "\n(no network namespaces here: needs root and a kernel with CONFIG_NET_NS)\n";
        return 2;
    }
    if (!ns.addDelay(delayMs, &error)) {
        out() << "mailmedic-bench-latency: " << error << '\n';
        return 2;
    }
    out() << "namespace " << ns.name() << ", delay " << delayMs << " ms one way on lo by " << ns.method()
          << '\n';
    out().flush();

    // The check and its servers run inside the namespace: this program again.
    QProcess inner;
    inner.setProcessChannelMode(QProcess::ForwardedChannels);
    inner.start(ip,
        { QStringLiteral("netns"), QStringLiteral("exec"), ns.name(), QCoreApplication::applicationFilePath(),
            QStringLiteral("--inside"), QStringLiteral("--delay-ms"), QString::number(delayMs),
            QStringLiteral("--runs"), QString::number(runs) });
    if (!inner.waitForStarted(5000)) {
        out() << "mailmedic-bench-latency: cannot run inside the namespace: " << inner.errorString() << '\n';
        return 2;
    }
    while (!inner.waitForFinished(100)) {
        if (g_signal == 0)
            continue;
        out() << "\nmailmedic-bench-latency: signal " << int(g_signal) << ", removing " << ns.name() << '\n';
        out().flush();
        inner.terminate();
        if (!inner.waitForFinished(3000))
            inner.kill();
        inner.waitForFinished(1000);
        ns.remove();
        return 128 + int(g_signal);
    }
    ns.remove();
    out() << "namespace " << ns.name() << " removed\n";
    return inner.exitStatus() == QProcess::NormalExit ? inner.exitCode() : 1;
}

// ---- inside: servers, steps alone, the full check --------------------------

// Runs the event loop until `done` turns true (checked whenever `sender`
// emits `signal`), at most timeoutMs.
template<typename Sender, typename Signal> bool waitFor(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    QObject::connect(sender, signal, &loop, [&loop] { loop.exit(0); });
    return loop.exec() == 0;
}

qint64 connectRtt()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return -1;
    QList<qint64> times;
    for (int i = 0; i < 5; ++i) {
        QTcpSocket socket;
        QElapsedTimer clock;
        clock.start();
        socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
        if (!socket.waitForConnected(5000))
            return -1;
        times << clock.elapsed();
        delete server.nextPendingConnection();
    }
    return median(times);
}

// One DNS question alone, on a fresh resolver (no cache).
qint64 lookupTime(const QString &nameserver, const QString &name, DnsAnswer::RecordType type, bool *ok)
{
    CAresResolver resolver;
    resolver.setNameserver(nameserver);
    QElapsedTimer clock;
    clock.start();
    const quint64 id = resolver.lookup(name, type);
    DnsAnswer answer;
    QEventLoop loop;
    QObject::connect(&resolver, &Resolver::finished, &loop, [&](quint64 done, const DnsAnswer &a) {
        if (done == id) {
            answer = a;
            loop.quit();
        }
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    *ok = answer.hasRecords();
    return clock.elapsed();
}

struct StepTime
{
    QString id;
    QString target;
    qint64 startMs = 0;
    qint64 endMs = -1;
    FindingStatus status = FindingStatus::Untested;
};

struct CheckRun
{
    qint64 wallMs = 0;
    QList<StepTime> steps;
};

CheckRequest request(const QString &nameserver, const QList<QSslCertificate> &cas, const QStringList &checks,
    const QStringList &servers)
{
    CheckRequest r;
    r.domain = Domain;
    r.nameserver = nameserver;
    r.checks = checks;
    r.servers = servers;
    r.timeoutSeconds = 30;
    r.probeOptions.caCertificates = cas;
    return r;
}

std::optional<CheckRun> runCheck(const CheckRequest &req)
{
    CheckSession session;
    CheckRun result;
    QElapsedTimer clock;
    QObject::connect(&session, &CheckSession::stepStarted, &session,
        [&](int step, const QString &id, const QString &target) {
            while (result.steps.size() <= step)
                result.steps << StepTime();
            result.steps[step].id = id;
            result.steps[step].target = target;
            result.steps[step].startMs = clock.elapsed();
        });
    QObject::connect(&session, &CheckSession::stepFinished, &session, [&](int step, const Probe &probe) {
        if (step < result.steps.size()) {
            result.steps[step].endMs = clock.elapsed();
            result.steps[step].status = probe.status;
        }
    });
    clock.start();
    QString error;
    if (!session.start(req, &error)) {
        out() << "the check did not start: " << error << '\n';
        return std::nullopt;
    }
    if (!waitFor(&session, &CheckSession::finished, 60000)) {
        out() << "the check did not finish within 60 s\n";
        return std::nullopt;
    }
    result.wallMs = clock.elapsed();
    return result;
}

qint64 stepDuration(const CheckRun &run, const QString &id, const QString &target = QString())
{
    for (const StepTime &s : run.steps) {
        if (s.id == id && (target.isEmpty() || s.target == target))
            return s.endMs - s.startMs;
    }
    return -1;
}

int inside(int delayMs, int runs)
{
    out() << "TCP connect on lo (SYN + SYN-ACK, expect ~" << 2 * delayMs << " ms): " << connectRtt()
          << " ms (median of 5)\n";
    out().flush();

    Test::KnotServer dns;
    dns.addZone(Domain,
        QStringLiteral("$TTL 300\n"
                       "@ SOA ns1.bench.test. hostmaster.bench.test. 1 3600 600 86400 300\n"
                       "@ NS ns1.bench.test.\n"
                       "ns1 A 127.0.0.1\n"
                       "@ MX 10 mail.bench.test.\n"
                       "mail A 127.0.0.1\n"
                       "@ TXT \"v=spf1 a mx -all\"\n"
                       "_dmarc TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@bench.test\"\n"));
    Test::SmtpServer smtp(MailHost);
    smtp.setPorts(465, 587, { 25 });
    // Like a real MX: mail for its own domain only, so the relay check passes.
    smtp.setRelayDomains({ Domain });
    Test::HostileServer mailbox;
    QString error;
    if (!dns.start(&error) || !smtp.start(&error)) {
        out() << "cannot start the test servers: " << error << '\n';
        return 1;
    }
    mailbox.setCertificate(smtp.certificatePath(), smtp.keyPath());
    mailbox.setPort(QStringLiteral("imaps"), 993);
    if (!mailbox.start(&error)) {
        out() << "cannot start the IMAPS server: " << error << '\n';
        return 1;
    }
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(smtp.caCertificatePath());
    const QString ns = dns.nameserver();
    const QStringList servers = { QStringLiteral("smtps://") + MailHost, QStringLiteral("smtp://") + MailHost,
        QStringLiteral("imaps://") + MailHost };
    out() << "servers: knotd " << ns << ", aiosmtpd 465 (TLS) 587 + 25 (STARTTLS), IMAPS 993; domain "
          << Domain << " MX -> " << MailHost << " -> 127.0.0.1\n";

    bool ok = false;
    const qint64 dnsRtt = lookupTime(ns, MailHost, DnsAnswer::RecordType::A, &ok);
    out() << "one DNS question (A " << MailHost << "): " << dnsRtt << " ms" << (ok ? "" : " (no answer!)")
          << '\n';

    // Warm-up: TLS library, CA store, Python's first handshakes.
    runCheck(request(ns, cas, {}, servers));

    // Every step alone, to build the chains from.
    QList<qint64> mxQ, aQ, mxCheck, spf, dmarc, dkim, p465, p587, p25, p993;
    for (int i = 0; i < runs; ++i) {
        mxQ << lookupTime(ns, Domain, DnsAnswer::RecordType::MX, &ok);
        aQ << lookupTime(ns, MailHost, DnsAnswer::RecordType::A, &ok);
        for (const auto &[id, list] :
            { std::pair<QString, QList<qint64> *> { QStringLiteral("mx"), &mxCheck },
                { QStringLiteral("spf"), &spf }, { QStringLiteral("dmarc"), &dmarc },
                { QStringLiteral("dkim"), &dkim } }) {
            if (const std::optional<CheckRun> r = runCheck(request(ns, cas, { id }, {})))
                *list << stepDuration(*r, QStringLiteral("dns-") + id);
        }
        // The probes alone, address known (what follows the lookups).
        const auto probeAlone = [&](const QString &server, const QString &probeId) -> qint64 {
            CheckRequest req = request(ns, cas, { QStringLiteral("none") }, { server });
            req.probeOptions.connectHost = QStringLiteral("127.0.0.1");
            const std::optional<CheckRun> r = runCheck(req);
            return r ? stepDuration(*r, probeId) : -1;
        };
        p465 << probeAlone(QStringLiteral("smtps://") + MailHost, QStringLiteral("smtps"));
        p587 << probeAlone(QStringLiteral("smtp://") + MailHost, QStringLiteral("smtp-starttls"));
        p25 << probeAlone(
            QStringLiteral("smtp://") + MailHost + QStringLiteral(":25"), QStringLiteral("smtp-starttls"));
        p993 << probeAlone(QStringLiteral("imaps://") + MailHost, QStringLiteral("imaps"));
    }
    struct Chain
    {
        QString name;
        qint64 ms;
    };
    const qint64 a = median(aQ);
    QList<Chain> chains = {
        { QStringLiteral("MX query %1 + A of MX host %2 + port-25 probe %3")
                .arg(median(mxQ))
                .arg(a)
                .arg(median(p25)),
            median(mxQ) + a + median(p25) },
        { QStringLiteral("A %1 + 465 probe %2").arg(a).arg(median(p465)), a + median(p465) },
        { QStringLiteral("A %1 + 587 probe %2").arg(a).arg(median(p587)), a + median(p587) },
        { QStringLiteral("A %1 + 993 probe %2").arg(a).arg(median(p993)), a + median(p993) },
        { QStringLiteral("SPF check alone"), median(spf) },
        { QStringLiteral("DMARC check alone"), median(dmarc) },
        { QStringLiteral("DKIM check alone"), median(dkim) },
        { QStringLiteral("MX check alone (MX, NS, then CNAME/A/AAAA of the host)"), median(mxCheck) },
    };
    out() << "\nsteps alone (median of " << runs << ", ms): MX query " << median(mxQ) << ", A query " << a
          << ", MX check " << median(mxCheck) << ", SPF " << median(spf) << ", DMARC " << median(dmarc)
          << ", DKIM " << median(dkim) << ", probe 465 " << median(p465) << ", 587 " << median(p587)
          << ", 25 " << median(p25) << ", 993 " << median(p993) << '\n';
    const Chain longest = *std::max_element(
        chains.cbegin(), chains.cend(), [](const Chain &x, const Chain &y) { return x.ms < y.ms; });

    // The full check, as `mailmedic-cli check bench.test --server ...` runs it.
    QList<CheckRun> full;
    for (int i = 0; i < runs; ++i) {
        if (const std::optional<CheckRun> r = runCheck(request(ns, cas, {}, servers)))
            full << *r;
    }
    if (full.isEmpty())
        return 1;
    std::sort(
        full.begin(), full.end(), [](const CheckRun &x, const CheckRun &y) { return x.wallMs < y.wallMs; });
    const CheckRun &mid = full.at(full.size() / 2);
    out() << "\nfull check, median run (ms from start):\n";
    out() << QStringLiteral("  %1 %2 %3 %4 %5\n")
                 .arg(QStringLiteral("step"), -16)
                 .arg(QStringLiteral("target"), -22)
                 .arg(QStringLiteral("start"), 6)
                 .arg(QStringLiteral("end"), 6)
                 .arg(QStringLiteral("status"));
    qint64 sum = 0;
    int probeFailures = 0;
    for (const StepTime &s : mid.steps) {
        out() << QStringLiteral("  %1 %2 %3 %4 %5\n")
                     .arg(s.id, -16)
                     .arg(s.target, -22)
                     .arg(s.startMs, 6)
                     .arg(s.endMs, 6)
                     .arg(toString(s.status));
        sum += qMax<qint64>(0, s.endMs - s.startMs);
        const bool probe
            = !s.id.startsWith(QLatin1String("dns-")) && s.id != QLatin1String("client-settings");
        // A step shows its worst finding; a working probe's worst is the info
        // line listing the server's extensions.
        if (probe && (s.status == FindingStatus::Fail || s.status == FindingStatus::Untested))
            ++probeFailures;
    }
    QList<qint64> walls;
    for (const CheckRun &r : full)
        walls << r.wallMs;
    const double ratio = longest.ms > 0 ? double(mid.wallMs) / double(longest.ms) : 0.0;
    out() << "\nwall time:              " << mid.wallMs << " ms (median of " << full.size() << " runs; min "
          << walls.constFirst() << ", max " << walls.constLast() << ")\n";
    out() << "sum of the step times:  " << sum << " ms (" << QString::number(double(sum) / mid.wallMs, 'f', 2)
          << " steps at once on average)\n";
    out() << "longest dependent chain: " << longest.ms << " ms = " << longest.name << '\n';
    out() << "wall / longest chain:   " << QString::number(ratio, 'f', 2)
          << " (target <= 1.5: " << (ratio <= 1.5 ? "met" : "NOT met") << ")\n";
    if (probeFailures > 0) {
        out() << probeFailures << " probe step(s) did not pass: the figures do not show a working check\n";
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&args](const QString &name, int fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int delayMs = qBound(0, value(QStringLiteral("--delay-ms"), 50), 1000);
    const int runs = qBound(1, value(QStringLiteral("--runs"), 3), 50);
    if (args.contains(QStringLiteral("--inside")))
        return inside(delayMs, runs);
    return outside(delayMs, runs);
}
