"""Body part builders in the styles of real mail clients and platforms."""
import html as _html
import re

from .mime import Leaf, Multi, ew, needs_enc
from .msg import d_pad, in_zone

URL_RE = re.compile(r'(https?://[^\s<>"\)\]]+[^\s<>"\)\].,;:!?])')


def norm(s):
    return s.replace('\r\n', '\n').strip('\n') + '\n'


def esc(s, charset='utf-8'):
    out = []
    for ch in _html.escape(s, quote=True).replace('&#x27;', "'"):
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append('&#%d;' % ord(ch))
    return ''.join(out)


def linkify(s, charset='utf-8', style=''):
    out = []
    pos = 0
    for m in URL_RE.finditer(s):
        out.append(esc(s[pos:m.start()], charset))
        u = m.group(1)
        out.append('<a href="%s"%s>%s</a>' % (esc(u, charset), style, esc(u, charset)))
        pos = m.end()
    out.append(esc(s[pos:], charset))
    return ''.join(out)


def flow(text, width=72):
    """format=flowed encoding (RFC 3676) with space-stuffing."""
    out = []
    for line in text.split('\n'):
        if line.startswith(' ') or line.startswith('From ') or line.startswith('>') and False:
            line = ' ' + line
        if line == '-- ':
            out.append(line)
            continue
        while len(line) > width:
            cut = line.rfind(' ', 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return '\n'.join(out)


def text_part(s, subtype='plain', charset='utf-8', cte='quoted-printable', quote=True, flowed=False,
              delsp=False, extra_headers=(), upper_charset=False, ct_extra=''):
    s = norm(s)
    if flowed:
        s = flow(s.rstrip('\n')) + '\n'
    cs = charset.upper() if upper_charset else charset
    ct = 'text/%s; charset=%s' % (subtype, ('"%s"' % cs) if quote else cs)
    if flowed:
        ct += '; format=flowed'
        if delsp:
            ct += '; delsp=yes'
    ct += ct_extra
    data = s.encode(charset)
    if cte == 'base64':
        data = data.replace(b'\n', b'\r\n')
    hdrs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)] + list(extra_headers)
    return Leaf(hdrs, data, cte)


def _fname_params(fn, style, charset='utf-8', enc='Q'):
    if not needs_enc(fn):
        return 'name="%s"' % fn, 'filename="%s"' % fn
    if style == 'tb':
        from urllib.parse import quote
        return 'name="%s"' % ew(fn, 'UTF-8', 'Q', maxlen=300), "filename*=UTF-8''%s" % quote(fn.encode('utf-8'))
    if style == 'rfc2231':
        from urllib.parse import quote
        return "name*=%s''%s" % (charset, quote(fn.encode(charset))), "filename*=%s''%s" % (charset, quote(fn.encode(charset)))
    w = ew(fn, charset, enc, maxlen=300)
    return 'name="%s"' % w, 'filename="%s"' % w


def attachment(data, ctype, fn, style='outlook', cte='base64', cid=None, inline=False, when=None,
               charset='utf-8', enc='Q', rng=None, gmail_id=None, extra_ct=''):
    np, fp = _fname_params(fn, style, charset, enc)
    disp = 'inline' if inline else 'attachment'
    if style == 'outlook':
        stamp = d_pad(in_zone(when, 'UTC')).replace('+0000', 'GMT') if when else None
        hd = [('Content-Type', '%s; %s%s' % (ctype, np, extra_ct)), ('Content-Description', fn if not needs_enc(fn) else ew(fn, charset, enc))]
        dp = '%s; %s; size=%d' % (disp, fp, len(data))
        if stamp:
            dp += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (stamp, stamp)
        hd.append(('Content-Disposition', dp))
        if cid:
            hd.insert(2, ('Content-ID', '<%s>' % cid))
        hd.append(('Content-Transfer-Encoding', cte))
    elif style == 'gmail':
        hd = [('Content-Type', '%s; %s%s' % (ctype, np, extra_ct)), ('Content-Disposition', '%s; %s' % (disp, fp)),
              ('Content-Transfer-Encoding', cte)]
        gid = gmail_id or cid
        if gid:
            hd += [('Content-ID', '<%s>' % gid), ('X-Attachment-Id', gid)]
    elif style == 'apple':
        hd = [('Content-Disposition', '%s;\n\t%s' % (disp, fp.replace('"', '') if not needs_enc(fn) else fp)),
              ('Content-Type', '%s;\n\tx-unix-mode=0644;\n\t%s' % (ctype, np)), ('Content-Transfer-Encoding', cte)]
        if cid:
            hd.append(('Content-Id', '<%s>' % cid))
    else:  # 'tb', 'plain', 'rfc2231'
        hd = [('Content-Type', '%s; %s%s' % (ctype, np, extra_ct)), ('Content-Disposition', '%s; %s' % (disp, fp)),
              ('Content-Transfer-Encoding', cte)]
        if cid:
            hd.append(('Content-ID', '<%s>' % cid))
    if cte != 'base64' and ctype.startswith('text/'):
        data = data.replace(b'\r\n', b'\n')
    elif cte == 'base64' and ctype.startswith('text/'):
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return Leaf(hd, data, cte)


def multipart(subtype, parts, boundary, preamble=None, extra=''):
    return Multi([('Content-Type', 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra))], parts, boundary, preamble)


def multipart1(subtype, parts, boundary, preamble=None, extra=''):
    """Single-line Content-Type header variant (Gmail, PHPMailer ...)."""
    return Multi([('Content-Type', 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra))], parts, boundary, preamble)


def rfc822(raw, name=None, style='outlook'):
    hd = [('Content-Type', 'message/rfc822' + ('; name="%s"' % name if name else ''))]
    if name:
        hd.append(('Content-Disposition', 'attachment; filename="%s"' % name))
    if style == 'outlook':
        hd.append(('Content-Transfer-Encoding', '7bit'))
    return Leaf(hd, raw, '8bit')


# ----------------------------------------------------------- HTML styles
OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(charset)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
%(img)s<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:%(fontq)s;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:%(size)s;
	font-family:%(fontq)s,sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.%(estyle)s
	{mso-style-type:personal-%(kind)s;
	font-family:%(fontq)s,sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="%(lang)s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
'''

ESTYLE = {'DE': 'E-MailFormatvorlage', 'EN-GB': 'EmailStyle', 'EN-US': 'EmailStyle', 'IT': 'StileMessaggioDiPostaElettronica',
          'PL': 'StylwiadomociepocztyelektronicznejX', 'ES': 'EstiloCorreo', 'EL': 'EmailStyle', 'RU': 'EmailStyle'}


def outlook_html(text, charset, lang='DE', font='Aptos', quote_from=None, sig_img_cid=None, reply=False, size='11.0pt'):
    """text: plain body; lines after index quote_from are rendered as the
    quoted Outlook header block + quoted text."""
    lines = norm(text).rstrip('\n').split('\n')
    fontq = '"%s"' % font if ' ' in font else font
    head = OUTLOOK_HEAD % {'charset': charset, 'fontq': fontq, 'lang': lang, 'size': size,
                           'estyle': ESTYLE.get(lang, 'EmailStyle') + ('19' if reply else '17'),
                           'kind': 'reply' if reply else 'compose',
                           'img': ''}
    out = [head]
    for i, ln in enumerate(lines):
        if quote_from is not None and i == quote_from:
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
        if quote_from is not None and quote_from <= i < quote_from + 5 and ':' in ln and i - quote_from < 5 and ln.split(':')[0] and len(ln.split(':')[0]) < 18:
            k, _, v = ln.partition(':')
            out.append('<p class="MsoNormal"><b><span lang="%s">%s:</span></b><span lang="%s">%s<o:p></o:p></span></p>\n' % (
                lang, esc(k, charset), lang, linkify(v, charset)))
            if quote_from is not None and (i == quote_from + 4 or (i + 1 < len(lines) and lines[i + 1] == '')):
                if i + 1 < len(lines) and lines[i + 1] == '':
                    out.append('</div>\n')
            continue
        if ln.strip() == '':
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        elif ln.startswith('[cid:') and sig_img_cid:
            out.append('<p class="MsoNormal"><img width="160" height="48" style="width:1.6666in;height:.5in" id="Grafik_x0020_1" src="cid:%s" alt="Logo"><o:p></o:p></p>\n' % sig_img_cid)
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % linkify(ln, charset))
    out.append('</div>\n</body>\n</html>\n')
    return ''.join(out)


def gmail_html(text, charset='UTF-8', quote_from=None, quote_attr=None):
    lines = norm(text).rstrip('\n').split('\n')
    main = lines if quote_from is None else lines[:quote_from]
    out = ['<div dir="ltr">']
    for ln in main:
        out.append('<div>%s</div>' % (linkify(ln, charset) if ln.strip() else '<br>'))
    out.append('</div>')
    if quote_from is not None:
        q = lines[quote_from:]
        attr = q[0]
        rest = [l[2:] if l.startswith('> ') else l.lstrip('>') for l in q[1:]]
        out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' % esc(attr, charset))
        out.append('<br>'.join(linkify(l, charset) for l in rest))
        out.append('</blockquote></div>')
    return '\n'.join(out) + '\n'


def simple_html(text, charset='utf-8', font='Arial, sans-serif', size='10pt'):
    lines = norm(text).rstrip('\n').split('\n')
    body = '<br>\n'.join(linkify(l, charset) for l in lines)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body style="font-family:%s;font-size:%s">\n%s\n</body></html>\n' % (charset, font, size, body))


def html_part(s, charset='utf-8', cte='quoted-printable', quote=True, upper_charset=False):
    return text_part(s, 'html', charset, cte, quote, upper_charset=upper_charset)
