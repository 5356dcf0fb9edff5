"""Genuine business messages 09-16 (English)."""
from eglib import mime, bank, html as H
from eglib.infra import Service, Mailchimp, Gmail, rhex, ralnum, ruuid
from eglib.kit import business, alt, mixed, att, pdf, photo_png, S
from msgs.common import partner_logistik, carter_bramwell, internal

PL_EUR_IBAN = bank.pl_iban('1020109', '0000790201457702')


@business(9, 'en', 'partner-logistik-invoice-eur',
          what='Partner Logistik\'s accounting department sends the October invoice for storing furniture relocated from the Frankfurt HQ (EUR 2,340, reverse charge).',
          why='Genuine: partner-logistik.pl through its own Microsoft 365 tenant, shared accounting mailbox, PDF invoice, EUR account at PKO BP as on all invoices, '
              'standard 30-day terms, no link.',
          pair=([9, 22], 'same partner and same tenant as the hijacked thread / look-alike, but a plain PDF invoice to the known account'))
def _(m):
    m.use(partner_logistik(content_lang='en-US'))
    m.when('2026-11-02 13:05:44', 'pl')
    m.frm = ('Partner Logistik - Ksi\u0119gowo\u015b\u0107', 'ksiegowosc@partner-logistik.pl')
    m.to = [S('ap')]
    m.subject = 'Invoice PL/2026/11/0418 - storage of HQ furniture, October 2026'
    t = """Dear Sir or Madam,

Please find attached our invoice PL/2026/11/0418 dated 02.11.2026 for the storage of office furniture and archive boxes relocated from your Frankfurt headquarters (Poznan warehouse, bays 21-23, October 2026).

Net amount: EUR 2,340.00
VAT: reverse charge (Art. 196 of Council Directive 2006/112/EC)
Payment term: 30 days, due 02.12.2026

Please pay to our EUR account at PKO Bank Polski as stated on the invoice (IBAN %s, BIC BPKOPLPW).

Best regards,
Accounting Department
Partner Logistik sp. z o.o.
ul. Gdanska 120, 61-123 Poznan, Poland
VAT ID: PL7792468135
""" % bank.fmt(PL_EUR_IBAN)
    blocks = [('h1', 'Partner Logistik sp. z o.o.'), ('small', 'ul. Gda\u0144ska 120, 61-123 Pozna\u0144 - NIP/VAT ID PL7792468135 - KRS 0000587312'),
              ('h2', 'INVOICE / FAKTURA PL/2026/11/0418'),
              ('p', 'Date of issue: 02.11.2026   Date of service: 31.10.2026   Due date: 02.12.2026'),
              ('p', 'Buyer: Example Group GmbH, Mainzer Landstra\u00dfe 180, 60327 Frankfurt am Main, Germany, VAT ID DE298114537'),
              ('mono', '1  Pallet storage, bays 21-23 (78 pallet places x 30 days)     EUR 1,950.00'),
              ('mono', '2  Handling in/out, 14 movements                               EUR   390.00'),
              ('b', 'Total net: EUR 2,340.00   VAT: reverse charge   Total due: EUR 2,340.00'),
              ('p', 'Bank: PKO Bank Polski S.A., IBAN ' + bank.fmt(PL_EUR_IBAN) + ', BIC BPKOPLPW')]
    p = pdf(m, blocks, 'Invoice PL/2026/11/0418', lang='en-GB', creator='Comarch ERP Optima', producer='Comarch ERP Optima', minutes_before=12)
    m.root = mixed(m, mime.text(t, 'us-ascii', '7bit'), att(m, p, 'application/pdf', 'Invoice_PL_2026_11_0418.pdf'))


@business(10, 'en', 'microsoft-entra-weekly-digest',
          what='Microsoft Entra ID Protection weekly digest for the mail administrator: two risky users and five risky sign-ins in the Example Group tenant.',
          why='Genuine Microsoft notification: azure-noreply@microsoft.com via Microsoft\'s own Exchange Online Protection, links only to portal.azure.com / entra.microsoft.com, '
              'addressed to an administrator who subscribed to it, no credentials requested.',
          pair=([5, 11, 16], 'Microsoft-branded security mail, but really from Microsoft and linking only to Microsoft portals'))
def _(m):
    m.use(Service(svc='msentra'))
    m.when('2026-11-09 04:12:37', 'utc')
    m.frm = ('Microsoft Entra', 'azure-noreply@microsoft.com')
    m.to = [S('sec')]
    m.subject = 'Your weekly Microsoft Entra ID Protection digest for Example Group'
    base = 'https://portal.azure.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/'
    t = """Microsoft Entra ID Protection

Weekly digest for Example Group (example.com)
2 November 2026 - 8 November 2026

New risky users detected: 2
New risky sign-ins detected: 5 (3 real-time, 2 offline)
Vulnerabilities: 1 (users without MFA registration)

Top risky users
- oliver.franke@example.com - risk level: Medium - Unfamiliar sign-in properties
- lena.hartmann@examplegroup.eu - risk level: Low - Anonymous IP address

View all risky users: %sRiskyUsers
View all risky sign-ins: %sRiskySignIns

You are receiving this email because you are configured to receive the weekly digest. To change your settings, go to %sNotifications

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
""" % (base, base, base)
    body = ('<p style="margin:0 0 10px 0">Weekly digest for <b>Example Group</b> (example.com)<br>2 November 2026 - 8 November 2026</p>'
            '<table cellpadding="8" style="font-size:14px;border-collapse:collapse;margin:10px 0 18px 0">'
            '<tr><td style="border:1px solid #e1e1e1;font-size:26px;color:#a4262c">2</td><td style="border:1px solid #e1e1e1">New risky users detected</td></tr>'
            '<tr><td style="border:1px solid #e1e1e1;font-size:26px;color:#d83b01">5</td><td style="border:1px solid #e1e1e1">New risky sign-ins detected (3 real-time, 2 offline)</td></tr>'
            '<tr><td style="border:1px solid #e1e1e1;font-size:26px;color:#605e5c">1</td><td style="border:1px solid #e1e1e1">Vulnerabilities (users without MFA registration)</td></tr></table>'
            '<p><b>Top risky users</b><br>oliver.franke@example.com - Medium - Unfamiliar sign-in properties<br>'
            'lena.hartmann@examplegroup.eu - Low - Anonymous IP address</p>'
            '<p><a href="%sRiskySignIns">View all risky sign-ins</a></p>' % base)
    h = H.notice('Microsoft Entra ID Protection', body, 'View all risky users', base + 'RiskyUsers', color='#0078d4', lang='en',
                 logo_html='<span style="font-size:18px;color:#5e5e5e">Microsoft</span>',
                 footer='You are receiving this email because you are configured to receive the weekly digest. '
                        '<a href="%sNotifications">Change settings</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>'
                        '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>' % base)
    m.root = alt(m, mime.text(t, 'utf-8', 'quoted-printable'), mime.text(h, 'utf-8', 'quoted-printable', 'html'))


@business(11, 'en', 'github-password-reset',
          what='GitHub password-reset mail requested by the Head of IT for his GitHub account.',
          why='Genuine: noreply@github.com from GitHub\'s SMTP hosts, standard wording, link only to github.com/password_reset, expires in 3 hours, requested by the user.')
def _(m):
    m.use(Service(svc='github'))
    m.when('2026-10-23 07:48:03', 'us-pac')
    m.frm = ('GitHub', 'noreply@github.com')
    m.to = [('mbrandt-eg', S('it')[1])]
    m.subject = '[GitHub] Please reset your password'
    link = 'https://github.com/password_reset/%s' % ralnum(m.rng, 48)
    t = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % link
    h = H.notice('Reset your GitHub password', H.p("""We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:"""), 'Reset your password', link, color='#2da44e', lang='en',
                 logo_html='<span style="font-size:20px;font-weight:700;color:#24292f">GitHub</span>',
                 footer='If you don\'t use this link within 3 hours, it will expire. To get a new password reset link, visit: '
                        '<a href="https://github.com/password_reset">https://github.com/password_reset</a><br>Thanks,<br>The GitHub Team<br><br>'
                        'GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107',
                 font="-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif")
    m.root = alt(m, mime.text(t, 'UTF-8', '7bit'), mime.text(h, 'UTF-8', '7bit', 'html'))


@business(12, 'en', 'google-security-alert-new-signin',
          what='Google "Security alert: new sign-in on Mac" for the Google account (Google Ads) registered with the leasing manager\'s work address.',
          why='Genuine Google notification: no-reply@accounts.google.com from mail-sor-f73.google.com, standard template, links only to accounts.google.com / myaccount.google.com, '
              'no request to enter credentials from the mail.')
def _(m):
    m.use(Service(svc='google'))
    m.when('2026-11-20 07:31:55', 'utc')
    m.frm = ('Google', 'no-reply@accounts.google.com')
    m.to = [(None, S('sales')[1])]
    m.subject = 'Security alert'
    alert = 'https://accounts.google.com/AccountChooser?Email=lena.hartmann@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s' % (
        int(m.dt.timestamp() * 1000), ralnum(m.rng, 19))
    t = """A new sign-in on Mac

lena.hartmann@examplegroup.eu

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
%s

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
\u00a9 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % alert
    h = H.notice('A new sign-in on Mac', H.p("""lena.hartmann@examplegroup.eu

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account."""),
                 'Check activity', alert, color='#1a73e8', lang='en',
                 logo_html='<span style="font-size:20px;color:#5f6368">Google</span>',
                 footer='You can also see security activity at<br><a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a><br><br>'
                        'You received this email to let you know about important changes to your Google Account and services.<br>'
                        '\u00a9 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
                 font="'Google Sans', Roboto, Arial, sans-serif")
    m.root = alt(m, mime.text(t, 'UTF-8', 'quoted-printable'), mime.text(h, 'UTF-8', 'quoted-printable', 'html'))


@business(13, 'en', 'solicitor-completion-statement',
          what='Carter Bramwell LLP sends the completion statement for the purchase of Unit 4, Riverside Court, with their client-account details and a call-to-verify warning.',
          why='Genuine solicitor mail: correct domain carterbramwell.co.uk via the firm\'s Microsoft 365 tenant, expected in an ongoing purchase, '
              'explicitly says bank details never change by e-mail and asks to verify by phone on the known number before sending funds.',
          pair=([13], 'same transaction and sender name, but genuine domain, unchanged NatWest client account, call-back demanded'))
def _(m):
    m.use(carter_bramwell())
    m.when('2026-11-23 11:47:20', 'uk')
    m.msgid = '<LO4P265MB6021B7D93E2A41C8F05B6E1D7A92C3E8@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>'
    m.frm = ('Helen Carter', 'h.carter@carterbramwell.co.uk')
    m.to = [S('uk_mgr')]
    m.cc = [S('uk_acc')]
    m.subject = 'Completion - Unit 4, Riverside Court, Salford M50 - completion statement'
    ib = bank.gb_iban('NWBK', '010962', '38027716')
    t = """Dear James,

Please find attached the completion statement for your purchase of Unit 4, Riverside Court, Salford Quays, M50 3SP. Completion remains scheduled for Friday 27 November 2026.

The balance required to complete is \u00a3412,650.00 (purchase price \u00a3425,000.00 less deposit paid \u00a342,500.00, plus SDLT \u00a311,250.00, Land Registry fee \u00a3295.00, searches and our fees as itemised on the statement). Please arrange for the funds to reach our client account by 12:00 on Thursday 26 November.

Our client account details are:
Carter Bramwell LLP Client Account, NatWest, sort code 01-09-62, account 38027716 (IBAN %s)

IMPORTANT: Carter Bramwell LLP will never change its bank details during a transaction or notify you of a change by email. Before sending any funds, please telephone our office on 0161 832 4410 (the number on our website and in our client care letter) and ask for me or my assistant to verify the account details above. If you receive an email claiming our details have changed, do not act on it and call us immediately.

Kind regards,

Helen Carter
Partner, Commercial Property
Carter Bramwell LLP
Bridgewater House, 60 Whitworth Street, Manchester M1 6LT
T: 0161 832 4410

Carter Bramwell LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 648213).
""" % bank.fmt(ib)
    blocks = [('h1', 'Carter Bramwell LLP'), ('small', 'Bridgewater House, 60 Whitworth Street, Manchester M1 6LT - SRA No. 648213'),
              ('h2', 'COMPLETION STATEMENT'), ('p', 'Client: Example Group UK Ltd\nProperty: Unit 4, Riverside Court, Salford Quays, M50 3SP\nCompletion date: 27 November 2026'),
              ('mono', 'Purchase price                                   425,000.00'), ('mono', 'Less deposit paid                                (42,500.00)'),
              ('mono', 'Stamp Duty Land Tax                               11,250.00'), ('mono', 'Land Registry fee                                    295.00'),
              ('mono', 'Searches                                             466.00'), ('mono', 'Our fees (incl. VAT)                               18,139.00'),
              ('b', 'BALANCE REQUIRED FROM YOU                      \u00a3412,650.00'),
              ('p', 'Client account: NatWest, sort code 01-09-62, account 38027716, IBAN ' + bank.fmt(ib)),
              ('b', 'We will never change our bank details by email. Always verify by telephone on 0161 832 4410 before sending funds.')]
    p = pdf(m, blocks, 'Completion statement - Unit 4 Riverside Court', author='Helen Carter', lang='en-GB', minutes_before=25)
    m.root = mixed(m, alt(m, mime.text(t, 'iso-8859-1', 'quoted-printable'), mime.text(H.outlook(t, 'EN-GB'), 'iso-8859-1', 'quoted-printable', 'html')),
                   att(m, p, 'application/pdf', 'Completion_Statement_Unit4_Riverside_Court.pdf'))


@business(14, 'en', 'newsletter-eurofm-mailchimp',
          what='Subscribed facility-management trade newsletter (EuroFM Insider #47) sent via Mailchimp.',
          why='Genuine bulk mail: Mailchimp infrastructure with List-Unsubscribe/List-Unsubscribe-Post, List-Id, click-tracked links to the publisher, '
              'no request for credentials or payment; the recipient subscribed.')
def _(m):
    m.use(Mailchimp(listid='e6aef7350e', listname='EuroFM Insider'))
    m.when('2026-11-19 06:00:12', 'utc')
    m.frm = ('EuroFM Insider', 'news@eurofm-insider.com')
    m.reply_to = ('EuroFM Insider', 'editor@eurofm-insider.com')
    m.to = [(None, S('de_mgr')[1])]
    m.subject = 'EuroFM Insider #47: heat-pump retrofits in multi-let offices, EPBD deadlines, smart metering'
    u = m.profile._uid(m)
    lid = 'e6aef7350e'
    e = rhex(m.rng, 10)
    m.mc_e = e
    m.mc_cid = rhex(m.rng, 10)
    trk = lambda: 'https://eurofm-insider.us21.list-manage.com/track/click?u=%s&id=%s&e=%s' % (u, rhex(m.rng, 10), e)
    unsub = 'https://eurofm-insider.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s' % (u, lid, e, rhex(m.rng, 10))
    m.extra = [('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>' % (unsub, u, lid, e)),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
    arts = [('Heat pumps in multi-let offices: what the first retrofits taught us', 'Three landlords in Rotterdam, Lyon and Frankfurt share costs, tenant communication and the metering set-ups that made service-charge allocation possible.'),
            ('EPBD recast: the 2030 renovation deadlines for non-residential buildings', 'Our legal column explains what the national transposition laws due in 2026 mean for your worst-performing 16 % of buildings.'),
            ('Smart metering and service charges', 'Sub-metering data is only useful if tenants trust it. A practical checklist for reconciliations.'),
            ('Events', 'EuroFM Forum, Milan, 10-11 March 2027 - early-bird tickets until 15 December.')]
    links = [trk() for _ in arts]
    t = 'EuroFM Insider #47 - 19 November 2026\n\n' + '\n\n'.join('%s\n%s\nRead more: %s' % (a, b, l) for (a, b), l in zip(arts, links))
    t += '\n\nYou are receiving this email because you subscribed at eurofm-insider.com.\nUnsubscribe: %s\nEuroFM Insider, Keizersgracht 241, 1016 EA Amsterdam, Netherlands\n' % unsub
    body = ''.join('<h2 style="font-size:18px;margin:18px 0 6px 0;color:#12355b">%s</h2><p style="margin:0 0 6px 0">%s</p><p><a href="%s" style="color:#e4572e">Read more &rarr;</a></p>'
                   % (H.escape(a), H.escape(b), l) for (a, b), l in zip(arts, links))
    h = H.notice('EuroFM Insider #47', body, color='#12355b', lang='en', brand='EuroFM Insider',
                 footer='You are receiving this email because you subscribed at eurofm-insider.com.<br>'
                        '<a href="%s">Unsubscribe</a> | <a href="https://eurofm-insider.us21.list-manage.com/profile?u=%s&id=%s&e=%s">Update preferences</a><br>'
                        'EuroFM Insider, Keizersgracht 241, 1016 EA Amsterdam, Netherlands' % (unsub, u, lid, e),
                 preheader='Heat-pump retrofits, EPBD deadlines and smart metering', font='Georgia, serif')
    m.root = alt(m, mime.text(t, 'utf-8', 'quoted-printable'), mime.text(h, 'utf-8', 'quoted-printable', 'html'))


@business(15, 'en', 'broken-laptop-private-gmail',
          what='UK office manager writes from his private Gmail to the Head of IT (cc IT security) that he spilled tea over his laptop; photo attached; asks for a replacement.',
          why='Genuine: his known private address, plausible IT request with asset tag, asks IT not to send anything sensitive to the private address, '
              'offers his work mobile for verification; no money, gift cards or credentials involved.',
          pair=([14, 16], 'manager writing from Gmail / IT-support context, but no gift cards, no remote-access request, verification offered'))
def _(m):
    m.use(Gmail(host='mail-wm1-f48.google.com', ip='209.85.128.48'))
    m.when('2026-11-24 09:12:33', 'uk')
    m.frm = ('James Whitfield', 'james.whitfield84@gmail.com')
    m.to = [S('it')]
    m.cc = [S('sec')]
    m.subject = 'Laptop died - working from my phone today'
    t = """Hi Markus,

Bit of a disaster this morning - I knocked a full mug of tea over my work laptop (ThinkPad T14, asset tag EG-UK-0142) and it won't switch on any more. I've unplugged it and left it upside down, photo attached.

I'm writing from my personal Gmail because I only have Teams on my work phone, not Outlook. Could IT send a replacement to the London office? I'm in all week. As far as I know nothing was stored locally, everything is on OneDrive.

Please don't send anything sensitive to this address - Teams or my work mobile (+44 7700 900412) is best until I'm back up and running.

Cheers,
James
"""
    photo = photo_png(m.rng)
    m.root = mixed(m, alt(m, mime.text(t, 'UTF-8', '7bit'), mime.text(H.gmail(t), 'UTF-8', 'quoted-printable', 'html')),
                   att(m, photo, 'image/png', 'IMG_20261124_090512.png'))


@business(16, 'en', 'it-security-notice-teams-helpdesk',
          what='Internal IT-security notice warning about fake "Help Desk" contacts on Teams after mailbox flooding, plus a maintenance window.',
          why='Genuine internal announcement from the mail administrator via Exchange and mail-int01; tells staff that IT never uses external Teams accounts or asks for Quick Assist unprompted.',
          pair=([16], 'same topic (help desk, Teams, Quick Assist) but from the internal relay and warning against exactly that'))
def _(m):
    m.use(internal('en', hcs='windows-1252', henc='Q'))
    m.when('2026-11-23 15:20:08', 'de')
    m.frm = S('sec')
    m.to = [('All staff Example Group', 'all-staff@example.com')]
    m.rcpt = S('proc')[1]
    m.subject = 'Security notice: fake "Help Desk" calls on Microsoft Teams'
    t = """Dear colleagues,

In the past weeks several European companies have been targeted by attackers who first flood a mailbox with hundreds of newsletter sign-ups and then contact the employee via Microsoft Teams posing as "IT Help Desk", asking them to start Quick Assist or AnyDesk.

Please remember:
\u2022 Our IT Service Desk will never contact you from an external Teams account. Genuine IT colleagues appear with their normal name and without the "External" label.
\u2022 We never ask you to start Quick Assist, AnyDesk or TeamViewer unless you opened a ticket yourself.
\u2022 If in doubt, call the IT Service Desk on +49 69 2475-444 (ext. 444).

Planned maintenance: Saturday 28 November, 08:00\u201314:00 CET \u2013 VPN and file servers will be unavailable.

Thank you,
Daniel Vogt
IT Security & Mail Administration
Example Group
"""
    m.root = alt(m, mime.text(t, 'windows-1252', 'quoted-printable'), mime.text(H.outlook(t, 'EN-US'), 'windows-1252', 'quoted-printable', 'html'))
