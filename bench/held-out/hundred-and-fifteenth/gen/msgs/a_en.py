"""Attack messages, English (09-16)."""
import base64

from msgs import msg
from msgs.common import *  # noqa
from lib import qr as Q, ids
from lib.mime import addr, hdr_text, ew
from lib.msg import in_zone, d_std, d_pad, d_postfix, epoch, local
import company


def notify_html(title, paras, link=None, charset='utf-8'):
    e = lambda s: B.esc(s, charset)
    body = []
    for p in paras:
        body.append('<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">%s</p>' % B.linkify(p, charset).replace('\n', '<br>'))
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            '<meta content="width=device-width, initial-scale=1.0" name="viewport" /><title>%s</title></head>\n'
            '<body style="font-family: Helvetica, Arial, sans-serif;font-size: 16px;margin: 0;color:#0b0c0c;">\n'
            '<table role="presentation" width="100%%" style="border-collapse: collapse;min-width: 100%%;width: 100%% !important;" cellpadding="0" cellspacing="0" border="0">'
            '<tr><td width="100%%" height="53" bgcolor="#0b0c0c"><table role="presentation" width="100%%" style="border-collapse: collapse;max-width: 580px;" cellpadding="0" cellspacing="0" border="0" align="center">'
            '<tr><td width="70" bgcolor="#0b0c0c" valign="middle"><span style="font-family: Helvetica, Arial, sans-serif; font-weight: 700; color: #ffffff; text-decoration: none; vertical-align:top; display: inline-block; padding-left: 10px; font-size: 28px; line-height: 1.315789474;">GOV.UK</span></td></tr></table></td></tr></table>\n'
            '<table role="presentation" class="content" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;max-width: 580px; width: 100%% !important;" width="100%%">'
            '<tr><td width="10" valign="middle"><br /></td><td style="font-family: Helvetica, Arial, sans-serif; font-size: 19px; line-height: 1.315789474; max-width: 560px;">\n%s\n</td><td width="10" valign="middle"><br /></td></tr></table>\n</body></html>\n' % (
                e(title), '\n'.join(body)))


@msg('attack', '09', 'en', 'companies-house-strike-off-webfiling')
def a09(m):
    when = local('UK', 2026, 10, 27, 8, 3, 41)
    url = 'https://find-and-update.company-information-service.uk/company/13874521/confirmation-statement?auth=%s' % m.b64url(18)
    paras = ['Company number: 13874521',
             'Company name: EXAMPLE LIVE UK LTD',
             'Our records show that the confirmation statement for the company named above was due on 26 October 2026 and has not been delivered.',
             'Failing to file a confirmation statement is an offence. If we do not receive it within 14 days of this notice, the registrar may take action to strike the company off the register and dissolve it, and the company and its officers may be prosecuted.',
             'To file now, sign in with your WebFiling company authentication code and check the company details we hold:',
             url,
             'If you have already filed, you do not need to do anything.',
             'Companies House',
             'Do not reply to this email. Replies to this address are not monitored.']
    text = '\n\n'.join(paras)
    html = notify_html('Confirmation statement overdue', paras)
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable', quote=False)
    hp = B.html_part(html, 'utf-8', 'quoted-printable', quote=False)
    bnd = '--_NmP-%s-Part_1' % m.hex(16)
    body = Multi([('Content-Type', 'multipart/alternative;\n boundary="%s"' % bnd)], [tp, hp], bnd)
    P.ses(m, 'Companies House <no-reply@companieshouse-notices.co.uk>', 'james.whitfield@example.com', 'james.whitfield@example.com',
          'Confirmation statement overdue: EXAMPLE LIVE UK LTD (13874521)', when, body, 'companieshouse-notices.co.uk',
          region='eu-west-2', dmarc=('pass', 'none'))
    m.meta.update(
        what='Fake Companies House notice to the UK accountant: confirmation statement "overdue", threat of strike-off and prosecution, link to a fake WebFiling sign-in that asks for the company authentication code.',
        why='Sender domain companieshouse-notices.co.uk (not gov.uk / GOV.UK Notify) via Amazon SES; link to company-information-service.uk imitating find-and-update.company-information.service.gov.uk; stealing the authentication code lets criminals change directors and registered office (company hijacking).')


@msg('attack', '10', 'en', 'northbank-lookalike-deposit-bank-change')
def a10(m):
    when = local('UK', 2026, 11, 19, 15, 26, 2)
    iban = ids.make_iban('GB', 'TRWI' + '231470' + '35187264')
    quoted_when = 'On 18/11/2026 17:42, Daniel Wagner wrote:'
    text = """Hi James,

Hope all is well in London.

Following Daniel's note below, please find attached the deposit invoice for Mira Solvej - European Arena Tour 2027 (50%% on signature as per the deal memo, GBP 182,500.00).

Please note that our client money account has moved: after Barclays' review of client accounts for agencies we now hold artist deposits with Wise Business. The Barclays account will be closed on 1 December, so any payment there will be returned. The new details are on the invoice:

Account name: Northbank Artists Ltd - Client Account
Sort code: 23-14-70
Account number: 35187264
IBAN: %s
BIC: TRWIGB2LXXX

Could you let me know your expected payment date so I can confirm the hold to the artist's management? They're keen to release the on-sale dates next week.

Many thanks,
Oliver

Oliver Grant
Agent | Northbank Artists
Unit 12, 5-9 Ravey Street, London EC2A 4QP
+44 20 7946 0352

%s
> Hi Oliver,
>
> Thanks - deal memo countersigned, attached. James in our London office
> will process the deposit once your invoice is in.
>
> Best,
> Daniel
""" % (ids.fmt_iban(iban), quoted_when)
    inv = doc_pdf(m, 'Xero', local('UK', 2026, 11, 19, 15, 10, 0), 'NORTHBANK ARTISTS', ['Unit 12, 5-9 Ravey Street · London EC2A 4QP · VAT GB 318 4471 62'],
                  (30, 30, 30), ['Example Live UK Ltd', 'Accounts Payable', '18 Shepherdess Walk', 'London N1 7LB'],
                  [('Invoice Number', 'NBA-INV-4471'), ('Invoice Date', '19 Nov 2026'), ('Due Date', '26 Nov 2026'), ('Reference', 'MS-EU27-DEP')],
                  'TAX INVOICE',
                  ['Artist: Mira Solvej - European Arena Tour 2027 (14 shows, DE/UK/PL/ES/IT). Deposit 50% on signature as per deal memo dated 18 Nov 2026.'],
                  table=(['Description', 'Qty', 'Unit Price', 'Amount GBP'], [260, 50, 90, 83], ['l', 'r', 'r', 'r'],
                         [['Artist fee deposit (50%), held in client account', '1', '182,500.00', '182,500.00']]),
                  totals=[('Subtotal', '182,500.00', False), ('VAT (outside scope, client money)', '0.00', False), ('TOTAL GBP', '182,500.00', True)],
                  after=['Payment details - CLIENT ACCOUNT (updated November 2026)',
                         'Account name: Northbank Artists Ltd - Client Account · Sort code 23-14-70 · Account 35187264\nIBAN %s · BIC TRWIGB2LXXX' % ids.fmt_iban(iban),
                         'Please quote the invoice number as payment reference.'],
                  footer=[['Northbank Artists Ltd', 'Registered in England & Wales 09128447'], ['accounts@northbankartists.co.uk', '+44 20 7946 0352']],
                  doc_title='NBA-INV-4471')
    tp = B.text_part(text, 'plain', 'UTF-8', '7bit', quote=False, flowed=True)
    att = B.attachment(inv, 'application/pdf', 'Invoice NBA-INV-4471.pdf', 'tb')
    bnd = tb_boundary(m)
    body = Multi([('Content-Type', 'multipart/mixed; boundary="%s"' % bnd)], [tp, att], bnd, 'This is a multi-part message in MIME format.')
    P.privateemail(m, ('Oliver Grant', 'oliver@northbank-artists.co.uk'),
                   [('James Whitfield', 'james.whitfield@example.com')], 'Re: Mira Solvej EU Arena 2027 - deal memo / deposit', when, body,
                   in_reply_to='<%s@EXCH01.corp.example.com>' % m.hex(32),
                   references='<CAJx4mRf0Kp2vL9qW8d3nZb7YtHs1Ue6aGc5XoP4iQ-%s@mail.gmail.com>' % m.hex(6),
                   client_ip='185.107.%d.%d' % (m.between(1, 250), m.between(1, 250)))
    m.facts['phone'] = ['+44 20 7946 0352']
    m.facts['account'] = ['UK sort code 23-14-70, account 35187264 (Wise)']
    m.meta.update(
        what='Supplier bank-detail change from a look-alike domain: "Oliver Grant" of the booking agency sends the 50% tour deposit invoice (GBP 182,500) with a new Wise "client account", continuing a real thread.',
        why='Domain northbank-artists.co.uk (hyphen) instead of northbankartists.co.uk, hosted on Namecheap Private Email, no DMARC alignment with the agency; the agency normally mails from Google Workspace and holds client money at Barclays; story about the old account being closed, pressure via on-sale dates.')


@msg('attack', '11', 'en', 'fake-docusign-r2-dev')
def a11(m):
    when = local('UK', 2026, 11, 3, 10, 14, 27)
    victim = 'daniel.wagner@examplegroup.eu'
    url = 'https://pub-8f3c2a1d9e7b4c6a0d5e2f1b3c4a5d6e.r2.dev/esign/review.html#%s' % base64.b64encode(victim.encode()).decode()
    code = m.hex(32, True)
    text = """Oliver Grant sent you a document to review and sign.

REVIEW DOCUMENT
%s

Oliver Grant
oliver@northbankartists.co.uk

Please review and sign: Mira Solvej - Artist Engagement Agreement EU Arena 2027 (final).

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.""" % (url, code)
    e = lambda s: B.esc(s)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="padding:0;margin:0;background-color:#eaeaea"><table border="0" width="100%" cellspacing="0" cellpadding="0" role="presentation" style="background-color:#eaeaea"><tr><td></td>'
            '<td width="640"><table style="border-collapse:collapse;background-color:#ffffff;max-width:640px"><tr><td style="padding:10px 24px"><img src="https://na3.docusign.net/Member/Images/email/docInvite-white.png" alt="Docusign" width="116" height="34" style="border:none"></td></tr>'
            '<tr><td style="padding:0px 24px 30px 24px"><table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%" style="background-color:#1e4ca1;color:#ffffff" align="center"><tr><td style="padding:28px 36px 36px 36px;border-radius:2px;background-color:#1e4ca1;color:#ffffff;font-size:16px;font-family:Helvetica,Arial,Sans Serif;width:100%;text-align:center" align="center">'
            '<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td align="center" style="padding-top:24px;font-size:16px;font-family:Helvetica,Arial,Sans Serif;border:none;text-align:center;color:#ffffff">Oliver Grant sent you a document to review and sign.</td></tr></table>'
            '<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td align="center" style="padding-top:30px"><div><table cellspacing="0" cellpadding="0"><tr><td align="center" height="44" style="font-size:15px;color:#333333;background-color:#ffc423;font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;background-color:#ffc423;display:block">'
            '<a href="' + e(url) + '" style="font-size:15px;color:#333333;background-color:#ffc423;font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;background-color:#ffc423;display:inline-block" target="_blank"><span style="padding:0px 24px;line-height:44px">REVIEW DOCUMENT</span></a></td></tr></table></div></td></tr></table></td></tr></table></td></tr>'
            '<tr><td style="padding:0px 24px 24px 24px;color:#000000;font-size:16px;font-family:Helvetica,Arial,Sans Serif;background-color:white"><table role="presentation"><tr><td style="padding-bottom:20px"><div style="font-family:Helvetica,Arial,Sans Serif;font-weight:bold;line-height:18px;font-size:15px;color:#333333">Oliver Grant</div><div style="font-family:Helvetica,Arial,Sans Serif;line-height:18px;font-size:15px;color:#666666"><a href="mailto:oliver@northbankartists.co.uk" style="color:#2463d1">oliver@northbankartists.co.uk</a></div></td></tr></table>'
            '<span style="font-size:15px;color:#333333;font-family:Helvetica,Arial,Sans Serif;line-height:20px">Please review and sign: Mira Solvej - Artist Engagement Agreement EU Arena 2027 (final).<br></span></td></tr>'
            '<tr><td style="padding:0px 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,Sans Serif;font-size:11px;color:#666666"></td></tr></table>'
            '<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%" style="max-width:640px"><tr><td style="padding:30px 24px 45px 24px;background-color:#eaeaea">'
            '<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px"><b role="heading" aria-level="3">Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br></p>'
            '<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px"><b role="heading" aria-level="3">Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security code:<br>' + code + '</p>'
            '<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px"><b role="heading" aria-level="3">About Docusign</b><br>Sign documents electronically in just minutes. It\'s safe, secure, and legally binding. Whether you\'re in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management&trade;.</p>'
            '<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px"><b role="heading" aria-level="3">Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.</p>'
            '</td></tr></table></td><td></td></tr></table></body></html>\n')
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable')
    hp = B.html_part(html, 'utf-8', 'quoted-printable')
    bnd = '----=_Part_%d_%d.%d' % (m.between(100000, 999999), m.between(100000000, 999999999), epoch(when) * 1000 + m.between(0, 999))
    body = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % bnd)], [tp, hp], bnd)
    P.ses(m, '"Oliver Grant via Docusign" <dse@eumail.docusign-sign.net>', victim, victim,
          'Complete with Docusign: Mira Solvej - Artist Engagement Agreement EU Arena 2027 (final).pdf', when, body,
          'docusign-sign.net', region='eu-west-1', dmarc=('pass', 'none'),
          reply_to='"Oliver Grant" <oliver@northbankartists.co.uk>')
    m.meta.update(
        what='Fake DocuSign envelope ("Complete with Docusign: Artist Engagement Agreement") naming the real agent of the booking agency; REVIEW DOCUMENT leads to a Cloudflare R2 (r2.dev) page with the victim\'s address in the fragment.',
        why='Look-alike sender domain docusign-sign.net via Amazon SES (real DocuSign mails come from docusign.net and link to docusign.net / docusign.com); the button points to pub-….r2.dev; Reply-To set to the real agent to look legitimate; copied DocuSign template including a fake security code.')


@msg('attack', '12', 'en', 'device-code-teams-guest-login')
def a12(m):
    when = local('DE', 2026, 12, 2, 17, 4, 12)
    code = 'GX7QK2MPL'
    text = """Hi Florian,

Thanks for jumping on this so quickly. I've set up the Teams call for the Example Tickets / Blue Canyon allocation walkthrough (presale codes, fan-club quota and the API callback for our co-promoted dates in Cologne and Hamburg).

Our tenant only admits external guests after a device sign-in (new security policy from our insurer). Please do this first:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: %s
3. Sign in with your normal Microsoft 365 account

The code is only valid for 15 minutes, so please do it now and I'll admit you straight away - the rest of the team is already in the meeting.

Thanks!
Ryan

Ryan Mitchell
VP Ticketing Partnerships
Blue Canyon Live
1901 Avenue of the Stars, Suite 1100, Los Angeles, CA 90067
+1 (310) 555-0186""" % code
    body = gmail_body(m, text)
    P.gmail(m, ('Ryan Mitchell', 'ryan.mitchell@bluecanyon-live.com'), [S('Florian Köhler')],
            'Teams: allocation walkthrough Cologne/Hamburg - join now', when, body, workspace='bluecanyon-live.com',
            dmarc=('pass', 'none'))
    m.facts['phone'] = ['+1 (310) 555-0186']
    m.meta.update(
        what='Device-code phishing (Storm-2372 style): a "US co-promoter" asks the head of ticketing to enter a code at the real microsoft.com/devicelogin "to be admitted to the Teams meeting" - which grants the attacker tokens for his Microsoft 365 account.',
        why='The only link is the genuine Microsoft device-login page, so URL reputation does not help; the "code" is the attacker\'s device code; Teams never requires guests to do a device-code sign-in; new Workspace domain bluecanyon-live.com with no history; 15-minute urgency.')


@msg('attack', '13', 'en', 'oauth-consent-adobe-sign-sendgrid')
def a13(m):
    when = local('DE', 2026, 10, 29, 9, 41, 5)
    cid = m.guid()
    st = m.b64url(24)
    url = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code'
           '&redirect_uri=https%%3A%%2F%%2Facrobat-docview.azurewebsites.net%%2Fauth%%2Fcallback&response_mode=query'
           '&scope=offline_access%%20User.Read%%20Mail.ReadWrite%%20Mail.Send%%20Files.Read.All&state=%s&prompt=consent' % (cid, st))
    text = """Northbank Artists Accounts has sent you a document to review.

Artist_Settlement_Statement_Q4_2026.pdf
3 pages · 284 KB

Open document: %s

To view the document, sign in with your work account. Adobe Acrobat Sign uses Microsoft to verify your identity.

This document was sent via Adobe Acrobat Sign. If you were not expecting it, you can ignore this email.

Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704
Adobe and Acrobat Sign are registered trademarks of Adobe in the United States and/or other countries.""" % url
    e = lambda s: B.esc(s)
    html = brand_html('Northbank Artists Accounts has sent you a document to review', [
        'Artist_Settlement_Statement_Q4_2026.pdf\n3 pages · 284 KB',
        'To view the document, sign in with your work account. Adobe Acrobat Sign uses Microsoft to verify your identity.'],
        color='#eb1000', brand='Adobe Acrobat Sign', button=('Open document', url),
        footer=['This document was sent via Adobe Acrobat Sign. If you were not expecting it, you can ignore this email.',
                'Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704\nAdobe and Acrobat Sign are registered trademarks of Adobe in the United States and/or other countries.'],
        lang='en')
    tp = B.text_part(text, 'plain', 'utf-8', 'quoted-printable')
    hp = B.html_part(html, 'utf-8', 'quoted-printable')
    b1 = m.hex(64)
    body = Multi([('Content-Type', 'multipart/alternative; boundary=%s' % b1)], [tp, hp], b1)
    P.sendgrid(m, '"Adobe Acrobat Sign" <echosign@haverly-events.com>', addr('Sabine Krüger', 'sabine.krueger@example.com', 'utf-8', 'Q'),
               'sabine.krueger@example.com', 'Northbank Artists Accounts has sent you Artist_Settlement_Statement_Q4_2026.pdf to review',
               when, body, 'haverly-events.com', em_sub='em7310')
    m.meta.update(
        what='OAuth consent phishing: fake Adobe Acrobat Sign notice whose link is a real login.microsoftonline.com authorize URL for an attacker app requesting offline_access, Mail.ReadWrite, Mail.Send and Files.Read.All (prompt=consent).',
        why='Sent through the (compromised) SendGrid account of an unrelated events company (haverly-events.com), not from adobesign.com; Adobe Sign never asks users to consent to a third-party app; redirect_uri on azurewebsites.net; consenting gives persistent mailbox access without a password.')


@msg('attack', '14', 'en', 'callback-mcafee-renewal-pdf')
def a14(m):
    when = local('UK', 2026, 12, 10, 13, 52, 48)
    inv_no = 'MCF-%s-UK' % m.digits(8)
    phone = '+44 20 7946 0718'
    text = """Dear Customer,

Thank you for renewing your McAfee Total Protection subscription. Your order has been processed and the amount will appear on your statement within 24 hours.

Invoice: %s
Product: McAfee Total Protection - 10 Devices (3 Years)
Amount: GBP 389.99
Payment method: Auto-debit

If you did not authorise this renewal or want to cancel and receive a full refund, please call our Billing Department within 24 hours on %s (Mon-Sat, 8am-8pm).

Your invoice is attached for your records.

Regards,
Billing Department""" % (inv_no, phone)
    inv = doc_pdf(m, 'iLovePDF', when, 'McAfee', ['Customer Billing Centre'], (192, 0, 0),
                  ['Emma Clarke', 'emma.clarke@examplegroup.eu'],
                  [('Invoice No.', inv_no), ('Date', '10 Dec 2026'), ('Customer ID', 'C-%s' % m.digits(7))],
                  'INVOICE - AUTO RENEWAL',
                  ['Thank you for choosing McAfee. Your subscription has been renewed automatically.'],
                  table=(['Product', 'Term', 'Qty', 'Amount'], [230, 110, 50, 93], ['l', 'l', 'r', 'r'],
                         [['McAfee Total Protection - 10 Devices', '3 Years', '1', 'GBP 389.99']]),
                  totals=[('Total charged', 'GBP 389.99', True)],
                  after=['To cancel your subscription and get a refund, call our Billing Department within 24 hours:',
                         'Toll free: %s' % phone,
                         'Refunds cannot be processed by email.'],
                  footer=[['Billing Department', 'This is a computer generated invoice.']],
                  doc_title=inv_no)
    tp = B.text_part(text, 'plain', 'UTF-8', '7bit')
    att = B.attachment(inv, 'application/pdf', 'Invoice_%s.pdf' % inv_no, 'gmail', gmail_id='f_m%s0' % m.alnum(8).lower())
    b2 = P.gmail_boundary(m)
    b1 = P.gmail_boundary(m)
    hp = B.html_part(B.gmail_html(text), 'UTF-8', 'quoted-printable')
    alt = Multi([('Content-Type', 'multipart/alternative; boundary="%s"' % b1)], [tp, hp], b1)
    body = Multi([('Content-Type', 'multipart/mixed; boundary="%s"' % b2)], [alt, att], b2)
    P.gmail(m, ('Billing Support', 'fionamarsh.billingdesk@gmail.com'), [('', 'emma.clarke@examplegroup.eu')],
            'Your order %s has been processed' % inv_no, when, body)
    m.facts['phone'] = [phone]
    m.meta.update(
        what='Callback phishing (TOAD): fake McAfee auto-renewal invoice for GBP 389.99 from a Gmail address; the victim is told to phone the "billing department" to cancel, where criminals install remote-access tools or take card details.',
        why='Freemail sender with a personal name, "Dear Customer", no link to scan; the payload is the phone number in the body and PDF; the company does not buy McAfee consumer licences; refund "only by phone".')


@msg('attack', '15', 'en', 'helpdesk-screenconnect-after-mailbomb')
def a15(m):
    when = local('DE', 2026, 11, 26, 9, 47, 20)
    url = 'https://examplegroup-support.screenconnect.com/Bin/ScreenConnect.ClientSetup.exe?e=Access&y=Guest&h=instance-k7x2pq-relay.screenconnect.com&p=443&k=BgIAAACkAABSU0ExAAgAAAEAAQ%s&c=Example%%20Group&c=Hamburg&c=&c=INC0048817' % m.b64url(30)
    text = """Hello Laura,

since about 08:30 this morning several Example Group mailboxes, including yours, have been hit by a targeted spam wave (hundreds of newsletter sign-ups and subscription confirmations). This is a known attack pattern that is used to hide security alerts.

We are rolling out an updated mail filter rule to the affected users today. Because the rule has to be applied locally in Outlook, one of our technicians needs to connect to your PC for about 10 minutes.

Please download and run the remote support client from our support portal:
%s

When the window "Example Group Remote Support" appears, leave your PC switched on - the technician will connect within 15 minutes and you can continue working. Please do not forward this message; the session link is personal.

Ticket: INC0048817
Priority: High

Kind regards
Example Group IT Service Desk
Hamburg | Service hours Mon-Fri 07:00-19:00""" % url
    html = ('<div>' + '</div>\n<div>'.join(B.linkify(l) if l.strip() else '<br>' for l in text.split('\n')) + '</div>')
    html = ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body>'
            '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">%s</div><br></body></html>' % html)
    tp = B.text_part(text, 'plain', 'UTF-8', 'quoted-printable', quote=False)
    hp = B.html_part(html, 'UTF-8', 'quoted-printable', quote=False)
    bnd = '----=_Part_%d_%d.%d' % (m.between(100000, 999999), m.between(100000000, 999999999), epoch(when) * 1000 + m.between(0, 999))
    body = Multi([('Content-Type', 'multipart/alternative; \n\tboundary="%s"' % bnd)], [tp, hp], bnd)
    n = m.between(10, 99)
    host = 'sender4-op-o%d.zoho.eu' % n
    ip = '136.143.169.%d' % n
    t0 = in_zone(when, 'UTC')
    arr = m.later(t0, 1, 3)
    snd = ('Example Group IT Service Desk', 'servicedesk@examplegroup-itsupport.com')
    m.connect(host, host, ip, snd[1], 'laura.fischer@example.com', arr)
    m.dmarc = ('pass', 'none', 'examplegroup-itsupport.com')
    h = []
    wrap = lambda v: '\n\t'.join(v[k:k + 72] for k in range(0, len(v), 72))
    h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none; \n\td=zohomail.eu; s=zohoarc; \n\tb=%s' % (epoch(when), wrap(m.b64(256)))))
    h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=zohomail.eu; s=zohoarc; \n\tt=%d; h=Content-Type:Date:Date:From:From:MIME-Version:Message-ID:Subject:Subject:To:To:Message-Id:Reply-To:Cc; \n\tbh=%s; \n\tb=%s' % (
        epoch(when), m.b64(32), wrap(m.b64(256)))))
    h.append(('ARC-Authentication-Results', 'i=1; mx.zohomail.eu;\n\tdkim=pass  header.i=examplegroup-itsupport.com;\n\tspf=pass  smtp.mailfrom=servicedesk@examplegroup-itsupport.com;\n\tdmarc=pass header.from=<servicedesk@examplegroup-itsupport.com>'))
    h.append(('DKIM-Signature', m.dkim('examplegroup-itsupport.com', 'zmail', 'Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:Content-Type:Reply-To:Cc', t=epoch(when), i='servicedesk@examplegroup-itsupport.com')))
    h.append(('Received', 'from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%03d; %s' % (epoch(when), m.between(0, 999), d_std(in_zone(when, 'UTC')).replace('+0000', '-0800 (PST)') if False else d_std(in_zone(when, 'UTC')))))
    h.append(('Date', d_std(when)))
    h.append(('From', addr(*snd)))
    h.append(('To', '"Laura Fischer" <laura.fischer@example.com>'))
    h.append(('Message-Id', '<%s.%s.%d@examplegroup-itsupport.com>' % (m.hex(11), m.hex(16), m.between(10**18, 10**19 - 1))))
    h.append(('Subject', '[INC0048817] Spam wave on your mailbox - remote fix scheduled'))
    h.append(('MIME-Version', '1.0'))
    h.append(('@MIME', None))
    h.append(('Importance', 'High'))
    h.append(('User-Agent', 'Zoho Mail'))
    h.append(('X-Mailer', 'Zoho Mail'))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Help-desk pretext after e-mail bombing: "Example Group IT Service Desk" tells the CEO assistant her mailbox is under a spam wave and asks her to run a ScreenConnect client so a "technician" can fix Outlook.',
        why='Look-alike domain examplegroup-itsupport.com on Zoho Mail; the real service desk uses it-servicedesk@example.com and never installs remote tools via mailed links; link is an attacker-controlled ScreenConnect instance with a guest session; "do not forward" and urgency.')


@msg('attack', '16', 'en', 'meta-page-deletion-google-forms')
def a16(m):
    when = local('DE', 2026, 10, 9, 19, 31, 55)
    url = 'https://docs.google.com/forms/d/e/1FAIpQLSe%s/viewform?usp=pp_url&entry.1146723380=Example+Live+Germany' % m.b64url(36)
    case = '%d' % m.between(10**14, 10**15 - 1)
    text = """Meta for Business

Your Page has been scheduled for deletion

Hi Example Live Germany,

We have received multiple reports that your Page "Example Live Germany" is using copyrighted material (promotional video for an upcoming tour) without permission from the rights holder. This violates our Community Standards and Intellectual Property policies.

Your Page and the associated advertising account will be permanently deleted within 24 hours unless you submit an appeal.

Case number: #%s

If you believe this decision is a mistake, please submit an appeal using the form below. After your appeal has been reviewed, the restriction will be lifted.

Submit appeal: %s

Thank you,
The Meta Business Support Team

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""" % (case, url)
    paras = text.split('\n\n')
    html = brand_html('Your Page has been scheduled for deletion', paras[2:-3] + ['Case number: #%s' % case, paras[-4]],
                      color='#0866ff', brand='Meta for Business', button=('Submit appeal', url),
                      footer=['Thank you,\nThe Meta Business Support Team', 'Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025'],
                      lang='en', font='Helvetica,Arial,sans-serif')
    tp = B.text_part(text, 'plain', 'us-ascii', '7bit')
    hp = B.html_part(html, 'utf-8', 'quoted-printable')
    bnd = '_=aspnet_sfmc_%s' % m.hex(24)
    body = Multi([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % bnd)], [tp, hp], bnd)
    n = m.between(10, 250)
    host = 'mta%d.email.brightwave-travel.com' % m.between(2, 9)
    ip = '13.111.%d.%d' % (m.between(40, 90), n)
    t0 = in_zone(when, 'USE')
    arr = m.later(t0, 2, 5)
    job = '%d_%d' % (m.between(1000000, 9999999), m.between(1000000, 9999999))
    envf = 'bounce-%s_HTML-%d-%s-%d@bounce.email.brightwave-travel.com' % (m.hex(6), m.between(10**8, 10**9), job.replace('_', '-'), m.between(10, 99))
    m.connect(host, host, ip, envf, 'julia.braun@example.com', arr)
    m.dmarc = ('pass', 'none', 'email.brightwave-travel.com')
    h = []
    h.append(('DKIM-Signature', m.dkim('email.brightwave-travel.com', '200608', 'From:To:Subject:Date:List-Unsubscribe:MIME-Version:Reply-To:Message-ID:Content-Type', t=epoch(t0))))
    h.append(('DKIM-Signature', m.dkim('s7.exacttarget.com', '200608', 'From:To:Subject:Date:List-Unsubscribe:MIME-Version:Reply-To:Message-ID:Content-Type', t=epoch(t0))))
    h.append(('Received', 'by %s id h%s for <julia.braun@example.com>; %s' % (host, m.alnum(10).lower(), d_std(t0))))
    h.append(('From', '"Meta for Business" <meta-business@email.brightwave-travel.com>'))
    h.append(('To', '<julia.braun@example.com>'))
    h.append(('Subject', 'Your Page "Example Live Germany" has been scheduled for deletion'))
    h.append(('Date', d_std(t0)))
    h.append(('List-Unsubscribe', '<https://cl.email.brightwave-travel.com/unsub_center.aspx?qs=%s>' % m.hex(40)))
    h.append(('MIME-Version', '1.0'))
    h.append(('Reply-To', '"Meta for Business" <reply-%s-%s@email.brightwave-travel.com>' % (m.hex(8), job)))
    h.append(('x-job', job))
    h.append(('Message-ID', '<%s@atl1s07mta%d.xt.local>' % (m.guid(), m.between(1000, 9999))))
    h.append(('@MIME', None))
    m.headers = h
    m.body = body
    m.meta.update(
        what='Social-media account takeover lure: "Meta for Business" says the promoter\'s Facebook page will be deleted in 24 h for copyright violation; the appeal is a Google Form that collects Facebook credentials and 2FA codes.',
        why='Sent through the Salesforce Marketing Cloud account of an unrelated travel company (email.brightwave-travel.com), not facebookmail.com; real Meta notices point to facebook.com/business/help or Business Suite, never to Google Forms; 24-hour deletion threat.')
