"""Assemble a complete delivered message (as seen on mx01) from an Infra,
addressing data and a MIME body tree."""
import datetime as _dt
from mime import addr, enc_words, rfcdate, rhex, rng_for, Multi, Text, Attach, text_leaves, boundary as _bnd
import mime
import infra as I

REGISTRY = {'attack': [], 'business': []}


def _fmt_addrs(lst, cs, mode):
    if isinstance(lst, tuple):
        lst = [lst]
    return ',\n\t'.join(addr(n, e, cs, mode) for n, e in lst)


class Ctx:
    """Handy per-message context: deterministic RNG and boundary helper."""
    def __init__(self, key, when):
        self.rng = rng_for(key)
        self.when = when

    def b(self, style='generic'):
        return _bnd(self.rng, style)


def message(folder, lang, slug, *, what, why, infra, when, frm, to, subject, body,
            rcpt=None, cc=None, reply_to=None, return_path=None, in_reply_to=None,
            references=None, extra=(), hcs='utf-8', hmode=None, msgid=None, hardneg=None,
            compose_delay=40, sender=None, date_zone='cet', date_override=None, tls=None,
            mx_helo=None):
    rng = rng_for(folder + slug + 'hdr')
    to_l = to if isinstance(to, list) else [to]
    rcpt = rcpt or to_l[0][1]
    rp = return_path or infra.return_path or (sender or frm[1])
    lines = ['Return-Path: <%s>' % rp]
    qid = rhex(rng, 11, True)
    tls = infra.tls if tls is None else tls
    tlsinfo = ('\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)'
               if tls else '')
    lines.append('Received: from %s (%s [%s])%s\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s'
                 % (mx_helo or infra.helo, infra.rdns, infra.ip, tlsinfo, 'ESMTPS' if tls else 'ESMTP', qid, rcpt,
                    rfcdate(when, 'cet', abbr=True)))
    t = when
    for text, delay, zone in infra.hops:
        t = t - _dt.timedelta(seconds=delay + rng.randrange(0, 2))
        text = text.replace('%RCPT%', rcpt)
        sep = '' if text.endswith('; ') or text.endswith(';\n\t') else ';'
        if text.endswith('; ') or text.endswith(';\n\t'):
            lines.append('Received: %s%s' % (text, rfcdate(t, zone)))
        else:
            lines.append('Received: %s;\n\t%s' % (text, rfcdate(t, zone)))
    t = t - _dt.timedelta(seconds=compose_delay)
    lines += infra.headers
    lines.append('From: ' + _fmt_addrs(frm, hcs, hmode))
    lines.append('To: ' + _fmt_addrs(to_l, hcs, hmode))
    if cc:
        lines.append('Cc: ' + _fmt_addrs(cc, hcs, hmode))
    if reply_to:
        lines.append('Reply-To: ' + _fmt_addrs(reply_to, hcs, hmode))
    lines.append('Subject: ' + enc_words(subject, hcs, hmode))
    if 'Thread-Topic' not in ''.join(infra.headers) and any(h.startswith('Thread-Index') for h in infra.headers):
        import re
        topic = re.sub(r'^((AW|WG|RE|R|FW|I|Fwd|ΑΠ|Re|Отв|ODP|RV|RE\s?):\s*)+', '', subject, flags=re.I)
        lines.append('Thread-Topic: ' + enc_words(topic, hcs, hmode))
    lines.append('Date: ' + (date_override or rfcdate(t, date_zone)))
    lines.append('Message-ID: ' + (msgid or infra.msgid or '<%s@%s>' % (rhex(rng, 24), frm[1].split('@')[1])))
    if in_reply_to:
        lines.append('In-Reply-To: ' + in_reply_to)
        lines.append('References: ' + (references or in_reply_to))
    lines += list(extra)
    lines.append('MIME-Version: 1.0')
    ph, pb = body.render()
    lines += ph
    raw = '\n'.join(lines).encode('ascii') + b'\n\n' + pb
    REGISTRY[folder].append({'lang': lang, 'slug': slug, 'raw': raw, 'body': body,
                             'what': what, 'why': why, 'hardneg': hardneg})
    return raw


def alt(ctx, plain, html, charset, cte, style='generic', cte_html=None):
    return Multi('alternative', [Text(plain, 'plain', charset, cte), Text(html, 'html', charset, cte_html or cte)], ctx.b(style))


def mixed(ctx, parts, style='generic'):
    return Multi('mixed', parts, ctx.b(style))


def html_of(plain, extra_css='font-family:Calibri,Arial,sans-serif;font-size:11pt'):
    import html as _h
    paras = plain.strip().split('\n\n')
    body = ''.join('<p>%s</p>\n' % _h.escape(p).replace('\n', '<br>\n') for p in paras)
    return '<html><head><meta http-equiv="Content-Type" content="text/html"></head>\n<body style="%s">\n%s</body></html>\n' % (extra_css, body)
