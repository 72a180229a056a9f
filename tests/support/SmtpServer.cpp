// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpServer.h"

#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace MailMedic::Test {

SmtpServer::SmtpServer(const QString &hostName) : m_hostName(hostName) { }

SmtpServer::~SmtpServer()
{
    stop();
}

void SmtpServer::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

QString SmtpServer::caCertificatePath() const
{
    return m_dir.filePath(QStringLiteral("ca.crt"));
}

void SmtpServer::setCertificateDates(const QDateTime &notBefore, const QDateTime &notAfter)
{
    m_notBefore = notBefore;
    m_notAfter = notAfter;
}

void SmtpServer::setRelayDomains(const QStringList &domains)
{
    m_relayDomains = domains;
}

void SmtpServer::setPorts(quint16 implicitTls, quint16 startTls, const QList<quint16> &moreStartTls)
{
    m_fixedImplicit = implicitTls;
    m_fixedStartTls = startTls;
    m_moreStartTls = moreStartTls;
}

QString SmtpServer::certificatePath() const
{
    return m_dir.filePath(QStringLiteral("server.crt"));
}

QString SmtpServer::keyPath() const
{
    return m_dir.filePath(QStringLiteral("server.key"));
}

bool SmtpServer::signWithDates(QString *problem)
{
    // `openssl x509 -days` cannot go back in time; `openssl ca` takes
    // explicit dates and needs a little database beside the CA.
    QFile config(m_dir.filePath(QStringLiteral("ca.cnf")));
    QFile index(m_dir.filePath(QStringLiteral("index.txt")));
    QFile serial(m_dir.filePath(QStringLiteral("serial")));
    if (!config.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly)
        || !serial.open(QIODevice::WriteOnly)) {
        *problem = QStringLiteral("cannot write the openssl ca files in %1").arg(m_dir.path());
        return false;
    }
    config.write("[ca]\ndefault_ca = test_ca\n"
                 "[test_ca]\ndatabase = index.txt\nnew_certs_dir = .\ncertificate = ca.crt\n"
                 "private_key = ca.key\nserial = serial\ndefault_md = sha256\npolicy = any\n"
                 "unique_subject = no\n"
                 "[any]\ncommonName = supplied\n");
    serial.write("1000\n");
    config.close();
    index.close();
    serial.close();
    const auto stamp = [](const QDateTime &when) -> QString {
        return when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
    };
    return runOpenSsl({ QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                          QStringLiteral("ca.cnf"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                          QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-notext"),
                          QStringLiteral("-startdate"), stamp(m_notBefore), QStringLiteral("-enddate"),
                          stamp(m_notAfter), QStringLiteral("-extfile"), QStringLiteral("server.ext") },
        problem);
}

QString SmtpServer::spoolDir() const
{
    return m_dir.filePath(QStringLiteral("spool"));
}

QString SmtpServer::log()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromLocal8Bit(m_stderr);
}

bool SmtpServer::fail(const QString &message, QString *error)
{
    m_lastError = message;
    if (error)
        *error = message;
    return false;
}

bool SmtpServer::runOpenSsl(const QStringList &arguments, QString *problem)
{
    return Test::runOpenSsl(m_dir.path(), arguments, problem);
}

bool SmtpServer::makeCertificates(QString *problem)
{
    // EC keys: quick to make, so every test run gets a fresh CA.
    const QStringList ecKey = { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };
    if (!runOpenSsl(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ecKey
                + QStringList { QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                    QStringLiteral("ca.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=MailMedic Test CA"),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") },
            problem))
        return false;
    const bool intermediate = m_chain == Chain::MissingIntermediate || m_chain == Chain::Complete;
    if (intermediate && !makeIntermediate(ecKey, problem))
        return false;
    if (!runOpenSsl(QStringList { QStringLiteral("req"), QStringLiteral("-new") } + ecKey
                + QStringList { QStringLiteral("-keyout"), QStringLiteral("server.key"),
                    QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + m_hostName },
            problem))
        return false;

    QFile extensions(m_dir.filePath(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly)) {
        *problem = QStringLiteral("cannot write %1").arg(extensions.fileName());
        return false;
    }
    extensions.write(QStringLiteral("subjectAltName=DNS:%1,IP:127.0.0.1\n"
                                    "basicConstraints=CA:FALSE\n"
                                    "keyUsage=critical,digitalSignature,keyEncipherment\n"
                                    "extendedKeyUsage=serverAuth\n"
                                    "subjectKeyIdentifier=hash\n"
                                    "authorityKeyIdentifier=keyid\n")
                         .arg(m_hostName)
                         .toUtf8());
    // As public authorities do: where the issuer's certificate can be fetched.
    if (intermediate)
        extensions.write("authorityInfoAccess=caIssuers;URI:http://ca.example.test/intermediate.crt\n");
    extensions.close();
    const QString issuer = intermediate ? QStringLiteral("intermediate") : QStringLiteral("ca");
    if (m_notBefore.isValid() && m_notAfter.isValid()) {
        if (!signWithDates(problem))
            return false;
    } else if (!runOpenSsl(
                   { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                       QStringLiteral("server.csr"), QStringLiteral("-CA"), issuer + QStringLiteral(".crt"),
                       QStringLiteral("-CAkey"), issuer + QStringLiteral(".key"),
                       QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-extfile"), QStringLiteral("server.ext"), QStringLiteral("-out"),
                       QStringLiteral("server.crt") },
                   problem))
        return false;
    // What the server sends: its own certificate, then what the chain adds.
    QByteArray served;
    for (const QString &name : { QStringLiteral("server.crt"),
             m_chain == Chain::Complete          ? QStringLiteral("intermediate.crt")
                 : m_chain == Chain::LeafAndRoot ? QStringLiteral("ca.crt")
                                                 : QString() }) {
        if (name.isEmpty())
            continue;
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("cannot read %1").arg(f.fileName());
            return false;
        }
        served += f.readAll();
    }
    QFile out(m_dir.filePath(QStringLiteral("served.crt")));
    if (!out.open(QIODevice::WriteOnly) || out.write(served) != served.size()) {
        *problem = QStringLiteral("cannot write %1").arg(out.fileName());
        return false;
    }
    return true;
}

bool SmtpServer::makeIntermediate(const QStringList &ecKey, QString *problem)
{
    if (!runOpenSsl(QStringList { QStringLiteral("req"), QStringLiteral("-new") } + ecKey
                + QStringList { QStringLiteral("-keyout"), QStringLiteral("intermediate.key"),
                    QStringLiteral("-out"), QStringLiteral("intermediate.csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=MailMedic Test Intermediate CA") },
            problem))
        return false;
    QFile extensions(m_dir.filePath(QStringLiteral("intermediate.ext")));
    if (!extensions.open(QIODevice::WriteOnly)) {
        *problem = QStringLiteral("cannot write %1").arg(extensions.fileName());
        return false;
    }
    extensions.write("basicConstraints=critical,CA:TRUE,pathlen:0\n"
                     "keyUsage=critical,keyCertSign,cRLSign\n"
                     "subjectKeyIdentifier=hash\n"
                     "authorityKeyIdentifier=keyid\n");
    extensions.close();
    return runOpenSsl(
        { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            QStringLiteral("intermediate.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
            QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
            QStringLiteral("intermediate.ext"), QStringLiteral("-out"), QStringLiteral("intermediate.crt") },
        problem);
}

bool SmtpServer::start(QString *error)
{
    const QString python = QStringLiteral(MAILMEDIC_PYTHON3);
    const QString openssl = QStringLiteral(MAILMEDIC_OPENSSL);
    const QString script = QStringLiteral(MAILMEDIC_TESTSUPPORT_DIR "/smtp_server.py");
    if (python.isEmpty() || !QFileInfo(python).isExecutable())
        return fail(QStringLiteral("/usr/bin/python3 not found (MAILMEDIC_PYTHON3='%1'); install Debian's "
                                   "python3 and python3-aiosmtpd")
                        .arg(python),
            error);
    if (openssl.isEmpty() || !QFileInfo(openssl).isExecutable())
        return fail(QStringLiteral("openssl not found (MAILMEDIC_OPENSSL='%1')").arg(openssl), error);
    if (!QFileInfo::exists(script))
        return fail(QStringLiteral("smtp_server.py not found at %1").arg(script), error);
    if (!m_dir.isValid())
        return fail(QStringLiteral("SmtpServer: no temporary directory: %1").arg(m_dir.errorString()), error);

    QString problem;
    if (!makeCertificates(&problem))
        return fail(problem, error);
    QDir().mkpath(spoolDir());

    m_stderr.clear();
    QStringList arguments
        = { script, QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--hostname"),
              m_hostName, QStringLiteral("--cert"), m_dir.filePath(QStringLiteral("served.crt")),
              QStringLiteral("--key"), m_dir.filePath(QStringLiteral("server.key")), QStringLiteral("--user"),
              m_user, QStringLiteral("--password"), m_password, QStringLiteral("--spool"), spoolDir() };
    if (!m_relayDomains.isEmpty())
        arguments << QStringLiteral("--relay-domains") << m_relayDomains.join(QLatin1Char(','));
    arguments << QStringLiteral("--implicit-port") << QString::number(m_fixedImplicit)
              << QStringLiteral("--starttls-port") << QString::number(m_fixedStartTls);
    for (const quint16 port : std::as_const(m_moreStartTls))
        arguments << QStringLiteral("--extra-starttls-port") << QString::number(port);
    m_process.start(python, arguments);
    if (!m_process.waitForStarted(5000))
        return fail(QStringLiteral("%1 did not start: %2").arg(python, m_process.errorString()), error);

    static const QRegularExpression ready(QStringLiteral("^READY implicit=(\\d+) starttls=(\\d+)"));
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const QRegularExpressionMatch match = ready.match(line);
            if (match.hasMatch()) {
                m_implicitPort = quint16(match.captured(1).toUInt());
                m_startTlsPort = quint16(match.captured(2).toUInt());
                return true;
            }
        }
        if (m_process.state() == QProcess::NotRunning)
            return fail(QStringLiteral("smtp_server.py exited early (exit code %1):\n%2")
                            .arg(m_process.exitCode())
                            .arg(log()),
                error);
        m_process.waitForReadyRead(int(std::max<qint64>(1, std::min<qint64>(200, deadline.remainingTime()))));
    }
    const QString output = log();
    stop();
    return fail(QStringLiteral("smtp_server.py was not ready within 15 s:\n%1").arg(output), error);
}

void SmtpServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the script also stops when stdin closes
    endProcess(m_process);
    m_stderr += m_process.readAllStandardError();
}

} // namespace MailMedic::Test
