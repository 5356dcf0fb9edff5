"""Genuine business mail, English (09-16)."""
from common import *  # noqa: F401,F403

F = 'business'


def build():
    # ------------------------------------------------------------------ 09 Van Damme memo (thread start)
    t = dt(2026, 11, 3, 9, 14, 27)
    body = '''Dear Florian,

As agreed on the phone yesterday, please find attached the memo for parcel VD-2611 (14 stones, 9.87 ct total) together with the list of GIA report numbers. The goods will travel with Malca-Amit from Antwerp on Thursday; you should have them in Pforzheim on Friday morning.

Memo terms as usual: 30 days on approval, insurance under our policy until receipt. If you keep the 1.52 ct F VS1 for the Bond Street client, please let me know by 20 November so we can invoice it separately.

The original GIA reports are in the parcel. You can verify each number on the GIA website (Report Check) before the stones arrive.

Kind regards,
Pieter

--
Pieter Van Damme
Van Damme Diamonds BV
Hoveniersstraat 30, bus 211 | 2018 Antwerpen | Belgium
T +32 3 232 41 87 | M +32 475 61 22 09
'''
    cols = [30, 95, 50, 45, 45, 45, 95, 70]
    rows = [('1', 'Round brilliant', '1.52', 'F', 'VS1', 'EX', '2471184539', '14.820'),
            ('2', 'Round brilliant', '1.01', 'G', 'VS2', 'EX', '6482213077', '6.950'),
            ('3', 'Round brilliant', '0.91', 'G', 'VVS2', 'EX', '1493310288', '5.870'),
            ('4', 'Oval', '0.78', 'E', 'VS1', 'VG', '7471852201', '4.310'),
            ('5', 'Pear', '0.70', 'F', 'SI1', 'VG', '2497701846', '2.480'),
            ('6-14', 'Round brilliant (9)', '4.95', 'F-H', 'VS-SI', 'EX', 'see annex', '21.640')]
    memo = pdf.letter([
        ('H', 'VAN DAMME DIAMONDS BV'), 'Hoveniersstraat 30, bus 211 - 2018 Antwerpen - BTW BE 0' + '478.112.903',
        ('R',), ('S', 6), ('B', 'MEMORANDUM (goods on approval) - VD-2611'), 'Date: 3 November 2026',
        'Consignee: Example Group AG, Goldschmiedstrasse 12, 75172 Pforzheim, Germany', ('S', 10),
        ('T', ['#', 'Shape', 'Carat', 'Col.', 'Clar.', 'Cut', 'GIA report', 'USD'], cols, True), ('R',)] +
        [('T', list(r), cols) for r in rows] + [('R',),
        ('T', ['', 'Total', '9.87', '', '', '', '', '56.070'], cols, True), ('S', 12),
        ('W', 'The goods described above remain the property of Van Damme Diamonds BV until paid in full. '
              'Terms: 30 days on approval. Shipment insured by consignor until receipt. Payment to '
              'KBC Bank, IBAN ' + fmt_iban(BANK['vandamme']) + ', BIC KREDBEBB.'),
        ('S', 10), 'The diamonds herein invoiced have been purchased from legitimate sources not involved in funding',
        'conflict, in compliance with United Nations resolutions and the Kimberley Process.'],
        producer='Skia/PDF m131 Google Docs Renderer', creator='Google Docs', title='Memo VD-2611',
        created=pdfdate(dt(2026, 11, 3, 8, 50)))
    make(F, 9, 'en', 'vandamme-memo-parcel-vd2611', frm=C('vandamme'), to=[S('proc')],
         subject='Parcel VD-2611 – memo and GIA report numbers', t=t, infra=P(I.gmail),
         body=mixed(gm_alt(body), attach(memo, 'application/pdf', 'Memo_VD-2611.pdf')),
         order='gmail', date_zone='CE',
         what='Antwerp diamond supplier sends the consignment memo and GIA report numbers for a parcel.',
         why='Known supplier on its Google Workspace domain, continuing a phone agreement; memo PDF with '
             'Kimberley Process statement, shipping via an insured valuables carrier, no links.',
         hn='A09')

    # ------------------------------------------------------------------ 10 genuine DocuSign envelope
    t = dt(2026, 11, 24, 14, 2, 10)
    env = uuid('ds-env-10', upper=True)
    acct = uuid('ds-acct-vallorbe')
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (uuid('ds-a-10'), acct, uuid('ds-er-10'))
    body = '''Sophie Rochat sent you a document to review and sign.

[[REVIEW DOCUMENT|%s]]

Sophie Rochat
s.rochat@montres-vallorbe.ch

Dear Mr Richter,

Please find attached for signature the Selective Distribution Agreement 2027 for Germany and the United Kingdom, as discussed with you in Le Sentier on 12 November. Annex 3 (authorised points of sale) now includes the Milan boutique.

Kind regards,
Sophie Rochat

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

Stop receiving this email
[[Report this email|https://protect.docusign.net/report-abuse?e=%s&lang=en]] or read more about [[Declining to sign|https://support.docusign.com/s/articles/How-do-I-decline-to-sign-a-document]] and [[Managing notifications|https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications]].

This message was sent to you by Sophie Rochat who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
''' % (url, env.replace('-', '') + '2', b64url('ds-rep-10', 48))
    hb = tpl.service_html('Sophie Rochat sent you a document to review and sign.',
                          [p for p in body.split('\n\n')[2:6]], button=('REVIEW DOCUMENT', url),
                          footer='\n'.join(body.split('\n\n')[6:]), color='#4C00FF', brand='Docusign', lang='en')
    make(F, 10, 'en', 'docusign-distribution-agreement-vallorbe', frm=('Sophie Rochat via Docusign', 'dse@eumail.docusign.net'),
         reply_to=C('vallorbe'), to=[S('sales')],
         subject='Please DocuSign: Selective Distribution Agreement 2027 – Example Group', t=t, infra=P(I.docusign),
         body=alt(text(tpl.plain(body, 'service'), 'utf-8', 'quoted-printable'), html(hb, 'utf-8', 'quoted-printable')),
         bstyle='service', date_zone='UTC', extra=[('X-DocuSign-Envelope', env)],
         what='DocuSign envelope from the Swiss watch brand: distribution agreement 2027 to sign.',
         why='Sent by DocuSign\'s EU infrastructure (eumail.docusign.net) on behalf of the known brand contact, '
             'reply-to her real address, link to eu.docusign.net, agreement discussed in person beforehand.',
         hn='A10, A35')

    # ------------------------------------------------------------------ 11 Microsoft 365 message center digest
    t = dt(2026, 11, 9, 1, 5, 44)
    body = '''Microsoft 365 Message center

Weekly digest for Example Group AG
Week of November 2 - November 8, 2026

Here's a summary of changes coming to your Microsoft 365 services. Review the full posts in the Message center to plan for these changes.

MAJOR UPDATE
(Updated) Microsoft Entra ID: Device code flow blocked by default for new tenants; existing tenants should review Conditional Access "Authentication flows" policies
MC1184420 - Act by: December 15, 2026

Microsoft Teams: External access - chat requests from unmanaged accounts will show a new "External" warning banner
MC1185102 - Rollout: mid-November 2026

PLAN FOR CHANGE
Exchange Online: Retirement of Basic authentication for SMTP AUTH client submission
MC1179931 - Act by: March 1, 2027

STAY INFORMED
SharePoint Online: Updated sharing notification emails
MC1186675

Outlook for Windows: "Report phishing" button available in the simplified ribbon by default
MC1187013

[[View all messages in Message center|https://admin.microsoft.com/Adminportal/Home#/MessageCenter]]

You're receiving this email because you're a global admin or message center reader in your organization. To change your preferences, go to [[Message center preferences|https://admin.microsoft.com/Adminportal/Home#/MessageCenter/:/preferences]].

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
[[Privacy Statement|https://go.microsoft.com/fwlink/?LinkId=521839]]
'''
    hb = tpl.service_html('Weekly digest: Microsoft service updates', body.split('\n\n')[1:-3],
                          button=('View all messages in Message center', 'https://admin.microsoft.com/Adminportal/Home#/MessageCenter'),
                          footer='\n'.join(body.split('\n\n')[-2:]), color='#0078D4', brand='Microsoft 365', lang='en')
    make(F, 11, 'en', 'microsoft365-message-center-digest', frm=('Microsoft 365 Message center', 'o365mc@microsoft.com'),
         to=[S('itsec')], subject='Weekly digest: Microsoft service updates', t=t,
         infra=P(I.microsoft), body=alt(text(tpl.plain(body), 'utf-8', 'quoted-printable'), html(hb, 'utf-8', 'quoted-printable')),
         bstyle='service', date_zone='UTC',
         extra=[('List-Unsubscribe', '<https://admin.microsoft.com/Adminportal/Home#/MessageCenter/:/preferences>')],
         what='Microsoft 365 Message center weekly digest to the mail/security admin.',
         why='Subscribed admin digest from Microsoft\'s own outbound infrastructure, links only to '
             'admin.microsoft.com / go.microsoft.com, no credential request.',
         hn='A12, A25')

    # ------------------------------------------------------------------ 12 GitHub password reset
    t = dt(2026, 10, 29, 15, 33, 2)
    tok = b64url('gh-reset', 30).replace('-', '').replace('_', '')[:40]
    body = '''We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

Reset your password: https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team

You're receiving this email because a password reset was requested for your account.

GitHub, Inc. - 88 Colin P Kelly Jr Street - San Francisco, CA 94107
''' % tok
    hb = tpl.service_html('Reset your GitHub password', [
        'We heard that you lost your GitHub password. Sorry about that!',
        'But don\'t worry! You can use the following button to reset your password:'],
        button=('Reset your password', 'https://github.com/password_reset/' + tok),
        footer='If you don\'t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset\n'
               'You\'re receiving this email because a password reset was requested for your account.\n'
               'GitHub, Inc. - 88 Colin P Kelly Jr Street - San Francisco, CA 94107', color='#2da44e', brand='GitHub', lang='en')
    make(F, 12, 'en', 'github-password-reset', frm=('GitHub', 'noreply@github.com'), to=[S('ithead')],
         subject='[GitHub] Please reset your password', t=t, infra=P(I.github),
         body=alt(text(body, 'us-ascii', '7bit', quote_cs=False), html(hb, 'UTF-8', '7bit', quote_cs=False)),
         bstyle='gmail', date_zone='PT',
         what='GitHub password-reset mail requested by the head of IT for the company\'s GitHub account.',
         why='Genuine GitHub transactional mail from GitHub\'s SMTP servers, reset link on github.com only, '
             'plain 7-bit; requested by the user.',
         hn=None)

    # ------------------------------------------------------------------ 13 solicitors' completion statement
    t = dt(2026, 12, 2, 11, 26, 38)
    body = '''Dear Oliver,

32 Hatton Garden – renewal lease

Further to our call this morning, I attach the completion statement for the renewal lease. The landlord's solicitors have confirmed that the engrossments are signed on their side and we are in a position to complete on Friday 4 December.

The balance due from Example Group UK Ltd is £18,640.00 (rent deposit top-up, first quarter's rent from 25 December, and our fees and disbursements as per our engagement letter). Our client account details are set out on page 2 of the statement.

Before you send any funds, please telephone this office on 020 7946 0312 (the number on our letterhead and website) and ask to speak to me or to our accounts team to verify the account details verbally. Harcourt & Lane will never change its bank details by email.

Priya, I have copied you in so the payment can be scheduled for Thursday.

Kind regards,

Emma Whitfield
Partner, Commercial Property
Harcourt & Lane LLP
14 Furnival Street, London EC4A 1AB
T +44 20 7946 0312 | DD +44 20 7946 0358

Harcourt & Lane LLP is a limited liability partnership registered in England and Wales (OC402771) and is authorised and regulated by the Solicitors Regulation Authority (SRA number 618204).
CYBERCRIME WARNING: We will never notify you of changes to our bank details by email. Always call us on a known number to verify bank details before transferring money.
'''
    stmt = pdf.letter([
        ('H', 'HARCOURT & LANE LLP'), '14 Furnival Street, London EC4A 1AB - T 020 7946 0312', ('R',), ('S', 6),
        ('B', 'COMPLETION STATEMENT'), 'Property: 32 Hatton Garden, London EC1N 8DL (ground floor and basement)',
        'Transaction: Renewal lease - Example Group UK Ltd (tenant)', 'Completion date: 4 December 2026', ('S', 10),
        ('T', ['Item', '', 'GBP'], [300, 60, 100], True), ('R',),
        ('T', ['Rent deposit top-up (3 months at new rent)', '', '6,250.00'], [300, 60, 100]),
        ('T', ['Rent 25 Dec 2026 - 24 Mar 2027', '', '8,750.00'], [300, 60, 100]),
        ('T', ['Our costs (fixed fee as per engagement letter)', '', '2,950.00'], [300, 60, 100]),
        ('T', ['VAT on costs', '', '590.00'], [300, 60, 100]),
        ('T', ['SDLT return / Land Registry fee', '', '100.00'], [300, 60, 100]), ('R',),
        ('T', ['Balance required from you', '', '18,640.00'], [300, 60, 100], True), ('S', 16),
        ('B', 'Client account (please verify by telephone before payment)'),
        'Barclays Bank UK PLC - Harcourt & Lane LLP Client Account', 'Sort code 20-32-53  Account 61734952',
        'IBAN ' + fmt_iban(BANK['harcourt']) + '  BIC BARCGB22', 'Reference: EGUK/HG32/EW'],
        producer='Microsoft® Word for Microsoft 365', creator='Microsoft® Word for Microsoft 365',
        title='Completion statement', author='Emma Whitfield', created=pdfdate(dt(2026, 12, 2, 10, 55), 'UK'))
    make(F, 13, 'en', 'solicitors-completion-statement-lease', frm=C('whitfield'), to=[S('uk_mgr')], cc=[S('uk_acc')],
         subject='32 Hatton Garden – renewal lease – completion statement', t=t,
         infra=P(I.m365, lang='en-GB', has_attach=True, obe='EUR01-DB5-obe'),
         body=mixed(ol_alt(body, 'windows-1252', lang='EN-GB'),
                    attach(stmt, 'application/pdf', 'Completion Statement - 32 Hatton Garden.pdf')),
         hcs='windows-1252', order='outlook', bstyle='outlook', date_zone='UK',
         what='The London office\'s solicitors send the completion statement for the boutique lease renewal.',
         why='Known law firm on its own Microsoft 365 tenant, matter discussed by phone the same morning, '
             'payment to a Barclays client account, and the sender insists on verbal verification via the '
             'published number.',
         hn='A13')

    # ------------------------------------------------------------------ 14 Oliver internal: client gifts
    t = dt(2026, 11, 19, 10, 8, 51)
    body = '''Hi Priya,

Quick one on the Christmas gifts for our top clients: Thomas has approved the budget (£6,000, cost centre UK-MKT-4410).

Florian will raise the PO in SAP for 40 hampers from Fortnum & Mason, delivery to Hatton Garden by 10 December. Could you please make sure the invoice is matched to the PO when it comes in? No gift cards this year – group policy since the audit.

I'll send you the client list for the cards separately on Monday.

Thanks,
Oliver

Oliver Bennett
Office Manager UK
Example Group UK Ltd | 32 Hatton Garden | London EC1N 8DL
T +44 20 7946 0877
'''
    make(F, 14, 'en', 'uk-manager-client-gifts-po', frm=S('uk_mgr'), to=[S('uk_acc')], cc=[S('proc')],
         subject='Christmas client gifts – PO via procurement', t=t,
         infra=P(I.internal, lang='en-GB', client_ip='10.60.1.23'),
         body=ol_alt(body, 'windows-1252', lang='EN-GB'), hcs='windows-1252', order='outlook', date_zone='UK',
         what='The UK office manager organises client Christmas hampers through a purchase order.',
         why='Internal mail from the manager\'s real mailbox via Exchange/mail-int01; approved budget, '
             'PO through procurement, explicitly no gift cards.',
         hn='A14')

    # ------------------------------------------------------------------ 15 Google security alert
    t = dt(2026, 10, 16, 7, 51, 9)
    em = S('eshop')[1]
    body = '''A new sign-in on Windows

%s

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity <https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%d%%26et%%3D0>

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
''' % (em, em.replace('@', '%40'), 1790000000000 + num('gal', 1, 10 ** 8), num('gal2', 10 ** 17, 10 ** 18))
    hb = tpl.service_html('A new sign-in on Windows', [em, 'We noticed a new sign-in to your Google Account on a '
                          'Windows device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.'],
                          button=('Check activity', 'https://accounts.google.com/AccountChooser?Email=' + em.replace('@', '%40')
                                  + '&continue=https://myaccount.google.com/alert/nt/'),
                          footer='You can also see security activity at\nhttps://myaccount.google.com/notifications\n'
                                 'You received this email to let you know about important changes to your Google Account and services.\n'
                                 '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
                          color='#1a73e8', brand='Google', lang='en')
    make(F, 15, 'en', 'google-security-alert-new-signin', frm=('Google', 'no-reply@accounts.google.com'), to=[S('eshop')],
         subject='Security alert', t=t, infra=P(I.google_service, kind='accounts'),
         body=alt(text(body, 'UTF-8', 'quoted-printable', quote_cs=False), html(hb, 'UTF-8', 'quoted-printable', quote_cs=False)),
         bstyle='gmail', date_zone='UTC', date_gmt=True, return_path='3' + alnum('grp', 20, 'abcdefghijklmnopqrstuvwxyz0123456789') + '@gaia.bounces.google.com',
         what='Google account security alert: new sign-in on Windows for the e-shop manager\'s Google account.',
         why='Genuine Google notification from Google\'s sending infrastructure (mail-sor-f*.google.com, '
             'gaia.bounces return path), links only to accounts.google.com/myaccount.google.com.',
         hn=None)

    # ------------------------------------------------------------------ 16 Vallorbe shipment notice
    t = dt(2026, 11, 10, 13, 41, 55)
    body = '''Dear Florian,

Shipment MV-DE-48211 left our warehouse in Le Sentier today and is in the hands of Brink's Global Services (HAWB 176-48215530). Delivery to your Pforzheim vault is planned for Thursday, 12 November, between 09:00 and 12:00. Brink's will call your security desk 30 minutes before arrival.

Please find attached the commercial invoice and the packing list. Import clearance in Germany is handled by Brink's as usual; the EUR.1 movement certificate travels with the goods.

Contents: 18 watches (6 × MV Calibre 21 Chronographe, 8 × Vallée 38 Automatique, 4 × Joux Perpétuel), total value CHF 214,600.00.

Best regards,

Logistics & Customer Service
Montres Vallorbe SA
Route de la Vallée 12 | 1347 Le Sentier | Switzerland
T +41 21 845 33 10 | logistics@montres-vallorbe.ch
'''
    cols = [60, 200, 40, 80, 80]
    inv = pdf.letter([
        ('H', 'MONTRES VALLORBE SA'), 'Route de la Vallée 12 - 1347 Le Sentier - CHE-109.482.771 TVA', ('R',), ('S', 6),
        ('B', 'COMMERCIAL INVOICE 26-EX-48211'), 'Date: 10.11.2026   Shipment: MV-DE-48211   Incoterms: DAP Pforzheim',
        'Consignee: Example Group AG, Goldschmiedstrasse 12, 75172 Pforzheim, DE - ' + COMPANY['ustid'], ('S', 8),
        ('T', ['Ref.', 'Description', 'Qty', 'Unit CHF', 'Total CHF'], cols, True), ('R',),
        ('T', ['MV-C21', 'Calibre 21 Chronographe, steel', '6', '12,900.00', '77,400.00'], cols),
        ('T', ['MV-V38', 'Vallee 38 Automatique, steel', '8', '6,400.00', '51,200.00'], cols),
        ('T', ['MV-JP', 'Joux Perpetuel, 18k red gold', '4', '21,500.00', '86,000.00'], cols), ('R',),
        ('T', ['', 'Total', '18', '', '214,600.00'], cols, True), ('S', 8),
        'HS code 9101.21 / 9102.21 - Origin: Switzerland (preferential origin, EUR.1 attached)',
        'Payment: 60 days net to UBS Switzerland AG, IBAN ' + fmt_iban(BANK['vallorbe']) + ', BIC UBSWCHZH80A'],
        producer='SAP NetWeaver', creator='SAP', title='Commercial invoice', created=pdfdate(dt(2026, 11, 10, 13, 20)))
    pack = pdf.letter([
        ('H', 'MONTRES VALLORBE SA'), ('B', 'PACKING LIST - MV-DE-48211'), ('R',),
        'Shipper: Montres Vallorbe SA, Le Sentier  /  Carrier: Brink\'s Global Services, HAWB 176-48215530',
        'Packages: 1 sealed security box, seal no. BR-7781204, gross 6.4 kg', ('S', 8),
        ('T', ['Ref.', 'Serial numbers', 'Qty'], [70, 330, 40], True), ('R',),
        ('T', ['MV-C21', '21C-08812 ... 21C-08817', '6'], [70, 330, 40]),
        ('T', ['MV-V38', '38A-11402 ... 38A-11409', '8'], [70, 330, 40]),
        ('T', ['MV-JP', 'JP-0412, JP-0415, JP-0416, JP-0419', '4'], [70, 330, 40])],
        producer='SAP NetWeaver', creator='SAP', title='Packing list', created=pdfdate(dt(2026, 11, 10, 13, 21)))
    make(F, 16, 'en', 'vallorbe-shipment-dispatched-documents', frm=C('vallorbe_log'), to=[S('proc')], cc=[S('sales')],
         subject='Shipment MV-DE-48211 dispatched – commercial invoice and packing list', t=t,
         infra=P(I.m365, lang='en-GB', has_attach=True, obe='EUR02-GV0-obe'),
         body=mixed(ol_alt(body, 'utf-8', lang='EN-GB'), attach(inv, 'application/pdf', 'CI_26-EX-48211.pdf'),
                    attach(pack, 'application/pdf', 'PL_MV-DE-48211.pdf')),
         order='outlook', bstyle='outlook',
         what='The Swiss watch brand announces a dispatched shipment with commercial invoice and packing list.',
         why='Known brand\'s logistics mailbox on its Microsoft 365 tenant, consistent shipment data and '
             'valuables carrier, PDFs only, no links or payment request beyond usual 60-day terms to the known CH account.',
         hn='A16')
