"""MANIFEST.md writer."""
import re
from people import S, ORDER, CORR_TABLE

def esc(s):
    return s.replace('|', '\\|').replace('\n', ' ')

def hn_pairs(A, B):
    pairs = []
    for i, m in enumerate(B, 1):
        for n in re.findall(r'[Hh]ard negative of attacks? ([\d ,and]+)', m['why']):
            for a in re.findall(r'\d+', n):
                pairs.append((int(a), i))
    return sorted(set(pairs))

def write(path, A, B):
    L = ['# Blind evaluation set - Example Group mail gateway', '',
         '## Company', '',
         '**Example Group** - restaurant chain and contract caterer (own restaurants, company and school canteens, central kitchens, food supply). '
         'Domains `example.com` and `examplegroup.eu`, about 700 mailboxes. HQ Munich (Germany, central kitchen Garching); offices in Milano (IT), '
         'Wrocław (PL), Barcelona (ES), Thessaloniki (GR), Manchester (UK) and Saint Petersburg (RU).', '',
         'Inbound MX `mx01.example.com` (Postfix) - topmost `Received` of every message. Internal mail: Exchange (`EXCH01/EXCH02.corp.example.com`) '
         '-> internal relay `mail-int01.example.com [10.20.0.25]` -> mx01. No Authentication-Results/DKIM/ARC/X-Spam headers are included. '
         'All dates October-December 2026.', '',
         '## Staff', '', '| Name | Address | Office | Role |', '|---|---|---|---|']
    for k in ORDER:
        n, a, o, r = S[k]
        L.append('| %s | %s | %s | %s |' % (n, a, o, r))
    L += ['', '## Correspondents', '', '| Organisation | Country | Relationship | Addresses |', '|---|---|---|---|']
    for org, c, rel, ad in CORR_TABLE:
        L.append('| %s | %s | %s | %s |' % (esc(org), c, esc(rel), esc(ad)))
    L += ['', 'Real services used by genuine mail: Microsoft account (accountprotection.microsoft.com), Google accounts, GitHub, '
          'DocuSign EU, SharePoint Online, Yandex ID; ESPs: Mailchimp, Brevo, Amazon SES (newsletters).', '']
    for title, folder, lst in (('Attack messages (`attack/`)', 'attack', A), ('Business messages (`business/`)', 'business', B)):
        L += ['## ' + title, '',
              '| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |' % ('attack' if folder == 'attack' else 'genuine'),
              '|---|---|---|---|---|---|---|']
        for m in lst:
            L.append('| %s | %s | %s | %s | %s | %s | %s |' % (m['file'], m['lang'], m['charset'], m['cte'], esc(m['structure']),
                                                           esc(m['what']), esc(m['why'])))
        L.append('')
    L += ['## Notes', '', '### Hard negatives (business message -> attack it mirrors)', '',
          '| Attack | Business (genuine) | Shared topic |', '|---|---|---|']
    for a, b in hn_pairs(A, B):
        L.append('| %s | %s | %s |' % (A[a - 1]['file'], B[b - 1]['file'], esc(B[b - 1]['subject'])))
    L += ['',
          '### Further notes', '',
          '- Thread hijacks (attack 06, 21, 29) come from the genuine partner domains and their genuine infrastructure (Microsoft 365, Aruba, Google Workspace). '
          'Attack 21 uses the same Aruba relay as business 19 but a Nigerian client IP; content (encrypted ZIP, Canva/fake SharePoint login) is the signal.',
          '- Look-alike domains: examplegroup-eu.com, lieferant-gmbh.com, ferretti-trasporti.com, partner-logistik.com.pl, aceites-delsur.es, nikolaidis-food.gr, severproduct.ru, examplegroup-it.com.',
          '- All IBANs carry valid ISO 13616 check digits; Italian IBANs carry a valid CIN, Spanish ones valid DC digits, Polish ones a valid bank sort-code check digit. '
          'Russian settlement and correspondent accounts carry valid control keys for their BIK; INN, NIP, Partita IVA, AFM and USt-IdNr carry valid check digits.',
          '- The Bitcoin address in attack 15 is a valid bech32 (P2WPKH) address with a random witness program.',
          '- QR codes (attack 05 inline, attack 25 attachment) are real PNG QR codes (byte mode, ECC M) produced by `gen/qr.py`.',
          '- Password-protected ZIPs (attacks 06, 26, 37) use traditional PKWARE ZipCrypto; all archived files are one-line text placeholders under dangerous names. '
          'HTML and SVG attachments contain no script; forms and links point to non-functional look-alike hosts.',
          '- Rebuild: `python3 gen/build.py` (deterministic, Python 3 stdlib only).', '']
    open(path, 'w', encoding='utf-8').write('\n'.join(L))
