"""What the two oracle probes share: where the reference binary is, and how a generated rules file and
data file are written for one `cfn-guard validate` run."""
import json, os

ORACLE = os.environ.get("GUARD_ORACLE", os.path.expanduser("~/.cache/guard-oracle/3.1.1/cfn-guard"))


def _json_string(v):
    # Raw UTF-8 (the reference's YAML reader rejects escaped surrogate pairs), but line breaks escaped.
    out = []
    for ch in json.dumps(v, ensure_ascii=False)[1:-1]:
        o = ord(ch)
        out.append("\\u%04x" % o if (0x7f <= o <= 0x9f or o in (0x2028, 0x2029, 0xfeff)) else ch)
    return '"' + "".join(out) + '"'


def write_run(directory, rules, data):
    """Writes t.guard (the rules, one per line) and t.json (the data mapping); returns both paths."""
    rf, df = os.path.join(directory, "t.guard"), os.path.join(directory, "t.json")
    with open(rf, "w") as f:
        f.write("\n".join(rules) + "\n")
    with open(df, "w", encoding="utf-8") as f:
        f.write("{" + ", ".join(_json_string(k) + ": " + _json_string(v) for k, v in data.items()) + "}")
    return rf, df
