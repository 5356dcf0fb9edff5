"""Mailer profiles and assembly of one raw message from a spec dict."""
import base64, datetime, hashlib, random, string, uuid
from email.utils import format_datetime
from mimelib import (CRLF, ew, fmt_addr, fmt_addrs, text_part, attach_part, multipart, serialize_part,
                     auto_html, strip_html, Part)

MX = "mx01.example.com"
INT_RELAY = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25")
CET = datetime.timezone(datetime.timedelta(hours=1))
PST = datetime.timezone(datetime.timedelta(hours=-8))
UTC = datetime.timezone.utc
ALNUM = string.ascii_letters + string.digits

def parse_dt(s, tz):
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.timezone(off))

def rfcdate(dt):
    return format_datetime(dt)

def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))

def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s

def ruuid(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u

def qid(rng):
    return "4" + rng.choice("WXYZ") + rs(rng, 1, string.digits) + rs(rng, 10, "bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ0123456789")

def fold_recv(parts):
    return (CRLF + "\t").join(parts)

TLS = "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)" + CRLF + "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
TLS12 = "(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"

# ------------------------------------------------------------------ profiles
def prof_gmail(sp, rng, dt):
    pool = [("wr1", "209.85.221."), ("ej1", "209.85.218."), ("lf1", "209.85.167."), ("wm1", "209.85.128."), ("ed1", "209.85.208.")]
    k, pre = rng.choice(pool)
    n = rng.randint(41, 60)
    host = "mail-%s-f%d.google.com" % (k, n)
    relay = (host, host, pre + str(n))
    inner = ["Received: " + fold_recv(["by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;" % (
        rng.randint(0x6000, 0x6fff), rng.randint(0x100, 0xfff), rng.randint(0x300, 0x5ff), rng.randint(0x100, 0xfff),
        rng.randint(0x100, 0xfff), rs(rng, 10, string.ascii_lowercase + string.digits) + "-" + rs(rng, 8, string.ascii_lowercase + string.digits)),
        "       " + rfcdate((dt + datetime.timedelta(seconds=1)).astimezone(PST)) + " (PST)"])]
    mid = "<CA%s@mail.gmail.com>" % (rs(rng, 36, ALNUM + "+_-") + "=" + rs(rng, 8, ALNUM))
    hdrs = [("X-Google-Smtp-Source", "AGHT+I" + rs(rng, 60, ALNUM + "+/") + "=")]
    bnd = lambda i: "000000000000" + hexs(rng, 16)
    return dict(relay=relay, chain=inner, msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS)

OUTL_SRV = ["AM6PR04MB", "DB9PR03MB", "AS8PR07MB", "PAXPR02MB", "GV1PR08MB", "DU0PR10MB", "VI1PR06MB", "AM9PR05MB"]
OUTL_OBE = [("EUR05-AM6-obe", "mail-am6eur05on21%02d", "40.107.22."), ("EUR03-DBA-obe", "mail-dbaeur03on21%02d", "40.107.104."),
            ("EUR02-VI1-obe", "mail-vi1eur02on21%02d", "40.107.241."), ("EUR01-HE1-obe", "mail-he1eur01on21%02d", "40.107.13."),
            ("EUR04-DB3-obe", "mail-db3eur04on21%02d", "40.107.6.")]

def prof_outlook(sp, rng, dt):
    region = sp.get("o365_region", "eurprd0%d" % rng.randint(1, 9))
    s1 = rng.choice(OUTL_SRV) + str(rng.randint(1000, 9999))
    s2 = rng.choice(OUTL_SRV) + str(rng.randint(1000, 9999))
    obe, nm, pre = rng.choice(OUTL_OBE)
    n = rng.randint(10, 99)
    relay = (obe + ".outbound.protection.outlook.com", (nm % n) + ".outbound.protection.outlook.com", pre + str(100 + n))
    ver = "15.20.%d.%03d" % (rng.randint(8100, 8900), rng.randint(10, 40))
    fe = "fe80::%x:%x:%x:%x" % tuple(rng.randint(0x1000, 0xffff) for _ in range(4))
    chain = ["Received: " + fold_recv(["from %s.%s.prod.outlook.com (2603:10a6:%x:%x::%x)" % (s1, region, rng.randint(0x10, 0x7ff), rng.randint(0x10, 0xfff), rng.randint(1, 0x20)),
                                       " by %s.%s.prod.outlook.com (2603:10a6:%x:%x::%x) with" % (s2, region, rng.randint(0x10, 0x7ff), rng.randint(0x10, 0xfff), rng.randint(1, 0x20)),
                                       " Microsoft SMTP Server (version=TLS1_2,",
                                       " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (ver, rfcdate((dt + datetime.timedelta(seconds=2)).astimezone(UTC)))]),
             "Received: " + fold_recv(["from %s.%s.prod.outlook.com" % (s1, region),
                                       " ([%s]) by %s.%s.prod.outlook.com" % (fe, s1, region),
                                       " ([%s%%3]) with mapi id %s; %s" % (fe, ver, rfcdate((dt + datetime.timedelta(seconds=1)).astimezone(UTC)))])]
    mid = "<%s%s@%s.%s.prod.outlook.com>" % (s1, hexs(rng, 32, True), s1, region)
    subj = sp["subject"]
    for p in ("RE: ", "AW: ", "R: ", "FW: ", "WG: ", "Re: ", "Odp: ", "RV: ", "ΑΠ: ", "Ответ: ", "I: "):
        if subj.startswith(p):
            subj = subj[len(p):]
    has_att = "yes" if sp.get("attachments") else "no"
    hdrs = [("Thread-Topic", ew(subj, sp["hcharset"], sp["hmode"])),
            ("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()),
            ("Accept-Language", sp.get("lang_tag", "en-US") + ", en-US"),
            ("Content-Language", sp.get("lang_tag", "en-US")),
            ("X-MS-Has-Attach", has_att if has_att == "yes" else ""),
            ("X-MS-TNEF-Correlator", "")]
    if sp.get("x_orig_ip"):
        hdrs.append(("X-Originating-IP", "[%s]" % sp["x_orig_ip"]))
    bnd = lambda i: "_%03d_%s%s_" % (i * 4, s1, hexs(rng, 32, True))
    return dict(relay=relay, chain=chain, msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS)

def _own_server_chain(sp, rng, dt, agent_hdrs, client_desc):
    srv = sp["srv"]  # (hostname, ip)
    chain = ["Received: " + fold_recv(["from %s" % client_desc,
                                       "by %s (Postfix) with ESMTPSA id %s" % (srv[0], qid(rng)),
                                       "for <%s>; %s" % (sp["rcpt"], rfcdate(dt + datetime.timedelta(seconds=1)))])]
    return (srv[0], srv[0], srv[1]), chain

def prof_thunderbird(sp, rng, dt):
    dom = sp["from"][1].split("@")[1]
    cip = sp.get("client_ip", "192.168.%d.%d" % (rng.randint(0, 10), rng.randint(20, 200)))
    cdesc = sp.get("client_desc", "[192.168.%d.%d] (%s [%s])" % (rng.randint(0, 10), rng.randint(2, 250), sp.get("client_host", "unknown"), cip))
    relay, chain = _own_server_chain(sp, rng, dt, [], cdesc)
    mid = "<%s@%s>" % (ruuid(rng), dom)
    bnd = lambda i: "------------" + rs(rng, 24)
    if sp.get("xmailer", "").startswith("The Bat!"):
        mid = "<%d.%s@%s>" % (rng.randint(10 ** 9, 2 * 10 ** 9), dt.strftime("%Y%m%d%H%M%S"), dom)
        bnd = lambda i: "----------" + hexs(rng, 16, True)
    if sp.get("xmailer"):
        hdrs = [("X-Mailer", sp["xmailer"])]
    else:
        hdrs = [("User-Agent", sp.get("ua", "Mozilla Thunderbird")), ("Content-Language", sp.get("lang_tag", "en-US"))]
    return dict(relay=relay, chain=chain, msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS)

def prof_apple(sp, rng, dt):
    dom = sp["from"][1].split("@")[1]
    cip = sp.get("client_ip", "80.%d.%d.%d" % (rng.randint(100, 200), rng.randint(1, 250), rng.randint(1, 250)))
    relay, chain = _own_server_chain(sp, rng, dt, [], "smtpclient.apple (%s [%s])" % (sp.get("client_host", "unknown"), cip))
    mid = "<%s@%s>" % (ruuid(rng, True), dom)
    hdrs = [("X-Mailer", sp.get("ua", "Apple Mail (2.3826.400.131.1.6)"))]
    bnd = lambda i: "Apple-Mail=_" + ruuid(rng, True)
    return dict(relay=relay, chain=chain, msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS)

def prof_roundcube(sp, rng, dt):
    dom = sp["from"][1].split("@")[1]
    cip = sp.get("client_ip", "91.%d.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)))
    relay, chain = _own_server_chain(sp, rng, dt, [], "%s (%s [%s])" % (sp["srv"][0], sp.get("client_host", "localhost"), sp.get("client_ip_inner", "127.0.0.1")))
    mid = "<%s@%s>" % (hexs(rng, 32), dom)
    hdrs = [("User-Agent", sp.get("ua", "Roundcube Webmail/1.6.9"))]
    if sp.get("x_sender"):
        hdrs.append(("X-Sender", sp["x_sender"]))
    bnd = lambda i: "=_" + hexs(rng, 32)
    return dict(relay=relay, chain=chain, msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS)

def prof_phpmailer(sp, rng, dt):
    host = sp["srv"][0]
    relay = (host, sp["srv"][2] if len(sp["srv"]) > 2 else host, sp["srv"][1])
    chain = ["Received: " + fold_recv(["from localhost (localhost [127.0.0.1])",
                                       "by %s (Postfix) with ESMTP id %s" % (host, qid(rng)),
                                       "for <%s>; %s" % (sp["rcpt"], rfcdate(dt + datetime.timedelta(seconds=1)))])]
    mid = "<%s@%s>" % (rs(rng, 43), sp.get("mid_host", host))
    hdrs = [("X-Mailer", sp.get("ua", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"))]
    bnd = lambda i: "b%d=_%s" % (i + 1, rs(rng, 43))
    return dict(relay=relay, chain=chain, msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS12)

def prof_bulk(sp, rng, dt):
    host, ip = sp["srv"][0], sp["srv"][1]
    relay = (host, host, ip)
    chain = []
    if sp.get("app_host"):
        chain = ["Received: " + fold_recv(["from %s (%s [%s])" % (sp["app_host"], sp["app_host"], sp.get("app_ip", "10.0.3.17")),
                                           "by %s (Postfix) with ESMTP id %s" % (host, qid(rng)),
                                           "for <%s>; %s" % (sp["rcpt"], rfcdate(dt + datetime.timedelta(seconds=1)))])]
    ts = int(dt.timestamp())
    mid = "<%d.%s.%s@%s>" % (ts, hexs(rng, 12), rs(rng, 6, string.digits), sp.get("mid_host", host))
    hdrs = list(sp.get("bulk_hdrs", []))
    bnd = lambda i: "----=_Part_%d_%d.%d" % (rng.randint(10000, 999999), rng.randint(100000, 9999999), ts * 1000 + rng.randint(0, 999))
    return dict(relay=relay, chain=chain, msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS)

def prof_ses(sp, rng, dt):
    n1, n2 = rng.randint(1, 60), rng.randint(1, 250)
    host = "a%d-%d.smtp-out.eu-west-1.amazonses.com" % (n1, n2)
    relay = (host, host, "54.240.%d.%d" % (n1, n2))
    ms = int(dt.timestamp() * 1000)
    mid = "<0102%012x-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (ms, hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4) + hexs(rng, 12))
    hdrs = [("Feedback-ID", "::1.eu-west-1.%s=:AmazonSES" % rs(rng, 43, ALNUM + "+/"))] + list(sp.get("bulk_hdrs", []))
    bnd = lambda i: "----=_Part_%d_%d.%d" % (rng.randint(10000, 999999), rng.randint(100000, 9999999), ms)
    return dict(relay=relay, chain=[], msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS12)

def prof_sendgrid(sp, rng, dt):
    a, b = rng.randint(100, 200), rng.randint(1, 250)
    host = "wrqvx%s.outbound-mail.sendgrid.net" % rs(rng, 4, string.ascii_lowercase)
    relay = (host, host, "149.72.%d.%d" % (a, b))
    chain = ["Received: by recvd-%s-%s with SMTP id recvd-%s-%s-1-%X-%X" % (rs(rng, 10, "abcdef0123456789"), rs(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), rs(rng, 10, "abcdef0123456789"), rs(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), int(dt.timestamp()), rng.randint(1, 255)) + ";" + CRLF + "        " + rfcdate(dt.astimezone(datetime.timezone.utc))]
    mid = "<%s@geopod-ismtpd-%d>" % (rs(rng, 22, ALNUM + "-_"), rng.randint(1, 40))
    hdrs = [("X-SG-EID", rs(rng, 60, ALNUM + "+/") + "==")] + list(sp.get("bulk_hdrs", []))
    bnd = lambda i: hexs(rng, 64)
    return dict(relay=relay, chain=chain, msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS12)

def prof_internal(sp, rng, dt):
    s1 = "MUC-EXMB0%d.corp.example.com" % rng.randint(1, 3)
    s2 = "MUC-EXHT0%d.corp.example.com" % rng.randint(1, 2)
    ver = "15.2.1544.%d" % rng.randint(11, 14)
    chain = ["Received: " + fold_recv(["from %s (10.20.1.%d) by %s (10.20.0.25)" % (s2, rng.randint(20, 29), INT_RELAY[0]),
                                       "with ESMTPS id %s for <%s>; %s" % (qid(rng), sp["rcpt"], rfcdate((dt + datetime.timedelta(seconds=2)).astimezone(CET)))]),
             "Received: " + fold_recv(["from %s (10.20.1.%d) by %s" % (s1, rng.randint(11, 19), s2),
                                       "(10.20.1.%d) with Microsoft SMTP Server (version=TLS1_2," % rng.randint(20, 29),
                                       "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (ver, rfcdate((dt + datetime.timedelta(seconds=1)).astimezone(CET)))])]
    mid = "<%s@%s>" % (hexs(rng, 32), s1)
    subj = sp["subject"]
    hdrs = [("Thread-Topic", ew(subj, sp["hcharset"], sp["hmode"])),
            ("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()),
            ("Accept-Language", sp.get("lang_tag", "de-DE") + ", en-US"),
            ("Content-Language", sp.get("lang_tag", "de-DE")),
            ("X-MS-Has-Attach", "yes" if sp.get("attachments") else ""),
            ("X-Originating-IP", "[10.%d.%d.%d]" % (rng.choice([20, 21, 22, 23, 24, 25, 26]), rng.randint(10, 60), rng.randint(10, 250)))]
    bnd = lambda i: "_%03d_%s_" % (i * 4, hexs(rng, 32, True))
    return dict(relay=INT_RELAY, chain=chain, msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS)

def prof_yandex(sp, rng, dt):
    n = rng.randint(100, 999)
    host = "forward%da.mail.yandex.net" % n
    relay = (host, host, "178.154.239.%d" % rng.randint(60, 220))
    chain = ["Received: " + fold_recv(["from mail-nwsmtp-smtp-production-main-%d.klg.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%d.klg.yp-c.yandex.net [IPv6:2a02:6b8:c42:%x:0:640:%x:0])" % (n, n, rng.randint(0x1000, 0xffff), rng.randint(0x1000, 0xffff)),
                                       "by %s (Yandex) with ESMTPS id %s; %s" % (host, rs(rng, 10), rfcdate(dt + datetime.timedelta(seconds=1)))])]
    mid = "<%d%d@mail.yandex.ru>" % (rng.randint(100000, 999999), int(dt.timestamp()))
    hdrs = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
    bnd = lambda i: "----==%s----" % hexs(rng, 32)
    return dict(relay=relay, chain=chain, msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS)

def prof_mailru(sp, rng, dt):
    n = rng.randint(10, 60)
    host = "smtp%d.i.mail.ru" % n
    relay = (host, host, "95.163.41.%d" % rng.randint(60, 99))
    mid = "<%d.%s@f%d.i.mail.ru>" % (int(dt.timestamp()), rs(rng, 10, string.digits), rng.randint(100, 500))
    hdrs = [("X-Mailer", "Mail.Ru Mailer 1.0")]
    bnd = lambda i: "--ALT--%s%d" % (hexs(rng, 16, True), int(dt.timestamp()))
    return dict(relay=relay, chain=[], msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS)

def prof_yahoo(sp, rng, dt):
    n = rng.randint(300, 330)
    host = "sonic%d-%d.consmr.mail.ir2.yahoo.com" % (n, rng.randint(1, 40))
    relay = (host, host, "77.238.%d.%d" % (rng.randint(176, 179), rng.randint(1, 250)))
    chain = ["Received: " + fold_recv(["from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.ir2.yahoo.com with HTTP; %s" % (n, rfcdate(dt.astimezone(datetime.timezone.utc)))])]
    mid = "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), int(dt.timestamp() * 1000))
    hdrs = [("X-Mailer", "WebService/1.1.23040 YMailNorrin")]
    bnd = lambda i: "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 8, 10 ** 9), int(dt.timestamp() * 1000))
    return dict(relay=relay, chain=chain, msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS)

def prof_wp(sp, rng, dt):
    host = "mx%d.wp.pl" % rng.randint(1, 4)
    relay = (host, host, "212.77.101.%d" % rng.randint(1, 12))
    chain = ["Received: " + fold_recv(["(wp-smtpd smtp.wp.pl %d invoked by uid 990); %s" % (rng.randint(1000, 40000), rfcdate(dt))])]
    mid = "<%s@wp.pl>" % hexs(rng, 32)
    hdrs = [("X-Mailer", "Poczta WP")]
    bnd = lambda i: "=_%s" % hexs(rng, 16)
    return dict(relay=relay, chain=chain, msgid=mid, hdrs=hdrs, bnd=bnd, tls=TLS12)

PROFILES = dict(gmail=prof_gmail, outlook=prof_outlook, thunderbird=prof_thunderbird, apple=prof_apple,
                roundcube=prof_roundcube, phpmailer=prof_phpmailer, bulk=prof_bulk, ses=prof_ses,
                sendgrid=prof_sendgrid, internal=prof_internal, yandex=prof_yandex, mailru=prof_mailru,
                yahoo=prof_yahoo, wp=prof_wp)

# ------------------------------------------------------------------ assembly
def build(sp):
    sp = dict(sp)
    rng = random.Random("audit29:" + sp["name"])
    sp.setdefault("hcharset", sp["charset"])
    sp.setdefault("hmode", "B")
    sp.setdefault("html_charset", sp["charset"])
    sp.setdefault("html_cte", sp["cte"])
    sp.setdefault("to", [])
    sp.setdefault("rcpt", sp["to"][0][1] if sp["to"] else sp["cc"][0][1])
    dt = parse_dt(sp["date"], sp.get("tz", "+0100"))
    pr = PROFILES[sp["mailer"]](sp, rng, dt)
    relay = sp.get("relay", pr["relay"])
    label = sp.get("label", sp["charset"])
    hlabel = sp.get("html_label", label)
    # body
    text = sp.get("text")
    htm = sp.get("html")
    if htm == "auto":
        htm = auto_html(text, sp.get("font", "Calibri, Arial, sans-serif"))
    if htm:
        htm = htm.replace("%CHARSET%", hlabel)
    if htm and text is None and sp.get("text_from_html"):
        text = strip_html(htm)
    parts = []
    bi = [0]

    def nb():
        b = pr["bnd"](bi[0])
        bi[0] += 1
        return b
    if text is not None:
        parts.append(text_part(text, "plain", sp["charset"], sp["cte"], label, flowed=sp.get("flowed", False)))
    if htm:
        parts.append(text_part(htm, "html", sp["html_charset"], sp["html_cte"], hlabel))
    if len(parts) == 2:
        body = multipart("alternative", parts, nb())
    else:
        body = parts[0]
    atts = sp.get("attachments", [])
    if atts:
        ch = [body] + [attach_part(a[0], a[1], a[2], style=sp.get("fname_style", "2231")) for a in atts]
        b = nb()
        body = multipart("mixed", ch, b)
        # mixed boundary should be the outer one: Outlook numbers outer _004_; fine either way
    # headers
    H = []
    mxdt = (dt + datetime.timedelta(seconds=sp.get("delay", rng.randint(3, 40)))).astimezone(CET)
    helo, rdns, ip = relay
    rd = "%s [%s]" % (rdns, ip) if rdns else "unknown [%s]" % ip
    H.append(("Received", fold_recv(["from %s (%s)" % (helo, rd), "by %s (Postfix) with ESMTPS id %s" % (MX, qid(rng)),
                                     "for <%s>; %s" % (sp["rcpt"], rfcdate(mxdt))])))
    for c in sp.get("chain_extra_top", []):
        H.append(("Received", c))
    for c in sp.get("chain", pr["chain"]):
        H.append(("Received", c[len("Received: "):] if c.startswith("Received: ") else c))
    hc, hm = sp["hcharset"], sp["hmode"]
    H.append(("From", fmt_addr(sp["from"][0], sp["from"][1], hc, hm)))
    if sp["to"]:
        H.append(("To", fmt_addrs(sp["to"], hc, hm)))
    if sp.get("cc"):
        H.append(("Cc", fmt_addrs(sp["cc"], hc, hm)))
    if sp.get("reply_to"):
        H.append(("Reply-To", fmt_addr(sp["reply_to"][0], sp["reply_to"][1], hc, hm)))
    if sp.get("sender"):
        H.append(("Sender", fmt_addr(sp["sender"][0], sp["sender"][1], hc, hm)))
    H.append(("Subject", ew(sp["subject"], hc, hm)))
    H.append(("Date", rfcdate(dt)))
    H.append(("Message-ID", sp.get("msgid", pr["msgid"])))
    if sp.get("in_reply_to"):
        H.append(("In-Reply-To", sp["in_reply_to"]))
        H.append(("References", sp.get("references", sp["in_reply_to"])))
    for k, v in pr["hdrs"]:
        if v is not None:
            H.append((k, v))
    for k, v in sp.get("headers", []):
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    out = b""
    for k, v in H:
        line = ("%s: %s" % (k, v)) if v != "" else ("%s:" % k)
        out += line.encode("ascii") + b"\r\n"
    for k, v in body.headers:
        out += ("%s: %s" % (k, v)).encode("ascii") + b"\r\n"
    out += b"\r\n"
    if body.children is None:
        out += body.body
    else:
        if sp["mailer"] in ("outlook", "internal", "phpmailer"):
            out += b"This is a multi-part message in MIME format.\r\n"
        out += serialize_part(body, with_headers=False)
    return out
