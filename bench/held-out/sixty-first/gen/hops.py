"""Shared building blocks for the sending-system profiles: Received-line
formats (Postfix, Exim), Exchange thread index, boundary styles, common setup."""
import base64
import hashlib
from mime import addr, hdr_text
from util import rfcdate, plus, filetime, unix

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)")


def rcv_postfix(helo, rdns, ip, by, qid, rcpt, t, zone="CET", tls=True, auth=None):
    v = "from %s (%s [%s])" % (helo, rdns or "unknown", ip)
    if tls:
        v += "\r\n\t" + TLS13 + "\r\n\t(No client certificate requested)"
    if auth:
        v += "\r\n\t(Authenticated sender: %s)" % auth
    w = "ESMTPSA" if auth else ("ESMTPS" if tls else "ESMTP")
    v += "\r\n\tby %s (Postfix) with %s id %s" % (by, w, qid)
    if rcpt:
        v += "\r\n\tfor <%s>" % rcpt
    return v + "; " + rfcdate(t, zone, comment=True)


def rcv_exim(ip, helo, by, eid, sender, rcpt, t, zone="CET", auth=True, port=50000):
    v = "from [%s] (port=%d helo=%s)" % (ip, port, helo)
    v += "\r\n\tby %s with %s  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.98)" % (
        by, "esmtpsa" if auth else "esmtps")
    v += "\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s;\r\n\t%s" % (sender, eid, rcpt, rfcdate(t, zone))
    return v


def cpanel_headers(server, account_user, auth_sender):
    return [
        ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
        ("X-AntiAbuse", "Primary Hostname - %s" % server),
        ("X-AntiAbuse", "Original Domain - example.com"),
        ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
        ("X-AntiAbuse", "Sender Address Domain - %s" % auth_sender.split("@")[1]),
        ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, auth_sender)),
        ("X-Authenticated-Sender", "%s: %s" % (server, auth_sender)),
        ("X-Source", ""),
        ("X-Source-Args", ""),
        ("X-Source-Dir", ""),
    ]


def _common(m, I, t, rcpt, rp, client, delay=3, tls="TLSv1.3"):
    m.rcpt = rcpt
    m.return_path = rp
    m.client = client
    m.tls = tls
    m.arrival = plus(t, delay)
    m.qid = I.postfix_qid()


def _addrs(lst, cs, enc):
    return ", ".join(addr(n, e, cs, enc) for n, e in lst)


def _reply_hdrs(irt, refs):
    h = []
    if refs:
        h.append(("References", refs))
    if irt:
        h.append(("In-Reply-To", irt))
    return h


def thread_index(I, t):
    ft = filetime(t)
    raw = bytes([1]) + (ft >> 16).to_bytes(6, "big")[1:] + bytes(I.int(0, 255) for _ in range(16))
    return base64.b64encode(raw).decode()


def tenant(domain):
    h = hashlib.md5(domain.encode()).hexdigest()
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])


class Ctx:
    def __init__(self, style, I, t, domain="example.com"):
        self.style, self.I, self.t, self.domain = style, I, t, domain
        self.n = 0

    def bnd(self, subtype="mixed"):
        """Boundary in the style of the sending system."""
        I, n = self.I, self.n
        self.n += 1
        s = self.style
        if s in ("outlook", "exo", "exchange", "olcom"):
            if s == "outlook":
                ft = filetime(self.t)
                return "----=_NextPart_%03d_%04X_%08X.%08X" % (n, n + 1, ft >> 32, ft & 0xffffffff)
            return "_%s_%s_" % ({"alternative": "000", "related": "003"}.get(subtype, "004"), self.msgpart)
        if s == "gmail":
            return "0000000000" + I.hex(18)
        if s == "tb":
            return "------------" + I.alnum(24)
        if s == "apple":
            return "Apple-Mail=_" + I.uuid(upper=True)
        if s == "iphone":
            return "Apple-Mail-" + I.uuid(upper=True)
        if s == "roundcube":
            return "=_" + I.hex(32)
        if s == "gmx":
            return "=_%s" % I.hex(32)
        if s == "ox":
            return "----=_Part_%d_%d.%d" % (I.int(100000, 999999), I.int(100000000, 999999999),
                                              unix(self.t) * 1000 + I.int(0, 999))
        if s == "php":
            return "b1_" + I.alnum(43)
        if s == "zoho":
            return "----=_Part_%d_%d.%d" % (I.int(100000, 999999), I.int(1000000, 99999999),
                                              unix(self.t) * 1000 + I.int(0, 999))
        if s == "yandex":
            return "----==%s==----" % I.b64(22)
        if s == "mailru":
            return "--ALT--" + I.hex(32).upper()[:32] + "1" + str(unix(self.t))
        if s == "proton":
            return "b1=_" + I.alnum(40)
        if s == "sendgrid":
            return I.hex(64)
        if s == "mailgun":
            return I.hex(32)
        if s == "brevo":
            return "----=_Part_%d_%d.%d" % (I.int(1000, 99999), I.int(100000000, 999999999),
                                              unix(self.t) * 1000 + I.int(0, 999))
        if s == "ses":
            return "----=_Part_%d_%d.%d" % (I.int(100000, 9999999), I.int(100000000, 999999999),
                                              unix(self.t) * 1000 + I.int(0, 999))
        if s == "docusign":
            return "----=_NextPart_" + I.uuid()
        if s == "1c":
            return "----=_NextPart_%s" % I.hex(16).upper()
        return "=_%s" % I.hex(24)

