"""Genuine business messages 09-16 (English)."""
import files
import ids
import infra
from company import BANK, VAT, S, C
from helpers import alt, esc, html_gmail, html_outlook, html_tb, mixed, pdf_att, quote_outlook, related, zip_att
from mime import Bin, Multi, Text

MSGS = []


def reg(f):
    MSGS.append(f)
    return f


def B(num, lang, slug, **kw):
    d = dict(folder='business', num=num, lang=lang, slug=slug)
    d.update(kw)
    return d


# --- English ---------------------------------------------------------------------------------------
@reg
def b09():
    env = '8f4c2b71-3e5d-4a9c-b6f0-1d2e7a9c5b34'
    link = f'https://eu.docusign.net/Signing/EmailStart.aspx?a=6d0e4c1a-92f7-4b3e-8a51-7c2f0d9e1b46&etti=24&acct=3b7a9e21-5c4d-4f18-a0e2-9d6c1b7f3a58&er={env}'
    plain = f"""James Whitfield sent you a document to review and sign.

REVIEW DOCUMENT
{link}

James Whitfield
j.whitfield@castlefield-pm.co.uk

Dear Oliver,

As agreed at our meeting on 12 November, please find the lease renewal for Unit 4, Peter House (1 January 2027 to 31 December 2031) for signature. Your solicitor has already approved this version.

Kind regards,
James

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
5B9A1E7C4D2F4A6B8C0D3E5F7A9B1C2D4

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

This message was sent to you by James Whitfield who is using the Docusign Electronic Signature Service."""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background:#eaeaea">
<table style="background:#eaeaea;width:100%" cellpadding="0" cellspacing="0"><tr><td style="padding:2% 2%">
<table style="background:#ffffff;max-width:640px;width:100%;font-family:Helvetica,Arial,sans-serif" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" width="116"></td></tr>
<tr><td style="padding:0 24px 30px 24px"><table style="background:#4c00ff;width:100%;color:#ffffff;text-align:center"><tr><td style="padding:28px 24px">
<p style="font-size:16px">James Whitfield sent you a document to review and sign.</p>
<a href="{link}" style="background:#ffc820;color:#000000;font-size:14px;font-weight:bold;padding:12px 22px;text-decoration:none;display:inline-block">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333333">
<p><b>James Whitfield</b><br><a href="mailto:j.whitfield@castlefield-pm.co.uk">j.whitfield@castlefield-pm.co.uk</a></p>
<p>Dear Oliver,</p><p>As agreed at our meeting on 12 November, please find the lease renewal for Unit 4, Peter House (1 January 2027 to 31 December 2031) for signature. Your solicitor has already approved this version.</p><p>Kind regards,<br>James</p></td></tr>
<tr><td style="padding:0 24px 12px 24px;background:#ffffff;font-size:11px;color:#666666">
<p><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
<p><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>5B9A1E7C4D2F4A6B8C0D3E5F7A9B1C2D4</p>
<p><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</p>
<p>This message was sent to you by James Whitfield who is using the Docusign Electronic Signature Service.</p></td></tr>
</table></td></tr></table></body></html>"""
    return B(9, 'en', 'docusign-lease-renewal-genuine',
             date='2026-11-19 11:24:40', zone='UK',
             **{'from': ('James Whitfield via Docusign', 'dse@eumail.docusign.net')}, to=[S('uk_mgr')],
             reply_to=C('castlefield'),
             env_from='bounces@eumail.docusign.net',
             subject='Complete with Docusign: Peter House Unit 4 - Lease Renewal 2027-2031',
             body=alt(plain, html, 'utf-8', 'quoted-printable'),
             infra=infra.docusign,
             extra=[('X-DocuSign-EnvelopeId', env)],
             hard=[9],
             what='Genuine DocuSign envelope from the Manchester landlord for the lease renewal.',
             why='Sent by DocuSign\'s EU infrastructure (eumail.docusign.net) with Reply-To to the landlord; links go to '
                 'eu.docusign.net; includes the envelope security code; expected after a meeting.')


@reg
def b10():
    join = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzRhYjk1YzEtOTQ3Zi00YjE2LWI4ZGQtNjA3ZTJkN2FjMWE0%40thread.v2/0'
            '?context=%7b%22Tid%22%3a%22c1e2a7f4-3b5d-4e6f-9a0b-8c7d6e5f4a3b%22%2c%22Oid%22%3a%2258b1c9d2-7e4f-4a3b-8c2d-1e0f9a8b7c6d%22%7d')
    text = f"""Dear Oliver, dear Nina,

As announced in our annual audit schedule, the centre audit for GB118 Manchester and DE214 Cologne will take place on Thursday 3 December, 10:00-12:00 UK time, via Teams. Please have your invigilator training log, the secure storage log and the candidate ID check records for the November sessions ready to share on screen.

Best wishes,
Rebecca

________________________________________________________________________________
Microsoft Teams Need help?
Join the meeting now
{join}
Meeting ID: 372 918 466 201
Passcode: Xq7Rk2
________________________________
Dial in by phone
+44 20 3443 7118,,528734911# United Kingdom, London
Phone conference ID: 528 734 911#
________________________________________________________________________________"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Aptos,Arial,sans-serif;font-size:11pt">
<p>Dear Oliver, dear Nina,</p>
<p>As announced in our annual audit schedule, the centre audit for GB118 Manchester and DE214 Cologne will take place on Thursday 3 December, 10:00-12:00 UK time, via Teams. Please have your invigilator training log, the secure storage log and the candidate ID check records for the November sessions ready to share on screen.</p>
<p>Best wishes,<br>Rebecca</p></div>
<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span>
<div style="margin-bottom:24px"><span style="font-size:24px;font-weight:700">Microsoft Teams</span> <a href="https://aka.ms/JoinTeamsMeeting?omkt=en-GB">Need help?</a></div>
<div style="margin-bottom:6px"><a href="{join}" style="font-size:20px;font-weight:700;color:#5B5FC7">Join the meeting now</a></div>
<div style="margin-bottom:6px"><span style="color:#616161">Meeting ID: </span>372 918 466 201</div>
<div style="margin-bottom:24px"><span style="color:#616161">Passcode: </span>Xq7Rk2</div>
<div>Dial in by phone<br><a href="tel:+442034437118,,528734911#">+44 20 3443 7118,,528734911#</a> United Kingdom, London<br>Phone conference ID: 528 734 911#</div>
<span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
</body></html>"""
    cal = files.ics('040000008200E00074C5B7101A82E00800000000D0A2F1B49A4BDB01000000000000000010000000E3C27A9F1D2B4C4E8F5A6B7C8D9E0F1A',
                    'Centre audit GB118 Manchester / DE214 Cologne', '20261203T100000Z', '20261203T120000Z',
                    C('anglia', 0), [S('uk_mgr'), S('exam')], 'Microsoft Teams Meeting',
                    'Centre audit - please have your logs ready to share on screen.', stamp='20261124T093512Z')
    body = Multi('alternative', [Text(text, 'plain', 'utf-8', 'quoted-printable'),
                                 Text(html, 'html', 'utf-8', 'quoted-printable'),
                                 Text(cal.decode(), 'calendar', 'utf-8', 'base64', ctparams='; method=REQUEST')], None)
    return B(10, 'en', 'exam-board-teams-audit-invitation',
             date='2026-11-24 09:35:12', zone='UK',
             **{'from': C('anglia', 0)}, to=[S('uk_mgr'), S('exam')],
             subject='Centre audit GB118 Manchester / DE214 Cologne',
             body=body, infra=infra.exo, ikw=dict(region='gbr', lang='en-GB', topic='Centre audit GB118 Manchester / DE214 Cologne'),
             hard=[10],
             what='Genuine Teams meeting invitation from the exam board for the centre audit (text, HTML and iCalendar).',
             why='Real exam-board domain anglia-assessment.co.uk via its M365 tenant; standard Teams invitation with '
                 'teams.microsoft.com join link and dial-in; no sign-in or code request.')


@reg
def b11():
    plain = """Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account th*****@example.com.

Sign-in details
Country/region: Spain
IP address: 88.26.214.19
Date: 27/10/2026 16:41 (CET)
Platform: Windows 11
Browser: Microsoft Edge

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

Review recent activity
https://account.live.com/Activity

To opt out or change where you receive security notifications, click here: https://account.live.com/SecurityNotifications/Update

Thanks,
The Microsoft account team"""
    html = """<html><body style="font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">
<table dir="ltr"><tr><td style="padding:0;font-size:17px;color:#707070">Microsoft account</td></tr>
<tr><td style="padding:0;font-size:41px;color:#2672ec">Unusual sign-in activity</td></tr>
<tr><td style="padding-top:25px">We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:th*****@example.com">th*****@example.com</a>.</td></tr>
<tr><td style="padding-top:14px"><b>Sign-in details</b><br>Country/region: Spain<br>IP address: 88.26.214.19<br>Date: 27/10/2026 16:41 (CET)<br>Platform: Windows 11<br>Browser: Microsoft Edge</td></tr>
<tr><td style="padding-top:25px">Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.</td></tr>
<tr><td style="padding-top:25px"><a href="https://account.live.com/Activity" style="background-color:#2672ec;padding:5px 20px;color:#fff;text-decoration:none">Review recent activity</a></td></tr>
<tr><td style="padding-top:25px">To opt out or change where you receive security notifications, <a href="https://account.live.com/SecurityNotifications/Update" style="color:#2672ec">click here</a>.</td></tr>
<tr><td style="padding-top:25px">Thanks,<br>The Microsoft account team</td></tr></table></body></html>"""
    return B(11, 'en', 'microsoft-account-unusual-signin-genuine',
             date='2026-10-27 15:43:52', zone='UTC',
             **{'from': ('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com')},
             to=[('', S('it')[1])],
             subject='Microsoft account unusual sign-in activity',
             body=alt(plain, html, 'utf-8', 'quoted-printable'),
             infra=infra.microsoft_service,
             hard=[8, 31],
             what='Genuine Microsoft account "unusual sign-in activity" notice (IT head signed in from Valencia while '
                  'setting up a laptop).',
             why='Sent from accountprotection.microsoft.com through Microsoft\'s outbound protection hosts; masked address, '
                 'links only to account.live.com; informational, no urgency or attachment.')


@reg
def b12():
    token = 'f2b8c1d7e4a9306b5c2e8d1f7a4b9c0e3d6f2a8b'
    plain = f"""We heard that you lost your GitHub password. Sorry about that!

But don’t worry! You can use the following button to reset your password:

https://github.com/password_reset/{token}

If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team"""
    html = f"""<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">
<table align="center" width="544" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0"><img src="https://github.githubassets.com/assets/mail/github-logo.png" alt="GitHub" width="32"></td></tr>
<tr><td><h2 style="font-weight:400">Reset your GitHub password</h2>
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don’t worry! You can use the following button to reset your password:</p>
<p><a href="https://github.com/password_reset/{token}" style="background:#2da44e;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:600">Reset your password</a></p>
<p>If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: <a href="https://github.com/password_reset">https://github.com/password_reset</a></p>
<p>Thanks,<br>The GitHub Team</p></td></tr>
<tr><td style="font-size:12px;color:#6e7781;padding-top:20px">GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107</td></tr></table></body></html>"""
    return B(12, 'en', 'github-password-reset-genuine',
             date='2026-12-04 00:12:31', zone='PT',
             **{'from': ('GitHub', 'noreply@github.com')}, to=[('', S('sec')[1])],
             subject='[GitHub] Please reset your password',
             body=alt(plain, html, 'UTF-8', 'quoted-printable'),
             infra=infra.github,
             hard=[],
             what='Genuine GitHub password-reset mail requested by the mail administrator.',
             why='From noreply@github.com via GitHub\'s out-2x.smtp.github.com relays; link to github.com only; '
                 'expected after a user-initiated reset.')


@reg
def b13():
    plain = f"""A new sign-in on Windows

{S('sales')[1]}

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.

Check activity
https://accounts.google.com/AccountChooser?Email={S('sales')[1].replace('@', '%40')}&continue=https://myaccount.google.com/alert/nt/1795420382000?rfn%3D325%26rfnc%3D1%26eid%3D-2481937705527431840%26et%3D0

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"""
    html = f"""<!DOCTYPE html><html lang="en"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"></head>
<body style="margin:0;padding:0"><table width="100%" cellpadding="0" cellspacing="0" style="min-width:348px"><tr><td align="center">
<table width="516" style="border:1px solid #dadce0;border-radius:8px;padding:40px 20px;font-family:'Google Sans',Roboto,Arial,sans-serif">
<tr><td align="center"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">
<div style="font-size:24px;padding-top:20px">A new sign-in on Windows</div>
<div style="font-size:14px;padding-top:8px">{S('sales')[1]}</div></td></tr>
<tr><td style="font-size:14px;line-height:20px;padding-top:20px;text-align:center">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.
<div style="padding-top:32px"><a href="https://accounts.google.com/AccountChooser?Email={S('sales')[1].replace('@', '%40')}&amp;continue=https://myaccount.google.com/alert/nt/1795420382000?rfn%3D325%26rfnc%3D1%26eid%3D-2481937705527431840%26et%3D0" style="background:#4184f3;color:#fff;padding:10px 24px;border-radius:5px;text-decoration:none">Check activity</a></div>
<div style="padding-top:20px;font-size:12px;color:#5f6368">You can also see security activity at<br><a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a></div></td></tr></table>
<div style="font-size:11px;color:rgba(0,0,0,0.54);padding-top:12px;text-align:center">You received this email to let you know about important changes to your Google Account and services.<br>© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>
</td></tr></table></body></html>"""
    return B(13, 'en', 'google-account-new-signin-genuine',
             date='2026-11-23 05:53:02', zone='UTC',
             **{'from': ('Google', 'no-reply@accounts.google.com')}, to=[('', S('sales')[1])],
             subject='Security alert',
             body=Multi('alternative', [Text(plain, 'plain', 'UTF-8', 'base64', ctparams='; format=flowed; delsp=yes'),
                                        Text(html, 'html', 'UTF-8', 'quoted-printable')], None),
             infra=infra.google_service,
             hard=[],
             what='Genuine Google "new sign-in on Windows" alert for the Google account (Google Ads) registered with the '
                  'sales address.',
             why='Sent via Google\'s own mail-sor relays from accounts.google.com; links to accounts.google.com and '
                 'myaccount.google.com only; no request to enter data from the mail.')


@reg
def b14():
    text = """Companies House

Your confirmation statement is due soon

Company name: EXAMPLE GROUP UK LIMITED
Company number: 09874312

Your company's next confirmation statement is due by 6 January 2027.

You can file your confirmation statement online:
https://www.gov.uk/file-your-confirmation-statement-with-companies-house

It costs £50 to file online. You can file at any point during the review period.

If you have already filed, you do not need to do anything.

From 18 November 2025, directors and people with significant control must verify their identity. You can check what you need to do at https://www.gov.uk/guidance/verifying-your-identity-for-companies-house

Companies House"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:16px;margin:0;color:#0b0c0c">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#0b0c0c"><tr><td style="padding:10px 15px;color:#ffffff;font-weight:700;font-size:28px">GOV.UK</td></tr></table>
<table width="580" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 10px;line-height:25px">
<p style="font-size:20px;font-weight:700">Your confirmation statement is due soon</p>
<p>Company name: EXAMPLE GROUP UK LIMITED<br>Company number: 09874312</p>
<p>Your company's next confirmation statement is due by 6 January 2027.</p>
<p>You can <a href="https://www.gov.uk/file-your-confirmation-statement-with-companies-house">file your confirmation statement online</a>.</p>
<p>It costs £50 to file online. You can file at any point during the review period.</p>
<p>If you have already filed, you do not need to do anything.</p>
<p>From 18 November 2025, directors and people with significant control must verify their identity. You can <a href="https://www.gov.uk/guidance/verifying-your-identity-for-companies-house">check what you need to do</a>.</p>
<p>Companies House</p></td></tr></table></body></html>"""
    return B(14, 'en', 'companies-house-reminder-govuk-notify',
             date='2026-11-25 09:00:41', zone='UK',
             **{'from': ('Companies House', 'companies.house@notifications.service.gov.uk')}, to=[S('uk_mgr')],
             env_from='0108019b7a2c4e1d-6f8a21c0-4b7e-4d2a-9c31-5e8f0a7b2d14-000000@eu-west-2.amazonses.com',
             subject='Your confirmation statement is due soon: EXAMPLE GROUP UK LIMITED',
             body=alt(text, html, 'utf-8', 'quoted-printable'),
             infra=infra.govuk_notify,
             hard=[12],
             what='Genuine Companies House confirmation-statement reminder sent through GOV.UK Notify.',
             why='GOV.UK Notify sender (notifications.service.gov.uk on AWS SES eu-west-2); links only to www.gov.uk; '
                 'correct fee and deadline; no payment or identity data requested in the mail.')


@reg
def b15():
    text = """Dear colleagues in Manchester,

To thank everyone who invigilated or taught at weekends during this exam season, Example Group is giving a GBP 75 Christmas voucher to all eligible staff and freelance invigilators (list agreed with Oliver).

How it works:
- You will receive an e-mail from our benefits provider Edenred (from an @edenred.co.uk address) in the week of 14 December with a personal link to choose your voucher. You do not need to pay anything or enter bank details.
- The voucher is a taxable benefit for employees and will appear on the December payslip; for freelancers it is covered by our trivial-benefits arrangement.
- Nobody in the company will ever ask you to buy gift cards or to send voucher codes by e-mail or messenger. If you receive such a request, even if it appears to come from a manager, please report it to security@example.com.

Questions: please contact me or Priya.

Best regards,
Katrin Schäfer
HR & Payroll, Example Group GmbH"""
    return B(15, 'en', 'internal-hr-christmas-vouchers-notice',
             date='2026-12-07 10:15:22', zone='DE',
             **{'from': S('hr')}, to=[('Staff Manchester', 'manchester-staff@example.com')], cc=[S('uk_mgr'), S('uk_acc')],
             subject='Christmas thank-you vouchers for invigilators and weekend teaching staff',
             hcs=('iso-8859-1', 'Q'),
             body=alt(text, html_outlook(text, 'iso-8859-1', 'EN-GB'), 'iso-8859-1', 'quoted-printable'),
             infra=infra.internal, ikw=dict(lang='en-GB', topic='Christmas thank-you vouchers for invigilators and weekend teaching staff',
                                            client_ip='10.20.14.77'),
             hard=[15],
             what='Internal HR notice about Christmas vouchers for invigilators, explicitly warning about gift-card scams.',
             why='From HR\'s own mailbox via Exchange and the internal relay to an internal list; vouchers come from the '
                 'benefits provider, nothing to buy or pay; names the security reporting address.')


@reg
def b16():
    prev = quote_outlook('en', 'Oliver Hughes <oliver.hughes@example.com>', '10 November 2026 15:02',
                         'Sarah Mitchell <sarah.mitchell@hallam-precision.co.uk>',
                         'Proposal - Business English and German for export sales (Q1 2027)',
                         """Dear Sarah,

Thank you for your time on the phone today. As discussed, please find attached our proposal for one German A2 group and one Business English C1 group for your export sales team, 24 sessions each from 11 January 2027, on site in Sheffield.

Kind regards,
Oliver""")
    text = """Dear Oliver,

Thanks for the proposal - we're happy to go ahead with both groups as offered (option B, on site, Tuesday and Thursday mornings).

Please find our purchase order PO 4500118273 attached. Please quote the PO number on all invoices and send them to accounts.payable@hallam-precision.co.uk; our payment terms are 30 days end of month.

Could you let me know the trainers' names before Christmas so we can arrange site passes? The first session would be Tuesday 12 January.

Kind regards,
Sarah

Sarah Mitchell
HR & Training Manager
Hallam Precision Engineering Ltd
Unit 7, Parkway Business Centre, Sheffield S9 3BL
T +44 114 269 4410

""" + prev
    po = pdf_att('PO_4500118273_Example_Group.pdf', [
        ('Hallam Precision Engineering Ltd', 14, 'B'), 'Unit 7, Parkway Business Centre, Sheffield S9 3BL', '',
        ('PURCHASE ORDER 4500118273', 12, 'B'), 'Date: 17/11/2026   Buyer: Sarah Mitchell', '',
        'Supplier: Example Group UK Ltd, Manchester', '',
        '10  German A2 in-company group, 24 sessions x 90 min      GBP 4,560.00',
        '20  Business English C1 group, 24 sessions x 90 min       GBP 4,800.00',
        ('Total (excl. VAT)                                       GBP 9,360.00', 10, 'B'), '',
        'Invoices to accounts.payable@hallam-precision.co.uk quoting the PO number. Terms: 30 days EOM.'],
        title='PO 4500118273', author='SAP', producer='SAP NetWeaver', creator='SAP', date="D:20261117104500Z")
    return B(16, 'en', 'customer-po-reply-in-proposal-thread',
             date='2026-11-17 10:52:09', zone='UK',
             **{'from': C('hallam')}, to=[S('uk_mgr')], cc=[S('sales')],
             subject='RE: Proposal - Business English and German for export sales (Q1 2027)',
             body=mixed(alt(text, html_outlook(text, 'windows-1252', 'EN-GB'), 'windows-1252', 'quoted-printable'), po),
             infra=infra.exo, ikw=dict(region='gbr', lang='en-GB', has_attach=True,
                                       topic='Proposal - Business English and German for export sales (Q1 2027)'),
             in_reply_to='<LO4P265MB3310A1C2E4F6B8D0A2C4E6F8B0D2A4C6E810@LO4P265MB3310.GBRP265.PROD.OUTLOOK.COM>',
             hard=[16],
             what='Customer accepts a training proposal in the existing thread and attaches the purchase order.',
             why='Known customer on its own M365 tenant, consistent thread, PDF with text only, no instructions to run '
                 'anything; payment flows from the customer to the company.')
