"""Genuine messages, English (09-16)."""

import math
import struct

from lib import co, ids, smtp, systems
from lib.mime import Part
from lib.msg import esc, simple_html
from lib.systems import H
from messages.common import (D, S, alt, ex_msgid, footer, gmail_att, gmail_parts, ics_event, letterhead, mixed, ms_msgid,
                             outlook_att, outlook_bnd, outlook_parts, photo_jpeg, related, table)
from messages.registry import msg

B = "business"


# --------------------------------------------------------------------- 09
@msg(B, 9, "en", "harrowfield-teams-meeting-invite")
def b09(m):
    Hh = co.HARR
    tid = Hh["tenant_id"]
    oid = smtp.uuid(m.rng)
    mid = "19%3ameeting_" + smtp.ralnum(m.rng, 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    join = ("https://teams.microsoft.com/l/meetup-join/%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c"
            "%%22Oid%%22%%3a%%22%s%%22%%7d" % (mid, tid, oid))
    m.what = ("Oliver Grant (Harrowfield Fresh Produce) invites the group key account manager to a Teams meeting on the 2027 "
              "vine tomato programme; standard Outlook/Teams invitation with join link, meeting ID and passcode.")
    m.why = ("Customer's real Microsoft 365 tenant (harrowfieldfresh.co.uk, DKIM selector2, DMARC pass); the join link is a "
             "normal teams.microsoft.com meetup-join URL with the sender's tenant ID; nothing to enter at a device-login page.")
    m.pair = ["09-en-teams-invite-device-code.eml"]
    m.pair_topic = "Teams meeting invitation from the UK customer about the 2027 programme"
    m.pair_diff = ("Genuine: teams.microsoft.com meetup-join link, meeting ID/passcode, real domain. Attack: look-alike domain, "
                   "'access code' to type at microsoft.com/devicelogin (device-code phishing).")
    h = H(Hh["grant"], [co.P("sales")], "2027 vine tomato programme - review", D(2026, 11, 3, 16, 12, 9, "uk"),
          cc=[co.P("uk_om")])
    h.msgid = ms_msgid(m, "gbrprd01")
    start, end = D(2026, 11, 10, 14, 0, 0, "uk"), D(2026, 11, 10, 15, 0, 0, "uk")
    teams = ("________________________________________________________________________________\n"
             "Microsoft Teams Need help? <https://aka.ms/JoinTeamsMeeting?omkt=en-GB>\n"
             "Join the meeting now <%s>\nMeeting ID: 384 221 907 116\nPasscode: vQ3Ez2Ru\n"
             "________________________________\nFor organisers: Meeting options <https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=%s&messageId=0&language=en-GB>\n"
             "________________________________________________________________________________") % (join, oid, tid, mid.replace("%3a", ":"))
    paras = ["Hi Katharina,", "",
             "As agreed on the phone, let's go through the 2027 vine tomato programme - weekly volumes, the new 6 x 500 g "
             "format and the Q1 price corridor. Claire is welcome to join for the logistics part.", "",
             "Best,", "Oliver", "", teams]
    text = "\n".join(paras) + "\n"
    html_links = ('<div style="width:100%%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
                  '________________________________________________________________________________</span></div>'
                  '<div style="margin-bottom:24px"><span style="font-size:24px;font-weight:700">Microsoft Teams</span> '
                  '<a href="https://aka.ms/JoinTeamsMeeting?omkt=en-GB">Need help?</a></div><div style="margin-bottom:6px">'
                  '<a href="%s" style="font-size:20px;font-weight:700;color:#5B5FC7">Join the meeting now</a></div>'
                  '<div>Meeting ID: 384 221 907 116</div><div>Passcode: vQ3Ez2Ru</div>') % esc(join)
    html_paras = paras[:-1] + [html_links]
    t = m.text(text, "utf-8", "quoted-printable")
    from lib.msg import paras_to_outlook
    ht = m.html(paras_to_outlook(html_paras, "EN-GB", "EmailStyle17", "Aptos", "utf-8"), "utf-8", "quoted-printable")
    ics = ics_event("REQUEST", "040000008200E00074C5B7101A82E00800000000%s" % smtp.rhex(m.rng, 40, True), start, end,
                    "2027 vine tomato programme - review", Hh["grant"], [co.P("sales"), co.P("uk_om")],
                    text, "Microsoft Teams Meeting", h.date, tz="GMT Standard Time", zone="uk",
                    extra=["X-MICROSOFT-SKYPETEAMSMEETINGURL:%s" % join, "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:",
                           "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"])
    cal = Part("text/calendar", ics, charset="utf-8", cte="base64", params=["method=REQUEST"])
    root = Part("multipart/alternative", children=[t, ht, cal], boundary=outlook_bnd(h.msgid, 0))
    return systems.m365(m, h, root, tenant="harrowfieldfresh.co.uk", region="gbrprd01", eop="GBR01", eop_dc="LO2",
                        dkim_s="selector2", lang="en-GB", accept="en-GB, en-US", ip="40.107.20.%d" % 111, tenant_id=Hh["tenant_id"],
                        client_extra=["x-ms-exchange-calendar-series-instance-id: BAAAAJ" + smtp.rb64(m.rng, 40),
                                      "x-ms-exchange-imapappendstamp: " + smtp.ralnum(m.rng, 12)])


# --------------------------------------------------------------------- 10
@msg(B, 10, "en", "harrowfield-docusign-supply-agreement")
def b10(m):
    Hh = co.HARR
    url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (smtp.uuid(m.rng), smtp.uuid(m.rng), smtp.uuid(m.rng))
    m.what = "DocuSign envelope from Oliver Grant: 'Harrowfield Supply Agreement 2027 - Example Glasshouse UK Ltd' for signature."
    m.why = ("Real DocuSign infrastructure and the customer's real sender account (oliver.grant@harrowfieldfresh.co.uk shown as "
             "sender and reply-to), expected document after the programme meeting; DocuSign's standard text with the security "
             "notice; nothing asks for bank details.")
    m.pair = ["13-en-docusign-abused-payment-terms.eml"]
    m.pair_topic = "DocuSign envelope 'from Harrowfield'"
    m.pair_diff = ("Genuine: envelope owned by oliver.grant@harrowfieldfresh.co.uk about the supply agreement. Attack: same "
                   "platform, but the account is accounts@harrowfield-freshproduce.com and the topic is 'remittance details'.")
    h = H(("Oliver Grant via Docusign", "dse@eumail.docusign.net"), [co.P("sales")],
          "Complete with Docusign: Harrowfield Supply Agreement 2027 - Example Glasshouse UK Ltd.pdf",
          D(2026, 11, 20, 10, 4, 51, "uk"), reply_to=Hh["grant"])
    text = ("Oliver Grant sent you a document to review and sign.\n\nREVIEW DOCUMENT\n%s\n\n"
            "Oliver Grant\noliver.grant@harrowfieldfresh.co.uk\n\n"
            "Katharina, please find the 2027 supply agreement as discussed on the 10th (programme volumes in Schedule 2). "
            "Any questions, give me a ring. Thanks, Oliver\n\n"
            "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or "
            "access code with others.\n\nAbout Docusign\nSign documents electronically in just minutes. It's safe, secure, and "
            "legally binding.\n\nQuestions about the Document?\nIf you need to modify the document or have questions about the "
            "details in the document, please reach out to the sender by emailing them directly.\n\n"
            "This message was sent to you by Oliver Grant who is using the Docusign Electronic Signature Service.\n") % url
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="padding:0;margin:0;background:#eaeaea"><table width="100%%" cellpadding="0" cellspacing="0" '
            'style="background:#eaeaea"><tr><td align="center" style="padding:20px"><table width="640" cellpadding="0" '
            'cellspacing="0"><tr><td style="padding:10px 24px"><span style="font-family:Helvetica,Arial;font-size:22px;'
            'font-weight:bold;color:#4c00ff">docusign</span></td></tr><tr><td style="background:#4c00ff;padding:28px 24px;'
            'text-align:center;font-family:Helvetica,Arial;color:#fff;font-size:16px">Oliver Grant sent you a document to review '
            'and sign.<br><br><a href="%s" style="display:inline-block;background:#ffc820;color:#130032;font-weight:bold;'
            'font-size:15px;padding:12px 24px;text-decoration:none;border-radius:2px">REVIEW DOCUMENT</a></td></tr><tr><td '
            'style="background:#fff;padding:24px;font-family:Helvetica,Arial;font-size:15px;color:#333"><b>Oliver Grant</b><br>'
            '<a href="mailto:oliver.grant@harrowfieldfresh.co.uk" style="color:#2463d1">oliver.grant@harrowfieldfresh.co.uk</a>'
            '<br><br>Katharina, please find the 2027 supply agreement as discussed on the 10th (programme volumes in Schedule 2). '
            'Any questions, give me a ring. Thanks, Oliver</td></tr><tr><td style="padding:24px;font-family:Helvetica,Arial;'
            'font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do '
            'not share this email, link, or access code with others.<br><br><b>About Docusign</b><br>Sign documents electronically '
            'in just minutes. It&#39;s safe, secure, and legally binding.<br><br><b>Questions about the Document?</b><br>If you need '
            'to modify the document or have questions about the details in the document, please reach out to the sender by '
            'emailing them directly.<br><br>This message was sent to you by Oliver Grant who is using the Docusign Electronic '
            'Signature Service.</td></tr></table></td></tr></table></body></html>\n') % esc(url)
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("java"))
    ip = "185.81.100.%d" % 41
    host = "mailsender41.eu.docusign.net"
    hops = ["Received: from eu1wfa%02d (localhost [127.0.0.1]) by %s (Postfix)\n\twith ESMTP id %s; %s" % (
        m.rng.randrange(1, 40), host, smtp.queue_id(m.rng), smtp.rfc_date(h.date + S, "utc"))]
    h.msgid = "<%s@eu1-docusign.net>" % smtp.rhex(m.rng, 32)
    return systems.direct(m, h, root, host, host, ip, hops=hops, dkim_d="docusign.net", dkim_s="mail", zone="utc",
                          order=["mime", "date", "subject", "from", "reply_to", "to", "msgid"], tls=smtp.TLS12,
                          extra=["X-Auto-Response-Suppress: OOF, AutoReply", "X-Api-Host: eu.docusign.net"])


# --------------------------------------------------------------------- 11
@msg(B, 11, "en", "companies-house-confirmation-statement")
def b11(m):
    m.what = ("Companies House (GOV.UK Notify) reminds the UK entity that its confirmation statement is due by 15 December 2026 "
              "and that directors will need their identity verification personal code when filing.")
    m.why = ("Real GOV.UK Notify mail: notifications.service.gov.uk via Amazon SES eu-west-2 with both DKIM signatures; links "
             "only to www.gov.uk guidance and the official filing service; no deadline threat beyond the statutory one.")
    m.pair = ["12-en-companies-house-id-verification.eml"]
    m.pair_topic = "Companies House e-mail about filing and identity verification"
    m.pair_diff = ("Genuine: notifications.service.gov.uk, gov.uk links, reminder tone. Attack: companies-house-gov.uk look-alike "
                   "asking for One Login password, authentication code and passport.")
    h = H(("Companies House", "companies.house@notifications.service.gov.uk"), [co.P("uk_acc")],
          "Confirmation statement due for EXAMPLE GLASSHOUSE UK LTD", D(2026, 11, 17, 9, 1, 22, "uk"))
    g1 = "https://www.gov.uk/file-your-confirmation-statement-with-companies-house"
    g2 = "https://www.gov.uk/guidance/verify-your-identity-for-companies-house"
    text = ("Company number: 09871452\n\nYou need to file a confirmation statement for EXAMPLE GLASSHOUSE UK LTD by 15 December "
            "2026.\n\nYou can file it online:\n%s\n\n"
            "When you file, each director will need to provide their Companies House personal code to confirm they have "
            "verified their identity. If a director has not verified yet, they can find out how to do it here:\n%s\n\n"
            "If you have already filed, you do not need to do anything.\n\nCompanies House\n") % (g1, g2)
    html = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Helvetica,Arial,sans-serif;margin:0;font-size:16px;color:#0b0c0c"><table width="100%%" '
            'cellpadding="0" cellspacing="0" style="background:#0b0c0c"><tr><td style="padding:10px 15px"><span style="color:#fff;'
            'font-size:28px;font-weight:700">GOV.UK</span></td></tr></table><table width="580" align="center" cellpadding="0" '
            'cellspacing="0"><tr><td style="padding-top:10px"><div style="height:10px;background:#1d70b8"></div><p>Company number: '
            '09871452</p><p>You need to file a confirmation statement for EXAMPLE GLASSHOUSE UK LTD by 15 December 2026.</p><p>You '
            'can <a href="%s" style="color:#1d70b8">file it online</a>.</p><p>When you file, each director will need to provide '
            'their Companies House personal code to confirm they have verified their identity. If a director has not verified '
            'yet, they can <a href="%s" style="color:#1d70b8">find out how to do it</a>.</p><p>If you have already filed, you do '
            'not need to do anything.</p><p>Companies House</p></td></tr></table></body></html>\n') % (g1, g2)
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("ses"))
    return systems.ses(m, h, root, region="eu-west-2", ip="23.251.232.%d" % 41, dkim_d="notifications.service.gov.uk",
                       dkim_s="sbtlkvyfkyqp7uyhwdpaeh4ucwwbfdfj", host="b232-41.smtp-out.eu-west-2.amazonses.com",
                       mail_from="%s@notifications.service.gov.uk" % ("bounce-" + smtp.rhex(m.rng, 20)))


# --------------------------------------------------------------------- 12
@msg(B, 12, "en", "microsoft-entra-risky-users-digest")
def b12(m):
    portal = "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers"
    m.what = ("Microsoft Entra ID Protection weekly digest for the Example Group tenant sent to the mail/security admin: 2 users "
              "at risk, 5 risky sign-ins; link to the Entra admin center.")
    m.why = ("Genuine Microsoft service notice (MSSecurity-noreply@microsoft.com, DKIM microsoft.com, Microsoft outbound IPs); "
             "addressed to the admin who subscribed; link to entra.microsoft.com; informational numbers only.")
    m.pair = ["06-de-mfa-richtlinie-qr-pdf.eml", "10-en-oauth-consent-adobe-share.eml"]
    m.pair_topic = "Microsoft 365 / Entra security e-mail"
    m.pair_diff = ("Genuine: Microsoft's own sender and infrastructure, admin audience, link to the admin portal. Attacks: "
                   "'IT-Service' MFA re-registration via QR on a hacked WordPress host, OAuth consent lure via SendGrid.")
    h = H(("Microsoft Entra ID Protection", "MSSecurity-noreply@microsoft.com"), [co.P("sec")],
          "Microsoft Entra ID Protection Weekly Digest", D(2026, 11, 23, 7, 4, 18))
    text = ("Microsoft Entra ID Protection\nWeekly digest for Example Group (example.com)\n16 November 2026 - 22 November 2026\n\n"
            "New users at risk detected: 2\nNew risky sign-ins detected: 5 (in real time: 3)\nUsers with leaked credentials: 0\n\n"
            "Top users at risk:\n  francesca.distefano@example.com - Medium - Unfamiliar sign-in properties\n"
            "  claire.whitmore@examplegroup.eu - Low - Anonymous IP address\n\n"
            "View all users at risk: %s\n\n"
            "You're receiving this email because you are a Security Administrator. To change the frequency, go to "
            "Protection > Identity Protection > Users at risk detected alerts in the Microsoft Entra admin center.\n\n"
            "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\nPrivacy statement: https://go.microsoft.com/fwlink/?LinkId=521839\n") % portal
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:'
            'Segoe UI,Arial;background:#f8f8f8"><table width="640" align="center" cellpadding="0" cellspacing="0" '
            'style="background:#fff"><tr><td style="padding:24px;font-size:24px;color:#323130">Microsoft Entra ID Protection</td>'
            '</tr><tr><td style="padding:0 24px;font-size:14px;color:#605e5c">Weekly digest for Example Group (example.com)<br>'
            '16 November 2026 - 22 November 2026</td></tr><tr><td style="padding:20px 24px"><table cellpadding="6" '
            'style="font-size:14px"><tr><td style="font-size:28px;color:#0078d4">2</td><td>New users at risk detected</td></tr>'
            '<tr><td style="font-size:28px;color:#0078d4">5</td><td>New risky sign-ins detected (in real time: 3)</td></tr><tr>'
            '<td style="font-size:28px;color:#0078d4">0</td><td>Users with leaked credentials</td></tr></table></td></tr><tr><td '
            'style="padding:0 24px;font-size:14px"><b>Top users at risk</b><br>francesca.distefano@example.com &middot; Medium '
            '&middot; Unfamiliar sign-in properties<br>claire.whitmore@examplegroup.eu &middot; Low &middot; Anonymous IP address'
            '</td></tr><tr><td style="padding:20px 24px"><a href="%s" style="background:#0078d4;color:#fff;padding:10px 20px;'
            'text-decoration:none">View all users at risk</a></td></tr><tr><td style="padding:0 24px 24px 24px;font-size:12px;'
            'color:#605e5c">You&#39;re receiving this email because you are a Security Administrator. To change the frequency, go '
            'to Protection &gt; Identity Protection &gt; Users at risk detected alerts in the Microsoft Entra admin center.<br><br>'
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 &middot; <a href="https://go.microsoft.com/fwlink/?LinkId=521839">'
            'Privacy statement</a></td></tr></table></body></html>\n') % esc(portal)
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("java"))
    ip = "40.107.236.%d" % 84
    host = "mail-bn8nam12on2084.outbound.protection.outlook.com"
    helo = "NAM12-BN8-obe.outbound.protection.outlook.com"
    srv = "SN7PR00MB%04d" % m.rng.randrange(1000, 9999)
    hops = ["Received: from %s.namprd00.prod.outlook.com (2603:10b6:806:%x::%x) by\n %s.namprd00.prod.outlook.com with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9274.9; %s" % (
        "BN0PR00MB%04d" % m.rng.randrange(1000, 9999), m.rng.randrange(256, 4095), m.rng.randrange(1, 99), srv, smtp.rfc_date(h.date + S, "utc"))]
    h.msgid = "<%s@%s.namprd00.prod.outlook.com>" % (smtp.uuid(m.rng), srv)
    h.mail_from = "MSSecurity-noreply@microsoft.com"
    return systems.direct(m, h, root, helo, host, ip, hops=hops, dkim_d="microsoft.com", dkim_s="s1024-meo", zone="utc",
                          order=["from", "to", "subject", "date", "msgid", "mime"], tls=smtp.TLS12_MS,
                          extra=["X-OriginatorOrg: microsoft.com",
                                 "X-MS-Exchange-CrossTenant-Id: 72f988bf-86f1-41af-91ab-2d7cd011db47",
                                 "X-MS-Exchange-CrossTenant-fromentityheader: Hosted"])


# --------------------------------------------------------------------- 13
@msg(B, 13, "en", "harrowfield-purchase-order")
def b13(m):
    Hh = co.HARR
    m.what = ("Purchase order HFP-PO-118204 from Harrowfield Fresh Produce (existing customer) for vine and cherry tomatoes "
              "delivered to their own Spalding packhouse under the 2026 supply agreement.")
    m.why = ("Customer's real M365 tenant and known buyer, delivery to the customer's published site, terms 'as per supply "
             "agreement', PO references the contract; no credit-account request.")
    m.pair = ["15-en-fake-purchase-order-goods-on-credit.eml"]
    m.pair_topic = "Purchase order from a UK retailer-side customer"
    m.pair_diff = ("Genuine: known customer, own DC, contract terms. Attack: new 'buyer' on a look-alike retail domain asking "
                   "for credit and delivery to a rented unit.")
    h = H(Hh["grant"], [co.P("uk_om")], "PO HFP-PO-118204 - wk 49 vine & cherry vine", D(2026, 11, 26, 11, 37, 20, "uk"),
          cc=[co.P("sales")])
    h.msgid = ms_msgid(m, "gbrprd01")
    paras = ["Hi Claire,", "", "Please find attached PO HFP-PO-118204 for week 49 (two drops, Tue and Thu) under the 2026 supply "
             "agreement. Same specs as last week; please confirm by return.", "", "Thanks,", "Oliver", "",
             "Oliver Grant\nSenior Buyer - Tomatoes & Peppers\nHarrowfield Fresh Produce Ltd\nT +44 1775 712 640"]
    t, ht = outlook_parts(m, paras, "utf-8", "quoted-printable", "EN-GB", "EmailStyle17")
    d = m.pdf(info={"Title": "HFP-PO-118204", "Producer": "Microsoft Dynamics 365 Business Central"}, created="D:20261126112902Z")
    p = d.page()
    y = letterhead(p, "Harrowfield Fresh Produce Ltd", ["Wardentree Park, Pinchbeck, Spalding, Lincolnshire PE11 3ZN · +44 1775 712 640",
                                                       "VAT GB %s · Company no. 05512874" % ids.gb_vat("2917744")[2:]], (30, 90, 60))
    p.text(56, y, "PURCHASE ORDER HFP-PO-118204", 14, bold=True)
    y += 22
    for k, v in (("Supplier", "Example Glasshouse UK Ltd, Cheshunt (acc. 40871)"), ("Order date", "26/11/2026"),
                 ("Deliver to", "Harrowfield Fresh Produce, Goods-in Bay 4, Wardentree Park, Spalding PE11 3ZN"),
                 ("Terms", "As per Supply Agreement 2026, payment 30 days EOM")):
        p.text(56, y, k, 9.5, bold=True)
        p.text(150, y, v, 9.5)
        y += 14
    y += 10
    y = table(p, 56, y, ["Line", "Item", "Drop", "Cases", "Price GBP", "Value GBP"],
              [["1", "Vine tomatoes 6 kg loose, Class I", "Tue 01/12", "1,080", "9.85", "10,638.00"],
               ["2", "Cherry vine 8 x 250 g", "Tue 01/12", "640", "7.40", "4,736.00"],
               ["3", "Vine tomatoes 6 kg loose, Class I", "Thu 03/12", "960", "9.85", "9,456.00"],
               ["", "Total", "", "2,680", "", "24,830.00"]],
              [30, 190, 60, 50, 60, 74], aligns=["left", "left", "left", "right", "right", "right"], bold_last=True)
    y += 14
    p.wrap(56, y, 480, "Please quote the PO number on all delivery notes and invoices. Invoices to "
           "accounts.payable@harrowfieldfresh.co.uk.", 9)
    footer(p, ["Harrowfield Fresh Produce Ltd · Registered in England and Wales"])
    pdf = m.render_pdf(d)
    root = mixed([alt(t, ht, outlook_bnd(h.msgid, 0)), outlook_att(m, pdf, "application/pdf", "HFP-PO-118204.pdf", h.date)],
                 outlook_bnd(h.msgid, 4))
    return systems.m365(m, h, root, tenant="harrowfieldfresh.co.uk", region="gbrprd01", eop="GBR01", eop_dc="LO2",
                        dkim_s="selector2", lang="en-GB", accept="en-GB, en-US", ip="40.107.20.%d" % 97,
                        tenant_id=Hh["tenant_id"])


# --------------------------------------------------------------------- 14
@msg(B, 14, "en", "3cx-voicemail-wav-internal")
def b14(m):
    caller = m.tel("+44 1775 712 640")
    m.what = ("The group's 3CX phone system e-mails Claire a voicemail from Harrowfield's switchboard number as a WAV "
              "attachment.")
    m.why = ("Internal application server pbx01.corp.example.com -> mail-int01 (no external hop), sender pbx@example.com, "
             "known caller, real audio file (WAV) instead of an HTML/SVG 'player'; no link.")
    m.pair = ["14-en-voicemail-svg-attachment.eml"]
    m.pair_topic = "Voicemail notification"
    m.pair_diff = ("Genuine: internal PBX, WAV attachment. Attack: external compromised mailbox, SVG 'audio preview' with a "
                   "link to a phishing page.")
    h = H(("3CX Phone System", "pbx@example.com"), [co.P("uk_om")],
          "New Voicemail from Harrowfield Fresh (%s) to 351 Claire Whitmore" % caller, D(2026, 11, 25, 14, 32, 48, "uk"))
    rate = 8000
    n = rate * 4
    rng = m.rng
    frames = bytearray()
    for i in range(n):
        env = 0.5 + 0.5 * math.sin(2 * math.pi * 3.1 * i / rate)
        v = int(2500 * env * math.sin(2 * math.pi * (180 + 40 * math.sin(i / 900.0)) * i / rate) + rng.randint(-300, 300))
        frames += struct.pack("<h", max(-32768, min(32767, v)))
    wav = (b"RIFF" + struct.pack("<I", 36 + len(frames)) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) +
           b"data" + struct.pack("<I", len(frames)) + bytes(frames))
    text = ("Hi Claire Whitmore,\n\nYou have a new voicemail from Harrowfield Fresh (%s).\n\n"
            "Duration: 00:00:04\nReceived: 25/11/2026 14:32:43\nExtension: 351\n\n"
            "The voicemail is attached to this email.\n\n3CX Phone System - Example Group\n") % caller
    html = simple_html(text.strip().split("\n\n"), font="Segoe UI, Arial")
    att = m.att(wav, "audio/wav", "vmail_351_20261125_143243.wav", header_order=["ct", "cte", "cd"])
    root = mixed([alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"),
                      "=_alt_" + smtp.rhex(m.rng, 16)), att], "=_mix_" + smtp.rhex(m.rng, 16))
    h.msgid = "<%s@pbx01.corp.example.com>" % smtp.uuid(m.rng)
    return systems.internal_app(m, h, root, "pbx01.corp.example.com", "10.20.5.10",
                                ["X-Mailer: 3CX Phone System 20.0.5.1010"], date_zone="uk")


# --------------------------------------------------------------------- 15
@msg(B, 15, "en", "it-maintenance-and-security-reminder")
def b15(m):
    m.what = ("Head of IT to all staff: Exchange/VPN maintenance window on Saturday 12 December and a reminder how to recognise "
              "fake 'IT support' contacts, MFA QR codes and remote-support requests.")
    m.why = ("Internal Exchange mail from the real head of IT to the all-staff list, reached via mail-int01; no link to a login, "
             "no attachment, tells users IT never asks to install tools or scan QR codes from e-mail and to use the Report "
             "button.")
    m.pair = ["24-pl-helpdesk-quick-assist-spam.eml", "06-de-mfa-richtlinie-qr-pdf.eml"]
    m.pair_topic = "IT department instructions to users"
    m.pair_diff = ("Genuine: internal sender, informational. Attacks: look-alike IT domain pushing Quick Assist/.exe, and a "
                   "fake 'IT-Service' MFA QR code.")
    h = H(co.P("it"), [("Example Group - All Staff", "all.staff@example.com")],
          "IT maintenance Sat 12 Dec + reminder: how IT will (and will not) contact you", D(2026, 12, 4, 15, 20, 11),
          rcpt=co.P("uk_om")[1])
    h.msgid = ex_msgid(m, "EXCH02")
    paras = ["Dear colleagues,", "",
             "On Saturday 12 December between 07:00 and 13:00 CET we will install the Exchange security update and renew the "
             "VPN certificates. Outlook on the web, mobile mail and VPN may be unavailable for short periods. Nothing needs to "
             "be done on your side.", "",
             "Because several offices have recently received very convincing fake 'IT support' e-mails and calls, a short "
             "reminder:", "",
             "- IT will never ask you to install software from a link in an e-mail or to start Quick Assist/AnyDesk because "
             "someone called you. If we need remote access, you will have an open ticket in the helpdesk first.\n"
             "- We never send QR codes for MFA re-registration by e-mail or PDF.\n"
             "- Changes of bank details (suppliers, employees) are only processed after a call-back to a known number.\n"
             "- If something looks odd, please use the 'Report' button in Outlook or call the helpdesk on +49 2834 9577-333.", "",
             "Thank you and have a good weekend,", "Thomas", "", "Thomas Brandt", "Head of IT", "Example Group GmbH"]
    m.tel("+49 2834 9577-333")
    t, ht = outlook_parts(m, paras, "us-ascii", "7bit", "EN-US", "EmailStyle17")
    root = alt(t, ht, outlook_bnd(h.msgid, 0))
    return systems.exchange_internal(m, h, root, srv="EXCH02", srv2="EXCH01", client_ip="10.20.30.12",
                                     lang="en-US", accept="de-DE, en-US")


# --------------------------------------------------------------------- 16
@msg(B, 16, "en", "colleague-private-gmail-photos")
def b16(m):
    m.what = ("Claire Whitmore forwards from her private Gmail (phone) two photos of damaged pallets from this morning's delivery "
              "to her own work address and the UK accountant, for the carrier claim.")
    m.why = ("A colleague really writing from private mail: Gmail from an iPhone, photos attached, no request for money, data "
             "or credentials; sent to her own work mailbox; content matches an operational incident.")
    m.pair = ["07-de-gehaltskonto-aenderung-privatmail.eml", "19-it-ceo-gift-card-iphone.eml"]
    m.pair_topic = "Colleague writing from a private/free-mail address"
    m.pair_diff = ("Genuine: photos for a claim, no action that moves money. Attacks: private address used to divert salary "
                   "or buy gift cards.")
    h = H(("Claire Whitmore", "claire.whitmore77@gmail.com"), [co.P("uk_om")], "Damaged pallets - Harrowfield drop this morning",
          D(2026, 12, 2, 7, 46, 12, "uk"), cc=[co.P("uk_acc")], date_zone="uk")
    h.msgid = "<%s@gmail.com>" % smtp.uuid(m.rng, upper=True)
    text = ("Raj - photos from this morning for the claim with the haulier. Two pallets of cherry vine crushed on the left side, "
            "driver signed the CMR with remarks. Sending from my phone as I'm not at my desk until 10.\n\n"
            "Claire\n\nSent from my iPhone\n")
    j1 = photo_jpeg(m, 320, 240, "pallets")
    j2 = photo_jpeg(m, 320, 240, "pallets")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            '<div dir="ltr">%s</div><div dir="ltr"><br></div><div dir="ltr">Claire</div><div dir="ltr"><br id="lineBreakAtBeginningOfSignature">'
            '<div dir="ltr">Sent from my iPhone</div></div></body></html>\n') % esc(text.split("\n\n")[0])
    b = m.boundary("apple")
    a1 = m.att(j1, "image/jpeg", "IMG_4471.jpeg", header_order=["ct", "cd", "cte"], disposition="attachment")
    a2 = m.att(j2, "image/jpeg", "IMG_4472.jpeg", header_order=["ct", "cd", "cte"], disposition="attachment")
    root = mixed([alt(m.text(text, "utf-8", "7bit"), m.html(html, "utf-8", "7bit"), m.boundary("apple")), a1, a2], b)
    return systems.gmail(m, h, root, order=["from", "mime", "date", "msgid", "subject", "to", "cc"],
                         extra=["X-Mailer: iPhone Mail (22B91)"])
