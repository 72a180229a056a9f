// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RealMailServers.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QThread>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <pwd.h>
#include <unistd.h>
#endif

namespace MailMedic::Test {

namespace {

const QString postfixBinary = QStringLiteral("/usr/sbin/postfix");
const QString dovecotBinary = QStringLiteral("/usr/sbin/dovecot");

} // namespace

RealMailServers::RealMailServers() = default;

RealMailServers::~RealMailServers()
{
    stop();
}

QString RealMailServers::unavailableBecause()
{
#ifdef Q_OS_UNIX
    if (geteuid() != 0)
        return QStringLiteral("the probes against real Postfix and Dovecot are not run: Postfix's master "
                              "runs only as root. Run the tests as root to include them (CI does)");
#endif
    return QString();
}

QString RealMailServers::missingPackages()
{
#ifdef Q_OS_UNIX
    if (!getpwnam("postfix") || !getgrnam("postdrop"))
        return QStringLiteral("the postfix user or postdrop group is missing: ./dev.sh deps");
#endif
    for (const QString &binary : { postfixBinary, dovecotBinary })
        if (!QFileInfo(binary).isExecutable())
            return QStringLiteral("%1 is not installed: ./dev.sh deps").arg(binary);
    return QString();
}

QString RealMailServers::caCertificatePath() const
{
    return m_dir.filePath(QStringLiteral("ca.crt"));
}

bool RealMailServers::fail(const QString &message, QString *error)
{
    const QString full = message + QStringLiteral("\n") + log();
    if (error)
        *error = full;
    return false;
}

bool RealMailServers::makeCertificates(QString *problem)
{
    const QString dir = m_dir.path();
    const QStringList ecKey = { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };
    if (!runOpenSsl(dir,
            QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ecKey
                + QStringList { QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                    QStringLiteral("ca.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=MailMedic Test Hosting CA"),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") },
            problem))
        return false;
    if (!runOpenSsl(dir,
            QStringList { QStringLiteral("req"), QStringLiteral("-new") } + ecKey
                + QStringList { QStringLiteral("-keyout"), QStringLiteral("server.key"),
                    QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + hostName() },
            problem))
        return false;
    QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly)) {
        *problem = QStringLiteral("cannot write %1").arg(ext.fileName());
        return false;
    }
    ext.write(
        QStringLiteral("subjectAltName=DNS:%1,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                       "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n")
            .arg(hostName())
            .toUtf8());
    ext.close();
    return runOpenSsl(dir,
        { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
            QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"),
            QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext"),
            QStringLiteral("-out"), QStringLiteral("server.crt") },
        problem);
}

bool RealMailServers::writeConfig(const QString &templateName, const QString &target, QString *problem)
{
    QFile in(sourceDir() + QStringLiteral("/tests/data/mailservers/") + templateName);
    if (!in.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read %1").arg(in.fileName());
        return false;
    }
    QString text = QString::fromUtf8(in.readAll());
    text.replace(QStringLiteral("@DIR@"), m_dir.path());
    text.replace(QStringLiteral("@MX_PORT@"), QString::number(m_mxPort));
    text.replace(QStringLiteral("@SUBMISSION_PORT@"), QString::number(m_submissionPort));
    text.replace(QStringLiteral("@SMTPS_PORT@"), QString::number(m_smtpsPort));
    text.replace(QStringLiteral("@IMAPS_PORT@"), QString::number(m_imapsPort));
    text.replace(QStringLiteral("@POP3S_PORT@"), QString::number(m_pop3sPort));
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0) {
        *problem = QStringLiteral("cannot write %1").arg(out.fileName());
        return false;
    }
    return true;
}

bool RealMailServers::allListening(int timeoutMs) const
{
    QElapsedTimer clock;
    clock.start();
    for (const quint16 port : { m_mxPort, m_submissionPort, m_smtpsPort, m_imapsPort, m_pop3sPort }) {
        for (;;) {
            QTcpSocket socket;
            socket.connectToHost(QStringLiteral("127.0.0.1"), port);
            if (socket.waitForConnected(500))
                break;
            if (clock.elapsed() > timeoutMs)
                return false;
            QThread::msleep(100);
        }
    }
    return true;
}

bool RealMailServers::start(QString *error)
{
    QString why = unavailableBecause();
    if (why.isEmpty())
        why = missingPackages();
    if (!why.isEmpty())
        return fail(why, error);
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary directory: %1").arg(m_dir.errorString()), error);
#ifdef Q_OS_UNIX
    // Postfix's daemons (user postfix) and Dovecot's (dovecot, dovenull)
    // must reach their files in here.
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther);
#endif
    m_mxPort = freePort();
    m_submissionPort = freePort();
    m_smtpsPort = freePort();
    m_imapsPort = freePort();
    m_pop3sPort = freePort();
    QString problem;
    QDir root(m_dir.path());
    for (const char *sub : { "postfix", "queue", "data", "home", "dovecot-run" })
        root.mkpath(QString::fromLatin1(sub));
    if (!makeCertificates(&problem)
        || !writeConfig(
            QStringLiteral("main.cf"), m_dir.filePath(QStringLiteral("postfix/main.cf")), &problem)
        || !writeConfig(
            QStringLiteral("master.cf"), m_dir.filePath(QStringLiteral("postfix/master.cf")), &problem)
        || !writeConfig(
            QStringLiteral("dovecot.conf"), m_dir.filePath(QStringLiteral("dovecot.conf")), &problem))
        return fail(problem, error);
    QFile users(m_dir.filePath(QStringLiteral("users")));
    QString line = user();
    line += QStringLiteral(":{PLAIN}");
    line += password();
    line += QLatin1Char('\n');
    if (!users.open(QIODevice::WriteOnly) || users.write(line.toUtf8()) < 0)
        return fail(QStringLiteral("cannot write %1").arg(users.fileName()), error);
    users.close();
#ifdef Q_OS_UNIX
    // Postfix writes its lock and state as user postfix.
    if (const passwd *pw = getpwnam("postfix"))
        if (chown(
                QFile::encodeName(m_dir.filePath(QStringLiteral("data"))).constData(), pw->pw_uid, pw->pw_gid)
            != 0)
            return fail(
                QStringLiteral("cannot hand %1 to postfix").arg(m_dir.filePath(QStringLiteral("data"))),
                error);
#endif

    // Postfix creates its queue (private/ among it) when it starts; Dovecot's
    // auth socket goes there, so Postfix first.
    m_postfix.setProcessChannelMode(QProcess::MergedChannels);
    m_postfix.start(postfixBinary,
        { QStringLiteral("-c"), m_dir.filePath(QStringLiteral("postfix")), QStringLiteral("start-fg") });
    if (!m_postfix.waitForStarted(5000))
        return fail(QStringLiteral("postfix did not start: %1").arg(m_postfix.errorString()), error);
    QElapsedTimer clock;
    clock.start();
    while (!QFileInfo::exists(m_dir.filePath(QStringLiteral("queue/private"))) && clock.elapsed() < 10000)
        QThread::msleep(100);
    m_dovecot.setProcessChannelMode(QProcess::MergedChannels);
    m_dovecot.start(dovecotBinary,
        { QStringLiteral("-F"), QStringLiteral("-c"), m_dir.filePath(QStringLiteral("dovecot.conf")) });
    if (!m_dovecot.waitForStarted(5000))
        return fail(QStringLiteral("dovecot did not start: %1").arg(m_dovecot.errorString()), error);
    if (!allListening(20000))
        return fail(QStringLiteral("Postfix and Dovecot did not answer on every port within 20 s"), error);
    return true;
}

void RealMailServers::stop()
{
    if (m_postfix.state() != QProcess::NotRunning) {
        // The master stops its daemons when told to; start-fg waits for it.
        QProcess::execute(postfixBinary,
            { QStringLiteral("-c"), m_dir.filePath(QStringLiteral("postfix")), QStringLiteral("stop") });
        if (!m_postfix.waitForFinished(10000))
            endProcess(m_postfix);
    }
    endProcess(m_dovecot);
    log();
}

QString RealMailServers::log()
{
    m_log += m_postfix.readAll();
    m_log += m_dovecot.readAll();
    QFile dovecotLog(m_dir.filePath(QStringLiteral("dovecot.log")));
    QByteArray dovecot;
    if (dovecotLog.open(QIODevice::ReadOnly))
        dovecot = dovecotLog.readAll();
    return QString::fromLocal8Bit(m_log + dovecot);
}

} // namespace MailMedic::Test
