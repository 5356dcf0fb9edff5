"""Assemble one message from a compact specification."""
from functools import partial

import mime
from mime import CRLF, addr, addrlist, enc_text
from util import rfc, plus, num
import infra

MESSAGES = []
REG = {}


def P(fn, **kw):
    """Infrastructure profile with parameters."""
    return partial(fn, **kw)


def make(folder, n, lang, slug, *, frm, to, subject, t, infra, body, cc=(), reply_to=None, hcs='utf-8', henc='Q',
         extra=(), irt=None, refs=None, what='', why='', rcpt=None, order='default', date_zone='CE',
         domain=None, return_path=None, hn=None, msgid=None, quote_names=False, sender=None, date_pad=False,
         mx_delay=None, x_headers_after=True, display_from=None, bstyle=None, date_gmt=False):
    fname = '%02d-%s-%s.eml' % (n, lang, slug)
    rcpt = rcpt or to[0][1]
    frm_addr = frm[1]
    ctx = dict(t=t, rcpt=rcpt, frm=frm_addr, seed=folder + fname, domain=domain or frm_addr.split('@')[1])
    prof = infra(ctx)
    delay = (prof.get('delay') or 2) + num(fname + 'd', 0, 25) if mx_delay is None else mx_delay
    trace = ['Return-Path: <%s>' % (return_path or prof['return_path'])]
    trace.append(infra_mx(prof, rcpt, plus(t, delay), folder + fname))
    trace.extend(prof['hops'])
    mid = msgid or prof['msgid']

    def A(x):
        return addr(x[0], x[1], hcs, henc, quote_names)

    core = {
        'From': display_from or A(frm),
        'To': addrlist([x for x in to], hcs, henc, quote_names),
        'Cc': addrlist(list(cc), hcs, henc, quote_names) if cc else None,
        'Reply-To': A(reply_to) if reply_to else None,
        'Subject': enc_text(subject, hcs, henc),
        'Date': rfc(t, date_zone, pad_day=date_pad, gmt_word=date_gmt),
        'Message-ID': mid,
        'In-Reply-To': irt,
        'References': refs,
        'Sender': A(sender) if sender else None,
    }
    prof_h = [(a, (enc_text(strip_prefix(subject), hcs, henc) if (a == 'Thread-Topic' and b is None) else b))
              for a, b in prof['headers']]
    style_boundaries(body, order if bstyle is None else bstyle, folder + fname)
    if order == 'gmail':
        seq = ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject', 'To', 'Cc',
               'Reply-To', 'Sender']
    elif order == 'thunderbird':
        seq = ['Message-ID', 'Date', 'MIME-Version', 'USER-AGENT', 'Subject', 'Content-Language', 'To', 'Cc',
               'References', 'From', 'Reply-To', 'In-Reply-To', 'Sender']
    elif order == 'outlook':
        seq = ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID',
               'References', 'In-Reply-To', 'Accept-Language', 'Content-Language', 'X-MS-Has-Attach',
               'X-MS-TNEF-Correlator', 'Sender']
    else:
        seq = ['Date', 'From', 'Sender', 'Reply-To', 'To', 'Cc', 'Subject', 'Message-ID', 'In-Reply-To', 'References',
               'MIME-Version']
    headers = []
    used = set()
    for name in seq:
        if name in core:
            if core[name] is not None:
                headers.append((name, core[name]))
            used.add(name)
        elif name == 'MIME-Version':
            headers.append(('MIME-Version', '1.0'))
            used.add(name)
        else:
            for i, (pn, pv) in enumerate(prof_h):
                if pn.lower() == name.lower() and pv is not None:
                    headers.append((pn, pv))
                    prof_h[i] = (pn, None)
                    if pn.lower() == 'thread-topic' and pv is None:
                        pass
    for name, val in core.items():
        if name not in used and val is not None:
            headers.append((name, val))
    for pn, pv in prof_h:
        if pn == 'Thread-Topic' and pv is None:
            continue
        if pv is not None:
            headers.append((pn, pv))
    # fill Thread-Topic placeholder with the subject
    headers = [(a, (enc_text(subject, hcs, henc) if (a == 'Thread-Topic' and b is None) else b)) for a, b in headers]
    for pn, pv in list(prof['headers']):
        if pn == 'Thread-Topic' and pv is None and not any(a == 'Thread-Topic' for a, _ in headers):
            pass
    for e in extra:
        headers.append(e)
    if order == 'outlook':
        # Exchange/Outlook place MIME-Version at the very end
        headers = [x for x in headers if x[0] != 'MIME-Version']
    email = mime.Email(trace, headers, body)
    raw = email.render()
    if order == 'outlook':
        # move MIME-Version below Content-Type block (Outlook style)
        head, sep, rest = raw.partition(b'\r\n\r\n')
        lines = head.split(b'\r\n')
        lines = [l for l in lines if l != b'MIME-Version: 1.0']
        head = b'\r\n'.join(lines) + b'\r\nMIME-Version: 1.0'
        raw = head + sep + rest
    tps = mime.text_parts(body)
    meta = dict(folder=folder, file=fname, lang=lang, what=what, why=why, hn=hn,
                charset=' / '.join(dict.fromkeys(p.charset for p in tps)) or '-',
                cte=' / '.join(dict.fromkeys(p.cte for p in tps)) or '-',
                structure=mime.describe(body), texts=[(p.charset, p.text) for p in tps],
                msgid=mid, n=n)
    MESSAGES.append((meta, raw))
    REG[(folder, n)] = mid
    return mid


PREFIXES = ('RE:', 'Re:', 'AW:', 'Aw:', 'WG:', 'Fwd:', 'FW:', 'Fw:', 'R:', 'I:', 'Odp:', 'RE :', 'RV:', 'ΑΠ:', 'ΣΧΕΤ:',
            'Ответ:', 'Re[2]:', 'TR:', 'Rif:', 'RIF:', 'PD:', 'ODP:', 'Enc:')


def strip_prefix(s):
    changed = True
    while changed:
        changed = False
        for p in PREFIXES:
            if s.startswith(p + ' '):
                s = s[len(p) + 1:]
                changed = True
    return s


def style_boundaries(body, style, seed):
    from util import h, uuid, alnum
    multis = []

    def walk(p):
        if isinstance(p, mime.Multi):
            multis.append(p)
            for c in p.parts:
                walk(c)
    walk(body)
    for i, m in enumerate(multis):
        if m._boundary:
            continue
        if style == 'outlook':
            m._boundary = '_%03d_%s_' % (i * 4 if i else 0, h(seed + 'ob', 8).upper() + h(seed + 'ob2', 28).upper())
            m.preamble = None
        elif style == 'gmail':
            m._boundary = '0000000000' + h(seed + 'gb%d' % i, 18)
            m.preamble = None
        elif style == 'thunderbird':
            m._boundary = '------------' + alnum(seed + 'tb%d' % i, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
            m.preamble = 'This is a multi-part message in MIME format.'
        elif style == 'apple':
            m._boundary = 'Apple-Mail=_' + uuid(seed + 'ab%d' % i, upper=True)
            m.preamble = None
        elif style == 'php':
            m._boundary = 'b%d_%s' % (i + 1, alnum(seed + 'pb%d' % i, 43))
            m.preamble = 'This is a multi-part message in MIME format.'
        elif style == 'service':
            m._boundary = '----=_Part_%d_%d.%d' % (num(seed + 'sp%d' % i, 100000, 999999), num(seed + 'sq%d' % i, 10 ** 8, 10 ** 9),
                                                   1790000000000 + num(seed + 'sr%d' % i, 1, 10 ** 7))
            m.preamble = None
        else:
            m._boundary = '=_' + h(seed + 'db%d' % i, 32)
            m.preamble = 'This is a multi-part message in MIME format.'


def infra_mx(prof, rcpt, t, seed):
    return infra.mx01(prof['client'], rcpt, t, seed, tls=prof.get('tls', '1.3'))


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.rstrip('\n').split('\n')) + '\n'
