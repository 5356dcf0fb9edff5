"""Sending mail systems: trace headers, provider headers, DKIM/ARC, and mx01's own
Received line and Authentication-Results, as mx01.example.com would have stored the message."""
import base64
import calendar

from . import mime
from .util import (rfc_date, plus, rstr, rhex, rb64, rb64url, ruuid, postfix_qid, postfix_qid_short,
                   ALNUM, HEXU)

MX = "mx01.example.com"


class Ctx:
    """Everything a sending system needs to write its headers."""

    def __init__(self, rng, t, from_name, from_addr, to, subject, root, zone="DE", cc=None, reply_to=None,
                 msgid=None, in_reply_to=None, references=None, env_from=None, rcpt=None, lang="de-DE",
                 extra=None, subj_cs="utf-8", subj_enc="B", subj_mode="whole", name_cs=None, name_enc=None,
                 date_zone=None):
        self.rng = rng
        self.t = t
        self.from_name = from_name
        self.from_addr = from_addr
        self.to = to
        self.cc = cc or []
        self.reply_to = reply_to
        self.subject = subject
        self.root = root
        self.zone = zone
        self.date_zone = date_zone or zone
        self.msgid = msgid
        self.in_reply_to = in_reply_to
        self.references = references
        self.env_from = env_from or from_addr
        self.rcpt = rcpt or [a for _, a in to if a.endswith(("example.com", "examplegroup.eu"))][0]
        self.lang = lang
        self.extra = extra or []
        self.subj_cs, self.subj_enc, self.subj_mode = subj_cs, subj_enc, subj_mode
        self.name_cs = name_cs or subj_cs
        self.name_enc = name_enc or subj_enc
        self.body = mime.body_bytes(root)
        self.bh_relaxed = mime.relaxed_body_hash(self.body)
        self.bh_simple = mime.simple_body_hash(self.body)
        self.auth = {"spf": None, "dkim": [], "dmarc": None}

    # header helpers ------------------------------------------------------
    def subj(self, fold="\n "):
        return mime.hdr(self.subject, self.subj_cs, self.subj_enc, self.subj_mode, fold=fold)

    def a(self, name, address, **kw):
        kw.setdefault("charset", self.name_cs)
        kw.setdefault("enc", self.name_enc)
        return mime.addr(name, address, **kw)

    def from_h(self, **kw):
        return self.a(self.from_name, self.from_addr, **kw)

    def to_h(self, sep=", ", **kw):
        return sep.join(self.a(n, x, **kw) for n, x in self.to)

    def cc_h(self, sep=", ", **kw):
        return sep.join(self.a(n, x, **kw) for n, x in self.cc)

    def date(self, t=None, zone=None, comment=False):
        return rfc_date(t or self.t, zone or self.date_zone, comment)

    def ts(self, t=None):
        return calendar.timegm((t or self.t).utctimetuple())


# ---------------------------------------------------------------- helpers
def _fold_b(b, first, indent, width=72):
    """Fold a long base64 value into nearly equal pieces (no stray one-character lines)."""
    import math
    n = max(1, math.ceil((len(b) + first) / float(width - len(indent))))
    size = math.ceil(len(b) / float(n))
    return ("\n" + indent).join(b[i:i + size] for i in range(0, len(b), size))


def dkim(ctx, d, s, h, c="relaxed/relaxed", style="opendkim", t=None, x=None, i=None, q=False, bits=2048,
         result="pass", extra=""):
    """Build a DKIM-Signature value and record mx01's verification result."""
    r = ctx.rng
    bh = ctx.bh_relaxed if c.endswith("/relaxed") else ctx.bh_simple
    b = rb64(r, bits // 8)
    ts = ctx.ts(t if t is not None else plus(ctx.t, 1))
    if style == "google":
        ind = "        "
        v = "v=1; a=rsa-sha256; c=%s;\n%sd=%s; s=%s; t=%d;%s%s\n%sh=%s;\n%sbh=%s;\n%sb=%s" % (
            c, ind, d, s, ts, (" x=%d;" % (ts + x)) if x else "", extra, ind, h, ind, bh, ind,
            _fold_b(b, 10, ind, 78))
    elif style == "ms":
        v = "v=1; a=rsa-sha256; c=%s; d=%s;\n s=%s;\n h=%s;\n bh=%s;\n b=%s" % (c, d, s, h, bh, b)
    elif style == "ses":
        v = "v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s" % (
            c, s, d, ts, h, bh, _fold_b(b, 3, "\t", 76))
    elif style == "sendgrid":
        v = "v=1; a=rsa-sha256; c=%s; d=%s;\n\th=%s;\n\ts=%s; bh=%s;\n\tb=%s" % (c, d, h, s, bh, _fold_b(b, 3, "\t", 76))
    elif style == "mailgun":
        v = "a=rsa-sha256; v=1; c=%s; d=%s;\n q=dns/txt; s=%s; t=%d;\n h=%s;\n bh=%s;\n b=%s" % (
            c, d, s, ts, h, bh, _fold_b(b, 3, " ", 76))
    elif style == "zoho":
        v = "v=1; a=rsa-sha256; q=dns/txt; c=%s; t=%d;\n\ts=%s; d=%s; i=%s;\n\th=%s;\n\tbh=%s;\n\tb=%s" % (
            c, ts, s, d, i, h, bh, _fold_b(b, 3, "\t", 76))
    elif style == "exim":
        v = "v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\td=%s; s=%s; h=%s;\n\tbh=%s; b=%s" % (
            c, d, s, h, bh, _fold_b(b, 3 + len(bh) + 6, "\t", 76))
    else:  # opendkim
        v = "v=1; a=rsa-sha256; c=%s; d=%s;\n\ts=%s; t=%d;%s\n\tbh=%s;\n\th=%s;\n\tb=%s" % (
            c, d, s, ts, (" i=%s;" % i) if i else "", bh, h, _fold_b(b, 3, "\t", 70))
    ctx.auth["dkim"].append((result, d, s, b[:8], bits, i))
    return v


def arc_ms(ctx, spf_dom, from_dom, dkim_dom):
    r = ctx.rng
    bh = ctx.bh_relaxed
    seal = "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s" % rb64(r, 256)
    ams = ("i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n "
           "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
           "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s" % (bh, rb64(r, 256)))
    aar = ("i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none\n header.from=%s; dkim=pass\n "
           "header.d=%s; arc=none" % (spf_dom, from_dom, dkim_dom))
    return [("ARC-Seal", seal), ("ARC-Message-Signature", ams), ("ARC-Authentication-Results", aar)]


def thread_index(r, depth=0):
    return base64.b64encode(bytes([1]) + bytes(r.getrandbits(8) for _ in range(21 + 5 * depth))).decode()


def ms_server(r, region="eurprd04"):
    import re as _re
    mm = _re.fullmatch(r"(eur|gbr|nam|apc)p(\d+)", region)
    if mm:
        pre = r.choice({"eur": ["AS8P", "VI1P", "DU0P", "PA4P", "DB9P", "AM7P"], "gbr": ["LO2P", "LO4P", "CWLP", "LO0P", "CWXP"],
                        "nam": ["CH3P", "SJ0P", "BN8P", "DM6P"], "apc": ["SY4P", "ME3P"]}[mm.group(1)])
        return "%s%sMB%04d.%sP%s.PROD.OUTLOOK.COM" % (pre, mm.group(2), r.randint(1000, 9999), mm.group(1).upper(), mm.group(2))
    pre = r.choice(["AM9", "AS8", "DB9", "VI1", "PA4", "DU0", "GV1", "DB8", "AM0", "PR3"])
    if region.startswith("nam"):
        pre = r.choice(["CH3", "SJ0", "BN8", "DM6", "MW4", "CO1", "SA1"])
    return "%sPR%02dMB%d.%s.prod.outlook.com" % (pre, int(region[-2:]), r.randint(1000, 9999), region)


def ms_msgid(r, server):
    return "<%s%s@%s>" % (server.split(".")[0], rstr(r, 24, HEXU), server)


def ipv6_ms(r):
    return "2603:10a6:%x:%x::%x" % (r.randint(0x10, 0x8ff), r.randint(0x1, 0x4ff), r.randint(1, 0x3f))


# ---------------------------------------------------------------- MUA header blocks
def mua_outlook(ctx, server, accept="de-DE, en-US", has_attach=False, depth=0, tz="+0000", extra_x=None,
                exchange_org=None, ms_internal=True, onprem=False, orig_ip=None):
    r = ctx.rng
    h = [("From", ctx.from_h()), ("To", ctx.to_h())]
    if ctx.cc:
        h.append(("CC", ctx.cc_h()))
    h.append(("Subject", ctx.subj()))
    h.append(("Thread-Topic", mime.hdr(_strip_prefix(ctx.subject), ctx.subj_cs, ctx.subj_enc, ctx.subj_mode)))
    h.append(("Thread-Index", thread_index(r, depth)))
    h.append(("Date", ctx.date(zone="UTC") if not onprem else ctx.date()))
    h.append(("Message-ID", ctx.msgid))
    if ctx.references:
        h.append(("References", ctx.references))
    if ctx.in_reply_to:
        h.append(("In-Reply-To", ctx.in_reply_to))
    if ctx.reply_to:
        h.append(("Reply-To", ctx.reply_to))
    h.append(("Accept-Language", accept))
    h.append(("Content-Language", accept.split(",")[0]))
    h.append(("X-MS-Has-Attach", "yes" if has_attach else ""))
    h.append(("X-MS-TNEF-Correlator", ""))
    if onprem:
        h.append(("x-ms-exchange-messagesentrepresentingtype", "1"))
        h.append(("x-ms-exchange-transport-fromentityheader", "Hosted"))
        h.append(("x-originating-ip", "[%s]" % orig_ip))
    h += ctx.extra
    if extra_x:
        h += extra_x
    return h


def _strip_prefix(s):
    for p in ("AW: ", "WG: ", "RE: ", "Re: ", "FW: ", "Fwd: ", "R: ", "I: ", "ODP: ", "PD: ", "RV: ", "Απ: ", "ΑΠ: ", "Ответ: ", "RE: RE: "):
        while s.startswith(p):
            s = s[len(p):]
    return s


# ---------------------------------------------------------------- systems
class Result:
    def __init__(self, trace, client, spf, dmarc, mail_from=None, tls=True, note="", recv=None, extra_top=None):
        self.trace = trace          # headers below mx01's own lines (top first), incl. MUA headers
        self.client = client        # (helo, rdns or None, ip)
        self.spf = spf              # (result, domain)
        self.dmarc = dmarc          # (result, policy, from domain) or None
        self.mail_from = mail_from
        self.tls = tls
        self.note = note
        self.recv = recv            # time mx01 received
        self.extra_top = extra_top or []


def m365(ctx, tenant_dom, region="eurprd04", eop="EUR03-DBA-obe", eop_host=None, ip=None, accept="de-DE, en-US",
         has_attach=False, depth=0, dkim_dom=None, dkim_sel="selector1", spf="pass", dmarc=("pass", "quarantine"),
         consumer=False, sent_as=None, scl=1, lang_code="de", ms_sender_note=None, client_ip=None, ids=None):
    """Microsoft 365 / Exchange Online (also outlook.com consumer when consumer=True)."""
    r = ctx.rng
    s1 = ids[0] if ids else ms_server(r, region)
    s2 = ms_server(r, region)
    ctx.msgid = ctx.msgid or (ids[1] if ids else ms_msgid(r, s1))
    t1 = plus(ctx.t, r.randint(1, 3))
    t2 = plus(t1, r.randint(1, 4))
    dom = ctx.from_addr.split("@")[1]
    dkim_dom = dkim_dom or dom
    tenant_id = ruuid(r)
    if ip is None:
        ip = "40.107.%d.%d" % (r.choice([20, 21, 22, 104, 105, 130, 131, 159, 162]), r.randint(20, 250))
    last = ip.split(".")
    host = eop_host or "mail-%s%s%son2%s.outbound.protection.outlook.com" % (
        eop.split("-")[1].lower(), eop.split("-")[0][:3].lower(), eop.split("-")[0][3:5], last[-1].rjust(3, "0"))
    h = []
    h += arc_ms(ctx, ctx.env_from.split("@")[1], dom, dkim_dom)
    sel = dkim_sel
    h.append(("DKIM-Signature", dkim(ctx, dkim_dom, sel,
                                     "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                                     style="ms")))
    h.append(("Received", "from %s (%s)\n by %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, "
              "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                  s1, ipv6_ms(r), s2, ipv6_ms(r), r.randint(8800, 9400), r.randint(10, 40), ctx.date(t1, "UTC"))))
    fe = "fe80::%x:%x:%x:%x" % tuple(r.randint(0, 0xffff) for _ in range(4))
    h.append(("Received", "from %s\n ([%s]) by %s\n ([%s%%%d]) with mapi id 15.20.%d.%03d; %s" % (
        s1, fe, s1, fe, r.randint(3, 7), r.randint(8800, 9400), r.randint(10, 40), ctx.date(ctx.t, "UTC"))))
    mua = mua_outlook(ctx, s1, accept=accept, has_attach=has_attach, depth=depth)
    h += mua
    xs = []
    xs.append(("authentication-results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;" % dom))
    xs.append(("x-ms-publictraffictype", "Email"))
    xs.append(("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (s1.split(".")[0], s2.split(".")[0])))
    xs.append(("x-ms-office365-filtering-correlation-id", ruuid(r)))
    xs.append(("x-ms-exchange-senderadcheck", "1"))
    xs.append(("x-ms-exchange-antispam-relay", "0"))
    xs.append(("x-microsoft-antispam", "BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;"))
    xs.append(("x-microsoft-antispam-message-info", "\n " .join(_chunks(rb64(r, 900), 76))))
    xs.append(("x-forefront-antispam-report",
               "CIP:255.255.255.255;CTRY:;LANG:%s;SCL:%d;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;"
               "SFS:(13230040)(1800799024)(366016)(376014)(38070700018);DIR:OUT;SFP:1101;" % (lang_code, scl, s1)))
    xs.append(("x-ms-exchange-antispam-messagedata-chunkcount", "1"))
    xs.append(("x-ms-exchange-antispam-messagedata-0", "\n ".join(_chunks(rb64(r, 1500), 76))))
    h += xs
    h.append(("__MIME__", None))
    h.append(("MIME-Version", "1.0"))
    tail = [("X-OriginatorOrg", dom),
            ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
            ("X-MS-Exchange-CrossTenant-AuthSource", s1),
            ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid(r)),
            ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s.%04d\n (UTC)" % (
                _ms_arrival(ctx.t), r.randint(0, 9999))),
            ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
            ("X-MS-Exchange-CrossTenant-id", tenant_id),
            ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"),
            ("X-MS-Exchange-CrossTenant-userprincipalname", rb64(r, 66)),
            ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", s2.split(".")[0])]
    if consumer:
        tail = [("X-OriginatorOrg", "outlook.com"),
                ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid(r)),
                ("X-MS-Exchange-CrossTenant-rms-persistedconsumerorg", "00000000-0000-0000-0000-000000000000"),
                ("X-MS-Exchange-CrossTenant-AuthSource", s1),
                ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
                ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s.%04d\n (UTC)" % (_ms_arrival(ctx.t), r.randint(0, 9999))),
                ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                ("X-MS-Exchange-CrossTenant-id", "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"),
                ("X-MS-Exchange-CrossTenant-RMS-PersistedConsumerOrg", "00000000-0000-0000-0000-000000000000"),
                ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", s2.split(".")[0])]
        # consumer mail carries x-tmn and the client IP is hidden
        for i, (k, v) in enumerate(h):
            if k == "x-ms-publictraffictype":
                h.insert(i, ("x-tmn", "[%s]" % rstr(r, 32, ALNUM)))
                break
    h += tail
    res = Result(h, (eop + ".outbound.protection.outlook.com", host, ip), (spf, ctx.env_from.split("@")[1]),
                 (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t2, r.randint(1, 3)))
    return res


def _ms_arrival(t):
    return "%02d %s %d %02d:%02d:%02d" % (t.day, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                                   "Nov", "Dec"][t.month - 1], t.year, t.hour, t.minute, t.second)


def _chunks(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def exchange_internal(ctx, server="EXCH01", hub="EXCH02", orig_ip="10.20.1.54", accept="de-DE, en-US",
                      has_attach=False, depth=0, iphone=False, ids=None):
    r = ctx.rng
    srv = "%s.corp.example.com" % server
    hubf = "%s.corp.example.com" % hub
    ctx.msgid = ctx.msgid or (ids[1] if ids else "<%s@%s>" % (rhex(r, 32), srv))
    t1 = plus(ctx.t, r.randint(0, 1))
    t2 = plus(t1, r.randint(1, 2))
    t3 = plus(t2, r.randint(0, 2))
    fe = "fe80::%x:%x:%x:%x" % tuple(r.randint(0, 0xffff) for _ in range(4))
    ips = {"EXCH01": "10.20.0.31", "EXCH02": "10.20.0.32"}
    h = [("Received", "from %s (%s [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t"
          "(No client certificate requested)\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
              hubf.split(".")[0] + ".corp.example.com", hubf.lower(), ips[hub], postfix_qid(r), ctx.rcpt,
              ctx.date(t3, "DE", True))),
         ("Received", "from %s (%s) by %s\n (%s) with Microsoft SMTP Server\n (version=TLS1_2, "
          "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1748.24; %s" % (
              srv, ips[server], hubf, ips[hub], ctx.date(t2, "DE"))),
         ("Received", "from %s ([%s]) by\n %s ([%s%%13]) with mapi id\n 15.02.1748.024; %s" % (
             srv, fe, srv, fe, ctx.date(t1, "DE")))]
    h += mua_outlook(ctx, srv, accept=accept, has_attach=has_attach, depth=depth, onprem=True, orig_ip=orig_ip)
    h.append(("__MIME__", None))
    h.append(("MIME-Version", "1.0"))
    return Result(h, ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"), None, None,
                  recv=plus(t3, r.randint(1, 2)))


def postfix_relay(ctx, relay, relay_ip, submit_from, mua_headers, dkim_dom=None, dkim_sel="mail", spf="pass",
                  dmarc=("pass", "none"), auth_user=None, tls_sub=True, extra_mid=None, dkim_c="relaxed/simple",
                  local_hops=None, zone=None, dkim_result="pass"):
    """Organisation's own Postfix relay with OpenDKIM. submit_from: (helo, rdns, ip) of the client."""
    r = ctx.rng
    zone = zone or ctx.zone
    t1 = plus(ctx.t, r.randint(1, 3))
    h = []
    if dkim_dom:
        h.append(("DKIM-Signature", dkim(ctx, dkim_dom, dkim_sel, "Date:From:To:Subject:From", c=dkim_c,
                                         style="opendkim", result=dkim_result)))
    if extra_mid:
        h += extra_mid
    helo, rdns, ip = submit_from
    tls = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 "
           "server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)") if tls_sub else ""
    authl = ("\n\t(Authenticated sender: %s)" % auth_user) if auth_user else ""
    h.append(("Received", "from %s (%s [%s])%s%s\n\tby %s (Postfix) with ESMTP%s id %s;\n\t%s" % (
        helo, rdns or "unknown", ip, tls, authl, relay, ("SA" if auth_user else "") if tls_sub else ("A" if auth_user else ""),
        postfix_qid(r), ctx.date(t1, zone, True))))
    if local_hops:
        h += local_hops
    h += mua_headers
    return Result(h, (relay, relay, relay_ip), (spf, ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], ctx.from_addr.split("@")[1]) if dmarc else None, recv=plus(t1, r.randint(1, 4)))


def gmail(ctx, workspace_dom=None, host_kind=None, mua=None, dkim_dom=None, x_headers=None, dmarc=("pass", "none"),
          service=False):
    """Gmail / Google Workspace web client."""
    r = ctx.rng
    kinds = [("wm1", "209.85.128."), ("ej1", "209.85.218."), ("lf1", "209.85.167."), ("ed1", "209.85.208."),
             ("wr1", "209.85.221."), ("pl1", "209.85.214."), ("lj1", "209.85.208."), ("qk1", "209.85.222.")]
    k, pfx = host_kind or r.choice(kinds)
    n = r.randint(41, 99) if k != "pl1" else r.randint(170, 199)
    host = "mail-%s-f%d.google.com" % (k, n)
    ip = pfx + str(n)
    t1 = plus(ctx.t, r.randint(0, 1))
    smtp_id = "%s-%s%s.%d" % (rhex(r, 10), rhex(r, 11), "so" + str(r.randint(1000000, 9999999)) + "e9", r.randint(0, 9))
    ctx.msgid = ctx.msgid or "<CA%s@mail.gmail.com>" % (rstr(r, 6, ALNUM) + rstr(r, 40, ALNUM + "+=-_"))
    dom = ctx.from_addr.split("@")[1]
    h = []
    h.append(("Received", "by %s with SMTP id %s\n        for <%s>; %s" % (host, smtp_id, ctx.rcpt, ctx.date(t1, "US-P", True))))
    sel = "20230601" if not workspace_dom else "google"
    h.append(("DKIM-Signature", dkim(ctx, dkim_dom or dom, sel,
                                     "to:subject:message-id:date:from:in-reply-to:references:mime-version\n         "
                                     ":from:to:cc:subject:date:message-id:reply-to" if ctx.in_reply_to else
                                     "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         "
                                     ":date:message-id:reply-to",
                                     style="google", t=ctx.t, x=604800, extra=" darn=%s;" % ctx.rcpt.split("@")[1])))
    if not service:
        h.append(("X-Google-DKIM-Signature", dkim(ctx, "1e100.net", "20230601",
                                                  "x-gm-message-state:to:subject:message-id:date:from:mime-version\n"
                                                  "         :x-gm-gg:from:to:cc:subject:date:message-id:reply-to",
                                                  style="google", t=ctx.t, x=604800, result=None)))
        ctx.auth["dkim"].pop()
        h.append(("X-Gm-Message-State", "AOJu0Y" + rb64(r, 60)))
        h.append(("X-Gm-Gg", "ASbGnc" + "\n\t".join(_chunks(rb64(r, 270), 76))))
    h.append(("X-Google-Smtp-Source", "AGHT+I" + rb64(r, 55)))
    h.append(("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id\n %s; %s" % (
        r.randint(0x6000, 0x6fff), r.randint(0x1000, 0xffff), r.randint(0x300, 0x4ff), r.randint(0x1000, 0xffff),
        r.randint(0x1000, 0xffff), smtp_id.replace("so", "mr", 1), ctx.date(t1, "US-P", True))))
    if x_headers:
        h += x_headers
    h.append(("MIME-Version", "1.0"))
    if mua:
        h += mua
    else:
        h.append(("From", ctx.from_h()))
        h.append(("Date", ctx.date()))
        if ctx.references:
            h.append(("References", ctx.references))
        if ctx.in_reply_to:
            h.append(("In-Reply-To", ctx.in_reply_to))
        h.append(("Message-ID", ctx.msgid))
        h.append(("Subject", ctx.subj()))
        h.append(("To", ctx.to_h()))
        if ctx.cc:
            h.append(("Cc", ctx.cc_h()))
        if ctx.reply_to:
            h.append(("Reply-To", ctx.reply_to))
        h += ctx.extra
    h.append(("__MIME__", None))
    return Result(h, (host, host, ip), ("pass", ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t1, r.randint(1, 2)))


def ses(ctx, region="eu-west-1", dom_sel=None, mail_from_dom=None, extra=None, dmarc=("pass", "none"),
        feedback=None, dkim_dom=None, mua=None):
    r = ctx.rng
    a = r.choice([7, 8, 27, 4])
    n = r.randint(10, 60)
    pfx = {"eu-west-1": "54.240.", "us-east-1": "54.240.", "us-west-2": "54.240.", "eu-central-1": "69.169."}[region]
    ip = "%s%d.%d" % (pfx, a if region != "eu-central-1" else 224 + a % 8, n)
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (a, n, region)
    if region == "eu-central-1":
        host = "a%d-%d.smtp-out.%s.amazonses.com" % (224 + a % 8, n, region)
    mid = "%s-%s-%s-%s-%s-000000" % ("0102019" + rhex(r, 9), rhex(r, 8), rhex(r, 4), rhex(r, 4), rhex(r, 12)) \
        if region.startswith("eu") else "%s-%s-%s-%s-%s-000000" % ("0100019" + rhex(r, 9), rhex(r, 8), rhex(r, 4),
                                                                      rhex(r, 4), rhex(r, 12))
    ctx.msgid = ctx.msgid or "<%s@%s.amazonses.com>" % (mid, region)
    if mail_from_dom:
        ctx.env_from = "bounce+%s@%s" % (rhex(r, 8), mail_from_dom)
    else:
        ctx.env_from = "%s@%s.amazonses.com" % (mid, region)
    dom = ctx.from_addr.split("@")[1]
    amz_sel = {"eu-west-1": "uku4taia5b5tsbglxyj6zym32efj7xqv", "us-east-1": "224i4yxa5dv7c2xz3womw6peuasteono",
               "us-west-2": "7v7vs6w47njt4pimodk5mmttbegzsi6n", "eu-central-1": "54ecsf3zk7z4mwxwwox7z7bg6e5gwjsz"}[region]
    h = []
    hh = "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date"
    h.append(("DKIM-Signature", dkim(ctx, dkim_dom or dom, dom_sel or rstr(r, 32, "abcdefghijklmnopqrstuvwxyz234567"),
                                     hh, c="relaxed/simple", style="ses", t=ctx.t)))
    h.append(("DKIM-Signature", dkim(ctx, "amazonses.com", amz_sel, hh + ":Feedback-ID", c="relaxed/simple",
                                     style="ses", t=ctx.t)))
    if mua:
        h += mua
    else:
        h.append(("From", ctx.from_h()))
        h.append(("To", ctx.to_h()))
        if ctx.reply_to:
            h.append(("Reply-To", ctx.reply_to))
        h.append(("Subject", ctx.subj()))
        h.append(("MIME-Version", "1.0"))
        h.append(("__MIME__", None))
        h.append(("Message-ID", ctx.msgid))
        h.append(("Date", ctx.date(zone="UTC")))
        h += ctx.extra
    if extra:
        h += extra
    h.append(("Feedback-ID", feedback or "::1.%s.%s=:AmazonSES" % (region, rb64(r, 32).rstrip("="))))
    h.append(("X-SES-Outgoing", "%04d.%02d.%02d-%s" % (ctx.t.year, ctx.t.month, ctx.t.day, ip)))
    return Result(h, (host, host, ip), ("pass", ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(ctx.t, r.randint(1, 4)))


def sendgrid(ctx, em_dom, dkim_dom=None, sel="s1", extra=None, dmarc=("pass", "none")):
    r = ctx.rng
    hostpart = rstr(r, 8, "abcdefghijklmnopqrstuvwxyz")
    ip = "149.72.%d.%d" % (r.randint(100, 250), r.randint(2, 250))
    host = "%s.outbound-mail.sendgrid.net" % hostpart
    uid = r.randint(10000000, 49999999)
    ctx.env_from = "bounces+%d-%s-%s=%s@%s" % (uid, rhex(r, 4), ctx.rcpt.split("@")[0], ctx.rcpt.split("@")[1], em_dom)
    pod = "geopod-ismtpd-%d" % r.randint(1, 40)
    ctx.msgid = ctx.msgid or "<%s@%s>" % (rstr(r, 22, ALNUM + "-_"), pod)
    dom = ctx.from_addr.split("@")[1]
    t1 = plus(ctx.t, 1)
    h = []
    h.append(("DKIM-Signature", dkim(ctx, dkim_dom or dom, sel,
                                     "content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:\n\tcontent-type:from:subject:to",
                                     style="sendgrid")))
    h.append(("Received", "by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\n\t%s.%09d +0000 UTC m=+%d.%09d" % (
        rhex(r, 10), rstr(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), rhex(r, 10), rstr(r, 5, "abcdefghijkl0123456789"),
        rhex(r, 8).upper(), r.randint(1, 30), "%04d-%02d-%02d %02d:%02d:%02d" % (t1.year, t1.month, t1.day, t1.hour, t1.minute, t1.second),
        r.randint(0, 999999999), r.randint(100000, 9999999), r.randint(0, 999999999))))
    h.append(("Received", "from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)" % (
        rb64(r, 12).rstrip("="), pod, rstr(r, 22, ALNUM + "-_"),
        ctx.date(ctx.t, "UTC").rsplit(" ", 1)[0], r.randint(0, 999))))
    h.append(("__MIME__", None))
    h.append(("Date", ctx.date(zone="UTC")))
    h.append(("From", ctx.from_h()))
    h.append(("Mime-Version", "1.0"))
    h.append(("Message-ID", ctx.msgid))
    if ctx.reply_to:
        h.append(("Reply-To", ctx.reply_to))
    h.append(("Subject", ctx.subj()))
    h.append(("X-SG-EID", "\n ".join(_chunks("u001." + rb64(r, 180), 76))))
    h.append(("X-SG-ID", "u001." + "\n ".join(_chunks(rb64(r, 120), 76))))
    h.append(("To", ctx.to_h()))
    h.append(("X-Entity-ID", "u001." + rb64(r, 18)))
    h += ctx.extra
    if extra:
        h += extra
    return Result(h, (host, host, ip), ("pass", em_dom), (dmarc[0], dmarc[1], dom) if dmarc else None,
                  recv=plus(t1, r.randint(1, 3)))


def mailgun(ctx, mg_dom, sel="mx", extra=None, dmarc=("pass", "none"), sender=True):
    r = ctx.rng
    a, b = r.choice([(69, 72), (159, 135), (161, 38)]), None
    ip = "%d.%d.%d.%d" % (a[0], a[1], r.randint(32, 47) if a[0] == 69 else r.randint(224, 239), r.randint(2, 250))
    host = "m%s-%s.mailgun.net" % (ip.split(".")[2], ip.split(".")[3]) if a[0] == 69 else "s%s-%s.mailgun.net" % (
        ip.split(".")[2], ip.split(".")[3])
    ctx.env_from = "bounce+%s.%s-%s=%s@%s" % (rhex(r, 6), rhex(r, 6), ctx.rcpt.split("@")[0], ctx.rcpt.split("@")[1], mg_dom)
    ctx.msgid = ctx.msgid or "<%04d%02d%02d%02d%02d%02d.%s@%s>" % (
        ctx.t.year, ctx.t.month, ctx.t.day, ctx.t.hour, ctx.t.minute, ctx.t.second, rhex(r, 16), mg_dom)
    dom = ctx.from_addr.split("@")[1]
    h = []
    h.append(("DKIM-Signature", dkim(ctx, mg_dom, sel,
                                     "Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id:\n Reply-To: Sender",
                                     style="mailgun", t=ctx.t)))
    h.append(("X-Mailgun-Sending-Ip", ip))
    h.append(("X-Mailgun-Sid", "WyI" + rb64(r, 60).rstrip("=")))
    h.append(("Received", "by %s with HTTP; %s" % (rhex(r, 12), ctx.date(ctx.t, "UTC").replace("+0000", "GMT"))))
    h.append(("Message-Id", ctx.msgid))
    h.append(("X-Mailgun-Batch-Id", rhex(r, 24)))
    h.append(("To", ctx.to_h()))
    h.append(("From", ctx.from_h()))
    if ctx.reply_to:
        h.append(("Reply-To", ctx.reply_to))
    h.append(("Subject", ctx.subj()))
    h.append(("__MIME__", None))
    h.append(("Mime-Version", "1.0"))
    h.append(("Date", ctx.date(zone="UTC")))
    if sender:
        h.append(("Sender", "%s@%s" % (ctx.from_addr.split("@")[0], mg_dom)))
    h += ctx.extra
    if extra:
        h += extra
    return Result(h, (host, host, ip), ("pass", mg_dom), (dmarc[0], dmarc[1], dom) if dmarc else None,
                  recv=plus(ctx.t, r.randint(1, 3)))


def mailchimp(ctx, dc="us21", list_host="list-manage.com", dkim_dom=None, extra=None, dmarc=("pass", "none"),
              unsub_base=None, u=None, lid=None, eid=None, cid=None):
    r = ctx.rng
    n = r.randint(130, 240)
    cl = r.randint(11, 141)
    host = "mail%d.suw%d.mcdlv.net" % (n, cl)
    ip = "198.2.%d.%d" % (r.randint(128, 191), n)
    u = u or rhex(r, 25)
    lid = lid or rhex(r, 10)
    cid = cid or rhex(r, 10)
    eid = eid or rhex(r, 10)
    ctx.env_from = "bounce-mc.%s_%d.%d-%s@%s" % (dc, r.randint(100000000, 199999999), r.randint(1000000, 9999999), eid, host)
    ctx.msgid = ctx.msgid or "<%s.%d@%s>" % (rhex(r, 32), r.randint(1000000, 9999999), host)
    dom = ctx.from_addr.split("@")[1]
    h = []
    h.append(("DKIM-Signature", dkim(ctx, "mcdlv.net", "k2",
                                     "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t "
                                     "List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:From:Subject:\n\t Message-ID",
                                     c="relaxed/relaxed", style="opendkim", t=ctx.t)))
    if dkim_dom:
        h.append(("DKIM-Signature", dkim(ctx, dkim_dom, "k2",
                                         "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t "
                                         "List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:From:Subject:\n\t Message-ID",
                                         c="relaxed/relaxed", style="opendkim", t=ctx.t)))
    h.append(("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s" % (
        host, postfix_qid(r), ctx.rcpt, ctx.date(ctx.t, "UTC"))))
    h.append(("Subject", ctx.subj()))
    h.append(("From", ctx.from_h()))
    h.append(("Reply-To", ctx.reply_to or ctx.from_h()))
    h.append(("To", ctx.to_h()))
    h.append(("Date", ctx.date(zone="UTC")))
    h.append(("Message-ID", ctx.msgid))
    h.append(("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (cid, eid)))
    h.append(("X-Campaign", "mailchimp%s.%s" % (u, cid)))
    h.append(("X-campaignid", "mailchimp%s.%s" % (u, cid)))
    h.append(("X-Report-Abuse", "Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, cid, eid)))
    h.append(("X-MC-User", u))
    h.append(("Feedback-ID", "%d:%d.%d:%s:mc" % (r.randint(10000000, 99999999), r.randint(1000000, 9999999),
                                               r.randint(1000000, 9999999), dc)))
    h.append(("List-ID", "%s mailchimp list <%s.%s.%s.list-id.mcsv.net>" % (
        mime.hdr(ctx.from_name) if mime.is_ascii(ctx.from_name) else "", u, lid, dc)))
    ub = unsub_base or ("https://%s.%s.%s" % (dom.split(".")[0], dc, list_host))
    h.append(("X-Accounttype", "pd"))
    h.append(("List-Unsubscribe", "<%s/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>,\n <mailto:unsubscribe-mc.%s_%s.%s-%s@%s>" % (
        ub, u, lid, eid, cid, dc, u, cid, eid, host)))
    h.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    h.append(("__MIME__", None))
    h.append(("MIME-Version", "1.0"))
    h += ctx.extra
    if extra:
        h += extra
    ctx.mc = dict(u=u, id=lid, e=eid, c=cid, ub=ub)
    return Result(h, (host, host, ip), ("pass", host), (dmarc[0], dmarc[1], dom) if dmarc else None,
                  recv=plus(ctx.t, r.randint(1, 5)))


def brevo(ctx, dkim_dom=None, extra=None, dmarc=("pass", "none"), campaign=True):
    r = ctx.rng
    n = r.randint(10, 120)
    ip = "77.32.148.%d" % n if r.random() < 0.5 else "185.41.28.%d" % n
    host = "mail%d.sendib%s.com" % (n, r.choice(["m2", "m3", "t2", "t3"]))
    ctx.env_from = "%s@%s" % (rstr(r, 40, "abcdefghijklmnopqrstuvwxyz0123456789"), host.split(".", 1)[1])
    ctx.msgid = ctx.msgid or "<%s@smtp-relay.mailin.fr>" % ruuid(r)
    dom = ctx.from_addr.split("@")[1]
    h = []
    h.append(("DKIM-Signature", dkim(ctx, host.split(".", 1)[1], "mail", "MIME-Version:Subject:To:From:Date:Message-ID:Reply-To:List-Unsubscribe",
                                     c="relaxed/relaxed", style="opendkim", t=ctx.t)))
    if dkim_dom:
        h.append(("DKIM-Signature", dkim(ctx, dkim_dom, "brevo1", "MIME-Version:Subject:To:From:Date:Message-ID:Reply-To:List-Unsubscribe",
                                         c="relaxed/relaxed", style="opendkim", t=ctx.t)))
    h.append(("Received", "from [127.0.0.1] by smtp-relay.brevo.com with ESMTPSA id %s; %s" % (rhex(r, 12).upper(), ctx.date(ctx.t, "UTC"))))
    h.append(("__MIME__", None))
    h.append(("MIME-Version", "1.0"))
    h.append(("Subject", ctx.subj()))
    h.append(("To", ctx.to_h()))
    h.append(("From", ctx.from_h()))
    if ctx.reply_to:
        h.append(("Reply-To", ctx.reply_to))
    h.append(("Date", ctx.date(zone="UTC")))
    h.append(("Message-Id", ctx.msgid))
    h.append(("Origin-messageId", "<%s@smtp-relay.mailin.fr>" % rhex(r, 26)))
    h.append(("X-sib-id", rb64(r, 48).replace("=", "")))
    h.append(("X-Mailin-EID", rb64(r, 33)))
    if campaign:
        h.append(("X-Mailin-Campaign", str(r.randint(10, 400))))
        h.append(("X-Mailin-Client", str(r.randint(1000000, 9999999))))
    h.append(("X-CSA-Complaints", "csa-complaints@eco.de"))
    h.append(("Feedback-ID", "%d.%d.%d:sendinblue" % (r.randint(100, 999), r.randint(1000000, 9999999), r.randint(10, 99))))
    h += ctx.extra
    if extra:
        h += extra
    return Result(h, (host, host, ip), ("pass", host.split(".", 1)[1]), (dmarc[0], dmarc[1], dom) if dmarc else None,
                  recv=plus(ctx.t, r.randint(1, 5)))


def cpanel(ctx, server, server_ip, mode="phpmailer", client=None, dkim_dom=None, spf="pass",
           dmarc=("pass", "none"), user="", mua=None, x_mailer=None, uid=None, domain_for_abuse=None):
    """Shared hosting (cPanel/Exim): either a PHP script (compromised CMS) or SMTP-AUTH from a client."""
    r = ctx.rng
    t1 = plus(ctx.t, r.randint(0, 2))
    exim_id = "1%s-%s-%s" % (rstr(r, 5, ALNUM), rstr(r, 11, ALNUM), rstr(r, 4, ALNUM))
    dom = ctx.from_addr.split("@")[1]
    env_dom = ctx.env_from.split("@")[1]
    h = []
    if dkim_dom:
        h.append(("DKIM-Signature", dkim(ctx, dkim_dom, "default",
                                         "Content-Transfer-Encoding:Content-Type:\n\tMIME-Version:Message-ID:Reply-To:From:Subject:To:Date:Sender:Cc:\n\t"
                                         "Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:\n\t"
                                         "Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:\n\t"
                                         "List-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive",
                                         style="exim")))
    if mode == "phpmailer":
        h.append(("Received", "from %s by %s with local (Exim 4.98.2)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
            user, server, ctx.env_from, exim_id, ctx.rcpt, ctx.date(t1, ctx.zone))))
    else:
        helo, ip = client
        h.append(("Received", "from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t"
                  "(Exim 4.98.2)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
                      ip, r.randint(49152, 65000), helo, server, ctx.env_from, exim_id, ctx.rcpt, ctx.date(t1, ctx.zone))))
    if mua:
        h += mua
    else:
        h.append(("Date", ctx.date()))
        h.append(("To", ctx.to_h()))
        h.append(("From", ctx.from_h()))
        if ctx.reply_to:
            h.append(("Reply-To", ctx.reply_to))
        h.append(("Subject", ctx.subj()))
        h.append(("Message-ID", ctx.msgid or "<%s@%s>" % (rstr(r, 43, ALNUM), dom)))
        if ctx.msgid is None:
            ctx.msgid = h[-1][1]
        h.append(("X-Mailer", x_mailer or "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)"))
        h.append(("MIME-Version", "1.0"))
        h.append(("__MIME__", None))
        h += ctx.extra
    h.append(("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"))
    h.append(("X-AntiAbuse", "Primary Hostname - %s" % server))
    h.append(("X-AntiAbuse", "Original Domain - %s" % ctx.rcpt.split("@")[1]))
    h.append(("X-AntiAbuse", "Originator/Caller UID/GID - [%s] / [47 12]" % (uid or "%d %d" % ((r.randint(1000, 2999),) * 2))))
    h.append(("X-AntiAbuse", "Sender Address Domain - %s" % (domain_for_abuse or env_dom)))
    if mode == "phpmailer":
        h.append(("X-Get-Message-Sender-Via", "%s: authenticated_id: %s/from_h" % (server, user)))
        h.append(("X-Authenticated-Sender", "%s: %s" % (server, ctx.from_addr)))
        h.append(("X-Source", "/opt/cpanel/ea-php82/root/usr/bin/php-cgi"))
        h.append(("X-Source-Args", "/opt/cpanel/ea-php82/root/usr/bin/php-cgi "))
        h.append(("X-Source-Dir", "%s:/public_html/wp-content/plugins/%s" % (domain_for_abuse or env_dom, rstr(r, 8, "abcdefghijklmnopqrstuvwxyz"))))
    else:
        h.append(("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, ctx.env_from)))
        h.append(("X-Authenticated-Sender", "%s: %s" % (server, ctx.env_from)))
        h.append(("X-Source", ""))
        h.append(("X-Source-Args", ""))
        h.append(("X-Source-Dir", ""))
    return Result(h, (server, server, server_ip), (spf, env_dom), (dmarc[0], dmarc[1], dom) if dmarc else None,
                  recv=plus(t1, r.randint(1, 4)))


# ---------------------------------------------------------------- mx01
def mx01_headers(ctx, res):
    r = ctx.rng
    helo, rdns, ip = res.client
    recv = res.recv or plus(ctx.t, 5)
    tls = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature "
           "RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)") if res.tls else ""
    received = "from %s (%s [%s])%s\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        helo, rdns or "unknown", ip, tls, MX, "ESMTPS" if res.tls else "ESMTP", postfix_qid(r), ctx.rcpt,
        rfc_date(recv, "DE", True))
    out = [("Return-Path", "<%s>" % ctx.env_from if ctx.env_from else "<>"), ("Received", received)]
    if res.spf is None:  # internal relay: no milter checks
        return out
    # OpenDMARC (inserted last, so it sits directly under Received), then its SPF result, then OpenDKIM
    if res.dmarc:
        dr, pol, fd = res.dmarc
        dis = pol if dr == "fail" else "none"
        out.append(("Authentication-Results", "%s; dmarc=%s (p=%s dis=%s) header.from=%s" % (
            MX, dr, pol, dis, fd) if dr != "none" else "%s; dmarc=none (p=none dis=none) header.from=%s" % (MX, fd)))
    else:
        out.append(("Authentication-Results", "%s; dmarc=none (p=none dis=none) header.from=%s" % (
            MX, ctx.from_addr.split("@")[1])))
    sr, sd = res.spf
    out.append(("Authentication-Results", "%s; spf=%s smtp.mailfrom=%s" % (MX, sr, sd)))
    if ctx.auth["dkim"]:
        parts = []
        for result, d, s, b8, bits, i in ctx.auth["dkim"]:
            if result is None:
                continue
            parts.append("dkim=%s (%d-bit key; unprotected) header.d=%s header.i=%s header.a=rsa-sha256 header.s=%s header.b=%s" % (
                result, bits, d, i or ("@" + d), s, b8))
        out.append(("Authentication-Results", "%s;\n\t%s" % (MX, ";\n\t".join(parts))))
    else:
        out.append(("Authentication-Results", "%s; dkim=none" % MX))
    return out


def finish(ctx, res):
    headers = mx01_headers(ctx, res) + res.extra_top + res.trace
    return mime.serialize(headers, ctx.root)


# ================================================================ further providers
def vade_cause(r, n=180):
    s = bytes(r.getrandbits(8) for _ in range(n))
    return "".join(chr(ord("f") + (b >> 4)) + chr(ord("d") + (b & 15)) for b in s)


def homepl(ctx, client, mua, dkim_dom=None, server=("cloudserver094.home.pl", "79.96.170.134"), dmarc=("pass", "none"),
           spf="pass"):
    """home.pl shared hosting (Postfix + Vade filtering)."""
    r = ctx.rng
    t1 = plus(ctx.t, r.randint(1, 3))
    helo, rdns, ip = client
    h = []
    if dkim_dom:
        h.append(("DKIM-Signature", dkim(ctx, dkim_dom, "dkim", "From:To:Subject:Date:Message-ID:In-Reply-To:References",
                                         c="relaxed/relaxed", style="opendkim", t=t1)))
    h.append(("X-VADE-SPAMSTATE", "clean"))
    h.append(("X-VADE-SPAMCAUSE", "\n ".join(_chunks(vade_cause(r), 72))))
    h.append(("X-CLIENT-HOSTNAME", rdns))
    h.append(("X-CLIENT-IP", ip))
    h.append(("Received", "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))\n\t"
              "(No client certificate requested)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
                  helo, rdns, ip, server[0], postfix_qid_short(r), ctx.date(t1, "PL", True))))
    h += mua
    return Result(h, (server[0], server[0], server[1]), (spf, ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], ctx.from_addr.split("@")[1]) if dmarc else None, recv=plus(t1, r.randint(1, 4)))


def mimecast(ctx, onprem="WPA-EXCH02.wessexports.local", onprem_ip="10.40.1.22", public=("mail.wessexports.co.uk", "192.0.2.118"),
             dkim_dom=None, accept="en-GB, en-US", has_attach=False, depth=0, orig_ip="10.40.8.57", dmarc=("pass", "reject")):
    r = ctx.rng
    n = r.choice([150, 151, 152, 153, 158, 159])
    host = "eu-smtp-delivery-%d.mimecast.com" % n
    ip = "185.58.86.%d" % n
    dom = ctx.from_addr.split("@")[1]
    ctx.msgid = ctx.msgid or "<%s@%s>" % (rhex(r, 32), onprem)
    t1 = plus(ctx.t, 1)
    t2 = plus(t1, r.randint(1, 2))
    t3 = plus(t2, r.randint(1, 3))
    uid = rstr(r, 22, ALNUM + "-_")
    fe = "fe80::%x:%x:%x:%x" % tuple(r.randint(0, 0xffff) for _ in range(4))
    h = []
    h.append(("DKIM-Signature", dkim(ctx, dkim_dom or dom, "mimecast20240411",
                                     "from:from:reply-to:subject:subject:date:date:message-id:message-id:\n\t to:to:cc:"
                                     "mime-version:mime-version:content-type:content-type", style="opendkim", t=t3)))
    h.append(("Received", "from %s (%s [%s]) by\n relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.2,\n "
              "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n uk-mta-%d-%s-1; %s" % (
                  public[0], public[0], public[1], r.randint(10, 190), uid, ctx.date(t3, "UTC").replace("+0000", "-0400") if False else ctx.date(t3, "UK"))))
    h.append(("X-MC-Unique", "%s-1" % uid))
    h.append(("X-Mimecast-MFC-AGG-ID", "%s_%d" % (uid, ctx.ts(t3))))
    h.append(("Received", "from %s (%s) by\n WPA-EXCH01.wessexports.local (10.40.1.21) with Microsoft SMTP Server\n "
              "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1748.24; %s" % (
                  onprem, onprem_ip, ctx.date(t2, "UK"))))
    h.append(("Received", "from %s ([%s]) by\n %s ([%s%%12]) with mapi id\n 15.02.1748.024; %s" % (
        onprem, fe, onprem, fe, ctx.date(t1, "UK"))))
    h += mua_outlook(ctx, onprem, accept=accept, has_attach=has_attach, depth=depth, onprem=True, orig_ip=orig_ip)
    h.append(("__MIME__", None))
    h.append(("MIME-Version", "1.0"))
    h.append(("X-Mimecast-Spam-Score", "0"))
    h.append(("X-Mimecast-MFC-PROC-ID", "mfcuk%d-%s" % (r.randint(10, 99), rhex(r, 8))))
    h.append(("X-Mimecast-Originator", dom))
    return Result(h, (host, host, ip), ("pass", ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t3, r.randint(1, 3)))


def zimbra(ctx, host="mail.aegeanmarine.gr", ip="198.51.100.77", orig_ip="10.10.0.57", dkim_dom=None,
           dmarc=("pass", "none"), thread_topic=True):
    r = ctx.rng
    dom = ctx.from_addr.split("@")[1]
    ctx.msgid = ctx.msgid or "<%d.%d.%d.JavaMail.zimbra@%s>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 5, 10 ** 6),
                                                                 ctx.ts() * 1000 + r.randint(0, 999), dom)
    t1 = plus(ctx.t, 1)
    t2 = plus(t1, r.randint(1, 2))
    t3 = plus(t2, r.randint(0, 1))
    sel = ruuid(r, upper=True)
    h = []
    h.append(("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        host, postfix_qid_short(r), ctx.rcpt, ctx.date(t3, "GR", True))))
    h.append(("DKIM-Filter", "OpenDKIM Filter v2.10.3 %s %s" % (host, postfix_qid_short(r))))
    h.append(("DKIM-Signature", dkim(ctx, dkim_dom or dom, sel, "Date:From:To:Message-ID:MIME-Version", style="opendkim", t=t3)))
    h.append(("X-Virus-Scanned", "amavis at %s" % dom))
    h.append(("Received", "from %s ([127.0.0.1])\n\tby localhost (%s [127.0.0.1]) (amavis, port 10026)\n\twith ESMTP id %s for <%s>;\n\t%s" % (
        host, host, rstr(r, 12, ALNUM), ctx.rcpt, ctx.date(t2, "GR", True))))
    h.append(("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        host, host, postfix_qid_short(r), ctx.rcpt, ctx.date(t1, "GR", True))))
    h.append(("Date", ctx.date()))
    h.append(("From", ctx.from_h()))
    h.append(("To", ctx.to_h()))
    if ctx.cc:
        h.append(("Cc", ctx.cc_h()))
    h.append(("Message-ID", ctx.msgid))
    if ctx.in_reply_to:
        h.append(("In-Reply-To", ctx.in_reply_to))
    if ctx.references:
        h.append(("References", ctx.references))
    h.append(("Subject", ctx.subj()))
    h.append(("MIME-Version", "1.0"))
    h.append(("__MIME__", None))
    h.append(("X-Originating-IP", "[%s]" % orig_ip))
    h.append(("X-Mailer", "Zimbra 10.1.3_GA_4760 (ZimbraWebClient - GC142 (Win)/10.1.3_GA_4760)"))
    if thread_topic:
        h.append(("Thread-Topic", mime.hdr(_strip_prefix(ctx.subject), ctx.subj_cs, ctx.subj_enc, ctx.subj_mode)))
        h.append(("Thread-Index", rb64(r, 22).rstrip("=")))
    h += ctx.extra
    return Result(h, (host, host, ip), ("pass", ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t3, r.randint(1, 2)))


def yandex(ctx, dkim_dom=None, web=True, dmarc=("pass", "none"), mua_extra=None, free=False):
    r = ctx.rng
    dom = ctx.from_addr.split("@")[1]
    fw = r.randint(100, 599)
    fwh = "forward%d%s.mail.yandex.net" % (fw, r.choice("abcd"))
    ip = "178.154.239.%d" % r.randint(70, 220)
    dc = r.choice(["vla", "sas", "myt", "klg"])
    nw = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.randint(10, 99), dc)
    sb = "mail-sendbernar-production-main-%d.%s.yp-c.yandex.net" % (r.randint(10, 99), dc)
    v6 = "2a02:6b8:c%02x:%x:%x:%x:0:%x" % (r.randint(0, 0x2f), r.randint(0x100, 0xfff), r.randint(0x100, 0xfff),
                                          r.randint(0x100, 0xfff), r.randint(1, 0xfff))
    v6b = "2a02:6b8:c%02x:%x:%x:%x:0:%x" % (r.randint(0, 0x2f), r.randint(0x100, 0xfff), r.randint(0x100, 0xfff),
                                           r.randint(0x100, 0xfff), r.randint(1, 0xfff))
    ctx.msgid = ctx.msgid or "<%d%d@mail.yandex.ru>" % (r.randint(100000, 999999), ctx.ts())
    t1 = plus(ctx.t, 0)
    t2 = plus(t1, 1)
    t3 = plus(t2, r.randint(0, 1))
    sid = "%s-%s" % (rstr(r, 10, ALNUM), rstr(r, 8, ALNUM))
    h = []
    h.append(("Received", "from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
        nw, nw, v6, fwh, rhex(r, 10).upper(), ctx.rcpt, ctx.date(t3, "RU", True))))
    h.append(("Received", "by %s (smtp/Yandex) with ESMTPSA id %s;\n\t%s" % (nw, sid, ctx.date(t2, "RU"))))
    h.append(("X-Yandex-Fwd", "1"))
    h.append(("DKIM-Signature", dkim(ctx, dkim_dom or dom, "mail", "Message-Id:Date:Subject:To:From", t=t2,
                                     style="opendkim", c="relaxed/relaxed")))
    h.append(("Authentication-Results", "%s; dkim=pass header.i=@%s" % (nw, dkim_dom or dom)))
    if web:
        h.append(("Received", "from %s (%s [%s])\n\tby %s (smtp) with LMTP id %s\n\tfor <%s>; %s" % (
            sb, sb, v6b, nw, rstr(r, 12, ALNUM), ctx.rcpt, ctx.date(t1, "RU", True))))
        h.append(("Received", "by %s with HTTP;\n\t%s" % (sb, ctx.date(ctx.t, "RU"))))
    h.append(("From", ctx.from_h()))
    h.append(("To", ctx.to_h()))
    if ctx.cc:
        h.append(("Cc", ctx.cc_h()))
    if ctx.in_reply_to:
        h.append(("In-Reply-To", ctx.in_reply_to))
    if ctx.references:
        h.append(("References", ctx.references))
    h.append(("Subject", ctx.subj()))
    h.append(("MIME-Version", "1.0"))
    if web:
        h.append(("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"))
    h.append(("Date", ctx.date()))
    h.append(("Message-Id", ctx.msgid))
    h.append(("__MIME__", None))
    if mua_extra:
        h += mua_extra
    h += ctx.extra
    return Result(h, (fwh, fwh, ip), ("pass", ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t3, r.randint(1, 2)))


def mailru(ctx, dmarc=("pass", "reject")):
    r = ctx.rng
    fno = r.randint(100, 999)
    sno = r.randint(20, 60)
    host = "smtp%d.i.mail.ru" % sno
    ip = "95.163.41.%d" % r.randint(60, 110)
    ctx.msgid = ctx.msgid or "<%d.%d@f%d.i.mail.ru>" % (ctx.ts(), r.randint(100000000, 999999999), fno)
    dom = ctx.from_addr.split("@")[1]
    t1 = plus(ctx.t, 1)
    exim = "1%s-%s-%s" % (rstr(r, 5, ALNUM), rstr(r, 11, ALNUM), rstr(r, 4, ALNUM))
    h = []
    h.append(("DKIM-Signature", dkim(ctx, dom, "mail4",
                                     "Content-Type:Message-ID:Reply-To:Date:MIME-Version:Subject:To:From:From:Subject:\n\t"
                                     "Content-Type:Content-Transfer-Encoding:To:Cc", style="exim")))
    h.append(("Received", "by exim-smtp-%s-%s with esmtpa (envelope-from <%s>)\n\tid %s; %s" % (
        rhex(r, 9), rstr(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), ctx.env_from, exim, ctx.date(t1, "RU"))))
    h.append(("X-Mailru-Src", "fe"))
    h.append(("X-7564579A", rhex(r, 16).upper()))
    h.append(("X-77F55803", "4F1203BC0FB41BD9" + rhex(r, 48).upper()))
    h.append(("X-Mailru-Sender", rhex(r, 40).upper()))
    h.append(("X-Mras", "Ok"))
    h.append(("From", ctx.from_h()))
    h.append(("To", ctx.to_h()))
    h.append(("Subject", ctx.subj()))
    h.append(("MIME-Version", "1.0"))
    h.append(("X-Mailer", "Mail.Ru Mailer 1.0"))
    h.append(("Date", ctx.date()))
    if ctx.reply_to:
        h.append(("Reply-To", ctx.reply_to))
    h.append(("X-Priority", "3 (Normal)"))
    h.append(("Message-ID", ctx.msgid))
    h.append(("__MIME__", None))
    h += ctx.extra
    return Result(h, (host, host, ip), ("pass", ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t1, r.randint(1, 3)))


def gmx(ctx, webde=False, client_ip="93.235.41.17", dmarc=("pass", "none"), mua_extra=None):
    r = ctx.rng
    dom = ctx.from_addr.split("@")[1]
    if webde:
        host, ip, sel, cls, srv = "mout.web.de", "212.227.15.%d" % r.choice([3, 4, 14]), "s29768273", \
            "814a7b36-bfc1-4dae-8640-3722d8ec6cd6", "mrweb%03d" % r.randint(1, 110)
        app = "3c-app-webde-bap%02d" % r.randint(1, 60)
    else:
        host, ip, sel, cls, srv = "mout.gmx.net", "212.227.15.%d" % r.choice([15, 18, 19]), "s31663417", \
            "01bb95c1-4bf8-414a-932a-4f6e2808ef9c", "mrgmx%03d" % r.randint(1, 110)
        app = "3c-app-gmx-bap%02d" % r.randint(1, 60)
    ctx.msgid = ctx.msgid or "<trinity-%s-%d@%s>" % (ruuid(r), ctx.ts() * 1000 + r.randint(0, 999), app)
    t1 = plus(ctx.t, 1)
    h = []
    h.append(("DKIM-Signature", dkim(ctx, dom, sel,
                                     "X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:\n\t Content-Type:Date:cc:"
                                     "content-transfer-encoding:content-type:date:from:\n\t message-id:mime-version:reply-to:subject:to",
                                     c="relaxed/simple", style="opendkim", i=ctx.from_addr, t=t1)))
    h.append(("X-UI-Sender-Class", cls))
    h.append(("Received", "from %s ([%s]) by %s\n (%s [212.227.17.%d]) with ESMTPSA (Nemesis) id\n 1M%s; %s" % (
        app, client_ip, "mail.gmx.net" if not webde else "web.de", srv, r.randint(150, 220), rstr(r, 29, ALNUM),
        ctx.date(t1, "DE"))))
    h.append(("MIME-Version", "1.0"))
    h.append(("Message-ID", ctx.msgid))
    h.append(("From", ctx.from_h()))
    h.append(("To", ctx.to_h()))
    h.append(("Subject", ctx.subj()))
    h.append(("__MIME__", None))
    h.append(("Date", ctx.date()))
    h.append(("Importance", "normal"))
    h.append(("Sensitivity", "Normal"))
    h.append(("X-Priority", "3"))
    h.append(("X-Provags-ID", "V03:K1:" + "\n ".join(_chunks(rb64(r, 180), 70))))
    h.append(("X-Spam-Flag", "NO"))
    h.append(("UI-OutboundReport", "notjunk:1;M01:P0:" + "\n ".join(_chunks(rb64(r, 300), 72))))
    if mua_extra:
        h += mua_extra
    h += ctx.extra
    return Result(h, (host, host, ip), ("pass", ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t1, r.randint(1, 3)))


def wp(ctx, client_ip="83.24.151.203", dmarc=("pass", "none"), mua=None):
    r = ctx.rng
    dom = ctx.from_addr.split("@")[1]
    n = r.randint(1, 4)
    host = "mx%d.wp.pl" % n
    ip = "212.77.101.%d" % (10 + n)
    ctx.msgid = ctx.msgid or "<%s@%s>" % (rhex(r, 32), dom)
    t1 = plus(ctx.t, 1)
    h = []
    h.append(("DKIM-Signature", dkim(ctx, dom, "1024a", "From:To:Subject", bits=1024, style="opendkim", t=t1)))
    h.append(("Received", "(wp-smtpd smtp.wp.pl %d invoked from network); %s" % (
        r.randint(1000, 39999), ctx.date(t1, "PL").split(", ", 1)[1])))
    h.append(("Received", "from %s.ipv4.supernova.orange.pl (HELO [192.168.1.%d]) (%s@[%s])\n          "
              "(envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with TLS_AES_256_GCM_SHA384 encrypted SMTP\n"
              "          for <%s>; %s" % (client_ip.replace(".", "-"), r.randint(2, 60), ctx.from_addr, client_ip,
                                          ctx.env_from, ctx.rcpt, ctx.date(ctx.t, "PL").split(", ", 1)[1])))
    if mua:
        h += mua
    else:
        h.append(("Date", ctx.date()))
        h.append(("From", ctx.from_h()))
        h.append(("To", ctx.to_h()))
        h.append(("Subject", ctx.subj()))
        h.append(("Message-ID", ctx.msgid))
        h.append(("MIME-Version", "1.0"))
        h.append(("__MIME__", None))
        h += ctx.extra
    h.append(("X-WP-MailID", rhex(r, 32)))
    h.append(("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"))
    h.append(("X-WP-SPAM", "NO 0000000 [%s]" % rstr(r, 4, ALNUM)))
    return Result(h, (host, host, ip), ("pass", ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t1, r.randint(1, 3)))


def libero(ctx, client_ip="5.90.133.27", dmarc=("pass", "none")):
    r = ctx.rng
    dom = ctx.from_addr.split("@")[1]
    n = r.randint(20, 60)
    host = "smtp-%d-i%d.italiaonline.it" % (n, r.randint(1, 8))
    ip = "213.209.10.%d" % n
    ctx.msgid = ctx.msgid or "<%d.%d.%d@%s>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10, 99), ctx.ts() * 1000 + r.randint(0, 999), dom)
    t1 = plus(ctx.t, 1)
    h = []
    h.append(("Received", "from libero.it ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
        client_ip, n, rstr(r, 16, ALNUM), ctx.date(t1, "IT"))))
    h.append(("x-libjamoutv", "1"))
    h.append(("X-CNFS-Analysis", "v=2.4 cv=%s c=1 sm=1 tr=0 ts=%s\n a=%s:117 a=%s:17\n a=%s:8 a=IkcTkHD0fZMA:10 a=%s:10" % (
        rstr(r, 8, ALNUM), rhex(r, 8), rstr(r, 22, ALNUM), rstr(r, 22, ALNUM), rstr(r, 22, ALNUM), rstr(r, 12, ALNUM))))
    h.append(("DKIM-Signature", dkim(ctx, dom, "s2021", "Date:From:To:Subject:MIME-Version:Content-Type:Message-ID",
                                     style="opendkim", t=t1)))
    h.append(("Date", ctx.date()))
    h.append(("From", ctx.from_h()))
    h.append(("To", ctx.to_h()))
    if ctx.reply_to:
        h.append(("Reply-To", ctx.reply_to))
    h.append(("Message-ID", ctx.msgid))
    h.append(("Subject", ctx.subj()))
    h.append(("MIME-Version", "1.0"))
    h.append(("__MIME__", None))
    h.append(("X-Priority", "3"))
    h.append(("Importance", "Normal"))
    h += ctx.extra
    return Result(h, (host, host, ip), ("pass", ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t1, r.randint(1, 3)))


def zoho(ctx, client_ip="102.88.34.51", dmarc=("pass", "none")):
    r = ctx.rng
    dom = ctx.from_addr.split("@")[1]
    n = r.randint(11, 19)
    host = "sender4-op-o%d.zoho.eu" % n
    ip = "136.143.169.%d" % n
    ctx.msgid = ctx.msgid or "<%s.%s.%d@%s>" % (rhex(r, 11), rhex(r, 12), r.randint(10 ** 18, 10 ** 19), dom)
    t1 = plus(ctx.t, 1)
    h = []
    h.append(("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none; \n\td=zohomail.eu; s=zohoarc; \n\tb=%s" % (
        ctx.ts(t1), _fold_b(rb64(r, 256), 3, "\t", 70))))
    h.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \n\tt=%d; "
              "h=Content-Type:Date:Date:From:From:In-Reply-To:MIME-Version:Message-ID:References:Subject:Subject:To:To:"
              "Message-Id:Reply-To:Cc; \n\tbh=%s; \n\tb=%s" % (ctx.ts(t1), ctx.bh_relaxed, _fold_b(rb64(r, 256), 3, "\t", 70))))
    h.append(("ARC-Authentication-Results", "i=1; mx.zohomail.eu;\n\tdkim=pass  header.i=%s;\n\tspf=pass  smtp.mailfrom=%s;\n\t"
              "dmarc=pass header.from=<%s>" % (dom, ctx.env_from, ctx.from_addr)))
    h.append(("DKIM-Signature", dkim(ctx, dom, "zmail",
                                     "Date:Date:From:From:To:To:Message-ID:In-Reply-To:References:Subject:Subject:"
                                     "MIME-Version:Content-Type:Message-Id:Reply-To:Cc", style="zoho", t=t1, i=ctx.from_addr)))
    h.append(("Received", "from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%06d.%d; %s" % (
        ctx.ts(t1), r.randint(0, 999999), r.randint(10 ** 9, 10 ** 10), ctx.date(t1, ctx.zone, True))))
    h.append(("Date", ctx.date()))
    h.append(("From", ctx.from_h()))
    h.append(("To", ctx.to_h()))
    if ctx.cc:
        h.append(("Cc", ctx.cc_h()))
    h.append(("Message-ID", ctx.msgid))
    if ctx.in_reply_to:
        h.append(("In-Reply-To", ctx.in_reply_to))
    if ctx.references:
        h.append(("References", ctx.references))
    h.append(("Subject", ctx.subj()))
    h.append(("MIME-Version", "1.0"))
    h.append(("__MIME__", None))
    h.append(("Importance", "Medium"))
    h.append(("User-Agent", "Zoho Mail"))
    h.append(("X-Mailer", "Zoho Mail"))
    h += ctx.extra
    return Result(h, (host, host, ip), ("pass", ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t1, r.randint(1, 3)))


def privateemail(ctx, client_ip="102.89.47.131", mua=None, dmarc=("pass", "none")):
    r = ctx.rng
    dom = ctx.from_addr.split("@")[1]
    n = r.randint(1, 9)
    host = "mta-%02d.privateemail.com" % n
    ip = "198.54.127.%d" % (55 + n)
    t1 = plus(ctx.t, 1)
    t2 = plus(t1, 1)
    h = []
    h.append(("Received", "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s" % (
        host, host, postfix_qid(r), ctx.date(t2, "US-E", True))))
    h.append(("DKIM-Signature", dkim(ctx, dom, "default", "Date:From:To:Subject:From", style="opendkim", t=t2)))
    h.append(("Received", "from [127.0.0.1] (unknown [%s])\n\tby %s (Postfix) with ESMTPA;\n\t%s" % (
        client_ip, host, ctx.date(t1, "US-E", True))))
    if mua:
        h += mua
    return Result(h, (host, host, ip), ("pass", ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t2, r.randint(1, 3)))


def apple_mua(ctx, build="23B85", device="iPhone"):
    h = [("__MIME__", None), ("Mime-Version", "1.0 (1.0)"), ("Subject", ctx.subj()), ("From", ctx.from_h()),
         ("Date", ctx.date()), ("Message-Id", ctx.msgid)]
    if ctx.references:
        h.append(("References", ctx.references))
    if ctx.in_reply_to:
        h.append(("In-Reply-To", ctx.in_reply_to))
    if ctx.reply_to:
        h.append(("Reply-To", ctx.reply_to))
    h.append(("To", ctx.to_h()))
    if ctx.cc:
        h.append(("Cc", ctx.cc_h()))
    h.append(("X-Mailer", "%s Mail (%s)" % (device, build)))
    h += ctx.extra
    return h


def aruba(ctx, client_ip="79.18.144.201", mua=None, dkim_dom=None, dmarc=("pass", "none"), spf="pass"):
    r = ctx.rng
    dom = ctx.from_addr.split("@")[1]
    n = r.randint(4100, 4199)
    host = "smtpcmd0%d.aruba.it" % n
    ip = "62.149.156.%d" % (n - 4000)
    t1 = plus(ctx.t, 1)
    h = []
    if dkim_dom:
        h.append(("DKIM-Signature", dkim(ctx, dkim_dom, "a1", "Date:From:To:Subject:MIME-Version:Content-Type:Message-ID",
                                         style="opendkim", t=t1)))
    h.append(("Received", "from [192.168.1.%d] ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
        r.randint(2, 90), client_ip, rstr(r, 16, ALNUM), ctx.date(t1, "IT"))))
    h.append(("X-Sender", ctx.env_from))
    if mua:
        h += mua
    h.append(("X-CMAE-Envelope", "MS4x" + "\n ".join(_chunks(rb64(r, 150), 72))))
    return Result(h, (host, host, ip), (spf, ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t1, r.randint(1, 3)))


def nazwa(ctx, client_ip="83.26.113.9", mua=None, dkim_dom=None, dmarc=("pass", "none")):
    r = ctx.rng
    dom = ctx.from_addr.split("@")[1]
    n = r.randint(100000, 999999)
    host = "server%d.nazwa.pl" % n
    ip = "46.242.%d.%d" % (r.randint(128, 159), r.randint(2, 250))
    t1 = plus(ctx.t, 1)
    h = []
    if dkim_dom:
        h.append(("DKIM-Signature", dkim(ctx, dkim_dom, "x", "From:To:Subject:Date:Message-ID", style="opendkim", t=t1)))
    h.append(("Received", "from DESKTOP-%s (%s.dynamic.chello.pl [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) "
              "with ESMTPSA id %s;\n\t%s" % (rstr(r, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), client_ip.replace(".", "-"),
                                             client_ip, ctx.from_addr, host, postfix_qid(r), ctx.date(t1, "PL", True))))
    if mua:
        h += mua
    return Result(h, (host, host, ip), ("pass", ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t1, r.randint(1, 3)))


def outlook_smtp_mua(ctx, lang="pl"):
    """Outlook desktop over SMTP (non-Exchange) header block."""
    r = ctx.rng
    ctx.msgid = ctx.msgid or "<%012x$%08x$%08x$@%s>" % (r.getrandbits(48), r.getrandbits(32), r.getrandbits(32),
                                                         ctx.from_addr.split("@")[1])
    h = [("From", ctx.from_h()), ("To", ctx.to_h())]
    if ctx.cc:
        h.append(("Cc", ctx.cc_h()))
    if ctx.references:
        h.append(("References", ctx.references))
    if ctx.in_reply_to:
        h.append(("In-Reply-To", ctx.in_reply_to))
    h += [("Subject", ctx.subj()), ("Date", ctx.date()), ("Message-ID", ctx.msgid), ("MIME-Version", "1.0"),
          ("__MIME__", None), ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r)),
          ("Content-Language", lang)]
    h += ctx.extra
    return h


def platform(ctx, host, ip, mua, dkim_list, spf=("pass", None), dmarc=("pass", "reject"), inner=None, zone=None, tls=True):
    """Generic service platform: own outbound MTA, one or more DKIM signatures, optional inner hops."""
    r = ctx.rng
    t1 = plus(ctx.t, r.randint(1, 2))
    h = []
    for (d, s, hh, style) in dkim_list:
        h.append(("DKIM-Signature", dkim(ctx, d, s, hh, style=style, t=t1)))
    if inner:
        for fmt in inner:
            h.append(("Received", fmt.replace("{DATE}", ctx.date(t1, zone or ctx.zone, True))
                      .replace("{QID}", postfix_qid(r)).replace("{QIDS}", postfix_qid_short(r))))
    h += mua
    dom = ctx.from_addr.split("@")[1]
    return Result(h, (host, host, ip), (spf[0], spf[1] or ctx.env_from.split("@")[1]),
                  (dmarc[0], dmarc[1], dom) if dmarc else None, recv=plus(t1, r.randint(1, 3)), tls=tls)
