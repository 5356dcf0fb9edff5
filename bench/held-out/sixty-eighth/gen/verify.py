"""Post-build checks: every message parses with the email package without
defects, every text part decodes, headers are sane, attachments open,
QR codes decode, IBANs/accounts/addresses carry valid check digits."""
import email
import email.policy
import io
import re
import subprocess
import shutil
import zipfile

import ident as I
import qrcheck

IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
ZBAR = shutil.which('zbarimg')


def ibans_in(text):
    out = []
    for m in IBAN_RE.finditer(text):
        cand = m.group(1).replace(' ', '')
        cc = cand[:2]
        if cc in I.IBAN_LEN:
            n = I.IBAN_LEN[cc]
            if len(cand) >= n:
                out.append(cand[:n])
    return out


def check_message(path, data, meta, staff_addrs):
    errs = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for ln in data.split(b'\r\n'):
        if len(ln) > 998:
            errs.append('line > 998 octets')
            break
    if b'\n' in data.replace(b'\r\n', b''):
        errs.append('bare LF')
    hdr_end = data.index(b'\r\n\r\n')
    try:
        data[:hdr_end].decode('ascii')
    except UnicodeDecodeError:
        errs.append('non-ASCII header bytes')
    if msg.defects:
        errs.append('message defects: %r' % msg.defects)
    rec = msg.get_all('Received')
    if not rec or 'by mx01.example.com (Postfix)' not in rec[0]:
        errs.append('top Received is not mx01')
    elif 'for <%s>' % meta['rcpt'] not in rec[0]:
        errs.append('mx01 Received lacks for <rcpt>')
    if not re.match(r'from \S+ \(\S+ \[[0-9a-fA-F:.]+\]\)', rec[0]):
        errs.append('mx01 Received lacks "from HELO (rDNS [IP])"')
    if meta['rcpt'] not in staff_addrs:
        errs.append('recipient not in staff list')
    for h in ('Return-Path', 'From', 'Date', 'Message-ID', 'Subject', 'MIME-Version'):
        if msg[h] is None:
            errs.append('missing ' + h)
    for bad in ('Authentication-Results', 'DKIM-Signature', 'ARC-Seal', 'ARC-Message-Signature',
                'ARC-Authentication-Results', 'X-Spam-Status', 'X-Spam-Flag', 'X-Spam-Score',
                'Received-SPF'):
        if msg[bad] is not None:
            errs.append('forbidden header ' + bad)
    for k in msg.keys():
        if k.lower().startswith('x-spam'):
            errs.append('forbidden header ' + k)
    # subject decodes to what we meant
    try:
        if str(msg['Subject']) != meta['subject']:
            errs.append('subject mismatch: %r' % str(msg['Subject']))
        str(msg['From'])
        str(msg['To'])
    except Exception as e:
        errs.append('header decode: %s' % e)
    d = msg['Date'].datetime
    if not (d.year == 2026 and d.month in (10, 11, 12)):
        errs.append('date outside Oct-Dec 2026')
    alltext = ''
    n_text = 0
    for part in msg.walk():
        if part.defects:
            errs.append('part defects %s: %r' % (part.get_content_type(), part.defects))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct.startswith('text/') and not fn:
            try:
                txt = part.get_content()
            except Exception as e:
                errs.append('text part does not decode: %s' % e)
                continue
            cs = part.get_content_charset()
            raw = part.get_payload(decode=True)
            try:
                raw.decode(cs, 'strict')
            except Exception as e:
                errs.append('strict decode %s failed: %s' % (cs, e))
            n_text += 1
            alltext += txt + '\n'
        else:
            payload = part.get_payload(decode=True)
            if not payload:
                errs.append('empty attachment %s' % fn)
                continue
            if fn is None:
                errs.append('attachment without filename (%s)' % ct)
            if ct == 'application/pdf':
                if not payload.startswith(b'%PDF-') or b'%%EOF' not in payload[-10:]:
                    errs.append('bad pdf')
                import archive
                alltext += archive.pdf_text(payload)
                if b'/JavaScript' in payload or b'/JS ' in payload or b'/Launch' in payload:
                    errs.append('pdf active content')
            elif ct in ('application/zip', 'application/x-zip-compressed'):
                zf = zipfile.ZipFile(io.BytesIO(payload))
                pw = meta['checks'].get('zip_pw')
                for zi in zf.infolist():
                    if zi.flag_bits & 1:
                        if not pw:
                            errs.append('encrypted zip without known password')
                            continue
                        if pw not in alltext:
                            errs.append('zip password not stated in the text')
                        c = zf.read(zi, pwd=pw.encode())
                    else:
                        c = zf.read(zi)
                    if c.startswith(b'MZ') or c.count(b'\n') > 1:
                        errs.append('zip member not a one-line placeholder')
            elif ct == 'image/png':
                qs = meta['checks'].get('qr')
                if qs:
                    try:
                        txt, ver, ecl, mask = qrcheck.decode(payload)
                    except Exception as e:
                        errs.append('QR decode failed: %s' % e)
                        continue
                    if txt not in qs:
                        errs.append('QR content unexpected: %s' % txt)
                    if ZBAR:
                        p = subprocess.run([ZBAR, '-q', '--raw', '-'], input=payload,
                                           capture_output=True)
                        if p.stdout.decode().strip() != txt:
                            errs.append('zbarimg disagrees: %r' % p.stdout[:80])
                    meta.setdefault('qr_found', []).append(txt)
            elif ct in ('image/svg+xml', 'text/html') or ct.startswith('text/'):
                s = payload.decode('utf-8')
                if re.search(r'<script|javascript:|onload=|onclick=|onerror=', s, re.I):
                    errs.append('active content in %s' % fn)
                alltext += s
            elif ct in ('application/xml', 'text/xml'):
                alltext += payload.decode('utf-8')
    if n_text == 0:
        errs.append('no text part')
    for ib in ibans_in(alltext):
        if not I.iban_ok(ib):
            errs.append('invalid IBAN %s' % ib)
        f = I.NATIONAL.get(ib[:2])
        if f and not f(ib):
            errs.append('invalid national check digits %s' % ib)
    for ib in meta['checks'].get('iban', []):
        if not I.iban_ok(ib):
            errs.append('invalid listed IBAN %s' % ib)
        if ib.replace(' ', '') not in alltext.replace(' ', ''):
            errs.append('listed IBAN not found in message %s' % ib)
    for bik, acct in meta['checks'].get('ru', []):
        if not I.ru_account_ok(bik, acct):
            errs.append('bad RU account key %s' % acct)
        if acct not in alltext:
            errs.append('RU account not in message')
    for bik, corr in meta['checks'].get('ru_corr', []):
        if not I.ru_corr_ok(bik, corr):
            errs.append('bad RU corr key %s' % corr)
    for a in meta['checks'].get('btc', []):
        if not (I.bech32_ok(a) if a.startswith('bc1') else I.base58check_ok(a)):
            errs.append('bad BTC checksum')
        if a not in alltext:
            errs.append('BTC address not in message')
    for r in meta['checks'].get('rf', []):
        if not I.rf_ok(r):
            errs.append('bad RF reference')
    if meta['checks'].get('qr') and not meta.get('qr_found'):
        errs.append('expected QR not found')
    return errs, msg
