# -*- coding: utf-8 -*-
"""English messages (attack 09-16, business 09-16)."""
import ids
import docs
import office
import company as C
import mailsys as X
from common import *
from reg import msg

HL_TENANT = ('6f1d2c7a-93b4-4f0e-b8a2-5c3e9d71a4f2', 'harcourtlowe.onmicrosoft.com')
EG_UK_IBAN = ids.make_iban('GB', 'NWBK' + '601733' + '40917265')
HL_BANK = 'Barclays Bank UK PLC'


def hl_sig(name, title, phone):
    return ('Kind regards,\n\n%s\n%s\nHarcourt & Lowe Pet Supplies Ltd\nUnit 12, Brackmills Industrial Estate, Northampton NN4 7PB\n'
            'T: %s | www.harcourtlowe.co.uk\n\nHarcourt & Lowe Pet Supplies Ltd is registered in England and Wales, company number 04417263. '
            'VAT GB 284 6190 37.' % (name, title, phone))


def docusign_html(sender, sender_mail, doc_title, message, link, env_id, lang='en'):
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="padding:0;margin:0;background:#eaeaea">\n'
            '<table border="0" cellspacing="0" cellpadding="0" width="100%%" style="background:#eaeaea"><tr><td align="center" style="padding:20px 0">\n'
            '<table border="0" cellspacing="0" cellpadding="0" width="640" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">\n'
            '<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116" height="34"></td></tr>\n'
            '<tr><td style="padding:0 24px 30px 24px"><table width="100%%" style="background:#1e4ca1;color:#ffffff" cellpadding="0" cellspacing="0"><tr>'
            '<td align="center" style="padding:28px 24px;font-size:16px;line-height:24px">\n'
            '<img src="https://eu.docusign.net/member/Images/email/docInvite-white.png" width="75" height="75" alt=""><br><br>'
            '%s sent you a document to review and sign.<br><br>\n'
            '<table cellspacing="0" cellpadding="0"><tr><td align="center" style="background:#ffc423;border-radius:2px;padding:0 24px;height:44px">'
            '<a href="%s" style="color:#333333;font-size:15px;font-weight:bold;text-decoration:none;line-height:44px;display:block">REVIEW DOCUMENT</a>'
            '</td></tr></table></td></tr></table></td></tr>\n'
            '<tr><td style="padding:0 24px 24px 24px;color:#000000;font-size:16px;line-height:20px"><b>%s</b><br>'
            '<span style="color:#666666">%s</span><br><br>%s</td></tr>\n'
            '<tr><td style="padding:0 24px 12px 24px;background:#eaeaea;color:#666666;font-size:11px;line-height:14px"><br><b>Do Not Share This Email</b><br>'
            'This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>'
            '<b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security code:<br>%s<br><br>'
            '<b>About Docusign</b><br>Sign documents electronically in just minutes. It\'s safe, secure, and legally binding.<br><br>'
            '<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, '
            'please reach out to the sender by emailing them directly.<br><br>'
            '<a href="https://protect.docusign.net/report-abuse?e=AUtomjpFQ3Rp" style="color:#2463d1">Report this email</a> or read more about '
            '<a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463d1">Declining to sign</a> and '
            '<a href="https://support.docusign.com/s/articles/How-do-I-manage-my-email-notifications" style="color:#2463d1">Managing notifications</a>.<br><br>'
            'This message was sent to you by %s who is using the Docusign Electronic Signature Service.</td></tr>\n'
            '</table></td></tr></table></body></html>\n'
            % (B.esc(sender), link, B.esc(sender), B.esc(sender_mail), B.esc(message).replace('\n', '<br>'), env_id, B.esc(sender)))


def docusign_send(m, c, env_id):
    r = m.rng
    c.setdefault('msgid', '<%s@eumail.docusign.net>' % hexs(r, 32))
    X.generic_relay(m, c, 'mailfra.eumail.docusign.net', '185.81.100.%d' % r.randint(20, 60),
                    dkims=[('eumail.docusign.net', 'mail', 'From:To:Subject:Date:Message-ID:Reply-To:Content-Type:MIME-Version')],
                    mail_from='bounces+%s@eumail.docusign.net' % hexs(r, 20), dmarc_policy='reject', z='UTC',
                    order=['From', 'Reply-To', 'To', 'Message-ID', 'Date', 'Subject', 'MV', 'MIMEONLY',
                           ('X-DocuSign-Envelope-Id', env_id), ('X-Api-Host', 'eu.docusign.net')])


# =====================================================================================
@msg('attack', '09-en-docusign-abuse-remittance-change.eml')
def a09(m):
    r = m.rng
    t = when(2026, 10, 20, 14, 31, 7, 'UK')
    env = guid(r).upper()
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (guid(r), guid(r), guid(r))
    sender = 'Harcourt & Lowe Accounts Payable'
    msgtxt = ('Dear Supplier,\n\nFollowing our migration to a new treasury provider, please review and counter-sign the attached '
              'Q4 rebate settlement statement and the confirmation of our updated remittance details. Payments for November '
              'will be released only to accounts confirmed on this form.\n\nMany thanks,\nAccounts Payable Team')
    html = docusign_html(sender, 'hl.accounts.settlement@gmail.com', 'Please DocuSign: HL_Q4-2026_Rebate_Settlement.pdf', msgtxt, link, env)
    plain = B.html_to_text(html).replace('REVIEW DOCUMENT', 'REVIEW DOCUMENT\n%s' % link)
    m.root = B.alt(m, plain, html, 'utf-8', 'quoted-printable', bnd=B.bnd_java(m), ct_quote=False)
    c = dict(frm=('%s via Docusign' % sender, 'dse@eumail.docusign.net'), reply_to=[(sender, 'hl.accounts.settlement@gmail.com')],
             to=[S('Daniel')], subject='Complete with Docusign: HL_Q4-2026_Rebate_Settlement.pdf', date=t, date_z='UTC')
    docusign_send(m, c, env)
    m.describe('Abuse of the real DocuSign service: an attacker\'s DocuSign account named "Harcourt & Lowe Accounts Payable" sends '
               'a genuine envelope (signed by DocuSign, DMARC pass) asking the UK accountant to confirm "updated remittance '
               'details"; replies go to a Gmail address.',
               'Only the content is malicious: Reply-To is gmail.com while the customer uses harcourtlowe.co.uk; a customer does '
               'not ask its supplier to sign for its own remittance details; "payments only to accounts confirmed on this form". '
               'Infrastructure identical to the genuine envelope business/09.')


# =====================================================================================
@msg('attack', '10-en-svg-remittance-advice.eml')
def a10(m):
    r = m.rng
    t = when(2026, 10, 29, 16, 2, 45, 'UK')
    frm = ('Accounts | Brightwater Aquatics', 'accounts@brightwater-aquatics.co.uk')
    url = 'https://remit-view-88213.brightwater-docs.workers.dev/?u=ZGFuaWVsLmh1Z2hlc0BleGFtcGxlLmNvbQ'
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="794" height="560" viewBox="0 0 794 560">\n'
           '<rect width="794" height="560" fill="#f3f3f3"/>\n<rect x="60" y="30" width="674" height="500" fill="#ffffff" stroke="#d0d0d0"/>\n'
           '<rect x="60" y="30" width="674" height="54" fill="#c8102e"/>\n'
           '<text x="84" y="64" font-family="Segoe UI, Arial" font-size="20" fill="#ffffff">Adobe Acrobat – Secure Document</text>\n'
           '<text x="84" y="130" font-family="Segoe UI, Arial" font-size="17" fill="#222">REMITTANCE ADVICE  BWA-PAY-88213</text>\n'
           '<text x="84" y="162" font-family="Segoe UI, Arial" font-size="13" fill="#555">Payee: Example Group UK Ltd   ·   Amount: £18,642.30   ·   Value date: 29/10/2026</text>\n'
           '<rect x="84" y="190" width="626" height="12" fill="#e4e4e4"/><rect x="84" y="214" width="540" height="12" fill="#e4e4e4"/>\n'
           '<rect x="84" y="238" width="590" height="12" fill="#e4e4e4"/><rect x="84" y="262" width="410" height="12" fill="#e4e4e4"/>\n'
           '<text x="84" y="320" font-family="Segoe UI, Arial" font-size="13" fill="#333">This document is protected. Verify your business e-mail to view the full remittance.</text>\n'
           '<a xlink:href="%s" target="_blank">\n<rect x="280" y="350" width="234" height="44" rx="4" fill="#0f6cbd"/>\n'
           '<text x="397" y="378" text-anchor="middle" font-family="Segoe UI, Arial" font-size="15" fill="#ffffff">View Remittance</text>\n</a>\n'
           '<text x="84" y="500" font-family="Segoe UI, Arial" font-size="10" fill="#999">© 2026 Adobe. All rights reserved.</text>\n'
           '</svg>\n' % url)
    text = ('Good afternoon,\n\nPlease find attached remittance advice for the payment released today.\n\n'
            'Kind regards\n\nAccounts Team\nBrightwater Aquatics Ltd\nUnit 3, Riverside Way, Gloucester GL2 5TB\n')
    srv = 'LO2P265MB%04d' % r.randint(1000, 9999)
    m.root = Multi('mixed', [B.alt(m, text, B.outlook_html(text, 'en', 'us-ascii'), 'us-ascii', '7bit', bnd=B.bnd_outlook(m, '000', srv)),
                             att(m, svg.encode('utf-8'), 'image/svg+xml', 'Remittance_Advice_BWA-PAY-88213.svg', 'outlook', t)],
                   B.bnd_outlook(m, '004', srv))
    c = dict(frm=frm, to=[S('Daniel')], cc=[S('Rachel')], subject='Remittance Advice - BWA-PAY-88213', date=t)
    X.m365(m, c, (guid(r), 'brightwateraquatics.onmicrosoft.com'), 'brightwater-aquatics.co.uk', outbound=X.OUTBOUND_M365[7],
           region='GBRP265', lang='en-GB', dmarc_policy='none')
    m.describe('HTML-smuggling style lure from a compromised small UK customer\'s Microsoft 365 mailbox: "remittance advice" '
               'as an SVG image that imitates an Adobe document and links to a Cloudflare Workers credential page.',
               'SVG attachment instead of PDF; "verify your business e-mail to view"; workers.dev landing with the recipient\'s '
               'address encoded; sender is a tiny occasional customer, amount not expected. Authentication passes because the '
               'mailbox is real. Genuine remittance: business/10.')


# =====================================================================================
@msg('attack', '11-en-hmrc-vat-refund-phpmailer.eml')
def a11(m):
    r = m.rng
    t = when(2026, 11, 5, 7, 44, 10, 'UK')
    url = 'https://greenfieldfamilydental.co.uk/wp-content/uploads/2026/gateway/vat/?vrn=427193644&ref=VRF-2026-18834'
    html = ('<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,sans-serif;color:#0b0c0c;font-size:16px">\n'
            '<table width="580" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:12px 16px">'
            '<span style="color:#ffffff;font-weight:bold;font-size:22px">GOV.UK</span></td></tr>\n'
            '<tr><td style="border-left:10px solid #1d70b8;padding:10px 14px;margin-top:14px;font-size:19px"><b>HM Revenue &amp; Customs</b></td></tr>\n'
            '<tr><td style="padding:10px 16px;line-height:25px">\n<p>VAT registration number: 427 1936 44</p>\n'
            '<p>Following the review of your VAT returns for the periods 07/26 and 08/26 we have identified an overpayment. You are '
            'due a VAT repayment of <b>£4,318.62</b>.</p>\n'
            '<p>To receive the repayment to your business bank account, you must confirm your repayment details through your '
            'Government Gateway account within 5 working days. After this date the repayment will be offset against future '
            'liabilities.</p>\n'
            '<p><a href="%s" style="color:#1d70b8">Confirm repayment details</a></p>\n'
            '<p>Reference: VRF-2026-18834</p>\n<p>HM Revenue and Customs<br>VAT Repayments Unit</p>\n'
            '<p style="font-size:14px;color:#505a5f">This is an automatic notification. Please do not reply to this email.</p>\n'
            '</td></tr></table></body></html>\n' % url)
    m.root = Leaf('text/html', html, 'UTF-8', 'base64', ct_quote=False)
    c = dict(frm=('HMRC', 'noreply@hmrc-vatrepayments.co.uk'), to=[S('Daniel')],
             subject='VAT repayment notification - action required', date=t, date_z='UK', date_style='std',
             msgid='<%s@greenfieldfamilydental.co.uk>' % alnum(r, 40))
    X.exim_cpanel(m, c, 'uk47.cpanelhost-uk.net', '192.0.2.147', None, dkim_d='greenfieldfamilydental.co.uk', z='UK',
                  php={'user': 'greenfie', 'uid': 1187, 'envelope': 'greenfie@uk47.cpanelhost-uk.net',
                       'dir': '/home/greenfie/public_html/wp-content/uploads/2026/gateway'},
                  order=['Date', 'To', 'From', 'Subject', 'Message-ID', ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                         'MV', 'MIMEONLY'], spf='none')
    m.describe('HMRC VAT-repayment phishing sent with PHPMailer from a hacked dental practice\'s WordPress site on shared cPanel '
               'hosting; the Government Gateway lookalike page sits in that site\'s uploads folder.',
               'From domain hmrc-vatrepayments.co.uk is not gov.uk; envelope sender is the hosting account; PHPMailer and '
               'X-Source-Dir point to a WordPress uploads folder; HMRC never e-mails refund links. Genuine HMRC notice: business/11.')


# =====================================================================================
@msg('attack', '12-en-fake-purchase-order-credit.eml')
def a12(m):
    r = m.rng
    t = when(2026, 11, 12, 10, 5, 31, 'UK')
    frm = ('Graham Whitfield', 'g.whitfield@fenwickpetstores-uk.com')
    text = ('Dear Oliver,\n\n'
            'I hope this email finds you well. Fenwick Pet Stores is expanding its own-label and branded dry dog food range across '
            'our 38 stores in the Midlands and the North West, and your Example Group range was recommended to us by our category '
            'team after PATS Sandown.\n\n'
            'Please find attached our purchase order FPS-PO-26-11873 for an initial trial shipment (26 pallets). Kindly confirm '
            'availability and the earliest delivery date to our consolidation warehouse at Unit 9, Centurion Way, Lutterworth '
            'LE17 4WB.\n\n'
            'As is our standard procedure with new suppliers we pay on 30 days net from invoice. Please send us your credit '
            'application form and trade references at your earliest convenience so our finance department can set you up this '
            'week.\n\n'
            'Best regards,\n\nGraham Whitfield\nProcurement Director\nFenwick Pet Stores Ltd\nTel: +44 1455 804 217\n')
    po, _ = docs.build(m, [
        ('addr', ['Example Group UK Ltd', 'Unit 4, Fengate Business Park', 'Peterborough PE1 5XG'],
         [('PO number', 'FPS-PO-26-11873'), ('PO date', '12/11/2026'), ('Supplier no.', 'NEW'), ('Terms', '30 days net')]),
        ('sp', 14), ('h', 'PURCHASE ORDER'), ('sp', 4),
        ('table', ['Line', 'Description', 'Qty', 'Unit', 'Unit price', 'Total'],
         [['1', 'Adult dry dog food chicken & rice 12 kg', '480', 'bags', '£21.40', '£10,272.00'],
          ['2', 'Senior dry dog food lamb 12 kg', '360', 'bags', '£22.80', '£8,208.00'],
          ['3', 'Grain-free salmon & potato 10 kg', '420', 'bags', '£26.10', '£10,962.00'],
          ['4', 'Puppy dry food chicken 2 kg', '1,120', 'bags', '£5.35', '£5,992.00']],
         [0.6, 4.5, 1, 0.8, 1.2, 1.4], ['l', 'l', 'r', 'l', 'r', 'r']),
        ('totals', [('Net', '£35,434.00', False), ('VAT 0% (pet food zero-rated? see note)', '£0.00', False), ('Total', '£35,434.00', True)]),
        ('sp', 8), ('kv', [('Deliver to', 'Fenwick Pet Stores Ltd – Consolidation, Unit 9, Centurion Way, Lutterworth LE17 4WB'),
                           ('Delivery', 'ASAP, booking via goodsin@fenwickpetstores-uk.com'),
                           ('Invoice to', 'accounts@fenwickpetstores-uk.com')]),
        ('sp', 10), ('small', 'Fenwick Pet Stores Ltd · Registered in England No. 06628417 · VAT GB 918 4431 26'),
    ], 'Microsoft® Excel® 2016', 'Microsoft® Excel® 2016', 'Purchase Order', 'G.Whitfield', t - TD(hours=1),
        header=docs.letterhead('Fenwick Pet Stores', ['Head Office · 14 Station Road · Hinckley LE10 1AW'], (0.1, 0.3, 0.2)))
    m.root = Multi('mixed', [Multi('alternative', [Leaf('text/plain', text, 'UTF-8', '7bit'),
                                                   Leaf('text/html', '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
                                                        + ''.join('<div>%s</div>' % (B.esc(l) or '<br>') for l in text.split('\n')) + '</div>\n',
                                                        'UTF-8', 'quoted-printable')], '----=_Part_Zoho_%d' % r.randint(10 ** 6, 10 ** 7)),
                             att(m, po, 'application/pdf', 'FPS-PO-26-11873.pdf', 'plain')], '----=_Part_Zoho_%d' % r.randint(10 ** 6, 10 ** 7))
    c = dict(frm=frm, to=[S('Oliver')], subject='Purchase Order FPS-PO-26-11873 - New supplier set-up', date=t)
    X.zoho(m, c, '102.89.34.17')
    m.describe('Purchase-order (goods) fraud: a fake procurement director of a UK pet-store chain on a look-alike domain '
               '(Zoho Mail) sends a plausible PO for 26 pallets on 30-day credit to a third-party "consolidation" warehouse.',
               'New customer on a freshly registered look-alike domain; delivery to a different address than head office; urgent '
               'credit set-up; PO with odd VAT line; sender IP in Nigeria. Genuine PO from a real customer: business/12.',
               phones=['+44 1455 804 217'])


# =====================================================================================
@msg('attack', '13-en-device-code-teams-review.eml')
def a13(m):
    t = when(2026, 11, 17, 9, 12, 4, 'UK')
    text = ('Hi Oliver,\n\n'
            'Apologies for the short notice – my work laptop is being re-imaged by our IT so I\'m on my personal account today.\n\n'
            'We\'d like to go through the 2027 range review and the promo calendar before our buying meeting on Thursday. I\'ve '
            'set up the session on our side; because you are an external guest our tenant needs you to verify the device first:\n\n'
            '1. Go to https://microsoft.com/devicelogin\n'
            '2. Enter the code: K7QX2M9ZT\n'
            '3. Sign in with your Example Group account – the meeting will then open in Teams.\n\n'
            'The code is only valid for 15 minutes, so if it expires just let me know and I\'ll send a new one.\n\n'
            'Thanks,\nEmma\n\nEmma Collins\nBuyer – Dog & Cat Nutrition\nHarcourt & Lowe Pet Supplies Ltd\n')
    m.root = Multi('alternative', [Leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                   Leaf('text/html', B.gmail_html(text), 'UTF-8', 'quoted-printable')], B.bnd_gmail(m), quote=True)
    c = dict(frm=('Emma Collins', 'emma.collins.hlps@gmail.com'), to=[S('Oliver')],
             subject='2027 range review - Teams session this morning', date=t, date_z='UK')
    X.gmail(m, c)
    m.describe('Device-code phishing: a Gmail account posing as the known buyer Emma Collins of Harcourt & Lowe asks the key '
               'account manager to enter a code at the REAL microsoft.com/devicelogin, which would hand the attacker an OAuth '
               'token for his Microsoft 365 account.',
               'The only link is a legitimate Microsoft URL; the tell is the flow itself (external person supplying a device code '
               'to "join a meeting"), personal Gmail instead of harcourtlowe.co.uk and time pressure. Genuine Teams invite from '
               'Emma\'s real mailbox: business/13.')


# =====================================================================================
@msg('attack', '14-en-oauth-consent-sharepoint.eml')
def a14(m):
    r = m.rng
    t = when(2026, 11, 25, 13, 48, 22, 'UK')
    cid = guid(r)
    url = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code'
           '&redirect_uri=https%%3A%%2F%%2Fshannon-docs-viewer.azurewebsites.net%%2Fsignin-oidc&response_mode=query'
           '&scope=offline_access%%20openid%%20User.Read%%20Mail.ReadWrite%%20Files.Read.All%%20Contacts.Read&state=%s' % (cid, hexs(r, 24)))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:\'Segoe UI\',Tahoma,sans-serif;background:#f8f8f8;margin:0">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">\n'
            '<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e1e1e1">\n'
            '<tr><td style="padding:24px 28px 8px;font-size:20px;color:#323130">Niamh Doyle shared a file with you</td></tr>\n'
            '<tr><td style="padding:8px 28px;font-size:14px;color:#605e5c">Here\'s the Q4 rebate reconciliation we discussed – please '
            'check the volumes for Ireland before Friday.</td></tr>\n'
            '<tr><td style="padding:14px 28px"><table cellpadding="0" cellspacing="0" style="border:1px solid #edebe9;width:100%%"><tr>'
            '<td style="padding:12px;font-size:14px;color:#323130"><b style="color:#107c41">X</b>&nbsp; Q4-2026 Rebate Reconciliation - Example Group.xlsx</td></tr></table></td></tr>\n'
            '<tr><td style="padding:8px 28px 24px"><a href="%s" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none;font-size:14px">Open</a></td></tr>\n'
            '<tr><td style="padding:12px 28px;font-size:11px;color:#8a8886;border-top:1px solid #edebe9">This link will work for anyone in your '
            'organisation. <br>Microsoft respects your privacy. To learn more, please read our '
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#0078d4">Privacy Statement</a>.<br>'
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>\n'
            '</table></td></tr></table></body></html>\n' % url)
    plain = ('Niamh Doyle shared a file with you\n\nHere\'s the Q4 rebate reconciliation we discussed - please check the volumes '
             'for Ireland before Friday.\n\nQ4-2026 Rebate Reconciliation - Example Group.xlsx\nOpen: %s\n' % url)
    srv = 'DB9PR02MB%04d' % r.randint(1000, 9999)
    m.root = B.alt(m, plain, html, 'utf-8', 'quoted-printable', bnd=B.bnd_outlook(m, '000', srv), ct_quote=True)
    c = dict(frm=('Niamh Doyle', 'niamh.doyle@shannonpetwholesale.ie'), to=[S('Daniel')], cc=[S('Oliver')],
             subject='Niamh Doyle shared "Q4-2026 Rebate Reconciliation - Example Group" with you', date=t)
    X.m365(m, c, (guid(r), 'shannonpetwholesale.onmicrosoft.com'), 'shannonpetwholesale.ie', outbound=X.OUTBOUND_M365[3],
           region='eurprd02', lang='en-IE', dmarc_policy='quarantine', antispam_lang='en')
    m.describe('OAuth consent phishing from a compromised Irish customer mailbox: a hand-made copy of a SharePoint sharing '
               'notice whose "Open" button goes to the real login.microsoftonline.com authorize endpoint of a malicious '
               'multi-tenant app requesting Mail.ReadWrite, Files.Read.All and offline_access.',
               'Real sharing notices come from no-reply@sharepointonline.com and link to *.sharepoint.com, not to an OAuth '
               'authorize URL; redirect_uri on azurewebsites.net; broad mail scopes for "viewing a spreadsheet". DKIM/DMARC pass '
               '(real mailbox). Genuine SharePoint share: business/21; genuine consent workflow notice: business/14.')


# =====================================================================================
@msg('attack', '15-en-callback-norton-invoice.eml')
def a15(m):
    r = m.rng
    t = when(2026, 12, 2, 8, 55, 40, 'UK')
    phone = '+44 20 3769 0418'
    text = ('Dear Customer,\n\nThank you for your continued trust. Your subscription has been renewed automatically and the '
            'amount of £429.99 will be debited from your account within 24 hours.\n\n'
            'Please find the invoice attached for your records.\n\n'
            'If you did not authorise this renewal or wish to cancel and receive a full refund, call our billing department '
            'within 24 hours on %s (Mon-Sat, 8am-8pm).\n\nRegards,\nBilling Team\n' % phone)
    inv, _ = docs.build(m, [
        ('h', 'INVOICE'), ('sp', 4),
        ('kv', [('Invoice No.', 'NLK-48821937'), ('Date', '02/12/2026'), ('Customer', 'rachel.turner@example.com'),
                ('Payment', 'Auto-renewal, card ending 4417')]),
        ('sp', 8),
        ('table', ['Product', 'Term', 'Qty', 'Amount'], [['Norton 360 Deluxe – Business Bundle (10 devices)', '3 years', '1', '£429.99']],
         [5, 1.5, 0.8, 1.5], ['l', 'l', 'r', 'r']),
        ('totals', [('Total charged', '£429.99', True)]), ('sp', 10),
        ('box', 'Not authorised? To cancel and claim your refund call our billing helpline %s within 24 hours.' % phone, (1, 0.95, 0.85)),
        ('sp', 4), ('small', 'This is a computer generated invoice and does not require a signature.'),
    ], 'PDFium', 'Google Docs Renderer', 'Invoice', '', t - TD(hours=2),
        header=docs.letterhead('Norton 360', ['Billing Department'], (0.95, 0.75, 0.1)))
    m.root = Multi('mixed', [Multi('alternative', [Leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                                   Leaf('text/html', B.gmail_html(text), 'UTF-8', 'quoted-printable')], B.bnd_gmail(m), quote=False),
                             att(m, inv, 'application/pdf', 'Invoice_NLK-48821937.pdf', 'gmail')], B.bnd_gmail(m), quote=False)
    c = dict(frm=('Billing Support', 'mathewcarlos2817@gmail.com'), to=[S('Rachel')],
             subject='Order Renewal Confirmation #NLK-48821937', date=t, date_z='UK')
    X.gmail(m, c)
    m.describe('Callback phishing (TOAD): fake Norton renewal "invoice" for £429.99 from a random Gmail account with a PDF '
               'and a phone number to "cancel" – the call leads to remote-access software and bank fraud.',
               'No link or malware, only a phone number; brand mail from gmail.com; generic "Dear Customer"; the company does '
               'not buy Norton through Rachel\'s mailbox; urgency 24 h.', phones=[phone])


# =====================================================================================
@msg('attack', '16-en-sextortion-bitcoin.eml')
def a16(m):
    r = m.rng
    t = when(2026, 12, 9, 3, 17, 55, 'UK')
    wallet = ids.btc_p2wpkh(bytes(r.getrandbits(8) for _ in range(20)))
    hom = str.maketrans({'a': 'а', 'e': 'е', 'o': 'о', 'c': 'с', 'p': 'р'})

    def h(s):
        # real campaigns swap some Latin letters for Cyrillic look-alikes to dodge keyword filters
        return ' '.join(w.translate(hom) if i % 3 == 1 else w for i, w in enumerate(s.split(' ')))
    text = ('Hello!\n\n' + h('I am a hacker who has access to your operating system. I also have full access to your account. '
            'I have been watching you for a few months now. The fact is that you were infected with malware through an adult '
            'site that you visited.') + '\n\n' +
            h('While you were watching videos, your browser started out functioning as a RDP with a keylogger, which gave me '
              'access to your screen and webcam. After that, my software obtained all of your contacts from your messenger, '
              'social networks and e-mail.') + '\n\n' +
            h('I made a double-screen video. The first part shows the video you were watching, and the second part shows the '
              'recording of your webcam. If you want me to delete it, transfer $1450 (USD) in Bitcoin to my wallet:') + '\n\n'
            + wallet + '\n\n' +
            h('After receiving the payment I will delete the video and you will never hear from me again. You have 48 hours. '
              'I have a notification when you open this letter. Do not try to reply, the address is generated.') + '\n')
    m.root = Leaf('text/plain', text, 'utf-8', 'quoted-printable', ct_quote=False)
    dan = S('Daniel')
    c = dict(frm=('', dan[1]), to=[dan], subject='Your account is hacked! Renew the password to your account.', date=t,
             date_z='UK', msgid='<%s@example.com>' % hexs(r, 20).upper())
    X.direct_bot(m, c, '[177.93.44.210]', '177.93.44.210', rdns='177-93-44-210.dynamic.brnet.com.br',
                 mail_from=dan[1], spf='fail', dmarc=('fail', 'quarantine', 'quarantine', 'example.com'),
                 order=['Date', 'From', 'To', 'Subject', 'Message-ID', 'MV', 'MIMEONLY', ('X-Priority', '3')], tls=None)
    m.meta['spoof'] = True
    m.describe('Sextortion spam: the From and envelope sender are the victim\'s own address, sent by a bot from a Brazilian '
               'broadband IP without TLS; demands USD 1,450 to a bitcoin address; Cyrillic homoglyphs mixed into every third word.',
               'SPF fail and DMARC fail for example.com (spoofed own domain) from an external dynamic IP; extortion text; '
               'homoglyph obfuscation; bitcoin wallet.', wallets=[wallet])


# =====================================================================================
# BUSINESS
# =====================================================================================
@msg('business', '09-en-docusign-supply-agreement-2027.eml')
def b09(m):
    r = m.rng
    t = when(2026, 10, 22, 11, 6, 2, 'UK')
    env = guid(r).upper()
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (guid(r), guid(r), guid(r))
    msgtxt = ('Hi Oliver,\n\nAs agreed on Tuesday, here is the supply agreement for 2027 with the updated price schedule '
              '(Annex 2) and the revised delivery slots for Northampton. Nina is copied in as second signatory for Example Group.\n\n'
              'Thanks,\nEmma')
    html = docusign_html('Emma Collins', 'emma.collins@harcourtlowe.co.uk', 'Please DocuSign: Supply Agreement 2027', msgtxt, link, env)
    plain = B.html_to_text(html).replace('REVIEW DOCUMENT', 'REVIEW DOCUMENT\n%s' % link)
    m.root = B.alt(m, plain, html, 'utf-8', 'quoted-printable', bnd=B.bnd_java(m), ct_quote=False)
    c = dict(frm=('Emma Collins via Docusign', 'dse@eumail.docusign.net'), reply_to=[('Emma Collins', 'emma.collins@harcourtlowe.co.uk')],
             to=[S('Oliver')], subject='Complete with Docusign: Supply Agreement 2027 - Harcourt & Lowe / Example Group UK.pdf', date=t,
             date_z='UTC')
    docusign_send(m, c, env)
    m.describe('Genuine DocuSign envelope from the real buyer at Harcourt & Lowe: 2027 supply agreement for signature.',
               'Sender name and Reply-To are the customer\'s real address; expected document after a meeting; no payment or '
               'credential request beyond DocuSign.', hardneg='09-en-docusign-abuse-remittance-change.eml')


# =====================================================================================
@msg('business', '10-en-harcourt-remittance-advice.eml')
def b10(m):
    r = m.rng
    t = when(2026, 10, 30, 15, 22, 48, 'UK')
    rows = [['INV-UK-26-04418', '01/10/2026', '£12,418.40'], ['INV-UK-26-04431', '06/10/2026', '£8,902.15'],
            ['INV-UK-26-04467', '13/10/2026', '£15,331.20'], ['CN-UK-26-00211', '15/10/2026', '-£642.00']]
    pdfb, _ = docs.build(m, [
        ('addr', ['Example Group UK Ltd', 'Accounts Receivable', 'Unit 4, Fengate Business Park', 'Peterborough PE1 5XG'],
         [('Remittance no.', 'HL-REM-261030-07'), ('Payment date', '30/10/2026'), ('Supplier a/c', 'EXA001')]),
        ('sp', 12), ('h', 'Remittance Advice'), ('sp', 4),
        ('table', ['Document', 'Date', 'Amount'], rows, [3, 2, 2], ['l', 'l', 'r']),
        ('totals', [('Total paid', '£36,009.75', True)]), ('sp', 6),
        ('kv', [('Paid to', 'Example Group UK Ltd'), ('Account', 'IBAN %s' % ids.fmt_iban(EG_UK_IBAN)), ('Method', 'BACS, value 30/10/2026')]),
    ], 'Sage 200 Professional', 'Sage 200', 'Remittance Advice', 'Harcourt & Lowe', t - TD(minutes=30),
        header=docs.letterhead('Harcourt & Lowe', ['Pet Supplies Ltd · Unit 12, Brackmills Industrial Estate · Northampton NN4 7PB'], (0.2, 0.2, 0.45)),
        footer=docs.footer_lines(['Registered in England and Wales No. 04417263 · VAT GB 284 6190 37']))
    text = ('Good afternoon,\n\nPlease find attached our remittance advice for the BACS payment made today.\n\n'
            + hl_sig('Priya Shah', 'Purchase Ledger', '+44 1604 765 230'))
    srv = 'LO2P265MB%04d' % r.randint(1000, 9999)
    m.root = Multi('mixed', [B.alt(m, text, B.outlook_html(text, 'en', 'us-ascii'), 'us-ascii', '7bit', bnd=B.bnd_outlook(m, '000', srv)),
                             att(m, pdfb, 'application/pdf', 'HL-REM-261030-07.pdf', 'outlook', t)], B.bnd_outlook(m, '004', srv))
    c = dict(frm=('Harcourt & Lowe Accounts', 'accounts@harcourtlowe.co.uk'), to=[S('Daniel')],
             subject='Remittance Advice HL-REM-261030-07', date=t)
    X.mimecast_m365(m, c, HL_TENANT, 'harcourtlowe.co.uk')
    m.describe('Genuine remittance advice from the customer\'s accounts team (Microsoft 365 behind Mimecast) with a Sage PDF '
               'listing paid invoices to Example Group UK\'s own account.',
               'Real customer domain with DMARC pass, PDF attachment, payment to our known account, no links or requests.',
               hardneg='10-en-svg-remittance-advice.eml', ibans=[EG_UK_IBAN], phones=['+44 1604 765 230'])


# =====================================================================================
@msg('business', '11-en-hmrc-new-message-notify.eml')
def b11(m):
    r = m.rng
    t = when(2026, 11, 6, 9, 31, 5, 'UK')
    text = ('Dear Customer\n\n'
            'You have a new message from HMRC in your business tax account about your VAT.\n\n'
            'To view it, sign in to your HMRC online account:\nhttps://www.gov.uk/log-in-register-hmrc-online-services\n\n'
            'For security reasons, we have not included a link to the message in this email. We will never ask you for '
            'personal or payment information by email or text message.\n\n'
            'From HMRC\n\n'
            'Do not reply to this email - the mailbox is not monitored.\n')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Helvetica,Arial,sans-serif;margin:0;font-size:16px;color:#0b0c0c">\n'
            '<table width="100%" cellpadding="0" cellspacing="0" style="background:#0b0c0c"><tr><td style="padding:14px 20px">'
            '<span style="font-size:28px;font-weight:700;color:#ffffff">GOV.UK</span></td></tr></table>\n'
            '<table width="580" cellpadding="0" cellspacing="0" style="margin:0 20px"><tr><td style="padding-top:20px;line-height:25px">\n'
            + ''.join('<p style="margin:0 0 20px">%s</p>\n' % B.linkify(B.esc(p)).replace('\n', '<br>') for p in text.strip().split('\n\n')) +
            '</td></tr></table></body></html>\n')
    m.root = B.alt(m, text, html, 'utf-8', 'quoted-printable', bnd=hexs(r, 32), ct_quote=False)
    c = dict(frm=('HMRC', 'noreply@tax.service.gov.uk'), to=[S('Daniel')], subject='You have a new message from HMRC', date=t, date_z='UTC')
    X.ses(m, c, region='eu-west-2', host=('e234-12', '23.249.218.12'), dkim_d='tax.service.gov.uk', dkim_s='hmrc1',
          mail_from='%s@bounces.notifications.service.gov.uk' % hexs(r, 32), dmarc_policy='reject',
          order=['From', 'To', 'Subject', 'MV', 'MIMEONLY', 'Message-ID', 'Date'])
    m.describe('Genuine HMRC alert sent through GOV.UK Notify (Amazon SES eu-west-2): a new message waits in the business tax '
               'account; deliberately no link to the message itself, only to the GOV.UK sign-in page.',
               'gov.uk domain with aligned DKIM and DMARC p=reject; no request for data; link only to www.gov.uk.',
               hardneg='11-en-hmrc-vat-refund-phpmailer.eml')


# =====================================================================================
@msg('business', '12-en-harcourt-purchase-order-xlsx.eml')
def b12(m):
    r = m.rng
    t = when(2026, 11, 16, 10, 44, 29, 'UK')
    lines = [('EG-DD-1201', 'Adult chicken & rice 12 kg', 240, 20.85), ('EG-DD-1207', 'Senior lamb & rice 12 kg', 120, 22.10),
             ('EG-CW-0855', 'Cat pouches variety 12x85 g', 960, 4.95), ('EG-DT-0310', 'Dental sticks medium 28 pcs', 600, 3.62)]
    tot = sum(q * p for _, _, q, p in lines)
    rows = [[('PO', 'b'), 'HL-PO-118273'], [('Date', 'b'), '16/11/2026'], [('Deliver to', 'b'), 'Harcourt & Lowe, Unit 12, Brackmills, Northampton NN4 7PB'],
            [('Requested delivery', 'b'), 'Wed 25/11/2026, slot 07:00-09:00 (booking ref to follow)'], [],
            [('Item code', 'b'), ('Description', 'b'), ('Qty', 'b'), ('Unit price GBP', 'b'), ('Line total GBP', 'b')]]
    for code, d, q, p in lines:
        rows.append([code, d, q, (p, 'n'), (round(q * p, 2), 'n')])
    rows.append([None, ('Total', 'b'), None, None, (round(tot, 2), 'bn')])
    x = office.xlsx([('PO HL-PO-118273', rows, [14, 40, 8, 16, 16])], 'Emma Collins', 'Emma Collins',
                    '2026-11-16T09:58:11Z', '2026-11-16T10:40:52Z', (2026, 11, 16, 10, 40, 52))
    po, _ = docs.build(m, [
        ('addr', ['Example Group UK Ltd', 'Unit 4, Fengate Business Park', 'Peterborough PE1 5XG'],
         [('Purchase order', 'HL-PO-118273'), ('Date', '16/11/2026'), ('Supplier a/c', 'EXA001'), ('Buyer', 'Emma Collins')]),
        ('sp', 12), ('h', 'Purchase Order'), ('sp', 4),
        ('table', ['Item', 'Description', 'Qty', 'Unit £', 'Total £'],
         [[c_, d, str(q), '%.2f' % p, '{:,.2f}'.format(q * p)] for c_, d, q, p in lines], [1.5, 4, 0.8, 1.1, 1.3], ['l', 'l', 'r', 'r', 'r']),
        ('totals', [('Total (excl. VAT)', '£{:,.2f}'.format(tot), True)]), ('sp', 6),
        ('p', 'Terms as per Supply Agreement 2026. Please confirm by return and quote the PO number on all delivery notes and invoices.'),
    ], 'Sage 200 Professional', 'Sage 200', 'Purchase Order HL-PO-118273', 'Harcourt & Lowe', t - TD(minutes=5),
        header=docs.letterhead('Harcourt & Lowe', ['Pet Supplies Ltd · Unit 12, Brackmills Industrial Estate · Northampton NN4 7PB'], (0.2, 0.2, 0.45)),
        footer=docs.footer_lines(['Registered in England and Wales No. 04417263 · VAT GB 284 6190 37']))
    text = ('Hi Oliver,\n\nPlease find attached PO HL-PO-118273 for delivery on Wednesday 25th. The Excel version has the same '
            'lines for your order desk. Dental sticks are for the Christmas promo, so please flag if the 600 is a problem.\n\n'
            + hl_sig('Emma Collins', 'Buyer - Dog & Cat Nutrition', '+44 1604 765 212'))
    srv = 'LO2P265MB%04d' % r.randint(1000, 9999)
    m.root = Multi('mixed', [B.alt(m, text, B.outlook_html(text, 'en', 'us-ascii'), 'us-ascii', 'quoted-printable', bnd=B.bnd_outlook(m, '000', srv)),
                             att(m, po, 'application/pdf', 'HL-PO-118273.pdf', 'outlook', t),
                             att(m, x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'HL-PO-118273.xlsx', 'outlook', t)],
                   B.bnd_outlook(m, '004', srv))
    c = dict(frm=('Emma Collins', 'emma.collins@harcourtlowe.co.uk'), to=[S('Oliver')],
             cc=[('Harcourt & Lowe Orders', 'orders@harcourtlowe.co.uk')], subject='PO HL-PO-118273 - delivery 25/11', date=t)
    X.mimecast_m365(m, c, HL_TENANT, 'harcourtlowe.co.uk')
    m.describe('Genuine purchase order from the existing UK customer: PDF and XLSX, delivery to the customer\'s own site.',
               'Real customer domain (Mimecast, DMARC pass), existing account, terms of the signed agreement, own address.',
               hardneg='12-en-fake-purchase-order-credit.eml', phones=['+44 1604 765 212'])


# =====================================================================================
@msg('business', '13-en-teams-meeting-invite-range-review.eml')
def b13(m):
    r = m.rng
    t = when(2026, 11, 17, 16, 20, 9, 'UK')
    start, end = when(2026, 11, 19, 10, 0, 0, 'UK'), when(2026, 11, 19, 11, 30, 0, 'UK')
    tl = teams_link(r, HL_TENANT[0], guid(r))
    desc = ('Agenda: 2027 range review, promo calendar Q1, delisting of 2 SKUs, logistics slots Northampton.\n\n'
            '________________________________________________________________________________\n'
            'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting <%s>\n'
            'Meeting ID: 381 447 209 155\nPasscode: 7dQ2Vm\n\nDownload Teams <https://www.microsoft.com/en-us/microsoft-teams/download-app> | '
            'Join on the web <https://www.microsoft.com/microsoft-teams/join-a-meeting>\n\n'
            'Learn More <https://aka.ms/JoinTeamsMeeting> | Meeting options <https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-GB>\n'
            '________________________________________________________________________________\n'
            % (tl, guid(r), HL_TENANT[0], alnum(r, 40)))
    ics = ics_invite(m, ('Emma Collins', 'emma.collins@harcourtlowe.co.uk'), [S('Oliver'), S('Nina')], start, end,
                     '2027 range review Harcourt & Lowe / Example Group', desc, 'Microsoft Teams Meeting', tzrule='UK')
    plain = desc
    html = B.outlook_html(desc.replace('<%s>' % tl, tl), 'en', 'utf-8')
    srv = 'LO2P265MB%04d' % r.randint(1000, 9999)
    cal = Leaf('text/calendar', ics, 'utf-8', 'base64', params='; method=REQUEST', ct_quote=True)
    m.root = Multi('alternative', [Leaf('text/plain', plain, 'utf-8', 'quoted-printable'), Leaf('text/html', html, 'utf-8', 'quoted-printable'), cal],
                   B.bnd_outlook(m, '000', srv))
    c = dict(frm=('Emma Collins', 'emma.collins@harcourtlowe.co.uk'), to=[S('Oliver'), S('Nina')],
             subject='2027 range review Harcourt & Lowe / Example Group', date=t)
    X.mimecast_m365(m, c, HL_TENANT, 'harcourtlowe.co.uk',
                    extra=[('X-MS-Exchange-Calendar-Series-Instance-Id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAA' + alnum(r, 30)),
                           ('X-MS-Exchange-Organization-AuthAs', 'Internal')])
    m.describe('Genuine Teams meeting invitation (iCalendar REQUEST) from the customer\'s buyer for the 2027 range review.',
               'Sent from Emma\'s real mailbox through Mimecast, standard Teams join link, no code to enter elsewhere.',
               hardneg='13-en-device-code-teams-review.eml')


# =====================================================================================
@msg('business', '14-en-entra-admin-consent-request.eml')
def b14(m):
    r = m.rng
    t = when(2026, 11, 27, 8, 40, 51, 'UK')
    app_id = guid(r)
    url = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AccessRequests/menuId~/null'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:\'Segoe UI\',Arial,sans-serif;color:#323130;font-size:14px">\n'
            '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:18px 24px;font-size:22px">Microsoft Entra</td></tr>\n'
            '<tr><td style="padding:0 24px 12px;font-size:20px">Review admin consent request</td></tr>\n'
            '<tr><td style="padding:0 24px;line-height:21px">\n'
            '<p>Nina Albers (nina.albers@examplegroup.eu) has requested access to <b>Adobe Acrobat Sign for Microsoft 365</b> in '
            'your organization, Example Group.</p>\n'
            '<p>Justification: "Our UK customer Harcourt &amp; Lowe sends contract changes via Acrobat Sign; we need the Outlook '
            'add-in to countersign."</p>\n'
            '<p>Requested permissions: Sign in and read user profile (User.Read), Read user mail (Mail.Read) – delegated.</p>\n'
            '<p>Application ID: %s<br>Publisher: Adobe Inc. (verified)</p>\n'
            '<p>As a reviewer you can approve or deny this request in the Microsoft Entra admin center. The request expires in 30 days.</p>\n'
            '<p><a href="%s" style="background:#0078d4;color:#ffffff;padding:8px 18px;text-decoration:none">Review request</a></p>\n'
            '</td></tr>\n<tr><td style="padding:20px 24px;font-size:11px;color:#605e5c">'
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Privacy Statement</a><br>'
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>\n' % (app_id, url))
    plain = B.html_to_text(html).replace('Review request', 'Review request: ' + url)
    m.root = B.alt(m, plain, html, 'utf-8', 'quoted-printable', bnd=hexs(r, 8) + '-' + hexs(r, 4) + '-' + hexs(r, 4) + '-' + hexs(r, 4) + '-' + hexs(r, 12), ct_quote=False)
    c = dict(frm=('Microsoft Entra', 'azure-noreply@microsoft.com'), to=[S('Lukas')],
             subject='Action required: Review admin consent request for Adobe Acrobat Sign for Microsoft 365', date=t, date_z='UTC',
             msgid='<%s@az.westeurope.microsoft.com>' % guid(r))
    X.generic_relay(m, c, 'NAM12-BN8-obe.outbound.protection.outlook.com', '40.107.237.71',
                    rdns='mail-bn8nam12on2071.outbound.protection.outlook.com',
                    dkims=[('microsoft.com', 'selector2', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version')],
                    mail_from='azure-noreply@microsoft.com', dmarc_policy='reject',
                    order=['From', 'To', 'Subject', 'MV', 'MIMEONLY', 'Message-ID', 'Date',
                           ('X-MS-Exchange-Organization-AuthSource', 'BN8NAM12FT042.eop-nam12.prod.protection.outlook.com'),
                           ('X-EOPAttributedMessage', '0')])
    m.describe('Genuine Microsoft Entra admin-consent-workflow notification to the mail administrator: a colleague requests '
               'consent for a verified publisher app; review link goes to the Entra admin centre.',
               'microsoft.com with DMARC p=reject pass; names a real colleague and a verified publisher; the admin decides in the '
               'portal. Contrast with the consent-phishing link in attack/14.', hardneg='14-en-oauth-consent-sharepoint.eml')


# =====================================================================================
@msg('business', '15-en-uk-payroll-zip-password-by-phone.eml')
def b15(m):
    r = m.rng
    t = when(2026, 11, 26, 17, 8, 33, 'UK')
    rows = [[('Employee group', 'b'), ('Headcount', 'b'), ('Gross pay', 'b'), ('Employer NIC', 'b'), ('Pension ER', 'b')],
            ['Sales & key account', 6, (31840.00, 'n'), (3902.16, 'n'), (955.20, 'n')],
            ['Office & finance', 5, (17120.50, 'n'), (1987.43, 'n'), (513.62, 'n')],
            ['Warehouse Peterborough', 7, (19870.00, 'n'), (2118.71, 'n'), (596.10, 'n')],
            [('Total', 'b'), 18, (68830.50, 'bn'), (8008.30, 'bn'), (2064.92, 'bn')]]
    x = office.xlsx([('Nov-26 summary', rows, [28, 12, 14, 14, 12])], 'Daniel Hughes', 'Daniel Hughes', '2026-11-26T15:40:00Z',
                    '2026-11-26T16:58:21Z', (2026, 11, 26, 16, 58, 22))
    rep, _ = docs.build(m, [('h', 'Payroll journal November 2026'), ('small', 'Example Group UK Ltd · PAYE ref 120/EA41872 · prepared by Daniel Hughes'),
                            ('sp', 6), ('table', ['Nominal', 'Description', 'Debit £', 'Credit £'],
                                              [['7000', 'Gross wages', '68,830.50', ''], ['7006', 'Employer NIC', '8,008.30', ''],
                                               ['7007', 'Employer pension', '2,064.92', ''], ['2210', 'PAYE/NIC liability', '', '27,415.88'],
                                               ['2220', 'Pension liability', '', '4,129.84'], ['2250', 'Net wages control', '', '47,357.99']],
                                              [1, 4, 1.5, 1.5], ['l', 'l', 'r', 'r'])],
                         'Microsoft® Excel® for Microsoft 365', 'Microsoft® Excel® for Microsoft 365', 'Payroll journal Nov-26', 'Daniel Hughes', t - TD(minutes=12))
    pw = 'Fengate#Nov26'
    z = office.zip_encrypted([('Payroll_Nov26_summary.xlsx', x, (2026, 11, 26, 16, 58, 22)), ('Payroll_journal_Nov26.pdf', rep, (2026, 11, 26, 16, 56, 40))], pw, r)
    m.meta['zip_passwords'] = [pw]
    text = ('Hi Katrin,\n\nAttached is the November payroll pack for the UK entity (summary and journal from the bureau, '
            'reconciled to the BACS file). As usual the archive is encrypted - I\'ve just sent you the password by text to your '
            'mobile, so it is not in this email.\n\nNet pay goes out on Monday 30th; the PAYE/NIC payment of £27,415.88 is due '
            'to HMRC by 22 December.\n\nBest regards,\nDaniel\n\n' + sig_eg('Daniel', 'en'))
    m.root = Multi('mixed', [B.alt(m, text, B.outlook_html(text, 'en', 'utf-8'), 'utf-8', 'quoted-printable', bnd=B.bnd_exchange(m)),
                             att(m, z, 'application/x-zip-compressed', 'UK_Payroll_Nov-2026.zip', 'outlook', t)], B.bnd_exchange(m, '004'))
    c = dict(frm=S('Daniel'), to=[S('Katrin')], subject='UK payroll pack November 2026 (password sent by SMS)', date=t)
    X.exchange_internal(m, c, client_ip='10.24.1.37', lang='en-GB', server='EXCH01')
    m.meta['zip_passwords'] = [pw]
    m.describe('Genuine password-protected file: the UK accountant sends the monthly payroll pack as an encrypted ZIP to the '
               'CFO; the password was sent separately by SMS and is not in the message.',
               'Internal route via mail-int01; expected monthly report; the password is deliberately not in the mail (recorded '
               'only for the build\'s verification).', hardneg='08-de-bewerbung-passwort-zip.eml',
               phones=['+44 1733 912 485'])


# =====================================================================================
@msg('business', '16-en-colleague-private-gmail-shelf-photos.eml')
def b16(m):
    r = m.rng
    t = when(2026, 12, 4, 18, 42, 10, 'UK')
    shelf = [(0, 0, 640, 20, (90, 70, 50))]
    for row in range(4):
        y = 30 + row * 105
        shelf.append((0, y + 92, 640, 10, (120, 95, 70)))
        for k in range(9):
            col = [(196, 40, 40), (30, 90, 160), (230, 180, 40), (40, 140, 70), (200, 200, 200)][(k + row) % 5]
            shelf.append((12 + k * 70, y + 8, 58, 84, col))
    img = png_scene(shelf, 640, 450)
    text = ('Hi Nina,\n\nSending this from my personal Gmail - my laptop won\'t connect to the hotel Wi-Fi in Belfast and the '
            'VPN keeps dropping. I\'ll file everything properly in SharePoint when I\'m back on Monday.\n\n'
            'Quick notes from today\'s store visits with Harcourt & Lowe\'s NI rep:\n'
            '- Our cat pouches are on the bottom shelf in 4 of 6 stores, competitor got the eye-level bay with a 3-for-2.\n'
            '- They would take the senior range into 22 NI stores if we can fund a launch promo in February.\n'
            '- Photo of the bay in the Lisburn store attached.\n\n'
            'No action needed tonight, just didn\'t want to lose it. Copying my work address so it\'s in my inbox too.\n\n'
            'Cheers,\nOliver\n\nSent from my iPhone')
    m.root = Multi('mixed', [Multi('alternative', [Leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                                   Leaf('text/html', B.gmail_html(text), 'UTF-8', 'quoted-printable')], B.bnd_gmail(m), quote=False),
                             att(m, img, 'image/png', 'IMG_4471_Lisburn_bay.png', 'gmail')], B.bnd_gmail(m), quote=False)
    c = dict(frm=('Oliver Grant', 'olivergrant.pdx@gmail.com'), to=[S('Nina')], cc=[S('Oliver')],
             subject='Store visits NI today - notes + photo', date=t, date_z='UK')
    X.gmail(m, c)
    m.describe('Genuine mail from a colleague\'s private Gmail: the UK key account manager sends store-visit notes and a '
               'shelf photo from a business trip, copying his work address.',
               'Explains the private account, asks for nothing (no payment, no credentials, no link), copies his real work '
               'address, content matches his role and customer.', hardneg='13-en-device-code-teams-review.eml')
