"""Message model: the definition modules fill a Message; finalize() builds the sender's header block
through its System model and prepends what mx01.example.com writes."""
import base64
import datetime as dt
import struct

from . import mime
from .systems import postfix_qid_long, tls12, tls13
from .util import rng_for, local_to_utc, parse_local, rfc2822, rhex, ruuid, ralnum, B62

PSL2 = ('co.uk', 'org.uk', 'gov.uk', 'com.pl', 'com.gr', 'com.es', 'com.de', 'co.it', 'net.pl', 'com.ru', 'org.pl')

DMARC = {}   # org domain -> policy, filled by company module


def org_domain(d):
    d = d.lower().rstrip('.')
    parts = d.split('.')
    if '.'.join(parts[-2:]) in PSL2:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def thread_index(rng, replies=0):
    raw = bytes([1, 0xDC]) + bytes(rng.getrandbits(8) for _ in range(20))
    for _ in range(replies):
        raw += bytes(rng.getrandbits(8) for _ in range(5))
    return base64.b64encode(raw).decode()


class Message:
    def __init__(self, folder, name):
        self.folder = folder
        self.name = name
        self.lang = name.split('-')[1]
        self.rng = rng_for(name)
        self.frm = None
        self.to = []
        self.cc = []
        self.reply_to = None
        self.subject = ''
        self.when = None        # ('2026-10-12 09:14:33', 'DE')
        self.root = None
        self.system = None
        self.hdr_charset = 'utf-8'
        self.hdr_enc = 'B'
        self.addr_quote = False
        self.msgid = None
        self.in_reply_to = None
        self.references = None
        self.extra = []
        self.pre_extra = []
        self.thread_topic = None
        self.thread_index = None
        self.replies = 0
        self.rcpts = None
        self.env_from_override = None
        self.what = ''
        self.why = ''
        self.hard_negative_of = None
        self.facts = []         # (kind, value, note)
        self.qr = []            # (payload, where)
        self.dkim_results = []
        self.client = None
        self.spf = None
        self.internal = False
        self.date_hdr = None
        self.spoof_note = None
        self.ar_override = None
        self.tls = '1.3'
        self.mx_rcpt_for = True

    @property
    def zone(self):
        return self.when[1]

    @property
    def utc(self):
        return local_to_utc(self.when[1], parse_local(self.when[0]))

    @property
    def ts(self):
        return int((self.utc - dt.datetime(1970, 1, 1)).total_seconds())

    # ------------------------------------------------------------ helpers for definitions
    def fact(self, kind, value, note=''):
        self.facts.append((kind, value, note))

    def t(self, s):
        return self.utc + dt.timedelta(seconds=s * self._step)

    # ------------------------------------------------------------ build
    def finalize(self):
        rng = self.rng
        zone = self.zone
        self._step = rng.choice([1, 1, 2, 2, 3])
        if self.rcpts is None:
            self.rcpts = [a for _, a in self.to + self.cc if a.endswith('@example.com') or a.endswith('@examplegroup.eu')]
        body = self.root.encoded_body()
        self.body_crlf = mime.to_crlf(body)
        self.root_headers = self.root.header_lines()
        self.has_attach = any(any(n == 'Content-Disposition' and v.startswith('attachment') for n, v in p.headers)
                              for p in self.root.walk())
        kw = dict(charset=self.hdr_charset, enc=self.hdr_enc, quote_always=self.addr_quote)
        if self.thread_index is None:
            self.thread_index = thread_index(rng, self.replies)
        self.h = {
            'from': mime.addr(self.frm[0], self.frm[1], **kw),
            'to': mime.addrs(self.to, **kw) if self.to else None,
            'cc': mime.addrs(self.cc, **kw) if self.cc else None,
            'reply-to': mime.addr(self.reply_to[0], self.reply_to[1], **kw) if self.reply_to else None,
            'subject': mime.hdr_text(self.subject, self.hdr_charset, self.hdr_enc),
            'date': self.date_hdr or rfc2822(self.utc, zone),
            'message-id': self.msgid or self.default_msgid(),
            'in-reply-to': self.in_reply_to,
            'references': self.references,
            'thread-topic': mime.hdr_text(self.thread_topic or _strip_prefix(self.subject), self.hdr_charset, self.hdr_enc)
            if self.system.kind in ('exchange-internal', 'm365', 'ovh', 'hornet') else None,
            'thread-index': self.thread_index if self.system.kind in ('exchange-internal', 'm365', 'ovh', 'hornet') else None,
        }
        hdrs = self.system.build(self)
        top = self.mx01_headers()
        self.header_list = top + hdrs
        return self.serialize()

    def default_msgid(self):
        rng = self.rng
        k = self.system.kind
        dom = self.frm[1].split('@')[1]
        if k == 'exchange-internal':
            return '<%s@%s.corp.example.com>' % (rhex(rng, 32), rng.choice(['EXCH01', 'EXCH02']))
        if k == 'm365':
            srv = rng.choice(['AM9PR04MB', 'DU0PR04MB', 'PA4PR03MB', 'VI1PR02MB', 'DB8PR06MB']) + str(rng.randint(1000, 9999))
            if getattr(self.system, 'consumer', False):
                srv = rng.choice(['AS8P193MB', 'DB9P194MB']) + str(rng.randint(1000, 9999))
                return '<%s%s@%s.EURP193.PROD.OUTLOOK.COM>' % (srv, rhex(rng, 32, True), srv)
            if getattr(self.system, 'region', '') == 'uk':
                srv = 'LO2P265MB' + str(rng.randint(1000, 9999))
                return '<%s%s@%s.GBRP265.PROD.OUTLOOK.COM>' % (srv, rhex(rng, 32, True), srv)
            return '<%s%s@%s.eurprd04.prod.outlook.com>' % (srv, rhex(rng, 32, True), srv)
        if k in ('google',):
            return '<CA%s@mail.gmail.com>' % ralnum(rng, rng.randint(44, 56), B62 + '+_=-')
        if k in ('postfix', 'aruba', 'exim') and getattr(self.system, 'client', getattr(self.system, 'ua', '')).startswith(('Outlook', 'Microsoft Outlook')):
            return '<%s$%s$%s$@%s>' % (rhex(rng, 12), rhex(rng, 8), rhex(rng, 8), dom)
        if k in ('hornet', 'ovh'):
            return '<%s%s@%s>' % (rhex(rng, 32), '', getattr(self.system, 'exch', 'EX3.mail.ovh.net'))
        if k == 'proton':
            return '<%s=@proton.me>' % ralnum(rng, 86, B62 + '_-')
        if k == 'yandex':
            return '<%d%d@mail.yandex.ru>' % (rng.randint(10 ** 6, 10 ** 7), self.ts)
        if k == 'mailru':
            return '<%d.%s@f%d.i.mail.ru>' % (self.ts, rhex(rng, 16), rng.randint(100, 500))
        if k == 'wp':
            return '<%s@wp.pl>' % rhex(rng, 32)
        if k == 'homepl':
            return '<%s@%s>' % (rhex(rng, 32), dom)
        if k == 'webhost':
            return '<%s@%s>' % (ralnum(rng, 43, B62), getattr(self.system, 'msgid_dom', dom))
        return '<%s@%s>' % (ruuid(rng), dom)

    def mx01_headers(self):
        rng = self.rng
        helo, rdns, ip = self.client
        t = self.t_mx + dt.timedelta(seconds=1)
        qid = postfix_qid_long(rng)
        rd = rdns if rdns else 'unknown'
        tls = {'1.3': tls13(), '1.2': tls12(), None: None}[self.tls]
        with_ = 'ESMTPS' if tls else 'ESMTP'
        forpart = ('\n\tfor <%s>' % self.rcpts[0]) if len(self.rcpts) == 1 else ''
        rec = 'Received: from %s (%s [%s])\n' % (helo, rd, ip)
        if tls:
            rec += '\t' + tls + '\n'
        rec += '\tby mx01.example.com (Postfix) with %s id %s%s; %s' % (with_, qid, forpart, rfc2822(t, 'DE', True))
        top = []
        fdom = self.frm[1].split('@')[1].lower()
        if self.ar_override is not None:
            top = [('Authentication-Results', v) for v in self.ar_override]
        elif not self.internal:
            dmarc_res = self.dmarc_result()
            pol = DMARC.get(org_domain(fdom))
            if pol:
                top.append(('Authentication-Results', 'mx01.example.com; dmarc=%s (p=%s dis=none) header.from=%s' % (
                    dmarc_res, pol, fdom)))
            else:
                top.append(('Authentication-Results', 'mx01.example.com; dmarc=none (p=none dis=none) header.from=%s' % fdom))
        if self.dkim_results and self.ar_override is None:
            parts = []
            for r in self.dkim_results:
                parts.append('dkim=%s (%d-bit key; unprotected) header.d=%s header.i=%s header.a=rsa-sha256 header.s=%s header.b=%s' % (
                    r['result'], r['bits'], r['d'], r['i'] if r['i'].startswith('@') else r['i'], r['s'], r['b']))
            top.append(('Authentication-Results', 'mx01.example.com;\n\t' + ';\n\t'.join(parts) + ';\n\tdkim-atps=neutral'))
        if not self.internal and self.spf:
            env_dom = self.env_from.split('@')[-1] if self.env_from else helo
            top.append(('Received-SPF', '%s (mailfrom) identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=mx01.example.com' % (
                self.spf.capitalize(), ip, helo, self.env_from or '<>')))
        top.append(('__raw', rec))
        return [('Return-Path', '<%s>' % (self.env_from or ''))] + top

    def dmarc_result(self):
        fdom = org_domain(self.frm[1].split('@')[1])
        if self.spf == 'pass' and self.env_from and org_domain(self.env_from.split('@')[-1]) == fdom:
            return 'pass'
        for r in self.dkim_results:
            if r['result'] == 'pass' and org_domain(r['d']) == fdom:
                return 'pass'
        return 'fail'

    def serialize(self):
        lines = []
        for n, v in self.header_list:
            if n == '__raw':
                lines.append(v + '\n')
            else:
                lines.append(mime.fold(n, v) + '\n')
        head = ''.join(lines)
        return mime.to_crlf(head.encode('latin-1') + b'\n') + self.body_crlf


def _strip_prefix(s):
    import re
    return re.sub(r'^((re|aw|wg|fw|fwd|r|i|odp|pd|rv|ΑΠ|ΣΧΕΤ|ΠΡΘ|ΠΡΟΩΘ|Ответ|Пересл|RE|AW)\s*:\s*)+', '', s, flags=re.I)


# ------------------------------------------------------------ simple standalone message (for .eml attachments)
def simple_message(headers, root):
    body = mime.to_crlf(root.encoded_body())
    lines = []
    for n, v in headers + [('MIME-Version', '1.0')] + root.header_lines():
        lines.append(v + '\n' if n == '__raw' else mime.fold(n, v) + '\n')
    return mime.to_crlf(''.join(lines).encode('latin-1') + b'\n') + body
