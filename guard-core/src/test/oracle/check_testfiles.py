#!/usr/bin/env python3
"""Differential check of TestFileLoader against the reference cfn-guard 3.1.1.

For every test file (a YAML or JSON list of test cases) it compares what our loader reads (via the
DocumentDump test tool, `--test` mode) with what the reference shows: the error text for files it cannot
read, and for each test case its name, and every node and key of its input (pointer and value as the
reference's verbose tree prints them, e.g. `Path=/Resources/B[L:0,C:0] Value={"Type":"x"}`).

The reference is run as `cfn-guard test -r DUMP.guard -t FILE --verbose` with a generated rules file that
fails on every level of the input, like check_documents.py.

Usage (from the worktree root, after `mvn -q test-compile`):
    python3 guard-core/src/test/oracle/check_testfiles.py [--oracle BIN] FILE_OR_DIR...
"""
import argparse
import decimal
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_documents import ORACLE, java_classpath, rules_for  # noqa: E402

TEST_EXTENSIONS = ('.yaml', '.yml', '.json', '.jsn')
NODE_RE = re.compile(r'Value-At=\(resolved, Path=(.*?)\[L:(\d+),C:(\d+)\] Value=(.*?)\)\)\[Context= _', re.S)
KEY_RE = re.compile(r'from=\(resolved, Path=(.*?)\[L:(\d+),C:(\d+)\] Value="(.*?)"\), '
                    r'to=\(resolved, Path=\[L:0,C:0\] Value="#"\)\)\[Context=\]', re.S)
ERROR_RE = re.compile(r'Unable to process data in file .*?, Error (.*),`', re.S)


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for d, _, names in os.walk(p):
                files += [os.path.join(d, n) for n in sorted(names) if n.endswith(TEST_EXTENSIONS)]
        else:
            files.append(p)
    return sorted(files)


def ours(files, root):
    result = {}
    for i in range(0, len(files), 200):
        out = subprocess.run(['java', '-cp', java_classpath(root), 'dev.cfnguard.internal.document.DocumentDump',
                              '--test'] + files[i:i + 200], capture_output=True, check=True).stdout.decode('utf-8')
        for line in out.split('\n'):
            if line:
                record = json.loads(line)
                result[record['file']] = record
    return result


def rust_float(text):
    """Rust's Display of the double that serde_json wrote as `text`."""
    d = decimal.Decimal(repr(float(text)))
    if d == 0:
        return '-0' if text.startswith('-') else '0'
    s = format(d.normalize(), 'f')
    return s


def display(node):
    """The reference's ValueOnlyDisplay of a JSON value parsed with '#F'/'#I' number markers."""
    if node is None:
        return '"NULL"'
    if isinstance(node, bool):
        return 'true' if node else 'false'
    if isinstance(node, str):
        if node.startswith('#I'):
            return node[2:]
        if node.startswith('#F'):
            text = node[2:]
            return text if text in ('inf', '-inf', 'NaN') else rust_float(text)
        return '"' + node + '"'
    if isinstance(node, list):
        return '[' + ','.join(display(v) for v in node) + ']'
    return '{' + ','.join('"' + k + '":' + display(v) for k, v in node.items()) + '}'


def parse_json(text):
    return json.loads(text, parse_float=lambda s: '#F' + s, parse_int=lambda s: '#I' + s)


def reference(file, depth, oracle, workdir):
    rules = os.path.join(workdir, 'dump.guard')
    with open(rules, 'w') as f:
        f.write(rules_for(depth))
    proc = subprocess.run([oracle, 'test', '-r', rules, '-t', file, '--verbose'], capture_output=True)
    text = proc.stdout.decode('utf-8', 'replace')
    m = ERROR_RE.search(text)
    if m:
        return {'error': m.group(1)}
    cases = []
    for chunk in text.split('Test Case #')[1:]:
        name = None
        lines = chunk.split('\n')
        if len(lines) > 1 and lines[1].startswith('Name: '):
            name = lines[1][len('Name: '):]
        cases.append({
            'name': name,
            'nodes': {(p, int(l), int(c), v) for p, l, c, v in NODE_RE.findall(chunk)},
            'keys': {(p, int(l), int(c), k) for p, l, c, k in KEY_RE.findall(chunk)},
            'crash': 'Error occurred' in chunk,
        })
    return {'cases': cases, 'exit': proc.returncode, 'stderr': proc.stderr.decode('utf-8', 'replace')[:200]}


def compare(mine, ref):
    problems = []
    if 'error' in mine or 'error' in ref:
        mine_error = mine.get('error', {}).get('message')
        if mine_error != ref.get('error'):
            problems.append(f'error: reference {ref.get("error")!r} ours {mine_error!r}')
        return problems
    if len(mine['cases']) != len(ref['cases']):
        problems.append(f'{len(ref["cases"])} test cases in reference, {len(mine["cases"])} ours')
        return problems
    for i, (m, r) in enumerate(zip(mine['cases'], ref['cases']), 1):
        if m['name'] != r['name']:
            problems.append(f'case {i} name: reference {r["name"]!r} ours {m["name"]!r}')
        if 'inputError' in m:
            if not ref.get('stderr'):
                problems.append(f'case {i}: our input fails ({m["inputError"]}), reference does not')
            continue
        my_nodes = {(p, l, c, display(parse_json(v))) for p, l, c, v in m['nodes'] if p.count('/') <= 40}
        for missing in sorted(r['nodes'] - my_nodes)[:3]:
            problems.append(f'case {i}: reference node {missing} not ours')
        for extra in sorted(my_nodes - r['nodes'])[:3]:
            problems.append(f'case {i}: our node {extra} not shown by reference')
        my_keys = {(p, l, c, json.loads(k)) for p, l, c, k in m['keys']}
        for missing in sorted(r['keys'] - my_keys)[:3]:
            problems.append(f'case {i}: reference key {missing} not ours')
        for extra in sorted(my_keys - r['keys'])[:3]:
            if extra[3] != '#':
                problems.append(f'case {i}: our key {extra} not shown by reference')
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--oracle', default=ORACLE)
    parser.add_argument('--root', default='.')
    parser.add_argument('paths', nargs='+')
    args = parser.parse_args()
    files = collect(args.paths)
    mine = ours(files, args.root)
    failed = 0
    with tempfile.TemporaryDirectory() as workdir:
        for file in files:
            record = mine[file]
            depth = max([c.get('depth', 0) for c in record.get('cases', [])] + [1])
            problems = compare(record, reference(file, min(depth, 40), args.oracle, workdir))
            if problems:
                failed += 1
                print(f'MISMATCH {file}')
                for p in problems[:8]:
                    print('   ', p)
    print(f'test files: {len(files) - failed}/{len(files)} files match the reference')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
