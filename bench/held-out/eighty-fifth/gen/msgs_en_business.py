"""English genuine business messages (09-16)."""
from common import *  # noqa
from banking import no_iban, gb_iban, spaced
from providers import docusign_eu, MicrosoftService, GitHubService, ses, mailchimp, M365
from routes import ExchangeInternal
from files import photo_png

MESSAGES = []
NORDKAP = no_iban('1503', '284671')

# ------------------------------------------------------------------ 09 genuine DocuSign
u09 = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=6f1e2a77-3c0b-4d8e-9b21-5a7c4e0d9f13&etti=24&acct=8d2b4c61-1f7e-4a90-b3c5-0e9d7a6f2c18&er=2b7c9e14-55a3-4c1d-8e6f-91a0b3c4d5e6'
t09 = """Ingrid Solberg sent you a document to review and sign.

REVIEW DOCUMENT
{u}

Ingrid Solberg
ingrid.solberg@nordkap-seafood.no

Dear Frank,

As agreed in our call on Monday, please find the final Supply Agreement 2027 for electronic signature. Jürgen is included as second signatory after you.

Best regards,
Ingrid

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
6F1E2A773C0B4D8E9B215A7C4E0D9F1324

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

This message was sent to you by Ingrid Solberg who is using the Docusign Electronic Signature Service.""".format(u=u09)
h09 = h_notice('UTF-8', 'Ingrid Solberg sent you a document to review and sign.', [
    '<b>Ingrid Solberg</b><br><a href="mailto:ingrid.solberg@nordkap-seafood.no">ingrid.solberg@nordkap-seafood.no</a>',
    'Dear Frank,<br><br>As agreed in our call on Monday, please find the final Supply Agreement 2027 for electronic signature. J&uuml;rgen is included as second signatory after you.<br><br>Best regards,<br>Ingrid'],
    button=('REVIEW DOCUMENT', u09), color='#4c00ff', brand='<span style="color:#4c00ff">Docusign</span>', logo_alt='Docusign',
    footer='<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>'
           '<b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security code:<br>6F1E2A773C0B4D8E9B215A7C4E0D9F1324<br><br>'
           'This message was sent to you by Ingrid Solberg who is using the Docusign Electronic Signature Service.')
MESSAGES.append(dict(
    slug='docusign-genuine-supply-agreement',
    frm=('Ingrid Solberg via Docusign', 'dse@eumail.docusign.net'),
    reply_to=('Ingrid Solberg', 'ingrid.solberg@nordkap-seafood.no'),
    to=[S['proc']], subject='Please DocuSign: Supply Agreement 2027 - Nordkap Seafood AS / Example Group GmbH',
    date='2026-11-05 10:18:40', zone='NO', date_zone='UTC',
    via=docusign_eu(),
    body=alt(Text(t09, 'UTF-8', 'quoted-printable'), Text(h09, 'UTF-8', 'quoted-printable', 'html')),
    what='Genuine DocuSign envelope from Nordkap\'s sales manager for the 2027 supply agreement, sent by DocuSign EU.',
    why='Sent from dse@eumail.docusign.net through DocuSign\'s EU mail platform, link to eu.docusign.net, security code for alternate access, personal note matching the real negotiation.',
    hardneg=['docusign-fake-supply-agreement'], hardneg_note='same contract and same Nordkap contact; real DocuSign infrastructure and domain',
))

# ------------------------------------------------------------------ 10 internal IT notice with QR (MFA re-registration)
qr10 = 'https://aka.ms/mysecurityinfo'
t10 = """Dear colleagues,

As announced in the IT newsletter, we are switching all Microsoft 365 accounts of Example Group to phishing-resistant sign-in (passkeys in Microsoft Authenticator). Please complete the registration by Monday, 30 November 2026.

How to register (about 5 minutes, on your own PC in the office or via VPN):
1. Open https://aka.ms/mysecurityinfo in your browser (or scan the QR code below with your phone camera).
2. Sign in with your usual Example Group account.
3. Choose "Add sign-in method" > "Passkey in Microsoft Authenticator" and follow the steps.

Please note:
- IT will never call you and ask for a code, and we will never ask you to install remote-support tools such as Quick Assist or AnyDesk by phone or Teams.
- Do not scan QR codes in e-mails that claim to come from IT unless they point to aka.ms/mysecurityinfo and you expected this notice. If in doubt, check the intranet page "IT > Passkeys" or call the IT hotline on extension 2222.
- Colleagues in Genova, Gdynia, Vigo, Piraeus, Grimsby and Murmansk: your local office manager has a printed guide.

Thank you for your support.

Lukas Brandt
IT Security
Example Group GmbH | Am Lunedeich 118 | 27572 Bremerhaven
Tel. +49 471 9 41 27-222"""
h10 = h_outlook(t10, 'us-ascii', 'EN-US').replace(
    '</div>\n</body>', '<p class="MsoNormal"><img width="180" height="180" src="cid:image001.png@01DD5F2A.4C1E0A30" alt="QR code aka.ms/mysecurityinfo"></p>\n</div>\n</body>')
MESSAGES.append(dict(
    slug='it-notice-passkey-registration-qr',
    frm=S['sec'], to=[('All Staff Example Group', 'all-staff@example.com')], rcpt=S['acc_uk'][1],
    subject='Action required by 30 November: register a passkey for Microsoft 365',
    date='2026-11-16 09:30:00', zone='DE',
    via=ExchangeInternal('HQ-EXCH02', 'en-US', ws_ip='10.20.6.14', hdr_cs='us-ascii'),
    body=related(alt(Text(t10, 'us-ascii', '7bit'), Text(h10, 'us-ascii', 'quoted-printable', 'html')),
                 Att('image001.png', 'image/png', qr_png(qr10), inline=True, cid='image001.png@01DD5F2A.4C1E0A30')),
    qr=[qr10],
    what='Internal IT security notice to all staff (distribution list) asking everyone to register a passkey; includes an inline QR code to aka.ms/mysecurityinfo.',
    why='Sent by the real IT security admin through the internal Exchange and mail-int01, QR and link point to Microsoft\'s genuine aka.ms/mysecurityinfo, announced in advance, explicitly warns against phone/Teams remote-support requests.',
    hardneg=['m365-mfa-quishing', 'it-servicedesk-teams-remotehilfe'],
    hardneg_note='IT security request with QR code / IT pretext, but internal route and genuine Microsoft URL',
))

# ------------------------------------------------------------------ 11 Microsoft Entra SSPR notification
t11 = """Example Group

Your password has been reset

Dear Emma Clarke,

The password for your Example Group account emma.clarke@example.com was reset on 17/11/2026 at 08:14 (UTC).

If you reset your password, you don't need to do anything else.

If you didn't reset your password, contact your administrator or IT help desk immediately.

Thank you,
Example Group

Microsoft Corporation | One Microsoft Way, Redmond, WA 98052-6399
This message was sent from an unmonitored email address. Please do not reply to this message.
Privacy | Legal"""
h11 = h_notice('utf-8', 'Your password has been reset', [
    'Dear Emma Clarke,',
    'The password for your Example Group account <b>emma.clarke@example.com</b> was reset on 17/11/2026 at 08:14 (UTC).',
    'If you reset your password, you don\'t need to do anything else.',
    'If you didn\'t reset your password, contact your administrator or IT help desk immediately.',
    'Thank you,<br>Example Group'], color='#0078d4', brand='Example Group',
    footer='Microsoft Corporation | One Microsoft Way, Redmond, WA 98052-6399<br>This message was sent from an unmonitored email address. Please do not reply to this message.<br>'
           '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy</a> | <a href="https://go.microsoft.com/fwlink/?LinkId=521840">Legal</a>')
MESSAGES.append(dict(
    slug='microsoft-entra-password-reset-notice',
    frm=('Microsoft on behalf of Example Group', 'msonlineservicesteam@microsoftonline.com'),
    to=[S['acc_uk']], subject='Example Group account password reset',
    date='2026-11-17 08:14:31', zone='UTC',
    via=MicrosoftService(lang='en-US'),
    body=alt(Text(t11, 'utf-8', 'quoted-printable'), Text(h11, 'utf-8', 'quoted-printable', 'html')),
    what='Microsoft Entra self-service password reset confirmation for the UK accountant after she reset her password herself.',
    why='Sent by Microsoft (microsoftonline.com) via Exchange Online Protection, informational only, no login link, matches a real user action.',
    hardneg=['voicemail-svg-compromised-sender'], hardneg_note='Microsoft 365 account mail, but genuine Microsoft infrastructure and no sign-in link',
))

# ------------------------------------------------------------------ 12 GitHub password reset
u12 = 'https://github.com/password_reset/8f7b2e4d91c3a6f05e1d2b7c9a4f6e03b8d1c5a2'
t12 = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

{u}

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team""".format(u=u12)
h12 = h_notice('UTF-8', 'Reset your GitHub password', [
    'We heard that you lost your GitHub password. Sorry about that!',
    'But don\'t worry! You can use the following button to reset your password:'],
    button=('Reset your password', u12), color='#2da44e', brand='<span style="color:#24292f">GitHub</span>', logo_alt='GitHub',
    after=['If you don\'t use this link within 3 hours, it will expire. To get a new password reset link, visit <a href="https://github.com/password_reset">https://github.com/password_reset</a>.',
           'Thanks,<br>The GitHub Team'],
    footer='You\'re receiving this email because a password reset was requested for your account.<br>GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107')
MESSAGES.append(dict(
    slug='github-password-reset',
    frm=('GitHub', 'noreply@github.com'), to=[S['it']], subject='[GitHub] Please reset your password',
    date='2026-11-19 15:02:44', zone='DE', date_zone='PT',
    via=GitHubService(),
    body=alt(Text(t12, 'UTF-8', '7bit'), Text(h12, 'UTF-8', 'quoted-printable', 'html')),
    what='GitHub password reset mail requested by the Head of IT (company GitHub organisation for ERP integration scripts).',
    why='Sent from noreply@github.com through GitHub\'s own SMTP (out-21.smtp.github.com), link to github.com only, standard GitHub wording.',
))

# ------------------------------------------------------------------ 13 Nordkap invoice (same tenant as the compromised mailbox)
inv13, tot13 = invoice_pdf('en', ['Nordkap Seafood AS', 'Stakkevollvegen 45, 9010 Tromsø, Norway', 'Org.nr. 918 224 571 MVA'],
                           ['Example Group GmbH', 'Am Lunedeich 118', '27572 Bremerhaven', 'Germany', 'VAT DE 812 394 551'],
                           'NK-26-11873', '23.11.2026', '23.12.2026',
                           [('Atlantic salmon fillet trim D, fresh, 1.4-1.8 kg', 9840, 'kg', 8.95),
                            ('Atlantic salmon portions 125 g IVP, frozen', 4200, 'kg', 11.40),
                            ('Freight Tromsø - Bremerhaven, reefer', 1, 'trip', 2850.00)],
                           0, ['DNB Bank ASA, Tromsø', 'IBAN ' + spaced(NORDKAP), 'SWIFT DNBANOKKXXX'],
                           notes=['Delivery 19.11.2026, CMR 0048811, your PO 4500083310.', 'Intra-EEA export, VAT 0 %.'],
                           producer='Visma Business 14', creator='Visma Business', pdfdate="20261123080502+01'00'")
t13 = """Dear Sir or Madam,

Please find attached our invoice NK-26-11873 for the delivery of 19.11.2026 (your PO 4500083310).

Amount: EUR {amt}
Due date: 23.12.2026
Payment to our account with DNB Bank ASA as stated on the invoice.

Kind regards
Accounts Receivable
Nordkap Seafood AS
Stakkevollvegen 45, 9010 Tromsø, Norway""".format(amt=fmt_money(tot13, 'en'))
MESSAGES.append(dict(
    slug='nordkap-invoice',
    frm=('Nordkap Seafood AS - Accounts Receivable', 'ar@nordkap-seafood.no'), to=[S['ap']],
    subject='Invoice NK-26-11873 from Nordkap Seafood AS',
    date='2026-11-23 08:06:11', zone='NO',
    via=M365(region='EUR05', pod='DB9', prd='eurprd05', lang='nb-NO', hdr_cs='iso-8859-1', tenant='nordkapseafood', ipnet='40.107.20'),
    body=mixed(alt(Text(t13, 'iso-8859-1', 'quoted-printable'), Text(h_outlook(t13, 'iso-8859-1', 'NB'), 'iso-8859-1', 'quoted-printable', 'html')),
               Att('NK-26-11873.pdf', 'application/pdf', inv13, dates='Mon, 23 Nov 2026 07:05:02 GMT')),
    what='Regular invoice from Norwegian salmon supplier Nordkap Seafood with PDF, payable to their known DNB account.',
    why='Same Microsoft 365 tenant as Nordkap\'s earlier mail, accounts-receivable mailbox, PO and CMR references, usual Norwegian bank account (valid NO check digit), no change request.',
    hardneg=['nordkap-compromised-mailbox-payment-diversion'], hardneg_note='same supplier tenant and infrastructure as the compromised-mailbox attack; content has no bank change',
))

# ------------------------------------------------------------------ 14 customer complaint with photos
t14 = """Hi Ryan,

I'm afraid we have a problem with Tuesday's delivery (your delivery note DN-UK-26-4418, our PO HFT-20931).

Two of the twelve pallets of frozen haddock fillets (skinless, 4-6 oz, 6 kg cartons) arrived with clear signs of temperature abuse. The driver's logger printout shows the trailer at -14 °C for about three hours near Doncaster, and on several cartons the fillets are stuck together with ice crystals and drip on the inner bag. Photos of two cartons attached; we have put both pallets on QC hold.

Can you please arrange for your QA team to look at this and let us know by Friday whether you want them collected or destroyed on site? We'd also need a credit note for the two pallets (1,152 kg) - we can't send this product to our chip shop customers.

The other ten pallets are fine.

Cheers,
Gary

Gary Holt
Purchasing Manager
Humber Fish Traders Ltd
Unit 7, Wassand Street, Hull HU3 4AL
T 01482 226 740 | M 07712 440 918"""
MESSAGES.append(dict(
    slug='customer-complaint-temperature-photos',
    frm=('Gary Holt', 'gary.holt@humberfishtraders.co.uk'), to=[S['sales_uk']], cc=[S['qa'], S['mgr_uk']],
    subject='Complaint DN-UK-26-4418 - 2 pallets haddock temperature abuse',
    date='2026-11-26 14:38:09', zone='UK',
    via=M365(region='EUR02', pod='LO0', prd='gbrprd01', lang='en-GB', hdr_cs='iso-8859-1', tenant='humberfish', ipnet='40.107.81'),
    body=mixed(alt(Text(t14, 'iso-8859-1', 'quoted-printable'), Text(h_outlook(t14, 'iso-8859-1', 'EN-GB'), 'iso-8859-1', 'quoted-printable', 'html')),
               Att('IMG_4471.png', 'image/png', photo_png('complaint-uk-1', palette='box')),
               Att('IMG_4473.png', 'image/png', photo_png('complaint-uk-2', palette='ice'))),
    what='Customer complaint from a Hull fish wholesaler about temperature-abused haddock pallets, with two photos, asking for QA review and a credit note.',
    why='Known customer on its own Microsoft 365 domain, concrete delivery and PO numbers, images only (no links, no archives), request handled through normal QA/credit process.',
    hardneg=['pec-reclamo-clickfix', 'rfq-html-attachment-greek'], hardneg_note='complaint / customer request with attachments, but plain photos from a known customer',
))

# ------------------------------------------------------------------ 15 GOV.UK Notify (Companies House)
t15 = """GOV.UK

Companies House

Identity verification: reminder for directors of EXAMPLE GROUP UK LTD

Company number: 09876543

Our records show that 1 director of this company still needs to verify their identity. From 18 November 2025, all new and existing directors must verify their identity with Companies House. Existing directors must do this by the time they file the company's next confirmation statement.

Directors can verify their identity using GOV.UK One Login. Start at:
https://www.gov.uk/guidance/verifying-your-identity-for-companies-house

Once verified, the director will receive a personal code which must be provided when the confirmation statement is filed.

You do not need to reply to this email. If you have already verified your identity, you can ignore this reminder.

Companies House
https://www.gov.uk/government/organisations/companies-house"""
MESSAGES.append(dict(
    slug='companies-house-idv-reminder-genuine',
    frm=('Companies House', 'companies.house.identity@notifications.service.gov.uk'),
    to=[S['mgr_uk']], subject='Identity verification reminder for EXAMPLE GROUP UK LTD',
    date='2026-11-02 10:41:08', zone='UK', date_zone='UTC',
    via=ses('eu-west-2'),
    headers=[('List-Unsubscribe', '<https://www.notifications.service.gov.uk/unsubscribe/9b4f1c2e-7d3a-4e51-8a6b-0c2d4e6f8a10/1f2e3d4c>')],
    body=Text(t15, 'utf-8', 'quoted-printable'),
    what='Genuine Companies House reminder (GOV.UK Notify) that a director still has to verify his identity, linking to gov.uk guidance.',
    why='GOV.UK Notify sender domain notifications.service.gov.uk (Amazon SES eu-west-2, which Notify uses), links only to www.gov.uk, no deadline threats beyond the legal requirement, no data requested by mail.',
    hardneg=['companies-house-idv-phishing'], hardneg_note='same regulatory topic (director identity verification); genuine gov.uk links',
))

# ------------------------------------------------------------------ 16 newsletter (Mailchimp)
t16 = """Seafood Trade Weekly | 27 November 2026

View this email in your browser: https://mailchi.mp/seafoodtradeweekly/stw-2026-48

TOP STORIES

Barents Sea cod quota for 2027 set 21% lower
Norway and Russia have agreed next year's total allowable catch. UK processors expect frozen-at-sea cod prices to firm further in the first quarter.

Grimsby: new cold store capacity opens on the Fish Docks
A 12,000-pallet facility started operations this week, easing the seasonal bottleneck before Christmas.

Salmon: spot prices ease after record autumn harvests
Norwegian export prices fell for the fourth consecutive week.

Read all stories: https://seafoodtradeweekly.com/news

You are receiving this email because you subscribed to Seafood Trade Weekly.
Unsubscribe: https://seafoodtradeweekly.us21.list-manage.com/unsubscribe?u=8f2a4c6e1b3d5f7a9c0e2b4d6&id=3c5e7a9b1d
Update your preferences: https://seafoodtradeweekly.us21.list-manage.com/profile?u=8f2a4c6e1b3d5f7a9c0e2b4d6&id=3c5e7a9b1d

Seafood Trade Weekly, 14 Victoria Street, Grimsby DN31 1DP, United Kingdom"""
h16 = h_notice('utf-8', 'Seafood Trade Weekly | 27 November 2026', [
    '<b>Barents Sea cod quota for 2027 set 21% lower</b><br>Norway and Russia have agreed next year\'s total allowable catch. UK processors expect frozen-at-sea cod prices to firm further in the first quarter.',
    '<b>Grimsby: new cold store capacity opens on the Fish Docks</b><br>A 12,000-pallet facility started operations this week, easing the seasonal bottleneck before Christmas.',
    '<b>Salmon: spot prices ease after record autumn harvests</b><br>Norwegian export prices fell for the fourth consecutive week.'],
    button=('Read all stories', 'https://seafoodtradeweekly.com/news?utm_source=newsletter&utm_medium=email'),
    color='#00507a', brand='Seafood Trade Weekly', lang='en',
    footer='You are receiving this email because you subscribed to Seafood Trade Weekly.<br>'
           '<a href="https://seafoodtradeweekly.us21.list-manage.com/unsubscribe?u=8f2a4c6e1b3d5f7a9c0e2b4d6&amp;id=3c5e7a9b1d">Unsubscribe</a> | '
           '<a href="https://seafoodtradeweekly.us21.list-manage.com/profile?u=8f2a4c6e1b3d5f7a9c0e2b4d6&amp;id=3c5e7a9b1d">Update your preferences</a><br>'
           'Seafood Trade Weekly, 14 Victoria Street, Grimsby DN31 1DP, United Kingdom')
MESSAGES.append(dict(
    slug='newsletter-seafood-trade-weekly',
    frm=('Seafood Trade Weekly', 'news@seafoodtradeweekly.com'), to=[S['mgr_uk']],
    subject='Barents cod quota cut, Grimsby cold store opens, salmon prices ease',
    date='2026-11-27 07:30:05', zone='UK', date_zone='UTC',
    via=mailchimp('3c5e7a9b1d', '8f2a4c6e1b3d5f7a9c0e2b4d6', 'seafoodtradeweekly.com'),
    headers=[('List-Unsubscribe', '<https://seafoodtradeweekly.us21.list-manage.com/unsubscribe?u=8f2a4c6e1b3d5f7a9c0e2b4d6&id=3c5e7a9b1d&e=a1b2c3d4e5&c=7f9e1d3c5b>, '
                                  '<mailto:unsubscribe-mc.us21_8f2a4c6e.7f9e1d3c5b-a1b2c3d4e5@unsub.mcsv.net?subject=unsubscribe>'),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
    body=alt(Text(t16, 'utf-8', 'quoted-printable'), Text(h16, 'utf-8', 'quoted-printable', 'html')),
    what='Subscribed UK seafood trade newsletter sent via Mailchimp.',
    why='Mailchimp infrastructure with List-Unsubscribe and One-Click, consistent list-manage links, informational content.',
))
