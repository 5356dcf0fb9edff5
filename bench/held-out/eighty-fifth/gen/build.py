#!/usr/bin/env python3
"""Entry point: build the evaluation set into the pair directory (attack/, business/, staff.txt,
MANIFEST.md) and verify every message.  Deterministic, standard library only."""
import importlib
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from mime import render  # noqa: E402
import manifest  # noqa: E402
import verify  # noqa: E402

LANGS = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]
FOLDERS = ['attack', 'business']


def load(folder):
    msgs = []
    for lang, n in LANGS:
        mod = importlib.import_module('msgs_%s_%s' % (lang, folder))
        items = mod.MESSAGES
        if len(items) != n:
            raise SystemExit('%s/%s: expected %d messages, got %d' % (folder, lang, n, len(items)))
        for it in items:
            it['lang'] = lang
        msgs.extend(items)
    for i, m in enumerate(msgs, 1):
        m['num'] = i
        m['file'] = '%02d-%s-%s.eml' % (i, m['lang'], m['slug'])
        m['seed'] = '%s/%s' % (folder, m['file'])
        m['folder'] = folder
    return msgs


def main():
    allmsgs = {}
    for folder in FOLDERS:
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
        msgs = load(folder)
        for m in msgs:
            raw, info = render(m)
            m['info'] = info
            with open(os.path.join(d, m['file']), 'wb') as fh:
                fh.write(raw)
        allmsgs[folder] = msgs
    manifest.write(OUT, allmsgs)
    ok = verify.run(OUT, allmsgs)
    print('built %d attack + %d business messages; verification %s' % (
        len(allmsgs['attack']), len(allmsgs['business']), 'OK' if ok else 'FAILED'))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
