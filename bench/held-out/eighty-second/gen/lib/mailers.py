"""Mail user agents: Message-ID, boundary and UA header styles."""
import base64
from . import ids, timez


class Style(object):
    """msgid: str; bgen(subtype)->boundary; headers(ctx)->list."""

    def __init__(self, msgid, bgen, headers=None, mime_version="1.0",
                 hcs=("utf-8", "B"), preamble=None):
        self.msgid = msgid
        self.bgen = bgen
        self.headers = headers or (lambda ctx: [])
        self.mime_version = mime_version
        self.hcs = hcs
        self.preamble = preamble


def _counter_bgen(fn):
    state = {"n": 0}

    def g(subtype):
        state["n"] += 1
        return fn(state["n"], subtype)
    return g


def thread_index(r, t):
    # 22 bytes: 6 bytes FILETIME prefix + 16 bytes GUID -> base64 (30 chars)
    ft = int((t.timestamp() + 11644473600) * 10**7)
    raw = bytes([1]) + ft.to_bytes(8, "big")[:5] + bytes(r.getrandbits(8) for _ in range(16))
    return base64.b64encode(raw).decode()


def outlook_smtp(r, domain, t, lang="de-DE", version="16.0"):
    """Outlook desktop talking plain SMTP (not Exchange)."""
    a, b, c = ids.hexs(r, 8), ids.hexs(r, 8), ids.hexs(r, 8)
    msgid = "<%s01dc%s$%s$%s@%s>" % (ids.hexs(r, 4), ids.hexs(r, 4), b, c, domain)
    stamp = ids.hexs(r, 8, upper=True)

    def bg(n, st):
        return "----=_NextPart_%03d_%04X_01DC%s.%s" % (n - 1, r.randint(1, 0xFFFF), ids.hexs(r, 4, True), stamp)

    def hdrs(ctx):
        return [("X-Mailer", "Microsoft Outlook %s" % version),
                ("Thread-Index", thread_index(r, ctx.t_sent)),
                ("Content-Language", lang)]
    return Style(msgid, _counter_bgen(bg), hdrs,
                 preamble="This is a multipart message in MIME format.")


def roundcube(r, domain, version="1.6.9"):
    msgid = "<%s@%s>" % (ids.hexs(r, 32), domain)

    def bg(n, st):
        return "=_%s" % ids.hexs(r, 32)

    def hdrs(ctx):
        return [("User-Agent", "Roundcube Webmail/%s" % version)]
    return Style(msgid, _counter_bgen(bg), hdrs, hcs=("UTF-8", "Q"))


def thunderbird(r, domain, ua="Mozilla Thunderbird", lang="de-DE"):
    msgid = "<%s@%s>" % (ids.uuid4(r), domain)

    def bg(n, st):
        return "------------" + ids.pick(r, ids.ALNUM, 24)

    def hdrs(ctx):
        return [("User-Agent", ua), ("Content-Language", lang)]
    return Style(msgid, _counter_bgen(bg), hdrs, hcs=("UTF-8", "Q"),
                 preamble="This is a multi-part message in MIME format.")


def iphone(r, domain, build="22B91"):
    msgid = "<%s@%s>" % (ids.uuid4(r, upper=True), domain)

    def bg(n, st):
        return "Apple-Mail-%s" % ids.uuid4(r, upper=True)

    def hdrs(ctx):
        return [("X-Mailer", "iPhone Mail (%s)" % build)]
    return Style(msgid, _counter_bgen(bg), hdrs, mime_version="1.0 (1.0)",
                 hcs=("utf-8", "Q"))


def apple_mail(r, domain, ver="3826.200.121"):
    msgid = "<%s@%s>" % (ids.uuid4(r, upper=True), domain)

    def bg(n, st):
        return "Apple-Mail=_%s" % ids.uuid4(r, upper=True)

    def hdrs(ctx):
        return [("X-Mailer", "Apple Mail (2.%s)" % ver)]
    return Style(msgid, _counter_bgen(bg), hdrs,
                 mime_version="1.0 (Mac OS X Mail 16.0 \\(%s\\))" % ver, hcs=("utf-8", "Q"))


def phpmailer(r, host, version="6.9.1"):
    msgid = "<%s@%s>" % (ids.pick(r, ids.ALNUM, 43), host)

    def bg(n, st):
        return "b%d=_%s" % (n, ids.pick(r, ids.ALNUM, 43))

    def hdrs(ctx):
        return [("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % version)]
    return Style(msgid, _counter_bgen(bg), hdrs, hcs=("utf-8", "B"),
                 preamble="This is a multi-part message in MIME format.")


def generic(r, domain, style="hex"):
    msgid = "<%s@%s>" % (ids.hexs(r, 24), domain)

    def bg(n, st):
        return "===============%s==" % ids.digits(r, 19)
    return Style(msgid, _counter_bgen(bg))


def exchange_boundary(r, stem):
    """Outlook/Exchange style: _000_..._ for alternative, _004_ mixed..."""
    codes = {"alternative": "000", "mixed": "004", "related": "003"}

    def bg(n, st):
        return "_%s_%s_" % (codes.get(st, "%03d" % (n + 4)), stem)
    return _counter_bgen(bg)


def exchange_headers(r, lang="de-DE", accept="de-DE, en-US", extra=()):
    def hdrs(ctx):
        h = [("Thread-Topic", ctx.subject_enc),
             ("Thread-Index", thread_index(r, ctx.t_sent)),
             ("Accept-Language", accept),
             ("Content-Language", lang),
             ("X-MS-Has-Attach", "yes" if ctx.has_attach else ""),
             ("X-MS-TNEF-Correlator", "")]
        return h + list(extra)
    return hdrs


def thebat(r, domain, t, version="v10.5.3) Professional"):
    """The Bat! (popular in Russia/Ukraine)."""
    lt = timez.local(t, "MSK")
    msgid = "<%s.%s@%s>" % (ids.digits(r, 10), lt.strftime("%Y%m%d%H%M%S"), domain)

    def bg(n, st):
        return "----------%s" % ids.hexs(r, 14, upper=True)

    def hdrs(ctx):
        return [("X-Mailer", "The Bat! (%s" % version), ("X-Priority", "3 (Normal)")]
    return Style(msgid, _counter_bgen(bg), hdrs, hcs=("koi8-r", "B"))
