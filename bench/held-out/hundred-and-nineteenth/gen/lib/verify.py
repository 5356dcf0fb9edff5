"""Re-parse every generated message with the standard library and check it."""
import email
import email.policy
import email.utils
import html.parser
import io
import re
import zipfile
import xml.etree.ElementTree as ET
from datetime import timedelta

from . import archive, docs, ids, pdf, png, qr
from . import mimekit as mk

URL_RE = re.compile(r'''(?:https?://|hxxps?://)[^\s"'<>\)\]\\]+''', re.I)
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
IBAN_LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20, 'BE': 16, 'NL': 18, 'IE': 22,
            'FR': 27, 'AT': 20, 'PT': 25, 'LV': 21, 'EE': 20, 'CY': 28, 'MT': 31, 'LU': 20}
SKIP_URL = ('schemas.openxmlformats.org', 'schemas.microsoft.com', 'www.w3.org/', 'purl.org/', 'ns.adobe.com',
            'urn:schemas', 'www.fatturapa.gov.it/', 'crd.gov.pl/wzor', 'unece.org', 'uncefact', 'ivaservizi.agenziaentrate.gov.it/docs/xsd')


class _HTMLCheck(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []
        self.srcs = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k == 'href' and v:
                self.hrefs.append(v)
            if k in ('src', 'action') and v:
                self.srcs.append(v)

    def handle_data(self, data):
        self.text.append(data)


class Report:
    def __init__(self, name):
        self.name = name
        self.errors = []
        self.texts = []
        self.urls = []
        self.qr = []
        self.ibans = []
        self.parts = 0
        self.phones = []

    def err(self, s):
        self.errors.append(s)


def _text_of_zip(r, data, pwd=None, where=''):
    zf = zipfile.ZipFile(io.BytesIO(data))
    bad = zf.testzip() if pwd is None else None
    if bad:
        r.err('%s: bad CRC in %s' % (where, bad))
    out = []
    for zi in zf.infolist():
        out.append(zi.filename)
        raw = zf.read(zi, pwd=pwd.encode() if pwd else None)
        if zi.filename.endswith('.xml') or zi.filename.endswith('.rels'):
            try:
                root = ET.fromstring(raw)
                out.append(' '.join(t for t in root.itertext()))
            except ET.ParseError as e:
                r.err('%s: XML error in %s: %s' % (where, zi.filename, e))
        elif zi.filename.lower().endswith('.pdf'):
            out.append(_pdf(r, raw, where + '/' + zi.filename))
        elif zi.filename.lower().endswith('.lnk'):
            if raw[:4] != b'\x4c\x00\x00\x00':
                r.err('%s: LNK stub without header' % zi.filename)
        elif zi.filename.lower().endswith(('.txt', '.csv')):
            out.append(raw.decode('utf-8', 'replace'))
        elif zi.filename.lower().endswith('.iso'):
            for n, d in archive.iso_list(raw):
                out.append(n)
    return '\n'.join(out)


def _pdf(r, data, where):
    if not data.startswith(b'%PDF-') or b'%%EOF' not in data[-10:]:
        r.err('%s: not a complete PDF' % where)
        return ''
    try:
        e = pdf.extract(data)
    except Exception as ex:  # noqa
        r.err('%s: PDF extract failed: %s' % (where, ex))
        return ''
    for img in e['images']:
        rows = pdf.image_rows(img)
        try:
            payload, ecl, ver = qr.decode_matrix(qr.matrix_from_pixels(rows))
            r.qr.append(payload.decode('utf-8'))
        except Exception as ex:  # noqa  - not every image is a QR code
            if img['w'] > 20 and img['w'] == img['h'] and img['kind'] == 'gray':
                r.err('%s: square gray image did not decode as QR: %s' % (where, ex))
    return e['text'] + '\n' + '\n'.join(e['uris'])


def _walk(r, msg, depth=0):
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload()[0]
            r.texts.append('\n'.join('%s: %s' % (k, v) for k, v in inner.items()))
            continue
        if part.is_multipart():
            if not part.get_boundary():
                r.err('multipart without boundary')
            continue
        r.parts += 1
        ct = part.get_content_type()
        fn = part.get_filename() or ''
        payload = part.get_payload(decode=True)
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        raw = part.get_payload(decode=False)
        if cte == 'base64':
            compact = re.sub(r'\s+', '', raw if isinstance(raw, str) else '')
            if len(compact) % 4:
                r.err('%s: base64 length not multiple of 4' % (fn or ct))
        if ct == 'message/rfc822':
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else None
            if inner is None:
                r.err('rfc822 part without message')
            else:
                r.texts.append('\n'.join('%s: %s' % (k, v) for k, v in inner.items()))
                _walk(r, inner, depth + 1)
            continue
        if payload is None:
            r.err('part %s has no payload' % ct)
            continue
        if ct.startswith('text/') and not fn:
            cs = part.get_content_charset() or 'us-ascii'
            try:
                t = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as ex:
                r.err('%s: cannot decode as %s: %s' % (ct, cs, ex))
                continue
            if ct == 'text/html':
                h = _HTMLCheck()
                h.feed(t)
                r.urls += h.hrefs + h.srcs
                r.texts.append(' '.join(h.text))
            elif ct == 'text/calendar':
                if 'BEGIN:VCALENDAR' not in t:
                    r.err('calendar part without VCALENDAR')
                r.texts.append(t.replace('\r\n ', '').replace('\\n', '\n'))
            else:
                r.texts.append(t)
            continue
        low = fn.lower()
        if fn:
            r.texts.append(fn)
        if ct == 'application/pdf' or low.endswith('.pdf'):
            r.texts.append(_pdf(r, payload, fn))
        elif low.endswith(('.docx', '.xlsx')):
            r.texts.append(_text_of_zip(r, payload, where=fn))
        elif low.endswith('.zip'):
            pw = None
            zf = zipfile.ZipFile(io.BytesIO(payload))
            if any(zi.flag_bits & 1 for zi in zf.infolist()):
                pw = r.zip_password
                if not pw:
                    r.err('%s: encrypted ZIP but no password declared' % fn)
            r.texts.append(_text_of_zip(r, payload, pw, where=fn))
        elif low.endswith('.iso') or low.endswith('.img'):
            names = [n for n, d in archive.iso_list(payload)]
            r.texts.append('\n'.join(names))
        elif ct == 'image/png' or low.endswith('.png'):
            rows = png.gray_rows(payload)
            if fn.lower().startswith('qr') or part.get('Content-ID', '').lower().startswith('<qr') or r.png_qr:
                try:
                    p, e, v = qr.decode_matrix(qr.matrix_from_pixels(rows))
                    r.qr.append(p.decode('utf-8'))
                except Exception as ex:  # noqa
                    if fn.lower().startswith('qr') or part.get('Content-ID', '').lower().startswith('<qr'):
                        r.err('%s: QR decode failed: %s' % (fn, ex))
        elif low.endswith(('.svg', '.html', '.htm', '.xml')) or ct in ('image/svg+xml', 'text/html', 'text/xml', 'application/xml'):
            t = payload.decode('utf-8')
            if low.endswith('.svg') or low.endswith('.xml'):
                ET.fromstring(payload)
            h = _HTMLCheck()
            h.feed(t)
            r.urls += h.hrefs + h.srcs
            r.texts.append(t if low.endswith('.xml') else ' '.join(h.text))
            r.texts.append(' '.join(h.hrefs + h.srcs))
        elif ct == 'text/calendar' or low.endswith('.ics'):
            r.texts.append(payload.decode('utf-8'))
        elif low.endswith('.eml') or ct == 'message/rfc822':
            inner = email.message_from_bytes(payload, policy=email.policy.default)
            _walk(r, inner, depth + 1)
        elif low.endswith('.lnk'):
            if payload[:4] != b'\x4c\x00\x00\x00':
                r.err('LNK stub without header')
        else:
            r.err('unhandled attachment type %s %s' % (ct, fn))


def _recv_dates(msg):
    out = []
    for v in msg.get_all('Received') or []:
        v = str(v)
        if ';' in v:
            ds = v.rsplit(';', 1)[1].strip()
            ds = re.sub(r'\s+', ' ', ds)
            try:
                out.append(email.utils.parsedate_to_datetime(ds))
            except (TypeError, ValueError):
                pass
    return out


def verify(name, data, meta):
    r = Report(name)
    r.zip_password = meta.get('zip_password')
    r.png_qr = bool(meta.get('qr'))
    if b'\r\n' not in data or re.search(rb'[^\r]\n', data):
        r.err('line endings are not CRLF throughout')
    hdr_end = data.index(b'\r\n\r\n')
    for ln in data[:hdr_end].split(b'\r\n'):
        if len(ln) > 998:
            r.err('header line longer than 998 octets')
        try:
            ln.decode('ascii')
        except UnicodeDecodeError:
            r.err('non-ASCII byte in header block')
    for ln in data.split(b'\r\n'):
        if len(ln) > 998:
            r.err('body line longer than 998 octets')
            break
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for need in ('Return-Path', 'Received', 'Message-ID', 'Date', 'From', 'Subject', 'MIME-Version'):
        if msg[need] is None:
            r.err('missing header %s' % need)
    rec = msg.get_all('Received')
    if not re.sub(r'\s+', ' ', str(rec[0])).split(' by ', 1)[1].startswith('mx01.example.com'):
        r.err('top Received is not mx01')
    for k, v in msg.items():
        str(v)
    for part in msg.walk():
        if part.defects:
            r.err('defects: %s' % part.defects)
    # chronology of Received headers (top is latest)
    ds = _recv_dates(msg)
    for a, b in zip(ds, ds[1:]):
        if a < b - timedelta(seconds=1):
            r.err('Received chain goes backwards: %s < %s' % (a, b))
    dt = email.utils.parsedate_to_datetime(str(msg['Date']))
    if ds and not (timedelta(seconds=-5) <= ds[0] - dt <= timedelta(minutes=30)):
        r.err('mx01 receipt %s not shortly after Date %s' % (ds[0], dt))
    if not (dt.year == 2026 and dt.month in (10, 11, 12)):
        r.err('Date outside Oct-Dec 2026')
    # DKIM body hashes
    body = data[hdr_end + 4:]
    for sig in msg.get_all('DKIM-Signature') or []:
        s = re.sub(r'\s+', '', str(sig))
        c = re.search(r'c=([a-z/]+)', s).group(1)
        bh = re.search(r'bh=([^;]+)', s).group(1)
        calc = mk.simple_body_hash(body) if c.endswith('/simple') or c == 'simple' else mk.relaxed_body_hash(body)
        if calc != bh:
            r.err('DKIM bh mismatch for %s' % re.search(r'd=([^;]+)', s).group(1))
    r.texts.append(str(msg['Subject']))
    _walk(r, msg)
    alltext = '\n'.join(r.texts)
    r.urls += URL_RE.findall(alltext)
    r.phones = list(meta.get('phones', []))
    for mm in re.finditer(r'(?<![\w/=.])\+\d{1,3}(?:[ \-]?\(?\d+\)?)+', alltext):
        p = mm.group(0).strip(' -')
        digits = re.sub(r'\D', '', p)
        if len(digits) >= 9 and not any(re.sub(r'\D', '', q) == digits for q in r.phones):
            r.phones.append(p)
    norm = re.sub(r'\s+', ' ', alltext)
    for key in ('phones', 'wallets', 'other'):
        for f in meta.get(key, []):
            if f not in alltext and re.sub(r'\s+', ' ', f) not in norm:
                r.err('declared %s not found in content: %r' % (key[:-1], f))
    for w in meta.get('wallets', []):
        if w.startswith('bc1') and not docs.bech32_valid(w):
            r.err('invalid bech32 wallet %s' % w)
    for cand in IBAN_RE.findall(alltext):
        c = cand.replace(' ', '')
        if c[:2] in IBAN_LEN and len(c) != IBAN_LEN[c[:2]] and len(c) >= 15 and not ids.iban_valid(c[:IBAN_LEN[c[:2]]]):
            r.err('IBAN-like string with wrong length for %s: %s' % (c[:2], c))
        if c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]]:
            if not ids.iban_valid(c):
                r.err('IBAN fails mod-97: %s' % c)
            if c not in r.ibans:
                r.ibans.append(c)
    exp = meta.get('qr', [])
    got = r.qr
    if sorted(set(exp)) != sorted(set(got)):
        r.err('QR payloads differ: expected %r got %r' % (exp, got))
    clean = []
    for u in r.urls:
        u = u.strip().rstrip('.,;')
        if u.startswith(('cid:', 'mailto:', '#')) or any(s in u for s in SKIP_URL):
            continue
        if not u.lower().startswith(('http://', 'https://', 'hxxp')):
            continue
        if u not in clean:
            clean.append(u)
    r.urls = clean
    return r
