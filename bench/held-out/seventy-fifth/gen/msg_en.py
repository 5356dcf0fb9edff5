"""English messages: 8 attacks, 8 genuine."""
import files
import infra as I
from common import to_utc, hhex, huuid, hstr, hdigits, ALNUM, add
from company import st, BANK, TAX
from docs import invoice, letter
from ids import pretty
from lib import Msg, plain, html, alt, mixed, related, att, text_att, ics_part, quote_outlook, quote_gt

JH = st('juergen.hoefler')
SK = st('sabine.kraemer')
ME = st('markus.engel')
DR = st('daniel.roth')
AL = st('anja.lehmann')
LV = st('lukas.vogt')
OB = st('oliver.bennett')
PS = st('priya.shah')
KM = st('katrin.mueller-seidel')

KEVIN = ('Kevin Zhang', 'kevin.zhang@joyfultoys-dg.com')
EMMA = ('Emma Clarke', 'emma.clarke@brightwoodtoys.co.uk')
UKCO = 'EXAMPLE GROUP UK LIMITED'
UKNO = '11842376'


def attacks():
    out = []

    # ------------------------------------------------------------------ A09
    gb = BANK['a09_gb']
    prev = """Dear Kevin,

thanks for the updated PI. We confirm PO 4500021702 (ride-on tractors RT-200 and RT-350, 4,200 pcs in total, FOB Yantian). Please go ahead and book the production slot; our accounting will release the 30% deposit this week.

Best regards
Markus Engel
Procurement | Example Group GmbH"""
    src = """Dear Markus,

Thank you for your confirmation of PO 4500021702, well noted.

Kindly note that our company account at HSBC Hong Kong is under the bank's annual compliance review at the moment and cannot receive foreign currency until the review is finished (about 4-6 weeks). To avoid delay of the production schedule, please arrange the 30%% deposit USD 46,197.60 to our overseas collection account below:

Beneficiary: Joyful Toys Trading Ltd
Bank: ClearBank Ltd, London
IBAN: %s
SWIFT: CLRBGB22
Reference: PO 4500021702 deposit

Please send us the bank slip once the payment is done, then we can arrange the material purchase immediately. As you know the factory will be closed from mid-January for Chinese New Year, so the slot can only be kept until Friday.

Attached please find the official notice with our company chop for your file.

Best regards
Kevin Zhang
Sales Manager
Dongguan Joyful Toys Co., Ltd.
Tel: +86 769 8563 2217 | WeChat: kevin_joyfultoys""" % pretty(gb)
    src += quote_gt('On Mon, 19 Oct 2026 at 14:05, Markus Engel <markus.engel@example.com> wrote:', prev)
    t = to_utc('CN', 2026, 10, 22, 16, 31, 7)
    pdf = letter(['Dongguan Joyful Toys Co., Ltd.', 'No. 18 Xinan Road, Chang\'an Town, Dongguan, Guangdong, China'],
                 ['To: Example Group GmbH', 'Attn. Procurement / Accounts Payable'], 'Dongguan, 21 October 2026',
                 'NOTICE OF CHANGE OF BANK INFORMATION',
                 ['Dear valued customer,',
                  'Please be informed that with immediate effect all payments to Dongguan Joyful Toys Co., Ltd. shall be remitted to our overseas collection account held by our trading company:',
                  'Beneficiary: Joyful Toys Trading Ltd - Bank: ClearBank Ltd, London - IBAN: %s - SWIFT: CLRBGB22' % pretty(gb),
                  'Payments to our previous account at HSBC Hong Kong will be returned. We apologise for any inconvenience.'],
                 ['Yours faithfully,'], ['Finance Department', 'Dongguan Joyful Toys Co., Ltd. (company chop)'],
                 [], t, 'CN', 'WPS Office', 'WPS Office')
    out.append(Msg('attack', 'en', 'joyful-toys-bank-change-lookalike',
        what='Supplier bank-change BEC: "Kevin Zhang" of Dongguan Joyful Toys continues a real PO thread and redirects the USD 46,197.60 deposit to a UK account.',
        why='Look-alike domain joyfultoys-dg.co (real: joyfultoys-dg.com) on Zoho Mail; thread content stolen from an earlier compromise; new beneficiary name and country (UK instead of CN), deadline pressure, "send the bank slip". Compare genuine PI B09.',
        when=(2026, 10, 22, 16, 31, 7), zone='CN', infra=I.zoho('a09', 'joyfultoys-dg.co', '103.152.79.41', eu=False),
        frm=(KEVIN[0], 'kevin.zhang@joyfultoys-dg.co'), to=[ME],
        subject='Re: PO 4500021702 - deposit 30% / bank information update',
        in_reply_to='<0a9e1c7b5f3d4e21b8c6a4f2d0e9b7c5@EX01.ad.example.com>',
        references='<202610191131085617382@joyfultoys-dg.com> <0a9e1c7b5f3d4e21b8c6a4f2d0e9b7c5@EX01.ad.example.com>',
        body=mixed(alt(src, 'UTF-8', '7bit', style='simple', quote_cs=False),
                   att('application/pdf', 'Bank_Information_Notice_JoyfulToys.pdf', pdf, style='zoho')),
        hcs=('UTF-8', 'Q'), date_zone='CN'))

    # ------------------------------------------------------------------ A10
    link = 'https://find-and-update.companieshouse-filing.uk/company/%s/confirmation-statement?token=%s' % (UKNO, hhex('a10', 24))
    src = """Companies House

Company name: %s
Company number: %s

Our records show that the confirmation statement for the above company was due on 14 October 2026 and has not been received.

Failing to file a confirmation statement is a criminal offence. If the statement is not delivered within 14 days of this notice, the registrar may take action to strike the company off the register and the directors may be prosecuted.

To avoid further action, sign in to WebFiling and file the confirmation statement now. You will need your company authentication code.

[[!File confirmation statement|%s]]

If you have already filed, please ignore this message.

Companies House
Crown Way, Cardiff CF14 3UZ

This is an automated email, please do not reply.""" % (UKCO, UKNO, link)
    out.append(Msg('attack', 'en', 'companies-house-overdue-phish',
        what='Government impersonation: "Companies House" claims the UK subsidiary\'s confirmation statement is overdue and threatens strike-off; button to "WebFiling".',
        why='Sent by a PHP script on a compromised cPanel site, From domain companieshouse-filing.uk (real: company-information.service.gov.uk / notifications.service.gov.uk); link to a look-alike WebFiling page that asks for the company authentication code and credentials; criminal-offence threat. Compare genuine reminder B10.',
        when=(2026, 10, 26, 8, 44, 18), zone='UK',
        infra=I.cpanel_php('a10', 'cp14.swifthost-uk.net', '185.199.220.66', 'bakerybl', 'bramleybakery.co.uk',
                           'wp-includes/css/dist/edit.php', zone='UK'),
        frm=('Companies House', 'noreply@companieshouse-filing.uk'), to=[PS],
        subject='Action required: confirmation statement overdue - %s (%s)' % (UKCO, UKNO),
        body=alt(src, 'utf-8', 'quoted-printable', style='generic', accent='#00703c', title='Companies House', lang='en'),
        hcs=('utf-8', 'B')))

    # ------------------------------------------------------------------ A11
    env = huuid('a11env')
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, huuid('a11acct'), huuid('a11er'))
    src = """Ferretti Trasporti Accounts sent you a document to review and sign.

[[!REVIEW DOCUMENT|%s]]

Ferretti Trasporti Accounts
ferretti.trasporti.accounts@gmail.com

Dear Customer,
As part of the migration of Ferretti Trasporti S.p.A. to a new treasury platform, all payments from 1 December 2026 must be made to the account stated in the attached remittance form. Please review, complete the form with your accounts payable contact and sign it by 25 November. Invoices paid to the old account after this date cannot be allocated.
Kind regards,
Accounts Department - Ferretti Trasporti S.p.A.

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: %s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.""" % (link, hhex('a11code', 32, True))
    out.append(Msg('attack', 'en', 'docusign-abused-ferretti-remittance',
        what='Abused genuine service: a real Docusign envelope "Ferretti Trasporti Accounts" asks the CFO to sign a remittance form moving all carrier payments to a new account.',
        why='Technically genuine Docusign infrastructure, but the Docusign sender account is a Gmail address (ferretti.trasporti.accounts@gmail.com), not ferretti-trasporti.it; Ferretti normally writes in Italian via its own mail; bank-detail change via e-signature form with deadline - BEC through an abused legitimate platform. Compare B08 (genuine Docusign) and B17/B18 (genuine Ferretti).',
        when=(2026, 11, 19, 9, 3, 55), zone='DE', infra=I.docusign('a11'),
        frm=('Ferretti Trasporti Accounts via Docusign', 'dse@eumail.docusign.net'), to=[SK],
        reply_to=('Ferretti Trasporti Accounts', 'ferretti.trasporti.accounts@gmail.com'),
        subject='Complete with Docusign: Ferretti_Trasporti_Remittance_Update_2026.pdf',
        body=alt(src, 'utf-8', 'quoted-printable', style='generic', accent='#4c00ff', title='Docusign', lang='en'),
        hcs=('utf-8', 'B')))

    # ------------------------------------------------------------------ A12
    inv = 'INV2-%s-%s-%s-%s' % (hstr('a12a', 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), hstr('a12b', 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
                                hstr('a12c', 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), hstr('a12d', 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'))
    src = """NL Billing Services sent you an invoice

Amount due: £489.99 GBP
Due on receipt
Invoice number: %s

Seller note to customer:
Thank you for renewing Norton 360 Premium (10 devices, 3-year plan). The amount of £489.99 will be debited from your account within 24 hours. If you did NOT authorise this renewal or wish to cancel and receive a full refund, please call our billing department immediately on +44 20 7946 0738 (Mon-Sat, 8am-8pm). Cancellation is only possible by phone.

[[!View and Pay Invoice|https://www.paypal.com/invoice/p/#%s]]

Don't recognise this invoice? Don't pay it. Report it to PayPal.

Help & Contact | Security | Apps

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
Copyright © 1999-2026 PayPal. All rights reserved.
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449, Luxembourg""" % (inv, inv.replace('INV2-', '').replace('-', ''))
    out.append(Msg('attack', 'en', 'paypal-invoice-callback',
        what='Callback phishing (TOAD) through a genuine PayPal invoice: "Norton 360 renewal £489.99 – call to cancel".',
        why='Abuse of PayPal\'s real invoicing service (genuine PayPal infrastructure), merchant "NL Billing Services"; no such purchase; the seller note pushes the victim to phone a fake billing desk where remote-access/refund fraud follows. Compare genuine PayPal receipt B12.',
        when=(2026, 11, 5, 6, 58, 2), zone='UK', infra=I.paypal('a12'),
        frm=('service@paypal.co.uk', 'service@paypal.co.uk'), to=[PS],
        subject='Invoice from NL Billing Services (%s)' % inv,
        body=alt(src, 'UTF-8', 'quoted-printable', style='generic', accent='#003087', title='PayPal', lang='en',
                 quote_cs=False), hcs=('UTF-8', 'Q'), date_zone='PT'))

    # ------------------------------------------------------------------ A13
    link = 'https://brightwood-q1-forecast.pages.dev/s/Buying/EwQ7%s?e=%s' % (hstr('a13', 18, ALNUM), hstr('a13e', 6, ALNUM))
    src = """Emma Clarke shared a file with you

Hi,

Please find attached our Q1 2027 forecast and order plan for review ahead of our call. Let me know if you have any questions.

[[Brightwood Q1 2027 Forecast & Order Plan.xlsx|%s]]

[[!Open|%s]]

This link will work for anyone with access. Microsoft respects your privacy.

Kind regards,

Emma Clarke
Head of Buying
Brightwood Toys Ltd
Unit 4, Kirkstall Industrial Park, Leeds LS4 2AZ
T: +44 113 496 0521""" % (link, link)
    out.append(Msg('attack', 'en', 'brightwood-compromised-share',
        what='Fake OneDrive/SharePoint share "Brightwood Q1 2027 Forecast & Order Plan" sent from a customer\'s genuinely compromised mailbox.',
        why='Real Brightwood Microsoft 365 tenant (account takeover), but the mail is addressed to the sender herself with the victims in Bcc, and the "Open" button leads to a Cloudflare Pages site (pages.dev) imitating SharePoint to phish Microsoft 365 credentials (AiTM). Compare genuine SharePoint notification B13.',
        when=(2026, 11, 24, 15, 12, 40), zone='UK', infra=I.m365('a13', 'brightwoodtoys.co.uk', uk=True),
        frm=EMMA, to=[EMMA], rcpt=DR[1],
        subject='Emma Clarke shared "Brightwood Q1 2027 Forecast & Order Plan" with you',
        body=alt(src, 'us-ascii', '7bit', style='outlook', lang='en'), hcs=('us-ascii', 'Q'),
        content_lang='en-GB'))

    # ------------------------------------------------------------------ A14
    code = 'HQ8N4X2RK'
    src = """You have been invited to a confidential Microsoft Teams meeting.

Year-end audit - confidential pre-briefing with the auditors
Thursday, 3 December 2026, 10:00-10:45 (CET)
Organiser: Legal & Compliance, Example Group

Because sensitive audit documents are shared in this session, the meeting uses Microsoft's secure device sign-in. To join:

1. Go to [[https://microsoft.com/devicelogin|https://microsoft.com/devicelogin]]
2. Enter the code: **%s**
3. Sign in with your Example Group account and approve the request.

The meeting will then open automatically in Teams. The code is valid for 15 minutes after you open this message; if it has expired, reply to this email and we will send you a new one.

Please do not forward this invitation.

Microsoft Teams
Need help? | System reference""" % code
    out.append(Msg('attack', 'en', 'device-code-teams-pretext',
        what='Device-code phishing: fake "confidential Teams meeting" asks the CFO to enter a code at microsoft.com/devicelogin.',
        why='Sent from a fresh attacker Microsoft 365 tenant (examplegroup-legal.onmicrosoft.com) posing as internal Legal & Compliance; the real Microsoft device-login URL is used so that entering the attacker\'s code grants the attacker OAuth tokens for the victim\'s account (Storm-2372 technique); secrecy and short validity. Compare genuine Teams invite B14.',
        when=(2026, 12, 2, 9, 41, 6), zone='DE', infra=I.m365_onms('a14', 'examplegroup-legal.onmicrosoft.com'),
        frm=('Legal & Compliance | Example Group', 'compliance@examplegroup-legal.onmicrosoft.com'), to=[SK],
        subject='Confidential: Year-end audit pre-briefing (Teams) - please join with device code',
        body=alt(src, 'utf-8', 'base64', style='outlook', lang='en'), hcs=('utf-8', 'B'), content_lang='en-US'))

    # ------------------------------------------------------------------ A15
    tel = '+44 161 496 0382'
    url = 'https://vm-player.cloudpbx-notify.com/play?m=%s&u=%s' % (hhex('a15m', 20), hstr('a15u', 16, ALNUM))
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="160" viewBox="0 0 420 160">
  <rect width="420" height="160" rx="10" fill="#f3f6fa" stroke="#c9d3df"/>
  <text x="24" y="38" font-family="Segoe UI, Arial" font-size="16" fill="#1f2d3d" font-weight="bold">Voice Message</text>
  <text x="24" y="62" font-family="Segoe UI, Arial" font-size="13" fill="#4a5a6a">From: %s   Duration: 00:47</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="24" y="82" width="372" height="52" rx="26" fill="#0b6cff"/>
    <polygon points="52,94 52,122 76,108" fill="#ffffff"/>
    <text x="96" y="114" font-family="Segoe UI, Arial" font-size="15" fill="#ffffff">Play message (0:47)</text>
  </a>
</svg>
""" % (tel, url.replace('&', '&amp;'), url.replace('&', '&amp;'))
    src = """You have received a new voice message.

From: %s
Received: 11/11/2026 10:12 GMT
Duration: 00:47
Mailbox: %s

The message is attached. Open the attachment in your browser to listen.

Cloud PBX Voicemail Service""" % (tel, OB[1])
    out.append(Msg('attack', 'en', 'svg-voicemail-attachment',
        what='Voicemail lure with an SVG attachment whose "Play message" button links to a credential-phishing page.',
        why='Sent via an attacker\'s Amazon SES account from cloudpbx-notify.com; the company uses Teams telephony, not this service; the SVG contains an embedded hyperlink to vm-player.cloudpbx-notify.com (SVG used to slip past attachment filters).',
        when=(2026, 11, 11, 10, 13, 22), zone='UK', infra=I.ses('a15', 'eu-west-1'),
        frm=('Voicemail Service', 'voicemail@cloudpbx-notify.com'), to=[OB],
        subject='New voice message from %s (0:47)' % tel,
        body=mixed(alt(src, 'UTF-8', 'quoted-printable', style='generic', title='Voicemail', lang='en', quote_cs=False),
                   Part_svg('VM_%s_0047.svg' % tel.replace(' ', '').replace('+', ''), svg)),
        hcs=('UTF-8', 'Q'), date_zone='UTC'))

    # ------------------------------------------------------------------ A16
    src = """Oliver,

Are you at your desk? I need you to handle something discreetly for me today.

I want to thank some of our key UK customers before the Christmas meetings next week with gift cards. Can you buy 8 Apple gift cards of £200 each at a shop near the office? Please keep it between us for now, it is meant to be a surprise and I will explain to Priya later how to book it.

Once you have them, scratch off the back and send me clear photos of the codes by email. I am in back-to-back meetings, so email only please.

Thanks,
Jürgen

Get Outlook for iOS"""
    out.append(Msg('attack', 'en', 'ceo-gift-cards',
        what='Gift-card scam: "Jürgen" asks the UK office manager to buy 8 x £200 Apple gift cards secretly and email photos of the codes.',
        why='CEO display name on an Outlook.com consumer address (j.hoefler-exgroup@outlook.com); secrecy, urgency, email-only, gift-card codes as payment - classic gift-card BEC. Compare genuine internal request B16.',
        when=(2026, 12, 9, 11, 2, 30), zone='UK', infra=I.outlook_consumer('a16'),
        frm=('Jürgen Höfler', 'j.hoefler-exgroup@outlook.com'), to=[OB], subject='Quick favour',
        body=alt(src, 'utf-8', 'base64', style='outlook', lang='en'), hcs=('utf-8', 'B'), content_lang='en-GB'))
    return out


def business():
    out = []

    # ------------------------------------------------------------------ B09
    t = to_utc('CN', 2026, 10, 15, 10, 18, 0)
    pdf = invoice(['Dongguan Joyful Toys Co., Ltd.', 'No. 18 Xinan Road, Chang\'an Town, Dongguan, Guangdong 523860, China',
                   'Tel +86 769 8563 2217 - kevin.zhang@joyfultoys-dg.com'],
                  ['Buyer: Example Group GmbH', 'Frankenstrasse 152, 90461 Nuernberg, Germany'],
                  'PROFORMA INVOICE JT-PI-26-1187',
                  [('Date', '15 Oct 2026'), ('Buyer PO', '4500021702'), ('Terms', 'FOB Yantian, 30% deposit, 70% against B/L copy'),
                   ('Shipment', 'before 10 Jan 2027')],
                  [('Ride-on tractor RT-200, red, 2,600 pcs x USD 31.40', 'USD 81,640.00'),
                   ('Ride-on tractor RT-350 with trailer, 1,600 pcs x USD 45.22', 'USD 72,352.00')],
                  [('Total FOB', 'USD 153,992.00'), ('Deposit 30%', 'USD 46,197.60')],
                  ['Beneficiary: Dongguan Joyful Toys Co., Ltd.', 'Bank: Bank of China, Dongguan Branch - A/C No. 6835 5920 1147 - SWIFT: BKCHCNBJ960',
                   'Bank details unchanged. Please always confirm any change of bank details by phone.'],
                  t, 'CN', 'Microsoft Excel', 'Microsoft Excel', head_cols=('No.', 'Description', 'Amount'))
    src = """Dear Markus,

Good day!

Attached please find the PI JT-PI-26-1187 for your PO 4500021702 (RT-200 and RT-350). The deposit is 30% = USD 46,197.60, balance against copy of B/L.

Bank information is same as before (Bank of China, Dongguan Branch), no change. If you receive any mail about a new bank account, please call me first.

We will keep the production slot for 14 days. Loading date before 10 Jan 2027, before Chinese New Year holiday.

Best regards
Kevin Zhang
Sales Manager
Dongguan Joyful Toys Co., Ltd.
Tel: +86 769 8563 2217"""
    out.append(Msg('business', 'en', 'joyful-proforma-invoice',
        what='Supplier Dongguan Joyful Toys sends the proforma invoice for PO 4500021702 with the 30% deposit.',
        why='Real domain joyfultoys-dg.com via Alibaba Mail (Foxmail client) from China; bank details unchanged (Bank of China) and explicitly confirmed; amount consistent with the PO. Hard negative of A09.',
        when=(2026, 10, 15, 10, 18, 0), zone='CN', infra=I.aliyun('b09', 'joyfultoys-dg.com', 'DESKTOP-JT03', '116.6.92.18'),
        frm=KEVIN, to=[ME], cc=[('Lily Chen', 'lily.chen@joyfultoys-dg.com')],
        subject='PI JT-PI-26-1187 for PO 4500021702',
        body=mixed(alt(src, 'us-ascii', '7bit', style='simple'),
                   att('application/pdf', 'JT-PI-26-1187.pdf', pdf, style='fox')),
        hcs=('utf-8', 'B')))

    # ------------------------------------------------------------------ B10
    src = """Companies House

%s (%s)

Your next confirmation statement is due by 14 December 2026.

You can file it online using our service. It usually takes around 15 minutes and costs £50.

[[File a confirmation statement|https://www.gov.uk/file-your-confirmation-statement-with-companies-house]]

If you have already filed, you do not need to do anything.

You are receiving this email because you signed up for email reminders for this company. You can [[manage your email reminders|https://find-and-update.company-information.service.gov.uk/company/%s]] at any time.

Companies House""" % (UKCO, UKNO, UKNO)
    inf = I.ses('b10', 'eu-west-2')
    inf.name = 'GOV.UK Notify (Amazon SES eu-west-2)'
    out.append(Msg('business', 'en', 'companies-house-reminder',
        what='Genuine Companies House e-reminder (GOV.UK Notify) that the UK subsidiary\'s confirmation statement is due.',
        why='Sent via GOV.UK Notify on Amazon SES from notifications.service.gov.uk; links only to gov.uk / company-information.service.gov.uk; neutral tone, no threats, no credential prompt in the mail. Hard negative of A10.',
        when=(2026, 11, 16, 9, 0, 14), zone='UK', infra=inf,
        frm=('Companies House', 'companies.house@notifications.service.gov.uk'), to=[PS],
        subject='Your confirmation statement is due - %s' % UKCO,
        body=alt(src, 'utf-8', 'quoted-printable', style='generic', accent='#0b0c0c', title='GOV.UK', lang='en'),
        hcs=('utf-8', 'B'), date_zone='UTC'))

    # ------------------------------------------------------------------ B11
    src = """Google

A new sign-in on Mac

%s

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

[[!Check activity|https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D31%%26rfnc%%3D1]]

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % (AL[1], AL[1], 1763452800000 + 312)
    out.append(Msg('business', 'en', 'google-security-alert',
        what='Genuine Google security alert: new sign-in on a Mac to the marketing team\'s Google account (Ads/Analytics).',
        why='From no-reply@accounts.google.com via Google\'s own mail-sor servers with a gaia.bounces Return-Path; links only to accounts.google.com / myaccount.google.com; informational.',
        when=(2026, 11, 18, 8, 14, 2), zone='DE', infra=I.google_notify('b11'),
        frm=('Google', 'no-reply@accounts.google.com'), to=[(None, AL[1])],
        subject='Security alert',
        body=alt(src, 'UTF-8', 'quoted-printable', style='generic', accent='#1a73e8', title='Security alert', lang='en',
                 quote_cs=False), hcs=('UTF-8', 'B'), date_zone='UTC'))

    # ------------------------------------------------------------------ B12
    tx = hstr('b12tx', 17, '0123456789ABCDEFGHJKLMNPRSTUVWXY')
    src = """Hello Oliver Bennett,

You sent a payment of £118.80 GBP to Canva Pty Ltd.

It may take a few moments for this transaction to appear in your account.

Merchant
Canva Pty Ltd
billing@canva.com

Instructions to merchant
You haven't entered any instructions.

Transaction ID
%s

Transaction date
%s

Description: Canva Pro for Teams - annual renewal (3 seats)
Subtotal £99.00 GBP
VAT £19.80 GBP
Total £118.80 GBP

Payment
£118.80 GBP
Funding source: Visa Business x-4471

Help & Contact | Security | Apps

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name. Learn to identify phishing.
Please don't reply to this email. To get in touch with us, click Help & Contact.
Copyright © 1999-2026 PayPal. All rights reserved.
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449, Luxembourg""" % (tx, '20 October 2026 14:02:11 BST')
    out.append(Msg('business', 'en', 'paypal-receipt',
        what='Genuine PayPal receipt for the UK office\'s Canva Pro annual renewal.',
        why='Genuine PayPal infrastructure and format, addressed by full name, matches an expected subscription, no phone number or call-to-action. Hard negative of A12 (PayPal invoice callback).',
        when=(2026, 10, 20, 14, 2, 19), zone='UK', infra=I.paypal('b12'),
        frm=('service@paypal.co.uk', 'service@paypal.co.uk'), to=[OB],
        subject='Receipt for your payment to Canva Pty Ltd',
        body=alt(src, 'UTF-8', 'quoted-printable', style='generic', accent='#003087', title='PayPal', lang='en',
                 quote_cs=False), hcs=('UTF-8', 'Q'), date_zone='PT'))

    # ------------------------------------------------------------------ B13
    link = 'https://brightwoodtoys.sharepoint.com/:f:/s/Buying/Ek%s?e=%s' % (hstr('b13', 40, ALNUM), hstr('b13e', 6, ALNUM))
    src = """Emma Clarke shared a folder with you

Hi Daniel, here is the folder with our spring 2027 range selection and the sell-through figures we discussed.

[[Example Group - Spring 2027 range|%s]]

[[!Open|%s]]

This link will only work for direct recipients of this message.

Microsoft respects your privacy. To learn more, please read our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""" % (link, link)
    inf = I.ms_notify('b13', kind='sp')
    inf.name = 'SharePoint Online notification (Exchange Online Protection)'
    out.append(Msg('business', 'en', 'sharepoint-share-brightwood',
        what='Genuine SharePoint Online sharing notification: customer Emma Clarke shares the folder "Example Group - Spring 2027 range".',
        why='Sent by no-reply@sharepointonline.com through Microsoft\'s outbound protection, on behalf of the customer\'s real tenant; the link points to brightwoodtoys.sharepoint.com; expected after a call. Hard negative of A13.',
        when=(2026, 10, 20, 11, 47, 31), zone='UK', infra=inf,
        frm=('Emma Clarke', 'no-reply@sharepointonline.com'), to=[DR],
        reply_to=EMMA, subject='Emma Clarke shared the folder "Example Group - Spring 2027 range" with you',
        body=alt(src, 'utf-8', 'quoted-printable', style='generic', accent='#036c70', title='SharePoint', lang='en'),
        hcs=('utf-8', 'B'), date_zone='UTC'))

    # ------------------------------------------------------------------ B14
    mid = '19%3ameeting_' + hstr('b14m', 48, ALNUM) + '%40thread.v2'
    join = 'https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d' % (
        mid, huuid('tenant-example'), huuid('oid-ob'))
    src = """Hi Priya, Sabine,

As discussed, a short call to go through the UK year-end close timetable and the intercompany reconciliation before the auditors arrive.

Agenda:
1. Close calendar December / January
2. Intercompany balances with Nuremberg HQ
3. Stock count at the 3PL on 31 December

Thanks,
Oliver

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
[[Click here to join the meeting|%s]]
Meeting ID: 371 224 918 506
Passcode: Kx7Ns3
Download Teams | Join on the web
Learn More | Meeting options
________________________________________________________________________________""" % join
    start = to_utc('UK', 2026, 12, 1, 14, 0, 0)
    cal = files.ics('%s' % hhex('b14uid', 64, True), (OB[0], OB[1]), [(PS[0], PS[1]), (SK[0], SK[1])],
                    start, add(start, 2700), 'UK year-end close - timetable & intercompany', 'Microsoft Teams Meeting',
                    'Microsoft Teams meeting - Meeting ID: 371 224 918 506 - Passcode: Kx7Ns3',
                    to_utc('UK', 2026, 11, 26, 16, 20, 0))
    body = mixed(alt(src, 'us-ascii', 'quoted-printable', style='outlook', lang='en'),
                 ics_part(cal))
    body.parts[0].parts.append(ics_part(cal))
    body = body.parts[0]
    out.append(Msg('business', 'en', 'teams-invite-internal',
        what='Internal Microsoft Teams meeting invitation (with text/calendar) from the UK office manager about year-end close.',
        why='Genuinely internal (Exchange -> mail-int01); standard Teams join link on teams.microsoft.com; no device code, no sign-in instructions. Hard negative of A14 (device-code phishing).',
        when=(2026, 11, 26, 16, 20, 0), zone='UK', infra=I.internal('b14', '10.20.72.31'),
        frm=OB, to=[PS, SK], subject='UK year-end close - timetable & intercompany',
        body=body, hcs=('us-ascii', 'Q'), content_lang='en-GB', date_zone='UK'))

    # ------------------------------------------------------------------ B15
    tok = hstr('b15', 86, ALNUM)
    src = """[GitHub] Please reset your password

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

[[!Reset your password|https://github.com/password_reset/%s]]

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team

You're receiving this email because a password reset was requested for your account.

GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107""" % tok
    out.append(Msg('business', 'en', 'github-password-reset',
        what='Genuine GitHub password-reset mail for the IT security admin (requested by himself).',
        why='From noreply@github.com via GitHub\'s out-NN.smtp.github.com servers; reset link on github.com; standard wording and 3-hour expiry.',
        when=(2026, 10, 21, 17, 33, 8), zone='DE', infra=I.github('b15'),
        frm=('GitHub', 'noreply@github.com'), to=[(None, LV[1])],
        subject='[GitHub] Please reset your password',
        body=alt(src, 'UTF-8', 'quoted-printable', style='generic', accent='#2da44e', title='GitHub', lang='en',
                 quote_cs=False), hcs=('UTF-8', 'B'), date_zone='UTC'))

    # ------------------------------------------------------------------ B16
    src = """Hi Oliver,

As every year, could you organise the Christmas hampers for our UK key accounts (Brightwood, Hartley's, Toyland North and the two buying groups)? Budget as last year, around £1,800 in total incl. delivery.

Please raise a normal purchase order through Procurement so it goes through the usual approval; Katrin has the address list and the card text. Delivery ideally in the week of 14 December.

Thanks and best regards,
Jürgen

--
Jürgen Höfler
CEO | Example Group GmbH
Frankenstraße 152 · 90461 Nürnberg"""
    out.append(Msg('business', 'en', 'ceo-christmas-gifts-internal',
        what='Internal: the CEO asks the UK office manager to organise Christmas hampers for key accounts via a normal purchase order.',
        why='Genuinely internal (Exchange -> mail-int01); routine request through Procurement and approval workflow, known colleague as contact, no secrecy, no gift-card codes. Hard negative of A16.',
        when=(2026, 12, 2, 9, 12, 0), zone='DE', infra=I.internal('b16', '10.20.40.12'),
        frm=JH, to=[OB], cc=[KM], subject='Christmas hampers for UK key accounts',
        body=alt(src, 'iso-8859-1', 'quoted-printable', style='outlook', lang='en'), hcs=('iso-8859-1', 'Q'),
        content_lang='en-US'))
    return out


def Part_svg(name, svg):
    from mime import Part
    return Part('image/svg+xml', data=svg.encode('utf-8'), filename=name, disp='attachment')
