"""English messages (UK office): 8 attacks, 8 genuine."""
import uuid

import codes as K
import company as C
import files as F
import infra as I
from common import alt, esc, gmail_html, ol_quote, outlook_alt, outlook_html, simple_html
from company import S
from mime import Msg, T, Part, att, html, mp, text

UK_VAT = K.gb_vat('6618204')
EORI = UK_VAT + '000'
SOLENT_TENANT = 'b3f1c8e2-6a4d-4f7e-9c21-5d8a0e7b4f63'


def docusign_html(sender, sender_mail, msg, link, code, btn='REVIEW DOCUMENT', intro=None):
    intro = intro or '%s sent you a document to review and sign.' % sender
    return simple_html("""<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:2%%">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="DocuSign" width="116" height="34"></td></tr>
<tr><td style="padding:0 24px 30px 24px"><table width="100%%" style="background:#1e4ca1;color:#fff"><tr><td align="center" style="padding:28px;font-size:16px">%s<br><br>
<a href="%s" style="display:inline-block;background:#ffc820;color:#333;font-size:15px;font-weight:bold;text-decoration:none;padding:0 24px;line-height:44px;border-radius:2px">%s</a></td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333;line-height:20px"><b>%s</b><br><span style="color:#666">%s</span><br><br>%s</td></tr>
<tr><td style="padding:0 24px 12px 24px;background:#eaeaea;font-size:11px;color:#666;line-height:14px"><br><b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit DocuSign.com, click 'Access Documents', and enter the security code:<br>%s<br><br>
<b>About DocuSign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</td></tr>
</table></td></tr></table>""" % (esc(intro), esc(link), btn, esc(sender), esc(sender_mail), esc(msg).replace('\n', '<br>'), code),
        'utf-8', 'DocuSign')


# ================================================================ ATTACKS
def a01(n):
    link = ('https://docs.solentmarine-agreements.com/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&u=james.whitfield%%40example.com'
            % ('4c1f8e2a-77b0-4a8e-9d1e-0c2b53a6f911', 'a77e5d0c-1b9f-4c52-8e3d-6f2a90c4b187'))
    m = Msg('attack', n, 'en', 'fake-docusign-supplier-agreement',
            what='"Solent Marine Supplies via DocuSign": supply agreement 2027 and rebate schedule to review and sign',
            why='Fake DocuSign envelope: sent via SendGrid from eumail-docusign.net (not docusign.net), the '
                'REVIEW DOCUMENT button leads to docs.solentmarine-agreements.com with the recipient pre-filled '
                '(credential harvesting); abuses a real supplier relationship',
            tech=['fake e-signature (DocuSign) credential phishing', 'bulk ESP abuse (SendGrid)', 'look-alike domain'])
    t = T('2026-11-10 13:18:40', 'UK')
    to = S('uk_mgr')
    frm = ('Rachel Hughes via DocuSign', 'dse@eumail-docusign.net')
    I.sendgrid(m, t, to[1], bounce_dom='em4471.eumail-docusign.net')
    m.std(t, frm, [to], 'Rachel Hughes sent you documents to review and sign: Supply Agreement 2027 & Rebate Schedule',
          reply_to=('Rachel Hughes', 'rachel.hughes@solentmarine-agreements.com'))
    msg = 'Dear James,\n\nPlease review and sign the 2027 supply agreement and the rebate schedule at your earliest convenience. Current pricing is held until 20 November.\n\nKind regards,\nRachel'
    code = '7F3A9C21E0B44D6D8F1C2A5B9E77D013'
    plain = ('Rachel Hughes sent you a document to review and sign.\n\nREVIEW DOCUMENT: %s\n\nRachel Hughes\n'
             'rachel.hughes@solentmarine.co.uk\n\n%s\n\nDo Not Share This Email\nThis email contains a secure link to '
             'DocuSign. Please do not share this email, link, or access code with others.\n\nAlternate Signing Method\n'
             "Visit DocuSign.com, click 'Access Documents', and enter the security code:\n%s\n" % (link, msg, code))
    m.body = alt(plain, docusign_html('Rachel Hughes', 'rachel.hughes@solentmarine.co.uk', msg, link, code),
                 'utf-8', 'quoted-printable')
    return m


def a02(n):
    m = Msg('attack', n, 'en', 'paypal-invoice-callback-scam',
            what='Genuine PayPal invoice from a seller called "Microsoft 365 Billing Department": 25-seat '
                 'renewal for GBP 1,849.99, call a phone number to cancel',
            why='Callback phishing (TOAD) abusing PayPal\'s real invoicing service: authentic PayPal '
                'infrastructure, but the seller is a scammer account impersonating Microsoft; the seller note '
                'pushes the victim to phone +44 20 3769 1842 where remote access / refunds are staged',
            tech=['callback phishing (TOAD)', 'abuse of a genuine service (PayPal invoicing)'])
    t = T('2026-10-19 06:41:55', 'UK')
    to = S('uk_acc')
    frm = ('service@paypal.co.uk', 'service@paypal.co.uk')
    m.env_from = 'service@paypal.co.uk'
    m.hop('from ccg13mail05.ccg13.slc.paypalinc.com (unknown [10.72.21.%d])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id 4bF%s\n\tfor <%s>; %s'
          % (m.rng.randrange(10, 200), m.alnum(10), to[1], t.at('US-P').rfc()))
    m.mx('mx0.slc.paypal.com', '173.0.84.225', t + 2, to[1])
    m.msgid = '<%s.%s.%d.%s@ccg13mail05>' % (m.hexs(2, True), m.hexs(2, True), m.rng.randrange(10000, 99999), m.hexs(8, True))
    m.std(t.at('US-P'), ('service@paypal.co.uk', 'service@paypal.co.uk'), [to],
          'Invoice from Microsoft 365 Billing Department (0187)')
    m.hdr('X-Email-Type-Id', 'PPC001660')
    m.hdr('X-PP-Email-transmission-Id', str(uuid.UUID(bytes=m.rng.randbytes(16), version=4)))
    m.hdr('PP-Correlation-Id', m.hexs(13))
    inv = 'INV2-K7QX-9B2M-4Z8D-H3WP'
    link = 'https://www.paypal.com/invoice/p/#%s' % inv.replace('-', '')
    note = ('Your Microsoft 365 Business Premium subscription (25 seats) has been renewed for 12 months and will be '
            'charged to the payment method on file. If you did not authorise this renewal or wish to cancel, call '
            'our billing support within 24 hours on +44 20 3769 1842 (24/7). Do not pay this invoice online - '
            'call us to stop the automatic charge and receive a full refund.')
    plain = """Microsoft 365 Billing Department sent you an invoice for £1,849.99 GBP

Due on receipt
Invoice number: 0187

Seller note to customer:
%s

View and Pay Invoice
%s

Microsoft 365 Business Premium (annual, 25 users)      £1,849.99
Total                                                  £1,849.99 GBP

Don't recognise this invoice?
Report this invoice

Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., Société en Commandite par Actions. Registered office: 22-24 Boulevard Royal, L-2449, Luxembourg, RCS Luxembourg B 118 349.
PayPal PPC001660:1.2:%s
""" % (note, link, m.hexs(12))
    inner = """<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#2c2e2f">
<tr><td style="padding:28px 40px 8px 40px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" height="40" alt="PayPal"></td></tr>
<tr><td style="padding:8px 40px;font-size:22px;line-height:28px"><b>Microsoft 365 Billing Department</b> sent you an invoice for <b>£1,849.99 GBP</b></td></tr>
<tr><td style="padding:4px 40px;font-size:14px;color:#687173">Due on receipt &middot; Invoice number: 0187</td></tr>
<tr><td style="padding:16px 40px"><table width="100%%" style="background:#f5f7fa;border-radius:8px"><tr><td style="padding:16px;font-size:14px;line-height:20px"><b>Seller note to customer</b><br>%s</td></tr></table></td></tr>
<tr><td align="center" style="padding:16px 40px"><a href="%s" style="background:#003087;color:#fff;text-decoration:none;font-weight:bold;font-size:16px;padding:12px 36px;border-radius:25px;display:inline-block">View and Pay Invoice</a></td></tr>
<tr><td style="padding:16px 40px;font-size:14px"><table width="100%%"><tr><td>Microsoft 365 Business Premium (annual, 25 users)</td><td align="right">£1,849.99</td></tr><tr><td><b>Total</b></td><td align="right"><b>£1,849.99 GBP</b></td></tr></table></td></tr>
<tr><td style="padding:16px 40px;font-size:12px;color:#687173">Don't recognise this invoice? <a href="https://www.paypal.com/invoice/p/report/%s" style="color:#0070e0">Report this invoice</a><br><br>Copyright &copy; 1999-2026 PayPal, Inc. All rights reserved.</td></tr>
</table></td></tr></table>""" % (esc(note), esc(link), inv.replace('-', ''))
    m.body = alt(plain, simple_html(inner, 'UTF-8', 'PayPal'), 'UTF-8', 'quoted-printable')
    m.bgen = lambda rng, ct: '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 6), rng.randrange(10 ** 9), rng.randrange(10 ** 12, 10 ** 13))
    return m


def a03(n):
    m = Msg('attack', n, 'en', 'supplier-lookalike-thread-bank-change',
            what='"Rachel Hughes" of Solent Marine continues the October statement thread and asks to pay the '
                 'overdue GBP 14,386.20 to a "secondary" ClearBank account',
            why='Invoice redirection from look-alike domain solentrnarine.co.uk ("rn" for "m") hosted on an '
                'attacker Microsoft 365 tenant; the quoted thread is copied from the real one; bank details differ '
                'from the Barclays account on file and from the supplier\'s own warning; urgency and '
                'request to confirm by e-mail',
            tech=['invoice redirection / bank-detail change', 'look-alike domain (rn/m)', 'copied thread', 'attacker M365 tenant'])
    t = T('2026-11-04 15:57:12', 'UK')
    to = S('uk_acc')
    frm = ('Rachel Hughes', 'rachel.hughes@solentrnarine.co.uk')
    m.env_from = frm[1]
    I.exo(m, t, to[1], tenant='e9d04a17-3c5b-4b2f-8e61-1fa7c2d90b55', pod='LO2P265MB', region='GBRP265',
          outbound='GBR01-LO2-obe', ob_host='mail-lo2gbr01on2%03d.outbound.protection.outlook.com',
          ob_ip='40.107.21.%d', lang='en-GB')
    m.std(t, frm, [to], 'RE: Statement of account - Example Group UK Ltd - October 2026',
          cc=[('Solent Marine Accounts', 'accounts@solentrnarine.co.uk')], cs='Windows-1252', enc='Q',
          irt='<LO4P265MB6071E0C2B58A1F4D93A7B2C6E1D05@LO4P265MB6071.GBRP265.PROD.OUTLOOK.COM>')
    quote = ol_quote('en', 'Emma Clarke <emma.clarke@example.com>', 'Tuesday, November 3, 2026 10:12 AM',
                     'Solent Marine Accounts <accounts@solentmarine.co.uk>',
                     'RE: Statement of account - Example Group UK Ltd - October 2026',
                     'Hi Rachel,\n\nThanks for the statement. Both invoices are approved and will go in our next payment run.\n\nKind regards,\nEmma\n\nEmma Clarke | Accountant UK\nExample Group UK Ltd')
    body = """Hi Emma,

Thank you for confirming.

Please note that our Barclays account is currently under review following our migration to a new treasury platform, and incoming payments are being held for up to 30 days. To avoid any delay on your open orders, could you please remit the overdue balance of £14,386.20 to our secondary account below:

Account name: Solent Marine Supplies Ltd
Bank: ClearBank Ltd
Sort code: 04-05-42
Account number: 18346925
IBAN: %s
BIC: CLRBGB22

Could you let me know once the payment has been scheduled and send the remittance advice to this address so I can allocate it straight away?

Kind regards,

Rachel Hughes
Credit Controller
Solent Marine Supplies Ltd
Unit 7, Empress Road Industrial Estate, Southampton SO14 0JW
T: 023 8063 4410
________________________________%s""" % (K.fmt_iban(C.SOLENT_IBAN_FAKE), quote)
    m.body = outlook_alt(body, 'Windows-1252', 'quoted-printable', 'EN-GB')
    return m


def a04(n):
    m = Msg('attack', n, 'en', 'device-code-phishing-survey-report',
            what='Marine surveyor (Harbour Survey & Consultancy) shares a survey report and asks to enter a code '
                 'at microsoft.com/devicelogin to access it',
            why='Device-code phishing from a genuinely compromised external Microsoft 365 mailbox: entering the '
                'attacker-generated code at the real Microsoft page signs the attacker\'s session in with the '
                'victim\'s account (token theft, MFA bypass); no real file share works this way',
            tech=['device-code phishing (OAuth device authorization grant)', 'compromised external mailbox', 'abuse of a genuine service (Microsoft device login)'])
    t = T('2026-11-13 10:24:31', 'UK')
    to = S('uk_sales')
    frm = ('David Pritchard', 'd.pritchard@harboursurvey.co.uk')
    m.env_from = frm[1]
    I.exo(m, t, to[1], tenant='0c4e7b1d-92a8-4d3f-b5e2-7a61f0c3d8e9', pod='CWLP265MB', region='GBRP265',
          outbound='GBR01-CWL-obe', ob_host='mail-cwlgbr01on2%03d.outbound.protection.outlook.com',
          ob_ip='40.107.11.%d', lang='en-GB')
    m.std(t, frm, [to], "Survey report and parts list - MY 'Sea Harrier' refit (Hamble)")
    body = """Hi Oliver,

Following our call last week, I've uploaded the condition survey and the parts list for the Sea Harrier refit to our secure client portal. It's protected with Microsoft sign-in, so you'll need to authorise access once:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: KQ7MXT2PD
3. Sign in with your Example Group Microsoft 365 account when prompted.

The code is valid for 15 minutes. If it has expired by the time you read this, just reply and I'll generate a new one.

We'd need your quotation for the deck hardware and the windlass by Friday 20th if at all possible, the owner wants the boat back in the water before Christmas.

Best regards,

David Pritchard MIIMS
Marine Surveyor
Harbour Survey & Consultancy Ltd
Hamble Point Marina, School Lane, Hamble SO31 4NB
M: 07700 900 582
"""
    m.body = outlook_alt(body, 'us-ascii', 'quoted-printable', 'EN-GB')
    return m


def a05(n):
    m = Msg('attack', n, 'en', 'teams-helpdesk-quick-assist-pretext',
            what='"Example Group IT Service Desk" announces a Teams call about a spam flood and asks to accept '
                 'a Quick Assist remote session',
            why='Help-desk impersonation from an external tenant (examplegroupit.onmicrosoft.com; the real service '
                'desk is servicedesk@example.com): e-mail bombing follow-up, Teams vishing and Quick Assist remote '
                'access - the Storm-1811 / Black Basta playbook for hands-on-keyboard intrusion',
            tech=['Teams vishing / help-desk impersonation', 'remote-access pretext (Quick Assist)', 'attacker M365 tenant'])
    t = T('2026-12-01 09:12:04', 'UK')
    to = S('uk_mgr')
    frm = ('Example Group IT Service Desk', 'it.servicedesk@examplegroupit.onmicrosoft.com')
    m.env_from = frm[1]
    I.exo(m, t, to[1], tenant='5b7c2e90-d4a1-4c6f-8b3e-93f0a1e2c7d4', pod='PA4P190MB', region='EURP190',
          outbound='EUR03-PA4-obe', ob_host='mail-pa4eur03on2%03d.outbound.protection.outlook.com',
          ob_ip='40.107.103.%d', lang='en-US')
    m.std(t, frm, [to], 'INC0048213: spam flood on your mailbox - we will call you on Teams')
    body = """Hello James,

Our monitoring has detected an unusual volume of unsolicited newsletter and sign-up e-mails reaching your mailbox since 07:40 this morning. This is a known mail-bombing attack and we are rolling out a filter update for all affected users.

A member of our security team will contact you within the next 15 minutes via Microsoft Teams (caller name: "Example Group Help Desk"). Please accept the call. To apply the filter we will need to connect to your laptop briefly using Quick Assist (Windows key + Ctrl + Q); the technician will give you a 6-digit code during the call.

Please do not delete the spam messages before the session so that we can analyse them.

Thank you for your cooperation.

Example Group IT Service Desk
Incident INC0048213 | Priority 2
Service hours Mon-Fri 07:00-19:00 CET
"""
    m.body = outlook_alt(body, 'us-ascii', '7bit', 'EN-US')
    return m


def a06(n):
    btc = K.btc_bech32('audit80-sextortion-en')
    m = Msg('attack', n, 'en', 'sextortion-bitcoin-spoofed-self',
            what='Extortion mail claiming device compromise and compromising recordings; quotes a leaked '
                 'password; demands USD 1,450 in Bitcoin within 48 h',
            why='Sextortion scam: From/Return-Path spoofed to the recipient\'s own address, sent directly from a '
                'VPS without matching rDNS; leaked old password for credibility; bech32 Bitcoin address; threats '
                'and deadline',
            tech=['extortion / sextortion', 'sender spoofing (own address)', 'cryptocurrency payment'])
    t = T('2026-11-07 03:12:49', 'UK')
    to = S('uk_mgr')
    m.env_from = to[1]
    I.vps(m, t, to[1], helo='[103.57.220.14]', ip='103.57.220.14', rdns='', tls=None)
    m.msgid = '<%s@example.com>' % m.hexs(24)
    m.std(t.at('UTC'), to, [to], 'james.whitfield: your account has been compromised - read this carefully')
    m.hdr('X-Priority', '1 (Highest)')
    body = """Hello James,

I'll get straight to the point. I know that Solent2019! is one of your passwords. It came from a breach of a site you used, and it gave me a way in.

A few months ago I got access to the devices you use to browse the internet. Since then I have been watching what you do. I have your contacts, your e-mails and your browsing history, and I have recordings made through your camera while you visited certain websites. You know which ones.

I am not interested in ruining your life. I am interested in being paid.

Amount: 1450 USD
Payment method: Bitcoin
My wallet: %s

If you don't know how to buy Bitcoin, search for it - it is simple and it is not traceable to you either.

You have 48 hours from the moment you open this e-mail (I can see when you do). If payment arrives, everything is deleted and you will never hear from me again. If not, the recordings go to your colleagues, your family and every contact in your address book.

Do not reply - this address is not monitored. Do not contact the police, I will know, and the result will be the same.
""" % btc
    m.body = text(body, 'utf-8', 'base64')
    return m


def a07(n):
    m = Msg('attack', n, 'en', 'ceo-gift-cards-gmail',
            what='"Klaus Oberländer" asks the UK office manager to buy 8 Amazon gift cards of GBP 200 and send '
                 'photos of the codes, "a surprise for dealers"',
            why='Gift-card scam / CEO impersonation from a Gmail address (klaus.oberlaender.ceo@gmail.com), '
                'bypass of normal purchasing, secrecy and urgency, e-mail only, codes by photo',
            tech=['gift-card scam', 'free-mail CEO impersonation'])
    t = T('2026-11-27 11:49:20', 'UK')
    to = S('uk_mgr')
    frm = ('Klaus Oberländer', 'klaus.oberlaender.ceo@gmail.com')
    m.env_from = frm[1]
    I.gmail(m, t, to[1], mobile='22B91')
    m.std(t, frm, [to], 'Quick favour', cs='utf-8', enc='Q')
    body = """James,

Are you in the office? I need a discreet favour before the dealer dinner tonight. I promised a small thank-you to our top eight UK dealers and would like it sorted today without going through the usual channels - it's meant to be a surprise.

Please buy 8 Amazon gift cards at £200 each (Tesco or WHSmith have them), scratch the back and send me clear photos of the codes here. Emma will reimburse you from the expense account on Monday.

I'm in back-to-back meetings, so e-mail only please.

Thanks,
Klaus

Sent from my iPhone
"""
    m.body = text(body, 'utf-8', 'quoted-printable')
    return m


def a08(n):
    url = 'https://www.gov.uk.cds-deferment-restore.com/gateway/sign-in?ref=DAN4471823&eori=' + EORI
    m = Msg('attack', n, 'en', 'hmrc-cds-duty-deferment-phishing',
            what='"HMRC Customs Declaration Service": direct debit for the duty deferment account failed, account '
                 'suspended, confirm via Government Gateway within 48 h',
            why='Government Gateway credential phishing aimed at importers: link to www.gov.uk.cds-deferment-'
                'restore.com (sub-domain trick), sent via Mailgun from a non-gov.uk domain; HMRC never asks for '
                'Gateway sign-in via e-mail links; threat of goods held at port',
            tech=['customs / tax authority credential phishing', 'bulk ESP abuse (Mailgun)', 'sub-domain trick URL'])
    t = T('2026-10-22 12:05:18', 'UK')
    to = S('uk_acc')
    frm = ('HM Revenue & Customs', 'noreply@cds-hmrc-notice.co.uk')
    I.mailgun(m, t, to[1], sending_dom='mg.cds-hmrc-notice.co.uk')
    m.std(t, frm, [to], 'CDS: Duty Deferment Account suspended - action required within 48 hours')
    plain = """HM Revenue & Customs
Customs Declaration Service

Dear Example Group UK Ltd,

EORI: %s
Duty Deferment Account (DAN): 4471823

We were unable to collect the Direct Debit for your Duty Deferment Account for the October 2026 deferment period (amount due: £3,218.44). In accordance with the Customs (Deferred Payment) Regulations your deferment approval has been temporarily suspended. Declarations referencing this account will be rejected and goods may be held at the port of entry.

To restore your account, confirm your Direct Debit details through the Government Gateway within 48 hours:

%s

If no action is taken, the full deferred amount plus a late payment penalty will be demanded and your approval may be revoked.

HM Revenue and Customs
This is an automated message. Please do not reply.
""" % (EORI, url)
    inner = """<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:12px 24px;color:#fff;font-family:Arial,sans-serif;font-size:22px;font-weight:bold">GOV.UK</td></tr>
<tr><td style="padding:24px;font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c;line-height:24px;max-width:640px">
<p style="font-size:24px;font-weight:bold">Your Duty Deferment Account has been suspended</p>
<p>Dear Example Group UK Ltd,</p>
<p>EORI: <b>%s</b><br>Duty Deferment Account (DAN): <b>4471823</b></p>
<p>We were unable to collect the Direct Debit for your Duty Deferment Account for the October 2026 deferment period (amount due: <b>&pound;3,218.44</b>). In accordance with the Customs (Deferred Payment) Regulations your deferment approval has been temporarily suspended. Declarations referencing this account will be rejected and goods may be held at the port of entry.</p>
<p><a href="%s" style="background:#00703c;color:#fff;padding:10px 18px;text-decoration:none;font-weight:bold;display:inline-block">Sign in to Government Gateway</a></p>
<p>If no action is taken within 48 hours, the full deferred amount plus a late payment penalty will be demanded and your approval may be revoked.</p>
<p style="font-size:14px;color:#505a5f">HM Revenue and Customs<br>This is an automated message. Please do not reply.</p></td></tr></table>""" % (EORI, esc(url))
    m.body = alt(plain, simple_html(inner, 'utf-8', 'GOV.UK'), 'utf-8', 'quoted-printable')
    return m


# ================================================================ BUSINESS
def b01(n):
    env = '4e7a1c9d-2f3b-4a6e-8d1c-5b9f0e2a7c31'
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (
        env, 'c2d8a5f1-7e34-4b9a-a61d-0f3e9b27c845', '9a1f3e7c-5b2d-4c8e-b0a6-e4d17f2c9b53')
    m = Msg('business', n, 'en', 'docusign-supply-agreement-genuine',
            what='Genuine DocuSign envelope from Solent Marine Supplies: Supply Agreement 2027 to sign',
            why='Real DocuSign infrastructure and domain (eumail.docusign.net), signing link on eu.docusign.net, '
                'reply-to is the supplier\'s real address; expected document after the supplier meeting',
            pair=(['fake-docusign-supplier-agreement'], 'same supplier, same document, DocuSign branding'))
    t = T('2026-11-17 14:02:37', 'UK')
    to = S('uk_mgr')
    frm = ('Rachel Hughes via Docusign', 'dse@eumail.docusign.net')
    m.env_from = 'bounces@eumail.docusign.net'
    m.hop('from docusign.net (10.106.%d.%d) by mailfr.eumail.docusign.net (10.106.2.41) with\n\tMicrosoft SMTP Server id 15.1.2507.39; %s'
          % (m.rng.randrange(1, 40), m.rng.randrange(2, 250), t.at('UTC').rfc()))
    m.mx('mailfr.eumail.docusign.net', '185.81.101.%d' % m.rng.randrange(10, 60), t + 2, to[1], tls='1.2')
    m.msgid = '<%s@docusign.net>' % m.hexs(32)
    m.std(t.at('UTC'), frm, [to], 'Complete with Docusign: Solent Marine - Supply Agreement 2027 - Example Group UK Ltd.pdf',
          reply_to=C.SOLENT['hughes'])
    m.hdr('X-API-Host', 'docusign.net')
    m.hdr('X-Envelope-Id', env)
    msg = 'Dear James,\n\nas discussed at our meeting on Thursday, please find the 2027 supply agreement for signature. The rebate schedule is Annex B.\n\nKind regards,\nRachel'
    code = '9A1F3E7C5B2D4C8EB0A6E4D17F2C9B533'
    plain = ('Rachel Hughes sent you a document to review and sign.\n\nREVIEW DOCUMENT\n%s\n\nRachel Hughes\n'
             'rachel.hughes@solentmarine.co.uk\n\n%s\n\nDo Not Share This Email\nThis email contains a secure link to '
             'Docusign. Please do not share this email, link, or access code with others.\n\nAlternate Signing Method\n'
             "Visit Docusign.com, click 'Access Documents', and enter the security code:\n%s\n\nAbout Docusign\n"
             'Sign documents electronically in just minutes. It\'s safe, secure, and legally binding.\n\n'
             'Questions about the Document?\nIf you need to modify the document or have questions about the details in '
             'the document, please reach out to the sender by emailing them directly.\n' % (link, msg, code))
    m.body = alt(plain, docusign_html('Rachel Hughes', 'rachel.hughes@solentmarine.co.uk', msg, link, code),
                 'utf-8', 'quoted-printable')
    m.bgen = lambda rng, ct: '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 6), rng.randrange(10 ** 9), rng.randrange(10 ** 12, 10 ** 13))
    return m


def b02(n):
    m = Msg('business', n, 'en', 'supplier-statement-overdue',
            what='Solent Marine accounts sends the October statement with two overdue invoices (PDF) and states '
                 'that its bank details have not changed',
            why='Genuine supplier statement from the real domain on its Microsoft 365 tenant, Barclays account as on '
                'file, explicit warning against bank-change e-mails, polite reminder',
            pair=(['supplier-lookalike-thread-bank-change'], 'same supplier thread, same overdue balance'))
    t = T('2026-11-02 09:31:45', 'UK')
    to = S('uk_acc')
    frm = C.SOLENT['accounts']
    m.env_from = frm[1]
    I.exo(m, t, to[1], tenant=SOLENT_TENANT, pod='LO4P265MB', region='GBRP265',
          outbound='GBR01-LO4-obe', ob_host='mail-lo4gbr01on2%03d.outbound.protection.outlook.com',
          ob_ip='40.107.22.%d', lang='en-GB')
    m.std(t, frm, [to], 'Statement of account - Example Group UK Ltd - October 2026')
    body = """Dear Emma,

Please find attached your statement of account as at 31 October 2026. The following invoices are now overdue:

SMS-INV-58812   18/09/2026   £6,942.00
SMS-INV-59107   02/10/2026   £7,444.20
Total overdue                £14,386.20

We would be grateful if you could arrange payment at your earliest convenience. Our bank details are unchanged (Barclays Bank, sort code 20-32-51, account 73194825).

Please note that we will never notify a change of bank details by e-mail alone. If you ever receive such a request in our name, please call us on 023 8063 4410.

Kind regards,

Rachel Hughes
Credit Controller
Solent Marine Supplies Ltd
Unit 7, Empress Road Industrial Estate, Southampton SO14 0JW
T: 023 8063 4410 | VAT reg. %s
""" % C.SOLENT['vat']
    pdf = F.pdf([('h', 'Solent Marine Supplies Ltd'), ('s', 'Unit 7, Empress Road Industrial Estate, Southampton SO14 0JW'), '',
                 'Example Group UK Ltd, 3 Ocean Way, Ocean Village, Southampton SO14 3JZ', '',
                 ('b', 'Statement of account as at 31/10/2026'), 'Account: EXA001', '',
                 '18/09/2026  SMS-INV-58812  Invoice   6,942.00   overdue',
                 '02/10/2026  SMS-INV-59107  Invoice   7,444.20   overdue',
                 '21/10/2026  SMS-INV-59420  Invoice   2,118.60   due 20/11/2026', '',
                 ('b', 'Balance: GBP 16,504.80   of which overdue: GBP 14,386.20'), '',
                 'Barclays Bank plc  Sort code 20-32-51  Account 73194825',
                 'IBAN %s  BIC BARCGB22' % K.fmt_iban(C.SOLENT_IBAN), '',
                 ('s', 'Registered in England and Wales No. 04418273 · VAT reg. %s' % C.SOLENT['vat'])],
                title='Statement EXA001', author='Solent Marine Supplies Ltd', creator='Sage 200',
                producer='Crystal Reports', date="20261102091500Z")
    m.body = mp('mixed', outlook_alt(body, 'Windows-1252', 'quoted-printable', 'EN-GB'),
                att('application/pdf', pdf, 'Statement_EXA001_31-10-2026.pdf'))
    return m


def b03(n):
    tok = 'Mzk1NjQ4NzE6MTc5MTQ4MzM5MjpmNGI2ZWQ3YTFjOGU'
    m = Msg('business', n, 'en', 'github-password-reset',
            what='GitHub password reset link requested by the head of IT for his GitHub account',
            why='Genuine GitHub transactional mail from GitHub\'s own SMTP servers, link to github.com only, '
                'expected after the user clicked "Forgot password"',
            pair=(['device-code-phishing-survey-report'], 'account-access mail with a code/link to enter'))
    t = T('2026-10-08 19:43:05', 'DE')
    to = S('it')
    frm = ('GitHub', 'noreply@github.com')
    m.env_from = 'noreply@github.com'
    m.hop('from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id 4bJ%s\n\tfor <%s>; %s'
          % (m.hexs(8), m.rng.randrange(100, 200), m.rng.randrange(2, 250), m.alnum(11), to[1], t.at('US-P').rfc()))
    n2 = m.rng.randrange(20, 30)
    m.mx('out-%d.smtp.github.com' % n2, '192.30.252.%d' % (190 + n2), t + 2, to[1])
    m.msgid = '<%s_%s@lowworker-%s-%s.mail>' % (m.hexs(13), m.hexs(14), m.hexs(10), m.alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    m.std(t.at('US-P'), frm, [to], '[GitHub] Please reset your password')
    m.hdr('X-Auto-Response-Suppress', 'All')
    link = 'https://github.com/password_reset/' + tok
    plain = """We heard that you lost your GitHub password. Sorry about that!

But don’t worry! You can use the following button to reset your password:

%s

If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % link
    htm = simple_html("""<div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;max-width:544px;margin:0 auto;padding:16px;background:#fff">
<h2 style="font-weight:400">Reset your GitHub password</h2>
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don’t worry! You can use the following button to reset your password:</p>
<p><a href="%s" style="background:#2da44e;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:600">Reset your password</a></p>
<p>If you don’t use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
<p>Thanks,<br>The GitHub Team</p></div>""" % link, 'UTF-8', 'GitHub')
    m.body = alt(plain, htm, 'UTF-8', 'quoted-printable')
    m.bgen = lambda rng, ct: '--==_mimepart_%s_%s' % (m.hexs(13), m.hexs(6))
    return m


def b04(n):
    m = Msg('business', n, 'en', 'google-security-alert-new-signin',
            what='Google account security alert: new sign-in on Windows for the Google account (Google Ads / '
                 'Merchant Center) registered on the UK sales address',
            why='Genuine Google notification from accounts.google.com through Google\'s own outbound relays, '
                'base64 bodies as Google sends them, links only to google.com, no credentials requested',
            pair=(['hmrc-cds-duty-deferment-phishing'], 'automated security/status alert with a call to action'))
    t = T('2026-10-26 08:15:09', 'UK')
    to = S('uk_sales')
    frm = ('Google', 'no-reply@accounts.google.com')
    m.env_from = '3%s-%s@gaia.bounces.google.com' % (m.alnum(16, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), m.alnum(10))
    m.hop('by mail-sor-f69.google.com with SMTP id %s-%s.%d\n\tfor <%s>\n\t(Google Transport Security);\n\t%s'
          % (m.alnum(19, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789'),
             m.rng.randrange(2, 9), to[1], (t + 1).at('US-P').rfc()))
    m.mx('mail-sor-f69.google.com', '209.85.220.69', t + 2, to[1])
    m.msgid = '<%s@notifications.google.com>' % m.alnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
    m.std(t.at('UTC'), frm, [to], 'Security alert', date=t.at('UTC').rfc().replace('+0000', 'GMT'))
    m.hdr('X-Google-Smtp-Source', 'AGHT+IG' + m.alnum(60) + '==')
    m.hdr('X-Received', 'by 2002:a05:6a00:%x:b0:%x:%x:%x with SMTP id %s-%s.%d.%d;\n %s'
          % (m.rng.randrange(4096), m.rng.randrange(4096), m.rng.randrange(4096), m.rng.randrange(4096),
             m.alnum(10, 'abcdefghijklmnopqrstuvwxyz0123456789'), m.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789'),
             m.rng.randrange(2, 9), m.rng.randrange(10 ** 12, 10 ** 13), (t + 1).at('US-P').rfc()))
    ms = '1793000109000'
    link = ('https://accounts.google.com/AccountChooser?Email=oliver.grant@example.com&continue=https://myaccount.google.com/alert/nt/%s?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0' % (ms, m.alnum(22)))
    plain = """[image: Google]
A new sign-in on Windows

oliver.grant@example.com
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.
Check activity
<%s>
You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % link
    htm = simple_html("""<table width="100%%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0"><tr align="center"><td>
<table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px"><tr><td style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px" align="center">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom:16px" alt="Google">
<div style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center;word-break:break-word"><div style="font-size:24px">A new sign-in on Windows</div>
<table align="center" style="margin-top:8px"><tr style="line-height:normal"><td><a style="font-family:'Google Sans',Roboto,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.87);font-size:14px;line-height:20px">oliver.grant@example.com</a></td></tr></table></div>
<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:center">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.<div style="padding-top:32px;text-align:center"><a href="%s" style="font-family:'Google Sans',Roboto,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px;min-width:90px" target="_blank">Check activity</a></div></div>
<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></div></td></tr></table>
<div style="text-align:left"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center"><div>You received this email to let you know about important changes to your Google Account and services.</div><div style="direction:ltr">© 2026 Google LLC, <a style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div></td></tr></table>""" % esc(link), 'UTF-8', 'Security alert')
    m.body = mp('alternative', text(plain, 'UTF-8', 'base64', ctparams='; format=flowed; delsp=yes'),
                html(htm, 'UTF-8', 'base64'))
    m.bgen = lambda rng, ct: '000000000000' + m.hexs(16)
    return m


def b05(n):
    m = Msg('business', n, 'en', 'newsletter-marine-trade-weekly',
            what='Subscribed trade newsletter "Marine Trade Weekly" (METSTRADE preview, antifouling rules, '
                 'brokerage market) sent through Mailchimp',
            why='Genuine opted-in newsletter: Mailchimp infrastructure with consistent List-ID, List-Unsubscribe '
                'and one-click unsubscribe, tracking links on list-manage.com, no request for credentials or payment',
            pair=(['fake-docusign-supplier-agreement'], 'bulk ESP delivery with tracking links and HTML layout'))
    t = T('2026-11-12 07:00:14', 'UK')
    to = S('uk_sales')
    frm = C.MTW['news']
    I.mailchimp(m, t, to[1], us='us21')
    mc = m.mc
    unsub = 'https://marinetradeweekly.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s' % (mc['user'], mc['list_id'], mc['e'], m.hexs(10))
    m.std(t, frm, [to], 'METSTRADE preview, new antifouling rules and the Q3 brokerage numbers')
    m.hdr('List-Unsubscribe', '<%s>,\n <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>'
          % (unsub, mc['user'], m.hexs(10), m.hexs(10)))
    m.hdr('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')
    m.hdr('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (m.hexs(10), m.hexs(10)))
    def trk(k):
        return 'https://marinetradeweekly.us21.list-manage.com/track/click?u=%s&id=%s&e=%s' % (mc['user'], m.hexs(10), mc['e'])
    items = [('METSTRADE 2026: what to see in Amsterdam',
              'Three halls, 1,500 exhibitors and a bigger SuperYacht Pavilion. Our editors pick the deck-hardware and electrification launches worth a detour.'),
             ('Antifouling: copper thresholds and the HSE product list',
              'The updated list of authorised amateur-use products takes effect in spring. What distributors need to change in their 2027 ranges.'),
             ('Brokerage Q3: used-boat prices flat, days-on-market up',
              'Average listing time for 10-15 m sailing yachts rose to 142 days. Dealers report refit demand holding up.'),
             ('Red Sea routing still adds two weeks to Far East supply',
              'Chandlery importers are carrying 20-30% more stock into the new season.')]
    plain = 'Marine Trade Weekly - 12 November 2026\nView this email in your browser: https://mailchi.mp/marinetradeweekly/mtw-1112\n\n'
    for h_, b_ in items:
        plain += '** %s\n%s\nRead more (%s)\n\n' % (h_, b_, trk(h_))
    plain += ('============================================================\nCopyright © 2026 Marine Trade Weekly Ltd, All rights reserved.\n'
              'You are receiving this email because you subscribed at METSTRADE or on marinetradeweekly.co.uk.\n\n'
              'Our mailing address is:\nMarine Trade Weekly Ltd\n14 Town Quay\nSouthampton SO14 2AQ\nUnited Kingdom\n\n'
              'Want to change how you receive these emails?\nYou can update your preferences (https://marinetradeweekly.us21.list-manage.com/profile?u=%s&id=%s&e=%s) '
              'or unsubscribe (%s)\n' % (mc['user'], mc['list_id'], mc['e'], unsub))
    blocks = ''.join('<tr><td style="padding:18px 30px;border-bottom:1px solid #e5e5e5"><h2 style="font-family:Georgia,serif;color:#0a3d62;font-size:20px;margin:0 0 6px 0">%s</h2>'
                     '<p style="font-family:Arial,sans-serif;font-size:15px;color:#333;line-height:22px;margin:0 0 8px 0">%s</p>'
                     '<a href="%s" style="font-family:Arial,sans-serif;color:#0a7abf;font-weight:bold">Read more &rsaquo;</a></td></tr>' % (esc(h_), esc(b_), esc(trk(h_)))
                     for h_, b_ in items)
    inner = """<center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0a3d62;padding:20px 30px;color:#fff;font-family:Georgia,serif;font-size:28px">Marine Trade Weekly<br><span style="font-size:13px;font-family:Arial,sans-serif">12 November 2026</span></td></tr>
%s
<tr><td style="padding:20px 30px;font-family:Arial,sans-serif;font-size:12px;color:#777;text-align:center"><em>Copyright &copy; 2026 Marine Trade Weekly Ltd, All rights reserved.</em><br>You are receiving this email because you subscribed at METSTRADE or on marinetradeweekly.co.uk.<br><br>
Marine Trade Weekly Ltd &middot; 14 Town Quay &middot; Southampton SO14 2AQ &middot; United Kingdom<br><br>
<a href="https://marinetradeweekly.us21.list-manage.com/profile?u=%s&amp;id=%s&amp;e=%s">update your preferences</a> or <a href="%s">unsubscribe from this list</a></td></tr></table></center>
<img src="https://marinetradeweekly.us21.list-manage.com/track/open.php?u=%s&amp;id=%s&amp;e=%s" height="1" width="1" alt="">""" % (
        blocks, mc['user'], mc['list_id'], mc['e'], esc(unsub), mc['user'], m.hexs(10), mc['e'])
    m.body = alt(plain, simple_html(inner, 'utf-8', 'Marine Trade Weekly'), 'utf-8', 'quoted-printable')
    return m


def b06(n):
    m = Msg('business', n, 'en', 'customer-complaint-windlass-btinternet',
            what='Retail customer complains angrily about a failed windlass motor, wants replacement or refund plus '
                 'towing costs, threatens small claims court; photo attached',
            why='Genuine customer complaint from a consumer BT mailbox: real order number, consistent story, a photo '
                'not an executable, no link; emotional pressure but nothing malicious',
            pair=(['sextortion-bitcoin-spoofed-self'], 'threatening tone and deadline from a consumer address'))
    t = T('2026-10-18 21:34:50', 'UK')
    to = S('uk_sales')
    frm = C.ASHWORTH
    m.env_from = frm[1]
    I.btinternet(m, t, to[1], client_ip='81.154.32.7')
    m.msgid = '<%s.%s@btinternet.com>' % (m.hexs(16), m.rng.randrange(10 ** 6, 10 ** 7))
    m.xh('X-Mailer', 'BT Email 9.1.6')
    m.std(t, frm, [to], 'Faulty windlass - order 70081423 - not happy')
    body = """Dear Sir/Madam,

I am writing about order 70081423, a 1000W vertical windlass I bought from your Southampton office on 22 September.

Three weeks after installation the motor stopped dead while I was recovering the anchor off Yarmouth. I had to let 30 metres of chain go on a buoyed line and call for a tow back to Lymington, which cost me £240. The installer (Hamble Marine Electrics) has checked the wiring and the breaker and says the motor itself has failed - photo attached.

Frankly I expected better from a unit at this price. I want a replacement motor or a full refund, plus the towing costs. I am not prepared to wait six weeks for the manufacturer to "assess" it while the boat sits on the mooring.

If I have not heard from you by the end of the week I will take this to the small claims court and leave an honest review.

Regards,
Peter Ashworth
07700 900 219
"""
    png = F.logo_png(160, 120, (120, 124, 130), (40, 42, 46))
    m.body = mp('mixed', text(body, 'UTF-8', 'quoted-printable'),
                att('image/png', png, 'windlass_motor.png'))
    return m


def b07(n):
    m = Msg('business', n, 'en', 'it-laptop-replacement-remote-sessions',
            what='Head of IT announces replacement laptops for Southampton and remote setup sessions with ticket '
                 'numbers via internal Teams',
            why='Genuine internal notice through mail-int01/Exchange from the head of IT; explicitly says IT never '
                'calls from external tenants, never asks for Quick Assist or codes; no link or attachment',
            pair=(['teams-helpdesk-quick-assist-pretext'], 'IT support, Teams call, remote session'))
    t = T('2026-11-16 16:10:33', 'DE')
    to = [S('uk_mgr'), S('uk_acc'), S('uk_sales')]
    frm = S('it')
    m.env_from = frm[1]
    I.internal(m, t, to[0][1])
    m.clang = 'en-GB'
    m.std(t, frm, to, 'Laptop replacement Southampton - remote setup sessions 24/25 November', cc=[S('svc')],
          cs='iso-8859-1', enc='Q', order='ftsd')
    body = """Hi all,

The replacement laptops for the Southampton office (Lenovo ThinkPad T14 Gen 6) were shipped today and should arrive on Friday. We will set them up remotely on Tuesday 24 and Wednesday 25 November. Each of you will get an invitation from the service desk with a 45-minute slot and your ticket number (INC-2026-xxxx).

How the session works:
- We call you from our internal Teams accounts (...@example.com, no "External" label). We never call from external or "onmicrosoft.com" accounts.
- We connect with our managed remote support tool, which is already installed on your current laptop. We will not ask you to install anything, to open Quick Assist or to read out a code to us.
- Please have your current laptop switched on and connected to the office network.

If you receive a call or e-mail that does not match this, hang up and report it to servicedesk@example.com or +49 40 3290 118-444.

Thanks,
Thomas

Thomas Brandt | Head of IT
Example Group GmbH | Am Sandtorkai 50 | 20457 Hamburg
"""
    m.body = outlook_alt(body, 'iso-8859-1', 'quoted-printable', 'EN-GB')
    return m


def b08(n):
    m = Msg('business', n, 'en', 'colleague-private-gmail-laptop-broken',
            what='UK accountant writes from her private Gmail that her work laptop does not boot and she works '
                 'from home; service desk in copy',
            why='Genuine: the colleague\'s known private address, sent via Gmail web, informs her manager and the '
                'service desk, asks for nothing (no money, no credentials, no bank change)',
            pair=(['ceo-gift-cards-gmail'], 'colleague writing from a Gmail address'))
    t = T('2026-11-25 08:02:17', 'UK')
    to = S('uk_mgr')
    frm = C.PRIVATE['uk_acc']
    m.env_from = frm[1]
    I.gmail(m, t, to[1])
    m.std(t, frm, [to], 'Laptop died - working from home today', cc=[S('svc')])
    body = """Morning James,

My work laptop died overnight - it's stuck on a blue "Preparing Automatic Repair" screen and won't boot, so I can't get into Outlook or Sage this morning. I've logged it with the service desk (copied in) from my personal email.

I'll work from home on my phone for now and can pick up anything urgent on Teams mobile. The October bank reconciliation will have to wait until tomorrow unless IT can get me back up today.

Sorry about this!
Emma

07700 900 431
"""
    m.body = alt(body, gmail_html(body), 'UTF-8', 'quoted-printable')
    return m


ATTACKS = [a01, a02, a03, a04, a05, a06, a07, a08]
BUSINESS = [b01, b02, b03, b04, b05, b06, b07, b08]
