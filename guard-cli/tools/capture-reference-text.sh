#!/usr/bin/env bash
# Regenerates the help and completion texts that guard-cli prints verbatim.
# They are data captured from the reference cfn-guard 3.1.1 (clap renders them;
# reproducing clap's layout rules in Java would be more code than the text itself).
#
# Usage: guard-cli/tools/capture-reference-text.sh [path/to/reference/cfn-guard]
set -euo pipefail
oracle="${1:-$HOME/.cache/guard-oracle/3.1.1/cfn-guard}"
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/dev/cfnguard/cli/text"
mkdir -p "$out"

"$oracle" --version > "$out/version.txt"
"$oracle" --help > "$out/help-cfn-guard.txt"
for cmd in validate test parse-tree rulegen completions help; do
  "$oracle" help "$cmd" > "$out/help-$cmd.txt"
done
for shell in bash zsh fish; do
  "$oracle" completions --shell "$shell" > "$out/completions-$shell.txt"
done
