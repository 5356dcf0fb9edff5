"""Sending-system profiles.  Each returns a Route: the Received lines the
message collected before mx01, the client mx01 saw, the envelope sender and
an ordered header template (with the sender system's own headers)."""
import string

from . import core
from .core import DKIM, rfc_date, hexs, rstr, b64s, uuid4

MIME = ("__MIME__", None)


class Route:
    def __init__(self, **kw):
        self.received = []      # top-to-bottom list of (name, value) below mx01's line
        self.helo = self.rdns = self.ip = None
        self.tls = "1.3"
        self.env_from = ""
        self.header_fn = None
        self.msgid = None
        self.system = ""
        self.hdr_charset = "utf-8"
        self.hdr_enc = "Q"
        self.mixed_subject = False
        self.addr_quote = False
        self.date_style = "std"
        self.t_mx = None
        self.dkims = []
        self.extra_top = []     # headers added by sender's outbound MTA above its Received (rare)
        self.__dict__.update(kw)


def _ipv6(rng, prefix):
    return prefix + ":".join(hexs(rng, 4).lstrip("0") or "0" for _ in range(3))


def h(name, value):
    return (name, value)


def base_fields(f):
    """Default order helper: returns dict header->value given fields."""
    return f


# ---------------------------------------------------------------- Exchange
EXCH_VER = "15.2.1748.10"


def exchange_internal(m, client_ip="10.20.12.44", server="EXCH01", lang="de-DE", accept="de-DE, en-US",
                      mailer_headers=True):
    rng = m.rng
    other = "EXCH02" if server == "EXCH01" else "EXCH01"
    ips = {"EXCH01": "10.20.0.31", "EXCH02": "10.20.0.32"}
    fe80 = "fe80::%s:%s:%s:%s" % (hexs(rng, 4).lstrip("0"), hexs(rng, 4).lstrip("0"), hexs(rng, 4).lstrip("0"), hexs(rng, 4).lstrip("0"))
    t0 = m.at(0)
    t1 = m.at(rng.randint(1, 2))
    t2 = m.at(rng.randint(3, 4))
    m.t_mx = m.at(rng.randint(5, 7))
    qid_int = core.postfix_long_qid(rng)
    rcv = [
        h("Received", "from %s.corp.example.com (%s.corp.example.com [%s])\r\n\t(using TLSv1.2 with cipher "
          "ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby "
          "mail-int01.example.com (Postfix) with ESMTPS id %s%s; %s"
          % (other, other.lower(), ips[other], qid_int, m.for_clause(), rfc_date(t2, "EU", "postfix"))),
        h("Received", "from %s.corp.example.com (%s) by %s.corp.example.com (%s) with Microsoft SMTP Server\r\n"
          " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n %s; %s"
          % (server, ips[server], other, ips[other], EXCH_VER, rfc_date(t1, "EU"))),
        h("Received", "from %s.corp.example.com ([%s]) by %s.corp.example.com\r\n ([%s%%13]) with mapi id "
          "15.02.1748.010; %s" % (server, fe80, server, fe80, rfc_date(t0, "EU"))),
    ]
    msgid = "<%s@%s.corp.example.com>" % (hexs(rng, 32), server)
    tindex = core.thread_index(rng)
    def headers(f):
        out = [h("From", f["from"]), h("To", f["to"])]
        if f.get("cc"):
            out.append(h("CC", f["cc"]))
        out += [h("Subject", f["subject"]), h("Thread-Topic", f["thread_topic"]), h("Thread-Index", f.get("thread_index") or tindex),
                h("Date", rfc_date(t0, "EU", "std")), h("Message-ID", msgid)]
        if f.get("references"):
            out.append(h("References", f["references"]))
        if f.get("in_reply_to"):
            out.append(h("In-Reply-To", f["in_reply_to"]))
        out += [h("Accept-Language", accept), h("Content-Language", lang),
                h("X-MS-Has-Attach", "yes" if f.get("has_attach") else ""), h("X-MS-TNEF-Correlator", ""),
                h("x-ms-exchange-transport-fromentityheader", "Hosted"),
                h("x-originating-ip", "[%s]" % client_ip)]
        out += [MIME, h("MIME-Version", "1.0")]
        return out
    return Route(received=rcv, helo="mail-int01.example.com", rdns="mail-int01.example.com", ip="10.20.0.25",
                 env_from=m.sender_email, header_fn=headers, msgid=msgid, system="Exchange 2019 (EXCH01/02) → mail-int01 → mx01",
                 hdr_charset="iso-8859-1" if lang.startswith("de") else "utf-8", internal=True, tls="1.3",
                 date_style="std")


# ---------------------------------------------------------------- M365
M365_OUT = [  # (helo, rdns, ip)
    ("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05on20{n}.outbound.protection.outlook.com", "40.107.22.{n}"),
    ("EUR03-DBA-obe.outbound.protection.outlook.com", "mail-dbaeur03on20{n}.outbound.protection.outlook.com", "40.107.104.{n}"),
    ("EUR02-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur02on20{n}.outbound.protection.outlook.com", "40.107.241.{n}"),
    ("EUR04-DB3-obe.outbound.protection.outlook.com", "mail-db3eur04on20{n}.outbound.protection.outlook.com", "40.107.6.{n}"),
    ("GBR01-CWX-obe.outbound.protection.outlook.com", "mail-cwxgbr01on20{n}.outbound.protection.outlook.com", "40.107.121.{n}"),
    ("GBR01-LO2-obe.outbound.protection.outlook.com", "mail-lo2gbr01on20{n}.outbound.protection.outlook.com", "40.107.20.{n}"),
]

M365_REGIONS = {
    "eurprd": ("EURPRD{d}.PROD.OUTLOOK.COM", ["AM9PR{d}MB", "DB9PR{d}MB", "PAXPR{d}MB", "AS8PR{d}MB", "VI1PR{d}MB", "DU0PR{d}MB"]),
    "gbrprd": ("GBRP{d}.PROD.OUTLOOK.COM", ["LO2P{d}MB", "CWLP{d}MB", "LO0P{d}MB"]),
}


def _m365_server(rng, region, d=None):
    dom, pref = M365_REGIONS[region]
    if d is None:
        d = {"eurprd": ["04", "10", "02", "03", "06", "08"], "gbrprd": ["265", "123"], "namprd": ["11", "12", "14"]}[region]
        d = rng.choice(d)
    name = rng.choice(pref).format(d=d) + "%04d" % rng.randrange(1000, 9999)
    return name, dom.format(d=d).lower()


def m365(m, domain, tenant_id, region="eurprd", out_idx=0, lang="de-DE", accept=None, dkim_domain=None,
         client="outlook", selector="selector1", spam_lang=None, client_ip=None, originator_org=None, upn=None,
         consumer=False, arc=True, scl=1, mailbox_type="HOSTED"):
    """Microsoft 365 / Exchange Online sender (also used for attacker tenants)."""
    rng = m.rng
    srv, srvdom = _m365_server(rng, region)
    srv2, _ = _m365_server(rng, region, srvdom.split(".")[0][-2:] if region != "gbrprd" else srvdom.split(".")[0][-3:])
    helo, rdns, ip = M365_OUT[out_idx]
    n = rng.randrange(10, 99)
    rdns = rdns.format(n="%02d" % n)
    ip = ip.format(n=n)
    t0 = m.at(0)
    t1 = m.at(rng.randint(1, 2))
    m.t_mx = m.at(rng.randint(3, 5))
    v6a = "2603:10a6:%s:%s::%s" % (hexs(rng, 3), hexs(rng, 3).lstrip("0"), hexs(rng, 2).lstrip("0") or "1")
    v6b = "2603:10a6:%s:%s::%s" % (hexs(rng, 3), hexs(rng, 3).lstrip("0"), hexs(rng, 2).lstrip("0") or "1")
    fe = "fe80::%s:%s:%s:%s" % (hexs(rng, 4).lstrip("0"), hexs(rng, 4).lstrip("0"), hexs(rng, 4).lstrip("0"), hexs(rng, 4).lstrip("0"))
    build = "15.20.%d.%03d" % (rng.choice([9241, 9253, 9282, 9304]), rng.randrange(5, 40))
    rcv = [
        h("Received", "from %s.%s (%s) by\r\n %s.%s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, "
          "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
          % (srv, srvdom, v6a, srv2, srvdom, v6b, build.rsplit(".", 1)[0] + "." + str(int(build.rsplit(".", 1)[1])),
             rfc_date(t1, "UTC"))),
        h("Received", "from %s.%s\r\n ([%s]) by %s.%s\r\n ([%s%%%d]) with mapi id %s; %s"
          % (srv, srvdom, fe, srv, srvdom, fe, rng.randrange(3, 7), build, rfc_date(t0, "UTC"))),
    ]
    msgid = "<%s%s@%s.%s>" % (srv, hexs(rng, 32, upper=True)[:28], srv, srvdom)
    if consumer:
        msgid = msgid.upper().replace("@", "@").replace(".PROD.OUTLOOK.COM>", ".PROD.OUTLOOK.COM>")
    net_id = uuid4(rng)
    corr = net_id
    tindex = core.thread_index(rng)
    dd = dkim_domain or domain
    dk = DKIM(dd, selector, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
              c="relaxed/relaxed", order=("v", "a", "c", "d", "s", "h", "bh", "b"))
    arc_b = b64s(rng, 256)
    upn = upn or m.sender_email
    slang = spam_lang or lang.split("-")[0]
    acc = accept or ("%s, en-US" % lang if not lang.startswith("en") else "en-US")
    ts = rfc_date(t0, "UTC", "std").replace("+0000", "").strip()
    arrival = "%s.%04dZ" % (t0.strftime("%d %b %Y %H:%M:%S"), rng.randrange(10000))
    fsp = "SFS:(13230040)(376014)(1800799024)(366016)(69100299015)(8096899003)(38070700018);DIR:OUT;SFP:1102;"
    def headers(f):
        out = []
        if arc:
            out += [
                h("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=" +
                  core.fold_hard("", arc_b, 76, " ", first_room=72)),
                h("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n"
                  " s=arcselector10001;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n"
                  " bh=%s;\r\n b=%s" % (b64s(rng, 32), core.fold_hard("", b64s(rng, 256), 76, " ", first_room=72))),
                h("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=pass\r\n smtp.mailfrom=%s; dmarc=pass action=none\r\n"
                  " header.from=%s; dkim=pass header.d=%s; arc=none" % (domain, domain, dd)),
            ]
        out.append(dk)
        out += [h("From", f["from"]), h("To", f["to"])]
        if f.get("cc"):
            out.append(h("CC", f["cc"]))
        out += [h("Subject", f["subject"]), h("Thread-Topic", f["thread_topic"]),
                h("Thread-Index", f.get("thread_index") or tindex), h("Date", rfc_date(t0, m.zone, "std")),
                h("Message-ID", msgid)]
        if f.get("references"):
            out.append(h("References", f["references"]))
        if f.get("in_reply_to"):
            out.append(h("In-Reply-To", f["in_reply_to"]))
        if f.get("reply_to"):
            out.append(h("Reply-To", f["reply_to"]))
        out += [h("Accept-Language", acc), h("Content-Language", lang),
                h("X-MS-Has-Attach", "yes" if f.get("has_attach") else ""), h("X-MS-TNEF-Correlator", "")]
        out += [h("authentication-results", "dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=%s;" % domain),
                h("x-ms-publictraffictype", "Email"),
                h("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (srv, srv2)),
                h("x-ms-office365-filtering-correlation-id", corr),
                h("x-ms-exchange-senderadcheck", "1"),
                h("x-ms-exchange-antispam-relay", "0"),
                h("x-microsoft-antispam", "BCL:0;ARA:13230040|376014|1800799024|366016|69100299015|8096899003|38070700018;"),
                h("x-microsoft-antispam-message-info", "\r\n " + core.fold_hard("", b64s(rng, 600), 76, " ", first_room=75)),
                h("x-forefront-antispam-report", "CIP:255.255.255.255;CTRY:;LANG:%s;SCL:%d;SRV:;IPV:NLI;SFV:NSPM;H:%s.%s;PTR:;CAT:NONE;%s"
                  % (slang, scl, srv, srvdom, fsp)),
                h("x-ms-exchange-antispam-messagedata-chunkcount", "1"),
                h("x-ms-exchange-antispam-messagedata-0", "\r\n " + core.fold_hard("", b64s(rng, 900), 76, " ", first_room=75))]
        out += [MIME, h("MIME-Version", "1.0")]
        out += [h("X-OriginatorOrg", originator_org or domain),
                h("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
                h("X-MS-Exchange-CrossTenant-AuthSource", "%s.%s" % (srv, srvdom)),
                h("X-MS-Exchange-CrossTenant-Network-Message-Id", net_id),
                h("X-MS-Exchange-CrossTenant-originalarrivaltime", arrival),
                h("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                h("X-MS-Exchange-CrossTenant-id", tenant_id),
                h("X-MS-Exchange-CrossTenant-mailboxtype", mailbox_type),
                h("X-MS-Exchange-CrossTenant-userprincipalname", b64s(rng, 48)),
                h("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv2)]
        return out
    return Route(received=rcv, helo=helo, rdns=rdns, ip=ip, env_from=m.sender_email, header_fn=headers,
                 msgid=msgid, system="Microsoft 365 (Exchange Online, %s)" % srvdom.split(".")[0].upper(),
                 hdr_charset="utf-8", hdr_enc="B" if lang[:2] in ("el", "ru") else "Q", dkims=[dk], tls="1.2",
                 mixed_subject=False)


def m365_notification(m, from_domain, sender_env, service, out_idx=0, dkim_domain=None, selector="selector1",
                      tenant_id=None, lang="en-US", extra=None, region="eurprd"):
    """Mail generated by Microsoft services (SharePoint sharing, account security)."""
    rng = m.rng
    srv, srvdom = _m365_server(rng, region)
    srv2, _ = _m365_server(rng, region, srvdom.split(".")[0][-2:] if region != "gbrprd" else srvdom.split(".")[0][-3:])
    helo, rdns, ip = M365_OUT[out_idx]
    n = rng.randrange(10, 99)
    rdns, ip = rdns.format(n="%02d" % n), ip.format(n=n)
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(2, 4))
    v6a = "2603:10a6:%s:%s::%s" % (hexs(rng, 3), hexs(rng, 3).lstrip("0"), hexs(rng, 2).lstrip("0") or "1")
    rcv = [h("Received", "from %s.%s (%s) by\r\n %s.%s with Microsoft SMTP Server (version=TLS1_2,\r\n"
             " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9282.14; %s"
             % (srv, srvdom, v6a, srv2, srvdom, rfc_date(t0, "UTC")))]
    msgid = "<%s@%s.%s>" % (uuid4(rng), srv, srvdom)
    dk = DKIM(dkim_domain or from_domain, selector, "From:Date:Subject:Message-ID:Content-Type:MIME-Version",
              order=("v", "a", "c", "d", "s", "h", "bh", "b"))
    net_id = uuid4(rng)
    def headers(f):
        out = [dk, h("From", f["from"]), h("To", f["to"])]
        if f.get("reply_to"):
            out.append(h("Reply-To", f["reply_to"]))
        out += [h("Subject", f["subject"]), h("Date", rfc_date(t0, "UTC", "std")), h("Message-ID", msgid)]
        for x in extra or []:
            out.append(x)
        out += [MIME, h("MIME-Version", "1.0"),
                h("X-MS-Exchange-CrossTenant-Network-Message-Id", net_id),
                h("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                h("X-MS-Exchange-CrossTenant-id", tenant_id or uuid4(rng)),
                h("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv2),
                h("X-OriginatorOrg", from_domain)]
        return out
    return Route(received=rcv, helo=helo, rdns=rdns, ip=ip, env_from=sender_env, header_fn=headers, msgid=msgid,
                 system=service, dkims=[dk], tls="1.2", date_style="std")


# ---------------------------------------------------------------- Gmail
GMAIL_HOSTS = [("mail-wr1-f{n}.google.com", "209.85.221.{n}"), ("mail-wm1-f{n}.google.com", "209.85.128.{n}"),
               ("mail-ej1-f{n}.google.com", "209.85.218.{n}"), ("mail-lf1-f{n}.google.com", "209.85.167.{n}"),
               ("mail-ed1-f{n}.google.com", "209.85.208.{n}")]


def gmail(m, client="web", workspace=None, lang="de", selector=None, ios_build="22B91", host_idx=None):
    rng = m.rng
    hi = host_idx if host_idx is not None else rng.randrange(len(GMAIL_HOSTS))
    n = rng.choice([41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 65, 66, 67, 68, 69])
    host, ip = GMAIL_HOSTS[hi]
    host, ip = host.format(n=n), ip.format(n=n)
    t0 = m.at(0)
    t1 = m.at(rng.randint(1, 2))
    m.t_mx = m.at(rng.randint(2, 3))
    smtpid = "%s-%s%s.%d" % (rng.choice(["ffacd0b85a97d", "5b1f17b1804b1", "a640c23a62f3a", "2adb3069b0e04"]),
                              hexs(rng, 11), "so" + hexs(rng, 7), rng.randint(1, 3))
    domain = workspace or "gmail.com"
    x2002 = "2002:a05:%d:%s:b0:%s:%s:%s" % (rng.choice([6000, 6512, 7300]),
                                            hexs(rng, 3).lstrip("0"), hexs(rng, 3).lstrip("0"), hexs(rng, 4).lstrip("0"), hexs(rng, 3).lstrip("0"))
    rcv = []
    if client == "ios":
        v6 = "2a02:%s:%s:%s:%s:%s:%s:%s" % tuple(hexs(rng, 4).lstrip("0") or "0" for _ in range(7))
        rcv.append(h("Received", "from smtpclient.apple ([%s])\r\n        by smtp.gmail.com with ESMTPSA id %s\r\n"
                     "        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n"
                     "        %s" % (v6, smtpid, m.rcpt_for, rfc_date(t0, "PT", "gmail"))))
    else:
        rcv.append(h("Received", "by %s with SMTP id %s\r\n        for <%s>; %s"
                     % (host, smtpid, m.rcpt_for, rfc_date(t1, "PT", "gmail"))))
    if client == "ios":
        msgid = "<%s@%s>" % (uuid4(rng).upper(), domain)
    else:
        msgid = "<CA%s@mail.gmail.com>" % rstr(rng, string.ascii_letters + string.digits + "+_-", 50 + rng.randrange(6))
    sel = selector or ("20230601" if domain == "gmail.com" else "google")
    dk = DKIM(domain, sel, "content-transfer-encoding:to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to"
              if client != "ios" else "to:in-reply-to:date:message-id:subject:mime-version:from:content-transfer-encoding:from:to:cc:subject:date:message-id:reply-to",
              c="relaxed/relaxed", t=int(t0.timestamp()), x=int(t0.timestamp()) + 604800,
              order=("v", "a", "c", "d", "s", "t", "x", "h", "bh", "b"))
    xdk = b64s(rng, 256)
    def headers(f):
        out = [dk,
               h("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=1e100.net; s=20230601; t=%d; x=%d;\r\n"
                 "        h=content-transfer-encoding:to:subject:message-id:date:from:mime-version\r\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\r\n"
                 "        bh=%s;\r\n        b=%s" % (int(t0.timestamp()), int(t0.timestamp()) + 604800, b64s(rng, 32),
                                                     core.fold_hard("", xdk, 78, "         ", first_room=68))),
               h("X-Gm-Message-State", "AOJu0Y" + b64s(rng, 60)[:74]),
               h("X-Gm-Gg", "ASbGnc" + b64s(rng, 40)[:50]),
               h("X-Google-Smtp-Source", "AGHT+I" + b64s(rng, 60)[:80]),
               h("X-Received", "by %s with SMTP id %s;\r\n        %s" % (x2002, smtpid.split("-")[0] + "-" + hexs(rng, 11) + "mr" + hexs(rng, 6) + ".1",
                                                                   rfc_date(t0, "PT", "gmail")))]
        if client == "ios":
            out = [dk] + out[2:]
            out += [MIME, h("Mime-Version", "1.0 (1.0)"), h("Subject", f["subject"]), h("From", f["from"])]
            if f.get("in_reply_to"):
                out.append(h("In-Reply-To", f["in_reply_to"]))
            out += [h("Date", rfc_date(t0, m.zone, "std")), h("Message-Id", msgid)]
            if f.get("references"):
                out.append(h("References", f["references"]))
            out += [h("To", f["to"]), h("X-Mailer", "iPhone Mail (%s)" % ios_build)]
            return out
        out.append(h("MIME-Version", "1.0"))
        if f.get("references"):
            out.append(h("References", f["references"]))
        if f.get("in_reply_to"):
            out.append(h("In-Reply-To", f["in_reply_to"]))
        out += [h("From", f["from"]), h("Date", rfc_date(t0, m.zone, "std")),
                h("X-Gm-Features", "AQt7F2" + b64s(rng, 40)[:52]), h("Message-ID", msgid),
                h("Subject", f["subject"]), h("To", f["to"])]
        if f.get("cc"):
            out.append(h("Cc", f["cc"]))
        if f.get("reply_to"):
            out.append(h("Reply-To", f["reply_to"]))
        out.append(MIME)
        return out
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=m.sender_email, header_fn=headers, msgid=msgid,
                 system="Gmail" + (" (Google Workspace, %s)" % workspace if workspace else "") + (" / iPhone Mail" if client == "ios" else ""),
                 hdr_charset="UTF-8", hdr_enc="B" if lang in ("el", "ru") else "Q", dkims=[dk], tls="1.3")


def google_service(m, from_addr, env_from, kind, t_extra=None):
    """Google service mail (Drive/Forms share, account alerts) via mail-sor."""
    rng = m.rng
    n = rng.choice([65, 69, 73, 41])
    host, ip = "mail-sor-f%d.google.com" % n, "209.85.220.%d" % n
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 2))
    smtpid = "d75a77b69052e-%sso%s.%d" % (hexs(rng, 11), hexs(rng, 7), rng.randint(1, 9))
    rcv = [h("Received", "by %s with SMTP id %s\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s"
             % (host, smtpid, m.rcpt_for, rfc_date(t0, "PT", "gmail")))]
    dom = from_addr.split("@")[1]
    dk = DKIM(dom if dom != "docs.google.com" else "google.com", "20230601",
              "reply-to:from:subject:message-id:to:date:mime-version:from:to:cc:subject:date:message-id:reply-to",
              t=int(t0.timestamp()), x=int(t0.timestamp()) + 604800, order=("v", "a", "c", "d", "s", "t", "x", "h", "bh", "b"))
    msgid = "<%s@google.com>" % rstr(rng, string.ascii_letters + string.digits + "-_", 22)
    if kind == "accounts":
        msgid = "<%s@google.com>" % rstr(rng, string.ascii_letters + string.digits + "-_", 22)
    def headers(f):
        out = [dk,
               h("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=1e100.net; s=20230601; t=%d; x=%d;\r\n"
                 "        h=reply-to:from:subject:message-id:to:date:mime-version\r\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\r\n"
                 "        bh=%s;\r\n        b=%s" % (int(t0.timestamp()), int(t0.timestamp()) + 604800, b64s(rng, 32),
                                                     core.fold_hard("", b64s(rng, 256), 78, "         ", first_room=68))),
               h("X-Gm-Message-State", "AOJu0Y" + b64s(rng, 60)[:74]),
               h("X-Google-Smtp-Source", "AGHT+I" + b64s(rng, 60)[:80]),
               h("X-Received", "by 2002:a05:622a:%s:b0:4ed:%s:%s with SMTP id %s;\r\n        %s"
                 % (hexs(rng, 3).lstrip("0"), hexs(rng, 4).lstrip("0"), hexs(rng, 4).lstrip("0"),
                    smtpid.split(".")[0] + ".1", rfc_date(t0, "PT", "gmail"))),
               h("MIME-Version", "1.0"), h("Date", rfc_date(t0, "UTC", "std").replace("+0000", "+0000"))]
        if f.get("reply_to"):
            out.append(h("Reply-To", f["reply_to"]))
        if kind == "accounts":
            out.append(h("X-Account-Notification-Type", "127-anomaly"))
            out.append(h("Feedback-ID", "127-anomaly:account-notifier"))
            out.append(h("X-Notifications", hexs(rng, 16) + "0000"))
            out.append(h("X-Notifications-Bounce-Info", b64s(rng, 60)[:70]))
        else:
            out.append(h("X-No-Auto-Attachment", "1"))
            out.append(h("Feedback-ID", "%s-%s:%s" % (kind, b64s(rng, 6)[:8], "gfm")))
        out += [h("Message-ID", msgid), h("Subject", f["subject"]), h("From", f["from"]), h("To", f["to"]), MIME]
        return out
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=env_from, header_fn=headers, msgid=msgid,
                 system="Google (%s notification, mail-sor)" % kind, hdr_charset="UTF-8", hdr_enc="B", dkims=[dk], tls="1.3")


# ------------------------------------------------------- generic Postfix
def postfix_submit(m, server, server_ip, client_helo, client_ip, client_rdns=None, mua="outlook", dkim_sel=None,
                   dkim_domain=None, auth=True, qid_style="short", lang="de", mailer=None, webmail_ip=None,
                   system=None, extra_headers=None, amavis=False, server_rdns=None, tls="1.3", date_style="std",
                   msgid_style=None, hdr_charset=None, hdr_enc="Q", org=None, via_localhost=False):
    """MUA -> own Postfix submission -> mx01 (Lieferant GmbH, small hosters, attacker VPS)."""
    rng = m.rng
    t0 = m.at(0)
    t1 = m.at(rng.randint(0, 1))
    t2 = m.at(rng.randint(1, 2))
    m.t_mx = m.at(rng.randint(2, 4))
    qid = core.postfix_short_qid(rng) if qid_style == "short" else core.postfix_long_qid(rng)
    dom = m.sender_email.split("@")[1]
    rcv = []
    if amavis:
        qid2 = core.postfix_short_qid(rng) if qid_style == "short" else core.postfix_long_qid(rng)
        rcv.append(h("Received", "from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s%s; %s"
                     % (server, qid2, m.for_clause(), rfc_date(t2, m.zone, "postfix"))))
        rcv.append(h("X-Virus-Scanned", "Debian amavis at %s" % dom))
    if mua == "roundcube":
        rcv.append(h("Received", "from webmail.%s (localhost [127.0.0.1])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s%s;\r\n\t%s"
                     % (dom, m.sender_email, server, qid, m.for_clause(), rfc_date(t1, m.zone, "postfix"))))
    else:
        cr = client_rdns or "unknown"
        rcv.append(h("Received", "from %s (%s [%s])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
                     "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
                     "\t(No client certificate requested)\r\n%s\tby %s (Postfix) with ESMTPSA id %s%s;\r\n\t%s"
                     % (client_helo, cr, client_ip, ("\t(Authenticated sender: %s)\r\n" % m.sender_email) if auth else "",
                        server, qid, m.for_clause(), rfc_date(t1, m.zone, "postfix"))))
    if webmail_ip:
        rcv.append(h("Received", "from [%s]\r\n\tby webmail.%s\r\n\twith HTTP (HTTP/1.1 POST); %s"
                     % (webmail_ip, dom, rfc_date(t0, m.zone, "std"))))
    dk = None
    if dkim_sel:
        dk = DKIM(dkim_domain or dom, dkim_sel,
                  ("Content-Type:MIME-Version:Message-ID:Date:Subject:Cc:To:From:From" if mua != "roundcube" else
                   "Message-ID:References:In-Reply-To:Subject:Cc:To:From:Date:Content-Type:MIME-Version"),
                  c="relaxed/simple", t=int(m.at(1).timestamp()), order=("v", "a", "c", "d", "s", "t", "h", "bh", "b"))
    ts = t0
    if mua == "outlook":
        msgid = "<%s%s$%s$%s$@%s>" % ("0000", hexs(rng, 8), hexs(rng, 8), hexs(rng, 8), dom)
    elif mua == "thunderbird":
        msgid = "<%s@%s>" % (uuid4(rng), dom)
    elif mua == "roundcube":
        msgid = "<%s@%s>" % (hexs(rng, 32), dom)
    elif mua == "apple":
        msgid = "<%s@%s>" % (uuid4(rng).upper(), dom)
    elif mua == "phpmailer":
        msgid = "<%s@%s>" % (rstr(rng, string.ascii_letters + string.digits, 43), dom)
    else:
        msgid = "<%s.%s@%s>" % (t0.strftime("%Y%m%d%H%M%S"), hexs(rng, 8), dom)
    if msgid_style:
        msgid = msgid_style
    tindex = core.thread_index(rng)
    def headers(f):
        out = []
        if dk:
            out.append(dk)
        if mua == "outlook":
            out += [h("From", f["from"]), h("To", f["to"])]
            if f.get("cc"):
                out.append(h("Cc", f["cc"]))
            if f.get("reply_to"):
                out.append(h("Reply-To", f["reply_to"]))
            if f.get("references"):
                out.append(h("References", f["references"]))
            if f.get("in_reply_to"):
                out.append(h("In-Reply-To", f["in_reply_to"]))
            out += [h("Subject", f["subject"]), h("Date", rfc_date(ts, m.zone, "std")), h("Message-ID", msgid),
                    h("MIME-Version", "1.0"), MIME,
                    h("X-Mailer", mailer or "Microsoft Outlook 16.0"), h("Thread-Index", f.get("thread_index") or tindex),
                    h("Content-Language", lang)]
        elif mua == "thunderbird":
            out += [h("Message-ID", msgid), h("Date", rfc_date(ts, m.zone, "std")), h("MIME-Version", "1.0"),
                    h("User-Agent", mailer or "Mozilla Thunderbird"), h("Content-Language", lang)]
            if f.get("references"):
                out.insert(len(out) - 1, h("References", f["references"]))
            out += [h("To", f["to"])]
            if f.get("cc"):
                out.append(h("Cc", f["cc"]))
            if org:
                out.append(h("Organization", org))
            out += [h("From", f["from"])]
            if f.get("reply_to"):
                out.append(h("Reply-To", f["reply_to"]))
            if f.get("in_reply_to"):
                out.append(h("In-Reply-To", f["in_reply_to"]))
            out += [h("Subject", f["subject"]), MIME]
        elif mua == "roundcube":
            out += [h("MIME-Version", "1.0"), h("Date", rfc_date(ts, m.zone, "std")), h("From", f["from"]),
                    h("To", f["to"])]
            if f.get("cc"):
                out.append(h("Cc", f["cc"]))
            out += [h("Subject", f["subject"])]
            if f.get("reply_to"):
                out.append(h("Reply-To", f["reply_to"]))
            if f.get("in_reply_to"):
                out.append(h("In-Reply-To", f["in_reply_to"]))
            if f.get("references"):
                out.append(h("References", f["references"]))
            out += [h("User-Agent", mailer or "Roundcube Webmail/1.6.9"), h("Message-ID", msgid),
                    h("X-Sender", m.sender_email), MIME]
        else:  # script / generic
            out += [h("Date", rfc_date(ts, m.zone, date_style)), h("From", f["from"]), h("To", f["to"])]
            if f.get("cc"):
                out.append(h("Cc", f["cc"]))
            if f.get("reply_to"):
                out.append(h("Reply-To", f["reply_to"]))
            out += [h("Subject", f["subject"]), h("Message-ID", msgid)]
            if f.get("in_reply_to"):
                out.append(h("In-Reply-To", f["in_reply_to"]))
            if f.get("references"):
                out.append(h("References", f["references"]))
            if mailer:
                out.append(h("X-Mailer", mailer))
            out += [h("MIME-Version", "1.0"), MIME]
        for x in extra_headers or []:
            out.append(x)
        return out
    return Route(received=rcv, helo=server, rdns=server_rdns or server, ip=server_ip, env_from=m.sender_email,
                 header_fn=headers, msgid=msgid, system=system or ("own Postfix %s" % server),
                 hdr_charset=hdr_charset or ("utf-8" if mua != "outlook" else "iso-8859-1"), hdr_enc=hdr_enc,
                 dkims=[dk] if dk else [], tls=tls, mixed_subject=(mua == "thunderbird"))


# -------------------------------------------------------------- Exim/cPanel
def exim_cpanel(m, server, server_ip, client_ip, helo="[127.0.0.1]", port=None, tz="ET", mailer=None,
                dkim_sel="default", env_from=None, auth_id=None, system=None, msgid=None, headers_order="php",
                hdr_charset="UTF-8", hdr_enc="B"):
    rng = m.rng
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 3))
    eid = "%s-%s-%s" % (rstr(rng, string.ascii_letters + string.digits, 6), rstr(rng, string.ascii_letters + string.digits, 6),
                        rstr(rng, string.ascii_letters + string.digits, 2))
    env = env_from or m.sender_email
    envdom = env.split("@")[1]
    rcv = [h("Received", "from [%s] (port=%d helo=%s)\r\n\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\r\n"
             "\t(Exim 4.96.2)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s;\r\n\t%s"
             % (client_ip, port or rng.randrange(49152, 65535), helo, server, env, eid, m.rcpt_for, rfc_date(t0, tz, "std")))]
    dk = DKIM(envdom, dkim_sel, "Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:\r\n\tReply-To:From:To:Subject:Date:Sender:Cc:Content-ID:Content-Description:\r\n\tResent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:\r\n\tIn-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:\r\n\tList-Post:List-Owner:List-Archive",
              c="relaxed/relaxed", q="dns/txt", order=("v", "a", "q", "c", "d", "s", "h", "bh", "b")) if dkim_sel else None
    mid = msgid or "<%s@%s>" % (rstr(rng, string.ascii_letters + string.digits, 43), envdom)
    aid = auth_id or env
    def headers(f):
        out = []
        if dk:
            out.append(dk)
        if headers_order == "php":
            out += [h("Date", rfc_date(t0, tz, "std")), h("To", f["to"]), h("From", f["from"])]
            if f.get("reply_to"):
                out.append(h("Reply-To", f["reply_to"]))
            out += [h("Subject", f["subject"]), h("Message-ID", mid)]
            if mailer:
                out.append(h("X-Mailer", mailer))
            out += [h("MIME-Version", "1.0"), MIME]
        else:
            out += [h("From", f["from"]), h("To", f["to"]), h("Subject", f["subject"]), h("Date", rfc_date(t0, tz, "std")),
                    h("Message-ID", mid)]
            if f.get("in_reply_to"):
                out.append(h("In-Reply-To", f["in_reply_to"]))
            if f.get("references"):
                out.append(h("References", f["references"]))
            if mailer:
                out.append(h("X-Mailer", mailer))
            out += [h("MIME-Version", "1.0"), MIME]
        out += [h("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                h("X-AntiAbuse", "Primary Hostname - %s" % server),
                h("X-AntiAbuse", "Original Domain - example.com"),
                h("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
                h("X-AntiAbuse", "Sender Address Domain - %s" % envdom),
                h("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, aid)),
                h("X-Authenticated-Sender", "%s: %s" % (server, aid)),
                h("X-Source", ""), h("X-Source-Args", ""), h("X-Source-Dir", "")]
        return out
    return Route(received=rcv, helo=server, rdns=server, ip=server_ip, env_from=env, header_fn=headers, msgid=mid,
                 system=system or "cPanel/Exim shared hosting %s" % server, hdr_charset=hdr_charset, hdr_enc=hdr_enc,
                 dkims=[dk] if dk else [], tls="1.2")


# ------------------------------------------------------------------- SES
def ses(m, region, from_domain, dkim_sel, env_from=None, app_headers=None, order="ses", ses_sel=None,
        mail_from_domain=None, system=None, date_style="std", msgid=None):
    rng = m.rng
    n = rng.randrange(2, 60)
    blk = {"eu-west-1": "54.240.{a}.{n}", "eu-west-2": "54.240.{a}.{n}", "eu-central-1": "69.169.{a}.{n}",
           "us-east-1": "54.240.{a}.{n}"}[region]
    a = {"eu-west-1": 7, "eu-west-2": 34, "eu-central-1": 224, "us-east-1": 8}[region]
    ip = blk.format(a=a, n=n)
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (a, n, region) if region != "us-east-1" else "a%d-%d.smtp-out.amazonses.com" % (a, n)
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 2))
    sesid = "0102019%s-%s-000000" % (hexs(rng, 9), uuid4(rng))
    env = env_from or ("%s@%s.amazonses.com" % (sesid, region) if region != "us-east-1" else "%s@amazonses.com" % sesid)
    if mail_from_domain:
        env = "%s@%s" % (sesid, mail_from_domain)
    mid = msgid or ("<%s@%s.amazonses.com>" % (sesid, region) if region != "us-east-1" else "<%s@email.amazonses.com>" % sesid)
    dk1 = DKIM(from_domain, dkim_sel, "Subject:From:To:Date:MIME-Version:Content-Type:Message-ID", c="relaxed/simple",
               q="dns/txt", t=int(t0.timestamp()), order=("v", "a", "q", "c", "s", "d", "t", "h", "bh", "b"))
    dk2 = DKIM("amazonses.com", ses_sel or {"eu-west-1": "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "eu-west-2": "4bz3dk6pkzqx4mhazwk2oqklcnqtrw2n",
                                            "eu-central-1": "54ecsf3zk7z4mwxwwox7z7bg6e5gwjsz",
                                            "us-east-1": "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"}[region],
               "Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID", c="relaxed/simple", q="dns/txt",
               t=int(t0.timestamp()), order=("v", "a", "q", "c", "s", "d", "t", "h", "bh", "b"))
    fid = "::1.%s.%s=:AmazonSES" % (region, b64s(rng, 33)[:44])
    def headers(f):
        out = [dk1, dk2, h("Subject", f["subject"]), h("From", f["from"])]
        if f.get("reply_to"):
            out.append(h("Reply-To", f["reply_to"]))
        out += [h("To", f["to"]), h("MIME-Version", "1.0"), MIME, h("Message-ID", mid),
                h("Date", rfc_date(t0, "UTC", date_style))]
        for x in app_headers or []:
            out.append(x)
        out += [h("Feedback-ID", fid), h("X-SES-Outgoing", "%s-%s" % (t0.strftime("%Y.%m.%d"), ip))]
        return out
    return Route(received=[], helo=host, rdns=host, ip=ip, env_from=env, header_fn=headers, msgid=mid,
                 system=system or "Amazon SES %s" % region, dkims=[dk1, dk2], tls="1.2")


# -------------------------------------------------------------- SendGrid
def sendgrid(m, from_domain, em_sub, uid, app_headers=None, system=None, reply_to_first=False, msgid=None):
    rng = m.rng
    host = "%s.outbound-mail.sendgrid.net" % rstr(rng, "abcdefghijklmnopqrstuvwxyz", 8)
    ip = "149.72.%d.%d" % (rng.randrange(120, 250), rng.randrange(2, 250))
    t0 = m.at(0)
    t1 = m.at(rng.randint(1, 2))
    m.t_mx = m.at(rng.randint(2, 4))
    geopod = "geopod-ismtpd-%d" % rng.randrange(1, 40)
    sgid = rstr(rng, string.ascii_letters + string.digits + "-_", 22)
    pod = "filterdrecv-%s-%s" % (hexs(rng, 10), rstr(rng, "abcdefghijklmnopqrstuvwxyz0123456789", 5))
    rcv = [h("Received", "by %s with SMTP id %s-1-%s-%s-%d\r\n\t%s.%09d +0000 UTC m=+%d.%09d"
             % (pod, pod, hexs(rng, 8, True), hexs(rng, 2, True), rng.randrange(1, 40), t1.strftime("%Y-%m-%d %H:%M:%S"),
                rng.randrange(10 ** 9), rng.randrange(10 ** 5, 10 ** 7), rng.randrange(10 ** 9))),
           h("Received", "from %s (unknown)\r\n\tby %s (SG) with HTTP\r\n\tid %s\r\n\t%s.%03d +0000 (UTC)"
             % (b64s(rng, 9).rstrip("="), geopod, sgid, rfc_date(t0, "UTC", "std").replace(" +0000", ""), rng.randrange(1000)))]
    env = "bounces+%d-%s-%s=example.com@%s.%s" % (uid, hexs(rng, 4), m.rcpt_for.split("@")[0], em_sub, from_domain)
    mid = msgid or "<%s@%s>" % (sgid, geopod)
    dk1 = DKIM(from_domain, "s1", "content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:content-type:from:subject:to",
               c="relaxed/relaxed", order=("v", "a", "c", "d", "h", "s", "bh", "b"))
    dk2 = DKIM("sendgrid.info", "smtpapi", "content-type:from:mime-version:subject:reply-to:x-feedback-id:to:cc:content-type:from:subject:to",
               c="relaxed/relaxed", order=("v", "a", "c", "d", "h", "s", "bh", "b"))
    eid = "u001." + b64s(rng, 120).replace("/", "_").replace("+", "-")[:140]
    def headers(f):
        out = [dk1, dk2, MIME, h("Date", rfc_date(t0, "UTC", "paren")), h("From", f["from"]), h("Mime-Version", "1.0"),
               h("Message-ID", mid)]
        if f.get("reply_to"):
            out.append(h("Reply-To", f["reply_to"]))
        out += [h("Subject", f["subject"])]
        for x in app_headers or []:
            out.append(x)
        out += [h("X-SG-EID", "\r\n " + core.fold_hard("", eid, 76, " ", first_room=75)),
                h("X-SG-ID", "\r\n " + core.fold_hard("", "u001." + b64s(rng, 90).replace("/", "_")[:110], 76, " ", first_room=75)),
                h("To", f["to"]), h("X-Entity-ID", "u001." + b64s(rng, 18).replace("/", "_"))]
        return out
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=env, header_fn=headers, msgid=mid,
                 system=system or "SendGrid (Twilio)", dkims=[dk1, dk2], tls="1.3")


# --------------------------------------------------------------- Mailgun
def mailgun(m, mg_domain, from_domain, app_headers=None, system=None, region="eu"):
    rng = m.rng
    a, b = rng.choice([(228, rng.randrange(2, 60)), (161, rng.randrange(2, 60))])
    host = "m%d-%d.%smailgun.net" % (a, b, "eu." if region == "eu" else "")
    ip = "159.135.%d.%d" % (a, b)
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 3))
    mid = "<%s.%s@%s>" % (t0.strftime("%Y%m%d%H%M%S"), hexs(rng, 16), mg_domain)
    env = "bounce+%s.%s-%s=example.com@%s" % (hexs(rng, 6), hexs(rng, 6), m.rcpt_for.split("@")[0], mg_domain)
    rcv = [h("X-Mailgun-Sid", "WyI" + b64s(rng, 60).replace("/", "_")[:70] + "=="),
           h("Received", "by %s with HTTP id %s%s; %s" % ("ecfa7c7a0b45", hexs(rng, 12), "", rfc_date(t0, "UTC", "std").replace("+0000", "GMT")))]
    dk = DKIM(mg_domain, "krs", "Content-Transfer-Encoding: Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Reply-To: Sender: Sender",
              c="relaxed/relaxed", q="dns/txt", order=("v", "a", "c", "d", "q", "s", "t", "h", "bh", "b"), t=int(t0.timestamp()))
    def headers(f):
        out = [dk, h("X-Mailgun-Sending-Ip", ip), h("X-Mailgun-Sending-Ip-Pool-Name", ""),
               h("X-Mailgun-Sending-Ip-Pool", ""), MIME, h("Mime-Version", "1.0"), h("Subject", f["subject"]),
               h("From", f["from"]), h("To", f["to"]), h("Date", rfc_date(t0, "UTC", "std")), h("Message-Id", mid)]
        if f.get("reply_to"):
            out.append(h("Reply-To", f["reply_to"]))
        out.append(h("Sender", "%s@%s" % (f["sender_local"], mg_domain)))
        for x in app_headers or []:
            out.append(x)
        return [x for x in out if x]
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=env, header_fn=headers, msgid=mid,
                 system=system or "Mailgun (EU)", dkims=[dk], tls="1.3")


# ----------------------------------------------------------------- Brevo
def brevo(m, from_domain, account_id, app_headers=None, system=None):
    rng = m.rng
    n = rng.randrange(10, 250)
    host = "s%d.sender-sib.com" % n
    ip = "77.32.148.%d" % n
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 3))
    sib = uuid4(rng)
    mid = "<%s.%s@smtp-relay.mailin.fr>" % (t0.strftime("%Y%m%d%H%M%S"), hexs(rng, 12))
    env = "bounces-%d-%s@sib-bounce.%s" % (account_id, hexs(rng, 6), from_domain)
    rcv = [h("Received", "from smtp-relay.sendinblue.com (unknown [10.20.10.%d])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
             % (rng.randrange(2, 250), host, core.postfix_long_qid(rng), m.rcpt_for, rfc_date(t0, "EU", "postfix")))]
    dk1 = DKIM(from_domain, "mail", "Content-Type:Mime-Version:Subject:From:To:Date:List-Unsubscribe:List-Unsubscribe-Post:Message-Id:Feedback-ID",
               c="relaxed/relaxed", q="dns/txt", order=("v", "a", "c", "d", "q", "s", "h", "bh", "b"))
    dk2 = DKIM("sendinblue.com", "mail", "Content-Type:Mime-Version:Subject:From:To:Date:List-Unsubscribe:List-Unsubscribe-Post:Message-Id:Feedback-ID",
               c="relaxed/relaxed", q="dns/txt", order=("v", "a", "c", "d", "q", "s", "h", "bh", "b"))
    def headers(f):
        out = [dk1, dk2, MIME, h("Mime-Version", "1.0"), h("Subject", f["subject"]), h("From", f["from"])]
        if f.get("reply_to"):
            out.append(h("Reply-To", f["reply_to"]))
        out += [h("To", f["to"]), h("Date", rfc_date(t0, "UTC", "std")),
                h("Message-Id", mid), h("X-Mailer", "Brevo"), h("X-sib-id", b64s(rng, 60)[:80]),
                h("X-CSA-Complaints", "csa-complaints@eco.de"),
                h("Feedback-ID", "%s:%d_-1:%d:Sendinblue" % (ip, account_id, account_id))]
        for x in app_headers or []:
            out.append(x)
        return out
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=env, header_fn=headers, msgid=mid,
                 system=system or "Brevo (ex Sendinblue)", dkims=[dk1, dk2], tls="1.2")


# ------------------------------------------------------------- Mailchimp
def mailchimp(m, from_domain, us, user_id, list_id, campaign, system=None):
    rng = m.rng
    a, b = rng.randrange(180, 190), rng.randrange(2, 30)
    host = "mail%d-%d.suw21.mcdlv.net" % (a, b)
    ip = "198.2.%d.%d" % (a, b)
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 3))
    env = "bounce-mc.%s_%d.%d-%s=example.com@%s" % (us, user_id, rng.randrange(10 ** 6, 10 ** 7), m.rcpt_for.split("@")[0], host)
    mid = "<%s.%s@suw21.mcdlv.net>" % (hexs(rng, 20), hexs(rng, 8))
    rcv = [h("Received", "from localhost (localhost [127.0.0.1])\r\n\tby %s (Mailchimp) with ESMTP id %s\r\n\tfor <%s>; %s"
             % (host, core.postfix_long_qid(rng), m.rcpt_for, rfc_date(t0, "UTC", "std")))]
    dk1 = DKIM("mcdlv.net", "k1", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:Message-ID",
               c="relaxed/relaxed", order=("v", "a", "c", "d", "s", "t", "h", "bh", "b"), t=int(t0.timestamp()))
    dk2 = DKIM(from_domain, "k3", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:Message-ID",
               c="relaxed/relaxed", order=("v", "a", "c", "d", "s", "t", "h", "bh", "b"), t=int(t0.timestamp()))
    uhash = hexs(rng, 25)
    e = hexs(rng, 10)
    def headers(f):
        return [dk1, dk2, h("Subject", f["subject"]), h("From", f["from"]),
                h("Reply-To", f.get("reply_to") or f["from"]), h("To", f["to"]),
                h("Date", rfc_date(t0, "UTC", "std")), h("Message-ID", mid),
                h("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (hexs(rng, 10), e)),
                h("X-Campaign", "mailchimp%s.%s" % (uhash, campaign)),
                h("X-campaignid", "mailchimp%s.%s" % (uhash, campaign)),
                h("X-Report-Abuse", "Please report abuse for this campaign here:\r\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (uhash, campaign, e)),
                h("X-MC-User", uhash),
                h("Feedback-ID", "%d:%d.%d:%s:mc" % (user_id, user_id, list_id, us)),
                h("List-ID", "%s mailchimp list <%s.%d.list-id.mcsv.net>" % (uhash, uhash, list_id)),
                h("X-Accounttype", "pd"),
                h("List-Unsubscribe", "<https://%s.%s.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>,\r\n <mailto:unsubscribe-mc.%s_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>"
                  % (from_domain.split(".")[0], us, uhash, hexs(rng, 10), e, campaign, us, uhash, campaign, e)),
                h("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                MIME, h("MIME-Version", "1.0")]
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=env, header_fn=headers, msgid=mid,
                 system=system or "Mailchimp", dkims=[dk1, dk2], tls="1.3")


# ------------------------------------------------------------ 1&1 family
def united(m, provider, client_ip, webmail=False, mobile=False, lang="de"):
    """GMX, WEB.DE, IONOS (mout.*) submissions."""
    rng = m.rng
    if provider == "gmx":
        outh, outip, mr, mrip, dkd = "mout.gmx.net", "212.227.17.%d" % rng.choice([20, 21, 22]), "mrgmx%d" % rng.randrange(100, 110), "212.227.17.168", "gmx.de"
        relay = "mail.gmx.net"
    elif provider == "webde":
        outh, outip, mr, mrip, dkd = "mout.web.de", "212.227.15.%d" % rng.choice([3, 4, 14]), "mrweb%d" % rng.randrange(100, 110), "213.165.67.113", "web.de"
        relay = "smtp.web.de"
    else:
        outh, outip, mr, mrip, dkd = "mout.kundenserver.de", "212.227.126.%d" % rng.choice([131, 133, 135, 187]), "mreue%d" % rng.randrange(100, 110), "213.165.67.113", None
        relay = "mrelayeu.kundenserver.de"
    t0 = m.at(0)
    t1 = m.at(rng.randint(1, 2))
    m.t_mx = m.at(rng.randint(2, 3))
    nid = "1M%s-1t%s-00%s" % (rstr(rng, string.ascii_letters + string.digits, 4), rstr(rng, string.ascii_letters + string.digits, 8), rstr(rng, string.ascii_letters, 3))
    rcv = []
    if webmail:
        rcv.append(h("Received", "from [%s] ([%s]) by web-mail.%s\r\n (3c-app-%s-bap%02d [172.19.172.%d]) (via HTTP); %s"
                     % (client_ip, client_ip, "gmx.net" if provider == "gmx" else "web.de", provider if provider == "gmx" else "webde",
                        rng.randrange(10, 80), rng.randrange(2, 250), rfc_date(t0, "EU", "std"))))
        rcv.insert(0, h("Received", "from 3c-app-%s-bap%02d ([172.19.172.%d]) by %s (%s\r\n [%s]) with ESMTPA (Nemesis) id %s; %s"
                     % (provider if provider == "gmx" else "webde", rng.randrange(10, 80), rng.randrange(2, 250), relay, mr, mrip, nid,
                        rfc_date(t1, "EU", "std"))))
    else:
        rcv.append(h("Received", "from [192.168.178.%d] ([%s]) by %s (%s\r\n [%s]) with ESMTPSA (Nemesis) id %s; %s"
                     % (rng.randrange(20, 60), client_ip, relay, mr, mrip, nid, rfc_date(t1, "EU", "std"))))
    dom = m.sender_email.split("@")[1]
    dk = DKIM(dkd or dom, "s31663417" if provider == "gmx" else ("s29768273" if provider == "webde" else "s1-ionos"),
              "x-ui-sender-class:Content-Type:From:To:Subject:MIME-Version:Message-ID:Date:cc:content-transfer-encoding:content-type:date:from:message-id:mime-version:reply-to:subject:to",
              c="relaxed/simple", t=int(t1.timestamp()), order=("v", "a", "c", "d", "s", "t", "x", "i", "h", "bh", "b"),
              i=m.sender_email, x=0) if provider != "ionos" else DKIM(dom, "s1-ionos", "Subject:From:To:Date:Message-ID:MIME-Version:Content-Type",
                                                                  c="relaxed/relaxed", order=("v", "a", "c", "d", "s", "t", "h", "bh", "b"), t=int(t1.timestamp()))
    if provider != "ionos":
        dk.x = None
    if webmail:
        msgid = "<trinity-%s-%d%03d@3c-app-%s-bap%02d>" % (uuid4(rng), int(t0.timestamp()), rng.randrange(1000), provider if provider == "gmx" else "webde", rng.randrange(10, 80))
    elif mobile:
        msgid = "<%s@%s>" % (uuid4(rng), dom)
    else:
        msgid = "<%s%s$%s$%s$@%s>" % ("0000", hexs(rng, 8), hexs(rng, 8), hexs(rng, 8), dom)
    prov = "V03:K1:" + b64s(rng, 60)[:78]
    def headers(f):
        out = [dk]
        if webmail:
            out += [h("X-UI-Sender-Class", "f2cb72be-343f-493d-8ec3-b1efb8d6185a" if provider == "gmx" else "814a7b36-bfc1-4dae-8640-3722d8ec6cd6"),
                    MIME, h("MIME-Version", "1.0"), h("Message-ID", msgid), h("From", f["from"]), h("To", f["to"])]
            if f.get("cc"):
                out.append(h("Cc", f["cc"]))
            out += [h("Subject", f["subject"]), h("Date", rfc_date(t0, "EU", "std")), h("Importance", "normal"),
                    h("Sensitivity", "Normal"), h("X-Priority", "3")]
            if f.get("in_reply_to"):
                out.append(h("In-Reply-To", f["in_reply_to"]))
            out += [h("X-UI-Message-Type", "mail")]
        else:
            out += [h("From", f["from"]), h("To", f["to"])]
            if f.get("cc"):
                out.append(h("Cc", f["cc"]))
            out += [h("Subject", f["subject"]), h("Date", rfc_date(t0, "EU", "std")), h("Message-ID", msgid),
                    h("MIME-Version", "1.0"), MIME]
            if f.get("mailer"):
                out.append(h("X-Mailer", f["mailer"]))
            out.append(h("Content-Language", lang))
        out += [h("X-Provags-ID", prov),
                h("UI-OutboundReport", "notjunk:1;M01:P0:" + b64s(rng, 12)[:11] + "=;" + b64s(rng, 40)[:60])]
        return [x for x in out if x]
    sysname = {"gmx": "GMX FreeMail", "webde": "WEB.DE FreeMail", "ionos": "IONOS (1&1) mail"}[provider] + (" (webmail)" if webmail else "")
    return Route(received=rcv, helo=outh, rdns=outh, ip=outip, env_from=m.sender_email, header_fn=headers, msgid=msgid,
                 system=sysname, hdr_charset="UTF-8", hdr_enc="Q", dkims=[dk], tls="1.3")


# ---------------------------------------------------------------- Yandex
def yandex(m, client_ip, web=True, dkim_domain=None, selector="mail"):
    rng = m.rng
    n = rng.choice(["101a", "102b", "501b", "502a", "301a"])
    host = "forward%s.mail.yandex.net" % n
    ip = "178.154.239.%d" % rng.randrange(70, 220)
    inner = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (rng.randrange(10, 90), rng.choice(["vla", "sas", "iva", "myt"]))
    t0 = m.at(0)
    t1 = m.at(rng.randint(1, 2))
    m.t_mx = m.at(rng.randint(2, 4))
    sid = "%s-%s" % (rstr(rng, string.ascii_letters + string.digits, 10), rstr(rng, string.ascii_letters + string.digits, 8))
    rcv = [h("Received", "from %s (%s [IPv6:2a02:6b8:c0c:%s:0:640:%s:0])\r\n\tby %s (Yandex) with ESMTPS id %s\r\n\tfor <%s>; %s"
             % (inner, inner, hexs(rng, 4).lstrip("0"), hexs(rng, 4).lstrip("0"), host, rstr(rng, string.ascii_letters + string.digits, 10),
                m.rcpt_for, rfc_date(t1, "MSK", "std"))),
           h("Received", "by %s (smtp/Yandex) with ESMTPSA id %s;\r\n\t%s" % (inner, sid, rfc_date(t0, "MSK", "std"))),
           h("X-Yandex-Fwd", "1")]
    dom = m.sender_email.split("@")[1]
    dk = DKIM(dkim_domain or dom, selector, "From:To:Subject:Message-ID:Date:Content-Type",
              c="relaxed/relaxed", t=int(t0.timestamp()), order=("v", "a", "c", "d", "s", "t", "h", "bh", "b"))
    msgid = "<%d%d@mail.yandex.ru>" % (rng.randrange(10 ** 5, 10 ** 6), int(t0.timestamp()))
    if not web:
        msgid = "<%d.%s@%s>" % (rng.randrange(10 ** 8, 10 ** 9), core.local(t0, "MSK")[0].strftime("%Y%m%d%H%M%S"), dom)
        rcv[1] = h("Received", "by %s (smtp/Yandex) with ESMTPSA id %s;\r\n\t%s" % (inner, sid, rfc_date(t0, "MSK", "std")))
    def headers(f):
        if not web:
            out = [dk, h("Date", rfc_date(t0, "MSK", "std")), h("From", f["from"]), h("Organization", core.hdr_text("Organization", "ООО \"ВторЧерМет-Нева\"", "koi8-r", "B"))]
            out += [h("X-Priority", "3 (Normal)"), h("Message-ID", msgid), h("To", f["to"])]
            if f.get("cc"):
                out.append(h("CC", f["cc"]))
            out += [h("Subject", f["subject"]), h("X-Mailer", "The Bat! (v11.2.3) Professional"), h("MIME-Version", "1.0"), MIME]
            return [x for x in out if not (isinstance(x, tuple) and x[1] == "")]
        out = [dk, h("From", f["from"]), h("To", f["to"])]
        if f.get("cc"):
            out.append(h("Cc", f["cc"]))
        out += [h("Subject", f["subject"])]
        if f.get("in_reply_to"):
            out.append(h("In-Reply-To", f["in_reply_to"]))
        if f.get("references"):
            out.append(h("References", f["references"]))
        out += [h("MIME-Version", "1.0"), h("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
                h("Date", rfc_date(t0, "MSK", "std")), h("Message-Id", msgid), MIME]
        return [x for x in out if x]
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=m.sender_email, header_fn=headers, msgid=msgid,
                 system="Yandex 360 (%s)" % ("web" if web else "The Bat! via smtp.yandex.ru"),
                 hdr_charset="utf-8" if web else "koi8-r", hdr_enc="B", dkims=[dk], tls="1.3")


# ------------------------------------------------------------------ Zoho
def zoho(m, client_ip):
    rng = m.rng
    n = rng.randrange(10, 80)
    host = "sender4-op-o%d.zoho.eu" % n
    ip = "136.143.169.%d" % n
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 3))
    rcv = [h("Received", "from mail.zoho.eu by mx.zoho.eu\r\n\twith SMTP id %d%03d; %s"
             % (int(t0.timestamp()), rng.randrange(1000), rfc_date(t0, "TR", "std"))),
           h("Received", "from  [%s] by mail.zoho.eu\r\n\twith HTTP;%s" % (client_ip, rfc_date(t0, "TR", "std")))]
    dom = m.sender_email.split("@")[1]
    dk = DKIM(dom, "zmail", "Date:Date:From:From:To:To:Message-Id:Message-Id:In-Reply-To:Subject:Subject:MIME-Version:Content-Type:Reply-To",
              c="relaxed/relaxed", q="dns/txt", t=int(t0.timestamp()), x=int(t0.timestamp()) + 31536000,
              i=m.sender_email, order=("v", "a", "c", "s", "d", "q", "t", "x", "i", "h", "bh", "b"))
    msgid = "<%s.%s.%d@%s>" % (hexs(rng, 11), hexs(rng, 16), rng.randrange(10 ** 18, 10 ** 19), dom)
    def headers(f):
        out = [h("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none; \r\n\td=zohomail.eu; s=zohoarc; \r\n\tb=%s"
                 % (int(t0.timestamp()), core.fold_hard("", b64s(rng, 256), 76, "\t", first_room=72))),
               h("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \r\n\tt=%d; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To; \r\n\tbh=%s; \r\n\tb=%s"
                 % (int(t0.timestamp()), b64s(rng, 32), core.fold_hard("", b64s(rng, 256), 76, "\t", first_room=72))),
               h("ARC-Authentication-Results", "i=1; mx.zohomail.eu;\r\n\tdkim=pass  header.i=%s;\r\n\tspf=pass  smtp.mailfrom=%s;\r\n\tdmarc=pass header.from=<%s>"
                 % (dom, m.sender_email, m.sender_email)),
               dk, h("Date", rfc_date(t0, "TR", "std")), h("From", f["from"]), h("To", f["to"])]
        if f.get("cc"):
            out.append(h("Cc", f["cc"]))
        out += [h("Message-Id", msgid)]
        if f.get("in_reply_to"):
            out.append(h("In-Reply-To", f["in_reply_to"]))
        out += [h("Subject", f["subject"]), h("MIME-Version", "1.0"), MIME, h("Importance", "Medium"),
                h("User-Agent", "Zoho Mail"), h("X-Mailer", "Zoho Mail")]
        return out
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=m.sender_email, header_fn=headers, msgid=msgid,
                 system="Zoho Mail (EU DC)", hdr_charset="UTF-8", hdr_enc="Q", dkims=[dk], tls="1.2")


# ------------------------------------------------------------ Outlook.com
def outlook_consumer(m, domain="outlook.es", lang="es-ES"):
    rng = m.rng
    n = rng.randrange(10, 99)
    helo = "EUR03-DBA-obe.outbound.protection.outlook.com"
    rdns = "mail-dbaeur03olkn20%02d.outbound.protection.outlook.com" % n
    ip = "40.92.59.%d" % n
    t0 = m.at(0)
    t1 = m.at(rng.randint(1, 2))
    m.t_mx = m.at(rng.randint(2, 4))
    srv = "DB9P%dMB%04d" % (rng.choice([189, 194, 251]), rng.randrange(1000, 9999))
    srv2 = "AS8P%dMB%04d" % (rng.choice([189, 194, 251]), rng.randrange(1000, 9999))
    dom = srv[4:7]
    rcv = [h("Received", "from %s.EURP%s.PROD.OUTLOOK.COM (2603:10a6:%s::%s) by\r\n %s.EURP%s.PROD.OUTLOOK.COM (2603:10a6:%s::%s) with\r\n"
             " Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9282.14; %s"
             % (srv, dom, hexs(rng, 3), hexs(rng, 2), srv2, dom, hexs(rng, 3), hexs(rng, 2), rfc_date(t1, "UTC"))),
           h("Received", "from %s.EURP%s.PROD.OUTLOOK.COM\r\n ([fe80::%s:%s:%s:%s]) by %s.EURP%s.PROD.OUTLOOK.COM\r\n ([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.9282.012; %s"
             % (srv, dom, *(hexs(rng, 4) for _ in range(4)), srv, dom, *(hexs(rng, 4) for _ in range(4)), rfc_date(t0, "UTC")))]
    msgid = "<%s%s@%s.EURP%s.PROD.OUTLOOK.COM>" % (srv, hexs(rng, 28, True), srv, dom)
    dk = DKIM(domain if domain.startswith("hotmail") else domain, "selector1",
              "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", order=("v", "a", "c", "d", "s", "h", "bh", "b"))
    tindex = core.thread_index(rng)
    def headers(f):
        out = [h("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b=" +
                 core.fold_hard("", b64s(rng, 256), 76, " ", first_room=72)),
               h("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n"
                 " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n"
                 " bh=%s;\r\n b=%s" % (b64s(rng, 32), core.fold_hard("", b64s(rng, 256), 76, " ", first_room=72))),
               h("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\r\n dkim=none; arc=none"),
               dk, h("From", f["from"]), h("To", f["to"])]
        if f.get("cc"):
            out.append(h("CC", f["cc"]))
        out += [h("Subject", f["subject"]), h("Thread-Topic", f["thread_topic"]), h("Thread-Index", tindex),
                h("Date", rfc_date(t0, m.zone, "std")), h("Message-ID", msgid), h("Accept-Language", lang + ", en-US"),
                h("Content-Language", lang), h("X-MS-Has-Attach", "yes" if f.get("has_attach") else ""),
                h("X-MS-TNEF-Correlator", ""), h("x-ms-publictraffictype", "Email"),
                h("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (srv, srv2)),
                h("x-ms-exchange-messagesentrepresentingtype", "1"),
                h("x-tmn", "[%s]" % b64s(rng, 24)[:32]),
                h("x-microsoft-antispam", "BCL:0;ARA:14566002|8060799006|19110799003|15080799006|461199028|440099028|3412199025|102099032;"),
                h("x-microsoft-antispam-message-info", "\r\n " + core.fold_hard("", b64s(rng, 500), 76, " ", first_room=75)),
                h("x-ms-exchange-antispam-messagedata-chunkcount", "1"),
                h("x-ms-exchange-antispam-messagedata-0", "\r\n " + core.fold_hard("", b64s(rng, 700), 76, " ", first_room=75)),
                MIME, h("MIME-Version", "1.0"),
                h("X-OriginatorOrg", "sct-15-20-8534-20-msonline-outlook-%s.templateTenant" % hexs(rng, 5)),
                h("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
                h("X-MS-Exchange-CrossTenant-AuthSource", "%s.EURP%s.PROD.OUTLOOK.COM" % (srv, dom)),
                h("X-MS-Exchange-CrossTenant-RMS-PersistedConsumerOrg", "00000000-0000-0000-0000-000000000000"),
                h("X-MS-Exchange-CrossTenant-Network-Message-Id", uuid4(rng)),
                h("X-MS-Exchange-CrossTenant-rms-persistedconsumerorg", "00000000-0000-0000-0000-000000000000"),
                h("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s.%04dZ" % (t0.strftime("%d %b %Y %H:%M:%S"), rng.randrange(10000))),
                h("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                h("X-MS-Exchange-CrossTenant-id", "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"),
                h("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"),
                h("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv2)]
        return out
    return Route(received=rcv, helo=helo, rdns=rdns, ip=ip, env_from=m.sender_email, header_fn=headers, msgid=msgid,
                 system="Outlook.com (consumer)", hdr_charset="iso-8859-1", hdr_enc="Q", dkims=[dk], tls="1.2")


# ------------------------------------------------------------------ Proton
def proton(m):
    rng = m.rng
    n = rng.choice([40131, 40133, 40134, 43101, 43111])
    host = "mail-%d.protonmail.ch" % n
    ip = "185.70.%d.%d" % (n // 1000, n % 1000)
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 2))
    dom = m.sender_email.split("@")[1]
    dk = DKIM(dom, "protonmail3", "Date:To:From:Subject:Message-ID:Feedback-ID:From:To:Cc:Date:Subject:Reply-To:Feedback-ID:Message-ID:BIMI-Selector",
              c="relaxed/relaxed", q="dns/txt", t=int(t0.timestamp()), x=int(t0.timestamp()) + 259200,
              order=("v", "a", "c", "d", "s", "t", "x", "bh", "h", "b"))
    msgid = "<%s=@proton.me>" % rstr(rng, string.ascii_letters + string.digits + "_-", 86)
    def headers(f):
        return [dk, h("Date", rfc_date(t0, "UTC", "std")), h("To", f["to"]), h("From", f["from"]),
                h("Subject", f["subject"]), h("Message-ID", msgid),
                h("Feedback-ID", "%s==:Ue%s==:proton" % (b64s(rng, 48)[:62], b64s(rng, 48)[:62])),
                h("X-Pm-Message-ID", hexs(rng, 40)), h("MIME-Version", "1.0"), MIME]
    return Route(received=[], helo=host, rdns=host, ip=ip, env_from=m.sender_email, header_fn=headers, msgid=msgid,
                 system="Proton Mail", hdr_charset="utf-8", hdr_enc="B", dkims=[dk], tls="1.3")
