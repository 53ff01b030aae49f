#!/usr/bin/env bash
# A longer fuzz run than CI's, by hand:
#
#   tests/fuzz/fuzz.sh [-b BUILD_DIR] [-n CASES] [-s SEED] [-p PROTOCOL_CASES]
#
# Runs TestFuzzDocuments (mutated corpus PDFs and images through open, probe,
# text layer, render, cleanup and thumbnail, each in a child process) with
# CASES cases (default 5000) and TestProtocolFuzz (mutated and random frames
# for the worker protocol's reader and decoders) with PROTOCOL_CASES cases
# (default 100000), both from SEED (default: a new one each run, printed).
# Failing document cases are kept in $TMPDIR/quire-fuzz-findings with the
# command that replays them; once fixed, copy them to tests/data/fuzz-regressions/.
# Works on a sanitizer build too (-b build-asan): it reads the same options CTest sets.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build="$here/../../build"
cases=5000
protocol_cases=100000
seed=$(( $(date +%s) % 1000000 ))
while getopts "b:n:s:p:" opt; do
    case $opt in
        b) build=$OPTARG ;;
        n) cases=$OPTARG ;;
        s) seed=$OPTARG ;;
        p) protocol_cases=$OPTARG ;;
        *) sed -n '2,14p' "$0"; exit 1 ;;
    esac
done
bin="$build/bin"
[ -x "$bin/TestFuzzDocuments" ] || { echo "fuzz: no TestFuzzDocuments in $bin; build the tests first" >&2; exit 1; }

# The environment CTest gives these tests (sanitizer options included).
eval "$(cd "$build" && ctest -R '^TestFuzzDocuments$' --show-only=json-v1 \
    | python3 -c 'import json,sys,shlex
for p in json.load(sys.stdin)["tests"][0]["properties"]:
    if p["name"] == "ENVIRONMENT":
        for e in p["value"]: k, v = e.split("=", 1); print("export %s=%s" % (k, shlex.quote(v)))')"
export QTEST_FUNCTION_TIMEOUT=$((1000 * 3600 * 24)) QUIRE_FUZZ_SEED=$seed

echo "fuzz: seed $seed, $cases document cases, $protocol_cases protocol cases ($build)"
start=$(date +%s)
status=0
QUIRE_FUZZ_CASES=$protocol_cases "$bin/TestProtocolFuzz" mutatedStreams || status=1
QUIRE_FUZZ_CASES=$cases "$bin/TestFuzzDocuments" || status=1
echo "fuzz: done in $(( $(date +%s) - start )) s, seed $seed: $([ $status -eq 0 ] && echo 'no findings' || echo 'FINDINGS, see above')"
exit $status
