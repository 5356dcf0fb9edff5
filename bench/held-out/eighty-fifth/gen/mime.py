"""MIME part model and raw message rendering (CRLF, explicit charsets and encodings)."""
import re
import urllib.parse

from util import (qp_encode, b64_encode, is_ascii, encoded_words, hdr_text, fold, addr,
                  addr_list, to_utc, rfcdate)
from routes import Ctx, mx01_received


class Text:
    def __init__(self, text, charset='utf-8', cte='quoted-printable', subtype='plain'):
        self.text, self.charset, self.cte, self.subtype = text, charset, cte, subtype

    def describe(self):
        return 'text/%s' % self.subtype


class Att:
    def __init__(self, filename, ctype, data, cte='base64', inline=False, cid=None, charset=None,
                 name_cs='utf-8', dates=None):
        self.filename, self.ctype, self.data, self.cte = filename, ctype, data, cte
        self.inline, self.cid, self.charset, self.name_cs, self.dates = inline, cid, charset, name_cs, dates

    def describe(self):
        return '%s `%s`%s' % (self.ctype, self.filename, ' (inline)' if self.inline else '')


class Multi:
    def __init__(self, subtype, *parts, rel_type=None):
        self.subtype, self.parts, self.rel_type = subtype, list(parts), rel_type

    def describe(self):
        return 'multipart/%s [%s]' % (self.subtype, ', '.join(p.describe() for p in self.parts))


def alt(plain, html):
    return Multi('alternative', plain, html)


def mixed(*parts):
    return Multi('mixed', *parts)


def related(*parts):
    return Multi('related', *parts, rel_type='text/html')


def crlf(text):
    t = text.replace('\r\n', '\n').replace('\n', '\r\n')
    if not t.endswith('\r\n'):
        t += '\r\n'
    return t


def encode_body(data, cte):
    if cte == 'base64':
        return b64_encode(data)
    if cte == 'quoted-printable':
        return qp_encode(data[:-2] if data.endswith(b'\r\n') else data) + b'\r\n'
    if cte == '7bit':
        data.decode('ascii')
    for line in data.split(b'\r\n'):
        if len(line) > 998:
            raise ValueError('line too long for %s' % cte)
    return data


def _param_name(fname, style, cs):
    if is_ascii(fname):
        return 'name="%s"' % fname, 'filename="%s"' % fname
    ew = ' '.join(encoded_words(fname, cs, 'B' if style in ('gmail', 'generic') else 'Q', 200))
    if style in ('tb', 'apple'):
        return ('name="%s"' % ew,
                "filename*=%s''%s" % (cs.upper() if style == 'tb' else cs,
                                      urllib.parse.quote(fname.encode(cs), safe='')))
    return 'name="%s"' % ew, 'filename="%s"' % ew


def _ct(value, params, style):
    if not params:
        return value
    if style in ('outlook', 'apple'):
        return value + ';\r\n\t' + ';\r\n\t'.join(params)
    return value + '; ' + '; '.join(params)


class Renderer:
    def __init__(self, sender, ctx):
        self.sender, self.ctx, self.n = sender, ctx, 0
        self.style = sender.ctstyle
        self.text_parts = []
        self.atts = []

    def part(self, p, top=False):
        """returns (headers list, body bytes)"""
        st = self.style
        if isinstance(p, Text):
            self.text_parts.append(p)
            cs = p.charset
            csval = '"%s"' % cs if st in ('outlook', 'gmail') else cs
            params = ['charset=%s' % csval]
            if st == 'tb' and p.subtype == 'plain' and p.cte != 'base64':
                params.append('format=flowed')
            data = crlf(p.text).encode(cs.lower().replace('windows-', 'cp'), 'strict')
            hdrs = [('Content-Type', _ct('text/' + p.subtype, params, st)),
                    ('Content-Transfer-Encoding', p.cte)]
            return hdrs, encode_body(data, p.cte)
        if isinstance(p, Att):
            self.atts.append(p)
            n_param, f_param = _param_name(p.filename, st, p.name_cs)
            params = [n_param]
            if p.charset:
                params.insert(0, 'charset="%s"' % p.charset)
            hdrs = [('Content-Type', _ct(p.ctype, params, st))]
            disp = 'inline' if p.inline else 'attachment'
            dparams = [f_param]
            if p.dates and st == 'outlook':
                dparams += ['size=%d' % len(p.data), 'creation-date="%s"' % p.dates,
                            'modification-date="%s"' % p.dates]
            if p.cid:
                hdrs.append(('Content-ID', '<%s>' % p.cid))
            hdrs.append(('Content-Disposition', _ct(disp, dparams, st)))
            hdrs.append(('Content-Transfer-Encoding', p.cte))
            data = p.data
            if p.cte != 'base64' and isinstance(data, bytes) and p.cte in ('7bit', '8bit', 'quoted-printable'):
                data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
                if not data.endswith(b'\r\n'):
                    data += b'\r\n'
            return hdrs, encode_body(data, p.cte)
        if isinstance(p, Multi):
            b = self.sender.boundary(self.ctx, self.n)
            self.n += 1
            params = []
            if p.rel_type:
                params.append('type="%s"' % p.rel_type)
            params.append('boundary="%s"' % b)
            hdrs = [('Content-Type', _ct('multipart/' + p.subtype, params, st))]
            out = b''
            if top and st in ('outlook', 'tb'):
                out += b'This is a multi-part message in MIME format.\r\n'
            out += b'\r\n'
            for sub in p.parts:
                h, body = self.part(sub)
                out += b'--' + b.encode() + b'\r\n'
                out += b''.join(('%s: %s\r\n' % (k, v)).encode('ascii') for k, v in h)
                out += b'\r\n' + body
                if not body.endswith(b'\r\n'):
                    out += b'\r\n'
            out += b'--' + b.encode() + b'--\r\n'
            return hdrs, out
        raise TypeError(p)


def strip_prefix(subject):
    return re.sub(r'^((re|aw|wg|fw|fwd|r|i|rv|res|odp|πρθ|σχετ|re\[\d+\]|ответ|отв)\s*:\s*)+', '',
                  subject, flags=re.I)


def render(spec):
    s = spec
    sender = s['via']
    frm_name, frm_addr = s['frm']
    rcpt = s.get('rcpt') or s['to'][0][1]
    zone = s.get('zone', 'DE')
    t = to_utc(s['date'], zone)
    ctx = Ctx(s['seed'], t, zone, frm_addr, rcpt)
    mxt = sender.mx_time(ctx)
    cs = s.get('hdr_cs') or sender.hdr_cs
    enc = s.get('hdr_enc') or sender.hdr_enc
    date_zone = s.get('date_zone') or getattr(sender, 'date_zone', None) or zone

    r = Renderer(sender, ctx)
    root_h, body = r.part(s['body'], top=True)

    logical = {}
    logical['From'] = addr(frm_name, frm_addr, cs, enc)
    logical['To'] = addr_list(s['to'], cs, enc)
    if s.get('cc'):
        logical['Cc'] = addr_list(s['cc'], cs, enc)
    if s.get('reply_to'):
        logical['Reply-To'] = addr(s['reply_to'][0], s['reply_to'][1], cs, enc)
    logical['Subject'] = hdr_text(s['subject'], cs, enc)
    logical['Date'] = rfcdate(t, date_zone)
    logical['Message-ID'] = s.get('message_id') or sender.msgid(ctx)
    if s.get('in_reply_to'):
        logical['In-Reply-To'] = s['in_reply_to']
        logical['References'] = s.get('references', s['in_reply_to'])
    logical['MIME-Version'] = '1.0 (1.0)' if sender.ctstyle == 'apple' else '1.0'
    extras = list(sender.extra(ctx)) + list(s.get('headers', []))
    order_l = [o.lower() for o in sender.order]
    if 'thread-topic' in order_l:
        logical['Thread-Topic'] = hdr_text(strip_prefix(s['subject']), cs, enc)
    if 'x-ms-has-attach' in order_l:
        extras = [(k, v) for k, v in extras if k.lower() not in ('x-ms-has-attach', 'x-ms-tnef-correlator')]
        logical['X-MS-Has-Attach'] = 'yes' if any(not a.inline for a in r.atts) else ''
        logical['X-MS-TNEF-Correlator'] = ''
    for k, v in root_h:
        logical[k] = v
    extra_map = {}
    for k, v in extras:
        if k.lower() in order_l:
            extra_map[k.lower()] = (k, v)
    rest = [(k, v) for k, v in extras if k.lower() not in order_l]

    out = []
    for name in sender.order:
        if name == '*':
            out.extend(rest)
            continue
        key = name.lower()
        found = None
        for k in logical:
            if k.lower() == key:
                found = logical[k]
        if found is None and key in extra_map:
            found = extra_map[key][1]
        if found is not None:
            out.append((name, found))
    if '*' not in sender.order:
        out.extend(rest)
    present = {k.lower() for k, _ in out}
    for k, v in logical.items():
        if k.lower() not in present:
            out.append((k, v))

    rp = s.get('return_path') or sender.return_path(ctx)
    top = [('Return-Path', '<%s>' % rp),
           ('Received', mx01_received(ctx, sender.client, sender.tls, mxt))]
    top += [('Received', h) for h in sender.hops(ctx)]
    lines = []
    for k, v in top + out:
        if '\r\n' not in v and len(k) + len(v) > 76 and ' ' in v:
            lines.append(fold(k, v))
        else:
            lines.append('%s: %s' % (k, v) if v != '' else '%s: ' % k)
    head = '\r\n'.join(lines) + '\r\n\r\n'
    raw = head.encode('ascii') + body
    info = {
        'charsets': sorted({p.charset for p in r.text_parts}, key=str.lower),
        'ctes': sorted({p.cte for p in r.text_parts}),
        'structure': s['body'].describe(),
        'atts': [a.filename for a in r.atts],
    }
    return raw, info
