#!/usr/bin/env python3
"""Sanity checks for the generated set (stdlib only)."""
import os, re, sys, email, collections, zipfile, io
from email import policy
from email.utils import parsedate_to_datetime
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'gen'))
from build import iban_ok
IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b')
errs = 0
counts = collections.Counter()
for kind in ('attack', 'business'):
    for fn in sorted(os.listdir(os.path.join(ROOT, kind))):
        path = os.path.join(ROOT, kind, fn)
        raw = open(path, 'rb').read()
        m = email.message_from_bytes(raw, policy=policy.default)
        lang = fn.split('-')[1]; counts[(kind, lang)] += 1
        def bad(msg):
            global errs; errs += 1; print('ERR', kind, fn, msg)
        rec = m.get_all('Received')
        if not rec or 'by mx01.example.com' not in rec[0] or 'for <' not in rec[0]:
            bad('top Received')
        if 'Authentication-Results' in m or 'DKIM-Signature' in m:
            bad('auth header present')
        d = parsedate_to_datetime(m['Date'])
        if not (d.year == 2026 and d.month >= 9):
            bad('date')
        for h in ('From', 'To', 'Subject', 'Message-ID'):
            if not m[h]:
                bad('missing ' + h)
            else:
                str(m[h])
        texts = []
        for part in m.walk():
            if part.is_multipart():
                continue
            if part.get_content_maintype() == 'text' and not part.get_filename():
                texts.append(part.get_content())
            else:
                data = part.get_payload(decode=True)
                if not data:
                    bad('empty attachment')
                fnm = part.get_filename() or ''
                if fnm.endswith('.pdf') and not (data.startswith(b'%PDF') and b'%%EOF' in data[-10:]):
                    bad('pdf')
                if fnm.endswith(('.zip', '.docx', '.xlsx')):
                    zipfile.ZipFile(io.BytesIO(data)).testzip()
        for t in texts:
            for ib in IBAN_RE.findall(t):
                if len(ib.replace(' ', '')) >= 15 and not iban_ok(ib):
                    bad('IBAN ' + ib)
        if not texts:
            bad('no text part')
if errs:
    print(errs, 'errors'); sys.exit(1)
for kind in ('attack', 'business'):
    print(kind, {l: counts[(kind, l)] for l in ('de', 'en', 'it', 'pl', 'es', 'el', 'ru')}, sum(counts[(kind, l)] for l in ('de', 'en', 'it', 'pl', 'es', 'el', 'ru')))
assert all(counts[(k, l)] >= 4 for k in ('attack', 'business') for l in ('de', 'en', 'it', 'pl', 'es', 'el', 'ru'))
print('all OK')
