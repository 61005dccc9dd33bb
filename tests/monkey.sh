#!/bin/sh
# monkey.sh: 1,000 random window sizes and MONKEY_KEYS (default 5,000, so
# that `make check` stays short; `make monkey` sends 100,000) random keys
# against the real binary in a pty; see tests/monkey.c.
. "$(dirname "$0")/lib.sh"

"$top_builddir/tests/monkey" "$PUTOKAZ" "${MONKEY_KEYS:-5000}" "${MONKEY_SEED:-1}" ||
	fail "the monkey test failed"
