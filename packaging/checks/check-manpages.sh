#!/usr/bin/env bash
# Checks the manual pages: both render without a warning (groff -ww, man -l),
# every command quire-cli lists has a section in quire-cli.1, and every option
# `quire-cli COMMAND --help` (and `quire --help`) prints is described where it
# belongs. A new command or option fails here until the man page has it.
# Usage: check-manpages.sh QUIRE_CLI QUIRE MAN_DIR
set -euo pipefail
cli=$1 gui=$2 mandir=$3
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

for page in "$mandir/quire.1" "$mandir/quire-cli.1"; do
    warnings=$(groff -ww -z -man "$page" 2>&1) || fail "groff failed on $page"
    [ -z "$warnings" ] || fail "groff warns on $page: $warnings"
    warnings=$(MANWIDTH=80 man -l "$page" 2>&1 >/dev/null) || fail "man -l failed on $page"
    [ -z "$warnings" ] || fail "man -l warns on $page: $warnings"
done

# The options a --help prints: "  -h, --help   ...", "  --db <FILE>  ...".
options_of() { "$@" --help 2>/dev/null | sed -nE 's/^  (-[a-zA-Z], )?(--[a-z0-9-]+).*/\2/p' | sort -u; }

# The text of section ".SS NAME" of a page, with roff's \- as plain hyphens.
section_of() {
    awk -v name="$2" '
        /^\.S[SH] / { title = $0; sub(/^\.S[SH] +/, "", title); gsub(/"/, "", title); inside = (title == name); next }
        inside { print }' "$1" | sed 's/\\-/-/g'
}

mentions() { grep -qE -- "(^|[^a-z0-9-])$2([^a-z0-9-]|$)" <<<"$1"; }

commands=$("$cli" --help | sed -nE 's/^  ([a-z]+) .*/\1/p')
[ -n "$commands" ] || fail "quire-cli --help lists no commands"
common=$(section_of "$mandir/quire-cli.1" "every command")
run=$(section_of "$mandir/quire-cli.1" run)
for command in $commands; do
    text=$(section_of "$mandir/quire-cli.1" "$command")
    if [ -z "$text" ]; then
        fail "quire-cli.1 has no section '.SS $command' for the command quire-cli lists"
        continue
    fi
    for option in $(options_of "$cli" "$command"); do
        mentions "$text" "$option" && continue
        mentions "$common" "$option" && continue
        # bench, submit and watch take run's options and say so.
        if [[ $command == bench || $command == submit || $command == watch ]] && mentions "$run" "$option"; then
            continue
        fi
        fail "quire-cli $command $option is not in quire-cli.1"
    done
done

window=$(section_of "$mandir/quire.1" OPTIONS)
for option in $(options_of "$gui"); do
    mentions "$window" "$option" || fail "quire $option is not in quire.1"
done

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) in the manual pages" >&2
    exit 1
fi
echo "manual pages: both render cleanly; $(wc -w <<<"$commands") commands and their options described"
