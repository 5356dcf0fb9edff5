#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt, MANIFEST.md
into the parent directory of gen/, then runs the self-check."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import mime  # noqa: E402
import routes as R  # noqa: E402
from people import STAFF  # noqa: E402
import manifest  # noqa: E402
import check  # noqa: E402

import attacks_de, attacks_en, attacks_it_pl, attacks_es_el_ru  # noqa: E401,E402
import business_de_en, business_it_pl, business_es_el_ru  # noqa: E401,E402

ORDER = ['de', 'en', 'it', 'pl', 'es', 'el', 'ru']
COUNTS = {'de': 8, 'en': 8, 'it': 5, 'pl': 5, 'es': 5, 'el': 5, 'ru': 4}


def collect(mods):
    msgs = []
    for m in mods:
        msgs += m.messages()
    msgs.sort(key=lambda x: ORDER.index(x['lang']))
    for lang in ORDER:
        n = sum(1 for x in msgs if x['lang'] == lang)
        assert n == COUNTS[lang], (lang, n)
    for i, m in enumerate(msgs, 1):
        m['num'] = i
        m['file'] = '%02d-%s-%s.eml' % (i, m['lang'], m['slug'])
    return msgs


REG = {}


def _ref(x):
    return REG[x[4:]] if x.startswith('BIZ:') else x


def build_one(m, folder):
    key = '%s/%s' % (folder, m['slug'])
    frm = m['frm']
    env = m.get('env', frm[1])
    to = m['to']
    rcpt = m.get('rcpt', to[0][1])
    ctx = R.Ctx(key, R.parse_local(m['at']), rcpt, env, frm[1])
    fn, kw = m['sys']
    r = fn(ctx, **kw)
    hcs = m.get('hcs', 'utf-8')
    henc = m.get('henc', 'Q')
    H = []
    env = r.get('env', env)
    m['_env'] = env
    H.append(('Return-Path', '<%s>' % env if env else '<>'))
    H.append((None, R.mx01(ctx, r['client'], r['tls'])))
    for h in r['hops']:
        H.append((None, h))
    pre = m.get('pre_headers', [])
    H += pre
    H.append(('From', mime.addr(frm[0], frm[1], hcs, henc)))
    if m.get('sender'):
        H.append(('Sender', m['sender']))
    H.append(('To', mime.addrlist(to, hcs, henc) if to else 'undisclosed-recipients:;'))
    if m.get('cc'):
        H.append(('Cc', mime.addrlist(m['cc'], hcs, henc)))
    if m.get('reply_to'):
        H.append(('Reply-To', mime.addrlist([m['reply_to']], hcs, henc)))
    H.append(('Subject', mime.text_header('Subject', m['subject'], hcs, henc)))
    H.append(('Date', r['date_fmt'](r['date'], None)))
    msgid = m.get('msgid') or r['msgid']
    m['_msgid'] = msgid
    if folder == 'business':
        REG[m['slug']] = msgid
    H.append(('Message-ID', msgid))
    if m.get('in_reply_to'):
        H.append(('In-Reply-To', _ref(m['in_reply_to'])))
    if m.get('references'):
        H.append(('References', '\n '.join(_ref(x) for x in m['references'])))
    syshdr = [(k, v if mime.is_ascii(v) else mime.text_header(k, v, hcs, henc))
              for k, v in r['headers'] if not (m.get('drop_sys') and k in m['drop_sys'])]
    H += syshdr
    H += m.get('headers', [])
    H.append(('MIME-Version', '1.0'))
    ch, body = mime.render(m['body'], r['bgen'])
    lines = []
    for k, v in H:
        if v is None:
            continue
        lines.append(v if k is None else '%s: %s' % (k, v))
    lines += ch
    raw = ('\n'.join(lines) + '\n\n').encode('ascii') + body
    return raw


def main():
    for folder in ('attack', 'business'):
        os.makedirs(os.path.join(OUT, folder), exist_ok=True)
        for f in os.listdir(os.path.join(OUT, folder)):
            if f.endswith('.eml'):
                os.remove(os.path.join(OUT, folder, f))
    biz = collect([business_de_en, business_it_pl, business_es_el_ru])
    att = collect([attacks_de, attacks_en, attacks_it_pl, attacks_es_el_ru])
    for folder, msgs in (('business', biz), ('attack', att)):
        for m in msgs:
            raw = build_one(m, folder)
            with open(os.path.join(OUT, folder, m['file']), 'wb') as fh:
                fh.write(raw)
    with open(os.path.join(OUT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for k, v in STAFF.items():
            fh.write('%s=%s\n' % (v[0], v[1]))
    with open(os.path.join(OUT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write(manifest.render(att, biz))
    ok = check.run(OUT, att, biz)
    print('attack: %d, business: %d, check: %s' % (len(att), len(biz), 'OK' if ok else 'FAILED'))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
