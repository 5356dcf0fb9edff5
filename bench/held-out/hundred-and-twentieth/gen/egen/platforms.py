"""Senders that are platforms: ESPs (SES, SendGrid, Mailgun, Brevo, Mailchimp, SMTP2GO),
notification services (SharePoint, Google Drive / Accounts, DocuSign, Adobe Acrobat Sign,
PayPal, Microsoft) - their header sets and relay chains."""
from . import util
from .message import CT
from .transport import (top, dkim, qid, _set_env, _opt, fmt_date, secs, epoch, ms_arc, ses_relay, _short_ver)


def _o(f, hs, name, value):
    if value:
        hs.append((name, value))


class Platform:
    def __init__(self, m, style, msgid_kind=None, msgid_domain=None, msgid=None):
        self.m = m
        m.style = style
        if msgid:
            m.msgid = msgid
        elif msgid_kind:
            m.msgid = m.new_msgid(msgid_kind, domain=msgid_domain)

    def _done(self, f, origin, relay, sigs_spec, rcpt, env_from, inner=None, trailer=None, spf="pass",
              dmarc=("pass", "none"), from_domain=None, pre=None):
        m = self.m
        _set_env(m, f, env_from, rcpt)
        m.origin = origin
        m.trailer = trailer or []
        m.dkim = []
        sigs = [dkim(m, d, s, hl, canon=cn, style=st, t=m.sent) for (d, s, hl, st, cn) in sigs_spec]
        helo, rdns, ip = relay
        m.trace = top(m, helo, rdns, ip, spf=spf, dmarc=dmarc, from_domain=from_domain) + (pre or []) + sigs + (inner or [])
        return m


# ---------------------------------------------------------------- Amazon SES applications
class SES(Platform):
    def __init__(self, m, region="eu-west-1", style="java"):
        Platform.__init__(self, m, style, "ses", msgid_domain=None)
        self.region = region
        m.msgid = m.new_msgid("ses", region=region)

    def finish(self, f, domain, sel, rcpt=None, extra=None, env_domain=None, dmarc=("pass", "none"), date_zone="UTC",
               list_unsub=None, order="std"):
        m = self.m
        hs = []
        hs.append(("From", f.a(f.frm)))
        _o(f, hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        hs.append(("To", f.a(f.to)))
        hs.append(("Subject", util.hdr_text(f.subject, f.scs, f.senc, f.slabel)))
        hs.append(("MIME-Version", "1.0"))
        hs.append(CT)
        if list_unsub:
            hs.append(("List-Unsubscribe", "<%s>" % list_unsub))
            hs.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        if extra:
            hs += extra
        hs.append(("Message-ID", m.msgid))
        hs.append(("Date", fmt_date(m.sent, date_zone, "rfc")))
        relay = ses_relay(m, self.region)
        lt = util.local(m.sent, "UTC")
        hs.append(("Feedback-ID", "::1.%s.%s=:AmazonSES" % (self.region, m.rng.b64(33)[:43])))
        hs.append(("X-SES-Outgoing", "%04d.%02d.%02d-%s" % (lt.year, lt.month, lt.day, relay[2])))
        env = m.msgid.strip("<>").split("@")[0] + "@" + (env_domain or "%s.amazonses.com" % self.region)
        sesdk = {"eu-west-1": "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "us-east-1": "224i4yxa5dv7c2xz3womw6peuasteono",
                 "eu-central-1": "54ymb2xijjz5mxsidl2jfv4vsacbgfrr"}[self.region]
        return self._done(f, hs, relay, [(domain, sel, "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date", "tab", "relaxed/simple"),
                                         ("amazonses.com", sesdk, "From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID", "tab", "relaxed/simple")],
                          rcpt, env, dmarc=dmarc)


# ---------------------------------------------------------------- SendGrid
class SendGrid(Platform):
    def __init__(self, m):
        Platform.__init__(self, m, "sendgrid", "sendgrid")

    def finish(self, f, domain, em_sub, rcpt=None, extra=None, dmarc=("pass", "none"), list_unsub=None, date_zone="UTC"):
        m = self.m
        r = m.rng
        _set_env(m, f, None, rcpt)
        hs = []
        hs.append(CT)
        hs.append(("Date", fmt_date(m.sent, date_zone, "rfc")))
        hs.append(("From", f.a(f.frm)))
        hs.append(("Mime-Version", "1.0"))
        hs.append(("Message-ID", m.msgid))
        _o(f, hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        hs.append(("Subject", util.hdr_text(f.subject, "utf-8", "Q", "UTF-8")))
        if list_unsub:
            hs.append(("List-Unsubscribe", "<%s>" % list_unsub))
        if extra:
            hs += extra
        hs += [("X-SG-EID", "\r\n =?us-ascii?Q?u001." + r.b64(60, urlsafe=True) + "?=\r\n =?us-ascii?Q?" + r.b64(40, urlsafe=True) + "?="),
               ("X-SG-ID", "\r\n =?us-ascii?Q?u001." + r.b64(60, urlsafe=True) + "?="),
               ("To", f.a(f.to)),
               ("X-Entity-ID", "u001." + r.b64(16, urlsafe=True))]
        ip = "149.72.%d.%d" % (r.randint(1, 254), r.randint(1, 254))
        host = "o%d.ptr%d.%s" % (r.randint(1, 9), r.randint(1000, 9999), em_sub)
        uid = r.randint(1000000, 49999999)
        env = "bounces+%d-%s-%s=%s@%s" % (uid, r.hex(4), m.rcpt.split("@")[0] if m.rcpt else "x", "example.com", em_sub)
        t = m.t - secs(1)
        lt = util.local(t, "UTC")
        ls = util.local(m.sent, "UTC")
        pod = "%s-%s" % (r.hex(10), r.lower_alnum(5))
        inner = [("Received", "by filterdrecv-%s with SMTP id filterdrecv-%s-1-%s-%d\r\n        %04d-%02d-%02d %02d:%02d:%02d.%09d +0000 UTC m=+%d.%09d" % (
            pod, pod, r.hex(8, True), r.randint(10, 99), lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second,
            r.randint(0, 999999999), r.randint(100000, 9999999), r.randint(0, 999999999))),
                 ("Received", "from %s (unknown)\r\n\tby geopod-ismtpd-%d (SG) with HTTP\r\n\tid %s\r\n\t%s" % (
                     r.b64(9).replace("/", "x").replace("+", "y").rstrip("="), r.randint(1, 40), r.b64(16, urlsafe=True)[:22],
                     fmt_date(m.sent, "UTC", "rfc").replace(" +0000", ".%03d +0000 (UTC)" % r.randint(0, 999))))]
        m2 = self._done(f, hs, (host, host, ip), [(domain, "s1", "content-type:from:mime-version:reply-to:subject:list-unsubscribe:x-feedback-id:to:cc:content-type:from:subject:to", "tab", "relaxed/relaxed")],
                        rcpt, None, inner=inner, dmarc=dmarc)
        env = "bounces+%d-%s-%s=example.com@%s" % (uid, r.hex(4), m.rcpt.split("@")[0], em_sub)
        m.env_from = env
        m.trace[0] = ("Return-Path", "<%s>" % env)
        m.trace[1] = _ar_fix(m, m.trace[1], env, ip)
        return m2


def _ar_fix(m, ar, env, ip):
    import re
    v = ar[1]
    v = re.sub(r"domain of \S+ designates", "domain of %s designates" % env, v)
    v = re.sub(r"smtp\.mailfrom=\S+;", "smtp.mailfrom=%s;" % env, v)
    return (ar[0], v)


# ---------------------------------------------------------------- Mailgun
class Mailgun(Platform):
    def __init__(self, m, domain):
        Platform.__init__(self, m, "python", "mailgun", msgid_domain=domain)
        self.domain = domain

    def finish(self, f, rcpt=None, extra=None, dmarc=("pass", "none"), from_domain=None):
        m = self.m
        r = m.rng
        _set_env(m, f, None, rcpt)
        a, b = r.randint(200, 250), r.randint(1, 250)
        host = "m%d-%d.mailgun.net" % (a, b)
        ip = "159.135.%d.%d" % (a, b)
        hs = [("Mime-Version", "1.0"), CT, ("Subject", util.hdr_text(f.subject, "utf-8", "B", "utf-8")),
              ("From", f.a(f.frm))]
        _o(f, hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        hs += [("To", f.a(f.to)), ("Date", fmt_date(m.sent, "UTC", "rfc")), ("Message-Id", m.msgid)]
        if extra:
            hs += extra
        hs += [("X-Mailgun-Sending-Ip", ip), ("X-Mailgun-Sid", "WyI" + r.b64(45)[:60] + "IiwgIjZhNjQ3MyJd"),
               ("Sender", "postmaster@%s" % self.domain)]
        env = "bounce+%s.%s-%s=example.com@%s" % (r.hex(6), r.hex(5), "x", self.domain)
        inner = [("Received", "by %s with HTTP id %s; %s" % (r.hex(40), r.hex(24), fmt_date(m.sent, "UTC", "rfc")))]
        m2 = self._done(f, hs, (host, host, ip), [(self.domain, r.choice(["krs", "pic", "mx", "k1"]), "Content-Transfer-Encoding:Content-Type:Mime-Version:Subject:Subject:From:From:To:To:Date:Message-Id:Reply-To:Sender:Sender", "tab", "relaxed/relaxed")],
                        rcpt, None, inner=inner, dmarc=dmarc, from_domain=from_domain)
        env = "bounce+%s.%s-%s=example.com@%s" % (r.hex(6), r.hex(5), m.rcpt.split("@")[0], self.domain)
        m.env_from = env
        m.trace[0] = ("Return-Path", "<%s>" % env)
        m.trace[1] = _ar_fix(m, m.trace[1], env, ip)
        return m2


# ---------------------------------------------------------------- Brevo
class Brevo(Platform):
    def __init__(self, m):
        Platform.__init__(self, m, "python")
        r = m.rng
        lt = util.local(m.sent, "UTC")
        m.msgid = "<%04d%02d%02d%02d%02d.%s@smtp-relay.mailin.fr>" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, r.digits(11))

    def finish(self, f, domain, rcpt=None, extra=None, dmarc=("pass", "none"), list_unsub=None):
        m = self.m
        r = m.rng
        _set_env(m, f, None, rcpt)
        n = r.randint(10, 250)
        host = "mail%d.mta.brevo.com" % n
        ip = "77.32.148.%d" % n
        acct = r.randint(1000000, 9999999)
        hs = [("MIME-Version", "1.0"), ("From", f.a(f.frm)), ("To", f.a(f.to))]
        _o(f, hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        hs += [("Subject", util.hdr_text(f.subject, "utf-8", "Q", "utf-8")), ("Date", fmt_date(m.sent, "UTC", "rfc")),
               ("Message-Id", m.msgid), ("Origin-messageId", m.msgid), CT]
        if list_unsub:
            hs += [("List-Unsubscribe", "<%s>" % list_unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
        if extra:
            hs += extra
        hs += [("X-sib-id", r.b64(60, urlsafe=True)), ("X-CSA-Complaints", "csa-complaints@eco.de"),
               ("Feedback-ID", "%s:%d_-1:%d:Sendinblue" % (ip, acct, acct)),
               ("X-Mailin-EID", r.b64(40, urlsafe=True) + "~" + m.rcpt.split("@")[0] + "%%40example.com~<%s>" % m.msgid.strip("<>"))]
        env = "bounces-%d-%s=example.com@sendibt3.com" % (acct, m.rcpt.split("@")[0] if m.rcpt else "x")
        m2 = self._done(f, hs, (host, host, ip), [(domain, "brevo1", "MIME-Version:From:To:Subject:Date:Message-Id:Content-Type:List-Unsubscribe:X-CSA-Complaints:Feedback-ID:List-Unsubscribe-Post", "tab", "relaxed/relaxed"),
                                                   ("sendibt3.com", "mail", "MIME-Version:From:To:Subject:Date:Message-Id:Content-Type:Feedback-ID", "tab", "relaxed/relaxed")],
                        rcpt, None, dmarc=dmarc)
        env = "bounces-%d-%s=example.com@sendibt3.com" % (acct, m.rcpt.split("@")[0])
        m.env_from = env
        m.trace[0] = ("Return-Path", "<%s>" % env)
        m.trace[1] = _ar_fix(m, m.trace[1], env, ip)
        return m2


# ---------------------------------------------------------------- SMTP2GO
class Smtp2go(Platform):
    def __init__(self, m, domain):
        Platform.__init__(self, m, "phpmailer", "phpmailer", msgid_domain=domain)
        self.domain = domain

    def finish(self, f, rcpt=None, extra=None, dmarc=("pass", "none")):
        m = self.m
        r = m.rng
        _set_env(m, f, None, rcpt)
        n = r.randint(100, 999)
        host = "e2i%d.smtp2go.com" % n
        ip = "103.2.140.%d" % r.randint(2, 250)
        hs = [("Date", fmt_date(m.sent, "CET", "rfc")), ("To", f.a(f.to)), ("From", f.a(f.frm))]
        _o(f, hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        hs += [("Subject", util.hdr_text(f.subject, "utf-8", "B", "UTF-8")), ("Message-ID", m.msgid),
               ("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)"), ("MIME-Version", "1.0"), CT]
        if extra:
            hs += extra
        hs += [("X-Smtpcorp-Track", r.alnum(10) + "." + r.alnum(12) + "." + r.alnum(11)),
               ("Feedback-ID", "%d:%d:%s:%s" % (r.randint(100000, 999999), r.randint(100000, 999999), r.alnum(8), r.choice(["8a", "9b", "a2"])))]
        inner = [("Received", "from [10.143.%d.%d] (helo=SmtpCorp)\r\n\tby smtpcorp.com with esmtpsa (TLS1.3:ECDHE_SECP256R1__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)\r\n\t(Exim 4.98-S2G)\r\n\t(envelope-from <%s>)\r\n\tid 1v%s-%s-%s;\r\n\t%s" % (
            r.randint(1, 250), r.randint(1, 250), f.frm[1],
            r.alnum(4), r.alnum(4), r.alnum(2), fmt_date(m.sent, "UTC", "rfc")))]
        return self._done(f, hs, (host, host, ip), [(self.domain, "s%d" % r.randint(100000, 999999), "Date:To:From:Subject:Message-ID:MIME-Version:Content-Type", "tab", "relaxed/relaxed"),
                                                     ("smtpservice.net", "a%s" % r.alnum(5).lower(), "Feedback-ID:X-Smtpcorp-Track:Date:To:From:Subject:Message-ID", "tab", "relaxed/relaxed")],
                          rcpt, None, inner=inner, dmarc=dmarc)


# ---------------------------------------------------------------- Mailchimp
class Mailchimp(Platform):
    def __init__(self, m):
        Platform.__init__(self, m, "mailchimp")
        r = m.rng
        m.msgid = "<%s.%s.%s@mail%d.atl%d.rsgsv.net>" % (r.hex(20), r.hex(10), r.hex(32), r.randint(100, 299), r.randint(11, 99))

    def finish(self, f, domain, list_id, unsub, abuse, rcpt=None, dmarc=("pass", "none")):
        m = self.m
        r = m.rng
        _set_env(m, f, None, rcpt)
        a, b = r.randint(100, 299), r.randint(11, 99)
        host = "mail%d.atl%d.mcdlv.net" % (a, b)
        ip = "198.2.%d.%d" % (r.randint(128, 191), r.randint(2, 250))
        u = r.hex(25)
        cid = r.hex(10)
        hs = [("Subject", util.hdr_text(f.subject, "utf-8", "Q", "utf-8")), ("From", f.a(f.frm))]
        _o(f, hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        hs += [("To", f.a(f.to)), ("Date", fmt_date(m.sent, "UTC", "rfc")),
               ("List-Unsubscribe", "<%s>, <mailto:unsubscribe-mc.us%d_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (unsub, r.randint(2, 21), u, cid, r.hex(10))),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Message-ID", m.msgid),
               ("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (cid, r.hex(10))),
               ("X-Campaign", "mailchimp%s.%s" % (u, cid)), ("X-campaignid", "mailchimp%s.%s" % (u, cid)),
               ("X-Report-Abuse", "Please report abuse for this campaign here: %s" % abuse),
               ("X-MC-User", u), ("Feedback-ID", "%d:%d.%d:us%d:mc" % (r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7), r.randint(2, 21))),
               ("List-ID", "%s mcsv.net" % list_id),
               ("X-Accounttype", "pd"), ("Precedence", "bulk"), ("X-Feedback-ID", "%s:%s" % (u, cid)),
               ("Mime-Version", "1.0"), CT]
        env = "bounce-mc.us%d_%s.%s-%s=example.com@mail%d.atl%d.mcdlv.net" % (r.randint(2, 21), u, cid, "x", a, b)
        m2 = self._done(f, hs, (host, host, ip), [(domain, "k2", "Subject:From:Reply-To:To:Date:List-Unsubscribe:List-Unsubscribe-Post:Message-ID:X-MC-User:Feedback-ID:List-ID", "tab", "relaxed/relaxed"),
                                                   ("mcdlv.net", "k3", "Subject:From:Reply-To:To:Date:List-Unsubscribe:List-Unsubscribe-Post:Message-ID:X-MC-User:Feedback-ID:List-ID", "tab", "relaxed/relaxed")],
                        rcpt, None, inner=[("Received", "from localhost (localhost [127.0.0.1])\r\n\tby %s (Mailchimp) with ESMTP id %s\r\n\tfor <%s>; %s" % (
                            host, r.hex(12), m.rcpt if m.rcpt else rcpt, fmt_date(m.sent + secs(1), "UTC", "rfc")))], dmarc=dmarc)
        env = "bounce-mc.us%d_%s.%s-%s=example.com@mail%d.atl%d.mcdlv.net" % (r.randint(2, 21), u, cid, m.rcpt.split("@")[0], a, b)
        m.env_from = env
        m.trace[0] = ("Return-Path", "<%s>" % env)
        m.trace[1] = _ar_fix(m, m.trace[1], env, ip)
        return m2


# ---------------------------------------------------------------- Microsoft-sent notifications
def eop_relay(r, region="EUR"):
    """Consistent (HELO, rDNS, IP) of an Exchange Online Protection outbound host."""
    n = r.randint(2010, 2140)
    if region == "EUR":
        dc, nn = r.choice([("AM6", 5), ("DB8", 5), ("VI1", 2), ("HE1", 1), ("DU2", 3), ("PA4", 4)])
        return ("EUR%02d-%s-obe.outbound.protection.outlook.com" % (nn, dc),
                "mail-%seur%02don%d.outbound.protection.outlook.com" % (dc.lower(), nn, n),
                "40.107.%d.%d" % ({"AM6": 22, "DB8": 20, "VI1": 6, "HE1": 13, "DU2": 105, "PA4": 103}[dc], n % 250))
    dc, nn = r.choice([("SN1", 10), ("BN8", 12), ("DM6", 11), ("CO1", 4)])
    return ("NAM%02d-%s-obe.outbound.protection.outlook.com" % (nn, dc),
            "mail-%snam%02don%d.outbound.protection.outlook.com" % (dc.lower(), nn, n),
            "40.107.%d.%d" % ({"SN1": 92, "BN8": 212, "DM6": 244, "CO1": 236}[dc], n % 250))


class MsNotify(Platform):
    """Mail generated inside Microsoft 365 (SharePoint sharing, Entra / M365 service mail)."""

    def __init__(self, m, kind="sharepoint"):
        r = m.rng
        self.kind = kind
        if kind == "sharepoint":
            Platform.__init__(self, m, "python", msgid="<%s@odspnotify>" % r.uuid())
        else:
            srv = "%s%dMB%d" % (r.choice(["SA1P", "BL0P", "DM6P", "CH3P"]), r.randint(220, 223), r.randint(1000, 9999))
            Platform.__init__(self, m, "outlook365", msgid="<%s%s@%s.namprd%02d.prod.outlook.com>" % (srv, r.hex(28, True), srv, r.randint(1, 22)))

    def finish(self, f, rcpt=None, env_from=None, dkim_domain="sharepointonline.com", extra=None, lang="de-DE",
               region="EUR", dmarc=("pass", "reject")):
        m = self.m
        r = m.rng
        hs = [("From", f.a(f.frm)), ("To", f.a(f.to))]
        _o(f, hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        hs += [("Subject", util.hdr_text(f.subject, "utf-8", "B", "utf-8")), ("Date", fmt_date(m.sent, "UTC", "rfc")),
               ("Message-ID", m.msgid), ("Content-Language", lang), ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", "")]
        if extra:
            hs += extra
        hs += [CT, ("MIME-Version", "1.0")]
        relay = eop_relay(r, region)
        num = r.randint(190, 195)
        srv = "%s%dMB%d" % (r.choice(["AS8P", "DU0P", "PA4P"]), num, r.randint(1000, 9999)) if region == "EUR" else \
            "%s%dMB%d" % (r.choice(["SA1P", "BL0P", "DM6P"]), num + 30, r.randint(1000, 9999))
        region_s = "EURP%d" % num if region == "EUR" else "NAMP%d" % (num + 30)
        inner = ms_arc(m, m.sent) + []
        rx = [("Received", "from %s.%s.PROD.OUTLOOK.COM (2603:10a6:%x:%x::%x) by\r\n %s.%s.PROD.OUTLOOK.COM with HTTPS; %s" % (
            srv, region_s, r.randint(0x100, 0x8ff), r.randint(0x10, 0x5ff), r.randint(1, 0x1f), srv, region_s, fmt_date(m.sent, "UTC", "rfc")))]
        env = env_from or f.frm[1]
        m.dkim = []
        return self._ms_done(f, hs, relay, dkim_domain, rcpt, env, inner, rx, dmarc)

    def _ms_done(self, f, hs, relay, dkim_domain, rcpt, env, arc, rx, dmarc):
        m = self.m
        _set_env(m, f, env, rcpt)
        m.origin = hs
        m.trailer = []
        m.dkim = []
        sig = dkim(m, dkim_domain, "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck", style="ms")
        helo, rdns, ip = relay
        m.trace = top(m, helo, rdns, ip, dmarc=dmarc, arc='arc=pass ("microsoft.com:s=arcselector10001:i=1")') + arc + [sig] + rx
        return m


# ---------------------------------------------------------------- Google-sent notifications (Drive, Accounts)
class GoogleNotify(Platform):
    def __init__(self, m, kind="drive"):
        r = m.rng
        self.kind = kind
        if kind == "drive":
            Platform.__init__(self, m, "gmail", msgid="<%s@google.com>" % r.b64(24, urlsafe=True))
        else:
            Platform.__init__(self, m, "gmail", msgid="<%s@notifications.google.com>" % r.b64(16, urlsafe=True))

    def finish(self, f, rcpt=None, dkim_domain="google.com", env_from=None, extra=None, dmarc=("pass", "reject"),
               from_domain=None):
        m = self.m
        r = m.rng
        _set_env(m, f, None, rcpt)
        rcpt = m.rcpt
        n = r.randint(65, 75)
        host = "mail-sor-f%d.google.com" % n
        ip = "209.85.220.%d" % n
        hs = [("MIME-Version", "1.0"), ("Date", fmt_date(m.sent, "UTC", "rfc"))]
        _o(f, hs, "Reply-To", f.a(f.reply_to) if f.reply_to else None)
        hs += [("X-Account-Notification-Type", "127") if self.kind == "alert" else ("X-Google-Id", str(r.randint(10 ** 11, 10 ** 12))),
               ("Feedback-ID", "P%s:%s" % (r.digits(5), r.b64(24, urlsafe=True)[:30]) if self.kind == "alert" else "P-10-0:C20060867:M110136315-de:gamma"),
               ("X-Notifications", r.hex(16)), ("Message-ID", m.msgid),
               ("Subject", util.hdr_text(f.subject, "utf-8", "B", "UTF-8")), ("From", f.a(f.frm)), ("To", f.a(f.to))]
        if extra:
            hs += extra
        hs.append(CT)
        env = env_from or ("3" + r.alnum(20) + "@" + ("doclist.bounces.google.com" if self.kind == "drive" else "gaia.bounces.google.com"))
        sid = "%s-%s.%d" % ("a1e0cc1a2514c", r.hex(16), r.randint(1, 9))
        inner = [("Received", "by %s with SMTP id %s\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s" % (
            host, sid, rcpt or "x", fmt_date(m.t - secs(1), "PT", "gmail"))),
            ("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\r\n        %s" % (
                r.randint(0x6000, 0x6fff), r.randint(0x1000, 0xffff), r.randint(0x100, 0xfff), r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff),
                r.hex(40), fmt_date(m.t - secs(1), "PT", "gmail")))]
        m2 = self._done(f, hs, (host, host, ip), [(dkim_domain, "20230601", "mime-version:date:reply-to:message-id:subject:from:to:content-type", "google", "relaxed/relaxed")],
                        rcpt, env, inner=inner, dmarc=dmarc, from_domain=from_domain)
        return m2
