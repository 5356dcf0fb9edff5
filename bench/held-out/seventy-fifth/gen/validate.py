"""Post-build checks: every .eml parses with the stdlib email package without
defects, every text part decodes, attachments are well-formed, identifiers
carry valid check digits, QR codes decode."""
import datetime
import email
import io
import os
import re
import xml.etree.ElementTree as ET
import zipfile
from email import policy
from email.utils import parsedate_to_datetime

import files
import ids
import qr

FORBIDDEN = re.compile(r'^(authentication-results|dkim-signature|arc-[a-z-]+|x-spam[a-z-]*|received-spf|x-google-dkim-signature)$', re.I)
BTC = re.compile(r'\b(bc1[02-9ac-hj-np-z]{20,80})\b')
B58 = re.compile(r'\b([13][1-9A-HJ-NP-Za-km-z]{25,34})\b')


def find_ibans(text):
    out = []
    for m in re.finditer(r'\b([A-Z]{2})(\d{2})\b|\b([A-Z]{2})(\d{2})(?=[A-Z0-9 ]*)', text):
        cc = m.group(1) or m.group(3)
        if cc not in ids.IBAN_LEN:
            continue
        start = m.start()
        if start > 0 and text[start - 1].isalnum():
            continue
        need = ids.IBAN_LEN[cc]
        s = ''
        i = start
        while i < len(text) and len(s) < need and (text[i].isalnum() or (text[i] == ' ' and s and i + 1 < len(text) and text[i + 1].isalnum())):
            if text[i] != ' ':
                s += text[i]
            i += 1
        if len(s) != need or not s[2:4].isdigit():
            continue
        if i < len(text) and text[i].isalnum():
            continue
        # only consider things formatted like an IBAN (groups of 4 or compact)
        raw = text[start:i]
        if ' ' in raw and not re.fullmatch(r'[A-Z]{2}\d{2}( [A-Z0-9]{4})*( [A-Z0-9]{1,4})?', raw):
            continue
        if not any(c.isdigit() for c in s[4:]):
            continue
        out.append(s)
    return out


def check_ru(text, where, problems):
    biks = set(re.findall(r'БИК\s*:?\s*(\d{9})', text))
    for inn in re.findall(r'ИНН\s*:?\s*(\d{10})\b', text):
        if not ids.ru_inn_ok(inn):
            problems.append('%s: bad INN %s' % (where, inn))
    for acc in re.findall(r'(?<!\d)(\d{20})(?!\d)', text):
        if acc.startswith('30101'):
            if not any(ids.ru_key_ok(b, acc, corr=True) for b in biks):
                problems.append('%s: corr. account %s fails BIK key %s' % (where, acc, biks))
        elif acc.startswith(('407', '408', '405', '406')):
            if not any(ids.ru_key_ok(b, acc) for b in biks):
                problems.append('%s: account %s fails BIK key %s' % (where, acc, biks))


def run(root, sets):
    problems = []
    lo = datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc)
    hi = datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc)
    for folder, msgs in sets.items():
        for m in msgs:
            path = os.path.join(root, folder, m.fname)
            where = '%s/%s' % (folder, m.fname)
            with open(path, 'rb') as f:
                data = f.read()
            msg = email.message_from_bytes(data, policy=policy.default)
            if msg.defects:
                problems.append('%s: message defects %r' % (where, msg.defects))
            names = [k for k in msg.keys()]
            if names[0].lower() != 'return-path':
                problems.append('%s: first header is not Return-Path' % where)
            for k in names:
                if FORBIDDEN.match(k):
                    problems.append('%s: forbidden header %s' % (where, k))
            recs = msg.get_all('Received')
            top = str(recs[0])
            if 'by mx01.example.com (Postfix)' not in top or 'for <%s>' % m.rcpt not in top:
                problems.append('%s: top Received is not mx01 with for <rcpt>' % where)
            if not re.match(r'from \S+ \(\S+ \[[0-9a-fA-F:.]+\]\)', top):
                problems.append('%s: top Received lacks "from HELO (rDNS [IP])"' % where)
            if m.infra.helo == 'mail-int01.example.com' and ('10.20.0.25' not in top or len(recs) < 2 or 'Microsoft SMTP Server' not in str(recs[1])):
                problems.append('%s: internal message without relay/Exchange hop' % where)
            for k, v in msg.items():
                try:
                    s = str(v)
                except Exception as e:  # noqa
                    problems.append('%s: header %s does not decode: %s' % (where, k, e))
                    continue
                if '=?' in s and k.lower() in ('subject', 'from', 'to', 'cc', 'reply-to', 'thread-topic'):
                    problems.append('%s: undecoded encoded-word in %s' % (where, k))
            try:
                d = parsedate_to_datetime(str(msg['Date']))
                if not (lo <= d < hi):
                    problems.append('%s: Date out of range %s' % (where, d))
            except Exception as e:  # noqa
                problems.append('%s: bad Date %s' % (where, e))
            if not msg['Message-ID']:
                problems.append('%s: no Message-ID' % where)
            alltext = [str(msg['Subject'])]
            ntext = 0
            for part in msg.walk():
                if part.defects:
                    problems.append('%s: part defects %r (%s)' % (where, part.defects, part.get_content_type()))
                if part.is_multipart():
                    continue
                ct = part.get_content_type()
                payload = part.get_payload(decode=True)
                if part.get_content_maintype() == 'text':
                    cs = part.get_content_charset()
                    try:
                        txt = payload.decode(cs)
                    except Exception as e:  # noqa
                        problems.append('%s: text part %s does not decode with %s: %s' % (where, ct, cs, e))
                        continue
                    c2 = part.get_content()
                    if '\ufffd' in c2:
                        problems.append('%s: replacement char in %s' % (where, ct))
                    alltext.append(txt)
                    ntext += 1
                elif ct == 'application/pdf':
                    try:
                        t = files.pdf_check(payload)
                        alltext.append(t.decode('latin-1'))
                    except Exception as e:  # noqa
                        problems.append('%s: bad PDF %s: %r' % (where, part.get_filename(), e))
                elif ct in ('application/zip', 'application/x-zip-compressed'):
                    try:
                        z = zipfile.ZipFile(io.BytesIO(payload))
                        pw = files.ZIP_PASSWORDS.get(part.get_filename())
                        if any(i.flag_bits & 1 for i in z.infolist()):
                            if not pw:
                                problems.append('%s: encrypted zip without known password' % where)
                            else:
                                z.setpassword(pw.encode())
                        if z.testzip() is not None:
                            problems.append('%s: zip CRC error' % where)
                        for i in z.infolist():
                            c = z.read(i)
                            if i.filename.lower().endswith('.xml'):
                                ET.fromstring(c)
                    except Exception as e:  # noqa
                        problems.append('%s: bad ZIP %r' % (where, e))
                elif ct == 'image/png':
                    try:
                        if payload in qr.REGISTRY:
                            got = qr.read_qr(payload, scale=qr.REGISTRY[payload][1])
                            if got != qr.REGISTRY[payload][0]:
                                problems.append('%s: QR decodes to %r' % (where, got))
                            alltext.append(got)
                        else:
                            assert payload[:8] == b'\x89PNG\r\n\x1a\n'
                    except Exception as e:  # noqa
                        problems.append('%s: bad PNG/QR %r' % (where, e))
                elif ct == 'image/svg+xml':
                    try:
                        ET.fromstring(payload)
                    except Exception as e:  # noqa
                        problems.append('%s: bad SVG %r' % (where, e))
                else:
                    pass
            if ntext == 0:
                problems.append('%s: no text part' % where)
            blob = '\n'.join(alltext)
            for ib in find_ibans(blob):
                if not ids.iban_ok(ib):
                    problems.append('%s: invalid IBAN %s' % (where, ib))
            for a in BTC.findall(blob):
                if not ids.bech32_ok(a):
                    problems.append('%s: invalid bech32 %s' % (where, a))
            check_ru(blob, where, problems)
            m.ibans = sorted(set(find_ibans(blob)))
    return problems
