"""Verification of the generated messages (stdlib only)."""
import base64
import binascii
import datetime as dt
import email
import email.policy
import email.utils
import html
import io
import re
import xml.etree.ElementTree as ET
import zipfile

from . import ids, iso, pdf, png, qr, util

MX = 'mx01.example.com'


class Problem(Exception):
    pass


def _strip_tags(s):
    s = re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', ' ', s)
    return html.unescape(re.sub(r'<[^>]+>', ' ', s))


class Corpus:
    def __init__(self):
        self.texts = []
        self.qr = []
        self.notes = []
        self.structure = []

    def add(self, s):
        self.texts.append(s)

    @property
    def text(self):
        return '\n'.join(self.texts)


def _check_inert(name, data, problems):
    low = data[:200000].lower()
    if data[:2] == b'MZ':
        problems.append('%s: PE executable header' % name)
    if b'<script' in low:
        problems.append('%s: contains <script>' % name)
    if b'javascript:' in low:
        problems.append('%s: contains javascript: URL' % name)
    if b'vbaproject' in low:
        problems.append('%s: contains a VBA project' % name)
    if b'/javascript' in low or b'/launch' in low or b'/openaction' in low:
        problems.append('%s: PDF active content' % name)


def _qr_from_pixels(w, h, px, corpus, where):
    try:
        mat = qr.matrix_from_pixels(px, w, h)
        data, v, ecl, mask = qr.decode_matrix(mat)
        corpus.qr.append(data)
        corpus.add(data.decode('utf-8', 'replace'))
        corpus.notes.append('QR v%d-%s in %s' % (v, ecl, where))
        return True
    except ValueError as e:
        return False


def _attachment(name, ctype, data, corpus, problems, passwords, depth):
    _check_inert(name, data, problems)
    lname = (name or '').lower()
    if data.startswith(b'%PDF'):
        try:
            text, uris, images = pdf.extract(data)
        except Exception as e:  # noqa
            problems.append('%s: PDF parse error %s' % (name, e))
            return
        corpus.add(text)
        corpus.add('\n'.join(uris))
        for k, (w, h, raw) in enumerate(images):
            if len(raw) != w * h:
                problems.append('%s: image size mismatch' % name)
                continue
            if not _qr_from_pixels(w, h, lambda x, y, raw=raw, w=w: raw[y * w + x], corpus, '%s image %d' % (name, k)):
                problems.append('%s: image %d is not a readable QR code' % (name, k))
        return
    if data.startswith(b'\x89PNG'):
        try:
            w, h, px = png.read(data)
        except Exception as e:  # noqa
            problems.append('%s: PNG error %s' % (name, e))
            return
        if lname.startswith('qr') or 'qr' in lname or ctype == 'image/png' and w == h:
            _qr_from_pixels(w, h, px, corpus, name)
        return
    if data.startswith(b'PK\x03\x04'):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as e:
            problems.append('%s: bad zip %s' % (name, e))
            return
        names = z.namelist()
        corpus.add('\n'.join(names))
        enc = any(i.flag_bits & 1 for i in z.infolist())
        pwd = None
        if enc:
            for p in passwords:
                try:
                    z.setpassword(p.encode('utf-8'))
                    z.read(names[0])
                    pwd = p
                    break
                except (RuntimeError, zipfile.BadZipFile):
                    continue
            if pwd is None:
                problems.append('%s: encrypted zip, no listed password opens it' % name)
                return
            corpus.notes.append('%s opened with password %s' % (name, pwd))
        bad = z.testzip()
        if bad:
            problems.append('%s: CRC error in %s' % (name, bad))
        is_ooxml = '[Content_Types].xml' in names
        for n in names:
            member = z.read(n)
            _check_inert('%s:%s' % (name, n), member, problems)
            if n.endswith('.xml') or n.endswith('.rels'):
                try:
                    root = ET.fromstring(member)
                except ET.ParseError as e:
                    problems.append('%s:%s XML error %s' % (name, n, e))
                    continue
                if is_ooxml:
                    corpus.add(' '.join(t for t in root.itertext()))
                else:
                    corpus.add(member.decode('utf-8', 'replace'))
            elif not is_ooxml:
                _attachment(n, '', member, corpus, problems, passwords, depth + 1)
        return
    if len(data) > 0x8006 and data[0x8001:0x8006] == b'CD001':
        try:
            for n, d in iso.list_iso(data):
                corpus.add(n)
                _attachment(n, '', d, corpus, problems, passwords, depth + 1)
        except Exception as e:  # noqa
            problems.append('%s: ISO error %s' % (name, e))
        return
    if lname.endswith('.svg') or data.lstrip().startswith(b'<svg') or b'<svg' in data[:300]:
        try:
            ET.fromstring(data)
        except ET.ParseError as e:
            problems.append('%s: SVG not well-formed: %s' % (name, e))
        t = data.decode('utf-8')
        corpus.add(t)
        corpus.add(_strip_tags(t))
        return
    if lname.endswith('.xml'):
        try:
            root = ET.fromstring(data)
        except ET.ParseError as e:
            problems.append('%s: XML error %s' % (name, e))
            return
        corpus.add(' '.join(root.itertext()))
        return
    # text-like
    for cs in ('utf-8', 'cp1252'):
        try:
            t = data.decode(cs)
            break
        except UnicodeDecodeError:
            continue
    else:
        t = data.decode('latin-1')
    if lname.endswith('.ics') or ctype == 'text/calendar':
        if not (t.startswith('BEGIN:VCALENDAR') and t.rstrip().endswith('END:VCALENDAR')):
            problems.append('%s: not a VCALENDAR' % name)
        t = re.sub(r'\r?\n[ \t]', '', t).replace('\\n', '\n').replace('\\,', ',').replace('\\;', ';')
    corpus.add(t)
    if '<html' in t.lower():
        corpus.add(_strip_tags(t))


def _walk(msg, corpus, problems, passwords, depth=0, path='1'):
    ctype = msg.get_content_type()
    corpus.structure.append('%s%s' % ('  ' * depth, ctype))
    if msg.is_multipart():
        if ctype == 'multipart/signed':
            pass
        for i, p in enumerate(msg.iter_parts() if hasattr(msg, 'iter_parts') else msg.get_payload()):
            _walk(p, corpus, problems, passwords, depth + 1, '%s.%d' % (path, i + 1))
        return
    cte = (msg.get('Content-Transfer-Encoding') or '7bit').lower().strip()
    raw = msg.get_payload(decode=False)
    if ctype == 'message/rfc822':
        inner = msg.get_payload()[0] if isinstance(msg.get_payload(), list) else msg.get_payload()
        _headers_text(inner, corpus)
        _walk(inner, corpus, problems, passwords, depth + 1, path + '.m')
        return
    if cte == 'base64':
        compact = re.sub(r'\s+', '', raw)
        for ln in raw.splitlines():
            if len(ln) > 76:
                problems.append('part %s: base64 line > 76' % path)
                break
        try:
            data = base64.b64decode(compact, validate=True)
        except binascii.Error as e:
            problems.append('part %s: bad base64 %s' % (path, e))
            return
    else:
        data = msg.get_payload(decode=True)
    if data is None:
        problems.append('part %s: no payload' % path)
        return
    fname = msg.get_filename()
    if msg.get_content_maintype() == 'text' and not fname:
        cs = msg.get_content_charset() or 'us-ascii'
        try:
            t = data.decode(cs)
        except (UnicodeDecodeError, LookupError) as e:
            problems.append('part %s: does not decode as %s: %s' % (path, cs, e))
            return
        if cte == '7bit' and any(b > 127 for b in data):
            problems.append('part %s: 8-bit data declared 7bit' % path)
        if ctype == 'text/html':
            _check_inert('part %s' % path, data, problems)
            corpus.add(html.unescape(t))
            corpus.add(_strip_tags(t))
        elif ctype == 'text/calendar':
            _attachment('invite.ics', ctype, data, corpus, problems, passwords, depth)
        else:
            corpus.add(t)
        return
    _attachment(fname or ctype, ctype, data, corpus, problems, passwords, depth)


def _headers_text(msg, corpus):
    for k in ('Subject', 'From', 'To', 'Cc', 'Reply-To'):
        v = msg.get(k)
        if v:
            corpus.add(str(v))


def _pdate(s):
    try:
        return email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError):
        return None


def check_message(path, data, expect):
    """expect: dict(facts, qr, passwords, rcpts). Returns (problems, corpus)."""
    problems = []
    if b'\n' in data.replace(b'\r\n', b''):
        problems.append('bare LF line ending')
    if b'\r' in data.replace(b'\r\n', b''):
        problems.append('bare CR')
    for ln in data.split(b'\r\n'):
        if len(ln) > 998:
            problems.append('line longer than 998 octets')
            break
    head = data.split(b'\r\n\r\n', 1)[0]
    try:
        head.decode('ascii')
    except UnicodeDecodeError:
        problems.append('non-ASCII bytes in header block')
    msg = email.message_from_bytes(data, policy=email.policy.default)
    raw = email.message_from_bytes(data)  # compat32 for raw header values
    for h in ('Return-Path', 'Received', 'Message-ID', 'Date', 'From', 'To', 'Subject'):
        if raw.get(h) is None:
            problems.append('missing header %s' % h)
    if msg.defects:
        problems.append('parser defects: %s' % msg.defects)
    rec = raw.get_all('Received') or []
    top = ' '.join(rec[0].split()) if rec else ''
    m = re.match(r'from (\S+) \((\S+) \[([0-9a-fA-F.:]+)\]\).* by mx01\.example\.com \(Postfix\) with (ESMTPS?|ESMTP) id (\w+) for <([^>]+)>; (.+)$', top)
    if not m:
        problems.append('top Received is not mx01 format: %s' % top[:120])
        arrive = None
    else:
        rcpt = m.group(6)
        arrive = _pdate(m.group(7).split(' (')[0])
        if rcpt not in expect['rcpts']:
            problems.append('envelope recipient %s is not a staff address' % rcpt)
    # received chain chronology (allow 5 s skew)
    times = []
    for r in rec:
        if ';' not in r:
            continue  # e.g. SendGrid's internal hops carry no RFC 5322 date
        d = _pdate(r.rpartition(';')[2].strip())
        if d is None:
            problems.append('unparseable Received date: %s' % r[-60:])
        else:
            times.append(d)
    for a, b in zip(times, times[1:]):
        if (b - a).total_seconds() > 5:
            problems.append('Received chain not chronological: %s after %s' % (b, a))
    date = _pdate(raw.get('Date', ''))
    if date is None:
        problems.append('bad Date header')
    else:
        if not (dt.datetime(2026, 10, 1, tzinfo=util.UTC) <= date < dt.datetime(2027, 1, 1, tzinfo=util.UTC)):
            problems.append('Date outside Oct-Dec 2026: %s' % date)
        if arrive and (arrive - date).total_seconds() < -5:
            problems.append('Date later than arrival at mx01')
        if arrive and (arrive - date).total_seconds() > 3600:
            problems.append('Date more than 1 h before arrival at mx01')
    if msg.is_multipart() or raw.get('Content-Type'):
        if raw.get('MIME-Version') is None:
            problems.append('missing MIME-Version')
    # DKIM consistency: body hash and AR header.b
    body = data.split(b'\r\n\r\n', 1)[1] if b'\r\n\r\n' in data else b''
    ars = ' '.join(' '.join(v.split()) for v in (raw.get_all('Authentication-Results') or [])[:3])
    for sig in raw.get_all('DKIM-Signature') or []:
        s = ''.join(sig.split())
        tags = dict(kv.split('=', 1) for kv in s.strip(';').split(';') if '=' in kv)
        c = tags.get('c', 'simple/simple')
        canon = util.dkim_simple_body(body) if c.endswith('/simple') or '/' not in c else util.dkim_relaxed_body(body)
        if tags.get('bh') != util.sha256_b64(canon):
            problems.append('DKIM bh mismatch for d=%s' % tags.get('d'))
        if 'header.b=%s' % tags['b'][:8] not in ars:
            problems.append('AR has no header.b for d=%s s=%s' % (tags.get('d'), tags.get('s')))
    corpus = Corpus()
    _headers_text(msg, corpus)
    _walk(msg, corpus, problems, expect.get('passwords', []))
    text = corpus.text
    flat = re.sub(r'\s+', '', text)
    for kind, items in expect['facts'].items():
        for value, _ in items:
            if kind == 'IBAN':
                if not ids.iban_ok(value):
                    problems.append('invalid IBAN %s' % value)
                c = value.replace(' ', '')
                if c not in flat and not (c[:2] == 'PL' and c[2:] in flat):
                    problems.append('IBAN %s not found in content' % value)
            elif kind == 'Wallet':
                if not ids.bech32_ok(value):
                    problems.append('invalid bech32 address %s' % value)
                if value not in text:
                    problems.append('wallet %s not found' % value)
            elif kind == 'Phone':
                norm = lambda s: re.sub(r'[\s\-().\/\u00a0]', '', s)
                if norm(value) not in norm(text):
                    problems.append('phone %s not found' % value)
            elif kind == 'QR':
                pass
            else:
                if value not in text and re.sub(r'\s+', '', value) not in flat:
                    problems.append('%s %s not found in content' % (kind, value))
    got = list(corpus.qr)
    for p in expect['qr']:
        if p in got:
            got.remove(p)
        else:
            problems.append('expected QR payload not decoded: %r' % p[:60])
    if got:
        problems.append('unexpected QR payloads: %r' % got)
    return problems, corpus


_URL_RE = re.compile(r'(?:https?://|\bwww\.)[^\s<>"\'\]\[)(]+')
_IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
_NRB_RE = re.compile(r'\b(\d{2}(?: ?\d{4}){6})\b')


def complete_facts(m, corpus):
    """Add every URL found in the decoded content to the message facts (declared
    ones keep their notes) and fail on undeclared IBAN / NRB account numbers."""
    problems = []
    text = corpus.text
    declared = [v for v, _ in m.facts['URL']]
    found = []
    for u in _URL_RE.findall(text):
        u = u.rstrip('.,;:!?\u201d\u00bb*')
        if u.lower().startswith('www.') and any(u in d for d in declared + found):
            continue
        if u not in declared and u not in found and not any(u != d and u in d for d in declared):
            found.append(u)
    ns = ('http://www.w3.org/', 'http://schemas.microsoft.com/', 'http://schemas.openxmlformats.org/', 'http://purl.org/',
          'http://ivaservizi.agenziaentrate.gov.it/docs/xsd', 'http://crd.gov.pl/wzor', 'urn:')
    qrs = set(v for v, _ in m.facts['QR'])
    for u in found:
        if u.startswith(ns) or u in qrs:
            continue
        note = 'image reference in the HTML' if u.lower().split('?')[0].endswith(('.png', '.gif', '.jpg')) else 'also present (template/footer link)'
        m.facts['URL'].append((u, note))
    ibans = set(v.replace(' ', '') for v, _ in m.facts['IBAN'])
    for cand in _IBAN_RE.findall(text):
        c = cand.replace(' ', '')
        if ids.iban_ok(c) and c not in ibans:
            problems.append('undeclared IBAN %s' % c)
    for cand in _NRB_RE.findall(text):
        c = 'PL' + cand.replace(' ', '')
        if ids.iban_ok(c) and c not in ibans:
            problems.append('undeclared NRB account %s' % cand)
    return problems
