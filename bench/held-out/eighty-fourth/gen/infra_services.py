"""Bulk ESPs and large service senders (SendGrid, Mailgun, Brevo, Amazon SES, Mailchimp,
PayPal, DocuSign, GitHub, Google, Microsoft, Yandex): trace headers, IDs, bounce addresses.
Same builder contract as infra.py."""
import util
from util import fmt_date, plus
from infra import pf_qid, b64id, urlsafe, _guid


def yandex_service(c, sender_host="mail-notsolitesrv"):
    t, seed = c["t"], c["seed"]
    r = util.rng("yas", seed)
    fwd = "forward%d%s.mail.yandex.net" % (r.choice([100, 101, 103]), r.choice("abcd"))
    sh = "%s-production-main-%d.iva.yp-c.yandex.net" % (sender_host, r.randrange(10, 90))
    hops = ["from %s (%s [IPv6:2a02:6b8:c0c:%x:0:640:%x:0])\n"
            "\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
                sh, sh, r.randrange(0x1000, 0xffff), r.randrange(0x1000, 0xffff),
                fwd, util.hexid(seed + "yid", 10).upper(), c["rcpt"], fmt_date(plus(t, 1), "MSK", "nopad"))]
    msgid = "<%s@%s>" % (util.hexid(seed + "m", 32), sh)
    return dict(hops=hops, mx=(fwd, fwd, "178.154.239.%d" % r.randrange(200, 216), "TLSv1.3"), msgid=msgid,
                extra=[], order="generic", bstyle="yandex", date_style="nopad", mx_delay=1)


# ------------------------------------------------------------------ ESPs
def sendgrid(c, domain=None, shared=True, ip=None, list_unsub=None):
    t, seed = c["t"], c["seed"]
    r = util.rng("sg", seed)
    sgid = urlsafe(seed + "sg", 22)
    geopod = "geopod-ismtpd-%d" % r.randrange(1, 40)
    fd = "filterdrecv-%s-%s" % (util.hexid(seed + "fd", 10), util.rand_str(seed + "fd2", 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    hops = ["by %s with SMTP id %s-1-%s-%X\n\t%s +0000 UTC m=+%d.%06d" % (
        fd, fd, util.hexid(seed + "fx", 8).upper(), r.randrange(1, 60),
        util.local_dt(plus(t, 1), "UTC").strftime("%Y-%m-%d %H:%M:%S.") + "%09d" % r.randrange(10 ** 9),
        r.randrange(10 ** 5, 10 ** 7), r.randrange(10 ** 6)),
        "from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)" % (
            util.rand_str(seed + "sgh", 8, "abcdefghijklmnopqrstuvwxyz"), geopod, sgid,
            util.local_dt(t, "UTC").strftime("%a, %d %b %Y %H:%M:%S"), r.randrange(1000))]
    if shared:
        name = "%s.outbound-mail.sendgrid.net" % util.rand_str(seed + "sgn", 8, "abcdefghijklmnopqrstuvwxyz")
    else:
        name = "o%d.ptr%d.%s" % (r.randrange(1, 20), r.randrange(1000, 9999), domain)
    sip = ip or "149.72.%d.%d" % (r.randrange(100, 255), r.randrange(1, 255))
    trace = [("X-SG-EID", "\n " + b64id(seed + "eid", 76) + "\n " + b64id(seed + "eid2", 60) + "=="),
             ("X-SG-ID", "\n " + b64id(seed + "sgid", 70) + "="),
             ("X-Entity-ID", "u001." + urlsafe(seed + "ent", 22) + "==")]
    return dict(hops=hops, mx=(name, name, sip, "TLSv1.3"), msgid="<%s@%s>" % (sgid, geopod),
                extra=[], trace=trace, order="esp", bstyle="sendgrid", date_style="pad0", mx_delay=1,
                return_path="<bounces+%d-%s-%s@em%d.%s>" % (
                    r.randrange(10 ** 7, 10 ** 8), util.hexid(seed + "bn", 4), c["rcpt"].replace("@", "="),
                    r.randrange(1000, 9999), domain or c["mail_from"].split("@")[1]))


def mailgun(c, mgdomain, ip=None):
    t, seed = c["t"], c["seed"]
    r = util.rng("mg", seed)
    sip = ip or "159.135.%d.%d" % (r.choice([224, 228, 232]), r.randrange(2, 250))
    name = "m%s-%s.mailgun.net" % (sip.split(".")[2], sip.split(".")[3])
    hops = ["by %s with HTTP id %s; %s" % (util.hexid(seed + "mgh", 12), util.hexid(seed + "mgi", 24),
                                            util.local_dt(t, "UTC").strftime("%a, %d %b %Y %H:%M:%S GMT"))]
    trace = [("X-Mailgun-Sid", "Wy" + b64id(seed + "sid", 62) + "In0="),
             ("X-Mailgun-Sending-Ip", sip),
             ("X-Mailgun-Batch-Id", util.hexid(seed + "bid", 24)),
             ("Sender", "postmaster@" + mgdomain)]
    msgid = "<%s.%s@%s>" % (util.local_dt(t, "UTC").strftime("%Y%m%d%H%M%S"), util.hexid(seed + "mid", 16), mgdomain)
    return dict(hops=hops, mx=(name, name, sip, "TLSv1.3"), msgid=msgid, extra=[], trace=trace,
                order="esp", bstyle="mailgun", date_style="pad0", mx_delay=1,
                return_path="<bounce+%s.%s-%s@%s>" % (util.hexid(seed + "b1", 6), util.hexid(seed + "b2", 6),
                                                      c["rcpt"].replace("@", "="), mgdomain))


def brevo(c, sender_domain, ip=None, list_unsub=True):
    t, seed = c["t"], c["seed"]
    r = util.rng("br", seed)
    sip = ip or "77.32.148.%d" % r.randrange(2, 250)
    name = "ac%s.sendibm%d.com" % (util.hexid(seed + "ac", 4), r.choice([1, 2, 3]))
    hops = ["by smtp-relay.sendinblue.com with ESMTP id %s; %s" % (
        util.hexid(seed + "brh", 20), fmt_date(t, "UTC", "nopad"))]
    fid = "%s:%d_-1:%d:Sendinblue" % (sip, r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 6, 10 ** 7))
    trace = [("X-Mailin-EID", b64id(seed + "eid", 40)), ("Feedback-ID", fid),
             ("X-sib-id", b64id(seed + "sib", 48))]
    msgid = "<%s.%d@smtp-relay.mailin.fr>" % (util.local_dt(t, "UTC").strftime("%Y%m%d%H%M"), r.randrange(10 ** 10, 10 ** 11))
    return dict(hops=hops, mx=(name, name, sip, "TLSv1.3"), msgid=msgid, extra=[], trace=trace,
                order="esp", bstyle="brevo", date_style="pad0", mx_delay=1,
                return_path="<%s@%s>" % ("bounces-" + util.hexid(seed + "rp", 12), "sib." + sender_domain))


def ses(c, region="eu-west-1", feedback_tag=None):
    t, seed = c["t"], c["seed"]
    r = util.rng("ses", seed)
    if region == "eu-west-1":
        sip = "54.240.7.%d" % r.randrange(1, 60)
        name = "a7-%s.smtp-out.eu-west-1.amazonses.com" % sip.split(".")[3]
        pre = "0102"
    else:
        sip = "69.169.224.%d" % r.randrange(1, 60)
        name = "a224-%s.smtp-out.eu-central-1.amazonses.com" % sip.split(".")[3]
        pre = "0107"
    ms = "%s019%s-%s-%s-%s-%s-%s-000000" % (pre, util.hexid(seed + "s1", 9), util.hexid(seed + "s2", 8),
                                            util.hexid(seed + "s3", 4), util.hexid(seed + "s4", 4),
                                            util.hexid(seed + "s5", 4), util.hexid(seed + "s6", 12))
    trace = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, b64id(seed + "fb", 43))),
             ("X-SES-Outgoing", "2026.%s-%s" % (util.local_dt(t, "UTC").strftime("%m.%d"), sip))]
    return dict(hops=[], mx=(name, name, sip, "TLSv1.2"), msgid="<%s@%s.amazonses.com>" % (ms, region),
                extra=[], trace=trace, order="esp", bstyle="go", date_style="pad0", mx_delay=1,
                return_path="<%s@%s.amazonses.com>" % (ms, region))


def mailchimp(c, dc="us21", list_id="a1b2c3", user="8c2f"):
    t, seed = c["t"], c["seed"]
    r = util.rng("mc", seed)
    n = r.randrange(100, 250)
    atl = r.randrange(20, 260)
    name = "mail%d.atl%d.rsgsv.net" % (n, atl)
    ip = "198.2.%d.%d" % (r.randrange(128, 191), n)
    uid = util.hexid(seed + "u", 25)
    cid = util.hexid(seed + "cid", 10)
    trace = [("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (cid, util.hexid(seed + "c2", 10))),
             ("X-Campaign", "mailchimp%s.%s" % (uid, cid)),
             ("X-campaignid", "mailchimp%s.%s" % (uid, cid)),
             ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (uid, cid, util.hexid(seed + "e", 10))),
             ("X-MC-User", uid),
             ("Feedback-ID", "%d:%d.%d:%s:mc" % (r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 5, 10 ** 6), dc))]
    return dict(hops=["from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        name, pf_qid(seed + "mc"), c["rcpt"], fmt_date(t, "UTC", "nopad", True).replace("(UTC)", "(GMT)"))],
        mx=(name, name, ip, "TLSv1.2"),
        msgid="<%s.%s@%s>" % (util.hexid(seed + "m1", 20), util.hexid(seed + "m2", 10), name.replace("rsgsv", "mcsv")),
        extra=[], trace=trace, order="esp", bstyle="go", date_style="pad0", mx_delay=1,
        return_path="<bounce-mc.%s_%s.%s-%s@%s>" % (dc, uid, cid, c["rcpt"].replace("@", "="), name.replace("rsgsv", "mcsv")),
        mc=dict(uid=uid, cid=cid, dc=dc, list_id=list_id))


# ------------------------------------------------------------------ genuine service senders
def paypal(c):
    t, seed = c["t"], c["seed"]
    r = util.rng("pp", seed)
    n = r.randrange(1, 4)
    name = "mx%d.slc.paypal.com" % n
    ip = "173.0.84.%d" % (224 + n)
    cc = "ccg01mail%02d.nw07.slc.paypalcorp.com" % r.randrange(1, 20)
    hops = ["from %s (%s [10.72.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        cc, cc, r.randrange(1, 200), r.randrange(1, 200), name,
        pf_qid(seed + "pp"), c["rcpt"], fmt_date(t, "PT", "nopad", True))]
    msgid = "<%s.%s@paypal.com>" % (util.hexid(seed + "p1", 13), util.hexid(seed + "p2", 8))
    trace = [("X-Email-Type-Id", "PPX000880:" + util.hexid(seed + "et", 12).upper()),
             ("X-XPT-XSL-Name", "invoicing/p2p_invoice_received_rt"),
             ("X-PP-Email-transmission-Id", _guid(seed + "tx")),
             ("PP-Correlation-Id", util.hexid(seed + "corr", 13))]
    return dict(hops=hops, mx=(name, name, ip, "TLSv1.2"), msgid=msgid, extra=[], trace=trace,
                order="esp", bstyle="javamail", date_style="pad0", mx_delay=1,
                return_path="<service@intl.paypal.com>")


def docusign(c):
    t, seed = c["t"], c["seed"]
    r = util.rng("ds", seed)
    n = r.randrange(10, 30)
    name = "mailfr%d.eumail.docusign.net" % n
    ip = "185.81.97.%d" % n
    hops = ["from FR1DFE%02d (unknown [%s])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        r.randrange(1, 9), "10.54.%d.%d" % (r.randrange(1, 250), r.randrange(1, 250)), name, pf_qid(seed + "ds"),
        c["rcpt"], fmt_date(t, "UTC", "nopad", True))]
    msgid = "<%s@docusign.net>" % util.hexid(seed + "dmid", 32)
    trace = [("X-DocuSign-Envelope-Id", _guid(seed + "env").upper()) if False else ("X-API-Host", "docusign.net")]
    return dict(hops=hops, mx=(name, name, ip, "TLSv1.2"), msgid=msgid, extra=[], trace=trace,
                order="esp", bstyle="javamail", date_style="pad0", mx_delay=1,
                return_path="<dse@eumail.docusign.net>")


def github(c):
    t, seed = c["t"], c["seed"]
    r = util.rng("gh", seed)
    n = r.randrange(20, 30)
    name = "out-%d.smtp.github.com" % n
    ip = "192.30.252.%d" % (190 + n)
    hops = ["from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (
        util.hexid(seed + "node", 8), r.randrange(1, 250), r.randrange(1, 250), pf_qid(seed + "gh"), c["rcpt"],
        fmt_date(t, "PT", "nopad", True))]
    msgid = "<%s_%x@lowworker-%s-%s.mail>" % (util.hexid(seed + "g1", 13), r.randrange(10 ** 5, 10 ** 6),
                                              util.hexid(seed + "lw", 10), util.rand_str(seed + "lw2", 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    return dict(hops=hops, mx=(name, name, ip, "TLSv1.3"), msgid=msgid, extra=[],
                trace=[("X-Auto-Response-Suppress", "All")],
                order="esp", bstyle="go", date_style="pad0", mx_delay=1, return_path="<noreply@github.com>")


def google_accounts(c):
    t, seed = c["t"], c["seed"]
    r = util.rng("ga", seed)
    n = r.randrange(65, 73)
    name = "mail-sor-f%d.google.com" % n
    ip = "209.85.220.%d" % n
    hops = ["by %s with SMTP id %s-%sso%d.%d\n        for <%s>\n        (Google Transport Security);\n        %s" % (
        name, r.choice(["d75a77b69052e", "af79cd13be357"]), util.hexid(seed + "s", 12), r.randrange(10 ** 6, 10 ** 7),
        r.randrange(0, 3), c["rcpt"], fmt_date(t, "PT", "nopad", True))]
    trace = [("X-Google-Smtp-Source", "AGHT+I" + b64id(seed + "gss", 62)),
             ("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s" % (
                 r.randrange(0x6000, 0x7fff), r.randrange(0x1000, 0xffff), r.randrange(0x400, 0x4ff),
                 r.randrange(0x1000, 0xffff), r.randrange(0x1000, 0xffff), util.hexid(seed + "xr", 28),
                 fmt_date(t, "PT", "nopad", True)))]
    msgid = "<%s@notifications.google.com>" % urlsafe(seed + "gm", 22)
    return dict(hops=hops, mx=(name, name, ip, "TLSv1.3"), msgid=msgid, extra=[], trace=trace,
                order="gmail", bstyle="gmail", date_style="pad0", mx_delay=1,
                return_path="<%s@gaia.bounces.google.com>" % ("3" + urlsafe(seed + "rp", 30)))


def ms_account(c):
    t, seed = c["t"], c["seed"]
    r = util.rng("msa", seed)
    srv = "BN%dPR%02dMB%d" % (r.randrange(1, 9), r.randrange(10, 20), r.randrange(1000, 9999))
    hops = ["from %s.namprd%02d.prod.outlook.com (2603:10b6:408:%x::%x) by\n\tCH3PR%02dMB%d.namprd%02d.prod.outlook.com with Microsoft SMTP Server\n"
            "\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9124.17;\n\t%s" % (
                srv, r.randrange(10, 20), r.randrange(16, 999), r.randrange(1, 30), r.randrange(10, 20), r.randrange(1000, 9999),
                r.randrange(10, 20), fmt_date(t, "UTC", "nopad"))]
    ip = "40.107.%d.%d" % (r.choice([236, 237, 244]), r.randrange(20, 120))
    name = "mail-%s.outbound.protection.outlook.com" % ("bn8nam12on2%03d" % r.randrange(0, 200))
    msgid = "<%s.%s@%s>" % (util.hexid(seed + "a", 8).upper(), util.hexid(seed + "b", 12).upper(), "BL6PEPF0001AB59.namprd04.prod.outlook.com")
    return dict(hops=hops, mx=("NAM12-BN8-obe.outbound.protection.outlook.com", name, ip, "TLSv1.2"), msgid=msgid,
                extra=[], trace=[("X-MS-Exchange-Organization-AuthSource", "%s.namprd%02d.prod.outlook.com" % (srv, 12))][:0],
                order="esp", bstyle="outlook", date_style="pad0", mx_delay=1,
                return_path="<account-security-noreply@accountprotection.microsoft.com>")
