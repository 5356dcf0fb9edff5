"""Bulk e-mail service providers (ESPs)."""
import base64

from . import ids, timez, mailers
from .infra_core import Infra, TLS13, TLS12, _mid, _bounce_addr, _style


def sendgrid(em_domain, uid=None, zone="UTC", extra_ua=None, label="SendGrid (bulk ESP)"):
    def f(ctx):
        r = ctx.r
        u = uid or r.randint(10000000, 49999999)
        host = ids.pick(r, "abcdefghijklmnopqrstuvwxyz", 8) + ".outbound-mail.sendgrid.net"
        ip = "149.72.%d.%d" % (r.randint(100, 250), r.randint(2, 250))
        pod = r.randint(1, 40)
        sgid = ids.pick(r, ids.ALNUM + "-_", 22)
        t1 = _mid(ctx, 0.3)
        t2 = _mid(ctx, 0.6)
        frec = "filterdrecv-%s-%s" % (ids.hexs(r, 10), ids.pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 5))
        hops = [
            "by %s with SMTP id %s-1-%s-%s\n        %s.%s +0000 UTC m=+%d.%s" % (
                frec, frec, ids.hexs(r, 8, True), ids.hexs(r, 2, True),
                t2.strftime("%Y-%m-%d %H:%M:%S"), ids.digits(r, 9, False), r.randint(100000, 9999999), ids.digits(r, 9, False)),
            "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\t%s.%s +0000 (UTC)" % (
                base64.b64encode(str(u).encode()).decode().rstrip("="), pod, sgid,
                timez.rfc(t1, "UTC")[:-6], ids.digits(r, 3, False)),
        ]
        msgid = "<%s@geopod-ismtpd-%d>" % (sgid, pod)

        def bg(n, st):
            return ids.hexs(r, 64)
        eid = "u001." + ids.pick(r, ids.ALNUM + "+/", 120) + "=="
        st = mailers.Style(msgid, mailers._counter_bgen(bg), lambda c: ([("X-Mailer", extra_ua)] if extra_ua else []), hcs=("UTF-8", "B"))
        extra = [("X-SG-EID", eid), ("X-Entity-ID", "u001." + ids.pick(r, ids.ALNUM + "+/", 22) + "==")]
        rp = "bounces+%d-%s-%s@%s" % (u, ids.hexs(r, 4), _bounce_addr(ctx.rcpt), em_domain)
        return Infra(host, host, ip, tls=TLS12, hops=hops, zone=zone, style=st,
                     return_path=rp, extra=extra, label=label)
    return f


def sendgrid_click(r, uid, real_url):
    token = "u001." + ids.pick(r, ids.ALNUM + "-_", 96)
    return "https://u%d.ct.sendgrid.net/ls/click?upn=%s" % (uid, token)


def mailgun(domain, zone="UTC", label="Mailgun (bulk ESP)", ua=None):
    def f(ctx):
        r = ctx.r
        a, b = r.choice([(228, 4), (228, 8), (246, 21), (251, 17)])
        host = "m%d-%d.mailgun.net" % (a, b)
        ip = "159.135.%d.%d" % (a, b)
        t1 = _mid(ctx, 0.5)
        hops = ["by %s with HTTP id %s; %s" % (ids.hexs(r, 12), ids.hexs(r, 24), timez.rfc_gmt_word(t1))]
        ts = timez.local(ctx.t_sent, "UTC").strftime("%Y%m%d%H%M%S")
        msgid = "<%s.%s@%s>" % (ts, ids.hexs(r, 16), domain)

        def bg(n, st):
            return ids.hexs(r, 32)
        sid = base64.b64encode(('["%s", "%s", "%s"]' % (ids.hexs(r, 6), ctx.rcpt, ids.hexs(r, 6))).encode()).decode()
        hdr = [("X-Mailgun-Sid", sid), ("X-Mailgun-Sending-Ip", ip)]
        if ua:
            hdr.append(("X-Mailer", ua))
        st = mailers.Style(msgid, mailers._counter_bgen(bg), lambda c: [], hcs=("utf-8", "B"))
        rp = "bounce+%s.%s-%s@%s" % (ids.hexs(r, 6), ids.hexs(r, 6), _bounce_addr(ctx.rcpt), domain)
        return Infra(host, host, ip, tls=TLS12, hops=hops, zone=zone, style=st,
                     return_path=rp, extra=hdr, label=label)
    return f


def ses(region="eu-west-1", zone="UTC", label="Amazon SES (bulk ESP)", mailer=None, domain=None):
    def f(ctx):
        r = ctx.r
        n, m = r.choice([(7, 18), (4, 40), (7, 23), (4, 52)])
        host = "a%d-%d.smtp-out.%s.amazonses.com" % (n, m, region)
        ip = "54.240.%d.%d" % (n, m)
        sid = "0102%s-%s-000000" % (ids.hexs(r, 12), ids.uuid4(r))
        msgid = "<%s@%s.amazonses.com>" % (sid, region)
        if mailer:
            st = _style(r, mailer, domain or ctx.sender.split("@")[1], host, ctx, "en-US")
            msgid = st.msgid
        else:
            st = mailers.Style(msgid, mailers._counter_bgen(lambda a, b: "----=_Part_%d_%s.%d" % (
                r.randint(100000, 999999), ids.digits(r, 9), timez.unix(ctx.t_sent) * 1000 + r.randint(0, 999))), hcs=("UTF-8", "B"))
        day = timez.local(ctx.t_sent, "UTC").strftime("%Y.%m.%d")
        extra = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, ids.pick(r, ids.ALNUM + "+/", 43))),
                 ("X-SES-Outgoing", "%s-%s" % (day, ip))]
        return Infra(host, host, ip, tls=TLS12, hops=[], zone=zone, style=st,
                     return_path="%s@%s.amazonses.com" % (sid, region), extra=extra, label=label)
    return f


def brevo(zone="UTC", label="Brevo (bulk ESP)", list_headers=()):
    def f(ctx):
        r = ctx.r
        ip = "185.41.28.%d" % r.randint(100, 200)
        host = "mta-185-41-28-%s.brevo.com" % ip.split(".")[-1]
        t1 = _mid(ctx, 0.5)
        hops = ["from [127.0.0.1] (localhost [127.0.0.1])\n\tby smtp-relay.brevo.com (Postfix) with ESMTP id %s;\n\t%s" % (
            ids.postfix_qid(r), timez.rfc(t1, "UTC", abbr=True))]
        stamp = timez.local(ctx.t_sent, "UTC").strftime("%Y%m%d%H%M")
        msgid = "<%s.%s@smtp-relay.mailin.fr>" % (stamp, ids.digits(r, 11))
        st = mailers.Style(msgid, mailers._counter_bgen(lambda n, s: ids.hexs(r, 32)), hcs=("UTF-8", "B"))
        extra = [("X-Mailin-EID", ids.pick(r, ids.ALNUM, 40) + "%3D%3D"),
                 ("X-sib-id", ids.pick(r, ids.ALNUM + "-_", 60)),
                 ("X-CSA-Complaints", "csa-complaints@eco.de"),
                 ("Feedback-ID", "%s.%s:%s:Brevo" % (r.randint(1, 90), r.randint(1000000, 9999999), ids.digits(r, 7)))] + list(list_headers)
        rp = "bounces-%s-%s@%s.mailin.fr" % (ids.digits(r, 7), ids.hexs(r, 8), "b" + ids.digits(r, 2))
        return Infra(host, host, ip, tls=TLS13, hops=hops, zone=zone, style=st,
                     return_path=rp, extra=extra, label=label)
    return f


def mailchimp(list_u, list_id, zone="UTC", label="Mailchimp (newsletter ESP)", list_name="", unsub_domain="us21.list-manage.com"):
    def f(ctx):
        r = ctx.r
        n = r.choice([188, 192, 214, 230])
        host = "mail%d.suw%d.mcsv.net" % (n, r.choice([11, 21, 31]))
        ip = "198.2.%d.%d" % (n, r.randint(2, 250))
        t1 = _mid(ctx, 0.5)
        hops = ["from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            host, ids.postfix_qid(r), ctx.rcpt, timez.rfc(t1, "UTC", abbr=True))]
        cid = ids.hexs(r, 10)
        msgid = "<%s.%s@%s>" % (ids.hexs(r, 32), ids.digits(r, 8), host)
        eid = ids.hexs(r, 10)
        unsub = "https://%s/unsubscribe?u=%s&id=%s&e=%s&c=%s" % (unsub_domain, list_u, list_id, eid, cid)
        mailto = "mailto:unsubscribe-mc.us21_%s.%s-%s@%s" % (list_u, cid, eid, host)
        hdr = [
            ("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (cid, ids.hexs(r, 10))),
            ("X-Campaign", "mailchimp%s.%s" % (list_u, cid)),
            ("X-campaignid", "mailchimp%s.%s" % (list_u, cid)),
            ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (list_u, cid, eid)),
            ("X-MC-User", list_u),
            ("Feedback-ID", "%s:%s.%s:us21:mc" % (ids.digits(r, 8), ids.digits(r, 8), ids.digits(r, 7))),
            ("List-ID", "%s mailing list <%s.%s.list-id.mcsv.net>" % (list_name or list_u, list_u, ids.digits(r, 7))),
            ("X-Accounttype", "pr"),
            ("List-Unsubscribe", "<%s>, <%s>" % (mailto, unsub)),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ]
        st = mailers.Style(msgid, mailers._counter_bgen(lambda a, b: "_----------=_MCPart_%s" % ids.digits(r, 10)), hcs=("utf-8", "Q"))
        rp = "bounce-mc.us21_%s.%s-%s@%s" % (list_u, cid, _bounce_addr(ctx.rcpt), host)
        inf = Infra(host, host, ip, tls=TLS12, hops=hops, zone=zone, style=st,
                    return_path=rp, extra=hdr, label=label)
        inf.unsub = unsub
        return inf
    return f
