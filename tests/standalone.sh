#!/bin/sh
# standalone.sh: the repository stands alone: no file refers to material
# only the authors had (a shared folder beside it, a "facts sheet", an "open
# question", "the issue", "the session"); the design is in doc/ and the
# sources are named in the content (doc/sources.md).
. "$(dirname "$0")/lib.sh"

# TEMPORARY: folders being cleaned elsewhere; empty this list once they are.
TEMPORARY_SKIP=""

root=${1:-$top_srcdir}

# Run by make check (no arguments): first a self-test on a made-up tree with
# one such reference, which must fail, so that the check cannot pass by
# looking at nothing.
if [ $# -eq 0 ]; then
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/standalone.XXXXXX") || exit 1
	trap 'rm -rf "$tmp"' EXIT
	mkdir "$tmp/src"
	echo "/* see the facts sheet, section 4 */" >"$tmp/src/x.c"
	if sh "$0" "$tmp" >/dev/null 2>&1; then
		echo "standalone: self-test: a reference to the facts sheet was not found" >&2
		exit 1
	fi
fi

found=$(cd "$root" && for f in README.md doc/* src/*.c src/*.h tests/*.c tests/*.sh \
	tests/fuzz/* tests/fixtures/* tests/bench/* data/* screens/* .ci/* configure.ac Makefile.am; do
	[ -f "$f" ] || continue
	skip=
	for s in $TEMPORARY_SKIP; do
		case $f in "$s" | "$s"/*) skip=1 ;; esac
	done
	[ -z "$skip" ] || continue
	case $f in tests/standalone.sh | src/builtin_content.c) continue ;; esac
	grep -n -i -E '\.\./shared|facts sheet|open question|the issue|the session' "$f" /dev/null
done)
[ -z "$found" ] || fail "references to material outside the repository:
$found"
echo "standalone: passed"
