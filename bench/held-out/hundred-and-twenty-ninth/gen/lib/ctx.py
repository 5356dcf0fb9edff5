"""Per-message context: seeded RNG, fact registry, helper generators."""
from . import util, ids, qr as qrmod, png
from .company import S, NATIVE


class Ctx:
    def __init__(self, kind, nn, lang, slug):
        self.kind = kind
        self.nn = nn
        self.lang = lang
        self.slug = slug
        self.name = '%02d-%s-%s' % (nn, lang, slug)
        self.fname = self.name + '.eml'
        self.rng = util.seeded(self.fname)
        self.facts = []          # (type, value, note)
        self.qr_payloads = []    # payload strings expected to decode from images in the message
        self.what = ''
        self.why = ''
        self.pair = None         # hard-negative partner
        self.topic = ''
        self.expected_texts = []

    # ------------------------------------------------ facts
    def fact(self, typ, value, note=''):
        if (typ, value) not in [(t, v) for t, v, _ in self.facts]:
            self.facts.append((typ, value, note))
        return value

    def url(self, u, note=''):
        return self.fact('URL', u, note)

    def phone(self, p, note=''):
        return self.fact('Phone', p, note)

    def iban(self, acct, note='', fmt=True):
        v = acct['iban'] if isinstance(acct, dict) else acct
        self.fact('IBAN', ids.iban_fmt(v), note)
        return ids.iban_fmt(v) if fmt else v

    def wallet(self, w, note=''):
        return self.fact('Wallet', w, note)

    def ident(self, label, value, note=''):
        return self.fact(label, value, note)

    def qr(self, payload, note=''):
        self.qr_payloads.append(payload)
        self.fact('QR payload', payload, note)
        return payload

    def qr_png(self, payload, scale=5, border=4, ecl='M', note=''):
        self.qr(payload, note)
        m = qrmod.encode(payload, ecl)
        data, size = png.write_mono(m, scale, border)
        return data

    # ------------------------------------------------ random helpers
    def hex(self, n, upper=False):
        return util.rhex(self.rng, n, upper)

    def alnum(self, n):
        return util.rstr(self.rng, util.ALNUM, n)

    def lower(self, n):
        return util.rstr(self.rng, util.LOALNUM, n)

    def upper(self, n):
        return util.rstr(self.rng, util.UPALNUM, n)

    def digits(self, n):
        return util.rstr(self.rng, '0123456789', n)

    def b64(self, nbytes):
        return util.rb64(self.rng, nbytes)

    def guid(self, upper=False):
        return util.rguid(self.rng, upper)

    def pick(self, seq):
        return self.rng.choice(seq)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    # ------------------------------------------------ boundaries
    def boundary(self, style, n=0, mid=None):
        r = self.rng
        if style == 'outlook':      # _000_<msgid-ish>_
            base = mid or self.hex(32, True)
            return '_%03d_%s_' % (n, base)
        if style == 'gmail':
            return '0000000000' + util.rstr(r, '0123456789abcdef', 18)
        if style == 'thunderbird':
            return '------------' + util.rstr(r, util.ALNUM, 24)
        if style == 'apple':
            return 'Apple-Mail=_' + util.rguid(r, True)
        if style == 'phpmailer':
            return 'b1=_' + util.rstr(r, util.ALNUM, 43)
        if style == 'sendgrid':
            return util.rhex(r, 64)
        if style == 'ses':
            return '----=_Part_%d_%d.%d' % (r.randint(100000, 9999999), r.randint(100000000, 2099999999),
                                          r.randint(1790812800000, 1798675200000))
        if style == 'javamail':
            return '----=_Part_%d_%d.%d' % (r.randint(1000, 999999), r.randint(100000000, 2099999999),
                                          r.randint(1790812800000, 1798675200000))
        if style == 'mailgun':
            return util.rhex(r, 32)
        if style == 'mailchimp':
            return '_----------=_MCPart_' + str(r.randint(100000000, 2099999999))
        if style == 'roundcube':
            return '=_' + util.rhex(r, 32)
        if style == 'gmx':
            return 'trinity-' + util.rguid(r)
        if style == 'yandex':
            return '----==%s==----' % util.rstr(r, util.ALNUM + '+/', 22)
        if style == 'mailru':
            return '--ALT--' + util.rhex(r, 32, True) + str(r.randint(1790812800, 1798675200))
        if style == 'python':
            return '===============%019d==' % r.randint(10 ** 18, 10 ** 19 - 1)
        if style == 'dotnet':
            return '--boundary_%d_%s' % (r.randint(0, 99), util.rguid(r))
        if style == 'exchange_int':
            return '_%03d_%s_' % (n, mid)
        if style == 'brevo':
            return '----=_Part_%d_%d.%d' % (r.randint(1000, 99999), r.randint(100000000, 2099999999),
                                          r.randint(1790812800000, 1798675200000))
        return '=_' + util.rhex(r, 24)


def person(key):
    return S[key]


def native(key):
    return NATIVE.get(key, S[key]['name'])
