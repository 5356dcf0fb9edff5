"""Message registry and body-building shortcuts shared by the message
modules."""
from common import (Part, text, multi, attach, attach_text, boundary, plain, html_outlook,
                    html_gmail, html_simple, html_thunderbird)

REGISTRY = []


def msg(folder, num, lang, slug, what, why, hn=None):
    """Register a message builder.  hn: for business messages, the attack
    numbers this message is a hard negative of."""
    def deco(fn):
        REGISTRY.append(dict(folder=folder, num=num, lang=lang, slug=slug, what=what, why=why,
                             hn=hn or [], fn=fn))
        return fn
    return deco


def attack(num, lang, slug, what, why):
    return msg('attack', num, lang, slug, what, why)


def business(num, lang, slug, what, why, hn=None):
    return msg('business', num, lang, slug, what, why, hn)


def alt(m, bstyle, src, cs, cte='quoted-printable', hstyle='outlook', lang='DE', pstyle=None,
        html_cte=None, font='Calibri', html=None, text_cte=None):
    """multipart/alternative from one marked-up source text."""
    pstyle = pstyle or {'outlook': 'outlook', 'gmail': 'angle', 'simple': 'angle',
                        'thunderbird': 'angle'}.get(hstyle, 'angle')
    t = text(plain(src, pstyle), cs, text_cte or cte)
    if html is None:
        if hstyle == 'outlook':
            html = html_outlook(src, cs, lang, font)
        elif hstyle == 'gmail':
            html = html_gmail(src)
        elif hstyle == 'thunderbird':
            html = html_thunderbird(src, cs)
        else:
            html = html_simple(src, cs)
    h = text(html, cs, html_cte or cte, 'html')
    return multi('alternative', [t, h], boundary(bstyle, m.seed('alt')))


def mixed(m, bstyle, first, *atts):
    return multi('mixed', [first] + list(atts), boundary(bstyle, m.seed('mixed')))


def related(m, bstyle, html_part, *inline):
    return multi('related', [html_part] + list(inline), boundary(bstyle, m.seed('rel')),
                 params=['type="text/html"'])


def pdf_att(data, name, style='outlook', **kw):
    if style == 'outlook':
        return attach(data, 'application/pdf', name, description=name, size_param=True, **kw)
    return attach(data, 'application/pdf', name, **kw)
