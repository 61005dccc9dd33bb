#!/bin/sh
# man-coverage.sh: every command-line option and every configuration key is
# in the manual pages (the lists come from the program itself).
. "$(dirname "$0")/lib.sh"

man1="$top_srcdir/data/putokaz.1"
man5="$top_srcdir/data/putokaz.conf.5"
missing=0
# options: every --long option that --help lists
for opt in $("$PUTOKAZ" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
	plain=$(echo "$opt" | sed 's/-/\\\\-/g')
	if ! grep -q -- "$plain" "$man1"; then
		echo "putokaz.1 does not document $opt" >&2
		missing=1
	fi
done
# keys: the last part of every schema path, written in bold (.B, .BR, .BI)
for key in $("$PUTOKAZ" --schema | sed 's/.*|//' | sort -u); do
	if ! grep -q -E "^\.(B|BR|BI|IB|SS) (.* )?\"?$key\"?( |,|\$)" "$man5"; then
		echo "putokaz.conf.5 does not document the key '$key'" >&2
		missing=1
	fi
done
[ $missing = 0 ] || fail "the manual pages are incomplete"
echo "man-coverage: passed"
