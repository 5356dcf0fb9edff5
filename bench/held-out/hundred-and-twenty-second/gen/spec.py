"""Message specification, registry and assembly into RFC 5322 bytes."""
import datetime as _dt

import mime
import png
import qr as qrmod
from systems import mx01_headers
from util import seeded, local_to_utc, fmt_date

REGISTRY = []


def message(folder, num, lang, slug):
    def deco(fn):
        REGISTRY.append((folder, num, lang, slug, fn))
        return fn
    return deco


class Spec:
    def __init__(self, folder, num, lang, slug):
        self.folder, self.num, self.lang, self.slug = folder, num, lang, slug
        self.file = '%02d-%s-%s.eml' % (num, lang, slug)
        self.rng = seeded(self.file)
        self.t0 = None
        self.zone = 'DE'
        self.frm = None
        self.to, self.cc, self.reply_to = [], [], []
        self.subject = ''
        self.hcharset = self.henc = self.hlabel = None
        self.body = None
        self.system = None
        self.rcpt = None
        self.env_from = None
        self.msgid = None
        self.in_reply_to = None
        self.references = None
        self.replies = 0
        self.extra_headers = []
        self.has_attach = False
        self.what = ''
        self.why = ''
        self.pair = []
        self.phones = []
        self.wallets = []
        self.accounts = []
        self.qr = []
        self.zip_pw = {}
        self.zip_note = {}
        self.notes = []
        self.pair_topic = ''
        self.php_host = None
        self.auth_summary = None

    # convenience -------------------------------------------------------
    def sent(self, when, zone='DE'):
        self.t0 = local_to_utc(when, zone)
        self.zone = zone

    def when(self, minutes_before=0, zone=None, style='std'):
        return fmt_date(self.t0 - _dt.timedelta(minutes=minutes_before), zone or self.zone, style)

    def local(self, minutes_before=0, zone=None):
        from util import zone_offset
        t = self.t0 - _dt.timedelta(minutes=minutes_before)
        off, _ = zone_offset(zone or self.zone, t)
        return t + _dt.timedelta(minutes=off)

    def zip_time(self, minutes_before=30):
        d = self.local(minutes_before)
        return (d.year, d.month, d.day, d.hour, d.minute, d.second - d.second % 2)

    def qr_png(self, payload, scale=6, ecl='M', quiet=4):
        m = qrmod.encode(payload, ecl)
        self.qr.append(payload)
        return png.qr_png(m, scale, quiet)

    def pdf_bytes(self, doc):
        b = doc.bytes()
        self.qr += doc.qr_payloads
        return b

    def mid_ref(self, domain, style='outlook'):
        """An earlier Message-ID in a thread (for References / In-Reply-To)."""
        r = self.rng
        from util import rhex, ralnum
        if style == 'outlook':
            return '<%s%s$%s$%s$@%s>' % ('%04x' % r.randint(1, 0x80), '01dc' + rhex(r, 4), rhex(r, 8), rhex(r, 8), domain)
        if style == 'exchange':
            return '<%s@EXCH0%d.corp.example.com>' % (rhex(r, 32), r.choice([1, 2]))
        if style == 'm365':
            host = r.choice(['AS8PR07MB', 'DU0PR02MB', 'PAXPR08MB']) + '%04d' % r.randint(1000, 9999)
            return '<%s%s@%s.eurprd0%d.prod.outlook.com>' % (host, rhex(r, 32, True), host, r.randint(1, 9))
        if style == 'gmail':
            return '<CA%s@mail.gmail.com>' % ralnum(r, 58)
        return '<%s@%s>' % (rhex(r, 24), domain)


def _walk(node):
    yield node
    if isinstance(node, mime.Multi):
        for p in node.parts:
            yield from _walk(p)


def assemble(s):
    prof = s.system
    s.has_attach = any(isinstance(n, mime.Leaf) and n.disposition == 'attachment' for n in _walk(s.body))
    if s.rcpt is None:
        s.rcpt = [a for _, a in s.to + s.cc if a.lower().endswith(('@example.com', '@examplegroup.eu'))]
    ser = mime.Serializer(prof.style, s.rng, att_time=s.t0 - _dt.timedelta(minutes=s.rng.randint(3, 90)), zone=s.zone,
                          exch_fqdn=getattr(prof, 'exch_fqdn', 'EXCH02.corp.example.com'))
    s._ser = ser
    ct, body = ser.serialize(s.body)
    info = prof.build(s, ct, body)
    headers = mx01_headers(s, info) + info['headers']
    out = []
    for k, v in headers:
        if k == '':
            line = v
        else:
            line = '%s: %s' % (k, v) if v != '' else '%s: ' % k
            if v == '':
                line = '%s:' % k
        for l in line.split('\n'):
            out.append(l)
    text = '\n'.join(out) + '\n\n'
    data = text.encode('ascii') + body
    s.info = info
    return data
