#!/bin/sh
# e2e-input.sh: input that is not keys is not taken for keys. Of a 1 MB
# paste, the first 4 KB are handled in order and the rest, which comes
# without a pause, is dropped up to the next pause: the next key answers at
# once. The answer to putokaz's own terminal query, arriving after the probe
# gave up (a link slower than a second), is dropped by its shape; stray
# escapes, invalid UTF-8 and huge mouse coordinates do nothing. The two
# drives run while the paste is tested.
. "$(dirname "$0")/lib.sh"
bench="$top_srcdir/tests/bench"
tmp=$(mktemp -d)
trap 't kill-server 2>/dev/null; rm -rf "$tmp"' EXIT

# The probe's answer, late: the driver plays a terminal that answers the
# query 1.5 s after start, over SSH (the probe waits 1 s there).
PY=${PYTHON:-python3}
pyte=
"$PY" -c 'import sys; sys.path.append("/usr/lib/python3/dist-packages"); import pyte' 2>/dev/null &&
	pyte=1
# late: the whole answer after the probe gave up; split: its first half in
# time, the rest after the deadline (the probe then waits for the rest).
cat >"$tmp/late.keys" <<'KEYS'
@late WAIT:1500 HEX:1b5b383b3024791b5b3f36343b313b323b363b393b31353b31383b32313b323263
@stray HEX:fffec328 HEX:1b5b3c303b39393939393b39393939394d HEX:1b5b3c303b39393939393b39393939396d HEX:1b5b HEX:1b4f
@wait WAIT:300
@open 2 EXPECT:"Your rights"
@quit q
@quit y
KEYS
cat >"$tmp/split.keys" <<'KEYS'
@half WAIT:500 HEX:1b5b383b3024791b5b3f36343b31 WITHIN:100
@tail WAIT:300 HEX:3b323b363b393b31353b31383b32313b323263
@wait WAIT:1500
@open 2 EXPECT:"Your rights"
@quit q
@quit y
KEYS
# drive RUN: the keys of RUN.keys, and what they drew
drive() {
	run=$1
	"$PY" "$bench/ptydrive.py" --term xterm-256color --env SSH_CONNECTION="10.0.0.1 22 10.0.0.2 22" \
		-- "$PUTOKAZ" --bidi auto -c "$bench/putokaz.conf" <"$tmp/$run.keys" >"$tmp/$run.json" ||
		fail "$run: the driver: $(cat "$tmp/$run.json")"
	"$PY" - "$tmp/$run.json" <<'CHECK' || fail "$run: an answer or stray input was taken for keys"
import json, sys
r = json.load(open(sys.argv[1]))
for s in r["steps"]:
    if s["label"] in ("open", "quit", "half"):
        continue	# half: the probe still waits, nothing drawn yet
    print("%s: %d bytes drawn" % (s["label"], s["bytes"]))
    if "Choose a topic:" not in "\n".join(s["screen"]) or "? help" not in s["screen"][-1]:
        print("not the menu after %s:" % s["label"], *s["screen"], sep="\n")
        sys.exit(1)
    if s["label"] in ("late", "stray", "wait") and s["bytes"] > 0:
        sys.exit(1)
sys.exit(0 if r["expect_ok"] and r["exit"] == 0 else 1)
CHECK
}
if [ -n "$pyte" ]; then
	meanwhile late drive late
	meanwhile split drive split
fi

# The paste: 4,093 x (no key), then j j j (down to the fourth item: the
# last 3 of the first 4,096 bytes), then k (up) to 1 MB. Handled whole,
# it would end on the first item; cut anywhere else, it would not end on
# the fourth.
awk 'BEGIN {
	s = "xxxxxxxxxxxxxxxx"; x = ""
	for (i = 0; i < 255; i++) x = x s
	printf "%sxxxxxxxxxxxxxjjj", x
	s = "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"; k = ""
	for (i = 0; i < 64; i++) k = k s
	for (i = 0; i < 255; i++) printf "%s", k
}' >"$tmp/paste"
[ "$(wc -c <"$tmp/paste")" -eq $((4096 + 255 * 4096)) ] || fail "paste: $(wc -c <"$tmp/paste") bytes"
start 80x24 env TERM=vt100 "$PUTOKAZ" --kiosk -c "$bench/putokaz.conf"
expect "Choose a topic"
t load-buffer "$tmp/paste"
before=$(date +%s)
t paste-buffer -t e2e
# a key after a pause: not part of the paste
sleep 1
keys Enter
expect "Permanent residence"
after=$(date +%s)
[ $((after - before)) -le 6 ] || fail "the paste kept it busy for $((after - before)) s"
echo "e2e-input: of a 1 MB paste the first 4 KB were handled, the rest dropped"
t kill-server
PANE_STARTED=

[ -n "$pyte" ] || skip "python3-pyte is not installed (the late answer needs the screen model)"
joined
echo "e2e-input: a late answer, a split one and stray input were not taken for keys"
echo "e2e-input: all passed"
