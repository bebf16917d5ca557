#!/usr/bin/env python3
"""Asks the reference cfn-guard what regex_replace returns.

Reads lines "pattern<TAB>input<TAB>replacement[<TAB>anything]" from stdin (input written with JSON
string escapes; pattern and replacement as written in a Guard string literal, so without double
quotes), prints "pattern<TAB>input<TAB>replacement<TAB>result" with the result JSON-encoded. Each row
becomes `rule rN { let v = regex_replace(xN, "pattern", "replacement")  %v == "<sentinel>" }`, all run
in one `cfn-guard validate -o json` over a generated data file; the result is read from the failed
check. Lines starting with # are copied as they are. Set GUARD_ORACLE to the binary if it is not at
the default place."""
import json, os, subprocess, sys, tempfile
from oracle_files import ORACLE, write_run
lines = [l.rstrip("\n") for l in sys.stdin if l.strip()]
rows = [l.split("\t")[:3] for l in lines if not l.startswith("#")]
d = tempfile.mkdtemp()
rules, data = [], {}
for i, (p, s, r) in enumerate(rows):
    rules.append('rule r%d {\n  let v = regex_replace(x%d, "%s", "%s")\n  %%v == "-sentinel-"\n}' % (i, i, p, r))
    data["x%d" % i] = json.loads('"' + s + '"')
rf, df = write_run(d, rules, data)
out = subprocess.run([ORACLE, "validate", "-r", rf, "-d", df, "-o", "json", "--show-summary", "none"],
                     capture_output=True, text=True)
if out.returncode not in (0, 19):
    sys.exit("reference failed (%d): %s" % (out.returncode, out.stderr[:800] or out.stdout[:800]))
results = {}
for rule in json.loads(out.stdout)["not_compliant"]:
    name = rule["Rule"]["name"]
    check = rule["Rule"]["checks"][0]["Clause"]["Binary"]["check"]
    results[name] = json.dumps(check["Resolved"]["from"]["value"], ensure_ascii=True)[1:-1]
answers = iter(enumerate(rows))
for line in lines:
    if line.startswith("#"):
        print(line)
        continue
    i, (p, s, r) = next(answers)
    print("%s\t%s\t%s\t%s" % (p, s, r, results.get("r%d" % i, "?")))
