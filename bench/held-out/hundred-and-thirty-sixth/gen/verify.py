"""Verification of the built set: parse every message with the email package,
decode every part, read back attachments (PDF, ZIP, OOXML, PNG, ICS, nested
messages), decode QR codes, validate IBANs / wallets / accounts, and check that
the facts listed in the manifest are exactly the ones present."""
import email
import email.policy
import html as _html
import io
import os
import re
import zipfile
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from lib import ids, ooxml, pdf, png

URL_RE = re.compile(r'https?://[^\s<>"\'\)\]\[|]+')
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
BECH_RE = re.compile(r'\bbc1[02-9ac-hj-np-z]{20,80}\b')
NS_SKIP = ('http://www.w3.org/', 'http://schemas.openxmlformats.org/', 'http://schemas.microsoft.com/', 'http://purl.org/',
           'https://www.w3.org/')
START = datetime(2026, 10, 1, tzinfo=timezone.utc)
END = datetime(2027, 1, 1, tzinfo=timezone.utc)
EXEC_MAGIC = (b'MZ', b'\x7fELF', b'\xca\xfe\xba\xbe', b'#!')


class Ctx:
    def __init__(self, m, errs, where):
        self.m = m
        self.errs = errs
        self.where = where
        self.texts = []
        self.qr = []

    def err(self, s):
        self.errs.append('%s: %s' % (self.where, s))


def clean_url(u):
    u = _html.unescape(u)
    while u and u[-1] in '.,;:!?\'"*':
        u = u[:-1]
    return u


def check_inert(ctx, data, name):
    if data[:4] in EXEC_MAGIC or data[:2] in EXEC_MAGIC:
        ctx.err('attachment %s looks executable' % name)
    low = data.lower()
    if b'<script' in low or b'javascript:' in low:
        ctx.err('attachment %s contains script' % name)
    if re.search(rb'\son[a-z]+\s*=', low) and (name.lower().endswith(('.svg', '.htm', '.html', '.xhtml', '.shtml'))):
        ctx.err('attachment %s contains event handler attribute' % name)


def walk(ctx, msg, depth=0):
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename() or ''
        if '=?' in fn:
            from email.header import decode_header, make_header
            fn = str(make_header(decode_header(fn)))
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        if ct == 'message/rfc822':
            continue
        raw = part.get_payload(decode=False)
        if cte == 'base64':
            import base64
            try:
                base64.b64decode(re.sub(r'\s+', '', raw), validate=True)
            except Exception as ex:
                ctx.err('bad base64 in %s %s: %s' % (ct, fn, ex))
        data = part.get_payload(decode=True)
        if data is None:
            ctx.err('cannot decode part %s %s' % (ct, fn))
            continue
        if ct.startswith('text/') and not fn:
            cs = part.get_content_charset() or 'us-ascii'
            try:
                txt = data.decode(cs)
            except Exception as ex:
                ctx.err('text part %s not decodable as %s: %s' % (ct, cs, ex))
                continue
            if ct == 'text/html':
                if '<script' in txt.lower():
                    ctx.err('script in html body')
                ctx.texts.append(_html.unescape(txt))
            elif ct == 'text/calendar':
                check_ics(ctx, txt)
                ctx.texts.append(txt.replace('\r\n ', '').replace('\\n', '\n'))
            else:
                ctx.texts.append(txt)
            continue
        attachment(ctx, ct, fn, data, part)
    # nested messages
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload()
            if isinstance(inner, list):
                inner = inner[0]
            for k in ('From', 'Subject', 'Date'):
                if inner.get(k) is None:
                    ctx.err('nested message lacks %s' % k)
            sub = Ctx(ctx.m, ctx.errs, ctx.where + ' [nested]')
            walk(sub, inner, depth + 1)
            ctx.texts += sub.texts
            ctx.qr += sub.qr


def check_ics(ctx, txt):
    if not txt.startswith('BEGIN:VCALENDAR') or 'END:VCALENDAR' not in txt or 'BEGIN:VEVENT' not in txt:
        ctx.err('calendar part malformed')
    for ln in txt.split('\r\n'):
        if len(ln.encode('utf-8')) > 75:
            ctx.err('ics line too long: %r' % ln[:40])


def attachment(ctx, ct, fn, data, part=None):
    lfn = fn.lower()
    check_inert(ctx, data, fn)
    if ct == 'application/pdf' or lfn.endswith('.pdf') and data[:5] == b'%PDF-':
        try:
            r = pdf.Reader(data)
            ctx.texts.append(r.text())
            ctx.texts.append('\n'.join(r.uris()))
            for p in r.qr_payloads():
                ctx.qr.append(('pdf ' + fn, p))
        except Exception as ex:
            ctx.err('PDF %s unreadable: %s' % (fn, ex))
    elif ct.startswith('image/png'):
        try:
            png.read(data)
        except Exception as ex:
            ctx.err('PNG %s unreadable: %s' % (fn, ex))
        try:
            p = png.decode_qr(data)
            ctx.qr.append(('png ' + fn, p))
        except ValueError:
            pass
    elif lfn.endswith(('.xlsx', '.docx')):
        try:
            ctx.texts.append(ooxml.text_of(data))
        except Exception as ex:
            ctx.err('OOXML %s unreadable: %s' % (fn, ex))
    elif lfn.endswith('.zip') or 'zip' in ct:
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
            pw = ctx.m.zip_passwords.get(fn)
            if pw:
                z.setpassword(pw.encode('utf-8'))
            bad = z.testzip()
            if bad:
                ctx.err('ZIP %s member %s corrupt' % (fn, bad))
            for info in z.infolist():
                inner = z.read(info)
                check_inert(ctx, inner, info.filename)
                if info.filename.lower().endswith(('.xlsx', '.docx')):
                    ctx.texts.append(ooxml.text_of(inner))
                elif inner[:5] == b'%PDF-':
                    attachment(ctx, 'application/pdf', info.filename, inner)
                else:
                    try:
                        ctx.texts.append(inner.decode('utf-8'))
                    except UnicodeDecodeError:
                        pass
        except Exception as ex:
            ctx.err('ZIP %s unreadable: %s' % (fn, ex))
    elif ct in ('image/svg+xml',) or lfn.endswith('.svg'):
        try:
            root = ET.fromstring(data)
            for el in root.iter():
                if el.tag.split('}')[-1].lower() == 'script':
                    ctx.err('SVG has script element')
        except ET.ParseError as ex:
            ctx.err('SVG %s not well-formed: %s' % (fn, ex))
        ctx.texts.append(_html.unescape(data.decode('utf-8')))
    elif ct in ('text/html',) or lfn.endswith(('.htm', '.html', '.shtml')):
        ctx.texts.append(_html.unescape(data.decode(part.get_content_charset() or 'utf-8') if part else data.decode('utf-8')))
    elif ct == 'text/calendar' or lfn.endswith('.ics'):
        t = data.decode('utf-8')
        check_ics(ctx, t)
        ctx.texts.append(t.replace('\r\n ', '').replace('\\n', '\n'))
    elif ct.startswith('text/'):
        cs = (part.get_content_charset() if part else None) or 'utf-8'
        ctx.texts.append(data.decode(cs))
    else:
        try:
            ctx.texts.append(data.decode('utf-8'))
        except UnicodeDecodeError:
            pass


def received_times(msg):
    out = []
    for r in msg.get_all('Received') or []:
        r = str(r)
        if ';' not in r:
            continue
        ds = r.rsplit(';', 1)[1].strip()
        ds = re.sub(r'\s+', ' ', ds)
        try:
            out.append(parsedate_to_datetime(ds))
        except Exception:
            out.append(None)
    return out


def check_message(path, e, m, raw, plan, errs, seen_ids):
    where = os.path.relpath(path, os.path.dirname(os.path.dirname(path)))
    ctx = Ctx(m, errs, where)
    with open(path, 'rb') as fh:
        disk = fh.read()
    if disk != raw:
        ctx.err('file on disk differs from built bytes')
    if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
        ctx.err('line endings are not CRLF throughout')
    for ln in raw.split(b'\r\n'):
        if len(ln) > 998:
            ctx.err('line longer than 998 octets')
            break
    head = raw.split(b'\r\n\r\n', 1)[0]
    try:
        head.decode('ascii')
    except UnicodeDecodeError:
        ctx.err('non-ASCII bytes in header')
    fn = os.path.basename(path)
    mo = re.match(r'^(\d\d)-([a-z]{2})-[a-z0-9-]+\.eml$', fn)
    if not mo:
        ctx.err('bad file name')
    else:
        num, lang = int(mo.group(1)), mo.group(2)
        ok = any(lo <= num <= hi and lg == lang for lg, lo, hi in plan)
        if not ok:
            ctx.err('language %s not planned for number %d' % (lang, num))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    msg32 = email.message_from_bytes(raw)
    for part in msg32.walk():
        if part.defects:
            ctx.err('MIME defects: %r' % part.defects)
    for h in ('Return-Path', 'Received', 'Message-ID', 'Date', 'From', 'To', 'Subject', 'MIME-Version'):
        if msg32.get(h) is None:
            ctx.err('missing header %s' % h)
    mid = msg32.get('Message-ID', '').strip()
    if not re.match(r'^<[^<>@\s]+@[^<>@\s]+>$', mid):
        ctx.err('malformed Message-ID %r' % mid)
    for k in ('From', 'To', 'Subject'):
        try:
            str(msg[k])
        except Exception as ex:
            ctx.err('header %s not parseable: %s' % (k, ex))
    for label, v, note in m.meta.get('extra_facts', []):
        if label == 'ZIP password' and 'not contained' in note and v.encode() in raw:
            ctx.err('out-of-band password appears in the message')
    if mid in seen_ids:
        ctx.err('duplicate Message-ID')
    seen_ids.add(mid)
    if msg32.get('Return-Path', '').strip('<> ') != (m.env_from or ''):
        ctx.err('Return-Path does not match envelope')
    rec = msg32.get_all('Received')
    top = re.sub(r'\s+', ' ', rec[0])
    if not re.match(r'^from \S+ \((\S+|unknown) \[[0-9a-f.:]+\]\) .*by mx01\.example\.com \(Postfix\) with ESMTPS? id \w+ for <[^>]+>; ', top):
        ctx.err('top Received is not mx01 line: %s' % top[:120])
    if '<%s>' % m.rcpt not in top:
        ctx.err('mx01 line not for envelope recipient')
    keys = [k.lower() for k in msg32.keys()]
    first_recv = keys.index('received')
    if any(k == 'received' for k in keys[:first_recv]):
        ctx.err('header order')
    # all time stamps
    try:
        d = parsedate_to_datetime(msg32['Date'])
        if not (START <= d < END):
            ctx.err('Date outside Oct-Dec 2026')
    except Exception as ex:
        ctx.err('Date unparsable: %s' % ex)
        d = None
    times = received_times(msg32)
    if None in times:
        ctx.err('unparsable Received date')
    else:
        for a, b in zip(times, times[1:]):
            if a < b:
                ctx.err('Received chain not in time order (%s < %s)' % (a, b))
        if d and times and (times[0] - d).total_seconds() < -1:
            ctx.err('mx01 time before Date header')
        if d and times and (times[0] - d).total_seconds() > 3600 * 6:
            ctx.err('delivery delay > 6h')
    # authentication results coherent with signatures present
    sigs = {}
    for s in msg32.get_all('DKIM-Signature') or []:
        s2 = re.sub(r'\s+', '', s)
        dd = re.search(r'(?:^|;)d=([^;]+)', s2)
        ss = re.search(r'(?:^|;)s=([^;]+)', s2)
        bb = re.search(r'(?:^|;)b=([^;]+)', s2)
        if not (dd and ss and bb and 'v=1' in s2 and 'bh=' in s2):
            ctx.err('malformed DKIM-Signature')
            continue
        sigs[(dd.group(1), ss.group(1))] = bb.group(1)
    for ar in msg32.get_all('Authentication-Results') or []:
        for mm in re.finditer(r'dkim=(pass|fail) .*?header\.d=(\S+) header\.i=\S+ header\.a=\S+ header\.s=(\S+) header\.b=(\S+?);', re.sub(r'\s+', ' ', ar)):
            key = (mm.group(2), mm.group(3))
            if key not in sigs:
                ctx.err('AR reports dkim for %s/%s without signature' % key)
            elif not sigs[key].startswith(mm.group(4)):
                ctx.err('AR header.b does not match signature')
    # DMARC verdict must be consistent with an aligned DKIM or SPF pass
    def org(d):
        parts = d.lower().strip('.').split('.')
        if len(parts) >= 3 and parts[-2] in ('co', 'com', 'org', 'gov', 'ac', 'net') and len(parts[-1]) == 2:
            return '.'.join(parts[-3:])
        return '.'.join(parts[-2:])
    ars = ' '.join(re.sub(r'\s+', ' ', a) for a in (msg32.get_all('Authentication-Results') or []))
    from email.utils import parseaddr
    fromdom = parseaddr(str(msg32.get('From')))[1].split('@')[-1].lower()
    if 'dmarc=pass' in ars:
        dk_ok = any(org(d) == org(fromdom) for d in re.findall(r'dkim=pass \([^)]*\) header\.d=(\S+)', ars))
        spf_h = re.sub(r'\s+', ' ', msg32.get('Received-SPF') or '')
        spf_ok = spf_h.startswith('Pass') and m.env_from and org(m.env_from.split('@')[1]) == org(fromdom)
        if not (dk_ok or spf_ok):
            ctx.err('dmarc=pass without aligned DKIM/SPF')
    if 'dmarc=fail' in ars:
        if any(org(d) == org(fromdom) for d in re.findall(r'dkim=pass \([^)]*\) header\.d=(\S+)', ars)):
            ctx.err('dmarc=fail although aligned DKIM passes')
    spf = msg32.get('Received-SPF')
    if spf and 'envelope-from=%s;' % (m.env_from or 'postmaster@') not in re.sub(r'\s+', ' ', spf) and m.env_from:
        ctx.err('Received-SPF envelope-from mismatch')
    # body
    walk(ctx, msg32)
    # QR
    want = sorted(p for _, p in m.qr_expect)
    got = sorted(p for _, p in ctx.qr)
    if want != got:
        ctx.err('QR payloads differ: expected %r got %r' % (want, got))
    alltext = '\n'.join(ctx.texts + [p.decode('utf-8', 'replace') for _, p in ctx.qr])
    # URLs
    found = set()
    for u in URL_RE.findall(alltext):
        u = clean_url(u)
        if u.startswith(NS_SKIP):
            continue
        found.add(u)
    declared = set(v for v, _ in m.facts['url'])
    for u in sorted(found - declared):
        ctx.err('URL present but not listed: %s' % u)
    for u in sorted(declared - found):
        ctx.err('URL listed but not present: %s' % u)
    # IBANs
    found_iban = set()
    flat0 = re.sub(r'\s+', ' ', alltext)
    for mm in IBAN_RE.finditer(flat0):
        s = mm.group(1).replace(' ', '')
        if s[:2] in ids.IBAN_LEN and len(s) >= 15:
            s = s[:ids.IBAN_LEN[s[:2]]]
            found_iban.add(s)
    declared_iban = set(v for v, _ in m.facts['iban'])
    for i in found_iban - declared_iban:
        ctx.err('IBAN present but not listed: %s' % i)
    for i in declared_iban - found_iban:
        ctx.err('IBAN listed but not present: %s' % i)
    for i in declared_iban:
        if not ids.iban_valid(i):
            ctx.err('IBAN fails check digits: %s' % i)
    # wallets
    found_w = set(BECH_RE.findall(alltext))
    declared_w = set(v for v, _ in m.facts['wallet'])
    if found_w != declared_w:
        ctx.err('wallets differ: %r vs %r' % (found_w, declared_w))
    for w in declared_w:
        if not ids.bech32_valid(w):
            ctx.err('wallet checksum invalid: %s' % w)
    # phones
    flat = re.sub(r'\s+', ' ', alltext)
    for p, _ in m.facts['phone'] + m.facts['bank']:
        if p not in flat:
            ctx.err('phone/bank detail listed but not present: %s' % p)
    # RU accounts
    for v, note in m.facts['account']:
        acc = re.search(r'\b(\d{20})\b', v).group(1)
        bik = re.search(r'\b(04\d{7})\b', note).group(1)
        if not ids.ru_account_valid(bik, acc, correspondent=acc.startswith('30101')):
            ctx.err('RU account key invalid: %s' % acc)
        if acc not in flat:
            ctx.err('RU account listed but not present: %s' % acc)


def check_world(errs):
    from lib import world
    for o in world.OFFICES:
        tid = o['taxid'][1].split('/')[0].strip()
        if not ids.taxid_valid(tid):
            errs.append('office %s: tax ID %s fails check digits' % (o['cc'], tid))
        mo = re.search(r'ОГРН (\d{13})', o['reg'])
        if mo and not ids.taxid_valid(mo.group(1)):
            errs.append('office RU: OGRN fails check digit')
    for c in world.CORRESPONDENTS:
        if not ids.taxid_valid(c['taxid']):
            errs.append('%s: tax ID %s fails check digits' % (c['org'], c['taxid']))
    for k, (bank, bic, iban) in world.OWN_ACCOUNTS.items():
        if not ids.iban_valid(iban):
            errs.append('own account %s invalid' % k)
    rb = world.RU_BANK
    if not ids.ru_account_valid(rb['bik'], rb['acc']) or not ids.ru_account_valid(rb['bik'], rb['corr'], True):
        errs.append('RU own account key invalid')


def run(out, built, plan):
    errs = []
    check_world(errs)
    seen = set()
    counts = {}
    for e, m, raw in built:
        path = os.path.join(out, e['kind'], m.fname)
        counts.setdefault(e['kind'], []).append((e['num'], e['lang']))
        try:
            check_message(path, e, m, raw, plan, errs, seen)
        except Exception as ex:
            import traceback
            errs.append('%s: verification crashed: %s\n%s' % (m.fname, ex, traceback.format_exc()))
    for kind in ('attack', 'business'):
        got = sorted(counts.get(kind, []))
        want = sorted((n, lg) for lg, lo, hi in plan for n in range(lo, hi + 1))
        if got != want:
            errs.append('%s: numbering/language plan mismatch (%d files)' % (kind, len(got)))
        files = sorted(f for f in os.listdir(os.path.join(out, kind)) if f.endswith('.eml'))
        if len(files) != 40:
            errs.append('%s: %d files on disk, expected 40' % (kind, len(files)))
    return errs
