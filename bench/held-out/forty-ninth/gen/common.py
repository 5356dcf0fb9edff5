"""Message assembly: spec dict -> RFC 5322 bytes, plus helpers used by the
message modules."""
import random
from datetime import timedelta

import mime
from mime import T, H, ALT, MIX, REL, A, plain, html_outlook, html_gmail, html_simple, U, rfc_date
import infra
from people import S, st

INTERNAL = ('@example.com', '@examplegroup.eu')


def M(folder, num, lang, slug, t, sysf, frm, to, subject, body, what, why, **kw):
    d = dict(folder=folder, num=num, lang=lang, slug=slug, t=t, sys=sysf, frm=frm, to=to,
             subject=subject, body=body, what=what, why=why)
    d.update(kw)
    return d


def _first_internal(m):
    for lst in (m.get('to'), m.get('cc'), m.get('bcc')):
        if isinstance(lst, list):
            for it in lst:
                a = it if isinstance(it, str) else it[1]
                if a.endswith(INTERNAL):
                    return a
    raise ValueError('no internal recipient in ' + m['slug'])


def _has_att(part):
    return any(p.filename and p.disposition == 'attachment' for p in mime.body_parts(part))


def build(m):
    m['file'] = '%02d-%s-%s.eml' % (m['num'], m['lang'], m['slug'])
    R = random.Random('audit49:' + m['file'])
    m.setdefault('zone', 'DE')
    if 'hcs' not in m:
        bcs = [p.charset for p in mime.body_parts(m['body']) if p.kind == 'body']
        cs = (bcs[0] if bcs else 'utf-8')
        m['hcs'] = cs
        m.setdefault('henc', 'Q' if cs.lower().startswith(('iso-8859-1', 'iso-8859-15', 'windows-1252', 'iso-8859-2', 'windows-1250')) else 'B')
    m.setdefault('henc', 'B')
    m['rcpt'] = m.get('rcpt') or _first_internal(m)
    m['has_att'] = _has_att(m['body'])
    func, kw = m['sys']
    p = func(m, R, **kw)
    hcs, henc = m['hcs'], m['henc']

    hdr = {}
    hdr['From'] = mime.addr(m['frm'][0], m['frm'][1], hcs, henc)
    if isinstance(m['to'], str):
        hdr['To'] = m['to']
    else:
        hdr['To'] = mime.addr_list(m['to'], hcs, henc)
    if m.get('cc'):
        hdr['Cc'] = mime.addr_list(m['cc'], hcs, henc)
    if m.get('reply_to'):
        rt = m['reply_to']
        hdr['Reply-To'] = mime.addr(rt[0], rt[1], hcs, henc)
    hdr['Subject'] = mime.htext(m['subject'], hcs, henc) if mime.needs_enc(m['subject']) else mime.fold(m['subject'])
    hdr['Date'] = p['date']
    hdr['Message-ID'] = m.get('msgid') or p['msgid']
    if m.get('in_reply_to'):
        hdr['In-Reply-To'] = m['in_reply_to']
    if m.get('references'):
        hdr['References'] = '\n '.join(m['references'].split())
    hdr['MIME-Version'] = '1.0'
    fn_cs = m.get('fn_cs', 'utf-8')
    for leaf in mime.body_parts(m['body']):
        if leaf.filename and leaf.fn_style == 'quoted' and p.get('fn_style', 'quoted') != 'quoted':
            leaf.fn_style = p['fn_style']
    bl, body = mime.render(m['body'], p['boundary'], fn_cs)
    if m['body'].children:
        hdr['Content-Type'] = bl[0].split(': ', 1)[1]
    else:
        for line in bl:
            k, v = line.split(': ', 1)
            hdr[k] = v
    extra = list(p['extra']) + list(m.get('extra', []))
    extra = [(k, mime.htext(v, hcs, henc) if mime.needs_enc(v) else v) for k, v in extra]
    if m.get('drop'):
        extra = [e for e in extra if e[0] not in m['drop']]

    order = p['order']
    lines = []
    used = set()

    def emit(k, v):
        lines.append('%s: %s' % (k, v) if v != '' else '%s:' % k)

    def canon(k):
        return k.lower()
    hmap = {canon(k): (k, v) for k, v in hdr.items()}
    for name in order:
        if name == '*':
            for k, v in extra:
                emit(k, v)
            used.add('*')
            continue
        c = canon(name)
        if c in hmap and c not in used:
            emit(name if name.lower() not in ('cc',) else name, hmap[c][1])
            used.add(c)
    if '*' not in used:
        for k, v in extra:
            emit(k, v)
    for c, (k, v) in hmap.items():
        if c not in used:
            emit(k, v)

    # transport
    mx_t = m['t'] + timedelta(seconds=m.get('mx_delay', R.randrange(3, 24)))
    helo, rdns, ip, tls = m.get('mx') or p['mx']
    rc = 'from %s (%s [%s])' % (helo, rdns or 'unknown', ip)
    if tls == 'tls13':
        rc += ('\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
               '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
               '\t(No client certificate requested)')
    elif tls == 'tls12':
        rc += ('\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n'
               '\t(No client certificate requested)')
    rc += '\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s' % (
        'ESMTPS' if tls else 'ESMTP', infra.pf_qid(R), m['rcpt'], rfc_date(mx_t, 'DE', True))
    head = ['Return-Path: <%s>' % (m.get('return_path') or p['return_path']), 'Received: ' + rc]
    for h in m.get('hops_override') or p['hops']:
        head.append('Received: ' + h)
    for k, v in p['pre']:
        head.append('%s: %s' % (k, v))
    text = '\n'.join(head + lines) + '\n\n'
    data = text.encode('ascii') + (body if isinstance(body, bytes) else body.encode('ascii')) + b'\n'
    m['_profile'] = p
    return data


# ---------------------------------------------------------------- body helpers
def outlook_alt(text, cs, cte='quoted-printable', lang='DE', hcte=None):
    return ALT(T(plain(text, 'outlook'), cs, cte), H(html_outlook(text, cs, lang), cs, hcte or cte))


def gmail_alt(text, cte='quoted-printable', hcte=None):
    return ALT(T(plain(text, 'gmail'), 'UTF-8', cte), H(html_gmail(text), 'UTF-8', hcte or cte))


def quote_block(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def pdf_att(name, lines, title, author, creator, producer, when, style='quoted', subject=''):
    import files
    return A(name, files.pdf(lines, title, author, creator, producer, when, subject), 'application/pdf', style=style)


def fmt_eur(x, sep='.', dec=','):
    s = '%.2f' % x
    i, d = s.split('.')
    out = ''
    while len(i) > 3:
        out = sep + i[-3:] + out
        i = i[:-3]
    return i + out + dec + d
