"""Profiles for large genuine services and a free-form profile."""
from lib.infra import fmt, ago, rx_postfix


def custom(m, mx, return_path, trace, headers, boundary=None):
    """mx = (helo, rdns, ip, tls)."""
    m.mx_from = mx
    m.return_path = return_path
    m.trace = trace
    m.headers = headers
    if boundary:
        m.boundary = boundary


def ms_account(m, F):
    c = m.ctx
    t = F["t"]
    node = "BL02EPF0001A%03X" % c.randint(0x100, 0xFFF)
    m.mx_from = ("NAM12-BN8-obe.outbound.protection.outlook.com",
                 "mail-bn8nam12on2083.outbound.protection.outlook.com", "40.107.237.83", "1.2")
    m.return_path = "<account-security-noreply@accountprotection.microsoft.com>"
    m.trace = [("Received", "from %s.namprd09.prod.outlook.com\n (2603:10b6:a03:%s::%s) by MN0PR09MB%04d.namprd09.prod.outlook.com\n (2603:10b6:208:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9320.12; %s"
                % (node, c.hex(3), c.hex(2), c.randint(1000, 9999), c.hex(3), c.hex(2), fmt(t, "UTC")))]
    mid = "<%s.%s@%s>" % (c.chars(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), c.chars(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), node)
    m.msgid = mid
    m.headers = [("Date", fmt(ago(t, 1), "UTC")), ("From", F["frm"]), ("Reply-To", "<no-reply@microsoft.com>"),
                 ("To", F["to"]), ("Message-ID", mid), ("Subject", F["subject"]), ("MIME-Version", "1.0"),
                 ("MIME", None)] + [
                 ("X-MS-PublicTrafficType", "Email"),
                 ("X-MS-TrafficTypeDiagnostic", "%s:EE_|MN0PR09MB%04d:EE_" % (node, c.randint(1000, 9999))),
                 ("X-OriginatorOrg", "accountprotection.microsoft.com"),
                 ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", "%s.%04d (UTC)" % (fmt(t, "UTC")[5:25], c.randint(0, 9999))),
                 ("X-MS-Exchange-CrossTenant-Network-Message-Id", c.uuid()),
                 ("X-MS-Exchange-CrossTenant-Id", "72f988bf-86f1-41af-91ab-2d7cd011db47"),
                 ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Internet")]
    m.boundary = lambda n=0: "--boundary_%d_%s" % (c.randint(1, 99), c.uuid())


def google_notify(m, F):
    c = m.ctx
    t = F["t"]
    host = "mail-sor-f73.google.com"
    m.mx_from = (host, host, "209.85.220.73", "1.3")
    m.return_path = "<3%s-%s.%s@gaia.bounces.google.com>" % (c.alnum(12), c.alnum(10), c.b64url(26))
    m.trace = [("Received", "by %s with SMTP id %s.%d.2026.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (Google Transport Security);\n        %s"
                % (host, c.hex(30), c.randint(10, 90), t.month, t.day, t.hour, t.minute, t.second, m.rcpt, fmt(ago(t, 1), "PT", True))),
               ("X-Google-Smtp-Source", "AGHT+I" + c.b64url(62)),
               ("MIME-Version", "1.0"),
               ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s"
                % (c.hex(4), c.hex(4), c.hex(3), c.hex(4), c.hex(14), c.hex(11), c.randint(1, 9), c.randint(1000000000000, 9999999999999), fmt(ago(t, 1), "PT", True)))]
    mid = "<%s@google.com>" % c.b64url(22)
    m.msgid = mid
    m.headers = [("Date", fmt(ago(t, 2), "UTC", pad_day=True).replace("+0000", "GMT")), ("X-Account-Notification-Type", F.get("ntype", "127-anexp#nret-fa")),
                 ("Feedback-ID", "127-anexp#nret-fa:account-notifier"),
                 ("X-Notifications", "%s" % c.hex(16)),
                 ("X-Notifications-Bounce-Info", c.b64url(40)),
                 ("Message-ID", mid), ("Subject", F["subject"]), ("From", F["frm"]), ("To", F["to"]), ("MIME", None)]
    m.boundary = lambda n=0: c.boundary_gmail()


def github(m, F):
    c = m.ctx
    t = F["t"]
    m.mx_from = ("out-21.smtp.github.com", "out-21.smtp.github.com", "192.30.252.204", "1.3")
    m.return_path = "<noreply@github.com>"
    m.trace = [("Received", "from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s"
                % (c.hex(4), c.randint(1, 254), c.randint(1, 254), c.postfix_qid(), m.rcpt, fmt(ago(t, 1), "PT", True)))]
    mid = "<%s_%s%s@%s.mail>" % (c.hex(13), c.hex(6), c.digits(6), c.hex(12))
    m.msgid = mid
    m.headers = [("Date", fmt(ago(t, 1), "PT")), ("From", F["frm"]), ("To", F["to"]), ("Message-ID", mid),
                 ("Subject", F["subject"]), ("Mime-Version", "1.0"), ("MIME", None),
                 ("X-Auto-Response-Suppress", "All")]
    m.boundary = lambda n=0: "--==_mimepart_%s_%d" % (c.hex(13), c.randint(100000, 999999))


def docusign(m, F):
    c = m.ctx
    t = F["t"]
    m.mx_from = ("mail-eu2.docusign.net", "mail-eu2.docusign.net", "185.81.101.36", "1.2")
    m.return_path = "<dse@eumail.docusign.net>"
    m.trace = [("Received", "from docusign.net (10.233.%d.%d) by mail-eu2.docusign.net with ESMTP id %s; %s"
                % (c.randint(1, 254), c.randint(1, 254), c.hex(16), fmt(ago(t, 1), "UTC")))]
    mid = "<%s@docusign.net>" % c.hex(32)
    m.msgid = mid
    m.headers = [("Message-ID", mid), ("MIME-Version", "1.0"), ("From", F["frm"]), ("Reply-To", F["reply_to"]),
                 ("To", F["to"]), ("Date", fmt(ago(t, 1), "UTC")), ("Subject", F["subject"]), ("MIME", None),
                 ("X-DocuSign-Envelope-Id", F["envelope"])]
    m.boundary = lambda n=0: "--boundary_%d_%s" % (n, c.uuid())


def yandex_id(m, F):
    c = m.ctx
    t = F["t"]
    m.mx_from = ("forward500a.mail.yandex.net", "forward500a.mail.yandex.net", "178.154.239.80", "1.3")
    m.return_path = "<noreply@id.yandex.ru>"
    n = c.randint(10, 60)
    m.trace = [("Received", "from mail-nwsmtp-mxback-production-main-%d.vla.yp-c.yandex.net (mail-nwsmtp-mxback-production-main-%d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c1f:%s:0:640:%s:0])\n\tby forward500a.mail.yandex.net (Yandex) with ESMTPS id %s\n\tfor <%s>; %s"
                % (n, n, c.hex(4), c.hex(4), c.alnum(11), m.rcpt, fmt(ago(t, 1), "RU", True)))]
    mid = "<%d@%s.yp-c.yandex.net>" % (c.randint(10 ** 17, 10 ** 18), "production-passport-" + c.hex(6))
    m.msgid = mid
    m.headers = [("From", F["frm"]), ("To", F["to"]), ("Subject", F["subject"]), ("Message-Id", mid),
                 ("Date", fmt(ago(t, 2), "RU")), ("MIME-Version", "1.0"), ("MIME", None),
                 ("X-Yandex-Notify-Type", "passport.login_notification")]
    m.boundary = lambda n=0: "===============%d==" % c.randint(10 ** 18, 10 ** 19)


def paypal(m, F):
    c = m.ctx
    t = F["t"]
    m.mx_from = ("mx1.phx.paypal.com", "mx1.phx.paypal.com", "64.4.240.73", "1.2")
    m.return_path = "<service@paypal.co.uk>"
    node = "ccg01mail%02d.ccg01.phx.paypalinc.com" % c.randint(1, 20)
    m.trace = [("Received", "from %s (%s [10.176.%d.%d])\n\tby mx1.phx.paypal.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                % (node, node, c.randint(1, 254), c.randint(1, 254), c.postfix_qid(), m.rcpt, fmt(ago(t, 1), "PT")))]
    mid = "<%s.%s@paypal.com>" % (c.hex(12), c.hex(16))
    m.msgid = mid
    m.headers = [("Date", fmt(ago(t, 1), "PT")), ("Message-ID", mid), ("From", F["frm"]), ("To", F["to"]),
                 ("Subject", F["subject"]), ("MIME-Version", "1.0"), ("MIME", None),
                 ("X-PP-Email-transmission-Id", c.uuid()), ("PP-Correlation-Id", c.hex(13)),
                 ("X-PP-REQUESTED-TIME", str(int(t.timestamp() * 1000))), ("X-MaxCode-Template", "PPX001089")]
    m.boundary = lambda n=0: "----=_Part_%d_%d.%d" % (c.randint(100000, 999999), c.randint(10000000, 99999999), int(t.timestamp() * 1000))
