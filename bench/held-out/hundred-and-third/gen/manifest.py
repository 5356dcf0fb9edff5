"""Render MANIFEST.md."""
from company import COMPANY, OFFICES, STAFF, CORRESPONDENTS, BANK, RU, IDS
from lib import banking as B
from lib.cryptoaddr import btc_bech32, btc_p2pkh, bech32_verify, base58_verify


def esc(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def render(rows):
    o = []
    o.append('# Blind evaluation set – Example Group mail gateway\n')
    o.append('Generated deterministically by `gen/build.py` (Python 3 standard library only; no network, no clock, fixed seeds). '
             'Re-running it reproduces every byte. All domains, people, accounts and URLs of attackers and correspondents are fictitious '
             'unless they belong to a well-known public service (Microsoft, Google, GitHub, PayPal, DocuSign, Booking.com, Yandex, ESPs). '
             'No message carries Authentication-Results, DKIM-Signature, ARC or X-Spam headers; the top `Received` header of every message is '
             'the one added by `mx01.example.com` (Postfix).\n')
    o.append('## The company\n')
    o.append('**%s** (`%s`) – %s. Domains `example.com` and `examplegroup.eu`, about %d mailboxes. HQ: %s.\n'
             % (COMPANY['name'], COMPANY['legal'], COMPANY['trade'], COMPANY['mailboxes'], COMPANY['hq']))
    o.append('Offices: ' + '; '.join('%s – %s' % (k, v) for k, v in OFFICES.items()) + '.\n')
    o.append('Mail flow: inbound MX `mx01.example.com` (Postfix). Internal mail: Outlook → Exchange (`EX01/EX02.corp.example.com`) → '
             'internal relay `mail-int01.example.com [10.20.0.25]` → mx01. Subsidiaries named in content: Example Group Italia S.r.l., '
             'Example Group Polska sp. z o.o. (NIP %s), Example Group España SL, Example Group Hellas Μ.Ε.Π.Ε., ООО «ЭКЗАМПЛ ГРУПП РУС» (ИНН %s).\n'
             % (IDS['eg_pl_nip'], RU['eg_inn']))
    o.append('## Staff (`staff.txt`)\n')
    o.append('| Name | Address | Office | Role |')
    o.append('|---|---|---|---|')
    for name, a, off, role, native in STAFF:
        n = name + (' (%s)' % native if native else '')
        o.append('| %s | %s | %s | %s |' % (esc(n), a, esc(OFFICES[off]), esc(role)))
    o.append('')
    o.append('## Correspondents\n')
    o.append('| Organisation | Country | Relationship | Addresses |')
    o.append('|---|---|---|---|')
    for org, cc, role, people in CORRESPONDENTS:
        o.append('| %s | %s | %s | %s |' % (esc(org), cc, esc(role), esc(', '.join('%s <%s>' % p for p in people))))
    o.append('')
    for kind, title in (('attack', 'Attack messages (`attack/`)'), ('business', 'Genuine business messages (`business/`)')):
        o.append('## %s\n' % title)
        o.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |' % ('attack' if kind == 'attack' else 'genuine'))
        o.append('|---|---|---|---|---|---|---|')
        for r in rows[kind]:
            what = r['what']
            if kind == 'attack':
                what = '**%s.** %s' % (r['technique'], what)
            o.append('| %s | %s | %s | %s | %s | %s | %s |' % (r['file'], r['lang'], esc(r['cs']), esc(r['cte']), esc(r['struct']), esc(what), esc(r['why'])))
        o.append('')
    o.append('## Notes\n')
    o.append('### Hard negatives (genuine mail on the same topic as an attack)\n')
    o.append('| Business message | Hard negative of | Shared topic / trap |')
    o.append('|---|---|---|')
    bmap = {r['n']: r for r in rows['business']}
    amap = {r['n']: r for r in rows['attack']}
    for r in rows['business']:
        if r['hardneg']:
            o.append('| %s | %s | %s |' % (r['file'], esc(', '.join(amap[int(x.split()[1])]['file'] for x in r['hardneg'].split(', '))), esc(r['what'])))
    o.append('')
    o.append('### Attack techniques covered\n')
    for r in rows['attack']:
        o.append('- %02d: %s' % (r['n'], r['technique']))
    o.append('')
    o.append('### Linked scenarios\n')
    o.append('- attack 01 (CEO asks CFO for a confidential transfer) and attack 13 (the "London lawyer" with the escrow IBAN three hours later) are one BEC scheme; business 01 is the CEO\'s genuine urgent payment request through the internal relay.')
    o.append('- attack 02 quotes a real thread (open items) but comes from `lieferant-gmbh.com`; business 02 is Lieferant\'s genuine, properly announced bank change; business 03 is its genuine dunning letter with a supply stop.')
    o.append('- business 18 → attack 17: the real Ferretti thread about the snow-gun delivery is hijacked two days later from the same (compromised) mailbox; In-Reply-To/References point to business 18.')
    o.append('- business 22 → attack 23: the real Partner Logistik invoice thread continues from the same (compromised) mailbox with a new account and a look-alike Reply-To.')
    o.append('- attack 07 (QR MFA phishing) → business 08 (IT warning about it, same day) → business 05 (genuine Microsoft "method added" notice the next day).')
    o.append('- attack 25 (fake helpdesk) → business 26 (office manager warns the team); attack 22 → business 24; attack 32 → business 34; attack 28 → business 27; attack 33 → business 32; attack 39 → business 37/39.')
    o.append('')
    o.append('### Data validity\n')
    o.append('- Every IBAN passes the ISO 13616 mod-97 check. National checks: German account numbers carry a check digit computed with Bundesbank method 00; '
             'Italian IBANs carry a correct CIN; Spanish IBANs correct DC digits; Polish IBANs a correct sort-code check digit. Values:')
    for k, v in BANK.items():
        o.append('  - `%s`: %s (mod-97 %s)' % (k, B.fmt_iban(v), 'ok' if B.iban_valid(v) else 'FAIL'))
    o.append('- Russian accounts pass the BIK control key (weights 7-1-3): Gorny Servis р/с %s at BIK %s (к/с %s); fraud р/с %s at BIK %s (к/с %s). '
             'INNs (%s, %s, %s) carry valid control digits; Polish NIPs, Italian P.IVA, Spanish CIF and Greek AFM likewise; the KSeF number carries its CRC-8.'
             % (RU['gorservis_acct'], RU['sber_krd_bik'], RU['sber_krd_corr'], RU['fraud_acct'], RU['alfa_bik'], RU['alfa_corr'],
                RU['gorservis_inn'], RU['fraud_inn'], RU['eg_inn']))
    b1 = btc_bech32('audit104-attack14-shadowpeak')
    b2 = btc_p2pkh('audit104-attack40-sextortion')
    o.append('- Bitcoin addresses: attack 14 `%s` (bech32 P2WPKH, checksum %s); attack 40 `%s` (base58check P2PKH, checksum %s). '
             'They are derived from a fixed seed string, not from any known key.' % (b1, 'ok' if bech32_verify(b1) else 'FAIL', b2, 'ok' if base58_verify(b2) else 'FAIL'))
    o.append('- QR codes are real QR Code model 2 symbols (byte mode, EC level M) produced by `gen/lib/qr.py` and saved as 1-bit PNG: attack 07 and attack 20 encode phishing URLs; '
             'business 20 encodes the standard pagoPA payload `PAGOPA|002|301000004471202611|00087160258|384200`.')
    o.append('- Password-protected archives use traditional PKWARE encryption (ZipCrypto): attack 16 password `1412`, attack 19 `1187`, attack 37 `2367`; attack 27 carries an unencrypted ZIP. '
             'Every archived file is a one-line text placeholder under a dangerous-looking name (.lnk, .pdf.js, .pdf.exe).')
    o.append('- Attachments are inert: PDFs contain text only (no JavaScript, actions or embedded files); HTML and SVG attachments contain no script (credential forms post to fictitious attacker hosts); '
             'the ClickFix command in attack 09 is defanged (`hxxps`, `[.]`); the WAV in business 30 is two seconds of silence.')
    o.append('- Dates run from 8 October to 16 December 2026; time zones follow each sender (CEST/CET switch on 25 October 2026, BST/GMT, EEST/EET, MSK, US Pacific/Eastern for US-based services).')
    o.append('')
    return '\n'.join(o) + '\n'
