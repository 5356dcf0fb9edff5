#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and
MANIFEST.md under the directory above gen/, then validates every message."""
import email
import email.policy
import importlib
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common          # noqa: E402
import company         # noqa: E402
import finance         # noqa: E402
import files           # noqa: E402
import qr              # noqa: E402
from reg import REGISTRY  # noqa: E402

MODULES = ['attack_de', 'attack_en', 'attack_it', 'attack_pl', 'attack_es', 'attack_el', 'attack_ru',
           'biz_de', 'biz_en', 'biz_it', 'biz_pl', 'biz_es', 'biz_el', 'biz_ru']
LANG_ORDER = ['de', 'en', 'it', 'pl', 'es', 'el', 'ru']
LANG_COUNT = {'de': 8, 'en': 8, 'it': 5, 'pl': 5, 'es': 5, 'el': 5, 'ru': 4}
LANG_NAME = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish',
             'el': 'Greek', 'ru': 'Russian'}


def load():
    for name in MODULES:
        if os.path.exists(os.path.join(HERE, name + '.py')):
            importlib.import_module(name)


def filename(e):
    return '%02d-%s-%s.eml' % (e['num'], e['lang'], e['slug'])


# ------------------------------------------------------------------ analysis
def describe(part, depth=0):
    """Compact MIME structure description."""
    ct = part.get_content_type()
    if part.is_multipart():
        inner = ', '.join(describe(p, depth + 1) for p in part.get_payload())
        return '%s [%s]' % (ct.split('/')[1] if ct.startswith('multipart/') else ct, inner)
    fn = part.get_filename()
    cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
    if fn:
        extra = ''
        if ct in ('application/zip', 'application/x-zip-compressed'):
            zf = zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True)))
            inner = zf.infolist()
            enc = any(i.flag_bits & 1 for i in inner)
            extra = ' → %s%s' % (', '.join(i.filename for i in inner), ', ZipCrypto password' if enc else '')
        return '%s «%s»%s' % (ct, fn, extra)
    if part.get('Content-ID') and ct.startswith('image/'):
        return '%s (inline)' % ct
    return ct


def first_text(msg):
    for p in msg.walk():
        if p.get_content_maintype() == 'text' and not p.get_filename():
            return p
    return None


IBAN_RE = re.compile(r'\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b')
BTC_RE = re.compile(r'\bbc1[ac-hj-np-z02-9]{20,80}\b')


def validate(raw, name, problems):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    recs = msg.get_all('Received') or []
    if not recs or 'by mx01.example.com (Postfix)' not in str(recs[0]):
        problems.append('%s: top Received is not mx01' % name)
    if not msg.get('Return-Path'):
        problems.append('%s: no Return-Path' % name)
    for h in ('Authentication-Results', 'DKIM-Signature', 'ARC-Seal', 'ARC-Message-Signature',
              'ARC-Authentication-Results', 'X-Spam-Status', 'X-Spam-Flag', 'X-Spam-Score'):
        if msg.get(h):
            problems.append('%s: forbidden header %s' % (name, h))
    try:
        raw.split(b'\n\n', 1)[0].decode('ascii')
    except UnicodeDecodeError:
        problems.append('%s: non-ASCII header bytes' % name)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if not (msg.get(h) or msg.get(h.replace('ID', 'Id'))):
            problems.append('%s: missing %s' % (name, h))
    str(msg['Subject'])
    str(msg['From'])
    year = msg['Date'].datetime
    if not (year.year == 2026 and year.month in (10, 11, 12)):
        problems.append('%s: date out of range' % name)
    for ln in raw.split(b'\n'):
        if len(ln) > 998:
            problems.append('%s: line longer than 998 octets' % name)
            break
    texts = []
    for part in msg.walk():
        if part.defects:
            problems.append('%s: MIME defects %s' % (name, part.defects))
        if part.is_multipart():
            continue
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset() or 'us-ascii'
            data = part.get_payload(decode=True)
            try:
                texts.append(data.decode(cs))
            except (UnicodeDecodeError, LookupError) as ex:
                problems.append('%s: text part does not decode (%s): %s' % (name, cs, ex))
        elif part.get_content_type() == 'image/png':
            data = part.get_payload(decode=True)
            assert data.startswith(b'\x89PNG')
        elif part.get_content_type() == 'application/pdf':
            data = part.get_payload(decode=True)
            assert data.startswith(b'%PDF-') and data.rstrip().endswith(b'%%EOF')
    for t in texts:
        for m in IBAN_RE.finditer(t):
            v = m.group(1).replace(' ', '')
            if v[:2] in ('DE', 'IT', 'PL', 'ES', 'GR', 'GB', 'LT', 'PT', 'FR', 'NL', 'AT') and len(v) >= 18:
                if not finance.iban_valid(v):
                    problems.append('%s: invalid IBAN %s' % (name, v))
        for m in BTC_RE.finditer(t):
            if not finance.bech32_valid(m.group(0)):
                problems.append('%s: invalid bech32 %s' % (name, m.group(0)))
    return msg


# ------------------------------------------------------------------ manifest
def md_escape(s):
    return s.replace('|', '\\|').replace('\n', ' ')


def write_manifest(entries, path):
    c = company.COMPANY
    out = ['# MANIFEST – blind evaluation set for the Example Group mail gateway', '',
           'Generated deterministically by `gen/build.py` (Python 3 standard library only). '
           'All messages are as received by the inbound MX `mx01.example.com`; no '
           'Authentication-Results, DKIM, ARC or spam-score headers are present.', '',
           '## Company', '',
           '**%s** (domains `%s`, %s mailboxes) – %s.' % (c['name'], '`, `'.join(c['domains']), c['mailboxes'], c['trade']),
           '', '- HQ: ' + c['hq']]
    for country, a in c['offices']:
        out.append('- %s: %s' % (country, a))
    out += ['- Mail: ' + c['mx'], '',
            '## Staff', '', '| Name | Address | Office | Role |', '|---|---|---|---|']
    for key, (name, addr, office, role, native) in company.STAFF.items():
        shown = name + (' (%s)' % native if native and native != name else '')
        out.append('| %s | %s | %s | %s |' % (shown, addr, office, role))
    out += ['', '## Correspondents', '', '| Company | Country | Contact | Address | Relationship |',
            '|---|---|---|---|---|']
    for comp, ctry, contact, addr, kind in company.CORRESPONDENTS:
        out.append('| %s | %s | %s | %s | %s |' % tuple(md_escape(x) for x in (comp, ctry, contact, addr, kind)))
    for folder in ('attack', 'business'):
        out += ['', '## %s/' % folder, '',
                '| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |'
                % ('attack' if folder == 'attack' else 'genuine'),
                '|---|---|---|---|---|---|---|']
        for e in [x for x in entries if x['folder'] == folder]:
            out.append('| %s | %s | %s | %s | %s | %s | %s |' % (
                e['file'], e['lang'], e['charset'], e['cte'], md_escape(e['structure']),
                md_escape(e['what']), md_escape(e['why'])))
    out += ['', '## Notes', '', '### Hard negatives (business message ↔ attack it resembles)', '',
            '| Business message | Attack(s) | Shared topic |', '|---|---|---|']
    att = {e['num']: e['file'] for e in entries if e['folder'] == 'attack'}
    for e in [x for x in entries if x['folder'] == 'business' and x['hn']]:
        out.append('| %s | %s | %s |' % (e['file'], ', '.join(att[n] for n in e['hn']), md_escape(HN_TOPIC[e['num']])))
    out += ['']
    out += NOTES
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')


HN_TOPIC = {
    1: 'urgent payment request from the CEO', 2: 'supplier/carrier bank-detail change',
    3: 'urgent supplier payment demand, supply-stop threat', 4: 'Lieferant GmbH order thread (same sender, same tenant)',
    5: 'person writing from a private free-mail address', 6: 'salary documents / HR portal',
    7: 'bulk mail through Brevo', 8: 'complaint about a cosmetic product with photos',
    9: 'DocuSign envelope', 10: 'Microsoft account / sign-in', 13: 'change of salary bank account',
    14: 'remittance advice', 15: 'HMRC VAT notice', 17: 'Ferretti invoices and IBAN',
    18: 'Ferretti overdue invoices, urgency', 20: 'Cosmoprof exhibitor communication',
    21: 'colleague writing from private mail', 22: 'Partner Logistik invoices and bank account',
    23: 'Partner Logistik delivery-advice thread (same sender, same tenant)', 24: 'KSeF e-invoice notification',
    25: 'colleague writing from private mail', 26: 'IT helpdesk contact via Teams',
    29: 'carrier bank-detail change', 30: 'import customs duties', 31: 'customer purchase order / RFQ with attachment',
    32: 'pharmacy wholesaler sending documents', 34: 'calendar invitation', 35: 'myDATA e-books',
    36: 'Greek supplier invoice, Eurobank', 37: 'new-device sign-in alert', 38: 'Честный ЗНАК marking codes',
    39: 'Russian payment details', 40: 'ФНС requirement (требование)',
}

NOTES = [
    '### Other notes', '',
    '- Every message carries `Return-Path` and mx01\'s Postfix `Received` header on top, naming the '
    'connecting client as `from HELO (rDNS [IP])` and `for <recipient>`; below it the sending system\'s own '
    'hops in that system\'s real style (Exchange/Exchange Online, Gmail, GMX/WEB.DE, IONOS, Libero, WP, '
    'OTEnet, Yandex, Aruba, cPanel/Exim, Postfix VPS, SendGrid, Mailgun, Amazon SES, Brevo, Mailchimp, '
    'MailUp, UniSender, DocuSign, GitHub, Google, Microsoft account).',
    '- Internal mail enters mx01 from `mail-int01.example.com [10.20.0.25]` with the Exchange 2019 hops below.',
    '- IBANs carry valid ISO 13616 check digits; national check digits are computed for IT (CIN), ES (DC), '
    'PL (sort-code digit), PT (NIB) and DE (account check method 00). Russian settlement and correspondent '
    'accounts pass the BIK control-key test; INN, NIP, AFM, Partita IVA, CIF and USt-IdNr. carry valid '
    'check digits. Bitcoin addresses are bech32 P2WPKH with valid checksums, derived from a hash (no key exists).',
    '- QR codes are real byte-mode QR Code Model 2 symbols produced by `gen/qr.py` (Reed–Solomon, masking, '
    'format/version information) and written as PNG by the same module.',
    '- Attachments are inert: PDFs contain text only; ZIP members are a one-line placeholder under a '
    'dangerous-looking name (ZipCrypto where a password is given in the mail); HTML/SVG/ICS files contain no '
    'script; the ClickFix page shows the instructions only.',
    '- Phishing host names are fictitious look-alikes; genuine services (Microsoft device login, OAuth '
    'authorize endpoint) appear where the technique abuses them.',
]


def main():
    load()
    entries = []
    problems = []
    for folder in ('attack', 'business'):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for fn in os.listdir(os.path.join(ROOT, folder)):
            if fn.endswith('.eml'):
                os.remove(os.path.join(ROOT, folder, fn))
    for e in sorted(REGISTRY, key=lambda x: (x['folder'], x['num'])):
        name = filename(e)
        m = common.Mail('%s/%s' % (e['folder'], name))
        try:
            e['fn'](m)
            raw = m.render()
        except Exception:
            print('ERROR while building', e['folder'], name)
            raise
        with open(os.path.join(ROOT, e['folder'], name), 'wb') as fh:
            fh.write(raw)
        msg = validate(raw, e['folder'] + '/' + name, problems)
        tp = first_text(msg)
        e = dict(e, file=name, structure=describe(msg),
                 charset=(tp.get_content_charset() if tp else '-'),
                 cte=((tp.get('Content-Transfer-Encoding') or '7bit').lower() if tp else '-'))
        entries.append(e)
    # counts and ordering
    for folder in ('attack', 'business'):
        got = [x for x in entries if x['folder'] == folder]
        nums = [x['num'] for x in got]
        if nums != list(range(1, len(nums) + 1)):
            problems.append('%s: numbering %s' % (folder, nums))
        expect = []
        for lang in LANG_ORDER:
            expect += [lang] * LANG_COUNT[lang]
        if [x['lang'] for x in got] != expect[:len(got)]:
            problems.append('%s: language order wrong' % folder)
        if len(got) != 40:
            problems.append('%s: %d messages (expected 40)' % (folder, len(got)))
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for name, addr, office, role, native in company.STAFF.values():
            fh.write('%s=%s\n' % (name, addr))
    write_manifest(entries, os.path.join(ROOT, 'MANIFEST.md'))
    assert finance.selftest() and qr.selftest() and files.selftest() and company.check_numbers()
    for folder in ('attack', 'business'):
        got = [x for x in entries if x['folder'] == folder]
        print('%-9s %d  ' % (folder, len(got)) + '  '.join(
            '%s:%d' % (l, sum(1 for x in got if x['lang'] == l)) for l in LANG_ORDER))
    if problems:
        print('\nPROBLEMS:')
        for p in problems:
            print('  ' + p)
        return 1
    print('all messages parse; all text parts decode; checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
