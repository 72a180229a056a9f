// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Server probes in parallel against the loopback test servers: wall time of
// the whole set against the sum of the single probe times, for a few
// concurrency limits.
//
//   mailmedic-bench-check [ROUNDS]    (default 5 probes of each kind)

#include "HostileServer.h"
#include "servers/ProbeRunner.h"
#include "SmtpServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

using namespace MailMedic;

namespace {

struct Figures
{
    qint64 wallMs = 0;
    qint64 sumMs = 0;
    int passed = 0;
    int total = 0;
};

Figures runSet(const QList<QPair<QString, quint16>> &set, const QList<QSslCertificate> &cas, int concurrency)
{
    ProbeRunner runner;
    runner.setConcurrency(concurrency);
    runner.setTimeout(120000);
    for (const auto &item : set) {
        QString error;
        ServerProbeOptions options;
        options.caCertificates = cas;
        options.connectHost = QStringLiteral("127.0.0.1");
        options.connectPort = item.second;
        runner.add(new ServerProbe(parseServerTargets(item.first, &error).value(0), options));
    }
    QEventLoop loop;
    QObject::connect(&runner, &ProbeRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    loop.exec();
    Figures f;
    f.wallMs = clock.elapsed();
    for (const ServerProbeResult &r : runner.results()) {
        f.sumMs += r.probe.durationMs.value_or(0);
        f.passed += r.probe.status == FindingStatus::Pass ? 1 : 0;
        ++f.total;
    }
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rounds = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;

    Test::SmtpServer smtp;
    QString error;
    if (!smtp.start(&error)) {
        out << "cannot start the SMTP test server: " << error << '\n';
        return 1;
    }
    Test::HostileServer mailbox;
    mailbox.setCertificate(smtp.certificatePath(), smtp.keyPath());
    if (!mailbox.start(&error)) {
        out << "cannot start the IMAPS/POP3S test server: " << error << '\n';
        return 1;
    }
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(smtp.caCertificatePath());

    QList<QPair<QString, quint16>> set;
    for (int i = 0; i < rounds; ++i) {
        set << qMakePair(QStringLiteral("smtps://mail.example.test"), smtp.implicitTlsPort());
        set << qMakePair(QStringLiteral("smtp://mail.example.test"), smtp.startTlsPort());
        set << qMakePair(QStringLiteral("imaps://mail.example.test"), mailbox.port(QStringLiteral("imaps")));
        set << qMakePair(QStringLiteral("pop3s://mail.example.test"), mailbox.port(QStringLiteral("pop3s")));
    }
    runSet(set.mid(0, 4), cas, 4); // warm-up: TLS library, CA store

    out << "probes  concurrency  wall ms  sum of probe ms  sum/wall  passed\n";
    for (int concurrency : { 1, 2, 4, 8 }) {
        const Figures f = runSet(set, cas, concurrency);
        out << QStringLiteral("%1  %2  %3  %4  %5  %6/%7\n")
                   .arg(f.total, 6)
                   .arg(concurrency, 11)
                   .arg(f.wallMs, 7)
                   .arg(f.sumMs, 15)
                   .arg(f.wallMs > 0 ? double(f.sumMs) / double(f.wallMs) : 0.0, 8, 'f', 2)
                   .arg(f.passed, 6)
                   .arg(f.total);
    }
    return 0;
}
