#!/usr/bin/env bash
# scripts/conformance.sh: score goesc on Go 1.19's escape analysis tests
# (test/escape*.go), with the matching rules of Go's test/run.go.
#
#   scripts/conformance.sh                  every escape*.go test, plugin mode
#   scripts/conformance.sh -v               also the missed regexps and the
#                                           unexpected messages of each file
#   scripts/conformance.sh -gc              score gc itself (must be 100%)
#   scripts/conformance.sh -gccgo           score gccgo's frontend analysis
#   scripts/conformance.sh [opts] FILE.go   only those test files
#
# The runner is scripts/conformance/main.go (go run; see its header for the
# rules and `-h` for the options).  Run `make` first, or `make conformance`.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)

GO=${GO:-/usr/lib/go-1.19/bin/go}
[ -x "$GO" ] || GO=$(command -v go) || { echo "conformance: no go command (install golang-1.19-go)" >&2; exit 2; }

# Keep the go build cache in build/ when the default one is not writable.
if [ -z "${GOCACHE:-}" ]; then
	cache=$("$GO" env GOCACHE 2>/dev/null)
	if [ -z "$cache" ] || ! mkdir -p "$cache" 2>/dev/null || [ ! -w "$cache" ]; then
		export GOCACHE="$top/build/gocache"
	fi
fi

# Relative file arguments are resolved before changing directory.
args=()
for a in "$@"; do
	case "$a" in
	*.go) [ -e "$a" ] && a=$(cd "$(dirname "$a")" && pwd)/$(basename "$a") ;;
	esac
	args+=("$a")
done

# go run reports a non-zero exit as "exit status N" on stderr; drop that line.
cd "$top" || exit 2
env GOFLAGS= "$GO" run scripts/conformance/main.go "${args[@]}" \
	2> >(grep -v '^exit status [0-9]*$' >&2)
status=$?
wait
exit $status
