"""Sending-infrastructure profiles: Received chains, Message-ID / X-Mailer style,
MIME boundary style and header order of the systems that really send such mail."""
import base64
import datetime as _dt
import uuid

from mimegen import (mx01, postfix_hop, postfix_long_id, rfcdate, hexs, alnum, sec,
                     TLS12, TLS13, TLS13_128, UTC)


def _uuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def filetime(utc):
    return int((utc - _dt.datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)


class Env:
    def __init__(self, m, t, order):
        self.m = m
        self.t = t
        self.rng = m.rng
        self.received = []
        self.order = order
        self.fields = {}
        self.msgid = None
        self.return_path = None
        self.bcount = 0
        self.bfun = None

    def set(self, k, v):
        self.fields[k] = v

    def boundary(self):
        self.bcount += 1
        return self.bfun(self.bcount)

    def compose(self, core):
        """core: dict of header name -> value (From, To, Subject, Date, ...)."""
        allf = dict(self.fields)
        allf.update({k: v for k, v in core.items() if v is not None})
        if "Message-ID" not in allf and self.msgid:
            allf["Message-ID"] = self.msgid
        out = []
        for k in self.order:
            if k in allf:
                v = allf.pop(k)
                if isinstance(v, list):
                    out.extend((k, x) for x in v)
                else:
                    out.append((k, v))
        for k, v in allf.items():
            if isinstance(v, list):
                out.extend((k, x) for x in v)
            else:
                out.append((k, v))
        self.m.headers = out
        self.m.received = self.received
        self.m.return_path = self.return_path


def thread_index(rng, utc):
    ft = filetime(utc)
    raw = (ft >> 16).to_bytes(6, "big") + bytes(rng.randrange(256) for _ in range(16))
    return base64.b64encode(raw).decode()


# ====================================================================== internal (Exchange on-prem -> mail-int01 -> mx01)
EXCH_SERVERS = {"HAM": ("EX-HAM-MBX01", "10.20.1.21"), "HAM2": ("EX-HAM-MBX02", "10.20.1.22")}


def internal(m, t, sender, rcpt, client_ip="10.20.14.57", lang="de-DE", has_attach=False, zone="DE"):
    e = Env(m, t, ["From", "To", "CC", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
                   "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
                   "X-MS-TNEF-Correlator", "x-originating-ip", "MIME-Version"])
    r = e.rng
    mbx, mbxip = EXCH_SERVERS["HAM2"]
    hub, hubip = EXCH_SERVERS["HAM"]
    e.received.append(mx01(r, "mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", rcpt, t, tls=TLS13_128))
    e.received.append(postfix_hop(r, "%s.corp.example.com" % hub, "%s.corp.example.com" % hub.lower(), hubip,
                                  "mail-int01.example.com", sec(t, 1), rcpt=rcpt, proto="ESMTPS", tls=TLS12))
    e.received.append("from %s.corp.example.com (%s) by %s.corp.example.com\n\t(%s) with Microsoft SMTP Server (version=TLS1_2,\n"
                      "\t cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.2562.17; %s"
                      % (mbx, mbxip, hub, hubip, rfcdate(sec(t, 2), zone="DE")))
    e.received.append("from %s.corp.example.com ([fe80::%s:%s:%s:%s]) by\n\t%s.corp.example.com ([fe80::%s:%s:%s:%s%%13]) with mapi id\n\t15.02.2562.017; %s"
                      % (mbx, hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4), mbx, hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4),
                         rfcdate(sec(t, 3), zone="DE")))
    e.msgid = "<%s@%s.corp.example.com>" % (hexs(r, 32), mbx)
    e.return_path = sender
    e.set("Thread-Index", thread_index(r, sec(t, 3)))
    e.set("Accept-Language", "%s, en-US" % lang)
    e.set("Content-Language", lang)
    e.set("X-MS-Has-Attach", "yes" if has_attach else "")
    e.set("X-MS-TNEF-Correlator", "")
    e.set("x-originating-ip", "[%s]" % client_ip)
    e.set("MIME-Version", "1.0")
    tag = e.msgid[1:33].upper()
    e.bfun = lambda n: "_%03d_%s%scorpexamplecom_" % (n - 1, tag, mbx.replace("-", ""))
    e.date = rfcdate(sec(t, 4), zone=zone)
    return e


# ====================================================================== Exchange Online (M365 tenants)
def exo(m, t, sender, rcpt, region="eur", pod=None, lang="en-GB", has_attach=False, zone="UK", ip=None,
        consumer=False):
    e = Env(m, t, ["From", "To", "CC", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
                   "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
                   "X-MS-TNEF-Correlator", "msip_labels", "x-ms-exchange-messagesentrepresentingtype", "x-tmn",
                   "x-ms-publictraffictype", "MIME-Version"])
    r = e.rng
    if consumer:
        site = r.choice(["AM7", "VI1", "DB8", "AS8"])
        n = r.randrange(10, 99)
        helo = "EUR03-%s-obe.outbound.protection.outlook.com" % site
        rdns = "mail-%seur03olkn20%02d.outbound.protection.outlook.com" % (site.lower(), n)
        ip = ip or "40.92.%d.%d" % (r.randrange(56, 74), n)
        srv = "%sP19%dMB%04d" % (r.choice(["AS8", "DU0", "PA4"]), r.randrange(1, 5), r.randrange(1000, 9999))
        fqdn = "%s.EURP19%d.PROD.OUTLOOK.COM" % (srv, r.randrange(1, 5))
    else:
        site = pod or r.choice(["DB8", "AM7", "VI1", "DU2", "FRA", "PAR", "GVR"])
        n = r.randrange(100, 250)
        reg = r.randrange(1, 6)
        helo = "EUR%02d-%s-obe.outbound.protection.outlook.com" % (reg, site)
        rdns = "mail-%seur%02don2%03d.outbound.protection.outlook.com" % (site.lower(), reg, n)
        ip = ip or "40.107.%d.%d" % (r.randrange(20, 160), n)
        srv = "%sPR%02dMB%04d" % (r.choice(["DB9", "AM0", "PAXP", "DU0", "VI1", "AS8"]), r.randrange(1, 10), r.randrange(1000, 9999))
        fqdn = "%s.eurprd%02d.prod.outlook.com" % (srv, r.randrange(1, 10))
    srv2 = srv[:-4] + "%04d" % r.randrange(1000, 9999)
    fqdn2 = fqdn.replace(srv, srv2)
    e.received.append(mx01(r, helo, rdns, ip, rcpt, t, tls=TLS12.replace("ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384")))
    e.received.append("from %s (2603:10a6:%s:%s::%d) by\n\t%s (2603:10a6:%s:%s::%d) with\n\tMicrosoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n\t15.20.9203.12; %s"
                      % (fqdn, hexs(r, 2), hexs(r, 3), r.randrange(2, 30), fqdn2, hexs(r, 2), hexs(r, 3), r.randrange(2, 30),
                         rfcdate(sec(t, 2), "UTC", no_dow=False)))
    e.received.append("from %s\n\t([fe80::%s:%s:%s:%s]) by %s\n\t([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.9203.010; %s"
                      % (fqdn, hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4), fqdn,
                         hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4), rfcdate(sec(t, 3), "UTC")))
    e.msgid = "<%s%s@%s>" % (srv, hexs(r, 28 - len(srv) + 18, True)[:36 - len(srv)] + hexs(r, 8, True), fqdn)
    e.return_path = sender
    e.set("Thread-Index", thread_index(r, sec(t, 3)))
    e.set("Accept-Language", "%s, en-US" % lang if not lang.startswith("en-US") else "en-US")
    e.set("Content-Language", lang)
    e.set("X-MS-Has-Attach", "yes" if has_attach else "")
    e.set("X-MS-TNEF-Correlator", "")
    if consumer:
        e.set("x-ms-exchange-messagesentrepresentingtype", "1")
        e.set("x-tmn", "[%s]" % alnum(r, 28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    e.set("x-ms-publictraffictype", "Email")
    e.set("MIME-Version", "1.0")
    tag = e.msgid[1:-1].split("@")[0]
    e.bfun = lambda k: "_%03d_%s%s_" % (k - 1, tag, fqdn.replace(".", "").replace("-", "").lower() if not consumer else fqdn.replace(".", "").replace("-", ""))
    e.date = rfcdate(sec(t, 5), zone="UTC")
    return e


# ====================================================================== Outlook desktop via SMTP (own / hosted server)
def outlook_smtp(m, t, sender, rcpt, server_helo, server_rdns, server_ip, client_helo, client_rdns, client_ip,
                 zone="DE", lang="de", server_kind="postfix", ol="16.0", server_zone=None):
    e = Env(m, t, ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID",
                   "MIME-Version", "X-Mailer", "Thread-Index", "Content-Language"])
    r = e.rng
    sent = sec(t, r.randrange(3, 9))
    e.received.append(mx01(r, server_helo, server_rdns, server_ip, rcpt, t, tls=TLS13))
    sz = server_zone or zone
    if server_kind == "postfix":
        e.received.append(postfix_hop(r, client_helo, client_rdns, client_ip, server_helo, sec(t, 2), zone=sz,
                                      proto="ESMTPSA", auth=sender, tls=TLS13.replace("\n\t(No client certificate requested)", "\n\t(No client certificate requested)")))
    elif server_kind == "ionos":
        e.received.append("from %s ([%s]) by mrelayeu.kundenserver.de (mreue%03d\n\t[212.227.15.%d]) with ESMTPSA (Nemesis) id %s; %s"
                          % (client_helo, client_ip, r.randrange(100, 120), r.randrange(160, 190),
                             "1M%s-1u%s" % (alnum(r, 6), alnum(r, 18)), rfcdate(sec(t, 2), sz)))
    elif server_kind == "strato":
        e.received.append("from %s\n\tby smtp.strato.de (RZmta 51.2.12 AUTH)\n\twith ESMTPSA id %s\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client did not present a certificate);\n\t%s"
                          % (client_helo, alnum(r, 7) + "1" + alnum(r, 7), rfcdate(sec(t, 2), sz)))
        e.set("X-RZG-AUTH", '":%s"' % alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+="))
        e.set("X-RZG-CLASS-ID", "mo00")
    elif server_kind == "aruba":
        e.received.append("from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
                          % (client_helo, client_ip, alnum(r, 15), rfcdate(sec(t, 2), sz, no_dow=True)))
    elif server_kind == "exim":
        e.received.append("from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98.2)\n\t(envelope-from <%s>)\n\tid 1t%s-%s-%s;\n\t%s"
                          % (client_ip, r.randrange(49152, 65535), client_helo, server_rdns, sender, alnum(r, 4), alnum(r, 6), alnum(r, 2),
                             rfcdate(sec(t, 2), sz)))
    ft = filetime(sent)
    hi, lo = ft >> 32, ft & 0xFFFFFFFF
    cnt = r.randrange(1, 0xfff)
    dom = sender.split("@")[1]
    e.msgid = "<%04x%08x$%08x$%s$@%s>" % (cnt, hi, lo, hexs(r, 8), dom)
    e.bfun = lambda k: "----=_NextPart_%03d_%04X_%08X.%08X" % (k - 1, cnt, hi, lo)
    e.return_path = sender
    e.set("MIME-Version", "1.0")
    e.set("X-Mailer", "Microsoft Outlook %s" % ol)
    e.set("Thread-Index", thread_index(r, sent))
    e.set("Content-Language", lang)
    e.date = rfcdate(sent, zone)
    return e


# ====================================================================== Thunderbird via own/hosted server
def thunderbird(m, t, sender, rcpt, server_helo, server_rdns, server_ip, client_helo, client_rdns, client_ip,
                zone="DE", lang="de-DE", tb="128.4.2", os_="Windows NT 10.0; Win64; x64", server_kind="postfix",
                auth=True):
    e = Env(m, t, ["Message-ID", "Date", "MIME-Version", "User-Agent", "Content-Language", "To", "Cc", "References",
                   "From", "Reply-To", "Subject", "In-Reply-To"])
    r = e.rng
    sent = sec(t, r.randrange(2, 6))
    e.received.append(mx01(r, server_helo, server_rdns, server_ip, rcpt, t, tls=TLS13))
    if server_kind == "postfix":
        e.received.append(postfix_hop(r, client_helo, client_rdns, client_ip, server_helo, sec(t, 1), zone=zone,
                                      auth=sender if auth else None, proto="ESMTPSA" if auth else "ESMTP", tls=TLS13))
    e.msgid = "<%s@%s>" % (_uuid(r), sender.split("@")[1])
    e.return_path = sender
    e.set("MIME-Version", "1.0")
    e.set("User-Agent", "Mozilla Thunderbird" if tb.startswith("1") and int(tb.split(".")[0]) >= 115 else
          "Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (os_, tb.split(".")[0] + ".0", tb))
    e.set("Content-Language", lang)
    e.bfun = lambda k: "------------" + alnum(r, 24)
    e.date = rfcdate(sent, zone)
    return e


# ====================================================================== Gmail
def gmail(m, t, sender, rcpt, zone="DE", cid=None, html=True):
    e = Env(m, t, ["MIME-Version", "References", "In-Reply-To", "From", "Date", "X-Gm-Features", "Message-ID",
                   "Subject", "To", "Cc", "Content-Type"])
    r = e.rng
    kind = r.choice(["ej1", "wm1", "wr1", "ed1", "lf1"])
    n = r.randrange(41, 70)
    host = "mail-%s-f%d.google.com" % (kind, n)
    ip = {"ej1": "209.85.218.%d", "wm1": "209.85.128.%d", "wr1": "209.85.221.%d", "ed1": "209.85.208.%d", "lf1": "209.85.167.%d"}[kind] % n
    smtpid = "%s-%s%s.%d" % (r.choice(["a640c23a62f3a", "4fb4d7f45d1cf", "2adb3069b0e04", "5b1f17b1804b1"]),
                             alnum(r, 4, "abcdef0123456789"), hexs(r, 10) + "so" + str(r.randrange(1000000, 9999999)) + r.choice(["66b", "a12", "e87"]), r.randrange(1, 9))
    e.received.append(mx01(r, host, host, ip, rcpt, t, tls=TLS13_128))
    e.received.append("by %s with SMTP id %s\n        for <%s>; %s" % (host, smtpid, rcpt, rfcdate(sec(t, 1), "US", comment=True)))
    e.set("X-Gm-Message-State", "AOJu0Y" + alnum(r, 70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    e.set("X-Gm-Gg", "ASbGnc" + alnum(r, 120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    e.set("X-Google-Smtp-Source", "AGHT+I" + alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    e.set("X-Received", "by 2002:a17:%03x:%x:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s"
          % (r.randrange(0x900, 0x907), r.randrange(0x100, 0xfff), hexs(r, 3) + hexs(r, 1), hexs(r, 5), hexs(r, 13), hexs(r, 12),
             r.randrange(1, 99), r.randrange(1700000000000, 1799999999999), rfcdate(sec(t, 1), "US", comment=True)))
    e.order = ["X-Gm-Message-State", "X-Gm-Gg", "X-Google-Smtp-Source", "X-Received"] + e.order
    e.msgid = "<CA%s@mail.gmail.com>" % (r.choice(["+", "K", "F", "E", "M", "A"]) + alnum(r, 62 - 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_="))
    e.set("X-Gm-Features", "AVHnY4" + alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
    e.return_path = sender
    e.set("MIME-Version", "1.0")
    e.bfun = lambda k: "000000000000" + hexs(r, 16)
    e.date = rfcdate(sec(t, 3), zone)
    return e


# ====================================================================== GMX / WEB.DE
def gmx(m, t, sender, rcpt, brand="gmx", zone="DE", mobile=False):
    e = Env(m, t, ["MIME-Version", "Message-ID", "From", "To", "Subject", "Content-Type", "Importance", "Sensitivity",
                   "Date", "X-Priority", "X-Provags-ID", "X-UI-Out-Filterresults", "X-Mailer", "In-Reply-To", "References"])
    r = e.rng
    if brand == "gmx":
        mout, mip, app = "mout.gmx.net", "212.227.17.%d" % r.choice([20, 21, 22]), "3c-app-gmx-bap%02d" % r.randrange(10, 80)
        webmail, mr = "web-mail.gmx.net", "mail.gmx.net (mrgmx%03d [212.227.17.%d])" % (r.randrange(100, 110), r.randrange(180, 200))
    else:
        mout, mip, app = "mout.web.de", "212.227.15.%d" % r.choice([3, 4, 14]), "3c-app-webde-bap%02d" % r.randrange(10, 60)
        webmail, mr = "web-mail.web.de", "mail.web.de (mrweb%03d [213.165.67.%d])" % (r.randrange(100, 110), r.randrange(100, 125))
    e.received.append(mx01(r, mout, mout, mip, rcpt, t, tls=TLS13))
    cip = "%d.%d.%d.%d" % (r.choice([79, 87, 91, 93, 178]), r.randrange(192, 254), r.randrange(1, 254), r.randrange(1, 254))
    nid = "1M%s-1u%s-00%s" % (alnum(r, 6), alnum(r, 10), alnum(r, 4))
    if mobile:
        e.received.append("from [10.%d.%d.%d] ([%s]) by %s with ESMTPSA (Nemesis) id %s; %s"
                          % (r.randrange(1, 255), r.randrange(1, 255), r.randrange(1, 255), cip, mr, nid, rfcdate(sec(t, 1), zone)))
        e.msgid = "<%s@%s>" % (_uuid(r).upper(), "gmx.de" if brand == "gmx" else "web.de")
        e.set("X-Mailer", "%s Mail for Android" % ("GMX" if brand == "gmx" else "WEB.DE"))
    else:
        e.received.append("from %s ([%s]) by %s\n (%s) with HTTP; %s" % (app, cip, webmail, app, rfcdate(sec(t, 2), zone, pad_day=False)))
        e.received.insert(1, "from %s ([%s]) by %s\n with ESMTPSA (Nemesis) id %s for <%s>; %s" % (app, cip, mr, nid, rcpt, rfcdate(sec(t, 1), zone)))
        e.msgid = "<trinity-%s-%d@%s>" % (_uuid(r), int(sec(t, 2).timestamp() * 1000), app)
        e.set("Importance", "normal")
        e.set("Sensitivity", "Normal")
        e.set("X-Priority", "3")
    e.set("X-Provags-ID", "V03:K1:" + alnum(r, 120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    e.set("X-UI-Out-Filterresults", "notjunk:1;V03:K0:" + alnum(r, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "=:" + alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    e.return_path = sender
    e.set("MIME-Version", "1.0")
    e.bfun = lambda k: "abmob-" + _uuid(r) if mobile else "=_" + hexs(r, 32)
    e.date = rfcdate(sec(t, 2), zone)
    return e


# ====================================================================== Libero (Italiaonline)
def libero(m, t, sender, rcpt):
    e = Env(m, t, ["Date", "From", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version",
                   "X-Priority", "Importance", "X-Mailer"])
    r = e.rng
    n = r.randrange(20, 40)
    host = "smtp-%d-i2.italiaonline.it" % n
    e.received.append(mx01(r, host, host, "213.209.12.%d" % n, rcpt, t, tls=TLS12))
    e.received.append("from libero.it ([10.101.%d.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s"
                      % (r.randrange(1, 12), r.randrange(2, 250), n, alnum(r, 14), rfcdate(sec(t, 1), "DE")))
    e.msgid = "<%d.%d.%d@libero.it>" % (r.randrange(100000000, 999999999), r.randrange(1000000, 9999999), int(sec(t, 2).timestamp() * 1000))
    e.return_path = sender
    e.set("MIME-Version", "1.0")
    e.set("X-Priority", "3")
    e.set("Importance", "Normal")
    e.set("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev%d" % r.randrange(40, 70))
    e.bfun = lambda k: "----=_Part_%d_%d.%d" % (r.randrange(100000, 999999), r.randrange(100000000, 999999999), int(sec(t, 2).timestamp() * 1000))
    e.date = rfcdate(sec(t, 2), "DE", no_dow=False)
    return e


# ====================================================================== WP.pl / Onet
def wp(m, t, sender, rcpt):
    e = Env(m, t, ["Date", "From", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version",
                   "X-Mailer", "X-WP-MailID", "X-WP-AV", "X-WP-Sender"])
    r = e.rng
    n = r.randrange(10, 19)
    e.received.append(mx01(r, "mx.wp.pl", "mx%d.wp.pl" % (n - 9), "212.77.101.%d" % n, rcpt, t, tls=TLS12))
    cip = "%d.%d.%d.%d" % (r.choice([83, 89, 46, 178]), r.randrange(1, 254), r.randrange(1, 254), r.randrange(1, 254))
    e.received.append("(wp-smtpd smtp.wp.pl %d invoked by uid %d); %s" % (r.randrange(1000, 30000), r.randrange(100, 900), rfcdate(sec(t, 1), "DE", no_dow=False)))
    e.received.append("from [%s] (HELO localhost) (%s)\n          by smtp.wp.pl (WP-SMTPD) with ESMTPSA for <%s>; %s"
                      % (cip, sender.split("@")[0] + "@wp.pl", rcpt, rfcdate(sec(t, 1), "DE")))
    e.msgid = "<%s@wp.pl>" % hexs(r, 32)
    e.return_path = sender
    e.set("MIME-Version", "1.0")
    e.set("X-Mailer", "Poczta WP")
    e.set("X-WP-MailID", hexs(r, 32))
    e.set("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")
    e.bfun = lambda k: "=-" + alnum(r, 20)
    e.date = rfcdate(sec(t, 2), "DE")
    return e


def onet(m, t, sender, rcpt):
    e = Env(m, t, ["Subject", "From", "To", "Date", "Message-ID", "MIME-Version", "X-Mailer", "In-Reply-To", "References"])
    r = e.rng
    n = r.randrange(110, 180)
    host = "smtpo%d.poczta.onet.pl" % n
    e.received.append(mx01(r, host, host, "213.180.149.%d" % r.randrange(130, 160), rcpt, t, tls=TLS13))
    e.received.append("from pmq%dv.m5r2.onet (pmq%dv.m5r2.onet [10.174.%d.%d])\n\tby smtp.poczta.onet.pl (Onet) with ESMTP id 4%s\n\tfor <%s>; %s"
                      % (n % 10, n % 10, r.randrange(32, 40), r.randrange(1, 250), alnum(r, 12), rcpt, rfcdate(sec(t, 1), "DE")))
    e.msgid = "<%s@poczta.onet.pl>" % (alnum(r, 32, "abcdefghijklmnopqrstuvwxyz0123456789"))
    e.return_path = sender
    e.set("MIME-Version", "1.0")
    e.set("X-Mailer", "Onet Poczta")
    e.bfun = lambda k: "===============%019d==" % r.randrange(10 ** 18, 10 ** 19)
    e.date = rfcdate(sec(t, 2), "DE")
    return e


# ====================================================================== OTEnet (Greece)
def otenet(m, t, sender, rcpt, mua="outlook", client=None):
    order = ["From", "To", "Cc", "References", "In-Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "X-Mailer",
             "Thread-Index", "Content-Language"]
    e = Env(m, t, order)
    r = e.rng
    n = r.randrange(1, 9)
    host = "mailout%02d.otenet.gr" % n
    e.received.append(mx01(r, host, host, "83.235.69.%d" % (20 + n), rcpt, t, tls=TLS12))
    cip = "%d.%d.%d.%d" % (r.choice([94, 85, 2, 79]), r.randrange(64, 80), r.randrange(1, 254), r.randrange(1, 254))
    ppp = "ppp-%s.home.otenet.gr" % cip.replace(".", "-")
    chelo = "DESKTOP-%s" % alnum(r, 7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if client:
        chelo, ppp, cip = client
    e.received.append(postfix_hop(r, chelo, ppp, cip,
                                  "mailout%02d.otenet.gr" % n, sec(t, 1), zone="GR", auth=sender, proto="ESMTPSA", tls=TLS12))
    sent = sec(t, 4)
    ft = filetime(sent)
    hi, lo = ft >> 32, ft & 0xFFFFFFFF
    cnt = r.randrange(1, 0xfff)
    e.msgid = "<%04x%08x$%08x$%s$@otenet.gr>" % (cnt, hi, lo, hexs(r, 8))
    e.bfun = lambda k: "----=_NextPart_%03d_%04X_%08X.%08X" % (k - 1, cnt, hi, lo)
    e.set("MIME-Version", "1.0")
    e.set("X-Mailer", "Microsoft Outlook 16.0")
    e.set("Thread-Index", thread_index(r, sent))
    e.set("Content-Language", "el")
    e.return_path = sender
    e.date = rfcdate(sent, "GR")
    return e


# ====================================================================== Yandex
def yandex(m, t, sender, rcpt, web=True):
    e = Env(m, t, ["From", "To", "Cc", "In-Reply-To", "References", "Subject", "MIME-Version", "X-Mailer", "Date", "Message-Id"])
    r = e.rng
    fw = "forward%d%s.mail.yandex.net" % (r.choice([100, 101, 102, 500, 501, 502]), r.choice("abcd"))
    fwip = "178.154.239.%d" % r.randrange(70, 220)
    e.received.append(mx01(r, fw, fw, fwip, rcpt, t, tls=TLS13))
    node = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.randrange(10, 99), r.choice(["vla", "sas", "klg", "iva"]))
    v6 = "IPv6:2a02:6b8:c%02x:%x:0:640:%s:0" % (r.randrange(0, 255), r.randrange(0x1000, 0xffff), hexs(r, 4))
    e.received.append("from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s"
                      % (node, node, v6, fw, alnum(r, 12, "0123456789ABCDEF"), rcpt, rfcdate(sec(t, 1), "RU")))
    e.received.append("by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s"
                      % (node, alnum(r, 10), alnum(r, 8), rfcdate(sec(t, 1), "RU")))
    if web:
        e.msgid = "<%d%d@mail.yandex.ru>" % (r.randrange(1000000, 9999999), int(sec(t, 2).timestamp()))
        e.set("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")
        e.bfun = lambda k: "----==%s--" % hexs(r, 32)
    else:
        e.msgid = "<%s@%s>" % (_uuid(r), sender.split("@")[1])
        e.bfun = lambda k: "------------" + alnum(r, 24)
    e.return_path = sender
    e.set("MIME-Version", "1.0")
    e.date = rfcdate(sec(t, 2), "RU")
    return e


# ====================================================================== Bulk ESPs
def sendgrid(m, t, sender_env, rcpt, brand_ptr=None):
    e = Env(m, t, ["Content-Type", "Date", "From", "Reply-To", "Mime-Version", "Message-ID", "Subject", "X-SG-EID",
                   "X-SG-ID", "X-Entity-ID", "To", "List-Unsubscribe", "List-Unsubscribe-Post"])
    r = e.rng
    ip = "149.72.%d.%d" % (r.randrange(1, 250), r.randrange(1, 250))
    host = brand_ptr or "%s.outbound-mail.sendgrid.net" % alnum(r, 8, "abcdefghijklmnopqrstuvwxyz")
    pod = "geopod-ismtpd-%d" % r.randrange(1, 40)
    fid = "filterdrecv-%s-%s" % (hexs(r, 9), alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    sgid = alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    e.received.append(mx01(r, host, host, ip, rcpt, t, tls=TLS12))
    ts = sec(t, 2)
    e.received.append("by %s with SMTP id %s-1-%s-%d\n\t%s.%09d +0000 UTC m=+%d.%09d"
                      % (fid, fid, hexs(r, 8, True), r.randrange(1, 40), ts.strftime("%Y-%m-%d %H:%M:%S"), r.randrange(10 ** 8, 10 ** 9),
                         r.randrange(100000, 9000000), r.randrange(10 ** 8, 10 ** 9)))
    e.received.append("from MTQ%s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\tfor <%s>; %s.%03d +0000 (UTC)"
                      % (alnum(r, 12), pod, sgid, rcpt, rfcdate(sec(t, 3), "UTC", no_dow=False).rsplit(" ", 1)[0], r.randrange(0, 999)))
    e.msgid = "<%s@%s>" % (sgid, pod)
    e.set("X-SG-EID", "u001." + alnum(r, 120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==")
    e.set("X-SG-ID", "u001." + alnum(r, 80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=")
    e.set("X-Entity-ID", "u001." + alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==")
    e.set("Mime-Version", "1.0")
    e.return_path = "bounces+%d-%s-%s=example.com@%s" % (r.randrange(10 ** 7, 10 ** 8), hexs(r, 4), rcpt.split("@")[0], sender_env)
    e.bfun = lambda k: hexs(r, 64)
    e.date = rfcdate(sec(t, 3), "UTC")
    return e


def mailgun(m, t, mg_domain, rcpt, eu=True):
    e = Env(m, t, ["X-Mailgun-Sid", "Sender", "Date", "Mime-Version", "Subject", "From", "Reply-To", "To", "Message-Id",
                   "X-Mailgun-Tag", "X-Mailgun-Track", "List-Unsubscribe"])
    r = e.rng
    if eu:
        n = r.randrange(1, 30)
        host = "m%d-%d.eu.mailgun.net" % (r.randrange(14, 18), n)
        ip = "161.38.%d.%d" % (r.randrange(192, 206), n)
    else:
        n = r.randrange(1, 60)
        host = "m%d-%d.mailgun.net" % (r.randrange(220, 240), n)
        ip = "159.135.%d.%d" % (r.randrange(224, 240), n)
    e.received.append(mx01(r, host, host, ip, rcpt, t, tls=TLS12))
    e.received.append("by %s with HTTP; %s" % (hexs(r, 12), rfcdate(sec(t, 1), "UTC").replace("+0000", "GMT")))
    e.set("X-Mailgun-Sid", "Wy" + alnum(r, 70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "==")
    e.set("Sender", "postmaster@%s" % mg_domain)
    e.set("Mime-Version", "1.0")
    e.msgid = "<%s.%s@%s>" % (sec(t, 2).strftime("%Y%m%d%H%M%S"), hexs(r, 16), mg_domain)
    e.order[e.order.index("Message-Id")] = "Message-ID"
    e.return_path = "bounce+%s.%s-%s=example.com@%s" % (hexs(r, 6), hexs(r, 6), rcpt.split("@")[0], mg_domain)
    e.bfun = lambda k: hexs(r, 64)
    e.date = rfcdate(sec(t, 2), "UTC")
    return e


def ses(m, t, sender, rcpt, region="eu-west-1"):
    e = Env(m, t, ["From", "Reply-To", "To", "Subject", "MIME-Version", "Content-Type", "Message-ID", "Date",
                   "List-Unsubscribe", "Feedback-ID", "X-SES-Outgoing"])
    r = e.rng
    a, b = r.randrange(1, 9), r.randrange(10, 250)
    ip = {"eu-west-1": "54.240.%d.%d" % (r.choice([4, 7]), b), "eu-central-1": "69.169.224.%d" % b,
          "us-east-1": "54.240.%d.%d" % (r.choice([8, 9, 11]), b)}[region]
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (a, b, region)
    e.received.append(mx01(r, host, host, ip, rcpt, t, tls=TLS12))
    mid = "0102019%s-%s-%s-%s-%s-000000" % (hexs(r, 9), hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 12))
    e.msgid = "<%s@%s.amazonses.com>" % (mid, region)
    e.set("MIME-Version", "1.0")
    e.set("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, alnum(r, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    e.set("X-SES-Outgoing", "%s-%s" % (t.strftime("%Y.%m.%d"), ip))
    e.return_path = "%s@%s.amazonses.com" % (mid, region)
    e.bfun = lambda k: "----=_Part_%d_%d.%d" % (r.randrange(100000, 9999999), r.randrange(100000000, 999999999), int(sec(t, 1).timestamp() * 1000))
    e.date = rfcdate(sec(t, 1), "UTC")
    return e


def brevo(m, t, sender, rcpt):
    e = Env(m, t, ["Date", "Subject", "From", "Reply-To", "To", "Message-Id", "Content-Type", "MIME-Version",
                   "List-Unsubscribe", "List-Unsubscribe-Post", "X-Mailer", "X-sib-id", "X-CSA-Complaints", "Feedback-ID"])
    r = e.rng
    n = r.randrange(10, 60)
    host = "m%d-%d.brevo.com" % (r.randrange(1, 9), n)
    ip = "77.32.148.%d" % n if r.random() < 0.5 else "185.41.28.%d" % n
    e.received.append(mx01(r, host, host, ip, rcpt, t, tls=TLS13))
    e.received.append("from [%s] (unknown [10.%d.%d.%d]) by smtp-relay.brevo.com (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s"
                      % ("10.6.%d.%d" % (r.randrange(1, 250), r.randrange(1, 250)), r.randrange(1, 250), r.randrange(1, 250),
                         r.randrange(1, 250), alnum(r, 12), rcpt, rfcdate(sec(t, 1), "UTC")))
    e.msgid = "<%s.%d@smtp-relay.mailin.fr>" % (sec(t, 2).strftime("%Y%m%d%H%M"), r.randrange(10 ** 10, 10 ** 11))
    e.order[e.order.index("Message-Id")] = "Message-ID"
    e.set("MIME-Version", "1.0")
    e.set("X-Mailer", "Sendinblue")
    e.set("X-sib-id", alnum(r, 90, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))
    e.set("X-CSA-Complaints", "csa-complaints@eco.de")
    e.set("Feedback-ID", "%d.%d.%d:%d:Sendinblue" % (r.randrange(1, 255), r.randrange(1, 255), r.randrange(1, 255), r.randrange(1000000, 9999999)))
    e.return_path = "bounces-%d-%s=example.com@sendibt2.com" % (r.randrange(10 ** 6, 10 ** 7), rcpt.split("@")[0])
    e.bfun = lambda k: "----=_Part_%d_%d.%d" % (r.randrange(100000, 9999999), r.randrange(100000000, 999999999), int(sec(t, 1).timestamp() * 1000))
    e.date = rfcdate(sec(t, 2), "UTC")
    return e


def mailchimp(m, t, sender, rcpt, cid="us12"):
    e = Env(m, t, ["Subject", "From", "Reply-To", "To", "Date", "Message-ID", "X-Mailer", "X-Campaign", "X-campaignid",
                   "X-Report-Abuse", "X-MC-User", "Feedback-ID", "X-Accounttype", "List-ID", "X-Original-Sender",
                   "List-Unsubscribe", "List-Unsubscribe-Post", "Content-Type", "MIME-Version"])
    r = e.rng
    n, d = r.randrange(10, 250), r.randrange(1, 200)
    pod = "suw%d" % r.randrange(10, 160)
    host = "mail%d-%d.%s.mcdlv.net" % (d, n, pod)
    ip = "198.2.%d.%d" % (d, n)
    e.received.append(mx01(r, host, host, ip, rcpt, t, tls=TLS12))
    e.received.append("from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s"
                      % (host, alnum(r, 12), rcpt, rfcdate(sec(t, 60), "UTC")))
    uid = hexs(r, 25)
    camp = hexs(r, 10)
    e.msgid = "<%s.%s.%s.%s@%s.mcdlv.net>" % (hexs(r, 24), hexs(r, 8), sec(t, 60).strftime("%Y%m%d%H%M%S"), hexs(r, 10), pod)
    e.set("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (camp, hexs(r, 10)))
    e.set("X-Campaign", "mailchimp%s.%s" % (uid, camp))
    e.set("X-campaignid", "mailchimp%s.%s" % (uid, camp))
    e.set("X-MC-User", uid)
    e.set("Feedback-ID", "%d:%d.%d:%s:mc" % (r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 6, 10 ** 7), cid))
    e.set("X-Accounttype", "pd")
    e.set("MIME-Version", "1.0")
    e.mc = (uid, camp, cid)
    e.return_path = "bounce-mc.%s_%d.%d-%s=example.com@mail%d.%s.mcdlv.net" % (cid, r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 6, 10 ** 7), rcpt.split("@")[0], d, pod)
    e.bfun = lambda k: "_----------=_MCPart_%d" % r.randrange(10 ** 9, 10 ** 10)
    e.date = rfcdate(sec(t, 60), "UTC")
    return e


def generic_esp(m, t, sender, rcpt, helo, rdns, ip, relay_line=None, msgid=None, xmailer=None, zone="UTC", bstyle="part"):
    e = Env(m, t, ["Date", "From", "Reply-To", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type",
                   "X-Mailer", "List-Unsubscribe", "List-Unsubscribe-Post", "List-Id", "Precedence", "Feedback-ID"])
    r = e.rng
    e.received.append(mx01(r, helo, rdns, ip, rcpt, t, tls=TLS12))
    if relay_line:
        e.received.append(relay_line % {"date": rfcdate(sec(t, 1), zone), "rcpt": rcpt})
    e.msgid = msgid or "<%s@%s>" % (hexs(r, 24), helo)
    if xmailer:
        e.set("X-Mailer", xmailer)
    e.set("MIME-Version", "1.0")
    e.return_path = sender
    if bstyle == "part":
        e.bfun = lambda k: "----=_Part_%d_%d.%d" % (r.randrange(100000, 9999999), r.randrange(100000000, 999999999), int(sec(t, 1).timestamp() * 1000))
    else:
        e.bfun = lambda k: "b%d_%s" % (k, hexs(r, 32))
    e.date = rfcdate(sec(t, 2), zone)
    return e


# ====================================================================== direct / compromised / VPS / botnet
def direct(m, t, sender, rcpt, helo, rdns, ip, hops=None, tls=TLS13, msgid=None, mailer=None, ua=None, zone="DE",
           order=None, bstyle="phpmailer", date_offset=3):
    e = Env(m, t, order or ["Date", "From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "X-Mailer", "User-Agent",
                            "MIME-Version", "Content-Type"])
    r = e.rng
    e.received.append(mx01(r, helo, rdns, ip, rcpt, t, tls=tls))
    for hp in hops or []:
        e.received.append(hp)
    e.msgid = msgid or "<%s@%s>" % (alnum(r, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), sender.split("@")[1])
    if mailer:
        e.set("X-Mailer", mailer)
    if ua:
        e.set("User-Agent", ua)
    e.set("MIME-Version", "1.0")
    e.return_path = sender
    if bstyle == "phpmailer":
        e.bfun = lambda k: "b%d_%s" % (k, alnum(r, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
    elif bstyle == "roundcube":
        e.bfun = lambda k: "=_" + hexs(r, 32)
    elif bstyle == "python":
        e.bfun = lambda k: "===============%019d==" % r.randrange(10 ** 18, 10 ** 19)
    elif bstyle == "tb":
        e.bfun = lambda k: "------------" + alnum(r, 24)
    elif bstyle == "outlook":
        cnt = r.randrange(1, 0xfff)
        ft = filetime(sec(t, date_offset))
        e.bfun = lambda k: "----=_NextPart_%03d_%04X_%08X.%08X" % (k - 1, cnt, ft >> 32, ft & 0xFFFFFFFF)
    e.date = rfcdate(sec(t, date_offset), zone)
    return e


def exim_hop(r, client_ip, helo, by, sender, t, zone="DE", auth=True, rcpt=None):
    return ("from [%s] (port=%d helo=%s)\n\tby %s with %s  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98.2)\n\t(envelope-from <%s>)\n\tid 1t%s-%s-%s%s;\n\t%s"
            % (client_ip, r.randrange(49152, 65535), helo, by, "esmtpsa" if auth else "esmtps", sender, alnum(r, 4), alnum(r, 6, "0123456789ABCDEF"),
               alnum(r, 2), ("\n\tfor %s" % rcpt) if rcpt else "", rfcdate(t, zone)))


def cpanel_antiabuse(host, rcpt_dom, sender, uid=True):
    sdom = sender.split("@")[1]
    h = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
         ("X-AntiAbuse", "Primary Hostname - %s" % host),
         ("X-AntiAbuse", "Original Domain - %s" % rcpt_dom),
         ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
         ("X-AntiAbuse", "Sender Address Domain - %s" % sdom),
         ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, sender)),
         ("X-Authenticated-Sender", "%s: %s" % (host, sender))]
    return h
