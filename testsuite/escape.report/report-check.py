#!/usr/bin/python3
# report-check.py -- checks of escape-report (report.exp runs it): its
# summary and its HTML site, against the SARIF logs it reads.
#
#   report-check.py summary ESCAPE-REPORT LOGDIR WORKDIR [OPT-RECORD...]
#   report-check.py browser HTMLDIR LOGDIR SCREENSHOT
#
# Every expected number is counted here from the logs themselves, with
# json alone.  Prints one "PASS: what" or "FAIL: what: why" line a check.
#
# summary: the counts escape-report prints (sites, moved, bytes,
# escapes, stays on heap, parameter notes, units, each reason and each
# file); the site it writes; the same counts from GCC's optimization
# records alone; clear errors and exit 2 for a missing file, a file that
# is not JSON, JSON that is not SARIF, an empty directory; a source file
# that is gone is listed, not fatal.
#
# browser: Debian's chromium, headless, through chromedriver (python3-
# selenium): loads index.html and checks the counts it shows, the files
# and reasons tables, sorting by a column; opens the page of a file with
# a site that escapes, clicks the site and reads its reason, rule and
# flow in the panel, checks the flow's lines are marked; saves a
# screenshot.  Missing chromium, chromedriver or selenium is a failure.

import collections
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse

failed = 0


def check(ok, what, why=""):
    global failed
    if ok:
        print("PASS: %s" % what)
    else:
        failed += 1
        print("FAIL: %s: %s" % (what, why))
    return ok


# ---- What the logs say, counted here ------------------------------------------

SITE = ("moved", "escapes", "heap", "local")


def logs_in(logdir):
    return sorted(os.path.join(logdir, f) for f in os.listdir(logdir)
                  if f.endswith(".sarif"))


def result_path(run, art):
    uri = art["uri"]
    if uri.startswith("file://"):
        return urllib.parse.unquote(urllib.parse.urlsplit(uri).path)
    base = run["originalUriBaseIds"][art["uriBaseId"]]["uri"]
    return os.path.normpath(os.path.join(urllib.parse.urlsplit(base).path,
                                         urllib.parse.unquote(uri)))


def function_of(result):
    return result["locations"][0]["logicalLocations"][0]["name"]


def expected(logdir):
    """Counts from the logs: totals, per file, per rule; and the results."""
    total = collections.Counter()
    per_file = collections.defaultdict(collections.Counter)
    per_rule = collections.Counter()
    results = []
    for log in logs_in(logdir):
        with open(log) as f:
            run = json.load(f)["runs"][0]
        total["units"] += 1
        # A site moved with the alloca budget in a function whose budget
        # a later result undid stays on the heap.
        undone = {function_of(r) for r in run["results"]
                  if r["ruleId"] == "escape.budget.undone"}
        for r in run["results"]:
            if (r["ruleId"] in ("escape.moved.alloca", "escape.moved.side-stack")
                    and function_of(r) in undone):
                r = dict(r, ruleId="escape.heap.budget-undone")
            verdict = r["ruleId"].split(".")[1]
            path = result_path(run, r["locations"][0]["physicalLocation"]["artifactLocation"])
            # Results of neither kind: a thread stack raised, a budget
            # undone.
            kind = ("sites" if verdict in SITE
                    else "params" if verdict == "param" else "others")
            for c in (total, per_file[path]):
                c[kind] += 1
                c[verdict] += 1
                if verdict == "moved":
                    c["bytes"] += r["properties"].get("stackBytes", 0)  # none: budgeted
            per_rule[r["ruleId"]] += 1
            results.append((path, run, r))
    return total, per_file, per_rule, results


# ---- summary ---------------------------------------------------------------------


def run_report(tool, *args):
    # This python runs it: the one of PATH may be a slow wrapper.
    p = subprocess.run([sys.executable, tool] + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, universal_newlines=True)
    return p.returncode, p.stdout, p.stderr


def summary_numbers(out):
    """The numbers of escape-report's summary."""
    n = {}
    m = re.search(r"escape report: (\d+) units?, (\d+) allocation sites, (\d+) "
                  r"parameter notes", out)
    if m:
        n["units"], n["sites"], n["params"] = map(int, m.groups())
    m = re.search(r"moved to stack: +(\d+).*, (\d+) bytes of stack", out)
    if m:
        n["moved"], n["bytes"] = map(int, m.groups())
    for key, label in (("escapes", "escapes:"), ("heap", "stays on heap:")):
        m = re.search(r"^  %s +(\d+)$" % re.escape(label), out, re.M)
        if m:
            n[key] = int(m.group(1))
    return n


def summary(tool, logdir, work, records):
    total, per_file, per_rule, _ = expected(logdir)
    html_dir = os.path.join(work, "html-summary")
    shutil.rmtree(html_dir, ignore_errors=True)
    code, out, err = run_report(tool, "--top", "100", "--html", html_dir, logdir)
    check(code == 0, "escape-report exits 0 on the logs", "exit %d: %s" % (code, err))
    got = summary_numbers(out)
    want = {k: total[k] for k in ("units", "sites", "params", "moved", "bytes",
                                  "escapes", "heap")}
    check(got == want and want["sites"] > 0,
          "summary: units, sites, moved, bytes, escapes, heap, params as in "
          "the logs (%s)" % ", ".join("%s %d" % kv for kv in sorted(want.items())),
          "printed %s\n%s" % (got, out))

    reasons = dict((rule, int(n)) for n, rule in
                   re.findall(r"^ +(\d+)  (escape\.\S+)", out, re.M))
    want_reasons = {r: n for r, n in per_rule.items() if r.split(".")[1] in ("escapes", "heap")}
    check(reasons == want_reasons and reasons,
          "summary: every reason's count (%d reasons)" % len(want_reasons),
          "printed %s, logs have %s" % (reasons, want_reasons))

    files = {}
    for m in re.finditer(r"^ +(\d+) +(\d+) +(\d+) +(\d+)  (\S+)$", out, re.M):
        files[m.group(5)] = tuple(map(int, m.groups()[:4]))
    want_files = {}
    for path, c in per_file.items():
        if c["sites"]:
            want_files[os.path.basename(path)] = (c["sites"], c["moved"], c["escapes"], c["heap"])
    got_files = {os.path.basename(k): v for k, v in files.items()}
    check(got_files == want_files, "summary: every file's counts",
          "printed %s, logs have %s" % (got_files, want_files))

    pages = sorted(os.listdir(os.path.join(html_dir, "files"))) \
        if os.path.isdir(os.path.join(html_dir, "files")) else []
    check(os.path.isfile(os.path.join(html_dir, "index.html"))
          and os.path.isfile(os.path.join(html_dir, "assets", "report.js"))
          and os.path.isfile(os.path.join(html_dir, "assets", "report.css"))
          and len(pages) == len(per_file),
          "html: index.html, its assets and a page per file (%d)" % len(per_file),
          "files/: %s" % pages)
    with open(os.path.join(html_dir, "index.html"), encoding="utf-8") as f:
        index = f.read()
    check(not re.search(r"(src|href)=\"(https?:)?//", index),
          "html: nothing loaded from the network", "index.html links out")

    # The optimization records of the same compiles: the same sites.
    if records:
        code, out, err = run_report(tool, *records)
        got = summary_numbers(out)
        want = {k: total[k] for k in ("sites", "moved", "bytes", "escapes", "heap")}
        got = {k: got.get(k) for k in want}
        check(code == 0 and got == want,
              "optimization records alone: the logs' site counts",
              "exit %d, printed %s, logs have %s\n%s" % (code, got, want, err))

    # Bad input: exit 2, the file named, nothing else printed.
    bad = os.path.join(work, "bad")
    shutil.rmtree(bad, ignore_errors=True)
    os.makedirs(os.path.join(bad, "empty"))
    with open(os.path.join(bad, "notjson.sarif"), "w") as f:
        f.write("moved to stack (8 bytes)\n")
    with open(os.path.join(bad, "notsarif.sarif"), "w") as f:
        json.dump({"version": "1.0", "results": []}, f)
    with open(logs_in(logdir)[0]) as f:
        log = json.load(f)
    log["runs"][0]["results"][0]["ruleId"] = 5
    with open(os.path.join(bad, "ruleid.sarif"), "w") as f:
        json.dump(log, f)
    # A message text that is not a string (hunt 44-e: a traceback, and a
    # half-written site, under --html).
    with open(logs_in(logdir)[0]) as f:
        log = json.load(f)
    log["runs"][0]["results"][0]["message"]["text"] = 1
    with open(os.path.join(bad, "message.sarif"), "w") as f:
        json.dump(log, f)
    # Nested deeper than Python's parser recurses (hunt 44-e: a
    # RecursionError traceback).
    with open(os.path.join(bad, "deep.sarif"), "w") as f:
        f.write("[" * 100000 + "]" * 100000)
    cases = [
        ("a missing file", os.path.join(bad, "gone.sarif"), "no such file"),
        ("JSON nested too deeply", os.path.join(bad, "deep.sarif"), "not a JSON file"),
        ("a ruleId that is a number", os.path.join(bad, "ruleid.sarif"),
         "a result's ruleId is not a string"),
        ("a message text that is a number", os.path.join(bad, "message.sarif"),
         "a result's message's text is not a string"),
        ("a file that is not JSON", os.path.join(bad, "notjson.sarif"), "not a JSON file"),
        ("JSON that is not SARIF", os.path.join(bad, "notsarif.sarif"), "not a SARIF 2.1.0 log"),
        ("an empty directory", os.path.join(bad, "empty"), "no .sarif or .opt-record"),
    ]
    for what, path, msg in cases:
        code, out, err = run_report(tool, logdir, path)
        check(code == 2 and ("error: %s: %s" % (path, msg)) in err and not out,
              "error for %s" % what, "exit %d, stderr %r, stdout %r" % (code, err, out[:200]))
    site = os.path.join(bad, "site")
    code, out, err = run_report(tool, "--html", site, os.path.join(bad, "message.sarif"))
    check(code == 2 and not os.path.exists(site),
          "a bad log under --html: an error, and no site",
          "exit %d, stderr %r, site %s" % (code, err, os.path.exists(site)))

    # A log named twice is read once.
    one = logs_in(logdir)[0]
    code1, out1, _ = run_report(tool, one)
    code2, out2, _ = run_report(tool, one, one)
    check(code1 == 0 and code2 == 0 and out1 == out2,
          "a log named twice counted once",
          "once:\n%s\ntwice:\n%s" % (out1, out2))

    # A unit's second log (libtool compiles a source twice, PIC and not):
    # its results counted once (hunt 44-e).
    second = os.path.join(bad, "second")
    os.makedirs(second)
    shutil.copy(one, os.path.join(second, "pic.sarif"))
    code3, out3, err3 = run_report(tool, one, os.path.join(second, "pic.sarif"))
    check(code1 == 0 and code3 == 0 and out1 == out3
          and "counted once" in err3,
          "a unit's two logs counted once",
          "one log:\n%s\ntwo logs of the unit:\n%s\n%s" % (out1, out3, err3))

    # An HTML directory that cannot be made: an error, and no summary.
    with open(os.path.join(bad, "afile"), "w") as f:
        f.write("x")
    code, out, err = run_report(tool, "--html", os.path.join(bad, "afile"), logdir)
    check(code == 2 and "error: cannot write" in err and "Errno" not in err
          and not out, "an HTML directory that is a file: error, no summary",
          "exit %d, stderr %r, stdout %r" % (code, err, out[:200]))

    # A log whose sources are gone: listed, counted, not fatal.
    moved = os.path.join(bad, "moved")
    os.makedirs(moved)
    src = logs_in(logdir)[0]
    with open(src) as f:
        log = json.load(f)
    log["runs"][0]["originalUriBaseIds"]["PWD"]["uri"] = "file:///nonexistent/dir/"

    def move(x):
        if isinstance(x, dict):
            if isinstance(x.get("uri"), str) and x["uri"].startswith("file:///") \
                    and "uriBaseId" not in x and x is not log["runs"][0]["originalUriBaseIds"]["PWD"]:
                x["uri"] = "file:///nonexistent/dir/" + x["uri"].rsplit("/", 1)[1]
            for v in x.values():
                move(v)
        elif isinstance(x, list):
            for v in x:
                move(v)
    move(log["runs"][0]["results"])
    move(log["runs"][0]["artifacts"])
    with open(os.path.join(moved, "gone.sarif"), "w") as f:
        json.dump(log, f)
    code, out, err = run_report(tool, "--html", os.path.join(bad, "html"), moved)
    gone = os.path.basename(result_path(log["runs"][0], log["runs"][0]["results"][0]
                                        ["locations"][0]["physicalLocation"]["artifactLocation"]))
    listed = re.search(r"source files not found.*\n(  .*\n)*  %s\n" % re.escape(gone), out)
    with open(os.path.join(bad, "html", "index.html"), encoding="utf-8") as f:
        listed_html = re.search(r"<ul id=\"missing\">.*<li>%s</li>" % re.escape(gone), f.read())
    check(code == 0 and listed and listed_html,
          "a source file that is gone is listed, not fatal",
          "exit %d\n%s%s" % (code, out, err))


# ---- browser -------------------------------------------------------------------


CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
    "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    "--window-size=1280,900", "--hide-scrollbars",
]


def browser(html_dir, logdir, screenshot):
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError as e:
        check(False, "browser: selenium is there",
              "%s (apt-get install python3-selenium chromium chromium-driver)" % e)
        return
    if not check(os.path.exists(chromium) and os.path.exists(driver_path),
                 "browser: chromium and chromedriver are there",
                 "apt-get install chromium chromium-driver"):
        return

    total, per_file, per_rule, results = expected(logdir)
    profile = os.path.join(os.path.dirname(os.path.abspath(screenshot)), "chromium-profile")
    shutil.rmtree(profile, ignore_errors=True)
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for a in CHROMIUM_FLAGS + ["--user-data-dir=" + profile]:
        opts.add_argument(a)
    service = Service(executable_path=driver_path,
                      log_path=os.path.join(os.path.dirname(profile), "chromedriver.log"))
    try:
        drv = webdriver.Chrome(service=service, options=opts)
    except Exception as e:      # whatever the driver says, it is a failure
        check(False, "browser: chromium starts", str(e).splitlines()[0] if str(e) else repr(e))
        return
    try:
        drv.set_page_load_timeout(60)
        index = "file://" + os.path.abspath(os.path.join(html_dir, "index.html"))
        drv.get(index)

        def number(ident):
            els = drv.find_elements(By.ID, "count-" + ident)
            return int(els[0].text) if els else None

        keys = ("units", "sites", "moved", "bytes", "escapes", "heap", "params")
        shown = {k: number(k) for k in keys}
        want = {k: total[k] for k in keys}
        check(shown == want, "browser: the index shows the logs' counts (%s)"
              % ", ".join("%s %d" % (k, want[k]) for k in keys),
              "shown %s" % shown)

        def table(ident):
            rows = drv.find_elements(By.CSS_SELECTOR, "#%s tbody tr" % ident)
            return [[c.text for c in row.find_elements(By.TAG_NAME, "td")] for row in rows]

        files = {os.path.basename(r[0].split(" ")[0]): tuple(map(int, r[1:6]))
                 for r in table("files")}
        want_files = {os.path.basename(p): (c["sites"], c["moved"], c["escapes"], c["heap"],
                                            c["params"]) for p, c in per_file.items()}
        check(files == want_files, "browser: the files table has each file's counts",
              "shown %s, logs have %s" % (files, want_files))
        reasons = {r[0]: int(r[3]) for r in table("reasons")}
        check(reasons == dict(per_rule), "browser: the reasons table has each rule's count",
              "shown %s, logs have %s" % (reasons, dict(per_rule)))

        # Sort the files by sites, up then down.
        head = drv.find_elements(By.CSS_SELECTOR, "#files thead th button")[1]
        head.click()
        up = [int(r[1]) for r in table("files")]
        head.click()
        down = [int(r[1]) for r in table("files")]
        check(up == sorted(up) and down == sorted(down, reverse=True) and up != down,
              "browser: the files table sorts by sites, both ways", "%s, %s" % (up, down))

        # A site that escapes with a flow, in a file with a page.
        chosen = None
        for path, run, r in results:
            if r["ruleId"].startswith("escape.escapes.") and r.get("codeFlows"):
                chosen = (path, run, r)
                break
        if not check(chosen, "browser: the logs have a site that escapes, with a flow"):
            return
        path, run, r = chosen
        line = r["locations"][0]["physicalLocation"]["region"]["startLine"]
        link = [a for a in drv.find_elements(By.CSS_SELECTOR, "#files tbody a")
                if a.text == os.path.basename(path) or a.text.endswith("/" + os.path.basename(path))]
        if not check(link, "browser: the index links to %s" % os.path.basename(path)):
            return
        link[0].click()
        WebDriverWait(drv, 20).until(lambda d: d.find_elements(By.ID, "L%d" % line))
        n_results = len(drv.find_elements(By.CSS_SELECTOR, "#site-details .result"))
        in_file = sum(per_file[path][k] for k in ("sites", "params", "others"))
        check(n_results == in_file,
              "browser: the page of %s has its %d results" % (os.path.basename(path), in_file),
              "it has %d" % n_results)
        marks = drv.find_elements(By.CSS_SELECTOR, "#L%d .site[data-site]" % line)
        mine = [m for m in marks if r["ruleId"] in (m.get_attribute("data-rules") or "").split()]
        if not check(mine, "browser: line %d has the site of rule %s" % (line, r["ruleId"]),
                     "marks: %s" % [m.get_attribute("data-rules") for m in marks]):
            return
        panel = drv.find_element(By.ID, "panel")
        check(not panel.is_displayed(), "browser: the panel is closed before a click")
        mine[0].click()
        WebDriverWait(drv, 10).until(lambda d: panel.is_displayed())
        text = drv.find_element(By.ID, "panel-body").text
        steps = [t["location"]["message"]["text"] for t in
                 r["codeFlows"][0]["threadFlows"][0]["locations"]]
        check(r["message"]["text"] in text and r["ruleId"] in text
              and all(s in text for s in steps),
              "browser: a click on the site shows its reason %r, rule and %d flow steps"
              % (r["message"]["text"], len(steps)), "panel says %r" % text)
        flow_lines = {t["location"]["physicalLocation"]["region"]["startLine"]
                      for t in r["codeFlows"][0]["threadFlows"][0]["locations"]
                      if result_path(run, t["location"]["physicalLocation"]["artifactLocation"]) == path}
        marked = {int(e.get_attribute("id")[1:]) for e in
                  drv.find_elements(By.CSS_SELECTOR, "tr.flow-step")}
        check(marked == flow_lines, "browser: the flow's lines are marked",
              "marked %s, flow %s" % (sorted(marked), sorted(flow_lines)))
        drv.save_screenshot(screenshot)
        check(os.path.getsize(screenshot) > 10000, "browser: screenshot %s" % screenshot,
              "%d bytes" % os.path.getsize(screenshot))
        drv.get(index)
        drv.save_screenshot(os.path.splitext(screenshot)[0] + "-index.png")
    except Exception as e:
        check(False, "browser: no exception", "%s: %s" % (type(e).__name__, e))
    finally:
        drv.quit()


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "summary" and len(sys.argv) >= 5:
        summary(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
    elif mode == "browser" and len(sys.argv) == 5:
        browser(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit("usage: report-check.py summary ESCAPE-REPORT LOGDIR WORKDIR "
                 "[OPT-RECORD...] | browser HTMLDIR LOGDIR SCREENSHOT")
    sys.exit(1 if failed else 0)


main()
