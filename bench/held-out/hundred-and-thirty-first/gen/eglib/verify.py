# -*- coding: utf-8 -*-
"""Independent checks of the written .eml files (parse, decode, attachments, QR, IBAN, DKIM bh)."""
import datetime as dt
import email
import email.policy
import email.utils
import io
import re
import zipfile
import xml.etree.ElementTree as ET

from . import mime, qr
from .archive import read_iso
from .pdf import read_pdf
from .png import gray_matrix
from .util import iban_valid, btc_valid

IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){11,30})\b')
PHONE_RE1 = re.compile(r'(?<![\w/=.])\+\d{1,3}(?:[ \-/]?\(?\d+\)?){2,}')
PHONE_RE2 = re.compile(r'(?i)(?:\btel\.?|\btel:|\bT:|\bphone:?|telefon|\bmobil:?|\bcell\.?|τηλ\.?|тел\.?|infolinia|móvil)'
                       r'\s*:?\s*(\d[\d \-]{6,}\d)')
URL_RE = re.compile(r'https?://[^\s<>"\'\)\]]+')
IGNORE_URL = ('http://www.w3.org/', 'http://schemas.openxmlformats.org/', 'http://schemas.microsoft.com/',
              'http://purl.org/', 'urn:', 'http://ivaservizi.agenziaentrate.gov.it/docs/xsd/')


IBAN_LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20, 'BE': 16, 'SK': 24, 'PT': 25,
            'NL': 18, 'FR': 27, 'IE': 22, 'CY': 28, 'BG': 22, 'RO': 24, 'HU': 28, 'LV': 21, 'EE': 20, 'AT': 20, 'CZ': 24}


class Fail(Exception):
    pass


def _clean_url(u):
    u = u.rstrip('.,;:!?')
    u = u.replace('&amp;', '&')
    return u


def iban_candidates(text):
    out = []
    for m in IBAN_RE.finditer(text):
        s = m.group(1).replace(' ', '').replace('\u00a0', '')
        # trim trailing letters-only groups that belong to following words
        while len(s) > 15 and not iban_valid(s) and s[-1].isalpha():
            s = s[:-1]
        out.append(s)
    return out


class Extract:
    def __init__(self):
        self.texts = []       # (where, text)
        self.qr = []          # decoded payload strings
        self.urls = []        # urls in link targets (html href, pdf /URI)
        self.notes = []
        self.parts = []

    def all_text(self):
        return '\n'.join(t for _, t in self.texts)


def check_headers(raw, name):
    head = raw.split(b'\r\n\r\n', 1)[0]
    for line in head.split(b'\r\n'):
        if any(c > 127 for c in line):
            raise Fail('%s: non-ASCII header line %r' % (name, line[:80]))
        if len(line) > 998:
            raise Fail('%s: header line > 998' % name)
    if b'\n' in raw.replace(b'\r\n', b''):
        raise Fail('%s: bare LF' % name)
    for line in raw.split(b'\r\n'):
        if len(line) > 998:
            raise Fail('%s: line longer than 998 octets' % name)


def walk_message(msg, ex, where, declared_pw, depth=0):
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        disp = part.get_content_disposition()
        loc = '%s/%s%s' % (where, ctype, (':' + fn) if fn else '')
        ex.parts.append(loc)
        for d in part.defects:
            raise Fail('MIME defect in %s: %r' % (loc, d))
        if ctype == 'message/rfc822':
            inner = part.get_payload(0)
            walk_message(inner, ex, loc, declared_pw, depth + 1)
            for h in ('From', 'Subject', 'Date'):
                if inner[h] is None:
                    raise Fail('embedded message lacks %s in %s' % (h, loc))
            ex.texts.append((loc + '#headers', 'From: %s\nSubject: %s' % (inner['From'], inner['Subject'])))
            continue
        if ctype.startswith('text/') and disp != 'attachment' or ctype in ('text/plain', 'text/html') and not fn:
            txt = part.get_content()
            if '\ufffd' in txt:
                raise Fail('undecodable characters in %s' % loc)
            if ctype == 'text/html':
                ex.urls += [_clean_url(u) for u in re.findall(r'href="(https?://[^"]+)"', txt)]
                if '<script' in txt.lower():
                    raise Fail('script in html body %s' % loc)
                from .compose import html2text
                ex.texts.append((loc, html2text(txt)))
                ex.texts.append((loc + '#src', txt))
            else:
                ex.texts.append((loc, txt))
            continue
        data = part.get_payload(decode=True)
        if not data:
            raise Fail('empty part %s' % loc)
        analyse_blob(data, ctype, fn or '', ex, loc, declared_pw)


def analyse_blob(data, ctype, fn, ex, loc, declared_pw):
    low = fn.lower()
    if data[:2] == b'MZ' or data[:4] == b'\x7fELF':
        raise Fail('executable content in %s' % loc)
    if data.startswith(b'%PDF'):
        r = read_pdf(data)
        ex.texts.append((loc, r['text']))
        ex.urls += r['uris']
        ex.texts.append((loc + '#uris', '\n'.join(r['uris'])))
        for (w, h, rows) in r['images']:
            try:
                ex.qr.append(qr.decode_gray(rows).decode('utf-8'))
            except ValueError:
                pass
        return
    if data.startswith(b'\x89PNG'):
        g = gray_matrix(data)
        try:
            ex.qr.append(qr.decode_gray(g).decode('utf-8'))
        except ValueError:
            pass
        return
    if data.startswith(b'PK\x03\x04'):
        zf = zipfile.ZipFile(io.BytesIO(data))
        enc = any(i.flag_bits & 1 for i in zf.infolist())
        if enc:
            pw = None
            for p in declared_pw:
                try:
                    zf.setpassword(p.encode())
                    zf.read(zf.infolist()[0])
                    pw = p
                    break
                except RuntimeError:
                    continue
            if pw is None:
                raise Fail('cannot open encrypted zip %s with declared passwords' % loc)
            ex.notes.append('zip %s opened with password %s' % (fn, pw))
        if zf.testzip() is not None:
            raise Fail('zip CRC error in %s' % loc)
        names = zf.namelist()
        if low.endswith(('.xlsx', '.docx')):
            texts = []
            for n in names:
                if n.endswith('.xml') or n.endswith('.rels'):
                    root = ET.fromstring(zf.read(n))
                    if n.startswith(('xl/worksheets/sheet', 'word/document')):
                        texts.append(' '.join(t.text or '' for t in root.iter() if t.tag.endswith('}t')))
                    if '_rels/sheet' in n:
                        for el in root:
                            ex.urls.append(el.get('Target'))
                            texts.append(el.get('Target'))
            ex.texts.append((loc, '\n'.join(texts)))
            return
        ex.texts.append((loc + '#names', '\n'.join(names)))
        for n in names:
            analyse_blob(zf.read(n), '', n, ex, loc + '!' + n, declared_pw)
        return
    if data[0x8001:0x8006] == b'CD001':
        files = read_iso(data)
        ex.texts.append((loc + '#names', '\n'.join(n for n, _ in files)))
        for n, d in files:
            analyse_blob(d, '', n, ex, loc + '!' + n, declared_pw)
        return
    if low.endswith(('.svg', '.htm', '.html', '.shtml')) or ctype in ('image/svg+xml', 'text/html'):
        s = data.decode('utf-8')
        if '<script' in s.lower():
            raise Fail('script in %s' % loc)
        if low.endswith('.svg'):
            ET.fromstring(data)
        ex.urls += [_clean_url(u) for u in re.findall(r'(?:href|action)="(https?://[^"]+)"', s)]
        from .compose import html2text
        ex.texts.append((loc, html2text(s)))
        ex.texts.append((loc + '#src', s))
        return
    if low.endswith('.ics') or ctype == 'text/calendar':
        s = data.decode('utf-8')
        if 'BEGIN:VCALENDAR' not in s:
            raise Fail('bad calendar %s' % loc)
        ex.texts.append((loc, s.replace('\r\n ', '').replace('\\n', '\n').replace('\\,', ',')))
        return
    if low.endswith(('.xml', '.txt', '.csv', '.lnk', '.url', '.exe', '.js', '.vbs', '.cmd', '.bat', '.hta')):
        try:
            s = data.decode('utf-8')
        except UnicodeDecodeError:
            s = data.decode('cp1252')
        if low.endswith('.xml'):
            ET.fromstring(data)
        ex.texts.append((loc, s))
        return
    if low.endswith('.p7s') or ctype in ('application/pkcs7-signature', 'application/x-pkcs7-signature'):
        return
    ex.notes.append('opaque %s (%d bytes)' % (loc, len(data)))


def verify_file(raw, name, m):
    """m: the Message object (declared facts). Returns Extract."""
    check_headers(raw, name)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ('Return-Path', 'Received', 'Message-ID', 'Date', 'From', 'Subject', 'MIME-Version'):
        if msg[h] is None:
            raise Fail('%s: missing %s' % (name, h))
    if msg['To'] is None and msg['Cc'] is None:
        raise Fail('%s: no To/Cc' % name)
    rec = msg.get_all('Received')
    if 'by mx01.example.com (Postfix)' not in rec[0]:
        raise Fail('%s: top Received is not mx01' % name)
    if m.internal and '[10.20.0.25]' not in rec[0]:
        raise Fail('%s: internal mail not via mail-int01' % name)
    d = email.utils.parsedate_to_datetime(str(msg['Date']))
    if not (dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc) <= d < dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)):
        raise Fail('%s: Date out of range %s' % (name, d))
    mxdate = email.utils.parsedate_to_datetime(rec[0].split(';')[-1].strip())
    delta = (mxdate - d).total_seconds()
    if not (-1 <= delta <= 3600 * 3):
        raise Fail('%s: mx01 date vs Date header delta %s' % (name, delta))
    # previous Received dates must not be later than mx01
    for r in rec[1:]:
        try:
            rd = email.utils.parsedate_to_datetime(re.sub(r'\s+', ' ', r.split(';')[-1]).strip().split(' +0000 UTC')[0])
        except Exception:
            continue
        if rd and rd.tzinfo and (rd - mxdate).total_seconds() > 1:
            raise Fail('%s: Received hop later than mx01: %s' % (name, r[:60]))
    # DKIM body hashes
    body = raw.split(b'\r\n\r\n', 1)[1]
    for sig in msg.get_all('DKIM-Signature') or []:
        s = re.sub(r'\s+', '', str(sig))
        bh = re.search(r'bh=([^;]+)', s).group(1)
        c = re.search(r'c=([^;]+)', s)
        canon = (c.group(1).split('/') + ['simple'])[1] if c else 'simple'
        if mime.body_hash(body, canon) != bh:
            raise Fail('%s: DKIM bh mismatch (%s)' % (name, s[:60]))
    ex = Extract()
    pws = [v for k, v, _ in m.facts if k.startswith('password')]
    walk_message(msg, ex, '', pws)
    text = ex.all_text()
    flat = re.sub(r'\s+', ' ', text)
    # IBANs: every IBAN-looking string must be valid
    ibans = []
    for c in iban_candidates(text):
        if IBAN_LEN.get(c[:2]) == len(c):
            if not iban_valid(c):
                raise Fail('%s: invalid IBAN %s' % (name, c))
            if c not in ibans:
                ibans.append(c)
    for mm in re.finditer(r'(?<![\dA-Z])(\d{2}(?: ?\d{4}){6})(?![\d])', text):
        c = 'PL' + mm.group(1).replace(' ', '')
        if not iban_valid(c):
            raise Fail('%s: invalid Polish NRB %s' % (name, mm.group(1)))
        if c not in ibans:
            ibans.append(c)
    ex.ibans = ibans
    for k, v, _ in m.facts:
        if k in ('phone', 'wallet', 'account', 'password', 'url', 'email', 'id', 'code'):
            vv = re.sub(r'\s+', ' ', v)
            if vv not in flat and v not in text:
                raise Fail('%s: declared %s %r not found in decoded content' % (name, k, v))
        if k == 'wallet' and v.startswith('bc1') and not btc_valid(v):
            raise Fail('%s: invalid bech32 wallet' % name)
        if k == 'iban' and v.replace(' ', '') not in ibans:
            raise Fail('%s: declared IBAN %s not found' % (name, v))
    for payload, where in m.qr:
        if payload not in ex.qr:
            raise Fail('%s: QR payload not decoded from images: %r (decoded: %r)' % (name, payload[:40], ex.qr))
    urls = []
    for u in URL_RE.findall(text) + ex.urls:
        u = _clean_url(u)
        if u.startswith(IGNORE_URL) or u in urls:
            continue
        urls.append(u)
    ex.all_urls = urls
    phones = []
    seen = set()
    for mm in list(PHONE_RE1.finditer(text)) + list(PHONE_RE2.finditer(text)):
        p = (mm.group(1) if mm.lastindex else mm.group(0)).strip(' -)(')
        digits = re.sub(r'\D', '', p)
        if len(digits) < 8 or digits in seen:
            continue
        if any(digits in re.sub(r'\D', '', q) for q in phones):
            continue
        seen.add(digits)
        phones.append(p)
    ex.phones = phones
    have = {re.sub(r'\D', '', p) for p in phones}
    for k, v, _ in m.facts:
        if k == 'phone' and re.sub(r'\D', '', v) not in have:
            raise Fail('%s: declared phone %s not found by the phone extractor' % (name, v))
    ex.msg = msg
    return ex
