"""Verification of every generated message."""
import email
import email.policy
import io
import re
import zipfile
from email.utils import parsedate_to_datetime, getaddresses

from . import ids, pdf, png, qr, containers

IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
URL_RE = re.compile(r'https?://[^\s<>"\')\]]+')


class Problem(Exception):
    pass


def _walk(msg, out, depth=0):
    """Collect (part, decoded_bytes, text) for every leaf; recurse into message/rfc822."""
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            continue
        data = part.get_payload(decode=True)
        if data is None:
            payload = part.get_payload()
            if isinstance(payload, list):
                for sub in payload:
                    _walk(sub, out, depth + 1)
                continue
            raise Problem('undecodable part %s' % ct)
        out.append((part, data))
    return out


def analyse(raw, expect):
    """Return dict with searchable text, qr payloads, problems."""
    problems = []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    # --- headers
    for h in ('Return-Path', 'Received', 'Message-ID', 'Date', 'From', 'To', 'Subject', 'MIME-Version'):
        if h == 'MIME-Version':
            if not (msg.get('MIME-Version') or msg.get('Mime-Version')):
                problems.append('missing MIME-Version')
        elif msg.get(h) is None:
            problems.append('missing header %s' % h)
    rec = msg.get_all('Received') or []
    first = str(rec[0]) if rec else ''
    if not re.search(r'^from \S+ \(\S+ \[[0-9a-f.:]+\]\)', first) or 'by mx01.example.com (Postfix) with ESMTP' not in ' '.join(first.split()):
        problems.append('top Received is not mx01: %r' % first[:120])
    # Return-Path must be the first header, mx01 Received the first Received
    first_hdr = raw.split(b'\r\n', 1)[0]
    if not first_hdr.startswith(b'Return-Path:'):
        problems.append('Return-Path is not first')
    try:
        d = parsedate_to_datetime(str(msg['Date']))
        if not (d.year == 2026 and d.month in (10, 11, 12)):
            problems.append('Date outside Oct-Dec 2026: %s' % msg['Date'])
    except Exception as e:
        problems.append('bad Date %r' % e)
    for rh in rec:
        if ';' not in str(rh):
            continue   # e.g. SendGrid's filterdrecv line carries an ISO timestamp without ';'
        try:
            dt = parsedate_to_datetime(' '.join(str(rh).rsplit(';', 1)[-1].split()).split(' (')[0])
            if not (dt.year == 2026 and dt.month in (10, 11, 12)):
                problems.append('Received date out of range: %s' % str(rh)[-40:])
        except Exception:
            problems.append('unparsable Received date: %r' % str(rh)[-60:])
    if b'\r\n' not in raw or re.search(rb'[^\r]\n', raw):
        problems.append('line endings not CRLF')
    for line in raw.split(b'\r\n'):
        if len(line) > 998:
            problems.append('line longer than 998 octets')
            break
    hdr_block = raw.split(b'\r\n\r\n', 1)[0]
    try:
        hdr_block.decode('ascii')
    except UnicodeDecodeError:
        problems.append('non-ASCII in header block')
    # --- parts
    texts = []
    qrs = []
    uris = []
    names = []
    structure = []
    leaves = []
    _walk(msg, leaves)
    for part, data in leaves:
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            names.append(fn)
        structure.append((ct, fn, len(data)))
        cs = part.get_content_charset()
        if part.get_content_maintype() == 'text':
            try:
                t = data.decode(cs or 'us-ascii')
            except (UnicodeDecodeError, LookupError) as e:
                problems.append('text part does not decode as %s: %s' % (cs, e))
                t = data.decode('utf-8', 'replace')
            texts.append(t)
            if ct == 'text/html' or (fn and fn.lower().endswith(('.htm', '.html', '.svg'))):
                uris += re.findall(r'href="([^"]+)"', t)
        elif ct == 'image/svg+xml' or (fn and fn.lower().endswith('.svg')):
            t = data.decode('utf-8')
            texts.append(t)
        if ct == 'application/pdf' or (fn and fn.lower().endswith('.pdf')):
            probs = pdf.check_structure(data)
            if probs:
                problems.append('PDF %s: %s' % (fn, probs))
            t, imgs, u = pdf.extract(data)
            texts.append(t)
            uris += u
            for w, h, rows in imgs:
                try:
                    qrs.append(qr.decode_matrix(qr.matrix_from_gray(rows, w, h)).decode('utf-8'))
                except (qr.QRDecodeError, IndexError, ValueError, ZeroDivisionError):
                    pass
        if ct.startswith('image/png') or (fn and fn.lower().endswith('.png')):
            w, h, rows = png.read(data)
            try:
                qrs.append(qr.decode_matrix(qr.matrix_from_gray(rows, w, h)).decode('utf-8'))
            except (qr.QRDecodeError, IndexError, ValueError, ZeroDivisionError):
                pass
        if fn and fn.lower().endswith(('.zip', '.xlsx', '.docx')):
            z = zipfile.ZipFile(io.BytesIO(data))
            encrypted = any(i.flag_bits & 1 for i in z.infolist())
            pwd = expect.get('zip_passwords', {}).get(fn)
            for info in z.infolist():
                names.append(info.filename)
                if info.flag_bits & 1 and not pwd:
                    continue
                content = z.read(info, pwd=pwd.encode() if pwd else None)
                if info.filename.endswith('.xml') or info.filename.endswith('.txt') or info.filename.endswith('.rels'):
                    texts.append(content.decode('utf-8'))
                if info.filename.lower().endswith('.pdf'):
                    t, imgs, u = pdf.extract(content)
                    texts.append(t)
                    uris += u
                if info.filename.lower().endswith(('.url', '.html', '.htm', '.lnk', '.js', '.txt')):
                    texts.append(content.decode('utf-8', 'replace'))
            if encrypted and not pwd:
                problems.append('encrypted zip %s without known password' % fn)
        if fn and fn.lower().endswith(('.iso', '.img')):
            files = containers.read_iso_joliet(data)
            if not files:
                problems.append('ISO without Joliet files')
            for n, c in files.items():
                names.append(n)
                texts.append(c.decode('utf-8', 'replace'))
        if ct == 'text/calendar' or (fn and fn.lower().endswith('.ics')):
            t = data.decode(part.get_content_charset() or 'utf-8')
            if 'BEGIN:VCALENDAR' not in t or 'END:VCALENDAR' not in t:
                problems.append('bad calendar')
    # nested rfc822 messages (forwards) – headers text
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            inner = part.get_payload()[0]
            texts.append(str(inner.get('Subject', '')))
            texts.append(str(inner.get('From', '')))
            for ip, idata in _walk(inner, []):
                if ip.get_content_maintype() == 'text':
                    texts.append(idata.decode(ip.get_content_charset() or 'us-ascii'))
    alltext = '\n'.join(texts + qrs + uris + names)
    flat = ' '.join(alltext.split())
    # --- IBANs in the content must be valid
    for cand in IBAN_RE.findall(alltext):
        c = cand.replace(' ', '')
        if c[:2] in ids.IBAN_LEN and len(c) == ids.IBAN_LEN[c[:2]] and c[2:4].isdigit():
            if not ids.iban_valid(c):
                problems.append('invalid IBAN in content: %s' % cand)
    # --- expected facts
    for kind in ('ibans', 'urls', 'phones', 'wallets'):
        for v in expect['facts'].get(kind, []):
            vv = v if kind != 'ibans' else v
            if kind == 'ibans':
                if not ids.iban_valid(v):
                    problems.append('listed IBAN invalid: %s' % v)
                if v not in alltext.replace(' ', '') and ids.fmt_iban(v) not in flat:
                    problems.append('listed IBAN not in message: %s' % v)
            elif kind == 'wallets':
                if v.startswith('bc1') and not ids.bech32_valid(v):
                    problems.append('wallet checksum invalid: %s' % v)
                if v not in alltext:
                    problems.append('wallet not in message: %s' % v)
            else:
                if v not in alltext and v not in flat and v.replace('&', '&amp;') not in alltext:
                    problems.append('%s not in message: %s' % (kind, v))
    for payload in expect.get('qr', []):
        if payload not in qrs:
            problems.append('QR payload not decoded: %r (found %r)' % (payload[:60], [q[:60] for q in qrs]))
    # --- every URL and IBAN that occurs in the decoded content (for the manifest)
    import html as _html
    found = []
    for src in texts + qrs + uris:
        for u in URL_RE.findall(_html.unescape(src)):
            u = u.rstrip('.,;:>')
            if u not in found:
                found.append(u)
    ibans = []
    for cand in IBAN_RE.findall(alltext):
        c = cand.replace(' ', '')
        if c[:2] in ids.IBAN_LEN and len(c) == ids.IBAN_LEN[c[:2]] and ids.iban_valid(c) and c not in ibans:
            ibans.append(c)
    return dict(problems=problems, qrs=qrs, structure=structure, msg=msg, urls=found, ibans=ibans)


def body_charset_cte(msg):
    cs, ctes = [], []
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            break
        if part.is_multipart():
            continue
        if part.get_content_maintype() == 'text' and not part.get_filename() and part.get_content_type() in ('text/plain', 'text/html'):
            c = part.get_content_charset() or 'us-ascii'
            e = (part.get('Content-Transfer-Encoding') or '7bit').lower()
            if c not in cs:
                cs.append(c)
            if e not in ctes:
                ctes.append(e)
    return ' / '.join(cs) or '-', ' / '.join(ctes) or '-'


def structure_str(msg):
    def rec(p):
        ct = p.get_content_type()
        if p.is_multipart():
            kids = p.get_payload()
            if ct == 'message/rfc822':
                return 'message/rfc822(%s)' % rec(kids[0])
            return '%s(%s)' % (ct.split('/')[1], ', '.join(rec(k) for k in kids))
        fn = p.get_filename()
        if fn:
            return '%s "%s"' % (ct, fn)
        return ct
    return rec(msg)
