"""English messages: attack/09-16, business/09-16."""
from .common import *  # noqa
from .de import _bulk_headers
from ..msg import DMARC

DMARC.update({'notifications.service.gov.uk': 'reject', 'post.xero.com': 'reject', 'paypal.co.uk': 'reject',
              'skagerrakwind.com': 'none', 'harwichhaulage.co.uk': 'none', 'anglia-marine.co.uk': 'none',
              'companieshouse-idv.co.uk': 'none'})

MADS = P('Mads Kjærgaard', 'mads.kjaergaard@nordicoceanlines.com')
LINE = P('Line Sørensen', 'line.sorensen@nordicoceanlines.com')
GARETH = P('Gareth Pryce', 'gareth.pryce@angliamarine.co.uk')
REBECCA = P('Rebecca Hartley', 'rebecca.hartley@bexleyprojects.co.uk')
NOL_TENANT = 'b8f3c2a1-6d4e-4f0a-9c71-2e5d8a9b0c43'


def _docusign(m, sender_name, sender_email, doc, message, envelope, acct, lang='en'):
    """DocuSign (EU) envelope notification as the platform sends it."""
    r = m.rng
    code = rhex(r, 32, True)
    url = ('https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s'
           % (envelope, acct, ruuid(r)))
    m.frm = P('%s via Docusign' % sender_name, 'dse@eumail.docusign.net')
    m.reply_to = P(sender_name, sender_email)
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s@eumail.docusign.net>' % ruuid(mm.rng)
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.platform
    n = r.randrange(10, 60)
    m.sys_kw['args'] = dict(
        helo='mailfra%d.eumail.docusign.net' % (n % 4 + 1), ip='185.81.101.%d' % n,
        env_from='bounces@eumail.docusign.net',
        dkims=[('eumail.docusign.net', 'docusign-eu2', 'from:to:subject:mime-version:content-type:date:message-id:'
                                                      'reply-to')],
        trace=[('Received', 'from docusign.net (10.83.%d.%d) by mailfra%d.eumail.docusign.net (8.17.1/8.17.1) with '
                            'ESMTP id {qid}\n\tfor <{rcpt}>; {date}' % (r.randrange(1, 250), r.randrange(1, 250), n % 4 + 1))],
        tail=[('X-DocuSign-Envelope-Id', envelope), ('X-API-Host', 'eu.docusign.net'),
              ('X-Mailer', 'DocuSign Email Service')])
    DMARC['eumail.docusign.net'] = 'reject'
    DMARC['docusign.net'] = 'reject'
    paras = ['**%s** sent you a document to review and sign.' % sender_name,
             '%s\n%s' % (sender_name, sender_email),
             message,
             '**Do Not Share This Email**\nThis email contains a secure link to Docusign. Please do not share this email, '
             'link, or access code with others.',
             '**Alternate Signing Method**\nVisit docusign.com, click \'Access Documents\', and enter the security code:\n%s'
             % code,
             '**About Docusign**\nSign documents electronically in just minutes. It\'s safe, secure, and legally binding.',
             '**Questions about the Document?**\nIf you need to modify the document or have questions about the details in '
             'the document, please reach out to the sender by emailing them directly.']
    footer = ('Report this email or read more about [[Declining to sign|https://support.docusign.com/s/articles/'
              'How-do-I-decline-to-sign-a-document-Signing]] and [[Managing notifications|https://support.docusign.com/'
              's/articles/How-to-manage-notifications]].\nIf you are having trouble signing the document, please visit '
              'the [[Help with Signing|https://support.docusign.com/s/topic/0TO0g000000HKanGAG/signing]] page on our '
              '[[Support Center|https://support.docusign.com/]].\nThis message was sent to you by %s who is using the '
              'Docusign Electronic Signature Service.' % sender_name)
    m.body = R.notice_alt('Please DocuSign: %s' % doc, paras, ('REVIEW DOCUMENT', url), 'docusign', '#1e1e5a',
                          footer, 'en', 'utf-8', 'quoted-printable', font='Helvetica,Arial,sans-serif')
    return url


@msg('attack', 9, 'en', 'companies-house-idv-sendgrid')
def a09(m):
    m.t = hamburg(2026, 10, 15, 11, 4, 53)
    m.frm = P('Companies House', 'noreply@companieshouse-idv.co.uk')
    m.to = [S['uk_om']]
    m.subject = 'Action required: verify your identity for EXAMPLE TERMINALS UK LTD (11482937) by 18 November 2026'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s@geopod-ismtpd-%d>' % (rstr(mm.rng, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), mm.rng.randrange(1, 40))
    m.sys_kw['bstyle'] = 'sg'
    m.system = sy.sendgrid
    m.sys_kw['args'] = dict(em_domain='em4821.companieshouse-idv.co.uk', sign_domain='companieshouse-idv.co.uk')
    link = ('https://u48213577.ct.sendgrid.net/ls/click?upn=u001.Xk2pPq7vJ0m1dZ9YtRw4bH3cLs5gNn6aVe8iFo0uKjQ-2BxW'
            'r1Tz7yEMa9Cq3DpL4hS5fG6jK8lZ0nB2vX4cR6tY8wU0iO1pA3sD5fG7hJ9kL-2FzX1cV3bN5mQ7wE9rT1yU3iO5pA7sD9fG1hJ3kL5zX7cV9'
            'bN1mQ3wE5rT7y_Ab3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9mN1oP3qR5sT7uV9wX1yZ3')
    paras = ['Dear Director,',
             'From 18 November 2025 anyone setting up a new company, or already a director or person with significant '
             'control (PSC), must verify their identity with Companies House. Our records show that identity '
             'verification has **not yet been completed** for one or more officers of:',
             '**EXAMPLE TERMINALS UK LTD**\nCompany number: 11482937\nRegistered office: Dock Gate 2, Walton Avenue, '
             'Felixstowe, IP11 3HH',
             'If verification is not completed by **18 November 2026**, the company\'s next confirmation statement will '
             'be rejected and the officers concerned may be subject to a civil penalty of up to £2,500.',
             'Verification takes around 10 minutes. You will need your GOV.UK One Login, a photo ID document and access '
             'to the company\'s authentication code.']
    footer = ('Companies House, Crown Way, Cardiff, CF14 3UZ\nThis is an automated message – please do not reply.\n'
              '[[Privacy notice|%s]]' % link)
    m.body = R.notice_alt('Verify your identity for Companies House', paras, ('Verify identity now', link),
                          'GOV.UK', '#0b0c0c', footer, 'en', 'utf-8', 'quoted-printable', link_style='paren',
                          font='Arial,sans-serif')
    m.what = ('Imitation of the Companies House identity-verification reminder (a real 2025-2026 requirement) sent '
              'through SendGrid from companieshouse-idv.co.uk; links are SendGrid click-tracking redirects to a fake '
              'GOV.UK One Login that also asks for the company authentication code.')
    m.why = ('Credential/identity phishing: look-alike domain (genuine mail comes from notifications.service.gov.uk via '
             'GOV.UK Notify, see business/09), penalty threat, asks for the authentication code and ID documents, '
             'tracking links hide the target.')


@msg('attack', 10, 'en', 'docusign-abused-account-terminal-agreement')
def a10(m):
    m.t = hamburg(2026, 11, 5, 15, 40, 26)
    m.to = [S['sales']]
    m.subject = 'Please DocuSign: NOL_Terminal_Services_Agreement_Amendment_No3_2027.pdf'
    url = _docusign(m, 'Nordic Ocean Lines – Legal', 'nol.legal.contracts@outlook.com',
                    'NOL_Terminal_Services_Agreement_Amendment_No3_2027.pdf',
                    'Dear Nele, as discussed with Mads, please find Amendment No. 3 (2027 rates and berth windows) for '
                    'signature. Kindly complete today so our CFO can countersign before the rate filing. '
                    'Best regards, NOL Contracts Team',
                    ruuid(m.rng), ruuid(m.rng))
    m.what = ('A genuine DocuSign envelope (real DocuSign EU infrastructure, DKIM pass) created by a free-mail account '
              'calling itself "Nordic Ocean Lines – Legal"; the signing page shows a PDF whose only content is a '
              '"view secure document" link to a Microsoft 365 phishing page.')
    m.why = ('Abuse of a legitimate e-signature platform: all links in the mail are docusign.net, but the sender is '
             'an outlook.com address not the customer\'s domain (genuine envelopes come from mads.kjaergaard@'
             'nordicoceanlines.com, business/10), name-drops the real contact, same-day pressure.')


@msg('attack', 11, 'en', 'anglia-marine-lookalike-statement-bank-change')
def a11(m):
    m.t = hamburg(2026, 11, 11, 10, 2, 47)
    m.frm = P('Gareth Pryce', 'gareth.pryce@anglia-marine.co.uk')
    m.to = [S['uk_acc']]
    m.cc = [S['uk_om']]
    m.subject = 'Statement of account / overdue invoices – Anglia Marine Engineering'
    m.client = 'gmail'
    m.system = sy.gmail
    m.sys_kw['args'] = dict(domain='anglia-marine.co.uk', zone='uk')
    new = ids.iban('GB', 'HBUK' + '40478461839027')
    m.ids.append(('IBAN (fraudulent, HSBC UK)', ids.fmt_iban(new), iban_chk(new)))
    m.ids.append(('UK sort code (fraudulent)', '40-47-84', lambda: True))
    m.ids.append(('UK account number (fraudulent)', '61839027', lambda: True))
    text = ('Hi James,\n\n'
            'Hope you are well. Our credit control flagged the two invoices below as overdue – could you check where '
            'they are in your payment run?\n\n'
            'AME-26-0914  STS 2 hoist drive – VFD replacement, labour & parts   £18,436.80\n'
            'AME-26-0958  RTG 7/8 festoon cable inspection and repair            £6,912.00\n\n'
            'Please also note that following our move to HSBC Business our Barclays account has now been closed, so '
            'payments sent there will be returned. Updated details are on the attached statement:\n\n'
            'Account name: Anglia Marine Engineering Ltd\n'
            'Sort code: 40-47-84\n'
            'Account number: 61839027\n'
            'IBAN: %s\n\n'
            'Grateful if you could update your supplier record and send me the remittance once processed. I am on site '
            'in Harwich most of the week so email is best.\n\n'
            'Kind regards,\nGareth' % ids.fmt_iban(new))
    sig = ('Gareth Pryce\nService Manager\nAnglia Marine Engineering Ltd\nUnit 6, Ransomes Europark, Ipswich IP3 9SJ\n'
           'Registered in England & Wales No. 06183924 | VAT %s' % C.AM_VAT)
    pdf, gross = D.invoice_pdf(
        m, 'en', ['Anglia Marine Engineering Ltd', 'Unit 6, Ransomes Europark', 'Ipswich IP3 9SJ',
                  'accounts@anglia-marine.co.uk', 'VAT %s' % C.AM_VAT],
        ['Example Terminals UK Ltd', 'Accounts Payable', 'Dock Gate 2, Walton Avenue', 'Felixstowe IP11 3HH'],
        'STATEMENT 11/2026', '11/11/2026', 0,
        [('AME-26-0914 – STS 2 hoist drive VFD replacement (30/09/2026)', 1, 15364.00),
         ('AME-26-0958 – RTG 7/8 festoon cable inspection (14/10/2026)', 1, 5760.00)], 20,
        ['HSBC UK Bank plc', 'Sort code 40-47-84  Account 61839027', 'IBAN %s  BIC HBUKGB4B' % ids.fmt_iban(new)],
        currency='GBP', notes=['Please note our new bank details. Payments to our former account can no longer be '
                               'accepted.'], title='Statement of account', creator='Microsoft Excel',
        producer='Microsoft: Print To PDF')
    m.body = mixed(R.gmail_alt(text, 'en', sig=sig),
                   attachment(pdf, 'application/pdf', 'AME_Statement_Nov2026.pdf', 'gmail'))
    m.what = ('Supplier statement for two overdue (realistic) crane repair invoices from anglia-marine.co.uk, a '
              'look-alike of angliamarine.co.uk on Google Workspace, announcing that the Barclays account is closed and '
              'giving new HSBC details in the mail and the PDF.')
    m.why = ('Invoice fraud / supplier impersonation: hyphenated look-alike domain with full SPF/DKIM/DMARC, bank change '
             'by e-mail only, "email is best", pressure through overdue items; the real supplier invoices through Xero '
             'with the Barclays account (business/11).')


@msg('attack', 12, 'en', 'paypal-invoice-callback-microsoft-renewal')
def a12(m):
    m.t = hamburg(2026, 11, 17, 16, 21, 8)
    m.frm = P('PayPal', 'service@paypal.co.uk')
    m.to = [S['uk_om']]
    m.subject = 'Microsoft Billing Services sent you an invoice for £1,249.99 GBP'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s.%s@paypal.com>' % (rhex(mm.rng, 12), rhex(mm.rng, 8))
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.platform
    m.sys_kw['args'] = dict(
        helo='mx0.slc.paypal.com', ip='173.0.84.226', env_from='service@paypal.co.uk',
        dkims=[('paypal.co.uk', 'pp-dkim1', 'content-type:mime-version:date:message-id:subject:to:from:reply-to')],
        trace=[('Received', 'from slc-a-mtaout-31.slc.paypal.com (slc-a-mtaout-31.slc.paypal.com [10.176.11.31])\n\tby '
                            'mx0.slc.paypal.com (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {date}')],
        tail=[('X-Email-Type-Id', 'PPC001412'), ('X-XPT-XSL-Name', 'email_pimp/default/en_GB/invoicing/InvoiceSent.xsl'),
              ('X-PP-Email-transmission-Id', ruuid(m.rng)), ('PP-Correlation-Id', rhex(m.rng, 13))])
    inv = 'INV2-8K4W-QD7R-2XTM-9LPA'
    url = 'https://www.paypal.com/invoice/p/#%s' % inv
    phone = '0808 157 0342'
    m.phones = [phone]
    paras = ['**Microsoft Billing Services** sent you an invoice for **£1,249.99 GBP**',
             'Due on receipt\nInvoice number: MS-365-88120',
             '**Note from seller:**\nThank you for renewing Microsoft 365 Business Premium (25 licences, 12 months). '
             'The amount of £1,249.99 will be collected automatically from your linked PayPal balance or card within '
             '24 hours. If you did not authorise this renewal or want to cancel and receive a full refund, call our '
             'billing department on %s (Mon–Sun, 8am–10pm). Do not pay this invoice online.' % phone,
             'Microsoft 365 Business Premium – annual subscription   £1,041.66\nVAT (20%)   £208.33\n**Total £1,249.99 GBP**']
    footer = ('Don\'t recognise this invoice? Report it at [[paypal.com/uk/security|https://www.paypal.com/uk/security]].\n'
              'PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.\n'
              'Copyright © 1999-2026 PayPal. All rights reserved.')
    m.body = R.notice_alt('Here\'s your invoice', paras, ('View and Pay Invoice', url), 'PayPal', '#003087', footer,
                          'en', 'utf-8', 'quoted-printable', font='Helvetica Neue,Arial,sans-serif')
    m.what = ('A real PayPal invoice (sent by PayPal\'s own servers, DKIM pass for paypal.co.uk) created by a fraudster '
              'account named "Microsoft Billing Services"; the seller note claims an automatic £1,249.99 Microsoft 365 '
              'renewal and tells the victim to call a "billing department" to cancel.')
    m.why = ('Callback phishing (TOAD): legitimate platform, no malicious link, the payload is the phone number where '
             'a fake agent talks the victim into installing remote-access software or paying a "refund" fee.')


@msg('attack', 13, 'en', 'device-code-teams-compromised-forwarder')
def a13(m):
    m.t = hamburg(2026, 11, 24, 9, 12, 30)
    m.frm = REBECCA
    m.to = [S['sales']]
    m.subject = 'Q1 2027 breakbulk slots – secure Teams session at 10:00'
    m.client = 'outlook'
    m365(m, 'uk', tenant_domain='bexleyprojects.co.uk', tenant_id='4c9e1f72-0b3a-4d85-a6f2-91e7c0d3b5a8')
    code = 'HQ7RK2XW9'
    text = ('Hi Nele,\n\n'
            'Thanks for the call last week. As promised I have set up a short Teams session at 10:00 CET today to go '
            'through the Q1 2027 slot plan for the Esbjerg blade shipments (14 x 81 m blades, 3 calls).\n\n'
            'Our IT has moved external meetings to a secured tenant, so the first time you join you need to confirm '
            'your device:\n\n'
            '1. Open [[https://microsoft.com/devicelogin|https://microsoft.com/devicelogin]]\n'
            '2. Enter the code **%s**\n'
            '3. Sign in with your Example Group account – the meeting then opens automatically.\n\n'
            'The code is only valid for 15 minutes, so please do it just before 10:00. If it expires just reply and '
            'I\'ll send a fresh one.\n\n'
            'Kind regards,\nRebecca\n\n'
            'Rebecca Hartley\nSenior Project Manager – Energy & Breakbulk\nBexley Project Logistics Ltd\n'
            '3 Harbour Exchange Square, London E14 9GE\nT +44 20 7946 0718 | M +44 7700 900 412' % code)
    m.phones = ['+44 20 7946 0718', '+44 7700 900 412']
    m.ids.append(('Device code', code, lambda: True))
    m.body = R.outlook_alt(text, 'en', 'us-ascii', '7bit', html_charset='us-ascii', html_cte='quoted-printable')
    m.what = ('From the real, compromised Microsoft 365 mailbox of a project-cargo customer: a plausible follow-up '
              'asking the sales manager to "confirm the device" for a Teams meeting at microsoft.com/devicelogin with '
              'a supplied code.')
    m.why = ('Device-code phishing: the only link is the genuine Microsoft device login page; entering the attacker\'s '
             'code grants the attacker tokens for the victim\'s account (MFA included). Real meeting invites contain a '
             'Teams join link (business/13), never a device code.')


@msg('attack', 14, 'en', 'oauth-consent-share-compromised-haulier')
def a14(m):
    m.t = hamburg(2026, 12, 1, 13, 55, 18)
    m.frm = P('Tom Baxter', 'tom.baxter@harwichhaulage.co.uk')
    m.to = [S['uk_acc']]
    m.subject = 'Tom Baxter shared "Haulage rates 2027 - Felixstowe.xlsx" with you'
    m.client = 'gmail'
    m.system = sy.gmail
    m.sys_kw['args'] = dict(domain='harwichhaulage.co.uk', zone='uk')
    url = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=8f3d5a21-7c4b-4e9a-b1f6-'
           '2d0c9e7a4b53&response_type=code&redirect_uri=https%3A%2F%2Fsharedocs-viewer.onrender.com%2Fauth%2Fcallback'
           '&response_mode=query&scope=offline_access%20User.Read%20Mail.ReadWrite%20Mail.Send%20Files.ReadWrite.All'
           '&state=hh2027rates')
    html = ('<div dir="ltr"><table width="100%" cellpadding="0" cellspacing="0" style="font-family:Segoe UI,Arial,'
            'sans-serif"><tr><td style="padding:24px"><table width="520" cellpadding="0" cellspacing="0" '
            'style="border:1px solid #e1dfdd"><tr><td style="padding:24px 28px">'
            '<div style="font-size:21px;color:#242424;margin-bottom:16px">Tom Baxter shared a file with you</div>'
            '<div style="font-size:14px;color:#424242;margin-bottom:20px">Hi James, here are our 2027 haulage rates '
            'for Felixstowe/Harwich as discussed. Please check the fuel surcharge tab before we sign off.</div>'
            '<table cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd;width:100%"><tr>'
            '<td style="padding:12px 14px;font-size:14px"><b>Haulage rates 2027 - Felixstowe.xlsx</b><br>'
            '<span style="color:#616161;font-size:12px">Excel workbook · 48 KB</span></td></tr></table>'
            '<div style="margin-top:22px"><a href="' + url.replace('&', '&amp;') + '" style="background:#0f6cbd;'
            'color:#ffffff;padding:9px 20px;text-decoration:none;border-radius:4px;font-size:14px">Open</a></div>'
            '<div style="margin-top:28px;font-size:11px;color:#8a8886">This link will work for anyone signed in with a '
            'Microsoft account. Microsoft respects your privacy.</div></td></tr></table></td></tr></table></div>\n')
    pt = ('Tom Baxter shared a file with you\n\nHi James, here are our 2027 haulage rates for Felixstowe/Harwich as '
          'discussed. Please check the fuel surcharge tab before we sign off.\n\nHaulage rates 2027 - Felixstowe.xlsx\n\n'
          'Open: %s\n' % url)
    m.body = alt(text_leaf(pt, 'plain', 'UTF-8', 'quoted-printable'), text_leaf(html, 'html', 'UTF-8', 'quoted-printable'))
    m.what = ('OneDrive-style "shared a file" mail from a real haulier\'s compromised Google Workspace mailbox; the Open '
              'button is a genuine login.microsoftonline.com OAuth authorize URL for a rogue multi-tenant app requesting '
              'Mail.ReadWrite, Mail.Send and Files.ReadWrite.All with offline_access.')
    m.why = ('OAuth consent phishing: the user logs in on the real Microsoft page and grants a malicious app persistent '
             'mailbox access; a Google-hosted sender imitating a Microsoft share notification, redirect_uri on '
             'onrender.com.')


@msg('attack', 15, 'en', 'rfq-wind-blades-dropbox-zoho')
def a15(m):
    m.t = hamburg(2026, 10, 29, 14, 8, 11)
    m.frm = P('Henrik Dalgaard | Skagerrak Wind Logistics', 'procurement@skagerrakwind.com')
    m.to = [S['sales']]
    m.subject = 'RFQ SWL-2026-118: terminal handling & storage, 42 WTG blades, Q2 2027'
    m.client = 'custom'
    m.sys_kw['headers'] = _zoho_headers
    m.sys_kw['msgid'] = lambda mm: '<%s.%d.%d@zoho.eu>' % (rhex(mm.rng, 18), mm.rng.randrange(10 ** 18, 10 ** 19),
                                                           int(mm.sent().timestamp() * 1000))
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.platform
    m.sys_kw['args'] = dict(
        helo='sender4-op-o12.zoho.eu', ip='185.20.209.12', env_from='procurement@skagerrakwind.com',
        dkims=[('skagerrakwind.com', 'zmail', 'Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:'
                                             'MIME-Version:Content-Type:Reply-To')],
        trace=[('Received', 'by mx.zoho.eu with SMTP id 17%s;\n\t{daten}' % str(m.rng.randrange(10 ** 13, 10 ** 14))),
               ('Received', 'from [192.168.8.101] (static-185-230-127-44.gnet.dk [185.230.127.44]) by mx.zoho.eu\n\t'
                            'with SMTPS id 17%s; {daten}' % str(m.rng.randrange(10 ** 13, 10 ** 14)))],
        tail=[('X-ZohoMailClient', 'External'), ('X-ZohoMail-DKIM', 'pass')], date_zone='cet')
    link = ('https://www.dropbox.com/scl/fi/7q2xk9d1mw3r8zv5tp0ha/RFQ_SWL-2026-118_Tender_Pack.pdf?rlkey='
            'a4k8s2m0x7c1v9b3n5q6w8e0r&st=9x3mp2lq&dl=0')
    text = ('Dear Sales Team,\n\n'
            'Skagerrak Wind Logistics has been appointed by the turbine OEM to organise port logistics for an offshore '
            'wind project in the German Bight. We invite Example Group to quote for:\n\n'
            '- discharge of 42 blades (81.5 m, approx. 29 t each) from 3 heavy-lift calls in April–June 2027\n'
            '- laydown area approx. 18,000 m² for up to 10 weeks incl. blade racks\n'
            '- load-out onto installation vessel, SPMT moves, security\n\n'
            'The full tender pack (technical specification, drawings, draft contract and price schedule) can be '
            'downloaded here:\n[[RFQ_SWL-2026-118_Tender_Pack.pdf|%s]]\n\n'
            'Please confirm your intention to bid by 6 November. Closing date for offers is 20 November 2026, 12:00 CET.\n\n'
            'Best regards\n\nHenrik Dalgaard\nProcurement Manager\nSkagerrak Wind Logistics ApS\n'
            'Havnegade 21, 6700 Esbjerg, Denmark\n+45 75 12 48 90' % link)
    m.phones = ['+45 75 12 48 90']
    m.body = alt(text_leaf(R.plain(text, 'angle'), 'plain', 'UTF-8', 'quoted-printable'),
                 text_leaf(R.simple_html(text, 'UTF-8', 'Verdana', '10pt'), 'html', 'UTF-8', 'quoted-printable'))
    m.what = ('Tailored request for quotation for wind-turbine blade handling (a real business line for the terminal) '
              'from a newly registered domain on Zoho Mail; the "tender pack" is a Dropbox link to a PDF that leads to '
              'a credential page.')
    m.why = ('Fake tender / RFQ lure: unknown company, free-tier mail hosting, documents only behind a file-sharing link, '
             'bid deadline pressure; genuine RFQs attach their schedules (business/15).')


def _zoho_headers(m, mid):
    h = [('Date', mid['date']), ('From', m.hdr_addr([m.frm])), ('Reply-To', m.hdr_addr([m.reply_to or m.frm])),
         ('To', m.hdr_addr(m.to)), ('Message-Id', m.msgid), ('Subject', m.enc_subject()), ('MIME-Version', '1.0')]
    from ..msg import _ct_of
    h += _ct_of(m)
    h += [('Importance', 'Medium'), ('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')]
    return h


@msg('attack', 16, 'en', 'advance-fee-abandoned-containers-lome')
def a16(m):
    m.t = hamburg(2026, 12, 8, 3, 27, 45)
    m.frm = P('Capt. Richard Mensah', 'capt.r.mensah@outlook.com')
    m.to = [S['ceo']]
    m.subject = 'Strictly confidential – cooperation on 6 abandoned containers (USD 4.6M)'
    m.client = 'outlook'
    m365(m, 'nam', tenant_domain='outlook.com', tenant_id='84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa')
    text = ('Dear Sir,\n\n'
            'Please accept my apologies for contacting you without prior introduction. I am Captain Richard Mensah, '
            'Deputy Head of Cargo Clearance at the Autonomous Port of Lomé. I obtained your details from the terminal '
            'operators directory while searching for a reputable European container terminal.\n\n'
            'Since March 2025 six 40ft containers consigned to a foreign contractor who died during the COVID period '
            'have remained unclaimed in our bonded area. The manifest declares "machine spare parts", but the '
            'containers hold diplomatic cash consignments of USD 4,600,000 belonging to the deceased. Under our '
            'regulations the boxes will be auctioned to the government in January 2027 unless a foreign consignee '
            'takes delivery.\n\n'
            'I propose that your company be registered as the receiving terminal in Hamburg. All documents (bill of '
            'lading, clearance certificate and letter of indemnity) will be issued legally in your company name. Once '
            'the containers are received in your terminal, 35% will be yours, 60% for me and my colleague, and 5% for '
            'expenses.\n\n'
            'This transaction is 100% risk free. I only need your full name, company stamp, direct mobile number and a '
            'copy of your passport to start the re-manifesting. Because of the sensitivity, kindly reply only to my '
            'private email: richard.mensah.lome@proton.me\n\n'
            'Yours faithfully,\n'
            'Capt. Richard Mensah\n'
            'Tel/WhatsApp: +228 90 41 77 36')
    m.reply_to = P('Capt. Richard Mensah', 'richard.mensah.lome@proton.me')
    m.phones = ['+228 90 41 77 36']
    m.body = R.outlook_alt(text, 'en', 'iso-8859-1', 'quoted-printable', font='Calibri')
    m.what = ('Advance-fee ("419") letter adapted to the port business: six abandoned containers with USD 4.6 million '
              'to be re-manifested to the terminal for a 35 % share; sent at 03:27 from outlook.com with a Proton '
              'Reply-To.')
    m.why = ('Advance-fee fraud: implausible windfall, secrecy, requests passport copy and company stamp (later '
             '"clearance fees"), free-mail sender, reply redirected to another free-mail address.')


# ============================================================== business

@msg('business', 9, 'en', 'companies-house-idv-govuk-notify')
def b09(m):
    m.t = hamburg(2026, 10, 13, 10, 32, 4)
    m.frm = P('Companies House', 'companies.house@notifications.service.gov.uk')
    m.to = [S['uk_om']]
    m.subject = 'EXAMPLE TERMINALS UK LTD: directors must verify their identity'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: sy.ses_msgid(mm, 'eu-west-2')
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.ses
    m.sys_kw['args'] = dict(region='eu-west-2', sign_domain='notifications.service.gov.uk',
                            sign_sel='pgzjdfdxusxz2evc3i2pugwe2c77ao5b',
                            mailfrom=None)
    m.extra = [('List-Unsubscribe', '<https://www.notifications.service.gov.uk/unsubscribe/%s/%s>'
                % (ruuid(m.rng), rhex(m.rng, 40)))]
    paras = ['Company number: 11482937',
             'Directors and people with significant control (PSCs) of EXAMPLE TERMINALS UK LTD need to verify their '
             'identity with Companies House.',
             'Each person can verify their identity online using GOV.UK One Login. Once they have verified, they will '
             'get a personal code. They will need to provide this code when the company next files its confirmation '
             'statement.',
             'Find out how to verify:\n[[https://www.gov.uk/guidance/verify-your-identity-for-companies-house|'
             'https://www.gov.uk/guidance/verify-your-identity-for-companies-house]]',
             'You can check the company\'s details on Companies House:\n[[https://find-and-update.company-information.'
             'service.gov.uk/company/11482937|https://find-and-update.company-information.service.gov.uk/company/11482937]]',
             'Companies House will never ask for your authentication code or passport details by email.',
             'Companies House']
    unsub = m.extra[0][1][1:-1]
    m.body = R.notice_alt('Directors must verify their identity', paras, None, 'GOV.UK', '#0b0c0c',
                          'This email was sent by GOV.UK Notify on behalf of Companies House.\n[[Unsubscribe|%s]]' % unsub,
                          'en', 'utf-8', 'quoted-printable', link_style='url', font='Helvetica,Arial,sans-serif')
    m.what = ('Companies House reminder about mandatory identity verification sent by GOV.UK Notify (Amazon SES London, '
              'DKIM notifications.service.gov.uk) with links to gov.uk and the public register only.')
    m.why = ('Genuine: real GOV.UK Notify sender and infrastructure, links only to gov.uk domains, no deadline penalty '
             'threats, explicitly warns that Companies House never asks for codes by e-mail.')
    m.pair = [(9, 'Companies House identity verification',
               'Genuine Notify mail with gov.uk links; the attack comes via SendGrid from a look-alike domain with '
               'tracking redirects and asks for the authentication code.')]


@msg('business', 10, 'en', 'docusign-nordic-ocean-lines-amendment')
def b10(m):
    m.t = hamburg(2026, 11, 3, 11, 15, 42)
    m.to = [S['sales']]
    m.subject = 'Please DocuSign: TSA Hamburg 2027 – Amendment No. 3 (rates and berth windows)'
    _docusign(m, 'Mads Kjærgaard', 'mads.kjaergaard@nordicoceanlines.com',
              'TSA Hamburg 2027 – Amendment No. 3 (rates and berth windows)',
              'Hi Nele, as agreed in yesterday\'s call here is Amendment No. 3 with the 2027 rate card and the '
              'revised Tuesday/Wednesday windows. Henrik signs after you. Thanks, Mads',
              ruuid(m.rng), ruuid(m.rng))
    m.what = ('DocuSign envelope from the shipping-line customer\'s contract manager (real DocuSign EU servers, sender '
              'is the customer\'s corporate address) for the terminal services agreement amendment agreed on a call.')
    m.why = ('Genuine: sender address on the customer\'s own domain, expected document after a call, signing order '
             'with the CEO, links only to docusign.net/docusign.com.')
    m.pair = [(10, 'DocuSign envelope',
               'Same platform and template; the genuine envelope is sent by mads.kjaergaard@nordicoceanlines.com, the '
               'attack by an outlook.com account posing as the customer\'s legal team.')]


@msg('business', 11, 'en', 'anglia-marine-xero-invoice')
def b11(m):
    m.t = hamburg(2026, 10, 30, 17, 44, 9)
    m.frm = P('Anglia Marine Engineering Ltd', 'messaging-service@post.xero.com')
    m.reply_to = P('Anglia Marine Engineering Ltd', 'accounts@angliamarine.co.uk')
    m.to = [S['uk_acc']]
    m.subject = 'Invoice AME-26-0958 from Anglia Marine Engineering Ltd for Example Terminals UK Ltd'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: sy.ses_msgid(mm, 'us-east-1')
    m.sys_kw['bstyle'] = 'java'
    m.system = sy.ses
    m.sys_kw['args'] = dict(region='us-east-1', sign_domain='post.xero.com', sign_sel='xero2024',
                            mailfrom='bounces@mail.post.xero.com')
    link = 'https://in.xero.com/Lr7XqK2pWvT9mN4sC1bZ0dYgHf6JaE3u8RkQ5oPi'
    pdf, gross = D.invoice_pdf(
        m, 'en', ['Anglia Marine Engineering Ltd', 'Unit 6, Ransomes Europark', 'Ipswich IP3 9SJ', 'United Kingdom',
                  'VAT No. %s' % C.AM_VAT],
        ['Example Terminals UK Ltd', 'Dock Gate 2, Walton Avenue', 'Felixstowe IP11 3HH'], 'AME-26-0958',
        '30 Oct 2026', 30,
        [('RTG 7 festoon cable system – inspection, 2 trolleys replaced', 1, 3420.00),
         ('RTG 8 festoon cable system – inspection and re-tensioning', 1, 1940.00),
         ('Access platform hire (2 days)', 2, 200.00)], 20,
        ['Barclays Bank UK PLC', 'Sort code %s  Account %s' % (C.AM_SORT, C.AM_ACC),
         'IBAN %s  BIC BUKBGB22' % ids.fmt_iban(C.AM_IBAN)],
        currency='GBP', order='PO UK-26-0412', creator='Xero', producer='Xero Invoicing',
        footer=['Anglia Marine Engineering Ltd · Registered in England & Wales No. 06183924 · VAT %s' % C.AM_VAT])
    paras = ['Hi James,',
             'Here\'s invoice AME-26-0958 for £%s GBP.' % '{:,.2f}'.format(gross),
             'The amount outstanding of £%s GBP is due on 29 Nov 2026.' % '{:,.2f}'.format(gross),
             'View your bill online: [[%s|%s]]' % (link, link),
             'From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding '
             'bills.',
             'If you have any questions, please let us know.',
             'Thanks,\nAnglia Marine Engineering Ltd']
    m.body = mixed(R.notice_alt('Invoice AME-26-0958', paras, ('View invoice', link), 'Anglia Marine Engineering Ltd',
                                '#1f4e79', 'Sent using [[Xero|https://www.xero.com/uk/]]', 'en', 'utf-8',
                                'quoted-printable', link_style='angle'),
                   attachment(pdf, 'application/pdf', 'Invoice AME-26-0958.pdf', 'plain'))
    m.what = ('Invoice for RTG festoon cable work sent by the supplier through Xero (post.xero.com via Amazon SES, '
              'Reply-To the supplier\'s accounts mailbox) with the PDF and an in.xero.com online-bill link.')
    m.why = ('Genuine: the supplier\'s usual invoicing platform, known Barclays account from the master data, matching '
             'purchase order, no payment-detail change.')
    m.pair = [(11, 'Supplier invoice / statement (Anglia Marine)',
               'Xero invoice with the Barclays account from master data; the attack comes from a look-alike domain and '
               'switches to HSBC.')]


@msg('business', 12, 'en', 'microsoft-invoice-ready-admin')
def b12(m):
    m.t = hamburg(2026, 11, 9, 8, 3, 36)
    m.frm = P('Microsoft', 'microsoft-noreply@microsoft.com')
    m.to = [S['it']]
    m.subject = 'Your Microsoft invoice G072918463 is ready'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s@az.westeurope.microsoft.com>' % ruuid(mm.rng)
    m365(m, 'nam', tenant_domain='microsoft.com', tenant_id='72f988bf-86f1-41af-91ab-2d7cd011db47',
         selector='selector2', auth_internal='full')
    m.client = 'custom'
    paras = ['Hello Thomas,',
             'Your invoice for billing account **Example Group Terminals GmbH** is ready. You can view and download it '
             'in the Microsoft 365 admin center.',
             'Invoice number: G072918463\nInvoice date: 07/11/2026\nBilling period: 07/10/2026 – 06/11/2026\n'
             'Amount: 9,842.16 EUR\nPayment method: Invoice (wire transfer)',
             'Payment instructions are on the invoice PDF. No action is needed if you pay by the due date.',
             'To manage how you receive billing notifications, go to Billing notifications in the admin center.']
    footer = ('Microsoft respects your privacy. Read our [[privacy statement|https://go.microsoft.com/fwlink/?LinkId='
              '521839]].\nMicrosoft Ireland Operations Limited, One Microsoft Place, South County Business Park, '
              'Leopardstown, Dublin 18, D18 P521')
    m.body = R.notice_alt('Your invoice is ready', paras,
                          ('View invoice', 'https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list'),
                          'Microsoft', '#0078d4', footer, 'en', 'utf-8', 'quoted-printable', link_style='angle',
                          font='Segoe UI,Arial,sans-serif')
    m.what = ('Monthly Microsoft 365 invoice notification for the company\'s billing account, sent from Microsoft\'s own '
              'tenant, pointing to the admin center.')
    m.why = ('Genuine: microsoft.com sender with aligned DKIM and SPF, links only to admin.microsoft.com and '
             'go.microsoft.com, invoice by wire transfer, no phone number or urgency.')
    m.pair = [(12, 'Microsoft 365 billing',
               'Genuine billing notice links to the admin center; the attack is a PayPal invoice from "Microsoft '
               'Billing Services" with a call-back number.')]


def _ics(m, uid, organizer, attendees, start, end, summary, desc, location, url):
    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')

    def fold(line):
        b = line.encode('utf-8')
        out = []
        while len(b) > 75:
            cut = 75
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode('utf-8'))
            b = b[cut:]
        out.append(b.decode('utf-8'))
        return '\r\n '.join(out)
    stamp = dates.local('utc', m.sent()).strftime('%Y%m%dT%H%M%SZ')
    lines = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
             'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T030000',
             'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
             'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200',
             'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT',
             'ORGANIZER;CN=%s:mailto:%s' % (organizer.name, organizer.email)]
    for a in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (a.name, a.email))
    lines += ['DESCRIPTION;LANGUAGE=en-GB:%s' % esc(desc), 'UID:%s' % uid, 'SUMMARY;LANGUAGE=en-GB:%s' % esc(summary),
              'DTSTART;TZID=W. Europe Standard Time:%s' % start, 'DTEND;TZID=W. Europe Standard Time:%s' % end,
              'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:%s' % stamp, 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
              'LOCATION;LANGUAGE=en-GB:%s' % esc(location), 'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
              'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INSTTYPE:0',
              'X-MICROSOFT-SKYPETEAMSMEETINGURL:%s' % url, 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE',
              'X-MICROSOFT-DISALLOW-COUNTER:FALSE', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT',
              'X-MICROSOFT-ISRESPONSEREQUESTED:TRUE', 'BEGIN:VALARM', 'DESCRIPTION:REMINDER',
              'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(l) for l in lines) + '\r\n'


@msg('business', 13, 'en', 'teams-invite-berth-window-review-ics')
def b13(m):
    m.t = hamburg(2026, 11, 20, 14, 26, 55)
    m.frm = LINE
    m.to = [S['plan'], S['sales']]
    m.cc = [MADS]
    m.subject = 'Berth window review 2027 – Hamburg'
    m.client = 'outlook'
    m365(m, 'eu', tenant_domain='nordicoceanlines.com', tenant_id=NOL_TENANT)
    mtg = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5YjE4ZmQtM2E2Yi00YzU4LWI3NWMtMzg1ZDU2'
           'NzRlMTQx%40thread.v2/0?context=%7b%22Tid%22%3a%22' + NOL_TENANT + '%22%2c%22Oid%22%3a%22e71a3c09-'
           '5d2b-4f61-8a07-c3b9f0d6e214%22%7d')
    meeting_id = '371 904 286 615 52'
    pas = 'Gq9Yh3uM'
    text = ('Hi Anna, hi Nele,\n\n'
            'as discussed, let\'s go through the draft 2027 berth windows for the Baltic and UK loops before we send the '
            'schedule to our network planning. Agenda:\n'
            '1) Tuesday/Wednesday windows after the CCS rotation change\n'
            '2) Productivity assumptions (crane split, moves per hour)\n'
            '3) Christmas/New Year 2026/27 contingency\n\n'
            'Best regards\nLine\n\n'
            '________________________________________________________________________________\n'
            'Microsoft Teams meeting\n'
            'Join on your computer, mobile app or room device\n'
            '[[Click here to join the meeting|%s]]\n'
            'Meeting ID: %s\nPasscode: %s\n'
            '[[Download Teams|https://www.microsoft.com/en-us/microsoft-teams/download-app]] | '
            '[[Join on the web|https://www.microsoft.com/microsoft-teams/join-a-meeting]]\n'
            '[[Learn More|https://aka.ms/JoinTeamsMeeting]] | [[Meeting options|https://teams.microsoft.com/meetingOptions/'
            '?organizerId=e71a3c09-5d2b-4f61-8a07-c3b9f0d6e214&tenantId=%s&threadId=19_meeting_NzQ5YjE4ZmQtM2E2Yi00YzU4'
            'LWI3NWMtMzg1ZDU2NzRlMTQx@thread.v2&messageId=0&language=en-GB]]\n'
            '________________________________________________________________________________' % (mtg, meeting_id, pas,
                                                                                                NOL_TENANT))
    desc = R.plain(text, 'angle')
    ics = _ics(m, '040000008200E00074C5B7101A82E00800000000%s' % rhex(m.rng, 32, True), LINE, [S['plan'], S['sales'], MADS],
               '20261203T100000', '20261203T110000', 'Berth window review 2027 – Hamburg', desc, 'Microsoft Teams Meeting',
               mtg)
    a = R.outlook_alt(text, 'en', 'utf-8', 'base64')
    cal = text_leaf(ics, 'calendar', 'utf-8', 'base64', params='; method=REQUEST')
    m.body = Multi('alternative', a.parts + [cal])
    m.what = ('Teams meeting request (text, HTML and text/calendar METHOD:REQUEST) from the shipping-line customer\'s '
              'Microsoft 365 tenant to plan 2027 berth windows.')
    m.why = ('Genuine: known customer contact, the customer\'s tenant ID appears consistently in the join URL and '
             'meeting options, standard Teams join link – no device code or extra sign-in step.')
    m.pair = [(13, 'Teams meeting invitation',
               'A real invite carries a teams.microsoft.com join link and an ICS; the attack asks the user to enter a '
               'code at microsoft.com/devicelogin.')]


@msg('business', 14, 'en', 'sharepoint-share-volume-forecast')
def b14(m):
    m.t = hamburg(2026, 10, 16, 15, 9, 27)
    m.frm = P('Nele Carstensen', 'no-reply@sharepointonline.com')
    m.reply_to = S['sales']
    m.to = [S['ops']]
    m.subject = 'Nele Carstensen shared "Q4 2026 volume forecast - Hamburg" with you'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['msgid'] = lambda mm: '<%s@odspnotify>' % ruuid(mm.rng)
    m365(m, 'eu', tenant_domain='sharepointonline.com', tenant_id='29d4b5a6-7f3c-4a1e-8d92-6b0c5e3f1a74',
         selector='selector2', auth_internal='full')
    m.client = 'custom'
    link = ('https://examplegroup.sharepoint.com/:x:/s/SalesHamburg/EaB3kQ9xZ1tMnR4vP7wY2cUBs8dF0gH6jK5lM2nO4pQ7rA'
            '?e=4k2LdP')
    paras = ['Nele Carstensen shared a file with you',
             'Dirk, here is the Q4 forecast incl. the two extra NOL calls – please check the reefer plug numbers for '
             'weeks 50/51.',
             '**Q4 2026 volume forecast - Hamburg.xlsx**',
             'This link only works for the direct recipients of this message.']
    footer = ('[[Privacy Statement|https://go.microsoft.com/fwlink/?LinkId=521839]]\nMicrosoft Corporation, One '
              'Microsoft Way, Redmond, WA 98052')
    m.body = R.notice_alt('Nele Carstensen shared "Q4 2026 volume forecast - Hamburg" with you', paras, ('Open', link),
                          'SharePoint', '#03787c', footer, 'en', 'utf-8', 'quoted-printable', link_style='angle',
                          font='Segoe UI,Arial,sans-serif')
    m.what = ('SharePoint Online sharing notification: a colleague shares an Excel forecast in the company\'s own '
              'examplegroup.sharepoint.com site with a direct-recipients-only link.')
    m.why = ('Genuine: sent by Microsoft\'s SharePoint notification service on behalf of an internal user, link to the '
             'company\'s own tenant, plausible internal content, no extra consent or login prompt.')
    m.pair = [(14, 'File-share notification',
               'Genuine share from the company\'s own SharePoint tenant; the attack mimics a share but sends the user to '
               'an OAuth consent prompt for a rogue app.')]


@msg('business', 15, 'en', 'rfq-project-cargo-bexley-xlsx')
def b15(m):
    m.t = hamburg(2026, 10, 21, 12, 4, 19)
    m.frm = REBECCA
    m.to = [S['sales']]
    m.cc = [P('Daniel Okafor', 'daniel.okafor@bexleyprojects.co.uk')]
    m.subject = 'RFQ BPL-2610-077 – Hamburg transhipment, 6 transformer units + accessories (Feb 2027)'
    m.client = 'outlook'
    m365(m, 'uk', tenant_domain='bexleyprojects.co.uk', tenant_id='4c9e1f72-0b3a-4d85-a6f2-91e7c0d3b5a8')
    when = dates.local('cet', m.t - TD(hours=1))
    xlsx = arch.make_xlsx([('Cargo list', [['Item', 'Description', 'Pcs', 'L (cm)', 'W (cm)', 'H (cm)', 'Weight (t)'],
                                           [1, 'Power transformer 400 kV, on transport saddles', 2, 1180, 395, 452, 238.5],
                                           [2, 'Power transformer 220 kV', 4, 960, 340, 418, 164.0],
                                           [3, 'Radiator banks, crated', 24, 610, 240, 280, 6.8],
                                           [4, 'Conservator tanks, on skids', 6, 720, 210, 230, 4.2],
                                           [5, 'Bushings & accessories, cases', 38, 320, 120, 140, 1.9]]),
                           ('Scope', [['Service', 'Requested'], ['Discharge ex heavy-lift vessel (ship gear)', 'yes'],
                                      ['Quay storage up to 21 days', 'yes'], ['SPMT transfer to barge berth', 'yes'],
                                      ['Lashing survey / surveyor attendance', 'quote separately']])],
                          'BPL-2610-077 cargo list', 'Rebecca Hartley', when)
    text = ('Dear Nele,\n\n'
            'Further to our call, please find attached the cargo list and scope for our enquiry BPL-2610-077.\n\n'
            'Six power transformers (2 x 238.5 t, 4 x 164 t) plus accessories will arrive on a heavy-lift vessel with '
            'own gear in the second half of February 2027 and be transhipped onto inland barges for onward transport '
            'to Magdeburg. We would need discharge, quay storage for up to three weeks and SPMT moves to the barge berth.\n\n'
            'Could you let us have your rates and the quay load-bearing capacity at the heavy-lift berth by 6 November? '
            'Our client will want to see a method statement at a later stage.\n\n'
            'Many thanks and kind regards,\nRebecca\n\n'
            'Rebecca Hartley\nSenior Project Manager – Energy & Breakbulk\nBexley Project Logistics Ltd\n'
            '3 Harbour Exchange Square, London E14 9GE\nT +44 20 7946 0718 | M +44 7700 900 412\n'
            'VAT Reg. No. %s' % C.BX_VAT)
    m.phones = ['+44 20 7946 0718', '+44 7700 900 412']
    m.body = mixed(R.outlook_alt(text, 'en', 'us-ascii', '7bit', html_cte='quoted-printable'),
                   attachment(xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                              'BPL-2610-077_cargo_list.xlsx', 'outlook', when=m.t - TD(hours=1)))
    m.what = ('Request for quotation from a project-cargo forwarder (Microsoft 365 UK tenant) for transhipment of six '
              'power transformers, cargo list and scope as an XLSX attachment.')
    m.why = ('Genuine: known correspondent after a phone call, concrete technical data, attachment is a plain XLSX '
             'without macros, no external download or login.')
    m.pair = [(15, 'Request for quotation (project cargo)',
               'Genuine RFQ attaches its cargo list; the attack hides the "tender pack" behind a Dropbox link from a '
               'new domain.')]


@msg('business', 16, 'en', 'newsletter-terminal-operations-weekly')
def b16(m):
    m.t = hamburg(2026, 12, 10, 7, 0, 51)
    m.frm = P('Terminal Operations Weekly', 'newsletter@terminalopsweekly.com')
    m.reply_to = P('Terminal Operations Weekly', 'editor@terminalopsweekly.com')
    m.to = [S['plan']]
    m.subject = 'TOW #49: yard automation retrofits, reefer plug demand, EU ETS for shipping in year 3'
    m.client = 'custom'
    m.sys_kw['headers'] = _bulk_headers
    m.sys_kw['bstyle'] = 'mc'
    m.system = sy.mailchimp
    rng = m.rng
    mch = (rng.randrange(100, 250), rng.randrange(11, 99))
    m.sys_kw['args'] = dict(sign_domain='terminalopsweekly.com', dc='us21', host=mch)
    u, lid = rhex(rng, 25), rhex(rng, 10)
    cid, eid = rhex(rng, 10), rhex(rng, 10)
    m.sys_kw['msgid'] = lambda mm: '<%s.%s.%s@mail%d.atl%d.mcdlv.net>' % (u, cid, eid, mch[0], mch[1])
    base = 'https://terminalopsweekly.us21.list-manage.com'
    unsub = '%s/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s' % (base, u, lid, eid, cid)

    def trk(n):
        return '%s/track/click?u=%s&id=%s&e=%s' % (base, u, rhex(rng, 10), eid)
    m.extra = [('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?'
                'subject=unsubscribe>' % (unsub, u, lid, eid)),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
               ('List-ID', '%s mcsv.net <%s.%s.list-id.mcsv.net>' % (u, u, lid)),
               ('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (cid, eid)),
               ('X-Campaign', 'mailchimp%s.%s' % (u, cid)), ('X-campaignid', 'mailchimp%s.%s' % (u, cid)),
               ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s'
                                  '&id=%s&e=%s' % (u, cid, eid)),
               ('X-MC-User', u), ('Feedback-ID', '%d:%d.%d:us21:mc' % (rng.randrange(10 ** 8, 10 ** 9),
                                                                      rng.randrange(10 ** 8, 10 ** 9),
                                                                      rng.randrange(10 ** 6, 10 ** 7))),
               ('Precedence', 'bulk'), ('X-Accounttype', 'pd')]
    paras = ['Good morning from the quayside. This week:',
             '**Yard automation retrofits are getting cheaper.** Three European operators report payback periods under six '
             'years for automating existing RTG blocks instead of greenfield ASC yards. [[Read more|%s]]' % trk(1),
             '**Reefer plug demand peaks early.** Citrus and banana flows pushed plug utilisation above 90 %% at several '
             'North Range terminals in November. [[Read more|%s]]' % trk(2),
             '**EU ETS for shipping, year 3.** From 2026 carriers surrender allowances for 100 %% of verified emissions – '
             'what that means for surcharges and port-call optimisation. [[Read more|%s]]' % trk(3),
             '**Events:** TOC Europe 2027 registration is open. [[Details|%s]]' % trk(4)]
    footer = ('You are receiving this because you subscribed at terminalopsweekly.com.\nQuayside Media Ltd · 14 Bell Yard · '
              'London WC2A 2JR · United Kingdom\n[[Update preferences|%s/profile?u=%s&id=%s&e=%s]] · '
              '[[Unsubscribe|%s]]' % (base, u, lid, eid, unsub))
    m.body = R.notice_alt('Terminal Operations Weekly – issue 49', paras, None, 'TERMINAL OPERATIONS WEEKLY', '#123c69',
                          footer, 'en', 'utf-8', 'quoted-printable', link_style='paren', font='Georgia,serif')
    m.what = ('Weekly trade newsletter for terminal operators sent through Mailchimp with the publisher\'s own DKIM, '
              'tracked links and one-click unsubscribe.')
    m.why = ('Genuine bulk mail the planner subscribed to: consistent Mailchimp headers (List-ID, X-MC-User, '
             'Feedback-ID), aligned DKIM, editorial content, no request for action.')
