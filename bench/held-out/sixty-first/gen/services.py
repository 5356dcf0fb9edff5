"""Profiles of large public services (DocuSign, GitHub, Google, Microsoft
Entra, Yandex ID, Namecheap Private Email) and the DocuSign envelope template."""
from mime import addr, hdr_text, esc
from hops import _common, _addrs, _reply_hdrs, rcv_postfix, Ctx
from senders import exo
from util import rfcdate, plus, unix


def privateemail(m, I, t, frm, to, subj, cc=(), irt=None, refs=None, hcs="UTF-8", henc="Q",
                 rcpt=None, reply_to=None):
    """Namecheap Private Email (Open-Xchange App Suite, US-hosted MTAs)."""
    rcpt = rcpt or to[0][1]
    n = I.int(1, 9)
    host = "mta-%02d.privateemail.com" % n
    _common(m, I, t, rcpt, frm[1], (host, host, "198.54.127.%d" % (80 + n)))
    m.received = [
        "from mta-%02d.privateemail.com (localhost [127.0.0.1])\r\n\tby mta-%02d.privateemail.com (Postfix) "
        "with ESMTP id %s;\r\n\t%s" % (n, n, I.postfix_qid(), rfcdate(plus(t, 1), "ET", comment=True)),
        "from APP-%02d (unknown [10.50.14.%d])\r\n\tby mta-%02d.privateemail.com (Postfix) with ESMTPA;\r\n\t%s"
        % (I.int(1, 20), I.int(2, 250), n, rfcdate(t, "ET", comment=True)),
    ]
    m.hdrs = [("Date", rfcdate(t, "CET")),
              ("From", addr(frm[0], frm[1], hcs, henc)),
              ("To", _addrs(to, hcs, henc))]
    if cc:
        m.hdrs.append(("Cc", _addrs(cc, hcs, henc)))
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += [("Message-ID", "<%d.%d.%d@privateemail.com>" % (I.int(100000000, 2100000000),
                                                               I.int(1000, 999999), unix(t) * 1000 + I.int(0, 999)))]
    m.hdrs += _reply_hdrs(irt, refs)
    m.hdrs += [("Subject", hdr_text(subj, hcs, henc)),
               ("MIME-Version", "1.0"),
               ("__CT__", None),
               ("X-Priority", "3"),
               ("Importance", "Normal"),
               ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev65"),
               ("X-Originating-Client", "open-xchange-appsuite")]
    return Ctx("ox", I, t)


def docusign(m, I, t, sender_label, to, subj, reply_to, hcs="utf-8", rcpt=None):
    rcpt = rcpt or to[0][1]
    ip = "185.81.101.%d" % I.int(10, 80)
    host = "mail%d.eumail.docusign.net" % I.int(1, 9)
    env = I.uuid()
    _common(m, I, t, rcpt, "bounces+%s@eumail.docusign.net" % env.replace("-", "")[:24], (host, host, ip))
    m.received = ["from docusign.net (10.28.%d.%d) by %s with ESMTP id %s;\r\n\t%s" % (
        I.int(1, 250), I.int(1, 250), host, I.hex(16).upper(), rfcdate(t, "UTC"))]
    m.hdrs = [("From", addr(sender_label + " via Docusign", "dse@eumail.docusign.net", hcs)),
              ("Reply-To", addr(reply_to[0], reply_to[1], hcs)),
              ("To", _addrs(to, hcs, "Q")),
              ("Message-ID", "<%s@eumail.docusign.net>" % I.hex(32)),
              ("Date", rfcdate(t, "UTC")),
              ("Subject", hdr_text(subj, hcs, "Q")),
              ("MIME-Version", "1.0"),
              ("X-API-Host", "FR3EUMAIL%02d" % I.int(1, 12)),
              ("X-DocuSign-EnvelopeId", env),
              ("__CT__", None)]
    return Ctx("docusign", I, t), env


def docusign_texts(I, env, sender_name, sender_email, doc_title, message, region="eu"):
    a = I.uuid()
    acct = I.uuid()
    er = I.uuid()
    link = ("https://%s.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s"
            % (region, a, acct, er))
    code = I.hex(32).upper()
    plain = """%s sent you a document to review and sign.

REVIEW DOCUMENT: %s

%s
%s

%s

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

Report this email or read more about Declining to sign and Managing notifications.

This message was sent to you by %s who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
""" % (sender_name, link, sender_name, sender_email, message, code, sender_name)
    msg_html = "<br>".join(esc(l) for l in message.split("\n"))
    h = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Docusign</title></head>
<body style="padding:0;margin:0;background-color:#eaeaea">
<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="background-color:#eaeaea"><tr><td style="padding:24px 0">
<table align="center" width="640" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;max-width:640px">
<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" width="116" height="34"></td></tr>
<tr><td style="padding:0 24px 30px 24px"><table width="100%%" style="background-color:#1e4ca1;color:#ffffff" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 24px;font-family:Helvetica,Arial,sans-serif">
<img src="https://eu.docusign.net/member/Images/email/docInvite-white.png" width="75" height="75" alt=""><br>
<div style="font-size:16px;line-height:24px;padding-top:24px">%s sent you a document to review and sign.</div>
<div style="padding-top:30px"><a href="%s" style="background-color:#ffc423;color:#333333;font-size:15px;font-weight:bold;text-decoration:none;padding:12px 24px;border-radius:2px;display:inline-block">REVIEW DOCUMENT</a></div>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333333;line-height:20px">
<div style="font-weight:bold">%s</div><div style="color:#666666">%s</div><br>%s</td></tr>
<tr><td style="padding:0 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#666666;line-height:18px">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>%s<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
This message was sent to you by %s who is using the Docusign Electronic Signature Service.</td></tr>
</table></td></tr></table></body></html>
""" % (esc(sender_name), link, esc(sender_name), esc(sender_email), msg_html, code, esc(sender_name))
    return plain, h, link


def github(m, I, t, to, subj, rcpt=None):
    rcpt = rcpt or to[0][1]
    n = I.int(20, 30)
    host = "out-%d.smtp.github.com" % n
    _common(m, I, t, rcpt, "noreply@github.com", (host, host, "192.30.252.%d" % (190 + n)))
    node = "github-mail-%s-%s" % (I.hex(10), I.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    m.received = [rcv_postfix("github.com", node + ".va3-iad.github.net", "10.48.%d.%d" % (I.int(1, 250), I.int(2, 250)),
                              "smtp.github.com", I.postfix_qid(), rcpt, t, "PT", tls=True, auth="noreply@github.com")]
    m.hdrs = [("Date", rfcdate(t, "PT")),
              ("From", addr("GitHub", "noreply@github.com")),
              ("To", _addrs(to, "utf-8", "Q")),
              ("Message-ID", "<%s%s_%s%s@%s.mail>" % ("%x" % unix(t), I.hex(5), I.hex(5), I.hex(6), node)),
              ("Subject", subj),
              ("Mime-Version", "1.0"),
              ("__CT__", None),
              ("X-Auto-Response-Suppress", "All")]
    return Ctx("mailgun", I, t)


def google_alert(m, I, t, to, subj, rcpt=None):
    rcpt = rcpt or to[0][1]
    last = I.int(65, 73)
    host = "mail-sor-f%d.google.com" % last
    _common(m, I, t, rcpt, "3%s@gaia.bounces.google.com" % I.b64(40, url=True).replace("-", "A").replace("_", "B"),
            (host, host, "209.85.220.%d" % last), delay=2)
    pt = rfcdate(plus(t, 1), "PT", comment=True)
    m.received = ["by %s with SMTP id %s-%so%s.%d\r\n\tfor <%s>\r\n\t(Google Transport Security);\r\n\t%s" % (
        host, I.choice(["d75a77b69052e", "a1e0cc1a2514c", "6a8aea0fb3d9b"]), I.hex(11), I.digits(6),
        I.int(1, 9), rcpt, pt)]
    m.hdrs = [("X-Google-Smtp-Source", "AGHT+I" + I.b64(66)),
              ("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s.%d.%d; %s" % (
                  I.int(4096, 65535), I.int(4096, 65535), I.int(16, 999), I.int(4096, 65535), I.int(4096, 65535),
                  I.alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789"), I.int(1, 9), unix(t) * 1000 + I.int(0, 999), pt)),
              ("MIME-Version", "1.0"),
              ("Date", rfcdate(t, "UTC").replace("+0000", "GMT")),
              ("X-Account-Notification-Type", "127"),
              ("Feedback-ID", "127:account-notifier"),
              ("X-Notifications", I.hex(16)),
              ("X-Notifications-Bounce-Info", I.b64(60, url=True)),
              ("Message-ID", "<%s@notifications.google.com>" % I.b64(22, url=True)),
              ("Subject", subj),
              ("From", addr("Google", "no-reply@accounts.google.com")),
              ("To", rcpt),
              ("__CT__", None)]
    return Ctx("gmail", I, t)


def microsoft_notice(m, I, t, to, subj, hcs="utf-8", rcpt=None):
    c = exo(m, I, t, ("Microsoft on behalf of Example Group", "msonlineservicesteam@microsoftonline.com"),
            to, subj, lang="en-US", hcs=hcs, region="eurprd05", pod="AM9PR05MB", org="microsoft.com", rcpt=rcpt)
    m.hdrs = [h for h in m.hdrs if h[0] not in ("Thread-Topic", "Thread-Index", "Accept-Language", "msip_labels",
                                                "X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    m.return_path = "msonlineservicesteam@microsoftonline.com"
    return c


def yandex_id(m, I, t, to, subj, rcpt=None):
    rcpt = rcpt or to[0][1]
    n = I.int(100, 599)
    fwd = "forward%d%s.mail.yandex.net" % (n, I.choice("ab"))
    _common(m, I, t, rcpt, "noreply@id.yandex.ru", (fwd, fwd, "178.154.239.%d" % I.int(60, 220)), delay=2)
    back = "mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net" % I.int(10, 99)
    m.received = [
        "from %s (%s [IPv6:2a02:6b8:c0d:%x:0:640:%s:0])\r\n\tby %s (Yandex) with ESMTPS id %s\r\n\t"
        "for <%s>; %s" % (back, back, I.int(4096, 65535), I.hex(4), fwd, I.alnum(10), rcpt, rfcdate(plus(t, 1), "MSK")),
        "from passport-internal.yandex.net (passport-internal.yandex.net [2a02:6b8:0:3400::1:%d])\r\n\tby %s "
        "(smtp/Yandex) with ESMTPS id %s-%s;\r\n\t%s" % (I.int(10, 99), back, I.alnum(10), I.alnum(8), rfcdate(t, "MSK")),
    ]
    m.hdrs = [("X-Yandex-Fwd", "1"),
              ("From", addr("Яндекс ID", "noreply@id.yandex.ru", "utf-8", "B")),
              ("To", rcpt),
              ("Subject", hdr_text(subj, "utf-8", "B")),
              ("MIME-Version", "1.0"),
              ("Date", rfcdate(t, "MSK")),
              ("Message-Id", "<%s@passport.yandex.ru>" % ("%d.%s" % (unix(t), I.hex(20)))),
              ("X-Yandex-Service", I.b64(40)),
              ("__CT__", None)]
    return Ctx("yandex", I, t)
