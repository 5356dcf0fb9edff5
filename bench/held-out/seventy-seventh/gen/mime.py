"""Hand-rolled MIME serialiser so that charset and transfer encoding of every
part are exactly what the sending system would have produced."""
import base64
import quopri
import urllib.parse

from util import ew, fit, fold, wrap


class Part:
    def __init__(self, ctype, params=None, body=b'', parts=None, cte=None, headers=None,
                 boundary=None, preamble=None, disposition=None, meta=None):
        self.ctype = ctype
        self.params = list(params or [])
        self.body = body
        self.parts = parts
        self.cte = cte
        self.headers = list(headers or [])
        self.boundary = boundary
        self.preamble = preamble
        self.disposition = disposition
        self.meta = meta or {}


def encode_body(data, cte):
    if cte == 'quoted-printable':
        out = quopri.encodestring(data, quotetabs=False)
        return out if out.endswith(b'\n') else out + b'=\n'
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == '7bit':
        data.decode('ascii')
    for line in data.split(b'\n'):
        assert len(line) < 990, 'line too long for %s' % cte
    return data if data.endswith(b'\n') else data + b'\n'


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', flowed=False,
              delsp=False, cs_label=None, quote_charset=True, extra_params=(), width=76):
    """cs_label: the charset name as written in the header (e.g. 'UTF-8', 'iso-8859-1')."""
    text = text.replace('\r\n', '\n')
    if not text.endswith('\n'):
        text += '\n'
    text = fit(text, charset) if subtype == 'plain' else text
    if cte in ('7bit', '8bit') and subtype == 'plain':
        text = wrap(text, 72 if flowed else width, flowed)
    if subtype == 'html':
        data = text.encode(charset, 'xmlcharrefreplace')
    else:
        data = text.encode(charset)
    if cte in ('7bit', '8bit') and subtype == 'html':
        text2 = []
        for line in data.split(b'\n'):
            while len(line) > 900:
                cut = line.rfind(b' ', 0, 900)
                cut = cut if cut > 0 else 900
                text2.append(line[:cut])
                line = line[cut:]
            text2.append(line)
        data = b'\n'.join(text2)
    label = cs_label or charset
    params = [('charset', label, quote_charset)]
    if flowed:
        params.append(('format', 'flowed', False))
        if delsp:
            params.append(('delsp', 'yes', False))
    params += list(extra_params)
    return Part('text/' + subtype, params, encode_body(data, cte), cte=cte,
                meta={'charset': charset, 'cte': cte})


def _fname_params(key, name, style, charset='utf-8'):
    try:
        name.encode('ascii')
        return [(key, name, True)]
    except UnicodeEncodeError:
        pass
    if style == '2231':
        return [(key + '*', "%s''%s" % (charset.upper() if charset == 'utf-8' else charset,
                                       urllib.parse.quote(name.encode(charset), safe='')), False)]
    return [(key, ew(name, charset, 'B', sep=' '), True)]


def attachment(data, ctype, filename, cte='base64', inline=False, cid=None, style='2047',
               charset='utf-8', size_param=False, extra_params=(), desc=None, date=None):
    params = list(extra_params) + _fname_params('name', filename, style, charset)
    disp_params = _fname_params('filename', filename, style, charset)
    if size_param:
        disp_params.append(('size', str(len(data)), False))
    if date:
        disp_params += [('creation-date', date, True), ('modification-date', date, True)]
    headers = []
    if desc:
        headers.append(('Content-Description', desc))
    p = Part(ctype, params, encode_body(data, cte), cte=cte, headers=headers,
             disposition=('inline' if inline else 'attachment', disp_params),
             meta={'filename': filename, 'raw': data})
    if cid:
        p.headers.append(('Content-ID', '<%s>' % cid))
    return p


def multipart(subtype, parts, boundary, preamble=None, extra_params=()):
    return Part('multipart/' + subtype, list(extra_params), parts=parts, boundary=boundary,
                preamble=preamble)


def _param_str(params):
    out = []
    for item in params:
        k, v = item[0], item[1]
        q = item[2] if len(item) > 2 else True
        out.append('%s="%s"' % (k, v) if q else '%s=%s' % (k, v))
    return out


def _ct_header(ctype, params, style):
    ps = _param_str(params)
    if not ps:
        return ctype
    one = ctype + '; ' + '; '.join(ps)
    if style == 'tab' or len(one) > 76:
        return ctype + ';\n\t' + ';\n\t'.join(ps)
    return one


def part_headers(p, style='auto'):
    h = []
    params = list(p.params)
    if p.boundary:
        params.append(('boundary', p.boundary, True))
    h.append(('Content-Type', _ct_header(p.ctype, params, style)))
    if p.cte:
        h.append(('Content-Transfer-Encoding', p.cte))
    if p.disposition:
        kind, dps = p.disposition
        h.append(('Content-Disposition', _ct_header(kind, dps, style)))
    h += p.headers
    return h


def header_lines(headers):
    out = []
    for k, v in headers:
        v = fold(v) if '\n' not in v else v
        line = '%s: %s' % (k, v)
        line.encode('ascii')
        for seg in line.split('\n'):
            assert len(seg) < 998
        out.append(line)
    return ('\n'.join(out) + '\n').encode('ascii')


def serialize(p, style='auto'):
    head = header_lines(part_headers(p, style))
    return head + b'\n' + body_bytes(p, style)


def body_bytes(p, style='auto'):
    if p.parts is None:
        return p.body
    out = b''
    if p.preamble:
        out += p.preamble.encode('ascii') + b'\n\n'
    b = p.boundary.encode('ascii')
    for sub in p.parts:
        out += b'--' + b + b'\n' + serialize(sub, style)
        if not out.endswith(b'\n'):
            out += b'\n'
        out += b'\n'
    out += b'--' + b + b'--\n'
    return out


def message(top_headers, root, style='auto'):
    """top_headers: list of (name, value); MIME headers of root appended at the end
    unless a ('__MIME__', None) marker says where they go."""
    mh = part_headers(root, style)
    hs = []
    placed = False
    for k, v in top_headers:
        if k == '__MIME__':
            hs += mh
            placed = True
        else:
            hs.append((k, v))
    if not placed:
        hs += mh
    return header_lines(hs) + b'\n' + body_bytes(root, style)
