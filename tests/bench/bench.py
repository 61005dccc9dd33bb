#!/usr/bin/env python3
"""bench.py: putokaz's figures for slow lines and small machines, beside
the peers' (peers.md), measured with ptydrive.py (a benchmark, not a test):

  burst      5 Down keys arriving together against 1 Down, TERM=vt100 80x24
  paste      a 1 MB paste into a kiosk, then how soon it answers the next key
  journey    the reference journey at TERM=vt100 80x24 (journey.keys): bytes
             in all, bytes per changed cell, a menu move
  start-up   instructions (callgrind) to show the shipped content's first
             screen in English at TERM=xterm-256color 80x24, then q y
  scale      putokaz --check on tests/gen-scale.py's output (10,000 contacts,
             1,000 pages): instructions (callgrind) and peak memory, beside
             libconfuse alone with the same schema (confuse_only)
  filter     ms from a key typed into the directory's filter to the screen
             complete, at that scale

Usage: bench.py BUILDDIR [SRCDIR]. Needs python3-pyte; valgrind for the
instruction counts (left out without it)."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DRIVER = os.path.join(HERE, "ptydrive.py")
NAV = ("down", "up", "open", "pagedown", "back")
MOVES = ("down", "up")


def drive(cmd, script, term="vt100", settle=150, env=(), screen=True):
    """Run the driver on cmd with the script; its JSON."""
    args = [sys.executable, DRIVER, "--term", term, "--settle", str(settle)]
    for kv in env:
        args += ["--env", kv]
    if not screen:
        args.append("--no-screen")
    p = subprocess.run(args + ["--"] + cmd, input=script, capture_output=True, text=True)
    if not p.stdout:
        raise SystemExit("bench: the driver failed: %s" % p.stderr)
    return json.loads(p.stdout)


def peers():
    """The peers' figures from peers.md: {(program, TERM): {column: value}}."""
    rows, head = {}, None
    with open(os.path.join(HERE, "peers.md"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("|") or line.startswith("|--"):
                if not line.startswith("|"):
                    head = None
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if head is None:
                head = cells
                continue
            rows[(cells[0], cells[1])] = dict(zip(head, cells))
    return rows


def journey(putokaz):
    r = drive(putokaz, open(os.path.join(HERE, "journey.keys")).read())
    steps = r["steps"]
    nav = [s for s in steps if s["label"] in NAV]
    moves = [s for s in steps if s["label"] in MOVES]
    cells = r["startup"]["cells"] + sum(s["cells"] for s in steps)
    return {
        "ok": r["expect_ok"],
        "total": r["total_bytes"],
        "cell": r["total_bytes"] / max(cells, 1),
        "nav_cell": sum(s["bytes"] for s in nav) / max(sum(s["cells"] for s in nav), 1),
        "move": sum(s["bytes"] for s in moves) / len(moves),
        "move_max": max(s["bytes"] for s in moves),
    }


def burst(putokaz):
    one = drive(putokaz, "@one DOWN\n")["steps"][0]
    five = drive(putokaz, "@five 5*DOWN\n")["steps"][0]
    return one["bytes"], five["bytes"]


def paste(putokaz):
    r = drive(putokaz[:1] + ["--kiosk"] + putokaz[1:],
              "@paste PASTE:1048576\n@next WAIT:150 DOWN\n", screen=False)
    p, n = r["steps"]
    return p["sent_ms"], p["last_ms"], n["last_ms"], n["bytes"]


def callgrind(cmd, script=None, term="xterm-256color", env=()):
    """Instructions cmd executes, under callgrind; through the driver when
    there are keys to send."""
    out = tempfile.mktemp(prefix="putokaz-callgrind.")
    vg = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out]
    try:
        if script is None:
            subprocess.run(vg + cmd, capture_output=True)
        else:
            drive(vg + cmd, script, term=term, settle=1500, env=env, screen=False)
        with open(out) as f:
            m = re.search(r"^(?:summary|totals): *(\d+)", f.read(), re.M)
        return int(m.group(1)) if m else None
    finally:
        if os.path.exists(out):
            os.unlink(out)


def peak_kib(cmd):
    """Peak resident memory of cmd, in KiB (its output goes nowhere)."""
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, ru = os.wait4(p.pid, 0)
    return ru.ru_maxrss


def filter_ms(putokaz, conf):
    keys = ("@open 1\n@focus f\n" + "".join("@key %s\n" % k for k in "orga1")
            + "@key BACKSPACE\n@key 2\n@key 3\n@quit ESC\n@quit ESC\n@quit q\n@quit y\n")
    r = drive(putokaz + ["-c", conf], keys, screen=False)
    return [s["last_ms"] for s in r["steps"] if s["label"] == "key"]


def fmt(n):
    return "{:,}".format(n) if n is not None else "n/a"


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../.."))
    src = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "../.."))
    exe = os.path.join(build, "src", "putokaz")
    bench_conf = [exe, "-c", os.path.join(HERE, "putokaz.conf")]
    have_vg = shutil.which("valgrind") is not None
    peer = peers()
    names = ("dialog", "whiptail", "lynx")

    one, five = burst(bench_conf)
    ratio = five / one
    print("burst (TERM=vt100 80x24, benchmark content): 1 Down %d B, 5 Down at once %d B: "
          "%.2f times (at most 1.5)" % (one, five, ratio))
    print("  peers: " + ", ".join("%s %s times" % (n, peer[(n, "vt100")]["burst ratio"])
                                  for n in names))

    written, drawn, nxt, nbytes = paste(bench_conf)
    print("paste of 1 MB into a kiosk: taken in %.0f ms (the rest dropped); the next key, "
          "150 ms later, answered in %s ms (%d B)" % (written, nxt, nbytes))

    j = journey(bench_conf)
    print("journey (TERM=vt100 80x24): %s B in all (at most 5,980), %.2f B per changed cell, "
          "navigation %.3f B per changed cell (at most 0.95), a menu move %.1f B on average "
          "(at most 64; the largest %d B)%s" % (fmt(j["total"]), j["cell"], j["nav_cell"], j["move"],
                                          j["move_max"], "" if j["ok"] else " [EXPECT FAILED]"))
    for n in names:
        p = peer[(n, "vt100")]
        print("  %-8s %s B in all, %s B per changed cell, navigation %s B per changed cell, "
              "a menu move %s B" % (n, p["total B"], p["B/cell"], p["nav B/cell"], p["move B"]))

    with tempfile.TemporaryDirectory() as tmp:
        conf = subprocess.run([sys.executable, os.path.join(src, "tests", "gen-scale.py"), tmp],
                              capture_output=True, text=True, check=True).stdout.strip()
        check = [exe, "--check", "-c", conf]
        alone = [os.path.join(build, "tests", "bench", "confuse_only"), conf]
        if have_vg:
            env = ["LANG=C.UTF-8"]
            start = callgrind([exe, "--lang", "en"], "@quit q\n@quit y\n", env=env)
            print("start-up (callgrind, shipped content, English, TERM=xterm-256color 80x24, "
                  "first screen then q y): %s instructions (at most 15,000,000)" % fmt(start))
            print("  peers (first screen, then quit): " + ", ".join(
                "%s %s" % (n, peer[(n, "xterm-256color")]["start-up instructions"])
                for n in names))
            ci, ai = callgrind(check), callgrind(alone)
        else:
            print("start-up and scale instructions: valgrind is not installed")
            ci = ai = None
        cm, am = peak_kib(check), peak_kib(alone)
        print("scale (--check, 10,000 contacts, 1,000 pages): %s instructions, peak %.1f MiB; "
              "libconfuse alone: %s instructions, peak %.1f MiB; ratio %s and %.2f (at most 1.15)"
              % (fmt(ci), cm / 1024, fmt(ai), am / 1024,
                 "%.2f" % (ci / ai) if ci and ai else "n/a", cm / am))
        ms = filter_ms([exe], conf)
        print("filter at that scale, ms from key to screen complete: %s (worst %.1f, at most 5)"
              % (" ".join("%.1f" % m for m in ms), max(ms)))


if __name__ == "__main__":
    main()
