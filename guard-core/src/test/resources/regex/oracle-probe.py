#!/usr/bin/env python3
"""Asks the reference cfn-guard whether regex patterns match inputs.

Reads lines "pattern<TAB>input[<TAB>anything]" from stdin (input written with JSON string escapes:
\\n, \\u00e9), prints "pattern<TAB>input<TAB>answer", where answer is true or false (does
`rule r { x == /pattern/ }` pass on a document {"x": input}) or invalid (`cfn-guard parse-tree`
rejects the rule). Lines starting with # are copied as they are. Validity is asked one pattern at a
time; matches in one `cfn-guard validate` run over a generated rules file and data file.
Set GUARD_ORACLE to the binary if it is not at the default place."""
import json, subprocess, sys, tempfile, os, re
from oracle_files import ORACLE, write_run
lines = [l.rstrip("\n") for l in sys.stdin if l.strip()]
rows = [l.split("\t")[:2] for l in lines if not l.startswith("#")]
d = tempfile.mkdtemp()
def valid(p):
    f = os.path.join(d, "v.guard")
    open(f, "w").write("rule r { x == /%s/ }\n" % p.replace("/", "\\/"))
    return subprocess.run([ORACLE, "parse-tree", "-r", f], capture_output=True).returncode == 0
ok = [valid(p) for p, _ in rows]
rules, data = [], {}
for i, ((p, s), v) in enumerate(zip(rows, ok)):
    if v:
        rules.append("rule r%d { x%d == /%s/ }" % (i, i, p.replace("/", "\\/")))
        data["x%d" % i] = json.loads('"' + s + '"')
rf, df = write_run(d, rules, data)
out = subprocess.run([ORACLE, "validate", "-r", rf, "-d", df, "--show-summary", "pass,fail", "-o", "single-line-summary"], capture_output=True, text=True)
status = dict(re.findall(r"t\.guard/r(\d+)\s+(PASS|FAIL)", out.stdout))
if out.returncode not in (0, 19):
    print("oracle exit", out.returncode, out.stderr[:500], file=sys.stderr)
answers = iter(enumerate(zip(rows, ok)))
for line in lines:
    if line.startswith("#"):
        print(line)
        continue
    i, ((p, s), v) = next(answers)
    r = "invalid" if not v else {"PASS": "true", "FAIL": "false"}.get(status.get(str(i)), "?")
    print("%s\t%s\t%s" % (p, s, r))
