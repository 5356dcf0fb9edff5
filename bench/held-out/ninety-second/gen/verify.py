"""Parse every generated message with the email package and decode every
text part; check QR codes, ZIPs, IBANs and bitcoin addresses found."""
import email
import email.policy
import io
import os
import re
import zipfile

import checks
import coin


def check_file(path):
    raw = open(path, 'rb').read()
    problems = []
    for pol in (email.policy.compat32, email.policy.default):
        msg = email.message_from_bytes(raw, policy=pol)
        if msg.defects:
            problems.append('defects(%s): %r' % (pol.__class__.__name__, msg.defects))
        for part in msg.walk():
            if part.defects:
                problems.append('part defects: %r' % part.defects)
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            payload = part.get_payload(decode=True)
            if ctype.startswith('text/'):
                cs = part.get_content_charset() or 'us-ascii'
                try:
                    payload.decode(cs)
                except Exception as e:
                    problems.append('cannot decode %s as %s: %s' % (ctype, cs, e))
                if pol is email.policy.default:
                    part.get_content()
            if ctype in ('application/zip', 'application/x-zip-compressed'):
                zipfile.ZipFile(io.BytesIO(payload)).infolist()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[h] is None:
            problems.append('missing ' + h)
        else:
            str(msg[h])
    rec = msg.get_all('Received')
    if not rec or 'by mx01.example.com (Postfix)' not in rec[0]:
        problems.append('top Received is not mx01')
    if msg['Return-Path'] is None:
        problems.append('no Return-Path')
    for bad in ('Authentication-Results', 'DKIM-Signature', 'ARC-Seal', 'X-Spam-Status'):
        if msg[bad] is not None:
            problems.append('forbidden header ' + bad)
    for k in msg.keys():
        kl = k.lower()
        if 'spam' in kl or kl.startswith('x-ms-exchange-organization-scl') or kl == 'x-forefront-antispam-report':
            problems.append('verdict-like header ' + k)
    dates_ok = True
    try:
        d = msg['Date'].datetime
        if not (d.year == 2026 and 10 <= d.month <= 12):
            problems.append('Date outside Oct-Dec 2026: %s' % msg['Date'])
    except Exception as e:
        problems.append('bad Date: %s' % e)
    for line in raw.split(b'\n'):
        if len(line) > 998:
            problems.append('line > 998')
            break
    return problems, msg


IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')


def all_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            out.append(part.get_content())
    return '\n'.join(out)


def qr_check(root, folder, fn, msg):
    """Decode QR codes with zbarimg (and pdftoppm for PDFs) when available."""
    import shutil
    import subprocess
    if not shutil.which('zbarimg'):
        return None
    found = []
    tmp = os.path.join(root, '.qrcheck')
    os.makedirs(tmp, exist_ok=True)
    for i, part in enumerate(msg.walk()):
        ct = part.get_content_type()
        data = part.get_payload(decode=True) if not part.is_multipart() else None
        if not data:
            continue
        imgs = []
        if ct == 'image/png':
            p = os.path.join(tmp, 'p%d.png' % i)
            open(p, 'wb').write(data)
            imgs.append(p)
        elif ct == 'application/pdf' and b'/Subtype /Image' in data and shutil.which('pdftoppm'):
            p = os.path.join(tmp, 'd%d.pdf' % i)
            open(p, 'wb').write(data)
            subprocess.run(['pdftoppm', '-r', '110', '-png', p, os.path.join(tmp, 'd%d' % i)], check=True)
            imgs += sorted(os.path.join(tmp, f) for f in os.listdir(tmp) if f.startswith('d%d-' % i))
        for p in imgs:
            r = subprocess.run(['zbarimg', '-q', '--raw', p], capture_output=True, text=True)
            if r.stdout.strip():
                found.append(r.stdout.strip())
    shutil.rmtree(tmp)
    return found


def run(root):
    total = 0
    bad = 0
    for folder in ('attack', 'business'):
        for fn in sorted(os.listdir(os.path.join(root, folder))):
            total += 1
            probs, msg = check_file(os.path.join(root, folder, fn))
            txt = all_text(msg)
            for m in IBAN_RE.finditer(txt):
                cand = m.group(1)
                compact = cand.replace(' ', '')
                if len(compact) >= 15 and compact[:2] in ('DE', 'IT', 'PL', 'ES', 'GR', 'GB', 'LT', 'SK', 'IE', 'BG'):
                    if not checks.iban_ok(compact):
                        probs.append('bad IBAN ' + cand)
            for m in re.finditer(r'\bbc1q[02-9ac-hj-np-z]{38,58}\b', txt):
                if not coin.bech32_ok(m.group(0)):
                    probs.append('bad bech32 ' + m.group(0))
            qrs = qr_check(root, folder, fn, msg)
            if qrs:
                print('QR', folder, fn, '->', ' | '.join(qrs))
            if probs:
                bad += 1
                print('PROBLEM', folder, fn, probs)
    print('checked %d messages, %d with problems' % (total, bad))
    return bad == 0
