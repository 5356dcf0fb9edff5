"""More sending systems: hosted mail (IONOS, Strato, home.pl, Aruba, OVH, GMX, Zoho,
Yahoo, Yandex 360, Mail.ru), Hornetsecurity-relayed Exchange, internal appliances and
direct-to-MX senders."""
from . import util
from .message import CT
from .transport import (top, dkim, qid, _set_env, _opt, client_origin, fmt_date, secs, epoch, MX, mx01,
                        auth_results)

STYLE = {"thunderbird": ("thunderbird", "uuid"), "roundcube": ("roundcube", "hex32"), "outlook16": ("outlook16", "outlook16"),
         "phpmailer": ("phpmailer", "phpmailer"), "python": ("python", "python"), "java": ("java", "java"),
         "dotnet": ("dotnet", "dotnet"), "apple": ("apple", "UUID"), "thebat": ("thebat", "thebat"),
         "yandex": ("yandex", "yandex"), "mailru": ("mailru", "mailru"), "zoho": ("zoho", "zoho"),
         "yahoo": ("yahoo", "yahoo"), "gmx": ("gmx", "gmx"), "1c": ("python", "1c"), "outlook16-old": ("outlook16", "outlook16")}


def init_client(m, client, domain):
    st, kind = STYLE[client]
    m.style = st
    if kind == "thebat":
        m.msgid = "<%d.%s@%s>" % (m.rng.randint(100000000, 1999999999), m.rng.digits(8), domain)
    elif kind == "1c":
        m.msgid = "<%s@%s>" % (m.rng.uuid(), domain)
    else:
        m.msgid = m.new_msgid(kind, domain=domain)


def origin(m, client, f, zone="CET", extra=None, org=None, lang="de-DE", ua=None, priority=None):
    r = m.rng
    hs = []
    if client == "thebat":
        hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
        hs.append(("From", f.a(f.frm)))
        _opt(hs, "Organization", util.hdr_text(org, f.hcs, f.henc, f.hlabel) if org else None)
        hs.append(("Message-ID", m.msgid))
        hs.append(("To", f.a(f.to)))
        _opt(hs, "CC", f.a(f.cc) if f.cc else None)
        _opt(hs, "In-Reply-To", f.in_reply_to)
        _opt(hs, "References", f.refs())
        hs.append(("Subject", f.subj(mixed=False)))
        hs.append(("X-Mailer", ua or "The Bat! (v11.0.4) Professional"))
        hs.append(("MIME-Version", "1.0"))
        if extra:
            hs += extra
        hs.append(CT)
        return hs
    if client == "yandex":
        hs.append(("From", f.a(f.frm)))
        hs.append(("To", f.a(f.to)))
        _opt(hs, "Cc", f.a(f.cc) if f.cc else None)
        _opt(hs, "In-Reply-To", f.in_reply_to)
        _opt(hs, "References", f.refs())
        hs.append(("Subject", util.hdr_text(f.subject, "utf-8", "B", "utf-8")))
        hs.append(("MIME-Version", "1.0"))
        hs.append(("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"))
        hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
        hs.append(("Message-Id", m.msgid))
        if extra:
            hs += extra
        hs.append(CT)
        return hs
    if client == "mailru":
        hs.append(("From", f.a(f.frm)))
        hs.append(("To", f.a(f.to)))
        _opt(hs, "Cc", f.a(f.cc) if f.cc else None)
        hs.append(("Subject", util.hdr_text(f.subject, "utf-8", "B", "UTF-8")))
        hs.append(("MIME-Version", "1.0"))
        hs.append(("X-Mailer", "Mail.Ru Mailer 1.0"))
        hs.append(("X-SenderField-Remind", "0"))
        hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
        _opt(hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        hs.append(("X-Priority", "3 (Normal)"))
        hs.append(("Message-ID", m.msgid))
        _opt(hs, "In-Reply-To", f.in_reply_to)
        _opt(hs, "References", f.refs())
        if extra:
            hs += extra
        hs.append(CT)
        return hs
    if client == "zoho":
        hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
        hs.append(("From", f.a(f.frm)))
        _opt(hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        hs.append(("To", f.a(f.to)))
        _opt(hs, "Cc", f.a(f.cc) if f.cc else None)
        hs.append(("Message-Id", m.msgid))
        _opt(hs, "In-Reply-To", f.in_reply_to)
        _opt(hs, "References", f.refs())
        hs.append(("Subject", util.hdr_text(f.subject, "utf-8", "Q", "UTF-8")))
        hs.append(("MIME-Version", "1.0"))
        hs.append(CT)
        hs.append(("Importance", "Medium"))
        hs.append(("User-Agent", "Zoho Mail"))
        hs.append(("X-Mailer", "Zoho Mail"))
        if extra:
            hs += extra
        return hs
    if client == "yahoo":
        hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
        hs.append(("From", f.a(f.frm)))
        _opt(hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        hs.append(("To", f.a(f.to)))
        hs.append(("Message-ID", m.msgid))
        hs.append(("Subject", util.hdr_text(f.subject, "utf-8", "Q", "UTF-8")))
        hs.append(("MIME-Version", "1.0"))
        hs.append(CT)
        hs.append(("References", "<%s.%d@mail.yahoo.com>" % (m.msgid.strip("<>").split(".")[0], r.randint(100000, 999999))))
        hs.append(("X-Mailer", "WebService/1.1.24652 YMailNorrin"))
        if extra:
            hs += extra
        return hs
    if client == "gmx":
        hs.append(("MIME-Version", "1.0"))
        hs.append(("Message-ID", m.msgid))
        hs.append(("From", f.a(f.frm)))
        hs.append(("To", f.a(f.to)))
        hs.append(("Subject", util.hdr_text(f.subject, "utf-8", "Q", "UTF-8")))
        hs.append(CT)
        hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
        hs.append(("Importance", "normal"))
        hs.append(("Sensitivity", "Normal"))
        hs.append(("X-Priority", "3"))
        hs.append(("X-Provags-ID", "V03:K1:" + r.b64(120)[:160]))
        hs.append(("UI-OutboundReport", "notjunk:1;M01:P0:" + r.b64(30)[:40] + ";" + r.b64(200)[:260]))
        if extra:
            hs += extra
        return hs
    if client == "1c":
        hs.append(("MIME-Version", "1.0"))
        hs.append(("Date", fmt_date(m.sent, zone, "rfc")))
        hs.append(("From", f.a(f.frm)))
        hs.append(("To", f.a(f.to)))
        hs.append(("Subject", util.hdr_text(f.subject, f.scs, f.senc, f.slabel)))
        hs.append(("X-Mailer", "1C:Enterprise 8.3"))
        hs.append(("Message-ID", m.msgid))
        if extra:
            hs += extra
        hs.append(CT)
        return hs
    return client_origin(m, client, f, zone, extra, org, lang, ua)


class Hosted:
    """A mailbox at a hosting provider; subclasses add the provider's relay chain."""

    def __init__(self, m, domain, client="outlook16", msgid_domain=None):
        self.m, self.domain, self.client = m, domain, client
        init_client(m, client, msgid_domain or domain)

    def base(self, f, rcpt=None, env_from=None, zone="CET", extra=None, org=None, lang="de-DE", ua=None):
        m = self.m
        _set_env(m, f, env_from, rcpt)
        m.origin = origin(m, self.client, f, zone, extra, org, lang, ua)
        m.trailer = []
        m.dkim = []


class Ionos(Hosted):
    def finish(self, f, client_ip, rcpt=None, zone="CET", lang="de-DE", extra=None, dmarc=("pass", "none"), org=None, ua=None):
        m = self.m
        r = m.rng
        self.base(f, rcpt, None, zone, extra, org, lang, ua)
        n = r.choice([187, 130, 135, 126, 133])
        dk = dkim(m, self.domain, "s1-ionos", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", canon="relaxed/simple")
        m.trace = top(m, "mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % n, dmarc=dmarc) + [
            dk,
            ("Received", "from [192.168.2.%d] ([%s]) by mrelayeu.kundenserver.de\r\n (mreue1%02d [213.165.67.%d]) with ESMTPSA (Nemesis) id\r\n 1M%s-1t%s-00%s for <%s>; %s" % (
                r.randint(20, 120), client_ip, r.randint(6, 12), r.randint(97, 124), r.alnum(6), r.alnum(8), r.alnum(4), m.rcpt,
                fmt_date(m.sent, zone, "pad"))),
        ]
        m.trailer = [("X-Provags-ID", "V03:K1:" + r.b64(100)[:130]),
                     ("X-Spam-Flag", "NO"),
                     ("UI-OutboundReport", "notjunk:1;M01:P0:" + r.b64(30)[:40] + ";" + r.b64(160)[:210])]
        return m


class Strato(Hosted):
    def finish(self, f, client_ip, rcpt=None, zone="CET", lang="de-DE", extra=None, dmarc=("pass", "none"), ua=None):
        m = self.m
        r = m.rng
        self.base(f, rcpt, None, zone, extra, None, lang, ua)
        bh = util.relaxed_body_hash(m.body_bytes())
        t = epoch(m.sent)
        dk = dkim(m, self.domain, "strato-dkim-0002", "Message-ID:Date:Subject:To:From:Cc:Date:From:Subject:Sender", canon="relaxed/relaxed")
        m.trace = top(m, "mo4-p00-ob.smtp.rzone.de", "mo4-p00-ob.smtp.rzone.de", "81.169.146.161", dmarc=dmarc) + [
            ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\r\n    d=strato.com; s=strato-dkim-0002;\r\n    b=%s" % (t, util.fold_b64("b", r.b64(256), 64, 64, "\r\n    "))),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; t=%d;\r\n    s=strato-dkim-0002; d=strato.com;\r\n    h=Message-ID:Date:Subject:To:From:Cc:Date:From:Subject:Sender;\r\n    bh=%s;\r\n    b=%s" % (
                t, bh, util.fold_b64("b", r.b64(256), 64, 64, "\r\n    "))),
            ("ARC-Authentication-Results", "i=1; strato.com;\r\n    arc=none;\r\n    dkim=none"),
            ("X-RZG-CLASS-ID", "mo00"),
            ("X-RZG-AUTH", '":%s"' % r.b64(48)[:62]),
            dk,
            ("Received", "from [192.168.178.%d]\r\n    by smtp.strato.de (RZmta 51.4.2 AUTH)\r\n    with ESMTPSA id %s\r\n    (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\r\n    (Client did not present a certificate)\r\n    for <%s>;\r\n    %s" % (
                r.randint(20, 60), r.alnum(7).lower() + r.alnum(7), m.rcpt, fmt_date(m.sent, zone, "abbr"))),
        ]
        m.trace[-1] = (m.trace[-1][0], m.trace[-1][1] + "")
        m.client_ip = client_ip
        return m


class HomePl(Hosted):
    def finish(self, f, client_ip, helo, server, server_ip, rcpt=None, zone="CET", lang="pl", extra=None, dmarc=("pass", "none"), ua=None):
        m = self.m
        r = m.rng
        self.base(f, rcpt, None, zone, extra, None, lang, ua)
        dk = dkim(m, self.domain, "dkim", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:In-Reply-To:References", canon="relaxed/relaxed")
        m.trace = top(m, server, server, server_ip, dmarc=dmarc) + [
            dk,
            ("Received", "from %s (%s) (HELO %s)\r\n by %s (%s) with SMTP (IdeaSmtpServer 6.3.2)\r\n via TCP with ESMTPA id %s; %s" % (
                client_ip, client_ip, helo, server, server_ip, r.hex(16), fmt_date(m.sent, zone, "rfc"))),
        ]
        m.trailer = [("X-CLIENT-IP", client_ip),
                     ("X-CLIENT-HOSTNAME", client_ip),
                     ("X-VADE-SPAMSTATE", "clean"),
                     ("X-VADE-SPAMCAUSE", vade(r)),
                     ("X-DCC--Metrics", "v370-%d.home.net.pl 1024; Body=%d Fuz1=%d Fuz2=%d" % (r.randint(1, 9), r.randint(2, 9), r.randint(2, 9), r.randint(2, 9)))]
        return m


def vade(r, n=330):
    al = "abcdefghijklmnopqrstuvwxyz"
    s = "gggruggvucftvghtrhhoucdtuddrgeff" + "".join(r.choice(al) for _ in range(n - 32))
    return util.fold_b64("x", s, 70, 76, "\r\n ")


class Aruba(Hosted):
    def finish(self, f, client_ip, rcpt=None, zone="CET", lang="it-IT", extra=None, dmarc=("pass", "none"), ua=None, org=None):
        m = self.m
        r = m.rng
        self.base(f, rcpt, None, zone, extra, org, lang, ua)
        n = r.randint(1, 2)
        k = r.randint(10, 21)
        host = "smtpdh%d-%d.aruba.it" % (k, n)
        dk = dkim(m, "aruba.it", "a1", "Date:From:To:Subject:MIME-Version:Content-Type", canon="relaxed/relaxed", t=m.sent + secs(1))
        m.trace = top(m, host, host, "62.149.155.%d" % (140 + k), dmarc=dmarc, from_domain=self.domain) + [
            dk,
            ("Received", "from [192.168.1.%d] ([%s])\r\n\tby Aruba Outgoing Smtp  with ESMTPSA\r\n\tid %s; %s" % (
                r.randint(10, 90), client_ip, r.alnum(14), fmt_date(m.sent, zone, "rfc"))),
        ]
        m.trailer = [("X-CMAE-Envelope", util.fold_b64("x", "MS4xfG" + r.b64(190)[:250], 68, 76, "\r\n "))]
        return m


class Ovh(Hosted):
    """PHP mail from an OVH web-hosting cluster (typical for compromised WordPress sites)."""

    def finish(self, f, site, rcpt=None, zone="CET", lang="it-IT", extra=None, dmarc=("none", None), spf="pass", env_from=None):
        m = self.m
        r = m.rng
        self.base(f, rcpt, env_from, zone, extra, None, lang, None)
        mo = r.choice([4, 6, 11, 20])
        moip = {4: "178.32.228.4", 6: "178.32.228.6", 11: "87.98.172.75", 20: "46.105.45.68"}[mo]
        t1, t2 = m.t - secs(1), m.t - secs(2)
        m.trace = top(m, "mo%d.mail-out.ovh.net" % mo, "mo%d.mail-out.ovh.net" % mo, moip, spf=spf, dmarc=dmarc) + [
            ("Received", "from director%d.ghost.mail-out.ovh.net (unknown [10.109.%d.%d])\r\n\tby mo%d.mail-out.ovh.net (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
                r.randint(1, 9), r.randint(100, 250), r.randint(2, 250), mo, qid(r), m.rcpt, fmt_date(t1, "UTC", "postfix"))),
            ("Received", "from cluster0%d.hosting.ovh.net (unknown [10.%d.%d.%d])\r\n\tby director%d.ghost.mail-out.ovh.net (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
                r.randint(10, 31), r.randint(100, 120), r.randint(1, 250), r.randint(1, 250), r.randint(1, 9), qid(r), m.rcpt,
                fmt_date(t2, "UTC", "postfix"))),
        ]
        m.trailer = [("X-Ovh-Tracer-Id", r.digits(19)),
                     ("X-VR-SPAMSTATE", "OK"),
                     ("X-VR-SPAMSCORE", "0"),
                     ("X-VR-SPAMCAUSE", vade(r, 260)),
                     ("X-Ovh-Remote", "%s (%s)" % (site, site))]
        return m


class GMX(Hosted):
    def __init__(self, m, addr_domain="gmx.de"):
        Hosted.__init__(self, m, addr_domain, "gmx")

    def finish(self, f, client_ip, rcpt=None, zone="CET"):
        m = self.m
        r = m.rng
        self.base(f, rcpt, None, zone)
        dk = dkim(m, self.domain, "s31663417", "X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:Content-Type:Date", canon="relaxed/simple",
                  i=m.from_email)
        app = m.msgid.split("@")[1].strip(">")
        m.trace = top(m, "mout.gmx.net", "mout.gmx.net", "212.227.15.%d" % r.choice([15, 18, 19]), dmarc=("pass", "quarantine")) + [
            dk,
            ("X-UI-Sender-Class", "01bb95c1-4bf8-414a-932a-4f6e2808ef9c"),
            ("Received", "from [%s] ([%s]) by web-mail.gmx.net\r\n (%s) (via HTTP); %s" % (client_ip, client_ip, app, fmt_date(m.sent, zone, "rfc"))),
        ]
        return m


class Zoho(Hosted):
    def __init__(self, m, domain):
        Hosted.__init__(self, m, domain, "zoho")

    def finish(self, f, rcpt=None, zone="CET", extra=None, dmarc=("pass", "none")):
        m = self.m
        r = m.rng
        self.base(f, rcpt, None, zone, extra)
        n = r.choice([11, 12, 51, 52])
        t = epoch(m.sent)
        bh = util.relaxed_body_hash(m.body_bytes())
        dk = dkim(m, self.domain, "zmail", "Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:Content-Type:Reply-To", canon="relaxed/relaxed")
        m.trace = top(m, "sender4-op-o%d.zoho.eu" % n, "sender4-op-o%d.zoho.eu" % n, "136.143.169.%d" % n, dmarc=dmarc) + [
            ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none; \r\n\td=zohomail.eu; s=zohoarc; \r\n\tb=%s" % (t, util.fold_b64("b", r.b64(256), 70, 70, "\r\n\t"))),
            ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \r\n\tt=%d; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To; \r\n\tbh=%s; \r\n\tb=%s" % (
                t, bh, util.fold_b64("b", r.b64(256), 70, 70, "\r\n\t"))),
            ("ARC-Authentication-Results", "i=1; mx.zohomail.eu;\r\n\tdkim=pass  header.i=%s;\r\n\tspf=pass  smtp.mailfrom=%s;\r\n\tdmarc=pass header.from=<%s>" % (self.domain, m.env_from, m.from_email)),
            dk,
            ("Received", "from mail.zoho.eu by mx.zoho.eu\r\n\twith SMTP id %d%s; %s" % (t * 1000 + r.randint(0, 999), r.digits(3), fmt_date(m.sent, "UTC", "abbr").replace("(UTC)", "(GMT)"))),
        ]
        return m


class Yahoo(Hosted):
    def __init__(self, m, domain="yahoo.com"):
        Hosted.__init__(self, m, domain, "yahoo")

    def finish(self, f, client_ip, rcpt=None, zone="CET"):
        m = self.m
        r = m.rng
        self.base(f, rcpt, None, zone)
        a, b = r.randint(300, 330), r.randint(10, 40)
        host = "sonic%d-%d.consmr.mail.ir2.yahoo.com" % (a, b)
        dk = dkim(m, "yahoo.com", "s2048", "Date:From:Reply-To:Subject:References:From:Subject:Reply-To", canon="relaxed/relaxed")
        m.trace = top(m, host, host, "77.238.%d.%d" % (r.randint(176, 179), r.randint(2, 250)), dmarc=("pass", "reject")) + [
            dk,
            ("X-SONIC-DKIM-SIGN", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=yahoo.com; s=s2048; t=%d; bh=%s; h=X-Sonic-MF:Date:From:Subject:From; b=%s" % (
                epoch(m.sent), util.relaxed_body_hash(m.body_bytes()), util.fold_b64("b", r.b64(256), 40, 76, "\r\n "))),
            ("X-YMail-OSG", util.fold_b64("x", r.b64(400, urlsafe=True), 60, 76, "\r\n ")),
            ("X-Sonic-MF", "<%s>" % m.from_email),
            ("X-Sonic-ID", r.uuid()),
            ("Received", "from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, fmt_date(m.sent, "UTC", "rfc"))),
        ]
        m.client_ip = client_ip
        return m


class Yandex(Hosted):
    def finish(self, f, client_ip, rcpt=None, zone="MSK", extra=None, dmarc=("pass", "none"), org=None, ua=None, via_smtp=False):
        m = self.m
        r = m.rng
        self.base(f, rcpt, None, zone, extra, org, "ru-RU", ua)
        n = r.randint(100, 520)
        fw = "forward%d%s.mail.yandex.net" % (n, r.choice("ab"))
        fip = "178.154.239.%d" % r.randint(70, 250)
        nw = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.randint(10, 90), r.choice(["iva", "vla", "sas", "klg"]))
        v6 = "2a02:6b8:c%02x:%x:0:%x:%x:0" % (r.randint(0, 40), r.randint(0x100, 0xfff), r.randint(0x100, 0xfff), r.randint(0x10, 0xff))
        dk = dkim(m, self.domain, "mail", "From:To:Subject:Date:Message-ID", canon="relaxed/relaxed")
        sub = "from %s (unknown [%s])" % ("[192.168.0.%d]" % r.randint(10, 99) if via_smtp else "mail.yandex.ru", client_ip)
        m.trace = top(m, fw, fw, fip, dmarc=dmarc) + [
            ("Received", "from %s (%s [%s])\r\n\tby %s (Yandex) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
                nw, nw, v6, fw, r.alnum(11), m.rcpt, fmt_date(m.t - secs(1), "MSK", "rfc"))),
            ("Received", "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\r\n\t%s" % (
                nw, r.alnum(8), r.alnum(8), fmt_date(m.sent + secs(1), "MSK", "rfc"))),
            ("X-Yandex-Fwd", "1"),
            dk,
            ("Received", "%s\r\n\tby %s with HTTP;\r\n\t%s" % (sub, nw, fmt_date(m.sent, "MSK", "rfc"))),
        ]
        return m


class MailRu(Hosted):
    def finish(self, f, client_ip, rcpt=None, zone="MSK", extra=None, dmarc=("pass", "none"), org=None, ua=None, lang="ru-RU"):
        m = self.m
        r = m.rng
        self.base(f, rcpt, None, zone, extra, org, lang, ua)
        n = r.randint(20, 60)
        host = "smtp%d.i.mail.ru" % n
        dk = dkim(m, self.domain, "mailru", "From:Subject:Content-Type:Message-ID:Date:To", canon="relaxed/relaxed")
        m.trace = top(m, host, host, "95.163.41.%d" % (40 + n), dmarc=dmarc) + [
            dk,
            ("Received", "by %s with esmtpa (envelope-from <%s>)\r\n\tid 1v%s-%s-%s; %s" % (
                host, m.env_from, r.alnum(4), r.alnum(11), r.alnum(2), fmt_date(m.sent + secs(1), "MSK", "rfc"))),
        ]
        m.trailer = [("X-7564579A", "646B95376F6C166E"),
                     ("X-77F55803", "4F1203BC0FB41BD9" + r.hex(40, True)),
                     ("X-7FA49CB5", "FF5795518A3D127A4AD6D5ED66289B5278DA827A17800CE7" + r.hex(24, True)),
                     ("X-Mailru-Src", "smtp"),
                     ("X-Mras", "Ok"),
                     ("X-Originating-IP", "[%s]" % client_ip)]
        return m


class HornetExchange:
    """Customer on-prem Exchange 2019 relayed through Hornetsecurity."""

    def __init__(self, m, domain, mbx="KLEX02", hub="KLEX01", intdomain="klinikum.local", lang="de-DE"):
        self.m, self.domain, self.mbx, self.hub, self.intdomain, self.lang = m, domain, mbx, hub, intdomain, lang
        m.style = "exchange"
        m.msgid = m.new_msgid("exchange", host="%s.%s" % (mbx, intdomain))

    def finish(self, f, gw_ip, client_ip, rcpt=None, zone="CET", extra=None, dmarc=("pass", "reject")):
        from .transport import Exchange
        m = self.m
        r = m.rng
        _set_env(m, f, None, rcpt)
        ex = Exchange.__new__(Exchange)
        ex.m, ex.mbx, ex.lang, ex.hub = m, self.mbx, self.lang, self.hub
        ex.HOSTS = {self.mbx: "10.1.2.12", self.hub: "10.1.2.11"}
        Exchange.finish(ex, f, client_ip, extra=extra, zone=zone)
        m.origin = [h for h in m.origin if h[0] != "x-ms-exchange-transport-fromentityheader"]
        relay_n = r.randint(20, 99)
        relay = "mx-relay%d-hz%d.antispameurope.com" % (relay_n, r.randint(1, 3))
        rip = "94.100.%d.%d" % (r.randint(128, 143), r.randint(2, 250))
        t1 = m.t - secs(2)
        dk = dkim(m, self.domain, "hse1", "Content-Type:MIME-Version:Message-ID:Date:Subject:From:To", canon="relaxed/relaxed", t=t1)
        hub_ip, mbx_ip = "10.1.2.11", "10.1.2.12"
        fe = "fe80::%x:%x:%x:%x" % tuple(r.randint(0x100, 0xffff) for _ in range(4))
        m.trace = top(m, relay, relay, rip, dmarc=dmarc) + [
            ("X-cloud-security-sender", m.env_from),
            ("X-cloud-security-recipient", m.rcpt),
            ("X-cloud-security-crypt", "load encryption module"),
            ("X-cloud-security-Virusscan", "CLEAN"),
            ("X-cloud-security-disclaimer", "This E-Mail was scanned by E-Mailservice on %s with %s" % (relay.split(".")[0], r.alnum(16))),
            ("X-cloud-security-connect", "mail.%s[%s], TLS=1, IP=%s" % (self.domain, gw_ip, gw_ip)),
            ("X-cloud-security-Digest", r.hex(32)),
            ("X-cloud-security", "scantime:%d.%03d" % (r.randint(0, 2), r.randint(0, 999))),
            dk,
            ("Received", "from mail.%s ([%s]) by %s (Halon) with ESMTPS\r\n\tid %s; %s" % (self.domain, gw_ip, relay, r.uuid(), fmt_date(t1, zone, "rfc"))),
            ("Received", "from %s.%s (%s) by %s.%s\r\n (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.36; %s" % (
                self.mbx, self.intdomain, mbx_ip, self.hub, self.intdomain, hub_ip, fmt_date(m.sent + secs(1), zone, "rfc"))),
            ("Received", "from %s.%s ([%s]) by\r\n %s.%s ([%s%%12]) with mapi id 15.02.1748.036;\r\n %s" % (
                self.mbx, self.intdomain, fe, self.mbx, self.intdomain, fe, fmt_date(m.sent, zone, "rfc"))),
        ]
        return m


class Direct:
    """Message delivered straight to mx01 by the sending host (botnet, appliance, mass mailer)."""

    def __init__(self, m, style="python", msgid_kind=None, msgid_domain=None):
        self.m = m
        m.style = style
        if msgid_kind:
            m.msgid = m.new_msgid(msgid_kind, domain=msgid_domain)

    def finish(self, f, origin, helo, rdns, ip, rcpt=None, env_from=None, spf="none", dmarc=("none", None),
               proto="ESMTP", from_domain=None, inner=None):
        m = self.m
        _set_env(m, f, env_from, rcpt)
        m.origin = origin
        m.trailer = []
        m.trace = top(m, helo, rdns, ip, spf=spf, dmarc=dmarc, proto=proto, from_domain=from_domain) + (inner or [])
        return m


class Internal:
    """Internal appliance (e.g. the 3CX phone system) submitting to mail-int01."""

    def __init__(self, m, style="python", msgid_kind=None, msgid_domain=None):
        self.m = m
        m.style = style
        if msgid_kind:
            m.msgid = m.new_msgid(msgid_kind, domain=msgid_domain)

    def finish(self, f, origin, host, ip, rcpt=None, env_from=None, zone="CET"):
        m = self.m
        r = m.rng
        _set_env(m, f, env_from, rcpt)
        m.origin = origin
        m.trailer = []
        m.trace = [("Return-Path", "<%s>" % m.env_from),
                   mx01(m, "mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"),
                   ("Received", "from %s (%s [%s])\r\n\tby mail-int01.example.com (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
                       host, host, ip, qid(r), m.rcpt, fmt_date(m.t - secs(1), zone, "postfix")))]
        return m
