"""Checks every generated message: parses with the email package, decodes every
text part strictly, validates structure and embedded identifiers."""
import email
import email.utils
import re
from email import policy

import banking
import pdf as pdfmod
import qr as qrmod
import zipc

FORBIDDEN = ('authentication-results', 'dkim-signature', 'arc-seal', 'arc-message-signature',
             'arc-authentication-results', 'x-google-dkim-signature')
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b')
BTC_RE = re.compile(r'\b(bc1[02-9ac-hj-np-z]{20,80})\b')
RS_RE = re.compile(r'\b(40[5-8]\d{17})\b')
BIK_RE = re.compile(r'\b(04\d{7})\b')


def body_parts(m):
    """Inline text parts (not attachments) of a message."""
    out = []
    for p in m.walk():
        if p.is_multipart():
            continue
        if p.get_content_maintype() == 'text' and p.get_content_disposition() != 'attachment' \
                and p.get_content_subtype() in ('plain', 'html'):
            out.append(p)
    return out


def check(name, data, spec):
    errs = []
    m = email.message_from_bytes(data, policy=policy.default)
    if m.defects:
        errs.append('message defects %r' % m.defects)
    keys = [k.lower() for k in m.keys()]
    for f in FORBIDDEN:
        if f in keys:
            errs.append('forbidden header ' + f)
    if any(k.startswith('x-spam') or k.startswith('arc-') for k in keys):
        errs.append('forbidden x-spam/arc header')
    if keys[0] != 'return-path':
        errs.append('first header is not Return-Path')
    recs = m.get_all('Received') or []
    if not recs or 'by mx01.example.com (Postfix)' not in recs[0] or 'for <' not in recs[0]:
        errs.append('top Received is not mx01')
    else:
        mm = re.match(r'from (\S+) \((\S+) \[([0-9a-fA-F:.]+)\]\)', recs[0])
        if not mm:
            errs.append('mx01 Received lacks "from HELO (rDNS [IP])"')
    for k, v in m.items():
        try:
            str(v)
            if getattr(v, 'defects', None):
                errs.append('header %s defects %r' % (k, v.defects))
        except Exception as e:  # noqa
            errs.append('header %s: %s' % (k, e))
    from util import fit
    want = ' '.join(fit(spec['frm'][0], spec.get('hcs', 'utf-8')).split())
    got = m['From'].addresses[0].display_name if m['From'].addresses else ''
    if ' '.join(got.split()) != want:
        errs.append('From display name decodes to %r, expected %r' % (got, want))
    want_s = ' '.join(fit(spec['subject'], spec.get('hcs', 'utf-8')).split())
    if ' '.join(str(m['Subject']).split()) != want_s:
        errs.append('Subject decodes to %r' % str(m['Subject']))
    d = email.utils.parsedate_to_datetime(str(m['Date']))
    if not (d.year == 2026 and 10 <= d.month <= 12):
        errs.append('date out of range %s' % d)
    texts = []
    for p in m.walk():
        if p.is_multipart():
            continue
        if p.defects:
            errs.append('part %s defects %r' % (p.get_content_type(), p.defects))
        raw = p.get_payload(decode=True)
        ct = p.get_content_type()
        if p.get_content_maintype() == 'text' or ct in ('application/xml',):
            cs = p.get_content_charset()
            if not cs:
                errs.append('text part without charset')
                continue
            try:
                t = raw.decode(cs)
                texts.append(t)
                p.get_content()
            except Exception as e:  # noqa
                errs.append('decode %s %s: %s' % (ct, cs, e))
        elif ct == 'image/png':
            a = _att(spec, p.get_filename())
            if a and a.get('qr'):
                try:
                    out = qrmod.decode_png(raw, scale=a.get('scale', 6))[0].decode()
                    if out != a['qr']:
                        errs.append('QR mismatch')
                except Exception as e:  # noqa
                    errs.append('QR decode failed: %s' % e)
        elif ct == 'application/pdf':
            try:
                pdfmod.check_pdf(raw)
            except Exception as e:  # noqa
                errs.append('pdf: %s' % e)
        elif 'zip' in ct:
            a = _att(spec, p.get_filename())
            try:
                zipc.check_zip(raw, a.get('password') if a else None)
            except Exception as e:  # noqa
                errs.append('zip: %s' % e)
    alltext = '\n'.join(texts)
    for ib in IBAN_RE.findall(alltext):
        if not banking.iban_valid(ib):
            errs.append('invalid IBAN %s' % ib)
    for a in BTC_RE.findall(alltext):
        if not banking.bech32_valid(a):
            errs.append('invalid bech32 %s' % a)
    biks = BIK_RE.findall(alltext)
    for rs in RS_RE.findall(alltext):
        if not any(banking.ru_account_ok(rs, b) for b in biks):
            errs.append('RU account %s fails BIK key' % rs)
    return errs, m


def _att(spec, fname):
    for a in spec.get('attachments', []):
        if a.get('name') == fname:
            return a
    return None
