#!/bin/sh
# oom.sh: running out of memory outside kiosk mode gives the terminal back
# before stopping: normal screen, no mouse reporting, cursor shown, echo on.
# The address space of the running program is limited to what it uses
# (prlimit), then screens are opened until an allocation fails.
. "$(dirname "$0")/lib.sh"

command -v prlimit >/dev/null 2>&1 || skip "prlimit is not installed"
[ -z "${ASAN_OPTIONS:-}" ] || skip "AddressSanitizer reserves the address space"
nm "$PUTOKAZ" 2>/dev/null | grep -q __asan_init && skip "an AddressSanitizer build"
# glibc gives freed memory at the top of the heap back at once, so that a
# new page or screen needs address space the limit no longer allows
start 80x24 sh -c 'MALLOC_TRIM_THRESHOLD_=0 MALLOC_TOP_PAD_=0 "$0" --lang en --today 2026-11-22
	echo "status=$?"; stty -a; sleep 30' "$PUTOKAZ"
expect "Asylum step by step"
sh=$(t display-message -p -t e2e '#{pane_pid}')
pid=$(awk '{ print $1 }' "/proc/$sh/task/$sh/children")
[ -n "$pid" ] || fail "no putokaz process"
vm=$(awk '/^VmSize/ { print $2 }' "/proc/$pid/status")
prlimit --pid "$pid" --as=$((vm * 1024)) || skip "prlimit cannot limit the process"
for k in 1 Escape 2 Escape 7 Escape 3 Escape 4 Escape 5 Escape 8 Escape 6 Escape \
	1 1 Escape Escape 2 1 Escape Escape 7 Enter Escape Escape / a s y l u m Enter Escape Escape; do
	keys "$k"
	sleep 0.1
	screen | grep -q "status=" && break
done
expect "status=134"
expect "putokaz: out of memory"
[ "$(t display-message -p -t e2e '#{alternate_on}')" = 0 ] || fail "still in the alternate screen"
[ "$(t display-message -p -t e2e '#{mouse_any_flag}')" = 0 ] || fail "mouse reporting still on"
[ "$(t display-message -p -t e2e '#{cursor_flag}')" = 1 ] || fail "the cursor is hidden"
screen | grep -q " -echo " && fail "echo is off"
echo "oom: all passed"
