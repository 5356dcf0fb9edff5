"""Bulk e-mail service providers: SendGrid, Mailgun, Brevo, Amazon SES."""
from mime import addr, hdr_text
from util import rfcdate, plus, unix
from hops import _common, _addrs, Ctx


def sendgrid(m, I, t, frm, to, subj, zone="UTC", hcs="UTF-8", henc="Q", rcpt=None, reply_to=None,
             list_unsub=None, em="em8417", extra=()):
    rcpt = rcpt or to[0][1]
    host = "%s.outbound-mail.sendgrid.net" % I.alnum(8, "abcdefghijklmnopqrstuvwxyz")
    ip = "149.72.%d.%d" % (I.int(1, 250), I.int(1, 250))
    dom = frm[1].split("@")[1]
    uid = I.digits(8)
    _common(m, I, t, rcpt, "bounces+%s-%s-%s=%s@%s.%s" % (uid, I.hex(4), rcpt.split("@")[0],
                                                          rcpt.split("@")[1], em, dom),
            (host, host, ip), delay=4)
    geo = "geopod-ismtpd-%d" % I.int(1, 40)
    fd = "filterdrecv-%s-%s" % (I.hex(9), I.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    m.received = [
        "by %s with SMTP id %s-1-%X-%X\r\n\t%s.%09d +0000 UTC m=+%d.%09d" % (
            fd, fd, unix(t), I.int(1, 255), t.strftime("%Y-%m-%d %H:%M:%S"), I.int(0, 999999999),
            I.int(100000, 9999999), I.int(0, 999999999)),
        "from %s (unknown)\r\n\tby %s (SG) with HTTP\r\n\tid %s\r\n\t%s.%03d +0000 (UTC)" % (
            I.b64(11).replace("+", "A").replace("/", "B"), geo, I.b64(22, url=True),
            t.strftime("%a, %d %b %Y %H:%M:%S"), I.int(0, 999)),
    ]
    m.hdrs = [("__CT__", None),
               ("Date", rfcdate(t, zone)),
               ("From", addr(frm[0], frm[1], hcs, henc)),
               ("Mime-Version", "1.0"),
               ("Message-ID", "<%s@%s>" % (I.b64(22, url=True), geo)),
               ("Subject", hdr_text(subj, hcs, henc))]
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    if list_unsub:
        m.hdrs += [("List-Unsubscribe", list_unsub),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    m.hdrs += list(extra)
    m.hdrs += [("X-SG-EID", "\r\n " + I.b64(76) + "\r\n " + I.b64(76) + "\r\n " + I.b64(40) + "=="),
               ("X-SG-ID", "\r\n " + I.b64(76) + "\r\n " + I.b64(20) + "="),
               ("To", _addrs(to, hcs, henc)),
               ("X-Entity-ID", "u001." + I.b64(22))]
    return Ctx("sendgrid", I, t)


def mailgun(m, I, t, frm, to, subj, mgdom, zone="UTC", hcs="UTF-8", henc="Q", rcpt=None,
            reply_to=None, list_unsub=None, extra=()):
    rcpt = rcpt or to[0][1]
    a, b = I.int(200, 254), I.int(2, 250)
    host = "m%d-%d.mailgun.net" % (a, b)
    ip = "159.135.%d.%d" % (a, b)
    _common(m, I, t, rcpt, "bounce+%s.%s-%s=%s@%s" % (I.hex(6), I.hex(6), rcpt.split("@")[0],
                                                       rcpt.split("@")[1], mgdom),
            (host, host, ip), delay=5)
    mid = "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), I.hex(16), mgdom)
    m.received = ["by %s with HTTP id %s; %s" % (I.hex(40), I.hex(24), rfcdate(t, "GMT", zone_name=True))]
    m.hdrs = [("Date", rfcdate(t, zone)),
              ("From", addr(frm[0], frm[1], hcs, henc))]
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += [("To", _addrs(to, hcs, henc)),
               ("Message-Id", mid),
               ("Subject", hdr_text(subj, hcs, henc)),
               ("Mime-Version", "1.0"),
               ("__CT__", None)]
    if list_unsub:
        m.hdrs += [("List-Unsubscribe", list_unsub),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    m.hdrs += list(extra)
    m.hdrs += [("X-Mailgun-Sid", "Wy" + I.b64(40) + "=="),
               ("X-Mailgun-Tag", "newsletter" if list_unsub else "transactional"),
               ("Sender", frm[1].split("@")[0] + "=" + frm[1].split("@")[1] + "@" + mgdom)]
    return Ctx("mailgun", I, t)


def brevo(m, I, t, frm, to, subj, zone="UTC", hcs="UTF-8", henc="Q", rcpt=None, reply_to=None,
          list_unsub=None, extra=()):
    rcpt = rcpt or to[0][1]
    ip = "77.32.148.%d" % I.int(2, 250)
    host = "smtp-relay.sendinblue.com"
    sib = I.digits(7)
    _common(m, I, t, rcpt, "bounces-%s-%s=%s@mailin-bounces.com" % (sib, I.digits(5), rcpt.replace("@", "=")),
            (host, "%s.mailin.fr" % ("s" + ip.split(".")[-1]), ip), delay=6)
    mid = "<%s.%s@smtp-relay.mailin.fr>" % (t.strftime("%Y%m%d%H%M"), I.digits(11))
    m.received = ["from mailin.fr (localhost [127.0.0.1])\r\n\tby smtp-relay.mailin.fr (Brevo) with ESMTP id %s\r\n\t"
                  "for <%s>; %s" % (I.hex(12).upper(), rcpt, rfcdate(t, "UTC"))]
    m.hdrs = [("Date", rfcdate(t, zone)),
              ("From", addr(frm[0], frm[1], hcs, henc))]
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += [("To", _addrs(to, hcs, henc)),
               ("Message-Id", mid),
               ("Subject", hdr_text(subj, hcs, henc)),
               ("MIME-Version", "1.0"),
               ("__CT__", None)]
    if list_unsub:
        m.hdrs += [("List-Unsubscribe", list_unsub),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    m.hdrs += list(extra)
    m.hdrs += [("X-sib-id", I.b64(60, url=True)),
               ("X-Mailin-EID", I.b64(40) + "%3D"),
               ("Feedback-ID", "%s.%s:%s:Brevo" % (I.int(1, 99), sib, I.int(100000, 999999))),
               ("Origin-messageId", mid)]
    return Ctx("brevo", I, t)


def ses(m, I, t, frm, to, subj, region="eu-west-1", zone="UTC", hcs="UTF-8", henc="Q", rcpt=None,
        reply_to=None, list_unsub=None, extra=(), mailfrom=None):
    rcpt = rcpt or to[0][1]
    a = I.int(4, 9)
    b = I.int(2, 250)
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (a, b, region)
    ip = "54.240.%d.%d" % (a, b)
    pre = {"eu-west-1": "0102", "eu-central-1": "0107", "us-east-1": "0100"}[region]
    sesid = "%s%s-%s-%s-%s-%s-%s-000000" % (pre, I.hex(12), I.hex(8), I.hex(4), I.hex(4), I.hex(4), I.hex(12))
    _common(m, I, t, rcpt, "%s@%s" % (sesid, mailfrom or ("%s.amazonses.com" % region)),
            (host, host, ip), delay=3)
    m.received = []
    m.hdrs = [("From", addr(frm[0], frm[1], hcs, henc)),
              ("To", _addrs(to, hcs, henc))]
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += [("Message-ID", "<%s@%s.amazonses.com>" % (sesid, region)),
               ("Subject", hdr_text(subj, hcs, henc)),
               ("MIME-Version", "1.0"),
               ("__CT__", None),
               ("Date", rfcdate(t, zone))]
    if list_unsub:
        m.hdrs += [("List-Unsubscribe", list_unsub),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    m.hdrs += list(extra)
    m.hdrs += [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, I.b64(40))),
               ("X-SES-Outgoing", "%s-%s" % (t.strftime("%Y.%m.%d"), ip))]
    return Ctx("ses", I, t)

