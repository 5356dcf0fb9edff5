"""Message specification and assembly into .eml bytes."""
import datetime as dt
import re

import infra as I
import mailkit as K
import timeutil as T

DEFAULT_ZONE = {'de': 'CET', 'it': 'CET', 'pl': 'CET', 'es': 'CET', 'el': 'EET', 'ru': 'MSK', 'en': 'GB'}


class Body:
    """Abstract body: rendered per sender style into a MIME tree."""

    def __init__(self, text, charset='utf-8', cte='quoted-printable', html=False, brand=None, html_text=None,
                 html_charset=None, html_cte=None, atts=(), inline=(), params='', html_only=False, lang=None):
        self.text, self.charset, self.cte, self.html, self.brand = text, charset, cte, html, brand
        self.html_text, self.html_charset, self.html_cte = html_text, html_charset, html_cte
        self.atts, self.inline, self.params, self.html_only, self.lang = list(atts), list(inline), params, html_only, lang

    def part(self, style):
        plain = K.Text(K.to_plain(self.text, style), 'plain', self.charset, self.cte, self.params)
        if self.html or self.brand or self.html_text or self.html_only:
            hcs = self.html_charset or self.charset
            h = self.html_text or K.to_html(self.text, 'brand' if self.brand else style, hcs, self.brand)
            hp = K.Text(h, 'html', hcs, self.html_cte or self.cte)
            core = hp if self.html_only else K.Multi('alternative', [plain, hp])
            if self.inline:
                core = K.Multi('related', [core] + self.inline,
                               params='; type="multipart/alternative"' if style == 'outlook' and not self.html_only else '')
        else:
            core = plain
        if self.atts:
            core = K.Multi('mixed', [core] + self.atts)
        return core


class Msg:
    def __init__(self, slug, arrive, infra, frm, to, subject, body, cc=(), reply_to=None, rcpt=None,
                 in_reply_to=None, references=None, headers=(), what='', why='', pair=None, zone=None, delay=None,
                 reply=None, msgid=None, tech='', sender=None):
        self.slug, self.arrive, self.infra, self.frm, self.to, self.subject = slug, arrive, infra, frm, to, subject
        self.body, self.cc, self.reply_to, self.rcpt = body, list(cc), reply_to, rcpt
        self.in_reply_to, self.references, self.headers = in_reply_to, references, list(headers)
        self.what, self.why, self.pair, self.zone, self.delay = what, why, pair, zone, delay
        self.reply = reply if reply is not None else bool(in_reply_to)
        self.msgid, self.tech, self.sender = msgid, tech, sender
        self.lang = self.kind = None  # set by build


class Ctx:
    pass


def _topic(subj):
    return re.sub(r'^((AW|RE|Re|R|Odp|ODP|RV|ΑΠ|Απ|Ответ|Fwd|WG|FW|I)\s*:\s*)+', '', subj)


def assemble(m):
    rng = K.seeded(m.kind, m.slug)
    t = T.parse_berlin(m.arrive)
    ctx = Ctx()
    ctx.rng, ctx.t = rng, t
    ctx.d = t - dt.timedelta(seconds=m.delay if m.delay is not None else rng.randint(6, 48))
    ctx.frm = m.frm[1]
    ctx.rcpt = m.rcpt or m.to[0][1]
    ctx.zone = m.zone or DEFAULT_ZONE[m.lang]
    ctx.reply = m.reply
    ctx.has_att = bool(m.body.atts)
    info = m.infra(ctx)
    style = info['style']
    part = m.body.part(style)
    m.part = part
    tps = K.text_parts(part)
    main_cs = tps[0].charset if tps else 'utf-8'
    hs = info['hs']
    if hs[0] == 'body':
        cs = main_cs
        strings = [m.subject, m.frm[0] or ''] + [n or '' for n, a in m.to + m.cc]
        try:
            for s in strings:
                s.encode(cs)
        except UnicodeEncodeError:
            cs = 'utf-8'
        hs = (cs, hs[1], cs, hs[3])
    # ---- message headers
    H = []
    H.append(('From', K.addr(m.frm[0], m.frm[1], hs)))
    if m.sender:
        H.append(('Sender', K.addr(m.sender[0], m.sender[1], hs)))
    H.append(('To', ', '.join(K.addr(n, a, hs) for n, a in m.to)))
    if m.cc:
        H.append(('Cc', ', '.join(K.addr(n, a, hs) for n, a in m.cc)))
    if m.reply_to:
        H.append(('Reply-To', K.addr(m.reply_to[0], m.reply_to[1], hs)))
    H.append(('Subject', K.hdr_text(m.subject, hs)))
    H.append(('Date', info['date']))
    H.append(('Message-ID' if info['order'] != 'apple' else 'Message-Id', m.msgid or info['msgid']))
    if m.in_reply_to:
        H.append(('In-Reply-To', m.in_reply_to))
        H.append(('References', m.references or m.in_reply_to))
    H.append(('MIME-Version' if info['order'] != 'apple' else 'Mime-Version',
              '1.0' if info['order'] != 'apple' else '1.0 (1.0)'))
    for n, v in info['mailer'] + info['extra']:
        if v is None:
            if n == 'Thread-Topic':
                v = K.hdr_text(_topic(m.subject), hs)
            elif n == 'Sender' and not m.sender:
                v = K.addr(m.frm[0], m.frm[1], hs)
            elif n == 'X-DocuSign-EnvelopeID':
                v = I.guid(rng).upper()
            else:
                continue
        H.append((n, v))
    for n, v in m.headers:
        H = [(a, b) for a, b in H if a.lower() != n.lower() or n.lower() in ('x-antiabuse', 'received')]
        H.append((n, v))
    rhdrs, rbody = K.render_part(part, style, rng, 0, hs, info.get('bstyle'))
    # ordering
    order = I.ORDERS[info['order']]
    named = [o.lower() for o in order if o != '*']
    by = {}
    for n, v in H:
        by.setdefault(n.lower(), []).append((n, v))
    out = []
    for o in order:
        if o == '*':
            for n, v in H:
                if n.lower() not in named and n.lower() not in ('content-type',):
                    out.append((n, v))
        elif o.lower() == 'content-type':
            for line in rhdrs:
                n, v = line.split(': ', 1)
                out.append((n, v))
        else:
            out += by.get(o.lower(), [])
    # ---- trace headers
    qid = I.postfix_qid(rng)
    helo, rdns, ip = info['client']
    mx = 'from %s (%s [%s])' % (helo, rdns or 'unknown', ip)
    if info['tls']:
        mx += '\n\t' + I.tls_line(info['tls']) + '\n\t(No client certificate requested)'
        proto = 'ESMTPS'
    else:
        proto = 'ESMTP'
    mx += '\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s' % (
        proto, qid, ctx.rcpt, T.rfc2822('CET', t, pad=True, comment=True))
    lines = ['Return-Path: <%s>' % info['return_path'], 'Received: ' + mx]
    for n, v in info['hops']:
        lines.append('%s: %s' % (n, v) if '\n' in v else K.fold(n, v))
    for n, v in out:
        lines.append(K.fold(n, v) if '\n' not in v else '%s: %s' % (n, v))
    head = '\n'.join(lines) + '\n\n'
    try:
        hb = head.encode('ascii')
    except UnicodeEncodeError as e:
        raise ValueError('non-ascii header in %s: %s' % (m.slug, e))
    m.info = info
    return hb + rbody
