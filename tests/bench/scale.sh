#!/bin/sh
# tests/bench/scale.sh: loading and filtering at scale (a benchmark, not a
# test): 10,000 contacts and 1,000 pages from tests/gen-scale.py; load time
# from `putokaz --check` (5 runs) beside libconfuse's own share, and the time
# to the last byte drawn after each key typed into the directory's filter,
# with ../shared/bench/ptydrive.py.
# Usage: tests/bench/scale.sh [BUILDDIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../..}" && pwd)
bench=${BENCH_DIR:-$here/../../../shared/bench}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
conf=$(python3 "$here/../gen-scale.py" "$tmp" 10000 1000)

echo "load (putokaz --check, 10,000 contacts, 1,000 pages), 5 runs, seconds:"
for i in 1 2 3 4 5; do
	/usr/bin/time -f "%e %M" "$build/src/putokaz" --check -c "$conf" 2>&1 >/dev/null | tail -n 1
done | sort -n | awk '{ print "  " $1 " s, peak RSS " $2 " KiB" }'

# The share no data layout can remove: libconfuse parsing (and freeing) the
# contacts with putokaz's contact schema and nothing else (one parse per run,
# as at a real start).
if [ -x "$build/tests/bench/confuse_only" ]; then
	echo "libconfuse alone on the 10,000 contacts, 5 runs: parse ms, parse+free ms, peak RSS KiB:"
	for i in 1 2 3 4 5; do
		"$build/tests/bench/confuse_only" "$tmp/contacts.conf"
	done | sort -n | sed 's/^/  /'
fi

cat >"$tmp/filter.keys" <<'KEYS'
@open 1     EXPECT:"contacts"
@focus f
@key o
@key r
@key g
@key a
@key 1
@key BACKSPACE
@key 2
@key 3
@quit ESC ESC q y
KEYS
python3 "$bench/ptydrive.py" --no-cells --script "$tmp/filter.keys" -- \
	"$build/src/putokaz" -c "$conf" >"$tmp/run.json"
python3 - "$tmp/run.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print("startup to first screen: %.1f ms" % r["startup"]["complete_ms"])
keys = [s for s in r["steps"] if s.get("label") == "key"]
ms = sorted(s["last_ms"] for s in keys)
print("filter, ms from key to screen complete, per key: " +
      " ".join("%.1f" % s["last_ms"] for s in keys))
print("filter median %.1f ms, worst %.1f ms" % (ms[len(ms) // 2], ms[-1]))
PY
