"""Sending-infrastructure profiles: produce the trace headers, client headers,
Message-ID style and boundary style that the named infrastructure really emits.
Each profile returns a function f(ctx) -> dict merged into the message spec.
ctx: rnd, dt, from (name, addr), subject, mailfrom, to."""
import base64
import datetime
import string
import uuid

from mimelib import (AR, dkim_sig, rstr, rhex, b64blob, rfcdate, ew, msgid_outlook,
                     msgid_gmail, msgid_exchange)

UTC = datetime.timezone.utc


def _guid(rnd):
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))


def _utc(dt, sec=0):
    return rfcdate((dt - datetime.timedelta(seconds=sec)).astimezone(UTC)).replace("-0000", "+0000")


def _dom(a):
    return a.split("@")[1]


def thread_index(rnd):
    return base64.b64encode(bytes(rnd.randrange(256) for _ in range(22))).decode()


# ------------------------------------------------------------------ Microsoft 365

def m365(ip, dc="DB8", reg="EUR03", tenant="DB9PR03MB7324", region="eurprd03", lang="de-DE",
         sign=True, dmarc_pol="p=quarantine dis=none", consumer=False, sign_domain=None,
         attach=False, xmailer=None, spf="pass", dmarc="pass"):
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = _dom(c["from"][1])
        sdom = sign_domain or dom
        last = int(ip.split(".")[-1])
        helo = "%s-%s-obe.outbound.protection.outlook.com" % (reg, dc)
        rdns = "mail-%s%son2%03d.outbound.protection.outlook.com" % (dc.lower(), reg.lower(), last)
        fe = "fe80::%s:%s:%s:%s" % (rhex(rnd, 4), rhex(rnd, 4), rhex(rnd, 4), rhex(rnd, 4))
        trace = [
            ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n\tb=" + b64blob(rnd, 96)),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n\ts=arcselector10001; "
             "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n\tbh="
             + b64blob(rnd, 32) + ";\n\tb=" + b64blob(rnd, 96)),
            ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=pass\n\tsmtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\n\tdkim=pass header.d=%s; arc=none" % (dom, dom, sdom)),
        ]
        if sign:
            trace.append(("DKIM-Signature", dkim_sig(rnd, sdom, "selector1" if not consumer else "selector1", dt,
                                                     h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")))
        trace.append(("Received", "from %s.%s.prod.outlook.com\n\t([%s]) by %s.%s.prod.outlook.com\n\t([%s%%%d]) with mapi id 15.20.8632.017; %s"
                      % (tenant, region, fe, tenant, region, fe, rnd.randint(3, 7), _utc(dt, -1))))
        hdrs = [("Thread-Topic", ew(c["subject"], "utf-8")),
                ("Thread-Index", thread_index(rnd)),
                ("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"),
                ("Content-Language", lang),
                ("X-MS-Has-Attach", "yes" if attach else ""),
                ("X-MS-TNEF-Correlator", ""),
                ("x-ms-publictraffictype", "Email"),
                ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s (UTC)" % (dt.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.") + "%04d" % rnd.randint(0, 9999))),
                ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                ("X-MS-Exchange-CrossTenant-id", _guid(rnd)),
                ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", tenant),
                ("X-OriginatorOrg", dom)]
        if xmailer:
            hdrs.insert(0, ("X-Mailer", xmailer))
        auth = AR(spf=(spf, c["mailfrom"], ip), dkim=[("pass", sdom, "selector1")] if sign else [("none",)],
                  dmarc=(dmarc, dom, dmarc_pol), rnd=rnd)
        return dict(helo=helo, rdns=rdns, ip=ip, trace=trace, headers=hdrs,
                    msgid=msgid_outlook(rnd, tenant, region), bstyle="outlook", auth=auth)
    return f


# ------------------------------------------------------------------ Google

def gmail(ip="209.85.218.47", host="mail-ej1-f47.google.com", workspace=False, dmarc_pol=None, client=None):
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = _dom(c["from"][1])
        d = dom if workspace else "gmail.com"
        sel = "google" if workspace else "20230601"
        pol = dmarc_pol or ("p=none dis=none" if dom == "gmail.com" else "p=quarantine dis=none")
        trace = [("DKIM-Signature", dkim_sig(rnd, d, sel, dt, x=604800,
                                             h="to:subject:message-id:date:from:mime-version:from:to:cc:subject\n\t :date:message-id:reply-to")),
                 ("X-Google-DKIM-Signature", dkim_sig(rnd, "1e100.net", "20230601", dt, x=604800,
                                                      h="x-gm-message-state:to:subject:message-id:date:from\n\t :mime-version:x-gm-gg:from:to:cc:subject:date:message-id:reply-to")),
                 ("X-Gm-Message-State", "AOJu0Y" + rstr(rnd, 60, string.ascii_letters + string.digits + "+/") + "\n\t" + rstr(rnd, 40, string.ascii_letters + string.digits + "+/") + "=="),
                 ("X-Gm-Gg", "ASbGnc" + rstr(rnd, 64, string.ascii_letters + string.digits + "+/") + "\n\t" + rstr(rnd, 48, string.ascii_letters + string.digits + "+/")),
                 ("X-Google-Smtp-Source", "AGHT+I" + rstr(rnd, 62, string.ascii_letters + string.digits + "+/") + "=="),
                 ("X-Received", "by 2002:a17:907:%s:b0:%s:%s with SMTP id %s-%sa17.%d.%d;\n\t%s"
                  % (rhex(rnd, 4), rhex(rnd, 3), rhex(rnd, 4), rhex(rnd, 14), rhex(rnd, 8), rnd.randint(1000, 9999), rnd.randint(10**12, 10**13 - 1),
                     rfcdate((dt + datetime.timedelta(seconds=1)).astimezone(datetime.timezone(datetime.timedelta(hours=-8)))) + " (PST)"))]
        hdrs = []
        if client:
            hdrs.append(client)
        auth = AR(spf=("pass", c["mailfrom"], ip), dkim=[("pass", d, sel)], dmarc=("pass", dom, pol), rnd=rnd)
        return dict(helo=host, rdns=host, ip=ip, trace=trace, headers=hdrs, msgid=msgid_gmail(rnd),
                    bstyle="gmail", auth=auth)
    return f


# ------------------------------------------------------------------ internal relay

def internal(client="outlook", lang="de-DE", exch="EXV-NUE-02", attach=False, xorig="10.44.3.87"):
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = _dom(c["from"][1])
        ex = exch.lower() + ".corp.example.com"
        t1 = dt + datetime.timedelta(seconds=1)
        fe = "fe80::%s:%s:%s:%s" % (rhex(rnd, 4), rhex(rnd, 4), rhex(rnd, 4), rhex(rnd, 4))
        trace = [
            ("DKIM-Signature", dkim_sig(rnd, dom, "int2026", dt, h="From:To:Subject:Date:Message-ID:Content-Type:MIME-Version")),
            ("Received", "from %s (%s [10.20.1.12])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s;\n\t%s"
             % (ex, ex, rstr(rnd, 11, "0123456789ABCDEF"), rfcdate(t1))),
            ("Received", "from %s.corp.example.com (10.20.1.12) by\n\t%s.corp.example.com (10.20.1.12) with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n\t15.2.1748.10; %s"
             % (exch, exch, rfcdate(dt))),
            ("Received", "from %s.corp.example.com ([%s]) by\n\t%s.corp.example.com ([%s%%13]) with mapi id\n\t15.02.1748.010; %s"
             % (exch, fe, exch, fe, rfcdate(dt))),
        ]
        hdrs = [("Thread-Topic", ew(c["subject"], "utf-8")), ("Thread-Index", thread_index(rnd)),
                ("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"), ("Content-Language", lang),
                ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""),
                ("X-MS-Exchange-Organization-AuthAs", "Internal"),
                ("X-MS-Exchange-Organization-AuthMechanism", "04"),
                ("X-MS-Exchange-Organization-AuthSource", "%s.corp.example.com" % exch),
                ("x-originating-ip", "[%s]" % xorig)]
        if client == "iphone":
            hdrs.insert(0, ("X-Mailer", "iPhone Mail (23B85)"))
        elif client == "outlook-ios":
            hdrs.insert(0, ("X-Mailer", "Outlook for iOS and Android"))
        auth = AR(spf=("internal", c["mailfrom"], "10.20.0.25"), dkim=[("pass", dom, "int2026")],
                  dmarc=("pass", dom, "p=quarantine dis=none"), rnd=rnd)
        return dict(helo="mail-int01.example.com", rdns="mail-int01.example.com", ip="10.20.0.25",
                    trace=trace, headers=hdrs, msgid=msgid_exchange(rnd, ex), bstyle="exchange",
                    auth=auth, tls="1.2")
    return f


# ------------------------------------------------------------------ GMX

def gmx(ip="212.227.15.19", client_ip="93.220.147.61", ua=None):
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = _dom(c["from"][1])
        trace = [("DKIM-Signature", dkim_sig(rnd, dom, "s1089575", dt, x=604800, h="x-ui-sender-class:Content-Type:MIME-Version:\n\t Message-ID:Date:Subject:To:From:cc:content-transfer-encoding:\n\t content-type:date:from:message-id:reply-to:subject:to")),
                 ("X-UI-Sender-Class", "01bb95c1-4bf8-414a-932a-4f6e2808ef9c"),
                 ("Received", "from [10.150.%d.%d] ([%s]) by mail.gmx.net (mrgmx104\n\t[212.227.17.174]) with ESMTPSA (Nemesis) id 1M%s-1t%s; %s"
                  % (rnd.randint(1, 254), rnd.randint(1, 254), client_ip, rstr(rnd, 8), rstr(rnd, 13), rfcdate(dt))),
                 ("X-Provags-ID", "V03:K1:" + rstr(rnd, 60, string.ascii_letters + string.digits + "+/") + "\n " + rstr(rnd, 40, string.ascii_letters + string.digits + "+/")),
                 ("UI-OutboundReport", "notjunk:1;M01:P0:" + rstr(rnd, 11, string.ascii_letters + string.digits + "+/") + "=;" + rstr(rnd, 60, string.ascii_letters + string.digits + "+/"))]
        hdrs = [ua] if ua else []
        auth = AR(spf=("pass", c["mailfrom"], ip), dkim=[("pass", dom, "s1089575")], dmarc=("pass", dom, "p=quarantine dis=none"), rnd=rnd)
        return dict(helo="mout.gmx.net", rdns="mout.gmx.net", ip=ip, trace=trace, headers=hdrs,
                    msgid="<%s@%s>" % (_guid(rnd), "gmx.de"), bstyle="thunderbird", auth=auth)
    return f


# ------------------------------------------------------------------ Aruba (IT hosting)

def aruba(ip="62.149.155.148", host="smtpdh18-1.aruba.it", client_ip="2.42.164.19", ua=None, msgid_style="outlook16"):
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = _dom(c["from"][1])
        trace = [("DKIM-Signature", dkim_sig(rnd, "aruba.it", "a1", dt, h="Content-Type:MIME-Version:Date:Subject:To:From:Message-ID")),
                 ("Received", "from DESKTOP-%s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
                  % (rstr(rnd, 7, string.ascii_uppercase + string.digits), client_ip, rstr(rnd, 12), rfcdate(dt)))]
        hdrs = [ua or ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(rnd)), ("Content-Language", "it")]
        auth = AR(spf=("pass", c["mailfrom"], ip), dkim=[("pass", "aruba.it", "a1")], dmarc=("pass", dom, "p=none dis=none"), rnd=rnd)
        mid = "<%s$%s$%s@%s>" % (rhex(rnd, 16), rhex(rnd, 8), rhex(rnd, 8), dom)
        return dict(helo=host, rdns=host, ip=ip, trace=trace, headers=hdrs, msgid=mid, bstyle="outlook", auth=auth)
    return f


def outlook_desktop_msgid(rnd, dom):
    return "<%s$%s$%s@%s>" % (rhex(rnd, 16), rhex(rnd, 8), rhex(rnd, 8), dom)


# ------------------------------------------------------------------ Yandex 360

def yandex(ip="178.154.239.145", fwd="forward501b.mail.yandex.net", client_ip="95.161.221.40", outlook=False, web=False):
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = _dom(c["from"][1])
        nw = "mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net" % rnd.randint(10, 90)
        trace = [("Received", "from %s (%s [IPv6:2a02:6b8:c1f:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s"
                  % (nw, nw, rhex(rnd, 4), rhex(rnd, 4), fwd, rstr(rnd, 10), c["to"], rfcdate(dt + datetime.timedelta(seconds=1)))),
                 ("Received", "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (nw, rstr(rnd, 10), rstr(rnd, 8), rfcdate(dt))),
                 ("X-Yandex-Fwd", "1"),
                 ("DKIM-Signature", dkim_sig(rnd, dom, "mail", dt, h="Message-ID:Date:Subject:To:From:MIME-Version:Content-Type")),
                 ("X-Yandex-Spam", "1")]
        hdrs = []
        if outlook:
            hdrs = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(rnd)), ("Content-Language", "ru")]
            mid = outlook_desktop_msgid(rnd, dom)
            bst = "outlook"
        else:
            mid = "<%d%d@mail.yandex.ru>" % (rnd.randint(100000, 999999), int(dt.timestamp()))
            bst = "yandex"
        auth = AR(spf=("pass", c["mailfrom"], ip), dkim=[("pass", dom, "mail")], dmarc=("pass", dom, "p=none dis=none"), rnd=rnd)
        return dict(helo=fwd, rdns=fwd, ip=ip, trace=trace, headers=hdrs, msgid=mid, bstyle=bst, auth=auth)
    return f


# ------------------------------------------------------------------ Mail.ru SMTP (desktop client)

def mailru(ip="95.163.41.86", host="smtp48.i.mail.ru", client_ip="188.162.64.211", mailer="The Bat! (v11.2.1) Professional"):
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = _dom(c["from"][1])
        trace = [("DKIM-Signature", dkim_sig(rnd, dom, "mail4", dt, h="Content-Type:MIME-Version:Subject:To:From:Date:Message-ID:From:Subject:Content-Type:Content-Transfer-Encoding:To:Cc")),
                 ("Received", "by %s with esmtpa (envelope-from <%s>)\n\tid 1t%s-%s-%s; %s"
                  % (host, c["mailfrom"], rstr(rnd, 5), rstr(rnd, 8), rstr(rnd, 2), rfcdate(dt + datetime.timedelta(seconds=2)).replace("+0100", "+0300"))),
                 ("X-Mailru-Src", "smtp"),
                 ("X-7564579A", "646B95376F6C166E"),
                 ("X-Mras", "Ok")]
        hdrs = [("X-Mailer", mailer), ("X-Priority", "3 (Normal)")]
        auth = AR(spf=("pass", c["mailfrom"], ip), dkim=[("pass", dom, "mail4")], dmarc=("pass", dom, "p=reject dis=none"), rnd=rnd)
        mid = "<%d.%d@%s>" % (rnd.randint(10**8, 10**9), int(dt.timestamp()), dom)
        return dict(helo=host, rdns=host, ip=ip, trace=trace, headers=hdrs, msgid=mid, bstyle="bat", auth=auth)
    return f


# ------------------------------------------------------------------ generic own Postfix server (small firms, attacker VPS)

def postfix(host, ip, rdns=None, client_ip=None, dkim_sel="default", sign=True, spf="pass", dmarc=("pass", "p=none dis=none"),
            mailer=None, bstyle="thunderbird", msgid=None, tls="1.3", extra_hdrs=None, submit_host=None):
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = _dom(c["from"][1])
        trace = []
        if sign:
            trace.append(("DKIM-Signature", dkim_sig(rnd, dom, dkim_sel, dt)))
        ci = client_ip or "192.168.%d.%d" % (rnd.randint(0, 9), rnd.randint(2, 250))
        trace.append(("Received", "from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s"
                      % (submit_host or "[%s]" % ci, "unknown", ci, c["mailfrom"], host, rstr(rnd, 11, "0123456789ABCDEF"), rfcdate(dt))))
        hdrs = []
        if mailer:
            hdrs.append(mailer)
        hdrs += (extra_hdrs or [])
        dk = [("pass", dom, dkim_sel)] if sign else [("none",)]
        if dmarc is None:
            dm = None
        else:
            dm = (dmarc[0], dom, dmarc[1])
        auth = AR(spf=(spf, c["mailfrom"], ip), dkim=dk, dmarc=dm, rnd=rnd)
        mid = msgid(rnd, dom, dt) if msgid else "<%s@%s>" % (_guid(rnd), dom)
        return dict(helo=host, rdns=rdns if rdns is not None else host, ip=ip, trace=trace, headers=hdrs,
                    msgid=mid, bstyle=bstyle, auth=auth, tls=tls)
    return f


# ------------------------------------------------------------------ compromised web host / PHP mailer

def phpmailer(host, ip, rdns=None, spf="softfail", dmarc=("fail", "p=quarantine dis=quarantine"), envelope_dom=None,
              script="1004:wp-content/plugins/wp-mail-smtp/mailer.php", version="6.9.3"):
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = _dom(c["from"][1])
        trace = [("Received", "by %s (Postfix, from userid 1004)\n\tid %s; %s" % (host, rstr(rnd, 11, "0123456789ABCDEF"), rfcdate(dt)))]
        hdrs = [("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % version),
                ("X-PHP-Originating-Script", script)]
        dm = (dmarc[0], dom, dmarc[1]) if dmarc else None
        auth = AR(spf=(spf, c["mailfrom"], ip), dkim=[("none",)], dmarc=dm, rnd=rnd)
        return dict(helo=host, rdns=rdns if rdns is not None else host, ip=ip, trace=trace, headers=hdrs,
                    msgid="<%s@%s>" % (rstr(rnd, 43), host), bstyle="php", auth=auth, tls="1.2")
    return f


# ------------------------------------------------------------------ ESPs

def sendgrid(ip, ptr, sub="em7781", uid=38473921):
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = _dom(c["from"][1])
        rc = c["to"].replace("@", "=")
        mf = "bounces+%d-%s-%s@%s.%s" % (uid, rhex(rnd, 4), rc, sub, dom)
        trace = [("DKIM-Signature", dkim_sig(rnd, dom, "s1", dt, h="from:subject:content-type:reply-to:to:cc:\n\tcontent-type:from:subject:to")),
                 ("Received", "by filterdrecv-%s-%s-%s with SMTP id filterdrecv-%s.%d.%s.%d\n\t%s"
                  % (rhex(rnd, 10), rstr(rnd, 5, string.ascii_lowercase + string.digits), rhex(rnd, 4), rhex(rnd, 5), rnd.randint(1, 40), rhex(rnd, 10), rnd.randint(1, 40), rfcdate(dt.astimezone(UTC)).replace("-0000", "+0000 (UTC)"))),
                 ("Received", "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\t%s" % (dom, rnd.randint(1, 40), rstr(rnd, 22), rfcdate(dt.astimezone(UTC)).replace("-0000", "+0000 (UTC)")))]
        hdrs = [("X-SG-EID", "\n " + rstr(rnd, 70, string.ascii_letters + string.digits + "+/") + "\n " + rstr(rnd, 50, string.ascii_letters + string.digits + "+/") + "=="),
                ("X-SG-ID", "\n " + rstr(rnd, 70, string.ascii_letters + string.digits + "+/") + "="),
                ("X-Entity-ID", "u001." + rstr(rnd, 22) + "==")]
        auth = AR(spf=("pass", mf, ip), dkim=[("pass", dom, "s1")], dmarc=("pass", dom, "p=none dis=none"), rnd=rnd)
        return dict(helo=ptr, rdns=ptr, ip=ip, trace=trace, headers=hdrs, mailfrom=mf,
                    msgid="<%s@geopod-ismtpd-%d>" % (rstr(rnd, 22), rnd.randint(1, 40)), bstyle="generic", auth=auth)
    return f


def mailchimp(ip="198.2.189.12", host="mail189.atl61.mcdlv.net", user="us21_158293710", camp=8731543):
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = _dom(c["from"][1])
        mf = "bounce-mc.%s.%d-%s@%s" % (user, camp, rhex(rnd, 10), host)
        trace = [("DKIM-Signature", dkim_sig(rnd, dom, "k2", dt, h="Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:To:From:Subject:\n\t Message-ID")),
                 ("DKIM-Signature", dkim_sig(rnd, "mcdlv.net", "k3", dt, h="Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:\n\t List-Unsubscribe-Post:Content-Type:MIME-Version")),
                 ("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4R%s\n\tfor <%s>; %s" % (host, rstr(rnd, 12), c["to"], rfcdate(dt.astimezone(UTC)).replace("-0000", "+0000 (GMT)")))]
        auth = AR(spf=("pass", mf, ip), dkim=[("pass", dom, "k2"), ("pass", "mcdlv.net", "k3")], dmarc=("pass", dom, "p=none dis=none"), rnd=rnd)
        return dict(helo=host, rdns=host, ip=ip, trace=trace, headers=[], mailfrom=mf,
                    msgid="<%s.%s@%s>" % (rhex(rnd, 20), rhex(rnd, 11), host), bstyle="mc", auth=auth, tls="1.2")
    return f


def ses(ip="54.240.4.21", host="a4-21.smtp-out.eu-west-1.amazonses.com", mf_dom=None, sel="eu2026"):
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = _dom(c["from"][1])
        mfd = mf_dom or ("bounce." + dom)
        mf = "0102019%s-%s-%s-%s-%s-000000@%s" % (rhex(rnd, 9), rhex(rnd, 8), rhex(rnd, 4), rhex(rnd, 4), rhex(rnd, 12), mfd)
        trace = [("DKIM-Signature", dkim_sig(rnd, dom, sel, dt)),
                 ("DKIM-Signature", dkim_sig(rnd, "amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv", dt, h="From:To:Subject:Date:Message-ID:Feedback-ID")),
                 ("Feedback-ID", "::1.eu-west-1.%s=:AmazonSES" % rstr(rnd, 43))]
        auth = AR(spf=("pass", mf, ip), dkim=[("pass", dom, sel), ("pass", "amazonses.com", "uku4taia5b5tsbglxyj6zym32efj7xqv")],
                  dmarc=("pass", dom, "p=reject dis=none"), rnd=rnd)
        return dict(helo=host, rdns=host, ip=ip, trace=trace, headers=[], mailfrom=mf,
                    msgid="<0102019%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (rhex(rnd, 9), rhex(rnd, 8), rhex(rnd, 4), rhex(rnd, 4), rhex(rnd, 12)),
                    bstyle="java", auth=auth)
    return f


def bigsender(host, ip, dkim_d, sel, dmarc_pol="p=reject dis=none", mf=None, msgid_fmt=None, bstyle="java",
              extra_trace=None, hdrs=None, tls="1.3"):
    """Large legitimate platforms (PayPal, DocuSign, DHL, Atlassian, Google services...)."""
    def f(c):
        rnd, dt = c["rnd"], c["dt"]
        dom = _dom(c["from"][1])
        trace = [("DKIM-Signature", dkim_sig(rnd, dkim_d, sel, dt))] + (extra_trace or [])
        mfrom = mf(rnd) if callable(mf) else (mf or c["mailfrom"])
        auth = AR(spf=("pass", mfrom, ip), dkim=[("pass", dkim_d, sel)], dmarc=("pass", dom, dmarc_pol), rnd=rnd)
        mid = msgid_fmt(rnd, dt) if msgid_fmt else "<%s@%s>" % (_guid(rnd), dkim_d)
        return dict(helo=host, rdns=host, ip=ip, trace=trace, headers=list(hdrs or []), mailfrom=mfrom,
                    msgid=mid, bstyle=bstyle, auth=auth, tls=tls)
    return f
