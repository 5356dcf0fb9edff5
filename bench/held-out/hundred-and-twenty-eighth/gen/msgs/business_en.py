"""Genuine business mail, English (09-16)."""
from msgs import msg
from msgs.common import *  # noqa
from lib import mta, mime, ids, archive
from lib.mime import local
from lib.company import ANGLIA, ENT, S, P

MSFT = dict(domain='microsoft.com', id='72f988bf-86f1-41af-91ab-2d7cd011db47', mbx='BN8PR21MB1172', pod='namprd21',
            fe='SA1PR21MB2017', region='NAM11-BN8', lang='en-US', dkim='custom', ip='40.107.236.%d')


@msg('business', 9, 'en', 'entra-id-protection-risk-alert')
def b09(m):
    m.t = local('UTC', 2026, 10, 30, 4, 17, 52)
    m.frm = ('Microsoft Entra ID Protection', 'azure-noreply@microsoft.com')
    m.to = [P('richter')]
    m.subject = 'Users at risk detected'
    tn = dict(MSFT)
    tn['ip'] = '40.107.236.%d' % m.rng.randint(20, 120)
    sysp = mta.M365(m, tenant=tn, client='system', mailfrom='azure-noreply@microsoft.com')
    url = 'https://portal.azure.com/#view/Microsoft_AAD_IAM/SecurityMenuBlade/~/RiskyUsers/tenantId/%s' % '6a1f3c0e-5b7d-4e29-8c41-d3f07a92b815'
    blocks = ['<p style="font-size:22px;margin:0 0 16px 0;">Users at risk detected</p>',
              'We detected <b>1</b> new user at risk in your organization <b>Example Group</b> (examplegroup.onmicrosoft.com) '
              'between 29 Oct 2026 04:00 UTC and 30 Oct 2026 04:00 UTC.',
              '<table cellpadding="4" cellspacing="0" style="border:1px solid #e1dfdd;margin:0 0 16px 0;font-size:13px;">'
              '<tr style="background:#f3f2f1;"><td><b>User</b></td><td><b>Risk level</b></td><td><b>Risk detection</b></td></tr>'
              '<tr><td>felix.vogel@examplegroup.eu</td><td>Medium</td><td>Unfamiliar sign-in properties</td></tr></table>',
              'Review the user in Identity Protection and, if the sign-in was not legitimate, confirm the user compromised and reset the password.',
              '<p style="font-size:12px;color:#605e5c;">You are receiving this e-mail because you are configured to receive Identity Protection '
              'alerts. To change the notification settings, go to Identity Protection &gt; Users at risk detected alerts.</p>']
    html_t = tx_html(blocks=blocks, brand='Microsoft Entra', brand_color='#0078d4', button=('View users at risk', url, '#0078d4'),
                     logo_html='<span style="font-size:16px;color:#505050;">Microsoft Entra ID Protection</span>',
                     footer=['Microsoft Corporation, One Microsoft Way, Redmond, WA 98052', '<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#777777;">Privacy Statement</a>'],
                     lang='en', font='"Segoe UI",Tahoma,sans-serif', bg='#ffffff')
    plain_t = styles.html_to_text(html_t) + '\n\nView users at risk: %s\n' % url
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Genuine Microsoft Entra ID Protection alert to the mail/security admin: one user with medium risk (unfamiliar sign-in properties).',
               'Sent by Microsoft\'s own tenant (DKIM microsoft.com, ARC, EOP hosts), link only to portal.azure.com, addressed to the admin who '
               'configured the alert, contains tenant-specific facts.',
               must_urls=[url],
               hard=([9, 10], 'Microsoft account / sign-in security', 'Genuine alert links to the Azure portal and requires no action from '
                                                                      'the recipient\'s credentials; the attacks abuse device-code and OAuth flows.'))


@msg('business', 10, 'en', 'docusign-anglia-supply-agreement')
def b10(m):
    m.t = local('UK', 2026, 11, 18, 15, 26, 40)
    m.frm = ('Rachel Howard via Docusign', 'dse@eumail.docusign.net')
    m.reply_to = ANGLIA['person']
    m.to = [P('braun')]
    m.subject = 'Complete with Docusign: Anglia Crop Supplies – Supply Agreement 2027 (Example Group)'
    env = m.guid()
    acct = m.guid()
    er = m.guid()
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, acct, er)
    code = env.replace('-', '').upper()[:32]
    sysp = mta.Platform(m, host='mail.eu.docusign.net', rdns='mailda.eu.docusign.net', ip='185.81.102.%d' % m.rng.randint(10, 99),
                        dkim=[('eumail.docusign.net', 'ds1'), ('docusign.net', 's1')], mailfrom='dse@eumail.docusign.net', zone='UTC',
                        msgid_fmt='<%s@eu.docusign.net>' % env.replace('-', ''), bstyle='java',
                        order=['date', 'from', 'replyto', 'to', 'msgid', 'subject', 'mime', 'body', 'extra'],
                        hops=['from fr1ds-mta-07 (10.201.14.37) by mail.eu.docusign.net (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date0c}'])
    m.extra = [('X-DocuSign-Envelope-Id', env)]
    blocks = ['<table cellpadding="0" cellspacing="0" style="width:100%;background:#1e4ca1;"><tr><td style="padding:28px;text-align:center;color:#ffffff;font-size:16px;">'
              'Rachel Howard sent you a document to review and sign.</td></tr></table>',
              '<p style="margin:18px 0 6px 0;"><b>Rachel Howard</b><br /><a href="mailto:rachel.howard@anglia-crop.co.uk" style="color:#2463d1;">rachel.howard@anglia-crop.co.uk</a></p>',
              'Hi Katrin,<br />as discussed on Tuesday, here is the 2027 supply agreement with the volumes and the price mechanism we agreed '
              '(NPK 15-15-15 and 0-20-30, deliveries ex Ipswich). Clause 9 now has the revised force-majeure wording from your legal team.<br />'
              'Many thanks, Rachel',
              '<p style="font-size:12px;color:#666666;margin-top:22px;"><b>Do Not Share This Email</b><br />This email contains a secure link to '
              'Docusign. Please do not share this email, link, or access code with others.</p>',
              '<p style="font-size:12px;color:#666666;"><b>Alternate Signing Method</b><br />Visit Docusign.com, click \'Access Documents\', and enter '
              'the security code:<br />%s</p>' % code,
              '<p style="font-size:12px;color:#666666;"><b>About Docusign</b><br />Sign documents electronically in just minutes. It\'s safe, secure, '
              'and legally binding.</p>']
    html_t = tx_html(blocks=blocks, brand='Docusign', brand_color='#1e4ca1', button=('REVIEW DOCUMENT', link, '#ffc820'),
                     logo_html='<span style="font-size:22px;font-weight:bold;color:#1e1e1e;">Docusign</span>',
                     footer=['This message was sent to you by Rachel Howard who is using the Docusign Electronic Signature Service. If you would rather '
                             'not receive email from this sender you may contact the sender with your request.'],
                     lang='en', font='Helvetica,Arial,sans-serif')
    plain_t = styles.html_to_text(html_t) + '\n\nREVIEW DOCUMENT: %s\n' % link
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Genuine DocuSign envelope: the UK distributor sends the 2027 supply agreement for signature.',
               'DocuSign EU infrastructure (DKIM docusign.net, envelope ID header, link to eu.docusign.net with envelope/account IDs, '
               'security code = envelope ID), expected after a meeting, sender is a known customer contact.',
               must_urls=[link],
               hard=([19, 35], 'DocuSign signature request', 'Genuine envelope from a customer\'s DocuSign account in its own domain; the attacks are a '
                                                             'look-alike DocuSign mail via SendGrid and a real DocuSign envelope sent from a Gmail-based account.'))


@msg('business', 11, 'en', 'anglia-rfq-spring-2027')
def b11(m):
    m.t = local('UK', 2026, 10, 8, 9, 48, 21)
    m.frm = ANGLIA['person']
    m.to = [P('braun')]
    m.cc = [P('mitchell')]
    m.subject = 'RFQ – spring 2027 granular NPK and potash/magnesium blends'
    sysp = mta.M365(m, tenant=ANGLIA['tenant'], has_attach=True)
    rows = [[('b', 'Line'), ('b', 'Product'), ('b', 'Analysis'), ('b', 'Packing'), ('b', 'Qty (t)'), ('b', 'Delivery window'), ('b', 'Delivery point')],
            [1, 'Compound NPK', '15-15-15', '600 kg big bag', 1800, 'Jan–Feb 2027', 'Bury St Edmunds depot'],
            [2, 'Compound NPK', '0-20-30', '600 kg big bag', 1200, 'Jan–Feb 2027', 'Bury St Edmunds depot'],
            [3, 'Potash + magnesium blend', '0-0-40 + 6 MgO', '600 kg big bag', 900, 'Feb–Mar 2027', 'Ex Ipswich terminal'],
            [4, 'Kieserite granular', '25 MgO + 50 SO3', 'bulk', 500, 'Feb 2027', 'Ex Ipswich terminal'],
            [5, 'Water-soluble NPK', '20-20-20 + TE', '25 kg bag', 60, 'Mar 2027', 'Bury St Edmunds depot']]
    x = archive.xlsx([('RFQ Spring 2027', rows, [6, 26, 18, 16, 9, 16, 24])], creator='Rachel Howard', company='Anglia Crop Supplies Ltd')
    paras = ['Dear Katrin,',
             'Thank you for your time at the Cereals follow-up meeting last week. As promised, please find attached our request for quotation '
             'for the spring 2027 season. Volumes are firm for lines 1–3; lines 4 and 5 depend on our grower pre-orders, which close on 15 November.',
             'Could you please quote delivered prices (GBP/t) and indicate your earliest shipment dates into Ipswich? We would also appreciate '
             'the current product data sheets and the UKCA/FPR conformity documents for the two NPK grades.',
             'Our payment terms remain 60 days end of month, as in the current agreement. We would need your offer by 23 October.',
             'If anything is unclear, just give me a call.']
    sig = ('Kind regards,\n\nRachel Howard\nHead of Buying\nAnglia Crop Supplies Ltd\nMoreton Hall Business Park, Unit 12, Bury St Edmunds IP32 7AB\n'
           'T: +44 1284 772 310 | M: +44 7700 914 283\nwww.anglia-crop.co.uk')
    plain_t, html_t = styles.outlook('en', paras, sig, charset='utf-8')
    root = mixed(m, [alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable'),
                     att(x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Anglia_RFQ_Spring2027.xlsx', style='outlook',
                         date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('Genuine customer RFQ for the spring 2027 season with an XLSX of five product lines, volumes and delivery windows.',
               'Known distributor writing from its Microsoft 365 tenant (DKIM/SPF/DMARC pass), refers to an earlier meeting and the current '
               'agreement, plain spreadsheet attachment, normal deadline, no fees.',
               phones=['+44 1284 772 310', '+44 7700 914 283'],
               hard=([11, 16], 'Requests for quotation / tenders', 'Genuine RFQ from an existing customer as XLSX; the attacks are an unknown '
                                                                   'buyer with a disk image and a "ministry" asking for a registration fee.'))


@msg('business', 12, 'en', 'google-security-alert-new-signin')
def b12(m):
    m.t = local('UTC', 2026, 11, 23, 7, 41, 16)
    m.frm = ('Google', 'no-reply@accounts.google.com')
    m.to = [P('braun')]
    m.subject = 'Security alert'
    sysp = mta.GoogleSystem(m, dkim_domain='accounts.google.com', mailfrom='3%s@gaia.bounces.google.com' % m.alnum(30))
    ms = mime.epoch(m.t) * 1000 + 417
    url = ('https://accounts.google.com/AccountChooser?Email=katrin.braun@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/%d?'
           'rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0' % (ms, m.digits(19)))
    blocks = ['<p style="text-align:center;font-size:24px;margin:0 0 8px 0;">A new sign-in on Windows</p>',
              '<p style="text-align:center;margin:0 0 16px 0;">katrin.braun@examplegroup.eu</p>',
              'We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don\'t need to do anything. '
              'If not, we\'ll help you secure your account.',
              '<p style="font-size:12px;color:#5f6368;">You can also see security activity at<br />https://myaccount.google.com/notifications</p>']
    html_t = tx_html(blocks=blocks, brand='Google', brand_color='#4285f4', button=('Check activity', url, '#1a73e8'),
                     logo_html='<span style="font-size:20px;color:#5f6368;">Google</span>',
                     footer=['You received this email to let you know about important changes to your Google Account and services.',
                             '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA'],
                     lang='en', font='Roboto,Helvetica,Arial,sans-serif', bg='#ffffff')
    plain_t = ('[image: Google]\nA new sign-in on Windows\n\nkatrin.braun@examplegroup.eu\nWe noticed a new sign-in to your Google Account on a '
               'Windows device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.\n'
               'Check activity\n<%s>\nYou can also see security activity at\nhttps://myaccount.google.com/notifications\n' % url)
    root = alt(m, plain_t, html_t, charset='UTF-8', cte='quoted-printable', cs_upper=True)
    sysp.finish(root)
    m.describe('Genuine Google account security alert for the Sales Director\'s Google account (used for Google Ads), new Windows sign-in.',
               'Google\'s own systems (DKIM accounts.google.com, Google IP), links only to accounts.google.com / myaccount.google.com, '
               'informational "if this was you, do nothing".',
               must_urls=[url],
               hard=([25], 'Mail from Google infrastructure', 'Both pass every Google check; the genuine alert points to Google account '
                                                              'pages, the abused Google Form collects a partner\'s credentials.'))


@msg('business', 13, 'en', 'fertilizers-europe-newsletter')
def b13(m):
    m.t = local('CET', 2026, 11, 26, 10, 0, 4)
    m.frm = ('Fertilizers Europe', 'news@fertilizerseurope.com')
    m.reply_to = ('Fertilizers Europe', 'main@fertilizerseurope.com')
    m.to = [P('schulz')]
    m.subject = 'Newsletter November 2026: CBAM certificate sales, import tariffs, Ammonia Day'
    sysp = mta.Mailchimp(m, domain='fertilizerseurope.com', list_name='Fertilizers Europe Newsletter', lm_host='fertilizerseurope', dc=21)
    u = m.hex(25)

    def trk():
        return 'https://fertilizerseurope.us21.list-manage.com/track/click?u=%s&id=%s&e=%s' % (u, m.hex(10), m.hex(10))
    items = [('CBAM: certificate sales start in February 2027',
              'The Commission has confirmed the calendar for the sale of CBAM certificates on the common central platform. Our updated '
              'member briefing explains the quarterly holding requirement and what it means for imports of ammonia, urea and nitrates.'),
             ('EU tariffs on Russian and Belarusian fertilisers: second step from July 2027',
              'The duties introduced in 2025 rise again next summer. Read our position paper on monitoring of prices for farmers.'),
             ('Save the date: Ammonia Day, Brussels, 10 February 2027',
              'Registration for member companies is now open. Speakers include DG GROW and DG CLIMA.'),
             ('Fertilizer Product Regulation: new CE-marking guidance for blends',
              'The Commission\'s Q&A on component material categories has been updated; see the summary for regulatory managers.')]
    blocks = []
    plain_parts = ['** FERTILIZERS EUROPE NEWSLETTER – NOVEMBER 2026', '']
    for title, txt in items:
        link = trk()
        blocks.append('<p style="margin:0 0 4px 0;font-size:16px;font-weight:bold;color:#00594f;">%s</p>' % styles.esc(title))
        blocks.append('<p style="margin:0 0 4px 0;">%s</p><p style="margin:0 0 18px 0;"><a href="%s" style="color:#00594f;">Read more</a></p>' % (styles.esc(txt), link))
        plain_parts += ['** ' + title, txt, 'Read more (%s)' % link, '']
    unsub = 'https://fertilizerseurope.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s' % (u, m.hex(10), m.hex(10), m.hex(10))
    prefs = 'https://fertilizerseurope.us21.list-manage.com/profile?u=%s&id=%s&e=%s' % (u, m.hex(10), m.hex(10))
    html_t = tx_html(blocks=blocks, brand='Fertilizers Europe', brand_color='#00594f',
                     footer=['Fertilizers Europe AISBL · Avenue des Nerviens 9-31 · 1040 Brussels · Belgium',
                             'You are receiving this newsletter as a contact of a member company.',
                             '<a href="%s" style="color:#777777;">Update your preferences</a> or <a href="%s" style="color:#777777;">unsubscribe</a>' % (prefs, unsub)],
                     lang='en', preheader='CBAM certificate sales, import tariffs and Ammonia Day 2027')
    plain_t = '\n'.join(plain_parts) + '\n============================================================\nFertilizers Europe AISBL, Avenue des Nerviens 9-31, 1040 Brussels\n' \
        'Unsubscribe: %s\nUpdate preferences: %s\n' % (unsub, prefs)
    root = alt(m, plain_t, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Genuine monthly newsletter of the industry association (CBAM certificate sales, tariffs on Russian fertilisers, Ammonia Day, FPR guidance).',
               'Mailchimp with the association\'s own domain authenticated (DKIM k2, List-Unsubscribe one-click), only list-manage tracking '
               'links, subscribed contact, no login request.',
               hard=([10, 14], 'Trade association / CBAM registry', 'Genuine bulk newsletter about CBAM with unsubscribe and no sign-in; '
                                                                    'the attacks demand a Microsoft consent or an EU Login re-validation.'))


@msg('business', 14, 'en', 'hmrc-new-message-business-account')
def b14(m):
    m.t = local('UK', 2026, 11, 10, 14, 3, 27)
    m.frm = ('HMRC', 'noreply@tax.service.gov.uk')
    m.to = [P('whitfield')]
    m.subject = 'You have a new message from HMRC'
    sysp = mta.SES(m, region='eu-west-2', dkim_domain='tax.service.gov.uk', mailfrom_domain='bounce.tax.service.gov.uk', zone='UK',
                   order=['from', 'to', 'subject', 'mime', 'body', 'msgid', 'date', 'extra'])
    body = ('Dear Example Group UK Ltd\n\n'
            'You have a new message in your HMRC online account about your VAT registration 284 7391 22.\n\n'
            'To read it, sign in to your HMRC online account. For security reasons, we have not included a link to the account in this email.\n\n'
            'From HM Revenue and Customs\n')
    html_t = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:19px;line-height:1.3;color:#0b0c0c;margin:0">\n'
              '<table width="100%" cellpadding="0" cellspacing="0" style="background:#0b0c0c"><tr><td style="padding:10px 20px;color:#fff;font-weight:bold;font-size:28px">GOV.UK</td></tr></table>\n'
              '<table width="580" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:20px 10px">\n'
              '<p>Dear Example Group UK Ltd</p>\n<p>You have a new message in your HMRC online account about your VAT registration 284 7391 22.</p>\n'
              '<p>To read it, sign in to your HMRC online account. For security reasons, we have not included a link to the account in this email.</p>\n'
              '<p>From HM Revenue and Customs</p>\n</td></tr></table>\n</body></html>\n')
    root = alt(m, body, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Genuine HMRC notification that a new message is waiting in the business tax account.',
               'GOV.UK Notify on Amazon SES eu-west-2 with DKIM for tax.service.gov.uk; deliberately contains no link, no amount, no request for data.',
               hard=([15], 'HMRC / tax refunds', 'Genuine notice has no link at all; the phish promises a repayment and links into a compromised WordPress site.'))


@msg('business', 15, 'en', 'companies-house-confirmation-statement')
def b15(m):
    m.t = local('UK', 2026, 12, 4, 9, 12, 48)
    m.frm = ('Companies House', 'companies.house@notifications.service.gov.uk')
    m.to = [P('mitchell')]
    m.subject = 'Confirmation statement due for EXAMPLE GROUP UK LTD (08473921)'
    sysp = mta.SES(m, region='eu-west-2', dkim_domain='notifications.service.gov.uk', mailfrom_domain='notifications.service.gov.uk', zone='UK',
                   order=['from', 'to', 'subject', 'mime', 'body', 'msgid', 'date', 'extra'])
    link = 'https://www.gov.uk/file-your-confirmation-statement-with-companies-house'
    body = ('EXAMPLE GROUP UK LTD\nCompany number: 08473921\n\n'
            'Your company\'s confirmation statement is due by 18 December 2026.\n\n'
            'You must check and confirm that the information we hold about your company is up to date, even if nothing has changed. '
            'It costs £50 to file online.\n\n'
            'File your confirmation statement:\n%s\n\n'
            'If you have already filed it, you do not need to do anything.\n\n'
            'Companies House\n\n'
            'Do not reply to this email. We will never ask for your password or authentication code by email.\n' % link)
    html_t = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:19px;line-height:1.3;color:#0b0c0c;margin:0">\n'
              '<table width="100%" cellpadding="0" cellspacing="0" style="background:#0b0c0c"><tr><td style="padding:10px 20px;color:#fff;font-weight:bold;font-size:28px">GOV.UK</td></tr></table>\n'
              '<table width="580" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:20px 10px">\n'
              + ''.join('<p>%s</p>\n' % styles.linkify(p).replace('\n', '<br>') for p in body.split('\n\n')) +
              '</td></tr></table>\n</body></html>\n')
    root = alt(m, body, html_t, charset='utf-8', cte='quoted-printable')
    sysp.finish(root)
    m.describe('Genuine Companies House reminder that the annual confirmation statement is due, with the official gov.uk guidance link.',
               'GOV.UK Notify (Amazon SES eu-west-2, DKIM notifications.service.gov.uk), correct company number, statutory £50 fee '
               'paid on gov.uk, no attachment, states it never asks for passwords.',
               must_urls=[link],
               hard=([7, 15], 'Registers and authorities', 'Genuine statutory reminder linking to www.gov.uk; the scams imitate a register '
                                                          'or HMRC and route money or credentials elsewhere.'))


@msg('business', 16, 'en', 'uk-payroll-journal-encrypted-zip')
def b16(m):
    m.t = local('UK', 2026, 12, 3, 16, 20, 5)
    m.frm = P('whitfield')
    m.to = [P('becker')]
    m.cc = [P('schaefer')]
    m.subject = 'UK payroll journal November 2026 (encrypted)'
    sysp = mta.ExchangeInternal(m, server='EXCH02', lang='en-GB', zone='UK', client_ip='10.60.2.31', has_attach=True)
    pw = 'Orwell-Quay-2611!'
    m.meta['zip_password'] = pw
    rows = [[('b', 'Cost centre'), ('b', 'Description'), ('b', 'Headcount'), ('b', 'Gross pay GBP'), ('b', 'Employer NIC GBP'), ('b', 'Pension (ER) GBP')],
            ['UK100', 'Terminal operations Ipswich', 11, ('n2', 38412.55), ('n2', 4921.70), ('n2', 1920.63)],
            ['UK200', 'Sales & customer service', 4, ('n2', 17880.00), ('n2', 2317.50), ('n2', 894.00)],
            ['UK300', 'Administration & finance', 3, ('n2', 11245.83), ('n2', 1402.11), ('n2', 562.29)],
            [('b', 'Total'), '', 18, ('bn2', 67538.38), ('bn2', 8641.31), ('bn2', 3376.92)]]
    x = archive.xlsx([('Payroll journal Nov-26', rows, [12, 30, 11, 15, 17, 17])], creator='James Whitfield', company='Example Group UK Ltd')
    csv = ('cost_centre;gl_account;amount_gbp\r\nUK100;62000;38412.55\r\nUK100;62100;4921.70\r\nUK100;62200;1920.63\r\n'
           'UK200;62000;17880.00\r\nUK200;62100;2317.50\r\nUK200;62200;894.00\r\nUK300;62000;11245.83\r\nUK300;62100;1402.11\r\nUK300;62200;562.29\r\n').encode()
    z = archive.make_zipcrypto([('UK_payroll_journal_2026-11.xlsx', x), ('UK_payroll_GL_upload_2026-11.csv', csv)], pw, m.rng,
                               date_time=(2026, 12, 3, 16, 12, 0))
    paras = ['Hi Claudia,',
             'Please find attached the November payroll journal for Example Group UK Ltd together with the GL upload file. Totals reconcile to the '
             'BACS report (net pay run on 27 November) and to the intercompany recharge we discussed on Monday.',
             'As usual the ZIP is encrypted. I\'ll send you the password separately in a Teams chat in a few minutes – not by e-mail. Julia, '
             'you are in copy for the headcount figures; I\'ll share the password with you the same way.',
             'Let me know if anything doesn\'t tie up.']
    sig = 'Kind regards,\nJames\n\nJames Whitfield\nAccountant | Example Group UK Ltd\n4 Cliff Road Industrial Estate, Ipswich IP3 0BA\nT +44 1473 728 405'
    plain_t, html_t = styles.outlook('en', paras, sig, charset='us-ascii')
    root = mixed(m, [alt(m, plain_t, html_t, charset='us-ascii', cte='7bit', html_cte='quoted-printable'),
                     att(z, 'application/x-zip-compressed', 'UK_payroll_2026-11.zip', style='outlook',
                         date=mime.rfc_date(m.t, 'UTC').replace('+0000', 'GMT'))])
    sysp.finish(root)
    m.describe('Genuine internal mail with a password-protected ZIP (payroll journal XLSX + GL CSV); password sent separately by Teams.',
               'Internal Exchange route, expected monthly process, password explicitly not in the mail, contents are spreadsheets (the build '
               'knows the password to verify them: %s).' % pw,
               phones=['+44 1473 728 405'],
               hard=([18, 37], 'Password-protected archives', 'Genuine: internal sender, password by another channel, spreadsheets inside; '
                                                              'attacks put the password in the body and hide a shortcut/.scr in the archive.'))
