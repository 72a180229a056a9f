// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DkimSigner.h"
#include "headers/DkimVerifier.h"

#include <QRandomGenerator>
#include <QTest>

#include <thread>
#include <vector>

using namespace MailMedic;
using namespace MailMedic::Test;
using Outcome = DkimSignatureResult::Outcome;
using State = DkimKeyAnswer::State;

namespace {

const QString kDomain = QStringLiteral("example.com");

// The fixed clock every verification is judged by.
QDateTime now()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
}

QByteArray message()
{
    return QByteArray("From: Anna Example <anna@example.com>\r\n"
                      "To: Bob Example <bob@example.org>,\r\n"
                      " Carol Example <carol@example.org>\r\n"
                      "Subject: Quarterly report\r\n"
                      "Date: Sun, 01 Mar 2026 11:00:00 +0000\r\n"
                      "Message-ID: <20260301110000.1@example.com>\r\n"
                      "MIME-Version: 1.0\r\n"
                      "Content-Type: text/plain; charset=utf-8\r\n"
                      "\r\n"
                      "Hello Bob,\r\n"
                      "\r\n"
                      "the numbers are attached.\r\n"
                      "-- \r\n"
                      "Anna\r\n");
}

// `header` (fields with their CRLFs) put in front of message().
QByteArray withMessage(const QByteArray &header)
{
    return header + message();
}

QByteArray toLf(QByteArray text)
{
    return text.replace("\r\n", "\n");
}

QByteArray sign(const QByteArray &text, const DkimTestKey &key, const QString &selector,
    const QStringList &headers = {}, std::optional<QDateTime> expires = {},
    const QDateTime &signingTime = now().addSecs(-3600))
{
    return signDkim(text, key, selector, kDomain, headers, expires, signingTime);
}

// The answer for selector._domainkey.example.com; `state` -1: none at all.
QHash<QString, DkimKeyAnswer> answer(const QString &selector, int state, const QByteArray &txt = {})
{
    if (state < 0)
        return {};
    DkimKeyAnswer a;
    a.state = State(state);
    a.txt = txt;
    return { { DkimKeyQuery { selector, kDomain }.name(), a } };
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QStringLiteral("Pass");
    case Outcome::BodyHashMismatch:
        return QStringLiteral("BodyHashMismatch");
    case Outcome::HeaderHashMismatch:
        return QStringLiteral("HeaderHashMismatch");
    case Outcome::KeyNotFound:
        return QStringLiteral("KeyNotFound");
    case Outcome::KeyRevoked:
        return QStringLiteral("KeyRevoked");
    case Outcome::KeyUnusable:
        return QStringLiteral("KeyUnusable");
    case Outcome::KeyTooSmall:
        return QStringLiteral("KeyTooSmall");
    case Outcome::KeyNotAsked:
        return QStringLiteral("KeyNotAsked");
    case Outcome::Expired:
        return QStringLiteral("Expired");
    case Outcome::SignatureBroken:
        return QStringLiteral("SignatureBroken");
    case Outcome::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

QString summary(const DkimSignatureResult &s)
{
    return outcomeName(s.outcome) + QStringLiteral(": ") + s.detail;
}

} // namespace

// DKIM verification of delivered messages through libopendkim, with the keys
// handed in as the resolver would have fetched them. Messages are signed by
// libopendkim too (tests/support/DkimSigner), so every outcome a user can
// meet is produced by a real signature, then broken the way mail breaks it.
class TestDkimVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyQueries_data();
    void keyQueries();
    void passes_data();
    void passes();
    void failures_data();
    void failures();
    void smallKeyIsReportedWithItsSize();
    void testingKeyPasses();
    void clock_data();
    void clock();
    void twoSignaturesInOrder();
    void signatureFields();
    void brokenSignatureField_data();
    void brokenSignatureField();
    void noSignatureIsNoError();
    void atMostTenSignatures();
    void tenMegabyteBody();
    void garbage_data();
    void garbage();
    void concurrentCalls();

private:
    DkimTestKey m_key2048;
    DkimTestKey m_key1024;
    DkimTestKey m_key512;
};

void TestDkimVerify::initTestCase()
{
    m_key2048 = makeDkimKey(2048);
    m_key1024 = makeDkimKey(1024);
    m_key512 = makeDkimKey(512);
    QCOMPARE(m_key2048.bits, 2048);
    QCOMPARE(m_key1024.bits, 1024);
    QCOMPARE(m_key512.bits, 512);
    QVERIFY(m_key1024.dnsTxt.startsWith("v=DKIM1; k=rsa; p=MI"));
    QVERIFY(!sign(message(), m_key1024, QStringLiteral("mail1024")).isEmpty());
}

void TestDkimVerify::keyQueries_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("names");

    const QByteArray signedMessage = sign(message(), m_key1024, QStringLiteral("mail1024"));
    const QStringList mail1024 { QStringLiteral("mail1024._domainkey.example.com") };
    QTest::newRow("signed message") << signedMessage << mail1024;
    QTest::newRow("LF line ends") << toLf(signedMessage) << mail1024;
    QTest::newRow("folded, mixed case, trailing dot")
        << withMessage("DKIM-Signature: v=1; a=rsa-sha256;\r\n\td=Example.COM.;\r\n s=Sel2026\r\n"
                       "  ; h=from;\r\n  bh=AAAA; b=AAAA\r\n")
        << QStringList { QStringLiteral("sel2026._domainkey.example.com") };
    QTest::newRow("same key twice") << withMessage(
        "DKIM-Signature: s=a; d=example.com\r\nDKIM-Signature: s=A; d=EXAMPLE.com\r\n")
                                    << QStringList { QStringLiteral("a._domainkey.example.com") };
    QTest::newRow("two keys, in header order")
        << withMessage("DKIM-Signature: s=b; d=y.example\r\nDKIM-Signature: s=a; d=x.example\r\n")
        << QStringList { QStringLiteral("b._domainkey.y.example"), QStringLiteral("a._domainkey.x.example") };
    QTest::newRow("space before the colon") << withMessage("DKIM-Signature : s=a; d=example.com\r\n")
                                            << QStringList { QStringLiteral("a._domainkey.example.com") };
    QTest::newRow("other fields") << withMessage("X-DKIM-Signature: s=a; d=example.com\r\n"
                                                 "DKIM-Signature-Old: s=b; d=example.com\r\n")
                                  << QStringList();
    QTest::newRow("no s=") << withMessage("DKIM-Signature: d=example.com; h=from\r\n") << QStringList();
    QTest::newRow("s= no host name") << withMessage("DKIM-Signature: s=a/b; d=example.com\r\n")
                                     << QStringList();
    QByteArray twelve;
    QStringList firstTen;
    for (int i = 1; i <= 12; ++i) {
        twelve += "DKIM-Signature: s=s" + QByteArray::number(i) + "; d=example.com\r\n";
        if (i <= 10)
            firstTen << QStringLiteral("s%1._domainkey.example.com").arg(i);
    }
    QTest::newRow("twelve signatures") << withMessage(twelve) << firstTen;
    QTest::newRow("header only") << QByteArray(
        "DKIM-Signature: s=a; d=example.com\r\nFrom: anna@example.com\r\n")
                                 << QStringList { QStringLiteral("a._domainkey.example.com") };
    QTest::newRow("empty") << QByteArray() << QStringList();
}

void TestDkimVerify::keyQueries()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, names);
    QStringList found;
    const QList<DkimKeyQuery> queries = dkimKeyQueries(input);
    for (const DkimKeyQuery &query : queries)
        found << query.name();
    QCOMPARE(found, names);
}

void TestDkimVerify::passes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<int>("bits");

    const QString s2048 = QStringLiteral("mail2048");
    const QString s1024 = QStringLiteral("mail1024");
    const QByteArray signed2048 = sign(message(), m_key2048, s2048);
    const QByteArray signed1024 = sign(message(), m_key1024, s1024);
    QTest::newRow("2048 bits, CRLF") << signed2048 << s2048 << m_key2048.dnsTxt << 2048;
    QTest::newRow("2048 bits, LF only") << toLf(signed2048) << s2048 << m_key2048.dnsTxt << 2048;
    QTest::newRow("1024 bits, CRLF") << signed1024 << s1024 << m_key1024.dnsTxt << 1024;
    QTest::newRow("1024 bits, LF only") << toLf(signed1024) << s1024 << m_key1024.dnsTxt << 1024;
    QTest::newRow("Received added in transit") << QByteArray(
        "Received: from mx.example.com by mx.example.org; Sun, 01 Mar 2026 11:00:05 +0000\r\n" + signed1024)
                                               << s1024 << m_key1024.dnsTxt << 1024;
    QTest::newRow("mbox From line") << QByteArray(
        "From anna@example.com Sun Mar  1 11:00:00 2026\n" + toLf(signed1024))
                                    << s1024 << m_key1024.dnsTxt << 1024;
    QByteArray utf8 = message();
    utf8.replace("Subject: Quarterly report",
        "Subject: Gr\xc3\xbc\xc3\x9f"
        "e aus M\xc3\xbcnchen");
    QTest::newRow("8-bit (UTF-8) subject")
        << sign(utf8, m_key1024, s1024) << s1024 << m_key1024.dnsTxt << 1024;
    QTest::newRow("field of 1 MB added in transit")
        << QByteArray("X-Long: " + QByteArray(1024 * 1024, 'a') + "\r\n" + signed1024) << s1024
        << m_key1024.dnsTxt << 1024;
    // White space between tags carries nothing: a record that only fits
    // libopendkim's 1024-byte buffer without it still works.
    QByteArray spaced = m_key1024.dnsTxt;
    spaced.replace("; ", QByteArray(";" + QByteArray(500, ' ')));
    QTest::newRow("key record padded with spaces") << signed1024 << s1024 << spaced << 1024;
    QTest::newRow("only From, Subject, Date signed") << QByteArray("X-Added: later\r\n"
        + sign(message(), m_key1024, s1024,
            { QStringLiteral("from"), QStringLiteral("subject"), QStringLiteral("date") }))
                                                     << s1024 << m_key1024.dnsTxt << 1024;
}

void TestDkimVerify::passes()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, selector);
    QFETCH(QByteArray, record);
    QFETCH(int, bits);
    const DkimVerification v = verifyDkim(input, answer(selector, int(State::Found), record), now());
    QVERIFY2(v.error.isEmpty(), qPrintable(v.error));
    QCOMPARE(v.signatures.size(), 1);
    const DkimSignatureResult &s = v.signatures.first();
    QVERIFY2(s.outcome == Outcome::Pass, qPrintable(summary(s)));
    QCOMPARE(s.keyBits, bits);
    QCOMPARE(s.selector, selector);
    QVERIFY(!s.testing);
    QVERIFY(s.detail.isEmpty());
}

void TestDkimVerify::failures_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("state"); // DkimKeyAnswer::State, -1: no answer handed in
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("detail"); // a part of it

    const QByteArray signedMessage = sign(message(), m_key1024, QStringLiteral("mail1024"));
    const QByteArray key = m_key1024.dnsTxt;
    const QByteArray p = key.mid(key.indexOf("p="));
    const int found = int(State::Found);

    QByteArray body = signedMessage;
    body.replace("the numbers are attached.", "the numbers are attached!");
    QTest::newRow("body changed") << body << found << key << QStringLiteral("BodyHashMismatch")
                                  << QStringLiteral("body hash did not verify");
    QTest::newRow("body changed, LF only")
        << toLf(body) << found << key << QStringLiteral("BodyHashMismatch") << QStringLiteral("body hash");
    QByteArray subject = signedMessage;
    subject.replace("Subject: Quarterly report", "Subject: Quarterly report (reviewed)");
    QTest::newRow("Subject changed") << subject << found << key << QStringLiteral("HeaderHashMismatch")
                                     << QStringLiteral("signature verification failed");
    QTest::newRow("another key published")
        << signedMessage << found << m_key2048.dnsTxt << QStringLiteral("HeaderHashMismatch") << QString();
    QTest::newRow("key revoked") << signedMessage << found << QByteArray("v=DKIM1; p=")
                                 << QStringLiteral("KeyRevoked") << QStringLiteral("key revoked");
    QTest::newRow("no key record") << signedMessage << int(State::NoRecord) << QByteArray()
                                   << QStringLiteral("KeyNotFound")
                                   << QStringLiteral("mail1024._domainkey.example.com");
    QTest::newRow("DNS could not be asked")
        << signedMessage << int(State::Failed) << QByteArray() << QStringLiteral("KeyNotAsked")
        << QStringLiteral("could not be looked up");
    QTest::newRow("no answer handed in")
        << signedMessage << -1 << QByteArray() << QStringLiteral("KeyNotAsked") << QString();
    QTest::newRow("key version DKIM2") << signedMessage << found << QByteArray("v=DKIM2; k=rsa; " + p)
                                       << QStringLiteral("KeyUnusable") << QString();
    QTest::newRow("key only for sha1") << signedMessage << found << QByteArray("v=DKIM1; h=sha1; k=rsa; " + p)
                                       << QStringLiteral("KeyUnusable") << QStringLiteral("hash");
    QTest::newRow("key not for e-mail")
        << signedMessage << found << QByteArray("v=DKIM1; s=other; " + p) << QStringLiteral("KeyUnusable")
        << QStringLiteral("not an e-mail key");
    QTest::newRow("unknown key type") << signedMessage << found << QByteArray("v=DKIM1; k=dsa; " + p)
                                      << QStringLiteral("KeyUnusable") << QStringLiteral("key type");
    QTest::newRow("p= no key") << signedMessage << found << QByteArray("v=DKIM1; k=rsa; p=AAAAAAAA")
                               << QStringLiteral("KeyUnusable") << QString();
    QTest::newRow("record no tag list") << signedMessage << found << QByteArray("this is not a key record")
                                        << QStringLiteral("KeyUnusable") << QString();
    QTest::newRow("record empty") << signedMessage << found << QByteArray() << QStringLiteral("KeyUnusable")
                                  << QString();
    QTest::newRow("record with 8-bit bytes")
        << signedMessage << found << QByteArray("v=DKIM1; n=\xe9t\xe9; " + p) << QStringLiteral("KeyUnusable")
        << QString();
    QTest::newRow("record of 2000 bytes")
        << signedMessage << found << QByteArray("v=DKIM1; n=" + QByteArray(2000, 'x') + "; " + p)
        << QStringLiteral("KeyUnusable") << QStringLiteral("bytes");
}

void TestDkimVerify::failures()
{
    QFETCH(QByteArray, input);
    QFETCH(int, state);
    QFETCH(QByteArray, record);
    QFETCH(QString, outcome);
    QFETCH(QString, detail);
    const DkimVerification v = verifyDkim(input, answer(QStringLiteral("mail1024"), state, record), now());
    QVERIFY2(v.error.isEmpty(), qPrintable(v.error));
    QCOMPARE(v.signatures.size(), 1);
    const DkimSignatureResult &s = v.signatures.first();
    QVERIFY2(outcomeName(s.outcome) == outcome, qPrintable(summary(s)));
    QVERIFY2(!s.detail.isEmpty() && s.detail.contains(detail), qPrintable(s.detail));
}

void TestDkimVerify::smallKeyIsReportedWithItsSize()
{
    const QByteArray input = sign(message(), m_key512, QStringLiteral("tiny"));
    const DkimVerification v
        = verifyDkim(input, answer(QStringLiteral("tiny"), int(State::Found), m_key512.dnsTxt), now());
    QCOMPARE(v.signatures.size(), 1);
    const DkimSignatureResult &s = v.signatures.first();
    QVERIFY2(s.outcome == Outcome::KeyTooSmall, qPrintable(summary(s)));
    QCOMPARE(s.keyBits, 512);
    QVERIFY2(s.detail.contains(QStringLiteral("512 bits")) && s.detail.contains(QStringLiteral("too small")),
        qPrintable(s.detail));
}

void TestDkimVerify::testingKeyPasses()
{
    const QByteArray input = sign(message(), m_key1024, QStringLiteral("mail1024"));
    QByteArray record = m_key1024.dnsTxt;
    record.replace("k=rsa;", "k=rsa; t=y;");
    const DkimVerification v
        = verifyDkim(input, answer(QStringLiteral("mail1024"), int(State::Found), record), now());
    QCOMPARE(v.signatures.size(), 1);
    QVERIFY2(v.signatures.first().outcome == Outcome::Pass, qPrintable(summary(v.signatures.first())));
    QVERIFY(v.signatures.first().testing);
}

void TestDkimVerify::clock_data()
{
    QTest::addColumn<QDateTime>("signedAt");
    QTest::addColumn<QDateTime>("expires"); // invalid: no x=
    QTest::addColumn<QDateTime>("checkedAt");
    QTest::addColumn<QString>("outcome");

    const QDateTime day2100(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime day2001(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("expired five days ago")
        << now().addDays(-10) << now().addDays(-5) << now() << QStringLiteral("Expired");
    QTest::newRow("expires tomorrow")
        << now().addSecs(-3600) << now().addDays(1) << now() << QStringLiteral("Pass");
    QTest::newRow("no x=") << now().addDays(-400) << QDateTime() << now() << QStringLiteral("Pass");
    // Whatever the system clock says: only the clock handed in counts.
    QTest::newRow("checked in 2100, expired")
        << day2100.addDays(-30) << day2100.addDays(-20) << day2100 << QStringLiteral("Expired");
    QTest::newRow("checked in 2100, valid")
        << day2100.addSecs(-3600) << day2100.addDays(1) << day2100 << QStringLiteral("Pass");
    QTest::newRow("checked in 2001, valid")
        << day2001.addSecs(-3600) << day2001.addDays(1) << day2001 << QStringLiteral("Pass");
    QTest::newRow("checked in 2001, signed in 2026")
        << now() << QDateTime() << day2001 << QStringLiteral("SignatureBroken");
}

void TestDkimVerify::clock()
{
    QFETCH(QDateTime, signedAt);
    QFETCH(QDateTime, expires);
    QFETCH(QDateTime, checkedAt);
    QFETCH(QString, outcome);
    std::optional<QDateTime> x;
    if (expires.isValid())
        x = expires;
    const QByteArray input = sign(message(), m_key1024, QStringLiteral("mail1024"), {}, x, signedAt);
    QVERIFY(!input.isEmpty());
    const DkimVerification v = verifyDkim(
        input, answer(QStringLiteral("mail1024"), int(State::Found), m_key1024.dnsTxt), checkedAt);
    QCOMPARE(v.signatures.size(), 1);
    const DkimSignatureResult &s = v.signatures.first();
    QVERIFY2(outcomeName(s.outcome) == outcome, qPrintable(summary(s)));
    QVERIFY(s.signedAt.has_value());
    QCOMPARE(*s.signedAt, signedAt);
    QCOMPARE(s.expiresAt.has_value(), expires.isValid());
    if (s.expiresAt)
        QCOMPARE(*s.expiresAt, expires);
}

void TestDkimVerify::twoSignaturesInOrder()
{
    // The mailing list re-signs: its signature comes first. Its selector
    // publishes a key that is not the one it signed with.
    const QByteArray author = sign(message(), m_key1024, QStringLiteral("author"));
    const QByteArray input = sign(author, m_key2048, QStringLiteral("list"));
    QHash<QString, DkimKeyAnswer> keys
        = answer(QStringLiteral("author"), int(State::Found), m_key1024.dnsTxt);
    keys.insert(answer(QStringLiteral("list"), int(State::Found), m_key1024.dnsTxt));
    const DkimVerification v = verifyDkim(input, keys, now());
    QVERIFY2(v.error.isEmpty(), qPrintable(v.error));
    QCOMPARE(v.signatures.size(), 2);
    QCOMPARE(v.signatures.at(0).selector, QStringLiteral("list"));
    QVERIFY2(
        v.signatures.at(0).outcome == Outcome::HeaderHashMismatch, qPrintable(summary(v.signatures.at(0))));
    QCOMPARE(v.signatures.at(1).selector, QStringLiteral("author"));
    QVERIFY2(v.signatures.at(1).outcome == Outcome::Pass, qPrintable(summary(v.signatures.at(1))));
    QCOMPARE(v.signatures.at(1).keyBits, 1024);
    // The list signed the author's signature along with the rest.
    QVERIFY(v.signatures.at(0).signedHeaders.contains(QStringLiteral("dkim-signature")));
}

void TestDkimVerify::signatureFields()
{
    const QByteArray input = sign(message(), m_key1024, QStringLiteral("mail1024"));
    const DkimVerification v
        = verifyDkim(input, answer(QStringLiteral("mail1024"), int(State::Found), m_key1024.dnsTxt), now());
    QCOMPARE(v.signatures.size(), 1);
    const DkimSignatureResult &s = v.signatures.first();
    QVERIFY2(s.outcome == Outcome::Pass, qPrintable(summary(s)));
    QCOMPARE(s.domain, kDomain);
    QCOMPARE(s.selector, QStringLiteral("mail1024"));
    QCOMPARE(s.algorithm, QStringLiteral("rsa-sha256"));
    QVERIFY(s.identity.isEmpty());
    for (const char *name : { "from", "to", "subject", "date", "message-id" })
        QVERIFY2(s.signedHeaders.contains(QLatin1String(name)),
            qPrintable(s.signedHeaders.join(QLatin1Char(':'))));
    QVERIFY(s.signedAt.has_value());
    QCOMPARE(*s.signedAt, now().addSecs(-3600));
    QVERIFY(!s.expiresAt.has_value());
    QVERIFY(!s.bodyLengthLimited);

    const QByteArray few = sign(message(), m_key1024, QStringLiteral("mail1024"),
        { QStringLiteral("Date"), QStringLiteral("Subject") });
    const DkimVerification w
        = verifyDkim(few, answer(QStringLiteral("mail1024"), int(State::Found), m_key1024.dnsTxt), now());
    QCOMPARE(w.signatures.size(), 1);
    // From is always signed (RFC 6376 §5.4); h= follows the message's order.
    QCOMPARE(w.signatures.first().signedHeaders,
        QStringList({ QStringLiteral("from"), QStringLiteral("subject"), QStringLiteral("date") }));
}

void TestDkimVerify::brokenSignatureField_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("detail"); // a part of it
    QTest::addColumn<bool>("bodyLengthLimited");

    const auto field = [](const QByteArray &value) -> QByteArray { return "DKIM-Signature: " + value; };
    const QByteArray tags = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=mail1024; t=1772362800; ";
    QTest::newRow("From not signed") << field(tags + "h=subject:date; bh=AAAA; b=AAAA")
                                     << QStringLiteral("SignatureBroken")
                                     << QStringLiteral("From is not signed") << false;
    QTest::newRow("d= missing") << field("v=1; a=rsa-sha256; s=mail1024; h=from; bh=AA; b=AA")
                                << QStringLiteral("SignatureBroken") << QStringLiteral("missing parameter")
                                << false;
    QTest::newRow("unknown algorithm")
        << field(QByteArray(tags).replace("rsa-sha256", "rsa-sha512") + "h=from; bh=AAAA; b=AAAA")
        << QStringLiteral("SignatureBroken") << QStringLiteral("algorithm") << false;
    QTest::newRow("8-bit byte") << field(
        QByteArray(tags).replace("d=example", "d=ex\xe4mple") + "h=from; bh=AAAA; b=AAAA")
                                << QStringLiteral("SignatureBroken") << QStringLiteral("invalid character")
                                << false;
    QTest::newRow("i= outside d=") << field(tags + "i=@example.org; h=from; bh=AAAA; b=AAAA")
                                   << QStringLiteral("SignatureBroken") << QStringLiteral("domain") << false;
    QTest::newRow("t= in the future") << field(
        QByteArray(tags).replace("t=1772362800", "t=1772967600") + "x=1772790000; h=from; bh=AAAA; b=AAAA")
                                      << QStringLiteral("SignatureBroken") << QString() << false;
    QTest::newRow("t= not a number") << field(
        QByteArray(tags).replace("t=1772362800", "t=soon") + "h=from; bh=AAAA; b=AAAA")
                                     << QStringLiteral("SignatureBroken") << QStringLiteral("\"t\"") << false;
    QTest::newRow("l= present") << field(tags + "l=5; h=from; bh=AAAA; b=AAAA")
                                << QStringLiteral("HeaderHashMismatch") << QString() << true;
    QTest::newRow("no tag list") << field("this is not a tag list") << QStringLiteral("SignatureBroken")
                                 << QStringLiteral("syntax error") << false;
    QTest::newRow("empty") << QByteArray("DKIM-Signature:") << QStringLiteral("SignatureBroken") << QString()
                           << false;
}

void TestDkimVerify::brokenSignatureField()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, outcome);
    QFETCH(QString, detail);
    QFETCH(bool, bodyLengthLimited);
    const DkimVerification v = verifyDkim(withMessage(field + "\r\n"),
        answer(QStringLiteral("mail1024"), int(State::Found), m_key1024.dnsTxt), now());
    QVERIFY2(v.error.isEmpty(), qPrintable(v.error));
    QCOMPARE(v.signatures.size(), 1);
    const DkimSignatureResult &s = v.signatures.first();
    QVERIFY2(outcomeName(s.outcome) == outcome, qPrintable(summary(s)));
    QVERIFY2(!s.detail.isEmpty() && s.detail.contains(detail), qPrintable(s.detail));
    QCOMPARE(s.bodyLengthLimited, bodyLengthLimited);
}

void TestDkimVerify::noSignatureIsNoError()
{
    for (const QByteArray &input : { message(), toLf(message()) }) {
        const DkimVerification v = verifyDkim(input, {}, now());
        QVERIFY2(v.error.isEmpty(), qPrintable(v.error));
        QVERIFY(v.signatures.isEmpty());
    }
}

void TestDkimVerify::atMostTenSignatures()
{
    QByteArray input = message();
    QHash<QString, DkimKeyAnswer> keys;
    for (int i = 1; i <= 12; ++i) {
        const QString selector = QStringLiteral("s%1").arg(i);
        input = sign(input, m_key1024, selector);
        keys.insert(answer(selector, int(State::Found), m_key1024.dnsTxt));
    }
    const QList<DkimKeyQuery> queries = dkimKeyQueries(input);
    QCOMPARE(queries.size(), 10);
    QCOMPARE(queries.first().selector, QStringLiteral("s12")); // the last signer's field is on top
    const DkimVerification v = verifyDkim(input, keys, now());
    QCOMPARE(v.signatures.size(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(v.signatures.at(i).selector, queries.at(i).selector);
        QVERIFY2(v.signatures.at(i).outcome == Outcome::Pass, qPrintable(summary(v.signatures.at(i))));
    }
}

void TestDkimVerify::tenMegabyteBody()
{
    QByteArray big = message();
    big += QByteArray("The quick brown fox jumps over the lazy dog, 0123456789 ABCDEF.\r\n")
               .repeated(160 * 1024);
    QVERIFY(big.size() > 10 * 1000 * 1000);
    const QByteArray input = sign(big, m_key1024, QStringLiteral("mail1024"));
    const auto keys = answer(QStringLiteral("mail1024"), int(State::Found), m_key1024.dnsTxt);
    for (const QByteArray &form : { input, toLf(input) }) {
        const DkimVerification v = verifyDkim(form, keys, now());
        QVERIFY2(v.error.isEmpty(), qPrintable(v.error));
        QCOMPARE(v.signatures.size(), 1);
        QVERIFY2(v.signatures.first().outcome == Outcome::Pass, qPrintable(summary(v.signatures.first())));
    }
}

void TestDkimVerify::garbage_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("error"); // 1: an error, 0: none, -1: either

    QByteArray binary(64 * 1024, '\0');
    QRandomGenerator random(6376);
    for (char &c : binary)
        c = char(random.bounded(256));
    QTest::newRow("empty") << QByteArray() << 1;
    QTest::newRow("white space") << QByteArray(" \r\n\r\n\t\n") << 1;
    QTest::newRow("no blank line") << QByteArray("From: anna@example.com\r\nSubject: hi\r\n") << 1;
    QTest::newRow("only CRs") << QByteArray("From: anna@example.com\rSubject: hi\r\rbody\r") << 1;
    QTest::newRow("body without header") << QByteArray("\r\nHello Bob\r\n") << 1;
    QTest::newRow("64 KB binary") << binary << -1;
    QTest::newRow("binary after a header") << QByteArray("From: anna@example.com\r\n\r\n" + binary) << 0;
    QTest::newRow("binary DKIM-Signature")
        << withMessage(QByteArray("DKIM-Signature: " + binary.left(4096).replace('\n', ' ') + "\r\n")) << 0;
    QTest::newRow("8-bit field names") << QByteArray("Fr\xf6m: anna@example.com\r\nS\xfc"
                                                     "bject: hi\r\n\r\nbody\r\n")
                                       << 1;
    static const char nul[] = "From: anna\0@example.com\r\nDKIM-Signature: v=1\0; d=x\r\n\r\nbo\0dy";
    QTest::newRow("NUL bytes") << QByteArray(nul, int(sizeof nul) - 1) << 0;
    QTest::newRow("field of 1 MB") << withMessage(QByteArray("X-Long: " + QByteArray(1024 * 1024, 'x')
        + "\r\n")) << 0;
    // libopendkim cannot canonicalise a DKIM-Signature over 64 KB at all.
    QTest::newRow("DKIM-Signature of 1 MB")
        << withMessage(QByteArray("DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=mail1024; h=from; bh="
               + QByteArray(1024 * 1024, 'A') + "; b=AAAA\r\n"))
        << 1;
    QTest::newRow("line of 1 MB without a colon")
        << withMessage(QByteArray(QByteArray(1024 * 1024, 'y') + "\r\n")) << 0;
    QTest::newRow("1000 DKIM-Signature fields") << withMessage(
        QByteArray("DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=x; h=from; bh=AA; b=AA\r\n")
            .repeated(1000)) << 0;
}

void TestDkimVerify::garbage()
{
    QFETCH(QByteArray, input);
    QFETCH(int, error);
    const DkimVerification v = verifyDkim(input, {}, now());
    (void)dkimKeyQueries(input);
    if (error == 1)
        QVERIFY(!v.error.isEmpty());
    else if (error == 0)
        QVERIFY2(v.error.isEmpty(), qPrintable(v.error));
    QVERIFY(!v.error.isEmpty() || v.signatures.size() <= 10);
    for (const DkimSignatureResult &s : v.signatures)
        QVERIFY2(s.outcome != Outcome::Pass, qPrintable(summary(s)));
}

void TestDkimVerify::concurrentCalls()
{
    // verifyDkim() runs in worker threads: several at once must not disturb each other.
    const QByteArray good = sign(message(), m_key2048, QStringLiteral("mail2048"));
    QByteArray bad = good;
    bad.replace("attached.", "attached?");
    const auto keys = answer(QStringLiteral("mail2048"), int(State::Found), m_key2048.dnsTxt);
    std::vector<int> wrong(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 5; ++i) {
                const bool even = (t + i) % 2 == 0;
                const DkimVerification v = verifyDkim(even ? good : bad, keys, now());
                const Outcome expected = even ? Outcome::Pass : Outcome::BodyHashMismatch;
                if (v.signatures.size() != 1 || v.signatures.first().outcome != expected)
                    ++wrong[std::size_t(t)];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const int count : wrong)
        QCOMPARE(count, 0);
}

QTEST_GUILESS_MAIN(TestDkimVerify)
#include "TestDkimVerify.moc"
