#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MailMedic authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""core/ is Qt Core and Network only (DESIGN.md): no header of Qt GUI,
Widgets or PrintSupport may be included there. Every <QXxx> include in core/
is looked up in the Qt include folders given on the command line.

  core_includes.py SOURCE_DIR QT_INCLUDE_DIR      exit 1 and one line per offence
"""
import os, re, sys

src, qt = sys.argv[1], sys.argv[2]
forbidden = ("QtGui", "QtWidgets", "QtPrintSupport")
bad = 0
files = 0
for root, _, names in os.walk(os.path.join(src, "core")):
    for name in names:
        if not name.endswith((".cpp", ".h")):
            continue
        path = os.path.join(root, name)
        files += 1
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            m = re.match(r'\s*#\s*include\s*<((?:Qt\w+/)?(\w+)(?:\.h)?)>', line)
            if not m:
                continue
            module = m.group(1).split("/")[0] if "/" in m.group(1) else None
            hits = [mod for mod in forbidden
                    if module == mod or os.path.exists(os.path.join(qt, mod, m.group(2)))]
            if hits:
                print("%s:%d: includes %s (%s)" % (os.path.relpath(path, src), n, m.group(1), hits[0]))
                bad += 1
print("%d files in core/, %d GUI includes" % (files, bad))
sys.exit(1 if bad else 0)
