"""business/09-16: English-language genuine mail."""
import datetime

from . import archive, company, docs, ics, ids, mime, shared, systems
from .core import local, Part, rstr, HEXL, HEXU, ALNUM, guid, rfc2822
from .h import S, setup, meta, urls, mid_m365, mid_exchange, pdf_meta
from .registry import message

HHL, NTS, FERR = company.HHL, company.NTS, company.FERR


@message('business', 9, 'en', 'microsoft-message-center-digest')
def b09(m):
    lh = S('lukas.hartmann')
    sent = local('America/Los_Angeles', 2026, 11, 8, 23, 4, 12)
    setup(m, ('Microsoft 365 Message center', 'o365mc@microsoft.com'), [('', lh['addr'])],
          'Weekly digest: Microsoft service updates', sent, zone='UTC')
    m.ms_server, m.ms_pod = 'BY5PR21MB1443', 'namprd21'
    m.msgid = mid_m365(m, 'BY5PR21MB1443', 'namprd21')
    items = [
        ('MC1184213', 'Microsoft Entra ID: device code flow blocked by default through new Conditional Access baseline policy',
         'Plan for change', 'Starting January 2027, new baseline Conditional Access policies will block the device code authentication '
         'flow for all users except those you exclude. Review sign-in logs for device code usage before the rollout.'),
        ('MC1179940', 'Exchange Online: SMTP AUTH Basic authentication retirement – final reminder',
         'Admin impact', 'Client submission (SMTP AUTH) with Basic authentication will be permanently rejected. Move devices and '
         'applications to OAuth or to a relay connector.'),
        ('MC1176528', 'Microsoft Defender for Office 365: QR code detonation for PDF and image attachments in Safe Attachments',
         'Stay informed', 'Safe Attachments will extract and detonate URLs found in QR codes inside PDF, PNG and JPEG attachments. No '
         'action is required.'),
        ('MC1172019', 'Microsoft Teams: external access – new default to block unmanaged accounts from starting chats',
         'Plan for change', 'Users in unmanaged Teams accounts will no longer be able to initiate 1:1 chats with your users unless you '
         'allow it.'),
    ]
    base = 'https://admin.microsoft.com/adminportal/home#/MessageCenter/:/messages/'
    rows = ''.join('<tr><td style="padding:12px 0;border-bottom:1px solid #e1e1e1"><a href="%s%s" style="color:#0f6cbd;font-weight:600">'
                   '%s</a><br><span style="font-size:12px;color:#616161">%s · %s</span><br>%s</td></tr>' % (
                       base, mc, mime.esc(t), mc, tag, mime.esc(d)) for mc, t, tag, d in items)
    prefs = 'https://admin.microsoft.com/adminportal/home#/MessageCenter/:/preferences'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI,'
            'sans-serif;font-size:14px;color:#242424"><table width="640" align="center"><tr><td style="font-size:22px;font-weight:600;'
            'padding:18px 0">Microsoft 365 Message center – weekly digest</td></tr><tr><td>Organization: Example Group GmbH<br>'
            'Here are the most important updates from the last 7 days.</td></tr>%s<tr><td style="padding-top:18px;font-size:12px;'
            'color:#616161">You\'re receiving this email because you\'re subscribed to the Message center weekly digest. '
            '<a href="%s">Change your email preferences</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA<br>'
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></td></tr></table></body></html>' % (rows, prefs))
    plain = mime.html2text(html, link_style='angle')
    m.body = mime.alt(m, 'outlook', mime.text(plain, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'))
    systems.m365(m, tenant_id='72f988bf-86f1-41af-91ab-2d7cd011db47', org='microsoft.com', region='NAM', server='BY5PR21MB1443',
                 pod='namprd21', lang='en-US', selector='selector2', thread_topic=False, mailbox_type='SHARED')
    urls(m, prefs, 'https://go.microsoft.com/fwlink/?LinkId=521839', *[base + i[0] for i in items])
    meta(m, 'Genuine Microsoft 365 Message center weekly digest to the mail administrator: device-code-flow blocking, SMTP AUTH '
            'retirement, QR-code detonation in Safe Attachments, Teams external access.',
         'Sent by Microsoft\'s own tenant (microsoft.com DKIM/DMARC pass, p=reject), links only to admin.microsoft.com and '
         'go.microsoft.com, informational, no action link to a login form.',
         pair=(['09-en-teams-device-code-harrowgate.eml', '10-en-oauth-consent-ferretti-doclink.eml', '05-de-quishing-mfa-pdf.eml'],
               'Microsoft 365 identity topics (device code, consent, MFA)',
               'Informational admin digest from microsoft.com; the attacks ask users to enter codes, grant consent or scan a QR code.'))


@message('business', 10, 'en', 'google-security-alert-new-signin')
def b10(m):
    ks = S('katrin.stoeckl')
    sent = local('Europe/Berlin', 2026, 10, 6, 8, 51, 30)
    setup(m, ('Google', 'no-reply@accounts.google.com'), [('', ks['addr'])], 'Security alert', sent, zone='UTC', style='gmail')
    m.msgid = '%s@google.com' % rstr(m.rng, ALNUM + '-_', 22)
    m.env_from = '3%s@gaia.bounces.google.com' % rstr(m.rng, ALNUM, 40)
    ts = int(sent.timestamp() * 1000)
    check = ('https://accounts.google.com/AccountChooser?Email=katrin.stoeckl@example.com&continue=https://myaccount.google.com/alert/nt/'
             '%d?rfn%%3D127%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0' % (ts, rstr(m.rng, ALNUM + '-_', 19)))
    notif = 'https://myaccount.google.com/notifications'
    html = ('<!DOCTYPE html><html lang="en"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"></head>'
            '<body style="margin:0;padding:0"><table width="100%%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0">'
            '<tr><td align="center"><table style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px" width="516">'
            '<tr><td align="center" style="font-family:Google Sans,Roboto,Arial,sans-serif;font-size:24px;color:#202124">'
            'A new sign-in on Windows</td></tr><tr><td align="center" style="font-family:Roboto,Arial,sans-serif;font-size:14px;'
            'color:#3c4043;padding-top:8px">katrin.stoeckl@example.com</td></tr><tr><td style="font-family:Roboto,Arial,sans-serif;'
            'font-size:14px;color:#202124;padding-top:20px;line-height:20px;text-align:center">We noticed a new sign-in to your Google '
            'Account on a Windows device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.'
            '<div style="padding-top:32px"><a href="%s" style="font-family:Google Sans,Roboto,Arial,sans-serif;line-height:16px;'
            'color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:'
            '#4184F3;border-radius:5px">Check activity</a></div></td></tr><tr><td style="padding-top:20px;font-size:12px;color:#5f6368;'
            'text-align:center">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87)">%s</a></td></tr></table>'
            '<div style="font-family:Roboto,Arial;font-size:11px;color:rgba(0,0,0,0.54);padding-top:12px;text-align:center">You received '
            'this email to let you know about important changes to your Google Account and services.<br>© 2026 Google LLC, 1600 '
            'Amphitheatre Parkway, Mountain View, CA 94043, USA</div></td></tr></table></body></html>' % (mime.esc(check), notif))
    plain = ('[image: Google]\nA new sign-in on Windows\n\n\nkatrin.stoeckl@example.com\nWe noticed a new sign-in to your Google Account '
             'on a Windows device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.\n'
             'Check activity\n<%s>\nYou can also see security activity at\n%s\nYou received this email to let you know about important '
             'changes to your Google Account and services.\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n'
             % (check, notif))
    m.body = mime.alt(m, 'gmail', mime.text(plain, 'UTF-8', 'quoted-printable'), mime.html(html, 'UTF-8', 'quoted-printable'))
    systems.google_system(m, 'accounts.google.com', feedback='::AccountNotifications:%d' % m.rng.randint(10 ** 9, 10 ** 10))
    urls(m, check, notif)
    meta(m, 'Genuine Google security alert for the Google account (Business Profile / Ads) that marketing registered with her company '
            'address: new sign-in on Windows.',
         'Sent by accounts.google.com with aligned DKIM/SPF/DMARC; the link goes to accounts.google.com with the account pre-selected, '
         'informational; the user did sign in from a new laptop.',
         pair=(['31-es-google-forms-datos-nomina.eml'], 'mail generated by Google\'s own systems',
               'Both are authentic Google mail; the difference is purpose: a security notice vs a form created by a criminal to collect credentials.'))


@message('business', 11, 'en', 'companies-house-confirmation-reminder')
def b11(m):
    sw = S('sarah.whitfield')
    sent = local('Europe/London', 2026, 11, 18, 9, 0, 41)
    setup(m, ('Companies House', 'companies.house@notifications.service.gov.uk'), [('', sw['addr'])],
          'Confirmation statement due for EXAMPLE GROUP UK LTD (11874206)', sent, zone='Europe/London', env_from='')
    url = 'https://find-and-update.company-information.service.gov.uk/company/11874206/confirmation-statement'
    guide = 'https://www.gov.uk/file-your-confirmation-statement-with-companies-house'
    paras = ['Company name: EXAMPLE GROUP UK LTD', 'Company number: 11874206',
             'Your company\'s confirmation statement is due by 18 December 2026.',
             'You must check and confirm the information we hold about your company at least once every 12 months. It costs £50 to file '
             'online. You can file it using our online service:', url,
             'Find out more about filing a confirmation statement:', guide,
             'Companies House will never ask you to make a payment by bank transfer to a personal account or send you a link to pay '
             'an invoice by email. If you receive a message like this, report it to phishing@companieshouse.gov.uk.',
             'Companies House']
    plain = '\n\n'.join(paras) + '\n'
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;margin:0"><table width="100%" cellpadding="0" cellspacing="0"><tr>'
            '<td style="background:#0b0c0c;padding:12px 20px;color:#fff;font-size:28px;font-weight:700">GOV.UK</td></tr></table>'
            '<table width="580" align="center" style="font-size:19px;line-height:25px;color:#0b0c0c"><tr><td>' +
            ''.join(('<p><a href="%s" style="color:#1d70b8">%s</a></p>' % (p, p)) if p.startswith('https') else '<p>%s</p>' % mime.esc(p)
                    for p in paras) + '</td></tr></table></body></html>')
    m.body = mime.alt(m, 'java', mime.text(plain, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'))
    systems.ses(m, region='eu-west-2', domain_selector='notify1', mail_from_domain='notifications.service.gov.uk')
    urls(m, url, guide)
    meta(m, 'Genuine Companies House reminder (GOV.UK Notify) that the UK subsidiary\'s annual confirmation statement is due on '
            '18 December 2026.',
         'GOV.UK Notify via Amazon SES with notifications.service.gov.uk DKIM; links only to gov.uk services, no payment details, '
         'correct company number, explicitly warns about invoice scams.',
         pair=(['06-de-firmenverzeichnis-rechnung-girocode.eml', '26-pl-rejestr-firm-oplata-kod-zbp.eml'],
               'company-register obligations and fees',
               'Official register with a gov.uk service link and statutory fee paid in the service; the scams send their own invoice with an account/QR code.'))


@message('business', 12, 'en', 'xero-invoice-northern-timber')
def b12(m):
    jo = S('james.oconnor')
    sent = local('Europe/London', 2026, 12, 1, 16, 12, 9)
    inv = 'INV-24817'
    setup(m, ('Northern Timber Supplies Ltd', 'messaging-service@post.xero.com'), [('James O\'Connor', jo['addr'])],
          'Invoice %s from Northern Timber Supplies Ltd for Example Group UK Ltd' % inv, sent, zone='UTC',
          reply_to=('Northern Timber Supplies Ltd', 'accounts@northerntimber.co.uk'))
    m.quote_names = True
    m.msgid = '%s@post.xero.com' % guid(m.rng)
    from decimal import Decimal
    items = [('1', 'C24 kiln-dried regularised 47x150 mm, 4.8 m', '', Decimal('180'), 'len', Decimal('14.35')),
             ('2', 'OSB3 18 mm 2440x1220 T&G', '', Decimal('96'), 'sht', Decimal('21.90')),
             ('3', 'Breather membrane 1.5 x 50 m roll', '', Decimal('6'), 'roll', Decimal('68.00')),
             ('4', 'Delivery – crane offload, York', '', Decimal('1'), 'ea', Decimal('95.00'))]
    net, vat, gross = shared.lines_total_vat(items, '0.20')
    link = 'https://in.xero.com/%s' % rstr(m.rng, ALNUM, 40)
    text = ('Dear James,\n\nHere\'s invoice %s for £%s GBP.\n\nThe amount outstanding of £%s GBP is due on 31 Dec 2026.\n\n'
            'View your bill online: %s\n\nFrom your online bill you can print a PDF, export a CSV, or create a free login and view your '
            'outstanding bills.\n\nIf you have any questions, please let us know.\n\nThanks,\nNorthern Timber Supplies Ltd\n'
            % (inv, shared.fmt(gross, 'en'), shared.fmt(gross, 'en'), link))
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">' +
            ''.join('<p>%s</p>' % (mime.esc(p).replace('\n', '<br>') if 'in.xero.com' not in p else
                                   'View your bill online: <a href="%s">%s</a>' % (link, link)) for p in text.strip().split('\n\n')) +
            '<p style="font-size:11px;color:#999">Powered by Xero</p></body></html>')
    pdfb, _ = docs.invoice(
        'helv', pdf_meta(m, sent, 'Invoice %s' % inv, 'Northern Timber Supplies Ltd', 'Xero', 'Xero'),
        ('Northern Timber Supplies Ltd', ['Station Road Industrial Estate, Selby YO8 4LZ', 'VAT Reg. No. %s · Tel. %s' % (NTS['vat'], NTS['phone'])]),
        ['Example Group UK Ltd', 'Unit 7, Kettlestring Lane', 'Clifton Moor', 'York YO30 4XF'],
        'TAX INVOICE', [('Invoice Date', '1 Dec 2026'), ('Invoice Number', inv), ('Reference', 'PO UK-0911'), ('Due Date', '31 Dec 2026')],
        ['Item', 'Description', 'Quantity', 'Unit Price', 'Amount GBP'],
        [[p, d, '%s %s' % (q, u), shared.fmt(pr, 'en'), shared.fmt(shared.money(q * pr), 'en')] for p, d, _, q, u, pr in items],
        [('Subtotal', shared.fmt(net, 'en'), False), ('TOTAL VAT 20%', shared.fmt(vat, 'en'), False), ('TOTAL GBP', shared.fmt(gross, 'en'), True)],
        ['PAYMENT ADVICE – please pay by BACS to: Northern Timber Supplies Ltd', 'HSBC UK · Sort code %s · Account %s' % (NTS['sort'], NTS['acct']),
         'IBAN %s · BIC HBUKGB4B' % ids.iban_fmt(NTS['iban']), 'Please quote invoice number %s' % inv],
        ['Company Registration No: 05521847. Registered Office: Station Road Industrial Estate, Selby YO8 4LZ.'],
        money_cols=(3,))
    m.body = mime.mixed(m, 'java', [
        mime.alt(m, 'java', mime.text(text, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable')),
        mime.attachment(pdfb, 'application/pdf', 'Invoice %s.pdf' % inv)])
    m.env_from = 'bounces+%s@post.xero.com' % rstr(m.rng, HEXL, 20)
    systems.gateway(m, 'mta-out3.post.xero.com', '198.51.100.225', 'xero1', dkim_domain='post.xero.com',
                    inner=[('messaging-service-7f9c (ip-10-12-%d-%d.ec2.internal [10.12.%d.%d])' % ((m.rng.randint(1, 200),) * 2 + (m.rng.randint(1, 200),) * 2),
                            'mta-out3.post.xero.com (Postfix)', 'with ESMTP id %s' % rstr(m.rng, HEXU, 10))],
                    extra=[('X-Xero-Invoice', inv), ('X-Xero-Org', rstr(m.rng, HEXL, 32))])
    m.fact('IBAN', NTS['iban'])
    urls(m, link)
    meta(m, 'Genuine supplier invoice sent through Xero: timber, OSB and membranes for the York office\'s project, £%s with the '
            'registered HSBC account.' % shared.fmt(gross, 'en'),
         'The UK supplier always invoices via Xero (post.xero.com DKIM/SPF pass), Reply-To is its accounts address, PO reference and '
         'bank details match master data; link to in.xero.com only.',
         pair=(['14-en-sharepoint-share-compromised-supplier.eml', '28-es-maderas-lookalike-factura-nueva-cuenta.eml'],
               'supplier statement / invoice',
               'Usual channel (Xero) and unchanged account; the attacks switch to a OneDrive share or to a new foreign IBAN.'))


@message('business', 13, 'en', 'harrowgate-rfq-timber-frame-kits')
def b13(m):
    sw, mr = S('sarah.whitfield'), S('michael.reiter')
    sent = local('Europe/London', 2026, 11, 16, 10, 22, 48)
    setup(m, ('Rachel Dunmore', 'rachel.dunmore@harrowgatehomes.co.uk'), [(sw['name'], sw['addr'])],
          'RFQ – Ripon Phase 2: 24 no. timber frame kits (closed panel) – return by 11 Dec', sent, zone='Europe/London',
          cc=[(mr['name'], mr['addr'])])
    m.ms_server, m.ms_pod = 'LO4P265MB6181', 'GBRP265'
    m.msgid = mid_m365(m, 'LO4P265MB6181', 'GBRP265')
    sp = 'https://harrowgatehomes.sharepoint.com/:f:/s/RiponPhase2/EkT8m2Qx4vNBj7c1ZlR0aWcBq3G9dF6yH2pK5sLwU8eXtA?e=p4Qz9K'
    text = ('Hi Sarah, hi Michael,\n\n'
            'Following our meeting in York last month, we would like to invite Example Group to quote for the timber frame package on '
            'Ripon Phase 2 (24 plots, 4 house types, closed-panel external walls with factory-fitted windows).\n\n'
            'Attached are the plot schedule (XLSX) and the scope document. Architectural drawings, the SAP calculations and the '
            'structural engineer\'s design brief are in the project folder on our SharePoint – you both have guest access already:\n%s\n\n'
            'We are looking for a supply-and-erect price including first fix, with a programme that allows plots 1–8 to be wind and '
            'watertight by end of April 2027. Please return your quotation by Friday 11 December, 12:00.\n\n'
            'If it is easier I\'m happy to go through the scope on a call – my direct line is below.\n\n'
            'Kind regards,\nRachel\n\nRachel Dunmore MCIPS\nProcurement Manager\nHarrowgate Homes Ltd\nHornbeam Park, Hookstone Road, '
            'Harrogate HG2 8PA\nT: +44 1423 814 611 | M: +44 7700 900 532\n' % sp)
    html = mime.outlook_html(mime.paras_html(text).replace(mime.esc(sp), '<a href="%s">%s</a>' % (mime.esc(sp), mime.esc(sp))), 'EN-GB')
    rows = [[('b', 'Plot'), ('b', 'House type'), ('b', 'Storeys'), ('b', 'GIA m2'), ('b', 'Handover target')]]
    types = [('Aldwark 3-bed semi', 2, 86.4), ('Burton 4-bed detached', 2, 118.2), ('Coxwold 2-bed terrace', 2, 68.9), ('Dacre 3-bed bungalow', 1, 94.5)]
    for i in range(1, 25):
        t = types[(i * 7) % 4]
        rows.append([i, t[0], t[1], t[2], 'Q%d 2027' % (2 + (i - 1) // 8)])
    xlsx = archive.make_xlsx([('Plot schedule', rows)], datetime.datetime(2026, 11, 13, 15, 2, 0), 'Ripon Phase 2 plot schedule',
                             'Rachel Dunmore', 'Harrowgate Homes Ltd', widths=[8, 28, 10, 10, 16])
    pdfb, _ = docs.notice('helv', pdf_meta(m, sent, 'Ripon Phase 2 – RFQ scope', 'Rachel Dunmore', 'Microsoft® Word for Microsoft 365',
                                           'Microsoft® Word for Microsoft 365'),
                          'Harrowgate Homes', (0, 82, 64), 'Ripon Phase 2 – Request for Quotation: timber frame package',
                          ['Scope: design (stage 4/5), manufacture, delivery and erection of closed-panel timber frame superstructures '
                           'for 24 plots, including external walls with factory-fitted windows, internal load-bearing walls, engineered '
                           'floor cassettes, roof trusses and sole plates.',
                           'Performance: walls U-value 0.18 W/m²K or better, airtightness target 3 m³/(h·m²) @50 Pa, fire resistance to '
                           'Approved Document B.',
                           'Commercial: fixed price for the package, payment on valuation monthly, retention 3 %, JCT Design and Build '
                           'Sub-Contract 2024 with Harrowgate amendments.'],
                          box=['Return date: Friday 11 December 2026, 12:00', 'Return to: rachel.dunmore@harrowgatehomes.co.uk',
                               'Site: Ripon Phase 2, Boroughbridge Road, Ripon HG4'])
    m.body = mime.mixed(m, 'outlook', [
        mime.alt(m, 'outlook', mime.text(text, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable')),
        mime.attachment(xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Ripon_Ph2_Plot_Schedule.xlsx'),
        mime.attachment(pdfb, 'application/pdf', 'Ripon_Ph2_RFQ_Scope.pdf')])
    systems.m365(m, tenant_id='d1c5a8e2-4f7b-4e93-b0a6-8c2f19e7d453', org=HHL['domain'], region='GBR01', server='LO4P265MB6181',
                 pod='GBRP265', lang='en-GB', has_attach=True, selector='selector1')
    urls(m, sp)
    meta(m, 'Genuine request for quotation from the UK housebuilder customer: 24 closed-panel timber frame kits, plot schedule '
            '(XLSX) and scope (PDF) attached, drawings in the customer\'s SharePoint where the recipients already have guest access.',
         'Customer\'s real Microsoft 365 tenant (harrowgatehomes.co.uk), refers to a real meeting, sent to the people who handle UK '
         'sales, ordinary Office attachments, link to the customer\'s own SharePoint site, no sign-in form.',
         pair=(['13-en-itt-tender-html-credential-lure.eml', '09-en-teams-device-code-harrowgate.eml'], 'tender / RFQ from a UK customer',
               'Known customer domain and context; the lure uses a compromised third-party firm and an HTML login attachment, the other a look-alike of this customer\'s domain.'))


@message('business', 14, 'en', 'ferretti-teams-meeting-invite')
def b14(m):
    tl = S('tobias.lechner')
    sent = local('Europe/Rome', 2026, 12, 3, 11, 47, 26)
    setup(m, ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), [(tl['name'], tl['addr'])],
          'Ferretti / Example Group – Q1 2027 transport planning', sent, zone='Europe/Rome')
    m.ms_server, m.ms_pod = 'PA4PR07MB7411', 'eurprd07'
    m.msgid = mid_m365(m, 'PA4PR07MB7411', 'eurprd07')
    oid = guid(m.rng)
    join = ('https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d'
            % (rstr(m.rng, ALNUM, 48), FERR['tenant_id'], oid))
    mid = '384 217 905 611 2'
    pc = 'Lq7rX9eD'
    dial = '+39 02 8736 7429,,718204536#'
    desc = ('Hi Tobias,\n\nas agreed on the phone, let\'s go through the Q1 2027 plan: expected volumes Rosenheim – Bolzano/Verona, the '
            'two new sites in Trentino and the tail-lift requirements for the school project in Bussolengo. I will share the draft '
            'schedule in the meeting.\n\nBest regards,\nChiara\n\n'
            '________________________________________________________________________________\n'
            'Microsoft Teams Need help?\nJoin the meeting now\n%s\nMeeting ID: %s\nPasscode: %s\n'
            '________________________________\nDial in by phone\n%s Italy, Milan\nPhone conference ID: 718 204 536#\n'
            'For organisers: Meeting options\n________________________________________________________________________________\n'
            % (join, mid, pc, dial))
    icsdata = ics.invite(m, ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), [(tl['name'], tl['addr'])],
                         'Ferretti / Example Group – Q1 2027 transport planning', desc, '20261210T100000', '20261210T110000',
                         'W. Europe Standard Time', '20261203T104726Z', 'Microsoft Teams Meeting', lang='en-US', teams_link=join)
    html = mime.outlook_html(mime.paras_html(desc.split('____')[0]) +
                             '<div style="max-width:520px"><div style="margin-bottom:12px"><span style="font-size:24px;font-weight:700">'
                             'Microsoft Teams</span></div><div><a href="%s" style="font-size:16px;font-weight:600;color:#5B5FC7">'
                             'Join the meeting now</a></div><div>Meeting ID: %s<br>Passcode: %s</div><hr><div>Dial in by phone<br>'
                             '<a href="tel:%s">%s</a> Italy, Milan<br>Phone conference ID: 718 204 536#</div></div>'
                             % (mime.esc(join), mid, pc, dial.replace(' ', ''), dial), 'EN-US')
    m.body = Part('multipart/alternative', boundary=mime.boundary(m, 'outlook', 'alt'), children=[
        mime.text(desc, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'),
        Part('text/calendar', body=icsdata, charset='utf-8', cte='base64', params=['method=REQUEST'])])
    systems.m365(m, tenant_id=FERR['tenant_id'], org=FERR['domain'], region='EUR05', server='PA4PR07MB7411', pod='eurprd07',
                 lang='en-US', selector='selector1')
    urls(m, join)
    m.fact('Phone', '+39 02 8736 7429')
    meta(m, 'Genuine Teams meeting invitation (.ics) from the Italian carrier\'s customer-service contact to the dispatcher for Q1 2027 '
            'transport planning.',
         'From the carrier\'s real Microsoft 365 tenant (ferretti-trasporti.it), as agreed by phone, standard Teams join link with '
         'meeting ID and passcode and an Italian dial-in; no device code or extra "verification".',
         pair=(['09-en-teams-device-code-harrowgate.eml', '10-en-oauth-consent-ferretti-doclink.eml'], 'Teams invitation / Ferretti contact',
               'Normal teams.microsoft.com join link from the real domain; the attack invite requires a device code, the other a consent grant from a look-alike Ferretti domain.'))


@message('business', 15, 'en', 'newsletter-timber-construction-europe')
def b15(m):
    mr = S('michael.reiter')
    sent = local('Europe/London', 2026, 11, 26, 7, 0, 3)
    setup(m, ('Timber Construction Europe', 'briefing@timberconstructioneurope.com'), [('', mr['addr'])],
          'Weekly Briefing #47: CLT prices ease, Bavaria\'s timber quota for schools, BAU 2027 preview', sent, zone='UTC',
          reply_to=('Timber Construction Europe', 'editor@timberconstructioneurope.com'))
    base = 'https://timberconstructioneurope.us21.list-manage.com/track/click?u=8c41e0d5b7a2f36e91c4d08ab&id='
    arts = [('CLT and glulam prices ease for the third month running', 'European spot prices for CLT fell 2.4 % in November as new '
             'capacity in Austria and Czechia came online.', base + rstr(m.rng, HEXL, 10) + '&e=' + rstr(m.rng, HEXL, 10)),
            ('Bavaria sets timber quota for new school buildings', 'From 2027, at least half of all new state-funded school buildings in '
             'Bavaria are to be built primarily in timber.', base + rstr(m.rng, HEXL, 10) + '&e=' + rstr(m.rng, HEXL, 10)),
            ('BAU 2027 Munich: what to see in Hall B2', 'Prefabrication, robotic nailing bridges and digital product passports dominate '
             'the timber hall at BAU (11–16 January 2027).', base + rstr(m.rng, HEXL, 10) + '&e=' + rstr(m.rng, HEXL, 10)),
            ('UK: Future Homes Standard – what it means for closed-panel systems', 'The new standard favours factory-made envelopes with '
             'tight airtightness tolerances.', base + rstr(m.rng, HEXL, 10) + '&e=' + rstr(m.rng, HEXL, 10))]
    unsub = 'https://timberconstructioneurope.us21.list-manage.com/unsubscribe?u=8c41e0d5b7a2f36e91c4d08ab&id=5e2d9a71c4&e=%s&c=%s' % (
        rstr(m.rng, HEXL, 10), rstr(m.rng, HEXL, 10))
    prefs = 'https://timberconstructioneurope.us21.list-manage.com/profile?u=8c41e0d5b7a2f36e91c4d08ab&id=5e2d9a71c4&e=%s' % rstr(m.rng, HEXL, 10)
    html = ('<!doctype html><html><head><meta charset="UTF-8"><title>Weekly Briefing #47</title></head><body style="margin:0;background:#f4f1ea">'
            '<table align="center" width="600" style="background:#fff;font-family:Georgia,serif;color:#2b2b2b"><tr><td style="background:#3d5a3a;'
            'color:#fff;padding:22px 28px;font-size:24px">Timber Construction Europe<br><span style="font-size:13px;font-family:Arial">Weekly '
            'Briefing #47 · 26 November 2026</span></td></tr>' +
            ''.join('<tr><td style="padding:18px 28px;border-bottom:1px solid #e6e1d6"><a href="%s" style="color:#3d5a3a;font-size:19px;'
                    'text-decoration:none;font-weight:bold">%s</a><p style="font-family:Arial;font-size:14px">%s</p></td></tr>' % (
                        mime.esc(u), mime.esc(t), mime.esc(d)) for t, d, u in arts) +
            '<tr><td style="padding:18px 28px;font-family:Arial;font-size:11px;color:#777">You are receiving this because you subscribed at '
            'timberconstructioneurope.com.<br>Timber Construction Europe · 20-22 Wenlock Road · London N1 7GU · United Kingdom<br>'
            '<a href="%s">Update your preferences</a> or <a href="%s">unsubscribe from this list</a>.<img src="https://timberconstructioneurope.us21.list-manage.com/track/open.php?u=8c41e0d5b7a2f36e91c4d08ab&id=%s&e=%s" '
            'height="1" width="1" alt=""></td></tr></table></body></html>' % (mime.esc(prefs), mime.esc(unsub), rstr(m.rng, HEXL, 10), rstr(m.rng, HEXL, 10)))
    plain = mime.html2text(html, link_style='paren')
    m.body = Part('multipart/alternative', boundary=mime.boundary(m, 'mailchimp', 'alt'),
                  children=[mime.text(plain, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable')])
    systems.mailchimp(m, 'timberconstructioneurope.com', unsub=unsub)
    meta(m, 'Genuine trade newsletter (Mailchimp) subscribed by the export/key-account manager: timber prices, Bavarian school '
            'policy, BAU 2027 preview, UK Future Homes Standard.',
         'Opt-in bulk mail with proper List-Unsubscribe, aligned DKIM for the publisher\'s domain (k2 CNAME) plus Mailchimp\'s, tracking '
         'links on the publisher\'s list-manage subdomain, no call to action beyond reading.',
         pair=(['04-de-bzst-erechnung-registrierung.eml', '24-pl-inpost-doplata-blik.eml'], 'bulk mail through an e-mail service provider',
               'Opt-in content from the sender\'s own authenticated domain; the attacks abuse Brevo for look-alike brands with a deadline.'))


@message('business', 16, 'en', 'it-notice-mfa-phishing-all-staff')
def b16(m):
    lh, sw = S('lukas.hartmann'), S('sarah.whitfield')
    sent = local('Europe/Berlin', 2026, 11, 10, 8, 15, 0)
    setup(m, (lh['name'], lh['addr']), [('All Staff', 'all-staff@example.com')],
          'IT notice: what IT will – and will never – ask you (MFA, QR codes, remote support)', sent, rcpt=sw['addr'])
    m.msgid = mid_exchange(m, 'EXCH02')
    ms = 'https://aka.ms/mysecurityinfo'
    text = ('Dear colleagues,\n\n'
            'over the last weeks we have seen several very convincing phishing attempts against Example Group, including fake '
            '"MFA renewal" PDFs with QR codes, fake supplier bank-detail changes and calls from people pretending to be IT.\n\n'
            'Here is what IT will do:\n'
            '- On 24 and 25 November we switch Microsoft Authenticator to number matching. You will see a number at sign-in and type it '
            'into the app. Nothing else changes, and nothing needs to be "renewed".\n'
            '- If you get a new phone, re-register yourself at %s (only from the office network or a company laptop).\n'
            '- Remote support is only started from a ticket you opened, with Quick Assist, after we called you from a +49 8031 4077 '
            'number.\n\n'
            'What IT will never do:\n'
            '- send you a PDF or image with a QR code to scan,\n'
            '- ask you for a password, an Authenticator number or a code from microsoft.com/devicelogin,\n'
            '- ask you to install software from a link in an e-mail.\n\n'
            'Bank-detail changes from suppliers or colleagues are always verified by phone using the number we already have on file – '
            'never a number from the e-mail.\n\n'
            'If something looks odd, use the "Report phishing" button in Outlook or forward the message to it-support@example.com. '
            'You will never get into trouble for reporting.\n\n'
            'Thank you!\nLukas Hartmann\nIT Security & Messaging | Example Group GmbH\n+49 8031 4077-133\n' % ms)
    html = mime.outlook_html(mime.paras_html(text).replace(mime.esc(ms), '<a href="%s">%s</a>' % (ms, ms)), 'EN-US')
    m.body = mime.alt(m, 'exchange', mime.text(text, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'))
    systems.exchange_internal(m, 'EXCH02', client_ip='10.20.30.17', lang='en-US')
    urls(m, ms)
    meta(m, 'Genuine internal IT awareness notice to all staff: number matching roll-out, how to re-register MFA, what IT will never '
            'ask (QR codes, codes, software from links), how to report phishing.',
         'Internal Exchange path via mail-int01 from the security admin to the all-staff list; only link is Microsoft\'s own '
         'aka.ms/mysecurityinfo; it mentions QR codes, devicelogin and passwords only to warn – a keyword trap for naive filters.',
         pair=(['05-de-quishing-mfa-pdf.eml', '29-es-soporte-it-screenconnect.eml'], 'IT / MFA / remote support messages',
               'Internal origin and no action link; the attacks pose as IT from outside and ask to scan a QR code or install remote-access software.'))
