// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnoser.h"
#include "headers/MessageAnalysis.h"
#include "report/Clock.h"

#include "bounce/BounceParser.h"
#include "bounce/HumanText.h"
#include "bounce/SmtpStatus.h"
#include "mailmedic_version.h"
#include "report/FindingCatalog.h"
#include "rules/LiteralPrefilter.h"
#include "rules/Normalize.h"
#include "rules/RuleSet.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <functional>
#include <optional>

namespace MailMedic {

namespace {

bool isSuccessAction(const QString &action)
{
    return action == QLatin1String("delivered") || action == QLatin1String("relayed")
        || action == QLatin1String("expanded");
}

// Text found in a message or snippet is only a bounce when it carries a code.
bool saysSomething(const BounceRecipient &r)
{
    return r.replyCode || !r.status.isEmpty() || !r.action.isEmpty();
}

// `retried`: the sending server still tries; advice that only holds while it
// does ("nothing to do yet") is left out of a final failure.
Finding findingFromRule(const Rule &rule, const RuleSet &rules, const QString &lang, bool retried)
{
    Finding f;
    f.id = rule.id;
    f.status = FindingStatus::Fail;
    f.title = rule.title.text(lang);
    f.explanation = rule.explanation.text(lang);
    f.topics = rule.topics;
    f.source = rule.source.en();
    for (const QString &fixId : rule.fixes) {
        const FixText *fix = rules.fix(fixId);
        if (fix && (retried || !fix->whileRetrying))
            f.fixes.append({ fix->id, fix->text.text(lang), fix->link, false });
    }
    return f;
}

QString evidenceLine(const Recipient &r)
{
    QString line = r.address.isEmpty() ? QStringLiteral("(recipient not named)") : r.address;
    if (!r.diagnostic.isEmpty())
        line += QStringLiteral(": ") + r.diagnostic.left(300);
    else if (!r.status.isEmpty())
        line += QStringLiteral(": ") + r.status;
    return line;
}

// Codes that name a category too broad to overrule the server's own words.
bool isVagueStatus(const QString &status)
{
    static const QStringList vague { QStringLiteral(".0.0"), QStringLiteral(".1.0"), QStringLiteral(".2.0"),
        QStringLiteral(".3.0"), QStringLiteral(".4.0"), QStringLiteral(".5.0"), QStringLiteral(".7.0"),
        QStringLiteral(".7.1") };
    for (const QString &v : vague)
        if (status.endsWith(v))
            return true;
    return status.isEmpty();
}

// From the first reply or status code on: the server's own answer, without
// the MTA's explanations around it (which mention all sorts of reasons).
QString serverAnswer(const QString &diagnostic)
{
    // RFC 5321 §4.2.1: a reply code's second digit is 0..5, so a port
    // ("smtp.example.org:465 (Connection refused)") is not taken for one.
    static const QRegularExpression code(
        QStringLiteral("(?:^|[\\s:;(\\[])([245][0-5][0-9][ -]|[245]\\.[0-9]\\.[0-9])"));
    const QRegularExpressionMatch m = code.match(diagnostic);
    if (!m.hasMatch() || m.capturedStart(1) == 0)
        return QString();
    return diagnostic.mid(m.capturedStart(1), 2000);
}

struct Verdict
{
    const Rule *rule = nullptr;
    QString reason;
};

// Which reason a recipient failed for. The server's answer decides first;
// the whole text only when the answer says nothing known, and then a
// specific status code outweighs a rule that matched the MTA's prose.
Verdict decide(const RuleSet &rules, const QString &diagnostic, const QString &status,
    std::optional<int> replyCode, bool prose, const QString &answeredBy)
{
    Verdict v;
    const QString answer = serverAnswer(diagnostic);
    if (!answer.isEmpty())
        v.rule = rules.match(normalizeDiagnostic(answer), status, replyCode, answeredBy);
    QString byCode = SmtpStatus::reasonForStatus(status);
    // The answer said nothing but its code ("421 Service not available"): the
    // MTA's words around it may know why ("refused to talk to me").
    if ((!v.rule || v.rule->codeOnly) && !diagnostic.isEmpty()) {
        const Rule *whole = rules.match(normalizeDiagnostic(diagnostic), status, replyCode, answeredBy);
        // Prose around the answer mentions all sorts of things; a specific
        // code from the server outweighs it.
        if (whole && (prose || !answer.isEmpty()) && !byCode.isEmpty() && byCode != whole->reason
            && !isVagueStatus(status))
            whole = nullptr;
        if (whole && !(v.rule && whole->codeOnly))
            v.rule = whole;
    }
    if (v.rule) {
        v.reason = v.rule->reason;
        return v;
    }
    if (byCode.isEmpty() && replyCode)
        byCode = SmtpStatus::reasonForReplyCode(*replyCode);
    v.reason = byCode.isEmpty() ? QStringLiteral("undefined") : byCode;
    return v;
}

enum class Permanence { Unknown, Delayed, Failed };

// What the server's words mean once the rest of the bounce is read: the SMTP
// stage, the status and whether this bounce is the final word (`words`: what
// the bounce says about retrying). Empty when the matched reason stands as it
// is.
QString reasonInContext(const Verdict &verdict, const BounceRecipient &b, const Recipient &r,
    const Bounce &bounce, const std::function<Permanence()> &words)
{
    const bool userUnknown = verdict.reason == QLatin1String("userunknown");
    // Refused right after MAIL FROM: the server objected to the sender, so "no
    // such user" means the sender's address, not the recipient's.
    if (b.command == QLatin1String("MAIL") && (userUnknown || verdict.reason == QLatin1String("hostunknown")))
        return QStringLiteral("rejected");

    // A provider's own words, or X.1.1 ("bad destination mailbox"), speak for
    // the address itself. Generic "no such user" words do not when they came
    // only after the whole message was sent (RFC 5321 §4.1.1.4, the reply to
    // DATA's end): the address was accepted at RCPT, so a filter on the
    // receiving side is speaking. A status alone never overrules the words:
    // "550 5.7.1 User unknown" is still an unknown user (RULES.md).
    const bool genericWords = !verdict.rule || verdict.rule->provider == QLatin1String("generic");
    if (userUnknown && genericWords && !r.status.mid(1).startsWith(QLatin1String(".1.1"))
        && b.command == QLatin1String("DATA"))
        return QStringLiteral("filtered");

    // A timeout is temporary and the sending server keeps trying. When the
    // bounce is its final word on it, the retries ran out: the message expired.
    if (verdict.reason == QLatin1String("networkerror")
        && b.diagnostic.contains(QLatin1String("timed out"), Qt::CaseInsensitive)) {
        // A notice that says it will retry ("Delivery will be retried") is
        // not the final word, whoever wrote it.
        const bool final = r.action == QLatin1String("failed")
            || (r.action.isEmpty() && !r.isTemporary()
                && (bounce.kind == InputKind::Dsn || bounce.fromMailSystem)
                && words() != Permanence::Delayed);
        if (final)
            return QStringLiteral("expired");
    }
    return QString();
}

// Phrases, each a case-insensitive pattern; one pass of a literal prefilter
// tells which can occur in a text, and only those run. The same as the rule
// set does: a bounce is read for these words once per file, and one pattern of
// forty alternatives costs the PCRE2 interpreter a try at nearly every letter.
class Phrases
{
public:
    explicit Phrases(const QStringList &patterns) : m_prefilter(patterns)
    {
        for (const QString &p : patterns)
            m_patterns.append(QRegularExpression(p, QRegularExpression::CaseInsensitiveOption));
    }
    bool foundIn(const QString &text) const
    {
        QVarLengthArray<char, 64> marks(m_prefilter.patternCount());
        m_prefilter.candidates(text, marks.data());
        for (qsizetype i = 0; i < m_patterns.size(); ++i) {
            if (marks[i] && m_patterns.at(i).match(text).hasMatch())
                return true;
        }
        return false;
    }

private:
    LiteralPrefilter m_prefilter;
    QList<QRegularExpression> m_patterns;
};

// What the bounce's own words say of the delivery as a whole: "will be
// retried" / "has not yet been delivered" (a delay warning), or "permanent
// error" / "I've given up" (the sending server stopped trying). Delay words are
// looked for first: a warning also says what will happen if it never works.
Permanence permanenceInWords(const QString &text)
{
    static const Phrases delayed({ QStringLiteral("will (?:be )?retr(?:y|ied)"),
        QStringLiteral("delivery attempts will continue"),
        QStringLiteral(
            "will (?:continue to |keep )?(?:try|trying|attempt)(?:ing)? (?:again|to deliver|until)"),
        QStringLiteral("has(?:n'?t| not) yet been delivered"),
        QStringLiteral("(?:has|have)(?:n'?t| not) been delivered yet"),
        QStringLiteral("still (?:trying|being retried|undelivered)"),
        QStringLiteral("delivery (?:is |has been )?delayed"), QStringLiteral("\\(delay\\)"),
        QStringLiteral("delayed mail"), QStringLiteral("delivery incomplete"),
        QStringLiteral("message (?:is )?delayed"), QStringLiteral("this is a warning message only"),
        QStringLiteral("no action is required on your part"), QStringLiteral("will continue to be attempted"),
        QStringLiteral("temporarily deferred"), QStringLiteral("still in the queue"),
        QStringLiteral("will try again"), QStringLiteral("not been delivered yet"),
        // Exchange's French delay notice, Gmail's Japanese one (the wording
        // in tests/data/references/ndr-languages.jsonl and mailbox-providers.jsonl).
        QStringLiteral("La remise est retard(?:é|e)e pour"),
        QStringLiteral("De nouvelles tentatives de remise seront effectu(?:é|e)es"),
        QStringLiteral("配信中に一時的な問題が発生しました") });
    static const Phrases failed({ QStringLiteral("permanent(?:ly)? (?:error|failure|fatal|failed)"),
        QStringLiteral("failed permanently"), QStringLiteral("fatal error"), QStringLiteral("i'?ve given up"),
        QStringLiteral("giving up"), QStringLiteral("gave up"), QStringLiteral("i'?m not going to try again"),
        QStringLiteral("retry timeout exceeded"), QStringLiteral("could ?n[o']t be delivered"),
        QStringLiteral("can ?n[o']?t be delivered"), QStringLiteral("undeliverable"),
        QStringLiteral("undelivered mail returned"), QStringLiteral("delivery (?:has )?failed"),
        QStringLiteral("failed to deliver"), QStringLiteral("was(?:n'?t| not) delivered"),
        QStringLiteral("delivery to the following recipients? failed"),
        QStringLiteral("message not delivered"), QStringLiteral("returned mail"),
        QStringLiteral("mail delivery failed"), QStringLiteral("failure notice"),
        QStringLiteral("non-?delivery"), QStringLiteral("delivery status notification \\(failure\\)"),
        QStringLiteral("unable to deliver"), QStringLiteral("has been rejected"),
        QStringLiteral("was rejected"),
        // Exchange's failure notices in German, Spanish, Portuguese and
        // Russian (tests/data/references/ndr-languages.jsonl).
        QStringLiteral("Fehler bei der Nachrichtenzustellung an folgende"),
        QStringLiteral("No se pudo entregar a estos destinatarios"),
        QStringLiteral("Falha na entrega aos seguintes destinat"),
        QStringLiteral("Не удалось выполнить доставку следующим получателям") });
    if (delayed.foundIn(text))
        return Permanence::Delayed;
    if (failed.foundIn(text))
        return Permanence::Failed;
    return Permanence::Unknown;
}

// Action and status for every failed recipient (RFC 3464 §2.3.3, RFC 3463):
// what the report states; else the bounce's words about retrying or giving up;
// else the class of the reply or status code; else the reason's usual class.
// What was not read is marked inferred.
// `words` is read only when the report left an action out: most reports
// state it, and the bounce's text need not be searched for them.
void inferPermanence(Recipient &r, const std::function<Permanence()> &words, bool finalNotice)
{
    if (r.reason == QLatin1String("delivered")) {
        if (r.action.isEmpty()) {
            r.action = QStringLiteral("delivered");
            r.actionInferred = true;
        }
        if (r.status.isEmpty()) {
            r.status = QStringLiteral("2.0.0");
            r.statusInferred = true;
        }
        return;
    }
    if (r.isNotice())
        return;
    const QChar codeClass = !r.status.isEmpty() ? r.status.at(0)
        : r.replyCode                           ? QChar(QLatin1Char(char('0' + *r.replyCode / 100)))
                                                : QChar();
    if (r.action.isEmpty()) {
        const Permanence said = words();
        bool delayed;
        if (said == Permanence::Delayed && codeClass != QLatin1Char('5'))
            delayed = true;
        else if (said == Permanence::Failed)
            delayed = false;
        else if (!codeClass.isNull())
            delayed = codeClass == QLatin1Char('4');
        else
            delayed = !finalNotice && SmtpStatus::isUsuallyTemporary(r.reason);
        r.action = delayed ? QStringLiteral("delayed") : QStringLiteral("failed");
        r.actionInferred = true;
    }
    if (r.status.isEmpty()) {
        const QChar klass = !codeClass.isNull()    ? codeClass
            : r.action == QLatin1String("delayed") ? QLatin1Char('4')
                                                   : QLatin1Char('5');
        r.status = klass + QLatin1Char('.') + SmtpStatus::subjectDetailForReason(r.reason);
        r.statusInferred = true;
    }
}

// The sender's domain: the returned message's From, else the address the
// bounce was sent back to.
QString senderDomainOf(const Bounce &bounce)
{
    const QString from = bounce.returned.from;
    const int at = from.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : from.mid(at + 1).toLower();
}

// Addresses the receiving server names as the sender's ("SPF sender
// 2001:db8::1 is not allowed", "messages from [192.0.2.1]", "with ip:
// [192.0.2.1]", "Client host [192.0.2.1] blocked", Gmail's "5.7.25
// [192.0.2.1]"). The receiving host's own address ("mx.example.net
// [198.51.100.7] said") is not one of them.
QStringList ipsIn(const QString &text)
{
    static const QRegularExpression ipRe(
        QStringLiteral(
            "(?:(?:sender|from|ip|client(?: host)?|address|connecting host|your host)\\W{0,6}"
            // Gmail names the sending address in brackets right after the
            // status: "550-5.7.25 [192.0.2.10] The IP address sending this
            // message does not have a PTR record", "421-4.7.0 [192.0.2.10 15] ...".
            "|\\b[245]\\.[0-9]{1,3}\\.[0-9]{1,3}\\s+\\[)"
            "((?:[0-9]{1,3}\\.){3}[0-9]{1,3}|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\\w.:])"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList ips;
    auto it = ipRe.globalMatch(text);
    while (it.hasNext()) {
        const QString candidate = it.next().captured(1);
        if (!QHostAddress(candidate).isNull() && !ips.contains(candidate))
            ips << candidate;
    }
    return ips;
}

} // namespace

QStringList Diagnoser::supportedLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("ru") };
}

QString Diagnoser::unrecognisedFindingId()
{
    return QStringLiteral("bounce-unrecognised");
}

Report Diagnoser::diagnoseOffline(const QString &name, const QByteArray &data, const DiagnoseOptions &options)
{
    // A message pasted with a few lines above it (Gmail's "Show original"
    // summary) is read from where its headers start.
    const QByteArray message = deliveredMessageBytes(data);
    return diagnose(name, BounceParser::parse(message), message, options);
}

Report Diagnoser::diagnoseText(const QString &name, const QString &text, const DiagnoseOptions &options)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray message = deliveredMessageBytes(utf8);
    const Bounce bounce
        = message.size() == utf8.size() ? BounceParser::parseText(text) : BounceParser::parse(message);
    return diagnose(name, bounce, message, options);
}

Report Diagnoser::diagnose(
    const QString &name, const Bounce &bounce, const QByteArray &data, const DiagnoseOptions &options)
{
    // A message that arrived: no mail system wrote it, and it is no report,
    // complaint or out-of-office answer. Its headers are read before any
    // bounce rule, which would take "dmarc=fail" in them for a refusal. A
    // bounce a person forwarded ("FW: Undeliverable") stays a bounce.
    const bool notice = bounce.kind == InputKind::Dsn || bounce.fromMailSystem || bounce.feedbackReport
        || bounce.autoReply || bounce.dispositionNotification;
    const auto looksArrived = [](const DeliveredMessage &m) {
        return !m.fromHeaders.isEmpty() && m.hasReceiverHeaders() && !m.isReportOrAutoReply()
            && !looksLikeDeliveryNotice(m.fromHeaders.first(), m.subject);
    };
    std::optional<DeliveredMessage> message;
    Report report;
    bool arrived = false;
    if (!notice && bounce.kind != InputKind::Empty && !hasMessageBody(data)) {
        // Headers alone (Outlook's "Internet headers") are never a
        // bounce's text.
        message = readDeliveredMessage(data);
        arrived = message && looksArrived(*message);
    }
    if (!arrived) {
        report = diagnoseBounce(name, bounce, options);
        // With a body, a bounce rule that found a failed recipient wins;
        // only then are the headers read (most inputs are bounces).
        if (!notice && bounce.kind != InputKind::Empty && !message && report.recipients.isEmpty()
            && report.reason == QLatin1String("none")) {
            message = readDeliveredMessage(data);
            arrived = message && looksArrived(*message);
        }
    }
    // A copy from the Sent folder is not a bounce either: it has a From but
    // no receiver's headers, and no rule found a failure in it.
    const bool sentCopy = !arrived && message && !message->fromHeaders.isEmpty()
        && !message->hasReceiverHeaders() && report.recipients.isEmpty()
        && report.reason == QLatin1String("none") && bounce.kind == InputKind::Message;
    if (!arrived && !sentCopy)
        return report;
    Report delivered;
    delivered.file = name;
    delivered.language
        = supportedLanguages().contains(options.language) ? options.language : QStringLiteral("en");
    delivered.version = QStringLiteral(MAILMEDIC_VERSION_STRING);
    delivered.generated = Clock::nowUtc();
    analyseDeliveredMessage(*message, delivered.language, delivered);
    return delivered;
}

Report Diagnoser::diagnoseBounce(const QString &name, const Bounce &bounce, const DiagnoseOptions &options)
{
    Report report;
    report.file = name;
    report.kind = bounce.kind;
    report.language
        = supportedLanguages().contains(options.language) ? options.language : QStringLiteral("en");
    report.version = QStringLiteral(MAILMEDIC_VERSION_STRING);
    report.generated = Clock::nowUtc();

    const RuleSet &rules = options.rules ? *options.rules : RuleSet::builtin();
    // The rule id behind report.findings[i]: a report has a handful, and a
    // hash table per report cost more than the lookups it saves.
    QStringList findingKeys;
    QString ruleProvider;
    // The bounce's words on retrying or giving up: its subject and the start
    // of its text, where every MTA's notice says it (a pasted snippet is all
    // text). Read once, when a recipient's action is not stated.
    std::optional<Permanence> read;
    const std::function<Permanence()> words = [&read, &bounce] {
        if (!read)
            read = permanenceInWords(bounce.subject + QLatin1Char('\n') + bounce.humanText.left(4000));
        return *read;
    };
    const bool finalNotice = bounce.kind == InputKind::Dsn || bounce.fromMailSystem;
    // A 2.x.x status says the delivery went well, except from a server
    // closing the connection ("221 2.7.0 Error: I can break rules, too.
    // Goodbye.", RFC 5321 §4.2.2), which says nothing of a delivery.
    const auto successStatus
        = [](const Recipient &r) { return r.status.startsWith(QLatin1Char('2')) && r.replyCode != 221; };
    // With no Action stated, a success code may be the last answer a program
    // quotes in its own error ("STARTTLS failed (code: 220, response: 2.0.0
    // Ready to start TLS)"): the words name what failed.
    const auto failureInWords = [&rules](const BounceRecipient &b, const Recipient &r) {
        if (!r.action.isEmpty())
            return false;
        const Rule *rule = rules.match(normalizeDiagnostic(b.diagnostic), QString(), std::nullopt,
            b.remoteMta + QLatin1Char('\n') + b.diagnostic);
        return rule && rule->reason != QLatin1String("delivered");
    };

    // One recipient the bounce names. With `unexplainedToo`, one whose words
    // nothing explains is kept as well (reason undefined).
    const auto consider = [&](const BounceRecipient &b, bool unexplainedToo) {
        Recipient r;
        r.address = b.address;
        r.status = SmtpStatus::isValidEnhancedStatus(b.status) ? b.status : QString();
        if (b.replyCode && *b.replyCode >= 200 && *b.replyCode <= 599)
            r.replyCode = b.replyCode;
        static const QStringList actions { QStringLiteral("failed"), QStringLiteral("delayed"),
            QStringLiteral("delivered"), QStringLiteral("relayed"), QStringLiteral("expanded") };
        r.action = actions.contains(b.action) ? b.action : QString();
        r.remoteMta = b.remoteMta;
        r.diagnostic = b.diagnostic.simplified().left(1000);

        const Rule *rule = nullptr; // the rule that matched the server's words
        if (bounce.feedbackReport) {
            r.reason = QStringLiteral("feedback");
        } else if (bounce.autoReply && bounce.kind != InputKind::Dsn) {
            // An automatic answer: out of office, unless a rule knows it as
            // something else that also answers by itself (an unsubscribe
            // request, a read receipt that marks itself auto-replied as
            // RFC 3834 §5.2 asks of Horde's).
            const Rule *match = rules.match(normalizeDiagnostic(b.diagnostic));
            rule = match
                    && (match->reason == QLatin1String("feedback")
                        || match->reason == QLatin1String("delivered"))
                ? match
                : nullptr;
            r.reason = rule ? rule->reason : QStringLiteral("vacation");
        } else if (isSuccessAction(r.action) || (successStatus(r) && !failureInWords(b, r))) {
            r.reason = QStringLiteral("delivered");
            inferPermanence(r, words, finalNotice);
            report.recipients.append(r);
            return;
        } else {
            // Who answered: a provider's own meaning of common words applies
            // only to its replies.
            const QString answeredBy = b.remoteMta + QLatin1Char('\n') + b.diagnostic;
            Verdict verdict
                = decide(rules, b.diagnostic, r.status, r.replyCode, b.diagnosticIsProse, answeredBy);
            // Nothing in the lines about the recipient or in its code says
            // why. The notice is about this one recipient, so the rest of its
            // text speaks for it ("VIRUS ALERT ... to the following
            // recipient: -> x@y"); else the subject a mail system gave it
            // (amavisd-new's "Undeliverable mail, OVERSIZED message").
            if (!verdict.rule && verdict.reason == QLatin1String("undefined")) {
                if (bounce.recipients.size() == 1) {
                    const Verdict byText = decide(
                        rules, bounce.noticeText.left(4000), r.status, r.replyCode, true, answeredBy);
                    if (byText.rule)
                        verdict = byText;
                }
                if (!verdict.rule && finalNotice && !bounce.subject.isEmpty()) {
                    const Verdict bySubject
                        = decide(rules, bounce.subject, r.status, r.replyCode, true, answeredBy);
                    if (bySubject.rule)
                        verdict = bySubject;
                }
            }
            // A message or snippet that is not about a delivery: no rule knows
            // its words, no code, and no mail system wrote it.
            if (!unexplainedToo && !verdict.rule && bounce.kind != InputKind::Dsn && !bounce.fromMailSystem
                && !saysSomething(b))
                return;
            const QString inContext = reasonInContext(verdict, b, r, bounce, words);
            rule = inContext.isEmpty() ? verdict.rule : nullptr;
            r.reason = inContext.isEmpty() ? verdict.reason : inContext;
            inferPermanence(r, words, finalNotice);
        }
        if (rule) {
            r.rule = rule->id;
            for (const QString &probe : rule->probes)
                if (!report.wantedChecks.contains(probe))
                    report.wantedChecks << probe;
            if (ruleProvider.isEmpty() && rule->provider != QLatin1String("generic"))
                ruleProvider = rule->provider;
        }
        // In the person's words: the rule that matched, else the generic rule
        // of the reason (the code alone told it, and the finding says so),
        // else a finding that says MailMedic does not know, so the refusal
        // never goes unexplained.
        const Rule *explaining = rule ? rule : rules.genericRule(r.reason);
        const QString key = explaining ? explaining->id : Diagnoser::unrecognisedFindingId();
        int at = int(findingKeys.indexOf(key));
        if (at < 0) {
            const FindingStatus status = r.isNotice() ? FindingStatus::Info // news, not a failure
                : r.isTemporary() ? FindingStatus::Warn // retried by the sender's server; may still arrive
                                  : FindingStatus::Fail;
            Finding f = explaining
                ? findingFromRule(*explaining, rules, report.language, r.isTemporary())
                : FindingCatalog::builtin().make(Diagnoser::unrecognisedFindingId(), status, report.language);
            if (explaining && !rule)
                f.id = QStringLiteral("status-") + (r.status.isEmpty() ? r.reason : r.status);
            // "Retries ran out" words in a notice that says it keeps trying:
            // the title must not tell the person it has been given up.
            if (explaining && r.isTemporary() && explaining->reason == QLatin1String("expired")) {
                const Finding delay = FindingCatalog::builtin().make(
                    QStringLiteral("bounce-still-retrying"), status, report.language);
                f.title = delay.title;
                f.explanation = delay.explanation;
            }
            f.status = status;
            f.fromBounce = true;
            at = int(report.findings.size());
            findingKeys.append(key);
            report.findings.append(f);
        }
        report.findings[at].evidence.append(evidenceLine(r));
        report.recipients.append(r);
    };
    for (const BounceRecipient &b : bounce.recipients)
        consider(b, false);
    // Nothing about any address, yet a pasted notice says a delivery failed
    // or is delayed ("could not be delivered to one or more of its
    // recipients"): a bounce whose reason MailMedic does not know, never
    // "not a bounce".
    if (report.recipients.isEmpty() && words() != Permanence::Unknown)
        for (const BounceRecipient &b : bounce.recipients)
            consider(b, true);
    for (const Recipient &r : report.recipients) {
        if (r.reason != QLatin1String("delivered")) {
            report.reason = r.reason;
            break;
        }
    }
    if (report.reason == QLatin1String("none") && !report.recipients.isEmpty())
        report.reason = report.recipients.first().reason;

    report.provider = ruleProvider;
    report.senderDomain = senderDomainOf(bounce);
    static const QRegularExpression address(QStringLiteral("[^\\s<>\"]+@[^\\s<>\"]+"));
    report.senderAddress = address.match(bounce.returned.from).captured(0).toLower();
    const int at = bounce.returned.returnPath.lastIndexOf(QLatin1Char('@'));
    report.mailFromDomain = at < 0 ? QString() : bounce.returned.returnPath.mid(at + 1).toLower();
    report.sendingIps = bounce.returned.receivedIps;
    for (const Recipient &r : std::as_const(report.recipients))
        for (const QString &ip : ipsIn(r.diagnostic))
            if (!report.sendingIps.contains(ip))
                report.sendingIps << ip;
    report.dkimDomain = bounce.returned.dkimDomain;
    // The oldest Received header names the server the message was handed to
    // first: the mail service the sender uses.
    const QString firstHop = bounce.returned.received.isEmpty() ? QString() : bounce.returned.received.last();
    report.sendingProvider = rules.detectProvider(
        QStringList { firstHop, bounce.returned.returnPath, bounce.returned.dkimDomain }.join(
            QLatin1Char('\n')));
    report.dkimSelector = bounce.returned.dkimSelector;
    if (report.provider.isEmpty()) {
        QStringList haystack { bounce.reportingMta, bounce.from };
        for (const Recipient &r : std::as_const(report.recipients))
            haystack << r.remoteMta << r.diagnostic;
        report.provider = rules.detectProvider(haystack.join(QLatin1Char('\n')));
    }
    return report;
}

} // namespace MailMedic
