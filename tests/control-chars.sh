#!/bin/sh
# control-chars.sh: no control character from the content reaches the
# terminal or a file, in line mode, the exports (text and HTML) or the full
# screen. The configuration refuses them (tests/edit-mistakes.sh), so they
# come here through a catalogue: the French title of the about page holding
# a terminal title sequence (ESC ] 0 ; ... BEL), a C1 CSI and DEL is shown
# without them.
. "$(dirname "$0")/lib.sh"

command -v msgfmt >/dev/null 2>&1 || skip "msgfmt is not installed"
tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
mkdir -p "$tmp/locale/fr/LC_MESSAGES"
bad=$(printf 'Hello\033]0;PWNED\007 there\302\2332J and\177 more')
awk -v bad="$bad" '
	prev == "msgid \"About this guide\"" && /^msgstr / { print "msgstr \"" bad " guide\""; prev = ""; next }
	{ print; prev = $0 }' "$top_srcdir/po/fr.po" >"$tmp/fr.po"
grep -q "PWNED" "$tmp/fr.po" || fail "the test text was not put in"
msgfmt -o "$tmp/locale/fr/LC_MESSAGES/putokaz.mo" "$tmp/fr.po" || fail "msgfmt"
run() {
	"$PUTOKAZ" --localedir "$tmp/locale" --lang fr "$@"
}

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

run --export about >"$tmp/text" || fail "text export"
check "$tmp/text" "text export"
run --export about --format html >"$tmp/html" || fail "html export"
check "$tmp/html" "HTML export"
printf '8\n' | TERM=dumb run --today 2026-11-22 >"$tmp/plain" ||
	fail "line mode"
check "$tmp/plain" "line mode"

# the full screen: the title is not changed, the text is there
start 80x24 env TERM=xterm-256color "$PUTOKAZ" --localedir "$tmp/locale" --lang fr --today 2026-11-22
keys 8
expect "PWNED"
[ "$(t display-message -p -t e2e '#{pane_title}')" != "PWNED" ] || fail "the screen's title was changed"
echo "control-chars: all passed"
