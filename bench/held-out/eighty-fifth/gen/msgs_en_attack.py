"""English attack messages (09-16)."""
from common import *  # noqa
from banking import gb_iban, lt_iban, spaced, btc_bech32
from providers import mailgun, ses, M365, vps_postfix
from routes import Gmail, Sender, Webmail, hop_exim_auth, ORDER_PHP
from util import rfcdate, ALNUM

MESSAGES = []

# ------------------------------------------------------------------ 09 fake DocuSign
u09 = 'http://email.mg.docusign-envelope.net/c/eJwVjMEOgjAQRH-l6RlCtxZaehQ1MTHxwAcQpF2gERfTrjHx7y2Xyby8ZH4yEUWYHC9Uc2i4njy3OBRrSm89fbqlOi1tKN2NDEYIv1UNHyOLE8QZfmU61BLnX47CQl2eF0d'
t09 = """Nordkap Seafood AS sent you a document to review and sign.

Ingrid Solberg
ingrid.solberg@nordkap-seafood.no

Please review and sign: Supply Agreement 2027 - Nordkap Seafood AS / Example Group GmbH (final, incl. price annex Q1)

REVIEW DOCUMENT
{u}

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.""".format(u=u09)
h09 = h_notice('UTF-8', 'Please review and sign your document', [
    'Nordkap Seafood AS sent you a document to review and sign.',
    '<b>Ingrid Solberg</b><br><a href="mailto:ingrid.solberg@nordkap-seafood.no">ingrid.solberg@nordkap-seafood.no</a>',
    'Supply Agreement 2027 - Nordkap Seafood AS / Example Group GmbH (final, incl. price annex Q1)'],
    button=('REVIEW DOCUMENT', u09), color='#1e4ca1', brand='<span style="color:#1e4ca1">Docusign</span>',
    logo_alt='Docusign',
    footer='<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>'
           '<b>About Docusign</b><br>Sign documents electronically in just minutes. It\'s safe, secure, and legally binding.')
MESSAGES.append(dict(
    slug='docusign-fake-supply-agreement',
    frm=('Nordkap Seafood AS via Docusign', 'dse@eumail.docusign-envelope.net'),
    reply_to=('Ingrid Solberg', 'ingrid.solberg@nordkap-seafood.no'),
    to=[S['proc']], subject='Complete with Docusign: Supply Agreement 2027 - Nordkap Seafood AS / Example Group GmbH',
    date='2026-11-04 14:27:51', zone='NO', date_zone='UTC',
    via=mailgun('mg.docusign-envelope.net'),
    body=alt(Text(t09, 'UTF-8', 'quoted-printable'), Text(h09, 'UTF-8', 'quoted-printable', 'html')),
    what='Fake DocuSign envelope naming the real Nordkap contact and a real ongoing contract; the "Review document" button goes through Mailgun click tracking to a credential page.',
    why='Sender domain docusign-envelope.net is not DocuSign (docusign.net/docusign.com), sent via Mailgun, link does not point to docusign.net, piggybacks on publicly known business relationship.',
    tech=['brand impersonation: DocuSign', 'credential phishing: Microsoft 365', 'bulk ESP abuse (Mailgun)', 'look-alike domain'],
))

# ------------------------------------------------------------------ 10 voicemail SVG from compromised small business
u10 = 'https://brightwater-voicemail.sharepoint-docs.cloud/vm/?id=0047&u=ZW1tYS5jbGFya2VAZXhhbXBsZS5jb20='
svg10 = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="620" height="300" viewBox="0 0 620 300">\n'
         '<rect width="620" height="300" fill="#f3f2f1"/>\n'
         '<rect x="0" y="0" width="620" height="56" fill="#5b5fc7"/>\n'
         '<text x="24" y="36" font-family="Segoe UI, Arial, sans-serif" font-size="20" fill="#ffffff">Microsoft Teams &#183; Voicemail</text>\n'
         '<text x="24" y="104" font-family="Segoe UI, Arial, sans-serif" font-size="22" fill="#201f1e">You received a new voice message</text>\n'
         '<text x="24" y="140" font-family="Segoe UI, Arial, sans-serif" font-size="15" fill="#484644">From: +44 1472 *** 219   Duration: 00:47   Received: Sat 31 Oct 2026 16:12</text>\n'
         '<text x="24" y="166" font-family="Segoe UI, Arial, sans-serif" font-size="15" fill="#484644">Transcription preview: "Hi Emma, it\'s about the remittance for the October haddock ..."</text>\n'
         '<a xlink:href="%s" href="%s" target="_blank">\n'
         '<rect x="24" y="196" width="230" height="46" rx="4" fill="#5b5fc7"/>\n'
         '<text x="52" y="225" font-family="Segoe UI, Arial, sans-serif" font-size="16" fill="#ffffff">&#9654; Play voice message</text>\n'
         '</a>\n'
         '<text x="24" y="278" font-family="Segoe UI, Arial, sans-serif" font-size="11" fill="#605e5c">Sign in with your work account to listen. Message will be deleted after 7 days.</text>\n'
         '</svg>\n') % (u10, u10)
t10 = """You have received a new voice message.

From: +44 1472 *** 219
Duration: 00:47
Received: Sat 31 Oct 2026 16:12

Open the attached message to listen.

Brightwater Plumbing & Heating Ltd
Unit 4, Wickham Road, Grimsby DN31 3SL"""
MESSAGES.append(dict(
    slug='voicemail-svg-compromised-sender',
    frm=('Voicemail Service', 'office@brightwaterplumbing.co.uk'),
    to=[S['acc_uk']], subject='Voicemail from +44 1472 *** 219 (00:47) - Sat 31 Oct',
    date='2026-11-01 09:12:03', zone='UK',
    via=Webmail(('server121.krystal-host.uk', 'server121.krystal-host.uk', '77.72.1.121'),
                [hop_exim_auth('82.132.219.17', '[192.168.0.14]', 'server121.krystal-host.uk', 'UK')],
                lambda c: '<%s@brightwaterplumbing.co.uk>' % c.hx('m', 32),
                mailer=('X-Mailer', 'Microsoft Outlook 16.0'), order=ORDER_PHP, ctstyle='outlook',
                hdr_cs='us-ascii', hdr_enc='Q',
                extra=[('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
                       ('X-AntiAbuse', 'Primary Hostname - server121.krystal-host.uk'),
                       ('X-AntiAbuse', 'Sender Address Domain - brightwaterplumbing.co.uk'),
                       ('X-Get-Message-Sender-Via', 'server121.krystal-host.uk: authenticated_id: office@brightwaterplumbing.co.uk'),
                       ('X-Authenticated-Sender', 'server121.krystal-host.uk: office@brightwaterplumbing.co.uk')]),
    body=mixed(Text(t10, 'us-ascii', '7bit'),
               Att('VM_0047s_+441472xxx219.svg', 'image/svg+xml', svg10.encode('utf-8'))),
    what='"Voicemail" notification with an SVG attachment styled as a Teams voicemail; the play button links to a fake Microsoft 365 sign-in, sent from a compromised local plumbing firm\'s mailbox.',
    why='SVG image used as a clickable lure (link with the victim\'s address encoded), unrelated compromised small-business sender, Teams never delivers voicemail as SVG from third parties.',
    tech=['SVG attachment', 'credential phishing: Microsoft 365', 'compromised small-business mailbox'],
))

# ------------------------------------------------------------------ 11 device code phishing
t11 = """Dear Supplier,

Northern Catering Partners has shortlisted Example Group UK Ltd for the second round of our tender

  NCP-2027-FZ-014 - Frozen whitefish (cod, haddock, pollock), UK & Ireland, 1 April 2027 - 31 March 2029
  Estimated volume: 1,850 t per annum across 46 contract catering sites

The round-two documents (specification, price schedule and draft framework agreement) are published in our secure bid room, which is protected with Microsoft Entra ID. To be granted access with your existing company account:

  1. Go to https://microsoft.com/devicelogin
  2. Enter the access code:  RQ4M7KXTW
  3. Sign in with your Example Group Microsoft 365 account and approve the prompt.

Please note the access code is only valid for 15 minutes. If it has expired, reply to this email and we will issue a new one. Clarification questions close on 20 November 2026 at 12:00 GMT.

Kind regards,

Hannah Price
Category Manager - Protein
Northern Catering Partners Ltd
Procurement | Leeds LS11 5QN"""
MESSAGES.append(dict(
    slug='tender-device-code-phishing',
    frm=('Hannah Price | Northern Catering Partners', 'hannah.price@northerncateringpartners.com'),
    to=[S['mgr_uk']], cc=[S['sales_uk']],
    subject='NCP-2027-FZ-014 Frozen whitefish - shortlisted, round 2 documents',
    date='2026-11-12 10:03:27', zone='UK',
    via=M365(region='EUR02', pod='LO4', prd='gbrprd02', lang='en-GB', hdr_cs='us-ascii', tenant='ncpltd', ipnet='40.107.80'),
    body=alt(Text(t11, 'us-ascii', '7bit'), Text(h_outlook(t11, 'us-ascii', 'EN-GB'), 'us-ascii', '7bit', 'html')),
    what='Device-code phishing: a "catering group" invites the UK office into a tender bid room and asks to enter a code at microsoft.com/devicelogin with the company account.',
    why='Entering a third-party device code hands the attacker OAuth tokens for the victim\'s Microsoft 365 account (Storm-2372 technique); legitimate tenders never need a device code; unknown customer, time-limited code.',
    tech=['device-code phishing (OAuth)', 'abused genuine service (Microsoft 365 tenant / microsoft.com/devicelogin)', 'tender / RFQ pretext'],
))

# ------------------------------------------------------------------ 12 callback phishing (TOAD)
t12 = """Hello,

Thank you for your purchase. Your annual subscription has been renewed successfully and the amount has been charged to the payment method on file.

Order number: INV-4471-2201
Product: Norton 360 Deluxe - 5 devices (24 months)
Amount: GBP 389.99
Payment date: 16 November 2026

If you did not authorise this renewal or wish to cancel and receive a full refund, please contact our billing department within 24 hours:

+44 20 3769 1184 (Mon-Sat 8:00-20:00)

Please keep your order number ready. The invoice is attached for your records.

Regards,
Billing Department"""
pdf12 = pdf([[('h', 'INVOICE'), '', ('t', [(0, 'Order number'), (150, 'INV-4471-2201')]),
              ('t', [(0, 'Date'), (150, '16 November 2026')]), ('t', [(0, 'Customer'), (150, 'emma.clarke@example.com')]), '',
              ('t', [(0, 'Norton 360 Deluxe - 5 devices (24 months)'), (400, 'GBP 389.99')]),
              ('t', [(0, 'Payment method'), (400, 'Auto-renewal')]), '',
              ('b', 'To cancel and request a refund call +44 20 3769 1184'),
              ('s', 'Refunds are only possible within 24 hours of the renewal date.')]],
            title='Invoice INV-4471-2201', author='Billing', producer='Skia/PDF m131', creator='Chromium')
MESSAGES.append(dict(
    slug='callback-renewal-invoice-toad',
    frm=('Billing Department', 'laurenmckay.billing2211@gmail.com'),
    to=[S['acc_uk']], subject='Your order INV-4471-2201 has been processed',
    date='2026-11-16 08:44:10', zone='UK',
    via=Gmail('lf1', 53),
    body=mixed(Text(t12, 'UTF-8', '7bit'), Att('INV-4471-2201.pdf', 'application/pdf', pdf12)),
    what='Callback phishing (TOAD): fake antivirus renewal "invoice" for 389.99 GBP asking to call a phone number to cancel; the call leads to remote-access/refund fraud.',
    why='Brand product billed from a random Gmail account, no link (only a phone number) to evade URL checks, 24-hour pressure, recipient never bought it.',
    tech=['callback phishing (TOAD)', 'free-mail sender (Gmail)'],
))

# ------------------------------------------------------------------ 13 Companies House identity verification
u13 = 'https://companieshouse-idv.uk/verify/director?company=09876543&ref=CH-IDV-77124'
t13 = """Companies House

Identity verification - action required

Company name: EXAMPLE GROUP UK LTD
Company number: 09876543
Director: James WHITAKER

From 18 November 2025 all directors and people with significant control must verify their identity with Companies House. Our records show that the identity of the director named above has not yet been verified.

Your company's confirmation statement is due on 27 November 2026. If the identity verification is not completed before this date, the statement cannot be filed and the company may be subject to enforcement action, including financial penalties.

Verify your identity now using GOV.UK One Login:
{u}

You will need your passport or photocard driving licence and the company authentication code.

Companies House
Crown Way, Cardiff, CF14 3UZ""".format(u=u13)
h13 = h_notice('UTF-8', 'Identity verification - action required', [
    'Company name: <b>EXAMPLE GROUP UK LTD</b><br>Company number: <b>09876543</b><br>Director: <b>James WHITAKER</b>',
    'From 18 November 2025 all directors and people with significant control must verify their identity with Companies House. Our records show that the identity of the director named above has not yet been verified.',
    'Your company\'s confirmation statement is due on <b>27 November 2026</b>. If the identity verification is not completed before this date, the statement cannot be filed and the company may be subject to enforcement action, including financial penalties.',
    'You will need your passport or photocard driving licence and the company authentication code.'],
    button=('Verify your identity', u13), color='#0b0c0c', brand='<span style="color:#0b0c0c">GOV.UK</span>',
    lang='en', footer='Companies House, Crown Way, Cardiff, CF14 3UZ')
MESSAGES.append(dict(
    slug='companies-house-idv-phishing',
    frm=('Companies House', 'noreply@companieshouse-idv.uk'),
    to=[S['mgr_uk']], subject='Action required: verify your identity - EXAMPLE GROUP UK LTD (09876543)',
    date='2026-11-18 07:31:40', zone='UK', date_zone='UTC',
    via=ses('eu-west-2'),
    body=alt(Text(t13, 'UTF-8', 'quoted-printable'), Text(h13, 'UTF-8', 'quoted-printable', 'html')),
    what='Regulator phishing exploiting the real UK Companies House identity-verification rollout: asks the director to verify via a fake GOV.UK One Login page (passport and company authentication code).',
    why='Look-alike domain companieshouse-idv.uk sent through Amazon SES; genuine GOV.UK mail comes from gov.uk / notifications.service.gov.uk and links to gov.uk; harvests ID documents and the company authentication code; penalty threat.',
    tech=['credential / identity phishing: regulator (Companies House, GOV.UK One Login)', 'bulk ESP abuse (Amazon SES)', 'look-alike domain'],
))

# ------------------------------------------------------------------ 14 thread hijack from compromised Nordkap mailbox
IBAN14 = gb_iban('CLRB', '040075', '64118207')
t14 = """Dear Sabine,

Thank you, well received. I have confirmed the January skrei quota for you internally.

One important point before you release the advance: our DNB accounts are temporarily restricted for incoming foreign payments while the bank completes its annual AML review of our export business, and payments received during this period are returned with a delay of several weeks. Our finance director has therefore asked that all EUR receipts this month are made to our collection account with our trade-finance partner in London:

Beneficiary: Nordkap Seafood AS c/o Arctic Trade Finance Ltd
IBAN: {iban}
BIC: CLRBGB22XXX
Reference: NK-PF-26-0934

The amount stays the same (EUR 64,368.00). Please send me the payment confirmation as soon as it is released so I can keep the quota on hold for you until 16:00.

I am at the processing plant in Finnsnes for the rest of the day with poor phone coverage, so email is best.

Best regards,
Ingrid

Ingrid Solberg
Sales Manager
Nordkap Seafood AS
Stakkevollvegen 45, 9010 Tromsø, Norway
+47 77 60 41 18

{q}""".format(iban=spaced(IBAN14), q=quote(outlook_reply_header(
    'en', 'Sabine Krüger <sabine.krueger@example.com>', 'Tuesday, 10 November 2026 09:02',
    'Ingrid Solberg <ingrid.solberg@nordkap-seafood.no>', 'Proforma NK-PF-26-0934 - skrei January') + """

Dear Ingrid,

Jürgen asked me to release the 30 % advance for contract NK-2026-118 today. Could you please confirm the proforma NK-PF-26-0934 is final?

Kind regards
Sabine Krüger
CFO, Example Group GmbH"""))
MESSAGES.append(dict(
    slug='nordkap-compromised-mailbox-payment-diversion',
    frm=('Ingrid Solberg', 'ingrid.solberg@nordkap-seafood.no'),
    reply_to=('Ingrid Solberg', 'ingrid.solberg@nordkap-seafood-as.com'),
    to=[S['cfo']], subject='RE: Proforma NK-PF-26-0934 - skrei January',
    date='2026-11-10 11:47:22', zone='NO',
    in_reply_to='<5c1e9a0b7f2d4e3a8b6c1d0e9f8a7b6c@HQ-EXCH01.ad.example.com>',
    via=M365(region='EUR05', pod='DB9', prd='eurprd05', lang='en-US', hdr_cs='iso-8859-1', tenant='nordkapseafood', ipnet='40.107.20'),
    body=alt(Text(t14, 'iso-8859-1', 'quoted-printable'), Text(h_outlook(t14, 'iso-8859-1', 'EN-US'), 'iso-8859-1', 'quoted-printable', 'html')),
    what='Thread hijack from the genuinely compromised mailbox of the Nordkap sales manager: replies in the real proforma thread and diverts the 64,368 EUR advance to a London "trade-finance" account.',
    why='Sent from Nordkap\'s real Microsoft 365 tenant but Reply-To points to look-alike nordkap-seafood-as.com; beneficiary "c/o" a third party in another country instead of DNB; AML-review excuse, same-day deadline, phone "not reachable".',
    tech=['thread hijack from compromised partner mailbox', 'BEC / payment diversion', 'Reply-To to look-alike domain'],
))

# ------------------------------------------------------------------ 15 extortion with bitcoin
btc = btc_bech32('extortion-15')
t15 = """Hello!

I am a professional programmer and I have been watching you for a few months now. You visited a website with adult content some time ago and your device was infected with my software through it. Since then I have had access to your camera, microphone, contacts and all your accounts. As proof I am writing to you from your own address.

I have recorded a video of you while you were watching these videos, combined with what you were watching on screen. With one click I can send this video to all your colleagues, clients and family.

You can prevent this. Send the equivalent of 1450 USD in Bitcoin to my wallet:

{btc}

(If you do not know how to buy Bitcoin, search "how to buy bitcoin" in Google. It is easy.)

You have 48 hours from the moment you open this email. I have a special pixel in this message and I know when you read it. After payment I will delete everything and you will never hear from me again. If I do not receive the payment, the video goes to everyone.

Do not reply to this email and do not try to contact the police, I will know it immediately.""".format(btc=btc)
MESSAGES.append(dict(
    slug='sextortion-bitcoin-spoofed-self',
    frm=('', 'james.whitaker@example.com'), to=[S['mgr_uk']],
    return_path='james.whitaker@example.com',
    subject='james.whitaker - your account is compromised. Payment required',
    date='2026-12-03 02:14:33', zone='UK',
    via=Webmail(('[14.241.226.88]', 'static.vnpt.vn', '14.241.226.88'), [],
                lambda c: '<%s@example.com>' % c.hx('m', 24, True), order=ORDER_PHP, tls=None,
                ctstyle='generic', hdr_cs='UTF-8', hdr_enc='B'),
    body=Text(t15, 'UTF-8', '7bit'),
    what='Sextortion/extortion spam: claims device compromise and a compromising video, demands 1,450 USD in Bitcoin (valid bech32 address), From forged as the recipient\'s own address.',
    why='Spoofed own address (internal sender from an external Vietnamese IP, no TLS, no hops), mass-template extortion, crypto wallet, 48-hour threat.',
    tech=['extortion / sextortion with Bitcoin', 'sender spoofing (own domain)'],
))

# ------------------------------------------------------------------ 16 gift cards
t16 = """Ryan,

Are you at your desk? I'm tied up in back-to-back meetings with the Hull buyers today and can't take calls.

I need a quick favour - I want to surprise six of our best customers with a thank-you before Christmas. Can you pick up Apple gift cards (6 x GBP 100) from Tesco or Sainsbury's on your lunch break? Keep it between us for now, it's meant to be a surprise.

Once you have them, scratch the backs and send me clear photos of the codes here so I can write the cards tonight. I'll sort the reimbursement with Emma tomorrow, just keep the receipt.

Thanks,
James

Sent from Outlook for iOS"""
MESSAGES.append(dict(
    slug='gift-card-md-impersonation',
    frm=('James Whitaker', 'j.whitaker.exampleuk@outlook.com'), to=[S['sales_uk']],
    subject='Quick favour',
    date='2026-12-08 11:06:52', zone='UK',
    via=M365(region='EUR02', pod='DU0', prd='eurp192', lang='en-GB', hdr_cs='us-ascii', tenant='outlook-consumer', consumer=True, ipnet='40.92.49'),
    body=alt(Text(t16, 'us-ascii', '7bit'), Text(h_outlook(t16, 'us-ascii', 'EN-GB'), 'us-ascii', 'quoted-printable', 'html')),
    what='Gift-card scam: the UK managing director\'s name on an outlook.com address asks a salesman to buy six 100 GBP Apple gift cards and send photos of the codes.',
    why='Executive name on consumer Outlook.com address, secrecy, cannot take calls, gift-card codes requested by photo - a classic gift-card BEC.',
    tech=['gift-card scam', 'free-mail display-name spoof (Outlook.com)', 'executive impersonation'],
))
