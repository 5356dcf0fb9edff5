"""Genuine business messages 09-16 (English)."""
from lib import *

F = 'business'


def b09():
    a, acct, er = hx('b09a', 8) + '-' + hx('b09b', 4) + '-' + hx('b09c', 4) + '-' + hx('b09d', 4) + '-' + hx('b09e', 12), \
        hx('b09f', 36), hx('b09g', 36)
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (a, acct, er)
    code = hx('b09code', 32, UPHEX) + '2'
    plain = """Oliver Grant sent you a document to review and sign.

REVIEW DOCUMENT
{link}

Oliver Grant
oliver.grant@meridian-chartering.co.uk

Dear Dr Brückner,

As discussed with your chartering team, please find the clean fixture recap and the time charter party for MV Aegean Bridge (12 months, delivery Piraeus 15 January 2027) for signature on behalf of Charterers. Owners will countersign upon receipt.

Kind regards,
Oliver

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
{code}

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

Report this email or read more about Declining to sign and Managing notifications.
""".format(link=link, code=code)
    htm = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:2%;background-color:#ffffff;font-family:Helvetica,Arial,Sans Serif">
<table role="presentation" border="0" cellspacing="0" cellpadding="0" align="center" width="100%" dir=""><tr><td></td><td width="640">
<table role="presentation" style="border-collapse:collapse;background-color:#ffffff;max-width:640px"><tr><td style="padding:10px 24px"><img data-imagetype="External" src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" style="border:none" width="116" height="34"></td></tr>
<tr><td style="padding:0px 24px 30px 24px"><table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%" align="center" style="background-color:#4c00ff;color:#ffffff"><tr><td align="center" style="padding:28px 36px 36px 36px;border-radius:2px;background-color:#4c00ff;color:#ffffff;font-size:16px;font-family:Helvetica,Arial,Sans Serif;width:100%;text-align:center">
Oliver Grant sent you a document to review and sign.<br><br>
<table cellspacing="0" cellpadding="0"><tr><td align="center" height="44" style="font-size:15px;color:#000000;background-color:#ffc820;font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;display:block"><a href="{link}" style="font-size:15px;color:#000000;text-decoration:none;padding:0px 24px;line-height:44px"><span>REVIEW DOCUMENT</span></a></td></tr></table>
</td></tr></table></td></tr>
<tr><td style="padding:0px 24px 24px 24px;color:#000000;font-size:16px;font-family:Helvetica,Arial,Sans Serif;background-color:white">
<table role="presentation"><tr><td style="padding-bottom:20px"><div style="font-family:Helvetica,Arial,Sans Serif;font-weight:bold;line-height:18px;font-size:15px;color:#333333">Oliver Grant</div>
<div style="font-family:Helvetica,Arial,Sans Serif;line-height:18px;font-size:15px;color:#666666"><a href="mailto:oliver.grant@meridian-chartering.co.uk">oliver.grant@meridian-chartering.co.uk</a></div></td></tr></table>
<span style="font-size:15px;color:#333333;font-family:Helvetica,Arial,Sans Serif;line-height:20px">Dear Dr Brückner,<br><br>As discussed with your chartering team, please find the clean fixture recap and the time charter party for MV Aegean Bridge (12 months, delivery Piraeus 15 January 2027) for signature on behalf of Charterers. Owners will countersign upon receipt.<br><br>Kind regards,<br>Oliver</span></td></tr>
<tr><td style="padding:0px 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,Sans Serif;font-size:11px;color:#666666">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>{code}<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management&trade;.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
Report this email or read more about <a href="https://support.docusign.com/s/articles/How-do-I-decline-to-sign-a-document-Signer-Guide">Declining to sign</a> and <a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications">Managing notifications</a>.<br><br>
Download the Docusign App<br><br>This message was sent to you by Oliver Grant who is using the Docusign Electronic Signature Service.</td></tr>
</table></td><td></td></tr></table></body></html>
""".format(link=link, code=code)
    Mail(F, 9, 'en', 'docusign-charter-party-genuine',
         DocuSignEU(), T(2026, 12, 2, 15, 31, 48), ('Oliver Grant via Docusign', 'dse@eumail.docusign.net'),
         [S('ceo')], 'Complete with Docusign: TCP MV Aegean Bridge - Meridian - Example Group 2027.pdf',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         reply_to=C['grant'],
         what='Genuine DocuSign envelope from the company\'s ship broker for a time charter party.',
         why='Sent by DocuSign\'s EU platform (eumail.docusign.net) with the broker as Reply-To; the review link points '
             'to eu.docusign.net; expected document from a known counterparty. Hard negative for attack/09.')


def b10():
    plain = """Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account th*****@example.com.

Sign-in details

Country/region: Germany
IP address: 87.138.201.61
Date: 11/18/2026 7:54 AM (GMT)
Platform: Windows 11
Browser: Microsoft Edge

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

Review recent activity: https://account.live.com/Activity

To opt out or change where you receive security notifications, click here: https://account.live.com/SecurityNotifications/Update

Thanks,
The Microsoft account team

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    htm = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table dir="ltr"><tr><td id="i1" style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>
<tr><td id="i2" style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec;">Unusual sign-in activity</td></tr>
<tr><td id="i3" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" id="iAccount" class="link" style="color:#2672ec;text-decoration:none;" href="mailto:th*****@example.com">th*****@example.com</a>.</td></tr>
<tr><td id="i4" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;"><b>Sign-in details</b><br><br>Country/region: Germany<br>IP address: 87.138.201.61<br>Date: 11/18/2026 7:54 AM (GMT)<br>Platform: Windows 11<br>Browser: Microsoft Edge</td></tr>
<tr><td id="i5" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.</td></tr>
<tr><td style="padding:0;padding-top:25px;"><table border="0" cellspacing="0"><tr><td bgcolor="#2672ec" style="background-color:#2672ec;padding-top:5px;padding-right:20px;padding-bottom:5px;padding-left:20px;min-width:50px;"><a id="i6" style="font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:14px;text-align:center;text-decoration:none;font-weight:600;letter-spacing:0.02em;color:#fff;" href="https://account.live.com/Activity">Review recent activity</a></td></tr></table></td></tr>
<tr><td id="i7" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">To opt out or change where you receive security notifications, <a id="iLink5" class="link" style="color:#2672ec;text-decoration:none;" href="https://account.live.com/SecurityNotifications/Update">click here</a>.</td></tr>
<tr><td id="i8" style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Thanks,</td></tr>
<tr><td id="i9" style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The Microsoft account team</td></tr>
</table></body></html>
"""
    Mail(F, 10, 'en', 'microsoft-account-unusual-signin-genuine',
         ServiceEXO(org='accountprotection.microsoft.com', region='NAM'), T(2026, 11, 18, 7, 55, 31),
         ('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'), [S('ithead')],
         'Microsoft account unusual sign-in activity',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         what='Genuine Microsoft account security alert (sign-in from the Kiel office IP).',
         why='Sent by Microsoft over Exchange Online Protection from accountprotection.microsoft.com; links only to '
             'account.live.com and go.microsoft.com; masked account name; the reported IP is the company\'s own. '
             'Hard negative for Microsoft-branded phishing (attack/06, 11, 30).')


def b11():
    tok = hx('b11tok', 40, ALNUM)
    link = 'https://github.com/password_reset/%s' % tok
    plain = """Hi lena-vogt-exg,

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

{link}

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team

---
You're receiving this email because a password reset was requested for your account.

GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107
""".format(link=link)
    htm = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>[GitHub] Please reset your password</title></head>
<body style="box-sizing:border-box;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#24292e;background-color:#fff;margin:0">
<table align="center" width="100%" style="max-width:544px;margin:0 auto"><tr><td style="padding:16px">
<p style="font-size:24px;font-weight:300;margin-top:0">Reset your GitHub password</p>
<div style="border:1px solid #e1e4e8;border-radius:6px;padding:24px">
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don&#8217;t worry! You can use the following button to reset your password:</p>
<p style="text-align:center"><a href="{link}" style="background-color:#28a745;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:500">Reset your password</a></p>
<p>If you don&#8217;t use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
<p>Thanks,<br>The GitHub Team</p></div>
<p style="font-size:12px;color:#6a737d;text-align:center">You&#8217;re receiving this email because a password reset was requested for your account.<br>GitHub, Inc. &#12539;88 Colin P Kelly Jr Street &#12539;San Francisco, CA 94107</p>
</td></tr></table></body></html>
""".format(link=link)
    Mail(F, 11, 'en', 'github-password-reset-genuine',
         GitHub(), T(2026, 10, 29, 14, 3, 17), ('GitHub', 'noreply@github.com'), [S('itsec')],
         '[GitHub] Please reset your password',
         alt(text(plain, 'UTF-8', 'quoted-printable'), html(htm, 'UTF-8', 'quoted-printable')),
         what='Genuine GitHub password-reset mail requested by the IT security admin.',
         why='Sent from GitHub\'s own SMTP (out-*.smtp.github.com), links only to github.com, expiring token, no '
             'pressure. Password-reset wording like this must not be flagged on wording alone.')


def b12():
    plain = """Google

A new sign-in on Mac

julia.lehmann@examplegroup.eu

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
https://accounts.google.com/AccountChooser?Email=julia.lehmann@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/{t}?rfn%3D325%26rfnc%3D1%26eid%3D{e}%26et%3D0

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""".format(t=hnum('b12t', 10 ** 12, 10 ** 13), e=hnum('b12e', 10 ** 18, 10 ** 19))
    htm = """<!DOCTYPE html><html lang="en"><head><meta name="format-detection" content="email=no"><meta name="format-detection" content="date=no"><style nonce="{n}">.awl a {{color: #FFFFFF; text-decoration: none;}} .abml a {{color: #000000; font-family: Roboto-Medium,Helvetica,Arial,sans-serif; font-weight: bold; text-decoration: none;}}</style></head>
<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%" height="100%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0" lang="en"><tr height="32" style="height:32px"><td></td></tr>
<tr align="center"><td><div><div></div></div><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px"><tr><td width="8" style="width:8px"></td><td>
<div style="border-style:solid;border-width:thin;border-color:#dadce0;border-radius:8px;padding:40px 20px" align="center" class="mdv2rw"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom:16px" alt="Google">
<div style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center;word-break:break-word"><div style="font-size:24px">A new sign-in on Mac</div>
<table align="center" style="margin-top:8px"><tr style="line-height:normal"><td align="right" style="padding-right:8px"></td><td><a style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.87);font-size:14px;line-height:20px">julia.lehmann@examplegroup.eu</a></td></tr></table></div>
<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:left">We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don&#39;t need to do anything. If not, we&#39;ll help you secure your account.<div style="padding-top:32px;text-align:center"><a href="https://accounts.google.com/AccountChooser?Email=julia.lehmann@examplegroup.eu&amp;continue=https://myaccount.google.com/alert/nt/{t}?rfn%3D325%26rfnc%3D1%26eid%3D{e}%26et%3D0" target="_blank" link-id="main-button-link" style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184f3;border-radius:5px;min-width:90px">Check activity</a></div></div>
<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></div></div>
<div style="text-align:left"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center"><div>You received this email to let you know about important changes to your Google Account and services.</div><div style="direction:ltr">&copy; 2026 Google LLC, <a class="afal" style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div>
</td><td width="8" style="width:8px"></td></tr></table></td></tr><tr height="32" style="height:32px"><td></td></tr></table></body></html>
""".format(n=hx('b12n', 22, ALNUM), t=hnum('b12t', 10 ** 12, 10 ** 13), e=hnum('b12e', 10 ** 18, 10 ** 19))
    Mail(F, 12, 'en', 'google-new-signin-alert-genuine',
         GoogleNotify(), T(2026, 10, 15, 12, 26, 44), ('Google', 'no-reply@accounts.google.com'), [S('pax')],
         'Security alert',
         alt(text(plain, 'UTF-8', 'quoted-printable'), html(htm, 'UTF-8', 'quoted-printable')),
         what='Genuine Google security alert for the marketing Google account (new sign-in on a Mac).',
         why='From accounts.google.com via Google\'s own sender (mail-sor-*.google.com), bounce address at '
             'gaia.bounces.google.com; links only to accounts.google.com / myaccount.google.com.')


def b13():
    bank, bic, iban = BANK['channel']
    body = """Dear Sarah,

Please find attached our invoice INV-CH-26-04417 for haulage services in October 2026 (Dover Eastern Docks - Ashford / Thurrock, 46 trailer movements).

Invoice total: £18,441.60 (incl. VAT)
Payment terms: 30 days, due 04/12/2026

Our bank details are unchanged (Barclays, sort code 20-27-15, account 43871105). A remittance advice to accounts@channelhaulage.co.uk is always appreciated.

Kind regards,

Debbie Turner
Accounts Receivable
Channel Haulage Ltd
Unit 4, Whitfield Business Park, Dover CT16 3PX
T +44 1304 960 400
Registered in England and Wales No. 07718264 | VAT {vat}
""".format(vat=ck.gb_vat('2184471'))
    inv = pdf_part([
        '# Channel Haulage Ltd', 'Unit 4, Whitfield Business Park, Dover CT16 3PX · VAT ' + ck.gb_vat('2184471'), '',
        '## INVOICE INV-CH-26-04417', 'Date: 04/11/2026       Due: 04/12/2026       Account: EXG-UK-001', '',
        'Bill to: Example Group UK Ltd, Eastern Docks, Dover CT16 1JA', '',
        '## Description                                                    Qty       Rate        Amount',
        'Trailer haulage Dover ED - Ashford                                 29      £248.00    £7,192.00',
        'Trailer haulage Dover ED - Thurrock                                17      £458.00    £7,786.00',
        'Waiting time (hours)                                                 6       £65.00      £390.00',
        'Subtotal £15,368.00        VAT 20% £3,073.60        Total £18,441.60', '',
        'Payment: ' + bank + ', sort code 20-27-15, account 43871105', 'IBAN ' + pretty(iban) + '   BIC ' + bic],
        'INV-CH-26-04417.pdf', title='INV-CH-26-04417', author='Channel Haulage Ltd', producer='Sage Accounts 32.0',
        creator='Sage 50 Accounts', created="D:20261104090012Z")
    Mail(F, 13, 'en', 'haulier-invoice-channel-haulage',
         EXO(org='channelhaulage.co.uk', region='GBR', lang='en-GB'), T(2026, 11, 4, 9, 14, 52),
         ('Channel Haulage Accounts', 'accounts@channelhaulage.co.uk'), [S('uk_acc')],
         'Invoice INV-CH-26-04417 - Example Group UK Ltd - October 2026',
         mixed(outlook_alt(body, 'iso-8859-1'), inv),
         what='Monthly haulage invoice from a known UK haulier, PDF attached.',
         why='Genuine domain and Microsoft 365 tenant (X-OriginatorOrg channelhaulage.co.uk), bank details explicitly '
             'unchanged, plain PDF from Sage. Hard negative for attack/15 (remittance SVG) and attack/12.')


def b14():
    unsub = 'https://u4218776.ct.sendgrid.net/asm/unsubscribe/?user_id=4218776&data=%s' % hx('b14', 64, ALNUM)
    plain = """ShortSea Insight - Weekly briefing, 19 November 2026

In this issue
- Channel freight: trailer volumes on Dover Strait routes up 2.1% year on year
- ETS surcharges: how ferry operators are passing on 2026 allowance costs
- Baltic: new RoPax tonnage delivered to two operators in Q4
- Mediterranean: Genoa and Valencia report record ro-ro calls

Read the full briefing: https://www.shortsea-insight.com/briefing/2026-11-19

You are receiving this email because you subscribed to ShortSea Insight with james.whitfield@example.com.
Manage preferences: https://www.shortsea-insight.com/account/preferences
Unsubscribe: {unsub}

ShortSea Insight Ltd, 20 St Dunstan's Hill, London EC3R 8HL
""".format(unsub=unsub)
    htm = """<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>ShortSea Insight</title></head>
<body style="margin:0;background:#f4f6f8;font-family:Helvetica,Arial,sans-serif">
<center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 24px;border-bottom:4px solid #00a3ad"><span style="font-size:24px;font-weight:bold;color:#13294b">ShortSea</span><span style="font-size:24px;color:#00a3ad"> Insight</span><br><span style="font-size:12px;color:#777">Weekly briefing &middot; 19 November 2026</span></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;color:#222;line-height:22px">
<h2 style="font-size:18px;color:#13294b">Channel freight: trailer volumes on Dover Strait routes up 2.1%</h2>
<p>Unaccompanied and driver-accompanied trailer units across the Strait rose modestly in October, with growth concentrated on overnight sailings.</p>
<h2 style="font-size:18px;color:#13294b">ETS surcharges: how operators pass on 2026 allowance costs</h2>
<p>With 100% of verified emissions now in scope, most operators have moved from flat to per-lane-metre surcharges.</p>
<h2 style="font-size:18px;color:#13294b">Baltic and Mediterranean round-up</h2>
<p>New RoPax tonnage in the Baltic; Genoa and Valencia report record ro-ro calls.</p>
<p><a href="https://www.shortsea-insight.com/briefing/2026-11-19" style="color:#00a3ad;font-weight:bold">Read the full briefing &rarr;</a></p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#f4f6f8">You are receiving this email because you subscribed to ShortSea Insight with james.whitfield@example.com.<br><a href="https://www.shortsea-insight.com/account/preferences">Manage preferences</a> &middot; <a href="{unsub}">Unsubscribe</a><br>ShortSea Insight Ltd, 20 St Dunstan's Hill, London EC3R 8HL</td></tr>
</table></center><img src="https://u4218776.ct.sendgrid.net/wf/open?upn={o}" alt="" width="1" height="1" border="0" style="height:1px!important;width:1px!important"></body></html>
""".format(unsub=unsub, o=hx('b14o', 80, ALNUM))
    Mail(F, 14, 'en', 'newsletter-shortsea-insight-sendgrid',
         SendGrid(uid=4218776, em='em4821.shortsea-insight.com', ptr='o1.ptr4812.shortsea-insight.com'),
         T(2026, 11, 19, 7, 0, 9), ('ShortSea Insight', 'briefing@shortsea-insight.com'), [S('uk_mgr')],
         'Weekly briefing: Dover Strait volumes, ETS surcharges, new Baltic tonnage',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe@em4821.shortsea-insight.com?subject=unsubscribe>' % unsub),
                ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
         what='Subscribed trade newsletter delivered through SendGrid.',
         why='Branded SendGrid sending (em4821.shortsea-insight.com, own PTR), List-Unsubscribe with One-Click, '
             'subscription notice in the footer, editorial content. Same ESP as several attacks - the ESP alone is no '
             'signal.')


def b15():
    body = """Hi Thomas,

Sorry to write from my personal email - my work laptop (EXG-NB-0417) won't start this morning. It goes straight to a blue BitLocker recovery screen asking for a 48-digit key, so I can't get into Outlook or Teams.

Could someone from IT ring me at the Dover office on 01304 960 212 (or my mobile, James has the number)? I'd rather not have the recovery key or anything else sent to this address - happy to wait for a call.

I've got the month-end reconciliations due on Friday, so I'd be grateful if we could sort it today.

Thanks,
Sarah

Sarah Collins
Accountant, Example Group UK Ltd"""
    Mail(F, 15, 'en', 'employee-broken-laptop-from-private-gmail',
         Gmail(host=('wr1', 'f50', '209.85.221.50'), zone='WET'), T(2026, 11, 30, 8, 12, 37),
         ('Sarah Collins', 'sarah.collins84@gmail.com'), [S('ithead')],
         'Laptop not starting - BitLocker recovery screen',
         alt(text(body, 'UTF-8', '7bit'), html('<div dir="ltr">' + h2t(body).replace('\n', '<br>') + '</div>\n', 'UTF-8', '7bit')),
         cc=[S('uk_mgr')],
         what='UK accountant reports a broken laptop from her private Gmail address.',
         why='Plausible private Gmail, copies her manager, asks for a phone call and explicitly declines to receive '
             'secrets by mail; no link, no payment, no attachment. Hard negative for free-mail "employee" mail '
             '(attack/03).')


def b16():
    plain = """Companies House

EXAMPLE GROUP UK LTD (09184472)

Your company's confirmation statement is due

Your company's confirmation statement must be delivered by 28 October 2026.

You can file it online. It costs £50 and takes around 15 minutes:
https://www.gov.uk/file-your-confirmation-statement-with-companies-house

You'll need the company authentication code. Do not share this code with anyone outside your company.

If you've already filed your confirmation statement, you do not need to do anything.

Companies House
https://www.gov.uk/government/organisations/companies-house
"""
    htm = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta content="width=device-width, initial-scale=1" name="viewport"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:16px;margin:0;color:#0b0c0c">
<table role="presentation" width="100%" style="border-collapse:collapse;min-width:100%;width:100%!important" cellpadding="0" cellspacing="0" border="0"><tr><td width="100%" height="53" bgcolor="#0b0c0c">
<table role="presentation" width="100%" style="border-collapse:collapse;max-width:580px" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td width="70" bgcolor="#0b0c0c" valign="middle"><span style="font-family:Helvetica,Arial,sans-serif;font-weight:700;color:#ffffff;font-size:28px;line-height:1.315789474;display:inline-block;padding-left:10px">GOV.UK</span></td></tr></table></td></tr></table>
<table role="presentation" class="content" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;max-width:580px;width:100%!important" width="100%"><tr><td height="30"><br></td></tr><tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:19px;line-height:1.315789474;max-width:560px">
<p style="margin:0 0 20px 0">Companies House</p><p style="margin:0 0 20px 0"><strong>EXAMPLE GROUP UK LTD (09184472)</strong></p>
<h2 style="margin:0 0 15px 0;font-size:27px">Your company's confirmation statement is due</h2>
<p style="margin:0 0 20px 0">Your company's confirmation statement must be delivered by 28 October 2026.</p>
<p style="margin:0 0 20px 0">You can file it online. It costs &pound;50 and takes around 15 minutes:<br><a style="word-wrap:break-word;color:#1D70B8" href="https://www.gov.uk/file-your-confirmation-statement-with-companies-house">https://www.gov.uk/file-your-confirmation-statement-with-companies-house</a></p>
<p style="margin:0 0 20px 0">You'll need the company authentication code. Do not share this code with anyone outside your company.</p>
<p style="margin:0 0 20px 0">If you've already filed your confirmation statement, you do not need to do anything.</p>
</td></tr><tr><td height="30"><br></td></tr></table></body></html>
"""
    Mail(F, 16, 'en', 'companies-house-reminder-gov-notify',
         SES(region='eu-west-2', date_zone='UTC'), T(2026, 10, 14, 10, 2, 51),
         ('Companies House', 'companies.house@notifications.service.gov.uk'), [S('uk_acc')],
         'Your confirmation statement is due - EXAMPLE GROUP UK LTD',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         what='Genuine Companies House reminder sent through GOV.UK Notify.',
         why='notifications.service.gov.uk via Amazon SES eu-west-2 (GOV.UK Notify infrastructure), only gov.uk links, '
             'correct statutory fee, no credentials requested. Hard negative for attack/10.')


def build():
    for f in (b09, b10, b11, b12, b13, b14, b15, b16):
        f()
