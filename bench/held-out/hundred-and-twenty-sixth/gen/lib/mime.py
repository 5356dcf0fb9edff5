"""A tiny MIME tree with byte-exact serialisation.

The email package is used only for verification; building is done here so
that charsets, transfer encodings, boundaries and header order are exactly
what the modelled sending system writes.
"""
from . import util


class Part:
    def __init__(self, ctype, params=None, body=b'', cte=None, headers=None,
                 parts=None, boundary=None, preamble=None, epilogue=None,
                 hdr_order=None, filename=None, role=None):
        self.ctype = ctype            # e.g. 'text/plain'
        self.params = list(params or [])  # [(k, v_already_formatted)]
        self.body = body              # raw (decoded) bytes for leaves
        self.cte = cte
        self.headers = list(headers or [])  # extra headers [(name, value)]
        self.parts = list(parts or [])
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue
        self.hdr_order = hdr_order    # 'ct-first' (default) or 'cte-first'
        self.filename = filename
        self.role = role              # free text for the manifest

    @property
    def is_multipart(self):
        return self.ctype.startswith('multipart/')

    def content_headers(self):
        ps = ''
        for k, v in self.params:
            ps += ';\n\t%s=%s' % (k, v) if len(self.ctype) + len(ps) + len(k) + len(v) > 60 else '; %s=%s' % (k, v)
        if self.is_multipart:
            b = '"%s"' % self.boundary
            if len(self.ctype) + len(ps) + len(b) > 60:
                ps += ';\n\tboundary=%s' % b
            else:
                ps += '; boundary=%s' % b
        hs = [('Content-Type', self.ctype + ps)]
        cte_h = [('Content-Transfer-Encoding', self.cte)] if (self.cte and not self.is_multipart) else []
        if self.hdr_order == 'cte-first':
            hs = cte_h + hs
        else:
            hs = hs + cte_h
        out = []
        pre = [h for h in self.headers if h[0].startswith('^')]
        post = [h for h in self.headers if not h[0].startswith('^')]
        out.extend((n[1:], v) for n, v in pre)
        out.extend(hs)
        out.extend(post)
        return out

    def serialize_body(self):
        if self.is_multipart:
            out = b''
            if self.preamble is not None:
                out += self.preamble.encode('ascii') + b'\n'
            for p in self.parts:
                out += b'\n--' + self.boundary.encode() + b'\n' if out else b'--' + self.boundary.encode() + b'\n'
                out += p.serialize()
            out += b'\n--' + self.boundary.encode() + b'--\n'
            if self.epilogue is not None:
                out += self.epilogue.encode('ascii')
            return out
        if self.ctype == 'message/rfc822':
            b = self.body
            return b if b.endswith(b'\n') else b + b'\n'
        return util.encode_body(self.body, self.cte)

    def serialize(self):
        hdr = render_headers(self.content_headers())
        body = self.serialize_body()
        if body.endswith(b'\n') and self.is_multipart is False:
            body = body[:-1]
        return hdr + b'\n' + body


def render_headers(headers):
    out = []
    for n, v in headers:
        line = util.fold(n, v)
        line.encode('ascii')  # headers must be ASCII
        out.append(line)
    return ('\n'.join(out) + '\n').encode('ascii')


def quote_param(v):
    return '"%s"' % v


# --- convenience constructors ---------------------------------------------

def text(s, subtype='plain', charset='utf-8', cte='quoted-printable', params=None,
         headers=None, charset_label=None, hdr_order=None, errors='strict'):
    body = s.encode(charset, errors)
    ps = [('charset', charset_label or ('"%s"' % charset))]
    if params:
        ps += params
    return Part('text/' + subtype, ps, body, cte, headers, hdr_order=hdr_order)


def attachment(data, ctype, filename, cte='base64', disposition='attachment',
               style='outlook', name_charset='utf-8', extra=None, size=False,
               date=None, cid=None, description=None):
    """style: outlook  -> Content-Type name="" + Content-Disposition filename=""
                       (RFC 2047 encoded when non-ASCII; as Outlook/Exchange do)
              gmail    -> name= + filename= (RFC 2047) + X-Attachment-Id
              rfc2231  -> filename*=utf-8''...
              thunder  -> name= + filename= (RFC2231 for non-ASCII)
    """
    ascii_name = all(ord(c) < 128 for c in filename)
    params = []
    hdrs = []
    if style in ('outlook', 'gmail', 'plain'):
        n = filename if ascii_name else util.ew(filename, name_charset, 'B' if style == 'gmail' else 'Q')
        params.append(('name', '"%s"' % n))
        disp = disposition
        if disposition:
            disp += ';\n\tfilename="%s"' % n
            if size:
                disp += '; size=%d' % len(data)
            if date:
                disp += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (date, date)
        if description:
            dv = n if description is True else description
            hdrs.append(('^Content-Description', dv))
        if disposition:
            hdrs.append(('Content-Disposition', disp))
        if cid:
            hdrs.append(('Content-ID', '<%s>' % cid))
        if style == 'gmail' and disposition == 'attachment':
            hdrs.append(('X-Attachment-Id', cid or 'f_x'))
    elif style in ('rfc2231', 'thunder'):
        if ascii_name:
            params.append(('name', '"%s"' % filename))
            disp = '%s;\n\tfilename="%s"' % (disposition, filename)
        else:
            enc = ''.join(c if (c.isalnum() and ord(c) < 128) or c in '.-_' else
                          ''.join('%%%02X' % b for b in c.encode('utf-8')) for c in filename)
            params.append(('name', '"%s"' % util.ew(filename, 'UTF-8', 'Q')))
            disp = "%s;\n\tfilename*=UTF-8''%s" % (disposition, enc)
        hdrs.append(('Content-Disposition', disp))
        if cid:
            hdrs.append(('Content-ID', '<%s>' % cid))
    if extra:
        hdrs.extend(extra)
    p = Part(ctype, params, data, cte, hdrs, filename=filename)
    return p


def multipart(sub, parts, boundary, preamble=None, params=None):
    p = Part('multipart/' + sub, params or [], parts=parts, boundary=boundary, preamble=preamble)
    return p


def rfc822(msg_bytes, filename=None, disposition='attachment'):
    hdrs = []
    if filename:
        n = filename if all(ord(c) < 128 for c in filename) else util.ew(filename, 'utf-8', 'Q')
        hdrs.append(('Content-Disposition', '%s;\n\tfilename="%s"' % (disposition, n)))
    return Part('message/rfc822', [], msg_bytes.replace(b'\r\n', b'\n'), None, hdrs, filename=filename)
