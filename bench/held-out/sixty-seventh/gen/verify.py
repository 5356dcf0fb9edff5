"""Post-build checks: every message parses with the email package, every
text part decodes strictly, trace/header rules, attachment sanity, and
check digits of IBANs / Russian accounts / BTC addresses found in text."""
import email
import email.policy
import glob
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import docs
import ids
from common import codec

FORBIDDEN = re.compile(r'^(authentication-results|dkim-signature|arc-|x-spam|received-spf)', re.I)
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
FNAME_RE = re.compile(r'^\d{2}-(de|en|it|pl|es|el|ru)-[a-z0-9-]+\.eml$')


def texts_of(msg, problems, fn):
    out = []
    zips = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        raw = part.get_payload(decode=True)
        if ct.startswith('text/'):
            cs = part.get_content_charset() or 'us-ascii'
            try:
                s = raw.decode(codec(cs), 'strict')
            except (UnicodeDecodeError, LookupError) as e:
                problems.append('%s: text part %s does not decode as %s: %s' % (fn, ct, cs, e))
                continue
            try:
                part.get_content()
            except Exception as e:   # noqa
                problems.append('%s: get_content failed: %s' % (fn, e))
            out.append(s)
        elif ct == 'application/pdf':
            t = docs.pdf_text(raw)
            if not t.strip():
                problems.append('%s: empty PDF text' % fn)
            out.append(t)
        elif ct in ('application/zip', 'application/x-zip-compressed'):
            zips.append(raw)
        elif ct == 'image/svg+xml':
            out.append(raw.decode('utf-8'))
            if b'<script' in raw.lower():
                problems.append('%s: script in SVG' % fn)
        if ct == 'text/html' and part.get_filename() and b'<script' in raw.lower():
            problems.append('%s: script in HTML attachment' % fn)
    blob = '\n'.join(out)
    for raw in zips:
        check_zip(fn, raw, blob, problems)
    return out


def check_zip(fn, raw, blob, problems):
    """Plain members must read; encrypted (ZipCrypto) members must open
    with a password that is given in the message text."""
    try:
        z = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile as e:
        problems.append('%s: bad zip: %s' % (fn, e))
        return
    cands = sorted(set(re.findall(r'[:\s]([A-Za-z0-9]{4,16})\b', blob)))
    for zi in z.infolist():
        if not zi.flag_bits & 1:
            z.read(zi)
            continue
        ok = False
        for c in cands:
            try:
                z.read(zi, pwd=c.encode())
                ok = True
                break
            except Exception:  # noqa - wrong password / bad check byte
                continue
        if not ok:
            problems.append('%s: encrypted member %s does not open with any password in the text' % (fn, zi.filename))


def check_ids(fn, blob, problems):
    for m in IBAN_RE.finditer(blob):
        cand = m.group(1).replace(' ', '')
        if cand[:2] in ids.LEN and len(cand) == ids.LEN[cand[:2]]:
            if not ids.iban_ok(cand):
                problems.append('%s: bad IBAN %s' % (fn, cand))
    for m in re.finditer(r'\b(\d{2}(?: \d{4}){6})\b', blob):       # Polish NRB
        if not ids.iban_ok('PL' + m.group(1).replace(' ', '')):
            problems.append('%s: bad NRB %s' % (fn, m.group(1)))
    for m in re.finditer(r'\b(bc1[02-9ac-hj-np-z]{20,70})\b', blob):
        if not ids.bech32_ok(m.group(1)):
            problems.append('%s: bad bech32 %s' % (fn, m.group(1)))
    biks = re.findall(r'БИК[:\s]*(\d{9})', blob)
    for acc in re.findall(r'(?:Р/с|р/с|Расч[её]тный сч[её]т)[:\s№]*(\d{20})', blob):
        if biks and not any(ids.ru_account_ok(b, acc) for b in biks):
            problems.append('%s: Russian account %s fails BIK key %s' % (fn, acc, biks))
    for acc in re.findall(r'(?:К/с|к/с|Корр?\. ?сч[её]т)[:\s№]*(\d{20})', blob):
        if biks and not any(ids.ru_account_ok(b, acc, corr=True) for b in biks):
            problems.append('%s: corr account %s fails BIK key %s' % (fn, acc, biks))


def check_qr(fn, msg, problems):
    zbar = shutil.which('zbarimg')
    for part in msg.walk():
        if part.get_content_type() != 'image/png':
            continue
        data = part.get_payload(decode=True)
        if not data.startswith(b'\x89PNG'):
            problems.append('%s: PNG magic missing' % fn)
        if zbar is None:
            continue
        with tempfile.NamedTemporaryFile(suffix='.png', dir=None) as tf:
            tf.write(data)
            tf.flush()
            r = subprocess.run([zbar, '-q', '--raw', tf.name], capture_output=True, text=True)
            fname = (part.get_filename() or '') + str(part.get('Content-ID'))
            if 'qr' in fname.lower() or 'codigo' in fname.lower() or 'verif' in fname.lower():
                if r.returncode != 0 or not r.stdout.strip():
                    problems.append('%s: QR not decodable' % fn)


def run(root):
    problems = []
    for folder in ('attack', 'business'):
        files = sorted(glob.glob(os.path.join(root, folder, '*.eml')))
        if len(files) != 40:
            problems.append('%s: %d files' % (folder, len(files)))
        for path in files:
            fn = '%s/%s' % (folder, os.path.basename(path))
            if not FNAME_RE.match(os.path.basename(path)):
                problems.append('%s: bad file name' % fn)
            raw = open(path, 'rb').read()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            msg32 = email.message_from_bytes(raw)
            for p in msg.walk():
                for dft in p.defects:
                    problems.append('%s: defect %r' % (fn, dft))
            keys = list(msg.keys())
            if keys[0] != 'Return-Path' or keys[1] != 'Received':
                problems.append('%s: header order %s' % (fn, keys[:2]))
            top = msg32.get_all('Received')[0]
            if 'by mx01.example.com (Postfix)' not in top or 'for <' not in top:
                problems.append('%s: top Received is not mx01' % fn)
            for k in set(keys):
                if k.lower() in ('from', 'to', 'subject', 'date', 'message-id', 'content-type', 'mime-version', 'x-mailer', 'content-language', 'return-path') and keys.count(k) > 1:
                    problems.append('%s: duplicate header %s' % (fn, k))
            for k in keys:
                if FORBIDDEN.match(k):
                    problems.append('%s: forbidden header %s' % (fn, k))
            for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
                if msg[h] is None:
                    problems.append('%s: missing %s' % (fn, h))
            try:
                dt = msg['Date'].datetime
                if not (dt.year == 2026 and dt.month in (10, 11, 12)):
                    problems.append('%s: date %s' % (fn, dt))
            except Exception as e:  # noqa
                problems.append('%s: Date unparsable %s' % (fn, e))
            str(msg['Subject'])
            str(msg['From'])
            blob = '\n'.join(texts_of(msg, problems, fn))
            check_ids(fn, blob, problems)
            check_qr(fn, msg, problems)
    return problems


if __name__ == '__main__':
    import sys
    print('\n'.join(run(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__))))) or 'ok')
