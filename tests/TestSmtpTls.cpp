// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpServer.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

// The loopback SMTP server the probe tests rely on: implicit TLS (465) and
// STARTTLS (587) with a certificate a client can verify against the test CA,
// and AUTH only once the connection is encrypted.
class TestSmtpTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ehloAfterTls_data();
    void ehloAfterTls();
    void authPlain_data();
    void authPlain();

private:
    void prepare(QSslSocket &socket);
    void encrypt(QSslSocket &socket, bool implicitTls);
    void command(QSslSocket &socket, const QByteArray &line, QStringList *reply);
    static bool replyComplete(QSslSocket &socket, QStringList &lines);
    static bool offers(const QStringList &ehlo, const QString &keyword);

    MailMedic::Test::SmtpServer m_server;
    QList<QSslError> m_sslErrors;
};

void TestSmtpTls::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    m_server.setCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.implicitTlsPort() != 0);
    QVERIFY(m_server.startTlsPort() != 0);
}

void TestSmtpTls::prepare(QSslSocket &socket)
{
    // Trust only the throwaway CA; the name checked is the certificate's.
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(m_server.caCertificatePath()));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(config);
    socket.setPeerVerifyName(m_server.hostName());
    m_sslErrors.clear();
    // Recorded, never ignored: any error fails the test below.
    connect(&socket, QOverload<const QList<QSslError> &>::of(&QSslSocket::sslErrors), this,
        [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
}

// True once the last line of a reply has arrived: "DDD text" after any
// "DDD-text" lines (RFC 5321 §4.2.1).
bool TestSmtpTls::replyComplete(QSslSocket &socket, QStringList &lines)
{
    while (socket.canReadLine())
        lines << QString::fromUtf8(socket.readLine()).trimmed();
    return !lines.isEmpty() && lines.constLast().size() >= 4 && lines.constLast().at(3) == QLatin1Char(' ');
}

bool TestSmtpTls::offers(const QStringList &ehlo, const QString &keyword)
{
    for (const QString &line : ehlo) {
        if (line.mid(4).section(QLatin1Char(' '), 0, 0).compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void TestSmtpTls::command(QSslSocket &socket, const QByteArray &line, QStringList *reply)
{
    reply->clear();
    if (!line.isEmpty())
        socket.write(QByteArray(line + "\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(replyComplete(socket, *reply), 5000);
}

void TestSmtpTls::encrypt(QSslSocket &socket, bool implicitTls)
{
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    if (implicitTls)
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.implicitTlsPort());
    else
        socket.startClientEncryption();
    QTRY_VERIFY_WITH_TIMEOUT(encrypted.count() == 1 || !m_sslErrors.isEmpty(), 10000);
    const QString errors = m_sslErrors.isEmpty() ? QString() : m_sslErrors.constFirst().errorString();
    QVERIFY2(m_sslErrors.isEmpty(), qPrintable(errors));
    QVERIFY(socket.isEncrypted());
    QCOMPARE(socket.peerCertificate().subjectInfo(QSslCertificate::CommonName),
        QStringList { m_server.hostName() });
}

void TestSmtpTls::ehloAfterTls_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::newRow("implicit TLS (465)") << true;
    QTest::newRow("STARTTLS (587)") << false;
}

void TestSmtpTls::ehloAfterTls()
{
    QFETCH(bool, implicitTls);
    QSslSocket socket;
    prepare(socket);
    QStringList reply;

    if (implicitTls) {
        encrypt(socket, true); // the handshake comes before the banner
        QVERIFY(!QTest::currentTestFailed());
    } else {
        QSignalSpy connected(&socket, &QAbstractSocket::connected);
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.startTlsPort());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);
    }

    command(socket, QByteArray(), &reply);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(reply.size(), 1);
    QVERIFY2(reply.constFirst().startsWith(QLatin1String("220 ")), qPrintable(reply.constFirst()));
    QVERIFY2(reply.constFirst().contains(QLatin1String("ESMTP")), qPrintable(reply.constFirst()));

    command(socket, "EHLO test.example", &reply);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(reply.constFirst().startsWith(QLatin1String("250-")), qPrintable(reply.join(QLatin1Char('|'))));

    if (!implicitTls) {
        // No AUTH in the clear; STARTTLS on offer.
        QVERIFY2(offers(reply, QStringLiteral("STARTTLS")), qPrintable(reply.join(QLatin1Char('|'))));
        QVERIFY2(!offers(reply, QStringLiteral("AUTH")), qPrintable(reply.join(QLatin1Char('|'))));
        command(socket, "STARTTLS", &reply);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY2(reply.constFirst().startsWith(QLatin1String("220")), qPrintable(reply.constFirst()));
        // RFC 3207 §4.2: after the handshake the client forgets what it knew
        // and says EHLO again.
        encrypt(socket, false);
        QVERIFY(!QTest::currentTestFailed());
        command(socket, "EHLO test.example", &reply);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY2(!offers(reply, QStringLiteral("STARTTLS")), qPrintable(reply.join(QLatin1Char('|'))));
    }
    QVERIFY2(offers(reply, QStringLiteral("AUTH")), qPrintable(reply.join(QLatin1Char('|'))));
    const QString auth = reply.filter(QStringLiteral("AUTH ")).value(0);
    QVERIFY2(
        auth.contains(QLatin1String("PLAIN")) && auth.contains(QLatin1String("LOGIN")), qPrintable(auth));

    command(socket, "QUIT", &reply);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(reply.constFirst().startsWith(QLatin1String("221")), qPrintable(reply.constFirst()));
}

void TestSmtpTls::authPlain_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");
    QTest::newRow("right password") << QStringLiteral("s3cret") << QStringLiteral("235");
    QTest::newRow("wrong password") << QStringLiteral("wrong") << QStringLiteral("535");
}

void TestSmtpTls::authPlain()
{
    QFETCH(QString, password);
    QFETCH(QString, code);
    QSslSocket socket;
    prepare(socket);
    QStringList reply;
    encrypt(socket, true);
    QVERIFY(!QTest::currentTestFailed());
    command(socket, QByteArray(), &reply);
    command(socket, "EHLO test.example", &reply);
    QVERIFY(!QTest::currentTestFailed());

    // RFC 4616: authzid NUL authcid NUL passwd, base64.
    QByteArray plain;
    plain.append('\0').append("alice").append('\0').append(password.toUtf8());
    command(socket, QByteArray("AUTH PLAIN ") + plain.toBase64(), &reply);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(reply.constLast().startsWith(code), qPrintable(reply.join(QLatin1Char('|'))));
}

QTEST_GUILESS_MAIN(TestSmtpTls)
#include "TestSmtpTls.moc"
