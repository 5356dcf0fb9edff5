"""Sending systems: client header styles, relay chains, DKIM/ARC headers written by
the senders, and mx01.example.com's own Received / Authentication-Results lines."""
from . import util
from .message import CT
from .util import secs, fmt_date, epoch

MX = "mx01.example.com"
_QALPHA = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"


def qid(r):
    return "4" + r.choice("bcdfgh") + "".join(r.choice(_QALPHA) for _ in range(9)) + "z" + "".join(r.choice(_QALPHA) for _ in range(3))


def short_qid(r):
    return r.hex(10, True)


# ---------------------------------------------------------------- mx01
def mx01(m, helo, rdns, ip, proto="ESMTPS", t=None):
    t = t or m.t
    rd = rdns if rdns else "unknown"
    return ("Received", "from %s (%s [%s])\r\n\tby %s (Postfix) with %s id %s\r\n\tfor <%s>; %s" % (
        helo, rd, ip, MX, proto, qid(m.rng), m.rcpt, fmt_date(t, "CET", "postfix")))


def auth_results(m, ip, spf="pass", dkim=None, dmarc=("pass", "none"), arc=None, mailfrom=None, from_domain=None):
    mailfrom = mailfrom or m.env_from
    from_domain = from_domain or m.from_email.split("@")[1]
    parts = []
    if dkim is None:
        dkim = [("pass", d, s, b) for (d, s, b) in m.dkim]
    if not dkim:
        parts.append("dkim=none")
    for res, d, s, b in dkim:
        parts.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (res, d, s, b[:8]))
    dom = mailfrom.split("@")[1]
    why = {
        "pass": "(%s: domain of %s designates %s as permitted sender)" % (MX, mailfrom, ip),
        "softfail": "(%s: domain of transitioning %s does not designate %s as permitted sender)" % (MX, mailfrom, ip),
        "fail": "(%s: domain of %s does not designate %s as permitted sender)" % (MX, mailfrom, ip),
        "none": "(%s: domain of %s has no SPF policy when checking %s)" % (MX, mailfrom, ip),
        "neutral": "(%s: %s is neither permitted nor denied by domain of %s)" % (MX, ip, mailfrom),
    }[spf]
    parts.append("spf=%s %s smtp.mailfrom=%s" % (spf, why, mailfrom))
    dres, pol = dmarc
    if dres == "none":
        parts.append("dmarc=none")
    else:
        parts.append("dmarc=%s (policy=%s) header.from=%s" % (dres, pol, from_domain))
    if arc:
        parts.append(arc)
    return ("Authentication-Results", MX + ";\r\n\t" + ";\r\n\t".join(parts))


def top(m, helo, rdns, ip, spf="pass", dmarc=("pass", "none"), proto="ESMTPS", dkim=None, arc=None,
        from_domain=None, auth=True):
    hs = [("Return-Path", "<%s>" % m.env_from)]
    if auth:
        hs.append(auth_results(m, ip, spf, dkim, dmarc, arc, from_domain=from_domain))
    hs.append(mx01(m, helo, rdns, ip, proto))
    return hs


# ---------------------------------------------------------------- DKIM
def dkim(m, d, s, hlist, canon="relaxed/relaxed", t=None, style="tab", extra="", x=None, record=True, i=None):
    body = m.body_bytes()
    bh = util.relaxed_body_hash(body) if canon.endswith("/relaxed") else util.simple_body_hash(body)
    b = m.rng.b64(256)
    t = epoch(t or m.sent)
    if record:
        m.dkim.append((d, s, b))
    if style == "google":
        ind = "\r\n        "
        hl = _wrap_h(hlist.lower(), 60, "\r\n         ")
        v = ("v=1; a=rsa-sha256; c=%s;%sd=%s; s=%s; t=%d;%s%s%sh=%s;%sbh=%s;%sb=%s" % (
            canon, ind, d, s, t, (" x=%d;" % (t + 604800)) if x else "", extra, ind, hl, ind, bh, ind,
            util.fold_b64("b", b, 60, 68, "\r\n         ")))
        return ("DKIM-Signature", v)
    if style == "ms":
        ind = "\r\n "
        v = "v=1; a=rsa-sha256; c=%s;%sd=%s; s=%s;%sh=%s;%sbh=%s;%sb=%s" % (
            canon, ind, d, s, ind, hlist, ind, bh, ind, util.fold_b64("b", b, 76, 76, "\r\n "))
        return ("DKIM-Signature", v)
    ind = "\r\n\t"
    v = "v=1; a=rsa-sha256; c=%s; d=%s;%ss=%s; t=%d;%s%sbh=%s;%sh=%s;%sb=%s" % (
        canon, d, ind, s, t, extra, ind, bh, ind, _wrap_h(hlist, 64, "\r\n\t  "), ind,
        util.fold_b64("b", b, 60, 70, "\r\n\t "))
    if i:
        v = v.replace("d=%s;" % d, "d=%s; i=%s;" % (d, i), 1)
    return ("DKIM-Signature", v)


def _wrap_h(hlist, width, sep):
    out = []
    cur = ""
    for tok in hlist.split(":"):
        if cur and len(cur) + len(tok) + 1 > width:
            out.append(cur + ":")
            cur = tok
        else:
            cur = (cur + ":" + tok) if cur else tok
    out.append(cur)
    return sep.join(out)


def ms_arc(m, t, hdrs="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1", aar=None):
    r = m.rng
    bh = util.relaxed_body_hash(m.body_bytes())
    sel = "arcselector10001"
    aar = aar or "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none"
    return [
        ("ARC-Seal", "i=1; a=rsa-sha256; s=%s; d=microsoft.com; cv=none;\r\n b=%s" % (sel, util.fold_b64("b", r.b64(256), 76, 76, "\r\n "))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=%s;\r\n h=%s;\r\n bh=%s;\r\n b=%s" % (
            sel, hdrs, bh, util.fold_b64("b", r.b64(256), 76, 76, "\r\n "))),
        ("ARC-Authentication-Results", aar),
    ]


# ---------------------------------------------------------------- header field helpers
class Fields:
    def __init__(self, frm, to, subject, cc=None, reply_to=None, in_reply_to=None, references=None,
                 hcs="utf-8", henc="Q", hlabel=None, scs=None, senc=None, slabel=None, date=None):
        self.frm, self.to, self.cc, self.subject = frm, to, cc or [], subject
        self.reply_to, self.in_reply_to, self.references = reply_to, in_reply_to, references
        self.hcs, self.henc, self.hlabel = hcs, henc, hlabel
        self.scs, self.senc, self.slabel = scs or hcs, senc or henc, slabel or hlabel
        self.date = date

    def a(self, lst, quote=False):
        if isinstance(lst, str):
            return lst
        if isinstance(lst, tuple):
            lst = [lst]
        return util.addr_list(lst, charset=self.hcs, enc=self.henc, cs_label=self.hlabel, quote=quote)

    def subj(self, mixed=True):
        f = util.hdr_text_mixed if mixed else util.hdr_text
        return f(self.subject, self.scs, self.senc, self.slabel)

    def refs(self):
        if not self.references:
            return None
        return "\r\n ".join(self.references) if len(self.references) > 1 else self.references[0]


def _set_env(m, f, env_from=None, rcpt=None):
    m.from_email = f.frm[1] if isinstance(f.frm, tuple) else f.frm.split("<")[-1].strip(">")
    m.env_from = env_from or m.env_from or m.from_email
    if rcpt:
        m.rcpt = rcpt
    if not m.rcpt:
        for lst in (f.to, f.cc):
            if isinstance(lst, tuple):
                lst = [lst]
            for n, e in lst:
                if e.endswith("@example.com") or e.endswith("@examplegroup.eu"):
                    m.rcpt = e
                    return
        raise ValueError("no internal recipient for %s" % m.fname)


def _opt(hs, name, value):
    if value:
        hs.append((name, value))


# ================================================================ Microsoft 365
class M365:
    """Outlook (desktop / OWA) on an Exchange Online tenant, sent out via EOP."""

    def __init__(self, m, domain, server, server2, region, obe, tenant_id, dkim_sel="selector1",
                 lang="de-DE", ver="15.20.9253.017", client="outlook", dmarc=("pass", "none"), mimecast=None,
                 originating_ip=None, has_attach=False):
        self.m, self.domain, self.server, self.server2, self.region = m, domain, server, server2, region
        self.obe, self.tenant_id, self.sel, self.lang, self.ver = obe, tenant_id, dkim_sel, lang, ver
        self.client, self.dmarc, self.mimecast, self.oip = client, dmarc, mimecast, originating_ip
        m.style = "outlook365"
        m.msgid = m.new_msgid("outlook365", server=server, region=region)

    def finish(self, f, thread_index=None, extra=None, rcpt=None, sent=None, spf="pass", dmarc=None,
               accept_lang=None, tnef=True, env_from=None, labels=None):
        m = self.m
        r = m.rng
        if sent:
            m.sent = sent
        _set_env(m, f, env_from, rcpt)
        ti = thread_index or ("AQH" + r.b64(30)[:38])
        ver = self.ver
        has_att = any(p.disposition == "attachment" for p in m.root.walk())
        corr = r.uuid()
        hs = []
        hs.append(("From", f.a(f.frm)))
        hs.append(("To", f.a(f.to)))
        _opt(hs, "CC", f.a(f.cc) if f.cc else None)
        _opt(hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        hs.append(("Subject", f.subj()))
        hs.append(("Thread-Topic", util.hdr_text(_strip_prefix(f.subject), f.scs, f.senc, f.slabel)))
        hs.append(("Thread-Index", ti))
        hs.append(("Date", fmt_date(m.sent, "UTC", "rfc").replace("+0000", "+0000")))
        hs.append(("Message-ID", m.msgid))
        _opt(hs, "References", f.refs())
        _opt(hs, "In-Reply-To", f.in_reply_to)
        hs.append(("Accept-Language", accept_lang or ("%s, en-US" % self.lang if not self.lang.startswith("en-US") else "en-US")))
        hs.append(("Content-Language", self.lang))
        hs.append(("X-MS-Has-Attach", "yes" if has_att else ""))
        if tnef:
            hs.append(("X-MS-TNEF-Correlator", ""))
        if labels:
            hs.append(("msip_labels", labels))
        hs.append(("authentication-results", "dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=%s;" % self.domain))
        hs.append(("x-ms-publictraffictype", "Email"))
        hs.append(("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (self.server, self.server2)))
        hs.append(("x-ms-office365-filtering-correlation-id", corr))
        hs.append(("x-ms-exchange-senderadcheck", "1"))
        hs.append(("x-ms-exchange-antispam-relay", "0"))
        hs.append(("x-microsoft-antispam", "BCL:0;ARA:13230040|366016|1800799024|376014|38070700021;"))
        hs.append(("x-microsoft-antispam-message-info", "\r\n " + util.fold_b64("x", r.b64(240), 76, 76, "\r\n ")))
        hs.append(("x-forefront-antispam-report", "CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s.%s.prod.outlook.com;PTR:;CAT:NONE;SFS:(13230040)(366016)(1800799024)(376014)(38070700021);DIR:OUT;SFP:1102;" % (
            self.lang[:2], self.server, self.region)))
        hs.append(("x-ms-exchange-antispam-messagedata-chunkcount", "1"))
        hs.append(("x-ms-exchange-antispam-messagedata-0", "\r\n " + util.fold_b64("x", r.b64(300), 76, 76, "\r\n ")))
        if extra:
            hs += extra
        hs.append(CT)
        hs.append(("MIME-Version", "1.0"))
        hs.append(("X-OriginatorOrg", self.domain))
        tr = []
        tr.append(("X-MS-Exchange-CrossTenant-AuthAs", "Internal"))
        tr.append(("X-MS-Exchange-CrossTenant-AuthSource", "%s.%s.prod.outlook.com" % (self.server, self.region)))
        tr.append(("X-MS-Exchange-CrossTenant-Network-Message-Id", corr))
        lt = util.local(m.sent, "UTC")
        tr.append(("X-MS-Exchange-CrossTenant-originalarrivaltime", "%02d %s %d %02d:%02d:%02d.%04d (UTC)" % (
            lt.day, util._MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, r.randint(0, 9999))))
        tr.append(("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"))
        tr.append(("X-MS-Exchange-CrossTenant-id", self.tenant_id))
        tr.append(("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"))
        tr.append(("X-MS-Exchange-CrossTenant-userprincipalname", r.b64(54)[:70]))
        tr.append(("X-MS-Exchange-Transport-CrossTenantHeadersStamped", self.server2))
        if self.mimecast:
            tr.append(("X-Mimecast-Spam-Score", "0"))
            tr.append(("X-Mimecast-MFC-PROC-ID", r.b64(30)[:43]))
            tr.append(("X-Mimecast-Originator", self.domain))
        m.origin = hs
        m.trailer = tr
        # trace
        t1 = m.sent + secs(1)
        v = ver
        ipv6a = "2603:10a6:%x:%x::%x" % (r.randint(0x10, 0x8ff), r.randint(0x10, 0x5ff), r.randint(1, 0x1f))
        ipv6b = "2603:10a6:%x:%x::%x" % (r.randint(0x10, 0x8ff), r.randint(0x10, 0x5ff), r.randint(1, 0x1f))
        fe = "fe80::%x:%x:%x:%x" % tuple(r.randint(0x100, 0xffff) for _ in range(4))
        srv_f = "%s.%s.prod.outlook.com" % (self.server, self.region)
        srv2_f = "%s.%s.prod.outlook.com" % (self.server2, self.region)
        rx = []
        rx.append(("Received", "from %s (%s)\r\n by %s (%s) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
            srv_f, ipv6a, srv2_f, ipv6b, _short_ver(v),
            fmt_date(t1, "UTC", "rfc"))))
        rx.append(("Received", "from %s\r\n ([%s]) by %s\r\n ([%s%%%d]) with mapi id %s; %s" % (
            srv_f, fe, srv_f, fe, r.randint(3, 7), v, fmt_date(m.sent, "UTC", "rfc"))))
        dk = dkim(m, self.domain, self.sel, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms")
        helo, rdns, ip = self.obe
        dmarc = dmarc or self.dmarc
        if self.mimecast:
            mc = self.mimecast
            uid = r.b64(16, urlsafe=True)[:22]
            t2 = m.sent + secs(3)
            mcd = dkim(m, self.domain, mc["sel"], "from:from:reply-to:subject:subject:date:date:message-id:message-id:to:to:cc:mime-version:mime-version:content-type:content-type", style="tab", record=True)
            hdr = top(m, mc["helo"], mc["helo"], mc["ip"], spf=spf, dmarc=dmarc)
            hdr += [mcd,
                    ("Received", "from %s (%s [%s]) by\r\n relay.mimecast.com with ESMTP with both STARTTLS and AUTH (version=TLSv1.3,\r\n cipher=TLS_AES_256_GCM_SHA384) id uk-mta-%d-%s-1; %s" % (
                        helo, rdns, ip, r.randint(10, 390), uid, fmt_date(t2, "UTC", "pad"))),
                    ("X-MC-Unique", uid + "-1"),
                    ("X-Mimecast-MFC-AGG-ID", "%s_%d" % (uid, epoch(t2)))]
            hdr += ms_arc(m, t1) + [dk] + rx
        else:
            hdr = top(m, helo, rdns, ip, spf=spf, dmarc=dmarc, arc='arc=pass ("microsoft.com:s=arcselector10001:i=1")')
            hdr += ms_arc(m, t1) + [dk] + rx
        m.trace = hdr
        return m


def _short_ver(v):
    a, b, c, d = v.split(".")
    return "%s.%s.%s.%d" % (a, b, c, int(d))


def _strip_prefix(s):
    for p in ("AW: ", "WG: ", "RE: ", "Re: ", "FW: ", "Fwd: ", "R: ", "I: ", "RV: ", "Odp: ", "ΑΠ: ", "ΠΡΘ: ", "Ответ: "):
        while s.startswith(p):
            s = s[len(p):]
    return s


# ================================================================ internal Exchange 2019
class Exchange:
    HOSTS = {"EXCH01": "10.20.1.11", "EXCH02": "10.20.1.12"}

    def __init__(self, m, mbx="EXCH01", lang="de-DE"):
        self.m, self.mbx, self.lang = m, mbx, lang
        self.hub = "EXCH02" if mbx == "EXCH01" else "EXCH01"
        m.style = "exchange"
        m.msgid = m.new_msgid("exchange", host="%s.corp.example.com" % mbx)

    def finish(self, f, client_ip, thread_index=None, rcpt=None, extra=None, zone="CET", importance=None):
        m = self.m
        r = m.rng
        _set_env(m, f, None, rcpt)
        has_att = any(p.disposition == "attachment" for p in m.root.walk())
        hs = [("From", f.a(f.frm)), ("To", f.a(f.to))]
        _opt(hs, "CC", f.a(f.cc) if f.cc else None)
        hs.append(("Subject", f.subj()))
        hs.append(("Thread-Topic", util.hdr_text(_strip_prefix(f.subject), f.scs, f.senc, f.slabel)))
        hs.append(("Thread-Index", thread_index or ("AdtE" + r.b64(18)[:20] + "==")))
        if importance:
            hs.append(("Importance", importance))
            hs.append(("X-Priority", "1"))
        hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
        hs.append(("Message-ID", m.msgid))
        _opt(hs, "References", f.refs())
        _opt(hs, "In-Reply-To", f.in_reply_to)
        hs.append(("Accept-Language", "%s, en-US" % self.lang if self.lang != "en-US" else "en-US"))
        hs.append(("Content-Language", self.lang))
        hs.append(("X-MS-Has-Attach", "yes" if has_att else ""))
        hs.append(("X-MS-TNEF-Correlator", ""))
        hs.append(("x-ms-exchange-transport-fromentityheader", "Hosted"))
        hs.append(("x-originating-ip", "[%s]" % client_ip))
        if extra:
            hs += extra
        hs.append(CT)
        hs.append(("MIME-Version", "1.0"))
        m.origin = hs
        m.trailer = []
        mb, hub = self.mbx, self.hub
        fe = "fe80::%x:%x:%x:%x" % tuple(r.randint(0x100, 0xffff) for _ in range(4))
        t1 = m.sent + secs(1)
        t2 = m.sent + secs(2)
        m.trace = [("Return-Path", "<%s>" % m.env_from),
                   mx01(m, "mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"),
                   ("Received", "from %s.corp.example.com (%s.corp.example.com [%s])\r\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
                       hub, hub.lower(), self.HOSTS[hub], qid(r), m.rcpt, fmt_date(t2, zone, "postfix"))),
                   ("Received", "from %s.corp.example.com (%s) by %s.corp.example.com\r\n (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.36; %s" % (
                       mb, self.HOSTS[mb], hub, self.HOSTS[hub], fmt_date(t1, zone, "rfc"))),
                   ("Received", "from %s.corp.example.com ([%s]) by\r\n %s.corp.example.com ([%s%%14]) with mapi id 15.02.1748.036;\r\n %s" % (
                       mb, fe, mb, fe, fmt_date(m.sent, zone, "rfc")))]
        return m


# ================================================================ Google (Gmail / Workspace)
GOOGLE_POOLS = [("wr1", "209.85.221"), ("ej1", "209.85.218"), ("wm1", "209.85.128"), ("lf1", "209.85.167"), ("ed1", "209.85.208")]


class Gmail:
    def __init__(self, m, domain="gmail.com", client="web", workspace=False, sel=None):
        self.m, self.domain, self.client, self.workspace = m, domain, client, workspace
        self.sel = sel or ("google" if workspace else "20230601")
        m.style = "iphone" if client == "iphone" else "gmail"
        if client == "iphone":
            m.msgid = m.new_msgid("UUID", domain=domain)
        else:
            m.msgid = m.new_msgid("gmail")

    def finish(self, f, rcpt=None, zone="CET", env_from=None, extra=None, ios="23B85"):
        m = self.m
        r = m.rng
        _set_env(m, f, env_from, rcpt)
        pool, net = r.choice(GOOGLE_POOLS)
        n = r.randint(41, 199)
        host = "mail-%s-f%d.google.com" % (pool, n)
        ip = "%s.%d" % (net, n)
        t_g = m.t - secs(1)
        hs = []
        f_subj_b = util.hdr_text(f.subject, "utf-8", "B", "UTF-8")
        names = dict(charset="utf-8", enc="Q", cs_label="UTF-8")
        fa = lambda x: (util.addr_list([x] if isinstance(x, tuple) else x, **names) if not isinstance(x, str) else x)
        if self.client == "iphone":
            hs.append(CT)
            hs.append(("From", fa(f.frm)))
            hs.append(("Mime-Version", "1.0 (1.0)"))
            hs.append(("Subject", util.hdr_text(f.subject, "utf-8", "Q", "utf-8")))
            hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
            hs.append(("Message-Id", m.msgid))
            _opt(hs, "References", f.refs())
            _opt(hs, "Cc", fa(f.cc) if f.cc else None)
            _opt(hs, "In-Reply-To", f.in_reply_to)
            hs.append(("To", fa(f.to)))
            hs.append(("X-Mailer", "iPhone Mail (%s)" % ios))
        else:
            hs.append(("MIME-Version", "1.0"))
            _opt(hs, "References", f.refs())
            _opt(hs, "In-Reply-To", f.in_reply_to)
            hs.append(("From", fa(f.frm)))
            hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
            hs.append(("X-Gm-Features", "AS18NW" + r.b64(70, urlsafe=True)[:86]))
            hs.append(("Message-ID", m.msgid))
            hs.append(("Subject", f_subj_b))
            hs.append(("To", fa(f.to)))
            _opt(hs, "Cc", fa(f.cc) if f.cc else None)
            _opt(hs, "Reply-To", fa(f.reply_to) if f.reply_to else None)
            if extra:
                hs += extra
            hs.append(CT)
        m.origin = hs
        m.trailer = []
        sid = "%s-%s%s.%d" % (r.choice(["a640c23a62f3a", "ffacd0b85a97d", "5b1f17b1804b1", "2adb3069b0e04", "4fb4d7f45d1cf"]),
                              r.hex(11), "so" + r.digits(7) + r.choice(["f8f", "66b", "e0b", "a7b"]), r.randint(1, 3))
        hl = "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"
        if f.in_reply_to:
            hl = "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to"
        dk = dkim(m, self.domain, self.sel, hl, style="google", extra=(" darn=example.com;" if not self.workspace else ""), x=True, t=m.sent)
        xg = dkim(m, "1e100.net", "20230601", hl.replace("mime-version:", "mime-version:x-gm-message-state:"), style="google", x=True, record=False, t=m.sent)
        xg = ("X-Google-DKIM-Signature", xg[1])
        lt = m.t - secs(1)
        hdr = top(m, host, host, ip, dmarc=("pass", "none" if not self.workspace else "quarantine"))
        if self.client == "iphone":
            hdr.append(("Received", "from smtpclient.apple ([2a02:%x:%x:%x::%x])\r\n        by smtp.gmail.com with ESMTPSA id %s\r\n        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s" % (
                r.randint(0x800, 0x8ff), r.randint(0x100, 0xfff), r.randint(0x100, 0xfff), r.randint(1, 0xff),
                sid, m.rcpt, fmt_date(lt, "PT", "gmail"))))
        else:
            hdr.append(("Received", "by %s with SMTP id %s\r\n        for <%s>; %s" % (host, sid, m.rcpt, fmt_date(lt, "PT", "gmail"))))
        hdr.append(dk)
        hdr.append(xg)
        hdr.append(("X-Gm-Message-State", "AOJu0Y" + r.b64(60)[:74]))
        hdr.append(("X-Gm-Gg", "ASbGnc" + r.b64(120)[:154]))
        hdr.append(("X-Google-Smtp-Source", "AGHT+I" + r.b64(60)[:74]))
        hdr.append(("X-Received", "by 2002:a%02x:%x:b0:%x:%x:%x with SMTP id %s;\r\n        %s" % (
            r.randint(5, 99), r.randint(0x1000, 0xffff), r.randint(0x100, 0xfff), r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff),
            r.hex(40), fmt_date(lt, "PT", "gmail"))))
        m.trace = hdr
        return m


def client_origin(m, client, f, zone="CET", extra=None, org=None, lang="de-DE", ua=None):
    """Origin header block as written by the given mail client / library."""
    r = m.rng
    hs = []
    cl = client
    if cl == "thunderbird":
        hs.append(("Message-ID", m.msgid))
        hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
        hs.append(("MIME-Version", "1.0"))
        hs.append(("User-Agent", ua or "Mozilla Thunderbird"))
        hs.append(("Subject", util.hdr_text_mixed(f.subject, "utf-8", "Q", "UTF-8")))
        hs.append(("To", f.a(f.to)))
        _opt(hs, "Cc", f.a(f.cc) if f.cc else None)
        _opt(hs, "References", f.refs())
        hs.append(("Content-Language", lang))
        hs.append(("From", f.a(f.frm)))
        _opt(hs, "Organization", util.hdr_text(org, "utf-8", "Q", "UTF-8") if org else None)
        _opt(hs, "In-Reply-To", f.in_reply_to)
        if extra:
            hs += extra
        hs.append(CT)
    elif cl == "roundcube":
        hs.append(("MIME-Version", "1.0"))
        hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
        hs.append(("From", f.a(f.frm)))
        hs.append(("To", f.a(f.to)))
        _opt(hs, "Cc", f.a(f.cc) if f.cc else None)
        hs.append(("Subject", util.hdr_text(f.subject, "utf-8", "Q", "UTF-8")))
        _opt(hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        _opt(hs, "In-Reply-To", f.in_reply_to)
        _opt(hs, "References", f.refs())
        hs.append(("Message-ID", m.msgid))
        hs.append(("X-Sender", m.from_email))
        hs.append(("User-Agent", ua or "Roundcube Webmail/1.6.11"))
        if extra:
            hs += extra
        hs.append(CT)
    elif cl == "outlook16":
        hs.append(("From", f.a(f.frm)))
        hs.append(("To", f.a(f.to)))
        _opt(hs, "Cc", f.a(f.cc) if f.cc else None)
        _opt(hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        _opt(hs, "References", f.refs())
        _opt(hs, "In-Reply-To", f.in_reply_to)
        hs.append(("Subject", f.subj()))
        hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
        hs.append(("Message-ID", m.msgid))
        hs.append(("MIME-Version", "1.0"))
        hs.append(CT)
        hs.append(("X-Mailer", ua or "Microsoft Outlook 16.0"))
        hs.append(("Thread-Index", "AQH" + r.b64(24)[:30] + "=="))
        hs.append(("Content-Language", lang))
        if extra:
            hs += extra
    elif cl == "apple":
        hs.append(CT)
        hs.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"))
        hs.append(("Subject", util.hdr_text(f.subject, "utf-8", "Q", "utf-8")))
        hs.append(("From", f.a(f.frm)))
        _opt(hs, "In-Reply-To", f.in_reply_to)
        hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
        _opt(hs, "Cc", f.a(f.cc) if f.cc else None)
        _opt(hs, "References", f.refs())
        hs.append(("To", f.a(f.to)))
        hs.append(("Message-Id", m.msgid))
        hs.append(("X-Mailer", ua or "Apple Mail (2.3826.500.181.1.5)"))
        if extra:
            hs += extra
    elif cl == "phpmailer":
        hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
        hs.append(("To", f.a(f.to)))
        hs.append(("From", f.a(f.frm)))
        _opt(hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        scs = f.scs if f.scs.lower() != "utf-8" else "utf-8"
        hs.append(("Subject", util.hdr_text(f.subject, scs, "B", f.slabel or ("UTF-8" if scs == "utf-8" else scs))))
        hs.append(("Message-ID", m.msgid))
        hs.append(("X-Mailer", ua or "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)"))
        if extra:
            hs += extra
        hs.append(("MIME-Version", "1.0"))
        hs.append(CT)
    else:  # applications (python / java / dotnet / sage)
        hs.append(("MIME-Version", "1.0") if cl == "python" else ("Date", fmt_date(m.sent, zone, "rfc")))
        if cl == "python":
            hs.append(("Subject", util.hdr_text(f.subject, f.scs, f.senc, f.slabel)))
            hs.append(("From", f.a(f.frm)))
            hs.append(("To", f.a(f.to)))
            _opt(hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
            hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
            hs.append(("Message-ID", m.msgid))
            if extra:
                hs += extra
            hs.append(CT)
        else:
            hs.append(("From", f.a(f.frm)))
            _opt(hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
            hs.append(("To", f.a(f.to)))
            _opt(hs, "Cc", f.a(f.cc) if f.cc else None)
            hs.append(("Message-ID", m.msgid))
            hs.append(("Subject", util.hdr_text(f.subject, f.scs, f.senc, f.slabel)))
            hs.append(("MIME-Version", "1.0"))
            if extra:
                hs += extra
            hs.append(CT)
    return hs


# ================================================================ own-server Postfix (SMEs, authorities, attacker VPS)
class PostfixOrg:
    """Organisation running its own Postfix relay; the writing client is chosen by 'client'."""

    def __init__(self, m, domain, relay, relay_ip, client="thunderbird", dkim_sel=None, canon="relaxed/simple",
                 msgid_domain=None, lang="de-DE", ua=None, rdns=None):
        self.m, self.domain, self.relay, self.relay_ip = m, domain, relay, relay_ip
        self.client, self.sel, self.canon, self.lang, self.ua = client, dkim_sel, canon, lang, ua
        self.rdns = rdns if rdns is not None else relay
        md = msgid_domain or domain
        style = {"thunderbird": "thunderbird", "roundcube": "roundcube", "outlook16": "outlook16",
                 "phpmailer": "phpmailer", "python": "python", "java": "java", "dotnet": "dotnet",
                 "apple": "apple", "sage": "java"}[client]
        m.style = style
        kind = {"thunderbird": "uuid", "roundcube": "hex32", "outlook16": "outlook16", "phpmailer": "phpmailer",
                "python": "python", "java": "java", "dotnet": "dotnet", "apple": "UUID", "sage": "java"}[client]
        m.msgid = m.new_msgid(kind, domain=md)

    def finish(self, f, submit=None, rcpt=None, zone="CET", env_from=None, extra=None, spf="pass",
               dmarc=("pass", "none"), webmail_ip=None, org=None, auth_user=None, proto="ESMTPS",
               phpmailer_host=None, hop_host=None, direct=False):
        """submit: (helo_or_host, ip) of the submitting client (LAN or remote)."""
        m = self.m
        r = m.rng
        _set_env(m, f, env_from, rcpt)
        hs = client_origin(m, self.client, f, zone, extra, org, self.lang, self.ua)
        m.origin = hs
        m.trailer = []
        t_relay = m.t - secs(r.randint(1, 3))
        tr = []
        if self.sel:
            tr.append(dkim(m, self.domain, self.sel, _hl(f), canon=self.canon, t=t_relay))
        if direct:
            pass
        elif webmail_ip:
            tr.append(("Received", "from webmail.%s (localhost [127.0.0.1])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
                self.domain, auth_user or m.from_email, self.relay, qid(r), m.rcpt, fmt_date(t_relay - secs(1), zone, "postfix"))))
            tr.append(("Received", "from [%s] by webmail.%s with HTTP (HTTP/2.0 POST);\r\n\t%s" % (
                webmail_ip, self.domain, fmt_date(m.sent, zone, "rfc"))))
        elif phpmailer_host:
            tr.append(("Received", "from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
                phpmailer_host, self.relay, qid(r), m.rcpt, fmt_date(t_relay - secs(1), zone, "postfix"))))
        elif submit:
            helo, ip = submit
            if helo.startswith("["):
                desc = "%s (unknown [%s])" % (helo, ip)
            else:
                desc = "%s (%s [%s])" % (helo, helo, ip)
            au = "\r\n\t(Authenticated sender: %s)" % (auth_user or m.from_email) if auth_user != "" else ""
            tr.append(("Received", "from %s%s\r\n\tby %s (Postfix) with %s id %s\r\n\tfor <%s>; %s" % (
                desc, au, hop_host or self.relay, "ESMTPSA" if au else "ESMTP", qid(r), m.rcpt, fmt_date(t_relay - secs(1), zone, "postfix"))))
        m.trace = top(m, self.relay, self.rdns, self.relay_ip, spf=spf, dmarc=dmarc, proto=proto) + tr
        return m


def _hl(f):
    h = "Date:From:To:Subject"
    if f.cc:
        h = "Date:From:To:Cc:Subject"
    if f.reply_to:
        h += ":Reply-To"
    if f.in_reply_to:
        h += ":In-Reply-To:References"
    return h + ":From"


# ================================================================ Exim / cPanel shared hosting
class Exim:
    def __init__(self, m, domain, host, ip, client="outlook16", dkim_sel="default", lang="el-gr", ua=None,
                 msgid_domain=None):
        self.m, self.domain, self.host, self.ip = m, domain, host, ip
        self.client, self.sel, self.lang, self.ua = client, dkim_sel, lang, ua
        m.style = {"outlook16": "outlook16", "roundcube": "roundcube", "phpmailer": "phpmailer", "thunderbird": "thunderbird"}[client]
        m.msgid = m.new_msgid({"outlook16": "outlook16", "roundcube": "hex32", "phpmailer": "phpmailer", "thunderbird": "uuid"}[client],
                              domain=msgid_domain or domain)

    def finish(self, f, client_ip=None, helo=None, rcpt=None, zone="EET", env_from=None, extra=None,
               dmarc=("pass", "none"), spf="pass", php=None, auth_user=None, cpuser="atticacar"):
        m = self.m
        r = m.rng
        _set_env(m, f, env_from, rcpt)
        pf = PostfixOrg.__new__(PostfixOrg)
        pf.m, pf.client, pf.lang, pf.ua, pf.sel = m, self.client, self.lang, self.ua, None
        pf.relay, pf.relay_ip, pf.rdns, pf.domain, pf.canon = self.host, self.ip, self.host, self.domain, "relaxed/relaxed"
        PostfixOrg.finish(pf, f, rcpt=m.rcpt, zone=zone, env_from=m.env_from, extra=extra, direct=True, spf=spf, dmarc=dmarc)
        m.dkim = []
        eid = "1v%s-%s-%s" % (r.alnum(4), r.alnum(6), r.alnum(2))
        t = m.t - secs(1)
        tr = []
        if self.sel:
            tr.append(dkim(m, self.domain, self.sel, "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To:Cc:Content-Transfer-Encoding:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive",
                           canon="relaxed/relaxed", t=t))
        if php:
            tr.append(("Received", "from %s by %s with local (Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s;\r\n\t%s" % (
                cpuser, self.host, m.env_from, eid, m.rcpt, fmt_date(m.sent, zone, "rfc"))))
        else:
            tr.append(("Received", "from [%s] (port=%d helo=%s)\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s;\r\n\t%s" % (
                client_ip, r.randint(49152, 65000), helo or "[192.168.1.%d]" % r.randint(20, 120), self.host, m.env_from, eid, m.rcpt,
                fmt_date(m.sent, zone, "rfc"))))
        m.trace = top(m, self.host, self.host, self.ip, spf=spf, dmarc=dmarc) + tr
        uid = "[1187 1190] / [47 12]" if php else "[47 12] / [47 12]"
        m.trailer = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                     ("X-AntiAbuse", "Primary Hostname - %s" % self.host),
                     ("X-AntiAbuse", "Original Domain - example.com"),
                     ("X-AntiAbuse", "Originator/Caller UID/GID - " + uid),
                     ("X-AntiAbuse", "Sender Address Domain - %s" % m.env_from.split("@")[1])]
        if php:
            m.trailer += [("X-Get-Message-Sender-Via", "%s: authenticated_id: %s/from_h" % (self.host, cpuser)),
                          ("X-Authenticated-Sender", "%s: %s" % (self.host, m.env_from)),
                          ("X-Source", "/opt/cpanel/ea-php82/root/usr/bin/php"),
                          ("X-Source-Args", "/opt/cpanel/ea-php82/root/usr/sbin/php-fpm"),
                          ("X-Source-Dir", "%s:/public_html%s" % (self.domain, php))]
        else:
            m.trailer += [("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (self.host, auth_user or m.env_from)),
                          ("X-Authenticated-Sender", "%s: %s" % (self.host, auth_user or m.env_from)),
                          ("X-Source", ""), ("X-Source-Args", ""), ("X-Source-Dir", "")]
        return m


# ================================================================ generic ESP / platform sender
class Bulk:
    """Transactional / marketing platforms.  kind selects the header set."""

    def __init__(self, m, kind, style="python", msgid_kind=None, msgid_domain=None):
        self.m, self.kind = m, kind
        m.style = style
        if msgid_kind:
            m.msgid = m.new_msgid(msgid_kind, domain=msgid_domain)

    def finish(self, f, origin, relay, dkims, rcpt=None, env_from=None, spf="pass", dmarc=("pass", "none"),
               inner=None, trailer=None, from_domain=None, proto="ESMTPS"):
        """origin: list of headers (use CT placeholder); relay: (helo, rdns, ip);
        dkims: list of (d, s, h, style, canon); inner: extra trace headers below the DKIM lines."""
        m = self.m
        _set_env(m, f, env_from, rcpt)
        m.origin = origin
        m.trailer = trailer or []
        sigs = [dkim(m, d, s, hl, canon=cn, style=st, t=m.sent) for (d, s, hl, st, cn) in dkims]
        helo, rdns, ip = relay
        m.trace = top(m, helo, rdns, ip, spf=spf, dmarc=dmarc, from_domain=from_domain, proto=proto) + sigs + (inner or [])
        return m


def ses_relay(m, region="eu-west-1"):
    r = m.rng
    n = r.randint(2, 250)
    block = {"eu-west-1": "54.240.7", "eu-central-1": "69.169.224", "us-east-1": "54.240.8", "eu-west-2": "76.223.180"}[region]
    pre = {"eu-west-1": "a7", "eu-central-1": "a4", "us-east-1": "a8", "eu-west-2": "b224"}[region]
    host = "%s-%d.smtp-out.%s.amazonses.com" % (pre, n, region)
    return (host, host, "%s.%d" % (block, n))


def ses_headers(m, region="eu-west-1", feedback_tag="1.eu-west-1.%s=:AmazonSES"):
    r = m.rng
    lt = util.local(m.sent, "UTC")
    return [("Feedback-ID", "::" + (feedback_tag % r.b64(33)[:43])),
            ("X-SES-Outgoing", "%04d.%02d.%02d-%s" % (lt.year, lt.month, lt.day, ses_relay(m, region)[2]))]


def ses_bounce(m, region="eu-west-1"):
    return m.msgid.strip("<>").replace("@", "@").split("@")[0] + "@%s.amazonses.com" % region


def sendgrid_relay(m, sub):
    r = m.rng
    ip = "149.72.%d.%d" % (r.randint(1, 254), r.randint(1, 254))
    host = "o%d.ptr%d.%s" % (r.randint(1, 9), r.randint(1000, 9999), sub)
    return (host, host, ip)


def sendgrid_inner(m):
    r = m.rng
    t = m.t - secs(1)
    return [("Received", "by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-1D\r\n        %s" % (
        r.hex(10), r.lower_alnum(5), r.hex(10), r.lower_alnum(5), r.hex(8, True), fmt_date(t, "UTC", "rfc").replace(" +0000", ".%d +0000 (UTC)" % r.randint(100000000, 999999999)))),
            ("Received", "from %s (unknown)\r\n\tby geopod-ismtpd-%d (SG) with HTTP\r\n\tid %s\r\n\tfor <%s>; %s" % (
                r.b64(16)[:22].replace("/", "x").replace("+", "y"), r.randint(1, 40), r.b64(16, urlsafe=True)[:22], m.rcpt,
                fmt_date(m.sent, "UTC", "rfc").replace(" +0000", ".%d +0000 (UTC)" % r.randint(100000000, 999999999))))]


def sendgrid_trailer(m):
    r = m.rng
    return [("X-SG-EID", "\r\n =?us-ascii?Q?u001." + r.b64(60, urlsafe=True) + "?=\r\n =?us-ascii?Q?" + r.b64(40, urlsafe=True) + "?="),
            ("X-SG-ID", "\r\n =?us-ascii?Q?u001." + r.b64(60, urlsafe=True) + "?="),
            ("X-Entity-ID", "u001." + r.b64(16, urlsafe=True))]


def mailgun_relay(m):
    r = m.rng
    a, b = r.randint(200, 250), r.randint(1, 250)
    host = "m%d-%d.mailgun.net" % (a, b)
    return (host, host, "159.135.%d.%d" % (a, b))


def brevo_relay(m):
    r = m.rng
    n = r.randint(10, 250)
    host = "mail%d.mta.brevo.com" % n
    return (host, host, "77.32.148.%d" % n)
