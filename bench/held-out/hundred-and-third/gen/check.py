#!/usr/bin/env python3
"""Validate the generated set: parsing, decoding, header rules, attachments, IBAN/BIK/BTC checksums, QR codes."""
import email
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import banking as B  # noqa: E402
from lib.cryptoaddr import bech32_verify, base58_verify  # noqa: E402

OUT = os.path.dirname(HERE)
ZIP_PW = {'16-en': '1412', '19-it': '1187', '37-ru': '2367'}
FORBIDDEN = re.compile(r'^(Authentication-Results|DKIM-Signature|ARC-[A-Za-z-]+|X-Spam[A-Za-z-]*):', re.I | re.M)
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b')
BTC_RE = re.compile(r'\b(bc1[02-9ac-hj-np-z]{20,70}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b')
RU_ACCT_RE = re.compile(r'(?:р/с|r/s)\s*(\d{20})')
RU_BIK_RE = re.compile(r'БИК\s*(\d{9})')
errors = []
STATS = {'iban': 0, 'ru': 0}


def err(f, m):
    errors.append('%s: %s' % (f, m))


def check_file(path):
    f = os.path.basename(path)
    raw = open(path, 'rb').read()
    head, _, _ = raw.partition(b'\n\n')
    try:
        head.decode('ascii')
    except UnicodeDecodeError:
        err(f, 'non-ASCII bytes in top-level header block')
    htext = head.decode('latin-1')
    if FORBIDDEN.search(htext):
        err(f, 'forbidden authentication/spam header present')
    lines = htext.split('\n')
    if not lines[0].startswith('Return-Path:'):
        err(f, 'Return-Path is not the first header')
    msg = email.message_from_bytes(raw, policy=policy.default)
    rec = msg.get_all('Received') or []
    if not rec or 'by mx01.example.com (Postfix)' not in rec[0] or not re.search(r'for <[^>]+@[^>]+>', rec[0]) or not re.match(r'from \S+ \(\S+ \[[0-9a-fA-F:.]+\]\)', rec[0]):
        err(f, 'top Received is not a proper mx01 header: %r' % rec[:1])
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[h] is None:
            err(f, 'missing %s' % h)
    for h in ('From', 'To', 'Cc', 'Subject', 'Reply-To'):
        v = msg[h]
        if v is not None and '=?' in str(v):
            err(f, 'undecoded encoded-word in %s' % h)
    d = parsedate_to_datetime(msg['Date'])
    if not (d.year == 2026 and 10 <= d.month <= 12):
        err(f, 'date out of range %s' % d)
    for p in msg.walk():
        for dfc in p.defects:
            err(f, 'defect %r' % dfc)
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if ctype.startswith('text/'):
            cs = part.get_content_charset()
            if not cs:
                err(f, 'text part without charset')
                continue
            try:
                t = payload.decode(cs)
            except Exception as e:  # noqa
                err(f, 'text part does not decode strictly as %s: %s' % (cs, e))
                continue
            part.get_content()
            if fn and ctype in ('text/html',):
                low = t.lower()
                if '<script' in low or 'javascript:' in low or re.search(r'\son[a-z]+\s*=', low):
                    err(f, 'active content in HTML attachment')
            texts.append(t)
        if ctype == 'image/svg+xml':
            s = payload.decode('utf-8')
            if '<script' in s.lower() or re.search(r'\son[a-z]+\s*=', s.lower()):
                err(f, 'script in SVG')
            texts.append(s)
        if ctype == 'application/pdf':
            if not payload.startswith(b'%PDF-') or any(k in payload for k in (b'/JavaScript', b'/OpenAction', b'/Launch', b'/EmbeddedFile')):
                err(f, 'bad or active PDF')
            if shutil.which('pdftotext'):
                with tempfile.NamedTemporaryFile(suffix='.pdf') as tf:
                    tf.write(payload)
                    tf.flush()
                    r = subprocess.run(['pdftotext', '-q', tf.name, '-'], capture_output=True)
                    t = r.stdout.decode('utf-8', 'replace')
                    if r.returncode != 0 or len(t.strip()) < 20:
                        err(f, 'pdftotext failed on %s' % fn)
                    texts.append(t)
        if ctype in ('application/zip', 'application/x-zip-compressed'):
            zf = zipfile.ZipFile(io.BytesIO(payload))
            pw = ZIP_PW.get(f[:5])
            for zi in zf.infolist():
                enc = bool(zi.flag_bits & 1)
                if pw and not enc:
                    err(f, 'zip entry not encrypted')
                if enc:
                    data = zf.read(zi, pwd=pw.encode())
                else:
                    data = zf.read(zi)
                if not data.startswith(b'INERT PLACEHOLDER'):
                    err(f, 'zip entry is not the placeholder')
        if ctype == 'image/png':
            if shutil.which('zbarimg'):
                with tempfile.NamedTemporaryFile(suffix='.png') as tf:
                    tf.write(payload)
                    tf.flush()
                    r = subprocess.run(['zbarimg', '-q', '--raw', tf.name], capture_output=True)
                    q = r.stdout.decode('utf-8').strip()
                    if r.returncode != 0 or not q:
                        err(f, 'QR code not decodable')
                    else:
                        print('   %s QR -> %s' % (f[:5], q))
        if ctype == 'audio/wav' and not payload.startswith(b'RIFF'):
            err(f, 'bad WAV')
    alltext = '\n'.join(texts)
    for cand in sorted({m.group(1).replace(' ', '') for m in IBAN_RE.finditer(alltext)}):
        if len(cand) >= 15 and cand[:2] in ('DE', 'IT', 'PL', 'ES', 'GR', 'GB', 'LT'):
            if not B.iban_valid(cand):
                err(f, 'invalid IBAN %s' % cand)
            else:
                STATS['iban'] += 1
    for a in sorted({m.group(1) for m in BTC_RE.finditer(alltext)}):
        ok = bech32_verify(a) if a.startswith('bc1') else base58_verify(a)
        if not ok:
            err(f, 'invalid BTC address %s' % a)
        else:
            print('   %s BTC %s ok' % (f[:5], a))
    biks = RU_BIK_RE.findall(alltext)
    for acct in set(RU_ACCT_RE.findall(alltext)):
        if not any(B.ru_key_valid(b, acct) for b in biks):
            err(f, 'Russian account %s fails BIK key for %s' % (acct, biks))
        else:
            STATS['ru'] += 1
    email.message_from_bytes(raw)  # compat32 parser as well
    return msg


def main():
    total = 0
    n = 0
    for kind in ('attack', 'business'):
        files = sorted(x for x in os.listdir(os.path.join(OUT, kind)) if x.endswith('.eml'))
        if len(files) != 40:
            err(kind, 'expected 40 files, found %d' % len(files))
        for i, fn in enumerate(files, 1):
            if not fn.startswith('%02d-' % i):
                err(fn, 'numbering')
            p = os.path.join(OUT, kind, fn)
            total += os.path.getsize(p)
            check_file(p)
            n += 1
    print('checked %d messages, %d bytes of .eml; %d IBAN occurrences (per message, unique) valid, %d Russian accounts with valid BIK key'
          % (n, total, STATS['iban'], STATS['ru']))
    if errors:
        print('ERRORS:')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
