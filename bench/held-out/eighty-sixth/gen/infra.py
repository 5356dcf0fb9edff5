"""Sending-system profiles: transport hops (Received chains below mx01),
Message-ID style, boundaries, client headers and header order."""
import base64
import hashlib

from util import fmt_date, rhex, ralnum, ruuid, secs, local
import mime

MX = "mx01.example.com"
_PF_ALPH = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy"

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS13_128 = ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
             "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")


def pf_qid(rng):
    return "4" + "".join(rng.choice(_PF_ALPH) for _ in range(9)) + "z" + \
        "".join(rng.choice(_PF_ALPH) for _ in range(4))


def mx01_line(m, helo, rdns, ip, t, tls=TLS13):
    via = "with ESMTPS" if tls else "with ESMTP"
    s = "Received: from %s (%s [%s])\n" % (helo, rdns, ip)
    if tls:
        s += "\t" + tls + "\n"
    s += "\tby %s (Postfix) %s id %s\n\tfor <%s>; %s" % (
        MX, via, pf_qid(m.rng), m.rcpt, fmt_date(t, "de", abbr=True))
    return s


def thread_index(m):
    raw = bytes([0x01]) + bytes(m.rng.randrange(256) for _ in range(21))
    n = len(m.references or [])
    raw += bytes(m.rng.randrange(256) for _ in range(5 * n))
    return base64.b64encode(raw).decode()


class Profile:
    zone = "de"
    order = ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID",
             "In-Reply-To", "References", "MIME-Version"]
    preamble = None
    tls = TLS13

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    # -- to override
    def msgid(self, m):
        return "<%s@%s>" % (rhex(m.rng, 24), m.from_domain)

    def boundary(self, m, kind):
        return "=_" + rhex(m.rng, 32)

    def xh(self, m):
        return {}

    def transport(self, m):
        """returns (helo, rdns, ip, hops(list, newest first), t_last)"""
        raise NotImplementedError

    # -- generic
    def std(self, m):
        d = {"From": m.from_hdr, "To": m.to_hdr, "Cc": m.cc_hdr,
             "Reply-To": m.reply_to_hdr, "Subject": m.subject_hdr,
             "Date": fmt_date(m.sent, self.zone), "Message-ID": m.msgid,
             "In-Reply-To": m.in_reply_to,
             "References": "\n ".join(m.references) if m.references else None,
             "MIME-Version": "1.0"}
        d.update(self.xh(m))
        return d

    def headers(self, m):
        d = self.std(m)
        out = []
        for name in self.order:
            v = d.get(name)
            if v:
                out.append(mime.fold(name, v) if "\n" not in v else "%s: %s" % (name, v))
        for n, v in m.extra:
            out.append(mime.fold(n, v) if "\n" not in v else "%s: %s" % (n, v))
        return out


# ================================================================ clients
class Outlook365(Profile):
    """Exchange Online tenant (Outlook desktop / OWA)."""
    order = ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index",
             "Date", "Message-ID", "References", "In-Reply-To", "Accept-Language",
             "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator",
             "msip_labels", "x-ms-publictraffictype", "MIME-Version",
             "X-OriginatorOrg"]
    pod = "eurprd04"
    srv = "AM0PR04MB6785"
    srv2 = "AS8PR04MB8211"
    lang = "de-DE"
    eop = "mail-db8eur05on2071.outbound.protection.outlook.com"
    eop_ip = "40.107.20.71"
    org = None

    def msgid(self, m):
        return "<%s%s@%s.%s.prod.outlook.com>" % (self.srv, rhex(m.rng, 21, True), self.srv, self.pod)

    def boundary(self, m, kind):
        code = {"alternative": "000", "mixed": "004", "related": "006"}[kind]
        local = m.msgid[1:].split("@")[0]
        return "_%s_%s%s%s_" % (code, local, self.srv, self.pod[:4])

    def xh(self, m):
        return {"Thread-Topic": m.thread_topic, "Thread-Index": thread_index(m),
                "Accept-Language": "%s, en-US" % self.lang if self.lang != "en-US" else "en-US",
                "Content-Language": self.lang,
                "X-MS-Has-Attach": "yes" if m.has_attach else " ",
                "X-MS-TNEF-Correlator": " ", "x-ms-publictraffictype": "Email",
                "X-OriginatorOrg": self.org or m.from_domain}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 3))
        t2 = t1 + secs(m.rng.randint(0, 2))
        ip6 = "2603:10a6:%x:%x::%x" % (m.rng.randint(16, 900), m.rng.randint(16, 999), m.rng.randint(2, 40))
        hops = [
            "Received: from %s.%s.prod.outlook.com (%s) by\n %s.%s.prod.outlook.com\n"
            " (2603:10a6:20b:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8901.%d; %s" % (
                self.srv, self.pod, ip6, self.srv2, self.pod, m.rng.randint(256, 4000),
                m.rng.randint(2, 30), m.rng.randint(10, 40), fmt_date(t2, "utc", pad_day=True)),
            "Received: from %s.%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by %s.%s.prod.outlook.com\n"
            " ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.8901.%03d; %s" % (
                self.srv, self.pod, rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 4),
                self.srv, self.pod, rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 4),
                m.rng.randint(3, 9), m.rng.randint(10, 40), fmt_date(t1, "utc", pad_day=True)),
        ]
        return self.eop, self.eop, self.eop_ip, hops, t2


class ExchangeInternal(Outlook365):
    order = ["From", "To", "Cc", "Subject", "Thread-Topic", "Thread-Index", "Date",
             "Message-ID", "References", "In-Reply-To", "Accept-Language",
             "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator",
             "x-ms-exchange-transport-fromentityheader", "x-originating-ip",
             "MIME-Version"]
    mbx = "EXCH02"

    def msgid(self, m):
        return "<%s@%s.corp.example.com>" % (rhex(m.rng, 32), self.mbx)

    def boundary(self, m, kind):
        code = {"alternative": "000", "mixed": "004", "related": "006"}[kind]
        return "_%s_%s%s_" % (code, m.msgid[1:33], self.mbx + "corpexam")

    def xh(self, m):
        d = Outlook365.xh(self, m)
        d.pop("x-ms-publictraffictype", None)
        d.pop("X-OriginatorOrg", None)
        d["x-ms-exchange-transport-fromentityheader"] = "Hosted"
        d["x-originating-ip"] = "[10.30.%d.%d]" % (m.rng.randint(1, 12), m.rng.randint(20, 240))
        return d

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(0, 1))
        t2 = t1 + secs(m.rng.randint(1, 2))
        hops = [
            "Received: from EXCH02.corp.example.com (10.20.1.12) by EXCH01.corp.example.com\n"
            " (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s" % fmt_date(t2, self.zone),
            "Received: from EXCH02.corp.example.com ([fe80::%s:%s:%s:%s]) by\n"
            " EXCH02.corp.example.com ([fe80::%s:%s:%s:%s%%13]) with mapi id\n"
            " 15.02.1748.010; %s" % (rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 4),
                                    rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 4),
                                    fmt_date(t1, "de")),
        ]
        return ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", hops, t2)


class OutlookDesktop(Profile):
    """Outlook 16 with a POP/IMAP/SMTP account at a hoster or ISP."""
    order = ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject",
             "Date", "Message-ID", "MIME-Version", "X-Mailer", "Thread-Index",
             "Content-Language"]
    lang = "de"
    mailer = "Microsoft Outlook 16.0"
    preamble = "This is a multipart message in MIME format."

    def msgid(self, m):
        c = m.rng.randint(0, 0x90)
        ft = int((m.sent.timestamp() + 11644473600) * 10 ** 7) + m.rng.randint(0, 10 ** 7)
        return "<%04x%08x$%08x$%s$@%s>" % (c, ft >> 32, ft & 0xFFFFFFFF, rhex(m.rng, 8), m.from_domain)

    def boundary(self, m, kind):
        if not hasattr(m, "_olk_n"):
            m._olk_n = 0
        n = "%03d" % m._olk_n
        m._olk_n += 1
        core = m.msgid[1:].split("$")
        c = int(core[0][:4], 16) + 1
        return "----=_NextPart_%s_%04X_%s.%s" % (n, c, core[0][4:].upper(), core[1].upper())

    def xh(self, m):
        return {"X-Mailer": self.mailer, "Thread-Index": thread_index(m),
                "Content-Language": self.lang}

    def transport(self, m):
        # self.smtp: (host name shown in 'by'), self.client_ip, self.pc, self.out: (helo,rdns,ip)
        t1 = m.sent + secs(m.rng.randint(1, 4))
        hops = [self.by_line(m, t1)]
        helo, rdns, ip = self.out
        return helo, rdns, ip, hops, t1

    def by_line(self, m, t):
        return ("Received: from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) "
                "with ESMTPSA id %s;\n\t%s" % (self.pc, self.client_rdns, self.client_ip,
                                              m.env_from, self.out[0], rhex(m.rng, 10, True),
                                              fmt_date(t, self.zone, abbr=True)))


class ArubaOutlook(OutlookDesktop):
    lang = "it"
    zone = "it"

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 4))
        host = "smtpdh%02d.ad.aruba.it" % self.n
        hops = ["Received: from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
                % (self.pc, self.client_ip, ralnum(m.rng, 9) + "a" + ralnum(m.rng, 5),
                   fmt_date(t1, "it"))]
        return host, host, "62.149.155.%d" % (140 + self.n), hops, t1


class Thunderbird(Profile):
    order = ["Message-ID", "Date", "MIME-Version", "User-Agent", "Content-Language",
             "To", "Cc", "References", "From", "Reply-To", "In-Reply-To", "Subject"]
    ua = "Mozilla Thunderbird"
    lang = "de-DE"
    preamble = "This is a multi-part message in MIME format."

    def msgid(self, m):
        return "<%s@%s>" % (ruuid(m.rng), m.from_domain)

    def boundary(self, m, kind):
        return "------------" + ralnum(m.rng, 24)

    def xh(self, m):
        return {"User-Agent": self.ua, "Content-Language": self.lang}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 3))
        hops = ["Received: from [%s] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) "
                "with ESMTPSA id %s;\n\t%s" % (self.lan_ip, self.client_rdns, self.client_ip,
                                              m.env_from.split("@")[0] if self.short_auth else m.env_from,
                                              self.out[0], pf_qid(m.rng), fmt_date(t1, self.zone, abbr=True))]
        helo, rdns, ip = self.out
        return helo, rdns, ip, hops, t1

    short_auth = False
    lan_ip = "192.168.178.24"


class AppleMail(Profile):
    order = ["Content-Type-Placeholder", "MIME-Version", "Subject", "From",
             "In-Reply-To", "Date", "Cc", "Message-Id", "References", "To",
             "X-Mailer"]
    mailer = "Apple Mail (2.3826.500.181.1.5)"

    def std(self, m):
        d = Profile.std(self, m)
        d["Message-Id"] = d.pop("Message-ID")
        d["MIME-Version"] = "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))" \
            if "iPhone" not in self.mailer and "iPad" not in self.mailer else "1.0 (1.0)"
        return d

    def msgid(self, m):
        return "<%s@%s>" % (ruuid(m.rng, upper=True), m.from_domain)

    def boundary(self, m, kind):
        return "Apple-Mail=_" + ruuid(m.rng, upper=True)

    def xh(self, m):
        return {"X-Mailer": self.mailer}

    def transport(self, m):
        return Thunderbird.transport(self, m)

    lan_ip = "192.168.1.34"
    short_auth = False


class Roundcube(Profile):
    order = ["MIME-Version", "Date", "From", "To", "Cc", "Subject", "In-Reply-To",
             "References", "Reply-To", "Message-ID", "X-Sender", "User-Agent"]
    ua = "Roundcube Webmail/1.6.9"
    web_rdns = "localhost"
    web_ip = "127.0.0.1"

    def msgid(self, m):
        return "<%s@%s>" % (rhex(m.rng, 32), m.from_domain)

    def boundary(self, m, kind):
        return "=_" + rhex(m.rng, 32)

    def xh(self, m):
        return {"X-Sender": m.frm[1], "User-Agent": self.ua}

    def transport(self, m):
        t0 = m.sent + secs(0)
        t1 = m.sent + secs(m.rng.randint(1, 2))
        hops = ["Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                % (self.web, self.web_rdns, self.web_ip, self.out[0], pf_qid(m.rng), m.rcpt, fmt_date(t1, self.zone, abbr=True)),
                "Received: from %s\n\tby %s\n\twith HTTP (HTTP/1.1 POST); %s"
                % (self.client_ip, self.web, fmt_date(t0, self.zone))]
        return self.out[0], self.out[1], self.out[2], hops, t1


class Gmail(Profile):
    order = ["MIME-Version", "References", "In-Reply-To", "From", "Date",
             "X-Gm-Features", "Message-ID", "Subject", "To", "Cc", "Reply-To"]
    zone = "de"
    gzone = "uspac"

    def msgid(self, m):
        return "<CA%s%s@mail.gmail.com>" % (m.rng.choice("+BDFHJKLMNOPQRS"),
                                            ralnum(m.rng, 45, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-=+"))

    def boundary(self, m, kind):
        return "000000000000" + rhex(m.rng, 16)

    def xh(self, m):
        return {"X-Gm-Features": "AX0GCF" + ralnum(m.rng, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 2))
        n = m.rng.choice(["wm1-f45", "wr1-f54", "ej1-f50", "lf1-f41", "ed1-f46", "wm1-f52"])
        ipmap = {"wm1-f45": "209.85.128.45", "wr1-f54": "209.85.221.54", "ej1-f50": "209.85.218.50",
                 "lf1-f41": "209.85.167.41", "ed1-f46": "209.85.208.46", "wm1-f52": "209.85.128.52"}
        host = "mail-%s.google.com" % n
        sid = "%s-%sso%d%s.%d" % (rhex(m.rng, 13), rhex(m.rng, 11), m.rng.randint(1000000, 9999999),
                                  m.rng.choice(["f8f", "e9f", "a2d", "c2f"]), m.rng.randint(1, 3))
        ms = int(t1.timestamp() * 1000) - m.rng.randint(0, 900)
        hops = [
            "Received: by %s with SMTP id %s\n        for <%s>; %s" % (
                host, sid, m.rcpt, fmt_date(t1, self.gzone, abbr=True)),
            "X-Google-Smtp-Source: AGHT+I" + ralnum(m.rng, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==",
            "X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%smr%d%s.%d.%d;\n        %s" % (
                rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 3), rhex(m.rng, 4), rhex(m.rng, 3), rhex(m.rng, 13),
                rhex(m.rng, 12), m.rng.randint(1000000, 9999999), m.rng.choice(["f8f", "e9f", "a2d", "c2f"]),
                m.rng.randint(1, 40), ms, fmt_date(t1, self.gzone, abbr=True)),
        ]
        # order in real mail: Received (mx01) ; Received by ; X-Google-Smtp-Source ; X-Received
        return host, host, ipmap[n], hops, t1


class GmailSMTP(Gmail):
    """Apple Mail on iPhone/iPad submitting through smtp.gmail.com."""
    def transport(self, m):
        helo, rdns, ip, hops, t1 = Gmail.transport(self, m)
        t0 = m.sent + secs(1)
        sub = ("Received: from smtpclient.apple ([%s])\n        by smtp.gmail.com with ESMTPSA id %s\n"
               "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
               % (self.client_ip, rhex(m.rng, 13) + "-" + rhex(m.rng, 11) + "sm%d.%d" % (m.rng.randint(1000000, 9999999), m.rng.randint(1, 40)),
                  m.rcpt, fmt_date(t0, self.gzone, abbr=True)))
        hops = [h for h in hops if not h.startswith("Received: by")]
        return helo, rdns, ip, hops[:0] + [sub] + hops, t1

    client_ip = "2a02:587:6c12:8a00:c1d:91b3:2f0e:7a41"


class GoogleWorkspace(Gmail):
    def msgid(self, m):
        return Gmail.msgid(self, m)


class GMX(Profile):
    """GMX / WEB.DE webmail (3c)."""
    order = ["MIME-Version", "Message-ID", "From", "To", "Cc", "Reply-To", "Subject",
             "Date", "Importance", "Sensitivity", "X-Priority", "X-Provags-ID",
             "X-UI-Message-Type", "UI-OutboundReport"]
    webde = False

    def msgid(self, m):
        return "<trinity-%s-%d@%s>" % (ruuid(m.rng), int(m.sent.timestamp() * 1000) + m.rng.randint(1, 999),
                                        self.app)

    def boundary(self, m, kind):
        return "=_%s" % rhex(m.rng, 32)

    def xh(self, m):
        return {"Importance": "normal", "Sensitivity": "Normal", "X-Priority": "3",
                "X-Provags-ID": "V03:K1:" + ralnum(m.rng, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
                "X-UI-Message-Type": "mail",
                "UI-OutboundReport": "notjunk:1;M01:P0:" + ralnum(m.rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "="}

    @property
    def app(self):
        return ("3c-app-webde-bap%02d" if self.webde else "3c-app-gmx-bs%02d") % self.appn

    appn = 14

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(0, 1))
        net = "web-mail.web.de" if self.webde else "web-mail.gmx.net"
        hops = ["Received: from [%s] ([%s]) by %s\n (%s.server.lan [172.19.172.%d])\n (via HTTP); %s"
                % (self.client_ip, self.client_ip, net, self.app, m.rng.randint(10, 200),
                   fmt_date(t1, "de"))]
        if self.webde:
            return "mout.web.de", "mout.web.de", "217.72.192.78", hops, t1
        return "mout.gmx.net", "mout.gmx.net", "212.227.15.19", hops, t1


class OpenXchange(Profile):
    """Libero / Virgilio webmail (Open-Xchange App Suite)."""
    order = ["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To",
             "References", "Subject", "MIME-Version", "X-Priority", "Importance",
             "X-Mailer", "X-Originating-IP", "X-Originating-Client"]
    zone = "it"

    def msgid(self, m):
        return "<%d.%d.%d@%s>" % (m.rng.randint(100000000, 2099999999), m.rng.randint(100000, 9999999),
                                  int(m.sent.timestamp() * 1000) - m.rng.randint(100, 900), self.host)

    host = "mail1.libero.it"

    def boundary(self, m, kind):
        return "----=_Part_%d_%d.%d" % (m.rng.randint(100000, 999999), m.rng.randint(100000000, 2099999999),
                                         int(m.sent.timestamp() * 1000))

    def xh(self, m):
        return {"X-Priority": "3", "Importance": "Normal",
                "X-Mailer": "Open-Xchange Mailer v7.10.6-Rev71",
                "X-Originating-IP": self.client_ip,
                "X-Originating-Client": "open-xchange-appsuite"}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 3))
        hops = ["Received: from libero.it ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s"
                % (self.client_ip, self.n, ralnum(m.rng, 18), fmt_date(t1, "it"))]
        return ("smtp-%d.iol.local" % self.n, "smtp-%d-i2.italiaonline.it" % self.n,
                "213.209.10.%d" % (20 + self.n), hops, t1)

    n = 35
    client_ip = "93.41.212.17"


class Yandex(Profile):
    order = ["From", "To", "Cc", "Reply-To", "In-Reply-To", "References", "Subject",
             "MIME-Version", "X-Mailer", "Date", "Message-Id"]
    zone = "ru"

    def std(self, m):
        d = Profile.std(self, m)
        d["Message-Id"] = d.pop("Message-ID")
        return d

    def msgid(self, m):
        return "<%d%d@mail.yandex.ru>" % (m.rng.randint(100000, 999999), int(m.sent.timestamp()))

    def boundary(self, m, kind):
        return "----==--bound.%d.%s.yp-c.yandex.net" % (m.rng.randint(100000, 999999),
                                                         "myt5-" + rhex(m.rng, 12))

    def xh(self, m):
        return {"X-Mailer": "Yamail [ http://yandex.ru ] 5.0"}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(0, 1))
        t2 = t1 + secs(1)
        fw = "forward%d%s.mail.yandex.net" % (m.rng.choice([500, 501, 502, 100, 101]), m.rng.choice("abcd"))
        mxb = "mail-nwsmtp-mxback-production-main-%d.klg.yp-c.yandex.net" % m.rng.randint(10, 90)
        web = "myt5-%s.qloud-c.yandex.net" % rhex(m.rng, 12)
        hops = [
            "Received: from %s\n (%s [IPv6:2a02:6b8:c42:%s:0:640:%s:0])\n"
            "\tby %s (Yandex) with ESMTPS id %s;\n\t%s" % (
                mxb, mxb, rhex(m.rng, 4), rhex(m.rng, 4), fw, ralnum(m.rng, 10), fmt_date(t2, "ru")),
            "Received: from %s (%s [2a02:6b8:c12:%s:0:640:%s:0])\n"
            "\tby %s (mxback/Yandex) with HTTP id %s;\n\t%s" % (
                web, web, rhex(m.rng, 4), rhex(m.rng, 4), mxb, ralnum(m.rng, 12), fmt_date(t1, "ru")),
        ]
        return fw, fw, "178.154.239.%d" % m.rng.randint(64, 220), hops, t2


class MailRu(Profile):
    order = ["From", "To", "Cc", "Subject", "MIME-Version", "X-Mailer", "X-Originating-IP",
             "Date", "Reply-To", "X-Priority", "Message-ID"]
    zone = "ru"

    def msgid(self, m):
        m._mru_f = m.rng.randint(100, 799)
        return "<%d.%d@f%d.i.mail.ru>" % (int(m.sent.timestamp()), m.rng.randint(100000000, 999999999), m._mru_f)

    def boundary(self, m, kind):
        return "--ALT--%s%d" % (rhex(m.rng, 32, True), int(m.sent.timestamp()))

    def xh(self, m):
        return {"X-Mailer": "Mail.Ru Mailer 1.0", "X-Originating-IP": "[%s]" % self.client_ip,
                "X-Priority": "3 (Normal)"}

    def transport(self, m):
        t1 = m.sent + secs(1)
        n = m._mru_f
        hops = ["Received: by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid 1v%s-%s-%s;\n\t%s"
                % (n, m.env_from, ralnum(m.rng, 4), ralnum(m.rng, 6), ralnum(m.rng, 2), fmt_date(t1, "ru"))]
        host = "smtp%d.i.mail.ru" % m.rng.randint(30, 60)
        return host, host, "95.163.41.%d" % m.rng.randint(60, 99), hops, t1

    client_ip = "83.149.44.17"


class WP(Profile):
    """Poczta WP (wp.pl) webmail."""
    order = ["Date", "From", "To", "Cc", "Subject", "Message-ID", "MIME-Version",
             "X-Mailer", "X-WP-MailID", "X-WP-SPAM"]
    zone = "pl"

    def msgid(self, m):
        return "<%s@wp.pl>" % rhex(m.rng, 32)

    def boundary(self, m, kind):
        return "=_" + rhex(m.rng, 32)

    def xh(self, m):
        return {"X-Mailer": "Poczta WP", "X-WP-MailID": rhex(m.rng, 32)}

    def transport(self, m):
        t1 = m.sent + secs(1)
        hops = ["Received: from [%s] by poczta.wp.pl (WP)\n\twith HTTPS; %s" % (self.client_ip, fmt_date(t1, "pl"))]
        return "mx4.wp.pl", "mx4.wp.pl", "212.77.101.12", hops, t1

    client_ip = "83.24.150.211"


class PHPMailer(Profile):
    order = ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer",
             "MIME-Version"]
    version = "6.9.1"

    def msgid(self, m):
        return "<%s@%s>" % (ralnum(m.rng, 43), self.host)

    def boundary(self, m, kind):
        if not hasattr(m, "_phpu"):
            m._phpu = ralnum(m.rng, 43)
            m._phpn = 0
        m._phpn += 1
        return "b%d=_%s" % (m._phpn, m._phpu)

    def xh(self, m):
        return {"X-Mailer": "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % self.version}

    host = "localhost"


class Exim(PHPMailer):
    """Compromised cPanel host (Exim) sending with a script or webmail."""
    order = ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer",
             "MIME-Version"]

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(0, 2))
        eid = "1v%s-%s-%s" % (ralnum(m.rng, 4), ralnum(m.rng, 6, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), ralnum(m.rng, 2))
        if self.local:
            hops = ["Received: from %s by %s with local (Exim 4.98.1)\n\t(envelope-from <%s>)\n"
                    "\tid %s\n\tfor %s; %s" % (self.user, self.server, m.env_from, eid, m.rcpt,
                                                 fmt_date(t1, self.zone))]
        else:
            hops = ["Received: from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.2) tls "
                    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.98.1)\n\t(envelope-from <%s>)\n"
                    "\tid %s\n\tfor %s; %s" % (self.client_ip, m.rng.randint(49152, 65000), self.client_helo,
                                                 self.server, m.env_from, eid, m.rcpt,
                                                 fmt_date(t1, self.zone))]
        m.extra_after = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                         ("X-AntiAbuse", "Primary Hostname - %s" % self.server),
                         ("X-AntiAbuse", "Original Domain - example.com"),
                         ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
                         ("X-AntiAbuse", "Sender Address Domain - %s" % m.env_from.split("@")[1]),
                         ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (self.server, m.env_from)),
                         ("X-Authenticated-Sender", "%s: %s" % (self.server, m.env_from))]
        return self.server, self.server, self.server_ip, hops, t1

    local = False
    client_helo = "[192.168.0.102]"


class VPSPostfix(PHPMailer):
    """Attacker-controlled look-alike domain on a VPS; client header mimics
    a normal MUA (given by .mua: 'outlook', 'thunderbird', 'php')."""
    mua = "outlook"

    def msgid(self, m):
        if self.mua == "outlook":
            return OutlookDesktop.msgid(self, m)
        if self.mua == "thunderbird":
            return Thunderbird.msgid(self, m)
        return PHPMailer.msgid(self, m)

    def boundary(self, m, kind):
        if self.mua == "outlook":
            return OutlookDesktop.boundary(self, m, kind)
        if self.mua == "thunderbird":
            return Thunderbird.boundary(self, m, kind)
        return PHPMailer.boundary(self, m, kind)

    @property
    def order(self):
        if self.mua == "outlook":
            return OutlookDesktop.order
        if self.mua == "thunderbird":
            return Thunderbird.order
        return PHPMailer.order

    def xh(self, m):
        if self.mua == "outlook":
            return {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": thread_index(m),
                    "Content-Language": self.lang}
        if self.mua == "thunderbird":
            return {"User-Agent": "Mozilla Thunderbird", "Content-Language": self.lang}
        return PHPMailer.xh(self, m)

    lang = "de"

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 3))
        hops = ["Received: from [%s] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                % (self.lan, self.client_ip, self.helo, rhex(m.rng, 10, True), m.rcpt,
                   fmt_date(t1, "utc", abbr=True))]
        return self.helo, self.rdns, self.ip, hops, t1

    lan = "127.0.0.1"
    client_ip = "185.220.101.47"


# ================================================================ ESPs
class SendGrid(Profile):
    order = ["From", "To", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version",
             "X-SG-EID", "X-SG-ID", "X-Entity-ID", "List-Unsubscribe", "List-Unsubscribe-Post"]

    def msgid(self, m):
        return "<%s@geopod-ismtpd-%d>" % (ralnum(m.rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
                                           m.rng.randint(1, 40))

    def boundary(self, m, kind):
        return rhex(m.rng, 64)

    def xh(self, m):
        b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        return {"X-SG-EID": "u001." + ralnum(m.rng, 120, b64),
                "X-SG-ID": "u001." + ralnum(m.rng, 80, b64),
                "X-Entity-ID": "u001." + ralnum(m.rng, 22, b64) + "=="}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(0, 2))
        n = m.rng.randint(10, 250)
        ip = "149.72.%d.%d" % (m.rng.randint(1, 250), m.rng.randint(1, 250))
        host = "wrqvb%s.outbound-mail.sendgrid.net" % ralnum(m.rng, 4, "abcdefghijklmnopqrstuvwxyz")
        if self.dedicated:
            host = "o%d.ptr%d.%s" % (m.rng.randint(1, 9), m.rng.randint(1000, 9999), self.dedicated)
        hops = [
            "Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\n"
            "        %s" % (rhex(m.rng, 10), rhex(m.rng, 5), rhex(m.rng, 10), rhex(m.rng, 5),
                            rhex(m.rng, 8, True), rhex(m.rng, 2, True) + "-" + str(n), fmt_date(t1, "utc", abbr=True)),
            "Received: from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\t%s" % (
                rhex(m.rng, 12), m.rng.randint(1, 40), ralnum(m.rng, 22), fmt_date(m.sent, "utc", abbr=True)),
        ]
        return host, host, ip, hops, t1

    dedicated = None


class Mailgun(Profile):
    order = ["From", "To", "Reply-To", "Subject", "Date", "Message-Id", "MIME-Version",
             "X-Mailgun-Sid", "X-Mailgun-Tag", "X-Mailgun-Variables", "Sender",
             "List-Unsubscribe", "List-Unsubscribe-Post"]

    def std(self, m):
        d = Profile.std(self, m)
        d["Message-Id"] = d.pop("Message-ID")
        return d

    def sender(self, m):
        return "%s@%s" % (m.env_from.split("@")[0], self.mgdomain)

    def msgid(self, m):
        return "<%s.%s@%s>" % (m.sent.strftime("%Y%m%d%H%M%S"), rhex(m.rng, 16), self.mgdomain)

    def boundary(self, m, kind):
        return rhex(m.rng, 64)

    def xh(self, m):
        return {"X-Mailgun-Sid": "WyI" + ralnum(m.rng, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "In0="}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(0, 2))
        hops = ["Received: by %s with HTTP; %s" % (self.api_host, fmt_date(t1, "utc"))]
        host = "m%d-%d.mailgun.net" % (m.rng.randint(10, 250), m.rng.randint(1, 250))
        return host, host, "159.135.%d.%d" % (m.rng.randint(224, 239), m.rng.randint(1, 250)), hops, t1

    api_host = "luna.mailgun.net"


class Brevo(Profile):
    order = ["MIME-Version", "From", "Reply-To", "To", "Subject", "Date", "Message-Id",
             "List-Unsubscribe", "List-Unsubscribe-Post", "Feedback-ID", "X-Mailin-EID",
             "X-sib-id", "X-CSA-Complaints", "Origin-messageId", "X-Mailer"]

    def std(self, m):
        d = Profile.std(self, m)
        d["Message-Id"] = d.pop("Message-ID")
        return d

    def msgid(self, m):
        return "<%s.%d@smtp-relay.mailin.fr>" % (m.sent.strftime("%Y%m%d%H%M"), m.rng.randint(10 ** 10, 10 ** 11))

    def boundary(self, m, kind):
        return "--=_Part_%d_%d.%d" % (m.rng.randint(1000, 99999), m.rng.randint(10 ** 8, 10 ** 9),
                                       int(m.sent.timestamp() * 1000))

    def xh(self, m):
        b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        return {"Feedback-ID": "%d.%d.%d:%d:Sendinblue" % (m.rng.randint(10, 99), m.rng.randint(1000000, 9999999),
                                                          m.rng.randint(1, 999), m.rng.randint(10, 999)),
                "X-Mailin-EID": ralnum(m.rng, 40, b64),
                "X-sib-id": ralnum(m.rng, 90, b64),
                "X-CSA-Complaints": "csa-complaints@eco.de",
                "Origin-messageId": "<%s@smtp-relay.sendinblue.com>" % rhex(m.rng, 24)}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(0, 2))
        n = m.rng.randint(1, 99)
        host = "%s.sendibt3.com" % ralnum(m.rng, 6, "abcdefghijklmnopqrstuvwxyz")
        ip = "77.32.148.%d" % m.rng.randint(10, 250)
        hops = ["Received: from smtp-relay.brevo.com (%s) by %s\n\twith ESMTP id %s; %s"
                % ("[127.0.0.1]", host, rhex(m.rng, 10, True), fmt_date(t1, "utc", abbr=True))]
        return host, host, ip, hops, t1


class SES(Profile):
    order = ["From", "To", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version",
             "List-Unsubscribe", "List-Unsubscribe-Post", "Feedback-ID", "X-SES-Outgoing"]
    region = "eu-west-1"

    def msgid(self, m):
        return "<0102019%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
            rhex(m.rng, 5), rhex(m.rng, 8), rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 4),
            rhex(m.rng, 12), self.region)

    def boundary(self, m, kind):
        return "----=_Part_%d_%d.%d" % (m.rng.randint(100000, 9999999), m.rng.randint(10 ** 8, 2 * 10 ** 9),
                                         int(m.sent.timestamp() * 1000))

    def xh(self, m):
        return {"Feedback-ID": "::1.%s.%s=:AmazonSES" % (self.region, ralnum(m.rng, 43)),
                "X-SES-Outgoing": "%s-%s" % (local(m.sent, "utc").strftime("%Y.%m.%d"), self.ip)}

    @property
    def ip(self):
        return "54.240.7.%d" % self.ipn

    ipn = 17

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(0, 1))
        host = "a7-%d.smtp-out.%s.amazonses.com" % (self.ipn, self.region)
        return host, host, self.ip, [], t1


class Mailchimp(Profile):
    order = ["Subject", "From", "Reply-To", "To", "Date", "List-Unsubscribe",
             "List-Unsubscribe-Post", "X-Mailer", "X-Campaign", "X-campaignid",
             "X-Report-Abuse", "X-MC-User", "Feedback-ID", "X-Accounttype",
             "List-Id", "Message-ID", "MIME-Version"]

    def msgid(self, m):
        return "<%s.%s@mail%d.atl%d.rsgsv.net>" % (rhex(m.rng, 25), rhex(m.rng, 10), m.rng.randint(100, 250),
                                                   m.rng.randint(100, 250))

    def boundary(self, m, kind):
        return "_----------=_MCPart_%d" % m.rng.randint(10 ** 9, 2 * 10 ** 9)

    def xh(self, m):
        u = rhex(m.rng, 25)
        c = rhex(m.rng, 10)
        return {"X-Mailer": "MailChimp Mailer - **CID%s%s**" % (c, rhex(m.rng, 10)),
                "X-Campaign": "mailchimp%s.%s" % (u, c), "X-campaignid": "mailchimp%s.%s" % (u, c),
                "X-Report-Abuse": "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, c, rhex(m.rng, 10)),
                "X-MC-User": u, "Feedback-ID": "%d:%d.%d:us%d:mc" % (m.rng.randint(10 ** 7, 10 ** 8), m.rng.randint(10 ** 7, 10 ** 8), m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(1, 21)),
                "X-Accounttype": "pd", "List-Id": self.list_id}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 30))
        n = m.rng.randint(1, 250)
        host = "mail%d.atl%d.mcsv.net" % (m.rng.randint(100, 250), m.rng.randint(100, 250))
        hops = ["Received: from (127.0.0.1) by %s id %s for <%s>; %s" % (
            host, ralnum(m.rng, 12, "abcdefghijklmnopqrstuvwxyz0123456789"), m.rcpt, fmt_date(m.sent, "utc", pad_day=True))]
        return host, host, "198.2.%d.%d" % (m.rng.randint(128, 191), n), hops, t1


# ================================================================ generic
class Custom(Profile):
    """Fully specified by keyword args: out=(helo,rdns,ip), hops_fn(m)->list,
    msgid_fn(m), order, xh_fn(m), boundary_fn(m,kind)."""
    hops_fn = None

    def msgid(self, m):
        return self.msgid_fn(m)

    def boundary(self, m, kind):
        return self.boundary_fn(m, kind) if self.boundary_fn else rhex(m.rng, 32)

    boundary_fn = None

    def xh(self, m):
        return self.xh_fn(m) if self.xh_fn else {}

    xh_fn = None

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 3))
        hops = self.hops_fn(m, t1) if self.hops_fn else []
        return self.out[0], self.out[1], self.out[2], hops, t1


def own_postfix_hop(m, t, host, client_desc, auth=True, zone="de", qid=None, tls=False):
    s = "Received: from %s\n" % client_desc
    if auth:
        s += "\t(Authenticated sender: %s)\n" % m.env_from
    s += "\tby %s (Postfix) with %s id %s;\n\t%s" % (
        host, "ESMTPSA" if auth else "ESMTP", qid or rhex(m.rng, 10, True), fmt_date(t, zone, abbr=True))
    return s


class Combo(Profile):
    """Headers/Message-ID/boundaries of one system (mua), transport of
    another (via)."""
    def __init__(self, mua, via, **kw):
        self.mua, self.via = mua, via
        Profile.__init__(self, **kw)

    @property
    def zone(self):
        return self.mua.zone

    @property
    def preamble(self):
        return self.mua.preamble

    @property
    def tls(self):
        return self.via.tls

    def msgid(self, m):
        return self.mua.msgid(m)

    def boundary(self, m, kind):
        return self.mua.boundary(m, kind)

    def headers(self, m):
        return self.mua.headers(m)

    def transport(self, m):
        return self.via.transport(m)


class VPS(Profile):
    """Attacker-run Postfix on a rented VPS (look-alike domain)."""
    lan = "127.0.0.1"
    stamp_zone = "utc"

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 3))
        hops = []
        if self.submit_ip:
            hops = ["Received: from [%s] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s"
                    % (self.lan, self.submit_ip, self.helo, rhex(m.rng, 10, True),
                       fmt_date(t1, self.stamp_zone, abbr=True))]
        elif self.local_user:
            hops = ["Received: by %s (Postfix, from userid %d)\n\tid %s; %s"
                    % (self.helo, self.local_user, rhex(m.rng, 10, True), fmt_date(t1, self.stamp_zone, abbr=True))]
        return self.helo, self.rdns, self.ip, hops, t1

    submit_ip = None
    local_user = None


class Direct(Profile):
    """Bot / script talking straight to mx01 (no own hops)."""
    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(5, 40))
        return self.helo, self.rdns, self.ip, [], t1


class TheBat(Profile):
    order = ["Date", "From", "X-Mailer", "Reply-To", "X-Priority", "Message-ID", "To", "Cc", "Subject",
             "In-Reply-To", "References", "MIME-Version"]
    zone = "ru"
    mailer = "The Bat! (v11.2.3) Professional"
    preamble = None

    def msgid(self, m):
        from util import local as _l
        return "<%d.%s@%s>" % (m.rng.randint(10 ** 8, 2 * 10 ** 9), _l(m.sent, self.zone).strftime("%Y%m%d%H%M%S"),
                               m.from_domain)

    def boundary(self, m, kind):
        return "----------" + rhex(m.rng, 15, True)

    def xh(self, m):
        return {"X-Mailer": self.mailer, "X-Priority": "3 (Normal)"}
