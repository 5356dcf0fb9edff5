"""Genuine business messages, English (8)."""
from mailer import Mail
from mime import Text, Att, Multi
import infra as I
import tmpl as T
from company import S, MAIL, NAME, BANK, TAX
from common import alt, mixed, related, pdf_att, zip_att, b64s, b64url
import png
import ids

MAILS = []
add = MAILS.append

# ---------------------------------------------------------------- 09 genuine DocuSign envelope
env = '8d2e4f16-3b7a-4c90-a1e5-6f0b9c2d7e43'
acct = '5a9c1e27-64bd-4f08-9e3a-1d7b2c8f0e56'
url9 = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, acct, '0c4f7a91-2d38-4b6e-b5f1-93e07a1c6d28')
p9 = """Gareth Hughes sent you a document to review and sign.

REVIEW DOCUMENT
%s

Gareth Hughes
gareth.hughes@midlandshaulage.co.uk

Priya, as agreed on the call: tyre service agreement 2027 with the updated casing credit schedule (Annex C). Oliver has already initialled the commercial terms. Thanks, Gareth

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
8D2E4F163B7A4C90A1E56F0B9C2D7E432

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

This message was sent to you by Gareth Hughes who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
""" % url9
h9 = T.brand_html('Docusign', 'Gareth Hughes sent you a document to review and sign.', [
    '<b>Gareth Hughes</b><br><a href="mailto:gareth.hughes@midlandshaulage.co.uk">gareth.hughes@midlandshaulage.co.uk</a>',
    'Priya, as agreed on the call: tyre service agreement 2027 with the updated casing credit schedule (Annex C). Oliver has already initialled the commercial terms. Thanks, Gareth'],
    'REVIEW DOCUMENT', url9, color='#1e1e62', logo_text='docusign',
    after_button=['<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.',
                  '<b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security code: 8D2E4F163B7A4C90A1E56F0B9C2D7E432',
                  '<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.'],
    footer='This message was sent to you by Gareth Hughes who is using the Docusign Electronic Signature Service. '
           'If you would rather not receive email from this sender you may contact the sender with your request.')
add(Mail(
    'docusign-service-agreement-echt', '2026-11-02 11:40:27', MAIL['uk_acc'],
    I.custom(('mailfra1.eumail.docusign.net', 'mailfra1.eumail.docusign.net', '185.81.100.157'),
             hops=[('from fra1-mta-ds07.eumail.docusign.net (10.140.4.27) by mailfra1.eumail.docusign.net\n\t(Postfix) with ESMTP id {qid}', 'UTC', False, 1)],
             msgid=lambda ctx: '<%s@docusign.net>' % I.hx(ctx.rng, 32),
             style='esp', tls='1.3', return_path=lambda ctx: 'bounces+%s@eumail.docusign.net' % I.hx(ctx.rng, 20),
             date_zone='UTC', boundary='javamail',
             extra=[('X-DocuSign-Envelope-ID', env.upper())]),
    ('Gareth Hughes via Docusign', 'dse@eumail.docusign.net'),
    'Complete with Docusign: Midlands Haulage - Tyre Service Agreement 2027.pdf',
    alt(p9, h9, 'utf-8', 'quoted-printable'),
    to=[('Priya Sharma', MAIL['uk_acc'])], reply_to=('Gareth Hughes', 'gareth.hughes@midlandshaulage.co.uk'), sent_delta=2,
    pair=('docusign-lookalike-service-agreement',), pair_note='DocuSign envelope from the same customer on the same topic: genuine one from eumail.docusign.net linking to eu.docusign.net, expected after a call.',
    what='Genuine DocuSign envelope from a fleet customer for the 2027 tyre service agreement.',
    why='DocuSign\'s own EU sending infrastructure and link host (eu.docusign.net), Reply-To is the customer\'s real address, expected document.'))

# ---------------------------------------------------------------- 10 Companies House reminder (GOV.UK Notify)
p10 = """Company number: 11478236
Company name: EXAMPLE GROUP UK LTD

Your confirmation statement is due by 28 October 2026.

You must check and confirm the company information we hold at least once every 12 months.

File your confirmation statement online:
https://www.gov.uk/file-your-confirmation-statement-with-companies-house

The fee for filing online is £50.

If you have already filed, you do not need to do anything.

Companies House

This is an automated message. Do not reply to this email.
"""
h10 = T.brand_html('GOV.UK', 'Your confirmation statement is due', [
    'Company number: 11478236<br>Company name: EXAMPLE GROUP UK LTD',
    'Your confirmation statement is due by <b>28 October 2026</b>.',
    'You must check and confirm the company information we hold at least once every 12 months.',
    'File your confirmation statement online:<br><a href="https://www.gov.uk/file-your-confirmation-statement-with-companies-house">https://www.gov.uk/file-your-confirmation-statement-with-companies-house</a>',
    'The fee for filing online is £50.', 'If you have already filed, you do not need to do anything.', 'Companies House'],
    color='#0b0c0c', logo_text='GOV.UK', footer='This is an automated message. Do not reply to this email.',
    fontstack='Arial, sans-serif')
add(Mail(
    'companies-house-reminder-govuk-notify', '2026-10-08 08:02:41', MAIL['uk_mgr'],
    I.ses(region='eu-west-2', mail_from='notifications.service.gov.uk'),
    ('Companies House', 'companies.house.reminders@notifications.service.gov.uk'),
    'Your confirmation statement for EXAMPLE GROUP UK LTD is due',
    alt(p10, h10, 'utf-8', 'quoted-printable'),
    to=[(None, MAIL['uk_mgr'])], sent_delta=1,
    pair=('companies-house-overdue-penalty',), pair_note='Companies House confirmation-statement mail: the genuine reminder comes through GOV.UK Notify and links only to gov.uk.',
    what='Companies House reminder that the UK subsidiary\'s confirmation statement is due.',
    why='GOV.UK Notify sender (notifications.service.gov.uk on Amazon SES), link to gov.uk only, correct £50 fee, no threats.'))

# ---------------------------------------------------------------- 11 GitHub password reset
tok = 'b7e2c41f9a0d3e58c6f1a2b4d7e9f0c3a5b8d1e4'
p11 = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % tok
add(Mail(
    'github-password-reset', '2026-11-05 19:14:09', MAIL['ithead'],
    I.custom(('out-21.smtp.github.com', 'out-21.smtp.github.com', '192.30.252.204'),
             hops=[('from github.com (hubbernetes-node-5a1d3c7.ac4-iad.github.net [10.52.118.44])\n\tby smtp.github.com (Postfix) with ESMTPA id {qid}\n\tfor <{rcpt}>', 'PT', True, 1)],
             msgid=lambda ctx: '<%s_%s_%d@lowworker-%s-%s.mail>' % (I.hx(ctx.rng, 13), I.hx(ctx.rng, 14), ctx.rng.randrange(10 ** 5, 10 ** 6),
                                                                   I.hx(ctx.rng, 10), I.rs(ctx.rng, 5, I.LOWER + '0123456789')),
             style='esp', tls='1.3', return_path='noreply@github.com', date_zone='PT', boundary='generic',
             extra=[('X-Auto-Response-Suppress', 'All')]),
    ('GitHub', 'noreply@github.com'),
    '[GitHub] Please reset your password',
    Text(p11, 'plain', 'UTF-8', '7bit'),
    to=[('Thomas Großmann', MAIL['ithead'])], sent_delta=2,
    what='GitHub password-reset e-mail requested by the head of IT.',
    why='GitHub\'s own outbound servers, link to github.com only, plain text, expected after a reset request.'))

# ---------------------------------------------------------------- 12 Google security alert
p12 = """A new sign-in on Windows

james.whitfield@example.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
https://accounts.google.com/AccountChooser?Email=james.whitfield@example.com&continue=https://myaccount.google.com/alert/nt/1794312233000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D-418827716264813201%%26et%%3D0

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
"""
p12 = p12.replace('%%', '%')
h12 = T.brand_html('Google', 'A new sign-in on Windows', [
    '<a href="mailto:james.whitfield@example.com">james.whitfield@example.com</a>',
    'We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.'],
    'Check activity', 'https://accounts.google.com/AccountChooser?Email=james.whitfield@example.com&continue=https://myaccount.google.com/alert/nt/1794312233000?rfn%3D325%26rfnc%3D1%26eid%3D-418827716264813201%26et%3D0',
    after_button=['You can also see security activity at<br>https://myaccount.google.com/notifications'],
    color='#1a73e8', logo_text='Google', fontstack='Google Sans, Roboto, Arial, sans-serif',
    footer='You received this email to let you know about important changes to your Google Account and services.<br>© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA')
add(Mail(
    'google-security-alert-new-signin', '2026-11-16 09:03:55', MAIL['uk_sales'],
    I.custom(('mail-sor-f73.google.com', 'mail-sor-f73.google.com', '209.85.220.73'),
             hops=[('by mail-sor-f73.google.com with SMTP id 3f1490d57ef6-e2e2fd{hex}\n        for <{rcpt}>\n        (Google Transport Security)', 'PT', True, 1)],
             trace=[('X-Google-Smtp-Source', lambda ctx: 'AGHT+I' + I.rs(ctx.rng, 78, I.ALNUM + '+/') + '=')],
             msgid=lambda ctx: '<%s@notifications.google.com>' % I.rs(ctx.rng, 22, I.ALNUM + '-_'),
             style='gmail', tls='1.3', return_path=lambda ctx: '3%s@gaia.bounces.google.com' % I.rs(ctx.rng, 40, I.ALNUM),
             date_zone='UTC', boundary='gmail'),
    ('Google', 'no-reply@accounts.google.com'),
    'Security alert',
    alt(p12, h12, 'UTF-8', 'base64', quoted=True, params='format=flowed; delsp=yes'),
    to=[(None, MAIL['uk_sales'])], sent_delta=1,
    what='Google "new sign-in on Windows" security alert for the sales rep\'s Google account (used for Google Business Profile).',
    why='Google\'s own servers (mail-sor), Google bounce address, links only to accounts.google.com / myaccount.google.com, no credential request.'))

# ---------------------------------------------------------------- 13 customer complaint with photos
p13 = """Hi James,

I'm not happy. We've had three failures on your retreads in the last four weeks, all on trailer axles:

- 21/10, A45 near Daventry, trailer MH-T114, 385/65 R22.5 retread: tread separation on the nearside, second axle
- 04/11, M6 J4, trailer MH-T087, same size: tread came off in one piece
- 12/11, in our yard, trailer MH-T121: blister on the shoulder found at the walkround check

All three are from the batch delivered on your delivery note DN-UK-26-1184 in September. Two of them meant a roadside callout (£420 and £385) and one load was late into Tesco Daventry, which we were penalised for.

Photos from the yard attached. The tyres are quarantined in our workshop and I want your technician to inspect them before anything else happens to them. I also need to know whether the rest of the batch (42 tyres) is affected and whether we should pull them.

Can you call me today please.

Gareth

Gareth Hughes | Fleet Engineering Manager
Midlands Haulage Ltd | Unit 4, Prologis Park, Coventry CV6 4QJ
T: 01632 960418 | M: 07700 900271
"""
add(Mail(
    'midlands-haulage-complaint-tread-separation', '2026-11-13 10:27:38', MAIL['uk_sales'],
    I.m365(obe=5, server='CWLP265MB5512', region='gbrp265', lang='en-GB',
           tenant_id='e3c8a1f0-5b27-4d96-8c1e-7f2a4b9d0c35'),
    ('Gareth Hughes', 'gareth.hughes@midlandshaulage.co.uk'),
    'Tread separation on retreads - 3 failures this month - need answers',
    mixed(alt(p13, T.word_html(p13, 'iso-8859-1', 'EN-GB'), 'iso-8859-1', 'quoted-printable', quoted=True),
          Att('MH-T114_nearside.png', png.photo_png('mh-t114'), 'image/png', style='rfc2047'),
          Att('MH-T121_shoulder.png', png.photo_png('mh-t121', base=(60, 58, 55)), 'image/png', style='rfc2047')),
    to=[('James Whitfield', MAIL['uk_sales'])], cc=[('Oliver Bennett', MAIL['uk_mgr'])],
    hcs='iso-8859-1', sent_delta=6, extra=[('Importance', 'high')],
    what='Angry fleet customer reports three retread failures from one batch, with photos, and demands an inspection and a call.',
    why='Known customer on its own Microsoft 365 tenant; complaint with concrete details, photos only, asks for a phone call, no link or payment request.'))

# ---------------------------------------------------------------- 14 internal IT notice on MFA re-registration
p14 = """Dear colleagues,

Between 19 and 30 October we are moving all Example Group accounts to phishing-resistant sign-in (Microsoft Authenticator with number matching and passkeys). Everyone has to re-register once.

How to do it:
1. On your PC, open https://aka.ms/mysecurityinfo (or go via the intranet: IT > Security > MFA).
2. Choose "Add sign-in method" > "Passkey in Microsoft Authenticator" and scan the QR code that is shown ON YOUR SCREEN with the Authenticator app.
3. Remove the old SMS method afterwards.

Guides in German, English, Italian, Polish, Spanish, Greek and Russian are on the intranet page. If you get stuck, raise a ticket in the service desk portal or call the IT hotline on extension 4444 (+49 511 7265 4444).

Please note:
- IT will never send you a QR code by e-mail, PDF or text message, and will never ask you for a code over the phone or in Teams.
- We will not contact you on Teams from an external account, and we will never ask you to start Quick Assist or install remote-access software unless you have opened a ticket yourself.
- Report suspicious messages with the "Report" button in Outlook.

Thank you,
Thomas Grossmann
Head of IT, Example Group
"""
add(Mail(
    'it-notice-authenticator-reregistration', '2026-10-16 08:45:10', MAIL['uk_mgr'],
    I.exchange_internal('EXMBX02', client_ip='10.20.40.52', lang='en-GB'),
    S['ithead'], 'Action required by 30 October: re-register Microsoft Authenticator (phishing-resistant MFA)',
    alt(p14, T.word_html(p14, 'us-ascii', 'EN-GB'), 'us-ascii', '7bit', html_cte='quoted-printable', quoted=True),
    to=[('All Staff', 'all-staff@example.com')], sent_delta=40,
    pair=('quishing-authenticator-neuregistrierung', 'teams-quick-assist-helpdesk', 'misthodosia-doro-qr'),
    pair_note='genuine IT announcement of the Authenticator re-registration (topic of the quishing lures) that also states IT never sends QR codes or starts Quick Assist via Teams.',
    what='Head of IT announces the company-wide Microsoft Authenticator re-registration (to the all-staff list).',
    why='Internal via Exchange and mail-int01; points to Microsoft\'s own aka.ms/mysecurityinfo on the PC, QR shown on screen not in mail, service-desk and hotline given.'))

# ---------------------------------------------------------------- 15 Mailchimp newsletter
nl = """TYRES & ACCESSORIES - The Week in Tyres

Retreading: Bandag, Marangoni and independents report stronger Q3 fleet demand
UK retreaders say truck operators are returning to retreads as new-tyre prices climb again in 2027.
Read more: https://www.tyrepress.com/2026/11/retreading-q3-demand/

UK tyre imports: October figures
Truck tyre imports rose 4 per cent year-on-year; EU-origin casings remain tight.
Read more: https://www.tyrepress.com/2026/11/uk-tyre-imports-october/

Event: Tyrexpo Europe 2027 registration open
Read more: https://www.tyrepress.com/events/

You are receiving this email because you subscribed to Tyres & Accessories newsletters.
Update your preferences: https://tyrepress.us21.list-manage.com/profile?u=8f2b1c4d7e6a9f0b3c5d2e1a4&id=6b3c9e1f2a
Unsubscribe: https://tyrepress.us21.list-manage.com/unsubscribe?u=8f2b1c4d7e6a9f0b3c5d2e1a4&id=6b3c9e1f2a&e=5c2d9a7f1b
Tyres & Accessories, Tyre Industry Publications Ltd, Bristol, UK
"""
nl_html = T.brand_html('Tyres & Accessories', 'The Week in Tyres', [
    '<b>Retreading: Bandag, Marangoni and independents report stronger Q3 fleet demand</b><br>UK retreaders say truck operators are returning to retreads as new-tyre prices climb again in 2027. <a href="https://www.tyrepress.com/2026/11/retreading-q3-demand/">Read more</a>',
    '<b>UK tyre imports: October figures</b><br>Truck tyre imports rose 4 per cent year-on-year; EU-origin casings remain tight. <a href="https://www.tyrepress.com/2026/11/uk-tyre-imports-october/">Read more</a>',
    '<b>Event: Tyrexpo Europe 2027 registration open</b> <a href="https://www.tyrepress.com/events/">Read more</a>'],
    color='#c8102e', footer='You are receiving this email because you subscribed to Tyres &amp; Accessories newsletters.<br>'
    '<a href="https://tyrepress.us21.list-manage.com/profile?u=8f2b1c4d7e6a9f0b3c5d2e1a4&amp;id=6b3c9e1f2a">Update your preferences</a> · '
    '<a href="https://tyrepress.us21.list-manage.com/unsubscribe?u=8f2b1c4d7e6a9f0b3c5d2e1a4&amp;id=6b3c9e1f2a&amp;e=5c2d9a7f1b">Unsubscribe</a>')
add(Mail(
    'newsletter-tyrepress-mailchimp', '2026-11-20 07:01:06', MAIL['uk_sales'],
    I.mailchimp('8f2b1c4d7e6a9f0b3c5d2e1a4', 'a4e1f2c9b7'),
    ('Tyres & Accessories', 'news@tyrepress.com'),
    'The Week in Tyres: retread demand, October imports, Tyrexpo 2027',
    alt(nl, nl_html, 'utf-8', 'quoted-printable'),
    to=[('James', MAIL['uk_sales'])], sent_delta=1,
    extra=[('List-Unsubscribe', '<https://tyrepress.us21.list-manage.com/unsubscribe?u=8f2b1c4d7e6a9f0b3c5d2e1a4&id=6b3c9e1f2a&e=5c2d9a7f1b&c=a4e1f2c9b7>, <mailto:unsubscribe-mc.us21_8f2b1c4d7e6a9f0b3c5d2e1a4.a4e1f2c9b7-5c2d9a7f1b@mailin.mcsv.net?subject=unsubscribe>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
           ('List-Id', '8f2b1c4d7e6a9f0b3c5d2e1a4mc list <8f2b1c4d7e6a9f0b3c5d2e1a4.6b3c9e1f2a.list-id.mcsv.net>')],
    what='Subscribed trade newsletter (UK tyre industry) through Mailchimp.',
    why='Mailchimp infrastructure with its usual list headers and one-click unsubscribe; links to the publisher and list-manage.com only.'))

# ---------------------------------------------------------------- 16 carrier statement with ZIP (not encrypted)
p16 = """Hi Priya,

Please find attached our statement for October together with copies of the three invoices (zipped, as the scanned PODs are attached to each PDF).

CFS-26-3381 - MSKU 7718230 - £1,145.00 + VAT (container number corrected as you asked)
CFS-26-3394 - TGHU 4410275 - £1,145.00 + VAT
CFS-26-3402 - MSKU 7720118 - £1,210.00 + VAT

Total due 30/11/2026: £4,200.00 (£3,500.00 + VAT £700.00).

Our bank details are unchanged (NatWest, sort code 60-16-13, account 31926819).

Kind regards,
Sarah Clarke
Accounts
Clarke Freight Services Ltd
Dock Road, Felixstowe, Suffolk IP11 3SW
T: 01632 960771
"""
def inv(no, cont, amt):
    vat = amt * 0.2
    return [('h1', 'Clarke Freight Services Ltd'), ('small', 'Dock Road, Felixstowe, Suffolk IP11 3SW · VAT %s' % TAX['clarke_vat']),
            ('h2', 'INVOICE %s' % no),
            ('p', 'Bill to: Example Group UK Ltd, Unit 7, Tyseley Industrial Estate, Birmingham B11 2AA'),
            ('p', 'Container haulage Felixstowe - Birmingham, container %s (40HC), tyres' % cont),
            ('mono', 'Net: £{:,.2f}   VAT 20%: £{:,.2f}   Total: £{:,.2f}'.format(amt, vat, amt + vat)),
            ('p', 'Payment 30 days. NatWest, sort code 60-16-13, account 31926819 (IBAN %s)' % ids.fmt_iban(BANK['clarke'])),
            ('small', 'Proof of delivery attached (scan).')]
zentries = [('CFS_Statement_Oct2026.pdf', __import__('pdf').make_pdf([
                ('h1', 'Clarke Freight Services Ltd'), ('h2', 'Statement of account - October 2026'),
                ('p', 'Customer: Example Group UK Ltd (EXA01)'),
                ('mono', 'CFS-26-3381  MSKU 7718230  £1,374.00'), ('mono', 'CFS-26-3394  TGHU 4410275  £1,374.00'),
                ('mono', 'CFS-26-3402  MSKU 7720118  £1,452.00'), ('b', 'Balance due 30/11/2026: £4,200.00')],
                title='Statement', author='Clarke Freight', creator='Sage 50', producer='Sage 50 Accounts')),
            ('CFS-26-3381.pdf', __import__('pdf').make_pdf(inv('CFS-26-3381', 'MSKU 7718230', 1145.0), title='CFS-26-3381', creator='Sage 50', producer='Sage 50 Accounts')),
            ('CFS-26-3394.pdf', __import__('pdf').make_pdf(inv('CFS-26-3394', 'TGHU 4410275', 1145.0), title='CFS-26-3394', creator='Sage 50', producer='Sage 50 Accounts')),
            ('CFS-26-3402.pdf', __import__('pdf').make_pdf(inv('CFS-26-3402', 'MSKU 7720118', 1210.0), title='CFS-26-3402', creator='Sage 50', producer='Sage 50 Accounts'))]
add(Mail(
    'clarke-freight-statement-zip', '2026-11-04 14:55:02', MAIL['uk_acc'],
    I.gmail(date_zone='UK', host='mail-wr1-f49.google.com', ip='209.85.221.49'),
    ('Sarah Clarke', 'accounts@clarkefreight.co.uk'),
    'Clarke Freight Services - October statement and invoices',
    mixed(alt(p16, T.gmail_html(p16), 'UTF-8', 'quoted-printable'),
          zip_att('CFS_October_2026.zip', zentries, seed='cfs-genuine', when=(2026, 11, 4, 14, 40, 10))),
    to=[('Priya Sharma', MAIL['uk_acc'])], sent_delta=9,
    pair=('thread-hijack-clarke-zip',), pair_note='same carrier mailbox sending invoices in a ZIP: the genuine archive is unencrypted, contains PDFs, and the text answers the earlier container-number question.',
    what='Carrier sends its monthly statement and three invoice PDFs in an ordinary ZIP.',
    why='Known carrier on Google Workspace, unencrypted ZIP with PDFs only, specific and consistent content (answers the container-number query), bank details unchanged.'))
