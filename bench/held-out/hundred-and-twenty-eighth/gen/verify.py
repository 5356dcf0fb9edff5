"""Verification of every built message: MIME parse and decode of every part,
header/trace consistency, attachment integrity, QR decoding, account-number
check digits, inertness of attachments; also collects the facts for the
manifest (URLs, IBANs, accounts, phones, wallets, QR payloads)."""
import base64
import binascii
import datetime as dt
import email
import email.policy
import email.utils
import io
import html as html_mod
import os
import quopri
import re
import zipfile
import xml.dom.minidom

from lib import pdf as pdflib, png as pnglib, qrdec, archive, ids, styles

URL_RE = re.compile(r'(?:https?://|www\.)[^\s<>"\'\])|]+', re.I)
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
NRB_RE = re.compile(r'(?<!\d)(?<!\d )(\d{2} \d{4} \d{4} \d{4} \d{4} \d{4} \d{4})(?![\d])')
RUACC_RE = re.compile(r'(?<!\d)(40[5-8]\d{17}|30101\d{15})(?!\d)')
BIC_RU_RE = re.compile(r'(?<!\d)(04\d{7})(?!\d)')
BTC_RE = re.compile(r'\b(bc1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{38,58})\b')
TRON_RE = re.compile(r'\b(T[1-9A-HJ-NP-Za-km-z]{33})\b')
EXEC_MAGIC = (b'MZ', b'\x7fELF', b'#!', b'L\x00\x00\x00\x01\x14\x02\x00', b'\xcf\xfa\xed\xfe', b'PK\x03\x04' + b'\x00' * 0)


class Ctx:
    def __init__(self, m):
        self.m = m
        self.errors = []
        self.texts = []
        self.qr = []
        self.parts = []
        self.body_cs = []
        self.urls_pdf = []

    def err(self, s):
        self.errors.append(s)


def _clean_url(u):
    u = u.rstrip('.,;:!?*')
    while u.endswith(')') and u.count('(') < u.count(')'):
        u = u[:-1]
    return u


def check_inert(ctx, name, data):
    if data[:2] == b'MZ' or data[:4] == b'\x7fELF' or data[:8] == b'L\x00\x00\x00\x01\x14\x02\x00':
        ctx.err('%s: executable magic' % name)
    low = data[:200000].lower()
    if name.lower().endswith(('.htm', '.html', '.svg', '.shtml', '.xhtml')) or b'<html' in low[:2000] or b'<svg' in low[:2000]:
        if b'<script' in low or re.search(rb'\son[a-z]+\s*=', low):
            ctx.err('%s: script or event handler in markup' % name)
    if data.startswith(b'%PDF') and (b'/JavaScript' in data or b'/JS ' in data or b'/Launch' in data or b'/OpenAction' in data):
        ctx.err('%s: active content in PDF' % name)
    if b'vbaProject' in data:
        ctx.err('%s: VBA project' % name)


def handle_blob(ctx, name, ctype, data, depth=0):
    """Inspect a decoded attachment or archive member."""
    lname = name.lower()
    check_inert(ctx, name, data)
    if data.startswith(b'%PDF'):
        try:
            r = pdflib.read(data)
        except Exception as e:  # noqa
            ctx.err('%s: PDF unreadable: %s' % (name, e))
            return
        ctx.texts.append(r['text'])
        ctx.texts.append('\n'.join(r['uris']))
        for mat in r['qr']:
            try:
                ctx.qr.append(('pdf:' + name, qrdec.decode_matrix(mat)[0].decode('utf-8')))
            except Exception as e:  # noqa
                ctx.err('%s: QR in PDF does not decode: %s' % (name, e))
        ctx.parts.append('PDF %d p.' % r['pages'])
        return
    if data.startswith(b'\x89PNG'):
        try:
            w, h, rows = pnglib.read(data)
        except Exception as e:  # noqa
            ctx.err('%s: PNG unreadable: %s' % (name, e))
            return
        expected_png = [p for wh, p in ctx.m.qr_expect if wh.startswith('png')]
        if expected_png and ('qr' in lname or ctx.m.meta.get('qr_png_names') and name in ctx.m.meta['qr_png_names']):
            try:
                ctx.qr.append(('png:' + name, qrdec.decode_png(data).decode('utf-8')))
            except Exception as e:  # noqa
                ctx.err('%s: QR PNG does not decode: %s' % (name, e))
        return
    if data.startswith(b'PK\x03\x04'):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except Exception as e:  # noqa
            ctx.err('%s: ZIP unreadable: %s' % (name, e))
            return
        names = z.namelist()
        if '[Content_Types].xml' in names:
            try:
                ctx.texts.append(archive.ooxml_text(data))
            except Exception as e:  # noqa
                ctx.err('%s: OOXML invalid: %s' % (name, e))
            return
        pwd = ctx.m.meta.get('zip_password')
        for info in z.infolist():
            try:
                if info.flag_bits & 1:
                    if not pwd:
                        ctx.err('%s: encrypted member without known password' % name)
                        continue
                    member = z.read(info, pwd=pwd.encode('utf-8'))
                else:
                    member = z.read(info)
            except Exception as e:  # noqa
                ctx.err('%s/%s: cannot extract: %s' % (name, info.filename, e))
                continue
            if depth < 3:
                handle_blob(ctx, '%s/%s' % (name, info.filename), None, member, depth + 1)
            if info.filename.lower().endswith(('.txt', '.url', '.lnk', '.js', '.vbs', '.cmd', '.bat', '.hta', '.ps1', '.wsf')):
                ctx.texts.append(member.decode('utf-8', 'replace'))
        return
    if len(data) > 16 * 2048 + 6 and data[16 * 2048:16 * 2048 + 6] == b'\x01CD001':
        try:
            for fn, content in archive.iso9660_list(data):
                handle_blob(ctx, '%s/%s' % (name, fn), None, content, depth + 1)
                ctx.texts.append(content.decode('utf-8', 'replace'))
        except Exception as e:  # noqa
            ctx.err('%s: ISO unreadable: %s' % (name, e))
        return
    if lname.endswith('.svg') or (ctype or '').startswith('image/svg'):
        try:
            xml.dom.minidom.parseString(data)
        except Exception as e:  # noqa
            ctx.err('%s: SVG not well-formed: %s' % (name, e))
        ctx.texts.append(styles.html_to_text(data.decode('utf-8')))
        ctx.texts.append(' '.join(re.findall(r'(?:href|xlink:href)="([^"]+)"', data.decode('utf-8'))))
        return
    if lname.endswith(('.xml',)):
        try:
            xml.dom.minidom.parseString(data)
        except Exception as e:  # noqa
            ctx.err('%s: XML not well-formed: %s' % (name, e))
        ctx.texts.append(re.sub(r'\s(?:xmlns(?::\w+)?|xsi:schemaLocation)="[^"]*"', '', data.decode('utf-8', 'replace')))
        return
    if lname.endswith(('.htm', '.html')):
        t = data.decode('utf-8', 'replace')
        ctx.texts.append(styles.html_to_text(t))
        ctx.texts.append(' '.join(html_mod.unescape(u) for u in re.findall(r'(?:href|action|src)="([^"]+)"', t)))
        return
    if lname.endswith('.ics') or (ctype or '').startswith('text/calendar'):
        t = data.decode('utf-8')
        if not (t.startswith('BEGIN:VCALENDAR') and t.rstrip().endswith('END:VCALENDAR')):
            ctx.err('%s: not a VCALENDAR' % name)
        ctx.texts.append(t.replace('\r\n ', '').replace('\\n', '\n').replace('\\,', ','))
        return
    if lname.endswith(('.txt', '.csv', '.lnk', '.url', '.js', '.cmd')):
        ctx.texts.append(data.decode('utf-8', 'replace'))


def walk(ctx, msg, depth=0):
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        cte = (part.get('Content-Transfer-Encoding') or '7bit').strip().lower()
        raw = part.get_payload(decode=False)
        if isinstance(raw, list):
            # message/rfc822
            for sub in raw:
                walk(ctx, sub, depth + 1)
            continue
        try:
            if cte in ('7bit', '8bit', 'binary'):
                rawb = part.get_payload(decode=True)
            else:
                rawb = raw.encode('ascii')
            if cte == 'base64':
                data = base64.b64decode(re.sub(rb'\s+', b'', rawb), validate=True)
            elif cte == 'quoted-printable':
                data = quopri.decodestring(rawb)
            elif cte in ('7bit', '8bit', 'binary'):
                data = rawb
            else:
                ctx.err('unknown CTE %s' % cte)
                continue
        except (binascii.Error, ValueError) as e:
            ctx.err('%s part does not decode (%s): %s' % (ctype, cte, e))
            continue
        fn = part.get_filename()
        disp = part.get_content_disposition()
        if ctype.startswith('text/') and not fn:
            cs = part.get_content_charset() or 'us-ascii'
            try:
                t = data.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                ctx.err('%s in %s does not decode: %s' % (ctype, cs, e))
                continue
            if depth == 0 and ctype in ('text/plain', 'text/html'):
                ctx.body_cs.append((ctype, cs, cte))
            if ctype == 'text/html':
                if '<script' in t.lower():
                    ctx.err('script in HTML body')
                ctx.texts.append(styles.html_to_text(t))
                ctx.texts.append(' '.join(html_mod.unescape(u) for u in re.findall(r'(?:href|src|action)="([^"]+)"', t)))
            elif ctype == 'text/calendar':
                handle_blob(ctx, 'invite.ics', ctype, data)
            else:
                ctx.texts.append(t)
            continue
        if ctype == 'message/rfc822':
            continue
        handle_blob(ctx, fn or ('inline.' + ctype.split('/')[-1]), ctype, data)


def header_checks(ctx, raw, msg):
    m = ctx.m
    head = raw.split(b'\r\n\r\n', 1)[0]
    for ln in head.split(b'\r\n'):
        if len(ln) > 998:
            ctx.err('header line > 998')
        if any(b > 127 for b in ln):
            ctx.err('8-bit byte in header: %r' % ln[:60])
    if not raw.startswith(b'Return-Path: <'):
        ctx.err('first header is not Return-Path')
    recs = msg.get_all('Received') or []
    if not recs:
        ctx.err('no Received')
        return
    top = recs[0]
    if 'by mx01.example.com (Postfix)' not in top:
        ctx.err('top Received is not mx01')
    mm = re.match(r'from (\S+) \((\S+) \[([0-9a-fA-F.:]+)\]\)', top)
    if not mm:
        ctx.err('mx01 line lacks HELO/rDNS/IP')
    rcpts = m.env_rcpts()
    if len(rcpts) == 1 and 'for <%s>' % rcpts[0] not in top:
        ctx.err('mx01 line lacks for <rcpt>')
    # chain timestamps must be non-decreasing from the bottom to the top
    times = []
    for r in recs:
        flat = re.sub(r'\s+', ' ', r)
        ds = re.findall(r'((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ?\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d(?::\d\d)?(?:\.\d+)? (?:[+-]\d{4}|GMT|UTC))', flat)
        t = None
        if ds:
            d = re.sub(r'(:\d\d)\.\d+', r'\1', ds[-1]).replace(',', ', ').replace(',  ', ', ')
            try:
                t = email.utils.parsedate_to_datetime(d)
            except Exception:
                t = None
        if t is None:
            mm2 = re.search(r'(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.\d+ \+0000 UTC', r)
            if mm2:
                t = dt.datetime(*map(int, mm2.groups()), tzinfo=dt.timezone.utc)
        if t is None:
            ctx.err('Received without parseable date: %s' % r[:80])
            continue
        times.append(t)
    for a, b in zip(times, times[1:]):
        if a < b - dt.timedelta(seconds=1):
            ctx.err('Received chain goes back in time (%s < %s)' % (a, b))
    for h in ('From', 'Subject', 'Date', 'MIME-Version'):
        if msg.get(h) is None:
            ctx.err('missing %s' % h)
    if msg.get('Message-ID') is None and msg.get('Message-Id') is None:
        ctx.err('missing Message-ID')
    try:
        d = email.utils.parsedate_to_datetime(msg['Date'])
        if not (dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc) <= d < dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)):
            ctx.err('Date outside Oct-Dec 2026: %s' % msg['Date'])
        if times and abs((times[0] - d).total_seconds()) > 3600 * 6:
            ctx.err('Date far from delivery time')
    except Exception as e:  # noqa
        ctx.err('bad Date: %s' % e)
    # decode all headers with the modern policy
    try:
        pm = email.message_from_bytes(raw, policy=email.policy.default)
        for k in ('From', 'To', 'Cc', 'Subject', 'Reply-To'):
            if pm.get(k) is not None:
                str(pm[k])
        ctx.subject = str(pm['Subject'])
        ctx.from_ = str(pm['From'])
    except Exception as e:  # noqa
        ctx.err('header decode: %s' % e)


def _fname(p):
    fn = p.get_filename()
    if fn and '=?' in fn:
        import email.header
        fn = str(email.header.make_header(email.header.decode_header(fn)))
    return fn


def describe_structure(msg):
    def desc(p):
        ct = p.get_content_type()
        if ct == 'message/rfc822':
            inner = p.get_payload()[0]
            return 'message/rfc822 (forwarded original: %s)' % desc(inner)
        if p.is_multipart():
            return '%s(%s)' % (ct.split('/')[1], ', '.join(desc(s) for s in p.get_payload()))
        if ct == 'message/rfc822':
            inner = p.get_payload()[0]
            return 'rfc822 `%s`' % (p.get_filename() or 'forwarded.eml') + ('[%s]' % desc(inner) if inner else '')
        fn = _fname(p)
        if fn:
            return '%s `%s`' % (ct, fn)
        if ct == 'text/plain':
            return 'plain'
        if ct == 'text/html':
            return 'html'
        return ct
    return desc(msg)


def collect_facts(ctx):
    text = '\n'.join([t for t in ctx.texts if t] + [p for _, p in ctx.qr])
    facts = {}
    urls = []
    for u in URL_RE.findall(text):
        u = _clean_url(u)
        if u.lower().startswith('mailto'):
            continue
        if u not in urls:
            urls.append(u)
    facts['URL'] = urls
    ibans = []
    for c in IBAN_RE.findall(text):
        s = c.replace(' ', '')
        cc = s[:2]
        if cc not in ids.IBAN_LEN:
            continue
        s = s[:ids.IBAN_LEN[cc]]
        if len(s) < ids.IBAN_LEN[cc]:
            continue
        if not ids.iban_valid(s):
            ctx.err('invalid IBAN %s' % s)
        if s not in ibans:
            ibans.append(s)
    for c in NRB_RE.findall(text):
        s = 'PL' + c.replace(' ', '')
        if not ids.iban_valid(s):
            ctx.err('invalid Polish NRB %s' % c)
        if s not in ibans:
            ibans.append(s)
    facts['IBAN'] = ibans
    accs = []
    bics = BIC_RU_RE.findall(text)
    for a in RUACC_RE.findall(text):
        ok = any(ids.ru_account_valid(b, a, corr=a.startswith('30101')) for b in bics)
        if not ok:
            ctx.err('Russian account %s fails control key with BIC(s) %s' % (a, bics))
        if a not in accs:
            accs.append(a)
    facts['Account (RU)'] = accs
    wallets = []
    for w in BTC_RE.findall(text):
        if not ids.btc_bech32_valid(w):
            ctx.err('invalid bech32 %s' % w)
        if w not in wallets:
            wallets.append(w)
    for w in TRON_RE.findall(text):
        if ids.base58check_valid(w) and w not in wallets:
            wallets.append(w)
    for w in ctx.m.meta.get('wallets', []):
        if w not in text:
            ctx.err('declared wallet %s not in content' % w)
        if w not in wallets:
            wallets.append(w)
    facts['Wallet'] = wallets
    phones = []
    digits_text = re.sub(r'[^\d+]', '', text)
    for p in ctx.m.meta.get('phones', []):
        if re.sub(r'[^\d+]', '', p) not in digits_text:
            ctx.err('declared phone %s not in content' % p)
        phones.append(p)
    facts['Phone'] = phones
    facts['QR'] = [p for _, p in ctx.qr]
    return facts


def verify_one(root, m):
    ctx = Ctx(m)
    path = os.path.join(root, m.folder, m.name)
    with open(path, 'rb') as f:
        raw = f.read()
    if raw != m.raw:
        ctx.err('file on disk differs from built bytes')
    msg = email.message_from_bytes(raw)
    ctx.subject = ''
    ctx.from_ = ''
    header_checks(ctx, raw, msg)
    if msg.defects:
        ctx.err('parser defects: %r' % msg.defects)
    for part in msg.walk():
        if part.defects:
            ctx.err('part defects: %r' % part.defects)
    walk(ctx, msg)
    # QR codes: every expected payload decoded, nothing unexpected
    got = [p for _, p in ctx.qr]
    for where, payload in m.qr_expect:
        if payload not in got:
            ctx.err('expected QR payload not decoded: %r' % payload[:60])
    for p in got:
        if p not in [pl for _, pl in m.qr_expect]:
            ctx.err('unexpected QR payload: %r' % p[:60])
    facts = collect_facts(ctx)
    for u in m.meta.get('must_urls', []):
        if u not in facts['URL']:
            ctx.err('expected URL missing: %s' % u)
    for chk in m.meta.get('checks', []):
        try:
            ok = chk[1]()
        except Exception as e:  # noqa
            ok = False
        if not ok:
            ctx.err('check failed: %s' % chk[0])
    cs = ctx.body_cs
    charset = ' / '.join(dict.fromkeys(c for _, c, _ in cs)) or '-'
    cte = ' / '.join(dict.fromkeys(e for _, _, e in cs)) or '-'
    return dict(name=m.name, folder=m.folder, errors=ctx.errors, facts=facts, structure=describe_structure(msg),
                charset=charset, cte=cte, subject=ctx.subject, frm=ctx.from_, size=len(raw))


def company_checks():
    """Check digits of every identifier the set invents for the company and its correspondents."""
    from lib import company as C
    errs = []
    e = C.ENT
    checks = [('DE USt-IdNr', ids.de_ustid_valid(e['DE']['vat'])), ('DE LEI', ids.lei_valid(e['DE']['lei'])),
              ('IT P.IVA', ids.it_piva_valid(e['IT']['vat'])), ('PL NIP', ids.pl_nip_valid(e['PL']['vat'])),
              ('PL REGON', ids.pl_regon_valid(e['PL']['regon'])), ('ES NIF', ids.es_cif_valid(e['ES']['vat'])),
              ('GR AFM', ids.gr_afm_valid(e['GR']['vat'])), ('UK VAT', ids.gb_vat_valid(e['UK']['vat'])),
              ('RU INN', ids.ru_inn_valid(e['RU']['vat'])), ('RU OGRN', ids.ru_ogrn_valid(e['RU']['ogrn'])),
              ('RU account', ids.ru_account_valid(e['RU']['bic'], e['RU']['account'])),
              ('RU corr', ids.ru_account_valid(e['RU']['bic'], e['RU']['corr'], corr=True)),
              ('Lieferant VAT', ids.de_ustid_valid(C.LIEF['vat'])), ('Ferretti P.IVA', ids.it_piva_valid(C.FERRETTI['vat'])),
              ('Partner NIP', ids.pl_nip_valid(C.PARTNER['vat'])), ('Partner REGON', ids.pl_regon_valid(C.PARTNER['regon'])),
              ('CAP P.IVA', ids.it_piva_valid(C.CAP['vat'])), ('Anglia VAT', ids.gb_vat_valid(C.ANGLIA['vat'])),
              ('Agrosum NIF', ids.es_cif_valid(C.AGROSUM['vat'])), ('Agroefodia AFM', ids.gr_afm_valid(C.AGROEF['vat'])),
              ('UralKhimTorg INN', ids.ru_inn_valid(C.URALKT['inn'])), ('TransLogistik INN', ids.ru_inn_valid(C.TRANSLOG['inn'])),
              ('UralKhimTorg account', ids.ru_account_valid(C.URALKT['bic'], C.URALKT['account'])),
              ('TransLogistik account', ids.ru_account_valid(C.TRANSLOG['bic'], C.TRANSLOG['account']))]
    for k in ('DE', 'IT', 'PL', 'ES', 'GR', 'UK'):
        checks.append(('%s IBAN' % k, ids.iban_valid(e[k]['iban'])))
    for d in (C.LIEF, C.FERRETTI, C.PARTNER):
        checks.append(('%s IBAN' % d['name'], ids.iban_valid(d['iban'])))
    checks.append(('Lieferant new IBAN', ids.iban_valid(C.LIEF['iban_new'])))
    for name, ok in checks:
        if not ok:
            errs.append('company identifier fails check digit: %s' % name)
    addrs = [s[3] for s in C.STAFF]
    if len(set(addrs)) != len(addrs):
        errs.append('duplicate staff address')
    for s in C.STAFF:
        if not re.fullmatch(r'[a-z]+\.[a-z]+@(example\.com|examplegroup\.eu)', s[3]):
            errs.append('staff address not firstname.lastname: %s' % s[3])
    return errs


def verify_all(root, msgs, from_disk=False):
    out = {}
    cerr = company_checks()
    if cerr:
        out[('company', 0)] = dict(name='company data', folder='-', errors=cerr, facts={}, structure='', charset='', cte='', subject='', frm='', size=0)
    for m in msgs:
        r = verify_one(root, m)
        if not m.meta.get('what') or not m.meta.get('why'):
            r['errors'].append('manifest description missing')
        if m.folder == 'business' and m.meta.get('hard'):
            for a in m.meta['hard'][0]:
                if not any(x.folder == 'attack' and x.num == a for x in msgs):
                    r['errors'].append('hard-negative reference to missing attack %s' % a)
        if not m.env_rcpts():
            r['errors'].append('no recipient at example.com / examplegroup.eu')
        out[(m.folder, m.num)] = r
    return out
