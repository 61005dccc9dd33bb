#!/bin/sh
# tests/bench/run.sh: measure putokaz on the reference journey beside the
# dialog, whiptail and lynx baselines, with ../shared/bench/run-baselines.sh.
# Needs: apt-get install dialog whiptail lynx python3-pyte valgrind
# Usage: tests/bench/run.sh [BUILDDIR]   (writes bench-results.md and .json there)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../..}" && pwd)
bench=${BENCH_DIR:-$here/../../../shared/bench}
[ -x "$bench/run-baselines.sh" ] || { echo "no $bench/run-baselines.sh" >&2; exit 1; }
OUT="$build/bench-results.json" MD="$build/bench-results.md" \
	"$bench/run-baselines.sh" \
	"putokaz|$build/src/putokaz -c $here/putokaz.conf|$here/putokaz.keys"
cat "$build/bench-results.md"
