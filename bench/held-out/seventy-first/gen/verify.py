"""Post-build verification with the standard library only."""
import email
import io
import os
import re
import zipfile
from email import policy
from email.utils import parsedate_to_datetime

import money

EXPECTED = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]
FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
             'arc-authentication-results', 'x-spam', 'received-spf')
ZIP_PASSWORDS = [b'LG-1187', b'2026', b'4818', b'Sp-EGI#2026']
IBAN_LEN = dict(DE=22, IT=27, PL=28, ES=24, GR=27, GB=22, BE=16, CH=21, LT=20)
IBAN_RE = re.compile(r'\b(?:DE|IT|PL|ES|GR|GB|BE|CH|LT)\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b')


def _norm(s):
    return s.replace('\r\n', '\n')


def check(root, metas):
    problems = []
    # naming / counts
    for folder in ('attack', 'business'):
        files = sorted(f for f in os.listdir(os.path.join(root, folder)) if f.endswith('.eml'))
        want = []
        for lang, k in EXPECTED:
            want += [lang] * k
        if len(files) != 40:
            problems.append('%s: %d files' % (folder, len(files)))
        for i, f in enumerate(files):
            if not f.startswith('%02d-%s-' % (i + 1, want[i])):
                problems.append('%s: bad name/order %s' % (folder, f))
    for m in metas:
        path = os.path.join(root, m['folder'], m['file'])
        raw = open(path, 'rb').read()
        tag = '%s/%s' % (m['folder'], m['file'])
        head = raw.split(b'\r\n\r\n', 1)[0]
        if any(c > 127 for c in head):
            problems.append(tag + ': raw 8-bit byte in header block')
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects:
            problems.append('%s: message defects %r' % (tag, msg.defects))
        names = [k.lower() for k in msg.keys()]
        if names[0] != 'return-path' or names[1] != 'received':
            problems.append(tag + ': header order (Return-Path, Received) wrong')
        top = re.sub(r'\s+', ' ', str(msg.get_all('Received')[0]))
        if 'by mx01.example.com (Postfix)' not in top or ' for <' not in top:
            problems.append(tag + ': top Received is not mx01 with for <...>')
        if m['folder'] == 'business' and 'mail-int01' in top and not any('Microsoft SMTP Server' in r or 'mapi' in r
                                                                          for r in msg.get_all('Received')):
            problems.append(tag + ': internal mail without Exchange hop')
        for n in names:
            if any(n.startswith(f) for f in FORBIDDEN):
                problems.append(tag + ': forbidden header ' + n)
        for k in ('From', 'To', 'Cc', 'Subject', 'Reply-To'):
            v = msg.get(k)
            if v is not None and getattr(v, 'defects', None):
                problems.append('%s: %s header defects %r' % (tag, k, v.defects))
        d = parsedate_to_datetime(msg['Date'])
        if not (d.year == 2026 and 10 <= d.month <= 12):
            problems.append(tag + ': date outside Oct-Dec 2026')
        texts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            for hk, hv in part.raw_items():
                if any(ord(ch) > 127 for ch in hv):
                    problems.append('%s: 8-bit data in part header %s' % (tag, hk))
            if part.defects:
                problems.append('%s: part %s defects %r' % (tag, part.get_content_type(), part.defects))
            ctype = part.get_content_type()
            fn = part.get_filename()
            payload = part.get_payload(decode=True)
            if part.get_content_maintype() == 'text' and not fn:
                try:
                    texts.append(part.get_content())
                except Exception as e:  # noqa: BLE001
                    problems.append('%s: text part does not decode: %s' % (tag, e))
            if ctype == 'application/pdf':
                if not (payload.startswith(b'%PDF-') and payload.rstrip().endswith(b'%%EOF')):
                    problems.append(tag + ': PDF malformed')
                if b'/JavaScript' in payload or b'/JS ' in payload or b'/Launch' in payload or b'/EmbeddedFile' in payload:
                    problems.append(tag + ': PDF not inert')
            if ctype == 'image/png' and not payload.startswith(b'\x89PNG\r\n\x1a\n'):
                problems.append(tag + ': PNG malformed')
            if ctype in ('text/html', 'image/svg+xml') and fn:
                low = payload.lower()
                if b'<script' in low or b'javascript:' in low or b'onload=' in low:
                    problems.append(tag + ': active content in ' + fn)
            if 'zip' in ctype:
                try:
                    zf = zipfile.ZipFile(io.BytesIO(payload))
                    for info in zf.infolist():
                        data = None
                        if info.flag_bits & 1:
                            for pw in ZIP_PASSWORDS:
                                try:
                                    data = zf.read(info, pwd=pw)
                                    break
                                except (RuntimeError, zipfile.BadZipFile):
                                    continue
                        else:
                            data = zf.read(info)
                        if data is None:
                            problems.append('%s: cannot decrypt %s' % (tag, info.filename))
                        elif m['folder'] == 'attack' and data.count(b'\n') != 1:
                            problems.append('%s: attack ZIP member is not a one-line placeholder' % tag)
                except zipfile.BadZipFile as e:
                    problems.append('%s: bad zip %s' % (tag, e))
        # round-trip of every body text part
        want = [_norm(t) for _, t in m['texts']]
        got = [_norm(t) for t in texts]
        if want != got:
            problems.append(tag + ': decoded text differs from source')
        alltext = '\n'.join(got)
        for ib in IBAN_RE.findall(alltext):
            if len(ib.replace(' ', '')) != IBAN_LEN[ib[:2]]:
                continue
            if not money.iban_ok(ib):
                problems.append('%s: invalid IBAN %s' % (tag, ib))
        for addr in re.findall(r'\bbc1[02-9ac-hj-np-z]{20,}\b', alltext):
            if not money.bech32_ok(addr):
                problems.append('%s: invalid bech32 %s' % (tag, addr))
        rs = re.findall(r'р/с (\d{20})', alltext)
        bik = re.findall(r'БИК (\d{9})', alltext)
        ks = re.findall(r'к/с (\d{20})', alltext)
        for a, b in zip(rs, bik):
            if money.ru_account(b, a[:8] + 'X' + a[9:]) != a:
                problems.append('%s: Russian account %s fails BIK key' % (tag, a))
        for a, b in zip(ks, bik):
            if money.ru_corr(b, a[:8] + 'X' + a[9:]) != a:
                problems.append('%s: correspondent account %s fails BIK key' % (tag, a))
    return problems


def external_qr_check(root):
    """Optional: decode the QR codes with zbarimg (and pdftoppm for the PDF) if those tools exist."""
    import shutil
    import subprocess
    if not shutil.which('zbarimg'):
        return ['QR check skipped (zbarimg not installed)']
    work = os.path.join(root, '.verify-tmp')
    os.makedirs(work, exist_ok=True)
    out = []
    try:
        for folder in ('attack', 'business'):
            for f in sorted(os.listdir(os.path.join(root, folder))):
                msg = email.message_from_bytes(open(os.path.join(root, folder, f), 'rb').read(), policy=policy.default)
                for i, part in enumerate(msg.walk()):
                    ct = part.get_content_type()
                    if ct not in ('image/png', 'application/pdf'):
                        continue
                    data = part.get_payload(decode=True)
                    p = os.path.join(work, 'p%d.%s' % (i, 'png' if ct == 'image/png' else 'pdf'))
                    open(p, 'wb').write(data)
                    imgs = [p]
                    if ct == 'application/pdf':
                        if b'/Subtype /Image' not in data or not shutil.which('pdftoppm'):
                            continue
                        subprocess.run(['pdftoppm', '-r', '110', '-png', p, os.path.join(work, 'r%d' % i)], check=True)
                        imgs = sorted(os.path.join(work, x) for x in os.listdir(work) if x.startswith('r%d' % i))
                    for img in imgs:
                        r = subprocess.run(['zbarimg', '-q', '--raw', img], capture_output=True, text=True)
                        for line in r.stdout.split('\n'):
                            if line.strip():
                                out.append('QR %s/%s: %s' % (folder, f, line.strip()))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out
