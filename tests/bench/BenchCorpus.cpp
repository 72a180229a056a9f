// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Diagnoses the whole shared corpus in one process, several rounds, first on
// one thread and then on every core, and prints files/s, CPU time per file and
// peak RSS. Not a test: figures, not verdicts.
//   mailmedic-bench-corpus [--threads N] [CORPUS_DIR] [ROUNDS]
// With --threads only that pass runs: one configuration to profile, or two
// processes side by side to tell the cores apart from contention inside one.
#include "Diagnoser.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace MailMedic;

// CPU seconds of the whole process: on a machine shared with other jobs the
// wall clock says as much about them as about us.
static double cpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

struct Pass
{
    double seconds = 0;
    double cpu = 0;
    long recipients = 0;
};

// Every input `rounds` times, Diagnoser::diagnoseOffline() per file as the CLI
// does, spread over `threads` threads.
static Pass runPass(const std::vector<QByteArray> &inputs, int rounds, unsigned threads)
{
    std::atomic<size_t> next { 0 };
    std::atomic<long> reasons { 0 };
    const size_t total = inputs.size() * size_t(rounds);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            DiagnoseOptions options;
            for (size_t i = next++; i < total; i = next++) {
                const Report r
                    = Diagnoser::diagnoseOffline(QStringLiteral("x"), inputs[i % inputs.size()], options);
                reasons += r.recipients.size();
            }
        });
    }
    for (std::thread &t : pool)
        t.join();
    Pass pass;
    pass.seconds = timer.nsecsElapsed() / 1e9;
    pass.cpu = cpuSeconds() - cpuBefore;
    pass.recipients = reasons.load();
    return pass;
}

static long peakRssKiB()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return -1;
#endif
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    unsigned onlyThreads = 0;
    const int threadsAt = int(args.indexOf(QStringLiteral("--threads")));
    if (threadsAt >= 0 && threadsAt + 1 < args.size()) {
        onlyThreads = std::max(1u, args.at(threadsAt + 1).toUInt());
        args.erase(args.begin() + threadsAt, args.begin() + threadsAt + 2);
    }
    const QString dir = args.size() > 0 ? args.at(0) : QStringLiteral("../shared/corpus/sisimai");
    const int rounds = args.size() > 1 ? args.at(1).toInt() : 20;
    std::vector<QByteArray> inputs;
    const QStringList names = QDir(dir).entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            inputs.push_back(f.readAll());
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "no .eml files in %s\n", qPrintable(dir));
        return 1;
    }
    RuleSet::builtin(); // load once, outside the timing
    const long rssBefore = peakRssKiB();

    const unsigned threads = onlyThreads ? onlyThreads : std::max(1u, std::thread::hardware_concurrency());
    const size_t total = inputs.size() * size_t(rounds);
    const Pass single = onlyThreads ? Pass() : runPass(inputs, rounds, 1);
    const Pass all = runPass(inputs, rounds, threads);

    QTextStream out(stdout);
    out << "corpus: " << inputs.size() << " files x " << rounds << " rounds\n";
    const auto line = [&](const char *label, const Pass &pass) {
        out << label << qRound(total / pass.seconds) << " files/s ("
            << QString::number(pass.cpu * 1e6 / total, 'f', 1) << " us CPU per file)\n";
    };
    if (!onlyThreads)
        line("1 thread: ", single);
    out << threads << (threads == 1 ? " thread: " : " threads: ");
    line("", all);
    out << "peak RSS: " << QString::number(peakRssKiB() / 1024.0, 'f', 1)
        << " MB (after loading rules: " << QString::number(rssBefore / 1024.0, 'f', 1) << " MB)\n";
    out << "recipients diagnosed: " << all.recipients;
    if (!onlyThreads)
        out << " (1 thread: " << single.recipients << ")";
    out << "\n";
    return 0;
}
