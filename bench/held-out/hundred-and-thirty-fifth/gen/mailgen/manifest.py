"""MANIFEST.md writer."""
from . import org
from .msg import LANG_NAMES


def _c(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def write(path, msgs, infos):
    L = []
    a = L.append
    a('# Example Group — blind evaluation set for the mail gateway')
    a('')
    a('Trade: **%s**. 40 attack and 40 business messages as `mx01.example.com` received them '
      '(October–December 2026), plus `staff.txt`. Everything is rebuilt and verified by '
      '`python3 gen/build.py` (Python 3 standard library only, deterministic: every random value comes '
      'from `random.Random(<file name>)`).' % org.TRADE)
    a('')
    a('Languages per folder: de 01–08, en 09–16, it 17–21, pl 22–26, es 27–31, el 32–36, ru 37–40.')
    a('')
    a('## The company')
    a('')
    a('"Example Group" is a European helicopter operator (HEMS air ambulance, charter and aerial work) with about '
      '700 mailboxes. Mail domains `example.com` and `examplegroup.eu`. Inbound MX `mx01.example.com` (Postfix with '
      'policyd-spf, OpenDKIM, OpenDMARC; it writes `Received-SPF` and `Authentication-Results`). Internal mail from the '
      'Exchange 2019 servers `EXCH01/EXCH02.corp.example.com` (10.20.0.31/.32) is relayed by '
      '`mail-int01.example.com [10.20.0.25]`, which signs it with DKIM `s=int2026; d=example.com`. DMARC for '
      'example.com is `p=reject`.')
    a('')
    a('### Offices and legal entities')
    a('')
    a('| Country | Office | Legal entity | Address | Tax / register identifiers | Bank / account | Phone | Activity |')
    a('|---|---|---|---|---|---|---|---|')
    for e in org.ENTITIES:
        ids = '; '.join('%s %s' % kv for kv in e['ids'])
        acct = e['bank'] + (', IBAN ' + ' '.join(e['iban'][i:i + 4] for i in range(0, len(e['iban']), 4)) if e['iban'] else
                            ', р/с ' + e['ru_account'])
        a('| %s | %s | %s | %s | %s | %s | %s | %s |' % tuple(_c(x) for x in (
            e['cc'], e['office'], e['name'], e['address'], ids, acct, e['phone'], e['role'])))
    a('')
    a('Tax identifiers carry valid check digits (German USt-IdNr. ISO 7064 MOD 11,10; Italian Partita IVA Luhn variant; '
      'Polish NIP and REGON weights; Spanish CIF control digit; Greek ΑΦΜ powers of two mod 11; UK VAT mod 97; '
      'Russian ИНН/ОГРН; the Russian settlement and correspondent accounts pass the БИК control key).')
    a('')
    a('## Staff (`staff.txt`)')
    a('')
    a('| Name | Address | Office | Role |')
    a('|---|---|---|---|')
    for n, ad, o, r in org.STAFF:
        a('| %s | %s | %s | %s |' % (_c(n), ad, _c(o), _c(r)))
    a('')
    a('Shared mailboxes and lists also used as recipients or senders: `info@example.com`, `einkauf@example.com` '
      '(procurement), `ap@example.com` (accounts payable), `it-security@example.com`, `servicedesk@example.com` (GLPI '
      'ticket system on glpi01.corp.example.com), `alle-de@example.com`, `uk-staff@example.com`, `madrid@example.com`. '
      'The Italian entity\'s PEC box example-elicotteri@legalmail.it auto-forwards to the Italian accountant.')
    a('')
    a('## Correspondents')
    a('')
    a('| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |')
    a('|---|---|---|---|---|')
    for c in org.CORRESPONDENTS:
        a('| %s | %s | %s | %s | %s |' % tuple(_c(x) for x in (c['org'], c['cc'], c['addrs'], c['rel'], c['system'])))
    a('')
    a('Platforms, authorities and other senders that appear (genuine or impersonated):')
    a('')
    a('| Sender | Country | Addresses | Mail system as modelled |')
    a('|---|---|---|---|')
    for n, cc, ad, sysm in org.PLATFORMS:
        a('| %s | %s | %s | %s |' % tuple(_c(x) for x in (n, cc, ad, sysm)))
    a('')
    a('Third parties that appear only in attacks:')
    a('')
    a('| Sender / domain | Country | Role in the set | Files |')
    a('|---|---|---|---|')
    for n, cc, role, files in org.THIRD_PARTIES:
        a('| %s | %s | %s | %s |' % tuple(_c(x) for x in (n, cc, role, files)))
    a('')
    a('IP addresses: real provider ranges for the big platforms (Microsoft 40.107.0.0/16 and 40.92.0.0/16, Google '
      '209.85.128.0/17, Amazon SES 54.240.0.0/16, SendGrid 149.72/167.89/159.183, Mailgun 159.135.228/69.72.42, Brevo '
      '77.32.148/185.41.28, Mailchimp 198.2.180, IONOS/web.de/GMX 212.227, Zoho EU 136.143.169, Yandex 178.154.239/77.88, '
      'Aruba 62.149, home.pl 79.96), RFC 5737 documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) for '
      'invented organisations\' own relays and for attacker servers (mixed on purpose, so the range says nothing about '
      'the verdict), and plausible consumer ISP addresses for end-user clients.')
    a('')
    for folder, title, why in (('attack', 'attack/', 'Why attack'), ('business', 'business/', 'Why genuine')):
        a('## %s' % title)
        a('')
        a('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |' % why)
        a('|---|---|---|---|---|---|---|')
        for m in msgs[folder]:
            inf = infos[(folder, m.name)]
            a('| `%s` | %s | %s | %s | %s | %s | %s |' % (
                m.file, m.lang, ', '.join(inf['charsets']) or '—', ', '.join(inf['ctes']) or '—', _c(inf['structure']),
                _c(m.meta['what']), _c(m.meta['why'])))
        a('')
    a('## Notes')
    a('')
    a('### Hard negatives (genuine message of the same topic as an attack)')
    a('')
    a('| Business file | Attack file(s) | Shared topic | What makes the business one genuine |')
    a('|---|---|---|---|')
    for m in msgs['business']:
        if m.meta.get('pair'):
            att = ', '.join('`%s`' % x.file for x in msgs['attack'] if x.name[:2] in m.meta['pair'])
            a('| `%s` | %s | %s | %s |' % (m.file, att, _c(m.meta.get('topic', '')), _c(m.meta.get('pair_note', m.meta['why']))))
    a('')
    a('### Account numbers, identifiers, QR codes')
    a('')
    a('* Every IBAN in the set passes ISO 13616 mod-97 and, where a national check exists, the national check too '
      '(Italian CIN, Polish sort-code check digit, Spanish DC, Portuguese NIB). Bank codes are those of real banks, '
      'account numbers are invented. Fraud ("mule") accounts are equally valid, as real ones are.')
    a('* Russian accounts (р/с, к/с) pass the control-key check against the БИК; bitcoin addresses are valid bech32 (BIP-173).')
    a('* QR codes are real QR codes (byte mode, ECC M) encoded by `gen/mailgen/qr.py` and decoded back by the build '
      '(and, outside the build, by zbarimg). Formats used: EPC069-12 "GiroCode" (BCD/002), pagoPA (`PAGOPA|002|...`), '
      'KSeF verification link (KOD I), Polish bank-transfer QR (ZBP recommendation), Russian ГОСТ Р 56042-2014 `ST00012`, '
      'plain URLs for the quishing lures.')
    a('* Attachments are inert: shortcut, script and disc-image contents are represented by file names and a short '
      'text describing what the real campaign shipped; HTML/SVG lures contain no script, only links or a form whose '
      'action points at the lure host.')
    a('* DKIM signatures carry a correct relaxed body hash (`bh=`) but an invented signature (`b=`); '
      '`Authentication-Results` show what mx01 is modelled to have concluded.')
    a('')
    a('### Facts per message')
    a('')
    for folder in ('attack', 'business'):
        for m in msgs[folder]:
            a('**%s/%s** — From: %s; Subject: %s' % (folder, m.file, _c(infos[(folder, m.name)]['from']),
                                                    _c(infos[(folder, m.name)]['subject'])))
            a('')
            if not m.facts:
                a('* (no URLs, phone numbers, accounts or QR codes)')
            for k, v, note in m.facts:
                a('* %s: `%s`%s' % (k, v, (' — ' + _c(note)) if note else ''))
            a('')
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L).rstrip('\n') + '\n')
