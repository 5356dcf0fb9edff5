"""attack/09-16: English-language attacks."""
import base64
import html as _h

from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text
from lib.registry import scenario


# ---------------------------------------------------------------------------
@scenario('attack', '09-en-remittance-svg-sendgrid.eml')
def a09(m):
    r = m.rng
    david = S('Clarke')
    acct_dom = 'brightline-crm.com'
    m.frm = ('Harbourside FM - Accounts Payable', 'notifications@' + acct_dom)
    m.to = [david]
    m.rcpt = [david[1]]
    m.mail_from = 'bounces+%d-%s-%s=example.com@em4417.%s' % (r.randrange(10 ** 7, 10 ** 8), r.hex(4), 'david.clarke', acct_dom)
    m.subject = 'Remittance Advice HFM-88317 - Payment Confirmation GBP 24,870.00'
    m.date = T(2026, 10, 15, 9, 17, 3, 'GMT')
    m.date_zone = 'UTC'
    m.msgid = '%s@geopod-ismtpd-%d' % (r.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), r.randrange(1, 30))
    url = 'https://hfm-remittance.docs-viewer.app/secure/view?doc=HFM-88317&u=ZGF2aWQuY2xhcmtlQGV4YW1wbGUuY29t'
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="560" viewBox="0 0 820 560">\n'
           '  <rect width="820" height="560" fill="#f3f2f1"/>\n'
           '  <rect x="160" y="50" width="500" height="440" rx="6" fill="#ffffff" stroke="#d2d0ce"/>\n'
           '  <rect x="160" y="50" width="500" height="8" fill="#0078d4"/>\n'
           '  <text x="410" y="120" font-family="Segoe UI, Arial, sans-serif" font-size="26" text-anchor="middle" fill="#323130">Remittance Advice</text>\n'
           '  <text x="410" y="160" font-family="Segoe UI, Arial, sans-serif" font-size="15" text-anchor="middle" fill="#605e5c">Harbourside Facilities Management Ltd</text>\n'
           '  <text x="410" y="215" font-family="Segoe UI, Arial, sans-serif" font-size="15" text-anchor="middle" fill="#323130">Payment reference: HFM-88317</text>\n'
           '  <text x="410" y="242" font-family="Segoe UI, Arial, sans-serif" font-size="15" text-anchor="middle" fill="#323130">Amount: GBP 24,870.00 (BACS, value date 15/10/2026)</text>\n'
           '  <text x="410" y="295" font-family="Segoe UI, Arial, sans-serif" font-size="13" text-anchor="middle" fill="#a4262c">This document is protected by Microsoft Purview.</text>\n'
           '  <text x="410" y="318" font-family="Segoe UI, Arial, sans-serif" font-size="13" text-anchor="middle" fill="#605e5c">Sign in with your work account to view the remittance lines.</text>\n'
           '  <a xlink:href="%s" href="%s" target="_blank">\n'
           '    <rect x="310" y="350" width="200" height="44" rx="3" fill="#0078d4"/>\n'
           '    <text x="410" y="378" font-family="Segoe UI, Arial, sans-serif" font-size="16" text-anchor="middle" fill="#ffffff">View Document</text>\n'
           '  </a>\n'
           '  <text x="410" y="455" font-family="Segoe UI, Arial, sans-serif" font-size="11" text-anchor="middle" fill="#a19f9d">Secured by Microsoft 365 · Do not forward</text>\n'
           '</svg>\n') % (_h.escape(url), _h.escape(url))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<p style="font-family:Arial,sans-serif;font-size:14px">Dear Supplier,</p>'
            '<p style="font-family:Arial,sans-serif;font-size:14px">Please find attached the remittance advice for the payment made to your account today.</p>'
            '<table style="font-family:Arial,sans-serif;font-size:14px;border-collapse:collapse">'
            '<tr><td style="padding:2px 12px 2px 0">Payment reference</td><td>HFM-88317</td></tr>'
            '<tr><td style="padding:2px 12px 2px 0">Amount</td><td>GBP 24,870.00</td></tr>'
            '<tr><td style="padding:2px 12px 2px 0">Invoices settled</td><td>3</td></tr></table>'
            '<p style="font-family:Arial,sans-serif;font-size:14px">Kind regards,<br>Accounts Payable<br>Harbourside Facilities Management Ltd</p>'
            '<img src="https://u4417301.ct.sendgrid.net/wf/open?upn=u001.%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin-top:0 !important;margin-bottom:0 !important;margin-right:0 !important;margin-left:0 !important;padding-top:0 !important;padding-bottom:0 !important;padding-right:0 !important;padding-left:0 !important;"/>'
            '</body></html>\n') % r.alnum(120)
    plain = ('Dear Supplier,\n\nPlease find attached the remittance advice for the payment made to your account today.\n\n'
             'Payment reference: HFM-88317\nAmount: GBP 24,870.00\nInvoices settled: 3\n\nKind regards,\nAccounts Payable\n'
             'Harbourside Facilities Management Ltd\n')
    bnd_m, bnd_a = kit.boundary(r, 'sendgrid'), kit.boundary(r, 'sendgrid')
    body_obj = Multipart('mixed', [
        Multipart('alternative', [text(plain, 'plain', 'us-ascii', '7bit', ctype_value='text/plain; charset=us-ascii'),
                                  text(html, 'html', 'us-ascii', 'quoted-printable', ctype_value='text/html; charset=us-ascii')], bnd_a),
        attachment(svg.encode(), 'Remittance_Advice_HFM-88317.svg', 'image/svg+xml', 'generic', r)], bnd_m)
    hdrs, conn, tmx, bees = sy.sendgrid(m, m.date, acct_dom)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'em4417.' + acct_dom), dkim=[('pass', acct_dom, 's1', 2048, bees[0][1])],
                                         dmarc=('pass', 'none', acct_dom)), body_obj)
    m.fact('urls', url)
    m.what = 'Fake remittance advice "from Harbourside FM" with an SVG attachment that draws a Microsoft-styled "protected document" page with a "View Document" link.'
    m.why = 'SVG lure (image type that carries a clickable link) sent through a compromised SendGrid account of an unrelated CRM firm; display name impersonates a real customer but the domain is brightline-crm.com; link to docs-viewer.app with the victim\'s address base64-encoded.'


# ---------------------------------------------------------------------------
@scenario('attack', '10-en-devicecode-partner-hijack.eml')
def a10(m):
    r = m.rng
    james = S('Whitfield')
    tom = ('Tom Ashby', 'tom.ashby@harbourside-fm.co.uk')
    m.frm = tom
    m.to = [james]
    m.rcpt = [james[1]]
    m.mail_from = tom[1]
    m.subject = 'Tender pack - Cabot Quay sprinkler upgrade (secure access)'
    m.date = T(2026, 11, 4, 10, 12, 44, 'GMT')
    m.date_zone = 'UTC'
    m.accept_language, m.content_language = 'en-GB, en-US', 'en-GB'
    code = 'KPV4XQ7RT'
    url = 'https://microsoft.com/devicelogin'
    body = ('Hi James,\n\nAs mentioned at the quarterly review, please find below access to the tender pack for the sprinkler '
            'upgrade at Cabot Quay (levels -1 to 3, approx. 1,450 heads, new wet alarm valve set).\n\n'
            'Because of our client\'s confidentiality requirements the drawings are shared through our secure Microsoft 365 portal '
            'rather than as attachments. To open them:\n\n'
            '1. Go to [%s](%s)\n2. Enter the code: **%s**\n3. Sign in with your Example Group account\n\n'
            'For security reasons the code is only valid for 15 minutes - if it has expired just reply to this email and I will '
            'generate a new one.\n\nReturns are due by Friday 20 November, 12:00.\n\nKind regards,\n\nTom Ashby\n'
            'Contracts Manager\nHarbourside Facilities Management Ltd\nSpike Island, 133 Cumberland Road, Bristol BS1 6UX\n'
            'T: 0117 496 0312 | M: 07700 900 418\n') % (url, url, code)
    plain = kit.to_plain(body, 'outlook')
    html = kit.owa_html(body)
    region = 'GBR'
    bnd = kit.boundary(r, 'outlook_m365', sy.m365_hosts(m, region)[0][1])
    body_obj = Multipart('alternative', [text(plain, 'plain', 'us-ascii', 'quoted-printable'),
                                         text(html, 'html', 'us-ascii', 'quoted-printable')], bnd)
    hdrs, conn, tmx, dkb = sy.m365_transport(m, m.date, region=region, lang='en', dkim_selector='selector1',
                                            tenant_id='5d2e8a41-9c07-4f3b-b1e6-7a90c3f25d18')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'harbourside-fm.co.uk'), dkim=[('pass', 'harbourside-fm.co.uk', 'selector1', 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'harbourside-fm.co.uk')), body_obj)
    m.fact('urls', url)
    m.fact('phones', '0117 496 0312', '07700 900 418')
    m.fact('other', 'device code ' + code)
    m.what = 'Device-code phishing from the compromised mailbox of a real customer contact: "go to microsoft.com/devicelogin and enter code KPV4XQ7RT" to open a tender pack.'
    m.why = 'The link is Microsoft\'s genuine device-login page, but the code was generated by the attacker; entering it and signing in hands the attacker tokens for the victim\'s account. Sent from the real, authenticated Harbourside M365 tenant (all checks pass); no business process shares documents this way; 15-minute pressure.'


# ---------------------------------------------------------------------------
@scenario('attack', '11-en-oauth-consent-acrobat-sign.eml')
def a11(m):
    r = m.rng
    lena = S('Vogt')
    dom = 'acrobatsign-notify.com'
    m.frm = ('Adobe Acrobat Sign', 'no-reply@' + dom)
    m.to = [lena]
    m.rcpt = [lena[1]]
    m.mail_from = 'bounce+%s.%s-lena.vogt=examplegroup.eu@%s' % (r.hex(6), r.hex(6), 'mg.' + dom)
    m.subject = 'Hanseatic Build GmbH has sent you "Subcontract_Lot3_Sprinkler_Installation.pdf" for signature'
    m.date = T(2026, 12, 1, 8, 55, 18)
    m.date_zone = 'UTC'
    m.msgid = '%s.%s@%s' % (r.hex(24), r.hex(8), 'mg.' + dom)
    client_id = r.uuid()
    url = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code'
           '&redirect_uri=https%%3A%%2F%%2Facrobat-docreview.com%%2Foauth%%2Fcallback&response_mode=query'
           '&scope=offline_access%%20Mail.ReadWrite%%20Files.ReadWrite.All%%20User.Read&state=%s' % (client_id, r.hex(16)))
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Adobe Acrobat Sign</title></head>'
            '<body style="margin:0;padding:0;background:#f4f4f4">'
            '<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f4f4f4"><tr><td align="center" style="padding:30px 10px">'
            '<table width="560" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:Adobe Clean,Helvetica,Arial,sans-serif;color:#2c2c2c">'
            '<tr><td style="padding:24px 32px;border-bottom:1px solid #eaeaea"><span style="font-size:20px;font-weight:bold;color:#eb1000">Adobe</span> '
            '<span style="font-size:16px">Acrobat Sign</span></td></tr>'
            '<tr><td style="padding:28px 32px 8px 32px;font-size:18px;font-weight:bold">Hanseatic Build GmbH has requested your signature on</td></tr>'
            '<tr><td style="padding:0 32px 20px 32px;font-size:16px">Subcontract_Lot3_Sprinkler_Installation.pdf</td></tr>'
            '<tr><td style="padding:0 32px 24px 32px"><a href="' + _h.escape(url) + '" style="background:#1473e6;color:#ffffff;font-size:15px;font-weight:bold;'
            'text-decoration:none;padding:12px 28px;border-radius:16px;display:inline-block">Review and sign</a></td></tr>'
            '<tr><td style="padding:0 32px 24px 32px;font-size:14px;line-height:21px">Message from the sender:<br>'
            '<i>Hi Lena, as agreed on the phone, attached the subcontract for Lot 3 (wet and pre-action systems, Hall 2). '
            'Please sign with your Microsoft 365 account so the document is stored in your OneDrive. Thanks, Jens Albers</i></td></tr>'
            '<tr><td style="padding:16px 32px;font-size:12px;color:#6e6e6e;border-top:1px solid #eaeaea">'
            'To ensure that you continue receiving our emails, please add no-reply@acrobatsign-notify.com to your address book.<br>'
            'Powered by Adobe Acrobat Sign. Adobe, the Adobe logo and Acrobat are trademarks of Adobe in the United States and/or other countries.'
            '</td></tr></table></td></tr></table></body></html>\n')
    plain = ('Hanseatic Build GmbH has requested your signature on\nSubcontract_Lot3_Sprinkler_Installation.pdf\n\n'
             'Review and sign: %s\n\nMessage from the sender:\nHi Lena, as agreed on the phone, attached the subcontract for Lot 3 '
             '(wet and pre-action systems, Hall 2). Please sign with your Microsoft 365 account so the document is stored in your '
             'OneDrive. Thanks, Jens Albers\n\nPowered by Adobe Acrobat Sign.\n') % url
    bnd = kit.boundary(r, 'generic')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable'),
                                         text(html, 'html', 'utf-8', 'quoted-printable')], bnd)
    hdrs, conn, tmx, bees = sy.mailgun(m, m.date, 'mg.' + dom)
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', 'mg.' + dom), dkim=[('pass', 'mg.' + dom, 'pic', 2048, bees[0][1])],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.fact('urls', url)
    m.fact('other', 'OAuth client_id ' + client_id + ', redirect to acrobat-docreview.com')
    m.what = 'Illicit OAuth consent: a fake Adobe Acrobat Sign request whose "Review and sign" button opens Microsoft\'s real consent page for an attacker app asking for Mail.ReadWrite, Files.ReadWrite.All and offline_access.'
    m.why = 'Link goes to the genuine login.microsoftonline.com, so URL reputation does not help – the danger is the requested scopes and the redirect_uri on acrobat-docreview.com; sent via Mailgun from the look-alike acrobatsign-notify.com (Adobe Sign mails come from adobesign.com); "sign with your Microsoft 365 account" is not how Acrobat Sign works.'


# ---------------------------------------------------------------------------
@scenario('attack', '12-en-rfq-data-centre-pdf-lure.eml')
def a12(m):
    r = m.rng
    kai = S('Janßen')
    james = S('Whitfield')
    dom = 'kilbridebuildgroup.com'
    sender = ('Niamh Gallagher', 'n.gallagher@' + dom)
    m.frm = sender
    m.to = [kai]
    m.cc = [james]
    m.rcpt = [kai[1]]
    m.mail_from = sender[1]
    m.subject = 'RFQ KBG-2611 - Fire suppression & sprinkler package, Data Centre Grange Castle (Dublin 22)'
    m.date = T(2026, 11, 19, 11, 37, 2, 'GMT')
    m.date_zone = 'GMT'
    m.msgid = '%d.%d@zoho.eu' % (r.randrange(10 ** 12, 10 ** 13), r.randrange(10 ** 6, 10 ** 7))
    m.msgid = '19a%s.%s.%d@zoho.eu' % (r.hex(9), r.hex(16), r.randrange(10 ** 17, 10 ** 18))
    url = 'https://kilbridebuildgroup.sharefile-secure.com/d-s8f2k1a9c4e/tender/KBG-2611'
    body = ('Dear Sir/Madam,\n\nKilbride Build Group has been appointed main contractor for the fit-out of a 24 MW data centre '
            'at Grange Castle Business Park, Dublin 22. We would like to invite Example Group to tender for the fire protection '
            'package:\n\n- wet and pre-action sprinkler systems (halls, plant rooms, loading bay)\n- inert gas suppression (IG-541) '
            'for 6 data halls and 2 switch rooms\n- VESDA aspirating detection and interface to the BMS\n\nPlease see the attached '
            'RFQ letter. The full tender pack (drawings, specification, BoQ) is available on our ShareFile portal via the link '
            'in the RFQ. Clarification questions by 27 November, submission deadline 4 December 2026, 14:00 GMT.\n\n'
            'Kind regards\n\nNiamh Gallagher\nSenior Procurement Manager\nKilbride Build Group\nUnit 5, Grange Castle Business Park, Clondalkin, Dublin 22\n'
            'Tel: +353 1 485 7720\n')
    html = '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>' + \
        '<br></div><div>'.join(_h.escape(p).replace('\n', '<br>') for p in body.rstrip('\n').split('\n\n')) + '<br></div></div>\n'
    html = '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body >' + html + '</body></html>\n'
    pdfdata = kit.letter_pdf(
        ['Kilbride Build Group', 'Main Contractor · Mission Critical Facilities',
         'Unit 5, Grange Castle Business Park, Clondalkin, Dublin 22, Ireland · +353 1 485 7720'],
        ['Example Group', 'Sales / Estimating Department'],
        'Dublin, 19 November 2026', 'Request for Quotation KBG-2611 - Fire Protection Package, Data Centre Grange Castle',
        ['Dear Sir/Madam,',
         'You are invited to submit a lump-sum quotation for the fire protection package described in the enclosed scope. '
         'The tender documents are hosted on our secure ShareFile portal. Please use the button below and sign in with your '
         'company e-mail account to download the complete pack (approx. 380 MB).',
         'Key dates: site visit 25 November 2026; clarifications by 27 November 2026; submission 4 December 2026, 14:00 GMT.',
         'Please confirm your intention to tender by return e-mail.'],
        'Yours faithfully\n\nNiamh Gallagher\nSenior Procurement Manager',
        big_button=('ACCESS TENDER DOCUMENTS', url), creator='Microsoft® Word 2019', producer='Microsoft® Word 2019',
        pdfdate="D:20261119102214+00'00'", accent=(0.05, 0.35, 0.3),
        footer='Kilbride Build Group Ltd · Registered in Ireland No. 684213 · VAT IE3841267WH')
    bnd_m, bnd_a = '----=_Part_%d_%d.%d' % (r.randrange(10 ** 6), r.randrange(10 ** 8), r.randrange(10 ** 12)), \
        '----=_Part_%d_%d.%d' % (r.randrange(10 ** 6), r.randrange(10 ** 8), r.randrange(10 ** 12))
    body_obj = Multipart('mixed', [
        Multipart('alternative', [text(body, 'plain', 'UTF-8', 'quoted-printable', ctype_value='text/plain; charset=UTF-8'),
                                  text(html, 'html', 'UTF-8', 'quoted-printable', ctype_value='text/html; charset=UTF-8')], bnd_a),
        attachment(pdfdata, 'RFQ_KBG-2611_Fire_Protection.pdf', 'application/pdf', 'generic', r)], bnd_m)
    hdrs, conn, tmx, dkb = sy.zoho(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', dom), dkim=[('pass', dom, 'zmail', 2048, dkb)],
                                         dmarc=('pass', 'none', dom)), body_obj)
    m.fact('urls', url)
    m.fact('phones', '+353 1 485 7720')
    m.what = 'Fake tender: RFQ for a Dublin data-centre fire protection package from an unknown contractor; the PDF has an "ACCESS TENDER DOCUMENTS" button to a fake ShareFile portal asking for the company e-mail login.'
    m.why = 'Unsolicited RFQ from a freshly registered domain on Zoho Mail; the real lure is in the PDF (link to sharefile-secure.com, not sharefile.com), asking to sign in with the company account; tailored to the trade (IG-541, VESDA, pre-action).'


# ---------------------------------------------------------------------------
@scenario('attack', '13-en-helpdesk-quick-assist.eml')
def a13(m):
    r = m.rng
    sarah = S('Mitchell')
    tenant = 'examplegroupit.onmicrosoft.com'
    m.frm = ('Example Group IT Service Desk', 'servicedesk@' + tenant)
    m.to = [sarah]
    m.rcpt = [sarah[1]]
    m.mail_from = m.frm[1]
    m.subject = 'Action required: mailbox protection update after today\'s spam incident [INC0048213]'
    m.date = T(2026, 11, 24, 13, 41, 7, 'GMT')
    m.date_zone = 'UTC'
    m.accept_language, m.content_language = 'en-US', 'en-US'
    body = ('Hi Sarah,\n\nYou may have noticed a large number of newsletter and sign-up confirmation e-mails in your inbox since this '
            'morning. This is part of a spam attack currently affecting several Example Group mailboxes.\n\n'
            'Our security team is rolling out a filter update to all affected accounts. A Service Desk technician will contact you '
            '**via Microsoft Teams within the next 30 minutes** (chat name "Example Group Help Desk").\n\n'
            'Please accept the chat request and follow the technician\'s instructions. The update takes about 5 minutes: you will be '
            'asked to start Quick Assist (press Ctrl + Windows + Q) and read out the 6-digit security code so the technician can '
            'apply the filter.\n\nPlease do not restart your computer or log off until the update has been completed.\n\n'
            'Thank you for your cooperation,\n\nExample Group IT Service Desk\nTicket: INC0048213 | Priority: High\n')
    plain = kit.to_plain(body)
    html = kit.owa_html(body)
    region = 'NAM'
    bnd = kit.boundary(r, 'outlook_m365', sy.m365_hosts(m, region)[0][1])
    body_obj = Multipart('alternative', [text(plain, 'plain', 'us-ascii', 'quoted-printable'),
                                         text(html, 'html', 'us-ascii', 'quoted-printable')], bnd)
    hdrs, conn, tmx, dkb = sy.m365_transport(m, m.date, region=region, lang='en', dkim_domain=tenant,
                                            dkim_selector='selector1-examplegroupit-onmicrosoft-com', tenant_domain=tenant)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', tenant), dkim=[('pass', tenant, 'selector1-examplegroupit-onmicrosoft-com', 2048, dkb)],
                                         dmarc=('pass', 'none', tenant)), body_obj)
    m.fact('other', 'Quick Assist pretext, ticket INC0048213, sender tenant examplegroupit.onmicrosoft.com')
    m.what = 'Help-desk pretext after e-mail bombing: "IT Service Desk" from an attacker-owned onmicrosoft.com tenant announces a Teams call and asks the user to start Quick Assist and read out the code.'
    m.why = 'Real IT writes from example.com via the internal relay (see business/12, which says IT never asks for Quick Assist codes); external onmicrosoft.com tenant named after the company; remote-access handover is the goal (Black Basta / Storm-1811 pattern).'


# ---------------------------------------------------------------------------
@scenario('attack', '14-en-sextortion-bitcoin.eml')
def a14(m):
    r = m.rng
    david = S('Clarke')
    m.frm = (None, david[1])
    m.to = [(None, david[1])]
    m.rcpt = [david[1]]
    m.mail_from = david[1]
    m.subject = 'Your account was compromised. Payment required within 48 hours.'
    m.date = T(2026, 12, 8, 3, 14, 55, 'GMT')
    m.date_zone = 'UTC'
    m.msgid = '%s$%s@example.com' % (r.hex(12), r.hex(6))
    wallet = ids.bech32_address(r.bytes_(20))
    body = ('Hello!\n\nI have to share bad news with you.\nApproximately a few months ago I have gained access to your devices, which '
            'you use for internet browsing.\nAfter that, I have started tracking your internet activities.\n\n'
            'Here is the sequence of events:\nSome time ago I have purchased access to email accounts from hackers (nowadays, it is '
            'quite simple to purchase such thing online).\nObviously, I have managed to log in to your email account '
            '(%s) with ease.\n\nOne week later, I have installed Trojan virus to Operating Systems of all devices that you use to '
            'access your email.\nIn fact, it was not really hard at all (since you were following the links from your inbox emails).\n'
            'All ingenious is simple. =)\n\nThis software provides me with access to all controllers of your devices (e.g., your '
            'microphone, video camera and keyboard).\nI have downloaded all your information, data, photos, web browsing history to my '
            'servers.\nI have access to all your messengers, social networks, emails, chat history and contacts list.\n\n'
            'My virus continuously refreshes the signatures (it is driver-based), and hence remains invisible for antivirus software.\n\n'
            'Likewise, I guess by now you understand why I have stayed undetected until this letter...\n\n'
            'I have made a video showing you in an intimate moment on the left side of the screen, while the right side shows the '
            'video you were watching at that moment.\nWith one click of my mouse, I can send this video to all your emails and '
            'contacts on social networks.\n\nIf you want to prevent this, transfer the amount of 1650 USD to my bitcoin address '
            '(if you do not know how to do this, write to Google: "Buy Bitcoin").\n\nMy bitcoin address (BTC Wallet) is:  %s\n\n'
            'After receiving the payment, I will delete the video and you will never hear from me again.\nI give you 48 hours '
            '(2 days) to pay.\nI have a notice reading this letter, and the timer will work when you see this letter.\n\n'
            'Filing a complaint somewhere does not make sense because this email cannot be tracked like my bitcoin address.\n'
            'I do not make any mistakes.\n\nIf I find that you have shared this message with someone else, the video will be '
            'immediately distributed.\n\nBest regards!\n') % (david[1], wallet)
    body_obj = text(body, 'plain', 'utf-8', 'base64', ctype_value='text/plain; charset="utf-8"')
    ip = '177.93.%d.%d' % (r.randrange(100, 130), r.randrange(2, 250))
    hdrs = [('Date', mime.rfcdate(m.date, 'MSK')), ('From', david[1]), ('To', david[1]),
            ('Subject', m.subject), ('Message-ID', '<%s>' % m.msgid), ('MIME-Version', '1.0'), ('<MIME>', None),
            ('X-Priority', '3'), ('X-MSMail-Priority', 'Normal'), ('Importance', 'Normal'), ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512')]
    m.finish(hdrs, ('example.com', None, ip), plus(m.date, 9),
             auth(spf=('fail', 'example.com'), dkim=[], dmarc=('fail', 'quarantine', 'example.com')), body_obj)
    m.fact('wallets', wallet)
    m.fact('other', 'demand USD 1650')
    m.what = 'Sextortion: claims malware on the victim\'s devices and an intimate video, demands 1650 USD in bitcoin within 48 hours; From/To spoof the victim\'s own address.'
    m.why = 'Spoofed own address from a botnet host (HELO example.com, no reverse DNS, SPF and DMARC fail), Outlook Express X-Mailer, template text with a bech32 wallet; extortion with no basis.'


# ---------------------------------------------------------------------------
@scenario('attack', '15-en-advance-fee-fire-service-contract.eml')
def a15(m):
    r = m.rng
    kai = S('Janßen')
    m.frm = ('Dr. Kwame Asante-Mensah', 'k.asantemensah@consultant.com')
    m.reply_to = ('Dr. Kwame Asante-Mensah', 'gnfs.procurement.unit@gmail.com')
    m.to = [kai]
    m.rcpt = [kai[1]]
    m.mail_from = m.frm[1]
    m.subject = 'Partnership Proposal - Supply of Fire Fighting Equipment (GNFS/PROC/2026/114)'
    m.date = T(2026, 10, 22, 14, 2, 30)
    m.date_zone = 'UTC'
    body = ('Dear Sir,\n\nI am Dr. Kwame Asante-Mensah, Deputy Director of Procurement at the Ghana National Fire Service (GNFS), '
            'Accra. I got your company contact from the exhibitors list of INTERSCHUTZ and I write to seek your cooperation in a '
            'transaction of mutual benefit.\n\nIn the 2026 budget the Ministry of the Interior approved the sum of USD 4,200,000.00 '
            '(Four Million Two Hundred Thousand United States Dollars) for the supply of fire fighting equipment (fire tenders spare '
            'parts, breathing apparatus, foam concentrate and portable extinguishers). The contract was executed by a local supplier, '
            'however the contract sum was over-invoiced by USD 1,850,000.00, which is now floating in the suspense account of the '
            'Bank of Ghana.\n\nMy colleagues and I are looking for a reputable foreign fire protection company to present as the '
            'beneficiary of this balance as a "foreign consultancy and technical support payment". Your company will receive 30% of '
            'the sum for its role, 65% will be for me and my colleagues and 5% will cover expenses. The transaction is 100% risk '
            'free and will be concluded within 14 working days.\n\nIf you are interested, kindly send me the following by reply:\n'
            '1. Full company name and address\n2. Name and direct telephone number of the managing director\n3. Company bank name '
            'and account details for the transfer\n4. Scanned copy of a company letterhead\n\nPlease treat this matter with the '
            'utmost confidentiality. Kindly reply to my private email gnfs.procurement.unit@gmail.com.\n\nYours faithfully,\n'
            'Dr. Kwame Asante-Mensah\nDeputy Director (Procurement)\nGhana National Fire Service\nTel: +233 24 718 3390\n')
    body_obj = text(body, 'plain', 'UTF-8', 'quoted-printable', ctype_value='text/plain; charset=UTF-8')
    hdrs, conn, tmx, dkb, dom, sel = sy.gmx(m, m.date, brand='mailcom', client_ip='154.160.%d.%d' % (r.randrange(255), r.randrange(2, 250)))
    hdrs = [h for h in hdrs]
    hdrs.insert([i for i, h in enumerate(hdrs) if h[0] == 'To'][0], ('Reply-To', m.reply_to_hdr()))
    m.finish(hdrs, conn, plus(tmx, 3), auth(spf=('pass', 'consultant.com'), dkim=[('pass', dom, sel, 2048, dkb)],
                                         dmarc=('pass', 'none', 'consultant.com')), body_obj)
    m.fact('phones', '+233 24 718 3390')
    m.what = 'Advance-fee (419) fraud: "Deputy Director of Procurement, Ghana National Fire Service" offers 30% of an over-invoiced USD 1.85 m if the company acts as beneficiary; asks for bank details and letterhead.'
    m.why = 'Classic 419 template tailored to the trade (INTERSCHUTZ exhibitors list); mail.com free-mail sender with Reply-To to another free-mail address; asks for account details, letterhead and confidentiality; later stages demand fees.'


# ---------------------------------------------------------------------------
@scenario('attack', '16-en-gift-cards-ceo-lookalike.eml')
def a16(m):
    r = m.rng
    sarah = S('Mitchell')
    dom = 'examplegroup-eu.com'
    m.frm = ('Thomas Wegener', 'thomas.wegener@' + dom)
    m.to = [sarah]
    m.rcpt = [sarah[1]]
    m.mail_from = m.frm[1]
    m.subject = 'Quick task'
    m.date = T(2026, 12, 15, 14, 5, 40, 'GMT')
    m.date_zone = 'GMT'
    m.msgid = '%d.%d.%d@privateemail.com' % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 6), int(m.date.timestamp()) * 1000 + 217)
    m.x_mailer = 'Open-Xchange Mailer v7.10.6-Rev71'
    body = ('Hi Sarah,\n\nAre you at the office this afternoon? I need you to take care of something for me discreetly.\n\n'
            'I want to surprise some of our key clients in the UK and the site teams with gift cards before Christmas. Could you '
            'please purchase 10 Apple gift cards of GBP 200 each (2,000 in total)? You can get them at Tesco or Argos, or online.\n\n'
            'Once you have them, scratch off the back, take clear pictures of each card showing the code and send them to me by '
            'email. Please keep this between us for now, it is meant to be a surprise.\n\nI am in back-to-back meetings with the '
            'bank this afternoon so I cannot take calls, just reply here. Keep the receipt, you will be reimbursed today via '
            'expenses.\n\nThanks a lot,\nThomas\n\nSent from Outlook for iOS\n')
    html = ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n'
            + ''.join('  <div class="default-style">\n   %s\n  </div>\n' % (kit._html.escape(l) if l else '&nbsp;') for l in body.rstrip('\n').split('\n'))
            + ' </body>\n</html>\n')
    bnd = '----=_Part_%d_%d.%d' % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13))
    body_obj = Multipart('alternative', [text(body, 'plain', 'UTF-8', '7bit', ctype_value='text/plain; charset=UTF-8'),
                                         text(html, 'html', 'UTF-8', '7bit', ctype_value='text/html; charset=UTF-8')], bnd)
    m.client_extra = [('X-Priority', '3'), ('Importance', 'Normal'), ('X-Mailer', m.x_mailer)]
    hdrs, conn, tmx, dkb = sy.privateemail(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', dom), dkim=[('pass', dom, 'default', 2048, dkb)],
                                         dmarc=('none', None, dom)), body_obj)
    m.fact('other', '10 x GBP 200 Apple gift cards')
    m.what = 'Gift-card scam: "Thomas Wegener" (CEO) asks the UK office manager to buy 10 Apple gift cards of GBP 200 and send photos of the codes.'
    m.why = 'Look-alike domain examplegroup-eu.com on Namecheap Private Email (Open-Xchange), secrecy, no calls, codes by e-mail, fake "Sent from Outlook for iOS" footer. The real Christmas voucher process is announced internally (business/15).'
