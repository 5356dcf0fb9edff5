"""Message container + renderer."""
from .infra import Ctx, rx_mx01
from . import mime


class Msg:
    def __init__(self, folder, num, lang, slug, what, why, pair=None):
        self.folder = folder
        self.num = num
        self.lang = lang
        self.slug = slug
        self.what = what
        self.why = why
        self.pair = pair
        self.ctx = Ctx("%s/%02d-%s" % (folder, num, slug))
        self.return_path = None
        self.rcpt = None
        self.t = None
        self.mx_from = None  # (helo, rdns, ip, tls)
        self.trace = []      # list of (name, value) below mx01's Received
        self.headers = []    # list of (name, value); ("MIME", None) marks MIME header position
        self.body = None
        self.notes = []      # manifest facts (IBANs, URLs, ...)
        self.zip_password = None
        self.boundary = lambda n=0: self.ctx.boundary_eq()

    @property
    def filename(self):
        return "%02d-%s-%s.eml" % (self.num, self.lang, self.slug)

    def render(self):
        out = []
        out.append(("Return-Path", self.return_path))
        helo, rdns, ip, tls = self.mx_from
        out.append(("Received", rx_mx01(self.ctx, helo, rdns, ip, self.rcpt, self.t, tls)))
        out.extend(self.trace)
        placed = False
        for k, v in self.headers:
            if k == "MIME":
                out.extend(self.body.content_headers())
                placed = True
            else:
                out.append((k, v))
        if not placed:
            out.extend(self.body.content_headers())
        head = "".join("%s: %s\n" % (k, v) for k, v in out)
        head.encode("ascii")
        return head.encode("ascii") + b"\n" + self.body.body_bytes()

    # summaries for the manifest
    def _walk(self, p=None):
        p = p or self.body
        yield p
        if isinstance(p, mime.Multipart):
            for c in p.parts:
                yield from self._walk(c)

    def text_parts(self):
        return [p for p in self._walk() if isinstance(p, mime.Text)]

    def structure(self):
        def rec(p):
            if isinstance(p, mime.Multipart):
                return "%s [%s]" % (p.subtype, ", ".join(rec(c) for c in p.parts))
            if isinstance(p, mime.Text):
                return "text/" + p.subtype
            kind = "inline " if p.inline else ""
            return "%s%s `%s`" % (kind, p.ctype, p.filename)
        return rec(self.body)
