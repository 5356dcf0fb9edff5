"""Validation of the generated corpus (stdlib; uses zbarimg only if present)."""
import email
import email.policy
import io
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib
from email.utils import parsedate_to_datetime

import codes

FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
             'arc-authentication-results', 'received-spf')
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
BTC_RE = re.compile(r'\bbc1[02-9ac-hj-np-z]{20,80}\b')


def _png_ok(data):
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos = 8
    types = []
    idat = b''
    while pos < len(data):
        ln, = struct.unpack('>I', data[pos:pos + 4])
        typ = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc, = struct.unpack('>I', data[pos + 8 + ln:pos + 12 + ln])
        assert zlib.crc32(typ + body) & 0xffffffff == crc
        types.append(typ)
        if typ == b'IDAT':
            idat += body
        pos += 12 + ln
    assert types[0] == b'IHDR' and types[-1] == b'IEND'
    zlib.decompress(idat)


def _pdf_ok(data):
    assert data.startswith(b'%PDF-')
    sx = data.rindex(b'startxref')
    xref = int(data[sx + 9:].split()[0])
    assert data[xref:xref + 4] == b'xref'
    lines = data[xref:].split(b'\n')
    n = int(lines[1].split()[1])
    for i in range(1, n):
        off = int(lines[2 + i][:10])
        assert data[off:].startswith(b'%d 0 obj' % i), 'xref offset'


def _zbar(png):
    if not shutil.which('zbarimg'):
        return None
    with tempfile.NamedTemporaryFile(suffix='.png', delete=False) as f:
        f.write(png)
        fn = f.name
    try:
        r = subprocess.run(['zbarimg', '-q', '--raw', fn], capture_output=True)
        return r.stdout.decode('utf-8', 'replace').strip()
    finally:
        os.unlink(fn)


def check_file(path, problems, stats):
    raw = open(path, 'rb').read()
    name = os.path.basename(path)
    for line in raw.split(b'\n'):
        if len(line) > 998:
            problems.append(f'{name}: line longer than 998 octets')
            break
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        problems.append(f'{name}: defects {msg.defects}')
    rec = msg.get_all('Received') or []
    if not rec or 'by mx01.example.com (Postfix)' not in str(rec[0]) or 'for <' not in str(rec[0]):
        problems.append(f'{name}: top Received is not mx01')
    if not msg['Return-Path']:
        problems.append(f'{name}: no Return-Path')
    for h in msg.keys():
        hl = h.lower()
        if hl in FORBIDDEN or hl.startswith('x-spam') or hl.startswith('arc-'):
            problems.append(f'{name}: forbidden header {h}')
    d = parsedate_to_datetime(msg['Date'])
    if not (d.year == 2026 and 10 <= d.month <= 12):
        problems.append(f'{name}: date {d}')
    for h in ('From', 'To', 'Subject'):
        str(msg[h])
    if not msg['Message-ID']:
        problems.append(f'{name}: no Message-ID')
    texts = []
    atts = []
    for part in msg.walk():
        if part.defects:
            problems.append(f'{name}: part defects {part.defects}')
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == 'text' and not part.get_filename():
            cs = part.get_content_charset() or 'us-ascii'
            try:
                txt = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                problems.append(f'{name}: text part does not decode as {cs}: {e}')
                continue
            part.get_content()
            texts.append(txt)
            stats['charsets'].add(cs.lower())
            stats['cte'].add(str(part.get('Content-Transfer-Encoding', '7bit')).lower())
        else:
            atts.append((ctype, part.get_filename(), payload))
    alltext = '\n'.join(texts)
    if not alltext.strip():
        problems.append(f'{name}: no text')
    blobs = [alltext]
    for ctype, fn, data in atts:
        stats['attachments'] += 1
        try:
            if ctype == 'application/pdf':
                _pdf_ok(data)
                blobs.append(data.decode('cp1252', 'replace'))
            elif ctype == 'image/png':
                _png_ok(data)
                z = _zbar(data)
                if z:
                    stats['qr'].append((name, z))
                    blobs.append(z)
            elif 'zip' in ctype:
                zf = zipfile.ZipFile(io.BytesIO(data))
                assert zf.testzip() is None if not any(i.flag_bits & 1 for i in zf.infolist()) else True
                enc = any(i.flag_bits & 1 for i in zf.infolist())
                if enc:
                    ok = False
                    for tok in set(re.findall(r'[A-Za-z0-9]{4,12}', alltext)):
                        try:
                            zf.read(zf.infolist()[0], pwd=tok.encode())
                            ok = True
                            stats['zip_pw'].append((name, tok))
                            break
                        except (RuntimeError, zlib.error, zipfile.BadZipFile):
                            pass
                    assert ok, 'encrypted zip: password not found in text'
                else:
                    for i in zf.infolist():
                        zf.read(i)
            elif ctype in ('image/svg+xml', 'text/html'):
                s = data.decode('utf-8')
                assert '<script' not in s.lower()
                blobs.append(s)
        except Exception as e:  # noqa: BLE001
            problems.append(f'{name}: attachment {fn} ({ctype}) invalid: {e!r}')
    full = '\n'.join(blobs)
    for m in IBAN_RE.finditer(full):
        cand = m.group(1).replace(' ', '')
        if cand[:2] in ('DE', 'IT', 'PL', 'ES', 'GR', 'GB', 'LT', 'BE', 'NL', 'FR', 'AT') and len(cand) >= 15:
            stats['ibans'] += 1
            if not codes.iban_valid(cand):
                problems.append(f'{name}: invalid IBAN {cand}')
    for m in BTC_RE.finditer(full):
        stats['btc'] += 1
        if not codes.bech32_valid(m.group(0)):
            problems.append(f'{name}: invalid bech32 {m.group(0)}')
    biks = set(re.findall(r'БИК:?\s*(\d{9})', full))
    accs = set(re.findall(r'(?<!\d)(\d{20})(?!\d)', full))
    for acc in accs:
        corr = acc.startswith('30101')
        if biks and not any(codes.ru_account_ok(b, acc, corr) for b in biks):
            problems.append(f'{name}: account {acc} fails BIK key check')
        elif biks:
            stats['ru_accounts'] += 1
    if re.search(r'<script', full, re.I):
        problems.append(f'{name}: contains <script>')


def run(root, attacks, business):
    problems = []
    stats = {'charsets': set(), 'cte': set(), 'attachments': 0, 'qr': [], 'zip_pw': [], 'ibans': 0, 'btc': 0,
             'ru_accounts': 0}
    for folder in ('attack', 'business'):
        d = os.path.join(root, folder)
        for fn in sorted(os.listdir(d)):
            check_file(os.path.join(d, fn), problems, stats)
    for p in problems:
        print('PROBLEM:', p)
    print(f"charsets: {sorted(stats['charsets'])}")
    print(f"transfer encodings: {sorted(stats['cte'])}")
    print(f"attachments: {stats['attachments']}, IBANs checked: {stats['ibans']}, bech32: {stats['btc']}, "
          f"RU accounts: {stats['ru_accounts']}")
    for n, z in stats['qr']:
        print(f'  QR {n}: {z[:90]!r}')
    for n, z in stats['zip_pw']:
        print(f'  ZIP {n}: password {z!r} opens archive')
    return not problems
