# -*- coding: utf-8 -*-
"""Body builders that mimic the MIME habits of real clients (Outlook, Gmail, Thunderbird, ...)."""
import html as _html
import re

from . import mime
from .util import rhex, ralnum, B62, ruuid

REGISTRY = []


def msg(folder, name):
    def deco(fn):
        REGISTRY.append((folder, name, fn))
        return fn
    return deco


# ------------------------------------------------------------------ boundaries
def bnd(rng, style, n=0, server='EXCH01corpexamplecom'):
    if style == 'outlook':      # Exchange / Exchange Online
        return '_%03d_%s%s_' % (n, server, rhex(rng, 32, True) if False else rhex(rng, 24).upper())
    if style == 'outlook-smtp':  # Outlook desktop via SMTP
        return '----=_NextPart_%03d_%04X_01DB%s.%s' % (n, rng.randint(0, 0xffff), rhex(rng, 4, True), rhex(rng, 8, True))
    if style == 'gmail':
        return '000000000000' + rhex(rng, 16)
    if style == 'thunderbird':
        return '------------' + ralnum(rng, 24, B62)
    if style == 'apple':
        return 'Apple-Mail=_' + ruuid(rng).upper()
    if style == 'phpmailer':
        return 'b%d=_%s' % (n + 1, ralnum(rng, 43, B62))
    if style == 'roundcube':
        return '=_' + rhex(rng, 32)
    if style == 'sendgrid':
        return rhex(rng, 60)
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (rng.randint(100000, 999999), rng.randint(10 ** 8, 10 ** 9), rng.randint(1790000000000, 1798000000000))
    if style == 'mailchimp':
        return '_----------=_MCPart_%d' % rng.randint(10 ** 9, 10 ** 10)
    if style == 'yandex':
        return '----==--bound.%d.mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net' % (rng.randint(10000, 99999), rng.randint(10, 99), rng.choice(['vla', 'sas']))
    if style == 'mailru':
        return '--ALT--%s%d' % (rhex(rng, 32), rng.randint(10 ** 9, 10 ** 10))
    if style == 'thebat':
        return '----------%s' % rhex(rng, 14, True)
    if style == 'python':
        return '===============%d==' % rng.randint(10 ** 18, 10 ** 19)
    if style == 'zoho':
        return '----=_Part_%d_%d.%d' % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), rng.randint(1790000000000, 1798000000000))
    if style == 'dotnet':
        return '--boundary_%d_%s' % (n, ruuid(rng))
    raise ValueError(style)


# ------------------------------------------------------------------ html helpers
def esc(s):
    return _html.escape(s, quote=False)


_URL = re.compile(r'(https?://[^\s<>"]+[^\s<>".,;:!?)\]])')


def linkify(s_escaped, style=''):
    return _URL.sub(lambda m: '<a href="%s"%s>%s</a>' % (m.group(1), style, m.group(1)), s_escaped)


def html2text(h):
    t = re.sub(r'(?is)<(style|head|title|script)[^>]*>.*?</\1>', '', h)
    t = re.sub(r'(?is)<a\s[^>]*href="([^"]+)"[^>]*>(.*?)</a>',
               lambda m: m.group(2) if m.group(1).startswith('mailto:') or re.sub('<[^>]+>', '', m.group(2)).strip() == m.group(1) else '%s \x01%s\x02' % (m.group(2), m.group(1)), t)
    t = re.sub(r'(?i)<br\s*/?>', '\n', t)
    t = re.sub(r'(?i)</(p|div|tr|h\d|li|table)>', '\n', t)
    t = re.sub(r'(?i)<li[^>]*>', '* ', t)
    t = re.sub(r'(?i)</td>', '  ', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = t.replace('\x01', '<').replace('\x02', '>')
    t = _html.unescape(t)
    t = re.sub(r'[ \t\u00a0]+\n', '\n', t)
    t = re.sub(r'\n[ \t]+', '\n', t)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip() + '\n'


def paras_html(text, tag='p', cls=None, style=None, link_style=''):
    """Plain text (blank line = paragraph, newline = <br>) -> HTML paragraphs."""
    out = []
    attr = (' class=%s' % cls if cls else '') + (' style="%s"' % style if style else '')
    for para in text.strip('\n').split('\n\n'):
        lines = [linkify(esc(l), link_style) for l in para.split('\n')]
        out.append('<%s%s>%s</%s>' % (tag, attr, '<br>\n'.join(lines), tag))
    return '\n'.join(out)


def outlook_html(text, quoted_html='', lang='DE', font='Calibri', sig='', charset='utf-8'):
    body = []
    for para in text.strip('\n').split('\n\n'):
        for line in para.split('\n'):
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (linkify(esc(line)) if line else '&nbsp;'))
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if sig:
        body.append(sig)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n') % (
        charset, font, font, lang, '\n'.join(body), quoted_html)


def outlook_quote_html(hdr_lines, quoted_text):
    hl = '<br>\n'.join('<b>%s</b> %s' % (esc(k), esc(v)) for k, v in hdr_lines)
    q = paras_html(quoted_text, 'p', 'MsoNormal')
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s\n' % (hl, q))


def outlook_quote_text(hdr_lines, quoted_text):
    return '\n'.join('%s %s' % (k, v) for k, v in hdr_lines) + '\n\n' + quoted_text


def gmail_html(text, sig_text=None, quote=None):
    parts = []
    for para in text.strip('\n').split('\n\n'):
        lines = [linkify(esc(l)) for l in para.split('\n')]
        parts.append('<div>%s</div>' % '<br>'.join(lines))
    h = '<div dir="ltr">' + '<div><br></div>'.join(parts)
    if sig_text:
        h += '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">%s</div></div>' % '<br>'.join(esc(l) for l in sig_text.split('\n'))
    h += '</div>'
    if quote:
        attr, qtext = quote
        h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
            esc(attr), paras_html(qtext, 'div'))
    return h + '\n'


# ------------------------------------------------------------------ structures
def alt(rng, text, html, style, charset='utf-8', cte='quoted-printable', html_cte=None, cs_label=None, quote='"',
        n=0, server='EXCH01corpexamplecom', text_cte=None, flowed=False):
    tp = mime.text_part(text, 'plain', charset, text_cte or cte, cs_label=cs_label, quote=quote, flowed=flowed)
    hp = mime.text_part(html, 'html', charset, html_cte or cte, cs_label=cs_label, quote=quote)
    return mime.multipart('alternative', [tp, hp], bnd(rng, style, n, server), quote=quote)


def mixed(rng, style, parts, n=4, server='EXCH01corpexamplecom', quote='"', preamble=''):
    return mime.multipart('mixed', parts, bnd(rng, style, n, server), quote=quote, preamble=preamble)


def related(rng, style, parts, n=3, server='EXCH01corpexamplecom', quote='"', rtype='text/html'):
    p = mime.multipart('related', parts, bnd(rng, style, n, server), quote=quote)
    p.params.append(('type', rtype, 'q'))
    return p


def sig_block(lines):
    return '\n'.join(lines)
