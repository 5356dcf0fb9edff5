"""Sending systems: what each mail system writes on the way to mx01.example.com.
Every factory returns a function(m) -> dict(chain, origin?, after?, helo, rdns, ip, tls,
mx_time, spf, dkim, dmarc)."""
import base64

from . import mime, util
from .util import hexs, alnum, guid, plus, rfc2822, ms_date, unix, b64r, digits

# DMARC policies as published (modelled) for header.from domains
DMARC = {
    "lieferant-gmbh.de": "quarantine", "ferretti-trasporti.it": "reject", "partner-logistik.pl": "none",
    "getraenke-kaiser.de": "none", "vetreria-bergamasca.it": "quarantine", "distribuciones-mediterraneo.es": "quarantine",
    "voreios-dianomes.gr": "none", "penninedrinks.co.uk": "reject", "aquatorg.ru": "none",
    "schneider-partner-wp.de": "reject", "gmail.com": "none", "googlemail.com": "none", "gmx.de": "none", "web.de": "none",
    "outlook.com": "none", "hotmail.com": "none", "gmx.net": "none", "yandex.ru": "none", "mail.ru": "reject", "docusign.net": "reject",
    "eumail.docusign.net": "reject", "microsoft.com": "reject", "accountprotection.microsoft.com": "reject",
    "google.com": "reject", "sharepointonline.com": "reject", "post.xero.com": "reject", "example.com": "quarantine",
    "examplegroup.eu": "quarantine", "notifications.service.gov.uk": "reject", "bmhv.de": "none",
    "adobesign.com": "reject", "kontur.ru": "reject", "diadoc.ru": "reject", "hotelescostadorada.es": "none",
    "twbank.de": "reject", "studio-rota.it": "none", "gestoria-puig.es": "none", "logistiki-thermaikos.gr": "none",
    "lakelandhotels.co.uk": "quarantine", "horeca-krakow.pl": "none", "assoacque.it": "none",
    "patent-wendt.de": "quarantine", "aigaio-hotels.gr": "none", "e-doreczenia.gov.pl": "reject",
    "northgate-it.co.uk": "reject", "docs.google.com": "reject", "accounts.google.com": "reject",
}


def dmarc_of(m, spf_result, spf_domain, dkim_list, from_domain=None, policy=None):
    fd = (from_domain or m.from_domain).lower()
    p = policy or DMARC.get(fd)
    if p is None:
        # organisational fallback
        org = ".".join(fd.split(".")[-2:])
        p = DMARC.get(org)
    if p is None:
        return ("none", "none", "none", fd)

    def aligned(dom):
        dom = dom.lower()
        return dom == fd or dom.endswith("." + fd) or fd.endswith("." + dom)
    ok = (spf_result == "pass" and aligned(spf_domain)) or any(r == "pass" and aligned(d) for r, d, *_ in dkim_list)
    if ok:
        return ("pass", p, "none", fd)
    return ("fail", p, "none" if p == "none" else ("quarantine" if p == "quarantine" else "reject"), fd)


def _sig_b(rng, bits):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(bits // 8))).decode()


def dkim(m, d, s, h, c="relaxed/relaxed", t=None, x=None, bits=2048, i=None, result="pass", style="tab",
         extra="", bh=None, store=True, q=False):
    body_canon = c.split("/")[1] if "/" in c else "simple"
    bh = bh or mime.body_hash(m.body_bytes, body_canon)
    b = _sig_b(m.rng, bits)
    ind = "\n\t" if style == "tab" else "\n        "
    parts = ["v=1", "a=rsa-sha256", "c=%s" % c, "d=%s" % d, "s=%s" % s]
    if q:
        parts.append("q=dns/txt")
    if i:
        parts.append("i=%s" % i)
    if t is not None:
        parts.append("t=%d" % t)
    if x is not None:
        parts.append("x=%d" % x)
    if extra:
        parts.append(extra)
    hh = "h=" + h
    bl = [b[k:k + 70] for k in range(0, len(b), 70)]
    val = "; ".join(parts[:4]) + ";" + ind + "; ".join(parts[4:]) + ";" + ind + hh + ";" + ind + "bh=" + bh + ";" + ind + "b=" + (ind + " ").join(bl)
    if store:
        m._dkim = getattr(m, "_dkim", []) + [(result, d, s, bits, b, i)]
    return ("DKIM-Signature", val)


def _res(m, chain, helo, rdns, ip, tls, mx_time, spf, origin=None, after=None, internal=False, dmarc_override=None, **kw):
    dk = getattr(m, "_dkim", [])
    spf_result, spf_dom = spf
    r = {"chain": chain, "origin": origin, "after": after or [], "helo": helo, "rdns": rdns, "ip": ip, "tls": tls,
         "mx_time": mx_time, "spf": spf, "dkim": dk, "internal": internal}
    if not internal:
        r["dmarc"] = dmarc_override or dmarc_of(m, spf_result, spf_dom, dk)
    r.update(kw)
    return r


def _dom(addr):
    return addr.split("@")[-1].lower()


# ====================================================================== internal
def exchange_internal(server="EXCH01", hub="EXCH02"):
    def f(m):
        r = m.rng
        t0 = m.date
        t1 = plus(t0, r.randrange(1, 3))
        t2 = plus(t1, r.randrange(0, 2))
        t3 = plus(t2, r.randrange(1, 3))
        qid = util.postfix_short_qid(r)
        ip = {"EXCH01": "10.20.0.31", "EXCH02": "10.20.0.32"}
        fe80 = "fe80::%s:%s:%s:%s" % tuple(hexs(r, 4) for _ in range(4))
        for_ = "\n\tfor <%s>" % m.rcpt[0] if len(m.rcpt) == 1 else ""
        chain = [
            ("Received", "from %s.corp.example.com (%s.corp.example.com [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s%s;\n\t%s"
             % (hub, hub.lower(), ip[hub], qid, for_, rfc2822(t2, "DE", comment=True))),
            ("Received", "from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s"
             % (server, ip[server], hub, ip[hub], rfc2822(t1, "DE"))),
            ("Received", "from %s.corp.example.com ([%s]) by\n %s.corp.example.com ([%s%%13]) with mapi id\n 15.02.1748.010; %s"
             % (server, fe80, server, fe80, rfc2822(t0, "DE"))),
        ]
        if server == hub:
            chain.pop(1)
        return _res(m, chain, "mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", "1.3", plus(t3, 1),
                    ("pass", "example.com"), internal=True, client_cert="mail-int01.example.com")
    return f


# ====================================================================== own Postfix relays
def postfix_relay(host, ip, client_ip, client_helo=None, client_rdns="unknown", auth_user=None, dkim_sel=None,
                  dkim_dom=None, amavis=True, tls="1.3", client_tls=True, zone="DE", opendkim_header=True,
                  mx_helo=None, spf_result="pass", spf_domain=None, extra_chain=(), dkim_result="pass",
                  dkim_c="relaxed/simple", dkim_h=None, local_pickup=False):
    """A company's own Postfix (submission on 587, amavis, OpenDKIM)."""
    def f(m):
        r = m.rng
        t0 = plus(m.date, r.randrange(1, 4))
        t1 = plus(t0, r.randrange(1, 3))
        tmx = plus(t1, r.randrange(1, 3))
        q1 = util.postfix_short_qid(r)
        q2 = util.postfix_short_qid(r)
        for_ = "\n\tfor <%s>" % m.rcpt[0] if len(m.rcpt) == 1 else ""
        chain = []
        if dkim_sel:
            dd = dkim_dom or m.from_domain
            chain.append(dkim(m, dd, dkim_sel, dkim_h or "from:to:subject:date:message-id:mime-version:content-type",
                              c=dkim_c, t=unix(t1), result=dkim_result))
            if opendkim_header:
                chain.insert(0, ("DKIM-Filter", "OpenDKIM Filter v2.11.0 %s %s" % (host, q2 if amavis else q1)))
        if amavis:
            chain.append(("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s%s;\n\t%s"
                          % (host, q2, for_, rfc2822(t1, zone, comment=True))))
            chain.append(("X-Virus-Scanned", "Debian amavis at %s" % host))
        if local_pickup:
            chain.append(("Received", "by %s (Postfix, from userid 33)\n\tid %s; %s" % (host, q1, rfc2822(t0, zone, comment=True))))
        else:
            ctl = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)"
                   if client_tls else "")
            au = "\n\t(Authenticated sender: %s)" % auth_user if auth_user else ""
            chain.append(("Received", "from %s (%s [%s])%s%s\n\tby %s (Postfix) with %s id %s%s;\n\t%s"
                          % (client_helo or "[%s]" % client_ip, client_rdns, client_ip, ctl, au, host,
                             ("ESMTPSA" if auth_user else "ESMTPS") if client_tls else ("ESMTPA" if auth_user else "ESMTP"),
                             q1, for_, rfc2822(t0, zone, comment=True))))
        chain += list(extra_chain)
        return _res(m, chain, mx_helo or host, host, ip, tls, tmx, (spf_result, spf_domain or _dom(m.env_from)))
    return f


def exim_cpanel(host, ip, client_ip, client_helo, auth_id=None, dkim_sel="default", zone="GR", php_user=None,
                php_script=None, spf_result="pass", tls="1.3"):
    """cPanel shared hosting: Exim + X-AntiAbuse headers. php_user -> local PHP mail()/PHPMailer."""
    def f(m):
        r = m.rng
        t0 = plus(m.date, r.randrange(0, 3))
        tmx = plus(t0, r.randrange(1, 4))
        eid = "%s-%s-%s" % (alnum(r, 6), alnum(r, 15), alnum(r, 4))
        for_ = "\n\tfor %s" % m.rcpt[0] if len(m.rcpt) == 1 else ""
        chain = []
        chain.append(dkim(m, m.from_domain, dkim_sel,
                          "Content-Transfer-Encoding:Content-Type:MIME-Version:Message-ID:\n\tSubject:To:From:Date:Sender:Reply-To:Cc:Content-ID:Content-Description:\n\tResent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:\n\tIn-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Subscribe:\n\tList-Post:List-Owner:List-Archive",
                          c="relaxed/relaxed", q=True))
        if php_user:
            chain.append(("Received", "from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s%s;\n\t%s"
                          % (php_user, host, m.env_from, eid, for_, rfc2822(t0, zone))))
        else:
            chain.append(("Received", "from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s%s;\n\t%s"
                          % (client_ip, r.randrange(49152, 65535), client_helo, host, m.env_from, eid, for_, rfc2822(t0, zone))))
        after = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                 ("X-AntiAbuse", "Primary Hostname - %s" % host),
                 ("X-AntiAbuse", "Original Domain - example.com"),
                 ("X-AntiAbuse", "Originator/Caller UID/GID - [%s] / [47 12]" % ("1%03d 99%d" % (r.randrange(1000), r.randrange(10)))
                  if php_user else "Originator/Caller UID/GID - [47 12] / [47 12]"),
                 ("X-AntiAbuse", "Sender Address Domain - %s" % _dom(m.env_from))]
        if php_user:
            after += [("X-Get-Message-Sender-Via", "%s: authenticated_id: %s/from_h" % (host, php_user)),
                      ("X-Authenticated-Sender", "%s: %s" % (host, m.from_addr)),
                      ("X-Source", "/opt/cpanel/ea-php82/root/usr/bin/php-cgi"),
                      ("X-Source-Args", "php-fpm: pool %s" % php_user),
                      ("X-Source-Dir", "%s:/public_html%s" % (m.from_domain, php_script or "/wp-content/plugins"))]
        else:
            after += [("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, auth_id or m.from_addr)),
                      ("X-Authenticated-Sender", "%s: %s" % (host, auth_id or m.from_addr)),
                      ("X-Source", ""), ("X-Source-Args", ""), ("X-Source-Dir", "")]
        return _res(m, chain, host, host, ip, tls, tmx, (spf_result, _dom(m.env_from)), after=after)
    return f


def vps_postfix(host, ip, rdns=None, dkim_sel=None, tls="1.3", spf_result="pass", helo=None, client="localhost",
                zone="UTC", webmail=False, auth_user=None, client_ip=None):
    """Attacker-controlled or small VPS mail server for a look-alike domain."""
    def f(m):
        r = m.rng
        t0 = plus(m.date, r.randrange(0, 3))
        tmx = plus(t0, r.randrange(1, 5))
        q = util.postfix_short_qid(r)
        for_ = "\n\tfor <%s>" % m.rcpt[0] if len(m.rcpt) == 1 else ""
        chain = []
        if dkim_sel:
            chain.append(dkim(m, m.from_domain, dkim_sel, "from:reply-to:subject:date:to:mime-version:content-type:message-id", c="relaxed/relaxed", t=unix(t0)))
        if webmail:
            chain.append(("Received", "from localhost (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s%s;\n\t%s"
                          % (auth_user or m.from_addr, host, q, for_, rfc2822(t0, zone, comment=True))))
        elif client_ip:
            chain.append(("Received", "from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s%s;\n\t%s"
                          % (client, client_ip, auth_user or m.from_addr, host, q, for_, rfc2822(t0, zone, comment=True))))
        else:
            chain.append(("Received", "by %s (Postfix, from userid 1000)\n\tid %s; %s" % (host, q, rfc2822(t0, zone, comment=True))))
        return _res(m, chain, helo or host, rdns or host, ip, tls, tmx, (spf_result, _dom(m.env_from)))
    return f


# ====================================================================== Microsoft 365
_M365_EUR = [("DB9PR02MB", "eurprd02"), ("AM9PR07MB", "eurprd07"), ("PAXPR08MB", "eurprd08"), ("DU0PR04MB", "eurprd04"),
             ("VI1PR06MB", "eurprd06"), ("AS8PR03MB", "eurprd03"), ("FR4P281MB", "DEUP281"), ("GV1PR09MB", "eurprd09")]
_M365_OBE = [("EUR05-DB8-obe", "db8eur05on", "40.107.20."), ("EUR03-DBA-obe", "dbaeur03on", "40.107.104."),
             ("EUR02-AM0-obe", "am0eur02on", "40.107.13."), ("EUR01-VE1-obe", "ve1eur01on", "40.107.14."),
             ("EUR04-HE1-obe", "he1eur04on", "40.107.7."), ("DEU01-FR2-obe", "fr2deu01on", "52.101.69."),
             ("EUR02-VI1-obe", "vi1eur02on", "40.107.21."), ("EUR05-AM6-obe", "am6eur05on", "40.107.22.")]


def m365(tenant_id=None, domain=None, dkim_sel="selector1", dkim_dom=None, onmicrosoft=None, lang="de-DE",
         spf_result="pass", spf_domain=None, client_ip=None, compromised=False, consumer=False, region=None,
         default_dkim=False, extra_after=(), owa=False, nam=False):
    """Exchange Online outbound. onmicrosoft: tenant name when signing with the .onmicrosoft.com key."""
    def f(m):
        r = m.rng
        if nam:
            s1, reg = "%s%04d" % (r.choice(["BN8PR12MB", "SA1PR21MB", "CH3PR11MB", "DM6PR15MB"]), r.randrange(1000, 9999)), "namprd12"
        else:
            s1, reg = m.m365_ids(consumer)
        if reg.startswith("GBRP"):
            s2 = r.choice(["LO2P265MB", "CWLP265MB", "LO0P265MB", "LO4P265MB"]) + "%04d" % r.randrange(1000, 9999)
        elif consumer or nam or reg.startswith("DEUP"):
            s2 = s1[:-4] + "%04d" % r.randrange(1000, 9999)
        else:
            num = reg[-2:]
            s2 = r.choice(["DB9PR%sMB", "AM9PR%sMB", "PAXPR%sMB", "DU0PR%sMB", "VI1PR%sMB", "AS8PR%sMB", "GV1PR%sMB", "DB8PR%sMB"]) % num + "%04d" % r.randrange(1000, 9999)
        host1 = "%s.%s.prod.outlook.com" % (s1, reg)
        host2 = "%s.%s.prod.outlook.com" % (s2, reg)
        if consumer:
            host1 = host1.upper().replace(".PROD.OUTLOOK.COM", ".PROD.OUTLOOK.COM")
            host2 = host2.upper()
        obe = (r.choice(_M365_OBE) if reg[:4] != "GBRP" else ("GBR01-LO2-obe", "lo2gbr01on", "40.107.147.")) if not nam else r.choice([("NAM12-BN8-obe", "bn8nam12on", "40.107.237."), ("NAM10-DM6-obe", "dm6nam10on", "40.107.93."), ("NAM11-CO1-obe", "co1nam11on", "40.107.220.")])
        lastoct = r.randrange(1, 254)
        on = obe[1] + ("%d" % (2000 + lastoct) if not consumer else "")
        helo = obe[0] + ".outbound.protection.outlook.com"
        if consumer:
            rdns = "mail-%solkn%d.outbound.protection.outlook.com" % (obe[1][:-2], 2000 + lastoct)
            ip = "40.92.%d.%d" % (r.randrange(0, 110), lastoct)
        else:
            rdns = "mail-%s.outbound.protection.outlook.com" % on
            ip = obe[2] + str(lastoct)
        t0 = m.date
        t1 = plus(t0, r.randrange(0, 2))
        tmx = plus(t1, r.randrange(1, 3))
        tid = tenant_id or guid(r)
        fdom = domain or m.from_domain
        ipv6a = "2603:10a6:%s:%s::%s" % (hexs(r, 3), hexs(r, 3), hexs(r, 2))
        ipv6b = "2603:10a6:%s:%s::%s" % (hexs(r, 2), hexs(r, 3), r.randrange(5, 30))
        fe80 = "fe80::%s:%s:%s:%s" % tuple(hexs(r, 4) for _ in range(4))
        # Message-ID and boundaries depend on the server
        chain = []
        arc_b = _sig_b(r, 2048)
        chain.append(("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + "\n ".join(arc_b[k:k + 72] for k in range(0, len(arc_b), 72))))
        arc_b2 = _sig_b(r, 2048)
        chain.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s"
                      % (mime.body_hash(m.body_bytes), "\n ".join(arc_b2[k:k + 72] for k in range(0, len(arc_b2), 72)))))
        chain.append(("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=none; dmarc=none;\n dkim=none; arc=none"))
        if consumer:
            chain.append(dkim(m, fdom, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="space"))
        elif onmicrosoft and (default_dkim or not dkim_sel):
            chain.append(dkim(m, "%s.onmicrosoft.com" % onmicrosoft, "selector1-%s-onmicrosoft-com" % onmicrosoft,
                              "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="space"))
        else:
            chain.append(dkim(m, dkim_dom or fdom, dkim_sel, "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="space"))
        chain.append(("Received", "from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9253.14; %s"
                      % (host1, ipv6a, host2, ipv6b, ms_date(t1))))
        chain.append(("Received", "from %s\n ([%s]) by %s\n ([%s%%7]) with mapi id 15.20.9253.013; %s"
                      % (host1, fe80, host1, fe80, ms_date(t0))))
        has_att = m._has_attach()
        o = []
        add = lambda n, v: v is not None and o.append((n, v))
        add("From", m.from_h)
        add("To", m.to_h)
        add("CC", m.cc_h)
        add("Subject", m.subject_h)
        add("Thread-Topic", m.thread_topic or m.subject_h)
        add("Thread-Index", m.thread_index or util.filetime_thread_index(r, t0))
        add("Date", rfc2822(t0, "UTC"))
        add("Message-ID", m.msgid)
        add("References", m.references)
        add("In-Reply-To", m.in_reply_to)
        add("Reply-To", m.reply_to_h)
        add("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US")
        add("Content-Language", lang)
        add("X-MS-Has-Attach", "yes" if has_att else "")
        add("X-MS-TNEF-Correlator", "")
        add("authentication-results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;" % fdom)
        add("x-ms-publictraffictype", "Email")
        add("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (s1, s2))
        cid = guid(r)
        add("x-ms-office365-filtering-correlation-id", cid)
        add("x-ms-exchange-senderadcheck", "1")
        add("x-ms-exchange-antispam-relay", "0")
        add("x-microsoft-antispam", "BCL:0;ARA:13230040|366016|1800799024|376014|38070700021;")
        mi = b64r(r, 330)
        add("x-microsoft-antispam-message-info", "\n " + "\n ".join(mi[k:k + 75] for k in range(0, len(mi), 75)))
        add("x-forefront-antispam-report", "CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;SFS:(13230040)(366016)(1800799024)(376014)(38070700021);DIR:OUT;SFP:1101;"
            % (lang.split("-")[0], host1))
        add("x-ms-exchange-antispam-messagedata-chunkcount", "1")
        md = b64r(r, 900)
        add("x-ms-exchange-antispam-messagedata-0", "\n " + "\n ".join(md[k:k + 75] for k in range(0, len(md), 75)))
        o += m.top_headers
        add("MIME-Version", "1.0")
        after = [("X-OriginatorOrg", fdom),
                 ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
                 ("X-MS-Exchange-CrossTenant-AuthSource", host1),
                 ("X-MS-Exchange-CrossTenant-Network-Message-Id", cid),
                 ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%02d %s %d %02d:%02d:%02d.%04d\n (UTC)" % (
                     t0.day, util.MONTHS[t0.month - 1], t0.year, t0.hour, t0.minute, t0.second, r.randrange(10000))),
                 ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                 ("X-MS-Exchange-CrossTenant-id", "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if consumer else tid),
                 ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"),
                 ("X-MS-Exchange-CrossTenant-userprincipalname", b64r(r, 45)),
                 ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", s2)] + list(extra_after)
        if consumer:
            o = [x for x in o if x[0] not in ("x-ms-exchange-senderadcheck",)]
        return _res(m, chain, helo, rdns, ip, "1.2", tmx, (spf_result, spf_domain or _dom(m.env_from)), origin=o, after=after,
                    m365_hosts=(host1, host2))
    return f


# ====================================================================== Google
_G_HOSTS = [("mail-ej1-f%d.google.com", "209.85.218.%d"), ("mail-wr1-f%d.google.com", "209.85.221.%d"),
            ("mail-lf1-f%d.google.com", "209.85.167.%d"), ("mail-wm1-f%d.google.com", "209.85.128.%d"),
            ("mail-ed1-f%d.google.com", "209.85.208.%d"), ("mail-pl1-f%d.google.com", "209.85.214.%d"),
            ("mail-yw1-f%d.google.com", "209.85.128.%d"), ("mail-qk1-f%d.google.com", "209.85.222.%d")]


def gmail(workspace_dom=None, workspace_sel="google", service=False, service_dom="google.com", zone_sender="US-P",
          extra_dkim=None):
    """Gmail / Google Workspace outbound. service=True -> Google's own notification mail (mail-sor)."""
    def f(m):
        r = m.rng
        if service:
            n = r.choice([69, 72, 73, 41])
            helo = "mail-sor-f%d.google.com" % n
            ip = "209.85.220.%d" % n
        else:
            tmpl = r.choice(_G_HOSTS)
            n = r.randrange(41, 80)
            helo = tmpl[0] % n
            ip = tmpl[1] % n
        t0 = m.date
        t1 = plus(t0, r.randrange(0, 2))
        tmx = plus(t1, r.randrange(1, 3))
        smtpid = "%s-%sso%d%s.%d" % (r.choice(["a640c23a62f3a", "2adb3069b0e04", "5b1f17b1804b1", "ffacd0b85a97d", "38308e7fff4ca"]),
                                    hexs(r, 11), r.randrange(1000000, 9999999), hexs(r, 3), r.randrange(1, 3))
        chain = [("Received", "by %s with %s id %s\n        for <%s>; %s" % (helo, "SMTPS" if service else "SMTP", smtpid,
                                                                           m.rcpt[0], rfc2822(t1, "US-P", comment=True)))]
        hlist = ("to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to" if not service else
                 "to:from:subject:message-id:feedback-id:reply-to:date:mime-version\n         :from:to:cc:subject:date:message-id:reply-to")
        dd = workspace_dom or ("gmail.com" if not service else service_dom)
        sel = workspace_sel if workspace_dom else "20230601"
        chain.append(dkim(m, dd, sel, hlist, t=unix(t0), x=unix(t0) + 604800, style="space", extra="darn=%s" % m.rcpt[0].split("@")[1]))
        if extra_dkim:
            chain.append(dkim(m, extra_dkim[0], extra_dkim[1], hlist, t=unix(t0), x=unix(t0) + 604800, style="space"))
        if not service:
            xg_b = _sig_b(r, 2048)
            chain.append(("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=%s;\n        bh=%s;\n        b=%s"
                          % (unix(t0), unix(t0) + 604800, hlist.replace("to:subject", "x-gm-message-state:to:subject"),
                             mime.body_hash(m.body_bytes), "\n         ".join(xg_b[k:k + 70] for k in range(0, len(xg_b), 70)))))
            chain.append(("X-Gm-Message-State", "AOJu0Y" + alnum(r, 70, util.ALNUM + "+/")))
            chain.append(("X-Gm-Gg", "ASbGnc" + alnum(r, 120, util.ALNUM + "+/")))
        chain.append(("X-Google-Smtp-Source", "AGHT+IE" + alnum(r, 80, util.ALNUM + "+/") + "=="))
        chain.append(("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s"
                      % (hexs(r, 4), hexs(r, 4), hexs(r, 3), hexs(r, 4), smtpid.split(".")[0], r.randrange(10, 99),
                         unix(t0) * 1000 + r.randrange(1000), rfc2822(t0, "US-P", comment=True))))
        spfdom = _dom(m.env_from)
        return _res(m, chain, helo, helo, ip, "1.3-128", tmx, ("pass", spfdom))
    return f


# ====================================================================== freemail (GMX, web.de)
def gmx(brand="gmx", mobile=False):
    def f(m):
        r = m.rng
        t0 = m.date
        tmx = plus(t0, r.randrange(1, 3))
        if brand == "gmx":
            out_host, out_ip = "mout.gmx.net", "212.227.17.%d" % r.choice([20, 21, 22])
            relay = "mrgmx%03d" % r.randrange(1, 120)
            relay_ip = "212.227.17.%d" % r.randrange(160, 190)
            web = "3c-app-gmx-bs%02d" % r.randrange(1, 80)
            if "@3c-app-gmx-" in (m.msgid or ""):
                web = m.msgid.split("@")[1].rstrip(">")
            dd, sel = "gmx.de", "s31663417"
            net = "mail.gmx.net"
        else:
            out_host, out_ip = "mout.web.de", "212.227.15.%d" % r.choice([3, 4, 14])
            relay = "mrweb%03d" % r.randrange(1, 120)
            relay_ip = "213.165.67.%d" % r.randrange(100, 125)
            web = "3c-app-webde-bap%02d" % r.randrange(1, 80)
            if "@3c-app-webde-" in (m.msgid or ""):
                web = m.msgid.split("@")[1].rstrip(">")
            dd, sel = "web.de", "s29768273"
            net = "mail.web.de"
        cip = "%d.%d.%d.%d" % (r.choice([84, 87, 91, 93, 178, 188]), r.randrange(1, 250), r.randrange(1, 250), r.randrange(1, 250))
        dd = m.from_domain if m.from_domain in ("gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de") else dd
        chain = [dkim(m, dd, sel, "X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:\n\t Content-Type:Date:References:In-Reply-To:cc:\n\t content-transfer-encoding:content-type:date:from:message-id:\n\t mime-version:reply-to:subject:to", c="relaxed/simple", t=unix(t0), i=m.from_addr),
                 ("X-UI-Sender-Class", guid(r)),
                 ("Received", "from %s ([%s]) by %s\n (%s [%s]) with ESMTPSA (Nemesis) id 1%s-1%s; %s"
                  % ("[100.%d.%d.%d]" % (r.randrange(64, 127), r.randrange(256), r.randrange(256)) if mobile else "[%s]" % cip,
                     cip, net, relay, relay_ip, alnum(r, 8), alnum(r, 17), rfc2822(t0, "DE"))) if mobile else
                 ("Received", "from [%s] ([%s]) by %s\n (%s) with HTTP; %s" % (cip, cip, "web-mail.gmx.net" if brand == "gmx" else "web-mail.web.de", web, rfc2822(t0, "DE")))]
        after = [("X-Provags-ID", "V03:K1:" + alnum(r, 120, util.ALNUM + "+/")),
                 ("X-Spam-Flag", "NO"),
                 ("UI-OutboundReport", "notjunk:1;M01:P0:" + alnum(r, 40, util.ALNUM + "+/") + "=;" + alnum(r, 200, util.ALNUM + "+/"))]
        return _res(m, chain, out_host, out_host, out_ip, "1.3", tmx, ("pass", _dom(m.env_from)), after=after)
    return f


# ====================================================================== hosting providers
def ionos(client_helo="[192.168.178.24]", client_ip=None, dkim_on=False):
    def f(m):
        r = m.rng
        t0 = plus(m.date, r.randrange(0, 2))
        tmx = plus(t0, r.randrange(1, 3))
        cip = client_ip or "%d.%d.%d.%d" % (r.choice([79, 84, 91, 93, 95]), r.randrange(1, 250), r.randrange(1, 250), r.randrange(1, 250))
        relay = "mreue%03d" % r.randrange(100, 112)
        chain = []
        if dkim_on:
            chain.append(dkim(m, m.from_domain, "s1-ionos", "from:to:subject:date:message-id:mime-version:content-type", c="relaxed/relaxed"))
        chain.append(("Received", "from %s ([%s]) by mrelayeu.kundenserver.de\n (%s [212.227.15.%d]) with ESMTPSA (Nemesis) id\n 1%s-1%s-00%s; %s"
                      % (client_helo, cip, relay, r.randrange(160, 190), alnum(r, 7), alnum(r, 12), alnum(r, 4), rfc2822(t0, "DE"))))
        after = [("X-Provags-ID", "V03:K1:" + alnum(r, 120, util.ALNUM + "+/")),
                 ("X-Spam-Flag", "NO"),
                 ("UI-OutboundReport", "notjunk:1;M01:P0:" + alnum(r, 40, util.ALNUM + "+/") + "=;" + alnum(r, 180, util.ALNUM + "+/"))]
        return _res(m, chain, "mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % r.choice([130, 131, 133, 134, 135, 187]),
                    "1.3", tmx, ("pass", _dom(m.env_from)), after=after)
    return f


def homepl(server_no=None, client_ip=None, client_rdns=None, dkim_sel="dkim"):
    def f(m):
        r = m.rng
        srv = server_no or r.randrange(1000000, 2900000)
        host = "cloudserver%d.home.pl" % srv
        ip = "79.96.%d.%d" % (r.randrange(160, 190), r.randrange(2, 250))
        t0 = plus(m.date, r.randrange(0, 3))
        tmx = plus(t0, r.randrange(1, 3))
        cip = client_ip or "%d.%d.%d.%d" % (r.choice([31, 83, 89, 178, 213]), r.randrange(1, 250), r.randrange(1, 250), r.randrange(1, 250))
        chain = [("X-Virus-Scanned", "by amavisd-new at %s" % host),
                 dkim(m, m.from_domain, dkim_sel, "from:to:subject:date:message-id:mime-version:content-type", c="relaxed/relaxed", t=unix(t0)),
                 ("Received", "from [192.168.%d.%d] (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPSA id 4%s;\n\t%s"
                  % (r.randrange(0, 3), r.randrange(2, 200), client_rdns or "unknown", cip, host, alnum(r, 9, util._PF52 if hasattr(util, "_PF52") else util.ALNUM), rfc2822(t0, "PL", comment=True)))]
        after = [("X-CLIENT-IP", cip), ("X-CLIENT-HOSTNAME", client_rdns or cip),
                 ("X-VADE-SPAMSTATE", "clean"),
                 ("X-VADE-SPAMCAUSE", "gggruggvucftvghtrhhoucdtuddrgeefhedrudeggdduvdefucetufdoteggodetrfdotffvucfrrhhofhhilhgvmecujffqoffgrffnpdggtffipffknecuuegrihhlohhuthemucduhedtnecusecvtfgvtghiphhivghnthhsucdlqddutddtmdenucfjughrpefkffggfgfuvfhfhfgjtgesrgdtreertddvjeenucfhrhhomhepvfgruggvuhhsiicukghivghlihhnshhkihcuoehtrdiiihgvlhhinhhskhhisehprghrthhnvghrqdhlohhgihhsthhikhdrphhlqeenucggtffrrghtthgvrhhnpedv")]
        return _res(m, chain, host, host, ip, "1.3", tmx, ("pass", _dom(m.env_from)), after=after)
    return f


def aruba(client_name="PCAMM03", client_ip=None):
    def f(m):
        r = m.rng
        t0 = plus(m.date, r.randrange(0, 2))
        tmx = plus(t0, r.randrange(1, 3))
        cip = client_ip or "%d.%d.%d.%d" % (r.choice([2, 79, 93, 151, 188]), r.randrange(1, 250), r.randrange(1, 250), r.randrange(1, 250))
        n = r.randrange(10, 30)
        host = "smtpdh%02d-su.aruba.it" % n
        ip = "62.149.155.%d" % (140 + n)
        chain = [dkim(m, "aruba.it", "a1", "From:To:Subject:Date:MIME-Version:Content-Type", c="relaxed/relaxed", t=unix(t0), store=True),
                 ("Received", "from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (client_name, cip, alnum(r, 16), rfc2822(t0, "IT")))]
        after = [("X-CMAE-Envelope", "MS4xfG" + alnum(r, 150, util.ALNUM + "+/"))]
        return _res(m, chain, host, host, ip, "1.3", tmx, ("pass", _dom(m.env_from)), after=after)
    return f


def yandex(dkim_dom=None):
    def f(m):
        r = m.rng
        t0 = plus(m.date, r.randrange(0, 2))
        t1 = plus(t0, 1)
        tmx = plus(t1, r.randrange(1, 3))
        fw = "forward%d%s.mail.yandex.net" % (r.randrange(100, 600), r.choice("abcd"))
        fwip = "178.154.239.%d" % r.randrange(70, 220)
        dc = r.choice(["vla", "sas", "myt", "iva", "klg"])
        nw = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.randrange(10, 99), dc)
        v6 = "2a02:6b8:c%s:%s:0:640:%s:0" % (hexs(r, 2), hexs(r, 4), hexs(r, 4))
        sid = alnum(r, 12)
        chain = [("Received", "from %s (%s [IPv6:%s])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s"
                  % (nw, nw, v6, fw, hexs(r, 10, True), rfc2822(t1, "RU", comment=True))),
                 ("Received", "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (nw, sid, alnum(r, 8), rfc2822(t0, "RU", comment=True))),
                 ("X-Yandex-Fwd", "1"),
                 dkim(m, dkim_dom or m.from_domain, "mail", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", c="relaxed/relaxed", t=unix(t0)),
                 ("Authentication-Results", "%s; dkim=pass header.i=@%s" % (nw, dkim_dom or m.from_domain))]
        return _res(m, chain, fw, fw, fwip, "1.3", tmx, ("pass", _dom(m.env_from)))
    return f


def mimecast_m365(domain, tenant_id=None, dkim_sel="mimecast20231102", lang="en-GB"):
    """UK customer: Exchange Online behind Mimecast outbound."""
    inner = m365(tenant_id=tenant_id, domain=domain, lang=lang)

    def f(m):
        r = m.rng
        res = inner(m)
        m._dkim = []
        t = plus(res["mx_time"], r.randrange(1, 3))
        uid = alnum(r, 22, util.ALNUM + "-") + "-1"
        chain = [dkim(m, domain, dkim_sel, "from:from:reply-to:subject:subject:date:date:message-id:message-id:\n\t to:to:cc:mime-version:mime-version:content-type:content-type:\n\t in-reply-to:in-reply-to:references:references", t=unix(t), c="relaxed/relaxed"),
                 ("Received", "from %s (%s [%s]) by\n relay.mimecast.com with ESMTP with both STARTTLS and AUTH (version=TLSv1.2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n uk-mta-%d-%s; %s"
                  % (res["helo"], res["rdns"], res["ip"],
                     r.randrange(10, 300), uid, rfc2822(plus(res["mx_time"], -1), "UK"))),
                 ("X-MC-Unique", uid)]
        n = r.randrange(100, 240)
        out = dict(res)
        out["chain"] = chain + [x for x in res["chain"] if x[0] != "DKIM-Signature"]
        out["after"] = res["after"] + [("X-Mimecast-Spam-Score", "0"), ("X-Mimecast-MFC-AGG-ID", alnum(r, 22, util.ALNUM + "_-"))]
        out["helo"] = "uk-smtp-delivery-%d.mimecast.com" % n
        out["rdns"] = out["helo"]
        out["ip"] = "195.130.217.%d" % r.randrange(20, 240)
        out["mx_time"] = t
        out["tls"] = "1.3"
        out["dkim"] = m._dkim
        out["spf"] = ("pass", _dom(m.env_from))
        out["dmarc"] = dmarc_of(m, "pass", _dom(m.env_from), m._dkim)
        return out
    return f


def hornet_m365(domain, tenant_id=None, lang="de-DE", compromised_note=None):
    """German adviser: Exchange Online outbound relayed via Hornetsecurity."""
    inner = m365(tenant_id=tenant_id, domain=domain, lang=lang)

    def f(m):
        r = m.rng
        res = inner(m)
        m._dkim = []
        t = plus(res["mx_time"], r.randrange(1, 4))
        relay = "mx-relay%d-hz%d.antispameurope.com" % (r.randrange(20, 99), r.randrange(1, 4))
        rip = "83.246.65.%d" % r.randrange(80, 200)
        chain = [dkim(m, domain, "hse1", "From:To:Subject:Date:Message-ID:Content-Type:MIME-Version", t=unix(t), c="relaxed/relaxed"),
                 ("X-cloud-security-sender", m.from_addr),
                 ("X-cloud-security-recipient", m.rcpt[0]),
                 ("X-cloud-security-crypt", "load encryption module"),
                 ("X-cloud-security-Virusscan", "CLEAN"),
                 ("X-cloud-security-disclaimer", "This E-Mail was scanned by E-Mailservice on %s with 4%s" % (relay.split(".")[0], alnum(r, 11))),
                 ("X-cloud-security-connect", "%s[%s], TLS=1, IP=%s" % (res["rdns"], res["ip"], res["ip"])),
                 ("X-cloud-security-Digest", hexs(r, 32)),
                 ("X-cloud-security", "scantime:%d.%03d" % (r.randrange(0, 3), r.randrange(1000))),
                 ("Received", "from %s ([%s]) by %s with ESMTPS id 4%s for <%s>;\n\t%s"
                  % (res["rdns"], res["ip"], relay, alnum(r, 11), m.rcpt[0], rfc2822(plus(res["mx_time"], 0), "DE")))]
        out = dict(res)
        out["chain"] = chain + [x for x in res["chain"] if x[0] != "DKIM-Signature"]
        out["helo"] = relay
        out["rdns"] = relay
        out["ip"] = rip
        out["mx_time"] = t
        out["tls"] = "1.3"
        out["dkim"] = m._dkim
        out["spf"] = ("pass", _dom(m.env_from))
        out["dmarc"] = dmarc_of(m, "pass", _dom(m.env_from), m._dkim)
        return out
    return f


def privateemail(dkim_sel="default"):
    """Namecheap Private Email (OX App Suite webmail)."""
    def f(m):
        r = m.rng
        t0 = plus(m.date, r.randrange(0, 2))
        tmx = plus(t0, r.randrange(1, 3))
        n = r.randrange(1, 12)
        host = "mta-%02d.privateemail.com" % n
        chain = [dkim(m, m.from_domain, dkim_sel, "Date:From:Reply-To:To:Message-ID:In-Reply-To:References:Subject:\n\t MIME-Version:Content-Type:From", c="relaxed/relaxed", t=unix(t0)),
                 ("Received", "from APP-%02d (unknown [10.50.14.%d])\n\tby %s (Postfix) with ESMTPA id 4%s;\n\t%s"
                  % (r.randrange(1, 20), r.randrange(2, 250), host, alnum(r, 10), rfc2822(t0, "US-E", comment=True)))]
        return _res(m, chain, host, "mta-%d-%d.privateemail.com" % (n, r.randrange(1, 5)), "198.54.127.%d" % r.randrange(40, 90),
                    "1.3", tmx, ("pass", _dom(m.env_from)))
    return f


# ====================================================================== bulk senders
def ses(region="eu-west-1", custom_dkim=None, mail_from_dom=None, feedback=None):
    sel = {"eu-west-1": "uku4taia5b5tsbglxyj6zym32efj7xqv", "eu-central-1": "54ysbr4axvj6xj5swxmpnvz4nn3v3c3b",
           "us-east-1": "shh3fegwg5fppqsuzphvschd53n6ihuv"}[region]

    def f(m):
        r = m.rng
        t0 = m.date
        tmx = plus(t0, r.randrange(1, 3))
        mid_local = "%s-%s-%s-%s-%s-%s-000000" % ("0102019" + hexs(r, 9), hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12))
        m.msgid = m.msgid or "<%s@%s.amazonses.com>" % (mid_local, region)
        a, b = r.choice([(7, 54), (6, 54)]), r.randrange(10, 60)
        helo = "a%d-%d.smtp-out.%s.amazonses.com" % (a[0], b, region)
        ip = "54.240.%d.%d" % (a[0], b)
        chain = []
        if custom_dkim:
            chain.append(dkim(m, custom_dkim[0], custom_dkim[1], "Content-Type:Content-Transfer-Encoding:From:To:Subject:Message-ID:Date:MIME-Version:Reply-To", c="relaxed/simple", t=unix(t0)))
        chain.append(dkim(m, "amazonses.com", sel, "Content-Type:Content-Transfer-Encoding:From:To:Subject:Message-ID:Date:MIME-Version:Reply-To:Feedback-ID", c="relaxed/simple", t=unix(t0)))
        after = [("Feedback-ID", feedback or "::1.%s.%s=:AmazonSES" % (region, alnum(r, 43, util.ALNUM + "+/"))),
                 ("X-SES-Outgoing", "%04d.%02d.%02d-%s" % (t0.year, t0.month, t0.day, ip))]
        return _res(m, chain, helo, helo, ip, "1.2", tmx, ("pass", _dom(m.env_from)), after=after)
    return f


def sendgrid(custom_dom=None, custom_sel="s1", em_sub=None, ip=None, http=True):
    def f(m):
        r = m.rng
        t0 = m.date
        t1 = plus(t0, r.randrange(0, 2))
        tmx = plus(t1, r.randrange(1, 4))
        host = "%s.outbound-mail.sendgrid.net" % alnum(r, 8, "abcdefghijklmnopqrstuvwxyz")
        hip = ip or "149.72.%d.%d" % (r.randrange(100, 250), r.randrange(1, 250))
        gid = alnum(r, 22, util.ALNUM + "_-")
        pod = "filterdrecv-%s-%s" % (hexs(r, 10), alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
        chain = []
        if custom_dom:
            chain.append(dkim(m, custom_dom, custom_sel, "from:subject:mime-version:content-type:to:cc:content-type:\n\tfrom:subject:to", c="relaxed/relaxed", t=unix(t0)))
        chain.append(dkim(m, "sendgrid.info", "smtpapi", "from:subject:mime-version:content-type:to:cc:content-type:\n\tfrom:subject:to", c="relaxed/relaxed", t=unix(t0)))
        chain.append(("Received", "by %s with SMTP id %s-1-%s-%s\n\t%s.%03d +0000 UTC m=+%d.%06d" % (
            pod, pod, hexs(r, 8, True), hexs(r, 2, True), "%04d-%02d-%02d %02d:%02d:%02d" % (t1.year, t1.month, t1.day, t1.hour, t1.minute, t1.second),
            r.randrange(1000), r.randrange(10000, 9999999), r.randrange(1000000))))
        chain.append(("Received", "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with %s\n\tid %s\n\tfor <%s>;\n\t%s.%03d +0000 (UTC)" % (
            alnum(r, 10, util.ALNUM), r.randrange(1, 40), "HTTP" if http else "ESMTP", gid, m.rcpt[0],
            rfc2822(t0, "UTC")[:-6], r.randrange(1000))))
        m.msgid = m.msgid or "<%s@geopod-ismtpd-%d>" % (gid, r.randrange(1, 40))
        after = [("X-SG-EID", "\n =?us-ascii?Q?" + alnum(r, 60, util.ALNUM) + "?=\n =?us-ascii?Q?" + alnum(r, 60, util.ALNUM) + "?="),
                 ("X-SG-ID", "\n =?us-ascii?Q?" + alnum(r, 60, util.ALNUM) + "?="),
                 ("X-Entity-ID", "u001." + alnum(r, 22, util.ALNUM + "+/") + "==")]
        return _res(m, chain, host, host, hip, "1.2", tmx, ("pass", _dom(m.env_from)), after=after)
    return f


def mailgun(domain, sel="pic", region="eu"):
    def f(m):
        r = m.rng
        t0 = m.date
        tmx = plus(t0, r.randrange(1, 3))
        a = r.randrange(200, 240)
        b = r.randrange(1, 60)
        helo = "m%d-%d.%s.mailgun.net" % (a, b, region) if region == "eu" else "m%d-%d.mailgun.net" % (a, b)
        ip = "159.135.%d.%d" % (a, b)
        chain = [dkim(m, domain, sel, "Content-Transfer-Encoding: Content-Type: MIME-Version: Subject: Subject: To: To:\n\tFrom: From: Reply-To: Date: Message-Id: Sender: Sender", c="relaxed/relaxed", t=unix(t0), q=True),
                 ("X-Mailgun-Sid", "WyI" + alnum(r, 60, util.ALNUM) + "In0="),
                 ("Received", "by %s with HTTP id %s; %s" % (alnum(r, 12, "0123456789abcdef"), hexs(r, 24), rfc2822(t0, "UTC")[:-5] + "GMT"))]
        m.sender_h = m.sender_h or m.env_from
        return _res(m, chain, helo, helo, ip, "1.2", tmx, ("pass", _dom(m.env_from)))
    return f


def brevo(custom_dom=None, sel="brevo1", client_id=None):
    def f(m):
        r = m.rng
        t0 = m.date
        tmx = plus(t0, r.randrange(1, 4))
        last = r.randrange(2, 250)
        helo = "m%d.sendibt3.com" % last if r.random() < 0.5 else "m%d.sendibm2.com" % last
        ip = ("77.32.148.%d" if "sendibt3" in helo else "185.41.28.%d") % last
        cid = client_id or r.randrange(1000000, 9999999)
        chain = []
        if custom_dom:
            chain.append(dkim(m, custom_dom, sel, "Content-Type:MIME-Version:Subject:Reply-To:To:From:Message-Id:\n\tDate:List-Unsubscribe:List-Unsubscribe-Post:Feedback-ID", t=unix(t0), c="relaxed/relaxed"))
        chain.append(dkim(m, "sendibt3.com" if "sendibt3" in helo else "sendibm2.com", "mail", "Content-Type:MIME-Version:Subject:Reply-To:To:From:Message-Id:Date", t=unix(t0), c="relaxed/relaxed"))
        m.msgid = m.msgid or "<%s.%d@smtp-relay.mailin.fr>" % ("%04d%02d%02d%02d%02d%02d" % (t0.year, t0.month, t0.day, t0.hour, t0.minute, t0.second), r.randrange(10 ** 11, 10 ** 12))
        after = [("X-Mailin-EID", alnum(r, 80, util.ALNUM) + "%3D"),
                 ("X-Mailin-Campaign", str(r.randrange(2, 60))), ("X-Mailin-Client", str(cid)),
                 ("Origin-messageId", m.msgid),
                 ("Feedback-ID", "%d.%d.%d:%d:Brevo" % (r.randrange(100, 999), cid, r.randrange(10, 99), r.randrange(10 ** 6, 10 ** 7))),
                 ("List-Unsubscribe", "<https://r.sender-sib.com/unsub?xx=%s>" % alnum(r, 30)),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
        return _res(m, chain, helo, helo, ip, "1.2", tmx, ("pass", _dom(m.env_from)), after=after)
    return f


def mailchimp(domain, list_slug, sel="k2"):
    def f(m):
        r = m.rng
        t0 = m.date
        tmx = plus(t0, r.randrange(2, 8))
        n = r.randrange(130, 190)
        host = "mail%d.suw%d.mcdlv.net" % (r.randrange(10, 250), r.randrange(10, 200))
        ip = "198.2.%d.%d" % (n, r.randrange(2, 250))
        u = hexs(r, 25)
        cid = hexs(r, 10)
        m.msgid = "<%s.%s@%s>" % (hexs(r, 32), cid[:6] + hexs(r, 4), host)
        chain = [dkim(m, domain, sel, "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:Subject:From", c="relaxed/relaxed", t=unix(t0)),
                 dkim(m, "mcdlv.net", sel, "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:Subject:From", c="relaxed/relaxed", t=unix(t0)),
                 ("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s" % (host, alnum(r, 12), m.rcpt[0], rfc2822(t0, "UTC")))]
        after = [("X-Mailer", "MailChimp Mailer - **CID%s**" % cid + hexs(r, 10)),
                 ("X-Campaign", "mailchimp%s.%s" % (u, cid)), ("X-campaignid", "mailchimp%s.%s" % (u, cid)),
                 ("X-Report-Abuse", "Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, cid, hexs(r, 10))),
                 ("X-MC-User", u),
                 ("Feedback-ID", "%d:%d.%d:us14:mc" % (r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 6, 10 ** 7))),
                 ("List-ID", "%s mc list <%s.%s.list-id.mcsv.net>" % (u, u, list_slug)),
                 ("X-Accounttype", "pd"),
                 ("List-Unsubscribe", "<https://%s.us%d.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, <mailto:unsubscribe-mc.us%d_%s.%s-%s@unsubscribe.mailchimpapp.net>"
                  % (list_slug, 14, u, hexs(r, 10), hexs(r, 10), cid, 14, u, cid, hexs(r, 10))),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
        return _res(m, chain, host, host, ip, "1.2", tmx, ("pass", _dom(m.env_from)), after=after)
    return f


def platform_mta(helo, ip, rdns=None, dkim_list=(), chain_extra=(), after=(), tls="1.2", spf_result="pass",
                 zone="UTC", inner_received=None):
    """Generic sender of a SaaS platform (DocuSign, Adobe Sign, Kontur, bank portal ...)."""
    def f(m):
        r = m.rng
        t0 = m.date
        t1 = plus(t0, r.randrange(0, 2))
        tmx = plus(t1, r.randrange(1, 3))
        chain = []
        for d, s, h in dkim_list:
            chain.append(dkim(m, d, s, h, t=unix(t0), c="relaxed/relaxed"))
        if inner_received:
            chain.append(("Received", inner_received(m, t1)))
        chain += list(chain_extra)
        return _res(m, chain, helo, rdns or helo, ip, tls, tmx, (spf_result, _dom(m.env_from)), after=list(after))
    return f
