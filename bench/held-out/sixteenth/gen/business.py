"""40 legitimate messages that a filter could mistake for hostile (business/)."""
import base64
from datetime import timedelta

import mimelib as M
from common import (authres, bnd, dkim, hop, html_doc, internal, mk, msgid_gmail, msgid_generic, msgid_outlook,
                    msgid_uuid, msgid_exchange, p2h, who, LIEF_IBAN_OLD, LIEF_IBAN_NEW, FERRETTI_IBAN, PARTNER_IBAN)

F = "business"


def alt(seed, plain, html, cs, cte="quoted-printable", style="outlook"):
    return M.multipart("alternative", [M.text(plain, "plain", cs, cte), M.text(html, "html", cs, cte)],
                       bnd(seed, style))


def olk_hop(when, seed, host):
    return ("from %s (2603:10a6:20b:%s::%s) by %s\r\n\t(2603:10a6:10:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\r\n\t"
            "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.12; %s"
            % (host, M.hexid(seed + "a", 3), M.hexid(seed + "b", 2), host, M.hexid(seed + "c", 3),
               M.hexid(seed + "d", 2), M.rfcdate(when + timedelta(seconds=1))))


def gmail_hop(when, seed):
    return "by 2002:a05:6a20:%s:b0:%s:%s:%s with SMTP id %s;\r\n\t%s" % (
        M.hexid(seed + "1", 4), M.hexid(seed + "2", 3), M.hexid(seed + "3", 4), M.hexid(seed + "4", 4),
        M.alnum(seed + "5", 12, "abcdefghijklmnopqrstuvwxyz0123456789"), M.rfcdate(when))

# -------------------------------------------------------------- correspondents' mail infrastructure

LIEF = dict(helo="mail.lieferant-gmbh.de", rdns="mail.lieferant-gmbh.de", ip="91.213.44.20")


def lief_mk(seed, when, sender, **kw):
    auth = authres(spf=("pass", sender, LIEF["ip"]), dkim_=("pass", "lieferant-gmbh.de", "sel2026"),
                   dmarc=("pass", "lieferant-gmbh.de", "QUARANTINE"), seed=seed)
    hops = [hop("LGFEX01.lieferant.local (192.168.20.11)", "mail.lieferant-gmbh.de (Postfix)", when + timedelta(seconds=1),
                "ESMTPS", "4d" + M.alnum(seed + "lh", 12, "BCDFGHJKLMNPQRSTVWXYZ0123456789") + "k")]
    return mk(folder=F, mail_from=sender, auth=auth, hops=hops,
              pre=[("DKIM-Signature", dkim("lieferant-gmbh.de", "sel2026", seed, when))], when=when, **LIEF, **kw)


ARUBA = dict(helo="smtpdh13-2.aruba.it", rdns="smtpdh13-2.aruba.it", ip="62.149.155.214")


def ferretti_mk(seed, when, sender, **kw):
    auth = authres(spf=("pass", sender, ARUBA["ip"]), dkim_=("pass", "ferretti-trasporti.it", "a1"),
                   dmarc=("pass", "ferretti-trasporti.it", "NONE"), seed=seed)
    hops = [hop("FTVR-PC07 ([93.44.213.118])", "Aruba Outgoing Smtp", when + timedelta(seconds=1), "ESMTPSA",
                "3nZx" + M.alnum(seed, 16))]
    return mk(folder=F, mail_from=sender, auth=auth, hops=hops,
              pre=[("DKIM-Signature", dkim("ferretti-trasporti.it", "a1", seed, when))], when=when, **ARUBA, **kw)


def partner_mk(seed, when, sender, **kw):
    auth = authres(spf=("pass", sender, "40.107.22.83"), dkim_=("pass", "partner-logistik.pl", "selector1"),
                   dmarc=("pass", "partner-logistik.pl", "QUARANTINE"), seed=seed)
    return mk(folder=F, mail_from=sender, auth=auth, helo="EUR05-AM6-obe.outbound.protection.outlook.com",
              rdns="mail-am6eur05on2083.outbound.protection.outlook.com", ip="40.107.22.83",
              hops=[olk_hop(when, seed, "AS8PR02MB9611.eurprd02.prod.outlook.com")],
              pre=[("DKIM-Signature", dkim("partner-logistik.pl", "selector1", seed, when))], when=when,
              msgid=msgid_outlook(seed, "eurprd02"), **kw)

# ==================================================================================== English


def b01():
    seed = "b01"
    when = M.dt(1, 19, 44, 10, "UTC")
    n, a = who("j.whitfield")
    plain = """Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account j*****@example.com.

Sign-in details

Country/region: Netherlands
IP address: 145.53.118.20
Date: 01/12/2026 19:42 (GMT)
Platform: iOS
Browser: Safari

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

Review recent activity: https://account.live.com/Activity

To opt out or change where you receive security notifications, click here: https://account.live.com/SecurityNotifications/Update

Thanks,
The Microsoft account team

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    html = html_doc("""
<table dir="ltr" style="font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">
<tr><td style="font-size:17px;color:#707070">Microsoft account</td></tr>
<tr><td style="font-size:41px;color:#2672ec;padding-top:4px">Unusual sign-in activity</td></tr>
<tr><td style="padding-top:25px">We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" href="mailto:j*****@example.com">j*****@example.com</a>.</td></tr>
<tr><td style="padding-top:25px"><b>Sign-in details</b></td></tr>
<tr><td style="padding-top:6px">Country/region: Netherlands<br>IP address: 145.53.118.20<br>Date: 01/12/2026 19:42 (GMT)<br>Platform: iOS<br>Browser: Safari</td></tr>
<tr><td style="padding-top:25px">Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.</td></tr>
<tr><td style="padding-top:25px"><a href="https://account.live.com/Activity" style="background-color:#2672ec;color:#fff;padding:5px 20px;text-decoration:none">Review recent activity</a></td></tr>
<tr><td style="padding-top:25px">To opt out or change where you receive security notifications, <a href="https://account.live.com/SecurityNotifications/Update">click here</a>.</td></tr>
<tr><td style="padding-top:25px">Thanks,<br>The Microsoft account team</td></tr>
</table>""", "Microsoft account")
    root = alt(seed, plain, html, "utf-8", style="eq")
    auth = authres(spf=("pass", "account-security-noreply@accountprotection.microsoft.com", "40.107.237.71"),
                   dkim_=("pass", "accountprotection.microsoft.com", "selector1"),
                   dmarc=("pass", "accountprotection.microsoft.com", "REJECT"), seed=seed)
    return mk(folder=F, nn=1, lang="en", short="microsoft-signin-alert", charset="utf-8",
              desc="Genuine Microsoft account unusual sign-in alert (triggered by the manager's own login while travelling) from Microsoft's real infrastructure.",
              when=when, frm=M.addr("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
              to=M.addr("", a), subject="Microsoft account unusual sign-in activity", root=root,
              mail_from="account-security-noreply@accountprotection.microsoft.com",
              helo="NAM12-BN8-obe.outbound.protection.outlook.com",
              rdns="mail-bn8nam12on2071.outbound.protection.outlook.com", ip="40.107.237.71", auth=auth,
              hops=[olk_hop(when, seed, "SN7PR00MB0451.namprd00.prod.outlook.com")],
              pre=[("DKIM-Signature", dkim("accountprotection.microsoft.com", "selector1", seed, when))],
              msgid="<%s@az.westus2.microsoft.com>" % M.msgid_uuid_raw(seed),
              extra=[("X-MSAMetaData", M.b64str(seed + "meta", 30))])


def b02():
    seed = "b02"
    when = M.dt(3, 14, 6, 51, "UTC")
    n, a = who("o.bennett")
    token = M.alnum(seed, 40, "abcdef0123456789") + "?email=o.bennett%40example.com"
    body = """Hi o-bennett-exg,

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team

You're receiving this email because a password reset was requested for your account.

GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
""" % token
    root = M.text(body, "plain", "us-ascii", "7bit")
    auth = authres(spf=("pass", "noreply@github.com", "192.30.252.204"), dkim_=("pass", "github.com", "pf2023"),
                   dmarc=("pass", "github.com", "REJECT"), seed=seed)
    return mk(folder=F, nn=2, lang="en", short="github-password-reset", charset="us-ascii",
              desc="Genuine GitHub password-reset email requested by the UK IT support engineer, plain text with a reset token link.",
              when=when, frm=M.addr("GitHub", "noreply@github.com"), to=M.addr("", a),
              subject="[GitHub] Please reset your password", root=root, mail_from="noreply@github.com",
              helo="out-21.smtp.github.com", rdns="out-21.smtp.github.com", ip="192.30.252.204", auth=auth,
              hops=[hop("github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])" % (M.hexid(seed, 5), 202, 41),
                        "smtp.github.com (Postfix)", when, "ESMTPA", M.alnum(seed + "gid", 12))],
              pre=[("DKIM-Signature", dkim("github.com", "pf2023", seed, when))],
              msgid="<%s@github.com>" % (M.hexid(seed + "m", 24)),
              extra=[("X-Auto-Response-Suppress", "All")])


def b03():
    seed = "b03"
    when = M.dt(2, 7, 15, 44, "UK")
    n, a = who("j.whitfield")
    awb = "4817305526"
    link = "https://del.dhl.com/onDemandDelivery/gb/en/?awb=%s&cc=GB&lc=en&tk=%s" % (awb, M.alnum(seed, 24))
    plain = """DHL Express - Duties and taxes due

Dear James Whitfield,

Your shipment %s from LIEFERANT GMBH, FUERTH, DE is due to be delivered on Thursday, 03/12/2026.

As the goods are imported into the United Kingdom, import duty and VAT have been assessed by HM Revenue & Customs:

Import VAT:                  GBP 63.12
Customs duty:                GBP  9.50
DHL disbursement/admin fee:  GBP 11.75
Total due:                   GBP 84.37

To avoid a delay in delivery, please pay online via DHL On Demand Delivery:
%s

If you have a UK VAT-registered business account with DHL (duties and taxes billed to account), you can ignore this message; the amount will be charged to your account.

Please note: DHL will only ask you to pay duties and taxes for shipments you are expecting. We will never ask for payment by gift card, cryptocurrency or bank transfer to a private account.

DHL Express (UK) Limited, Southern Hub, Unit 1 Horton Road, Colnbrook, Slough SL3 0BB
""" % (awb, link)
    html = html_doc("""<div style="max-width:600px;margin:auto;font-family:Frutiger,Arial,sans-serif;font-size:14px">
<div style="background:#ffcc00;padding:14px 18px"><b style="color:#d40511;font-size:22px">DHL</b> <span style="color:#d40511">EXPRESS</span></div>
<div style="padding:18px;border:1px solid #eee">""" + p2h(plain.split("\n", 2)[2]).replace(link.replace("&", "&amp;"), '<a href="%s">Pay duties and taxes</a>' % link.replace("&", "&amp;")) +
                    "</div></div>", "DHL Express", cs="windows-1252")
    root = alt(seed, plain, html, "windows-1252", style="eq")
    auth = authres(spf=("pass", "bounce-44_HTML-%s@bounce.notifications.dhl.com" % M.digits(seed, 8), "13.111.54.27"),
                   dkim_=("pass", "dhl.com", "200608"), dmarc=("pass", "dhl.com", "REJECT"), seed=seed)
    return mk(folder=F, nn=3, lang="en", short="dhl-express-duty", charset="windows-1252",
              desc="Genuine DHL Express notice of UK import duty and VAT on a shipment from the German supplier, with an online payment link on DHL's real domain.",
              when=when, frm=M.addr("DHL Express", "noreply@dhl.com"), to=M.addr(n, a),
              subject="DHL On Demand Delivery: duties and taxes due for shipment %s" % awb, root=root,
              mail_from="bounce-44_HTML-%s@bounce.notifications.dhl.com" % M.digits(seed, 8),
              helo="mta7.notifications.dhl.com", rdns="mta7.notifications.dhl.com", ip="13.111.54.27", auth=auth,
              pre=[("DKIM-Signature", dkim("dhl.com", "200608", seed, when))],
              msgid="<%s@ind1s06mta1027.xt.local>" % M.msgid_uuid_raw(seed),
              extra=[("x-job", "7291040_%s" % M.digits(seed, 7))])


def b04():
    seed = "b04"
    when = M.dt(30, 11, 38, 27, "UK")
    n, a = who("j.whitfield")
    plain = """Hi James,

I hope you don't mind me reaching out directly.

I'm working on a confidential search for a Head of Operations (UK & Ireland) for a well-established European 3PL that is expanding its North West hub. Given your background running cross-border pallet operations out of Trafford Park, I thought you might be a strong fit, or know someone who is.

A few headlines:
- Reports to the UK MD, leading c. 140 people across two sites
- Package £85-95k base + 20% bonus + car allowance, hybrid (3 days on site)
- Strong focus on EU groupage and customs post-Brexit

Would you be open to a brief, confidential chat this week or next? You can pick a slot that suits you here: https://calendly.com/rachel-osei-htp/20min

If now isn't the right time, no problem at all, and feel free to pass my details on to anyone you think might be interested.

Best regards,

Rachel Osei
Senior Consultant - Supply Chain & Logistics
Harrington Talent Partners
3 Hardman Street, Manchester M3 3HF
+44 161 826 4410 | linkedin.com/in/rachelosei-htp
"""
    html = '<div dir="ltr">' + p2h(plain) + "</div>\n"
    root = alt(seed, plain, html, "utf-8", style="gmail")
    auth = authres(spf=("pass", "rachel.osei@harringtontalent.co.uk", "209.85.128.54"),
                   dkim_=("pass", "harringtontalent.co.uk", "google"), dmarc=("pass", "harringtontalent.co.uk", "NONE"), seed=seed)
    return mk(folder=F, nn=4, lang="en", short="recruiter-approach", charset="utf-8",
              desc="Unsolicited but genuine headhunter approach to the UK operations manager from a recruitment agency on Google Workspace, with a scheduling link.",
              when=when, frm=M.addr("Rachel Osei", "rachel.osei@harringtontalent.co.uk"), to=M.addr(n, a),
              subject="Confidential: Head of Operations opportunity - Manchester (logistics)", root=root,
              mail_from="rachel.osei@harringtontalent.co.uk", helo="mail-wm1-f54.google.com",
              rdns="mail-wm1-f54.google.com", ip="209.85.128.54", auth=auth, hops=[gmail_hop(when, seed)],
              pre=[("DKIM-Signature", dkim("harringtontalent.co.uk", "google", seed, when,
                                           "mime-version:from:date:message-id:subject:to"))],
              msgid=msgid_gmail(seed))


def b05():
    seed = "b05"
    when = M.dt(3, 6, 30, 2, "UK")
    n, a = who("j.whitfield")
    u, lid = "8f2c1a9e4b7d3c6a5e0f1b2d3", "4e7a1c9b2d"
    eid = M.hexid(seed + "e", 10)

    def trk(i):
        return "https://freightweek.us12.list-manage.com/track/click?u=%s&id=%s&e=%s" % (u, M.hexid(seed + str(i), 10), eid)
    unsub = "https://freightweek.us12.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s" % (u, lid, eid, M.hexid(seed + "c", 10))
    items = [
        ("Red Sea: container rates ease as more carriers return to Suez routing",
         "Spot rates Asia-North Europe fell for the fourth week running as two more alliances confirmed Suez transits for January sailings."),
        ("EU ETS maritime: what the 100% surrender obligation means for 2027 surcharges",
         "From 2027 carriers must surrender allowances for all of their reported emissions. We look at how forwarders are passing the cost on."),
        ("Rotterdam congestion: barge waiting times hit 60 hours",
         "Inland shipping operators warn of knock-on delays for hinterland rail as year-end volumes peak."),
        ("UK: new Border Target Operating Model checks for EU plant products",
         "Defra has confirmed the next phase of checks at Sevington and other inland border facilities."),
    ]
    plain = "FreightWeek Briefing - Thursday 3 December 2026\n\nView in browser: %s\n\n" % trk(0)
    hl = ""
    for i, (t, s) in enumerate(items, 1):
        plain += "%s\n%s\nRead more: %s\n\n" % (t, s, trk(i))
        hl += '<tr><td style="padding:14px 0;border-bottom:1px solid #e5e5e5"><a href="%s" style="font-size:18px;color:#0b3d91;text-decoration:none"><b>%s</b></a><p style="margin:6px 0 0 0;color:#444">%s</p></td></tr>\n' % (trk(i).replace("&", "&amp;"), t, s)
    plain += ("You are receiving this email because you subscribed to the FreightWeek Briefing.\n"
              "Unsubscribe: %s\nFreightWeek Media Ltd, 20 Chapel Street, Liverpool L3 9AG, United Kingdom\n" % unsub)
    html = html_doc("""<table width="600" align="center" style="font-family:Georgia,serif;font-size:15px">
<tr><td style="background:#0b3d91;color:#fff;padding:18px"><span style="font-size:24px">FreightWeek</span> Briefing<br><span style="font-size:12px">Thursday 3 December 2026</span></td></tr>
%s<tr><td style="font-size:11px;color:#888;padding-top:18px">You are receiving this email because you subscribed to the FreightWeek Briefing.<br>
<a href="%s">Unsubscribe</a> | <a href="https://freightweek.us12.list-manage.com/profile?u=%s&amp;id=%s&amp;e=%s">Update preferences</a><br>
FreightWeek Media Ltd, 20 Chapel Street, Liverpool L3 9AG, United Kingdom</td></tr></table>
<img src="https://freightweek.us12.list-manage.com/track/open.php?u=%s&amp;id=%s&amp;e=%s" height="1" width="1" alt="">""" % (
        hl, unsub.replace("&", "&amp;"), u, lid, eid, u, M.hexid(seed + "o", 10), eid), "FreightWeek Briefing")
    root = alt(seed, plain, html, "utf-8", style="b1")
    mf = "bounce-mc.us12_%s.%s-j.whitfield=example.com@mail12.atl21.mcsv.net" % (M.digits(seed, 8), M.digits(seed + "2", 7))
    auth = authres(spf=("pass", mf, "198.2.142.12"),
                   dkim_=[("pass", "freightweek.co.uk", "k1"), ("pass", "mcsv.net", "k2")],
                   dmarc=("pass", "freightweek.co.uk", "NONE"), seed=seed)
    return mk(folder=F, nn=5, lang="en", short="freightweek-newsletter", charset="utf-8",
              desc="Subscribed trade newsletter sent through a major email-marketing platform, full of click-tracking redirect links and a tracking pixel, with proper unsubscribe headers.",
              when=when, frm=M.addr("FreightWeek Briefing", "newsletter@freightweek.co.uk"), to=M.addr("", a),
              subject="FreightWeek Briefing: Red Sea rates ease, ETS 2027 surcharges, Rotterdam congestion", root=root,
              mail_from=mf, helo="mail12.atl21.mcsv.net", rdns="mail12.atl21.mcsv.net", ip="198.2.142.12", auth=auth,
              pre=[("DKIM-Signature", dkim("freightweek.co.uk", "k1", seed, when)),
                   ("DKIM-Signature", dkim("mcsv.net", "k2", seed + "2", when))],
              msgid="<%s@freightweek.co.uk>" % M.hexid(seed + "m", 30),
              extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-mc.us12_%s@unsubscribe.mailchimpapp.net>" % (unsub, M.hexid(seed, 8))),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("List-Id", "%s mc list <%s.%s.list-id.mcsv.net>" % (u, u, lid)),
                     ("X-Mailer", "Mailchimp Mailer - **CID%s**" % M.hexid(seed + "cid", 20)),
                     ("Feedback-ID", "%s:%s:mc:us12:mc" % (M.digits(seed, 8), lid)), ("Precedence", "bulk")])


def b06():
    seed = "b06"
    when = M.dt(1, 16, 12, 9, "UK")
    n, a = who("j.whitfield")
    body = """PRIVATE & CONFIDENTIAL - WITHOUT PREJUDICE SAVE AS TO COSTS

Dear James,

Unit 4, Westinghouse Road, Trafford Park - lease renewal

Further to our call on Monday, please find attached our letter setting out the landlord's revised proposal for the renewal of the lease under the Landlord and Tenant Act 1954, together with our comments on the proposed rent of £148,500 per annum and the break clause.

As discussed, the landlord's agents have asked for a response by 11 December 2026. I would suggest we speak before then; I am free on Friday morning or Monday afternoon.

Please treat the attached as confidential and do not forward it outside Example Group.

Kind regards,

Hannah Price
Senior Associate, Real Estate
Brookes Ainsworth LLP
1 St Peter's Square, Manchester M2 3DE
T +44 161 504 7720

This email and any attachments are confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. Brookes Ainsworth LLP is a limited liability partnership registered in England and Wales (OC412877) and is authorised and regulated by the Solicitors Regulation Authority (SRA No. 652310). We will never notify you of a change to our bank details by email.
"""
    pdf = M.pdf([[("h", "Brookes Ainsworth LLP"), ("s", "1 St Peter's Square, Manchester M2 3DE  ·  T +44 161 504 7720"), ("gap", ""),
                  ("b", "PRIVATE & CONFIDENTIAL - WITHOUT PREJUDICE SAVE AS TO COSTS"), ("gap", ""),
                  "Mr James Whitfield", "Example Group UK Ltd", "Trafford Park, Manchester", ("gap", ""),
                  ("r", "1 December 2026"), "Our ref: HP/EXG/0417-26", ("gap", ""),
                  ("b", "Unit 4, Westinghouse Road, Trafford Park - lease renewal"), ("gap", ""),
                  "Dear James,", ("gap", ""),
                  "We write further to the landlord's proposal dated 20 November 2026 for a new lease of the above",
                  "premises under Part II of the Landlord and Tenant Act 1954.",
                  ("gap", ""), "1. Rent: the proposed rent of £148,500 per annum represents an increase of 18.4%.",
                  "   Comparable evidence suggests a figure in the region of £131,000 - £136,000 per annum.",
                  "2. Term and break: we recommend a 10-year term with a tenant-only break at year 5.",
                  "3. Repair: the schedule of condition from 2016 should be annexed to the new lease.", ("gap", ""),
                  "We would be happy to discuss these points with you before 11 December 2026.", ("gap", ""),
                  "Yours sincerely,", ("gap", ""), "Hannah Price", "Senior Associate, Real Estate"]],
                title="Letter to Example Group UK - lease renewal", author="Hannah Price",
                producer="Microsoft Word for Microsoft 365", date="D:20261201160122+00'00'")
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-1", "quoted-printable"),
                                 M.attachment(pdf, "application/pdf", "Letter to Example Group UK - Unit 4 lease renewal (WP).pdf")],
                       bnd(seed))
    auth = authres(spf=("pass", "h.price@brookes-ainsworth.co.uk", "40.107.21.112"),
                   dkim_=("pass", "brookes-ainsworth.co.uk", "selector2"),
                   dmarc=("pass", "brookes-ainsworth.co.uk", "REJECT"), seed=seed)
    return mk(folder=F, nn=6, lang="en", short="solicitor-confidential", charset="iso-8859-1",
              desc="Genuine 'private & confidential, without prejudice' letter from the company's property solicitors with a PDF about a lease renewal.",
              when=when, frm=M.addr("Hannah Price", "h.price@brookes-ainsworth.co.uk"), to=M.addr(n, a),
              cc=M.addr(*who("s.clarke")),
              subject="PRIVATE & CONFIDENTIAL - Unit 4, Trafford Park - lease renewal [BA-EXG.0417-26]", root=root,
              mail_from="h.price@brookes-ainsworth.co.uk", helo="GBR01-CWX-obe.outbound.protection.outlook.com",
              rdns="mail-cwxgbr01on2112.outbound.protection.outlook.com", ip="40.107.21.112", auth=auth,
              hops=[olk_hop(when, seed, "CWXP265MB4471.GBRP265.PROD.OUTLOOK.COM")],
              pre=[("DKIM-Signature", dkim("brookes-ainsworth.co.uk", "selector2", seed, when))],
              msgid=msgid_outlook(seed, "gbrp265"),
              extra=[("Content-Language", "en-GB"), ("Sensitivity", "Company-Confidential")])


def b07():
    seed = "b07"
    when = M.dt(4, 8, 51, 3, "UK")
    n, a = who("s.clarke")
    body = """Morning Sophie, train cancelled at Stockport, I'm on the replacement bus so I'll be about 40 mins late. Could you start the 9:30 with Oliver without me? The month-end numbers are in the Finance folder on the shared drive, version from last night.

Thanks
James

Sent from my iPhone
"""
    root = M.text(body, "plain", "utf-8", "quoted-printable", flowed=True)
    auth = authres(spf=("pass", "jameswhitfield77@gmail.com", "209.85.220.73"),
                   dkim_=("pass", "gmail.com", "20230601"), dmarc=("pass", "gmail.com", "NONE"), seed=seed)
    return mk(folder=F, nn=7, lang="en", short="colleague-phone", charset="utf-8",
              desc="A manager writing from his personal Gmail on his phone to a colleague that he is running late; short, informal, no links.",
              when=when, frm=M.addr("James Whitfield", "jameswhitfield77@gmail.com"), to=M.addr(n, a),
              subject="Running late", root=root, mail_from="jameswhitfield77@gmail.com",
              helo="mail-sor-f73.google.com", rdns="mail-sor-f73.google.com", ip="209.85.220.73", auth=auth,
              hops=[gmail_hop(when, seed)],
              pre=[("DKIM-Signature", dkim("gmail.com", "20230601", seed, when, "to:date:message-id:subject:mime-version:from"))],
              msgid="<%s@gmail.com>" % M.msgid_uuid_raw(seed).upper(),
              extra=[("X-Mailer", "iPhone Mail (22B91)")])


def b08():
    seed = "b08"
    when = M.dt(2, 11, 3, 40, "UK")
    plain = """Hi all,

The certificate used by our GlobalProtect VPN expires on 7 December. To keep working remotely, every laptop needs the new certificate before then.

What you need to do (takes 2 minutes):
1. Connect to the office network or the current VPN.
2. Go to the IT self-service portal: https://portal.example.com/vpn
3. Sign in with your usual Example Group account (you will get the normal Authenticator prompt).
4. Click "Renew VPN certificate" and restart the laptop.

If you are in the office on Friday, you can also bring your laptop to me and I'll do it for you.

As always: IT will never ask for your password by email or phone, and the portal above is the only place to renew the certificate. If you get an email about VPN or passwords that looks odd, forward it to security@example.com.

Thanks,
Oliver

Oliver Bennett
IT Support - Example Group UK Ltd
Trafford Park, Manchester
Ext. 2230
"""
    html = html_doc(p2h(plain).replace("https://portal.example.com/vpn", '<a href="https://portal.example.com/vpn">https://portal.example.com/vpn</a>'),
                    cs="windows-1252")
    root = alt(seed, plain, html, "windows-1252")
    return internal(folder=F, nn=8, lang="en", short="it-vpn-certificate", charset="windows-1252",
                    desc="Internal IT notice through the internal relay asking UK staff to renew their VPN certificate on the intranet portal before a deadline.",
                    when=when, frm_key="o.bennett", to_keys=["j.whitfield", "s.clarke"],
                    subject="ACTION REQUIRED: VPN certificate renewal before 7 December", root=root,
                    lang_tag="en-GB", client_ip="10.40.2.31")

# ==================================================================================== German


def _lief_invoice_pdf(nr, date, lines, net):
    vat = round(net * 0.19, 2)
    gross = round(net + vat, 2)

    def eur(x):
        s = "{:,.2f}".format(x)
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    rows = [("h", "Lieferant GmbH"), ("s", "Verpackung · Ladungssicherung · Lagertechnik"),
            ("s", "Industriestraße 14 · 90765 Fürth · Tel. +49 911 97 66 41-0 · rechnungen@lieferant-gmbh.de"), ("gap", ""),
            "Example Group GmbH", "Kreditorenbuchhaltung", "Nordostpark 12", "90411 Nürnberg", ("gap", ""),
            ("b", "RECHNUNG %s" % nr), "Rechnungsdatum: %s      Kundennummer: 40117      Bestellnummer: EG-PO-2026-3381" % date,
            "Leistungszeitraum: November 2026", ("gap", ""),
            ("b", "Pos  Artikel                                          Menge      Einzelpreis      Gesamt")]
    for i, (art, qty, ep) in enumerate(lines, 1):
        rows.append("%-4d %-46s %6s %14s %12s" % (i, art, qty, eur(ep), eur(ep * float(qty.split()[0]))))
    rows += [("gap", ""), "Nettobetrag: %s EUR" % eur(net), "zzgl. 19 %% USt.: %s EUR" % eur(vat),
             ("b", "Rechnungsbetrag: %s EUR" % eur(gross)), ("gap", ""),
             "Zahlbar innerhalb 14 Tagen mit 2 % Skonto, 30 Tage netto.",
             "Bankverbindung: UniCredit Bank - HypoVereinsbank",
             "IBAN %s · BIC HYVEDEMM460" % M.iban_fmt(LIEF_IBAN_OLD),
             ("gap", ""), ("s", "Lieferant GmbH · Sitz Fürth · Amtsgericht Fürth HRB 11482 · USt-IdNr. DE 213 884 517 · Geschäftsführer: Dr. Klaus Reuter")]
    return M.pdf([rows], title="Rechnung %s" % nr, author="Lieferant GmbH", producer="proALPHA ERP / PDFlib 10",
                 date="D:20261130061502+01'00'"), eur(net), eur(vat), eur(gross), net, vat, gross


def b09():
    seed = "b09"
    when = M.dt(30, 6, 15, 11, "DE")
    n, a = who("s.krueger")
    nr = "2026-RE-10482"
    lines = [("Stretchfolie 500 mm x 23 my, 300 m Rolle", "240 Rolle", 14.20),
             ("Kantenschutzwinkel 35x35x3 mm, 1200 mm", "3000 Stk", 0.41),
             ("PET-Umreifungsband 12x0,6 mm, 2500 m", "60 Rolle", 29.50),
             ("Antirutschmatten 1200x800 mm", "400 Stk", 2.10)]
    net = sum(float(q.split()[0]) * p for _, q, p in lines)
    pdf, enet, evat, egross, net, vat, gross = _lief_invoice_pdf(nr, "30.11.2026", lines, net)
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung {nr} vom 30.11.2026 als PDF sowie als elektronische Rechnung im Format XRechnung (UBL).

Rechnungsbetrag: {g} EUR
Kundennummer: 40117
Ihre Bestellung: EG-PO-2026-3381
Fällig: 30.12.2026 (bei Zahlung bis 14.12.2026 abzüglich 2 % Skonto)

Bankverbindung: UniCredit Bank - HypoVereinsbank, IBAN {iban}, BIC HYVEDEMM460

Bei Rückfragen zur Rechnung wenden Sie sich bitte an unsere Buchhaltung, Tel. +49 911 97 66 41-0.

Mit freundlichen Grüßen
Lieferant GmbH - Rechnungswesen

Diese E-Mail wurde automatisch erstellt. Lieferant GmbH · Industriestraße 14 · 90765 Fürth · Amtsgericht Fürth HRB 11482
""".format(nr=nr, g=egross, iban=M.iban_fmt(LIEF_IBAN_OLD))
    inv_lines = ""
    for i, (art, q, p) in enumerate(lines, 1):
        qty = float(q.split()[0])
        inv_lines += """  <cac:InvoiceLine>
    <cbc:ID>%d</cbc:ID>
    <cbc:InvoicedQuantity unitCode="%s">%.0f</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">%.2f</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>%s</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">%.2f</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>
""" % (i, "H87" if "Stk" in q else "XRO", qty, qty * p, art, p)
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>{nr}</cbc:ID>
  <cbc:IssueDate>2026-11-30</cbc:IssueDate>
  <cbc:DueDate>2026-12-30</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>EG-PO-2026-3381</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cbc:EndpointID schemeID="EM">rechnungen@lieferant-gmbh.de</cbc:EndpointID>
    <cac:PostalAddress><cbc:StreetName>Industriestraße 14</cbc:StreetName><cbc:CityName>Fürth</cbc:CityName><cbc:PostalZone>90765</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>DE213884517</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Lieferant GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
    <cac:Contact><cbc:Name>Petra Lang</cbc:Name><cbc:Telephone>+49 911 9766410</cbc:Telephone><cbc:ElectronicMail>rechnungen@lieferant-gmbh.de</cbc:ElectronicMail></cac:Contact>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cbc:EndpointID schemeID="EM">s.krueger@example.com</cbc:EndpointID>
    <cac:PostalAddress><cbc:StreetName>Nordostpark 12</cbc:StreetName><cbc:CityName>Nürnberg</cbc:CityName><cbc:PostalZone>90411</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    <cac:PartyLegalEntity><cbc:RegistrationName>Example Group GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cbc:PaymentID>{nr}</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>{iban}</cbc:ID><cbc:Name>Lieferant GmbH</cbc:Name><cac:FinancialInstitutionBranch><cbc:ID>HYVEDEMM460</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>14 Tage 2 % Skonto, 30 Tage netto</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">{vat:.2f}</cbc:TaxAmount>
    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">{net:.2f}</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">{vat:.2f}</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">{net:.2f}</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="EUR">{net:.2f}</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="EUR">{gross:.2f}</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="EUR">{gross:.2f}</cbc:PayableAmount></cac:LegalMonetaryTotal>
{lines}</ubl:Invoice>
""".format(nr=nr, iban=LIEF_IBAN_OLD, vat=vat, net=net, gross=gross, lines=inv_lines)
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-1", "quoted-printable"),
                                 M.attachment(pdf, "application/pdf", "Rechnung_%s.pdf" % nr),
                                 M.attachment(xml, "application/xml", "XRechnung_%s.xml" % nr)], bnd(seed, "eq"))
    return lief_mk(seed, when, "rechnungen@lieferant-gmbh.de", nn=9, lang="de", short="lieferant-rechnung", charset="iso-8859-1",
                   desc="Genuine automated invoice from the German supplier's billing mailbox with PDF and XRechnung XML attachments and the supplier's long-standing bank account.",
                   frm=M.addr("Lieferant GmbH - Rechnungswesen", "rechnungen@lieferant-gmbh.de"),
                   to=M.addr(n, a, "iso-8859-1", "Q"), subject="Rechnung %s vom 30.11.2026 / Kundennr. 40117" % nr,
                   root=root, msgid=msgid_generic(seed, "lieferant-gmbh.de", when),
                   extra=[("X-Mailer", "proALPHA Mail Service 9.2"), ("Auto-Submitted", "auto-generated")])


def b10():
    seed = "b10"
    when = M.dt(1, 9, 12, 35, "DE")
    n, a = who("s.krueger")
    plain = """Sehr geehrte Frau Krüger,

bei der Durchsicht unserer offenen Posten ist uns aufgefallen, dass die folgenden Rechnungen noch nicht ausgeglichen sind:

Rechnung 2026-RE-10033 vom 22.10.2026 über 5.842,30 € (fällig 21.11.2026)
Rechnung 2026-RE-10071 vom 27.10.2026 über 1.276,08 € (fällig 26.11.2026)

Sicherlich handelt es sich um ein Versehen. Dürfen wir Sie bitten, den Gesamtbetrag von 7.118,38 € in den nächsten Tagen auf unser bekanntes Konto bei der HypoVereinsbank zu überweisen? Sollte sich Ihre Zahlung mit dieser E-Mail überschnitten haben, betrachten Sie sie bitte als gegenstandslos.

Falls zu einer der Rechnungen Klärungsbedarf besteht (z. B. Lieferdifferenzen), melden Sie sich gern direkt bei mir.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management
Lieferant GmbH
Industriestraße 14 · 90765 Fürth
Tel. +49 911 97 66 41-23 · Mobil +49 171 448 2093
www.lieferant-gmbh.de
"""
    html = html_doc('<div style="font-family:Arial,sans-serif;font-size:10pt">' + p2h(plain) + "</div>", lang="de")
    root = alt(seed, plain, html, "utf-8")
    return lief_mk(seed, when, "s.maier@lieferant-gmbh.de", nn=10, lang="de", short="lieferant-zahlungserinnerung",
                   charset="utf-8",
                   desc="Genuine friendly payment reminder from the supplier's key account manager listing two overdue invoices and referring to the usual bank account.",
                   frm=M.addr("Stefan Maier", "s.maier@lieferant-gmbh.de"), to=M.addr(n, a), cc=M.addr(*who("j.wagner")),
                   subject="Zahlungserinnerung: Rechnungen 2026-RE-10033 und 2026-RE-10071", root=root,
                   msgid="<000001db%s$%s$%s@lieferant-gmbh.de>" % (M.hexid(seed, 4), M.hexid(seed + "x", 8), M.hexid(seed + "y", 8)),
                   extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")])


def b11():
    seed = "b11"
    when = M.dt(2, 10, 5, 17, "DE")
    n, a = who("k.vogel")
    body = """Sehr geehrte Frau Vogel, sehr geehrte Frau Krüger,

wie bereits in unserem Schreiben vom 16.11.2026 per Post angekündigt, wechselt die Lieferant GmbH zum 01.01.2027 ihre Hausbank. Ab diesem Datum lautet unsere Bankverbindung:

Sparkasse Fürth
IBAN: {new}
BIC: BYLADEM1SFU

Bis einschließlich 31.12.2026 bleibt unsere bisherige Verbindung bei der UniCredit Bank - HypoVereinsbank (IBAN endend auf {old4}) uneingeschränkt gültig. Alle bis dahin fälligen Zahlungen leisten Sie bitte wie gewohnt dorthin.

Zu Ihrer Sicherheit: Bitte verifizieren Sie die Änderung vor der Umstellung in Ihrem System telefonisch über eine Ihnen bereits bekannte Rufnummer unserer Buchhaltung bzw. unserer Zentrale, nicht über Kontaktdaten aus dieser E-Mail. Herr Maier und ich stehen Ihnen dafür gern zur Verfügung. Änderungen unserer Bankverbindung teilen wir grundsätzlich schriftlich per Post mit; kurzfristige Kontoänderungen "wegen einer Prüfung" oder Ähnlichem wird es von uns nicht geben.

Das unterschriebene Schreiben erhalten Sie zusätzlich als PDF im Anhang.

Mit freundlichen Grüßen

Petra Lang
Kaufmännische Leitung
Lieferant GmbH
Industriestraße 14 · 90765 Fürth
Tel. +49 911 97 66 41-0
""".format(new=M.iban_fmt(LIEF_IBAN_NEW), old4=LIEF_IBAN_OLD[-4:])
    pdf = M.pdf([[("h", "Lieferant GmbH"), ("s", "Industriestraße 14 · 90765 Fürth · Tel. +49 911 97 66 41-0"), ("gap", ""),
                  "Example Group GmbH", "Finanzbuchhaltung", "Nordostpark 12", "90411 Nürnberg", ("gap", ""),
                  ("r", "Fürth, 16.11.2026"), ("gap", ""),
                  ("b", "Änderung unserer Bankverbindung zum 01.01.2027"), ("gap", ""),
                  "Sehr geehrte Damen und Herren,", ("gap", ""),
                  "zum 01.01.2027 wechseln wir unsere Hausbank. Ab diesem Datum bitten wir Sie, Zahlungen an die",
                  "Lieferant GmbH ausschließlich auf folgendes Konto zu leisten:", ("gap", ""),
                  ("b", "Sparkasse Fürth"), ("b", "IBAN: " + M.iban_fmt(LIEF_IBAN_NEW)), ("b", "BIC: BYLADEM1SFU"), ("gap", ""),
                  "Bis einschließlich 31.12.2026 bleibt unsere bisherige Bankverbindung bei der UniCredit Bank -",
                  "HypoVereinsbank gültig. Bitte verifizieren Sie diese Mitteilung telefonisch unter der Ihnen",
                  "bekannten Rufnummer unserer Buchhaltung.", ("gap", ""),
                  "Mit freundlichen Grüßen", ("gap", ""), "gez. Dr. Klaus Reuter              gez. Petra Lang",
                  "Geschäftsführer                       Kaufmännische Leitung", ("gap", ""),
                  ("s", "Lieferant GmbH · Sitz Fürth · Amtsgericht Fürth HRB 11482 · USt-IdNr. DE 213 884 517")]],
                title="Änderung Bankverbindung 01.01.2027", author="Petra Lang", producer="Adobe PDF Library 24.1",
                date="D:20261116112033+01'00'")
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-15", "base64"),
                                 M.attachment(pdf, "application/pdf", "Schreiben_Bankverbindung_2027_unterschrieben.pdf")],
                       bnd(seed, "nextpart"))
    return lief_mk(seed, when, "p.lang@lieferant-gmbh.de", nn=11, lang="de", short="lieferant-bankwechsel-korrekt",
                   charset="iso-8859-15",
                   desc="Genuine supplier bank change done properly: announced by post weeks earlier, effective at year end, old account still valid, and an explicit request to verify by phone via known numbers.",
                   frm=M.addr("Petra Lang", "p.lang@lieferant-gmbh.de"), to=M.addr(n, a),
                   cc=M.addr(*who("s.krueger"), "iso-8859-15", "Q") + ", " + M.addr("Stefan Maier", "s.maier@lieferant-gmbh.de"),
                   subject="Änderung unserer Bankverbindung zum 01.01.2027 – bitte telefonisch verifizieren",
                   subj_cs="iso-8859-15", subj_enc="Q", root=root,
                   msgid="<000001db%s$%s$%s@lieferant-gmbh.de>" % (M.hexid(seed, 4), M.hexid(seed + "x", 8), M.hexid(seed + "y", 8)),
                   extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")])


def b12():
    seed = "b12"
    when = M.dt(30, 15, 30, 12, "DE")
    plain = """Liebe Kolleginnen und Kollegen,

ab dem 11.12.2026 gilt für alle Konten der Example Group eine neue Kennwortrichtlinie, und die Anmeldung mit Microsoft Authenticator (MFA) wird für alle Dienste verpflichtend.

Was Sie tun müssen:
1. Ändern Sie Ihr Kennwort bis zum 11.12.2026 über das Self-Service-Portal: https://passwort.example.com
   Neue Regeln: mindestens 14 Zeichen, keine Wiederverwendung der letzten 10 Kennwörter.
2. Falls Sie Microsoft Authenticator noch nicht eingerichtet haben, folgen Sie der Anleitung im Intranet (IT > Anleitungen > MFA) oder direkt unter https://aka.ms/mfasetup

Den QR-Code für die Einrichtung erhalten Sie ausschließlich nach der Anmeldung auf der Microsoft-Seite – niemals per E-Mail.

Wichtig: Die IT wird Sie niemals per E-Mail oder Telefon nach Ihrem Kennwort fragen. Verdächtige Nachrichten leiten Sie bitte an security@example.com weiter.

Bei Fragen erreichen Sie den IT-Servicedesk unter Durchwahl -400.

Viele Grüße
Markus Hoffmann
IT-Leiter
Example Group GmbH
"""
    html = html_doc(p2h(plain).replace("https://passwort.example.com", '<a href="https://passwort.example.com">https://passwort.example.com</a>')
                    .replace("https://aka.ms/mfasetup", '<a href="https://aka.ms/mfasetup">https://aka.ms/mfasetup</a>'),
                    lang="de", cs="iso-8859-1")
    root = alt(seed, plain, html, "iso-8859-1")
    return internal(folder=F, nn=12, lang="de", short="it-kennwortrichtlinie", charset="iso-8859-1",
                    desc="Internal IT announcement through the internal relay about a new password policy and mandatory MFA with links to the intranet self-service portal and Microsoft's setup page.",
                    when=when, frm_key="m.hoffmann",
                    to_keys=["t.brandt", "k.vogel", "s.krueger", "j.wagner", "a.schaefer", "l.hartmann", "f.becker"],
                    subject="Wichtig: Neue Kennwortrichtlinie und MFA-Pflicht ab 11.12.2026", root=root,
                    lang_tag="de-DE", client_ip="10.20.40.12")


def b13():
    seed = "b13"
    when = M.dt(3, 17, 22, 48, "DE")
    n, a = who("k.vogel")
    pw = "Nbg-Abschluss#2026"
    body = """Sehr geehrte Frau Vogel,

anbei wie besprochen die vorläufige BWA 11/2026 sowie die Summen- und Saldenliste zum 30.11.2026 für die Vorbereitung des Jahresabschlusses.

Da unser DATEV-Upload-Portal derzeit gewartet wird, erhalten Sie die Unterlagen ausnahmsweise als verschlüsseltes ZIP-Archiv. Das Kennwort lautet wie am Telefon vereinbart:

{pw}

Bitte beachten Sie die offenen Punkte auf Seite 2 der BWA (Abgrenzung Mautgebühren Dezember, Rückstellung Urlaub). Für die Inventur am 31.12. senden wir Ihnen nächste Woche die Checkliste.

Mit freundlichen Grüßen

Claudia Neumeier
Steuerberaterin

Neumeier & Partner mbB
Steuerberatungsgesellschaft
Königstraße 61 · 90402 Nürnberg
Tel. +49 911 23 98 77-0

Diese E-Mail enthält vertrauliche Informationen, die dem Berufsgeheimnis nach § 57 StBerG unterliegen. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
""".format(pw=pw)
    bwa = M.pdf([[("h", "Vorläufige BWA 11/2026"), "Mandant 10447 · Example Group GmbH · Berater 31208", ("gap", ""),
                  ("b", "Kurzfristige Erfolgsrechnung                November 2026        Jan-Nov 2026"),
                  "Umsatzerlöse                                 4.218.730,11       46.902.115,84",
                  "Materialaufwand / Fremdleistungen            2.611.402,90       29.144.880,02",
                  "Rohertrag                                    1.607.327,21       17.757.235,82",
                  "Personalkosten                                 902.118,44        9.884.201,70",
                  "Raumkosten                                      88.411,00          972.521,00",
                  "Fahrzeugkosten / Maut                          214.880,37        2.301.445,12",
                  "Sonstige betriebliche Aufwendungen             131.907,55        1.402.660,81",
                  ("b", "Vorläufiges Ergebnis                           270.009,85        3.196.407,19")],
                 [("b", "Offene Punkte"), "1. Abgrenzung Mautgebühren Dezember (Toll Collect) - Belege fehlen",
                  "2. Rückstellung für nicht genommenen Urlaub - Liste HR anfordern",
                  "3. Bewertung Forderungen Griechenland - Einzelwertberichtigung prüfen"]],
                title="BWA 11/2026", author="Neumeier & Partner", producer="DATEV Kanzlei-Rechnungswesen",
                date="D:20261203165530+01'00'")
    susa = M.xlsx([["Konto", "Bezeichnung", "EB-Wert", "Soll Nov", "Haben Nov", "Saldo 30.11."],
                   [1200, "Bank HypoVereinsbank", 412883.12, 3902114.55, 3711820.40, 603177.27],
                   [1210, "Bank Sparkasse Nürnberg", 95111.30, 820440.00, 781003.18, 134548.12],
                   [1400, "Forderungen aus L+L", 2841020.44, 4218730.11, 4390112.02, 2669638.53],
                   [1600, "Verbindlichkeiten aus L+L", -1902331.80, 2740115.30, 2611402.90, -1773619.40],
                   [4120, "Gehälter", 0.0, 702118.44, 0.0, 8042201.70],
                   [4730, "Maut", 0.0, 198420.11, 0.0, 2104881.65]], sheet="SuSa 11-2026", author="Neumeier & Partner")
    z = M.zip_encrypted([("BWA_11-2026_vorlaeufig.pdf", bwa), ("SuSa_30.11.2026.xlsx", susa)], pw, seed,
                        date_time=(2026, 12, 3, 17, 10, 2))
    root = M.multipart("mixed", [M.text(body, "plain", "windows-1252", "quoted-printable"),
                                 M.attachment(z, "application/x-zip-compressed", "Example_Group_BWA_SuSa_11-2026.zip")],
                       bnd(seed))
    auth = authres(spf=("pass", "c.neumeier@stb-neumeier-partner.de", "40.107.135.102"),
                   dkim_=("pass", "stb-neumeier-partner.de", "selector1"),
                   dmarc=("pass", "stb-neumeier-partner.de", "QUARANTINE"), seed=seed)
    return mk(folder=F, nn=13, lang="de", short="steuerberater-zip-passwort", charset="windows-1252",
              desc="Genuine tax adviser sending preliminary monthly accounts as a password-protected ZIP (PDF and XLSX inside) with the password in the same email.",
              when=when, frm=M.addr("Claudia Neumeier", "c.neumeier@stb-neumeier-partner.de"), to=M.addr(n, a),
              subject="Vorläufige BWA 11/2026 und SuSa – verschlüsselt", subj_cs="windows-1252", subj_enc="Q", root=root,
              mail_from="c.neumeier@stb-neumeier-partner.de", helo="DEU01-FR2-obe.outbound.protection.outlook.com",
              rdns="mail-fr2deu01on2102.outbound.protection.outlook.com", ip="40.107.135.102", auth=auth,
              hops=[olk_hop(when, seed, "FR4P281MB3420.DEUP281.PROD.OUTLOOK.COM")],
              pre=[("DKIM-Signature", dkim("stb-neumeier-partner.de", "selector1", seed, when))],
              msgid=msgid_outlook(seed, "deup281"), extra=[("Content-Language", "de-DE")])


def b14():
    seed = "b14"
    when = M.dt(2, 7, 0, 14, "DE")
    n, a = who("j.wagner")
    cr = "https://t.crsend.com/c/%s" 
    items = [
        ("Lkw-Maut 2027: Neue Mautsätze und CO2-Klassen im Überblick", "Zum 1. Januar steigen die Mautsätze erneut. Wir zeigen, was auf Transportunternehmen zukommt."),
        ("E-Rechnung: Ab 2027 Versandpflicht für Unternehmen über 800.000 € Umsatz", "Die Übergangsfrist endet. Welche Formate (XRechnung, ZUGFeRD) jetzt gefordert sind."),
        ("Fachkräftemangel: Jeder dritte Berufskraftfahrer geht bis 2035 in Rente", "Eine neue Studie des BGL zeigt den Handlungsbedarf in der Branche."),
        ("Phishing-Welle mit gefälschten Lieferantenrechnungen", "Das BSI warnt vor täuschend echten Mails mit geänderten Bankdaten. Fünf Tipps für die Buchhaltung."),
    ]
    plain = "LogistikKompass 48/2026\n\nOnline lesen: %s\n\n" % (cr % M.alnum(seed + "0", 28))
    hl = ""
    for i, (t, s) in enumerate(items, 1):
        l = cr % M.alnum(seed + str(i), 28)
        plain += "%s\n%s\nWeiterlesen: %s\n\n" % (t, s, l)
        hl += '<h2 style="font-size:18px;margin:18px 0 4px 0"><a href="%s" style="color:#00558c;text-decoration:none">%s</a></h2><p style="margin:0;color:#333">%s</p>\n' % (l, t, s)
    unsub = "https://t.crsend.com/u/%s" % M.alnum(seed + "u", 32)
    plain += ("Sie erhalten diesen Newsletter, weil Sie sich auf logistikkompass.de angemeldet haben.\n"
              "Abmelden: %s\n\nLogistikKompass Verlag GmbH · Marienstraße 8 · 90402 Nürnberg · HRB 33810 · "
              "Geschäftsführung: Sebastian Roth\n" % unsub)
    html = html_doc("""<div style="max-width:640px;margin:auto;font-family:Arial,sans-serif;font-size:15px">
<div style="background:#00558c;color:#fff;padding:16px 20px;font-size:22px"><b>LogistikKompass</b> · Ausgabe 48/2026</div>
<div style="padding:10px 20px">%s</div>
<div style="padding:14px 20px;font-size:11px;color:#777;border-top:1px solid #ddd">Sie erhalten diesen Newsletter, weil Sie sich auf logistikkompass.de angemeldet haben. <a href="%s">Abmelden</a><br>
LogistikKompass Verlag GmbH · Marienstraße 8 · 90402 Nürnberg · HRB 33810</div>
<img src="https://t.crsend.com/o/%s" width="1" height="1" alt=""></div>""" % (hl, unsub, M.alnum(seed + "o", 28)),
                    "LogistikKompass", lang="de")
    root = alt(seed, plain, html, "utf-8", "base64", style="b1")
    mf = "bounce-%s-%s@bounce.crsend.com" % (M.digits(seed, 6), M.digits(seed + "x", 9))
    auth = authres(spf=("pass", mf, "46.243.95.118"),
                   dkim_=[("pass", "logistikkompass.de", "cr1"), ("pass", "crsend.com", "default")],
                   dmarc=("pass", "logistikkompass.de", "NONE"), seed=seed)
    return mk(folder=F, nn=14, lang="de", short="newsletter-logistikkompass", charset="utf-8",
              desc="Subscribed German logistics trade newsletter from a German email-marketing service, with tracking links, an article warning about supplier-invoice phishing, and unsubscribe headers.",
              when=when, frm=M.addr("LogistikKompass", "newsletter@logistikkompass.de"), to=M.addr("", a),
              subject="LogistikKompass 48/2026: Maut 2027, E-Rechnungspflicht, Phishing mit Lieferantenrechnungen",
              root=root, mail_from=mf, helo="mta118.crsend.com", rdns="mta118.crsend.com", ip="46.243.95.118", auth=auth,
              pre=[("DKIM-Signature", dkim("logistikkompass.de", "cr1", seed, when)),
                   ("DKIM-Signature", dkim("crsend.com", "default", seed + "2", when))],
              msgid="<%s@crsend.com>" % M.hexid(seed, 28),
              extra=[("List-Unsubscribe", "<%s>" % unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("X-CSA-Complaints", "csa-complaints@eco.de"), ("Precedence", "bulk")])


def b15():
    seed = "b15"
    when = M.dt(1, 6, 2, 40, "DE")
    n, a = who("k.vogel")
    body = """Sehr geehrte Frau Vogel,

in Ihrem elektronischen Postfach im Online-Banking liegt ein neues Dokument für Sie bereit:

Dokument: Kontoauszug 11/2026 (Konto endend auf 4471)
Eingestellt am: 01.12.2026

Aus Sicherheitsgründen enthält diese E-Mail weder Links noch Anhänge. Bitte melden Sie sich wie gewohnt über die Internetseite Ihrer Sparkasse oder die App "S-Firmenkunden" an.

Bitte beachten Sie: Wir fordern Sie niemals per E-Mail auf, Zugangsdaten, PIN oder TAN einzugeben oder Ihr pushTAN-Verfahren neu zu registrieren.

Mit freundlichen Grüßen
Ihre Sparkasse Nürnberg

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Sparkasse Nürnberg · Lorenzer Platz 12 · 90402 Nürnberg
"""
    root = M.text(body, "plain", "iso-8859-15", "quoted-printable")
    auth = authres(spf=("pass", "service@sparkasse-nuernberg.de", "195.140.40.72"),
                   dkim_=("pass", "sparkasse-nuernberg.de", "s1"), dmarc=("pass", "sparkasse-nuernberg.de", "REJECT"), seed=seed)
    return mk(folder=F, nn=15, lang="de", short="sparkasse-postfach", charset="iso-8859-15",
              desc="Genuine savings-bank notification of a new statement in the online-banking mailbox, deliberately without links, with an anti-phishing reminder.",
              when=when, frm=M.addr("Sparkasse Nürnberg", "service@sparkasse-nuernberg.de", "iso-8859-15", "Q"),
              to=M.addr(n, a), subject="Neue Nachricht in Ihrem elektronischen Postfach", root=root,
              mail_from="service@sparkasse-nuernberg.de", helo="mailout2.s-mxs.de", rdns="mailout2.s-mxs.de",
              ip="195.140.40.72", auth=auth, pre=[("DKIM-Signature", dkim("sparkasse-nuernberg.de", "s1", seed, when))],
              msgid=msgid_generic(seed, "sparkasse-nuernberg.de", when), extra=[("Auto-Submitted", "auto-generated")])

# ==================================================================================== Russian


def b16():
    seed = "b16"
    when = M.dt(1, 7, 34, 12, "RU")
    n, a = who("e.kuznetsova")
    body = """Леночка, привет!

С днём рождения, сестрёнка! Желаю здоровья, терпения с твоими годовыми отчётами и чтобы в новом году было побольше отпуска, а не актов сверки :)

Мама просила передать, что ждёт нас всех в субботу к трём часам, пирог будет. Посылаю фотку с дачи с прошлого лета, помнишь, как мы там с Мишкой смородину собирали?

Целую, обнимаю,
Ира
"""
    photo = M.png_gradient(seed, 200, 150)
    root = M.multipart("mixed", [M.text(body, "plain", "koi8-r", "8bit"),
                                 M.attachment(photo, "image/png", "дача_июль_2025.png", name_style="2047")],
                       "----------%s" % M.hexid(seed, 16).upper())
    auth = authres(spf=("pass", "irina.kuz1968@mail.ru", "95.163.41.71"), dkim_=("pass", "mail.ru", "mail4"),
                   dmarc=("pass", "mail.ru", "REJECT"), seed=seed)
    return mk(folder=F, nn=16, lang="ru", short="personal-birthday", charset="koi8-r",
              desc="Personal birthday greeting from the accountant's sister via a free-mail provider using an old desktop client (8-bit KOI8-R) with a family photo attached.",
              when=when, frm=M.addr("Ирина Кузнецова", "irina.kuz1968@mail.ru", "koi8-r"), to=M.addr(n, a, "koi8-r"),
              subject="С днём рождения, сестрёнка!", subj_cs="koi8-r", root=root, mail_from="irina.kuz1968@mail.ru",
              helo="smtp33.i.mail.ru", rdns="smtp33.i.mail.ru", ip="95.163.41.71", auth=auth,
              hops=["from [188.162.64.31] (port=50144 helo=[192.168.1.5])\r\n\tby smtp33.i.mail.ru with esmtpa "
                    "(envelope-from <irina.kuz1968@mail.ru>)\r\n\tid 1vQz2A-%s-7Rtw; %s" % (M.alnum(seed, 14), M.rfcdate(when))],
              pre=[("DKIM-Signature", dkim("mail.ru", "mail4", seed, when))],
              msgid="<%s.%s@mail.ru>" % (M.digits(seed, 10), M.digits(seed + "x", 8)),
              extra=[("X-Mailer", "The Bat! (v10.5.3) Home"), ("X-Priority", "3 (Normal)")])


def b17():
    seed = "b17"
    when = M.dt(1, 12, 48, 30, "RU")
    n, a = who("e.kuznetsova")
    bik = "044525225"
    acc = M.ru_account(bik, "40702810X38000041276")
    inn = M.ru_inn10("772814390")
    body = """Добрый день, Елена!

Направляю акт сверки взаиморасчетов между ООО «ТрансСервис» и ООО «Экзампл Груп Рус» за период 01.01.2026–30.11.2026.
По нашим данным сальдо на 30.11.2026 в пользу ООО «ТрансСервис» составляет 214 560,00 руб. (счет № 1184 от 30.11.2026, оплата по договору до 15.12.2026).

Оригинал акта направим через Диадок, подпишите, пожалуйста, там же. Если будут расхождения, пришлите, пожалуйста, ваш вариант, сверим.

С уважением,
Ольга Смирнова
главный бухгалтер
ООО «ТрансСервис»
ИНН {inn}, р/с {acc} в ПАО Сбербанк, БИК {bik}
тел. +7 (495) 984-21-60, доб. 112
""".format(inn=inn, acc=acc, bik=bik)
    x = M.xlsx([["Дата", "Документ", "Дебет (ТрансСервис)", "Кредит (ТрансСервис)"],
                ["01.01.2026", "Сальдо начальное", 0.0, 0.0],
                ["31.08.2026", "Счет № 812 (перевозка Москва – Нюрнберг)", 198400.0, None],
                ["12.09.2026", "Оплата п/п № 3307", None, 198400.0],
                ["31.10.2026", "Счет № 1021 (перевозка)", 176300.0, None],
                ["14.11.2026", "Оплата п/п № 3912", None, 176300.0],
                ["30.11.2026", "Счет № 1184 (перевозка)", 214560.0, None],
                ["30.11.2026", "Сальдо конечное", 214560.0, None]], sheet="Акт сверки", author="Смирнова О.")
    root = M.multipart("mixed", [M.text(body, "plain", "windows-1251", "quoted-printable"),
                                 M.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                              "Акт_сверки_ТрансСервис_11м2026.xlsx", name_style="both")], bnd(seed, "eq"))
    auth = authres(spf=("pass", "o.smirnova@transservis-logistic.ru", "178.154.239.149"),
                   dkim_=("pass", "transservis-logistic.ru", "mail"), dmarc=("pass", "transservis-logistic.ru", "NONE"), seed=seed)
    return mk(folder=F, nn=17, lang="ru", short="akt-sverki-genuine", charset="windows-1251",
              desc="Genuine reconciliation statement from a Russian carrier's chief accountant with an XLSX, full company bank details and a reference to signing via the e-document platform.",
              when=when, frm=M.addr("Ольга Смирнова", "o.smirnova@transservis-logistic.ru", "windows-1251"),
              to=M.addr(n, a, "windows-1251"), subject="Акт сверки за 11 мес. 2026 г. — ООО «ТрансСервис»",
              subj_cs="windows-1251", root=root, mail_from="o.smirnova@transservis-logistic.ru",
              helo="forward102b.mail.yandex.net", rdns="forward102b.mail.yandex.net", ip="178.154.239.149", auth=auth,
              pre=[("DKIM-Signature", dkim("transservis-logistic.ru", "mail", seed, when))],
              msgid="<%s@mail.yandex.ru>" % M.digits(seed, 18), extra=[("X-Mailer", "Yandex Mail")])


def b18():
    seed = "b18"
    when = M.dt(1, 13, 5, 9, "RU")
    n, a = who("a.morozov")
    link = "https://diadoc.kontur.ru/%s/Document/Show?letterId=%s" % (M.msgid_uuid_raw(seed + "b"), M.msgid_uuid_raw(seed + "l"))
    body = """Здравствуйте, Алексей Морозов!

ООО «ТрансСервис» отправило вам документ, который требует подписи:

Транспортная накладная (ЭТрН) № 1184-Т от 30.11.2026
Титул грузополучателя: требуется подпись

Посмотреть и подписать документ:
%s

Организация: ООО «Экзампл Груп Рус»
Ящик: Основной

Это письмо отправлено автоматически, отвечать на него не нужно.
Настроить уведомления можно в разделе «Настройки» Диадока.

Контур.Диадок — система электронного документооборота
""" % link
    root = M.text(body, "plain", "iso-8859-5", "base64")
    auth = authres(spf=("pass", "noreply@diadoc.kontur.ru", "46.17.203.57"), dkim_=("pass", "kontur.ru", "dkim"),
                   dmarc=("pass", "kontur.ru", "REJECT"), seed=seed)
    return mk(folder=F, nn=18, lang="ru", short="diadoc-etrn", charset="iso-8859-5",
              desc="Genuine notification from a Russian e-document exchange service that an electronic consignment note awaits signature, linking to the service's real domain.",
              when=when, frm=M.addr("Контур.Диадок", "noreply@diadoc.kontur.ru", "iso-8859-5"), to=M.addr("", a),
              subject="Вам пришел документ от ООО «ТрансСервис»: ЭТрН № 1184-Т от 30.11.2026", subj_cs="utf-8",
              root=root, mail_from="noreply@diadoc.kontur.ru", helo="mail-out3.kontur.ru", rdns="mail-out3.kontur.ru",
              ip="46.17.203.57", auth=auth, pre=[("DKIM-Signature", dkim("kontur.ru", "dkim", seed, when))],
              msgid=msgid_generic(seed, "diadoc.kontur.ru", when), extra=[("Auto-Submitted", "auto-generated")])


def b19():
    seed = "b19"
    when = M.dt(3, 16, 20, 0, "RU")
    body = """Коллеги, добрый день!

Сообщаю режим работы московского офиса в новогодние праздники:

31 декабря 2026 г. (четверг) — сокращенный рабочий день, до 15:00.
с 1 по 10 января 2027 г. — выходные дни в соответствии с производственным календарем.
11 января 2027 г. (понедельник) — первый рабочий день.

Дежурство по складу и приемке грузов 4–6 января организует Алексей Морозов, график пришлю отдельно.
Бухгалтерии: последний платежный день в 2026 году — 29 декабря. Все заявки на оплату, пожалуйста, до 25 декабря.

Новогодний корпоратив — 25 декабря в 19:00, подробности у Елены.

Спасибо и хороших выходных!

Дмитрий Соколов
Руководитель московского офиса
Example Group
"""
    root = M.text(body, "plain", "koi8-r", "quoted-printable")
    return internal(folder=F, nn=19, lang="ru", short="rezhim-prazdniki", charset="koi8-r",
                    desc="Internal notice from the Moscow office head through the internal relay about New Year office hours, payment deadlines and the staff party.",
                    when=when, frm_key="d.sokolov", to_keys=["e.kuznetsova", "a.morozov"],
                    subject="Режим работы офиса в новогодние праздники", root=root, lang_tag="ru-RU",
                    client_ip="10.70.1.44")


def b20():
    seed = "b20"
    when = M.dt(4, 11, 41, 56, "RU")
    n, a = who("a.morozov")
    code = M.digits(seed, 6)
    plain = """Здравствуйте!

Заказ № 10 194 857 322 прибыл в пункт выдачи СДЭК.

Адрес пункта: Москва, ул. Складочная, 1, стр. 18
Режим работы: пн–пт 09:00–21:00, сб–вс 10:00–18:00
Код для получения: %s
Срок хранения: до 18.12.2026

Получить заказ может получатель или представитель по доверенности. Не сообщайте код получения посторонним.

Отслеживать заказ: https://www.cdek.ru/ru/tracking?order_id=10194857322

Служба поддержки: 8 800 250-04-05
""" % code
    html = html_doc("""<div style="max-width:600px;margin:auto;font-family:Arial;font-size:15px">
<div style="background:#1ab248;color:#fff;padding:16px 20px;font-size:22px"><b>СДЭК</b></div>
<div style="padding:20px">""" + p2h(plain).replace("https://www.cdek.ru/ru/tracking?order_id=10194857322",
                                                     '<a href="https://www.cdek.ru/ru/tracking?order_id=10194857322">cdek.ru</a>') +
                    "</div></div>", "СДЭК", lang="ru")
    root = alt(seed, plain, html, "utf-8", "base64", style="b1")
    auth = authres(spf=("pass", "noreply@cdek.ru", "91.238.112.10"), dkim_=("pass", "cdek.ru", "mail"),
                   dmarc=("pass", "cdek.ru", "REJECT"), seed=seed)
    return mk(folder=F, nn=20, lang="ru", short="cdek-pvz", charset="utf-8",
              desc="Genuine courier notification that a parcel has reached a pickup point, with a pickup code and tracking link on the carrier's real domain.",
              when=when, frm=M.addr("СДЭК", "noreply@cdek.ru"), to=M.addr("", a),
              subject="Заказ № 10194857322 прибыл в пункт выдачи", root=root, mail_from="noreply@cdek.ru",
              helo="mx-out2.cdek.ru", rdns="mx-out2.cdek.ru", ip="91.238.112.10", auth=auth,
              pre=[("DKIM-Signature", dkim("cdek.ru", "mail", seed, when))],
              msgid=msgid_generic(seed, "cdek.ru", when), extra=[("Auto-Submitted", "auto-generated")])

# ==================================================================================== Spanish


def b21():
    seed = "b21"
    when = M.dt(2, 8, 44, 21, "ES")
    n, a = who("l.fernandez")
    cif = M.es_cif("B", "8734519")
    plain = """Hola,

Ya tienes disponible la factura de electricidad de tu suministro:

Titular: EXAMPLE GROUP IBERIA S.L. (%s)
Dirección de suministro: C/ de la Granja 48, 28108 Alcobendas (Madrid)
CUPS: ES0031405329817004MX0F
Periodo de facturación: 01/11/2026 - 30/11/2026
Nº de factura: PMR611N0184472
Importe: 1.284,56 €
Fecha de cargo en cuenta: 10/12/2026 (domiciliación en la cuenta terminada en 2291)

Adjuntamos la factura en PDF. También puedes consultarla en tu área de clientes: https://www.endesa.com/es/clientes/area-clientes

Endesa nunca te pedirá tus claves ni datos bancarios por correo electrónico.

Un saludo,
Endesa Energía, S.A.U.
""" % cif
    html = html_doc(p2h(plain).replace("https://www.endesa.com/es/clientes/area-clientes",
                                       '<a href="https://www.endesa.com/es/clientes/area-clientes">área de clientes</a>'),
                    "Endesa", lang="es", cs="windows-1252")
    pdf = M.pdf([[("h", "ENDESA ENERGÍA S.A.U."), ("s", "Factura de electricidad"), ("gap", ""),
                  "Titular: EXAMPLE GROUP IBERIA S.L.  NIF: " + cif, "C/ de la Granja 48, 28108 Alcobendas (Madrid)",
                  "CUPS: ES0031405329817004MX0F    Tarifa: 3.0TD", ("gap", ""),
                  ("b", "Nº factura: PMR611N0184472    Periodo: 01/11/2026 - 30/11/2026"), ("gap", ""),
                  "Término de potencia                                      312,40 EUR",
                  "Término de energía (7.412 kWh)                           716,83 EUR",
                  "Impuesto sobre electricidad (5,11 %)                     52,59 EUR",
                  "Alquiler de equipos de medida                              5,82 EUR",
                  "IVA (21 %)                                               196,92 EUR",
                  ("b", "TOTAL FACTURA                                          1.284,56 EUR"), ("gap", ""),
                  "Cargo en cuenta el 10/12/2026 - IBAN ES** **** **** **** **** 2291"]],
                title="Factura PMR611N0184472", producer="Endesa Facturación", date="D:20261202080000+01'00'")
    root = M.multipart("mixed", [alt(seed, plain, html, "windows-1252"),
                                 M.attachment(pdf, "application/pdf", "Factura_PMR611N0184472.pdf")], bnd(seed + "m", "eq"))
    auth = authres(spf=("pass", "facturaelectronica@endesa.es", "193.239.44.15"), dkim_=("pass", "endesa.es", "sel1"),
                   dmarc=("pass", "endesa.es", "REJECT"), seed=seed)
    return mk(folder=F, nn=21, lang="es", short="endesa-factura", charset="windows-1252",
              desc="Genuine monthly electricity bill for the Madrid office with PDF, masked direct-debit details, a supply-point (CUPS) code that looks like an IBAN but is not one, and a link to the provider's real customer area.",
              when=when, frm=M.addr("Endesa", "facturaelectronica@endesa.es"), to=M.addr(n, a, "windows-1252", "Q"),
              subject="Tu factura de luz de noviembre ya está disponible", subj_cs="windows-1252", subj_enc="Q", root=root,
              mail_from="facturaelectronica@endesa.es", helo="mailout2.endesa.es", rdns="mailout2.endesa.es",
              ip="193.239.44.15", auth=auth, pre=[("DKIM-Signature", dkim("endesa.es", "sel1", seed, when))],
              msgid=msgid_generic(seed, "endesa.es", when))


def b22():
    seed = "b22"
    when = M.dt(3, 8, 2, 11, "ES")
    n, a = who("c.ruiz")
    html = html_doc("""<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif;font-size:15px;color:#222">
<div style="background:#003865;color:#fff;padding:16px 20px;font-size:24px;font-weight:bold">SEUR</div>
<div style="padding:20px;border:1px solid #e3e3e3">
<p>Hola Carmen,</p>
<p>¡Tu envío llega hoy!</p>
<table cellpadding="5" style="background:#f2f6fa;width:100%">
<tr><td>Nº de envío:</td><td><b>41276503918</b></td></tr>
<tr><td>Remitente:</td><td>OFIMAT SUMINISTROS S.L.</td></tr>
<tr><td>Franja horaria:</td><td><b>10:00 - 14:00</b></td></tr>
<tr><td>Dirección:</td><td>C/ de la Granja 48, Alcobendas</td></tr></table>
<p>Si no vas a estar, puedes cambiar la entrega o elegir un punto Pickup en <a href="https://www.seur.com/miseur/mis-envios?seguimiento=41276503918">seur.com</a>.</p>
<p>SEUR nunca te solicitará pagos adicionales por SMS o correo para entregar un envío ya pagado por el remitente.</p>
<p>Gracias por confiar en SEUR.</p></div>
<p style="font-size:10px;color:#888">SEUR S.A. · Calle Tierra de Barros 2 · 28823 Coslada (Madrid)</p></div>""", "SEUR", lang="es", cs="iso-8859-1")
    root = M.text(html, "html", "iso-8859-1", "base64")
    auth = authres(spf=("pass", "bounce@notificaciones.seur.com", "161.71.36.40"), dkim_=("pass", "seur.com", "s1"),
                   dmarc=("pass", "seur.com", "QUARANTINE"), seed=seed)
    return mk(folder=F, nn=22, lang="es", short="seur-entrega-hoy", charset="iso-8859-1",
              desc="HTML-only genuine parcel delivery notice from a Spanish courier with the delivery window and a tracking link on the real domain.",
              when=when, frm=M.addr("SEUR", "notificaciones@seur.com"), to=M.addr("", a),
              subject="Tu envío 41276503918 llega hoy entre las 10:00 y las 14:00", subj_cs="iso-8859-1", subj_enc="Q",
              root=root, mail_from="bounce@notificaciones.seur.com", helo="mta40.notificaciones.seur.com",
              rdns="mta40.notificaciones.seur.com", ip="161.71.36.40", auth=auth,
              pre=[("DKIM-Signature", dkim("seur.com", "s1", seed, when))], msgid=msgid_generic(seed, "seur.com", when))


def b23():
    seed = "b23"
    when = M.dt(1, 12, 30, 44, "ES")
    plain = """Hola a todos:

Como cada año, celebraremos la cena de Navidad de la oficina de Madrid:

Fecha: viernes 18 de diciembre de 2026, 21:00 h
Lugar: Restaurante La Castela, C/ del Doctor Castelo 22, Madrid

Por favor, confirmad vuestra asistencia (y si venís acompañados) respondiendo a este correo antes del miércoles 9 de diciembre. Indicad también cualquier alergia o intolerancia.

Las cestas de Navidad se repartirán el jueves 17 en recepción.

Recordad también que el último día para enviar las notas de gastos de 2026 es el 21 de diciembre.

¡Un abrazo!

Carmen Ruiz
Administración y RRHH
Example Group Iberia S.L.
"""
    html = html_doc(p2h(plain), lang="es")
    root = alt(seed, plain, html, "utf-8")
    return internal(folder=F, nn=23, lang="es", short="cena-navidad", charset="utf-8",
                    desc="Internal HR message through the internal relay inviting the Madrid office to the Christmas dinner and asking for confirmation by reply.",
                    when=when, frm_key="c.ruiz", to_keys=["j.martinez", "l.fernandez"],
                    subject="Cena de Navidad 2026 y cestas – confirmad antes del 9 de diciembre", root=root,
                    lang_tag="es-ES", client_ip="10.50.1.23")


def b24():
    seed = "b24"
    when = M.dt(4, 13, 14, 27, "ES")
    n, a = who("j.martinez")
    body = """CONFIDENCIAL – COMUNICACIÓN ABOGADO-CLIENTE

Estimado Javier:

Le adjuntamos el borrador de contestación al requerimiento de pago remitido por Transportes Iberlog S.L. en relación con las penalizaciones por retrasos en las entregas del tercer trimestre (importe reclamado: 38.412,00 €).

En nuestra opinión, la cláusula 9.3 del contrato marco limita la responsabilidad a las entregas con retraso superior a 48 horas y, en todo caso, al 5 % del importe del pedido, por lo que la reclamación está claramente sobredimensionada. Proponemos rechazarla y ofrecer una reunión para revisar los albaranes.

Le agradeceríamos sus comentarios antes del miércoles 9 de diciembre, ya que el plazo de contestación vence el 14 de diciembre.

Un cordial saludo,

Alejandro Vidal Osorio
Socio – Derecho Mercantil y Transporte
Vidal Osorio Abogados, S.L.P.
Paseo de la Castellana 91, 28046 Madrid
Tel. +34 915 550 184

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y pueden estar amparados por el secreto profesional. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su eliminación.
"""
    pdf = M.pdf([[("h", "VIDAL OSORIO ABOGADOS"), ("s", "Paseo de la Castellana 91 · 28046 Madrid"), ("gap", ""),
                  ("b", "BORRADOR - CONFIDENCIAL"), ("gap", ""), "A la atención de Transportes Iberlog S.L.",
                  "Dpto. Jurídico", ("gap", ""), ("r", "Madrid, __ de diciembre de 2026"), ("gap", ""),
                  ("b", "Asunto: Contestación a su requerimiento de pago de 20/11/2026 - Ref. 2026/388"), ("gap", ""),
                  "Muy Sres. nuestros:",
                  "Actuamos en nombre y representación de EXAMPLE GROUP IBERIA S.L. En relación con su escrito,",
                  "por el que reclaman 38.412,00 EUR en concepto de penalizaciones, manifestamos lo siguiente:",
                  "PRIMERO.- La cláusula 9.3 del Contrato Marco limita las penalizaciones a retrasos superiores",
                  "a 48 horas y a un máximo del 5 % del importe del pedido afectado.",
                  "SEGUNDO.- Según los albaranes firmados, solo 4 entregas superaron dicho umbral.",
                  "TERCERO.- En consecuencia, rechazamos la reclamación en los términos planteados.", ("gap", ""),
                  "Atentamente,", "Alejandro Vidal Osorio"]],
                title="Borrador contestación Iberlog", author="A. Vidal", producer="Microsoft Word for Microsoft 365",
                date="D:20261204130844+01'00'")
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-15", "quoted-printable"),
                                 M.attachment(pdf, "application/pdf", "2026-388_Borrador_contestación_Iberlog.pdf",
                                              name_style="both")], bnd(seed))
    auth = authres(spf=("pass", "avidal@vidal-osorio-abogados.es", "40.107.159.41"),
                   dkim_=("pass", "vidal-osorio-abogados.es", "selector1"),
                   dmarc=("pass", "vidal-osorio-abogados.es", "QUARANTINE"), seed=seed)
    return mk(folder=F, nn=24, lang="es", short="abogado-confidencial", charset="iso-8859-15",
              desc="Genuine confidential lawyer-client email with a draft reply to a payment claim as PDF, from the firm's Microsoft 365 tenant.",
              when=when, frm=M.addr("Alejandro Vidal Osorio", "avidal@vidal-osorio-abogados.es"), to=M.addr(n, a, "iso-8859-15", "Q"),
              subject="CONFIDENCIAL – Requerimiento Transportes Iberlog S.L. – N/Ref. 2026/388", subj_cs="iso-8859-15",
              subj_enc="Q", root=root, mail_from="avidal@vidal-osorio-abogados.es",
              helo="EUR02-DB5-obe.outbound.protection.outlook.com",
              rdns="mail-db5eur02on2041.outbound.protection.outlook.com", ip="40.107.159.41", auth=auth,
              hops=[olk_hop(when, seed, "DB9PR06MB7718.eurprd06.prod.outlook.com")],
              pre=[("DKIM-Signature", dkim("vidal-osorio-abogados.es", "selector1", seed, when))],
              msgid=msgid_outlook(seed, "eurprd06"), extra=[("Content-Language", "es-ES"), ("Sensitivity", "Private")])


def b25():
    seed = "b25"
    when = M.dt(30, 19, 27, 5, "ES")
    n, a = who("l.fernandez")
    html = html_doc("""<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="background:#007eae;color:#fff;padding:14px 20px;font-size:20px"><b>CaixaBank</b></div>
<div style="padding:20px;border:1px solid #ddd">
<p>Hola, LUCIA:</p>
<p>Te confirmamos que el <b>30/11/2026 a las 19:25 h</b> se ha registrado un nuevo dispositivo de confianza para operar en CaixaBankNow Empresas:</p>
<p style="background:#f3f8fb;padding:10px">Dispositivo: iPhone 16<br>Usuario: 0487****</p>
<p>Si has sido tú, no tienes que hacer nada.</p>
<p>Si no reconoces esta operación, llama inmediatamente al <b>900 40 40 90</b> o contacta con tu oficina. No respondas a este correo.</p>
<p>CaixaBank nunca te pedirá tus claves, la firma digital ni códigos de SMS por correo electrónico o teléfono.</p>
<p>Un saludo,<br>CaixaBank</p></div>
<p style="font-size:10px;color:#888">CaixaBank, S.A. · C/ Pintor Sorolla 2-4 · 46002 Valencia · NIF A08663619</p></div>""",
                    "CaixaBank", lang="es", cs="windows-1252")
    root = M.text(html, "html", "windows-1252", "base64")
    auth = authres(spf=("pass", "notificaciones@caixabank.com", "195.76.9.164"), dkim_=("pass", "caixabank.com", "ckbk"),
                   dmarc=("pass", "caixabank.com", "REJECT"), seed=seed)
    return mk(folder=F, nn=25, lang="es", short="caixabank-dispositivo", charset="windows-1252",
              desc="Genuine bank security alert that a new trusted device was added to business online banking, with no links and a phone number to call if unrecognised.",
              when=when, frm=M.addr("CaixaBank", "notificaciones@caixabank.com"), to=M.addr("", a),
              subject="Nuevo dispositivo de confianza en CaixaBankNow", root=root,
              mail_from="notificaciones@caixabank.com", helo="smtpout3.caixabank.com", rdns="smtpout3.caixabank.com",
              ip="195.76.9.164", auth=auth, pre=[("DKIM-Signature", dkim("caixabank.com", "ckbk", seed, when))],
              msgid=msgid_generic(seed, "caixabank.com", when), extra=[("Auto-Submitted", "auto-generated")])

# ==================================================================================== Italian


def b26():
    seed = "b26"
    when = M.dt(30, 16, 41, 2, "IT")
    n, a = who("f.ricci")
    piva_f = M.it_piva("0387165023")
    piva_e = M.it_piva("0941287096")
    nr = "2026/1174"
    body = """Spett.le Example Group Italia S.r.l.,

in allegato la copia di cortesia della fattura n. {nr} del 30/11/2026, trasmessa in data odierna tramite il Sistema di Interscambio (SdI). L'originale con valore fiscale è disponibile nel Vostro cassetto fiscale / canale di ricezione (codice destinatario M5UXCR1).

Importo totale: 14.823,40 € (imponibile 12.150,33 € + IVA 22 %)
Scadenza: 31/01/2027 – bonifico bancario a 60 gg d.f.f.m.
IBAN: {iban} (Banco BPM, filiale Verona Borgo Roma)

Per qualsiasi chiarimento restiamo a disposizione.

Cordiali saluti

Roberto Galli
Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Industria 27 – 37135 Verona
Tel. +39 045 820 4400 – P.IVA {piva}
""".format(nr=nr, iban=M.iban_fmt(FERRETTI_IBAN), piva=piva_f)
    pdf = M.pdf([[("h", "FERRETTI TRASPORTI S.r.l."), ("s", "Via dell'Industria 27 - 37135 Verona - P.IVA " + piva_f), ("gap", ""),
                  ("b", "COPIA DI CORTESIA - FATTURA N. %s del 30/11/2026" % nr), ("gap", ""),
                  "Cliente: EXAMPLE GROUP ITALIA S.R.L. - P.IVA " + piva_e, "Via Gallarate 205 - 20151 Milano", ("gap", ""),
                  "Descrizione                                                     Imponibile",
                  "Trasporti FTL Milano - Nürnberg novembre 2026 (9 viaggi)          9.630,00",
                  "Trasporti groupage Verona - Nürnberg (14 spedizioni)               2.268,33",
                  "Supplemento carburante / pedaggi                                     252,00",
                  ("b", "Totale imponibile                                               12.150,33"),
                  "IVA 22%                                                          2.673,07",
                  ("b", "TOTALE FATTURA EUR                                             14.823,40"), ("gap", ""),
                  "Pagamento: bonifico 60 gg d.f.f.m. - scadenza 31/01/2027",
                  "IBAN " + M.iban_fmt(FERRETTI_IBAN) + " - Banco BPM", ("gap", ""),
                  ("s", "Documento privo di valore fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è disponibile nell'area riservata del cessionario.")]],
                title="Fattura %s" % nr, producer="TeamSystem Enterprise", date="D:20261130163500+01'00'")
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
  <FatturaElettronicaHeader>
    <DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>{pf}</IdCodice></IdTrasmittente><ProgressivoInvio>01174</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>
    <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{pf}</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>FERRETTI TRASPORTI S.R.L.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici><Sede><Indirizzo>Via dell'Industria 27</Indirizzo><CAP>37135</CAP><Comune>Verona</Comune><Provincia>VR</Provincia><Nazione>IT</Nazione></Sede></CedentePrestatore>
    <CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{pe}</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>EXAMPLE GROUP ITALIA S.R.L.</Denominazione></Anagrafica></DatiAnagrafici><Sede><Indirizzo>Via Gallarate 205</Indirizzo><CAP>20151</CAP><Comune>Milano</Comune><Provincia>MI</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-11-30</Data><Numero>{nr}</Numero><ImportoTotaleDocumento>14823.40</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>
    <DatiBeniServizi>
      <DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Trasporti FTL Milano - Nurnberg novembre 2026 (9 viaggi)</Descrizione><PrezzoUnitario>9630.00</PrezzoUnitario><PrezzoTotale>9630.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DettaglioLinee><NumeroLinea>2</NumeroLinea><Descrizione>Trasporti groupage Verona - Nurnberg (14 spedizioni)</Descrizione><PrezzoUnitario>2268.33</PrezzoUnitario><PrezzoTotale>2268.33</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DettaglioLinee><NumeroLinea>3</NumeroLinea><Descrizione>Supplemento carburante / pedaggi</Descrizione><PrezzoUnitario>252.00</PrezzoUnitario><PrezzoTotale>252.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>12150.33</ImponibileImporto><Imposta>2673.07</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo>
    </DatiBeniServizi>
    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2027-01-31</DataScadenzaPagamento><ImportoPagamento>14823.40</ImportoPagamento><IBAN>{iban}</IBAN></DettaglioPagamento></DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
""".format(pf=piva_f, pe=piva_e, nr=nr, iban=FERRETTI_IBAN)
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-15", "quoted-printable"),
                                 M.attachment(pdf, "application/pdf", "Fattura_2026-1174_cortesia.pdf"),
                                 M.attachment(xml, "application/xml", "IT%s_01174.xml" % piva_f)], bnd(seed, "nextpart"))
    return ferretti_mk(seed, when, "amministrazione@ferretti-trasporti.it", nn=26, lang="it", short="ferretti-fattura",
                       charset="iso-8859-15",
                       desc="Genuine courtesy copy of the Italian haulier's invoice with PDF and FatturaPA XML, sent from its accounts mailbox with the usual bank account.",
                       frm=M.addr("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"),
                       to=M.addr(n, a), subject="Copia di cortesia fattura n. %s del 30/11/2026" % nr, root=root,
                       msgid="<000001db%s$%s$%s@ferretti-trasporti.it>" % (M.hexid(seed, 4), M.hexid(seed + "x", 8), M.hexid(seed + "y", 8)),
                       extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "it")])


def b27():
    seed = "b27"
    when = M.dt(2, 10, 26, 33, "IT")
    n, a = who("m.bianchi")
    plain = """Ciao Marco,

confermo il ritiro di giovedì 3/12 presso il vostro magazzino di Milano per la consegna a Nürnberg venerdì 4/12 mattina:

- Bilico telonato, targa GE 418 KX, autista Luca Benedetti (cell. +39 340 771 2290)
- Arrivo previsto alle 14:00, carico 33 posti pallet (lista in allegato)
- Consegna a Nürnberg, Nordostpark 12, venerdì entro le 10:00

Mi mandi conferma del numero di rampa quando lo hai? Se ci sono variazioni sul numero di pallet avvisami entro domani a mezzogiorno.

Grazie e buona giornata

Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.r.l.
Via dell'Industria 27 – 37135 Verona
Tel. +39 045 820 4417 – Cell. +39 347 118 2096

> Il giorno 1 dic 2026, alle ore 17:52, Marco Bianchi <m.bianchi@example.com> ha scritto:
> Ciao Chiara, per giovedì confermi il ritiro alle 14? Sono 33 pallet, ti giro la lista domattina.
> Marco
"""
    html = html_doc(p2h(plain), lang="it")
    x = M.xlsx([["Pos.", "Cliente finale", "Riferimento", "Pallet", "Peso kg", "Destinazione"],
                [1, "Brandt Logistik", "EG-MI-88412", 12, 6840, "Nürnberg"],
                [2, "Kaufland DC Möckmühl", "EG-MI-88415", 9, 4310, "Nürnberg (cross-dock)"],
                [3, "Technoplast GmbH", "EG-MI-88419", 7, 3905, "Nürnberg"],
                [4, "Example Group stock", "EG-MI-88420", 5, 2110, "Nürnberg"]], sheet="Ritiro 03-12", author="Marco Bianchi")
    root = M.multipart("mixed", [alt(seed, plain, html, "utf-8"),
                                 M.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                              "Lista_pallet_ritiro_03-12.xlsx")], bnd(seed + "m"))
    return ferretti_mk(seed, when, "c.colombo@ferretti-trasporti.it", nn=27, lang="it", short="ferretti-conferma-ritiro",
                       charset="utf-8",
                       desc="Genuine transport confirmation from the Italian haulier's traffic manager replying in an existing thread with truck, driver and an XLSX pallet list.",
                       frm=M.addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=M.addr(n, a),
                       subject="Re: Ritiro merce Milano → Nürnberg 3/12 – conferma orari", root=root,
                       msgid="<000001db%s$%s$%s@ferretti-trasporti.it>" % (M.hexid(seed, 4), M.hexid(seed + "x", 8), M.hexid(seed + "y", 8)),
                       extra=[("In-Reply-To", msgid_exchange("b27-marco")), ("References", msgid_exchange("b27-marco")),
                              ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "it")])


def b28():
    seed = "b28"
    when = M.dt(30, 7, 30, 0, "IT")
    n, a = who("g.romano")
    base = "https://news.cartoland-ufficio.it/fe/%s/%s"
    l1, l2, l3 = (base % (M.digits(seed + str(i), 6), M.alnum(seed + str(i), 16)) for i in range(3))
    unsub = "https://news.cartoland-ufficio.it/frontend/nl_unsubscribe.aspx?idUser=%s" % M.digits(seed + "u", 8)
    plain = """CYBER MONDAY – solo oggi fino a mezzanotte

-40%% su toner originali HP, Brother, Canon
Carta A4 80 g (risma da 500 fogli) a 3,49 € + IVA
Spedizione gratuita per ordini sopra 99 €

Scopri le offerte: %s
Toner: %s
Carta e cancelleria: %s

Ricevi questa email perché sei cliente CartoLand Ufficio (Example Group Italia S.r.l.).
Non vuoi più ricevere le nostre offerte? Cancellati qui: %s
CartoLand Ufficio S.r.l. – Via Stephenson 94 – 20157 Milano – P.IVA %s
""" % (l1, l2, l3, unsub, M.it_piva("1077346015"))
    html = html_doc("""<table width="600" align="center" style="font-family:Arial;font-size:15px">
<tr><td style="background:#1b1b1b;color:#ffd400;padding:20px;text-align:center;font-size:28px"><b>CYBER MONDAY</b><br><span style="font-size:14px;color:#fff">solo oggi fino a mezzanotte</span></td></tr>
<tr><td style="padding:18px;text-align:center"><p style="font-size:22px"><b>-40%%</b> su toner originali</p><p>Carta A4 80 g a <b>3,49 €</b> + IVA · Spedizione gratuita sopra 99 €</p>
<p><a href="%s" style="background:#ffd400;color:#000;padding:12px 30px;text-decoration:none"><b>SCOPRI LE OFFERTE</b></a></p>
<p><a href="%s">Toner</a> · <a href="%s">Carta e cancelleria</a></p></td></tr>
<tr><td style="font-size:10px;color:#888;padding:12px">Ricevi questa email perché sei cliente CartoLand Ufficio. <a href="%s">Cancellati</a><br>CartoLand Ufficio S.r.l. – Via Stephenson 94 – 20157 Milano</td></tr></table>
<img src="https://news.cartoland-ufficio.it/o/%s.gif" width="1" height="1" alt="">""" % (
        l1, l2, l3, unsub, M.alnum(seed + "o", 20)), "CartoLand", lang="it", cs="windows-1252")
    root = alt(seed, plain, html, "windows-1252", style="b1")
    mf = "bounce-%s@mailup.cartoland-ufficio.it" % M.digits(seed, 9)
    auth = authres(spf=("pass", mf, "94.143.19.118"),
                   dkim_=[("pass", "cartoland-ufficio.it", "mup"), ("pass", "mailup.it", "mup2021")],
                   dmarc=("pass", "cartoland-ufficio.it", "NONE"), seed=seed)
    return mk(folder=F, nn=28, lang="it", short="cyber-monday-marketing", charset="windows-1252",
              desc="Genuine promotional email from the office's stationery supplier (existing customer) sent via an Italian email-marketing service, with emoji subject and tracking links.",
              when=when, frm=M.addr("CartoLand Ufficio", "offerte@cartoland-ufficio.it"), to=M.addr(n, a),
              subject="\u26a1 Cyber Monday: -40% su toner e carta A4 solo fino a mezzanotte", subj_cs="utf-8",
              root=root, mail_from=mf, helo="m19-118.mailupnet.it", rdns="m19-118.mailupnet.it", ip="94.143.19.118",
              auth=auth, pre=[("DKIM-Signature", dkim("cartoland-ufficio.it", "mup", seed, when)),
                              ("DKIM-Signature", dkim("mailup.it", "mup2021", seed + "2", when))],
              msgid=msgid_generic(seed, "mailup.cartoland-ufficio.it", when),
              extra=[("List-Unsubscribe", "<%s>" % unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")])


def b29():
    seed = "b29"
    when = M.dt(1, 10, 14, 33, "IT")
    n, a = who("g.romano")
    sender = "studio.rinaldi@pec.it"
    orig_id = "<%s@pec.it>" % M.hexid(seed + "orig", 24)
    ident = "opec21010.20261201101433.%s.1.1@pec.aruba.it" % M.digits(seed, 5)
    plain = """Messaggio di posta certificata

Il giorno 01/12/2026 alle ore 10:14:33 (+0100) il messaggio
"Invio modello F24 e prospetto liquidazione IVA novembre 2026" è stato inviato da "%s"
indirizzato a:
g.romano@example.com
Il messaggio originale è incluso in allegato.
Identificativo messaggio: %s
""" % (sender, ident)
    html = html_doc("<p>" + p2h(plain) + "</p>", lang="it", cs="iso-8859-1")
    daticert = """<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="posta-certificata" errore="nessuno">
  <intestazione>
    <mittente>{s}</mittente>
    <destinatari tipo="esterno">g.romano@example.com</destinatari>
    <risposte>{s}</risposte>
    <oggetto>Invio modello F24 e prospetto liquidazione IVA novembre 2026</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0100"><giorno>01/12/2026</giorno><ora>10:14:33</ora></data>
    <identificativo>{i}</identificativo>
    <msgid>{m}</msgid>
  </dati>
</postacert>
""".format(s=sender, i=ident, m=orig_id)
    f24 = M.pdf([[("h", "Studio Rinaldi - Commercialisti Associati"), ("s", "Corso Buenos Aires 77 - 20124 Milano"), ("gap", ""),
                  ("b", "Prospetto liquidazione IVA - novembre 2026"), "Cliente: EXAMPLE GROUP ITALIA S.R.L.", ("gap", ""),
                  "IVA a debito                      48.211,30", "IVA a credito                     31.904,12",
                  ("b", "IVA da versare (cod. 6011)         16.307,18"), ("gap", ""),
                  ("b", "Modello F24 - scadenza 16/12/2026"), "Sezione Erario: 6011  anno 2026  importo 16.307,18",
                  "Addebito su c/c aziendale tramite home banking (delega già predisposta)."]],
                title="F24 novembre 2026", producer="Profis/F24", date="D:20261201100512+01'00'")
    inner_body = """Gentile Sig.ra Romano,

in allegato il prospetto di liquidazione IVA di novembre 2026 e il modello F24 con scadenza 16/12/2026 (importo 16.307,18 euro). La delega è già stata predisposta nel vostro home banking: vi chiediamo solo di autorizzarla entro il 15/12.

Cordiali saluti
Dott.ssa Elisa Rinaldi
Studio Rinaldi - Commercialisti Associati
"""
    inner = M.multipart("mixed", [M.text(inner_body, "plain", "utf-8", "quoted-printable"),
                                  M.attachment(f24, "application/pdf", "F24_IVA_novembre_2026.pdf")], bnd(seed + "in", "b1"))
    inner_msg = ("Return-Path: <%s>\r\nFrom: Studio Rinaldi <%s>\r\nTo: g.romano@example.com\r\n"
                 "Subject: Invio modello F24 e prospetto liquidazione IVA novembre 2026\r\nDate: %s\r\n"
                 "Message-ID: %s\r\nMIME-Version: 1.0\r\nX-Mailer: Microsoft Outlook 16.0\r\n" %
                 (sender, sender, M.rfcdate(when - timedelta(seconds=20)), orig_id)) + inner.render()
    rfc822 = M.Part([("Content-Type", 'message/rfc822; name="postacert.eml"'),
                     ("Content-Disposition", 'inline; filename="postacert.eml"')], inner_msg)
    mixed = M.multipart("mixed", [alt(seed, plain, html, "iso-8859-1"),
                                  M.attachment(daticert, "application/xml", "daticert.xml"), rfc822], bnd(seed + "mx", "b1"))
    p7s = b"\x30\x82\x1b\x3c\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02\xa0\x82\x1b\x2d" + M.rbytes(seed + "p7", 600)
    root = M.multipart("signed", [mixed, M.attachment(p7s, "application/x-pkcs7-signature", "smime.p7s")],
                       bnd(seed + "sg", "b1"), params=' protocol="application/x-pkcs7-signature"; micalg="sha-256";')
    auth = authres(spf=("pass", "posta-certificata@pec.aruba.it", "62.149.158.91"),
                   dkim_=("pass", "pec.aruba.it", "a1"), dmarc=("pass", "pec.aruba.it", "NONE"), seed=seed)
    return mk(folder=F, nn=29, lang="it", short="pec-commercialista", charset="iso-8859-1",
              desc="Genuine Italian certified-mail (PEC) envelope from the accountants' provider: S/MIME-signed, with daticert.xml and the original message (F24 tax form PDF) embedded as postacert.eml.",
              when=when, frm='"Per conto di: %s" <posta-certificata@pec.aruba.it>' % sender, to=M.addr("", a),
              reply_to=sender, subject="POSTA CERTIFICATA: Invio modello F24 e prospetto liquidazione IVA novembre 2026",
              root=root, mail_from="posta-certificata@pec.aruba.it", helo="smtpdoc.pec.aruba.it",
              rdns="smtpdoc-91.pec.aruba.it", ip="62.149.158.91", auth=auth,
              pre=[("DKIM-Signature", dkim("pec.aruba.it", "a1", seed, when))], msgid="<%s>" % ident,
              extra=[("X-Riferimento-Message-ID", orig_id), ("X-Trasporto", "posta-certificata"),
                     ("X-TipoRicevuta", "completa")])


def b30():
    seed = "b30"
    when = M.dt(1, 7, 48, 15, "IT")
    body = """Ciao ragazzi,

stanotte febbre a 38,5, oggi resto a casa. Il medico ha già mandato il certificato all'INPS, il numero di protocollo ve lo giro appena ce l'ho.

Marco, per il ritiro Ferretti di giovedì è tutto confermato con Chiara, gli orari sono nella mail di ieri.
Fra, le fatture da registrare sono nella vaschetta sulla mia scrivania, quelle urgenti hanno il post-it giallo.

Scusate, ci sentiamo domani.
Giulia

Inviato da Libero Mail per Android
"""
    root = M.text(body, "plain", "utf-8", "base64")
    auth = authres(spf=("pass", "giulia.romano82@libero.it", "213.209.10.17"), dkim_=("pass", "libero.it", "s2021"),
                   dmarc=("pass", "libero.it", "QUARANTINE"), seed=seed)
    return mk(folder=F, nn=30, lang="it", short="collega-malata-libero", charset="utf-8",
              desc="Office manager writing from her private free-mail account on her phone to two colleagues that she is off sick, with handover notes.",
              when=when, frm=M.addr("Giulia Romano", "giulia.romano82@libero.it"),
              to=M.addr(*who("m.bianchi")) + ", " + M.addr(*who("f.ricci")), subject="oggi sono a casa",
              root=root, mail_from="giulia.romano82@libero.it", helo="smtp-17.iol.local",
              rdns="smtp-17-i2.italiaonline.it", ip="213.209.10.17", auth=auth,
              pre=[("DKIM-Signature", dkim("libero.it", "s2021", seed, when))],
              msgid="<%s.%s@libero.it>" % (M.digits(seed, 13), M.digits(seed + "x", 6)),
              extra=[("X-Mailer", "Libero Mail per Android 9.4.1")])

# ==================================================================================== Polish


def b31():
    seed = "b31"
    when = M.dt(30, 13, 7, 52, "PL")
    n, a = who("k.nowak")
    nip_p = M.pl_nip("779241553")
    nip_e = M.pl_nip("899287461")
    ksef = "%s-20261130-8F41C2D07B3A-1E" % nip_p
    body = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/11/0389 z dnia 30.11.2026 r. za usługi transportowe w listopadzie 2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: {ksef}. Załączony plik PDF jest wizualizacją faktury.

Kwota brutto: 46 371,42 zł
Termin płatności: 30.12.2026
Rachunek: {iban} (Santander Bank Polska S.A.)
Faktura podlega mechanizmowi podzielonej płatności.

Z poważaniem

Magdalena Kaczmarek
Dział Księgowości
Partner Logistik Sp. z o.o.
ul. Głogowska 218, 60-104 Poznań
tel. +48 61 843 22 10
""".format(ksef=ksef, iban=M.iban_fmt(PARTNER_IBAN))
    pdf = M.pdf([[("h", "Partner Logistik Sp. z o.o."), ("s", "ul. Głogowska 218, 60-104 Poznań · NIP " + nip_p), ("gap", ""),
                  ("b", "FAKTURA VAT nr FV/2026/11/0389"), "Data wystawienia: 30.11.2026   Data sprzedaży: 30.11.2026",
                  "Numer KSeF: " + ksef, ("gap", ""), "Nabywca: Example Group Sp. z o.o.", "ul. Krakowska 180, 52-015 Wrocław · NIP " + nip_e,
                  ("gap", ""), "Lp  Nazwa usługi                                    Netto        VAT     Brutto",
                  "1   Transport FTL Wrocław - Nürnberg (11 kursów)     28 600,00    23%   35 178,00",
                  "2   Transport drobnicowy Poznań - Wrocław           6 420,00     23%    7 896,60",
                  "3   Opłaty drogowe i dodatek paliwowy               2 680,34     23%    3 296,82",
                  ("b", "Razem                                             37 700,34        46 371,42"), ("gap", ""),
                  "Termin płatności: 30.12.2026, przelew", "Rachunek: " + M.iban_fmt(PARTNER_IBAN),
                  ("b", "MECHANIZM PODZIELONEJ PŁATNOŚCI")]],
                title="FV/2026/11/0389", producer="Comarch ERP Optima", date="D:20261130130000+01'00'")
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-2", "quoted-printable"),
                                 M.attachment(pdf, "application/pdf", "FV_2026_11_0389.pdf")], bnd(seed))
    return partner_mk(seed, when, "ksiegowosc@partner-logistik.pl", nn=31, lang="pl", short="partner-faktura",
                      charset="iso-8859-2",
                      desc="Genuine invoice from the Polish logistics partner's accounts mailbox with PDF visualisation, national e-invoice number, split-payment note and the known bank account.",
                      frm=M.addr("Partner Logistik – Księgowość", "ksiegowosc@partner-logistik.pl", "iso-8859-2", "Q"),
                      to=M.addr(n, a), subject="Faktura VAT FV/2026/11/0389 – Partner Logistik Sp. z o.o.",
                      subj_cs="iso-8859-2", subj_enc="Q", root=root, extra=[("Content-Language", "pl-PL")])


def b32():
    seed = "b32"
    when = M.dt(2, 14, 55, 10, "PL")
    n, a = who("p.wisniewski")
    plain = """Cześć Piotr,

awizuję odbiór na piątek 04.12:

Załadunek: Wrocław, ul. Krakowska 180, rampa 3, godz. 07:30
Rozładunek: Nürnberg, Nordostpark 12, poniedziałek 07.12 do 10:00
2 x FTL (naczepy firanowe), kierowcy: Marek Sobczak (WPL 7731K), Paweł Jasiński (WPL 4408M)

Lista palet i numery CMR w załączniku. Proszę o potwierdzenie godziny załadunku do jutra do 12:00.

Pozdrawiam
Tomasz Zieliński
Dyspozytor
Partner Logistik Sp. z o.o.
tel. +48 61 843 22 17, kom. +48 602 551 384
"""
    html = html_doc('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + p2h(plain) + "</div>", lang="pl",
                    cs="windows-1250")
    x = M.xlsx([["Naczepa", "Nr CMR", "Zleceniodawca", "Palety", "Waga kg", "Uwagi"],
                ["WPL 7731K", "CMR-2026-118840", "Example Group", 33, 18420, "EPAL, wymiana 1:1"],
                ["WPL 4408M", "CMR-2026-118841", "Example Group", 31, 16905, "2 palety ponadgabarytowe"]],
               sheet="Awizacja 04.12", author="Tomasz Zieliński")
    root = M.multipart("mixed", [alt(seed, plain, html, "windows-1250"),
                                 M.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                              "Awizacja_04.12.2026.xlsx")], bnd(seed + "m"))
    return partner_mk(seed, when, "t.zielinski@partner-logistik.pl", nn=32, lang="pl", short="partner-awizacja",
                      charset="windows-1250",
                      desc="Genuine pickup advice from the Polish partner's dispatcher with vehicles, drivers and an XLSX of pallets and consignment notes.",
                      frm=M.addr("Tomasz Zieliński", "t.zielinski@partner-logistik.pl", "windows-1250"), to=M.addr(n, a, "windows-1250"),
                      subject="Awizacja: odbiór 2 x FTL Wrocław → Norymberga 04.12", subj_cs="utf-8", root=root,
                      extra=[("Content-Language", "pl-PL")])


def b33():
    seed = "b33"
    when = M.dt(3, 15, 12, 44, "PL")
    n, a = who("m.zajac")
    code = M.digits(seed, 6)
    plain = """Cześć!

Twoja paczka jest już w Paczkomacie WRO15M.

Numer paczki: 620399184412703318855012
Kod odbioru: %s
Paczkomat WRO15M, ul. Krakowska 174, Wrocław (przy stacji paliw)
Możesz ją odebrać do: 05.12.2026 15:12

Odbierz paczkę w aplikacji InPost Mobile lub zeskanuj kod QR w aplikacji przy Paczkomacie.

Pamiętaj: InPost nigdy nie prosi o dopłaty do paczek SMS-em ani e-mailem.

Zespół InPost
""" % code
    html = html_doc("""<div style="max-width:560px;margin:auto;font-family:Arial;font-size:15px">
<div style="background:#ffcd00;padding:16px 20px;font-size:24px"><b>InPost</b></div><div style="padding:20px">""" +
                    p2h(plain) + "</div></div>", "InPost", lang="pl")
    root = alt(seed, plain, html, "utf-8", "base64", style="b1")
    auth = authres(spf=("pass", "bounces+%s@em.inpost.pl" % M.digits(seed, 8), "149.72.184.7"),
                   dkim_=[("pass", "inpost.pl", "s1"), ("pass", "sendgrid.info", "smtpapi")],
                   dmarc=("pass", "inpost.pl", "REJECT"), seed=seed)
    return mk(folder=F, nn=33, lang="pl", short="inpost-paczkomat", charset="utf-8",
              desc="Genuine parcel-locker pickup notification with a pickup code, sent through a large transactional email provider.",
              when=when, frm=M.addr("InPost", "powiadomienia@inpost.pl"), to=M.addr("", a),
              subject="Twoja paczka czeka w Paczkomacie WRO15M", root=root,
              mail_from="bounces+%s@em.inpost.pl" % M.digits(seed, 8), helo="o7.ptr5129.inpost.pl",
              rdns="o7.ptr5129.inpost.pl", ip="149.72.184.7", auth=auth,
              pre=[("DKIM-Signature", dkim("inpost.pl", "s1", seed, when)),
                   ("DKIM-Signature", dkim("sendgrid.info", "smtpapi", seed + "2", when))],
              msgid="<%s@geopod-ismtpd-%d>" % (M.alnum(seed, 22), 14), extra=[("Auto-Submitted", "auto-generated")])


def b34():
    seed = "b34"
    when = M.dt(29, 21, 3, 38, "PL")
    n, a = who("a.kowalczyk")
    body = """Szanowna Pani,

w odpowiedzi na ogłoszenie opublikowane w serwisie Pracuj.pl przesyłam swoją aplikację na stanowisko Specjalista ds. Logistyki (ref. WRO/LOG/11/2026).

Od czterech lat pracuję jako koordynatorka transportu międzynarodowego w firmie spedycyjnej we Wrocławiu, gdzie odpowiadam za planowanie tras do Niemiec i Czech oraz kontakt z przewoźnikami. Posługuję się biegle językiem niemieckim (C1) i angielskim (B2).

W załączeniu przesyłam CV oraz list motywacyjny. Chętnie opowiem więcej o swoim doświadczeniu podczas rozmowy.

Z wyrazami szacunku
Aleksandra Dąbrowska
tel. 605 318 447
"""
    cv = M.pdf([[("h", "Aleksandra Dąbrowska"), "Wrocław · tel. 605 318 447 · aleksandra.dabrowska93@gmail.com", ("gap", ""),
                 ("b", "Doświadczenie zawodowe"),
                 "2022 - obecnie  Koordynatorka transportu międzynarodowego, TransSped Wrocław Sp. z o.o.",
                 "2019 - 2022     Specjalistka ds. obsługi klienta, DPD Polska, Wrocław", ("gap", ""),
                 ("b", "Wykształcenie"), "2014 - 2019  Uniwersytet Ekonomiczny we Wrocławiu, Logistyka (mgr)", ("gap", ""),
                 ("b", "Języki"), "niemiecki C1, angielski B2", ("gap", ""),
                 ("b", "Umiejętności"), "TMS (Transporeon, Timocom), SAP, MS Excel (zaawansowany)", ("gap", ""),
                 ("s", "Wyrażam zgodę na przetwarzanie moich danych osobowych przez Example Group Sp. z o.o. dla potrzeb niezbędnych do realizacji procesu rekrutacji zgodnie z RODO.")]],
               title="CV Aleksandra Dąbrowska", author="Aleksandra Dąbrowska", producer="Canva",
               date="D:20261129203011+01'00'")
    lm = M.docx([("b", "Aleksandra Dąbrowska"), "Wrocław, 29.11.2026", "", "Example Group Sp. z o.o.", "Dział HR", "",
                 ("b", "List motywacyjny – Specjalista ds. Logistyki (WRO/LOG/11/2026)"), "",
                 "Szanowna Pani,",
                 "z dużym zainteresowaniem przeczytałam ogłoszenie dotyczące stanowiska Specjalisty ds. Logistyki. "
                 "Doświadczenie w koordynacji transportu międzynarodowego oraz znajomość języka niemieckiego pozwolą mi "
                 "skutecznie wspierać Państwa zespół we współpracy z centralą w Norymberdze.",
                 "", "Z wyrazami szacunku", "Aleksandra Dąbrowska"],
                title="List motywacyjny", author="Aleksandra Dąbrowska", date="2026-11-29T20:40:00Z")
    root = M.multipart("mixed", [M.text(body, "plain", "utf-8", "quoted-printable"),
                                 M.attachment(cv, "application/pdf", "CV_Aleksandra_Dąbrowska.pdf"),
                                 M.attachment(lm, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                              "List_motywacyjny_A_Dabrowska.docx")], bnd(seed, "gmail"))
    auth = authres(spf=("pass", "aleksandra.dabrowska93@gmail.com", "209.85.218.49"),
                   dkim_=("pass", "gmail.com", "20230601"), dmarc=("pass", "gmail.com", "NONE"), seed=seed)
    return mk(folder=F, nn=34, lang="pl", short="aplikacja-cv", charset="utf-8",
              desc="Genuine job application from a free-mail account with a real CV PDF (non-ASCII filename) and a DOCX cover letter including a GDPR consent clause.",
              when=when, frm=M.addr("Aleksandra Dąbrowska", "aleksandra.dabrowska93@gmail.com"), to=M.addr(n, a),
              subject="Aplikacja na stanowisko Specjalista ds. Logistyki (ref. WRO/LOG/11/2026)", root=root,
              mail_from="aleksandra.dabrowska93@gmail.com", helo="mail-ej1-f49.google.com",
              rdns="mail-ej1-f49.google.com", ip="209.85.218.49", auth=auth, hops=[gmail_hop(when, seed)],
              pre=[("DKIM-Signature", dkim("gmail.com", "20230601", seed, when, "to:subject:message-id:date:from:mime-version"))],
              msgid=msgid_gmail(seed))


def b35():
    seed = "b35"
    when = M.dt(1, 9, 3, 0, "PL")
    plain = """Dzień dobry,

w ramach ujednolicenia zabezpieczeń w całej grupie prosimy wszystkich pracowników biura we Wrocławiu o ponowną rejestrację aplikacji Microsoft Authenticator do 11.12.2026.

Jak to zrobić:
1. Na komputerze służbowym otwórz stronę https://aka.ms/mysecurityinfo i zaloguj się swoim kontem firmowym.
2. Usuń stary wpis "Microsoft Authenticator" i kliknij "Dodaj metodę logowania".
3. Zeskanuj kod QR wyświetlony na ekranie komputera aplikacją w telefonie.

Kod QR pojawia się wyłącznie na stronie Microsoft po zalogowaniu – nigdy nie wysyłamy go e-mailem. Jeśli otrzymasz wiadomość z kodem QR do "rejestracji MFA", nie skanuj go i prześlij ją na security@example.com.

W razie problemów zapraszam do pokoju 2.14 lub pod numer wewnętrzny 315.

Pozdrawiam
Michał Zając
IT Support – Example Group Sp. z o.o.
"""
    html = html_doc(p2h(plain).replace("https://aka.ms/mysecurityinfo", '<a href="https://aka.ms/mysecurityinfo">https://aka.ms/mysecurityinfo</a>'),
                    lang="pl", cs="iso-8859-2")
    root = alt(seed, plain, html, "iso-8859-2", "base64")
    return internal(folder=F, nn=35, lang="pl", short="it-mfa-rejestracja", charset="iso-8859-2",
                    desc="Internal IT notice through the internal relay asking Wrocław staff to re-register the authenticator app on Microsoft's own security-info page.",
                    when=when, frm_key="m.zajac", to_keys=["k.nowak", "p.wisniewski", "a.kowalczyk"],
                    subject="Ponowna rejestracja Microsoft Authenticator (MFA) – do 11.12.2026", root=root,
                    lang_tag="pl-PL", client_ip="10.60.1.15")

# ==================================================================================== Greek


def b36():
    seed = "b36"
    when = M.dt(2, 9, 31, 0, "GR")
    n, a = who("e.georgiou")
    plain = """Αγαπητέ πελάτη,

Ο λογαριασμός σας για τον μήνα Νοέμβριο 2026 είναι διαθέσιμος.

Αριθμός λογαριασμού: 1.0048.227.190
Επωνυμία: EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε.
Ποσό πληρωμής: 312,40 €
Ημερομηνία λήξης: 18/12/2026
Τρόπος πληρωμής: πάγια εντολή

Μπορείτε να δείτε αναλυτικά τον λογαριασμό σας στο My COSMOTE: https://my.cosmote.gr/business

Η COSMOTE δεν σας ζητά ποτέ κωδικούς ή στοιχεία κάρτας μέσω email.

Με εκτίμηση,
COSMOTE
"""
    html = html_doc('<div style="font-family:Arial;font-size:14px">' + p2h(plain).replace(
        "https://my.cosmote.gr/business", '<a href="https://my.cosmote.gr/business">My COSMOTE</a>') + "</div>",
                    "COSMOTE", lang="el", cs="windows-1253")
    root = alt(seed, plain, html, "windows-1253", style="eq")
    auth = authres(spf=("pass", "e-bill@cosmote.gr", "195.167.96.34"), dkim_=("pass", "cosmote.gr", "cos1"),
                   dmarc=("pass", "cosmote.gr", "REJECT"), seed=seed)
    return mk(folder=F, nn=36, lang="el", short="cosmote-logariasmos", charset="windows-1253",
              desc="Genuine monthly telecom bill notification for the Athens office paid by direct debit, with a link to the provider's real portal.",
              when=when, frm=M.addr("COSMOTE", "e-bill@cosmote.gr"), to=M.addr("", a),
              subject="Ο λογαριασμός σας Νοεμβρίου 2026 είναι διαθέσιμος", subj_cs="windows-1253", root=root,
              mail_from="e-bill@cosmote.gr", helo="mailout4.cosmote.gr", rdns="mailout4.cosmote.gr", ip="195.167.96.34",
              auth=auth, pre=[("DKIM-Signature", dkim("cosmote.gr", "cos1", seed, when))],
              msgid=msgid_generic(seed, "cosmote.gr", when))


def b37():
    seed = "b37"
    when = M.dt(3, 11, 5, 30, "GR")
    n, a = who("g.papadopoulos")
    body = """Αγαπητέ χρήστη,

Σας ενημερώνουμε ότι στη Θυρίδα σας στο myAADE έχει αναρτηθεί νέο έγγραφο:

Τύπος: Πράξη διοικητικού προστίμου / Ενημέρωση
Αριθμός πρωτοκόλλου: 2026/ΔΟΥ-ΦΑΕ-ΑΘ/118427
Φορέας: EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε.

Για να δείτε το έγγραφο, συνδεθείτε στην εφαρμογή myAADE από την ιστοσελίδα www.aade.gr με τους κωδικούς TAXISnet.

Για λόγους ασφαλείας, η ΑΑΔΕ δεν αποστέλλει συνδέσμους σύνδεσης ή συνημμένα αρχεία με email και δεν ζητά ποτέ τραπεζικά στοιχεία ή στοιχεία κάρτας.

Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
"""
    root = M.text(body, "plain", "iso-8859-7", "base64")
    auth = authres(spf=("pass", "noreply@aade.gr", "83.212.244.18"), dkim_=("pass", "aade.gr", "aade"),
                   dmarc=("pass", "aade.gr", "REJECT"), seed=seed)
    return mk(folder=F, nn=37, lang="el", short="myaade-thyrida", charset="iso-8859-7",
              desc="Genuine tax-authority notice that a new document is in the company's online mailbox, with no links and an explicit anti-phishing warning.",
              when=when, frm=M.addr("ΑΑΔΕ", "noreply@aade.gr", "iso-8859-7"), to=M.addr("", a),
              subject="Νέο έγγραφο στη Θυρίδα σας στο myAADE", subj_cs="iso-8859-7", root=root,
              mail_from="noreply@aade.gr", helo="mx2.aade.gr", rdns="mx2.aade.gr", ip="83.212.244.18", auth=auth,
              pre=[("DKIM-Signature", dkim("aade.gr", "aade", seed, when))], msgid=msgid_generic(seed, "aade.gr", when),
              extra=[("Auto-Submitted", "auto-generated")])


def b38():
    seed = "b38"
    when = M.dt(30, 12, 10, 0, "GR")
    uid = M.msgid_uuid_raw(seed).upper()
    plain = """Καλησπέρα σε όλους,

Η χριστουγεννιάτικη γιορτή του γραφείου Αθηνών θα γίνει την Παρασκευή 18 Δεκεμβρίου στις 20:30 στην ταβέρνα «Το Στέκι του Ηλία», Εκάλης 7, Θησείο.

Σας στέλνω πρόσκληση ημερολογίου· παρακαλώ απαντήστε (αποδοχή/απόρριψη) μέχρι την Παρασκευή 11/12 για να κλείσουμε τα τραπέζια.

Καλές γιορτές,
Giorgos Papadopoulos
Country Manager Greece
Example Group Hellas
"""
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GTB Standard Time
BEGIN:STANDARD
DTSTART:16010101T040000
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Giorgos Papadopoulos:mailto:g.papadopoulos@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Eleni Georgiou:mailto:e.georgiou@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nikos Konstantinou:mailto:n.konstantinou@examplegroup.eu
DESCRIPTION;LANGUAGE=el-GR:Χριστουγεννιάτικη γιορτή γραφείου Αθηνών. Παρακαλώ απαντήστε μέχρι 11/12.
UID:%s
SUMMARY;LANGUAGE=el-GR:Χριστουγεννιάτικη γιορτή γραφείου Αθηνών
DTSTART;TZID=GTB Standard Time:20261218T203000
DTEND;TZID=GTB Standard Time:20261218T233000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261130101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=el-GR:Το Στέκι του Ηλία\\, Εκάλης 7\\, Θησείο
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT60M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % uid
    cal = M.Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                  ("Content-Transfer-Encoding", "base64")], M.transfer_encode(ics.encode("utf-8"), "base64", True))
    inner = M.multipart("alternative", [M.text(plain, "plain", "utf-8", "quoted-printable"), cal], bnd(seed + "i"))
    root = M.multipart("mixed", [inner, M.attachment(ics, "application/ics", "invite.ics")], bnd(seed))
    return internal(folder=F, nn=38, lang="el", short="christougenniatiki-giorti-ics", charset="utf-8",
                    desc="Internal calendar invitation (ICS, method REQUEST) from the Greek country manager through the internal relay for the office Christmas party.",
                    when=when, frm_key="g.papadopoulos", to_keys=["e.georgiou", "n.konstantinou"],
                    subject="Πρόσκληση: Χριστουγεννιάτικη γιορτή γραφείου Αθηνών @ Παρ 18 Δεκ 2026 20:30 - 23:30 (EET)",
                    root=root, lang_tag="el-GR", client_ip="10.80.1.21",
                    extra=[("Content-Class", "urn:content-classes:calendarmessage")])


def b39():
    seed = "b39"
    when = M.dt(4, 12, 22, 5, "GR")
    n, a = who("n.konstantinou")
    plain = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7402915538 παραδόθηκε.

Παραλήπτης: EXAMPLE GROUP HELLAS - Κ. ΚΩΝΣΤΑΝΤΙΝΟΥ
Ημερομηνία παράδοσης: 04/12/2026 12:18
Υπογραφή: Ν. Κωνσταντίνου

Μπορείτε να δείτε το ιστορικό της αποστολής στο https://www.acscourier.net/el/track-and-trace?trackingNumber=7402915538

Σας ευχαριστούμε που επιλέξατε την ACS.
"""
    html = html_doc(p2h(plain).replace("https://www.acscourier.net/el/track-and-trace?trackingNumber=7402915538",
                                       '<a href="https://www.acscourier.net/el/track-and-trace?trackingNumber=7402915538">acscourier.net</a>'),
                    "ACS", lang="el", cs="iso-8859-7")
    root = alt(seed, plain, html, "iso-8859-7", style="eq")
    auth = authres(spf=("pass", "noreply@acscourier.net", "185.4.134.76"), dkim_=("pass", "acscourier.net", "acs"),
                   dmarc=("pass", "acscourier.net", "QUARANTINE"), seed=seed)
    return mk(folder=F, nn=39, lang="el", short="acs-paradosi", charset="iso-8859-7",
              desc="Genuine courier proof-of-delivery notice in Greek with a tracking link on the courier's real domain and no payment request.",
              when=when, frm=M.addr("ACS Courier", "noreply@acscourier.net"), to=M.addr("", a),
              subject="Η αποστολή 7402915538 παραδόθηκε", subj_cs="iso-8859-7", root=root,
              mail_from="noreply@acscourier.net", helo="mail.acscourier.net", rdns="mail.acscourier.net",
              ip="185.4.134.76", auth=auth, pre=[("DKIM-Signature", dkim("acscourier.net", "acs", seed, when))],
              msgid=msgid_generic(seed, "acscourier.net", when), extra=[("Auto-Submitted", "auto-generated")])


def b40():
    seed = "b40"
    when = M.dt(3, 8, 12, 47, "GR")
    n, a = who("g.papadopoulos")
    body = """Καλημέρα Γιώργο,

ξέχασα το laptop στο γραφείο χθες βράδυ και είμαι ήδη καθ' οδόν για τον πελάτη στον Ασπρόπυργο. Μπορείς να πεις στην Ελένη να μου στείλει την προσφορά για τη Lidl από τον κοινόχρηστο φάκελο; Θα τη δω από το κινητό.

Ευχαριστώ,
Nikos

Στάλθηκε από το iPhone μου
"""
    root = M.text(body, "plain", "utf-8", "base64")
    auth = authres(spf=("pass", "nikos.konst@gmail.com", "209.85.220.65"), dkim_=("pass", "gmail.com", "20230601"),
                   dmarc=("pass", "gmail.com", "NONE"), seed=seed)
    return mk(folder=F, nn=40, lang="el", short="synadelfos-kinito", charset="utf-8",
              desc="Salesman writing from his private Gmail on his phone to his manager that he left his laptop at the office, asking for a quote to be sent to him.",
              when=when, frm=M.addr("Nikos Konstantinou", "nikos.konst@gmail.com"), to=M.addr(n, a),
              subject="Ξέχασα το laptop", root=root, mail_from="nikos.konst@gmail.com", helo="mail-sor-f65.google.com",
              rdns="mail-sor-f65.google.com", ip="209.85.220.65", auth=auth, hops=[gmail_hop(when, seed)],
              pre=[("DKIM-Signature", dkim("gmail.com", "20230601", seed, when, "to:subject:message-id:date:from:mime-version"))],
              msgid="<%s@gmail.com>" % M.msgid_uuid_raw(seed).upper(), extra=[("X-Mailer", "iPhone Mail (22B91)")])


ALL = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, b20,
       b21, b22, b23, b24, b25, b26, b27, b28, b29, b30, b31, b32, b33, b34, b35, b36, b37, b38, b39, b40]
