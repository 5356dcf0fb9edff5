"""Sending-system profiles: Received chains, Message-ID and client headers in
the style of each real system.  All values derive from a seeded PRNG."""
import email.utils
import random
from datetime import datetime, timedelta, timezone

DST_END_EU = datetime(2026, 10, 25, 1, 0, tzinfo=timezone.utc)
DST_END_US = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)


def zone(region, t):
    s = t < DST_END_EU
    if region in ("de", "it", "es", "pl", "cet"):
        return (2, "CEST") if s else (1, "CET")
    if region == "uk":
        return (1, "BST") if s else (0, "GMT")
    if region == "gr":
        return (3, "EEST") if s else (2, "EET")
    if region == "ru":
        return (3, "MSK")
    if region == "pt":
        return (-7, "PDT") if t < DST_END_US else (-8, "PST")
    if region == "et":
        return (-4, "EDT") if t < DST_END_US else (-5, "EST")
    if region == "br":
        return (-3, "-03")
    if region == "in":
        return (5.5, "IST")
    return (0, "UTC")


def fmtdate(t, region="utc", abbr=False):
    h, name = zone(region, t)
    lt = t.astimezone(timezone(timedelta(hours=h)))
    s = email.utils.format_datetime(lt)
    return s + (" (%s)" % name if abbr else "")


class Rnd(random.Random):
    def hexs(self, n, upper=False):
        s = "".join(self.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.choice(chars) for _ in range(n))

    def b64(self, n):
        return self.alnum(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

    def digits(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def uuid(self, upper=False):
        h = self.hexs(32, upper)
        return "-".join((h[:8], h[8:12], "4" + h[13:16], "89ab"[int(h[16], 16) % 4] + h[17:20], h[20:]))

    def postfix_id(self):
        c = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy"
        return "4" + self.alnum(5, c) + "z" + self.alnum(self.randint(3, 6), c)

    def exim_id(self):
        c = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        return "1t" + self.alnum(4, c) + "-" + self.alnum(6, c) + "-" + self.alnum(2, c)

    def ip(self, prefix):
        parts = prefix.split(".")
        while len(parts) < 4:
            parts.append(str(self.randint(2, 250)))
        return ".".join(parts)


def tls_line(ver="TLSv1.3"):
    if ver == "TLSv1.3":
        return ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                "\t(No client certificate requested)\n\t")
    if ver == "TLSv1.2":
        return ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
                "\t(No client certificate requested)\n\t")
    return ""


def mx01_received(helo, rdns, ip, rcpt, t, qid, tls="TLSv1.3"):
    proto = "ESMTPS" if tls else "ESMTP"
    return ("from %s (%s [%s])\n\t%sby mx01.example.com (Postfix) with %s id %s\n"
            "\tfor <%s>; %s" % (helo, rdns, ip, tls_line(tls) if tls else "", proto, qid, rcpt,
                                fmtdate(t, "de", True)))


# ----------------------------------------------------------------- helpers
MS_SERVERS = ["AM9PR03MB7890", "DB9PR08MB6588", "PA4PR07MB7345", "VI1PR04MB5678",
              "DU0PR03MB8123", "AS8PR04MB8765", "GV1PR10MB6342", "PR3PR02MB6091",
              "FR4P281MB3427", "DB8PR09MB3418", "AM7PR02MB5820", "LO4P265MB5962",
              "CWLP265MB3310", "PAXPR06MB7725"]
MS_OUT = [("EUR05-AM6-obe", "mail-am6eur05on2089", "40.107.22.89"),
          ("EUR03-DBA-obe", "mail-dbaeur03on2115", "40.107.104.115"),
          ("EUR02-VI1-obe", "mail-vi1eur02on2071", "40.107.21.71"),
          ("EUR04-DB3-obe", "mail-db3eur04on2098", "40.107.6.98"),
          ("EUR01-HE1-obe", "mail-he1eur01on2131", "40.107.13.131"),
          ("GBR01-CWX-obe", "mail-cwxgbr01on2106", "40.107.122.106"),
          ("GBR01-LO2-obe", "mail-lo2gbr01on2120", "40.107.141.120"),
          ("DEU01-FR2-obe", "mail-fr2deu01on2102", "40.107.135.102")]


def _ms_region(srv):
    if srv.endswith("P265"):
        pass
    if "P265" in srv:
        return "GBRP265"
    if "P281" in srv:
        return "DEUP281"
    return "eurprd%s" % srv[5:7]


def outlook_mid(r, dom):
    """Outlook desktop over SMTP: <00xx01dcxxxx$xxxxxxxx$xxxxxxxx$@domain>."""
    return "<00%s01dc%s$%s$%s$@%s>" % (r.hexs(2), r.hexs(4), r.hexs(8), r.hexs(8), dom)


def thread_index(r):
    import base64
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(22))).decode()


# ---------------------------------------------------------------- profiles
def p_exchange_internal(m, r, t):
    srv = "EXMB0%d" % r.choice([1, 2])
    mid = "<%s@%s.corp.example.com>" % (r.hexs(32), srv)
    hops = [
        "from %s.corp.example.com (%s.corp.example.com [10.20.0.4%s])\n\tby mail-int01.example.com (Postfix) "
        "with ESMTPS id %s;\n\t%s" % (srv, srv.lower(), srv[-1], r.postfix_id(),
                                       fmtdate(t + timedelta(seconds=1), "de", True)),
        "from %s.corp.example.com (10.20.0.4%s) by %s.corp.example.com\n\t(10.20.0.4%s) with Microsoft "
        "SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; "
        "%s" % (srv, srv[-1], srv, srv[-1], fmtdate(t, "de")),
    ]
    post = [("Thread-Topic", None), ("Thread-Index", thread_index(r)),
            ("Accept-Language", m.p.get("content_lang", "de-DE") + ", en-US"),
            ("Content-Language", m.p.get("content_lang", "de-DE")),
            ("X-MS-Has-Attach", "yes" if m.has_attach else ""),
            ("X-MS-TNEF-Correlator", ""),
            ("x-originating-ip", "[10.20.%d.%d]" % (r.choice([11, 12, 14, 31, 41, 51, 61]), r.randint(20, 220)))]
    if m.p.get("smtp_client"):      # e.g. PBX / scanner submitting via SMTP to Exchange
        h, ip = m.p["smtp_client"]
        hops[1] = ("from %s (%s) by %s.corp.example.com (10.20.0.4%s) with Microsoft\n\tSMTP Server id "
                   "15.2.1748.10 via Frontend Transport; %s" % (h, ip, srv, srv[-1], fmtdate(t, "de")))
        post = [("X-Mailer", m.p.get("mailer", "")), ("Content-Language", m.p.get("content_lang", "de-DE"))]
        mid = "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), r.hexs(12), h)
    return dict(hops=hops, client=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"),
                tls="TLSv1.2", msgid=mid, pre=[], post=post, order="outlook",
                return_path=m.frm[1])


def p_m365(m, r, t):
    """Sender on a Microsoft 365 tenant (genuine or attacker's)."""
    srv = m.p.get("srv") or r.choice(MS_SERVERS)
    reg = _ms_region(srv)
    fe = m.p.get("fe") or (srv[:3] + "P" + r.digits(3) + "CA00" + r.digits(2))
    out = m.p.get("out") or r.choice(MS_OUT)
    dom = "%s.prod.outlook.com" % reg
    hops = [
        "from %s.%s (2603:10a6:%x:%x::%x)\n\tby %s.%s (2603:10a6:%x:%x::%x) with\n\tMicrosoft SMTP Server "
        "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n\t15.20.8%03d.%d; %s" % (
            srv, dom, r.randint(256, 4095), r.randint(16, 255), r.randint(2, 60), fe, dom,
            r.randint(256, 4095), r.randint(16, 255), r.randint(2, 60), r.randint(100, 999),
            r.randint(10, 30), fmtdate(t + timedelta(seconds=1))),
        "from %s.%s\n\t([fe80::%x:%x:%x:%x]) by %s.%s\n\t([fe80::%x:%x:%x:%x%%5]) with mapi id 15.20.8%03d.%03d; "
        "%s" % (srv, dom, r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), srv, dom,
                r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.randint(100, 999),
                r.randint(10, 30), fmtdate(t)),
    ]
    mid = "<%s%s@%s.%s>" % (srv, r.hexs(28, True), srv, dom.upper() if r.random() < 0.3 else dom)
    post = [("Thread-Topic", None), ("Thread-Index", thread_index(r)),
            ("Accept-Language", m.p.get("content_lang", "en-US") + (", en-US" if not m.p.get(
                "content_lang", "en-US").startswith("en-US") else "")),
            ("Content-Language", m.p.get("content_lang", "en-US")),
            ("X-MS-Has-Attach", "yes" if m.has_attach else ""),
            ("X-MS-TNEF-Correlator", ""),
            ("msip_labels", ""),
            ("x-ms-publictraffictype", "Email"),
            ("X-MS-Exchange-CrossTenant-OriginalArrivalTime",
             t.strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % r.randint(0, 9999)),
            ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
            ("X-MS-Exchange-CrossTenant-id", m.p.get("tenant") or r.uuid()),
            ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv)]
    return dict(hops=hops, client=("%s.outbound.protection.outlook.com" % out[0],
                                   "%s.outbound.protection.outlook.com" % out[1], out[2]),
                tls="TLSv1.2", msgid=mid, pre=[], post=post, order="outlook", return_path=m.frm[1])


def p_outlookcom(m, r, t):
    """Consumer outlook.com / hotmail.com account."""
    d = p_m365(m, r, t)
    srv = r.choice(["AS8P194MB1%03d" % r.randint(100, 999), "DU2P194MB2%03d" % r.randint(100, 999),
                    "PA4P194MB1%03d" % r.randint(100, 999)])
    dom = "EURP194.PROD.OUTLOOK.COM"
    d["hops"][1] = ("from %s.%s\n\t([fe80::%x:%x:%x:%x]) by %s.%s\n\t([fe80::%x:%x:%x:%x%%4]) with mapi id "
                    "15.20.8%03d.%03d; %s" % (srv, dom.lower(), *[r.getrandbits(16) for _ in range(4)], srv,
                                               dom.lower(), *[r.getrandbits(16) for _ in range(4)],
                                               r.randint(100, 999), r.randint(10, 30), fmtdate(t)))
    d["msgid"] = "<%s%s@%s.%s>" % (srv, r.hexs(26, True), srv, dom)
    d["client"] = ("EUR03-DBA-obe.outbound.protection.outlook.com",
                   "mail-dbaeur03olkn2086.outbound.protection.outlook.com", "40.92.58.86")
    d["post"] = [x for x in d["post"] if x[0] not in ("X-MS-Exchange-CrossTenant-id",)] + \
        [("X-MS-Exchange-CrossTenant-id", "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa")]
    return d


GMAIL_HOSTS = [("mail-ej1-f54", "209.85.218.54"), ("mail-wr1-f41", "209.85.221.41"),
               ("mail-ed1-f44", "209.85.208.44"), ("mail-lf1-f47", "209.85.167.47"),
               ("mail-wm1-f52", "209.85.128.52"), ("mail-pl1-f171", "209.85.214.171")]


def _gmail_mid(r):
    return "<CA%s%s%s@mail.gmail.com>" % (r.alnum(1, "BDEFGHJKLMNPRSTUVWXYZ"), r.b64(40),
                                         r.choice(["", "=", "_"]) + r.alnum(r.randint(12, 22)))


def p_gmail(m, r, t):
    host, ip = m.p.get("ghost") or r.choice(GMAIL_HOSTS)
    sid = "%s-%s.%d" % (r.choice(["a640c23a62f3a", "5b1f17b1804b1", "4fb4d7f45d1cf", "2adb3069b0e04"]),
                        r.alnum(3, "0123456789abcdef") + r.alnum(r.randint(6, 9), "abcdefghijklmnopqrstuvwxyz0123456789"), 1)
    hops = ["by %s.google.com with SMTP id %s\n        for <%s>; %s" % (
        host, sid, m.rcpt, fmtdate(t + timedelta(seconds=1), "pt", True))]
    pre = [("X-Gm-Message-State", r.b64(58) + "=="),
           ("X-Google-Smtp-Source", "AGHT+I" + r.b64(74)),
           ("X-Received", "by 2002:a17:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
               r.hexs(3), r.hexs(4), r.hexs(3), r.hexs(3), r.hexs(4), r.alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"),
               fmtdate(t, "pt", True)))]
    return dict(hops=hops, client=(host + ".google.com", host + ".google.com", ip), tls="TLSv1.3",
                msgid=_gmail_mid(r), pre=pre, post=[], order="gmail", return_path=m.frm[1])


def p_gws(m, r, t):
    d = p_gmail(m, r, t)
    d["pre"] = [x for x in d["pre"] if x[0] != "X-Gm-Message-State"]
    return d


def p_postfix_auth(m, r, t):
    """Small company's own/hosted Postfix, client submits with ESMTPSA."""
    mta = m.p["mta"]              # (hostname, ip)
    cl = m.p.get("client_ip") or ("p5b%s.dip0.t-ipconnect.de" % r.hexs(6), r.ip("93.207"))
    lan = m.p.get("lan", "192.168.178.%d" % r.randint(20, 90))
    hops = ["from [%s] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
        lan, cl[0], cl[1], m.p.get("auth", m.frm[1]), mta[0], r.postfix_id(),
        fmtdate(t + timedelta(seconds=1), m.date_region, True))]
    ua = m.p.get("ua", "thunderbird")
    post, order, mid = [], "thunderbird", None
    dom = m.frm[1].split("@")[1]
    if ua == "thunderbird":
        post = [("User-Agent", "Mozilla Thunderbird")]
        mid = "<%s@%s>" % (r.uuid(), dom)
    elif ua == "outlook":
        post = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r)),
                ("Content-Language", m.p.get("content_lang", "de"))]
        mid = outlook_mid(r, dom)
        order = "outlook_smtp"
    elif ua == "roundcube":
        post = [("User-Agent", "Roundcube Webmail/1.6.%d" % r.randint(6, 9))]
        mid = "<%s@%s>" % (r.hexs(32), dom)
        order = "generic"
        hops = ["from %s (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;"
                "\n\t%s" % (mta[0], m.p.get("auth", m.frm[1]), mta[0], r.postfix_id(),
                            fmtdate(t + timedelta(seconds=1), m.date_region, True))]
    elif ua == "apple":
        post = [("X-Mailer", "Apple Mail (2.3826.%d.1.%d)" % (r.randint(100, 600), r.randint(1, 9)))]
        mid = "<%s@%s>" % (r.uuid(True), dom)
        order = "generic"
    elif ua == "thebat":
        post = [("X-Mailer", "The Bat! (v11.0.3) Professional"), ("X-Priority", "3 (Normal)")]
        mid = "<%d.%s@%s>" % (r.randint(10 ** 8, 10 ** 9), t.strftime("%Y%m%d%H%M%S"), dom)
        order = "generic"
    elif ua == "erp":
        post = [("X-Mailer", m.p.get("mailer", "Microsoft Dynamics NAV"))]
        mid = "<%s.%s@%s>" % (r.digits(14), r.hexs(8), mta[0])
        order = "generic"
        hops = ["from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s" % (
            m.p.get("erp_host", "erp01.local"), m.p.get("erp_host", "erp01.local"), lan, mta[0],
            r.postfix_id(), fmtdate(t + timedelta(seconds=1), m.date_region, True))]
    if m.p.get("mid_host"):
        mid = mid.split("@")[0] + "@" + m.p["mid_host"] + ">"
    return dict(hops=hops, client=(mta[0], m.p.get("rdns", mta[0]), mta[1]), tls=m.p.get("tls", "TLSv1.3"),
                msgid=mid, pre=[], post=post, order=order, return_path=m.frm[1])


def p_exim(m, r, t):
    """cPanel/Exim shared hosting (genuine small business or compromised)."""
    host, ip = m.p["mta"]
    cip = m.p.get("cip") or r.ip("41.79")
    webmail = m.p.get("ua", "roundcube") == "roundcube"
    if webmail:
        hops = ["from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n"
                "\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s" % (
                    "127.0.0.1", r.randint(33000, 60999), "webmail.%s" % m.frm[1].split("@")[1], host,
                    m.envfrom, r.exim_id(), m.rcpt, fmtdate(t + timedelta(seconds=1), m.date_region))]
        post = [("User-Agent", "Roundcube Webmail/1.6.%d" % r.randint(6, 9)),
                ("X-Sender", m.envfrom)]
        mid = "<%s@%s>" % (r.hexs(32), m.frm[1].split("@")[1])
        order = "generic"
    else:
        hops = ["from [%s] (port=%d helo=[192.168.1.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                "\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s" % (
                    cip, r.randint(33000, 60999), r.randint(2, 99), host, m.envfrom, r.exim_id(), m.rcpt,
                    fmtdate(t + timedelta(seconds=1), m.date_region))]
        post = [("X-Mailer", m.p.get("mailer", "Microsoft Outlook 16.0")), ("Thread-Index", thread_index(r)),
                ("Content-Language", m.p.get("content_lang", "en-us"))]
        mid = outlook_mid(r, m.frm[1].split("@")[1])
        order = "outlook_smtp"
    if m.p.get("phpmailer"):
        hops = ["from %s (%s) by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s" % (
            m.p.get("sysuser", "www-data"), "localhost", host, m.envfrom, r.exim_id(), m.rcpt,
            fmtdate(t + timedelta(seconds=1), m.date_region))]
        post = [("X-Mailer", "PHPMailer 6.9.%d (https://github.com/PHPMailer/PHPMailer)" % r.randint(1, 3))]
        mid = "<%s@%s>" % (r.alnum(40), m.p.get("mid_host", host))
        order = "generic"
    return dict(hops=hops, client=(host, host, ip), tls="TLSv1.3", msgid=mid, pre=[], post=post,
                order=order, return_path=m.envfrom)


def p_ionos(m, r, t):
    cip = m.p.get("cip") or ("[%s]" % r.ip("88.130"))
    hops = ["from [192.168.2.%d] (%s) by mrelayeu.kundenserver.de\n\t(mreue1%02d [212.227.15.%d]) with ESMTPSA "
            "(Nemesis) id 1M%s-1%s;\n\t%s" % (r.randint(20, 99), cip, r.randint(0, 12), r.randint(130, 190),
                                               r.alnum(6), r.alnum(6), fmtdate(t + timedelta(seconds=1), "de"))]
    ip = "212.227.126.%d" % r.randint(130, 240)
    pre = [("X-Provags-ID", "V03:K1:" + r.b64(60)), ("X-UI-Out-Filterresults", "notjunk:1;V03:K0:" + r.b64(16) + "=")]
    ua = m.p.get("ua", "outlook")
    if ua == "outlook":
        post = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r)),
                ("Content-Language", m.p.get("content_lang", "de"))]
        order = "outlook_smtp"
        mid = outlook_mid(r, m.frm[1].split("@")[1])
    else:
        post = [("User-Agent", "Mozilla Thunderbird")]
        order = "thunderbird"
        mid = "<%s@%s>" % (r.uuid(), m.frm[1].split("@")[1])
    return dict(hops=hops, client=("mout.kundenserver.de", "mout.kundenserver.de", ip), tls="TLSv1.3",
                msgid=mid, pre=pre, post=post, order=order, return_path=m.envfrom)


def p_gmx(m, r, t):
    brand = m.p.get("brand", "gmx")   # gmx or webde
    app = "3c-app-%s-b%s%02d" % ("gmx" if brand == "gmx" else "webde", r.choice("sa"), r.randint(1, 60))
    relay = ("mail.gmx.net", "mrgmx1%02d" % r.randint(0, 10), "212.227.17.%d" % r.randint(160, 190)) \
        if brand == "gmx" else ("mail.web.de", "mrweb1%02d" % r.randint(0, 10), "212.227.15.%d" % r.randint(1, 60))
    out = ("mout.gmx.net", "212.227.17.%d" % r.randint(20, 22)) if brand == "gmx" else \
        ("mout.web.de", "212.227.15.%d" % r.randint(3, 4))
    hops = ["from [%s] ([%s]) by web-mail.%s\n\t(%s) with HTTP; %s" % (
        r.ip("10.%d" % r.randint(1, 200)), r.ip(m.p.get("cnet", "87.123")),
        "gmx.net" if brand == "gmx" else "web.de", app, fmtdate(t, "de")),
        "from %s by %s (%s [%s]) with ESMTPSA (Nemesis) id 1M%s-1%s;\n\t%s" % (
            app, relay[0], relay[1], relay[2], r.alnum(6), r.alnum(6), fmtdate(t + timedelta(seconds=1), "de"))]
    hops.reverse()
    mid = "<trinity-%s-%d@%s>" % (r.uuid(), int(t.timestamp() * 1000) + r.randint(0, 999), app)
    pre = [("X-Provags-ID", "V03:K1:" + r.b64(60)), ("X-UI-Out-Filterresults", "notjunk:1;V03:K0:" + r.b64(16) + "=")]
    post = [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
            ("X-UI-Message-Type", "mail")]
    return dict(hops=hops, client=(out[0], out[0], out[1]), tls="TLSv1.3", msgid=mid, pre=pre, post=post,
                order="generic", return_path=m.envfrom)


def p_webmail_generic(m, r, t):
    """Consumer webmail providers: libero, wp, onet, otenet, mail.ru, yandex."""
    kind = m.p["kind"]
    if kind == "libero":
        hops = ["from localhost (localhost [127.0.0.1])\n\tby libero.it with ESMTP; %s" % fmtdate(t, "it")]
        n = r.randint(30, 39)
        client = ("libero.it", "smtp-%d-i2.italiaonline.it" % n, "213.209.10.%d" % n)
        mid = "<%d.%d.%d@libero.it>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 5, 10 ** 6),
                                        int(t.timestamp() * 1000))
        post = [("X-Mailer", "Libero Mail"), ("X-Priority", "3")]
    elif kind == "wp":
        hops = ["from [%s] by poczta.wp.pl (WP-SMTPD) with ESMTPSA id %s;\n\t%s" % (
            r.ip(m.p.get("cnet", "83.25")), r.hexs(12), fmtdate(t, "pl"))]
        client = ("mx4.wp.pl", "mx4.wp.pl", "212.77.101.11")
        mid = "<%s@wp.pl>" % r.hexs(32)
        post = [("X-Mailer", "WP Poczta"), ("X-WP-MailID", r.hexs(32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    elif kind == "onet":
        hops = ["from [%s] by smtp.poczta.onet.pl (Onet Poczta)\n\twith ESMTPSA id %s; %s" % (
            r.ip("31.60"), r.alnum(12), fmtdate(t, "pl"))]
        client = ("smtp.poczta.onet.pl", "smtpo%d.poczta.onet.pl" % r.randint(50, 99), "213.180.149.%d" % r.randint(130, 160))
        mid = "<%s@onet.pl>" % r.hexs(24)
        post = [("X-Mailer", "Onet Poczta")]
    elif kind == "otenet":
        hops = ["from webmail.otenet.gr (localhost [127.0.0.1])\n\tby mailout-%02d.otenet.gr (Postfix) with ESMTPSA id %s;"
                "\n\t%s" % (r.randint(1, 4), r.postfix_id(), fmtdate(t, "gr", True))]
        h = "mailout-%02d.otenet.gr" % r.randint(1, 4)
        client = (h, h, "83.235.67.%d" % r.randint(10, 40))
        mid = "<%s@otenet.gr>" % r.hexs(32)
        post = [("User-Agent", "Roundcube Webmail/1.6.5"), ("X-Sender", m.frm[1])]
    elif kind == "yandex":
        fw = "forward%d%s.mail.yandex.net" % (r.randint(100, 500), r.choice("ab"))
        nn = r.randint(10, 80)
        a, b = r.getrandbits(16), r.getrandbits(16)
        c, d = r.getrandbits(16), r.getrandbits(16)
        hops = ["from mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net\n\t(mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net "
                "[IPv6:2a02:6b8:c0c:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s" % (
                    nn, nn, a, b, fw, r.alnum(10), fmtdate(t + timedelta(seconds=1), "ru")),
                "from mail.yandex.ru (2a02:6b8:c0c:%x:0:640:%x:0 [2a02:6b8:c0c:%x:0:640:%x:0])\n\tby "
                "mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net (smtpcorp/Yandex) with HTTP id %s;\n\t%s" % (
                    c, d, c, d, nn, r.alnum(10), fmtdate(t, "ru"))]
        client = (fw, fw, "178.154.239.%d" % r.randint(64, 220))
        mid = "<%d%d@mail.yandex.ru>" % (r.randint(100000, 999999), int(t.timestamp()))
        post = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
    elif kind == "mailru":
        n = r.randint(100, 499)
        hops = ["from [%s] by f%d.i.mail.ru with HTTP;\n\t%s" % (r.ip("95.153"), n, fmtdate(t, "ru"))]
        k = r.randint(30, 60)
        client = ("smtp%d.i.mail.ru" % k, "smtp%d.i.mail.ru" % k, "95.163.41.%d" % (k + 40))
        mid = "<%d.%d@f%d.i.mail.ru>" % (int(t.timestamp()), r.randint(10 ** 8, 10 ** 9), n)
        post = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Priority", "3 (Normal)")]
    elif kind == "zoho":
        hops = ["by mx.zoho.eu with SMTPS id %d%s;\n\t%s" % (int(t.timestamp() * 1000), r.digits(6),
                                                             fmtdate(t + timedelta(seconds=1), "utc"))]
        h = "sender4-op-o1%d.zoho.eu" % r.randint(0, 9)
        client = (h, h, "136.143.169.%d" % r.randint(10, 19))
        mid = "<%x.%x.%d@zoho.eu>" % (int(t.timestamp() * 1000), r.getrandbits(44), r.getrandbits(60))
        post = [("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")]
    else:
        raise ValueError(kind)
    return dict(hops=hops, client=client, tls="TLSv1.3", msgid=mid, pre=[], post=post, order="generic",
                return_path=m.envfrom)


def p_esp(m, r, t):
    """Bulk ESPs: sendgrid, mailgun, brevo, ses, mailchimp, cleverreach."""
    kind = m.p["esp"]
    dom = m.frm[1].split("@")[1]
    rcpt_enc = m.rcpt.replace("@", "=")
    pre = []
    if kind == "sendgrid":
        n = r.randint(1000, 9999)
        ip = "149.72.%d.%d" % (r.randint(100, 250), r.randint(2, 250))
        rd = m.p.get("rdns", "o%d.ptr%d.%s" % (r.randint(1, 9), r.randint(1000, 9999), dom))
        hops = ["by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\n\t%s" % (
            r.digits(4) + r.hexs(5), r.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"), r.digits(4),
            r.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"), r.hexs(8).upper(), r.hexs(2),
            fmtdate(t + timedelta(seconds=1), "utc", True)),
            "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>; %s" % (
                r.choice(["MTE4NTgwNzc", "NDk4MzQyMw", "MzE1ODcxMA"]), r.randint(1, 40), r.b64(22),
                m.rcpt, fmtdate(t, "utc", True))]
        mid = "<%s@geopod-ismtpd-%d>" % (r.b64(22), r.randint(1, 40))
        rp = "<bounces+%d-%s-%s@em%d.%s>" % (r.randint(10 ** 7, 10 ** 8), r.hexs(4), rcpt_enc, n, dom)
        pre = [("X-SG-EID", r.b64(180)), ("X-Entity-ID", r.b64(22) + "==")]
        client = (rd, rd, ip)
    elif kind == "mailgun":
        ip = "159.135.%d.%d" % (r.randint(224, 232), r.randint(2, 250))
        rd = "m%d-%d.mailgun.net" % (r.randint(200, 240), r.randint(1, 250))
        hops = ["by %s with HTTP; %s" % (r.hexs(12), fmtdate(t, "utc"))]
        mgdom = m.p.get("mgdom", "mg." + dom)
        mid = "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), r.hexs(16), mgdom)
        rp = "<bounce+%s.%s-%s@%s>" % (r.hexs(6), r.hexs(6), rcpt_enc, mgdom)
        pre = [("X-Mailgun-Sid", "WyI" + r.b64(44) + "IiwgIm" + r.b64(20) + "IiwgIjk3OWQ2MyJd"),
               ("X-Mailgun-Sending-Ip", ip), ("X-Mailgun-Batch-Id", r.hexs(24))]
        client = (rd, rd, ip)
    elif kind == "brevo":
        ip = "77.32.148.%d" % r.randint(10, 60)
        rd = "smtp-relay.sendinblue.com" if r.random() < 0.5 else "mo-%d.brevo.com" % r.randint(100, 999)
        hops = ["by smtp-relay.brevo.com (Brevo) with ESMTP id %s; %s" % (r.hexs(16), fmtdate(t, "utc"))]
        mid = "<%s.%d@smtp-relay.mailin.fr>" % (t.strftime("%Y%m%d%H%M"), r.randint(10 ** 10, 10 ** 11))
        rp = "<bounces-%s-%s@%s>" % (r.digits(8), r.alnum(10), "bounces.brevo.com")
        pre = [("X-Mailer", "Brevo"), ("X-sib-id", r.b64(80)), ("X-CSA-Complaints", "csa-complaints@eco.de"),
               ("Feedback-ID", "%s:%s_-1:%s:Sendinblue" % (r.ip("77.32.148"), r.digits(7), r.digits(6)))]
        client = (rd, rd, ip)
    elif kind == "ses":
        ip = "54.240.%d.%d" % (r.choice([4, 7]), r.randint(2, 250))
        rd = "a%s-%s.smtp-out.eu-west-1.amazonses.com" % (ip.split(".")[2], ip.split(".")[3])
        sid = "0102019%s-%s-%s-%s-%s-000000" % (r.hexs(9), r.hexs(8), r.hexs(4), r.hexs(4), r.hexs(12))
        hops = []
        mid = "<%s@eu-west-1.amazonses.com>" % sid
        rp = "<%s@eu-west-1.amazonses.com>" % sid
        pre = [("Feedback-ID", "::1.eu-west-1.%s=:AmazonSES" % r.b64(43)),
               ("X-SES-Outgoing", "%s-%s" % (t.strftime("%Y.%m.%d"), ip))]
        client = (rd, rd, ip)
    elif kind == "mailchimp":
        n = r.randint(100, 250)
        h = "mail%d.atl%d.mcdlv.net" % (n, r.randint(11, 241))
        ip = "198.2.%d.%d" % (r.randint(128, 191), r.randint(2, 250))
        hops = ["from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s" % (
            h, r.alnum(14), m.rcpt, fmtdate(t, "utc"))]
        uid = r.hexs(24)
        mid = "<%s.%s@%s>" % (r.hexs(20), r.hexs(12), h.replace("mail%d." % n, "mail."))
        rp = "<bounce-mc.us%d_%d.%d-%s@%s>" % (r.randint(1, 21), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7),
                                            rcpt_enc, h)
        pre = [("X-MC-User", uid), ("X-Feedback-ID", "%d:%d.%d:us%d:mc" % (r.randint(10 ** 7, 10 ** 8),
                                                                         r.randint(10 ** 7, 10 ** 8),
                                                                         r.randint(10 ** 5, 10 ** 6), r.randint(1, 21))),
               ("X-Accounttype", "pd"), ("List-ID", "%s mailing list <%s.%s.list-id.mcsv.net>" % (
                   m.p.get("list_name", "Newsletter"), uid, r.hexs(10)))]
        client = (h, h, ip)
    elif kind == "cleverreach":
        ip = "5.175.%d.%d" % (r.randint(40, 60), r.randint(2, 250))
        h = "mta%d.crsend.com" % r.randint(10, 60)
        hops = ["from cr-mailer (localhost [127.0.0.1])\n\tby %s (CleverReach) with ESMTP id %s; %s" % (
            h, r.hexs(10), fmtdate(t, "de"))]
        mid = "<%s.%s@crsend.com>" % (r.hexs(32), r.digits(8))
        rp = "<bounce-%s-%s@crsend.com>" % (r.digits(8), r.hexs(12))
        pre = [("X-Mailer", "CleverReach"), ("X-CSA-Complaints", "csa-complaints@eco.de"),
               ("Feedback-ID", "%s:%s:cleverreach" % (r.digits(6), r.digits(8)))]
        client = (h, h, ip)
    else:
        raise ValueError(kind)
    if "return_path" in m.p:
        rp = m.p["return_path"]
    return dict(hops=hops, client=client, tls="TLSv1.2" if kind in ("mailchimp", "ses") else "TLSv1.3",
                msgid=m.p.get("msgid") or mid, pre=pre, post=[], order="esp", return_path=rp.strip("<>"))


def p_service(m, r, t):
    """Genuine big-service notification infrastructure."""
    kind = m.p["svc"]
    if kind == "microsoft":
        srv = r.choice(["BN8NAM12HT%03d" % r.randint(100, 300), "CY4PEPF0000%s" % r.hexs(4, True)])
        hops = ["from %s.namprd12.prod.outlook.com (2603:10b6:%x:%x::%x) by\n\tSN7PR12MB%d.namprd12.prod.outlook.com "
                "with Microsoft SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id "
                "15.20.8%03d.%d; %s" % (srv, r.getrandbits(12), r.getrandbits(8), r.getrandbits(8),
                                       r.randint(1000, 9999), r.randint(100, 999), r.randint(10, 30), fmtdate(t))]
        client = ("NAM12-BN8-obe.outbound.protection.outlook.com",
                  "mail-bn8nam12on2%03d.outbound.protection.outlook.com" % r.randint(40, 130),
                  "40.107.237.%d" % r.randint(40, 130))
        mid = "<%s@%s.namprd12.prod.outlook.com>" % (r.uuid(), srv)
        if m.p.get("mid_style") == "msa":
            mid = "<%s@az.westeurope.microsoft.com>" % r.uuid().replace("-", "")
        rp = m.p.get("rp", m.frm[1])
        post = [("X-MS-Exchange-CrossTenant-id", "72f988bf-86f1-41af-91ab-2d7cd011db47"),
                ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                ("X-MS-PublicTrafficType", "Email")]
    elif kind == "google":
        n = r.choice([69, 73, 41])
        hops = ["by mail-sor-f%d.google.com with SMTPS id %s\n        for <%s>\n        (Google Transport Security);\n"
                "        %s" % (n, r.alnum(3, "0123456789abcdef") + "-" + r.alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789"),
                              m.rcpt, fmtdate(t + timedelta(seconds=1), "pt", True))]
        client = ("mail-sor-f%d.google.com" % n, "mail-sor-f%d.google.com" % n, "209.85.220.%d" % n)
        mid = "<%s@google.com>" % r.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        rp = "3%s@gaia.bounces.google.com" % r.alnum(30)
        post = [("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (
            r.hexs(4), r.hexs(4), r.hexs(3), r.hexs(3), r.hexs(4), r.alnum(10, "abcdefghij0123456789"),
            fmtdate(t, "pt", True))),
                ("X-Notifications", r.hexs(16)), ("X-Notifications-Bounce-Info", r.b64(80))]
    elif kind == "github":
        n = r.randint(17, 30)
        hops = ["from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix) "
                "with ESMTPA id %s\n\tfor <%s>; %s" % (r.hexs(4), r.randint(100, 230), r.randint(2, 250),
                                                      r.postfix_id(), m.rcpt, fmtdate(t, "pt"))]
        client = ("out-%d.smtp.github.com" % n, "out-%d.smtp.github.com" % n, "192.30.252.%d" % (190 + n))
        mid = "<%s_%s%s@%s.mail>" % (r.hexs(13), r.hexs(4), r.hexs(12), "lowworker-" + r.hexs(10) + "-" + r.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
        rp = "noreply@github.com"
        post = [("X-GitHub-Reason", "security_alert")] if False else []
    elif kind == "yandex_id":
        fw = "forward%d%s.mail.yandex.net" % (r.randint(100, 500), r.choice("ab"))
        hops = ["from mail-nwsmtp-smtp-production-main-%d.iva.yp-c.yandex.net\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s" % (
            r.randint(10, 80), fw, r.alnum(10), fmtdate(t + timedelta(seconds=1), "ru"))]
        client = (fw, fw, "178.154.239.%d" % r.randint(64, 220))
        mid = "<%d%d@%s.yp-c.yandex.net>" % (r.randint(10 ** 5, 10 ** 6), int(t.timestamp()),
                                              "passport-" + r.hexs(6))
        rp = "noreply@id.yandex.ru"
        post = []
    elif kind == "docusign":
        h = "mail%d.eu.docusign.net" % r.randint(10, 40)
        hops = ["from docusign.net (%s [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s; %s" % (
            "dse-nl%02d" % r.randint(1, 9), r.randint(1, 200), r.randint(1, 200), r.randint(1, 200), h,
            r.postfix_id(), fmtdate(t, "utc"))]
        client = (h, h, "185.81.%d.%d" % (r.randint(100, 103), r.randint(2, 250)))
        mid = "<%s@docusign.net>" % r.hexs(32)
        rp = "dse@eumail.docusign.net"
        post = [("X-API-Host", "EU"), ("X-DocuSign-Env", "EU")]
    elif kind == "mimecast":
        h = "eu-smtp-delivery-1%02d.mimecast.com" % r.randint(1, 99)
        hops = ["from %s (%s [%s]) by\n\trelay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
                "id uk-mta-%d-%s-1; %s" % (
                    m.p["mta"][0], m.p["mta"][0], m.p["mta"][1], r.randint(1, 300), r.b64(22), fmtdate(t, "uk", True)),
                "from %s (%s) by %s\n\t(%s) with Microsoft SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s" % (
                    m.p["exch"], m.p["mta"][1], m.p["exch"], m.p["mta"][1], fmtdate(t, "uk"))]
        client = (h, h, "185.58.85.%d" % r.randint(100, 200))
        mid = "<%s@%s>" % (r.hexs(32), m.p["exch"])
        rp = m.frm[1]
        post = [("Thread-Topic", None), ("Thread-Index", thread_index(r)), ("Accept-Language", "en-GB, en-US"),
                ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes" if m.has_attach else ""),
                ("X-MS-TNEF-Correlator", ""), ("X-MC-Unique", "%s-%s" % (r.b64(22), r.digits(1))),
                ("X-Mimecast-MFC-AGG-ID", r.b64(16))]
        return dict(hops=hops, client=client, tls="TLSv1.2", msgid=mid, pre=[], post=post, order="outlook",
                    return_path=rp)
    else:
        raise ValueError(kind)
    return dict(hops=hops, client=client, tls="TLSv1.2", msgid=m.p.get("msgid") or mid, pre=[], post=post,
                order="generic", return_path=m.p.get("rp", rp))


def p_direct(m, r, t):
    """Bulk/extortion sender talking SMTP directly from an arbitrary host."""
    helo = m.p["helo"]
    ip = m.p["ip"]
    rdns = m.p.get("rdns", "unknown")
    hops = m.p.get("hops", [])
    mid = m.p.get("msgid") or "<%s@%s>" % (r.hexs(16), helo)
    post = [("X-Mailer", m.p["mailer"])] if m.p.get("mailer") else []
    return dict(hops=hops, client=(helo, rdns, ip), tls=m.p.get("tls"), msgid=mid, pre=[], post=post,
                order="generic", return_path=m.envfrom)


def p_aruba(m, r, t):
    """Aruba.it shared hosting (Italian small businesses)."""
    host = "smtpdh%02d-%d.aruba.it" % (r.randint(10, 30), r.randint(1, 2))
    ip = "62.149.155.%d" % r.randint(140, 180)
    cip = m.p.get("cip") or r.ip("79.40")
    hops = ["from [%s] ([%s]) by Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
        m.p.get("lan", "192.168.1.%d" % r.randint(2, 60)), cip, r.alnum(10), fmtdate(t + timedelta(seconds=1), "it"))]
    dom = m.frm[1].split("@")[1]
    if m.p.get("ua", "outlook") == "outlook":
        post = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r)),
                ("Content-Language", m.p.get("content_lang", "it"))]
        mid = outlook_mid(r, dom)
        order = "outlook_smtp"
    else:
        post = [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev72"), ("X-Priority", "3"), ("Importance", "Normal")]
        mid = "<%d.%d.%d@webmail.aruba.it>" % (r.randint(10 ** 8, 10 ** 9), r.randint(1000, 99999),
                                               int(t.timestamp() * 1000))
        order = "generic"
        hops = ["from webmail.aruba.it ([%s]) by Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
            r.ip("62.149.158"), r.alnum(10), fmtdate(t + timedelta(seconds=1), "it"))]
    return dict(hops=hops, client=(host, host, ip), tls="TLSv1.2", msgid=mid, pre=[], post=post,
                order=order, return_path=m.envfrom)


PROFILES = {"aruba": p_aruba, "exchange": p_exchange_internal, "m365": p_m365, "outlookcom": p_outlookcom,
            "gmail": p_gmail, "gws": p_gws, "postfix": p_postfix_auth, "exim": p_exim,
            "ionos": p_ionos, "gmx": p_gmx, "webmail": p_webmail_generic, "esp": p_esp,
            "service": p_service, "direct": p_direct}
