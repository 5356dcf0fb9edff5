"""Post-build checks with the stdlib email package."""
import email
import email.policy
import io
import re
import zipfile
from datetime import datetime, timezone

import ids

IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b')
BTC_RE = re.compile(r'\bbc1[02-9ac-hj-np-z]{20,80}\b')


def _norm(s):
    return s.replace('\r\n', '\n').rstrip('\n')


def check(data, row):
    errs = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        for d in part.defects:
            errs.append(f'defect {type(d).__name__} in {part.get_content_type()}')
    rec = msg.get_all('Received') or []
    top = re.sub(r'\s+', ' ', str(rec[0])) if rec else ''
    if not re.match(r'from \S+ \(\S+ \[[0-9a-fA-F.:]+\]\) .*by mx01\.example\.com \(Postfix\) with ESMTPS? id \w+ for <[^>]+>; ', top):
        errs.append('top Received is not mx01')
    if not msg['Return-Path']:
        errs.append('no Return-Path')
    for h in ('Authentication-Results', 'DKIM-Signature', 'ARC-Seal', 'ARC-Message-Signature'):
        if msg[h]:
            errs.append('forbidden header ' + h)
    for k in msg.keys():
        if k.lower().startswith('x-spam'):
            errs.append('forbidden header ' + k)
    if str(msg['Subject']) != row['subject']:
        errs.append(f'subject mismatch: {msg["Subject"]!r}')
    fr = msg['From'].addresses[0]
    if (fr.display_name or '') != (row['from_'][0] or '') or fr.addr_spec != row['from_'][1]:
        errs.append(f'from mismatch {fr.display_name!r} {fr.addr_spec!r}')
    dt = msg['Date'].datetime
    if not (datetime(2026, 10, 1, tzinfo=timezone.utc) <= dt <= datetime(2026, 12, 31, 23, 59, tzinfo=timezone.utc)):
        errs.append('date out of range')
    if not msg['Message-ID']:
        errs.append('no Message-ID')
    legacy = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in legacy.walk():
        if part.defects:
            errs.append(f'compat32 defect in {part.get_content_type()}')
        if not part.is_multipart():
            payload = part.get_payload(decode=True) or b''
            if b'<script' in payload.lower():
                errs.append('script element found in ' + part.get_content_type())
    decoded = []
    for part in msg.walk():
        if part.get_content_maintype() != 'text':
            continue
        cs = part.get_content_charset()
        raw = part.get_payload(decode=True)
        if cs is None:
            errs.append('text part without charset')
            continue
        try:
            txt = raw.decode(cs)
        except (UnicodeDecodeError, LookupError) as e:
            errs.append(f'text part does not decode: {e}')
            continue
        if part.get_content_disposition() != 'attachment':
            decoded.append(txt)
    src = row['texts']
    if len(src) != len(decoded):
        errs.append(f'text part count {len(decoded)} != {len(src)}')
    else:
        for a, b in zip(src, decoded):
            if _norm(a) != _norm(b):
                errs.append('decoded text differs from source')
    alltext = '\n'.join(decoded)
    for m in IBAN_RE.finditer(alltext):
        cand = m.group(1).replace(' ', '')
        if cand[:2] in ('DE', 'IT', 'PL', 'ES', 'GR', 'GB', 'LT', 'CY', 'FR', 'BE') and not ids.iban_valid(cand):
            errs.append('invalid IBAN ' + cand)
    for m in BTC_RE.finditer(alltext):
        if not ids.bech32_valid(m.group(0)):
            errs.append('invalid bech32 ' + m.group(0))
    atts = [p for p in msg.walk() if p.get_content_type() == 'application/zip'
            or (p.get_filename() or '').lower().endswith('.zip')]
    for p in atts:
        zf = zipfile.ZipFile(io.BytesIO(p.get_payload(decode=True)))
        pwd = row.get('expect_zip')
        for info in zf.infolist():
            enc = bool(info.flag_bits & 1)
            if enc and not pwd:
                errs.append('encrypted zip without known password')
                continue
            zf.read(info, pwd=pwd.encode() if enc else None)
    for p in msg.walk():
        fn = p.get_filename()
        if p.get_content_disposition() == 'attachment' and not fn:
            errs.append('attachment without filename')
        if p.get_content_type() == 'application/pdf':
            b = p.get_payload(decode=True)
            if not (b.startswith(b'%PDF-') and b.rstrip().endswith(b'%%EOF')) or b'/JavaScript' in b:
                errs.append('bad pdf')
    return errs, msg
