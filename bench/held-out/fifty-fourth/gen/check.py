"""Self-check: every message parses with the email package, every text part
decodes and matches the intended text, attachments open, IBANs/BTC valid."""
import email
import email.policy
import email.utils
import io
import os
import re
import shutil
import subprocess
import zipfile
import datetime as D

import docs
import ids
import mime

IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b')
BTC_RE = re.compile(r'\b(bc1[02-9ac-hj-np-z]{20,80})\b')
FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
             'arc-authentication-results', 'x-spam')


def _ibans(text, where, errs):
    for m in IBAN_RE.finditer(text):
        cand = m.group(1).replace(' ', '')
        if cand[:2] in ('DE', 'IT', 'PL', 'ES', 'GR', 'GB', 'LT', 'NL', 'FR', 'BE', 'CY', 'BG', 'RO'):
            if not ids.iban_ok(cand):
                errs.append('%s: invalid IBAN %s' % (where, cand))


def run(out, att, biz):
    errs = []
    have_zbar = shutil.which('zbarimg') is not None
    qr_seen = 0
    for folder, msgs in (('attack', att), ('business', biz)):
        for spec in msgs:
            path = os.path.join(out, folder, spec['file'])
            raw = open(path, 'rb').read()
            where = '%s/%s' % (folder, spec['file'])
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if msg.defects:
                errs.append('%s: defects %s' % (where, msg.defects))
            for h in msg.keys():
                if h.lower().startswith(FORBIDDEN):
                    errs.append('%s: forbidden header %s' % (where, h))
            rec = msg.get_all('Received')
            if not rec or 'by mx01.example.com (Postfix)' not in str(rec[0]):
                errs.append('%s: top Received is not mx01' % where)
            if not msg['Return-Path']:
                errs.append('%s: no Return-Path' % where)
            for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
                try:
                    str(msg[h])
                except Exception as e:  # noqa
                    errs.append('%s: header %s: %s' % (where, h, e))
            dt = email.utils.parsedate_to_datetime(str(msg['Date']))
            if not (D.datetime(2026, 10, 1, tzinfo=D.timezone.utc) <= dt <= D.datetime(2026, 12, 31, 23, 59, tzinfo=D.timezone.utc)):
                errs.append('%s: date out of range %s' % (where, dt))
            want = [p for p in mime.walk_texts(spec['body']) if isinstance(p, mime.Text)]
            got = []
            alltext = []
            for part in msg.walk():
                if part.is_multipart():
                    if part.defects:
                        errs.append('%s: part defects %s' % (where, part.defects))
                    continue
                if part.defects:
                    errs.append('%s: part defects %s' % (where, part.defects))
                ct = part.get_content_type()
                if part.get_content_maintype() == 'text' and not part.get_filename() or ct in ('text/plain', 'text/html', 'text/calendar'):
                    try:
                        txt = part.get_content()
                    except Exception as e:  # noqa
                        errs.append('%s: text part does not decode: %s' % (where, e))
                        continue
                    if part.get_param('format') == 'flowed':
                        txt = mime.unflow(txt)
                    got.append(txt)
                    alltext.append(txt)
                    continue
                data = part.get_payload(decode=True)
                fn = part.get_filename() or ''
                if ct == 'application/pdf':
                    if not data.startswith(b'%PDF-'):
                        errs.append('%s: bad PDF %s' % (where, fn))
                    alltext.append(docs.pdf_text(data).decode('latin-1'))
                elif ct in ('application/zip', 'application/x-zip-compressed'):
                    z = zipfile.ZipFile(io.BytesIO(data))
                    for zi in z.infolist():
                        pw = spec.get('zip_pw')
                        if zi.flag_bits & 1:
                            if not pw:
                                errs.append('%s: encrypted zip without password in spec' % where)
                                continue
                            content = z.read(zi, pwd=pw.encode())
                        else:
                            content = z.read(zi)
                        if len(content.strip().split(b'\n')) != 1:
                            errs.append('%s: zip member not one line' % where)
                elif ct == 'image/png':
                    if not data.startswith(b'\x89PNG'):
                        errs.append('%s: bad PNG' % where)
                    if 'qr' in fn.lower() or spec.get('qr_url'):
                        if have_zbar and spec.get('qr_url'):
                            tmp = os.path.join(out, '.qrcheck.png')
                            open(tmp, 'wb').write(data)
                            res = subprocess.run(['zbarimg', '-q', '--raw', tmp], capture_output=True)
                            os.remove(tmp)
                            dec = res.stdout.decode().strip()
                            if dec == spec['qr_url']:
                                qr_seen += 1
                            elif 'qr' in fn.lower() or dec:
                                errs.append('%s: QR decodes to %r' % (where, dec))
            if len(got) != len(want):
                errs.append('%s: %d text parts, expected %d' % (where, len(got), len(want)))
            else:
                for g, w in zip(got, want):
                    if g.replace('\r\n', '\n').rstrip('\n') != w.text.replace('\r\n', '\n').rstrip('\n'):
                        errs.append('%s: text part content differs' % where)
            for t in alltext:
                _ibans(t, where, errs)
                for b in BTC_RE.findall(t):
                    if not ids.bech32_ok(b):
                        errs.append('%s: bad bech32 %s' % (where, b))
    for e in errs:
        print('CHECK:', e)
    print('QR codes verified with zbarimg: %d' % qr_seen if have_zbar else 'zbarimg not available; QR not verified')
    return not errs
