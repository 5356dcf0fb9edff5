"""Message object: origin headers in the style of the writing client, MIME body,
trace headers added by the transport kits, and the facts recorded for the manifest."""
from . import util
from .util import Rng, secs


class Msg:
    def __init__(self, folder, nn, lang, slug, t):
        self.folder, self.nn, self.lang, self.slug = folder, nn, lang, slug
        self.fname = "%02d-%s-%s.eml" % (nn, lang, slug)
        self.rng = Rng(self.fname)
        self.t = t                      # arrival at mx01 (UTC)
        self.sent = t - secs(self.rng.randint(3, 25))
        self.style = "default"
        self.msgid = None
        self.root = None
        self.origin = []
        self.trace = []
        self.trailer = []               # headers after the origin block (e.g. X-MS-Exchange-CrossTenant-*)
        self.env_from = None
        self.rcpt = None
        self.dkim = []                  # (domain, selector, b) for Authentication-Results
        self.facts = {"IBAN": [], "URL": [], "Phone": [], "Wallet": [], "QR": [], "Other": []}
        self.qr_expect = []             # (attachment filename or cid, payload, container)
        self.info = {}
        self._bcount = 0
        self.attachments_desc = []
        self.zip_passwords = {}

    # ------------------------------------------------------------ ids and boundaries
    def bnd(self, kind="alternative"):
        r = self.rng
        self._bcount += 1
        st = self.style
        if st in ("outlook365", "exchange"):
            code = {"alternative": "_000_", "related": "_003_", "mixed": "_004_"}[kind]
            base = self.msgid.strip("<>").replace("@", "").replace(".", "")
            return code + base[:58] + "_"
        if st == "gmail":
            return "000000000000" + r.hex(16)
        if st == "thunderbird":
            return "------------" + r.alnum(24)
        if st == "apple":
            return "Apple-Mail=_" + r.uuid(upper=True)
        if st == "iphone":
            return "Apple-Mail-" + r.uuid(upper=True)
        if st == "roundcube":
            return "=_" + r.hex(32)
        if st == "outlook16":
            if not hasattr(self, "_ol16b"):
                self._ol16b = (r.randint(0, 0x3F), r.hex(8, True))
            idx = {"mixed": 0, "related": 1, "alternative": 2}.get(kind, 0)
            return "----=_NextPart_%03d_%04X_%s.%s" % (idx, self._ol16b[0], self._ol16, self._ol16b[1])
        if st == "phpmailer":
            return "b%d=_%s" % (self._bcount, r.alnum(42))
        if st == "java":
            return "----=_Part_%d_%d.%d" % (r.randint(100000, 9999999), r.randint(100000000, 2099999999), util.epoch(self.sent) * 1000 + r.randint(0, 999))
        if st == "python":
            return "===============%s==" % r.digits(19)
        if st == "mailru":
            return "--ALT--%s%d" % (r.hex(8), util.epoch(self.sent))
        if st == "yandex":
            return "----==%s==" % r.alnum(22)
        if st == "dotnet":
            return "--boundary_%d_%s" % (self._bcount - 1, r.uuid())
        if st == "sendgrid":
            return r.hex(64)
        if st == "mailchimp":
            return "_----------=_MCPart_%d" % r.randint(100000000, 2099999999)
        if st == "thebat":
            return "----------%s" % r.hex(16, True)
        if st == "zoho":
            return "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(100000000, 999999999), util.epoch(self.sent) * 1000 + r.randint(0, 999))
        if st == "gmx":
            return "trinity-%s" % r.uuid()
        if st == "yahoo":
            return "----=_Part_%d_%d.%d" % (r.randint(1000000, 9999999), r.randint(100000000, 999999999), util.epoch(self.sent) * 1000 + r.randint(0, 999))
        return "----=_%s" % r.hex(24)

    def new_msgid(self, kind, **kw):
        r = self.rng
        if kind == "outlook365":
            srv = kw["server"]
            return "<%s%s@%s.%s.prod.outlook.com>" % (srv, r.hex(28, True), srv, kw["region"])
        if kind == "exchange":
            return "<%s@%s>" % (r.hex(32), kw["host"])
        if kind == "gmail":
            chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="
            return "<CA%s%s@mail.gmail.com>" % (r.alnum(2, "BDEFGHJKLMNPQRSTVWXYZ"), r.alnum(42, chars))
        if kind == "uuid":
            return "<%s@%s>" % (r.uuid(), kw["domain"])
        if kind == "UUID":
            return "<%s@%s>" % (r.uuid(upper=True), kw["domain"])
        if kind == "hex32":
            return "<%s@%s>" % (r.hex(32), kw["domain"])
        if kind == "outlook16":
            self._ol16 = "01DC" + r.hex(4, True)
            return "<00%s01%s$%s$%s$@%s>" % (r.hex(2), r.hex(6), r.hex(8), r.hex(8), kw["domain"])
        if kind == "phpmailer":
            return "<%s@%s>" % (r.alnum(42), kw["domain"])
        if kind == "ses":
            t = util.epoch(self.sent) * 1000
            return "<0102%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
                ("%012x" % t)[-12:], r.hex(8), r.hex(4), r.hex(4), r.hex(4), r.hex(12), kw.get("region", "eu-west-1"))
        if kind == "java":
            return "<%d.%d.%d@%s>" % (r.randint(100000000, 999999999), r.randint(10000, 99999), util.epoch(self.sent) * 1000 + r.randint(0, 999), kw["domain"])
        if kind == "zoho":
            return "<%s.%s.%s@%s>" % ("%x" % (util.epoch(self.sent) * 1000), r.hex(16), r.digits(19), kw["domain"])
        if kind == "gmx":
            return "<trinity-%s-%d%s@3c-app-gmx-bs%02d>" % (r.uuid(), util.epoch(self.sent), r.digits(3), r.randint(1, 60))
        if kind == "yahoo":
            return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(100000000, 2147483647), r.randint(100000, 9999999), util.epoch(self.sent) * 1000 + r.randint(0, 999))
        if kind == "mailru":
            return "<%d.%s@f%d.i.mail.ru>" % (util.epoch(self.sent), r.digits(9), r.randint(100, 799))
        if kind == "yandex":
            return "<%s@mail.yandex.ru>" % r.digits(16)
        if kind == "sendgrid":
            return "<%s@geopod-ismtpd-%d>" % (r.b64(16, urlsafe=True), r.randint(1, 40))
        if kind == "mailgun":
            lt = util.local(self.sent, "UTC")
            return "<%s.%s@%s>" % (lt.strftime("%Y%m%d%H%M%S"), r.hex(16), kw["domain"])
        if kind == "python":
            return "<%d.%d.%s@%s>" % (util.epoch(self.sent), r.randint(1000, 99999), r.digits(19), kw["domain"])
        if kind == "dotnet":
            return "<%s@%s>" % (r.uuid(), kw["domain"])
        raise ValueError(kind)

    # ------------------------------------------------------------ facts
    def fact(self, kind, value, note=""):
        self.facts[kind].append((value, note))

    def expect_qr(self, where, payload, container):
        self.qr_expect.append((where, payload, container))
        self.fact("QR", payload.replace("\n", "\\n"), "in " + where)

    # ------------------------------------------------------------ rendering
    def body_bytes(self):
        if not hasattr(self, "_body"):
            self._body = self.root.body_bytes()
        return self._body

    def render(self):
        body = self.body_bytes()
        lines = []
        for k, v in self.trace + self.origin + self.trailer:
            if k == "__CT__":
                for hk, hv in self.root.headers():
                    lines.append(util.fold(hk, hv))
            else:
                lines.append(util.fold(k, v))
        head = "\r\n".join(lines) + "\r\n\r\n"
        return head.encode("ascii") + body


CT = ("__CT__", None)


def h(name, value):
    return (name, value)
