// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/DnsCheck.h"
#include "rules/RuleSet.h"

#include <QHostAddress>
#include <QList>
#include <QMap>

namespace MailMedic {

// One DNS blocklist as described in resources/blocklists.json (RFC 5782).
struct Blocklist
{
    enum class Kind { Ip, Domain };

    QString id;
    QString name; // "Spamhaus ZEN"
    QString zone; // "zen.spamhaus.org"
    Kind kind = Kind::Ip;
    bool ipv6 = false; // answers for IPv6 addresses (RFC 5782 §2.4)
    bool bitmask = false; // the last octet of 127.0.0.x is a set of bits
    QMap<QString, LocalizedText> answers; // "127.0.0.2" (or the bit, "8") -> meaning
    QMap<QString, LocalizedText> refused; // answers that mean "we will not tell you"
    QString testListed; // RFC 5782 §5: must be listed ("127.0.0.2", "TEST", "dbltest.com")
    QString testUnlisted; // must not be listed ("127.0.0.1", "INVALID")
    QString delist; // where to ask for removal
    LocalizedText note; // e.g. "needs a registered resolver"

    // The name to ask A for: reversed octets / nibbles + zone for an
    // address, domain + zone for a domain.
    QString queryName(const QString &item) const;

    // resources/blocklists.json (or a test's own list), validated: errors
    // name file, line and list id.
    static QList<Blocklist> parse(const QByteArray &json, const QString &fileName, QList<RuleError> *errors);
    static QList<Blocklist> builtin(QList<RuleError> *errors = nullptr);
};

// Is an IP address or a domain on DNS blocklists. A list is only believed
// after its test points answer as documented, and an answer that means
// "refused" (or lies outside 127.0.0.0/8) makes it untested, never listed.
//
// Findings: bl-listed, bl-clean, bl-untested.
class BlocklistCheck : public DnsCheck
{
    Q_OBJECT
public:
    explicit BlocklistCheck(Resolver *resolver, QObject *parent = nullptr);
    BlocklistCheck(Resolver *resolver, const QList<Blocklist> &lists, QObject *parent = nullptr);

    // Addresses go to the IP lists, domains (found in the bounce) to the
    // domain lists; either may be empty.
    void start(const QList<QHostAddress> &addresses, const QStringList &domains = {});

    QList<Blocklist> lists() const { return m_lists; }

protected:
    void evaluate() override;

private:
    struct Query
    {
        int list = 0;
        QString item; // the address or domain, as shown
        DnsAnswer answer;
    };
    struct TestPoints
    {
        DnsAnswer listed;
        DnsAnswer unlisted;
    };
    // Why the list cannot be believed now (empty when it can), and the cause.
    QString distrust(int list, QString *cause) const;
    QStringList meanings(const Blocklist &list, const QString &address, bool *refused) const;

    QList<Blocklist> m_lists;
    QList<Query> m_queries;
    QMap<int, TestPoints> m_tests;
    QStringList m_items; // in asking order, for the findings
};

} // namespace MailMedic
