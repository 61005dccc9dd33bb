#!/usr/bin/env python3
"""Write tests/bench/putokaz.conf from ../shared/bench/pages/: the same six
menu items and page texts as the dialog, whiptail and lynx baselines, so
that putokaz does the same work on the same journey."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
pages = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "../../../shared/bench/pages")
titles = ["Asylum steps", "Your rights", "ID card vs camp card",
          "Permanent residence", "Deadline calculator", "Legal aid contacts"]
out = ['# The benchmark content: written by tests/bench/make-conf.py from',
       '# ../shared/bench/pages (placeholder prose). Not shipped.',
       'title = "Information kiosk"',
       'content-version = "bench"',
       'content-date = "2026-01-01"',
       'root = "main"',
       '',
       'menu "main" {',
       '    title = "Information kiosk"',
       '    intro = "Choose a topic:"']
for i, t in enumerate(titles, 1):
    out.append('    item { label = "%s" goto = "page%d" }' % (t, i))
out.append('}')
for i, t in enumerate(titles, 1):
    with open(os.path.join(pages, "%d.txt" % i), encoding="utf-8") as f:
        lines = f.read().split("\n")[1:]   # the first line is the title
    body = "\n".join(lines).strip("\n").replace('"', "'")
    out += ['', 'page "page%d" {' % i, '    title = "%s"' % t,
            '    text = "%s"' % body,
            '    source = {"ptydrive reference content (placeholder prose), undated"}',
            '    updated = "2026-01-01"', '}']
sys.stdout.write("\n".join(out) + "\n")
