"""MIME building blocks with explicit control of charset, transfer encoding,
RFC 2047 encoded words and RFC 2231 parameters."""
import base64
import binascii
import html as _html
import re
from urllib.parse import quote

Q_SAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


TYPO = {'\u2013': '-', '\u2014': '-', '\u201e': '"', '\u201c': '"', '\u201d': '"', '\u2019': "'",
        '\u2018': "'", '\u2026': '...', '\u20ac': 'EUR', '\u00a0': ' ', '\u2022': '*', '\u00ab': '"', '\u00bb': '"', '\u2192': '->', '\u2116': 'N'}


def fit(text, charset):
    """Replace typographic characters the charset cannot carry (as the
    sending client would have typed them)."""
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in TYPO:
                out.append(TYPO[ch])
            else:
                raise
    return ''.join(out)


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(text, charset='utf-8', enc='Q', maxlen=75):
    """Split text into RFC 2047 encoded words (never splitting a character)."""
    pre = f'=?{charset}?{enc}?'
    room = maxlen - len(pre) - 2
    words, cur = [], b''

    def elen(b):
        if enc == 'B':
            return 4 * ((len(b) + 2) // 3)
        return sum(1 if (c in Q_SAFE or c == 32) else 3 for c in b)

    def enc_bytes(b):
        if enc == 'B':
            return base64.b64encode(b).decode()
        return ''.join(chr(c) if c in Q_SAFE else '_' if c == 32 else f'={c:02X}' for c in b)

    for ch in text:
        cb = ch.encode(charset)
        if cur and elen(cur + cb) > room:
            words.append(pre + enc_bytes(cur) + '?=')
            cur = b''
        cur += cb
    if cur:
        words.append(pre + enc_bytes(cur) + '?=')
    return words


def hdr_text(text, charset='utf-8', enc='Q'):
    if is_ascii(text):
        return text
    return '\n '.join(encoded_words(fit(text, charset), charset, enc))


SPECIALS = set('()<>@,;:\\".[]')


def addr(name, email, charset='utf-8', enc='Q', quote_always=False):
    if not name:
        return email
    if is_ascii(name):
        if quote_always or any(c in SPECIALS for c in name):
            return '"' + name.replace('\\', '\\\\').replace('"', '\\"') + '" <' + email + '>'
        return f'{name} <{email}>'
    return '\n '.join(encoded_words(fit(name, charset), charset, enc)) + f' <{email}>'


def addr_list(items, charset='utf-8', enc='Q', quote_always=False):
    return ',\n '.join(addr(n, e, charset, enc, quote_always) for n, e in items)


# ------------------------------------------------------------ parts
class Text:
    def __init__(self, text, subtype='plain', charset='utf-8', cte='quoted-printable',
                 flowed=False, lang=None, quote_cs=True):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.flowed, self.lang, self.quote_cs = flowed, lang, quote_cs

    ctype = property(lambda s: 'text/' + s.subtype)


class Bin:
    def __init__(self, data, ctype, filename=None, disp='attachment', cid=None,
                 fn_style='plain', fn_charset='utf-8', cte='base64', size_param=False,
                 ctype_params='', note=None):
        self.note = note
        self.data, self._ctype, self.filename, self.disp, self.cid = data, ctype, filename, disp, cid
        self.fn_style, self.fn_charset, self.cte, self.size_param = fn_style, fn_charset, cte, size_param
        self.ctype_params = ctype_params

    ctype = property(lambda s: s._ctype)


class Multi:
    def __init__(self, subtype, parts, extra_params=''):
        self.subtype, self.parts, self.extra_params = subtype, parts, extra_params

    ctype = property(lambda s: 'multipart/' + s.subtype)


def encode_body(raw, cte):
    if cte == 'quoted-printable':
        out = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
        return out
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == '7bit':
        raw.decode('ascii')
    for line in raw.split(b'\n'):
        assert len(line) < 998, 'line too long for %s' % cte
    return raw if raw.endswith(b'\n') else raw + b'\n'


def _param_filename(name, fn, style, charset):
    if is_ascii(fn):
        return f'{name}="{fn}"'
    if style == 'rfc2231':
        return f"{name}*={charset}''{quote(fn.encode(charset), safe='')}"
    return f'{name}="' + ' '.join(encoded_words(fn, charset, 'B' if style == 'rfc2047b' else 'Q')) + '"'


def render_part(part, bgen, depth=0, preamble=True):
    """returns (list of header lines, body bytes)"""
    if isinstance(part, Text):
        raw = fit(part.text.replace('\r\n', '\n'), part.charset).encode(part.charset)
        cs = f'"{part.charset}"' if part.quote_cs else part.charset
        ct = f'Content-Type: text/{part.subtype}; charset={cs}'
        if part.flowed:
            ct += '; format=flowed'
        hdrs = [ct, f'Content-Transfer-Encoding: {part.cte}']
        if part.lang:
            hdrs.append(f'Content-Language: {part.lang}')
        return hdrs, encode_body(raw, part.cte)
    if isinstance(part, Bin):
        ct = f'Content-Type: {part.ctype}'
        if part.ctype_params:
            ct += '; ' + part.ctype_params
        if part.filename:
            ct += ';\n\t' + _param_filename('name', part.filename, part.fn_style, part.fn_charset)
        hdrs = [ct]
        if part.cid:
            hdrs.append(f'Content-ID: <{part.cid}>')
        if part.disp:
            cd = f'Content-Disposition: {part.disp}'
            if part.filename:
                cd += ';\n\t' + _param_filename('filename', part.filename, part.fn_style, part.fn_charset)
            if part.size_param:
                cd += f';\n\tsize={len(part.data)}'
            hdrs.append(cd)
        hdrs.append(f'Content-Transfer-Encoding: {part.cte}')
        return hdrs, encode_body(part.data, part.cte)
    b = bgen(depth)
    hdrs = [f'Content-Type: multipart/{part.subtype};' + (f' {part.extra_params};' if part.extra_params else '')
            + f'\n\tboundary="{b}"']
    out = b''
    if depth == 0 and preamble:
        out += b'This is a multi-part message in MIME format.\n\n'
    for p in part.parts:
        ph, pb = render_part(p, bgen, depth + 1, preamble)
        out += f'--{b}\n'.encode() + '\n'.join(ph).encode() + b'\n\n' + pb
        if not pb.endswith(b'\n'):
            out += b'\n'
    out += f'--{b}--\n'.encode()
    return hdrs, out


def walk(part):
    yield part
    if isinstance(part, Multi):
        for p in part.parts:
            yield from walk(p)


def describe(part):
    """Short structure description for the manifest."""
    if isinstance(part, Text):
        return part.subtype
    if isinstance(part, Bin):
        kind = part.ctype.split('/')[1].replace('x-zip-compressed', 'zip').replace('svg+xml', 'svg')
        kind = 'html' if part.ctype == 'text/html' else kind
        kind = {'octet-stream': 'binary', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx'}.get(kind, kind)
        label = kind.upper()
        if part.disp == 'inline' or (part.cid and not part.disp):
            label = 'inline ' + label
        out = f'{label} "{part.filename}"' if part.filename else label
        return out + (f' [{part.note}]' if part.note else '')
    inner = ' + '.join(describe(p) for p in part.parts)
    return f'{part.subtype}({inner})'


# ------------------------------------------------------------ HTML helpers
def esc(s):
    return _html.escape(s, quote=True)


LINK_RE = re.compile(r'\[\[(.+?)\|(.+?)\]\]')


def text_links(s):
    """[[label|url]] -> 'label <url>' for plain text"""
    return LINK_RE.sub(lambda m: f'{m.group(1)} <{m.group(2)}>' if m.group(1) != m.group(2) else m.group(2), s)


def text_links_bare(s):
    return LINK_RE.sub(lambda m: f'{m.group(1)}: {m.group(2)}', s)


def html_links(s, style=''):
    st = f' style="{style}"' if style else ''
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        out.append(esc(s[pos:m.start()]))
        out.append(f'<a href="{esc(m.group(2))}"{st}>{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(s[pos:]))
    return ''.join(out)


def paras(text):
    return [p for p in re.split(r'\n\s*\n', text.strip('\n'))]


def html_simple(text, flavour='outlook', charset='utf-8', lang='de'):
    """Convert a plain text mail (with [[label|url]] links) into the HTML a
    given mail client would produce."""
    ps = paras(text)
    if flavour == 'outlook':
        body = ''.join('<p class="MsoNormal">' + html_links(p).replace('\n', '<br>\n') + '<o:p></o:p></p>\n'
                       + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' for p in ps)
        return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
                'a:link, span.MsoHyperlink {color:#467886;text-decoration:underline;}\n'
                '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1 {page:WordSection1;}\n'
                f'--></style>\n</head>\n<body lang="{lang.upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{body}</div>\n</body>\n</html>\n')
    if flavour == 'gmail':
        body = '<br>'.join('<div>' + html_links(p).replace('\n', '<br>') + '</div>' for p in ps)
        return f'<div dir="ltr">{body}</div>\n'
    if flavour == 'thunderbird':
        body = ''.join('<p>' + html_links(p).replace('\n', '<br>\n') + '</p>\n' for p in ps)
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
                f'charset={charset}">\n  </head>\n  <body>\n{body}  </body>\n</html>\n')
    # plain generic / webmail
    body = ''.join('<p>' + html_links(p).replace('\n', '<br />') + '</p>\n' for p in ps)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}" /></head>'
            f'<body style="font-family: Verdana, Arial, sans-serif; font-size: 10pt">\n{body}</body></html>\n')


def html_brand(brand, title, body_paras, button=None, footer='', color='#0067b8', charset='utf-8',
               logo_text=None, after_button=(), img_cid=None, img_alt='', lang='en'):
    """Transactional / notification style HTML (table layout)."""
    logo = esc(logo_text or brand)
    rows = ''.join(f'<tr><td style="padding:0 0 14px 0;font-size:14px;line-height:20px;color:#333333">'
                   f'{html_links(p).replace(chr(10), "<br>")}</td></tr>\n' for p in body_paras)
    btn = ''
    if button:
        btn = (f'<tr><td style="padding:6px 0 22px 0"><table role="presentation" cellspacing="0" cellpadding="0"><tr>'
               f'<td style="background:{color};border-radius:3px"><a href="{esc(button[1])}" '
               f'style="display:inline-block;padding:11px 26px;color:#ffffff;font-size:15px;font-weight:bold;'
               f'text-decoration:none">{esc(button[0])}</a></td></tr></table></td></tr>\n')
    img = ''
    if img_cid:
        img = (f'<tr><td style="padding:4px 0 18px 0"><img src="cid:{img_cid}" width="180" height="180" '
               f'alt="{esc(img_alt)}" style="display:block;border:0"></td></tr>\n')
    after = ''.join(f'<tr><td style="padding:0 0 12px 0;font-size:13px;line-height:19px;color:#555555">'
                    f'{html_links(p).replace(chr(10), "<br>")}</td></tr>\n' for p in after_button)
    foot = ''
    if footer:
        foot = (f'<tr><td style="padding:18px 0 0 0;border-top:1px solid #e5e5e5;font-size:11px;line-height:16px;'
                f'color:#8a8a8a">{html_links(footer).replace(chr(10), "<br>")}</td></tr>\n')
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{esc(title)}</title>\n</head>\n'
            f'<body style="margin:0;padding:0;background:#f4f4f4">\n'
            f'<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f4f4f4"><tr><td align="center" style="padding:24px 10px">\n'
            f'<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Segoe UI,Helvetica,Arial,sans-serif">\n'
            f'<tr><td style="padding:22px 32px;background:{color};color:#ffffff;font-size:20px;font-weight:bold">{logo}</td></tr>\n'
            f'<tr><td style="padding:28px 32px 10px 32px"><table role="presentation" width="100%" cellspacing="0" cellpadding="0">\n'
            f'<tr><td style="padding:0 0 18px 0;font-size:22px;line-height:28px;color:#1a1a1a">{esc(title)}</td></tr>\n'
            f'{rows}{img}{btn}{after}{foot}</table></td></tr>\n'
            f'</table>\n</td></tr></table>\n</body>\n</html>\n')


def text_brand(title, body_paras, button=None, footer='', after_button=()):
    out = [title, '']
    for p in body_paras:
        out += [text_links(p), '']
    if button:
        out += [f'{button[0]}: {button[1]}', '']
    for p in after_button:
        out += [text_links(p), '']
    if footer:
        out += ['--', text_links(footer)]
    return '\n'.join(out).rstrip() + '\n'
