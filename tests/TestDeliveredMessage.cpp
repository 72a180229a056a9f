// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/DkimVerifyCheck.h"
#include "Diagnoser.h"
#include "DiagnosisRun.h"
#include "DkimSigner.h"
#include "dns/CAresResolver.h"
#include "headers/DeliveredMessage.h"
#include "KnotServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace MailMedic;

// "My mail lands in spam": the person pastes the headers of a message that
// arrived, and MailMedic says what the receiver concluded, whether the From
// domain is covered by SPF or DKIM, the route, and (live) whether the DKIM
// signatures verify with the keys in DNS.
class TestDeliveredMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verifyingLeavesTheWindowFree();
    void thirdPartySender();
    void thirdPartySenderInDutch();
    void receivers_data();
    void receivers();
    void bulkUnsubscribe_data();
    void bulkUnsubscribe();
    void sentCopyHasNoVerdict();
    void onlySendersOwnResults();
    void gmailPageCopied();
    void awkwardInput_data();
    void awkwardInput();
    void bounceStaysBounce();
    void liveDkim_data();
    void liveDkim();
    void liveThirdPartySender();
    void headersOnlyDkimNotTested();

private:
    static Report read(const QByteArray &message, const QString &language = QStringLiteral("en"));
    static const Finding *finding(const Report &report, const QString &id);
    static QByteArray message(const QByteArray &headersAbove, const QByteArray &extraHeaders = {});

    Test::KnotServer m_dns;
    Test::DkimTestKey m_key2048;
    Test::DkimTestKey m_key512;
};

namespace {

// A TXT record's text as zone-file strings of at most 255 bytes (RFC 1035 §3.3.14).
QString zoneTxt(const QByteArray &text)
{
    QStringList parts;
    for (qsizetype i = 0; i < text.size(); i += 255)
        parts << QLatin1Char('"') + QString::fromLatin1(text.mid(i, 255)) + QLatin1Char('"');
    return parts.join(QLatin1Char(' '));
}

// What Gmail writes above a message from a service that sends with the
// customer's From (the Carerix case of the seeds), plus a forged result
// the sender put in itself.
const char carerixHeaders[]
    = "Delivered-To: klant@gmail.test\n"
      "Received: by 2002:a05:6a10:8e0b::1 with SMTP id x11csp1;\n"
      "        Mon, 2 Dec 2024 01:00:05 -0800 (PST)\n"
      "Return-Path: <bounces@mail.carerix.test>\n"
      "Received: from smtp1.carerix.test (smtp1.carerix.test. [192.0.2.25])\n"
      "        by mx.google.com with ESMTPS id a1si1.2024.12.02.01.00.04\n"
      "        for <klant@gmail.test>\n"
      "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
      "        Mon, 02 Dec 2024 01:00:04 -0800 (PST)\n"
      "Authentication-Results: mx.google.com;\n"
      "       spf=pass (google.com: domain of bounces@mail.carerix.test designates 192.0.2.25 as permitted "
      "sender) smtp.mailfrom=bounces@mail.carerix.test;\n"
      "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=uwdomein.test\n"
      "Authentication-Results: mx.google.com; dkim=pass header.d=uwdomein.test; dmarc=pass "
      "header.from=uwdomein.test\n"
      "Received: from app3.internal.carerix.test (app3.internal.carerix.test [10.1.2.3])\n"
      "        by smtp1.carerix.test (Postfix) with ESMTP id 4Y2abc\n"
      "        for <klant@gmail.test>; Mon,  2 Dec 2024 10:00:01 +0100 (CET)\n";

} // namespace

QByteArray TestDeliveredMessage::message(const QByteArray &headersAbove, const QByteArray &extraHeaders)
{
    return headersAbove
        + "From: Jan Jansen <naam@uwdomein.test>\n"
          "To: klant@gmail.test\n"
          "Subject: Uw sollicitatie\n"
          "Date: Mon, 2 Dec 2024 10:00:00 +0100\n"
          "Message-ID: <abc123@carerix.test>\n"
          "MIME-Version: 1.0\n"
          "Content-Type: text/plain; charset=utf-8\n"
        + extraHeaders + "\nBeste kandidaat,\n\nBedankt voor uw sollicitatie.\n";
}

Report TestDeliveredMessage::read(const QByteArray &message, const QString &language)
{
    DiagnoseOptions options;
    options.language = language;
    return Diagnoser::diagnoseOffline(QStringLiteral("message.eml"), message, options);
}

const Finding *TestDeliveredMessage::finding(const Report &report, const QString &id)
{
    for (const Finding &f : report.findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

void TestDeliveredMessage::initTestCase()
{
    m_key2048 = Test::makeDkimKey(2048);
    m_key512 = Test::makeDkimKey(512);
    QVERIFY(m_key2048.bits == 2048 && m_key512.bits == 512);
    const QString zone = QStringLiteral(
        "$TTL 300\n@ SOA ns.sender.test. hostmaster.sender.test. 1 3600 600 86400 300\n@ NS ns.sender.test.\n"
        "ns A 127.0.0.1\n@ TXT \"v=spf1 ip4:192.0.2.25 -all\"\n_dmarc TXT \"v=DMARC1; p=quarantine\"\n"
        "s2048._domainkey TXT %1\ns512._domainkey TXT %2\nrevoked._domainkey TXT \"v=DKIM1; k=rsa; p=\"\n")
                             .arg(zoneTxt(m_key2048.dnsTxt), zoneTxt(m_key512.dnsTxt));
    m_dns.addZone(QStringLiteral("sender.test"), zone);
    // The Carerix case: the service's envelope domain allows its server; the
    // customer's domain asks for DMARC and lists only its own server.
    m_dns.addZone(QStringLiteral("carerix.test"),
        QStringLiteral("$TTL 300\n@ SOA ns.carerix.test. hostmaster.carerix.test. 1 3600 600 86400 300\n"
                       "@ NS ns.carerix.test.\nns A 127.0.0.1\nmail TXT \"v=spf1 ip4:192.0.2.25 -all\"\n"));
    m_dns.addZone(QStringLiteral("uwdomein.test"),
        QStringLiteral("$TTL 300\n@ SOA ns.uwdomein.test. hostmaster.uwdomein.test. 1 3600 600 86400 300\n"
                       "@ NS ns.uwdomein.test.\nns A 127.0.0.1\n@ TXT \"v=spf1 ip4:192.0.2.80 -all\"\n"
                       "_dmarc TXT \"v=DMARC1; p=quarantine; aspf=s\"\n"));
    QString error;
    QVERIFY2(m_dns.start(&error), qPrintable(error));
}

void TestDeliveredMessage::thirdPartySender()
{
    const Report r = read(message(carerixHeaders));
    QCOMPARE(toString(r.kind), QStringLiteral("message"));
    QCOMPARE(r.reason, QStringLiteral("none"));
    QVERIFY(r.recipients.isEmpty());
    // The receiver's own (topmost) result counts; the forged "dmarc=pass"
    // below it is shown as written earlier, never believed.
    const Finding *verdict = finding(r, QStringLiteral("msg-receiver-verdict"));
    QVERIFY(verdict);
    QCOMPARE(toString(verdict->status), QStringLiteral("fail"));
    QCOMPARE(verdict->title,
        QStringLiteral(
            "The receiving server (mx.google.com) checked the sender: SPF passed, DKIM not reported, "
            "DMARC failed"));
    const Finding *earlier = finding(r, QStringLiteral("msg-earlier-results"));
    QVERIFY(earlier);
    QVERIFY(earlier->evidence.first().contains(QStringLiteral("dmarc=pass")));
    // In words: whose servers, whose From, and what to set where.
    const Finding *aligned = finding(r, QStringLiteral("msg-not-aligned"));
    QVERIFY(aligned);
    QCOMPARE(toString(aligned->status), QStringLiteral("fail"));
    QCOMPARE(aligned->title,
        QStringLiteral("Sent through carerix.test with uwdomein.test as From: neither SPF nor DKIM is for "
                       "uwdomein.test"));
    QVERIFY(aligned->explanation.contains(QStringLiteral("SPF checked mail.carerix.test")));
    QCOMPARE(aligned->fixes.size(), 3);
    QVERIFY(aligned->fixes.at(0).text.contains(
        QStringLiteral("Have carerix.test sign your mail with DKIM for uwdomein.test")));
    QVERIFY(aligned->fixes.at(0).text.contains(QStringLiteral("_domainkey.uwdomein.test")));
    QVERIFY(aligned->fixes.at(1).text.contains(QStringLiteral("bounce.uwdomein.test")));
    // The route, oldest first, and the server that handed it over feeds
    // the SPF, PTR and blocklist checks.
    const Finding *route = finding(r, QStringLiteral("msg-route"));
    QVERIFY(route);
    QCOMPARE(route->evidence.size(), 3);
    QVERIFY2(route->evidence.at(1).contains(
                 QStringLiteral("smtp1.carerix.test [192.0.2.25] → mx.google.com, encrypted")),
        qPrintable(route->evidence.at(1)));
    QVERIFY2(route->evidence.at(1).contains(QStringLiteral("(+3 s)")), qPrintable(route->evidence.at(1)));
    QCOMPARE(r.sendingIps, QStringList { QStringLiteral("192.0.2.25") });
    QCOMPARE(r.senderDomain, QStringLiteral("uwdomein.test"));
    QCOMPARE(r.mailFromDomain, QStringLiteral("mail.carerix.test"));
    QVERIFY(!finding(r, QStringLiteral("msg-hop-no-tls")));
}

void TestDeliveredMessage::thirdPartySenderInDutch()
{
    const Report r = read(message(carerixHeaders), QStringLiteral("nl"));
    const Finding *aligned = finding(r, QStringLiteral("msg-not-aligned"));
    QVERIFY(aligned);
    QCOMPARE(aligned->title,
        QStringLiteral("Verstuurd via carerix.test met uwdomein.test als afzender: SPF noch DKIM is voor "
                       "uwdomein.test"));
    const Finding *route = finding(r, QStringLiteral("msg-route"));
    QVERIFY(route);
    QVERIFY2(
        route->evidence.at(1).contains(QStringLiteral("versleuteld")), qPrintable(route->evidence.at(1)));
    for (const Finding &f : r.findings)
        for (const QString &line : f.evidence)
            QVERIFY2(!line.contains(QChar(0xFDD0)) && !line.contains(QChar(QChar::ReplacementCharacter)),
                qPrintable(line));
}

void TestDeliveredMessage::receivers_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("receiver");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("alsoFound");
    // Written after the published formats: RFC 8601 §2.2 and what each
    // provider's own headers look like.
    QTest::newRow("Gmail, all pass") << QByteArray(
        "Authentication-Results: mx.google.com;\n"
        "       dkim=pass header.i=@uwdomein.test header.s=s1 header.b=AbCd;\n"
        "       spf=pass (google.com: domain of a@uwdomein.test designates 192.0.2.7 as permitted sender) "
        "smtp.mailfrom=a@uwdomein.test;\n"
        "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=uwdomein.test\n"
        "Received: from mail.uwdomein.test (mail.uwdomein.test. [192.0.2.7])\n"
        "        by mx.google.com with ESMTPS id x1;\n        Mon, 02 Dec 2024 01:00:04 -0800 (PST)\n")
                                     << QStringLiteral("mx.google.com") << int(FindingStatus::Pass)
                                     << QStringLiteral("msg-aligned");
    QTest::newRow("Outlook.com, no authserv-id, spam") << QByteArray(
        "Authentication-Results: spf=softfail (sender IP is 192.0.2.9)\n"
        " smtp.mailfrom=uwdomein.test; dkim=none (message not signed)\n"
        " header.d=none;dmarc=fail action=quarantine header.from=uwdomein.test;compauth=fail reason=001\n"
        "X-Forefront-Antispam-Report: CIP:192.0.2.9;CTRY:NL;LANG:nl;SCL:5;SRV:;IPV:NLI;SFV:SPM;"
        "H:mail.uwdomein.test;PTR:mail.uwdomein.test;CAT:SPOOF;SFS:(13230040);DIR:INB;\n"
        "X-Microsoft-Antispam: BCL:0;\n"
        "Received: from mail.uwdomein.test (192.0.2.9) by AM0PR01MB1234.outlook.office365.test\n"
        " (2603:10a6:208:1::1) with Microsoft SMTP Server (version=TLS1_2,\n"
        " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1; Mon, 2 Dec 2024 09:00:00 +0000\n")
                                                       << QStringLiteral("Microsoft 365")
                                                       << int(FindingStatus::Fail)
                                                       << QStringLiteral("msg-microsoft-spam");
    QTest::newRow("Yahoo, DMARC fail without space")
        << QByteArray("Authentication-Results: atlas-production.v2.mta.yahoo.test;\n"
                      " dkim=pass header.i=@mailer.test header.s=s1;\n"
                      " spf=pass smtp.mailfrom=mailer.test;\n"
                      " dmarc=fail(p=REJECT) header.from=uwdomein.test;\n"
                      "Received: from 192.0.2.11 (EHLO out.mailer.test)\n"
                      " by 10.197.1.1 with SMTP; Mon, 02 Dec 2024 09:00:00 +0000\n")
        << QStringLiteral("atlas-production.v2.mta.yahoo.test") << int(FindingStatus::Fail)
        << QStringLiteral("msg-not-aligned");
    QTest::newRow("forwarded by a list, ARC sealed") << QByteArray(
        "ARC-Authentication-Results: i=2; mx.google.com; arc=pass (i=1 spf=pass dkim=pass dmarc=pass);\n"
        "       spf=pass smtp.mailfrom=lists.example.test; dmarc=pass header.from=uwdomein.test\n"
        "Authentication-Results: mx.google.com; arc=pass (i=1 spf=pass dkim=pass dmarc=pass);\n"
        "       spf=pass smtp.mailfrom=lists.example.test; dmarc=pass header.from=uwdomein.test\n"
        "ARC-Authentication-Results: i=1; lists.example.test; spf=pass smtp.mailfrom=uwdomein.test;\n"
        "       dkim=pass header.d=uwdomein.test; dmarc=pass header.from=uwdomein.test\n"
        "Received: from lists.example.test (lists.example.test. [192.0.2.60])\n"
        "        by mx.google.com with ESMTPS id l1;\n        Mon, 02 Dec 2024 01:00:04 -0800 (PST)\n")
                                                     << QStringLiteral("mx.google.com")
                                                     << int(FindingStatus::Pass)
                                                     << QStringLiteral("msg-arc-results");
    QTest::newRow("Received-SPF only") << QByteArray(
        "Received-SPF: Fail (mailfrom) identity=mailfrom; client-ip=192.0.2.44; helo=pc;\n"
        " envelope-from=<a@uwdomein.test>; receiver=mx.hoster.test\n"
        "Received: from pc ([192.0.2.44])\n\tby mx.hoster.test with SMTP; Mon, 02 Dec 2024 09:00:00 +0000\n")
                                       << QStringLiteral("mx.hoster.test") << int(FindingStatus::Fail)
                                       << QStringLiteral("msg-route");
    QTest::newRow("SpamAssassin score above the limit")
        << QByteArray("X-Spam-Flag: YES\n"
                      "X-Spam-Status: Yes, score=7.1 required=5.0 tests=BAYES_99,DKIM_INVALID,RDNS_NONE,\n"
                      "\tSPF_FAIL autolearn=no autolearn_force=no version=3.4.6\n"
                      "Authentication-Results: mx.hoster.test; spf=fail smtp.mailfrom=uwdomein.test\n"
                      "Received: from unknown (HELO pc) ([192.0.2.44])\n"
                      "\tby mx.hoster.test with SMTP; Mon, 02 Dec 2024 09:00:00 +0000\n")
        << QStringLiteral("mx.hoster.test") << int(FindingStatus::Fail) << QStringLiteral("msg-filter-spam");
}

void TestDeliveredMessage::receivers()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, receiver);
    QFETCH(int, status);
    QFETCH(QString, alsoFound);
    const Report r = read(message(headers));
    QCOMPARE(toString(r.kind), QStringLiteral("message"));
    const Finding *verdict = finding(r, QStringLiteral("msg-receiver-verdict"));
    QVERIFY(verdict);
    QVERIFY2(
        verdict->title.contains(QLatin1Char('(') + receiver + QLatin1Char(')')), qPrintable(verdict->title));
    QCOMPARE(int(verdict->status), status);
    const Finding *also = finding(r, alsoFound);
    QVERIFY2(also, qPrintable(alsoFound));
    if (alsoFound == QLatin1String("msg-microsoft-spam")) {
        QCOMPARE(also->title.left(47), QStringLiteral("Microsoft 365 marked the message as spam (SCL 5"));
        QVERIFY(also->evidence.join(QLatin1Char('\n')).contains(QStringLiteral("SFV:SPM")));
        // The title names the category: why, not only that.
        QVERIFY2(also->title.contains(QStringLiteral("CAT:SPOOF")), qPrintable(also->title));
    }
    if (alsoFound == QLatin1String("msg-arc-results")) {
        QCOMPARE(also->title,
            QStringLiteral("Results sealed by forwarding servers (ARC: i=1 lists.example.test)"));
        QCOMPARE(also->evidence.size(), 1);
    }
    if (alsoFound == QLatin1String("msg-filter-spam")) {
        QCOMPARE(also->title,
            QStringLiteral("SpamAssassin scored the message 7.1 points, at 5 it counts as spam"));
        QVERIFY(also->topics.contains(QStringLiteral("spf")) && also->topics.contains(QStringLiteral("ptr")));
        // SPF was for the From domain, but it failed: not "covered".
        QVERIFY(!finding(r, QStringLiteral("msg-aligned")));
    }
}

void TestDeliveredMessage::bulkUnsubscribe_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QString>("mark");
    const QByteArray list = "List-Id: <news.uwdomein.test>\n";
    QTest::newRow("one-click, signed") << (list
        + "List-Unsubscribe: <https://uwdomein.test/u/1>, <mailto:u@uwdomein.test>\n"
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
          "DKIM-Signature: v=1; a=rsa-sha256; d=uwdomein.test; s=s1; c=relaxed/relaxed;\n"
          "\th=from:to:subject:date:list-unsubscribe:list-unsubscribe-post; bh=x; b=y\n")
                                       << QStringLiteral("✓ one-click unsubscribe");
    QTest::newRow("mailto only") << (list + "List-Unsubscribe: <mailto:u@uwdomein.test>\n")
                                 << QStringLiteral("✗ one-click unsubscribe");
}

void TestDeliveredMessage::bulkUnsubscribe()
{
    QFETCH(QByteArray, headers);
    QFETCH(QString, mark);
    const Report r = read(message(carerixHeaders, headers));
    const Finding *card = finding(r, QStringLiteral("msg-bulk-card"));
    QVERIFY(card);
    QCOMPARE(card->title, QStringLiteral("Requirements for bulk senders (Gmail, Yahoo, Outlook.com)"));
    QVERIFY2(card->evidence.filter(mark).size() == 1, qPrintable(card->evidence.join(QLatin1Char('\n'))));
    QVERIFY(card->evidence.join(QLatin1Char('\n')).contains(QStringLiteral("? spam complaint rate")));
    QVERIFY(card->fixes.at(0).text.contains(QStringLiteral("RFC 8058")));
}

// The sender's own server wrote "dmarc=pass" and the receiver wrote no
// Authentication-Results: nothing the receiver concluded can be shown.
void TestDeliveredMessage::onlySendersOwnResults()
{
    const QByteArray headers
        = "Received: from mail.uwdomein.test (mail.uwdomein.test [192.0.2.7])\n"
          "        by mx.inbox.test with ESMTPS id 9; Mon, 02 Dec 2024 09:00:02 +0000\n"
          "Authentication-Results: mail.uwdomein.test; dkim=pass header.d=uwdomein.test;\n"
          "        dmarc=pass header.from=uwdomein.test\n"
          "Received: from pc.uwdomein.test ([10.0.0.5]) by mail.uwdomein.test with ESMTPSA id 8;\n"
          "        Mon, 02 Dec 2024 09:00:01 +0000\n";
    const Report r = read(message(headers));
    QVERIFY(!finding(r, QStringLiteral("msg-receiver-verdict")));
    const Finding *earlier = finding(r, QStringLiteral("msg-earlier-results"));
    QVERIFY(earlier);
    QCOMPARE(earlier->title,
        QStringLiteral(
            "Authentication results written before the message reached mx.inbox.test (mail.uwdomein.test)"));
}

void TestDeliveredMessage::sentCopyHasNoVerdict()
{
    const Report r = read(message(QByteArray()));
    QCOMPARE(toString(r.kind), QStringLiteral("message"));
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().id, QStringLiteral("msg-no-receiver-headers"));
}

void TestDeliveredMessage::gmailPageCopied()
{
    // The whole "Show original" page: Gmail's summary above the source.
    const QByteArray page
        = "Original message\nMessage ID\t<abc123@carerix.test>\nCreated at:\tMon, Dec 2, 2024\n"
          "SPF:\tPASS with IP 192.0.2.25 Learn more\nDMARC:\t'FAIL' Learn more\n"
          "Download original\tCopy to clipboard\n\n";
    const Report r = read(page + message(carerixHeaders));
    QVERIFY(finding(r, QStringLiteral("msg-not-aligned")));
    QCOMPARE(deliveredMessageBytes(page + message(carerixHeaders)), message(carerixHeaders));
}

void TestDeliveredMessage::awkwardInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("headers only") << QByteArray(carerixHeaders)
            + "From: a@uwdomein.test\nDate: Mon, 2 Dec 2024\n";
    QTest::newRow("8-bit headers") << message(QByteArray(carerixHeaders) + "X-Note: caf\xe9 \xff\xfe\n");
    QTest::newRow("10 MB message") << message(carerixHeaders) + QByteArray(10 * 1024 * 1024, 'x');
    QTest::newRow("CRLF") << message(carerixHeaders).replace("\n", "\r\n");
    // A message saved from a mail folder (mbox) starts with its "From " line.
    QTest::newRow("mbox From line") << QByteArray("From - Mon Dec  2 10:00:06 2024\n")
            + message(carerixHeaders);
}

void TestDeliveredMessage::awkwardInput()
{
    QFETCH(QByteArray, input);
    const Report r = read(input);
    QCOMPARE(toString(r.kind), QStringLiteral("message"));
    QVERIFY(finding(r, QStringLiteral("msg-receiver-verdict")));
}

void TestDeliveredMessage::bounceStaysBounce()
{
    // A delivery report (RFC 3464) has Received and Authentication-Results
    // headers too; it stays a bounce.
    const QByteArray dsn = QByteArray(carerixHeaders)
        + "From: MAILER-DAEMON@mail.uwdomein.test\nTo: naam@uwdomein.test\nSubject: Undelivered Mail "
          "Returned to Sender\n"
          "Date: Mon, 2 Dec 2024 11:00:00 +0100\nMessage-ID: <dsn1@mail.uwdomein.test>\nMIME-Version: 1.0\n"
          "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
          "--b\nContent-Type: text/plain\n\nThis is the mail system at host mail.uwdomein.test.\n\n"
          "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.uwdomein.test\n\n"
          "Final-Recipient: rfc822; klant@elders.test\nAction: failed\nStatus: 5.1.1\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <klant@elders.test>: Recipient address rejected: User "
          "unknown\n\n--b--\n";
    const Report r = read(dsn);
    QCOMPARE(toString(r.kind), QStringLiteral("dsn"));
    QCOMPARE(r.reason, QStringLiteral("userunknown"));
    QVERIFY(!finding(r, QStringLiteral("msg-receiver-verdict")));
}

void TestDeliveredMessage::liveDkim_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<bool>("tamper");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::newRow("valid")
        << QStringLiteral("s2048") << false << QStringLiteral("dkim-sig-pass")
        << QStringLiteral("The DKIM signature of sender.test (selector s2048) is valid, key of 2048 bits");
    QTest::newRow("body changed") << QStringLiteral("s2048") << true << QStringLiteral("dkim-sig-body")
                                  << QStringLiteral(
                                         "The DKIM signature of sender.test does not match the message body");
    QTest::newRow("512-bit key") << QStringLiteral("s512") << false << QStringLiteral("dkim-sig-small")
                                 << QStringLiteral(
                                        "The DKIM key of sender.test (selector s512) has only 512 bits");
    QTest::newRow("revoked")
        << QStringLiteral("revoked") << false << QStringLiteral("dkim-sig-revoked")
        << QStringLiteral("The DKIM key revoked._domainkey.sender.test has been revoked (empty p=)");
    QTest::newRow("no key") << QStringLiteral("gone") << false << QStringLiteral("dkim-sig-no-key")
                            << QStringLiteral("There is no DKIM key at gone._domainkey.sender.test");
}

void TestDeliveredMessage::liveDkim()
{
    QFETCH(QString, selector);
    QFETCH(bool, tamper);
    QFETCH(QString, id);
    QFETCH(QString, title);
    const QByteArray original
        = "From: Sender <news@sender.test>\nTo: klant@gmail.test\nSubject: Nieuws\n"
          "Date: Mon, 2 Dec 2024 10:00:00 +0100\nMessage-ID: <n1@sender.test>\n\nHallo.\n";
    const Test::DkimTestKey &key = selector == QLatin1String("s512") ? m_key512 : m_key2048;
    QByteArray signedMessage = Test::signDkim(original, key, selector, QStringLiteral("sender.test"));
    QVERIFY(signedMessage.startsWith("DKIM-Signature:"));
    if (tamper)
        signedMessage.replace("Hallo.", "Hallo!");
    const QByteArray arrived = "Authentication-Results: mx.inbox.test; spf=pass smtp.mailfrom=sender.test\r\n"
                               "Received: from out.sender.test (out.sender.test [192.0.2.25])\r\n"
                               "\tby mx.inbox.test with ESMTPS id 1; Mon, 2 Dec 2024 10:00:02 +0100\r\n"
        + signedMessage;

    DiagnosisRun run;
    QSignalSpy done(&run, &DiagnosisRun::finished);
    RunInput input;
    input.bytes = arrived;
    input.name = QStringLiteral("arrived.eml");
    RunOptions options;
    options.nameserver = m_dns.nameserver();
    options.timeoutSeconds = 20;
    run.start(input, options);
    QVERIFY(done.wait(40000));
    const Report r = run.report();
    const Finding *f = finding(r, id);
    QStringList seen;
    for (const Finding &x : r.findings)
        seen << x.id;
    QVERIFY2(f, qPrintable(seen.join(QLatin1Char(' '))));
    QCOMPARE(f->title, title);
    QVERIFY(!f->evidence.isEmpty());
    // The sender card shows what was verified here: a 2048-bit key meets
    // the bulk-sender requirement, a 512-bit one does not.
    const Finding *card = finding(r, QStringLiteral("msg-sender-card"));
    QVERIFY(card);
    const QString items = card->evidence.join(QLatin1Char('\n'));
    if (id == QLatin1String("dkim-sig-pass"))
        QVERIFY2(
            items.contains(QStringLiteral("✓ DKIM signature of sender.test verified here, key of 2048 bits")),
            qPrintable(items));
    else
        QVERIFY2(items.contains(QStringLiteral("✗ DKIM: ")), qPrintable(items));
    if (id != QLatin1String("dkim-sig-pass"))
        QCOMPARE(toString(card->status), QStringLiteral("fail"));
    // The key as the resolver got it is part of the evidence.
    if (selector != QLatin1String("gone"))
        QVERIFY2(f->evidence.join(QLatin1Char('\n'))
                     .contains(selector + QStringLiteral("._domainkey.sender.test. TXT")),
            qPrintable(f->evidence.join(QLatin1Char('\n'))));
}

// A large message's signature is verified in a worker: while libopendkim
// hashes it, the event loop (the wizard's window) goes on, and Cancel stops
// the check at once; the finding says it was not tested, not that it failed.
// Without Cancel the same message verifies.
void TestDeliveredMessage::verifyingLeavesTheWindowFree()
{
    QByteArray original = "From: Sender <news@sender.test>\nTo: klant@gmail.test\nSubject: Groot\n"
                          "Date: Mon, 2 Dec 2024 10:00:00 +0100\nMessage-ID: <big@sender.test>\n\n";
    const QByteArray line(76, 'x');
    while (original.size() < 40 * 1024 * 1024)
        original += line + '\n';
    const QByteArray signedMessage
        = Test::signDkim(original, m_key2048, QStringLiteral("s2048"), QStringLiteral("sender.test"));
    QVERIFY(signedMessage.startsWith("DKIM-Signature:"));

    CAresResolver resolver;
    QVERIFY(resolver.setNameserver(m_dns.nameserver()));
    for (const bool cancelIt : { true, false }) {
        DkimVerifyCheck check(&resolver);
        QSignalSpy done(&check, &Check::finished);
        check.start(signedMessage, QStringLiteral("sender.test"));
        // The key is asked, then the worker verifies; events keep coming.
        int turns = 0;
        bool sawWorker = false;
        QElapsedTimer clock;
        clock.start();
        while (done.isEmpty() && clock.elapsed() < 60000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (check.isWorkingInBackground()) {
                sawWorker = true;
                ++turns;
                if (cancelIt && turns == 3)
                    check.cancel();
            }
        }
        QCOMPARE(done.size(), 1);
        QVERIFY2(sawWorker, "the signature was verified on the event loop's thread");
        const QList<Finding> findings = check.findings();
        QCOMPARE(findings.size(), 1);
        if (cancelIt) {
            QCOMPARE(findings.first().id, QStringLiteral("dkim-sig-stopped"));
            QCOMPARE(toString(findings.first().status), QStringLiteral("untested"));
            QCOMPARE(findings.first().cause, QStringLiteral("cancelled"));
        } else {
            QCOMPARE(findings.first().id, QStringLiteral("dkim-sig-pass"));
        }
    }
}

// Live: SPF is asked for the envelope sender (the service's domain), where
// it passes; DMARC alignment with the customer's record fails, and the
// message has no signature to verify.
void TestDeliveredMessage::liveThirdPartySender()
{
    DiagnosisRun run;
    QSignalSpy done(&run, &DiagnosisRun::finished);
    RunInput input;
    input.bytes = message(carerixHeaders);
    input.name = QStringLiteral("arrived.eml");
    RunOptions options;
    options.nameserver = m_dns.nameserver();
    options.timeoutSeconds = 20;
    run.start(input, options);
    QVERIFY(done.wait(40000));
    QCOMPARE(run.request().mailFromDomain, QStringLiteral("mail.carerix.test"));
    const Report r = run.report();
    QStringList seen;
    for (const Finding &x : r.findings)
        seen << x.id;
    const QString all = seen.join(QLatin1Char(' '));
    QVERIFY2(seen.contains(QStringLiteral("spf-ip-pass")), qPrintable(all));
    QVERIFY2(seen.contains(QStringLiteral("dmarc-not-aligned")), qPrintable(all));
    QVERIFY2(seen.contains(QStringLiteral("dkim-sig-none")), qPrintable(all));
    QVERIFY2(seen.contains(QStringLiteral("msg-not-aligned")), qPrintable(all));
    const Finding *spf = finding(r, QStringLiteral("spf-ip-pass"));
    QVERIFY2(spf->title.contains(QStringLiteral("mail.carerix.test")), qPrintable(spf->title));
}

// Outlook's "Internet headers": the signature's body hash cannot be checked.
void TestDeliveredMessage::headersOnlyDkimNotTested()
{
    const QByteArray original
        = "From: Sender <news@sender.test>\nTo: klant@gmail.test\nSubject: Nieuws\n"
          "Date: Mon, 2 Dec 2024 10:00:00 +0100\nMessage-ID: <n1@sender.test>\n\nHallo.\n";
    QByteArray headers
        = Test::signDkim(original, m_key2048, QStringLiteral("s2048"), QStringLiteral("sender.test"));
    headers.truncate(headers.indexOf("\r\n\r\n"));
    DiagnosisRun run;
    QSignalSpy done(&run, &DiagnosisRun::finished);
    RunInput input;
    input.bytes = "Authentication-Results: mx.inbox.test; dkim=pass header.d=sender.test\r\n"
                  "Received: from out.sender.test (out.sender.test [192.0.2.25])\r\n"
                  "\tby mx.inbox.test with ESMTPS id 1; Mon, 2 Dec 2024 10:00:02 +0100\r\n"
        + headers;
    RunOptions options;
    options.nameserver = m_dns.nameserver();
    options.timeoutSeconds = 20;
    options.language = QStringLiteral("nl");
    run.start(input, options);
    QVERIFY(done.wait(40000));
    const Report report = run.report();
    const Finding *f = finding(report, QStringLiteral("dkim-sig-headers-only"));
    QVERIFY(f);
    QCOMPARE(toString(f->status), QStringLiteral("untested"));
    QCOMPARE(f->title,
        QStringLiteral("De DKIM-handtekening kon niet worden gecontroleerd: alleen de headers zijn geplakt"));
}

QTEST_GUILESS_MAIN(TestDeliveredMessage)
#include "TestDeliveredMessage.moc"
