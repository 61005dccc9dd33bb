#!/bin/sh
# hangup.sh: a vanished terminal ends putokaz within a second, without
# spinning; SIGTERM puts the terminal back (tests/hangup.c).
. "$(dirname "$0")/lib.sh"

"$top_builddir/tests/hangup" "$PUTOKAZ" || fail "hangup or SIGTERM handling"
