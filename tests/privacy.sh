#!/bin/sh
# privacy.sh: a shared machine keeps nothing a person typed. A scripted
# session (calculator input and its QR code, search, directory filter) runs
# under strace; it fails if any file is opened for writing (other than the
# terminal), created, renamed or removed, and also if the trace does not
# show the configuration being read, so that a blocked ptrace cannot make it
# pass unchecked.
. "$(dirname "$0")/lib.sh"

command -v strace >/dev/null 2>&1 || skip "strace is not installed"
tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT

start 80x24 env TERM=xterm-256color strace -f -o "$tmp/trace" \
	-e trace=openat,open,creat,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat \
	"$PUTOKAZ" --lang en --today 2026-11-22
expect "Asylum step by step"
# the calculator, with a date typed
keys 6 3
expect "____-__-__"
keys 2 0 2 6 0 1 3 1 Enter 1
expect "Appeal to the Asylum Commission (15 days)"
# its code, which holds the date
keys p
expect "Esc back"
keys Escape m
# a search
keys /
keys -l "secret search words"
keys Enter
expect "Search for: secret search words"
keys Escape m
# the directory's filter
keys 7 f
keys -l "private filter"
expect "Filter: private filter"
keys Enter Escape Escape m
keys q y
expect_exit
sleep 0.3

grep -q 'putokaz.conf", O_RDONLY' "$tmp/trace" ||
	fail "the trace does not show the configuration being read (is ptrace blocked?)"
# opening for writing or creating, other than the terminal itself
if grep -E 'O_WRONLY|O_RDWR|O_CREAT|creat\(' "$tmp/trace" | grep -v -E '"/dev/(pts/[0-9]+|tty)"' >"$tmp/writes"; then
	cat "$tmp/writes" >&2
	fail "a file was opened for writing"
fi
if grep -E '^[0-9]+ +(rename|renameat|renameat2|unlink|unlinkat|mkdir|mkdirat)\(' "$tmp/trace" >"$tmp/changes"; then
	cat "$tmp/changes" >&2
	fail "a file was renamed, removed or created"
fi
grep -q -i "secret\|private" "$tmp/trace" && fail "typed text appears in a file name"
echo "privacy: $(wc -l <"$tmp/trace") traced calls, no file written"
