#!/usr/bin/env python3
"""Extra checks on the generated set (stdlib; uses zbarimg/unzip/pdftotext if installed)."""
import email
import email.policy
import email.utils
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import io

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lib.banking import iban_valid, bech32_verify  # noqa

IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
IBAN_LEN = {'DE': 22, 'IT': 27, 'ES': 24, 'PL': 28, 'GR': 27, 'GB': 22, 'BE': 16, 'CZ': 24, 'FR': 27, 'LT': 20}
PW = {'14-en': 'GS2026', '29-es': 'BF2026', '38-ru': '4471'}


def main():
    bad = 0
    stats = {}
    ibans = set()
    tmp = tempfile.mkdtemp(prefix='audit102-verify-', dir=ROOT)
    try:
        for path in sorted(glob.glob(os.path.join(ROOT, '*', '*.eml'))):
            name = os.path.relpath(path, ROOT)
            raw = open(path, 'rb').read()
            head = raw.split(b'\r\n\r\n', 1)[0]
            if any(b > 127 for b in head):
                print('non-ASCII header bytes:', name); bad += 1
            for ln in raw.split(b'\r\n'):
                if len(ln) > 998:
                    print('line > 998:', name); bad += 1; break
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            d = email.utils.parsedate_to_datetime(msg['Date'])
            if not (d.year == 2026 and d.month in (10, 11, 12)):
                print('date out of range', name, d); bad += 1
            texts = []
            for part in msg.walk():
                if part.is_multipart():
                    continue
                ct = part.get_content_type()
                data = part.get_payload(decode=True)
                fn = part.get_filename() or ''
                key = (part.get_content_charset(), part.get('Content-Transfer-Encoding'))
                if part.get_content_maintype() == 'text' and not fn:
                    stats[key] = stats.get(key, 0) + 1
                    texts.append(data.decode(part.get_content_charset() or 'ascii'))
                if ct == 'image/png' and shutil.which('zbarimg'):
                    p = os.path.join(tmp, 'x.png')
                    open(p, 'wb').write(data)
                    r = subprocess.run(['zbarimg', '-q', '--raw', p], capture_output=True, text=True)
                    if r.stdout.strip():
                        print('QR  %-60s -> %s' % (name, r.stdout.strip()))
                if ct == 'application/zip':
                    z = zipfile.ZipFile(io.BytesIO(data))
                    pw = PW.get(os.path.basename(name)[:5])
                    for info in z.infolist():
                        content = z.read(info.filename, pwd=pw.encode() if (info.flag_bits & 1) else None)
                        print('ZIP %-60s -> %s (%s, %d bytes)' % (name, info.filename, 'ZipCrypto pw=' + pw if info.flag_bits & 1 else 'plain', len(content)))
                    if shutil.which('unzip'):
                        p = os.path.join(tmp, 'x.zip')
                        open(p, 'wb').write(data)
                        r = subprocess.run(['unzip', '-t', '-P', pw or '', p], capture_output=True, text=True)
                        if r.returncode != 0:
                            print('unzip failed', name, r.stdout); bad += 1
                if ct == 'application/pdf' and shutil.which('pdftotext'):
                    p = os.path.join(tmp, 'x.pdf')
                    open(p, 'wb').write(data)
                    r = subprocess.run(['pdftotext', p, '-'], capture_output=True, text=True)
                    if r.returncode != 0 or not r.stdout.strip():
                        print('pdftotext failed', name); bad += 1
                    texts.append(r.stdout)
                if ct in ('text/html', 'image/svg+xml') and fn:
                    if re.search(rb'<script(?![^>]*text/x-inert)', data, re.I):
                        print('script in attachment', name); bad += 1
                    texts.append(data.decode('utf-8'))
            for t in texts:
                for m in IBAN_RE.finditer(t):
                    s = m.group(1).replace(' ', '')
                    n = IBAN_LEN.get(s[:2])
                    if n and len(s) >= n:
                        s = s[:n]
                        ibans.add(s)
                        if not iban_valid(s):
                            print('INVALID IBAN', name, s); bad += 1
                for m in re.finditer(r'(?<!\d)(?<!\d )(\d{2}(?: \d{4}){6})(?![\d])', t):
                    s = 'PL' + m.group(1).replace(' ', '')
                    ibans.add(s)
                    if not iban_valid(s):
                        print('INVALID NRB', name, s); bad += 1
                for m in re.finditer(r'\bbc1[02-9ac-hj-np-z]{20,80}\b', t):
                    if not bech32_verify(m.group(0)):
                        print('bad bech32', name, m.group(0)); bad += 1
        print('valid IBANs found:', ', '.join(sorted(ibans)))
        print('text part charset/CTE usage:')
        for k, v in sorted(stats.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
            print('  %-14s %-17s %d' % (k[0], k[1], v))
    finally:
        shutil.rmtree(tmp)
    print('problems:', bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
