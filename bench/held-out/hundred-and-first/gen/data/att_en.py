# -*- coding: utf-8 -*-
from data.common import *


# ----------------------------------------------------------------- 09 -------
@message('attack', 9, 'en', 'ceo-gift-card-request',
         what='Gift-card scam: "Markus Brandstaetter" (CEO) asks the UK office manager from a Gmail address to buy eight £250 Amazon gift cards "for UK retail buyers" and send photos of the codes.',
         why='CEO name on an unknown Gmail account, urgency and secrecy ("keep it between us, it\'s a surprise"), gift cards as payment, request to photograph the codes, reimbursement promised via expenses. No legitimate business process buys customer gifts this way.')
def a09():
    rn, ra = S('uk_mgr')
    c = ctx('a09', '2026-11-19 09:26:33', 'CET', ra)
    frm = 'markus.brandstaetter.office@gmail.com'
    inf = gmail(c)
    text = """James,

Are you at your desk? I need a quick favour and I'm stuck in back-to-back meetings in Munich today.

We're closing the year with a few of our UK retail buyers and I want to send each of them a personal thank-you before the Christmas range goes live. Can you pick up 8 Amazon.co.uk gift cards at £250 each this morning? Physical cards from Tesco or WHSmith are fine.

Once you have them, scratch the back, take a clear photo of each code with the receipt and send them to me here. Priya will reimburse you through expenses, I'll let her know.

Please keep this between us for now, it's meant as a surprise and I don't want it to go round the office.

Thanks,
Markus

Sent from my iPhone
"""
    body = alt(c, Text(text, charset='UTF-8', cte='quoted-printable'), Text(html_gmail(text), 'html', 'UTF-8', 'quoted-printable'),
               boundary=inf.boundary())
    hs = [('MIME-Version', '1.0'),
          ('From', addr('Markus Brandstaetter', frm)),
          ('Date', rfc(c.t, 'CET')),
          ('Message-ID', inf.msgid),
          ('Subject', 'Quick favour'),
          ('To', addr(rn, ra))]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 10 -------
IBAN_10 = iban('GB', 'CLRB' + '040605' + '41889217')


@message('attack', 10, 'en', 'fake-lawyer-escrow-transfer',
         what='Fake lawyer, second stage of attack/01: "Jonathan Hale, Hale Whitmore LLP" sends the CFO escrow instructions for the confidential "Project Alpenblick" deposit (EUR 248,500) to a UK e-money account, with a PDF instruction letter.',
         why='Law-firm domain halewhitmore-llp.com registered for the fraud and hosted on a fresh Microsoft 365 tenant; follows the freemail CEO message (attack/01), invokes the CEO\'s authority, insists on confidentiality and same-day payment, and the "client account" is an e-money/clearing IBAN (GB, bank code CLRB) in the name of an escrow company, not of a regulated law firm.',
         att_note='PDF "escrow instruction letter" with IBAN ' + fmt_iban(IBAN_10))
def a10():
    rn, ra = S('cfo')
    c = ctx('a10', '2026-10-13 17:31:52', 'UK', ra)
    frm = 'j.hale@halewhitmore-llp.com'
    inf = m365(c, 'UK', zone='UK')
    text = """Dear Ms Köhler,

Further to Dr Brandstätter's instructions earlier today, I write in connection with Project Alpenblick. Our firm acts for Example Group eG in the proposed acquisition and has been instructed to hold the exclusivity deposit in escrow pending signing of the heads of terms.

As agreed between the parties, a refundable deposit of EUR 248,500.00 is to be received in our escrow client account no later than 12:00 CET tomorrow, 14 October 2026. Should the transaction not complete, the deposit will be returned in full within five business days.

Payment details:
Beneficiary: HW Escrow Services Ltd (client account)
IBAN: %s
BIC: CLRBGB22
Reference: ALPENBLICK-EXCL-1026

Please treat this matter as strictly private and confidential. The sellers are subject to a non-disclosure undertaking and any premature disclosure, including internally, may jeopardise the transaction. Dr Brandstätter has asked that all correspondence on this matter be directed to me only.

Our formal instruction letter is attached. I would be grateful if you could send me the SWIFT confirmation (MT103) as soon as the transfer has been released.

Kind regards,

Jonathan Hale
Partner, Corporate & M&A
Hale Whitmore LLP
60 Gresham Street, London EC2V 7BB
T +44 20 3807 2214

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Hale Whitmore LLP is a limited liability partnership registered in England and Wales.
""" % fmt_iban(IBAN_10)
    letter = pdf(c, [[(-14, 'HALE WHITMORE LLP'), (8, '60 Gresham Street, London EC2V 7BB'), (9, ''),
                      (10, 'Strictly private and confidential'), (10, ''),
                      (10, 'Ms Sabine Köhler, CFO, Example Group eG'), (10, '13 October 2026'), (10, ''),
                      (-11, 'Project Alpenblick - escrow instructions'), (10, ''),
                      (10, 'We confirm that we have been instructed to hold the exclusivity deposit of EUR 248,500.00'),
                      (10, 'in escrow on behalf of Example Group eG pending signature of the heads of terms.'), (10, ''),
                      (10, 'Beneficiary: HW Escrow Services Ltd (client account)'), (10, 'IBAN: ' + fmt_iban(IBAN_10)),
                      (10, 'BIC: CLRBGB22'), (10, 'Reference: ALPENBLICK-EXCL-1026'), (10, ''),
                      (10, 'Funds must be received by 12:00 CET on 14 October 2026.'), (10, ''),
                      (10, 'Jonathan Hale, Partner')]],
                 'Escrow instructions', 'Jonathan Hale', 'Microsoft Word', 'Microsoft: Print To PDF', zone='UK')
    b = inf.boundary()
    body = Multi('mixed', [alt(c, Text(text, charset='Windows-1252', cte='quoted-printable'),
                               Text(html_outlook(text, 'EN-GB', 'Aptos', 'Windows-1252'), 'html', 'Windows-1252', 'quoted-printable'),
                               boundary=b.replace('_000_', '_000_a')),
                           Bin(letter, 'application/pdf', 'HW_Escrow_Instruction_ALPENBLICK.pdf', size_param=True)], b.replace('_000_', '_004_'))
    hs = [('From', addr('Jonathan Hale', frm)),
          ('To', addr('Sabine Köhler', ra, 'iso-8859-1', 'Q')),
          ('Subject', 'Project Alpenblick - escrow instructions (strictly private & confidential)'),
          ('Thread-Topic', 'Project Alpenblick - escrow instructions (strictly private & confidential)'),
          ('Thread-Index', thread_index(c)),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid),
          ('Accept-Language', 'en-GB, en-US'),
          ('Content-Language', 'en-GB')]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 11 -------
@message('attack', 11, 'en', 'callback-paypal-invoice-abuse',
         what='Callback phishing (TOAD) through a genuine PayPal invoice: a fraudster\'s PayPal business account ("Billing Support Center") sends a £489.99 "Norton 360 renewal" invoice whose note tells the accountant to phone a London number to cancel.',
         why='Real PayPal infrastructure is abused: the invoice feature lets anyone send PayPal-branded mail. No Norton subscription exists; the note creates urgency (refund only within 24 h) and moves the victim to a phone call where remote-access software or a "refund" payment is requested. Merchant name and phone number are not Norton\'s.')
def a11():
    rn, ra = S('uk_acc')
    c = ctx('a11', '2026-11-02 14:06:20', 'UK', ra)
    frm = 'service@paypal.co.uk'
    inv = 'INV2-7KQ4-PZ9X-3MLB-XE2D'
    n = c.r.randint(220, 240)
    inf = Infra(('mx%d.slc.paypal.com' % (n % 4 + 1), 'mx%d.slc.paypal.com' % (n % 4 + 1), '173.0.84.%d' % n),
                [('Received', 'from ccg13mail0%d.ccg13.slc.paypalinc.com (ccg13mail0%d.ccg13.slc.paypalinc.com [10.73.16.%d])%s\tby mx%d.slc.paypal.com (Postfix) with ESMTP id %s%s\tfor <%s>; %s' % (
                    n % 7, n % 7, n - 200, NL, n % 4 + 1, postfix_qid(c), NL, ra, rfc(c.at(1), 'PT')))],
                '<%s.%d@ccg13mail0%d>' % (tok('a11', 13, '0123456789abcdef'), c.r.randint(10 ** 9, 2 * 10 ** 9), n % 7),
                [('X-Email-Type-Id', 'PPX000563'), ('X-XPT-XSL-Name', 'email_pimp/default/en_GB/invoice/InvoiceReceived.xsl'),
                 ('X-PP-Email-transmission-Id', c.uuid()), ('PP-Correlation-Id', tok('a11c', 13, '0123456789abcdef'))],
                tls='1.2', name='PayPal')
    link = 'https://www.paypal.com/invoice/p/#%s' % inv.replace('INV2-', '')
    note = ("Thank you for your purchase. Your Norton 360 Total Security for Business (10 devices, 1 year) has been renewed and "
            "£489.99 will be charged to your account on file within 24 hours. If you did not authorise this renewal or wish to "
            "cancel, please call our Billing Support Center immediately on +44 20 3868 4471 (24/7). Refund requests are only "
            "possible within 24 hours of the invoice date.")
    paras = ['Billing Support Center sent you an invoice for £489.99 GBP',
             '<b>Due on receipt</b>',
             '<b>Seller note to customer</b><br>' + mime.esc(note),
             'Invoice number: %s<br>Invoice date: 2 Nov 2026<br>Amount due: £489.99 GBP' % inv]
    footer = ('Don\'t recognise this invoice? Before paying, make sure you recognise this invoice. If you don\'t, report it.<br>'
              'Please don\'t reply to this email. To get in touch with us, click Help &amp; Contact.<br>'
              'PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg')
    html = brand_html('', paras, 'View and Pay Invoice', link, footer, color='#0070e0', logo_text='PayPal', lang='en')
    text = ("Billing Support Center sent you an invoice for £489.99 GBP\n\nDue on receipt\n\nSeller note to customer\n%s\n\n"
            "Invoice number: %s\nAmount due: £489.99 GBP\n\nView and Pay Invoice\n%s\n\n"
            "Don't recognise this invoice? Before paying, make sure you recognise this invoice. If you don't, report it.\n"
            "PayPal (Europe) S.à r.l. et Cie, S.C.A.\n" % (note, inv, link))
    body = Multi('alternative', [Text(text, charset='UTF-8', cte='base64'), Text(html, 'html', 'UTF-8', 'base64')],
                 '--==_mimepart_%s_%s' % (tok('a11b', 13, '0123456789abcdef'), c.digits(6)))
    hs = [('Date', rfc(c.t, 'PT')),
          ('From', '"PayPal" <%s>' % frm),
          ('To', ra),
          ('Message-ID', inf.msgid),
          ('Subject', htext('Invoice from Billing Support Center (%s) – £489.99 GBP' % inv, 'UTF-8', 'Q')),
          ('Mime-Version', '1.0')]
    return assemble(c, inf, hs, body, 'service@paypal.co.uk', mime_pos=6)


# ----------------------------------------------------------------- 12 -------
@message('attack', 12, 'en', 'device-code-phish-compromised-customer',
         what='Device-code phishing from the genuinely compromised mailbox of the UK retail buyer (Harrington Fine Foods): in the real Christmas-range thread she asks the export manager to "join a secure Teams session" by entering a code at microsoft.com/devicelogin.',
         why='Microsoft\'s real device-login page is used, but the code was generated by the attacker: entering it and signing in hands the attacker OAuth tokens for the victim\'s account (Storm-2372 style). Legitimate Teams invitations contain a join link, never a device code (compare business/12); 15-minute validity forces haste. Sent from the customer\'s real Exchange Online tenant.')
def a12():
    rn, ra = S('export')
    c = ctx('a12', '2026-11-24 15:12:09', 'UK', ra)
    frm = 's.collins@harringtonfinefoods.co.uk'
    inf = m365(c, 'UK', zone='UK')
    prev = '<LO2P265MB%04d%s@LO2P265MB%04d.GBRP265.PROD.OUTLOOK.COM>' % (5521, tok('a12p', 32, '0123456789ABCDEF'), 5521)
    prev2 = '<%s@example.com>' % tok('a12q', 32, '0123456789abcdef')
    text = """Hi Katrin,

As discussed, our buying director would like to go through the revised Bergkäse allocation and the January price file with you before Friday.

To keep the pricing confidential we now run supplier calls through our Microsoft-verified secure meeting service. To join:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: GQHT2XNLM
3. Sign in with your Example Group account to confirm your identity

The code is only valid for 15 minutes, so please join as soon as you can - I'll wait in the session.

Many thanks,
Sarah

Sarah Collins
Senior Buyer - Cheese & Deli
Harrington Fine Foods Ltd
Unit 7, Brunswick Park, Leeds LS10 1QF
M +44 7700 913 482

________________________________
From: Müller, Katrin <katrin.mueller@examplegroup.eu>
Sent: 23 November 2026 16:48
To: Sarah Collins <s.collins@harringtonfinefoods.co.uk>
Subject: RE: Christmas range 2026 - Allgäuer Bergkäse allocation

Hi Sarah,

thanks for the forecast. We can confirm 14 pallets of Bergkäse 12 months for week 49 and another 10 for week 50. The revised price file for January follows later this week.

Best regards
Katrin
"""
    html = html_owa(text, 'utf-8')
    body = alt(c, Text(text, charset='utf-8', cte='quoted-printable'), Text(html, 'html', 'utf-8', 'quoted-printable'),
               boundary=inf.boundary())
    hs = [('From', 'Sarah Collins <%s>' % frm),
          ('To', addr('Müller, Katrin', ra, 'iso-8859-1', 'Q', quote=True)),
          ('Subject', htext('RE: Christmas range 2026 - Allgäuer Bergkäse allocation', 'iso-8859-1', 'Q')),
          ('Thread-Topic', htext('Christmas range 2026 - Allgäuer Bergkäse allocation', 'iso-8859-1', 'Q')),
          ('Thread-Index', thread_index(c, 2)),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid),
          ('References', '%s%s %s' % (prev, NL, prev2)),
          ('In-Reply-To', prev2),
          ('Accept-Language', 'en-GB, en-US'),
          ('Content-Language', 'en-GB')]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 13 -------
@message('attack', 13, 'en', 'ipaffs-ched-hold-credential-phish',
         what='Trade-specific customs phish: fake IPAFFS (UK import system for products of animal origin) notice says the CHED-P for a 21.5 t cheese consignment is on hold at the Sevington border control post and must be corrected within 24 h via a "Government Gateway" sign-in; sent through SendGrid.',
         why='Genuine IPAFFS notices come from GOV.UK Notify (no-reply@notifications.service.gov.uk, see business/13) and link to service.gov.uk; this one comes from ipaffs-notifications.co.uk via SendGrid with a click-tracking link to a look-alike host, threatens destruction of the consignment at the importer\'s cost, 24-hour deadline.')
def a13():
    rn, ra = S('uk_mgr')
    c = ctx('a13', '2026-12-02 06:18:45', 'UK', ra)
    inf = sendgrid(c)
    frm = 'no-reply@ipaffs-notifications.co.uk'
    target = 'https://import-products-animals-food-feed.gov-uk-service.com/ched/GBCHD2026.1187432/amend'
    url = 'https://u48213907.ct.sendgrid.net/ls/click?upn=u001.%s-2B%s' % (tok('a13u', 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), tok('a13v', 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'))
    paras = ['Dear importer,',
             'Your import notification <b>CHED-P GBCHD2026.1187432</b> has been placed <b>on hold</b> by the Border Control Post.',
             'Commodity: Cheese and curd (CN 0406 90) – 21,480 kg<br>Consignor: Example Group eG, Kempten, Germany<br>Border Control Post: Sevington Inland Border Facility (GBSEV4)<br>Reason: Health certificate reference does not match the certificate presented (IPAFFS error HC-117)',
             'To avoid rejection of the consignment and destruction or re-dispatch at the importer\'s cost, sign in with your Government Gateway account and upload the corrected certificate <b>within 24 hours</b>.']
    html = brand_html('Action required: CHED-P on hold', paras, 'Sign in to IPAFFS', url,
                      'Animal and Plant Health Agency · Department for Environment, Food &amp; Rural Affairs<br>Do not reply to this email.',
                      color='#00703c', logo_text='GOV.UK', lang='en', font='Arial, sans-serif')
    text = """GOV.UK

Action required: CHED-P on hold

Dear importer,

Your import notification CHED-P GBCHD2026.1187432 has been placed on hold by the Border Control Post.

Commodity: Cheese and curd (CN 0406 90) – 21,480 kg
Consignor: Example Group eG, Kempten, Germany
Border Control Post: Sevington Inland Border Facility (GBSEV4)
Reason: Health certificate reference does not match the certificate presented (IPAFFS error HC-117)

To avoid rejection of the consignment and destruction or re-dispatch at the importer's cost, sign in with your Government Gateway account and upload the corrected certificate within 24 hours:
%s

Animal and Plant Health Agency
Do not reply to this email.
""" % url
    body = Multi('alternative', [Text(text, charset='utf-8', cte='quoted-printable', quoted=False),
                                 Text(html, 'html', 'utf-8', 'quoted-printable', quoted=False)], inf.boundary())
    hs = [('Date', rfc(c.t, 'UTC')),
          ('From', addr('IPAFFS Notifications', frm)),
          ('Mime-Version', '1.0'),
          ('Message-ID', inf.msgid),
          ('Subject', 'Action required: CHED-P GBCHD2026.1187432 on hold at Sevington BCP'),
          ('Reply-To', frm),
          ('To', ra)]
    return assemble(c, inf, hs, body, 'bounces+48213907-%s-%s=example.com@em7731.ipaffs-notifications.co.uk' % (c.hex(4), ra.split('@')[0]), mime_pos=3)


# ----------------------------------------------------------------- 14 -------
@message('attack', 14, 'en', 'rfq-password-zip-malware',
         what='Malware delivery via password-protected archive: an "RFQ" for Emmental and Gouda (3 x 40\' reefer, CIF Jebel Ali) from the hijacked webmail of a Dubai trading company, with RFQ_GS-2026-1187.zip (ZipCrypto, password in the body) containing a .pdf.js file.',
         why='Encrypted ZIP with the password in the mail body is a standard way to evade attachment scanning; the archive holds a script disguised as a PDF (double extension; here an inert placeholder). Generic RFQ lure sent via Roundcube on a shared cPanel host from an IP unrelated to the company. Genuine RFQ with a plain PDF: business/14.',
         att_note='ZIP encrypted with ZipCrypto, password "GS2026"; contains `RFQ_GS-2026-1187_Specification.pdf.js` (one-line inert placeholder)')
def a14():
    rn, ra = S('export')
    c = ctx('a14', '2026-10-27 11:44:03', 'CET', ra)
    frm = 'purchase@gulfstar-trading.com'
    inf = postfix_submission(c, 'server.gulfstarhosting.net', '162.241.219.77', 'unknown', '102.89.40.156', frm,
                             client_helo='webmail.gulfstar-trading.com', msgid_style='roundcube', domain='gulfstar-trading.com')
    z = make_zip([('RFQ_GS-2026-1187_Specification.pdf.js', PLACEHOLDER, (2026, 10, 27, 9, 12, 40))], password='GS2026', seed='a14zip')
    text = """Dear Sir/Madam,

Good day.

We are a leading importer and distributor of dairy products in the UAE and GCC region, supplying hotels, catering and retail chains.

We are interested in your Emmental and Gouda and would like to receive your best offer for the following:

- Emmental 45% fat, blocks 3 kg, 1 x 40ft reefer
- Gouda young 48%, wheels 12 kg, 2 x 40ft reefer
- Delivery CIF Jebel Ali, January 2027

Please find attached our RFQ with the detailed specifications, packing and labelling requirements (Halal certification needed). The file is password protected for confidentiality.

Password: GS2026

Kindly send us your quotation, payment terms and lead time at your earliest convenience.

Best Regards,

Faisal Al-Harthy
Procurement Manager
Gulf Star General Trading LLC
Al Ras, Deira, Dubai - U.A.E.
Tel: +971 4 226 8841
"""
    b = '=_' + c.hex(32)
    body = Multi('mixed', [Text(text, charset='US-ASCII', cte='7bit', params='; format=flowed', quoted=False),
                           Bin(z, 'application/zip', 'RFQ_GS-2026-1187.zip', ct_name=True, sep=';' + NL + ' ')], b)
    hs = [('MIME-Version', '1.0'),
          ('Date', rfc(c.t, 'GST')),
          ('From', 'Faisal Al-Harthy <%s>' % frm),
          ('To', ra),
          ('Subject', 'RFQ - Emmental & Gouda 3 x 40ft reefer CIF Jebel Ali'),
          ('Organization', 'Gulf Star General Trading LLC'),
          ('Reply-To', 'faisal.alharthy.gst@gmail.com'),
          ('User-Agent', 'Roundcube Webmail/1.6.6'),
          ('Message-ID', inf.msgid),
          ('X-Sender', frm)]
    return assemble(c, inf, hs, body, frm, mime_pos=10)


# ----------------------------------------------------------------- 15 -------
@message('attack', 15, 'en', 'sharepoint-share-spoof-html-only',
         what='Spoofed SharePoint sharing notification: "Priya Raman shared \'Q3 VAT return - HMRC submission.xlsx\'" with a link to a host that only starts with the tenant\'s SharePoint name; single text/html part sent from a Hetzner server.',
         why='Impersonates an internal colleague and SharePoint, but comes from sharepointonline-docs.com on a Hetzner VPS; the link host examplegroup-my.sharepoint.com.docview-secure.com is a sub-domain trick on an attacker domain; genuine sharing mails come from Microsoft\'s infrastructure and link to *.sharepoint.com (compare business/15).')
def a15():
    rn, ra = S('uk_mgr')
    c = ctx('a15', '2026-10-29 10:04:37', 'UK', ra)
    frm = 'no-reply@sharepointonline-docs.com'
    inf = direct(c, 'mail.sharepointonline-docs.com', 'static.118.41.21.65.clients.your-server.de', '65.21.41.118',
                 msgid_style='python', domain='sharepointonline-docs.com')
    url = 'https://examplegroup-my.sharepoint.com.docview-secure.com/:x:/g/personal/priya_raman_example_com/EaR7kq2?e=%s&login_hint=%s' % (tok('a15', 6), ra)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#ffffff">
<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="font-family:'Segoe UI',Tahoma,sans-serif">
<tr><td style="padding:24px 32px 0 32px"><img alt="" width="40" height="40" style="border-radius:20px;background:#c239b3" src="https://res.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/48/xlsx.png"></td></tr>
<tr><td style="padding:12px 32px;font-size:21px;color:#242424">Priya Raman shared a file with you</td></tr>
<tr><td style="padding:0 32px 12px 32px;font-size:14px;color:#424242">Here's the file that Priya Raman shared with you. James, please review the figures before I file with HMRC on Friday - the input VAT on the Christmas stock looks too high.</td></tr>
<tr><td style="padding:12px 32px"><table cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0;border-radius:4px"><tr>
<td style="padding:12px 16px;font-size:15px;color:#242424">&#128196; Q3 VAT return - HMRC submission.xlsx</td></tr></table></td></tr>
<tr><td style="padding:12px 32px"><a href="%s" style="display:inline-block;background:#0f6cbd;color:#ffffff;padding:8px 20px;border-radius:4px;text-decoration:none;font-size:14px">Open</a></td></tr>
<tr><td style="padding:24px 32px;font-size:12px;color:#616161">This link only works for the direct recipients of this message.<br>
<img alt="Microsoft" width="70" src="https://res.cdn.office.net/assets/mail/file-type-icons/microsoft-logo.png"><br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>Privacy Statement</td></tr>
</table></body></html>
""" % url.replace('&', '&amp;')
    body = Text(html, 'html', 'utf-8', 'base64')
    hs = [
        ('Subject', 'Priya Raman shared "Q3 VAT return - HMRC submission" with you'),
        ('From', addr('Priya Raman (via SharePoint Online)', frm, quote=True)),
        ('To', ra),
        ('Date', rfc(c.t, 'UTC')),
        ('Message-ID', inf.msgid),
        ('X-MS-Exchange-Organization-SharingNotification', 'true')]
    return assemble(c, inf, hs, body, 'bounce-%s@sharepointonline-docs.com' % c.hex(8), mime_pos=0)


# ----------------------------------------------------------------- 16 -------
BTC_16 = bech32_p2wpkh(bytes.fromhex('c3a61f2e9b0d7e44a1f85c3b9e2d06f7a8b41c95'))


@message('attack', 16, 'en', 'sextortion-bitcoin-spoofed-self',
         what='Extortion (sextortion): the message claims the recipient\'s device and webcam were hacked and demands USD 1,450 in Bitcoin within 48 hours; From is forged as the recipient\'s own address, delivered directly from a compromised Brazilian broadband host.',
         why='Sender forged as the victim\'s own mailbox (no relation to the connecting host), unverifiable threats, countdown, payment to a Bitcoin address (valid bech32 %s). Mass-mailed template.' % BTC_16)
def a16():
    rn, ra = S('itsec')
    c = ctx('a16', '2026-12-08 03:17:51', 'CET', ra)
    ip = '177.104.61.213'
    inf = Infra(('[%s]' % ip, '177-104-61-213.dynamic.netvale.com.br', ip),
                [], '<%s@example.com>' % tok('a16', 26, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), tls=None, name='direct-to-MX bot')
    text = """Hello!

I have to share bad news with you.
Approximately a few months ago I have gained access to your devices, which you use for internet browsing. After that, I have started tracking your internet activities.

Here is the sequence of events:
Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase such thing online). Obviously, I have easily managed to log in to your email account (%s).

One week later, I have installed a Trojan virus on the operating systems of all the devices that you use to access your email. It was not hard at all, since you were following the links in your inbox emails. All ingenious is simple.

This software provides me with access to all the controllers of your devices (e.g., your microphone, video camera and keyboard). I have downloaded all your information, data, photos, web browsing history to my servers. I have access to all your messengers, social networks, emails, chat history and contacts list.

I have made a video showing you on the left side of the screen and the video you were watching on the right. With one click of my mouse, this video can be sent to all your emails and contacts on social networks, including your colleagues.

I think you do not want this to happen. Transfer USD 1450 in Bitcoin to my wallet:
%s

If you do not know how to do this, type "buy bitcoin" in Google. After receiving the payment, I will delete the video and you will never hear from me again. You have 48 hours (2 days) to pay. I have a notice reading this letter, and the timer will start when you open it.

Filing a complaint somewhere does not make sense because this email cannot be tracked like my bitcoin address. I do not make any mistakes.

If I find that you have shared this message with someone else, the video will be immediately distributed.

Best regards!
""" % (ra, BTC_16)
    body = Text(text, charset='windows-1252', cte='8bit', quoted=True)
    hs = [('From', '<%s>' % ra),
          ('To', ra),
          ('Subject', 'Your account is hacked! Renew the pswd!'),
          ('Date', rfc(c.t, 'BRT')),
          ('Message-ID', inf.msgid),
          ('MIME-Version', '1.0'),
          ('X-Priority', '3'),
          ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512')]
    return assemble(c, inf, hs, body, 'tmiwihdz@netvale.com.br', mime_pos=6)
