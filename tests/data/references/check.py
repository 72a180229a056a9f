#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MailMedic authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Run mailmedic-cli over the reference rows (tests/data/references/*.jsonl)
and print every row whose reason, provider or fix topics differ from what the
published reference says.  For rule authors; TestReferences asserts the same.

Each row: {"source": URL, "text": the message as a user pastes it,
           "reason": expected reason, "provider": expected provider id or "",
           "topics": [topics the findings must cover], "note": optional,
           "gap": optional, why MailMedic cannot get this row right yet}
A row with a "gap" still counts as a miss here; TestReferences expects it to
fail and fails when it starts to pass, so the gap is then removed.

  check.py [--bin build/qt6/app/mailmedic-cli] [--rules EXTRA.json ...] [FILE.jsonl ...]
"""
import argparse, glob, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "qt6", "app", "mailmedic-cli"))
    ap.add_argument("--rules", action="append", default=[])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(HERE, "*.jsonl")))
    total = {"rows": 0, "reason": 0, "provider": 0, "topics": 0}
    for path in files:
        rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
        with tempfile.TemporaryDirectory() as tmp:
            names = []
            for i, row in enumerate(rows):
                name = os.path.join(tmp, "row%04d.txt" % i)
                with open(name, "w", encoding="utf-8") as f:
                    f.write(row["text"])
                names.append(name)
            cmd = [a.bin, "diagnose", "--offline", "--json"]
            for r in a.rules:
                cmd += ["--rules", r]
            out = subprocess.run(cmd + names, capture_output=True, text=True)
            if out.stderr.strip():
                print(out.stderr.strip(), file=sys.stderr)
            results = {}
            for line in out.stdout.splitlines():
                obj = json.loads(line)
                results[os.path.basename(obj["file"])] = obj
        ok = {"reason": 0, "provider": 0, "topics": 0}
        for i, row in enumerate(rows):
            got = results.get("row%04d.txt" % i, {})
            reason = got.get("reason", "(no output)")
            provider = got.get("provider") or ""
            topics = set()
            for f in got.get("findings", []):
                topics.update(f.get("topics", []))
            want_topics = set(row.get("topics", []))
            good = {"reason": reason == row["reason"],
                    "provider": provider == row.get("provider", ""),
                    "topics": want_topics <= topics}
            for k in ok:
                ok[k] += good[k]
            if not all(good.values()) or a.verbose:
                rules = sorted({r.get("rule") or "-" for r in got.get("recipients", [])})
                verdict = "" if all(good.values()) else "GAP" if row.get("gap") else "MISS"
                print("%s:%d %s" % (os.path.basename(path), i + 1, verdict))
                if row.get("gap"):
                    print("   gap:      %s" % row["gap"])
                print("   text:     %s" % row["text"][:160].replace("\n", " | "))
                print("   reason:   %s (want %s)  provider: %s (want %s)" % (reason, row["reason"], provider, row.get("provider", "")))
                print("   topics:   %s (want %s)  rules: %s" % (sorted(topics), sorted(want_topics), rules))
        n = len(rows)
        print("%-28s rows %3d  reason %5.1f%%  provider %5.1f%%  topics %5.1f%%" % (
            os.path.basename(path), n, 100.0 * ok["reason"] / max(n, 1),
            100.0 * ok["provider"] / max(n, 1), 100.0 * ok["topics"] / max(n, 1)))
        total["rows"] += n
        for k in ok:
            total[k] += ok[k]
    n = total["rows"]
    print("%-28s rows %3d  reason %5.1f%%  provider %5.1f%%  topics %5.1f%%" % (
        "TOTAL", n, 100.0 * total["reason"] / max(n, 1), 100.0 * total["provider"] / max(n, 1),
        100.0 * total["topics"] / max(n, 1)))

if __name__ == "__main__":
    main()
