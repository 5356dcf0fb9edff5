#!/usr/bin/env python3
"""Optional cross-check with external tools if installed (zbarimg, pdftotext,
unzip): QR codes decode to the URL recorded in the generator, PDFs yield
text, encrypted ZIPs open with the password from the mail body.
Not needed for building; standard library + subprocess only."""
import email
import email.policy
import os
import shutil
import subprocess
import sys
import re
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from builder import MESSAGES   # noqa: E402
import ids      # noqa: E402
import verify   # noqa: E402
import msgs_de, msgs_en, msgs_it, msgs_pl, msgs_es, msgs_el, msgs_ru   # noqa: E402,E401


def main():
    for mod in (msgs_de, msgs_en, msgs_it, msgs_pl, msgs_es, msgs_el, msgs_ru):
        mod.define()
    files = {}
    for folder in ('attack', 'business'):
        for f in os.listdir(os.path.join(ROOT, folder)):
            files[(folder, f.split('-', 2)[2][:-4])] = os.path.join(ROOT, folder, f)
    have = {t: shutil.which(t) for t in ('zbarimg', 'pdftotext', 'unzip')}
    print('tools:', have)
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for m in MESSAGES:
            path = files[(m['folder'], m['slug'])]
            msg = email.message_from_bytes(open(path, 'rb').read(), policy=email.policy.default)
            for i, part in enumerate(msg.walk()):
                ct = part.get_content_type()
                data = part.get_payload(decode=True)
                if data is None:
                    continue
                p = os.path.join(tmp, 'x%d' % i)
                open(p, 'wb').write(data)
                if ct == 'image/png' and 'qr' in m['check'] and have['zbarimg']:
                    out = subprocess.run([have['zbarimg'], '-q', '--raw', p], capture_output=True, text=True).stdout.strip()
                    ok = out == m['check']['qr']
                    bad += not ok
                    print('QR  %-45s %s' % (m['slug'], 'ok' if ok else 'MISMATCH ' + out))
                if ct == 'application/pdf' and have['pdftotext']:
                    out = subprocess.run([have['pdftotext'], '-q', p, '-'], capture_output=True, text=True).stdout
                    ok = len(out.strip()) > 40
                    perr = []
                    verify._check_ibans(out, m['slug'] + ' (PDF)', perr)
                    for bik, acct in re.findall(r'БИК (\d{9})', out) and [(b, a) for b in re.findall(r'БИК (\d{9})', out)
                                                                          for a in re.findall(r'р/с (\d{20})', out)] or []:
                        if not ids.ru_account_ok(bik, acct):
                            perr.append('RU account key ' + acct)
                    if perr:
                        print('   ', perr)
                        ok = False
                    bad += not ok
                    print('PDF %-45s %s %s' % (m['slug'], 'ok' if ok else 'NO TEXT', out.strip().splitlines()[0][:50] if ok else ''))
                if ct == 'application/zip' and have['unzip']:
                    pw = m['check'].get('zip_pw', '')
                    r = subprocess.run([have['unzip'], '-t', '-P', pw, p], capture_output=True)
                    ok = r.returncode == 0
                    bad += not ok
                    print('ZIP %-45s %s (password %s)' % (m['slug'], 'ok' if ok else 'FAIL', pw or '-'))
    print('problems:', bad)
    return bad


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
