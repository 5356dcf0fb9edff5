"""Profiles: attacker servers and bulk ESPs."""
import base64

from common import alnum, det_uuid, digits, hexs, localtime, plus, rfcdate  # noqa: F401
from infra_core import (Profile, TLS12, TLS13, TLS13_128, _rcv, filetime_hex, postfix_qid,  # noqa: F401
                        relay_hops, thread_index)


def vps(rng, t, sender, rcpt, helo, rdns, ip, mailer="phpmailer", zone="CET", tls=TLS13, own_hop=True,
        submit_ip=None, rp=None):
    """Bulk/attack mail from a rented VPS or compromised server."""
    p = Profile("vps-" + mailer)
    p.rng, p.t = rng, t
    p.client = (helo, rdns, ip)
    p.tls = tls
    dom = sender.split("@")[1]
    if own_hop:
        host = helo
        if submit_ip:
            p.hops = ["from [%s] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
                "192.168.1.%d" % rng.randrange(2, 200), submit_ip, host, hexs(rng, 10, upper=True), rcpt, rfcdate(t, zone, comment=True))]
        else:
            p.hops = ["from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
                host, hexs(rng, 10, upper=True), rcpt, rfcdate(t, zone, comment=True))]
    if mailer == "phpmailer":
        p.mid = "<%s@%s>" % (alnum(rng, 43), dom)
        p.hdrs = [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
        p.order = ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer", "MIME-Version"]
        p.bstyle = "phpmailer"
    elif mailer == "outlook-forged":
        ft = filetime_hex(t)
        p.ft = ft
        p.mid = "<%04x%s$%s$%s$@%s>" % (rng.randrange(1, 0x2ff), ft[0:8], ft[8:16], hexs(rng, 8), dom)
        p.hdrs = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(rng, t)),
                  ("Content-Language", "de")]
        p.order = ["From", "To", "CC", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID",
                   "MIME-Version", "X-Mailer", "Thread-Index", "Content-Language"]
        p.bstyle = "outlook"
    elif mailer == "thunderbird":
        p.mid = "<%s@%s>" % (det_uuid(rng), dom)
        p.hdrs = [("User-Agent", "Mozilla Thunderbird")]
        p.order = ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "To", "CC", "References",
                   "Content-Language", "From", "Reply-To", "In-Reply-To"]
        p.bstyle = "thunderbird"
    elif mailer == "swaks-like":
        p.mid = "<%s.%d@%s>" % (hexs(rng, 16), rng.randrange(1000, 99999), helo)
        p.hdrs = []
        p.order = ["Date", "From", "To", "Subject", "Message-Id", "MIME-Version"]
        p.bstyle = "hex"
    elif mailer == "python":
        p.mid = "<%d.%d.%d@%s>" % (int(t.timestamp() * 100), rng.randrange(1000, 99999), rng.randrange(10 ** 17, 10 ** 18), helo)
        p.hdrs = []
        p.order = ["Subject", "From", "To", "Date", "Message-ID", "MIME-Version"]
        p.bstyle = "hex"
    p.hcs, p.henc = "UTF-8", "B"
    p.return_path = rp or sender
    p.date_zone = zone
    return p


def sendgrid(rng, t, sender, rcpt, em_domain, uid=None):
    p = Profile("sendgrid")
    p.rng, p.t = rng, t
    uid = uid or str(rng.randrange(10 ** 7, 5 * 10 ** 7))
    o = rng.randrange(1, 30)
    p.client = ("%s.outbound-mail.sendgrid.net" % alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz"), None, "149.72.%d.%d" % (rng.randrange(100, 250), rng.randrange(2, 250)))
    p.client = (p.client[0], p.client[0], p.client[2])
    pod = "filterdrecv-%s-%s" % (hexs(rng, 10), alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    sgid = alnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    geo = "geopod-ismtpd-%d" % rng.randrange(1, 40)
    p.hops = [
        "by %s with SMTP id %s-1-%s-%s\n\t%s +0000 UTC m=+%d.%06d" % (
            pod, pod, hexs(rng, 8, upper=True), hexs(rng, 2, upper=True), t.strftime("%Y-%m-%d %H:%M:%S.") + digits(rng, 9),
            rng.randrange(1000000, 9000000), rng.randrange(0, 999999)),
        "from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\tfor <%s>; %s (UTC)" % (
            base64.b64encode(uid.encode()).decode().rstrip("="), geo, sgid, rcpt, rfcdate(t, "UTC", frac=digits(rng, 3))),
    ]
    p.mid = "<%s@%s>" % (sgid, geo)
    p.hdrs = [("X-SG-EID", "\n " + alnum(rng, 60) + "\n " + alnum(rng, 60) + "=="),
              ("X-SG-ID", "\n " + alnum(rng, 60) + "=")]
    p.order = ["Date", "From", "Reply-To", "Mime-Version", "Subject", "Message-ID", "X-SG-EID", "X-SG-ID",
               "To", "List-Unsubscribe", "List-Unsubscribe-Post", "X-Entity-ID"]
    p.hdrs.append(("X-Entity-ID", "u001." + alnum(rng, 22) + "=="))
    p.hcs, p.henc = "UTF-8", "Q"
    p.return_path = "bounces+%s-%s-%s=%s@%s" % (uid, hexs(rng, 4), rcpt.split("@")[0], rcpt.split("@")[1], em_domain)
    p.bstyle = "sendgrid"
    p.date_zone = "UTC"
    p.sg_uid = uid
    return p


def mailgun(rng, t, sender, rcpt, mg_domain, eu=True):
    p = Profile("mailgun")
    p.rng, p.t = rng, t
    if eu:
        a = rng.randrange(2, 250)
        host = "m%d-%d.eu.mailgun.net" % (rng.randrange(10, 60), a)
        p.client = (host, host, "185.250.239.%d" % a)
    else:
        a = rng.randrange(2, 250)
        host = "so254-%d.mailgun.net" % a
        p.client = (host, host, "198.61.254.%d" % a)
    sid = base64.b64encode(('"%s", "%s", "%s"' % (hexs(rng, 4), rcpt, hexs(rng, 6))).encode()).decode()
    p.hops = ["by %s with HTTP id %s; %s" % (p.client[0].split(".")[0] + ".mailgun.net" if not eu else host,
                                              hexs(rng, 24), rfcdate(t, "UTC"))]
    p.mid = "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), hexs(rng, 16), mg_domain)
    p.hdrs = [("X-Mailgun-Sid", "WyI" + sid[3:]), ("X-Mailgun-Tag", None),
              ("Sender", "%s@%s" % (sender.split("@")[0], mg_domain)) if sender.split("@")[1] != mg_domain else ("Sender", None)]
    p.order = ["Mime-Version", "Content-Type", "Subject", "From", "Reply-To", "To", "Message-Id", "Sender", "Date",
               "X-Mailgun-Sid", "List-Unsubscribe", "List-Unsubscribe-Post"]
    p.hcs, p.henc = "utf-8", "Q"
    p.return_path = "bounce+%s.%s-%s=%s@%s" % (hexs(rng, 6), hexs(rng, 6), rcpt.split("@")[0], rcpt.split("@")[1], mg_domain)
    p.bstyle = "mailgun"
    p.date_zone = "UTC"
    return p


def brevo(rng, t, sender, rcpt, hcs="utf-8"):
    p = Profile("brevo")
    p.rng, p.t = rng, t
    a = rng.randrange(2, 250)
    host = "smtp-relay.sendinblue.com"
    rd = "ht%d-%d.brevo.com" % (rng.randrange(1, 30), a)
    rd = "%d.%d.%d.%d.ptr.brevo.com" % (a, rng.randrange(1, 60), 41, 185)
    p.client = (rd, rd, "185.41.%d.%d" % (rng.randrange(28, 30), a))
    p.hops = ["from [127.0.0.1] by %s (Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (
        rd, hexs(rng, 12, upper=True), rcpt, rfcdate(t, "UTC", comment=True))]
    p.mid = "<%s.%d@smtp-relay.mailin.fr>" % (t.strftime("%Y%m%d%H%M"), rng.randrange(10 ** 10, 10 ** 11))
    p.hdrs = [("Origin-messageId", p.mid), ("X-sib-id", alnum(rng, 88)), ("X-Mailer", "Sendinblue"),
              ("X-CSA-Complaints", "csa-complaints@eco.de"), ("Feedback-ID", "%d.%d:Sendinblue" % (rng.randrange(10, 99), rng.randrange(10 ** 6, 10 ** 7)))]
    p.order = ["Date", "From", "Reply-To", "To", "Subject", "List-Unsubscribe", "List-Unsubscribe-Post",
               "Message-Id", "Origin-messageId", "MIME-Version", "X-sib-id", "X-Mailer", "X-CSA-Complaints", "Feedback-ID"]
    p.hcs, p.henc = hcs, "B"
    p.return_path = "bounces-%d-%s=%s@sib.%s" % (rng.randrange(10 ** 6, 10 ** 7), rcpt.split("@")[0], rcpt.split("@")[1], "brevo-mail.com")
    p.return_path = "%s@sendibt3.com" % (alnum(rng, 48, "abcdefghijklmnopqrstuvwxyz0123456789"))
    p.bstyle = "brevo"
    p.date_zone = "UTC"
    return p


def ses(rng, t, sender, rcpt, region="eu-west-1", feedback=None):
    p = Profile("ses")
    p.rng, p.t = rng, t
    a = rng.randrange(1, 20)
    b = rng.randrange(2, 250)
    if region == "eu-west-1":
        host = "a7-%d.smtp-out.eu-west-1.amazonses.com" % b
        ip = "54.240.7.%d" % b
    else:
        host = "b224-%d.smtp-out.eu-west-2.amazonses.com" % b
        ip = "76.223.128.%d" % b if False else "54.240.%d.%d" % (a + 60, b)
        host = "a%d-%d.smtp-out.eu-west-2.amazonses.com" % (a + 60, b)
    p.client = (host, host, ip)
    ms = "0102%s" % hexs(rng, 12)
    mid = "%s-%s-%s-%s-%s-000000" % (ms, hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4) + "-" + hexs(rng, 12))
    p.mid = "<%s@%s.amazonses.com>" % (mid, region)
    p.hops = []
    p.hdrs = [("Feedback-ID", feedback or "::1.%s.%s=:AmazonSES" % (region, alnum(rng, 43)))]
    p.order = ["From", "Reply-To", "To", "Subject", "MIME-Version", "Message-ID", "Date", "List-Unsubscribe",
               "List-Unsubscribe-Post", "Feedback-ID"]
    p.hcs, p.henc = "UTF-8", "Q"
    p.return_path = "%s@%s.amazonses.com" % (mid, region)
    p.bstyle = "ses"
    p.date_zone = "UTC"
    p.arrive = 2
    return p


def mailchimp(rng, t, sender, rcpt, list_id="us21_9f3c2a"):
    p = Profile("mailchimp")
    p.rng, p.t = rng, t
    n = rng.randrange(100, 250)
    a = rng.randrange(200, 240)
    host = "mail%d.atl%d.rsgsv.net" % (n, a)
    p.client = (host, host, "198.2.%d.%d" % (n - 100 + 128 if n < 228 else 180, a))
    p.hops = ["from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s" % (
        host, alnum(rng, 10), rcpt, rfcdate(t, "UTC", comment=True))]
    cid = hexs(rng, 10)
    p.mid = "<%s.%s.%s@mail%d.atl%d.rsgsv.net>" % (hexs(rng, 25), rng.randrange(10 ** 6, 10 ** 7), hexs(rng, 10), n, a)
    p.hdrs = [("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (cid, hexs(rng, 10))),
              ("X-Campaign", "mailchimp%s.%s" % (hexs(rng, 20), cid)), ("X-campaignid", "mailchimp%s.%s" % (hexs(rng, 20), cid)),
              ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (hexs(rng, 25), cid, hexs(rng, 10))),
              ("X-MC-User", hexs(rng, 25)), ("X-Accounttype", "pd")]
    p.order = ["Subject", "From", "Reply-To", "To", "Date", "List-ID", "X-Mailer", "X-Campaign", "X-campaignid",
               "X-Report-Abuse", "X-MC-User", "Feedback-ID", "List-Unsubscribe", "List-Unsubscribe-Post",
               "Message-ID", "X-Accounttype", "MIME-Version"]
    p.hcs, p.henc = "utf-8", "Q"
    p.return_path = "bounce-mc.%s.%s.%d-%s=%s@mail%d.atl%d.rsgsv.net" % (
        list_id.split("_")[0], hexs(rng, 12), rng.randrange(10 ** 5, 10 ** 6), rcpt.split("@")[0], rcpt.split("@")[1], n, a)
    p.bstyle = "hex"
    p.date_zone = "UTC"
    return p


def cleverreach(rng, t, sender, rcpt):
    p = Profile("cleverreach")
    p.rng, p.t = rng, t
    n = rng.randrange(10, 99)
    host = "mta%d.crsend.com" % n
    p.client = (host, host, "195.140.187.%d" % n)
    p.hops = ["from cr-mail.crsend.com (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s" % (
        host, alnum(rng, 10), rcpt, rfcdate(t, "CET", comment=True))]
    p.mid = "<%s.%s@crsend.com>" % (hexs(rng, 32), rng.randrange(10 ** 6, 10 ** 7))
    p.hdrs = [("X-Mailer", "CleverReach Mailer 9.2.1"), ("X-CSA-Complaints", "csa-complaints@eco.de"),
              ("Feedback-ID", "%d:%d:crsend" % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 6, 10 ** 7)))]
    p.order = ["Date", "From", "Reply-To", "To", "Subject", "Message-ID", "X-Mailer", "List-Id", "List-Unsubscribe",
               "List-Unsubscribe-Post", "X-CSA-Complaints", "Feedback-ID", "MIME-Version"]
    p.hcs, p.henc = "utf-8", "Q"
    p.return_path = "bounce-%d-%d-%s@crsend.com" % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 7, 10 ** 8), hexs(rng, 8))
    p.bstyle = "hex"
    p.date_zone = "CET"
    return p
