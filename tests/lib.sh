# lib.sh: shared by the shell tests: paths, failing, and driving the real
# binary in a pseudo-terminal through a private tmux server.
# shellcheck shell=sh

: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
PUTOKAZ="$top_builddir/src/putokaz"
FIXTURES="$top_srcdir/tests/fixtures"
TMUX_SOCKET="putokaz-test-$$"
export LANG=C.UTF-8
unset LC_ALL LANGUAGE

fail() {
	echo "FAIL: $*" >&2
	if [ -n "${PANE_STARTED:-}" ]; then
		echo "--- screen:" >&2
		screen >&2
	fi
	stop_meanwhile
	exit 1
}

skip() {
	echo "SKIP: $*" >&2
	exit 77
}

t() {
	"${TMUX_PROG:-tmux}" -L "$TMUX_SOCKET" -f /dev/null "$@"
	t_status=$?
	# tmux 3.3 leaves its socket file behind after kill-server
	[ "$1" != kill-server ] || rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$TMUX_SOCKET"
	return $t_status
}

# copy_content DIR: the shipped site file, content and screens, writable, in
# DIR (made if missing): a test that edits the content edits its own copy.
copy_content() {
	mkdir -p "$1" && cp "$top_srcdir"/data/*.conf "$1/" && cp -r "$top_srcdir/screens" "$1/" &&
		chmod -R u+w "$1" || fail "cannot copy the content to $1"
}

# The private tmux server goes at exit. A script that sets its own EXIT trap
# (after sourcing this file) replaces this one and kills the server itself;
# start() sets none, so that it cannot undo such a trap and leave the
# script's temporary files behind.
trap 't kill-server 2>/dev/null' EXIT

# start COLSxROWS COMMAND...: run the command in a new pane of that size
start() {
	size=$1
	shift
	command -v "${TMUX_PROG:-tmux}" >/dev/null 2>&1 || skip "tmux is not installed"
	# a server that was just killed may still be going away: try again
	tries=0
	until t new-session -d -s e2e -x "${size%x*}" -y "${size#*x}" "$@" 2>/dev/null; do
		tries=$((tries + 1))
		[ $tries -lt 5 ] || fail "tmux could not start $*"
		sleep 0.3
	done
	t set-option -t e2e remain-on-exit on >/dev/null
	PANE_STARTED=1
}

screen() {
	t capture-pane -p -t e2e
}

keys() {
	t send-keys -t e2e "$@"
}

# expect TEXT: wait up to 5 s until TEXT is on the screen
expect() {
	expect_within 5 "$1"
}

# expect_within SECONDS TEXT [GONE]: wait up to SECONDS until TEXT is on
# the screen, and GONE (when given) is not
expect_within() {
	i=0
	while [ $i -lt $(($1 * 10)) ]; do
		shown_now=$(screen)
		if printf '%s\n' "$shown_now" | grep -F -q -- "$2" &&
			{ [ -z "${3:-}" ] || ! printf '%s\n' "$shown_now" | grep -F -q -- "$3"; }; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	fail "expected on the screen within $1 s: $2${3:+, without: $3}"
}

# expect_not TEXT: TEXT is not on the screen (after the screen settled)
expect_not() {
	sleep 0.3
	if screen | grep -F -q -- "$1"; then
		fail "not expected on the screen: $1"
	fi
}

# resize COLSxROWS
resize() {
	t resize-window -t e2e -x "${1%x*}" -y "${1#*x}"
}

# pane_dead: 1 when the program has exited
pane_dead() {
	t display-message -p -t e2e '#{pane_dead}'
}

expect_exit() {
	i=0
	while [ $i -lt 50 ]; do
		[ "$(pane_dead)" = 1 ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "the program did not exit"
}

# Sub-cases that mostly wait run side by side. meanwhile NAME COMMAND...:
# run COMMAND in the background, with a tmux server of its own; joined:
# wait for them all, and fail if one failed.
MEANWHILE=
meanwhile() {
	case_name=$1
	shift
	(
		TMUX_SOCKET="$TMUX_SOCKET-$case_name"
		PANE_STARTED=
		MEANWHILE=
		trap 't kill-server 2>/dev/null' EXIT
		"$@"
		exit 0	# fail exits 1; a last "grep ... && fail" that found nothing is no failure
	) &
	MEANWHILE="$MEANWHILE $!:$case_name"
}

joined() {
	while [ -n "$MEANWHILE" ]; do
		job=${MEANWHILE# }
		job=${job%% *}
		MEANWHILE=${MEANWHILE# "$job"}
		wait "${job%%:*}" || fail "${job#*:}: failed (see above)"
	done
}

# stop_meanwhile: a failure ends the sub-cases still running, and their servers
stop_meanwhile() {
	for job in $MEANWHILE; do
		kill "${job%%:*}" 2>/dev/null
		wait "${job%%:*}" 2>/dev/null
		"${TMUX_PROG:-tmux}" -L "$TMUX_SOCKET-${job#*:}" kill-server 2>/dev/null
	done
	MEANWHILE=
}
