#!/usr/bin/env python3
"""Whole-process comparison of cfn-guard commands on the benchmark workloads.

Runs our CLI and, when it is installed, the reference cfn-guard 3.1.1 on the same files, each command K
times (after one unmeasured warm-up run, the commands interleaved so that a burst of load from elsewhere
hits them alike), and prints a Markdown table: median and minimum wall time, median CPU time (user +
system: steadier than wall time when other work shares the machine), peak RSS (median), their ratios to
the baseline (the reference when present), exit codes and whether the outputs agree.

Standard library only. Peak RSS comes from GNU time (`/usr/bin/time -v`; Debian package `time`); without
it the script falls back to the kernel's rusage of the child, which is the same figure on Linux.

Examples (from the project root, after `mvn -B -q package -DskipTests`):
    python3 benchmarks/compare.py                          # every built-in scenario, 5 runs each
    python3 benchmarks/compare.py --only 'validate-1-*' --runs 11
    python3 benchmarks/compare.py --registry ../shared/conformance/corpus/registry --only 'test-*'
    python3 benchmarks/compare.py --no-reference --only validate-1-pass-yaml \\
        --candidate 'plain=java -jar guard-cli/target/cfn-guard.jar' \\
        --candidate 'serial=java -XX:+UseSerialGC -jar guard-cli/target/cfn-guard.jar'
"""

import argparse
import datetime
import fnmatch
import os
import platform
import re
import resource
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
PROJECT = BENCHMARKS.parent
RULES = BENCHMARKS / "rules"
DEFAULT_REFERENCE = Path.home() / ".cache" / "guard-oracle" / "3.1.1" / "cfn-guard"
GNU_TIME = "/usr/bin/time"
SIZES = (1, 10, 100, 1000)


def main():
    args = parse_args()
    if args.targets:
        targets(args)
        return
    commands = candidates(args)
    if not commands:
        sys.exit("compare.py: no command to run (build the CLI, or give --candidate)")
    workloads = ensure_workloads(Path(args.workloads))
    scenarios = [s for s in all_scenarios(workloads, args) if selected(s[0], args.only)]
    if not scenarios:
        sys.exit("compare.py: no scenario matches " + " ".join(args.only))
    if not os.access(GNU_TIME, os.X_OK):
        print(f"note: {GNU_TIME} is missing (Debian: apt-get install time); peak RSS is read from rusage",
              file=sys.stderr)

    baseline = len(commands) - 1 if args.reference_name in [n for n, _ in commands] else 0
    print(header(args, commands))
    print("| scenario | command | wall s (median) | wall s (min) | CPU s (median) | peak RSS MiB | wall ratio "
          "| RSS ratio | exit | output |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|---|")
    for name, argv in scenarios:
        print(f"running {name}", file=sys.stderr)
        results = measure([(label, prefix + argv) for label, prefix in commands], args.runs, args.timeout)
        for row in rows(name, [n for n, _ in commands], results, baseline, args.timeout):
            print(row, flush=True)
    print(f"\nLoad average at the end: {load_average()}")


def rows(name, labels, results, baseline, timeout):
    """The table rows of one scenario. A command that timed out has no figures; when it is the baseline,
    the ratios of the others are upper bounds ("< r": at most r times the baseline's time)."""
    base = results[baseline]
    base_wall = statistics.median(base["walls"]) if base["walls"] else timeout
    base_rss = statistics.median(base["rss"]) if base["rss"] else None
    bound = "" if base["walls"] else "< "
    for index, (label, result) in enumerate(zip(labels, results)):
        if not result["walls"]:
            yield f"| {name} | {label} | > {timeout:g} | | | | | | | timed out |"
            continue
        wall = statistics.median(result["walls"])
        cpu = statistics.median(result["cpu"])
        rss = statistics.median(result["rss"])
        is_base = index == baseline
        ratio_wall = "" if is_base else f"{bound}{wall / base_wall:.2f}"
        ratio_rss = "" if is_base or base_rss is None else f"{rss / base_rss:.2f}"
        agreement = "" if is_base or not base["walls"] else agree(result, base)
        exits = ",".join(map(str, sorted(result["exits"])))
        yield (f"| {name} | {label} | {wall:.3f} | {min(result['walls']):.3f} | {cpu:.3f} | {rss / 1024:.1f} "
               f"| {ratio_wall} | {ratio_rss} | {exits} | {agreement} |")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--runs", "-k", type=int, default=5, help="measured runs per command (default 5)")
    parser.add_argument("--workloads", default=str(BENCHMARKS / "target" / "workloads"),
                        help="folder of generated workloads; generated when missing")
    parser.add_argument("--ours", help="our command (shell words); default: the launcher "
                                       "guard-cli/target/cfn-guard, else java -jar guard-cli/target/cfn-guard.jar")
    parser.add_argument("--reference", help="the reference binary; default $GUARD_ORACLE or " + str(DEFAULT_REFERENCE))
    parser.add_argument("--no-reference", action="store_true", help="do not run the reference")
    parser.add_argument("--candidate", action="append", default=[], metavar="NAME=COMMAND",
                        help="a further command to measure (repeatable); with any, --ours is left out unless given")
    parser.add_argument("--registry", help="the registry folder (with rules/aws) for the test-* scenarios "
                                           "and validate-mixed-registry; never copied")
    parser.add_argument("--pairs", type=int, default=3,
                        help="how many registry rules/tests pairs for test-* (default 3: the largest tests file, "
                             "the largest rules file, a median one)")
    parser.add_argument("--only", action="append", default=[], metavar="GLOB",
                        help="scenarios whose name matches (repeatable); default all")
    parser.add_argument("--timeout", type=float, default=120,
                        help="seconds a run may take (default 120); a command that exceeds it is not run "
                             "again for that scenario and its row says so")
    parser.add_argument("--list", action="store_true", help="print the scenarios and exit")
    parser.add_argument("--targets", action="store_true",
                        help="check the performance targets (issue 7) instead: ours against the reference, "
                             "a pass/fail line per target; needs --registry for the folder-of-templates target")
    parser.add_argument("--reference-runs", type=int, default=1,
                        help="with --targets: measured runs of the reference in its slow cases (default 1)")
    parser.add_argument("--skip", action="append", default=[], metavar="GLOB",
                        help="with --targets: leave out the targets whose name matches (repeatable)")
    args = parser.parse_args()
    args.reference_name = "reference"
    if args.list:
        for name, argv in all_scenarios(Path(args.workloads), args):
            print(f"{name}\t{shlex.join(argv)}")
        sys.exit(0)
    return args


def candidates(args):
    """The commands to compare, as (label, argv prefix); the reference, when run, comes last."""
    commands = []
    if args.ours or not args.candidate:
        ours = shlex.split(args.ours) if args.ours else default_ours()
        if ours:
            commands.append(("ours", ours))
    for spec in args.candidate:
        label, _, command = spec.partition("=")
        if not command:
            sys.exit(f"compare.py: --candidate takes NAME=COMMAND, not {spec!r}")
        commands.append((label, shlex.split(command)))
    if not args.no_reference:
        reference = args.reference or os.environ.get("GUARD_ORACLE") or str(DEFAULT_REFERENCE)
        if os.access(reference, os.X_OK):
            commands.append((args.reference_name, [reference]))
        else:
            print(f"note: no reference binary at {reference}; measuring ours alone", file=sys.stderr)
    return commands


def default_ours():
    launcher = PROJECT / "guard-cli" / "target" / "cfn-guard"
    jar = PROJECT / "guard-cli" / "target" / "cfn-guard.jar"
    if os.access(launcher, os.X_OK):
        return [str(launcher)]
    if jar.exists():
        return ["java", "-jar", str(jar)]
    return None


def ensure_workloads(folder):
    if (folder / "ecs-1-pass.yaml").exists():
        return folder
    jar = BENCHMARKS / "target" / "benchmarks.jar"
    if not jar.exists():
        sys.exit("compare.py: no workloads and no benchmarks/target/benchmarks.jar to generate them; "
                 "run mvn -B -q package -DskipTests first")
    print(f"generating workloads in {folder}", file=sys.stderr)
    subprocess.run(["java", "-cp", str(jar), "dev.cfnguard.bench.WorkloadGenerator", "--out", str(folder)],
                   check=True, stdout=subprocess.DEVNULL)
    return folder


def all_scenarios(workloads, args):
    """(name, argv after the command) for every scenario."""
    rules = str(RULES)
    scenarios = []
    for size in SIZES:
        for variant in ("pass", "fail"):
            for ext in ("yaml", "json"):
                data = workloads / f"ecs-{size}-{variant}.{ext}"
                scenarios.append((f"validate-{size}-{variant}-{ext}", ["validate", "-r", rules, "-d", str(data)]))
    scenarios.append(("validate-many", ["validate", "-r", rules, "-d", str(workloads / "many")]))
    for mixed in sorted(workloads.glob("mixed-*.yaml")):
        scenarios.append((f"validate-{mixed.stem}-ecs", ["validate", "-r", rules, "-d", str(mixed)]))
    if args.registry:
        registry_rules = Path(args.registry) / "rules" / "aws"
        for mixed in sorted(workloads.glob("mixed-*.yaml")):
            scenarios.append((f"validate-{mixed.stem}-registry",
                              ["validate", "-r", str(registry_rules), "-d", str(mixed)]))
        for rules_file, tests in registry_pairs(registry_rules, args.pairs):
            scenarios.append((f"test-{rules_file.stem}", ["test", "-r", str(rules_file), "-t", str(tests)]))
    return scenarios


def registry_pairs(registry_rules, count):
    """Registry rules files that have a tests file beside them: the one with the largest tests file, the
    largest rules file, the median-sized one, then the next largest; `count` of them."""
    pairs = []
    for rules_file in sorted(registry_rules.glob("*/*.guard")):
        tests = rules_file.parent / "tests" / f"{rules_file.stem}_tests.yml"
        if tests.exists():
            pairs.append((rules_file, tests))
    if not pairs:
        return []
    by_rules = sorted(pairs, key=lambda pair: -pair[0].stat().st_size)
    by_tests = sorted(pairs, key=lambda pair: -pair[1].stat().st_size)
    picks = []
    for pair in [by_tests[0], by_rules[0], by_rules[len(by_rules) // 2]] + by_rules[1:]:
        if pair not in picks:
            picks.append(pair)
    return picks[:count]


def selected(name, patterns):
    return not patterns or any(fnmatch.fnmatchcase(name, p) for p in patterns)


def measure(commands, runs, timeout):
    """Runs each command once unmeasured, then `runs` times interleaved; returns one result per command.
    A command whose run exceeds `timeout` seconds is dropped for the rest of the scenario."""
    results = [{"walls": [], "cpu": [], "rss": [], "exits": set(), "stdout": None, "outputs": set(),
                "timed_out": False} for _ in commands]
    for (_, argv), result in zip(commands, results):
        if run_once(argv, timeout) is None:
            result["timed_out"] = True
    for _ in range(runs):
        for (_, argv), result in zip(commands, results):
            if result["timed_out"]:
                continue
            outcome = run_once(argv, timeout)
            if outcome is None:
                result["timed_out"] = True
                continue
            wall, cpu, rss, code, stdout = outcome
            result["walls"].append(wall)
            result["cpu"].append(cpu)
            result["rss"].append(rss)
            result["exits"].add(code)
            result["outputs"].add(stdout)
            if result["stdout"] is None:
                result["stdout"] = stdout
    return results


def run_once(argv, timeout, env=None):
    """(wall seconds, CPU seconds (user + system), peak RSS KiB, exit code, stdout bytes) of one run, or
    None when it took longer than `timeout` seconds (it is killed)."""
    timed = os.access(GNU_TIME, os.X_OK)
    with tempfile.NamedTemporaryFile(prefix="compare-time-", suffix=".txt") as report, \
            tempfile.TemporaryFile(prefix="compare-out-") as out:
        full = [GNU_TIME, "-v", "-o", report.name] + argv if timed else argv
        start = time.perf_counter()
        # Output to a file, not a pipe: a command writing megabytes is then not slowed by our reading.
        process = subprocess.Popen(full, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.DEVNULL,
                                   start_new_session=True, env=env)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return None
        wall = time.perf_counter() - start
        code = process.returncode
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        out.seek(0)
        stdout = out.read()
        rss = None
        if timed:
            text = Path(report.name).read_text()
            match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
            rss = int(match.group(1)) if match else None
            match = re.search(r"User time \(seconds\): ([\d.]+)", text)
            user = float(match.group(1)) if match else 0.0
            match = re.search(r"System time \(seconds\): ([\d.]+)", text)
            cpu = user + (float(match.group(1)) if match else 0.0)
            match = re.search(r"Exit status: (\d+)", text)
            if match:
                code = int(match.group(1))
        else:
            cpu = None
        if rss is None or cpu is None:
            # Without GNU time: this run's share of the children's usage, and the largest child's RSS.
            cpu = usage.ru_utime + usage.ru_stime - run_once.cpu_so_far
            rss = usage.ru_maxrss
        run_once.cpu_so_far = usage.ru_utime + usage.ru_stime
    return wall, cpu, rss, code, stdout


run_once.cpu_so_far = 0.0


def agree(result, base):
    """Whether the first outputs agree: byte for byte, or as the same lines in another order. The reference
    prints the failures of several resources in hash-map order, which changes from run to run (and with it
    the Code: excerpts); "baseline varies" says that its runs disagreed among themselves."""
    if result["exits"] != base["exits"]:
        return "exit differs"
    if len(base["outputs"]) > 1:
        # Nothing to compare with: the reference's order and Code: excerpts then follow its hash maps.
        return "baseline varies"
    if result["stdout"] == base["stdout"]:
        return "same"
    if sorted(result["stdout"].splitlines()) == sorted(base["stdout"].splitlines()):
        return "same lines"
    return "differs"


def header(args, commands):
    lines = [f"Measured {datetime.datetime.now().isoformat(timespec='seconds')} on {platform.node()}: "
             f"{os.cpu_count()} CPUs, load average {load_average()} at the start; "
             f"median of {args.runs} runs after one warm-up run.", ""]
    java = shutil.which("java")
    if java:
        version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()
        lines += [f"java: {version[0] if version else '?'}", ""]
    for label, argv in commands:
        lines.append(f"* {label}: `{shlex.join(argv)}`")
    lines.append("")
    return "\n".join(lines)


def load_average():
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


# ---- the performance targets ----

TARGET_SIZES = "1,10,20,40,100,1000,10000,50000"
# The reference figures (2-core machine) for the sizes we do not run the reference on.
CITED = {"structured-50000": (115.0, 13 * 1024 * 1024), "pass-50000": (35.0, 7.2 * 1024 * 1024)}


def targets(args):
    """Measures what the performance targets ask and prints, per target, ours, the reference, the ratio,
    the goal and pass or fail. The reference's slow cases run --reference-runs times; it never runs on
    N = 50,000 (13 GB): those rows cite the issue's figures."""
    ours = shlex.split(args.ours) if args.ours else default_ours()
    reference = args.reference or os.environ.get("GUARD_ORACLE") or str(DEFAULT_REFERENCE)
    if not ours or not os.access(reference, os.X_OK):
        sys.exit("compare.py --targets: needs our launcher and the reference binary")
    folder = Path(args.workloads + "-targets" if args.workloads.endswith("workloads") else args.workloads)
    if not (folder / "ecs-50000-fail.yaml").exists() or not (folder / "many" / "ecs-1000.yaml").exists():
        print(f"generating workloads in {folder}", file=sys.stderr)
        subprocess.run(["java", "-cp", str(BENCHMARKS / "target" / "benchmarks.jar"),
                        "dev.cfnguard.bench.WorkloadGenerator", "--out", str(folder), "--sizes", TARGET_SIZES,
                        "--many", "1000"], check=True, stdout=subprocess.DEVNULL)
    rules = str(RULES)
    runs, slow = args.runs, args.reference_runs
    print(f"Targets measured {datetime.datetime.now().isoformat(timespec='seconds')} on {platform.node()}: "
          f"{os.cpu_count()} CPUs, load average {load_average()} at the start.")
    print(f"ours: `{shlex.join(ours)}` ({runs} runs, median); reference: `{reference}` "
          f"({slow} run(s) in its slow cases, else {runs}).\n")
    print("| measurement | ours wall s | ours peak RSS MiB | reference wall s | reference peak RSS MiB "
          "| wall ratio (ref / ours) | RSS ratio (ours / ref) | exit | output |")
    print("|---|---:|---:|---:|---:|---:|---:|---|---|")
    verdicts = []

    def pair(name, argv, ref_runs, our_runs=runs, env=None, reference_too=True, cited=None):
        if any(fnmatch.fnmatchcase(name, g) for g in args.skip):
            return None
        print(f"running {name}", file=sys.stderr)
        mine = measure_alone(ours + argv, our_runs, args.timeout * 5, env)
        theirs = measure_alone([reference] + argv, ref_runs, args.timeout * 5) if reference_too else None
        row_for(name, mine, theirs, cited)
        return mine, theirs

    def ecs(size, variant="fail"):
        return str(folder / f"ecs-{size}-{variant}.yaml")

    # Default console report: linear in N, and fast against the reference at N = 100.
    console = {}
    for size in (10, 20, 40, 100):
        console[size] = pair(f"console-{size}", ["validate", "-r", rules, "-d", ecs(size)], slow)
    console[1000] = pair("console-1000", ["validate", "-r", rules, "-d", ecs(1000)], slow, reference_too=False)
    if console.get(100) and console.get(1000):
        growth = wall(console[1000][0]) / wall(console[100][0])
        verdicts.append(("console report linear: N=1,000 / N=100 wall", f"{growth:.2f}x", "<= 12x", growth <= 12))
        speed = wall(console[100][1]) / wall(console[100][0])
        verdicts.append(("console report N=100: reference / ours wall", f"{speed:.0f}x", ">= 100x", speed >= 100))

    structured = ["--structured", "-o", "json", "-S", "none"]
    pair("structured-1000", ["validate", "-r", rules, "-d", ecs(1000)] + structured, runs)
    result = pair("structured-10000", ["validate", "-r", rules, "-d", ecs(10000)] + structured, slow)
    if result:
        speed = wall(result[1]) / wall(result[0])
        memory = rss(result[0]) / rss(result[1])
        verdicts.append(("--structured -o json N=10,000: reference / ours wall", f"{speed:.1f}x", ">= 5x",
                         speed >= 5))
        verdicts.append(("--structured -o json N=10,000: ours / reference peak RSS", f"{memory:.2f}",
                         "<= 0.25", memory <= 0.25))
    pair("pass-10000", ["validate", "-r", rules, "-d", ecs(10000, "pass")], slow)

    small_heap = dict(os.environ, CFN_GUARD_JAVA_OPTS=(os.environ.get("CFN_GUARD_JAVA_OPTS", "") + " -Xmx2g").strip())
    for name, argv in (("structured-50000", ["validate", "-r", rules, "-d", ecs(50000)] + structured),
                       ("pass-50000", ["validate", "-r", rules, "-d", ecs(50000, "pass")])):
        result = pair(name + " (-Xmx2g)", argv, 0, our_runs=1, env=small_heap, reference_too=False,
                      cited=CITED[name])
        if result:
            exits = result[0]["exits"]
            verdicts.append((f"{name} within -Xmx2g: exit code", ",".join(map(str, sorted(exits))) or "none",
                             "19 or 0, not an error", bool(exits) and exits <= {0, 19}))

    if args.registry:
        registry_rules = str(Path(args.registry) / "rules" / "aws")
        result = pair("registry-1000-files", ["validate", "-r", registry_rules, "-d", str(folder / "many")], slow)
        if result:
            speed = wall(result[1]) / wall(result[0])
            verdicts.append(("1,000 templates x registry rules: reference / ours wall", f"{speed:.1f}x", ">= 3x",
                             speed >= 3))
    else:
        print("note: no --registry; the folder-of-templates target is left out", file=sys.stderr)

    result = pair("startup-1", ["validate", "-r", rules, "-d", ecs(1, "pass")], max(runs, 11),
                  our_runs=max(runs, 11))
    if result:
        verdicts.append(("start-up: validate one resource, median wall", f"{wall(result[0]):.3f} s", "<= 0.35 s",
                         wall(result[0]) <= 0.35))

    if not any(fnmatch.fnmatchcase("jmh", g) for g in args.skip):
        scores = jmh_evaluate()
        for benchmark, rules_named in (("EvaluateBenchmark", "the 3 ECS rules of the workloads"),
                                       ("RulePackBenchmark[rules]", "the 13 shipped rules of rules/"),
                                       ("RulePackBenchmark[rules/ecs]", "the 10 ECS rules of rules/ecs/")):
            if f"{benchmark}.evaluate" in scores:
                score = scores[f"{benchmark}.evaluate"]
                # "Well under 1 ms", read as at most half of it.
                verdicts.append((f"in process: {rules_named} against 50 task definitions, compiled once, "
                                 "statuses (JMH)", f"{score:.0f} us", "<= 500 us", score <= 500))
            for method, what in (("evaluateAndReadFailures", "statuses and every failure's details"),
                                 ("loadAndEvaluate", "load + statuses"), ("parseAndEvaluate", "load + statuses")):
                if f"{benchmark}.{method}" in scores:
                    verdicts.append((f"(for information) {rules_named}: {what} (JMH)",
                                     f"{scores[f'{benchmark}.{method}']:.0f} us", "none", True))

    print(f"\nLoad average at the end: {load_average()}\n")
    print("| target | measured | goal | result |")
    print("|---|---:|---|---|")
    for name, measured, goal, ok in verdicts:
        print(f"| {name} | {measured} | {goal} | {'pass' if ok else 'FAIL'} |")


def measure_alone(argv, runs, timeout, env=None):
    """One unmeasured run, then `runs` measured ones (none when 0)."""
    result = {"walls": [], "rss": [], "exits": set(), "outputs": set()}
    if runs <= 0:
        return result
    if runs > 1 and run_once(argv, timeout, env) is None:
        return result
    for _ in range(runs):
        outcome = run_once(argv, timeout, env)
        if outcome is None:
            break
        wall_s, _, peak, code, stdout = outcome
        result["walls"].append(wall_s)
        result["rss"].append(peak)
        result["exits"].add(code)
        result["outputs"].add(stdout)
    return result


def wall(result):
    return statistics.median(result["walls"]) if result and result["walls"] else float("nan")


def rss(result):
    return statistics.median(result["rss"]) if result and result["rss"] else float("nan")


def row_for(name, mine, theirs, cited):
    if theirs is not None and theirs["walls"]:
        ref_wall, ref_rss, note = wall(theirs), rss(theirs), ""
        output = ("same" if mine["outputs"] == theirs["outputs"] and len(theirs["outputs"]) == 1
                  else "reference varies" if len(theirs["outputs"]) > 1
                  else "same lines" if all(sorted(a.splitlines()) == sorted(b.splitlines())
                                           for a in mine["outputs"] for b in theirs["outputs"])
                  else "differs")
    elif cited is not None:
        (ref_wall, ref_rss), note, output = cited, " (issue's figure)", ""
    else:
        ref_wall, ref_rss, note, output = float("nan"), float("nan"), "", ""
    exits = ",".join(map(str, sorted(mine["exits"])))
    ratio = ref_wall / wall(mine)
    memory = rss(mine) / ref_rss
    print(f"| {name} | {wall(mine):.3f} | {rss(mine) / 1024:.0f} | {ref_wall:.3f}{note} | {ref_rss / 1024:.0f}{note} "
          f"| {ratio:.2f} | {memory:.3f} | {exits} | {output} |", flush=True)


def jmh_evaluate():
    """Mean microseconds of EvaluateBenchmark's and RulePackBenchmark's methods on 50 task definitions, half
    failing, by Benchmark.method, or Benchmark[pack].method for the rule packs."""
    jar = BENCHMARKS / "target" / "benchmarks.jar"
    with tempfile.NamedTemporaryFile(prefix="compare-jmh-", suffix=".json") as report:
        print("running jmh", file=sys.stderr)
        # RulePackBenchmark reads rules/ from the working directory: the project root.
        done = subprocess.run(["java", "-jar", str(jar), "EvaluateBenchmark|RulePackBenchmark",
                               "-p", "taskDefinitions=50", "-p", "compliance=HALF_FAIL", "-f", "1", "-wi", "5",
                               "-w", "2", "-i", "5", "-r", "1", "-rf", "json", "-rff", report.name],
                              cwd=BENCHMARKS.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if done.returncode != 0:
            print("note: the JMH run failed", file=sys.stderr)
            return {}
        import json
        results = json.loads(Path(report.name).read_text())
        scores = {}
        for r in results:
            benchmark, method = r["benchmark"].rsplit(".", 2)[1:]
            pack = r.get("params", {}).get("pack")
            scores[f"{benchmark}[{pack}].{method}" if pack else f"{benchmark}.{method}"] = r["primaryMetric"]["score"]
        return scores

if __name__ == "__main__":
    main()
