"""Sending infrastructure: transport paths (Received chains) and mail user agents
(Message-ID, X-Mailer, header order, MIME boundaries) in each system's own style."""
from util import (rfcdate, secs, tok, digits, uuid4, b64tok, postfix_qid, HEX, ALNUM, UPALNUM, in_zone)

MX = "mx01.example.com"


class Route:
    def __init__(self, k):
        self.k = k
        self.hops = []          # Received values below mx01, top -> bottom
        self.client = None      # (helo, rdns, ip)
        self.tls = "1.3"
        self.return_path = None
        self.date = None
        self.msgid = None
        self.order = []
        self.auto = {}          # lower name -> (Name, value)
        self.pre = []           # trace-ish headers right under the Received block
        self.bstyle = "generic"
        self.note = ""          # infrastructure description for the manifest
        self._bn = 0

    def set(self, name, value):
        self.auto[name.lower()] = (name, value)

    def boundary(self):
        n, self._bn = self._bn, self._bn + 1
        r, s = self.k.rng, self.bstyle
        if s == "exchange":
            return "_%03d_%s_" % (n, self._bseed)
        if s == "outlook16":
            return "----=_NextPart_%03d_%04X_%s" % (n, r.randrange(1, 0x40), self._bseed)
        if s == "wlm":
            return "----=_NextPart_%03d_%04X_%s" % (n, r.randrange(1, 0x40), self._bseed)
        if s == "gmail":
            return "0000000000" + tok(r, 14)
        if s == "thunderbird":
            return "------------" + tok(r, 24, ALNUM)
        if s == "apple":
            return "Apple-Mail=_" + uuid4(r, upper=True)
        if s == "roundcube":
            return "=_" + tok(r, 32)
        if s in ("javamail", "ox", "ses"):
            return "----=_Part_%d_%s.%s" % (r.randrange(10, 999999), digits(r, 9), digits(r, 13))
        if s == "phpmailer":
            return "b%d=_%s" % (n + 1, tok(r, 40, ALNUM))
        if s == "thebat":
            return "------------%s" % tok(r, 16, "0123456789ABCDEF")
        if s == "sendgrid":
            return tok(r, 64)
        if s == "mailgun":
            return tok(r, 32)
        if s == "yamail":
            return "--" + tok(r, 32)
        return "=_%s_%d" % (tok(r, 20, ALNUM), n)


def _t(k, back):
    return k.t - secs(back)


# ====================================================================== MUAs
def mua_exchange(rt, server, domain, office, subject, reply=False, attach=False, lang_tag="de-DE"):
    k = rt.k
    h = tok(k.rng, 32)
    rt.msgid = "<%s@%s.%s>" % (h, server, domain)
    rt._bseed = "%s%s%s" % (h, server, domain.replace(".", ""))
    rt.bstyle = "exchange"
    ti = bytes([0x01, 0xDB + k.rng.randrange(2)]) + bytes(k.rng.randrange(256) for _ in range(20 + (5 if reply else 0)))
    import base64
    topic = subject
    for p in ("AW: ", "RE: ", "Re: ", "R: ", "RV: ", "ΑΠ: ", "ΘΕΜΑ: ", "Odp: ", "FW: ", "WG: "):
        if topic.startswith(p):
            topic = topic[len(p):]
    rt.topic = topic
    rt.set("Thread-Topic", "__TOPIC__")
    rt.set("Thread-Index", base64.b64encode(ti).decode())
    rt.set("Accept-Language", "%s, en-US" % lang_tag)
    rt.set("Content-Language", lang_tag)
    rt.set("X-MS-Has-Attach", "yes" if attach else "")
    rt.set("X-MS-TNEF-Correlator", "")
    oip = {"DE": "10.20.34.", "IT": "10.31.12.", "PL": "10.32.8.", "ES": "10.33.5.", "GR": "10.34.6.",
           "UK": "10.35.4.", "RU": "10.36.9.", "X": "192.168.20."}[office]
    rt.set("x-originating-ip", "[%s%d]" % (oip, k.rng.randrange(20, 220)))
    rt.order = ["from", "to", "cc", "subject", "thread-topic", "thread-index", "date", "message-id",
                "references", "in-reply-to", "reply-to", "accept-language", "content-language",
                "x-ms-has-attach", "x-ms-tnef-correlator", "x-originating-ip", "content", "mime-version"]


def mua_exo(rt, srv, region, subject, reply=False, attach=False, lang_tag="en-GB", tenant_uuid=None):
    k = rt.k
    import base64
    rt.msgid = "<%s%s@%s.%s.%s>" % (srv, tok(k.rng, 26, "0123456789ABCDEF"), srv,
                                    region, "prod.outlook.com" if region.islower() else "PROD.OUTLOOK.COM")
    rt._bseed = rt.msgid[1:].split("@")[0][:38] + srv + region[:4]
    rt.bstyle = "exchange"
    ti = bytes([0x01, 0xDB]) + bytes(k.rng.randrange(256) for _ in range(20 + (5 if reply else 0)))
    topic = subject
    for p in ("RE: ", "Re: ", "FW: ", "AW: "):
        if topic.startswith(p):
            topic = topic[len(p):]
    rt.topic = topic
    rt.set("Thread-Topic", "__TOPIC__")
    rt.set("Thread-Index", base64.b64encode(ti).decode())
    rt.set("Accept-Language", "%s, en-US" % lang_tag)
    rt.set("Content-Language", lang_tag)
    rt.set("X-MS-Has-Attach", "yes" if attach else "")
    rt.set("X-MS-TNEF-Correlator", "")
    rt.set("x-ms-publictraffictype", "Email")
    rt.set("X-MS-Office365-Filtering-Correlation-Id", uuid4(k.rng))
    rt.set("X-MS-Exchange-CrossTenant-OriginalArrivalTime", in_zone(rt.date_utc, "UTC").strftime(
        "%d %b %Y %H:%M:%S.") + digits(k.rng, 4) + " (UTC)")
    rt.set("X-MS-Exchange-CrossTenant-Id", tenant_uuid or uuid4(k.rng))
    rt.set("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted")
    rt.set("X-OriginatorOrg", rt.k.sender_domain)
    rt.order = ["from", "to", "cc", "subject", "thread-topic", "thread-index", "date", "message-id",
                "references", "in-reply-to", "reply-to", "accept-language", "content-language",
                "x-ms-has-attach", "x-ms-tnef-correlator", "x-ms-publictraffictype",
                "x-ms-office365-filtering-correlation-id", "content", "mime-version"]


def mua_outlook16(rt, domain, lang="de"):
    k = rt.k
    rt.msgid = "<%04x01db%s$%s$%s$@%s>" % (k.rng.randrange(1, 0x200), tok(k.rng, 4), tok(k.rng, 8),
                                         tok(k.rng, 8), domain)
    rt._bseed = "01DB%s.%s" % (tok(k.rng, 4, "0123456789ABCDEF"), tok(k.rng, 8, "0123456789ABCDEF"))
    rt.bstyle = "outlook16"
    import base64
    rt.set("X-Mailer", "Microsoft Outlook 16.0")
    rt.set("Thread-Index", base64.b64encode(bytes([1, 0xDB]) + bytes(k.rng.randrange(256) for _ in range(20))).decode())
    rt.set("Content-Language", lang)
    rt.order = ["from", "to", "cc", "references", "in-reply-to", "subject", "date", "message-id",
                "mime-version", "content", "x-mailer", "thread-index", "content-language", "reply-to"]


def mua_gmail(rt):
    k = rt.k
    rt.msgid = "<CA%s@mail.gmail.com>" % (tok(k.rng, 1, "BEFJK") + tok(k.rng, 48, ALNUM + "+_-=").replace("=", "x"))
    rt.bstyle = "gmail"
    rt.set("X-Gm-Features", "A" + tok(k.rng, 60, ALNUM + "_-"))
    rt.order = ["mime-version", "references", "in-reply-to", "from", "date", "x-gm-features", "message-id",
                "subject", "to", "cc", "reply-to", "content"]


def mua_thunderbird(rt, domain, lang="de-DE"):
    k = rt.k
    rt.msgid = "<%s@%s>" % (uuid4(k.rng), domain)
    rt.bstyle = "thunderbird"
    rt.set("User-Agent", "Mozilla Thunderbird")
    rt.set("Content-Language", lang)
    rt.order = ["message-id", "date", "mime-version", "user-agent", "subject", "content-language", "to", "cc",
                "references", "from", "in-reply-to", "reply-to", "content"]


def mua_iphone(rt, domain, build="22B91"):
    k = rt.k
    rt.msgid = "<%s@%s>" % (uuid4(k.rng, upper=True), domain)
    rt.bstyle = "apple"
    rt.set("X-Mailer", "iPhone Mail (%s)" % build)
    rt.set("Mime-Version", "1.0 (1.0)")
    rt.order = ["content", "from", "mime-version", "date", "subject", "message-id", "references", "in-reply-to",
                "cc", "to", "reply-to", "x-mailer"]


def mua_roundcube(rt, domain, sender, version="1.6.9"):
    k = rt.k
    rt.msgid = "<%s@%s>" % (tok(k.rng, 32), domain)
    rt.bstyle = "roundcube"
    rt.set("X-Sender", sender)
    rt.set("User-Agent", "Roundcube Webmail/%s" % version)
    rt.order = ["mime-version", "date", "from", "to", "cc", "subject", "reply-to", "in-reply-to", "references",
                "message-id", "x-sender", "user-agent", "content"]


def mua_ox_libero(rt):
    k = rt.k
    rt.msgid = "<%s.%s.%s@mail1.libero.it>" % (digits(k.rng, 10), digits(k.rng, 6), digits(k.rng, 13))
    rt.bstyle = "ox"
    rt.set("Importance", "Normal")
    rt.set("X-Priority", "3 (Normal)")
    rt.set("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62")
    rt.set("X-Originating-Client", "open-xchange-appsuite")
    rt.order = ["date", "from", "to", "cc", "message-id", "in-reply-to", "references", "subject", "mime-version",
                "content", "importance", "x-priority", "x-mailer", "x-originating-client", "reply-to"]


def mua_gmx_web(rt, host="3c-app-gmx-bap47"):
    k = rt.k
    rt.msgid = "<trinity-%s-%s@%s>" % (uuid4(k.rng), digits(k.rng, 13), host)
    rt.bstyle = "generic"
    rt.set("Importance", "normal")
    rt.set("Sensitivity", "Normal")
    rt.set("X-Priority", "3")
    rt.set("X-Provags-ID", "V03:K1:" + b64tok(k.rng, 48).rstrip("="))
    rt.set("X-UI-Message-Type", "mail")
    rt.order = ["mime-version", "message-id", "from", "to", "subject", "content", "date", "importance",
                "sensitivity", "x-priority", "x-provags-id", "x-ui-message-type", "reply-to"]


def mua_yamail(rt, host="mail.yandex.ru"):
    k = rt.k
    rt.msgid = "<%s@%s>" % (digits(k.rng, 15), host)
    rt.bstyle = "yamail"
    rt.set("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")
    rt.order = ["x-mailer", "from", "to", "cc", "in-reply-to", "references", "subject", "mime-version", "date",
                "message-id", "content", "reply-to"]


def mua_thebat(rt, domain, version="v11.2.1"):
    k = rt.k
    stamp = in_zone(rt.date_utc, "MSK").strftime("%Y%m%d%H%M%S")
    rt.msgid = "<%s.%s@%s>" % (digits(k.rng, 9), stamp, domain)
    rt.bstyle = "thebat"
    rt.set("X-Mailer", "The Bat! (%s) Professional" % version)
    rt.set("X-Priority", "3 (Normal)")
    rt.order = ["date", "from", "x-mailer", "reply-to", "x-priority", "message-id", "to", "cc", "subject",
                "in-reply-to", "references", "mime-version", "content"]


def mua_wlm(rt, pcname):
    k = rt.k
    rt.msgid = "<%s@%s>" % (tok(k.rng, 32, "0123456789ABCDEF"), pcname)
    rt._bseed = "01DB%s.%s" % (tok(k.rng, 4, "0123456789ABCDEF"), tok(k.rng, 8, "0123456789ABCDEF"))
    rt.bstyle = "wlm"
    rt.set("X-Priority", "3")
    rt.set("X-MSMail-Priority", "Normal")
    rt.set("Importance", "Normal")
    rt.set("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")
    rt.set("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")
    rt.order = ["message-id", "from", "to", "subject", "date", "mime-version", "content", "x-priority",
                "x-msmail-priority", "importance", "x-mailer", "x-mimeole", "reply-to"]


def mua_phpmailer(rt, host, version="6.9.1"):
    k = rt.k
    rt.msgid = "<%s@%s>" % (tok(k.rng, 43, ALNUM), host)
    rt.bstyle = "phpmailer"
    rt.set("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % version)
    rt.order = ["date", "to", "from", "reply-to", "subject", "message-id", "x-mailer", "mime-version", "content"]


def mua_javamail(rt, host):
    k = rt.k
    rt.msgid = "<%s.%s.%s@%s>" % (digits(k.rng, 9), k.rng.randrange(2, 90), digits(k.rng, 13), host)
    rt.bstyle = "javamail"
    rt.order = ["date", "from", "reply-to", "to", "cc", "message-id", "subject", "mime-version", "content"]


def mua_proton(rt):
    k = rt.k
    rt.msgid = "<%s=@proton.me>" % tok(k.rng, 86, ALNUM + "_-")
    rt.bstyle = "generic"
    rt.set("X-Pm-Message-Id", tok(k.rng, 86, ALNUM + "_-") + "==")
    rt.order = ["date", "to", "from", "subject", "message-id", "x-pm-message-id", "mime-version", "content"]


def mua_plain(rt, msgid, bstyle="generic", order=None):
    rt.msgid = msgid
    rt.bstyle = bstyle
    rt.order = order or ["date", "from", "reply-to", "to", "cc", "subject", "message-id", "mime-version", "content"]


# ================================================================ transports
def _date(rt, back, zone, pad=True):
    rt.date_utc = rt.k.t - secs(back)
    rt.date = rfcdate(rt.date_utc, zone, pad=pad)


def t_internal(rt, office_zone="CET", server="EXDE01", back=25):
    k = rt.k
    _date(rt, back, office_zone, pad=False)
    rt.client = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25")
    rt.hops = [
        "from %s.corp.example.com (%s.corp.example.com [10.20.1.11])\n\tby mail-int01.example.com (Postfix) "
        "with ESMTPS id %s\n\tfor <%s>; %s" % (server, server.lower(), postfix_qid(k.rng), k.rcpt,
                                              rfcdate(_t(k, 2), "CET", comment=True)),
        "from EXDE02.corp.example.com (10.20.1.12) by %s.corp.example.com\n (10.20.1.11) with Microsoft SMTP Server "
        "(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.24; %s" % (
            server, rfcdate(_t(k, 4), "CET", pad=False)),
        "from EXDE02.corp.example.com ([fe80::6d1c:2a4b:9e37:1f05]) by\n EXDE02.corp.example.com "
        "([fe80::6d1c:2a4b:9e37:1f05%%12]) with mapi id\n 15.02.1748.024; %s" % rfcdate(_t(k, 5), "CET", pad=False),
    ]
    rt.return_path = k.sender
    rt.note = "internal: Outlook -> Exchange 2019 (EXDE02) -> EXDE01 -> relay mail-int01 -> mx01"


EXO_OUT = {
    "eur05": ("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05on2%03d.outbound.protection.outlook.com",
              "40.107.22.%d"),
    "eur03": ("EUR03-DBA-obe.outbound.protection.outlook.com", "mail-dbaeur03on2%03d.outbound.protection.outlook.com",
              "40.107.104.%d"),
    "eur02": ("EUR02-DB5-obe.outbound.protection.outlook.com", "mail-db5eur02on2%03d.outbound.protection.outlook.com",
              "40.107.249.%d"),
    "gbr01": ("GBR01-CWX-obe.outbound.protection.outlook.com", "mail-cwxgbr01on2%03d.outbound.protection.outlook.com",
              "40.107.121.%d"),
    "olkn": ("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05olkn2%03d.outbound.protection.outlook.com",
             "40.92.64.%d"),
}


def t_exo(rt, srv1, srv2, region, out="eur05", zone="CET", back=9, v="15.20.8835.21"):
    k = rt.k
    _date(rt, back, zone, pad=False)
    n = k.rng.randrange(10, 250)
    o = EXO_OUT[out]
    rt.client = (o[0], o[1] % n, o[2] % n)
    suf = "prod.outlook.com" if region.islower() else "PROD.OUTLOOK.COM"
    v6a = "2603:10a6:%x:%x::%x" % (k.rng.randrange(0x10, 0x900), k.rng.randrange(0x10, 0x400), k.rng.randrange(1, 30))
    v6b = "2603:10a6:%x:%x::%x" % (k.rng.randrange(0x10, 0x900), k.rng.randrange(0x10, 0x400), k.rng.randrange(1, 30))
    ll = "fe80::%s:%s:%s:%s" % (tok(k.rng, 4), tok(k.rng, 4), tok(k.rng, 4), tok(k.rng, 4))
    rt.hops = [
        "from %s.%s.%s (%s)\n by %s.%s.%s (%s) with\n Microsoft SMTP Server (version=TLS1_2,\n "
        "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
            srv1, region, suf, v6a, srv2, region, suf, v6b, v, rfcdate(_t(k, 2), "UTC", pad=False)),
        "from %s.%s.%s\n ([%s]) by %s.%s.%s\n ([%s%%4]) with mapi id %s; %s" % (
            srv1, region, suf, ll, srv1, region, suf, ll, v.rsplit(".", 1)[0] + ".0" + v.rsplit(".", 1)[1],
            rfcdate(_t(k, 3), "UTC", pad=False)),
    ]
    rt.return_path = k.sender
    rt.note = "Exchange Online (%s) via %s" % (region, o[0])


def t_gmail(rt, zone="CET", host="mail-wm1-f%d.google.com", ipfmt="209.85.128.%d", back=7):
    k = rt.k
    _date(rt, back, zone, pad=True)
    n = k.rng.choice([41, 43, 44, 45, 47, 48, 49, 50, 51, 52, 53, 54, 65, 66, 67, 68, 69, 70])
    h = host % n
    rt.client = (h, h, ipfmt % n)
    rt.tls = "1.3"
    rt.hops = ["by %s with SMTP id %s-%sso%s%s.%d\n        for <%s>; %s" % (
        h, tok(k.rng, 10), tok(k.rng, 10), digits(k.rng, 7), tok(k.rng, 3, "abcdefghijklmnopqrstuvwxyz0123456789"),
        k.rng.randrange(0, 3), k.rcpt, rfcdate(_t(k, 1), "PT", pad=False, comment=True))]
    rt.pre = [("X-Google-Smtp-Source", "AGHT+I" + tok(k.rng, 80, ALNUM + "+/")),
              ("X-Received", "by 2002:a05:%x:%s:b0:%s:%s with SMTP id %s-%s.%d.%s;\n        %s" % (
                  k.rng.randrange(0x6000, 0x6fff), tok(k.rng, 3), tok(k.rng, 3), tok(k.rng, 6), tok(k.rng, 10),
                  tok(k.rng, 8), k.rng.randrange(1, 99), digits(k.rng, 13),
                  rfcdate(_t(k, 1), "PT", pad=False, comment=True)))]
    rt.return_path = k.sender
    rt.note = "Gmail (%s)" % h


def t_gmx(rt, client_ip, client_helo=None, web=False, zone="CET", brand="gmx", back=6):
    k = rt.k
    _date(rt, back, zone, pad=False)
    out = {"gmx": ("mout.gmx.net", "212.227.17.%d" % k.rng.choice([20, 21, 22]), "mail.gmx.net", "mrgmx"),
           "webde": ("mout.web.de", "212.227.15.%d" % k.rng.choice([3, 4, 14]), "web.de", "mrweb")}[brand]
    rt.client = (out[0], out[0], out[1])
    mr = "%s%03d" % (out[3], k.rng.randrange(1, 120))
    nid = "1M%s-1t%s-00%s" % (tok(k.rng, 4, ALNUM), tok(k.rng, 8, ALNUM), tok(k.rng, 5, ALNUM))
    if web:
        rt.hops = [
            "from %s ([%s]) by %s (%s [212.227.17.%d]) with\n ESMTPSA (Nemesis) id %s; %s" % (
                "trinity-msg-rest-%s-%s-live-%s-%s" % (brand, brand, tok(k.rng, 10), tok(k.rng, 5)), client_ip,
                out[2], mr, k.rng.randrange(160, 200), nid, rfcdate(_t(k, 2), "CET", pad=False)),
        ]
    else:
        rt.hops = [
            "from %s ([%s]) by %s (%s [212.227.17.%d]) with\n ESMTPSA (Nemesis) id %s; %s" % (
                client_helo or "[192.168.178.%d]" % k.rng.randrange(20, 60), client_ip, out[2], mr,
                k.rng.randrange(160, 200), nid, rfcdate(_t(k, 2), "CET", pad=False))]
    rt.return_path = k.sender
    rt.note = "%s (%s)" % (brand.upper(), "webmail" if web else "SMTP submission")


def t_postfix(rt, server, server_ip, rdns=None, client_helo=None, client_ip=None, client_rdns=None,
              zone="CET", back=6, tls="1.3", esmtp="ESMTPSA", extra_hop=None, helo=None):
    """A self-run Postfix server (own domain on VPS or company server)."""
    k = rt.k
    _date(rt, back, zone, pad=False)
    rt.client = (helo or server, rdns or "unknown", server_ip)
    rt.tls = tls
    hops = []
    if client_ip:
        hops.append("from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
            client_helo or client_ip, client_rdns or "unknown", client_ip, server, esmtp, postfix_qid(k.rng), k.rcpt,
            rfcdate(_t(k, 2), zone, comment=True)))
    if extra_hop:
        hops.append(extra_hop)
    rt.hops = hops
    rt.return_path = k.sender
    rt.note = "own Postfix server %s [%s]" % (server, server_ip)


def t_exim(rt, server, server_ip, client_ip, client_helo, zone="CET", back=8, port=None, version="4.98"):
    k = rt.k
    _date(rt, back, zone, pad=False)
    rt.client = (server, server, server_ip)
    rt.tls = "1.2"
    rt.hops = ["from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t"
               "(Exim %s)\n\t(envelope-from <%s>)\n\tid 1v%s-%s-%s\n\tfor %s;\n\t%s" % (
                   client_ip, port or k.rng.randrange(49152, 65000), client_helo, server, version, k.sender,
                   tok(k.rng, 4, ALNUM), tok(k.rng, 6, "0123456789ABCDEF"), tok(k.rng, 2, UPALNUM),
                   k.rcpt, rfcdate(_t(k, 3), zone))]
    rt.return_path = k.sender
    rt.note = "shared hosting (cPanel/Exim) %s" % server


def t_ionos(rt, client_ip, client_helo=None, zone="CET", back=6):
    k = rt.k
    _date(rt, back, zone, pad=False)
    n = k.rng.choice([130, 131, 133, 135])
    rt.client = ("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % n)
    rt.hops = ["from %s ([%s]) by mrelayeu.kundenserver.de\n (mreue%03d [212.227.15.%d]) with ESMTPSA (Nemesis) id "
               "1M%s-1t%s-00%s; %s" % (
                   client_helo or "[%s]" % client_ip, client_ip, k.rng.randrange(100, 115), k.rng.randrange(160, 190),
                   tok(k.rng, 4, ALNUM), tok(k.rng, 8, ALNUM), tok(k.rng, 5, ALNUM), rfcdate(_t(k, 2), zone, pad=False))]
    rt.return_path = k.sender
    rt.note = "IONOS shared mail (mout.kundenserver.de)"


def t_strato(rt, client_helo, zone="CET", back=6):
    k = rt.k
    _date(rt, back, zone, pad=False)
    n = k.rng.choice([160, 161, 162])
    rt.client = ("mo4-p00-ob.smtp.rzone.de", "mo4-p00-ob.smtp.rzone.de", "81.169.146.%d" % n)
    rt.hops = ["from %s\n\tby smtp.strato.de (RZmta 51.3.0 AUTH)\n\twith ESMTPSA id %s\n\t(using TLSv1.3 with cipher "
               "TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client did not present a certificate)\n\tfor <%s>;\n\t%s" % (
                   client_helo, tok(k.rng, 15, ALNUM), k.rcpt, rfcdate(_t(k, 2), zone, pad=False))]
    rt.return_path = k.sender
    rt.note = "Strato mail (smtp.rzone.de)"


def t_aruba(rt, client_ip, client_helo=None, back=7):
    k = rt.k
    _date(rt, back, "CET", pad=False)
    n = k.rng.choice([17, 18, 19, 20])
    host = "smtpdh%d-%d.aruba.it" % (n, k.rng.randrange(1, 3))
    rt.client = (host, host, "62.149.155.%d" % (140 + n))
    rt.hops = ["from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
        client_helo or "[%s]" % client_ip, client_ip, tok(k.rng, 14, ALNUM), rfcdate(_t(k, 2), "CET", pad=False))]
    rt.return_path = k.sender
    rt.note = "Aruba.it hosted mail"


def t_libero(rt, client_ip, back=6):
    k = rt.k
    _date(rt, back, "CET", pad=False)
    n = k.rng.choice([32, 33, 34, 35])
    rt.client = ("smtp-%d-i2.italiaonline.it" % n, "smtp-%d-i2.italiaonline.it" % n, "213.209.12.%d" % n)
    rt.hops = ["from libero.it ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
        client_ip, n, tok(k.rng, 14, ALNUM), rfcdate(_t(k, 2), "CET", pad=False))]
    rt.return_path = k.sender
    rt.note = "Libero Mail (Italiaonline) webmail"


def t_wp(rt, client_ip, client_rdns, back=6):
    k = rt.k
    _date(rt, back, "CET", pad=False)
    rt.client = ("mx4.wp.pl", "mx4.wp.pl", "212.77.101.12")
    d = rfcdate(_t(k, 2), "CET", pad=False)[5:]
    rt.hops = ["(wp-smtpd smtp.wp.pl %d invoked from network); %s" % (k.rng.randrange(1000, 40000), d),
               "from %s (HELO [192.168.1.%d]) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl "
               "(WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s" % (
                   client_rdns, k.rng.randrange(10, 40), k.sender, client_ip, k.sender, k.rcpt, d)]
    rt.pre = [("X-WP-MailID", tok(k.rng, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    rt.return_path = k.sender
    rt.note = "Poczta WP (wp.pl)"


def t_yandex(rt, client_ip=None, web=True, back=6, forward=None):
    k = rt.k
    _date(rt, back, "MSK", pad=True)
    f = forward or "forward%d%s.mail.yandex.net" % (k.rng.choice([100, 101, 102, 500, 501, 502]), k.rng.choice("ab"))
    rt.client = (f, f, "178.154.239.%d" % k.rng.randrange(70, 160))
    nw = "mail-nwsmtp-%s-production-main-%d.%s.yp-c.yandex.net" % (
        "mxback" if web else "smtp", k.rng.randrange(10, 90), k.rng.choice(["vla", "sas", "myt", "iva"]))
    hops = ["from %s (%s [2a02:6b8:c0c:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s-%s;\n\t%s" % (
        nw, nw, tok(k.rng, 4), tok(k.rng, 4), f, tok(k.rng, 10, ALNUM), tok(k.rng, 8, ALNUM),
        rfcdate(_t(k, 1), "MSK"))]
    if web:
        hops.append("from mail.yandex.ru (mail.yandex.ru [%s])\n\tby %s with HTTP id %s;\n\t%s" % (
            client_ip, nw, tok(k.rng, 12, ALNUM), rfcdate(_t(k, 3), "MSK")))
    else:
        hops.append("from %s (unknown [%s])\n\tby %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (
            "DESKTOP-%s" % tok(k.rng, 7, UPALNUM), client_ip, nw, tok(k.rng, 10, ALNUM), tok(k.rng, 8, ALNUM),
            rfcdate(_t(k, 3), "MSK")))
    rt.hops = hops
    rt.return_path = k.sender
    rt.note = "Yandex mail (%s)" % ("web" if web else "SMTP from desktop client")


def t_mailru(rt, client_ip, back=6):
    k = rt.k
    _date(rt, back, "MSK", pad=False)
    n = k.rng.randrange(150, 260)
    rt.client = ("send%d.i.mail.ru" % n, "send%d.i.mail.ru" % n, "95.163.59.%d" % (n % 200))
    rt.hops = ["by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid 1v%s-%s-%s\n\tfor %s; %s" % (
        k.rng.randrange(100, 999), k.sender, tok(k.rng, 4, ALNUM), tok(k.rng, 6, "0123456789ABCDEF"),
        tok(k.rng, 2, UPALNUM), k.rcpt, rfcdate(_t(k, 1), "MSK")),
        "by e.mail.ru with HTTP;\n\t%s" % rfcdate(_t(k, 2), "MSK")]
    rt.pre = [("X-Originating-IP", "[%s]" % client_ip)]
    rt.return_path = k.sender
    rt.note = "Mail.ru webmail"


def t_outlookcom(rt, srv1, srv2, zone="CET", back=8, region="EURP189"):
    t_exo(rt, srv1, srv2, region, out="olkn", zone=zone, back=back)
    rt.note = "Outlook.com consumer (EOP olkn)"


def t_proton(rt, back=5):
    k = rt.k
    _date(rt, back, "UTC", pad=False)
    n = k.rng.choice([4316, 4317, 4318, 4319])
    rt.client = ("mail-%d.protonmail.ch" % n, "mail-%d.protonmail.ch" % n, "185.70.43.%d" % (n - 4300))
    rt.hops = []
    rt.return_path = k.sender
    rt.note = "Proton Mail"


def t_mimecast(rt, inner_server, inner_ip, back=12, zone="GB"):
    k = rt.k
    _date(rt, back, zone, pad=False)
    n = k.rng.choice([150, 151, 152, 153])
    rt.client = ("eu-smtp-delivery-%d.mimecast.com" % n, "eu-smtp-delivery-%d.mimecast.com" % n, "185.58.86.%d" % n)
    rt.hops = ["from %s (%s [%s]) by\n relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.2,\n "
               "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n uk-mta-%d-%s-1; %s" % (
                   inner_server, inner_server, inner_ip, k.rng.randrange(10, 300), tok(k.rng, 22, ALNUM + "-_"),
                   rfcdate(_t(k, 3), "GB", pad=False))]
    rt.pre = [("X-MC-Unique", "%s-%s" % (tok(k.rng, 22, ALNUM + "-_"), k.rng.randrange(1, 9)))]
    rt.return_path = k.sender
    rt.note = "on-prem Exchange behind Mimecast"


# ---------------------------------------------------------------- ESPs / services
def t_sendgrid(rt, bounce_domain, back=4):
    k = rt.k
    _date(rt, back, "UTC", pad=True)
    sg = tok(k.rng, 8, "abcdefghijklmnopqrstuvwxyz")
    ip = "149.72.%d.%d" % (k.rng.randrange(120, 250), k.rng.randrange(2, 250))
    rt.client = ("%s.outbound-mail.sendgrid.net" % sg, "%s.outbound-mail.sendgrid.net" % sg, ip)
    filt = "filterdrecv-%s-%s" % (tok(k.rng, 10), tok(k.rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    sgid = tok(k.rng, 22, ALNUM + "-_")
    gp = "geopod-ismtpd-%d" % k.rng.randrange(1, 40)
    t1 = in_zone(_t(k, 1), "UTC")
    rt.hops = [
        "by %s with SMTP id %s-1-%s-%s\n\t%s.%s +0000 UTC m=+%d.%s" % (
            filt, filt, tok(k.rng, 8, "0123456789ABCDEF"), tok(k.rng, 2, "0123456789ABCDEF"),
            t1.strftime("%Y-%m-%d %H:%M:%S"), digits(k.rng, 9), k.rng.randrange(100000, 9999999), digits(k.rng, 9)),
        "from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s.%s +0000 (UTC)" % (
            tok(k.rng, 12, ALNUM), gp, sgid, rfcdate(_t(k, 2), "UTC")[:-6], digits(k.rng, 3)),
    ]
    uid = digits(k.rng, 8)
    rt.return_path = "bounces+%s-%s-%s=%s@em%s.%s" % (uid, tok(k.rng, 4), k.rcpt.split("@")[0],
                                                     k.rcpt.split("@")[1], digits(k.rng, 4), bounce_domain)
    rt.msgid = "<%s@%s>" % (sgid, gp)
    rt.bstyle = "sendgrid"
    rt.set("X-SG-EID", "u001." + b64tok(k.rng, 90))
    rt.set("X-Entity-ID", "u001." + b64tok(k.rng, 18))
    rt.order = ["content", "date", "from", "mime-version", "message-id", "reply-to", "subject", "list-unsubscribe",
                "list-unsubscribe-post", "x-sg-eid", "to", "x-entity-id"]
    rt.note = "SendGrid (shared IP %s)" % ip


def t_mailgun(rt, mgdomain, back=4):
    k = rt.k
    _date(rt, back, "UTC", pad=True)
    n1, n2 = k.rng.choice([(228, 4), (228, 11), (194, 9), (38, 112)])
    ip = "159.135.%d.%d" % (n1, n2)
    rt.client = ("m%d-%d.mailgun.net" % (n1, n2), "m%d-%d.mailgun.net" % (n1, n2), ip)
    rt.hops = ["by %s with HTTP id %s; %s" % (tok(k.rng, 12), tok(k.rng, 24), rfcdate(_t(k, 1), "UTC",
                                                                                      gmt_word=True))]
    stamp = in_zone(rt.date_utc, "UTC").strftime("%Y%m%d%H%M%S")
    rt.msgid = "<%s.%s@%s>" % (stamp, tok(k.rng, 16), mgdomain)
    rt.return_path = "bounce+%s.%s-%s=%s@%s" % (tok(k.rng, 6), tok(k.rng, 6), k.rcpt.split("@")[0],
                                               k.rcpt.split("@")[1], mgdomain)
    rt.bstyle = "mailgun"
    rt.set("X-Mailgun-Sid", "WyI" + b64tok(k.rng, 40).rstrip("="))
    rt.set("X-Mailgun-Sending-Ip", ip)
    rt.set("Sender", "postmaster@%s" % mgdomain)
    rt.order = ["x-mailgun-sid", "x-mailgun-sending-ip", "x-mailgun-variables", "mime-version", "content", "subject",
                "from", "reply-to", "to", "date", "message-id", "sender", "list-unsubscribe"]
    rt.note = "Mailgun (%s)" % ip


def t_ses(rt, back=3, region="eu-west-1"):
    k = rt.k
    _date(rt, back, "UTC", pad=True)
    n = k.rng.randrange(8, 60)
    host = "a7-%d.smtp-out.%s.amazonses.com" % (n, region)
    rt.client = (host, host, "54.240.7.%d" % n)
    mid = "0102019%s-%s-%s-%s-%s-%s-000000" % (tok(k.rng, 9), tok(k.rng, 8), tok(k.rng, 4), tok(k.rng, 4),
                                                tok(k.rng, 4), tok(k.rng, 12))
    rt.msgid = "<%s@%s.amazonses.com>" % (mid, region)
    rt.return_path = "%s@%s.amazonses.com" % (mid, region)
    rt.bstyle = "ses"
    rt.set("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, b64tok(k.rng, 30).rstrip("=")))
    rt.set("X-SES-Outgoing", "%s-54.240.7.%d" % (in_zone(k.t, "UTC").strftime("%Y.%m.%d"), n))
    rt.hops = []
    rt.order = ["from", "reply-to", "to", "subject", "mime-version", "content", "message-id", "date", "feedback-id",
                "x-ses-outgoing"]
    rt.note = "Amazon SES %s" % region


def t_brevo(rt, back=4):
    k = rt.k
    _date(rt, back, "UTC", pad=True)
    a, b = k.rng.randrange(10, 60), k.rng.randrange(100, 240)
    host = "m%d-%d.mailin.fr" % (a, b)
    rt.client = (host, host, "185.107.232.%d" % b)
    rt.hops = ["from %s (%s [10.%d.%d.%d])\n\tby %s (Brevo) with ESMTP id %s; %s" % (
        "smtp-relay.brevo.com", "smtp-relay.brevo.com", k.rng.randrange(0, 255), k.rng.randrange(0, 255),
        k.rng.randrange(1, 255), host, tok(k.rng, 12, UPALNUM), rfcdate(_t(k, 1), "UTC"))]
    rt.msgid = "<%s@smtp-relay.mailin.fr>" % uuid4(k.rng)
    rt.return_path = "bounces-%s-%s=example.com@sender-sib.com" % (digits(k.rng, 8), k.rcpt.split("@")[0])
    rt.bstyle = "javamail"
    rt.set("X-Mailer", "Brevo")
    rt.set("X-sib-id", tok(k.rng, 60, ALNUM + "_-"))
    rt.set("X-CSA-Complaints", "csa-complaints@eco.de")
    rt.set("Feedback-ID", "%s:%s:%s:Brevo" % (digits(k.rng, 6), digits(k.rng, 7), digits(k.rng, 4)))
    rt.order = ["mime-version", "x-sib-id", "x-csa-complaints", "feedback-id", "list-unsubscribe",
                "list-unsubscribe-post", "x-mailer", "from", "reply-to", "to", "subject", "date", "message-id",
                "content"]
    rt.note = "Brevo (Sendinblue) %s" % host


def t_google_notify(rt, back=3):
    k = rt.k
    _date(rt, back, "UTC", pad=True, )
    rt.date = rfcdate(rt.date_utc, "UTC", gmt_word=True)
    n = k.rng.choice([69, 73, 41])
    h = "mail-sor-f%d.google.com" % n
    rt.client = (h, h, "209.85.220.%d" % n)
    rt.hops = ["by %s with SMTP id %s-%s.%d.%s\n        for <%s>\n        (Google Transport Security);\n        %s" % (
        h, tok(k.rng, 10), tok(k.rng, 18, ALNUM), k.rng.randrange(1, 9), digits(k.rng, 13), k.rcpt,
        rfcdate(_t(k, 1), "PT", pad=False, comment=True))]
    rt.pre = [("X-Google-Smtp-Source", "AGHT+I" + tok(k.rng, 80, ALNUM + "+/")),
              ("X-Received", "by 2002:a05:%x:%s with SMTP id %s.%d.%s;\n        %s" % (
                  k.rng.randrange(0x6000, 0x6fff), tok(k.rng, 12), tok(k.rng, 18), k.rng.randrange(1, 9),
                  digits(k.rng, 13), rfcdate(_t(k, 1), "PT", pad=False, comment=True)))]
    rt.return_path = "3%s-%s@gaia.bounces.google.com" % (tok(k.rng, 20, ALNUM), tok(k.rng, 30, ALNUM))
    rt.msgid = "<%s@notifications.google.com>" % tok(k.rng, 22, ALNUM + "-_")
    rt.bstyle = "gmail"
    rt.order = ["mime-version", "date", "reply-to", "x-account-notification-type", "feedback-id",
                "x-notifications", "x-notifications-bounce-info", "message-id", "subject", "from", "to", "content"]
    rt.note = "Google account notifications (mail-sor)"


def t_github(rt, back=3):
    k = rt.k
    _date(rt, back, "PT", pad=False)
    n = k.rng.choice([20, 21, 25, 28])
    h = "out-%d.smtp.github.com" % n
    rt.client = (h, h, "192.30.252.%d" % (183 + n))
    rt.hops = ["from github.com (hubbernetes-node-%s.va3-iad.github.net [10.48.%d.%d])\n\tby smtp.github.com "
               "(Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (
                   tok(k.rng, 7), k.rng.randrange(100, 250), k.rng.randrange(2, 250), postfix_qid(k.rng), k.rcpt,
                   rfcdate(_t(k, 1), "PT", comment=True))]
    rt.return_path = "noreply@github.com"
    rt.msgid = "<%s_%s@lowworker-%s-%s.mail>" % (tok(k.rng, 13), tok(k.rng, 12), tok(k.rng, 10),
                                                 tok(k.rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    rt.bstyle = "sendgrid"
    rt.order = ["date", "from", "to", "message-id", "subject", "mime-version", "content", "x-github-reason",
                "x-auto-response-suppress"]
    rt.note = "GitHub (smtp.github.com)"


def t_paypal(rt, back=4):
    k = rt.k
    _date(rt, back, "PT", pad=False)
    rt.client = ("mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.225")
    rt.hops = ["from paypal.com (qhc-%s.slc.paypal.com [10.73.%d.%d])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id "
               "%s\n\tfor <%s>; %s" % (tok(k.rng, 12), k.rng.randrange(10, 250), k.rng.randrange(2, 250),
                                      postfix_qid(k.rng), k.rcpt, rfcdate(_t(k, 1), "PT", comment=True))]
    rt.return_path = "service@paypal.co.uk"
    rt.msgid = "<%s.%s@paypal.com>" % (tok(k.rng, 13), digits(k.rng, 13))
    rt.bstyle = "javamail"
    rt.order = ["date", "message-id", "x-pp-requested-time", "x-pp-email-transmission-id", "subject",
                "x-maillocale", "x-email-type-id", "content", "mime-version", "from", "to", "reply-to"]
    rt.note = "PayPal (genuine infrastructure, abused invoice feature)"


def t_docusign(rt, back=4):
    k = rt.k
    _date(rt, back, "UTC", pad=False)
    rt.client = ("mailfr1.eumail.docusign.net", "mailfr1.eumail.docusign.net", "185.229.8.%d" % k.rng.randrange(20, 40))
    rt.hops = ["from docusign.net (unknown [10.%d.%d.%d])\n\tby mailfr1.eumail.docusign.net (Postfix) with ESMTP id "
               "%s\n\tfor <%s>; %s" % (k.rng.randrange(10, 250), k.rng.randrange(10, 250), k.rng.randrange(2, 250),
                                      postfix_qid(k.rng), k.rcpt, rfcdate(_t(k, 1), "UTC"))]
    rt.return_path = "dse@eumail.docusign.net"
    rt.msgid = "<%s@docusign.net>" % tok(k.rng, 32)
    rt.bstyle = "javamail"
    rt.order = ["from", "reply-to", "to", "subject", "date", "message-id", "x-api-host", "mime-version", "content"]
    rt.note = "DocuSign EU (eumail.docusign.net)"


def t_ms_notify(rt, back=6, out="eur02"):
    """Microsoft cloud notification mail (Entra SSPR, SharePoint) via EOP."""
    k = rt.k
    t_exo(rt, "DB8P195MB%04d" % k.rng.randrange(1000, 9999), "AM6P195MB%04d" % k.rng.randrange(1000, 9999),
          "EURP195", out=out, zone="UTC", back=back)
    rt.note = "Microsoft 365 notification (EOP outbound)"
