#!/usr/bin/env bash
# Checks the bash completion of quire-cli: it offers the commands, each
# command's options exactly as `quire-cli COMMAND --help' prints them, the
# values of --text-layer and --opencl, installed OCR languages after --lang,
# and folders or files where options take paths.
# Usage: check-completion.sh COMPLETION_FILE QUIRE_CLI
set -uo pipefail
completion=$1 cli=$2
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# shellcheck source=/dev/null
source "$completion" || { echo "FAIL: cannot source $completion" >&2; exit 1; }
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Completes the command line "$@" (the last word is the one being typed).
complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _quire_cli
    printf '%s\n' "${COMPREPLY[@]}" | sort
}

expect() { # expect "WANTED (sorted, space-separated)" WORDS...
    local wanted=$1
    shift
    local got
    got=$(complete_words "$@" | tr '\n' ' ' | sed 's/ $//')
    [ "$got" == "$wanted" ] || fail "'$*<TAB>' gave '$got', wanted '$wanted'"
}

expect "run" quire-cli ru
expect "submit" quire-cli su
expect "--db --dpi" quire-cli run --d
expect "--db --dpi" quire-cli bench --workers 1,2 --d
expect "--db --dpi --dry-run" quire-cli submit --d
expect "auto ocr text" quire-cli run --text-layer ""
expect "off on" quire-cli bench --opencl o
expect "--csv --csv-raw" quire-cli export --cs
expect "--cpus-per-task" quire-cli submit --cp

# Paths: folders after --text, files after --db, files and folders as inputs.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/scans" "$scratch/texts"
touch "$scratch/run.sqlite" "$scratch/scan.pdf"
expect "$scratch/scans $scratch/texts" quire-cli export --text "$scratch/"
expect "$scratch/run.sqlite" quire-cli status --db "$scratch/r"
expect "$scratch/run.sqlite" quire-cli merge --db = "$scratch/r" # --db=..., split at '=' by bash
expect "$scratch/scan.pdf $scratch/scans" quire-cli run --dpi 150 "$scratch/s"

# Languages: the installed ones, after a '+' too.
mkdir "$scratch/tessdata"
touch "$scratch/tessdata/eng.traineddata" "$scratch/tessdata/spa.traineddata" "$scratch/tessdata/osd.traineddata"
TESSDATA_PREFIX="$scratch/tessdata" expect "eng+spa" quire-cli run --lang eng+s
TESSDATA_PREFIX="$scratch/tessdata" expect "eng" quire-cli run --lang e

# Every option of every command, as the program itself lists them.
for command in $("$cli" --help | sed -nE 's/^  ([a-z]+) .*/\1/p'); do
    wanted=$("$cli" "$command" --help 2>/dev/null | sed -nE 's/^  (-[a-zA-Z], )?(--[a-z0-9-]+).*/\2/p' | sort -u)
    offered=$(complete_words quire-cli "$command" -- | sort -u)
    missing=$(comm -23 <(echo "$wanted") <(echo "$offered"))
    extra=$(comm -13 <(echo "$wanted") <(echo "$offered"))
    [ -z "$missing" ] || fail "quire-cli $command: completion lacks $(echo $missing)"
    [ -z "$extra" ] || fail "quire-cli $command: completion offers $(echo $extra), which --help does not list"
done

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) in the completion" >&2
    exit 1
fi
echo "bash completion: commands, options of every command, values, paths and languages complete"
