"""Mail user agents / generators: Message-ID style, boundary style, header order,
X-Mailer / User-Agent exactly as those systems write them."""
import base64

from util import hexid, alnum, uuid4

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def thread_index(rng):
    raw = bytes([0x01, 0xDC]) + bytes(rng.randrange(256) for _ in range(20))
    return base64.b64encode(raw).decode()


class MUA:
    mailer = None          # ('X-Mailer', '...') or ('User-Agent', '...')
    order = ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To",
             "References", "MIME-Version", "X-Mailer", "User-Agent"]

    def __init__(self, rng):
        self.rng = rng
        self._b = 0

    def msgid(self, t, domain):
        return "<%s@%s>" % (hexid(self.rng, 32), domain)

    def boundary(self, kind="alt"):
        self._b += 1
        return "=_%s" % hexid(self.rng, 32)

    def extra(self, f):
        return []

    def headers(self, f):
        """f: dict of header name -> value (already encoded). Returns list of (name, value)."""
        f = dict(f)
        if self.mailer:
            f[self.mailer[0]] = self.mailer[1]
        f["Mime-Version" if "Mime-Version" in self.order else "MIME-Version"] = "1.0"
        for k, v in self.extra(f):
            f[k] = v
        out = []
        for k in self.order:
            if f.get(k):
                out.append((k, f.pop(k)))
        for k, v in f.items():
            if v and not k.startswith("_"):
                out.append((k, v))
        return out


# ---------------------------------------------------------------- Microsoft
class OutlookExchange(MUA):
    """Outlook against on-prem Exchange (internal) or Exchange Online."""
    order = ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
             "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
             "X-MS-TNEF-Correlator", "x-ms-exchange-transport-fromentityheader", "x-originating-ip",
             "x-ms-publictraffictype", "x-ms-traffictypediagnostic", "MIME-Version"]

    def __init__(self, rng, server_fqdn, lang="de-DE", online=False, client_ip="10.20.4.57", tenant_id=None, org="example.com"):
        super().__init__(rng)
        self.fqdn, self.lang, self.online, self.cip = server_fqdn, lang, online, client_ip
        self.tenant = tenant_id or uuid4(rng)
        self.org = org
        self._id = None

    def msgid(self, t, domain):
        if self.online:
            mbx = self.fqdn.split(".")[0]
            local = mbx + hexid(self.rng, 28, True)
        else:
            local = hexid(self.rng, 32)
        self._id = "%s@%s" % (local, self.fqdn)
        return "<%s>" % self._id

    def boundary(self, kind="alt"):
        base = self._id.replace("@", "").replace(".", "")[:52] if self._id else hexid(self.rng, 40)
        code = {"alt": "000", "mixed": "004", "related": "005", "alt_in_related": "000"}[kind]
        return "_%s_%s_" % (code, base)

    def extra(self, f):
        has = "yes" if f.get("_has_attach") else "no"
        out = [("Thread-Topic", f.get("_topic") or f.get("Subject", "")), ("Thread-Index", thread_index(self.rng)),
               ("Accept-Language", "%s, en-US" % self.lang if self.lang != "en-US" else "en-US"),
               ("Content-Language", self.lang), ("X-MS-Has-Attach", has if has == "yes" else ""), ("X-MS-TNEF-Correlator", "")]
        if self.online:
            mbx = self.fqdn.split(".")[0]
            sib = lambda: "%s%s%04d" % (mbx[:-4], "", self.rng.randrange(1000, 9999))
            consumer = self.org.startswith("sct-")
            out += [("x-ms-publictraffictype", "Email"),
                    ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (mbx, sib())),
                    ("X-MS-Exchange-CrossTenant-Network-Message-Id", uuid4(self.rng)),
                    ("X-MS-Exchange-CrossTenant-id", "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if consumer else self.tenant),
                    ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
                    ("X-MS-Exchange-CrossTenant-AuthSource", self.fqdn),
                    ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", sib()),
                    ("X-OriginatorOrg", self.org)]
        else:
            out += [("x-ms-exchange-transport-fromentityheader", "Hosted"), ("x-originating-ip", "[%s]" % self.cip)]
        return out

    def headers(self, f):
        res = [(k, v) for k, v in super().headers(f) if k not in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
        has = "yes" if f.get("_has_attach") else ""
        fixed = []
        for k, v in res:
            fixed.append((k, v))
            if k == "Content-Language":
                # Exchange always writes these two, empty when not applicable
                fixed.append(("X-MS-Has-Attach", has))
                fixed.append(("X-MS-TNEF-Correlator", ""))
        return fixed


class OutlookDesktop(MUA):
    """Outlook with a POP/IMAP/SMTP account (hosting provider)."""
    order = ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID",
             "MIME-Version", "X-Mailer", "Thread-Index", "Content-Language"]

    def __init__(self, rng, lang="de"):
        super().__init__(rng)
        self.lang = lang
        self.mailer = ("X-Mailer", "Microsoft Outlook 16.0")
        self.a = "000001dc%s" % hexid(rng, 4)
        self.b = hexid(rng, 8)

    def msgid(self, t, domain):
        return "<%s$%s$%s$@%s>" % (self.a, self.b, hexid(self.rng, 8), domain)

    def boundary(self, kind="alt"):
        # level = nesting depth as Outlook numbers it (outer mixed = 000)
        lvl = {"mixed": 0, "related": 1, "alt": 1, "alt_in_related": 2}[kind]
        return "----=_NextPart_%03d_%04X_%s.%s" % (lvl, lvl, self.a[4:].upper()[:8], self.b.upper())

    def extra(self, f):
        return [("Thread-Index", thread_index(self.rng)), ("Content-Language", self.lang)]


# ---------------------------------------------------------------- Google
class Gmail(MUA):
    order = ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc", "Reply-To"]

    def msgid(self, t, domain="mail.gmail.com"):
        s = "CA" + alnum(self.rng, 1, "BDEFGHJKLMNOPQRSTUVWXYZ") + alnum(self.rng, 1, "0123456789") + alnum(self.rng, 44, B64 + "_-+=")
        return "<%s@mail.gmail.com>" % s

    def boundary(self, kind="alt"):
        return "000000000000" + hexid(self.rng, 16)


# ---------------------------------------------------------------- desktop / web clients
class Thunderbird(MUA):
    order = ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "To", "Cc", "References", "Content-Language",
             "From", "Reply-To", "In-Reply-To"]

    def __init__(self, rng, lang="de-DE", os="Windows NT 10.0; Win64; x64", ver="128.3.1"):
        super().__init__(rng)
        self.mailer = ("User-Agent", "Mozilla Thunderbird")
        self.lang = lang

    def msgid(self, t, domain):
        return "<%s@%s>" % (uuid4(self.rng), domain)

    def boundary(self, kind="alt"):
        return "------------" + alnum(self.rng, 24, B64)

    def extra(self, f):
        return [("Content-Language", self.lang)]


class AppleMail(MUA):
    order = ["From", "Content-Type", "Mime-Version", "Subject", "Message-Id", "Date", "To", "Cc", "In-Reply-To", "References", "X-Mailer"]

    def __init__(self, rng, iphone=False):
        super().__init__(rng)
        self.mailer = ("X-Mailer", "iPhone Mail (22B91)" if iphone else "Apple Mail (2.3826.200.121)")
        self.iphone = iphone

    def msgid(self, t, domain):
        return "<%s@%s>" % (uuid4(self.rng, upper=True), domain)

    def boundary(self, kind="alt"):
        return "Apple-Mail=_" + uuid4(self.rng, upper=True)


class Roundcube(MUA):
    order = ["MIME-Version", "Date", "From", "To", "Cc", "Subject", "In-Reply-To", "References", "Reply-To", "User-Agent", "Message-ID", "X-Sender"]

    def __init__(self, rng, ver="1.6.9"):
        super().__init__(rng)
        self.mailer = ("User-Agent", "Roundcube Webmail/%s" % ver)

    def extra(self, f):
        return [("X-Sender", f.get("_sender", ""))]


class GmxWeb(MUA):
    order = ["MIME-Version", "Message-ID", "From", "To", "Cc", "Subject", "Content-Type", "Date", "Importance", "Sensitivity", "X-Priority", "X-UI-Message-Type"]

    def __init__(self, rng, app="3c-app-gmx-bap21"):
        super().__init__(rng)
        self.app = app

    def msgid(self, t, domain):
        return "<trinity-%s-%d@%s>" % (uuid4(self.rng), int(t.timestamp() * 1000) - self.rng.randrange(1000, 9000), self.app)

    def extra(self, f):
        return [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"), ("X-UI-Message-Type", "mail")]


class OpenXchange(MUA):
    order = ["Date", "From", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version", "X-Priority",
             "Importance", "X-Mailer", "X-Originating-IP", "X-Originating-Client"]

    def __init__(self, rng, host="mail1.libero.it", client_ip=""):
        super().__init__(rng)
        self.host, self.cip = host, client_ip
        self.mailer = ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71")

    def msgid(self, t, domain):
        return "<%d.%d.%d@%s>" % (self.rng.randrange(10 ** 8, 2 * 10 ** 9), self.rng.randrange(10 ** 5, 10 ** 7),
                                  int(t.timestamp() * 1000) - 2300, self.host)

    def boundary(self, kind="alt"):
        return "----=_Part_%d_%d.%d" % (self.rng.randrange(100000, 999999), self.rng.randrange(10 ** 8, 10 ** 9), 1797000000000 + self.rng.randrange(10 ** 9))

    def extra(self, f):
        return [("X-Priority", "3"), ("Importance", "Normal"), ("X-Originating-IP", self.cip),
                ("X-Originating-Client", "open-xchange-appsuite")]


class WpWeb(MUA):
    order = ["Date", "From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "MIME-Version", "X-Mailer"]

    def __init__(self, rng):
        super().__init__(rng)
        self.mailer = ("X-Mailer", "Poczta WP")

    def msgid(self, t, domain):
        return "<%s@wp.pl>" % hexid(self.rng, 32)


class YandexWeb(MUA):
    order = ["From", "To", "Cc", "Subject", "MIME-Version", "X-Mailer", "Date", "Message-Id", "In-Reply-To", "References"]

    def __init__(self, rng):
        super().__init__(rng)
        self.mailer = ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")

    def msgid(self, t, domain):
        return "<%d%d@mail.yandex.ru>" % (self.rng.randrange(10 ** 5, 10 ** 6), int(t.timestamp()) - 3)

    def boundary(self, kind="alt"):
        return "----==%s----" % alnum(self.rng, 20, B64)


class MailRuWeb(MUA):
    order = ["From", "To", "Subject", "MIME-Version", "X-Mailer", "Reply-To", "Date", "X-Priority", "Message-ID"]

    def __init__(self, rng, f_host="f123.i.mail.ru"):
        super().__init__(rng)
        self.mailer = ("X-Mailer", "Mail.Ru Mailer 1.0")
        self.f = f_host

    def msgid(self, t, domain):
        return "<%d.%d@%s>" % (int(t.timestamp()) - 3, self.rng.randrange(10 ** 8, 10 ** 9), self.f)

    def boundary(self, kind="alt"):
        return "--ALT--%s%d" % (hexid(self.rng, 24, True), self.rng.randrange(10 ** 9, 2 * 10 ** 9))

    def extra(self, f):
        return [("X-Priority", "3 (Normal)")]


class Zimbra(MUA):
    order = ["Date", "From", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version",
             "X-Originating-IP", "X-Mailer", "Thread-Topic", "Thread-Index"]

    def __init__(self, rng, client_ip="10.0.0.12"):
        super().__init__(rng)
        self.cip = client_ip
        self.mailer = ("X-Mailer", "Zimbra 10.0.9_GA_4653 (ZimbraWebClient - GC130 (Win)/10.0.9_GA_4653)")

    def msgid(self, t, domain):
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (self.rng.randrange(10 ** 8, 2 * 10 ** 9), self.rng.randrange(10 ** 5, 10 ** 7),
                                                  int(t.timestamp() * 1000) - 1800, domain)

    def boundary(self, kind="alt"):
        return "=_%s-%s-%s-%s-%s" % tuple(hexid(self.rng, n) for n in (8, 4, 4, 4, 12))

    def extra(self, f):
        return [("X-Originating-IP", "[%s]" % self.cip), ("Thread-Topic", f.get("_topic", "")), ("Thread-Index", alnum(self.rng, 28, B64))]


class PHPMailer(MUA):
    order = ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer", "MIME-Version"]

    def __init__(self, rng, ver="6.9.1"):
        super().__init__(rng)
        self.mailer = ("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % ver)

    def msgid(self, t, domain):
        return "<%s@%s>" % (alnum(self.rng, 43, B64), domain)

    def boundary(self, kind="alt"):
        return "b%d_%s" % (1 if kind in ("mixed", "related") else 2, alnum(self.rng, 43, B64))


class PythonScript(MUA):
    order = ["Content-Type", "MIME-Version", "Subject", "From", "To", "Date", "Message-ID", "Reply-To"]

    def msgid(self, t, domain):
        return "<%d.%d.%d@%s>" % (int(t.timestamp() * 100) - 400, self.rng.randrange(1000, 60000), self.rng.randrange(10 ** 18, 10 ** 19), domain)

    def boundary(self, kind="alt"):
        return "===============%019d==" % self.rng.randrange(10 ** 18, 10 ** 19)


class Plain(MUA):
    """Generic generator with a given order, msgid function and mailer."""

    def __init__(self, rng, order=None, mailer=None, msgid_fn=None, boundary_fn=None, extra=None):
        super().__init__(rng)
        if order:
            self.order = order
        self.mailer = mailer
        self._mid = msgid_fn
        self._bnd = boundary_fn
        self._extra = extra or []

    def msgid(self, t, domain):
        return self._mid(self.rng, t) if self._mid else super().msgid(t, domain)

    def boundary(self, kind="alt"):
        return self._bnd(self.rng, kind) if self._bnd else super().boundary(kind)

    def extra(self, f):
        return list(self._extra)


class ClawsMail(MUA):
    order = ["Date", "From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "References", "Organization", "X-Mailer",
             "MIME-Version"]

    def __init__(self, rng, org_name=""):
        super().__init__(rng)
        self.mailer = ("X-Mailer", "Claws Mail 4.1.1 (GTK 3.24.41; x86_64-pc-linux-gnu)")
        self.orgname = org_name

    def msgid(self, t, domain):
        return "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), "".join(self.rng.choice("0123456789ABCDEF") for _ in range(8)) + ".tecnofit-pc3", domain)

    def boundary(self, kind="alt"):
        return "MP_/%s" % alnum(self.rng, 22, B64 + "+=.")

    def extra(self, f):
        return [("Organization", self.orgname)] if self.orgname else []


class TheBat(MUA):
    order = ["Date", "From", "Reply-To", "X-Priority", "Message-ID", "To", "Subject", "In-Reply-To", "References", "MIME-Version", "X-Mailer"]

    def __init__(self, rng):
        super().__init__(rng)
        self.mailer = ("X-Mailer", "The Bat! (v11.4.5) Professional")

    def msgid(self, t, domain):
        return "<%d.%s@%s>" % (self.rng.randrange(10 ** 8, 2 * 10 ** 9), t.strftime("%Y%m%d%H%M%S"), domain)

    def boundary(self, kind="alt"):
        return "----------%s" % hexid(self.rng, 15, True)

    def extra(self, f):
        return [("X-Priority", "3 (Normal)")]


class WindowsLiveMail(MUA):
    order = ["Message-ID", "From", "To", "Cc", "References", "In-Reply-To", "Subject", "Date", "MIME-Version", "X-Priority",
             "X-MSMail-Priority", "Importance", "X-Mailer", "X-MimeOLE"]

    def __init__(self, rng, host="KOWALSKI-PC"):
        super().__init__(rng)
        self.mailer = ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")
        self.host = host

    def msgid(self, t, domain):
        return "<%s@%s>" % (hexid(self.rng, 32, True), self.host)

    def boundary(self, kind="alt"):
        lvl = "000" if kind == "mixed" else "001"
        return "----=_NextPart_%s_%04X_01DC%s.%s" % (lvl, self.rng.randrange(0, 0x40), hexid(self.rng, 4, True), hexid(self.rng, 8, True))

    def extra(self, f):
        return [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"),
                ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")]
