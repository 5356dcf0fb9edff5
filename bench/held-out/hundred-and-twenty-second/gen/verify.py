"""Verification of built messages: parse, decode every part, check QR codes, IBANs, DKIM body hashes,
Received chain; also extracts the facts (URLs, IBANs, ...) listed in the manifest."""
import base64
import datetime as _dt
import email
import email.policy
import email.utils
import hashlib
import html as htmlmod
import io
import re
import zipfile

import archives
import pdf as pdfmod
import png
import qr as qrmod
from idcheck import iban_valid
from systems import body_hash

URL_RE = re.compile(r'''(?:https?|ftp)://[^\s"'<>\)\]\\]+''')
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
IBAN_LEN = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'GB': 22, 'LT': 20, 'BE': 16, 'NL': 18, 'PT': 25,
            'FR': 27, 'AT': 20, 'LV': 21, 'EE': 20, 'IE': 22, 'CZ': 24, 'BG': 22, 'RO': 24, 'HU': 28, 'CY': 28}


class Ctx:
    def __init__(self, spec):
        self.spec = spec
        self.texts = []
        self.urls = []
        self.qr = []
        self.errors = []
        self.images = 0

    def err(self, m):
        self.errors.append('%s: %s' % (self.spec.file, m))

    def add_text(self, t, is_html=False):
        t = re.sub(r'\sxmlns(?::\w+)?="[^"]*"', ' ', t)
        t = re.sub(r'\sType="https?://[^"]*"', ' ', t)
        t = re.sub(r'<!DOCTYPE[^>]*>', ' ', t)
        if is_html:
            t = htmlmod.unescape(t)
        self.texts.append(t)
        for u in URL_RE.findall(t):
            u = u.rstrip('.,;:!?')
            if u not in self.urls:
                self.urls.append(u)


def _try_qr_png(ctx, data, must=False):
    w, h, rows = png.read(data)
    try:
        payload, ver, ecl = qrmod.decode(qrmod.from_pixels(w, h, rows))
        ctx.qr.append(payload.decode('utf-8'))
        return True
    except Exception as e:
        if must:
            ctx.err('QR image does not decode: %s' % e)
        return False


def _inspect_zip(ctx, name, data, depth=0):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        ctx.err('bad zip %s: %s' % (name, e))
        return
    pw = ctx.spec.zip_pw.get(name)
    for info in z.infolist():
        enc = info.flag_bits & 1
        if enc and not pw:
            ctx.err('encrypted member %s in %s without known password' % (info.filename, name))
            continue
        try:
            content = z.read(info, pwd=pw.encode() if enc else None)
        except Exception as e:
            ctx.err('cannot read %s from %s: %s' % (info.filename, name, e))
            continue
        _inspect_blob(ctx, info.filename, content, depth + 1)


def _inspect_blob(ctx, name, data, depth=0):
    low = name.lower()
    if data[:4] == b'PK\x03\x04':
        if low.endswith(('.xlsx', '.docx', '.xlsm', '.docm')):
            z = zipfile.ZipFile(io.BytesIO(data))
            for n in z.namelist():
                if n.endswith(('.xml', '.rels')):
                    x = z.read(n).decode('utf-8')
                    import xml.dom.minidom
                    try:
                        xml.dom.minidom.parseString(x)
                    except Exception as e:
                        ctx.err('bad XML %s in %s: %s' % (n, name, e))
                    ctx.add_text(re.sub(r'<[^>]+>', ' ', x) if not n.endswith('.rels') else x)
        else:
            _inspect_zip(ctx, name, data, depth)
    elif data[:5] == b'%PDF-':
        try:
            r = pdfmod.read(data)
        except Exception as e:
            ctx.err('PDF %s unreadable: %s' % (name, e))
            return
        ctx.add_text(r['text'])
        for u in r['uris']:
            ctx.add_text(u)
        for (w, h, rows) in r['images']:
            try:
                payload, _, _ = qrmod.decode(qrmod.from_pixels(w, h, rows))
                ctx.qr.append(payload.decode('utf-8'))
            except Exception as e:
                ctx.err('QR in PDF %s does not decode: %s' % (name, e))
    elif data[:8] == b'\x89PNG\r\n\x1a\n':
        ctx.images += 1
        _try_qr_png(ctx, data)
    elif len(data) > 32768 + 6 and data[32769:32774] == b'CD001':
        for n, content in archives.read_iso(data):
            _inspect_blob(ctx, n, content, depth + 1)
    else:
        try:
            t = data.decode('utf-8')
            if low.endswith('.ics'):
                t = re.sub(r'\r?\n[ \t]', '', t)
            ctx.add_text(t, is_html=low.endswith(('.htm', '.html', '.svg')))
        except UnicodeDecodeError:
            pass


def _fname(p):
    fn = p.get_filename() or ''
    if '=?' in fn:
        import email.header
        fn = str(email.header.make_header(email.header.decode_header(fn)))
    return fn


def _walk_msg(ctx, msg, depth=0):
    for k, v in msg._headers:
        if any(ord(c) > 126 for c in str(k) + str(v)):
            ctx.err('non-ASCII octets in MIME header %s at depth %d' % (k, depth))
    for d in msg.defects:
        ctx.err('defect at depth %d: %r' % (depth, d))
    if msg.is_multipart():
        if msg.get_content_type() == 'message/rfc822':
            for sub in msg.get_payload():
                _walk_headers_text(ctx, sub)
                _walk_msg(ctx, sub, depth + 1)
            return
        for part in msg.get_payload():
            _walk_msg(ctx, part, depth + 1)
        return
    ctype = msg.get_content_type()
    cte = (msg.get('Content-Transfer-Encoding') or '7bit').lower()
    raw = msg.get_payload(decode=False)
    if cte == 'base64':
        try:
            base64.b64decode(''.join(raw.split()), validate=True)
        except Exception as e:
            ctx.err('invalid base64 in %s: %s' % (ctype, e))
    data = msg.get_payload(decode=True)
    if data is None:
        ctx.err('no payload for %s' % ctype)
        return
    name = _fname(msg)
    if ctype.startswith('text/') or ctype in ('image/svg+xml',):
        cs = msg.get_content_charset() or ('utf-8' if ctype == 'image/svg+xml' else 'us-ascii')
        try:
            t = data.decode(cs)
        except (UnicodeDecodeError, LookupError) as e:
            ctx.err('text part %s not decodable as %s: %s' % (ctype, cs, e))
            return
        if ctype == 'text/calendar':
            t = re.sub(r'\r?\n[ \t]', '', t)
        ctx.add_text(t, is_html=ctype in ('text/html', 'image/svg+xml'))
        if ctype == 'text/calendar' and 'BEGIN:VCALENDAR' not in t:
            ctx.err('calendar part without VCALENDAR')
    elif ctype == 'image/png':
        ctx.images += 1
        _try_qr_png(ctx, data)
    else:
        _inspect_blob(ctx, name, data)


def _walk_headers_text(ctx, msg):
    for k in ('Subject', 'From', 'Reply-To'):
        v = msg.get(k)
        if v:
            ctx.add_text(str(v))


def _received_dates(msg):
    out = []
    for r in msg.get_all('Received') or []:
        r1 = re.sub(r'\s+', ' ', r)
        if ';' in r1:
            d = r1.rsplit(';', 1)[-1].strip()
        else:
            m = re.search(r'(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\.\d+ \+0000 UTC', r1)
            if m:
                out.append(_dt.datetime.strptime(m.group(1), '%Y-%m-%d %H:%M:%S').replace(tzinfo=_dt.timezone.utc))
                continue
            m = re.search(r'(\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d)\.\d+ (\+0000)', r1)
            d = (m.group(1) + ' ' + m.group(2)) if m else ''
        try:
            out.append(email.utils.parsedate_to_datetime(d))
        except Exception:
            out.append(None)
    return out


def verify(spec, data):
    ctx = Ctx(spec)
    hdr_end = data.find(b'\n\n')
    head = data[:hdr_end]
    body = data[hdr_end + 2:]
    for i, line in enumerate(data.split(b'\n')):
        if len(line) > 998:
            ctx.err('line %d longer than 998 octets' % i)
    try:
        head.decode('ascii')
    except UnicodeDecodeError:
        ctx.err('non-ASCII octets in header block')
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    pmsg = email.message_from_bytes(data, policy=email.policy.default)
    for k in ('Return-Path', 'Received', 'Authentication-Results', 'Message-ID', 'Date', 'From', 'To', 'Subject',
              'MIME-Version'):
        if k not in msg and not (k == 'Message-ID' and 'Message-Id' in msg):
            ctx.err('missing header %s' % k)
    recs = msg.get_all('Received') or []
    top = re.sub(r'\s+', ' ', recs[0]) if recs else ''
    m = re.match(r'from (\S+) \((\S+) \[([0-9a-fA-F:.]+)\]\) (?:\(using .+?\(No client certificate requested\) )?by mx01\.example\.com \(Postfix\) with ESMTPS? id \w+', top)
    if not m:
        ctx.err('top Received is not mx01 format: %s' % top[:160])
    ar = re.sub(r'\s+', ' ', msg.get('Authentication-Results', ''))
    if not ar.startswith('mx01.example.com;'):
        ctx.err('Authentication-Results not from mx01')
    if spec.auth_summary and spec.auth_summary['client'][0] == 'mail-int01.example.com':
        if len(recs) < 2 or 'by mail-int01.example.com' not in recs[1]:
            ctx.err('internal message not relayed by mail-int01')
    # dates
    try:
        dt = email.utils.parsedate_to_datetime(msg['Date'])
        if not (_dt.datetime(2026, 10, 1, tzinfo=_dt.timezone.utc) <= dt < _dt.datetime(2027, 1, 1, tzinfo=_dt.timezone.utc)):
            ctx.err('Date outside Oct-Dec 2026: %s' % msg['Date'])
    except Exception as e:
        ctx.err('bad Date: %s' % e)
        dt = None
    rd = _received_dates(msg)
    if None in rd:
        ctx.err('unparsable Received date')
    else:
        for a, b in zip(rd, rd[1:]):
            if a < b:
                ctx.err('Received chain not chronological (%s < %s)' % (a, b))
        if dt and rd and rd[0] < dt:
            ctx.err('mx01 receipt earlier than Date')
        if dt and rd and (rd[0] - dt).total_seconds() > 3600:
            ctx.err('mx01 receipt more than an hour after Date')
    # DKIM body hashes
    for sig in msg.get_all('DKIM-Signature') or []:
        s = re.sub(r'\s+', '', sig)
        c = re.search(r'c=([a-z]+)(?:/([a-z]+))?', s)
        bc = (c.group(2) or 'simple') if c else 'simple'
        bh = re.search(r'bh=([A-Za-z0-9+/=]+)', s).group(1)
        if body_hash(body, bc) != bh:
            ctx.err('DKIM bh mismatch for %s' % re.search(r'd=([^;]+)', s).group(1))
    # headers decode
    for k in ('Subject', 'From', 'To', 'Cc', 'Reply-To'):
        if k in pmsg:
            try:
                str(pmsg[k])
            except Exception as e:
                ctx.err('header %s does not decode: %s' % (k, e))
    _walk_headers_text(ctx, pmsg)
    _walk_msg(ctx, msg)
    # QR codes
    if sorted(ctx.qr) != sorted(spec.qr):
        ctx.err('QR payload mismatch: decoded %r expected %r' % (ctx.qr, spec.qr))
    alltext = '\n'.join(ctx.texts + ctx.qr)
    # IBANs
    ibans = []
    for cand in IBAN_RE.findall(alltext):
        c = cand.replace(' ', '')
        if c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]]:
            if not iban_valid(c):
                ctx.err('invalid IBAN %s' % c)
            elif c not in ibans:
                ibans.append(c)
    for line in ctx.qr:
        for tok in re.split(r'[\n|]', line):
            if tok[:2] in IBAN_LEN and len(tok) == IBAN_LEN[tok[:2]] and tok not in ibans:
                if iban_valid(tok):
                    ibans.append(tok)
                else:
                    ctx.err('invalid IBAN in QR %s' % tok)
            if re.fullmatch(r'\d{26}', tok) and iban_valid('PL' + tok) and ('PL' + tok) not in ibans:
                ibans.append('PL' + tok)
    flat = re.sub(r'[\s\u00a0]+', ' ', alltext)
    digits = re.sub(r'\D', '', alltext)
    for ph in spec.phones:
        if ph not in flat and re.sub(r'\D', '', ph) not in digits:
            ctx.err('declared phone %s not found' % ph)
    for w in spec.wallets:
        if w not in alltext:
            ctx.err('declared wallet %s not found' % w)
    for a in spec.accounts:
        key = a[1] if isinstance(a, tuple) else a
        for tok in re.split(r'[\s,;]+', key):
            if len(tok) >= 4 and tok not in alltext:
                ctx.err('declared account %s not found (%s)' % (key, tok))
    phones = list(spec.phones)
    seen = {re.sub(r'\D', '', p)[-9:] for p in phones}
    cands = re.findall(r'(?<![\w/=+.-])(\+\d{1,3}[ \u00a0]?(?:\(0\)[ ]?)?\d[\d \u00a0\-/]{5,16}\d)(?![\d])', alltext)
    cands += re.findall(r'(?:\b[Tt]el(?:efon)?\.?|\bT|\bMobil|\bFax|Τηλ\.|\bтел\.|[Тт]елефон(?: поддержки)?):?\s*(0\d[\d \-/]{6,16}\d|8 800 [\d\-]{7,9})', alltext)
    for c in cands:
        c = re.sub(r'[ \u00a0]+', ' ', c).strip()
        key = re.sub(r'\D', '', c)[-9:]
        if len(re.sub(r'\D', '', c)) >= 8 and key not in seen:
            seen.add(key)
            phones.append(c)
    facts = dict(urls=ctx.urls, ibans=ibans, phones=phones, wallets=list(spec.wallets), qr=list(ctx.qr),
                 accounts=list(spec.accounts))
    return ctx.errors, facts, msg


def structure(msg):
    def one(p):
        ct = p.get_content_type()
        if p.is_multipart():
            if ct == 'message/rfc822':
                inner = p.get_payload()[0]
                return 'message/rfc822 (%s)' % one(inner)
            return '%s[%s]' % (ct.split('/')[1], ', '.join(one(x) for x in p.get_payload()))
        fn = _fname(p)
        disp = (p.get('Content-Disposition') or '').split(';')[0].strip().lower()
        if ct == 'text/plain' and not fn:
            return 'plain'
        if ct == 'text/html' and not fn:
            return 'html'
        if ct == 'text/calendar' and not fn:
            return 'calendar'
        label = ct
        if fn:
            label += ' "%s"' % fn
        if disp == 'inline' or (p.get('Content-ID') and disp != 'attachment'):
            label = 'inline ' + label
        return label
    return one(msg)


def body_charsets(msg):
    cs, ctes = [], []

    def walk(p, top=True):
        if p.is_multipart():
            if p.get_content_type() == 'message/rfc822':
                return
            for x in p.get_payload():
                walk(x, False)
            return
        if p.get_content_type() in ('text/plain', 'text/html') and not p.get_filename():
            kind = 'plain' if p.get_content_type() == 'text/plain' else 'html'
            cs.append((kind, p.get_content_charset() or 'us-ascii'))
            ctes.append((kind, (p.get('Content-Transfer-Encoding') or '7bit').lower()))
    walk(msg)

    def fmt(lst):
        vals = []
        for k, v in lst:
            if (k, v) not in vals:
                vals.append((k, v))
        if len(set(v for _, v in vals)) == 1:
            return vals[0][1] if vals else '-'
        return ' / '.join('%s %s' % (k, v) for k, v in vals)
    return fmt(cs), fmt(ctes)


def check_identifiers(specs, facts_by_file):
    """Check digits of every tax/registration identifier and national account number in company data,
    correspondents and messages."""
    import company as C
    import idcheck as I
    errs = []
    chk = {'USt-IdNr.': I.de_vat_valid, 'Partita IVA': I.it_piva_valid, 'NIP': I.pl_nip_valid, 'REGON': I.pl_regon_valid,
           'NIF': I.es_cif_valid, 'ΑΦΜ': I.gr_afm_valid, 'VAT': I.gb_vat_valid, 'ИНН': I.ru_inn_valid, 'ОГРН': I.ru_ogrn_valid}
    for k, o in C.OFFICES.items():
        for lab, val in o['ids']:
            if lab in chk and not chk[lab](val):
                errs.append('company %s %s %s: bad check digit' % (k, lab, val))
    for c in C.CORRESPONDENTS:
        for key, fn in (('vat', I.de_vat_valid), ('piva', I.it_piva_valid), ('nip', I.pl_nip_valid), ('nif', I.es_cif_valid),
                        ('afm', I.gr_afm_valid), ('inn', I.ru_inn_valid)):
            if key in c and not fn(c[key]):
                errs.append('%s %s %s: bad check digit' % (c['name'], key, c[key]))
    if not I.ru_key_ok(C.RU_BANK['bik'][-3:], C.RU_BANK['rs']) or not I.ru_key_ok('0' + C.RU_BANK['bik'][4:6], C.RU_BANK['ks']):
        errs.append('Russian company account key digit invalid')
    for s in specs:
        f = facts_by_file[s.file]
        for iban in f['ibans']:
            if iban.startswith('IT') and not I.it_cin_valid(iban):
                errs.append('%s: Italian CIN wrong in %s' % (s.file, iban))
            if iban.startswith('ES') and not I.es_dc_valid(iban):
                errs.append('%s: Spanish DC wrong in %s' % (s.file, iban))
            if iban.startswith('PL') and not I.pl_sortcode_valid(iban[4:12]):
                errs.append('%s: Polish sort-code check wrong in %s' % (s.file, iban))
        for w in s.wallets:
            if w.startswith('bc1') and not I.bech32_valid(w):
                errs.append('%s: bech32 checksum wrong for %s' % (s.file, w))
        acc = dict(a for a in s.accounts if isinstance(a, tuple))
        if 'р/с' in acc and 'БИК' in acc and not I.ru_key_ok(acc['БИК'][-3:], acc['р/с']):
            errs.append('%s: Russian account key digit wrong' % s.file)
        if 'ИНН получателя' in acc and not I.ru_inn_valid(acc['ИНН получателя']):
            errs.append('%s: INN check digit wrong' % s.file)
    return errs
