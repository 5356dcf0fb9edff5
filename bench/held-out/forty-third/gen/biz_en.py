"""Business messages 09-16 (English)."""
from common import T, addr, text, attach, multi, boundary, esc, H, ALNUM, uuid
from company import E, A, IBAN_EXAMPLE_GB
from reg import business, alt, mixed
import infra
import infra2
import finance as fi
import docs

VRN = fi.uk_vrn('3184729')


DS_HTML = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#eaeaea">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:24px 0">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px 24px 0 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" width="116" alt="Docusign"></td></tr>
<tr><td style="padding:24px"><table width="100%%" style="background:#4C00FF;color:#ffffff" cellpadding="0" cellspacing="0">
<tr><td align="center" style="padding:28px;font-size:16px">Oliver Grant sent you a document to review and sign.<br><br>
<a href="%(url)s" style="background:#ffffff;color:#4C00FF;font-weight:bold;text-decoration:none;padding:10px 24px;display:inline-block">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333;line-height:22px">
<b>Oliver Grant</b><br><a href="mailto:o.grant@brambleandco.co.uk" style="color:#2463d1">o.grant@brambleandco.co.uk</a><br><br>
James,<br><br>As discussed on Tuesday, here is the 2027 supplier agreement with the amended listing fees (clause 6) and the
new returns window for damaged goods (clause 9.2). Our finance director has already signed.<br><br>Thanks,<br>Oliver</td></tr>
<tr><td style="padding:24px;background:#f4f4f4;font-size:12px;color:#666;line-height:18px">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>%(code)s<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
<b>Stop receiving this email</b><br><a href="https://protect.docusign.net/report-abuse?e=%(rep)s" style="color:#2463d1">Report this email</a> or read more about <a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463d1">Declining to sign</a> and <a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463d1">Managing notifications</a>.</td></tr>
</table></td></tr></table>
</body></html>
"""


@business(9, 'en', 'docusign-supplier-agreement',
          'Genuine DocuSign envelope: Oliver Grant (Bramble & Co) sends the 2027 supplier agreement to the UK '
          'managing director for signature.',
          'Sent by DocuSign\'s EU infrastructure (eumail.docusign.net), link to eu.docusign.net, Reply-To is '
          'the known customer contact, content matches an ongoing negotiation.', hn=[9])
def b09(m):
    t = T(2026, 11, 6, 11, 40, 19)
    f = dict(sender='dse@eumail.docusign.net', rcpt=E('uk_mgr'),
             frm=addr('Oliver Grant via Docusign', 'dse@eumail.docusign.net', quote=True),
             reply_to=addr('Oliver Grant', 'o.grant@brambleandco.co.uk'), to=A('uk_mgr', 'utf-8'),
             subject='Complete with Docusign: Bramble_Co_Supplier_Agreement_2027_Example_UK.pdf')
    infra2.docusign(m, t, f)
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (
        uuid(m.seed('a')), uuid(m.seed('acc')), uuid(m.seed('er')))
    code = H(m.seed('code'), 32, '0123456789ABCDEF')
    plain = """Oliver Grant sent you a document to review and sign.

REVIEW DOCUMENT: %s

Oliver Grant
o.grant@brambleandco.co.uk

James,

As discussed on Tuesday, here is the 2027 supplier agreement with the amended listing fees (clause 6) and the new returns window for damaged goods (clause 9.2). Our finance director has already signed.

Thanks,
Oliver

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""" % (url, code)
    html = DS_HTML % dict(url=esc(url), code=code, rep=H(m.seed('rep'), 40, ALNUM))
    m.body = multi('alternative', [text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')],
                   boundary('hex', m.seed('alt')))


@business(10, 'en', 'microsoft-account-unusual-signin',
          'Microsoft account "unusual sign-in activity" notice for the IT head\'s Microsoft account (used for '
          'Partner Center), with a link to the recent-activity page.',
          'Sent by Microsoft\'s own infrastructure from account-security-noreply@accountprotection.microsoft.com; '
          'links only to account.live.com; masked address; no attachment or password form in the mail.', hn=[10, 34])
def b10(m):
    t = T(2026, 11, 10, 20, 16, 2)
    f = dict(sender='account-security-noreply@accountprotection.microsoft.com', rcpt=E('it'),
             frm=addr('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'),
             to=E('it'), subject='Microsoft account unusual sign-in activity')
    infra2.ms_account(m, t, f)
    act = 'https://account.live.com/Activity?uaid=%s' % H(m.seed('uaid'), 32)
    src = """Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account th*****@example.com.

Sign-in details

Country/region: Germany
IP address: 93.199.214.37
Date: 10/11/2026 8:14 PM (GMT)
Platform: Windows
Browser: Edge

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

Review recent activity: %s

To opt out or change where you receive security notifications, visit https://account.live.com/SecurityNotifications/Update.

Thanks,
The Microsoft account team
""" % act
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table dir="ltr"><tr><td style="font-family:\'Segoe UI Semibold\',\'Segoe UI Bold\',Arial;font-size:17px;color:#707070">Microsoft account</td></tr>'
            '<tr><td style="font-family:\'Segoe UI Light\',\'Segoe UI\',Arial;font-size:41px;color:#2672ec">Unusual sign-in activity</td></tr>'
            '<tr><td style="font-family:\'Segoe UI\',Arial;font-size:14px;color:#2a2a2a;padding-top:25px">We detected something unusual about a recent sign-in to the Microsoft account '
            '<a dir="ltr" href="mailto:th*****@example.com" style="color:#2672ec;text-decoration:none">th*****@example.com</a>.</td></tr>'
            '<tr><td style="font-family:\'Segoe UI\',Arial;font-size:14px;padding-top:25px"><b>Sign-in details</b><br>Country/region: Germany<br>'
            'IP address: 93.199.214.37<br>Date: 10/11/2026 8:14 PM (GMT)<br>Platform: Windows<br>Browser: Edge</td></tr>'
            '<tr><td style="font-family:\'Segoe UI\',Arial;font-size:14px;padding-top:25px">Please go to your recent activity page to let us know whether or not this was you. '
            'If this wasn\'t you, we\'ll help you secure your account. If this was you, we\'ll trust similar activity in the future.</td></tr>'
            '<tr><td style="padding-top:25px"><a href="%s" style="background:#2672ec;color:#fff;padding:5px 20px;font-family:\'Segoe UI\',Arial;'
            'font-size:14px;text-decoration:none">Review recent activity</a></td></tr>'
            '<tr><td style="font-family:\'Segoe UI\',Arial;font-size:14px;padding-top:25px">To opt out or change where you receive security notifications, '
            '<a href="https://account.live.com/SecurityNotifications/Update" style="color:#2672ec">click here</a>.</td></tr>'
            '<tr><td style="font-family:\'Segoe UI\',Arial;font-size:14px;padding-top:25px">Thanks,<br>The Microsoft account team</td></tr></table>'
            '</body></html>' % esc(act))
    m.body = multi('alternative', [text(src, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')],
                   boundary('outlook', m.seed('alt')))


@business(11, 'en', 'github-password-reset',
          'GitHub password-reset mail requested by the mail administrator for the company\'s GitHub account.',
          'From GitHub\'s own SMTP (out-NN.smtp.github.com) and noreply@github.com, link to github.com only, '
          'triggered by the user himself (expected), short-lived token.')
def b11(m):
    t = T(2026, 11, 13, 14, 51, 33)
    f = dict(sender='noreply@github.com', rcpt=E('sec'), frm=addr('GitHub', 'noreply@github.com'), to=E('sec'),
             subject='[GitHub] Please reset your password')
    infra2.github(m, t, f)
    url = 'https://github.com/password_reset/%s' % H(m.seed('tok'), 40, ALNUM)
    src = """Hi @fschaefer-exgroup,

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

Reset your password: %s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team

You're receiving this email because a password reset was requested for your account.

GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107
""" % url
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">'
            '<div style="max-width:544px;margin:0 auto;padding:24px"><p>Hi @fschaefer-exgroup,</p><p>We heard that you lost your GitHub password. Sorry about that!</p>'
            '<p>But don\'t worry! You can use the following button to reset your password:</p>'
            '<p><a href="%s" style="background:#2da44e;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:600">Reset your password</a></p>'
            '<p>If you don\'t use this link within 3 hours, it will expire. To get a new password reset link, visit: '
            '<a href="https://github.com/password_reset">https://github.com/password_reset</a></p><p>Thanks,<br>The GitHub Team</p>'
            '<hr><p style="font-size:12px;color:#6e7781">You\'re receiving this email because a password reset was requested for your account.<br>'
            'GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107</p></div></body></html>' % esc(url))
    m.body = multi('alternative', [text(src, 'UTF-8', 'quoted-printable'), text(html, 'UTF-8', 'quoted-printable', 'html')],
                   boundary('hex', m.seed('alt')))


@business(12, 'en', 'google-security-alert',
          'Google "Security alert: new sign-in on Windows" for the key-account manager\'s Google account '
          '(used for Merchant Center), with a "Check activity" button.',
          'Sent from Google\'s notification infrastructure (mail-sor-fNN.google.com, bounce at '
          'gaia.bounces.google.com), links to accounts.google.com / myaccount.google.com only; informational.')
def b12(m):
    t = T(2026, 11, 16, 7, 34, 18)
    f = dict(sender='no-reply@accounts.google.com', rcpt=E('sales'), frm=addr('Google', 'no-reply@accounts.google.com'),
             to=E('sales'), subject='Security alert')
    infra2.google_notify(m, t, f)
    chk = ('https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s'
           % (E('sales'), int(t.timestamp() * 1000), H(m.seed('eid'), 19, '0123456789')))
    src = """A new sign-in on Windows

%s

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
%s

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (E('sales'), chk)
    html = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0" lang="en">'
            '<tr><td align="center"><table style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px" width="516"><tr><td align="center" '
            'style="font-family:\'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);'
            'line-height:32px;padding-bottom:24px;text-align:center;word-break:break-word"><div style="font-size:24px">A new sign-in on Windows</div>'
            '<div style="font-size:14px;color:rgba(0,0,0,0.87);line-height:20px">%s</div></td></tr>'
            '<tr><td style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:center">'
            'We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.'
            '<div style="padding-top:32px;text-align:center"><a href="%s" style="font-family:\'Google Sans\',Roboto,Helvetica,Arial,sans-serif;line-height:16px;'
            'color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px">Check activity</a></div>'
            '</td></tr><tr><td style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;text-align:center">You can also see security activity at<br>'
            '<a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></td></tr></table>'
            '<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">'
            'You received this email to let you know about important changes to your Google Account and services.<br>© 2026 Google LLC, '
            '1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div></td></tr></table></body></html>' % (E('sales'), esc(chk)))
    m.body = multi('alternative', [text(src, 'UTF-8', 'quoted-printable', ct_quote=False),
                                   text(html, 'UTF-8', 'quoted-printable', 'html', ct_quote=False)],
                   boundary('gmail', m.seed('alt')))


@business(13, 'en', 'hr-selfservice-bank-change-confirmation',
          'HR self-service confirmation to James Whitfield that his salary account was changed in the portal '
          '(after MFA sign-in), effective after payroll verification.',
          'Internal system mail through Exchange and mail-int01; the change was made by the employee in the '
          'portal, not requested by e-mail; masked account number, contact via known internal numbers, '
          'no link to click.', hn=[13])
def b13(m):
    t = T(2026, 11, 20, 17, 44, 8)
    f = dict(sender='hr-selfservice@example.com', rcpt=E('uk_mgr'),
             frm=addr('Example Group HR Self-Service', 'hr-selfservice@example.com'), to=A('uk_mgr'),
             subject='Your bank details were changed in HR Self-Service')
    st = infra.exchange_internal(m, t, f, client_ip='10.20.40.15', lang='en-US')
    src = """Dear James Whitfield,

The bank account for your salary payments was changed in HR Self-Service on 20/11/2026 at 17:42 (UK time) after sign-in with multi-factor authentication.

New account: Barclays Bank UK PLC, sort code 20-**-**, account ****1907
Effective: from the December 2026 payroll, after verification by UK payroll

If you made this change, no action is needed.
If you did not make this change, contact UK payroll (Rachel Owens, extension 4402) or group HR (+49 2131 7702-180) immediately. Do not reply to this message.

Example Group HR Self-Service
This message was generated automatically.
"""
    m.body = alt(m, st, src, 'us-ascii', cte='7bit', lang='EN-US')


@business(14, 'en', 'bramble-remittance-advice',
          'Remittance advice from the customer Bramble & Co, sent through its accounting platform, for '
          '£26,482.80 paid to Example UK Ltd, PDF listing the invoices.',
          'Known customer; platform sender with Reply-To to the customer\'s accounts mailbox; PDF lists '
          'Example UK\'s own invoice numbers and our own bank account as payee; nothing to log in to.', hn=[15])
def b14(m):
    t = T(2026, 11, 18, 16, 2, 51)
    sender = 'messaging-service@post.xero.com'
    f = dict(sender=sender, rcpt=E('uk_acc'), frm=addr('Bramble & Co Ltd', sender, quote=True),
             reply_to='accounts@brambleandco.co.uk', to=E('uk_acc'),
             subject='Remittance advice from Bramble & Co Ltd')
    infra.ses(m, t, f, 'eu-west-1')
    src = """Hi,

Here's your remittance advice for payment of £26,482.80 made on 18 Nov 2026 to Example UK Ltd.

If you have any questions, please let us know.

Thanks,
Bramble & Co Ltd
accounts@brambleandco.co.uk
"""
    acc = IBAN_EXAMPLE_GB[-8:]
    pdf = docs.invoice(
        ['Bramble & Co Ltd', 'Unit 4, Riverside Works · Leeds LS10 1NQ · VAT GB 402 7718 53'],
        ['Example UK Ltd', '3 Hardman Street', 'Manchester M3 3HF'],
        [('Payment date', '18 Nov 2026'), ('Reference', 'BACS 18NOV-EXUK'), ('Paid to', 'Barclays 20-04-15'),
         ('Account', '****' + acc[-4:])],
        [('1', 'Invoice UK-2026-1418', '', '30 Sep 2026', '£11,204.40'),
         ('2', 'Invoice UK-2026-1452', '', '07 Oct 2026', '£9,876.00'),
         ('3', 'Invoice UK-2026-1470', '', '14 Oct 2026', '£5,402.40')],
        [('Total paid', '£26,482.80')],
        ['This remittance advice confirms a payment made by BACS to the account shown above.'],
        ['Bramble & Co Ltd · Registered in England & Wales No. 09817334'], t, zone='UK', title='Remittance Advice',
        author='Bramble & Co Ltd', creator='Xero', producer='Xero',
        cols=('#', 'Invoice', '', 'Invoice date', 'Amount paid'), doc_title='REMITTANCE ADVICE')
    m.body = mixed(m, 'java', text(src, 'UTF-8', 'quoted-printable'),
                   attach(pdf, 'application/pdf', 'Remittance Advice - Bramble & Co Ltd.pdf'))


@business(15, 'en', 'hmrc-vat-return-reminder',
          'HMRC reminder via GOV.UK Notify that the VAT Return for Sep–Nov 2026 is due on 7 January 2027.',
          'Sent through GOV.UK Notify (Amazon SES, notifications.service.gov.uk); no request to sign in through '
          'a link or to pay, explicitly tells the reader to search GOV.UK; matches the known VAT period.', hn=[12])
def b15(m):
    t = T(2026, 12, 1, 9, 31, 40)
    sender = 'hmrc-vat-reminders@notifications.service.gov.uk'
    f = dict(sender=sender, rcpt=E('uk_acc'), frm=addr('HM Revenue and Customs', sender), to=E('uk_acc'),
             subject='Your VAT Return is due soon')
    infra.ses(m, t, f, 'eu-west-2', ip='54.240.%d.%d' % (98, 131))
    src = """VAT registration number ending %s

Your VAT Return for the period 1 September 2026 to 30 November 2026 is due by 7 January 2027. Payment must reach HMRC by the same date.

You must use software that is compatible with Making Tax Digital to submit your return.

HMRC will never ask you for personal or payment information by email. To check your VAT account, search GOV.UK for 'HMRC online services' and sign in there.

From HM Revenue and Customs
""" % VRN[-3:]
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:19px;color:#0b0c0c;margin:0">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:12px 16px">'
            '<span style="color:#fff;font-weight:700;font-size:28px">GOV.UK</span></td></tr>'
            '<tr><td style="padding:20px 16px;max-width:580px;line-height:25px">' +
            ''.join('<p>%s</p>' % esc(p) for p in src.strip().split('\n\n')) + '</td></tr></table></body></html>')
    m.body = multi('alternative', [text(src, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')],
                   boundary('java', m.seed('alt')))


BSCW_ITEMS = [
    ('PP and PET resin prices ease for a second month',
     'European polypropylene contract prices fell again in November, while recycled PET for cosmetic bottles '
     'stays tight ahead of the PPWR recycled-content targets.'),
    ('PPWR: what the first months of application mean for beauty packaging',
     'The EU Packaging and Packaging Waste Regulation has applied since August. Brand owners are now working '
     'through empty-space ratios for gift sets and the harmonised sorting labels.'),
    ('Aerosol cans: lead times back below ten weeks',
     'Aluminium can makers report shorter lead times for deodorant and dry-shampoo formats after capacity '
     'additions in Czechia and Spain.'),
    ('Freight: Red Sea diversions keep Asia–Europe transit times long',
     'Carriers continue to route around the Cape; importers of pumps and closures from Asia should plan '
     'for 40–45 days port to port.'),
]


@business(16, 'en', 'newsletter-beauty-supply-chain',
          'Subscribed weekly newsletter "Beauty Supply Chain Weekly" (resin prices, PPWR, aerosol lead times, '
          'freight) delivered by Mailchimp to procurement.',
          'Opted-in newsletter from a consistent sender via Mailchimp with List-ID, List-Unsubscribe and '
          'One-Click; tracking links on list-manage.com; informational only.')
def b16(m):
    t = T(2026, 11, 26, 13, 0, 9)
    sender = 'news@beautysupplychainweekly.com'
    uid, lid = H(m.seed('u'), 25), H(m.seed('l'), 10)
    unsub = 'https://beautysupplychainweekly.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s' % (
        uid, lid, H(m.seed('e'), 10), H(m.seed('c'), 10))
    f = dict(sender=sender, rcpt=E('proc'), frm=addr('Beauty Supply Chain Weekly', sender), to=E('proc'),
             subject='Resin prices ease, PPWR in practice, aerosol lead times | BSCW #212',
             list_name='Beauty Supply Chain Weekly',
             x=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us21_%s.%s@unsubscribe.mailchimpapp.net>'
                 % (unsub, uid, H(m.seed('mu'), 10))), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])
    infra.mailchimp(m, t, f, lid, uid)
    plain = 'Beauty Supply Chain Weekly – issue 212 – 26 November 2026\n\n'
    items = ''
    for i, (h, p) in enumerate(BSCW_ITEMS):
        url = 'https://beautysupplychainweekly.us21.list-manage.com/track/click?u=%s&id=%s&e=%s' % (
            uid, H(m.seed('t%d' % i), 10), H(m.seed('e'), 10))
        plain += '** %s\n%s\nRead more (%s)\n\n' % (h, p, url)
        items += ('<h2 style="font-family:Arial;font-size:19px;color:#1f4e5f"><a href="%s" style="color:#1f4e5f;text-decoration:none">%s</a></h2>'
                  '<p style="font-family:Arial;font-size:15px;line-height:22px">%s <a href="%s">Read more</a></p>' % (esc(url), esc(h), esc(p), esc(url)))
    plain += ('You are receiving this email because you subscribed to Beauty Supply Chain Weekly.\n'
              'Unsubscribe: %s\n\nBeauty Supply Chain Weekly · 71-75 Shelton Street · London WC2H 9JQ · United Kingdom\n' % unsub)
    html = ('<!doctype html><html><head><meta charset="UTF-8"><title>BSCW #212</title></head><body style="margin:0;background:#eef3f5">'
            '<center><table width="600" style="background:#fff;margin:20px 0" cellpadding="24"><tr><td>'
            '<div style="font-family:Arial;font-size:26px;font-weight:bold;color:#1f4e5f">Beauty Supply Chain Weekly</div>'
            '<div style="font-family:Arial;font-size:12px;color:#777">Issue 212 · 26 November 2026</div>' + items +
            '<p style="font-family:Arial;font-size:11px;color:#888">You are receiving this email because you subscribed to Beauty Supply Chain Weekly.<br>'
            '<a href="%s">Unsubscribe</a> · <a href="https://beautysupplychainweekly.us21.list-manage.com/profile?u=%s&id=%s">Update preferences</a></p>'
            '</td></tr></table></center><img src="https://beautysupplychainweekly.us21.list-manage.com/track/open.php?u=%s&id=%s&e=%s" height="1" width="1"></body></html>'
            % (esc(unsub), uid, lid, uid, H(m.seed('o'), 10), H(m.seed('e'), 10)))
    m.body = multi('alternative', [text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')],
                   boundary('mixed', m.seed('alt')))
