#!/usr/bin/env python3
"""Rebuild the evaluation set (attack/, business/, staff.txt, MANIFEST.md) into
the directory above this script, then verify every message.

    python3 gen/build.py            build + verify
    python3 gen/build.py --verify   verify the existing files only
"""
import collections
import importlib
import os
import re
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import data, ids, verify  # noqa: E402
from lib.message import Msg  # noqa: E402
from lib.registry import REG  # noqa: E402

MODULES = ['attack_de', 'attack_en', 'attack_it', 'attack_pl', 'attack_es', 'attack_el', 'attack_ru',
           'business_de', 'business_en', 'business_it', 'business_pl', 'business_es', 'business_el', 'business_ru']
LANG_PLAN = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]
LANG_NAME = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}


def load():
    for mod in MODULES:
        if os.path.exists(os.path.join(HERE, 'msgs', mod + '.py')):
            importlib.import_module('msgs.' + mod)
    msgs = []
    for folder, fname, fn in REG:
        m = Msg(folder, fname)
        fn(m)
        if not getattr(m, 'raw', None):
            raise SystemExit('%s/%s produced no message' % (folder, fname))
        msgs.append(m)
    return msgs


def check_plan(msgs):
    problems = []
    for folder in ('attack', 'business'):
        got = sorted(m.fname for m in msgs if m.folder == folder)
        n = 0
        for lang, count in LANG_PLAN:
            for i in range(count):
                n += 1
                want = '%02d-%s-' % (n, lang)
                hit = [g for g in got if g.startswith(want)]
                if len(hit) != 1:
                    problems.append('%s: expected exactly one %s*.eml, got %r' % (folder, want, hit))
        if len(got) != 40:
            problems.append('%s: %d messages, expected 40' % (folder, len(got)))
        for g in got:
            if not re.match(r'^\d\d-(de|en|it|pl|es|el|ru)-[a-z0-9-]+\.eml$', g):
                problems.append('bad file name %s' % g)
    return problems


def esc(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def manifest(msgs, analyses):
    L = []
    L.append('# Example Group – blind evaluation set 122 (spam / phishing gateway)\n')
    L.append('80 messages as received by `mx01.example.com`: 40 attacks in `attack/`, 40 genuine messages in `business/`. '
             'Every file is rebuilt byte-identically by `python3 gen/build.py` (standard library only; every random value '
             'comes from a generator seeded with the message file name), which also verifies each message.\n')
    L.append('## The company\n')
    L.append('"Example Group" – fire protection equipment installer (sprinkler, foam and gas extinguishing systems, fire '
             'alarm systems, portable extinguishers; installation, inspection and maintenance), about 700 mailboxes. '
             'Mail domains `example.com` and `examplegroup.eu`. Inbound MX `mx01.example.com` (Postfix with OpenDKIM/OpenDMARC '
             'milters, writes Authentication-Results); internal mail is relayed by `mail-int01.example.com [10.20.0.25]` from '
             'Exchange 2019 servers `EXCH01.corp.example.com [10.20.1.11]` / `EXCH02.corp.example.com [10.20.1.12]`. '
             'Besides on-premises Exchange the group uses a Microsoft 365 / Entra ID tenant (Teams, OneDrive, MFA).\n')
    L.append('| Office | Legal entity | Address | Tax ID | Registration | Phone | House bank / account |')
    L.append('|---|---|---|---|---|---|---|')
    for o in data.OFFICES:
        bank = o['bank']
        acct = ids.fmt_iban(bank[1]) if o['key'] != 'RU' else 'р/с %s, БИК %s' % (bank[1], bank[2])
        L.append('| %s | %s | %s | %s %s | %s | %s | %s: %s |' % (o['country'], esc(o['entity']), esc(o['address']), o['taxlabel'],
                                                              o['taxid'], esc(o['other']), o['phone'], bank[0], acct))
    L.append('\nAll tax identifiers carry valid check digits (DE USt-IdNr ISO 7064 MOD 11,10; IT partita IVA Luhn variant; '
             'PL NIP weights 6-5-7-2-3-4-5-6-7 and REGON; ES CIF control digit; GR ΑΦΜ powers of two mod 11; GB VAT mod 97; '
             'RU ИНН/ОГРН), all IBANs pass mod 97 and their national check digits (IT CIN, ES DC, PL sort-code digit).\n')
    L.append('## Staff (`staff.txt`)\n')
    L.append('| Name | Address | Office | Role |')
    L.append('|---|---|---|---|')
    for n, a, o, r in data.STAFF:
        L.append('| %s | %s | %s | %s |' % (n, a, o, esc(r)))
    L.append('\n## Correspondents\n')
    L.append('| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |')
    L.append('|---|---|---|---|---|')
    for c in data.CORRESPONDENTS:
        addrs = '; '.join('%s <%s> (%s)' % p for p in c['people'])
        L.append('| %s | %s | %s | %s | %s |' % (esc(c['org']), c['country'], esc(addrs), esc(c['relationship']), esc(c['system'])))
    L.append('\nPlatforms, banks and authorities that write to the company (real services, modelled):\n')
    L.append('| Organisation | Country | Sender addresses | Relationship | Mail system as modelled |')
    L.append('|---|---|---|---|---|')
    for p in data.PLATFORMS:
        L.append('| %s |' % ' | '.join(esc(x) for x in p))
    for folder, why in (('attack', 'Why attack'), ('business', 'Why genuine')):
        L.append('\n## %s/\n' % folder)
        L.append('| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |' % why)
        L.append('|---|---|---|---|---|---|---|')
        for m in sorted((x for x in msgs if x.folder == folder), key=lambda x: x.fname):
            a = analyses[(folder, m.fname)]
            cs, cte = verify.body_charset_cte(a['msg'])
            st = verify.structure_str(a['msg'])
            if m.structure:
                st += '; ' + m.structure
            L.append('| `%s` | %s | %s | %s | %s | %s | %s |' % (m.fname, m.lang, cs, cte, esc(st), esc(m.what), esc(m.why)))
    L.append('\n## Notes\n')
    L.append('### Hard negatives (genuine message of the same topic as an attack)\n')
    L.append('| Genuine (business/) | Attack(s) on the same topic | Topic | What makes the genuine one genuine |')
    L.append('|---|---|---|---|')
    for m in sorted((x for x in msgs if x.folder == 'business' and x.hard_negative_of), key=lambda x: x.fname):
        atk, topic, diff = m.hard_negative_of
        L.append('| `%s` | %s | %s | %s |' % (m.fname, ', '.join('`%s`' % a for a in atk), esc(topic), esc(diff)))
    L.append('\n### Account numbers, identifiers, QR codes\n')
    L.append('- Every IBAN in the set (bodies, PDFs, QR payloads) passes the ISO 13616 mod-97 check; German, Italian, Spanish, '
             'Polish, Greek, British, Lithuanian, Belgian and other IBANs are built from their national BBAN layout (IT CIN, ES '
             'control digits and PL sort-code check digit are computed). The build scans all decoded text for IBAN-shaped '
             'strings and fails on any invalid one.')
    L.append('- Russian bank details (р/с, к/с) carry a valid control key against their БИК; ИНН/ОГРН/КПП are well-formed.')
    L.append('- Bitcoin addresses are bech32 (BIP-173) with a valid checksum (random 20-byte programs, not real wallets).')
    L.append('- QR codes are encoded by `gen/lib/qr.py` (ISO 18004, byte mode, EC level M) and drawn into PNG or PDF images; '
             'the build decodes every QR image found in a message (PNG parts, images inside PDFs) with its own reader and '
             'compares the payload. EPC/GiroCode payloads follow EPC069-12 v002.')
    L.append('- Phishing URLs use invented domains (look-alikes, abused hosting) – none of them is meant to resolve. Genuine '
             'links point to the real services\' own domains.')
    L.append('- Malware-bearing attachments are inert stand-ins: archives and disk images carry the file names and '
             'structure of the real lures (LNK, JS, MSI, HTA names) but their members contain only a short text noting that '
             'the payload was removed; no scripts, no macros, no executables.')
    L.append('- Signature values (DKIM, ARC, S/MIME) and anti-spam stamps of the sending systems are random but well-formed.')
    L.append('\n### Facts per message\n')
    L.append('Curated facts first, then every further URL / IBAN the verifier found in the decoded message (bodies, '
             'HTML attributes, PDF text and link annotations, archive members, QR payloads).\n')
    L.append('| File | IBANs / accounts | URLs | Phone numbers | Wallets | QR payloads | Other identifiers |')
    L.append('|---|---|---|---|---|---|---|')
    for m in sorted(msgs, key=lambda x: (x.folder, x.fname)):
        f = dict(m.facts)
        a = analyses[(m.folder, m.fname)]
        f['ibans'] = list(f['ibans']) + [i for i in a['ibans'] if i not in f['ibans']]
        f['urls'] = list(f['urls']) + [u for u in a['urls'] if u not in f['urls'] and u.replace('&amp;', '&') not in f['urls']]

        def j(xs):
            return '<br>'.join('`%s`' % esc(x) for x in xs) if xs else '–'
        L.append('| `%s/%s` | %s | %s | %s | %s | %s | %s |' % (m.folder, m.fname, j(f['ibans']), j(f['urls']), j(f['phones']),
                                                               j(f['wallets']), j([q.replace('\n', '⏎') for q in m.qr_expect]), j(f['other'])))
    return '\n'.join(L) + '\n'


def main():
    verify_only = '--verify' in sys.argv
    msgs = load()
    problems = check_plan(msgs)
    if not verify_only:
        for folder in ('attack', 'business'):
            d = os.path.join(OUT, folder)
            if os.path.isdir(d):
                shutil.rmtree(d)
            os.makedirs(d)
        for m in msgs:
            with open(os.path.join(OUT, m.folder, m.fname), 'wb') as f:
                f.write(m.raw)
        with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as f:
            for n, a, o, r in data.STAFF:
                f.write('%s=%s\n' % (n, a))
    analyses = {}
    for m in msgs:
        path = os.path.join(OUT, m.folder, m.fname)
        with open(path, 'rb') as f:
            raw = f.read()
        if raw != m.raw:
            problems.append('%s/%s differs from a fresh build' % (m.folder, m.fname))
        a = verify.analyse(raw, dict(facts=m.facts, qr=m.qr_expect, zip_passwords=m.zip_passwords))
        analyses[(m.folder, m.fname)] = a
        for p in a['problems']:
            problems.append('%s/%s: %s' % (m.folder, m.fname, p))
    names = {(m.folder, m.fname) for m in msgs}
    for m in msgs:
        if m.hard_negative_of:
            for a in m.hard_negative_of[0]:
                if ('attack', a) not in names:
                    problems.append('%s: hard negative refers to unknown attack %s' % (m.fname, a))
        if m.folder == 'business' and not m.hard_negative_of:
            pass
    # identifiers
    for o in data.OFFICES:
        tid = o['taxid']
        ok = {'DE': ids.de_ust_valid, 'IT': ids.it_piva_valid, 'PL': ids.pl_nip_valid, 'ES': ids.es_cif_valid,
              'GR': ids.gr_afm_valid, 'UK': ids.gb_vat_valid, 'RU': ids.ru_inn_valid}[o['key']](tid)
        if not ok:
            problems.append('tax id of %s invalid: %s' % (o['key'], tid))
        if o['key'] == 'RU':
            if not ids.ru_account_valid(o['bank'][2], o['bank'][1]):
                problems.append('RU account key invalid')
        elif not ids.iban_valid(o['bank'][1]):
            problems.append('office IBAN invalid %s' % o['key'])
    # correspondents' identifiers used in the documents, checked independently
    from msgs.attack_pl import PARTNER_NIP
    from msgs.business_it import FERRETTI_PIVA
    from msgs.business_el import PYRO_AFM
    checks = [('PL NIP Partner Logistik', ids.pl_nip_valid(PARTNER_NIP)),
              ('IT P.IVA Ferretti', ids.it_piva_valid(FERRETTI_PIVA)),
              ('GR AFM Pyrosvesis', ids.gr_afm_valid(PYRO_AFM)),
              ('DE USt Lieferant', ids.de_ust_valid(ids.de_ust('12583947'))),
              ('ES CIF Extintores Turia', ids.es_cif_valid(ids.es_cif('B', '4682931'))),
              ('RU INN TechnoPozhSnab', ids.ru_inn_valid(data.TPS['inn'])),
              ('RU r/s TechnoPozhSnab', ids.ru_account_valid(data.TPS['bik'], data.TPS['rs'])),
              ('RU k/s TBank', ids.ru_account_valid(data.TPS['bik'], data.TPS['ks'], correspondent=True)),
              ('RU k/s Sberbank', ids.ru_account_valid('044525225', '30101810400000000225', correspondent=True)),
              ('RU OGRN Example', ids.ru_ogrn_valid(data.OFF['RU']['other'].split('ОГРН ')[1])),
              ('PL REGON Example', ids.pl_regon_valid(data.OFF['PL']['other'].split('REGON ')[1][:9]))]
    for m in msgs:
        for kind, *vals in m.ids_to_check:
            if kind == 'ru_account':
                checks.append(('%s %s' % (m.fname, vals[1]), ids.ru_account_valid(vals[0], vals[1], vals[2])))
    for label, ok in checks:
        if not ok:
            problems.append('identifier check failed: ' + label)
    man = manifest(msgs, analyses)
    if not verify_only:
        with open(os.path.join(OUT, 'MANIFEST.md'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(man)
    else:
        with open(os.path.join(OUT, 'MANIFEST.md'), encoding='utf-8') as f:
            if f.read() != man:
                problems.append('MANIFEST.md differs from a fresh build')
    c = collections.Counter(m.folder for m in msgs)
    print('messages: attack=%d business=%d' % (c['attack'], c['business']))
    if problems:
        print('VERIFY FAILED (%d problems):' % len(problems))
        for p in problems:
            print('  -', p)
        sys.exit(1)
    print('verify: OK (%d messages parsed, all parts decoded, QR/IBAN/identifier checks passed)' % len(msgs))


if __name__ == '__main__':
    main()
