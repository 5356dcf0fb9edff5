"""Sending-system profiles. Each profile writes the trace and vendor headers
the real system writes, plus mx01.example.com's own Received line,
Received-SPF (policyd-spf) and Authentication-Results (OpenDKIM /
OpenDMARC) on top. DKIM body hashes are computed over the real body;
signature values (b=) are invented."""
import base64
import hashlib
import re

from . import mime
from . import util as U

MX = "mx01.example.com"

DMARC = {  # published policy (p, sp) as mx01 would look it up
    "gmail.com": "none", "googlemail.com": "none", "outlook.com": "none", "hotmail.com": "none",
    "gmx.de": "none", "gmx.net": "none", "icloud.com": "quarantine", "mail.ru": "reject", "yandex.ru": "none",
    "example.com": "quarantine", "examplegroup.eu": "quarantine",
    "lieferant-gmbh.de": "quarantine", "ferretti-trasporti.it": "quarantine",
    "brenninger-insolvenz.de": "quarantine", "hollweck-partner.de": "none", "pembertonlyle.co.uk": "reject",
    "carrow-engineering.co.uk": "none", "ashcombefineart.co.uk": "none", "bidvera.com": "reject",
    "mavridis-conservation.gr": "none", "nereus-maritime.gr": "quarantine", "kovcheg-broker.ru": "none",
    "docusign.net": "reject", "eumail.docusign.net": "reject", "adobesign.com": "reject",
    "accountprotection.microsoft.com": "reject", "accounts.google.com": "reject", "google.com": "reject",
    "notifications.service.gov.uk": "reject", "elster.de": "reject", "staff.aruba.it": "none",
    "comune.milano.it": "none", "dehu.redsara.es": "none", "diadoc.kontur.ru": "reject",
    "dzm-dabrowa.com.pl": "none", "athensantiquesfair.gr": "none", "antykwariusze.org.pl": "none",
    "sharepointonline.com": "reject", "feriarte.es": "none", "post.xero.com": "reject",
}


def dmarc_policy(domain):
    return DMARC.get(domain, None)


# ------------------------------------------------------------------ DKIM
def body_hash(body, canon="relaxed"):
    text = body.decode("latin-1")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if canon == "relaxed":
        lines = [re.sub(r"[ \t]+", " ", ln).rstrip(" \t") for ln in lines]
    while lines and lines[-1] == "":
        lines.pop()
    c = "".join(ln + "\r\n" for ln in lines)
    if canon == "simple" and not c:
        c = "\r\n"
    return base64.b64encode(hashlib.sha256(c.encode("latin-1")).digest()).decode()


def dkim(ctx, d, s, body, h, tags_order=None, style="tab", c="relaxed/relaxed", t=None, x=None,
         i=None, q=False, bits=2048, extra=None, name="DKIM-Signature"):
    """Return (header_string, b8, bits)."""
    rng = ctx.rng
    bh = body_hash(body, c.split("/")[1])
    b = U.b64(rng, bits // 8, strip=False)
    tags = [("v", "1"), ("a", "rsa-sha256"), ("c", c), ("d", d), ("s", s)]
    if q:
        tags.insert(2, ("q", "dns/txt"))
    if i:
        tags.append(("i", i))
    if t:
        tags.append(("t", str(t)))
    if x:
        tags.append(("x", str(x)))
    for e in (extra or []):
        tags.append(e)
    tags.append(("h", h))
    tags.append(("bh", bh))
    tags.append(("b", b))
    if tags_order:
        rank = {k: n for n, k in enumerate(tags_order)}
        tags.sort(key=lambda kv: rank.get(kv[0], 50))
    ind = {"tab": "\t", "google": "        ", "space": " "}[style]
    lines = []
    cur = name + ": "
    for k, v in tags:
        piece = "%s=%s;" % (k, v) if k != "b" else "b=%s" % v
        if k == "b" and len(cur) + len(piece) > 78:
            lines.append(cur.rstrip())
            cur = ind
            rest = piece
            while rest:
                room = 78 - len(cur)
                cur += rest[:room]
                rest = rest[room:]
                if rest:
                    lines.append(cur)
                    cur = ind
            continue
        if k == "h" and len(cur) + len(piece) > 78:
            lines.append(cur.rstrip())
            cur = ind
            parts = piece.split(":")
            for n, pp in enumerate(parts):
                token = pp + (":" if n < len(parts) - 1 else "")
                if len(cur) + len(token) > 78:
                    lines.append(cur)
                    cur = ind + " "
                cur += token
            cur += " "
            continue
        if len(cur) + len(piece) > 78:
            lines.append(cur.rstrip())
            cur = ind
        cur += piece + " "
    lines.append(cur.rstrip())
    return "\n".join(lines), b[:8], bits


def ar_dkim(results):
    """results: list of (res, d, s, b8, bits, i)."""
    if not results:
        return None
    parts = []
    for res, d, s, b8, bits, i in results:
        if res == "none":
            parts.append("dkim=none")
            continue
        extra = " (%d-bit key; unprotected)" % bits if res == "pass" else \
            " (%d-bit key; unprotected) reason=\"signature verification failed\"" % bits
        parts.append("dkim=%s%s header.d=%s header.i=%s header.a=rsa-sha256 header.s=%s header.b=%s" % (
            res, extra, d, i or "@" + d, s, b8))
    return "Authentication-Results: %s;\n\t%s;\n\tdkim-atps=neutral" % (MX, ";\n\t".join(parts)) \
        if parts != ["dkim=none"] else "Authentication-Results: %s; dkim=none; dkim-atps=neutral" % MX


def ar_dmarc(res, from_domain):
    p = dmarc_policy(from_domain)
    if p is None:
        return "Authentication-Results: %s; dmarc=none (p=none dis=none) header.from=%s" % (MX, from_domain)
    dis = "none" if res == "pass" or p == "none" else p
    return "Authentication-Results: %s; dmarc=%s (p=%s dis=%s) header.from=%s" % (MX, res, p, dis, from_domain)


def spf_line(res, ip, helo, envfrom):
    word = {"pass": "Pass", "softfail": "Softfail", "fail": "Fail", "none": "None", "neutral": "Neutral"}[res]
    return ("Received-SPF: %s (mailfrom) identity=mailfrom; client-ip=%s; helo=%s;\n"
            "\tenvelope-from=%s; receiver=<UNKNOWN>" % (word, ip, helo, envfrom))


TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)\n")
TLS13_128 = ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
             "\t(No client certificate requested)\n")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)\n")


def mx01_received(ctx, helo, rdns, ip, when, tls=TLS13):
    rc = ctx.rcpts
    forpart = "\n\tfor <%s>" % rc[0] if len(rc) == 1 else ""
    proto = "ESMTPS" if tls else "ESMTP"
    return ("Received: from %s (%s [%s])\n\t%sby %s (Postfix) with %s id %s%s; %s" % (
        helo, rdns, ip, (tls + "\t") if tls else "", MX, proto, U.postfix_qid(ctx.rng), forpart,
        U.fmt(when, "CET", "postfix")))


def top_block(ctx, m, helo, rdns, ip, when, tls=TLS13, spf="pass", dkims=(), dmarc=None, envfrom=None,
              internal=False):
    """Headers mx01 adds: Return-Path, AR (DMARC, DKIM), Received-SPF, Received."""
    envfrom = envfrom if envfrom is not None else m.envfrom
    out = ["Return-Path: <%s>" % envfrom]
    if not internal:
        fdom = m.frm[1].split("@")[1].lower()
        if dmarc is None:
            aligned = any(r[0] == "pass" and (r[1] == fdom or fdom.endswith("." + r[1]) or r[1].endswith("." + fdom))
                          for r in dkims)
            edom = envfrom.split("@")[-1].lower() if envfrom else ""
            spf_al = spf == "pass" and (edom == fdom or edom.endswith("." + fdom))
            dmarc = "pass" if (aligned or spf_al) else "fail"
        out.append(ar_dmarc(dmarc, fdom))
        d = ar_dkim(list(dkims)) if dkims else "Authentication-Results: %s; dkim=none; dkim-atps=neutral" % MX
        out.append(d)
        out.append(spf_line(spf, ip, helo, envfrom or "<>"))
    out.append(mx01_received(ctx, helo, rdns, ip, when, tls))
    return out


# ------------------------------------------------------------------ helpers
def core_headers(m, order, style="std"):
    """Map of standard message headers rendered for this message."""
    hc, he = m.hcharset
    v = {}
    v["From"] = mime.addr(m.frm[0], m.frm[1], hc, he, quote=m.quote)
    if m.sender:
        v["Sender"] = mime.addr(m.sender[0], m.sender[1], hc, he, quote=m.quote)
    if m.to:
        v["To"] = ", ".join(mime.addr(n, a, hc, he, quote=m.quote) for n, a in m.to)
    if m.cc:
        v["CC" if style == "outlook" else "Cc"] = ", ".join(mime.addr(n, a, hc, he, quote=m.quote) for n, a in m.cc)
    v["Subject"] = mime.header_text(m.subject, hc, he)
    v["Date"] = m.date_str
    v["Message-ID"] = m.msgid
    if m.reply_to:
        v["Reply-To"] = ", ".join(mime.addr(n, a, hc, he, quote=m.quote) for n, a in m.reply_to)
    if m.in_reply_to:
        v["In-Reply-To"] = m.in_reply_to
    if m.references:
        v["References"] = m.references
    v["MIME-Version"] = "1.0"
    low = {k.lower(): val for k, val in v.items()}
    out = []
    for name in order:
        if name == "__MIME__":
            out.append("__MIME__")
        elif name.startswith("="):
            out.append(name[1:])
        elif name.lower() in low:
            nm = name
            if name.lower() == "cc":
                nm = "CC" if style == "outlook" else name
            out.append((nm, low[name.lower()]))
    return out


def fold_refs(name, ids):
    return "%s: %s" % (name, "\n ".join(ids.split(" ")))


def ts(when):
    return int(when.timestamp())


def ms_ipv6(rng, prefix="2603:10a6"):
    return "%s:%x:%x::%x" % (prefix, rng.randint(0x10, 0x8ff), rng.randint(0x10, 0x5ff), rng.randint(1, 0x2f))


def fe80(rng):
    return "fe80::%x:%x:%x:%x%%%d" % (rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16),
                                    rng.getrandbits(16), rng.randint(3, 7))


def thread_index(rng):
    return U.b64(rng, 22, strip=False)


def ms_antispam_blob(rng, n=1200):
    s = U.b64(rng, n * 3 // 4, strip=False)
    return "\n ".join(s[i:i + 76] for i in range(0, len(s), 76))


def ms_date(when):
    t = U.local_parts(when, "UTC")
    return "%02d %s %d %02d:%02d:%02d.%04d (UTC)" % (t.day, U.MONTHS[t.month - 1], t.year, t.hour, t.minute,
                                                     t.second, (t.microsecond // 100) or 1234)


# ------------------------------------------------------------------ profiles
def exchange_internal(ctx, m, body):
    """Exchange 2019 (EXCH01/EXCH02) -> mail-int01 [10.20.0.25] -> mx01."""
    rng = ctx.rng
    w0 = m.date
    w1 = U.add(w0, rng.randint(1, 3))
    w2 = U.add(w1, rng.randint(1, 2))
    w3 = U.add(w2, rng.randint(1, 3))
    src, dst = ("EXCH01", "EXCH02") if rng.random() < 0.5 else ("EXCH02", "EXCH01")
    ips = {"EXCH01": "10.20.1.11", "EXCH02": "10.20.1.12"}
    build = "15.2.1748.%d" % rng.choice([24, 36])
    out = top_block(ctx, m, "mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", w3,
                    tls=TLS13_128, internal=True)
    out.append("Received: from %s.corp.example.com (%s.corp.example.com [%s])\n\tby mail-int01.example.com "
               "(Postfix) with ESMTPS id %s;\n\t%s" % (dst, dst.lower(), ips[dst], U.postfix_qid(rng),
                                                      U.fmt(w2, "CET", "postfix")))
    out.append("Received: from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server "
               "(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
                   src, ips[src], dst, ips[dst], build, U.fmt(w1, "CET")))
    out.append("Received: from %s.corp.example.com ([%s]) by\n %s.corp.example.com ([%s]) with mapi id %s;\n %s" % (
        src, fe80(rng), src, fe80(rng), "15.02.1748.0%d" % rng.choice([24, 36]), U.fmt(w0, "CET")))
    order = ["From", "To", "CC", "Subject", "=Thread-Topic: " + mime.header_text(m.thread_topic or m.subject, *m.hcharset),
             "=Thread-Index: " + thread_index(rng), "Date", "Message-ID", "References", "In-Reply-To",
             "=Accept-Language: de-DE, en-US", "=Content-Language: " + m.content_lang,
             "=X-MS-Has-Attach: " + ("yes" if m.has_attach else ""), "=X-MS-TNEF-Correlator: ",
             "=x-ms-exchange-transport-fromentityheader: Hosted",
             "=x-originating-ip: [10.20.%d.%d]" % (rng.randint(30, 60), rng.randint(20, 230)),
             "__MIME__", "MIME-Version"]
    if m.extra_after:
        order = order[:-2] + ["=" + x for x in m.extra_after] + order[-2:]
    return out + core_headers(m, order, "outlook")


def _eop_host(rng, region):
    if region == "EUR":
        z = rng.choice([("EUR05", "DB8", "db8eur05", "40.107.20"), ("EUR03", "DBA", "dbaeur03", "40.107.104"),
                        ("EUR02", "AM0", "am0eur02", "40.107.21"), ("EUR03", "VI1", "vi1eur03", "40.107.103"),
                        ("EUR05", "AM6", "am6eur05", "40.107.22"), ("EUR02", "DU2", "du2eur02", "52.101.65")])
    elif region == "DEU":
        z = rng.choice([("DEU01", "FR2", "fr2deu01", "52.101.73"), ("DEU01", "BE0", "be0deu01", "40.107.135")])
    elif region == "GBR":
        z = rng.choice([("GBR01", "LO4", "lo4gbr01", "52.101.79"), ("GBR01", "CWX", "cwxgbr01", "40.107.122")])
    else:
        z = rng.choice([("NAM12", "MW2", "mw2nam12", "40.107.244"), ("NAM11", "DM6", "dm6nam11", "40.107.223")])
    last = rng.randint(10, 250)
    return ("%s-%s-obe.outbound.protection.outlook.com" % (z[0], z[1]),
            "mail-%son%d%03d.outbound.protection.outlook.com" % (z[2], 2, last), "%s.%d" % (z[3], last))


def m365(ctx, m, body, region="EUR", dkim_domain=None, selector="selector1", lang="de", tenant_id=None,
         consumer=False, arc=True, extra_top=(), sfs_lang=None, spf="pass", dkim_res="pass", dmarc=None,
         envfrom=None, helo_ip=None, internal_ip=None, crosstenant_upn=True, originator_org=None):
    """Microsoft 365 / Exchange Online outbound as seen by the recipient."""
    rng = ctx.rng
    domain = m.frm[1].split("@")[1]
    dkim_domain = dkim_domain or domain
    server = m.ol_server
    hop = U.outlook_server(rng, region)
    build = "15.20.%d.%d" % (rng.choice([9253, 9282, 9304, 9335, 9366]), rng.randint(9, 28))
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 2))
    w2 = U.add(w1, rng.randint(1, 4))
    helo, rdns, ip = _eop_host(rng, region) if not helo_ip else helo_ip
    if consumer:
        helo, rdns, ip = helo_ip or ("EUR02-AM0-obe.outbound.protection.outlook.com",
                                     "mail-am0eur02olkn20%d.outbound.protection.outlook.com" % rng.randint(10, 99),
                                     "40.92.49.%d" % rng.randint(10, 250))
    tenant_id = tenant_id or U.uuid4(rng)
    sig, b8, bits = dkim(ctx, dkim_domain, selector, body,
                         "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                         style="space")
    dk = [(dkim_res, dkim_domain, selector, b8, bits, None)] if dkim_res else []
    out = top_block(ctx, m, helo, rdns, ip, w2, tls=TLS12 if rng.random() < 0.5 else TLS13, spf=spf,
                    dkims=dk, dmarc=dmarc, envfrom=envfrom)
    out += list(extra_top)
    sub = m.msgid.split("@")[1].split(".")[1]
    ptail = "PROD.OUTLOOK.COM" if sub.isupper() else "prod.outlook.com"
    if arc:
        arc_b = U.b64(rng, 256, strip=False)
        out.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" +
                   "\n ".join(arc_b[i:i + 76] for i in range(0, len(arc_b), 76)))
        amb = U.b64(rng, 256, strip=False)
        out.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n"
                   " s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:"
                   "X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:"
                   "X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s" % (
                       body_hash(body), "\n ".join(amb[i:i + 76] for i in range(0, len(amb), 76))))
        out.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none")
    if dkim_res:
        out.append(sig)
    out.append("Received: from %s.%s.%s (%s) by\n %s.%s.%s (%s) with\n"
               " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s;"
               " %s" % (server, sub, ptail, ms_ipv6(rng), hop, sub, ptail, ms_ipv6(rng), build, U.fmt(w1, "UTC")))
    out.append("Received: from %s.%s.%s\n ([%s]) by %s.%s.%s\n ([%s]) with mapi id %s;"
               " %s" % (server, sub, ptail, fe80(rng), server, sub, ptail, fe80(rng), build, U.fmt(w0, "UTC")))
    net_id = U.uuid4(rng)
    order = ["From", "To", "CC", "Reply-To", "Subject",
             "=Thread-Topic: " + mime.header_text(m.thread_topic or m.subject, *m.hcharset),
             "=Thread-Index: " + thread_index(rng), "Date", "Message-ID", "References", "In-Reply-To",
             "=Accept-Language: %s" % m.accept_lang, "=Content-Language: " + m.content_lang,
             "=X-MS-Has-Attach: " + ("yes" if m.has_attach else ""), "=X-MS-TNEF-Correlator: ",
             "=authentication-results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none "
             "header.from=%s;" % domain,
             "=x-ms-publictraffictype: Email",
             "=x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (server, hop),
             "=x-ms-office365-filtering-correlation-id: %s" % net_id,
             "=x-ms-exchange-senderadcheck: 1", "=x-ms-exchange-antispam-relay: 0",
             "=x-microsoft-antispam:\n BCL:0;ARA:13230040|366016|1800799024|376014|38070700018;",
             "=x-microsoft-antispam-message-info:\n " + ms_antispam_blob(rng, 700),
             "=x-forefront-antispam-report:\n CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s.%s.%s;"
             "PTR:;CAT:NONE;SFS:(13230040)(366016)(1800799024)(376014)(38070700018);DIR:OUT;SFP:1102;" % (
                 sfs_lang or lang, server, sub, ptail),
             "=x-ms-exchange-antispam-messagedata-chunkcount: 1",
             "=x-ms-exchange-antispam-messagedata-0:\n " + ms_antispam_blob(rng, 500),
             "__MIME__", "MIME-Version",
             "=X-OriginatorOrg: %s" % (originator_org or domain),
             "=X-MS-Exchange-CrossTenant-AuthAs: Internal",
             "=X-MS-Exchange-CrossTenant-AuthSource: %s.%s.%s" % (server, sub, ptail),
             "=X-MS-Exchange-CrossTenant-Network-Message-Id: %s" % net_id,
             "=X-MS-Exchange-CrossTenant-originalarrivaltime: %s" % ms_date(w0),
             "=X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
             "=X-MS-Exchange-CrossTenant-id: %s" % tenant_id,
             "=X-MS-Exchange-CrossTenant-mailboxtype: HOSTED"]
    if crosstenant_upn:
        order.append("=X-MS-Exchange-CrossTenant-userprincipalname: %s" % U.b64(rng, 57))
    order.append("=X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % hop)
    if m.extra_after:
        order += ["=" + x for x in m.extra_after]
    return out + core_headers(m, order, "outlook")


def outlook_consumer(ctx, m, body):
    rng = ctx.rng
    server = m.ol_server
    hop = server
    w0 = m.date
    w1 = U.add(w0, rng.randint(1, 4))
    helo = "EUR02-VI1-obe.outbound.protection.outlook.com"
    last = rng.randint(10, 250)
    rdns = "mail-vi1eur02olkn20%02d.outbound.protection.outlook.com" % (last % 100)
    ip = "40.92.65.%d" % last
    sig, b8, bits = dkim(ctx, "outlook.com", "selector1", body,
                         "From:Subject:Date:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                         style="space")
    out = top_block(ctx, m, helo, rdns, ip, w1, tls=TLS12, spf="pass",
                    dkims=[("pass", "outlook.com", "selector1", b8, bits, None)])
    arc_b = U.b64(rng, 256, strip=False)
    out.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" +
               "\n ".join(arc_b[i:i + 76] for i in range(0, len(arc_b), 76)))
    out.append(sig)
    out.append("Received: from %s.EURP%s.PROD.OUTLOOK.COM\n ([%s]) by %s.EURP%s.PROD.OUTLOOK.COM\n ([%s]) with mapi id "
               "15.20.9335.%d; %s" % (server, server[4:7], fe80(rng), hop, server[4:7], fe80(rng),
                                      rng.randint(9, 20), U.fmt(w0, "UTC")))
    order = ["From", "To", "Subject", "=Thread-Topic: " + mime.header_text(m.subject, *m.hcharset),
             "=Thread-Index: " + thread_index(rng), "Date", "Message-ID",
             "=Accept-Language: en-GB, en-US", "=Content-Language: en-GB",
             "=X-MS-Has-Attach: ", "=X-MS-TNEF-Correlator: ",
             "=msip_labels: ", "=x-ms-exchange-messagesentrepresentingtype: 1",
             "=x-tmn: [%s]" % U.alnum(rng, 32), "=x-ms-publictraffictype: Email",
             "=x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (server, U.outlook_server(rng)),
             "=x-ms-office365-filtering-correlation-id: %s" % U.uuid4(rng),
             "=x-microsoft-antispam:\n BCL:0;ARA:14566002|15080799006|8060799006|19110799003|461199028|3412199025|440099028|102099032;",
             "=x-microsoft-antispam-message-info:\n " + ms_antispam_blob(rng, 600),
             "=x-ms-exchange-antispam-messagedata-chunkcount: 1",
             "=x-ms-exchange-antispam-messagedata-0:\n " + ms_antispam_blob(rng, 400),
             "__MIME__", "MIME-Version", "=X-OriginatorOrg: outlook.com",
             "=X-MS-Exchange-CrossTenant-AuthAs: Internal",
             "=X-MS-Exchange-CrossTenant-AuthSource: %s.EURP%s.PROD.OUTLOOK.COM" % (server, server[4:7]),
             "=X-MS-Exchange-CrossTenant-RMS-PersistedConsumerOrg: 00000000-0000-0000-0000-000000000000",
             "=X-MS-Exchange-CrossTenant-Network-Message-Id: %s" % U.uuid4(rng),
             "=X-MS-Exchange-CrossTenant-rms-persistedconsumerorg: 00000000-0000-0000-0000-000000000000",
             "=X-MS-Exchange-CrossTenant-originalarrivaltime: %s" % ms_date(w0),
             "=X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
             "=X-MS-Exchange-CrossTenant-id: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa",
             "=X-MS-Exchange-CrossTenant-rms-persistedconsumerorg: 00000000-0000-0000-0000-000000000000",
             "=X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % U.outlook_server(rng)]
    return out + core_headers(m, order, "outlook")


def _google_ip(rng, kind="user"):
    if kind == "user":
        host = rng.choice(["mail-wr1-f%d", "mail-ej1-f%d", "mail-wm1-f%d", "mail-lf1-f%d", "mail-ed1-f%d"])
        n = rng.randint(41, 72)
        net = {"wr1": "209.85.221", "ej1": "209.85.218", "wm1": "209.85.128", "lf1": "209.85.167",
               "ed1": "209.85.208"}[host[5:8]]
        h = host % n
        return h + ".google.com", "%s.%d" % (net, n)
    n = rng.randint(65, 73)
    return "mail-sor-f%d.google.com" % n, "209.85.220.%d" % n


def gmail(ctx, m, body, workspace=False, selector="google"):
    """Gmail (consumer) or Google Workspace with custom-domain DKIM."""
    rng = ctx.rng
    domain = m.frm[1].split("@")[1]
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 1))
    w2 = U.add(w1, rng.randint(1, 3))
    host, ip = _google_ip(rng)
    t = ts(w0)
    d = domain if workspace else "gmail.com"
    s = selector if workspace else "20230601"
    hl = "mime-version:references:in-reply-to:from:date:message-id:subject:to:cc" if m.in_reply_to else \
        "mime-version:from:date:message-id:subject:to"
    sig, b8, bits = dkim(ctx, d, s, body, hl, style="google", t=t, x=t + 604800,
                         extra=[("darn", "example.com")] if not m.to or "example" in m.to[0][1] else [])
    out = top_block(ctx, m, host, host, ip, w2, tls=TLS13_128 if rng.random() < 0.5 else TLS13, spf="pass",
                    dkims=[("pass", d, s, b8, bits, None)])
    out.append(sig)
    out.append(dkim(ctx, "1e100.net", "20230601", body,
                    "mime-version:references:in-reply-to:from:date:message-id:subject:to:cc:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to"
                    if m.in_reply_to else
                    "mime-version:from:date:message-id:subject:to:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to",
                    style="google", t=t, x=t + 604800, name="X-Google-DKIM-Signature")[0])
    out.append("X-Gm-Message-State: AOJu0Y%s\n\t%s" % (U.b64(rng, 30), U.b64(rng, 42)))
    out.append("X-Gm-Gg: ASbGnc%s\n\t%s\n\t%s" % (U.b64(rng, 40), U.b64(rng, 54), U.b64(rng, 30)))
    out.append("X-Google-Smtp-Source: AGHT+I%s" % U.b64(rng, 50))
    out.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id\n %s-%s.%d.%d;\n %s" % (
        U.hexs(rng, 4), U.hexs(rng, 4), U.hexs(rng, 3), U.hexs(rng, 4), U.hexs(rng, 4),
        U.alnum(rng, 2, "abcdefghijklmnopqrstuvwxyz") + U.digits(rng, 20), U.digits(rng, 10) +
        U.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 40), t * 1000 + rng.randint(0, 999),
        U.fmt(w1, "PT", "paren")))
    order = ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc",
             "Reply-To", "__MIME__"]
    return out + core_headers(m, order)


def google_system(ctx, m, body, d="accounts.google.com", bounce="gaia.bounces.google.com", extra=(),
                  order=None):
    """Google-generated notifications (accounts.google.com, Google Forms)."""
    rng = ctx.rng
    w0 = m.date
    w1 = U.add(w0, rng.randint(1, 2))
    host, ip = _google_ip(rng, "sor")
    t = ts(w0)
    sig, b8, bits = dkim(ctx, d, "20230601", body, "date:to:from:subject:message-id:feedback-id:references:mime-version",
                         style="google", t=t, x=t + 604800)
    out = top_block(ctx, m, host, host, ip, w1, tls=TLS13_128, spf="pass",
                    dkims=[("pass", d, "20230601", b8, bits, None)])
    out.append(sig)
    out.append(dkim(ctx, "1e100.net", "20230601", body,
                    "date:to:from:subject:message-id:feedback-id:references:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to",
                    style="google", t=t, x=t + 604800, name="X-Google-DKIM-Signature")[0])
    out.append("X-Gm-Message-State: AOJu0Y%s\n\t%s" % (U.b64(rng, 30), U.b64(rng, 24)))
    out.append("X-Google-Smtp-Source: AGHT+I%s" % U.b64(rng, 50))
    out.append("MIME-Version: 1.0")
    out.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id\n %s-%s.%d.%d;\n %s" % (
        U.hexs(rng, 4), U.hexs(rng, 4), U.hexs(rng, 3), U.hexs(rng, 4), U.hexs(rng, 4),
        U.alnum(rng, 2, "abcdefghijklmnopqrstuvwxyz") + U.digits(rng, 20), U.digits(rng, 10) +
        U.alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1, 40), t * 1000 + rng.randint(0, 999),
        U.fmt(w0, "PT", "paren")))
    order = order or ["Date", "Reply-To"] + list(extra) + ["Message-ID", "Subject", "From", "To", "__MIME__"]
    return out + core_headers(m, order)


def postfix_relay(ctx, m, body, relay, relay_ip, client_helo, client_rdns, client_ip, dkim_sel=None,
                  auth_user=None, ua_headers=(), order=None, spf="pass", tls=TLS13, dkim_c="relaxed/simple",
                  amavis=False, extra_trace=(), zone="CET"):
    """A self-hosted Postfix relay (submission with SASL), optional OpenDKIM."""
    rng = ctx.rng
    domain = m.frm[1].split("@")[1]
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 2))
    w2 = U.add(w1, rng.randint(1, 4))
    dk = []
    sig = None
    if dkim_sel:
        sig, b8, bits = dkim(ctx, domain, dkim_sel, body, "Date:From:To:Subject:From", c=dkim_c, t=ts(w1))
        dk = [("pass", domain, dkim_sel, b8, bits, None)]
    out = top_block(ctx, m, relay, relay, relay_ip, w2, tls=tls, spf=spf, dkims=dk)
    out += list(extra_trace)
    if sig:
        out.append(sig)
    if amavis:
        out.append("X-Virus-Scanned: amavisd-new at %s" % relay.split(".", 1)[1])
    out.append("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n"
               "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
               "\t(No client certificate requested)\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s"
               % (client_helo, client_rdns, client_ip, auth_user or m.frm[1], relay, U.postfix_qid(rng),
                  U.fmt(w1, zone, "postfix")))
    order = order or ["Message-ID", "Date", "MIME-Version", "=User-Agent: " + m.ua if m.ua else "",
                      "Content-Language", "From", "To", "Cc", "Subject", "__MIME__"]
    order = [o for o in order if o]
    return out + list(ua_headers) + core_headers(m, order)


def outlook_desktop_order(m, rng, lang_hdr=True):
    """Header order of Outlook 2016-2021 desktop (SMTP)."""
    order = ["From", "To", "Cc", "References", "In-Reply-To", "Subject", "Date", "Message-ID", "MIME-Version",
             "__MIME__", "=X-Mailer: Microsoft Outlook 16.0", "=Thread-Index: " + thread_index(rng)]
    if lang_hdr:
        order.append("=Content-Language: " + m.content_lang)
    return order


def exim_cpanel(ctx, m, body, server, server_ip, client_rdns, client_ip, helo, order=None, zone="EET",
                dkim_sel="default", spf="pass", dkim_res="pass", dmarc=None, envfrom=None, orig_domain=None):
    rng = ctx.rng
    domain = m.frm[1].split("@")[1]
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 2))
    w2 = U.add(w1, rng.randint(1, 3))
    sig, b8, bits = dkim(ctx, domain, dkim_sel, body,
                         "Content-Type:MIME-Version:Message-ID:Date:Subject:In-Reply-To:References:To:From:Sender:"
                         "Reply-To:Cc:Content-Transfer-Encoding:Content-ID:Content-Description:Resent-Date:"
                         "Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:List-Id:List-Help:"
                         "List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive", q=True)
    dk = [(dkim_res, domain, dkim_sel, b8, bits, None)] if dkim_res else []
    out = top_block(ctx, m, server, server, server_ip, w2, tls=TLS13, spf=spf, dkims=dk, dmarc=dmarc,
                    envfrom=envfrom)
    if dkim_res:
        out.append(sig)
    eid = "1t%s-%s-%s" % (U.alnum(rng, 4), U.alnum(rng, 4, "0123456789ABCDEF") + U.alnum(rng, 2),
                          U.alnum(rng, 2))
    out.append("Received: from %s ([%s]:%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_128_GCM_SHA256\n"
               "\t(Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
                   client_rdns, client_ip, rng.randint(49152, 65000), helo, server, envfrom or m.frm[1], eid,
                   ctx.rcpts[0], U.fmt(w1, zone, "pad")))
    order = order or outlook_desktop_order(m, rng)
    hdrs = core_headers(m, order)
    od = orig_domain or ctx.rcpts[0].split("@")[1]
    hdrs += ["X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
             "X-AntiAbuse: Primary Hostname - %s" % server,
             "X-AntiAbuse: Original Domain - %s" % od,
             "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]",
             "X-AntiAbuse: Sender Address Domain - %s" % domain,
             "X-Get-Message-Sender-Via: %s: authenticated_id: %s" % (server, envfrom or m.frm[1]),
             "X-Authenticated-Sender: %s: %s" % (server, envfrom or m.frm[1]),
             "X-Source: ", "X-Source-Args: ", "X-Source-Dir: "]
    return out + hdrs


def ionos(ctx, m, body, gmx=False, web=False, order=None, zone="CET"):
    """IONOS (mout.kundenserver.de) or GMX (mout.gmx.net)."""
    rng = ctx.rng
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 2))
    w2 = U.add(w1, rng.randint(1, 3))
    if gmx:
        host, ip = "mout.gmx.net", "212.227.17.%d" % rng.choice([20, 21, 22])
        relay = "mail.gmx.net (mrgmx%03d [212.227.17.%d])" % (rng.randint(1, 9) * 100 + rng.randint(1, 9),
                                                              rng.randint(160, 190))
        sig, b8, bits = dkim(ctx, "gmx.de", "s31663417", body, "X-UI-Sender-Class:From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
                             t=ts(w1), i="%s" % m.frm[1])
        dk = [("pass", "gmx.de", "s31663417", b8, bits, m.frm[1])]
    else:
        host, ip = "mout.kundenserver.de", "212.227.126.%d" % rng.choice([130, 131, 133, 134, 135])
        relay = "mrelayeu.kundenserver.de (mreue%d [212.227.15.%d])" % (rng.randint(100, 112), rng.randint(160, 190))
        sig, dk = None, []
    out = top_block(ctx, m, host, host, ip, w2, tls=TLS13, spf="pass", dkims=dk)
    if sig:
        out.append(sig)
    out.append("X-UI-Sender-Class: %s" % U.uuid4(rng)) if gmx else None
    nid = "1M%s-1t%s" % (U.alnum(rng, 8), U.alnum(rng, 10))
    if web:
        app_ip = "172.19.172.%d" % rng.randint(60, 99)
        out.append("Received: from [%s] ([%s]) by %s\n with ESMTPSA (Nemesis) id %s; %s" % (
            app_ip, app_ip, relay, nid, U.fmt(w1, zone, "pad")))
        out.append("Received: from 3c-app-gmx-bap%02d ([%s]) by web-mail.gmx.net\n (3c-app-gmx-bap%02d.server.lan "
                   "[%s]) (via HTTP); %s" % (m.web_slot, m.client_ip, m.web_slot, app_ip, U.fmt(w0, zone)))
    else:
        out.append("Received: from [%s] ([%s]) by %s\n with ESMTPSA (Nemesis) id %s; %s" % (
            m.client_helo, m.client_ip, relay, nid, U.fmt(w1, zone, "pad")))
    order = order or ["Message-ID", "Date", "MIME-Version", "User-Agent", "Content-Language", "To", "From",
                      "Subject", "__MIME__"]
    hdrs = core_headers(m, order)
    hdrs += ["X-Provags-ID: V03:K1:%s\n %s\n %s" % (U.b64(rng, 40), U.b64(rng, 45), U.b64(rng, 20)),
             "X-Spam-Flag: NO" if not gmx else "X-Spam-Flag: NO",
             "UI-OutboundReport: notjunk:1;M01:P0:%s;\n %s" % (U.b64(rng, 8), U.b64(rng, 60))]
    if gmx:
        hdrs.insert(0, "X-Priority: 3")
    return out + hdrs


def yandex(ctx, m, body, web=True):
    rng = ctx.rng
    domain = m.frm[1].split("@")[1]
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 1))
    w2 = U.add(w1, rng.randint(1, 2))
    fw = "forward%d%s.mail.yandex.net" % (rng.choice([100, 101, 102, 500, 501, 502]), rng.choice("abcd"))
    ip = "178.154.239.%d" % rng.randint(70, 220)
    sm = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (rng.randint(10, 99), rng.choice(["vla", "sas", "iva", "myt"]))
    sig, b8, bits = dkim(ctx, domain, "mail", body, "Message-Id:Date:Subject:To:From", t=ts(w1))
    out = top_block(ctx, m, fw, fw, ip, w2, tls=TLS13, spf="pass", dkims=[("pass", domain, "mail", b8, bits, None)])
    out.append("Received: from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s" % (
        sm, sm, "2a02:6b8:c%02x:%x:0:640:%x:0" % (rng.randint(0, 40), rng.randint(0x1000, 0x5fff), rng.randint(0x1000, 0xffff)),
        fw, U.alnum(rng, 10, "0123456789ABCDEF"), U.fmt(w1, "MSK", "paren")))
    out.append("Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (
        sm, U.alnum(rng, 10), U.alnum(rng, 8), U.fmt(w1, "MSK", "paren")))
    out.append("X-Yandex-Fwd: 1")
    out.append(sig)
    order = ["From", "To", "Cc", "Subject", "MIME-Version", "Date", "Message-ID", "In-Reply-To", "References",
             "__MIME__"]
    if web:
        order.insert(5, "=X-Mailer: Yamail [ http://yandex.ru ] 5.0")
    return out + core_headers(m, order)


def mailru(ctx, m, body):
    rng = ctx.rng
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 1))
    w2 = U.add(w1, rng.randint(1, 2))
    n = rng.randint(30, 60)
    host, ip = "smtp%d.i.mail.ru" % n, "95.163.41.%d" % (40 + n)
    sig, b8, bits = dkim(ctx, "mail.ru", "mail4", body,
                         "Content-Type:Message-ID:Reply-To:Date:MIME-Version:Subject:To:From:From:Subject:"
                         "Content-Type:Content-Transfer-Encoding:To:Cc:Reply-To:Date:Message-ID:MIME-Version:"
                         "In-Reply-To:References", c="relaxed/relaxed", t=ts(w1))
    out = top_block(ctx, m, host, host, ip, w2, tls=TLS13, spf="pass", dkims=[("pass", "mail.ru", "mail4", b8, bits, None)])
    out.append(sig)
    out.append("Received: by %s with esmtpa (envelope-from <%s>)\n\tid 1t%s-%s-%s;\n\t%s" % (
        host, m.frm[1], U.alnum(rng, 4), U.alnum(rng, 8, "0123456789") + U.alnum(rng, 3), U.alnum(rng, 4),
        U.fmt(w1, "MSK", "paren")))
    order = ["From", "To", "Subject", "MIME-Version", "=X-Mailer: Mail.Ru Mailer 1.0", "Date", "Reply-To",
             "X-Priority", "Message-ID", "__MIME__"]
    hdrs = core_headers(m, order)
    hdrs += ["X-7564579A: 646B95376F6C166E", "X-77F55803: %s" % U.b64(rng, 60),
             "X-7FA49CB5: FF5795518A3D127A4AD6D5ED66289B5278DA827A17800CE7%s" % U.hexs(rng, 30, True),
             "X-Mailru-Sender: %s" % U.hexs(rng, 48, True), "X-Mras: Ok"]
    return out + hdrs


def icloud(ctx, m, body):
    rng = ctx.rng
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 2))
    w2 = U.add(w1, rng.randint(1, 2))
    host = "st43p00im-ztfb%08d.me.com" % rng.randint(10000000, 10999999)
    ip = "17.58.63.%d" % rng.randint(170, 190)
    sig, b8, bits = dkim(ctx, "icloud.com", "1a1hai", body, "Content-Type:Mime-Version:Subject:Message-Id:Date:To:From",
                         t=ts(w1))
    out = top_block(ctx, m, host, host, ip, w2, tls=TLS13, spf="pass",
                    dkims=[("pass", "icloud.com", "1a1hai", b8, bits, None)])
    out.append(sig)
    out.append("Received: from smtpclient.apple (%s.me.com [17.57.155.%d])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
        host.split(".")[0], rng.randint(10, 40), host, U.hexs(rng, 12, True), U.fmt(w1, "UTC", "paren")))
    order = ["__MIME__", "=Content-Transfer-Encoding: 7bit" if False else "", "From", "=Mime-Version: 1.0 (1.0)",
             "Date", "Subject", "=Message-Id: " + m.msgid, "References", "In-Reply-To", "To", "Cc",
             "=X-Mailer: iPhone Mail (22B91)"]
    order = [o for o in order if o]
    hdrs = core_headers(m, order)
    hdrs += ["X-Proofpoint-ORIG-GUID: %s" % U.b64(rng, 24, urlsafe=True),
             "X-Proofpoint-GUID: %s" % U.b64(rng, 24, urlsafe=True),
             "X-Proofpoint-Virus-Version: vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1093,Hydra:6.0.680,"
             "FMLib:17.12.68.34\n definitions=2026-%s_01,2026-%s_01,02 signatures=0" % (
                 U.dstr(w0, "UTC", "%m-%d"), U.dstr(w0, "UTC", "%m-%d")),
             "X-Proofpoint-Spam-Details: rule=notspam policy=default score=0 mlxscore=0 spamscore=0 phishscore=0\n"
             " bulkscore=0 malwarescore=0 clxscore=1015 suspectscore=0 adultscore=0\n mlxlogscore=773 classifier=spam "
             "adjust=0 reason=mlx scancount=1\n engine=8.19.0-2308100000 definitions=main-%s" % U.dstr(w0, "UTC", "%y%m%d%H%M")[:10]]
    return out + hdrs


def ses(ctx, m, body, region="eu-west-1", sel=None, custom_mailfrom=None, order=None, extra=()):
    rng = ctx.rng
    domain = m.frm[1].split("@")[1]
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 1))
    n = rng.randint(10, 60)
    pre, net = {"eu-west-1": ("a7", "54.240.7"), "eu-central-1": ("a4", "69.169.224"),
                "eu-west-2": ("b224", "23.249.224")}[region]
    host = "%s-%d.smtp-out.%s.amazonses.com" % (pre, n, region)
    ip = "%s.%d" % (net, n)
    sel = sel or U.alnum(rng, 32, "abcdefghijklmnopqrstuvwxyz234567")
    t = ts(w0)
    s1, b81, bits = dkim(ctx, domain, sel, body, "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date", q=True,
                         c="relaxed/simple", t=t)
    amz_sel = "shh3fegwg5fppqsuzphvschd53n6ihuv"
    s2, b82, _ = dkim(ctx, "amazonses.com", amz_sel, body,
                      "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID", q=True,
                      c="relaxed/simple", t=t)
    out = top_block(ctx, m, host, host, ip, w1, tls=TLS12, spf="pass",
                    dkims=[("pass", domain, sel, b81, bits, None), ("pass", "amazonses.com", amz_sel, b82, 1024, None)])
    out += [s1, s2]
    order = order or ["From", "Reply-To", "To", "Subject", "MIME-Version", "__MIME__", "Message-ID", "Date"]
    hdrs = core_headers(m, order)
    hdrs += list(extra)
    hdrs += ["Feedback-ID: ::1.%s.%s=:AmazonSES" % (region, U.b64(rng, 33)),
             "X-SES-Outgoing: %s-%s" % (U.dstr(w0, "UTC", "%Y.%m.%d"), ip)]
    return out + hdrs


def ses_msgid(rng, when, region="eu-west-1"):
    return "<0102%s-%s-000000@%s.amazonses.com>" % ("%012x" % (ts(when) * 1000 + rng.randint(0, 999)),
                                                   U.uuid4(rng), region)


def sendgrid(ctx, m, body, em_sub, order=None, extra=()):
    rng = ctx.rng
    domain = m.frm[1].split("@")[1]
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 2))
    host = "%s.outbound-mail.sendgrid.net" % U.alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz")
    ip = "149.72.%d.%d" % (rng.randint(100, 250), rng.randint(2, 250))
    s1, b81, bits = dkim(ctx, domain, "s1", body,
                         "from:content-type:subject:x-feedback-id:reply-to:to:cc:content-type:from:subject:to",
                         i="@" + domain, c="relaxed/relaxed", q=False)
    out = top_block(ctx, m, host, host, ip, w1, tls=TLS12, spf="pass",
                    dkims=[("pass", domain, "s1", b81, bits, "@" + domain)])
    out.append(s1)
    out.append("Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\n\t%s" % (
        U.hexs(rng, 10), U.alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), U.hexs(rng, 10),
        U.alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), U.hexs(rng, 8, True), rng.randint(2, 40),
        U.dstr(w0, "UTC", "%Y-%m-%d %H:%M:%S.") + U.digits(rng, 9) + " +0000 UTC m=+%d.%09d" % (
            rng.randint(100000, 999999), rng.randint(0, 999999999))))
    pod = m.msgid.split("@geopod-ismtpd-")[1].rstrip(">") if "@geopod-ismtpd-" in m.msgid else str(rng.randint(1, 40))
    out.append("Received: from %s (unknown)\n\tby geopod-ismtpd-%s (SG) with HTTP\n\tid %s\n\t%s" % (
        U.b64(rng, 16, urlsafe=True), pod, m.msgid.strip("<>").split("@")[0],
        U.dstr(w0, "UTC", "%a, %d %b %Y %H:%M:%S.") + U.digits(rng, 3) + " +0000 (UTC)"))
    order = order or ["Content-Type", "Date", "From", "Mime-Version", "Message-ID", "Subject", "Reply-To", "To",
                      "__MIME__"]
    hdrs = core_headers(m, order)
    hdrs += list(extra)
    hdrs += ["X-SG-EID: \n =?us-ascii?Q?%s?=" % U.b64(rng, 60),
             "X-SG-ID: \n =?us-ascii?Q?%s?=" % U.b64(rng, 48),
             "X-Entity-ID: u001.%s" % U.b64(rng, 18)]
    return out + hdrs


def mailgun(ctx, m, body, mg_domain, order=None, extra=()):
    rng = ctx.rng
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 2))
    n = rng.randint(20, 90)
    host, ip = "m32-%d.eu.mailgun.net" % n, "141.193.32.%d" % n
    domain = m.frm[1].split("@")[1]
    s1, b81, bits = dkim(ctx, mg_domain if mg_domain.endswith(domain) else domain, "pdk1", body,
                         "Content-Transfer-Encoding: Content-Type: Mime-Version: Subject: Subject: From: From: To: To:"
                         " Reply-To: Date: Message-Id: Sender: Sender", q=True, t=ts(w0))
    dd = mg_domain if mg_domain.endswith(domain) else domain
    out = top_block(ctx, m, host, host, ip, w1, tls=TLS12, spf="pass", dkims=[("pass", dd, "pdk1", b81, bits, None)])
    out.append(s1)
    out.append("X-Mailgun-Sending-Ip: %s" % ip)
    out.append("X-Mailgun-Sid: %s" % U.b64(rng, 60))
    out.append("Received: by %s with HTTP id %s; %s" % (mg_domain, U.hexs(rng, 24), U.fmt(w0, "UTC")))
    order = order or ["Date", "Sender", "Message-Id", "Reply-To", "__MIME__", "Mime-Version", "Subject", "From", "To"]
    hdrs = core_headers(m, order)
    hdrs += list(extra)
    return out + hdrs


def brevo(ctx, m, body, order=None, extra=(), list_unsub=None):
    rng = ctx.rng
    domain = m.frm[1].split("@")[1]
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 2))
    n = rng.randint(100, 140)
    host, ip = "mail-b%d.sendinblue.com" % n, "185.41.28.%d" % n
    s1, b81, bits = dkim(ctx, domain, "brevo1", body,
                         "Reply-To:List-Unsubscribe-Post:List-Unsubscribe:Mime-Version:Date:Subject:To:From:Message-Id",
                         c="relaxed/relaxed", q=True)
    s2, b82, _ = dkim(ctx, "sendinblue.com", "mail", body,
                      "Reply-To:List-Unsubscribe-Post:List-Unsubscribe:Mime-Version:Date:Subject:To:From:Message-Id",
                      c="relaxed/relaxed", q=True, bits=1024)
    out = top_block(ctx, m, host, host, ip, w1, tls=TLS12, spf="pass",
                    dkims=[("pass", domain, "brevo1", b81, bits, None), ("pass", "sendinblue.com", "mail", b82, 1024, None)])
    out += [s1, s2]
    out.append("Received: by smtp-relay.sendinblue.com with ESMTP id %s; %s" % (U.hexs(rng, 32), U.fmt(w0, "UTC")))
    order = order or ["Message-Id", "From", "To", "Subject", "Date", "Mime-Version", "Reply-To", "__MIME__"]
    hdrs = core_headers(m, order)
    hdrs += list(extra)
    if list_unsub:
        hdrs += ["List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Unsubscribe: <%s>" % list_unsub]
    hdrs += ["X-sib-id: %s" % U.b64(rng, 60),
             "X-Mailin-EID: %s" % U.b64(rng, 64),
             "Origin-messageId: %s" % m.msgid,
             "Feedback-ID: %s:%d_-1:%d:Sendinblue" % (ip, rng.randint(1000000, 9999999), rng.randint(1000000, 9999999))]
    return out + hdrs


def mailchimp(ctx, m, body, list_id, order=None, extra=()):
    rng = ctx.rng
    domain = m.frm[1].split("@")[1]
    w0 = m.date
    w1 = U.add(w0, rng.randint(1, 5))
    a, b = rng.randint(130, 240), rng.randint(1, 250)
    host = "mail%d-%d.suw%d.mcdlv.net" % (a, b, rng.randint(11, 41))
    ip = "198.2.%d.%d" % (a, b)
    s1, b81, bits = dkim(ctx, domain, "k3", body,
                         "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:"
                         "Content-Type:MIME-Version:CC:Date:To:Message-ID", c="relaxed/relaxed", i="@" + domain, q=True)
    s2, b82, _ = dkim(ctx, "mcdlv.net", "k3", body,
                      "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:"
                      "Content-Type:MIME-Version:CC:Date:To:Message-ID", c="relaxed/relaxed", q=True)
    out = top_block(ctx, m, host, host, ip, w1, tls=TLS12, spf="pass",
                    dkims=[("pass", domain, "k3", b81, bits, "@" + domain), ("pass", "mcdlv.net", "k3", b82, 2048, None)])
    out += [s1, s2]
    out.append("Received: from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4d%s\n\tfor <%s>; %s" % (
        host, U.alnum(rng, 10), ctx.rcpts[0], U.fmt(w0, "UTC", "pad")))
    order = order or ["Subject", "From", "Reply-To", "To", "Date", "Message-ID", "__MIME__", "MIME-Version"]
    hdrs = core_headers(m, order)
    u = U.hexs(rng, 25)
    cid = U.hexs(rng, 10)
    hdrs += ["X-Mailer: MailChimp Mailer - **CID%s%s**" % (cid, U.hexs(rng, 10)),
             "X-Campaign: mailchimp%s.%s" % (u, cid), "X-campaignid: mailchimp%s.%s" % (u, cid),
             "X-Report-Abuse: Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (
                 u, cid, U.hexs(rng, 10)),
             "X-MC-User: %s" % u, "Feedback-ID: %d:%d.%d:us%d:mc" % (rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 7, 10 ** 8),
                                                                     rng.randint(10 ** 6, 10 ** 7), rng.randint(1, 21)),
             "List-ID: %s%s list <%s.%d.list-id.mcsv.net>" % ("", list_id, u, rng.randint(10 ** 5, 10 ** 6)),
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    hdrs += list(extra)
    return out + hdrs


def phpmailer(ctx, m, body, host, host_ip, helo=None, envfrom=None, spf="softfail", version="6.9.1",
              script_host=None, order=None, zone="CET", tls=TLS12):
    """PHPMailer on a (compromised) shared web host, sent through the host's MTA."""
    rng = ctx.rng
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 1))
    out = top_block(ctx, m, helo or host, host, host_ip, w1, tls=tls, spf=spf, dkims=[], envfrom=envfrom)
    out.append("Received: by %s (Postfix, from userid %d)\n\tid %s; %s" % (
        host, rng.randint(1000, 9000), U.hexs(rng, 10, True), U.fmt(w0, zone, "postfix")))
    order = order or ["To", "Subject", "=X-PHP-Originating-Script: %d:PHPMailer.php" % rng.randint(30, 1200),
                      "Date", "From", "Reply-To", "Message-ID",
                      "=X-Mailer: PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % version,
                      "MIME-Version", "__MIME__"]
    return out + core_headers(m, order)


def direct_bot(ctx, m, body, helo, rdns, ip, spf="softfail", envfrom=None, order=None, tls=None):
    """Spam bot / bulletproof host speaking SMTP straight to mx01."""
    out = top_block(ctx, m, helo, rdns, ip, m.date_rcv, tls=tls, spf=spf, dkims=[], envfrom=envfrom)
    order = order or ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "__MIME__"]
    return out + core_headers(m, order)


def generic_org(ctx, m, body, mta, mta_ip, inner=(), dkim_sel=None, dkim_domain=None, order=None, spf="pass",
                extra=(), tls=TLS13, dkim_c="relaxed/relaxed", hlist="From:To:Subject:Date:Message-ID"):
    """An organisation's own outbound MTA (authorities, banks, platforms)."""
    rng = ctx.rng
    w0 = m.date
    w1 = U.add(w0, rng.randint(1, 4))
    domain = dkim_domain or m.frm[1].split("@")[1]
    dk, sig = [], None
    if dkim_sel:
        sig, b8, bits = dkim(ctx, domain, dkim_sel, body, hlist, c=dkim_c, t=ts(w0))
        dk = [("pass", domain, dkim_sel, b8, bits, None)]
    out = top_block(ctx, m, mta, mta, mta_ip, w1, tls=tls, spf=spf, dkims=dk)
    if sig:
        out.append(sig)
    for line in inner:
        out.append(line.replace("{DATE}", U.fmt(w0, "CET", "postfix")).replace("{DATEUTC}", U.fmt(w0, "UTC")))
    order = order or ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__"]
    return out + core_headers(m, order) + list(extra)


def docusign(ctx, m, body):
    """DocuSign EU envelope notification."""
    rng = ctx.rng
    w0 = m.date
    w1 = U.add(w0, rng.randint(1, 3))
    n = rng.randint(60, 80)
    host, ip = "mailfr%d.eu.docusign.net" % rng.randint(1, 4), "185.207.250.%d" % n
    s1, b81, bits = dkim(ctx, "eumail.docusign.net", "s2048", body,
                         "From:To:Date:Subject:MIME-Version:Content-Type:Reply-To:Message-ID", c="relaxed/relaxed",
                         t=ts(w0))
    out = top_block(ctx, m, host, host, ip, w1, tls=TLS12, spf="pass",
                    dkims=[("pass", "eumail.docusign.net", "s2048", b81, bits, None)])
    out.append(s1)
    out.append("Received: from docusign.net (10.48.%d.%d) by %s with ESMTP; %s" % (
        rng.randint(1, 200), rng.randint(2, 250), host, U.fmt(w0, "UTC")))
    order = ["MIME-Version", "From", "Reply-To", "To", "Date", "Subject", "Message-ID",
             "=X-Api-Host: docusign.net", "=X-DocuSign-Envelope-Id: %s" % m.ds_envelope, "__MIME__"]
    return out + core_headers(m, order)


def mimecast_m365(ctx, m, body, tenant_id, lang="en"):
    """Microsoft 365 tenant whose outbound mail leaves through Mimecast (UK)."""
    rng = ctx.rng
    domain = m.frm[1].split("@")[1]
    server = m.ol_server
    hop = U.outlook_server(rng, "GBR")
    build = "15.20.%d.%d" % (rng.choice([9253, 9282, 9304]), rng.randint(9, 28))
    w0 = m.date
    w1 = U.add(w0, rng.randint(0, 2))
    w2 = U.add(w1, rng.randint(1, 3))
    w3 = U.add(w2, rng.randint(1, 3))
    n = rng.randint(100, 140)
    host, ip = "uk-smtp-delivery-%d.mimecast.com" % n, "185.58.86.%d" % n
    sel = "mimecast20230512"
    s1, b81, bits = dkim(ctx, domain, sel, body, "from:from:reply-to:subject:subject:date:date:message-id:"
                         "message-id:to:to:cc:cc:mime-version:mime-version:content-type:content-type:"
                         "in-reply-to:in-reply-to:references:references", c="relaxed/relaxed", t=ts(w2))
    out = top_block(ctx, m, host, host, ip, w3, tls=TLS12, spf="pass",
                    dkims=[("pass", domain, sel, b81, bits, None)])
    out.append(s1)
    mcid = "%s-%s" % (U.alnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"),
                      U.alnum(rng, 6))
    out.append("Received: from LO3P265CU004.outbound.protection.outlook.com\n (mail-uksouthazon1102%d.outbound.protection."
               "outlook.com [52.101.195.%d]) by\n relay.mimecast.com with ESMTP with both STARTTLS and AUTH (version=TLSv1.3,\n"
               " cipher=TLS_AES_256_GCM_SHA384) id uk-mta-%d-%s; %s" % (
                   rng.randint(10, 99), rng.randint(10, 250), rng.randint(1, 300), mcid, U.fmt(w2, "UK")))
    out.append("X-MC-Unique: %s" % mcid)
    out.append("X-Mimecast-MFC-AGG-ID: %s_%d" % (mcid, rng.randint(1, 9)))
    out.append("Received: from %s.GBRP265.PROD.OUTLOOK.COM (%s) by\n %s.GBRP265.PROD.OUTLOOK.COM (%s) with\n"
               " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s;"
               " %s" % (server, ms_ipv6(rng, "2603:10a6"), hop, ms_ipv6(rng, "2603:10a6"), build, U.fmt(w1, "UTC")))
    out.append("Received: from %s.GBRP265.PROD.OUTLOOK.COM\n ([%s]) by %s.GBRP265.PROD.OUTLOOK.COM\n ([%s]) with mapi "
               "id %s; %s" % (server, fe80(rng), server, fe80(rng), build, U.fmt(w0, "UTC")))
    order = ["From", "To", "CC", "Subject", "=Thread-Topic: " + mime.header_text(m.thread_topic or m.subject, *m.hcharset),
             "=Thread-Index: " + thread_index(rng), "Date", "Message-ID", "References", "In-Reply-To",
             "=Accept-Language: en-GB, en-US", "=Content-Language: en-GB",
             "=X-MS-Has-Attach: " + ("yes" if m.has_attach else ""), "=X-MS-TNEF-Correlator: ",
             "=x-ms-publictraffictype: Email",
             "=x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (server, hop),
             "=x-ms-exchange-senderadcheck: 1", "=x-ms-exchange-antispam-relay: 0",
             "__MIME__", "MIME-Version", "=X-OriginatorOrg: %s" % domain,
             "=X-MS-Exchange-CrossTenant-AuthAs: Internal",
             "=X-MS-Exchange-CrossTenant-id: %s" % tenant_id,
             "=X-MS-Exchange-CrossTenant-mailboxtype: HOSTED",
             "=X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % hop,
             "=X-Mimecast-Spam-Score: 0", "=X-Mimecast-Originator: %s" % domain]
    return out + core_headers(m, order, "outlook")


def adobesign(ctx, m, body):
    rng = ctx.rng
    w0 = m.date
    w1 = U.add(w0, rng.randint(1, 3))
    n = rng.randint(20, 60)
    host, ip = "mx-out%02d.eu1.echosign.com" % rng.randint(1, 6), "185.34.174.%d" % n
    s1, b81, bits = dkim(ctx, "adobesign.com", "eu1", body, "From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:Message-ID",
                         c="relaxed/relaxed", t=ts(w0))
    out = top_block(ctx, m, host, host, ip, w1, tls=TLS12, spf="pass",
                    dkims=[("pass", "adobesign.com", "eu1", b81, bits, None)])
    out.append(s1)
    out.append("Received: from eu1-prod-mailer-%d.echosign.com (10.114.%d.%d) by %s with ESMTP; %s" % (
        rng.randint(1, 9), rng.randint(1, 50), rng.randint(2, 250), host, U.fmt(w0, "UTC")))
    order = ["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__",
             "=X-Adobe-Sign-Agreement: %s" % m.agreement_id, "=Auto-Submitted: auto-generated"]
    return out + core_headers(m, order)
