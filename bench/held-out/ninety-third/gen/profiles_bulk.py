"""Profiles of bulk senders (ESPs) and real services' notification systems."""
import base64

from infra import epoch, local_parts, rfc_date
from profiles_mail import Out, p_yandex


# ---------------------------------------------------------------- bulk ESPs
def p_sendgrid(ctx, r, ptr=None, ip=None, zone="UTC"):
    o = Out()
    t = ctx["t"]
    h = ptr or "%s.outbound-mail.sendgrid.net" % r.alnum(8, "abcdefghijklmnopqrstuvwxyz")
    o.client = (h, h, ip or "149.72.%d.%d" % (r.int(100, 250), r.int(2, 250)))
    pod = "geopod-ismtpd-%d" % r.int(1, 40)
    filt = "filterdrecv-%s-%s" % (r.hex(10), r.alnum(5, "bcdfghjklmnpqrstvwxz0123456789"))
    o.received = [
        "Received: by %s with SMTP id %s-1-%s-%s\r\n        %s.%s +0000 UTC m=+%d.%s"
        % (filt, filt, r.hex(8, True), r.int(1, 60), local_parts(t, "UTC").strftime("%Y-%m-%d %H:%M:%S"),
           r.digits(9), r.int(100000, 9999999), r.digits(9)),
        "Received: from %s (unknown)\r\n\tby %s (SG) with HTTP\r\n\tid %s\r\n\t%s.%s +0000 (UTC)"
        % (r.b64(12).replace("_", "A").replace("-", "z"), pod, r.b64(22).replace("_", "A").replace("-", "z"),
           local_parts(t, "UTC").strftime("%a, %d %b %Y %H:%M:%S"), r.digits(3)),
    ]
    o.msgid = "<%s@%s>" % (r.b64(22).replace("_", "A").replace("-", "w"), pod)
    o.post = ["X-SG-EID: \r\n =?us-ascii?Q?u001.%s?=" % r.b64(60).replace("_", "A").replace("-", "z"),
              "X-SG-ID: \r\n =?us-ascii?Q?u001.SdBcvi+Evd%s?=" % r.b64(40).replace("_", "A").replace("-", "z"),
              "X-Entity-ID: u001.%s" % r.b64(22).replace("_", "A").replace("-", "z")]
    uid = r.int(10000000, 49999999)
    rl, rd = ctx["rcpt"].split("@")
    o.return_path = "bounces+%d-%s-%s=%s@em%d.%s" % (uid, r.hex(4), rl, rd, r.int(1000, 9999), ctx["from_domain"])
    o.boundaries = {k: r.hex(64) for k in ("mixed", "alternative", "related")}
    o.date_zone = zone
    return o


def p_mailgun(ctx, r, mg_domain=None, zone="UTC"):
    o = Out()
    t = ctx["t"]
    a, b = r.int(160, 230), r.int(1, 60)
    h = "m%d-%d.mailgun.net" % (a, b)
    o.client = (h, h, "159.135.%d.%d" % (a, b))
    mg = mg_domain or ("mg." + ctx["from_domain"])
    o.received = ["Received: by %s with HTTP; %s" % (r.hex(14), rfc_date(t, "UTC"))]
    o.msgid = "<%s.%s@%s>" % (local_parts(t, "UTC").strftime("%Y%m%d%H%M%S"), r.hex(16), mg)
    sid = base64.b64encode(('{"v":"%s","d":"%s"}' % (r.hex(24), mg)).encode()).decode()
    o.post = ["X-Mailgun-Sid: %s" % sid, "X-Mailgun-Tag: transactional", "X-Mailgun-Variables: {\"uid\": \"%s\"}" % r.hex(12)]
    rl, rd = ctx["rcpt"].split("@")
    o.return_path = "bounce+%s.%s-%s=%s@%s" % (r.hex(6), r.hex(6), rl, rd, mg)
    o.boundaries = {k: r.hex(32) for k in ("mixed", "alternative", "related")}
    o.date_zone = zone
    return o


def p_brevo(ctx, r, zone="UTC"):
    o = Out()
    t = ctx["t"]
    n = r.int(2, 250)
    h = "ea.%s.brevosend.com" % r.alnum(6, "abcdefghijklmnopqrstuvwxyz")
    o.client = ("smtp-relay.sendinblue.com", h, "77.32.148.%d" % n)
    o.received = []
    o.msgid = "<%s.%s@smtp-relay.mailin.fr>" % (local_parts(t, "UTC").strftime("%Y%m%d%H%M"), r.digits(11))
    eid = r.b64(80).replace("_", "/").replace("-", "+")
    o.post = ["X-Mailin-EID: %s" % eid, "X-sib-id: %s" % r.b64(80).replace("_", "/").replace("-", "+"),
              "X-CSA-Complaints: csa-complaints@eco.de", "Feedback-ID: %d:%d:%s:Sendinblue"
              % (r.int(10, 99), r.int(1000000, 9999999), r.alnum(8))]
    o.return_path = "%s@%s.brevosend.com" % (r.hex(24), r.alnum(6, "abcdefghijklmnopqrstuvwxyz"))
    o.boundaries = {k: "----=_Part_%d_%d.%d" % (r.int(10000, 99999), r.int(100000000, 999999999),
                                                epoch(t) * 1000 + r.int(0, 999)) for k in ("mixed", "alternative", "related")}
    o.date_zone = zone
    return o


def p_ses(ctx, r, region="eu-west-1", zone="UTC"):
    o = Out()
    t = ctx["t"]
    a, b = r.int(1, 60), r.int(1, 250)
    h = "a%d-%d.smtp-out.%s.amazonses.com" % (a, b, region)
    ipbase = {"eu-west-1": "54.240", "eu-central-1": "69.169", "us-east-1": "54.240"}[region]
    o.client = (h, h, "%s.%d.%d" % (ipbase, a, b))
    mid = "0102019%s-%s-000000" % (r.hex(9), r.uuid())
    if region == "us-east-1":
        mid = mid.replace("0102019", "0100019")
    o.msgid = "<%s@%s.amazonses.com>" % (mid, region)
    o.post = ["Feedback-ID: ::1.%s.%s=:AmazonSES" % (region, r.b64(43).replace("_", "/").replace("-", "+")),
              "X-SES-Outgoing: %s-%s" % (local_parts(t, "UTC").strftime("%Y.%m.%d"), o.client[2])]
    o.return_path = "%s@%s.amazonses.com" % (mid, region)
    o.boundaries = {k: "----=_Part_%d_%d.%d" % (r.int(1000, 99999), r.int(100000000, 999999999),
                                                epoch(t) * 1000 + r.int(0, 999)) for k in ("mixed", "alternative", "related")}
    o.date_zone = zone
    o.delay = 1
    return o


def p_mailchimp(ctx, r, zone="UTC", pod=21, user=None, list_id=None):
    o = Out()
    t = ctx["t"]
    n, m = r.int(100, 250), r.int(11, 131)
    h = "mail%d.atl%d.mcdlv.net" % (n, m)
    o.client = (h, h, "198.2.%d.%d" % (r.int(128, 191), n))
    o.received = ["Received: from localhost (localhost [127.0.0.1])\r\n\tby %s (Mailchimp) with ESMTP id %s\r\n\tfor <%s>; %s"
                  % (h, r.postfix_qid(), ctx["rcpt"], rfc_date(t, "UTC"))]
    cid, uid = r.hex(10), user or r.hex(25)
    o.msgid = "<%s.%s@%s>" % (r.hex(32), r.hex(10), h)
    o.post = ["X-Mailer: MailChimp Mailer - **CID%s%s**" % (cid, r.hex(10)),
              "X-Campaign: mailchimp%s.%s" % (uid, cid),
              "X-campaignid: mailchimp%s.%s" % (uid, cid),
              "X-Report-Abuse: Please report abuse for this campaign here:\r\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (uid, cid, r.hex(10)),
              "X-MC-User: %s" % uid,
              "Feedback-ID: %d:%d.%d:us%d:mc" % (r.int(10000000, 99999999), r.int(10000000, 99999999), r.int(1000000, 9999999), pod),
              "X-Accounttype: pd"]
    rl, rd = ctx["rcpt"].split("@")
    o.return_path = "bounce-mc.us%d_%d.%d-%s=%s@%s" % (pod, r.int(10000000, 99999999),
                                                      r.int(1000000, 9999999), rl, rd, h)
    o.boundaries = {k: "_----------=_MCPart_%d" % r.int(100000000, 999999999) for k in ("mixed", "alternative", "related")}
    o.date_zone = zone
    return o


def p_esp_generic(ctx, r, helo, rdns, ip, hop=None, msgid_host=None, post=None, rp=None,
                  zone="UTC", boundary_prefix="----=_Part_"):
    o = Out()
    t = ctx["t"]
    o.client = (helo, rdns, ip)
    o.received = ["Received: from %s\r\n\tby %s with ESMTP id %s;\r\n\t%s" % (hop, helo, r.hex(12, True), rfc_date(t, zone))] if hop else []
    o.msgid = "<%s.%s@%s>" % (r.hex(20), epoch(t), msgid_host or helo)
    o.post = list(post or [])
    o.return_path = rp
    o.boundaries = {k: "%s%s" % (boundary_prefix, r.hex(24)) for k in ("mixed", "alternative", "related")}
    o.date_zone = zone
    return o


# ---------------------------------------------------------------- real services
def p_google_notify(ctx, r):
    o = Out()
    t = ctx["t"]
    n = r.int(65, 75)
    h = "mail-sor-f%d.google.com" % n
    o.client = (h, h, "209.85.220.%d" % n)
    o.received = ["Received: by %s with SMTP id %s-%so%s.%d\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s"
                  % (h, r.hex(13), r.hex(11), r.digits(7) + "qkf", r.int(1, 9), ctx["rcpt"],
                     rfc_date(t, "America/Los_Angeles", abbr=True, zero_pad_day=False))]
    o.pre = ["X-Google-Smtp-Source: AGHT+I%s" % r.b64(74).replace("_", "/").replace("-", "+"),
             "X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%s;\r\n        %s"
             % (r.hex(4), r.hex(3), r.hex(3), r.hex(3), r.hex(3), r.hex(12), r.hex(7) + "qkf", r.int(1, 9),
                r.digits(13), rfc_date(t, "America/Los_Angeles", abbr=True, zero_pad_day=False))]
    o.msgid = "<%s@notifications.google.com>" % r.b64(22).replace("_", "A").replace("-", "w")
    o.boundaries = {k: "000000000000%s" % r.hex(16) for k in ("mixed", "alternative", "related")}
    o.order = "gmail"
    o.date_zone = "UTC"
    o.return_path = "3%s@gaia.bounces.google.com" % r.b64(40).replace("_", "-").replace("-", "-")
    return o


def p_github(ctx, r):
    o = Out()
    t = ctx["t"]
    n = r.int(20, 29)
    h = "out-%d.smtp.github.com" % n
    o.client = (h, h, "192.30.252.%d" % (190 + n))
    node = "github-lowworker-%s.va3-iad.github.net" % r.hex(10)
    o.received = ["Received: from github.com (hubbernetes-node-%s.va3-iad.github.net [10.48.%d.%d])\r\n\tby smtp.github.com (Postfix) with ESMTPA id %s\r\n\tfor <%s>; %s"
                  % (r.hex(12), r.int(10, 250), r.int(10, 250), r.postfix_qid(), ctx["rcpt"],
                     rfc_date(t, "America/Los_Angeles", abbr=True))]
    o.msgid = "<%s_%s%d@%s.mail>" % (r.hex(13), r.hex(4), r.int(100000, 999999), node.split(".")[0])
    o.post = ["X-Auto-Response-Suppress: All"]
    o.boundaries = {k: "--==_mimepart_%s_%s" % (r.hex(13), r.digits(5)) for k in ("mixed", "alternative", "related")}
    o.date_zone = "UTC"
    o.return_path = "noreply@github.com"
    return o


def p_microsoft_account(ctx, r):
    o = Out()
    t = ctx["t"]
    o.client = ("NAM11-DM6-obe.outbound.protection.outlook.com",
                "mail-dm6nam11on2052.outbound.protection.outlook.com", "40.107.223.52")
    srv = "BN%dPR%02dMB%d" % (r.int(0, 9), r.int(1, 20), r.int(1000, 9999))
    o.received = ["Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:%s:%s::%d)\r\n by %s.namprd%02d.prod.outlook.com with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8093.17; %s"
                  % (srv, r.int(1, 20), r.hex(3), r.hex(3), r.int(1, 40), srv.replace("BN", "SN"), r.int(1, 20),
                     rfc_date(t, "UTC"))]
    o.msgid = "<%s.%s@%s>" % (r.alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                              r.alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "az-westus2-msa")
    o.post = ["X-MS-Exchange-CrossTenant-OriginalArrivalTime: %s.%s (UTC)" % (local_parts(t, "UTC").strftime("%d %b %Y %H:%M:%S"), r.digits(4)),
              "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
              "X-OriginatorOrg: accountprotection.microsoft.com"]
    o.boundaries = {k: "--boundary_%d_%s" % (r.int(0, 99), r.uuid()) for k in ("mixed", "alternative", "related")}
    o.date_zone = "UTC"
    return o


def p_docusign(ctx, r):
    o = Out()
    t = ctx["t"]
    n = r.int(2, 60)
    h = "mailda%d.eumail.docusign.net" % n
    o.client = (h, h, "185.81.%d.%d" % (r.int(100, 103), r.int(10, 250)))
    o.received = ["Received: from docusign.net ([10.64.%d.%d])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
                  % (r.int(1, 250), r.int(1, 250), h, r.postfix_qid(), ctx["rcpt"], rfc_date(t, "UTC"))]
    o.msgid = "<%s@docusign.net>" % r.hex(32)
    o.post = ["X-API-Host: docusign.net", "X-DocuSign-Envelope: %s" % r.uuid()]
    o.boundaries = {k: "--boundary_%d_%s" % (r.int(0, 99), r.uuid()) for k in ("mixed", "alternative", "related")}
    o.return_path = "bounces@eumail.docusign.net"
    o.date_zone = "UTC"
    return o


def p_yandex_id(ctx, r):
    o = p_yandex(ctx, r, webmail=False)
    o.msgid = "<%s@%s.yp-c.yandex.net>" % (r.digits(16), r.choice(["passport-ymail-1", "passport-ymail-3"]))
    o.post = []
    o.return_path = "noreply@id.yandex.ru"
    return o


from profiles_mail import (p_exim_cpanel, p_gmail, p_gmx, p_internal, p_internal_app,  # noqa: E402
                           p_libero, p_m365, p_mailru, p_outlook_smtp, p_roundcube,
                           p_thunderbird, p_vps, p_wp)

PROFILES = {
    "internal": p_internal, "internal_app": p_internal_app, "m365": p_m365, "gmail": p_gmail,
    "gmx": p_gmx, "libero": p_libero, "wp": p_wp, "outlook_smtp": p_outlook_smtp,
    "yandex": p_yandex, "mailru": p_mailru, "roundcube": p_roundcube, "thunderbird": p_thunderbird,
    "exim_cpanel": p_exim_cpanel, "vps": p_vps, "sendgrid": p_sendgrid, "mailgun": p_mailgun,
    "brevo": p_brevo, "ses": p_ses, "mailchimp": p_mailchimp, "esp": p_esp_generic,
    "google_notify": p_google_notify, "github": p_github, "microsoft_account": p_microsoft_account,
    "docusign": p_docusign, "yandex_id": p_yandex_id,
}
