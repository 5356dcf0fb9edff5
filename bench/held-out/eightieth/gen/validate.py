"""Post-build checks: every message parses with the email package and every text part decodes."""
import email
import email.policy
import io
import os
import re
import zipfile

import ids

IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')


def _check_parts(msg, fname, errs):
    seen_text = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True)
        if payload is None:
            errs.append('%s: part %s has no payload' % (fname, ctype))
            continue
        if part.get_content_maintype() == 'text' and not part.get_filename():
            seen_text += 1
            cs = part.get_content_charset()
            if not cs:
                errs.append('%s: text part without charset' % fname)
                continue
            try:
                payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append('%s: text part does not decode as %s: %s' % (fname, cs, e))
            try:
                part.get_content()
            except Exception as e:  # noqa
                errs.append('%s: get_content failed: %s' % (fname, e))
        fn = part.get_filename()
        if fn and (fn.endswith('.zip') or ctype == 'application/zip'):
            zf = zipfile.ZipFile(io.BytesIO(payload))
            for zi in zf.infolist():
                if not (zi.flag_bits & 1):
                    zf.read(zi)
        if fn and fn.endswith('.xlsx'):
            zipfile.ZipFile(io.BytesIO(payload)).testzip()
        if ctype == 'application/pdf' and not payload.startswith(b'%PDF-'):
            errs.append('%s: bad pdf %s' % (fname, fn))
        if ctype == 'image/png' and not payload.startswith(b'\x89PNG'):
            errs.append('%s: bad png %s' % (fname, fn))
    if not seen_text:
        errs.append('%s: no text part' % fname)


def run(out, sets):
    errs = []
    for kind in ('attack', 'business'):
        d = os.path.join(out, kind)
        for m in sets[kind]:
            path = os.path.join(d, m.fname)
            raw = open(path, 'rb').read()
            for ln in raw.split(b'\n\n', 1)[0].split(b'\n'):
                if len(ln) > 998:
                    errs.append('%s: header line > 998' % m.fname)
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if msg.defects:
                errs.append('%s: defects %s' % (m.fname, msg.defects))
            rec = msg.get_all('Received')
            if not rec or 'by mx01.example.com (Postfix)' not in str(rec[0]):
                errs.append('%s: top Received is not mx01' % m.fname)
            if not msg.get('Return-Path'):
                errs.append('%s: no Return-Path' % m.fname)
            for hname in ('Authentication-Results', 'DKIM-Signature', 'ARC-Seal', 'X-Spam-Status', 'X-Spam-Flag'):
                if msg.get(hname):
                    errs.append('%s: forbidden header %s' % (m.fname, hname))
            for hname in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
                if msg.get(hname) is None:
                    errs.append('%s: missing %s' % (m.fname, hname))
                else:
                    try:
                        str(msg.get(hname))
                    except Exception as e:  # noqa
                        errs.append('%s: header %s undecodable: %s' % (m.fname, hname, e))
            d8 = msg.get('Date').datetime
            if not (d8.year == 2026 and d8.month in (10, 11, 12)) and not (d8.year == 2026 and d8.month == 9):
                errs.append('%s: date out of range %s' % (m.fname, d8))
            if str(msg['Subject']) != m.subject:
                errs.append('%s: subject round-trip mismatch %r' % (m.fname, str(msg['Subject'])))
            exp = [m.frm] + list(m.to) + list(m.cc) + ([m.reply_to] if m.reply_to else [])
            got = []
            for hname in ('From', 'To', 'Cc', 'Reply-To'):
                if msg.get(hname) is not None:
                    got += [(a.display_name, a.addr_spec) for a in msg[hname].addresses]
            for (n, a) in exp:
                if (n or '', a) not in got:
                    errs.append('%s: address round-trip mismatch for %r <%s>: %r' % (m.fname, n, a, got))
            _check_parts(msg, m.fname, errs)
            for part in msg.walk():
                if part.get_content_maintype() == 'text' and not part.is_multipart():
                    txt = part.get_content()
                    for a in re.findall(r'\bbc1[02-9ac-hj-np-z]{25,87}\b', txt):
                        if not ids.bech32_verify(a):
                            errs.append('%s: invalid bech32 %s' % (m.fname, a))
                    for a in re.findall(r'\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b', txt):
                        if not ids.base58check_verify(a):
                            errs.append('%s: invalid base58check %s' % (m.fname, a))
            # IBANs in decoded text
            for part in msg.walk():
                if part.get_content_maintype() == 'text' and not part.is_multipart():
                    txt = part.get_content()
                    for cand in IBAN_RE.findall(txt):
                        c = cand.replace(' ', '')
                        if c[:2] in ('DE', 'IT', 'PL', 'ES', 'GR', 'GB', 'LT', 'BE', 'FR', 'PT', 'NL', 'IE', 'BG', 'CY') \
                                and len(c) >= 18 and not ids.iban_valid(c):
                            errs.append('%s: invalid IBAN %s' % (m.fname, cand))
    return errs
