#!/bin/sh
# potfiles.sh: every source file that marks strings for translation is listed
# in po/POTFILES.in, so that no string the program shows escapes the template.
. "$(dirname "$0")/lib.sh"

missing=0
for f in "$top_srcdir"/src/*.c; do
	rel=src/$(basename "$f")
	if grep -q -E '(^|[^a-z_])(_|N_|ngettext)\(' "$f" &&
	   ! grep -q -x "$rel" "$top_srcdir/po/POTFILES.in"; then
		echo "$rel has translatable strings but is not in po/POTFILES.in" >&2
		missing=1
	fi
done
[ $missing = 0 ] || fail "po/POTFILES.in is incomplete"
echo "potfiles: passed"
