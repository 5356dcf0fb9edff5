# -*- coding: utf-8 -*-
"""Verification of the generated set: parse, decode every part, check containers, QR codes,
identifiers and header consistency. Also extracts the facts listed in the manifest."""
import base64
import email
import email.policy
import email.utils
import html.parser
import io
import re
import subprocess
import shutil
import xml.dom.minidom
import zipfile
import datetime as _dt

import ids
import office
import pdf
import png
import qr

NS_HOSTS = ('www.w3.org', 'schemas.openxmlformats.org', 'schemas.microsoft.com', 'purl.org', 'ns.adobe.com',
            'docs.oasis-open.org', 'www.xeinkauf.de', 'xml.org', 'schemas.xmlsoap.org', 'ns.useplus.org')
URL_RE = re.compile(r'''https?://[^\s"'<>()\]\[{}|\\^`]+''')
IBAN_RE = re.compile(r'\b(%s)(\d{2})((?: ?[A-Z0-9]{1,4}){3,8})\b' % '|'.join(sorted(ids.IBAN_LEN)))


class Fail(Exception):
    pass


def _check(cond, msg):
    if not cond:
        raise Fail(msg)


class _HP(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls, self.text, self.scripts = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag == 'script':
            self.scripts += 1
        for k, v in attrs:
            if k in ('href', 'src', 'action', 'xlink:href', 'background') and v and v.startswith('http'):
                self.urls.append(v)
            if k.startswith('on'):
                self.scripts += 1

    def handle_data(self, d):
        self.text.append(d)


def _urls(s):
    out = []
    for u in URL_RE.findall(s):
        u = u.rstrip('.,;:!?»«“”’\'')
        if any(h in u.split('/')[2] for h in NS_HOSTS):
            continue
        out.append(u)
    return out


class Facts:
    def __init__(self):
        self.text = []
        self.urls = []
        self.qr = []
        self.structure = []

    def add_text(self, s):
        self.text.append(s)
        self.urls += _urls(s)


def check_payload(ctype, fname, data, facts, meta, depth=0):
    """Inspect one decoded attachment."""
    low = (fname or '').lower()
    if ctype == 'application/pdf' or low.endswith('.pdf'):
        txt, uris, imgs = pdf.extract(data)
        _check(b'/JavaScript' not in data and b'/JS ' not in data and b'/Launch' not in data and b'/OpenAction' not in data,
               'active content in PDF %s' % fname)
        facts.add_text(txt)
        facts.urls += uris
        for w, h, px in imgs:
            mat = qr.matrix_from_pixels(px, w, h)
            facts.qr.append(qr.decode_matrix(mat).decode('utf-8'))
        return
    if ctype.startswith('image/png') or low.endswith('.png'):
        w, h, px = png.read(data)
        if fname in (meta.get('qr_images') or ()):
            facts.qr.append(qr.decode_matrix(qr.matrix_from_pixels(px, w, h)).decode('utf-8'))
        return
    if low.endswith(('.xlsx', '.docx')):
        z = zipfile.ZipFile(io.BytesIO(data))
        _check(z.testzip() is None, 'bad zip %s' % fname)
        names = z.namelist()
        _check(not any('vbaProject' in n for n in names), 'macro in %s' % fname)
        for n in names:
            if n.endswith('.xml') or n.endswith('.rels'):
                d = z.read(n)
                xml.dom.minidom.parseString(d)
                if n.startswith(('xl/worksheets', 'word/document')):
                    facts.add_text(re.sub(r'<[^>]+>', ' ', d.decode('utf-8')))
        return
    if ctype in ('application/zip', 'application/x-zip-compressed') or low.endswith('.zip'):
        z = zipfile.ZipFile(io.BytesIO(data))
        enc = any(i.flag_bits & 1 for i in z.infolist())
        pwds = [p.encode() for p in meta.get('zip_passwords', [])]
        for i in z.infolist():
            if i.is_dir():
                continue
            if i.flag_bits & 1:
                _check(pwds, 'encrypted zip without recorded password: %s' % fname)
                content = None
                for p in pwds:
                    try:
                        content = z.read(i, pwd=p)
                        break
                    except RuntimeError:
                        continue
                _check(content is not None, 'zip password does not open %s' % i.filename)
            else:
                content = z.read(i)
            facts.structure.append('  %s/%s (%d bytes%s)' % (fname, i.filename, len(content), ', encrypted' if i.flag_bits & 1 else ''))
            check_payload(_guess(i.filename), i.filename, content, facts, meta, depth + 1)
        return
    if low.endswith(('.iso', '.img')):
        for n, content in office.iso_list(data):
            facts.structure.append('  %s/%s (%d bytes, ISO 9660/Joliet)' % (fname, n, len(content)))
            check_payload(_guess(n), n, content, facts, meta, depth + 1)
        return
    if low.endswith('.lnk') or low.endswith('.url'):
        s = data.decode('utf-8')
        _check(s.startswith('[inert') or low.endswith('.url'), 'non-placeholder shortcut %s' % fname)
        facts.add_text(s)
        return
    if ctype in ('text/html',) or low.endswith(('.html', '.htm', '.svg', '.shtml')):
        s = data.decode('utf-8')
        hp = _HP()
        hp.feed(s)
        _check(hp.scripts == 0, 'script in %s' % fname)
        facts.urls += hp.urls
        facts.add_text(''.join(hp.text))
        if low.endswith('.svg'):
            xml.dom.minidom.parseString(data)
        return
    if low.endswith('.ics') or ctype == 'text/calendar':
        s = data.decode('utf-8')
        _check(s.startswith('BEGIN:VCALENDAR') and s.rstrip().endswith('END:VCALENDAR'), 'bad ics %s' % fname)
        _check('\r\n' in s, 'ics without CRLF')
        facts.add_text(s.replace('\r\n ', ''))
        return
    if low.endswith('.xml'):
        xml.dom.minidom.parseString(data)
        facts.add_text(data.decode('utf-8'))
        return
    if low.endswith(('.txt', '.csv')):
        facts.add_text(data.decode(meta.get('txt_charset', 'utf-8')))
        return
    if ctype == 'message/rfc822' or low.endswith('.eml'):
        check_message(data, facts, meta, depth + 1, inner=True)
        return
    raise Fail('unhandled attachment type %s %s' % (ctype, fname))


def _guess(n):
    n = n.lower()
    for ext, ct in (('.pdf', 'application/pdf'), ('.png', 'image/png'), ('.zip', 'application/zip'), ('.html', 'text/html'),
                    ('.htm', 'text/html'), ('.svg', 'image/svg+xml'), ('.xml', 'application/xml'), ('.txt', 'text/plain'),
                    ('.eml', 'message/rfc822'), ('.ics', 'text/calendar')):
        if n.endswith(ext):
            return ct
    return 'application/octet-stream'


def _rx_date(v):
    m = re.search(r';\s*([A-Z][a-z]{2},\s+\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d(?:\.\d+)? [+-]\d{4})', v.replace('\n', ' '))
    if m:
        return email.utils.parsedate_to_datetime(re.sub(r'\.\d+', '', m.group(1)))
    m = re.search(r'(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.\d+ \+0000 UTC', v)
    if m:
        return _dt.datetime.strptime(m.group(1), '%Y-%m-%d %H:%M:%S').replace(tzinfo=_dt.timezone.utc)
    m = re.search(r'([A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d(?:\.\d+)? (?:[+-]\d{4}|GMT|\(UTC\)))', v.replace('\n', ' '))
    if m:
        return email.utils.parsedate_to_datetime(re.sub(r'\.\d+', '', m.group(1)).replace('(UTC)', '+0000'))
    return None


def check_message(raw, facts, meta, depth=0, inner=False):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        _check(not part.defects, 'MIME defects: %r' % part.defects)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID') if not inner else ('From', 'Subject', 'Date'):
        _check(msg[h] is not None, 'missing %s' % h)
        str(msg[h])
    if not inner:
        _check(msg.get('MIME-Version') == '1.0' or str(msg.get('MIME-Version', '')).startswith('1.0'), 'MIME-Version')
    struct = []

    def walk(part, lvl):
        ct = part.get_content_type()
        if part.is_multipart():
            struct.append('%s%s' % ('  ' * lvl, ct))
            for p in part.iter_parts() if hasattr(part, 'iter_parts') else part.get_payload():
                walk(p, lvl + 1)
            return
        fname = part.get_filename()
        cte = str(part.get('Content-Transfer-Encoding', '7bit')).lower()
        if ct == 'message/rfc822':
            inner_raw = part.get_payload()[0].as_bytes() if isinstance(part.get_payload(), list) else part.get_payload(decode=True)
            struct.append('%s%s %s' % ('  ' * lvl, ct, fname or ''))
            check_payload(ct, fname or 'forwarded.eml', raw_of_rfc822(raw, part), facts, meta, depth + 1)
            return
        if cte == 'base64':
            enc = part.get_payload(decode=False)
            base64.b64decode(''.join(enc.split()), validate=True)
        data = part.get_payload(decode=True)
        _check(data is not None, 'undecodable part %s' % ct)
        if ct.startswith('text/') and not fname:
            s = part.get_content()
            _check(isinstance(s, str), 'text part did not decode')
            cs = part.get_content_charset()
            data.decode(cs)
            if ct == 'text/html':
                hp = _HP()
                hp.feed(s)
                _check(hp.scripts == 0, 'script in HTML body')
                facts.urls += hp.urls
                facts.add_text(''.join(hp.text))
                facts.text.append(s)
            elif ct == 'text/calendar':
                check_payload(ct, 'invite.ics', data, facts, meta, depth + 1)
            else:
                facts.add_text(s)
            struct.append('%s%s; charset=%s; %s' % ('  ' * lvl, ct, cs, cte))
        else:
            struct.append('%s%s %s (%d bytes)' % ('  ' * lvl, ct, fname or part.get('Content-ID', ''), len(data)))
            check_payload(ct, fname or ('inline.png' if ct == 'image/png' else None), data, facts, meta, depth + 1)
    walk(msg, 0)
    if not inner:
        facts.structure = struct + facts.structure
        for h in ('List-Unsubscribe',):
            for v in msg.get_all(h, []):
                facts.urls += _urls(str(v))
    return msg


def raw_of_rfc822(raw, part):
    sub = part.get_payload()[0]
    return sub.as_bytes(policy=email.policy.compat32)


def check_trace(msg, raw):
    rec = msg.get_all('Received')
    _check(rec, 'no Received')
    top = str(rec[0]).replace('\n', ' ')
    m = re.match(r'from (\S+) \((\S+) \[([0-9a-fA-F:.]+)\]\)', top)
    _check(m, 'mx01 line does not name HELO/rDNS/IP: %s' % top[:80])
    _check(re.search(r'by mx01\.example\.com \(Postfix\) with ESMTPS?A? id \S+\s+for <[^>]+>;', top), 'mx01 line format')
    dates = []
    for v in rec:
        d = _rx_date(str(v))
        _check(d is not None, 'unparseable Received date: %s' % str(v)[:100])
        dates.append(d)
    for a, b in zip(dates, dates[1:]):
        _check(a >= b - _dt.timedelta(seconds=2), 'Received chain goes back in time')
    dt = email.utils.parsedate_to_datetime(str(msg['Date']))
    _check(_dt.datetime(2026, 10, 1, tzinfo=_dt.timezone.utc) <= dt <= _dt.datetime(2027, 1, 1, tzinfo=_dt.timezone.utc), 'Date outside Oct-Dec 2026')
    _check(dt <= dates[0] + _dt.timedelta(seconds=1), 'Date after mx01 arrival')
    _check(dates[0] - dt < _dt.timedelta(hours=2), 'mx01 arrival long after Date')
    rp = msg.get('Return-Path')
    _check(rp is not None and raw.startswith(b'Return-Path:'), 'Return-Path first')
    return m.groups()


def verify_file(path, meta):
    raw = open(path, 'rb').read()
    _check(all(b < 128 for b in raw.split(b'\n\n', 1)[0]), '8-bit data in header block')
    for line in raw.split(b'\n'):
        _check(len(line) <= 998, 'line longer than 998 octets')
    facts = Facts()
    msg = check_message(raw, facts, meta)
    helo = check_trace(msg, raw)
    text = '\n'.join(facts.text)
    flat = re.sub(r'\s+', '', text)
    # identifiers
    ibans = set()
    for mm in IBAN_RE.finditer(text):
        cand = (mm.group(1) + mm.group(2) + mm.group(3)).replace(' ', '')
        if len(cand) == ids.IBAN_LEN[mm.group(1)]:
            _check(ids.iban_valid(cand), 'invalid IBAN %s' % cand)
            ibans.add(cand)
    for q in facts.qr:
        for mm in IBAN_RE.finditer(q):
            cand = (mm.group(1) + mm.group(2) + mm.group(3)).replace(' ', '')
            if len(cand) == ids.IBAN_LEN[mm.group(1)]:
                _check(ids.iban_valid(cand), 'invalid IBAN in QR %s' % cand)
                ibans.add(cand)
    for ib in meta['ibans']:
        _check(ids.iban_valid(ib), 'declared IBAN invalid %s' % ib)
        _check(ib in flat or ib in ''.join(facts.qr), 'declared IBAN not in message %s' % ib)
        if ib.startswith('IT'):
            _check(ids.it_cin_valid(ib), 'IT CIN %s' % ib)
        if ib.startswith('ES'):
            _check(ids.es_ccc_valid(ib), 'ES DC %s' % ib)
    declared = [re.sub(r'[^\d+]', '', p) for p in meta['phones']]
    for mm in re.finditer(r'(?<![\w+])\+\d{1,3}[\d \-/().\u00a0]{6,}\d', text):
        d = re.sub(r'[^\d+]', '', mm.group(0))
        _check(any(d.startswith(x) or x.startswith(d) for x in declared if x), 'undeclared phone number %s' % mm.group(0))
    for ph in meta['phones']:
        _check(re.sub(r'\s+', '', ph) in flat, 'phone not found %s' % ph)
    for w in meta['wallets']:
        _check(w in flat, 'wallet not found %s' % w)
        if w.startswith('bc1'):
            _check(ids.btc_valid(w), 'invalid bech32 %s' % w)
    for o in meta.get('other', []):
        _check(re.sub(r'\s+', '', o) in flat or o in '\n'.join(facts.qr), 'declared identifier not found %s' % o)
    for bik, acc in meta.get('ru_accounts', []):
        _check(ids.ru_account_valid(bik, acc), 'Russian account key invalid %s' % acc)
        _check(acc in flat, 'Russian account not in message %s' % acc)
    exp = sorted(meta['qr_expected'])
    _check(sorted(facts.qr) == exp, 'QR payloads differ: %r vs %r' % (sorted(facts.qr), exp))
    for q in facts.qr:
        if q.startswith('BCD\n'):
            lines = q.split('\n')
            _check(lines[1] in ('001', '002') and lines[3] == 'SCT' and ids.iban_valid(lines[6]), 'bad EPC QR')
            _check(lines[7].startswith('EUR') and float(lines[7][3:]) > 0, 'EPC amount')
        facts.urls += _urls(q)
    urls = []
    for u in facts.urls:
        u = u.replace('&amp;', '&')
        if u not in urls and not any(h in u.split('/')[2] for h in NS_HOSTS):
            urls.append(u)
    return dict(urls=urls, qr=facts.qr, ibans=sorted(ibans | set(meta['ibans'])), structure=facts.structure,
                helo=helo, msg=msg)


def zbar_crosscheck(png_bytes):
    """Optional independent check with zbarimg if installed (never needed by the build)."""
    if not shutil.which('zbarimg'):
        return None
    p = subprocess.run(['zbarimg', '-q', '--raw', '-Sbinary', '-'], input=png_bytes, capture_output=True)
    return p.stdout
