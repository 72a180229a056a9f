// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headers/DkimVerifier.h"
#include "headers/DkimModule.h"

#include "bounce/ReportFields.h"
#include "dns/DomainName.h"
#include "Modules.h"

#include <QRegularExpression>

// libopendkim does the verifying, in the mailmedic-dkim module (DkimModule.cpp).

namespace MailMedic {

namespace DkimMessage {

HeaderSection splitHeader(const QByteArray &message)
{
    HeaderSection section;
    const qsizetype size = message.size();
    qsizetype pos = 0;
    // An mbox separator ("From anna@example.com Sun Mar  1 ...") is no field; "From :" is one.
    const qsizetype firstEnd = message.indexOf('\n');
    if (message.startsWith("From ") && !message.left(firstEnd).mid(5).trimmed().startsWith(':'))
        pos = firstEnd < 0 ? size : firstEnd + 1;
    while (pos < size) {
        const qsizetype nl = message.indexOf('\n', pos);
        if (nl < 0)
            break;
        qsizetype end = nl;
        if (end > pos && message.at(end - 1) == '\r')
            --end; // LF-only line ends are taken too (a message saved on Unix)
        const QByteArray line = message.mid(pos, end - pos);
        pos = nl + 1;
        if (line.isEmpty()) {
            section.bodyStart = pos;
            break;
        }
        if (line.at(0) == ' ' || line.at(0) == '\t') {
            if (!section.fields.isEmpty()) // RFC 5322 §2.2.3 folding; a stray one is dropped
                section.fields.last().append("\r\n").append(line);
        } else {
            section.fields.append(line);
        }
    }
    return section;
}

bool isSignatureField(const QByteArray &field)
{
    QByteArray name = field.left(qMax<qsizetype>(field.indexOf(':'), 0)); // empty without a colon
    while (name.endsWith(' '))
        name.chop(1);
    return name.compare("DKIM-Signature", Qt::CaseInsensitive) == 0;
}

DkimKeyQuery makeQuery(const QString &selector, const QString &domain)
{
    return { DomainName::normalized(selector.simplified().remove(QLatin1Char(' '))),
        DomainName::normalized(domain.simplified().remove(QLatin1Char(' '))) };
}

} // namespace DkimMessage

namespace DkimModule {

const Functions &functions()
{
    static const Functions loaded = [] {
        Functions result;
        Modules::Module module = Modules::load(
            QStringLiteral("mailmedic-dkim"), QStringLiteral("the DKIM module"), versionSymbol);
        result.verify = reinterpret_cast<VerifyFunction>(module.resolve(verifySymbol));
        result.rsaBits = reinterpret_cast<RsaBitsFunction>(module.resolve(rsaBitsSymbol));
        if (!result.verify || !result.rsaBits) {
            result = {};
            result.error = module.error;
        }
        return result;
    }();
    return loaded;
}

} // namespace DkimModule

namespace {

using namespace DkimMessage;

// A host name a resolver can be asked for: LDH labels (and "_"), none empty.
bool askable(const QString &name)
{
    static const QRegularExpression host(QStringLiteral("^[a-z0-9_-]{1,63}(\\.[a-z0-9_-]{1,63})*$"));
    return name.size() <= 253 && host.match(name).hasMatch();
}

} // namespace

QString DkimKeyQuery::name() const
{
    const DkimKeyQuery clean = makeQuery(selector, domain);
    return clean.selector % QStringLiteral("._domainkey.") % clean.domain;
}

QList<DkimKeyQuery> dkimKeyQueries(const QByteArray &message)
{
    QList<DkimKeyQuery> queries;
    int signatures = 0;
    const HeaderSection section = splitHeader(message);
    for (const QByteArray &field : section.fields) {
        if (!isSignatureField(field) || ++signatures > kMaxSignatures)
            continue;
        // Unfolding (RFC 5322 §2.2.3) removes the CRLFs, the tag list parser the rest.
        const QString value
            = QString::fromLatin1(field.mid(field.indexOf(':') + 1)).remove(QStringLiteral("\r\n"));
        const DkimTags tags = parseDkimTags(value);
        const DkimKeyQuery query = makeQuery(tags.selector, tags.domain);
        if (askable(query.name()) && !queries.contains(query)) // an empty s= or d= leaves an empty label
            queries << query;
    }
    return queries;
}

DkimVerification verifyDkim(
    const QByteArray &message, const QHash<QString, DkimKeyAnswer> &keys, const QDateTime &now)
{
    const DkimModule::Functions &module = DkimModule::functions();
    DkimVerification verification;
    if (module.verify)
        module.verify(&message, &keys, &now, &verification);
    else
        verification.error = module.error;
    return verification;
}

} // namespace MailMedic
