// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A MailMedic installed without its DKIM module (mailmedic-dkim): DKIM keys
// and signatures cannot be checked, and the checks say so as "not tested",
// never as a fault of the user's DKIM set-up. This test program is built
// without tests/support/BuildModules.cpp and looks for the module in an
// empty folder, so it finds none.
#include "checks/DkimCheck.h"
#include "checks/DkimVerifyCheck.h"
#include "DkimSigner.h"
#include "FakeResolver.h"
#include "headers/DkimVerifier.h"
#include "Modules.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace MailMedic;

class TestDkimModuleMissing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keySizeIsUntested();
    void signatureIsUntested();

private:
    static QList<Finding> waitFor(Check &check);
    QTemporaryDir m_empty;
    Test::DkimTestKey m_key;
};

void TestDkimModuleMissing::initTestCase()
{
    QVERIFY(m_empty.isValid());
    Modules::setDirectory(m_empty.path());
    QVERIFY2(QCoreApplication::applicationDirPath() != QStringLiteral(MAILMEDIC_MODULE_BUILD_DIR),
        "the test must not sit beside the build's modules");
    m_key = Test::makeDkimKey(2048);
    QCOMPARE(m_key.bits, 2048);
}

QList<Finding> TestDkimModuleMissing::waitFor(Check &check)
{
    QSignalSpy finished(&check, &Check::finished);
    if (finished.isEmpty())
        finished.wait(10000);
    return check.findings();
}

void TestDkimModuleMissing::keySizeIsUntested()
{
    const DkimKey key = DkimKey::parse(QString::fromLatin1(m_key.dnsTxt));
    QCOMPARE(key.bits, 0);
    QVERIFY2(key.unavailable.contains(QLatin1String("the DKIM module (mailmedic-dkim) is not installed")),
        qPrintable(key.unavailable));
    QVERIFY2(key.unavailable.contains(QDir::toNativeSeparators(m_empty.path())), qPrintable(key.unavailable));

    Test::FakeResolver resolver;
    resolver.addRecord(QStringLiteral("s1._domainkey.example.test"), DnsAnswer::RecordType::TXT,
        QString::fromLatin1(m_key.dnsTxt));
    DkimCheck check(&resolver);
    check.start(QStringLiteral("example.test"), QStringLiteral("s1"));
    const QList<Finding> findings = waitFor(check);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().id, QStringLiteral("dkim-module-missing"));
    QCOMPARE(toString(findings.first().status), toString(FindingStatus::Untested));
    QVERIFY(findings.first().evidence.join(QLatin1Char('\n')).contains(QLatin1String("mailmedic-dkim")));
}

void TestDkimModuleMissing::signatureIsUntested()
{
    const QByteArray message = Test::signDkim(
        "From: anna@example.test\r\nTo: bob@example.net\r\nSubject: hello\r\n\r\nHello Bob.\r\n", m_key,
        QStringLiteral("s1"), QStringLiteral("example.test"));
    QVERIFY(!message.isEmpty());
    const DkimVerification direct = verifyDkim(message, {}, QDateTime::currentDateTimeUtc());
    QVERIFY(direct.signatures.isEmpty());
    QVERIFY2(direct.error.contains(QLatin1String("not installed")), qPrintable(direct.error));

    Test::FakeResolver resolver;
    resolver.addRecord(QStringLiteral("s1._domainkey.example.test"), DnsAnswer::RecordType::TXT,
        QString::fromLatin1(m_key.dnsTxt));
    DkimVerifyCheck check(&resolver);
    check.start(message, QStringLiteral("example.test"));
    const QList<Finding> findings = waitFor(check);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().id, QStringLiteral("dkim-module-missing"));
    QCOMPARE(toString(findings.first().status), toString(FindingStatus::Untested));
}

QTEST_GUILESS_MAIN(TestDkimModuleMissing)
#include "TestDkimModuleMissing.moc"
