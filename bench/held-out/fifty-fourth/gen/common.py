"""Helpers shared by the message modules."""
import hashlib
import html
import re

import routes as R
from mime import Bin, Multi, Text
from people import S, SN, STAFF, BANK, RU_BANK, RU_INN  # noqa: F401 (re-export)
import ids  # noqa: F401
import docs  # noqa: F401
import qr  # noqa: F401

URL_RE = re.compile(r'(https?://[^\s<>"]+)')


def esc(s):
    return html.escape(s, quote=False)


def linkify(s):
    out = []
    pos = 0
    for m in URL_RE.finditer(s):
        out.append(esc(s[pos:m.start()]))
        u = m.group(1).rstrip('.,;)')
        tail = m.group(1)[len(u):]
        out.append('<a href="%s">%s</a>%s' % (html.escape(u), esc(u), esc(tail)))
        pos = m.end()
    out.append(esc(s[pos:]))
    return ''.join(out)


def paras(text):
    return [p for p in text.strip('\n').split('\n\n')]


def html_of(text, style='outlook', charset='utf-8', lang='DE'):
    ps = paras(text)
    if style == 'outlook':
        body = '\n'.join('<p class="MsoNormal">%s<o:p></o:p></p>' % '<br>\n'.join(linkify(l) for l in p.split('\n'))
                         if p.strip() else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in ps)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (charset, lang, body)
    if style == 'gmail':
        body = '<br>'.join('<br>'.join(linkify(l) for l in p.split('\n')) + '<br>' for p in ps)
        return '<div dir="ltr">%s</div>\n' % body.replace('<br><br>', '<br><br>\n')
    if style == 'tb':
        body = '\n'.join('    <p>%s</p>' % '<br>\n      '.join(linkify(l) for l in p.split('\n')) for p in ps)
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
                '  </head>\n  <body>\n%s\n  </body>\n</html>\n') % (charset.upper() if charset == 'utf-8' else charset, body)
    # simple
    body = '\n'.join('<p>%s</p>' % '<br>\n'.join(linkify(l) for l in p.split('\n')) for p in ps)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n%s\n</body></html>\n') % (charset, body)


def alt(text, charset='utf-8', cte='quoted-printable', style='outlook', html_text=None, hcs=None, hcte=None,
        lang='DE', quote=True):
    h = html_text if html_text is not None else html_of(text, style, hcs or charset, lang)
    return Multi('alternative', [Text(text, 'plain', charset, cte, quote=quote),
                                 Text(h, 'html', hcs or charset, hcte or cte, quote=quote)])


def plain(text, charset='utf-8', cte='quoted-printable', **kw):
    return Text(text, 'plain', charset, cte, **kw)


def mixed(body, *atts):
    return Multi('mixed', [body] + list(atts))


def related(htmlpart, *inl):
    return Multi('related', [htmlpart] + list(inl), params='type="multipart/alternative"')


def pdf_att(name, lines, fn_style='plain', **kw):
    return Bin(docs.pdf(lines, seed=name, **kw), 'application/pdf', name, fn_style=fn_style)


def exch_id(seed):
    """Message-ID as our own Exchange would have generated it (for threads)."""
    return '<%s@EXCH01.corp.example.com>' % hashlib.md5(seed.encode()).hexdigest()


def quote_block(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def M(**kw):
    return kw


def sysf(fn, **kw):
    return (fn, kw)


# Signature of the company in various languages
def sig_de(key, extra=''):
    name, addr = S(key)
    role = {'koehler': 'Geschäftsführer', 'weiss': 'Leiterin Finanzen (CFO)', 'brandt': 'Assistenz der Geschäftsführung',
            'schaefer': 'Kreditorenbuchhaltung', 'hoffmann': 'Personal & Entgeltabrechnung', 'krueger': 'Leiter IT',
            'brenner': 'IT-Sicherheit / Messaging', 'dietrich': 'Einkauf', 'oezdemir': 'Vertrieb Metalle',
            'luebke': 'Disposition', 'schuette': 'Betriebsleiter Sortieranlage Hochfeld'}[key]
    return ('%s\n%s\n\nExample Group GmbH\nHafenstraße 112, 47119 Duisburg\nTel. +49 203 7391-%d\n%s\n'
            'Geschäftsführer: Dr. Matthias Köhler | Amtsgericht Duisburg HRB 31274%s'
            % (STAFF[key][4] or name, role, 100 + len(name) * 7 % 90, addr, extra))
