"""Message object: fields, MIME root, transport profile, facts; renders the .eml."""
import random
import string

from . import mime, when

B64 = string.ascii_letters + string.digits + '+/'
B52 = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'
DMARC_POLICY = {}


class Mail:
    def __init__(self, fname, kind, lang):
        self.fname = fname
        self.kind = kind
        self.lang = lang
        self.rng = random.Random(fname)
        self.frm = None            # (name, addr)
        self.sender = None
        self.to = []
        self.cc = []
        self.reply_to = None
        self.subject = ''
        self.date = None           # aware UTC datetime of composition
        self.zone = 'DE'           # sender's zone for Date
        self.msgid = None
        self.in_reply_to = None
        self.references = None
        self.extra = []            # additional sender headers (name, value)
        self.root = None
        self.env_from = None
        self._rcpt = None
        self.hcs = ('utf-8', 'B')  # header charset/encoding style
        self.quote_names = False
        self.facts = {'iban': [], 'url': [], 'phone': [], 'wallet': [], 'qr': [], 'account': [], 'bank': []}
        self.qr_expect = []        # (location description, payload bytes)
        self.zip_passwords = {}
        self.meta = {}
        self.client = None
        self.trace = []
        self.auth = None
        self.t_mx = None
        self.tls = True

    @property
    def rcpt(self):
        return self._rcpt or (self.to[0][1] if self.to else None)

    @rcpt.setter
    def rcpt(self, v):
        self._rcpt = v

    # ------------------------------------------------------------- randomness
    def hex(self, n, upper=False):
        s = ''.join(self.rng.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def b64(self, n, pad=False):
        s = ''.join(self.rng.choice(B64) for _ in range(n))
        if pad:
            s = s[:-1] + '='
        return s

    def alnum(self, n, chars=string.ascii_letters + string.digits):
        return ''.join(self.rng.choice(chars) for _ in range(n))

    def digits(self, n):
        return ''.join(self.rng.choice('0123456789') for _ in range(n))

    def guid(self):
        h = self.hex(32)
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def qid(self):
        return '4' + ''.join(self.rng.choice(B52) for _ in range(5)) + 'z' + ''.join(
            self.rng.choice(B52) for _ in range(self.rng.randint(3, 6)))

    def ip_tail(self):
        return self.rng.randint(2, 250)

    # ------------------------------------------------------------- facts
    def fact(self, kind, value, note=''):
        if (value, note) not in self.facts[kind] and value not in [v for v, _ in self.facts[kind]]:
            self.facts[kind].append((value, note))
        return value

    def url(self, u, note=''):
        return self.fact('url', u, note)

    def iban(self, i, note=''):
        return self.fact('iban', i, note)

    def phone(self, p, note=''):
        return self.fact('phone', p, note)

    def qr(self, payload, where, note=''):
        if isinstance(payload, str):
            payload = payload.encode('utf-8')
        self.qr_expect.append((where, payload))
        self.fact('qr', payload.decode('utf-8'), where + ((' - ' + note) if note else ''))
        return payload

    # ------------------------------------------------------------- header formatting
    def _cs(self, text, cs):
        cs = cs or self.hcs
        try:
            (text or '').encode(cs[0])
            return cs
        except UnicodeEncodeError:
            return ('utf-8', 'B')

    def a(self, name, address, cs=None):
        cs = self._cs(name, cs)
        return mime.addr(name, address, cs[0], cs[1], self.quote_names)

    def alist(self, items, cs=None):
        return ', '.join(self.a(n, e, cs) for n, e in items)

    def subj(self, cs=None, mixed=False):
        cs = self._cs(self.subject, cs)
        if mixed:
            return mime.hdr_text_mixed(self.subject, cs[0], cs[1])
        return mime.hdr_text(self.subject, cs[0], cs[1])

    def date_hdr(self, zone=None, utc=False):
        if utc:
            return when.rfc_utc(self.date)
        return when.rfc(zone or self.zone, self.date)

    # ------------------------------------------------------------- rendering
    def render(self):
        from . import infra
        hdrs = []
        hdrs.append(('Return-Path', '<%s>' % self.env_from if self.env_from else '<>'))
        c = self.client
        t = when.rfc('DE', self.t_mx, abbr=True)
        tls = ''
        if c.get('tls', True):
            tls = c.get('tls_line') or infra.TLS13
        rdns = c.get('rdns') or 'unknown'
        recv = 'from %s (%s [%s])\n%s\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s' % (
            c['helo'], rdns, c['ip'], tls, 'ESMTPS' if c.get('tls', True) else 'ESMTP', self.qid(), self.rcpt, t)
        hdrs.extend(infra.auth_headers(self))
        hdrs.append(('Received', recv))
        hdrs.extend(self.trace)
        out = []
        for k, v in hdrs:
            out.append(mime.fold(k, v) if '\n' not in v else k + ': ' + v)
        head = '\n'.join(out)
        body = self.root.body_bytes()
        raw = head.encode('ascii') + b'\n\n' + body
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        return raw
