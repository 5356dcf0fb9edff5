"""Core of the sending-system profiles: trace headers below mx01, Message-ID, mailer headers and MIME boundary
style of each real system (webmail, desktop clients, ESPs, hosting providers, attacker VPS)."""
import base64
import hashlib

from common import (alnum, det_uuid, digits, hexs, localtime, plus, rfcdate)

B52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def _enc(n, alphabet, width=None):
    s = ""
    while n:
        n, r = divmod(n, len(alphabet))
        s = alphabet[r] + s
    s = s or alphabet[0]
    if width:
        s = s.rjust(width, alphabet[0])
    return s


def postfix_qid(rng, t):
    sec = int(t.timestamp())
    usec = rng.randrange(1000000)
    return _enc(sec, B52, 6) + _enc(usec, B52, 4) + "z" + _enc(rng.randrange(10 ** 6, 10 ** 8), B52.replace("z", ""))


def filetime_hex(t):
    ft = int((t.timestamp() + 11644473600) * 10 ** 7)
    return "%016x" % ft


def thread_index(rng, t):
    ft = int((t.timestamp() + 11644473600) * 10 ** 7)
    raw = bytes([0x01]) + (ft >> 16).to_bytes(8, "big")[3:] + bytes(rng.getrandbits(8) for _ in range(16))
    return base64.b64encode(raw).decode()


TLS13 = ("TLSv1.3", "TLS_AES_256_GCM_SHA384", "256/256")
TLS13_128 = ("TLSv1.3", "TLS_AES_128_GCM_SHA256", "128/128")
TLS12 = ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384", "256/256")


class Profile:
    """What a sending system contributes to a message."""

    def __init__(self, name):
        self.name = name
        self.client = None        # (helo, rdns or None, ip)
        self.tls = TLS13
        self.hops = []            # Received values under mx01, newest first
        self.trace_extra = []     # (name, value) placed right under the hops
        self.mid = None
        self.hdrs = []            # mailer specific headers (name, value)
        self.order = None         # header order for the message headers
        self.hcs = "utf-8"        # encoded-word charset
        self.henc = "B"
        self.subj_mode = "whole"
        self.return_path = None
        self.arrive = 5           # seconds from submission to mx01
        self.date_zone = None     # override Date header zone
        self.date_fmt = {}
        self._bcount = 0
        self.bstyle = "generic"
        self.rng = None
        self.t = None
        self.mime_version = "1.0"

    def boundary(self, kind="alt"):
        r = self.rng
        self._bcount += 1
        st = self.bstyle
        if st == "gmail":
            return "000000000000" + hexs(r, 16)
        if st == "m365":
            tag = {"mixed": "_004_", "related": "_005_", "alt": "_000_"}[kind]
            return tag + self.mid_core + "_"
        if st == "outlook":
            return "----=_NextPart_%03d_%04X_%s.%s" % (self._bcount - 1, r.randrange(16, 4096),
                                                        self.ft[:8].upper(), self.ft[8:].upper())
        if st == "thunderbird":
            return "------------" + alnum(r, 24)
        if st == "apple":
            return "Apple-Mail=_" + det_uuid(r).upper()
        if st == "roundcube":
            return "=_" + hexs(r, 32)
        if st == "phpmailer":
            return "b%d=_%s" % (self._bcount, alnum(r, 43))
        if st == "javamail":
            return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9),
                                           int(self.t.timestamp() * 1000))
        if st == "yandex":
            return "----==--bound.%d.%s" % (r.randrange(10 ** 5, 10 ** 6), "sas%d-%s.qloud-c.yandex.net" % (r.randrange(1, 9), hexs(r, 12)))
        if st == "yahoo":
            return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 8, 10 ** 9),
                                           int(self.t.timestamp() * 1000))
        if st == "hex":
            return hexs(r, 32)
        if st == "sendgrid":
            return hexs(r, 64)
        if st == "mailgun":
            return hexs(r, 32)
        if st == "brevo":
            return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 8, 10 ** 9),
                                           int(self.t.timestamp() * 1000))
        if st == "ses":
            return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 7), r.randrange(10 ** 8, 10 ** 9),
                                           int(self.t.timestamp() * 1000))
        if st == "gmx":
            return "=_%s" % hexs(r, 24)
        if st == "exchange":
            tag = {"mixed": "_004_", "related": "_005_", "alt": "_000_"}[kind]
            return tag + self.mid_core + "_"
        return "=_%s" % alnum(r, 28)


def _rcv(frm, by, with_, id_, rcpt, date, extra=""):
    s = "from %s\n\tby %s with %s id %s" % (frm, by, with_, id_)
    if extra:
        s = "from %s\n\t%s\n\tby %s with %s id %s" % (frm, extra, by, with_, id_)
    if rcpt:
        s += "\n\tfor <%s>" % rcpt
    return s + "; " + date


def relay_hops(rng, t, sender, rcpt, relay, pc, client_ip, zone):
    kind = relay["kind"]
    t1 = plus(t, 1)
    if kind == "aruba":
        n = rng.randrange(10000, 19999)
        client = ("smtpcmd%d.aruba.it" % n, "smtpcmd%d.aruba.it" % n, "62.149.156.%d" % (n % 200 + 20))
        hops = ["from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
            pc, client_ip, alnum(rng, 14), rfcdate(t1, zone))]
    elif kind == "homepl":
        n = rng.randrange(100000, 999999)
        client = ("cloudserver%d.home.pl" % n, "cloudserver%d.home.pl" % n, "79.96.%d.%d" % (rng.randrange(160, 190), rng.randrange(2, 250)))
        hops = ["from %s (%s) (HELO %s)\n\tby cloudserver%d.home.pl with SMTP (IdeaSmtpServer 6.2.0)\n\tvia TCP with ESMTPA\n\tid %s; %s" % (
            client_ip, client_ip, relay.get("helo", "[192.168.0.101]"), n, hexs(rng, 16), rfcdate(t1, zone))]
    elif kind == "nazwa":
        client = ("smtp.nazwa.pl", "smtp.nazwa.pl", "185.252.%d.%d" % (rng.randrange(218, 221), rng.randrange(2, 250)))
        hops = ["from [%s] (%s [%s])\n\t(Authenticated sender: %s)\n\tby smtp.nazwa.pl (Postfix) with ESMTPSA id 4%s\n\tfor <%s>; %s" % (
            relay.get("helo", "192.168.1.20"), relay.get("rdns", "unknown"), client_ip, sender, alnum(rng, 10, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"), rcpt, rfcdate(t1, zone, comment=True))]
    elif kind == "cpanel":
        host = relay["host"]
        client = (host, host, relay["ip"])
        hops = ["from [%s] (port=%d helo=[192.168.1.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid 1%s-%s-%s;\n\t%s" % (
            client_ip, rng.randrange(49152, 65000), rng.randrange(2, 60), host, sender, alnum(rng, 5), alnum(rng, 6), alnum(rng, 2),
            rfcdate(t1, zone))]
    elif kind == "arsys":
        n = rng.randrange(10, 99)
        client = ("smtp-out%d.servidoresdns.net" % n, "smtp-out%d.servidoresdns.net" % n, "82.223.190.%d" % (n + 100))
        hops = ["from %s (%s [%s])\n\tby smtp-out%d.servidoresdns.net (Postfix) with ESMTPSA id 4%s\n\tfor <%s>; %s" % (
            pc, relay.get("rdns", "%s.dyn.orange.es" % client_ip.replace(".", "-")), client_ip, n, alnum(rng, 10), rcpt, rfcdate(t1, zone, comment=True))]
    elif kind == "strato":
        n = rng.randrange(0, 4)
        client = ("mo4-p0%d-ob.smtp.rzone.de" % n, "mo4-p0%d-ob.smtp.rzone.de" % n, "81.169.146.%d" % (160 + n * 2 + 1))
        hops = ["from [%s]\n\tby smtp.strato.de (RZmta 51.3.0 AUTH)\n\twith ESMTPSA id %s\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client did not present a certificate);\n\t%s" % (
            relay.get("helo", "192.168.178.24"), alnum(rng, 15, "abcdefghijklmnopqrstuvwxyz0123456789"), rfcdate(t1, "CET"))]
    elif kind == "telekom":
        n = rng.randrange(1, 9)
        client = ("mailout0%d.t-online.de" % n, "mailout0%d.t-online.de" % n, "194.25.134.%d" % (16 + n))
        hops = ["from fwd%02d.aul.t-online.de (fwd%02d.aul.t-online.de [10.223.144.%d])\n\tby mailout0%d.t-online.de (Postfix) with SMTP id %s\n\tfor <%s>; %s" % (
            n + 80, n + 80, rng.randrange(2, 250), n, alnum(rng, 10), rcpt, rfcdate(plus(t, 2), "CET", comment=True)),
            "from %s ([%s]) by fwd%02d.aul.t-online.de\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n\tesmtp id 1t%s-%s; %s" % (
            pc, client_ip, n + 80, alnum(rng, 4), alnum(rng, 7), rfcdate(t1, "CET"))]
    elif kind == "direct":
        client = (relay["helo"], relay.get("rdns"), relay["ip"])
        hops = relay.get("hops", [])
    else:
        raise ValueError(kind)
    return hops, client
