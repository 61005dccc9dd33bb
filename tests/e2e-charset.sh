#!/bin/sh
# e2e-charset.sh: the bytes on the wire. A terminal of the ASCII list
# (vt100 here) gets no byte above 127 even in a UTF-8 locale, on a Serbian
# Cyrillic screen; --charset=utf-8 gives it UTF-8 back (an SSH guest whose
# emulator says vt100); charset = "ascii" in the site file gives ASCII to any
# terminal, and --charset=auto undoes that. The recordings are made side by
# side, each in a tmux server of its own.
. "$(dirname "$0")/lib.sh"

command -v script >/dev/null 2>&1 || skip "script (util-linux) is not installed"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{ cat "$top_srcdir/data/putokaz.conf"; echo 'charset = "ascii"'; } >"$tmp/site.conf"

# wire NAME TERM OPTION...: the bytes putokaz writes to the terminal while
# it shows the root menu and the first item, recorded by script(1)
wire() {
	name=$1 term=$2
	shift 2
	start 80x24 script -q -f -c "env TERM=$term LANG=C.UTF-8 '$PUTOKAZ' --lang sr --today 2026-11-22 $*" "$tmp/$name"
	expect "1-9"
	keys 1
	sleep 0.5
	expect "1-9"
	keys q
	sleep 0.3
	keys y
	i=0
	while [ $i -lt 30 ] && [ "$(pane_dead)" != 1 ]; do sleep 0.1; i=$((i + 1)); done
	t kill-server 2>/dev/null
	sleep 0.2
	[ -s "$tmp/$name" ] || fail "$name: nothing recorded"
}

# high FILE: how many bytes of FILE are above 127
high() {
	LC_ALL=C tr -d '\000-\177' <"$1" | wc -c
}

meanwhile vt100 wire vt100 vt100
meanwhile vt220 wire vt220 vt220
meanwhile vt100-utf8 wire vt100-utf8 vt100 --charset=utf-8
meanwhile xterm wire xterm xterm-256color
meanwhile site-ascii wire site-ascii xterm-256color -c "$tmp/site.conf"
meanwhile site-auto wire site-auto xterm-256color -c "$tmp/site.conf" --charset=auto
joined
[ "$(high "$tmp/vt100")" -eq 0 ] ||
	fail "TERM=vt100 LANG=C.UTF-8: $(high "$tmp/vt100") bytes above 127 of $(wc -c <"$tmp/vt100")"
[ "$(high "$tmp/vt220")" -eq 0 ] || fail "TERM=vt220: bytes above 127"
[ "$(high "$tmp/vt100-utf8")" -gt 100 ] || fail "--charset=utf-8 on a vt100: no UTF-8"
[ "$(high "$tmp/xterm")" -gt 100 ] || fail "TERM=xterm-256color: no UTF-8"
[ "$(high "$tmp/site-ascii")" -eq 0 ] || fail "charset = \"ascii\": bytes above 127"
[ "$(high "$tmp/site-auto")" -gt 100 ] || fail "--charset=auto over charset = \"ascii\": no UTF-8"
"$PUTOKAZ" --charset=latin1 --version >/dev/null 2>&1 && fail "--charset=latin1 accepted"
echo "e2e-charset: passed"
