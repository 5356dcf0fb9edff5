"""A small MIME tree with byte-exact, sender-specific serialisation."""
import base64
import binascii
import urllib.parse

from util import ew, is_ascii, rhex, ralnum, rdigits, ruuid, fmt_date

TEXT_TYPES = ('text/plain', 'text/html', 'text/calendar', 'text/csv', 'text/xml', 'image/svg+xml',
              'application/xml', 'text/x-vcard', 'text/vcard')


class Leaf:
    def __init__(self, ctype, data, charset=None, cte=None, name=None, disposition=None, cid=None,
                 description=None, params=None, extra=None, flowed=False, fname_enc=None,
                 ctype_params_first=None, label=None):
        self.ctype = ctype
        self.data = data
        self.charset = charset
        self.label = label or charset  # how the charset is spelled in the header
        self.cte = cte
        self.name = name
        self.disposition = disposition
        self.cid = cid
        self.description = description
        self.params = params or []
        self.extra = extra or []
        self.flowed = flowed
        self.fname_enc = fname_enc

    def raw(self):
        if isinstance(self.data, str):
            return self.data.replace('\r\n', '\n').encode(self.charset or 'utf-8')
        return self.data

    def is_text(self):
        return isinstance(self.data, str)


class Multi:
    def __init__(self, subtype, parts, params=None, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.params = params or []
        self.preamble = preamble


def qp(data):
    out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    # b2a_qp leaves a bare trailing '=' when the input doesn't end in newline
    if not out.endswith(b'\n'):
        out += b'=\n' if not out.endswith(b'=') else b'\n'
    return out


def b64(data, width=76):
    s = base64.b64encode(data)
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return b'\n'.join(lines) + b'\n'


def encode_body(raw, cte):
    if cte == 'base64':
        return b64(raw)
    if cte == 'quoted-printable':
        return qp(raw)
    if cte in ('7bit', '8bit', 'binary', None):
        return raw if raw.endswith(b'\n') else raw + b'\n'
    raise ValueError(cte)


class Serializer:
    """style: outlook | gmail | thunderbird | apple | phpmailer | java | dotnet | python | mailchimp |
    hexb | nodemailer | roundcube | generic"""

    def __init__(self, style, rng, att_time=None, zone='DE', exch_fqdn='EXCH02.corp.example.com'):
        self.style = style
        self.exch_fqdn = exch_fqdn
        self.rng = rng
        self.att_time = att_time
        self.zone = zone
        self.count = 0
        self.outlook_id = None
        self.java_n = rng.randint(100000, 9999999)

    # -------------------------------------------------- boundaries
    def boundary(self, subtype):
        r, st = self.rng, self.style
        self.count += 1
        if st == 'outlook':
            self._outlook_init()
            code = {'alternative': '000', 'related': '003', 'mixed': '004'}.get(subtype, '005')
            if self.count > 3:
                code = '%03d' % (self.count + 3)
            return '_%s_%s_' % (code, self.outlook_id)
        if st == 'outlookdesk':
            self._desk_init()
            return '----=_NextPart_%03d_%s_%s.%s' % (self.count - 1, self.od_n, self.od_t1.upper(), self.od_t2.upper())
        if st == 'exchange':
            self._exch_init()
            code = {'alternative': '000', 'related': '003', 'mixed': '004'}.get(subtype, '005')
            if self.count > 3:
                code = '%03d' % (self.count + 3)
            return '_%s_%s_' % (code, self.outlook_id)
        if st == 'gmail':
            return '000000000000' + rhex(r, 16)
        if st == 'thunderbird':
            return '------------' + ralnum(r, 24)
        if st == 'apple':
            return 'Apple-Mail=_' + ruuid(r, True)
        if st == 'phpmailer':
            return 'b%d=_%s' % (self.count, ralnum(r, 42))
        if st == 'java':
            self.java_n += 1
            ms = int(self.att_time.timestamp() * 1000) + r.randint(0, 999) if self.att_time is not None else r.randint(1793000000000, 1799000000000)
            return '----=_Part_%d_%d.%d' % (self.java_n, r.randint(10 ** 8, 2 * 10 ** 9), ms)
        if st == 'dotnet':
            return '--boundary_%d_%s' % (self.count - 1, ruuid(r))
        if st == 'python':
            return '=' * 15 + rdigits(r, 19) + '=='
        if st == 'mailchimp':
            return '_----------=_MCPart_' + rdigits(r, 10)
        if st == 'nodemailer':
            return '--_NmP-%s-Part_%d' % (rhex(r, 16), self.count)
        if st == 'roundcube':
            return '=_' + rhex(r, 32)
        if st == 'yandex':
            return '----==_mimepart_' + rhex(r, 12) + '_' + rdigits(r, 6)
        if st == 'hexb':
            return rhex(r, 32)
        return '----=_NextPart_%03d_%04X_%s.%s' % (self.count - 1, r.randint(0, 65535), rhex(r, 8, True), rhex(r, 8, True))

    def _outlook_init(self):
        if self.outlook_id is None:
            r = self.rng
            nn = r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
            self.outlook_host = '%s%02dMB%04d' % (r.choice(['AS8PR', 'DU0PR', 'PAXPR', 'AM9PR', 'DB9PR', 'GV1PR', 'VI1PR', 'PA4PR', 'DU2PR']), nn, r.randint(1000, 9999))
            self.outlook_prd = 'eurprd%02d' % nn
            self.outlook_hex = rhex(r, 32, True)
            self.outlook_id = self.outlook_host + self.outlook_hex + self.outlook_prd + 'prodoutlookcom'

    def outlook_mid(self):
        self._outlook_init()
        host = '%s.%s.prod.outlook.com' % (self.outlook_host, self.outlook_prd)
        return '<%s%s@%s>' % (self.outlook_host, self.outlook_hex, host), host

    def _exch_init(self):
        if self.outlook_id is None:
            self.exch_hex = rhex(self.rng, 32)
            self.outlook_id = self.exch_hex + ''.join(c for c in self.exch_fqdn if c.isalnum())

    def exch_mid(self):
        self._exch_init()
        return '<%s@%s>' % (self.exch_hex, self.exch_fqdn)

    def _desk_init(self):
        if getattr(self, 'od_n', None) is None:
            r = self.rng
            self.od_n = '%04X' % r.randint(1, 0x80)
            self.od_t1 = '01dc' + rhex(r, 4)
            self.od_t2 = rhex(r, 8)

    def desk_mid(self, domain):
        self._desk_init()
        return '<%s%s$%s$%s$@%s>' % (self.od_n.lower(), self.od_t1, self.od_t2, rhex(self.rng, 8), domain)

    def desk_cid(self, n=1):
        self._desk_init()
        return 'image%03d.png@%s.%s' % (n, self.od_t1.upper(), self.od_t2.upper())

    # -------------------------------------------------- parameter helpers
    def _fname_params(self, leaf, key):
        name = leaf.name
        enc = leaf.fname_enc or ('2231' if self.style in ('thunderbird', 'apple', 'roundcube') else '2047')
        if is_ascii(name):
            return ['%s="%s"' % (key, name)]
        if enc == '2231':
            return ["%s*=UTF-8''%s" % (key, urllib.parse.quote(name, safe=''))]
        lab = 'UTF-8' if self.style in ('gmail', 'phpmailer', 'java') else 'utf-8'
        return ['%s="%s"' % (key, ew(name, 'utf-8', 'B', lab, sep=' '))]

    def _ctype(self, leaf):
        st = self.style
        params = []
        if leaf.is_text() and leaf.ctype.startswith('text/'):
            lab = leaf.label
            if st in ('outlook', 'exchange', 'gmail', 'outlookdesk'):
                params.append('charset="%s"' % lab)
            else:
                params.append('charset=%s' % lab)
            if leaf.flowed:
                params.append('format=flowed')
        params += leaf.params
        if leaf.name:
            params += self._fname_params(leaf, 'name')
        if st == 'outlookdesk' and params:
            return leaf.ctype + ';\n\t' + ';\n\t'.join(params)
        return leaf.ctype + ('; ' + '; '.join(params) if params else '')

    # -------------------------------------------------- leaf
    def leaf_headers(self, leaf, raw):
        st = self.style
        h = []
        ct = self._ctype(leaf)
        h.append(('Content-Type', ct))
        cte = leaf.cte
        if cte is None:
            cte = 'base64' if not leaf.is_text() else 'quoted-printable'
        if st in ('outlook', 'exchange') and leaf.disposition:
            if leaf.description is not False:
                d = leaf.description or leaf.name or ''
                h.append(('Content-Description', d if is_ascii(d) else ew(d, 'utf-8', 'B', 'utf-8', sep=' ')))
            disp = leaf.disposition
            if leaf.name:
                disp += '; ' + '; '.join(self._fname_params(leaf, 'filename'))
            disp += '; size=%d' % len(raw)
            if self.att_time is not None:
                ds = fmt_date(self.att_time, 'UTC', 'gmt')
                disp += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (ds, ds)
            if leaf.cid:
                h.append(('Content-ID', '<%s>' % leaf.cid))
            h.append(('Content-Disposition', disp))
        elif leaf.disposition and st == 'outlookdesk':
            h.append(('Content-Transfer-Encoding', cte))
            disp = leaf.disposition
            if leaf.name:
                disp += ';\n\t' + ';\n\t'.join(self._fname_params(leaf, 'filename'))
            h.append(('Content-Disposition', disp))
            if leaf.cid:
                h.append(('Content-ID', '<%s>' % leaf.cid))
            h += leaf.extra
            return h, encode_body(raw, cte), cte
        elif leaf.disposition:
            disp = leaf.disposition
            if leaf.name:
                disp += '; ' + '; '.join(self._fname_params(leaf, 'filename'))
            h.append(('Content-Disposition', disp))
            if leaf.cid:
                h.append(('Content-ID', '<%s>' % leaf.cid))
        elif leaf.cid:
            h.append(('Content-ID', '<%s>' % leaf.cid))
        if leaf.description and st not in ('outlook', 'exchange'):
            d = leaf.description
            h.append(('Content-Description', d if is_ascii(d) else ew(d, 'utf-8', 'B', 'utf-8', sep=' ')))
        h.append(('Content-Transfer-Encoding', cte))
        if st == 'gmail' and leaf.disposition and leaf.cid:
            h.append(('X-Attachment-Id', leaf.cid))
        h += leaf.extra
        return h, encode_body(raw, cte), cte

    # -------------------------------------------------- tree
    def serialize(self, node):
        """Return (headers, body bytes) for the entity."""
        if isinstance(node, Leaf):
            raw = node.raw()
            h, body, _ = self.leaf_headers(node, raw)
            return h, body
        b = self.boundary(node.subtype)
        node._boundary = b
        sep = '\n\t' if self.style in ('outlook', 'exchange', 'java', 'dotnet', 'outlookdesk') else ' '
        params = ''.join('; ' + p for p in node.params)
        ct = 'multipart/%s;%sboundary="%s"%s' % (node.subtype, sep, b, params)
        if self.style in ('outlook', 'exchange', 'outlookdesk') and node.subtype == 'related':
            ct = 'multipart/related;\n\tboundary="%s";\n\ttype="multipart/alternative"' % b
            if node.parts and isinstance(node.parts[0], Leaf):
                ct = 'multipart/related;\n\tboundary="%s";\n\ttype="text/html"' % b
        out = []
        if node.preamble:
            out.append(node.preamble.encode() + b'\n\n')
        elif self.style == 'outlookdesk' and self.count == 1 and node.preamble is None:
            out.append(b'This is a multipart message in MIME format.\n\n')
        elif self.style in ('thunderbird', 'phpmailer', 'java') and self.count == 1 and node.preamble is None:
            out.append(b'This is a multi-part message in MIME format.\n')
        for p in node.parts:
            ph, pb = self.serialize(p)
            out.append(('--%s\n' % b).encode())
            for k, v in ph:
                out.append(('%s: %s\n' % (k, v)).encode())
            out.append(b'\n')
            out.append(pb)
            if not pb.endswith(b'\n'):
                out.append(b'\n')
            if self.style in ('outlook', 'exchange', 'gmail'):
                out.append(b'\n')
        out.append(('--%s--\n' % b).encode())
        return [('Content-Type', ct)], b''.join(out)


# ------------------------------------------------------------------ builders
def plain(text, charset='utf-8', cte='quoted-printable', flowed=False, label=None):
    return Leaf('text/plain', text, charset=charset, cte=cte, flowed=flowed, label=label)


def html(text, charset='utf-8', cte='quoted-printable', label=None):
    return Leaf('text/html', text, charset=charset, cte=cte, label=label)


def alt(*parts):
    return Multi('alternative', list(parts))


def related(*parts):
    return Multi('related', list(parts))


def mixed(*parts):
    return Multi('mixed', list(parts))


def attachment(ctype, data, name, cte='base64', inline=False, cid=None, description=None, params=None,
               fname_enc=None):
    return Leaf(ctype, data, cte=cte, name=name, disposition='inline' if inline else 'attachment',
                cid=cid, description=description, params=params, fname_enc=fname_enc)


def inline_image(data, name, cid, ctype='image/png', disposition=True):
    return Leaf(ctype, data, cte='base64', name=name, disposition='inline' if disposition else None,
                cid=cid, description=name)


def text_attachment(ctype, text, name, charset='utf-8', cte='base64', inline=False, params=None):
    l = Leaf(ctype, text, charset=charset, cte=cte, name=name,
             disposition='inline' if inline else 'attachment', params=params)
    return l
