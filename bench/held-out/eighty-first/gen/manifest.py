"""MANIFEST.md renderer."""
import company as C
import mime


def _cell(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def render(all_recs):
    out = []
    co = C.COMPANY
    out.append('# Example Group – blind evaluation set for the mail gateway\n')
    out.append('Generated deterministically by `gen/build.py` (Python 3 standard library only). '
               'All names, companies, domains other than well-known services, accounts and phone numbers are fictitious; '
               'all attachments are inert (placeholders, text-only PDFs, images, markup without scripts).\n')
    out.append('## The company\n')
    out.append('- **%s** – %s.' % (co['name'], co['trade']))
    out.append('- Domains: `example.com`, `examplegroup.eu` (%s mailboxes).' % co['mailboxes'])
    out.append('- Mail: %s.' % co['mail'])
    out.append('- Offices:')
    for k, v in C.OFFICES.items():
        out.append('  - %s: %s' % (k, v))
    out.append('- Own bank accounts used in genuine mail: DE `%s`, UK `%s`, IT `%s`, PL `%s`, ES `%s`, GR `%s`, RU account `%s` (BIK %s, corr. %s).\n' % (
        C.EG_DE, C.EG_UK, C.EG_IT, C.EG_PL, C.EG_ES, C.EG_GR, C.EG_RU_ACC, C.EG_RU_BIK, C.EG_RU_CORR))
    out.append('## Staff (staff.txt)\n')
    out.append('| Name | Address | Office | Role |')
    out.append('|---|---|---|---|')
    for n, e, o, r in C.STAFF:
        out.append('| %s | %s | %s | %s |' % (_cell(n), e, o, _cell(r)))
    out.append('\n## Correspondents\n')
    out.append('| Organisation / person | Country | Relationship | Addresses | Mail system |')
    out.append('|---|---|---|---|---|')
    for org, cc, role, people, system in C.CORRESPONDENTS:
        out.append('| %s | %s | %s | %s | %s |' % (_cell(org), cc, _cell(role), _cell(people.replace('<', '`').replace('>', '`')), _cell(system)))
    out.append('\nWell-known services appearing in genuine mail from their real infrastructure: Microsoft (Entra ID), Google (accounts, Calendar), GitHub, Yandex ID, DocuSign (EU), Mailchimp, Brevo. Genuine services abused by attackers: PayPal invoicing, Google Drive sharing, Microsoft device-code and OAuth consent flows, SendGrid, Mailgun, Brevo, Amazon SES.\n')
    for folder, title in (('attack', 'attack/ – malicious messages'), ('business', 'business/ – genuine messages')):
        out.append('## %s\n' % title)
        out.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |')
        out.append('|---|---|---|---|---|---|---|')
        for r in all_recs[folder]:
            cs, cte, st = mime.describe(r.root)
            out.append('| %s | %s | %s | %s | %s | %s | %s |' % (
                r.filename, r.lang, cs, cte, _cell(st), _cell(r.what), _cell(r.why)))
        out.append('')
    out.append('## Notes\n')
    out.append('### Hard negatives (genuine business messages that share topic or sender with an attack)\n')
    att = {r.slug: r for r in all_recs['attack']}
    out.append('| Genuine (business/) | Hard negative of (attack/) | What makes the difference |')
    out.append('|---|---|---|')
    for r in all_recs['business']:
        if r.notes.startswith('hn:'):
            slugs, _, diff = r.notes[3:].partition(' -- ')
            targets = ', '.join(att[s].filename for s in slugs.split(','))
            out.append('| %s | %s | %s |' % (r.filename, targets, _cell(diff)))
    out.append('\n### Decoded artefacts (for graders)\n')
    out.append('Extracted by `gen/validate.py` from the built files (QR codes decoded from the PNG or from the vector drawing in the PDF; archives opened with the password quoted in the message; every IBAN and Russian account listed passed its check-digit test).\n')
    for folder in ('attack', 'business'):
        for r in all_recs[folder]:
            items = []
            for q in getattr(r, 'qr', []):
                items.append('QR code → `%s`' % q)
            for fn, pw in getattr(r, 'zip_ok', []):
                items.append('ZIP member `%s`%s' % (fn, ' (ZipCrypto, password `%s`)' % pw if pw else ''))
            for b in sorted(set(getattr(r, 'btc', []))):
                items.append('Bitcoin address `%s` (%s, checksum valid)' % (b, 'bech32' if b.startswith('bc1') else 'base58check'))
            for ib in sorted(set(getattr(r, 'ibans', []))):
                items.append('IBAN `%s`' % ib)
            for acc in sorted(set(getattr(r, 'ru', []))):
                items.append('RU account `%s`' % acc)
            if items:
                out.append('- %s/%s: %s' % (folder, r.filename, '; '.join(items)))
    out.append('\n### General\n')
    out.append('- Every message has `Return-Path` and a top `Received` header added by mx01.example.com (Postfix) naming the connecting client as `from HELO (rDNS [IP])` and `for <recipient>`; the sender\'s own hops follow below. Internal mail arrives from mail-int01.example.com [10.20.0.25] with the Exchange hops below it.')
    out.append('- No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present; SPF/DKIM/DMARC are to be evaluated by the gateway itself.')
    out.append('- Dates are between October and December 2026; Central European summer time ends on 25 Oct 2026, and the offsets in Date and Received headers follow that.')
    out.append('- IBANs carry valid ISO 13616 check digits and, where a national scheme exists and is implemented (IT CIN, ES DC, PL sort-code digit, PT NIB, BE), valid national check digits; Russian settlement and correspondent accounts pass the BIK control-key test; tax identifiers (USt-IdNr., P.IVA, NIP, CIF, AFM, INN, UK VAT) carry valid check digits; the Bitcoin addresses are valid bech32/base58check.')
    out.append('- Archives: placeholders contain the single line "INERT PLACEHOLDER for mail-filter evaluation - contains no code." under dangerous-looking names. HTML/SVG attachments contain no script; they only link or post to the phishing host.')
    out.append('- Look-alike and attacker domains, their IP addresses and hosting names are invented for this set (IP ranges chosen to fit the named provider).')
    return '\n'.join(out) + '\n'
