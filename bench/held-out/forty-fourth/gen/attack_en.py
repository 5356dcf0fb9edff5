"""English attack messages (8)."""

import ids
import org
import pdf
from core import mail, Text, Bin, Multi
from infra import Client, Hosted, ESP, Gmail, EXO, Bot
from mime import HStyle
from org import S, A, esc

U = HStyle("utf-8", "Q")


# 09 ---------------------------------------------------------------------
def fake_solicitor():
    acct = ids.iban_gb("BARC", "203253", "73914206")
    body = """Dear Ms Weiß,

I act for Example Group GmbH in connection with the proposed acquisition referred to internally as "Project Oak". Mr Köhler has asked me to liaise with you directly regarding the exclusivity deposit, and he is copied for information.

As you will be aware, the sellers have agreed to grant exclusivity until 30 November 2026 subject to a refundable deposit of EUR 286,400.00 being lodged with our firm as escrow agent today. The funds will be held in our client account and released only on completion or returned in full should the transaction not proceed.

Client account details:

Account name: Ashworth Kemble LLP Client Account
Bank: Barclays Bank UK PLC, 1 Churchill Place, London E14 5HP
IBAN: %s
BIC: BUKBGB22
Reference: EGG/OAK/1014

Under the terms of the non-disclosure agreement signed by your company, the transaction must not be discussed with anyone other than Mr Köhler and myself until the public announcement. I would therefore ask you not to forward this email internally.

Once the payment has been released, kindly send me the SWIFT confirmation (MT103) so that I can notify the sellers' counsel before close of business in Milan.

Kind regards,

Richard Ashworth
Partner | Corporate M&A
Ashworth Kemble LLP
1 Fleet Place, London EC4M 7RA
T +44 20 7946 0581

Ashworth Kemble LLP is a limited liability partnership registered in England and Wales (OC417238), authorised and regulated by the Solicitors Regulation Authority (SRA No. 641902). This email is confidential and may be legally privileged.
""" % ids.fmt_iban(acct)
    route = Hosted("mta-11.privateemail.com", "mta-11.privateemail.com", "198.54.127.78",
                   mta="postfix", origin=("[10.2.0.2]", "unknown", "102.89.34.211"),
                   by="mta-11.privateemail.com", zone="UK")
    cl = Client("apple", domain="ashworth-kemble-llp.com", hstyle=U, mailer="Apple Mail (2.3826.700.81)")
    return mail(kind="attack", lang="en", slug="fake-solicitor-project-oak",
                t="2026-10-14 17:03:47", rcpt=A("cfo"), route=route, client=cl,
                frm=("Richard Ashworth", "r.ashworth@ashworth-kemble-llp.com"), to=[S["cfo"]],
                cc=[("Jürgen Köhler", "juergen.koehler@examplegroup.de")],
                subject="Project Oak - exclusivity deposit (strictly private & confidential)",
                body=Text(body, charset="utf-8", cte="quoted-printable"),
                what="Fake-lawyer follow-up to attack 01: 'solicitor' gives a UK client-account IBAN for "
                     "the EUR 286,400 deposit and asks for the MT103.",
                why="Same campaign as 01 (CEO cc'd on the look-alike examplegroup.de); newly registered "
                    "law-firm domain on Namecheap Private Email submitted from a Nigerian mobile IP; "
                    "secrecy clause forbidding internal forwarding; same-day deadline; bypasses payment "
                    "approval.")


# 10 ---------------------------------------------------------------------
def sharepoint_compromised():
    url = "https://nfi-docs.quiet-brook-5c21.workers.dev/?d=UGF5bWVudEFwcDdyZXY&e=oliver.bennett%40example.com"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,sans-serif;background:#fff">
<table width="480" cellpadding="0" cellspacing="0" style="margin:12px auto;border:1px solid #e1dfdd">
<tr><td style="padding:24px 28px 8px 28px;font-size:14px;color:#605e5c">Sarah Collins shared a file with you</td></tr>
<tr><td style="padding:8px 28px;font-size:21px;color:#323130">Phase 2 &ndash; Payment Application 7 (revised)</td></tr>
<tr><td style="padding:12px 28px;font-size:14px;color:#323130">Hi Oliver, please review the revised payment
application and retention schedule before Friday's valuation meeting. Thanks, Sarah</td></tr>
<tr><td style="padding:12px 28px"><table cellpadding="0" cellspacing="0"><tr>
<td style="width:40px;height:40px;background:#c43e1c;color:#fff;font-size:12px;text-align:center">PDF</td>
<td style="padding-left:10px;font-size:14px">PA7_Northfield_Phase2_rev.pdf</td></tr></table></td></tr>
<tr><td style="padding:16px 28px 24px 28px"><a href="%s" style="background:#0078d4;color:#fff;padding:8px 20px;
text-decoration:none;font-size:14px">Open</a></td></tr>
<tr><td style="padding:12px 28px;font-size:12px;color:#605e5c;border-top:1px solid #e1dfdd">This link will work for
anyone at example.com.<br>Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
""" % url
    txt = """Sarah Collins shared a file with you

Phase 2 - Payment Application 7 (revised)

Hi Oliver, please review the revised payment application and retention schedule before Friday's valuation meeting. Thanks, Sarah

Open: %s

This link will work for anyone at example.com.
""" % url
    route = EXO("northfield-interiors.co.uk", region="GBR", zone="UK")
    cl = Client("outlook-exo", hstyle=U)
    return mail(kind="attack", lang="en", slug="sharepoint-lure-compromised-customer",
                t="2026-11-11 15:52:36", rcpt=A("uk_mgr"), route=route, client=cl, date_zone="UTC",
                frm=("Sarah Collins", "sarah.collins@northfield-interiors.co.uk"),
                to=[("Sarah Collins", "sarah.collins@northfield-interiors.co.uk")],
                subject="Sarah Collins shared \"Phase 2 - Payment Application 7 (revised)\" with you",
                body=Multi("alternative", [Text(txt, charset="us-ascii", cte="7bit"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                what="Hand-made SharePoint 'shared a file' card sent from the genuinely compromised "
                     "Microsoft 365 mailbox of customer Northfield Interiors; 'Open' leads to an AiTM "
                     "phishing page on workers.dev.",
                why="Real sharing notifications come from no-reply@sharepointonline.com with links to "
                    "*.sharepoint.com (business 10); this one is sent by the user mailbox itself, "
                    "addressed To: the sender with recipients in Bcc (mass send), and the link points "
                    "to a Cloudflare Workers host with the victim's address embedded.")


# 11 ---------------------------------------------------------------------
def device_code():
    body = """Hi Felix,

Thanks again for the tender submission for the Leeds refurbishment (142 keys, FF&E package B). Before we can move you to the shortlist, our board's external project consultants would like a short clarification call on lead times, fire certification (BS 7176 / Crib 5) and the phasing of deliveries.

We have set up a secure Teams session for 14:00 UK time today. Because the consultants join from outside our tenant, our information security policy requires guests to connect through Microsoft's device sign-in:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: HBT4K7QXM
3. Sign in with your Example Group Microsoft 365 account and confirm - you will then be admitted to the meeting automatically.

The code is only valid for 15 minutes, so please complete the steps just before 14:00. If it expires, reply to this email and I will generate a new one.

Best regards,

James Whitfield
Head of Procurement
Harlow Hotels Ltd
Wellington Place, Leeds LS1 4AP
"""
    html = org.to_html_gmail(body)
    route = Gmail(zone="UK")
    cl = Client("gmail", hstyle=U)
    return mail(kind="attack", lang="en", slug="device-code-teams-tender",
                t="2026-11-24 14:41:27", rcpt=A("contract"), route=route, client=cl,
                frm=("James Whitfield", "james.whitfield@harlow-hotels.co.uk"), to=[S["contract"]],
                subject="Harlow Leeds refurbishment - FF&E tender clarification call (Teams)",
                body=Multi("alternative", [Text(body, charset="UTF-8", cte="quoted-printable"),
                                           Text(html, "html", charset="UTF-8", cte="quoted-printable")]),
                date_zone="UK",
                what="Device-code phishing: 'customer' asks to join a Teams call by entering an "
                     "attacker-generated code at microsoft.com/devicelogin, which grants the attacker "
                     "tokens for the victim's Microsoft 365 account.",
                why="Look-alike domain harlow-hotels.co.uk (real: harlowhotels.co.uk) on Google "
                    "Workspace; Teams meetings never require a device code; the 15-minute validity "
                    "matches the OAuth device-code lifetime; real invitations come as calendar items "
                    "with a meeting link (business 11).")


# 12 ---------------------------------------------------------------------
def callback_invoice():
    inv = pdf.make_pdf([
        "# GEEK SQUAD PROTECTION", "Annual Renewal Invoice", "",
        "Invoice No: GSQ-2026-118745", "Invoice Date: 03 December 2026", "Customer ID: GS-4471-UK",
        "", "Bill To: Priya Shah", "", "Product                                   Qty     Amount",
        "Geek Squad Total Protection (3 devices)     1     £389.99",
        "Remote Technical Support – 12 months        1     incl.", "",
        "Subtotal £389.99     VAT £0.00     Total charged £389.99", "",
        "Payment method: Auto debit", "Status: PAID", "",
        "Your subscription has been renewed automatically and the amount will appear on your",
        "statement within 24 hours. If you did not authorise this renewal or wish to cancel,",
        "contact our Billing Department within 24 hours on: 020 7946 0312 (Mon-Sun 8am-10pm).",
        "", "Refunds are only possible by phone. Do not reply to this email.",
    ], title="Invoice GSQ-2026-118745", producer="Skia/PDF m131 Google Docs Renderer", creator="",
        author="", created="20261203071530Z")
    body = """Dear Customer,

Thank you for your continued trust. Your Geek Squad Total Protection plan has been renewed and your account has been charged £389.99. Please find your invoice attached.

If you did not authorise this transaction, please call our billing department on 020 7946 0312 within 24 hours to cancel and receive a full refund.

Thank you,
Billing Department
"""
    route = Gmail(zone="UTC")
    cl = Client("gmail", hstyle=U)
    return mail(kind="attack", lang="en", slug="callback-toad-renewal-invoice",
                t="2026-12-03 08:16:02", rcpt=A("uk_acc"), route=route, client=cl,
                frm=("Billing Department", "renewal.desk.gs2026@gmail.com"),
                to=[("", "renewal.desk.gs2026@gmail.com")],
                subject="Your Subscription Renewal Confirmation - GSQ-2026-118745",
                body=Multi("mixed", [Text(body, charset="UTF-8", cte="quoted-printable"),
                                     Bin(inv, "application/pdf", "Invoice_GSQ-2026-118745.pdf")]),
                what="Callback phishing (TOAD): fake £389.99 'Geek Squad' renewal invoice; the victim is "
                     "pushed to phone a number where 'support' installs remote-access tools and "
                     "extracts payments.",
                why="Free-mail sender, recipient in Bcc, no link at all (only a phone number, to evade URL "
                    "scanning), brand not used by the company, 24-hour pressure; the PDF carries the "
                    "same number.")


# 13 ---------------------------------------------------------------------
def docusign_fake():
    url = "https://esign-envelopes.net/Signing/EmailStart.aspx?a=7c1e4a9b-2d65-4f3a-9a0e-5b8d91c4f270&acct=hardman&er=oliver.bennett%40example.com"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background:#eaeaea;margin:0;font-family:Helvetica,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 24px;font-size:22px;font-weight:bold;color:#000">DocuSign</td></tr>
<tr><td style="background:#1e4ca1;padding:28px 24px;color:#fff;text-align:center;font-size:16px">
Hardman Square Estates Ltd sent you a document to review and sign.<br><br>
<a href="%s" style="display:inline-block;background:#ffc820;color:#333;padding:10px 24px;font-weight:bold;
text-decoration:none;border-radius:2px;font-size:14px">REVIEW DOCUMENT</a></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333">
<b>Graham Pike</b><br><span style="color:#666">g.pike@hardmansquare-estates.co.uk</span><br><br>
Dear Oliver,<br><br>Please review and sign the lease renewal for Suite 4.02, 3 Hardman Square
(term 01/01/2027 &ndash; 31/12/2031) together with the updated service charge schedule. Signature is
required by 4 December to keep the current rent.<br><br>Kind regards,<br>Graham</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#666;background:#f4f4f4">
<b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email,
link, or access code with others.<br><br><b>About DocuSign</b><br>Sign documents electronically in just minutes.
It's safe, secure, and legally binding.</td></tr>
</table></td></tr></table></body></html>
""" % url
    txt = """Hardman Square Estates Ltd sent you a document to review and sign.

REVIEW DOCUMENT: %s

Graham Pike
g.pike@hardmansquare-estates.co.uk

Dear Oliver,

Please review and sign the lease renewal for Suite 4.02, 3 Hardman Square (term 01/01/2027 - 31/12/2031) together with the updated service charge schedule. Signature is required by 4 December to keep the current rent.

Kind regards,
Graham
""" % url
    route = ESP("mailgun", zone="UTC")
    cl = Client("mailgun", domain="mg.esign-envelopes.net", hstyle=U)
    return mail(kind="attack", lang="en", slug="docusign-lookalike-lease-renewal",
                t="2026-12-01 10:07:45", rcpt=A("uk_mgr"), route=route, client=cl,
                env_from="bounce+4f1c2e.7a31d-oliver.bennett=example.com@mg.esign-envelopes.net",
                frm=("Hardman Square Estates via DocuSign", "dse@mg.esign-envelopes.net"),
                to=[("Oliver Bennett", A("uk_mgr"))],
                subject="Please DocuSign: Lease Renewal - Suite 4.02, 3 Hardman Square",
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="7bit"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                what="Fake DocuSign envelope (office lease renewal for the Manchester office) sent through "
                     "Mailgun; 'REVIEW DOCUMENT' leads to a credential-harvesting page.",
                why="Not from DocuSign's infrastructure (docusign.net) but from Mailgun on "
                    "esign-envelopes.net; link mimics the DocuSign path on a foreign host; deadline "
                    "pressure. Compare the genuine envelope in business 09.")


# 14 ---------------------------------------------------------------------
def hmrc_cds():
    link = "https://3kq7p.r.ag.d.sendibm3.com/mk/cl/f/sh/1t6Af4OiGsFLYvEf7AbCdE/Gq2n8XqLm4Pc"
    txt = """HM Revenue & Customs

Customs Declaration Service - action required

Duty deferment account: DAN 7412368
EORI: GB 980241331000

Dear Customs Declaration Service user,

A direct debit collection for your duty deferment account was returned unpaid on 15 November 2026. To avoid suspension of the account and the release of goods held at the border, you must confirm your payment and Government Gateway details by 20 November 2026.

Confirm your details:
%s

If the account is suspended, import declarations lodged with deferred payment will be rejected and goods may be held at the port of entry until duty and import VAT are paid in full.

Customs Declaration Service
HM Revenue and Customs
""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c;margin:0">
<div style="background:#0b0c0c;color:#fff;padding:12px 20px;font-weight:bold;font-size:20px">GOV.UK</div>
<div style="border-left:10px solid #1d70b8;margin:20px;padding:0 0 0 14px">
<h2 style="margin:0">HM Revenue &amp; Customs</h2>
<p>Customs Declaration Service &ndash; action required</p></div>
<div style="padding:0 20px">
<p>Duty deferment account: <b>DAN 7412368</b><br>EORI: <b>GB 980241331000</b></p>
<p>Dear Customs Declaration Service user,</p>
<p>A direct debit collection for your duty deferment account was returned unpaid on 15 November 2026.
To avoid suspension of the account and the release of goods held at the border, you must confirm your
payment and Government Gateway details by <b>20 November 2026</b>.</p>
<p><a href="%s" style="background:#00703c;color:#fff;padding:8px 14px;text-decoration:none">Confirm your details</a></p>
<p>If the account is suspended, import declarations lodged with deferred payment will be rejected and goods
may be held at the port of entry until duty and import VAT are paid in full.</p>
<p>Customs Declaration Service<br>HM Revenue and Customs</p></div></body></html>
""" % link
    route = ESP("brevo", zone="UTC")
    cl = Client("brevo", domain="hmrc-cds-notice.co.uk", hstyle=U)
    return mail(kind="attack", lang="en", slug="hmrc-cds-duty-deferment",
                t="2026-11-16 09:31:58", rcpt=A("uk_acc"), route=route, client=cl,
                env_from="bounces-7201344-priya.shah=example.com@hmrc-cds-notice.co.uk",
                frm=("HM Revenue & Customs", "no-reply@hmrc-cds-notice.co.uk"), to=[("", A("uk_acc"))],
                subject="Customs Declaration Service: duty deferment account DAN 7412368 - action required",
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="quoted-printable"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                what="Customs/tax phishing: 'HMRC CDS' claims the duty deferment direct debit bounced and "
                     "asks for Government Gateway and payment details.",
                why="HMRC does not mail links to confirm Government Gateway credentials; sender domain is "
                    "not gov.uk, mail comes via Brevo with a tracking redirect; threat that goods will be "
                    "held at the port. Genuine customs paperwork arrives from the broker (business 14).")


# 15 ---------------------------------------------------------------------
def gift_cards():
    body = """Hi Emma,

Are you at your desk? I need a quick favour but I'm stuck in a site meeting at Northfield and can't take calls.

I want to surprise some of the site supervisors with a Christmas thank-you before they finish for the year. Could you pick up 8 Apple gift cards at £100 each (Tesco or Argos on Deansgate will have them), scratch the back and send me clear photos of the codes by email? I'll hand the cards over myself this afternoon.

Keep it between us for now please, it's meant to be a surprise. Priya will reimburse you from petty cash tomorrow, I'll let her know.

Thanks,
Oliver

Sent from my iPhone
"""
    route = Gmail(zone="UK")
    cl = Client("iphone", domain="gmail.com", hstyle=U, mailer="iPhone Mail (23B85)")
    return mail(kind="attack", lang="en", slug="gift-card-request-manager-impersonation",
                t="2026-12-09 11:14:33", rcpt=A("uk_sales"), route=route, client=cl,
                frm=("Oliver Bennett", "oliver.bennett.exgroup@gmail.com"), to=[S["uk_sales"]],
                subject="Quick favour",
                body=Text(body, charset="utf-8", cte="quoted-printable"),
                what="Gift-card scam: the UK office manager is impersonated from a Gmail address and asks "
                     "a junior colleague to buy 8 × £100 Apple gift cards and send photos of the codes.",
                why="Display name of a colleague on a free-mail address, 'can't take calls', secrecy, "
                    "codes to be sent by e-mail; the company buys staff vouchers through a purchase order "
                    "(business 16).")


# 16 ---------------------------------------------------------------------
def sextortion():
    btc = ids.bech32_p2wpkh("audit45-sextortion-markus")
    body = """Hello Markus,

I am sure you are wondering why you are getting this email from your own address. I have had access to your devices for a few months now. When you opened a link in one of your emails, my software was installed on your system and has been recording everything since: your screen, your camera and your contacts. One of your passwords from that time: Herford#2019.

I have a video of you watching adult sites in one half of the screen and your face from the webcam in the other. One click and it goes to every colleague, partner and family member in your address book.

You can stop this. Transfer exactly USD 1,450 in Bitcoin to this address:

%s

(Search "how to buy bitcoin" if you do not know how, it takes ten minutes.)

You have 48 hours from the moment you open this email. I can see when it is read. Once the payment arrives I delete the video and you will never hear from me again. Do not reply, this address is not monitored, and do not go to the police - I will know.
""" % btc
    route = Bot("vps-2231.hostzone.com.br", "unknown", "177.54.144.23", zone="BRT",
                fake_hop="from [127.0.0.1] (localhost [127.0.0.1]) by vps-2231.hostzone.com.br\n\t(8.15.2) with SMTP id 2DB7H1kX0199; %s")
    cl = Client("generic", domain="vps-2231.hostzone.com.br", hstyle=U, mailer="Microsoft Outlook Express 6.00.2900.5931")
    return mail(kind="attack", lang="en", slug="sextortion-bitcoin-own-address",
                t="2026-10-28 03:12:40", rcpt=A("it"), route=route, client=cl,
                env_from="admin@cartoriopaulista-sp.com.br",
                frm=("", A("it")), to=[("", A("it"))],
                subject="markus.vogel - your account is compromised, 48h",
                body=Text(body, charset="us-ascii", cte="7bit"),
                what="Sextortion with a Bitcoin (bech32) address; From spoofed to the recipient's own "
                     "address, with an old-looking password as 'proof'.",
                why="Extortion; From equals the recipient but the envelope sender is a Brazilian domain and "
                    "the mail comes from a Brazilian VPS without TLS at 03:12; no legitimate business "
                    "content; payment in cryptocurrency with deadline.")


MESSAGES = [fake_solicitor, sharepoint_compromised, device_code, callback_invoice, docusign_fake,
            hmrc_cds, gift_cards, sextortion]
