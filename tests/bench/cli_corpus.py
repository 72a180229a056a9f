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
"""
import argparse
import os
import resource
import subprocess
import sys
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
    a = ap.parse_args()
    files = corpus_files(a.shared)
    if not files:
        sys.exit(f"no corpus files under {a.shared}")
    ours = [a.bin, "diagnose", "--offline", "--json", *files]
    pl = os.path.join(a.shared, "corpus/external/sisimai_files.pl")
    have_sisimai = subprocess.run(["perl", "-MSisimai", "-e", "1"], stderr=subprocess.DEVNULL).returncode == 0
    theirs = ["perl", pl, *files] if have_sisimai and os.path.exists(pl) else None

    best, peak, best_s, peak_s = None, 0, None, 0
    for _ in range(a.runs):
        seconds, rss = run(ours)
        best = seconds if best is None else min(best, seconds)
        peak = max(peak, rss)
        if theirs:
            seconds, rss = run(theirs)
            best_s = seconds if best_s is None else min(best_s, seconds)
            peak_s = max(peak_s, rss)
    print(f"files: {len(files)} (shared Sisimai and external corpora), best of {a.runs} runs")
    print(f"mailmedic-cli: {best:.2f} s, {len(files) / best:.0f} files/s, peak RSS {peak / 1024:.1f} MB")
    if theirs:
        print(f"Sisimai:       {best_s:.2f} s, {len(files) / best_s:.0f} files/s, peak RSS {peak_s / 1024:.1f} MB")
        print(f"speed: {best_s / best:.1f}x Sisimai")
    else:
        print("Sisimai: not installed (apt-get install libsisimai-perl) - no comparison")


if __name__ == "__main__":
    main()
