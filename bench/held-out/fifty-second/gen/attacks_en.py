"""Attack messages 09-16 (English)."""
import checks as CK
import mime
import util
from company import S, P, BANK, iban, bic
from kit import alt, mixed, plain, svg_att, sig, b64url, ol_quote, old_msgid
from message import Mail
from util import utc


def docusign_html(sender, title, message, link, lang="en"):
    return """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background-color:#eaeaea">
<table border="0" width="100%%" cellspacing="0" cellpadding="0" style="background-color:#eaeaea"><tr><td style="padding:24px 0" align="center">
<table border="0" width="640" cellspacing="0" cellpadding="0" style="background-color:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116" height="34"></td></tr>
<tr><td style="padding:0 24px 30px 24px"><table width="100%%" style="background-color:#4c00ff;color:#ffffff" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 24px;font-size:16px;line-height:24px">
%s sent you a document to review and sign.<br><br>
<a href="%s" style="background-color:#ffffff;color:#000000;font-size:15px;font-weight:bold;text-decoration:none;padding:10px 22px;border-radius:2px;display:inline-block">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;color:#000000;font-size:16px;line-height:22px"><b>%s</b><br>%s<br><br>%s</td></tr>
<tr><td style="padding:20px 24px;background-color:#eaeaea;font-size:11px;line-height:16px;color:#666666">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
This message was sent to you by %s who is using the Docusign Electronic Signature Service.</td></tr>
</table></td></tr></table></body></html>
""" % (mime.esc(sender), link, mime.esc(sender), mime.esc(title).replace("\n", "<br>"), mime.esc(message).replace("\n", "<br>"), mime.esc(sender))


def build():
    M = []

    # 09 ---------------------------------------------------------------
    body = """Hi James,

The final artwork pack for the Harrowgate ready-meal sleeves (12 SKUs, rev D incl. the new allergen panel) is ready for your prepress team.

Because it contains Harrowgate's unreleased 2027 range, their brand team asked us to share it only through our protected Microsoft 365 workspace rather than WeTransfer. To open it:

1. Go to https://microsoft.com/devicelogin
2. Enter the code H7XQ2MNRP
3. Sign in with your Example Group account when prompted - the folder then opens in OneDrive.

The code is only valid for 15 minutes, so please do it as soon as you see this. If it has timed out just reply and I'll send a fresh one.

Thanks,
Oliver

Oliver Grant
Account Director
Brightwell Creative Ltd
14 Jutland Street, Manchester M1 2BE
+44 161 496 0381
"""
    M.append(Mail("09-en-device-code-phish-compromised-agency", utc(2026, 11, 12, 15, 33, 2),
                  P("brightwell"), [S("uk_mgr")], "Harrowgate Foods - final artwork pack (secure share)",
                  alt(body, "us-ascii", "quoted-printable", "outlook", "en"), via="o365", sys=dict(region="gbr"),
                  technique="Device-code phishing (OAuth device authorization grant) from a compromised partner mailbox",
                  what="A design agency contact asks to open an artwork pack by entering a code at microsoft.com/devicelogin.",
                  why="The genuine Microsoft device-login page is used to authorise the attacker's session: entering the code hands over tokens for the victim's account. File shares never require a device code; 15-minute urgency; the agency mailbox is compromised.",
                  pair=["B09"]))

    # 10 ---------------------------------------------------------------
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=8d1c6f2e-4b7a-4f39-9e61-2c5a7b0d3e94&etti=24&acct=3f9a72c1-6e0b-4d8c-a5f2-91b7e4c06d2a&er=c47e1b90-2d3f-4a6e-8b15-7f09d2c3e681"
    msg = ("Dear Supplier,\n\nAs part of our migration to a new ERP system, Harrowgate Foods is re-validating the remittance and "
           "bank details of all suppliers. Please review and complete the attached supplier form by 20 November 2026 to avoid a "
           "hold on outstanding payments.\n\nFor any questions please call our Accounts Payable helpdesk on +44 20 3807 4416.\n\n"
           "Harrowgate Foods Accounts Payable")
    sender = "Harrowgate Foods Accounts Payable"
    txt = ("%s sent you a document to review and sign.\n\nREVIEW DOCUMENT\n%s\n\nSupplier_Remittance_Validation_Q4-2026.pdf\n\n%s\n\n"
           "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others.\n"
           % (sender, link, msg))
    M.append(Mail("10-en-docusign-abuse-remittance-validation", utc(2026, 11, 16, 10, 4, 37),
                  ("%s via Docusign" % sender, "dse@eumail.docusign.net"), [S("uk_acc")],
                  "Complete with Docusign: Supplier_Remittance_Validation_Q4-2026.pdf",
                  alt(txt, "utf-8", "quoted-printable",
                      html=docusign_html(sender, "Supplier_Remittance_Validation_Q4-2026.pdf", msg, link)),
                  via="docusign", reply_to=(sender, "harrowgatefoods.ap@outlook.com"),
                  technique="Abuse of a genuine e-signature service (DocuSign envelope from an attacker account) with callback number",
                  what="Genuine DocuSign infrastructure delivers an envelope 'from Harrowgate Foods Accounts Payable' asking to re-validate bank details and call a helpdesk.",
                  why="The envelope sender's reply address is an outlook.com freemail, not harrowgatefoods.co.uk; Harrowgate is a customer that pays Example Group, so 'hold on payments' unless details are re-entered is a pretext; the form and phone number harvest bank data/credentials.",
                  pair=["B10", "B12"]))

    # 11 ---------------------------------------------------------------
    inv = "INV2-K7QD-3MBX-9WQA-CF2N"
    link = "https://www.paypal.com/invoice/p/#%s" % inv.replace("-", "")
    note = ("Your Norton 360 Deluxe subscription (5 devices, 3 years) has been renewed and will be charged today. "
            "If you did not authorise this transaction, call our billing desk on +44 20 3966 1047 within 24 hours to "
            "cancel and receive a full refund.")
    txt = """Norton Billing Department sent you an invoice for £399.99 GBP

Due on receipt

Invoice details
Amount requested: £399.99 GBP
Note from seller: %s
Invoice number: 0019-2026-UK

View and Pay Invoice: %s

Don't recognise this invoice?
Before paying, make sure you recognise this invoice. If you don't, report it.

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A.
""" % (note, link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;background:#f5f7fa;font-family:PayPalOpen-Regular,Helvetica,Arial,sans-serif">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff"><tr><td style="padding:28px 40px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal"></td></tr>
<tr><td style="padding:0 40px;font-size:28px;line-height:36px;color:#001c64">Norton Billing Department sent you an invoice for £399.99 GBP</td></tr>
<tr><td style="padding:8px 40px 20px 40px;color:#545d68;font-size:14px">Due on receipt</td></tr>
<tr><td style="padding:0 40px"><table width="100%%" style="border:1px solid #dbe0e6;border-radius:8px" cellpadding="12"><tr><td style="font-size:14px;color:#001c64">
<b>Note from seller</b><br>%s<br><br><b>Invoice number</b><br>0019-2026-UK<br><br><b>Amount requested</b><br>£399.99 GBP</td></tr></table></td></tr>
<tr><td align="center" style="padding:28px 40px"><a href="%s" style="background:#003087;color:#ffffff;text-decoration:none;padding:12px 40px;border-radius:24px;font-weight:bold">View and Pay Invoice</a></td></tr>
<tr><td style="padding:0 40px 28px 40px;font-size:12px;color:#545d68"><b>Don't recognise this invoice?</b><br>Before paying, make sure you recognise this invoice. If you don't, <a href="https://www.paypal.com/invoice/p/#%s/report">report it</a>.</td></tr>
<tr><td style="padding:20px 40px;background:#f5f7fa;font-size:11px;color:#6c7378">PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>Copyright © 1999-2026 PayPal, Inc. All rights reserved.</td></tr></table></body></html>
""" % (mime.esc(note), link, inv.replace("-", ""))
    M.append(Mail("11-en-callback-phish-paypal-invoice", utc(2026, 10, 29, 17, 45, 9),
                  ("service@paypal.co.uk", "service@paypal.co.uk"), [S("uk_mgr")],
                  "Invoice from Norton Billing Department (0019-2026-UK)",
                  alt(txt, "UTF-8", "quoted-printable", html=html), via="paypal",
                  technique="Callback phishing (TOAD) through genuine PayPal invoicing",
                  what="Real PayPal invoice email from a merchant account named 'Norton Billing Department' for a 399.99 GBP 'renewal' with a phone number to cancel.",
                  why="Fraudulent merchant abuses PayPal's invoice feature to get past filters; the seller note pushes the victim to call a number where 'agents' ask for remote access or card data; no such subscription exists.",
                  pair=[]))

    # 12 ---------------------------------------------------------------
    url = "https://harrowgate-remit.sharepoint-viewer.net/ra/118273?e=" + b64url("priya.shah@example.com")
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="520" viewBox="0 0 820 520">
  <!-- inert test sample: the original lure carried an obfuscated redirect script here; it has been removed -->
  <rect width="820" height="520" fill="#f4f6f8"/>
  <rect x="40" y="40" width="740" height="440" fill="#ffffff" stroke="#c8cdd3"/>
  <text x="70" y="100" font-family="Segoe UI, Arial" font-size="26" fill="#1b3a57">Harrowgate Foods Ltd</text>
  <text x="70" y="135" font-family="Segoe UI, Arial" font-size="18" fill="#4a5560">Remittance Advice - BACS Ref HGF-BACS-118273</text>
  <text x="70" y="190" font-family="Segoe UI, Arial" font-size="16" fill="#4a5560">Payee: Example Group UK Ltd</text>
  <text x="70" y="220" font-family="Segoe UI, Arial" font-size="16" fill="#4a5560">Amount: GBP 48,216.40   Value date: 14/11/2026</text>
  <text x="70" y="270" font-family="Segoe UI, Arial" font-size="14" fill="#8a939c">This document is protected. Sign in with your work account to view the itemised remittance.</text>
  <a xlink:href="%s" target="_blank">
    <rect x="70" y="310" width="300" height="54" rx="4" fill="#0f6cbd"/>
    <text x="100" y="344" font-family="Segoe UI, Arial" font-size="18" fill="#ffffff">View Secured Document</text>
  </a>
</svg>
""" % url.replace("&", "&amp;")
    body = """Hello,

Please find attached remittance advice for the payment made to your account today.

Kind regards

Accounts Payable
Harrowgate Foods Ltd
"""
    M.append(Mail("12-en-svg-attachment-fake-remittance", utc(2026, 11, 14, 9, 2, 44),
                  ("Harrowgate Foods Accounts Payable", "accounts@pennine-heating.co.uk"), [S("uk_acc")],
                  "Remittance Advice - Payment Ref HGF-BACS-118273 - 14/11/2026",
                  mixed(plain(body, "UTF-8", "7bit", flowed=True), svg_att("Remittance_Advice_HGF-118273.svg", svg)),
                  via="smtp", ua="roundcube",
                  sys=dict(prov="exim", server="lon-cp07.webhost-uk.net", ip="185.151.30.142", webmail=True,
                           auth="accounts@pennine-heating.co.uk"),
                  technique="SVG attachment lure (link to credential phishing) from a compromised small-business mailbox",
                  what="'Remittance advice' from Harrowgate Foods arrives as an SVG image with a 'View Secured Document' link.",
                  why="Display name claims Harrowgate but the address is a heating firm's compromised cPanel mailbox; real remittances come as PDF from harrowgatefoods.co.uk (see B12); SVG used to evade filters and links to a sharepoint-look-alike domain with the victim's address.",
                  pair=["B12"]))

    # 13 ---------------------------------------------------------------
    link = "https://xk9m2.r.sp1-brevo.net/mk/cl/f/sh/1t6Af4OiGsF31ZRl4wD8qZCY7h9b3hfe/Qz7nKd2LmW"
    txt = """Harrowgate Foods - Supplier Artwork Portal

Proof approval required

Job: HGF-2027-RM-014 Chicken Tikka Masala 400g - sleeve (rev C)
Supplier: Example Group GmbH
Substrate: GC1 350 g/m2, CMYK + Pantone 186 C + Pantone 7406 C, matt varnish
Cutter guide: HGF-CG-0448
Due: 12:00 GMT tomorrow

Please review the proof in the supplier portal and approve or reject it. Jobs that are not approved by the deadline are automatically re-assigned to the alternate supplier for the 2027 range.

Review proof: %s

Sign in with your company Microsoft account. Do not reply to this message.
Harrowgate Foods Ltd, Packaging Technology
""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f2f2f2;margin:0">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#2e5e2b;color:#fff;padding:16px 24px;font-size:17px">Harrowgate Foods &middot; Supplier Artwork Portal</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:1.5">
<h3 style="margin-top:0">Proof approval required</h3>
<table cellpadding="4" style="font-size:13px">
<tr><td style="color:#777">Job</td><td>HGF-2027-RM-014 Chicken Tikka Masala 400g &ndash; sleeve (rev C)</td></tr>
<tr><td style="color:#777">Supplier</td><td>Example Group GmbH</td></tr>
<tr><td style="color:#777">Substrate</td><td>GC1 350 g/m&sup2;, CMYK + Pantone 186 C + Pantone 7406 C, matt varnish</td></tr>
<tr><td style="color:#777">Cutter guide</td><td>HGF-CG-0448</td></tr>
<tr><td style="color:#777">Due</td><td><b>12:00 GMT tomorrow</b></td></tr></table>
<p>Please review the proof in the supplier portal and approve or reject it. Jobs that are not approved by the deadline are automatically re-assigned to the alternate supplier for the 2027 range.</p>
<p><a href="%s" style="background:#2e5e2b;color:#fff;padding:10px 20px;text-decoration:none">Review proof</a></p>
<p style="font-size:11px;color:#888">Sign in with your company Microsoft account. Do not reply to this message.<br>Harrowgate Foods Ltd, Packaging Technology</p>
</td></tr></table><img width="1" height="1" src="https://xk9m2.r.sp1-brevo.net/mk/op/sh/1t6Af4OiGsF31ZRl4wD8qZCY7h9b3hfe/Kq2"></body></html>
""" % link
    M.append(Mail("13-en-artwork-portal-phish-lookalike-customer", utc(2026, 11, 5, 16, 58, 30),
                  ("Harrowgate Foods Artwork", "artwork@harrowgate-foods.com"), [S("sales")],
                  "Proof approval required: HGF-2027-RM-014 Chicken Tikka Masala 400g sleeve (rev C)",
                  alt(txt, "utf-8", "quoted-printable", html=html), via="brevo",
                  sys=dict(bdom="bounces.harrowgate-foods.com"),
                  technique="Trade-specific credential phishing (artwork/proof approval portal) from a look-alike customer domain via Brevo",
                  what="'Harrowgate Foods supplier artwork portal' asks the packaging sales lead to approve a proof by signing in with Microsoft.",
                  why="harrowgate-foods.com is a look-alike of harrowgatefoods.co.uk, sent via a bulk ESP with tracked links; threat of losing the 2027 range; proofs are exchanged with Harrowgate by e-mail/agency, never via a Microsoft sign-in portal.",
                  pair=["B16"]))

    # 14 ---------------------------------------------------------------
    body = """Hi Priya,

As announced on the intranet, the UK mailboxes are being moved to the new group Exchange Online environment this afternoon.

During the move you may receive a large number of newsletter and subscription e-mails within a short time. This is a known side effect while the spam filter is switched over - please do not unsubscribe or report them, they will be cleaned up automatically.

One of our engineers (Daniel Hartley, Group IT Service Desk) will contact you via Microsoft Teams between 15:00 and 17:00 to finalise your mailbox. He will ask you to start Quick Assist (Ctrl + Windows key + Q) and read him the 6-digit code so that he can apply the new filter settings on your PC. This takes about 10 minutes.

Please stay available on Teams and do not restart your PC during this time.

Thank you for your cooperation.

Group IT Service Desk
Example Group
"""
    M.append(Mail("14-en-teams-remote-access-vishing-pretext", utc(2026, 11, 24, 12, 10, 55),
                  ("Example Group IT Service Desk", "servicedesk@examplegroupit.onmicrosoft.com"), [S("uk_acc")],
                  "Mailbox migration this afternoon - please stay reachable on Teams",
                  alt(body, "us-ascii", "quoted-printable", "outlook", "en"), via="o365", sys=dict(region="nam"),
                  technique="Help-desk impersonation preparing e-mail bombing + Teams vishing + remote access (Quick Assist)",
                  what="'Group IT Service Desk' announces a mailbox migration, a flood of newsletters and a Teams call asking to start Quick Assist.",
                  why="Sent from an external onmicrosoft.com tenant, not from example.com; the pattern (spam flood, external Teams caller, Quick Assist code) is the known ransomware-affiliate initial-access technique; the real IT never asks users to start remote-access tools (see B14).",
                  pair=["B14"]))

    # 15 ---------------------------------------------------------------
    addr = CK.bech32_p2wpkh("audit53-extortion-15")
    body = """Hello!

I have to share bad news with you.
Approximately a few months ago I have gained access to your devices, which you use for internet browsing.
After that, I have started tracking your internet activities.

Here is the sequence of events:
Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase it online).
Obviously, I have easily managed to log in to your email account (james.whitfield@example.com).

One week later, I have already installed a Trojan virus on Operating Systems of all the devices that you use to access your email.
I have downloaded all your sensitive data, photos, web browsing history and the contacts of your colleagues and business partners.
I also made a video recording with the camera of your laptop.

I am ready to delete all the data and the video that I have, if you transfer USD 1450 to my Bitcoin wallet:
%s

After receiving the transfer I will delete everything and you will never hear from me again.
You have 48 hours from the moment you opened this email. I receive a notification as soon as you read it.
Do not reply to this email, it was sent from your own account. Do not try to contact the police, I will know it.
""" % addr
    M.append(Mail("15-en-extortion-bitcoin-spoofed-self", utc(2026, 12, 2, 3, 14, 27),
                  ("James Whitfield", "james.whitfield@example.com"), [S("uk_mgr")],
                  "Your account james.whitfield has been hacked! Change your password!",
                  plain(body, "us-ascii", "7bit"), via="botnet",
                  sys=dict(helo="[192.168.0.104]", rdns="b14ddb29.virtua.com.br", ip="177.77.219.41",
                           xmailer="Microsoft Outlook Express 6.00.2900.5512"),
                  technique="Extortion (fake 'hacked account' sextortion) with spoofed own address and Bitcoin wallet",
                  what="Recipient's own address is forged as sender; claims of malware and video, demand of 1,450 USD in Bitcoin.",
                  why="From equals To but the mail arrives from a Brazilian residential IP with a bogus HELO, no internal relay; generic extortion template; bech32 address with valid checksum for payment.",
                  pair=[]))
    M[-1].btc = addr

    # 16 ---------------------------------------------------------------
    body = """James,

Are you in the office today? I need your help with something urgent and confidential. I'm tied up in back-to-back meetings with the bank in Frankfurt so I can't take calls.

We are closing the 2027 framework agreement with a key customer this week and I promised their purchasing team a personal thank-you. I need you to get 10 Apple gift cards at £200 each. Please buy them today, scratch the back, and send me clear photos of the cards with the codes visible by email. Keep the receipt, Sabine will reimburse you through expenses.

Please don't discuss this with anyone yet, I want it to be a surprise.

Thanks,
Matthias

Sent from my iPhone
"""
    M.append(Mail("16-en-ceo-gift-card-scam-freemail", utc(2026, 12, 9, 9, 37, 12),
                  ("Matthias Koehler", "m.koehler.ceo.office@gmail.com"), [S("uk_mgr")],
                  "Urgent request", alt(body, "UTF-8", "quoted-printable", "gmail", "en"), via="gmail",
                  technique="CEO impersonation gift-card scam from Gmail",
                  what="'CEO' on a Gmail address asks the UK office manager to buy ten 200 GBP Apple gift cards and e-mail photos of the codes.",
                  why="CEO display name on a freemail address, secrecy, unreachable by phone, gift-card codes by e-mail - textbook gift-card fraud.",
                  pair=["B01"]))
    return M
