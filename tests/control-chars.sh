#!/bin/sh
# control-chars.sh: no control character from the content reaches the
# terminal or a file, in line mode, the exports (text and HTML) or the full
# screen: a page text holding a terminal title sequence (ESC ] 0 ; ... BEL),
# a C1 CSI and DEL is shown without them.
. "$(dirname "$0")/lib.sh"

tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
cp "$top_srcdir"/data/*.conf "$tmp/"
cp -r "$top_srcdir/screens" "$tmp/"
chmod -R u+w "$tmp"
bad=$(printf 'Hello\033]0;PWNED\007 there\302\2332J and\177 more')
sed -i "s|^    text = \"Putokaz is an offline guide|    text = \"$bad Putokaz is an offline guide|" "$tmp/screens/about.conf"
grep -q "PWNED" "$tmp/screens/about.conf" || fail "the test text was not put in"

# check FILE WHAT: FILE holds the text, and no control character but newline and tab
check() {
	grep -q "Hello.*PWNED" "$1" || fail "$2: the text is missing"
	if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$1"; then
		fail "$2: a control character got out"
	fi
	if LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$1"; then
		fail "$2: a C1 control got out"
	fi
}

"$PUTOKAZ" -c "$tmp/putokaz.conf" --lang en --export about >"$tmp/text" || fail "text export"
check "$tmp/text" "text export"
"$PUTOKAZ" -c "$tmp/putokaz.conf" --lang en --export about --format html >"$tmp/html" || fail "html export"
check "$tmp/html" "HTML export"
printf '8\n' | TERM=dumb "$PUTOKAZ" -c "$tmp/putokaz.conf" --lang en --today 2026-11-22 >"$tmp/plain" ||
	fail "line mode"
check "$tmp/plain" "line mode"

# the full screen: the title is not changed, the text is there
start 80x24 env TERM=xterm-256color "$PUTOKAZ" -c "$tmp/putokaz.conf" --lang en --today 2026-11-22
keys 8
expect "PWNED"
[ "$(t display-message -p -t e2e '#{pane_title}')" != "PWNED" ] || fail "the screen's title was changed"
echo "control-chars: all passed"
