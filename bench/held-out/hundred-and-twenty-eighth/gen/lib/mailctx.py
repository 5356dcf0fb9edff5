"""Per-message context: seeded randomness, addresses, times, metadata."""
import base64
import random
import string

from . import mime

OUR_DOMAINS = ('example.com', 'examplegroup.eu')
PQ_ALPHA = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy'


class Mail:
    def __init__(self, folder, num, lang, slug):
        self.folder = folder
        self.num = num
        self.lang = lang
        self.slug = slug
        self.name = '%02d-%s-%s.eml' % (num, lang, slug)
        self.rng = random.Random(self.name)
        self.t = None
        self.frm = None
        self.sender = None
        self.to = []
        self.cc = []
        self.bcc = []
        self.reply_to = None
        self.subject = ''
        self.in_reply_to = None
        self.references = None
        self.mailfrom = None
        self.extra = []
        self.hdr_charset = 'utf-8'
        self.hdr_enc = 'B'
        self.hdr_upper = False
        self.msgid = None
        self.meta = dict(what='', why='', structure=None, facts={}, phones=[], qr=[], ibans=[], wallets=[],
                         related=None, topic=None)
        self.sys = None
        self.qr_expect = []      # (where, payload) for verification
        self.raw = None

    # ---------------- randomness helpers
    def hex(self, n, upper=False):
        s = ''.join(self.rng.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def digits(self, n):
        return ''.join(self.rng.choice('0123456789') for _ in range(n))

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return ''.join(self.rng.choice(alphabet) for _ in range(n))

    def b64(self, nbytes, urlsafe=False):
        raw = bytes(self.rng.randrange(256) for _ in range(nbytes))
        return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode('ascii')

    def guid(self, upper=False):
        h = self.hex(32)
        g = '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], self.rng.choice('89ab'), h[17:20], h[20:32])
        return g.upper() if upper else g

    def qid(self):
        """Postfix long queue id."""
        return ('4' + ''.join(self.rng.choice(PQ_ALPHA) for _ in range(5))
                + ''.join(self.rng.choice(PQ_ALPHA) for _ in range(4)) + 'z'
                + ''.join(self.rng.choice(PQ_ALPHA) for _ in range(self.rng.choice((3, 4)))))

    def bytes(self, n):
        return bytes(self.rng.randrange(256) for _ in range(n))

    # ---------------- addresses
    def env_rcpts(self):
        out = []
        for _, a in self.to + self.cc + self.bcc:
            if a.split('@')[1].lower() in OUR_DOMAINS and a not in out:
                out.append(a)
        return out

    def fmt(self, pair, quote='auto'):
        name, a = pair
        return mime.addr(name, a, self.hdr_charset, self.hdr_enc, quote=quote, upper=self.hdr_upper)

    def fmt_list(self, pairs, quote='auto', sep=', '):
        return sep.join(self.fmt(p, quote) for p in pairs)

    def subj(self):
        return mime.hdr_text(self.subject, self.hdr_charset, self.hdr_enc, upper=self.hdr_upper)

    def from_domain(self):
        return self.frm[1].split('@')[1].lower()

    # ---------------- metadata
    def describe(self, what, why, **facts):
        self.meta['what'] = what
        self.meta['why'] = why
        for k, v in facts.items():
            self.meta[k] = v
