#!/bin/sh
# version.sh: one version everywhere. `putokaz --version`, the Debian
# package (debian/changelog, when the tree has it: a release tarball has
# not) and both manual pages name the version that configure.ac sets.
. "$(dirname "$0")/lib.sh"

v=$("$PUTOKAZ" --version | sed -n '1s/^putokaz //p')
[ -n "$v" ] || fail "putokaz --version names no version"
if [ -f "$top_srcdir/debian/changelog" ]; then
	deb=$(sed -n '1s/^putokaz (\([^)]*\)).*/\1/p' "$top_srcdir/debian/changelog")
	[ "$deb" = "$v" ] ||
		fail "debian/changelog is at $deb, putokaz --version says $v (configure.ac AC_INIT)"
fi
for man in putokaz.1 putokaz.conf.5; do
	grep -q "^\.TH .* \"putokaz $v\"" "$top_srcdir/data/$man" ||
		fail "data/$man does not name putokaz $v in its .TH line"
done
echo "version: passed ($v)"
