#!/usr/bin/env python3
"""Rebuild the audit130 evaluation set (attack/, business/, staff.txt, MANIFEST.md) into the
directory above gen/, then verify every message. Deterministic: every random value comes from a
generator seeded with the message's file name. Python 3 standard library only."""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from lib import registry, verify, manifest  # noqa: E402
import msgs  # noqa: E402,F401  (registers all messages)


def main():
    root = os.path.dirname(HERE)
    results = registry.build_all()
    failures = []
    for kind in ('attack', 'business'):
        d = os.path.join(root, kind)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
        for c, data in results[kind]:
            with open(os.path.join(d, c.fname), 'wb') as fh:
                fh.write(data)
            errs = verify.verify_message(c, data)
            for e in errs:
                failures.append('%s/%s: %s' % (kind, c.fname, e))
    for e in verify.verify_company():
        failures.append('company data: invalid identifier %s' % e)
    with open(os.path.join(root, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(manifest.staff_txt())
    with open(os.path.join(root, 'MANIFEST.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(manifest.build(results))
    n = sum(len(v) for v in results.values())
    if failures:
        print('VERIFICATION FAILED (%d problems):' % len(failures))
        for f in failures:
            print('  ' + f)
        sys.exit(1)
    print('built and verified %d messages (%d attack, %d business) into %s' % (
        n, len(results['attack']), len(results['business']), root))


if __name__ == '__main__':
    main()
