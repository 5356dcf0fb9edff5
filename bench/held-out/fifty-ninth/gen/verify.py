"""Checks every generated message: parses with the email package, every text
part decodes strictly in its declared charset, structural rules of the brief,
attachments open (ZIP/PDF/PNG), QR codes decode (if zbarimg is installed)."""

import email
import email.policy
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from email.utils import parsedate_to_datetime

import checks as C

FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
             'arc-authentication-results', 'x-spam-status', 'x-spam-flag', 'x-spam-score', 'x-spam-level')
ZIP_PW = {'18-it': b'AdE4311', '35-el': b'RFQ2026', '37-ru': b'2026', '07-de': b'Mg#Weiler-41873!'}


def check_file(path):
    errs = []
    raw = open(path, 'rb').read()
    name = os.path.basename(path)
    for pol in (email.policy.compat32, email.policy.default):
        msg = email.message_from_bytes(raw, policy=pol)
        if msg.defects:
            errs.append('defects: %r' % msg.defects)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for k in msg.keys():
        if k.lower() in FORBIDDEN or k.lower().startswith('x-spam'):
            errs.append('forbidden header ' + k)
    hdr_lines = raw.split(b'\r\n\r\n', 1)[0].split(b'\r\n')
    if not hdr_lines[0].startswith(b'Return-Path: <'):
        errs.append('first header is not Return-Path')
    if not hdr_lines[1].startswith(b'Received: from '):
        errs.append('second header is not Received')
    rcv = msg.get_all('Received')
    top = str(rcv[0])
    if 'by mx01.example.com (Postfix)' not in top or not re.search(r'for <[^>]+@(example\.com|examplegroup\.eu)>', top):
        errs.append('top Received not mx01 / no for <rcpt>')
    if not re.match(r'from \S+ \(\S+ \[[0-9a-f.:]+\]\)', top):
        errs.append('top Received client format')
    d = parsedate_to_datetime(str(msg['Date']))
    if not (d.year == 2026 and 10 <= d.month <= 12):
        errs.append('date out of range %s' % d)
    for h in ('From', 'To', 'Subject', 'Message-ID', 'Date'):
        if msg[h] is None:
            errs.append('missing ' + h)
        else:
            str(msg[h])  # decodes RFC 2047
    if b'\r\n' not in raw or re.search(rb'[^\r]\n', raw):
        errs.append('line endings not CRLF')
    qrs = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        cte = (part['Content-Transfer-Encoding'] or '7bit').lower()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset() or 'us-ascii'
            try:
                payload.decode(cs, 'strict')
            except Exception as e:
                errs.append('text part %s does not decode as %s: %s' % (ctype, cs, e))
            part.get_content()
        if cte == '7bit' and any(b > 127 for b in payload):
            errs.append('8-bit data in 7bit part')
        if ctype in ('application/zip', 'application/x-zip-compressed'):
            z = zipfile.ZipFile(io.BytesIO(payload))
            pw = ZIP_PW.get(name[:5])
            for zi in z.infolist():
                if zi.flag_bits & 1:
                    if not pw:
                        errs.append('encrypted zip without known password')
                        continue
                    data = z.read(zi, pwd=pw)
                else:
                    data = z.read(zi)
                if zi.filename.endswith('.pdf') and not data.startswith(b'%PDF'):
                    errs.append('zip pdf broken')
        if ctype == 'application/pdf' and not (payload.startswith(b'%PDF') and payload.rstrip().endswith(b'%%EOF')):
            errs.append('pdf broken')
        if ctype == 'image/png':
            if not payload.startswith(b'\x89PNG\r\n\x1a\n'):
                errs.append('png broken')
            if 'qr' in (part.get_filename() or '') or 'aktywacja' in (part.get_filename() or ''):
                qrs.append(payload)
        if ctype in ('text/html', 'image/svg+xml') and re.search(rb'<script', payload, re.I):
            errs.append('script in ' + ctype)
    # IBAN checks over all decoded text
    text = ''
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            text += part.get_content()
    for m in re.finditer(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b', text):
        cand = m.group(1).replace(' ', '')
        if cand[:2] in ('DE', 'IT', 'PL', 'ES', 'GR', 'GB', 'LT', 'BG', 'SK') and len(cand) >= 18:
            if not C.iban_valid(cand):
                errs.append('invalid IBAN ' + cand)
    for m in re.finditer(r'\bbc1[0-9a-z]{20,80}\b', text):
        if not C.bech32_valid(m.group(0)):
            errs.append('invalid bech32')
    return errs, qrs


def zbar(png):
    exe = shutil.which('zbarimg')
    if not exe:
        return None
    with tempfile.NamedTemporaryFile(suffix='.png') as f:
        f.write(png)
        f.flush()
        out = subprocess.run([exe, '-q', '--raw', f.name], capture_output=True, text=True)
        return out.stdout.strip()


def run(root):
    total, bad = 0, 0
    for folder in ('attack', 'business'):
        for fn in sorted(os.listdir(os.path.join(root, folder))):
            total += 1
            errs, qrs = check_file(os.path.join(root, folder, fn))
            for q in qrs:
                r = zbar(q)
                if r is None:
                    print('  (zbarimg not installed - QR in %s not decoded)' % fn)
                elif not r.startswith('https://'):
                    errs.append('QR does not decode')
                else:
                    print('  QR %s/%s -> %s' % (folder, fn, r))
            if errs:
                bad += 1
                print('FAIL %s/%s: %s' % (folder, fn, '; '.join(errs)))
    print('checked %d messages, %d with problems' % (total, bad))
    return bad == 0
