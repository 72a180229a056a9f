// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Diagnoses the whole shared corpus in one process, several rounds, on every
// core, and prints files/s and peak RSS. Not a test: figures, not verdicts.
//   mailmedic-bench-corpus [CORPUS_DIR] [ROUNDS]
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
    const QString dir
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("../shared/corpus/sisimai");
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 20;
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

    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    std::atomic<size_t> next { 0 };
    std::atomic<long> reasons { 0 };
    const size_t total = inputs.size() * size_t(rounds);
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
    const double seconds = timer.nsecsElapsed() / 1e9;

    QTextStream out(stdout);
    out << "corpus: " << inputs.size() << " files x " << rounds << " rounds on " << threads << " threads\n";
    out << "throughput: " << qRound(total / seconds) << " files/s ("
        << QString::number(seconds * 1000.0 / total * 1000.0, 'f', 1) << " us per file per thread-slot)\n";
    out << "peak RSS: " << QString::number(peakRssKiB() / 1024.0, 'f', 1)
        << " MB (after loading rules: " << QString::number(rssBefore / 1024.0, 'f', 1) << " MB)\n";
    out << "recipients diagnosed: " << reasons.load() << "\n";
    return 0;
}
