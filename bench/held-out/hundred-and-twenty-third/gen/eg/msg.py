"""Message builder: client header styles, boundaries, ids and final rendering."""
import base64
import datetime as _dt
import random
import uuid

from . import dates, mime
from .mime import Multi, Leaf, addr, ew, fold

OURS = ('example.com', 'examplegroup.eu')

ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
HEXL = '0123456789abcdef'
B52 = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'


def rstr(rng, n, alphabet=ALNUM):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n, upper=False):
    s = rstr(rng, n, HEXL)
    return s.upper() if upper else s


def ruuid(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def rb64(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def postfix_qid(rng, t):
    """Postfix long queue id: base-52 seconds, base-52 microseconds, 'z', inode."""
    secs = int(t.timestamp())
    us = rng.randrange(1000000)

    def enc(v, n):
        s = ''
        while v:
            v, r = divmod(v, 52)
            s = B52[r] + s
        return s.rjust(n, '0')
    ino = rng.randrange(100000, 9000000)
    s = ''
    while ino:
        ino, r = divmod(ino, 51)
        s = B52[:51][r] + s
    return enc(secs, 6) + enc(us, 4) + 'z' + s


def postfix_short_qid(rng):
    return rhex(rng, rng.choice([10, 11]), True)


def org_domain(d):
    d = d.lower()
    parts = d.split('.')
    for suf in ('co.uk', 'org.uk', 'gov.uk', 'com.pl', 'com.gr', 'gov.gr', 'gob.es', 'com.es', 'gov.it', 'co.it'):
        if d.endswith('.' + suf):
            return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


class Person:
    def __init__(self, name, email):
        self.name, self.email = name, email

    @property
    def domain(self):
        return self.email.split('@', 1)[1]

    def __iter__(self):
        return iter((self.name, self.email))


def P(name, email):
    return Person(name, email)


# DMARC policies of the domains that publish one (as mx01 would look them up)
DMARC = {}


def thread_index(rng, depth=0):
    b = b'\x01\x01' + bytes([rng.choice([0xdc, 0xdd])]) + bytes(rng.randrange(256) for _ in range(3)) + \
        bytes(rng.randrange(256) for _ in range(16))
    for _ in range(depth):
        b += bytes(rng.randrange(256) for _ in range(5))
    return base64.b64encode(b).decode()


class Message:
    def __init__(self, folder, nn, lang, slug):
        self.folder, self.nn, self.lang, self.slug = folder, nn, lang, slug
        self.filename = '%02d-%s-%s.eml' % (nn, lang, slug)
        self.rng = random.Random(self.filename)
        self.frm = None
        self.sender_hdr = None
        self.to = []
        self.cc = []
        self.reply_to = None
        self.subject = ''
        self.t = None
        self.latency = None
        self.body = None
        self.rcpt = None
        self.client = 'outlook'
        self.system = None
        self.sys_kw = {}
        self.hdr_cs = None
        self.hdr_enc = None
        self.in_reply_to = None
        self.references = None
        self.thread_depth = 0
        self.thread_topic = None
        self.extra = []            # extra headers in the message header block (end)
        self.msgid = None
        self.env_from = None
        self.auth_override = {}
        self.dkim = []             # (d, s, b, result, bits)
        self.content_language = None
        self.accept_language = None
        self.x_mailer = None
        # manifest
        self.what = ''
        self.why = ''
        self.pair = None
        self.phones = []
        self.wallets = []
        self.qr = []               # intended QR payloads (str)
        self.notes = []
        self.ids = []              # account numbers etc. not covered by IBAN regex
        self.date_override = None
        self.zip_password = None
        self.internal = False

    # ---------------------------------------------------------- helpers
    def sent(self):
        """Time the sender's client wrote the Date header (aware, UTC)."""
        if self.latency is None:
            self.latency = self.rng.randint(4, 40)
        return (self.t - _dt.timedelta(seconds=self.latency)).astimezone(dates.UTC)

    def our_rcpt(self):
        if self.rcpt:
            return self.rcpt
        for p in self.to + self.cc:
            if p.domain in OURS:
                return p.email
        return self.to[0].email

    def _cs_for(self, text):
        cs = self.hdr_cs or 'utf-8'
        try:
            text.encode(mime.codec(cs))
        except UnicodeEncodeError:
            cs = 'utf-8'
        return cs

    def hdr_addr(self, people):
        cs = self._cs_for(''.join(p.name or '' for p in people))
        enc = self.hdr_enc or 'B'
        return ', '.join(addr(p.name, p.email, cs, enc, quote=CLIENTS[self.client].get('quote', False)) for p in people)

    def enc_subject(self):
        cs = self._cs_for(self.subject)
        enc = self.hdr_enc or 'B'
        return ew(self.subject, cs, enc)


# ---------------------------------------------------------------- client styles

def _msgid(m):
    c = CLIENTS[m.client]
    return c['msgid'](m)


def _bnd(m, node, n, parent_mixed):
    return CLIENTS[m.client]['boundary'](m, node, n, parent_mixed)


def _outlook_bnd(m, node, n, parent_mixed):
    core = ''.join(ch for ch in m.msgid if ch.isalnum())
    code = {'alternative': '000', 'mixed': '004', 'related': '003'}[node.subtype]
    if node.subtype == 'mixed' and any(isinstance(p, Multi) and p.subtype == 'related' for p in node.parts):
        code = '006'
    if node.subtype == 'related' and parent_mixed:
        code = '005'
    return '_%s_%s_' % (code, core)


def _nextpart(m, node, n, parent_mixed):
    if not hasattr(m, '_np'):
        m._np = (m.rng.randrange(0x10000), rhex(m.rng, 8, True), rhex(m.rng, 8, True))
    return '----=_NextPart_%03d_%04X_%s.%s' % (n, m._np[0] + n, m._np[1], m._np[2])


def _gmail_bnd(m, node, n, parent_mixed):
    return '000000000000' + rhex(m.rng, 16)


def _tb_bnd(m, node, n, parent_mixed):
    return '------------' + rstr(m.rng, 24)


def _rc_bnd(m, node, n, parent_mixed):
    return '=_' + rhex(m.rng, 32)


def _php_bnd(m, node, n, parent_mixed):
    if not hasattr(m, '_phpid'):
        m._phpid = rstr(m.rng, 43)
    return 'b%d=_%s' % (n + 1, m._phpid)


def _apple_bnd(m, node, n, parent_mixed):
    return 'Apple-Mail-' + ruuid(m.rng, True)


def _java_bnd(m, node, n, parent_mixed):
    if not hasattr(m, '_jv'):
        m._jv = (m.rng.randrange(100000, 9999999), int(m.sent().timestamp() * 1000))
    return '----=_Part_%d_%d.%d' % (n, m._jv[0] + n, m._jv[1])


def _mc_bnd(m, node, n, parent_mixed):
    return '_----------=_MCPart_%d' % m.rng.randrange(10 ** 8, 10 ** 9)


def _sg_bnd(m, node, n, parent_mixed):
    return rhex(m.rng, 64)


def _mailru_bnd(m, node, n, parent_mixed):
    return '----ALT--%s%d' % (rhex(m.rng, 32).upper()[:32], int(m.sent().timestamp()))


def _dash_bnd(m, node, n, parent_mixed):
    return '--==_mimepart_%s_%s' % (rhex(m.rng, 13), rstr(m.rng, 10))


def _exch_local_msgid(m):
    mbx = m.sys_kw.get('args', {}).get('mbx', 'EXCH02')
    return '<%s@%s.corp.example.com>' % (rhex(m.rng, 32), mbx)


def _m365_msgid(m):
    srv = m.sys_kw['mbx']
    return '<%s%s@%s.%s.prod.outlook.com>' % (srv, rhex(m.rng, 29, True), srv, m.sys_kw.get('pod', 'eurprd07'))


def _gmail_msgid(m):
    return '<CA%s@mail.gmail.com>' % rstr(m.rng, 1, 'BFGHJKLMNOPQ') + '' if False else \
        '<CA%s%s@mail.gmail.com>' % (rstr(m.rng, 1, 'BEFGHJKLMNOPQRSTUVWXYZ'), rstr(m.rng, 48, ALNUM + '+_-'))


def _outsmtp_msgid(m):
    return '<%s$%s$%s$@%s>' % (rhex(m.rng, 12), rhex(m.rng, 8), rhex(m.rng, 8), m.frm.domain)


def _tb_msgid(m):
    return '<%s@%s>' % (ruuid(m.rng), m.frm.domain)


def _rc_msgid(m):
    return '<%s@%s>' % (rhex(m.rng, 32), m.frm.domain)


def _php_msgid(m):
    if not hasattr(m, '_phpid'):
        m._phpid = rstr(m.rng, 43)
    return '<%s@%s>' % (m._phpid, m.sys_kw.get('php_host', m.frm.domain))


def _apple_msgid(m):
    return '<%s@%s>' % (ruuid(m.rng, True), m.frm.domain)


def _java_msgid(m):
    return '<%d.%d.%d@%s>' % (m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(10000, 99999),
                              int(m.sent().timestamp() * 1000), m.sys_kw.get('java_host', m.frm.domain))


def _gmx_msgid(m):
    return '<trinity-%s-%d@3c-app-%s-bs%02d>' % (ruuid(m.rng), int(m.sent().timestamp() * 1000),
                                                  m.sys_kw.get('gmxbrand', 'gmx'), m.rng.randrange(1, 60))


def _mailru_msgid(m):
    return '<%d.%d@f%d.i.mail.ru>' % (int(m.sent().timestamp()), m.rng.randrange(10 ** 8, 10 ** 9),
                                      m.rng.randrange(100, 999))


def _yandex_msgid(m):
    return '<%d%d@%s.yandex.net>' % (m.rng.randrange(100000, 999999), int(m.sent().timestamp()),
                                      'mail-nwsmtp-' + rstr(m.rng, 12, 'abcdefghijklmnopqrstuvwxyz0123456789'))


def _custom_msgid(m):
    return m.sys_kw['msgid'](m)


def _date_local(m, zone=None):
    zone = zone or m.sys_kw.get('zone', 'cet')
    return dates.rfc(dates.local(zone, m.sent()))


def _ct_of(m):
    b = m.body
    if isinstance(b, Multi):
        v = b.ctype_value()
        return [('Content-Type', v.replace('; boundary', ';\n\tboundary'))]
    return [h for h in b.headers]


def _refs(m):
    out = []
    if m.references:
        out.append(('References', '\n '.join(m.references) if len(' '.join(m.references)) > 60 else ' '.join(m.references)))
    if m.in_reply_to:
        out.append(('In-Reply-To', m.in_reply_to))
    return out


def _h_outlook(m, mid):
    h = [('From', m.hdr_addr([m.frm]))]
    if m.sender_hdr:
        h.append(('Sender', m.hdr_addr([m.sender_hdr])))
    h.append(('To', m.hdr_addr(m.to)))
    if m.cc:
        h.append(('CC', m.hdr_addr(m.cc)))
    if m.reply_to:
        h.append(('Reply-To', m.hdr_addr([m.reply_to])))
    topic = m.thread_topic or m.subject
    for pre in ('AW: ', 'WG: ', 'RE: ', 'FW: ', 'R: ', 'I: ', 'RV: ', 'Re: ', 'Odp: ', 'PD: ', 'ΑΠ: ', 'ΠΡΘ: '):
        if topic.startswith(pre):
            topic = topic[len(pre):]
    h.append(('Subject', m.enc_subject()))
    h.append(('Thread-Topic', ew(topic, m._cs_for(topic), m.hdr_enc or 'B')))
    h.append(('Thread-Index', thread_index(m.rng, m.thread_depth)))
    h.append(('Date', m.date_override or mid['date']))
    h.append(('Message-ID', m.msgid))
    if m.references:
        h.append(('References', ' '.join(m.references)))
    if m.in_reply_to:
        h.append(('In-Reply-To', m.in_reply_to))
    h.append(('Accept-Language', m.accept_language or {'de': 'de-DE, en-US', 'en': 'en-GB, en-US', 'it': 'it-IT, en-US',
                                                         'pl': 'pl-PL, en-US', 'es': 'es-ES, en-US', 'el': 'el-GR, en-US',
                                                         'ru': 'ru-RU, en-US'}[m.lang]))
    h.append(('Content-Language', m.content_language or {'de': 'de-DE', 'en': 'en-GB', 'it': 'it-IT', 'pl': 'pl-PL',
                                                          'es': 'es-ES', 'el': 'el-GR', 'ru': 'ru-RU'}[m.lang]))
    has_att = any(isinstance(p, Leaf) and p.kind in ('attach', 'message') for p in mime.walk(m.body))
    h.append(('X-MS-Has-Attach', 'yes' if has_att else ''))
    h.append(('X-MS-TNEF-Correlator', ''))
    h += mid.get('mid', [])
    h += _ct_of(m)
    h.append(('MIME-Version', '1.0'))
    return h


def _h_outlook_smtp(m, mid):
    h = [('From', m.hdr_addr([m.frm])), ('To', m.hdr_addr(m.to))]
    if m.cc:
        h.append(('Cc', m.hdr_addr(m.cc)))
    if m.reply_to:
        h.append(('Reply-To', m.hdr_addr([m.reply_to])))
    h += [('Subject', m.enc_subject()), ('Date', mid['date']), ('Message-ID', m.msgid)]
    h += _refs(m)
    h.append(('MIME-Version', '1.0'))
    h += _ct_of(m)
    h.append(('X-Mailer', m.x_mailer or 'Microsoft Outlook 16.0'))
    h.append(('Thread-Index', thread_index(m.rng, m.thread_depth)))
    h.append(('Content-Language', m.content_language or {'de': 'de', 'en': 'en-gb', 'it': 'it', 'pl': 'pl', 'es': 'es',
                                                          'el': 'el', 'ru': 'ru'}[m.lang]))
    return h


def _h_gmail(m, mid):
    h = [('MIME-Version', '1.0')]
    if m.references:
        h.append(('References', ' '.join(m.references)))
    if m.in_reply_to:
        h.append(('In-Reply-To', m.in_reply_to))
    h += [('From', m.hdr_addr([m.frm])), ('Date', mid['date']), ('Message-ID', m.msgid),
          ('Subject', m.enc_subject()), ('To', m.hdr_addr(m.to))]
    if m.cc:
        h.append(('Cc', m.hdr_addr(m.cc)))
    if m.reply_to:
        h.append(('Reply-To', m.hdr_addr([m.reply_to])))
    h += _ct_of(m)
    return h


def _h_tb(m, mid):
    h = [('Message-ID', m.msgid), ('Date', mid['date']), ('MIME-Version', '1.0'),
         ('User-Agent', m.x_mailer or 'Mozilla Thunderbird'), ('Subject', m.enc_subject()),
         ('Content-Language', m.content_language or {'de': 'de-DE', 'en': 'en-GB', 'it': 'it-IT', 'pl': 'pl',
                                                      'es': 'es-ES', 'el': 'el', 'ru': 'ru'}[m.lang]),
         ('To', m.hdr_addr(m.to))]
    if m.cc:
        h.append(('Cc', m.hdr_addr(m.cc)))
    if m.references:
        h.append(('References', '\n '.join(m.references)))
    h.append(('From', m.hdr_addr([m.frm])))
    if m.reply_to:
        h.append(('Reply-To', m.hdr_addr([m.reply_to])))
    if m.in_reply_to:
        h.append(('In-Reply-To', m.in_reply_to))
    h += _ct_of(m)
    return h


def _h_rc(m, mid):
    h = [('MIME-Version', '1.0'), ('Date', mid['date']), ('From', m.hdr_addr([m.frm])), ('To', m.hdr_addr(m.to))]
    if m.cc:
        h.append(('Cc', m.hdr_addr(m.cc)))
    h.append(('Subject', m.enc_subject()))
    if m.reply_to:
        h.append(('Reply-To', m.hdr_addr([m.reply_to])))
    h += _refs(m)
    h += [('Mail-Reply-To', m.hdr_addr([m.reply_to]))] if m.reply_to else []
    h += [('Message-ID', m.msgid), ('X-Sender', m.frm.email),
          ('User-Agent', m.x_mailer or 'Roundcube Webmail/1.6.9')]
    h += _ct_of(m)
    return h


def _h_php(m, mid):
    h = [('Date', mid['date']), ('To', m.hdr_addr(m.to)), ('From', m.hdr_addr([m.frm]))]
    if m.reply_to:
        h.append(('Reply-To', m.hdr_addr([m.reply_to])))
    h += [('Subject', m.enc_subject()), ('Message-ID', m.msgid),
          ('X-Mailer', m.x_mailer or 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)'),
          ('MIME-Version', '1.0')]
    h += _ct_of(m)
    return h


def _h_apple(m, mid):
    h = _ct_of(m)
    h += [('From', m.hdr_addr([m.frm])), ('Mime-Version', '1.0 (1.0)'), ('Subject', m.enc_subject()),
          ('Date', mid['date']), ('Message-Id', m.msgid)]
    h += _refs(m)
    if m.cc:
        h.append(('Cc', m.hdr_addr(m.cc)))
    h += [('To', m.hdr_addr(m.to)), ('X-Mailer', m.x_mailer or 'iPhone Mail (23B85)')]
    return h


def _h_java(m, mid):
    h = [('Date', mid['date']), ('From', m.hdr_addr([m.frm]))]
    if m.reply_to:
        h.append(('Reply-To', m.hdr_addr([m.reply_to])))
    h += [('To', m.hdr_addr(m.to))]
    if m.cc:
        h.append(('Cc', m.hdr_addr(m.cc)))
    h += [('Message-ID', m.msgid), ('Subject', m.enc_subject()), ('MIME-Version', '1.0')]
    h += _ct_of(m)
    return h


def _h_gmx(m, mid):
    h = [('Message-ID', m.msgid), ('MIME-Version', '1.0'), ('From', m.hdr_addr([m.frm])), ('To', m.hdr_addr(m.to))]
    if m.cc:
        h.append(('Cc', m.hdr_addr(m.cc)))
    h.append(('Subject', m.enc_subject()))
    h += _ct_of(m)
    h += [('Date', mid['date']), ('Importance', 'normal'), ('Sensitivity', 'Normal'), ('X-Priority', '3')]
    return h


def _h_mailru(m, mid):
    h = [('From', m.hdr_addr([m.frm])), ('To', m.hdr_addr(m.to)), ('Subject', m.enc_subject()),
         ('MIME-Version', '1.0'), ('X-Mailer', 'Mail.Ru Mailer 1.0'), ('X-SenderField-Remind', '0'),
         ('Date', mid['date'])]
    if m.reply_to:
        h.append(('Reply-To', m.hdr_addr([m.reply_to])))
    h += [('X-Priority', '3 (Normal)'), ('Message-ID', m.msgid)]
    h += _ct_of(m)
    return h


def _h_yandex(m, mid):
    h = [('From', m.hdr_addr([m.frm])), ('To', m.hdr_addr(m.to))]
    if m.cc:
        h.append(('Cc', m.hdr_addr(m.cc)))
    h += [('Subject', m.enc_subject())] + _refs(m) + [('MIME-Version', '1.0'),
                                                     ('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'),
                                                     ('Date', mid['date']), ('Message-Id', m.msgid)]
    h += _ct_of(m)
    return h


def _h_custom(m, mid):
    return m.sys_kw['headers'](m, mid)


CLIENTS = {
    'outlook': {'h': _h_outlook, 'msgid': _m365_msgid, 'boundary': _outlook_bnd},
    'outlook_onprem': {'h': _h_outlook, 'msgid': _exch_local_msgid, 'boundary': _outlook_bnd},
    'outlook_smtp': {'h': _h_outlook_smtp, 'msgid': _outsmtp_msgid, 'boundary': _nextpart},
    'gmail': {'h': _h_gmail, 'msgid': _gmail_msgid, 'boundary': _gmail_bnd},
    'thunderbird': {'h': _h_tb, 'msgid': _tb_msgid, 'boundary': _tb_bnd},
    'roundcube': {'h': _h_rc, 'msgid': _rc_msgid, 'boundary': _rc_bnd},
    'phpmailer': {'h': _h_php, 'msgid': _php_msgid, 'boundary': _php_bnd},
    'apple': {'h': _h_apple, 'msgid': _apple_msgid, 'boundary': _apple_bnd},
    'javamail': {'h': _h_java, 'msgid': _java_msgid, 'boundary': _java_bnd},
    'gmx': {'h': _h_gmx, 'msgid': _gmx_msgid, 'boundary': _java_bnd},
    'mailru': {'h': _h_mailru, 'msgid': _mailru_msgid, 'boundary': _mailru_bnd},
    'yandex': {'h': _h_yandex, 'msgid': _yandex_msgid, 'boundary': _rc_bnd},
    'custom': {'h': _h_custom, 'msgid': _custom_msgid, 'boundary': None},
}
BOUNDARY_STYLES = {'mc': _mc_bnd, 'sg': _sg_bnd, 'java': _java_bnd, 'dash': _dash_bnd, 'rc': _rc_bnd,
                   'nextpart': _nextpart, 'tb': _tb_bnd, 'gmail': _gmail_bnd, 'php': _php_bnd}


def assign_boundaries(m, node, counter, parent_mixed=False):
    if isinstance(node, Multi):
        if node.boundary is None:
            fn = CLIENTS[m.client]['boundary'] or BOUNDARY_STYLES[m.sys_kw.get('bstyle', 'java')]
            node.boundary = fn(m, node, counter[0], parent_mixed)
            counter[0] += 1
        for p in node.parts:
            assign_boundaries(m, p, counter, node.subtype == 'mixed')


# ---------------------------------------------------------------- auth results

def auth_headers(m, tr):
    if tr.get('internal'):
        return []
    frm_dom = m.frm.domain.lower()
    env = tr['env_from']
    env_dom = env.split('@')[-1].lower() if env else (tr['client'][0])
    spf = m.auth_override.get('spf', tr.get('spf', 'pass'))
    dk = [(d, s, b, m.auth_override.get('dkim', r), bits) for (d, s, b, r, bits) in m.dkim]
    out = []
    pol = m.auth_override.get('dmarc_p', DMARC.get(org_domain(frm_dom)))
    aligned = (spf == 'pass' and org_domain(env_dom) == org_domain(frm_dom)) or \
        any(r == 'pass' and org_domain(d) == org_domain(frm_dom) for (d, s, b, r, bits) in dk)
    if pol is None:
        dm = 'dmarc=none (p=none dis=none) header.from=%s' % frm_dom
    elif aligned:
        dm = 'dmarc=pass (p=%s dis=none) header.from=%s' % (pol, frm_dom)
    else:
        dis = {'reject': 'none', 'quarantine': 'none', 'none': 'none'}[pol]
        dm = 'dmarc=fail (p=%s dis=%s) header.from=%s' % (pol, dis, frm_dom)
    out.append(('Authentication-Results', 'mx01.example.com; ' + dm))
    if dk:
        lines = []
        for (d, s, b, r, bits) in dk:
            if r == 'pass':
                lines.append('dkim=pass (%d-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 '
                             'header.s=%s header.b=%s' % (bits, d, d, s, b[:8]))
            else:
                lines.append('dkim=fail reason="signature verification failed" (%d-bit key; unprotected) header.d=%s '
                             'header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s' % (bits, d, d, s, b[:8]))
        out.append(('Authentication-Results', 'mx01.example.com;\n\t' + ';\n\t'.join(lines) + ';\n\tdkim-atps=neutral'))
    helo, rdns, ip = tr['client']
    word = {'pass': 'Pass', 'fail': 'Fail', 'softfail': 'Softfail', 'none': 'None', 'neutral': 'Neutral'}[spf]
    ident = env if env else 'postmaster@' + helo
    out.append(('Received-SPF', '%s (mailfrom) identity=mailfrom; client-ip=%s; helo=%s;\n envelope-from=%s; '
                'receiver=mx01.example.com' % (word, ip, helo, ident)))
    return out


# ---------------------------------------------------------------- DKIM

def dkim_sig(m, d, s, h, bits=2048, t=None, extra='', record=True, result='pass', x=None):
    bh = rb64(m.rng, 32)
    b = rb64(m.rng, bits // 8)
    b_f = '\n\t '.join([b[:70]] + [b[i:i + 72] for i in range(70, len(b), 72)])
    v = 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;' % (d, s)
    if t is not None:
        v += '\n\tt=%d;' % int(t.timestamp())
        if x is not None:
            v += ' x=%d;' % int(x.timestamp())
    if extra:
        v += ' ' + extra
    hs = h if isinstance(h, str) else ':'.join(h)
    v += '\n\th=' + hs.replace(':', ':\n\t ', 0) + ';'
    v += '\n\tbh=%s;\n\tb=%s' % (bh, b_f)
    if record:
        m.dkim.append((d, s, b, result, bits))
    return v


# ---------------------------------------------------------------- render

def mx01_received(m, tr):
    helo, rdns, ip = tr['client']
    t = dates.local('cet', m.t)
    qid = postfix_qid(m.rng, t)
    tls = tr.get('tls', 'TLSv1.3')
    s = 'from %s (%s [%s])\n\t' % (helo, rdns, ip)
    if tls == 'TLSv1.3':
        cph = tr.get('cipher', 'TLS_AES_256_GCM_SHA384')
        bits = '128/128' if '128' in cph else '256/256'
        s += ('(using TLSv1.3 with cipher %s (' + bits + ' bits)\n\t key-exchange X25519 server-signature RSA-PSS '
              '(2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\t') % tr.get(
                  'cipher', 'TLS_AES_256_GCM_SHA384')
    elif tls == 'TLSv1.2':
        s += '(using TLSv1.2 with cipher %s (256/256 bits))\n\t(No client certificate requested)\n\t' % tr.get(
            'cipher', 'ECDHE-RSA-AES256-GCM-SHA384')
    s += 'by mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s' % (
        'ESMTPS' if tls else 'ESMTP', qid, m.our_rcpt(), dates.rfc(t, True))
    return s


def render(m):
    if m.msgid is None:
        m.msgid = _msgid(m)
    assign_boundaries(m, m.body, [0])
    tr = m.system(m, **m.sys_kw.get('args', {}))
    m.internal = bool(tr.get('internal'))
    m.transport = tr
    mid = {'date': tr.get('date') or _date_local(m), 'mid': tr.get('mid', [])}
    client_h = CLIENTS[m.client]['h'](m, mid)
    client_h += m.extra
    hdrs = [('Return-Path', '<%s>' % tr['env_from'] if tr['env_from'] else '<>')]
    hdrs.append(('Received', mx01_received(m, tr)))
    hdrs += auth_headers(m, tr)
    hdrs += tr['trace']
    hdrs += client_h
    hdrs += tr.get('tail', [])
    lines = []
    for n, v in hdrs:
        line = fold(n, v)
        if any(ord(c) > 126 for c in line):
            raise ValueError('%s: raw 8-bit in header %s: %r' % (m.filename, n, line[:80]))
        lines.append(line)
    head = '\n'.join(lines) + '\n\n'
    if isinstance(m.body, Multi):
        body = m.body.render(None)
    else:
        body = m.body.encoded_body()
    raw = head + body
    data = raw.encode('latin-1')
    return data.replace(b'\n', b'\r\n')
