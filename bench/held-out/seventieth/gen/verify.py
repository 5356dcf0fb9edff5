"""Post-build checks with the standard library: every message parses with
the email package, every text part decodes, attachments are well formed,
IBANs validate, structural header rules hold."""
import datetime as dt
import email
import email.policy
import io
import os
import re
import struct
import zipfile
import zlib
from email.utils import parsedate_to_datetime

import ids

FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
             'arc-authentication-results', 'x-spam')
IBAN_LEN = {'DE': 22, 'IT': 27, 'ES': 24, 'PL': 28, 'GR': 27, 'GB': 22, 'LT': 20, 'BE': 16,
            'PT': 25, 'FR': 27, 'NL': 18, 'AT': 20, 'CY': 28, 'BG': 22, 'RO': 24, 'HR': 21}
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,6}(?: ?[A-Z0-9]{1,4})?)\b')
LO = dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc)
HI = dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)


def _png_ok(b):
    if not b.startswith(b'\x89PNG\r\n\x1a\n'):
        return False
    i = 8
    while i < len(b):
        ln, = struct.unpack('>I', b[i:i + 4])
        tag = b[i + 4:i + 8]
        crc, = struct.unpack('>I', b[i + 8 + ln:i + 12 + ln])
        if zlib.crc32(b[i + 4:i + 8 + ln]) & 0xFFFFFFFF != crc:
            return False
        i += 12 + ln
        if tag == b'IEND':
            return True
    return False


NRB_RE = re.compile(r'(?<!\d)(?<!\d )(\d{2}(?: \d{4}){6})(?![\d])')


def _check_ibans(text, where, errs):
    for mo in NRB_RE.finditer(text):
        if not ids.iban_ok('PL' + mo.group(1).replace(' ', '')):
            errs.append('%s: bad Polish NRB %s' % (where, mo.group(1)))
    for mo in IBAN_RE.finditer(text):
        s = mo.group(1).replace(' ', '')
        cc = s[:2]
        if cc not in IBAN_LEN:
            continue
        if len(s) != IBAN_LEN[cc] or not ids.iban_ok(s):
            errs.append('%s: bad IBAN %s' % (where, mo.group(1)))


def run(root, out):
    errs = []
    for folder, msgs in out.items():
        for m in msgs:
            where = '%s/%s' % (folder, m['file'])
            raw = open(os.path.join(root, folder, m['file']), 'rb').read()
            for pol in (email.policy.compat32, email.policy.default):
                msg = email.message_from_bytes(raw, policy=pol)
                if msg.defects:
                    errs.append('%s: defects %r' % (where, msg.defects))
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            keys = [k.lower() for k in msg.keys()]
            if keys[0] != 'return-path':
                errs.append(where + ': Return-Path not first')
            rec = msg.get_all('Received')
            if not rec or 'by mx01.example.com' not in rec[0] or 'for <' not in rec[0]:
                errs.append(where + ': top Received is not mx01')
            if len(rec) < 2 and not getattr(m['inf'], 'no_hops_ok', False):
                errs.append(where + ': no sender hop')
            for k in keys:
                if any(k.startswith(f) for f in FORBIDDEN):
                    errs.append(where + ': forbidden header ' + k)
            d = parsedate_to_datetime(msg['Date'])
            if not (LO <= d < HI):
                errs.append(where + ': date out of range')
            for h in ('From', 'To', 'Subject', 'Message-ID', 'Date'):
                if msg[h] is None:
                    errs.append(where + ': missing ' + h)
                else:
                    str(msg[h])   # forces RFC 2047 decoding
            for line in raw.split(b'\n'):
                if len(line) > 998:
                    errs.append(where + ': line > 998')
                    break
            hdr_end = raw.index(b'\n\n')
            if any(b > 127 for b in raw[:hdr_end]):
                errs.append(where + ': 8-bit data in header')
            alltext = str(msg['Subject'])
            for part in msg.walk():
                if part.is_multipart():
                    continue
                ctype = part.get_content_type()
                payload = part.get_payload(decode=True)
                cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
                if cte == '7bit' and any(b > 127 for b in part.get_payload(decode=False).encode('utf-8', 'surrogateescape')):
                    errs.append(where + ': 8-bit data in 7bit part')
                if part.get_content_maintype() == 'text':
                    cs = part.get_content_charset() or 'us-ascii'
                    try:
                        txt = payload.decode(cs)
                        alltext += '\n' + txt
                        part.get_content()
                    except Exception as e:  # noqa
                        errs.append('%s: text part %s does not decode as %s: %s' % (where, ctype, cs, e))
                elif ctype == 'application/pdf':
                    if not (payload.startswith(b'%PDF-') and payload.rstrip().endswith(b'%%EOF')):
                        errs.append(where + ': broken PDF')
                    for mo in re.finditer(rb'stream\n(.*?)\nendstream', payload, re.S):
                        try:
                            zlib.decompress(mo.group(1))
                        except zlib.error:
                            errs.append(where + ': PDF stream not inflatable')
                    if b'/JavaScript' in payload or b'/OpenAction' in payload or b'/Launch' in payload:
                        errs.append(where + ': active PDF content')
                elif ctype in ('application/zip', 'application/x-zip-compressed'):
                    zf = zipfile.ZipFile(io.BytesIO(payload))
                    pw = m['check'].get('zip_pw')
                    for zi in zf.infolist():
                        enc = zi.flag_bits & 1
                        if enc and not pw:
                            errs.append(where + ': encrypted zip without known password')
                            continue
                        data = zf.read(zi, pwd=pw.encode() if enc else None)
                        if data.count(b'\n') > 1 or len(data) > 200:
                            errs.append(where + ': zip member is not a one-line placeholder')
                elif ctype == 'image/png':
                    if not _png_ok(payload):
                        errs.append(where + ': broken PNG')
                elif ctype == 'image/svg+xml':
                    s = payload.decode('utf-8')
                    if '<script' in s.lower() or 'onload' in s.lower() or 'javascript:' in s.lower():
                        errs.append(where + ': active SVG')
                    alltext += '\n' + s
                if ctype == 'text/html' and part.get_filename():
                    s = payload.decode(part.get_content_charset() or 'utf-8').lower()
                    if '<script' in s or 'javascript:' in s or ' onload' in s or ' onclick' in s:
                        errs.append(where + ': active HTML attachment')
            _check_ibans(alltext, where, errs)
            for a in m['check'].get('btc', []):
                if not ids.bech32_ok(a):
                    errs.append(where + ': bad bech32 ' + a)
                if a not in alltext:
                    errs.append(where + ': btc address not in text')
            for iban in m['check'].get('ibans', []):
                if not ids.iban_ok(iban):
                    errs.append(where + ': bad IBAN ' + iban)
            for bik, acct in m['check'].get('ru_accounts', []):
                if not ids.ru_account_ok(bik, acct):
                    errs.append(where + ': bad RU account key ' + acct)
    return errs
