"""Post-build checks: every message parses, every text part decodes, headers
follow the conventions, attachments are what they claim, identifiers are valid."""
import email
import email.policy
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import checksums as C
import files
import qr

FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
             'arc-authentication-results', 'x-spam')
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
BTC_RE = re.compile(r'\b(bc1[02-9ac-hj-np-z]{20,80}|1[1-9A-HJ-NP-Za-km-z]{25,34})\b')


def _iban_candidates(text):
    out = []
    for m in IBAN_RE.finditer(text):
        s = m.group(1).replace(' ', '')
        cc = s[:2]
        ln = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20, 'FR': 27}.get(cc)
        if ln and len(s) >= ln:
            out.append(s[:ln])
    return out


def check_file(path, errors, stats):
    raw = open(path, 'rb').read()
    name = os.path.basename(path)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        errors.append('%s: message defects %r' % (name, msg.defects))
    keys = [k.lower() for k in msg.keys()]
    for k in keys:
        if k.startswith(FORBIDDEN):
            errors.append('%s: forbidden header %s' % (name, k))
    if keys[0] != 'return-path':
        errors.append('%s: first header is not Return-Path' % name)
    rec = msg.get_all('Received')
    if not rec or 'by mx01.example.com (Postfix)' not in rec[0] or 'for <' not in rec[0]:
        errors.append('%s: top Received is not mx01' % name)
    if not re.match(r'from \S+ \(\S+ \[[0-9a-fA-F.:]+\]\)', str(rec[0])):
        errors.append('%s: top Received lacks "from HELO (rDNS [IP])"' % name)
    if '10.20.0.25' in str(rec[0]) and not any('Microsoft SMTP Server' in str(r) for r in rec[1:2]):
        errors.append('%s: internal mail without Exchange hop below mx01' % name)
    d = msg['Date'].datetime
    if not (d.year == 2026 and d.month in (10, 11, 12)):
        errors.append('%s: date out of range %s' % (name, d))
    for h in ('From', 'To', 'Subject', 'Message-ID', 'Date'):
        if msg[h] is None:
            errors.append('%s: missing %s' % (name, h))
        else:
            str(msg[h])
    texts = []
    for part in msg.walk():
        if part.defects:
            errors.append('%s: part defects %r' % (name, part.defects))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        if part.get_content_maintype() == 'text':
            try:
                content = part.get_content()
            except Exception as e:
                errors.append('%s: cannot decode %s: %s' % (name, ctype, e))
                continue
            cs = part.get_content_charset()
            # strict decode of the raw payload in the declared charset
            try:
                part.get_payload(decode=True).decode(cs, 'strict')
            except Exception as e:
                errors.append('%s: strict decode %s as %s failed: %s' % (name, ctype, cs, e))
            texts.append(content)
            stats['text_parts'] += 1
        data = part.get_payload(decode=True)
        if fn:
            stats['attachments'] += 1
            low = fn.lower()
            if low.endswith('.pdf'):
                if not data.startswith(b'%PDF-1.') or b'%%EOF' not in data[-10:]:
                    errors.append('%s: bad PDF %s' % (name, fn))
                texts.append(files.pdf_text(data).decode('latin-1'))
                if shutil.which('pdftotext'):
                    with tempfile.NamedTemporaryFile(suffix='.pdf', dir=stats['tmp']) as tf:
                        tf.write(data)
                        tf.flush()
                        r = subprocess.run(['pdftotext', '-q', tf.name, '-'], capture_output=True)
                        if r.returncode != 0:
                            errors.append('%s: pdftotext failed on %s' % (name, fn))
                        else:
                            texts.append(r.stdout.decode('utf-8', 'replace'))
                stats['pdf'] += 1
            elif low.endswith(('.zip', '.xlsx')):
                z = zipfile.ZipFile(io.BytesIO(data))
                enc = any(i.flag_bits & 1 for i in z.infolist())
                if enc:
                    pw = None
                    body = ' '.join(texts)
                    for tok in re.findall(r'[A-Za-z0-9]{4,20}', body):
                        try:
                            z.setpassword(tok.encode())
                            z.read(z.infolist()[0])
                            pw = tok
                            break
                        except Exception:
                            continue
                    if not pw:
                        errors.append('%s: no password in body opens %s' % (name, fn))
                        continue
                    stats['zipcrypto'] += 1
                for i in z.infolist():
                    content = z.read(i)
                    if low.endswith('.xlsx'):
                        texts.append(content.decode('utf-8'))
                    elif i.filename.lower().endswith('.pdf'):
                        texts.append(files.pdf_text(content).decode('latin-1'))
                    elif len(content.splitlines()) != 1:
                        errors.append('%s: placeholder in %s is not one line' % (name, i.filename))
                if z.testzip() is not None:
                    errors.append('%s: zip CRC error in %s' % (name, fn))
                stats['zip'] += 1
            elif ctype == 'image/png':
                assert data.startswith(b'\x89PNG')
                if 'qr' in low or 'codigo' in low:
                    url = qr.decode_png(data)
                    stats['qr'].append((name, url))
                    if shutil.which('zbarimg'):
                        with tempfile.NamedTemporaryFile(suffix='.png', dir=stats['tmp']) as tf:
                            tf.write(data)
                            tf.flush()
                            z = subprocess.run(['zbarimg', '-q', '--raw', tf.name], capture_output=True, text=True).stdout.strip()
                            if z != url:
                                errors.append('%s: zbar read %r != %r' % (name, z, url))
            elif ctype == 'image/svg+xml':
                s = data.decode('utf-8')
                if '<script' in s.lower():
                    errors.append('%s: SVG contains script' % name)
            elif ctype == 'text/html':
                if '<script' in data.decode('utf-8').lower():
                    errors.append('%s: HTML attachment contains script' % name)
    alltext = '\n'.join(texts)
    for ib in _iban_candidates(alltext.upper()):
        stats['ibans'] += 1
        if not C.iban_valid(ib):
            errors.append('%s: invalid IBAN %s' % (name, ib))
    for b in BTC_RE.findall(alltext):
        if b.startswith('bc1'):
            ok = C.bech32_valid(b)
        else:
            ok = C.base58check_valid(b)
        stats['btc'] += 1
        if not ok:
            errors.append('%s: invalid BTC address %s' % (name, b))
    for acc in re.findall(r'\b(40[78]02810\d{12}|30101810\d{12})\b', alltext):
        stats['ru_acc'] += 1
        pre = '0' + '044030653'[4:6] if acc.startswith('30101') else '653'
        if not C.ru_account_valid(pre, acc):
            errors.append('%s: invalid RU account %s' % (name, acc))


def run(root):
    errors = []
    stats = dict(text_parts=0, attachments=0, pdf=0, zip=0, zipcrypto=0, qr=[], ibans=0, btc=0, ru_acc=0, files=0)
    tmp = tempfile.mkdtemp(dir=root)
    stats['tmp'] = tmp
    try:
        for folder in ('attack', 'business'):
            for fn in sorted(os.listdir(os.path.join(root, folder))):
                if fn.endswith('.eml'):
                    stats['files'] += 1
                    check_file(os.path.join(root, folder, fn), errors, stats)
    finally:
        shutil.rmtree(tmp)
    del stats['tmp']
    return errors, stats
