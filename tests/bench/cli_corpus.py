#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MailMedic authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The whole program over both shared corpora, as #12 measures it: one
`mailmedic-cli diagnose --offline --json` process for every file, several
runs; prints the best wall time, files/s and the process's peak RSS. With
Debian's Sisimai installed (libsisimai-perl), the same files through it, run
alternately with ours so a busy machine slows both alike. Figures, not
verdicts: not a test.

  tests/bench/cli_corpus.py --bin build/qt6/app/mailmedic-cli [--shared ../shared] [--runs 5]
                            [--rule-copies N]

--rule-copies N adds N further copies of every built-in rule (new ids, given
with --rules), to see whether speed and memory hold with a rule set N+1 times
larger. Copies are a worst case for speed: each literal the prefilter finds
marks N+1 rules, and each of them runs. With --distinct each copy's letters
are shifted in the alphabet ("user unknown" -> "bzly buruvdu"): a larger body
of other knowledge, as a real larger rule set is, which grows the prefilter's
automaton but is rarely a candidate. The first run reads and checks the
extra files and keeps their images in the cache folder; it is shown apart,
and the best and peak figures are those of the later runs, which map them.
"""
import argparse
import glob
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

SKIP = (".py", ".pl", ".json", ".jsonl", ".md")


def corpus_files(shared):
    files = []
    for root in ("corpus/sisimai", "corpus/external"):
        for dirpath, _, names in os.walk(os.path.join(shared, root)):
            for name in sorted(names):
                if not name.endswith(SKIP) and not name.startswith(("README", "LICENSE")):
                    files.append(os.path.join(dirpath, name))
    return sorted(files)


def shifted(pattern, shift):
    """The pattern with its literal letters moved `shift` places in the
    alphabet: the same regex shape, other words (escapes, classes, group
    syntax and counts untouched)."""
    out, i, depth = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            j = i + 2
            if pattern[i + 1:i + 2] in ("p", "P", "x") and pattern[j:j + 1] == "{":
                j = pattern.index("}", j) + 1
            out.append(pattern[i:j])
            i = j
            continue
        if c == "[":
            j = i + 1
            if pattern[j:j + 1] == "^":
                j += 1
            if pattern[j:j + 1] == "]":
                j += 1
            while pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i:j + 1])
            i = j + 1
            continue
        if c == "(" and pattern[i + 1:i + 2] == "?":
            j = i + 2
            while pattern[j] not in ":)=!" and not (pattern[j] == "<" and pattern[j + 1] in "=!"):
                j += 1
            j += 2 if pattern[j] == "<" else 1
            out.append(pattern[i:j])
            i = j
            continue
        if c == "{":
            j = pattern.find("}", i)
            if j > 0 and all(ch.isdigit() or ch == "," for ch in pattern[i + 1:j]):
                out.append(pattern[i:j + 1])
                i = j + 1
                continue
        if "a" <= c.lower() <= "z":
            base = ord("a") if c.islower() else ord("A")
            c = chr(base + (ord(c) - base + shift) % 26)
        out.append(c)
        i += 1
    return "".join(out)


def rule_copies(rules_dir, copies, into, distinct=False):
    """--rules arguments for `copies` renamed copies of every rule file; with
    `distinct`, each copy's words are other words (a larger body of
    knowledge, most of which no given bounce touches)."""
    args = []
    for n in range(1, copies + 1):
        for path in sorted(glob.glob(os.path.join(rules_dir, "*.json"))):
            data = json.load(open(path, encoding="utf-8"))
            if not data.get("rules"):
                continue  # providers, fixes and symptoms are not rules
            rules = [dict(rule, id=f"{rule['id']}-copy{n}") for rule in data["rules"]]
            if distinct:
                for rule in rules:
                    rule["match"] = dict(rule["match"], text=[shifted(p, 7 * n) for p in rule["match"]["text"]])
            copy = {"version": data.get("version", 1), "rules": rules}
            out = os.path.join(into, f"copy{n}-{os.path.basename(path)}")
            json.dump(copy, open(out, "w", encoding="utf-8"))
            args += ["--rules", out]
    return args


def run(cmd):
    """Wall seconds and peak RSS (KiB) of one child process."""
    # RUSAGE_CHILDREN keeps the largest child so far: fork a fresh measuring
    # child per run, so the figure is this run's alone.
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        start = time.monotonic()
        rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        seconds = time.monotonic() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        os.write(write_fd, f"{rc} {seconds} {peak}".encode())
        os._exit(0)
    os.close(write_fd)
    data = os.read(read_fd, 100).decode().split()
    os.waitpid(pid, 0)
    rc, seconds, peak = int(data[0]), float(data[1]), int(data[2])
    if rc not in (0, 1):  # 1: some input could not be read, the rest was diagnosed
        sys.exit(f"{cmd[0]} exited with {rc}")
    return seconds, peak


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rule-copies", type=int, default=0)
    ap.add_argument("--distinct", action="store_true",
                    help="copies with other words, not the same words again")
    a = ap.parse_args()
    files = corpus_files(a.shared)
    if not files:
        sys.exit(f"no corpus files under {a.shared}")
    tmp = tempfile.TemporaryDirectory()
    rules_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../resources/rules")
    extra = rule_copies(rules_dir, a.rule_copies, tmp.name, a.distinct)
    ours = [a.bin, "diagnose", "--offline", "--json", *extra, *files]
    pl = os.path.join(a.shared, "corpus/external/sisimai_files.pl")
    have_sisimai = subprocess.run(["perl", "-MSisimai", "-e", "1"], stderr=subprocess.DEVNULL).returncode == 0
    theirs = ["perl", pl, *files] if have_sisimai and os.path.exists(pl) else None

    best, peak, best_s, peak_s = None, 0, None, 0
    first = None
    for n in range(a.runs):
        seconds, rss = run(ours)
        if n == 0 and extra and a.runs > 1:
            # The first start reads and checks the extra files and keeps
            # their images; later starts map the images.
            first = (seconds, rss)
        else:
            best = seconds if best is None else min(best, seconds)
            peak = max(peak, rss)
        if theirs:
            seconds, rss = run(theirs)
            best_s = seconds if best_s is None else min(best_s, seconds)
            peak_s = max(peak_s, rss)
    print(f"files: {len(files)} (shared Sisimai and external corpora), best of {a.runs} runs")
    if a.rule_copies:
        kind = "copies with other words" if a.distinct else "copies"
        print(f"rules: the built-in ones and {a.rule_copies} {kind} of each ({len(extra) // 2} extra files)")
    if first:
        print(f"mailmedic-cli, first start (extra files read, checked, kept as images): "
              f"{first[0]:.2f} s, peak RSS {first[1] / 1024:.1f} MB")
    print(f"mailmedic-cli: {best:.2f} s, {len(files) / best:.0f} files/s, peak RSS {peak / 1024:.1f} MB")
    if theirs:
        print(f"Sisimai:       {best_s:.2f} s, {len(files) / best_s:.0f} files/s, peak RSS {peak_s / 1024:.1f} MB")
        print(f"speed: {best_s / best:.1f}x Sisimai")
    else:
        print("Sisimai: not installed (apt-get install libsisimai-perl) - no comparison")


if __name__ == "__main__":
    main()
