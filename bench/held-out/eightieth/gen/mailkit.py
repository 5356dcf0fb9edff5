"""MIME message assembly with explicit control over charsets, CTEs, header styles."""
import base64
import hashlib
import html as _html
import quopri
import random
import re

import timeutil as T

# ---------------------------------------------------------------- RFC 2047 / 2231

def _q_encode_char(ch, charset):
    out = ''
    for b in ch.encode(charset):
        c = chr(b)
        if c == ' ':
            out += '_'
        elif c.isalnum() and b < 128 or c in '!*+-/':
            out += c
        else:
            out += '=%02X' % b
    return out


def encoded_words(text, charset='utf-8', mode='B', label=None):
    """Split text into RFC 2047 encoded-words of at most 75 chars each."""
    label = label or charset
    pre = '=?%s?%s?' % (label, mode)
    budget = 75 - len(pre) - 2
    words, cur = [], ''
    if mode == 'Q':
        for ch in text:
            e = _q_encode_char(ch, charset)
            if len(cur) + len(e) > budget:
                words.append(cur)
                cur = ''
            cur += e
        words.append(cur)
        return [pre + w + '?=' for w in words]
    # base64: accumulate raw bytes, keep whole characters
    raw = b''
    maxraw = budget // 4 * 3
    chunks = []
    for ch in text:
        b = ch.encode(charset)
        if len(raw) + len(b) > maxraw:
            chunks.append(raw)
            raw = b''
        raw += b
    chunks.append(raw)
    return [pre + base64.b64encode(c).decode() + '?=' for c in chunks]


def needs_enc(s):
    return any(ord(c) > 126 for c in s)


def _mode(s, mode):
    """Mail clients switch from Q to B when most characters are non-ASCII (Greek, Cyrillic)."""
    if mode == 'Q' and sum(1 for c in s if ord(c) > 127) > 0.3 * len(s):
        return 'B'
    return mode


def hdr_text(s, hs):
    """Encode an unstructured header value according to header style hs=(charset, mode, label)."""
    if not needs_enc(s):
        return s
    cs, mode, label = hs[:3]
    return ' '.join(encoded_words(s, cs, _mode(s, mode), label))


_ATOM = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$")


def _enc_phrase(name, hs):
    toks = name.split(' ')
    i, j = 0, len(toks)
    while i < j and _ATOM.match(toks[i]):
        i += 1
    while j > i and _ATOM.match(toks[j - 1]):
        j -= 1
    mid = ' '.join(toks[i:j])
    words = encoded_words(mid, hs[0], _mode(mid, hs[1]), hs[2])
    return ' '.join(toks[:i] + words + toks[j:])


def addr(name, address, hs):
    if not name:
        return address if hs[3] == 'bare' else '<%s>' % address if hs[3] == 'angle' else address
    if needs_enc(name):
        return '%s <%s>' % (_enc_phrase(name, hs), address)
    if re.search(r'[,.;:@()<>\[\]"\\]', name) or hs[3] == 'quote':
        return '"%s" <%s>' % (name.replace('"', '\\"'), address)
    return '%s <%s>' % (name, address)


def rfc2231(param, value, charset='utf-8'):
    toks = []
    for c in value:
        if (c.isalnum() and ord(c) < 128) or c in '-_.':
            toks.append(c)
        else:
            toks.append(''.join('%%%02X' % b for b in c.encode(charset)))
    head = "%s''" % charset
    if len(head) + len(''.join(toks)) + len(param) < 60:
        return '%s*=%s%s' % (param, head, ''.join(toks))
    parts, cur, n = [], head, 0
    for tk in toks:
        if len(cur) + len(tk) > 48:
            parts.append('%s*%d*=%s' % (param, n, cur))
            cur, n = '', n + 1
        cur += tk
    parts.append('%s*%d*=%s' % (param, n, cur))
    return ';\n '.join(parts)


# ---------------------------------------------------------------- folding

def fold(name, value, width=78):
    line = '%s: %s' % (name, value)
    if '\n' in value or len(line) <= width:
        return line
    words = line.split(' ')
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != words[0]:
            out.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    out.append(cur)
    return '\n'.join(out)


# ---------------------------------------------------------------- body markup
LINK = re.compile(r'\[\[(!?)([^|\]]+)\|([^\]]+)\]\]')
BOLD = re.compile(r'\*\*(.+?)\*\*')
IMG = re.compile(r'\{\{img:([^}]+)\}\}')


def to_plain(text, style):
    def lk(m):
        btn, label, url = m.groups()
        if label == url:
            return url
        if style == 'outlook':
            return '%s<%s>' % (label, url)
        if style in ('gmail', 'apple', 'thunderbird'):
            return '%s <%s>' % (label, url)
        return '%s: %s' % (label, url)
    t = LINK.sub(lk, text)
    t = BOLD.sub(r'\1', t)
    t = IMG.sub('', t)
    return t


def _inline_html(s):
    out = []
    pos = 0
    for m in LINK.finditer(s):
        out.append(_html.escape(s[pos:m.start()], quote=False))
        btn, label, url = m.groups()
        if btn:
            out.append('<a href="%s" style="display:inline-block;background:{BTN};color:#ffffff;'
                       'padding:11px 26px;text-decoration:none;border-radius:3px;font-weight:600">%s</a>'
                       % (_html.escape(url), _html.escape(label)))
        else:
            out.append('<a href="%s">%s</a>' % (_html.escape(url), _html.escape(label)))
        pos = m.end()
    out.append(_html.escape(s[pos:], quote=False))
    r = ''.join(out)
    r = BOLD.sub(r'<b>\1</b>', r)
    r = IMG.sub(r'<img src="cid:\1" alt="">', r)
    return r


def _paras(text):
    return [p for p in re.split(r'\n\s*\n', text.strip('\n'))]


def to_html(text, style, charset, brand=None):
    ps = _paras(text)
    if style == 'outlook':
        body = []
        for p in ps:
            if all(l.startswith('>') for l in p.split('\n')):
                p = '\n'.join(l[1:].lstrip() for l in p.split('\n'))
            lines = p.split('\n')
            for l in lines:
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_inline_html(l) or '&nbsp;'))
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
                'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
                '\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
                '</head>\n<body lang="DE" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (charset, '\n'.join(body))
    if style == 'gmail':
        blocks = []
        for p in ps:
            ls = p.split('\n')
            if all(l.startswith('>') for l in ls):
                q = '<br>'.join(_inline_html(l[1:].lstrip()) for l in ls)
                blocks.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                              'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % q)
            else:
                blocks.append('<div>%s</div>' % '<br>'.join(_inline_html(l) for l in ls))
        return '<div dir="ltr">%s</div>\n' % '<div><br></div>'.join(blocks)
    if style in ('thunderbird', 'roundcube', 'zimbra', 'generic', 'apple'):
        blocks = []
        for p in ps:
            ls = p.split('\n')
            if all(l.startswith('>') for l in ls):
                blocks.append('<blockquote type="cite">%s</blockquote>'
                              % '<br>\n'.join(_inline_html(l[1:].lstrip()) for l in ls))
            else:
                blocks.append('<p>%s</p>' % '<br>\n'.join(_inline_html(l) for l in ls))
        head = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset
        if style == 'roundcube':
            return ('<html><head>%s</head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n%s\n</body></html>\n'
                    % (head, '\n'.join(blocks)))
        if style == 'zimbra':
            return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                    '%s</div></body></html>' % ''.join('<div>%s</div><div><br data-mce-bogus="1"></div>' % b[3:-4]
                                                        if b.startswith('<p>') else b for b in blocks))
        return '<!DOCTYPE html>\n<html>\n  <head>\n    %s\n  </head>\n  <body>\n%s\n  </body>\n</html>\n' % (
            head, '\n'.join(blocks))
    # brand / ESP template
    name, color = brand or ('', '#1a73e8')
    inner = []
    for p in ps:
        inner.append('<p style="margin:0 0 16px 0;font-size:15px;line-height:22px;color:#323130">%s</p>'
                     % '<br>'.join(_inline_html(l) for l in p.split('\n')))
    html_body = '\n'.join(inner).replace('{BTN}', color)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=%s" />'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background-color:#f4f4f4">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Segoe UI,Helvetica,Arial,sans-serif">\n'
            '<tr><td style="background:%s;padding:18px 32px;color:#ffffff;font-size:20px;font-weight:600">%s</td></tr>\n'
            '<tr><td style="padding:28px 32px">%s</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (charset, _html.escape(name), color,
                                                               _html.escape(name), html_body)


# ---------------------------------------------------------------- parts
class Text:
    def __init__(self, text, subtype='plain', charset='utf-8', cte='quoted-printable', params='', lang=None):
        self.text, self.subtype, self.charset, self.cte, self.params, self.lang = text, subtype, charset, cte, params, lang

    def kind(self):
        return 'text/' + self.subtype


class Att:
    def __init__(self, filename, ctype, data, cte='base64', inline=False, cid=None, name_style='rfc2231',
                 charset=None, params='', desc=None):
        self.filename, self.ctype, self.data, self.cte, self.inline = filename, ctype, data, cte, inline
        self.cid, self.name_style, self.charset, self.params, self.desc = cid, name_style, charset, params, desc

    def kind(self):
        return self.ctype


class Multi:
    def __init__(self, subtype, parts, params=''):
        self.subtype, self.parts, self.params = subtype, parts, params

    def kind(self):
        return 'multipart/' + self.subtype


def encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii').rstrip('\n')
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii').rstrip('\n')
    if cte == '7bit':
        assert all(b < 128 for b in data), 'non-ascii in 7bit'
        return data.decode('ascii').rstrip('\n')
    if cte == '8bit':
        return data  # bytes; handled by caller
    raise ValueError(cte)


def _qcs(cs, style):
    return '"%s"' % cs if style in ('outlook', 'esp', 'exchange', 'apple_q') else cs


BOUNDARY = {}


def boundary(style, rng, level):
    h = lambda n: ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    if style == 'nextpart':
        return '----=_NextPart_%03d_%s_01DC%s.%s' % (level, h(4).upper(), h(4).upper(), h(8).upper())
    a = lambda n: ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))
    if style == 'gmail':
        return '000000000000' + h(16)
    if style == 'outlook':
        return '_%03d_%s_' % (level * 4 if level else 0, a(4).upper() + h(28).upper())
    if style == 'thunderbird':
        return '------------' + a(24)
    if style == 'apple':
        return 'Apple-Mail=_%s' % '-'.join(h(n).upper() for n in (8, 4, 4, 4, 12))
    if style == 'roundcube':
        return '=_' + h(32)
    if style in ('zimbra', 'javamail'):
        return '=_%s-%s-%s-%s-%s' % (h(8), h(4), h(4), h(4), h(12))
    if style == 'phpmailer':
        return 'b%d_%s' % (level + 1, a(43))
    if style == 'esp':
        return h(64) if level == 0 else h(62)
    if style == 'thebat':
        return '----------%s' % h(16).upper()
    if style == 'exchange':
        return '_%03d_%s_' % (level * 4, a(4).upper() + h(28).upper())
    return '----=_Part_%d_%d.%d' % (rng.randint(100000, 999999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 2 * 10 ** 12))


def render_part(p, style, rng, level=0, hs=None, bstyle=None):
    """Return (header_lines list[str], body bytes)."""
    hdrs = []
    if isinstance(p, Multi):
        b = boundary(bstyle or style, rng, level)
        ct = 'multipart/%s;\n\tboundary="%s"%s' % (p.subtype, b, p.params)
        if style in ('gmail', 'thunderbird', 'esp'):
            ct = 'multipart/%s; boundary="%s"%s' % (p.subtype, b, p.params)
        hdrs.append('Content-Type: ' + ct)
        body = bytearray()
        if level == 0 and style in ('thunderbird', 'javamail', 'phpmailer', 'generic'):
            body += b'This is a multi-part message in MIME format.\n'
        elif level == 0 and bstyle == 'nextpart':
            body += b'This is a multipart message in MIME format.\n'
        for sub in p.parts:
            sh, sb = render_part(sub, style, rng, level + 1, hs, bstyle)
            body += b'\n--' + b.encode() + b'\n' + '\n'.join(sh).encode('ascii') + b'\n\n' + sb
        body += b'\n--' + b.encode() + b'--\n'
        if body.startswith(b'\n'):
            body = body[1:]
        return hdrs, bytes(body)
    if isinstance(p, Text):
        data = p.text.encode(p.charset)
        if p.cte == '7bit' and any(b >= 128 for b in data):
            raise ValueError('7bit with non-ascii text')
        ct = 'text/%s; charset=%s%s' % (p.subtype, _qcs(p.charset, style), p.params)
        hdrs.append('Content-Type: ' + ct)
        hdrs.append('Content-Transfer-Encoding: ' + p.cte)
        if p.lang:
            hdrs.append('Content-Language: ' + p.lang)
        enc = encode_body(data, p.cte)
        return hdrs, (enc if isinstance(enc, bytes) else enc.encode('ascii')) + b'\n'
    # attachment
    fn = p.filename
    if p.name_style == 'rfc2231' and needs_enc(fn):
        nparam = rfc2231('name', fn)
        fparam = rfc2231('filename', fn)
        ct = '%s;\n %s%s' % (p.ctype, nparam, p.params)
        cd = '%s;\n %s' % ('inline' if p.inline else 'attachment', fparam)
    elif needs_enc(fn):
        ew = ' '.join(encoded_words(fn, 'utf-8', 'B'))
        ct = '%s;\n\tname="%s"%s' % (p.ctype, ew, p.params)
        cd = '%s;\n\tfilename="%s"' % ('inline' if p.inline else 'attachment', ew)
    else:
        ct = '%s; name="%s"%s' % (p.ctype, fn, p.params)
        cd = '%s; filename="%s"' % ('inline' if p.inline else 'attachment', fn)
    if p.charset:
        ct = ct.replace(p.ctype, '%s; charset=%s' % (p.ctype, p.charset), 1)
    if style in ('outlook', 'exchange'):
        hdrs += ['Content-Type: ' + ct]
        if p.desc:
            hdrs.append('Content-Description: ' + p.desc)
        hdrs += ['Content-Disposition: ' + cd + (';\n\tsize=%d' % len(p.data))]
    else:
        hdrs += ['Content-Type: ' + ct, 'Content-Disposition: ' + cd]
    if p.cid:
        hdrs.append('Content-ID: <%s>' % p.cid)
    hdrs.append('Content-Transfer-Encoding: ' + p.cte)
    enc = encode_body(p.data, p.cte)
    return hdrs, (enc if isinstance(enc, bytes) else enc.encode('ascii')) + b'\n'


def text_parts(p):
    if isinstance(p, Multi):
        out = []
        for s in p.parts:
            out += text_parts(s)
        return out
    if isinstance(p, Text):
        return [p]
    return []


def attachments(p):
    if isinstance(p, Multi):
        out = []
        for s in p.parts:
            out += attachments(s)
        return out
    if isinstance(p, Att):
        return [p]
    return []


def structure(p):
    if isinstance(p, Multi):
        return '%s(%s)' % (p.subtype, ' + '.join(structure(s) for s in p.parts))
    if isinstance(p, Text):
        return p.subtype
    return '%s `%s`' % (p.ctype.split('/')[-1] if p.ctype != 'application/octet-stream' else 'octet-stream',
                        p.filename)


def seeded(*parts):
    return random.Random(int.from_bytes(hashlib.sha256('|'.join(map(str, parts)).encode()).digest()[:8], 'big'))
