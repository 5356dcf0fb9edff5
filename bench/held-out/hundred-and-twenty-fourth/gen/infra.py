"""Sending-system profiles: Received chains, IDs, DKIM/ARC headers and the
other headers real systems write, plus mx01's own view (top Received,
Return-Path, Authentication-Results)."""

import base64
import datetime as _dt
import hashlib

import mime

UTC = _dt.timezone.utc
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# ------------------------------------------------------------------ time --

_EU_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)   # last Sunday Oct
_US_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)    # first Sunday Nov


def zone(z, t):
    """Return (offset_minutes, abbreviation) of zone z at UTC time t."""
    eu_dst = t < _EU_END
    if z == "CET":
        return (120, "CEST") if eu_dst else (60, "CET")
    if z == "UK":
        return (60, "BST") if eu_dst else (0, "GMT")
    if z == "EET":
        return (180, "EEST") if eu_dst else (120, "EET")
    if z == "MSK":
        return (180, "MSK")
    if z == "PT":
        return (-420, "PDT") if t < _US_END else (-480, "PST")
    if z == "ET":
        return (-240, "EDT") if t < _US_END else (-300, "EST")
    if z == "UTC":
        return (0, "UTC")
    if z == "GMT":
        return (0, "GMT")
    raise ValueError(z)


def local(t, z):
    off, ab = zone(z, t)
    return t + _dt.timedelta(minutes=off), off, ab


def _off(off):
    sign = "+" if off >= 0 else "-"
    off = abs(off)
    return "%s%02d%02d" % (sign, off // 60, off % 60)


def rfcdate(t, z="CET", style="plain"):
    """styles: plain 'Wed, 4 Nov 2026 10:15:02 +0100';
    pad 'Wed, 04 Nov 2026 ...'; postfix 'Wed,  4 Nov 2026 ... +0100 (CET)';
    padc 'Wed, 04 Nov 2026 ... -0800 (PST)'; nodow '4 Nov 2026 ...'."""
    lt, off, ab = local(t, z)
    dow = DAYS[lt.weekday()]
    mon = MONTHS[lt.month - 1]
    hms = "%02d:%02d:%02d" % (lt.hour, lt.minute, lt.second)
    if style == "plain":
        return "%s, %d %s %d %s %s" % (dow, lt.day, mon, lt.year, hms, _off(off))
    if style == "pad":
        return "%s, %02d %s %d %s %s" % (dow, lt.day, mon, lt.year, hms, _off(off))
    if style == "postfix":
        return "%s, %2d %s %d %s %s (%s)" % (dow, lt.day, mon, lt.year, hms, _off(off), ab)
    if style == "padc":
        return "%s, %02d %s %d %s %s (%s)" % (dow, lt.day, mon, lt.year, hms, _off(off), ab)
    if style == "plainc":
        return "%s, %d %s %d %s %s (%s)" % (dow, lt.day, mon, lt.year, hms, _off(off), ab)
    if style == "nodow":
        return "%d %s %d %s %s" % (lt.day, mon, lt.year, hms, _off(off))
    if style == "gmtword":
        return "%s, %02d %s %d %s GMT" % (dow, lt.day, mon, lt.year, hms)
    raise ValueError(style)


def epoch(t):
    return int(t.timestamp())


def T(y, mo, d, h, mi, s=0, z="CET"):
    """Local wall-clock time in zone z -> aware UTC datetime."""
    naive = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    off, _ = zone(z, naive - _dt.timedelta(hours=2))
    return naive - _dt.timedelta(minutes=off)


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


# -------------------------------------------------------------- randoms ---

B32 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def stable_octet(name, lo=2, hi=250):
    """Deterministic address byte for a host name, so that a host seen in
    several messages always has the same IP."""
    return lo + int(hashlib.sha1(name.encode()).hexdigest(), 16) % (hi - lo + 1)


def rhex(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rb64(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def guid(rng, upper=False):
    """Random version-4 GUID."""
    h = rhex(rng, 32, upper)
    v = "89ab"[int(h[16], 16) % 4]
    if upper:
        v = v.upper()
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], v, h[17:20], h[20:])


def postfix_qid(rng):
    return "4" + rng.choice("bcdfghjklmnpqrstvwxyz").upper() + \
        "".join(rng.choice(B32) for _ in range(rng.choice([11, 12, 12, 13])))


def postfix_short_qid(rng):
    return rhex(rng, rng.choice([9, 10, 10, 11]), True)


# ----------------------------------------------------------------- DKIM ---

def tagfold(name, tags, cont="\t", width=76):
    """Fold a tag=value header (DKIM/ARC). Long values (b=, bh=) are split."""
    lines = []
    cur = name + ": "
    for i, (k, v) in enumerate(tags):
        item = "%s=%s" % (k, v) + (";" if i < len(tags) - 1 else "")
        if k == "b" and len(item) > width:
            # b= always on its own line(s)
            if cur.strip():
                lines.append(cur.rstrip())
            chunk = cont + item
            while len(chunk) > width:
                lines.append(chunk[:width])
                chunk = cont + chunk[width:]
            cur = chunk
            continue
        if len(cur) + len(item) + 1 > width and cur.strip() and cur.strip() != name + ":":
            lines.append(cur.rstrip())
            cur = cont + item + " "
        else:
            cur += item + " "
    lines.append(cur.rstrip())
    return "\r\n".join(lines)


def dkim(rng, d, s, h, t=None, x=None, c="relaxed/relaxed", extra=(), cont="\t",
         q=False, keybytes=256, order="std", i=None):
    bh = rb64(rng, 32)
    b = rb64(rng, keybytes)
    tags = [("v", "1"), ("a", "rsa-sha256"), ("c", c)]
    if order == "mailgun":
        tags = [("a", "rsa-sha256"), ("v", "1"), ("c", c)]
    tags.append(("d", d))
    if q:
        tags.append(("q", "dns/txt"))
    tags.append(("s", s))
    if i:
        tags.append(("i", i))
    if t is not None:
        tags.append(("t", str(t)))
    if x is not None:
        tags.append(("x", str(x)))
    tags.extend(extra)
    tags.append(("h", h))
    tags.append(("bh", bh))
    tags.append(("b", b))
    v = tagfold("DKIM-Signature", tags, cont)
    return ("__RAW__DKIM", v), b[:8]


def raw(name, value):
    """A header that is already folded (value may contain CRLF)."""
    return ("__RAW__" + name, "%s: %s" % (name, value))


def hdr(name, value):
    return (name, value)


# ------------------------------------------------------------ mx01 side ---

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)")
TLS13_128 = ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\r\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))")


def mx01_received(rng, helo, rdns, ip, rcpt, t, tls=TLS13, clientcert=False):
    qid = postfix_qid(rng)
    if rdns is None:
        rdns = "unknown"
    s = "Received: from %s (%s [%s])\r\n" % (helo, rdns, ip)
    if tls:
        s += "\t%s\r\n" % tls
        s += "\t(No client certificate requested)\r\n" if not clientcert else \
            "\t(Client did not present a certificate)\r\n"
        s += "\tby mx01.example.com (Postfix) with ESMTPS id %s\r\n" % qid
    else:
        s += "\tby mx01.example.com (Postfix) with ESMTP id %s\r\n" % qid
    s += "\tfor <%s>; %s" % (rcpt, rfcdate(t, "CET", "postfix"))
    return ("__RAW__Received", s), qid


def auth_results(dkim_res=None, spf=None, dmarc=None, arc=None):
    """dkim_res: list of (result, d, s, b8) ; spf: (result, mailfrom, ip,
    comment) ; dmarc: (result, policy, from_domain) ; arc: (result, text)."""
    parts = ["mx01.example.com"]
    if dkim_res is not None:
        if not dkim_res:
            parts.append("dkim=none")
        for res, d, s, b8 in dkim_res:
            parts.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (res, d, s, b8))
    if spf is not None:
        res, mf, ip, _ = spf
        dom = mf.split("@")[-1]
        if res == "pass":
            parts.append("spf=pass (mx01.example.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
        elif res == "softfail":
            parts.append("spf=softfail (mx01.example.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
        elif res == "fail":
            parts.append("spf=fail (mx01.example.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (mf, ip, mf))
        elif res == "none":
            parts.append("spf=none (mx01.example.com: domain of %s has no SPF policy when checking %s) smtp.mailfrom=%s" % (mf, ip, mf))
        elif res == "neutral":
            parts.append("spf=neutral (mx01.example.com: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (ip, mf, mf))
    if dmarc is not None:
        res, pol, fd = dmarc
        if res == "none":
            parts.append("dmarc=none")
        else:
            parts.append("dmarc=%s (policy=%s) header.from=%s" % (res, pol, fd))
    if arc is not None:
        parts.append("arc=%s (%s)" % arc)
    return ("__RAW__Authentication-Results",
            "Authentication-Results: " + ";\r\n\t".join(parts))


class Sent:
    """Result of a sending-system profile."""

    def __init__(self):
        self.headers = []       # from the sender's topmost Received down
        self.helo = None
        self.rdns = None
        self.ip = None
        self.tls = TLS13
        self.t_out = None       # time the last hop handed it to mx01
        self.dkim = []          # (d, s, b8) signatures present
        self.arc = None
        self.mailfrom = None
        self.msgid = None
        self.boundary_base = None


def deliver(rng, sent, rcpt, spf="pass", dkim_results=None, dmarc=None,
            arc=None, delay=2, ar=True, return_path=None):
    """Wrap a sender's headers with what mx01 adds."""
    t = plus(sent.t_out, delay)
    rec, qid = mx01_received(rng, sent.helo, sent.rdns, sent.ip, rcpt, t, sent.tls)
    out = [("Return-Path", "<%s>" % (return_path or sent.mailfrom))]
    if ar:
        if dkim_results is None:
            dkim_results = [("pass", d, s, b8) for (d, s, b8) in sent.dkim]
        spf_t = (spf, sent.mailfrom, sent.ip, None) if spf else None
        out.append(auth_results(dkim_results, spf_t, dmarc, arc))
    out.append(rec)
    out.extend(sent.headers)
    return out, t, qid


# ------------------------------------------------------ Microsoft 365 -----

M365_PODS = ["AM0PR", "AM6PR", "AM8PR", "AM9PR", "AS8PR", "DB7PR", "DB8PR",
             "DB9PR", "DU0PR", "DU2PR", "GV1PR", "PA4PR", "PA6PR", "PAXPR",
             "VI1PR", "FR3PR", "BE1PR", "DBBPR"]
M365_FRONT = [("DB8", "EUR05", "20"), ("AM7", "EUR05", "21"), ("VI1", "EUR02", "22"),
              ("DB3", "EUR04", "23"), ("AM6", "EUR03", "20"), ("FR3", "EUR05", "22"),
              ("PA4", "EUR04", "21"), ("DU2", "EUR01", "21")]


class M365Tenant:
    def __init__(self, rng, domain, tenant_guid=None, region="eurprd0"):
        self.domain = domain
        self.rng = rng
        rr = rng
        self.tenant = tenant_guid or guid(rr)
        num = rr.choice(["04", "05", "06", "07", "08", "09", "10"])
        self.region = "eurprd" + num
        pod = rr.choice(M365_PODS)
        self.mbx = "%s%sMB%d" % (pod, num, rr.randint(2000, 9999))
        self.hub = "%s%sMB%d" % (rr.choice(M365_PODS), num, rr.randint(2000, 9999))
        self.front = rr.choice(M365_FRONT)
        self.ipv6 = "fe80::%s:%s:%s:%s" % (rhex(rr, 4), rhex(rr, 4), rhex(rr, 4), rhex(rr, 4))
        self.ipv6b = "2603:10a6:%s:%s::%d" % (rr.choice(["20b", "10", "102", "803", "208", "800"]), rhex(rr, 3), rr.randint(6, 30))
        self.build = rr.choice(["15.20.8722.21", "15.20.8769.19", "15.20.8813.17", "15.20.8857.22", "15.20.8901.14"])

    def fqdn(self, server):
        return "%s.%s.prod.outlook.com" % (server, self.region)


def m365_msgid(rng, ten):
    local = ten.mbx + rhex(rng, rng.choice([28, 30, 32]), True)
    return "<%s@%s>" % (local, ten.fqdn(ten.mbx)), local


def m365_boundary(kind, msgid_local, ten):
    return "_%s_%s%seurp_" % (kind, msgid_local, ten.mbx)


def m365_send(rng, ten, t, from_, to, subject, msgid, *, cc=None,
              reply_to=None, in_reply_to=None, references=None, lang="de-DE",
              accept="de-DE, en-US", has_attach=False, thread_index=None,
              thread_topic=None, extra=(), dkim_sign=True, sensitivity=None,
              importance=None, originating_ip=None, bcl=0, scl=1,
              outlook_consumer=False, mailfrom=None, date_utc=True):
    """Full Microsoft 365 outbound chain. Returns Sent."""
    s = Sent()
    t1 = plus(t, 1)
    t2 = plus(t, 2)
    fr, region_front, oct3 = ten.front
    n = rng.randint(20, 99)
    s.helo = "%s-%s-obe.outbound.protection.outlook.com" % (region_front, fr)
    lpn = "olkn" if outlook_consumer else "on"
    s.rdns = "mail-%s%s%s2%03d.outbound.protection.outlook.com" % (fr.lower(), region_front.lower(), lpn, n)
    if outlook_consumer:
        s.ip = "40.92.%d.%d" % (rng.choice([18, 19, 48, 49, 50, 65, 66, 90, 91]), n)
    else:
        s.ip = "40.107.%s.%d" % (oct3, n)
    s.tls = TLS13 if rng.random() < 0.5 else TLS12
    s.t_out = t2
    s.mailfrom = mailfrom or _bare(from_)
    H = []
    hubv6 = "2603:10a6:%s:%s::%d" % (rng.choice(["20b", "10", "102", "803"]), rhex(rng, 3), rng.randint(6, 30))
    H.append(raw("Received", "from %s (%s)\r\n by %s (%s) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" %
                 (ten.fqdn(ten.mbx), ten.ipv6b, ten.fqdn(ten.hub), hubv6, ten.build, rfcdate(t1, "UTC"))))
    H.append(raw("Received", "from %s\r\n ([%s]) by %s\r\n ([%s%%%d]) with mapi id %s; %s" %
                 (ten.fqdn(ten.mbx), ten.ipv6, ten.fqdn(ten.mbx), ten.ipv6, rng.randint(3, 7),
                  ten.build[:-2] + "0" + ten.build[-2:], rfcdate(t, "UTC"))))
    arc_b = rb64(rng, 256)
    H.append(raw("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n" +
                 _wrap_b("b=" + arc_b)))
    H.append(raw("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s;\r\n%s" %
                 (rb64(rng, 32), _wrap_b("b=" + rb64(rng, 256)))))
    dom = _bare(from_).split("@")[1]
    H.append(raw("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none"))
    if dkim_sign:
        d, b8 = dkim(rng, dom if not outlook_consumer else "outlook.com",
                     "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                     cont=" ")
        H.append(d)
        s.dkim.append((dom if not outlook_consumer else "outlook.com", "selector1", b8))
    s.arc = ("pass", '"microsoft.com:s=arcselector10001:i=1"')
    H.append(("From", from_))
    H.append(("To", ", ".join(to) if isinstance(to, list) else to))
    if cc:
        H.append(("CC", ", ".join(cc) if isinstance(cc, list) else cc))
    if reply_to:
        H.append(("Reply-To", reply_to))
    H.append(("Subject", subject))
    tt = thread_topic if thread_topic is not None else _strip_prefix(subject)
    H.append(("Thread-Topic", tt))
    H.append(("Thread-Index", thread_index or ("A" + rb64(rng, 21)[:27])))
    if sensitivity:
        H.append(("Sensitivity", sensitivity))
    if importance:
        H.append(("Importance", importance))
        H.append(("X-Priority", "1" if importance == "high" else "3"))
    H.append(("Date", rfcdate(t, "UTC") if date_utc else rfcdate(t, "CET")))
    H.append(("Message-ID", msgid))
    if references:
        H.append(("References", references))
    if in_reply_to:
        H.append(("In-Reply-To", in_reply_to))
    H.append(("Accept-Language", accept))
    H.append(("Content-Language", lang))
    H.append(("X-MS-Has-Attach", "yes" if has_attach else ""))
    H.append(("X-MS-TNEF-Correlator", ""))
    if outlook_consumer:
        H.append(("x-ms-exchange-messagesentrepresentingtype", "1"))
        H.append(("x-tmn", "[%s]" % rb64(rng, 24)[:32]))
    H.append(("authentication-results", "dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=%s;" % dom))
    H.append(("x-ms-publictraffictype", "Email"))
    H.append(("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (ten.mbx, ten.hub)))
    corr = guid(rng)
    H.append(("x-ms-office365-filtering-correlation-id", corr))
    H.append(("x-ms-exchange-senderadcheck", "1"))
    H.append(("x-ms-exchange-antispam-relay", "0"))
    H.append(("x-microsoft-antispam", "BCL:%d;ARA:13230040|376014|1800799024|366016|38070700018;" % bcl))
    H.append(raw("x-microsoft-antispam-message-info", "\r\n " + _wrap_plain(rb64(rng, 420), 76, " ")))
    H.append(raw("x-forefront-antispam-report", "CIP:255.255.255.255;CTRY:;LANG:%s;SCL:%d;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;SFS:(13230040)(376014)(1800799024)(366016)(38070700018);DIR:OUT;SFP:1101;" %
                 (lang.split("-")[0], scl, ten.fqdn(ten.mbx))))
    H.append(("x-ms-exchange-antispam-messagedata-chunkcount", "1"))
    H.append(raw("x-ms-exchange-antispam-messagedata-0", "\r\n " + _wrap_plain(rb64(rng, 600), 76, " ")))
    for e in extra:
        H.append(e)
    H.append(("__CONTENT__", None))
    H.append(("MIME-Version", "1.0"))
    H.append(("X-OriginatorOrg", dom))
    H.append(("X-MS-Exchange-CrossTenant-AuthAs", "Internal"))
    H.append(("X-MS-Exchange-CrossTenant-AuthSource", ten.fqdn(ten.mbx)))
    H.append(("X-MS-Exchange-CrossTenant-Network-Message-Id", corr))
    ms = rng.randint(1000, 9999)
    lt = t
    H.append(("X-MS-Exchange-CrossTenant-originalarrivaltime", "%02d %s %d %02d:%02d:%02d.%04d (UTC)" %
              (lt.day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, ms)))
    H.append(("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"))
    H.append(("X-MS-Exchange-CrossTenant-id", ten.tenant))
    H.append(("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"))
    H.append(("X-MS-Exchange-CrossTenant-userprincipalname", rb64(rng, 48)[:64]))
    H.append(("X-MS-Exchange-Transport-CrossTenantHeadersStamped", ten.hub))
    s.headers = H
    s.msgid = msgid
    return s


def _wrap_b(v, width=75, cont=" "):
    out = []
    while v:
        out.append(cont + v[:width - len(cont)])
        v = v[width - len(cont):]
    return "\r\n".join(out)


def _wrap_plain(v, width=76, cont=" "):
    out = []
    first = True
    while v:
        w = width - len(cont)
        out.append(v[:w])
        v = v[w:]
    return ("\r\n" + cont).join(out)


def _bare(a):
    if "<" in a:
        return a[a.index("<") + 1:a.index(">")]
    return a


def _strip_prefix(s):
    import re
    x = s
    if x.startswith("=?"):
        return x
    while True:
        y = re.sub(r"^(RE|Re|AW|Aw|WG|Wg|FW|Fw|Fwd|R|I|ODP|RV|Odp|PD|ΑΠ|ΣΧΕΤ|Ответ):\s*", "", x)
        if y == x:
            return x
        x = y


# -------------------------------------------------------- Exchange 2019 ---
# Internal mail: Outlook -> EXCH0x -> mail-int01 -> mx01

EXCH = {"EXCH01": "10.20.0.11", "EXCH02": "10.20.0.12"}
EXCH_BUILD = "15.2.1544.14"


def exch_msgid(rng, server="EXCH01"):
    local = rhex(rng, 32)
    return "<%s@%s.corp.example.com>" % (local, server), local


def exch_boundary(kind, local, server="EXCH01"):
    return "_%s_%s%scorpexamplecom_" % (kind, local, server)


def internal_send(rng, t, from_, to, subject, msgid, *, cc=None,
                  in_reply_to=None, references=None, lang="de-DE",
                  accept="de-DE, en-US", has_attach=False, importance=None,
                  client_ip=None, mailbox_server="EXCH02", hub="EXCH01",
                  thread_index=None, extra=(), sensitivity=None, xmailer=None):
    s = Sent()
    t1 = plus(t, 1)
    t2 = plus(t, 2)
    s.helo = "mail-int01.example.com"
    s.rdns = "mail-int01.example.com"
    s.ip = "10.20.0.25"
    s.tls = TLS12
    s.t_out = t2
    s.mailfrom = _bare(from_)
    H = []
    H.append(raw("Received", "from %s.corp.example.com (%s.corp.example.com [%s])\r\n"
                 "\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n"
                 "\t(No client certificate requested)\r\n"
                 "\tby mail-int01.example.com (Postfix) with ESMTPS id %s;\r\n\t%s" %
                 (hub, hub.lower(), EXCH[hub], postfix_qid(rng), rfcdate(t2, "CET", "postfix"))))
    if mailbox_server != hub:
        H.append(raw("Received", "from %s.corp.example.com (%s) by %s.corp.example.com\r\n (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" %
                     (mailbox_server, EXCH[mailbox_server], hub, EXCH[hub], EXCH_BUILD, rfcdate(t1, "CET"))))
    v6 = "fe80::%s:%s:%s:%s" % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4))
    H.append(raw("Received", "from %s.corp.example.com ([%s]) by\r\n %s.corp.example.com ([%s%%%d]) with mapi id\r\n %s; %s" %
                 (mailbox_server, v6, mailbox_server, v6, rng.randint(11, 16), "15.02.1544.014", rfcdate(t, "CET"))))
    H.append(("From", from_))
    H.append(("To", ", ".join(to) if isinstance(to, list) else to))
    if cc:
        H.append(("CC", ", ".join(cc) if isinstance(cc, list) else cc))
    H.append(("Subject", subject))
    H.append(("Thread-Topic", _strip_prefix(subject)))
    H.append(("Thread-Index", thread_index or ("A" + rb64(rng, 21)[:27])))
    if sensitivity:
        H.append(("Sensitivity", sensitivity))
    if importance:
        H.append(("Importance", importance))
        H.append(("X-Priority", "1" if importance == "high" else "3"))
    H.append(("Date", rfcdate(t, "CET")))
    H.append(("Message-ID", msgid))
    if references:
        H.append(("References", references))
    if in_reply_to:
        H.append(("In-Reply-To", in_reply_to))
    H.append(("Accept-Language", accept))
    H.append(("Content-Language", lang))
    H.append(("X-MS-Has-Attach", "yes" if has_attach else ""))
    H.append(("X-MS-TNEF-Correlator", ""))
    H.append(("x-ms-exchange-transport-fromentityheader", "Hosted"))
    H.append(("x-originating-ip", "[%s]" % (client_ip or "10.20.%d.%d" % (rng.randint(30, 60), rng.randint(10, 250)))))
    if xmailer:
        H.append(("X-Mailer", xmailer))
    for e in extra:
        H.append(e)
    H.append(("__CONTENT__", None))
    H.append(("MIME-Version", "1.0"))
    s.headers = H
    s.msgid = msgid
    return s


# ------------------------------------------------------------- Google -----

GMAIL_HOSTS = [("wm1", "209.85.128"), ("wr1", "209.85.221"), ("ed1", "209.85.208"),
               ("ej1", "209.85.218"), ("lf1", "209.85.167"), ("lj1", "209.85.208"),
               ("wm1", "209.85.128"), ("pl1", "209.85.214"), ("qk1", "209.85.222")]


def gmail_msgid(rng):
    return "<CA%s@mail.gmail.com>" % ralnum(rng, rng.choice([58, 60, 62, 64]),
                                             "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")


def gmail_boundary(rng):
    return "000000000000" + rhex(rng, 16)


def gmail_send(rng, t, from_, to, subject, msgid, *, cc=None, reply_to=None,
               in_reply_to=None, references=None, workspace_domain=None,
               tz="CET", extra=(), sor=False, dkim_h=None, xmailer=None, dkim_sel=None):
    s = Sent()
    host, net = rng.choice(GMAIL_HOSTS)
    n = rng.randint(41, 75)
    if sor:
        host, net, n = "sor", "209.85.220", rng.randint(41, 73)
    name = "mail-%s-f%d.google.com" % (host, n)
    s.helo = name
    s.rdns = name
    s.ip = "%s.%d" % (net, n)
    s.tls = TLS13_128
    t1 = plus(t, 1)
    s.t_out = t1
    s.mailfrom = _bare(from_)
    tt = epoch(t)
    H = []
    smtpid = "%s-%s.%d" % (rhex(rng, 16, False)[:5] + "c" + rhex(rng, 4), rhex(rng, 5) + "so" + str(rng.randint(1000000, 9999999)) + rhex(rng, 3), rng.randint(1, 9))
    rc = ", ".join(_bare(x) for x in (to if isinstance(to, list) else [to]))
    H.append(raw("Received", "by %s with SMTP%s id %s\r\n        for <%s>; %s" %
                 (name, "S" if sor else "", smtpid, rc.split(", ")[0], rfcdate(t1, "PT", "padc"))))
    dom = workspace_domain or "gmail.com"
    hh = dkim_h or "to:subject:message-id:date:from:mime-version:from:to:cc:subject\r\n         :date:message-id:reply-to"
    sel = dkim_sel or ("google" if workspace_domain else "20230601")
    d, b8 = dkim(rng, dom, sel, hh, t=tt, x=tt + 604800, extra=[("darn", "example.com")], cont="        ")
    H.append(d)
    s.dkim.append((dom, sel, b8))
    H.append(raw("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=1e100.net; s=20230601; t=%d; x=%d;\r\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\r\n         :from:to:cc:subject:date:message-id:reply-to;\r\n        bh=%s;\r\n        b=%s" %
                 (tt, tt + 604800, rb64(rng, 32), _wrap_plain(rb64(rng, 256), 70, "         "))))
    H.append(raw("X-Gm-Message-State", rb64(rng, 60)[:76]))
    if workspace_domain is None:
        H.append(raw("X-Gm-Gg", rb64(rng, 180).replace("=", "")[:230] + "\r\n\t" + rb64(rng, 60)[:70]))
    H.append(raw("X-Google-Smtp-Source", "AGHT+I" + rb64(rng, 60)[:74]))
    H.append(raw("X-Received", "by 2002:a%02d:%s:%s:b0:%s:%s:%s with SMTP id %s;\r\n        %s" %
                 (rng.randint(1, 99), rhex(rng, 4), rhex(rng, 4), rhex(rng, 3), rhex(rng, 4), rhex(rng, 4),
                  ralnum(rng, 20, "abcdefghijklmnopqrstuvwxyz0123456789") + "mr" + str(rng.randint(1000000, 9999999)) + ".12." + str(tt) + str(rng.randint(100, 999)),
                  rfcdate(t1, "PT", "padc"))))
    H.append(("MIME-Version", "1.0"))
    if references:
        H.append(("References", references))
    if in_reply_to:
        H.append(("In-Reply-To", in_reply_to))
    H.append(("From", from_))
    H.append(("Date", rfcdate(t, tz)))
    if xmailer:
        H.append(("X-Mailer", xmailer))
    H.append(("X-Gm-Features", "A" + ralnum(rng, 58)))
    H.append(("Message-ID", msgid))
    H.append(("Subject", subject))
    H.append(("To", ", ".join(to) if isinstance(to, list) else to))
    if cc:
        H.append(("Cc", ", ".join(cc) if isinstance(cc, list) else cc))
    if reply_to:
        H.append(("Reply-To", reply_to))
    for e in extra:
        H.append(e)
    H.append(("__CONTENT__", None))
    s.headers = H
    s.msgid = msgid
    return s


# ----------------------------------------------------------- Postfix MTA --

def postfix_relay_send(rng, t, relay_host, relay_ip, from_, header_block,
                       client_host=None, client_ip=None, tz="CET",
                       dkim_d=None, dkim_s=None, dkim_h=None, submission=True,
                       amavis=True, extra_received=()):
    """An organisation's own Postfix relay. header_block: the client's
    headers (list) ending with __CONTENT__ etc. Returns Sent."""
    s = Sent()
    s.helo = relay_host
    s.rdns = relay_host
    s.ip = relay_ip
    s.tls = TLS13
    t2 = plus(t, 2)
    s.t_out = t2
    s.mailfrom = _bare(from_)
    H = []
    if dkim_d:
        d, b8 = dkim(rng, dkim_d, dkim_s, dkim_h or "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t=epoch(t2), cont="\t ")
        H.append(d)
        s.dkim.append((dkim_d, dkim_s, b8))
    if amavis:
        H.append(("X-Virus-Scanned", "amavis at %s" % relay_host.split(".", 1)[1]))
    for r in extra_received:
        H.append(r)
    if submission:
        H.append(raw("Received", "from %s (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s" %
                     (client_host or "[%s]" % client_ip, client_host or "unknown", client_ip, _bare(from_),
                      relay_host, postfix_short_qid(rng), rfcdate(plus(t, 1), tz, "postfix"))))
    H.extend(header_block)
    s.headers = H
    return s


# -------------------------------------------------------------- helpers ---

def client_headers(order, **kw):
    """Build the client-written header list in a given order. order: list of
    header names; kw maps lowercased names (with - -> _) to values."""
    out = []
    for n in order:
        if n == "__CONTENT__":
            out.append(("__CONTENT__", None))
            continue
        k = n.lower().replace("-", "_")
        v = kw.get(k)
        if v is None:
            continue
        if isinstance(v, list):
            v = ", ".join(v)
        out.append((n, v))
    return out


def tb_msgid(rng, domain):
    return "<%s@%s>" % (guid(rng), domain)


def tb_boundary(rng):
    return "------------" + ralnum(rng, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def apple_boundary(rng):
    return "Apple-Mail=_" + guid(rng, True)


def sha_hex(s):
    return hashlib.sha1(s.encode()).hexdigest()
