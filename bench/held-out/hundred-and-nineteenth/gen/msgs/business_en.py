"""business/09-16: English-language genuine mail."""
from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib.mimekit import Part
from lib.msg import TLS12, TLS13
from lib.registry import message

from ._common import S, W, outlook_alt, gmail_alt

EXUK = dict(name='Example Materials Handling Ltd', logo='Example Group', sub='Materials Handling Ltd · Milton Keynes',
            lines=['Unit 4, Kiln Farm Court', 'Milton Keynes MK11 3LW', '+44 1908 265 400'])


@message('business', '09-en-bank-details-form-internal')
def b09(m):
    m.when('2026-11-12 16:04:52', 'GB')
    m.frm = S['om_uk']
    m.to = [S['acc_uk']]
    m.subject = 'Bank details change form – signed'
    m.msgid = SY.exchange_msgid(m, 'EXCH02')
    txt = """Hi David,

As discussed at lunch – here's the signed bank details change form for my salary. I've switched my current account to Nationwide. I've also entered the new details in the HR portal myself, so the change should be waiting for your approval there.

I'll bring my passport and the Nationwide welcome letter round to your desk tomorrow morning so you can check them before you approve it, as per the payroll procedure.

Thanks,
Sarah

Sarah Collins
Office Manager
Example Materials Handling Ltd
Unit 4, Kiln Farm Court, Milton Keynes MK11 3LW
T: +44 1908 265 401"""
    alt = outlook_alt(m, txt, charset='utf-8', lang='EN-GB', bstyle='exch', idx=0)
    form = docs.letter('en', EXUK, ['Payroll – Finance (UK)', 'Example Materials Handling Ltd'], 'Milton Keynes, 12 November 2026',
                       'Employee bank details change request (Form HR-UK-07)',
                       ['Employee: Sarah Collins          Employee no.: UK-0031          Department: Office Management',
                        'Current account: Barclays Bank UK PLC, sort code 20-41-06, account no. ****7719',
                        'New account: Nationwide Building Society, sort code 07-04-36, account no. 62930418, account name S J Collins',
                        'Effective from: November 2026 payroll (cut-off 18 November)',
                        'Employee declaration: I confirm that the new account is held in my name and I authorise Example Materials Handling Ltd to pay my salary into it.',
                        'Signature: S. Collins          Date: 12/11/2026',
                        'For Finance use – identity and account evidence checked in person by: ______________________  Date: __________'],
                       '', [], creator='Microsoft® Word for Microsoft 365', producer='Microsoft® Word for Microsoft 365',
                       created='20261112160011', tz="+00'00'", color=(0.0, 0.36, 0.62))
    m.body = B.mixed([alt, B.att(form, 'application/pdf', 'HR-UK-07 Bank details change - S Collins.pdf', style='outlook')],
                     B.boundary(m, 'exch', 4))
    m.meta.update(
        what='Internal: the UK office manager sends her signed bank-details change form to the UK accountant and will show ID in person',
        why='Genuine payroll change: internal Exchange route and DKIM, company form HR-UK-07, change also entered in the HR portal, in-person ID check offered before approval.',
        hn=(['09-en-payroll-diversion-outlook-com'], 'employee salary account change', 'sent from her work mailbox, formal signed form, HR-portal entry, in-person verification'),
        phones=['+44 1908 265 401'], other=['07-04-36', '62930418'], delivery='Internal Exchange (EXCH02 → EXCH01 → mail-int01)')
    return m.render(SY.exchange_internal, has_attach=True, lang='en-GB', client_ip='10.20.6.34')


@message('business', '10-en-microsoft-message-center-digest')
def b10(m):
    m.when('2026-11-16 02:11:37', 'UTC')
    m.frm = ('Microsoft 365 Message center', 'o365mc@microsoft.com')
    m.to = [S['itsec']]
    m.subject = 'Message center weekly digest: 5 new posts (Nov 9 – Nov 15, 2026)'
    r = m.rng
    m.msgid = '%s@odspnotify' % U.uuid4(r) if False else '%s@mail.microsoft.com' % U.uuid4(r)
    posts = [('MC1180221', 'Microsoft Entra ID: device code flow blocked by default for new sign-ins from outside the tenant', 'Action required by Dec 15, 2026',
              'Plan for change. Authentication using the device code flow will be blocked by a Microsoft-managed Conditional Access policy unless you create an exclusion.'),
             ('MC1181507', 'Microsoft Teams: external chat from unmanaged accounts will show a security warning and require accept', 'Stay informed', ''),
             ('MC1179933', 'Exchange Online: reminder – Basic authentication for SMTP AUTH client submission retires March 2027', 'Plan for change', ''),
             ('MC1182004', 'Microsoft Entra: admin consent workflow enabled by default for applications requesting high-privilege Graph permissions', 'Stay informed', ''),
             ('MC1182265', 'Microsoft Defender for Office 365: QR code detonation extended to PDF and image attachments', 'Stay informed', '')]
    rows = []
    plain_rows = []
    for mc, title, tag, desc in posts:
        url = 'https://admin.microsoft.com/AdminPortal/home#/MessageCenter/:/messages/%s' % mc
        rows.append('<tr><td style="padding:12px 0;border-bottom:1px solid #edebe9;"><a href="%s" style="color:#0078d4;font-size:15px;text-decoration:none;">%s</a>'
                    '<div style="font-size:12px;color:#605e5c;padding-top:4px;">%s &middot; %s</div>%s</td></tr>'
                    % (url, title, mc, tag, ('<div style="font-size:13px;color:#323130;padding-top:6px;">%s</div>' % desc) if desc else ''))
        plain_rows.append('%s – %s (%s)\n%s\n' % (mc, title, tag, url))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#faf9f8;font-family:'Segoe UI',Tahoma,Arial,sans-serif;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px;">
<table width="640" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:20px 28px;font-size:14px;color:#605e5c;">Microsoft 365 admin center</td></tr>
<tr><td style="padding:0 28px;font-size:24px;color:#323130;font-weight:600;">Message center weekly digest</td></tr>
<tr><td style="padding:8px 28px;font-size:14px;color:#323130;">Organisation: Example Group (example.onmicrosoft.com)<br>Here are the 5 posts published from November 9 to November 15, 2026 for the services you use.</td></tr>
<tr><td style="padding:8px 28px;"><table width="100%%" cellpadding="0" cellspacing="0">%s</table></td></tr>
<tr><td style="padding:16px 28px;"><a href="https://admin.microsoft.com/AdminPortal/home#/MessageCenter" style="background:#0078d4;color:#fff;text-decoration:none;padding:9px 18px;font-size:14px;">View all posts in Message center</a></td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#605e5c;">You're receiving this email because you chose to receive the weekly digest. To change your preferences, go to Message center &gt; Preferences.<br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c;">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA</td></tr>
</table></td></tr></table></body></html>
""" % ''.join(rows)
    plain = ('Message center weekly digest\nOrganisation: Example Group (example.onmicrosoft.com)\n\n%s\nView all posts: https://admin.microsoft.com/AdminPortal/home#/MessageCenter\n\n'
             'Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052 USA\n' % '\n'.join(plain_rows))
    m.body = B.alt(B.text(plain, charset='utf-8', cte='quoted-printable'), B.html(html, charset='utf-8', cte='quoted-printable'), B.boundary(m, 'ms'))
    m.meta.update(
        what='Microsoft 365 Message center weekly digest for the tenant admin (device-code flow blocking, admin consent workflow, QR detonation …)',
        why='Genuine Microsoft notice: from o365mc@microsoft.com through Microsoft\'s own Exchange Online (SPF/DKIM/DMARC pass for microsoft.com), only links to admin.microsoft.com and go.microsoft.com, no action link that signs anybody in, addressed to the tenant\'s admin.',
        hn=(['10-en-device-code-brackmills-compromised', '11-en-oauth-consent-vantrex-portal'], 'Microsoft sign-in / device code / app consent',
            'informational admin digest from Microsoft itself; no code to enter, no consent to grant'),
        other=['MC1180221'], delivery='Microsoft corporate mail via Exchange Online Protection (NAM)')
    return m.render(SY.m365, domain='microsoft.com', dkim_d='microsoft.com', dkim_s='s2048', region='nam', lang='en-US', via='smtp',
                    src=('BN0PR04CA0112.namprd04.prod.outlook.com', '2603:10b6:408:ec::27'), env_from='o365mc@microsoft.com',
                    tenant_id='72f988bf-86f1-41af-91ab-2d7cd011db47')


@message('business', '11-en-brackmills-sharepoint-share')
def b11(m):
    m.when('2026-10-16 14:12:08', 'GB')
    m.frm = ('Emma Shaw', 'no-reply@sharepointonline.com')
    m.reply_to = ('Emma Shaw', 'emma.shaw@brackmills-distribution.co.uk')
    m.to = [S['sales']]
    m.subject = 'Emma Shaw shared "Unit 7 racking layout & MHE survey.pdf" with you'
    r = m.rng
    m.msgid = '%s@odspnotify' % U.uuid4(r)
    link = 'https://brackmillsdist.sharepoint.com/:b:/s/Operations/ER7kQ2pVnW1Lm4xYt8zB0cMBn3d5K9fHqT2uJ6sA1eXw7g?e=Qv8LpZ'
    note = ('Hi Kevin, here\'s the racking layout for Unit 7 with the aisle widths we measured on Tuesday – the VNA aisles are 1,750 mm '
            'between rails. Let me know if you need the CAD file. Emma')
    html = """<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background-color:#ffffff;font-family:'Segoe UI',-apple-system,BlinkMacSystemFont,Roboto,'Helvetica Neue',sans-serif;">
<table role="presentation" cellspacing="0" cellpadding="0" border="0" width="100%%" style="max-width:560px;margin:0 auto;">
<tr><td style="padding:32px 24px 8px 24px;font-size:24px;font-weight:600;color:#242424;">Emma Shaw shared a file with you</td></tr>
<tr><td style="padding:8px 24px;"><table role="presentation" width="100%%" style="background:#f5f5f5;border-radius:4px;"><tr><td style="padding:12px 16px;font-size:14px;color:#424242;">&quot;%s&quot;</td></tr></table></td></tr>
<tr><td style="padding:16px 24px;"><table role="presentation" width="100%%" style="border:1px solid #e0e0e0;border-radius:4px;"><tr><td style="padding:14px 16px;font-size:14px;color:#242424;"><b>Unit 7 racking layout &amp; MHE survey.pdf</b></td></tr></table></td></tr>
<tr><td style="padding:8px 24px 16px 24px;"><a href="%s" style="display:inline-block;background:#0f6cbd;color:#ffffff;text-decoration:none;font-size:14px;font-weight:600;padding:8px 20px;border-radius:4px;">Open</a></td></tr>
<tr><td style="padding:8px 24px;font-size:12px;color:#616161;">This link will work for people in Brackmills Distribution Ltd and Kevin Hartmann.</td></tr>
<tr><td style="padding:24px 24px 32px 24px;font-size:12px;color:#616161;border-top:1px solid #f0f0f0;">Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161;">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
""" % (note, link)
    plain = ('Emma Shaw shared a file with you\n\n"%s"\n\nUnit 7 racking layout & MHE survey.pdf\nOpen: %s\n\nThis link will work for people in '
             'Brackmills Distribution Ltd and Kevin Hartmann.\n\nPrivacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839\n' % (note, link))
    m.body = B.alt(B.text(plain, charset='utf-8', cte='base64'), B.html(html, charset='utf-8', cte='base64'), B.boundary(m, 'ms'))
    m.meta.update(
        what='SharePoint sharing notification: customer Brackmills (Emma Shaw) shares the Unit 7 racking layout PDF with Example sales',
        why='Genuine document share: real SharePoint notification from the customer\'s tenant in office hours, personal and specific note following a site visit, link restricted to named people, no sign-in prompt beyond the normal SharePoint one.',
        hn=(['18-it-sharepoint-share-ferretti-compromised', '14-en-tender-adobe-share-compromised'], 'cloud document share notification',
            'expected document after a real site visit, specific personal note, working hours, restricted link'),
        delivery='SharePoint Online sharing notification (Microsoft infrastructure)')
    return m.render(SY.m365, domain='sharepointonline.com', dkim_d='sharepointonline.com', dkim_s='selector1', region='eur',
                    lang='en-GB', via='smtp', src=('AS4P195CA0031.EURP195.PROD.OUTLOOK.COM', '2603:10a6:20b:5e2::12'),
                    env_from='no-reply@sharepointonline.com', tenant_id='72f988bf-86f1-41af-91ab-2d7cd011db47',
                    extra=[('X-Sharing-Type', 'SharePointFileShare')])


@message('business', '12-en-companies-house-idv-reminder-notify')
def b12(m):
    m.when('2026-10-27 09:02:44', 'GB')
    m.frm = ('Companies House', 'companies.house@notifications.service.gov.uk')
    m.to = [S['om_uk']]
    m.subject = 'Identity verification: EXAMPLE MATERIALS HANDLING LTD – check your directors have verified'
    m.msgid = SY.ses_msgid(m, 'eu-west-2')
    txt = """Company number: 11872045

Dear EXAMPLE MATERIALS HANDLING LTD,

From 18 November 2025, directors and people with significant control (PSCs) must verify their identity with Companies House. Existing companies need to confirm that all directors have verified when they file their next confirmation statement.

Your next confirmation statement is due by 14 January 2027.

You can check which officers have already verified on the company record:
https://find-and-update.company-information.service.gov.uk/company/11872045/officers

Directors can verify their identity using GOV.UK One Login. Find out how:
https://www.gov.uk/guidance/verifying-your-identity-for-companies-house

We will never ask for your company authentication code or personal details by email or phone. If you're not sure an email is from us, go to GOV.UK and search for Companies House.

Companies House"""
    html = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family: Helvetica, Arial, sans-serif;font-size: 16px;margin: 0;color:#0b0c0c;">
<table role="presentation" width="100%" style="border-collapse: collapse;" cellpadding="0" cellspacing="0" border="0"><tr><td width="100%" height="53" bgcolor="#0b0c0c"><span style="font-family: Helvetica, Arial, sans-serif; font-weight: 700; color: #ffffff; font-size: 28px; padding-left: 10px;">GOV.UK</span></td></tr></table>
<table role="presentation" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;max-width: 580px; width: 100% !important;" width="100%"><tr><td height="30"><br></td></tr>
<tr><td style="font-family: Helvetica, Arial, sans-serif; font-size: 19px; line-height: 1.315789474;">
""" + ''.join('<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">%s</p>\n' % (
        '<a style="word-wrap: break-word; color: #1D70B8;" href="%s">%s</a>' % (p, p) if p.startswith('https://') else B._inline_html(p).replace('\n', '<br>'))
        for p in sum([x.split('\n', 1) if x.startswith(('You can check', 'Directors can')) else [x] for x in txt.split('\n\n')], [])) + """</td></tr><tr><td height="30"><br></td></tr></table></body></html>
"""
    m.body = B.alt(B.text(txt + '\n', charset='UTF-8', cte='quoted-printable'), B.html(html, charset='UTF-8', cte='quoted-printable'), B.boundary(m, 'ses'))
    m.dmarc_override['service.gov.uk'] = 'reject'
    m.meta.update(
        what='Companies House (via GOV.UK Notify) reminds that all directors must have verified their identity by the next confirmation statement (due 14 Jan 2027)',
        why='Genuine registrar notice: sent by GOV.UK Notify from notifications.service.gov.uk via Amazon SES eu-west-2 (DKIM/DMARC pass), links only to gov.uk and company-information.service.gov.uk, explicitly says the authentication code is never requested by email.',
        hn=(['12-en-companies-house-idv-ses'], 'Companies House identity verification', 'official Notify sender, gov.uk links only, no login link, no deadline threat beyond the statutory date'),
        other=['11872045'], delivery='GOV.UK Notify on Amazon SES eu-west-2')
    return m.render(SY.ses, region='eu-west-2', dkim_d='notifications.service.gov.uk',
                    mail_from='%s@notifications.service.gov.uk' % ('0102019a' + U.hexs(m.rng, 24)))


@message('business', '13-en-microsoft-invoice-ready')
def b13(m):
    m.when('2026-11-07 04:26:51', 'UTC')
    m.frm = ('Microsoft', 'microsoft-noreply@microsoft.com')
    m.to = [S['itlead']]
    m.subject = 'Your Microsoft invoice G094512873 is ready'
    r = m.rng
    m.msgid = '%s@az.westeurope.microsoft.com' % U.uuid4(r)
    link = 'https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list'
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:'Segoe UI',Arial,sans-serif;color:#262626;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px;">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:22px 30px 6px 30px;font-size:13px;color:#737373;">Microsoft</td></tr>
<tr><td style="padding:0 30px;font-size:26px;">Your invoice is ready</td></tr>
<tr><td style="padding:14px 30px;font-size:14px;line-height:21px;">Hello Thomas Wagner,<br><br>Your invoice for the billing account <b>Example Group</b> is now available in the Microsoft 365 admin center.</td></tr>
<tr><td style="padding:0 30px;"><table width="100%%" cellpadding="6" cellspacing="0" style="font-size:14px;border:1px solid #e5e5e5;">
<tr><td>Invoice number</td><td align="right">G094512873</td></tr><tr><td>Billing period</td><td align="right">Oct 1 – Oct 31, 2026</td></tr>
<tr><td>Amount due</td><td align="right"><b>EUR 27,412.80</b></td></tr><tr><td>Due date</td><td align="right">Dec 7, 2026</td></tr>
<tr><td>Payment method</td><td align="right">Bank transfer (invoice)</td></tr></table></td></tr>
<tr><td style="padding:18px 30px;font-size:14px;line-height:21px;">To view and download your invoice, sign in to the Microsoft 365 admin center and go to <b>Billing &gt; Bills &amp; payments</b>.<br><br>
<a href="%s" style="background:#0067b8;color:#fff;text-decoration:none;padding:10px 20px;">View invoice</a></td></tr>
<tr><td style="padding:18px 30px;font-size:11px;color:#737373;">This message was sent from an unmonitored email address. Please do not reply to this message.<br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#737373;">Privacy</a> &middot; Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Ireland</td></tr>
</table></td></tr></table></body></html>
""" % link
    plain = ('Your invoice is ready\n\nHello Thomas Wagner,\n\nYour invoice for the billing account Example Group is now available in the Microsoft 365 admin center.\n\n'
             'Invoice number: G094512873\nBilling period: Oct 1 - Oct 31, 2026\nAmount due: EUR 27,412.80\nDue date: Dec 7, 2026\n\nView invoice: %s\n\n'
             'This message was sent from an unmonitored email address.\nPrivacy: https://go.microsoft.com/fwlink/?LinkId=521839\n' % link)
    m.body = B.alt(B.text(plain, charset='utf-8', cte='quoted-printable'), B.html(html, charset='utf-8', cte='quoted-printable'), B.boundary(m, 'ms'))
    m.meta.update(
        what='Microsoft billing: invoice G094512873 (EUR 27,412.80) for Example\'s Microsoft 365 subscriptions is available in the admin center',
        why='Genuine vendor invoice notice: Microsoft\'s own sender and infrastructure (DMARC pass, p=reject domain), addressed by name to the billing admin, no phone number, amounts match the licence contract, link only to admin.microsoft.com.',
        hn=(['13-en-paypal-invoice-callback'], 'software subscription invoice / renewal', 'real vendor with an existing contract, no phone number to call, no urgency'),
        other=['G094512873', 'EUR 27,412.80'], delivery='Microsoft commerce mailer via Exchange Online Protection (EUR)')
    return m.render(SY.m365, domain='microsoft.com', dkim_d='microsoft.com', dkim_s='s2048', region='eur', lang='en-US', via='smtp',
                    src=('AM6P194CA0062.EURP194.PROD.OUTLOOK.COM', '2603:10a6:209:8d::39'), env_from='microsoft-noreply@microsoft.com',
                    tenant_id='72f988bf-86f1-41af-91ab-2d7cd011db47')


@message('business', '14-en-vantrex-portal-warranty-approved')
def b14(m):
    m.when('2026-11-11 10:40:27', 'CET')
    m.frm = ('Vantrex Dealer Portal', 'noreply@partners.vantrex-mh.com')
    m.to = [S['service']]
    m.subject = 'Warranty claim WC-2026-04418 approved – credit note CN-26-11357'
    r = m.rng
    def trk(u):
        return 'https://url8412.vantrex-mh.com/ls/click?upn=u001.%s' % U.alnum(r, 110, U.ALNUM + '-_')
    l1 = trk('claim')
    l2 = trk('portal')
    html = """<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f4f6;font-family:'Segoe UI',Arial,sans-serif;color:#222;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 10px;">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#e4002b;padding:16px 28px;color:#fff;font-size:19px;font-weight:600;">VANTREX <span style="font-weight:300;">Dealer Portal</span></td></tr>
<tr><td style="padding:22px 28px;font-size:14px;line-height:21px;">
<p>Dear Markus Weber,</p>
<p>your warranty claim has been approved by Vantrex Technical Service.</p>
<table cellpadding="5" cellspacing="0" style="font-size:14px;border:1px solid #e5e5e5;width:100%%;">
<tr><td>Claim</td><td>WC-2026-04418</td></tr><tr><td>Truck</td><td>ETV 316, serial ETV316-26-00871 (customer: Rhenus, Duisburg-Rheinhausen)</td></tr>
<tr><td>Failure</td><td>Lift cylinder seal kit, leakage at 410 operating hours</td></tr>
<tr><td>Approved</td><td>Parts EUR 312.70 + labour 2.5 h EUR 173.50 = <b>EUR 486.20</b></td></tr>
<tr><td>Credit note</td><td>CN-26-11357 (will be offset against your next parts invoice)</td></tr></table>
<p><a href="%s" style="color:#e4002b;font-weight:600;">View claim in the Dealer Portal</a></p>
<p>Please keep the replaced parts for 60 days in case Vantrex requests them for analysis.</p>
<p>Vantrex Dealer Services</p></td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888;border-top:1px solid #eee;">Vantrex Material Handling B.V. &middot; Venlo, NL &middot; <a href="%s" style="color:#888;">partners.vantrex-mh.com</a> &middot; Notification settings can be changed in your portal profile.</td></tr>
</table></td></tr></table>
<img src="https://url8412.vantrex-mh.com/wf/open?upn=u001.%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin:0 !important;padding:0 !important;"/></body></html>
""" % (l1, l2, U.alnum(r, 140, U.ALNUM + '-_'))
    plain = ('Dear Markus Weber,\n\nyour warranty claim has been approved by Vantrex Technical Service.\n\nClaim: WC-2026-04418\nTruck: ETV 316, serial ETV316-26-00871\n'
             'Approved: EUR 486.20 (parts EUR 312.70, labour 2.5 h EUR 173.50)\nCredit note: CN-26-11357\n\nView claim: %s\n\nVantrex Dealer Services\n' % l1)
    p1 = B.text(plain, charset='utf-8', cte='quoted-printable').set_charset_fmt('utf-8')
    p2 = B.html(html, charset='utf-8', cte='quoted-printable').set_charset_fmt('utf-8')
    for p in (p1, p2):
        p.ct_style = 'inline'
    m.body = B.alt(p1, p2, B.boundary(m, 'sendgrid'), ct_style='inline')
    m.meta.update(
        what='Vantrex dealer-portal notification: warranty claim WC-2026-04418 approved, credit note CN-26-11357 (EUR 486.20)',
        why='Genuine trade-portal notification: sent by the manufacturer\'s portal via its own authenticated SendGrid domain (vantrex-mh.com, DMARC p=reject → pass), refers to a real claim and truck serial, branded click tracking on the vendor\'s domain, no sign-in or consent request.',
        hn=(['11-en-oauth-consent-vantrex-portal'], 'Vantrex dealer portal notification', 'real portal domain, concrete claim data, no request to reconnect accounts or grant app permissions'),
        other=['WC-2026-04418', 'CN-26-11357'], delivery='SendGrid (Vantrex authenticated domain em8412.vantrex-mh.com)')
    return m.render(SY.sendgrid, em_domain='em8412.vantrex-mh.com', dkim_d='vantrex-mh.com', uid=21874455,
                    ip='167.89.%d.%d' % (r.randrange(0, 120), r.randrange(2, 250)), rdns='o1.em8412.vantrex-mh.com')


@message('business', '15-en-brackmills-itt-fleet-replacement')
def b15(m):
    m.when('2026-11-06 15:27:33', 'GB')
    m.frm = ('Gareth Price', 'gareth.price@brackmills-distribution.co.uk')
    m.to = [S['sales']]
    m.cc = [S['om_uk']]
    m.rcpts = [S['sales'][1], S['om_uk'][1]]
    m.subject = 'ITT – MHE fleet replacement, Brackmills Northampton (BD-ITT-2026-07) – responses by 4 December'
    mb = SY.m365_server(m, 'gbr')
    m.msgid = SY.m365_msgid(m, mb[1])
    txt = """Hi Kevin, Sarah,

Following our meeting on site last month, please find attached our Invitation to Tender for the replacement of the MHE fleet at Brackmills Northampton (Units 5–7):

- BD-ITT-2026-07 Specification.pdf – requirement, site conditions, service levels
- BD-ITT-2026-07 Pricing Schedule.xlsx – please complete the yellow cells only

Key dates:
- Clarification questions by 20 November (by email to me)
- Site visit for shortlisted bidders: week commencing 23 November
- Responses by 12:00 on 4 December 2026

We are also asking two other suppliers to tender. Please confirm by reply that you intend to bid.

Kind regards,

Gareth Price
Procurement Manager
Brackmills Distribution Ltd
Brackmills Industrial Estate, Caswell Road, Northampton NN4 7PW
T: +44 1604 211 870 | M: +44 7700 914 225"""
    alt = outlook_alt(m, txt, charset='utf-8', lang='EN-GB', bstyle='o365', idx=0)
    bd = dict(name='Brackmills Distribution Ltd', logo='BRACKMILLS', sub='Distribution · Contract logistics',
              lines=['Caswell Road', 'Northampton NN4 7PW', '+44 1604 211 800'])
    spec = docs.letter('en', bd, ['Invitation to Tender BD-ITT-2026-07'], 'Northampton, 6 November 2026',
                       'MHE fleet replacement – Units 5 to 7, Brackmills Northampton – Specification',
                       ['1. Scope: supply on a 5-year full-service contract hire of 14 reach trucks (1.6 t, lift height 10.5 m), 6 VNA turret trucks '
                        '(1.5 t, 12.0 m, wire guidance) and 8 powered pallet trucks, lithium-ion preferred.',
                        '2. Site: VNA aisles 1,750 mm between rails; floor to DIN 15185; three-shift operation, 5,200 h per truck per year.',
                        '3. Service: 4-hour response, 95 % uptime guarantee, on-site engineer for 2 shifts, LOLER and PUWER inspections included.',
                        '4. Evaluation: 50 % total cost of ownership, 30 % service and uptime, 20 % sustainability and telematics.',
                        '5. Submission: pricing schedule (xlsx) and technical response (pdf) by 12:00 on 4 December 2026 to gareth.price@brackmills-distribution.co.uk.'],
                       '', ['Brackmills Distribution Ltd – Procurement'], creator='Microsoft® Word for Microsoft 365',
                       producer='Microsoft® Word for Microsoft 365', created='20261106145502', tz="+00'00'", color=(0.05, 0.25, 0.45))
    rows = [[('b', 'Line'), ('b', 'Item'), ('b', 'Qty'), ('b', 'Monthly rental per unit (GBP)'), ('b', 'Annual service per unit (GBP)'), ('b', 'Total 5 years (GBP)')],
            [1, 'Reach truck 1.6 t, 10.5 m lift, Li-ion', 14, '', '', ''],
            [2, 'VNA turret truck 1.5 t, 12.0 m, wire guidance', 6, '', '', ''],
            [3, 'Powered pallet truck 2.0 t', 8, '', '', ''],
            [4, 'Chargers / battery changing equipment', 1, '', '', ''],
            [5, 'Operator training (per course, 6 delegates)', 4, '', '', ''],
            ['', ('b', 'Total'), '', '', '', '']]
    xl = archive.xlsx([('Pricing', rows, [6, 46, 6, 28, 28, 22]), ('Notes', [['Complete the yellow cells only. Prices excl. VAT. Valid 120 days.']], [90])],
                      title='BD-ITT-2026-07 Pricing Schedule', creator='Gareth Price', dt=(2026, 11, 6, 14, 50, 0))
    m.body = B.mixed([alt, B.att(spec, 'application/pdf', 'BD-ITT-2026-07 Specification.pdf', style='outlook'),
                      B.att(xl, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'BD-ITT-2026-07 Pricing Schedule.xlsx', style='outlook')],
                     B.boundary(m, 'o365', 4))
    m.meta.update(
        what='Customer Brackmills issues an Invitation to Tender for its MHE fleet with specification PDF and pricing-schedule XLSX',
        why='Genuine customer tender: known contact after a real site meeting, sent from the customer\'s Microsoft 365 tenant (DMARC pass), documents attached directly (PDF text, XLSX without macros), realistic process and dates.',
        hn=(['14-en-tender-adobe-share-compromised', '21-it-gara-canva-compromised-aruba'], 'invitation to tender', 'existing customer relationship, attachments instead of a third-party share link, named contact and process'),
        phones=['+44 1604 211 870', '+44 7700 914 225'], other=['BD-ITT-2026-07'], delivery='Microsoft 365 (Brackmills tenant, GBR), Outlook')
    return m.render(SY.m365, domain='brackmills-distribution.co.uk', region='gbr', mailbox=mb, lang='en-GB', has_attach=True)


@message('business', '16-en-colleague-private-gmail-vat-workings')
def b16(m):
    m.when('2026-11-30 09:14:58', 'GB')
    m.frm = ('David Thompson', 'dthompson.mk@gmail.com')
    m.to = [S['cfo']]
    m.cc = [S['acc_uk']]
    m.rcpts = [S['cfo'][1], S['acc_uk'][1]]
    m.subject = 'VAT return workings Q3 – sending from personal email (laptop won\'t boot)'
    m.msgid = SY.gmail_msgid(m)
    txt = """Hi Sabine,

My work laptop is stuck on the BitLocker recovery screen this morning – I've raised it with IT (ticket INC-2026-01422) and Thomas's team are sending a replacement to Milton Keynes today.

So you're not waiting on me, attached are the Q3 VAT return workings I'd saved to OneDrive, downloaded on my home PC. Nothing has been submitted yet – I'll file through the MTD software once I'm back on a work machine, after your sign-off as usual.

Sorry for using my personal address; please reply to my work email (copied) and I'll pick it up on my phone.

Thanks,
David"""
    alt = gmail_alt(m, txt, idx=1)
    rows = [[('b', 'Box'), ('b', 'Description'), ('b', 'GBP')],
            [1, 'VAT due on sales', ('m', 184215.42)], [2, 'VAT due on EC acquisitions (NI only)', ('m', 0.0)],
            [3, 'Total VAT due', ('m', 184215.42)], [4, 'VAT reclaimed on purchases', ('m', 131877.09)],
            [5, 'Net VAT to pay', ('m', 52338.33)], [6, 'Total value of sales ex VAT', ('m', 921077.0)],
            [7, 'Total value of purchases ex VAT', ('m', 659385.0)]]
    xl = archive.xlsx([('VAT Q3 2026', rows, [6, 42, 16]), ('Sales ledger recon', [['Period', 'Jul-Sep 2026'], ['Source', 'Sage 200 export 02/10/2026']], [20, 30])],
                      title='VAT return workings Q3 2026', creator='David Thompson', dt=(2026, 10, 28, 16, 2, 0))
    att = B.att(xl, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'VAT Q3 2026 workings.xlsx', style='gmail', xid='mil3q9v10')
    att.cid = 'f_mil3q9v10'
    m.body = B.mixed([alt, att], B.boundary(m, 'gmail', 0), ct_style='inline')
    m.meta.update(
        what='UK accountant writes from his private Gmail because his laptop is locked; sends the Q3 VAT workings to the CFO with his work address in copy',
        why='Genuine colleague on private mail: explains why, references an IT ticket, copies his work mailbox and asks for replies there, sends data (not a payment or credential request), nothing is to be paid or changed.',
        hn=(['16-en-gift-cards-ceo-gmail', '09-en-payroll-diversion-outlook-com'], 'colleague writing from a private freemail address',
            'no request for money, gift cards or bank changes; work address in copy; verifiable IT ticket'),
        other=['INC-2026-01422'], delivery='Gmail (web)')
    return m.render(SY.gmail)
