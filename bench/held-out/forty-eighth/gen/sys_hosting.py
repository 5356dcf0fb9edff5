"""Sending systems: own / hosted servers (Postfix, Exim/cPanel, hosters),
Zoho and direct-to-MX bots."""

import base64
import calendar
import hashlib

from mime import (h, hnum, rfc_date, ago, addr, hdr_text, ALNUM, UPALNUM,
                  tz_abbr)

from sys_base import (Base, postfix_qid, uuid, b64id, epoch, _QALPHA, _EX_LANG)


class OwnPostfix(Base):
    """A company's own or VPS-hosted Postfix with SMTP AUTH submission.
    params: server, server_ip, server_rdns (None = no PTR), client
    ('outlook', 'thunderbird', 'apple', 'none'), client_helo, client_ip,
    client_rdns, zone, domain."""
    delay = 3

    def make_msgid(self, m):
        dom = m.frm[1].split("@")[1]
        c = getattr(self, "client", "outlook")
        if c == "outlook":
            return "<00%s01dc%s$%s$%s$@%s>" % (h(m.key + "o1", 2), h(m.key + "o2", 4), h(m.key + "o3", 8), h(m.key + "o4", 8), dom)
        if c == "thunderbird":
            return "<%s@%s>" % (uuid(m.key + "tb"), dom)
        if c == "apple":
            return "<%s@%s>" % (uuid(m.key + "ap", upper=True), dom)
        return "<%s@%s>" % (h(m.key + "x", 24), dom)

    def chain(self, m):
        crd = getattr(self, "client_rdns", None)
        chelo = getattr(self, "client_helo", "[%s]" % self.client_ip)
        hops = ["Received: from %s (%s [%s])\n"
                "\tby %s (Postfix) with ESMTPSA id %s\n"
                "\tfor <%s>; %s" % (chelo, crd or "unknown", self.client_ip, self.server,
                                    h(m.key + "pq", 10, "0123456789ABCDEF"), m.rcpt,
                                    rfc_date(self.t(m, 1), self.zone, True))]
        helo = getattr(self, "helo", self.server)
        return (helo, self.server_rdns, self.server_ip), hops

    def headers(self, m):
        c = getattr(self, "client", "outlook")
        if c == "outlook":
            ti = ("AQH" if m.in_reply_to else "Ad") + b64id(m.key + "ti", 22)[3 if m.in_reply_to else 2:]
            order = ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID",
                     "MIME-Version", ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", ti),
                     ("Content-Language", _EX_LANG[m.lang].split("-")[0])]
            return self.ordered(m, order)
        if c == "thunderbird":
            order = ["Message-ID", "Date", "MIME-Version",
                     ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", _EX_LANG[m.lang]),
                     "To", "Cc", "References", "From", "Reply-To", "Subject", "In-Reply-To"]
            return self.ordered(m, order)
        if c == "apple":
            order = ["From", ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))"), "Subject", "Date",
                     "References", "To", "Cc", "In-Reply-To", "Message-ID", ("X-Mailer", "Apple Mail (2.3826.700.81)")]
            return self.ordered(m, order)
        order = ["Date", "From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "References", "MIME-Version"]
        return self.ordered(m, order)

    def boundary(self, m, i):
        c = getattr(self, "client", "outlook")
        if c == "outlook":
            return "----=_NextPart_%03d_%04X_01DC%s.%s" % (i - 1, hnum(m.key + "np", 1, 200) + i, h(m.key + "np1", 4).upper(), h(m.key + "np2", 8).upper())
        if c == "thunderbird":
            return "------------%s" % h(m.key + "tbb%d" % i, 24, ALNUM)
        if c == "apple":
            return "Apple-Mail=_%s" % uuid(m.key + "apb%d" % i, upper=True)
        return "=_%s" % h(m.key + "b%d" % i, 32)


class Strato(OwnPostfix):
    def chain(self, m):
        hops = ["Received: from %s\n"
                "\tby smtp.strato.de (RZmta 51.3.0 AUTH)\n"
                "\twith ESMTPSA id %s\n"
                "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n"
                "\t(Client did not present a certificate)\n"
                "\tfor <%s>;\n\t%s" % (self.client_helo, h(m.key + "rz", 14, ALNUM), m.rcpt, rfc_date(self.t(m, 1), "CET", True))]
        n = hnum(m.key + "mo", 1, 6)
        return ("mo4-p0%d-ob.smtp.rzone.de" % n, "mo4-p0%d-ob.smtp.rzone.de" % n, "81.169.146.%d" % (160 + n)), hops


class Ionos(OwnPostfix):
    def chain(self, m):
        hops = ["Received: from %s ([%s]) by mrelayeu.kundenserver.de\n"
                " (mreue%03d [213.165.67.%d]) with ESMTPSA (Nemesis) id 1M%s;\n"
                " %s" % (self.client_helo, self.client_ip, hnum(m.key + "mr", 100, 112), hnum(m.key + "mr2", 100, 120),
                         h(m.key + "nid", 24, ALNUM + "-"), rfc_date(self.t(m, 1), "CET"))]
        n = hnum(m.key + "mo", 180, 190)
        return ("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % n), hops


class Aruba(OwnPostfix):
    def chain(self, m):
        hops = ["Received: from %s ([%s])\n"
                "\tby Aruba Outgoing Smtp  with ESMTPSA\n"
                "\tid %s; %s" % (self.client_helo, self.client_ip, h(m.key + "ar", 22, ALNUM), rfc_date(self.t(m, 1), "CET"))]
        n = hnum(m.key + "cmd", 100, 990)
        return ("smtpcmd%05d.aruba.it" % (4000 + n), "smtpcmd%05d.aruba.it" % (4000 + n), "62.149.156.%d" % (n % 250 + 2)), hops


class Exim(Base):
    """cPanel/Exim shared hosting.  via: 'roundcube', 'phpmailer', 'smtp'."""
    delay = 2

    def make_msgid(self, m):
        dom = m.frm[1].split("@")[1]
        via = getattr(self, "via", "roundcube")
        if via == "roundcube":
            return "<%s@%s>" % (h(m.key + "rc", 32), dom)
        if via == "phpmailer":
            return "<%s@%s>" % (h(m.key + "pm", 43, ALNUM), getattr(self, "site", dom))
        return "<00%s01dc%s$%s$%s$@%s>" % (h(m.key + "o1", 2), h(m.key + "o2", 4), h(m.key + "o3", 8), h(m.key + "o4", 8), dom)

    def chain(self, m):
        via = getattr(self, "via", "roundcube")
        eid = "1t%s-%s-%s" % (h(m.key + "e1", 4, ALNUM), h(m.key + "e2", 7, ALNUM), h(m.key + "e3", 2, ALNUM))
        if via == "roundcube":
            hop = ("Received: from [::1] (port=%d helo=%s)\n"
                   "\tby %s with esmtpa (Exim 4.98)\n"
                   "\t(envelope-from <%s>)\n"
                   "\tid %s\n\tfor %s;\n\t%s" % (hnum(m.key + "p", 33000, 60000), self.host, self.host, m.envelope, eid, m.rcpt,
                                                rfc_date(self.t(m, 1), self.zone)))
        elif via == "phpmailer":
            hop = ("Received: from %s by %s with local (Exim 4.98)\n"
                   "\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (self.cpuser, self.host, m.envelope, eid, m.rcpt, rfc_date(self.t(m, 1), self.zone)))
        else:
            hop = ("Received: from [%s] (port=%d helo=%s)\n"
                   "\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                   "\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
                       self.client_ip, hnum(m.key + "p", 49000, 65000), getattr(self, "client_helo", "[192.168.1.%d]" % hnum(m.key + "lan", 2, 200)),
                       self.host, m.envelope, eid, m.rcpt, rfc_date(self.t(m, 1), self.zone)))
        return (self.host, self.host, self.host_ip), [hop]

    def headers(self, m):
        via = getattr(self, "via", "roundcube")
        if via == "roundcube":
            order = ["MIME-Version", "Date", "From", "To", "Cc", "Subject", "Reply-To", "In-Reply-To", "References",
                     "Message-ID", ("X-Sender", m.envelope), ("User-Agent", "Roundcube Webmail/1.6.9")]
            extra = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                     ("X-AntiAbuse", "Primary Hostname - %s" % self.host),
                     ("X-AntiAbuse", "Original Domain - example.com"),
                     ("X-AntiAbuse", "Sender Address Domain - %s" % m.envelope.split("@")[1]),
                     ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (self.host, m.envelope)),
                     ("X-Authenticated-Sender", "%s: %s" % (self.host, m.envelope))]
            return self.ordered(m, order, extra)
        if via == "phpmailer":
            order = ["Date", "To", "From", "Reply-To", "Subject", "Message-ID",
                     ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"), "MIME-Version"]
            extra = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                     ("X-AntiAbuse", "Primary Hostname - %s" % self.host),
                     ("X-AntiAbuse", "Original Domain - example.com"),
                     ("X-AntiAbuse", "Originator/Caller UID/GID - [%d %d] / [47 12]" % (hnum(self.cpuser, 1001, 1900), hnum(self.cpuser, 1001, 1900))),
                     ("X-AntiAbuse", "Sender Address Domain - %s" % m.envelope.split("@")[1]),
                     ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s/from_h" % (self.host, self.cpuser)),
                     ("X-Authenticated-Sender", "%s: %s" % (self.host, m.frm[1]))]
            return self.ordered(m, order, extra)
        order = ["From", "To", "Cc", "Subject", "Date", "Message-ID", "MIME-Version",
                 ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", _EX_LANG[m.lang].split("-")[0])]
        return self.ordered(m, order, [("X-Authenticated-Sender", "%s: %s" % (self.host, m.envelope))])

    def boundary(self, m, i):
        via = getattr(self, "via", "roundcube")
        if via == "roundcube":
            return "=_%s" % h(m.key + "rb%d" % i, 32)
        if via == "phpmailer":
            return "b%d_%s" % (i, h(m.key + "pb%d" % i, 43, ALNUM))
        return "----=_NextPart_%03d_%04X_01DC%s.%s" % (i - 1, 17 + i, h(m.key + "np1", 4).upper(), h(m.key + "np2", 8).upper())


class Bot(Base):
    """Direct-to-MX from an infected host / residential IP; spoofed sender."""
    delay = 1
    tls = None

    def make_msgid(self, m):
        return "<%s$%s@%s>" % (h(m.key + "bm", 12, UPALNUM), h(m.key + "bm2", 6, UPALNUM), m.frm[1].split("@")[1])

    def chain(self, m):
        return (self.helo, None, self.ip), []

    def headers(self, m):
        order = ["Message-ID", "From", "To", "Subject", "Date", "MIME-Version",
                 ("X-Mailer", getattr(self, "mailer", "Microsoft Outlook Express 6.00.2900.5512")),
                 ("X-Priority", "3"), ("X-MSMail-Priority", "Normal")]
        return self.ordered(m, order)

    def boundary(self, m, i):
        return "----=_NextPart_000_%s" % h(m.key + "bb%d" % i, 12, UPALNUM)


class Zoho(Base):
    """Zoho Mail (EU data centre), custom domain."""
    delay = 2
    date_zone = None

    def make_msgid(self, m):
        return "<%s.%s.%d@%s>" % (h(m.key + "z1", 11), h(m.key + "z2", 16), hnum(m.key + "z3", 10 ** 18, 10 ** 19 - 1), m.frm[1].split("@")[1])

    def chain(self, m):
        n = hnum(m.key + "s", 10, 40)
        host = "sender4-op-o%d.zoho.eu" % n
        hops = ["Received: by mx.zoho.eu with SMTPS id %d%03d%s;\n"
                "\t%s" % (epoch(m), hnum(m.key + "ms", 0, 999), h(m.key + "zid", 26, ALNUM), rfc_date(self.t(m, 1), "UTC")),
                "Received: from %s ([%s]) by mail.zoho.eu\n"
                "\twith HTTP id %s; %s" % (self.client_helo, self.client_ip, h(m.key + "hid", 11), rfc_date(self.t(m, 2), self.zone))]
        return (host, host, "136.143.169.%d" % n), hops

    def headers(self, m):
        order = ["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To", "References", "Subject",
                 "MIME-Version", ("Importance", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")]
        return self.ordered(m, order)

    def boundary(self, m, i):
        return "----=_Part_%d_%d.%d" % (hnum(m.key + "zb%d" % i, 100000, 9999999), hnum(m.key + "zc", 10 ** 8, 10 ** 9), epoch(m, True))
