#!/usr/bin/env python3
"""Differential check of DocumentLoader against the reference cfn-guard 3.1.1.

For every data file it compares what our loader produces (via the DocumentDump test tool) with what the
reference shows of the same file: every node's pointer, line, column and JSON value, and every mapping
key's pointer, line, column and text, or the kind of failure (exit code).

The reference is made to show every node by a generated rules file that fails on each level of the tree:
    rule r { this !exists   this.* !exists   this.*.* !exists ...   this[ keys == "#" ] !exists ... }
run as `cfn-guard validate -r RULES -d FILE --verbose --print-json`. The verbose tree gives
`Path=/ptr[L:l,C:c]` of each node and key; the JSON record gives the same nodes' values in serde_json form.

Usage (from the worktree root, after `mvn -q test-compile`):
    python3 guard-core/src/test/oracle/check_documents.py [--oracle BIN] FILE_OR_DIR...
Exit status 0 when everything matched.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

DATA_EXTENSIONS = ('.yaml', '.yml', '.json', '.jsn', '.template')
ORACLE = os.path.expanduser('~/.cache/guard-oracle/3.1.1/cfn-guard')
NODE_RE = re.compile(r'Value-At=\(resolved, Path=(.*?)\[L:(\d+),C:(\d+)\] Value=', re.S)
KEY_RE = re.compile(r'from=\(resolved, Path=(.*?)\[L:(\d+),C:(\d+)\] Value="(.*?)"\), '
                    r'to=\(resolved, Path=\[L:0,C:0\] Value="#"\)\)\[Context=\]', re.S)


def java_classpath(root):
    return ':'.join([
        os.path.join(root, 'guard-core/target/classes'),
        os.path.join(root, 'guard-core/target/test-classes'),
    ])


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for d, _, names in os.walk(p):
                files += [os.path.join(d, n) for n in sorted(names) if n.endswith(DATA_EXTENSIONS)]
        else:
            files.append(p)
    return sorted(files)


def ours(files, root):
    result = {}
    for i in range(0, len(files), 200):
        chunk = files[i:i + 200]
        out = subprocess.run(['java', '-cp', java_classpath(root), 'dev.cfnguard.internal.document.DocumentDump']
                             + chunk, capture_output=True, check=True).stdout.decode('utf-8')
        for line in out.split('\n'):
            if not line:
                continue
            record = json.loads(line)
            result[record['file']] = record
    return result


def canonical(json_text):
    # Keep number spelling (1e20 vs 1e+20, 5.0 vs 5) so formatting differences show.
    return json.dumps(json.loads(json_text, parse_float=lambda s: '#F' + s, parse_int=lambda s: '#I' + s),
                      ensure_ascii=False)


def rules_for(depth):
    lines = ['rule r {']
    for k in range(depth + 1):
        lines.append(' this' + '.*' * k + ' !exists')
    for k in range(depth + 1):
        lines.append(' this' + '.*' * k + '[ keys == "#" ] !exists')
    lines.append('}')
    return '\n'.join(lines) + '\n'


def json_values(node, found):
    """Every {"path": ..., "value": ...} object under a Resolved record, in document order."""
    if isinstance(node, dict):
        resolved = node.get('Resolved')
        if isinstance(resolved, dict) and set(resolved) == {'path', 'value'}:
            found.append((resolved['path'], json.dumps(resolved['value'], ensure_ascii=False)))
            return
        for v in node.values():
            json_values(v, found)
    elif isinstance(node, list):
        for v in node:
            json_values(v, found)


def reference(file, depth, oracle, workdir):
    rules = os.path.join(workdir, 'dump.guard')
    with open(rules, 'w') as f:
        f.write(rules_for(depth))
    proc = subprocess.run([oracle, 'validate', '-r', rules, '-d', file, '--verbose', '--print-json'],
                          capture_output=True)
    text = proc.stdout.decode('utf-8', 'replace')
    record = {'exit': proc.returncode}
    if proc.returncode == 255 and b'Could not convert float' in proc.stderr:
        # A failing check on data holding an infinity or NaN makes the reference fail while reporting.
        record['unreportable'] = True
    if proc.returncode != 19:
        record['stderr'] = proc.stderr.decode('utf-8', 'replace')[:300]
        return record
    tree_end = text.find('\n{\n')
    verbose, printed = text[:tree_end], text[tree_end + 1:]
    nodes = [(m.group(1), int(m.group(2)), int(m.group(3))) for m in NODE_RE.finditer(verbose)]
    values = []
    decoder = json.JSONDecoder(parse_float=lambda s: '#F' + s, parse_int=lambda s: '#I' + s)
    json_values(decoder.raw_decode(printed, 0)[0], values)
    record['nodes'] = nodes
    record['values'] = values
    record['keys'] = [(m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)) for m in KEY_RE.finditer(verbose)]
    return record


def compare(file, mine, ref):
    problems = []
    if 'error' in mine:
        kind = mine['error']['kind']
        expected_exit = 101 if mine['error']['panics'] else 255
        if ref['exit'] != expected_exit:
            problems.append(f'we fail ({kind}), reference exit {ref["exit"]} {ref.get("stderr", "")[:200]!r}')
        return problems
    if ref.get('unreportable') and any('#F' in v for _, _, _, v in mine['nodes']):
        return problems  # not comparable: the reference cannot report on infinities
    if ref['exit'] != 19:
        problems.append(f'we load, reference exit {ref["exit"]}: {ref.get("stderr", "")[:200]!r}')
        return problems
    my_nodes = {(p, l, c) for p, l, c, _ in mine['nodes']}
    my_values = {}
    for p, l, c, v in mine['nodes'] + mine['keys']:
        # Key checks show each key as a string value at its mapping's pointer.
        my_values.setdefault(p, set()).add(canonical(v))
    ref_nodes = set(ref['nodes'])
    for missing in sorted(ref_nodes - my_nodes)[:5]:
        problems.append(f'reference node {missing} not ours')
    for extra in sorted(my_nodes - ref_nodes)[:5]:
        problems.append(f'our node {extra} not shown by reference')
    ref_values = {}
    for p, v in ref['values']:
        ref_values.setdefault(p, set()).add(v)
    for p, vals in ref_values.items():
        if p == '':
            vals = vals - {'"#"'}  # the literal compared with
        if not vals <= my_values.get(p, set()):
            problems.append(f'value at {p!r}: reference {sorted(vals)[:2]} ours {sorted(my_values.get(p, set()))[:2]}')
    my_keys = {(p, l, c, json.loads(k)) for p, l, c, k in mine['keys']}
    ref_keys = set(ref['keys'])
    for missing in sorted(ref_keys - my_keys)[:5]:
        problems.append(f'reference key {missing} not ours')
    for extra in sorted(my_keys - ref_keys)[:5]:
        if extra[3] != '#':
            problems.append(f'our key {extra} not shown by reference')
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--oracle', default=ORACLE)
    parser.add_argument('--root', default='.')
    parser.add_argument('--max-depth', type=int, default=40)
    parser.add_argument('paths', nargs='+')
    args = parser.parse_args()
    files = collect(args.paths)
    mine = ours(files, args.root)
    failed = 0
    with tempfile.TemporaryDirectory() as workdir:
        for file in files:
            record = mine[file]
            depth = min(record.get('depth', 3), args.max_depth)
            problems = compare(file, record, reference(file, depth, args.oracle, workdir))
            if problems:
                failed += 1
                print(f'MISMATCH {file}')
                for p in problems:
                    print('   ', p)
    print(f'documents: {len(files) - failed}/{len(files)} files match the reference')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
