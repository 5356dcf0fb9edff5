"""Sender systems: each writes the Received chain and the headers that system really adds.

A Mail object carries the message data; a system function (m365, gmail, postfix, ...)
fills m.sys_headers (ordered, newest first, excluding mx01) and m.conn (how the last
hop connected to mx01). assemble() prepends Return-Path, mx01's Authentication-Results
and its Received line, then renders the MIME tree.
"""
import base64
import datetime as _dt
import hashlib
import re

from . import mime, util
from .util import rfc2822

MX = "mx01.example.com"
TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")

DMARC_POLICY = {}   # domain -> policy ('none', 'quarantine', 'reject'); None = no record


def sec(n):
    return _dt.timedelta(seconds=n)


def body_hash(body_text):
    """DKIM relaxed body canonicalisation + sha256, base64."""
    lines = body_text.replace("\r\n", "\n").split("\n")
    out = []
    for ln in lines:
        ln = re.sub(r"[ \t]+", " ", ln).rstrip(" \t")
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    canon = ("\r\n".join(out) + "\r\n").encode("latin-1") if out else b""
    return base64.b64encode(hashlib.sha256(canon).digest()).decode()


def fake_sig(r, nbytes=256):
    return util.rand_b64(r, nbytes)


def fold_sig(prefix, b64, width=72):
    chunks = [b64[i:i + width] for i in range(0, len(b64), width)]
    return prefix + "\n\t " + "\n\t ".join(chunks)


def dkim_header(r, m, d, s, h, **kw):
    """DKIM-Signature with folded b= (invented signature value, real body hash)."""
    sig = fake_sig(r, kw.pop("keybytes", 256))
    a = kw.pop("a", "rsa-sha256")
    c = kw.pop("c", "relaxed/relaxed")
    parts = ["v=1", "a=%s" % a]
    if kw.pop("q", False):
        parts.append("q=dns/txt")
    parts += ["c=%s" % c, "d=%s" % d, "s=%s" % s]
    for k in ("t", "x"):
        v = kw.pop(k, None)
        if v is not None:
            parts.append("%s=%d" % (k, v))
    i = kw.pop("i", None)
    if i:
        parts.append("i=%s" % i)
    for e in kw.pop("extra", []):
        parts.append(e)
    parts.append("bh=%s" % kw.pop("bh", m.bh))
    h = re.sub(r"\s+", "", h)
    hitems = h.split(":")
    hl = []
    cur = "h="
    for i, it in enumerate(hitems):
        piece = it + (":" if i < len(hitems) - 1 else "")
        if len(cur) + len(piece) > 70 and cur != "h=":
            hl.append(cur)
            cur = piece
        else:
            cur += piece
    hl.append(cur)
    parts.append("\x00".join(hl))
    toks = "; ".join(parts).split(" ")
    lines = []
    cur = ""
    for tok in toks:
        if cur and len(cur) + 1 + len(tok) > 72:
            lines.append(cur)
            cur = tok
        else:
            cur = (cur + " " + tok) if cur else tok
    lines.append(cur + ";")
    lines = [ln.replace("\x00", "\n\t ") for ln in lines]
    b = "b=" + sig
    blines = [b[k:k + 72] for k in range(0, len(b), 72)]
    return ("DKIM-Signature", "\n\t".join(lines) + "\n\t" + "\n\t ".join(blines))


def epoch(t):
    return int(t.timestamp())


class Mail:
    def __init__(self, name, folder, lang):
        self.name = name
        self.folder = folder
        self.lang = lang
        self.r = util.rng(name)
        self.t = None
        self.date_zone = "DE"
        self.from_ = None          # (name, addr)
        self.sender = None
        self.to = []
        self.cc = []
        self.reply_to = None
        self.subject = ""
        self.hcs = "utf-8"         # charset for encoded words
        self.hmode = "B"
        self.subj_cs = None
        self.subj_mode = None
        self.msgid = None
        self.irt = None
        self.refs = None
        self.rcpt = None
        self.envfrom = None
        self.root = None
        self.extra = []            # headers the sender's MUA adds (X-Mailer, Importance, ...)
        self.auth = None
        self.sys_headers = []
        self.conn = None
        self.meta = {}
        self.facts = {}
        self.bh = ""
        self.mx_extra = []
        self.system = None

    # -- helpers -----------------------------------------------------------
    def addr(self, pair, cs=None, mode=None, quote=None):
        name, a = pair
        if not name:
            return a
        q = quote if quote is not None else False
        return util.addr(name, a, cs or self.hcs, mode or self.hmode, quote=q)

    def addrs(self, pairs, cs=None, mode=None, quote=None):
        return ", ".join(self.addr(p, cs, mode, quote) for p in pairs)

    def subj(self):
        return util.hdr_text(self.subject, self.subj_cs or self.hcs, self.subj_mode or self.hmode)

    def from_domain(self):
        return self.from_[1].split("@")[1].lower()

    def env_domain(self):
        return self.envfrom.split("@")[-1].lower() if self.envfrom else ""

    def date(self, zone=None, t=None):
        return rfc2822(t or self.t, zone or self.date_zone)


# ------------------------------------------------------------------ mx01 top

def auth_results(m):
    """rspamd-style Authentication-Results as written by mx01."""
    a = m.auth or {}
    items = []
    for res, d, s in a.get("dkim", []):
        b = util.rand_alnum(m.r, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        if res == "pass":
            items.append("dkim=pass header.d=%s header.s=%s header.b=%s" % (d, s, b))
        elif res == "fail":
            items.append("dkim=fail (body hash did not verify) header.d=%s header.s=%s header.b=%s" % (d, s, b))
        elif res == "temperror":
            items.append("dkim=temperror (no key for signature) header.d=%s header.s=%s header.b=%s" % (d, s, b))
    if not a.get("dkim"):
        items.append("dkim=none")
    spf = a.get("spf", "pass")
    mf = m.envfrom or ("postmaster@" + m.conn["helo"])
    ip = m.conn["ip"]
    if spf == "pass":
        items.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (MX, mf, ip, mf))
    elif spf == "fail":
        items.append("spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (MX, mf, ip, mf))
    elif spf == "softfail":
        items.append("spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) "
                     "smtp.mailfrom=%s" % (MX, mf, ip, mf))
    elif spf == "none":
        items.append("spf=none (%s: domain of %s has no SPF policy when checking %s) smtp.mailfrom=%s" % (MX, mf, ip, mf))
    elif spf == "neutral":
        items.append("spf=neutral (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (MX, ip, mf, mf))
    dm = a.get("dmarc")
    fd = m.from_domain()
    org = a.get("dmarc_domain", fd)
    pol = DMARC_POLICY.get(org, None)
    if dm is None:
        dm = "none" if pol is None else "pass"
    if dm == "pass":
        items.append("dmarc=pass (policy=%s) header.from=%s" % (pol or "none", fd))
    elif dm == "fail":
        items.append('dmarc=fail reason="SPF not aligned (relaxed), DKIM not aligned (relaxed)" header.from=%s '
                     '(policy=%s)' % (fd, pol or "none"))
    elif dm == "none":
        items.append("dmarc=none")
    if a.get("arc"):
        items.insert(0, "arc=%s" % a["arc"])
    return ("Authentication-Results", "%s;\n\t%s" % (MX, ";\n\t".join(items)))


def mx_received(m, t_arr):
    c = m.conn
    rd = c.get("rdns") or "unknown"
    tls = c.get("tls", "1.3")
    with_ = "ESMTPS" if tls else "ESMTP"
    tl = ""
    if tls == "1.3":
        tl = "\n\t" + TLS13
    elif tls == "1.2":
        tl = "\n\t" + TLS12
    qid = util.postfix_qid(m.r)
    m.meta["mx_qid"] = qid
    return ("Received", "from %s (%s [%s])%s\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        c["helo"], rd, c["ip"], tl, MX, with_, qid, m.rcpt, rfc2822(t_arr, "DE", comment=True)))


def assemble(m):
    body_txt = mime.render_body(m.root)
    m.bh = body_hash(body_txt)
    fn, kw = m.system
    fn(m, **kw)
    t_arr = m.conn["t"] + sec(m.conn.get("lag", 1 + m.r.randint(0, 2)))
    m.meta["t_arrival"] = t_arr
    top = [("Return-Path", "<%s>" % (m.envfrom or ""))]
    if m.conn.get("auth", True):
        top.append(auth_results(m))
    top.extend(m.mx_extra)
    top.append(mx_received(m, t_arr))
    return mime.render(top + m.sys_headers, m.root)


# ------------------------------------------------------------------ common header groups

def basic(m, order=("From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Reply-To"),
          quote=False, date_zone=None):
    out = []
    for h in order:
        if h == "From":
            out.append(("From", m.addr(m.from_, quote=quote)))
        elif h == "Sender" and m.sender:
            out.append(("Sender", m.addr(m.sender, quote=quote)))
        elif h == "To" and m.to:
            out.append(("To", m.addrs(m.to, quote=quote)))
        elif h == "Cc" and m.cc:
            out.append(("Cc", m.addrs(m.cc, quote=quote)))
        elif h == "Subject":
            out.append(("Subject", m.subj()))
        elif h == "Date":
            out.append(("Date", m.date(date_zone)))
        elif h == "Message-ID":
            out.append(("Message-ID", "<%s>" % m.msgid))
        elif h == "In-Reply-To" and m.irt:
            out.append(("In-Reply-To", "<%s>" % m.irt))
        elif h == "References" and m.refs:
            out.append(("References", " ".join("<%s>" % x for x in m.refs)))
        elif h == "Reply-To" and m.reply_to:
            out.append(("Reply-To", m.addr(m.reply_to, quote=quote)))
        elif h == "MIME-Version":
            out.append(("MIME-Version", "1.0"))
        elif h == "__MIME__":
            out.append(("__MIME__", None))
        elif h == "__EXTRA__":
            out.extend(m.extra)
    return out


def std_auth(m, dom, sel, spf="pass", dmarc=None, extra_dkim=None):
    d = [("pass", dom, sel)] if dom else []
    if extra_dkim:
        d += extra_dkim
    m.auth = m.auth or {"dkim": d, "spf": spf, "dmarc": dmarc}


# ------------------------------------------------------------------ Microsoft 365 / Outlook.com

def _ms_server(r, region="eurprd05", pref=None):
    if region.upper().startswith("EURP1"):
        pref = pref or r.choice(["AS8P", "DU2P", "PAXP", "DB9P", "GV1P"])
        return "%s%sMB%04d.%s.PROD.OUTLOOK.COM" % (pref, region[-3:], m_rand(r, 1000, 9999), region.upper())
    pref = pref or r.choice(["AM9PR", "DB9PR", "PA4PR", "AS8PR", "DU0PR", "VI1PR", "GV1PR", "AM0PR", "DB8PR", "FR4PR"])
    return "%s%02dMB%04d.%s.prod.outlook.com" % (pref, int(region[-2:]), m_rand(r, 1000, 9999), region)


def m_rand(r, a, b):
    return r.randint(a, b)


def _ms_v6(r):
    return "2603:10a6:%x:%x::%x" % (r.randint(0x10, 0x8ff), r.randint(0x10, 0x5ff), r.randint(1, 0x1f))


def _ms_fe80(r):
    return "fe80::%x:%x:%x:%x" % tuple(r.randint(0x100, 0xffff) for _ in range(4))


def m365_prepare(m, region="eurprd05", pref=None, server=None):
    server = server or m.meta.get("ms_server") or _ms_server(m.r, region, pref)
    m.meta["ms_server"] = server
    m.msgid = m.msgid or ms_msgid(m, server)
    return m.msgid


def exchange_prepare(m, mailbox="EXCH01"):
    m.msgid = m.msgid or "%s@%s.corp.example.com" % (util.rand_hex(m.r, 32), mailbox)
    return m.msgid


def ms_msgid(m, server):
    short = server.split(".")[0]
    return short + util.rand_hex(m.r, 24, upper=True) + "@" + server


def ms_boundary(m, kind):
    # _000_ alternative, _004_ mixed, _005_/_006_ related
    return "_%s_%s_" % (kind, re.sub(r"[^A-Za-z0-9]", "", m.msgid))


MS_BUILD = "15.20.9366.%d"


def m365(m, tenant_domain=None, region="eurprd05", out_ip=None, out_helo=None, out_rdns=None, lang="de-DE",
         sign=True, selector="selector1", consumer=False, tenant_id=None, upn=None, antispam_lang=None,
         arc=True, senderadcheck=True, extra_hdrs=None, scl=1):
    """Outlook (M365 tenant or Outlook.com) -> EOP -> mx01."""
    r = m.r
    server = m.meta.get("ms_server")
    if not server:
        server = _ms_server(r, region)
        m.meta["ms_server"] = server
    hub = _ms_server(r, region)
    build = MS_BUILD % r.randint(10, 40)
    if not m.msgid:
        m.msgid = ms_msgid(m, server)
    dom = tenant_domain or m.from_domain()
    t0 = m.t
    t1 = t0 + sec(1)
    t2 = t1 + sec(r.randint(0, 1))
    region_name = r.choice(["westeurope", "northeurope"])
    ip = out_ip or "52.101.%d.%d" % (r.choice([65, 66, 68, 69, 70, 71, 72, 73, 83, 84]), r.randint(1, 250))
    a, b, c, d = ip.split(".")
    rd = out_rdns or ("mail-%sazon%s.outbound.protection.outlook.com" % (
        region_name if not consumer else region_name + "azolkn", "11%03d%03d" % (int(c), int(d))))
    if consumer:
        rd = out_rdns or "mail-%sazolkn%s.outbound.protection.outlook.com" % (region_name, "19%03d%03d" % (int(c), int(d)))
    helo = out_helo or "%s%02dCU%03d.outbound.protection.outlook.com" % (
        r.choice(["DUZPR", "AM0PR", "DB3PR", "GVXPR", "PA4PR", "AS8PR"]), r.randint(2, 83), r.randint(1, 9))
    m.conn = {"helo": helo, "rdns": rd, "ip": ip, "t": t2, "tls": "1.3"}
    corr = util.uuid4(r)
    netid = util.uuid4(r)
    tid = tenant_id or ("84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if consumer else util.uuid4(r))
    hs = []
    if arc:
        hs.append(("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n\tb=" +
                   "\n\t ".join([x for x in [util.rand_b64(r, 256)[k:k + 72] for k in range(0, 344, 72)]])))
        hs.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n\t"
                   "s=arcselector10001;\n\th=From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                   "X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:"
                   "X-MS-Exchange-AntiSpam-MessageData-1;\n\tbh=%s;\n\tb=%s" % (
                       m.bh, "\n\t ".join([util.rand_b64(r, 256)[k:k + 72] for k in range(0, 344, 72)]))))
        hs.append(("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n\t dkim=none; arc=none"))
    if sign:
        hs.append(dkim_header(r, m, dom, selector, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                              "X-MS-Exchange-SenderADCheck" if senderadcheck else
                              "From:Date:Subject:Message-ID:Content-Type:MIME-Version"))
    hs.append(("Received", "from %s (%s)\n by %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, "
               "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
                   server, _ms_v6(r), hub, _ms_v6(r), build, rfc2822(t1, "UTC"))))
    fe = _ms_fe80(r)
    hs.append(("Received", "from %s\n ([%s]) by %s\n ([%s%%%d]) with mapi id %s; %s" % (
        server, fe, server, fe, r.randint(3, 7), build.replace(".%d" % int(build.split(".")[-1]), ".%03d" % int(build.split(".")[-1])), rfc2822(t0, "UTC"))))
    hs += basic(m, ("From", "Sender", "To", "Cc", "Subject"))
    hs.append(("Thread-Topic", util.hdr_text(re.sub(r"^((RE|AW|WG|FW|R|I|Odp|ΑΠ|RV|Re|Fwd|ΣΧΕΤ|FWD|PD):\s*)+", "", m.subject, flags=re.I),
                                             m.subj_cs or m.hcs, m.subj_mode or m.hmode)))
    hs.append(("Thread-Index", m.meta.get("thread_index") or
               base64.b64encode(bytes([1, 0xdb] + [r.getrandbits(8) for _ in range(20)])).decode()))
    hs.append(("Date", m.date("UTC")))
    hs.append(("Message-ID", "<%s>" % m.msgid))
    if m.refs:
        hs.append(("References", "\n ".join("<%s>" % x for x in m.refs)))
    if m.irt:
        hs.append(("In-Reply-To", "<%s>" % m.irt))
    if m.reply_to:
        hs.append(("Reply-To", m.addr(m.reply_to)))
    hs.append(("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"))
    hs.append(("Content-Language", lang))
    has_att = isinstance(m.root, mime.Multipart) and m.root.subtype == "mixed"
    hs.append(("X-MS-Has-Attach", "yes" if has_att else ""))
    hs.append(("X-MS-TNEF-Correlator", ""))
    hs.extend(m.extra)
    if consumer:
        hs.append(("x-ms-exchange-messagesentrepresentingtype", "1"))
        hs.append(("x-tmn", "[%s]" % util.rand_b64(r, 24)))
    else:
        hs.append(("msip_labels", ""))
        hs.append(("authentication-results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none "
                                             "header.from=%s;" % dom))
    hs.append(("x-ms-publictraffictype", "Email"))
    hs.append(("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (server.split(".")[0], hub.split(".")[0])))
    hs.append(("x-ms-office365-filtering-correlation-id", corr))
    if senderadcheck and not consumer:
        hs.append(("x-ms-exchange-senderadcheck", "1"))
        hs.append(("x-ms-exchange-antispam-relay", "0"))
    codes = r.sample(["13230040", "366016", "1800799024", "376014", "38070700018", "10070799003", "8096899003",
                      "7053199007", "15080799006", "461199028", "3412199025", "440099028"], 5)
    hs.append(("x-microsoft-antispam", "BCL:0;ARA:%s;" % "|".join(codes)))
    hs.append(("x-microsoft-antispam-message-info", "\n " + "\n ".join(
        ["=?us-ascii?Q?%s?=" % util.rand_alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
         for _ in range(6)])))
    hs.append(("x-forefront-antispam-report", "CIP:255.255.255.255;CTRY:;LANG:%s;SCL:%d;SRV:;IPV:NLI;SFV:NSPM;H:%s;"
               "PTR:;CAT:NONE;SFS:(%s);DIR:OUT;SFP:1101;" % (antispam_lang or lang.split("-")[0], scl, server,
                                                          ")(".join(codes))))
    hs.append(("x-ms-exchange-antispam-messagedata-chunkcount", "1"))
    hs.append(("x-ms-exchange-antispam-messagedata-0", "\n " + "\n ".join(
        ["=?us-ascii?Q?%s?=" % util.rand_alnum(r, 60) for _ in range(4)])))
    hs.append(("__MIME__", None))
    hs.append(("MIME-Version", "1.0"))
    if consumer:
        hs.append(("X-OriginatorOrg", "sct-15-20-7719-20-msonline-outlook-38779.templateTenant"))
    else:
        hs.append(("X-OriginatorOrg", dom))
    hs.append(("X-MS-Exchange-CrossTenant-AuthAs", "Internal"))
    hs.append(("X-MS-Exchange-CrossTenant-AuthSource", server))
    hs.append(("X-MS-Exchange-CrossTenant-Network-Message-Id", netid))
    if consumer:
        hs.append(("X-MS-Exchange-CrossTenant-rms-persistedconsumerorg", "00000000-0000-0000-0000-000000000000"))
    hs.append(("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s.%04d (UTC)" % (
        util.in_zone(t0, "UTC")[0].strftime("%d %b %Y %H:%M:%S"), r.randint(0, 9999))))
    hs.append(("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"))
    hs.append(("X-MS-Exchange-CrossTenant-id", tid))
    if not consumer:
        hs.append(("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"))
        hs.append(("X-MS-Exchange-CrossTenant-userprincipalname", upn or util.rand_b64(r, 45).replace("/", "x")))
    hs.append(("X-MS-Exchange-Transport-CrossTenantHeadersStamped", hub.split(".")[0]))
    if extra_hdrs:
        hs.extend(extra_hdrs)
    m.sys_headers = hs
    if sign:
        std_auth(m, dom, selector)
    m.envfrom = m.envfrom or m.from_[1]


# ------------------------------------------------------------------ internal Exchange 2019

EXCH = {"EXCH01": "10.20.1.11", "EXCH02": "10.20.1.12"}
EXCH_BUILD = "15.2.1748.%d"


def exchange(m, lang="de-DE", client_ip=None, mailbox="EXCH01", hub=None):
    r = m.r
    hub = hub or ("EXCH02" if mailbox == "EXCH01" else "EXCH01")
    if not m.msgid:
        m.msgid = "%s@%s.corp.example.com" % (util.rand_hex(r, 32), mailbox)
    build = EXCH_BUILD % r.choice([10, 24, 36])
    t0 = m.t
    t1 = t0 + sec(1)
    t2 = t1 + sec(r.randint(0, 1))
    qid = util.postfix_qid(r)
    hs = [
        ("Received", "from %s.corp.example.com (%s.corp.example.com [%s])\n\t%s\n\tby mail-int01.example.com "
                     "(Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                         hub, hub.lower(), EXCH[hub], TLS12.replace("\n\t(No client certificate requested)", ""),
                         qid, m.rcpt, rfc2822(t2, "DE", comment=True))),
        ("Received", "from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server\n "
                     "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n %s; %s" % (
                         mailbox, EXCH[mailbox], hub, EXCH[hub], build, rfc2822(t1, "DE"))),
        ("Received", "from %s.corp.example.com ([%s]) by %s.corp.example.com\n ([%s]) with mapi id %s;\n %s" % (
            mailbox, _ms_fe80(r), mailbox, _ms_fe80(r) + "%13", build.replace(build.split(".")[-1], "%03d" % int(build.split(".")[-1])),
            rfc2822(t0, "DE"))),
    ]
    hs += basic(m, ("From", "Sender", "To", "Cc", "Subject"))
    hs.append(("Thread-Topic", util.hdr_text(re.sub(r"^((RE|AW|WG|FW|R|I|Odp|RV|Re|Fwd|ΑΠ|ΠΡΘ|ΣΧΕΤ|PD|Пересл|Ответ):\s*)+", "", m.subject, flags=re.I),
                                             m.subj_cs or m.hcs, m.subj_mode or m.hmode)))
    hs.append(("Thread-Index", m.meta.get("thread_index") or
               base64.b64encode(bytes([1, 0xdb] + [r.getrandbits(8) for _ in range(20)])).decode()))
    hs.append(("Date", m.date(m.date_zone)))
    hs.append(("Message-ID", "<%s>" % m.msgid))
    if m.refs:
        hs.append(("References", " ".join("<%s>" % x for x in m.refs)))
    if m.irt:
        hs.append(("In-Reply-To", "<%s>" % m.irt))
    hs.append(("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"))
    hs.append(("Content-Language", lang))
    has_att = isinstance(m.root, mime.Multipart) and m.root.subtype == "mixed"
    hs.append(("X-MS-Has-Attach", "yes" if has_att else ""))
    hs.append(("X-MS-TNEF-Correlator", ""))
    hs.extend(m.extra)
    hs.append(("x-ms-exchange-transport-fromentityheader", "Hosted"))
    hs.append(("x-originating-ip", "[%s]" % (client_ip or "10.20.%d.%d" % (r.randint(30, 60), r.randint(10, 240)))))
    hs.append(("__MIME__", None))
    hs.append(("MIME-Version", "1.0"))
    m.sys_headers = hs
    m.conn = {"helo": "mail-int01.example.com", "rdns": "mail-int01.example.com", "ip": "10.20.0.25",
              "t": t2 + sec(1), "tls": "1.3", "auth": False}
    m.envfrom = m.envfrom or m.from_[1]


def exchange_boundary(m, kind):
    return "_%s_%s_" % (kind, re.sub(r"[^A-Za-z0-9]", "", m.msgid))


# ------------------------------------------------------------------ Gmail / Google Workspace

def gmail(m, workspace=False, selector=None, sor=False, xmailer=None, ip=None, host=None, features=True,
          dkim_domain=None, order=None, forms=False):
    r = m.r
    if not m.msgid:
        m.msgid = "CA%s%s@mail.gmail.com" % (r.choice(["+", "F", "J", "K", "L", "M", "N", "O"]),
                                             util.rand_alnum(r, 56, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="))
    hostpref = r.choice(["mail-wr1-f", "mail-ej1-f", "mail-ed1-f", "mail-lf1-f", "mail-wm1-f", "mail-pl1-f"])
    ipl = ip or "209.85.%d.%d" % (r.choice([128, 167, 208, 218, 221]), r.randint(40, 99))
    if sor:
        hostname = host or "mail-sor-f%d.google.com" % int(ipl.split(".")[-1])
    else:
        hostname = host or "%s%d.google.com" % (hostpref, int(ipl.split(".")[-1]))
    t0 = m.t
    t1 = t0 + sec(r.randint(0, 1))
    t2 = t1 + sec(1)
    sid = "%s-%s%s.%d" % (util.rand_hex(r, 16), util.rand_hex(r, 8), util.rand_hex(r, 6), r.randint(1, 9))
    hs = []
    hs.append(("Received", "by %s with SMTP id %s\n        for <%s>%s; %s" % (
        hostname, sid, m.rcpt, " (Google Transport Security)" if sor else "", rfc2822(t1, "US-P", comment=True))))
    dd = dkim_domain or m.from_domain()
    sel = selector or ("20230601" if not workspace else "google")
    ts = epoch(t0)
    hs.append(dkim_header(r, m, dd, sel, "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n\t "
                                         ":date:message-id:reply-to", t=ts, x=ts + 604800,
                          extra=["darn=example.com"]))
    if not forms:
        xg = dkim_header(r, m, "1e100.net", "20230601",
                         "x-gm-message-state:to:subject:message-id:date:from:mime-version\n\t "
                         ":x-gm-gg:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to",
                         t=ts, x=ts + 604800, extra=["darn=example.com"])
        hs.append(("X-Google-DKIM-Signature", xg[1]))
        hs.append(("X-Gm-Message-State", "AOJu0Y" + util.rand_alnum(r, 64) + "\n\t" + util.rand_alnum(r, 40) + "=="))
        hs.append(("X-Gm-Gg", "ASbGnc" + util.rand_alnum(r, 70) + "\n\t" + util.rand_alnum(r, 70)))
    hs.append(("X-Google-Smtp-Source", "AGHT+IE" + util.rand_alnum(r, 60) + "=="))
    xr_id = "%s%s" % (util.rand_alnum(r, 2, "abcdefghijklmnopqrstuvwxyz0123456789"), util.rand_hex(r, 30))
    hs.append(("X-Received", "by 2002:a%02x:%x:b0:%x:%x:%x with SMTP id\n %s.%d.%d;\n        %s" % (
        r.randint(1, 99), r.randint(0x1000, 0xffff), r.randint(0x100, 0xfff), r.randint(0x1000, 0xffff),
        r.randint(0x1000, 0xffff), xr_id, r.randint(1, 30), epoch(t1) * 1000 + r.randint(0, 999),
        rfc2822(t1, "US-P", comment=True))))
    if order is None:
        order = ["MIME-Version", "References", "In-Reply-To", "From", "Date"]
        order += ["__FEAT__", "Message-ID", "Subject", "To", "Cc", "Reply-To", "__EXTRA__", "__MIME__"]
    for h in order:
        if h == "__FEAT__":
            if features and not forms:
                hs.append(("X-Gm-Features", "AX0GCF" + util.rand_alnum(r, 48) + "\n\t" + util.rand_alnum(r, 30)))
        elif h == "References":
            if m.refs:
                hs.append(("References", " ".join("<%s>" % x for x in m.refs)))
        else:
            hs.extend(basic(m, (h,)))
    m.sys_headers = hs
    m.conn = {"helo": hostname, "rdns": hostname, "ip": ipl, "t": t2, "tls": "1.3"}
    m.envfrom = m.envfrom or m.from_[1]
    std_auth(m, dd, sel)


def gmail_boundary(m):
    return "0000000000%s" % util.rand_hex(m.r, 18)


# ------------------------------------------------------------------ United Internet (GMX, WEB.DE, IONOS)

def united(m, brand="gmx", webmail=False, client_ip=None, ua_ip=None, dkim_sel=None):
    r = m.r
    t0 = m.t
    cip = client_ip or "%d.%d.%d.%d" % (r.choice([91, 93, 84, 87, 79, 88]), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))
    if brand == "gmx":
        out_host, out_ip, relay, rid, dom = "mout.gmx.net", "212.227.17.%d" % r.choice([20, 21, 22]), "mail.gmx.net", "mrgmx%03d" % r.randint(1, 110), m.from_domain()
        relay_ip = "212.227.17.%d" % r.randint(160, 200)
        wm = "web-mail.gmx.net", "3c-app-gmx-bap%02d" % r.randint(1, 70)
        sel = dkim_sel or "s31663417"
        ucls = "724b4f7f-cbec-4199-ad4e-598c01a50d3a"
    elif brand == "webde":
        out_host, out_ip, relay, rid, dom = "mout.web.de", "217.72.192.%d" % r.choice([78, 79]), "mail.web.de", "mrweb%03d" % r.randint(1, 110), "web.de"
        relay_ip = "213.165.67.%d" % r.randint(100, 125)
        wm = "web-mail.web.de", "3c-app-webde-bap%02d" % r.randint(1, 70)
        sel = dkim_sel or "s29768273"
        ucls = "814a7b36-bfc1-4dae-8640-3722d8ec6cd6"
    else:  # ionos
        out_host, out_ip, relay, rid, dom = "mout.kundenserver.de", "212.227.126.%d" % r.choice([130, 131, 133, 134, 135, 187]), "mrelayeu.kundenserver.de", "mreue%03d" % r.randint(1, 120), m.from_domain()
        relay_ip = "212.227.15.%d" % r.randint(160, 190)
        wm = None
        sel = dkim_sel or "s1-ionos"
        ucls = None
    if not m.msgid:
        if webmail and wm:
            m.msgid = "trinity-%s-%d@%s" % (util.uuid4(r), epoch(t0) * 1000 + r.randint(0, 999), wm[1])
        else:
            m.msgid = m.msgid or "%s@%s" % (util.uuid4(r), m.from_domain())
    t1 = t0 + sec(r.randint(0, 1))
    t2 = t1 + sec(1)
    hs = []
    nem = "1M%s-1%s" % (util.rand_alnum(r, 4), util.rand_alnum(r, 20))
    if webmail and wm:
        hs.append(("Received", "from [%s] ([%s]) by %s\n (%s) with HTTP; %s" % (
            ua_ip or cip, ua_ip or cip, wm[0], wm[1], rfc2822(t0, "DE"))))
        hs.insert(0, ("Received", "from %s ([%s]) by %s (%s [%s]) with ESMTPA (Nemesis) id\n %s; %s" % (
            wm[1], "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), relay, rid, relay_ip, nem,
            rfc2822(t1, "DE"))))
    else:
        hs.append(("Received", "from [192.168.%d.%d] ([%s]) by %s (%s [%s])\n with ESMTPSA (Nemesis) id %s; %s" % (
            r.choice([0, 1, 2, 178]), r.randint(2, 60), cip, relay, rid, relay_ip, nem, rfc2822(t1, "DE"))))
    ts = epoch(t1)
    if brand != "ionos":
        hs.insert(0, dkim_header(r, m, dom, sel, "X-UI-Sender-Class:Message-ID:Date:MIME-Version:Subject:To:From:\n\t "
                                                 "Content-Type:cc:content-transfer-encoding:content-type:date:from:message-id:\n\t "
                                                 "mime-version:reply-to:subject:to", t=ts, x=ts + 31536000, i=m.from_[1]))
        hs.insert(1, ("X-UI-Sender-Class", ucls))
    hd = basic(m, ("Message-ID", "Date", "MIME-Version", "__EXTRA__", "Subject", "To", "Cc", "References", "In-Reply-To",
                   "From", "Reply-To", "__MIME__"))
    if webmail:
        hd = [("MIME-Version", "1.0")] + [h for h in basic(m, ("Message-ID", "From", "To", "Cc", "Subject"))] + \
             [("__MIME__", None)] + basic(m, ("Date",)) + [("Importance", "normal"), ("Sensitivity", "Normal")] + \
             basic(m, ("In-Reply-To", "References", "Reply-To")) + m.extra + [("X-Priority", "3"), ("X-UI-Message-Type", "mail")]
    hs += hd
    hs.append(("X-Provags-ID", "V03:K1:%s\n %s" % (util.rand_alnum(r, 66), util.rand_alnum(r, 40))))
    hs.append(("X-Spam-Flag", "NO"))
    hs.append(("UI-OutboundReport", "notjunk:1;M01:P0:%s=;%s" % (util.rand_alnum(r, 11), util.rand_alnum(r, 60))))
    hs.append(("X-UI-Out-Filterresults", "notjunk:1;V03:K0:%s=" % util.rand_alnum(r, 11)))
    if brand == "ionos":
        hs = [h for h in hs if h[0] not in ("X-Spam-Flag",)]
    m.sys_headers = hs
    m.conn = {"helo": out_host, "rdns": out_host, "ip": out_ip, "t": t2, "tls": "1.3"}
    m.envfrom = m.envfrom or m.from_[1]
    if brand != "ionos":
        std_auth(m, dom, sel)
    else:
        m.auth = m.auth or {"dkim": [], "spf": "pass"}


# ------------------------------------------------------------------ own Postfix relay (+ MUA)

def postfix(m, host, ip, rdns=None, client="thunderbird", client_ip=None, client_host=None, dkim_dom=None,
            dkim_sel=None, amavis=True, tls="1.3", submission_tls=True, extra_rcv=None, mua_order=None,
            helo=None, msgid_host=None, date_zone=None, sign=True):
    """A company's own Postfix submission/relay host sending straight to mx01."""
    r = m.r
    t0 = m.t
    t1 = t0 + sec(r.randint(0, 2))
    t2 = t1 + sec(r.randint(1, 3))
    if not m.msgid:
        if client == "thunderbird":
            m.msgid = "%s@%s" % (util.uuid4(r), msgid_host or m.from_domain())
        elif client == "outlook":
            m.msgid = "%s$%s$%s@%s" % ("000001db" + util.rand_hex(r, 4), util.rand_hex(r, 8), util.rand_hex(r, 8),
                                       msgid_host or m.from_domain())
        elif client == "app":
            m.msgid = "%s.%s@%s" % (t0.strftime("%Y%m%d%H%M%S"), util.rand_hex(r, 12), msgid_host or host)
        elif client == "roundcube":
            m.msgid = "%s@%s" % (util.rand_hex(r, 32), msgid_host or m.from_domain())
        else:
            m.msgid = "%s@%s" % (util.rand_alnum(r, 24), msgid_host or host)
    hs = []
    cip = client_ip or "192.168.%d.%d" % (r.randint(0, 30), r.randint(10, 250))
    ch = client_host or "unknown"
    amv = []
    if amavis:
        amv = [("X-Virus-Scanned", "amavis at %s" % host.split(".", 1)[1])]
    qid = util.postfix_qid(r)
    sub = "ESMTPSA" if submission_tls else "ESMTPA"
    rcv = "from [%s] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with %s id %s;\n\t%s" % (
        cip if client != "app" else "localhost", ch, cip, m.from_[1] if client != "app" else (m.envfrom or m.from_[1]),
        host, sub, qid, rfc2822(t1, date_zone or m.date_zone, comment=True))
    if client == "app":
        rcv = "from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s" % (
            host, qid, rfc2822(t1, date_zone or m.date_zone, comment=True))
    if client == "roundcube":
        rcv = "from [127.0.0.1] (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
            m.from_[1], host, qid, rfc2822(t1, date_zone or m.date_zone, comment=True))
    if extra_rcv:
        hs.extend(extra_rcv)
    if sign:
        dd = dkim_dom or m.from_domain()
        hs.append(dkim_header(r, m, dd, dkim_sel or "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t=epoch(t1)))
    hs.append(("Received", rcv))
    hs.extend(amv)
    if client == "thunderbird":
        order = mua_order or ("__MIME__", "Message-ID", "Date", "MIME-Version", "__EXTRA__", "Subject", "To", "Cc",
                              "References", "From", "Reply-To", "In-Reply-To")
        # Thunderbird: Content-Type first, then ...; we emit in its usual order
        hd = basic(m, ("Message-ID", "Date", "MIME-Version", "__EXTRA__", "Subject", "To", "Cc", "References",
                       "From", "Reply-To", "In-Reply-To", "__MIME__"))
    elif client == "outlook":
        hd = basic(m, ("From", "To", "Cc", "References", "In-Reply-To", "Reply-To", "Subject", "Date", "Message-ID",
                       "MIME-Version", "__MIME__", "__EXTRA__"))
        hd.append(("Thread-Index", m.meta.get("thread_index") or
                   base64.b64encode(bytes([1, 0xdb] + [r.getrandbits(8) for _ in range(20)])).decode()))
        hd.append(("Content-Language", m.meta.get("content_language", "de")))
    elif client == "roundcube":
        hd = basic(m, ("MIME-Version", "Date", "From", "To", "Cc", "Subject", "Reply-To", "In-Reply-To", "References",
                       "Message-ID"))
        hd.append(("X-Sender", m.from_[1]))
        hd.extend(m.extra)
        hd.append(("__MIME__", None))
        if m.meta.get("rc_http"):
            hs.insert(hs.index(("Received", rcv)) + 1, ("Received", "from %s ([%s])\n\tby %s\n\twith HTTP (HTTP/1.1 POST); %s" % (
                m.meta["rc_http"], m.meta["rc_http"], m.meta.get("rc_host", host), rfc2822(t0, date_zone or m.date_zone))))
    else:
        hd = basic(m, mua_order or ("Date", "From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "In-Reply-To",
                                    "References", "__EXTRA__", "MIME-Version", "__MIME__"))
    hs += hd
    m.sys_headers = hs
    m.conn = {"helo": helo or host, "rdns": rdns if rdns is not None else host, "ip": ip, "t": t2, "tls": tls}
    m.envfrom = m.envfrom or m.from_[1]
    if sign:
        std_auth(m, dkim_dom or m.from_domain(), dkim_sel or "mail")


# ------------------------------------------------------------------ cPanel / Exim (+PHPMailer)

def exim_cpanel(m, server, server_ip, rdns=None, phpmailer=False, script_host=None, auth_user=None,
                dkim_sel="default", client_ip=None, uid="[1027 1025]", xmailer=None, mua_order=None, sign=True,
                date_zone=None, exim="4.98.1"):
    r = m.r
    t0 = m.t
    t1 = t0 + sec(r.randint(0, 1))
    dom = m.from_domain() if not m.sender else m.sender[1].split("@")[1]
    if not m.msgid:
        if phpmailer:
            m.msgid = "%s@%s" % (util.rand_alnum(r, 43), script_host or "www." + dom)
        else:
            m.msgid = "%s@%s" % (util.rand_hex(r, 32), dom)
    eid = "1v%s-%s-%s" % (util.rand_alnum(r, 4), util.rand_alnum(r, 7), util.rand_alnum(r, 2))
    envf = m.envfrom or (auth_user or m.from_[1])
    hs = []
    if sign:
        hs.append(dkim_header(r, m, dom, dkim_sel, "Content-Type:MIME-Version:Message-ID:Subject:From:To:Date:\n\t "
                                                   "Sender:Reply-To:Cc:Content-Transfer-Encoding:Content-ID:\n\t "
                                                   "Content-Description:Resent-Date:Resent-From:Resent-Sender:\n\t "
                                                   "Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:\n\t "
                                                   "List-Id:List-Help:List-Unsubscribe:List-Subscribe:List-Post:\n\t "
                                                   "List-Owner:List-Archive", q=True))
    if phpmailer:
        hs.append(("Received", "from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t"
                               "(Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
                                   server_ip, r.randint(33000, 60000), script_host or "www." + dom, server, exim, envf, eid,
                                   m.rcpt, rfc2822(t1, date_zone or m.date_zone))))
    else:
        cip = client_ip or "%d.%d.%d.%d" % (r.randint(46, 95), r.randint(1, 254), r.randint(1, 254), r.randint(1, 254))
        hs.append(("Received", "from [%s] (port=%d helo=[192.168.1.%d])\n\tby %s with esmtpsa  (TLS1.3) tls "
                               "TLS_AES_128_GCM_SHA256\n\t(Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
                                   cip, r.randint(49000, 65000), r.randint(2, 99), server, exim, envf, eid, m.rcpt,
                                   rfc2822(t1, date_zone or m.date_zone))))
    if phpmailer:
        hd = basic(m, mua_order or ("Date", "To", "From", "Reply-To", "Subject", "Message-ID", "__EXTRA__",
                                    "MIME-Version", "__MIME__"))
        hd.insert(hd.index(("Message-ID", "<%s>" % m.msgid)) + 1, ("X-Mailer", xmailer or "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"))
    else:
        hd = basic(m, mua_order or ("Message-ID", "Date", "MIME-Version", "__EXTRA__", "Subject", "To", "Cc",
                                    "References", "From", "Reply-To", "In-Reply-To", "__MIME__"))
    hs += hd
    hs += [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
           ("X-AntiAbuse", "Primary Hostname - %s" % server),
           ("X-AntiAbuse", "Original Domain - %s" % m.rcpt.split("@")[1]),
           ("X-AntiAbuse", "Originator/Caller UID/GID - %s / [47 12]" % uid),
           ("X-AntiAbuse", "Sender Address Domain - %s" % dom),
           ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, auth_user or m.from_[1])),
           ("X-Authenticated-Sender", "%s: %s" % (server, auth_user or m.from_[1])),
           ("X-Source", ""), ("X-Source-Args", ""), ("X-Source-Dir", "")]
    m.sys_headers = hs
    m.conn = {"helo": server, "rdns": rdns if rdns is not None else server, "ip": server_ip, "t": t1 + sec(1), "tls": "1.3"}
    m.envfrom = envf
    if sign:
        std_auth(m, dom, dkim_sel)


# ------------------------------------------------------------------ home.pl

def homepl(m, cloudserver="cloudserver094114", ip="79.96.170.134", client="thunderbird", client_ip=None,
           client_rdns=None):
    r = m.r
    t0 = m.t
    t1 = t0 + sec(r.randint(0, 1))
    if not m.msgid:
        if client == "thunderbird":
            m.msgid = "%s@%s" % (util.uuid4(r), m.from_domain())
        else:
            m.msgid = "%s$%s$%s@%s" % ("000001db" + util.rand_hex(r, 4), util.rand_hex(r, 8), util.rand_hex(r, 8),
                                       m.from_domain())
    if client_ip is None:
        c3, c4 = r.randint(1, 254), r.randint(1, 254)
        cip = "89.64.%d.%d" % (c3, c4)
        crd = "89-64-%d-%d.dynamic.chello.pl" % (c3, c4)
    else:
        cip = client_ip
        crd = client_rdns or "unknown"
    host = "%s.home.pl" % cloudserver
    hs = [("Received", "from [192.168.%d.%d] (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\t"
                       "for <%s>; %s" % (r.randint(0, 10), r.randint(2, 200), crd, cip,
                                         host, util.postfix_qid(r), m.rcpt, rfc2822(t1, "PL", comment=True))),
          ("Received", "from localhost (127.0.0.1) (HELO v370.home.net.pl)\n by /usr/run/smtp (/usr/run/postfix/private/"
                       "idea_relay_lmtp) via UNIX with SMTP (IdeaSmtpServer 6.3.1)\n id %s; %s" % (
                           util.rand_hex(r, 16), rfc2822(t1 + sec(1), "PL"))),
          ]
    hs = [hs[1], hs[0]]
    hs.insert(0, dkim_header(r, m, m.from_domain(), "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t=epoch(t1)))
    hs += [("X-CLIENT-IP", cip), ("X-CLIENT-HOSTNAME", crd if crd != "unknown" else cip)]
    hs += [("X-VADE-SPAMSTATE", "clean"), ("X-VADE-SPAMCAUSE",
                                            "\n " + "\n ".join(util.rand_alnum(r, 70, "abcdefghijklmnopqrstuvwxyz") for _ in range(4))),
           ("X-DCC--Metrics", "v370.home.net.pl 1024; Body=%d Fuz1=%d Fuz2=%d" % (r.randint(2, 9), r.randint(2, 9), r.randint(2, 9)))]
    if client == "thunderbird":
        hs += basic(m, ("Message-ID", "Date", "MIME-Version", "__EXTRA__", "Subject", "To", "Cc", "References",
                        "From", "In-Reply-To", "Reply-To", "__MIME__"))
    else:
        hs += basic(m, ("From", "To", "Cc", "References", "In-Reply-To", "Subject", "Date", "Message-ID",
                        "MIME-Version", "__MIME__", "__EXTRA__"))
        hs.append(("Thread-Index", base64.b64encode(bytes([1, 0xdb] + [r.getrandbits(8) for _ in range(20)])).decode()))
        hs.append(("Content-Language", "pl"))
    m.sys_headers = hs
    m.conn = {"helo": host, "rdns": host, "ip": ip, "t": t1 + sec(2), "tls": "1.3"}
    m.envfrom = m.envfrom or m.from_[1]
    std_auth(m, m.from_domain(), "default")


# ------------------------------------------------------------------ bulk senders

def ses(m, region="eu-west-1", dkim_sel=None, dom_sign=True, ip=None, feedback=None, mail_from=None, xmailer=None,
        order=None):
    r = m.r
    m.date_zone = "UTC"
    t0 = m.t
    mid = "0102019%s-%s-%s-%s-%s-000000" % (util.rand_hex(r, 6), util.rand_hex(r, 8), util.rand_hex(r, 4),
                                            util.rand_hex(r, 4), util.rand_hex(r, 12))
    m.msgid = m.msgid or "%s@%s.amazonses.com" % (mid, region)
    ipx = ip or "23.251.%d.%d" % (r.choice([226, 232, 234, 240, 245]), r.randint(2, 250))
    a, b, c, d = ipx.split(".")
    host = "e%s-%s.smtp-out.%s.amazonses.com" % (c, d, region)
    ts = epoch(t0)
    hs = []
    dom = m.from_domain()
    if dom_sign:
        hs.append(dkim_header(r, m, dom, dkim_sel or util.rand_alnum(r, 32, "abcdefghijklmnopqrstuvwxyz234567"),
                              "Subject:From:To:Date:Mime-Version:Content-Type:Message-ID", c="relaxed/simple", q=True,
                              t=ts))
    hs.append(dkim_header(r, m, "amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv" if region == "us-east-1" else
                          "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "Subject:From:To:Date:Mime-Version:Content-Type:Message-ID:"
                                                              "Feedback-ID", c="relaxed/simple", q=True, t=ts))
    o = order or ("Subject", "From", "Reply-To", "To", "Date", "MIME-Version", "__MIME__", "Message-ID", "__EXTRA__")
    hs += basic(m, o)
    hs.append(("Feedback-ID", feedback or "::1.%s.%s=:AmazonSES" % (region, util.rand_alnum(r, 43))))
    hs.append(("X-SES-Outgoing", "%s-%s" % (util.in_zone(t0, "UTC")[0].strftime("%Y.%m.%d"), ipx)))
    m.sys_headers = hs
    m.conn = {"helo": host, "rdns": host, "ip": ipx, "t": t0 + sec(1), "tls": "1.3"}
    m.envfrom = m.envfrom or mail_from or "%s@%s.amazonses.com" % (mid, region)
    ed = m.envfrom.split("@")[1]
    dk = [("pass", "amazonses.com", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn")]
    if dom_sign:
        dk.insert(0, ("pass", dom, "x"))
    m.auth = m.auth or {"dkim": dk, "spf": "pass", "dmarc": "pass" if dom_sign else "fail"}


def sendgrid(m, sg_host=None, ip=None, em_dom=None, order=None, dkim_dom=None):
    r = m.r
    m.date_zone = "UTC"
    t0 = m.t
    geo = "geopod-ismtpd-%d" % r.randint(1, 40)
    sgid = util.rand_alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    m.msgid = m.msgid or "%s@%s" % (sgid, geo)
    ipx = ip or "149.72.%d.%d" % (r.randint(1, 250), r.randint(1, 250))
    dom = m.from_domain()
    emd = em_dom or "em%d.%s" % (r.randint(1000, 9999), dom)
    host = sg_host or "o%d.ptr%d.%s" % (r.randint(1, 9), r.randint(1000, 9999), dom)
    fd = "filterdrecv-%s-%s" % (util.rand_hex(r, 9), util.rand_alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    hs = [("Received", "by %s with SMTP id %s-1-%s-%X\n\t%s.%09d +0000 UTC m=+%d.%09d" % (
        fd, fd, util.rand_hex(r, 8, upper=True), r.randint(10, 99), util.in_zone(t0 + sec(1), "UTC")[0].strftime("%Y-%m-%d %H:%M:%S"),
        r.randint(0, 999999999), r.randint(100000, 9999999), r.randint(0, 999999999))),
        ("Received", "from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)" % (
            util.rand_alnum(r, 12), geo, sgid, util.in_zone(t0, "UTC")[0].strftime("%a, %d %b %Y %H:%M:%S"),
            r.randint(0, 999)))]
    hs.insert(0, dkim_header(r, m, dkim_dom or dom, "s1", "content-type:from:mime-version:subject:reply-to:\n\t "
                                                          "x-feedback-id:to:cc:content-type:from:subject:to", t=epoch(t0)))
    o = order or ("__MIME__", "Date", "From", "MIME-Version", "Message-ID", "Reply-To", "Subject", "__EXTRA__")
    hs += basic(m, o)
    hs.append(("X-Feedback-ID", "%d:SG" % r.randint(10000000, 49999999)))
    hs.append(("X-SG-EID", "\n =?us-ascii?Q?%s?=\n =?us-ascii?Q?%s?=" % (util.rand_alnum(r, 60), util.rand_alnum(r, 40))))
    hs.append(("X-SG-ID", "\n =?us-ascii?Q?%s?=" % util.rand_alnum(r, 60)))
    hs += basic(m, ("To", "Cc"))
    hs.append(("X-Entity-ID", "u001.%s==" % util.rand_alnum(r, 22)))
    m.sys_headers = hs
    m.conn = {"helo": host, "rdns": host, "ip": ipx, "t": t0 + sec(2), "tls": "1.3"}
    uid = r.randint(10000000, 49999999)
    m.envfrom = m.envfrom or "bounces+%d-%s-%s=%s@%s" % (uid, util.rand_hex(r, 4), m.rcpt.split("@")[0], m.rcpt.split("@")[1], emd)
    m.auth = m.auth or {"dkim": [("pass", dkim_dom or dom, "s1")], "spf": "pass"}


def mailgun(m, mg_dom=None, ip=None, order=None):
    r = m.r
    m.date_zone = "UTC"
    t0 = m.t
    mgd = mg_dom or "mg." + m.from_domain()
    m.msgid = m.msgid or "%s.%s@%s" % (util.in_zone(t0, "UTC")[0].strftime("%Y%m%d%H%M%S"), util.rand_hex(r, 16), mgd)
    ipx = ip or "159.135.%d.%d" % (r.choice([224, 228, 232, 236]), r.randint(2, 250))
    host = "m%s-%s.mailgun.net" % (ipx.split(".")[2], ipx.split(".")[3])
    hs = [dkim_header(r, m, mgd, "mx", "Content-Transfer-Encoding: Content-Type: Mime-Version: Subject: Subject:\n\t "
                                       "From: From: To: To: Date: Message-Id: Reply-To: Sender: Sender",
                      a="rsa-sha256", c="relaxed/relaxed", q=True, t=epoch(t0)),
          ("X-Mailgun-Sid", "Wy" + util.rand_alnum(r, 60) + "="),
          ("Received", "by %s with HTTP id %s; %s" % (util.rand_hex(r, 40), util.rand_hex(r, 24),
                                                     util.in_zone(t0, "UTC")[0].strftime("%a, %d %b %Y %H:%M:%S") + " GMT")),
          ("X-Mailgun-Sending-Ip", ipx),
          ("Sender", m.from_[1] if not m.sender else m.sender[1])]
    o = order or ("Date", "__MIME__", "Subject", "From", "To", "Reply-To", "Message-ID", "MIME-Version", "__EXTRA__")
    hs += basic(m, o)
    hs = [h for h in hs if not (h[0] == "MIME-Version" and False)]
    m.sys_headers = hs
    m.conn = {"helo": host, "rdns": host, "ip": ipx, "t": t0 + sec(1), "tls": "1.3"}
    m.envfrom = m.envfrom or "bounce+%s.%s-%s=%s@%s" % (util.rand_hex(r, 6), util.rand_hex(r, 6), m.rcpt.split("@")[0],
                                                        m.rcpt.split("@")[1], mgd)
    m.auth = m.auth or {"dkim": [("pass", mgd, "mx")], "spf": "pass",
                        "dmarc": "pass" if mgd.endswith(m.from_domain()) else "fail"}


def brevo(m, ip=None, order=None, sign_dom=True):
    r = m.r
    m.date_zone = "UTC"
    t0 = m.t
    m.msgid = m.msgid or "%s.%d@smtp-relay.mailin.fr" % (util.in_zone(t0, "UTC")[0].strftime("%Y%m%d%H%M"),
                                                          r.randint(10 ** 10, 10 ** 11))
    ipx = ip or "77.32.148.%d" % r.randint(10, 60)
    host = "m%s.mail.brevo.com" % ipx.replace(".", "-")
    host = "%s.smtp-out.brevo.com" % util.rand_alnum(r, 8, "abcdefghijklmnopqrstuvwxyz")
    acc = r.randint(1000000, 9999999)
    hs = []
    if sign_dom:
        hs.append(dkim_header(r, m, m.from_domain(), "brevo1", "Content-Type:MIME-Version:Date:Subject:Reply-To:From:To:\n\t "
                                                               "Message-Id:List-Unsubscribe:List-Unsubscribe-Post", t=epoch(t0)))
    hs.append(dkim_header(r, m, "sendibm2.com", "mail", "Content-Type:MIME-Version:Date:Subject:Reply-To:From:To:\n\t "
                                                        "Message-Id:List-Unsubscribe", t=epoch(t0)))
    hs += basic(m, order or ("__MIME__", "MIME-Version", "Date", "Subject", "Reply-To", "From", "To", "Message-ID",
                             "__EXTRA__"))
    hs += [("Origin-messageId", "<%s@smtp-relay.mailin.fr>" % util.rand_alnum(r, 24)),
           ("X-sib-id", util.rand_alnum(r, 120)[:110]),
           ("X-Mailer", "Sendinblue"),
           ("X-CSA-Complaints", "csa-complaints@eco.de"),
           ("X-Mailin-EID", util.rand_b64(r, 45)),
           ("Feedback-ID", "%s:%d_-1:%d:Sendinblue" % (ipx, acc, acc))]
    m.sys_headers = hs
    m.conn = {"helo": host, "rdns": host, "ip": ipx, "t": t0 + sec(1), "tls": "1.3"}
    m.envfrom = m.envfrom or "bounces-%d-%s=%s@bounces.mailin.fr" % (acc, util.rand_hex(r, 8), m.rcpt.replace("@", "="))
    dk = [("pass", "sendibm2.com", "mail")]
    if sign_dom:
        dk.insert(0, ("pass", m.from_domain(), "brevo1"))
    m.auth = m.auth or {"dkim": dk, "spf": "pass", "dmarc": "pass" if sign_dom else "fail"}


def mailchimp(m, server="us14", order=None):
    r = m.r
    m.date_zone = "UTC"
    t0 = m.t
    ipx = "198.2.%d.%d" % (r.choice([128, 131, 134, 137, 180]), r.randint(2, 250))
    host = "mail%d.atl%d.mcdlv.net" % (int(ipx.split(".")[3]), r.randint(11, 281))
    cid = util.rand_hex(r, 10)
    m.msgid = m.msgid or "%s.%s@mail%d.atl%d.mcdlv.net" % (util.rand_hex(r, 20), r.randint(10 ** 6, 10 ** 7),
                                                             int(ipx.split(".")[3]), r.randint(11, 281))
    uid = util.rand_hex(r, 25)
    lid = util.rand_hex(r, 10)
    hs = [dkim_header(r, m, m.from_domain(), "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t "
                                                   "List-Unsubscribe-Post:Content-Type:MIME-Version:CC", t=epoch(t0)),
          dkim_header(r, m, "mcsv.net", "k3", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t "
                                              "List-Unsubscribe-Post:Content-Type:MIME-Version:CC", t=epoch(t0)),
          ("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4d%s\n\tfor <%s>; %s" % (
              host, util.rand_alnum(r, 12), m.rcpt, rfc2822(t0, "UTC")))]
    hs += basic(m, order or ("Subject", "From", "Reply-To", "To", "Date", "Message-ID"))
    hs += [("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (cid, uid[:10])),
           ("X-Campaign", "mailchimp%s.%s" % (uid, cid)),
           ("X-campaignid", "mailchimp%s.%s" % (uid, cid)),
           ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (
               uid, cid, util.rand_hex(r, 10))),
           ("X-MC-User", uid),
           ("Feedback-ID", "%d:%d:%s:mailchimp" % (r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 7, 10 ** 8), cid)),
           ("List-ID", "%s mc list <%s.%s.list-id.mcsv.net>" % (m.meta.get("list_name", "Newsletter"), uid, lid))]
    hs += m.extra
    hs += [("X-Accounttype", "pr"), ("x-mcda", "FALSE"), ("__MIME__", None), ("MIME-Version", "1.0")]
    m.sys_headers = hs
    m.conn = {"helo": host, "rdns": host, "ip": ipx, "t": t0 + sec(2), "tls": "1.3"}
    m.envfrom = m.envfrom or "bounce-mc.%s_%s.%s-%s=%s@%s" % (server, uid, cid, m.rcpt.split("@")[0],
                                                             m.rcpt.split("@")[1], host)
    m.auth = m.auth or {"dkim": [("pass", m.from_domain(), "k2"), ("pass", "mcsv.net", "k3")], "spf": "pass"}


# ------------------------------------------------------------------ Yandex / Mail.ru

def yandex(m, web=True):
    r = m.r
    t0 = m.t
    fw = "forward%d%s.mail.yandex.net" % (r.choice([100, 101, 102, 500, 501, 502]), r.choice("ab"))
    ip = "178.154.239.%d" % r.randint(72, 220)
    nw = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.randint(10, 99), r.choice(["vla", "sas", "klg", "iva"]))
    if not m.msgid:
        m.msgid = "%d%d@mail.yandex.ru" % (epoch(t0), r.randint(100000, 999999)) if web else "%s@%s" % (util.uuid4(r), m.from_domain())
    t1 = t0 + sec(1)
    hs = [("Received", "from %s (%s [IPv6:2a02:6b8:c0c:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
        nw, nw, r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff), fw, util.rand_alnum(r, 10, "0123456789ABCDEF"),
        m.rcpt, rfc2822(t1, "RU", comment=True))),
        ("Received", "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (
            nw, util.rand_alnum(r, 10), util.rand_alnum(r, 8), rfc2822(t0 + sec(1), "RU")))]
    hs.append(("X-Yandex-Fwd", "1"))
    hs.append(dkim_header(r, m, m.from_domain(), "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t=epoch(t0)))
    hs.append(("Authentication-Results", "%s; dkim=pass" % nw))
    hs += basic(m, ("From", "To", "Cc", "In-Reply-To", "References", "Subject", "MIME-Version", "Date",
                    "Message-ID", "__EXTRA__", "__MIME__"))
    if web:
        hs.append(("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"))
    m.sys_headers = hs
    m.conn = {"helo": fw, "rdns": fw, "ip": ip, "t": t1 + sec(1), "tls": "1.3"}
    m.envfrom = m.envfrom or m.from_[1]
    std_auth(m, m.from_domain(), "mail")


def mailru(m):
    r = m.r
    t0 = m.t
    n = r.randint(20, 60)
    host = "smtp%d.i.mail.ru" % n
    ip = "95.163.41.%d" % r.randint(60, 99)
    if not m.msgid:
        m.msgid = "%d.%s@%s" % (epoch(t0), util.rand_hex(r, 12), m.from_domain())
    hs = [dkim_header(r, m, m.from_domain(), "mailru", "From:To:Subject:MIME-Version:Content-Type:Date:Message-ID", t=epoch(t0)),
          ("Received", "by exim-smtp-%s-%s with esmtpa (envelope-from <%s>)\n\tid 1v%s-%s-%s; %s" % (
              util.rand_hex(r, 10), util.rand_alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), m.from_[1],
              util.rand_alnum(r, 4), util.rand_alnum(r, 11), util.rand_alnum(r, 4), rfc2822(t0 + sec(1), "RU")))]
    hs += basic(m, ("Message-ID", "Date", "MIME-Version", "__EXTRA__", "Subject", "To", "Cc", "References", "From",
                    "In-Reply-To", "__MIME__"))
    hs += [("X-Mailru-Src", "smtp"), ("X-7564579A", "646B95376F6C166E"),
           ("X-77F55803", "4F1203BC0FB41BD9" + util.rand_hex(r, 40, upper=True)),
           ("X-7FA49CB5", "FF5795518A3D127A4AD6D5ED66289B5278DA827A17800CE7" + util.rand_hex(r, 30, upper=True)),
           ("X-Mailru-Sender", util.rand_hex(r, 80, upper=True)), ("X-Mras", "Ok")]
    m.sys_headers = hs
    m.conn = {"helo": host, "rdns": host, "ip": ip, "t": t0 + sec(2), "tls": "1.3"}
    m.envfrom = m.envfrom or m.from_[1]
    std_auth(m, m.from_domain(), "mailru")


# ------------------------------------------------------------------ t-online

def tonline(m):
    r = m.r
    t0 = m.t
    fwd = "fwd%d.aul.t-online.de" % r.randint(70, 99)
    out = "mailout%02d.t-online.de" % r.randint(1, 12)
    ip = "194.25.134.%d" % r.choice([16, 17, 18, 19, 20, 21, 80, 81, 82, 83, 84, 85])
    if not m.msgid:
        m.msgid = "%s@t-online.de" % util.uuid4(r)
    t1 = t0 + sec(1)
    hs = [("Received", "from %s (%s [10.223.144.%d])\n\tby %s (Postfix) with SMTP id %s\n\tfor <%s>; %s" % (
        fwd, fwd, r.randint(10, 200), out, util.rand_hex(r, 10, upper=True), m.rcpt, rfc2822(t1 + sec(1), "DE", comment=True))),
        ("Received", "from [192.168.2.%d] ([%d.%d.%d.%d]) by %s\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n\t"
                     "esmtp id 1v%s-%s; %s" % (r.randint(100, 130), r.choice([84, 87, 91, 93, 217]), r.randint(1, 254),
                                               r.randint(1, 254), r.randint(1, 254), fwd, util.rand_alnum(r, 4),
                                               util.rand_alnum(r, 7), rfc2822(t1, "DE")))]
    hs += basic(m, ("Message-ID", "Date", "MIME-Version", "__EXTRA__", "Subject", "To", "Cc", "References", "From",
                    "In-Reply-To", "__MIME__"))
    hs += [("X-TOI-EXPURGATEID", "150726::%d-%s-%s/0/0 CLEAN NORMAL" % (epoch(t1), util.rand_hex(r, 8, upper=True),
                                                                        util.rand_hex(r, 8, upper=True))),
           ("X-TOI-MSGID", util.uuid4(r))]
    m.sys_headers = hs
    m.conn = {"helo": out, "rdns": out, "ip": ip, "t": t1 + sec(2), "tls": "1.3"}
    m.envfrom = m.envfrom or m.from_[1]
    m.auth = m.auth or {"dkim": [], "spf": "pass", "dmarc": "pass"}


# ------------------------------------------------------------------ generic platform (custom relay)

def platform(m, host, ip, rdns=None, dkim_list=(), rcv_extra=None, order=None, msgid=None, tls="1.3", spf="pass",
             dmarc=None, envfrom=None, pre=None):
    """Transactional platforms (DocuSign, Dropbox, Microsoft, banks, authorities): one outbound hop."""
    r = m.r
    t0 = m.t
    if msgid:
        m.msgid = msgid
    hs = []
    if pre:
        hs.extend(pre)
    for d, s, h in dkim_list:
        hs.append(dkim_header(r, m, d, s, h, t=epoch(t0)))
    if rcv_extra:
        hs.extend(rcv_extra)
    hs += basic(m, order or ("Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__",
                             "__EXTRA__"))
    m.sys_headers = hs
    m.conn = {"helo": host, "rdns": rdns if rdns is not None else host, "ip": ip, "t": t0 + sec(r.randint(1, 3)), "tls": tls}
    m.envfrom = envfrom or m.envfrom or m.from_[1]
    m.auth = m.auth or {"dkim": [("pass", d, s) for d, s, _ in dkim_list], "spf": spf, "dmarc": dmarc}


# ------------------------------------------------------------------ STRATO

def strato(m, client_ip=None, mua="thunderbird"):
    r = m.r
    t0 = m.t
    t1 = t0 + sec(1)
    node = r.choice(["mo4-p00-ob", "mo4-p01-ob", "mo6-p00-ob", "mo4-p05-ob"])
    host = "%s.smtp.rzone.de" % node
    ip = "85.215.255.%d" % r.choice([20, 21, 22, 23, 40, 41, 42, 80, 81, 82])
    if not m.msgid:
        m.msgid = "%s@%s" % (util.uuid4(r), m.from_domain())
    ts = epoch(t1)
    arc_b = "\n\t ".join(util.rand_b64(r, 256)[k:k + 72] for k in range(0, 344, 72))
    hs = [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n\td=strato.com; s=strato-dkim-0002;\n\tb=%s" % (ts, arc_b)),
          ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; t=%d;\n\ts=strato-dkim-0002; d=strato.com;\n\t"
           "h=Subject:To:From:Date:Message-ID:Cc:Date:From:Subject:Sender;\n\tbh=%s;\n\tb=%s" % (
               ts, m.bh, "\n\t ".join(util.rand_b64(r, 256)[k:k + 72] for k in range(0, 344, 72)))),
          ("ARC-Authentication-Results", "i=1; strato.com;\n    arc=none;\n    dkim=none"),
          ("X-RZG-CLASS-ID", "mo00"),
          dkim_header(r, m, m.from_domain(), "strato-dkim-0002", "Subject:To:From:Date:Message-ID:Cc:Date:From:Subject:Sender",
                      t=ts),
          ("X-RZG-AUTH", '":%s="' % util.rand_b64(r, 54).rstrip("=")),
          ("Received", "from [192.168.178.%d]\n    by smtp.strato.de (RZmta 51.3.0 AUTH)\n    with ESMTPSA id %s\n"
                       "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client did not present a certificate)\n"
                       "    for <%s>;\n    %s" % (r.randint(20, 60), util.rand_alnum(r, 15, "abcdef0123456789"), m.rcpt,
                                                  rfc2822(t1, "DE", comment=True)))]
    if mua == "thunderbird":
        hs += basic(m, ("Message-ID", "Date", "MIME-Version", "__EXTRA__", "Subject", "To", "Cc", "References", "From",
                        "Reply-To", "In-Reply-To", "__MIME__"))
    else:
        hs += basic(m, ("From", "To", "Subject", "Date", "Message-ID", "Reply-To", "__EXTRA__", "MIME-Version", "__MIME__"))
    m.sys_headers = hs
    m.conn = {"helo": host, "rdns": host, "ip": ip, "t": t1 + sec(1), "tls": "1.3"}
    m.envfrom = m.envfrom or m.from_[1]
    std_auth(m, m.from_domain(), "strato-dkim-0002")


# ------------------------------------------------------------------ Zoho Mail (EU)

def zoho(m):
    r = m.r
    t0 = m.t
    t1 = t0 + sec(1)
    if not m.msgid:
        m.msgid = "%x.%s.%d@%s" % (epoch(t0) * 1000 + r.randint(0, 999), util.rand_hex(r, 16), r.randint(10 ** 18, 10 ** 19 - 1),
                                   m.from_domain())
    ip = "185.20.211.%d" % r.randint(10, 250)
    host = "sender4-op-o%d.zoho.eu" % r.randint(10, 19)
    ts = epoch(t1)
    hs = [("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n\td=zohomail.eu; s=zohoarc;\n\tb=%s" % (
        ts, "\n\t ".join(util.rand_b64(r, 256)[k:k + 72] for k in range(0, 344, 72)))),
          ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc;\n\tt=%d;\n\t"
           "h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To:Cc;\n\t"
           "bh=%s;\n\tb=%s" % (ts, m.bh, "\n\t ".join(util.rand_b64(r, 256)[k:k + 72] for k in range(0, 344, 72)))),
          ("ARC-Authentication-Results", "i=1; mx.zohomail.eu;\n\tdkim=pass  header.i=%s;\n\tspf=pass  smtp.mailfrom=%s;\n\t"
           "dmarc=pass header.from=<%s>" % (m.from_domain(), m.from_[1], m.from_[1])),
          dkim_header(r, m, m.from_domain(), "zmail", "Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:"
                      "MIME-Version:Content-Type:Reply-To", t=ts),
          ("Received", "from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%d; %s" % (
              epoch(t1), r.randint(100, 999), rfc2822(t1, "UTC", comment=False).replace("+0000", "-0800") if False else
              util.in_zone(t1, "UTC")[0].strftime("%a, %d %b %Y %H:%M:%S +0000 (UTC)")))]
    hs += basic(m, ("Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "Subject", "MIME-Version",
                    "__MIME__", "__EXTRA__"))
    hs += [("Importance", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")]
    m.sys_headers = hs
    m.conn = {"helo": host, "rdns": host, "ip": ip, "t": t1 + sec(1), "tls": "1.3"}
    m.envfrom = m.envfrom or m.from_[1]
    std_auth(m, m.from_domain(), "zmail")


def zoho_boundary(m):
    return "----=_Part_%d_%d.%d" % (m.r.randint(10 ** 6, 10 ** 7), m.r.randint(10 ** 8, 10 ** 9), epoch(m.t) * 1000)


# ------------------------------------------------------------------ internal appliance via mail-int01

def internal_app(m, host, ip, helo=None, msgid_host=None, order=None):
    r = m.r
    t0 = m.t
    if not m.msgid:
        m.msgid = "%s.%s@%s" % (util.in_zone(t0, "UTC")[0].strftime("%Y%m%d%H%M%S"), util.rand_hex(r, 10), msgid_host or host)
    qid = util.postfix_qid(r)
    hs = [("Received", "from %s (%s [%s])\n\tby mail-int01.example.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        helo or host, host, ip, qid, m.rcpt, rfc2822(t0 + sec(1), "DE", comment=True)))]
    hs += basic(m, order or ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "__MIME__", "__EXTRA__"))
    m.sys_headers = hs
    m.conn = {"helo": "mail-int01.example.com", "rdns": "mail-int01.example.com", "ip": "10.20.0.25",
              "t": t0 + sec(2), "tls": "1.3", "auth": False}
    m.envfrom = m.envfrom or m.from_[1]
