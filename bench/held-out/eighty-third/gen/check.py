"""Verification: parse every message with the stdlib email package, decode every text part,
check headers, IBANs, crypto addresses, attachments (PDF/ZIP/PNG QR)."""
import email
import email.policy
import email.utils
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import banking as B

IBAN_RE = re.compile(r'\b(DE|IT|PL|ES|GR|GB|LT|BE|FR)(\d{2})((?:[ ]?[A-Z0-9]){11,30})\b')
FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
             'arc-authentication-results', 'x-spam-status', 'x-spam-score', 'x-spam-flag', 'x-spam-level')


def _ibans(text):
    found = []
    for m in IBAN_RE.finditer(text):
        raw = (m.group(0)).replace(' ', '')
        # trim trailing letters/digits that belong to following words: try decreasing lengths
        ok = None
        for L in range(len(raw), 14, -1):
            if B.iban_valid(raw[:L]) and _len_ok(raw[:L]):
                ok = raw[:L]
                break
        found.append((raw, ok))
    return found


IBAN_LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20, 'BE': 16, 'FR': 27}


def _len_ok(s):
    return len(s) == IBAN_LEN[s[:2]]


def run(root, msgs):
    errors = []
    have_zbar = shutil.which('zbarimg') is not None
    have_pdftotext = shutil.which('pdftotext') is not None
    stats = {'parts': 0, 'pdf': 0, 'zip': 0, 'png': 0, 'qr': 0, 'iban': 0}
    for m in msgs:
        path = os.path.join(root, m.folder, m.filename)
        raw = open(path, 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        tag = m.folder + '/' + m.filename
        if msg.defects:
            errors.append('%s: defects %r' % (tag, msg.defects))
        keys = [k.lower() for k in msg.keys()]
        if keys[0] != 'return-path' or keys[1] != 'received':
            errors.append('%s: header order %s' % (tag, keys[:3]))
        for f in FORBIDDEN:
            if f in keys:
                errors.append('%s: forbidden header %s' % (tag, f))
        top = msg.get_all('Received')[0]
        if 'by mx01.example.com (Postfix)' not in top or 'for <' not in top or not top.startswith('from '):
            errors.append('%s: bad top Received' % tag)
        for k in msg.keys():
            for v in msg.get_all(k):
                try:
                    str(v)
                except Exception as e:  # pragma: no cover
                    errors.append('%s: header %s: %s' % (tag, k, e))
        for k in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if msg[k] is None:
                errors.append('%s: missing %s' % (tag, k))
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        if not (d.year == 2026 and d.month in (10, 11, 12)):
            errors.append('%s: date %s' % (tag, d))
        texts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            stats['parts'] += 1
            ctype = part.get_content_type()
            payload = part.get_payload(decode=True)
            fn = part.get_filename()
            if ctype.startswith('text/'):
                cs = part.get_content_charset() or 'us-ascii'
                try:
                    t = payload.decode(cs, errors='strict')
                except Exception as e:
                    errors.append('%s: text part %s (%s) does not decode: %s' % (tag, ctype, cs, e))
                    continue
                if not fn:
                    texts.append(t)
                try:
                    part.get_content()
                except Exception as e:
                    errors.append('%s: get_content failed: %s' % (tag, e))
            if ctype == 'application/pdf':
                stats['pdf'] += 1
                if not payload.startswith(b'%PDF-1.') or b'%%EOF' not in payload[-20:]:
                    errors.append('%s: bad PDF %s' % (tag, fn))
                if have_pdftotext:
                    with tempfile.NamedTemporaryFile(suffix='.pdf') as tf:
                        tf.write(payload)
                        tf.flush()
                        r = subprocess.run(['pdftotext', tf.name, '-'], capture_output=True)
                        txt = r.stdout.decode('utf-8', 'replace')
                        if r.returncode != 0 or len(txt.strip()) < 20:
                            errors.append('%s: PDF text extraction failed for %s' % (tag, fn))
                        texts.append(txt)
            if ctype in ('application/zip', 'application/x-zip-compressed'):
                stats['zip'] += 1
                try:
                    zf = zipfile.ZipFile(io.BytesIO(payload))
                    pw = getattr(m, 'zip_password', None)
                    if pw:
                        zf.setpassword(pw.encode())
                        if not all(i.flag_bits & 1 for i in zf.infolist()):
                            errors.append('%s: zip not encrypted' % tag)
                    for n in zf.namelist():
                        c = zf.read(n)
                        if len(c.splitlines()) != 1:
                            errors.append('%s: zip member not one line' % tag)
                    if pw and pw not in '\n'.join(texts):
                        errors.append('%s: zip password %r not found in body' % (tag, pw))
                except Exception as e:
                    errors.append('%s: zip error %s' % (tag, e))
            if ctype == 'image/png':
                stats['png'] += 1
                if not payload.startswith(b'\x89PNG'):
                    errors.append('%s: bad PNG' % tag)
        expected_qr = getattr(m, 'qr_texts', [])
        if expected_qr and have_zbar:
            got = []
            for part in msg.walk():
                ct = part.get_content_type()
                if ct == 'image/png':
                    got += _zbar_png(part.get_payload(decode=True))
                elif ct == 'application/pdf' and shutil.which('pdfimages'):
                    got += _zbar_pdf(part.get_payload(decode=True))
            for q in expected_qr:
                if q.rstrip('\n') not in got:
                    errors.append('%s: QR %r not decoded (got %r)' % (tag, q[:40], [g[:40] for g in got]))
                else:
                    stats['qr'] += 1
        alltext = '\n'.join(texts)
        for rawi, ok in _ibans(alltext):
            if not ok:
                errors.append('%s: invalid IBAN-like string %s' % (tag, rawi))
            else:
                stats['iban'] += 1
        for a in re.findall(r'\bbc1q[02-9ac-hj-np-z]{38}\b', alltext):
            if not B.bech32_valid(a):
                errors.append('%s: bad bech32 %s' % (tag, a))
    for e in errors:
        print('CHECK:', e)
    print('checked %d messages: %s' % (len(msgs), stats))
    return not errors


def _zbar_png(data):
    with tempfile.NamedTemporaryFile(suffix='.png') as tf:
        tf.write(data)
        tf.flush()
        r = subprocess.run(['zbarimg', '-q', '--raw', tf.name], capture_output=True)
    return _split_zbar(r.stdout)


def _split_zbar(out):
    s = out.decode('utf-8', 'replace')
    return [s.rstrip('\n')] if s else []


def _zbar_pdf(data):
    res = []
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, 'a.pdf')
        open(p, 'wb').write(data)
        subprocess.run(['pdfimages', '-png', p, os.path.join(d, 'img')], capture_output=True)
        for f in sorted(os.listdir(d)):
            if f.endswith('.png'):
                r = subprocess.run(['zbarimg', '-q', '--raw', os.path.join(d, f)], capture_output=True)
                res += _split_zbar(r.stdout)
    return res
