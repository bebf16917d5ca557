#!/usr/bin/env python3
"""Checks the evaluator case files against the reference cfn-guard and records its verbose output.

Each case file guard-core/src/test/resources/eval/cases/NAME.yaml holds `rules` (rules text) and
`tests` (a cfn-guard test file). This script writes them to a temporary directory as rules.guard and
tests.yaml, runs

    cfn-guard test -r rules.guard -t tests.yaml --verbose

there, stores its stdout as NAME.verbose.out beside the case file, and reports every case file whose
expectations the reference does not meet (exit code other than 0). Case files named error_*.yaml must
instead stop with an error (exit code 255); their stderr is stored as NAME.error.out. Usage:

    python3 guard-core/src/test/tools/record-eval-cases.py [NAME ...]

The reference binary is $GUARD_ORACLE or ~/.cache/guard-oracle/3.1.1/cfn-guard.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "..", "resources", "eval", "cases")
ORACLE = os.environ.get("GUARD_ORACLE", os.path.expanduser("~/.cache/guard-oracle/3.1.1/cfn-guard"))


def split(text):
    """The case file's `rules: |` block and everything from `tests:` on, without a YAML library."""
    lines = text.splitlines(keepends=True)
    rules, tests, mode = [], [], None
    for line in lines:
        if line.startswith("rules: |"):
            mode = "rules"
            continue
        if line.startswith("tests:"):
            mode = "tests"
            continue
        if mode == "rules":
            rules.append(line[2:] if line.startswith("  ") else line.lstrip(" "))
        elif mode == "tests":
            tests.append(line)
    return "".join(rules), "".join(tests)


def main(names):
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".yaml"))
    if names:
        files = [n + ".yaml" for n in names]
    failed = 0
    for name in files:
        rules, tests = split(open(os.path.join(CASES, name), encoding="utf-8").read())
        with tempfile.TemporaryDirectory() as tmp:
            open(os.path.join(tmp, "rules.guard"), "w", encoding="utf-8").write(rules)
            open(os.path.join(tmp, "tests.yaml"), "w", encoding="utf-8").write(tests)
            run = subprocess.run([ORACLE, "test", "-r", "rules.guard", "-t", "tests.yaml", "--verbose"],
                                 cwd=tmp, capture_output=True)
        out = os.path.join(CASES, name[:-5] + ".verbose.out")
        open(out, "wb").write(run.stdout)
        expected_code = 255 if name.startswith("error_") else 0
        if expected_code == 255:
            open(os.path.join(CASES, name[:-5] + ".error.out"), "wb").write(run.stderr)
        if run.returncode != expected_code:
            failed += 1
            print(f"{name}: exit {run.returncode}")
            for line in run.stdout.decode("utf-8", "replace").splitlines():
                if "Expected =" in line and "Evaluated" in line or line.startswith("Test Case") or "Error" in line:
                    print("   ", line)
            if run.stderr:
                print("    stderr:", run.stderr.decode("utf-8", "replace").strip())
    print(f"{len(files) - failed}/{len(files)} case files meet their expectations")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
