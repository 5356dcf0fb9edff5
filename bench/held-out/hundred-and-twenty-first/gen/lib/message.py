"""The message model shared by all scenario modules."""
import base64
import string

from . import mime
from .mime import R, addr, enc_header, enc_phrase_mixed, rfcdate
from . import systems


class Msg:
    def __init__(self, folder, fname):
        self.folder = folder
        self.fname = fname
        self.lang = fname.split('-')[1]
        self.rng = R(fname)
        self.frm = None            # (display, address)
        self.to = []               # list of (display, address)
        self.cc = []
        self.reply_to = None
        self.subject = ''
        self.date = None
        self.date_zone = 'CET'
        self.msgid = None
        self.irt = None
        self.refs = []
        self.rcpt = None
        self.mail_from = None
        self.hdr_charset = 'utf-8'
        self.hdr_enc = 'B'
        self.phrase_mixed = False
        self.accept_language = 'de-DE, en-US'
        self.content_language = 'de-DE'
        self.has_attach = False
        self.client_extra = []
        self.user_agent = None
        self.x_mailer = None
        self.thread_parts = 0
        self.thread_seed = None
        # manifest metadata
        self.what = ''
        self.why = ''
        self.structure = ''
        self.facts = {'ibans': [], 'urls': [], 'phones': [], 'wallets': [], 'qr': [], 'other': []}
        self.qr_expect = []        # payloads that must be found in QR images
        self.zip_passwords = {}
        self.hard_negative_of = None
        self.ids_to_check = []     # (kind, value)

    # ---------------------------------------------------------- helpers
    @property
    def from_addr(self):
        return self.frm[1]

    @property
    def from_domain(self):
        return self.frm[1].split('@')[1].lower()

    def _addr(self, name, email):
        if self.phrase_mixed and name and mime.needs_enc(name):
            return '%s <%s>' % (enc_phrase_mixed(name, self.hdr_charset, self.hdr_enc, sep=' '), email)
        return addr(name, email, self.hdr_charset, self.hdr_enc)

    def _addrlist(self, lst):
        if not lst:
            return ''
        items = [self._addr(n, e) for n, e in lst]
        return ',\n\t'.join(items) if len(', '.join(items)) > 60 else ', '.join(items)

    def from_hdr(self):
        return self._addr(*self.frm)

    def to_hdr(self):
        return self._addrlist(self.to) or 'undisclosed-recipients:;'

    def cc_hdr(self):
        return self._addrlist(self.cc)

    def reply_to_hdr(self):
        return self._addr(*self.reply_to) if self.reply_to else ''

    def subject_hdr(self):
        if mime.needs_enc(self.subject):
            if self.phrase_mixed:
                return enc_phrase_mixed(self.subject, self.hdr_charset, self.hdr_enc)
            return enc_header(self.subject, self.hdr_charset, self.hdr_enc)
        return mime.fold('Subject', self.subject)[len('Subject: '):]

    def thread_topic_hdr(self):
        s = self.subject
        for p in ('AW: ', 'WG: ', 'RE: ', 'Re: ', 'FW: ', 'Fwd: ', 'R: ', 'I: ', 'ODP: ', 'PD: ', 'RV: ', 'ΑΠ: ', 'ΣΧΕΤ: ', 'ΠΡΘ: ', 'Ответ: ', 'RE: ', 'Odp: '):
            while s.startswith(p):
                s = s[len(p):]
        if mime.needs_enc(s):
            return enc_header(s, self.hdr_charset, self.hdr_enc)
        return s

    def thread_index(self):
        rng = mime.R((self.thread_seed or self.fname) + '/ti')
        start = getattr(self, 'thread_start', None) or self.date
        ft = (int(start.timestamp()) + 11644473600) * 10 ** 7 + rng.randrange(10 ** 7)
        raw = b'\x01' + (ft >> 24).to_bytes(5, 'big') + rng.bytes_(16)
        for i in range(self.thread_parts):
            raw += self.rng.bytes_(5)
        return base64.b64encode(raw).decode()

    def references_hdr(self):
        if not self.refs:
            return ''
        return '\n '.join('<%s>' % r for r in self.refs)

    # ---------------------------------------------------------- message-id styles
    def mid(self, style, domain=None):
        r = self.rng
        domain = domain or self.from_domain
        if style == 'gmail':
            body = r.alnum(2, string.ascii_uppercase) + r.alnum(r.choice([42, 44, 46]), string.ascii_letters + string.digits + '_-+=')
            return 'CA%s@mail.gmail.com' % body
        if style == 'outlook_smtp':
            return '%04x01%s$%s$%s$@%s' % (r.randrange(1, 0x200), r.hex(6), r.hex(8), r.hex(8), domain)
        if style == 'thunderbird':
            return '%s@%s' % (r.uuid(), domain)
        if style == 'apple':
            return '%s@%s' % (r.uuid(True), domain)
        if style == 'php':
            return '%s@%s' % (r.alnum(r.choice([32, 40, 43])), domain)
        if style == 'roundcube':
            return '%s@%s' % (r.hex(32), domain)
        if style == 'exchange':
            return '%s@%s' % (r.hex(32), domain)
        if style == 'zimbra':
            return '%d.%d.%d.JavaMail.zimbra@%s' % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 6),
                                                   int(self.date.timestamp()) * 1000 + r.randrange(1000), domain)
        if style == 'javamail':
            return '%d.%d.%d.JavaMail.%s@%s' % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 6),
                                               int(self.date.timestamp()) * 1000 + r.randrange(1000), r.choice(['app', 'svc', 'erp']), domain)
        if style == 'yandex':
            return '%d%d@%s' % (r.randrange(10 ** 8, 10 ** 9), int(self.date.timestamp()) % 10 ** 7, domain)
        if style == 'mailru':
            return '%d.%d@f%d.i.mail.ru' % (int(self.date.timestamp()), r.randrange(10 ** 8, 10 ** 9), r.randrange(100, 999))
        if style == 'gmx':
            return 'trinity-%s-%d@3c-app-gmx-bs%02d' % (r.uuid(), int(self.date.timestamp()) * 1000 + r.randrange(1000), r.randrange(1, 60))
        if style == 'webde':
            return 'trinity-%s-%d@3c-app-webde-bap%02d' % (r.uuid(), int(self.date.timestamp()) * 1000 + r.randrange(1000), r.randrange(1, 60))
        if style == 'dotnet':
            return '%s@%s' % (r.uuid(), domain)
        raise ValueError(style)

    def fact(self, kind, *vals):
        for v in vals:
            if v not in self.facts[kind]:
                self.facts[kind].append(v)

    # ---------------------------------------------------------- final assembly
    def finish(self, headers, connect, t_mx, auth, body, tls=systems.TLS13):
        helo, rdns, ip = connect
        top = systems.mx01_headers(self, helo, rdns, ip, t_mx, auth, tls=tls)
        self.raw = mime.render_message(top + headers, body)
        self.body_obj = body
        return self.raw


def auth(spf=None, dkim=None, dmarc=None):
    """spf: (result, domain); dkim: list of (result, d, s, bits, b); dmarc: (result, policy, domain)"""
    return {'spf': spf, 'dkim': dkim, 'dmarc': dmarc}
