"""Verification of every generated message.

Parses each .eml with the email package, decodes every part and attachment
(PDF, ZIP incl. ZipCrypto, XLSX/DOCX, PNG, SVG, HTML, ICS, ISO, nested
messages), decodes every QR code and compares it with the intended payload,
checks IBANs (mod 97), other account numbers and tax identifiers, the
Received chain and authentication headers. Returns the facts (URLs, IBANs,
phone numbers, wallets, QR payloads) actually present in each message.
"""
import datetime
import email
import email.policy
import email.utils
import html as htmlmod
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser

from . import archive, company, ids, pdf as pdfmod, png as pngmod
from .mime import html2text

URL_RE = re.compile(r'''(?:https?://|www\.)[^\s<>"'\])}|,]+''')
PHONE_RE = re.compile(r'(?<![\w+/=])\+\d{1,3}(?:[ \-./]?\(?\d{1,5}\)?){1,7}')
LOCAL_PHONE_RE = re.compile(r'(?:\bTel\.?|\btel\.?|\bFax|\bT|\bM|Τηλ\.?|тел\.?|моб\.?|\bkom\.|Móvil|\bPhone|Telefono|Tel\. ufficio)'
                            r'\s*:?\s*(\(?0[\d][\d \-/().]{5,}\d|[1-9]\d{2,3}[ ]\d{2,3}[ ]\d{3,4}|8 \d{3} \d{3}-\d{2}-\d{2})')
BTC_RE = re.compile(r'\bbc1[ac-hj-np-z02-9]{25,87}\b')
MX_RE = re.compile(r'^from (\S+) \((\S+) \[([0-9.]+)\]\)\s+by mx01\.example\.com \(Postfix\) with ESMTPS id (\w+)\s+for <([^>]+)>; (.+)$', re.S)

STAFF_ADDRS = {a for _, a, _, _, _ in company.STAFF}
SHARED = {a for a, _ in company.SHARED_MAILBOXES}


class VerifyError(Exception):
    pass


class _HTMLCheck(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.scripts = 0
        self.forms = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'script':
            self.scripts += 1
        for k in ('href', 'src', 'action'):
            v = a.get(k)
            if v and (v.startswith('http') or v.startswith('www.')):
                self.links.append(v)
        if tag == 'form':
            self.forms.append(a.get('action', ''))
        for k, v in attrs:
            if k.startswith('on'):
                raise VerifyError('event handler attribute %s in HTML' % k)


class Collected:
    def __init__(self):
        self.texts = []
        self.urls = []
        self.qr = []
        self.attachments = []
        self.inner_files = []
        self.scripts = 0

    def add_text(self, t):
        self.texts.append(t)
        for u in URL_RE.findall(t):
            u = u.rstrip('.,;:!?')
            self.urls.append(u)


def _decode_text_part(part):
    payload = part.get_payload(decode=True)
    cs = part.get_content_charset() or 'us-ascii'
    try:
        return payload.decode(cs)
    except (UnicodeDecodeError, LookupError) as e:
        raise VerifyError('cannot decode %s part as %s: %s' % (part.get_content_type(), cs, e))


def _xml_text(data):
    root = ET.fromstring(data)
    return ' '.join(t.strip() for t in root.itertext() if t.strip())


def _handle_file(name, data, col, m, ctx):
    low = name.lower()
    col.inner_files.append(name)
    if low.endswith('.pdf'):
        text, qrs, uris, files = pdfmod.extract(data)
        col.add_text(text)
        for u in uris:
            col.urls.append(u)
        for q in qrs:
            col.qr.append((ctx + name, q.decode('utf-8')))
        for fn, fd in files.items():
            if fn.endswith('.xml'):
                col.add_text(_xml_text(fd))
            col.inner_files.append(name + '/' + fn)
    elif low.endswith('.zip'):
        zf = zipfile.ZipFile(io.BytesIO(data))
        pwd = m.zip_passwords.get(name)
        for info in zf.infolist():
            enc = info.flag_bits & 1
            if enc and pwd is None:
                raise VerifyError('encrypted ZIP %s without known password' % name)
            content = zf.read(info, pwd=pwd if enc else None)
            _handle_file(info.filename, content, col, m, ctx + name + '/')
    elif low.endswith('.xlsx') or low.endswith('.docx'):
        zf = zipfile.ZipFile(io.BytesIO(data))
        if zf.testzip() is not None:
            raise VerifyError('bad OOXML %s' % name)
        for info in zf.infolist():
            c = zf.read(info)
            if info.filename.endswith('.xml') or info.filename.endswith('.rels'):
                root = ET.fromstring(c)
                if info.filename in ('xl/worksheets/sheet1.xml', 'word/document.xml') or info.filename.startswith('xl/worksheets/'):
                    col.add_text(' '.join(t for t in root.itertext()))
            elif info.filename.endswith('.png'):
                _png(info.filename, c, col, ctx + name + '/')
    elif low.endswith('.png'):
        _png(name, data, col, ctx)
    elif low.endswith('.svg'):
        root = ET.fromstring(data)
        for el in root.iter():
            if el.tag.endswith('script'):
                raise VerifyError('script in SVG')
            for k, v in el.attrib.items():
                if k.endswith('href') and v.startswith('http'):
                    col.urls.append(v)
                if k.lower().startswith('on'):
                    raise VerifyError('event handler in SVG')
        col.add_text(' '.join(t.strip() for t in root.itertext() if t.strip()))
    elif low.endswith('.html') or low.endswith('.htm'):
        t = data.decode('utf-8')
        _html(t, col)
    elif low.endswith('.ics'):
        _ics(data.decode('utf-8'), col)
    elif low.endswith('.iso') or low.endswith('.img'):
        for fn, fd in archive.read_iso(data).items():
            _handle_file(fn, fd, col, m, ctx + name + '/')
    elif low.endswith('.xml'):
        col.add_text(_xml_text(data))
    elif low.endswith('.eml'):
        _walk(email.message_from_bytes(data, policy=email.policy.default), col, m, ctx + name + '/', inner=True)
    elif low.endswith(('.txt', '.csv', '.lnk', '.js', '.vbs', '.url', '.bat', '.exe', '.scr', '.cmd', '.hta')):
        try:
            col.add_text(data.decode('utf-8'))
        except UnicodeDecodeError:
            col.add_text(data.decode('cp1251'))
    elif low.endswith('.p7s') or low.endswith('.p7m'):
        if not data:
            raise VerifyError('empty signature part')
    elif low.endswith(('.jpg', '.jpeg', '.gif')):
        if not data:
            raise VerifyError('empty image')
    else:
        raise VerifyError('no handler for attachment %s' % name)


def _png(name, data, col, ctx):
    w, h, rows = pngmod.read_png(data)
    try:
        q = pngmod.decode_qr_in_gray(w, h, rows)
        col.qr.append((ctx + name, q.decode('utf-8')))
    except Exception:
        pass


def _html(t, col):
    p = _HTMLCheck()
    p.feed(t)
    p.close()
    col.scripts += p.scripts
    for u in p.links:
        col.urls.append(htmlmod.unescape(u))
    col.add_text(html2text(t))


def _ics(t, col):
    lines = t.replace('\r\n ', '').replace('\r\n\t', '').split('\r\n')
    if lines[0] != 'BEGIN:VCALENDAR' or 'END:VCALENDAR' not in lines:
        raise VerifyError('bad iCalendar structure')
    depth = 0
    for ln in lines:
        if ln.startswith('BEGIN:'):
            depth += 1
        elif ln.startswith('END:'):
            depth -= 1
    if depth != 0:
        raise VerifyError('unbalanced iCalendar')
    txt = '\n'.join(lines).replace('\\n', '\n').replace('\\,', ',').replace('\\;', ';')
    col.add_text(txt)


def _walk(msg, col, m, ctx, inner=False):
    if msg.defects:
        raise VerifyError('%sdefects: %r' % (ctx, msg.defects))
    for part in msg.walk():
        if part.defects:
            raise VerifyError('%spart %s defects: %r' % (ctx, part.get_content_type(), part.defects))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct == 'message/rfc822':
            innermsg = part.get_payload()[0]
            data = innermsg.as_bytes()
            _walk(email.message_from_bytes(data, policy=email.policy.default), col, m, ctx + (fn or 'rfc822') + '/', inner=True)
            col.attachments.append((fn or 'message.eml', ct))
            continue
        if fn:
            data = part.get_payload(decode=True)
            if not data:
                raise VerifyError('empty attachment %s' % fn)
            col.attachments.append((fn, ct))
            if ct.startswith('text/') and ct not in ('text/html', 'text/calendar', 'text/xml'):
                col.add_text(_decode_text_part(part))
            else:
                _handle_file(fn, data, col, m, ctx)
            continue
        if ct == 'text/plain':
            col.add_text(_decode_text_part(part))
        elif ct == 'text/html':
            _html(_decode_text_part(part), col)
        elif ct == 'text/calendar':
            _ics(_decode_text_part(part), col)
        elif ct.startswith('image/'):
            data = part.get_payload(decode=True)
            col.attachments.append((part.get('Content-ID', 'inline'), ct))
            if ct == 'image/png':
                _png('inline-%s.png' % (part.get('Content-ID', '').strip('<>') or 'img'), data, col, ctx)
        elif ct in ('application/pkcs7-signature', 'application/x-pkcs7-signature'):
            if not part.get_payload(decode=True):
                raise VerifyError('empty signature')
        else:
            raise VerifyError('%sunexpected unnamed part %s' % (ctx, ct))


def _received_dates(msg):
    out = []
    for r in msg.get_all('Received') or []:
        r = str(r)
        if ';' not in r:
            continue
        ds = r.rsplit(';', 1)[1].strip()
        ds = re.sub(r'\s*\([A-Z]{2,5}\)$', '', ds)
        out.append(email.utils.parsedate_to_datetime(ds))
    return out


def check_headers(raw, msg, m):
    for ln in raw.split(b'\r\n'):
        if len(ln) > 998:
            raise VerifyError('line longer than 998 octets')
    if b'\n' in raw.replace(b'\r\n', b'') or b'\r' in raw.replace(b'\r\n', b''):
        raise VerifyError('bare LF/CR in message')
    head = raw.split(b'\r\n\r\n', 1)[0]
    if b'\n' in head.replace(b'\r\n', b''):
        raise VerifyError('bare LF in header')
    for line in head.split(b'\r\n'):
        if len(line) > 998:
            raise VerifyError('header line too long')
        if any(c > 127 for c in line):
            raise VerifyError('8-bit data in header: %r' % line[:60])
    first = head.split(b'\r\n', 1)[0]
    if not first.startswith(b'Return-Path: '):
        raise VerifyError('first header is not Return-Path')
    for h in ('Received', 'Message-ID', 'Date', 'From', 'Subject', 'MIME-Version'):
        if msg.get(h) is None:
            raise VerifyError('missing %s' % h)
    if msg.get('To') is None:
        raise VerifyError('missing To')
    recs = msg.get_all('Received')
    top = str(recs[0]).replace('\r\n', ' ')
    top = re.sub(r'\s+', ' ', top)
    mm = MX_RE.match(top)
    if not mm:
        raise VerifyError('top Received is not mx01: %s' % top[:120])
    helo, rdns, ip, qid, rcpt, _ = mm.groups()
    if rcpt not in STAFF_ADDRS and rcpt not in SHARED:
        raise VerifyError('envelope recipient %s unknown' % rcpt)
    dates = _received_dates(msg)
    for newer, older in zip(dates, dates[1:]):
        if newer < older - datetime.timedelta(seconds=2):
            raise VerifyError('Received chain not chronological: %s < %s' % (newer, older))
    d = email.utils.parsedate_to_datetime(str(msg['Date']))
    lo = datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc)
    hi = datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc)
    if not lo <= d < hi:
        raise VerifyError('Date outside Oct-Dec 2026')
    if d > dates[0] + datetime.timedelta(seconds=2):
        raise VerifyError('Date header later than arrival at mx01')
    if not re.fullmatch(r'<[^<>@\s]+@[^<>@\s]+>', str(msg['Message-ID']).strip()):
        raise VerifyError('bad Message-ID %s' % msg['Message-ID'])
    internal = ip == '10.20.0.25'
    if internal:
        if helo != 'mail-int01.example.com':
            raise VerifyError('internal relay HELO mismatch')
    else:
        spf = str(msg.get('Received-SPF', ''))
        if 'client-ip=%s;' % ip not in spf or 'helo=%s;' % helo not in spf:
            raise VerifyError('Received-SPF does not match mx01 client')
        sigs = [re.sub(r'\s+', '', str(v)) for v in (msg.get_all('DKIM-Signature') or [])]
        mx_ars = []
        for k, v in msg.items():
            if k.lower() == 'received':
                break
            if k.lower() == 'authentication-results':
                mx_ars.append(v)
        if not mx_ars:
            raise VerifyError('no Authentication-Results by mx01')
        for ar in mx_ars:
            ar = re.sub(r'\s+', ' ', str(ar))
            if not ar.startswith('mx01.example.com;'):
                raise VerifyError('Authentication-Results not by mx01')
            for dd, bb in re.findall(r'header\.d=(\S+) .*?header\.b=(\S+)', ar):
                if not any(('d=%s;' % dd) in s and ('b=%s' % bb) in s for s in sigs):
                    raise VerifyError('AR refers to missing DKIM signature d=%s' % dd)
    return dict(helo=helo, rdns=rdns, ip=ip, rcpt=rcpt)


def _check_ids(text, where):
    for cand in ids.find_ibans(text):
        if not ids.iban_valid(cand):
            raise VerifyError('invalid IBAN %s in %s' % (cand, where))
    for v in re.findall(r'\bDE ?(\d{3} ?\d{3} ?\d{3})\b', text):
        v = v.replace(' ', '')
        if not ids.de_ustid_valid('DE' + v):
            raise VerifyError('invalid German VAT id DE%s' % v)
    for v in re.findall(r'(?:P\.\s?IVA|Partita IVA|P\.IVA|VAT IT|IT)[:\s]*(\d{11})\b', text):
        if not ids.it_piva_valid(v):
            raise VerifyError('invalid Italian VAT %s' % v)
    for v in re.findall(r'NIP[:\s]*(?:PL)?\s*(\d{3}-?\d{3}-?\d{2}-?\d{2}|\d{3}-?\d{2}-?\d{2}-?\d{3})', text):
        if not ids.pl_nip_valid(v):
            raise VerifyError('invalid NIP %s' % v)
    for v in re.findall(r'(?:CIF|NIF)[:\s]*(?:ES)?\s*([ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J])\b', text):
        if not ids.es_cif_valid(v):
            raise VerifyError('invalid CIF %s' % v)
    for v in re.findall(r'(?:ΑΦΜ|Α\.Φ\.Μ\.|AFM|VAT EL|EL)[:\s]*(\d{9})\b', text):
        if not ids.gr_afm_valid(v):
            raise VerifyError('invalid AFM %s' % v)
    for v in re.findall(r'(?:VAT|VAT No\.|VAT Reg\. No\.|VAT registration)[:\s]*GB\s?(\d{3} ?\d{4} ?\d{2})\b', text):
        if not ids.gb_vat_valid(v):
            raise VerifyError('invalid GB VAT %s' % v)
    for v in re.findall(r'ИНН[:\s/]*(\d{10})\b', text):
        if not ids.ru_inn10_valid(v):
            raise VerifyError('invalid INN %s' % v)
    for v in re.findall(r'ОГРН[:\s]*(\d{13})\b', text):
        if not ids.ru_ogrn_valid(v):
            raise VerifyError('invalid OGRN %s' % v)
    biks = re.findall(r'БИК[:\s]*(\d{9})', text)
    for bik in biks:
        for acc in re.findall(r'(?:[Рр]/с|[Рр]асч[её]тный сч[её]т)[:\s№]*(\d{20})', text):
            if not any(ids.ru_account_valid(b, acc) for b in biks):
                raise VerifyError('invalid Russian account %s' % acc)
        for acc in re.findall(r'(?:[Кк]/с|[Кк]орр?\. ?сч[её]т)[:\s№]*(\d{20})', text):
            if not any(ids.ru_corr_valid(b, acc) for b in biks):
                raise VerifyError('invalid Russian correspondent account %s' % acc)
    for v in re.findall(r'\|PL\|(\d{26})\|', text):
        if not ids.iban_valid('PL' + v):
            raise VerifyError('invalid Polish account in ZBP code %s' % v)
    for v in BTC_RE.findall(text):
        if not ids.btc_valid(v):
            raise VerifyError('invalid bech32 address %s' % v)


def _norm_url(u):
    return htmlmod.unescape(u).rstrip('.,;:!?')


def verify_message(raw, m):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    info = check_headers(raw, msg, m)
    col = Collected()
    _walk(msg, col, m, '')
    if col.scripts:
        raise VerifyError('script element present')
    for lu in msg.get_all('List-Unsubscribe') or []:
        for u in re.findall(r'<(https?://[^>]+)>', str(lu)):
            col.urls.append(u)
    alltext = '\n'.join(col.texts)
    _check_ids(alltext, m.fname)
    # QR codes
    found = [q for _, q in col.qr]
    for where, payload in m.qr_expect:
        if payload not in found:
            raise VerifyError('expected QR payload not found (%s): %r' % (where, payload[:60]))
    for q in found:
        if q not in [p for _, p in m.qr_expect]:
            raise VerifyError('unexpected QR payload %r' % q[:60])
        if q.startswith('BCD\n') and not ids.epc_valid(q):
            raise VerifyError('invalid EPC QR payload')
        _check_ids(q, 'QR')
    # facts
    urls = []
    for u in col.urls + [u for _, q in col.qr for u in URL_RE.findall(q)]:
        u = _norm_url(u)
        if u not in urls:
            urls.append(u)
    urls = [u for u in urls if not (u.startswith('www.') and any(('//' + u) in x for x in urls))]
    haystack = alltext + '\n' + '\n'.join(urls) + '\n' + '\n'.join(found)
    flat = re.sub(r'\s+', ' ', haystack)
    nospace = re.sub(r'\s+', '', haystack)
    for kind, vals in m.facts.items():
        for v in vals:
            if kind == 'Other':
                continue
            if kind == 'IBAN' and (v in nospace or (v.startswith('PL') and v[2:] in nospace)):
                continue
            if v not in haystack and re.sub(r'\s+', ' ', v) not in flat:
                raise VerifyError('declared %s fact not found in content: %s' % (kind, v))
    phones = []
    for p in PHONE_RE.findall(alltext):
        p = p.strip(' -./')
        digits = re.sub(r'\D', '', p)
        if 8 <= len(digits) <= 15 and p not in phones:
            phones.append(p)
    for p in LOCAL_PHONE_RE.findall(alltext):
        p = p.strip(' -./')
        digits = re.sub(r'\D', '', p)
        if 7 <= len(digits) <= 15 and not p.startswith('+') and p not in phones and not any(p in q for q in phones):
            phones.append(p)
    for p in m.facts['Phone']:
        if p not in phones and not any(p.endswith(q) for q in phones):
            phones.append(p)
    ibans = []
    for t in [alltext] + found:
        for c in ids.find_ibans(t):
            if c not in ibans:
                ibans.append(c)
    for nrb in re.findall(r'(?<!\d)(?<!\d )(\d{2}(?: \d{4}){6})(?! ?\d)', alltext):
        d = nrb.replace(' ', '')
        if not ids.iban_valid('PL' + d):
            raise VerifyError('invalid Polish NRB %s' % nrb)
        if 'PL' + d not in ibans:
            ibans.append('PL' + d)
    wallets = []
    for w in BTC_RE.findall(alltext):
        if w not in wallets:
            wallets.append(w)
    for w in m.facts['Wallet']:
        if w not in wallets:
            wallets.append(w)
    return dict(info=info, urls=urls, phones=phones, ibans=ibans, wallets=wallets, qr=[(w, p) for w, p in m.qr_expect],
                attachments=col.attachments, inner=col.inner_files, other=list(m.facts['Other']),
                text_len=len(alltext))
