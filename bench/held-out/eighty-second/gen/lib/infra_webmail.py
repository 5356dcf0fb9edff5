"""Consumer and hosted webmail providers."""
from . import ids, timez, mailers
from .infra_core import Infra, TLS13, _mid, _style


def gmx(domain="gmx.de", zone="CET", label=None):
    def f(ctx):
        r = ctx.r
        t1 = _mid(ctx, 0.3)
        node = "3c-app-%s-bap%02d" % ("gmx" if "gmx" in domain else "webde", r.randint(10, 70))
        ts = "%d" % (timez.unix(ctx.t_sent) * 1000 + r.randint(0, 999))
        msgid = "<trinity-%s-%s@%s>" % (ids.uuid4(r), ts, node)
        mout = ("mout.gmx.net", "212.227.17.%d" % r.choice([20, 21, 22])) if "gmx" in domain else ("mout.web.de", "212.227.15.%d" % r.choice([3, 4, 14]))
        uip = "%d.%d.%d.%d" % (r.choice([91, 93, 176, 178, 79]), r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
        hops = ["from [%s] ([%s]) by %s\n (%s.server.lan [172.19.170.%d]) (via HTTP); %s" % (
            uip, uip, "web-mail.gmx.net" if "gmx" in domain else "web-mail.web.de", node,
            r.randint(2, 250), timez.rfc(t1, "CET"))]
        hdr = [("Importance", "normal"), ("Sensitivity", "Normal"),
               ("X-Priority", "3"),
               ("X-Provags-ID", "V03:K1:" + ids.pick(r, ids.ALNUM + "+/", 120)),
               ("X-UI-Message-Type", "mail")]
        st = mailers.Style(msgid, mailers._counter_bgen(lambda a, b: "abmob-%s" % ids.uuid4(r)), lambda c: hdr, hcs=("UTF-8", "Q"))
        return Infra(mout[0], mout[0], mout[1], tls=TLS13, hops=hops, zone=zone, style=st,
                     label=label or ("%s (consumer webmail)" % domain))
    return f


def yandex(zone="MSK", label="Yandex Mail (consumer)", service=False):
    def f(ctx):
        r = ctx.r
        n = r.choice(["101b", "102a", "500a", "501b", "200d"])
        fwd = "forward%s.mail.yandex.net" % n
        ip = "178.154.239.%d" % r.randint(70, 220)
        t1 = _mid(ctx, 0.4)
        t2 = _mid(ctx, 0.7)
        node = "mail-nwsmtp-%s-production-main-%d.%s.yp-c.yandex.net" % ("yaback" if not service else "smtp", r.randint(10, 90), r.choice(["sas", "vla", "myt"]))
        hops = ["from %s (%s [2a02:6b8:c1d:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
                    node, node, ids.hexs(r, 4), ids.hexs(r, 4), fwd, ids.pick(r, ids.ALNUM, 10), ctx.rcpt, timez.rfc(t2, "MSK")),
                "by %s (%s) with HTTP id %s;\n\t%s" % (node, "smtp/Yandex" if service else "mail/Yandex", ids.pick(r, ids.ALNUM, 10) + "-" + ids.pick(r, ids.ALNUM, 8), timez.rfc(t1, "MSK"))]
        msgid = "<%s%s@mail.yandex.ru>" % (ids.digits(r, 6), timez.unix(ctx.t_sent))
        hdr = [] if service else [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]

        def bg(n, st):
            return "----==_mimepart_%s_%s" % (ids.hexs(r, 13), ids.digits(r, 5))
        st = mailers.Style(msgid, mailers._counter_bgen(bg), lambda c: hdr, hcs=("utf-8", "B"))
        return Infra(fwd, fwd, ip, tls=TLS13, hops=hops, zone=zone, style=st, label=label)
    return f


def yandex_smtp(mailer="outlook", zone="MSK", lang="ru-RU", label="Yandex 360 for business (SMTP submission)", client_ip=None):
    """Mail client submitting through smtp.yandex.ru (Yandex 360 domain)."""
    def f(ctx):
        r = ctx.r
        n = r.choice(["101b", "102a", "500a", "501b", "200d"])
        fwd = "forward%s.mail.yandex.net" % n
        ip = "178.154.239.%d" % r.randint(70, 220)
        t1 = _mid(ctx, 0.4)
        t2 = _mid(ctx, 0.7)
        node = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.randint(10, 90), r.choice(["sas", "vla", "myt"]))
        cip = client_ip or "%d.%d.%d.%d" % (r.choice([95, 176, 188, 46, 212]), r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
        hops = ["from %s (%s [2a02:6b8:c1d:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
                    node, node, ids.hexs(r, 4), ids.hexs(r, 4), fwd, ids.pick(r, ids.ALNUM, 10), ctx.rcpt, timez.rfc(t2, "MSK")),
                "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (node, ids.pick(r, ids.ALNUM, 10), ids.pick(r, ids.ALNUM, 8), timez.rfc(t1, "MSK"))]
        extra = [("X-Yandex-Fwd", "1")]
        st = _style(r, mailer, ctx.sender.split("@")[1], node, ctx, lang)
        inf = Infra(fwd, fwd, ip, tls=TLS13, hops=hops, zone=zone, style=st, label=label, extra=extra)
        inf.client_ip = cip
        return inf
    return f


def mailru(zone="MSK", label="Mail.ru (consumer webmail)"):
    def f(ctx):
        r = ctx.r
        n = r.randint(100, 220)
        host = "f%d.i.mail.ru" % n
        smtp = "smtp%d.i.mail.ru" % r.randint(30, 60)
        ip = "94.100.177.%d" % r.randint(90, 120)
        t1 = _mid(ctx, 0.4)
        uip = "%d.%d.%d.%d" % (r.choice([95, 176, 188, 46]), r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
        hops = ["by %s with local (envelope-from <%s>)\n\tid 1t%s-%s-%s; %s" % (
                    host, ctx.mailfrom, ids.pick(r, ids.ALNUM, 4), ids.pick(r, ids.ALNUM, 6), ids.pick(r, ids.ALNUM, 2), timez.rfc(t1, "MSK")),
                "from [%s] by e.mail.ru with HTTP;\n\t%s" % (uip, timez.rfc(t1, "MSK"))]
        msgid = "<%d.%s@%s>" % (timez.unix(ctx.t_sent), ids.digits(r, 9), host)
        hdr = [("X-Mailer", "Mail.Ru Mailer 1.0"),
               ("X-Originating-IP", "[%s]" % uip)]

        def bg(n, st):
            return "--ALT--%s%s" % (ids.hexs(r, 32, True), timez.unix(ctx.t_sent))
        st = mailers.Style(msgid, mailers._counter_bgen(bg), lambda c: hdr, hcs=("UTF-8", "B"))
        return Infra(smtp, smtp, ip, tls=TLS13, hops=hops, zone=zone, style=st, label=label)
    return f


def libero(zone="CET", label="Libero Mail (consumer webmail)"):
    def f(ctx):
        r = ctx.r
        n = r.randint(11, 40)
        host = "smtp-%d-i2.italiaonline.it" % n
        ip = "213.209.12.%d" % n
        t1 = _mid(ctx, 0.5)
        hops = ["from libero.it ([10.101.%d.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
            r.randint(1, 40), r.randint(2, 250), n, ids.pick(r, ids.ALNUM, 14), timez.rfc(t1, "CET"))]
        msgid = "<%s.%s.%d%s@libero.it>" % (ids.digits(r, 9), ids.digits(r, 7), timez.unix(ctx.t_sent), ids.digits(r, 3, False))
        hdr = [("X-Priority", "3"), ("Importance", "Normal"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev78")]

        def bg(n, st):
            return "----=_Part_%d_%s.%d%s" % (r.randint(100000, 999999), ids.digits(r, 9), timez.unix(ctx.t_sent), ids.digits(r, 3, False))
        st = mailers.Style(msgid, mailers._counter_bgen(bg), lambda c: hdr, hcs=("UTF-8", "Q"))
        return Infra(host, host, ip, tls=TLS13, hops=hops, zone=zone, style=st, label=label)
    return f


def wp(zone="CET", label="WP Poczta (consumer webmail)"):
    def f(ctx):
        r = ctx.r
        host, ip = r.choice([("mx4.wp.pl", "212.77.101.12"), ("mx3.wp.pl", "212.77.101.11")])
        t1 = _mid(ctx, 0.5)
        uip = "83.%d.%d.%d" % (r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
        hops = ["from [%s] ([%s])\n\tby poczta.wp.pl (WP-SMTPD) with SMTP\n\tfor <%s>; %s" % (
            uip, uip, ctx.rcpt, timez.rfc(t1, "CET"))]
        msgid = "<%s@wp.pl>" % ids.hexs(r, 32)
        hdr = [("X-WP-MailID", ids.hexs(r, 32)),
               ("X-Mailer", "Poczta Wirtualnej Polski S.A. (WP Poczta)")]
        st = mailers.Style(msgid, mailers._counter_bgen(lambda n, s: "=_%s" % ids.hexs(r, 32)), lambda c: hdr, hcs=("UTF-8", "Q"))
        return Infra(host, host, ip, tls=TLS13, hops=hops, zone=zone, style=st, label=label)
    return f


def onet(zone="CET", label="Onet Poczta (consumer webmail)"):
    def f(ctx):
        r = ctx.r
        n = r.randint(40, 70)
        host = "smtpo%d.poczta.onet.pl" % n
        ip = "213.180.149.%d" % (n + 150)
        t1 = _mid(ctx, 0.5)
        hops = ["from pmq%dv.m5r2.onet (pmq%dv.m5r2.onet [10.174.35.%d])\n\tby smtp.poczta.onet.pl (Onet) with ESMTPA id 4%s\n\tfor <%s>; %s" % (
            n, n, r.randint(2, 250), ids.pick(r, ids.ALNUM, 11), ctx.rcpt, timez.rfc(t1, "CET", abbr=True))]
        msgid = "<%s@poczta.onet.pl>" % ids.hexs(r, 32)
        hdr = [("X-Mailer", "Poczta Onet"), ("X-Onet-PMQ", "<%s>;%d.%d.%d.%d;%s" % (ctx.sender, 5, r.randint(1, 250), r.randint(1, 250), r.randint(2, 250), timez.local(ctx.t_sent, "CET").strftime("%d.%m.%Y %H:%M:%S")))]
        st = mailers.Style(msgid, mailers._counter_bgen(lambda n, s: "===============%s==" % ids.digits(r, 19)), lambda c: hdr, hcs=("UTF-8", "B"))
        return Infra(host, host, ip, tls=TLS13, hops=hops, zone=zone, style=st, label=label)
    return f


def zimbra(host, ip, zone="EET", label="Zimbra webmail", helo=None, rdns=None, client_host=None, ua_host="GC130 (Win)"):
    def f(ctx):
        r = ctx.r
        t1 = _mid(ctx, 0.3)
        t2 = _mid(ctx, 0.6)
        domain = ctx.sender.split("@")[1]
        ms = timez.unix(ctx.t_sent) * 1000 + r.randint(0, 999)
        msgid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (r.randint(100000000, 1999999999), r.randint(1000000, 99999999), ms, domain)
        hops = ["from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s" % (
                    client_host or host, host, ids.postfix_short_qid(r), timez.rfc(t2, zone, abbr=True)),
                "from %s ([%d.%d.%d.%d])\n\tby %s (Zimbra) with HTTP; %s" % (
                    client_host or host, 10, r.randint(1, 250), r.randint(1, 250), r.randint(2, 250),
                    client_host or host, timez.rfc(t1, zone, abbr=True))]
        ti = ids.pick(r, ids.ALNUM + "+/", 28) + "=="

        def hdr(c):
            return [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - %s)" % ua_host),
                    ("Thread-Index", ti), ("Thread-Topic", c.subject_enc)]

        def bg(n, st):
            return "=_%s-%s" % (ids.uuid4(r), ids.hexs(r, 4))
        st = mailers.Style(msgid, mailers._counter_bgen(bg), hdr, hcs=("utf-8", "B"))
        return Infra(helo or host, rdns or host, ip, tls=TLS13, hops=hops, zone=zone, style=st, label=label)
    return f


def zoho(zone="UK", label="Zoho Mail (EU)"):
    def f(ctx):
        r = ctx.r
        n = r.randint(10, 40)
        host = "sender4-op-o%d.zoho.eu" % n
        ip = "136.143.169.%d" % n
        t1 = _mid(ctx, 0.5)
        hops = ["by mx.zoho.eu with SMTPS id %d%s.%s;\n\t%s" % (
            timez.unix(ctx.t_sent), ids.digits(r, 3, False), ids.digits(r, 9), timez.rfc(t1, "UTC"))]
        domain = ctx.sender.split("@")[1]
        msgid = "<%s.%s.%s@%s>" % (ids.hexs(r, 11), ids.hexs(r, 16), ids.digits(r, 18), domain)
        hdr = [("X-Mailer", "Zoho Mail"), ("Importance", "Medium"), ("User-Agent", "Zoho Mail")]

        def bg(n, st):
            return "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(100000000, 999999999), timez.unix(ctx.t_sent) * 1000)
        st = mailers.Style(msgid, mailers._counter_bgen(bg), lambda c: hdr, hcs=("UTF-8", "Q"))
        return Infra(host, host, ip, tls=TLS13, hops=hops, zone=zone, style=st, label=label)
    return f
