#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md
into the parent directory of gen/.  Deterministic: every random choice is
seeded from the message key; no wall-clock time is used."""
import email
import email.policy
import importlib
import io
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib.mk import REGISTRY  # noqa: E402
from data.company import STAFF, OFFICES, CORRESPONDENTS, COMPANY  # noqa: E402

LANGS = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]
MODULES = ['att_de', 'att_en', 'att_it', 'att_pl', 'att_es', 'att_el', 'att_ru',
           'biz_de', 'biz_en', 'biz_it', 'biz_pl', 'biz_es', 'biz_el', 'biz_ru']


def describe(part, depth=0):
    ct = part.get_content_type()
    if part.is_multipart():
        inner = ', '.join(describe(p, depth + 1) for p in part.get_payload())
        return '%s [%s]' % (ct, inner)
    if ct == 'message/rfc822':
        return 'message/rfc822'
    fn = part.get_filename()
    if fn:
        return '%s `%s`' % (ct, fn)
    if part.get('Content-ID'):
        return '%s (inline cid)' % ct
    return ct


def check_message(raw, name):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'Return-Path', 'Received'):
        if msg.get(h) is None:
            problems.append('missing ' + h)
        else:
            str(msg.get(h))
    rec = msg.get_all('Received')
    if not rec[0].strip().startswith('from ') or 'by mx01.example.com (Postfix)' not in rec[0]:
        problems.append('top Received is not mx01')
    for bad in ('Authentication-Results', 'DKIM-Signature', 'ARC-Seal', 'ARC-Message-Signature',
                'ARC-Authentication-Results', 'X-Spam-Status', 'X-Spam-Flag', 'X-Spam-Score'):
        if msg.get(bad) is not None:
            problems.append('forbidden header ' + bad)
    for h in msg.keys():
        if h.lower().startswith('x-spam'):
            problems.append('forbidden header ' + h)
    first = None
    for part in msg.walk():
        if part.is_multipart():
            continue
        if msg.defects or part.defects:
            problems.append('defects %r %r' % (msg.defects, part.defects))
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset() or 'us-ascii'
            try:
                payload.decode(cs, errors='strict')
            except (UnicodeDecodeError, LookupError) as e:
                problems.append('text part %s does not decode as %s: %s' % (ct, cs, e))
            if first is None and ct in ('text/plain', 'text/html') and not part.get_filename():
                first = (cs, part.get('Content-Transfer-Encoding', '7bit').lower())
        if ct == 'application/zip':
            z = zipfile.ZipFile(io.BytesIO(payload))
            for info in z.infolist():
                if info.flag_bits & 1:
                    continue
                z.read(info.filename)
        if ct == 'application/pdf' and not payload.startswith(b'%PDF-'):
            problems.append('bad pdf')
        if ct == 'image/png' and not payload.startswith(b'\x89PNG'):
            problems.append('bad png')
    return msg, problems, first


def main():
    for m in MODULES:
        importlib.import_module('data.' + m)
    os.makedirs(os.path.join(ROOT, 'attack'), exist_ok=True)
    os.makedirs(os.path.join(ROOT, 'business'), exist_ok=True)
    rows = {'attack': [], 'business': []}
    errors = 0
    seen = set()
    for folder in ('attack', 'business'):
        entries = sorted([e for e in REGISTRY if e['folder'] == folder], key=lambda e: e['num'])
        # language order and numbering
        expect = []
        for lang, n in LANGS:
            expect += [lang] * n
        assert [e['lang'] for e in entries] == expect, (folder, [e['file'] for e in entries])
        assert [e['num'] for e in entries] == list(range(1, 41)), folder
        d = os.path.join(ROOT, folder)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
        for e in entries:
            raw = e['fn']()
            assert e['file'] not in seen
            seen.add(e['file'])
            with open(os.path.join(d, e['file']), 'wb') as fh:
                fh.write(raw)
            msg, problems, first = check_message(raw, e['file'])
            if problems:
                errors += 1
                print('PROBLEM %s/%s: %s' % (folder, e['file'], '; '.join(problems)))
            struct = describe(msg)
            if e['att_note']:
                struct += '; ' + e['att_note']
            rows[folder].append((e, first, struct))
    write_staff()
    write_manifest(rows)
    total = sum(len(v) for v in rows.values())
    print('wrote %d messages, %d with problems' % (total, errors))
    return 1 if errors else 0


def write_staff():
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for k, (n, a, o, r) in STAFF.items():
            fh.write('%s=%s\n' % (n, a))


def md(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def write_manifest(rows):
    from data import notes
    out = []
    out.append('# Blind evaluation set: spam/phishing gateway for Example Group\n')
    out.append('Generated by `gen/build.py` (Python 3 standard library only, deterministic). '
               'All messages are delivered through the inbound MX `mx01.example.com` (Postfix); the top '
               '`Received` header is always mx01\'s. Internal mail arrives from the relay '
               '`mail-int01.example.com [10.20.0.25]` with the Exchange 2019 hops below it. No '
               'Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present. Dates: October to December 2026.\n')
    out.append('## The company\n')
    out.append(notes.COMPANY_TEXT)
    out.append('\n| Office | Location | Legal entity / address |\n|---|---|---|')
    for k, (loc, adr) in OFFICES.items():
        out.append('| %s | %s | %s |' % (k, md(loc), md(adr)))
    out.append('\n## Staff (staff.txt)\n')
    out.append('| Name | Address | Office | Role |\n|---|---|---|---|')
    for k, (n, a, o, r) in STAFF.items():
        out.append('| %s | %s | %s | %s |' % (md(n), a, OFFICES[o][0], md(r)))
    out.append('\n## Correspondents\n')
    out.append('| Organisation | Country | Contact | Address | Relationship | Genuine sending infrastructure |\n|---|---|---|---|---|---|')
    for c in CORRESPONDENTS:
        out.append('| %s |' % ' | '.join(md(x) for x in c))
    out.append('\nReal services that send genuine mail in the set: Microsoft (Entra ID Protection, Microsoft account, SharePoint Online), '
               'Google accounts, GitHub, Yandex ID, DocuSign (EU), GOV.UK Notify (IPAFFS), ELSTER, CleverReach, Mailchimp, FreshMail.\n')
    for folder in ('attack', 'business'):
        out.append('\n## %s/ (%d messages)\n' % (folder, len(rows[folder])))
        out.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |' % (
            'attack' if folder == 'attack' else 'genuine'))
        out.append('|---|---|---|---|---|---|---|')
        for e, first, struct in rows[folder]:
            cs, cte = first if first else ('-', '-')
            out.append('| %s | %s | %s | %s | %s | %s | %s |' % (e['file'], e['lang'], cs, cte, md(struct), md(e['what']), md(e['why'])))
    out.append('\n## Notes\n')
    out.append(notes.NOTES_TEXT)
    hn = []
    for e in REGISTRY:
        if e['folder'] == 'business' and e['hn']:
            hn.append((e['file'], e['hn']))
    out.append('\n### Hard negatives (business message -> attack(s) it mirrors)\n')
    out.append('| Business message | Mirrors attack(s) | Shared topic, what differs |\n|---|---|---|')
    for f, (atts, why) in sorted(hn):
        out.append('| business/%s | %s | %s |' % (f, ', '.join('attack/' + a for a in atts), md(why)))
    out.append('')
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out))


if __name__ == '__main__':
    sys.exit(main())
