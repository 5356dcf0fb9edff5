"""Further sending-system profiles (ESPs, hosters, free mail, platforms).
Each returns infra.Sent; client_hdrs is the header block written by the
mail client or application (a list containing ("__CONTENT__", None))."""

from infra import (Sent, TLS12, TLS13, TLS13_128, dkim, epoch, guid, plus, stable_octet,
                   postfix_qid, postfix_short_qid, ralnum, raw, rb64, rfcdate,
                   rhex, _bare, _wrap_plain)

LOWER = "abcdefghijklmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _sent(helo, rdns, ip, t_out, mailfrom, tls=TLS13):
    s = Sent()
    s.helo, s.rdns, s.ip, s.t_out, s.mailfrom, s.tls = helo, rdns, ip, t_out, mailfrom, tls
    return s


# ---------------------------------------------------------------- Zoho ----

def zoho(rng, t, client_hdrs, from_, domain, selector="zmail"):
    n = rng.choice([11, 12, 13, 15, 16, 17])
    host = "sender4-op-o%d.zoho.eu" % n
    s = _sent(host, host, "136.143.169.%d" % n, plus(t, 2), _bare(from_), TLS12)
    tt = epoch(t)
    H = []
    H.append(raw("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none; \r\n\td=zohomail.eu; s=zohoarc; \r\n\tb=%s" % (tt, _wrap_plain(rb64(rng, 256), 68, "\t"))))
    H.append(raw("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \r\n\tt=%d; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To; \r\n\tbh=%s; \r\n\tb=%s" %
                 (tt, rb64(rng, 32), _wrap_plain(rb64(rng, 256), 68, "\t"))))
    H.append(raw("ARC-Authentication-Results", "i=1; mx.zohomail.eu;\r\n\tdkim=pass  header.i=%s;\r\n\tspf=pass  smtp.mailfrom=%s;\r\n\tdmarc=pass header.from=<%s>" %
                 (domain, _bare(from_), _bare(from_))))
    d, b8 = dkim(rng, domain, selector, "Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:Content-Type:Reply-To",
                 t=tt, q=True, i=_bare(from_), cont="\t")
    H.append(d)
    s.dkim.append((domain, selector, b8))
    s.arc = ("pass", '"zohomail.eu:s=zohoarc:i=1"')
    H.append(raw("Received", "from mail.zoho.eu by mx.zohomail.eu\r\n\twith SMTP id %d%03d%s.%d; %s" %
                 (tt, rng.randint(100, 999), "", rng.randint(10 ** 17, 10 ** 18 - 1), rfcdate(plus(t, 1), "CET", "plainc"))))
    H.extend(client_hdrs)
    s.headers = H
    return s


def zoho_msgid(rng, domain):
    return "<%s.%s.%d@%s>" % (rhex(rng, 11), rhex(rng, 16), rng.randint(10 ** 18, 10 ** 19 - 1), domain)


# ------------------------------------------------------- cPanel / Exim ----

def exim_cpanel(rng, t, client_hdrs, from_, host, ip, rdns=None, local_php=True,
                client_ip=None, dkim_domain=None, cpuser="wpuser", exim="4.98.1",
                rcpt=None):
    s = _sent(host, rdns or host, ip, plus(t, 1), _bare(from_), TLS13)
    H = []
    dom = dkim_domain or _bare(from_).split("@")[1]
    d, b8 = dkim(rng, dom, "default", "Content-Transfer-Encoding:Content-Type:\r\n\tMIME-Version:Message-ID:Subject:To:From:Date:Sender:Reply-To:Cc:\r\n\tContent-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:\r\n\tResent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:\r\n\tList-Help:List-Unsubscribe:List-Subscribe:List-Post:List-Owner:List-Archive",
                 q=True, cont="\t")
    H.append(d)
    s.dkim.append((dom, "default", b8))
    eid = "1%s%s-%s%s-%s" % (rng.choice("tuv"), ralnum(rng, 4), "0" * 2 + ralnum(rng, 2, "0123456789ABCDEF"), ralnum(rng, 2), ralnum(rng, 2))
    if local_php:
        H.append(raw("Received", "from %s by %s with local (Exim %s)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s; %s" %
                     (cpuser, host, exim, _bare(from_), eid, rcpt or "undisclosed-recipients", rfcdate(t, "CET", "plain"))))
    else:
        H.append(raw("Received", "from [%s] (port=%d helo=[192.168.1.%d])\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim %s)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s; %s" %
                     (client_ip, rng.randint(49152, 65000), rng.randint(2, 200), host, exim, _bare(from_), eid, rcpt, rfcdate(t, "CET", "plain"))))
    H.extend(client_hdrs)
    H.append(("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"))
    H.append(("X-AntiAbuse", "Primary Hostname - %s" % host))
    H.append(("X-AntiAbuse", "Original Domain - example.com"))
    H.append(("X-AntiAbuse", "Originator/Caller UID/GID - [%d %d] / [47 12]" % (rng.randint(1000, 1300),) * 2 if False else "Originator/Caller UID/GID - [1043 992] / [47 12]"))
    H.append(("X-AntiAbuse", "Sender Address Domain - %s" % _bare(from_).split("@")[1]))
    if local_php:
        H.append(("X-Get-Message-Sender-Via", "%s: authenticated_id: %s/from_h" % (host, cpuser)))
        H.append(("X-Authenticated-Sender", "%s: %s" % (host, _bare(from_))))
        H.append(("X-Source", "/opt/cpanel/ea-php82/root/usr/bin/php-cgi"))
        H.append(("X-Source-Args", "/opt/cpanel/ea-php82/root/usr/bin/php-cgi "))
        H.append(("X-Source-Dir", "%s:/public_html/wp-content/uploads/2024/03" % _bare(from_).split("@")[1]))
    else:
        H.append(("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, _bare(from_))))
        H.append(("X-Authenticated-Sender", "%s: %s" % (host, _bare(from_))))
        H.append(("X-Source", ""))
        H.append(("X-Source-Args", ""))
        H.append(("X-Source-Dir", ""))
    s.headers = H
    return s


# ------------------------------------------------- 1&1 / GMX / WEB.DE -----

def united(rng, t, client_hdrs, from_, provider, client_ip, dkim_sign=True):
    """provider: 'gmx' | 'webde' | 'ionos'."""
    if provider == "gmx":
        n = rng.choice([15, 17])
        out = ("mout.gmx.net", "212.227.%d.%d" % (n, rng.randint(18, 29)))
        mr = "mrgmx%03d [212.227.17.%d]" % (rng.randint(100, 115), rng.randint(160, 190))
        by = "mail.gmx.net"
        dk = ("gmx.de", "s31663417")
    elif provider == "webde":
        out = ("mout.web.de", "217.72.192.%d" % rng.randint(73, 79))
        mr = "mrweb%03d [213.165.67.%d]" % (rng.randint(1, 12), rng.randint(100, 130))
        by = "smtp.web.de"
        dk = ("web.de", "s29768273")
    else:
        out = ("mout.kundenserver.de", "212.227.126.%d" % rng.randint(130, 135))
        mr = "mreue%03d [212.227.15.%d]" % (rng.randint(100, 112), rng.randint(160, 190))
        by = "mrelayeu.kundenserver.de"
        dk = None
    s = _sent(out[0], out[0], out[1], plus(t, 1), _bare(from_), TLS13)
    H = []
    if dk and dkim_sign:
        d, b8 = dkim(rng, dk[0], dk[1], "X-UI-Sender-Class:Message-ID:Date:\r\n\t MIME-Version:Subject:To:References:From:In-Reply-To:Content-Type:\r\n\t cc:content-transfer-encoding:content-type:date:from:message-id:\r\n\t mime-version:reply-to:subject:to",
                     t=epoch(t), x=epoch(t) + 604800, i=_bare(from_), cont="\t ")
        H.append(d)
        s.dkim.append((dk[0], dk[1], b8))
    if provider != "ionos":
        H.append(("X-UI-Sender-Class", "01bb95c1-4bf8-414a-932a-4f6e2808ef9c" if provider == "gmx" else "814a7b36-bfc1-4dae-8640-3722d8ec6cd6"))
    nem = "1%s%s-1%s%s-00%s" % (rng.choice("MN"), ralnum(rng, 5), rng.choice("tu"), ralnum(rng, 9), ralnum(rng, 4))
    H.append(raw("Received", "from [192.168.%d.%d] ([%s]) by %s (%s)\r\n with ESMTPSA (Nemesis) id %s; %s" %
                 (rng.choice([0, 1, 2, 178]), rng.randint(20, 60), client_ip, by, mr, nem, rfcdate(t, "CET", "padc"))))
    H.extend(client_hdrs)
    H.append(raw("X-Provags-ID", "V03:K1:" + _wrap_plain(rb64(rng, 180).replace("=", ""), 73, " ")))
    if provider != "ionos":
        H.append(raw("UI-OutboundReport", "notjunk:1;M01:P0:" + _wrap_plain(rb64(rng, 300).replace("=", ""), 73, " ")))
    s.headers = H
    return s


# ------------------------------------------------------------ SendGrid ----

def sendgrid(rng, t, client_hdrs, from_, dkim_domain, em="em8112", uid=None):
    host = ralnum(rng, 8, LOWER) + ".outbound-mail.sendgrid.net"
    ip = rng.choice(["149.72.%d.%d", "167.89.%d.%d", "159.183.%d.%d"]) % (rng.randint(1, 250), rng.randint(2, 250))
    uid = uid or rng.randint(1000000, 49999999)
    rcpt = "RCPT"
    mf = "bounces+%d-%s-RCPT@%s.%s" % (uid, rhex(rng, 4), em, dkim_domain)
    s = _sent(host, host, ip, plus(t, 2), mf, TLS13_128)
    H = []
    pod = "geopod-ismtpd-%d" % rng.randint(1, 40)
    fid = "filterdrecv-%s-%s" % (rhex(rng, 10), ralnum(rng, 5, LOWER + "0123456789"))
    sgid = ralnum(rng, 22, ALNUM + "-_")
    d, b8 = dkim(rng, dkim_domain, "s1", "content-type:from:mime-version:subject:\r\n\treply-to:x-feedback-id:to:cc:content-type:from:subject:to",
                 cont="\t")
    H.append(d)
    s.dkim.append((dkim_domain, "s1", b8))
    H.append(raw("Received", "by %s with SMTP id %s-1-%s-%s\r\n        %s %s +0000 UTC m=+%d.%09d" %
                 (fid, fid, rhex(rng, 8, True), rng.randint(1, 40),
                  plus(t, 1).strftime("%Y-%m-%d"), plus(t, 1).strftime("%H:%M:%S.") + "%09d" % rng.randint(0, 999999999),
                  rng.randint(10000, 9999999), rng.randint(0, 999999999))))
    H.append(raw("Received", "from %s (unknown)\r\n\tby %s (SG) with HTTP\r\n\tid %s\r\n\t%s" %
                 (rb64(rng, 6).replace("=", "").replace("+", "").replace("/", ""), pod, sgid,
                  rfcdate(t, "UTC", "pad").replace(" +0000", ".%03d +0000 (UTC)" % rng.randint(0, 999)))))
    H.extend(client_hdrs)
    H.append(raw("X-SG-EID", "\r\n " + _wrap_plain("u001." + rb64(rng, 200), 73, " ")))
    H.append(raw("X-SG-ID", "\r\n " + _wrap_plain("u001.SdBcvi+Evd/bQef8eZF3Bt" + rb64(rng, 150), 73, " ")))
    H.append(("X-Entity-ID", "u001." + rb64(rng, 16)[:22]))
    s.headers = H
    s.sg_msgid = "<%s@%s>" % (sgid, pod)
    return s


def sendgrid_fix_rcpt(s, rcpt):
    s.mailfrom = s.mailfrom.replace("RCPT", rcpt.replace("@", "="))


def sg_click(rng, uid=None):
    return "https://u%d.ct.sendgrid.net/ls/click?upn=u001.%s" % (uid or rng.randint(1000000, 49999999), rb64(rng, 90).replace("+", "-").replace("/", "_").replace("=", ""))


# ------------------------------------------------------------- Mailgun ----

def mailgun(rng, t, client_hdrs, from_, mg_domain, region="eu"):
    n = rng.randint(2, 250)
    if region == "eu":
        host = "m%d-%d.eu.mailgun.net" % (rng.choice([32, 33]), n)
        ip = "141.193.%d.%d" % (int(host.split("-")[0][1:]), n)
    else:
        host = "m228-%d.mailgun.net" % n
        ip = "159.135.228.%d" % n
    mf = "bounce+%s.%s-RCPT@%s" % (rhex(rng, 6), rhex(rng, 6), mg_domain)
    s = _sent(host, host, ip, plus(t, 2), mf, TLS12)
    H = []
    d, b8 = dkim(rng, mg_domain, "pic", "Content-Transfer-Encoding: Content-Type: Mime-Version: Subject: Subject: From: From: To: To: Date: Message-Id: Reply-To: Sender: Sender",
                 t=epoch(t), q=True, order="mailgun", cont=" ")
    H.append(d)
    s.dkim.append((mg_domain, "pic", b8))
    H.append(("X-Mailgun-Sid", rb64(rng, 60).replace("=", "") + "="))
    H.append(raw("Received", "from %s (%s [%s]) by\r\n %s with HTTP id %s; %s" %
                 ("worker-%s" % rhex(rng, 6), "ec2-3-%d-%d-%d.eu-central-1.compute.amazonaws.com" % (rng.randint(64, 127), rng.randint(1, 250), rng.randint(1, 250)),
                  "3.%d.%d.%d" % (rng.randint(64, 127), rng.randint(1, 250), rng.randint(1, 250)),
                  "mailgun.net", rhex(rng, 24), rfcdate(t, "UTC", "gmtword"))))
    H.append(("X-Mailgun-Sending-Ip", ip))
    H.extend(client_hdrs)
    s.headers = H
    return s


def mg_msgid(rng, t, mg_domain):
    return "<%s.%s.%d@%s>" % (t.strftime("%Y%m%d%H%M%S"), rhex(rng, 16, True), rng.randint(10000, 99999), mg_domain)


# --------------------------------------------------------------- Brevo ----

def brevo(rng, t, client_hdrs, from_, dkim_domain):
    n = rng.randint(2, 120)
    host = "s%d.sender-sib.com" % n
    ip = "77.32.148.%d" % n
    mf = "bounces-%d-%s@%s" % (rng.randint(10 ** 6, 10 ** 7), "RCPT", "sender-sib.com")
    s = _sent(host, host, ip, plus(t, 2), mf, TLS12)
    H = []
    d, b8 = dkim(rng, dkim_domain, "brevo1", "from:to:subject:list-unsubscribe:list-unsubscribe-post:\r\n\tmime-version:content-type:date:message-id:feedback-id",
                 q=True, cont="\t")
    H.append(d)
    s.dkim.append((dkim_domain, "brevo1", b8))
    d2, b82 = dkim(rng, "sendinblue.com", "mail", "from:to:subject:list-unsubscribe:list-unsubscribe-post:\r\n\tmime-version:content-type:date:message-id:feedback-id",
                   q=True, cont="\t")
    H.append(d2)
    s.dkim.append(("sendinblue.com", "mail", b82))
    H.extend(client_hdrs)
    H.append(("X-Mailin-EID", rb64(rng, 48).replace("=", "%3D")))
    H.append(("X-sib-id", rb64(rng, 60)[:80]))
    H.append(("Feedback-ID", "%s:%d_-1:%d:Sendinblue" % (ip, rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 6, 10 ** 7))))
    s.headers = H
    return s


# ------------------------------------------------------------- Amazon SES -

SES_SEL = {"eu-west-1": "shh3fegwg5fppqsuzphvschd53n6ihuv", "eu-central-1": "e2nx2bqfqlq6ysyzxkvdgzs5l3a33zmw",
           "us-east-1": "uku4taia5b5tsbglxyj6zym32efj7xqv", "eu-west-2": "ihchhvubuqgjsxyuhssfvqohv7z3u4hn"}
SES_NET = {"eu-west-1": ("a7", "54.240.7"), "eu-central-1": ("b224", "69.169.224"),
           "us-east-1": ("a8", "54.240.8"), "eu-west-2": ("a%d" % 0 + "-", "")}


def ses(rng, t, client_hdrs, from_, dkim_domain, region="eu-west-1", mailfrom=None,
        dkim_sel=None):
    n = rng.randint(2, 250)
    if region == "eu-west-2":
        host = "a%d-%d.smtp-out.eu-west-2.amazonses.com" % (rng.choice([11, 12]), n)
        ip = "54.240.%s.%d" % (host.split("-")[0][1:], n)
    elif region == "eu-central-1":
        host = "b224-%d.smtp-out.eu-central-1.amazonses.com" % n
        ip = "69.169.224.%d" % n
    elif region == "us-east-1":
        k = rng.choice([8, 9, 48])
        host = "a%d-%d.smtp-out.amazonses.com" % (k, n)
        ip = "54.240.%d.%d" % (k, n)
    else:
        k = rng.choice([4, 6, 7])
        host = "a%d-%d.smtp-out.eu-west-1.amazonses.com" % (k, n)
        ip = "54.240.%d.%d" % (k, n)
    mid = "%s-%s-%s-%s-%s-%s-000000" % ("010%d019" % (2 if region.startswith("eu") else 0) + rhex(rng, 9), rhex(rng, 8), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 12))
    mf = mailfrom or ("%s@%s.amazonses.com" % (mid, region))
    s = _sent(host, host, ip, plus(t, 1), mf, TLS13_128)
    H = []
    tt = epoch(t)
    sel = dkim_sel or ralnum(rng, 32, LOWER + "234567")
    d, b8 = dkim(rng, dkim_domain, sel, "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date",
                 t=tt, q=True, c="relaxed/simple", cont="\t")
    H.append(d)
    s.dkim.append((dkim_domain, sel, b8))
    d2, b82 = dkim(rng, "amazonses.com", SES_SEL.get(region, SES_SEL["eu-west-1"]),
                   "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID",
                   t=tt, q=True, c="relaxed/simple", cont="\t")
    H.append(d2)
    s.dkim.append(("amazonses.com", SES_SEL.get(region, SES_SEL["eu-west-1"]), b82))
    H.extend(client_hdrs)
    H.append(("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, rb64(rng, 33).replace("=", "")[:43] + "=")))
    H.append(("X-SES-Outgoing", "%s-%s" % (t.strftime("%Y.%m.%d"), ip)))
    s.headers = H
    s.ses_msgid = "<%s@%s.amazonses.com>" % (mid, region)
    return s


# ----------------------------------------------------------- Mailchimp ----

def mailchimp(rng, t, client_hdrs, from_, dkim_domain, us="us21"):
    c, dd = rng.randint(130, 230), rng.randint(2, 250)
    pod = "suw%d" % rng.randint(11, 91)
    host = "mail%d-%d.%s.mcsv.net" % (c, dd, pod)
    ip = "198.2.%d.%d" % (c, dd)
    uid = rhex(rng, 25)
    mf = "bounce-mc.%s_%d.%d-RCPT@%s" % (us, rng.randint(10 ** 7, 10 ** 8), rng.randint(10 ** 6, 10 ** 7), host)
    s = _sent(host, host, ip, plus(t, 3), mf, TLS12)
    H = []
    d, b8 = dkim(rng, dkim_domain, "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:\r\n\t List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:\r\n\t From:Subject:Message-ID",
                 t=epoch(t), cont="\t ")
    H.append(d)
    s.dkim.append((dkim_domain, "k2", b8))
    d2, b82 = dkim(rng, "mcsv.net", "k3", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:\r\n\t List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC:Date:\r\n\t From:Subject:Message-ID",
                   t=epoch(t), cont="\t ")
    H.append(d2)
    s.dkim.append(("mcsv.net", "k3", b82))
    H.append(raw("Received", "from localhost (localhost [127.0.0.1])\r\n\tby %s (Mailchimp) with ESMTP id %s\r\n\tfor <RCPT>; %s" %
                 (host, postfix_qid(rng), rfcdate(t, "UTC", "plain"))))
    H.extend(client_hdrs)
    s.headers = H
    s.mc = dict(host=host, uid=uid, us=us)
    return s


def fix_rcpt(s, rcpt):
    """Replace RCPT placeholders (VERP style envelope senders, 'for <>')."""
    s.mailfrom = s.mailfrom.replace("RCPT", rcpt.replace("@", "="))
    new = []
    for n, v in s.headers:
        if v and "RCPT" in v:
            v = v.replace("for <RCPT>", "for <%s>" % rcpt).replace("RCPT", rcpt)
        new.append((n, v))
    s.headers = new


# ------------------------------------------------------------- Mimecast ---

def mimecast_m365(rng, t, ten, client_out_sent, n=None):
    """Wrap an M365 outbound Sent (from infra.m365_send) with Mimecast
    outbound relay hops. Returns a new Sent."""
    n = n or rng.randint(101, 199)
    host = "eu-smtp-delivery-%d.mimecast.com" % n
    ip = "185.58.%d.%d" % (rng.choice([85, 86]), n)
    s = _sent(host, host, ip, plus(client_out_sent.t_out, 2), client_out_sent.mailfrom, TLS12)
    uid = ralnum(rng, 22, ALNUM + "-_")
    H = []
    d, b8 = dkim(rng, ten.domain, "mimecast20240215", "from:from:reply-to:subject:subject:date:date:message-id:message-id:\r\n\t to:to:cc:mime-version:mime-version:content-type:content-type:\r\n\t in-reply-to:in-reply-to:references:references",
                 t=epoch(t), cont="\t ")
    H.append(d)
    s.dkim.append((ten.domain, "mimecast20240215", b8))
    H.append(raw("Received", "from %s\r\n (%s [%s]) by\r\n relay.mimecast.com with ESMTP with both STARTTLS and AUTH (version=TLSv1.3,\r\n cipher=TLS_AES_256_GCM_SHA384) id uk-mta-%d-%s-1; %s" %
                 (client_out_sent.helo, client_out_sent.rdns, client_out_sent.ip, rng.randint(10, 390), uid, rfcdate(plus(client_out_sent.t_out, 1), "UTC", "pad"))))
    H.append(("X-MC-Unique", uid + "-1"))
    H.append(("X-Mimecast-MFC-AGG-ID", "%s_%d" % (uid, epoch(t))))
    # drop the M365 DKIM (Mimecast re-signs) but keep the rest
    H.extend([h for h in client_out_sent.headers if h[0] != "__RAW__DKIM"])
    s.headers = H
    s.arc = None
    return s


# -------------------------------------------------------------- Yandex ----

def yandex(rng, t, client_hdrs, from_, domain, selector="mail"):
    n = rng.choice(["101a", "102b", "500a", "501b", "502d", "103a"])
    host = "forward%s.mail.yandex.net" % n
    ip = "178.154.239.%d" % stable_octet(host, 72, 220)
    s = _sent(host, host, ip, plus(t, 2), _bare(from_), TLS13)
    dc = rng.choice(["vla", "sas", "iva", "myt", "klg"])
    num = rng.randint(10, 99)
    inner = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (num, dc)
    H = []
    H.append(raw("Received", "from %s (%s [IPv6:2a02:6b8:c%s:%s:0:640:%s:0])\r\n\tby %s (Yandex) with ESMTPS id %s;\r\n\t%s" %
                 (inner, inner, rhex(rng, 2), rhex(rng, 4), rhex(rng, 4), host, ralnum(rng, 10, "0123456789ABCDEF"), rfcdate(plus(t, 1), "MSK", "plainc"))))
    H.append(raw("Received", "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\r\n\t%s" %
                 (inner, ralnum(rng, 10), ralnum(rng, 8), rfcdate(t, "MSK", "plain"))))
    H.append(("X-Yandex-Fwd", "1"))
    d, b8 = dkim(rng, domain, selector, "Subject:To:From:Date:Message-ID;", t=epoch(t), cont="\t")
    H.append(d)
    s.dkim.append((domain, selector, b8))
    H.append(("Authentication-Results", "%s; dkim=pass header.i=@%s" % (inner, domain)))
    H.extend(client_hdrs)
    s.headers = H
    return s


# ------------------------------------------------------------- Mail.ru ----

def mailru(rng, t, client_hdrs, from_):
    n = rng.randint(30, 60)
    host = "smtp%d.i.mail.ru" % n
    ip = "95.163.41.%d" % (40 + n)
    s = _sent(host, host, ip, plus(t, 1), _bare(from_), TLS13)
    H = []
    d, b8 = dkim(rng, "mail.ru", "mail4", "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:From:Sender:\r\n\tReply-To:To:Cc:Content-Type:Content-Transfer-Encoding:Content-ID:\r\n\tContent-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc\r\n\t:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:\r\n\tList-Subscribe:List-Post:List-Owner:List-Archive:X-Cloud-Ids:\r\n\tDisposition-Notification-To", q=False, cont="\t")
    H.append(d)
    s.dkim.append(("mail.ru", "mail4", b8))
    H.append(raw("Received", "by %s with esmtpa (envelope-from <%s>)\r\n\tid 1%s-00000000%s-%s; %s" %
                 (host, _bare(from_), ralnum(rng, 6), ralnum(rng, 3, "0123456789ABCDEF"), ralnum(rng, 4), rfcdate(t, "MSK", "plain"))))
    H.extend(client_hdrs)
    H.append(("X-Mailru-Src", "smtp"))
    H.append(("X-7564579A", "646B95376F6C166E"))
    H.append(("X-77F55803", "4F1203BC0FB41BD9" + rhex(rng, 48, True)))
    H.append(("X-7FA49CB5", "FF5795518A3D127A4AD6D5ED66289B5278DA827A17800CE7" + rhex(rng, 40, True)))
    H.append(("X-Mailru-Sender", rhex(rng, 64, True)))
    H.append(("X-Mras", "Ok"))
    s.headers = H
    return s


# --------------------------------------------------------------- Aruba ----

def aruba(rng, t, client_hdrs, from_, client_ip, dkim_domain=None):
    n = rng.randint(15100, 15300)
    host = "smtpcmd%d.aruba.it" % n
    ip = "62.149.156.%d" % (n % 200 + 20)
    s = _sent(host, host, ip, plus(t, 1), _bare(from_), TLS12)
    H = []
    if dkim_domain:
        d, b8 = dkim(rng, dkim_domain, "a1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t=epoch(t), cont="\t")
        H.append(d)
        s.dkim.append((dkim_domain, "a1", b8))
    H.append(raw("Received", "from %s ([%s])\r\n\tby Aruba Outgoing Smtp  with ESMTPSA\r\n\tid %s; %s" %
                 (rng.choice(["PC-UFFICIO", "DESKTOP-" + ralnum(rng, 7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "NB-ACQUISTI"]),
                  client_ip, ralnum(rng, 14), rfcdate(t, "CET", "plain"))))
    H.extend(client_hdrs)
    H.append(("X-CMAE-Envelope", "MS4xfG" + rb64(rng, 150).replace("=", "")[:190]))
    s.headers = H
    return s


# ------------------------------------------------------------- home.pl ----

def homepl(rng, t, client_hdrs, from_, server="cloudserver094117.home.pl", ip="79.96.170.117",
           client_ip=None, dkim_domain=None):
    s = _sent(server, server, ip, plus(t, 2), _bare(from_), TLS12)
    H = []
    if dkim_domain:
        d, b8 = dkim(rng, dkim_domain, "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", t=epoch(t), cont="\t")
        H.append(d)
        s.dkim.append((dkim_domain, "default", b8))
    H.append(raw("Received", "from localhost (127.0.0.1) (HELO v370.home.net.pl)\r\n by /%s (IdeaSmtpServer 5.4.0)\r\n id %s; %s" %
                 (ip, rhex(rng, 16), rfcdate(plus(t, 1), "CET", "plain"))))
    H.append(raw("Received", "from [192.168.%d.%d] (%s [%s])\r\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))\r\n\t(No client certificate requested)\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s" %
                 (rng.randint(0, 2), rng.randint(20, 90), "user-%s.cable.dynamic.inea.pl" % client_ip.replace(".", "-"), client_ip,
                  server, postfix_short_qid(rng), rfcdate(t, "CET", "postfix"))))
    H.extend(client_hdrs)
    H.append(("X-CLIENT-IP", client_ip))
    H.append(("X-CLIENT-HOSTNAME", "user-%s.cable.dynamic.inea.pl" % client_ip.replace(".", "-")))
    H.append(("X-VADE-SPAMSTATE", "clean"))
    H.append(("X-VADE-SPAMCAUSE", "gggruggvucftvghtrhhoucdtuddrgeeftddrudeigedgudefhecutefuodetggdotefrodftvfcurfhrohhfihhlvgemucfjqffogffrnfdpggftiffpkfenuceurghilhhouhhtmecuudehtddmnecunecujfgurhepkfffgggfuffvfhfhjggtgfesth"))
    H.append(("X-DCC--Metrics", "v370.home.net.pl 1024; Body=%d Fuz1=%d Fuz2=%d" % (rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 9))))
    s.headers = H
    return s


# ----------------------------------------------------------------- OVH ----

def ovh(rng, t, client_hdrs, from_, client_ip):
    n = rng.randint(500, 560)
    host = "mo%d.mail-out.ovh.net" % n
    ip = "178.32.%d.%d" % ([96, 97, 98, 125, 127][stable_octet(host, 0, 4)], stable_octet(host + "x", 10, 250))
    s = _sent(host, host, ip, plus(t, 2), _bare(from_), TLS13)
    H = []
    dr = "director%d.ghost.mail-out.ovh.net" % rng.randint(1, 11)
    sub = "ghost-submission-%s-%s" % (rhex(rng, 10), ralnum(rng, 5, LOWER + "0123456789"))
    H.append(raw("Received", "from %s (unknown [10.108.%d.%d])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <RCPT>; %s" %
                 (dr, rng.randint(1, 30), rng.randint(2, 250), host, postfix_qid(rng), rfcdate(plus(t, 1), "UTC", "postfix"))))
    H.append(raw("Received", "from %s (unknown [10.110.%d.%d])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <RCPT>; %s" %
                 (sub, rng.randint(1, 200), rng.randint(2, 250), dr, postfix_qid(rng), rfcdate(plus(t, 1), "UTC", "postfix"))))
    H.append(raw("Received", "from %s.mail-out.ovh.net ([%s])\r\n\tby %s with ESMTPSA\r\n\tid %s\r\n\t(envelope-from <%s>); %s" %
                 (sub.split("-")[2] if False else "ex2", client_ip, sub, guid(rng), _bare(from_), rfcdate(t, "UTC", "plain").replace(" +0000", " +0000"))))
    H.append(raw("Authentication-Results", "garm.ovh; auth=pass (GARM-%dR%03d%s, %s) smtp.auth=%s" %
                 (rng.randint(95, 105), rng.randint(1, 999), rhex(rng, 6, True), guid(rng), _bare(from_))))
    H.append(("X-OVh-ClientIp", client_ip))
    H.extend(client_hdrs)
    H.append(("X-Ovh-Tracer-Id", "%d" % rng.randint(10 ** 18, 10 ** 19 - 1)))
    H.append(("X-VR-SPAMSTATE", "OK"))
    H.append(("X-VR-SPAMSCORE", "-100"))
    H.append(("X-VR-SPAMCAUSE", "gggruggvucftvghtrhhoucdtuddrgeeftddrudeigedgfeelucetufdoteggodetrfdotffvucfrrhhofhhilhgvmecuqfggjfdpvefjgfevmfevgfenuceurghilhhouhhtmecuhedttdenucesvcftvggtihhpihgvnhhtshculddquddttddmnecujfgurhepkfffg"))
    s.headers = H
    return s


# ----------------------------------------------------------- own relay ----

def own_postfix(rng, t, client_hdrs, from_, host, ip, dkim_domain=None, selector="default",
                tz="CET", inner=None, amavis=True, mailfrom=None, tls=TLS13):
    """An organisation's (or attacker's) own Postfix server. inner: list of
    extra raw Received headers below the Postfix one (application hops)."""
    s = _sent(host, host, ip, plus(t, 2), mailfrom or _bare(from_), tls)
    H = []
    if dkim_domain:
        d, b8 = dkim(rng, dkim_domain, selector, "From:To:Subject:Date:Message-ID:MIME-Version:\r\n\t Content-Type", t=epoch(t), cont="\t ")
        H.append(d)
        s.dkim.append((dkim_domain, selector, b8))
    if amavis:
        H.append(("X-Virus-Scanned", "amavis at %s" % host.split(".", 1)[1]))
    for r in inner or ():
        H.append(r)
    H.extend(client_hdrs)
    s.headers = H
    return s


def rec_local_app(rng, t, app_host, relay_host, relay_ip_tz="CET", via="ESMTP", app_ip=None):
    """Received line of an application server handing mail to the relay."""
    return raw("Received", "from %s (%s [%s])\r\n\tby %s (Postfix) with %s id %s;\r\n\t%s" %
               (app_host, app_host, app_ip or "10.0.%d.%d" % (rng.randint(1, 20), rng.randint(2, 250)), relay_host, via,
                postfix_short_qid(rng), rfcdate(t, relay_ip_tz, "postfix")))


def rec_submission(rng, t, client_ip, relay_host, user, tz="CET", helo=None):
    return raw("Received", "from %s (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s" %
               (helo or "[192.168.%d.%d]" % (rng.randint(0, 10), rng.randint(10, 200)), "unknown" if not helo else helo, client_ip, user, relay_host,
                postfix_short_qid(rng), rfcdate(t, tz, "postfix")))
