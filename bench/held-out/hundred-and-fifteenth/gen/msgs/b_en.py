"""Business (genuine) messages, English (09-16)."""
from msgs import msg
from msgs.common import *  # noqa
from msgs.a_en import notify_html
from lib import qr as Q, ids, archive
from lib.mime import addr, hdr_text, ew, Leaf, Multi
from lib.msg import in_zone, d_std, d_pad, d_postfix, d_paren, epoch, local
import company


@msg('business', '09', 'en', 'companies-house-confirmation-statement-due')
def b09(m):
    when = local('UK', 2026, 10, 1, 7, 2, 11)
    paras = ['Company number: 13874521',
             'Company name: EXAMPLE LIVE UK LTD',
             'Your company\'s confirmation statement is due by 26 October 2026.',
             'You can file your confirmation statement online. It costs £50 and usually takes around 15 minutes.',
             'Check the information we hold about your company and file your confirmation statement:',
             'https://find-and-update.company-information.service.gov.uk/company/13874521',
             'You\'ll need the company authentication code to file online. If you do not have it, you can request a new one on the company page - it will be sent to the registered office address.',
             'Companies House']
    text = '\n\n'.join(paras)
    html = notify_html('Confirmation statement due', paras)
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable', quote=False)
    hp = B.html_part(html, 'utf-8', 'quoted-printable', quote=False)
    bnd = '===============%d==' % m.between(10**18, 10**19 - 1)
    body = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % bnd)], [tp, hp], bnd)
    P.ses(m, 'Companies House <companies.house@notifications.service.gov.uk>', 'james.whitfield@example.com', 'james.whitfield@example.com',
          'Confirmation statement due: EXAMPLE LIVE UK LTD (13874521)', when, body, 'notifications.service.gov.uk',
          region='eu-west-2', dmarc=('pass', 'reject'), mail_from_sub='notifications.service.gov.uk'.replace('notifications.', 'mail.notifications.'),
          reply_to='Companies House <companies.house@notifications.service.gov.uk>')
    m.meta.update(
        what='Genuine Companies House reminder (GOV.UK Notify) that the UK entity\'s confirmation statement is due by 26 October.',
        why='Sent from notifications.service.gov.uk through GOV.UK Notify\'s Amazon SES with DMARC p=reject passing; link to the real find-and-update.company-information.service.gov.uk page; no threat, states the normal fee and process.',
        hard_neg=dict(attacks=['09-en'], topic='Companies House confirmation statement', diff='gov.uk sender and link, reminder before the due date instead of strike-off threat, no sign-in link demanding the auth code.'))


@msg('business', '10', 'en', 'northbank-deposit-invoice-barclays')
def b10(m):
    when = local('UK', 2026, 11, 20, 10, 6, 52)
    inv = doc_pdf(m, 'Xero', local('UK', 2026, 11, 20, 9, 55, 0), 'NORTHBANK ARTISTS', ['Unit 12, 5-9 Ravey Street · London EC2A 4QP · VAT GB 318 4471 62'],
                  (30, 30, 30), ['Example Live UK Ltd', 'Accounts Payable', '18 Shepherdess Walk', 'London N1 7LB'],
                  [('Invoice Number', 'NBA-INV-4468'), ('Invoice Date', '20 Nov 2026'), ('Due Date', '27 Nov 2026'), ('Reference', 'MS-EU27-DEP')],
                  'TAX INVOICE',
                  ['Artist: Mira Solvej - European Arena Tour 2027 (14 shows). Deposit 50% on signature as per agreement dated 18 Nov 2026.'],
                  table=(['Description', 'Qty', 'Unit Price', 'Amount GBP'], [260, 50, 90, 83], ['l', 'r', 'r', 'r'],
                         [['Artist fee deposit (50%) - held in client account', '1', '182,500.00', '182,500.00']]),
                  totals=[('Subtotal', '182,500.00', False), ('VAT (client money, outside scope)', '0.00', False), ('TOTAL GBP', '182,500.00', True)],
                  after=['Payment details - CLIENT ACCOUNT',
                         'Northbank Artists Ltd Client Account · Barclays Bank UK PLC · Sort code 20-82-14 · Account 70418253\nIBAN %s · BIC BUKBGB22' % ids.fmt_iban(company.NORTHBANK_IBAN),
                         'Our bank details will never change by email. If you receive a message saying otherwise, please call us on +44 20 7946 0350.'],
                  footer=[['Northbank Artists Ltd', 'Registered in England & Wales 09128447'], ['accounts@northbankartists.co.uk', '+44 20 7946 0350']],
                  doc_title='NBA-INV-4468')
    text = """Hi James,

Please find attached invoice NBA-INV-4468 for the Mira Solvej EU Arena 2027 deposit (GBP 182,500.00), due 27 November.

Payment to our usual Barclays client account as on the invoice. As always, if anyone ever emails you different bank details for us, please call us before paying.

Thanks and best wishes,
Hannah

--
Hannah Price
Accounts | Northbank Artists
Unit 12, 5-9 Ravey Street, London EC2A 4QP
+44 20 7946 0350"""
    att = B.attachment(inv, 'application/pdf', 'NBA-INV-4468.pdf', 'gmail', gmail_id='f_m%s0' % m.alnum(8).lower())
    body = gmail_body(m, text, atts=[att])
    P.gmail(m, ('Northbank Artists Accounts', 'accounts@northbankartists.co.uk'), [S('James Whitfield')],
            'Invoice NBA-INV-4468 - Mira Solvej EU Arena 2027 deposit', when, body, workspace='northbankartists.co.uk',
            cc=[('Oliver Grant', 'oliver@northbankartists.co.uk'), S('Daniel Wagner')], dmarc=('pass', 'reject'))
    m.rcpts = ['james.whitfield@example.com', 'daniel.wagner@examplegroup.eu']
    m.facts['phone'] = ['+44 20 7946 0350']
    m.facts['account'] = ['UK sort code 20-82-14, account 70418253 (Barclays, on file)']
    m.meta.update(
        what='Genuine deposit invoice from the booking agency\'s accounts team (Google Workspace) to the UK accountant, CC the agent and the head of booking.',
        why='Correct domain northbankartists.co.uk with DMARC p=reject passing; Barclays client account that matches the master data; invites call-back; invoice matches the deal memo.',
        hard_neg=dict(attacks=['10-en', '01-de'], topic='artist deposit invoice / bank details', diff='Real agency domain and usual account, CC to the agent, warning against e-mailed bank changes.'))


@msg('business', '11', 'en', 'docusign-artist-agreement-genuine')
def b11(m):
    when = local('UK', 2026, 11, 18, 16, 48, 3)
    env = m.guid()
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, m.guid(), m.guid())
    code = m.hex(32, True)
    text = """Oliver Grant sent you a document to review and sign.

REVIEW DOCUMENT
%s

Oliver Grant
oliver@northbankartists.co.uk

Hi Daniel, final agreement for Mira Solvej EU Arena 2027 with the changes from our call (merch split 80/20, radius clause 60 days). Please countersign. Thanks, Oliver

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
Report this email or read more about Declining to sign and Managing notifications.

If you have trouble signing, visit "How to Sign a Document" on our Docusign Support Center, or browse our Docusign Community for more information.

This message was sent to you by Oliver Grant who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.""" % (url, code)
    e = lambda s: B.esc(s)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="padding:0;margin:0;background-color:#eaeaea"><table border="0" width="100%" cellspacing="0" cellpadding="0" role="presentation" style="background-color:#eaeaea"><tr><td></td>'
            '<td width="640"><table style="border-collapse:collapse;background-color:#ffffff;max-width:640px"><tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Member/Images/email/docInvite-white.png" alt="Docusign" width="116" height="34"></td></tr>'
            '<tr><td style="padding:0px 24px 30px 24px"><table role="presentation" width="100%" style="background-color:#1e4ca1;color:#ffffff"><tr><td style="padding:28px 36px 36px 36px;text-align:center;font-family:Helvetica,Arial,Sans Serif;font-size:16px;color:#ffffff">'
            'Oliver Grant sent you a document to review and sign.<br><br><a href="' + e(url) + '" style="font-size:15px;color:#333333;background-color:#ffc423;font-weight:bold;text-decoration:none;border-radius:2px;display:inline-block;padding:0 24px;line-height:44px">REVIEW DOCUMENT</a></td></tr></table></td></tr>'
            '<tr><td style="padding:0px 24px 24px 24px;font-family:Helvetica,Arial,Sans Serif;font-size:15px;color:#333333"><b>Oliver Grant</b><br><a href="mailto:oliver@northbankartists.co.uk" style="color:#2463d1">oliver@northbankartists.co.uk</a><br><br>'
            'Hi Daniel, final agreement for Mira Solvej EU Arena 2027 with the changes from our call (merch split 80/20, radius clause 60 days). Please countersign. Thanks, Oliver</td></tr></table>'
            '<table role="presentation" width="100%" style="max-width:640px"><tr><td style="padding:30px 24px 45px 24px;background-color:#eaeaea;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px">'
            '<p><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>'
            '<p><b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security code:<br>' + code + '</p>'
            '<p><b>About Docusign</b><br>Sign documents electronically in just minutes. It\'s safe, secure, and legally binding.</p>'
            '<p><b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.</p>'
            '<p><b>Stop receiving this email</b><br><a href="https://protect.docusign.net/report-abuse?e=AUtomjpJ' + m.b64url(30) + '" style="color:#2463d1">Report this email</a> or read more about <a href="https://support.docusign.com/s/articles/How-do-I-decline-to-sign-a-document" style="color:#2463d1">Declining to sign</a> and <a href="https://support.docusign.com/s/articles/How-to-Manage-Email-Notifications" style="color:#2463d1">Managing notifications</a>.</p>'
            '<p>This message was sent to you by Oliver Grant who is using the Docusign Electronic Signature Service.</p>'
            '</td></tr></table></td><td></td></tr></table></body></html>\n')
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable')
    hp = B.html_part(html, 'utf-8', 'quoted-printable')
    bnd = '----=_Part_%d_%d.%d' % (m.between(100000, 999999), m.between(100000000, 999999999), epoch(when) * 1000 + m.between(0, 999))
    body = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % bnd)], [tp, hp], bnd)
    n = m.between(10, 60)
    host = 'mailfr%02d.eu.docusign.net' % (n % 20)
    ip = '185.81.100.%d' % n
    t1 = m.later(when, 1, 3)
    m.connect(host, host, ip, 'dse@eumail.docusign.net', 'daniel.wagner@examplegroup.eu', m.later(t1, 0, 2))
    m.dmarc = ('pass', 'reject', 'eumail.docusign.net')
    h = []
    h.append(('DKIM-Signature', m.dkim('docusign.net', 's1', 'MIME-Version:From:To:Reply-To:Date:Subject:Message-ID:Content-Type', t=epoch(t1))))
    h.append(('Received', 'from docusign.net (FRAPPSMTPDS%02d [10.72.%d.%d]) by %s with SMTP\n\tid %s; %s' % (
        m.between(1, 20), m.between(1, 250), m.between(1, 250), host, m.guid(), d_std(in_zone(t1, 'UTC')))))
    h += [('MIME-Version', '1.0'), ('From', '"Oliver Grant via Docusign" <dse@eumail.docusign.net>'),
          ('To', '"Daniel Wagner" <daniel.wagner@examplegroup.eu>'), ('Reply-To', '"Oliver Grant" <oliver@northbankartists.co.uk>'),
          ('Date', d_std(in_zone(when, 'UTC')).replace('+0000', '-0800') if False else d_std(in_zone(when, 'UTC'))),
          ('Subject', 'Complete with Docusign: Mira Solvej - Artist Engagement Agreement EU Arena 2027 (final).pdf'),
          ('Message-ID', '<%s@eu.docusign.net>' % m.hex(32)),
          ('X-Api-Host', 'docusign.net'), ('X-DocuSign-Envelope-Id', env), ('@MIME', None)]
    m.headers = h
    m.body = body
    m.meta.update(
        what='Genuine DocuSign envelope from the booking agent for the artist engagement agreement, with a personal note referring to the negotiated clauses.',
        why='Sent by DocuSign\'s EU infrastructure from dse@eumail.docusign.net (DKIM docusign.net, DMARC pass), link to eu.docusign.net, Reply-To the real agent, note with deal specifics.',
        hard_neg=dict(attacks=['11-en', '13-en'], topic='e-signature request', diff='docusign.net sender and signing link; the attack used docusign-sign.net via SES and an r2.dev link.'))


@msg('business', '12', 'en', 'microsoft-entra-risky-signin-digest')
def b12(m):
    when = local('UTC', 2026, 11, 30, 6, 11, 24)
    text = """Microsoft Entra ID Protection

Weekly digest for Example Group (example.com)
23 November 2026 - 29 November 2026

New users at risk: 1
New risky sign-ins: 3
Users with credentials leaked: 0

Users flagged for risk
- laura.fischer@example.com - Risk level: Medium - Risk detail: Unfamiliar sign-in properties - Last updated: 26/11/2026

Sign-ins flagged for risk
- 26/11/2026 09:58 UTC - laura.fischer@example.com - Anonymous IP address - Location: Amsterdam, NL - Result: Blocked by Conditional Access
- 26/11/2026 10:02 UTC - laura.fischer@example.com - Unfamiliar sign-in properties - Location: Amsterdam, NL - Result: Failure (MFA denied)
- 27/11/2026 21:14 UTC - nina.hartmann@examplegroup.eu - Atypical travel - Location: Madrid, ES - Result: Success (MFA satisfied)

View all risky users: https://entra.microsoft.com/#view/Microsoft_AAD_IAM/SecurityMenuBlade/~/RiskyUsers
View all risky sign-ins: https://entra.microsoft.com/#view/Microsoft_AAD_IAM/SecurityMenuBlade/~/RiskySignIns

You're receiving this email because you're a Global Administrator or Security Administrator of Example Group. To change notification settings, go to Entra ID Protection > Notifications.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839"""
    paras = text.split('\n\n')
    html = brand_html('Microsoft Entra ID Protection weekly digest', paras[1:-2], color='#0078d4', brand='Microsoft Entra',
                      footer=paras[-2:], lang='en', font="'Segoe UI',Tahoma,Arial,sans-serif")
    tp = B.text_part(text, 'plain', 'utf-8', 'base64')
    hp = B.html_part(html, 'utf-8', 'base64')
    bnd = '--boundary_%d_%s' % (m.between(1, 999), m.guid())
    body = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % bnd)], [tp, hp], bnd)
    P.m365(m, ('Microsoft Entra', 'MSSecurity-noreply@microsoft.com'), [S('Lukas Neumann')],
           'Microsoft Entra ID Protection weekly digest', when, body, dkim_domain='microsoft.com', dmarc=('pass', 'reject'),
           lang='en-US', region='namprd03', prefix=('SA1PR03MB', 'BN8PR03MB'), ctry='US', dkim_selector='s1024-meo')
    m.meta.update(
        what='Genuine Microsoft Entra ID Protection weekly digest to the mail/security admin listing risky users and sign-ins (incl. the blocked attempt on the CEO assistant after the ScreenConnect lure).',
        why='From microsoft.com through Exchange Online Protection, DMARC p=reject passing; links only to entra.microsoft.com / go.microsoft.com; informational, sent to the admin role holder; no action link for credentials.',
        hard_neg=dict(attacks=['12-en', '13-en', '29-es'], topic='Microsoft 365 / Entra security notice', diff='Genuine Microsoft sender and portal links, addressed to the admin, no code entry, QR or consent request.'))


@msg('business', '13', 'en', 'meta-ad-approved-genuine')
def b13(m):
    when = local('USP', 2026, 11, 27, 4, 38, 12)
    adid = '%d' % m.between(10**16, 10**17 - 1)
    url = 'https://www.facebook.com/adsmanager/manage/ads?act=%d&selected_ad_ids=%s&nav_source=email' % (m.between(10**14, 10**15), adid)
    text = """Meta for Business

Your ad has been approved

Hi Julia,

Your ad "Mira Solvej - Hamburg & Köln - tickets on sale now" for Example Live Germany has been approved and is now running.

Ad ID: %s
Budget: EUR 750.00 lifetime
Schedule: 27 Nov 2026 - 14 Dec 2026

See ad in Ads Manager: %s

Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland
This message was sent to julia.braun@example.com. To help keep your account secure, please don't forward this email.
Unsubscribe: https://www.facebook.com/o.php?k=%s&u=%d&mid=%s""" % (adid, url, m.alnum(8), m.between(10**14, 10**15), m.hex(14))
    paras = text.split('\n\n')
    html = brand_html('Your ad has been approved', paras[2:5], color='#0866ff', brand='Meta for Business', button=('See ad in Ads Manager', url),
                      footer=[paras[-1]], lang='en', font='Helvetica,Arial,sans-serif')
    tp = B.text_part(text, 'plain', 'UTF-8', 'quoted-printable')
    hp = B.html_part(html, 'UTF-8', 'quoted-printable')
    bnd = 'b1_%s' % m.hex(32)
    body = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % bnd)], [tp, hp], bnd)
    a, b = m.between(144, 159), m.between(1, 250)
    host = '66-220-%d-%d.mail-mail.facebook.com' % (a, b)
    ip = '66.220.%d.%d' % (a, b)
    envf = 'notification+z%s=zwgh@facebookmail.com' % m.alnum(6).lower()
    m.connect(host, host, ip, envf, 'julia.braun@example.com', m.later(when, 1, 3))
    m.dmarc = ('pass', 'reject', 'facebookmail.com')
    h = []
    h.append(('DKIM-Signature', m.dkim('facebook.com', 's1024-2013-q3', 'Date:To:Subject:From:MIME-Version:Content-Type', t=epoch(when))))
    h.append(('Received', 'from facebook.com (%s) by facebook.com with Thrift id %s-%d;\n\t%s' % (
        'hLDhlC7vVmK' + m.alnum(6), m.hex(32), m.between(1, 9), d_std(when))))
    h += [('Date', d_std(when)), ('To', 'julia.braun@example.com'), ('Subject', 'Your ad has been approved'),
          ('X-Facebook', 'from 2401:db00:%s:%s::%s ([MTI3LjAuMC4x])'.replace('%s', 'ff') if False else 'from 2401:db00:1110:6113:face:0:a7:0 ([MTI3LjAuMC4x])'),
          ('From', '"Meta for Business" <advertise-noreply@support.facebook.com>'),
          ('Reply-to', 'noreply <advertise-noreply@support.facebook.com>'),
          ('Errors-To', 'notification+z%s@facebookmail.com' % m.alnum(6).lower()),
          ('Message-ID', '<%s@facebookmail.com>' % m.hex(40)),
          ('X-Priority', '3'), ('X-Mailer', 'Facebook Mailer'), ('X-Facebook-Notify', 'ads_approved; mailid=%s' % m.hex(14)),
          ('X-FACEBOOK-PRIORITY', '1'), ('List-Unsubscribe', '<https://www.facebook.com/o.php?k=%s>' % m.alnum(8)),
          ('MIME-Version', '1.0'), ('@MIME', None)]
    m.dmarc = ('pass', 'reject', 'support.facebook.com')
    m.headers = h
    m.body = body
    m.meta.update(
        what='Genuine Meta ads notification to the marketing lead: the ticket-sales ad for the Mira Solvej shows was approved.',
        why='Sent from Facebook\'s own mail infrastructure (facebookmail.com envelope, DKIM pass, 66.220.x), links to facebook.com Ads Manager, matches the campaign the team created; no threat, no appeal form.',
        hard_neg=dict(attacks=['16-en'], topic='Meta / Facebook page and ads notice', diff='Meta infrastructure and facebook.com links, informational, no deletion threat or Google Form.'))


@msg('business', '14', 'en', 'it-notice-remote-support-maintenance')
def b14(m):
    when = local('DE', 2026, 11, 26, 14, 3, 40)
    text = """Dear colleagues,

this morning several of you received hundreds of newsletter sign-up mails within minutes ("mail bombing"), and one colleague then got an e-mail from a fake "IT Service Desk" asking her to install a remote-support tool. She did the right thing and called us. Thank you!

Please remember:
- IT will never send you a link to install remote-access software (ScreenConnect, AnyDesk, TeamViewer, Quick Assist).
- We will never ask for your password or an MFA code - not by mail, not by phone, not in Teams.
- Our only addresses are it-servicedesk@example.com and extension 6650. If in doubt, call.
- Never enter a code at microsoft.com/devicelogin because someone asked you to.

Planned maintenance: on Saturday, 5 December, 02:00-04:00 CET we install the Exchange Server 2019 security update on EXCH01/EXCH02. Outlook may reconnect briefly; mobile mail is not affected.

Thanks and best regards
Lukas

--
Lukas Neumann
IT Security & Messaging
Example Live Entertainment GmbH
Am Sandtorkai 58 · 20457 Hamburg
T +49 40 8090 6654 · lukas.neumann@example.com"""
    body = outlook_mixed(m, text, 'iso-8859-1', 'EN-GB', 'exch', 'EXCH01', cte='quoted-printable')
    rc = [S('Laura Fischer'), S('Jürgen Hoffmann'), S('Sabine Krüger'), S('Florian Köhler'), S('Julia Braun')]
    P.exchange_internal(m, S('Lukas Neumann'), [('All Staff Hamburg', 'all-hamburg@example.com')], 'Mail bombing + fake IT support calls / Exchange maintenance Sat 5 Dec', when, body,
                        server='EXCH01', lang='en-GB', accept='de-DE, en-US', cc=[S('Thomas Becker')])
    m.rcpts = [e for _, e in rc] + ['thomas.becker@example.com']
    m.facts['phone'] = ['+49 40 8090 6654']
    m.meta.update(
        what='Genuine internal notice from IT security to all Hamburg staff about the morning\'s mail bombing and fake help-desk contact, plus planned Exchange maintenance.',
        why='Internal Exchange route (EXCH01 -> mail-int01), known sender, distribution list, explicitly tells users NOT to install tools or enter device codes; no link to click, no attachment.',
        hard_neg=dict(attacks=['15-en', '12-en'], topic='IT support / remote access', diff='Real internal sender and route; it asks for nothing and warns against exactly what the attack requests.'))
    m.meta['note_lists'] = 'all-hamburg@example.com is expanded by Exchange; mx01 sees the individual recipients.'


@msg('business', '15', 'en', 'newsletter-livebiz-weekly-mailchimp')
def b15(m):
    when = local('UK', 2026, 10, 23, 7, 30, 5)
    U, LID, E, CID = m.hex(25), m.hex(10), m.hex(10), m.hex(10)
    base = 'https://livebizweekly.us14.list-manage.com/track/click?u=%s&id=%s&e=%s' % (U, m.hex(10), E)
    items = [('European arena touring 2027: capacity crunch as new venues slip to 2028', 'Promoters report that three planned arenas in Germany, Italy and Poland will not open before 2028, pushing routing for major 2027 tours into fewer, more expensive weekends.'),
             ('Dynamic pricing under scrutiny: EU consumer authorities publish guidance', 'The CPC network has issued guidance on dynamic and "demand-based" ticket pricing, requiring clear price display from the first step of the purchase flow.'),
             ('Crew shortages: riggers and stage managers in demand', 'Our survey of 140 production companies shows day rates for certified riggers up 11% year on year.'),
             ('ILMC 2027 dates and early-bird registration', 'The International Live Music Conference returns to London in March 2027; early-bird registration closes on 30 November.')]
    lines = ['LiveBiz Weekly - 23 October 2026', 'News and analysis for the live entertainment business', '']
    for i, (t, d) in enumerate(items):
        lines += [t, d, 'Read more: %s&l=%d' % (base, i + 1), '']
    lines += ['You are receiving this email because you subscribed to LiveBiz Weekly at livebizweekly.com.',
              'LiveBiz Media Ltd, 2nd Floor, 14 Hatton Garden, London EC1N 8AT, United Kingdom',
              'Update your preferences: https://livebizweekly.us14.list-manage.com/profile?u=%s&id=%s&e=%s' % (U, LID, E),
              'Unsubscribe: https://livebizweekly.us14.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s' % (U, LID, E, CID)]
    text = '\n'.join(lines)
    rows = ''.join('<tr><td style="padding:14px 28px;font-family:Georgia,serif"><div style="font-size:19px;color:#111;font-weight:bold">%s</div>'
                   '<div style="font-size:14px;color:#444;line-height:21px;padding:6px 0">%s</div><a href="%s&amp;l=%d" style="color:#c2185b;font-size:13px">Read more &rarr;</a></td></tr>' % (
                       B.esc(t), B.esc(d), B.esc(base), i + 1) for i, (t, d) in enumerate(items))
    html = brand_html('News and analysis for the live entertainment business', [], color='#c2185b', brand='LiveBiz Weekly',
                      footer=lines[-4:], lang='en', extra_rows=rows, preheader='Arena capacity crunch, EU pricing guidance, crew rates')
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable')
    hp = B.html_part(html, 'utf-8', 'quoted-printable')
    bnd = '_----------=_MCPart_%d' % m.between(10**8, 10**9)
    body = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % bnd)], [tp, hp], bnd)
    n = m.between(100, 250)
    host = 'mail%d.suw121.mcdlv.net' % n
    ip = '198.2.%d.%d' % (n, m.between(1, 250))
    cid = CID
    envf = 'bounce-mc.us14_%d.%d-daniel.wagner=examplegroup.eu@mail%d.suw121.mcdlv.net' % (m.between(10**7, 10**8), m.between(10**6, 10**7), n)
    t0 = in_zone(when, 'UTC')
    m.connect(host, host, ip, envf, 'daniel.wagner@examplegroup.eu', m.later(t0, 1, 3))
    m.dmarc = ('pass', 'quarantine', 'livebizweekly.com')
    h = []
    h.append(('DKIM-Signature', m.dkim('livebizweekly.com', 'k2', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC', t=epoch(t0))))
    h.append(('DKIM-Signature', m.dkim('mcdlv.net', 'k3', 'Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC', t=epoch(t0))))
    h.append(('Received', 'from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <daniel.wagner@examplegroup.eu>; %s' % (host, m.alnum(10), d_std(t0))))
    h += [('Subject', 'Arena capacity crunch, EU pricing guidance, crew rates | LiveBiz Weekly'),
          ('From', 'LiveBiz Weekly <news@livebizweekly.com>'), ('Reply-To', 'LiveBiz Weekly <editor@livebizweekly.com>'),
          ('To', '<daniel.wagner@examplegroup.eu>'), ('Date', d_std(t0)),
          ('Message-ID', '<%s.%s@mail%d.suw121.mcdlv.net>' % (m.hex(20), m.hex(10), n)),
          ('X-Mailer', 'MailChimp Mailer - **CID%s%s**' % (cid, m.hex(10))), ('X-Campaign', 'mailchimp%s.%s' % (U, cid)),
          ('X-campaignid', 'mailchimp%s.%s' % (U, cid)), ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (U, cid, E)),
          ('X-MC-User', U), ('Feedback-ID', '%d:%d.%d:us14:mc' % (m.between(10**7, 10**8), m.between(10**6, 10**7), m.between(10**6, 10**7))),
          ('List-ID', '%s mcdlv.net <%s.%s.list-id.mcsv.net>' % (U, U, LID)),
          ('X-Accounttype', 'pd'), ('List-Unsubscribe', '<https://livebizweekly.us14.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s>, <mailto:unsubscribe-mc.us14_%s.%s-%s@unsubscribe.mailchimpapp.net>' % (U, LID, E, CID, U, LID, E)),
          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Content-Type', None)]
    h = [x for x in h if x[1] is not None]
    h += [('MIME-Version', '1.0'), ('@MIME', None)]
    m.headers = h
    m.body = body
    m.meta.update(
        what='Genuine trade newsletter (LiveBiz Weekly via Mailchimp) subscribed by the head of booking: arena capacity, EU ticket-pricing guidance, crew rates.',
        why='Bulk mail done properly: list headers, one-click unsubscribe, sender domain aligned with DKIM, tracking links on list-manage.com only, no credential or payment request.',
        hard_neg=dict(attacks=['16-en', '23-pl'], topic='bulk service delivery (ESP)', diff='Subscribed list with unsubscribe and aligned domain; the attacks abused ESPs with look-alike sender domains.'))


@msg('business', '16', 'en', 'uk-corporate-rfp-with-briefing-invite')
def b16(m):
    when = local('UK', 2026, 10, 12, 11, 22, 48)
    portal = 'https://suppliers.harrowgate-group.co.uk/rfx/RFP-2026-0419'
    teams = ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (
        m.b64url(48).replace('-', 'A').replace('_', 'B'), m.guid(), m.guid()))
    rfp = doc_pdf(m, 'Microsoft® Word for Microsoft 365', local('UK', 2026, 10, 9, 16, 0, 0), 'Harrowgate Insurance Group plc',
                  ['Group Procurement · 1 Pemberton Row · London EC4A 3BG'], (0, 90, 60),
                  ['Example Live UK Ltd', 'FAO: Events & Corporate Hospitality', '18 Shepherdess Walk', 'London N1 7LB'],
                  [('RFP reference', 'RFP-2026-0419'), ('Issued', '12 Oct 2026'), ('Clarifications by', '30 Oct 2026'), ('Submission by', '13 Nov 2026, 12:00')],
                  'Request for Proposal: Harrowgate Annual Staff Celebration 2027',
                  ['Harrowgate Insurance Group invites proposals for the production and artist booking of its annual staff celebration '
                   '(approx. 3,000 guests, London, late June 2027), including venue options, headline act, hospitality and full technical production.',
                   'Responses must be submitted through our supplier portal (reference RFP-2026-0419). Please do not e-mail commercial '
                   'responses. A supplier briefing will be held on Microsoft Teams on 20 October 2026 at 14:00 BST.',
                   'Evaluation: quality 60% (creative concept, production plan, safety), price 30%, sustainability 10%.'],
                  footer=[['Harrowgate Insurance Group plc', 'Registered in England No. 02187734'], ['procurement@harrowgate-group.co.uk', '+44 20 7946 0911']],
                  doc_title='RFP-2026-0419')
    ics = ('BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n'
           'BEGIN:VTIMEZONE\r\nTZID:GMT Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\n'
           'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T010000\r\nTZOFFSETFROM:+0000\r\n'
           'TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n'
           'BEGIN:VEVENT\r\nORGANIZER;CN=Priya Shah:mailto:priya.shah@harrowgate-group.co.uk\r\n'
           'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emma Clarke:mailto:emma.clarke@examplegroup.eu\r\n'
           'DESCRIPTION;LANGUAGE=en-GB:Supplier briefing RFP-2026-0419. Join the meeting: ' + teams + '\r\n'
           'UID:040000008200E00074C5B7101A82E008000000@UID@\r\nSUMMARY;LANGUAGE=en-GB:Supplier briefing - RFP-2026-0419 Annual Staff Celebration 2027\r\n'
           'DTSTART;TZID=GMT Standard Time:20261020T140000\r\nDTEND;TZID=GMT Standard Time:20261020T150000\r\nCLASS:PUBLIC\r\nPRIORITY:5\r\n'
           'DTSTAMP:20261012T102200Z\r\nTRANSP:OPAQUE\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\nLOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting\r\n'
           'END:VEVENT\r\nEND:VCALENDAR\r\n').replace('@UID@', m.hex(48, True))
    # fold long ICS lines at 75 octets
    folded = []
    for ln in ics.split('\r\n'):
        while len(ln) > 75:
            folded.append(ln[:75])
            ln = ' ' + ln[75:]
        folded.append(ln)
    ics = '\r\n'.join(folded)
    text = """Dear Emma,

Thank you for registering as a supplier. Please find attached our Request for Proposal RFP-2026-0419 for the Harrowgate Annual Staff Celebration 2027, together with a calendar invitation for the supplier briefing on 20 October (Teams).

All clarification questions and your final response should be submitted via our supplier portal:
%s

Key dates: clarifications by 30 October 2026, submissions by 13 November 2026, 12:00.

Kind regards,

Priya Shah
Category Manager - Marketing & Events
Group Procurement
Harrowgate Insurance Group plc
+44 20 7946 0911""" % portal
    a1 = B.attachment(rfp, 'application/pdf', 'RFP-2026-0419 Annual Staff Celebration 2027.pdf', 'outlook', when=when)
    a2 = B.attachment(ics.encode('utf-8'), 'text/calendar', 'Supplier briefing RFP-2026-0419.ics', 'outlook', when=when, extra_ct='; method=REQUEST; charset="utf-8"')
    body = outlook_mixed(m, text, 'us-ascii', 'EN-GB', 'm365', 'LO4P123MB', atts=[a1, a2], cte='quoted-printable')
    P.m365(m, ('Priya Shah', 'priya.shah@harrowgate-group.co.uk'), [S('Emma Clarke')], 'RFP-2026-0419 - Annual Staff Celebration 2027 - invitation to tender', when, body,
           dkim_domain='harrowgate-group.co.uk', dmarc=('pass', 'reject'), lang='en-GB', region='GBRP123', prefix=('LO4P123MB', 'CWLP123MB'),
           has_attach=True, cc=[S('Nina Hartmann')])
    m.facts['phone'] = ['+44 20 7946 0911']
    m.meta.update(
        what='Genuine tender: a UK insurer\'s procurement sends an RFP (PDF) for its 2027 staff celebration plus a Teams supplier-briefing invitation (.ics), responses via its supplier portal.',
        why='Established corporate domain in Microsoft 365 UK with DMARC p=reject passing; supplier had registered; documents are a plain PDF and a calendar item; the portal is on the customer\'s own domain; no password archives, no executables, no payment terms tricks.',
        hard_neg=dict(attacks=['08-de', '21-it', '25-pl'], topic='tender / event enquiry / purchase order', diff='Known process (registration, portal on own domain), harmless documents, no credit-based delivery to third parties.'))
