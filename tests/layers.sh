#!/bin/sh
# layers.sh: the source files depend on each other the way doc/architecture.md
# says. A module is a pair src/NAME.c and src/NAME.h; NAME depends on OTHER
# when either file has `#include "OTHER.h"`. The layer list in
# doc/architecture.md (lines "layer N NAME: module module ...", shell patterns
# allowed) places every module. The check fails when a module is in no layer,
# when modules depend on each other in a loop, or when more than MAX_CLIMBS
# dependencies run from a lower layer up to a higher one.
# Usage: layers.sh [SRCDIR [ARCHITECTURE.md]] (defaults: this tree's).
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
src=${1:-$top_srcdir/src}
doc=${2:-$top_srcdir/doc/architecture.md}
MAX_CLIMBS=3

# TEMPORARY: the loop between the loader and the files that load one kind of
# section (they call the loader's helpers back). It goes away when those
# helpers move to a lower file; then remove these names. A loop among other
# modules, or one that reaches outside this list, still fails.
TEMPORARY_LOOP=""

[ -f "$doc" ] || { echo "layers: no $doc" >&2; exit 1; }
[ -d "$src" ] || { echo "layers: no $src" >&2; exit 1; }

# Run by make check (no arguments): first a self-test on broken copies of
# src/, each of which must fail, so that this check cannot pass by checking
# nothing: a new loop (ui.c including plain.h), four climbs from the lowest
# layer (and no loop), and a file in no layer.
if [ $# -eq 0 ]; then
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/layers.XXXXXX") || exit 1
	trap 'rm -rf "$tmp"' EXIT
	self=$0
	broken() {
		rm -rf "$tmp/src" && mkdir "$tmp/src" && cp "$src"/*.c "$src"/*.h "$tmp/src/" &&
			rm -f "$tmp/src/builtin_content.c"
	}
	broken && printf '#include "plain.h"\n' >>"$tmp/src/ui.c"
	if sh "$self" "$tmp/src" "$doc" >/dev/null 2>&1; then
		echo "layers: self-test: a loop between ui and plain was not found" >&2
		exit 1
	fi
	# four files of the lowest layer that --calc's front end does not reach
	broken && for m in linefix paths translit bidi_detect; do
		printf '#include "calc_cli.h"\n' >>"$tmp/src/$m.c"
	done
	if sh "$self" "$tmp/src" "$doc" >/dev/null 2>&1; then
		echo "layers: self-test: four climbs were not found" >&2
		exit 1
	fi
	broken && : >"$tmp/src/nowhere.c"
	if sh "$self" "$tmp/src" "$doc" >/dev/null 2>&1; then
		echo "layers: self-test: a file in no layer was not found" >&2
		exit 1
	fi
	broken && sh "$self" "$tmp/src" "$doc" >/dev/null 2>&1 ||
		{ echo "layers: self-test: an unbroken copy fails" >&2; exit 1; }
fi

# "N PATTERN" for every pattern of every layer
layers=$(awk '/^ *layer [0-9]+ [^:]*:/ {
	n = $2; sub(/^[^:]*: */, "")
	for (i = 1; i <= NF; i++) print n, $i
}' "$doc")
[ -n "$layers" ] || { echo "layers: no layer list in $doc" >&2; exit 1; }

# layer_of MODULE: its layer number, or nothing
layer_of() {
	echo "$layers" | while read -r n pat; do
		# shellcheck disable=SC2254
		case $1 in $pat) echo "$n"; break ;; esac
	done
}

# "MODULE LAYER" for every module, and "FROM TO" for every dependency
modules=
edges=
status=0
for f in "$src"/*.c "$src"/*.h; do
	[ -f "$f" ] || continue
	m=$(basename "$f")
	m=${m%.?}
	[ "$m" = config ] && continue
	case " $modules " in *" $m "*) ;; *) modules="$modules $m" ;; esac
	for dep in $(sed -n 's/^[ 	]*#[ 	]*include[ 	]*"\([^"]*\)\.h".*/\1/p' "$f"); do
		[ "$dep" = "$m" ] || [ "$dep" = config ] || edges="$edges
$m $dep"
	done
done
placed=
for m in $modules; do
	n=$(layer_of "$m")
	if [ -z "$n" ]; then
		echo "layers: src/$m.c or .h is in no layer: add it to the layer list in doc/architecture.md" >&2
		status=1
		continue
	fi
	placed="$placed
$m $n"
done

printf '%s\n' "$placed" "--" "$edges" | awk -v temporary="$TEMPORARY_LOOP" -v max="$MAX_CLIMBS" '
$0 == "--" { part = 2; next }
NF != 2 { next }
part != 2 { layer[$1] = $2; mod[++nm] = $1; next }
{ dep[$1, $2] = 1; from[++ne] = $1; to[ne] = $2 }
END {
	n = split(temporary, t, " ")
	for (i = 1; i <= n; i++) temp[t[i]] = 1
	# which module reaches which (transitive closure)
	for (i = 1; i <= nm; i++) for (j = 1; j <= nm; j++) reach[mod[i], mod[j]] = dep[mod[i], mod[j]]
	for (k = 1; k <= nm; k++) for (i = 1; i <= nm; i++) if (reach[mod[i], mod[k]])
		for (j = 1; j <= nm; j++) if (reach[mod[k], mod[j]]) reach[mod[i], mod[j]] = 1
	bad = 0; tolerated = 0
	for (i = 1; i <= nm; i++) {
		a = mod[i]
		if (!reach[a, a] || done[a]) continue
		loop = ""; only_temp = 1
		for (j = 1; j <= nm; j++) {
			b = mod[j]
			if (reach[a, b] && reach[b, a]) {
				loop = loop " " b; done[b] = 1
				if (!temp[b]) only_temp = 0
			}
		}
		if (only_temp) {
			printf "layers: TEMPORARY loop, tolerated until the loader helpers move down:%s\n", loop
			for (j = 1; j <= nm; j++) if (reach[a, mod[j]] && reach[mod[j], a]) inloop[mod[j]] = 1
			tolerated = 1
		} else {
			printf "layers: these modules depend on each other in a loop:%s\n", loop > "/dev/stderr"
			bad = 1
		}
	}
	if (!tolerated && n)
		print "layers: the temporary loader loop is gone: empty TEMPORARY_LOOP in tests/layers.sh"
	climbs = 0
	for (e = 1; e <= ne; e++) {
		a = from[e]; b = to[e]
		if (!(a in layer) || !(b in layer) || seen[a, b]++) continue
		if (layer[a] + 0 < layer[b] + 0 && !(inloop[a] && inloop[b])) {
			printf "layers: climb: %s (layer %d) uses %s (layer %d)\n", a, layer[a], b, layer[b]
			climbs++
		}
	}
	printf "layers: %d modules, %d climbs (at most %d allowed)\n", nm, climbs, max
	if (climbs > max) {
		printf "layers: more than %d dependencies climb from a lower layer to a higher one\n", max > "/dev/stderr"
		bad = 1
	}
	exit bad
}' || status=1
exit $status
