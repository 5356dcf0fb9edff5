"""Write MANIFEST.md and staff.txt."""
from company import COMPANY, CORR, OFFICES, STAFF

LANG_ORDER = ['de', 'en', 'it', 'pl', 'es', 'el', 'ru']


def _c(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def staff_txt():
    return ''.join(f'{n}={a}\n' for n, a, _o, _r in STAFF.values())


def manifest(rows, notes_extra):
    out = ['# Example Group - blind evaluation set for the mail gateway', '']
    out += ['## The company', '',
            f"**{COMPANY['name']}** (domains `example.com` and `examplegroup.eu`, {COMPANY['mailboxes']} mailboxes) "
            f"is a {COMPANY['trade']}. Headquarters: {COMPANY['hq']}. Offices: "
            + ', '.join(f'{v} ({k})' for k, v in OFFICES.items() if k != 'DE') + '.', '',
            f"- Inbound MX: `{COMPANY['mx']}`; its `Received` header is always the top one.",
            f"- Internal mail: `{COMPANY['internal']}`.",
            '- No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present; the gateway evaluates '
            'sender authentication itself.', '',
            '## Staff (also in `staff.txt`)', '', '| Name | Address | Office | Role |', '|---|---|---|---|']
    for n, a, o, r in STAFF.values():
        out.append(f'| {_c(n)} | {a} | {OFFICES[o]} | {_c(r)} |')
    out += ['', '## Correspondents', '', '| Organisation | Country | Contact(s) | Relationship |', '|---|---|---|---|']
    for org, cc, kind, people in CORR.values():
        contacts = '; '.join((f'{n} <{a}>' if n else f'<{a}>') for n, a in people)
        out.append(f'| {_c(org)} | {cc} | {_c(contacts)} | {_c(kind)} |')
    for folder, why in (('attack', 'Why attack'), ('business', 'Why genuine')):
        out += ['', f'## {folder}/', '',
                f'| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | {why} |',
                '|---|---|---|---|---|---|---|']
        for r in sorted((x for x in rows if x['folder'] == folder), key=lambda x: x['num']):
            struct = r['structure']
            if r.get('expect_qr'):
                struct += '; QR code encodes ' + ', '.join(f'`{u}`' for u in r['expect_qr'])
            if r.get('expect_zip'):
                struct += f"; ZIP password `{r['expect_zip']}` (ZipCrypto)"
            out.append(f"| {r['file']} | {r['lang']} | {_c(r['charset'])} | {_c(r['cte'])} | {_c(struct)} "
                       f"| {_c(r['what'])} | {_c(r['why'])} |")
    out += ['', '## Notes', '', '### Hard negatives (genuine business mail on the same topic as an attack)', '',
            '| Business message | Hard negative of attack(s) |', '|---|---|']
    byn = {(r['folder'], r['num']): r['file'] for r in rows}
    for r in sorted((x for x in rows if x['folder'] == 'business' and x['hard']), key=lambda x: x['num']):
        out.append(f"| business/{r['file']} | " + ', '.join(f"attack/{byn[('attack', n)]}" for n in r['hard']) + ' |')
    out += [''] + notes_extra
    return '\n'.join(out) + '\n'
