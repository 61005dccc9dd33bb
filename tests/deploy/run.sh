#!/bin/sh
# tests/deploy/run.sh TOP DEB: the deployment recipes, tried for real in a
# throwaway Debian 12 tree (tests/deploy/tree.sh, kept in TOP/_ci/tree and
# copied for each run), never on this machine: nothing is installed here,
# no apt source or key is added, and every mount is in a mount namespace of
# its own that ends with the test. DEB is the package built from this tree
# (version N); N+1 and N+2 are made from it by changing its content.
#  1. install N from a signed apt repository on the loopback (putokaz-repo),
#     edit the site file, add a local contact;
#  2. N+1 adds a language and changes a page: a plain
#     DEBIAN_FRONTEND=noninteractive apt-get -y upgrade takes it (no
#     --force-conf*), the site's choice and contact are kept;
#  3. N+2 by unattended-upgrade, live at once; a tampered Release refused;
#  4. sshd on a loopback port with the shipped drop-in and the serial kiosk
#     on a pseudo-terminal at once: the serial one starts over when idle, a
#     dropped SSH guest ends within a minute;
#  5. the units pass systemd-analyze verify, exposure at most 3.0;
#  6. purge: the content and the site file go, the site's local.d stays.
set -eu
top=$(cd "$1" && pwd)
deb=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${PUTOKAZ_DEPLOY_NS:-}" ]; then
	PUTOKAZ_DEPLOY_NS=1 exec unshare --mount --propagation private sh "$0" "$@"
fi

work=$top/_ci/deploy
R=$work/root
rm -rf "$work"
mkdir -p "$work"
sh "$here/tree.sh" "$top/_ci/tree"
cp -a "$top/_ci/tree" "$R"

TMUX_SOCKET=putokaz-deploy-$$
http_pid=
sshd_started=
cleanup() {
	t kill-server 2>/dev/null || true
	[ -z "$sshd_started" ] || kill "$(cat "$R/run/sshd.pid" 2>/dev/null)" 2>/dev/null || true
	[ -z "$http_pid" ] || kill "$http_pid" 2>/dev/null || true
}
trap cleanup EXIT
fail() {
	echo "deploy: FAIL: $*" >&2
	exit 1
}
ok() {
	echo "deploy: ok: $*"
}
t() {
	tmux -L "$TMUX_SOCKET" -f /dev/null "$@"
}
# in_tree COMMAND...: run it in the tree as root, with a clean environment
in_tree() {
	chroot "$R" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
		DEBIAN_FRONTEND=noninteractive "$@"
}
# expect SESSION TEXT [SECONDS]: wait until TEXT is on the session's screen
expect() {
	i=0
	while [ $i -lt $((${3:-5} * 10)) ]; do
		t capture-pane -p -t "$1" | grep -F -q -- "$2" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	t capture-pane -p -t "$1" >&2 || true
	fail "$1: expected on the screen: $2"
}
# free_port: a TCP port nothing listens on at the loopback
free_port() {
	p=$(( 20000 + $$ % 20000 + $1 ))
	while ss -Hltn "sport = :$p" 2>/dev/null | grep -q .; do p=$((p + 1)); done
	echo $p
}

mount -t proc proc "$R/proc"
mount --bind /dev "$R/dev"
mount --bind /dev/pts "$R/dev/pts"
mount -t tmpfs tmpfs "$R/run"
mkdir -p "$R/run/sshd" "$R/run/lock"
# only the site's repository: the tree needs nothing else from outside
rm -f "$R/etc/apt/sources.list"
version=$(dpkg-deb -f "$deb" Version)

# release VERSION OUT EDIT: the package DEB with another version and its
# content changed by the shell function EDIT (run in the unpacked /usr/share/putokaz)
release() {
	rm -rf "$work/pkg"
	dpkg-deb -R "$deb" "$work/pkg"
	sed -i "s/^Version: .*/Version: $1/" "$work/pkg/DEBIAN/control"
	(cd "$work/pkg/usr/share/putokaz" && "$3")
	(cd "$work/pkg" && find usr -type f -exec md5sum {} + >DEBIAN/md5sums)
	dpkg-deb --root-owner-group -b "$work/pkg" "$2" >/dev/null
}
# N+1: a language more, a page changed (the about page's first line)
edit_n1() {
	sed -i 's/^languages = {\(.*\)}$/languages = {\1, "de"}/' languages.conf
	echo 'language "de" { name = "Deutsch" }' >>languages.conf
	sed -i 's/^    text = "Putokaz is an offline guide/    text = "Release N+1. Putokaz is an offline guide/' screens/about.conf
	grep -q 'Release N+1' screens/about.conf || fail "N+1: the about page did not change"
}
edit_n2() {
	edit_n1
	sed -i 's/Release N+1\./Release N+2./' screens/about.conf
}
edit_n3() {
	edit_n2
	sed -i 's/Release N+2\./Release N+3./' screens/about.conf
}
n1=$version+deploy1 n2=$version+deploy2 n3=$version+deploy3
release "$n1" "$work/n1.deb" edit_n1
release "$n2" "$work/n2.deb" edit_n2
release "$n3" "$work/n3.deb" edit_n3

# ---- 1. a signed repository on the loopback; install N
site=$work/site
sh "$top/data/putokaz-repo" key "$site" >/dev/null
# publish DEB: into the site's repository; a second apart, so that the
# web server's Last-Modified (in seconds) tells apt that it changed
publish() {
	sleep 1
	sh "$top/data/putokaz-repo" publish "$site" "$1" >/dev/null
}
publish "$deb"
port=$(free_port 1)
python3 -m http.server --bind 127.0.0.1 --directory "$site/repo" "$port" >"$work/http.log" 2>&1 &
http_pid=$!
i=0
until ss -Hltn "sport = :$port" | grep -q .; do
	i=$((i + 1))
	[ $i -lt 50 ] || { cat "$work/http.log"; fail "the repository's web server did not start"; }
	sleep 0.2
done
cp "$site/putokaz-site.gpg" "$R/usr/share/keyrings/putokaz-site.gpg"
# what the recipe prints, each part into the file its first line names
sh "$top/data/putokaz-repo" client "http://127.0.0.1:$port/" |
	awk -v root="$R" '/^# \/etc\//{f=root $2; next} f && NF{print > f}'
grep -q "signed-by=/usr/share/keyrings/putokaz-site.gpg" "$R/etc/apt/sources.list.d/putokaz-site.list" ||
	fail "no source line with signed-by"
in_tree apt-get -q -o APT::Update::Error-Mode=any update >"$work/update1.log" 2>&1 ||
	{ cat "$work/update1.log"; fail "apt-get update from the site repository"; }
in_tree apt-get -y -q install putokaz >"$work/install.log" 2>&1 ||
	{ tail -n 20 "$work/install.log"; fail "installing N"; }
in_tree putokaz --check >/dev/null || fail "N: putokaz --check"
ok "N ($version) installed from the signed repository on 127.0.0.1:$port"

# the site: its own choice, its own contact
echo 'kiosk-timeout = 30' >>"$R/etc/putokaz/putokaz.conf"
mkdir -p "$R/etc/putokaz/local.d"
cat >"$R/etc/putokaz/local.d/10-camp.conf" <<'EOT'
contact {
    id = "camp-office"
    group = "organisation"
    name = "Camp office (deploy test)"
    services = {"legal-aid"}
    note = "Ask at the office."
    source = {"this site"}
    verified = "2026-11-22"
}
EOT
in_tree putokaz --check | grep -q ' 9 languages' || fail "N: not 9 languages"

# ---- 2. N+1 by a plain apt-get upgrade
publish "$work/n1.deb"
in_tree apt-get -q -o APT::Update::Error-Mode=any update >"$work/update2.log" 2>&1 || { cat "$work/update2.log"; fail "apt-get update (N+1)"; }
in_tree apt-get -y upgrade >"$work/upgrade.log" 2>&1 ||
	{ tail -n 30 "$work/upgrade.log"; fail "apt-get -y upgrade to N+1 stopped"; }
[ -z "$(in_tree dpkg --audit)" ] || fail "a package is left half-configured"
[ "$(in_tree dpkg-query -W -f '${Version}' putokaz)" = "$n1" ] || fail "N+1 is not installed"
grep -q '^kiosk-timeout = 30$' "$R/etc/putokaz/putokaz.conf" || fail "the site's choice was lost"
! ls "$R"/etc/putokaz/putokaz.conf.dpkg-* 2>/dev/null || fail "dpkg left a .dpkg-* copy of the site file"
in_tree putokaz --check | grep -q ' 10 languages' || fail "N+1: the new language is not offered"
in_tree putokaz --export about | grep -q 'Release N+1' || fail "N+1: the changed page is not shown"
in_tree putokaz --lang de --export about >/dev/null || fail "N+1: --lang de refused"
in_tree putokaz --export legal-aid | grep -q 'Camp office (deploy test)' || fail "the local contact is lost"
ok "N+1 by apt-get -y upgrade: new language and page shown, site choice and local contact kept"

# ---- 3. N+2 by unattended-upgrade; then a tampered Release
publish "$work/n2.deb"
in_tree apt-get -q -o APT::Update::Error-Mode=any update >"$work/update3.log" 2>&1 || { cat "$work/update3.log"; fail "apt-get update (N+2)"; }
in_tree unattended-upgrade -v >"$work/unattended.log" 2>&1 ||
	{ tail -n 30 "$work/unattended.log"; fail "unattended-upgrade"; }
[ "$(in_tree dpkg-query -W -f '${Version}' putokaz)" = "$n2" ] ||
	{ tail -n 30 "$work/unattended.log"; fail "unattended-upgrade did not take N+2"; }
in_tree putokaz --export about | grep -q 'Release N+2' || fail "N+2: the new content is not live"
grep -q '^kiosk-timeout = 30$' "$R/etc/putokaz/putokaz.conf" || fail "N+2: the site's choice was lost"
ok "N+2 by unattended-upgrade, its content live"
publish "$work/n3.deb"
sleep 1
for f in InRelease Release; do
	sed -i 's/^Label: putokaz-site$/Label: putokaz-sitf/' "$site/repo/dists/stable/$f"
done
if in_tree apt-get -q -o APT::Update::Error-Mode=any update >"$work/update4.log" 2>&1; then
	cat "$work/update4.log"
	fail "apt-get update accepted a tampered Release"
fi
grep -q -i 'BADSIG\|invalid\|not signed' "$work/update4.log" || { cat "$work/update4.log"; fail "no signature error"; }
in_tree apt-cache policy putokaz | grep -q "Candidate: $n2" || fail "the tampered N+3 became a candidate"
ok "a tampered Release refused (N+3 not offered)"

# ---- 4. SSH guests and the serial kiosk side by side
in_tree timeout 60 adduser --disabled-password --gecos "" --shell /bin/sh putokaz-ssh \
	</dev/null >"$work/adduser.log" 2>&1 || { cat "$work/adduser.log"; fail "adduser asked or failed"; }
uid=$(in_tree id -u putokaz-ssh)
in_tree ssh-keygen -q -t ed25519 -N "" -f /root/guest
mkdir -p "$R/home/putokaz-ssh/.ssh"
cp "$R/root/guest.pub" "$R/home/putokaz-ssh/.ssh/authorized_keys"
in_tree chown -R putokaz-ssh: /home/putokaz-ssh/.ssh
cp "$top/data/sshd-putokaz.conf" "$R/etc/ssh/sshd_config.d/putokaz.conf"
in_tree /usr/sbin/sshd -t || fail "sshd -t refuses the drop-in"
sport=$(free_port 2)
in_tree /usr/sbin/sshd -p "$sport" -o ListenAddress=127.0.0.1 -o PidFile=/run/sshd.pid \
	-E /var/log/sshd-test.log -o LogLevel=DEBUG1 ||
	fail "sshd did not start"
sshd_started=1
# the client runs under a shell: tmux continues a pane's own process when
# it stops, and the test stops the client to drop its line
t new-session -d -s ssh -x 80 -y 24 sh -c "chroot '$R' env -i PATH=/usr/bin:/bin \
	TERM=xterm-256color LANG=C.UTF-8 HOME=/root ssh -tt -i /root/guest \
	-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR \
	-p $sport putokaz-ssh@127.0.0.1; echo ended"
t set-option -t ssh remain-on-exit on >/dev/null
expect ssh "English" 10
t capture-pane -p -t ssh | grep -q "no such option" && fail "SSH: putokaz read a wrong file"
# the serial line: a pseudo-terminal, set up as the unit sets up ttyS0
t new-session -d -s serial -x 80 -y 24 chroot "$R" setpriv --reuid=65534 --regid=20 --clear-groups \
	env -i PATH=/usr/bin:/bin TERM=vt100 LANG=C.UTF-8 sh -c \
	'stty 9600 clocal -crtscts cs8 -parenb -cstopb && exec /usr/bin/putokaz --kiosk --charset=ascii'
t set-option -t serial remain-on-exit on >/dev/null
expect serial "English" 10
ok "SSH guest and serial kiosk both show the guide"
# the serial kiosk: into a page, then left alone for the site's 30 s
t send-keys -t serial 1
expect serial "Asylum step by step"
t send-keys -t serial 1
sleep 1
t capture-pane -p -t serial | LC_ALL=C grep -q '[^ -~]' && fail "serial: a character that is not ASCII"
# meanwhile the SSH guest's line drops: its client stops answering
t send-keys -t ssh 1
expect ssh "Asylum step by step"
client=$(pgrep -P "$(t display-message -p -t ssh '#{pane_pid}')")
kill -STOP "$client"
ps -o stat= -p "$client" | grep -q T || fail "the SSH client did not stop"
dropped=$(date +%s)
# the serial kiosk starts over (30 s, then the chooser again)
sleep 25
expect serial "English" 15
t capture-pane -p -t serial | grep -q "Asylum step by step" && fail "serial: did not start over"
ok "serial kiosk started over after the idle time"
# systemctl reload (ExecReload: SIGUSR1): the site narrows its languages
t capture-pane -p -t serial | grep -q "Francais" || fail "serial: no French in the chooser"
kiosk=$(pgrep -u 65534 -x putokaz)
echo 'offer = {"en", "sr@latin"}' >>"$R/etc/putokaz/putokaz.conf"
kill -USR1 "$kiosk"
i=0
while t capture-pane -p -t serial | grep -q "Francais"; do
	i=$((i + 1))
	[ $i -lt 50 ] || fail "serial: the reload did not take the site's offer"
	sleep 0.1
done
kill -0 "$kiosk" || fail "serial: the kiosk ended on reload"
# (the chooser is no screen of the configuration: the kiosk is now on the
# main menu, whose ninth item is the chooser)
expect serial "Language / Langue"
t send-keys -t serial 9
expect serial "Srpski"
t capture-pane -p -t serial | grep -q "Francais" && fail "serial: French still offered after the reload"
ok "serial kiosk reloaded (same process, French no longer offered)"
# the dropped guest's putokaz ends within a minute
timeout_at=
while pgrep -u "$uid" -x putokaz >/dev/null; do
	[ -n "$timeout_at" ] || ! grep -q "^Timeout, client not responding" "$R/var/log/sshd-test.log" ||
		timeout_at=$(($(date +%s) - dropped))
	[ $(($(date +%s) - dropped)) -le 90 ] || {
		tail -n 30 "$R/var/log/sshd-test.log"
		ps -ef | grep -v grep | grep -E 'sshd|putokaz'
		fail "a dropped SSH guest's putokaz still runs after 90 s"
	}
	sleep 1
done
ended=$(($(date +%s) - dropped))
kill -CONT "$client" 2>/dev/null || true
[ $ended -le 60 ] ||
	fail "a dropped SSH guest ended after $ended s (sshd gave it up after ${timeout_at:-?} s), more than a minute"
ok "a dropped SSH guest ended after $ended s (sshd gave it up after ${timeout_at:-?} s)"
t kill-server 2>/dev/null || true

# ---- 5. the units
for u in putokaz-kiosk@tty1 putokaz-serial@ttyS0; do
	cp "$top/data/${u%@*}@.service" "$R/etc/systemd/system/${u%@*}@.service"
	# (the tree has no man(1) to look the Documentation= page up with)
	in_tree systemd-analyze verify --man=no "${u}.service" >"$work/verify.log" 2>&1 ||
		{ cat "$work/verify.log"; fail "systemd-analyze verify $u"; }
	! grep -q . "$work/verify.log" || { cat "$work/verify.log"; fail "systemd-analyze verify $u warns"; }
	exposure=$(in_tree systemd-analyze security --offline=true "/etc/systemd/system/${u%@*}@.service" 2>/dev/null |
		sed -n 's/.*Overall exposure level for .*: \([0-9.]*\) .*/\1/p')
	[ -n "$exposure" ] || fail "$u: no exposure level"
	awk -v e="$exposure" 'BEGIN { exit !(e <= 3.0) }' || fail "$u: exposure $exposure, more than 3.0"
	ok "$u: systemd-analyze verify clean, exposure $exposure"
done

# ---- 6. purge
rm -f "$R/etc/ssh/sshd_config.d/putokaz.conf"	# README: remove it with the package
in_tree apt-get -y -q purge putokaz >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "purge"; }
[ ! -e "$R/etc/putokaz/putokaz.conf" ] || fail "purge left the site file"
[ ! -e "$R/usr/share/putokaz" ] || fail "purge left /usr/share/putokaz"
[ -f "$R/etc/putokaz/local.d/10-camp.conf" ] || fail "purge removed the site's own local.d"
ok "purge: content and site file gone, local.d kept"
echo "deploy: all passed"
