#!/bin/sh
# soak.sh: a kiosk left running (make soak; not part of make check). The
# clock runs fast (libfaketime: at least 30 days of clock time in the run),
# random keys and window sizes come from a seeded generator, and every few
# seconds the content is reloaded, good and broken in turn, in every offered
# language in turn. It fails when the screen stops answering keys, when the
# kiosk ends, on any sanitizer report (a build with AddressSanitizer and
# UndefinedBehaviorSanitizer), and, for a build without them, when the
# resident memory grows by more than 1 MiB over the second half of the run or
# the number of open file descriptors grows.
# SOAK_SECONDS (default 1800) and SOAK_SEED (default 1) set length and keys.
. "$(dirname "$0")/lib.sh"

seconds=${SOAK_SECONDS:-1800}
seed=${SOAK_SEED:-1}
command -v faketime >/dev/null 2>&1 || skip "faketime is not installed"
lib=$(find /usr/lib -name libfaketime.so.1 2>/dev/null | head -n 1)
[ -f "$lib" ] || skip "libfaketime.so.1 not found"
tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
copy_content "$tmp"
echo 'kiosk-timeout = 30' >>"$tmp/putokaz.conf"
page="$tmp/screens/reach-centre.conf"
cp "$page" "$tmp/good"
sed 's/^    title = /    titel = /' "$page" >"$tmp/bad"
langs=$(sed -n 's/^languages = {\(.*\)}/\1/p' "$tmp/languages.conf" | tr -d '",')
nlangs=$(echo $langs | wc -w)

# a sanitizer build? (then its reports go to files)
sanitized=0
if nm "$PUTOKAZ" 2>/dev/null | grep -q __asan_init; then
	sanitized=1
fi
speed=$(( (30 * 86400 + seconds - 1) / seconds ))
echo "soak: $seconds s, seed $seed, clock x$speed, sanitizers: $sanitized, languages: $langs"

start 80x24 sh -c '"$@"; echo $? >"$0"' "$tmp/status" env TERM=xterm-256color \
	LD_PRELOAD="$lib" FAKETIME="+0 x$speed" FAKETIME_DONT_FAKE_MONOTONIC=1 \
	ASAN_OPTIONS="log_path=$tmp/asan:detect_leaks=0:verify_asan_link_order=0" \
	UBSAN_OPTIONS="log_path=$tmp/ubsan:print_stacktrace=1" \
	"$PUTOKAZ" --kiosk -c "$tmp/putokaz.conf"
sleep 1
pid=$(pgrep -n -f -- "--kiosk -c $tmp/putokaz.conf")
[ -n "$pid" ] || fail "the kiosk did not start"

# next N: a pseudo-random number from 0 to N-1 (a linear congruential generator)
next() {
	seed=$(( (seed * 1103515245 + 12345) % 2147483648 ))
	r=$(( (seed / 65536) % $1 ))
}

# answering: back to the first screen, a normal size, and the language list shows
# (a text field takes 0 as a digit: Esc leaves it first)
answering() {
	resize 80x24
	i=0
	until screen | grep -q "English"; do
		[ $((i % 10)) != 0 ] || keys Escape Escape 0
		i=$((i + 1))
		[ $i -lt 100 ] || fail "the screen stopped answering keys (after $1 s)"
		sleep 0.1
	done
}

keyset="1 2 3 4 5 6 7 8 9 0 j k Up Down PageDown PageUp Enter Escape BSpace Tab / ? q l t + - a m f Left Right"
nkeys=$(echo $keyset | wc -w)
t0=$(date +%s)
now=$t0
round=0
samples="$tmp/samples"
: >"$samples"
while [ $((now - t0)) -lt "$seconds" ]; do
	round=$((round + 1))
	# a language, in turn
	answering $((now - t0))
	keys $(( (round - 1) % nlangs + 1 ))
	# random keys and now and then a size
	k=0
	while [ $k -lt 40 ]; do
		next "$nkeys"
		keys "$(echo $keyset | cut -d' ' -f$((r + 1)))"
		next 20
		if [ "$r" = 0 ]; then
			next 180
			w=$((20 + r))
			next 60
			resize "${w}x$((6 + r))"
		fi
		k=$((k + 1))
	done
	# a reload: broken and good content in turn
	if [ $((round % 2)) = 0 ]; then cp "$tmp/bad" "$page"; else cp "$tmp/good" "$page"; fi
	kill -USR1 "$pid" 2>/dev/null || fail "the kiosk ended (round $round)"
	sleep 2
	[ "$(pane_dead)" = 0 ] || fail "the kiosk ended (round $round)"
	rss=$(sed -n 's/^VmRSS:[^0-9]*\([0-9]*\).*/\1/p' "/proc/$pid/status")
	fds=$(ls "/proc/$pid/fd" | wc -l)
	echo "$(( $(date +%s) - t0 )) $rss $fds" >>"$samples"
	now=$(date +%s)
done
answering "$seconds"
kill -TERM "$pid"
expect_exit
status=$(cat "$tmp/status")
cat "$tmp"/asan* "$tmp"/ubsan* 2>/dev/null | head -50 >&2
[ -z "$(cat "$tmp"/asan* "$tmp"/ubsan* 2>/dev/null)" ] || fail "a sanitizer report"
[ "$status" = 0 ] || fail "SIGTERM: status $status"
n=$(wc -l <"$samples")
half=$(sed -n "$(( (n + 1) / 2 ))p" "$samples")
last=$(tail -n 1 "$samples")
first=$(head -n 1 "$samples")
echo "soak: $round rounds; resident KiB and fds: start $(echo $first | cut -d' ' -f2,3), half $(echo $half | cut -d' ' -f2,3), end $(echo $last | cut -d' ' -f2,3)"
if [ "$sanitized" = 0 ]; then
	growth=$(( $(echo $last | cut -d' ' -f2) - $(echo $half | cut -d' ' -f2) ))
	[ "$growth" -le 1024 ] || fail "resident memory grew by $growth KiB over the second half"
	[ "$(echo $last | cut -d' ' -f3)" -le "$(echo $half | cut -d' ' -f3)" ] ||
		fail "open file descriptors grew"
fi
echo "soak: passed"
