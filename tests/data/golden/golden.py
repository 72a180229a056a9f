#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MailMedic authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Golden reports: what `mailmedic-cli diagnose --offline --json` says about
every bounce of the shared corpora, kept byte for byte in
tests/data/golden/<corpus>.jsonl. The clock is fixed (MAILMEDIC_NOW), so
even `generated` is the same every run.

  golden.py --bin build/qt6/app/mailmedic-cli --shared ../shared          # check
  golden.py --bin build/qt6/app/mailmedic-cli --shared ../shared --update # after a deliberate change

A refactoring must leave these files untouched; a rule change shows up as a
diff of exactly the reports it changes, to be read before --update.
"""
import argparse
import difflib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = "2026-01-01T00:00:00Z"
# corpus name -> (folder under shared/, file filter)
CORPORA = {
    "sisimai": ("corpus/sisimai", lambda name: name.endswith(".eml")),
    "external": ("corpus/external", lambda name: name not in ("README.md", "labels.jsonl", "LICENSE")),
}
LANGUAGES = ("en", "nl", "ru")


def inputs(root, accept):
    """Relative paths of the corpus' samples, in a stable order."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        if folder == root:
            continue  # the scripts and the README beside the sample folders
        for name in sorted(files):
            if accept(name):
                found.append(os.path.relpath(os.path.join(folder, name), root))
    if not found:  # a flat corpus
        found = sorted(n for n in os.listdir(root) if accept(n))
    return found


def report_lines(binary, root, files, language):
    env = dict(os.environ, MAILMEDIC_NOW=NOW)
    p = subprocess.run([binary, "diagnose", "--offline", "--json", "--lang", language, *files], cwd=root,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600, env=env)
    lines = p.stdout.decode("utf-8").splitlines()
    if p.returncode != 0 or len(lines) != len(files):
        sys.exit("%s: exit %d, %d lines for %d files\n%s" % (root, p.returncode, len(lines), len(files),
                                                               p.stderr.decode("utf-8", "replace")[-2000:]))
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()
    failed = False
    for corpus, (folder, accept) in CORPORA.items():
        root = os.path.join(args.shared, folder)
        files = inputs(root, accept)
        lines = []
        for language in LANGUAGES:
            lines += report_lines(os.path.abspath(args.bin), root, files, language)
        golden = os.path.join(HERE, corpus + ".jsonl")
        if args.update:
            with open(golden, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            print("%s: %d reports written" % (golden, len(lines)))
            continue
        with open(golden, encoding="utf-8") as f:
            want = f.read().splitlines()
        if want == lines:
            print("%s: %d reports, all the same" % (corpus, len(lines)))
            continue
        failed = True
        changed = [i for i in range(max(len(want), len(lines)))
                   if i >= len(want) or i >= len(lines) or want[i] != lines[i]]
        print("%s: %d of %d reports differ" % (corpus, len(changed), len(lines)))
        for i in changed[:5]:
            old = want[i] if i < len(want) else "{}"
            new = lines[i] if i < len(lines) else "{}"
            name = json.loads(new).get("file") if new != "{}" else "?"
            print("--- %s (%s)" % (name, LANGUAGES[min(i // max(len(files), 1), 2)]))
            pretty = lambda s: json.dumps(json.loads(s), indent=1, ensure_ascii=False, sort_keys=True).splitlines()
            for d in difflib.unified_diff(pretty(old), pretty(new), "golden", "now", n=1, lineterm=""):
                print(d)
    if failed:
        print("If the change is deliberate: %s --bin ... --shared ... --update" % sys.argv[0])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
