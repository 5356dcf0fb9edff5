"""Re-parse each generated message with the stdlib email package and check it."""
import email
import email.policy
import io
import os
import re
import zipfile
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone

from .checks import iban_valid
from .coins import bech32_verify

IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
IBAN_CC = {'DE', 'IT', 'PL', 'ES', 'GR', 'CY', 'LT', 'GB', 'FR', 'AT', 'NL'}

FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
             'arc-authentication-results', 'x-spam-status', 'x-spam-flag', 'x-spam-score', 'x-spam-level',
             'x-spam-checker-version', 'received-spf')


def check_message(path, m):
    errs = []
    raw = open(path, 'rb').read()
    name = os.path.basename(path)
    for ln, line in enumerate(raw.split(b'\n'), 1):
        if len(line) > 998:
            errs.append('%s: line %d longer than 998 octets' % (name, ln))
    head = raw.split(b'\n\n', 1)[0]
    if any(b > 127 for b in head):
        errs.append('%s: 8-bit data in top-level header' % name)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        errs.append('%s: defects %r' % (name, msg.defects))
    keys = [k.lower() for k in msg.keys()]
    for k in keys:
        if k in FORBIDDEN or k.startswith('x-spam'):
            errs.append('%s: forbidden header %s' % (name, k))
    if keys[0] != 'return-path':
        errs.append('%s: first header is not Return-Path' % name)
    rec = msg.get_all('Received') or []
    if not rec:
        errs.append('%s: no Received' % name)
    else:
        top = str(rec[0])
        if not re.match(r'from \S+ \((\S+|unknown) \[[0-9a-fA-F.:]+\]\)', top):
            errs.append('%s: top Received not in "from HELO (rDNS [IP])" form' % name)
        if 'by mx01.example.com (Postfix)' not in top or ('for <%s>' % m['rcpt']) not in top:
            errs.append('%s: top Received is not mx01 for <%s>' % (name, m['rcpt']))
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[h] is None:
            errs.append('%s: missing %s' % (name, h))
        else:
            str(msg[h])
    try:
        d = parsedate_to_datetime(str(msg['Date']))
        if not (datetime(2026, 10, 1, tzinfo=timezone.utc) <= d < datetime(2027, 1, 1, tzinfo=timezone.utc)):
            errs.append('%s: Date outside Oct-Dec 2026' % name)
    except Exception as e:  # noqa
        errs.append('%s: bad Date %s' % (name, e))
    info = {'charsets': [], 'ctes': [], 'attachments': [], 'structure': ''}

    def walk(p, depth=0):
        if p.defects:
            errs.append('%s: part defects %r' % (name, p.defects))
        ct = p.get_content_type()
        if p.is_multipart():
            s = ct.split('/')[1] + '('
            s += ', '.join(walk(sp, depth + 1) for sp in p.iter_parts()) if hasattr(p, 'iter_parts') else ''
            return s + ')'
        payload = p.get_payload(decode=True)
        fn = p.get_filename()
        cte = (p.get('Content-Transfer-Encoding') or '7bit').lower()
        if ct.startswith('text/') and not fn:
            cs = p.get_content_charset() or 'us-ascii'
            try:
                txt = payload.decode(cs, 'strict')
                p.get_content()
                for mo in IBAN_RE.finditer(txt):
                    cand = mo.group(1).replace(' ', '')
                    if cand[:2] in IBAN_CC and len(cand) >= 15 and not iban_valid(cand):
                        errs.append('%s: invalid IBAN %s' % (name, cand))
                for mo in re.finditer(r'\bbc1[0-9a-z]{20,}\b', txt):
                    if not bech32_verify(mo.group(0)):
                        errs.append('%s: invalid bech32 %s' % (name, mo.group(0)))
            except Exception as e:  # noqa
                errs.append('%s: text part (%s, %s) does not decode: %s' % (name, ct, cs, e))
            info['charsets'].append(cs)
            info['ctes'].append(cte)
            return ct.split('/')[1]
        # attachment / inline object
        label = fn or ct
        if ct == 'application/pdf' and not payload.startswith(b'%PDF-'):
            errs.append('%s: %s is not a PDF' % (name, label))
        if ct in ('application/zip', 'application/x-zip-compressed'):
            try:
                z = zipfile.ZipFile(io.BytesIO(payload))
                encrypted = any(zi.flag_bits & 1 for zi in z.infolist())
                if not encrypted and z.testzip() is not None:
                    errs.append('%s: zip %s corrupt' % (name, label))
                label += ' [ZipCrypto, password]' if encrypted else ''
                label += ' {' + ', '.join(z.namelist()) + '}'
            except Exception as e:  # noqa
                errs.append('%s: zip %s: %s' % (name, label, e))
        if ct == 'image/png' and not payload.startswith(b'\x89PNG'):
            errs.append('%s: %s is not a PNG' % (name, label))
        if ct.startswith('text/') and fn:
            try:
                payload.decode(p.get_content_charset() or 'utf-8')
            except Exception as e:  # noqa
                errs.append('%s: text attachment %s does not decode: %s' % (name, fn, e))
        disp = 'inline ' if (p.get('Content-Disposition') or '').startswith('inline') else ''
        info['attachments'].append('%s%s (%s)' % (disp, label, ct))
        return '%s%s' % (disp, ct)

    info['structure'] = walk(msg)
    m['from_addr'] = msg['From'].addresses[0].addr_spec.lower() if msg['From'] and msg['From'].addresses else ''
    m['info'] = info
    return errs


def check_all(out, built):
    errs = []
    for folder, items in built.items():
        for m in items:
            errs += check_message(os.path.join(out, folder, m['file']), m)
    return errs
