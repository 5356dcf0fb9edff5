"""Assemble a complete message: Return-Path, mx01's Received, sender hops,
trace headers, author headers from the MUA, MIME body."""
import mime
import routes
from util import rfcdate, later, fold, rng_for, hval


class Mail:
    def __init__(self, folder, lang, slug, t, route, mua, rcpt, env_from, headers, body, msgid,
                 zone="CET", date_lag=-6, what="", why="", pair=None, extra_top=None, technique="",
                 tls=None):
        self.folder, self.lang, self.slug, self.t = folder, lang, slug, t
        self.route, self.mua, self.rcpt, self.env_from = route, mua, rcpt, env_from
        self.h, self.body, self.msgid, self.zone, self.lag = headers, body, msgid, zone, date_lag
        self.what, self.why, self.pair, self.technique = what, why, pair, technique
        self.extra_top = extra_top or []
        self.tls = route.tls if tls is None else tls
        self.num = None

    def filename(self):
        return "%02d-%s-%s.eml" % (self.num, self.lang, self.slug)

    def build(self):
        rng = rng_for("rcv", self.folder, self.slug)
        hs = ["Return-Path: <%s>" % self.env_from if self.env_from else "Return-Path: <>"]
        hs.append(routes.mx01(self.route.client, self.rcpt, self.t, rng, self.route.tls if self.tls is None else self.tls))
        hs += self.route.hops(self.t, self.rcpt, rng, self.env_from)
        hs += self.route.trace(self.t, rng)
        hs += [fold(k, v) if "\n" not in v else "%s: %s" % (k, v) for k, v in self.extra_top]
        f = dict(self.h)
        f["Date"] = rfcdate(later(self.t, self.lag), self.zone)
        f["Message-ID"] = self.msgid
        if "Message-Id" in self.mua.order:
            f["Message-Id"] = f.pop("Message-ID")
        f["_has_attach"] = any(c.meta.get("kind") == "attachment" and not c.meta.get("inline")
                               for c in _walk(self.body))
        for k, v in self.mua.headers(f):
            if k.startswith("_"):
                continue
            if k == "Content-Type":
                continue  # emitted with the body
            if k == "Mime-Version":
                hs.append("Mime-Version: 1.0")
                continue
            if any(ord(c) > 127 for c in v):
                v = hval(v, "UTF-8")  # what the sending client would do
            hs.append(fold(k, v) if "\n" not in v else "%s: %s" % (k, v))
        return mime.compose(hs, self.body)


def _walk(p):
    yield p
    for c in (p.children or []):
        yield from _walk(c)


def walk(p):
    return list(_walk(p))
