"""Verification: every message parses with the email package without defects, every
text part decodes strictly, attachments are well-formed, IBANs / BTC addresses check out,
QR codes decode (if zbarimg is available)."""
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
import datetime as dt

from banking import iban_valid, bech32_valid

FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
             'arc-authentication-results', 'x-spam')
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b')
BTC_RE = re.compile(r'\b(bc1[a-z0-9]{25,60})\b')


def _err(errs, f, msg):
    errs.append('%s: %s' % (f, msg))


def check_message(path, spec, errs, zbar, tmpdir):
    f = os.path.basename(path)
    raw = open(path, 'rb').read()
    for ln in raw.split(b'\r\n'):
        if len(ln) > 998:
            _err(errs, f, 'line longer than 998 octets')
    if b'\n' in raw.replace(b'\r\n', b''):
        _err(errs, f, 'bare LF')
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    names = [k.lower() for k in msg.keys()]
    if names[0] != 'return-path' or names[1] != 'received':
        _err(errs, f, 'header order: %s' % names[:2])
    rcv = msg.get_all('Received')
    top = str(rcv[0])
    if 'by mx01.example.com (Postfix)' not in top or 'for <' not in top:
        _err(errs, f, 'top Received is not mx01')
    for n in names:
        if any(n.startswith(x) for x in FORBIDDEN):
            _err(errs, f, 'forbidden header %s' % n)
    for k in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[k] is None:
            _err(errs, f, 'missing %s' % k)
    for k, v in msg.items():
        str(v)
    want = spec['frm'][0]
    got = msg['From'].addresses[0].display_name
    if want and got != want:
        _err(errs, f, 'From display name decodes as %r' % got)
    for (n, a), got in zip(spec['to'], msg['To'].addresses):
        if n and got.display_name != n:
            _err(errs, f, 'To display name decodes as %r' % got.display_name)
    subj = ' '.join(str(msg['Subject']).split())
    if subj != ' '.join(spec['subject'].split()):
        _err(errs, f, 'Subject decodes as %r' % subj)
    d = email.utils.parsedate_to_datetime(str(msg['Date']))
    if not (dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc) <= d <= dt.datetime(2026, 12, 31, 23, 59, tzinfo=dt.timezone.utc)):
        _err(errs, f, 'date out of range %s' % d)
    for part in msg.walk():
        for defect in part.defects:
            _err(errs, f, 'defect %r' % defect)
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() == 'text' and not part.get_filename():
            cs = part.get_content_charset()
            payload = part.get_payload(decode=True)
            try:
                text = payload.decode(cs, 'strict')
            except Exception as e:  # noqa
                _err(errs, f, 'text part does not decode as %s: %s' % (cs, e))
                continue
            part.get_content()
            for m in IBAN_RE.finditer(text):
                cand = m.group(1)
                if len(cand.replace(' ', '')) >= 15 and cand[:2] in (
                        'DE', 'IT', 'PL', 'ES', 'GR', 'GB', 'LT', 'BE', 'FR', 'IE', 'PT', 'NO', 'NL',
                        'CY', 'BG', 'HR', 'LV', 'EE', 'AT', 'CH', 'RO') and not iban_valid(cand):
                    _err(errs, f, 'invalid IBAN %s' % cand)
            for m in BTC_RE.finditer(text):
                if not bech32_valid(m.group(1)):
                    _err(errs, f, 'invalid bech32 %s' % m.group(1))
        else:
            data = part.get_content()
            if isinstance(data, str):
                data = data.encode('utf-8')
            fn = part.get_filename() or ''
            if ctype == 'application/pdf':
                if not (data.startswith(b'%PDF-') and data.rstrip().endswith(b'%%EOF')):
                    _err(errs, f, 'bad pdf %s' % fn)
                sx = int(data.rsplit(b'startxref', 1)[1].split()[0])
                if data[sx:sx + 4] != b'xref':
                    _err(errs, f, 'bad xref in %s' % fn)
            elif ctype in ('application/zip', 'application/x-zip-compressed'):
                z = zipfile.ZipFile(io.BytesIO(data))
                pwd = spec.get('zip_password')
                for zi in z.infolist():
                    if zi.flag_bits & 1:
                        if not pwd:
                            _err(errs, f, 'encrypted zip without recorded password')
                            continue
                        content = z.read(zi, pwd=pwd.encode())
                    else:
                        content = z.read(zi)
                    if len(content) > 20000:
                        _err(errs, f, 'zip member unexpectedly large')
            elif ctype == 'image/png':
                if not data.startswith(b'\x89PNG'):
                    _err(errs, f, 'bad png')
            elif ctype == 'image/svg+xml' or fn.lower().endswith(('.svg', '.html', '.htm')):
                low = data.lower()
                if b'<script' in low or b'javascript:' in low or b'onload=' in low:
                    _err(errs, f, 'active content in %s' % fn)
    # QR codes
    expected = spec.get('qr', [])
    if expected:
        pngs = [p.get_content() for p in msg.walk() if p.get_content_type() == 'image/png']
        decoded = []
        if zbar:
            for i, png in enumerate(pngs):
                fn = os.path.join(tmpdir, 'qr%d.png' % i)
                with open(fn, 'wb') as fh:
                    fh.write(png)
                r = subprocess.run([zbar, '-q', '--raw', fn], capture_output=True)
                if r.returncode == 0:
                    decoded.append(r.stdout.decode('utf-8').rstrip('\n'))
            for q in expected:
                if q not in decoded:
                    _err(errs, f, 'QR payload not decoded: %s' % q[:60])
    return msg


def run(out, allmsgs):
    errs = []
    zbar = shutil.which('zbarimg')
    tmpdir = tempfile.mkdtemp(prefix='qrchk', dir=out)
    nqr = 0
    try:
        for folder, msgs in allmsgs.items():
            for m in msgs:
                check_message(os.path.join(out, folder, m['file']), m, errs, zbar, tmpdir)
                nqr += len(m.get('qr', []))
    finally:
        for fn in os.listdir(tmpdir):
            os.remove(os.path.join(tmpdir, fn))
        os.rmdir(tmpdir)
    for e in errs:
        print('VERIFY:', e)
    print('verify: %d messages, %d QR payloads %s, %d problems' % (
        sum(len(v) for v in allmsgs.values()), nqr, 'decoded with zbarimg' if zbar else
        '(zbarimg not found, QR decode skipped)', len(errs)))
    return not errs
