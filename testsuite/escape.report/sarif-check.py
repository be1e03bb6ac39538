#!/usr/bin/python3
# sarif-check.py -- checks of one report file against the SARIF 2.1.0
# schema and against the notes of the same compile (report.exp runs it).
#
#   sarif-check.py --schema SCHEMA --rules ESCAPE-REPORT --cwd DIR
#                  NAME SARIF NOTES [NAME SARIF NOTES ...]
#
# Each SARIF and NOTES come from one compile with report=2, report-file,
# -fdiagnostics-plain-output and -fdiagnostics-column-unit=byte, run in
# DIR (one python for them all: it starts slowly).  Prints one
# "PASS: NAME: what" or "FAIL: NAME: what: why" line per check:
#   - the log is valid against the schema (formats checked too);
#   - its results are the compile's notes, in order: same file, line,
#     column (GCC's byte column turned into characters here, on its own)
#     and text;
#   - each result's codeFlow is the "flow:" notes that follow its note;
#   - each result's rule goes with its text (escape-report's table of the
#     documented wording), its verdict with its rule, its stack bytes
#     with "moved to stack"; ruleIndex names the rule, and every rule
#     has a description;
#   - every file the log names exists.
# Needs Debian's python3-jsonschema (and python3-rfc3987 for the URI
# formats).

import argparse
import importlib.machinery
import importlib.util
import json
import os
import re
import sys
import urllib.parse

ap = argparse.ArgumentParser()
ap.add_argument("--schema", required=True)
ap.add_argument("--rules", required=True, help="escape-report, for its table")
ap.add_argument("--cwd", required=True)
ap.add_argument("logs", nargs="+", metavar="NAME SARIF NOTES")
args = ap.parse_args()
if len(args.logs) % 3:
    ap.error("logs come in threes: NAME SARIF NOTES")
failed = 0
name = None


def check(ok, what, why=""):
    global failed
    if ok:
        print("PASS: %s: %s" % (name, what))
    else:
        failed += 1
        print("FAIL: %s: %s: %s" % (name, what, why))


# escape-report is read for its table, leaving no bytecode beside it.
sys.dont_write_bytecode = True
loader = importlib.machinery.SourceFileLoader("escape_report", args.rules)
spec = importlib.util.spec_from_loader("escape_report", loader)
er = importlib.util.module_from_spec(spec)
loader.exec_module(er)


# ---- The schema, with formats checked (URIs need rfc3987).
try:
    import jsonschema
    import rfc3987  # noqa: F401
    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.validators.validator_for(schema)(
        schema, format_checker=jsonschema.FormatChecker())
except ImportError as e:
    name = "sarif-check"
    check(False, "jsonschema and rfc3987 are there", "cannot import them (%s): "
          "apt-get install python3-jsonschema python3-rfc3987" % e)
    sys.exit(1)


# ---- The notes: FILE:LINE:COLUMN: note: TEXT, columns in bytes.
lines_cache = {}


def char_column(path, line, byte_col):
    """GCC's byte column as a character column, worked out here on its
    own from the source line."""
    if path not in lines_cache:
        with open(path, "rb") as f:
            lines_cache[path] = f.read().split(b"\n")
    text = lines_cache[path][line - 1]
    return len(text[:byte_col - 1].decode("utf-8", errors="replace")) + 1


def read_notes(notes_file):
    """[file, line, col, text, [flow notes], outermost macro expansion
    note or None], one per note that is not a flow step."""
    notes = []
    last = None                     # what an expansion note belongs to
    with open(notes_file, encoding="utf-8", errors="replace") as f:
        for raw in f:
            m = re.match(r"(.+?):(\d+):(\d+): note: (.*)$", raw.rstrip("\n"))
            if not m:
                continue
            path = os.path.normpath(os.path.join(args.cwd, m.group(1)))
            line, col = int(m.group(2)), int(m.group(3))
            # The tests run in the C locale; a terminal's may quote otherwise.
            text = m.group(4).replace("\u2018", "'").replace("\u2019", "'")
            entry = (path, line, char_column(path, line, col), text)
            if text.startswith("in expansion of macro "):
                # GCC's, after a note spelled in a macro, innermost first.
                if last == "site":
                    notes[-1][5] = entry
            elif text.startswith("  flow: "):
                if notes:
                    notes[-1][4].append(entry[:3] + (text[2:],))
                last = "flow"
            else:
                notes.append(list(entry) + [[], None])
                last = "site"
    return notes


def check_log(sarif, notes_file):
    with open(sarif, encoding="utf-8") as f:
        log = json.load(f)
    errors = list(validator.iter_errors(log))
    check(not errors, "valid against %s" % os.path.basename(args.schema),
          "; ".join("%s at %s" % (e.message, "/".join(map(str, e.absolute_path)))
                    for e in errors[:5]))
    run = log["runs"][0]
    bases = {k: urllib.parse.unquote(urllib.parse.urlsplit(v["uri"]).path)
             for k, v in run.get("originalUriBaseIds", {}).items()}

    def where(location):
        phys = location["physicalLocation"]
        art = phys["artifactLocation"]
        uri = art["uri"]
        if uri.startswith("file://"):
            path = urllib.parse.unquote(urllib.parse.urlsplit(uri).path)
        else:
            path = os.path.join(bases[art["uriBaseId"]], urllib.parse.unquote(uri))
        region = phys.get("region", {})
        return (os.path.normpath(path), region.get("startLine", 0),
                region.get("startColumn", 0))


    notes = read_notes(notes_file)
    results = run["results"]
    got = [where(r["locations"][0]) + (r["message"]["text"],) for r in results]
    want = [tuple(n[:4]) for n in notes]
    diff = [(i, g, w) for i, (g, w) in enumerate(zip(got, want)) if g != w]
    check(got == want and len(notes) > 0,
          "%d results are the %d notes" % (len(got), len(want)),
          "first difference: %r" % ((diff[0] if diff else
                                     "lengths %d and %d" % (len(got), len(want))),))

    flows_ok, why = True, ""
    for r, n in zip(results, notes):
        steps = [where(t["location"]) + (t["location"]["message"]["text"],)
                 for cf in r.get("codeFlows", []) for tf in cf["threadFlows"]
                 for t in tf["locations"]]
        if steps != n[4]:
            flows_ok, why = False, "%s: %s != %s" % (r["message"]["text"], steps, n[4])
            break
    nflows = sum(1 for r in results if r.get("codeFlows"))
    check(flows_ok, "flows are the flow notes (%d results with a flow)" % nflows, why)

    related_ok, why = True, ""
    for r, n in zip(results, notes):
        rel = [where(x) + (x["message"]["text"],) for x in r.get("relatedLocations", [])]
        if rel != ([n[5]] if n[5] else []):
            related_ok, why = False, "%s: %s, notes say %s" % (r["message"]["text"], rel, n[5])
            break
    nmacro = sum(1 for r in results if r.get("relatedLocations"))
    check(related_ok, "macro expansions are GCC's (%d results in macros)" % nmacro, why)

    rules = run["tool"]["driver"]["rules"]
    rules_ok, why = True, ""
    for r in results:
        rule, text = r["ruleId"], r["message"]["text"]
        verdict = r["properties"]["verdict"]
        param = rule.startswith("escape.param.")
        expect = er.rule_of_note(text, param=param)
        m = re.match(r"moved to stack (?:\((\d+) bytes?\)|when size <= (\d+))$", text)
        bytes_ok = (r["properties"].get("stackBytes") ==
                    (int(m.group(1) or m.group(2)) if m else None))
        if expect != rule:
            why = "%r has rule %s, its text says %s" % (text, rule, expect)
        elif verdict != er.verdict_of_rule(rule):
            why = "%r: verdict %s for rule %s" % (text, verdict, rule)
        elif rules[r["ruleIndex"]]["id"] != rule:
            why = "%r: ruleIndex %d is %s" % (text, r["ruleIndex"], rules[r["ruleIndex"]]["id"])
        elif not bytes_ok:
            why = "%r: stackBytes %s" % (text, r["properties"].get("stackBytes"))
        else:
            continue
        rules_ok = False
        break
    undescribed = [x["id"] for x in rules if not x.get("shortDescription", {}).get("text")]
    check(rules_ok and not undescribed,
          "rules go with their texts (%d rules)" % len(rules),
          why or "rules without a description: %s" % undescribed)

    files = {where({"physicalLocation": {"artifactLocation": a["location"]}})[0]
             for a in run.get("artifacts", [])}
    missing = sorted(p for p in files if not os.path.isfile(p))
    check(files and not missing, "the %d files it names exist" % len(files),
          "missing: %s" % missing)


for i in range(0, len(args.logs), 3):
    name = args.logs[i]
    check_log(args.logs[i + 1], args.logs[i + 2])
sys.exit(1 if failed else 0)
