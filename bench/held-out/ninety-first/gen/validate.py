"""Parse every message with the stdlib email package; decode every text part;
open ZIP/PNG/PDF attachments; check trace-header rules and identifier checksums."""
import email
import email.policy
import io
import os
import re
import zipfile

import ids


def _fail(msgs, fn, why):
    msgs.append('%s: %s' % (fn, why))


IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')


def check_all(root, sets):
    errors = []
    for folder, mails in sets.items():
        for m in mails:
            path = os.path.join(root, folder, m.filename)
            raw = open(path, 'rb').read()
            fn = '%s/%s' % (folder, m.filename)
            for line in raw.split(b'\r\n'):
                if len(line) > 998:
                    _fail(errors, fn, 'line > 998 octets')
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if msg.defects:
                _fail(errors, fn, 'message defects %r' % msg.defects)
            rec = msg.get_all('Received') or []
            if not rec or 'by mx01.example.com (Postfix)' not in str(rec[0]):
                _fail(errors, fn, 'top Received is not mx01')
            if not str(rec[0]).strip().startswith('from '):
                _fail(errors, fn, 'mx01 Received lacks from-clause')
            if ('for <%s>' % m.rcpt) not in str(rec[0]).replace('\n', ' ').replace('\t', ''):
                _fail(errors, fn, 'mx01 Received lacks for <rcpt>')
            if not msg['Return-Path']:
                _fail(errors, fn, 'no Return-Path')
            for k in msg.keys():
                kl = k.lower()
                if kl in ('authentication-results', 'dkim-signature', 'received-spf') or \
                        kl.startswith('arc-') or kl.startswith('x-spam'):
                    _fail(errors, fn, 'forbidden header %s' % k)
            for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
                try:
                    v = msg[h]
                except Exception as e:  # noqa
                    _fail(errors, fn, 'header %s unparsable: %s' % (h, e))
                    continue
                if v is None:
                    _fail(errors, fn, 'missing %s' % h)
                elif '  ' in str(v):
                    _fail(errors, fn, 'header %s decodes with a doubled space' % h)
            try:
                d = msg['Date'].datetime
                if not (d.year == 2026 and d.month in (10, 11, 12)):
                    _fail(errors, fn, 'date out of range %s' % d)
            except Exception as e:
                _fail(errors, fn, 'bad Date %s' % e)
            alltext = ''
            for part in msg.walk():
                if part.defects:
                    _fail(errors, fn, 'part defects %r' % part.defects)
                ct = part.get_content_type()
                if part.is_multipart():
                    continue
                fname = part.get_filename()
                if part.get_content_maintype() == 'text' and not (fname and ct not in ('text/plain', 'text/html')):
                    try:
                        txt = part.get_content()
                    except Exception as e:
                        _fail(errors, fn, 'text part does not decode: %s' % e)
                        continue
                    cs = part.get_content_charset()
                    payload = part.get_payload(decode=True)
                    try:
                        payload.decode(cs, 'strict')
                    except Exception as e:
                        _fail(errors, fn, 'strict decode %s failed: %s' % (cs, e))
                    alltext += txt
                    continue
                data = part.get_payload(decode=True)
                if ct == 'application/zip' or (fname or '').lower().endswith('.zip'):
                    try:
                        zf = zipfile.ZipFile(io.BytesIO(data))
                        for info in zf.infolist():
                            pwd = None
                            if info.flag_bits & 1:
                                pwd = getattr(m, 'zip_password', None)
                                if not pwd:
                                    _fail(errors, fn, 'encrypted zip without known password')
                                    continue
                                pwd = pwd.encode()
                            content = zf.read(info, pwd=pwd)
                            if info.filename.lower().endswith('.pdf'):
                                if not content.startswith(b'%PDF'):
                                    _fail(errors, fn, 'zip pdf not a pdf')
                    except Exception as e:
                        _fail(errors, fn, 'zip error: %s' % e)
                elif ct == 'image/png':
                    if not data.startswith(b'\x89PNG\r\n\x1a\n'):
                        _fail(errors, fn, 'bad png')
                elif ct == 'application/pdf':
                    if not data.startswith(b'%PDF-') or b'%%EOF' not in data[-32:]:
                        _fail(errors, fn, 'bad pdf')
                    if b'/JavaScript' in data or b'/OpenAction' in data or b'/Launch' in data:
                        _fail(errors, fn, 'active pdf content')
                elif ct in ('text/html', 'image/svg+xml'):
                    t = data.decode('utf-8', 'replace').lower()
                    if '<script' in t or 'onload=' in t or 'onclick=' in t or 'javascript:' in t:
                        _fail(errors, fn, 'active content in %s' % ct)
            # identifiers in text: IBAN checksums
            for mt in IBAN_RE.finditer(alltext):
                cand = mt.group(1).replace(' ', '')
                if cand[:2] in ('DE', 'IT', 'PL', 'ES', 'GR', 'GB', 'LT', 'SK', 'BE', 'NL') and len(cand) >= 18:
                    if not ids.iban_valid(cand):
                        _fail(errors, fn, 'invalid IBAN %s' % cand)
            for mt in re.finditer(r'\bbc1[02-9ac-hj-np-z]{20,80}\b', alltext):
                if not ids.bech32_valid(mt.group(0)):
                    _fail(errors, fn, 'invalid bech32 %s' % mt.group(0))
    for e in errors:
        print('ERROR', e)
    return not errors
