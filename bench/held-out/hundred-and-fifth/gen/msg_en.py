"""English messages (attack 09-16, business 09-16)."""
import infra as I
from core import M, txt, html, alt, mixed, related, att, ohtml, ghtml, plain, simple_html, latin
from people import s, c
import banks as B
from banks import F
import files

A = []

# 09 DocuSign look-alike via SendGrid ------------------------------------------------------
env09 = "https://docusign-eu-envelopes.net/Signing/EmailStart.aspx?a=3f9c2e71-8b4d-4a0e-9d17-6c5b2a8e41f0&etti=24&acct=b81e0a2c-55d3-4e8f-a1c9-0d7e6f3b2a91&er=james.whitfield%40example.com"
t09 = """Emma Harper sent you a document to review and sign.

[REVIEW DOCUMENT](%s)

Emma Harper
emma.harper@brightwaterpictures.co.uk

Hi James, please find attached Amendment No. 2 to the co-production agreement (revised delivery schedule and recoupment corridor). Could you sign before Friday so our finance team can release the next instalment? Thanks, Emma

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: 3F9C2E718B4D4A0E9D176C5B2A8E41F02

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.""" % env09
h09 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 24px 0"><span style="font-size:22px;font-weight:bold;color:#1e1e1e">docusign</span></td></tr>
<tr><td style="padding:24px"><table width="100%%" style="background:#4c00ff;color:#fff"><tr><td align="center" style="padding:28px 20px;font-size:18px">Emma Harper sent you a document to review and sign.<br><br>
<a href="%s" style="display:inline-block;background:#ffc820;color:#000;padding:12px 24px;text-decoration:none;font-size:14px;font-weight:bold;border-radius:2px">REVIEW DOCUMENT</a></td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px;font-size:15px;color:#333"><b>Emma Harper</b><br><a href="mailto:emma.harper@brightwaterpictures.co.uk" style="color:#2463d1">emma.harper@brightwaterpictures.co.uk</a><br><br>
Hi James, please find attached Amendment No. 2 to the co-production agreement (revised delivery schedule and recoupment corridor). Could you sign before Friday so our finance team can release the next instalment? Thanks, Emma</td></tr>
<tr><td style="padding:24px;background:#f4f4f4;font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: 3F9C2E718B4D4A0E9D176C5B2A8E41F02<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</td></tr>
</table></td></tr></table></body></html>
""" % env09
A.append(M(
    id="09-en-docusign-lookalike-sendgrid", folder="attack", lang="en", when="2026-11-25 14:12:37",
    route=I.sendgrid("em7712.docusign-eu-envelopes.net"),
    frm=("Emma Harper via Docusign", "dse@docusign-eu-envelopes.net"), to=[s("uk_sales")],
    reply_to=("Emma Harper", "emma.harper@brightwaterpictures.co.uk"),
    subject="Complete with Docusign: Brightwater_ExampleGroup_CoPro_Amendment_No2.pdf",
    body=alt(txt(plain(t09, "esp"), "utf-8", "quoted-printable"), html(h09, "utf-8", "quoted-printable")),
    what="Fake DocuSign envelope 'from' the co-producer Emma Harper: amendment to the co-production agreement to sign.",
    why="Sent via SendGrid from docusign-eu-envelopes.net (real envelopes come from dse@eumail.docusign.net, business 09); 'review' link goes to the look-alike host with the recipient's address (credential phishing); real co-producer name/Reply-To borrowed for credibility."))

# 10 callback phishing through a genuine PayPal invoice -----------------------------------
t10 = """Adobe Billing Services sent you an invoice

Amount due: £489.99 GBP
Due on receipt
Invoice number: ADB-UK-0471-2026

Note from seller:
Your Adobe Creative Cloud All Apps for Teams (12 licences) annual renewal has been processed and will be collected automatically. If you did not authorise this renewal, call our Billing Support team on +44 20 7946 0718 within 24 hours to cancel and receive a full refund.

[View and Pay Invoice](https://www.paypal.com/invoice/p/#INV2-8QK4-Z7WM-3NTE-6YRB)

Don't recognise this invoice? Don't pay it. Report it to PayPal.

Help & Contact | Security | Apps
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A."""
h10 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Helvetica Neue,Arial,sans-serif;color:#2c2e2f;background:#f5f7fa;margin:0">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 30px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal"></td></tr>
<tr><td style="padding:0 30px;font-size:24px">Adobe Billing Services sent you an invoice</td></tr>
<tr><td style="padding:20px 30px;font-size:15px"><b>Amount due: £489.99 GBP</b><br>Due on receipt<br>Invoice number: ADB-UK-0471-2026</td></tr>
<tr><td style="padding:0 30px 20px;font-size:15px"><b>Note from seller:</b><br>Your Adobe Creative Cloud All Apps for Teams (12 licences) annual renewal has been processed and will be collected automatically. If you did not authorise this renewal, call our Billing Support team on <b>+44 20 7946 0718</b> within 24 hours to cancel and receive a full refund.</td></tr>
<tr><td style="padding:0 30px 30px"><a href="https://www.paypal.com/invoice/p/#INV2-8QK4-Z7WM-3NTE-6YRB" style="background:#0070e0;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">View and Pay Invoice</a></td></tr>
<tr><td style="padding:0 30px 20px;font-size:13px">Don't recognise this invoice? Don't pay it. <a href="https://www.paypal.com/invoice/p/report/INV2-8QK4-Z7WM-3NTE-6YRB">Report it to PayPal.</a></td></tr>
<tr><td style="padding:20px 30px;background:#f5f7fa;font-size:11px;color:#6c7378"><a href="https://www.paypal.com/uk/smarthelp/home">Help &amp; Contact</a> | <a href="https://www.paypal.com/uk/webapps/mpp/paypal-safety-and-security">Security</a> | <a href="https://www.paypal.com/uk/webapps/mpp/mobile-apps">Apps</a><br><br>PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A.</td></tr>
</table></body></html>
"""
A.append(M(
    id="10-en-callback-phish-paypal-invoice", folder="attack", lang="en", when="2026-10-21 16:55:03",
    route=I.paypal(), frm=("PayPal", "service@paypal.co.uk"), to=[s("uk_acc")],
    subject="Invoice from Adobe Billing Services (ADB-UK-0471-2026)",
    body=alt(txt(plain(t10, "esp"), "utf-8", "quoted-printable"), html(h10, "utf-8", "quoted-printable")),
    what="Callback phishing (TOAD) delivered through a genuine PayPal invoice: 'Adobe Billing Services' charges £489.99 and gives a phone number to cancel.",
    why="Real PayPal infrastructure abused by a fraudulent merchant account named like Adobe; the lure is the phone number in the seller note (vishing for remote access / card data); Adobe does not invoice via PayPal money requests and the company buys licences through a reseller."))

# 11 device-code phishing from a compromised supplier mailbox ------------------------------
t11 = """Hi Oliver,

Great to speak earlier. As promised I've set up a quick Teams review of the recce photos for the Hampstead house with the owners at 3pm today, they want to agree the dressing before signing the location agreement.

As you're outside our Microsoft tenant, Teams asks for a one-time verification of your account first:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: GQ4WK7TZL
3. Sign in with your Example Group account and approve

The code is only valid for 15 minutes, so if it has expired just reply and I'll send a new one.

Speak soon,
Sophie

Sophie Turner
Location Manager
Kestrel Locations Ltd
07700 900 418 | kestrel-locations.co.uk"""
A.append(M(
    id="11-en-device-code-phish-compromised-vendor", folder="attack", lang="en", when="2026-11-03 13:48:20",
    route=I.exo("kestrel-locations.co.uk", pod=5, lang="en-GB"),
    frm=("Sophie Turner", "sophie.turner@kestrel-locations.co.uk"), to=[s("uk_mgr")],
    subject="Recce photos Hampstead house - Teams review 3pm",
    body=alt(txt(t11, "us-ascii", "7bit"), html(ohtml(t11, "us-ascii", lang="EN-GB"), "us-ascii", "quoted-printable")),
    what="Device-code phishing: a location agency contact asks Oliver to enter a code at microsoft.com/devicelogin 'to join the Teams review'.",
    why="Entering an attacker-generated device code at the genuine Microsoft page hands the attacker OAuth tokens for Oliver's account (Storm-2372 technique); there is no such 'external tenant verification'; sent from the location agency's compromised Microsoft 365 mailbox, so infrastructure looks clean; 15-minute urgency."))

# 12 Teams / Quick Assist vishing pretext --------------------------------------------------
t12 = """Hello James,

Our monitoring shows that your mailbox received more than 3,000 newsletter and spam messages over the last hour (subscription bombing). We are cleaning the spam filter for all affected users.

A technician from the IT Service Desk will contact you in the next few minutes via Microsoft Teams (display name "IT Help Desk"). Please accept the chat request. To apply the fix on your laptop, the technician will ask you to open Quick Assist (Ctrl + Windows + Q) and read out the 6-digit security code.

Please do not restart your laptop or delete the spam messages in the meantime, as this can interrupt the clean-up.

Ticket: INC0048812
Priority: High

Kind regards,
IT Service Desk
Example Group"""
A.append(M(
    id="12-en-teams-helpdesk-vishing-pretext", folder="attack", lang="en", when="2026-11-26 10:31:57",
    route=I.exo("examplegroupit.onmicrosoft.com", pod=6, lang="en-US"),
    frm=("Example Group IT Service Desk", "servicedesk@examplegroupit.onmicrosoft.com"), to=[s("uk_sales")],
    subject="INC0048812: spam flood on your mailbox - technician will contact you on Teams",
    body=alt(txt(t12, "utf-8", "base64"), html(ohtml(t12, "utf-8", lang="EN-US"), "utf-8", "base64")),
    what="Pretext for a remote-access vishing call: fake 'IT Service Desk' announces a Teams call and asks the user to start Quick Assist.",
    why="Sender is a free *.onmicrosoft.com tenant, not the company; follows the email-bombing + Teams + Quick Assist playbook (Storm-1811 / Black Basta); the real IT never contacts users from external Teams accounts and Quick Assist is disabled (business 12)."))

# 13 Companies House ID verification phish via Mailgun ----------------------------------------
link13 = "https://companieshouse-idv.org.uk/verify?c=12780431&d=OB1972&ref=IDV-88213"
t13 = """Company number: 12780431
Company name: EXAMPLE GROUP UK LTD

Identity verification overdue

Under the Economic Crime and Corporate Transparency Act 2023, every director and person with significant control must verify their identity with Companies House.

Our records show that the following director has not yet verified their identity:

OLIVER JAMES BENNETT

If identity verification is not completed by 10 December 2026, the company will be marked as non-compliant on the public register and the director may face a civil penalty of up to £5,000.

Verify identity now: [Start verification](%s)

A verification fee of £12.00 is payable by debit or credit card at the end of the process. The process takes about 10 minutes and you will need the director's photo ID.

Companies House
Crown Way, Cardiff, CF14 3UZ""" % link13
h13 = simple_html(t13.replace("\n\n", "\n\n"), font="Arial, sans-serif", size="11pt",
                  head="<title>Companies House</title>")
A.append(M(
    id="13-en-companies-house-idv-phish-mailgun", folder="attack", lang="en", when="2026-12-01 09:06:14",
    route=I.mailgun("mg.companieshouse-idv.org.uk"),
    frm=("Companies House", "noreply@companieshouse-idv.org.uk"), to=[s("uk_acc")],
    subject="Identity verification overdue - EXAMPLE GROUP UK LTD (12780431)",
    body=alt(txt(plain(t13, "esp"), "utf-8", "quoted-printable"), html(h13, "utf-8", "quoted-printable")),
    what="Fake Companies House notice: director's identity verification 'overdue', penalty threat, verify and pay a £12 fee by card.",
    why="Not a gov.uk domain (Mailgun, companieshouse-idv.org.uk); real identity verification is free via GOV.UK One Login, so the card 'fee' is card phishing; penalty threat and deadline; genuine Companies House mail comes via GOV.UK Notify (business 13)."))

# 14 extortion with Bitcoin ---------------------------------------------------------------------
t14 = """Hello!

I have to share bad news with you.
Approximately a few months ago I gained access to your devices, which you use for internet browsing. After that, I started tracking your internet activity.

Here is the sequence of events:
Some time ago I bought access to email accounts from hackers (nowadays it is quite simple to buy such data online). One of the passwords you used was: Whitfield2019!
Obviously, I easily managed to log in to your email account (james.whitfield@example.com).

A week later I installed a Trojan virus on the operating systems of all the devices you use to access your email. It gives me full access to your camera, microphone and contacts, including your clients and the broadcasters you work with.

I have recorded videos of you and collected your private chats. With a single click I can send them to all your contacts.

If you want to prevent this, transfer the amount of 1450 USD to my Bitcoin wallet (if you don't know how to do this, search "how to buy bitcoin" on Google).

My Bitcoin wallet (BTC): %s

After receiving the payment I will delete the videos and you will never hear from me again. You have 48 hours (2 days) from the moment you opened this email. I receive a notification as soon as you read it.

Do not reply to this email, and do not try to contact the police: I will notice it immediately.""" % B.BTC_EXTORT
A.append(M(
    id="14-en-extortion-bitcoin-spoofed-self", folder="attack", lang="en", when="2026-10-14 03:17:45",
    route=I.direct("WIN-3K2LQ8P0N1R", "dynamic-187-94-12-203.vivo.net.br", "187.94.12.203", "example.com",
                   xmailer="Microsoft Outlook Express 6.00.2900.5512", tz="America/Sao_Paulo"),
    frm=("", "james.whitfield@example.com"), to=[("", "james.whitfield@example.com")],
    subject="Your account james.whitfield@example.com has been compromised",
    body=txt(t14, "utf-8", "base64"),
    what="Sextortion/extortion: claims malware on the victim's devices and demands USD 1,450 in Bitcoin within 48 hours.",
    why="From spoofed to the recipient's own address although it arrives from a Brazilian residential host (no company hop); quotes an old breached password; Bitcoin address (valid bech32) for payment; threats and deadline; obsolete X-Mailer."))

# 15 gift card scam ----------------------------------------------------------------------------
t15 = """Hi Oliver,

Are you at your desk? I need a quick favour for the Harbour Lights wrap. I'd like to surprise the crew with gift cards, but it has to stay between us until Friday.

Can you buy 10 Apple gift cards at £100 each (Tesco or Sainsbury's will have them)? Finance will reimburse you today, I've already told Sabine.

Scratch the backs, take a clear photo of each code and send them to me here. I'm in back-to-back meetings with the broadcaster all afternoon, so email only please.

Thanks,
Matthias"""
A.append(M(
    id="15-en-gift-card-ceo-impersonation", folder="attack", lang="en", when="2026-12-10 13:22:08",
    route=I.gmail(), frm=("Matthias Köhler", "matthias.koehler.exgroup@gmail.com"), to=[s("uk_mgr")],
    subject="Quick favour", hcs="utf-8", henc="B", hlabel="UTF-8",
    body=alt(txt(t15, "utf-8", "quoted-printable", label="UTF-8"), html(ghtml(t15), "utf-8", "quoted-printable", label="UTF-8")),
    what="Gift-card scam: the 'CEO' from a Gmail address asks the UK office manager to buy ten £100 Apple gift cards and send photos of the codes.",
    why="CEO display name on a free Gmail account; secrecy, unavailability by phone, personal purchase to be 'reimbursed'; gift card codes are untraceable cash; the real gift process goes through POs and invoices (business 15)."))

# 16 copyright claim with password-protected archive ----------------------------------------------
t16 = """Dear Sir or Madam,

My name is Daniel Hughes, I am a professional photographer based in Bristol. I have discovered that several of my photographs are being used without a licence on your company website and in the press kit for the series "Harbour Lights".

I never granted Example Group or any of its partners permission to use these images. I have prepared a document with links to my original images, the dates of first publication and screenshots of the pages where they appear on your sites. To protect my work, the archive is password-protected.

Password: HL2026

I am asking you to remove the images within 7 days and to pay a licence fee of £4,800 for the period of unauthorised use. If I do not receive an answer within this time, my solicitors will start legal proceedings and claim additional damages and costs.

Regards,
Daniel Hughes
Daniel Hughes Photography"""
zip16 = files.zip_placeholder("Evidence_Unlicensed_Images_Harbour_Lights.pdf.lnk", password="HL2026",
                              when=(2026, 11, 30, 21, 4, 16), seed="16-en")
A.append(M(
    id="16-en-copyright-claim-encrypted-zip", folder="attack", lang="en", when="2026-12-01 08:51:39",
    route=I.gmail(), frm=("Daniel Hughes", "danielhughes.photography@gmail.com"), to=[s("uk_sales")],
    subject="Copyright infringement - unlicensed use of my photographs (Harbour Lights)",
    body=mixed(alt(txt(t16, "utf-8", "quoted-printable", label="UTF-8"), html(ghtml(t16), "utf-8", "quoted-printable", label="UTF-8")),
               att("Copyright_Evidence_DHughes.zip", "application/zip", zip16,
                   inner="Evidence_Unlicensed_Images_Harbour_Lights.pdf.lnk", zip_password="HL2026")),
    what="Fake copyright claim by a 'photographer' with the 'evidence' in a password-protected ZIP.",
    why="Classic malware lure: encrypted archive (evades scanning) with the password in the body, containing a .pdf.lnk shortcut; legal threat and deadline; free Gmail account; no specific image URLs named in the mail; a genuine claim comes as a solicitor's letter with a PDF (business 16)."))

ATTACKS = A

# ================================================================= BUSINESS
Bz = []

# 09 genuine DocuSign envelope ----------------------------------------------------------------------
env_b09 = "https://eu.docusign.net/Signing/EmailStart.aspx?a=7b1d44e2-0c5f-4f39-9a8e-2e61f0a3c7d5&etti=24&acct=5e0c9a17-3b2d-48f6-8c41-91a7d0e6b2f3&er=d29c6e15-4a7b-4c0f-b8e3-7f1a52c9d604"
tb09 = """Emma Harper sent you a document to review and sign.

[REVIEW DOCUMENT](%s)

Emma Harper
emma.harper@brightwaterpictures.co.uk

Dear James, as agreed on Monday's call, here is the side letter on the Nordic pre-sale for signature. Matthias has seen the draft. Best, Emma

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: 7B1D44E20C5F4F399A8E2E61F0A3C7D52

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

Stop receiving this email
Report this email or read more about Declining to sign and Managing notifications.

This message was sent to you by Emma Harper who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.""" % env_b09
hb09 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#eaeaea">
<table border="0" cellspacing="0" cellpadding="0" width="100%%" style="background:#eaeaea"><tr><td style="padding:24px 0" align="center">
<table border="0" cellspacing="0" cellpadding="0" width="640" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px 24px 0"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116" height="34"></td></tr>
<tr><td style="padding:24px"><table width="100%%" style="background:#4c00ff"><tr><td align="center" style="padding:28px 20px;color:#ffffff;font-size:18px">Emma Harper sent you a document to review and sign.<br><br>
<a href="%s" style="display:inline-block;background:#ffc820;color:#000000;padding:12px 24px;font-size:14px;font-weight:bold;text-decoration:none;border-radius:2px">REVIEW DOCUMENT</a></td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px;font-size:15px;color:#333333"><b>Emma Harper</b><br><a href="mailto:emma.harper@brightwaterpictures.co.uk" style="color:#2463d1">emma.harper@brightwaterpictures.co.uk</a><br><br>Dear James, as agreed on Monday's call, here is the side letter on the Nordic pre-sale for signature. Matthias has seen the draft. Best, Emma</td></tr>
<tr><td style="padding:24px;background:#f4f4f4;font-size:12px;color:#666666;line-height:18px"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: 7B1D44E20C5F4F399A8E2E61F0A3C7D52<br><br><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.<br><br><b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br><b>Stop receiving this email</b><br><a href="https://protect.docusign.net/report-abuse?e=AUtomjpX" style="color:#2463d1">Report this email</a> or read more about <a href="https://support.docusign.com/s/articles/How-do-I-decline-to-sign-a-document" style="color:#2463d1">Declining to sign</a> and <a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463d1">Managing notifications</a>.<br><br>This message was sent to you by Emma Harper who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.</td></tr>
</table></td></tr></table></body></html>
""" % env_b09
Bz.append(M(
    id="09-en-docusign-envelope-genuine", folder="business", lang="en", when="2026-11-18 15:40:02",
    route=I.docusign(), frm=("Emma Harper via Docusign", "dse@eumail.docusign.net"), to=[s("uk_sales")],
    reply_to=("Emma Harper", "emma.harper@brightwaterpictures.co.uk"),
    subject="Complete with Docusign: Harbour_Lights_Nordic_PreSale_SideLetter.pdf",
    body=alt(txt(plain(tb09, "esp"), "utf-8", "quoted-printable"), html(hb09, "utf-8", "quoted-printable")),
    what="Genuine DocuSign envelope from the co-producer for a side letter.",
    why="Sent by DocuSign's EU infrastructure (eumail.docusign.net), links only to eu.docusign.net / docusign.com, sender and content match an ongoing deal.",
    hard_neg_of=(["09-en-docusign-lookalike-sendgrid"], "DocuSign envelope from Emma Harper")))

# 10 Google security alert ---------------------------------------------------------------------------
tb10 = """A new sign-in on Mac

examplegroupuk.media@gmail.com

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
https://accounts.google.com/AccountChooser?Email=examplegroupuk.media@gmail.com&continue=https://myaccount.google.com/alert/nt/1795173411000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D-2831470059624188201%%26et%%3D0

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"""
hb10 = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="format-detection" content="email=no"></head>
<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%" height="100%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0" lang="en"><tr height="32" style="height:32px"><td></td></tr>
<tr align="center"><td><div><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px"><tr><td>
<div style="border-style:solid;border-width:thin;border-color:#dadce0;border-radius:8px;padding:40px 20px" align="center">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom:16px" alt="Google">
<div style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center;word-break:break-word"><div style="font-size:24px">A new sign-in on Mac</div>
<table align="center" style="margin-top:8px"><tr style="line-height:normal"><td><a style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.87);font-size:14px;line-height:20px">examplegroupuk.media@gmail.com</a></td></tr></table></div>
<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:left">We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.<div style="padding-top:32px;text-align:center"><a href="https://accounts.google.com/AccountChooser?Email=examplegroupuk.media@gmail.com&amp;continue=https://myaccount.google.com/alert/nt/1795173411000?rfn%3D325%26rfnc%3D1%26eid%3D-2831470059624188201%26et%3D0" style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184f3;border-radius:5px;min-width:90px">Check activity</a></div></div>
<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></div></div>
<div style="text-align:left"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center"><div>You received this email to let you know about important changes to your Google Account and services.</div><div style="direction:ltr">&copy; 2026 Google LLC, <a style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div>
</td></tr></table></div></td></tr><tr height="32" style="height:32px"><td></td></tr></table></body></html>
"""
Bz.append(M(
    id="10-en-google-signin-alert-genuine", folder="business", lang="en", when="2026-11-21 18:36:51",
    route=I.google_notify(), frm=("Google", "no-reply@accounts.google.com"), to=[s("uk_mgr")],
    subject="Security alert",
    body=alt(txt(tb10, "utf-8", "quoted-printable", label="UTF-8"), html(hb10, "utf-8", "quoted-printable", label="UTF-8")),
    what="Google security alert for the UK office's YouTube/Google account (recovery address is Oliver's).",
    why="Sent from Google's own infrastructure (mail-sor-*.google.com), links only to accounts.google.com/myaccount.google.com; informational, no credential request.",
    hard_neg_of=(["13-en-companies-house-idv-phish-mailgun", "38-ru-yandex360-account-phish"], "security notification asking the user to check an account")))

# 11 GitHub password reset -------------------------------------------------------------------------------
tb11 = """We heard that you lost your GitHub password. Sorry about that!

But don’t worry! You can use the following button to reset your password:

https://github.com/password_reset/7f3Kc9QwXb2LmZp1RtY8vN4dHs6gJe0a

If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team"""
Bz.append(M(
    id="11-en-github-password-reset-genuine", folder="business", lang="en", when="2026-10-28 11:09:22",
    route=I.github(), frm=("GitHub", "noreply@github.com"), to=[s("ithead")],
    subject="[GitHub] Please reset your password",
    body=alt(txt(tb11, "utf-8", "quoted-printable", label="UTF-8"),
             html(simple_html(tb11, font="-apple-system,BlinkMacSystemFont,Segoe UI,Helvetica,Arial,sans-serif", size="14px"), "utf-8", "quoted-printable", label="UTF-8")),
    what="Password reset mail requested by the Head of IT on GitHub.",
    why="GitHub's own SMTP (out-*.smtp.github.com), reset token link on github.com only, expected after a user-initiated reset.",
    hard_neg_of=(["24-pl-html-attachment-credential-form"], "password/credential-related message with a login link")))

# 12 internal IT notice to UK staff -------------------------------------------------------------------------
tb12 = """Dear colleagues,

Some of you in London were hit by "email bombing" last week: hundreds of newsletter sign-ups in a short time, followed by a call from someone claiming to be our helpdesk. This is a known attack to get remote access to laptops.

How our Service Desk works:
- We never contact you from an external Teams account or an address ending in onmicrosoft.com. Internal Teams chats from IT show the "Example Group" organisation.
- We never ask you to start Quick Assist, AnyDesk or TeamViewer. Quick Assist is disabled on company laptops.
- Remote support only ever starts from the Company Portal app on your laptop, initiated by you, with a ticket number you already know.
- We will never ask you to enter a code at microsoft.com/devicelogin.

If you get flooded with newsletters, don't unsubscribe from them: just tell us, we'll block them centrally. If someone calls you claiming to be IT, hang up and call the Service Desk on extension 4444.

Thanks,
Lena Vogt
IT Security, Example Group"""
Bz.append(M(
    id="12-en-internal-it-helpdesk-policy", folder="business", lang="en", when="2026-11-09 09:15:33",
    route=I.exchange_internal(user_ip="10.21.6.41", server="EXCH01"), frm=s("itsec"),
    to=[("London office", "london-all@example.com")],
    subject="How to recognise fake helpdesk calls (email bombing + Teams)",
    body=alt(txt(tb12, "us-ascii", "7bit"), html(ohtml(tb12, "us-ascii", lang="EN-GB"), "us-ascii", "quoted-printable")),
    what="Internal IT-security notice to the London office about email bombing, fake helpdesk calls and device-code prompts.",
    why="Internal Exchange -> mail-int01 path, from the known security admin, no links, explains the legitimate support process.",
    hard_neg_of=(["12-en-teams-helpdesk-vishing-pretext", "11-en-device-code-phish-compromised-vendor"], "IT helpdesk / Teams / remote support topic")))

# 13 Companies House via GOV.UK Notify -------------------------------------------------------------------------
tb13 = """Company number: 12780431
Company name: EXAMPLE GROUP UK LTD

Your company's confirmation statement is due by 14 December 2026.

You can file it online:
https://www.gov.uk/file-your-confirmation-statement-with-companies-house

It costs £50 to file a confirmation statement online.

Identity verification
Directors and people with significant control must verify their identity. You can do this for free using GOV.UK One Login:
https://www.gov.uk/guidance/verifying-your-identity-for-companies-house

If you've already filed or verified, you do not need to do anything.

Companies House"""
hb13 = simple_html(tb13, font="Arial, sans-serif", size="19px")
Bz.append(M(
    id="13-en-companies-house-reminder-genuine", folder="business", lang="en", when="2026-11-16 08:02:41",
    route=I.notify_gov_uk(), frm=("Companies House", "companies.house.notifications@notifications.service.gov.uk"),
    to=[s("uk_acc")], subject="Confirmation statement due for EXAMPLE GROUP UK LTD",
    body=alt(txt(plain(tb13, "esp"), "utf-8", "quoted-printable"), html(hb13, "utf-8", "quoted-printable")),
    what="Companies House reminder (via GOV.UK Notify) that the confirmation statement is due; mentions free identity verification.",
    why="GOV.UK Notify infrastructure (Amazon SES eu-west-2, notifications.service.gov.uk), links only to www.gov.uk, correct £50 filing fee, ID verification stated as free.",
    hard_neg_of=(["13-en-companies-house-idv-phish-mailgun"], "Companies House / director identity verification")))

# 14 customer complaint -----------------------------------------------------------------------------------------
tb14 = """Hi James,

I'm afraid we have a problem again with the deliverables for Harbour Lights episodes 3 and 4.

The English SDH subtitle files we received on Friday drift out of sync from about 00:21:30 in ep. 3 and are off by almost two seconds by the end; ep. 4 has the same issue after the second ad break. It looks like they were conformed to the previous cut (v7 instead of v9). Our QC house has rejected both episodes, and the broadcaster's delivery deadline is 4 December.

This is the second time in this series, after the audio stems on ep. 1. I need to be honest: if we miss the slot, the late-delivery clause in the licence agreement kicks in, and I'd rather not have that conversation with the broadcaster.

Could you please:
1. get corrected SDH files for eps. 3-4 to us by Wednesday 2 December, and
2. confirm who on your side signs off subtitle conforms for the remaining episodes?

I've copied Oliver as he mentioned he's speaking to the post house today.

Thanks,
Emma

Emma Harper
Head of Production
Brightwater Pictures Ltd
20 Kingsland Road, London E2 8DA
+44 20 7946 0213"""
Bz.append(M(
    id="14-en-coproducer-complaint-deliverables", folder="business", lang="en", when="2026-11-30 17:26:44",
    route=I.exo("brightwaterpictures.co.uk", pod=5, lang="en-GB"), frm=c("bw_harper"), to=[s("uk_sales")],
    cc=[s("uk_mgr")], subject="Harbour Lights eps 3-4 - SDH subtitles out of sync again",
    body=alt(txt(tb14, "us-ascii", "quoted-printable"), html(ohtml(tb14, "us-ascii", lang="EN-GB"), "us-ascii", "quoted-printable")),
    what="Co-producer complains about out-of-sync subtitle deliverables and mentions the late-delivery clause.",
    why="Known correspondent on her company's own Microsoft 365 tenant, detailed and consistent project content, no links, attachments or payment requests.",
    hard_neg_of=(["09-en-docusign-lookalike-sendgrid"], "mail from / in the name of Emma Harper (Brightwater Pictures)")))

# 15 genuine urgent internal payment request for wrap gifts ------------------------------------------------------
tb15 = """Hi Priya,

Sorry for the short notice - the wrap vouchers for the Harbour Lights crew need paying today so they arrive before Friday.

It's 62 x £40 One4all cards through our corporate account with Highland Gifts Ltd, invoice HG-77310 attached (£2,480.00, no VAT on vouchers). PO 4500018842 is approved in Coupa by Matthias and me.

Bank details are the ones we already have on file for Highland Gifts, please pay through the normal payment run rather than on the company card so it stays on the PO.

Cheers,
Oliver

Oliver Bennett
Line Producer / Office Manager UK
Example Group UK Ltd | 12 Soho Square, London W1D 3QF
+44 20 7946 0455"""
pdf_b15 = files.pdf_doc([
    ("b", "Highland Gifts Ltd"), ("s", "Unit 4, Caxton Way, Watford WD18 8UA · VAT GB 298 4410 73"), ("gap", 14),
    ("h", "Invoice HG-77310"), ("l", "Date: 7 December 2026       Customer: Example Group UK Ltd"),
    ("l", "Your PO: 4500018842       Terms: 7 days"), ("gap",),
    ("t", [(56, "Qty", True), (100, "Description", True), (420, "Amount GBP", True)]), ("rule",),
    ("t", [(56, "62", False), (100, "One4all gift card, £40.00 value, corporate order", False), (420, "2,480.00", False)]),
    ("rule",), ("t", [(100, "Total (vouchers are outside the scope of VAT)", True), (420, "2,480.00", True)]),
    ("gap", 14), "Payment by bank transfer to the account stated in your supplier set-up form. Cards are dispatched on receipt of payment.",
], title="Invoice HG-77310", author="Highland Gifts Ltd", producer="Xero", created="20261207101500Z")
Bz.append(M(
    id="15-en-internal-urgent-wrap-gifts-po", folder="business", lang="en", when="2026-12-08 10:44:18",
    route=I.exchange_internal(user_ip="10.41.2.33"), frm=s("uk_mgr"), to=[s("uk_acc")],
    subject="URGENT: wrap vouchers invoice HG-77310 - needs paying today", importance="high",
    body=mixed(alt(txt(tb15, "windows-1252", "quoted-printable"), html(ohtml(tb15, "windows-1252", lang="EN-GB"), "windows-1252", "quoted-printable")),
               att("HG-77310.pdf", "application/pdf", pdf_b15, kind="text-only PDF invoice")),
    what="UK office manager asks the UK accountant to pay a gift-voucher supplier invoice urgently.",
    why="Internal relay path, approved PO in the purchasing system, invoice from a supplier on file, payment through the normal run to known bank details, no secrecy.",
    hard_neg_of=(["15-en-gift-card-ceo-impersonation"], "urgent gift cards / vouchers for the crew")))

# 16 genuine solicitor's letter ------------------------------------------------------------------------------
tb16 = """Dear Mr Whitfield,

Harbour Lights - use of "Lanterns on the Water" in the series trailer

We act for Northgate Music Publishing Ltd in relation to the composition "Lanterns on the Water" (writer: A. Moreno).

Our client has become aware that an excerpt of the recording is used in the 90-second trailer for Harbour Lights published on 12 November 2026. Our client's records show a synchronisation licence for the series itself (episode 2), but not for trailer or advertising use.

Please see our letter attached. We would be grateful if you could let us know by 18 December 2026 whether your clearance company holds a licence that covers this use; if not, our client is happy to discuss a retrospective trailer licence on its standard terms.

This letter is sent on an open basis. Please direct any reply to me at this address or by telephone on 020 7946 0871.

Yours sincerely

Rachel Okafor
Associate
Fairbairn Lowe LLP
40 Bedford Row, London WC1R 4LR
Fairbairn Lowe LLP is authorised and regulated by the Solicitors Regulation Authority (SRA number 648213)."""
pdf_b16 = files.pdf_doc([
    ("b", "FAIRBAIRN LOWE LLP"), ("s", "40 Bedford Row, London WC1R 4LR · DX 214 London/Chancery Lane · +44 20 7946 0800"),
    ("gap", 14), ("l", "Example Group UK Ltd"), ("l", "For the attention of Mr James Whitfield"), ("l", "12 Soho Square, London W1D 3QF"),
    ("gap", 10), ("l", "Our ref: RO/NMP/0412        Date: 3 December 2026"), ("gap",),
    ("b", "Harbour Lights - \"Lanterns on the Water\" (A. Moreno) - trailer use"),
    "We act for Northgate Music Publishing Ltd. Our client's records show a synchronisation licence granted to "
    "Example Group UK Ltd on 2 June 2026 for in-programme use in episode 2 of Harbour Lights. The trailer published "
    "on 12 November 2026 uses approximately 38 seconds of the recording, which is not covered by that licence.",
    "We invite you to confirm by 18 December 2026 whether a separate licence exists. If not, our client is prepared "
    "to grant a retrospective trailer licence on its standard terms, a copy of which we can provide on request.",
    "Yours faithfully", ("gap", 10), ("l", "Fairbairn Lowe LLP"),
], title="Letter RO/NMP/0412", author="Fairbairn Lowe LLP", producer="Microsoft® Word for Microsoft 365",
    created="20261203113000Z")
Bz.append(M(
    id="16-en-solicitor-music-licence-letter", folder="business", lang="en", when="2026-12-03 12:07:29",
    route=I.exo("fairbairnlowe.co.uk", pod=5, lang="en-GB"),
    frm=("Rachel Okafor", "r.okafor@fairbairnlowe.co.uk"), to=[s("uk_sales")], cc=[s("legal")],
    subject="Harbour Lights - trailer use of \"Lanterns on the Water\" [FL-RO/NMP/0412]",
    body=mixed(alt(txt(tb16, "us-ascii", "quoted-printable"), html(ohtml(tb16, "us-ascii", lang="EN-GB"), "us-ascii", "quoted-printable")),
               att("FL_RO-NMP-0412_Letter_ExampleGroupUK.pdf", "application/pdf", pdf_b16, kind="text-only PDF letter")),
    what="A solicitor's letter about trailer use of a licensed music track, with the letter as PDF.",
    why="Law firm's own domain/tenant with SRA number and phone, specific facts (licence date, track, seconds), open and measured tone, PDF only, no archive or payment link.",
    hard_neg_of=(["16-en-copyright-claim-encrypted-zip"], "copyright / licensing claim with an attachment")))

BUSINESS = Bz
