"""Verification of every generated message: RFC 5322/MIME parsing, decoding
of every part, attachments (PDF, PNG, ZIP incl. encrypted, OOXML, ISO, ICS,
SVG, nested messages), QR payloads, IBAN/other check digits, facts, dates."""
import email
import email.header
import email.policy
import email.utils
import io
import re
import zipfile
import datetime as dt
import xml.dom.minidom
from . import ident, png, pdf, arch

IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30})\b')
URL_RE = re.compile(r'https?://[^\s<>"\')\]]+')
IGNORE_URL = ('http://www.w3.org/', 'http://schemas.openxmlformats.org/', 'http://purl.org/', 'http://schemas.microsoft.com/',
              'urn:', 'http://ns.adobe.com/', 'http://www.fatturapa.gov.it/', 'http://ivaservizi.agenziaentrate.gov.it/',
              'http://www.agenziaentrate.gov.it/', 'http://www.w3.org', 'http://www.facturae.gob.es/',
              'http://uri.etsi.org/', 'urn:oasis', 'https://www.w3.org/', 'http://www.xrechnung.de/')


class Fail(Exception):
    pass


def _fail(m, msg):
    raise Fail('%s: %s' % (m.file, msg))


def describe(part):
    ct = part.get_content_type()
    if part.is_multipart() and ct != 'message/rfc822':
        sub = ct.split('/')[1]
        return '%s[%s]' % (sub, ', '.join(describe(p) for p in part.get_payload()))
    fn = part.get_filename()
    if fn and '=?' in fn:
        fn = str(email.header.make_header(email.header.decode_header(fn)))
    short = {'text/plain': 'plain', 'text/html': 'html'}.get(ct, ct)
    if ct == 'message/rfc822':
        inner = part.get_payload()[0]
        return 'message/rfc822(%s)' % describe(inner)
    if fn:
        return '%s "%s"' % (short, fn)
    if part.get('Content-ID') and ct.startswith('image/'):
        return '%s (inline cid)' % short
    return short


def walk_leaves(part, depth=0):
    if part.get_content_type() == 'message/rfc822':
        yield part, depth
        inner = part.get_payload()[0]
        yield from walk_leaves(inner, depth + 1)
    elif part.is_multipart():
        for p in part.get_payload():
            yield from walk_leaves(p, depth)
    elif False:
        yield part, depth
        inner = part.get_payload()[0]
        yield from walk_leaves(inner, depth + 1)
    else:
        yield part, depth


def parse_date(v):
    d = email.utils.parsedate_to_datetime(v)
    if d.tzinfo is None:
        raise ValueError('no tz')
    return d


RECV_DATE = re.compile(r';\s*([A-Z][a-z]{2},\s+\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d(?:\.\d+)? [+-]\d{4})')


def check_message(m, data):
    info = {}
    if b'\r\n' not in data or re.search(rb'[^\r]\n', data):
        _fail(m, 'line endings must be CRLF')
    for ln in data.split(b'\r\n\r\n', 1)[0].split(b'\r\n'):
        if len(ln) > 998:
            _fail(m, 'header line too long')
    for ln in data.split(b'\r\n'):
        if len(ln) > 998:
            _fail(m, 'line longer than 998 octets')
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    if msg.defects:
        _fail(m, 'defects %r' % msg.defects)
    for k in ('Return-Path', 'Received', 'Message-ID', 'Date', 'From', 'Subject', 'MIME-Version'):
        if msg[k] is None and msg[k.upper()] is None:
            _fail(m, 'missing %s' % k)
    if msg['To'] is None:
        _fail(m, 'missing To')
    rec = msg.get_all('Received')
    if 'by mx01.example.com (Postfix)' not in rec[0]:
        _fail(m, 'top Received is not mx01')
    first = data.split(b'\r\n')[0]
    if not first.startswith(b'Return-Path:'):
        _fail(m, 'Return-Path must be first')
    # received chain: times must not go backwards (top = newest)
    times = []
    for r in rec:
        mt = RECV_DATE.search(r.replace('\r\n', ' ').replace('\t', ' '))
        if mt:
            s = re.sub(r'\.\d+', '', mt.group(1))
            times.append(parse_date(s))
    for a, b in zip(times, times[1:]):
        if a < b - dt.timedelta(seconds=1):
            _fail(m, 'Received chain time goes backwards: %s < %s' % (a, b))
    date = parse_date(msg['Date'])
    if not (dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc) <= date < dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)):
        _fail(m, 'Date outside Oct-Dec 2026: %s' % date)
    if times and times[0] < date - dt.timedelta(seconds=1):
        _fail(m, 'mx01 received before Date')
    # headers decode
    for k in ('Subject', 'From', 'To', 'Cc', 'Reply-To'):
        for v in msg.get_all(k) or []:
            str(email.header.make_header(email.header.decode_header(v)))
    texts = []
    qr_found = []
    charsets, ctes = [], []
    for part, depth in walk_leaves(msg):
        ct = part.get_content_type()
        if part.defects:
            _fail(m, 'part defects %r in %s' % (part.defects, ct))
        if ct == 'message/rfc822':
            continue
        payload = part.get_payload(decode=True)
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        raw = part.get_payload()
        if cte == 'base64':
            import base64
            base64.b64decode(re.sub(r'\s+', '', raw), validate=True)
        fn = part.get_filename()
        if fn and '=?' in fn:
            fn = str(email.header.make_header(email.header.decode_header(fn)))
        if ct.startswith('text/') and ct not in ('text/calendar',) and not (fn and ct != 'text/plain' and ct != 'text/html'):
            cs = part.get_content_charset() or 'us-ascii'
            try:
                txt = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                _fail(m, 'cannot decode %s as %s: %s' % (ct, cs, e))
            if cte in ('7bit',) and any(b > 127 for b in payload):
                _fail(m, '8-bit data in 7bit part')
            texts.append(txt)
            if depth == 0 and not fn and ct in ('text/plain', 'text/html'):
                if cs not in charsets:
                    charsets.append(cs)
                if cte not in ctes:
                    ctes.append(cte)
        if ct == 'text/calendar':
            txt = payload.decode(part.get_content_charset() or 'utf-8')
            if 'BEGIN:VCALENDAR' not in txt or 'END:VCALENDAR' not in txt:
                _fail(m, 'bad calendar')
            texts.append(txt)
        if ct == 'application/pdf' or (fn or '').lower().endswith('.pdf'):
            try:
                pdf.check(payload)
                for q in pdf.decode_qr_images(payload):
                    qr_found.append(q.decode('utf-8'))
            except Exception as e:
                _fail(m, 'PDF %s: %s' % (fn, e))
        if ct == 'image/png':
            w, h, g = png.read(payload)
            if (fn or part.get('Content-ID') or '').lower().find('qr') >= 0 or m.meta.get('png_qr', {}).get(fn or part.get('Content-ID', '').strip('<>')):
                qr_found.append(png.decode_qr_png(payload).decode('utf-8'))
        if ct in ('application/zip', 'application/x-zip-compressed') or (fn or '').lower().endswith(('.zip', '.xlsx', '.docx')):
            zf = zipfile.ZipFile(io.BytesIO(payload))
            pwd = m.meta.get('zip_password')
            for zi in zf.infolist():
                content = zf.read(zi, pwd=pwd.encode() if (zi.flag_bits & 1) else None)
                if zi.filename.endswith('.xml') or zi.filename.endswith('.rels'):
                    xml.dom.minidom.parseString(content)
                if zi.filename.lower().endswith('.pdf'):
                    pdf.check(content)
            if not any(zi.flag_bits & 1 for zi in zf.infolist()) and zf.testzip() is not None:
                _fail(m, 'zip CRC')
        if (fn or '').lower().endswith(('.iso', '.img')):
            files = arch.read_iso_joliet(payload)
            if not files:
                _fail(m, 'empty ISO')
        if ct == 'image/svg+xml' or (fn or '').lower().endswith('.svg'):
            xml.dom.minidom.parseString(payload)
            texts.append(payload.decode('utf-8'))
            if b'<script' in payload.lower():
                _fail(m, 'script in SVG')
        if ct == 'text/html' and fn:
            if b'<script' in payload.lower():
                _fail(m, 'script in HTML attachment')
        if (ct.endswith('xml') or (fn or '').endswith('.xml')) and payload:
            xml.dom.minidom.parseString(payload)
            texts.append(payload.decode('utf-8', 'replace'))
    # QR payloads
    exp = sorted(p for _, p in m.qr_expect)
    if sorted(qr_found) != exp:
        _fail(m, 'QR mismatch: found %r expected %r' % (qr_found, exp))
    alltext = '\n'.join(texts) + '\n' + '\n'.join(m.meta.get('doc_texts', []))
    # IBANs
    declared = {v.replace(' ', '') for k, v, _ in m.facts if k == 'IBAN'}
    for mt in IBAN_RE.finditer(alltext):
        cand = mt.group(1).replace(' ', '')
        cc = cand[:2]
        if cc in ident.IBAN_LEN:
            cand = cand[:ident.IBAN_LEN[cc]]
            if len(cand) == ident.IBAN_LEN[cc] and cand[4:].isalnum():
                if not ident.iban_valid(cand):
                    _fail(m, 'invalid IBAN %s' % cand)
                if cand not in declared:
                    _fail(m, 'IBAN %s not declared in facts' % cand)
    for v in declared:
        if v not in re.sub(r'\s', '', alltext) and v not in ''.join(exp).replace(' ', ''):
            _fail(m, 'declared IBAN %s not found in message' % v)
    # URLs
    urls = {v for k, v, _ in m.facts if k == 'URL'}
    for mt in URL_RE.finditer(alltext.replace('&amp;', '&')):
        u = mt.group(0).rstrip('.,;:')
        if u.startswith(IGNORE_URL):
            continue
        if not any(u == d or u.startswith(d) or d.startswith(u) for d in urls):
            _fail(m, 'URL not declared in facts: %s' % u)
    # phone numbers in international format must be declared
    phones = {re.sub(r'\D', '', v) for k, v, _ in m.facts if k == 'Phone'}
    for mt in re.finditer(r'(?<![\w/=%.-])\+\d{1,3}(?:[ \-()]{0,2}\d){6,14}', alltext):
        dg = re.sub(r'\D', '', mt.group(0))
        if not any(dg.startswith(p) or p.startswith(dg) for p in phones):
            _fail(m, 'phone number not declared in facts: %s' % mt.group(0))
    for k, v, _ in m.facts:
        if k == 'Wallet' and v.startswith('bc1') and not ident.bech32_valid(v):
            _fail(m, 'bad wallet')
    info['structure'] = describe(msg)
    info['charsets'] = charsets
    info['ctes'] = ctes
    info['subject'] = str(email.header.make_header(email.header.decode_header(msg['Subject'])))
    info['from'] = str(email.header.make_header(email.header.decode_header(msg['From'])))
    info['date'] = msg['Date']
    return info
