"""Assemble a complete message from a spec: route (sending system), header
fields, body tree.  Returns the .eml bytes and manifest metadata."""
import mime
from infra import mx01_received
from mime import (Leaf, Multi, attachment, boundary, gmail_html, gmail_text,
                  outlook_html, outlook_text, tb_html, text_part, md_text)
from util import addr, enc_text, is_ascii, parse_local, rng_for

ORDERS = {
    'outlook': ['From', 'To', 'CC', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index',
                'Date', 'Message-ID', 'References', 'In-Reply-To', 'Accept-Language',
                'Content-Language', 'X-MS-Has-Attach', 'X-MS-TNEF-Correlator', 'msip_labels',
                'x-originating-ip', '*', 'Content-Type', 'MIME-Version'],
    'olk16': ['From', 'To', 'Cc', 'Reply-To', 'References', 'In-Reply-To', 'Subject', 'Date',
              'Message-ID', 'MIME-Version', 'Content-Type', 'X-Mailer', 'Thread-Index',
              'Content-Language', '*'],
    'gmail': ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID',
              'Subject', 'To', 'Cc', 'Reply-To', '*', 'Content-Type'],
    'tb': ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Content-Language', 'To', 'Cc',
           'References', 'From', 'Reply-To', 'Subject', 'In-Reply-To', '*', 'Content-Type'],
    'rc': ['MIME-Version', 'Date', 'From', 'To', 'Cc', 'Subject', 'In-Reply-To', 'References',
           'Reply-To', 'Message-ID', 'X-Sender', 'User-Agent', '*', 'Content-Type'],
    'apple': ['From', 'Content-Type', 'Mime-Version', 'Subject', 'Date', 'Message-Id',
              'References', 'Cc', 'In-Reply-To', 'To', 'Reply-To', 'X-Mailer', '*'],
    'trinity': ['MIME-Version', 'Message-ID', 'From', 'To', 'Reply-To', 'Subject',
                'Content-Type', 'Date', 'Importance', 'Sensitivity', 'X-Priority', '*'],
    'esp': ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'MIME-Version', '*',
            'Content-Type'],
    'generic': ['Date', 'From', 'To', 'Cc', 'Reply-To', 'Subject', 'Message-ID', 'In-Reply-To',
                'References', 'MIME-Version', '*', 'Content-Type'],
    'php': ['Date', 'To', 'From', 'Reply-To', 'Subject', 'Message-ID', 'X-Mailer',
            'MIME-Version', '*', 'Content-Type'],
    'bat': ['Date', 'From', 'Reply-To', 'X-Mailer', 'X-Priority', 'Message-ID', 'To', 'Cc',
            'Subject', 'In-Reply-To', 'References', 'MIME-Version', '*', 'Content-Type'],
    'yahoo': ['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'In-Reply-To', 'References',
              'Subject', 'MIME-Version', 'Content-Type', '*'],
    'zoho': ['Date', 'From', 'To', 'Cc', 'Message-Id', 'In-Reply-To', 'References', 'Subject',
             'MIME-Version', 'Content-Type', 'Importance', 'User-Agent', 'X-Mailer', '*'],
}

OUTLOOK_PREFIX = {'mixed': '_004_', 'alternative': '_000_', 'related': '_006_'}


# --------------------------------------------------------------- body nodes
def plain(md, cs='utf-8', cte='quoted-printable', flowed=False, link='angle'):
    return ('plain', md, cs, cte, flowed, link)


def alt(md, cs='utf-8', cte_t='quoted-printable', cte_h='quoted-printable', lang='DE',
        html=None, text=None):
    return ('alt', md, cs, cte_t, cte_h, lang, html, text)


def html_only(html, cs='utf-8', cte='quoted-printable'):
    return ('html', html, cs, cte)


def mixed(body, *atts):
    return ('mixed', body, list(atts))


def related(body, *imgs):
    return ('related', body, list(imgs))


def att(data, ctype, filename, note='', inline=False, cid=None):
    return ('att', data, ctype, filename, note, inline, cid)


class Ctx:
    def __init__(self, r, rng, t):
        self.r, self.rng, self.t = r, rng, t
        self.n = 0

    def bnd(self, sub):
        self.n += 1
        if self.r.bstyle == 'outlook':
            p = OUTLOOK_PREFIX.get(sub, '_00%d_' % self.n)
            return p + self.r.bseed + '_'
        if self.r.bstyle == 'olk16':
            return '----=_NextPart_%03d_%04X_%s.%08X' % (
                self.n - 1, self.r.olk_ctr + self.n, self.r.ft_hi, self.rng.getrandbits(32))
        return boundary(self.rng, self.r.bstyle)


def resolve(node, cx):
    r = cx.r
    kind = node[0]
    if kind == 'plain':
        _, md, cs, cte, flowed, link = node
        txt = md_text(md, link) if r.tstyle != 'gmail' else gmail_text(md)
        if r.tstyle == 'outlook':
            txt = outlook_text(md)
        return text_part(txt, 'plain', cs, cte, r.tstyle, flowed)
    if kind == 'alt':
        _, md, cs, cte_t, cte_h, lang, html, text = node
        st = r.tstyle
        if text is None:
            text = gmail_text(md) if st == 'gmail' else outlook_text(md)
        if html is None:
            if st == 'outlook':
                html = outlook_html(md, cs, lang)
            elif st == 'gmail':
                html = gmail_html(md)
            else:
                html = tb_html(md, cs)
        tp = text_part(text, 'plain', cs, cte_t, st)
        hp = text_part(html, 'html', cs, cte_h, st)
        return Multi('alternative', [tp, hp], cx.bnd('alternative'),
                     inline=st in ('gmail', 'generic', 'rc'))
    if kind == 'html':
        _, html, cs, cte = node
        return text_part(html, 'html', cs, cte, r.tstyle)
    if kind == 'mixed':
        _, body, atts = node
        bd = cx.bnd('mixed')
        parts = [resolve(body, cx)] + [resolve(a, cx) for a in atts]
        return Multi('mixed', parts, bd, inline=r.tstyle in ('gmail', 'generic', 'rc'))
    if kind == 'related':
        _, body, imgs = node
        bd = cx.bnd('related')
        parts = [resolve(body, cx)] + [resolve(a, cx) for a in imgs]
        extra = ';\n\ttype="multipart/alternative"' if body[0] == 'alt' else ''
        if r.tstyle in ('gmail', 'generic', 'rc'):
            extra = extra.replace('\n\t', ' ')
            return Multi('related', parts, bd, extra=extra, inline=True)
        return Multi('related', parts, bd, extra=extra)
    if kind == 'att':
        _, data, ctype, fn, note, inline, cid = node
        xa = 'f_%s%d' % (''.join(cx.rng.choice('abcdefghijklmnopqrstuvwxyz0123456789')
                                 for _ in range(8)), cx.n)
        fcs = getattr(cx, 'hcs', None) or r.hcs or 'utf-8'
        try:
            fn.encode(fcs)
        except (UnicodeEncodeError, LookupError):
            fcs = 'utf-8'
        fmode = 'B' if fcs.lower() in ('utf-8', 'koi8-r', 'windows-1251') or r.tstyle == 'gmail' else 'Q'
        leaf = attachment(data, ctype, fn, r.astyle, cx.t, inline=inline, cid=cid,
                          fn_cs=fcs, fn_mode=fmode, xattach=xa)
        leaf.info['note'] = note
        return leaf
    raise ValueError(kind)


def first_text_cs(node):
    if node[0] in ('plain', 'alt', 'html'):
        return node[2]
    return first_text_cs(node[1])


# --------------------------------------------------------------- structure
SHORT = {'text/plain': 'plain', 'text/html': 'html'}


def structure(part):
    if isinstance(part, Leaf):
        i = part.info
        if i['kind'] == 'text':
            return SHORT.get(i['ctype'], i['ctype'])
        s = '%s "%s"' % (i['ctype'], i['filename'])
        if i['kind'] == 'inline':
            s = 'inline ' + s
        if i.get('note'):
            s += ' (%s)' % i['note']
        return s
    return '%s[%s]' % (part.subtype, ', '.join(structure(p) for p in part.parts))


def text_encodings(part, acc=None):
    acc = [] if acc is None else acc
    if isinstance(part, Leaf):
        if part.info['kind'] == 'text':
            k = (part.info['charset'], part.info['cte'])
            acc.append((SHORT.get(part.info['ctype']), k))
    else:
        for p in part.parts:
            text_encodings(p, acc)
    return acc


def has_attach(part):
    if isinstance(part, Leaf):
        return part.info['kind'] == 'attach'
    return any(has_attach(p) for p in part.parts)


# --------------------------------------------------------------- build
def build(spec):
    key = '%s-%02d-%s' % (spec['folder'], spec['num'], spec['slug'])
    rng = rng_for('audit70', key)
    t = parse_local(spec['when'], 'CET')
    frm_name, frm_addr = spec['frm']
    rcpt = spec.get('rcpt') or spec['to'][0][1]
    c = {'rng': rng, 't': t, 'rcpt': rcpt, 'env_from': spec.get('env_from') or frm_addr,
         'attach': spec.get('attach', False), 'from': frm_addr}
    r = spec['route'](c)
    cx = Ctx(r, rng, t)
    node = spec['body'](r) if callable(spec['body']) else spec['body']
    body_cs = first_text_cs(node)
    hcs = spec.get('hcs') or r.hcs or (body_cs if body_cs.lower() not in ('us-ascii',) else 'utf-8')
    if r.hcs_upper and hcs.lower() == 'utf-8':
        hcs = 'UTF-8'
    cx.hcs = hcs
    root = resolve(node, cx)
    hmode = spec.get('hmode') or r.hmode

    def mode_for(cs):
        if hmode != 'auto':
            return hmode
        return 'B' if cs.lower() in ('utf-8', 'koi8-r', 'windows-1251') else 'Q'

    def A(pair):
        n, a = pair
        cs = hcs
        if n and not is_ascii(n):
            try:
                n.encode(cs)
            except (UnicodeEncodeError, LookupError):
                cs = 'utf-8'
        q = spec.get('quote_names', False)
        return addr(n, a, cs, mode_for(cs), quote=q and bool(n))

    def T(text):
        cs = hcs
        try:
            text.encode(cs)
        except UnicodeEncodeError:
            cs = 'utf-8'
        return enc_text(text, cs, mode_for(cs))

    H = {}
    H['From'] = A(spec['frm'])
    H['To'] = ', '.join(A(p) for p in spec['to']) if spec['to'] else 'undisclosed-recipients:;'
    if spec.get('cc'):
        H['Cc'] = ', '.join(A(p) for p in spec['cc'])
    if spec.get('reply_to'):
        H['Reply-To'] = A(spec['reply_to'])
    H['Subject'] = T(spec['subject'])
    H['Date'] = spec.get('date_override') or r.date
    H['Message-ID'] = spec.get('msgid') or r.msgid
    if spec.get('in_reply_to'):
        H['In-Reply-To'] = spec['in_reply_to']
        H['References'] = spec.get('references') or spec['in_reply_to']
    H['MIME-Version'] = '1.0 (1.0)' if r.order == 'apple' else '1.0'
    extras = []
    for n, v in r.mailer:
        if n == 'Thread-Topic':
            v = T(spec['subject'].split(': ', 1)[-1] if spec['subject'][:4] in
                  ('AW: ', 'RE: ', 'Re: ', 'R: ', 'FW: ', 'WG: ', 'RV: ', 'ΑΠ: ') else spec['subject'])
        if n == 'X-MS-Has-Attach':
            v = 'yes' if has_attach(root) else ''
        extras.append((n, v))
    extras += spec.get('extra', [])
    root_hdrs, body = mime.render(root)
    msg_hdrs = []
    used = set()
    order = ORDERS[r.order]
    lower = {k.lower(): k for k in H}
    for name in order:
        if name == '*':
            for n, v in extras:
                if n.lower() not in [o.lower() for o in order]:
                    msg_hdrs.append((n, v))
            continue
        if name.lower() in ('content-type',):
            msg_hdrs += root_hdrs
            continue
        if name.lower() in lower and name.lower() not in used:
            msg_hdrs.append((name, H[lower[name.lower()]]))
            used.add(name.lower())
            continue
        for n, v in extras:
            if n.lower() == name.lower():
                msg_hdrs.append((name, v))
    for k in H:
        if k.lower() not in used and k.lower() not in [o.lower() for o in order]:
            raise ValueError('header %s not placed for order %s' % (k, r.order))
        if k.lower() not in used:
            raise ValueError('header %s missing in order %s' % (k, r.order))
    top = [('Return-Path', '<%s>' % (r.return_path or '')),
           ('Received', mx01_received(rng, r, rcpt, t))]
    top += [('Received', h) for h in r.hops]
    top += r.trace
    all_hdrs = top + msg_hdrs + r.post + spec.get('post', [])
    data = mime.serialize_headers(all_hdrs) + b'\r\n' + body
    fname = '%02d-%s-%s.eml' % (spec['num'], spec['lang'], spec['slug'])
    encs = text_encodings(root)
    meta = {'file': fname, 'lang': spec['lang'], 'structure': structure(root),
            'encodings': encs, 'what': spec['what'], 'why': spec['why'],
            'subject': spec['subject'], 'rcpt': rcpt, 'from': spec['frm'],
            'neg_of': spec.get('neg_of', []), 'tech': spec.get('tech', ''),
            'infra': spec.get('infra', ''), 'checks': spec.get('checks', {}),
            'root': root}
    return fname, data, meta
