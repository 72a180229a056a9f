// SPDX-FileCopyrightText: 2026 MailMedic authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// What a receiver's spam filter concluded about a delivered message, from
// the headers it added: Microsoft 365 (Exchange Online Protection and
// Defender for Office 365), SpamAssassin (also through amavisd-new) and
// rspamd. Pure parsing; the explanation ids are turned into translated
// texts elsewhere.
namespace MailMedic {

// Explanation ids for Microsoft's fields, after "Anti-spam message headers
// in Microsoft 365" (learn.microsoft.com/en-us/defender-office-365/
// message-headers-eop-mdo):
//   scl-skipped     SCL -1: spam filtering was skipped (safe sender, allow list or a mail flow rule).
//   scl-clean       SCL 0-4: spam filtering found the message not to be spam.
//   scl-spam        SCL 5-6: spam filtering marked the message as spam.
//   scl-high-spam   SCL 7-9: spam filtering marked the message as high confidence spam.
//   sfv-blk         SFV:BLK: filtering was skipped and the message blocked: the sender is on the user's
//                   Blocked Senders list.
//   sfv-nspm        SFV:NSPM: spam filtering marked the message as not spam.
//   sfv-sfe         SFV:SFE: filtering was skipped and the message allowed: the sender is on the user's
//                   Safe Senders list.
//   sfv-ska         SFV:SKA: filtering was skipped: the sender is on an anti-spam policy's allowed senders
//                   or domains.
//   sfv-skb         SFV:SKB: marked as spam: the sender is on an anti-spam policy's blocked senders or
//                   domains.
//   sfv-ski         SFV:SKI: filtering was skipped for another reason, for example mail inside the
//                   organization.
//   sfv-skn         SFV:SKN: marked as not spam before filtering, for example SCL -1 set by a mail flow
//                   rule.
//   sfv-skq         SFV:SKQ: the message was released from quarantine to the recipients.
//   sfv-sks         SFV:SKS: marked as spam before filtering, for example SCL 5-9 set by a mail flow rule.
//   sfv-spm         SFV:SPM: spam filtering marked the message as spam.
//   cat-amp         CAT:AMP: anti-malware protection acted on the message.
//   cat-bimp        CAT:BIMP: brand impersonation.
//   cat-bulk        CAT:BULK: bulk mail.
//   cat-dimp        CAT:DIMP: domain impersonation.
//   cat-ftbp        CAT:FTBP: the common attachments filter blocked a file type.
//   cat-gimp        CAT:GIMP: mailbox intelligence impersonation.
//   cat-hphsh       CAT:HPHSH or HPHISH: high confidence phishing.
//   cat-hspm        CAT:HSPM: high confidence spam.
//   cat-intos       CAT:INTOS: phishing inside the organization.
//   cat-malw        CAT:MALW: malware.
//   cat-ospm        CAT:OSPM: outbound spam.
//   cat-phsh        CAT:PHSH: phishing.
//   cat-sap         CAT:SAP: Safe Attachments.
//   cat-spm         CAT:SPM: spam.
//   cat-spoof       CAT:SPOOF: spoofing: the sender could not be shown to be allowed to use the From
//                   domain.
//   cat-uimp        CAT:UIMP: user impersonation.
//   bcl-none        BCL 0: the message is not from a bulk sender.
//   bcl-low         BCL 1-3: from a bulk sender that draws few complaints.
//   bcl-mixed       BCL 4-7: from a bulk sender that draws a mixed number of complaints.
//   bcl-high        BCL 8-9: from a bulk sender that draws many complaints.
//   srv-bulk        SRV:BULK: identified as bulk mail by spam filtering and the BCL threshold.
//   ipv-cal         IPV:CAL: filtering was skipped: the source IP is on the connection filter's IP Allow
//                   List.
//   ipv-nli         IPV:NLI: the source IP is on no IP reputation list.
//   sfty-domain-impersonation SFTY:9.19: phishing, domain impersonation (the sending domain imitates a
//       protected domain).
//   sfty-user-impersonation SFTY:9.20: phishing, user impersonation (the sender imitates a protected user).
//   sfty-phish      SFTY with another value: the message was identified as phishing.
//   ptr-none        PTR empty: the connecting IP address has no reverse DNS (PTR) name.
struct MicrosoftVerdict
{
    QMap<QString, QString>
        fields; // CIP, CTRY, H, LANG, PTR, SFV, SCL, CAT, SFTY, SRV, IPV, DIR, SFP, BCL ... names upper case
    std::optional<int> scl; // SCL, else X-MS-Exchange-Organization-SCL
    std::optional<int> bcl; // BCL of X-Microsoft-Antispam, else of the report
    QString sfv; // upper case
    QString cat; // upper case
    QString ptr;
    QString cip;

    // SCL 5 or more; or SFV:SPM, SKS, SKB or BLK; or a spam, bulk, phishing,
    // spoofing or impersonation category (SPM, HSPM, PHSH, HPHSH, HPHISH,
    // BULK, SPOOF, DIMP, GIMP, UIMP) unless SFV says the message was let
    // through (NSPM, SKN, SKA, SFE, SKI, SKQ).
    bool markedSpam() const;
};

// "NAME:value;NAME:value;" as Microsoft writes its anti-spam headers; the
// value is everything after the first ":" (CIP can be IPv6).
QMap<QString, QString> parseMicrosoftFieldList(const QString &value);

// From X-Forefront-Antispam-Report (or its -Untrusted twin, which the caller
// picks), X-MS-Exchange-Organization-SCL and X-Microsoft-Antispam; empty
// strings for the headers that are missing. nullopt when none says anything.
std::optional<MicrosoftVerdict> parseMicrosoftVerdict(const QString &forefrontReport,
    const QString &organizationScl = QString(), const QString &microsoftAntispam = QString());

// The explanation ids (listed above) for the fields of the verdict, in the
// order SCL, SFV, CAT, BCL, SRV, IPV, SFTY, PTR.
QStringList microsoftExplanationIds(const MicrosoftVerdict &verdict);

struct FilterVerdict
{
    QString filter; // spamassassin, rspamd
    bool spam = false;
    std::optional<double> score;
    std::optional<double> threshold;
    QStringList symbols; // names only, in the order written
    QMap<QString, double> symbolScores; // where the header gave them
    QString action; // rspamd: no action, greylist, add header, rewrite subject, soft reject, reject
};

// SpamAssassin's X-Spam-Status ("Yes, score=7.1 required=5.0 tests=A,B
// autolearn=no version=3.4.6", also amavisd-new's "tests=[A=1.2, B=0.5]"),
// X-Spam-Flag, X-Spam-Score and X-Spam-Level (one "*" a point). Empty
// strings for missing headers; nullopt when none says anything.
std::optional<FilterVerdict> parseSpamAssassin(const QString &status, const QString &flag = QString(),
    const QString &score = QString(), const QString &level = QString());

// rspamd's X-Spamd-Result ("default: True [12.40 / 15.00]; R_SPF_FAIL(1.00)
// [-all]; ..."), X-Rspamd-Action, X-Spam ("Yes") and X-Rspamd-Score. Spam
// when the result says True, X-Spam says yes, or the action is add header,
// rewrite subject, soft reject or reject.
std::optional<FilterVerdict> parseRspamd(const QString &spamdResult, const QString &action = QString(),
    const QString &spamHeader = QString(), const QString &score = QString());

// What a filter's symbol is about. Topics: spf, dkim, dmarc, ptr,
// blocklist-ip, blocklist-domain, header-format, content. Explanation ids:
//   spf-fail        the sending IP is not allowed by the envelope sender domain's SPF record (-all).
//   spf-softfail    the SPF record says the sending IP is probably not allowed (~all).
//   spf-neutral     the SPF record makes no statement about the sending IP (?all).
//   spf-none        the envelope sender domain has no SPF record.
//   spf-permerror   the SPF record is broken (syntax, too many DNS lookups).
//   spf-temperror   the SPF record could not be read because of a DNS failure.
//   spf-helo-fail   the HELO name's SPF record does not allow the sending IP.
//   spf-helo-softfail the HELO name's SPF record says the sending IP is probably not allowed.
//   spf-helo-neutral the HELO name's SPF record makes no statement about the sending IP.
//   spf-helo-none   the HELO name has no SPF record.
//   spf-helo-error  the HELO name's SPF record is broken or could not be read.
//   dkim-invalid    a DKIM signature is present but does not verify.
//   dkim-permerror  a DKIM signature cannot be checked: broken signature or key record.
//   dkim-temperror  a DKIM signature could not be checked because of a DNS failure.
//   dkim-none       the message has no DKIM signature.
//   dkim-adsp       the domain's ADSP record (historic) asks that unsigned mail be distrusted.
//   arc-fail        the ARC chain added by forwarding servers does not verify.
//   dmarc-reject    DMARC failed and the domain's policy is p=reject.
//   dmarc-quarantine DMARC failed and the domain's policy is p=quarantine.
//   dmarc-fail-none DMARC failed; the domain's policy is p=none, so only the score was raised.
//   dmarc-missing   the From domain publishes no DMARC record.
//   dmarc-bad-policy the From domain's DMARC record is broken.
//   dmarc-temperror the DMARC record could not be read because of a DNS failure.
//   ptr-none        the connecting IP address has no reverse DNS (PTR) name.
//   ptr-dynamic     the reverse DNS name or HELO looks like a dynamic or end-user address.
//   ptr-temperror   the reverse DNS lookup failed temporarily.
//   helo-bad        the HELO name is not a resolvable, fully qualified name matching the server.
//   ip-listed-sbl   the sending IP is on Spamhaus SBL (known spam source).
//   ip-listed-xbl   the sending IP is on Spamhaus XBL (infected or exploited host).
//   ip-listed-pbl   the sending IP is on Spamhaus PBL (end-user range that should not send mail directly).
//   ip-listed       the sending IP is on an IP blocklist.
//   ip-allowlisted  the sending IP is on an allow list (DNSWL); this lowers the score.
//   dnsbl-query-blocked the receiver's blocklist lookups were refused (public resolver or quota): the
//       result says nothing about the sender.
//   uri-listed      a domain in the message (links, sometimes the sender's own) is on a domain blocklist.
//   header-missing-date the Date header is missing.
//   header-missing-mid the Message-ID header is missing.
//   header-missing-from the From header is missing.
//   header-missing  other required headers (To, Subject ...) are missing.
//   header-invalid-date the Date header is malformed or far in the past or future.
//   header-invalid-mid the Message-ID header is malformed.
//   header-forged   headers claim a mail program or provider that did not send the message.
//   replyto-forged  the Reply-To points at a different (often freemail) address than the sender.
//   bayes-spam      the receiver's trained (Bayesian or neural) classifier finds the content spam-like.
//   content-hash-listed the content matches a collaborative spam database (Razor, Pyzor, DCC, fuzzy
//       hashes).
//   content-html-only the message is HTML only, without a plain text part.
//   content-parts-differ the plain text and HTML parts say different things.
//   content-pattern the content matches spam patterns (rule families such as TVD_).
//   content-phishing links in the message look like phishing.
//   content-subject-caps the subject is written in capitals.
//   content-bad-attachment an attachment has a dangerous file type.
//   content-empty   the message has no content.
struct SymbolMeaning
{
    QString topic;
    QString explanationId;
};

// filter: "spamassassin" (also "amavis") or "rspamd". Exact names first,
// then rule families by prefix (RCVD_IN_SBL*, URIBL_*); SpamAssassin's
// testing rules ("T_SPF_PERMERROR") are looked up without their "T_".
// nullopt for symbols that say nothing about a sender's setup or that
// speak in the message's favour.
std::optional<SymbolMeaning> symbolMeaning(const QString &filter, const QString &symbol);

} // namespace MailMedic
