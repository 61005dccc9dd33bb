#!/usr/bin/env python3
"""Write a configuration with N contacts and M pages (default 10,000 and
1,000) to measure loading and filtering at scale: tests/gen-scale.py DIR.
The text is made up and says so; it is never shipped."""
import os
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "scale"
ncontacts = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
npages = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
cities = ["Beograd", "Novi Sad", "Niš", "Kragujevac", "Subotica", "Čačak", "Šid",
          "Preševo", "Sjenica", "Vranje", "Obrenovac", "Bujanovac"]
words = ("legal aid asylum appeal interview decision residence card centre camp help "
         "procedure right work school health family child police court office").split()
os.makedirs(os.path.join(out, "screens"), exist_ok=True)
with open(os.path.join(out, "scale.conf"), "w", encoding="utf-8") as f:
    f.write('title = "Scale test"\ncontent-version = "scale"\ncontent-date = "2026-01-01"\n'
            'root = "main"\ninclude("screens/main.conf")\n')
    for m in range((npages + 7) // 8):
        f.write('include("screens/menu%d.conf")\n' % m)
    f.write('include("contacts.conf")\n')
with open(os.path.join(out, "screens", "main.conf"), "w", encoding="utf-8") as f:
    f.write('menu "main" {\n    title = "Main"\n')
    f.write('    item { label = "Contacts" goto = "dir" }\n')
    f.write('    item { label = "Pages" goto = "menu0" }\n}\n')
    f.write('directory "dir" {\n    title = "Contacts"\n}\n')
for m in range((npages + 7) // 8):
    with open(os.path.join(out, "screens", "menu%d.conf" % m), "w", encoding="utf-8") as f:
        f.write('menu "menu%d" {\n    title = "Pages %d"\n' % (m, m))
        for k in range(8):
            p = m * 8 + k
            if p < npages:
                f.write('    item { label = "Page %d" goto = "page%d" }\n' % (p, p))
        if (m + 1) * 8 < npages:
            f.write('    item { label = "More" goto = "menu%d" }\n' % (m + 1))
        f.write('}\n')
        for k in range(8):
            p = m * 8 + k
            if p >= npages:
                break
            text = " ".join(words[(p * 7 + i) % len(words)] for i in range(120))
            f.write('page "page%d" {\n    title = "Page %d"\n    text = "%s"\n'
                    '    source = {"generated, 2026"}\n    updated = "2026-01-01"\n}\n'
                    % (p, p, text))
with open(os.path.join(out, "contacts.conf"), "w", encoding="utf-8") as f:
    f.write('service "legal-aid" { label = "Free legal aid" }\n')
    f.write('service "other" { label = "Other help" }\n')
    for i in range(ncontacts):
        city = cities[i % len(cities)]
        f.write('contact {\n    id = "c%d"\n    name = "Organisation %d %s"\n    city = "%s"\n'
                '    phones = {"+381 11 %07d"}\n    services = {"%s"}\n'
                '    hours = {"mon-fri 09:00-17:00"}\n    about = "Helps with %s."\n'
                '    source = {"generated, 2026"}\n    verified = "2026-01-01"\n}\n'
                % (i, i, words[i % len(words)], city, i, "legal-aid" if i % 2 else "other",
                   words[(i * 3) % len(words)]))
print(os.path.join(out, "scale.conf"))
