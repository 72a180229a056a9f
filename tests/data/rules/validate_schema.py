#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 MailMedic authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate rule files against resources/rules/schema/rule-file.schema.json
(Debian's python3-jsonschema). Built-in files (resources/rules/*.json) must
also give every rule a source and a priority, and title and explanation in
en, nl and ru, and every provider a source; extra files given with --extra follow the schema only.

  validate_schema.py [--extra FILE ...]        exit 1 and a line per problem
"""
import argparse, glob, json, os, sys
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SCHEMA = os.path.join(ROOT, "resources", "rules", "schema", "rule-file.schema.json")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--extra", action="append", default=[])
    a = ap.parse_args()
    schema = json.load(open(SCHEMA, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    extra = jsonschema.Draft202012Validator(schema)
    builtin_schema = dict(schema)
    builtin_schema["properties"] = dict(schema["properties"])
    builtin_schema["properties"]["rules"] = {
        "type": "array", "items": {"allOf": [{"$ref": "#/$defs/rule"}, {"$ref": "#/$defs/builtinRule"}]}}
    builtin_schema["properties"]["providers"] = {
        "type": "array", "items": {"allOf": [{"$ref": "#/$defs/provider"}, {"$ref": "#/$defs/builtinProvider"}]}}
    builtin = jsonschema.Draft202012Validator(builtin_schema)
    problems = 0
    files = [(f, builtin) for f in sorted(glob.glob(os.path.join(ROOT, "resources", "rules", "*.json")))]
    files += [(f, extra) for f in a.extra]
    for path, validator in files:
        try:
            doc = json.load(open(path, encoding="utf-8-sig"))
        except ValueError as e:
            print("%s: JSON syntax error: %s" % (os.path.relpath(path, ROOT), e))
            problems += 1
            continue
        for e in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in e.absolute_path)
            rid = ""
            if len(e.absolute_path) >= 2 and e.absolute_path[0] in ("rules", "fixes", "symptoms", "providers"):
                rid = " (%s)" % doc[e.absolute_path[0]][e.absolute_path[1]].get("id", "?")
            print("%s: %s%s: %s" % (os.path.relpath(path, ROOT), where, rid, e.message[:200]))
            problems += 1
    print("%d files, %d problems" % (len(files), problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
