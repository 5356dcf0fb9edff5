"""Mail model and final rendering (mx01 hop on top of the sender's hops)."""
import mime
import util
from infra import PROFILES


class Mail:
    def __init__(self, file, t, frm, to, subject, body, via, ua=None, cc=(), rcpt=None, reply_to=None, rp=None,
                 irt=None, refs=None, extra=(), hcs="utf-8", henc="B", zone="DE", sys=None, what="", why="",
                 pair=(), technique="", quote_names=False, date_zone=None):
        self.file, self.t, self.frm, self.to, self.cc = file, t, frm, list(to), list(cc)
        self.subject, self.body, self.via, self.ua = subject, body, via, ua
        self.rcpt = rcpt or self.to[0][1]
        self.reply_to, self.rp, self.irt, self.refs = reply_to, rp, irt, refs
        self.extra = list(extra)
        self.hcs, self.henc, self.zone = hcs, henc, date_zone or zone
        self.sys = dict(sys or {})
        self.what, self.why, self.pair, self.technique = what, why, list(pair), technique
        self.quote_names = quote_names
        self.lang = file.split("-")[1]
        self.folder = None


def mx_hop(helo, rdns, ip, qid, rcpt, t, tls=True):
    lines = ["from %s (%s [%s])" % (helo, rdns or "unknown", ip)]
    if tls == "1.2":
        lines += ["(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))",
                  "(No client certificate requested)"]
    elif tls:
        lines += ["(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                  " key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
                  "(No client certificate requested)"]
    lines += ["by mx01.example.com (Postfix) with %s id %s" % ("ESMTPS" if tls else "ESMTP", qid),
              "for <%s>; %s" % (rcpt, util.rfc_date(t, "DE", comment=True))]
    return "\n\t".join(lines)


DEFAULT_ORDER = ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
                 "POST", "MIME-Version"]


def _unquote(p):
    if isinstance(p, mime.Multi):
        for c in p.parts:
            _unquote(c)
    elif p.ctype.startswith("text/"):
        p.quote = False


def render(m):
    r = util.rng("mail", m.file)
    P = PROFILES[m.via](m, r)
    hdr = {}
    hcs, henc = P.get("hcs", m.hcs), P.get("henc", m.henc)
    q = m.quote_names or P.get("quote_names", False)
    hdr["From"] = mime.addr(m.frm[0], m.frm[1], hcs, henc, q)
    hdr["To"] = mime.addrs(m.to, hcs, henc, q) if m.to else "undisclosed-recipients:;"
    if m.cc:
        hdr["Cc"] = mime.addrs(m.cc, hcs, henc, q)
    if m.reply_to:
        hdr["Reply-To"] = mime.addr(m.reply_to[0], m.reply_to[1], hcs, henc, q)
    hdr["Subject"] = mime.htext(m.subject, hcs, henc)
    hdr["Date"] = util.rfc_date(m.t, P.get("date_zone", m.zone), seconds=P.get("date_seconds", True))
    hdr["Message-ID"] = P["msgid"]
    if m.irt:
        hdr["In-Reply-To"] = m.irt
    if m.refs:
        hdr["References"] = m.refs
    hdr["MIME-Version"] = P.get("mime_version", "1.0")
    post = list(P.get("post", []))
    order = P.get("order", DEFAULT_ORDER)
    named = {k: v for k, v in post if k in order}
    rest = [(k, v) for k, v in post if k not in order] + m.extra
    headers = []
    rp = m.rp or P.get("rp") or m.frm[1]
    headers.append(("Return-Path", "<%s>" % rp if rp else "<>"))
    helo, rdns, ip = P["client"]
    t_mx = util.add(m.t, P.get("mx_delay", 4 + r.randrange(6)))
    headers.append(("Received", mx_hop(helo, rdns, ip, util.postfix_qid(r), m.rcpt, t_mx, P.get("tls", True))))
    for hop in P["hops"]:
        headers.append(("Received", hop))
    headers += P.get("pre", [])
    mime_last = P.get("mime_last", False)
    for k in order:
        if k == "POST":
            headers += rest
        elif k == "MIME-Version" and mime_last:
            continue
        elif k in hdr:
            headers.append((k, hdr[k]))
        elif k in named:
            headers.append((k, named[k]))
    tail = list(P.get("tail", []))
    if mime_last:
        tail = [("MIME-Version", hdr["MIME-Version"])] + tail
    if P.get("unquote"):
        _unquote(m.body)
    if m.body.__class__.__name__ == "Multi" and m.body.preamble is None and P.get("preamble"):
        m.body.preamble = P["preamble"]
    return mime.assemble(headers, m.body, P["bgen"], P.get("pstyle", "tab"), tail)
