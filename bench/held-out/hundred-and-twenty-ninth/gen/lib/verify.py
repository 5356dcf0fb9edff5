"""Verification of every generated message: parse, decode every part, check attachments,
QR codes, identifiers, facts, DKIM body hashes and Received-chain consistency."""
import base64
import email
import email.policy
import email.utils
import html.parser
import io
import re
import zipfile
import xml.etree.ElementTree as ET

from . import pdf, png, qr, iso, ids, mime, company
from .fmt import strip_html

REQUIRED = ['Return-Path', 'Received', 'Message-ID', 'Date', 'From', 'To', 'Subject', 'MIME-Version', 'Content-Type']


class Fail(Exception):
    pass


def _chk(cond, msg):
    if not cond:
        raise Fail(msg)


class _HTMLCheck(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []
        self.scripts = 0
        self.forms = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'script':
            self.scripts += 1
        if tag in ('a', 'area') and a.get('href'):
            self.hrefs.append(a['href'])
        if tag == 'form':
            self.forms.append(a.get('action', ''))
        if tag in ('img',) and a.get('src'):
            self.hrefs.append(a['src'])
        for k, v in a.items():
            if k.startswith('on'):
                raise Fail('event handler attribute %s in HTML' % k)


def _html_check(text):
    p = _HTMLCheck()
    p.feed(text)
    p.close()
    _chk(p.scripts == 0, 'HTML contains <script>')
    return p


def _dates_chain(msg):
    times = []
    for r in msg.get_all('Received', []):
        s = ' '.join(str(r).split())
        m = re.search(r';\s*([A-Z][a-z]{2}, .*?[+-]\d{4})', s)
        if not m:
            m = re.search(r';\s*(\d{1,2} [A-Z][a-z]{2} \d{4} [\d:]+ [+-]\d{4})', s)
        if m:
            times.append(email.utils.parsedate_to_datetime(m.group(1)))
        else:
            m = re.search(r'(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.\d+ \+0000 UTC', s)
            if m:
                import datetime
                times.append(datetime.datetime.strptime(m.group(1), '%Y-%m-%d %H:%M:%S').replace(tzinfo=datetime.timezone.utc))
            else:
                times.append(None)
    return times


def collect(msg, out, depth=0):
    """Walk parts, decode, collect texts, images, uris, embedded attachments; returns list of part infos."""
    infos = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower().strip()
        raw = part.get_payload(decode=False)
        if ctype == 'message/rfc822':
            inner = part.get_payload()
            if isinstance(inner, list):
                inner = inner[0]
            ib = inner.as_bytes() if hasattr(inner, 'as_bytes') else bytes(inner)
            m2 = email.message_from_bytes(ib, policy=email.policy.default)
            out['texts'].append(' '.join(str(m2.get(h, '')) for h in ('From', 'To', 'Subject')))
            infos += collect(m2, out, depth + 1)
            continue
        if cte == 'base64':
            joined = ''.join(raw.split())
            try:
                data = base64.b64decode(joined, validate=True)
            except Exception as e:
                raise Fail('invalid base64 in %s: %s' % (ctype, e))
            for ln in raw.splitlines():
                _chk(len(ln) <= 78, 'base64 line too long')
        elif cte == 'quoted-printable':
            for ln in raw.splitlines():
                _chk(len(ln) <= 76, 'QP line > 76 chars in %s' % ctype)
            data = part.get_payload(decode=True)
        else:
            data = part.get_payload(decode=True)
        fn = part.get_filename()
        info = {'ctype': ctype, 'cte': cte, 'filename': fn, 'size': len(data)}
        infos.append(info)
        if ctype.startswith('text/') and ctype not in ('text/calendar',):
            cs = part.get_content_charset() or 'us-ascii'
            try:
                txt = data.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                raise Fail('text part not decodable as %s: %s' % (cs, e))
            if ctype == 'text/html':
                p = _html_check(txt)
                out['hrefs'] += p.hrefs
                out['forms'] += p.forms
                out['texts'].append(strip_html(txt))
                out['texts'].append(txt)
            else:
                out['texts'].append(txt)
            continue
        if ctype == 'text/calendar':
            txt = data.decode(part.get_content_charset() or 'utf-8')
            _chk(txt.startswith('BEGIN:VCALENDAR') and txt.rstrip().endswith('END:VCALENDAR'), 'bad iCalendar')
            _chk('\r\n' in txt, 'iCalendar lines must be CRLF')
            out['texts'].append(txt.replace('\r\n ', '').replace('\\n', '\n').replace('\\,', ',').replace('\\;', ';'))
            continue
        _attachment(data, ctype, fn or '', out)
    return infos


def _attachment(data, ctype, fn, out):
    low = fn.lower()
    if ctype == 'application/pdf' or low.endswith('.pdf'):
        text, images, uris, emb = pdf.extract(data)
        out['texts'].append(text)
        out['uris'] += uris
        for w, h, g in images:
            out['images'].append(('pdf:' + fn, w, h, g))
        for e in emb:
            try:
                ET.fromstring(e)
            except ET.ParseError as ex:
                raise Fail('embedded XML in %s not well-formed: %s' % (fn, ex))
            out['texts'].append(e.decode('utf-8'))
    elif ctype == 'image/png' or low.endswith('.png'):
        w, h, g = png.read(data)
        out['images'].append(('png:' + fn, w, h, g))
    elif low.endswith('.docx') or low.endswith('.xlsx'):
        z = zipfile.ZipFile(io.BytesIO(data))
        _chk(z.testzip() is None, 'corrupt OOXML zip %s' % fn)
        names = z.namelist()
        _chk('[Content_Types].xml' in names, 'OOXML without content types')
        for n in names:
            if n.endswith('.xml') or n.endswith('.rels'):
                root = ET.fromstring(z.read(n))
                out['texts'].append(' '.join(t for t in root.itertext()))
    elif ctype in ('application/zip', 'application/x-zip-compressed') or low.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        pwd = out['zip_passwords'].get(fn)
        for info in z.infolist():
            if info.flag_bits & 1:
                _chk(pwd is not None, 'encrypted zip %s without known password' % fn)
                inner = z.read(info, pwd=pwd.encode())
            else:
                inner = z.read(info)
            out['zip_members'].append((fn, info.filename))
            ilow = info.filename.lower()
            if ilow.endswith('.pdf'):
                _attachment(inner, 'application/pdf', info.filename, out)
            elif ilow.endswith('.txt'):
                out['texts'].append(inner.decode('utf-8'))
    elif low.endswith('.iso') or low.endswith('.img'):
        files = iso.read(data)
        _chk(files, 'empty ISO')
        for n, d in files:
            out['zip_members'].append((fn, n))
    elif ctype == 'image/svg+xml' or low.endswith('.svg'):
        root = ET.fromstring(data)
        _chk(not any(el.tag.endswith('script') for el in root.iter()), 'SVG contains script')
        out['texts'].append(' '.join(root.itertext()))
        for el in root.iter():
            for k, v in el.attrib.items():
                if k.endswith('href'):
                    out['hrefs'].append(v)
                _chk(not k.lower().startswith('on'), 'SVG event handler')
    elif ctype == 'text/html' or low.endswith('.html') or low.endswith('.htm'):
        txt = data.decode('utf-8')
        p = _html_check(txt)
        out['hrefs'] += p.hrefs
        out['forms'] += p.forms
        out['texts'].append(strip_html(txt))
        out['texts'].append(txt)
    elif ctype in ('application/xml', 'text/xml') or low.endswith('.xml'):
        ET.fromstring(data)
        out['texts'].append(data.decode('utf-8'))
    elif ctype in ('application/pkcs7-signature', 'application/x-pkcs7-signature'):
        _chk(data[0] == 0x30, 'PKCS#7 blob is not a DER SEQUENCE')
    elif ctype == 'application/ics' or low.endswith('.ics'):
        txt = data.decode('utf-8')
        _chk(txt.startswith('BEGIN:VCALENDAR'), 'bad ics attachment')
        out['texts'].append(txt.replace('\r\n ', ''))
    elif ctype == 'application/octet-stream':
        pass
    else:
        raise Fail('no verifier for attachment %s (%s)' % (fn, ctype))


def _norm(s):
    return re.sub(r'\s+', ' ', s)


def verify_message(c, data):
    errors = []
    try:
        _verify(c, data)
    except Fail as e:
        errors.append(str(e))
    return errors


def _verify(c, data):
    _chk(b'\n' not in data.replace(b'\r\n', b''), 'bare LF present')
    for ln in data.split(b'\r\n'):
        _chk(len(ln) <= 998, 'line longer than 998 octets')
    head = data.split(b'\r\n\r\n', 1)[0]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in REQUIRED:
        _chk(msg.get(h) is not None, 'missing header %s' % h)
    for h in ('From', 'Date', 'Subject', 'Message-ID', 'To', 'MIME-Version'):
        _chk(len(msg.get_all(h)) == 1, 'duplicate header %s' % h)
    if not getattr(c, 'allow_8bit_headers', False):
        try:
            head.decode('ascii')
        except UnicodeDecodeError:
            raise Fail('non-ASCII bytes in header block')
    top = ' '.join(str(msg.get_all('Received')[0]).split())
    _chk('by mx01.example.com (Postfix)' in top, 'top Received is not mx01')
    m = re.match(r'from (\S+) \((\S+) \[(?:IPv6:)?([0-9a-fA-F.:]+)\]\)', top)
    _chk(m is not None, 'mx01 line lacks HELO/rDNS/IP')
    if len(msg.get_all('Received')) > 1 or c.kind:
        pass
    d = email.utils.parsedate_to_datetime(str(msg['Date']))
    import datetime as _dt
    lo = _dt.datetime(2026, 10, 1, tzinfo=_dt.timezone.utc)
    hi = _dt.datetime(2027, 1, 1, tzinfo=_dt.timezone.utc)
    _chk(lo <= d < hi, 'Date outside Oct-Dec 2026')
    times = _dates_chain(msg)
    _chk(times[0] is not None, 'mx01 Received without date')
    prev = times[0]
    for t in times[1:]:
        if t is None:
            continue
        _chk(t <= prev, 'Received chain not chronological (%s > %s)' % (t, prev))
        prev = t
    _chk(d <= times[0], 'Date header later than mx01 arrival')
    _chk((times[0] - d).total_seconds() < 6 * 3600, 'implausible delay Date->mx01')
    # DKIM body hashes
    body = data.split(b'\r\n\r\n', 1)[1]
    for sig in msg.get_all('DKIM-Signature', []):
        s = re.sub(r'\s+', '', str(sig))
        tags = dict(t.split('=', 1) for t in s.split(';') if '=' in t)
        canon = tags.get('c', 'simple/simple')
        bc = canon.split('/')[1] if '/' in canon else 'simple'
        _chk(mime.dkim_bh(body, bc) == tags['bh'], 'DKIM bh mismatch for d=%s' % tags.get('d'))
    # Authentication-Results header.b matches a signature
    for ar in msg.get_all('Authentication-Results', []):
        for hb in re.findall(r'header\.b=([A-Za-z0-9+/]{8})', str(ar)):
            _chk(any(hb in re.sub(r'\s+', '', str(s)) for s in msg.get_all('DKIM-Signature', [])),
                 'A-R header.b without matching signature')
    rp = str(msg['Return-Path'])
    spf = msg.get('Received-SPF')
    if spf:
        m2 = re.search(r'envelope-from=([^;]+);', str(spf))
        _chk(m2 and ('<%s>' % m2.group(1)) == rp, 'Return-Path and Received-SPF envelope-from differ')
        m3 = re.search(r'client-ip=([^;]+);', str(spf))
        _chk(m3.group(1) == m.group(3), 'Received-SPF client-ip differs from mx01 connecting IP')
    out = {'texts': [], 'images': [], 'uris': [], 'hrefs': [], 'forms': [], 'zip_members': [],
           'zip_passwords': getattr(c, 'zip_passwords', {})}
    for h in ('Subject', 'From', 'To', 'Cc', 'Reply-To'):
        if msg.get(h):
            out['texts'].append(str(msg[h]))
    for part in msg.walk():
        _chk(not part.defects, 'MIME defects: %s' % part.defects)
    infos = collect(msg, out)
    c.part_infos = infos
    c.zip_members = out['zip_members']
    # QR codes
    decoded = []
    for src, w, h, g in out['images']:
        try:
            payload, meta = qr.decode_pixels(w, h, g)
            decoded.append(payload.decode('utf-8'))
        except (ValueError, IndexError, UnicodeDecodeError):
            pass
    for p in c.qr_payloads:
        _chk(p in decoded, 'QR payload not found/decodable: %r' % p[:60])
    for p in decoded:
        _chk(p in c.qr_payloads, 'unregistered QR code in message: %r' % p[:60])
    alltext = _norm('\n'.join(out['texts']))
    links = set(out['hrefs']) | set(out['uris']) | set(out['forms']) | set(decoded)
    for typ, val, note in c.facts:
        if typ == 'IBAN':
            _chk(ids.iban_valid(val) and ids.national_ok(val), 'invalid IBAN %s' % val)
            raw = val.replace(' ', '')
            _chk(val in alltext or raw in alltext.replace(' ', ''), 'IBAN %s not in message' % val)
        elif typ == 'URL':
            _chk(val in links or val in alltext or val.replace('&', '&amp;') in alltext,
                 'URL not present: %s' % val)
        elif typ == 'QR payload':
            pass
        elif typ == 'Wallet':
            _chk(ids.bech32_valid(val) or ids.b58check_valid(val), 'invalid wallet %s' % val)
            _chk(val in alltext, 'wallet not in text')
        else:
            _chk(_norm(val) in alltext, '%s not present: %s' % (typ, val))
    # automatic extraction of identifiers for the manifest (completeness) + validity of every IBAN found
    c.auto_facts = extract_facts(out['texts'] + [' '.join(links)])
    for typ, val in c.auto_facts:
        if typ == 'IBAN':
            _chk(ids.iban_valid(val) and ids.national_ok(val), 'invalid IBAN found in message: %s' % val)
        if typ == 'Wallet':
            _chk(ids.bech32_valid(val), 'invalid wallet found: %s' % val)
    # every external link in HTML must be registered as a fact (so the manifest is complete)
    fact_urls = [v for t, v, _ in c.facts if t in ('URL', 'QR payload')]
    for l in links:
        if l.startswith('http') and not any(l == f or l.startswith(f) for f in fact_urls):
            if not getattr(c, 'unlisted_ok', None) or not any(l.startswith(p) for p in c.unlisted_ok):
                raise Fail('link not listed in facts: %s' % l[:120])
    return True


def verify_company():
    errs = []
    for o in company.OFFICES:
        for label, v in o['ids']:
            v2 = v.split(' ')[0]
            if label == 'USt-IdNr.' and not ids.de_vat_valid(v2):
                errs.append(v)
            if label.startswith('Partita') and not ids.it_piva_valid(v2):
                errs.append(v)
            if label == 'NIP' and not ids.pl_nip_valid(v2):
                errs.append(v)
            if label == 'NIF' and not ids.es_cif_valid(v2):
                errs.append(v)
            if label == 'ΑΦΜ' and not ids.gr_afm_valid(v2):
                errs.append(v)
            if label == 'VAT' and not ids.gb_vat_valid(v2):
                errs.append(v)
            if label == 'ИНН' and not ids.ru_inn10_valid(v2):
                errs.append(v)
            if label == 'ОГРН' and not ids.ru_ogrn_valid(v2):
                errs.append(v)
    for k, b in company.BANK.items():
        if not (ids.iban_valid(b['iban']) and ids.national_ok(b['iban'])):
            errs.append(k)
    for bik, acc in ((company.RU_BANK['bik'], company.RU_ACC_EG), (company.RU_BANK['bik'], company.RU_ACC_NEVA),
                     (company.RU_FRAUD['bik'], company.RU_ACC_FRAUD)):
        if not ids.ru_account_valid(bik, acc):
            errs.append(acc)
    if not ids.ru_corr_account_valid(company.RU_BANK['bik'], company.RU_BANK['ks']):
        errs.append('ks')
    return errs


_NS = ('http://www.w3.org', 'http://schemas.', 'https://schemas.', 'http://purl.org', 'http://ivaservizi.agenziaentrate.gov.it/docs',
       'http://crd.gov.pl/wzor', 'http://ns.adobe.com')
_URL = re.compile(r'(?:https?://|\bwww\.)[^\s<>"\'\]\)]+', re.I)
_PHONE = re.compile(r'(?<![\w/=%])\+\d{1,3}(?:[ \-]?\(?\d+\)?){2,6}(?:-\d{1,4})?')
_IBAN = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
_BTC = re.compile(r'\bbc1[0-9a-z]{20,80}\b')


def extract_facts(texts):
    found = []
    seen = set()

    def add(t, v):
        if (t, v) not in seen:
            seen.add((t, v))
            found.append((t, v))
    for tx in texts:
        for m in _URL.finditer(tx):
            u = m.group(0).rstrip('.,;:')
            u = u.replace('&amp;', '&')
            if u.startswith(_NS) or u.endswith('/>'):
                continue
            add('URL', u)
        for m in _PHONE.finditer(tx):
            v = ' '.join(m.group(0).split())
            if v.endswith(')') and '(' not in v:
                v = v[:-1]
            if len(re.sub(r'\D', '', v)) >= 8:
                add('Phone', v)
        for m in _IBAN.finditer(tx):
            v = m.group(1)
            raw = v.replace(' ', '')
            if raw[:2] in ids.IBAN_LEN and len(raw) == ids.IBAN_LEN[raw[:2]]:
                add('IBAN', ids.iban_fmt(raw))
        for m in _BTC.finditer(tx):
            add('Wallet', m.group(0))
    return found
