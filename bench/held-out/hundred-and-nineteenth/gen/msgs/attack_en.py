"""attack/09-16: English-language attacks."""
import hashlib

from lib import archive, docs, ids
from lib import bodies as B
from lib import systems as SY
from lib import util as U
from lib.mimekit import Part
from lib.registry import message

from ._common import S, W, outlook_alt


def consumer_mailbox(m):
    name = 'DU0P192MB%04d' % m.rng.randrange(1000, 9999)
    return name, name + '.EURP192.PROD.OUTLOOK.COM'


@message('attack', '09-en-payroll-diversion-outlook-com')
def a09(m):
    m.when('2026-11-16 07:41:55', 'GB')
    m.frm = ('Sarah Collins', 'sarah.collins.mk@outlook.com')
    m.to = [S['acc_uk']]
    m.subject = 'Bank details change'
    mb = consumer_mailbox(m)
    m.msgid = SY.m365_msgid(m, mb[1])
    txt = """Hi David,

Hope you're well. I've moved my current account over to Monzo and wanted to get my details updated before the November payroll goes through, so my salary doesn't land in the old Barclays account – I'm closing it this week.

New details:
Account name: Sarah J Collins
Sort code: 04-00-75
Account number: 31847265

Could you let me know once that's done? I'm out at the Daventry site most of today so email is easiest.

Thanks,
Sarah

Get [[Outlook for Android|https://aka.ms/AAb9ysg]]"""
    plain = B.text(B.to_plain(txt, 'outlook'), charset='utf-8', cte='base64')
    html = ('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n'
            + ''.join('<div dir="auto">%s</div>\r\n<div dir="auto"><br>\r\n</div>\r\n' % B._inline_html(p).replace('\n', '<br>\r\n') for p in txt.split('\n\n'))
            + '</body>\r\n</html>\r\n')
    m.body = B.alt(plain, B.html(html, charset='utf-8', cte='base64'), B.boundary(m, 'o365', 0))
    m.meta.update(
        what='"Sarah Collins" asks the UK accountant to switch her salary payments to a new Monzo account before the November payroll',
        why='Payroll diversion: colleague display name on a consumer outlook.com address (her real mailbox is sarah.collins@example.com), new neobank account, "email is easiest" to dodge a call-back, timed before the payroll cut-off.',
        other=['04-00-75', '31847265'], delivery='Outlook.com consumer (EOP olkn outbound), Outlook for Android')
    return m.render(SY.m365, domain='outlook.com', dkim_d='outlook.com', dkim_s='selector1', mailbox=mb, lang='en-GB',
                    consumer=True, tenant_id='84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa')


@message('attack', '10-en-device-code-brackmills-compromised')
def a10(m):
    m.when('2026-11-24 10:18:04', 'GB')
    m.frm = ('Gareth Price', 'gareth.price@brackmills-distribution.co.uk')
    m.to = [S['sales']]
    m.subject = 'Brackmills – revised MHE requirement & site visit slots (secure)'
    mb = SY.m365_server(m, 'gbr')
    m.msgid = SY.m365_msgid(m, mb[1])
    txt = """Hi Kevin,

Following on from the tender pack, our operations team has revised the MHE requirement for the Northampton site (now 14 reach trucks and 6 VNA turret trucks) and we have put the updated specification and the site visit slots for next week in our secure document area.

To open it:

1. Go to [[https://microsoft.com/devicelogin|https://microsoft.com/devicelogin]]
2. Enter the code **K9PXQ2WFT**
3. Sign in with your Example Group Microsoft 365 account so we can confirm who accessed the document.

The code only stays valid for 15 minutes, so if it has expired just reply and I'll send a fresh one.

Kind regards,

Gareth Price
Procurement Manager
Brackmills Distribution Ltd
Brackmills Industrial Estate, Caswell Road, Northampton NN4 7PW
T: +44 1604 211 870"""
    m.body = outlook_alt(m, txt, charset='utf-8', lang='EN-GB', bstyle='o365', idx=0)
    m.meta.update(
        what='Customer "Gareth Price" (Brackmills) sends a revised requirement via a "secure document area": go to microsoft.com/devicelogin and enter a code',
        why='Device-code phishing (Storm-2372 style) from the customer\'s genuinely compromised Microsoft 365 mailbox: the only link is Microsoft\'s real device-login page, but the code belongs to the attacker\'s sign-in session, so entering it hands over the recipient\'s tokens. Passes SPF/DKIM/DMARC.',
        phones=['+44 1604 211 870'], other=['K9PXQ2WFT'], delivery='Microsoft 365 (Brackmills tenant, compromised mailbox)')
    return m.render(SY.m365, domain='brackmills-distribution.co.uk', region='gbr', mailbox=mb, lang='en-GB')


@message('attack', '11-en-oauth-consent-vantrex-portal')
def a11(m):
    m.when('2026-11-18 13:05:47', 'CET')
    m.frm = ('Vantrex Dealer Portal', 'noreply@vantrex-partnerportal.com')
    m.to = [S['service']]
    m.subject = 'Action required: reconnect your Microsoft 365 account to the Vantrex Dealer Portal by 30 November'
    r = m.rng
    cid = '8d3f6a21-47c9-4b0e-9e2a-5f17c3b08d64'
    state = U.hexs(r, 32)
    url = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code'
           '&redirect_uri=https%%3A%%2F%%2Fvantrex-partnersync.azurewebsites.net%%2Fauth%%2Fcallback&response_mode=query'
           '&scope=offline_access%%20User.Read%%20Mail.ReadWrite%%20Mail.Send%%20Files.ReadWrite.All&state=%s&prompt=consent' % (cid, state))
    html = """<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Vantrex Dealer Portal</title></head>
<body style="margin:0;background:#f2f4f6;font-family:'Segoe UI',Arial,sans-serif;color:#222;">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:28px 10px;">
<table width="620" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;border-radius:4px;">
<tr><td style="background:#e4002b;padding:18px 30px;color:#fff;font-size:20px;font-weight:600;letter-spacing:1px;">VANTREX <span style="font-weight:300;">Dealer Portal</span></td></tr>
<tr><td style="padding:26px 30px 6px 30px;font-size:15px;line-height:23px;">
<p>Dear partner,</p>
<p>To make warranty claims, parts orders and technical bulletins easier to manage, the Vantrex Dealer Portal is moving to <b>Microsoft 365 single sign-on</b>. Portal passwords will be switched off on <b>30 November 2026</b>.</p>
<p>Please reconnect your account once. You will be asked to allow the <b>Vantrex Partner Sync</b> app to read your profile and to sync claim correspondence and service reports with your mailbox and OneDrive, so that your team no longer has to upload them manually.</p>
<p style="padding:12px 0;"><a href="%s" style="background:#0067b8;color:#fff;padding:12px 22px;text-decoration:none;font-weight:600;border-radius:2px;">Connect with Microsoft</a></p>
<p>The sign-in happens on Microsoft's own page &ndash; Vantrex never sees your password.</p>
<p>Kind regards,<br>Vantrex Dealer Services<br>Material Handling B.V. &middot; Venlo</p></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#888;border-top:1px solid #eee;">You receive this service message because you are registered as a user of the Vantrex Dealer Portal.</td></tr>
</table></td></tr></table></body></html>
""" % url.replace('&', '&amp;')
    plain = """VANTREX Dealer Portal

Dear partner,

To make warranty claims, parts orders and technical bulletins easier to manage, the Vantrex Dealer Portal is moving to Microsoft 365 single sign-on. Portal passwords will be switched off on 30 November 2026.

Please reconnect your account once. You will be asked to allow the Vantrex Partner Sync app to read your profile and to sync claim correspondence and service reports with your mailbox and OneDrive.

Connect with Microsoft:
%s

The sign-in happens on Microsoft's own page - Vantrex never sees your password.

Kind regards,
Vantrex Dealer Services
""" % url
    p1 = B.text(plain, charset='utf-8', cte='quoted-printable').set_charset_fmt('utf-8')
    p2 = B.html(html, charset='utf-8', cte='quoted-printable').set_charset_fmt('utf-8')
    for p in (p1, p2):
        p.ct_style = 'inline'
    m.body = B.alt(p1, p2, B.boundary(m, 'sendgrid'), ct_style='inline')
    m.meta.update(
        what='"Vantrex Dealer Portal" asks dealers to "reconnect with Microsoft" before portal passwords are switched off',
        why='OAuth consent phishing: the link is a genuine login.microsoftonline.com authorize URL, but for an attacker-registered multi-tenant app ("Vantrex Partner Sync") requesting Mail.ReadWrite, Mail.Send, Files.ReadWrite.All and offline_access, redirecting to azurewebsites.net. Sent from look-alike vantrex-partnerportal.com (the real portal is partners.vantrex-mh.com) through the attacker\'s own SendGrid account.',
        other=['client_id=%s' % cid, 'Vantrex Partner Sync'], delivery='SendGrid (attacker account, look-alike domain)')
    return m.render(SY.sendgrid, em_domain='em2290.vantrex-partnerportal.com', dkim_d='vantrex-partnerportal.com')


@message('attack', '12-en-companies-house-idv-ses')
def a12(m):
    m.when('2026-11-09 15:32:10', 'GB')
    m.frm = ('Companies House', 'notifications@companieshouse-idv.uk')
    m.to = [S['om_uk']]
    m.subject = 'Action required: verify your identity for EXAMPLE MATERIALS HANDLING LTD (11872045) by 30 November 2026'
    m.msgid = SY.ses_msgid(m, 'eu-west-2')
    link = 'https://account.companieshouse-idv.uk/verify/start?company=11872045&ref=CHIDV-7Q4K2M'
    html = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width"></head>
<body style="font-family: Helvetica, Arial, sans-serif;font-size: 16px;margin: 0;color:#0b0c0c;">
<table role="presentation" width="100%%" style="border-collapse: collapse;min-width: 100%%;width: 100%% !important;" cellpadding="0" cellspacing="0" border="0">
<tr><td width="100%%" height="53" bgcolor="#0b0c0c"><table role="presentation" width="100%%" style="border-collapse: collapse;max-width: 580px;" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td width="70" bgcolor="#0b0c0c" valign="middle"><span style="font-family: Helvetica, Arial, sans-serif; font-weight: 700; color: #ffffff; font-size: 28px; line-height: 1.315789474; padding-left: 10px;">GOV.UK</span></td></tr></table></td></tr></table>
<table role="presentation" class="content" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;max-width: 580px; width: 100%% !important;" width="100%%">
<tr><td height="30"><br></td></tr>
<tr><td style="font-family: Helvetica, Arial, sans-serif; font-size: 19px; line-height: 1.315789474; max-width: 560px;">
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">Dear director,</p>
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">Under the Economic Crime and Corporate Transparency Act 2023, every director and person with significant control must verify their identity with Companies House.</p>
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">Our records show that identity verification has not been completed for at least one director of <strong>EXAMPLE MATERIALS HANDLING LTD</strong> (company number 11872045).</p>
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">You must verify by <strong>30 November 2026</strong>. If you do not, you may be committing an offence and the company may be unable to file its confirmation statement.</p>
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;"><a style="word-wrap: break-word; color: #1D70B8;" href="%s">Verify your identity now</a></p>
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">You will need your GOV.UK One Login details, your photo ID and the company authentication code.</p>
<p style="Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;">Companies House</p>
</td></tr><tr><td height="30"><br></td></tr></table></body></html>
""" % link
    plain = """Dear director,

Under the Economic Crime and Corporate Transparency Act 2023, every director and person with significant control must verify their identity with Companies House.

Our records show that identity verification has not been completed for at least one director of EXAMPLE MATERIALS HANDLING LTD (company number 11872045).

You must verify by 30 November 2026. If you do not, you may be committing an offence and the company may be unable to file its confirmation statement.

Verify your identity now:
%s

You will need your GOV.UK One Login details, your photo ID and the company authentication code.

Companies House
""" % link
    m.body = B.alt(B.text(plain, charset='UTF-8', cte='quoted-printable'), B.html(html, charset='UTF-8', cte='quoted-printable'),
                   B.boundary(m, 'ses'))
    m.meta.update(
        what='GOV.UK-styled "verify your identity for Companies House" reminder for the UK company with a deadline and offence warning',
        why='Credential and ID-document phishing exploiting the real 2025-26 ID-verification duty: sent from companieshouse-idv.uk (not gov.uk / notifications.service.gov.uk) through the attacker\'s Amazon SES account; asks for One Login details, photo ID and the company authentication code.',
        other=['11872045'], delivery='Amazon SES eu-west-2 (attacker account, look-alike domain)')
    return m.render(SY.ses, region='eu-west-2', dkim_d='companieshouse-idv.uk')


@message('attack', '13-en-paypal-invoice-callback')
def a13(m):
    m.when('2026-10-22 16:44:31', 'PT')
    m.frm = ('PayPal', 'service@paypal.co.uk')
    m.to = [S['acc_uk']]
    m.subject = 'Norton Business Protection sent you an invoice (INV2-W7KQ-3T9P-ZC4D-8FXM)'
    m.dmarc_override['paypal.co.uk'] = 'reject'
    r = m.rng
    m.msgid = '%s.%s.%05d.%s@ccg01mail%02d' % (U.hexs(r, 2, True), U.hexs(r, 2, True), r.randrange(10000, 99999), U.hexs(r, 8, True), r.randrange(1, 6))
    inv = 'INV2-W7KQ-3T9P-ZC4D-8FXM'
    link = 'https://www.paypal.com/invoice/p/#%s' % inv.replace('-', '')
    phone = '+44 20 3966 2871'
    note = ('Your annual Norton 360 Business subscription (25 devices) has been renewed and GBP 489.99 will be collected from '
            'your account within 24 hours. If you did not authorise this renewal, call our billing department immediately on '
            '%s to cancel and receive a full refund.' % phone)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0;background:#f7f9fa;font-family:'PayPal Sans',Helvetica,Arial,sans-serif;">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;">
<tr><td style="padding:24px 32px 0 32px;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" height="48" alt="PayPal"></td></tr>
<tr><td style="padding:16px 32px;font-size:28px;color:#001435;">Norton Business Protection sent you an invoice</td></tr>
<tr><td style="padding:0 32px;font-size:15px;line-height:22px;color:#001435;">
<p>Amount due: <b>&pound;489.99 GBP</b><br>Due on receipt<br>Invoice number: %s</p>
<p style="background:#f1f5fa;padding:14px;border-radius:8px;"><b>Note from seller</b><br>%s</p>
<p style="padding:10px 0;"><a href="%s" style="background:#003087;color:#fff;text-decoration:none;padding:12px 28px;border-radius:25px;font-weight:bold;">View and Pay Invoice</a></p>
<p style="font-size:13px;color:#545d68;">Don't recognise this invoice? Before paying, make sure you recognise this invoice. If you don't, report it.</p></td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#6c7378;">Help &amp; Contact | Security | Apps<br>PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>
Copyright &copy; 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.<br>PPC002019:1.1:cb1b4e3c9a5d1</td></tr>
</table></td></tr></table></body></html>
""" % (inv, note, link)
    plain = """Norton Business Protection sent you an invoice

Amount due: GBP 489.99
Due on receipt
Invoice number: %s

Note from seller:
%s

View and Pay Invoice: %s

Don't recognise this invoice? Before paying, make sure you recognise this invoice. If you don't, report it.

Copyright 1999-2026 PayPal, Inc. All rights reserved.
PPC002019:1.1:cb1b4e3c9a5d1
""" % (inv, note, link)
    bnd = '--==_mimepart_%s_%d' % (U.hexs(r, 13), r.randrange(100000, 999999))
    m.body = B.alt(B.text(plain, charset='UTF-8', cte='quoted-printable'), B.html(html, charset='UTF-8', cte='quoted-printable'), bnd)
    m.meta.update(
        what='Genuine-looking PayPal invoice notification; the seller note warns of a GBP 489.99 Norton renewal and gives a "billing department" number',
        why='Callback phishing through PayPal\'s real invoicing feature: the mail really comes from PayPal (SPF/DKIM/DMARC pass), but the "seller" is a fraudster account and the payload is the phone number in the seller note, which leads to a fake support desk that installs remote-access tools and takes bank details. Example has no Norton subscription.',
        phones=[phone], other=[inv, 'GBP 489.99'], delivery='PayPal transactional mail (abused invoicing)')
    return m.render(SY.generic, helo='mx0.slc.paypal.com', ip='173.0.84.226', dkim_d='paypal.co.uk', dkim_s='pp-dkim1',
                    env_from='service@paypal.co.uk', date_zone='PT',
                    order=['date', 'message-id', 'mime-version', 'from', 'to', 'subject', '*MIME*'],
                    extra=[('X-Email-Type-Id', 'PPC002019'), ('X-XPT-XSL-Name', 'email_pimp/default/en_GB/invoicing/InvoiceRecipientNotification.xsl'),
                           ('PP-Correlation-Id', U.hexs(r, 13)), ('X-PP-REQUESTED-TIME', '%d' % (m.epoch() * 1000 + r.randrange(1000))),
                           ('X-PP-Email-transmission-Id', U.uuid4(r))])


@message('attack', '14-en-tender-adobe-share-compromised')
def a14(m):
    m.when('2026-11-26 11:09:38', 'GB')
    m.frm = ('Rachel Whitfield', 'rachel.whitfield@whitfieldcoldchain.co.uk')
    m.to = [S['om_uk']]
    m.subject = 'Invitation to Tender – MHE fleet replacement 2027 (WCC-ITT-2611)'
    mb = SY.m365_server(m, 'gbr')
    m.msgid = SY.m365_msgid(m, mb[1])
    link = 'https://acrobat.adobe.com/id/urn:aaid:sc:EU:7c1d4e2a-5b8f-4e61-9a3c-2f6b8d0e4c17'
    txt = """Good morning,

Whitfield Cold Chain Ltd is inviting selected suppliers to tender for the replacement of our materials handling fleet at the Corby and Wellingborough sites (approx. 22 units: reach trucks, low-level order pickers and counterbalance trucks, 5-year full-service lease).

The tender pack (specification, pricing schedule and terms) has been shared with you via Adobe Acrobat:

[[WCC-ITT-2611 Tender Pack.pdf – Open in Adobe Acrobat|%s]]

Please register your intention to bid by 4 December 2026; the closing date for submissions is 18 December 2026.

Kind regards,

Rachel Whitfield
Operations Director
Whitfield Cold Chain Ltd
Unit 12, Earlstrees Road, Corby NN17 4AZ
T: 01536 402 118""" % link
    m.body = outlook_alt(m, txt, charset='utf-8', lang='EN-GB', bstyle='o365', idx=0)
    m.meta.update(
        what='Invitation to tender for a 22-truck fleet, tender pack "shared via Adobe Acrobat"',
        why='Fake tender sent from a compromised Microsoft 365 mailbox of a real-looking UK firm with no prior relationship; the Adobe Acrobat cloud link (real platform, passes reputation checks) opens a PDF whose button leads to a Microsoft 365 credential-harvesting page. Part of a mass campaign from the same mailbox.',
        phones=['01536 402 118'], other=['WCC-ITT-2611'], delivery='Microsoft 365 (compromised third-party tenant), link to Adobe Acrobat cloud')
    return m.render(SY.m365, domain='whitfieldcoldchain.co.uk', region='gbr', mailbox=mb, lang='en-GB')


@message('attack', '15-en-sextortion-spoofed-self')
def a15(m):
    m.when('2026-10-14 03:12:47', 'UTC')
    m.frm = ('', 'lukas.neumann@example.com')
    m.to = [('', 'lukas.neumann@example.com')]
    m.subject = 'lukas.neumann – your account has been compromised. Read carefully.'
    r = m.rng
    m.msgid = '%08X.%08X@example.com' % (r.getrandbits(32), r.getrandbits(32))
    wallet = docs.bech32_address(hashlib.sha256(m.fname.encode()).digest()[:20])
    txt = """Hello lukas.neumann,

I am a professional programmer and I have had access to your device for several months. As you can see, I sent this message from your own mailbox.

A few months ago you visited an adult website that was infected with my software. Since then your browser, webcam and microphone have been under my control. I have your contacts, your email correspondence and your chat history, and I recorded you while you were watching those videos.

I have edited a video that shows you and what you were watching side by side. With one click I can send it to all your colleagues, your family and your social media contacts.

I think 1450 USD is a fair price for my silence. Send it in Bitcoin to this wallet:

%s

(If you do not know how to buy Bitcoin, search "how to buy bitcoin" on Google.)

You have 48 hours from the moment you open this email. I have a pixel in this message, so I already know that you have read it. If I receive the payment, I will delete the video and all your data and you will never hear from me again. If not, the video goes out to everyone.

Do not reply to this email and do not contact the police – I will see it immediately. Changing your password will not help, I have full control of your device.
""" % wallet
    m.body = B.text(txt, charset='UTF-8', cte='8bit').set_charset_fmt('"UTF-8"')
    m.meta.update(
        what='Sextortion: "I hacked your device and recorded you", pay USD 1,450 in Bitcoin within 48 hours',
        why='Bulk extortion scam; the sender address is spoofed as the recipient\'s own (SPF fail, DMARC fail for example.com), sent directly to MX from a compromised consumer router in Brazil with a mass-mailer; no real compromise.',
        wallets=[wallet], other=['1450 USD'], delivery='Direct-to-MX spam bot on a residential IP (Brazil)')
    return m.render(SY.generic, helo='[187.45.101.23]', ip='187.45.101.23', rdns='187-45-101-23.user.veloxzone.com.br',
                    env_from='lukas.neumann@example.com', spf='fail', tls=None, date_zone='UTC',
                    order=['message-id', 'from', 'to', 'subject', 'date', 'mime-version', '*MIME*'],
                    xmailer='Microsoft Outlook Express 6.00.2900.5512')


@message('attack', '16-en-gift-cards-ceo-gmail')
def a16(m):
    m.when('2026-12-09 12:26:18', 'GB')
    m.frm = ('Matthias Krüger', 'm.krueger.examplegroup@gmail.com')
    m.to = [S['om_uk']]
    m.subject = 'Quick favour'
    m.msgid = '%s@gmail.com' % U.uuid4(m.rng, upper=True)
    txt = """Hi Sarah,

Are you in the office this afternoon? I need a quick favour and would like you to keep it between us for now – it is a surprise for a few of our key UK customers at the year-end.

Could you pick up 8 Apple gift cards at £100 each (Tesco or Currys will have them), scratch off the back and email me clear photos of the codes? I'm tied up in back-to-back board meetings in Duisburg and can only do email today.

Sabine will reimburse you through expenses next week, just keep the receipts.

Thanks a lot,
Matthias

Sent from my iPhone
"""
    body = B.text(txt, charset='utf-8', cte='quoted-printable').set_charset_fmt('utf-8')
    body.ct_style = 'inline'
    m.body = body
    m.meta.update(
        what='"Matthias Krüger" asks the UK office manager to buy eight £100 Apple gift cards and email photos of the codes',
        why='Gift-card scam: CEO display name on a gmail.com address, secrecy, "only email today", scratch-and-photograph request; sent from an iPhone via Gmail from a Nigerian mobile IP.',
        other=['£100'], delivery='Gmail (iOS Mail via smtp.gmail.com)')
    return m.render(SY.gmail, submission=('smtpclient.apple', '102.89.46.211'),
                    order=['*MIME*', 'mime-version', 'from', 'subject', 'message-id', 'date', 'to', '!X-Mailer: iPhone Mail (22B91)'])
