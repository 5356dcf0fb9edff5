"""Verification of every generated message (stdlib email parser + own readers)."""
import email
import email.policy
import io
import re
import zipfile
from email.utils import parsedate_to_datetime

from . import arch, ids, png, qr
from .pdf import read_pdf

URL_RE = re.compile(r'(?:https?|ftp)://[^\s<>"\'\)\]]+', re.I)
SCHEMA_HOSTS = ('www.w3.org', 'schemas.microsoft.com', 'schemas.openxmlformats.org', 'purl.org',
                'ns.adobe.com', 'www.w3.org/2000/svg', 'urn:')
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
TAX_RES = [
    (re.compile(r'\bDE\d{9}\b'), ids.de_vat_ok),
    (re.compile(r'\bIT\d{11}\b'), ids.it_piva_ok),
    (re.compile(r'(?:P\.IVA|Partita IVA|C\.F\.)[ :/]*(?:C\.F\.\s*)?(?:IT)?(\d{11})\b'), ids.it_piva_ok),
    (re.compile(r'\bNIP[: ]*(\d{3}-?\d{3}-?\d{2}-?\d{2})\b'), ids.pl_nip_ok),
    (re.compile(r'\bPL\d{10}\b'), ids.pl_nip_ok),
    (re.compile(r'\bES[A-Z]\d{7}[0-9A-J]\b'), lambda v: ids.es_cif_ok(v[2:])),
    (re.compile(r'\b(?:NIF|CIF)[: ]*([A-HJNP-SUVW]\d{7}[0-9A-J])\b'), ids.es_cif_ok),
    (re.compile(r'\bEL\d{9}\b'), ids.gr_afm_ok),
    (re.compile(r'(?:ΑΦΜ|Α\.Φ\.Μ\.|VAT No\.?|Tax ID)[: ]*(\d{9})\b'), ids.gr_afm_ok),
    (re.compile(r'\bGB\d{9}\b'), ids.gb_vat_ok),
    (re.compile(r'ИНН[: ]*(\d{10}|\d{12})\b'), ids.ru_inn_ok),
    (re.compile(r'ОГРН[: ]*(\d{13})\b'), ids.ru_ogrn_ok),
]


class VerifyError(Exception):
    pass


def _fail(fn, msg):
    raise VerifyError('%s: %s' % (fn, msg))


def received_date(v):
    d = v.rsplit(';', 1)[-1].strip()
    d = re.sub(r'\s*\([A-Z]+\)\s*$', '', d)
    d = re.sub(r'\s+', ' ', d)
    return parsedate_to_datetime(d)


def qr_from_png(data):
    w, h, pix = png.png_grey_fn(data)
    return qr.decode_matrix(qr.matrix_from_pixels(pix, w, h)).decode('utf-8')


def qr_from_raw(w, h, cs, raw):
    if cs == 'gray':
        pix = lambda x, y: raw[y * w + x]
    else:
        pix = lambda x, y: sum(raw[(y * w + x) * 3:(y * w + x) * 3 + 3]) // 3
    return qr.decode_matrix(qr.matrix_from_pixels(pix, w, h)).decode('utf-8')


def looks_like_qr_png(data):
    w, h, ch, rows = png.read_png(data)
    return ch == 1 and w == h


def inspect_part(fn, part, m, out, depth=0):
    """Decode one non-multipart part; append texts and findings to out."""
    ctype = part.get_content_type()
    cte = (part.get('Content-Transfer-Encoding') or '7bit').lower().strip()
    if cte not in ('7bit', '8bit', 'quoted-printable', 'base64', 'binary'):
        _fail(fn, 'bad CTE %r' % cte)
    if part.defects:
        _fail(fn, 'part defects %r in %s' % (part.defects, ctype))
    fname = part.get_filename()
    out['parts'].append((ctype, fname))
    if ctype == 'message/rfc822':
        inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
        raw = inner.as_bytes(policy=email.policy.default) if hasattr(inner, 'as_bytes') else bytes(inner)
        sub = email.message_from_bytes(raw, policy=email.policy.default)
        out['texts'].append('\n'.join('%s: %s' % (k, v) for k, v in sub.items()))
        for p in sub.walk():
            if not p.is_multipart():
                inspect_part(fn, p, m, out, depth + 1)
        return
    if ctype.startswith('text/') and not fname:
        try:
            txt = part.get_content()
        except (LookupError, UnicodeDecodeError) as e:
            _fail(fn, 'cannot decode %s: %s' % (ctype, e))
        if ctype == 'text/html':
            import html as _h
            txt = _h.unescape(txt)
        out['texts'].append(txt)
        cs = part.get_content_charset()
        out['bodies'].append((ctype, cs, cte))
        return
    data = part.get_payload(decode=True)
    if data is None or len(data) == 0:
        _fail(fn, 'empty attachment %s' % fname)
    low = (fname or '').lower()
    if ctype == 'application/pdf' or low.endswith('.pdf'):
        r = read_pdf(data)
        out['texts'].append(r['text'])
        out['texts'].append('\n'.join(r['uris']))
        for (w, h, cs, raw) in r['images']:
            if w == h and cs == 'gray':
                out['qr'].append(qr_from_raw(w, h, cs, raw))
    elif ctype == 'image/png':
        if looks_like_qr_png(data):
            out['qr'].append(qr_from_png(data))
    elif ctype in ('application/zip', 'application/x-zip-compressed') or low.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        pwd = m.zip_password.encode() if getattr(m, 'zip_password', None) else None
        for n in z.namelist():
            content = z.read(n, pwd=pwd)
            if n.endswith(('.txt', '.url', '.html', '.htm', '.svg')):
                out['texts'].append(content.decode('utf-8', 'replace'))
            if n.endswith('.pdf') and content.startswith(b'%PDF'):
                out['texts'].append(read_pdf(content)['text'])
    elif low.endswith(('.xlsx', '.docx')):
        out['texts'].append(arch.ooxml_text(data))
    elif low.endswith(('.iso', '.img')):
        for n, content in arch.read_iso(data):
            out['parts'].append(('iso-member', n))
    elif ctype in ('text/calendar', 'image/svg+xml', 'text/html', 'text/plain', 'text/xml', 'application/xml') \
            or low.endswith(('.ics', '.svg', '.htm', '.html', '.xml', '.txt')):
        try:
            import html as _h
            t = part.get_content() if ctype.startswith('text/') else data.decode('utf-8')
            out['texts'].append(_h.unescape(t) if low.endswith(('.svg', '.htm', '.html')) else t)
        except Exception as e:
            _fail(fn, 'cannot decode attachment %s: %s' % (fname, e))
    elif ctype.startswith('image/') or ctype.startswith('audio/') or ctype == 'application/octet-stream':
        pass
    else:
        pass


def verify_message(m, data):
    fn = m.filename
    if b'\r\n' not in data or re.search(rb'[^\r]\n', data) or b'\r\r' in data:
        _fail(fn, 'line endings must be CRLF')
    for ln in data.split(b'\r\n'):
        if len(ln) > 998:
            _fail(fn, 'line longer than 998 octets')
    head = data.split(b'\r\n\r\n', 1)[0]
    if re.search(rb'[\x80-\xff]', head):
        _fail(fn, '8-bit characters in header')
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if msg.defects:
        _fail(fn, 'message defects %r' % msg.defects)
    for h in ('Return-Path', 'Received', 'Message-ID', 'Date', 'From', 'To', 'Subject'):
        if msg[h] is None:
            _fail(fn, 'missing %s' % h)
    if msg['MIME-Version'] is None and msg['Mime-Version'] is None:
        _fail(fn, 'missing MIME-Version')
    keys = [k.lower() for k in msg.keys()]
    if keys[0] != 'return-path' or keys[1] != 'received':
        _fail(fn, 'Return-Path and mx01 Received must be on top')
    rcv = msg.get_all('Received')
    top = ' '.join(str(rcv[0]).split())
    mo = re.match(r'from (\S+) \((\S+) \[([0-9a-f.:]+)\]\) .*by mx01\.example\.com \(Postfix\) with ESMTPS? id (\w+) '
                  r'for <([^>]+)>; ', top)
    if not mo:
        _fail(fn, 'top Received is not mx01: %s' % top[:120])
    if mo.group(5) != m.our_rcpt():
        _fail(fn, 'envelope recipient mismatch')
    if m.internal and m.transport['client'][2] != '127.0.0.1' and mo.group(3) != '10.20.0.25':
        _fail(fn, 'internal mail must arrive from mail-int01 [10.20.0.25]')
    prev = None
    for r in rcv:
        r = str(r)
        if ';' not in r:
            continue
        d = received_date(r)
        if prev is not None and d > prev:
            _fail(fn, 'Received chain not in order: %s' % ' '.join(r.split())[:100])
        prev = d
    mx_t = received_date(str(rcv[0]))
    dt = parsedate_to_datetime(str(msg['Date']))
    if not (m.date_override or dt <= mx_t):
        _fail(fn, 'Date after reception')
    if not ('2026-10-01' <= mx_t.strftime('%Y-%m-%d') <= '2026-12-31'):
        _fail(fn, 'reception date out of range')
    # DKIM consistency: every dkim=pass header.b must correspond to a signature
    sigs = ' '.join(str(v) for v in (msg.get_all('DKIM-Signature') or []))
    sigs = re.sub(r'\s+', '', sigs)
    for ar in msg.get_all('Authentication-Results') or []:
        for b in re.findall(r'header\.b=(\S{8})', str(ar)):
            if 'b=' + b not in sigs:
                _fail(fn, 'A-R header.b %s has no matching signature' % b)
    out = {'texts': ['Subject: ' + str(msg['Subject']), 'From: ' + str(msg['From'])], 'bodies': [], 'parts': [], 'qr': []}
    for part in msg.walk():
        if part.is_multipart():
            if part.defects:
                _fail(fn, 'multipart defects %r' % part.defects)
            continue
        inspect_part(fn, part, m, out)
    if not out['bodies'] and not any(p[0].startswith('text/') for p in out['parts']):
        _fail(fn, 'no readable body')
    alltext = '\n'.join(out['texts'])
    # QR codes
    if sorted(out['qr']) != sorted(m.qr):
        _fail(fn, 'QR payloads differ: decoded %r, intended %r' % (out['qr'], m.qr))
    # IBANs
    found = set()
    for cand in IBAN_RE.findall(alltext):
        c = cand.replace(' ', '')
        if c[:2] in ids.IBAN_LEN and len(c) == ids.IBAN_LEN[c[:2]]:
            if not ids.iban_ok(c):
                _fail(fn, 'invalid IBAN %s' % cand)
            found.add(c)
    # tax identifiers
    for rx, ok in TAX_RES:
        for mo in rx.finditer(alltext):
            v = mo.group(1) if rx.groups else mo.group(0)
            if not ok(v):
                _fail(fn, 'invalid identifier %s' % mo.group(0))
    for ph in m.phones:
        if ph not in alltext:
            _fail(fn, 'phone %s not in message' % ph)
    for w in m.wallets:
        if w not in alltext:
            _fail(fn, 'wallet %s not in message' % w)
        if w.startswith('bc1') and not ids.bech32_ok(w):
            _fail(fn, 'bad bech32 %s' % w)
        if w.startswith('T') and not ids.b58check_ok(w):
            _fail(fn, 'bad TRON address %s' % w)
    for kind, val, chk in m.ids:
        if val not in alltext:
            _fail(fn, '%s %s not in message' % (kind, val))
        if not chk():
            _fail(fn, '%s %s fails its check' % (kind, val))
    urls = []
    for u in URL_RE.findall(alltext):
        u = u.rstrip('.,;:!?')
        if any(s in u for s in SCHEMA_HOSTS):
            continue
        if u not in urls:
            urls.append(u)
    return {'ibans': sorted(found), 'urls': urls, 'qr': out['qr'], 'bodies': out['bodies'], 'parts': out['parts'],
            'msg': msg}
