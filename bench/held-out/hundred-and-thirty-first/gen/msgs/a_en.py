# -*- coding: utf-8 -*-
"""attack/ 09-16 (English)."""
from .common import *


def docusign_html(sender, sender_mail, heading, message, link, code, button='REVIEW DOCUMENT', lang='en'):
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="margin:0;padding:0;background:#eaeaea">'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center">'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:24px 24px 0 24px"><img src="https://na3.docusign.net/Member/Images/email/docusign-logo.png" '
            'alt="Docusign" width="116" height="34"></td></tr>'
            '<tr><td style="padding:24px"><table width="100%%" style="background:#1e4ca1;color:#ffffff" cellpadding="0" '
            'cellspacing="0"><tr><td style="padding:28px;text-align:center;font-size:16px">%s'
            '<br><br><a href="%s" style="background:#ffc423;color:#000000;font-size:15px;font-weight:bold;'
            'text-decoration:none;padding:10px 24px;border-radius:2px;display:inline-block">%s</a></td></tr></table></td></tr>'
            '<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333333"><b>%s</b><br>'
            '<a href="mailto:%s" style="color:#2463d1">%s</a><br><br>%s</td></tr>'
            '<tr><td style="padding:24px;background:#eaeaea;font-size:11px;color:#666666;line-height:16px">'
            '<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, '
            'link, or access code with others.<br><br><b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access '
            'Documents\', and enter the security code:<br>%s<br><br><b>About Docusign</b><br>Sign documents electronically in '
            'just minutes. It\'s safe, secure, and legally binding. Whether you\'re in an office, at home, on-the-go -- or even '
            'across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.<br><br>'
            '<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in '
            'the document, please reach out to the sender by emailing them directly.<br><br>'
            'This message was sent to you by %s who is using the Docusign Electronic Signature Service. If you would rather not '
            'receive email from this sender you may contact the sender with your request.</td></tr></table></td></tr></table>'
            '</body></html>\n') % (heading, link, button, esc(sender), sender_mail, sender_mail, message, code, esc(sender))


# ---------------------------------------------------------------------------------------------- 09
@msg('attack', '09-en-docusign-callback-renewal-invoice')
def _(m):
    m.when = ('2026-10-20 15:33:08', 'UK')
    m.frm = ('Billing Department via Docusign', 'dse_NA4@docusign.net')
    m.reply_to = ('Billing Department', 'billing.renewals.dept@outlook.com')
    m.to = [P('david.clarke')]
    m.subject = 'Complete with Docusign: Invoice #INV-88213-UK Annual Protection Plan Renewal'
    m.system = docusign('na')
    code = '9A41C7E2B05F4D3C8E6A1B7D2F9C0E53'
    link = ('https://na4.docusign.net/Signing/EmailStart.aspx?a=7c0e3b52-1f8d-4a7e-b6c2-9d41e8a0f317&etti=24'
            '&acct=e2b84f61-93ac-47d0-8c15-3fa6b0d9e274&er=51a9d7c3-0e62-4b8f-a3d4-6c17f2e905b8')
    message = ('Dear Customer,<br><br>Thank you for renewing your Norton 360 Business Total Protection subscription '
               '(5 devices, 12 months). Your payment of <b>&pound;389.99</b> will be collected from the card on file within '
               '24 hours.<br><br>Invoice no.: INV-88213-UK<br>Customer ID: NRT-UK-4471928<br>Renewal date: 20/10/2026'
               '<br><br>If you did not authorise this renewal or wish to cancel and receive a full refund, please call our '
               'billing support team within 24 hours on <b>+44 20 3808 1174</b> (Mon-Sat 8am-8pm).<br><br>'
               'Kind regards,<br>Billing Department')
    html = docusign_html('Billing Department', 'billing.renewals.dept@outlook.com',
                         'Billing Department sent you a document to review and sign.', message, link, code)
    m.root = alt(m.rng, html2text(html), html, 'dotnet', charset='utf-8', cte='quoted-printable')
    m.fact('phone', '+44 20 3808 1174', 'callback number (criminal call centre)')
    m.fact('code', code, 'envelope security code')
    m.what = 'Callback phishing (TOAD) delivered through a genuine DocuSign envelope: fake renewal invoice with a phone number.'
    m.why = ('Everything technical is genuine DocuSign (docusign.net, DKIM pass), but the envelope was created by a criminal '
             'account with an outlook.com reply address; no Norton contract exists; the "cancel within 24 h" phone number '
             'leads to a fake support desk that installs remote-access tools or takes card data.')


# ---------------------------------------------------------------------------------------------- 10
@msg('attack', '10-en-hartley-devicecode-audit-portal')
def _(m):
    m.when = ('2026-11-17 10:02:45', 'UK')
    m.frm = ('Emma Whitfield', 'emma.whitfield@hartleybrooke.co.uk')
    m.to = [P('david.clarke')]
    m.cc = [P('sarah.mitchell')]
    m.subject = 'Year-end audit 2026 - secure document exchange (action needed today)'
    m.system = M365(domain='hartleybrooke.co.uk', region='uk', lang='en-GB',
                    mimecast=dict(n=151, ip='185.58.86.151'), tenant_id='a3f1c7d2-5e88-4b09-9c6e-12d4b7f0e8a1')
    m.hdr_charset = 'us-ascii'
    text = ('Hi David,\n\n'
            'Ahead of the interim fieldwork starting on 30 November we have moved the PBC list and all client document exchange to our '
            'new secure Microsoft-hosted audit portal (our IT team has retired the old file-request links).\n\n'
            'To link your Example Group account to the engagement, please:\n\n'
            '1. Go to https://microsoft.com/devicelogin\n'
            '2. Enter the one-time engagement code: HZ7QK4MWB\n'
            '3. Sign in with your usual Example Group Microsoft 365 account and approve.\n\n'
            'The code is only valid for 15 minutes for security reasons - if it has expired by the time you see this, just '
            'reply and I will generate a new one straight away. Sarah, could you do the same so you can upload the fixed '
            'asset register?\n\n'
            'Many thanks,\n\nEmma\n\n'
            'Emma Whitfield ACA\nAudit Manager\n'
            'Hartley Brooke LLP | 1 Spinningfields Square | Manchester M3 3AP\n'
            'T: +44 161 832 4410 | hartleybrooke.co.uk\n\n'
            'Hartley Brooke LLP is a limited liability partnership registered in England and Wales (OC412873). '
            'This email is confidential and may be legally privileged.\n')
    html = outlook_html(text, lang='EN-GB', charset='us-ascii', font='Aptos')
    m.root = alt(m.rng, text, html, 'outlook', charset='us-ascii', cte='quoted-printable', server='LO2P265MB4411GBRP')
    m.fact('code', 'HZ7QK4MWB', 'device code the attacker generated')
    m.what = 'Device-code phishing from the auditor\'s compromised mailbox: victim is asked to enter a code at microsoft.com/devicelogin.'
    m.why = ('Genuine Hartley Brooke mailbox and Mimecast path (all authentication passes) and the only link is a real '
             'Microsoft URL, but entering the code grants the attacker\'s session tokens for the victim\'s account; '
             '15-minute urgency, "reply for a new code"; auditors never need the client\'s own Microsoft sign-in '
             '(compare the genuine Teams invitation in business/09).')


# ---------------------------------------------------------------------------------------------- 11
@msg('attack', '11-en-nhs-tender-oauth-consent')
def _(m):
    m.when = ('2026-10-28 11:19:30', 'UK')
    m.frm = ('NHS Supply Chain - Pathology Tenders', 'tenders@nhs-supplychain-portal.co.uk')
    m.to = [P('julia.neumann')]
    m.subject = 'Invitation to Tender: Pathology Send-Away Testing Framework (Ref. NHSSC-PATH-2026-114)'
    m.system = SendGrid(domain='nhs-supplychain-portal.co.uk', em='em7712.nhs-supplychain-portal.co.uk')
    link = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=3e7b9a14-0c5d-4f62-8a91-b7d2c4e6f038'
            '&response_type=code&redirect_uri=https%3A%2F%2Fnhssc-etender-docs.azurewebsites.net%2Fauth%2Fcallback'
            '&response_mode=query&scope=offline_access%20User.Read%20Mail.ReadWrite%20Files.Read.All'
            '&prompt=consent&state=NHSSC-PATH-2026-114')
    html = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#212b32">'
            '<table width="620" cellpadding="0" cellspacing="0"><tr><td style="background:#005eb8;padding:16px 24px;'
            'color:#ffffff;font-size:20px;font-weight:bold">NHS Supply Chain</td></tr><tr><td style="padding:24px">'
            '<p>Dear Supplier,</p>'
            '<p>You have been identified as a potential provider for the <b>Pathology Send-Away Testing Framework</b> '
            '(Lot 2: Specialist Immunology and Serology; Lot 4: Esoteric Biochemistry), estimated value '
            '&pound;18.4m over four years.</p>'
            '<p><b>Reference:</b> NHSSC-PATH-2026-114<br><b>Clarification deadline:</b> 12:00 noon, 4 November 2026<br>'
            '<b>Tender return deadline:</b> 12:00 noon, 16 November 2026</p>'
            '<p>The Invitation to Tender, the Selection Questionnaire and the pricing schedule are held in our secure '
            'e-tendering workspace. Access is granted through your organisation\'s Microsoft account; no separate '
            'registration is required.</p>'
            '<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#007f3b;color:#ffffff;'
            'padding:12px 26px;text-decoration:none;font-weight:bold">Access tender documents</a></p>'
            '<p>Please note that late submissions cannot be accepted.</p>'
            '<p>Kind regards,<br>Category Tower 8 - Pathology<br>NHS Supply Chain</p></td></tr>'
            '<tr><td style="padding:12px 24px;font-size:11px;color:#4c6272;border-top:1px solid #d8dde0">NHS Supply Chain '
            'is managed by Supply Chain Coordination Limited. This is an automated notification from the e-tendering '
            'service. Please do not reply to this email.</td></tr></table></body></html>\n') % link
    m.root = alt(m.rng, html2text(html), html, 'sendgrid', charset='utf-8', cte='quoted-printable')
    m.what = 'Fake NHS tender invitation whose button starts a Microsoft OAuth consent for a malicious app (mail and files access).'
    m.why = ('Look-alike NHS domain sent via SendGrid; the link is a real login.microsoftonline.com URL, so reputation '
             'checks pass, but it asks consent for an unknown multi-tenant app with Mail.ReadWrite/Files.Read.All and '
             'offline_access, redirecting to an azurewebsites.net host controlled by the attacker.')


# ---------------------------------------------------------------------------------------------- 12
@msg('attack', '12-en-mfa-reenrolment-pdf-qr')
def _(m):
    m.when = ('2026-11-30 08:06:51', 'UK')
    m.frm = ('Example Group IT Service Desk', 'it-servicedesk@examplegroup-helpdesk.com')
    m.to = [P('sarah.mitchell')]
    m.subject = '[Action Required] Multi-Factor Authentication re-enrolment - deadline 4 December 2026'
    m.system = SES(domain='examplegroup-helpdesk.com', region='us-east-1')
    qr_url = 'https://examplegroup-eu.sso-verify.com/mfa/enrol?u=c2FyYWgubWl0Y2hlbGxAZXhhbXBsZWdyb3VwLmV1'
    pdf = letter_pdf(m, 'Example Group', ['IT Security · Group IT Services · Czernyring 22 · 69115 Heidelberg'],
                     ['To: Sarah Mitchell', 'Example Group Diagnostics UK Ltd'], '30 November 2026',
                     'Mandatory MFA re-enrolment (Microsoft Authenticator)',
                     ['As part of the group-wide migration to phishing-resistant authentication, all existing Microsoft '
                      'Authenticator registrations will be reset on 4 December 2026.',
                      'To keep access to Outlook, Teams and the LIS without interruption, please re-enrol your device '
                      'before the deadline. Scan the QR code below with your mobile phone camera (not with the '
                      'Authenticator app) and follow the on-screen steps. The process takes about two minutes.',
                      'Accounts that have not been re-enrolled will be signed out automatically and must be unlocked by '
                      'the Service Desk, which may take up to 48 hours.',
                      'Thank you for your cooperation.'],
                     sign=['', 'Thomas Krüger', 'Head of IT, Example Group'],
                     qr_payload=qr_url, qr_caption=['Scan with your phone camera', 'Reference: MFA-UK-2026-0419',
                                                    'Deadline: 4 December 2026'],
                     producer='Skia/PDF m131', creator='Chromium', author='IT Service Desk',
                     meta_title='MFA re-enrolment notice', qr_where='PDF image (URL)')
    text = ('Dear colleague,\n\nPlease read the attached notice from Group IT Security regarding the mandatory '
            're-enrolment of Multi-Factor Authentication.\n\nAccounts that are not re-enrolled by 4 December 2026 will be '
            'signed out of Outlook and Teams.\n\nIT Service Desk\nExample Group\n')
    m.root = mixed(m.rng, 'java', [text_part(text, 'plain', 'UTF-8', '7bit'),
                                   attachment(pdf, 'application/pdf', 'MFA_Re-enrolment_Notice_SMitchell.pdf', style='plain')])
    m.fact('code', 'MFA-UK-2026-0419')
    m.what = 'Quishing: "IT Service Desk" PDF with a QR code for MFA re-enrolment, pointing to an adversary-in-the-middle login page.'
    m.why = ('Internal IT never mails from examplegroup-helpdesk.com or via Amazon SES; the QR (only in the PDF) leads to '
             'sso-verify.com with the address encoded in the query; asks to use the phone camera (unmanaged device, out '
             'of reach of URL rewriting); lock-out threat.')


# ---------------------------------------------------------------------------------------------- 13
@msg('attack', '13-en-sextortion-bitcoin-spoofed-self')
def _(m):
    m.when = ('2026-12-05 03:41:17', 'UK')
    m.frm = ('', 'david.clarke@examplegroup.eu')
    m.to = [('', 'david.clarke@examplegroup.eu')]
    m.subject = 'Payment overdue - final notice for david.clarke@examplegroup.eu'
    m.system = DirectMX(helo='[198.51.100.213]', rdns=None, ip='198.51.100.213', env='david.clarke@examplegroup.eu',
                        spf_result='fail', tls=None, order=['From', 'To', 'Subject', 'Date', 'Message-ID', 'mime', 'ct'])
    wallet = U.btc_p2wpkh(m.rng)
    m.fact('wallet', wallet, 'bech32 BTC address')
    m.fact('password', 'Mcr-Lab2019', 'old leaked password quoted to sound credible')
    text = ('Hello David,\n\n'
            'I will get straight to the point. Some months ago I gained access to your devices through a vulnerability in '
            'your router. Your password at that time was Mcr-Lab2019 - you can check it yourself.\n\n'
            'Since then I have been monitoring your activity. I have recordings of you from your camera while you were '
            'visiting adult websites, together with a list of all your contacts from email, Teams and social media.\n\n'
            'I am ready to delete everything, but I need compensation: 1350 USD in Bitсоin. Send the amount to this '
            'address (copy and paste, it is case sensitive):\n\n'
            '%s\n\n'
            'You have 48 hours from the moment you opened this email. I can see when you open it - a pixel is included. '
            'If I do not receive the payment, the video will be sent to your colleagues, your family and your employer.\n\n'
            'Do not reply to this email, it is sent from your own account. Do not go to the police - I will know.\n' % wallet)
    m.root = text_part(text, 'plain', 'utf-8', 'base64')
    m.what = 'Sextortion with a Bitcoin address, spoofing the recipient\'s own address and quoting an old leaked password.'
    m.why = ('Sent directly from a bot without rDNS, SPF fail and DMARC fail for examplegroup.eu; extortion text with '
             'Cyrillic homoglyphs in "Bitcoin" to evade keyword filters; payment to a bech32 wallet.')


# ---------------------------------------------------------------------------------------------- 14
@msg('attack', '14-en-ceo-gift-cards-gmail')
def _(m):
    m.when = ('2026-12-09 12:37:55', 'UK')
    m.frm = ('Markus Brandt', 'markus.brandt.office@gmail.com')
    m.to = [P('sarah.mitchell')]
    m.subject = 'Re: Quick favour'
    m.system = Google(mode='gmail')
    m.msgid = '<%s@gmail.com>' % ruuid(m.rng).upper()
    m.in_reply_to = '<7b2c9e4f1a3d4e58b6c0d2f1e3a5b7c9@EXCH02.corp.example.com>'
    m.references = '<%s@gmail.com> %s' % (ruuid(m.rng).upper(), m.in_reply_to)
    m.extra = [('X-Mailer', 'iPhone Mail (22B91)')]
    text = ('Thanks Sarah.\n\n'
            'I want to surprise some of the Manchester lab team with gift cards for all the extra work on the UKAS '
            'assessment. I need 8 Apple gift cards at 150 GBP each. Can you get them at Tesco or Boots nearby during your '
            'lunch break? Pay with your card and I will make sure you are reimbursed today through expenses.\n\n'
            'Scratch the back to reveal the codes and send me clear pictures of all 8 cards here. Please keep it between '
            'us for now, I want it to be a surprise at the Christmas lunch.\n\n'
            'I am in back to back meetings with the supervisory board so email is best.\n\n'
            'Markus\n\nSent from my iPhone\n\n'
            '> On 9 Dec 2026, at 12:21, Sarah Mitchell <sarah.mitchell@examplegroup.eu> wrote:\n'
            '> \n'
            '> Hi Markus, yes I am at my desk - what do you need?\n'
            '> \n'
            '> Sarah\n'
            '> \n'
            '>> On 9 Dec 2026, at 12:09, Markus Brandt <markus.brandt.office@gmail.com> wrote:\n'
            '>> \n'
            '>> Hi Sarah, are you available? I need you to handle a small task for me discreetly.\n'
            '>> \n'
            '>> Markus\n'
            '>> Sent from my iPhone\n')
    m.root = text_part(text, 'plain', 'us-ascii', '7bit', quote='')
    m.root.params = [('charset', 'us-ascii', 'u')]
    m.what = 'CEO gift-card fraud, second stage: fake CEO on Gmail asks the UK office manager to buy Apple gift cards.'
    m.why = ('CEO name on a free Gmail account, secrecy ("surprise"), purchase with own card and photos of the codes, '
             'reimbursement promise, "email is best"; the first stage already made the victim answer from her work account.')


# ---------------------------------------------------------------------------------------------- 15
@msg('attack', '15-en-payroll-diversion-outlook-com')
def _(m):
    m.when = ('2026-11-23 19:48:12', 'UK')
    m.frm = ('David Clarke', 'david.clarke.eg@outlook.com')
    m.to = [P('sabine.hoffmann')]
    m.subject = 'Change of bank details for December payroll'
    m.system = M365(domain='outlook.com', consumer=True, region='olk', lang='en-GB')
    iban = U.make_iban('GB', 'MONZ' + '040004' + '31926480')
    m.fact('iban', iban, 'Monzo (mule account)')
    m.fact('account', '31926480', 'Monzo account number (sort code 04-00-04)')
    text = ('Hi Sabine,\n\n'
            'I hope you are well. I have recently moved my current account and would like my December salary to be paid '
            'into the new account please:\n\n'
            'Bank: Monzo Bank Ltd\n'
            'Account name: David Clarke\n'
            'Sort code: 04-00-04\n'
            'Account number: 31926480\n'
            'IBAN: %s\n\n'
            'I am writing from my personal email because I am on annual leave this week and do not have my laptop with '
            'me. Could you confirm once this has been updated before the payroll cut-off?\n\n'
            'Many thanks,\nDavid\n\nSent from Outlook for Android\n' % fi(iban))
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n</head>\n<body>\n'
            '<div dir="auto">%s</div>\n</body>\n</html>\n') % '<br>\n'.join(esc(l) for l in text.split('\n'))
    m.root = alt(m.rng, text, html, 'outlook', charset='iso-8859-1', cte='quoted-printable', server='AS8P193MB2041EURP')
    m.what = 'Payroll diversion: an "employee" asks HR from a private Outlook.com address to change his salary account.'
    m.why = ('Not the employee\'s corporate mailbox, excuse for not using the normal channel (HR portal), new account at a '
             'neobank, timed before the payroll cut-off; compare the real change in business/15 made by David himself '
             'in the HR portal.')


# ---------------------------------------------------------------------------------------------- 16
@msg('attack', '16-en-eqas-lookalike-results-login')
def _(m):
    m.when = ('2026-10-08 16:12:40', 'DE')
    m.frm = ('EuroQAS Participant Services', 'results@eqas-europe.com')
    m.to = [P('katrin.lehmann')]
    m.subject = 'EQA round CC-2026-4: result entry closes in 24 hours - participant 40-1187'
    m.system = SES(domain='eqas-europe.com', region='eu-west-1')
    link = 'https://portal.eqas-europe.com.participant-auth.net/login?pid=40-1187&round=CC-2026-4'
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b36">'
            '<div style="background:#0b4f6c;color:#fff;padding:14px 20px;font-size:18px">EuroQAS &middot; European Quality '
            'Assessment Scheme</div><div style="padding:20px">'
            '<p>Dear participant 40-1187,</p>'
            '<p>our records show that results for round <b>CC-2026-4 (Clinical Chemistry, samples CC-07 and CC-08)</b> have '
            'not yet been submitted for your laboratory Example Group Diagnostics GmbH, Heidelberg.</p>'
            '<p>Result entry closes on <b>9 October 2026, 18:00 CEST</b>. Missing results are graded as non-participation '
            'and are included in the annual participation report that accreditation bodies (DAkkS, UKAS, ACCREDIA) may '
            'request.</p>'
            '<p>Please sign in with your participant credentials to enter or confirm your results:</p>'
            '<p><a href="%s" style="background:#0b4f6c;color:#fff;padding:10px 22px;text-decoration:none">Sign in to the '
            'participant portal</a></p>'
            '<p>If you have already submitted your results, please ignore this reminder.</p>'
            '<p>Kind regards<br>EuroQAS Participant Services</p></div>'
            '<div style="font-size:11px;color:#6b7b86;padding:10px 20px;border-top:1px solid #dde3e7">EuroQAS e.V. &middot; '
            'This is an automated message.</div></body></html>\n') % link
    m.root = alt(m.rng, html2text(html), html, 'java', charset='UTF-8', cte='quoted-printable')
    m.what = 'Credential phishing for the EQA (ring trial) portal from a look-alike of the real provider eqas-europe.org.'
    m.why = ('eqas-europe.com is not the genuine eqas-europe.org; link host is participant-auth.net with the real name as '
             'a sub-domain prefix; accreditation-report threat and 24-hour deadline; the genuine EuroQAS notice '
             '(business/08) contains no login link with credentials prompt.')
