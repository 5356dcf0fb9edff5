"""Convenience builders for MIME trees in the styles of real mailers."""
import html as htmlmod
import re

from .core import Part, rstr, ALNUM, HEXL, HEXU


def boundary(m, style, kind='alt'):
    rng = m.rng
    if style == 'outlook':
        code = {'alt': '_000_', 'rel': '_004_', 'mixed': '_005_', 'mixed2': '_006_'}[kind]
        srv = getattr(m, 'ms_server', 'AM9PR07MB7123')
        pod = getattr(m, 'ms_pod', 'eurprd07')
        return '%s%s%s%s%s_' % (code, srv, rstr(rng, HEXU, 32), srv, pod.replace('prd', 'p'))
    if style == 'exchange':
        code = {'alt': '_000_', 'rel': '_004_', 'mixed': '_005_', 'mixed2': '_006_'}[kind]
        return '%s%sEXCH01corpexamplecom_' % (code, rstr(rng, HEXL, 32))
    if style == 'gmail':
        return '000000000000' + rstr(rng, HEXL, 16)
    if style == 'thunderbird':
        return '------------' + rstr(rng, ALNUM, 24)
    if style == 'apple':
        return 'Apple-Mail=_%s-%s-%s-%s-%s' % (rstr(rng, HEXU, 8), rstr(rng, HEXU, 4), rstr(rng, HEXU, 4), rstr(rng, HEXU, 4), rstr(rng, HEXU, 12))
    if style == 'phpmailer':
        return 'b1=_' + rstr(rng, ALNUM, 43)
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13))
    if style == 'sendgrid':
        return rstr(rng, HEXL, 64)
    if style == 'mailchimp':
        return '_----------=_MCPart_%d' % rng.randint(10 ** 8, 10 ** 9)
    if style == 'roundcube':
        return '=_' + rstr(rng, HEXL, 32)
    if style == 'net':
        return '--boundary_%d_%s-%s-%s-%s-%s' % (rng.randint(0, 9), rstr(rng, HEXL, 8), rstr(rng, HEXL, 4), rstr(rng, HEXL, 4), rstr(rng, HEXL, 4), rstr(rng, HEXL, 12))
    if style == 'python':
        return '===============%019d==' % rng.randint(10 ** 18, 10 ** 19 - 1)
    if style == 'gmx':
        return 'abmob-' + '%s-%s-%s-%s-%s' % (rstr(rng, HEXL, 8), rstr(rng, HEXL, 4), rstr(rng, HEXL, 4), rstr(rng, HEXL, 4), rstr(rng, HEXL, 12))
    if style == 'yandex':
        return '----==%s==----' % rstr(rng, ALNUM, 22)
    if style == 'mailru':
        return '--ALT--%s%d' % (rstr(rng, HEXU, 32), rng.randint(10 ** 9, 10 ** 10))
    if style == 'qt':
        return '=-' + rstr(rng, ALNUM, 20)
    if style == 'mutt':
        return rstr(rng, ALNUM.lower() + '0123456789', 16)
    raise ValueError(style)


def text(body, charset='utf-8', cte='quoted-printable', flowed=False, quoted=True, **kw):
    params = ['format=flowed'] if flowed else []
    return Part('text/plain', body=body, charset=charset, cte=cte, params=params, ct_charset_quoted=quoted, **kw)


def html(body, charset='utf-8', cte='quoted-printable', quoted=True, **kw):
    return Part('text/html', body=body, charset=charset, cte=cte, ct_charset_quoted=quoted, **kw)


def alt(m, style, plain, htmlp, **kw):
    return Part('multipart/alternative', children=[plain, htmlp], boundary=boundary(m, style, 'alt'), **kw)


def related(m, style, htmlpart, images, rtype='text/html'):
    return Part('multipart/related', children=[htmlpart] + images, boundary=boundary(m, style, 'rel'),
                params=['type="%s"' % rtype] if rtype else [])


def mixed(m, style, parts, preamble=None):
    return Part('multipart/mixed', children=parts, boundary=boundary(m, style, 'mixed'), preamble=preamble)


def attachment(data, ctype, filename, cte='base64', disposition='attachment', inline=False, cid=None, **kw):
    return Part(ctype, body=data, cte=cte, filename=filename,
                disposition='inline' if inline else disposition, cid=cid, **kw)


def image(data, filename, cid, ctype='image/png', inline=True, **kw):
    return Part(ctype, body=data, cte='base64', filename=filename, disposition='inline' if inline else 'attachment',
                cid=cid, **kw)


# ------------------------------------------------------------------ html -> text (as Outlook/Gmail derive the plain part)
def html2text(h, link_style='angle'):
    s = h
    s = re.sub(r'(?is)<(style|head|title|script)[^>]*>.*?</\1>', '', s)
    s = re.sub(r'(?is)<!--.*?-->', '', s)
    links = []

    def a(mm):
        href = htmlmod.unescape(mm.group(1))
        inner = re.sub(r'(?s)<[^>]+>', '', mm.group(2)).strip()
        inner = htmlmod.unescape(inner)
        if href.startswith('mailto:') or href.startswith('tel:'):
            out = inner
        elif not inner or inner == href:
            out = href
        elif link_style == 'angle':
            out = '%s<%s>' % (inner, href)
        elif link_style == 'bracket':
            out = '%s [%s]' % (inner, href)
        else:
            out = '%s ( %s )' % (inner, href)
        links.append(out)
        return '\x00%d\x00' % (len(links) - 1)
    s = re.sub(r'(?is)<a\s[^>]*?href="([^"]*)"[^>]*>(.*?)</a>', a, s)
    s = re.sub(r'(?i)<br\s*/?>', '\n', s)
    s = re.sub(r'(?i)</(p|div|h\d|tr|li|table)>', '\n', s)
    s = re.sub(r'(?i)<(p|div|h\d|table)[^>]*>', '\n', s)
    s = re.sub(r'(?i)<li[^>]*>', '- ', s)
    s = re.sub(r'(?i)</t[dh]>', '\t', s)
    s = re.sub(r'(?s)<[^>]+>', '', s)
    s = htmlmod.unescape(s)
    s = re.sub('\x00(\\d+)\x00', lambda mm: links[int(mm.group(1))], s)
    s = s.replace('\xa0', ' ')
    lines = [ln.strip(' \t') for ln in s.split('\n')]
    out = []
    blank = 0
    for ln in lines:
        if not ln:
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(ln)
    return '\n'.join(out).strip() + '\n'


def esc(s):
    return htmlmod.escape(s, quote=True)


def paras_html(text, style='font-family:Calibri,sans-serif;font-size:11pt'):
    """Plain paragraphs -> simple Outlook-like HTML body."""
    out = []
    for p in text.strip('\n').split('\n'):
        if p.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return '\n'.join(out)


def outlook_html(body_html, lang='DE'):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
            '</xml><![endif]--><!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
            '</o:shapelayout></xml><![endif]-->\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (lang, body_html))


def gmail_html(paras):
    """Gmail web client HTML for plain paragraphs (list of str; '' = blank line)."""
    out = []
    for p in paras:
        if p == '':
            out.append('<div><br></div>')
        else:
            out.append('<div>%s</div>' % esc(p))
    return '<div dir="ltr">' + ''.join(out) + '</div>\n'


def quote_block(text, prefix='> '):
    return '\n'.join((prefix + ln) if ln else prefix.rstrip() for ln in text.split('\n'))
