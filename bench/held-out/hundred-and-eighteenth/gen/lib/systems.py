"""Sending systems: each function writes the headers the modelled system
really writes (trace, DKIM/ARC, vendor X-headers, Message-ID style) and
finishes the message with mx01's own headers on top."""

import base64
import datetime as _dt

from . import mime, smtp
from .smtp import Conn, rfc_date, rhex, ralnum, rb64, uuid, b64len, TLS13, TLS13_128, TLS12, TLS12_MS, TLS13_INT

S = _dt.timedelta(seconds=1)


class H:
    def __init__(self, frm, to, subject, date, cc=(), reply_to=None, irt=None, refs=None,
                 hcs="utf-8", henc="B", mail_from=None, rcpt=None, msgid=None, extra=(),
                 sender=None, to_raw=None, date_zone=None):
        self.frm = frm
        self.to = list(to)
        self.cc = list(cc)
        self.subject = subject
        self.date = date
        self.reply_to = reply_to
        self.irt = irt
        self.refs = refs
        self.hcs = hcs
        self.henc = henc
        self.mail_from = mail_from or frm[1]
        self.rcpt = rcpt or self.to[0][1]
        self.msgid = msgid
        self.extra = list(extra)
        self.sender = sender
        self.to_raw = to_raw
        self.date_zone = date_zone

    @property
    def from_domain(self):
        return self.frm[1].split("@")[1].lower()


def alist(lst, cs="utf-8", enc="B", sep=",\n\t"):
    return sep.join(mime.addr(n, e, cs, enc) for n, e in lst)


def subj(h):
    return mime.fold("Subject", mime.hval(h.subject, h.hcs, h.henc))


def std(h, key, zone="de", date_style=None, msgid=None, sep=",\n\t", cs=None, enc=None):
    cs = cs or h.hcs
    enc = enc or h.henc
    if key == "from":
        return "From: " + mime.addr(h.frm[0], h.frm[1], cs, enc)
    if key == "to":
        return "To: " + (h.to_raw if h.to_raw else alist(h.to, cs, enc, sep))
    if key == "cc":
        return ("Cc: " + alist(h.cc, cs, enc, sep)) if h.cc else None
    if key == "subject":
        return subj(h)
    if key == "date":
        return "Date: " + rfc_date(h.date, h.date_zone or zone, **(date_style or {}))
    if key == "msgid":
        return "Message-ID: " + (msgid or h.msgid)
    if key == "reply_to":
        return ("Reply-To: " + mime.addr(h.reply_to[0], h.reply_to[1], cs, enc)) if h.reply_to else None
    if key == "irt":
        return ("In-Reply-To: " + h.irt) if h.irt else None
    if key == "refs":
        if not h.refs:
            return None
        refs = h.refs.split()
        return "References: " + "\n ".join(refs)
    if key == "mime":
        return "MIME-Version: 1.0"
    if key == "ct":
        return "__CT__"
    if key == "extra":
        return "\n".join(h.extra) if h.extra else None
    raise KeyError(key)


def stdlist(h, keys, **kw):
    out = []
    for k in keys:
        if k.startswith("!"):
            out.append(k[1:])
            continue
        v = std(h, k, **kw)
        if v:
            out.append(v)
    return out


def finish(m, h, lines, conn, dkims, rcv, root, body, internal=False):
    top = smtp.mx01_headers(m, conn, h.rcpt, rcv, dkims, h.from_domain, internal=internal)
    ct = "\n".join(root.header_lines())
    out = []
    for l in top + lines:
        out.append(ct if l == "__CT__" else l)
    m.raw = "\n".join(out) + "\n\n" + body
    m.root = root
    m.envelope = (conn.mail_from, h.rcpt)
    return m.raw


def dkim(m, lines, dkims, d, s, hlist, body, t=None, bits=2048, result="pass", **kw):
    sig, b = smtp.dkim_sig(m.rng, d, s, hlist, mime.body_hash(body), t=t, bits=bits, **kw)
    lines.append(sig)
    dkims.append((d, s, b, result, bits))


def thread_index(m, replies=0):
    raw = bytes([1, 1, 0xDC]) + bytes(m.rng.randrange(256) for _ in range(19 + 5 * replies))
    return base64.b64encode(raw).decode()


def mapi_time(utc):
    return utc.strftime("%d %b %Y %H:%M:%S") + ".%04d (UTC)" % (utc.microsecond // 100)


# ====================================================================== M365
MS_BUILD = "15.20.9274.012"
MS_BUILD_S = "15.20.9274.12"


def _ms_server(m, region):
    pre = {"eurprd08": "AS8PR08", "eurprd02": "DU2PR02", "eurprd03": "PA4PR03", "eurprd04": "VI1PR04",
           "eurprd05": "DB9PR05", "eurprd06": "GV1PR06", "eurprd07": "PAXPR07", "eurprd09": "AM9PR09",
           "eurprd01": "FR4PR01", "gbrprd01": "LO2P265", "namprd12": "MW4PR12", "namprd11": "SA1PR11",
           "eurp190": "PAXP190"}[region]
    return "%sMB%04d" % (pre, m.rng.randrange(1000, 9999))


def m365(m, h, root, tenant, region="eurprd08", eop="EUR05", eop_dc="DB8", ip=None,
         dkim_d=None, dkim_s="selector1", lang="de-DE", accept="de-DE, en-US",
         style="outlook", client_extra=(), has_attach=None, thread=0, via_eop=True,
         tls=TLS12, scl=1, ctry="DE", sfv="NSPM", upn=None, body=None, spf="pass",
         sender_ip_internal=None, extra_after=(), x_mailer=None, tenant_id=None):
    """Exchange Online outbound (Outlook desktop/OWA client)."""
    rng = m.rng
    body = body if body is not None else root.encoded_body()
    if h.msgid:
        srv = h.msgid.split("@")[1].split(".")[0]
    else:
        srv = _ms_server(m, region)
    srv2 = _ms_server(m, region)
    fqdn = "%s.%s.prod.outlook.com" % (srv, region)
    fqdn2 = "%s.%s.prod.outlook.com" % (srv2, region)
    local = srv + rhex(rng, 24, upper=True)
    if not h.msgid:
        h.msgid = "<%s@%s>" % (local, fqdn)
    if has_attach is None:
        has_attach = root.ctype == "multipart/mixed"
    t_send = h.date
    t_out = t_send + S * rng.randint(1, 3)
    t_rcv = t_out + S * rng.randint(1, 4)
    ip = ip or "40.107.%d.%d" % (rng.choice([20, 21, 22, 247, 249, 250, 251]), rng.randrange(2, 250))
    oct3 = ip.split(".")
    host = "mail-%s%son2%03d.outbound.protection.outlook.com" % (eop_dc.lower(), eop.lower(), int(oct3[3]))
    helo = "%s-%s-obe.outbound.protection.outlook.com" % (eop, eop_dc)
    lines = []
    dkims = []
    ar = ("mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none")
    lines += smtp.arc_set(rng, "microsoft.com", "arcselector10001", ar,
                          "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1",
                          b64len(rng, 32), smtp.ts(t_out))
    d = dkim_d or h.from_domain
    dkim(m, lines, dkims, d, dkim_s, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
         body, indent=" ")
    lines.append("Received: from %s (2603:10a6:%x:%x::%x) by\n %s (2603:10a6:%x:%x::%x) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
        fqdn, rng.randrange(16, 4095), rng.randrange(16, 4095), rng.randrange(1, 255),
        fqdn2, rng.randrange(16, 4095), rng.randrange(16, 4095), rng.randrange(1, 255),
        MS_BUILD_S, rfc_date(t_send + S, "utc", zero_day=False)))
    fe = "fe80::%x:%x:%x:%x" % (rng.randrange(4096, 65535), rng.randrange(4096, 65535), rng.randrange(4096, 65535), rng.randrange(4096, 65535))
    lines.append("Received: from %s\n ([%s]) by %s\n ([%s%%%d]) with mapi id %s; %s" % (
        fqdn, fe, fqdn, fe, rng.randrange(3, 7), MS_BUILD, rfc_date(t_send, "utc")))
    lines += stdlist(h, ["from", "to", "cc", "reply_to", "subject"], sep=",\n\t")
    lines.append(mime.fold("Thread-Topic", mime.hval(h.subject.split(": ", 1)[-1] if h.subject[:4].upper() in ("RE: ", "AW: ", "FW: ", "WG: ", "R: I") else h.subject, h.hcs, h.henc)))
    lines.append("Thread-Index: " + thread_index(m, thread))
    lines.append("Date: " + rfc_date(t_send, "utc"))
    lines.append("Message-ID: " + h.msgid)
    lines += stdlist(h, ["refs", "irt"])
    lines.append("Accept-Language: " + accept)
    lines.append("Content-Language: " + lang)
    lines.append("X-MS-Has-Attach: " + ("yes" if has_attach else ""))
    lines.append("X-MS-TNEF-Correlator:")
    lines += list(client_extra)
    lines.append("authentication-results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;" % h.from_domain)
    lines.append("x-ms-publictraffictype: Email")
    lines.append("x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srv, srv2))
    cid = uuid(rng)
    lines.append("x-ms-office365-filtering-correlation-id: " + cid)
    lines.append("x-ms-exchange-senderadcheck: 1")
    lines.append("x-ms-exchange-antispam-relay: 0")
    lines.append("x-microsoft-antispam:\n BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;")
    lines.append(smtp.fold_b64("x-microsoft-antispam-message-info:\n ", b64len(rng, 540), first=76, width=76, indent=" "))
    lines.append("x-forefront-antispam-report:\n CIP:255.255.255.255;CTRY:;LANG:%s;SCL:%d;SRV:;IPV:NLI;SFV:%s;H:%s;PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016)(376014)(38070700018);DIR:OUT;SFP:1101;" % (
        lang.split("-")[0], scl, sfv, fqdn))
    lines.append("x-ms-exchange-antispam-messagedata-chunkcount: 1")
    lines.append(smtp.fold_b64("x-ms-exchange-antispam-messagedata-0:\n ", b64len(rng, 720), first=76, width=76, indent=" "))
    lines.append("__CT__")
    lines.append("MIME-Version: 1.0")
    lines.append("X-OriginatorOrg: " + tenant)
    lines.append("X-MS-Exchange-CrossTenant-AuthAs: Internal")
    lines.append("X-MS-Exchange-CrossTenant-AuthSource: " + fqdn)
    lines.append("X-MS-Exchange-CrossTenant-Network-Message-Id: " + uuid(rng))
    lines.append("X-MS-Exchange-CrossTenant-originalarrivaltime: " + mapi_time(t_send.replace(microsecond=rng.randrange(10 ** 6))))
    lines.append("X-MS-Exchange-CrossTenant-fromentityheader: Hosted")
    tid = tenant_id or uuid(rng)
    lines.append("X-MS-Exchange-CrossTenant-id: " + tid)
    lines.append("X-MS-Exchange-CrossTenant-mailboxtype: HOSTED")
    lines.append("X-MS-Exchange-CrossTenant-userprincipalname: " + rb64(rng, 86))
    lines.append("X-MS-Exchange-Transport-CrossTenantHeadersStamped: " + srv2)
    lines += list(extra_after)
    conn = Conn(helo, host, ip, h.mail_from, tls_desc=tls, spf=spf, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t_rcv, root, body)


def outlook_boundary(m, h, kind):
    loc = h.msgid.strip("<>").replace("@", "").replace(".", "").replace("-", "")
    return "_%03d_%s_" % (kind, loc[:64])


# ================================================================ Exchange
def exchange_internal(m, h, root, srv="EXCH01", srv2="EXCH02", client_ip="10.20.31.44",
                      lang="de-DE", accept="de-DE, en-US", thread=0, has_attach=None,
                      extra=(), x_mailer=None, from_app=None):
    """Outlook -> Exchange 2019 (on-prem) -> mail-int01 -> mx01."""
    rng = m.rng
    body = root.encoded_body()
    fq = "%s.corp.example.com" % srv
    fq2 = "%s.corp.example.com" % srv2
    if not h.msgid:
        h.msgid = "<%s@%s>" % (rhex(rng, 32), fq)
    if has_attach is None:
        has_attach = root.ctype == "multipart/mixed"
    t = h.date
    t1 = t + S * rng.randint(0, 1)
    t2 = t1 + S * rng.randint(1, 2)
    t3 = t2 + S * rng.randint(0, 2)
    lines = []
    lines.append("Received: from %s (%s [10.20.0.%d])\n\t%s\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
        fq2.lower(), fq2.lower(), 12 if srv2 == "EXCH02" else 11,
        "(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(Client did not present a certificate)",
        smtp.queue_id(rng), h.rcpt, rfc_date(t2, "de", pad=True, abbr=True)))
    lines.append("Received: from %s (10.20.0.%d) by %s (10.20.0.%d)\n with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.37; %s" % (
        fq, 11 if srv == "EXCH01" else 12, fq2, 12 if srv2 == "EXCH02" else 11, rfc_date(t1, "de")))
    fe = "fe80::%x:%x:%x:%x" % (rng.randrange(4096, 65535), rng.randrange(4096, 65535), rng.randrange(4096, 65535), rng.randrange(4096, 65535))
    lines.append("Received: from %s ([%s]) by %s\n ([%s%%13]) with mapi id 15.02.1748.037; %s" % (
        fq, fe, fq, fe, rfc_date(t, "de")))
    lines += stdlist(h, ["from", "to", "cc", "reply_to", "subject"])
    lines.append(mime.fold("Thread-Topic", mime.hval(h.subject.split(": ", 1)[-1] if h.subject[:4].upper() in ("RE: ", "AW: ", "FW: ", "WG: ") else h.subject, h.hcs, h.henc)))
    lines.append("Thread-Index: " + thread_index(m, thread))
    lines.append("Date: " + rfc_date(t, "de"))
    lines.append("Message-ID: " + h.msgid)
    lines += stdlist(h, ["refs", "irt"])
    lines.append("Accept-Language: " + accept)
    lines.append("Content-Language: " + lang)
    lines.append("X-MS-Has-Attach: " + ("yes" if has_attach else ""))
    lines.append("X-MS-TNEF-Correlator:")
    lines += list(extra)
    lines.append("x-ms-exchange-transport-fromentityheader: Hosted")
    lines.append("x-originating-ip: [%s]" % client_ip)
    lines.append("__CT__")
    lines.append("MIME-Version: 1.0")
    conn = Conn("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", h.mail_from, tls_desc=TLS13_INT)
    return finish(m, h, lines, conn, [], t3, root, body, internal=True)


def internal_app(m, h, root, host, ip, ua_lines, msgid_dom=None, date_zone="de"):
    """An internal application server (PBX, ticket system) -> mail-int01 -> mx01."""
    rng = m.rng
    if not h.msgid:
        h.msgid = "<%s@%s>" % (rhex(rng, 32), h.from_domain)
    body = root.encoded_body()
    t = h.date
    t1 = t + S * rng.randint(0, 1)
    t2 = t1 + S * rng.randint(0, 2)
    if not h.msgid:
        h.msgid = "<%s@%s>" % (rhex(rng, 24), msgid_dom or host)
    lines = ["Received: from %s (%s [%s])\n\tby mail-int01.example.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        host, host, ip, smtp.queue_id(rng), h.rcpt, rfc_date(t1, "de", pad=True, abbr=True))]
    lines += stdlist(h, ["date", "from", "to", "cc", "reply_to", "msgid", "subject", "mime"], zone=date_zone)
    lines += list(ua_lines)
    lines.append("__CT__")
    conn = Conn("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", h.mail_from, tls_desc=TLS13_INT)
    return finish(m, h, lines, conn, [], t2, root, body, internal=True)


# ================================================================== Google
GOOGLE_SRC = ["mail-wr1-f%d.google.com", "mail-ej1-f%d.google.com", "mail-lf1-f%d.google.com",
              "mail-wm1-f%d.google.com", "mail-ed1-f%d.google.com", "mail-qk1-f%d.google.com"]
GOOGLE_NET = {"wr1": "209.85.221.%d", "ej1": "209.85.218.%d", "lf1": "209.85.167.%d",
              "wm1": "209.85.128.%d", "ed1": "209.85.208.%d", "qk1": "209.85.222.%d"}


def gmail(m, h, root, workspace=None, ua=None, phone=False, extra=(), gm_tls=TLS13_128, order=None, dkim_s=None,
          apple=None):
    rng = m.rng
    if h.hcs == "utf-8":
        h.hcs = "UTF-8"
    body = root.encoded_body()
    key = rng.choice(list(GOOGLE_NET))
    n = rng.randrange(41, 180)
    host = "mail-%s-f%d.google.com" % (key, n)
    ip = GOOGLE_NET[key] % n
    t = h.date
    t1 = t + S * rng.randint(0, 1)
    t2 = t1 + S * rng.randint(1, 3)
    if not h.msgid:
        h.msgid = "<CA%s@mail.gmail.com>" % ralnum(rng, rng.randint(44, 56), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")
    dom = workspace or h.from_domain
    lines = []
    sid = "%s-%s%s" % (rng.choice(["a640c23a62f3a", "2adb3069b0e04", "5b1f17b1804b1", "ffacd0b85a97d", "4fd4d7a1d2e4c"]), rng.choice(["a9a", "aa6", "b8f", "3d4", "6d8"]), rhex(rng, 12))
    lines.append("Received: by %s with SMTP id %s.%d\n        for <%s>; %s" % (
        host, sid, rng.randrange(1, 9), h.rcpt, rfc_date(t1, "pt", zero_day=True, abbr=True)))
    dkims = []
    hl = "to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to"
    if h.irt:
        hl = "to:subject:message-id:date:from:in-reply-to:references\n         :mime-version:from:to:cc:subject:date:message-id:reply-to"
    sig, b = smtp.dkim_sig(rng, dom, dkim_s or ("20230601" if dom in ("gmail.com", "googlemail.com") else "google"), hl, mime.body_hash(body),
                           t=smtp.ts(t1), x=smtp.ts(t1) + 604800, indent="        ", extra="darn=%s" % h.rcpt.split("@")[1],
                           order="vacdstxEh")
    lines.append(sig)
    dkims.append((dom, "20230601" if dom in ("gmail.com", "googlemail.com") else "google", b, "pass", 2048))
    xs, _ = smtp.dkim_sig(rng, "1e100.net", "20230601", "x-gm-message-state:" + hl.replace("\n         ", ""), mime.body_hash(body),
                          t=smtp.ts(t1), x=smtp.ts(t1) + 604800, indent="        ", order="vacdstxh")
    lines.append("X-Google-" + xs)
    lines.append("X-Gm-Message-State: AOJu0Y" + rb64(rng, 62) + "\n\tY" + rb64(rng, 70))
    lines.append("X-Gm-Gg: ASbGnc" + rb64(rng, 66) + "\n\t" + rb64(rng, 72) + "\n\t" + rb64(rng, 40))
    lines.append("X-Google-Smtp-Source: AGHT+IF" + rb64(rng, 78) + "==")
    lines.append("X-Received: by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;\n        %s" % (
        rng.randrange(4096, 65535), rng.randrange(4096, 65535), rng.randrange(256, 4095), rng.randrange(256, 4095), rng.randrange(4096, 65535),
        sid, rng.randrange(1, 99), rng.randrange(10 ** 12, 10 ** 13), rfc_date(t1, "pt", zero_day=True, abbr=True)))
    lines.append("MIME-Version: 1.0")
    order = order or ["from", "date", "msgid", "subject", "to", "cc"]
    if h.irt:
        order = ["refs", "irt"] + order
    if h.reply_to:
        order = order + ["reply_to"]
    lines += stdlist(h, order, zone=h.date_zone or "de")
    lines += list(extra)
    lines.append("__CT__")
    spf_dom = h.mail_from.split("@")[1]
    conn = Conn(host, host, ip, h.mail_from, tls_desc=gm_tls, spf_domain=spf_dom)
    return finish(m, h, lines, conn, dkims, t2, root, body)


def google_notify(m, h, root, sender_kind="drive", extra=()):
    """Google Drive / Forms notifications (mail-sor)."""
    rng = m.rng
    body = root.encoded_body()
    n = rng.choice([69, 73, 41, 97, 65])
    host = "mail-sor-f%d.google.com" % n
    ip = "209.85.220.%d" % n
    t = h.date
    t1 = t + S
    t2 = t1 + S * rng.randint(1, 2)
    if not h.msgid:
        h.msgid = "<%s@google.com>" % ralnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    lines = []
    lines.append("Received: by %s with SMTP id %s.%d\n        for <%s>\n        (Google Transport Security);\n        %s" % (
        host, "d75a77b69052e-" + rhex(rng, 12), rng.randrange(1, 9), h.rcpt, rfc_date(t1, "pt", zero_day=True, abbr=True)))
    dkims = []
    dkim(m, lines, dkims, "google.com", "20230601",
         "reply-to:content-type:from:subject:message-id:references:date\n         :mime-version:from:to:cc:subject:date:message-id:reply-to",
         body, t=smtp.ts(t1), x=smtp.ts(t1) + 604800, indent="        ", extra="darn=%s" % h.rcpt.split("@")[1], order="vacdstxEh")
    lines.append("X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=reply-to:content-type:from:subject:message-id:references:date\n         :mime-version:x-gm-message-state:from:to:cc:subject:date:message-id\n         :reply-to;\n        bh=%s;\n        b=%s" % (
        smtp.ts(t1), smtp.ts(t1) + 604800, mime.body_hash(body), smtp.fold_b64("", b64len(rng, 256), first=60, width=70, indent="         ")))
    lines.append("X-Gm-Message-State: AOJu0Y" + rb64(rng, 62))
    lines.append("X-Google-Smtp-Source: AGHT+IE" + rb64(rng, 78) + "==")
    lines.append("MIME-Version: 1.0")
    lines.append("X-Received: by 2002:ac8:%x:0:b0:%x:%x with SMTP id %s;\n        %s" % (
        rng.randrange(4096, 65535), rng.randrange(256, 4095), rng.randrange(4096, 65535), rhex(rng, 12),
        rfc_date(t1, "pt", zero_day=True, abbr=True)))
    lines += stdlist(h, ["reply_to", "refs"])
    lines.append("X-No-Auto-Attachment: 1")
    lines += stdlist(h, ["msgid"])
    lines.append("Date: " + rfc_date(t, "utc", zero_day=True))
    lines += stdlist(h, ["subject", "from", "to"])
    lines += list(extra)
    lines.append("__CT__")
    conn = Conn(host, host, ip, h.mail_from, tls_desc=TLS13_128, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t2, root, body)


# =============================================================== Postfix
def postfix_relay(m, h, root, relay, relay_ip, client="outlook", client_host=None, client_ip=None,
                  dkim_d=None, dkim_s="mail", auth=True, webmail_ip=None, ua_lines=(),
                  order=None, zone="de", tls=TLS13, extra=(), spam_lines=()):
    """A company's own Postfix relay (optionally with Roundcube on it)."""
    rng = m.rng
    if not h.msgid:
        h.msgid = "<%s@%s>" % (rhex(rng, 32), h.from_domain)
    body = root.encoded_body()
    t = h.date
    t1 = t + S * rng.randint(0, 2)
    t2 = t1 + S * rng.randint(1, 3)
    lines = []
    dkims = []
    if dkim_d:
        dkim(m, lines, dkims, dkim_d, dkim_s, "From:Reply-To:Subject:Date:To:Cc:In-Reply-To:References:Message-ID:MIME-Version:Content-Type",
             body, t=smtp.ts(t1), order="vacdsht")
    if client == "roundcube":
        lines.append("Received: from webmail.%s (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
            relay.split(".", 1)[1], h.mail_from, relay, smtp.queue_id(rng), rfc_date(t1, zone, pad=True, abbr=True)))
    else:
        lines.append("Received: from %s (%s [%s])\n\t%s\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
            client_host or "[%s]" % client_ip, "unknown" if client_host is None or client_host.startswith("[") else client_host,
            client_ip, "(Authenticated sender: %s)" % h.mail_from if auth else "",
            relay, smtp.queue_id(rng), rfc_date(t1, zone, pad=True, abbr=True)))
    lines += list(spam_lines)
    lines += stdlist(h, order or ["mime", "date", "from", "to", "cc", "subject", "reply_to", "irt", "refs", "msgid"], zone=zone)
    lines += list(ua_lines)
    lines += list(extra)
    lines.append("__CT__")
    conn = Conn(relay, relay, relay_ip, h.mail_from, tls_desc=tls, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t2, root, body)


# ================================================================== ESPs
def ses(m, h, root, region="eu-west-1", ip=None, dkim_d=None, dkim_s=None, mail_from=None,
        order=None, extra=(), feedback=None, host=None, config=None):
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    t1 = t + S * rng.randint(0, 1)
    ip = ip or "54.240.%d.%d" % (rng.choice([4, 6, 7]), rng.randrange(2, 250))
    o = ip.split(".")
    host = host or "a%s-%s.smtp-out.%s.amazonses.com" % (o[2], o[3], region)
    mid = "0102%s-%s-%s-%s-%s-000000" % (rhex(rng, 12), rhex(rng, 8), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4) + "-" + rhex(rng, 12))
    if not h.msgid:
        h.msgid = "<%s@%s.amazonses.com>" % (mid, region)
    h.mail_from = mail_from or "%s@%s.amazonses.com" % (mid, region)
    lines = []
    dkims = []
    hl = "Subject:From:To:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"
    if dkim_d:
        dkim(m, lines, dkims, dkim_d, dkim_s or ralnum(rng, 32, "abcdefghijklmnopqrstuvwxyz234567"), hl, body,
             t=smtp.ts(t), order="vaqcdsth", bits=1024)
    ses_sel = {"eu-west-1": "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "us-east-1": "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw",
               "eu-west-2": "b7k3w5ce4bfo5ocmqvqdw3pyo7o3otgl", "eu-central-1": "54ss4gqsx7ypc4ud6rpigmsftqjp4nsz"}[region]
    dkim(m, lines, dkims, "amazonses.com", ses_sel, hl, body, t=smtp.ts(t), order="vaqcdsth", bits=1024, result="pass")
    lines += stdlist(h, order or ["subject", "from", "reply_to", "to", "mime", "ct", "msgid", "date"], zone="utc",
                     date_style={})
    if "__CT__" not in lines:
        lines.append("__CT__")
    lines += list(extra)
    lines.append("Feedback-ID: %s" % (feedback or "::1.%s.%s=:AmazonSES" % (region, rb64(rng, 43))))
    lines.append("X-SES-Outgoing: %s-%s" % (t.strftime("%Y.%m.%d"), ip))
    conn = Conn(host, host, ip, h.mail_from, tls_desc=TLS13_128, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t1 + S, root, body)


def sendgrid(m, h, root, dkim_d, ip=None, ptr=None, extra=(), order=None, mail_from_dom=None):
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    ip = ip or "149.72.%d.%d" % (rng.randrange(1, 250), rng.randrange(2, 250))
    host = ptr or "o%d.ptr%d.%s" % (rng.randrange(1, 9), rng.randrange(1000, 9999), dkim_d)
    sgid = ralnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    geo = "geopod-ismtpd-%d" % rng.randrange(1, 40)
    if not h.msgid:
        h.msgid = "<%s@%s>" % (sgid, geo)
    uid = rng.randrange(10 ** 7, 10 ** 8)
    bdom = mail_from_dom or "em%d.%s" % (rng.randrange(1000, 9999), dkim_d)
    h.mail_from = "bounces+%d-%s-%s=%s@%s" % (uid, rhex(rng, 4), h.rcpt.split("@")[0], h.rcpt.split("@")[1], bdom)
    lines = []
    fd = "filterdrecv-%s-%s" % (rhex(rng, 10), ralnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    lines.append("Received: by %s with SMTP id %s-1-%s-%s\n\t%s.%09d +0000 UTC m=+%d.%09d" % (
        fd, fd, rhex(rng, 8, True), rhex(rng, 2, True), t.strftime("%Y-%m-%d %H:%M:%S"), rng.randrange(10 ** 9),
        rng.randrange(100000, 9999999), rng.randrange(10 ** 9)))
    lines.append("Received: from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s.%d +0000 (UTC)" % (
        rb64(rng, 12).replace("/", "x").replace("+", "y"), geo, sgid, rfc_date(t, "utc", zero_day=True)[:-6], rng.randrange(10)))
    dkims = []
    dkim(m, lines, dkims, dkim_d, "s1", "content-type:from:mime-version:subject:reply-to:to:cc:\n\tcontent-type:from:subject:to", body, order="vacdhs")
    lines += stdlist(h, order or ["ct", "date", "from", "mime", "msgid", "reply_to", "subject"], zone="utc",
                     date_style={"zero_day": True, "abbr": False})
    lines = [l.replace(" +0000", " +0000 (UTC)") if l.startswith("Date:") else l for l in lines]
    lines.append(smtp.fold_b64("X-SG-EID: \n u001.", rb64(rng, 180), first=66, width=70, indent=" "))
    lines.append(smtp.fold_b64("X-SG-ID: \n u001.", rb64(rng, 140), first=66, width=70, indent=" "))
    lines += stdlist(h, ["to", "cc"])
    lines.append("X-Entity-ID: u001.%s==" % rb64(rng, 22))
    lines += list(extra)
    if "__CT__" not in lines:
        lines.append("__CT__")
    conn = Conn(host, host, ip, h.mail_from, tls_desc=TLS12, spf_domain=bdom)
    return finish(m, h, lines, conn, dkims, t + S * rng.randint(2, 9), root, body)


def mailchimp(m, h, root, dc="us21", list_dom=None, u=None, lid=None, cid=None, extra=()):
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    n = rng.randrange(2, 250)
    host = "mail%d.suw%d.mcdlv.net" % (n, rng.randrange(10, 121))
    ip = "198.2.%d.%d" % (rng.choice([128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 177, 178, 179, 180]), n)
    u = u or rhex(rng, 25)
    lid = lid or rhex(rng, 10)
    cid = cid or rhex(rng, 10)
    eid = rhex(rng, 10)
    h.mail_from = "bounce-mc.%s_%d.%d-%s=%s@%s" % (dc, rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 6, 10 ** 7),
                                                  h.rcpt.split("@")[0], h.rcpt.split("@")[1], host)
    if not h.msgid:
        h.msgid = "<%s.%s.%s.%s@%s>" % (u, rhex(rng, 10), t.strftime("%Y%m%d%H%M%S"), rhex(rng, 10), host)
    lines = []
    dkims = []
    dkim(m, lines, dkims, h.from_domain, "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC",
         body, t=smtp.ts(t), order="vacdsth", bits=1024)
    dkim(m, lines, dkims, "mcdlv.net", "k3", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC",
         body, t=smtp.ts(t), order="vacdsth", bits=2048)
    lines.append("Received: from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s" % (
        host, smtp.queue_id(rng), h.rcpt, rfc_date(t, "utc")))
    lines += stdlist(h, ["subject", "from", "reply_to", "to"])
    lines.append("Date: " + rfc_date(t, "utc"))
    lines.append("Message-ID: " + h.msgid)
    lines.append("X-Mailer: Mailchimp Mailer - **CID%s%s**" % (cid, eid))
    lines.append("X-Campaign: mailchimp%s.%s" % (u, cid))
    lines.append("X-campaignid: mailchimp%s.%s" % (u, cid))
    lines.append("X-Report-Abuse: <https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s&c=%s>" % (u, lid, eid, cid))
    lines.append("X-MC-User: " + u)
    lines.append("Feedback-ID: %d:%d.%d:%s:mc" % (rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 6, 10 ** 7), dc))
    lines.append("List-ID: %s mc list <%s.%s.list-id.mcsv.net>" % (u, u, lid))
    lines.append("X-Accounttype: pd")
    unsub = "https://%s.%s.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s" % (list_dom or "agricert-europe", dc, u, lid, eid, cid)
    m.fact("URL", unsub)
    lines.append("List-Unsubscribe: <%s>,\n <mailto:unsubscribe-mc.%s_%s.%s-%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (
        unsub, dc, u, cid, eid, rhex(rng, 10)))
    lines.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    lines += list(extra)
    lines.append("__CT__")
    lines.append("MIME-Version: 1.0")
    conn = Conn(host, host, ip, h.mail_from, tls_desc=TLS13, spf_domain=host)
    return finish(m, h, lines, conn, dkims, t + S * rng.randint(2, 30), root, body)


def mailgun(m, h, root, sending_dom, ip=None, dkim_s="pic", extra=(), order=None, eu=True, sender=None):
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    ip = ip or ("141.193.32.%d" % rng.randrange(2, 250) if eu else "159.135.%d.%d" % (rng.choice([224, 228, 232]), rng.randrange(2, 250)))
    o = ip.split(".")
    host = "m%s-%s.%s" % (o[2], o[3], "eu.mailgun.net" if eu else "mailgun.net")
    if not h.msgid:
        h.msgid = "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), rhex(rng, 16), sending_dom)
    h.mail_from = "bounce+%s.%s-%s=%s@%s" % (rhex(rng, 6), rhex(rng, 6), h.rcpt.split("@")[0], h.rcpt.split("@")[1], sending_dom)
    lines = []
    dkims = []
    dkim(m, lines, dkims, sending_dom, dkim_s, "Content-Transfer-Encoding: Content-Type: MIME-Version: Subject: Subject: From:\n\t From: To: To: Date: Message-Id: Sender: Sender",
         body, t=smtp.ts(t), order="avcdsth")
    lines.append("X-Mailgun-Sending-Ip: " + ip)
    lines.append("X-Mailgun-Sid: " + base64.b64encode(('["%s", "%s", "%s"]' % (rhex(rng, 5), h.rcpt, rhex(rng, 6))).encode()).decode())
    ec2 = "3.%d.%d.%d" % (rng.randrange(64, 127), rng.randrange(255), rng.randrange(255))
    lines.append("Received: from %s (%s [%s]) by\n %s with HTTP id %s; %s" % (
        "mailgun.net" if not eu else "eu.mailgun.net", "ec2-%s.eu-central-1.compute.amazonaws.com" % ec2.replace(".", "-"),
        ec2, host, rhex(rng, 24), rfc_date(t, "utc", zero_day=True)))
    lines.append("X-Mailgun-Batch-Id: " + rhex(rng, 24))
    lines += stdlist(h, order or ["ct", "mime", "subject", "from", "reply_to", "to", "date", "msgid"], zone="utc")
    lines.append("Sender: " + (sender or "noreply@" + sending_dom))
    lines += list(extra)
    if "__CT__" not in lines:
        lines.append("__CT__")
    conn = Conn(host, host, ip, h.mail_from, tls_desc=TLS12, spf_domain=sending_dom)
    return finish(m, h, lines, conn, dkims, t + S * rng.randint(1, 5), root, body)


def brevo(m, h, root, dkim_d, ip=None, extra=(), account=None):
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    ip = ip or "77.32.148.%d" % rng.randrange(2, 250)
    host = "mx-%s.sendibt3.com" % ip.replace(".", "-")
    acc = account or rng.randrange(10 ** 6, 10 ** 7)
    h.mail_from = "bounces-%d-%s=%s@sendibt3.com" % (acc, h.rcpt.split("@")[0], h.rcpt.split("@")[1])
    if not h.msgid:
        h.msgid = "<%s.%d@smtp-relay.mailin.fr>" % (uuid(rng), rng.randrange(10 ** 8))
    lines = []
    dkims = []
    dkim(m, lines, dkims, dkim_d, "brevo1", "from:to:subject:date:list-unsubscribe:list-unsubscribe-post:mime-version", body, t=smtp.ts(t), order="vacdsht", bits=1024)
    dkim(m, lines, dkims, "sendibt3.com", "mail", "from:to:subject:date:list-unsubscribe:mime-version", body, t=smtp.ts(t), order="vacdsht", bits=1024)
    lines.append("Received: from smtp-relay.mailin.fr (unknown [%s])\n\tby %s (Brevo) with ESMTP id %s; %s" % (
        "10.%d.%d.%d" % (rng.randrange(255), rng.randrange(255), rng.randrange(255)), host, smtp.queue_id(rng), rfc_date(t, "utc")))
    lines += stdlist(h, ["mime", "from", "reply_to", "to", "subject", "date", "msgid"], zone="de")
    lines.append("X-Mailer: Brevo")
    lines.append("X-Mailin-Campaign: %d" % rng.randrange(10, 999))
    lines.append("X-Mailin-Client: %d" % acc)
    lines.append("Origin-messageId: " + h.msgid)
    lines.append("X-sib-id: " + rb64(rng, 40))
    lines.append("X-CSA-Complaints: csa-complaints@eco.de")
    lines.append("Feedback-ID: %s:%d_-1:%d:Brevo" % (ip, acc, acc))
    unsub = "https://r.%s/tr/un/li/%s" % (dkim_d, rb64(rng, 48).replace("/", "_").replace("+", "-"))
    m.fact("URL", unsub)
    lines.append("List-Unsubscribe: <%s>" % unsub)
    lines.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    lines += list(extra)
    lines.append("__CT__")
    conn = Conn(host, host, ip, h.mail_from, tls_desc=TLS13, spf_domain="sendibt3.com")
    return finish(m, h, lines, conn, dkims, t + S * rng.randint(2, 20), root, body)


# ========================================================= other providers
def zoho(m, h, root, ip=None, extra=()):
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    ip = ip or "136.143.169.%d" % rng.randrange(2, 60)
    host = "sender4-op-o%s.zoho.eu" % ip.split(".")[3]
    if not h.msgid:
        h.msgid = "<%s.%s.%d@%s>" % (rhex(rng, 11), rhex(rng, 16), rng.randrange(10 ** 18, 10 ** 19), h.from_domain)
    lines = []
    lines += smtp.arc_set(rng, "zohomail.eu", "zohoarc", "i=1; mx.zohomail.eu;\n\tdkim=pass  header.i=%s;\n\tspf=pass  smtp.mailfrom=%s;\n\tdmarc=pass header.from=<%s>" % (
        h.from_domain, h.frm[1], h.frm[1]), "Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Reply-To",
        mime.body_hash(body), smtp.ts(t))
    dkims = []
    dkim(m, lines, dkims, h.from_domain, "zmail", "Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Reply-To",
         body, t=smtp.ts(t), i=h.frm[1], order="vacdsith")
    lines.append("Received: from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%d; %s" % (smtp.ts(t), rng.randrange(100, 999), rfc_date(t, "de")))
    lines += stdlist(h, ["date", "from", "to", "cc", "msgid", "irt", "subject", "reply_to", "mime"], zone="de")
    lines.append("__CT__")
    lines.append("Importance: Medium")
    lines.append("User-Agent: Zoho Mail")
    lines.append("X-Mailer: Zoho Mail")
    lines += list(extra)
    conn = Conn(host, host, ip, h.mail_from, tls_desc=TLS13, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t + S * rng.randint(1, 4), root, body)


def ionos(m, h, root, client_ip, client="ox", dkim_s="s1-ionos", extra=(), ua=None):
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    t1 = t + S
    n = rng.choice([134, 135, 187, 130, 131])
    ip = "212.227.126.%d" % n
    host = "mout.kundenserver.de"
    if not h.msgid:
        h.msgid = "<%d.%d.%d@email.ionos.de>" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 5, 10 ** 6), smtp.ts(t) * 1000 + rng.randrange(1000))
    lines = []
    dkims = []
    dkim(m, lines, dkims, h.from_domain, dkim_s, "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:\n\t Content-Transfer-Encoding", body,
         t=smtp.ts(t1), order="vacdsht")
    lines.append("Received: from oxbsltgw%02d.schlund.de ([%s]) by mrelayeu.kundenserver.de\n (mreue%d [213.165.67.%d]) with ESMTPSA (Nemesis) id %s for\n <%s>; %s" % (
        rng.randrange(10, 80), client_ip, rng.randrange(100, 120), rng.randrange(97, 123),
        "1M%s-1t%s-00%s" % (ralnum(rng, 5), ralnum(rng, 10), ralnum(rng, 4)), h.rcpt, rfc_date(t1, "de")))
    lines += stdlist(h, ["date", "from", "to", "cc", "reply_to", "msgid", "irt", "refs", "subject", "mime"], zone="de")
    lines.append("__CT__")
    lines.append("X-Priority: 3")
    lines.append("Importance: Normal")
    lines.append("X-Mailer: Open-Xchange Mailer v8.26.97")
    lines.append("X-Originating-Client: open-xchange-appsuite")
    lines.append(smtp.fold_b64("X-Provags-ID: V03:K1:", rb64(rng, 180), first=50, width=70, indent=" "))
    lines.append("X-Spam-Flag: NO")
    lines.append(smtp.fold_b64("UI-OutboundReport: notjunk:1;M01:P0:", rb64(rng, 400), first=40, width=70, indent=" "))
    lines += list(extra)
    conn = Conn(host, host, ip, h.mail_from, tls_desc=TLS13, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t1 + S * rng.randint(1, 3), root, body)


def aruba(m, h, root, client_ip, ua_lines=(), extra=()):
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    t1 = t + S
    n = rng.randrange(1, 30)
    ip = "62.149.155.%d" % (140 + n)
    host = "smtpdh%d-%d.aruba.it" % (rng.randrange(10, 20), rng.randrange(1, 3))
    if not h.msgid:
        h.msgid = "<%s$%s$%s@%s>" % (rhex(rng, 12), rhex(rng, 8), rhex(rng, 8), h.from_domain)
    lines = []
    dkims = []
    dkim(m, lines, dkims, "aruba.it", "a1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", body,
         t=smtp.ts(t1), order="vacdsth", bits=2048)
    lines.append("Received: from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
        h.frm[1].split("@")[1] if False else "PC-UFFICIO", client_ip, ralnum(rng, 12), rfc_date(t1, "de")))
    lines.append(smtp.fold_b64("X-CMAE-Envelope: MS4xfG", rb64(rng, 220), first=50, width=70, indent=" "))
    lines += stdlist(h, ["from", "to", "cc", "reply_to", "refs", "irt", "subject", "date", "msgid", "mime"], zone="de")
    lines.append("__CT__")
    lines += list(ua_lines)
    lines += list(extra)
    conn = Conn(host, host, ip, h.mail_from, tls_desc=TLS13, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t1 + S * rng.randint(1, 3), root, body)


def homepl(m, h, root, client_ip, client_host=None, ua_lines=(), extra=(), server=None):
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    t1 = t + S
    server = server or "cloudserver094114.home.pl"
    ip = "79.96.170.134"
    lines = []
    dkims = []
    dkim(m, lines, dkims, h.from_domain, "dkim", "from:to:subject:date:message-id:mime-version:content-type", body,
         t=smtp.ts(t1), order="vacdsth")
    lines.append("Received: from localhost (127.0.0.1) (HELO v370.home.net.pl)\n by /usr/run/smtp (/usr/run/postfix/private/idea_relay_lmtp) via UNIX with SMTP (IdeaSmtpServer 6.0.0)\n id %s; %s" % (
        rhex(rng, 16), rfc_date(t1, "de")))
    lines.append("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
        client_host or "[192.168.1.%d]" % rng.randrange(20, 200), "unknown", client_ip, server, smtp.queue_id(rng),
        rfc_date(t1, "de", pad=True, abbr=True)))
    lines.append("X-CLIENT-IP: " + client_ip)
    lines.append("X-CLIENT-HOSTNAME: " + (client_host or client_ip))
    lines.append("X-VADE-SPAMSTATE: clean")
    lines.append(smtp.fold_b64("X-VADE-SPAMCAUSE: ", rb64(rng, 320).replace("+", "d").replace("/", "g"), first=60, width=70, indent=" "))
    lines.append("X-DCC--Metrics: v370.home.net.pl 1024; Body=%d Fuz1=%d Fuz2=%d" % (rng.randrange(2, 9), rng.randrange(2, 9), rng.randrange(2, 9)))
    lines += stdlist(h, ["msgid", "date", "mime", "from", "to", "cc", "reply_to", "refs", "irt", "subject"], zone="de")
    lines += list(ua_lines)
    lines.append("__CT__")
    lines += list(extra)
    conn = Conn(server, server, ip, h.mail_from, tls_desc=TLS13, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t1 + S * rng.randint(1, 3), root, body)


def nazwapl(m, h, root, client_ip, ua_lines=(), extra=(), server="server157642.nazwa.pl", ip="94.152.132.41"):
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    t1 = t + S
    lines = []
    dkims = []
    dkim(m, lines, dkims, h.from_domain, "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", body,
         t=smtp.ts(t1), order="vacdsth")
    lines.append("Received: from DESKTOP-%s (%s) [%s]\n\tby %s with ESMTPSA\n\t(TLS1.2:ECDHE_SECP256R1__RSA_SHA512__AES_256_GCM:256)\n\t(Authenticated sender: %s)\n\tid %s; %s" % (
        ralnum(rng, 7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), client_ip, client_ip, server, h.mail_from,
        rhex(rng, 16), rfc_date(t1, "de")))
    lines += stdlist(h, ["from", "to", "cc", "reply_to", "refs", "irt", "subject", "date", "msgid", "mime"], zone="de")
    lines.append("__CT__")
    lines += list(ua_lines)
    lines.append("X-Virus-Scanned: amavisd-new at nazwa.pl")
    lines += list(extra)
    conn = Conn(server, server, ip, h.mail_from, tls_desc=TLS13, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t1 + S * rng.randint(1, 3), root, body)


def cpanel(m, h, root, server, ip, client_ip=None, auth_user=None, php_script=None, dkim_d=None,
           ua_lines=(), extra=(), zone="gr", tls=TLS13, exim="4.98", order=None, dkim_s="default"):
    """cPanel/Exim shared hosting: authenticated SMTP or PHP mail() via
    PHPMailer on a (compromised) site."""
    rng = m.rng
    if not h.msgid:
        h.msgid = "<%s@%s>" % (rhex(rng, 32), h.from_domain)
    body = root.encoded_body()
    t = h.date
    t1 = t + S * rng.randint(0, 1)
    lines = []
    dkims = []
    if dkim_d:
        dkim(m, lines, dkims, dkim_d, dkim_s, "Content-Transfer-Encoding:Content-Type:\n\tMIME-Version:Message-ID:Date:Subject:Cc:To:From:Sender:Reply-To:\n\tContent-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:\n\tResent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:\n\tList-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive",
             body, order="vacdsh")
    eid = "1t%s-%s-%s" % (ralnum(rng, 4), ralnum(rng, 6), ralnum(rng, 2))
    if php_script:
        lines.append("Received: from %s by %s with local (Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
            auth_user, server, exim, h.mail_from, eid, h.rcpt, rfc_date(t1, zone)))
    else:
        lines.append("Received: from [%s] (port=%d helo=[192.168.%d.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_128_GCM_SHA256\n\t(Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
            client_ip, rng.randrange(49152, 65535), rng.choice([0, 1, 178]), rng.randrange(2, 250), server, exim,
            h.mail_from, eid, h.rcpt, rfc_date(t1, zone)))
    lines += stdlist(h, order or ["date", "to", "from", "reply_to", "subject", "msgid", "irt", "refs", "mime"], zone=zone)
    lines += list(ua_lines)
    lines.append("__CT__")
    lines.append("X-AntiAbuse: This header was added to track abuse, please include it with any abuse report")
    lines.append("X-AntiAbuse: Primary Hostname - " + server)
    lines.append("X-AntiAbuse: Original Domain - " + h.rcpt.split("@")[1])
    lines.append("X-AntiAbuse: Originator/Caller UID/GID - [%d %d] / [47 12]" % ((1045, 1047) if php_script else (47, 12)))
    lines.append("X-AntiAbuse: Sender Address Domain - " + h.mail_from.split("@")[1])
    if php_script:
        lines.append("X-Get-Message-Sender-Via: %s: authenticated_id: %s/from_h" % (server, auth_user))
        lines.append("X-Authenticated-Sender: %s: %s" % (server, h.frm[1]))
        lines.append("X-Source: /opt/cpanel/ea-php82/root/usr/bin/lsphp")
        lines.append("X-Source-Args: lsphp:/home/%s/public_html/%s" % (auth_user, php_script))
        lines.append("X-Source-Dir: %s:/public_html/%s" % (h.mail_from.split("@")[1], php_script.rsplit("/", 1)[0]))
    else:
        lines.append("X-Get-Message-Sender-Via: %s: authenticated_id: %s" % (server, auth_user))
        lines.append("X-Authenticated-Sender: %s: %s" % (server, auth_user))
        lines.append("X-Source: ")
        lines.append("X-Source-Args: ")
        lines.append("X-Source-Dir: ")
    lines += list(extra)
    conn = Conn(server, server, ip, h.mail_from, tls_desc=tls, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t1 + S * rng.randint(1, 4), root, body)


def yandex(m, h, root, web=True, dkim_d=None, client_ip=None, extra=()):
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    t1 = t + S
    n = rng.choice([100, 101, 102, 500, 501, 502, 503])
    suf = rng.choice("abcd")
    host = "forward%d%s.mail.yandex.net" % (n, suf)
    ip = "178.154.239.%d" % rng.randrange(70, 220)
    if not h.msgid:
        h.msgid = "<%d%d@mail.yandex.ru>" % (rng.randrange(10 ** 5, 10 ** 6), smtp.ts(t))
    lines = []
    inner = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (rng.randrange(10, 99), rng.choice(["klg", "sas", "vla", "myt"]))
    lines.append("Received: from %s (%s [%s:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s" % (
        inner, inner, "2a02:6b8:c15:2a8c", rng.randrange(4096, 65535), rng.randrange(4096, 65535), host,
        ralnum(rng, 10), rfc_date(t1, "ru")))
    lines.append("Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (
        inner, ralnum(rng, 10), ralnum(rng, 8), rfc_date(t1, "ru")))
    lines.append("X-Yandex-Fwd: 1")
    dkims = []
    dkim(m, lines, dkims, dkim_d or h.from_domain, "mail", "From:Subject:In-Reply-To:Cc:To:Date:Message-ID", body, t=smtp.ts(t1), order="vacdsth")
    lines += stdlist(h, ["from", "to", "cc", "reply_to", "refs", "irt", "subject", "mime"], zone="ru")
    lines.append("X-Mailer: Yamail [ http://yandex.ru ] 5.0")
    lines += stdlist(h, ["date", "msgid"], zone="ru")
    lines.append("__CT__")
    lines += list(extra)
    conn = Conn(host, host, ip, h.mail_from, tls_desc=TLS13, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t1 + S * rng.randint(1, 4), root, body)


def mailru(m, h, root, client_ip, dkim_d=None, extra=()):
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    t1 = t + S
    n = rng.randrange(10, 60)
    host = "smtp%d.i.mail.ru" % n
    ip = "94.100.177.%d" % (n + 60)
    f = "f%d.i.mail.ru" % rng.randrange(100, 999)
    if not h.msgid:
        h.msgid = "<%d.%d@%s>" % (smtp.ts(t), rng.randrange(10 ** 8, 10 ** 9), f)
    lines = []
    dkims = []
    dkim(m, lines, dkims, dkim_d or h.from_domain, "mailru", "From:Subject:Content-Type:Message-ID:Reply-To:Date:MIME-Version:To", body, t=smtp.ts(t1), order="vacdsht")
    lines.append("Received: by %s with HTTP;\n\t%s" % (f, rfc_date(t, "ru")))
    lines += stdlist(h, ["from", "to", "cc", "subject", "mime"], zone="ru")
    lines.append("X-Mailer: Mail.Ru Mailer 1.0")
    lines.append("X-SenderField-Remind: 0")
    lines += stdlist(h, ["date", "reply_to", "irt", "refs"], zone="ru")
    lines.append("X-Priority: 3 (Normal)")
    lines += stdlist(h, ["msgid"])
    lines.append("__CT__")
    lines.append("X-Mailru-Src: fe")
    lines.append("X-7564579A: 646B95376F6C166E")
    lines.append("X-77F55803: " + rb64(rng, 120).replace("+", "").replace("/", ""))
    lines.append("X-Mailru-Sender: " + rhex(rng, 64, True))
    lines.append("X-Mras: Ok")
    lines += list(extra)
    conn = Conn(host, host, ip, h.mail_from, tls_desc=TLS13, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t1 + S * rng.randint(1, 4), root, body)


def outlook_com(m, h, root, extra=(), lang="es-ES"):
    """Consumer Outlook.com / Hotmail."""
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    t1 = t + S
    srv = "PAXP190MB%04d" % rng.randrange(1000, 9999)
    if not h.msgid:
        h.msgid = "<%s%s@%s.EURP190.PROD.OUTLOOK.COM>" % (srv, rhex(rng, 24, True), srv)
    ipn = rng.randrange(2, 250)
    ip = "40.92.%d.%d" % (rng.choice([58, 59, 64, 65, 89, 90, 91]), ipn)
    host = "mail-am6eur05olkn2%03d.outbound.protection.outlook.com" % ipn
    helo = "EUR05-AM6-obe.outbound.protection.outlook.com"
    lines = []
    lines += smtp.arc_set(rng, "microsoft.com", "arcselector10001", "mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none",
                          "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1",
                          b64len(rng, 32), smtp.ts(t1))
    dkims = []
    dkim(m, lines, dkims, h.from_domain, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
         body, indent=" ")
    lines.append("Received: from %s (2603:10a6:102:%x::%x)\n by %s.EURP190.PROD.OUTLOOK.COM with HTTPS; %s" % (
        srv, rng.randrange(256, 4095), rng.randrange(1, 255), srv, rfc_date(t, "utc")))
    lines += stdlist(h, ["from", "to", "subject", "reply_to"])
    lines.append("Thread-Topic: " + mime.hval(h.subject, h.hcs, h.henc))
    lines.append("Thread-Index: " + thread_index(m))
    lines.append("Date: " + rfc_date(t, "utc"))
    lines.append("Message-ID: " + h.msgid)
    lines.append("Accept-Language: %s, en-US" % lang)
    lines.append("Content-Language: " + lang)
    lines.append("X-MS-Has-Attach: " + ("yes" if root.ctype == "multipart/mixed" else ""))
    lines.append("X-MS-TNEF-Correlator:")
    lines.append("x-ms-exchange-messagesentrepresentingtype: 1")
    lines.append("x-tmn: [%s]" % rb64(rng, 40))
    lines.append("x-ms-publictraffictype: Email")
    lines.append("x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srv, "DB9P190MB%04d" % rng.randrange(1000, 9999)))
    lines.append("x-ms-office365-filtering-correlation-id: " + uuid(rng))
    lines.append("x-microsoft-antispam:\n BCL:0;ARA:14566002|8060799006|19110799003|15080799006|8062599003|461199028|440099028|3412199025|102099032;")
    lines.append(smtp.fold_b64("x-microsoft-antispam-message-info:\n ", b64len(rng, 300), first=76, width=76, indent=" "))
    lines.append("x-ms-exchange-antispam-messagedata-chunkcount: 1")
    lines.append(smtp.fold_b64("x-ms-exchange-antispam-messagedata-0:\n ", b64len(rng, 600), first=76, width=76, indent=" "))
    lines.append("__CT__")
    lines.append("MIME-Version: 1.0")
    lines.append("X-OriginatorOrg: sct-15-20-8813-0-msonline-outlook-38779.templateTenant")
    lines.append("X-MS-Exchange-CrossTenant-AuthAs: Internal")
    lines.append("X-MS-Exchange-CrossTenant-AuthSource: %s.EURP190.PROD.OUTLOOK.COM" % srv)
    lines.append("X-MS-Exchange-CrossTenant-Network-Message-Id: " + uuid(rng))
    lines.append("X-MS-Exchange-CrossTenant-rms-persistedconsumerorg: 00000000-0000-0000-0000-000000000000")
    lines.append("X-MS-Exchange-CrossTenant-originalarrivaltime: " + mapi_time(t.replace(microsecond=rng.randrange(10 ** 6))))
    lines.append("X-MS-Exchange-CrossTenant-fromentityheader: Hosted")
    lines.append("X-MS-Exchange-CrossTenant-id: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa")
    lines.append("X-MS-Exchange-CrossTenant-mailboxtype: HOSTED")
    lines.append("X-MS-Exchange-Transport-CrossTenantHeadersStamped: DB9P190MB%04d" % rng.randrange(1000, 9999))
    lines += list(extra)
    conn = Conn(helo, host, ip, h.mail_from, tls_desc=TLS12, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t1 + S * rng.randint(1, 3), root, body)


def mimecast_m365(m, h, root, tenant, dkim_s="mimecast20240215", lang="de-DE", extra=(), tenant_id=None):
    """Exchange Online mailbox whose outbound goes through Mimecast (EU)."""
    rng = m.rng
    body = root.encoded_body()
    t = h.date
    t1 = t + S * 2
    t2 = t1 + S * rng.randint(2, 6)
    srv = h.msgid.split("@")[1].split(".")[0] if h.msgid else _ms_server(m, "eurprd05")
    fq = "%s.eurprd05.prod.outlook.com" % srv
    if not h.msgid:
        h.msgid = "<%s%s@%s>" % (srv, rhex(rng, 24, True), fq)
    n = rng.randrange(1, 3)
    host = "eu-smtp-delivery-%d.mimecast.com" % (100 + n * 51)
    ip = "185.58.86.%d" % (100 + n * 51)
    lines = []
    dkims = []
    dkim(m, lines, dkims, h.from_domain, dkim_s, "from:from:reply-to:subject:subject:date:date:message-id:message-id:\n\t to:to:cc:mime-version:mime-version:content-type:content-type:\n\t in-reply-to:in-reply-to:references:references", body,
         t=smtp.ts(t1), order="vacdsth")
    lines.append("Received: from EUR05-DB8-obe.outbound.protection.outlook.com\n (mail-db8eur05lp2105.outbound.protection.outlook.com [104.47.17.105]) by\n relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.3,\n cipher=TLS_AES_256_GCM_SHA384) id %s-%s; %s" % (
        ralnum(rng, 10), ralnum(rng, 11), rfc_date(t1, "de")))
    lines.append("X-MC-Unique: %s-%s" % (ralnum(rng, 22), ralnum(rng, 9)))
    lines.append("X-Mimecast-MFC-AGG-ID: %s-%s" % (ralnum(rng, 22), ralnum(rng, 9)))
    lines.append("Received: from %s (2603:10a6:20b:%x::%x) by\n %s with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n %s; %s" % (
        fq, rng.randrange(256, 4095), rng.randrange(1, 255), fq, MS_BUILD_S, rfc_date(t, "utc")))
    lines += stdlist(h, ["from", "to", "cc", "subject"])
    lines.append("Thread-Topic: " + mime.hval(h.subject, h.hcs, h.henc))
    lines.append("Thread-Index: " + thread_index(m))
    lines.append("Date: " + rfc_date(t, "utc"))
    lines.append("Message-ID: " + h.msgid)
    lines += stdlist(h, ["refs", "irt"])
    lines.append("Accept-Language: %s, en-US" % lang)
    lines.append("Content-Language: " + lang)
    lines.append("X-MS-Has-Attach: " + ("yes" if root.ctype == "multipart/mixed" else ""))
    lines.append("X-MS-TNEF-Correlator:")
    lines.append("x-ms-publictraffictype: Email")
    lines.append("x-ms-traffictypediagnostic: %s:EE_" % srv)
    lines.append("x-ms-office365-filtering-correlation-id: " + uuid(rng))
    lines.append("__CT__")
    lines.append("MIME-Version: 1.0")
    lines.append("X-OriginatorOrg: " + tenant)
    lines.append("X-Mimecast-Spam-Score: 0")
    lines.append("X-Mimecast-Originator: " + tenant)
    if tenant_id:
        lines.append("X-MS-Exchange-CrossTenant-Id: " + tenant_id)
    lines += list(extra)
    conn = Conn(host, host, ip, h.mail_from, tls_desc=TLS13, spf_domain=h.mail_from.split("@")[1])
    return finish(m, h, lines, conn, dkims, t2, root, body)


def direct(m, h, root, helo, rdns, ip, hops=(), order=None, ua_lines=(), extra=(), tls=None,
           spf="pass", dkim_d=None, dkim_s="default", zone="de", rcv_delay=3, dkim_h=None):
    """A server talking to mx01 directly (VPS, bot, small on-prem MTA)."""
    rng = m.rng
    if not h.msgid:
        h.msgid = "<%s@%s>" % (rhex(rng, 32), h.from_domain)
    body = root.encoded_body()
    t = h.date
    lines = []
    dkims = []
    if dkim_d:
        dkim(m, lines, dkims, dkim_d, dkim_s, dkim_h or "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", body,
             t=smtp.ts(t), order="vacdsht")
    lines += list(hops)
    lines += stdlist(h, order or ["from", "to", "subject", "date", "msgid", "mime"], zone=zone)
    lines += list(ua_lines)
    if "__CT__" not in lines:
        lines.append("__CT__")
    lines += list(extra)
    conn = Conn(helo, rdns, ip, h.mail_from, tls_desc=tls, tls=bool(tls), spf=spf,
                spf_domain=h.mail_from.split("@")[1] if h.mail_from else None)
    return finish(m, h, lines, conn, dkims, t + S * rcv_delay, root, body)
