"""Assemble one message from a spec: trace headers, mx01 hop, headers, MIME body."""
import random

import clock
import infra
from mime import Multi, Text, addr, addrs, ew, render_message, describe, text_parts, attachments


def _fill_boundaries(part, gen, counter):
    if isinstance(part, Multi):
        if part.boundary is None:
            part.boundary = gen(counter[0])
            counter[0] += 1
        for p in part.parts:
            _fill_boundaries(p, gen, counter)


def mx01(c, client, tls, delay):
    helo, rdns, ip = client
    s = f'from {helo} ({rdns} [{ip}])\n\t'
    if tls:
        s += ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t'
              ' key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t'
              '(No client certificate requested)\n\t')
    s += f'by mx01.example.com (Postfix) with {"ESMTPS" if tls else "ESMTP"} id {c.pfid()}\n\t'
    s += f'for <{c.rcpt}>; {c.tm(delay, "DE", True)}'
    return s


def build(spec):
    """spec keys: folder num lang slug date zone from to [cc reply_to rcpt env_from]
    subject body infra ikw [hcs pre extra msgid in_reply_to references date_hdr]
    what why [hard]"""
    seed = f"{spec['folder']}-{spec['num']:02d}-{spec['slug']}"
    rng = random.Random(seed)
    t = clock.local(spec['date'], spec['zone'])
    frm = spec['from']
    to = spec['to']
    rcpt = spec.get('rcpt', to[0][1])
    env = spec.get('env_from', frm[1])
    c = infra.Ctx(rng, t, spec['zone'], frm[1], rcpt, env)
    inf = spec['infra'](c, **spec.get('ikw', {}))
    body = spec['body']
    _fill_boundaries(body, inf['bnd'], [0])

    cs, enc = spec.get('hcs', ('utf-8', 'B'))
    label = spec.get('hlabel')
    kw = dict(charset=cs, enc=enc, label=label)

    delay = len(inf['hops']) + rng.randrange(2, 9)
    h = [('Return-Path', '<>' if env == '' else f'<{env}>'),
         ('Received', mx01(c, inf['client'], inf['tls'], delay))]
    h += [('Received', x) for x in inf['hops']]
    h += inf['pre']
    h += spec.get('pre', [])
    h.append(('From', spec.get('from_raw') or addr(*frm, **kw)))
    if 'sender' in spec:
        h.append(('Sender', addr(*spec['sender'], **kw)))
    h.append(('To', spec.get('to_raw') or addrs(to, **kw)))
    if spec.get('cc'):
        h.append(('CC', addrs(spec['cc'], **kw)))
    h.append(('Subject', ew(spec['subject'], cs, enc, label)))
    h.append(('Date', spec.get('date_hdr') or inf['date']))
    h.append(('Message-ID', spec.get('msgid') or inf['msgid']))
    if spec.get('in_reply_to'):
        h.append(('In-Reply-To', spec['in_reply_to']))
    if spec.get('references'):
        h.append(('References', spec['references']))
    if spec.get('reply_to'):
        h.append(('Reply-To', addr(*spec['reply_to'], **kw)))
    post = [(k, v) for k, v in inf['post'] if v is not None]
    drop = {k.lower() for k in spec.get('drop', [])}
    post = [(k, v) for k, v in post if k.lower() not in drop]
    if post and isinstance(body, Multi) is False:
        pass
    h += post
    h += spec.get('extra', [])
    h = [(k, v if v is None or all(ord(ch) < 128 for ch in v) else ew(v, cs, enc, label)) for k, v in h]
    for k, v in h:
        if k.lower() in ('authentication-results', 'dkim-signature', 'arc-seal', 'x-spam-status'):
            raise ValueError('forbidden header')
    data = render_message(h, body)
    tps = list(text_parts(body))
    row = dict(
        file=f"{spec['num']:02d}-{spec['lang']}-{spec['slug']}.eml",
        folder=spec['folder'], num=spec['num'], lang=spec['lang'],
        charset=', '.join(dict.fromkeys(p.label for p in tps)) or '-',
        cte=', '.join(dict.fromkeys(p.cte for p in tps)) or '-',
        structure=describe(body), what=spec['what'], why=spec['why'],
        hard=spec.get('hard', []), subject=spec['subject'], from_=frm,
        texts=[p.text for p in tps], atts=list(attachments(body)),
        expect_qr=spec.get('expect_qr'), expect_zip=spec.get('expect_zip'),
    )
    return data, row
