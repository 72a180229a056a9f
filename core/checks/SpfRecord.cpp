// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/SpfRecord.h"
#include "report/Clock.h"

#include "report/Detail.h"

#include <QRegularExpression>
#include <QStringList>

namespace MailMedic {

namespace {

const QLatin1String kDelimiters(".-+,/_=");

bool isVisibleAscii(QChar c)
{
    return c.unicode() >= 0x21 && c.unicode() <= 0x7e;
}

QString describeChar(QChar c)
{
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

// RFC 7208 §7.1: toplabel = ( *alphanum ALPHA *alphanum ) /
// ( 1*alphanum "-" *( alphanum / "-" ) alphanum ).
bool isTopLabel(const QString &label)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])$"));
    return re.match(label).hasMatch();
}

// Splits "a:host/24//64" into the domain part and the dual CIDR suffix. The
// suffix is taken from the end, since a domain-spec may itself contain '/'
// (RFC 7208 §7.1: any visible character but '%').
void splitCidr(const QString &rest, QString *spec, QString *cidr)
{
    static const QRegularExpression re(
        QStringLiteral("^(.*?)((?:/[0-9]*)?(?://[0-9]*)?)$"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(rest);
    *spec = m.captured(1);
    *cidr = m.captured(2);
}

bool parseCidr(const QString &text, int max, int *value)
{
    static const QRegularExpression re(QStringLiteral("^(0|[1-9][0-9]{0,2})$"));
    if (!re.match(text).hasMatch())
        return false;
    *value = text.toInt();
    return *value <= max;
}

// dual-cidr-length = [ ip4-cidr-length ] [ "/" ip6-cidr-length ] (RFC 7208 §5.6)
bool parseDualCidr(const QString &text, SpfTerm *term)
{
    if (text.isEmpty())
        return true;
    if (!text.startsWith(QLatin1Char('/')))
        return false;
    const int v6 = text.indexOf(QLatin1String("//"));
    const QString four = v6 < 0 ? text.mid(1) : text.mid(1, v6 - 1);
    const QString six = v6 < 0 ? QString() : text.mid(v6 + 2);
    if (v6 == 0) {
        // "//64" only
    } else if (!parseCidr(four, 32, &term->cidr4)) {
        return false;
    }
    if (v6 >= 0 && !parseCidr(six, 128, &term->cidr6))
        return false;
    return true;
}

bool isIp4Literal(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
                       "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"));
    return re.match(text).hasMatch();
}

QString urlEscape(const QString &text)
{
    // RFC 7208 §7.3: upper-case macro letters are URL-escaped (RFC 3986
    // unreserved characters stay).
    QString out;
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const uchar c = uchar(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '_' || c == '~')
            out += QLatin1Char(char(c));
        else
            out += QLatin1Char('%')
                + QString::number(int(c), 16).toUpper().rightJustified(2, QLatin1Char('0'));
    }
    return out;
}

QString macroValue(QChar letter, const SpfMacroContext &c)
{
    const int at = c.sender.lastIndexOf(QLatin1Char('@'));
    switch (letter.toLower().unicode()) {
    case 's':
        return c.sender;
    case 'l':
        return at < 0 ? QStringLiteral("postmaster") : c.sender.left(at);
    case 'o':
        return at < 0 ? c.sender : c.sender.mid(at + 1);
    case 'd':
        return c.domain;
    case 'i':
        if (c.ip.protocol() == QAbstractSocket::IPv6Protocol) {
            // Dot-separated nibbles (RFC 7208 §7.3).
            const Q_IPV6ADDR a = c.ip.toIPv6Address();
            QStringList nibbles;
            for (int i = 0; i < 16; ++i)
                nibbles << QString::number(a[i] >> 4, 16) << QString::number(a[i] & 0x0f, 16);
            return nibbles.join(QLatin1Char('.'));
        }
        return c.ip.toString();
    case 'p':
        return c.validatedName;
    case 'v':
        return c.ip.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ip6")
                                                                : QStringLiteral("in-addr");
    case 'h':
        return c.helo;
    case 'c':
        return c.ip.toString();
    case 'r':
        return c.receiver;
    case 't':
        return QString::number((c.now.isValid() ? c.now : Clock::nowUtc()).toSecsSinceEpoch());
    default:
        return QString();
    }
}

// The one routine for checking and expanding, so both agree on the syntax.
bool run(
    const QString &text, const SpfMacroContext *context, bool explanation, QString *result, QString *error)
{
    QString out;
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('%')) {
            if (!isVisibleAscii(c) && !(explanation && c == QLatin1Char(' ')))
                return fail(Detail::encode(QStringLiteral("spf-macro-char"), { describeChar(c) }));
            out += c;
            continue;
        }
        if (i + 1 >= text.size())
            return fail(Detail::encode(QStringLiteral("spf-macro-percent-end")));
        const QChar next = text.at(++i);
        if (next == QLatin1Char('%')) {
            out += QLatin1Char('%');
        } else if (next == QLatin1Char('_')) {
            out += QLatin1Char(' ');
        } else if (next == QLatin1Char('-')) {
            out += QLatin1String("%20");
        } else if (next == QLatin1Char('{')) {
            const int close = text.indexOf(QLatin1Char('}'), i + 1);
            if (close < 0)
                return fail(Detail::encode(QStringLiteral("spf-macro-unclosed")));
            const QString body = text.mid(i + 1, close - i - 1);
            i = close;
            if (body.isEmpty())
                return fail(Detail::encode(QStringLiteral("spf-macro-empty")));
            const QChar letter = body.at(0);
            const QLatin1String letters(explanation ? "slodiphcrtv" : "slodiphv");
            if (!QString(letters).contains(letter.toLower()))
                return fail(Detail::encode(QString(QLatin1String("crt")).contains(letter.toLower())
                        ? QStringLiteral("spf-macro-letter-exp")
                        : QStringLiteral("spf-macro-letter"),
                    { QString(letter) }));
            int pos = 1;
            QString digits;
            while (pos < body.size() && body.at(pos).isDigit() && body.at(pos).unicode() < 0x80)
                digits += body.at(pos++);
            bool reverse = false;
            if (pos < body.size() && body.at(pos).toLower() == QLatin1Char('r')) {
                reverse = true;
                ++pos;
            }
            const QString delimiters = body.mid(pos);
            for (const QChar d : delimiters) {
                if (!QString(kDelimiters).contains(d))
                    return fail(Detail::encode(QStringLiteral("spf-macro-delimiter"), { QString(d) }));
            }
            int keep = -1;
            if (!digits.isEmpty()) {
                // RFC 7208 §7.3: the DIGIT transformer must be nonzero.
                keep = digits.size() > 3 ? 1000 : digits.toInt();
                if (keep == 0)
                    return fail(Detail::encode(QStringLiteral("spf-macro-zero"), { body }));
            }
            if (!context)
                continue;
            const QString value = macroValue(letter, *context);
            QStringList parts;
            if (delimiters.isEmpty()) {
                parts = value.split(QLatin1Char('.'));
            } else {
                QString part;
                for (const QChar v : value) {
                    if (delimiters.contains(v)) {
                        parts << part;
                        part.clear();
                    } else {
                        part += v;
                    }
                }
                parts << part;
            }
            if (reverse)
                std::reverse(parts.begin(), parts.end());
            if (keep > 0 && keep < parts.size())
                parts = parts.mid(parts.size() - keep);
            const QString expanded = parts.join(QLatin1Char('.'));
            out += letter.isUpper() ? urlEscape(expanded) : expanded;
        } else {
            return fail(Detail::encode(QStringLiteral("spf-macro-unknown"), { QString(next) }));
        }
    }
    if (result)
        *result = out;
    return true;
}

} // namespace

bool SpfTerm::countsAsLookup() const
{
    switch (kind) {
    case Kind::Include:
    case Kind::A:
    case Kind::Mx:
    case Kind::Ptr:
    case Kind::Exists:
    case Kind::Redirect:
        return true;
    default:
        return false;
    }
}

bool SpfRecord::isSpf(const QString &txt)
{
    // RFC 7208 §4.5: exactly "v=spf1", then a space or the end ("v=spf10"
    // is not ours).
    return txt.startsWith(QLatin1String("v=spf1"), Qt::CaseInsensitive)
        && (txt.size() == 6 || txt.at(6) == QLatin1Char(' '));
}

SpfRecord SpfRecord::parse(const QString &text)
{
    SpfRecord record;
    record.text = text;
    const auto fail = [&record](const QString &term, const QString &why) {
        record.errorTerm = term;
        record.error
            = term.isEmpty() ? why : Detail::encode(QStringLiteral("spf-term-problem"), { term, why });
        return record;
    };
    if (!isSpf(text))
        return fail(QString(), Detail::encode(QStringLiteral("spf-no-version")));

    // RFC 7208 §4.6.1: terms are separated by spaces only; any other
    // control character is part of a term and makes it invalid.
    const QStringList terms = text.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QRegularExpression modifierRe(QStringLiteral("^([A-Za-z][A-Za-z0-9_.-]*)=(.*)$"));
    static const QRegularExpression mechanismRe(QStringLiteral("^([+~?-]?)([A-Za-z0-9]+)(.*)$"));
    for (const QString &raw : terms) {
        for (const QChar c : raw) {
            if (!isVisibleAscii(c))
                return fail(raw, Detail::encode(QStringLiteral("spf-not-ascii"), { describeChar(c) }));
        }
        SpfTerm term;
        term.text = raw;

        const QRegularExpressionMatch modifier = modifierRe.match(raw);
        if (modifier.hasMatch()) {
            term.name = modifier.captured(1).toLower();
            term.domainSpec = modifier.captured(2);
            QString why;
            if (term.name == QLatin1String("redirect") || term.name == QLatin1String("exp")) {
                term.kind
                    = term.name == QLatin1String("redirect") ? SpfTerm::Kind::Redirect : SpfTerm::Kind::Exp;
                std::optional<SpfTerm> &slot
                    = term.kind == SpfTerm::Kind::Redirect ? record.redirect : record.exp;
                // RFC 7208 §6: each of these at most once.
                if (slot)
                    return fail(raw, Detail::encode(QStringLiteral("spf-modifier-twice"), { term.name }));
                if (!SpfMacro::isValidDomainSpec(term.domainSpec, &why))
                    return fail(raw, why);
                slot = term;
            } else {
                // RFC 7208 §6: unknown modifiers are ignored, but must still
                // follow the syntax.
                if (!SpfMacro::isValid(term.domainSpec, false, &why))
                    return fail(raw, why);
                record.unknownModifiers << term;
            }
            continue;
        }

        const QRegularExpressionMatch mechanism = mechanismRe.match(raw);
        if (!mechanism.hasMatch())
            return fail(raw, Detail::encode(QStringLiteral("spf-not-term")));
        if (!mechanism.captured(1).isEmpty())
            term.qualifier = mechanism.captured(1).at(0);
        term.name = mechanism.captured(2).toLower();
        const QString rest = mechanism.captured(3);
        QString why;
        if (term.name == QLatin1String("all")) {
            term.kind = SpfTerm::Kind::All;
            if (!rest.isEmpty())
                return fail(raw, Detail::encode(QStringLiteral("spf-all-argument")));
        } else if (term.name == QLatin1String("include") || term.name == QLatin1String("exists")) {
            term.kind
                = term.name == QLatin1String("include") ? SpfTerm::Kind::Include : SpfTerm::Kind::Exists;
            if (!rest.startsWith(QLatin1Char(':')) || rest.size() == 1)
                return fail(raw, Detail::encode(QStringLiteral("spf-needs-domain"), { term.name }));
            term.domainSpec = rest.mid(1);
            if (!SpfMacro::isValidDomainSpec(term.domainSpec, &why))
                return fail(raw, why);
        } else if (term.name == QLatin1String("a") || term.name == QLatin1String("mx")
            || term.name == QLatin1String("ptr")) {
            term.kind = term.name == QLatin1String("a") ? SpfTerm::Kind::A
                : term.name == QLatin1String("mx")      ? SpfTerm::Kind::Mx
                                                        : SpfTerm::Kind::Ptr;
            QString spec = rest;
            QString cidr;
            if (term.kind != SpfTerm::Kind::Ptr)
                splitCidr(rest, &spec, &cidr);
            if (!spec.isEmpty()) {
                if (!spec.startsWith(QLatin1Char(':')))
                    return fail(raw, Detail::encode(QStringLiteral("spf-unknown-term")));
                term.domainSpec = spec.mid(1);
                if (term.domainSpec.isEmpty())
                    return fail(raw, Detail::encode(QStringLiteral("spf-empty-after-colon")));
                if (!SpfMacro::isValidDomainSpec(term.domainSpec, &why))
                    return fail(raw, why);
            }
            if (!parseDualCidr(cidr, &term))
                return fail(raw, Detail::encode(QStringLiteral("spf-bad-prefix"), { cidr }));
        } else if (term.name == QLatin1String("ip4") || term.name == QLatin1String("ip6")) {
            const bool v4 = term.name == QLatin1String("ip4");
            term.kind = v4 ? SpfTerm::Kind::Ip4 : SpfTerm::Kind::Ip6;
            if (!rest.startsWith(QLatin1Char(':')))
                return fail(raw,
                    Detail::encode(QStringLiteral("spf-needs-address"),
                        { term.name,
                            v4 ? QStringLiteral("192.0.2.0/24") : QStringLiteral("2001:db8::/32") }));
            QString address = rest.mid(1);
            const int slash = address.indexOf(QLatin1Char('/'));
            if (slash >= 0) {
                int *length = v4 ? &term.cidr4 : &term.cidr6;
                if (!parseCidr(address.mid(slash + 1), v4 ? 32 : 128, length))
                    return fail(
                        raw, Detail::encode(QStringLiteral("spf-bad-prefix"), { address.mid(slash) }));
                address.truncate(slash);
            }
            if (v4 ? !isIp4Literal(address)
                   : (address.contains(QLatin1Char('%')) || !term.network.setAddress(address)
                       || term.network.protocol() != QAbstractSocket::IPv6Protocol))
                return fail(raw,
                    Detail::encode(QStringLiteral("spf-not-ip"),
                        { address, v4 ? QStringLiteral("4") : QStringLiteral("6") }));
            if (v4)
                term.network.setAddress(address);
        } else {
            return fail(raw, Detail::encode(QStringLiteral("spf-unknown-mechanism"), { term.name }));
        }
        record.mechanisms << term;
    }
    return record;
}

namespace SpfMacro {

bool isValid(const QString &text, bool explanation, QString *error)
{
    return run(text, nullptr, explanation, nullptr, error);
}

bool expand(
    const QString &text, const SpfMacroContext &context, bool explanation, QString *result, QString *error)
{
    return run(text, &context, explanation, result, error);
}

bool isValidDomainSpec(const QString &spec, QString *error)
{
    if (spec.isEmpty()) {
        if (error)
            *error = Detail::encode(QStringLiteral("spf-empty-domain"));
        return false;
    }
    if (!isValid(spec, false, error))
        return false;
    // domain-end = ( "." toplabel [ "." ] ) / macro-expand (RFC 7208 §7.1)
    static const QRegularExpression endsInMacro(QStringLiteral("(%\\{[^}]*\\}|%%|%_|%-)$"));
    if (endsInMacro.match(spec).hasMatch())
        return true;
    QString name = spec;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || !isTopLabel(name.mid(dot + 1))) {
        if (error)
            *error = Detail::encode(QStringLiteral("spf-not-domain-spec"), { spec });
        return false;
    }
    return true;
}

bool expandDomain(const QString &spec, const SpfMacroContext &context, QString *result, QString *error)
{
    QString name;
    if (!expand(spec, context, false, &name, error))
        return false;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    // RFC 7208 §7.3: drop labels on the left until the name fits in 253.
    while (name.size() > 253) {
        const int dot = name.indexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        name = name.mid(dot + 1);
    }
    *result = name;
    return true;
}

bool isAskable(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
    }
    return true;
}

bool isValidDomain(const QString &domain)
{
    QString name = domain;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253 || name.startsWith(QLatin1Char('[')))
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
    }
    return true;
}

} // namespace SpfMacro

} // namespace MailMedic
