"""English attack and business messages (UK office and group-wide)."""
from .compose import attack, business, std, outlook_html, gmail_html, paras_html, esc
from .mime import text, html, attachment, Multi, addr
from . import infra as I
from .infra import Env, fdate
from .company import BANK, BTC_EXTORTION, VAT
from .checks import fmt_iban
from .docs import letter_pdf, table_lines
from .pdf import make_pdf

NC_TENANT = 'b1d6e0a4-7c32-4f59-8a1e-95c3d2f7e610'
WL_TENANT = '6e2f8c14-0b9a-4d73-a5c1-3f8e7d2b9a40'


def docusign_html(sender, title, link, code, message=''):
    return """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background-color:#eaeaea;padding:2%%;font-family:Helvetica,Arial,Sans Serif">
<table role="presentation" border="0" cellspacing="0" cellpadding="0" align="center" width="100%%" dir=""><tr><td></td><td width="640">
<table role="presentation" style="border-collapse:collapse;background-color:#ffffff;max-width:640px"><tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Member/Images/email/docLogo.png" alt="Docusign" style="border:none" width="116" height="34"></td></tr>
<tr><td style="padding:0px 24px 30px 24px"><table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%%" align="center" style="background-color:#1e4ca1;color:#ffffff"><tr><td align="center" style="padding:28px 36px 36px 36px;border-radius:2px;background-color:#1e4ca1;color:#ffffff;font-size:16px;font-family:Helvetica,Arial,Sans Serif;width:100%%;text-align:center">
<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%%"><tr><td align="center" style="padding-top:24px;font-size:16px;font-family:Helvetica,Arial,Sans Serif;border:none;text-align:center;color:#ffffff">%s sent you a document to review and sign.</td></tr></table>
<table role="presentation" border="0" cellspacing="0" cellpadding="0" width="100%%"><tr><td align="center" style="padding-top:30px"><div><table cellspacing="0" cellpadding="0"><tr><td align="center" height="44" style="font-size:15px;color:#333333;background-color:#ffc423;font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;background-color:#ffc423;display:block"><a href="%s" style="font-size:15px;color:#333333;background-color:#ffc423;font-family:Helvetica,Arial,Sans Serif;font-weight:bold;text-align:center;text-decoration:none;border-radius:2px;background-color:#ffc423;display:inline-block"><span style="padding:0px 24px;line-height:44px">REVIEW DOCUMENT</span></a></td></tr></table></div></td></tr></table>
</td></tr></table></td></tr>
<tr><td style="padding:0px 24px 24px 24px;color:#000000;font-size:16px;font-family:Helvetica,Arial,Sans Serif;background-color:white"><table role="presentation" border="0" cellspacing="0" cellpadding="0"><tr><td style="padding-bottom:20px"><div style="font-family:Helvetica,Arial,Sans Serif;font-weight:bold;line-height:18px;font-size:15px;color:#333333">%s</div><div style="font-family:Helvetica,Arial,Sans Serif;line-height:18px;font-size:15px;color:#666666">%s</div></td></tr></table>
<p style="font-size:15px;color:#333333;font-family:Helvetica,Arial,Sans Serif;line-height:20px">%s</p></td></tr>
<tr><td style="padding:0px 24px 12px 24px;background-color:#ffffff;font-family:Helvetica,Arial,Sans Serif;font-size:11px;color:#666666"></td></tr>
<tr><td style="padding:30px 24px 45px 24px;background-color:#eaeaea"><p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px"><b aria-level="3" role="heading">Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br></p>
<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px"><b aria-level="3" role="heading">Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>%s</p>
<p style="margin-bottom:1em;font-family:Helvetica,Arial,Sans Serif;font-size:13px;color:#666666;line-height:18px"><b aria-level="3" role="heading">About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management&trade;.</p>
</td></tr></table></td><td></td></tr></table></body></html>
""" % (esc(sender[0]), esc(link), esc(sender[0]), esc(sender[1]), esc(message).replace('\n', '<br>'), code)


# =============================================================================
# ATTACKS
# =============================================================================
@attack('en', 'docusign-lookalike-sendgrid', (2026, 10, 21, 15, 12, 3), 'oliver.bennett@example.com',
        'Fake DocuSign envelope "Northern Civils - Aggregates Supply Agreement 2027" from a look-alike DocuSign domain sent through SendGrid; button goes through SendGrid click tracking to a credential page.',
        'Sender domain eumail-docusign.net (real: eumail.docusign.net) on a bulk ESP, SendGrid bounce address, link not on docusign.net, customer name (Northern Civils) used as lure. Compare the genuine envelope business/09 sent by DocuSign itself.',
        pair='business/09')
def a_en_docusign(c):
    snd = 'dse@eumail-docusign.net'
    env = I.sendgrid(c, snd, 'em4127.eumail-docusign.net', date_zone='UTC')
    link = env.click('x')
    code = c.hexs(32, True)
    title = 'NC-EG Aggregates Supply Agreement 2027 (Leeds & Wakefield).pdf'
    msg = 'Hi Oliver,\nplease review and sign the 2027 supply agreement at your earliest convenience so we can issue the call-off orders for January.\nRegards, Gareth'
    h = docusign_html(('Gareth Hughes', 'gareth.hughes@northerncivils.co.uk'), title, link, code, msg)
    plain = """Gareth Hughes sent you a document to review and sign.

REVIEW DOCUMENT: %s

Gareth Hughes
gareth.hughes@northerncivils.co.uk

%s

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: %s
""" % (link, msg, code)
    alt = Multi('alternative', [text(plain, charset='utf-8', cte='quoted-printable'), html(h, charset='utf-8', cte='quoted-printable')], env.boundary())
    return std(env, addr('Gareth Hughes via Docusign', snd), addr('Oliver Bennett', 'oliver.bennett@example.com'),
               'Complete with Docusign: %s' % title, alt,
               reply_to=addr('Gareth Hughes', 'gareth.hughes@northerncivils.co.uk'))


@attack('en', 'environment-agency-permit-phish', (2026, 11, 4, 9, 3, 27), 'oliver.bennett@example.com',
        'Regulator phishing: "Environment Agency" says a Compliance Assessment Report for the quarry\'s environmental permit needs a response within 14 days; "secure document" requires Microsoft sign-in.',
        'gov.uk look-alike domain environment-agency-gov.co.uk sent by a PHP mailer on a compromised shared cPanel host; real EA mail comes from environment-agency.gov.uk and sends CAR forms as documents; threat of Opra score / higher subsistence charge; link asks for organisational Microsoft credentials.')
def a_en_ea(c):
    snd = 'permitting@environment-agency-gov.co.uk'
    env = I.cpanel_exim(c, snd, 'uk%d.fasthosts-shared.net' % c.rint(10, 60), '213.171.%d.%d' % (c.rint(192, 223), c.rint(2, 250)),
                        '45.%d.%d.%d' % (c.rint(80, 95), c.rint(1, 254), c.rint(1, 254)), mua='phpmailer', date_zone='UK')
    link = 'https://ea-permitting-portal.co.uk/car/EPR-BV4417KT?ref=%s' % c.hexs(12)
    body = """Dear Permit Holder,

Following the site inspection at Hollinsmoor Quarry on 14 October 2026, a Compliance Assessment Report (CAR) has been issued for permit EPR/BV4417KT (Example Group UK Ltd).

The report records one Category 2 non-compliance relating to dust deposition monitoring (condition 3.2.1) and one Category 3 non-compliance relating to the site's surface water management plan. Under the Environmental Permitting (England and Wales) Regulations 2016 you are required to review the report and submit your response within 14 days of this notice. Failure to respond may result in the non-compliance score being applied to your Operational Risk Appraisal (Opra) and an increase in your annual subsistence charge.

View and respond to the CAR form:
%s

You will need to sign in with your organisation's Microsoft account to access the secure document.

Regards,

Area Environment Management Team
Yorkshire Area
Environment Agency

This message has been sent from an unmonitored mailbox. Please do not reply.
""" % link
    h = """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#0b0c0c">
<div style="background:#00703c;padding:14px 20px;color:#ffffff;font-weight:bold;font-size:18px">Environment Agency</div>
<div style="padding:20px;max-width:620px">
%s
<p><a href="%s" style="display:inline-block;background:#00703c;color:#ffffff;padding:10px 18px;text-decoration:none;font-weight:bold">View and respond to the CAR form</a></p>
<p>You will need to sign in with your organisation's Microsoft account to access the secure document.</p>
<p>Regards,<br><br>Area Environment Management Team<br>Yorkshire Area<br>Environment Agency</p>
<p style="font-size:12px;color:#505a5f">This message has been sent from an unmonitored mailbox. Please do not reply.</p>
</div></body></html>
""" % (paras_html(body.split('View and respond')[0]), esc(link))
    alt = Multi('alternative', [text(body, charset='us-ascii', cte='7bit'), html(h, charset='us-ascii', cte='7bit')], env.boundary())
    return std(env, addr('Environment Agency - Permitting', snd), 'oliver.bennett@example.com',
               'Environmental Permit EPR/BV4417KT - Compliance Assessment Report issued (response required)', alt)


@attack('en', 'paypal-invoice-callback-toad', (2026, 11, 12, 12, 41, 55), 'priya.sharma@example.com',
        'Callback phishing (TOAD) abusing PayPal\'s genuine invoicing: an invoice for GBP 389.99 from "Norton Billing Department" whose note tells the recipient to phone a number to cancel the "renewal".',
        'Mail really comes from PayPal, but all content is attacker-controlled: unsolicited invoice, merchant name impersonating Norton, urgent phone number for "refunds" (the call leads to remote-access / bank fraud). Classic telephone-oriented attack delivery.')
def a_en_paypal(c):
    snd = 'service@paypal.co.uk'
    ip = '173.0.84.%d' % c.rint(225, 228)
    host = 'mx%d.slc.paypal.com' % c.rint(0, 3)
    ccg = 'ccg%02dmail%02d' % (c.rint(1, 30), c.rint(1, 12))
    mid = '<%02X.%02X.%05d.%s@%s>' % (c.rint(16, 255), c.rint(16, 255), c.rint(10000, 65000), c.hexs(8, True), ccg)
    hops = ['from %s (unknown [10.72.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
            % (ccg, c.rint(1, 254), c.rint(1, 254), host, c.hexs(10, True), c.rcpt, fdate(c.at(2), 'PT', True))]
    env = Env(c, (host, host, ip), hops, mid, [('X-Email-Type-Id', 'PPX001088'), ('X-PP-REQUESTED-TIME', '%d' % (c.at(3).timestamp() * 1000)),
                                              ('X-PP-Email-transmit-time', '%d' % (c.at(2).timestamp() * 1000)), ('PP-Correlation-Id', c.hexs(13))],
              'paypal@mail.paypal.co.uk', 'PT', 3, bstyle='java')
    inv = 'INV2-8WQK-3C7L-RZ4X-9JTM'
    link = 'https://www.paypal.com/invoice/p/#%s' % inv.replace('-', '')
    note = ('Your Norton 360 Total Protection (5 devices, 3 years) subscription has been renewed automatically and GBP 389.99 will be '
            'debited from your account within 24 hours. If you did not authorise this renewal, call our billing desk on +44 20 7946 0813 '
            '(Mon-Sun, 8am-10pm) to cancel and receive a full refund.')
    plain = """Norton Billing Department sent you an invoice

Amount due: £389.99 GBP
Invoice number: %s
Due date: 13 Nov 2026

Note from seller:
%s

View and Pay Invoice: %s

Don't recognise this invoice?
Before paying, make sure you recognise this invoice. If you don't, report it.

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.

Copyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A.
""" % (inv, note, link)
    h = """<html><head><meta charset="UTF-8"></head><body style="margin:0;background:#f2f2f2;font-family:Helvetica Neue,Arial,sans-serif">
<table width="100%%" style="background:#f2f2f2"><tr><td align="center"><table width="600" style="background:#ffffff;margin:20px 0">
<tr><td style="padding:24px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="50" alt="PayPal"></td></tr>
<tr><td style="padding:0 24px;font-size:26px;color:#000">Norton Billing Department sent you an invoice</td></tr>
<tr><td style="padding:16px 24px;font-size:15px"><b>Amount due: £389.99 GBP</b><br>Invoice number: %s<br>Due date: 13 Nov 2026</td></tr>
<tr><td style="padding:8px 24px;font-size:15px"><b>Note from seller</b><br>%s</td></tr>
<tr><td style="padding:20px 24px"><a href="%s" style="background:#003087;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">View and Pay Invoice</a></td></tr>
<tr><td style="padding:12px 24px;font-size:13px;color:#555"><b>Don't recognise this invoice?</b><br>Before paying, make sure you recognise this invoice. If you don't, report it.</td></tr>
<tr><td style="padding:20px 24px;font-size:11px;color:#777">PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>Copyright © 1999-2026 PayPal. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A.</td></tr>
</table></td></tr></table></body></html>
""" % (inv, esc(note), link)
    alt = Multi('alternative', [text(plain, charset='UTF-8', cte='quoted-printable'), html(h, charset='UTF-8', cte='quoted-printable')], env.boundary())
    return std(env, addr('PayPal', snd), addr('', 'priya.sharma@example.com'),
               'Invoice from Norton Billing Department (%s)' % inv, alt, style='generic')


@attack('en', 'teams-device-code-lookalike', (2026, 11, 18, 10, 17, 38), 'melanie.fuchs@example.com',
        'Device-code phishing: a "Whitcombe & Lowe" solicitor invites the CEO\'s assistant to a "secured Teams meeting" and asks her to enter a code at the genuine microsoft.com/devicelogin page.',
        'Look-alike domain whitcombe-lowe.co.uk (real firm: whitcombelowe.co.uk) on a fresh Microsoft 365 tenant; entering the attacker-generated device code hands OAuth tokens for the victim\'s account to the attacker (Storm-2372 technique); time pressure "code valid 15 minutes". Genuine mail from the firm: business/13; related Entra alert: business/10.',
        pair='business/13')
def a_en_devicecode(c):
    snd = 'h.whitcombe@whitcombe-lowe.co.uk'
    env = I.m365(c, snd, region='uk', topic='Teams meeting: Hollinsmoor lease renewal - call with Dr Köhler', lang='en-GB', date_zone='UK')
    code = 'HZ4KQ7XWN'
    body = """Dear Melanie,

Further to my conversation with Oliver Bennett, I would be grateful if Dr Köhler could join a short Microsoft Teams call this morning regarding the Hollinsmoor Quarry lease renewal. The landlord's agent has raised two points on the rent review mechanism that we need to close before the heads of terms are circulated.

As the call involves privileged material, our firm uses Microsoft's secure device sign-in for external participants:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: %s
3. Sign in with your Example Group account to be admitted to the meeting.

Please note the code is only valid for 15 minutes, so it would be best to complete the sign-in as soon as you receive this message. Dr Köhler can then join from your calendar.

Kind regards,

Helen Whitcombe
Partner, Real Estate & Minerals
Whitcombe & Lowe LLP
14 Park Square East, Leeds LS1 2NE
T: +44 113 496 0721
""" % code
    alt = Multi('alternative', [text(body, charset='utf-8', cte='quoted-printable'), html(outlook_html(body, font='Aptos', lang='EN-GB'), charset='utf-8', cte='quoted-printable')], env.boundary(0))
    return std(env, addr('Helen Whitcombe', snd), addr('Melanie Fuchs', 'melanie.fuchs@example.com'),
               'Teams meeting: Hollinsmoor lease renewal - call with Dr Köhler', alt)


@attack('en', 'it-helpdesk-quick-assist-vishing', (2026, 11, 25, 14, 5, 11), 'priya.sharma@example.com',
        'Help-desk vishing set-up after e-mail bombing: "Example Group IT Service Desk" on outlook.com announces a Teams call from "Help Desk (External)" and asks the user to start Quick Assist and read out the code.',
        'Internal IT never writes from outlook.com; pattern of the Black Basta / Storm-1811 campaigns (mail flood, then Teams vishing, then Quick Assist remote control); asks to grant remote access. Genuine IT notice explaining this is business/11.',
        pair='business/11')
def a_en_helpdesk(c):
    snd = 'servicedesk.examplegroup@outlook.com'
    env = I.m365(c, snd, region='eu', consumer=True, org='outlook.com', topic='Ticket INC0048213: mail flood on your mailbox - remote session today', lang='en-GB', date_zone='UK')
    body = """Hi Priya,

We have noticed that your mailbox has received more than 2,000 newsletter sign-up emails in the last hour. This is a known spam attack that is currently hitting several Example Group mailboxes and we are rolling out a filter update to every affected device.

One of our security engineers, Daniel, will contact you on Microsoft Teams within the next 15 minutes. The chat will show as "Help Desk (External)" because our service desk partner works from its own tenant. Please:

1. Accept the Teams chat request.
2. Start Quick Assist (press Ctrl + Windows + Q) and read out the 6-digit security code to Daniel so he can connect.
3. Do not restart your laptop until the filter has been installed.

The whole process takes about 10 minutes. Thank you for your cooperation.

Kind regards,
IT Service Desk
Example Group
Ticket: INC0048213
"""
    alt = Multi('alternative', [text(body, charset='us-ascii', cte='7bit'), html(outlook_html(body, font='Aptos', lang='EN-GB'), charset='us-ascii', cte='quoted-printable')], env.boundary(0))
    return std(env, addr('Example Group IT Service Desk', snd), addr('Priya Sharma', 'priya.sharma@example.com'),
               'Ticket INC0048213: mail flood on your mailbox - remote session today', alt)


@attack('en', 'fake-lawyer-escrow-basalt', (2026, 10, 14, 10, 31, 46), 'ines.krueger@example.com',
        'Fake lawyer, second stage of the CEO fraud in attack/01: "Richard Haldane, Haldane Partners LLP" sends escrow instructions for EUR 482,750 to a UK account, same-day value, with a PDF.',
        'New domain haldane-partners-law.com on a Hetzner VPS; follows up the CEO-fraud mail of the same morning; confidentiality/NDA pressure, payment to an e-money client account, MT103 request, contact only by e-mail. Genuine solicitor mail for comparison: business/13.',
        pair='business/13')
def a_en_lawyer(c):
    snd = 'r.haldane@haldane-partners-law.com'
    ip = '116.202.%d.%d' % (c.rint(1, 254), c.rint(1, 254))
    env = I.vps_postfix(c, snd, 'mail.haldane-partners-law.com', ip, rdns='static.%s.clients.your-server.de' % '.'.join(reversed(ip.split('.'))),
                        mua='outlook', date_zone='UK', client_ip='102.89.%d.%d' % (c.rint(1, 254), c.rint(1, 254)))
    iban = fmt_iban(BANK['fraud_gb'])
    body = """Dear Ms Krüger,

Further to Dr Köhler's instruction this morning, I am writing as counsel to Example Group AG on Project Basalt. As you will be aware, the transaction is subject to strict confidentiality under the NDA signed on 2 October and must not be discussed with third parties or internally until the public announcement.

To secure exclusivity, the vendor requires a refundable deposit of EUR 482,750.00 to be placed in our client escrow account today. The funds are held under the SRA Accounts Rules and will only be released upon signing.

Beneficiary: Haldane Partners LLP - Client Account
Bank: ClearBank Ltd, London
IBAN: %s
BIC: CLRBGB22
Reference: BASALT-EX-1410

Please send me the payment confirmation (MT103) once released. Given the timing of the signing, the transfer must be executed with same-day value. Should you have any questions, please contact me directly on this email; I am in meetings with the vendor's counsel for most of the day.

Kind regards,

Richard Haldane
Partner, Corporate M&A
Haldane Partners LLP
30 St Mary Axe, London EC3A 8BF

CONFIDENTIALITY: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.
""" % iban
    pdf = letter_pdf(['Haldane Partners LLP', 'Solicitors · 30 St Mary Axe · London EC3A 8BF'], ['Example Group AG', 'Attn. Treasury', 'Am Kalkwerk 12', '93055 Regensburg, Germany'],
                     'London, 14 October 2026', 'Project Basalt - Escrow deposit instructions (strictly private & confidential)',
                     """We act for Example Group AG in connection with Project Basalt. Pursuant to the exclusivity letter, a refundable
deposit is to be paid into our client account with same-day value. Please use the reference below.""",
                     ['Richard Haldane', 'Partner'], footer=['Haldane Partners LLP is authorised and regulated by the Solicitors Regulation Authority.'],
                     extra=['', ('mono', 'Amount:       EUR 482,750.00'), ('mono', 'Beneficiary:  Haldane Partners LLP - Client Account'),
                            ('mono', 'IBAN:         ' + iban), ('mono', 'BIC:          CLRBGB22'), ('mono', 'Reference:    BASALT-EX-1410')],
                     date="20261014092207+01'00'")
    alt = Multi('alternative', [text(body, charset='windows-1252', cte='quoted-printable'), html(outlook_html(body, lang='EN-GB'), charset='windows-1252', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', 'Project_Basalt_Escrow_Instructions.pdf')], env.boundary(0))
    return std(env, addr('Richard Haldane', snd), addr('Ines Krüger', 'ines.krueger@example.com', 'windows-1252'),
               'Project Basalt - escrow deposit instructions (private & confidential)', root)


@attack('en', 'sextortion-bitcoin-self-spoof', (2026, 12, 8, 3, 12, 9), 'oliver.bennett@example.com',
        'Sextortion / extortion: "your device was hacked, pay USD 1,450 in Bitcoin within 48 hours", sent with the recipient\'s own address spoofed as sender.',
        'From spoofs the recipient\'s own example.com address but the message enters from a residential IP in Brazil with a Windows HELO; generic threat, Bitcoin bech32 address, deadline. Pure extortion spam.')
def a_en_sextortion(c):
    rc = 'oliver.bennett@example.com'
    ip = '177.%d.%d.%d' % (c.rint(32, 63), c.rint(1, 254), c.rint(1, 254))
    env = Env(c, ('WIN-%s' % c.alnum(11, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), None, ip), [], '<%s@example.com>' % c.hexs(20).upper(), [('X-Priority', '3')],
              rc, 'UTC', 60, tls=None, bstyle='hex')
    env.date = fdate(c.at(3600 * 5 + 17), 'ET')
    body = """Hello!

I have to share bad news with you.
Approximately a few months ago I have gained access to your devices, which you use for internet browsing.
After that, I have started tracking your internet activities.

Here is the sequence of events:
Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to buy it online).
Obviously, I have easily managed to log in to your email account (%s).

One week later, I have already installed a Trojan virus on the operating systems of all the devices that you use to access your email.
In fact, it was not really hard at all (since you were following the links from your inbox emails).
All ingenious is simple. =)

This software provides me with access to all the controllers of your devices (e.g., your microphone, video camera and keyboard).
I have downloaded all your information, data, photos, web browsing history to my servers.
I have access to all your messengers, social networks, emails, chat history and contacts list.
My virus continuously refreshes the signatures (it is driver-based), and hence remains invisible for antivirus software.

Likewise, I guess by now you understand why I have stayed undetected until this letter...

While gathering information about you, I have discovered that you are a big fan of adult websites.
I have recorded a video showing you on one side of the screen and the video you were watching on the other.
With only one click of a mouse, I can send this video to all your emails and contacts on social networks, including your colleagues at work.

I think you would not want this to happen.
Just transfer $1450 USD to my Bitcoin wallet (if you do not know how to do this, search "how to buy bitcoin" on Google):

%s

After receiving the payment, I will delete the video right away, and you will never hear from me again.
You have 48 hours (2 days) to make the payment. I receive a notification as soon as you open this email.
Do not try to reply - this address was generated for this message only.
""" % (rc, BTC_EXTORTION)
    root = text(body, charset='us-ascii', cte='7bit')
    return std(env, rc, rc, 'Your account was compromised. Pay attention to this message.', root, style='generic')


@attack('en', 'gift-card-ceo-impersonation', (2026, 12, 10, 8, 52, 30), 'priya.sharma@example.com',
        'Gift-card scam: the UK office manager "Oliver Bennett" writes from a Gmail address asking the accountant to buy 8 x GBP 100 Amazon gift cards and e-mail photos of the codes.',
        'Display-name impersonation from an unknown free-mail address, secrecy ("keep it a surprise"), unreachable sender, gift cards with scratched codes sent by e-mail, promise of later reimbursement. The real Christmas voucher arrangement goes through HR and payroll (business/16).',
        pair='business/16')
def a_en_giftcard(c):
    snd = 'oliver.bennett.ukoffice@gmail.com'
    env = I.gmail(c, snd, date_zone='UK')
    body = """Hi Priya,

Are you in the office this morning? I need a quick favour. I'm putting together a thank-you for the Hollinsmoor site crew before Christmas and want it to be a surprise, so please keep this between us for now.

Could you pick up 8 Amazon gift cards at £100 each (Tesco or the Co-op on the high street will have them)? Scratch off the backs and email me clear photos of the codes, I'll sort the reimbursement through expenses when I'm back this afternoon. I'm in back-to-back meetings at the Wakefield site so email is best.

Thanks,
Oliver

Sent from my iPhone
"""
    alt = Multi('alternative', [text(body, charset='UTF-8', cte='quoted-printable'), html(gmail_html(body), charset='UTF-8', cte='quoted-printable')], env.boundary())
    return std(env, addr('Oliver Bennett', snd), addr('Priya Sharma', 'priya.sharma@example.com'), 'Quick favour', alt)


# =============================================================================
# BUSINESS
# =============================================================================
@business('en', 'docusign-genuine-envelope', (2026, 11, 6, 11, 20, 14), 'oliver.bennett@example.com',
          'Genuine DocuSign envelope from the EU platform: Northern Civils sends the 2027 supply agreement for signature.',
          'Sent by DocuSign\'s own servers (eumail.docusign.net) with DocuSign message structure and security code; links to eu.docusign.net; expected document after the negotiation. Hard negative of attack/09.',
          pair='attack/09')
def b_en_docusign(c):
    snd = 'dse@eumail.docusign.net'
    ip = '185.81.101.%d' % c.rint(10, 60)
    host = 'mailfra.docusign.net'
    env = Env(c, (host, host, ip),
              ['from docusign.net (unknown [10.51.%d.%d])\n\tby %s (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s'
               % (c.rint(1, 254), c.rint(1, 254), host, c.alnum(12), c.rcpt, fdate(c.at(1), 'UTC', True))],
              '<%s@docusign.net>' % c.hexs(32), [('X-DocuSign-Env', c.uuid()), ('X-Priority', '3')], 'bounces+%s@eumail.docusign.net' % c.hexs(16), 'UTC', 2, bstyle='hex')
    env_id = c.uuid()
    acct = c.uuid()
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env_id, acct, c.uuid())
    code = env_id.replace('-', '').upper()
    title = 'NC-EG Supply Agreement 2027 - Aggregates and Ready-Mix.pdf'
    msg = 'Oliver,\nas agreed on Tuesday: final version incl. the revised haulage schedule (Annex C). Please sign by 13 November.\nThanks, Gareth'
    h = docusign_html(('Gareth Hughes', 'gareth.hughes@northerncivils.co.uk'), title, link, code, msg)
    plain = """Gareth Hughes sent you a document to review and sign.

REVIEW DOCUMENT
%s

Gareth Hughes
gareth.hughes@northerncivils.co.uk

%s

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: %s

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.
""" % (link, msg, code)
    alt = Multi('alternative', [text(plain, charset='utf-8', cte='base64'), html(h, charset='utf-8', cte='base64')], env.boundary())
    return std(env, addr('Gareth Hughes via Docusign', snd), addr('Oliver Bennett', 'oliver.bennett@example.com'),
               'Complete with Docusign: %s' % title, alt, reply_to=addr('Gareth Hughes', 'gareth.hughes@northerncivils.co.uk'))


@business('en', 'entra-id-risky-user-alert', (2026, 11, 18, 16, 40, 2), 'jan.oberlaender@example.com',
          'Genuine Microsoft Entra ID Protection notification to the mail/security admin: one user flagged at risk ("anomalous token").',
          'Sent from azure-noreply@microsoft.com through Microsoft\'s own Exchange Online infrastructure, links only to entra.microsoft.com, no credentials asked in mail, expected for an admin. Hard negative of the device-code attack (attack/12).',
          pair='attack/12')
def b_en_entra(c):
    snd = 'azure-noreply@microsoft.com'
    env = I.m365(c, snd, region='eu', org='microsoft.com', tenant='72f988bf-86f1-41af-91ab-2d7cd011db47')
    env.mid = '<%s@az.westeurope.microsoft.com>' % c.uuid()
    env.extra = [x for x in env.extra if x[0] not in ('Thread-Topic', 'Thread-Index', 'Accept-Language', 'X-MS-Has-Attach', 'X-MS-TNEF-Correlator', 'Content-Language')]
    env.extra.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous') if False else ('X-Azure-Notification', 'IdentityProtection/RiskyUsers'))
    env.bstyle = 'hex'
    link = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers'
    plain = """Microsoft Entra ID Protection

Users at risk detected

We detected 1 user(s) at medium or high risk in your organization, Example Group AG (example.com).

User: Melanie Fuchs (melanie.fuchs@example.com)
Risk level: High
Risk detection: Anomalous token, Unfamiliar sign-in properties
Detected: 18/11/2026 10:31 UTC

To view the users at risk, remediate or dismiss the risk, go to:
%s

You are receiving this email because you are set up to receive alerts for users at risk in Microsoft Entra ID Protection.

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % link
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',Tahoma,sans-serif;background:#ffffff">
<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0;font-size:14px;color:#605e5c">Microsoft Entra ID Protection</td></tr>
<tr><td style="font-size:28px;color:#0078d4;padding-bottom:12px">Users at risk detected</td></tr>
<tr><td style="font-size:14px;color:#323130;padding-bottom:16px">We detected 1 user(s) at medium or high risk in your organization, <b>Example Group AG (example.com)</b>.</td></tr>
<tr><td><table cellpadding="6" style="font-size:13px;border-collapse:collapse;border:1px solid #edebe9"><tr style="background:#f3f2f1"><th align="left">User</th><th align="left">Risk level</th><th align="left">Risk detections</th></tr>
<tr><td>Melanie Fuchs<br>melanie.fuchs@example.com</td><td>High</td><td>Anomalous token, Unfamiliar sign-in properties</td></tr></table></td></tr>
<tr><td style="padding:20px 0"><a href="%s" style="background:#0078d4;color:#ffffff;padding:10px 20px;text-decoration:none">View users at risk</a></td></tr>
<tr><td style="font-size:12px;color:#605e5c">You are receiving this email because you are set up to receive alerts for users at risk in Microsoft Entra ID Protection.<br><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>
""" % link
    alt = Multi('alternative', [text(plain, charset='utf-8', cte='quoted-printable'), html(h, charset='utf-8', cte='quoted-printable')], env.boundary())
    return std(env, addr('Microsoft Entra ID Protection', snd), 'jan.oberlaender@example.com', 'Users at risk detected', alt, style='generic')


@business('en', 'it-notice-helpdesk-scams', (2026, 11, 20, 11, 0, 12), 'priya.sharma@example.com',
          'Genuine internal IT security notice (English, to the UK and international distribution list) about mail bombing and fake help-desk calls via Teams / Quick Assist.',
          'Internal relay + Exchange, from the real mail administrator, tells staff what IT will never do; no links to log in, no attachments. Hard negative of attack/13.',
          pair='attack/13')
def b_en_itnotice(c):
    snd = 'jan.oberlaender@example.com'
    env = I.internal(c, snd, 'IT notice: mail bombing and fake IT support calls via Teams', lang='en-GB', client_ip='10.20.12.9')
    body = """Dear colleagues,

Over the past weeks several companies in our industry have been hit by the same pattern: a mailbox is suddenly flooded with thousands of newsletter sign-ups, and shortly afterwards the user receives a Teams chat or phone call from a supposed "IT help desk" that offers to fix the problem via Quick Assist, AnyDesk or a similar remote tool.

Please remember:

- Example Group IT will never contact you from an external Teams account, an outlook.com or gmail.com address, or a mobile number you do not know.
- We will never ask you to start Quick Assist, AnyDesk or TeamViewer, or to read out a code or a one-time password.
- External Teams chats from unknown organisations are blocked; if one gets through anyway, do not accept it.

If your mailbox is flooded, simply call the Service Desk on the internal number 4444 (+49 941 7803-4444) or open a ticket in the portal. We can filter the messages centrally within minutes.

Thank you,
Jan Oberlaender
IT Security & Messaging
Example Group AG
"""
    alt = Multi('alternative', [text(body, charset='us-ascii', cte='7bit'), html(outlook_html(body, lang='EN-GB'), charset='us-ascii', cte='quoted-printable')], env.boundary(0))
    return std(env, addr('Oberlaender, Jan', snd), addr('All Staff UK', 'all-uk@example.com'),
               'IT notice: mail bombing and fake IT support calls via Teams', alt)


@business('en', 'customer-complaint-cube-tests', (2026, 10, 29, 16, 48, 27), 'oliver.bennett@example.com',
          'Genuine customer complaint from Northern Civils: ready-mix C40/50 failed 7-day cube tests, pour stopped, demands a site visit and reserves back-charges; PDF with test results.',
          'Real customer domain on its Microsoft 365 tenant, specific project and delivery-ticket references, angry and urgent but asks for a technical meeting, no payment or credential request.')
def b_en_complaint(c):
    snd = 'gareth.hughes@northerncivils.co.uk'
    env = I.m365(c, snd, region='uk', topic='URGENT - failed cube results C40/50, Eastern Relief Road pour 27/10', lang='en-GB', attach=True, date_zone='UK', tenant=NC_TENANT)
    body = """Oliver,

I need someone from your technical team on site at Wakefield Eastern Relief Road tomorrow morning.

The C40/50 (CEM I, 20 mm) delivered on 27 October for the bridge abutment pour (tickets 8841207 to 8841219) has failed its 7-day cubes badly: average 26.5 N/mm² against the 28 N/mm² we would expect at 7 days for this mix, and two cubes below 24. Our independent lab results are attached. We have stopped the second pour and the engineer has put a hold on the abutment until the 28-day results are in.

I want to understand what changed at the plant - slump on several loads was also on the high side and two drivers added water on site without authorisation. Until we have an explanation we will not accept further C40/50 from Leeds, and I must reserve our position on the costs of delay and any remedial works.

Please call me today on 07700 900417.

Gareth Hughes
Contracts Manager
Northern Civils Ltd
Calder Park, Wakefield WF2 7AW
"""
    L = [('h1', 'Northern Civils Ltd - Concrete cube test summary'), 'Project: Wakefield Eastern Relief Road - Bridge abutment A2', 'Laboratory: Pennine Materials Testing Ltd (UKAS 4187)', '---']
    L += table_lines([('Ticket', 'Cast', 'Age', 'Cube 1', 'Cube 2', 'Mean N/mm2'),
                      ('8841207', '27/10', '7 d', '27.9', '27.1', '27.5'), ('8841210', '27/10', '7 d', '25.8', '26.6', '26.2'),
                      ('8841213', '27/10', '7 d', '23.4', '26.9', '25.2'), ('8841216', '27/10', '7 d', '28.4', '27.6', '28.0'),
                      ('8841219', '27/10', '7 d', '23.9', '27.5', '25.7')], [10, 8, 6, 9, 9, 12])
    L += ['---', 'Mix: C40/50 CEM I 20 mm S3, specified 28-day characteristic strength 50 N/mm2 (cube).', 'Average of 7-day results: 26.5 N/mm2.']
    pdf = make_pdf(L, title='Cube results WERR 27 Oct', author='Pennine Materials Testing', producer='Microsoft® Excel® for Microsoft 365', date="20261029140212Z")
    alt = Multi('alternative', [text(body, charset='windows-1252', cte='quoted-printable'), html(outlook_html(body, font='Arial', lang='EN-GB'), charset='windows-1252', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', 'Cube_results_WERR_27Oct.pdf')], env.boundary(0))
    return std(env, addr('Gareth Hughes', snd), addr('Oliver Bennett', 'oliver.bennett@example.com'),
               'URGENT - failed cube results C40/50, Eastern Relief Road pour 27/10', root,
               cc=addr('Priya Sharma', 'priya.sharma@example.com'))


@business('en', 'solicitor-lease-heads-of-terms', (2026, 11, 13, 15, 22, 48), 'oliver.bennett@example.com',
          'Genuine mail from the group\'s Leeds solicitors: draft heads of terms for the Hollinsmoor Quarry lease renewal (privileged & confidential), PDF attached.',
          'Real firm domain whitcombelowe.co.uk on its own Microsoft 365 tenant, expected matter, document attached normally, no payment instructions, no sign-in codes, invites a call. Hard negative of attack/12 (same firm impersonated) and attack/14 (fake lawyer).',
          pair='attack/12')
def b_en_solicitor(c):
    snd = 'h.whitcombe@whitcombelowe.co.uk'
    env = I.m365(c, snd, region='uk', topic='Hollinsmoor Quarry - lease renewal: draft heads of terms', lang='en-GB', attach=True, date_zone='UK', tenant=WL_TENANT)
    body = """Dear Oliver,

Privileged & confidential - prepared for the purpose of legal advice

Please find attached our first draft of the heads of terms for the renewal of the Hollinsmoor Quarry lease, reflecting our call on Monday. The main open points are:

1. Rent review: the landlord's agent is pushing for an upward-only review linked to tonnage; we have drafted a hybrid (CPI-linked base rent plus a per-tonne royalty above 450,000 t p.a.).
2. Restoration bond: we propose to keep the existing bond at £1.2m rather than the £1.8m requested, given the progressive restoration already completed on Phase 2.
3. Term: 25 years with a tenant-only break at year 15.

Could you and Dr Köhler let me have any comments by Friday 20 November? I am happy to run through the document by phone or in a Teams meeting from our usual invitation - just let me know a convenient time.

Kind regards,

Helen Whitcombe
Partner, Real Estate & Minerals
Whitcombe & Lowe LLP
14 Park Square East, Leeds LS1 2NE
T: +44 113 496 0700

Whitcombe & Lowe LLP is a limited liability partnership registered in England and Wales (OC412877), authorised and regulated by the Solicitors Regulation Authority (SRA No. 641193).
"""
    L = [('h1', 'HEADS OF TERMS - DRAFT (1) 13.11.2026'), 'Subject to contract - Privileged & confidential', '---',
         'Property: Hollinsmoor Quarry, North Yorkshire (title nos. NYK318842, NYK318907)',
         'Landlord: Hollinsmoor Estate Trustees', 'Tenant: Example Group UK Ltd', '',
         '1. Term: 25 years from 1 July 2027; tenant-only break at year 15 on 12 months\' notice.',
         '2. Rent: base rent £86,000 p.a., CPI-linked (collar 1%, cap 4%), plus royalty of £0.42/t above 450,000 t p.a.',
         '3. Restoration: bond maintained at £1,200,000; review on completion of Phase 3.',
         '4. Planning: tenant to apply for extension of working hours at own cost; landlord to support.',
         '5. Costs: each party to bear its own costs.', '', ('s', 'Whitcombe & Lowe LLP - draft for discussion only')]
    pdf = make_pdf(L, title='Hollinsmoor HoT draft 1', author='Helen Whitcombe', producer='Microsoft® Word for Microsoft 365', date="20261113150811Z")
    alt = Multi('alternative', [text(body, charset='utf-8', cte='quoted-printable'), html(outlook_html(body, font='Aptos', lang='EN-GB'), charset='utf-8', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', 'Hollinsmoor - Heads of Terms - draft 1 (13.11.26).pdf')], env.boundary(0))
    return std(env, addr('Helen Whitcombe', snd), addr('Oliver Bennett', 'oliver.bennett@example.com'),
               'Hollinsmoor Quarry - lease renewal: draft heads of terms [WL-Matter 21877/3]', root,
               cc=addr('Matthias Köhler', 'matthias.koehler@example.com'))


@business('en', 'github-password-reset', (2026, 10, 19, 21, 14, 33), 'jan.oberlaender@example.com',
          'Genuine GitHub password-reset e-mail requested by the mail admin for the company\'s GitHub organisation account.',
          'Sent from GitHub\'s own outbound servers (out-*.smtp.github.com, 192.30.252.0/22), standard GitHub template, link to github.com only, expires in 3 hours.')
def b_en_github(c):
    snd = 'noreply@github.com'
    n = c.rint(20, 29)
    host = 'out-%d.smtp.github.com' % n
    ip = '192.30.252.%d' % (190 + n % 20)
    node = 'hubbernetes-node-%s.ash1-iad.github.net' % c.hexs(12)
    env = Env(c, (host, host, ip),
              ['from github.com (%s [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id 4%s\n\tfor <%s>; %s'
               % (node, c.rint(100, 230), c.rint(1, 254), c.alnum(12), c.rcpt, fdate(c.at(1), 'PT', True))],
              '<%s_%s.%s@github.com>' % (c.hexs(14), c.rint(100000, 999999), c.digits(10)), [('X-Auto-Response-Suppress', 'All')], snd, 'UTC', 2, bstyle='hex')
    token = c.alnum(40, 'abcdefghijklmnopqrstuvwxyz0123456789')
    plain = """We heard that you lost your GitHub password. Sorry about that!

But don’t worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % token
    h = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Please reset your password</title></head>
<body style="box-sizing:border-box;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#24292e;background:#fff">
<table align="center" width="100%%" style="max-width:544px"><tr><td style="padding:16px"><img src="https://github.githubassets.com/assets/octicon-mark-github.png" width="32" height="32" alt="GitHub"></td></tr>
<tr><td style="padding:16px;border:1px solid #e1e4e8;border-radius:6px"><h3>Reset your GitHub password</h3>
<p>We heard that you lost your GitHub password. Sorry about that!</p><p>But don’t worry! You can use the following button to reset your password:</p>
<p><a href="https://github.com/password_reset/%s" style="background:#2ea44f;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:600">Reset your password</a></p>
<p>If you don’t use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
<p>Thanks,<br>The GitHub Team</p></td></tr>
<tr><td style="padding:16px;font-size:12px;color:#6a737d;text-align:center">You’re receiving this email because a password reset was requested for your account.<br>GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107</td></tr></table></body></html>
""" % token
    alt = Multi('alternative', [text(plain, charset='UTF-8', cte='quoted-printable'), html(h, charset='UTF-8', cte='quoted-printable')], '--==_mimepart_%s_%d' % (c.hexs(13), c.rint(1, 9)))
    return std(env, addr('GitHub', snd), 'jan.oberlaender@example.com', '[GitHub] Please reset your password', alt, style='generic')


@business('en', 'google-security-alert', (2026, 12, 2, 8, 3, 51), 'oliver.bennett@example.com',
          'Genuine Google security alert: new sign-in on Windows to the Google account (work address) used for the UK office\'s Google Business Profile.',
          'Sent from Google\'s own infrastructure (mail-sor-*.google.com, Google Transport Security), standard template, links only to accounts.google.com / myaccount.google.com, "if this was you, nothing to do".')
def b_en_google(c):
    snd = 'no-reply@accounts.google.com'
    f = c.rint(65, 73)
    host = 'mail-sor-f%d.google.com' % f
    ip = '209.85.220.%d' % f
    env = Env(c, (host, host, ip), ['by %s with SMTP id %s\n\tfor <%s>\n\t(Google Transport Security);\n\t%s'
                                    % (host, 'af79cd13be357-' + c.hexs(12) + 'so' + c.digits(7) + '85a.' + str(c.rint(1, 9)), c.rcpt, fdate(c.at(1), 'PT', True))],
              '<%s@google.com>' % c.b64(16, True).rstrip('=').replace('-', 'A'), [('X-Google-Smtp-Source', 'AGHT+I' + c.b64(60)), ('X-Notifications', c.hexs(16)),
                                                                                  ('X-Notifications-Bounce-Info', c.b64(60))],
              snd.replace('no-reply', '3' + c.alnum(20) + '-' + 'B') if False else '3%s@gaia.bounces.google.com' % c.alnum(40), 'UTC', 1, bstyle='gmail')
    act = 'https://accounts.google.com/AccountChooser?Email=oliver.bennett@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0' % (int(c.t0.timestamp() * 1000), c.digits(19))
    plain = """[image: Google]
A new sign-in on Windows

oliver.bennett@example.com
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.
Check activity
<%s>
You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % act
    h = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="format-detection" content="email=no"></head>
<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%%" height="100%%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0" lang="en"><tr height="32" style="height:32px"><td></td></tr>
<tr align="center"><td><div><div></div></div><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px"><tr><td width="8" style="width:8px"></td><td>
<div style="border-style:solid;border-width:thin;border-color:#dadce0;border-radius:8px;padding:40px 20px" align="center"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom:16px" alt="Google">
<div style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center;word-break:break-word"><div style="font-size:24px">A new sign-in on Windows</div>
<table align="center" style="margin-top:8px"><tr style="line-height:normal"><td><a style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.87);font-size:14px;line-height:20px">oliver.bennett@example.com</a></td></tr></table></div>
<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:left">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.<div style="padding-top:32px;text-align:center"><a href="%s" target="_blank" style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184f3;border-radius:5px;min-width:90px">Check activity</a></div></div>
<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></div></div>
<div style="text-align:left"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center"><div>You received this email to let you know about important changes to your Google Account and services.</div><div style="direction:ltr">© 2026 Google LLC, <a style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div></td><td width="8" style="width:8px"></td></tr></table></td></tr><tr height="32" style="height:32px"><td></td></tr></table></body></html>
""" % esc(act).replace('&amp;', '&amp;')
    alt = Multi('alternative', [text(plain, charset='UTF-8', cte='quoted-printable', quote=False), html(h, charset='UTF-8', cte='quoted-printable', quote=False)], env.boundary())
    return std(env, addr('Google', snd), 'oliver.bennett@example.com', 'Security alert', alt, style='generic')


@business('en', 'christmas-vouchers-internal', (2026, 12, 9, 12, 10, 4), 'priya.sharma@example.com',
          'Genuine internal mail from the UK office manager to the UK accountant: Christmas vouchers for the Hollinsmoor crew ordered by HR via a PO and processed through payroll.',
          'Internal relay + Exchange, from Oliver Bennett\'s real mailbox, uses the official purchasing and payroll route (PO in SAP, PAYE Settlement Agreement), explicitly not asking anyone to buy cards. Hard negative of attack/16.',
          pair='attack/16')
def b_en_vouchers(c):
    snd = 'oliver.bennett@example.com'
    env = I.internal(c, snd, 'Christmas thank-you for the Hollinsmoor crew - vouchers via HR/payroll', lang='en-GB', client_ip='10.60.2.41')
    body = """Hi Priya,

As agreed with Claudia in HR, we'll give the 14 site staff at Hollinsmoor a £100 shopping voucher each as a thank-you for this year. HR is ordering them from our usual corporate supplier against PO 4500291873 (£1,400 plus delivery), and the benefit will be reported under our PAYE Settlement Agreement, so nothing goes through anybody's expenses.

Could you please make sure the PO is approved in SAP today so the vouchers arrive before the site closes on the 18th? No need to buy anything yourself - the supplier sends them directly to the site office.

Thanks,
Oliver

Oliver Bennett
Office Manager UK
Example Group UK Ltd
Unit 4 Aire Valley Park, Leeds LS10 1RP
"""
    alt = Multi('alternative', [text(body, charset='iso-8859-1', cte='quoted-printable'), html(outlook_html(body, lang='EN-GB'), charset='iso-8859-1', cte='quoted-printable')], env.boundary(0))
    return std(env, addr('Bennett, Oliver', snd), addr('Sharma, Priya', 'priya.sharma@example.com'),
               'Christmas thank-you for the Hollinsmoor crew - vouchers via HR/payroll', alt,
               cc=addr('Brückner, Claudia', 'claudia.brueckner@example.com', 'iso-8859-1'), subj_charset='iso-8859-1')
