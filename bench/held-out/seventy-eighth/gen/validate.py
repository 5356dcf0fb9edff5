"""Post-build checks: every .eml parses, text parts decode, trace headers are
as specified, attachments are well-formed, IBAN / crypto checksums hold."""
import email
import email.policy
import email.utils
import io
import os
import re
import struct
import zipfile
import zlib

import coins
import ids

FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
             'arc-authentication-results', 'x-spam', 'received-spf', 'x-ms-exchange-organization-scl')
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)\b')
IBAN_LEN = {'DE': 22, 'IT': 27, 'ES': 24, 'PL': 28, 'GR': 27, 'LT': 20, 'GB': 22, 'PT': 25, 'CY': 28, 'HU': 28}
BTC_RE = re.compile(r'\b(bc1[02-9ac-hj-np-z]{11,71})\b')
B58_RE = re.compile(r'\b([13T][1-9A-HJ-NP-Za-km-z]{25,34})\b')


def _png_ok(data):
    if not data.startswith(b'\x89PNG\r\n\x1a\n'):
        return False
    pos = 8
    while pos < len(data):
        ln = struct.unpack('>I', data[pos:pos + 4])[0]
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack('>I', data[pos + 8 + ln:pos + 12 + ln])[0]
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            return False
        pos += 12 + ln
        if kind == b'IEND':
            return True
    return False


def _check_ibans(txt, where, problems):
    for m in IBAN_RE.finditer(txt):
        raw = m.group(1).replace(' ', '')
        cc = raw[:2]
        if cc in IBAN_LEN and len(raw) >= IBAN_LEN[cc]:
            cand = raw[:IBAN_LEN[cc]]
            if not ids.iban_ok(cand):
                problems.append('%s: bad IBAN %s' % (where, cand))


def _check_coins(txt, where, problems):
    for m in BTC_RE.finditer(txt):
        if not coins.bech32_verify(m.group(1)):
            problems.append('%s: bad bech32 %s' % (where, m.group(1)))
    for m in B58_RE.finditer(txt):
        s = m.group(1)
        if any(c.isdigit() for c in s) and any(c.islower() for c in s) and any(c.isupper() for c in s[1:]):
            if not coins.b58check_verify(s):
                problems.append('%s: bad base58check %s' % (where, s))


def check_file(path):
    problems = []
    raw = open(path, 'rb').read()
    name = os.path.basename(path)
    for i, line in enumerate(raw.split(b'\r\n')):
        if len(line) > 998:
            problems.append('%s: line %d longer than 998' % (name, i))
    if b'\n' in raw.replace(b'\r\n', b''):
        problems.append('%s: bare LF' % name)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    keys = [k.lower() for k in msg.keys()]
    if keys[0] != 'return-path' or keys[1] != 'received':
        problems.append('%s: header order %s' % (name, keys[:3]))
    top = msg.get_all('Received')[0]
    if 'by mx01.example.com (Postfix)' not in str(top) or 'for <' not in str(top):
        problems.append('%s: top Received is not mx01' % name)
    for k in keys:
        if any(k.startswith(f) for f in FORBIDDEN):
            problems.append('%s: forbidden header %s' % (name, k))
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if msg[h] is None:
            problems.append('%s: missing %s' % (name, h))
        else:
            str(msg[h])  # decodes RFC 2047
    dt = email.utils.parsedate_to_datetime(str(msg['Date']))
    if not (dt.year == 2026 and 10 <= dt.month <= 12):
        problems.append('%s: date out of range %s' % (name, dt))
    for part in msg.walk():
        for d in part.defects:
            problems.append('%s: defect %r in %s' % (name, d, part.get_content_type()))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        if ctype.startswith('text/'):
            try:
                txt = part.get_content()
            except Exception as e:  # noqa: BLE001
                problems.append('%s: text part %s does not decode: %s' % (name, ctype, e))
                continue
            cs = part.get_content_charset()
            if cs:
                payload = part.get_payload(decode=True)
                try:
                    payload.decode(cs)
                except Exception as e:  # noqa: BLE001
                    problems.append('%s: strict decode %s failed: %s' % (name, cs, e))
            _check_ibans(txt, name, problems)
            _check_coins(txt, name, problems)
            continue
        data = part.get_payload(decode=True)
        if data is None:
            problems.append('%s: undecodable part %s' % (name, ctype))
            continue
        if ctype == 'application/pdf' or (fn or '').lower().endswith('.pdf'):
            if not data.startswith(b'%PDF-') or b'%%EOF' not in data[-10:]:
                problems.append('%s: bad PDF %s' % (name, fn))
        elif ctype == 'image/png':
            if not _png_ok(data):
                problems.append('%s: bad PNG %s' % (name, fn))
        elif (fn or '').lower().endswith('.zip') or ctype in ('application/zip', 'application/x-zip-compressed'):
            try:
                zf = zipfile.ZipFile(io.BytesIO(data))
                for zi in zf.infolist():
                    if zi.flag_bits & 1:
                        body = str(msg)
                        pw = None
                        for cand in re.findall(r'[A-Za-z0-9#!_\-\.]{4,16}', _alltext(msg)):
                            try:
                                zf.read(zi, pwd=cand.encode())
                                pw = cand
                                break
                            except Exception:  # noqa: BLE001
                                continue
                        if pw is None:
                            problems.append('%s: encrypted zip member %s: password not found in body' % (name, zi.filename))
                    else:
                        zf.read(zi)
            except zipfile.BadZipFile as e:
                problems.append('%s: bad zip %s: %s' % (name, fn, e))
    return problems


def _alltext(msg):
    out = []
    for p in msg.walk():
        if p.get_content_type() in ('text/plain', 'text/html') and not p.get_filename():
            try:
                out.append(p.get_content())
            except Exception:  # noqa: BLE001
                pass
    return '\n'.join(out)


def check_tree(root):
    problems = []
    for folder in ('attack', 'business'):
        d = os.path.join(root, folder)
        for fn in sorted(os.listdir(d)):
            problems += check_file(os.path.join(d, fn))
    return problems
