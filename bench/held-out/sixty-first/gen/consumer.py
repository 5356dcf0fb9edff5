"""Consumer, regional and small-hosting profiles: Yandex, Libero, WP,
Outlook.com, Apple, Zoho, Proton, Mail.ru, PHP mail on shared hosts, own
VPS Postfix, spam bots."""
from mime import addr, hdr_text
from util import rfcdate, plus, filetime, unix
from hops import _common, _addrs, _reply_hdrs, rcv_postfix, thread_index, Ctx


def yandex(m, I, t, frm, to, subj, client_ip, zone="MSK", hcs="utf-8", henc="B", rcpt=None,
           cc=(), irt=None, refs=None, reply_to=None, web=True):
    rcpt = rcpt or to[0][1]
    n = I.int(100, 599)
    fwd = "forward%d%s.mail.yandex.net" % (n, I.choice("abcd"))
    ip = "178.154.239.%d" % I.int(60, 220)
    _common(m, I, t, rcpt, frm[1], (fwd, fwd, ip), delay=2)
    dc = I.choice(["sas", "vla", "iva", "myt"])
    back = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (I.int(10, 99), dc)
    m.received = [
        "from %s (%s [IPv6:2a02:6b8:c1c:%x:0:640:%s:0])\r\n\tby %s (Yandex) with ESMTPS id %s\r\n\t"
        "for <%s>; %s" % (back, back, I.int(4096, 65535), I.hex(4), fwd, I.alnum(10), rcpt,
                          rfcdate(plus(t, 1), "MSK")),
        "from mail.yandex.ru (2a02:6b8:c0c:%x:0:640:%s:0 [2a02:6b8:c0c:%x:0:640:%s:0])\r\n\tby %s (smtp/Yandex) "
        "with HTTP id %s-%s;\r\n\t%s" % (I.int(4096, 65535), I.hex(4), I.int(4096, 65535), I.hex(4), back,
                                          I.alnum(10), I.alnum(8), rfcdate(t, "MSK")),
    ]
    m.hdrs = [("X-Yandex-Fwd", "1"),
              ("From", addr(frm[0], frm[1], hcs, henc)),
              ("To", _addrs(to, hcs, henc))]
    if cc:
        m.hdrs.append(("Cc", _addrs(cc, hcs, henc)))
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += _reply_hdrs(irt, refs)
    m.hdrs += [("Subject", hdr_text(subj, hcs, henc)),
               ("MIME-Version", "1.0"),
               ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
               ("Date", rfcdate(t, zone)),
               ("Message-Id", "<%s%d@mail.yandex.ru>" % (I.digits(7), unix(t))),
               ("__CT__", None)]
    return Ctx("yandex", I, t)


def libero(m, I, t, frm, to, subj, client_ip, cc=(), irt=None, refs=None, hcs="UTF-8", henc="Q",
           rcpt=None, reply_to=None):
    rcpt = rcpt or to[0][1]
    n = I.int(10, 60)
    out = "libero.it"
    ip = "213.209.10.%d" % I.int(10, 90)
    _common(m, I, t, rcpt, frm[1], (out, "smtp-%d-i2.italiaonline.it" % n, ip), delay=2)
    m.received = ["from oxapps-%d-%d.iol.local ([10.101.8.%d])\r\n\tby smtp-%d.iol.local with ESMTPA\r\n\t"
                  "id %s; %s" % (I.int(10, 40), I.int(100, 300), I.int(2, 250), n, I.alnum(18),
                                 rfcdate(t, "CET")),
                  ]
    m.hdrs = [("Date", rfcdate(t, "CET")),
              ("From", addr(frm[0], frm[1], hcs, henc)),
              ("To", _addrs(to, hcs, henc))]
    if cc:
        m.hdrs.append(("Cc", _addrs(cc, hcs, henc)))
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += [("Message-ID", "<%d.%d.%d@libero.it>" % (I.int(100000000, 2100000000), I.int(1000, 999999),
                                                        unix(t) * 1000 + I.int(0, 999)))]
    m.hdrs += _reply_hdrs(irt, refs)
    m.hdrs += [("Subject", hdr_text(subj, hcs, henc)),
               ("MIME-Version", "1.0"),
               ("__CT__", None),
               ("X-Priority", "3"),
               ("Importance", "Normal"),
               ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"),
               ("X-Originating-Client", "open-xchange-appsuite"),
               ("x-libjamsun", I.b64(32)),
               ("x-libjamv", "0"),
               ("X-CNFS-Analysis", "v=2.4 cv=%s c=1 sm=1 tr=0 ts=%s" % (I.hex(8), "%x" % unix(t)))]
    return Ctx("ox", I, t)


def wp(m, I, t, frm, to, subj, client_ip, cc=(), irt=None, refs=None, hcs="UTF-8", henc="Q", rcpt=None):
    rcpt = rcpt or to[0][1]
    ip = "212.77.101.%d" % I.int(1, 12)
    _common(m, I, t, rcpt, frm[1], ("mx.wp.pl", "mx%d.wp.pl" % I.int(1, 9), ip), delay=2)
    m.received = ["from [%s] (%s [%s])\r\n\tby poczta.wp.pl (WP-SMTPD) with SMTP\r\n\tfor <%s>; %s" % (
        client_ip, client_ip, client_ip, rcpt, rfcdate(t, "CET"))]
    m.hdrs = [("Date", rfcdate(t, "CET")),
              ("From", addr(frm[0], frm[1], hcs, henc)),
              ("To", _addrs(to, hcs, henc))]
    if cc:
        m.hdrs.append(("Cc", _addrs(cc, hcs, henc)))
    m.hdrs += _reply_hdrs(irt, refs)
    m.hdrs += [("Message-ID", "<%s-%s-%s@wp.pl>" % (I.hex(8), I.hex(4), I.hex(12))),
               ("Subject", hdr_text(subj, hcs, henc)),
               ("MIME-Version", "1.0"),
               ("__CT__", None),
               ("X-Mailer", "Poczta WP"),
               ("X-WP-MailID", I.hex(32)),
               ("X-WP-Sender", frm[1])]
    return Ctx("gmx", I, t)


def olcom(m, I, t, frm, to, subj, zone="UK", cc=(), irt=None, refs=None, hcs="utf-8", henc="Q",
          rcpt=None, lang="en-GB", mobile=False):
    """Outlook.com / Hotmail consumer account."""
    rcpt = rcpt or to[0][1]
    k = I.int(1, 5)
    on = "%seur0%dolkn2%03d" % (I.choice(["vi1", "am7", "du2", "db8"]), k, I.int(10, 99))
    ip = "40.92.%d.%d" % (I.int(64, 107), I.int(2, 250))
    edge = "EUR0%d-%s-obe.outbound.protection.outlook.com" % (k, on[:3].upper())
    _common(m, I, t, rcpt, frm[1], (edge, "mail-%s.outbound.protection.outlook.com" % on, ip))
    mb = "PAXP251MB%04d" % I.int(100, 9999)
    ll = "fe80::%s:%s:%s:%s" % (I.hex(4), I.hex(4), I.hex(4), I.hex(4))
    m.received = ["from %s.EURP251.PROD.OUTLOOK.COM\r\n\t([%s]) by %s.EURP251.PROD.OUTLOOK.COM\r\n\t"
                  "([%s%%5]) with mapi id 15.20.8722.027; %s" % (mb, ll, mb, ll, rfcdate(t, "UTC"))]
    mid = "<%s%s@%s.EURP251.PROD.OUTLOOK.COM>" % (mb, I.hex(24, upper=True), mb)
    m.hdrs = [("From", addr(frm[0], frm[1], hcs, henc)),
              ("To", _addrs(to, hcs, henc))]
    if cc:
        m.hdrs.append(("CC", _addrs(cc, hcs, henc)))
    m.hdrs += [("Subject", hdr_text(subj, hcs, henc)),
               ("Thread-Topic", hdr_text(subj, hcs, henc)),
               ("Thread-Index", thread_index(I, t)),
               ("Date", rfcdate(t, "UTC")),
               ("Message-ID", mid)]
    m.hdrs += _reply_hdrs(irt, refs)
    m.hdrs += [("Accept-Language", "%s, en-US" % lang),
               ("Content-Language", lang),
               ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""),
               ("x-ms-exchange-messagesentrepresentingtype", "1"),
               ("x-tmn", "[%s]" % I.b64(32)),
               ("x-ms-publictraffictype", "Email"),
               ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (mb, "DB9P251MB%04d" % I.int(100, 9999)))]
    if mobile:
        m.hdrs.append(("x-ms-reactions", "allow"))
    m.hdrs += [("__CT__", None), ("MIME-Version", "1.0"),
               ("X-OriginatorOrg", "sct-15-20-8534-24-msonline-outlook-%s.templateTenant" % I.hex(5))]
    c = Ctx("olcom", I, t)
    c.msgpart = mid[1:-1].split("@")[0] + "EURP251PROD"
    return c


def apple(m, I, t, frm, to, subj, hops, client, zone="CET", iphone=False, cc=(), irt=None, refs=None,
          hcs="utf-8", henc="Q", rcpt=None, rp=None):
    rcpt = rcpt or to[0][1]
    _common(m, I, t, rcpt, rp or frm[1], client)
    m.received = hops
    dom = frm[1].split("@")[1]
    if iphone:
        m.hdrs = [("__CT__", None),
                  ("Mime-Version", "1.0 (1.0)"),
                  ("Subject", hdr_text(subj, hcs, henc)),
                  ("Date", rfcdate(t, zone)),
                  ("Message-Id", "<%s@%s>" % (I.uuid(upper=True), dom))]
        m.hdrs += _reply_hdrs(irt, refs)
        m.hdrs += [("Cc", _addrs(cc, hcs, henc))] if cc else []
        m.hdrs += [("To", _addrs(to, hcs, henc)),
                   ("From", addr(frm[0], frm[1], hcs, henc)),
                   ("X-Mailer", "iPhone Mail (22B91)")]
        return Ctx("iphone", I, t)
    m.hdrs = [("From", addr(frm[0], frm[1], hcs, henc)),
              ("__CT__", None),
              ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"),
              ("Subject", hdr_text(subj, hcs, henc)),
              ("Date", rfcdate(t, zone))]
    m.hdrs += _reply_hdrs(irt, refs)
    m.hdrs += [("To", _addrs(to, hcs, henc)),
               ("Message-Id", "<%s@%s>" % (I.uuid(upper=True), dom)),
               ("X-Mailer", "Apple Mail (2.3826.200.121)")]
    return Ctx("apple", I, t)


def zoho(m, I, t, frm, to, subj, client_ip, zone="CET", cc=(), irt=None, refs=None, hcs="UTF-8",
         henc="Q", rcpt=None, reply_to=None):
    rcpt = rcpt or to[0][1]
    ip = "136.143.169.%d" % I.int(2, 60)
    host = "sender4-op-o%d.zoho.eu" % I.int(10, 60)
    _common(m, I, t, rcpt, frm[1], (host, host, ip))
    m.received = ["from mail.zoho.eu by mx.zoho.eu\r\n\twith SMTP id %d%s; %s" % (
        unix(t) * 1000 + I.int(0, 999), I.digits(9), rfcdate(t, "UTC", comment=True))]
    m.hdrs = [("Date", rfcdate(t, zone)),
              ("From", addr(frm[0], frm[1], hcs, henc)),
              ("To", _addrs(to, hcs, henc))]
    if cc:
        m.hdrs.append(("Cc", _addrs(cc, hcs, henc)))
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += [("Message-Id", "<%s.%s.%s@%s>" % (I.hex(11), I.hex(16), I.digits(19),
                                                frm[1].split("@")[1]))]
    m.hdrs += _reply_hdrs(irt, refs)
    m.hdrs += [("Subject", hdr_text(subj, hcs, henc)),
               ("MIME-Version", "1.0"),
               ("__CT__", None),
               ("Importance", "Medium"),
               ("User-Agent", "Zoho Mail"),
               ("X-Mailer", "Zoho Mail")]
    return Ctx("zoho", I, t)


def proton(m, I, t, frm, to, subj, hcs="utf-8", henc="Q", rcpt=None, reply_to=None):
    rcpt = rcpt or to[0][1]
    n = I.int(4300, 4399)
    host = "mail-%d.protonmail.ch" % n
    ip = "185.70.43.%d" % (n - 4300 + 1)
    _common(m, I, t, rcpt, frm[1], (host, host, ip))
    m.received = []
    m.hdrs = [("Date", rfcdate(t, "UTC")),
              ("To", _addrs(to, hcs, henc)),
              ("From", addr(frm[0], frm[1], hcs, henc))]
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += [("Subject", hdr_text(subj, hcs, henc)),
               ("Message-ID", "<%s=@proton.me>" % I.b64(86, url=True)),
               ("Feedback-ID", "%s:user:proton" % I.int(10000000, 99999999)),
               ("X-Pm-Message-ID", I.hex(40)),
               ("MIME-Version", "1.0"),
               ("__CT__", None)]
    return Ctx("proton", I, t)


def mailru(m, I, t, frm, to, subj, client_ip, hcs="utf-8", henc="B", rcpt=None, reply_to=None):
    rcpt = rcpt or to[0][1]
    n = I.int(100, 250)
    host = "smtp%d.i.mail.ru" % (n % 60 + 1)
    ip = "95.163.41.%d" % I.int(60, 99)
    _common(m, I, t, rcpt, frm[1], (host, host, ip))
    m.received = ["by f%d.i.mail.ru with local (envelope-from <%s>)\r\n\tid 1tZ%s-%s-%s; %s" % (
        n, frm[1], I.alnum(4), I.alnum(4), I.alnum(2), rfcdate(t, "MSK")),
        "by e.mail.ru with HTTP;\r\n\t%s" % rfcdate(t, "MSK")]
    m.hdrs = [("From", addr(frm[0], frm[1], hcs, henc)),
              ("To", _addrs(to, hcs, henc))]
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += [("Subject", hdr_text(subj, hcs, henc)),
               ("MIME-Version", "1.0"),
               ("X-Mailer", "Mail.Ru Mailer 1.0"),
               ("X-SenderField-Remind", "0"),
               ("Date", rfcdate(t, "MSK")),
               ("X-Priority", "3 (Normal)"),
               ("Message-ID", "<%d.%s@f%d.i.mail.ru>" % (unix(t), I.hex(16).upper(), n)),
               ("X-Originating-IP", "[%s]" % client_ip),
               ("__CT__", None)]
    return Ctx("mailru", I, t)


def php_mailer(m, I, t, frm, to, subj, server, server_ip, script, zone="CET", hcs="UTF-8", henc="B",
               rcpt=None, reply_to=None, rp=None, uid="1034", xmailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"):
    """Mail injected by a script on a (compromised) shared host."""
    rcpt = rcpt or to[0][1]
    _common(m, I, t, rcpt, rp or frm[1], (server, server, server_ip))
    m.received = ["by %s (Postfix, from userid %s)\r\n\tid %s; %s" % (
        server, uid, I.postfix_short_qid(), rfcdate(t, zone, comment=True))]
    m.hdrs = [("To", _addrs(to, hcs, henc)),
              ("Subject", hdr_text(subj, hcs, henc)),
              ("X-PHP-Originating-Script", "%s:%s" % (uid, script)),
              ("Date", rfcdate(t, zone)),
              ("From", addr(frm[0], frm[1], hcs, henc))]
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += [("Message-ID", "<%s@%s>" % (I.alnum(43), server)),
               ("X-Mailer", xmailer),
               ("MIME-Version", "1.0"),
               ("__CT__", None)]
    return Ctx("php", I, t)


def vps_postfix(m, I, t, frm, to, subj, helo, rdns, ip, client_ip=None, zone="CET", hcs="UTF-8",
                henc="Q", rcpt=None, reply_to=None, ua=None, mid_style="uuid", cc=(), irt=None,
                refs=None, tls="TLSv1.3", rp=None, xmailer=None, style="tb", hops=None):
    """Look-alike domain on a rented VPS running its own Postfix."""
    rcpt = rcpt or to[0][1]
    _common(m, I, t, rcpt, rp or frm[1], (helo, rdns, ip), tls=tls)
    dom = frm[1].split("@")[1]
    m.received = []
    if hops:
        m.received = list(hops)
    elif client_ip:
        m.received.append(rcv_postfix("[192.168.%d.%d]" % (I.int(0, 10), I.int(2, 200)), None, client_ip,
                                      helo, I.postfix_short_qid(), None, t, zone, tls=True, auth=frm[1]))
    mid = {"uuid": "<%s@%s>" % (I.uuid(), dom),
           "hex": "<%s@%s>" % (I.hex(32), dom),
           "outlook": None}[mid_style]
    if mid is None:
        ft = filetime(t)
        mid = "<%04x%08x$%08x$%s$@%s>" % (I.int(1, 200), ft >> 32, ft & 0xffffffff, I.hex(8), dom)
    m.hdrs = [("Message-ID", mid),
              ("Date", rfcdate(t, zone)),
              ("MIME-Version", "1.0")]
    if ua:
        m.hdrs.append(("User-Agent", ua))
    m.hdrs += [("Subject", hdr_text(subj, hcs, henc)),
               ("From", addr(frm[0], frm[1], hcs, henc)),
               ("To", _addrs(to, hcs, henc))]
    if cc:
        m.hdrs.append(("Cc", _addrs(cc, hcs, henc)))
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += _reply_hdrs(irt, refs)
    if xmailer:
        m.hdrs.append(("X-Mailer", xmailer))
    m.hdrs.append(("__CT__", None))
    return Ctx(style, I, t)


def botnet(m, I, t, frm, to, subj, helo, ip, zone="UTC", hcs="utf-8", henc="B", rcpt=None,
           xmailer=None, rdns=None):
    """Spam-bot delivery straight to the MX from an infected host (spoofed sender)."""
    rcpt = rcpt or to[0][1]
    _common(m, I, t, rcpt, frm[1], (helo, rdns, ip), tls=None)
    m.received = []
    dom = frm[1].split("@")[1]
    m.hdrs = [("From", addr(frm[0], frm[1], hcs, henc)),
              ("To", _addrs(to, hcs, henc)),
              ("Subject", hdr_text(subj, hcs, henc)),
              ("Date", rfcdate(t, zone)),
              ("MIME-Version", "1.0"),
              ("__CT__", None),
              ("Message-ID", "<%s%s@%s>" % (I.hex(8).upper(), I.hex(8).upper(), dom))]
    if xmailer:
        m.hdrs.append(("X-Mailer", xmailer))
    return Ctx("php", I, t)

