// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headers/AuthResults.h"
#include "headers/ReceivedRoute.h"
#include "headers/SpamVerdicts.h"

#include <QTest>

using namespace MailMedic;

// The headers of a message that was delivered, but to the spam folder: what
// the receiver's authentication checks, its Received lines and its spam
// filter say. Each row is a header as a real receiver writes it (or as the
// RFC's examples do) and the reading a user would be shown.
class TestHeaderFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authenticationResults_data();
    void authenticationResults();
    void tooManyResultsAreCapped();
    void receivedSpf_data();
    void receivedSpf();
    void receivedHop_data();
    void receivedHop();
    void mailDateTime_data();
    void mailDateTime();
    void privateAddresses_data();
    void privateAddresses();
    void chain_data();
    void chain();
    void microsoft_data();
    void microsoft();
    void spamAssassin_data();
    void spamAssassin();
    void rspamd_data();
    void rspamd();
    void symbolMeanings_data();
    void symbolMeanings();
    void garbage_data();
    void garbage();

private:
    static QString dump(const std::optional<AuthResultsHeader> &header);
    static QString dump(const std::optional<ReceivedSpf> &spf);
    static QString dump(const ReceivedHop &hop);
    static QString dump(const std::optional<QDateTime> &time);
    static QString dump(const std::optional<MicrosoftVerdict> &verdict);
    static QString dump(const std::optional<FilterVerdict> &verdict);
};

QString TestHeaderFields::dump(const std::optional<AuthResultsHeader> &header)
{
    if (!header)
        return QStringLiteral("null");
    QString head = QStringLiteral("id=") + header->authservId;
    if (header->version != 1)
        head += QStringLiteral(" v=") + QString::number(header->version);
    if (header->arcInstance)
        head += QStringLiteral(" i=") + QString::number(header->arcInstance);
    if (header->none)
        head += QStringLiteral(" none");
    QStringList parts { head };
    for (const AuthMethodResult &r : header->results) {
        QString part = r.method + QLatin1Char('=') + r.result;
        if (!r.comment.isEmpty())
            part += QStringLiteral(" (") + r.comment + QLatin1Char(')');
        if (r.reason != r.comment)
            part += QStringLiteral(" reason=") + r.reason;
        for (auto it = r.properties.constBegin(); it != r.properties.constEnd(); ++it)
            part += QLatin1Char(' ') + it.key() + QLatin1Char('=') + it.value();
        parts.append(part);
    }
    return parts.join(QStringLiteral(" | "));
}

QString TestHeaderFields::dump(const std::optional<ReceivedSpf> &spf)
{
    if (!spf)
        return QStringLiteral("null");
    QString out = spf->result;
    if (!spf->comment.isEmpty())
        out += QStringLiteral(" (") + spf->comment + QLatin1Char(')');
    for (auto it = spf->keyValues.constBegin(); it != spf->keyValues.constEnd(); ++it)
        out += QLatin1Char(' ') + it.key() + QLatin1Char('=') + it.value();
    return out;
}

QString TestHeaderFields::dump(const std::optional<QDateTime> &time)
{
    if (!time)
        return QStringLiteral("null");
    return time->toUTC().toString(Qt::ISODate) + QLatin1Char(' ') + QString::number(time->offsetFromUtc());
}

QString TestHeaderFields::dump(const ReceivedHop &hop)
{
    QStringList parts;
    const auto add = [&parts](const char *name, const QString &value) {
        if (!value.isEmpty())
            parts.append(QLatin1String(name) + QLatin1Char('=') + value);
    };
    add("helo", hop.fromHelo);
    add("host", hop.fromHost);
    add("ip", hop.fromIp);
    add("by", hop.byHost);
    add("with", hop.with);
    add("id", hop.id);
    add("for", hop.forAddress);
    if (hop.time)
        add("time", dump(hop.time));
    if (hop.tls)
        add("tls", hop.tlsDetail.isEmpty() ? QStringLiteral("yes") : hop.tlsDetail);
    if (hop.authenticated)
        parts.append(QStringLiteral("auth"));
    return parts.join(QStringLiteral(" | "));
}

QString TestHeaderFields::dump(const std::optional<MicrosoftVerdict> &verdict)
{
    if (!verdict)
        return QStringLiteral("null");
    const auto number = [](const std::optional<int> &n) -> QString {
        return n ? QString::number(*n) : QStringLiteral("-");
    };
    return QStringLiteral("scl=") + number(verdict->scl) + QStringLiteral(" bcl=") + number(verdict->bcl)
        + QStringLiteral(" sfv=") + verdict->sfv + QStringLiteral(" cat=") + verdict->cat
        + QStringLiteral(" cip=") + verdict->cip + QStringLiteral(" ptr=") + verdict->ptr
        + QStringLiteral(" spam=") + (verdict->markedSpam() ? QStringLiteral("yes") : QStringLiteral("no"))
        + QStringLiteral(" ids=") + microsoftExplanationIds(*verdict).join(QLatin1Char(','));
}

QString TestHeaderFields::dump(const std::optional<FilterVerdict> &verdict)
{
    if (!verdict)
        return QStringLiteral("null");
    const auto number = [](const std::optional<double> &n) -> QString {
        return n ? QString::number(*n) : QStringLiteral("-");
    };
    QStringList symbols;
    for (const QString &s : verdict->symbols)
        symbols.append(verdict->symbolScores.contains(s)
                ? s + QLatin1Char('=') + QString::number(verdict->symbolScores.value(s))
                : s);
    QString out = verdict->filter + QStringLiteral(" spam=")
        + (verdict->spam ? QStringLiteral("yes") : QStringLiteral("no")) + QStringLiteral(" score=")
        + number(verdict->score) + QStringLiteral(" threshold=") + number(verdict->threshold)
        + QStringLiteral(" symbols=") + symbols.join(QLatin1Char(','));
    if (!verdict->action.isEmpty())
        out += QStringLiteral(" action=") + verdict->action;
    return out;
}

void TestHeaderFields::authenticationResults_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    // RFC 8601 Appendix B
    QTest::newRow("B.1 no results") << QStringLiteral("example.org 1; none")
                                    << QStringLiteral("id=example.org none");
    QTest::newRow("B.2 spf") << QStringLiteral("example.com;\r\n          spf=pass smtp.mailfrom=example.net")
                             << QStringLiteral("id=example.com | spf=pass smtp.mailfrom=example.net");
    QTest::newRow("B.3 auth and spf")
        << QStringLiteral("example.com;\r\n          auth=pass (cram-md5) smtp.auth=sender@example.net;\r\n"
                          "          spf=pass smtp.mailfrom=example.net")
        << QStringLiteral("id=example.com | auth=pass (cram-md5) smtp.auth=sender@example.net"
                          " | spf=pass smtp.mailfrom=example.net");
    QTest::newRow("B.3 iprev") << QStringLiteral(
        "example.com; iprev=pass\r\n          policy.iprev=192.0.2.200")
                               << QStringLiteral("id=example.com | iprev=pass policy.iprev=192.0.2.200");
    QTest::newRow("B.4 two signatures")
        << QStringLiteral(
               "example.net;\r\n          dkim=pass (good signature) header.i=@mail-router.example.net;\r\n"
               "          dkim=fail (bad signature) header.i=@newyork.example.com")
        << QStringLiteral("id=example.net | dkim=pass (good signature) header.i=@mail-router.example.net"
                          " | dkim=fail (bad signature) header.i=@newyork.example.com");
    QTest::newRow("B.5 sender-id and dkim")
        << QStringLiteral("example.com;\r\n          sender-id=fail header.from=example.com;\r\n"
                          "          dkim=pass (good signature) header.d=example.com")
        << QStringLiteral("id=example.com | sender-id=fail header.from=example.com"
                          " | dkim=pass (good signature) header.d=example.com");
    QTest::newRow("B.7 comment-heavy")
        << QStringLiteral("foo.example.net (foobar) 1 (baz);\r\n"
                          "    dkim (Because I like it) / 1 (One yay) = (wait for it) fail\r\n"
                          "      policy (A dot can go here) . (like that) expired\r\n"
                          "      (this surprised me) = (as I wasn't expecting it) 1362471462")
        << QStringLiteral(
               "id=foo.example.net | dkim=fail (Because I like it One yay wait for it A dot can go here "
               "like that this surprised me as I wasn't expecting it) policy.expired=1362471462");

    // Real receivers
    QTest::newRow("gmail")
        << QStringLiteral(
               "mx.google.com;\r\n       dkim=pass header.i=@example.com header.s=s1 header.b=AbCd;\r\n"
               "       spf=pass (google.com: domain of x@example.com designates 1.2.3.4 as permitted "
               "sender) smtp.mailfrom=x@example.com;\r\n"
               "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com")
        << QStringLiteral(
               "id=mx.google.com | dkim=pass header.b=AbCd header.i=@example.com header.s=s1"
               " | spf=pass (google.com: domain of x@example.com designates 1.2.3.4 as permitted sender)"
               " smtp.mailfrom=x@example.com"
               " | dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com");
    QTest::newRow("microsoft without authserv-id")
        << QStringLiteral(
               "spf=pass (sender IP is 1.2.3.4) smtp.mailfrom=example.com; dkim=pass (signature was "
               "verified) header.d=example.com;dmarc=pass action=none header.from=example.com;"
               "compauth=pass reason=100")
        << QStringLiteral("id= | spf=pass (sender IP is 1.2.3.4) smtp.mailfrom=example.com"
                          " | dkim=pass (signature was verified) header.d=example.com"
                          " | dmarc=pass action=none header.from=example.com | compauth=pass reason=100");
    QTest::newRow("microsoft spam")
        << QStringLiteral(
               "spf=fail (sender IP is 192.0.2.9)\r\n smtp.mailfrom=example.com; dkim=none (message not "
               "signed)\r\n header.d=none;dmarc=fail action=quarantine\r\n header.from=example.com;"
               "compauth=fail reason=000")
        << QStringLiteral(
               "id= | spf=fail (sender IP is 192.0.2.9) smtp.mailfrom=example.com"
               " | dkim=none (message not signed) header.d=none"
               " | dmarc=fail action=quarantine header.from=example.com | compauth=fail reason=000");
    QTest::newRow("yahoo")
        << QStringLiteral("atlas-production.v2.mta.yahoo.com; dkim=pass header.i=@example.com header.s=s1; "
                          "spf=pass smtp.mailfrom=example.com; dmarc=pass(p=REJECT) header.from=example.com;")
        << QStringLiteral(
               "id=atlas-production.v2.mta.yahoo.com | dkim=pass header.i=@example.com header.s=s1"
               " | spf=pass smtp.mailfrom=example.com | dmarc=pass (p=REJECT) header.from=example.com");
    QTest::newRow("arc gmail")
        << QStringLiteral(
               "i=1; mx.google.com;\r\n       dkim=pass header.i=@example.com header.s=s1 header.b=AbCd;\r\n"
               "       arc=none")
        << QStringLiteral("id=mx.google.com i=1 | dkim=pass header.b=AbCd header.i=@example.com header.s=s1"
                          " | arc=none");
    QTest::newRow("arc microsoft")
        << QStringLiteral(
               "i=2; mx.microsoft.com 1; spf=pass smtp.mailfrom=example.com; dmarc=pass action=none "
               "header.from=example.com; dkim=pass header.d=example.com; arc=pass (0 oda=1 ltdi=1 "
               "spf=[1,1,smtp.mailfrom=example.com] dkim=[1,1,header.d=example.com])")
        << QStringLiteral("id=mx.microsoft.com i=2 | spf=pass smtp.mailfrom=example.com"
                          " | dmarc=pass action=none header.from=example.com | dkim=pass header.d=example.com"
                          " | arc=pass (0 oda=1 ltdi=1 spf=[1,1,smtp.mailfrom=example.com] "
                          "dkim=[1,1,header.d=example.com])");

    // Lexical details
    QTest::newRow("quoted reason with semicolon")
        << QStringLiteral(
               "example.com; dkim=fail reason=\"signature verification failed; body hash mismatch\" "
               "header.d=\"example.org\"; spf=pass smtp.mailfrom=example.org")
        << QStringLiteral(
               "id=example.com | dkim=fail reason=signature verification failed; body hash mismatch "
               "header.d=example.org | spf=pass smtp.mailfrom=example.org");
    QTest::newRow("quoted local part")
        << QStringLiteral("example.com; spf=pass smtp.mailfrom=\"first last\"@example.com")
        << QStringLiteral("id=example.com | spf=pass smtp.mailfrom=first last@example.com");
    QTest::newRow("nested comment")
        << QStringLiteral("example.com; spf=fail (nested (inner) \\) comment) smtp.mailfrom=a.example")
        << QStringLiteral("id=example.com | spf=fail (nested (inner) ) comment) smtp.mailfrom=a.example");
    QTest::newRow("method version") << QStringLiteral("example.com 1; dkim/1=pass header.d=example.com")
                                    << QStringLiteral("id=example.com | dkim=pass header.d=example.com");
    QTest::newRow("authres version 2")
        << QStringLiteral("example.com 2; spf=pass smtp.mailfrom=example.com")
        << QStringLiteral("id=example.com v=2 | spf=pass smtp.mailfrom=example.com");
    QTest::newRow("dmarc policy property")
        << QStringLiteral("mx.example.com; dmarc=fail (p=quarantine dis=quarantine) header.from=example.com "
                          "policy.dmarc=quarantine")
        << QStringLiteral(
               "id=mx.example.com | dmarc=fail (p=quarantine dis=quarantine) header.from=example.com"
               " policy.dmarc=quarantine");
    QTest::newRow("comment after property")
        << QStringLiteral("mx.example.com; iprev=fail smtp.remote-ip=192.0.2.9 (no PTR)")
        << QStringLiteral("id=mx.example.com | iprev=fail (no PTR) smtp.remote-ip=192.0.2.9");
    QTest::newRow("bimi and dkim-atps")
        << QStringLiteral("mx.example.com; bimi=pass header.d=example.com header.selector=default "
                          "policy.authority=pass; dkim-atps=neutral")
        << QStringLiteral("id=mx.example.com | bimi=pass header.d=example.com header.selector=default "
                          "policy.authority=pass | dkim-atps=neutral");
    QTest::newRow("case folded") << QStringLiteral("MX.Example.COM; SPF=Pass smtp.MailFrom=Example.net")
                                 << QStringLiteral("id=MX.Example.COM | spf=pass smtp.mailfrom=Example.net");
    QTest::newRow("empty resinfos") << QStringLiteral("example.com;; ;spf=pass smtp.mailfrom=a.example;;")
                                    << QStringLiteral("id=example.com | spf=pass smtp.mailfrom=a.example");
    QTest::newRow("quoted authserv-id")
        << QStringLiteral("\"mx example\"; spf=none") << QStringLiteral("id=mx example | spf=none");
    QTest::newRow("authserv-id only") << QStringLiteral("example.com") << QStringLiteral("id=example.com");
    QTest::newRow("single result, no id") << QStringLiteral("spf=pass smtp.mailfrom=example.com")
                                          << QStringLiteral("id= | spf=pass smtp.mailfrom=example.com");
    QTest::newRow("opendkim and opendmarc")
        << QStringLiteral("mx.example.net;\r\n\tdkim=pass (2048-bit key; unprotected) header.d=example.com "
                          "header.i=@example.com header.a=rsa-sha256 header.s=s1 header.b=AbCd;\r\n"
                          "\tdmarc=fail (p=none dis=none) header.from=example.com")
        << QStringLiteral("id=mx.example.net | dkim=pass (2048-bit key; unprotected) header.a=rsa-sha256 "
                          "header.b=AbCd header.d=example.com header.i=@example.com header.s=s1"
                          " | dmarc=fail (p=none dis=none) header.from=example.com");

    // Broken input: partial results or nothing
    QTest::newRow("method without result")
        << QStringLiteral("example.com; spf; dkim=pass") << QStringLiteral("id=example.com | dkim=pass");
    QTest::newRow("result without method")
        << QStringLiteral("example.com; =pass; dkim=pass") << QStringLiteral("id=example.com | dkim=pass");
    QTest::newRow("unclosed comment")
        << QStringLiteral("example.com; spf=pass (unclosed smtp.mailfrom=a")
        << QStringLiteral("id=example.com | spf=pass (unclosed smtp.mailfrom=a)");
    QTest::newRow("stray parenthesis") << QStringLiteral("example.com; spf=pass ) smtp.mailfrom=a.example")
                                       << QStringLiteral("id=example.com | spf=pass smtp.mailfrom=a.example");
    QTest::newRow("unclosed quote") << QStringLiteral("example.com; dkim=fail reason=\"no end; spf=pass")
                                    << QStringLiteral("id=example.com | dkim=fail reason=no end; spf=pass");
    QTest::newRow("empty") << QString() << QStringLiteral("null");
    QTest::newRow("white space") << QStringLiteral(" \r\n\t ") << QStringLiteral("null");
    QTest::newRow("only a comment") << QStringLiteral("(just a comment)") << QStringLiteral("null");
    QTest::newRow("not a token") << QStringLiteral("<html>; spf=pass") << QStringLiteral("null");
}

void TestHeaderFields::authenticationResults()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(dump(parseAuthenticationResults(value)), expected);
}

void TestHeaderFields::tooManyResultsAreCapped()
{
    QString value = QStringLiteral("example.com");
    for (int i = 0; i < 1000; ++i)
        value += QStringLiteral("; dkim=pass header.d=d") + QString::number(i) + QStringLiteral(".example");
    const auto header = parseAuthenticationResults(value);
    QVERIFY(header);
    QCOMPARE(header->results.size(), 100);
    QCOMPARE(
        header->results.first().properties.value(QStringLiteral("header.d")), QStringLiteral("d0.example"));
}

void TestHeaderFields::receivedSpf_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    // RFC 7208 §9.1
    QTest::newRow("rfc pass") << QStringLiteral(
        "pass (mybox.example.org: domain of myname@example.com designates "
        "192.0.2.1 as permitted sender)\r\n      receiver=mybox.example.org; "
        "client-ip=192.0.2.1;\r\n      envelope-from=\"myname@example.com\"; "
        "helo=foo.example.com;")
                              << QStringLiteral(
                                     "pass (mybox.example.org: domain of myname@example.com designates "
                                     "192.0.2.1 as permitted sender) client-ip=192.0.2.1 "
                                     "envelope-from=myname@example.com helo=foo.example.com "
                                     "receiver=mybox.example.org");
    QTest::newRow("rfc fail") << QStringLiteral(
        "fail (mybox.example.org: domain of myname@example.com does not "
        "designate 192.0.2.1 as permitted sender)\r\n      identity=mailfrom; "
        "client-ip=192.0.2.1;\r\n      envelope-from=\"myname@example.com\";")
                              << QStringLiteral(
                                     "fail (mybox.example.org: domain of myname@example.com does not "
                                     "designate 192.0.2.1 as permitted sender) client-ip=192.0.2.1 "
                                     "envelope-from=myname@example.com identity=mailfrom");
    QTest::newRow("postfix policyd-spf")
        << QStringLiteral("Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.1; helo=mail.example.com; "
                          "envelope-from=<a@example.com>; receiver=<UNKNOWN>")
        << QStringLiteral(
               "pass (mailfrom) client-ip=192.0.2.1 envelope-from=a@example.com helo=mail.example.com "
               "identity=mailfrom receiver=UNKNOWN");
    QTest::newRow("gmail") << QStringLiteral(
        "pass (google.com: domain of a@example.com designates 192.0.2.1 as "
        "permitted sender) client-ip=192.0.2.1;")
                           << QStringLiteral(
                                  "pass (google.com: domain of a@example.com designates 192.0.2.1 as "
                                  "permitted sender) client-ip=192.0.2.1");
    QTest::newRow("microsoft") << QStringLiteral(
        "Pass (protection.outlook.com: domain of example.com designates "
        "192.0.2.1 as permitted sender)\r\n receiver=protection.outlook.com; "
        "client-ip=192.0.2.1; helo=mail.example.com; pr=C")
                               << QStringLiteral(
                                      "pass (protection.outlook.com: domain of example.com designates "
                                      "192.0.2.1 as permitted sender) client-ip=192.0.2.1 "
                                      "helo=mail.example.com pr=C receiver=protection.outlook.com");
    QTest::newRow("softfail mixed case")
        << QStringLiteral(
               "SoftFail (mx.example.net: domain of transitioning a@example.com does not designate "
               "192.0.2.1 as permitted sender) client-ip=192.0.2.1; envelope-from=a@example.com;")
        << QStringLiteral(
               "softfail (mx.example.net: domain of transitioning a@example.com does not designate "
               "192.0.2.1 as permitted sender) client-ip=192.0.2.1 envelope-from=a@example.com");
    QTest::newRow("permerror problem")
        << QStringLiteral("permerror (mx.example.net: permanent error in processing) identity=mailfrom; "
                          "problem=\"unknown mechanism ip5\"; mechanism=ip4:192.0.2.0/24")
        << QStringLiteral("permerror (mx.example.net: permanent error in processing) identity=mailfrom "
                          "mechanism=ip4:192.0.2.0/24 problem=unknown mechanism ip5");
    QTest::newRow("result only") << QStringLiteral("neutral") << QStringLiteral("neutral");
    QTest::newRow("free text") << QStringLiteral(
        "none (no SPF record) identity=mailfrom; some words; client-ip=192.0.2.8")
                               << QStringLiteral(
                                      "none (no SPF record) client-ip=192.0.2.8 identity=mailfrom");
    QTest::newRow("not a result") << QStringLiteral("maybe (who knows) client-ip=192.0.2.1")
                                  << QStringLiteral("null");
    QTest::newRow("empty") << QString() << QStringLiteral("null");
    QTest::newRow("starts with key") << QStringLiteral("=pass") << QStringLiteral("null");
}

void TestHeaderFields::receivedSpf()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(dump(parseReceivedSpf(value)), expected);
}

void TestHeaderFields::receivedHop_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("postfix") << QStringLiteral("from mail.example.com (mail.example.com [192.0.2.1])\r\n"
                                               "\tby mx.example.net (Postfix) with ESMTPS id 4ABC\r\n"
                                               "\tfor <b@example.net>; Mon, 2 Dec 2024 10:00:00 +0100 (CET)")
                             << QStringLiteral(
                                    "helo=mail.example.com | host=mail.example.com | ip=192.0.2.1 | "
                                    "by=mx.example.net | with=ESMTPS | id=4ABC | for=b@example.net | "
                                    "time=2024-12-02T09:00:00Z 3600 | tls=yes");
    QTest::newRow("postfix using tls")
        << QStringLiteral(
               "from mail.example.org (mail.example.org [198.51.100.7])\r\n"
               "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
               "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
               "\t(No client certificate requested)\r\n"
               "\tby mx.example.net (Postfix) with ESMTPS id 4Y2abc1234z\r\n"
               "\tfor <b@example.net>; Mon,  2 Dec 2024 10:00:00 +0100 (CET)")
        << QStringLiteral(
               "helo=mail.example.org | host=mail.example.org | ip=198.51.100.7 | by=mx.example.net | "
               "with=ESMTPS | id=4Y2abc1234z | for=b@example.net | time=2024-12-02T09:00:00Z 3600 | "
               "tls=TLSv1.3 TLS_AES_256_GCM_SHA384");
    QTest::newRow("postfix submission")
        << QStringLiteral("from [192.168.1.20] (dsl-203-0-113-5.example.net [203.0.113.5])\r\n"
                          "\t(Authenticated sender: alice@example.org)\r\n"
                          "\tby smtp.example.org (Postfix) with ESMTPSA id 4Y2x;\r\n"
                          "\tMon, 2 Dec 2024 10:00:00 +0100")
        << QStringLiteral("helo=[192.168.1.20] | host=dsl-203-0-113-5.example.net | ip=203.0.113.5 | "
                          "by=smtp.example.org | with=ESMTPSA | id=4Y2x | time=2024-12-02T09:00:00Z 3600 | "
                          "tls=yes | auth");
    QTest::newRow("postfix unknown ipv6")
        << QStringLiteral("from mail.example.org (unknown [IPv6:2001:db8::25])\r\n"
                          "\tby mx.example.net (Postfix) with ESMTP id 4Y2y\r\n"
                          "\tfor <b@example.net>; Mon, 2 Dec 2024 10:00:00 +0100")
        << QStringLiteral(
               "helo=mail.example.org | host=unknown | ip=2001:db8::25 | by=mx.example.net | with=ESMTP | "
               "id=4Y2y | for=b@example.net | time=2024-12-02T09:00:00Z 3600");
    QTest::newRow("postfix local") << QStringLiteral(
        "by mail.example.com (Postfix, from userid 1000)\r\n\tid 123; "
        "Mon, 2 Dec 2024 10:00:00 +0100 (CET)")
                                   << QStringLiteral(
                                          "by=mail.example.com | id=123 | time=2024-12-02T09:00:00Z 3600");
    QTest::newRow("gmail") << QStringLiteral(
        "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n"
        "        by mx.google.com with SMTPS id a1sor123.2024.12.02.01.00.00\r\n"
        "        for <b@gmail.com>\r\n"
        "        (Google Transport Security);\r\n"
        "        Mon, 02 Dec 2024 01:00:00 -0800 (PST)")
                           << QStringLiteral(
                                  "helo=mail-sor-f41.google.com | host=mail-sor-f41.google.com | "
                                  "ip=209.85.220.41 | by=mx.google.com | with=SMTPS | "
                                  "id=a1sor123.2024.12.02.01.00.00 | for=b@gmail.com | "
                                  "time=2024-12-02T09:00:00Z -28800 | tls=Google Transport Security");
    QTest::newRow("gmail internal") << QStringLiteral(
        "by 2002:a05:6a10:1234:b0:5a1:2b3c:4d5e with SMTP id "
        "ab12csp123456pxb;\r\n        Mon, 2 Dec 2024 01:00:01 -0800 (PST)")
                                    << QStringLiteral(
                                           "by=2002:a05:6a10:1234:b0:5a1:2b3c:4d5e | with=SMTP | "
                                           "id=ab12csp123456pxb | time=2024-12-02T09:00:01Z -28800");
    QTest::newRow("microsoft") << QStringLiteral(
        "from EUR05-AM6-obe.outbound.protection.outlook.com "
        "(2a01:111:f400:7e1b::801) by AM0PR01MB1234.outlook.office365.com "
        "(2603:10a6:208:1::1) with Microsoft SMTP Server (version=TLS1_2, "
        "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1; Mon, 2 Dec "
        "2024 09:00:00 +0000")
                               << QStringLiteral(
                                      "helo=EUR05-AM6-obe.outbound.protection.outlook.com | "
                                      "ip=2a01:111:f400:7e1b::801 | by=AM0PR01MB1234.outlook.office365.com | "
                                      "with=Microsoft SMTP Server (version=TLS1_2, "
                                      "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) | id=15.20.1 | "
                                      "time=2024-12-02T09:00:00Z 0 | tls=TLS1_2 "
                                      "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
    QTest::newRow("microsoft mapi")
        << QStringLiteral(
               "from AM9PR01MB1234.eurprd01.prod.exchangelabs.com ([fe80::1234:5678:9abc:def0]) by "
               "AM9PR01MB1234.eurprd01.prod.exchangelabs.com ([fe80::1234:5678:9abc:def0%7]) with mapi id "
               "15.20.8207.017; Mon, 2 Dec 2024 09:00:00 +0000")
        << QStringLiteral(
               "helo=AM9PR01MB1234.eurprd01.prod.exchangelabs.com | ip=fe80::1234:5678:9abc:def0 | "
               "by=AM9PR01MB1234.eurprd01.prod.exchangelabs.com | with=mapi | id=15.20.8207.017 | "
               "time=2024-12-02T09:00:00Z 0");
    QTest::newRow("exim literal helo")
        << QStringLiteral("from [192.0.2.5] (helo=client.example.org)\r\n"
                          "\tby mail.example.com with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n"
                          "\t(Exim 4.96)\r\n\t(envelope-from <a@example.org>)\r\n\tid 1t2abc-000ABC-1x;\r\n"
                          "\tMon, 02 Dec 2024 10:00:00 +0100")
        << QStringLiteral(
               "helo=client.example.org | ip=192.0.2.5 | by=mail.example.com | with=esmtpsa | "
               "id=1t2abc-000ABC-1x | time=2024-12-02T09:00:00Z 3600 | tls=TLS1.3 TLS_AES_256_GCM_SHA384 | "
               "auth");
    QTest::newRow("exim rdns and helo")
        << QStringLiteral(
               "from mail.example.org ([198.51.100.9]:40312 helo=smtp.example.org)\r\n"
               "\tby mx.example.net with esmtps (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\r\n"
               "\t(Exim 4.94.2)\r\n\t(envelope-from <a@example.org>)\r\n\tid 1t2abd-0001Xy-Qq\r\n"
               "\tfor b@example.net; Mon, 02 Dec 2024 10:00:00 +0100")
        << QStringLiteral(
               "helo=smtp.example.org | host=mail.example.org | ip=198.51.100.9 | by=mx.example.net | "
               "with=esmtps | id=1t2abd-0001Xy-Qq | for=b@example.net | time=2024-12-02T09:00:00Z 3600 | "
               "tls=TLS1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
    QTest::newRow("exim old tls") << QStringLiteral("from a.example ([192.0.2.11]) by b.example with esmtps "
                                                    "(TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256) (Exim 4.89) id "
                                                    "1abc; Mon, 02 Dec 2024 10:00:00 +0100")
                                  << QStringLiteral(
                                         "helo=a.example | ip=192.0.2.11 | by=b.example | with=esmtps | "
                                         "id=1abc | time=2024-12-02T09:00:00Z 3600 | "
                                         "tls=TLS1.2 ECDHE-RSA-AES256-GCM-SHA384");
    QTest::newRow("sendmail") << QStringLiteral(
        "from host.example.com (host.example.com [192.0.2.7]) by "
        "mail.example.net (8.15.2/8.15.2) with ESMTP id wB2A0x; Mon, 2 Dec "
        "2024 10:00:00 GMT")
                              << QStringLiteral(
                                     "helo=host.example.com | host=host.example.com | ip=192.0.2.7 | "
                                     "by=mail.example.net | with=ESMTP | id=wB2A0x | "
                                     "time=2024-12-02T10:00:00Z 0");
    QTest::newRow("sendmail forged") << QStringLiteral(
        "from helo.example (rdns.example [192.0.2.8] (may be forged)) "
        "by mail.example.net (8.17.1/8.17.1) with ESMTP id 4B2; "
        "Mon, 2 Dec 2024 10:00:00 +0000")
                                     << QStringLiteral(
                                            "helo=helo.example | host=rdns.example | ip=192.0.2.8 | "
                                            "by=mail.example.net | with=ESMTP | id=4B2 | "
                                            "time=2024-12-02T10:00:00Z 0");
    QTest::newRow("qmail") << QStringLiteral("from unknown (HELO mail.example.com) (192.0.2.44)\r\n"
                                             "  by mx.example.net with SMTP; 2 Dec 2024 09:00:00 -0000")
                           << QStringLiteral(
                                  "helo=mail.example.com | host=unknown | ip=192.0.2.44 | by=mx.example.net"
                                  " | with=SMTP | time=2024-12-02T09:00:00Z 0");
    QTest::newRow("amavis loopback") << QStringLiteral(
        "from [127.0.0.1] (localhost [127.0.0.1]) by localhost "
        "(mx.example.net [127.0.0.1]) (amavisd-new, port 10024) with "
        "ESMTP id abc for <b@example.net>; Mon, 2 Dec 2024 10:00:01 +0100")
                                     << QStringLiteral(
                                            "helo=[127.0.0.1] | host=localhost | ip=127.0.0.1 | by=localhost"
                                            " | with=ESMTP | id=abc | for=b@example.net | "
                                            "time=2024-12-02T09:00:01Z 3600");
    QTest::newRow("ipv6 literal helo")
        << QStringLiteral("from [IPv6:2001:db8::1] (helo=client) by mx.example.net "
                          "with LMTP id x; Mon, 2 Dec 2024 10:00:00 +0100")
        << QStringLiteral("helo=client | ip=2001:db8::1 | by=mx.example.net | with=LMTP "
                          "| id=x | time=2024-12-02T09:00:00Z 3600");
    QTest::newRow("utf8smtps") << QStringLiteral(
        "from a.example (a.example [192.0.2.3]) by b.example with UTF8SMTPS "
        "id 9; Mon, 2 Dec 2024 10:00:00 +0000")
                               << QStringLiteral(
                                      "helo=a.example | host=a.example | ip=192.0.2.3 | by=b.example | "
                                      "with=UTF8SMTPS | id=9 | time=2024-12-02T10:00:00Z 0 | tls=yes");
    QTest::newRow("with TLS words") << QStringLiteral(
        "from a.example (a.example [192.0.2.3]) by b.example (MTA) "
        "with SMTP (using TLS) id 9; Mon, 2 Dec 2024 10:00:00 +0000")
                                    << QStringLiteral(
                                           "helo=a.example | host=a.example | ip=192.0.2.3 | by=b.example | "
                                           "with=SMTP | id=9 | time=2024-12-02T10:00:00Z 0 | tls=yes");
    QTest::newRow("http submission") << QStringLiteral(
        "from [203.0.113.80] by webmail.example.com with HTTP; "
        "Mon, 2 Dec 2024 10:00:00 +0000")
                                     << QStringLiteral(
                                            "helo=[203.0.113.80] | ip=203.0.113.80 | by=webmail.example.com "
                                            "| with=HTTP | time=2024-12-02T10:00:00Z 0");
    QTest::newRow("obsolete zone") << QStringLiteral(
        "from a.example (a.example [192.0.2.3]) by b.example with SMTP id "
        "x; Mon, 2 Dec 24 01:00:00 PST")
                                   << QStringLiteral(
                                          "helo=a.example | host=a.example | ip=192.0.2.3 | by=b.example | "
                                          "with=SMTP | id=x | time=2024-12-02T09:00:00Z -28800");
    QTest::newRow("no date") << QStringLiteral("from a.example by b.example with SMTP id x")
                             << QStringLiteral("helo=a.example | by=b.example | with=SMTP | id=x");
    QTest::newRow("bad date") << QStringLiteral("from a.example by b.example; yesterday at noon")
                              << QStringLiteral("helo=a.example | by=b.example");
    QTest::newRow("only a date") << QStringLiteral("; Mon, 2 Dec 2024 10:00:00 +0000")
                                 << QStringLiteral("time=2024-12-02T10:00:00Z 0");
    QTest::newRow("qmail invoked") << QStringLiteral(
        "(qmail 12345 invoked by uid 89); 2 Dec 2024 09:00:00 -0000")
                                   << QStringLiteral("time=2024-12-02T09:00:00Z 0");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("unbalanced")
        << QStringLiteral("from a.example (a.example [192.0.2.3] by b.example; Mon, 2 Dec "
                          "2024 10:00:00 +0000")
        << QStringLiteral("helo=a.example | host=a.example | ip=192.0.2.3 | time=2024-12-02T10:00:00Z 0");
    QTest::newRow("bad literal") << QStringLiteral("from [999.1.1.1] (x [not-an-ip]) by b.example")
                                 << QStringLiteral("helo=[999.1.1.1] | by=b.example");
}

void TestHeaderFields::receivedHop()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const ReceivedHop hop = parseReceived(value);
    QCOMPARE(dump(hop), expected);
    QCOMPARE(hop.raw, value);
}

void TestHeaderFields::mailDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("rfc 5322") << QStringLiteral("Mon, 2 Dec 2024 10:00:00 +0100 (CET)")
                              << QStringLiteral("2024-12-02T09:00:00Z 3600");
    QTest::newRow("no day name, no seconds")
        << QStringLiteral("2 Dec 2024 10:00 -0230") << QStringLiteral("2024-12-02T12:30:00Z -9000");
    QTest::newRow("folded") << QStringLiteral("  Mon,\r\n 2 Dec 2024\r\n 10:00:00 +0100")
                            << QStringLiteral("2024-12-02T09:00:00Z 3600");
    QTest::newRow("two-digit year 20xx")
        << QStringLiteral("Mon, 02 Dec 24 01:00:00 PST") << QStringLiteral("2024-12-02T09:00:00Z -28800");
    QTest::newRow("two-digit year 19xx")
        << QStringLiteral("Thu, 2 Dec 99 10:00:00 GMT") << QStringLiteral("1999-12-02T10:00:00Z 0");
    QTest::newRow("three-digit year")
        << QStringLiteral("2 Dec 124 10:00:00 +0000") << QStringLiteral("2024-12-02T10:00:00Z 0");
    QTest::newRow("EDT") << QStringLiteral("Mon, 2 Dec 2024 10:00:00 EDT")
                         << QStringLiteral("2024-12-02T14:00:00Z -14400");
    QTest::newRow("UT") << QStringLiteral("Mon, 2 Dec 2024 10:00:00 UT")
                        << QStringLiteral("2024-12-02T10:00:00Z 0");
    QTest::newRow("military") << QStringLiteral("Mon, 2 Dec 2024 10:00:00 A")
                              << QStringLiteral("2024-12-02T10:00:00Z 0");
    QTest::newRow("minus zero") << QStringLiteral("Mon, 2 Dec 2024 10:00:00 -0000")
                                << QStringLiteral("2024-12-02T10:00:00Z 0");
    QTest::newRow("colon in zone") << QStringLiteral("Mon, 2 Dec 2024 10:00:00 +01:00")
                                   << QStringLiteral("2024-12-02T09:00:00Z 3600");
    QTest::newRow("leap second") << QStringLiteral("Tue, 31 Dec 2024 23:59:60 +0000")
                                 << QStringLiteral("2024-12-31T23:59:59Z 0");
    QTest::newRow("no zone") << QStringLiteral("Mon, 2 Dec 2024 10:00:00") << QStringLiteral("null");
    QTest::newRow("no such day") << QStringLiteral("Sat, 31 Feb 2024 10:00:00 +0000")
                                 << QStringLiteral("null");
    QTest::newRow("no such hour") << QStringLiteral("Mon, 2 Dec 2024 25:00:00 +0000")
                                  << QStringLiteral("null");
    QTest::newRow("zone too far") << QStringLiteral("Mon, 2 Dec 2024 10:00:00 +2500")
                                  << QStringLiteral("null");
    QTest::newRow("words") << QStringLiteral("yesterday at noon") << QStringLiteral("null");
    QTest::newRow("empty") << QString() << QStringLiteral("null");
}

void TestHeaderFields::mailDateTime()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(dump(parseMailDateTime(text)), expected);
}

void TestHeaderFields::privateAddresses_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<bool>("privateOrLocal");

    QTest::newRow("none") << QString() << true;
    QTest::newRow("unreadable") << QStringLiteral("mail.example.com") << true;
    QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("this network") << QStringLiteral("0.0.0.0") << true;
    QTest::newRow("10/8") << QStringLiteral("10.1.2.3") << true;
    QTest::newRow("172.16/12") << QStringLiteral("172.31.255.1") << true;
    QTest::newRow("172.32 is public") << QStringLiteral("172.32.0.1") << false;
    QTest::newRow("192.168/16") << QStringLiteral("192.168.0.1") << true;
    QTest::newRow("cgnat") << QStringLiteral("100.64.0.1") << true;
    QTest::newRow("after cgnat") << QStringLiteral("100.128.0.1") << false;
    QTest::newRow("link-local v4") << QStringLiteral("169.254.1.1") << true;
    QTest::newRow("documentation v4") << QStringLiteral("192.0.2.1") << false;
    QTest::newRow("public v4") << QStringLiteral("209.85.220.41") << false;
    QTest::newRow("v6 loopback") << QStringLiteral("::1") << true;
    QTest::newRow("v6 unspecified") << QStringLiteral("::") << true;
    QTest::newRow("v6 link-local") << QStringLiteral("fe80::1") << true;
    QTest::newRow("ula fd") << QStringLiteral("fd12:3456::1") << true;
    QTest::newRow("ula fc") << QStringLiteral("fc00::1") << true;
    QTest::newRow("documentation v6") << QStringLiteral("2001:db8::1") << false;
    QTest::newRow("microsoft v6") << QStringLiteral("2a01:111:f400:7e1b::801") << false;
    QTest::newRow("mapped private") << QStringLiteral("::ffff:10.0.0.1") << true;
    QTest::newRow("mapped public") << QStringLiteral("::ffff:192.0.2.1") << false;
}

void TestHeaderFields::privateAddresses()
{
    QFETCH(QString, ip);
    QFETCH(bool, privateOrLocal);
    ReceivedHop hop;
    hop.fromIp = ip;
    QCOMPARE(hop.isPrivateOrLocal(), privateOrLocal);
}

void TestHeaderFields::chain_data()
{
    QTest::addColumn<QStringList>("received"); // newest first
    QTest::addColumn<int>("external");
    QTest::addColumn<QString>("delays"); // older -> newer, newest pair first

    QTest::newRow("mx then local delivery") << QStringList {
        QStringLiteral("from mx.example.net (localhost [127.0.0.1]) by mail.example.net (Postfix) "
                       "with LMTP id 1; Mon, 2 Dec 2024 10:00:05 +0100"),
        QStringLiteral("from mail.example.org (mail.example.org [192.0.2.1]) by mx.example.net (Postfix) "
                       "with ESMTPS id 2 for <b@example.net>; Mon, 2 Dec 2024 10:00:02 +0100"),
        QStringLiteral("from client.lan (client.lan [192.168.1.10]) by mail.example.org (Postfix) with ESMTP "
                       "id 3; Mon, 2 Dec 2024 09:00:00 +0000")
    } << 1 << QStringLiteral("3,2");
    QTest::newRow("submission from a public client") << QStringList {
        QStringLiteral("from smtp.example.org (smtp.example.org [198.51.100.1]) by mx.example.net "
                       "with ESMTPS id 2; Mon, 2 Dec 2024 10:01:00 +0100"),
        QStringLiteral("from [192.168.1.20] (dsl.example.net [203.0.113.5]) (Authenticated sender: a) by "
                       "smtp.example.org with ESMTPSA id 1; Mon, 2 Dec 2024 10:00:00 +0100")
    } << 0 << QStringLiteral("60");
    QTest::newRow("only a submission hop") << QStringList {
        QStringLiteral("from localhost (localhost [127.0.0.1]) by mx.example.net with LMTP id 2; "
                       "Mon, 2 Dec 2024 08:59:00 +0000"),
        QStringLiteral("from [192.168.1.20] (dsl.example.net [203.0.113.5]) by mx.example.net with ESMTPSA "
                       "id 1; Mon, 2 Dec 2024 10:00:00 +0100")
    } << 1 << QStringLiteral("-60");
    QTest::newRow("microsoft 365") << QStringList {
        QStringLiteral("from AM0PR01MB1234.outlook.office365.com (2603:10a6:208:1::1) by "
                       "AM0PR01MB5678.eurprd01.prod.outlook.com (2603:10a6:208:2::2) with Microsoft "
                       "SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
                       "id 15.20.3; Mon, 2 Dec 2024 09:00:03 +0000"),
        QStringLiteral("from EUR05-AM6-obe.outbound.protection.outlook.com (2a01:111:f400:7e1b::801) by "
                       "AM0PR01MB1234.outlook.office365.com (2603:10a6:208:1::1) with Microsoft SMTP Server "
                       "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.2; Mon, 2 "
                       "Dec 2024 09:00:02 +0000"),
        QStringLiteral(
            "from mail.example.org (192.0.2.1) by AM6EUR05FT001.mail.protection.outlook.com "
            "(10.233.240.1) with Microsoft SMTP Server id 15.20.1; Mon, 2 Dec 2024 09:00:00 +0000")
    } << 2 << QStringLiteral("1,2");
    QTest::newRow("webmail submission")
        << QStringList { QStringLiteral("from webmail.example.com (webmail.example.com [198.51.100.2]) by "
                                        "mx.example.net with ESMTPS id 2; Mon, 2 Dec 2024 10:00:01 +0000"),
               QStringLiteral(
                   "from [203.0.113.80] by webmail.example.com with HTTP; Mon, 2 Dec 2024 10:00:00 +0000") }
        << 0 << QStringLiteral("1");
    QTest::newRow("all private") << QStringList {
        QStringLiteral("from a (a [10.0.0.1]) by b with SMTP; Mon, 2 Dec 2024 09:00:00 +0000"),
        QStringLiteral("by a with local id 1")
    } << -1 << QStringLiteral("-");
    QTest::newRow("empty") << QStringList() << -1 << QString();
}

void TestHeaderFields::chain()
{
    QFETCH(QStringList, received);
    QFETCH(int, external);
    QFETCH(QString, delays);
    const QList<ReceivedHop> hops = parseReceivedChain(received);
    QCOMPARE(hops.size(), received.size());
    for (int i = 0; i < hops.size(); ++i)
        QCOMPARE(hops.at(i).raw, received.at(i));
    QCOMPARE(firstExternalHop(hops), external);
    QStringList seen;
    for (int i = 0; i + 1 < hops.size(); ++i) {
        const auto delay = delaySeconds(hops.at(i + 1), hops.at(i));
        seen.append(delay ? QString::number(*delay) : QStringLiteral("-"));
    }
    QCOMPARE(seen.join(QLatin1Char(',')), delays);
}

void TestHeaderFields::microsoft_data()
{
    QTest::addColumn<QString>("forefront");
    QTest::addColumn<QString>("organizationScl");
    QTest::addColumn<QString>("antispam");
    QTest::addColumn<QString>("expected");

    QTest::newRow("spam") << QStringLiteral("CIP:209.85.128.41;CTRY:US;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;"
                                            "H:mail-wm1-f41.google.com;PTR:mail-wm1-f41.google.com;CAT:SPM;"
                                            "SFS:(13230031)(4636009)(376002);DIR:INB;")
                          << QStringLiteral("5") << QStringLiteral("BCL:0;")
                          << QStringLiteral("scl=5 bcl=0 sfv=SPM cat=SPM cip=209.85.128.41 "
                                            "ptr=mail-wm1-f41.google.com spam=yes "
                                            "ids=scl-spam,sfv-spm,cat-spm,bcl-none,ipv-nli");
    QTest::newRow("clean") << QStringLiteral("CIP:192.0.2.1;CTRY:NL;LANG:nl;SCL:1;SRV:;IPV:NLI;SFV:NSPM;"
                                             "H:mail.example.org;PTR:mail.example.org;CAT:NONE;SFS:;DIR:INB;")
                           << QString() << QString()
                           << QStringLiteral(
                                  "scl=1 bcl=- sfv=NSPM cat=NONE cip=192.0.2.1 ptr=mail.example.org "
                                  "spam=no ids=scl-clean,sfv-nspm,ipv-nli");
    QTest::newRow("spoof without ptr") << QStringLiteral(
        "CIP:192.0.2.9;CTRY:;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:bad.example;PTR:;CAT:SPOOF;"
        "SFS:;DIR:INB;") << QString() << QString()
                                       << QStringLiteral(
                                              "scl=5 bcl=- sfv=SPM cat=SPOOF cip=192.0.2.9 ptr= spam=yes "
                                              "ids=scl-spam,sfv-spm,cat-spoof,ipv-nli,ptr-none");
    QTest::newRow("bulk") << QStringLiteral(
        "CIP:198.51.100.20;SCL:6;SRV:BULK;IPV:NLI;SFV:SPM;CAT:BULK;DIR:INB;")
                          << QString() << QStringLiteral("BCL:8;ARA:1444111002|2234002;")
                          << QStringLiteral("scl=6 bcl=8 sfv=SPM cat=BULK cip=198.51.100.20 ptr= spam=yes "
                                            "ids=scl-spam,sfv-spm,cat-bulk,bcl-high,srv-bulk,ipv-nli");
    QTest::newRow("high confidence phish")
        << QStringLiteral("CIP:192.0.2.66;SCL:9;SFV:SPM;CAT:HPHISH;SFTY:9.19;DIR:INB;") << QString()
        << QString()
        << QStringLiteral("scl=9 bcl=- sfv=SPM cat=HPHISH cip=192.0.2.66 ptr= spam=yes "
                          "ids=scl-high-spam,sfv-spm,cat-hphsh,sfty-domain-impersonation");
    QTest::newRow("user impersonation")
        << QStringLiteral("SCL:1;SFV:NSPM;CAT:UIMP;SFTY:9.20") << QString() << QString()
        << QStringLiteral("scl=1 bcl=- sfv=NSPM cat=UIMP cip= ptr= spam=no "
                          "ids=scl-clean,sfv-nspm,cat-uimp,sfty-user-impersonation");
    QTest::newRow("allowed") << QStringLiteral("CIP:192.0.2.1;SCL:-1;SFV:SKA;IPV:CAL;CAT:NONE;") << QString()
                             << QStringLiteral("BCL:2;")
                             << QStringLiteral("scl=-1 bcl=2 sfv=SKA cat=NONE cip=192.0.2.1 ptr= spam=no "
                                               "ids=scl-skipped,sfv-ska,bcl-low,ipv-cal");
    QTest::newRow("blocked by policy") << QStringLiteral("SFV:SKB;CAT:SPM") << QString() << QString()
                                       << QStringLiteral("scl=- bcl=- sfv=SKB cat=SPM cip= ptr= spam=yes "
                                                         "ids=sfv-skb,cat-spm");
    QTest::newRow("category only") << QStringLiteral("SCL:1;CAT:BULK") << QString() << QStringLiteral("BCL:5")
                                   << QStringLiteral("scl=1 bcl=5 sfv= cat=BULK cip= ptr= spam=yes "
                                                     "ids=scl-clean,cat-bulk,bcl-mixed");
    QTest::newRow("category let through")
        << QStringLiteral("SCL:-1;SFV:SKN;CAT:BULK") << QString() << QString()
        << QStringLiteral("scl=-1 bcl=- sfv=SKN cat=BULK cip= ptr= spam=no "
                          "ids=scl-skipped,sfv-skn,cat-bulk");
    QTest::newRow("organization scl only")
        << QString() << QStringLiteral(" 5 ") << QString()
        << QStringLiteral("scl=5 bcl=- sfv= cat= cip= ptr= spam=yes ids=scl-spam");
    QTest::newRow("ipv6 client") << QStringLiteral("CIP:2a01:111:f400:7e1b::801;CTRY:IE;SCL:1;SFV:NSPM;")
                                 << QString() << QString()
                                 << QStringLiteral(
                                        "scl=1 bcl=- sfv=NSPM cat= cip=2a01:111:f400:7e1b::801 ptr= "
                                        "spam=no ids=scl-clean,sfv-nspm");
    QTest::newRow("lower case, folded")
        << QStringLiteral("cip:192.0.2.1; scl:5;\r\n sfv:spm;") << QString() << QString()
        << QStringLiteral("scl=5 bcl=- sfv=SPM cat= cip=192.0.2.1 ptr= spam=yes "
                          "ids=scl-spam,sfv-spm");
    QTest::newRow("unreadable scl") << QStringLiteral("SCL:abc;SFV:XYZ") << QString() << QString()
                                    << QStringLiteral("scl=- bcl=- sfv=XYZ cat= cip= ptr= spam=no ids=");
    QTest::newRow("empty") << QString() << QString() << QString() << QStringLiteral("null");
    QTest::newRow("words") << QStringLiteral("hello world") << QStringLiteral("n/a") << QString()
                           << QStringLiteral("null");
}

void TestHeaderFields::microsoft()
{
    QFETCH(QString, forefront);
    QFETCH(QString, organizationScl);
    QFETCH(QString, antispam);
    QFETCH(QString, expected);
    QCOMPARE(dump(parseMicrosoftVerdict(forefront, organizationScl, antispam)), expected);
}

void TestHeaderFields::spamAssassin_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("score");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("expected");

    QTest::newRow("spam, folded") << QStringLiteral(
        "Yes, score=7.1 required=5.0 tests=BAYES_99,DKIM_INVALID,\r\n\tRDNS_NONE,SPF_FAIL "
        "autolearn=no\r\n\tautolearn_force=no version=3.4.6")
                                  << QStringLiteral("YES") << QString() << QStringLiteral("*******")
                                  << QStringLiteral("spamassassin spam=yes score=7.1 threshold=5 "
                                                    "symbols=BAYES_99,DKIM_INVALID,RDNS_NONE,SPF_FAIL");
    QTest::newRow("ham") << QStringLiteral(
        "No, score=-0.1 required=5.0 tests=DKIM_SIGNED,DKIM_VALID,\r\n"
        "\tDKIM_VALID_AU,SPF_PASS autolearn=ham autolearn_force=no version=4.0.0")
                         << QStringLiteral("NO") << QString() << QString()
                         << QStringLiteral("spamassassin spam=no score=-0.1 threshold=5 "
                                           "symbols=DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,SPF_PASS");
    QTest::newRow("amavisd-new") << QStringLiteral(
        "Yes, score=9.3 tagged_above=2 required=6.31\r\n\ttests=[BAYES_99=3.5, RCVD_IN_SBL=2.596,\r\n"
        "\tURIBL_BLACK=1.7] autolearn=no autolearn_force=no")
                                 << QString() << QString() << QString()
                                 << QStringLiteral("spamassassin spam=yes score=9.3 threshold=6.31 "
                                                   "symbols=BAYES_99=3.5,RCVD_IN_SBL=2.596,URIBL_BLACK=1.7");
    QTest::newRow("old hits") << QStringLiteral(
        "Yes, hits=12.3 required=5.0 tests=FORGED_MUA_OUTLOOK, MISSING_MID "
        "version=3.1.0") << QString()
                              << QString() << QString()
                              << QStringLiteral("spamassassin spam=yes score=12.3 threshold=5 "
                                                "symbols=FORGED_MUA_OUTLOOK,MISSING_MID");
    QTest::newRow("no tests") << QStringLiteral("No, score=0.0 required=5.0 tests=none autolearn=unavailable "
                                                "version=3.4.6")
                              << QString() << QString() << QString()
                              << QStringLiteral("spamassassin spam=no score=0 threshold=5 symbols=");
    QTest::newRow("flag and stars") << QString() << QStringLiteral("YES") << QString()
                                    << QStringLiteral("*******")
                                    << QStringLiteral("spamassassin spam=yes score=7 threshold=- symbols=");
    QTest::newRow("score header") << QString() << QString() << QStringLiteral("4.2") << QStringLiteral("****")
                                  << QStringLiteral("spamassassin spam=no score=4.2 threshold=- symbols=");
    QTest::newRow("empty") << QString() << QString() << QString() << QString() << QStringLiteral("null");
    QTest::newRow("words") << QStringLiteral("perhaps") << QStringLiteral("maybe") << QStringLiteral("lots")
                           << QStringLiteral("+++") << QStringLiteral("null");
}

void TestHeaderFields::spamAssassin()
{
    QFETCH(QString, status);
    QFETCH(QString, flag);
    QFETCH(QString, score);
    QFETCH(QString, level);
    QFETCH(QString, expected);
    QCOMPARE(dump(parseSpamAssassin(status, flag, score, level)), expected);
}

void TestHeaderFields::rspamd_data()
{
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("spamHeader");
    QTest::addColumn<QString>("score");
    QTest::addColumn<QString>("expected");

    QTest::newRow("spam") << QStringLiteral(
        "default: True [12.40 / 15.00];\r\n\tR_SPF_FAIL(1.00)[-all];\r\n"
        "\tR_DKIM_REJECT(1.00)[example.com:s=s1];\r\n"
        "\tDMARC_POLICY_REJECT(2.00)[example.com : No valid SPF, No valid DKIM,"
        "reject];\r\n\tRBL_SPAMHAUS_XBL(4.00)[192.0.2.1:from];\r\n"
        "\tMISSING_MID(2.50)[]")
                          << QStringLiteral("add header") << QStringLiteral("Yes") << QStringLiteral("12.40")
                          << QStringLiteral(
                                 "rspamd spam=yes score=12.4 threshold=15 symbols=R_SPF_FAIL=1,"
                                 "R_DKIM_REJECT=1,DMARC_POLICY_REJECT=2,RBL_SPAMHAUS_XBL=4,MISSING_MID=2.5 "
                                 "action=add header");
    QTest::newRow("ham") << QStringLiteral(
        "default: False [-0.10 / 15.00];\r\n\tR_SPF_ALLOW(-0.20)[+ip4:192.0.2.0/24];"
        "\r\n\tMIME_GOOD(-0.10)[text/plain];\r\n\tARC_NA(0.00)[]")
                         << QStringLiteral("no action") << QString() << QString()
                         << QStringLiteral("rspamd spam=no score=-0.1 threshold=15 symbols=R_SPF_ALLOW=-0.2,"
                                           "MIME_GOOD=-0.1,ARC_NA=0 action=no action");
    QTest::newRow("semicolon in options")
        << QStringLiteral("default: False [3.00 / 15.00]; FOO(1.00)[a;b]; BAR(2.00)") << QString()
        << QString() << QString()
        << QStringLiteral("rspamd spam=no score=3 threshold=15 symbols=FOO=1,BAR=2");
    QTest::newRow("symbols without head")
        << QStringLiteral("R_SPF_SOFTFAIL(0.50)[~all]; junk; ONCE_RECEIVED(0.10)[]") << QString() << QString()
        << QString()
        << QStringLiteral("rspamd spam=no score=- threshold=- "
                          "symbols=R_SPF_SOFTFAIL=0.5,ONCE_RECEIVED=0.1");
    QTest::newRow("x-spam and score")
        << QString() << QString() << QStringLiteral("yes") << QStringLiteral("8.5")
        << QStringLiteral("rspamd spam=yes score=8.5 threshold=- symbols=");
    QTest::newRow("reject action") << QString() << QStringLiteral("Reject") << QString() << QString()
                                   << QStringLiteral(
                                          "rspamd spam=yes score=- threshold=- symbols= action=reject");
    QTest::newRow("greylist action") << QString() << QStringLiteral("greylist") << QString() << QString()
                                     << QStringLiteral(
                                            "rspamd spam=no score=- threshold=- symbols= action=greylist");
    QTest::newRow("empty") << QString() << QString() << QString() << QString() << QStringLiteral("null");
    QTest::newRow("words") << QStringLiteral("nothing to see") << QString() << QStringLiteral("no")
                           << QStringLiteral("high") << QStringLiteral("null");
}

void TestHeaderFields::rspamd()
{
    QFETCH(QString, result);
    QFETCH(QString, action);
    QFETCH(QString, spamHeader);
    QFETCH(QString, score);
    QFETCH(QString, expected);
    QCOMPARE(dump(parseRspamd(result, action, spamHeader, score)), expected);
}

void TestHeaderFields::symbolMeanings_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("expected"); // topic/id, "-" for none

    const QString sa = QStringLiteral("spamassassin");
    const QString rs = QStringLiteral("rspamd");
    const auto row = [](const QString &filter, const char *symbol, const char *expected) {
        QTest::newRow((filter.left(2) + QLatin1Char(' ') + QLatin1String(symbol)).toUtf8().constData())
            << filter << QString::fromLatin1(symbol) << QString::fromLatin1(expected);
    };
    row(sa, "SPF_FAIL", "spf/spf-fail");
    row(sa, "SPF_SOFTFAIL", "spf/spf-softfail");
    row(sa, "SPF_HELO_SOFTFAIL", "spf/spf-helo-softfail");
    row(sa, "SPF_PASS", "-");
    row(sa, "SPF_HELO_PASS", "-");
    row(sa, "T_SPF_PERMERROR", "spf/spf-permerror");
    row(sa, "T_SPF_HELO_TEMPERROR", "spf/spf-helo-error");
    row(sa, "DKIM_INVALID", "dkim/dkim-invalid");
    row(sa, "DKIM_VALID", "-");
    row(sa, "DKIM_ADSP_NXDOMAIN", "dkim/dkim-adsp");
    row(sa, "DMARC_QUAR", "dmarc/dmarc-quarantine");
    row(sa, "DMARC_MISSING", "dmarc/dmarc-missing");
    row(sa, "RDNS_NONE", "ptr/ptr-none");
    row(sa, "RDNS_DYNAMIC", "ptr/ptr-dynamic");
    row(sa, "HELO_DYNAMIC_IPADDR", "ptr/ptr-dynamic");
    row(sa, "RCVD_IN_SBL_CSS", "blocklist-ip/ip-listed-sbl");
    row(sa, "RCVD_IN_XBL", "blocklist-ip/ip-listed-xbl");
    row(sa, "RCVD_IN_PBL", "blocklist-ip/ip-listed-pbl");
    row(sa, "RCVD_IN_ZEN_BLOCKED_OPENDNS", "blocklist-ip/dnsbl-query-blocked");
    row(sa, "RCVD_IN_BL_SPAMCOP_NET", "blocklist-ip/ip-listed");
    row(sa, "RCVD_IN_MSPIKE_L5", "blocklist-ip/ip-listed");
    row(sa, "RCVD_IN_DNSWL_LOW", "blocklist-ip/ip-allowlisted");
    row(sa, "RCVD_IN_DNSWL_BLOCKED", "blocklist-ip/dnsbl-query-blocked");
    row(sa, "URIBL_BLACK", "blocklist-domain/uri-listed");
    row(sa, "URIBL_DBL_SPAM", "blocklist-domain/uri-listed");
    row(sa, "URIBL_BLOCKED", "blocklist-domain/dnsbl-query-blocked");
    row(sa, "BAYES_99", "content/bayes-spam");
    row(sa, "BAYES_00", "-");
    row(sa, "BAYES_50", "-");
    row(sa, "MISSING_DATE", "header-format/header-missing-date");
    row(sa, "MISSING_MID", "header-format/header-missing-mid");
    row(sa, "MISSING_FROM", "header-format/header-missing-from");
    row(sa, "DATE_IN_FUTURE_06_12", "header-format/header-invalid-date");
    row(sa, "FORGED_MUA_OUTLOOK", "header-format/header-forged");
    row(sa, "FREEMAIL_FORGED_REPLYTO", "header-format/replyto-forged");
    row(sa, "TVD_SPACE_RATIO", "content/content-pattern");
    row(sa, "RAZOR2_CF_RANGE_51_100", "content/content-hash-listed");
    row(sa, "HTML_MESSAGE", "-");
    row(sa, "spf_fail", "spf/spf-fail");
    row(sa, "R_SPF_FAIL", "-");
    row(rs, "R_SPF_FAIL", "spf/spf-fail");
    row(rs, "R_SPF_SOFTFAIL", "spf/spf-softfail");
    row(rs, "R_SPF_NA", "spf/spf-none");
    row(rs, "R_SPF_ALLOW", "-");
    row(rs, "R_DKIM_REJECT", "dkim/dkim-invalid");
    row(rs, "R_DKIM_PERMFAIL", "dkim/dkim-permerror");
    row(rs, "R_DKIM_NA", "dkim/dkim-none");
    row(rs, "ARC_REJECT", "dkim/arc-fail");
    row(rs, "DMARC_POLICY_REJECT", "dmarc/dmarc-reject");
    row(rs, "DMARC_POLICY_QUARANTINE", "dmarc/dmarc-quarantine");
    row(rs, "DMARC_POLICY_SOFTFAIL", "dmarc/dmarc-fail-none");
    row(rs, "DMARC_NA", "dmarc/dmarc-missing");
    row(rs, "DMARC_POLICY_ALLOW", "-");
    row(rs, "RBL_SPAMHAUS_SBL", "blocklist-ip/ip-listed-sbl");
    row(rs, "RBL_SPAMHAUS_XBL", "blocklist-ip/ip-listed-xbl");
    row(rs, "RBL_SPAMHAUS_PBL", "blocklist-ip/ip-listed-pbl");
    row(rs, "RBL_SPAMHAUS_BLOCKED_OPENRESOLVER", "blocklist-ip/dnsbl-query-blocked");
    row(rs, "RBL_MAILSPIKE_BAD", "blocklist-ip/ip-listed");
    row(rs, "RECEIVED_SPAMHAUS_XBL", "blocklist-ip/ip-listed-xbl");
    row(rs, "RCVD_IN_DNSWL_NONE", "blocklist-ip/ip-allowlisted");
    row(rs, "HFILTER_HOSTNAME_UNKNOWN", "ptr/ptr-none");
    row(rs, "HFILTER_HOSTNAME_5", "ptr/ptr-dynamic");
    row(rs, "HFILTER_HELO_NOT_FQDN", "ptr/helo-bad");
    row(rs, "RDNS_NONE", "ptr/ptr-none");
    row(rs, "MISSING_MID", "header-format/header-missing-mid");
    row(rs, "MISSING_DATE", "header-format/header-missing-date");
    row(rs, "BAYES_SPAM", "content/bayes-spam");
    row(rs, "BAYES_HAM", "-");
    row(rs, "DBL_SPAM", "blocklist-domain/uri-listed");
    row(rs, "DBL_BLOCKED_OPENRESOLVER", "blocklist-domain/dnsbl-query-blocked");
    row(rs, "FUZZY_DENIED", "content/content-hash-listed");
    row(rs, "SPF_FAIL", "-");
    row(rs, "BAYES_99", "-");
    row(QStringLiteral("amavis"), "BAYES_99", "content/bayes-spam");
    row(QStringLiteral("other"), "SPF_FAIL", "-");
    row(rs, "", "-");
}

void TestHeaderFields::symbolMeanings()
{
    QFETCH(QString, filter);
    QFETCH(QString, symbol);
    QFETCH(QString, expected);
    const auto meaning = symbolMeaning(filter, symbol);
    QCOMPARE(
        meaning ? meaning->topic + QLatin1Char('/') + meaning->explanationId : QStringLiteral("-"), expected);
}

void TestHeaderFields::garbage_data()
{
    QTest::addColumn<QString>("input");

    // A fixed pseudo-random sequence, so a failure can be repeated.
    quint32 state = 12345;
    QString junk;
    junk.reserve(100 * 1024);
    for (int i = 0; i < 100 * 1024; ++i) {
        state = state * 1103515245u + 12345u;
        const ushort c = ushort((state >> 16) % 0x3000);
        junk += QChar(c < 0x20 ? ushort(0x20 + c) : c);
    }
    QString printable;
    for (int i = 0; i < 100 * 1024; ++i) {
        state = state * 1103515245u + 12345u;
        printable += QLatin1Char(char(0x20 + (state >> 16) % 95));
    }
    QTest::newRow("empty") << QString();
    QTest::newRow("nul and controls") << QString::fromLatin1("\0\x01\x02;(\x7f\"\r\n", 10);
    QTest::newRow("100 KiB junk") << junk;
    QTest::newRow("100 KiB printable") << printable;
    QTest::newRow("open parentheses") << QString(100 * 1024, QLatin1Char('('));
    QTest::newRow("close parentheses") << QString(100 * 1024, QLatin1Char(')'));
    QTest::newRow("quotes") << QString(100 * 1024, QLatin1Char('"'));
    QTest::newRow("semicolons") << QString(100 * 1024, QLatin1Char(';'));
    QTest::newRow("brackets") << QStringLiteral("[1.2.3.4] ").repeated(10 * 1024);
    QTest::newRow("keywords") << QStringLiteral("from by with id for via ").repeated(4 * 1024);
    QTest::newRow("pairs") << QStringLiteral("a=b ").repeated(25 * 1024);
    QTest::newRow("symbols") << QStringLiteral("X(1)[;").repeated(16 * 1024);
    QTest::newRow("fields") << QStringLiteral("A:B;").repeated(25 * 1024);
    QTest::newRow("unbalanced nesting")
        << QStringLiteral("example.com; spf=pass ((((a) b") + QString(5000, QLatin1Char(')'));
}

void TestHeaderFields::garbage()
{
    QFETCH(QString, input);
    // Nothing may crash or loop; what comes back stays within the caps.
    const auto ar = parseAuthenticationResults(input);
    if (ar)
        QVERIFY(ar->results.size() <= 100);
    const auto spf = parseReceivedSpf(input);
    if (spf)
        QVERIFY(spf->keyValues.size() <= 100);
    const QList<ReceivedHop> hops = parseReceivedChain(QStringList(input));
    QCOMPARE(hops.size(), 1);
    hops.first().isPrivateOrLocal();
    firstExternalHop(hops);
    parseMailDateTime(input);
    const auto ms = parseMicrosoftVerdict(input, input, input);
    if (ms) {
        QVERIFY(ms->fields.size() <= 500);
        microsoftExplanationIds(*ms);
    }
    const auto sa = parseSpamAssassin(input, input, input, input);
    if (sa)
        QVERIFY(sa->symbols.size() <= 500);
    const auto rs = parseRspamd(input, input, input, input);
    if (rs)
        QVERIFY(rs->symbols.size() <= 500);
    symbolMeaning(QStringLiteral("rspamd"), input);
    QStringList many;
    for (int i = 0; i < 300; ++i)
        many.append(input.left(100));
    QCOMPARE(parseReceivedChain(many).size(), 200);
}

QTEST_GUILESS_MAIN(TestHeaderFields)
#include "TestHeaderFields.moc"
