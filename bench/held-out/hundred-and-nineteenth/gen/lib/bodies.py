"""Body construction helpers: client-specific boundaries and plain/HTML renderings
of person-written mail from a light markup.

Markup: paragraphs separated by blank lines; [[text|url]] is a link; **x** bold;
a line '%%QUOTE%%' starts the quoted history (rendered per client)."""
import html as _h
import re

from . import mimekit as mk
from . import util as U
from .mimekit import Part

LINK = re.compile(r'\[\[([^|\]]+)\|([^\]]+)\]\]')
BOLD = re.compile(r'\*\*([^*]+)\*\*')


def boundary(m, style, idx=0, mid=None):
    r = m.rng
    if style == 'o365':
        loc, host = (mid or m.msgid).split('@')
        return '_%03d_%s%s_' % (idx, loc.replace('.', ''), host.split('.')[0] + host.split('.')[1][:4])
    if style == 'exch':
        loc, host = (mid or m.msgid).split('@')
        return '_%03d_%s%s_' % (idx, loc, host.replace('.', ''))
    if style == 'outlook':
        if not hasattr(m, '_np'):
            m._np = (r.randrange(0x10, 0x3ff), '01DB%04X.%08X' % (r.randrange(0x4000, 0x6000), r.getrandbits(32)))
        return '----=_NextPart_%03d_%04X_%s' % (idx, m._np[0], m._np[1])
    if style == 'tb':
        return '------------' + U.alnum(r, 24)
    if style == 'gmail':
        return '000000000000' + U.hexs(r, 16)
    if style == 'apple':
        return 'Apple-Mail=_' + U.uuid4(r, upper=True)
    if style == 'phpmailer':
        return 'b1=_' + U.alnum(r, 43)
    if style == 'roundcube':
        return '=_' + U.hexs(r, 32)
    if style == 'javamail':
        return '----=_Part_%d_%d.%d' % (r.randrange(1000, 999999), r.randrange(10 ** 8, 10 ** 9), m.epoch() * 1000 + r.randrange(1000))
    if style == 'mailchimp':
        return '_----------=_MCPart_%d' % r.randrange(10 ** 9, 10 ** 10)
    if style == 'sendgrid':
        return U.hexs(r, 64)
    if style == 'yandex':
        return '----==--bound.%d.%s.yandex.net' % (r.randrange(100000, 999999), 'mail-nwsmtp-smtp-production-main-%d' % r.randrange(10, 90))
    if style == 'thebat':
        return '----------' + U.hexs(r, 16, upper=True)
    if style == 'nodemailer':
        return '--_NmP-' + U.hexs(r, 16) + '-Part_%d' % (idx + 1)
    if style == 'mailru':
        return '----ALT--' + U.alnum(r, 32) + '%d' % (1760000000 + r.randrange(10 ** 7))
    if style == 'python':
        return '===============%019d==' % r.randrange(10 ** 18, 10 ** 19)
    if style == 'ms':
        return '--_NextPart_%s' % U.uuid4(r)
    if style == 'brevo':
        return '----=_Part_%s' % U.hexs(r, 24)
    if style == 'ses':
        return '----=_Part_%d_%d.%d' % (r.randrange(100000, 9999999), r.randrange(10 ** 8, 10 ** 9), m.epoch() * 1000 + r.randrange(1000))
    raise ValueError(style)


def _inline_plain(s, link_style):
    def rep(mo):
        t, u = mo.group(1), mo.group(2)
        if t == u:
            return u
        if link_style == 'outlook':
            return '%s<%s>' % (t, u)
        if link_style == 'none':
            return t
        return '%s <%s>' % (t, u)
    s = LINK.sub(rep, s)
    s = BOLD.sub(lambda mo: mo.group(1) if link_style != 'tb' else '*%s*' % mo.group(1), s)
    return s


def to_plain(markup, link_style='outlook', quote_style=None):
    new, _, hist = markup.partition('%%QUOTE%%')
    out = _inline_plain(new.rstrip('\n'), link_style)
    if hist:
        hist = _inline_plain(hist.strip('\n'), link_style)
        if quote_style == 'gt':
            lines = hist.split('\n')
            head = lines[0]
            out += '\n\n' + head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in lines[1:])
        else:
            out += '\n\n' + hist
    return out + '\n'


def _inline_html(s):
    s = _h.escape(s, quote=False)
    s = LINK.sub(lambda mo: '<a href="%s">%s</a>' % (_h.escape(_h.unescape(mo.group(2))), mo.group(1)), s)
    s = BOLD.sub(lambda mo: '<b>%s</b>' % mo.group(1), s)
    return s


OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:%(font)s;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:%(size)s;
	font-family:"%(font)s",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.%(stylename)s
	{mso-style-type:personal-%(kind)s;
	font-family:"%(font)s",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="%(lang)s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
'''
STYLENAMES = {'DE': 'E-MailFormatvorlage17', 'IT': 'StileMessaggioDiPostaElettronica17', 'PL': 'StylWiadomociepocztowej17',
              'ES': 'EstiloCorreo17', 'EL': 'EmailStyle17', 'EN-GB': 'EmailStyle17', 'EN-US': 'EmailStyle17', 'RU': 'EmailStyle17'}


def to_html_outlook(markup, charset='utf-8', lang='DE', font='Aptos', size='12.0pt', reply=False, hist_sep=None):
    new, _, hist = markup.partition('%%QUOTE%%')
    head = OUTLOOK_HEAD % dict(cs=charset, font=font, size=size, lang=lang, stylename=STYLENAMES.get(lang, 'EmailStyle17'),
                               kind='reply' if reply else 'compose')
    body = []

    def lines_to_p(block):
        res = []
        for line in block.split('\n'):
            if line.strip() == '':
                res.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                res.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _inline_html(line))
        return res
    body += lines_to_p(new.strip('\n'))
    if hist:
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        hl = hist.strip('\n').split('\n')
        # header block = lines until first blank line
        k = hl.index('') if '' in hl else len(hl)
        hdr, rest = hl[:k], hl[k + 1:]
        body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        hp = []
        for line in hdr:
            if ':' in line:
                key, _, val = line.partition(':')
                hp.append('<b>%s:</b>%s' % (_h.escape(key), _inline_html(val)))
            else:
                hp.append(_inline_html(line))
        body.append('<p class="MsoNormal"><b><span lang="%s">%s<o:p></o:p></span></b></p>' % (lang, '<br>\n'.join(hp)) if False else
                    '<p class="MsoNormal">%s<o:p></o:p></p>' % '<br>\n'.join(hp))
        body.append('</div>')
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        body += lines_to_p('\n'.join(rest))
    return head + '\n'.join(body) + '\n</div>\n</body>\n</html>\n'


def to_html_gmail(markup, quote_attrib=None):
    new, _, hist = markup.partition('%%QUOTE%%')
    paras = new.strip('\n').split('\n\n')
    parts = []
    for p in paras:
        parts.append('<div>%s</div>' % '<br>'.join(_inline_html(l) for l in p.split('\n')))
    out = '<div dir="ltr">' + '<div><br></div>'.join(parts) + '</div>'
    if hist:
        hl = hist.strip('\n').split('\n')
        attrib = hl[0]
        q = '<br>'.join(_inline_html(l) for l in hl[1:])
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                '%s</blockquote></div>' % (_inline_html(attrib), q))
    return out + '\n'


def to_html_simple(markup, charset='utf-8', font='Arial, sans-serif', size='10pt'):
    new, _, hist = markup.partition('%%QUOTE%%')
    paras = new.strip('\n').split('\n\n')
    body = ''.join('<p>%s</p>\n' % '<br>\n'.join(_inline_html(l) for l in p.split('\n')) for p in paras)
    if hist:
        hl = hist.strip('\n').split('\n')
        body += '<div class="moz-cite-prefix">%s<br></div>\n<blockquote type="cite">%s</blockquote>\n' % (
            _inline_html(hl[0]), '<br>\n'.join(_inline_html(l) for l in hl[1:]))
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="font-family:%s;font-size:%s">\n%s</body>\n</html>\n' % (charset, font, size, body))


# ----------------------------------------------------------------- Part shortcuts
def text(body, charset='utf-8', cte='quoted-printable', **kw):
    return Part('text/plain', body=body, charset=charset, cte=cte, **kw)


def html(body, charset='utf-8', cte='quoted-printable', **kw):
    return Part('text/html', body=body, charset=charset, cte=cte, **kw)


def alt(plain, htmlp, bnd, **kw):
    return Part('multipart/alternative', parts=[plain, htmlp], boundary=bnd, **kw)


def mixed(parts, bnd, **kw):
    return Part('multipart/mixed', parts=parts, boundary=bnd, **kw)


def related(parts, bnd, params=None, **kw):
    return Part('multipart/related', parts=parts, boundary=bnd, params=params or [('type', '"text/html"')], **kw)


def att(data, ctype, filename, cte='base64', inline=False, cid=None, style='outlook', **kw):
    """Attachment part in the style of a given client."""
    dispo = 'inline' if inline else 'attachment'
    if style == 'outlook':      # Outlook/Exchange: Content-Description, size/dates
        return Part(ctype, body=data, cte=cte, filename=filename, disposition=dispo, cid=cid, description=filename,
                    header_order=['content-type', 'content-description', 'content-disposition', 'content-transfer-encoding', 'content-id'],
                    **kw)
    if style == 'gmail':
        xid = kw.pop('xid', 'm2b7q4xk0')
        p = Part(ctype, body=data, cte=cte, filename=filename, disposition=dispo, cid=cid, ct_style='inline', **kw)
        if not inline:
            p.headers.append(('X-Attachment-Id', 'f_%s' % xid))
        return p
    if style == 'tb':
        return Part(ctype, body=data, cte=cte, filename=filename, disposition=dispo, cid=cid, **kw)
    return Part(ctype, body=data, cte=cte, filename=filename, disposition=dispo, cid=cid, **kw)
