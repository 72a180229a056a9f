#!/usr/bin/python3
"""Developer aid: validate resources/rules/*.json and run the seed forms.

Usage: check_rules.py [--corpus DIR]
Checks JSON structure, vocabulary, regex compilation, fix references, and that
every line of seed-forms.jsonl is matched (first match in file order) by a
rule with the expected reason and topics. Optionally reports how many
Diagnostic-Code lines of the Sisimai corpus get the expected reason.
"""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
RULES_DIR = os.path.join(ROOT, 'resources', 'rules')
CORPUS = '/work/shared/corpus/sisimai'

REASONS = set("""authfailure badreputation blocked contenterror delivered exceedlimit
expired failedstarttls feedback filtered hasmoved hostunknown mailboxfull mailererror
mesgtoobig networkerror norelaying notaccept notcompliantrfc onhold policyviolation
rejected requireptr securityerror spamdetected speeding suppressed suspend syntaxerror
systemerror systemfull toomanyconn undefined userunknown vacation virusdetected""".split())
TOPICS = set("""auth-smtp spf dkim dmarc ptr blocklist-ip blocklist-url content
recipient-address mailbox-full message-size attachment relay mx nameserver forwarding
rate-limit account-suspended recipient-policy connection tls header-format
sender-address backscatter temporary client-settings""".split())
PROBES = set("mx spf dkim dmarc ptr blocklist-ip blocklist-url smtp-465 smtp-587 smtp-25 imaps pop3s smtp-auth relay ns".split())
QUESTIONS = set("email domain outgoing-server username password sending-ip".split())
LANGS = ("en", "nl", "ru")

errors = []
def err(msg):
    errors.append(msg)

def load(name):
    with open(os.path.join(RULES_DIR, name), encoding='utf-8') as fh:
        return json.load(fh)

def check_i18n(obj, where):
    if not isinstance(obj, dict) or set(obj) != set(LANGS) or not all(isinstance(obj[l], str) and obj[l].strip() for l in LANGS):
        err(f"{where}: needs non-empty en/nl/ru")

def compile_all(patterns, where):
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p, re.I))
        except re.error as e:
            err(f"{where}: bad regex {p!r}: {e}")
    return out

# ---------------------------------------------------------------- normalization
CONT = re.compile(r'^\s*(\d{3})([- ])(?:(\d\.\d{1,3}\.\d{1,3})\s+)?')
# A reply code inside a line (RFC 5321 §4.2.1 digits), after white space.
INLINE = re.compile(r'([2-5][0-5][0-9])([- ])(?:(\d\.\d{1,3}\.\d{1,3})\s+)?')

def normalize(text):
    """Join multi-line SMTP replies (strip the repeated '550-5.7.26 ' prefix) and collapse whitespace.

    A reply an MTA already joined into one line ('said: 553-a 553-b 553 c')
    loses its repeated code and enhanced code too; it runs on over folded
    lines until a blank line. Same semantics as core/rules/Normalize.cpp."""
    lines = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    out = []
    code = enh = None
    more = inline = False
    for line in lines:
        m = CONT.match(line)
        start = 0
        if m:
            if more and code == m.group(1):
                start = m.end()
            else:
                inline = False
            code, enh, more = m.group(1), m.group(3), m.group(2) == '-'
        elif not inline or not line.strip():
            more = inline = False
        parts, seg, i = [], start, (m.end() if m else 0) + 1
        while i < len(line):
            if line[i - 1].isspace() and line[i] in '2345':
                mm = INLINE.match(line, i)
                if mm:
                    if more and code == mm.group(1) and enh == mm.group(3):
                        parts.append(line[seg:i])
                        parts.append(' ')
                        seg = i = mm.end()
                        more = mm.group(2) == '-'
                        continue
                    if mm.group(2) == '-':
                        code, enh, more, inline = mm.group(1), mm.group(3), True, True
            i += 1
        parts.append(line[seg:])
        out.append(''.join(parts))
    return re.sub(r'\s+', ' ', ' '.join(out)).strip()

STATUS_RE = re.compile(r'(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]*\d)')
REPLY_RE = re.compile(r'(?:^|[\s:;(\[])([245]\d\d)[ -]')

def first_match(rules, text):
    norm = normalize(text)
    st = STATUS_RE.search(norm)
    rc = REPLY_RE.search(norm)
    status = st.group(1) if st else None
    reply = int(rc.group(1)) if rc else None
    for r, pats in rules:
        m = r['match']
        if status and m.get('status') and status not in m['status']:
            continue
        if reply and m.get('reply_code') and reply not in m['reply_code']:
            continue
        if any(p.search(norm) for p in pats):
            return r
    return None

# ---------------------------------------------------------------- structure
def main():
    fixes_doc = load('fixes.json')
    symptoms_doc = load('symptoms.json'); providers_doc = load('providers.json')
    # Every other file is one provider family's rules (RULES.md), with the
    # fixes and providers it brings along; rules are tried by priority.
    family = [load(os.path.basename(f)) for f in sorted(glob.glob(os.path.join(RULES_DIR, '*.json')))
              if os.path.basename(f) not in ('fixes.json', 'symptoms.json', 'providers.json')]
    for doc in family:
        fixes_doc['fixes'] += doc.get('fixes', [])
        providers_doc['providers'] += doc.get('providers', [])
    ordered = [r for doc in family for r in doc.get('rules', [])]
    ordered.sort(key=lambda r: -r.get('priority', 500))
    rules_doc = {'rules': ordered}
    fix_ids = [f['id'] for f in fixes_doc['fixes']]
    if len(set(fix_ids)) != len(fix_ids): err("fixes.json: duplicate ids")
    for f in fixes_doc['fixes']:
        check_i18n(f.get('text'), f"fix {f['id']}")
        if f.get('link') is not None and not str(f['link']).startswith('https://'):
            err(f"fix {f['id']}: link must be https or null")
    used = set()
    rules = []
    ids = set()
    for r in rules_doc['rules']:
        rid = r.get('id', '?')
        if list(r)[0] != 'id': err(f"rule {rid}: 'id' must be the first key")
        if rid in ids: err(f"rule {rid}: duplicate id")
        ids.add(rid)
        if r.get('reason') not in REASONS: err(f"rule {rid}: bad reason {r.get('reason')}")
        for t in r.get('topics', []):
            if t not in TOPICS: err(f"rule {rid}: bad topic {t}")
        for p in r.get('probes', []):
            if p not in PROBES: err(f"rule {rid}: bad probe {p}")
        if not r.get('provider') or r['provider'] != r['provider'].lower(): err(f"rule {rid}: bad provider")
        check_i18n(r.get('title'), f"rule {rid} title"); check_i18n(r.get('explanation'), f"rule {rid} explanation")
        for f in r.get('fixes', []):
            used.add(f)
            if f not in fix_ids: err(f"rule {rid}: unknown fix {f}")
        m = r.get('match', {})
        if not m.get('text'): err(f"rule {rid}: no match.text")
        for s in m.get('status', []):
            if not re.fullmatch(r'[245]\.\d{1,3}\.\d{1,3}', s): err(f"rule {rid}: bad status {s}")
        for c in m.get('reply_code', []):
            if not (isinstance(c, int) and 200 <= c <= 599): err(f"rule {rid}: bad reply code {c}")
        for p in m.get('text', []):
            if '\\z' in p or re.search(r'[*+?}]\+', p): err(f"rule {rid}: non-portable regex {p!r}")
        rules.append((r, compile_all(m.get('text', []), f"rule {rid}")))
    for s in symptoms_doc['symptoms']:
        sid = s['id']
        check_i18n(s.get('title'), f"symptom {sid} title"); check_i18n(s.get('description'), f"symptom {sid} description")
        for q in s.get('questions', []):
            if q not in QUESTIONS: err(f"symptom {sid}: bad question {q}")
        for p in s.get('probes', []):
            if p not in PROBES: err(f"symptom {sid}: bad probe {p}")
        for t in s.get('topics', []):
            if t not in TOPICS: err(f"symptom {sid}: bad topic {t}")
        for f in s.get('fixes', []):
            used.add(f)
            if f not in fix_ids: err(f"symptom {sid}: unknown fix {f}")
    for f in fix_ids:
        if f not in used: err(f"fix {f}: not used by any rule or symptom")
    for p in providers_doc['providers']:
        if p['id'] != p['id'].lower(): err(f"provider {p['id']}: id must be lower case")
        compile_all(p['match'], f"provider {p['id']}")

    # ---------------------------------------------------------------- seed forms
    n_ok = n = 0
    with open(os.path.join(HERE, 'seed-forms.jsonl'), encoding='utf-8') as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            n += 1
            case = json.loads(line)
            r = first_match(rules, case['text'])
            if r is None:
                err(f"seed-forms.jsonl:{lineno} {case['name']}: no rule matched"); continue
            problems = []
            if r['reason'] != case['reason']: problems.append(f"reason {r['reason']} != {case['reason']}")
            missing = [t for t in case.get('topics', []) if t not in r['topics']]
            if missing: problems.append(f"topics missing {missing}")
            if case.get('provider') and case['provider'] != r['provider']: problems.append(f"provider {r['provider']} != {case['provider']}")
            if problems:
                err(f"seed-forms.jsonl:{lineno} {case['name']}: rule {r['id']}: " + '; '.join(problems))
            else:
                n_ok += 1
    print(f"rules: {len(rules)}  fixes: {len(fix_ids)}  symptoms: {len(symptoms_doc['symptoms'])}  providers: {len(providers_doc['providers'])}")
    print(f"seed forms: {n_ok}/{n} matched with the expected reason and topics")

    # ---------------------------------------------------------------- corpus indicator
    corpus = CORPUS
    if '--corpus' in sys.argv: corpus = sys.argv[sys.argv.index('--corpus') + 1]
    labels_path = os.path.join(corpus, 'labels.jsonl')
    if os.path.exists(labels_path):
        total = good = nomatch = 0
        confusion = {}
        for line in open(labels_path, encoding='utf-8'):
            lab = json.loads(line)
            raw = open(os.path.join(corpus, lab['file']), 'rb').read().decode('utf-8', 'replace').replace('\r\n', '\n')
            lines = raw.split('\n'); dcs = []; i = 0
            while i < len(lines):
                if lines[i].lower().startswith('diagnostic-code:'):
                    s = lines[i].split(':', 1)[1]; j = i + 1
                    while j < len(lines) and lines[j][:1] in (' ', '\t') and lines[j].strip():
                        s += ' ' + lines[j].strip(); j += 1
                    dcs.append(s.strip()); i = j
                else:
                    i += 1
            expected = [rc['reason'] for rc in lab['recipients']]
            for k, dc in enumerate(dcs):
                exp = expected[k] if k < len(expected) else (expected[-1] if expected else None)
                text = re.sub(r'^[A-Za-z-]+;\s*', '', dc)
                r = first_match(rules, text)
                total += 1
                got = r['reason'] if r else None
                if got == exp: good += 1
                else:
                    if got is None: nomatch += 1
                    confusion.setdefault((exp, got), []).append(lab['file'])
        print(f"corpus Diagnostic-Code lines: {good}/{total} get the expected reason ({100.0*good/max(total,1):.0f}%), {nomatch} unmatched")
        if '-v' in sys.argv:
            for (e, g), files in sorted(confusion.items(), key=lambda x: -len(x[1])):
                print(f"  expected {e:15} got {str(g):15} x{len(files)} {' '.join(files[:4])}")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
