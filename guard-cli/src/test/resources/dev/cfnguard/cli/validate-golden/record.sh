#!/bin/sh
# Records the expected outputs of cases.txt with the reference cfn-guard 3.1.1: NAME.out is stdout,
# NAME.exit the exit code and whether stderr was empty.
# Usage, from this directory: sh record.sh [/path/to/reference/cfn-guard]
set -u
oracle=${1:-$HOME/.cache/guard-oracle/3.1.1/cfn-guard}
dir=$(pwd -P)
mkdir -p expected
grep -v '^#' cases.txt | grep -v '^$' | while read -r name args; do
    command=$(printf '%s' "$args" | sed "s#@DIR@#$dir#g")
    eval "\"$oracle\" $command" > "expected/$name.out" 2> "expected/$name.err" < /dev/null
    code=$?
    if [ -s "expected/$name.err" ]; then stderr=non-empty; else stderr=empty; fi
    echo "$code $stderr" > "expected/$name.exit"
    rm "expected/$name.err"
    sed -i -e "s#$dir#@DIR@#g" -e "s#${dir#/}#@DIR@#g" -e 's/time="[0-9]*"/time="0"/g' "expected/$name.out"
done
