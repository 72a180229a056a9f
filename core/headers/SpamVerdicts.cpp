// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headers/SpamVerdicts.h"

#include <QRegularExpression>

namespace MailMedic {

namespace {

constexpr qsizetype maxValueLength = 64 * 1024;
constexpr int maxItems = 500;

// Folded lines as single spaces (RFC 5322 §2.2.3), cut to a sane length.
QString unfolded(const QString &value)
{
    return value.left(maxValueLength).simplified();
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<int> integer(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

bool isOneOf(const QString &value, std::initializer_list<const char *> list)
{
    for (const char *item : list)
        if (value == QLatin1String(item))
            return true;
    return false;
}

// "A,B, C" or amavisd-new's "[A=1.2, B=0.5]" after tests=.
void readSpamAssassinTests(const QString &status, FilterVerdict &verdict)
{
    static const QRegularExpression bracketed(QStringLiteral("\\btests=\\[([^\\]]*)\\]"));
    static const QRegularExpression plain(
        QStringLiteral("\\btests=([A-Za-z0-9_]+(?:\\s*,\\s*[A-Za-z0-9_]+)*)"));
    static const QRegularExpression scored(QStringLiteral("^([A-Za-z0-9_]+)(?:=(-?[0-9.]+))?$"));
    const QRegularExpressionMatch b = bracketed.match(status);
    const QString list = b.hasMatch() ? b.captured(1) : plain.match(status).captured(1);
    const QStringList items = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QRegularExpressionMatch m = scored.match(item.trimmed());
        if (!m.hasMatch() || m.captured(1).compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            continue;
        if (verdict.symbols.size() >= maxItems)
            break;
        verdict.symbols.append(m.captured(1));
        if (const auto s = number(m.captured(2)))
            verdict.symbolScores.insert(m.captured(1), *s);
    }
}

struct SymbolRow
{
    char filter; // 's' SpamAssassin, 'r' rspamd, 'b' both
    const char *name; // a trailing '*' marks a prefix
    const char *topic;
    const char *id;
};

// SpamAssassin: rule names of the rules/ tree and 50_scores.cf (3.4 and
// 4.0, DMARC_* from 4.0's DMARC plugin); rspamd: the symbols its modules
// document (spf, dkim, dmarc, arc, rbl, hfilter, mime_types, fuzzy_check,
// bayes/neural, the misc and headers rules). Only symbols that count
// against a message; passes and allow lists that lower a score are left
// out, except DNSWL, whose presence is worth telling.
const SymbolRow symbolRows[] = {
    { 's', "SPF_FAIL", "spf", "spf-fail" },
    { 's', "SPF_SOFTFAIL", "spf", "spf-softfail" },
    { 's', "SPF_NEUTRAL", "spf", "spf-neutral" },
    { 's', "SPF_NONE", "spf", "spf-none" },
    { 's', "SPF_PERMERROR", "spf", "spf-permerror" },
    { 's', "SPF_TEMPERROR", "spf", "spf-temperror" },
    { 's', "SPF_HELO_FAIL", "spf", "spf-helo-fail" },
    { 's', "SPF_HELO_SOFTFAIL", "spf", "spf-helo-softfail" },
    { 's', "SPF_HELO_NEUTRAL", "spf", "spf-helo-neutral" },
    { 's', "SPF_HELO_NONE", "spf", "spf-helo-none" },
    { 's', "SPF_HELO_PERMERROR", "spf", "spf-helo-error" },
    { 's', "SPF_HELO_TEMPERROR", "spf", "spf-helo-error" },
    { 'r', "R_SPF_FAIL", "spf", "spf-fail" },
    { 'r', "R_SPF_SOFTFAIL", "spf", "spf-softfail" },
    { 'r', "R_SPF_NEUTRAL", "spf", "spf-neutral" },
    { 'r', "R_SPF_NA", "spf", "spf-none" },
    { 'r', "R_SPF_PERMFAIL", "spf", "spf-permerror" },
    { 'r', "R_SPF_DNSFAIL", "spf", "spf-temperror" },
    { 's', "DKIM_INVALID", "dkim", "dkim-invalid" },
    { 's', "DKIM_ADSP_*", "dkim", "dkim-adsp" },
    { 'r', "R_DKIM_REJECT", "dkim", "dkim-invalid" },
    { 'r', "R_DKIM_PERMFAIL", "dkim", "dkim-permerror" },
    { 'r', "R_DKIM_TEMPFAIL", "dkim", "dkim-temperror" },
    { 'r', "R_DKIM_NA", "dkim", "dkim-none" },
    { 'r', "ARC_REJECT", "dkim", "arc-fail" },
    { 'r', "ARC_INVALID", "dkim", "arc-fail" },
    { 's', "DMARC_REJECT", "dmarc", "dmarc-reject" },
    { 's', "DMARC_QUAR", "dmarc", "dmarc-quarantine" },
    { 's', "DMARC_NONE", "dmarc", "dmarc-fail-none" },
    { 's', "DMARC_MISSING", "dmarc", "dmarc-missing" },
    { 'r', "DMARC_POLICY_REJECT", "dmarc", "dmarc-reject" },
    { 'r', "DMARC_POLICY_QUARANTINE", "dmarc", "dmarc-quarantine" },
    { 'r', "DMARC_POLICY_SOFTFAIL", "dmarc", "dmarc-fail-none" },
    { 'r', "DMARC_NA", "dmarc", "dmarc-missing" },
    { 'r', "DMARC_BAD_POLICY", "dmarc", "dmarc-bad-policy" },
    { 'r', "DMARC_DNSFAIL", "dmarc", "dmarc-temperror" },
    { 'b', "RDNS_NONE", "ptr", "ptr-none" },
    { 's', "RDNS_DYNAMIC", "ptr", "ptr-dynamic" },
    { 's', "RDNS_LOCALHOST", "ptr", "helo-bad" },
    { 's', "HELO_DYNAMIC_*", "ptr", "ptr-dynamic" },
    { 's', "HELO_MISC_IP", "ptr", "ptr-dynamic" },
    { 's', "HELO_NO_DOMAIN", "ptr", "helo-bad" },
    { 's', "KHOP_HELO_FCRDNS", "ptr", "helo-bad" },
    { 'r', "RDNS_DNSFAIL", "ptr", "ptr-temperror" },
    { 'r', "HFILTER_HOSTNAME_UNKNOWN", "ptr", "ptr-none" },
    { 'r', "HFILTER_HOSTNAME_*", "ptr", "ptr-dynamic" },
    { 'r', "HFILTER_HELO_*", "ptr", "helo-bad" },
    { 's', "RCVD_IN_SBL*", "blocklist-ip", "ip-listed-sbl" },
    { 's', "RCVD_IN_XBL", "blocklist-ip", "ip-listed-xbl" },
    { 's', "RCVD_IN_PBL", "blocklist-ip", "ip-listed-pbl" },
    { 's', "RCVD_IN_ZEN_*", "blocklist-ip", "ip-listed" },
    { 's', "RCVD_IN_BL_SPAMCOP_NET", "blocklist-ip", "ip-listed" },
    { 's', "RCVD_IN_PSBL", "blocklist-ip", "ip-listed" },
    { 's', "RCVD_IN_MSPIKE_BL", "blocklist-ip", "ip-listed" },
    { 's', "RCVD_IN_MSPIKE_L*", "blocklist-ip", "ip-listed" },
    { 's', "RCVD_IN_MSPIKE_ZBI", "blocklist-ip", "ip-listed" },
    { 's', "RCVD_IN_SORBS_*", "blocklist-ip", "ip-listed" },
    { 's', "RCVD_IN_VALIDITY_RPBL*", "blocklist-ip", "ip-listed" },
    { 's', "RCVD_IN_BRBL_LASTEXT", "blocklist-ip", "ip-listed" },
    { 'b', "RCVD_IN_DNSWL_*", "blocklist-ip", "ip-allowlisted" },
    { 'r', "RBL_SPAMHAUS_SBL", "blocklist-ip", "ip-listed-sbl" },
    { 'r', "RBL_SPAMHAUS_CSS", "blocklist-ip", "ip-listed-sbl" },
    { 'r', "RBL_SPAMHAUS_XBL", "blocklist-ip", "ip-listed-xbl" },
    { 'r', "RBL_SPAMHAUS_PBL", "blocklist-ip", "ip-listed-pbl" },
    { 'r', "RECEIVED_SPAMHAUS_SBL", "blocklist-ip", "ip-listed-sbl" },
    { 'r', "RECEIVED_SPAMHAUS_CSS", "blocklist-ip", "ip-listed-sbl" },
    { 'r', "RECEIVED_SPAMHAUS_XBL", "blocklist-ip", "ip-listed-xbl" },
    { 'r', "RECEIVED_SPAMHAUS_PBL", "blocklist-ip", "ip-listed-pbl" },
    { 'r', "RECEIVED_SPAMHAUS_*", "blocklist-ip", "ip-listed" },
    { 'r', "RBL_*", "blocklist-ip", "ip-listed" },
    { 'b', "URIBL_*", "blocklist-domain", "uri-listed" },
    { 'r', "DBL_*", "blocklist-domain", "uri-listed" },
    { 'r', "SEM_URIBL*", "blocklist-domain", "uri-listed" },
    { 'r', "ABUSE_SURBL", "blocklist-domain", "uri-listed" },
    { 'r', "PH_SURBL_MULTI", "blocklist-domain", "uri-listed" },
    { 'r', "MW_SURBL_MULTI", "blocklist-domain", "uri-listed" },
    { 'r', "CRACKED_SURBL", "blocklist-domain", "uri-listed" },
    { 'b', "MISSING_DATE", "header-format", "header-missing-date" },
    { 'b', "MISSING_MID", "header-format", "header-missing-mid" },
    { 'b', "MISSING_FROM", "header-format", "header-missing-from" },
    { 's', "MISSING_HEADERS", "header-format", "header-missing" },
    { 'b', "MISSING_SUBJECT", "header-format", "header-missing" },
    { 'r', "MISSING_TO", "header-format", "header-missing" },
    { 'b', "INVALID_DATE", "header-format", "header-invalid-date" },
    { 'b', "INVALID_MSGID", "header-format", "header-invalid-mid" },
    { 'b', "DATE_IN_FUTURE*", "header-format", "header-invalid-date" },
    { 'b', "DATE_IN_PAST*", "header-format", "header-invalid-date" },
    { 's', "FORGED_*", "header-format", "header-forged" },
    { 'r', "FORGED_MUA_*", "header-format", "header-forged" },
    { 'r', "FORGED_OUTLOOK_*", "header-format", "header-forged" },
    { 's', "FREEMAIL_FORGED_REPLYTO", "header-format", "replyto-forged" },
    { 's', "FREEMAIL_FORGED_FROMDOMAIN", "header-format", "header-forged" },
    { 'r', "SPOOF_REPLYTO", "header-format", "replyto-forged" },
    { 's', "BAYES_60", "content", "bayes-spam" },
    { 's', "BAYES_80", "content", "bayes-spam" },
    { 's', "BAYES_95", "content", "bayes-spam" },
    { 's', "BAYES_99", "content", "bayes-spam" },
    { 's', "BAYES_999", "content", "bayes-spam" },
    { 'r', "BAYES_SPAM", "content", "bayes-spam" },
    { 'r', "NEURAL_SPAM*", "content", "bayes-spam" },
    { 's', "RAZOR2_CHECK", "content", "content-hash-listed" },
    { 's', "RAZOR2_CF_RANGE_*", "content", "content-hash-listed" },
    { 's', "PYZOR_CHECK", "content", "content-hash-listed" },
    { 's', "DCC_CHECK", "content", "content-hash-listed" },
    { 'r', "FUZZY_DENIED", "content", "content-hash-listed" },
    { 'b', "MIME_HTML_ONLY", "content", "content-html-only" },
    { 's', "MPART_ALT_DIFF*", "content", "content-parts-differ" },
    { 'r', "R_PARTS_DIFFER", "content", "content-parts-differ" },
    { 's', "TVD_*", "content", "content-pattern" },
    { 'r', "PHISHING", "content", "content-phishing" },
    { 'b', "SUBJ_ALL_CAPS", "content", "content-subject-caps" },
    { 'r', "MIME_BAD_EXTENSION", "content", "content-bad-attachment" },
    { 'r', "MIME_DOUBLE_BAD_EXTENSION", "content", "content-bad-attachment" },
    { 's', "EMPTY_MESSAGE", "content", "content-empty" },
};

const SymbolRow *findSymbol(char filter, const QString &symbol)
{
    const SymbolRow *best = nullptr;
    qsizetype bestLength = -1;
    for (const SymbolRow &row : symbolRows) {
        if (row.filter != filter && row.filter != 'b')
            continue;
        const QLatin1String name(row.name);
        if (name.endsWith(QLatin1Char('*'))) {
            const QLatin1String prefix = name.left(name.size() - 1);
            if (symbol.startsWith(prefix) && prefix.size() > bestLength) {
                best = &row;
                bestLength = prefix.size();
            }
        } else if (symbol == name) {
            return &row; // an exact name beats every prefix
        }
    }
    return best;
}

} // namespace

QMap<QString, QString> parseMicrosoftFieldList(const QString &value)
{
    static const QRegularExpression nameShape(QStringLiteral("^[A-Z0-9-]{1,32}$"));
    QMap<QString, QString> fields;
    const QStringList parts = unfolded(value).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (fields.size() >= maxItems)
            break;
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString name = part.left(colon).trimmed().toUpper();
        if (nameShape.match(name).hasMatch() && !fields.contains(name))
            fields.insert(name, part.mid(colon + 1).trimmed());
    }
    return fields;
}

std::optional<MicrosoftVerdict> parseMicrosoftVerdict(
    const QString &forefrontReport, const QString &organizationScl, const QString &microsoftAntispam)
{
    MicrosoftVerdict verdict;
    verdict.fields = parseMicrosoftFieldList(forefrontReport);
    const QMap<QString, QString> antispam = parseMicrosoftFieldList(microsoftAntispam);
    for (auto it = antispam.constBegin(); it != antispam.constEnd(); ++it)
        if (!verdict.fields.contains(it.key()))
            verdict.fields.insert(it.key(), it.value());
    verdict.scl = integer(verdict.fields.value(QStringLiteral("SCL")));
    if (!verdict.scl)
        verdict.scl = integer(organizationScl.left(32));
    verdict.bcl = integer(antispam.value(QStringLiteral("BCL")));
    if (!verdict.bcl)
        verdict.bcl = integer(verdict.fields.value(QStringLiteral("BCL")));
    verdict.sfv = verdict.fields.value(QStringLiteral("SFV")).toUpper();
    verdict.cat = verdict.fields.value(QStringLiteral("CAT")).toUpper();
    verdict.ptr = verdict.fields.value(QStringLiteral("PTR"));
    verdict.cip = verdict.fields.value(QStringLiteral("CIP"));
    if (verdict.fields.isEmpty() && !verdict.scl)
        return std::nullopt;
    return verdict;
}

bool MicrosoftVerdict::markedSpam() const
{
    if (scl && *scl >= 5)
        return true;
    if (isOneOf(sfv, { "SPM", "SKS", "SKB", "BLK" }))
        return true;
    const bool letThrough = isOneOf(sfv, { "NSPM", "SKN", "SKA", "SFE", "SKI", "SKQ" });
    return !letThrough
        && isOneOf(
            cat, { "SPM", "HSPM", "PHSH", "HPHSH", "HPHISH", "BULK", "SPOOF", "DIMP", "GIMP", "UIMP" });
}

QStringList microsoftExplanationIds(const MicrosoftVerdict &verdict)
{
    QStringList ids;
    if (verdict.scl) {
        const int scl = *verdict.scl;
        ids.append(scl < 0 ? QStringLiteral("scl-skipped")
                : scl < 5  ? QStringLiteral("scl-clean")
                : scl < 7  ? QStringLiteral("scl-spam")
                           : QStringLiteral("scl-high-spam"));
    }
    if (isOneOf(verdict.sfv, { "BLK", "NSPM", "SFE", "SKA", "SKB", "SKI", "SKN", "SKQ", "SKS", "SPM" }))
        ids.append(QStringLiteral("sfv-") + verdict.sfv.toLower());
    const QString cat = verdict.cat == QLatin1String("HPHISH") ? QStringLiteral("HPHSH") : verdict.cat;
    if (isOneOf(cat,
            { "AMP", "BIMP", "BULK", "DIMP", "FTBP", "GIMP", "HPHSH", "HSPM", "INTOS", "MALW", "OSPM", "PHSH",
                "SAP", "SPM", "SPOOF", "UIMP" }))
        ids.append(QStringLiteral("cat-") + cat.toLower());
    if (verdict.bcl) {
        const int bcl = *verdict.bcl;
        ids.append(bcl <= 0 ? QStringLiteral("bcl-none")
                : bcl <= 3  ? QStringLiteral("bcl-low")
                : bcl <= 7  ? QStringLiteral("bcl-mixed")
                            : QStringLiteral("bcl-high"));
    }
    if (verdict.fields.value(QStringLiteral("SRV")).toUpper() == QLatin1String("BULK"))
        ids.append(QStringLiteral("srv-bulk"));
    const QString ipv = verdict.fields.value(QStringLiteral("IPV")).toUpper();
    if (ipv == QLatin1String("CAL") || ipv == QLatin1String("NLI"))
        ids.append(QStringLiteral("ipv-") + ipv.toLower());
    const QString sfty = verdict.fields.value(QStringLiteral("SFTY"));
    if (sfty == QLatin1String("9.19"))
        ids.append(QStringLiteral("sfty-domain-impersonation"));
    else if (sfty == QLatin1String("9.20"))
        ids.append(QStringLiteral("sfty-user-impersonation"));
    else if (!sfty.isEmpty())
        ids.append(QStringLiteral("sfty-phish"));
    if (verdict.fields.contains(QStringLiteral("PTR")) && verdict.ptr.isEmpty())
        ids.append(QStringLiteral("ptr-none"));
    return ids;
}

std::optional<FilterVerdict> parseSpamAssassin(
    const QString &status, const QString &flag, const QString &score, const QString &level)
{
    static const QRegularExpression yesNo(
        QStringLiteral("^(yes|no)\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scoreRe(QStringLiteral("\\b(?:score|hits)=(-?[0-9]+(?:\\.[0-9]+)?)"));
    static const QRegularExpression requiredRe(QStringLiteral("\\brequired=(-?[0-9]+(?:\\.[0-9]+)?)"));
    FilterVerdict verdict;
    verdict.filter = QStringLiteral("spamassassin");
    const QString text = unfolded(status);
    const QRegularExpressionMatch answer = yesNo.match(text);
    bool saidSomething = answer.hasMatch();
    verdict.spam = answer.captured(1).compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
    verdict.score = number(scoreRe.match(text).captured(1));
    verdict.threshold = number(requiredRe.match(text).captured(1));
    readSpamAssassinTests(text, verdict);
    const QString flagValue = flag.trimmed();
    if (flagValue.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
        verdict.spam = saidSomething = true;
    else if (flagValue.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0)
        saidSomething = true;
    if (!verdict.score)
        verdict.score = number(score.left(32));
    const QString stars = level.trimmed().left(1000);
    if (!verdict.score && !stars.isEmpty() && stars.count(QLatin1Char('*')) == stars.size())
        verdict.score = double(stars.size()); // X-Spam-Level: one star a whole point
    if (!saidSomething && !verdict.score && verdict.symbols.isEmpty())
        return std::nullopt;
    return verdict;
}

std::optional<FilterVerdict> parseRspamd(
    const QString &spamdResult, const QString &action, const QString &spamHeader, const QString &score)
{
    static const QRegularExpression head(
        QStringLiteral("^[A-Za-z0-9_-]+:\\s*(true|false)\\s*\\[\\s*(-?[0-9.]+)\\s*/\\s*(-?[0-9.]+)\\s*\\]"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression symbol(QStringLiteral("^([A-Za-z0-9_]+)\\s*\\(\\s*(-?[0-9.]+)\\s*\\)"));
    FilterVerdict verdict;
    verdict.filter = QStringLiteral("rspamd");
    const QString text = unfolded(spamdResult);
    const QRegularExpressionMatch h = head.match(text);
    bool saidSomething = h.hasMatch();
    if (h.hasMatch()) {
        verdict.spam = h.captured(1).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        verdict.score = number(h.captured(2));
        verdict.threshold = number(h.captured(3));
    }
    // The symbols: NAME(score)[options]; separated by ";" outside the options.
    qsizetype start = h.hasMatch() ? h.capturedEnd(0) : 0;
    int depth = 0;
    for (qsizetype i = start; i <= text.size() && verdict.symbols.size() < maxItems; ++i) {
        const QChar c = i < text.size() ? text.at(i) : QLatin1Char(';');
        if (c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(']') && depth > 0)
            --depth;
        if (c != QLatin1Char(';') || (depth > 0 && i < text.size()))
            continue;
        const QRegularExpressionMatch m = symbol.match(text.mid(start, i - start).trimmed());
        if (m.hasMatch() && !verdict.symbolScores.contains(m.captured(1))) {
            verdict.symbols.append(m.captured(1));
            verdict.symbolScores.insert(m.captured(1), m.captured(2).toDouble());
        }
        start = i + 1;
    }
    verdict.action = action.simplified().toLower().left(64);
    if (!verdict.action.isEmpty())
        saidSomething = true;
    if (isOneOf(verdict.action, { "add header", "rewrite subject", "soft reject", "reject" }))
        verdict.spam = true;
    const QString flagValue = spamHeader.trimmed();
    if (flagValue.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
        verdict.spam = saidSomething = true;
    if (!verdict.score)
        verdict.score = number(score.left(32));
    if (!saidSomething && !verdict.score && verdict.symbols.isEmpty())
        return std::nullopt;
    return verdict;
}

std::optional<SymbolMeaning> symbolMeaning(const QString &filter, const QString &symbol)
{
    const QString f = filter.toLower();
    const char which = f == QLatin1String("rspamd")                            ? 'r'
        : (f == QLatin1String("spamassassin") || f == QLatin1String("amavis")) ? 's'
                                                                               : '\0';
    if (which == '\0' || symbol.isEmpty())
        return std::nullopt;
    const QString name = symbol.trimmed().toUpper();
    const SymbolRow *row = findSymbol(which, name);
    if (!row && which == 's' && name.startsWith(QLatin1String("T_")))
        row = findSymbol(which, name.mid(2)); // SpamAssassin testing rules
    if (!row)
        return std::nullopt;
    SymbolMeaning meaning { QLatin1String(row->topic), QLatin1String(row->id) };
    // RCVD_IN_ZEN_BLOCKED_OPENDNS, URIBL_BLOCKED, RBL_SPAMHAUS_BLOCKED...:
    // the list refused the receiver's query, nothing is known of the sender.
    if (name.contains(QLatin1String("_BLOCKED"))
        && (meaning.topic == QLatin1String("blocklist-ip")
            || meaning.topic == QLatin1String("blocklist-domain")))
        meaning.explanationId = QStringLiteral("dnsbl-query-blocked");
    return meaning;
}

} // namespace MailMedic
