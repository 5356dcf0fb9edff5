"""English messages (UK office and international partners): 8 attacks, 8 genuine."""
from kit import *   # noqa: F401,F403
from common import rfc_date

NG_VAT = ids.gb_vat('2841536')
MONZO = ids.iban_gb('MONZ', '040004', '71852046')
NG_IBAN = ids.iban_gb('NWBK', '601613', '48291735')   # Northgate Print, NatWest (in quoted genuine quote)
BTC = ids.bech32_p2wpkh('audit71-sextortion-en')


class GmailIPhone(I.Gmail):
    """Gmail account used from the iOS Mail app."""
    att = 'tb'

    def msgid(self, t, rng, frm):
        return '<%s@gmail.com>' % uuid4(rng, upper=True)

    def headers(self, t, rng, frm, subject):
        return super().headers(t, rng, frm, subject) + [('X-Mailer', 'iPhone Mail (22B91)')]

    def boundary(self, rng, subtype, n):
        return 'Apple-Mail-' + uuid4(rng, upper=True)


def M365_NG(client_ip):
    return I.M365(domain='northgateprint.co.uk', srv='CWXP265MB4620', srv2='LO0P265MB6488', region='gbrp265',
                  ob=('GBR01-CWX-obe.outbound.protection.outlook.com',
                      'mail-cwxgbr01on2112.outbound.protection.outlook.com', '40.107.121.112'),
                  content_language='en-GB', client_ip=client_ip)


QUOTE_REQ = D('''
    From: Markus Wendt <markus.wendt@example.com>
    Sent: 19 October 2026 14:06
    To: Graham Dale <graham.dale@northgateprint.co.uk>
    Subject: Reprint quote - The Salt Road (B-format PB, 3,000 copies)

    Dear Graham,

    could you please quote for a reprint of THE SALT ROAD (ISBN %s), B-format paperback, 384 pp., 3,000 copies, same spec as the last run (Munken Print Cream 70 gsm, 4/0 cover with matt lamination)? Delivery to our distributor in Swindon in week 48 at the latest.

    Many thanks and kind regards
    Markus Wendt
    Procurement / Production
    Example Group SE
    ''' % ids.isbn13('978-1-7394821-0-'))


def define():
    # =====================================================================
    # ATTACKS
    # =====================================================================
    # 9 fake Docusign (Mailgun)
    inf = I.Mailgun(helo='m228-12.mailgun.net', rdns='m228-12.mailgun.net', ip='159.135.228.12',
                    mgdom='mg.docusign-eu.net')
    env = 'a3f19c2e-6b7d-4e21-9f0a-8c4d2b7e1a55'
    link = 'https://eu.docusign-review.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=7c2f9e41-83b5-4d06-a1e8-52f7c0b9d613&er=e81d4a37-2c6f-4b90-8d15-f3a07c6e9b28' % env
    plain = D('''
        Emily Carter sent you a document to review and sign.

        REVIEW DOCUMENT: %s

        Emily Carter
        emily.carter@harrowfinch.co.uk

        Dear Claudia,

        Please find attached the amended royalty statement for Q3 2026 together with the updated payment instructions for all titles we represent. Kindly review and sign by Friday so that the December payment run is not delayed.

        Best wishes,
        Emily

        Do Not Share This Email
        This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

        Alternate Signing Method
        Visit Docusign.com, click 'Access Documents', and enter the security code:
        9B41C7E2A05D4F3C8E6B1D72F0A3C95E2

        About Docusign
        Sign documents electronically in just minutes. It's safe, secure, and legally binding.
        ''' % link)
    html = D('''
        <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="padding:0;margin:0;background:#eaeaea">
        <table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:20px">
        <table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
        <tr><td style="padding:10px 24px"><span style="font-size:24px;font-weight:bold;color:#1e1e1e">docusign</span></td></tr>
        <tr><td style="padding:0 24px"><table width="100%%" style="background:#4c00ff" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px;color:#fff;font-size:16px">
        Emily Carter sent you a document to review and sign.<br><br>
        <a href="%s" style="display:inline-block;background:#ffc820;color:#000;font-weight:bold;padding:10px 22px;text-decoration:none;font-size:14px">REVIEW DOCUMENT</a>
        </td></tr></table></td></tr>
        <tr><td style="padding:24px;font-size:15px;color:#333"><b>Emily Carter</b><br><a href="mailto:emily.carter@harrowfinch.co.uk" style="color:#2463d1">emily.carter@harrowfinch.co.uk</a><br><br>
        Dear Claudia,<br><br>Please find attached the amended royalty statement for Q3 2026 together with the updated payment instructions for all titles we represent. Kindly review and sign by Friday so that the December payment run is not delayed.<br><br>Best wishes,<br>Emily</td></tr>
        <tr><td style="padding:16px 24px;font-size:12px;color:#666;background:#f7f7f7"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
        <b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>9B41C7E2A05D4F3C8E6B1D72F0A3C95E2</td></tr>
        </table></td></tr></table></body></html>
        ''' % link)
    add('attack', 'en', 'docusign-royalty-statement-fake', inf, T('2026-11-11 09:14:26', 'UK'),
        ('Emily Carter via Docusign', 'dse@docusign-eu.net'), [S('claudia.neumann')],
        'Complete with Docusign: Harrow & Finch - Amended Royalty Statement & Payment Instructions Q3 2026',
        alt(text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')),
        what='Docusign-styled request from "Emily Carter" of the literary agency to sign an amended royalty statement with new payment instructions',
        why='Not from Docusign (real EU sender dse@eumail.docusign.net via docusign.net servers) but from look-alike docusign-eu.net through Mailgun; link to eu.docusign-review.net credential page; combines brand impersonation with a payment-instruction change pretext',
        check={'technique': 'Fake Docusign envelope via Mailgun, look-alike domain, link to credential phishing'})

    # 10 TOAD via genuine PayPal invoice
    inf = SV.paypal()
    phone = '+44 20 3769 1184'
    plain = D('''
        Geek Squad Protection Services sent you an invoice for £389.99 GBP

        Due on receipt

        Note from seller:
        Your annual Geek Squad Total Tech Support plan (3 devices, 24/7 remote assistance) has been renewed automatically and will be charged to your account today. If you did not authorise this renewal or wish to cancel and receive a full refund, call our billing desk within 24 hours on %s (Mon-Sun, 8am-10pm).

        Invoice number: 00471-2026
        Amount requested: £389.99 GBP

        View and Pay Invoice: https://www.paypal.com/invoice/p/#INV2-7KQD-4M2X-9TRB-H6WL

        Don't recognise this invoice? Report this invoice.

        Help & Contact | Security | Apps
        PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
        Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A.
        ''' % phone)
    html = D('''
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="background:#f2f2f2;font-family:Helvetica,Arial,sans-serif">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:28px">
        <div style="font-size:26px;font-weight:bold;color:#003087">PayPal</div>
        <h2 style="font-weight:normal">Geek Squad Protection Services sent you an invoice for &pound;389.99 GBP</h2>
        <p>Due on receipt</p>
        <p style="background:#f5f7fa;padding:14px"><b>Note from seller:</b><br>Your annual Geek Squad Total Tech Support plan (3 devices, 24/7 remote assistance) has been renewed automatically and will be charged to your account today. If you did not authorise this renewal or wish to cancel and receive a full refund, call our billing desk within 24 hours on %s (Mon-Sun, 8am-10pm).</p>
        <p>Invoice number: 00471-2026<br>Amount requested: &pound;389.99 GBP</p>
        <p><a href="https://www.paypal.com/invoice/p/#INV2-7KQD-4M2X-9TRB-H6WL" style="background:#0070e0;color:#fff;padding:10px 26px;border-radius:20px;text-decoration:none">View and Pay Invoice</a></p>
        <p style="font-size:12px">Don't recognise this invoice? <a href="https://www.paypal.com/invoice/p/#INV2-7KQD-4M2X-9TRB-H6WL/report">Report this invoice</a>.</p>
        <p style="font-size:11px;color:#666">Help &amp; Contact | Security | Apps<br>Copyright &copy; 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A.</p>
        </td></tr></table></body></html>
        ''' % phone)
    add('attack', 'en', 'paypal-invoice-callback-toad', inf, T('2026-10-22 16:05:09', 'UK'),
        ('PayPal', 'service@paypal.co.uk'), [S('priya.shah')],
        'Invoice from Geek Squad Protection Services (00471-2026)',
        alt(text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')),
        what='Genuine PayPal invoice e-mail for a "Geek Squad" renewal of 389.99 GBP whose seller note urges the recipient to call a billing number to cancel',
        why='Callback phishing (TOAD) abusing PayPal\'s real invoicing service: infrastructure and links are PayPal\'s, the attack is the phone number in the seller note - the call leads to a remote-access tool / bank-transfer scam; the company has no such subscription',
        check={'technique': 'Callback phishing (TOAD) via abused genuine PayPal invoice service'})

    # 11 Device-code phishing from a compromised partner tenant
    inf = I.M365(domain='linguabridge.co.uk', srv='LO2P265MB5934', srv2='CWLP265MB3217', region='gbrp265',
                 ob=('GBR01-LO2-obe.outbound.protection.outlook.com',
                     'mail-lo2gbr01on2131.outbound.protection.outlook.com', '40.107.10.131'),
                 content_language='en-GB', client_ip='146.70.199.12')
    body = D('''
        Hi Oliver,

        Following our call last week, we have moved the shared workspace for the Q1 translation schedule (German and Polish titles) into a secured Teams channel with our client files.

        Because of our updated security policy, external guests now authenticate with a one-time device code instead of a guest invitation link. It only takes a minute:

        1. Go to https://microsoft.com/devicelogin
        2. Enter the code: GYCHLW7PT
        3. Sign in with your Example Group account and approve.

        The code expires 15 minutes after this email was sent, so please do it straight away; if it has expired just let me know and I'll generate a new one.

        Looking forward to the review on Thursday.

        Kind regards,
        Anna

        Anna Kowal
        Project Manager
        Lingua Bridge Translations Ltd
        4th Floor, 110 Clifton Street, London EC2A 4HT
        ''')
    add('attack', 'en', 'teams-device-code-phishing', inf, T('2026-12-01 10:31:57', 'UK'),
        ('Anna Kowal', 'anna.kowal@linguabridge.co.uk'), [S('oliver.bennett')],
        'Secure Teams workspace - Q1 translation schedule review',
        alt(text(body, 'us-ascii', '7bit', wrap=False),
            text(html_of(body, 'outlook', 'us-ascii', 'EN-GB'), 'us-ascii', 'quoted-printable', 'html')),
        what='Translation partner invites the UK MD into a "secure Teams workspace" by entering a one-time code at microsoft.com/devicelogin',
        why='Device-code phishing: the link is Microsoft\'s real device login, but the code was generated by the attacker, so signing in grants the attacker OAuth tokens for the victim\'s account (Storm-2372 style); sent from the translator\'s real, compromised Microsoft 365 mailbox (sign-in from a VPN exit IP); "expires in 15 minutes" urgency; no genuine guest flow works this way',
        check={'technique': 'Device-code phishing (OAuth device authorization grant) from compromised partner M365 mailbox'})

    # 12 Payroll diversion from a free-mail look-alike of a colleague
    inf = GmailIPhone(host=('mail-wm1-f41.google.com', '209.85.128.41'), date_zone='UK')
    body = D('''
        Hi Priya,

        I've recently switched banks and would like my salary to go into my new account from the December payroll onwards. Could you please update my details before the cut-off?

        Account name: Hannah Whitfield
        Bank: Monzo
        Sort code: 04-00-04
        Account number: 71852046

        I'm in back-to-back meetings with Waterstones today so email is best - just let me know once it's updated.

        Thanks so much,
        Hannah

        Sent from my iPhone
        ''')
    add('attack', 'en', 'payroll-diversion-bank-change', inf, T('2026-12-03 08:52:14', 'UK'),
        ('Hannah Whitfield', 'hannah.whitfield.ldn@gmail.com'), [S('priya.shah')],
        'Change of bank details for payroll',
        text(body, 'utf-8', 'quoted-printable'),
        what='"Hannah Whitfield" asks UK payroll to pay her December salary into a new Monzo account',
        why='Payroll diversion: colleague\'s name on a new free-mail address (hannah.whitfield.ldn@gmail.com, not her known private address), request just before payroll cut-off, "email is best", bypasses the HR self-service/verification process; destination is a mule account',
        check={'technique': 'Payroll diversion via free-mail impersonation of an employee'})

    # 13 Amazon Vendor Central credential phishing via SES
    inf = I.SES(n=48)
    link = 'https://vendorcentral.amazon.co.uk.vc-disputes.com/hz/vendor/members/chargebacks?region=UK&case=CB-0471188'
    plain = D('''
        Hello Example Group UK,

        The following Vendor Central chargebacks have been issued for purchase orders shipped in October 2026:

        PO 7WQX2M1K - ASN accuracy - £ 812.40
        PO 3KRT9B7D - Carton content label missing - £ 566.10
        PO 9HLP4C2Q - Prep / labelling - £ 1,467.80

        Total pending: £ 2,846.30

        Chargebacks that are not disputed within 48 hours will be accepted automatically and deducted from your next remittance.

        Review and dispute: %s

        Thank you,
        Amazon Vendor Central - Operational Performance
        This message was sent to hannah.whitfield@example.com. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.
        ''' % link)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">'
            '<div style="max-width:620px;margin:auto;border-top:4px solid #ff9900;padding:20px">'
            '<div style="font-size:20px;font-weight:bold">vendor central</div>'
            + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in plain.split('\n\n')[:4]) +
            '<p><a href="%s" style="background:#ffd814;color:#111;padding:9px 20px;border-radius:8px;text-decoration:none">Review and dispute chargebacks</a></p>'
            '<p style="font-size:11px;color:#666">This message was sent to hannah.whitfield@example.com. Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.</p>'
            '</div></body></html>\n' % link)
    add('attack', 'en', 'amazon-vendor-central-chargebacks', inf, T('2026-11-10 07:12:40', 'UK'),
        ('Amazon Vendor Central', 'vendor-notifications@vc-disputes.com'), [S('hannah.whitfield')],
        'Action required: 3 chargebacks pending dispute (£2,846.30) - auto-acceptance in 48 hours',
        alt(text(plain, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')),
        what='"Amazon Vendor Central" warns that three chargebacks will be auto-accepted unless disputed within 48 hours',
        why='Trade-specific (publishers sell to Amazon as vendors) but sent through Amazon SES by the domain vc-disputes.com; the link uses the deceptive host vendorcentral.amazon.co.uk.vc-disputes.com to harvest Vendor Central credentials; 48-hour deadline',
        check={'technique': 'Trade-portal credential phishing (Amazon Vendor Central), subdomain deception, via Amazon SES'})

    # 14 Voicemail SVG attachment from a compromised small business
    inf = I.EximCpanel(helo='uk-lon-web07.hostingshop.co.uk', rdns='uk-lon-web07.hostingshop.co.uk', ip='185.151.30.162',
                       client_ip='154.47.22.198', zone='UK', mailer=None)
    svg = D('''
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="520" height="200" viewBox="0 0 520 200">
          <rect width="520" height="200" rx="10" fill="#f3f6fa" stroke="#c7d3e3"/>
          <text x="24" y="40" font-family="Segoe UI, Arial" font-size="18" fill="#1f2d3d">Voice message - +44 20 7946 0831</text>
          <text x="24" y="66" font-family="Segoe UI, Arial" font-size="13" fill="#5a6b7d">Received 04/11/2026 09:12 - Duration 00:47 - For: Oliver Bennett</text>
          <a xlink:href="https://voicemsg-playback.net/l/?m=b2xpdmVyLmJlbm5ldHRAZXhhbXBsZS5jb20=" target="_blank">
            <rect x="24" y="96" width="472" height="64" rx="32" fill="#2266cc"/>
            <polygon points="56,112 56,144 82,128" fill="#ffffff"/>
            <rect x="100" y="125" width="360" height="6" rx="3" fill="#9bbbe8"/>
            <text x="100" y="116" font-family="Segoe UI, Arial" font-size="13" fill="#ffffff">Click to play (secure playback)</text>
          </a>
        </svg>
        ''')
    body = D('''
        You have received a new voice message.

        From: +44 20 7946 0831
        Received: 04/11/2026 09:12
        Length: 00:47

        The recording is attached. Open the attachment in your browser to listen.

        Unified Communications Service
        ''')
    add('attack', 'en', 'voicemail-svg-attachment', inf, T('2026-11-04 09:13:55', 'UK'),
        ('Voicemail Service', 'reception@bristolsmiles-dental.co.uk'), [S('oliver.bennett')],
        'New voicemail from +44 20 7946 0831 (00:47) for Oliver Bennett',
        mixed(text(body, 'us-ascii', '7bit'), svg_att('VM_Playback_0831_Oliver.svg', svg)),
        what='"Voicemail" notification with an SVG attachment showing a play button',
        why='SVG attachment with a hyperlink to voicemsg-playback.net carrying the victim address base64-encoded (credential-phishing redirect); the company\'s phone system does not mail voicemails; sent through a compromised dental-practice mailbox on shared hosting from a foreign IP',
        check={'technique': 'SVG attachment phishing (voicemail lure), compromised third-party SMTP account'})

    # 15 Sextortion with Bitcoin address, spoofed own address, direct-to-MX
    inf = I.Botnet(helo='[186.97.55.201]', rdns='host-186-97-55-201.static.telecentro.com.ar', ip='186.97.55.201',
                   msgid_dom='example.com', date_zone='UTC', forged_helo='mail.example.com')
    body = D('''
        Hello Oliver,

        I am writing to you from your own account oliver.bennett@example.com, which should tell you that I have had access to it for some time.

        A few months ago a piece of software was installed on the device you use to check your mail. Since then I have been able to see everything you do: your browsing history, your contacts, your conversations, and your camera. I have recordings of you visiting certain websites, and I have put together a split-screen video of what you were watching and of you at the same moment.

        I am not interested in ruining your life. Send 1450 USD in Bitcoin to the address below and I will permanently delete everything and remove my software from your device:

        %s

        You have 48 hours from opening this message. I can see when you open it. If I do not receive the payment, the video will be sent to all your contacts, your colleagues and your family.

        Do not reply to this message, it is sent from your address. Do not go to the police; I will know.

        If you do not know how to buy Bitcoin, search "how to buy bitcoin" - it is easy.
        ''' % BTC)
    add('attack', 'en', 'sextortion-bitcoin', inf, T('2026-10-16 03:41:07', 'UK'),
        ('Oliver Bennett', 'oliver.bennett@example.com'), [S('oliver.bennett')],
        'oliver.bennett - 48 hours',
        text(body, 'us-ascii', '7bit'), env_from='oliver.bennett@example.com',
        what='Sextortion: claims device compromise and compromising video, demands 1450 USD in Bitcoin within 48 hours',
        why='Extortion scam with a valid bech32 Bitcoin address; forges the recipient\'s own address in From/Return-Path but arrives directly from an Argentine residential/botnet IP, not from the internal relay; no real compromise',
        check={'technique': 'Extortion / sextortion with Bitcoin (bech32) address, self-spoofed sender, botnet direct-to-MX',
               'btc': [BTC]})

    # 16 Thread hijack from compromised printer mailbox, encrypted ZIP
    inf = M365_NG('193.29.13.184')
    orig_quote = D('''
        From: Graham Dale <graham.dale@northgateprint.co.uk>
        Sent: 20 October 2026 11:38
        To: Markus Wendt <markus.wendt@example.com>
        Subject: RE: Reprint quote - The Salt Road (B-format PB, 3,000 copies)

        Dear Markus,

        Thank you for your enquiry. Please find our quotation NP-26-0877 attached: 3,000 copies at £1.412 per copy, £4,236.00 + VAT, delivery to Swindon in week 47.

        Kind regards,
        Graham
        ''')
    body = D('''
        Hi Markus,

        Apologies for the delay - paper prices moved again this week, so I've had to revise the quote and our account team has issued an updated proforma. Both are attached.

        As the archive contains our price list it's password protected, password: NP2611

        Could you confirm by end of day so we can hold the slot on the B2 press? Otherwise the next free slot is mid-December.

        Kind regards,
        Graham

        Graham Dale
        Account Manager
        Northgate Print Ltd | Hurricane Way, Norwich NR6 6JB
        T +44 1603 418 220

        ''') + orig_quote + '\n' + QUOTE_REQ
    z = zip_att('Revised_Quote_NP-26-0912.zip', [
        ('Revised_Quote_NP-26-0912.pdf.lnk', b'placeholder: inert stand-in for a Windows shortcut that would launch a downloader\n', ZT(2026, 10, 29, 9, 2, 14)),
        ('Proforma_PF-26-1148.pdf.lnk', b'placeholder: inert stand-in for a Windows shortcut that would launch a downloader\n', ZT(2026, 10, 29, 9, 2, 20))],
        password='NP2611')
    add('attack', 'en', 'printer-thread-hijack-encrypted-zip', inf, T('2026-10-29 09:06:33', 'UK'),
        ('Graham Dale', 'graham.dale@northgateprint.co.uk'), [S('markus.wendt')],
        'RE: Reprint quote - The Salt Road (B-format PB, 3,000 copies)',
        mixed(alt(text(body, 'windows-1252', 'quoted-printable'),
                  text(html_of(body, 'outlook', 'windows-1252', 'EN-GB'), 'windows-1252', 'quoted-printable', 'html')), z),
        irt='<CWXP265MB46204D1E6B0A8F27C39D5A11B8E2F@CWXP265MB4620.gbrp265.prod.outlook.com>',
        refs='<FR3P281MB1942A6C03E1D9B27F45C8A10D6B2E@FR3P281MB1942.deup281.prod.outlook.com>\n <CWXP265MB46204D1E6B0A8F27C39D5A11B8E2F@CWXP265MB4620.gbrp265.prod.outlook.com>',
        what='Reply in an existing reprint-quote thread from the printer\'s account manager with a "revised quote" in a password-protected ZIP',
        why='Thread hijack from the printer\'s genuinely compromised Microsoft 365 mailbox (sign-in from a foreign VPS IP): the real earlier messages are quoted, but the attachment is a ZipCrypto archive (password in the body to defeat scanning) containing .pdf.lnk shortcuts - malware delivery; the genuine quote (business/09) came as a plain PDF',
        check={'technique': 'Thread hijack from compromised supplier mailbox, password-protected ZIP (ZipCrypto) with .pdf.lnk',
               'zip_pw': 'NP2611'})

    # =====================================================================
    # GENUINE
    # =====================================================================
    # 9 Genuine printer quote (the thread later hijacked)
    inf = M365_NG('86.14.201.77')
    body = D('''
        Dear Markus,

        Thank you for your enquiry. Please find our quotation NP-26-0877 attached: 3,000 copies at £1.412 per copy, £4,236.00 + VAT, delivery to Swindon in week 47.

        Paper is reserved until 30 October; after that the price may need to be revisited because of the current mill surcharges.

        Kind regards,
        Graham

        Graham Dale
        Account Manager
        Northgate Print Ltd | Hurricane Way, Norwich NR6 6JB
        T +44 1603 418 220

        ''') + QUOTE_REQ
    q = pdf_att('Quotation_NP-26-0877.pdf', [
        ('Northgate Print Ltd', 16, True), 'Hurricane Way, Norwich NR6 6JB - VAT Reg. GB ' + NG_VAT, '',
        ('Quotation NP-26-0877', 13, True), 'Date: 20/10/2026   Valid until: 30/10/2026', '',
        'Customer: Example Group SE, Gerberstrasse 14, 04105 Leipzig, Germany', 'Contact: Markus Wendt', '',
        'Title: The Salt Road   ISBN ' + ids.isbn13('978-1-7394821-0-'), 'Format: B-format paperback 198 x 129 mm, 384 pp.',
        'Text: Munken Print Cream 70 gsm, 1/1 black', 'Cover: 4/0 on 300 gsm board, matt lamination',
        'Quantity: 3,000    Unit price: GBP 1.412    Total: GBP 4,236.00 + VAT', '',
        'Delivery: week 47 to Swindon distribution centre, carriage included.',
        'Payment: 30 days net. NatWest, sort code 60-16-13, account 48291735 (IBAN ' + bnk(NG_IBAN) + ')'],
        title='Quotation NP-26-0877', author='Northgate Print Ltd', creator='PrintVis for Business Central',
        producer='Microsoft Dynamics 365 Business Central', created="D:20261020113600+01'00'")
    add('business', 'en', 'printer-reprint-quote', inf, T('2026-10-20 11:38:02', 'UK'),
        ('Graham Dale', 'graham.dale@northgateprint.co.uk'), [S('markus.wendt')],
        'RE: Reprint quote - The Salt Road (B-format PB, 3,000 copies)',
        mixed(alt(text(body, 'iso-8859-1', 'quoted-printable'),
                  text(html_of(body, 'outlook', 'iso-8859-1', 'EN-GB'), 'iso-8859-1', 'quoted-printable', 'html')), q),
        irt='<FR3P281MB1942A6C03E1D9B27F45C8A10D6B2E@FR3P281MB1942.deup281.prod.outlook.com>',
        refs='<FR3P281MB1942A6C03E1D9B27F45C8A10D6B2E@FR3P281MB1942.deup281.prod.outlook.com>',
        what='Printer replies to procurement with the quotation for a 3,000-copy reprint, PDF quote',
        why='Answer to our own request (In-Reply-To our message), printer\'s Microsoft 365 tenant from a UK ISP address, plain PDF quotation with the known bank details',
        pair=('printer-thread-hijack-encrypted-zip', 'Same thread and sender - genuine reply has a plain PDF, no password-protected archive'))

    # 10 Genuine Docusign envelope from the literary agency
    inf = SV.docusign()
    env = '5d2a8c71-3f4e-4b19-a6d0-92e7c1f48b30'
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=0f6b3d92-7a1c-4e58-b2d4-6c8e91a0f375&er=2b7e4f10-9c3d-4a86-b5e1-7d0c2f9a6e43' % env
    plain = D('''
        Emily Carter sent you a document to review and sign.

        REVIEW DOCUMENT: %s

        Emily Carter
        emily.carter@harrowfinch.co.uk

        Dear Claudia,

        As agreed on Tuesday, here is the German-language translation rights agreement for THE SALT ROAD for signature. Our author has already signed. Advance and royalty terms are as in our offer of 3 November; payment details are unchanged from the last agreement.

        Best wishes,
        Emily

        Do Not Share This Email
        This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

        Alternate Signing Method
        Visit Docusign.com, click 'Access Documents', and enter the security code:
        5D2A8C713F4E4B19A6D092E7C1F48B302

        About Docusign
        Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

        Questions about the Document?
        If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.
        ''' % link)
    html = D('''
        <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="padding:0;margin:0;background:#eaeaea">
        <table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:20px">
        <table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
        <tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116"></td></tr>
        <tr><td style="padding:0 24px"><table width="100%%" style="background:#4c00ff" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px;color:#fff;font-size:16px">
        Emily Carter sent you a document to review and sign.<br><br>
        <a href="%s" style="display:inline-block;background:#ffc820;color:#000;font-weight:bold;padding:10px 22px;text-decoration:none;font-size:14px">REVIEW DOCUMENT</a>
        </td></tr></table></td></tr>
        <tr><td style="padding:24px;font-size:15px;color:#333"><b>Emily Carter</b><br><a href="mailto:emily.carter@harrowfinch.co.uk" style="color:#2463d1">emily.carter@harrowfinch.co.uk</a><br><br>
        Dear Claudia,<br><br>As agreed on Tuesday, here is the German-language translation rights agreement for THE SALT ROAD for signature. Our author has already signed. Advance and royalty terms are as in our offer of 3 November; payment details are unchanged from the last agreement.<br><br>Best wishes,<br>Emily</td></tr>
        <tr><td style="padding:16px 24px;font-size:12px;color:#666;background:#f7f7f7"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
        <b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>5D2A8C713F4E4B19A6D092E7C1F48B302</td></tr>
        </table></td></tr></table></body></html>
        ''' % link)
    add('business', 'en', 'docusign-rights-agreement', inf, T('2026-11-12 15:22:48', 'UK'),
        ('Emily Carter via Docusign', 'dse@eumail.docusign.net'), [S('claudia.neumann')],
        'Complete with Docusign: Translation Rights Agreement - The Salt Road (German language)',
        alt(text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')),
        reply_to=('Emily Carter', 'emily.carter@harrowfinch.co.uk'),
        what='Genuine Docusign envelope from the literary agency: translation rights agreement ready to sign',
        why='Sent by Docusign\'s EU service (dse@eumail.docusign.net, docusign.net servers), link to eu.docusign.net, expected after a call, terms refer to a known offer and explicitly unchanged payment details',
        pair=('docusign-royalty-statement-fake', 'Same agency, same Docusign layout - genuine sender domain/infrastructure and link target'))

    # 11 Colleague on sick leave from private Gmail
    inf = I.Gmail(host=('mail-ed1-f47.google.com', '209.85.208.47'), date_zone='UK')
    body = D('''
        Hi Oliver,

        Sorry for the short notice - I've come down with a nasty flu overnight and won't make it in today, probably not tomorrow either. I'm writing from my personal address because my work laptop is in the office.

        Could you let Waterstones know that I'll move the Thursday call to next week? Their buyer's number is in the shared contacts. I'll call in at 10 anyway if I'm up to it, and I'll upload the fit note to the HR portal if it goes beyond seven days.

        Thanks and sorry,
        Hannah
        ''')
    add('business', 'en', 'colleague-sick-leave-private-gmail', inf, T('2026-12-02 07:04:38', 'UK'),
        ('Hannah Whitfield', 'hannah.whitfield84@gmail.com'), [S('oliver.bennett')],
        'Off sick today',
        alt(text(body, 'UTF-8', 'quoted-printable'), text(html_of(body, 'gmail', 'UTF-8'), 'UTF-8', 'quoted-printable', 'html')),
        what='UK sales colleague reports sick to her manager from her private Gmail address',
        why='Her known private address (used before), real Gmail infrastructure, informs the manager, no request for money, data or changes; follows the normal HR-portal process',
        pair=('payroll-diversion-bank-change', 'Same colleague name on Gmail one day earlier - but her known private address, no bank/payroll request'))

    # 12 Genuine Teams meeting invitation with calendar part
    inf = I.M365(domain='harrowfinch.co.uk', srv='LO4P265MB6101', srv2='LO0P265MB2873', region='gbrp265',
                 ob=('GBR01-LO4-obe.outbound.protection.outlook.com',
                     'mail-lo4gbr01on2107.outbound.protection.outlook.com', '40.107.139.107'),
                 content_language='en-GB', client_ip='81.134.22.190')
    mid = '19%3ameeting_ZjM5YTQ1MmEtNzQ0Zi00YjcwLWE2ZjAtNmI0N2Q4ZDQwM2E1%40thread.v2'
    tlink = 'https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%224e1c7b2a-90d3-4f6e-8a51-c2b7e0f93d84%%22%%2c%%22Oid%%22%%3a%%22a7d03e51-6c29-4b8f-9e1d-35f0c4a2b718%%22%%7d' % mid
    body = D('''
        Hi Claudia, hi Hannah,

        Let's go through the German and UK audio rights for THE SALT ROAD and the spring catalogue together.

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join: %s
        Meeting ID: 371 882 904 116
        Passcode: 3hV9tQ
        ________________________________________________________________________________
        For organisers: Meeting options
        ''' % tlink)
    ics = D('''
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VTIMEZONE
        TZID:GMT Standard Time
        BEGIN:STANDARD
        DTSTART:16010101T020000
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0000
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T010000
        TZOFFSETFROM:+0000
        TZOFFSETTO:+0100
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
        END:DAYLIGHT
        END:VTIMEZONE
        BEGIN:VEVENT
        ORGANIZER;CN=Emily Carter:mailto:emily.carter@harrowfinch.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Claudia Neumann:mailto:claudia.neumann@examplegroup.eu
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Whitfield:mailto:hannah.whitfield@example.com
        DESCRIPTION;LANGUAGE=en-GB:Let's go through the German and UK audio rights for THE SALT ROAD and the spring catalogue together.\\n\\nMicrosoft Teams meeting\\nMeeting ID: 371 882 904 116\\nPasscode: 3hV9tQ\\n
        UID:040000008200E00074C5B7101A82E00800000000A06F5B3C4D62DB01000000000000000010000000E4C1B7F2A3904D4C8A6E1F0B2C7D9A35
        SUMMARY;LANGUAGE=en-GB:Audio rights - The Salt Road / spring catalogue
        DTSTART;TZID=GMT Standard Time:20261208T140000
        DTEND;TZID=GMT Standard Time:20261208T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261130T101500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-SKYPETEAMSMEETINGURL:%s
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        ''' % tlink)
    add('business', 'en', 'teams-meeting-invitation', inf, T('2026-11-30 10:15:00', 'UK'),
        ('Emily Carter', 'emily.carter@harrowfinch.co.uk'), [S('claudia.neumann'), S('hannah.whitfield')],
        'Audio rights - The Salt Road / spring catalogue',
        multi('alternative', [
            text(body, 'us-ascii', 'quoted-printable'),
            text(html_of(body, 'outlook', 'us-ascii', 'EN-GB'), 'us-ascii', 'quoted-printable', 'html'),
            ics_part(ics)], None),
        rcpt='claudia.neumann@examplegroup.eu',
        what='Literary agent sends a Teams meeting invitation (with iCalendar part) about audio rights',
        why='Normal Outlook/Teams invitation from the agency\'s Microsoft 365 tenant: teams.microsoft.com join link, meeting ID and passcode, calendar REQUEST part, no sign-in codes',
        pair=('teams-device-code-phishing', 'Same kind of partner Teams invitation - but a standard meeting link, no device code to enter'))

    # 13 GitHub password reset
    inf = SV.github()
    tok = 'AXh8Q2kZ7pL0mN4rT9vW1yB6cD3fG5hJ'
    plain = D('''
        We heard that you lost your GitHub password. Sorry about that!

        But don't worry! You can use the following button to reset your password:

        https://github.com/password_reset/%s

        If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

        Thanks,
        The GitHub Team
        ''' % tok)
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body style="font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Helvetica,Arial,sans-serif;color:#24292f">'
            '<table width="544" align="center"><tr><td style="padding:16px"><h2 style="font-weight:300">Reset your GitHub password</h2>'
            '<p>We heard that you lost your GitHub password. Sorry about that!</p><p>But don&#8217;t worry! You can use the following button to reset your password:</p>'
            '<p><a href="https://github.com/password_reset/%s" style="background:#2da44e;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">Reset your password</a></p>'
            '<p>If you don&#8217;t use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>'
            '<p>Thanks,<br>The GitHub Team</p></td></tr></table></body></html>\n' % tok)
    add('business', 'en', 'github-password-reset', inf, T('2026-10-14 06:21:09', 'US'),
        ('GitHub', 'noreply@github.com'), [S('lena.schaefer')],
        '[GitHub] Please reset your password',
        alt(text(plain, 'UTF-8', '7bit', wrap=False), text(html, 'UTF-8', '7bit', 'html')),
        what='GitHub password-reset link requested by the IT security admin',
        why='Sent by GitHub\'s own outbound servers (out-*.smtp.github.com), link only to github.com, triggered by the user\'s own reset request',
        pair=('teams-device-code-phishing', 'Account/sign-in mail with a real vendor URL, requested by the user - contrast to an attacker-initiated device code'))

    # 14 Microsoft Entra SSPR notification
    inf = I.ms_notify()
    plain = D('''
        Example Group SE

        Your password has been reset

        The password for your account pr***@example.com was recently reset.

        If you did this, there's nothing else you need to do. If you didn't reset your password, contact your administrator immediately.

        Microsoft respects your privacy. To learn more, please read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
        Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
        ''')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI,Tahoma,sans-serif">'
            '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;font-size:14px;color:#333">'
            '<div style="font-size:17px;color:#707070">Example Group SE</div><h2 style="font-weight:normal;color:#2672ec">Your password has been reset</h2>'
            '<p>The password for your account <b>pr***@example.com</b> was recently reset.</p>'
            '<p>If you did this, there&#39;s nothing else you need to do. If you didn&#39;t reset your password, contact your administrator immediately.</p>'
            '<p style="font-size:12px;color:#777">Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>'
            '</td></tr></table></body></html>\n')
    add('business', 'en', 'microsoft-password-reset-notification', inf, T('2026-11-03 09:48:27', 'UK'),
        ('Microsoft on behalf of Example Group SE', 'msonlineservicesteam@microsoftonline.com'), [S('priya.shah')],
        'Your password has been reset',
        alt(text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')),
        what='Microsoft Entra self-service password reset confirmation for the UK accountant',
        why='Real Microsoft notification sender (microsoftonline.com) from Exchange Online Protection, masked account name, no action link other than the privacy statement',
        pair=('amazon-vendor-central-chargebacks', 'Service notification about an account - no deadline, no credentials requested'))

    # 15 Google security alert
    inf = I.GoogleNotify()
    plain = D('''
        [image: Google]
        A new sign-in on Windows

        oliver.bennett@example.com
        We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
        Check activity
        https://accounts.google.com/AccountChooser?Email=oliver.bennett@example.com&continue=https://myaccount.google.com/alert/nt/1762781404000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D-5931875626114392%%26et%%3D0

        You can also see security activity at
        https://myaccount.google.com/notifications
        You received this email to let you know about important changes to your Google Account and services.
        © 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
        ''')
    html = ('<!DOCTYPE html><html lang="en"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"></head>'
            '<body style="margin:0;padding:0"><table width="100%" cellpadding="0" cellspacing="0" style="min-width:348px"><tr><td align="center">'
            '<div style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px;max-width:516px;font-family:Google Sans,Roboto,Arial,sans-serif">'
            '<div style="font-size:24px;text-align:center">A new sign-in on Windows</div>'
            '<div style="text-align:center;font-size:14px;padding-top:8px">oliver.bennett@example.com</div>'
            '<div style="font-size:14px;line-height:20px;padding-top:20px;text-align:center">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don&#39;t need to do anything. If not, we&#39;ll help you secure your account.</div>'
            '<div style="padding-top:32px;text-align:center"><a href="https://accounts.google.com/AccountChooser?Email=oliver.bennett@example.com&amp;continue=https://myaccount.google.com/alert/nt/1762781404000?rfn%3D325%26rfnc%3D1%26eid%3D-5931875626114392%26et%3D0" '
            'style="background-color:#4184f3;border-radius:5px;color:#ffffff;display:inline-block;font-size:14px;padding:10px 24px;text-decoration:none">Check activity</a></div>'
            '<div style="padding-top:20px;font-size:12px;text-align:center">You can also see security activity at<br><a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a></div></div>'
            '<div style="font-size:11px;color:#5f6368;text-align:center;padding-top:12px">You received this email to let you know about important changes to your Google Account and services.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>'
            '</td></tr></table></body></html>\n')
    add('business', 'en', 'google-security-alert-new-signin', inf, T('2026-11-10 13:30:04', 'UK'),
        ('Google', 'no-reply@accounts.google.com'), [S('oliver.bennett')],
        'Security alert',
        alt(text(plain, 'UTF-8', 'quoted-printable'), text(html, 'UTF-8', 'quoted-printable', 'html')),
        what='Google account security alert: new sign-in on Windows (Google Ads account of the UK office)',
        why='From Google\'s notification infrastructure (mail-sor-*.google.com, gaia bounce address), links only to accounts.google.com / myaccount.google.com, informational',
        pair=('amazon-vendor-central-chargebacks', 'Account notice from a big platform, but genuine infrastructure and links'))

    # 16 UK trade newsletter via Mailchimp
    inf = I.Mailchimp(a=135, b=9, c=131, uid='8f3a61d2c47b09e5e1a2b7c3d', dc=21)
    base = 'https://tradebooksweekly.us21.list-manage.com/track/click?u=8f3a61d2c47b09e5e1a2b7c3d&id='
    arts = [('Christmas trading: independents report strong first week', 'a1c4e7'),
            ('Audio rights prices climb as platforms compete', 'b2d5f8'),
            ('Paper surcharges: what printers are telling publishers for 2027', 'c3e6a9'),
            ('London Book Fair 2027 exhibitor registration opens', 'd4f7b0')]
    plain = 'Trade Books Weekly - 27 November 2026\n\n' + '\n\n'.join(
        '%s\n%s%s&e=7a9c2e41f0' % (t, base, k) for t, k in arts) + D('''


        You are receiving this email because you subscribed at tradebooksweekly.co.uk.
        Unsubscribe: https://tradebooksweekly.us21.list-manage.com/unsubscribe?u=8f3a61d2c47b09e5e1a2b7c3d&id=5e2b9a71c0&e=7a9c2e41f0
        Trade Books Weekly Ltd, 18 Bloomsbury Square, London WC1A 2NS
        ''')
    html = ('<!doctype html><html><head><meta charset="UTF-8"><title>Trade Books Weekly</title></head><body style="background:#fafafa;margin:0">'
            '<table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial"><tr><td style="padding:18px;background:#2c3e50;color:#fff;font-size:22px">Trade Books Weekly</td></tr>'
            + ''.join('<tr><td style="padding:14px 18px;border-bottom:1px solid #eee"><a href="%s%s&amp;e=7a9c2e41f0" style="color:#2c3e50;font-size:17px">%s</a></td></tr>' % (base, k, esc(t)) for t, k in arts) +
            '<tr><td style="padding:18px;font-size:11px;color:#777">You are receiving this email because you subscribed at tradebooksweekly.co.uk.<br>'
            '<a href="https://tradebooksweekly.us21.list-manage.com/unsubscribe?u=8f3a61d2c47b09e5e1a2b7c3d&amp;id=5e2b9a71c0&amp;e=7a9c2e41f0">unsubscribe from this list</a> | '
            '<a href="https://tradebooksweekly.us21.list-manage.com/profile?u=8f3a61d2c47b09e5e1a2b7c3d&amp;id=5e2b9a71c0&amp;e=7a9c2e41f0">update subscription preferences</a><br>Trade Books Weekly Ltd, 18 Bloomsbury Square, London WC1A 2NS</td></tr>'
            '</table><img src="https://tradebooksweekly.us21.list-manage.com/track/open.php?u=8f3a61d2c47b09e5e1a2b7c3d&amp;id=6f1a0b&amp;e=7a9c2e41f0" height="1" width="1" alt=""></body></html>\n')
    add('business', 'en', 'newsletter-trade-books-weekly', inf, T('2026-11-27 07:00:05', 'UK'),
        ('Trade Books Weekly', 'editor@tradebooksweekly.co.uk'), [S('hannah.whitfield')],
        'Christmas trading, audio rights prices, 2027 paper surcharges',
        alt(text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')),
        extra=[('List-Unsubscribe', '<https://tradebooksweekly.us21.list-manage.com/unsubscribe?u=8f3a61d2c47b09e5e1a2b7c3d&id=5e2b9a71c0&e=7a9c2e41f0&c=6f1a0b>,\n <mailto:unsubscribe-mc.us21_8f3a61d2c47b09e5e1a2b7c3d.6f1a0b-7a9c2e41f0@unsubscribe.mailchimpapp.net?subject=unsubscribe>'),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', '8f3a61d2c47b09e5e1a2b7c3dmc list <8f3a61d2c47b09e5e1a2b7c3d.721865.list-id.mcsv.net>')],
        what='Subscribed UK trade newsletter (Mailchimp)',
        why='Mailchimp infrastructure with List-Id and List-Unsubscribe one-click, publisher\'s own sender domain, editorial links via list-manage.com tracking only',
        pair=('amazon-vendor-central-chargebacks', 'Bulk-ESP mail to the same sales recipient - content is editorial, no action or credentials requested'))
