"""Trace and authentication headers as the sending systems and mx01 write
them.  Each profile returns (headers_above_message_headers, client, t_at_mx)
where client = (helo, rdns, ip, tls)."""
from .util import (rfc_date, plus, epoch, postfix_qid, exim_id, hexs, alnum, b64rand, uuid4, body_hash)

MX = "mx01.example.com"

TLS13_256 = "TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256"
TLS13_128 = "TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256"
TLS12 = "TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256"
TLS12_128 = "TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256"


def _b64sig(r, bits=2048, width=None):
    return b64rand(r, bits // 8)


def _wrap(s, first, width, sep):
    out, i = [s[:first]], first
    while i < len(s):
        out.append(s[i:i + width])
        i += width
    return sep.join(out)


def dkim(r, d, s, h, body, t=None, style="opendkim", c="relaxed/relaxed", bits=2048, x=None, extra=""):
    """Return (header_value, b_prefix).  bh is the real relaxed body hash."""
    bh = body_hash(body)
    b = _b64sig(r, bits)
    if style == "gmail":
        v = ("v=1; a=rsa-sha256; c=%s;\r\n        d=%s; s=%s; t=%d; x=%d;%s\r\n        h=%s;\r\n        bh=%s;\r\n        b=%s"
             % (c, d, s, t, x or t + 604800, extra, h, bh, _wrap(b, 60, 70, "\r\n         ")))
    elif style == "m365":
        v = ("v=1; a=rsa-sha256; c=%s; d=%s;\r\n s=%s;\r\n h=%s;\r\n bh=%s;\r\n b=%s"
             % (c, d, s, h, bh, _wrap(b, 60, 75, "\r\n ")))
    elif style == "ses":
        v = ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\r\n\ts=%s; d=%s; t=%d;\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=%s"
             % (c, s, d, t, h, bh, _wrap(b, 60, 72, "\r\n\t")))
    elif style == "exim":
        v = ("v=1; a=rsa-sha256; q=dns/txt; c=%s;\r\n\td=%s; s=%s; h=%s;\r\n\tbh=%s; b=%s"
             % (c, d, s, h, bh, _wrap(b, 50, 72, "\r\n\t")))
    elif style == "yandex":
        v = ("v=1; a=rsa-sha256; c=%s; d=%s;\r\n\ts=%s; t=%d;\r\n\tbh=%s;\r\n\th=%s;\r\n\tb=%s"
             % (c, d, s, t, bh, h, _wrap(b, 60, 72, "\r\n\t")))
    elif style == "mailgun":
        v = ("a=rsa-sha256; v=1; c=%s; d=%s; q=dns/txt;\r\n s=%s; t=%d; h=%s;\r\n bh=%s;\r\n b=%s"
             % (c, d, s, t, h, bh, _wrap(b, 60, 75, "\r\n ")))
    else:  # opendkim
        v = ("v=1; a=rsa-sha256; c=%s; d=%s;\r\n\ts=%s; t=%d;\r\n\tbh=%s;\r\n\th=%s;\r\n\tb=%s"
             % (c, d, s, t, bh, h, _wrap(b, 60, 72, "\r\n\t ")))
    return v, b[:8]


def received_postfix(helo, rdns, ip, by, qid, rcpt, t, zone, tls=TLS13_256, proto="ESMTPS", sw="Postfix",
                     client_cert=True, auth_user=None):
    s = "from %s (%s [%s])" % (helo, rdns, ip)
    if tls:
        s += "\r\n\t(using %s)" % tls
        if client_cert:
            s += "\r\n\t(No client certificate requested)"
    if auth_user:
        s += "\r\n\t(Authenticated sender: %s)" % auth_user
    s += "\r\n\tby %s (%s) with %s id %s" % (by, sw, proto, qid)
    if rcpt:
        s += "\r\n\tfor <%s>" % rcpt
    s += "; %s" % rfc_date(t, zone, "postfix")
    return s


def mx01(env, client, t, auth):
    """Headers mx01 writes: Return-Path, milter results, SPF and its Received.
    auth: dict(spf=..., dkim=[(res, d, s, bprefix, bits)], dmarc=(res, p, dom) or None)."""
    helo, rdns, ip, tls = client
    r = env.r
    qid = postfix_qid(r, t)
    env.qid = qid
    h = [("Return-Path", "<%s>" % env.mailfrom if env.mailfrom else "<>")]
    if auth is not None:
        dm = auth.get("dmarc")
        if dm:
            res, pol, dom = dm
            h.append(("DMARC-Filter", "OpenDMARC Filter v1.4.2 %s %s" % (MX, qid)))
            h.append(("Authentication-Results", "%s; dmarc=%s (p=%s dis=%s) header.from=%s"
                      % (MX, res, pol, "none" if res != "fail" else ("quarantine" if pol == "quarantine" else
                                                                     ("reject" if pol == "reject" else "none")), dom)))
        dk = auth.get("dkim")
        if dk is not None:
            h.append(("DKIM-Filter", "OpenDKIM Filter v2.11.0 %s %s" % (MX, qid)))
            if not dk:
                h.append(("Authentication-Results", "%s; dkim=none" % MX))
            else:
                parts = []
                for res, d, s, bp, bits in dk:
                    if res == "pass":
                        parts.append("dkim=pass (%d-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s"
                                     % (bits, d, d, s, bp))
                    elif res == "fail":
                        parts.append('dkim=fail reason="signature verification failed" (%d-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s'
                                     % (bits, d, d, s, bp))
                    elif res == "permerror":
                        parts.append('dkim=permerror (no key for signature) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s'
                                     % (d, d, s, bp))
                h.append(("Authentication-Results", "%s;\r\n\t%s" % (MX, ";\r\n\t".join(parts))))
        spf = auth.get("spf")
        if spf:
            label = {"pass": "Pass (mailfrom)", "fail": "Fail (mailfrom)", "softfail": "Softfail (mailfrom)",
                     "none": "None (mailfrom)", "neutral": "Neutral (mailfrom)", "permerror": "Permerror (mailfrom)"}[spf]
            ef = env.mailfrom or "<>"
            if spf == "none":
                label = "None (no SPF record)"
            h.append(("Received-SPF", "%s identity=mailfrom; client-ip=%s; helo=%s;\r\n\tenvelope-from=%s; receiver=<UNKNOWN> "
                      % (label, ip, helo, ef)))
    h.append(("Received", received_postfix(helo, rdns, ip, MX, qid, env.rcpt, t, "CET", tls=tls,
                                           proto="ESMTPS" if tls else "ESMTP")))
    return h


class Env:
    def __init__(self, r, t, rcpt, mailfrom):
        self.r, self.t, self.rcpt, self.mailfrom = r, t, rcpt, mailfrom
        self.qid = None


# ------------------------------------------------------------------ profiles

def postfix_relay(env, host, ip, zone, client_ip, dkim_d, dkim_s, body, helo_client=None,
                  delay=2, auth_user=None, dkim_h="Date:From:To:Subject:From"):
    """A company's own Postfix + OpenDKIM relay receiving from a LAN client."""
    r = env.r
    t1 = plus(env.t, 1)
    qid = postfix_qid(r, t1)
    rec = received_postfix(helo_client or "[%s]" % client_ip, "unknown", client_ip, host, qid, None, t1, zone,
                           tls=TLS13_256, proto="ESMTPSA", auth_user=auth_user)
    hdrs = []
    bp = None
    if dkim_d:
        v, bp = dkim(r, dkim_d, dkim_s, dkim_h, body, t=int(epoch(t1)), style="opendkim", c="relaxed/simple")
        hdrs += [("DKIM-Filter", "OpenDKIM Filter v2.11.0 %s %s" % (host, qid)), ("DKIM-Signature", v)]
    hdrs.insert(0, ("Received", rec))
    client = (host, host, ip, TLS13_256)
    return hdrs, client, plus(env.t, delay), bp


def m365(env, tenant_domain, tenant_id, server, pod, body, sender_upn, lang="en-US", has_attach=False,
         dkim_d=None, dkim_s="selector1", outbound=None, cross_tenant_hosted=True, scl=1,
         extra_xms=None, thread_index=None, auth_res=None, client_lang="it", arc_spf=None, arc_dmarc="pass"):
    """Microsoft 365 outbound (sender side).  Returns (pre, post, client, t)."""
    r = env.r
    t = env.t
    srv2 = server[:-4] + "%04d" % r.randrange(1000, 9999)
    fqdn = "%s.%s.prod.outlook.com" % (server, pod.lower())
    fqdn2 = "%s.%s.prod.outlook.com" % (srv2, pod.lower())
    build = "15.20.%d.%03d" % (r.randrange(9200, 9480), r.randrange(10, 40))
    netid = uuid4(r)
    if outbound:
        ob = outbound
    else:
        site = r.choice(["AM6", "DB8", "VI1", "DB5", "HE1", "DU2"])
        reg = r.randrange(1, 6)
        num = r.randrange(40, 130)
        o3 = r.choice([20, 21, 22, 103, 104, 105])
        ob = ("EUR0%d-%s-obe.outbound.protection.outlook.com" % (reg, site),
              "mail-%seur0%don2%03d.outbound.protection.outlook.com" % (site.lower(), reg, num),
              "40.107.%d.%d" % (o3, num))
    ipv6a = "2603:10a6:%x:%x::%x" % (r.randrange(1, 0xffff), r.randrange(1, 0x3ff), r.randrange(1, 0xff))
    ipv6b = "2603:10a6:%x:%x::%x" % (r.randrange(1, 0xffff), r.randrange(1, 0x3ff), r.randrange(1, 0xff))
    fe80 = "fe80::%x:%x:%x:%x%%%d" % (r.randrange(65536), r.randrange(65536), r.randrange(65536), r.randrange(65536), r.randrange(2, 8))
    t1 = plus(t, 1)
    pre = []
    d = dkim_d or tenant_domain
    dk_v, bp = dkim(r, d, dkim_s, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                    body, style="m365")
    arc_b = b64rand(r, 256)
    pre.append(("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=%s"
                % _wrap(arc_b, 58, 75, "\r\n ")))
    pre.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh=%s;\r\n b=%s"
                % (body_hash(body), _wrap(b64rand(r, 256), 60, 75, "\r\n "))))
    pre.append(("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=%s\r\n smtp.mailfrom=%s; dmarc=%s action=none\r\n header.from=%s; dkim=pass header.d=%s;\r\n arc=none"
                % (arc_spf or "pass", tenant_domain, arc_dmarc, tenant_domain, d)))
    pre.append(("DKIM-Signature", dk_v))
    pre.append(("Received", "from %s (%s)\r\n by %s (%s) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
                % (fqdn, ipv6a, fqdn2, ipv6b, build, rfc_date(t1, "UTC", "ms"))))
    pre.append(("Received", "from %s\r\n ([%s]) by %s\r\n ([%s]) with mapi id %s; %s"
                % (fqdn, fe80, fqdn, fe80, build.rsplit(".", 1)[0] + ".0" + build.rsplit(".", 1)[1],
                   rfc_date(t, "UTC", "ms"))))
    corr = uuid4(r)
    msgdata = b64rand(r, 600)
    post = [
        ("X-MS-Has-Attach", "yes" if has_attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("authentication-results", auth_res or "dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=%s;" % tenant_domain),
        ("x-ms-publictraffictype", "Email"),
        ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (server, srv2)),
        ("x-ms-office365-filtering-correlation-id", netid),
        ("x-ms-exchange-senderadcheck", "1"),
        ("x-ms-exchange-antispam-relay", "0"),
        ("x-microsoft-antispam", "BCL:0;ARA:13230040|366016|1800799024|376014|38070700018;"),
        ("x-microsoft-antispam-message-info", _wrap("=?us-ascii?Q?" + alnum(r, 900) + "?=", 60, 75, "\r\n ")),
        ("x-forefront-antispam-report", _wrap("CIP:255.255.255.255;CTRY:;LANG:%s;SCL:%d;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;SFS:(13230040)(366016)(1800799024)(376014)(38070700018);DIR:OUT;SFP:1101;"
                                               % (client_lang, scl, fqdn), 60, 75, "\r\n ")),
        ("x-ms-exchange-antispam-messagedata-chunkcount", "1"),
        ("x-ms-exchange-antispam-messagedata-0", _wrap(msgdata, 40, 75, "\r\n ")),
        ("MIME", None),
        ("MIME-Version", "1.0"),
        ("X-OriginatorOrg", tenant_domain),
        ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
        ("X-MS-Exchange-CrossTenant-AuthSource", fqdn),
        ("X-MS-Exchange-CrossTenant-Network-Message-Id", netid),
        ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s.%04d (UTC)" % (
            t.strftime("%d %b %Y %H:%M:%S"), r.randrange(10000))),
        ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
        ("X-MS-Exchange-CrossTenant-id", tenant_id),
        ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"),
        ("X-MS-Exchange-CrossTenant-userprincipalname", b64rand(r, 60)),
        ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv2),
    ]
    if extra_xms:
        post[3:3] = extra_xms
    client = (ob[0], ob[1], ob[2], TLS12)
    return pre, post, client, plus(t, 3), bp


def gmail(env, body, from_addr, d="gmail.com", s="20230601", workspace=False, delay=2, to_h=None):
    """Gmail / Google Workspace outbound."""
    r = env.r
    t = env.t
    pref, third = r.choice([("ej1", 218), ("wm1", 128), ("ed1", 208), ("lf1", 167), ("wr1", 221), ("pl1", 214),
                            ("qt1", 160), ("yb1", 219)])
    n = r.randrange(41, 200)
    host = "mail-%s-f%d.google.com" % (pref, n)
    ip = "209.85.%d.%d" % (third, n)
    sid = "%s-%s%s.%d" % (hexs(r, 10), alnum(r, 3, "abcdefghijklmnopqrstuvwxyz"), hexs(r, 8), r.randrange(1, 4))
    tt = int(epoch(t))
    hl = "to:subject:message-id:date:from:in-reply-to:references\r\n         :mime-version:from:to:cc:subject:date:message-id:reply-to" if False else \
        "to:subject:message-id:date:from:mime-version:from:to:cc:subject\r\n         :date:message-id:reply-to"
    dv, bp = dkim(r, d, s if not workspace else "google", hl, body, t=tt, style="gmail", extra=" darn=example.com;")
    xg, _ = dkim(r, "1e100.net", "20230601", "x-gm-message-state:from:to:cc:subject:date:message-id\r\n         :reply-to", body, t=tt, style="gmail")
    hdrs = [
        ("Received", "by %s with SMTP id %s\r\n        for <%s>; %s" % (host, sid, env.rcpt, rfc_date(t, "PT", "google"))),
        ("DKIM-Signature", dv),
        ("X-Google-DKIM-Signature", xg),
        ("X-Gm-Message-State", "AOJu0Y" + alnum(r, 70)),
        ("X-Gm-Gg", "ASbGnc" + alnum(r, 120)),
        ("X-Google-Smtp-Source", "AGHT+IE" + alnum(r, 60)),
        ("X-Received", "by 2002:a17:%03x:%x:b0:%x:%x:%x with SMTP id %s;\r\n        %s"
         % (r.randrange(4096), r.randrange(65536), r.randrange(65536), r.randrange(65536), r.randrange(65536),
            alnum(r, 40).lower() + "mr%d.%d" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(100)),
            rfc_date(plus(t, 1), "PT", "google"))),
    ]
    client = (host, host, ip, TLS13_128)
    return hdrs, client, plus(t, delay), bp


def exchange_internal(env, body, sender_ip="10.20.14.57", srv="EXCH01", lang="de-DE", has_attach=False):
    """Exchange 2019 on-prem -> mail-int01 (Postfix) -> mx01."""
    r = env.r
    t = env.t
    other = "EXCH02" if srv == "EXCH01" else "EXCH01"
    t1, t2 = plus(t, 1), plus(t, 2)
    qid = postfix_qid(r, t2)
    pre = [
        ("Received", received_postfix("%s.corp.example.com" % other, "%s.corp.example.com" % other.lower(),
                                      "10.20.0.%d" % (32 if other == "EXCH02" else 31), "mail-int01.example.com",
                                      qid, env.rcpt, t2, "CET", tls=TLS12)),
        ("Received", "from %s.corp.example.com (10.20.0.%d) by %s.corp.example.com\r\n (10.20.0.%d) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.24; %s"
         % (srv, 31 if srv == "EXCH01" else 32, other, 32 if other == "EXCH02" else 31, rfc_date(t1, "CET"))),
        ("Received", "from %s.corp.example.com ([fe80::%x:%x:%x:%x]) by\r\n %s.corp.example.com ([fe80::%x:%x:%x:%x%%13]) with mapi id\r\n 15.02.1748.024; %s"
         % (srv, r.randrange(65536), r.randrange(65536), r.randrange(65536), r.randrange(65536), srv,
            r.randrange(65536), r.randrange(65536), r.randrange(65536), r.randrange(65536), rfc_date(t, "CET"))),
    ]
    post = [
        ("X-MS-Has-Attach", "yes" if has_attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("x-ms-exchange-transport-fromentityheader", "Hosted"),
        ("x-originating-ip", "[%s]" % sender_ip),
        ("MIME", None),
        ("MIME-Version", "1.0"),
    ]
    client = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", TLS13_256)
    return pre, post, client, plus(t, 3)


def exim(env, host, ip, body, sender, client_ip=None, client_helo=None, auth=True, dkim_d=None, dkim_s="default",
         zone="CET", port=None, version="4.98.1", out_ip=None):
    """cPanel-style Exim (shared hosting).  If auth: authenticated submission
    (webmail/PHPMailer/compromised account); else a local script."""
    r = env.r
    t = env.t
    eid = exim_id(r, t)
    hdrs = []
    bp = None
    if dkim_d:
        dv, bp = dkim(r, dkim_d, dkim_s, "Content-Transfer-Encoding:Content-Type:\r\n\tMIME-Version:Message-ID:Subject:To:From:Date:Sender:Reply-To:Cc:\r\n\tContent-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:\r\n\tResent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:\r\n\tList-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive",
                      body, style="exim")
        hdrs.append(("DKIM-Signature", dv))
    if auth:
        rec = ("from [%s] (port=%d helo=%s)\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim %s)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s;\r\n\t%s"
               % (client_ip, port or r.randrange(49152, 65535), client_helo or "[%s]" % client_ip, host, version, sender, eid,
                  env.rcpt, rfc_date(t, zone)))
    else:
        rec = ("from %s by %s with local (Exim %s)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s;\r\n\t%s"
               % (sender.split("@")[0], host, version, sender, eid, env.rcpt, rfc_date(t, zone)))
    hdrs.insert(0, ("Received", rec))
    client = (host, host, out_ip or ip, TLS13_256)
    return hdrs, client, plus(t, 2), bp


def ses(env, body, region, dkim_d, dkim_s, ses_s, feedback, delay=1, return_domain=None):
    r = env.r
    t = env.t
    octet = r.randrange(10, 250)
    if region == "us-east-1":
        host, ip = "a8-%d.smtp-out.amazonses.com" % octet, "54.240.8.%d" % octet
    elif region == "eu-central-1":
        host, ip = "a4-%d.smtp-out.eu-central-1.amazonses.com" % octet, "69.169.224.%d" % octet
    else:
        host, ip = "a7-%d.smtp-out.eu-west-1.amazonses.com" % octet, "54.240.7.%d" % octet
    tt = int(epoch(t))
    dv, bp = dkim(r, dkim_d, dkim_s, "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID",
                  body, t=tt, style="ses")
    dv2, bp2 = dkim(r, "amazonses.com", ses_s, "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID",
                    body, t=tt, style="ses", bits=1024)
    hdrs = [("DKIM-Signature", dv), ("DKIM-Signature", dv2)]
    client = (host, host, ip, TLS13_256)
    post = [("Feedback-ID", feedback), ("X-SES-Outgoing", "%s-%s" % (t.strftime("%Y.%m.%d"), ip))]
    return hdrs, post, client, plus(t, delay), (bp, bp2)


def sendgrid(env, body, dkim_d, ptr_domain, delay=2):
    r = env.r
    t = env.t
    ip = "149.72.%d.%d" % (r.randrange(1, 250), r.randrange(1, 250))
    host = "o%d.ptr%d.%s" % (r.randrange(1, 9), r.randrange(1000, 9999), ptr_domain)
    fid = "filterdrecv-%s-%s" % (hexs(r, 10), alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    tt = int(epoch(t))
    dv, bp = dkim(r, dkim_d, "s1", "from:mime-version:subject:content-type:to:cc:content-type:from:\r\n\tsubject:to",
                  body, t=tt, style="opendkim", c="relaxed/relaxed")
    dv2, bp2 = dkim(r, "sendgrid.info", "smtpapi", "from:mime-version:subject:content-type:to:cc:content-type:from:\r\n\tsubject:to:feedback-id:x-feedback-id",
                    body, t=tt, style="opendkim")
    hdrs = [("DKIM-Signature", dv), ("DKIM-Signature", dv2),
            ("Received", "by %s with SMTP id %s-1-%s-%d\r\n        %s"
             % (fid, alnum(r, 22), hexs(r, 8, True), r.randrange(1, 30), t.strftime("%a, %d %b %Y %H:%M:%S.") + "%06d +0000 (UTC)" % r.randrange(10 ** 6))),
            ("Received", "from %s (unknown)\r\n\tby geopod-ismtpd-%d (SG) with HTTP\r\n\tid %s\r\n\t%s"
             % (alnum(r, 12), r.randrange(1, 60), alnum(r, 22), t.strftime("%a, %d %b %Y %H:%M:%S.") + "%03d +0000 (UTC)" % r.randrange(1000)))]
    client = (host, host, ip, TLS12)
    post = [("X-SG-EID", _wrap("u001." + alnum(r, 300), 60, 76, "\r\n ")), ("X-SG-ID", _wrap("u001." + alnum(r, 150), 60, 76, "\r\n ")),
            ("X-Entity-ID", "u001." + alnum(r, 22))]
    return hdrs, post, client, plus(t, delay), (bp, bp2)


def mailgun(env, body, dkim_d, sending_domain, delay=2, eu=True):
    r = env.r
    t = env.t
    ip = ("159.135.%d.%d" if eu else "69.72.%d.%d") % (r.randrange(224, 255), r.randrange(1, 250))
    host = "m%d-%d.%s" % (r.randrange(10, 250), r.randrange(1, 250), "eu.mailgun.net" if eu else "mailgun.net")
    tt = int(epoch(t))
    dv, bp = dkim(r, dkim_d, "mx", "Content-Transfer-Encoding: Content-Type: MIME-Version: Subject:\r\n Subject: From: To: To: Date: Message-Id: Reply-To: Sender",
                  body, t=tt, style="mailgun", bits=1024)
    hdrs = [("DKIM-Signature", dv),
            ("Received", "by %s with HTTP id %s; %s" % (hexs(r, 24), hexs(r, 24), rfc_date(t, "UTC", "pad")))]
    post = [("X-Mailgun-Sending-Ip", ip), ("X-Mailgun-Sid", b64rand(r, 60).rstrip("=")),
            ("X-Mailgun-Variables", '{"campaign_id": "%d"}' % r.randrange(10000, 99999))]
    client = (host, host, ip, TLS13_256)
    return hdrs, post, client, plus(t, delay), bp


def brevo(env, body, dkim_d, delay=2):
    r = env.r
    t = env.t
    ip = "77.32.148.%d" % r.randrange(2, 250)
    host = "sib%d.sendibm%d.com" % (r.randrange(10, 99), r.randrange(1, 9))
    tt = int(epoch(t))
    dv, bp = dkim(r, dkim_d, "mail", "MIME-Version:Content-Type:Message-Id:List-Unsubscribe-Post:List-Unsubscribe:Date:Subject:Reply-To:To:From:Feedback-Id",
                  body, t=tt, style="opendkim")
    dv2, bp2 = dkim(r, "sendibm%d.com" % r.randrange(1, 9), "mail", "MIME-Version:Content-Type:Message-Id:Date:Subject:To:From",
                    body, t=tt, style="opendkim")
    hdrs = [("DKIM-Signature", dv), ("DKIM-Signature", dv2)]
    post = [("X-Mailer", "Sendinblue"), ("X-sib-id", alnum(r, 80)), ("X-Mailin-EID", alnum(r, 40))]
    client = (host, host, ip, TLS12)
    return hdrs, post, client, plus(t, delay), (bp, bp2)


def mailchimp(env, body, dkim_d, list_id, camp, user_hash, delay=3):
    r = env.r
    t = env.t
    n = r.randrange(100, 250)
    host = "mail%d.suw%d.mcdlv.net" % (n, r.randrange(11, 30))
    ip = "198.2.%d.%d" % (r.randrange(128, 190), n)
    tt = int(epoch(t))
    dv, bp = dkim(r, dkim_d, "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\r\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:Message-ID:\r\n\t X-Campaign:X-Report-Abuse:X-Campaign-ID",
                  body, t=tt, style="opendkim")
    dv2, bp2 = dkim(r, "mcdlv.net", "k1", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe",
                    body, t=tt, style="opendkim")
    hdrs = [("DKIM-Signature", dv), ("DKIM-Signature", dv2),
            ("Received", "from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
             % (host, postfix_qid(r, t), env.rcpt, rfc_date(t, "UTC", "abbr")))]
    client = (host, host, ip, TLS12)
    return hdrs, client, plus(t, delay), (bp, bp2)


def direct(env, helo, rdns, ip, tls=TLS12_128, delay=1):
    """Bot or VPS talking straight to mx01."""
    return [], (helo, rdns, ip, tls), plus(env.t, delay)


def generic_relay(env, host, ip, zone, lines, dkim_spec=None, body=b"", tls=TLS13_256, delay=2):
    """Provider relay with hand-written inner Received lines (top-down)."""
    r = env.r
    hdrs = [("Received", l) for l in lines]
    bp = None
    if dkim_spec:
        d, s, h, style = dkim_spec
        dv, bp = dkim(r, d, s, h, body, t=int(epoch(env.t)), style=style)
        hdrs.insert(0, ("DKIM-Signature", dv))
    client = (host, host, ip, tls)
    return hdrs, client, plus(env.t, delay), bp
