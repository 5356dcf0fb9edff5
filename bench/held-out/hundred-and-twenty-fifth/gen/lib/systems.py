"""Sending systems: each function writes the trace and message headers that
the real system would produce (below mx01's own line) into a Mail object."""

from . import util, mime
from .util import CRLF, rfcdate, secs

# ------------------------------------------------------------------ helpers


def _has_attach(m):
    return any(p.info.get("kind") == "attachment" and not p.info.get("inline") for p in m.root.walk()) or any(
        p.info.get("kind") == "rfc822" for p in m.root.walk())


def thread_topic(m):
    s = m.subject
    for pre in ("RE: ", "Re: ", "AW: ", "Aw: ", "WG: ", "FW: ", "Fw: ", "R: ", "I: ", "Odp: ", "ODP: ", "RV: ",
                "Fwd: ", "ΑΠ: ", "ΠΡΘ: ", "RE:", "Re:", "FW:", "Ответ: ", "Пересл: ", "PD: ", "RES: "):
        while s.startswith(pre):
            s = s[len(pre):]
    return m.subj(s)


def thread_index(m, reply=False):
    r = m.rng.sub("ti")
    raw = r.rbytes(22 + (5 if reply else 0))
    b = util.base64.b64encode(raw).decode()
    return ("AQH" + b[3:]) if reply else ("Ad" + b[2:])


def b64blob(r, n, width=None):
    s = r.b64(n)
    return s


def fold_token(name, tok, first=None, width=76, ind=" "):
    first = first or (width - len(name) - 2)
    parts = [tok[:first]]
    tok = tok[first:]
    while tok:
        parts.append(tok[:width - 1])
        tok = tok[width - 1:]
    return "%s: %s" % (name, (CRLF + ind).join(parts))


def fe80(r):
    return "fe80::%s:%s:%s:%s" % (r.hexs(4).lstrip("0") or "0", r.hexs(4).lstrip("0") or "0",
                                  r.hexs(4).lstrip("0") or "0", r.hexs(4).lstrip("0") or "0")


# ------------------------------------------------------------------ internal Exchange 2019 -> mail-int01 -> mx01
def internal(m, exch="EXCH01", hub="EXCH02", client_ip="10.30.4.57", reply=False):
    r = m.rng.sub("internal")
    if not m.msgid:
        m.msgid = "%s@%s.corp.example.com" % (r.hexs(32), exch)
    t1 = m.date + secs(1)
    t2 = m.arrival - secs(1)
    qid = util.postfix_qid(r)
    ex_ip = {"EXCH01": "10.20.0.11", "EXCH02": "10.20.0.12"}
    f = fe80(r)
    tr = []
    tr.append("DKIM-Filter: OpenDKIM Filter v2.11.0 mail-int01.example.com %s" % qid)
    tr.append(m.dkim_sig("example.com", "int2026", "From:To:Cc:Subject:Date:Message-ID:Content-Type:MIME-Version",
                         c="relaxed/simple"))
    tr.append("Received: from %s.corp.example.com (%s.corp.example.com [%s])%s\t(using TLSv1.2 with cipher "
              "ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))%s\t(No client certificate requested)%s\tby "
              "mail-int01.example.com (Postfix) with ESMTPS id %s;%s\t%s" % (
                  hub, hub.lower(), ex_ip[hub], CRLF, CRLF, CRLF, qid, CRLF, rfcdate(t2, comment=True)))
    tr.append("Received: from %s.corp.example.com (%s) by %s.corp.example.com%s (%s) with Microsoft SMTP Server%s "
              "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.37;%s %s" % (
                  exch, ex_ip[exch], hub, CRLF, ex_ip[hub], CRLF, CRLF, util.rfcdate_pad(t1)))
    tr.append("Received: from %s.corp.example.com ([%s]) by%s %s.corp.example.com ([%s%%13]) with mapi id%s "
              "15.02.1748.037; %s" % (exch, f, CRLF, exch, f, CRLF, util.rfcdate_pad(m.date)))
    m.trace = tr
    h = m.std(["From", "To", "CC", "Subject"])
    h.append(util.fold("Thread-Topic", thread_topic(m)))
    h.append("Thread-Index: " + thread_index(m, reply or bool(m.in_reply_to)))
    h += m.std(["Date"], pad=True)
    h += m.std(["Message-ID", "References", "In-Reply-To"])
    h.append("Accept-Language: %s, en-US" % m.lang)
    h.append("Content-Language: %s" % m.lang)
    h.append("X-MS-Has-Attach: %s" % ("yes" if _has_attach(m) else ""))
    h.append("X-MS-TNEF-Correlator: ")
    h += m.extra
    h.append("x-ms-exchange-transport-fromentityheader: Hosted")
    h.append("x-originating-ip: [%s]" % client_ip)
    h.append("@MIME@")
    h.append("MIME-Version: 1.0")
    m.hdrs = h
    m.conn = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25")
    mime.outlook_boundaries(m.root, m.msgid)
    m.mailfrom = m.frm[1]
    m.tls = "1.3"


# ------------------------------------------------------------------ Microsoft 365 (tenant)
def m365(m, t, reply=False, app="outlook"):
    """t: dict(domain, tid, pfx, region, obe, obhost, ip, onms, ipv6pfx)."""
    r = m.rng.sub("m365")
    mbx = "%s%d" % (t["pfx"], r.randint(1000, 9999))
    hub = "%s%d" % (t.get("hubpfx", t["pfx"]), r.randint(1000, 9999))
    reg = t["region"]
    if not m.msgid:
        m.msgid = "%s%s@%s.%s.prod.outlook.com" % (mbx, r.hexs(28, True), mbx, reg)
    build = "15.20.%d.%03d" % (9200 + r.randint(0, 150), r.randint(5, 40))
    t0 = m.date
    t1 = m.date + secs(1)
    v6 = t.get("ipv6pfx", "2603:10a6:10")
    tr = []
    mf = m.mailfrom or m.frm[1]
    fd = m.frm[1].split("@")[1]
    arc_b = r.b64(256)
    tr.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;" + CRLF +
              " b=" + util.wrap_b64_value(arc_b, 70, 76, " "))
    tr.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;" + CRLF +
              " s=arcselector10001;" + CRLF +
              " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
              "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;" + CRLF +
              " bh=%s;" % r.b64(32) + CRLF + " b=" + util.wrap_b64_value(r.b64(256), 70, 76, " "))
    dk = t.get("dkim", True)
    tr.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass" + CRLF +
              " smtp.mailfrom=%s; dmarc=pass action=none" % mf.split("@")[1] + CRLF +
              " header.from=%s; dkim=%s;" % (fd, ("pass header.d=%s" % fd) if dk else "none (message not signed)") +
              CRLF + " arc=none")
    if dk:
        tr.append(m.dkim_sig(fd if dk is True else dk, "selector1",
                             "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                             t=False, ind=" "))
    else:
        tr.append(m.dkim_sig(t["onms"], "selector1-%s" % t["onms"].replace(".", "-"),
                             "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                             t=False, ind=" "))
    tr.append("Received: from %s.%s.prod.outlook.com (%s:%s::%s) by" % (mbx, reg, v6, r.hexs(3), r.hexs(2)) + CRLF +
              " %s.%s.prod.outlook.com (%s:%s::%s) with Microsoft SMTP Server" % (hub, reg, v6, r.hexs(3), r.hexs(2)) +
              CRLF + " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id " + build + ";" + CRLF +
              " " + util.rfcdate_pad(t1, "UTC"))
    f = fe80(r)
    tr.append("Received: from %s.%s.prod.outlook.com" % (mbx, reg) + CRLF +
              " ([%s%%5]) by %s.%s.prod.outlook.com" % (f, mbx, reg) + CRLF +
              " ([%s%%5]) with mapi id %s; %s" % (f, build[:-3] + "0" + build[-3:][1:] if False else build,
                                                 util.rfcdate_pad(t0, "UTC")))
    m.trace = tr
    h = []
    if app == "sharepoint":
        h += m.std(["From", "To", "Reply-To", "Subject"])
        h += m.std(["Date"], zone="UTC", pad=True)
        h += m.std(["Message-ID"])
        h.append("Content-Language: %s" % m.lang)
        h += m.extra
    else:
        h += m.std(["From", "To", "CC", "Reply-To", "Subject"])
        h.append(util.fold("Thread-Topic", thread_topic(m)))
        h.append("Thread-Index: " + thread_index(m, reply or bool(m.in_reply_to)))
        h += m.std(["Date"], zone="UTC", pad=True)
        h += m.std(["Message-ID", "References", "In-Reply-To"])
        h.append("Accept-Language: %s" % t.get("accept", m.lang + ", en-US"))
        h.append("Content-Language: %s" % m.lang)
        h.append("X-MS-Has-Attach: %s" % ("yes" if _has_attach(m) else ""))
        h.append("X-MS-TNEF-Correlator: ")
        h += m.extra
        h.append("msip_labels: ")
    h.append("authentication-results: dkim=none (message not signed)" + CRLF +
             " header.d=none;dmarc=none action=none header.from=%s;" % fd)
    h.append("x-ms-publictraffictype: Email")
    h.append("x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (mbx, hub))
    h.append("x-ms-office365-filtering-correlation-id: %s" % r.guid())
    h.append("x-ms-exchange-senderadcheck: 1")
    h.append("x-ms-exchange-antispam-relay: 0")
    h.append("x-microsoft-antispam:" + CRLF + " BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;")
    h.append(fold_token("x-microsoft-antispam-message-info", "=?utf-8?B?%s?=" % r.b64(330), 40))
    h.append("x-forefront-antispam-report:" + CRLF +
             " CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s.%s.prod.outlook.com;PTR:;CAT:NONE;"
             % (m.lang[:2], mbx, reg) + CRLF +
             " SFS:(13230040)(1800799024)(366016)(376014)(38070700018);DIR:OUT;SFP:1101;")
    h.append("x-ms-exchange-antispam-messagedata-chunkcount: 1")
    h.append(fold_token("x-ms-exchange-antispam-messagedata-0", "=?utf-8?B?%s?=" % r.b64(280), 40))
    h.append("@MIME@")
    h.append("MIME-Version: 1.0")
    h.append("X-OriginatorOrg: %s" % t.get("origorg", fd))
    h.append("X-MS-Exchange-CrossTenant-AuthAs: Internal")
    h.append("X-MS-Exchange-CrossTenant-AuthSource: %s.%s.prod.outlook.com" % (mbx, reg))
    h.append("X-MS-Exchange-CrossTenant-Network-Message-Id: %s" % r.guid())
    h.append("X-MS-Exchange-CrossTenant-originalarrivaltime: %s.%04d" % (
        util.local(t0, "UTC")[0].strftime("%d %b %Y %H:%M:%S"), r.randint(0, 9999)) + " (UTC)")
    h.append("X-MS-Exchange-CrossTenant-fromentityheader: Hosted")
    h.append("X-MS-Exchange-CrossTenant-id: %s" % t["tid"])
    h.append("X-MS-Exchange-CrossTenant-mailboxtype: HOSTED")
    h.append("X-MS-Exchange-CrossTenant-userprincipalname: %s" % r.b64(48).rstrip("="))
    h.append("X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % hub)
    m.hdrs = h
    m.conn = ("%s.outbound.protection.outlook.com" % t["obe"], "%s.outbound.protection.outlook.com" % t["obhost"],
              t["ip"])
    mime.outlook_boundaries(m.root, m.msgid)
    m.mailfrom = mf
    m.arc = '"pass ("microsoft.com:s=arcselector10001:i=1")"'[1:-1]
    m.tls = "1.2"


def outlook_consumer(m, domain="outlook.com", obe="EUR05-AM6-obe", obhost="mail-am6eur05olkn2012", ip="40.92.22.12",
                     pfx="AS8P194MB", region="EURP194"):
    r = m.rng.sub("olc")
    mbx = "%s%d" % (pfx, r.randint(1000, 2999))
    if not m.msgid:
        m.msgid = "%s%s@%s.%s.PROD.OUTLOOK.COM" % (mbx, r.hexs(28, True), mbx, region)
    build = "15.20.%d.%03d" % (9200 + r.randint(0, 150), r.randint(5, 40))
    tr = []
    tr.append("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;" + CRLF +
              " b=" + util.wrap_b64_value(r.b64(256), 70, 76, " "))
    tr.append("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;" + CRLF +
              " s=arcselector10001;" + CRLF +
              " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:"
              "X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;" + CRLF +
              " bh=%s;" % r.b64(32) + CRLF + " b=" + util.wrap_b64_value(r.b64(256), 70, 76, " "))
    tr.append("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=none; dmarc=none;" + CRLF +
              " dkim=none; arc=none")
    tr.append(m.dkim_sig(domain, "selector1",
                         "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck",
                         t=False, ind=" "))
    tr.append("Received: from %s.%s.PROD.OUTLOOK.COM (2603:10a6:20b:%s::%s)" % (mbx, region, r.hexs(3), r.hexs(2)) +
              CRLF + " by %s%d.%s.PROD.OUTLOOK.COM (2603:10a6:20b:%s::%s) with Microsoft SMTP Server" % (
                  pfx, r.randint(3000, 9999), region, r.hexs(3), r.hexs(2)) + CRLF +
              " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id " + build + ";" + CRLF +
              " " + util.rfcdate_pad(m.date + secs(1), "UTC"))
    f = fe80(r)
    tr.append("Received: from %s.%s.PROD.OUTLOOK.COM" % (mbx, region) + CRLF +
              " ([%s]) by %s.%s.PROD.OUTLOOK.COM" % (f, mbx, region) + CRLF +
              " ([%s%%3]) with mapi id %s; %s" % (f, build, util.rfcdate_pad(m.date, "UTC")))
    m.trace = tr
    h = m.std(["From", "To", "CC", "Reply-To", "Subject"])
    h.append(util.fold("Thread-Topic", thread_topic(m)))
    h.append("Thread-Index: " + thread_index(m, bool(m.in_reply_to)))
    h += m.std(["Date"], zone="UTC", pad=True)
    h += m.std(["Message-ID", "References", "In-Reply-To"])
    h.append("Accept-Language: %s" % (m.lang + ", en-US"))
    h.append("Content-Language: %s" % m.lang)
    h.append("X-MS-Has-Attach: %s" % ("yes" if _has_attach(m) else ""))
    h += m.extra
    h.append("x-ms-exchange-messagesentrepresentingtype: 1")
    h.append("x-tmn: [%s]" % r.b64(30).replace("+", "x").replace("/", "y")[:32])
    h.append("x-ms-publictraffictype: Email")
    h.append("x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (mbx, mbx[:-4] + str(r.randint(3000, 9999))))
    h.append("x-ms-office365-filtering-correlation-id: %s" % r.guid())
    h.append("x-microsoft-antispam:" + CRLF + " BCL:0;ARA:14566002|8062599003|15080799006|19110799003|461199028|"
             "8060799006|440099028|3412199025|102099032;")
    h.append("@MIME@")
    h.append("MIME-Version: 1.0")
    h.append("X-OriginatorOrg: sct-15-20-8534-20-msonline-outlook-%s.templateTenant" % r.hexs(5))
    h.append("X-MS-Exchange-CrossTenant-AuthAs: Internal")
    h.append("X-MS-Exchange-CrossTenant-AuthSource: %s.%s.PROD.OUTLOOK.COM" % (mbx, region))
    h.append("X-MS-Exchange-CrossTenant-RMS-PersistedConsumerOrg: 00000000-0000-0000-0000-000000000000")
    h.append("X-MS-Exchange-CrossTenant-Network-Message-Id: %s" % r.guid())
    h.append("X-MS-Exchange-CrossTenant-rms-persistedconsumerorg: 00000000-0000-0000-0000-000000000000")
    h.append("X-MS-Exchange-CrossTenant-originalarrivaltime: %s.%04d (UTC)" % (
        util.local(m.date, "UTC")[0].strftime("%d %b %Y %H:%M:%S"), r.randint(0, 9999)))
    h.append("X-MS-Exchange-CrossTenant-fromentityheader: Hosted")
    h.append("X-MS-Exchange-CrossTenant-id: 84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa")
    h.append("X-MS-Exchange-CrossTenant-rms-persistedconsumerorg: 00000000-0000-0000-0000-000000000000")
    h.append("X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s%d" % (pfx, r.randint(3000, 9999)))
    m.hdrs = h
    m.conn = ("%s.outbound.protection.outlook.com" % obe, "%s.outbound.protection.outlook.com" % obhost, ip)
    mime.outlook_boundaries(m.root, m.msgid)
    m.mailfrom = m.frm[1]
    m.arc = 'pass ("microsoft.com:s=arcselector10001:i=1")'
    m.tls = "1.2"


# ------------------------------------------------------------------ Gmail / Google Workspace
GMAIL_HOSTS = [("mail-ed1-f54.google.com", "209.85.208.54"), ("mail-wr1-f45.google.com", "209.85.221.45"),
               ("mail-ej1-f41.google.com", "209.85.218.41"), ("mail-lf1-f52.google.com", "209.85.167.52"),
               ("mail-wm1-f49.google.com", "209.85.128.49"), ("mail-pl1-f178.google.com", "209.85.214.178"),
               ("mail-qv1-f48.google.com", "209.85.219.48"), ("mail-yw1-f169.google.com", "209.85.128.169")]


def gmail(m, domain=None, host=None, x_received=True, sor=False, features=True, sel=None):
    r = m.rng.sub("gmail")
    if not m.msgid:
        m.msgid = "CA%s%s@mail.gmail.com" % (r.choice(["+", "J", "K", "L", "F", "E", "A", "H"]),
                                             r.alnum(r.randint(44, 52), util.string.ascii_letters + util.string.digits + "+_-="))
    hh = host or r.choice(GMAIL_HOSTS)
    d = domain or "gmail.com"
    hlist = "to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to"
    if m.in_reply_to:
        hlist = "to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to"
    tr = []
    tr.append(m.dkim_sig(d, sel or ("google" if domain else "20230601"), hlist, x=604800, order="google"))
    tr.append(m.dkim_sig("1e100.net", "20230601", hlist, x=604800, order="google"))
    tr.append("X-Gm-Message-State: AOJu0Y" + r.alnum(60, util.string.ascii_letters + util.string.digits + "+/") + CRLF +
              "\t" + r.alnum(32, util.string.ascii_letters + util.string.digits + "+/"))
    tr.append("X-Gm-Gg: ASbGnc" + r.alnum(66, util.string.ascii_letters + util.string.digits + "+/") + CRLF + "\t" +
              r.alnum(70, util.string.ascii_letters + util.string.digits + "+/") + CRLF + "\t" +
              r.alnum(40, util.string.ascii_letters + util.string.digits + "+/"))
    tr.append("X-Google-Smtp-Source: AGHT+I" + r.alnum(60, util.string.ascii_letters + util.string.digits + "+/") + "==")
    if x_received:
        tr.append("X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%smr%d%s.%d.%d;" % (
            r.hexs(4), r.hexs(4), r.hexs(3), r.hexs(4), r.hexs(4), r.hexs(18), r.hexs(9), r.randint(1000000, 9999999),
            r.choice(["edb", "wrb", "ejb", "lfb", "wmb", "plb"]), r.randint(10, 99), util.epoch(m.date) * 1000 % 10**13)
                  + CRLF + "        " + rfcdate(m.date + secs(1), "America/Los_Angeles", comment=True))
    m.trace = tr
    h = ["MIME-Version: 1.0"]
    h += m.std(["References", "In-Reply-To", "From"])
    h += m.std(["Date"], zone=m.meta.get("tz", "Europe/Berlin"))
    if features:
        h.append("X-Gm-Features: %s" % ("AQt7F2" + r.alnum(60, util.string.ascii_letters + util.string.digits + "-_")))
    h += m.std(["Message-ID", "Subject", "To", "Cc", "Reply-To"])
    h += m.extra
    h.append("@MIME@")
    m.hdrs = h
    m.conn = (hh[0], hh[0], hh[1])
    m.mailfrom = m.mailfrom or m.frm[1]
    m.tls = "1.3"


# ------------------------------------------------------------------ MUA header sets (used with relay())
def mua_outlook16(m, reply=False):
    if not m.msgid:
        r = m.rng.sub("ol16")
        m.msgid = "%s$%s$%s$@%s" % ("00%s01dc%s" % (r.hexs(2), r.hexs(4)), r.hexs(8), r.hexs(8),
                                    m.frm[1].split("@")[1])
    h = m.std(["From", "To", "Cc", "References", "In-Reply-To", "Subject", "Date", "Message-ID", "MIME-Version",
               "MIME"], pad=False)
    h.append("X-Mailer: Microsoft Outlook 16.0")
    h.append("Thread-Index: " + thread_index(m, reply or bool(m.in_reply_to)))
    h.append("Content-Language: %s" % m.lang.split("-")[0])
    h += m.extra
    return h


def mua_thunderbird(m, version="128.4.3esr"):
    if not m.msgid:
        m.msgid = "%s@%s" % (m.rng.sub("tb").guid(), m.frm[1].split("@")[1])
    h = m.std(["Message-ID", "Date", "MIME-Version"])
    h.append("User-Agent: Mozilla Thunderbird")
    h.append("Content-Language: %s" % m.lang)
    h += m.std(["To", "Cc", "References", "From", "Reply-To", "Subject", "In-Reply-To"])
    h += m.extra
    h.append("@MIME@")
    return h


def mua_roundcube(m, version="1.6.9"):
    if not m.msgid:
        m.msgid = "%s@%s" % (m.rng.sub("rc").hexs(32), m.frm[1].split("@")[1])
    h = m.std(["MIME-Version", "Date", "From", "To", "Cc", "Subject", "In-Reply-To", "References", "Message-ID"])
    h.append("X-Sender: %s" % m.frm[1])
    h.append("User-Agent: Roundcube Webmail/%s" % version)
    h += m.extra
    h.append("@MIME@")
    return h


def mua_phpmailer(m, host, version="6.9.3"):
    if not m.msgid:
        m.msgid = "%s@%s" % (m.rng.sub("php").alnum(43), host)
    h = m.std(["Date", "To", "From", "Reply-To", "Subject", "Message-ID"])
    h.append("X-Mailer: PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % version)
    h += m.extra
    h.append("MIME-Version: 1.0")
    h.append("@MIME@")
    return h


def mua_apple(m, build="3826.400.131.1.6"):
    if not m.msgid:
        m.msgid = "%s@%s" % (m.rng.sub("ap").guid().upper(), m.frm[1].split("@")[1])
    h = m.std(["From"])
    h.append("@MIME@")
    h.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(%s\\))" % build)
    h += m.std(["Subject", "Message-Id", "Date", "In-Reply-To", "References", "Cc", "To"])
    h.append("X-Mailer: Apple Mail (2.%s)" % build)
    h += m.extra
    return h


def mua_generic(m, order, extra_after=None):
    h = m.std(order)
    h += extra_after or []
    if "@MIME@" not in h:
        h.append("@MIME@")
    return h


# ------------------------------------------------------------------ own MTA relay (Postfix/Exim/Plesk...)
def relay(m, host, ip, hdrs, helo=None, rdns=None, submit=None, dkim=None, dkim_filter=False, tls="1.3",
          extra_trace=None, mta="postfix", mailfrom=None, hops=None):
    """submit: dict(kind='esmtpsa'|'esmtp'|'pickup'|'exim_local'|'exim_esmtpsa', client=(name, ip), user=...).
    dkim: (d, s, c, h)."""
    r = m.rng.sub("relay")
    qid = util.postfix_qid(r) if mta == "postfix" else (util.exim_id(r) if mta == "exim" else
                                                        util.postfix_short_qid(r))
    tr = []
    for i, dk in enumerate(([dkim] if isinstance(dkim, tuple) else dkim) if dkim else []):
        d, s, c, hl = dk
        if dkim_filter and mta == "postfix" and i == 0:
            tr.append("DKIM-Filter: OpenDKIM Filter v2.11.0 %s %s" % (host, qid))
        tr.append(m.dkim_sig(d, s, hl, c=c))
    tr += extra_trace or []
    t1 = m.date + secs(1)
    sub = submit or {"kind": "esmtpsa", "client": None}
    kind = sub["kind"]
    mfrom = mailfrom or m.frm[1]
    rc = m.rcpt or [p[1] for p in m.to + m.cc if p[1].split("@")[1] in ("example.com", "examplegroup.eu")]
    forr = (CRLF + "\tfor <%s>" % rc[0]) if len(rc) == 1 else ""
    if kind == "esmtpsa":
        cn, cip = sub["client"]
        tr.append("Received: from %s (%s [%s])%s\t(Authenticated sender: %s)%s\tby %s (Postfix) with ESMTPSA id %s;"
                  "%s\t%s" % (sub.get("helo", "[%s]" % cip), cn or "unknown", cip, CRLF, sub.get("user", mfrom), CRLF,
                              host, qid, CRLF, rfcdate(t1, m.meta.get("tz", "Europe/Berlin"), comment=True)))
    elif kind == "esmtp":
        cn, cip = sub["client"]
        tr.append("Received: from %s (%s [%s])%s\tby %s (Postfix) with ESMTP id %s;%s\t%s" % (
            sub.get("helo", cn), cn, cip, CRLF, host, qid, CRLF, rfcdate(t1, m.meta.get("tz", "Europe/Berlin"),
                                                                         comment=True)))
    elif kind == "pickup":
        tr.append("Received: by %s (Postfix, from userid %s)%s\tid %s; %s" % (
            host, sub.get("uid", "33"), CRLF, qid, rfcdate(t1, m.meta.get("tz", "Europe/Berlin"), comment=True)))
    elif kind == "exim_local":
        tr.append("Received: from %s by %s with local (Exim 4.98)%s\t(envelope-from <%s>)%s\tid %s%s;%s\t%s" % (
            sub["user"], host, CRLF, mfrom, CRLF, qid, forr, CRLF, rfcdate(t1, m.meta.get("tz", "Europe/Berlin"))))
    elif kind == "exim_esmtpsa":
        cn, cip = sub["client"]
        tr.append("Received: from [%s] (port=%d helo=%s)%s\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384%s"
                  "\t(Exim 4.98)%s\t(envelope-from <%s>)%s\tid %s%s;%s\t%s" % (
                      cip, r.randint(49152, 65000), sub.get("helo", "[127.0.0.1]"), CRLF, host, CRLF, CRLF, mfrom, CRLF,
                      qid, forr, CRLF, rfcdate(t1, m.meta.get("tz", "Europe/Berlin"))))
    elif kind == "raw":
        tr += sub["lines"]
    tr += hops or []
    m.trace = tr
    m.hdrs = hdrs
    m.conn = (helo or host, rdns if rdns is not None else host, ip)
    m.mailfrom = mfrom
    m.tls = tls


def cpanel_abuse(host, user, domain):
    return ["X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
            "X-AntiAbuse: Primary Hostname - %s" % host,
            "X-AntiAbuse: Original Domain - example.com",
            "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]",
            "X-AntiAbuse: Sender Address Domain - %s" % domain,
            "X-Get-Message-Sender-Via: %s: authenticated_id: %s" % (host, user),
            "X-Authenticated-Sender: %s: %s" % (host, user),
            "X-Source: ", "X-Source-Args: ", "X-Source-Dir: "]


# ------------------------------------------------------------------ ESPs and platforms
def ses(m, domain, ip, region="eu-west-1", dkim_s=None, mailfrom=None, hdr_order=None, feedback=None):
    r = m.rng.sub("ses")
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (int(ip.split(".")[2]), int(ip.split(".")[3]), region)
    if not m.msgid:
        m.msgid = "01020%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com" % (
            r.hexs(11), r.hexs(8), r.hexs(4), r.hexs(4), r.hexs(4), r.hexs(12), region)
    tr = []
    tr.append(m.dkim_sig(domain, dkim_s or r.alnum(32, "abcdefghijklmnopqrstuvwxyz234567"),
                         "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date", c="relaxed/simple", q=True))
    tr.append(m.dkim_sig("amazonses.com", "shh3fegwg5fppqsuzphvschd53n6ihuv",
                         "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID", c="relaxed/simple",
                         q=True))
    m.trace = tr
    h = m.std(hdr_order or ["From", "Reply-To", "To", "Subject", "MIME-Version", "MIME", "Message-ID", "Date"])
    h += m.extra
    h.append("Feedback-ID: %s" % (feedback or "::1.%s.%s=:AmazonSES" % (region, r.b64(32).rstrip("=")[:43])))
    d = util.local(m.date, "UTC")[0]
    h.append("X-SES-Outgoing: %04d.%02d.%02d-%s" % (d.year, d.month, d.day, ip))
    m.hdrs = h
    m.conn = (host, host, ip)
    m.mailfrom = mailfrom or "01020%s-%s-000000@%s.amazonses.com" % (r.hexs(11), r.hexs(27), region)
    m.tls = "1.2"


def sendgrid(m, domain, ip, ptr, mailfrom_dom=None):
    r = m.rng.sub("sg")
    pod = "geopod-ismtpd-%d" % r.randint(1, 40)
    if not m.msgid:
        m.msgid = "%s@%s" % (r.alnum(22, util.string.ascii_letters + util.string.digits + "_-"), pod)
    host = "o%d.ptr%d.%s" % (r.randint(1, 9), ptr, domain)
    tr = []
    tr.append(m.dkim_sig(domain, "s1", "content-type:from:mime-version:subject:reply-to:to:cc:content-type:from:"
                                       "subject:to", t=True))
    flt = "filterdrecv-%s-%s" % (r.hexs(10), r.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    d = util.local(m.date + secs(1), "UTC")[0]
    tr.append("Received: by %s with SMTP id %s-1-%s-%s%s\t%04d-%02d-%02d %02d:%02d:%02d.%09d +0000 UTC m=+%d.%09d" % (
        flt, flt, r.hexs(8, True), r.randint(2, 40), CRLF, d.year, d.month, d.day, d.hour, d.minute, d.second,
        r.randint(0, 999999999), r.randint(100000, 9999999), r.randint(0, 999999999)))
    d0 = util.local(m.date, "UTC")[0]
    tr.append("Received: from %s (unknown)%s\tby %s (SG) with HTTP%s\tid %s%s\t%s" % (
        r.b64(24).rstrip("=").upper()[:32], CRLF, pod, CRLF, r.alnum(22, util.string.ascii_letters + util.string.digits + "_-"),
        CRLF, "%s, %02d %s %d %02d:%02d:%02d.%03d +0000 (UTC)" % (util.DAYS[d0.weekday()], d0.day, util.MONTHS[d0.month - 1],
                                                                d0.year, d0.hour, d0.minute, d0.second, r.randint(0, 999))))
    m.trace = tr
    h = ["@MIME@"]
    h += m.std(["Date", "From"])
    h.append("Mime-Version: 1.0")
    h += m.std(["Message-ID", "Reply-To", "Subject"])
    h.append("X-SG-EID: " + CRLF + " =?us-ascii?Q?%s?=" % r.b64(90).replace("=", "=3D").replace("/", "=2F")[:120])
    h.append("X-SG-ID: " + CRLF + " =?us-ascii?Q?%s?=" % r.b64(60).replace("=", "=3D").replace("/", "=2F")[:80])
    h += m.std(["To", "Cc"])
    h.append("X-Entity-ID: %s" % r.b64(16).rstrip("=").replace("/", "u"))
    h += m.extra
    m.hdrs = h
    m.conn = (host, host, ip)
    uid = r.randint(10000000, 59999999)
    m.mailfrom = "bounces+%d-%s-%s=%s@%s" % (uid, r.hexs(4), m.rcpt[0].split("@")[0] if m.rcpt else
                                              m.to[0][1].split("@")[0], "example.com", mailfrom_dom or
                                              "em%d.%s" % (r.randint(1000, 9999), domain))
    m.tls = "1.3"


def mailgun(m, domain, ip, host):
    r = m.rng.sub("mg")
    if not m.msgid:
        d = util.local(m.date, "UTC")[0]
        m.msgid = "%s.%s@%s" % (d.strftime("%Y%m%d%H%M%S"), r.hexs(16), domain)
    tr = []
    tr.append(m.dkim_sig(domain, r.choice(["mta", "pic", "krs", "smtp"]),
                         "Content-Transfer-Encoding:Content-Type:Date:From:Message-Id:Mime-Version:Reply-To:Subject:"
                         "To:X-Feedback-Id", q=True))
    tr.append("X-Mailgun-Sid: %s" % r.b64(60).rstrip("="))
    tr.append("Received: by %s with HTTP id %s; %s" % (r.hexs(12), r.hexs(24),
                                                      rfcdate(m.date + secs(1), "UTC")))
    tr.append("X-Mailgun-Sending-Ip: %s" % ip)
    tr.append("X-Mailgun-Sending-Ip-Pool-Name: ")
    tr.append("X-Mailgun-Sending-Ip-Pool: ")
    tr.append("X-Mailgun-Batch-Id: %s" % r.hexs(24))
    m.trace = tr
    h = m.std(["Sender", "Subject", "From", "Reply-To", "To"])
    h += m.extra
    h.append("@MIME@")
    h.append("Mime-Version: 1.0")
    h += m.std(["Date", "Message-Id"])
    m.hdrs = h
    m.conn = (host, host, ip)
    m.mailfrom = "bounce+%s.%s-%s=example.com@%s" % (r.hexs(6), r.hexs(6), m.to[0][1].split("@")[0], domain)
    m.tls = "1.3"


def brevo(m, domain, ip, host, marketing=False):
    r = m.rng.sub("brevo")
    if not m.msgid:
        m.msgid = "%s@smtp-relay.mailin.fr" % r.hexs(32)
    tr = []
    tr.append(m.dkim_sig(domain, "brevo1", "from:to:subject:list-unsubscribe:list-unsubscribe-post:date:message-id"))
    tr.append(m.dkim_sig("sendibt3.com" if not marketing else "sendibm3.com", "mail",
                         "to:subject:date:from:reply-to:mime-version:list-unsubscribe:list-unsubscribe-post:message-id"))
    m.trace = tr
    h = m.std(["To", "Date", "Subject", "From", "Reply-To"])
    h.append("Mime-Version: 1.0")
    h.append("@MIME@")
    h.append("X-Mailin-EID: %s" % r.b64(36).rstrip("=").replace("/", "~"))
    h.append("X-sib-id: %s" % r.b64(60).rstrip("=").replace("/", "_").replace("+", "-"))
    h.append("List-Unsubscribe: <https://%s.r.%s/tr/un/li/%s>" % (r.alnum(4, "abcdefghijklmnopqrstuvwxyz"),
                                                                  "sp1-brevo.net", r.b64(40).rstrip("=").replace("/", "_").replace("+", "-")))
    h.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    h.append("Feedback-ID: %s:%d_-1:%d:Brevo" % (ip, r.randint(1000000, 9999999), r.randint(100000, 999999)))
    h.append("X-CSA-Complaints: csa-complaints@eco.de")
    h += m.std(["Message-Id"])
    h.append("Origin-messageId: <%s@smtp-relay.mailin.fr>" % r.hexs(32))
    h += m.extra
    m.hdrs = h
    m.conn = (host, host, ip)
    m.mailfrom = "%s@%s" % (r.b64(24).rstrip("=").replace("/", "-").replace("+", "_"), host.split(".", 1)[1])
    m.tls = "1.3"


def mailchimp(m, domain, ip, host, user_id, list_id, camp):
    r = m.rng.sub("mc")
    if not m.msgid:
        m.msgid = "%s.%s@%s" % (r.hexs(20), r.hexs(19), host)
    tr = []
    tr.append(m.dkim_sig(domain, "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:"
                                       "List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:Message-ID", c="relaxed/relaxed"))
    tr.append(m.dkim_sig("mailchimpapp.net", "k3", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe"
                                                   ":List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:Message-ID"))
    tr.append("Received: from localhost (localhost [127.0.0.1])%s\tby %s (Mailchimp) with ESMTP id 4%s%s\tfor <%s>; %s" % (
        CRLF, host, r.alnum(12, util.PF_ALPHA), CRLF, m.to[0][1], rfcdate(m.date, "UTC")))
    m.trace = tr
    h = m.std(["Subject", "From", "Reply-To", "To", "Date", "Message-ID"])
    h.append("X-Mailer: Mailchimp Mailer - **CID%s**" % camp)
    h.append("X-Campaign: mailchimp%s.%s" % (user_id, camp))
    h.append("X-campaignid: mailchimp%s.%s" % (user_id, camp))
    h.append("X-Report-Abuse: Please report abuse for this campaign here:" + CRLF +
             " https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (user_id, camp, r.hexs(10)))
    h.append("X-MC-User: %s" % user_id)
    h.append("Feedback-ID: %d:%d.%d:us21:mc" % (r.randint(10000000, 99999999), r.randint(1000000, 9999999),
                                               r.randint(10000, 99999)))
    h.append("List-ID: %s mc list <%s.%s.list-id.mcsv.net>" % (m.frm[0].encode("ascii", "ignore").decode(),
                                                               user_id, list_id))
    h.append("X-Accounttype: pd")
    h.append("List-Unsubscribe: <https://%s.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s>," % (
        domain.split(".")[0], user_id, list_id, r.hexs(10), camp) + CRLF +
        " <mailto:unsubscribe-mc.us21_%s.%s-%s@unsub.mcsv.net?subject=unsubscribe>" % (user_id, camp, r.hexs(10)))
    h.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    h += m.extra
    h.append("@MIME@")
    h.append("MIME-Version: 1.0")
    m.hdrs = h
    m.conn = (host, host, ip)
    m.mailfrom = "bounce-mc.us21_%s.%s-%s=example.com@%s" % (user_id, camp, m.to[0][1].split("@")[0], host)
    m.tls = "1.2"


def yandex(m, domain, web=True):
    r = m.rng.sub("ya")
    fwd = "forward%d%s.mail.yandex.net" % (r.randint(100, 599), r.choice("ab"))
    ip = "178.154.239.%d" % r.randint(130, 220)
    node = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.randint(10, 99), r.choice(["vla", "klg", "sas", "iva"]))
    if not m.msgid:
        m.msgid = "%d%d@mail.yandex.ru" % (r.randint(100000, 999999), r.randint(10000000000, 99999999999))
    tr = []
    tr.append("Received: from %s (%s [IPv6:2a02:6b8:c1f:%s:0:640:%s:0])%s\tby %s (Yandex) with ESMTPS id %s;%s\t%s" % (
        node, node, r.hexs(4), r.hexs(4), CRLF, fwd, r.alnum(10, util.string.ascii_letters + util.string.digits),
        CRLF, rfcdate(m.arrival - secs(1), "Europe/Moscow")))
    tr.append("Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;%s\t%s" % (
        node, r.alnum(10, util.string.ascii_letters + util.string.digits), r.alnum(8, util.string.ascii_letters + util.string.digits), CRLF, rfcdate(m.date + secs(1), "Europe/Moscow")))
    tr.append("X-Yandex-Fwd: 1")
    tr.append(m.dkim_sig(domain, "mail", "From:Subject:To:Date:Message-ID", c="relaxed/relaxed"))
    m.trace = tr
    h = m.std(["From", "To", "Cc", "Subject", "In-Reply-To", "References"])
    h.append("MIME-Version: 1.0")
    if web:
        h.append("X-Mailer: Yamail [ http://yandex.ru ] 5.0")
    h += m.std(["Date"], zone="Europe/Moscow")
    h += m.std(["Message-Id"])
    h += m.extra
    h.append("@MIME@")
    m.hdrs = h
    m.conn = (fwd, fwd, ip)
    m.mailfrom = m.frm[1]
    m.tls = "1.3"


def webde(m, provider="web.de", client_ip="93.192.133.71", mua_hdrs=None):
    r = m.rng.sub("ui")
    if provider == "web.de":
        host, ip, node, sel = "mout.web.de", "212.227.15.%d" % r.choice([3, 4, 14, 15]), "mrweb%d" % r.randint(100, 115), "s29768273"
    else:
        host, ip, node, sel = "mout.gmx.net", "212.227.17.%d" % r.choice([20, 21, 22]), "mrgmx%03d" % r.randint(1, 9), "s31663417"
    tr = []
    tr.append(m.dkim_sig(m.frm[1].split("@")[1], sel, "X-UI-Sender-Class:Message-ID:Date:MIME-Version:Subject:To:References:From:"
                                        "In-Reply-To:Content-Type:cc:content-transfer-encoding:content-type:date:from:"
                                        "message-id:mime-version:reply-to:subject:to", c="relaxed/simple",
                         i=m.frm[1]))
    tr.append("X-UI-Sender-Class: %s" % ("814a7b36-bfc1-4dae-8640-3722d8ec6cd6" if provider == "web.de" else
                                        "01bb95c1-4bf8-414a-932a-4f6e2808ef9c"))
    tr.append("Received: from [192.168.178.%d] ([%s]) by smtp.%s (%s%s%s [213.165.67.%d]) with ESMTPSA (Nemesis) id %s;%s %s" % (
        r.randint(20, 60), client_ip, provider, "" if False else "", node, "", r.randint(100, 130),
        "1M" + r.alnum(12), CRLF, rfcdate(m.date + secs(1))))
    tr_after = ["X-Provags-ID: V03:K1:" + r.b64(80).rstrip("=") + CRLF + " " + r.b64(30).rstrip("="),
                "UI-OutboundReport: notjunk:1;M01:P0:" + r.b64(40).rstrip("=").replace("/", "+") + ";" + CRLF + " " +
                r.b64(60).rstrip("=")]
    m.trace = tr
    m.hdrs = (mua_hdrs or []) + tr_after
    m.conn = (host, host, ip)
    m.mailfrom = m.frm[1]
    m.tls = "1.3"


def direct(m, helo, rdns, ip, hdrs, tls=None, trace=None, mailfrom=None):
    m.trace = trace or []
    m.hdrs = hdrs
    m.conn = (helo, rdns, ip)
    m.mailfrom = mailfrom if mailfrom is not None else m.frm[1]
    m.tls = tls
