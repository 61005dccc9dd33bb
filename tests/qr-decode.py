#!/usr/bin/env python3
"""qr-decode.py: read a QR code drawn with half blocks from a screen capture
(tmux capture-pane) on stdin, write it as a bitmap with each module scaled
up, and print what zbarimg decodes from it, one text per code.

Each character cell holds two modules: the one above and the one below
(U+2588 both dark, U+2580 the upper, U+2584 the lower, anything else light).
Zero-width characters (the isolates a reordering terminal gets) take no cell.
Usage: qr-decode.py ZBARIMG WORKDIR < capture"""
import subprocess
import sys
import unicodedata

SCALE = 6      # pixels per module
BORDER = 8     # extra light modules around the screen


def modules(lines):
    """The screen as rows of modules: True for dark."""
    cells = []
    for line in lines:
        row = [ch for ch in line.rstrip("\n")
               if unicodedata.category(ch) not in ("Cf", "Mn")]
        cells.append(row)
    width = max((len(r) for r in cells), default=0)
    out = []
    for row in cells:
        row = row + [" "] * (width - len(row))
        out.append([ch in "\u2588\u2580" for ch in row])
        out.append([ch in "\u2588\u2584" for ch in row])
    return out, width


def write_pbm(path, rows, width):
    """A plain PBM of the modules, scaled up, with a light border."""
    w = (width + 2 * BORDER) * SCALE
    h = (len(rows) + 2 * BORDER) * SCALE
    blank = [False] * (width + 2 * BORDER)
    padded = [blank] * BORDER + [[False] * BORDER + r + [False] * BORDER
                                 for r in rows] + [blank] * BORDER
    with open(path, "w") as f:
        f.write("P1\n%d %d\n" % (w, h))
        for r in padded:
            line = " ".join("1" if m else "0" for m in r for _ in range(SCALE))
            for _ in range(SCALE):
                f.write(line + "\n")


def main():
    zbarimg, workdir = sys.argv[1], sys.argv[2]
    rows, width = modules(sys.stdin.read().split("\n"))
    path = workdir + "/screen.pbm"
    write_pbm(path, rows, width)
    r = subprocess.run([zbarimg, "--quiet", "--raw", "-Sbinary", path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sys.stdout.buffer.write(r.stdout)
    return 0 if r.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
