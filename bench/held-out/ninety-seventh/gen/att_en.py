"""Attack messages, English (8)."""
import hops
import ids
from assets import svg_att
from common import Mail, Body, S, local
from textfmt import outlook_html, simple_html, esc


def m09():
    link = "https://sia-licence-services.uk/acs/signin?ref=AC-2026-118743&u=james.whitfield%40example.com"
    text = """Dear James Whitfield,

Approved Contractor Scheme - Example Group (UK) Ltd - ACS ref. AC-2026-118743

Our records show that the following front line Security Guarding licences held by operatives deployed under your ACS approval will expire within the next 30 days:

  1013 **** **** 2214   Security Guarding   expires 21/11/2026
  1013 **** **** 6690   Security Guarding   expires 24/11/2026
  1013 **** **** 0457   Door Supervision    expires 27/11/2026
  1013 **** **** 8812   Security Guarding   expires 29/11/2026
  1013 **** **** 3141   Security Guarding   expires 02/12/2026
  1013 **** **** 7703   Public Space Surveillance (CCTV)   expires 04/12/2026

Since 1 October 2026 employers of ACS-deployed operatives must confirm continued employment in the Licensing Services business portal before a renewal application can be decided. Please sign in with your business account and confirm the list by 6 November 2026:

%s

Operatives whose employment has not been confirmed will be shown as "licence pending" on the Register of Licence Holders and must not carry out licensable activity until the confirmation has been received.

Kind regards

Licensing Services
Security Industry Authority

This is an automated message. Replies to this address are not monitored.
""" % link
    paras = text.split("\n\n")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:15px;color:#0b0c0c">'
            '<div style="background:#0b0c0c;color:#fff;padding:14px 20px;font-weight:bold">Security Industry Authority</div><div style="padding:20px;max-width:640px">'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[:4])
            + '<p><a href="%s" style="background:#00703c;color:#fff;padding:10px 16px;text-decoration:none;font-weight:bold">Confirm employment</a></p>' % esc(link)
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras[5:])
            + "</div></body></html>")
    inf = hops.ses(region="eu-west-1", ip="54.240.4.19")
    inf.desc = "Amazon SES (eu-west-1) account verified for the look-alike domain sia-licence-services.uk"
    return Mail("sia-licence-credential-phish", "en", local(2026, 10, 29, 7, 58, "UK"),
                ("SIA Licensing Services", "licensing@sia-licence-services.uk"), [S("uk_mgr")],
                "Action required: 6 front line licences linked to your ACS approval expire within 30 days", inf,
                Body(plain=text, html=html, charset="utf-8", cte="quoted-printable"),
                what="Credential phishing impersonating the UK Security Industry Authority: six guards' licences 'expire', the ACS contractor must confirm employment in a portal.",
                why="Trade-specific (SIA licences, ACS approval) but sent from sia-licence-services.uk through Amazon SES, not from a gov.uk domain; link to a sign-in page on the look-alike with the manager's address prefilled; invented rule plus threat to stand guards down.")


def m10():
    link = "https://pub-3f9c1a7e2b8d4c6fa1e0b5d9c2a7f4e8.r2.dev/envelope/index.html#james.whitfield@example.com"
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="1060" viewBox="0 0 820 1060">
  <rect width="820" height="1060" fill="#f4f4f4"/>
  <rect x="60" y="60" width="700" height="940" fill="#ffffff" stroke="#d0d0d0"/>
  <text x="110" y="140" font-family="Arial" font-size="26" fill="#1e1e1e">Manned Guarding Services Agreement 2027</text>
  <text x="110" y="180" font-family="Arial" font-size="16" fill="#555">Northgate Facilities Ltd  -  Example Group (UK) Ltd</text>
  <g fill="#e3e3e3"><rect x="110" y="230" width="600" height="14"/><rect x="110" y="260" width="560" height="14"/><rect x="110" y="290" width="590" height="14"/>
  <rect x="110" y="320" width="420" height="14"/><rect x="110" y="380" width="600" height="14"/><rect x="110" y="410" width="500" height="14"/></g>
  <rect x="0" y="0" width="820" height="1060" fill="#000" opacity="0.35"/>
  <rect x="210" y="420" width="400" height="190" rx="6" fill="#ffffff"/>
  <text x="410" y="470" text-anchor="middle" font-family="Arial" font-size="18" fill="#1e1e1e">Your document is ready for signature</text>
  <text x="410" y="500" text-anchor="middle" font-family="Arial" font-size="13" fill="#666">Secured by DocuSign - 3 pages</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="290" y="530" width="240" height="48" rx="4" fill="#ffc820"/>
    <text x="410" y="560" text-anchor="middle" font-family="Arial" font-size="16" font-weight="bold" fill="#1e1e1e">REVIEW DOCUMENT</text>
  </a>
</svg>
""" % (link.replace("&", "&amp;"), link.replace("&", "&amp;"))
    text = """Emma Clarke sent you a document to review and sign.

REVIEW DOCUMENT (see attached secure envelope)

Emma Clarke
emma.clarke@northgate-fm.co.uk

James,

Please review and sign the attached renewal of our manned guarding agreement for 2027 (Trafford Park, Salford Quays, Wythenshawe). Rates as discussed in September. We need it back before our board meeting on Friday.

Thanks
Emma

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit DocuSign.com, click 'Access Documents', and enter the security code:
7C1F4E2A9B3D4C8E8F0A1B2C3D4E5F60

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
"""
    html = ('<html><head><meta charset="utf-8"></head><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">'
            '<table align="center" width="640" style="background:#1e4ca1;color:#fff;padding:30px"><tr><td align="center">'
            '<p style="font-size:16px">Emma Clarke sent you a document to review and sign.</p>'
            '<p style="background:#ffc820;color:#000;display:inline-block;padding:10px 20px;font-weight:bold">REVIEW DOCUMENT IN ATTACHMENT</p></td></tr></table>'
            '<table align="center" width="640" style="background:#fff;padding:24px;font-size:14px"><tr><td>'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")[2:])
            + "</td></tr></table></body></html>")
    inf = hops.postfix_host("DigitalOcean droplet", "mail.docusign-esign-mail.com", "unknown", "164.92.187.41",
                            "mail.docusign-esign-mail.com", bstyle="phpmailer",
                            mailer=("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
                            msgid_fn=lambda ctx: "<%s@docusign-esign-mail.com>" % "".join(ctx.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40)),
                            desc="Postfix on a DigitalOcean droplet without reverse DNS, domain docusign-esign-mail.com, PHPMailer")
    return Mail("docusign-svg-attachment", "en", local(2026, 11, 17, 15, 26, "UK"),
                ("Emma Clarke via DocuSign", "dse-na2@docusign-esign-mail.com"), [S("uk_mgr")],
                "Emma Clarke sent you a document to review and sign: Manned Guarding Services Agreement 2027", inf,
                Body(plain=text, html=html, charset="utf-8", cte="base64"),
                atts=[svg_att("Northgate_Services_Agreement_2027.svg", svg, note="SVG lure with hyperlink to r2.dev, no script")],
                reply_to=("Emma Clarke", "emma.clarke.northgate@gmail.com"),
                what="DocuSign-branded envelope 'from' customer Northgate Facilities with an SVG attachment whose 'REVIEW DOCUMENT' button links to a Cloudflare R2 bucket.",
                why="DocuSign never sends SVG attachments nor mails from docusign-esign-mail.com; sending host is a DigitalOcean droplet without rDNS; Reply-To is a Gmail address; SVG carries the phishing link (with the recipient in the fragment) to evade URL scanning in the body. Real customer name reused as lure.")


def m11():
    text = """Hi James,

Ahead of Thursday's quarterly review for Trafford Park, Salford Quays and the Wythenshawe depot, I've put the incident logs, the patrol KPIs and our draft 2027 rate card into a shared Teams workspace so we can go through them together.

Because the workspace sits in our tenant and we now enforce conditional access for guests, Microsoft needs to register your device once before you can open it:

1. Go to https://microsoft.com/devicelogin
2. Enter the code EHQ7XK4PF
3. Sign in with your Example Group account as usual

The code is only valid for 15 minutes, so if it has expired just reply here and I'll send you a fresh one.

Thanks, and see you Thursday.

Kind regards,
Emma

Emma Clarke
Contracts & Compliance Manager
Northgate Facilities Ltd
Tel: 0161 496 0732
"""
    inf = hops.exo("look-alike M365 tenant", "LO4P123MB6511", "GBRP123.PROD.OUTLOOK.COM",
                   "GBR01-LO4-obe.outbound.protection.outlook.com", "mail-lo4gbr01on2119.outbound.protection.outlook.com",
                   "40.107.122.119", lang="en-GB", tenant_seed="northgate-fm.com")
    inf.desc = "Microsoft 365 tenant of the look-alike domain northgate-fm.com (EOP outbound)"
    return Mail("device-code-teams-workspace", "en", local(2026, 11, 24, 9, 12, "UK"),
                ("Emma Clarke", "emma.clarke@northgate-fm.com"), [S("uk_mgr")],
                "Q4 site review - Teams workspace access", inf,
                Body(plain=text, html=outlook_html(text, lang="EN-GB"), charset="utf-8", cte="quoted-printable"),
                what="Device-code phishing: 'customer' asks the UK manager to enter a code at microsoft.com/devicelogin to open a shared Teams workspace.",
                why="Sender domain northgate-fm.com is a look-alike of the customer's northgate-fm.co.uk (separate M365 tenant); the real Microsoft device-login page with an attacker-generated code hands the attacker OAuth tokens for James' account; 15-minute urgency matches device-code lifetime. Guest access never needs a device code.")


def m12():
    phone = "+44 20 7946 0719"
    org = "Microsoft Billing Support - unauthorised charge? call %s" % phone
    text = """Microsoft

Thank you for your purchase

Organisation: %s
Order number: 6f3e2a91-4c7d-4b18-9a0e-2d5c8b7f1a43
Order date: 2 December 2026

Product                                   Quantity   Price
Microsoft 365 E5 (no Teams) - annual          10    GBP 1,249.98
Microsoft Teams Enterprise - annual           10    GBP   250.00
Total (incl. VAT)                                   GBP 1,499.98

The charge will appear on your statement as MSFT * E0400XK2LQ.

Manage your subscription in the Microsoft 365 admin center: https://admin.microsoft.com/adminportal/home#/subscriptions

If you did not make this purchase, please contact our billing department immediately on the number shown in your organisation details above.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
""" % org
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:\'Segoe UI\',Tahoma,sans-serif;color:#323130">'
            '<table width="600" align="center"><tr><td style="padding:20px 0"><img alt="Microsoft" src="https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b?ver=5c31" width="108"></td></tr>'
            '<tr><td style="font-size:24px;padding-bottom:12px">Thank you for your purchase</td></tr><tr><td style="font-size:14px">'
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")[2:])
            + "</td></tr></table></body></html>")
    inf = hops.microsoft_notify(sender_dom="microsoft.com", ip="40.107.22.50", rdns="mail-am6eur05on2050.outbound.protection.outlook.com")
    inf.helo = "EUR05-AM6-obe.outbound.protection.outlook.com"
    inf.desc = "genuine Microsoft commerce mail (microsoft-noreply@microsoft.com) relayed through the attacker's own M365 tenant gbsupportdesk.onmicrosoft.com (distribution-list forward, SRS return path)"
    return Mail("m365-billing-callback-abuse", "en", local(2026, 12, 2, 16, 3, "UK"),
                ("Microsoft", "microsoft-noreply@microsoft.com"), [S("uk_acc")],
                "Your Microsoft order has been processed", inf,
                Body(plain=text, html=html, charset="utf-8", cte="quoted-printable"),
                to_hdr="billing-team@gbsupportdesk.onmicrosoft.com",
                envelope="bounces+SRS=Xq3kF=ZB@gbsupportdesk.onmicrosoft.com",
                what="Callback phishing (TOAD) through a genuine Microsoft purchase confirmation: the attacker's tenant name contains a 'billing support' phone number; the mail is forwarded to the UK accountant.",
                why="Content and sending infrastructure are genuinely Microsoft, but the organisation name is attacker-controlled text with a UK phone number, the To: is an unrelated onmicrosoft.com distribution list, the Return-Path is an SRS rewrite from that tenant, and Example Group bought nothing; calling the number leads to remote-access/refund fraud.")


def m13():
    text = """Hello!

I have to share bad news with you.
Some months ago I gained access to the devices you use for browsing the internet. Since then I have been monitoring your internet activity.

Your password for james.whitfield@example.com was Trafford2019! at the time of compromise. Yes, I know it, and I used it to get into your mail and install a small program on your system.

The program gave me full control over your device: microphone, camera, screen and contacts. I have made recordings of you while you were visiting certain websites, and I have put together a video that shows both the screen and your face. One click and it goes to every contact in your address book, including your colleagues and clients.

I think 1450 USD is a fair price for my silence. Pay it in Bitcoin to this address:

%s

(copy and paste it, it is case sensitive)

You have 48 hours from the moment you open this email. I can see when you open it. If I receive the payment, I will delete the video and the program and you will never hear from me again. If not, the video will be sent out.

Do not reply to this email and do not tell anyone - if I notice that you contact the police or your IT department, the video will be published immediately.
""" % ids.BTC_EXTORTION
    inf = hops.postfix_host("compromised server, Brazil", "mail.contabilidadebarros.com.br", "unknown", "177.70.98.41",
                            "mail.contabilidadebarros.com.br", submit_from="unknown", submit_ip="103.149.28.71",
                            mailer=("X-Mailer", "Microsoft Outlook 16.0"), bstyle="outlook_desktop",
                            msgid_fn=lambda ctx: "<%s$%s@example.com>" % ("".join(ctx.rng.choice("0123456789abcdef") for _ in range(12)), "".join(ctx.rng.choice("0123456789abcdef") for _ in range(8))),
                            auth_user="contato@contabilidadebarros.com.br", hop_offset=-3,
                            desc="compromised Postfix server in Brazil (no rDNS), SMTP-authenticated as contato@contabilidadebarros.com.br from a Vietnamese IP; From spoofs the recipient's own address")
    return Mail("sextortion-bitcoin", "en", local(2026, 11, 29, 3, 17, "UK"),
                ("James Whitfield", "james.whitfield@example.com"), [S("uk_mgr")],
                "Your account james.whitfield@example.com has been hacked. Change your password now.", inf,
                Body(plain=text, charset="us-ascii", cte="7bit"),
                envelope="james.whitfield@example.com",
                what="Extortion (sextortion) spam: claims device compromise and a compromising video, demands 1,450 USD in Bitcoin (bech32 address with valid checksum).",
                why="From spoofs the victim's own address but arrives from a foreign compromised server without rDNS (not mail-int01); bogus claims backed by an old leaked password; payment to a Bitcoin address within 48 hours; threatens publication. Pure extortion scam.")


def m14():
    text = """Hi Priya,

Are you at your desk? I need you to sort something for me quickly and discreetly. I'm stuck in back-to-back meetings with the client at Salford Quays and can't take calls.

I want to surprise the night team at Trafford Park with a thank-you before the Christmas rota goes out - ten Apple gift cards at £100 each. Can you pick them up from Tesco or Currys on your lunch break? I'll sort the reimbursement with you through expenses on Monday.

Once you have them, scratch off the back, take a clear photo of each card showing the code and email the photos to me here. Keep it between us for now, it's meant to be a surprise.

Thanks,
James

Sent from my iPhone
"""
    inf = hops.outlook_com(lang="en-GB")
    return Mail("gift-card-request", "en", local(2026, 12, 10, 11, 52, "UK"),
                ("James Whitfield", "james.whitfield.exg@outlook.com"), [S("uk_acc")],
                "Quick favour", inf,
                Body(plain=text, html=outlook_html(text, lang="EN-GB"), charset="utf-8", cte="quoted-printable"),
                what="Gift-card scam: 'office manager' asks the UK accountant to buy ten £100 Apple gift cards and e-mail photos of the codes.",
                why="Manager's name on a consumer outlook.com address; unreachable by phone, secrecy ('keep it between us'), buy gift cards and send the scratched codes - the codes are the payout. Nothing about it fits a real staff reward (compare the genuine HR voucher notice).")


def m15():
    quoted = """From: Priya Shah <priya.shah@examplegroup.eu>
Sent: 28 October 2026 14:06
To: Gary Holt <gary.holt@penninewear.co.uk>
Subject: Hi-vis jackets and fleeces - PO UK-2026-0419

Hi Gary,

The jackets arrived at Trafford Park this morning, thanks. Could you let me know when the fleeces are expected?

Regards,
Priya"""
    link = "https://pennine-statements.pages.dev/doc/PW-STM-2026-1184?ref=cHJpeWEuc2hhaEBleGFtcGxlZ3JvdXAuZXU="
    text = """Hi Priya,

Thanks for confirming the delivery at Trafford Park. Before our accounts team can release the remaining 40 fleeces on back order we need you to sign off the updated statement and remittance advice, as a couple of your payments were allocated to the wrong invoices after our system migration.

I've put the statement and the corrected remittance on our secure document portal - please review and confirm by end of day tomorrow:

%s

You'll be asked to verify with your work email before the document opens, this is a new security measure on our side.

Many thanks
Gary

Gary Holt
Key Account Manager
Pennine Workwear Ltd
Unit 7, Calder Park, Wakefield WF2 7AW
""" % link
    inf = hops.exo("Pennine Workwear tenant", "LO0P265MB6120", "GBRP265.PROD.OUTLOOK.COM",
                   "GBR01-CWL-obe.outbound.protection.outlook.com", "mail-cwlgbr01on2108.outbound.protection.outlook.com",
                   "40.107.11.108", lang="en-GB", tenant_seed="penninewear.co.uk")
    inf.desc = "genuine Microsoft 365 tenant of penninewear.co.uk (mailbox compromised)"
    return Mail("pennine-thread-hijack-statement", "en", local(2026, 11, 3, 8, 41, "UK"),
                ("Gary Holt", "gary.holt@penninewear.co.uk"), [S("uk_acc")],
                "RE: Hi-vis jackets and fleeces - PO UK-2026-0419", inf,
                Body(plain=text + "\n" + quoted + "\n", html=outlook_html(text, lang="EN-GB", quoted=quoted), charset="utf-8", cte="quoted-printable"),
                in_reply_to="<0a4d7e19c3b24f6d9e8f1a2b3c4d5e6f@EXCH02.corp.example.com>",
                references="<0a4d7e19c3b24f6d9e8f1a2b3c4d5e6f@EXCH02.corp.example.com>",
                what="Thread hijack from a genuinely compromised supplier mailbox (Pennine Workwear): reply in a real order thread asking to 'verify with your work email' on a pages.dev 'statement portal'.",
                why="Right sender and tenant, but the supplier's statements normally come as PDF from Sage via Amazon SES (see business hard negative); link to a Cloudflare pages.dev site with the recipient's address base64-encoded in the URL; 'payments mis-allocated' pretext, deadline and release of goods as leverage; login wall = adversary-in-the-middle credential theft.")


def m16():
    text = """Hello Claudia,

Our monitoring shows that your mailbox is currently the target of a large-scale spam and subscription-bombing attack (more than 3,000 sign-up confirmations in the last hour). The central mail filter cannot block this campaign automatically.

To stop it, a technician from the Example Group IT Service Desk will contact you on Microsoft Teams within the next 10 minutes. The call will be shown as "Help Desk" (external organisation - this is expected, as our service desk is operated by our partner).

Please accept the chat and the call, then open Quick Assist on your computer (press Ctrl + Windows + Q) and enter the security code the technician gives you, so that we can apply the filter directly on your device.

Please do not restart your computer and do not forward this message until the filter has been applied, as this interrupts the remediation.

Kind regards

IT Service Desk
Example Group
"""
    inf = hops.exo("attacker onmicrosoft tenant", "AS4PR09MB6614", "eurprd09.prod.outlook.com",
                   "EUR02-AM0-obe.outbound.protection.outlook.com", "mail-am0eur02on2101.outbound.protection.outlook.com",
                   "40.107.247.101", lang="en-US", tenant_seed="examplegroup-it.onmicrosoft.com")
    inf.desc = "attacker-registered Microsoft 365 tenant examplegroup-it.onmicrosoft.com"
    return Mail("teams-helpdesk-quick-assist", "en", local(2026, 11, 18, 13, 36, "DE"),
                ("Example Group IT Service Desk", "servicedesk@examplegroup-it.onmicrosoft.com"), [S("assist")],
                "Spam attack on your mailbox - technician will call you via Teams", inf,
                Body(plain=text, html=outlook_html(text, lang="EN-US"), charset="utf-8", cte="quoted-printable"),
                priority=True,
                what="Vishing set-up (email bombing + Teams 'help desk' call): external tenant posing as internal IT announces a Teams call and asks the CEO's assistant to open Quick Assist.",
                why="'Internal' IT mail from an external onmicrosoft.com tenant, not via mail-int01; pre-announces an external Teams call and asks for a Quick Assist session (remote control) - the Storm-1811/Black Basta playbook; secrecy and do-not-restart instructions. Real IT notices state they never ask for remote sessions this way.")


def messages():
    return [m09(), m10(), m11(), m12(), m13(), m14(), m15(), m16()]
