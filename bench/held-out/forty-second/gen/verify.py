#!/usr/bin/env python3
"""Checks the generated set: every message parses with the stdlib email
package, every text part decodes, trace headers are in place, IBANs/BIK
keys/Bitcoin addresses validate, encrypted ZIPs open with the password
from the body, QR codes decode (if zbarimg is installed)."""
import email
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime, timezone
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import ids  # noqa: E402

FORBIDDEN = ['authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
             'arc-authentication-results', 'x-spam-status', 'x-spam-flag', 'x-spam-score', 'x-spam-level',
             'received-spf']
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
BTC_RE = re.compile(r'\b(bc1[02-9ac-hj-np-z]{20,80}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b')


def pdf_text(data):
    if not shutil.which('pdftotext'):
        return ''
    with tempfile.NamedTemporaryFile(suffix='.pdf', dir=ROOT + '/gen', delete=True) as fh:
        fh.write(data)
        fh.flush()
        r = subprocess.run(['pdftotext', '-layout', fh.name, '-'], capture_output=True)
        return r.stdout.decode('utf-8', 'replace')


def qr_decode(data):
    if not shutil.which('zbarimg'):
        return None
    with tempfile.NamedTemporaryFile(suffix='.png', dir=ROOT + '/gen', delete=True) as fh:
        fh.write(data)
        fh.flush()
        r = subprocess.run(['zbarimg', '-q', '--raw', fh.name], capture_output=True)
        return r.stdout.decode('utf-8', 'replace').strip()


def check(path, problems, info):
    raw = open(path, 'rb').read()
    name = os.path.basename(path)
    msg = email.message_from_bytes(raw, policy=policy.default)

    def bad(s):
        problems.append('%s: %s' % (name, s))
    for d in msg.defects:
        bad('defect %r' % d)
    keys = [k.lower() for k in msg.keys()]
    for f in FORBIDDEN:
        if f in keys:
            bad('forbidden header ' + f)
    for h in ('return-path', 'received', 'from', 'to', 'subject', 'date', 'message-id'):
        if h not in keys:
            bad('missing ' + h)
    rec = msg.get_all('received')
    top = str(rec[0])
    if not re.match(r'from \S+ \((\S+|unknown) \[[0-9a-fA-F.:]+\]\)', top):
        bad('top Received not in Postfix "from HELO (rDNS [IP])" form')
    if 'by mx01.example.com (Postfix)' not in top or 'for <' not in top:
        bad('top Received not mx01 / no for <>')
    if keys[0] != 'return-path' or keys[1] != 'received':
        bad('Return-Path/Received not first')
    for i, r in enumerate(rec):
        if 'mx01.example.com' in str(r) and i:
            bad('mx01 below top')
    dt = parsedate_to_datetime(str(msg['date']))
    if not (datetime(2026, 10, 1, tzinfo=timezone.utc) <= dt <= datetime(2026, 12, 31, 23, 59, tzinfo=timezone.utc)):
        bad('date out of range %s' % dt)
    mx_dt = parsedate_to_datetime(top.rsplit(';', 1)[1].strip().split(' (')[0])
    if not (0 <= (mx_dt - dt).total_seconds() < 600):
        bad('mx01 arrival not shortly after Date: %s vs %s' % (mx_dt, dt))
    subj = str(msg['subject'])
    frm = str(msg['from'])
    texts = []
    attach = []
    for part in msg.walk():
        if part.is_multipart():
            for d in part.defects:
                bad('part defect %r' % d)
            continue
        for d in part.defects:
            bad('part defect %r' % d)
        ctype = part.get_content_type()
        fn = part.get_filename()
        if ctype.startswith('text/') and not fn:
            try:
                t = part.get_content()
            except Exception as e:
                bad('text part does not decode: %r' % e)
                continue
            if '\ufffd' in t:
                bad('replacement char in %s' % ctype)
            cs = part.get_content_charset()
            texts.append(t)
        else:
            data = part.get_payload(decode=True)
            attach.append((fn, ctype, data))
    body = '\n'.join(texts)
    extra_text = []
    for fn, ctype, data in attach:
        if data is None:
            bad('attachment without payload %s' % fn)
            continue
        if ctype == 'application/pdf':
            if not data.startswith(b'%PDF-'):
                bad('bad pdf %s' % fn)
            extra_text.append(pdf_text(data))
        elif 'zip' in ctype:
            zf = zipfile.ZipFile(io.BytesIO(data))
            for zi in zf.infolist():
                if zi.flag_bits & 1:
                    cands = re.findall(r'[A-Za-z0-9\-]{4,}', body)
                    ok = False
                    for c in cands:
                        try:
                            zf.read(zi, pwd=c.encode())
                            ok = True
                            info.append('%s: zip %s member %s opens with password %r' % (name, fn, zi.filename, c))
                            break
                        except Exception:
                            pass
                    if not ok:
                        bad('encrypted zip without working password in body: %s' % fn)
                else:
                    zf.read(zi)
                    info.append('%s: zip %s member %s (plain)' % (name, fn, zi.filename))
        elif ctype == 'image/png':
            if not data.startswith(b'\x89PNG'):
                bad('bad png')
            q = qr_decode(data)
            if q is not None:
                info.append('%s: PNG %s -> %s' % (name, fn, q or '(no QR)'))
        elif ctype in ('text/html', 'image/svg+xml', 'text/csv', 'text/calendar'):
            try:
                s = data.decode('utf-8')
            except UnicodeDecodeError:
                s = data.decode('latin-1')
            if re.search(r'<script', s, re.I):
                bad('script in %s' % fn)
            extra_text.append(s)
    alltext = body + '\n' + '\n'.join(extra_text)
    for m in IBAN_RE.finditer(alltext):
        cand = m.group(1).replace(' ', '')
        if cand[:2] in ('DE', 'IT', 'PL', 'ES', 'GR', 'GB', 'LT', 'BG', 'SK', 'NL', 'BE', 'PT') and len(cand) >= 15:
            if not ids.iban_ok(cand):
                bad('invalid IBAN %s' % cand)
            else:
                info.append('%s: IBAN ok %s' % (name, cand))
    for m in re.finditer(r'\b(4070[0-9]{16})\b', alltext):
        acct = m.group(1)
        biks = re.findall(r'\b(04\d{7})\b', alltext)
        if not any(ids.ru_account_ok(b, acct) for b in biks):
            bad('RU account %s fails BIK key' % acct)
        else:
            info.append('%s: RU account ok %s' % (name, acct))
    for m in re.finditer(r'\b(30101810[0-9]{12})\b', alltext):
        acct = m.group(1)
        biks = re.findall(r'\b(04\d{7})\b', alltext)
        if not any(ids.ru_corr_ok(b, acct) for b in biks):
            bad('RU corr account %s fails BIK key' % acct)
    for m in re.finditer(r'\bbc1[02-9ac-hj-np-z]{20,80}\b', alltext):
        if not ids.bech32_ok(m.group(0)):
            bad('invalid bech32 %s' % m.group(0))
        else:
            info.append('%s: bech32 ok %s' % (name, m.group(0)))
    return subj, frm


def main():
    problems, info = [], []
    n = 0
    for folder in ('attack', 'business'):
        d = os.path.join(ROOT, folder)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if f.endswith('.eml'):
                subj, frm = check(os.path.join(d, f), problems, info)
                n += 1
                if '-v' in sys.argv:
                    print('%-60s | %s | %s' % (f[:60], frm[:40], subj[:70]))
    if '-v' in sys.argv:
        print('\n'.join(info))
    print('checked %d messages, %d problems' % (n, len(problems)))
    for p in problems:
        print('  ' + p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
