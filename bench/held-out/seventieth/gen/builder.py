"""Message registry and assembly: header order, mx01 Received header,
boundaries, HTML alternatives in each client's style."""
import html as _html
import re

from common import rng_for, rfc_date, plus, postfix_qid
from mime import ew, addr, addrs, render_message, describe, fit, Part

MESSAGES = []
LANG_ORDER = ['de', 'en', 'it', 'pl', 'es', 'el', 'ru']
INTERNAL = ('@example.com', '@examplegroup.eu')


def add(folder, lang, slug, inf, t, frm, to, subject, body, cc=(), reply_to=None,
        rcpt=None, hcs='utf-8', henc='Q', extra=(), what='', why='', pair=None,
        env_from=None, irt=None, refs=None, date_zone=None, delay=None, to_raw=None,
        check=None):
    assert folder in ('attack', 'business')
    MESSAGES.append(dict(folder=folder, lang=lang, slug=slug, inf=inf, t=t, frm=frm, to=list(to),
                         cc=list(cc), subject=subject, body=body, reply_to=reply_to, rcpt=rcpt,
                         hcs=hcs, henc=henc, extra=list(extra), what=what, why=why, pair=pair,
                         env_from=env_from, irt=irt, refs=refs, date_zone=date_zone,
                         delay=delay, to_raw=to_raw, check=check or {}))


def _hval(v, hcs, henc):
    if all(ord(c) < 128 for c in v):
        return v
    return ew(v, hcs, henc)


def build(m):
    inf = m['inf']
    rng = rng_for(m['folder'] + '/' + m['slug'])
    t = m['t']
    frm_name, frm_addr = m['frm']
    rcpt = m['rcpt']
    if not rcpt:
        for n, a in m['to'] + m['cc']:
            if a.endswith(INTERNAL):
                rcpt = a
                break
    assert rcpt, m['slug']
    subject = m['subject']
    inf._t = t
    mid = inf.msgid(t, rng, frm_addr)
    ihdrs = inf.headers(t, rng, frm_addr, subject)
    # Outlook/Exchange and Gmail write charset="..." quoted
    if inf.att == 'gmail' or any(k == 'Thread-Index' for k, v in ihdrs):
        for p in m['body'].walk():
            if p.ctype.startswith('text/') and 'charset' in p.info:
                p.info['quote_charset'] = True
    # attachments without an explicit style take the sending client's style
    from mime import attach as _attach
    for p in m['body'].walk():
        a = p.info.get('auto')
        if a and inf.att != 'outlook':
            q = _attach(a['data'], a['ctype'], a['filename'], a['inline'], a['cid'], inf.att,
                        a['size'], a['name_charset'], a['date'])
            p.params, p.extra = q.params, q.extra
    # boundaries
    n = 0
    for p in m['body'].walk():
        if p.children and not p.boundary:
            n += 1
            p.boundary = inf.boundary(rng, p.ctype.split('/')[1], n)
    env = m['env_from'] or inf.return_path(frm_addr, rcpt, rng)
    hops = inf.hops(t, rcpt, rng, env)
    delay = m['delay'] if m['delay'] is not None else inf.delay + rng.randrange(0, 4)
    tmx = plus(t, delay)
    mx = ('from %s (%s [%s])\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s'
          % (inf.helo, inf.rdns, inf.ip, inf.proto, postfix_qid(rng), rcpt, rfc_date(tmx, 'DE', True)))
    H = [('Return-Path', '<%s>' % env), ('Received', mx)]
    for h in hops:
        H.append(('Received', h))
    hcs, henc = m['hcs'], m['henc']
    dz = m['date_zone'] or inf.date_zone
    date = rfc_date(t, dz)
    to_v = m['to_raw'] if m['to_raw'] else addrs(m['to'], hcs, henc)
    fr = addr(frm_name, frm_addr, hcs, henc)
    subj = _hval(subject, hcs, henc)
    ihdrs = [(k, _hval(v, hcs, henc)) for k, v in ihdrs]
    outlookish = any(k == 'Thread-Topic' for k, v in ihdrs)
    core = []
    if outlookish:
        core.append(('From', fr))
        core.append(('To', to_v))
        if m['cc']:
            core.append(('CC', addrs(m['cc'], hcs, henc)))
        core.append(('Subject', subj))
        core += [h for h in ihdrs if h[0] in ('Thread-Topic', 'Thread-Index')]
        core.append(('Date', date))
        core.append(('Message-ID', mid))
        if m['refs']:
            core.append(('References', m['refs']))
        if m['irt']:
            core.append(('In-Reply-To', m['irt']))
        core += [h for h in ihdrs if h[0] not in ('Thread-Topic', 'Thread-Index')]
        if m['reply_to']:
            core.append(('Reply-To', addr(m['reply_to'][0], m['reply_to'][1], hcs, henc)))
    else:
        core.append(('Date', date))
        core.append(('From', fr))
        if m['reply_to']:
            core.append(('Reply-To', addr(m['reply_to'][0], m['reply_to'][1], hcs, henc)))
        core.append(('To', to_v))
        if m['cc']:
            core.append(('Cc', addrs(m['cc'], hcs, henc)))
        core.append(('Subject', subj))
        core.append(('Message-ID', mid))
        if m['irt']:
            core.append(('In-Reply-To', m['irt']))
        if m['refs']:
            core.append(('References', m['refs']))
        core += ihdrs
    core += [(k, _hval(v, hcs, henc)) for k, v in m['extra']]
    H += core
    data = render_message(H, m['body'])
    cs, cte, st = describe(m['body'])
    m['charset'], m['cte'], m['structure'] = cs, cte, st
    m['msgid'] = mid
    return data


# ------------------------------------------------------------------ HTML styles
def _esc(s, charset):
    s = _html.escape(s, quote=False)
    out = []
    for ch in s:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append('&#%d;' % ord(ch))
    return ''.join(out)


_URL = re.compile(r'(https?://[^\s<>")]+[^\s<>").,;:])')


def _linkify(s):
    return _URL.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(1), mo.group(1)), s)


def html_of(text, style='outlook', charset='utf-8', lang='DE'):
    lines = text.replace('\r\n', '\n').split('\n')
    if style == 'outlook':
        body = []
        for ln in lines:
            if ln.strip():
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _linkify(_esc(ln, charset)))
            else:
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
                'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, lang, '\n'.join(body)))
    if style == 'gmail':
        out = []
        for ln in lines:
            out.append('<div>%s</div>' % _linkify(_esc(ln, charset)) if ln.strip() else '<div><br></div>')
        return '<div dir="ltr">%s</div>\n' % '\n'.join(out)
    if style == 'tb':
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '  </head>\n  <body>\n    <p>%s</p>\n  </body>\n</html>\n'
                % (charset, '<br>\n      '.join(_linkify(_esc(ln, charset)) for ln in lines)))
    if style == 'apple':
        out = []
        for ln in lines:
            out.append('<div>%s</div>' % _linkify(_esc(ln, charset)) if ln.strip() else '<div><br></div>')
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '\n%s\n</body></html>\n' % (charset, '\n'.join(out)))
    if style == 'ox':   # Open-Xchange
        return ('<!doctype html>\n<html>\n <head>\n  <meta charset="%s">\n </head>\n <body>\n%s\n </body>\n</html>\n'
                % (charset, '\n'.join('  <div>\n   %s\n  </div>' % (_linkify(_esc(ln, charset)) or '<br>') for ln in lines)))
    if style == 'yandex':
        return '<div>%s</div>\n' % '</div><div>'.join(_linkify(_esc(ln, charset)) or '&nbsp;' for ln in lines)
    raise ValueError(style)


def esc(s, charset='utf-8'):
    return _esc(s, charset)
