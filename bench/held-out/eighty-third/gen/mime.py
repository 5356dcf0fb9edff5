"""Hand-rolled MIME tree with exact control of charset and Content-Transfer-Encoding."""
import textwrap
import urllib.parse

from util import qp_encode, b64_encode, encoded_words, needs_ew


class Part:
    def __init__(self, ctype, text=None, data=None, charset=None, cte=None, filename=None,
                 disposition=None, cid=None, parts=None, params=None, fname_style='2231',
                 extra=None, wrap=False, name_param=True, fname_charset='utf-8', label=None):
        self.ctype = ctype
        self.text = text
        self.data = data
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.parts = parts or []
        self.params = params or []
        self.fname_style = fname_style
        self.extra = extra or []
        self.wrap = wrap
        self.name_param = name_param
        self.fname_charset = fname_charset
        self.label = label
        self.boundary = None
        self.qcs = False

    @property
    def is_multi(self):
        return self.ctype.startswith('multipart/')

    def payload_bytes(self):
        if self.text is not None:
            t = self.text
            if self.wrap:
                t = wrap_text(t, 76, flowed='format=flowed' in self.params)
            return t.encode(self.charset, errors='strict')
        return self.data

    def _fname(self, key):
        fn = self.filename
        if not needs_ew(fn):
            return '%s="%s"' % (key, fn)
        if self.fname_style == '2047':
            return '%s="%s"' % (key, encoded_words(fn, self.fname_charset, 'B').replace('\n ', ''))
        q = urllib.parse.quote(fn.encode(self.fname_charset), safe='')
        return "%s*=%s''%s" % (key, self.fname_charset, q)

    def headers(self):
        h = []
        ct = self.ctype
        ps = []
        if self.charset and not self.is_multi:
            ps.append(('charset="%s"' if self.qcs else 'charset=%s') % self.charset)
        ps += self.params
        if self.is_multi:
            ps.append('boundary="%s"' % self.boundary)
        if self.filename and self.name_param:
            ps.append(self._fname('name'))
        h.append('Content-Type: ' + ct + (';\n\t' + ';\n\t'.join(ps) if ps else ''))
        if not self.is_multi:
            h.append('Content-Transfer-Encoding: ' + self.cte)
        if self.disposition or self.filename:
            d = self.disposition or 'attachment'
            if self.filename:
                d += ';\n\t' + self._fname('filename')
            h.append('Content-Disposition: ' + d)
        if self.cid:
            h.append('Content-ID: <%s>' % self.cid)
        h += self.extra
        return h

    def encoded_body(self):
        raw = self.payload_bytes()
        if self.cte == 'quoted-printable':
            return qp_encode(raw)
        if self.cte == 'base64':
            return b64_encode(raw)
        if self.cte == '7bit':
            assert all(b < 128 for b in raw), 'non-ASCII in 7bit part'
        for ln in raw.split(b'\n'):
            assert len(ln) < 990, 'line too long for %s' % self.cte
        return raw.rstrip(b'\n')

    def assign_boundaries(self, gen):
        if self.is_multi:
            self.boundary = gen()
            for p in self.parts:
                p.assign_boundaries(gen)

    def serialize_body(self):
        if not self.is_multi:
            return self.encoded_body()
        out = []
        preamble = b'This is a multi-part message in MIME format.\n' if self.label == 'preamble' else b''
        if preamble:
            out.append(preamble)
        for p in self.parts:
            out.append(b'\n--' + self.boundary.encode() + b'\n' if out else b'--' + self.boundary.encode() + b'\n')
            out.append('\n'.join(p.headers()).encode('ascii') + b'\n\n')
            out.append(p.serialize_body())
        out.append(b'\n--' + self.boundary.encode() + b'--\n')
        return b''.join(out)

    # -- summaries for MANIFEST
    def walk(self):
        yield self
        for p in self.parts:
            yield from p.walk()

    def structure(self):
        short = {'multipart/mixed': 'mixed', 'multipart/alternative': 'alt', 'multipart/related': 'related',
                 'text/plain': 'plain', 'text/html': 'html', 'text/calendar': 'calendar'}
        if self.is_multi:
            return '%s(%s)' % (short.get(self.ctype, self.ctype), ', '.join(p.structure() for p in self.parts))
        s = short.get(self.ctype, self.ctype)
        if self.filename:
            s += ' "%s"' % self.filename
            if 'zip' in self.ctype and self.data:
                import io
                import zipfile
                zf = zipfile.ZipFile(io.BytesIO(self.data))
                enc = any(i.flag_bits & 1 for i in zf.infolist())
                s += ' [%s%s]' % (', '.join(zf.namelist()), '; ZipCrypto-encrypted' if enc else '')
        elif self.cid:
            s += ' inline cid'
        return s


def wrap_text(t, width=76, flowed=False):
    out = []
    for line in t.split('\n'):
        if len(line) <= width or line.startswith('>'):
            out.append(line)
            continue
        ind = len(line) - len(line.lstrip(' '))
        pieces = textwrap.wrap(line, width, subsequent_indent=' ' * ind, break_long_words=False,
                               break_on_hyphens=False) or ['']
        if flowed:
            pieces = [p + ' ' for p in pieces[:-1]] + pieces[-1:]
        out.extend(pieces)
    return '\n'.join(out)


# ---------------------------------------------------------------- convenience constructors
def plain(text, charset='utf-8', cte='quoted-printable', wrap=None):
    if wrap is None:
        wrap = cte in ('8bit', '7bit')
    return Part('text/plain', text=text, charset=charset, cte=cte, wrap=wrap)


def html(text, charset='utf-8', cte='quoted-printable'):
    return Part('text/html', text=text, charset=charset, cte=cte)


def alt(*parts):
    return Part('multipart/alternative', parts=list(parts))


def mixed(*parts, preamble=False):
    return Part('multipart/mixed', parts=list(parts), label='preamble' if preamble else None)


def related(*parts):
    return Part('multipart/related', parts=list(parts), params=['type="multipart/alternative"']
                if parts and parts[0].ctype == 'multipart/alternative' else [])


def attachment(ctype, filename, data, cte='base64', fname_style='2231', inline=False, cid=None, fname_charset='utf-8',
               charset=None):
    return Part(ctype, data=data, filename=filename, cte=cte, disposition='inline' if inline else 'attachment',
                cid=cid, fname_style=fname_style, fname_charset=fname_charset, charset=charset)


def inline_image(data, cid, filename=None, ctype='image/png'):
    p = Part(ctype, data=data, cte='base64', cid=cid, filename=filename, disposition='inline')
    return p
