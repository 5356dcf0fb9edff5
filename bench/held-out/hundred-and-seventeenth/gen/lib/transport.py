"""Transport/header profiles of the sending systems and the final
assembly of a message as mx01.example.com received it."""

import base64
import hashlib
import re
import uuid
from datetime import timedelta

from . import mime
from . import timez as tz

MX = "mx01.example.com"

# DMARC policies published by the From: domains (as mx01 would see them)
DMARC_POLICY = {
    "example.com": "quarantine", "examplegroup.eu": "quarantine", "lieferant-gmbh.de": "quarantine",
    "ferretti-trasporti.it": "none", "partner-logistik.pl": "none", "nordwerk-anlagenbau.de": "reject",
    "kessler-partner-stb.de": "none", "vemags.de": "reject", "cantiereadriatico.it": "none",
    "balticoffshore.com.pl": "quarantine", "montajescamp.es": "none", "technodomi.gr": "none",
    "teesoffshorefab.co.uk": "quarantine", "nli-inspections.co.uk": "none", "sevzapstroy.ru": "none",
    "schwerlast-journal.de": "none", "gmail.com": "none", "googlemail.com": "none", "web.de": "quarantine",
    "gmx.de": "quarantine", "gmx.net": "quarantine", "outlook.com": "none", "hotmail.com": "none", "outlook.es": "none",
    "hotmail.es": "none", "mail.ru": "reject", "yandex.ru": "reject", "microsoft.com": "reject",
    "sharepointonline.com": "reject", "docusign.net": "reject", "paypal.co.uk": "reject", "paypal.com": "reject",
    "google.com": "reject", "dropbox.com": "reject", "canva.com": "reject", "adobe.com": "reject",
    "accountprotection.microsoft.com": "reject", "telepass.com": "reject", "mbank.pl": "reject",
    "diadoc.ru": "reject", "kontur.ru": "reject", "aade.gr": "none", "dehu.redsara.es": "none",
    "correo.aeat.es": "reject", "stat.gov.pl": "none", "dei.gr": "reject", "ppcgroup.com": "reject",
}

B52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


# ------------------------------------------------------------ id helpers

class Ctx:
    def __init__(self, rng, t_rx):
        self.rng = rng
        self.t = t_rx          # UTC datetime of receipt at mx01
        self.sigs = []         # (domain, selector, b, result, bits)
        self.body_hash = ""
        self.notes = {}

    def hex(self, n, upper=False):
        s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.rng.choice(chars) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.rng.randrange(256) for _ in range(nbytes))).decode()

    def guid(self, upper=False):
        g = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        return g.upper() if upper else g

    def qid(self):
        return "4" + "".join(self.rng.choice(B52) for _ in range(9)) + "z" + "".join(self.rng.choice(B52) for _ in range(3))

    def at(self, seconds):
        """Time `seconds` before receipt."""
        return self.t - timedelta(seconds=seconds)

    def ip(self, prefix):
        parts = prefix.split(".")
        while len(parts) < 4:
            parts.append(str(self.rng.randrange(2, 250)))
        return ".".join(parts)


def relaxed_body_hash(body):
    lines = body.replace("\r\n", "\n").split("\n")
    out = []
    for ln in lines:
        ln = re.sub(r"[ \t]+", " ", ln).rstrip(" \t")
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    canon = ("\r\n".join(out) + "\r\n") if out else ""
    return base64.b64encode(hashlib.sha256(canon.encode("latin-1")).digest()).decode()


def dkim_sig(c, d, s, hlist, style="default", bits=2048, t=None, x=None, extra="", i=None, result="pass", darn=None):
    hlist = hlist.rstrip(";")
    b = c.b64(bits // 8)
    c.sigs.append((d, s, b, result, bits, i))
    ts = ""
    if t is not None:
        ts = " t=%d;" % int(t.timestamp())
        if x is not None:
            ts += " x=%d;" % int(x.timestamp())
    if style == "gmail":
        hdr = "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s;%s%s\n        h=%s;\n        bh=%s;\n        b=" % (
            d, s, ts, (" darn=%s;" % darn) if darn else "", hlist, c.body_hash)
        sig = "\n         ".join(b[k:k + 70] for k in range(0, len(b), 70))
        return hdr + sig
    if style == "m365":
        hdr = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s;\n h=%s;\n bh=%s;\n b=" % (d, s, hlist, c.body_hash)
        return hdr + "\n ".join(b[k:k + 76] for k in range(0, len(b), 76))
    ist = (" i=%s;" % i) if i else ""
    hdr = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;%s\n\ts=%s;%s%s\n\th=%s;\n\tbh=%s;\n\tb=" % (
        d, ist, s, ts, extra, hlist, c.body_hash)
    return hdr + "\n\t ".join(b[k:k + 72] for k in range(0, len(b), 72))


def thread_index(c, dt, replies=0):
    ft = int((dt.timestamp() + 11644473600) * 10 ** 7)
    raw = bytes([1]) + ft.to_bytes(8, "big")[1:6] + bytes(c.rng.randrange(256) for _ in range(16))
    raw += bytes(c.rng.randrange(256) for _ in range(5 * replies))
    return base64.b64encode(raw).decode()


def tls_line(version="1.3"):
    if version == "1.3":
        return ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                "\t(No client certificate requested)\n\t")
    if version == "1.3-128":
        return ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n"
                "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                "\t(No client certificate requested)\n\t")
    if version == "1.2":
        return ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
                "\t(No client certificate requested)\n\t")
    return ""


def mx_received(c, helo, rdns, ip, rcpt, tls="1.3", secs=0):
    with_ = "ESMTPS" if tls else "ESMTP"
    return ("from %s (%s [%s])\n\t%sby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        helo, rdns or "unknown", ip, tls_line(tls) if tls else "", MX, with_, c.qid(), rcpt,
        tz.rfc(c.at(secs), "berlin", pad=True, abbr=True)))


def postfix_hop(c, frm_helo, frm_rdns, frm_ip, by, secs, tls="1.3", rcpt=None, esmtpa=False, user=None, ident=None):
    w = "ESMTPSA" if esmtpa else ("ESMTPS" if tls else "ESMTP")
    auth = ""
    if esmtpa and user:
        auth = ""
    s = "from %s (%s [%s])\n\t%sby %s (Postfix) with %s id %s" % (
        frm_helo, frm_rdns or "unknown", frm_ip, tls_line(tls) if tls else "", by, w, ident or c.qid())
    if rcpt:
        s += "\n\tfor <%s>" % rcpt
    s += "; %s" % tz.rfc(c.at(secs), "berlin", pad=True, abbr=True)
    return s


# ------------------------------------------------------------ profiles
# Every profile gets (c, m) where m is the Message spec (see compose) and
# returns dict(headers=[...], client=(helo, rdns, ip, tls), env_from=...)
# The special header name "__MIME__" marks where the root part's MIME
# headers go.

def _core(m, order):
    """Return the core headers in the given order (names lower-case)."""
    vals = {
        "from": m.from_hdr, "to": m.to_hdr, "cc": m.cc_hdr, "subject": m.subject_hdr,
        "date": m.date_hdr, "message-id": "<%s>" % m.msgid, "reply-to": m.reply_to_hdr,
        "in-reply-to": ("<%s>" % m.in_reply_to) if m.in_reply_to else None,
        "references": m.references_hdr, "mime-version": "1.0", "sender": m.sender_hdr,
    }
    names = {"message-id": "Message-ID", "mime-version": "MIME-Version", "reply-to": "Reply-To",
             "in-reply-to": "In-Reply-To"}
    out = []
    for k in order:
        if k == "__MIME__":
            out.append(("__MIME__", None))
            continue
        key = k.lower()
        v = vals.get(key)
        if v:
            out.append((names.get(key, k), v))
    return out


def p_m365(c, m):
    o = m.opts
    dom = o["domain"]
    region = o.get("region", "eurprd0%d" % c.rng.choice([2, 3, 4, 5, 6, 8, 9]))
    pfx = o.get("pfx", c.rng.choice(["AS8PR", "DU0PR", "PA4PR", "AM9PR", "DB9PR", "GV1PR", "VI1PR", "PAXPR"]))
    num = region[-2:]
    srv = o.get("server", "%s%sMB%04d" % (pfx, num, c.rng.randrange(1000, 9999)))
    srv2 = "%s%sMB%04d" % (c.rng.choice(["AS8PR", "DU0PR", "PA4PR", "AM9PR", "DB9PR", "GV1PR"]), num, c.rng.randrange(1000, 9999))
    fqdn = "%s.%s.prod.outlook.com" % (srv, region)
    fqdn2 = "%s.%s.prod.outlook.com" % (srv2, region)
    if not m.msgid:
        m.msgid = "%s%s@%s" % (srv, c.hex(24, True), fqdn)
    t_send = c.at(m.delay)
    v6 = "2603:10a6:%s:%s::%s" % (c.hex(3), c.hex(3), c.rng.randrange(10, 30))
    rcv_mapi = "from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d; %s" % (
        fqdn, c.hex(4), c.hex(4), c.hex(4), c.hex(4), fqdn, c.hex(4), c.hex(4), c.hex(4), c.hex(4),
        c.rng.randrange(3, 7), o.get("build", 8398), c.rng.randrange(10, 40), tz.rfc(t_send, "utc"))
    rcv_hop = "from %s (%s) by\n %s (2603:10a6:%s:%s::%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
        fqdn, v6, fqdn2, c.hex(3), c.hex(3), c.rng.randrange(2, 20), o.get("build", 8398), c.rng.randrange(10, 40),
        tz.rfc(c.at(m.delay - 1), "utc"))
    arc_h = "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1"
    b1 = c.b64(256)
    b2 = c.b64(256)
    hdrs = [
        ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + "\n ".join(b1[k:k + 76] for k in range(0, len(b1), 76))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=%s;\n bh=%s;\n b=%s" % (
            arc_h, c.b64(32), "\n ".join(b2[k:k + 76] for k in range(0, len(b2), 76)))),
        ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none\n header.from=%s; dkim=pass header.d=%s; arc=none" % (dom, dom, dom)),
    ]
    if o.get("dkim", True):
        hdrs.append(("DKIM-Signature", dkim_sig(c, dom, o.get("selector", "selector1"),
                                                "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                                                style="m365")))
    hdrs += [("Received", rcv_hop), ("Received", rcv_mapi)]
    core = ["From", "To", "CC", "Reply-To", "Subject", "__TT__", "__TI__", "Date", "Message-ID", "References",
            "In-Reply-To", "__AL__"]
    for h in _core(m, core) + [("__TT__", None), ("__TI__", None), ("__AL__", None)]:
        pass
    out = []
    for name, val in _core(m, ["From", "To", "CC", "Reply-To", "Subject"]):
        out.append((name, val))
    out.append(("Thread-Topic", mime.hdr_text(m.thread_topic, m.subj_cs, "B")))
    out.append(("Thread-Index", o.get("thread_index") or thread_index(c, t_send, o.get("replies", 0))))
    out += _core(m, ["Date", "Message-ID", "References", "In-Reply-To"])
    lang = o.get("lang", "en-US")
    out.append(("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"))
    out.append(("Content-Language", lang))
    out.append(("X-MS-Has-Attach", "yes" if m.has_attach else ""))
    out.append(("X-MS-TNEF-Correlator", ""))
    if o.get("msip"):
        out.append(("msip_labels", o["msip"]))
    out.append(("authentication-results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;" % dom))
    out.append(("x-ms-publictraffictype", "Email"))
    out.append(("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (srv, srv2)))
    out.append(("x-ms-office365-filtering-correlation-id", c.guid()))
    out.append(("x-ms-exchange-senderadcheck", "1"))
    out.append(("x-ms-exchange-antispam-relay", "0"))
    out.append(("x-microsoft-antispam", "BCL:0;ARA:13230040|366016|1800799024|376014|38070700018;"))
    mi = c.b64(300)
    out.append(("x-microsoft-antispam-message-info", "\n " + "\n ".join(mi[k:k + 76] for k in range(0, len(mi), 76))))
    out.append(("x-forefront-antispam-report", "CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;SFS:(13230040)(366016)(1800799024)(376014)(38070700018);DIR:OUT;SFP:1102;" % (
        lang[:2].lower(), fqdn)))
    out.append(("x-ms-exchange-antispam-messagedata-chunkcount", "1"))
    md = c.b64(420)
    out.append(("x-ms-exchange-antispam-messagedata-0", "\n " + "\n ".join(md[k:k + 76] for k in range(0, len(md), 76))))
    out.append(("__MIME__", None))
    out.append(("MIME-Version", "1.0"))
    out.append(("X-OriginatorOrg", dom))
    out.append(("X-MS-Exchange-CrossTenant-AuthAs", "Internal"))
    out.append(("X-MS-Exchange-CrossTenant-AuthSource", fqdn))
    out.append(("X-MS-Exchange-CrossTenant-Network-Message-Id", c.guid()))
    l = t_send
    out.append(("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s %s %d %02d:%02d:%02d.%04d\n (UTC)" % (
        l.day, tz.MONTHS[l.month - 1], l.year, l.hour, l.minute, l.second, c.rng.randrange(10000))))
    out.append(("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"))
    tenant = o.get("tenant") or ("72f988bf-86f1-41af-91ab-2d7cd011db47" if dom == "microsoft.com" else str(uuid.UUID(bytes=uuid.uuid5(uuid.NAMESPACE_DNS, "tenant." + dom).bytes, version=4)))
    out.append(("X-MS-Exchange-CrossTenant-id", tenant))
    out.append(("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"))
    out.append(("X-MS-Exchange-CrossTenant-userprincipalname", c.b64(60)))
    out.append(("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv2))
    hdrs += out
    if o.get("newstyle", True):
        az = c.rng.choice(["westeurope", "northeurope", "germanywestcentral", "swedencentral", "francecentral"])
        ip = o.get("ip") or "52.101.%d.%d" % (c.rng.randrange(64, 100), c.rng.randrange(2, 250))
        helo = "%s%dCU%03d.outbound.protection.outlook.com" % (c.rng.choice(["DUZPR", "AM0PR", "GVXPR", "DB3PR", "PA4PR", "FR6P"]), c.rng.randrange(80, 84), c.rng.randrange(1, 9))
        rdns = "mail-%sazon1101%04d.outbound.protection.outlook.com" % (az, int(ip.split(".")[-1]) + 10 * int(ip.split(".")[-2]) % 9000)
    else:
        ip = o.get("ip") or "40.107.%d.%d" % (c.rng.randrange(20, 255), c.rng.randrange(2, 250))
        pop = c.rng.choice(["DB8", "AM6", "VI1", "DB3", "HE1", "AM5"])
        helo = "EUR0%d-%s-obe.outbound.protection.outlook.com" % (c.rng.randrange(1, 6), pop)
        rdns = "mail-%seur0%don2%03d.outbound.protection.outlook.com" % (pop.lower(), c.rng.randrange(1, 6), int(ip.split(".")[-1]))
    return dict(headers=hdrs, client=(helo, rdns, ip, "1.2"), env_from=m.env_from or m.from_addr)


def p_outlookcom(c, m):
    """Consumer Outlook.com / Hotmail."""
    o = m.opts
    dom = m.from_addr.split("@")[1]
    srv = "%s%dMB%04d" % (c.rng.choice(["AS8P", "DU0P", "PAXP", "GV1P", "DB9P"]), c.rng.choice([189, 190, 191, 193, 194, 250, 251]), c.rng.randrange(1000, 9999))
    region = "EURP%s" % srv[4:7]
    fqdn = "%s.%s.PROD.OUTLOOK.COM" % (srv, region)
    if not m.msgid:
        m.msgid = "%s%s@%s" % (srv, c.hex(24, True), fqdn)
    t_send = c.at(m.delay)
    ip = "40.92.%d.%d" % (c.rng.randrange(40, 110), c.rng.randrange(2, 250))
    pop = c.rng.choice(["AM7", "DB5", "VI1", "AM0", "DB8"])
    helo = "EUR0%d-%s-obe.outbound.protection.outlook.com" % (c.rng.randrange(1, 6), pop)
    rdns = "mail-%seur0%dolkn2%03d.outbound.protection.outlook.com" % (pop.lower(), c.rng.randrange(1, 6), int(ip.split(".")[-1]))
    hdrs = [("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + c.b64(256)[:76] + "\n " + c.b64(200)),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s" % (c.b64(32), c.b64(150))),
            ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"),
            ("DKIM-Signature", dkim_sig(c, dom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="m365")),
            ("Received", "from %s (2603:10a6:%s:%s::%d)\n by %s (2603:10a6:%s:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8398.%d; %s" % (
                fqdn, c.hex(3), c.hex(3), c.rng.randrange(2, 30), fqdn.replace(srv[-4:], str(c.rng.randrange(1000, 9999))), c.hex(3), c.hex(3), c.rng.randrange(2, 30), c.rng.randrange(10, 40), tz.rfc(c.at(m.delay - 1), "utc"))),
            ("Received", "from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.8398.%03d; %s" % (
                fqdn, c.hex(4), c.hex(4), c.hex(4), c.hex(4), fqdn, c.hex(4), c.hex(4), c.hex(4), c.hex(4), c.rng.randrange(10, 40), tz.rfc(t_send, "utc")))]
    hdrs += _core(m, ["From", "To", "CC", "Reply-To", "Subject", "Date", "Message-ID", "References", "In-Reply-To"])
    hdrs += [("__MIME__", None),
             ("X-MS-Exchange-MessageSentRepresentingType", "1"),
             ("X-TMN", "[%s]" % c.alnum(28)),
             ("X-MS-PublicTrafficType", "Email"),
             ("X-MS-TrafficTypeDiagnostic", "%s:EE_|%s:EE_" % (srv, srv[:-4] + str(c.rng.randrange(1000, 9999)))),
             ("X-MS-Office365-Filtering-Correlation-Id", c.guid()),
             ("X-Microsoft-Antispam", "BCL:0;ARA:14566002|8060799006|19110799003|15080799006|461199028|5072599009|440099028|3412199025|102099032;"),
             ("X-Microsoft-Antispam-Message-Info", "\n\t" + c.b64(180)),
             ("X-MS-Exchange-AntiSpam-MessageData-ChunkCount", "1"),
             ("X-MS-Exchange-AntiSpam-MessageData-0", "\n\t" + c.b64(200)),
             ("MIME-Version", "1.0"),
             ("X-OriginatorOrg", "sct-15-20-8398-%d-msonline-outlook-%s.templateTenant" % (c.rng.randrange(10, 40), c.hex(5))),
             ("X-MS-Exchange-CrossTenant-Network-Message-Id", c.guid()),
             ("X-MS-Exchange-CrossTenant-AuthSource", fqdn),
             ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
             ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", "%s (UTC)" % tz.fmt(t_send, "utc", "%d %b %Y %H:%M:%S.0000").lstrip("0")),
             ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Hosted"),
             ("X-MS-Exchange-CrossTenant-Id", "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"),
             ("X-MS-Exchange-CrossTenant-RMS-PersistedConsumerOrg", "00000000-0000-0000-0000-000000000000"),
             ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv[:-4] + str(c.rng.randrange(1000, 9999)))]
    return dict(headers=hdrs, client=(helo, rdns, ip, "1.2"), env_from=m.env_from or m.from_addr)


def _google(c, m, d, s, consumer=True, xmailer=None, mua="web"):
    o = m.opts
    pool = c.rng.choice([("wm1", 128), ("ed1", 208), ("ej1", 208), ("lf1", 167), ("wr1", 221), ("pl1", 214), ("lj1", 208)])
    n = c.rng.randrange(41, 99)
    host = o.get("ghost", "mail-%s-f%d.google.com" % (pool[0], n))
    ip = o.get("ip") or "209.85.%d.%d" % (pool[1], n)
    t_send = c.at(m.delay)
    if not m.msgid:
        m.msgid = "CA%s%s@mail.gmail.com" % (c.rng.choice(["+", "F", "K", "M", "H", "J"]), c.alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))
    rcpt = m.rcpt
    smtp_id = "%s-%s%s.%d" % (c.rng.choice(["4fb4d7f45d1cf", "5b1f17b1804b1", "ffacd0b85a97d", "2adb3069b0e04"]), c.hex(6), "so%d" % c.rng.randrange(1000000, 9999999), c.rng.randrange(1, 3))
    hdrs = [("Received", "by %s with SMTP id %s\n        for <%s>; %s" % (
        host, smtp_id, rcpt, tz.rfc(c.at(m.delay - 1), "pacific", abbr=True)))]
    hl = "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to"
    if m.in_reply_to:
        hl = "to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to"
    hdrs.append(("DKIM-Signature", dkim_sig(c, d, s, hl, style="gmail", t=t_send, x=t_send + timedelta(days=7), darn=rcpt.split("@")[1])))
    hdrs.append(("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=%s;\n        bh=%s;\n        b=%s" % (
        int(t_send.timestamp()), int((t_send + timedelta(days=7)).timestamp()), hl.replace("from:to", "x-gm-message-state:from:to"), c.body_hash,
        "\n         ".join(c.b64(256)[k:k + 70] for k in range(0, 344, 70)))))
    hdrs.append(("X-Forwarded-Encrypted", "i=1; AJvYcC%s" % c.alnum(60)))
    hdrs.append(("X-Gm-Message-State", "AOJu0Y%s" % c.alnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    hdrs.append(("X-Gm-Gg", "ASbGnc%s" % c.alnum(200, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    hdrs.append(("X-Google-Smtp-Source", "AGHT+I%s" % c.alnum(80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    hdrs.append(("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
        c.hex(4), c.hex(3), c.hex(3), c.hex(3), c.hex(4), c.hex(13), c.hex(8), c.rng.randrange(1, 99), c.rng.randrange(1000000000, 9999999999),
        tz.rfc(c.at(m.delay - 1), "pacific", abbr=True))))
    hdrs += _core(m, ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc", "Reply-To"])
    if xmailer:
        hdrs.append(("X-Mailer", xmailer))
    hdrs.append(("__MIME__", None))
    return dict(headers=hdrs, client=(host, host, ip, "1.3-128"), env_from=m.env_from or m.from_addr)


def p_gmail(c, m):
    return _google(c, m, "gmail.com", "20230601")


def p_gworkspace(c, m):
    return _google(c, m, m.opts["domain"], m.opts.get("selector", "google"))


def p_google_noreply(c, m):
    """Google-generated notifications (Forms, Drive, Calendar)."""
    o = m.opts
    pool = c.rng.choice([("yb1", 219), ("oa1", 210), ("qk1", 222), ("ua1", 217)])
    n = c.rng.randrange(70, 200)
    ip = "209.85.%d.%d" % (pool[1], n)
    host = "mail-%s-f%d.google.com" % (pool[0], n)
    t_send = c.at(m.delay)
    if not m.msgid:
        m.msgid = "%s@google.com" % c.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    hdrs = [("Received", "by %s with SMTP id %s-%s.%d\n        for <%s>; %s" % (host, c.hex(13), c.hex(8), c.rng.randrange(1, 9), m.rcpt, tz.rfc(c.at(m.delay - 1), "pacific", abbr=True)))]
    hdrs.append(("DKIM-Signature", dkim_sig(c, "google.com", "20230601", "mime-version:reply-to:message-id:date:subject:from:to:from:to:cc\n         :subject:date:message-id:reply-to", style="gmail", t=t_send, x=t_send + timedelta(days=7), darn=m.rcpt.split("@")[1])))
    if o.get("sig2"):
        d2, s2 = o["sig2"]
        hdrs.append(("DKIM-Signature", dkim_sig(c, d2, s2, "mime-version:reply-to:message-id:date:subject:from:to:from:to:cc\n         :subject:date:message-id:reply-to", style="gmail", t=t_send, x=t_send + timedelta(days=7), darn=m.rcpt.split("@")[1])))
    hdrs.append(("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=x-gm-message-state:mime-version:reply-to:message-id:date:subject\n         :from:to:from:to:cc:subject:date:message-id:reply-to;\n        bh=%s;\n        b=%s" % (
        int(t_send.timestamp()), int((t_send + timedelta(days=7)).timestamp()), c.body_hash, c.b64(256)[:70])))
    hdrs.append(("X-Gm-Message-State", "AOJu0Y%s" % c.alnum(60)))
    hdrs.append(("X-Google-Smtp-Source", "AGHT+I%s" % c.alnum(80)))
    hdrs.append(("MIME-Version", "1.0"))
    hdrs.append(("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d; %s" % (
        c.hex(4), c.hex(3), c.hex(3), c.hex(3), c.hex(4), c.hex(13), c.hex(8), c.rng.randrange(1, 99), c.rng.randrange(1000000000, 9999999999),
        tz.rfc(c.at(m.delay - 1), "pacific", abbr=True))))
    hdrs += _core(m, ["Reply-To", "Sender", "Message-ID", "Date", "Subject", "From", "To"])
    for k, v in o.get("gheaders", []):
        hdrs.append((k, v))
    hdrs.append(("__MIME__", None))
    return dict(headers=hdrs, client=(host, host, ip, "1.3-128"), env_from=m.env_from)


def p_exchange_internal(c, m):
    """Exchange 2019 -> mail-int01 -> mx01."""
    o = m.opts
    src = o.get("exch", c.rng.choice(["EXCH01", "EXCH02"]))
    other = "EXCH02" if src == "EXCH01" else "EXCH01"
    ip_src = "10.20.0.31" if src == "EXCH01" else "10.20.0.32"
    ip_other = "10.20.0.32" if src == "EXCH01" else "10.20.0.31"
    t_send = c.at(m.delay)
    if not m.msgid:
        m.msgid = "%s@%s.corp.example.com" % (c.hex(32), src)
    hdrs = []
    hdrs.append(("DKIM-Signature", dkim_sig(c, "example.com", "int2026", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t=c.at(3))))
    hdrs.append(("Received", postfix_hop(c, "%s.corp.example.com" % other, "%s.corp.example.com" % other.lower(), ip_other, "mail-int01.example.com", 3, tls="1.2")))
    hdrs.append(("Received", "from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s" % (
        src, ip_src, other, ip_other, tz.rfc(c.at(m.delay - 1), "berlin"))))
    hdrs.append(("Received", "from %s.corp.example.com ([fe80::%s:%s:%s:%s]) by\n %s.corp.example.com ([fe80::%s:%s:%s:%s%%13]) with mapi id\n 15.02.1748.010; %s" % (
        src, c.hex(4), c.hex(4), c.hex(4), c.hex(4), src, c.hex(4), c.hex(4), c.hex(4), c.hex(4), tz.rfc(t_send, "berlin"))))
    hdrs += _core(m, ["From", "To", "CC", "Reply-To", "Subject"])
    hdrs.append(("Thread-Topic", mime.hdr_text(m.thread_topic, m.subj_cs, "B")))
    hdrs.append(("Thread-Index", o.get("thread_index") or thread_index(c, t_send, o.get("replies", 0))))
    hdrs += _core(m, ["Date", "Message-ID", "References", "In-Reply-To"])
    lang = o.get("lang", "de-DE")
    hdrs.append(("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"))
    hdrs.append(("Content-Language", lang))
    hdrs.append(("X-MS-Has-Attach", "yes" if m.has_attach else ""))
    hdrs.append(("X-MS-TNEF-Correlator", ""))
    for k, v in o.get("xheaders", []):
        hdrs.append((k, v))
    hdrs.append(("x-originating-ip", "[%s]" % o.get("client_ip", "10.20.%d.%d" % (c.rng.randrange(30, 60), c.rng.randrange(10, 250)))))
    hdrs.append(("__MIME__", None))
    hdrs.append(("MIME-Version", "1.0"))
    return dict(headers=hdrs, client=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", "1.3"),
                env_from=m.env_from or m.from_addr, internal=True)


def p_internal_system(c, m):
    """Internal appliances (PBX, Exchange system mailbox) via mail-int01."""
    o = m.opts
    host, ip = o["host"], o["host_ip"]
    t_send = c.at(m.delay)
    if not m.msgid:
        m.msgid = o.get("msgid_fmt", "%s@%s") % (c.hex(32), host)
    hdrs = [("DKIM-Signature", dkim_sig(c, "example.com", "int2026", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t=c.at(2)))]
    hdrs.append(("Received", postfix_hop(c, o.get("helo", host), host, ip, "mail-int01.example.com", 2, tls=o.get("tls", "1.2"))))
    for r in o.get("inner_received", []):
        hdrs.append(("Received", r(c) if callable(r) else r))
    hdrs += _core(m, o.get("order", ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version"]))
    for k, v in o.get("xheaders", []):
        hdrs.append((k, v))
    hdrs.append(("__MIME__", None))
    return dict(headers=hdrs, client=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", "1.3"),
                env_from=m.env_from or m.from_addr, internal=True)


def p_postfix_org(c, m):
    """An organisation's own Postfix relay (optionally with Exchange or
    user PCs behind it).  opts: relay, relay_ip, domain, selector, inner
    (list of callables or strings for inner Received), mua_headers."""
    o = m.opts
    relay, rip = o["relay"], o["relay_ip"]
    dom = o["domain"]
    t_send = c.at(m.delay)
    hdrs = []
    if o.get("dkim", True):
        hdrs.append(("DKIM-Signature", dkim_sig(c, dom, o.get("selector", "mail"), o.get("hlist", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
                                                t=c.at(m.delay - 1), i=o.get("dkim_i"))))
    for r in o.get("inner", []):
        hdrs.append(("Received", r(c, m) if callable(r) else r))
    hdrs += _core(m, o.get("order", ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID", "MIME-Version"]))
    for k, v in o.get("xheaders", []):
        hdrs.append((k, v(c, m) if callable(v) else v))
    hdrs.append(("__MIME__", None))
    for k, v in o.get("xheaders_after", []):
        hdrs.append((k, v(c, m) if callable(v) else v))
    return dict(headers=hdrs, client=(o.get("helo", relay), relay, rip, o.get("tls", "1.3")), env_from=m.env_from or m.from_addr)


def inner_pc(helo, rdns, ip, relay, user_auth=True, secs_before=2):
    """Submission from a desktop client to the org relay."""
    def f(c, m):
        return "from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
            helo, rdns or "unknown", ip, m.env_from or m.from_addr, relay, c.qid(),
            tz.rfc(c.at(m.delay - secs_before), m.opts.get("zone", "berlin"), pad=True, abbr=True))
    return f


def p_ionos(c, m):
    o = m.opts
    t_send = c.at(m.delay)
    mo = "mout.kundenserver.de"
    ip = "212.227.126.%d" % c.rng.choice([130, 131, 133, 134, 135, 171, 174, 187])
    mre = "mreue%d" % c.rng.randrange(100, 112)
    hdrs = [("DKIM-Signature", dkim_sig(c, o["domain"], o.get("selector", "s1-ionos"), "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t=t_send))]
    hdrs.append(("Received", "from %s ([%s]) by mrelayeu.kundenserver.de\n (%s [213.165.67.%d]) with ESMTPSA (Nemesis) id 1M%s-1%s; %s" % (
        o.get("client_helo", "[192.168.178.%d]" % c.rng.randrange(20, 60)), o.get("client_ip", c.ip("91.%d" % c.rng.randrange(40, 66))),
        mre, c.rng.randrange(100, 125), c.alnum(6), c.alnum(10), tz.rfc(c.at(m.delay - 1), "berlin"))))
    hdrs += _core(m, o.get("order", ["Message-ID", "Date", "MIME-Version", "User-Agent", "From", "To", "Cc", "Subject", "References", "In-Reply-To", "Reply-To"]))
    for k, v in o.get("xheaders", []):
        hdrs.append((k, v))
    hdrs.append(("__MIME__", None))
    hdrs.append(("X-Provags-ID", "V03:K1:%s" % c.alnum(80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    hdrs.append(("X-Spam-Flag", "NO"))
    hdrs.append(("UI-OutboundReport", "notjunk:1;M01:P0:%s" % c.alnum(40)))
    return dict(headers=hdrs, client=(mo, mo, ip, "1.3"), env_from=m.env_from or m.from_addr)


def p_gmx(c, m):
    """GMX / WEB.DE free mail (United Internet)."""
    o = m.opts
    web = m.from_addr.endswith("@web.de")
    t_send = c.at(m.delay)
    mo = "mout.web.de" if web else "mout.gmx.net"
    ip = ("217.72.192.%d" if web else "212.227.17.%d") % c.rng.choice([20, 21, 22, 78, 79])
    mr = ("mrweb%d" if web else "mrgmx%d") % c.rng.randrange(100, 110)
    dom = "web.de" if web else "gmx.de"
    bap = "3c-app-%s-bap%02d" % ("webde" if web else "gmx", c.rng.randrange(10, 70))
    if not m.msgid:
        m.msgid = "%s@%s" % (c.guid(), dom) if o.get("client") == "tb" else "trinity-%s-%d@%s" % (c.guid(), int(t_send.timestamp() * 1000), bap)
    hdrs = [("DKIM-Signature", dkim_sig(c, dom, "s29768273" if web else "s31663417", "X-UI-Sender-Class:MIME-Version:Message-ID:From:To:\n\t Subject:Content-Type:Date:cc:content-transfer-encoding:content-type:\n\t date:from:message-id:mime-version:reply-to:subject:to", t=t_send, i=m.from_addr,
                                        extra="\n\tx=%d;" % int((t_send + timedelta(days=365)).timestamp()) if False else ""))]
    hdrs.append(("X-UI-Sender-Class", c.guid()))
    hdrs.append(("Received", "from %s ([%s]) by %s (%s\n [%s]) with %s id 1M%s-1%s; %s" % (
        o.get("client_helo", "[192.168.178.%d]" % c.rng.randrange(20, 60)) if o.get("client") == "tb" else bap,
        o.get("client_ip", c.ip("%d.%d" % (c.rng.choice([79, 84, 87, 91, 93]), c.rng.randrange(190, 255)))),
        "smtp.web.de" if web else "mail.gmx.net", mr, "212.227.15.%d" % c.rng.randrange(130, 190) if web else "212.227.17.%d" % c.rng.randrange(160, 190),
        "ESMTPSA (Nemesis)" if o.get("client") == "tb" else "HTTP (Nemesis)", c.alnum(6), c.alnum(10), tz.rfc(c.at(m.delay - 1), "berlin"))))
    hdrs += _core(m, ["MIME-Version", "Message-ID", "From", "To", "Cc", "Subject", "__MIME__", "Date", "Reply-To", "In-Reply-To", "References"])
    hdrs.append(("Importance", "normal"))
    hdrs.append(("Sensitivity", "Normal"))
    hdrs.append(("X-Priority", "3"))
    hdrs.append(("X-Provags-ID", "V03:K1:%s" % c.alnum(80)))
    hdrs.append(("UI-OutboundReport", "notjunk:1;M01:P0:%s" % c.alnum(40)))
    return dict(headers=hdrs, client=(mo, mo, ip, "1.3"), env_from=m.env_from or m.from_addr)


def p_aruba(c, m):
    o = m.opts
    t_send = c.at(m.delay)
    host = "smtpdh%02d-%d.aruba.it" % (c.rng.randrange(10, 20), c.rng.randrange(1, 3))
    ip = "62.149.155.%d" % c.rng.randrange(140, 180)
    hdrs = [("Received", "from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
        o.get("client_helo", "[192.168.1.%d]" % c.rng.randrange(10, 60)), o.get("client_ip", c.ip("79.%d" % c.rng.randrange(16, 60))),
        c.alnum(10) + "VzJ" + c.alnum(4), tz.rfc(c.at(m.delay - 1), "rome")))]
    hdrs.append(("DKIM-Signature", dkim_sig(c, o["domain"], "a1", "From:To:Subject:Date:MIME-Version:Content-Type", t=t_send, bits=2048)))
    hdrs += _core(m, o.get("order", ["From", "To", "Cc", "References", "In-Reply-To", "Subject", "Date", "Message-ID", "MIME-Version"]))
    for k, v in o.get("xheaders", []):
        hdrs.append((k, v))
    hdrs.append(("__MIME__", None))
    hdrs.append(("X-CMAE-Envelope", "MS4xfM%s" % c.alnum(120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    return dict(headers=hdrs, client=(host, host, ip, "1.2"), env_from=m.env_from or m.from_addr)


def p_homepl(c, m):
    o = m.opts
    t_send = c.at(m.delay)
    cs = o.get("cloudserver", "cloudserver%06d.home.pl" % c.rng.randrange(100000, 999999))
    ip = o.get("ip", "79.96.170.%d" % c.rng.randrange(2, 250))
    hdrs = [("Received", "from localhost (127.0.0.1) (HELO v370.home.net.pl)\n by /usr/run/smtp (/usr/run/postfix/private/idea_relay_lmtp) via UNIX with SMTP (IdeaSmtpServer 6.0.0)\n id %s; %s" % (
        c.hex(16), tz.rfc(c.at(m.delay - 1), "warsaw")))]
    hdrs.append(("Received", "from %s (%s) (HELO %s)\n by /usr/run/smtp (/usr/run/postfix/private/idea_smtp_submission) via UNIX with SMTP (IdeaSmtpServer 6.0.0)\n id %s; %s" % (
        o.get("client_rdns", c.ip("83.%d" % c.rng.randrange(0, 40))), o.get("client_ip", c.ip("83.%d" % c.rng.randrange(0, 40))),
        o.get("client_helo", "[192.168.0.%d]" % c.rng.randrange(10, 60)), c.hex(16), tz.rfc(c.at(m.delay - 1), "warsaw"))))
    hdrs.append(("X-CLIENT-IP", o.get("client_ip", "83.24.%d.%d" % (c.rng.randrange(0, 255), c.rng.randrange(2, 250)))))
    hdrs.append(("X-CLIENT-HOSTNAME", o.get("client_rdns", "unknown")))
    hdrs.append(("X-VADE-SPAMSTATE", "clean"))
    hdrs.append(("X-VADE-SPAMSCORE", "-100"))
    hdrs.append(("X-VADE-SPAMCAUSE", "gggruggvucftvghtrhhoucdtuddrgeefuddr%s" % c.alnum(90, "abcdefghijklmnopqrstuvwxyz0123456789")))
    hdrs.append(("DKIM-Signature", dkim_sig(c, o["domain"], o.get("selector", "dkim"), "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t=t_send)))
    hdrs += _core(m, o.get("order", ["From", "To", "Cc", "References", "In-Reply-To", "Subject", "Date", "Message-ID", "MIME-Version"]))
    for k, v in o.get("xheaders", []):
        hdrs.append((k, v))
    hdrs.append(("__MIME__", None))
    return dict(headers=hdrs, client=(cs, cs, ip, "1.3"), env_from=m.env_from or m.from_addr)


def p_yandex(c, m):
    o = m.opts
    t_send = c.at(m.delay)
    fw = "forward%d%s.mail.yandex.net" % (c.rng.randrange(100, 600), c.rng.choice("abcd"))
    ip = "178.154.239.%d" % c.rng.randrange(70, 220)
    inner = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (c.rng.randrange(10, 90), c.rng.choice(["vla", "sas", "iva", "klg"]))
    if not m.msgid:
        m.msgid = "%d%d@mail.yandex.ru" % (c.rng.randrange(100000, 999999), int(t_send.timestamp()))
    hdrs = [("Received", "from %s (%s [IPv6:2a02:6b8:c0f:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
        inner, inner, c.hex(4), c.hex(4), fw, c.alnum(14), m.rcpt, tz.rfc(c.at(m.delay - 1), "moscow", zero=False, abbr=False))),
        ("Received", "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (inner, c.alnum(10), c.alnum(8), tz.rfc(t_send, "moscow"))),
        ("X-Yandex-Fwd", "1")]
    hdrs.append(("DKIM-Signature", dkim_sig(c, o["domain"], "mail", "From:Subject:Message-Id:Date:References:To;", t=t_send)))
    hdrs.append(("Authentication-Results", "%s; dkim=pass header.i=@%s" % (inner, o["domain"])))
    hdrs += _core(m, ["From", "To", "Cc", "In-Reply-To", "References", "Subject", "MIME-Version", "Date", "Message-ID"])
    hdrs.append(("X-Mailer", o.get("mailer", "Yamail [ http://yandex.ru ] 5.0")))
    hdrs.append(("__MIME__", None))
    return dict(headers=hdrs, client=(fw, fw, ip, "1.3"), env_from=m.env_from or m.from_addr)


def p_mailru(c, m):
    o = m.opts
    t_send = c.at(m.delay)
    host = "smtp%d.i.mail.ru" % c.rng.randrange(30, 60)
    ip = "95.163.41.%d" % c.rng.randrange(60, 99)
    if not m.msgid:
        m.msgid = "%s@mail.ru" % ("%d.%s" % (int(t_send.timestamp()), c.hex(16)))
    hdrs = [("DKIM-Signature", dkim_sig(c, "mail.ru", "mail4", "Content-Type:Message-ID:Reply-To:Date:MIME-Version:Subject:To:From:From:Subject:\n\tContent-Type:Content-Transfer-Encoding:To:Cc", t=t_send))]
    hdrs.append(("Received", "by %s with esmtpa (envelope-from <%s>)\n\tid 1t%s-%s-%s; %s" % (host, m.env_from or m.from_addr, c.alnum(4), c.alnum(11), c.alnum(4), tz.rfc(t_send, "moscow"))))
    hdrs.append(("X-Mailru-Src", "smtp"))
    hdrs.append(("X-7564579A", c.hex(16, True)))
    hdrs.append(("X-77F55803", "%s" % c.b64(60)))
    hdrs.append(("X-7FA49CB5", "FF5795518A3D127A4AD6D5ED66289B5278DA827A17800CE7%s" % c.hex(40, True)))
    hdrs += _core(m, ["From", "To", "Subject", "MIME-Version", "Reply-To", "Date", "__MIME__", "Message-ID"])
    hdrs.append(("X-Mailer", o.get("mailer", "Microsoft Outlook 16.0")))
    hdrs.append(("X-Mras", "Ok"))
    return dict(headers=hdrs, client=(host, host, ip, "1.3"), env_from=m.env_from or m.from_addr)


def p_ses(c, m):
    o = m.opts
    t_send = c.at(m.delay)
    region = o.get("region", "eu-west-1")
    ip = "54.240.%d.%d" % (c.rng.randrange(0, 10), c.rng.randrange(2, 250))
    host = "a%s-%s.smtp-out.%s.amazonses.com" % (ip.split(".")[2], ip.split(".")[3], region)
    ts = int(t_send.timestamp() * 1000)
    if not m.msgid:
        m.msgid = "01020%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com" % (
            format(ts, "x")[-11:], c.hex(8), c.hex(4), c.hex(4), c.hex(4), c.hex(12), region)
    env = m.env_from or ("01020%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com" % (format(ts, "x")[-11:], c.hex(8), c.hex(4), c.hex(4), c.hex(4), c.hex(12), region))
    hdrs = []
    if o.get("domain"):
        hdrs.append(("DKIM-Signature", dkim_sig(c, o["domain"], o.get("selector", c.alnum(32, "abcdefghijklmnopqrstuvwxyz234567")),
                                                "Subject:From:To:Date:Mime-Version:Content-Type:Message-ID;", t=t_send, extra="")))
    hdrs.append(("DKIM-Signature", dkim_sig(c, "amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv", "Subject:From:To:Date:Mime-Version:Content-Type:Message-ID:Feedback-ID;", t=t_send)))
    hdrs += _core(m, ["Subject", "From", "Reply-To", "To", "Date", "MIME-Version", "__MIME__", "Message-ID"])
    for k, v in o.get("xheaders", []):
        hdrs.append((k, v))
    hdrs.append(("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, c.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))))
    hdrs.append(("X-SES-Outgoing", "%s-%s" % (tz.fmt(t_send, "utc", "%Y.%m.%d"), ip)))
    return dict(headers=hdrs, client=(host, host, ip, "1.3"), env_from=env)


def p_sendgrid(c, m):
    o = m.opts
    t_send = c.at(m.delay)
    ip = o.get("ip", "149.72.%d.%d" % (c.rng.randrange(1, 250), c.rng.randrange(2, 250)))
    host = o.get("host", "%s.outbound-mail.sendgrid.net" % c.alnum(8, "abcdefghijklmnopqrstuvwxyz"))
    pod = "geopod-ismtpd-%d" % c.rng.randrange(1, 40)
    sgid = c.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    if not m.msgid:
        m.msgid = "%s@%s" % (sgid, pod)
    uid = c.rng.randrange(10000000, 59999999)
    env = m.env_from or "bounces+%d-%s-%s=%s@%s" % (uid, c.hex(4), m.rcpt.split("@")[0], m.rcpt.split("@")[1], o.get("bounce_domain", "em%d.%s" % (c.rng.randrange(1000, 9999), o.get("domain", "sendgrid.net"))))
    fdr = "filterdrecv-%s-%s" % (c.hex(10), c.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    hdrs = []
    if o.get("domain"):
        hdrs.append(("DKIM-Signature", dkim_sig(c, o["domain"], "s1", "from:content-type:subject:reply-to:to:cc:content-type:from:subject:to;", t=t_send)))
    hdrs.append(("DKIM-Signature", dkim_sig(c, "sendgrid.info", "smtpapi", "from:content-type:subject:reply-to:to:cc:content-type:from:subject:to;", t=t_send)))
    hdrs.append(("Received", "by %s with SMTP id %s-1-%s-%s\n\t%s +0000 UTC m=+%d.%09d" % (
        fdr, fdr, c.hex(8, True), c.rng.randrange(1, 40), tz.fmt(t_send, "utc", "%Y-%m-%d %H:%M:%S.") + "%09d" % c.rng.randrange(10 ** 8, 10 ** 9),
        c.rng.randrange(100000, 9000000), c.rng.randrange(10 ** 8, 10 ** 9))))
    hdrs.append(("Received", "from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s (UTC)" % (
        c.alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), pod, sgid,
        tz.rfc(c.at(m.delay + 1), "utc", zero=True, frac=".%03d" % c.rng.randrange(1000)))))
    hdrs += _core(m, ["Content-Type", "Date", "From", "Reply-To", "MIME-Version", "Message-ID", "Subject", "To", "Cc"])
    hdrs.append(("__MIME__", None))
    for k, v in o.get("xheaders", []):
        hdrs.append((k, v))
    hdrs.append(("X-SG-EID", "\n =?us-ascii?Q?%s?=" % c.alnum(70)))
    hdrs.append(("X-SG-ID", "\n =?us-ascii?Q?%s?=" % c.alnum(70)))
    hdrs.append(("X-Entity-ID", "u001.%s" % c.alnum(20)))
    return dict(headers=hdrs, client=(host, host, ip, "1.2"), env_from=env)


def p_mailgun(c, m):
    o = m.opts
    t_send = c.at(m.delay)
    ip = "159.135.%d.%d" % (c.rng.choice([224, 228, 232]), c.rng.randrange(2, 250))
    host = "m%s-%s.mailgun.net" % (ip.split(".")[2], ip.split(".")[3])
    mgd = o.get("mg_domain", "mg." + o["domain"])
    if not m.msgid:
        m.msgid = "%s.%s@%s" % (tz.fmt(t_send, "utc", "%Y%m%d%H%M%S"), c.hex(16), mgd)
    env = m.env_from or "bounce+%s.%s-%s=%s@%s" % (c.hex(6), c.hex(6), m.rcpt.split("@")[0], m.rcpt.split("@")[1], mgd)
    hdrs = [("DKIM-Signature", dkim_sig(c, mgd, o.get("selector", "k1"), "Content-Type: Mime-Version: Subject: Subject: From: From: To: To:\n\t Date: Message-Id: Sender: Sender;", t=t_send))]
    hdrs.append(("X-Mailgun-Sending-Ip", ip))
    hdrs.append(("X-Mailgun-Sid", "Wy%s" % c.alnum(60)))
    hdrs.append(("Received", "by %s with HTTP id %s; %s" % (c.hex(12), c.hex(24), tz.rfc(c.at(m.delay + 1), "gmt", zero=False).replace("+0000", "GMT"))))
    hdrs.append(("X-Mailgun-Variables", '{"campaign": "%s"}' % o.get("campaign", "rollout-%s" % c.hex(6))))
    hdrs += _core(m, ["Date", "Sender", "Message-ID", "MIME-Version", "__MIME__", "Subject", "From", "To", "Reply-To"])
    for k, v in o.get("xheaders", []):
        hdrs.append((k, v))
    return dict(headers=hdrs, client=(host, host, ip, "1.3"), env_from=env)


def p_brevo(c, m):
    o = m.opts
    t_send = c.at(m.delay)
    ip = "77.32.148.%d" % c.rng.randrange(10, 60)
    host = "smtp-relay.brevo.com" if False else "r%d.smtp-out.brevo.com" % int(ip.split(".")[3])
    if not m.msgid:
        m.msgid = "%s.%s@smtp-relay.mailin.fr" % (c.guid(), c.rng.randrange(10 ** 10, 10 ** 11))
    env = m.env_from or "%s@%s" % (c.alnum(24, "abcdefghijklmnopqrstuvwxyz0123456789"), "bounces.mailin.fr" if not o.get("bounce") else o["bounce"])
    hdrs = [("DKIM-Signature", dkim_sig(c, o["domain"], "brevo1", "from:to:subject:date:message-id:mime-version:content-type:list-unsubscribe", t=t_send)),
            ("DKIM-Signature", dkim_sig(c, "sendibm2.com", "mail", "from:to:subject:date:message-id:mime-version:content-type", t=t_send))]
    hdrs += _core(m, ["Date", "Subject", "MIME-Version", "__MIME__", "From", "Reply-To", "To", "Message-ID"])
    hdrs.append(("Origin-messageId", "<%s@smtp-relay.mailin.fr>" % c.hex(32)))
    hdrs.append(("X-sib-id", c.alnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")))
    hdrs.append(("X-Mailer", "Sendinblue"))
    hdrs.append(("X-Mailin-EID", c.alnum(40)))
    hdrs.append(("Feedback-ID", "%s:%d_-1:%d:Sendinblue" % (ip, c.rng.randrange(1000000, 9999999), c.rng.randrange(1000000, 9999999))))
    hdrs.append(("X-CSA-Complaints", "csa-complaints@eco.de"))
    for k, v in o.get("xheaders", []):
        hdrs.append((k, v))
    return dict(headers=hdrs, client=(host, host, ip, "1.3"), env_from=env)


def p_mailchimp(c, m):
    o = m.opts
    t_send = c.at(m.delay)
    n = c.rng.randrange(100, 250)
    host = "mail%d.atl%d.mcdlv.net" % (n, c.rng.randrange(100, 300))
    ip = "198.2.%d.%d" % (c.rng.randrange(128, 190), n)
    u = c.hex(25)
    cid = c.hex(10)
    lid = c.hex(10)
    if not m.msgid:
        m.msgid = "%s.%s.%s.%s.%d@%s" % (u[:12], cid, tz.fmt(t_send, "utc", "%Y%m%d%H%M%S"), c.hex(10), c.rng.randrange(100000, 999999), host)
    env = "bounce-mc.us%d_%d.%d-%s=%s@%s" % (o.get("dc", 21), c.rng.randrange(10 ** 7, 10 ** 8), c.rng.randrange(10 ** 6, 10 ** 7), m.rcpt.split("@")[0], m.rcpt.split("@")[1], host)
    hdrs = [("DKIM-Signature", dkim_sig(c, o["domain"], "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:From:Subject:\n\t Message-ID;", t=t_send)),
            ("DKIM-Signature", dkim_sig(c, "mcsv.net", "k3", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:From:Subject:\n\t Message-ID;", t=t_send)),
            ("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s" % (
                host, c.alnum(13), m.rcpt, tz.rfc(c.at(m.delay - 1), "gmt", abbr=True)))]
    hdrs += _core(m, ["Subject", "From", "Reply-To", "To", "Date", "Message-ID"])
    hdrs.append(("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (cid, u[:10])))
    hdrs.append(("X-Campaign", "mailchimp%s.%s" % (u, cid)))
    hdrs.append(("X-campaignid", "mailchimp%s.%s" % (u, cid)))
    hdrs.append(("X-Report-Abuse", "Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, cid, c.hex(10))))
    hdrs.append(("X-MC-User", u))
    hdrs.append(("Feedback-ID", "%d:%d.%d:us%d:mc" % (c.rng.randrange(10 ** 7, 10 ** 8), c.rng.randrange(10 ** 7, 10 ** 8), c.rng.randrange(10 ** 6, 10 ** 7), o.get("dc", 21))))
    hdrs.append(("List-ID", "%s <%s.list-id.mcsv.net>" % (o.get("list_name", "Newsletter"), u)))
    hdrs.append(("X-Accounttype", "pd"))
    hdrs.append(("List-Unsubscribe", "<https://%s.us%d.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>,\n <mailto:unsubscribe-mc.us%d_%s.%s-%s@unsubscribe.mailchimpapp.net>" % (
        o.get("lm_sub", "newsletter"), o.get("dc", 21), u, lid, c.hex(10), cid, o.get("dc", 21), u, cid, c.hex(10))))
    hdrs.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    hdrs.append(("__MIME__", None))
    hdrs.append(("MIME-Version", "1.0"))
    c.notes["mc"] = (u, cid, lid)
    return dict(headers=hdrs, client=(host, host, ip, "1.3"), env_from=env)


def p_cpanel(c, m):
    """Compromised shared-hosting account (cPanel/Exim) sending with
    PHPMailer or an authenticated mailbox."""
    o = m.opts
    t_send = c.at(m.delay)
    server = o["server"]
    ip = o["server_ip"]
    acct = o.get("account", m.env_from or m.from_addr)
    if not m.msgid:
        if o.get("phpmailer", True):
            m.msgid = "%s@%s" % (c.alnum(43), m.from_addr.split("@")[1])
        else:
            m.msgid = "%s.%s@%s" % (c.hex(12, True), c.hex(8, True), m.from_addr.split("@")[1])
    hdrs = []
    if o.get("dkim_domain"):
        hdrs.append(("DKIM-Signature", dkim_sig(c, o["dkim_domain"], "default", "Content-Transfer-Encoding:Content-Type:\n\tMIME-Version:Message-ID:Subject:Reply-To:From:To:Date:Sender:Cc:Content-ID:\n\tContent-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc\n\t:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:\n\tList-Subscribe:List-Post:List-Owner:List-Archive", t=t_send)))
    if o.get("via") == "smtp":
        hdrs.append(("Received", "from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid 1t%s-%s-%s\n\tfor %s;\n\t%s" % (
            o["client_ip"], c.rng.randrange(40000, 65000), o.get("client_helo", "[%s]" % o["client_ip"]), server, acct, c.alnum(4), c.alnum(7), c.alnum(2), m.rcpt,
            tz.rfc(c.at(m.delay - 1), o.get("zone", "berlin")))))
    else:
        hdrs.append(("Received", "from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid 1t%s-%s-%s\n\tfor %s;\n\t%s" % (
            o.get("local_user", acct.split("@")[0]), server, acct, c.alnum(4), c.alnum(7), c.alnum(2), m.rcpt, tz.rfc(c.at(m.delay - 1), o.get("zone", "berlin")))))
    hdrs += _core(m, o.get("order", ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "MIME-Version"]))
    if o.get("phpmailer", True):
        hdrs.append(("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)"))
    for k, v in o.get("xheaders", []):
        hdrs.append((k, v))
    hdrs.append(("__MIME__", None))
    hdrs += [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
             ("X-AntiAbuse", "Primary Hostname - %s" % server),
             ("X-AntiAbuse", "Original Domain - %s" % m.rcpt.split("@")[1]),
             ("X-AntiAbuse", "Originator/Caller UID/GID - [%d %d] / [47 12]" % ((1123, 1126) if o.get("via") != "smtp" else (47, 12))),
             ("X-AntiAbuse", "Sender Address Domain - %s" % acct.split("@")[1]),
             ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, acct if o.get("via") == "smtp" else acct.split("@")[0].split(".")[0])),
             ("X-Authenticated-Sender", "%s: %s" % (server, acct))]
    return dict(headers=hdrs, client=(server, server, ip, "1.3"), env_from=m.env_from or acct)


def p_direct(c, m):
    """Direct-to-MX sending (botnet / bulletproof VPS)."""
    o = m.opts
    t_send = c.at(m.delay)
    hdrs = []
    for r in o.get("inner", []):
        hdrs.append(("Received", r(c, m) if callable(r) else r))
    hdrs += _core(m, o.get("order", ["Message-ID", "From", "To", "Subject", "Date", "MIME-Version"]))
    for k, v in o.get("xheaders", []):
        hdrs.append((k, v))
    hdrs.append(("__MIME__", None))
    for k, v in o.get("xheaders_after", []):
        hdrs.append((k, v))
    return dict(headers=hdrs, client=(o["helo"], o.get("rdns"), o["ip"], o.get("tls", "1.2")), env_from=m.env_from or m.from_addr)


def p_zoho(c, m):
    o = m.opts
    t_send = c.at(m.delay)
    ip = "136.143.169.%d" % c.rng.randrange(10, 60)
    host = "sender4-op-o%d.zoho.eu" % int(ip.split(".")[3])
    ms = int(t_send.timestamp() * 1000)
    if not m.msgid:
        m.msgid = "%s.%s.%d@%s" % (format(ms, "x"), c.hex(16), c.rng.randrange(10 ** 18, 10 ** 19), m.from_addr.split("@")[1])
    hdrs = [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none; \n\td=zohomail.eu; s=zohoarc; \n\tb=%s" % (int(t_send.timestamp()), c.b64(128))),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \n\tt=%d; h=Content-Type:Date:Date:From:From:In-Reply-To:MIME-Version:Message-ID:References:Subject:Subject:To:To:Message-Id:Reply-To; \n\tbh=%s; \n\tb=%s" % (int(t_send.timestamp()), c.body_hash, c.b64(128))),
            ("ARC-Authentication-Results", "i=1; mx.zohomail.eu;\n\tdkim=pass  header.i=%s;\n\tspf=pass  smtp.mailfrom=%s;\n\tdmarc=pass header.from=<%s>" % (
                m.from_addr.split("@")[1], m.from_addr, m.from_addr)),
            ("DKIM-Signature", dkim_sig(c, m.from_addr.split("@")[1], "zmail", "Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Reply-To;", t=t_send, i=m.from_addr, bits=1024)),
            ("Received", "from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%d.%d; %s" % (ms, c.rng.randrange(100, 999), c.rng.randrange(10 ** 8, 10 ** 9), tz.rfc(c.at(m.delay - 1), "pacific", abbr=False))),
            ("Received", "from  [%s] by mail.zoho.eu\n\twith HTTP;%s" % (o.get("client_ip", c.ip("185.%d" % c.rng.randrange(100, 220))), tz.rfc(t_send, "pacific", abbr=True)))]
    hdrs += _core(m, ["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version", "__MIME__"])
    hdrs.append(("Importance", "Medium"))
    hdrs.append(("User-Agent", "Zoho Mail"))
    hdrs.append(("X-Mailer", "Zoho Mail"))
    return dict(headers=hdrs, client=(host, host, ip, "1.3"), env_from=m.env_from or m.from_addr)


def p_saas(c, m):
    """Generic platform MTA (DocuSign, PayPal, Adobe, Dropbox, Canva,
    banks, authorities...).  opts: host, ip, dkim=[(d,s)], hlist,
    inner=[...], order=[...], xheaders=[...], xheaders_after=[...]."""
    o = m.opts
    t_send = c.at(m.delay)
    hdrs = []
    for d, s in o.get("dkim", []):
        hdrs.append(("DKIM-Signature", dkim_sig(c, d, s, o.get("hlist", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"), t=t_send)))
    for r in o.get("inner", []):
        hdrs.append(("Received", r(c, m) if callable(r) else r))
    hdrs += _core(m, o.get("order", ["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version"]))
    for k, v in o.get("xheaders", []):
        hdrs.append((k, v(c, m) if callable(v) else v))
    hdrs.append(("__MIME__", None))
    for k, v in o.get("xheaders_after", []):
        hdrs.append((k, v(c, m) if callable(v) else v))
    return dict(headers=hdrs, client=(o.get("helo", o["host"]), o.get("rdns", o["host"]), o["ip"], o.get("tls", "1.2")),
                env_from=m.env_from or m.from_addr)


PROFILES = {
    "m365": p_m365, "outlookcom": p_outlookcom, "gmail": p_gmail, "gworkspace": p_gworkspace,
    "google_noreply": p_google_noreply, "exchange_internal": p_exchange_internal,
    "internal_system": p_internal_system, "postfix_org": p_postfix_org, "ionos": p_ionos,
    "gmx": p_gmx, "aruba": p_aruba, "homepl": p_homepl, "yandex": p_yandex, "mailru": p_mailru,
    "ses": p_ses, "sendgrid": p_sendgrid, "mailgun": p_mailgun, "brevo": p_brevo,
    "mailchimp": p_mailchimp, "cpanel": p_cpanel, "direct": p_direct, "zoho": p_zoho, "saas": p_saas,
}


# ------------------------------------------------------------- compose

class Spec:
    pass


def _alist(lst, cs, mode, quote):
    return ", ".join(mime.addr(n, a, cs, mode, quote) for n, a in lst)


def compose(rng, *, profile, t, frm, to, subject, body, cc=(), reply_to=None, rcpt=None, env_from=None,
            msgid=None, in_reply_to=None, references=None, auth=None, opts=None, hdr_cs="utf-8",
            hdr_mode="B", subj_cs=None, subj_mode=None, addr_quote=False, delay=None, date_zone="berlin",
            date_fmt=None, thread_topic=None, sender=None, client=None, extra_top=None, to_hdr=None,
            from_hdr=None):
    """Build a message as received by mx01.  Returns (bytes, info)."""
    t_rx = tz.parse_local(t) if isinstance(t, str) else t
    c = Ctx(rng, t_rx)
    m = Spec()
    m.opts = opts or {}
    m.delay = delay if delay is not None else rng.randrange(4, 25)
    m.from_addr = frm[1]
    subj_cs = subj_cs or hdr_cs
    subj_mode = subj_mode or hdr_mode
    m.subj_cs = subj_cs
    m.from_hdr = from_hdr or mime.addr(frm[0], frm[1], hdr_cs, hdr_mode, addr_quote)
    m.to_hdr = to_hdr or _alist(to, hdr_cs, hdr_mode, addr_quote)
    m.cc_hdr = _alist(cc, hdr_cs, hdr_mode, addr_quote) if cc else None
    m.to_hdr = mime.fold("To", m.to_hdr)
    if m.cc_hdr:
        m.cc_hdr = mime.fold("Cc", m.cc_hdr)
    m.reply_to_hdr = mime.addr(reply_to[0], reply_to[1], hdr_cs, hdr_mode, addr_quote) if reply_to else None
    m.sender_hdr = mime.addr(sender[0], sender[1], hdr_cs, hdr_mode, addr_quote) if sender else None
    m.subject_hdr = mime.hdr_text(subject, subj_cs, subj_mode)
    m.thread_topic = thread_topic or re.sub(r"^((AW|WG|RE|R|FW|FWD|I|Odp|RV|Re|Fwd|ΑΠ|ΠΡΘ|ΣΧΕΤ|RES|Ответ|Пересл|ΑΠ|Fw|Aw|Wg|RIF|RE ?|Odp\.?)\s*:\s*)+", "", subject, flags=re.I)
    m.rcpt = rcpt or next(a for _, a in list(to) + list(cc) if a.endswith("@example.com") or a.endswith("@examplegroup.eu"))
    m.env_from = env_from
    m.msgid = msgid
    m.in_reply_to = in_reply_to
    refs = references if references is not None else ([in_reply_to] if in_reply_to else None)
    m.references_hdr = mime.fold("References", " ".join("<%s>" % r for r in refs), sep=" ") if refs else None
    m.has_attach = any((p.disposition or "").startswith("attachment") for p in body.walk())
    t_send = c.at(m.delay)
    m.date_hdr = (date_fmt or (lambda d: tz.rfc(d, date_zone)))(t_send)
    # Outlook/Exchange derive MIME boundaries from the Message-ID: fix both up front
    tail = None
    if profile == "m365" and not m.msgid:
        region = m.opts.get("region", "eurprd0%d" % rng.choice([2, 3, 4, 5, 6, 8, 9]))
        srv = m.opts.get("server", "%s%sMB%04d" % (rng.choice(["AS8PR", "DU0PR", "PA4PR", "AM9PR", "DB9PR", "GV1PR", "VI1PR", "PAXPR"]), region[-2:], rng.randrange(1000, 9999)))
        m.opts = dict(m.opts, region=region, server=srv)
        local = "%s%s" % (srv, c.hex(24, True))
        m.msgid = "%s@%s.%s.prod.outlook.com" % (local, srv, region)
        tail = "%s%s%s_" % (local, srv, region[:4])
    elif profile == "exchange_internal" and not m.msgid:
        src = m.opts.get("exch", rng.choice(["EXCH01", "EXCH02"]))
        m.opts = dict(m.opts, exch=src)
        local = c.hex(32)
        m.msgid = "%s@%s.corp.example.com" % (local, src)
        tail = "%s%scorpexamplecom_" % (local, src)
    if tail:
        for p in body.walk():
            if p.is_multipart and p.boundary and re.match(r"^_\d{3}_.*_$", p.boundary):
                p.boundary = "_%s_%s" % (p.boundary[1:4], tail)
    body_str = body.encoded_body()
    c.body_hash = relaxed_body_hash(body_str)
    res = PROFILES[profile](c, m)
    mime_hdrs = body.headers()
    hdrs = []
    for k, v in res["headers"]:
        if callable(v):
            v = v(c, m)
        if k == "__MIME__":
            hdrs.extend(mime_hdrs)
        elif k.startswith("__"):
            continue
        else:
            hdrs.append((k, v))
    if not any(k.lower() == "mime-version" for k, _ in hdrs):
        hdrs.insert(0, ("MIME-Version", "1.0"))
    helo, rdns, ip, tls = client or res["client"]
    envf = res.get("env_from") or m.from_addr
    # -------- mx01 part
    top = [("Return-Path", "<%s>" % envf)]
    top.append(("Received", mx_received(c, helo, rdns, ip, m.rcpt, tls)))
    a = auth or {}
    from_dom = m.from_addr.split("@")[1].lower()
    dmarc = a.get("dmarc")
    if dmarc is None:
        aligned = any(s[3] == "pass" and (from_dom == s[0] or from_dom.endswith("." + s[0]) or s[0].endswith("." + from_dom)) for s in c.sigs)
        pol = DMARC_POLICY.get(from_dom)
        if pol is None:
            parent = ".".join(from_dom.split(".")[-2:])
            pol = DMARC_POLICY.get(parent, "none")
        dmarc = ("pass", pol) if aligned else ("none", "none")
    if dmarc:
        res_, pol = dmarc
        dis = "none"
        if res_ == "fail":
            dis = pol if pol in ("quarantine", "reject") else "none"
        top.append(("Authentication-Results", "%s; dmarc=%s (p=%s dis=%s) header.from=%s" % (MX, res_, pol, dis, from_dom)))
    if c.sigs:
        items = []
        for (d, s, b, result, bits, i) in c.sigs:
            r = a.get("dkim", {}).get(d, result) if isinstance(a.get("dkim"), dict) else result
            if r == "pass":
                items.append("dkim=pass (%d-bit key; unprotected) header.d=%s header.i=%s header.a=rsa-sha256 header.s=%s header.b=%s" % (
                    bits, d, i if i else "@" + d, s, b[:8]))
            else:
                items.append('dkim=%s reason="signature verification failed" (%d-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s' % (
                    r, bits, d, d, s, b[:8]))
        top.append(("Authentication-Results", "%s;\n\t%s;\n\tdkim-atps=neutral" % (MX, ";\n\t".join(items))))
    if not res.get("internal"):
        spf = a.get("spf", "pass")
        spf_txt = {"pass": "Pass (mailfrom) identity=mailfrom", "fail": "Fail (mailfrom) identity=mailfrom",
                   "softfail": "Softfail (mailfrom) identity=mailfrom", "neutral": "Neutral (mailfrom) identity=mailfrom",
                   "none": "None (mailfrom) identity=mailfrom"}[spf]
        top.append(("Received-SPF", "%s; client-ip=%s; helo=%s;\n envelope-from=%s; receiver=<UNKNOWN>" % (spf_txt, ip, helo, envf)))
    if extra_top:
        top += extra_top
    for k, v in top + hdrs:
        assert isinstance(v, str) and "<function" not in v and v != "<None>", (k, v)
    head = "".join("%s: %s\n" % (k, v) for k, v in top + hdrs)
    raw = (head + "\n" + body_str).encode("latin-1")
    info = dict(msgid=m.msgid, client=(helo, rdns, ip), env_from=envf, rcpt=m.rcpt, date=m.date_hdr,
                sigs=[(s[0], s[1], s[3]) for s in c.sigs], dmarc=dmarc, spf=a.get("spf", "pass") if not res.get("internal") else "internal",
                t=t_rx, t_send=t_send, notes=c.notes)
    return raw, info
