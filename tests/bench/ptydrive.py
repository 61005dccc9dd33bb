#!/usr/bin/env python3
"""ptydrive.py: putokaz's benchmark driver. Runs a program in a
pseudo-terminal of a given size and TERM, sends it keys step by step, and
counts per step the bytes it wrote and the screen cells that changed (with
a pyte screen: Debian's python3-pyte), and how long it took to answer.

    ptydrive.py [--term vt100] [--size 80x24] [--settle MS] -- CMD [ARG...] < SCRIPT

The script, one step per line ('#' starts a comment):
    @label KEY [KEY...] [EXPECT:"some text"]
KEY is a name (UP DOWN LEFT RIGHT PGUP PGDN ENTER ESC SPACE BACKSPACE TAB),
literal text (q, y, abc), HEX:1b5b41, or TIMES*KEY (DOWN*5). The keys of
one step are written to the terminal at once, in one write: "@burst DOWN*5"
is five Down keys arriving together, "@down DOWN" one. WAIT:MS pauses
before the step, WITHIN:MS waits at most MS (not --response) for its
first byte. PASTE:N writes N bytes of text (a paste) as fast as the
terminal takes them. EXPECT:text fails the run unless the screen after the
step shows text.

A step ends when the output has been quiet for --settle ms after its first
byte, or when nothing came within --response ms. Cursor keys follow the
terminal's cursor-key mode (ESC O A after the program sent ESC [ ? 1 h).
Prints one JSON object: start-up and steps with bytes, cells, first_ms,
last_ms and the screen's rows."""

import argparse
import fcntl
import json
import os
import select
import shlex
import signal
import struct
import subprocess
import sys
import termios
import time

try:
    import pyte
except ImportError:
    sys.path.append("/usr/lib/python3/dist-packages")   # Debian's, from another python3
    try:
        import pyte
    except ImportError:
        pyte = None

NAMED = {"PGUP": b"\x1b[5~", "PGDN": b"\x1b[6~", "ENTER": b"\r", "ESC": b"\x1b",
         "SPACE": b" ", "TAB": b"\t", "HOME": b"\x1b[1~"}
CURSOR = {"UP": b"A", "DOWN": b"B", "RIGHT": b"C", "LEFT": b"D"}
PROSE = b"Paste of placeholder text, the same words again and again. "


def key_bytes(tok, app_cursor, term):
    """The bytes a script token stands for."""
    if "*" in tok and tok.split("*", 1)[0].isdigit():
        n, rest = tok.split("*", 1)
        return key_bytes(rest, app_cursor, term) * int(n)
    if tok in CURSOR:
        return (b"\x1bO" if app_cursor else b"\x1b[") + CURSOR[tok]
    if tok == "BACKSPACE":
        return b"\x08" if term.startswith("vt") else b"\x7f"
    if tok in NAMED:
        return NAMED[tok]
    if tok.startswith("HEX:"):
        return bytes.fromhex(tok[4:])
    if tok.startswith("PASTE:"):
        n = int(tok[6:])
        return (PROSE * (n // len(PROSE) + 1))[:n]
    return tok.encode()


class Screen:
    """What the person sees: a pyte screen fed every byte, in order."""

    def __init__(self, cols, rows):
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.stream.use_utf8 = True

    def feed(self, data):
        # VT100 line drawing: ESC ( 0 / SO need the parser's charset mode
        if b"\x0e" in data or b"\x1b(0" in data:
            self.stream.use_utf8 = False
        self.stream.feed(data)

    @staticmethod
    def _cell(c):
        """A cell by what it shows: a space only by its background."""
        bg = c.fg if c.reverse else c.bg
        if c.data == " ":
            return (" ", bg, c.underscore)
        return (c.data, c.fg, c.bg, c.bold, c.reverse, c.underscore)

    def cells(self):
        buf = self.screen.buffer
        return [[self._cell(buf[y][x]) for x in range(self.screen.columns)]
                for y in range(self.screen.lines)]

    def rows(self):
        return [r.rstrip() for r in self.screen.display]


def changed(a, b):
    return sum(1 for ra, rb in zip(a, b) for ca, cb in zip(ra, rb) if ca != cb)


def spawn(cmd, term, cols, rows, extra_env):
    """The program on a new pty, as a session leader with it as its terminal."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = dict(os.environ, TERM=term, LINES=str(rows), COLUMNS=str(cols))
    for k in ("ESCDELAY", "TMUX", "STY", "SSH_CONNECTION", "SSH_TTY"):
        env.pop(k, None)
    env.update(kv.split("=", 1) for kv in extra_env)

    def child():
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    p = subprocess.Popen(cmd, stdin=slave, stdout=slave, stderr=slave, env=env,
                         preexec_fn=child, close_fds=True)
    os.close(slave)
    return p, master


class Run:
    def __init__(self, args):
        cols, rows = (int(x) for x in args.size.split("x"))
        self.args = args
        self.proc, self.fd = spawn(args.cmd, args.term, cols, rows, args.env)
        self.screen = Screen(cols, rows) if pyte else None
        self.app_cursor = False
        self.total = 0
        self.last = self.screen.cells() if self.screen else None

    def collect(self, t0, response_ms):
        """Read until quiet for settle ms after a first byte: (data, first, last)."""
        data, first, last = b"", None, None
        while True:
            now = time.monotonic()
            if first is None:
                wait = response_ms / 1000 - (now - t0)
            else:
                wait = self.args.settle / 1000 - (now - last)
            if wait <= 0:
                break
            r, _, _ = select.select([self.fd], [], [], wait)
            if not r:
                break
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            last = time.monotonic()
            if first is None:
                first = last
            data += chunk
        if b"\x1b[?1h" in data:
            self.app_cursor = True
        if b"\x1b[?1l" in data:
            self.app_cursor = False
        ms = (lambda t: round((t - t0) * 1000, 1) if t else None)
        return data, ms(first), ms(last)

    def measure(self, label, data, first, last):
        self.total += len(data)
        step = {"label": label, "bytes": len(data), "first_ms": first, "last_ms": last}
        if self.screen:
            self.screen.feed(data)
            now = self.screen.cells()
            step["cells"] = changed(self.last, now)
            step["screen"] = self.screen.rows()
            self.last = now
        return step

    def send(self, data):
        """Write all of data, reading (and keeping) output meanwhile, so
        that a large paste cannot block on a full pty."""
        out = b""
        view = memoryview(data)
        while view:
            r, w, _ = select.select([self.fd], [self.fd], [], 5)
            if r:
                out += os.read(self.fd, 65536)
            if w:
                n = os.write(self.fd, view[:4096])
                view = view[n:]
            if not r and not w:
                break
        return out

    def step(self, label, tokens):
        wait = sum(float(t[5:]) for t in tokens if t.startswith("WAIT:"))
        within = [float(t[7:]) for t in tokens if t.startswith("WITHIN:")]
        keys = [t for t in tokens if not t.startswith(("WAIT:", "EXPECT:", "WITHIN:"))]
        expect = [t[7:] for t in tokens if t.startswith("EXPECT:")]
        if wait:
            data, _, _ = self.collect(time.monotonic(), wait)
            self.total += len(data)
            if self.screen:
                self.screen.feed(data)
                self.last = self.screen.cells()
        payload = b"".join(key_bytes(t, self.app_cursor, self.args.term) for t in keys)
        t0 = time.monotonic()
        early = self.send(payload)
        sent_ms = round((time.monotonic() - t0) * 1000, 1)
        data, first, last = self.collect(t0, within[0] if within else self.args.response)
        data = early + data
        if early and first is None:
            first = last = sent_ms
        s = self.measure(label, data, first, last)
        s["sent"] = len(payload)
        s["sent_ms"] = sent_ms
        if expect and self.screen:
            text = " ".join(" ".join(s["screen"]).split())
            s["expect_ok"] = all(" ".join(e.split()) in text for e in expect)
        return s

    def finish(self):
        try:
            self.proc.wait(timeout=self.args.exit_wait / 1000)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait()
        os.close(self.fd)
        return self.proc.returncode


def parse(text):
    steps = []
    for line in text.splitlines():
        line = shlex.split(line, comments=True)
        if not line:
            continue
        if not line[0].startswith("@"):
            raise SystemExit("ptydrive: a step starts with @label: %s" % " ".join(line))
        steps.append((line[0][1:], line[1:]))
    return steps


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--term", default="vt100")
    ap.add_argument("--size", default="80x24")
    ap.add_argument("--settle", type=float, default=150, help="quiet ms that end a step")
    ap.add_argument("--response", type=float, default=3000, help="ms to wait for a first byte")
    ap.add_argument("--exit-wait", type=float, default=2000)
    ap.add_argument("--env", action="append", default=[], metavar="K=V",
                    help="set in the program's environment (after TMUX, SSH_* are removed)")
    ap.add_argument("--no-screen", action="store_true", help="no screen model (faster)")
    ap.add_argument("cmd", nargs="+")
    args = ap.parse_args()
    global pyte
    if args.no_screen:
        pyte = None
    steps = parse(sys.stdin.read())
    run = Run(args)
    t0 = time.monotonic()
    data, first, last = run.collect(t0, 10000)
    result = {"term": args.term, "size": args.size,
              "startup": run.measure("startup", data, first, last), "steps": []}
    for label, tokens in steps:
        result["steps"].append(run.step(label, tokens))
    result["exit"] = run.finish()
    result["total_bytes"] = run.total
    result["screen_model"] = "pyte %s" % getattr(pyte, "__version__", "") if pyte else None
    result["expect_ok"] = all(s.get("expect_ok", True) for s in result["steps"])
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0 if result["expect_ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
