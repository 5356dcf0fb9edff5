"""Sending-system profiles: transport hops (Received chain, connecting
client) and client style (Message-ID, X-Mailer, boundaries, header order)."""
import base64
import re

import mime
import util
from util import rfc_date, rs, rhex, ruuid, ALNUM

LANGTAG = {"de": "de-DE", "en": "en-GB", "it": "it-IT", "pl": "pl-PL", "es": "es-ES", "el": "el-GR", "ru": "ru-RU"}


def J(*lines):
    return "\n\t".join(lines)


def T(m, s):
    return util.add(m.t, s)


def dom(addr):
    return addr.split("@", 1)[1]


def has_attach(p):
    if isinstance(p, mime.Multi):
        return any(has_attach(c) for c in p.parts)
    return any(k == "Content-Disposition" for k, _ in p.headers)


def topic(subj):
    return re.sub(r"^((AW|WG|RE|Re|R|I|FW|Fwd|Odp|PD|RV|ΑΠ|ΠΡΘ|Ответ|Fw|RIF):\s*)+", "", subj)


def _ft(t):
    ft = int((t.timestamp() + 11644473600) * 10 ** 7)
    return ft >> 32, ft & 0xFFFFFFFF


def thread_index(r, m):
    hi, lo = _ft(m.t)
    raw = bytes([0x01]) + hi.to_bytes(4, "big")[1:] + lo.to_bytes(4, "big")[:2] + bytes(r.randrange(256) for _ in range(16))
    n = m.sys.get("thread_depth", 0)
    raw += bytes(r.randrange(256) for _ in range(5 * n))
    return base64.b64encode(raw).decode()


def v6(r, pre="2603:10a6:"):
    return pre + "%x:%x::%x" % (r.randrange(0x10, 0x900), r.randrange(0x10, 0x400), r.randrange(1, 0x30))


def fe80(r):
    return "fe80::%x:%x:%x:%x" % tuple(r.randrange(0x1000, 0xFFFF) for _ in range(4))


def _cl_ip(m, r):
    return m.sys.get("client_ip") or "%d.%d.%d.%d" % (r.choice([79, 93, 84, 91, 2]), r.randrange(1, 254), r.randrange(1, 254), r.randrange(2, 254))


# ====================================================== client styles =====
def ua_exchange(m, r, msgid, mbx_bound):
    local = msgid[1:].split("@")[0]
    post = [("Thread-Topic", mime.htext(topic(m.subject), m.hcs, m.henc)),
            ("Thread-Index", thread_index(r, m)),
            ("Accept-Language", m.sys.get("accept_lang", LANGTAG[m.lang] + ", en-US")),
            ("Content-Language", m.sys.get("content_lang", LANGTAG[m.lang])),
            ("X-MS-Has-Attach", "yes" if has_attach(m.body) else ""),
            ("X-MS-TNEF-Correlator", "")]
    order = ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
             "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
             "X-MS-TNEF-Correlator", "POST"]
    cnt = {"mixed": "_004_", "related": "_003_", "alternative": "_000_"}
    used = []

    def bgen(sub):
        p = cnt.get(sub, "_002_")
        if p in used:
            p = "_%03d_" % (6 + len(used))
        used.append(p)
        return "%s%s%s_" % (p, local, mbx_bound)
    return dict(post=post, order=order, bgen=bgen, mime_last=True)


def ua_client(ua, m, r, domain):
    """Desktop/webmail client styles that do not depend on the transport."""
    lt = LANGTAG[m.lang]
    if ua == "outlook16":
        hi, lo = _ft(m.t)
        cnt = r.randrange(1, 0x60)
        msgid = "<%04x%08x$%08x$%s$@%s>" % (cnt, hi, lo, rhex(r, 8), domain)
        seq = [0]

        def bgen(sub):
            s = "----=_NextPart_%03d_%04X_%08X.%08X" % (seq[0], cnt + 1, hi, lo)
            seq[0] += 1
            return s
        tail = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r, m)),
                ("Content-Language", m.sys.get("content_lang", m.lang))]
        return dict(msgid=msgid, bgen=bgen, tail=tail, preamble="This is a multipart message in MIME format.",
                    order=["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date",
                           "Message-ID", "POST", "MIME-Version"])
    if ua == "thunderbird":
        msgid = "<%s@%s>" % (ruuid(r), domain)
        return dict(msgid=msgid, bgen=lambda sub: "------------" + rs(r, 24), hcs="UTF-8", henc="B", unquote=True,
                    post=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lt)],
                    preamble="This is a multi-part message in MIME format.",
                    order=["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "Content-Language", "To",
                           "Cc", "References", "From", "Reply-To", "In-Reply-To", "POST"])
    if ua == "roundcube":
        return dict(msgid="<%s@%s>" % (rhex(r, 32), domain), bgen=lambda sub: "=_" + rhex(r, 32), unquote=True,
                    post=[("User-Agent", "Roundcube Webmail/1.6.9"), ("X-Sender", m.frm[1])],
                    order=["MIME-Version", "Date", "From", "To", "Cc", "Subject", "Reply-To", "In-Reply-To",
                           "References", "User-Agent", "Message-ID", "X-Sender", "POST"])
    if ua == "ox":
        ms = util.epoch_ms(m.t)
        a, b = r.randrange(10 ** 8, 2 * 10 ** 9), r.randrange(10 ** 5, 10 ** 7)
        host = m.sys.get("ox_host", domain)
        return dict(msgid="<%d.%d.%d@%s>" % (a, b, ms, host), unquote=True,
                    bgen=lambda sub: "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 2 * 10 ** 9), ms),
                    tail=[("X-Priority", "3"), ("Importance", "Normal"),
                          ("X-Mailer", m.sys.get("ox_ver", "Open-Xchange Mailer v7.10.6-Rev72"))],
                    order=["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To", "References",
                           "Subject", "POST", "MIME-Version"])
    if ua == "phpmailer":
        return dict(msgid="<%s@%s>" % (rs(r, 43), m.sys.get("php_host", domain)),
                    bgen=lambda sub: "b1=_" + rs(r, 43),
                    post=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
                    order=["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "POST", "MIME-Version"])
    if ua == "apple":
        return dict(msgid="<%s@%s>" % (ruuid(r, upper=True), domain),
                    bgen=lambda sub: "Apple-Mail-" + ruuid(r, upper=True),
                    post=[("X-Mailer", "iPhone Mail (22B91)")], mime_version="1.0 (1.0)",
                    order=["MIME-Version", "From", "Subject", "Date", "Cc", "Message-ID", "References",
                           "In-Reply-To", "To", "Reply-To", "POST"])
    if ua == "zimbra":
        ms = util.epoch_ms(m.t)
        return dict(msgid="<%d.%d.%d.JavaMail.zimbra@%s>" % (r.randrange(10 ** 8, 2 * 10 ** 9), r.randrange(10 ** 5, 10 ** 7), ms, domain),
                    bgen=lambda sub: "=_" + ruuid(r),
                    post=[("X-Originating-IP", "[%s]" % m.sys.get("client_ip", "10.0.0.1")),
                          ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC130 (Win)/9.0.0_GA_4583)"),
                          ("Thread-Index", thread_index(r, m)), ("Thread-Topic", mime.htext(topic(m.subject), m.hcs, m.henc))],
                    order=["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject",
                           "MIME-Version", "POST"])
    if ua == "thebat":
        lt_ = util.local(m.t, m.zone)[0]
        return dict(msgid="<%d.%s@%s>" % (r.randrange(10 ** 8, 2 * 10 ** 9), lt_.strftime("%Y%m%d%H%M%S"), domain),
                    bgen=lambda sub: "----------" + rhex(r, 16, upper=True),
                    post=[("X-Mailer", "The Bat! (v11.3.2) Professional"), ("X-Priority", "3 (Normal)")],
                    order=["Date", "From", "Reply-To", "X-Mailer", "X-Priority", "Message-ID", "To", "Cc", "Subject",
                           "In-Reply-To", "References", "MIME-Version", "POST"])
    if ua == "zoho":
        ms = util.epoch_ms(m.t)
        return dict(msgid="<%x.%s.%d@%s>" % (ms, rhex(r, 11), r.randrange(10 ** 18, 10 ** 19), domain),
                    bgen=lambda sub: "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), ms),
                    post=[("Importance", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")],
                    order=["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To", "Subject",
                           "MIME-Version", "POST"])
    # plain / generic
    return dict(msgid="<%s.%s@%s>" % (rhex(r, 12), rhex(r, 8), domain), bgen=lambda sub: "=_" + rhex(r, 28))


def _merge(P, C):
    for k, v in C.items():
        if k in ("post", "tail", "pre"):
            P[k] = P.get(k, []) + v
        else:
            P.setdefault(k, v)
    return P


# ====================================================== transports ========
def p_internal(m, r):
    ex, exip = r.choice([("EX01", "10.20.0.31"), ("EX02", "10.20.0.32")])
    fq = "%s.corp.example.com" % ex
    msgid = "<%s@%s>" % (rhex(r, 32), fq)
    f = fe80(r)
    hops = [J("from %s (%s [%s])" % (fq.lower(), fq.lower(), exip),
              "by mail-int01.example.com (Postfix) with ESMTPS id %s" % util.postfix_qid(r),
              "for <%s>; %s" % (m.rcpt, rfc_date(T(m, 2), "DE", True))),
            J("from %s (%s) by %s (%s) with Microsoft SMTP Server" % (fq, exip, fq, exip),
              "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14;",
              rfc_date(T(m, 1), "DE")),
            J("from %s ([%s]) by %s ([%s%%12]) with mapi id" % (fq, f, fq, f), "15.02.1544.014; %s" % rfc_date(T(m, 1), "DE"))]
    P = dict(client=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"), hops=hops, msgid=msgid,
             tls="1.2")
    C = ua_exchange(m, r, msgid, ex)
    C["post"].append(("x-originating-ip", "[10.20.%d.%d]" % (r.randrange(10, 40), r.randrange(20, 250))))
    return _merge(P, C)


O365 = {
    "eur": [("DU0PR04MB", "eurprd04", "EUR05", "DB8", "40.107.20"), ("AM9PR10MB", "eurprd10", "EUR03", "AM7", "40.107.105"),
            ("PA4PR08MB", "eurprd08", "EUR04", "PA4", "40.107.7"), ("VI1PR07MB", "eurprd07", "EUR02", "VI1", "40.107.6")],
    "gbr": [("LO2P265MB", "GBRP265", "GBR01", "LO2", "40.107.121"), ("CWLP265MB", "GBRP265", "GBR01", "CWL", "40.107.120")],
    "deu": [("FR2P281MB", "DEUP281", "DEU01", "FR2", "40.107.135"), ("BE1P281MB", "DEUP281", "DEU01", "BE1", "40.107.136")],
    "nam": [("BY5PR17MB", "namprd17", "NAM12", "BN8", "40.107.237"), ("SA1PR11MB", "namprd11", "NAM04", "MW2", "40.107.95")],
}


def p_o365(m, r):
    reg = m.sys.get("region", "eur")
    pfx, prd, eop, pod, net = O365[reg][m.sys.get("pod", r.randrange(len(O365[reg])))]
    mbx = pfx + str(r.randrange(1000, 9999))
    mbx2 = pfx[:-3] + pfx[-3:] + str(r.randrange(1000, 9999))
    up = prd.isupper()
    fq = "%s.%s.%s" % (mbx, prd, "PROD.OUTLOOK.COM" if up else "prod.outlook.com")
    fq2 = "%s.%s.%s" % (mbx2, prd, "PROD.OUTLOOK.COM" if up else "prod.outlook.com")
    o = r.randrange(20, 250)
    helo = "%s-%s-obe.outbound.protection.outlook.com" % (eop, pod)
    rdns = "mail-%s%son2%03d.outbound.protection.outlook.com" % (pod.lower(), eop.lower(), o)
    msgid = "<%s%s@%s>" % (mbx, rhex(r, 24, upper=True), fq)
    f = fe80(r)
    ts = T(m, 1)
    build = m.sys.get("build", "15.20.8398.%d" % r.randrange(10, 40))
    hops = [J("from %s (%s) by %s" % (fq, v6(r), fq2),
              "(%s) with Microsoft SMTP Server (version=TLS1_2," % v6(r),
              "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (build, rfc_date(T(m, 2), "UTC"))),
            J("from %s ([%s]) by %s" % (fq, f, fq), "([%s%%%d]) with mapi id %s; %s" % (f, r.randrange(2, 8), build.rsplit(".", 1)[0] + ".%03d" % int(build.rsplit(".", 1)[1]), rfc_date(ts, "UTC")))]
    tenant = m.sys.get("tenant") or ruuid(util.rng("tenant", dom(m.frm[1])))
    tail = [("x-ms-publictraffictype", "Email"),
            ("X-MS-TrafficTypeDiagnostic", "%s:EE_|%s:EE_" % (mbx, mbx2)),
            ("X-MS-Office365-Filtering-Correlation-Id", ruuid(r)),
            ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
            ("X-MS-Exchange-CrossTenant-AuthSource", fq),
            ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid(r)),
            ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s %s.%04d (UTC)" % (
                util.rfc_date(ts, "UTC").split(", ")[1][:11].strip(), util.local(ts, "UTC")[0].strftime("%H:%M:%S"), r.randrange(10000))),
            ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
            ("X-MS-Exchange-CrossTenant-id", tenant),
            ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", mbx2)]
    P = dict(client=(helo, rdns, "%s.%d" % (net, o)), hops=hops, msgid=msgid, tail=tail)
    return _merge(P, ua_exchange(m, r, msgid, mbx + prd[:4].lower()))


def p_onprem(m, r):
    s = m.sys
    ex1, ip1 = s["ex"]
    f = fe80(r)
    msgid = "<%s@%s>" % (rhex(r, 32), ex1)
    hops = [J("from %s (%s) by %s (%s) with Microsoft SMTP Server" % (ex1, ip1, s.get("edge", ex1), s.get("edge_ip", ip1)),
              "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39;",
              rfc_date(T(m, 1), m.zone)),
            J("from %s ([%s]) by %s ([%s%%12]) with mapi id" % (ex1, f, ex1, f),
              "15.01.2507.039; %s" % rfc_date(T(m, 1), m.zone))]
    P = dict(client=(s["helo"], s["rdns"], s["ip"]), hops=hops, msgid=msgid, tls="1.2")
    C = ua_exchange(m, r, msgid, ex1.split(".")[0])
    C["post"].append(("x-originating-ip", "[%s]" % s.get("orig_ip", "192.168.10.%d" % r.randrange(20, 200))))
    return _merge(P, C)


GOOGLE_NETS = [("wr1", "209.85.221"), ("wm1", "209.85.128"), ("ej1", "209.85.218"), ("lf1", "209.85.167"),
               ("ed1", "209.85.208"), ("pl1", "209.85.214")]


def _gm_smtpid(r):
    return "%s-%sso%d%s.%d" % (r.choice(["ffacd0b85a97d", "a640c23a62f3a", "5b1f17b1804b1", "2adb3069b0e04"]),
                               rhex(r, 11), r.randrange(10 ** 6, 10 ** 7), rs(r, 3, "abcdefghijklmnopqrstuvwxyz0123456789"), r.randrange(1, 3))


def p_gmail(m, r):
    h, net = r.choice(GOOGLE_NETS)
    n = r.randrange(41, 80)
    host = "mail-%s-f%d.google.com" % (h, n)
    ptime = T(m, 1)
    hops = [J("by %s with SMTP id %s" % (host, _gm_smtpid(r)), "        for <%s>; %s" % (m.rcpt, rfc_date(ptime, "PT", True))) .replace("\n\t        ", "\n        ")]
    pre = [("X-Gm-Message-State", "AOJu0Y" + rs(r, 62, ALNUM + "+/") + "=="),
           ("X-Gm-Gg", "ASbGnc" + rs(r, 150, ALNUM + "+/")),
           ("X-Google-Smtp-Source", "AGHT+I" + rs(r, 82, ALNUM + "+/") + "=="),
           ("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s; %s" % (
               r.randrange(0x6000, 0x7000), r.randrange(0x1000, 0xFFFF), r.randrange(0x300, 0x400), r.randrange(0x1000, 0xFFFF),
               r.randrange(0x1000, 0xFFFF), rs(r, 30, "abcdef0123456789") + "mr" + str(r.randrange(10 ** 6, 10 ** 7)) + "." + str(util.epoch_ms(ptime)),
               rfc_date(ptime, "PT", True)))]
    msgid = "<CA%s@mail.gmail.com>" % (rs(r, 1, "BCDFGHJKLMNOP") + rs(r, 46, ALNUM + "+_-") + r.choice(["", "=", "="]) + rs(r, 2))
    pfx = "000000000000"
    P = dict(client=(host, host, "%s.%d" % (net, n)), hops=hops, pre=pre, msgid=msgid, hcs="UTF-8", henc="B",
             bgen=lambda sub: pfx + rhex(r, 4) + "06" + rhex(r, 10),
             order=["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc",
                    "Reply-To", "POST"])
    return P


def p_smtp(m, r):
    """Mail submitted through a hosting provider's / own server's SMTP."""
    s = m.sys
    prov = s.get("prov", "postfix")
    d = s.get("domain", dom(m.frm[1]))
    cip = _cl_ip(m, r)
    lan = s.get("lan", "192.168.%d.%d" % (r.choice([0, 1, 178, 2]), r.randrange(10, 200)))
    cr = s.get("client_rdns")
    hops, pre, tail = [], [], []
    z = m.zone
    if prov == "postfix":
        srv = s["server"]
        client = (srv, s.get("rdns", srv), s["ip"])
        if s.get("local"):
            hops = [J("from localhost (localhost [127.0.0.1])", "by %s (Postfix) with ESMTP id %s" % (srv, util.postfix_qid(r)),
                      "for <%s>; %s" % (m.rcpt, rfc_date(T(m, 1), z, True)))]
        elif s.get("local_php"):
            hops = [J("by %s (Postfix, from userid %d)" % (srv, s.get("uid", 33)), "id %s; %s" % (util.postfix_qid(r), rfc_date(T(m, 1), z, True)))]
        else:
            hops = [J("from [%s] (%s [%s])" % (lan, cr or "unknown", cip), "(Authenticated sender: %s)" % s.get("auth", m.frm[1]),
                      "by %s (Postfix) with ESMTPSA id %s" % (srv, util.postfix_qid(r)),
                      "for <%s>; %s" % (m.rcpt, rfc_date(T(m, 1), z, True)))]
    elif prov == "aruba":
        o = r.randrange(2, 250)
        host = "smtpcmd%05d.aruba.it" % r.randrange(1000, 16000)
        client = (host, host, "62.149.%d.%d" % (r.choice([156, 158]), o))
        hops = [J("from %s ([%s])" % (s.get("pc", "DESKTOP-" + rs(r, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")), cip),
                  "by Aruba Outgoing Smtp  with ESMTPSA", "id %s; %s" % (rs(r, 22), rfc_date(T(m, 1), z)))]
    elif prov == "ionos":
        o = r.randrange(2, 250)
        client = ("mout.kundenserver.net", "mout.kundenserver.net", "217.72.192.%d" % o)
        hops = [J("from [%s] ([%s]) by mrelayeu.kundenserver.de (mreue%03d)" % (lan, cip, r.randrange(100, 120)),
                  "with ESMTPSA (Nemesis) id 1M%s-1%s; %s" % (rs(r, 5), rs(r, 9), rfc_date(T(m, 1), z)))]
        pre = [("X-Provags-ID", "V03:K1:" + rs(r, 48, ALNUM + "+/"))]
    elif prov == "homepl":
        n = s.get("cs", r.randrange(100000, 999999))
        host = "cloudserver%d.home.pl" % n
        client = (host, host, "79.96.%d.%d" % (r.randrange(160, 200), r.randrange(2, 250)))
        hops = [J("from %s (%s) (HELO [%s])" % (cip, cr or cip, lan),
                  "by %s with SMTP (IdeaSmtpServer 6.1.2) via TCP with ESMTPSA" % host,
                  "id %s; %s" % (rhex(r, 16), rfc_date(T(m, 1), z)))]
    elif prov == "strato":
        o = r.randrange(100, 200)
        host = "mo4-p%02d-ob.smtp.rzone.de" % r.randrange(0, 5)
        client = (host, host, "81.169.146.%d" % o)
        hops = [J("from [%s]" % lan, "by smtp.strato.de (RZmta 51.2.11 AUTH)", "with ESMTPSA id %s" % rs(r, 14),
                  "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))",
                  "(Client did not present a certificate)", "for <%s>;" % m.rcpt, rfc_date(T(m, 1), z))]
        pre = [("X-RZG-AUTH", ":" + rs(r, 56, ALNUM + "+/") + "=="), ("X-RZG-CLASS-ID", "mo00")]
    elif prov == "exim":
        srv, sip = s["server"], s["ip"]
        client = (srv, srv, sip)
        eid = "1t%s-%s-%s" % (rs(r, 4), "000000" + rs(r, 5), rs(r, 4))
        if s.get("webmail"):
            first = "from localhost ([127.0.0.1]:%d helo=%s)" % (r.randrange(30000, 60000), srv)
            via = "by %s with esmtpa (Exim 4.98)" % srv
        else:
            first = "from [%s] (port=%d helo=[%s])" % (cip, r.randrange(49152, 65000), lan)
            via = "by %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384" % srv
        hops = [J(first, via, "(Exim 4.98)" if not s.get("webmail") else "", "(envelope-from <%s>)" % (m.rp or m.frm[1]),
                  "id %s" % eid, "for %s;" % m.rcpt, rfc_date(T(m, 1), z)).replace("\n\t\n\t", "\n\t")]
        tail = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                ("X-AntiAbuse", "Primary Hostname - %s" % srv), ("X-AntiAbuse", "Original Domain - example.com"),
                ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
                ("X-AntiAbuse", "Sender Address Domain - %s" % dom(m.frm[1])),
                ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (srv, s.get("auth", m.frm[1]))),
                ("X-Authenticated-Sender", "%s: %s" % (srv, s.get("auth", m.frm[1])))]
    elif prov == "privateemail":
        o = r.randrange(2, 120)
        host = "mta-%02d.privateemail.com" % r.randrange(1, 20)
        client = (host, host, "198.54.127.%d" % o)
        hops = [J("from mail.privateemail.com (mail.privateemail.com [198.54.122.%d])" % r.randrange(40, 60),
                  "by %s (Postfix) with ESMTPA id %s" % (host, util.postfix_qid(r)),
                  "for <%s>; %s" % (m.rcpt, rfc_date(T(m, 2), "UTC"))),
                J("from [%s] (unknown [%s])" % (lan, cip),
                  "by mail.privateemail.com (Postfix) with ESMTPSA id %s" % util.postfix_qid(r),
                  "for <%s>; %s" % (m.rcpt, rfc_date(T(m, 1), "UTC")))]
    elif prov == "tonline":
        n = r.randrange(10, 99)
        host = "mailout%02d.t-online.de" % r.randrange(1, 13)
        client = (host, host, "194.25.134.%d" % r.randrange(2, 120))
        hops = [J("from fwd%d.aul.t-online.de (fwd%d.aul.t-online.de [10.223.144.%d])" % (n, n, r.randrange(2, 250)),
                  "by %s (Postfix) with SMTP id %s" % (host, util.postfix_qid(r)),
                  "for <%s>; %s" % (m.rcpt, rfc_date(T(m, 2), "DE", True))),
                J("from [%s] by fwd%d.aul.t-online.de" % (lan, n), "with (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)",
                  "esmtp id 1t%s-%s; %s" % (rs(r, 4), rs(r, 7), rfc_date(T(m, 1), "DE")))]
        pre = [("X-TOI-MSGID", ruuid(r))]
    elif prov == "zoho":
        client = ("sender4-pp-f%d.zoho.eu" % r.randrange(100, 130),) * 2 + ("185.20.209.%d" % r.randrange(100, 130),)
        hops = [J("by mx.zoho.eu with SMTP id %d%d.%d" % (util.epoch_ms(m.t), r.randrange(100, 999), r.randrange(10 ** 8, 10 ** 9)),
                  "for <%s>; %s" % (m.rcpt, rfc_date(T(m, 1), "PT", True)))]
    else:
        raise ValueError(prov)
    P = dict(client=client, hops=hops, pre=pre, tail=tail, tls=s.get("tls", True))
    ua = m.ua or s.get("ua", "none")
    C = ua_client(ua, m, r, s.get("msgid_domain", d))
    return _merge(P, C)


def p_gmx(m, r):
    n = r.randrange(10, 30)
    app = "3c-app-gmx-bap%02d" % n
    cip = _cl_ip(m, r)
    hops = [J("from %s ([172.19.172.%d]) by mail.gmx.net (mrgmx%03d" % (app, r.randrange(40, 120), r.randrange(100, 130)),
              "[212.227.17.%d]) with ESMTPSA (Nemesis) id 1M%s-1%s; %s" % (r.randrange(160, 200), rs(r, 5), rs(r, 9), rfc_date(T(m, 2), m.zone))),
            J("from [%s] ([%s]) by web-mail.gmx.net" % (cip, cip),
              "(%s.server.lan [172.19.172.%d]) (via HTTP); %s" % (app, r.randrange(40, 120), rfc_date(T(m, 1), m.zone)))]
    msgid = "<trinity-%s-%d@%s>" % (ruuid(r), util.epoch_ms(m.t), app)
    tail = [("Importance", "normal"), ("Sensitivity", "Normal"),
            ("X-Priority", "3"), ("X-Provags-ID", "V03:K1:" + rs(r, 64, ALNUM + "+/")),
            ("X-UI-Message-Type", "mail")]
    return dict(client=("mout.gmx.net", "mout.gmx.net", "212.227.15.%d" % r.randrange(15, 20)), hops=hops,
                pre=[], msgid=msgid, tail=tail, bgen=lambda sub: "----=_Part_" + rs(r, 12),
                order=["MIME-Version", "Message-ID", "From", "To", "Cc", "Reply-To", "Subject", "Date", "In-Reply-To",
                       "References", "POST"])


def p_libero(m, r):
    n = r.randrange(10, 40)
    cip = _cl_ip(m, r)
    ms = util.epoch_ms(m.t)
    hops = [J("from libero.it ([%s]) by smtp-%d.iol.local with ESMTPA" % (cip, n),
              "id %s; %s" % (rs(r, 22), rfc_date(T(m, 1), "IT")))]
    msgid = "<%d.%d.%d@mail1.libero.it>" % (r.randrange(10 ** 8, 2 * 10 ** 9), r.randrange(10 ** 5, 10 ** 6), ms)
    tail = [("X-Priority", "3"), ("Importance", "Normal"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev72"),
            ("X-Originating-Client", "open-xchange-appsuite")]
    return dict(client=("smtp-%d.iol.local" % n, "smtp-%d-i2.italiaonline.it" % n, "213.209.10.%d" % (n + 30)),
                hops=hops, msgid=msgid, tail=tail,
                bgen=lambda sub: "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 2 * 10 ** 9), ms),
                order=["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To", "References", "Subject",
                       "POST", "MIME-Version"])


def p_wp(m, r):
    cip = _cl_ip(m, r)
    hops = [J("(wp-smtpd smtp.wp.pl %d invoked by uid 990); %s" % (r.randrange(10000, 30000), rfc_date(T(m, 1), "PL")))]
    msgid = "<%s@wp.pl>" % rhex(r, 32)
    pre = [("X-WP-MailID", rhex(r, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    tail = [("X-Mailer", "Poczta Wirtualnej Polski"), ("X-WP-Sender-IP", cip)]
    return dict(client=("smtp.wp.pl", "smtp.wp.pl", "212.77.101.%d" % r.randrange(1, 12)), hops=hops, pre=pre,
                msgid=msgid, tail=tail, bgen=lambda sub: "=_" + rhex(r, 28))


def p_yandex(m, r):
    fw = "forward%da.mail.yandex.net" % r.choice([500, 501, 502, 101, 102, 103])
    mode = m.sys.get("ymode", "smtp")
    web = "mail-nwsmtp-%s-production-main-%d.%s.yp-c.yandex.net" % (mode, r.randrange(10, 90), r.choice(["klg", "iva", "sas", "vla"]))
    hops = [J("from %s (%s [IPv6:2a02:6b8:c42:%x:0:640:%x:0])" % (web, web, r.randrange(0x1000, 0xFFFF), r.randrange(0x1000, 0xFFFF)),
              "by %s (Yandex) with ESMTPS id %s" % (fw, rhex(r, 12, upper=True)),
              "for <%s>; %s" % (m.rcpt, rfc_date(T(m, 2), "RU", True)))]
    if m.sys.get("web", True):
        hops.append(J("by %s with HTTP id %s;" % (web.replace("smtp", "mxback"), rs(r, 12)), rfc_date(T(m, 1), "RU")))
    elif mode == "smtp":
        hops.append(J("by %s (smtp/Yandex) with ESMTPSA id %s-%s;" % (web, rs(r, 10), rs(r, 8)), rfc_date(T(m, 1), "RU")))
    P = dict(client=(fw, fw, "178.154.239.%d" % r.randrange(70, 220)), hops=hops)
    if m.ua:
        return _merge(P, ua_client(m.ua, m, r, dom(m.frm[1])))
    P["msgid"] = m.sys.get("msgid") or "<%d%d@mail.yandex.ru>" % (r.randrange(100000, 999999), int(m.t.timestamp()))
    P["tail"] = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")] if m.sys.get("web", True) else []
    P["bgen"] = lambda sub: "----==%s----" % rs(r, 12)
    return P


def p_mailru(m, r):
    f = "f%d.i.mail.ru" % r.randrange(100, 800)
    hops = [J("by %s with local (envelope-from <%s>)" % (f, m.frm[1]), "id 1t%s-%s-%s" % (rs(r, 4), rs(r, 6), rs(r, 2)),
              "for %s; %s" % (m.rcpt, rfc_date(T(m, 1), "RU")))]
    ts = int(m.t.timestamp())
    msgid = "<%d.%d@%s>" % (ts, r.randrange(10 ** 8, 10 ** 9), f)
    tail = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%s]" % _cl_ip(m, r)),
            ("X-7564579A", "646B95376F6C166E")]
    return dict(client=(f, f, "217.69.128.%d" % r.randrange(10, 250)), hops=hops, msgid=msgid, tail=tail,
                bgen=lambda sub: "--ALT--%s%d" % (rhex(r, 16, upper=True), ts),
                order=["From", "To", "Cc", "Reply-To", "Subject", "MIME-Version", "Date", "Message-ID", "In-Reply-To",
                       "References", "POST"])


# ------------------------------------------------------------- bulk ESPs --
def p_sendgrid(m, r):
    s = m.sys
    pod = r.randrange(1, 20)
    sgid = rs(r, 22, ALNUM + "-_")
    hops = [J("by recvd-%s-%s with SMTP id recvd-%s-%s-1-%X-%X" % (rhex(r, 10), rs(r, 5, "abcdefghijklmnopqrstuvwxyz"), rhex(r, 10), rs(r, 5, "abcdefghijklmnopqrstuvwxyz"), int(m.t.timestamp()), r.randrange(16, 40)),
              "2026-%s +0000 UTC m=+%d.%09d" % (util.local(T(m, 1), "UTC")[0].strftime("%m-%d %H:%M:%S.%f")[:-3] + "%06d" % r.randrange(10 ** 6), r.randrange(10 ** 5, 10 ** 7), r.randrange(10 ** 9))),
            J("from %s (unknown)" % rs(r, 10, ALNUM), "by geopod-ismtpd-%d (SG) with HTTP" % pod, "id %s" % sgid,
              "%s.%03d +0000 (UTC)" % (rfc_date(m.t, "UTC").rsplit(" ", 1)[0], r.randrange(1000)))]
    host = s.get("sg_host") or "xtrw%s.outbound-mail.sendgrid.net" % rs(r, 4, "abcdefghijklmnopqrstuvwxyz")
    ip = s.get("sg_ip") or "149.72.%d.%d" % (r.randrange(100, 250), r.randrange(2, 250))
    em = s.get("em", "em%d.%s" % (r.randrange(1000, 9999), dom(m.frm[1])))
    rp = "bounces+%d-%s-%s=%s@%s" % (r.randrange(10 ** 7, 10 ** 8), rhex(r, 4), m.rcpt.split("@")[0], dom(m.rcpt), em)
    pre = []
    tail = [("X-SG-EID", rs(r, 120, ALNUM + "+/") + "=="), ("X-Entity-ID", "u001." + rs(r, 22, ALNUM + "+/") + "==")]
    return dict(date_zone="UTC", client=(host, host, ip), hops=hops, msgid="<%s@geopod-ismtpd-%d>" % (sgid, pod), tail=tail, rp=rp,
                bgen=lambda sub: rhex(r, 64), pre=pre, tls="1.2")


def p_mailgun(m, r):
    s = m.sys
    mg = s.get("mgdom", "mg." + dom(m.frm[1]))
    rg = s.get("mg_region", "eu")
    o = r.randrange(2, 250)
    c = r.choice([228, 229])
    host = ("m%d-%d.eu.mailgun.net" if rg == "eu" else "m%d-%d.mailgun.net") % (c, o)
    ip = "159.135.%d.%d" % (c, o)
    hops = [J("by %s with HTTP id %s; %s" % (rhex(r, 12), rhex(r, 24), rfc_date(T(m, 1), "UTC").replace("+0000", "GMT")))]
    sid = base64.b64encode(('["%s", "%s", "%s"]' % (rhex(r, 5), m.rcpt, rhex(r, 6))).encode()).decode()
    pre = [("X-Mailgun-Sid", sid), ("X-Mailgun-Sending-Ip", ip)]
    msgid = "<%s.%s@%s>" % (util.local(m.t, "UTC")[0].strftime("%Y%m%d%H%M%S"), rhex(r, 16), mg)
    rp = "bounce+%s.%s-%s=%s@%s" % (rhex(r, 6), rhex(r, 6), m.rcpt.split("@")[0], dom(m.rcpt), mg)
    return dict(date_zone="UTC", client=(host, host, ip), hops=hops, pre=pre, msgid=msgid, rp=rp, bgen=lambda sub: rhex(r, 32),
                order=["MIME-Version", "Content-Type", "Subject", "From", "To", "Reply-To", "Date", "Message-ID",
                       "POST"])


def p_brevo(m, r):
    o = r.randrange(2, 250)
    host = "m%d.d.sender-sib.com" % o
    ip = "77.32.148.%d" % o
    ms = m.t.strftime("%Y%m%d%H%M")
    msgid = "<%s.%d@smtp-relay.mailin.fr>" % (ms, r.randrange(10 ** 10, 10 ** 11))
    rp = "bounces-%d-%s=%s@%s" % (r.randrange(10 ** 6, 10 ** 7), m.rcpt.split("@")[0], dom(m.rcpt), m.sys.get("bdom", "sender-sib.com"))
    hops = [J("from smtp-relay.sendinblue.com (unknown [10.61.%d.%d])" % (r.randrange(1, 250), r.randrange(1, 250)),
              "by %s (Postfix) with ESMTP id %s" % (host, util.postfix_qid(r)),
              "for <%s>; %s" % (m.rcpt, rfc_date(T(m, 1), "UTC")))]
    tail = [("Origin-messageId", msgid), ("X-sib-id", rs(r, 80, ALNUM + "_-")),
            ("X-Mailin-EID", base64.b64encode(("%d~%s~%s~z" % (r.randrange(10 ** 7, 10 ** 8), m.rcpt, msgid)).encode()).decode()),
            ("Feedback-ID", "%s:%d_-1:%d:Brevo" % (host.split(".")[0], r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 6, 10 ** 7)))]
    return dict(date_zone="UTC", client=(host, host, ip), hops=hops, msgid=msgid, rp=rp, tail=tail, bgen=lambda sub: "=_" + rhex(r, 32))


def p_ses(m, r):
    reg = m.sys.get("ses_region", "eu-west-1")
    o = r.randrange(10, 250)
    host = "a7-%d.smtp-out.%s.amazonses.com" % (o, reg)
    ip = "54.240.7.%d" % o
    ms = util.epoch_ms(m.t)
    mid = "0102%012x-%s-000000" % (ms, ruuid(r))
    pre = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (reg, rs(r, 43, ALNUM + "+/"))),
           ("X-SES-Outgoing", "%s-%s" % (util.local(m.t, "UTC")[0].strftime("%Y.%m.%d"), ip))]
    return dict(date_zone="UTC", client=(host, host, ip), hops=[], pre=pre, msgid="<%s@%s.amazonses.com>" % (mid, reg),
                rp="%s@%s.amazonses.com" % (mid, reg), bgen=lambda sub: "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 2 * 10 ** 9), ms),
                order=["From", "Reply-To", "To", "Subject", "Date", "MIME-Version", "Message-ID", "POST"])


def p_mailchimp(m, r):
    a, b = r.randrange(100, 250), r.randrange(1, 250)
    host = "mail%d-%d.atl%d.mcdlv.net" % (a, b, r.randrange(11, 132))
    ip = "198.2.%d.%d" % (a, b)
    u = m.sys["mc_u"]
    hops = [J("from localhost (localhost [127.0.0.1])", "by %s (Mailchimp) with ESMTP id %s" % (host, util.postfix_qid(r)),
              "for <%s>; %s" % (m.rcpt, rfc_date(T(m, 1), "UTC")))]
    rp = "bounce-mc.us%d_%s.%d-%s@%s" % (m.sys.get("mc_dc", 21), u, r.randrange(10 ** 6, 10 ** 7), rhex(r, 10), host)
    tail = [("X-Mailer", "Mailchimp Mailer - **CID%s**" % rhex(r, 20)), ("X-Campaign", "mailchimp%s.%s" % (u, rhex(r, 10))),
            ("X-campaignid", "mailchimp%s.%s" % (u, rhex(r, 10))), ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, rhex(r, 10), rhex(r, 10))),
            ("X-MC-User", u), ("Feedback-ID", "%d:%d.%d:us%d:mc" % (r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 6, 10 ** 7), m.sys.get("mc_dc", 21))),
            ("X-Accounttype", "pd")]
    return dict(date_zone="UTC", client=(host, host, ip), hops=hops, msgid="<%s.%s.%s@%s>" % (rhex(r, 20), rhex(r, 10), rhex(r, 10), host.split(".")[0] + ".mcsv.net"),
                rp=rp, tail=tail, bgen=lambda sub: "_----------=_MCPart_%d" % r.randrange(10 ** 9, 10 ** 10))


def p_cleverreach(m, r):
    o = r.randrange(2, 60)
    host = "mta%02d.crsend.com" % o
    ip = "46.243.95.%d" % (o + 100)
    ms = int(m.t.timestamp())
    hops = [J("from cr-mailer (unknown [10.0.%d.%d])" % (r.randrange(1, 250), r.randrange(1, 250)),
              "by %s (Postfix) with ESMTP id %s" % (host, util.postfix_qid(r)),
              "for <%s>; %s" % (m.rcpt, rfc_date(T(m, 1), "DE", True)))]
    pre = [("X-CSA-Complaints", "csa-complaints@eco.de")]
    rp = "bounce-%d-%d-%s@%s" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 7, 10 ** 8), rhex(r, 8), m.sys.get("crdom", "bounce.crsend.com"))
    return dict(client=(host, host, ip), hops=hops, pre=pre, rp=rp, msgid="<%d.%s@crsend.com>" % (ms, rhex(r, 20)),
                bgen=lambda sub: "CR_" + rhex(r, 32))


# ------------------------------------------------------- genuine services --
def p_docusign(m, r):
    o = r.randrange(10, 99)
    host = "mailfra.eu.docusign.net"
    hops = [J("from docusign.net (10.%d.%d.%d) by %s" % (r.randrange(1, 250), r.randrange(1, 250), r.randrange(1, 250), host),
              "(DocuSign.MailService) id %s; %s" % (ruuid(r), rfc_date(T(m, 1), "UTC")))]
    return dict(date_zone="PT", client=(host, "mailfra%d.eu.docusign.net" % r.randrange(1, 4), "185.81.100.%d" % o), hops=hops,
                msgid="<%s@eu.docusign.net>" % rhex(r, 32), rp="bounces@eumail.docusign.net",
                bgen=lambda sub: "----=_NextPart_" + rhex(r, 32).upper())


def p_paypal(m, r):
    o = r.randrange(200, 240)
    host = "mx%d.slc.paypal.com" % r.randrange(0, 4)
    hops = [J("from paypal.com (ccg01mail%02d.slc.paypal.com [10.%d.%d.%d])" % (r.randrange(1, 20), r.randrange(1, 250), r.randrange(1, 250), r.randrange(1, 250)),
              "by %s with ESMTP id %s; %s" % (host, rhex(r, 12), rfc_date(T(m, 1), "PT")))]
    pre = [("X-Email-Type-Id", m.sys.get("etid", "PPX000%d" % r.randrange(100, 999))),
           ("X-PP-REQUESTED-TIME", str(util.epoch_ms(m.t))), ("X-PP-Email-transmission-Id", ruuid(r)),
           ("PP-Correlation-Id", rhex(r, 13)), ("X-MaxCode-Template", "PPX000%d" % r.randrange(100, 999))]
    return dict(date_zone="PT", client=(host, host, "173.0.84.%d" % o), hops=hops, pre=pre,
                msgid="<%s.%s@paypal.com>" % (rhex(r, 12), util.epoch_ms(m.t)),
                rp="bounce@paypal.com", bgen=lambda sub: "--==_mimepart_%s" % rhex(r, 24))


def p_msonline(m, r):
    o = r.randrange(20, 250)
    host = "NAM11-DM6-obe.outbound.protection.outlook.com"
    return dict(date_zone="UTC", client=(host, "mail-dm6nam11on2%03d.outbound.protection.outlook.com" % o, "40.107.223.%d" % o),
                hops=[J("from SN7PR00MB%d.namprd00.prod.outlook.com (2603:10b6:806:%x::%x) by" % (r.randrange(1000, 9999), r.randrange(0x100, 0x400), r.randrange(1, 30)),
                        "DM6PR00MB%d.namprd00.prod.outlook.com with Microsoft SMTP Server" % r.randrange(1000, 9999),
                        "(version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8398.%d; %s" % (r.randrange(10, 40), rfc_date(T(m, 1), "UTC")))],
                msgid="<%s@az.westeurope.microsoft.com>" % ruuid(r), rp=m.sys.get("rp", "maccount@microsoft.com"),
                bgen=lambda sub: "=-%s" % base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode().rstrip("="))


def p_google(m, r):
    n = r.randrange(41, 75)
    host = "mail-sor-f%d.google.com" % n
    ptime = T(m, 1)
    hops = [J("by %s with SMTP id %s" % (host, _gm_smtpid(r)),
              "        for <%s>" % m.rcpt, "        (Google Transport Security);",
              "        %s" % rfc_date(ptime, "PT", True)).replace("\n\t        ", "\n        ")]
    pre = [("X-Google-Smtp-Source", "AGHT+I" + rs(r, 82, ALNUM + "+/") + "=="),
           ("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s; %s" % (
               r.randrange(0x6000, 0x7000), r.randrange(0x1000, 0xFFFF), r.randrange(0x300, 0x400), r.randrange(0x1000, 0xFFFF),
               r.randrange(0x1000, 0xFFFF), rs(r, 30, "abcdef0123456789") + "mr" + str(r.randrange(10 ** 6, 10 ** 7)),
               rfc_date(ptime, "PT", True)))]
    msgid = "<%s@notifications.google.com>" % rs(r, 22, ALNUM + "-_")
    return dict(date_zone="UTC", client=(host, host, "209.85.220.%d" % n), hops=hops, pre=pre, msgid=msgid, hcs="UTF-8", henc="B",
                rp="3%s@accounts.google.com" % rs(r, 40, ALNUM + "-"), bgen=lambda sub: "000000000000" + rhex(r, 16),
                order=["MIME-Version", "Date", "From", "Reply-To", "Message-ID", "Subject", "To", "POST"])


def p_github(m, r):
    o = r.randrange(200, 215)
    host = "out-%d.smtp.github.com" % (o - 183)
    hops = [J("from github.com (hubbernetes-node-%s.va3-iad.github.net [10.48.%d.%d])" % (rhex(r, 8), r.randrange(100, 200), r.randrange(2, 250)),
              "by smtp.github.com (Postfix) with ESMTPA id %s" % util.postfix_qid(r),
              "for <%s>; %s" % (m.rcpt, rfc_date(T(m, 1), "PT", True)))]
    msgid = "<%x%s_%x%d@%s.mail>" % (int(m.t.timestamp()), rhex(r, 5), r.randrange(0x10000, 0xFFFFF), r.randrange(10 ** 5, 10 ** 6),
                                     "github-lowworker-%s-%s" % (rhex(r, 10), rs(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789")))
    return dict(date_zone="PT", client=(host, host, "192.30.252.%d" % o), hops=hops, msgid=msgid,
                rp="noreply@github.com", bgen=lambda sub: "--==_mimepart_%x%s_%x%d" % (int(m.t.timestamp()), rhex(r, 5), r.randrange(0x10000, 0xFFFFF), r.randrange(10 ** 5, 10 ** 6)),
                tail=[("X-GitHub-Recipient-Address", m.rcpt), ("X-Auto-Response-Suppress", "All")],
                order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "POST"])


def p_botnet(m, r):
    s = m.sys
    return dict(client=(s["helo"], s.get("rdns"), s["ip"]), hops=s.get("hops", []),
                msgid=s.get("msgid") or "<%d.%s@%s>" % (r.randrange(10 ** 8, 10 ** 9), rhex(r, 8), dom(m.frm[1])),
                tls=False, bgen=lambda sub: "----=_NextPart_000_%04X_%s" % (r.randrange(0x10000), rhex(r, 8).upper() + "." + rhex(r, 8).upper()),
                post=[("X-Mailer", s["xmailer"])] if s.get("xmailer") else [],
                order=["Date", "From", "To", "Subject", "Message-ID", "POST", "MIME-Version"])


PROFILES = {
    "internal": p_internal, "o365": p_o365, "onprem": p_onprem, "gmail": p_gmail, "smtp": p_smtp, "gmx": p_gmx,
    "libero": p_libero, "wp": p_wp, "yandex": p_yandex, "mailru": p_mailru, "sendgrid": p_sendgrid,
    "mailgun": p_mailgun, "brevo": p_brevo, "ses": p_ses, "mailchimp": p_mailchimp, "cleverreach": p_cleverreach,
    "docusign": p_docusign, "paypal": p_paypal, "msonline": p_msonline, "google": p_google, "github": p_github,
    "botnet": p_botnet,
}
