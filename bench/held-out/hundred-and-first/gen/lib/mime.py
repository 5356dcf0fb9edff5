"""Hand-rolled MIME composer so that every charset / transfer encoding /
header style is exactly what the simulated sending system would emit."""
import base64
import binascii
import html as _html
import re

CRLF = '\r\n'


# ---------------------------------------------------------------- headers ---
def _q_encode_chars(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif ch.isascii() and (ch.isalnum() or ch in '!*+-/'):
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def encoded_words(text, charset='utf-8', enc='Q', maxlen=75, case=None):
    """Split text into RFC 2047 encoded words, never splitting a character."""
    cs = case or charset
    prefix = '=?%s?%s?' % (cs, enc)
    words = []
    cur = ''
    def enc_chunk(s):
        b = s.encode(charset)
        return _q_encode_chars(b) if enc.upper() == 'Q' else base64.b64encode(b).decode()
    for ch in text:
        trial = cur + ch
        if len(prefix) + len(enc_chunk(trial)) + 2 > maxlen and cur:
            words.append(prefix + enc_chunk(cur) + '?=')
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + enc_chunk(cur) + '?=')
    return words


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def htext(text, charset='utf-8', enc='Q', case=None, mode='whole'):
    """Header text (Subject etc.).  mode='whole' encodes everything when any
    non-ASCII char is present (Outlook, Gmail); mode='words' encodes only the
    words that need it (Thunderbird / Apple Mail style)."""
    if is_ascii(text):
        return text
    if mode == 'whole':
        return (CRLF + ' ').join(encoded_words(text, charset, enc, case=case))
    parts = re.split(r'(\s+)', text)
    out = []
    run = []
    # group consecutive non-ascii words (with the spaces between them)
    tokens = [p for p in parts if p != '']
    i = 0
    res = []
    while i < len(tokens):
        t = tokens[i]
        if not t.isspace() and not is_ascii(t):
            j = i
            grp = [t]
            while j + 2 < len(tokens) and tokens[j + 1].isspace() and not is_ascii(tokens[j + 2]):
                grp += [tokens[j + 1], tokens[j + 2]]
                j += 2
            res.append(' '.join(encoded_words(''.join(grp), charset, enc, case=case)))
            i = j + 1
        else:
            res.append(t)
            i += 1
    return ''.join(res)


def addr(name, email, charset='utf-8', enc='Q', case=None, quote='auto'):
    if not name:
        return '<%s>' % email if quote == 'angle' else email
    if is_ascii(name):
        if quote is True or (quote == 'auto' and re.search(r'[^A-Za-z0-9 !#$%&\'*+\-/=?^_`{|}~]', name)):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    w = encoded_words(name, charset, enc, case=case)
    return '%s <%s>' % ((CRLF + ' ').join(w), email)


def fold(line, width=78):
    """Fold an ASCII header line at whitespace (no folding inside encoded words)."""
    if len(line) <= width or CRLF in line:
        return line
    out = []
    cur = ''
    for tok in re.split(r'(?<=[ ,;])', line):
        if len(cur) + len(tok) > width and cur.strip():
            out.append(cur.rstrip(' '))
            cur = ' ' + tok
        else:
            cur += tok
    out.append(cur)
    return (CRLF).join(out)


# ------------------------------------------------------------------ parts ---
def _qp(b):
    enc = binascii.b2a_qp(b, quotetabs=False, istext=True, header=False)
    return enc.decode('ascii')


def _b64(b, width=76):
    s = base64.b64encode(b).decode('ascii')
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width))


def encode_body(data, cte):
    """data: bytes with LF line ends for text, raw bytes for binary."""
    if cte == 'base64':
        return _b64(data)
    if cte == 'quoted-printable':
        return _qp(data).replace('\n', CRLF)
    if cte in ('8bit', '7bit'):
        s = data.decode('latin-1')
        if cte == '7bit' and not is_ascii(s):
            raise ValueError('non-ascii in 7bit')
        for line in s.split('\n'):
            if len(line) > 990:
                raise ValueError('line too long for %s' % cte)
        return s.replace('\n', CRLF)
    raise ValueError(cte)


class Part:
    extra_headers = ()

    def walk(self):
        yield self


class Text(Part):
    def __init__(self, text, subtype='plain', charset='utf-8', cte='quoted-printable',
                 cs_label=None, params='', quoted=True, headers=(), ct_sep='; ',
                 cte_first=False):
        self.text = text
        self.subtype = subtype
        self.charset = charset
        self.cte = cte
        self.cs_label = cs_label or charset
        self.params = params
        self.quoted = quoted
        self.extra_headers = list(headers)
        self.ct_sep = ct_sep
        self.cte_first = cte_first

    def content_headers(self):
        cs = ('"%s"' if self.quoted else '%s') % self.cs_label
        ct = 'text/%s%scharset=%s%s' % (self.subtype, self.ct_sep, cs, self.params)
        h = [('Content-Type', ct), ('Content-Transfer-Encoding', self.cte)]
        if self.cte_first:
            h.reverse()
        return h + self.extra_headers

    def body(self):
        t = self.text.replace('\r\n', '\n')
        # strict for plain text (fail loudly); HTML may fall back to character references
        b = t.encode(self.charset, 'xmlcharrefreplace' if self.subtype == 'html' else 'strict')
        if self.cte == 'base64':
            b = b.replace(b'\n', b'\r\n')
        return encode_body(b, self.cte)


def _param(name, value, style):
    if is_ascii(value):
        return '%s="%s"' % (name, value)
    if style == 'rfc2231':
        from urllib.parse import quote
        return "%s*=utf-8''%s" % (name, quote(value.encode('utf-8'), safe=''))
    cs, enc = style if isinstance(style, tuple) else ('utf-8', 'B')
    return '%s="%s"' % (name, ' '.join(encoded_words(value, cs, enc)))


class Bin(Part):
    def __init__(self, data, ctype, filename=None, cte='base64', disp='attachment',
                 cid=None, name_style=('utf-8', 'B'), headers=(), size_param=False,
                 ct_name=True, sep=';' + CRLF + '\t'):
        self.data = data
        self.ctype = ctype
        self.filename = filename
        self.cte = cte
        self.disp = disp
        self.cid = cid
        self.name_style = name_style
        self.extra_headers = list(headers)
        self.size_param = size_param
        self.ct_name = ct_name
        self.sep = sep

    def content_headers(self):
        ct = self.ctype
        if self.filename and self.ct_name:
            ct += self.sep + _param('name', self.filename, self.name_style)
        h = [('Content-Type', ct)]
        if self.disp:
            d = self.disp
            if self.filename:
                d += self.sep + _param('filename', self.filename, self.name_style)
            if self.size_param:
                d += ';' + CRLF + '\tsize=%d' % len(self.data)
            h.append(('Content-Disposition', d))
        if self.cid:
            h.append(('Content-ID', '<%s>' % self.cid))
        h.append(('Content-Transfer-Encoding', self.cte))
        return h + self.extra_headers

    def body(self):
        if self.cte in ('7bit', '8bit', 'quoted-printable'):
            return encode_body(self.data.replace(b'\r\n', b'\n'), self.cte)
        return encode_body(self.data, self.cte)


class Multi(Part):
    def __init__(self, subtype, parts, boundary, preamble=None, params='', headers=(),
                 sep='; '):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.params = params
        self.extra_headers = list(headers)
        self.sep = sep

    def content_headers(self):
        return [('Content-Type', 'multipart/%s%sboundary="%s"%s' % (
            self.subtype, self.sep, self.boundary, self.params))] + self.extra_headers

    def body(self):
        out = []
        if self.preamble:
            out.append(self.preamble)
            out.append('')
        for p in self.parts:
            out.append('--' + self.boundary)
            out.append(render_part(p))
        out.append('--' + self.boundary + '--')
        out.append('')
        return CRLF.join(out)

    def walk(self):
        yield self
        for p in self.parts:
            yield from p.walk()


class Rfc822(Part):
    """Embedded message (message/rfc822)."""
    def __init__(self, raw, filename=None, disp='attachment'):
        self.raw = raw
        self.filename = filename
        self.disp = disp
        self.extra_headers = []

    def content_headers(self):
        h = [('Content-Type', 'message/rfc822' + ((';' + CRLF + '\tname="%s"' % self.filename) if self.filename else ''))]
        if self.disp:
            h.append(('Content-Disposition', self.disp + ((';' + CRLF + '\tfilename="%s"' % self.filename) if self.filename else '')))
        return h

    def body(self):
        return self.raw


def render_headers(hs):
    out = []
    for n, v in hs:
        line = '%s: %s' % (n, v)
        out.append(fold(line))
    return CRLF.join(out)


def render_part(p):
    return render_headers(p.content_headers()) + CRLF + CRLF + p.body()


def render_message(headers, body, mime_version=True, mime_pos=None):
    """headers: list of (name, value).  The body part's content headers are
    appended after them (or inserted at mime_pos)."""
    hs = list(headers)
    ch = body.content_headers()
    if mime_version and not any(n.lower() == 'mime-version' for n, _ in hs):
        ch = [('MIME-Version', '1.0')] + ch
    if mime_pos is None:
        hs = hs + ch
    else:
        hs = hs[:mime_pos] + ch + hs[mime_pos:]
    s = render_headers(hs) + CRLF + CRLF + body.body()
    if not s.endswith(CRLF):
        s += CRLF
    return s.encode('latin-1')


# ------------------------------------------------------------ html helpers ---
def esc(s):
    return _html.escape(s, quote=True)


def linkify(s):
    return re.sub(r'(https?://[^\s<>"]+)', r'<a href="\1">\1</a>', s)


def html_outlook(text, lang='DE', font='Calibri', charset='iso-8859-1', sig_html=''):
    paras = []
    for line in text.split('\n'):
        if line.strip() == '':
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % linkify(esc(line)))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n'
            % (charset, font, font, font, lang, '\n'.join(paras), sig_html))


def html_gmail(text):
    blocks = text.split('\n')
    out = ['<div dir="ltr">']
    for line in blocks:
        if line.strip() == '':
            out.append('<div><br></div>')
        else:
            out.append('<div>%s</div>' % linkify(esc(line)))
    out.append('</div>')
    return ''.join(out) + '\n'


def html_simple(text, font='Arial, sans-serif', size='10pt'):
    paras = [p for p in text.split('\n\n')]
    body = '\n'.join('<p>%s</p>' % '<br>\n'.join(linkify(esc(l)) for l in p.split('\n')) for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head>\n'
            '<body style="font-family:%s;font-size:%s">\n%s\n</body></html>\n' % (font, size, body))


def html_owa(text, charset='utf-8', font='Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif'):
    divs = []
    for line in text.split('\n'):
        if line.strip() == '':
            divs.append('<div class="elementToProof" style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>' % font)
        else:
            divs.append('<div class="elementToProof" style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>' % (font, linkify(esc(line))))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n%s\n</body>\n</html>\n' % (charset, '\n'.join(divs)))


def html_tb(text, charset='UTF-8'):
    """Thunderbird-style HTML."""
    body = '<br>\n'.join(linkify(esc(l)) if l else '' for l in text.split('\n'))
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
            '  </head>\n  <body>\n    <p>%s</p>\n  </body>\n</html>\n' % (charset, body))


def html_plainish(text, charset='utf-8', font='Arial, Helvetica, sans-serif', size='13px'):
    paras = text.split('\n\n')
    body = '\n'.join('<p style="margin:0 0 12px 0">%s</p>' % '<br>\n'.join(linkify(esc(l)) for l in p.split('\n')) for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:%s;font-size:%s;color:#222">\n%s\n</body></html>\n' % (charset, font, size, body))
