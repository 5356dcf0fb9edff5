# -*- coding: utf-8 -*-
"""English messages: attacks 09-16, business 09-16."""
import base64

from lib import infra as I
from .common import *  # noqa: F401,F403

P = IB.pretty
PENNINE_IBAN = IB.iban_gb("LOYD", "309634", "41828806")
CH_NO = "12845790"
PENNINE_M365 = {"srv_a": "LO4P265MB6613.GBRP265", "srv_b": "CWLP265MB5186.GBRP265", "org": "penninecoachhire.co.uk",
                "tenant": "b2f0e7c1-4a9d-4f3e-8c55-1d7a93e2c0b4", "eop": 2, "lang": "en-GB", "msip": False}
BTC_BECH32 = IB.bech32_p2wpkh("audit101-extortion-bech32")
BTC_LEGACY = IB.btc_p2pkh("audit101-extortion-legacy")


def _para_html(body, font="Arial, sans-serif", size="14px"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:%s;font-size:%s">' % (font, size)
            + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in body.split("\n\n")) + "</body></html>\n")


# ================================================================== ATTACKS
@msg("attack", 9, "en", "device-code-phish-lookalike-partner")
def a09(r):
    code = "GX7KQ2M9R"
    body = """Hi Priya,

Hope you're well. As agreed with Oliver last week, we've moved remittances and the updated Q4 rate card for the Manchester Airport half-term transfers into a shared Teams workspace, so both finance teams can see the same figures.

To access it:
1. Go to https://microsoft.com/devicelogin
2. Enter the code: %s
3. Sign in with your Example Group account

The code is only valid for 15 minutes. If it has timed out by the time you get to it, just reply and I'll generate a fresh one.

Once you're in you'll see the remittance for invoices PCH-26-1187 to PCH-26-1203 and the new rates from 1 January.

Cheers,
Gareth

Gareth Pryce
Operations & Accounts
Pennine Coach Hire Ltd
Unit 7, Higginshaw Lane, Oldham OL1 3LJ
T: 0161 624 5580""" % code
    html = html_outlook(body, "utf-8", "EN-GB", font="Aptos")
    root = alt(r, "m365", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable"))
    return dict(
        system="m365", opts={"srv_a": "AS2PR08MB8%03d.eurprd08" % r.randint(100, 999), "srv_b": "DB9PR08MB7%03d.eurprd08" % r.randint(100, 999),
                             "org": "penninecoach-hire.co.uk", "eop": 3, "lang": "en-GB"},
        dt=at(2026, 10, 15, 10, 14, 51), frm=("Gareth Pryce", "gareth.pryce@penninecoach-hire.co.uk"), to=[S("uk_acc")],
        subject="Remittance & Q4 rate card – shared Teams workspace", hcs="utf-8", henc="Q",
        root=root,
        what="Device-code phishing: look-alike of a subcontractor asks the UK accountant to enter a code at microsoft.com/devicelogin",
        why="Look-alike domain penninecoach-hire.co.uk (real: penninecoachhire.co.uk) on an attacker Microsoft 365 tenant; the only action is the OAuth device-code flow, which hands the attacker a token for the victim's account (Storm-2372 technique); 15-minute urgency; partners never need a device code to share files",
        pair="b13")


@msg("attack", 10, "en", "fake-docusign-salary-review-mailgun")
def a10(r):
    rcpt = S("uk_mgr")[1]
    url = "https://pub-%s.r2.dev/envelope/view.html#%s" % (r.hex(32), base64.b64encode(rcpt.encode()).decode())
    env = r.hex(32, True)
    body = """Tanja Schäfer sent you a document to review and sign.

REVIEW DOCUMENT
%s

Tanja Schäfer
tanja.schaefer@example.com

Oliver,
please review and sign the 2027 salary review and bonus allocation for the UK team by Friday. Payroll will process the changes with the January run.

Thank you,
Tanja

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.""" % (url, env)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#eaeaea">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:20px">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px 24px 0 24px;font-size:22px;font-weight:bold;color:#000">docusign</td></tr>
<tr><td style="padding:24px"><table width="100%%" style="background:#1e4ca1;color:#ffffff" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px;font-size:16px">
<p style="margin:0 0 20px 0">Tanja Schäfer sent you a document to review and sign.</p>
<a href="%s" style="background:#ffc423;color:#333;text-decoration:none;font-weight:bold;font-size:15px;padding:12px 26px;display:inline-block">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:15px;color:#333"><b>Tanja Schäfer</b><br><a href="mailto:tanja.schaefer@example.com" style="color:#2463d1">tanja.schaefer@example.com</a><br><br>
Oliver,<br>please review and sign the 2027 salary review and bonus allocation for the UK team by Friday. Payroll will process the changes with the January run.<br><br>Thank you,<br>Tanja</td></tr>
<tr><td style="padding:16px 24px;background:#f4f4f4;font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>%s<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</td></tr>
</table></td></tr></table></body></html>
""" % (url, env)
    root = alt(r, "mailgun", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable"))
    return dict(
        system="mailgun", opts={"mg": "mg.esign-docucenter.com", "tag": "envelope"},
        dt=at(2026, 11, 3, 11, 2, 37), frm=("Tanja Schäfer via Docusign", "dse@esign-docucenter.com"), to=[S("uk_mgr")],
        subject="Complete with Docusign: 2027_Salary_Review_and_Bonus_Allocation_UK.pdf", hcs="utf-8", henc="B",
        root=root,
        what="Fake DocuSign envelope 'from HR' (salary review) sent through Mailgun; button leads to a Cloudflare R2 page",
        why="DocuSign mail is not sent from docusign.net but from esign-docucenter.com via Mailgun; the 'Review document' link points at a pub-*.r2.dev bucket with the recipient's address in the fragment (credential-harvest kit); HR in Regensburg does not use DocuSign for salary reviews; internal sender impersonated",
        pair="b10")


@msg("attack", 11, "en", "companies-house-penalty-ses")
def a11(r):
    link = "https://companies-house-filing.co.uk/gov-uk-one-login/verify?c=%s&ref=%s" % (CH_NO, r.hex(10))
    body = """Companies House

Confirmation statement overdue

Company name: EXAMPLE GROUP UK LTD
Company number: %s
Made up date: 14 October 2026
Due date: 28 October 2026

Our records show that the confirmation statement for the above company has not been delivered.

Failing to deliver a confirmation statement is an offence. The company and its officers may be prosecuted, and the Registrar may take action to strike the company off the register. A late filing penalty of £1,500 will be applied if the statement is not received within 7 days of this notice.

To file now, sign in with your Companies House WebFiling account and verify your identity with GOV.UK One Login:

%s

Filing online takes around 10 minutes and costs £50.

Companies House
Crown Way, Cardiff, CF14 3UZ

This is an automated message. Please do not reply.""" % (CH_NO, link)
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
<body style="margin:0;font-family:Arial,sans-serif;font-size:19px;color:#0b0c0c">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:12px 20px;color:#ffffff;font-size:28px;font-weight:700">GOV.UK</td></tr></table>
<table width="580" cellpadding="0" cellspacing="0" style="margin:0 auto"><tr><td style="padding:20px 10px">
<p style="font-size:16px;color:#505a5f">Companies House</p>
<h1 style="font-size:28px">Confirmation statement overdue</h1>
<p>Company name: <b>EXAMPLE GROUP UK LTD</b><br>Company number: <b>%s</b><br>Made up date: 14 October 2026<br>Due date: 28 October 2026</p>
<p>Our records show that the confirmation statement for the above company has not been delivered.</p>
<p>Failing to deliver a confirmation statement is an offence. The company and its officers may be prosecuted, and the Registrar may take action to strike the company off the register. A late filing penalty of &pound;1,500 will be applied if the statement is not received within 7 days of this notice.</p>
<p>To file now, sign in with your Companies House WebFiling account and verify your identity with GOV.UK One Login:</p>
<p><a href="%s" style="background:#00703c;color:#ffffff;padding:10px 18px;text-decoration:none;font-weight:700;display:inline-block">File confirmation statement</a></p>
<p>Filing online takes around 10 minutes and costs &pound;50.</p>
<p style="font-size:16px;color:#505a5f">Companies House<br>Crown Way, Cardiff, CF14 3UZ<br><br>This is an automated message. Please do not reply.</p>
</td></tr></table></body></html>
""" % (CH_NO, link)
    root = alt(r, "java", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable"))
    return dict(
        system="ses", opts={"region": "eu-west-2"},
        dt=at(2026, 11, 5, 9, 33, 12), frm=("Companies House", "no-reply@companies-house-filing.co.uk"), to=[S("uk_acc")],
        subject="Action required: confirmation statement overdue – EXAMPLE GROUP UK LTD (%s)" % CH_NO, hcs="utf-8", henc="Q",
        root=root,
        what="Companies House impersonation: confirmation statement 'overdue', threat of prosecution and a £1,500 penalty, link to fake GOV.UK One Login",
        why="Sender is not a gov.uk / GOV.UK Notify address (companies-house-filing.co.uk via Amazon SES); there is no late-filing penalty for confirmation statements (only for accounts); a genuine GOV.UK Notify reminder for the same statement is business 11; link harvests WebFiling / One Login credentials",
        pair="b11")


@msg("attack", 12, "en", "extortion-bitcoin-spoofed-self")
def a12(r):
    me = S("uk_mgr")[1]
    body = """Hello Oliver,

I'll get straight to the point. Some months ago I gained access to the devices you use for browsing the internet, through a vulnerability in your router firmware that your provider never patched. Since then I have been able to follow your activity, your contacts, your email and your messenger chats.

I also have a recording made with your own camera while you were watching certain websites, together with a copy of your contact list, including colleagues at work. I think you know what I mean, and you will understand that I have no reason to bluff.

Here is my offer. Transfer the equivalent of 1,450 USD in Bitcoin to the wallet below and I will permanently delete everything. You will never hear from me again.

BTC wallet: %s

(if your exchange does not support this format, use %s)

You have 48 hours from the moment you open this email. I can see when you have read it. If I do not receive the payment, the video goes to every contact I have, including your employer.

Do not reply to this email, it is sent from your own account and I do not monitor it. Do not bother going to the police or changing your passwords, my software is already on your device and it will notice.

Think about it calmly. It is a small price for your reputation.""" % (BTC_BECH32, BTC_LEGACY)
    return dict(
        system="exim", opts={"host": "sv12.vnhost-cloud.vn", "ip": "103.221.%d.%d" % (r.randint(1, 250), r.randint(1, 250)), "client_ip": "193.42.%d.%d" % (r.randint(1, 250), r.randint(1, 250)),
                             "client": "phpmailer", "z": "UTC"},
        envelope="contact@dongphuc-saigon.vn",
        dt=at(2026, 11, 7, 3, 41, 55), frm=("", me), to=[("", me)],
        subject="Your account is compromised – %s" % me, hcs="utf-8", henc="B",
        root=text(body, "us-ascii", "7bit"),
        what="Sextortion/extortion: spoofed from the recipient's own address, demands USD 1,450 in Bitcoin within 48 hours",
        why="From header forged to the recipient's own address while the envelope sender is a Vietnamese compromised web host; unverifiable hacking claims, threat to expose to employer, payment to Bitcoin addresses (bech32 and base58check, checksums valid); classic extortion template")


@msg("attack", 13, "en", "callback-toad-paypal-invoice-abuse")
def a13(r):
    inv = "INV2-%s-%s-%s-%s" % (r.s(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), r.s(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), r.s(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), r.s(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
    link = "https://www.paypal.com/invoice/p/#%s" % inv.replace("-", "")
    note = ("Your subscription to Norton 360 Total Protection (5 devices, 3 years) has been renewed and £599.99 will be charged to the payment method on file within 24 hours. "
            "If you did not authorise this renewal or wish to cancel and receive a full refund, call our billing department immediately on +44 20 3880 1294 (24/7). "
            "Refunds cannot be processed after 24 hours.")
    body = """Secure Billing Services sent you an invoice

Amount due: £599.99 GBP
Due date: 13 Nov 2026
Invoice number: 0047718

Note from seller:
%s

View and pay invoice: %s

Don't recognise this invoice?
Before paying, make sure you recognise this invoice. If you don't, report it. Learn more about common security threats and how to spot them. For example, PayPal would never use an invoice or a money request to ask you for your account credentials.

Thanks,
PayPal

Copyright © 1999-2026 PayPal. All rights reserved.
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449, Luxembourg. PayPal is authorised by the CSSF.
PayPal %s""" % (note, link, "RT000238:en_GB(en-GB):1.0.0:%s" % r.hex(13))
    html = """<!DOCTYPE html><html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f2f2f2;font-family:'PayPal Sans',Helvetica,Arial,sans-serif;color:#001435">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center" style="padding:24px 8px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px">
<tr><td style="padding:30px 40px 10px 40px"><span style="font-size:26px;font-weight:bold;color:#003087">PayPal</span></td></tr>
<tr><td style="padding:10px 40px;font-size:22px;font-weight:bold">Secure Billing Services sent you an invoice</td></tr>
<tr><td style="padding:10px 40px;font-size:15px;line-height:22px">
<table width="100%%" cellpadding="4"><tr><td>Amount due</td><td align="right"><b>&pound;599.99 GBP</b></td></tr>
<tr><td>Due date</td><td align="right">13 Nov 2026</td></tr><tr><td>Invoice number</td><td align="right">0047718</td></tr></table>
<p style="background:#f7f9fa;padding:14px;border-radius:8px"><b>Note from seller:</b><br>%s</p>
<p align="center"><a href="%s" style="background:#0070e0;color:#fff;text-decoration:none;font-weight:bold;padding:12px 40px;border-radius:24px;display:inline-block">View and Pay Invoice</a></p>
<p style="font-size:13px;color:#545d68"><b>Don't recognise this invoice?</b><br>Before paying, make sure you recognise this invoice. If you don't, report it. For example, PayPal would never use an invoice or a money request to ask you for your account credentials.</p>
</td></tr>
<tr><td style="padding:20px 40px;font-size:11px;color:#6c7378">Copyright &copy; 1999-2026 PayPal. All rights reserved.<br>PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449, Luxembourg.</td></tr>
</table></td></tr></table>
<img src="https://t.paypal.com/ts?v=1&amp;e=%s" width="1" height="1" alt="">
</body></html>
""" % (esc(note), link, r.hex(20))
    root = alt(r, "java", text(body, "UTF-8", "quoted-printable"), Part("text/html", body=html, charset="UTF-8", cte="quoted-printable"))
    mid = lambda rr, dt: "<%s.%s@paypal.com>" % (rr.hex(13), rr.digits(8))
    return dict(
        system="service", opts={"helo": "mx3.slc.paypal.com", "rdns": "mx3.slc.paypal.com", "ip": "173.0.84.%d" % r.randint(225, 235), "z": "PT",
                                "rp": "service@paypal.co.uk", "mid": mid,
                                "inner": ["from paypal.com (unknown [10.12.%d.%d])\n\tby mx3.slc.paypal.com (Postfix) with ESMTP id {HEX}\n\tfor <%s>; {D}" % (r.randint(1, 250), r.randint(1, 250), S("uk_acc")[1])],
                                "order": ["Date", "Message-ID", "From", "To", "Subject", "MIME-Version", "__MIME__"],
                                "headers": [("X-Email-Type-Id", "RT000238"), ("X-XPT-XSL-Name", "nodejs"), ("PP-Correlation-Id", r.hex(13)),
                                            ("X-MaxCode-Template", "RT000238"), ("Content-Language", "en_GB")]},
        dt=at(2026, 11, 11, 17, 22, 48), frm=("PayPal", "service@paypal.co.uk"), to=[S("uk_acc")],
        subject="Invoice from Secure Billing Services (0047718)", hcs="UTF-8", henc="Q",
        root=root,
        what="Callback phishing (TOAD) through a genuine PayPal invoice: seller note claims a £599.99 Norton renewal and urges a phone call to cancel",
        why="Abuses PayPal's real invoicing infrastructure, so headers look clean; the payload is the seller note: unknown merchant, product the company never bought, a phone number to call for a 'refund' (leads to remote-access / bank fraud); 24-hour urgency",
        pair="b13")


@msg("attack", 14, "en", "gift-card-ceo-impersonation")
def a14(r):
    body = """Oliver,

Are you at your desk? I need you to handle something for me today, discreetly.

I want to surprise the drivers at the Manchester depot with a small Christmas thank-you before the party on Friday, separate from the official HR vouchers. Could you get 20 Amazon gift cards at £100 each? You can buy them online or at a Tesco / Sainsbury's on your way. Once you have them, scratch the back and send me clear photos of the codes by email so I can write them into the cards myself tonight.

Finance will reimburse you, just keep the receipts and send them to me afterwards. Please keep this between us for now, I'd like it to be a genuine surprise for the team.

I'm in back-to-back meetings all afternoon so email is best, I can't take calls.

Thanks,
Jörg

Sent from my iPad"""
    htm = html_gmail(body)
    root = alt(r, "gmail", text(body, "UTF-8", "quoted-printable"), Part("text/html", body=htm, charset="UTF-8", cte="quoted-printable"))
    return dict(
        system="gmail", opts={"tz": "DE"},
        dt=at(2026, 12, 14, 14, 11, 3), frm=("Jörg Brückner", "jorg.bruckner.office@gmail.com"), to=[S("uk_mgr")],
        subject="Quick favour", hcs="UTF-8", henc="Q",
        root=root,
        what="Gift-card scam: 'CEO' on Gmail asks the UK office manager to buy 20 × £100 Amazon gift cards and email photos of the codes",
        why="CEO name on a Gmail address, secrecy, 'can't take calls', request to send gift-card codes by email, reimbursement promise; the genuine Christmas vouchers are handled centrally by HR (business 14)",
        pair="b14")


@msg("attack", 15, "en", "teams-vishing-pretext-helpdesk")
def a15(r):
    body = """Hi Priya,

Our monitoring flagged an unusually high volume of newsletter sign-ups and spam arriving in your mailbox since early this morning. This is a known "email bombing" technique and is usually the first stage of an attempt to take over an account, so we are treating it as a priority incident (INC0048213).

We are rolling out an updated spam filter policy to the affected mailboxes today. To apply it to your laptop, a member of the Service Desk will call you on Microsoft Teams within the next 30 minutes from the account "Help Desk (Example Group)".

Please:
- accept the Teams call when it comes in,
- start Quick Assist when the technician asks you to (Windows key, type "Quick Assist", then enter the 6-digit code they give you),
- don't restart your laptop or log out until the technician confirms the policy is applied.

The whole session takes about 10 minutes. In the meantime, please don't open or unsubscribe from any of the spam emails.

Thanks for your help,

IT Service Desk
Example Group
Incident INC0048213 | Priority 2"""
    html = html_outlook(body, "us-ascii", "EN-GB", font="Aptos")
    root = alt(r, "m365", text(body, "us-ascii", "7bit"), Part("text/html", body=html, charset="us-ascii", cte="quoted-printable"))
    return dict(
        system="m365", opts={"srv_a": "PA4PR02MB6%03d.eurprd02" % r.randint(100, 999), "srv_b": "AM9PR02MB7%03d.eurprd02" % r.randint(100, 999),
                             "org": "examplegroup-support.com", "eop": 4, "lang": "en-GB"},
        dt=at(2026, 11, 17, 10, 48, 2), frm=("IT Service Desk", "servicedesk@examplegroup-support.com"), to=[S("uk_acc")],
        subject="[INC0048213] Spam attack on your mailbox – remediation call via Teams today", hcs="utf-8", henc="Q",
        root=root,
        what="Teams/remote-access vishing pretext: fake service desk announces an 'email bombing' remediation call on Teams and asks the user to start Quick Assist",
        why="Look-alike domain examplegroup-support.com on an attacker Microsoft 365 tenant (the real service desk is servicedesk@example.com and tickets are INC-YYYY-nnnnn); primes the victim to accept an external Teams call and grant remote control via Quick Assist (Storm-1811 / Black Basta pattern)",
        pair="b15")


@msg("attack", 16, "en", "svg-remittance-compromised-smb")
def a16(r):
    rcpt = S("uk_acc")[1]
    url = "https://harwoodjoinery.co.uk.secure-docview.com/rm/?id=%s&u=%s" % (r.hex(12), base64.b64encode(rcpt.encode()).decode())
    body = """Hi,

Please find attached remittance advice for the payment made today against invoices INV-26-3318 and INV-26-3342.

If you have any queries please don't hesitate to get in touch.

Kind regards,

Accounts Team
Harwood Joinery Ltd
Tel: 01457 861 204"""
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="620" height="420" viewBox="0 0 620 420">
  <rect width="620" height="420" fill="#f3f3f3"/>
  <rect x="60" y="40" width="500" height="340" rx="6" fill="#ffffff" stroke="#d0d0d0"/>
  <rect x="60" y="40" width="500" height="56" rx="6" fill="#b30b00"/>
  <text x="84" y="76" font-family="Arial, sans-serif" font-size="20" fill="#ffffff">Adobe Acrobat | Document Cloud</text>
  <text x="84" y="140" font-family="Arial, sans-serif" font-size="17" fill="#222">Remittance_Advice_88412.pdf</text>
  <text x="84" y="168" font-family="Arial, sans-serif" font-size="13" fill="#666">PDF document - 142 KB - shared securely with %s</text>
  <text x="84" y="210" font-family="Arial, sans-serif" font-size="14" fill="#222">This document is protected. Sign in with your work email</text>
  <text x="84" y="230" font-family="Arial, sans-serif" font-size="14" fill="#222">account to view the payment details.</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="84" y="262" width="200" height="44" rx="4" fill="#1473e6"/>
    <text x="184" y="290" font-family="Arial, sans-serif" font-size="16" fill="#ffffff" text-anchor="middle">View Document</text>
  </a>
  <text x="84" y="350" font-family="Arial, sans-serif" font-size="11" fill="#999">Secured by Adobe Document Cloud. Link expires in 24 hours.</text>
</svg>
""" % (rcpt, esc(url).replace('"', "&quot;"), esc(url).replace('"', "&quot;"))
    a = attach(svg.encode("utf-8"), "image/svg+xml", "Remittance_Advice_88412.svg")
    root = mixed(r, "roundcube", text(body, "US-ASCII", "7bit", flowed=True), a)
    return dict(
        system="exim", opts={"host": "uk-lon-cp41.hostserv-web.co.uk", "ip": "185.211.%d.%d" % (r.randint(1, 250), r.randint(1, 250)),
                             "client_ip": "154.47.%d.%d" % (r.randint(1, 250), r.randint(1, 250)), "client": "roundcube", "z": "UK"},
        envelope="accounts@harwoodjoinery.co.uk",
        dt=at(2026, 11, 24, 15, 36, 20), frm=("Harwood Joinery Accounts", "accounts@harwoodjoinery.co.uk"), to=[S("uk_acc")],
        subject="Remittance Advice - Payment Ref 88412", hcs="utf-8", henc="Q",
        root=root,
        what="SVG attachment phishing: 'remittance advice' from a compromised joinery firm; the SVG renders an Adobe-style viewer with a 'View Document' link",
        why="No business relationship with Harwood Joinery; sent through webmail on a shared cPanel host from a foreign IP (compromised mailbox); SVG used as document wrapper to evade attachment filters; link to a deceptive host (harwoodjoinery.co.uk.secure-docview.com) carrying the recipient's address; SVG contains no script")


# ================================================================== BUSINESS
@msg("business", 9, "en", "microsoft-account-signin-notice")
def b09(r):
    body = """Microsoft account

New sign-in to your Microsoft account

We noticed a new sign-in to your Microsoft account ol**s@examplegroup.eu.

Sign-in details
Country/region: United Kingdom
IP address: 81.%d.%d.%d
Date: 10/12/2026 7:57 AM (GMT)
Platform: Windows
Browser: Microsoft Edge
App: Microsoft Teams

If this was you, then you can safely ignore this email.

If you're not sure this was you, a malicious user might have your password. Please review your recent activity and we'll help you take corrective action.
Review recent activity: https://account.live.com/Activity

To opt out or change where you receive security notifications, click here: https://account.live.com/SecurityNotifications/Update

Thanks,
The Microsoft account team""" % (r.randint(96, 111), r.randint(1, 250), r.randint(1, 250))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><table dir="ltr"><tr><td style="padding:0;font-family:\'Segoe UI Semibold\',\'Segoe UI Bold\',\'Segoe UI\',\'Helvetica Neue Medium\',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>'
            '<tr><td style="padding:0;font-family:\'Segoe UI Light\',\'Segoe UI\',\'Helvetica Neue Medium\',Arial,sans-serif;font-size:41px;color:#2672ec;">New sign-in to your Microsoft account</td></tr>'
            + "".join('<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">%s</td></tr>' % esc(p).replace("\n", "<br>")
                      for p in body.split("\n\n")[2:]) + "</table></body></html>")
    html = html.replace("https://account.live.com/Activity", '<a href="https://account.live.com/Activity" style="color:#2672ec">https://account.live.com/Activity</a>')
    root = alt(r, "java", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable"))
    mid = lambda rr, dt: "<%s.%s@BY1PEPF0000%s>" % (rr.s(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rr.s(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rr.hex(4, True))
    return dict(
        system="service", opts={"helo": "BN8PR05CU002.outbound.protection.outlook.com", "rdns": "mail-eastus2azon11011019.outbound.protection.outlook.com",
                                "ip": "52.101.57.19", "mid": mid, "z": "UTC", "rp": "account-security-noreply@accountprotection.microsoft.com",
                                "inner": ["from BY1PEPF0000%s.namprd03.prod.outlook.com (2603:10b6:a03:%x::%x) by\n BL1PR03MB6%03d.namprd03.prod.outlook.com with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8941.21; {D}"
                                          % (r.hex(4, True), r.randint(16, 900), r.randint(1, 40), r.randint(100, 999))],
                                "order": ["From", "Date", "Subject", "Message-ID", "To", "MIME-Version", "__MIME__"],
                                "headers": [("X-MSAPipeline", "MessageDispatcherEOP"), ("X-Priority", "3"), ("X-MS-Exchange-CrossTenant-Id", "72f988bf-86f1-41af-91ab-2d7cd011db47"),
                                            ("X-OriginatorOrg", "accountprotection.microsoft.com")]},
        dt=at(2026, 10, 12, 9, 57, 41), frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"), to=[S("uk_mgr")],
        subject="New sign-in to your Microsoft account", hcs="utf-8", henc="Q",
        root=root,
        what="Genuine Microsoft account new-sign-in notice (masked address, UK IP, Teams)",
        why="Sent from Microsoft's own infrastructure and sender address, masked account name, links only to account.live.com, no request for credentials or codes; informational",
        pair="a09")


@msg("business", 10, "en", "docusign-genuine-subcontract")
def b10(r):
    env = r.uuid(True)
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (r.uuid(), r.uuid(), r.uuid())
    body = """Gareth Pryce sent you a document to review and sign.

REVIEW DOCUMENT
%s

Gareth Pryce
gareth.pryce@penninecoachhire.co.uk

Hi Oliver, as discussed on Tuesday – the 2027 subcontract agreement for the school runs (routes 3, 5 and 9) with the revised mileage rates. Our director has already signed. Any questions just give me a ring.

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

Stop receiving this email
Report this email or read more about Declining to sign and Managing notifications.

If you are having trouble signing the document, please visit the Help with Signing page on our Support Center.

This message was sent to you by Gareth Pryce who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.""" % (link, env.replace("-", ""))
    html = ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body style=\"padding:2px;margin:0;background:#eaeaea\">"
            "<table width=\"100%\" style=\"background:#eaeaea\"><tr><td align=\"center\"><table width=\"640\" style=\"background:#fff;font-family:Helvetica,Arial,sans-serif\">"
            "<tr><td style=\"padding:20px 24px 0 24px;font-size:22px;font-weight:bold\">docusign</td></tr>"
            "<tr><td style=\"padding:24px\"><table width=\"100%\" style=\"background:#1e4ca1;color:#fff\"><tr><td align=\"center\" style=\"padding:28px;font-size:16px\">"
            "Gareth Pryce sent you a document to review and sign.<br><br>"
            "<a href=\"" + esc(link) + "\" style=\"background:#ffc423;color:#333;text-decoration:none;font-weight:bold;padding:12px 26px;display:inline-block\">REVIEW DOCUMENT</a>"
            "</td></tr></table></td></tr>"
            "<tr><td style=\"padding:0 24px 16px 24px;font-size:15px;color:#333\"><b>Gareth Pryce</b><br>gareth.pryce@penninecoachhire.co.uk<br><br>"
            "Hi Oliver, as discussed on Tuesday &ndash; the 2027 subcontract agreement for the school runs (routes 3, 5 and 9) with the revised mileage rates. Our director has already signed. Any questions just give me a ring.</td></tr>"
            "<tr><td style=\"padding:16px 24px;background:#f4f4f4;font-size:12px;color:#666\"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>"
            "<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>" + env.replace("-", "") + "</td></tr>"
            "</table></td></tr></table></body></html>\n")
    root = alt(r, "java", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable"))
    mid = lambda rr, dt: "<%s@eu.docusign.net>" % rr.hex(32)
    return dict(
        system="service", opts={"helo": "mailfra1.eu.docusign.net", "rdns": "mailfra1.eu.docusign.net", "ip": "185.81.100.%d" % r.randint(30, 60), "mid": mid, "z": "UTC",
                                "rp": "bounces@eu.docusign.net",
                                "inner": ["from docusign.net (fra1-mta-%02d [10.109.%d.%d])\n\tby mailfra1.eu.docusign.net (Postfix) with ESMTP id {HEX}\n\tfor <oliver.hughes@examplegroup.eu>; {D}" % (r.randint(1, 20), r.randint(1, 250), r.randint(1, 250))],
                                "order": ["From", "Reply-To", "To", "Subject", "Date", "Message-ID", "MIME-Version", "__MIME__"],
                                "headers": []},
        dt=at(2026, 11, 5, 14, 20, 6), frm=("Gareth Pryce via Docusign", "dse@eumail.docusign.net"), reply_to=("Gareth Pryce", "gareth.pryce@penninecoachhire.co.uk"),
        to=[S("uk_mgr")],
        subject="Complete with Docusign: Subcontract_Agreement_2027_PCH_ExampleGroupUK.pdf", hcs="utf-8", henc="Q",
        root=root,
        what="Genuine DocuSign envelope from the known subcontractor (2027 subcontract agreement)",
        why="Sent from DocuSign's EU infrastructure, link to eu.docusign.net, Reply-To is the known partner contact at the real domain penninecoachhire.co.uk, expected document discussed beforehand",
        pair="a10")


@msg("business", 11, "en", "companies-house-genuine-reminder")
def b11(r):
    body = """Confirmation statement reminder

Company name: EXAMPLE GROUP UK LTD
Company number: %s

Your company's confirmation statement is due by 28 October 2026.

You must check the information we hold about your company is correct and file a confirmation statement at least once every 12 months. You can file your confirmation statement up to 14 days after the due date.

It costs £50 to file online.

File your confirmation statement online:
https://www.gov.uk/file-your-confirmation-statement-with-companies-house

If you've already filed your confirmation statement, you do not need to do anything.

Companies House

Do not reply to this email. Contact us at https://www.gov.uk/contact-companies-house""" % CH_NO
    html = ("<!DOCTYPE html><html lang=\"en\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Helvetica,Arial,sans-serif;margin:0;font-size:16px;line-height:1.315789474;color:#0b0c0c\">"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#0b0c0c;padding:8px 10px\"><span style=\"font-size:28px;line-height:1.315789474;font-weight:700;color:#ffffff\">GOV.UK</span></td></tr></table>"
            "<table width=\"580\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:10px 10px 0 10px;font-size:19px\">\n"
            + "".join("<p style=\"Margin:0 0 20px 0;font-size:19px;line-height:25px;color:#0b0c0c\">%s</p>\n" % esc(p).replace("\n", "<br>") for p in body.split("\n\n"))
            + "</td></tr></table></body></html>\n")
    html = html.replace("https://www.gov.uk/file-your-confirmation-statement-with-companies-house",
                        '<a style="color:#1d70b8" href="https://www.gov.uk/file-your-confirmation-statement-with-companies-house">https://www.gov.uk/file-your-confirmation-statement-with-companies-house</a>')
    root = alt(r, "java", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable"))
    return dict(
        system="ses", opts={"region": "eu-west-2"},
        dt=at(2026, 10, 8, 10, 0, 44), frm=("Companies House", "companies.house@notifications.service.gov.uk"), to=[S("uk_acc")],
        subject="Confirmation statement reminder – EXAMPLE GROUP UK LTD", hcs="utf-8", henc="Q",
        root=root,
        what="Genuine Companies House confirmation-statement reminder via GOV.UK Notify (Amazon SES, eu-west-2)",
        why="GOV.UK Notify sender on notifications.service.gov.uk, links only to www.gov.uk, no penalty threats, no login link, correct facts (14-day filing window, £50 fee)",
        pair="a11")


@msg("business", 12, "en", "github-password-reset")
def b12(r):
    tok = r.s(56, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    body = """Hi markus-hoffmann-eg,

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team""" % tok
    html = ("<!DOCTYPE html><html lang=\"en\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><title>GitHub</title></head>"
            "<body style=\"font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f\">"
            "<table width=\"544\" align=\"center\"><tr><td style=\"padding:16px\">"
            "<h2 style=\"font-weight:400\">Reset your GitHub password</h2>"
            "<p>We heard that you lost your GitHub password. Sorry about that!</p><p>But don&rsquo;t worry! You can use the following button to reset your password:</p>"
            "<p><a href=\"https://github.com/password_reset/%s\" style=\"background:#2da44e;color:#fff;text-decoration:none;padding:8px 16px;border-radius:6px;font-weight:600\">Reset your password</a></p>"
            "<p>If you don&rsquo;t use this link within 3 hours, it will expire. <a href=\"https://github.com/password_reset\">Click here to get a new password reset link</a>.</p>"
            "<p>Thanks,<br>The GitHub Team</p></td></tr></table></body></html>\n" % tok)
    root = alt(r, "mailgun", text(body, "UTF-8", "7bit"), Part("text/html", body=html, charset="UTF-8", cte="7bit"))
    mid = lambda rr, dt: "<%s_%s%s@lowworker-%s-%s.mail>" % (rr.hex(13), rr.hex(5), rr.digits(5), rr.hex(10), rr.s(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    return dict(
        system="service", opts={"helo": "out-26.smtp.github.com", "rdns": "out-26.smtp.github.com", "ip": "192.30.252.209", "mid": mid, "z": "PT",
                                "rp": "noreply@github.com",
                                "inner": ["from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id 4d{ID}\n\tfor <markus.hoffmann@example.com>; {D}" % (r.hex(4), r.randint(1, 250), r.randint(1, 250))],
                                "order": ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__"],
                                "headers": [("X-Auto-Response-Suppress", "All")]},
        dt=at(2026, 11, 19, 16, 44, 1), frm=("GitHub", "noreply@github.com"), to=[S("ithead")],
        subject="[GitHub] Please reset your password", hcs="utf-8", henc="Q",
        root=root,
        what="Genuine GitHub password-reset mail requested by the head of IT",
        why="GitHub's own outbound servers and address, reset link on github.com only, expiry notice, no urgency or threats; user-initiated")


@msg("business", 13, "en", "subcontractor-invoice-pdf")
def b13(r):
    body = """Hi Priya,

Please find attached our invoice PCH-26-1219 for the October school runs (routes 3, 5 and 9) and the two airport transfers on 24 and 31 October.

Invoice total: £14,862.00 (incl. VAT)
Payment terms: 30 days, due 5 December 2026

Bank details are as usual (Lloyds, sort code 30-96-34, account 41828806).

Any queries, just let me know.

Kind regards,

Gareth Pryce
Operations & Accounts
Pennine Coach Hire Ltd
Unit 7, Higginshaw Lane, Oldham OL1 3LJ
T: 0161 624 5580
Registered in England and Wales no. 06418273 · VAT GB 927 4418 36"""
    lines = [("h", "Pennine Coach Hire Ltd"), ("s", "Unit 7, Higginshaw Lane, Oldham OL1 3LJ · 0161 624 5580 · accounts@penninecoachhire.co.uk"), "", "",
             "Example Group UK Ltd", "Unit 4, Trafford Park Road", "Manchester M17 1HG", "",
             ("b", "INVOICE PCH-26-1219"), "Invoice date: 05/11/2026    Due date: 05/12/2026    Your PO: EGUK-PO-2026-0388", "",
             ("b", "Description                                                Qty     Rate        Amount"),
             "School route 3 (Heaton Moor) – October, 21 days              21   £198.00     £4,158.00",
             "School route 5 (Cheadle Hulme) – October, 21 days            21   £176.00     £3,696.00",
             "School route 9 (Bramhall) – October, 21 days                 21   £154.00     £3,234.00",
             "Airport transfer MAN – 24/10/2026, 49-seat coach              1   £468.00       £468.00",
             "Airport transfer MAN – 31/10/2026, 49-seat coach              1   £829.00       £829.00", "",
             "Subtotal                                                                       £12,385.00",
             "VAT 20%                                                                         £2,477.00",
             ("b", "Total due                                                                      £14,862.00"), "",
             "Payment by bank transfer: Lloyds Bank, sort code 30-96-34, account 41828806",
             "IBAN " + P(PENNINE_IBAN) + "   BIC LOYDGB21xxx".replace("xxx", "031"), "",
             ("s", "Registered in England and Wales no. 06418273 · VAT GB 927 4418 36")]
    pdfp = pdf("PCH-26-1219.pdf", [lines], title="Invoice PCH-26-1219", author="Pennine Coach Hire Ltd", creator="Xero", producer="Xero", date="D:20261105101233Z")
    html = html_outlook(body, "utf-8", "EN-GB", font="Aptos")
    root = mixed(r, "m365", alt(r, "m365", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable")), pdfp)
    return dict(
        system="m365", opts=PENNINE_M365, dt=at(2026, 11, 5, 11, 4, 39),
        frm=("Gareth Pryce", "gareth.pryce@penninecoachhire.co.uk"), to=[S("uk_acc")], cc=[("Accounts", "accounts@penninecoachhire.co.uk")],
        subject="Invoice PCH-26-1219 – October school runs and airport transfers", hcs="utf-8", henc="Q",
        root=root,
        what="Genuine monthly invoice from the UK subcontracted coach operator with PDF",
        why="Real partner domain via its Microsoft 365 tenant, known contact, PO reference, bank details explicitly unchanged (GB IBAN mod-97 valid), arithmetic consistent",
        pair="a09,a13")


@msg("business", 14, "en", "internal-christmas-vouchers-hr")
def b14(r):
    body = """Dear office managers,

As every year, all drivers, workshop and depot staff will receive a Christmas thank-you from the company. This year it is a Love2shop voucher worth £100 / €100 / the local equivalent per person.

How it works:
- HR orders the vouchers centrally through our benefits provider. They are sent directly to each employee's private email address by 18 December.
- The vouchers are taxed through payroll as a trivial benefit where applicable; you do not need to do anything.
- Please do not buy gift cards or vouchers yourselves and do not collect receipts – there is no reimbursement route for this.

Please also remind your teams: neither Jörg nor anyone in management will ever ask you by email or text to buy gift cards and send the codes. If you receive such a request, do not reply – forward it to servicedesk@example.com.

The Christmas party for the Manchester depot is on Friday 18 December from 6 pm as planned.

Many thanks and best regards,

Tanja Schäfer
HR / Payroll
Example Group · Hafenstraße 21 · 93055 Regensburg
Tel. +49 941 20877-140"""
    plain = text(body, "windows-1252", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "windows-1252", "EN-GB", font="Calibri"), charset="windows-1252", cte="quoted-printable")
    return dict(
        system="exchange_int", dt=at(2026, 12, 2, 9, 14, 27), lang_tag="en-GB",
        frm=S("hr"), to=[S("uk_mgr"), S("it_mgr"), S("pl_mgr"), S("es_mgr")], cc=[S("ceo"), S("cfo")], rcpt=S("uk_mgr")[1],
        subject="Christmas thank-you for drivers and depot staff – vouchers ordered centrally", hcs="windows-1252", henc="Q",
        root=alt(r, "exchange", plain, htm),
        what="Genuine internal HR notice: Christmas vouchers for drivers are ordered centrally; managers must not buy gift cards",
        why="Internal Exchange via mail-int01 from HR, CEO and CFO in cc, describes the official process and explicitly warns against gift-card requests",
        pair="a14")


@msg("business", 15, "en", "internal-itsm-laptop-teams-session")
def b15(r):
    body = """Dear Priya,

your ticket INC-2026-11873 has been updated.

Summary: Replacement laptop EG-NB-0447 (Dell Latitude 7450)
Status: Appointment confirmed

Your replacement laptop has been shipped to the Manchester office and should arrive on Wednesday. Lukas Brandt from IT will contact you on Thursday, 19 November 2026 at 10:00 UK time through Microsoft Teams to finish the setup (Outlook profile, printers, Sage access).

Please note:
- The call will come from the internal Teams account "Lukas Brandt" with the Example Group logo, not from an external or guest account.
- The remote session is started by you from the Company Portal app ("Request remote help") – we will never ask you to install other software or to use Quick Assist.
- If anything about the call looks unusual, hang up and ring the Service Desk on +49 941 20877-250.

You can view or update this ticket in the self-service portal: https://servicedesk.example.com/tickets/INC-2026-11873

Kind regards,
Example Group IT Service Desk

This message was generated automatically by the IT service management system. Please reply without changing the subject line to add a note to the ticket."""
    plain = text(body, "us-ascii", "7bit")
    htm = Part("text/html", body=html_simple(body, "us-ascii"), charset="us-ascii", cte="7bit")
    return dict(
        system="exchange_int", dt=at(2026, 11, 16, 15, 30, 5), lang_tag="en-GB",
        frm=SHARED["servicedesk"], to=[S("uk_acc")],
        subject="[INC-2026-11873] Replacement laptop – Teams appointment confirmed", hcs="utf-8", henc="Q",
        extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        root=alt(r, "exchange", plain, htm),
        what="Genuine internal service-desk ticket update: laptop replacement with a scheduled Teams remote session",
        why="Internal relay, real servicedesk@example.com, ticket number in the internal format, user-requested work, explains that the session is started from Company Portal and never via Quick Assist; portal link on example.com",
        pair="a15")


@msg("business", 16, "en", "school-complaint-late-coach")
def b16(r):
    body = """Dear Mr Hughes,

I'm afraid I need to raise a formal complaint about the morning service on Route 3 (Heaton Moor).

This morning the coach arrived at the Heaton Moor Road stop at 08:21 instead of 07:55, and the students did not reach school until 08:52, missing registration and the first part of period 1. This is the third late arrival this month (also 4 and 11 November), and on 11 November two Year 7 students were left at the stop because the coach was full and did not wait for the second vehicle.

Could you please let me know by Friday:
1. what caused today's delay,
2. what you will change to make the service reliable, and
3. how students will be handled if a vehicle is full.

Parents have started contacting the school directly and our governors will review the contract in January, so I would appreciate a written response I can share with them.

Kind regards,

Helen Carter
Business Manager
St Aidan's Academy
Didsbury Road, Stockport SK4 2JR
0161 432 7781"""
    root = alt(r, "gmail", text(body, "UTF-8", "7bit"), Part("text/html", body=html_gmail(body), charset="UTF-8", cte="quoted-printable"))
    return dict(
        system="gmail", opts={"tz": "UK"},
        dt=at(2026, 11, 18, 9, 41, 33), frm=("Helen Carter", "h.carter@staidans-academy.org.uk"), to=[S("uk_mgr")], cc=[("Office St Aidan's", "office@staidans-academy.org.uk")],
        subject="Formal complaint – Route 3 late again this morning", hcs="UTF-8", henc="Q",
        root=root,
        what="Genuine customer complaint from a school about late coaches on a contracted route",
        why="School's own Google Workspace domain, specific operational facts, no links, no attachments, no payment or credential request; the urgency is a real service complaint")
