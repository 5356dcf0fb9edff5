"""MIME part tree and serializer with explicit charset / transfer-encoding
control (the stdlib email package is only used to verify the result)."""
from util import qp_encode, b64_body, crlf, fold, ew, is_ascii
from urllib.parse import quote as _pct


class Text:
    def __init__(self, text, subtype='plain', charset='utf-8', cte='quoted-printable',
                 params='', quoted=False, label=None, disposition=None, headers=()):
        self.text = text
        self.subtype = subtype
        self.charset = charset          # python codec
        self.label = label or charset   # label written in the header
        self.cte = cte
        self.params = params
        self.quoted = quoted
        self.disposition = disposition
        self.headers = list(headers)

    def encoded_body(self):
        raw = self.text.replace('\r\n', '\n').encode(self.charset)  # strict
        if self.cte == 'quoted-printable':
            return qp_encode(raw)
        if self.cte == 'base64':
            return b64_body(crlf(raw))
        if self.cte in ('7bit', None):
            raw.decode('ascii')
        body = crlf(raw)
        for ln in body.split(b'\r\n'):
            if len(ln) > 998:
                raise ValueError('line too long for %s' % self.cte)
        return body

    def header_lines(self):
        cs = '"%s"' % self.label if self.quoted else self.label
        ct = 'text/%s; charset=%s' % (self.subtype, cs)
        if self.params:
            ct += '; ' + self.params
        hl = [fold('Content-Type', ct)]
        if self.cte:
            hl.append('Content-Transfer-Encoding: %s' % self.cte)
        if self.disposition:
            hl.append('Content-Disposition: %s' % self.disposition)
        hl += [fold(n, v) for n, v in self.headers]
        return hl

    def describe(self):
        return 'text/%s' % self.subtype

    def text_parts(self):
        return [self]


def _fn_params(key, filename, style, charset):
    if is_ascii(filename):
        return '%s="%s"' % (key, filename)
    if style == 'rfc2047':
        return '%s="%s"' % (key, ew(filename, charset, 'B' if charset.lower() == 'utf-8' else 'Q'))
    return "%s*=%s''%s" % (key, charset, _pct(filename.encode(charset), safe=''))


class Att:
    def __init__(self, filename, data, ctype, cte='base64', inline=False, cid=None,
                 style='rfc2231', charset='utf-8', note='', name_param=True,
                 headers=(), size_param=False, when=None):
        self.filename = filename
        self.data = data
        self.ctype = ctype
        self.cte = cte
        self.inline = inline
        self.cid = cid
        self.style = style
        self.charset = charset
        self.note = note
        self.name_param = name_param
        self.headers = list(headers)
        self.size_param = size_param
        self.when = when

    def header_lines(self):
        ct = self.ctype
        if self.name_param and self.filename:
            ct += '; ' + _fn_params('name', self.filename, self.style, self.charset)
        hl = [fold('Content-Type', ct)]
        if self.filename or self.inline:
            disp = 'inline' if self.inline else 'attachment'
            if self.filename:
                disp += '; ' + _fn_params('filename', self.filename, self.style, self.charset)
            if self.size_param:
                disp += '; size=%d' % len(self.data)
                if self.when:
                    disp += '; creation-date="%s"; modification-date="%s"' % (self.when, self.when)
            hl.append(fold('Content-Disposition', disp))
        hl.append('Content-Transfer-Encoding: %s' % self.cte)
        if self.cid:
            hl.append('Content-ID: <%s>' % self.cid)
        hl += [fold(n, v) for n, v in self.headers]
        return hl

    def encoded_body(self):
        if self.cte == 'base64':
            return b64_body(self.data)
        if self.cte == 'quoted-printable':
            return qp_encode(self.data)
        return crlf(self.data)

    def describe(self):
        base = self.ctype.split(';')[0].strip()
        s = '%s "%s"' % (base, self.filename) if self.filename else base
        if self.inline:
            s += ' (inline%s)' % (', cid' if self.cid else '')
        if self.note:
            s += ' [%s]' % self.note
        return s

    def text_parts(self):
        return []


class Multi:
    def __init__(self, subtype, parts, boundary=None, params='', preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params
        self.preamble = preamble

    def header_lines(self):
        ct = 'multipart/%s; boundary="%s"' % (self.subtype, self.boundary)
        if self.params:
            ct += '; ' + self.params
        return [fold('Content-Type', ct)]

    def encoded_body(self):
        out = []
        if self.preamble:
            out.append(self.preamble.encode('ascii') + b'\r\n')
        for p in self.parts:
            out.append(b'\r\n--' + self.boundary.encode() + b'\r\n'
                       if out else b'--' + self.boundary.encode() + b'\r\n')
            out.append(serialize_part(p))
        out.append(b'\r\n--' + self.boundary.encode() + b'--\r\n')
        return b''.join(out)

    def describe(self):
        return 'multipart/%s(%s)' % (self.subtype, ', '.join(p.describe() for p in self.parts))

    def text_parts(self):
        r = []
        for p in self.parts:
            r += p.text_parts()
        return r


def serialize_part(p):
    return ('\r\n'.join(p.header_lines()) + '\r\n\r\n').encode('ascii') + p.encoded_body()


def assign_boundaries(part, gen):
    """gen(level_index, subtype) -> boundary string."""
    counter = [0]

    def walk(p):
        if isinstance(p, Multi):
            if not p.boundary:
                p.boundary = gen(counter[0], p.subtype)
                counter[0] += 1
            for c in p.parts:
                walk(c)
    walk(part)


def attachments(part):
    out = []
    if isinstance(part, Att):
        out.append(part)
    elif isinstance(part, Multi):
        for c in part.parts:
            out += attachments(c)
    return out
