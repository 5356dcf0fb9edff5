"""More sending systems: regional hosters, gateways and SaaS platforms."""
import string

from . import core
from .core import DKIM, rfc_date, hexs, rstr, b64s, uuid4
from .systems import Route, MIME, h, postfix_submit, ses, sendgrid, m365_notification, M365_OUT

M365_OUT.append(("NAM12-DM6-obe.outbound.protection.outlook.com", "mail-dm6nam12on20{n}.outbound.protection.outlook.com", "40.107.243.{n}"))
from .systems import M365_REGIONS
M365_REGIONS["namprd"] = ("NAMPRD{d}.PROD.OUTLOOK.COM", ["BN8PR{d}MB", "DM6PR{d}MB", "SA1PR{d}MB"])


def mimecast_wrap(m, route, rdns_n=None):
    """Put Mimecast (UK) in front of an Exchange Online sender."""
    rng = m.rng
    n = rdns_n or rng.randrange(101, 180)
    host = "uk-smtp-delivery-%d.mimecast.com" % n
    ip = "195.130.217.%d" % n
    uid = rstr(rng, string.ascii_letters + string.digits + "-_", 22) + "-1"
    t = m.t_mx
    m.t_mx = t + core.dt.timedelta(seconds=rng.randint(1, 2))
    rcv = [h("X-MC-Unique", uid),
           h("X-Mimecast-MFC-AGG-ID", "%s_%d" % (uid[:-2], int(t.timestamp()))),
           h("Received", "from %s (%s [%s]) by relay.mimecast.com with ESMTP with\r\n STARTTLS (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n uk-mta-%d-%s; %s"
             % (route.helo, route.rdns, route.ip, rng.randrange(10, 300), uid, rfc_date(t, "UK", "std")))]
    dom = m.sender_email.split("@")[1]
    dk = DKIM(dom, "mimecast20240115", "from:from:reply-to:subject:subject:date:date:message-id:message-id:\r\n\t to:to:cc:mime-version:mime-version:content-type:content-type;",
              c="relaxed/relaxed", t=int(t.timestamp()), order=("v", "a", "c", "d", "s", "t", "h", "bh", "b"))
    inner_fn = route.header_fn
    def headers(f):
        return [dk] + inner_fn(f)
    route.received = rcv + route.received
    route.helo = route.rdns = host
    route.ip = ip
    route.header_fn = headers
    route.dkims = [dk] + route.dkims
    route.system = route.system + " → Mimecast (UK)"
    route.tls = "1.3"
    return route


def home_pl(m, client_ip, client_rdns, mua="outlook", lang="pl"):
    rng = m.rng
    n = rng.randrange(100000, 999999)
    host = "cloudserver%06d.home.pl" % n
    ip = "79.96.%d.%d" % (rng.randrange(160, 190), rng.randrange(2, 250))
    t0 = m.at(0)
    t1 = m.at(rng.randint(1, 2))
    m.t_mx = m.at(rng.randint(2, 4))
    rcv = [h("Received", "from localhost (127.0.0.1) (HELO v370.home.net.pl)\r\n by /usr/run/smtp (/usr/run/postfix/private/idea_relay_lmtp) via UNIX with SMTP (IdeaSmtpServer 5.1.0)\r\n id %s; %s"
             % (hexs(rng, 16), rfc_date(t1, "EU", "std"))),
           h("Received", "from %s (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s"
             % ("[192.168.1.%d]" % rng.randrange(20, 200), client_rdns, client_ip, m.sender_email, host,
                core.postfix_long_qid(rng), rfc_date(t0, "EU", "postfix")))]
    dom = m.sender_email.split("@")[1]
    dk = DKIM(dom, "default", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", c="relaxed/relaxed",
              order=("v", "a", "c", "d", "s", "h", "bh", "b"))
    msgid = "<%s%s$%s$%s$@%s>" % ("0000", hexs(rng, 8), hexs(rng, 8), hexs(rng, 8), dom) if mua == "outlook" else "<%s@%s>" % (uuid4(rng), dom)
    tindex = core.thread_index(rng)
    vade = "gggruggvucftvghtrhhoucdtuddrgeeffedr" + rstr(rng, "abcdefghijklmnopqrstuvwxyz", 120)
    def headers(f):
        out = [dk, h("From", f["from"]), h("To", f["to"])]
        if f.get("cc"):
            out.append(h("Cc", f["cc"]))
        if f.get("references"):
            out.append(h("References", f["references"]))
        if f.get("in_reply_to"):
            out.append(h("In-Reply-To", f["in_reply_to"]))
        out += [h("Subject", f["subject"]), h("Date", rfc_date(t0, "EU", "std")), h("Message-ID", msgid),
                h("MIME-Version", "1.0"), MIME]
        if mua == "outlook":
            out += [h("X-Mailer", "Microsoft Outlook 16.0"), h("Thread-Index", f.get("thread_index") or tindex), h("Content-Language", lang)]
        else:
            out += [h("User-Agent", "Mozilla Thunderbird")]
        out += [h("X-CLIENT-IP", client_ip), h("X-CLIENT-HOSTNAME", client_rdns),
                h("X-VADE-SPAMSTATE", "clean"), h("X-VADE-SPAMCAUSE", core.fold_hard("", vade, 76, " ")),
                h("X-DCC--Metrics", "v370.home.net.pl 1024; Body=%d Fuz1=%d Fuz2=%d" % (rng.randrange(2, 6), rng.randrange(2, 6), rng.randrange(2, 6)))]
        return out
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=m.sender_email, header_fn=headers, msgid=msgid,
                 system="home.pl hosting (%s)" % host, hdr_charset="windows-1250" if mua == "outlook" else "UTF-8",
                 hdr_enc="Q", dkims=[dk], tls="1.3")


def aruba(m, client_ip, mua="outlook", env_from=None, mailer=None, system=None):
    rng = m.rng
    n = rng.randrange(1, 250)
    host = "smtpcmd%04d.aruba.it" % rng.randrange(1000, 1999)
    ip = "62.149.156.%d" % n
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 3))
    rcv = [h("Received", "from [%s] ([%s])\r\n\tby Aruba Outgoing Smtp  with ESMTPSA\r\n\tid %s; %s"
             % (client_ip, client_ip, rstr(rng, string.ascii_letters + string.digits, 15), rfc_date(t0, "EU", "std")))]
    dom = (env_from or m.sender_email).split("@")[1]
    dk = DKIM(dom, "a1", "Date:From:To:Subject:MIME-Version:Content-Type", c="relaxed/relaxed", t=int(t0.timestamp()),
              order=("v", "a", "c", "d", "s", "t", "h", "bh", "b"))
    msgid = "<%s@%s>" % (rstr(rng, string.ascii_letters + string.digits, 32), dom)
    def headers(f):
        out = [dk, h("From", f["from"]), h("To", f["to"])]
        if f.get("reply_to"):
            out.append(h("Reply-To", f["reply_to"]))
        out += [h("Subject", f["subject"]), h("Date", rfc_date(t0, "EU", "std")), h("Message-ID", msgid),
                h("MIME-Version", "1.0"), MIME]
        if mailer:
            out.append(h("X-Mailer", mailer))
        out += [h("X-CMAE-Envelope", "MS4xfH" + b64s(rng, 120)[:150])]
        return out
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=env_from or m.sender_email, header_fn=headers,
                 msgid=msgid, system=system or "Aruba.it hosted mailbox", hdr_charset="utf-8", hdr_enc="B", dkims=[dk], tls="1.2")


def ovh(m, client_ip, mua="thunderbird", lang="pl"):
    rng = m.rng
    n = rng.randrange(500, 600)
    host = "mo%d.mail-out.ovh.net" % n
    ip = "46.105.%d.%d" % (rng.randrange(40, 80), rng.randrange(2, 250))
    player = "player%d.ha.ovh.net" % rng.randrange(100, 999)
    t0 = m.at(0)
    t1 = m.at(rng.randint(1, 2))
    m.t_mx = m.at(rng.randint(2, 4))
    rcv = [h("Received", "from %s (unknown [10.110.%d.%d])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
             % (player, rng.randrange(1, 250), rng.randrange(1, 250), host, core.postfix_long_qid(rng), m.rcpt_for,
                rfc_date(t1, "EU", "postfix"))),
           h("Received", "from %s (unknown [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s"
             % (m.sender_email.split("@")[1], client_ip, m.sender_email, player, core.postfix_long_qid(rng), rfc_date(t0, "EU", "postfix")))]
    dom = m.sender_email.split("@")[1]
    dk = DKIM(dom, "ovhmo%d-selector1" % rng.randrange(1000000, 9999999), "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
              c="relaxed/relaxed", order=("v", "a", "c", "d", "s", "h", "bh", "b"))
    msgid = "<%s@%s>" % (uuid4(rng), dom)
    def headers(f):
        out = [dk, h("Message-ID", msgid), h("Date", rfc_date(t0, "EU", "std")), h("MIME-Version", "1.0"),
               h("User-Agent", "Mozilla Thunderbird"), h("Content-Language", lang), h("To", f["to"])]
        if f.get("cc"):
            out.append(h("Cc", f["cc"]))
        out += [h("From", f["from"]), h("Subject", f["subject"]), MIME,
                h("X-Ovh-Tracer-Id", "%d" % rng.randrange(10 ** 18, 10 ** 19)),
                h("X-VR-SPAMSTATE", "OK"), h("X-VR-SPAMSCORE", "0"),
                h("X-VR-SPAMCAUSE", "gggruggvucftvghtrhhoucdtuddrgeeffedr" + rstr(rng, "abcdefghijklmnopqrstuvwxyz", 60))]
        return out
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=m.sender_email, header_fn=headers, msgid=msgid,
                 system="OVHcloud Web Hosting mail", hdr_charset="UTF-8", hdr_enc="Q", dkims=[dk], tls="1.3",
                 mixed_subject=True)


def libero(m, client_ip):
    rng = m.rng
    n = rng.randrange(10, 40)
    host = "smtp-%d-i2.italiaonline.it" % n
    ip = "213.209.12.%d" % n
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 3))
    rcv = [h("Received", "from libero.it ([%s])\r\n\tby smtp-%d.iol.local with ESMTPA\r\n\tid %s; %s"
             % (client_ip, rng.randrange(10, 40), rstr(rng, string.ascii_letters + string.digits, 16), rfc_date(t0, "EU", "std")))]
    dk = DKIM("libero.it", "s2021", "from:from:to:subject:mime-version:date:message-id:content-type",
              c="relaxed/relaxed", t=int(t0.timestamp()), order=("v", "a", "c", "d", "s", "t", "bh", "h", "b"))
    msgid = "<%d.%d.%d@libero.it>" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 6, 10 ** 7), int(t0.timestamp() * 1000))
    def headers(f):
        return [dk, h("X-IOL-AUTH", "1"), h("Date", rfc_date(t0, "EU", "std")), h("From", f["from"]), h("To", f["to"]),
                h("Message-ID", msgid), h("Subject", f["subject"]), h("MIME-Version", "1.0"), MIME,
                h("X-Priority", "3"), h("Importance", "Normal"), h("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev66"),
                h("X-Originating-Client", "open-xchange-appsuite"),
                h("X-CNFS-Analysis", "v=2.4 cv=%s c=1 sm=1 tr=0 ts=%s" % (b64s(rng, 9)[:12], hexs(rng, 8)))]
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=m.sender_email, header_fn=headers, msgid=msgid,
                 system="Libero Mail (Italiaonline, Open-Xchange webmail)", hdr_charset="UTF-8", hdr_enc="B", dkims=[dk], tls="1.2")


def nazwa(m, client_ip, mua="outlook", lang="pl", system=None):
    rng = m.rng
    n = rng.randrange(1000000, 9999999)
    host = "server%d.nazwa.pl" % n
    ip = "46.242.%d.%d" % (rng.randrange(128, 255), rng.randrange(2, 250))
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 3))
    rcv = [h("Received", "from [192.168.0.%d] (user-%s.play-internet.pl [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s"
             % (rng.randrange(10, 200), client_ip.replace(".", "-"), client_ip, host, core.postfix_long_qid(rng),
                m.rcpt_for, rfc_date(t0, "EU", "postfix")))]
    dom = m.sender_email.split("@")[1]
    dk = DKIM(dom, "nazwa", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", c="relaxed/relaxed",
              order=("v", "a", "c", "d", "s", "h", "bh", "b"))
    msgid = "<%s%s$%s$%s$@%s>" % ("0000", hexs(rng, 8), hexs(rng, 8), hexs(rng, 8), dom)
    tindex = core.thread_index(rng)
    def headers(f):
        out = [dk, h("From", f["from"]), h("To", f["to"])]
        if f.get("cc"):
            out.append(h("Cc", f["cc"]))
        out += [h("Subject", f["subject"]), h("Date", rfc_date(t0, "EU", "std")), h("Message-ID", msgid),
                h("MIME-Version", "1.0"), MIME, h("X-Mailer", "Microsoft Outlook 16.0"),
                h("Thread-Index", tindex), h("Content-Language", lang)]
        return out
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=m.sender_email, header_fn=headers, msgid=msgid,
                 system=system or "nazwa.pl hosting", hdr_charset="windows-1250", hdr_enc="Q", dkims=[dk], tls="1.3")


def privateemail(m, client_ip, mua="thunderbird", lang="de-DE"):
    rng = m.rng
    n = rng.choice([1, 2, 3, 5, 6, 7])
    host = "MTA-0%d-3.privateemail.com" % n
    ip = "198.54.127.%d" % rng.randrange(40, 120)
    mta = "mta-0%d.privateemail.com" % n
    t0 = m.at(0)
    t1 = m.at(rng.randint(1, 2))
    m.t_mx = m.at(rng.randint(2, 4))
    rcv = [h("Received", "from mta-0%d.privateemail.com (localhost [127.0.0.1])\r\n\tby mta-0%d.privateemail.com (Postfix) with ESMTP id %s;\r\n\t%s"
             % (n, n, core.postfix_long_qid(rng), rfc_date(t1, "ET", "paren"))),
           h("Received", "from [192.168.1.%d] (unknown [%s])\r\n\tby mta-0%d.privateemail.com (Postfix) with ESMTPA;\r\n\t%s"
             % (rng.randrange(10, 200), client_ip, n, rfc_date(t0, "ET", "paren")))]
    dom = m.sender_email.split("@")[1]
    dk = DKIM(dom, "default", "Date:From:To:Subject:From",
              c="relaxed/relaxed", t=int(t0.timestamp()), order=("v", "a", "c", "d", "s", "t", "bh", "h", "b"))
    msgid = "<%s@%s>" % (uuid4(rng), dom)
    def headers(f):
        out = [dk, h("Message-ID", msgid), h("Date", rfc_date(t0, m.zone, "std")), h("MIME-Version", "1.0"),
               h("User-Agent", "Mozilla Thunderbird"), h("Content-Language", lang), h("To", f["to"])]
        if f.get("cc"):
            out.append(h("Cc", f["cc"]))
        out += [h("From", f["from"]), h("Subject", f["subject"]), MIME, h("X-Virus-Scanned", "ClamAV using ClamSMTP")]
        return out
    return Route(received=rcv, helo=host, rdns=host.lower(), ip=ip, env_from=m.sender_email, header_fn=headers,
                 msgid=msgid, system="Namecheap Private Email", hdr_charset="UTF-8", hdr_enc="Q", dkims=[dk], tls="1.2",
                 mixed_subject=True)


def zimbra(m, server, server_ip, client_ip, lang="es"):
    rng = m.rng
    t0 = m.at(0)
    t1 = m.at(1)
    t2 = m.at(rng.randint(2, 3))
    m.t_mx = m.at(rng.randint(3, 5))
    rcv = [h("Received", "from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s"
             % (server, core.postfix_short_qid(rng), rfc_date(t2, "EU", "postfix"))),
           h("X-Virus-Scanned", "amavis at %s" % server),
           h("Received", "from %s ([127.0.0.1])\r\n\tby localhost (%s [127.0.0.1]) (amavis, port 10026)\r\n\twith ESMTP id %s; %s"
             % (server, server, rstr(rng, string.ascii_letters + string.digits, 12), rfc_date(t1, "EU", "postfix"))),
           h("Received", "from %s (%s [10.0.0.5])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s"
             % (server, server, server, core.postfix_short_qid(rng), rfc_date(t0, "EU", "postfix")))]
    dom = m.sender_email.split("@")[1]
    dk = DKIM(dom, "7A3C9E2A-4B1D-11EE-9F1C-5C1F3B7E2A10", "Date:From:To:Message-ID:MIME-Version",
              c="relaxed/relaxed", order=("v", "a", "c", "d", "s", "t", "h", "bh", "b"), t=int(t0.timestamp()))
    msgid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 6, 10 ** 7), int(t0.timestamp() * 1000), dom)
    def headers(f):
        out = [dk, h("Date", rfc_date(t0, "EU", "paren")), h("From", f["from"]), h("To", f["to"])]
        if f.get("cc"):
            out.append(h("Cc", f["cc"]))
        out += [h("Message-ID", msgid)]
        if f.get("in_reply_to"):
            out.append(h("In-Reply-To", f["in_reply_to"]))
        out += [h("Subject", f["subject"]), h("MIME-Version", "1.0"), MIME,
                h("X-Originating-IP", "[%s]" % client_ip),
                h("X-Mailer", "Zimbra 10.0.9_GA_4737 (ZimbraWebClient - GC131 (Win)/10.0.9_GA_4737)"),
                h("Thread-Topic", f["thread_topic"]), h("Thread-Index", b64s(rng, 15)[:20])]
        return out
    return Route(received=rcv, helo=server, rdns=server, ip=server_ip, env_from=m.sender_email, header_fn=headers,
                 msgid=msgid, system="own Zimbra 10 server %s" % server, hdr_charset="utf-8", hdr_enc="Q", dkims=[dk], tls="1.3")


def docusign(m, account_name):
    rng = m.rng
    n = rng.randrange(2, 60)
    host = "mailfr.eu.docusign.net"
    ip = "185.81.100.%d" % n
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 3))
    rcv = [h("Received", "from docusign.net (unknown [10.130.%d.%d])\r\n\tby mailfr.eu.docusign.net (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
             % (rng.randrange(1, 250), rng.randrange(1, 250), core.postfix_long_qid(rng), m.rcpt_for, rfc_date(t0, "UTC", "paren")))]
    dk = DKIM("eumail.docusign.net", "s1", "From:To:Subject:Date:Message-ID:Content-Type:MIME-Version:Reply-To",
              c="relaxed/relaxed", order=("v", "a", "c", "d", "s", "h", "bh", "b"))
    msgid = "<%s@fr-prod-mail-%02d.docusign.net>" % (hexs(rng, 32), rng.randrange(1, 30))
    env = "bounces+%s@eumail.docusign.net" % hexs(rng, 16)
    def headers(f):
        return [dk, h("X-API-Host", "eu.docusign.net"),
                h("Reply-To", f["reply_to"]), h("From", f["from"]), h("To", f["to"]), h("Message-ID", msgid),
                h("Date", rfc_date(t0, "UTC", "std")), h("Subject", f["subject"]), h("MIME-Version", "1.0"), MIME,
                h("X-Mailer", "DocuSign Envelope Notification Service")]
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=env, header_fn=headers, msgid=msgid,
                 system="DocuSign (EU)", hdr_charset="utf-8", hdr_enc="Q", dkims=[dk], tls="1.2")


def paypal(m):
    rng = m.rng
    n = rng.choice([226, 227, 228, 229])
    host = "mx%d.slc.paypal.com" % (n - 225)
    ip = "173.0.84.%d" % n
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 3))
    rcv = [h("Received", "from ccg01mail%02d.ccg01.paypalcorp.com (unknown [10.216.%d.%d])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
             % (rng.randrange(1, 20), rng.randrange(1, 250), rng.randrange(1, 250), host, core.postfix_long_qid(rng), m.rcpt_for,
                rfc_date(t0, "PT", "paren")))]
    dk = DKIM("paypal.co.uk", "pp-dkim1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", c="relaxed/relaxed",
              t=int(t0.timestamp()), order=("v", "a", "c", "d", "s", "t", "h", "bh", "b"))
    msgid = "<%s.%s@mx%d.slc.paypal.com>" % (hexs(rng, 12), hexs(rng, 10), n - 225)
    env = "service@paypal.co.uk"
    corr = hexs(rng, 13)
    def headers(f):
        return [dk, h("Date", rfc_date(t0, "PT", "std")),
                h("Message-ID", msgid), h("X-PP-REQUESTED-TIME", "%d" % int(t0.timestamp() * 1000)),
                h("X-PP-Email-transmission-Id", uuid4(rng)), h("PP-Correlation-Id", corr),
                h("Subject", f["subject"]), h("X-MaxCode-Template", "PPX001048"), h("To", f["to"]),
                h("From", f["from"]), h("X-Email-Type-Id", "PPC001048"), h("MIME-Version", "1.0"), MIME]
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=env, header_fn=headers, msgid=msgid,
                 system="PayPal transactional mail (slc)", hdr_charset="UTF-8", hdr_enc="Q", dkims=[dk], tls="1.2")


def kontur(m, from_domain):
    rng = m.rng
    n = rng.randrange(2, 60)
    host = "smtp-out%d.kontur.ru" % rng.randrange(1, 4)
    ip = "46.17.203.%d" % n
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 3))
    rcv = [h("Received", "from notify-sender-%d.kontur.host (unknown [10.34.%d.%d])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
             % (rng.randrange(1, 9), rng.randrange(1, 250), rng.randrange(1, 250), host, core.postfix_long_qid(rng), m.rcpt_for,
                rfc_date(t0, "MSK", "paren")))]
    dk = DKIM(from_domain, "dkim", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", c="relaxed/relaxed",
              order=("v", "a", "c", "d", "s", "h", "bh", "b"))
    msgid = "<%s@%s>" % (uuid4(rng), from_domain)
    def headers(f):
        return [dk, h("MIME-Version", "1.0"), h("From", f["from"]), h("To", f["to"]), h("Date", rfc_date(t0, "MSK", "std")),
                h("Subject", f["subject"]), h("Message-ID", msgid), MIME,
                h("List-Unsubscribe", "<https://%s/Notifications/Unsubscribe?t=%s>" % (
                    "diadoc.kontur.ru" if "diadoc" in from_domain else "extern.kontur.ru", hexs(rng, 24)))]
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from="noreply-bounce@" + from_domain, header_fn=headers,
                 msgid=msgid, system="SKB Kontur notification service", hdr_charset="utf-8", hdr_enc="B", dkims=[dk], tls="1.3")


def vps_postfix(m, host, ip, client_ip=None, tz="UTC", mailer=None, dkim_sel=None, system=None, rdns=None,
                hdr_charset="UTF-8", hdr_enc="B", msgid=None, order="script"):
    """Attacker-run Postfix on a rented VPS (script submission)."""
    rng = m.rng
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 2))
    rcv = [h("Received", "from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPA id %s\r\n\tfor <%s>; %s"
             % (host, core.postfix_long_qid(rng), m.rcpt_for, rfc_date(t0, tz, "postfix")))]
    if client_ip:
        rcv = [h("Received", "from [%s] (unknown [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s"
                 % (client_ip, client_ip, host, core.postfix_long_qid(rng), m.rcpt_for, rfc_date(t0, tz, "postfix")))]
    dom = m.sender_email.split("@")[1]
    dk = DKIM(dom, dkim_sel, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", c="relaxed/simple",
              order=("v", "a", "c", "d", "s", "h", "bh", "b")) if dkim_sel else None
    mid = msgid or "<%s@%s>" % (hexs(rng, 24), dom)
    def headers(f):
        out = [dk] if dk else []
        out += [h("MIME-Version", "1.0"), h("Date", rfc_date(t0, tz if tz != "UTC" else m.zone, "std")), h("From", f["from"]),
                h("To", f["to"])]
        if f.get("reply_to"):
            out.append(h("Reply-To", f["reply_to"]))
        out += [h("Subject", f["subject"]), h("Message-ID", mid)]
        if mailer:
            out.append(h("X-Mailer", mailer))
        out.append(MIME)
        return out
    return Route(received=rcv, helo=host, rdns=rdns if rdns is not None else host, ip=ip, env_from=m.sender_email,
                 header_fn=headers, msgid=mid, system=system or "attacker VPS Postfix %s" % host,
                 hdr_charset=hdr_charset, hdr_enc=hdr_enc, dkims=[dk] if dk else [], tls="1.3")


def saas(m, host, ip, from_domain, selector, env_from, system, inner="10.{a}.{b}.{c}", extra=None, zone="UTC",
         msgid_domain=None):
    """A SaaS platform's own notification MTA (one internal hop, platform DKIM)."""
    rng = m.rng
    t0 = m.at(0)
    m.t_mx = m.at(rng.randint(1, 3))
    rcv = [h("Received", "from notifications-%d.internal (unknown [%s])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
             % (rng.randrange(1, 40), inner.format(a=rng.randrange(1, 250), b=rng.randrange(1, 250), c=rng.randrange(1, 250)),
                host, core.postfix_long_qid(rng), m.rcpt_for, rfc_date(t0, zone, "paren")))]
    dk = DKIM(from_domain, selector, "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Reply-To",
              c="relaxed/relaxed", t=int(t0.timestamp()), order=("v", "a", "c", "d", "s", "t", "h", "bh", "b"))
    msgid = "<%s@%s>" % (uuid4(rng), msgid_domain or from_domain)
    def headers(f):
        out = [dk, h("Date", rfc_date(t0, "UTC", "std")), h("From", f["from"])]
        if f.get("reply_to"):
            out.append(h("Reply-To", f["reply_to"]))
        out += [h("To", f["to"]), h("Message-ID", msgid), h("Subject", f["subject"]), h("MIME-Version", "1.0"), MIME]
        for x in extra or []:
            out.append(x)
        return out
    return Route(received=rcv, helo=host, rdns=host, ip=ip, env_from=env_from, header_fn=headers, msgid=msgid,
                 system=system, hdr_charset="utf-8", hdr_enc="Q", dkims=[dk], tls="1.3")
