"""Genuine business messages 09-16 (English)."""
import infra
import util
from compose import A, E, S, T, alt, html_gmail, html_outlook, html_simple, mixed, msg
from mime import addr, ew
from util import berlin

HF_TENANT = "2b8e41d7-90c3-4f6a-b5e2-7d1c0a93f4e8"
TG_TENANT = "6f1c2a7e-3b0d-4c55-9e8a-0d4f7b21c9e3"


def docusign_body(p, r, sender_name, sender_mail, doc, note, eu=True, lang="en"):
    host = "eu.docusign.net" if eu else "na3.docusign.net"
    link = "https://%s/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (
        host, util.det_uuid(r), util.det_uuid(r), util.det_uuid(r))
    code = util.det_uuid(r).replace("-", "").upper()
    if lang == "es":
        t = ("%s le ha enviado un documento para revisar y firmar.\n\nREVISAR DOCUMENTO\n%s\n\n%s\n%s\n\n%s\n\n"
             "Con la tecnología de Docusign\n\nNo comparta este correo electrónico\nEste correo electrónico contiene un "
             "enlace seguro a Docusign. No comparta este correo, el enlace ni el código de acceso con otras personas.\n\n"
             "Método de firma alternativo\nVisite Docusign.com, haga clic en \"Acceder a documentos\" e introduzca el "
             "código de seguridad:\n%s\n" % (sender_name, link, sender_name, sender_mail, note, code))
        btn = "REVISAR DOCUMENTO"
        head = "%s le ha enviado un documento para revisar y firmar." % sender_name
    else:
        t = ("%s sent you a document to review and sign.\n\nREVIEW DOCUMENT\n%s\n\n%s\n%s\n\n%s\n\nPowered by Docusign\n\n"
             "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, "
             "link, or access code with others.\n\nAlternate Signing Method\nVisit Docusign.com, click 'Access "
             "Documents', and enter the security code:\n%s\n" % (sender_name, link, sender_name, sender_mail, note, code))
        btn = "REVIEW DOCUMENT"
        head = "%s sent you a document to review and sign." % sender_name
    h = ("""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background-color:#eaeaea"><table width="100%%" style="background:#eaeaea"><tr><td style="padding:24px">
<table align="center" style="max-width:640px;background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:10px 24px"><img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" alt="Docusign" width="116"></td></tr>
<tr><td style="padding:0 24px"><table width="100%%" style="background:#1e4ca1;color:#fff;text-align:center"><tr><td style="padding:28px;font-size:16px">
%s<br><br><a href="%s" style="background:#ffc423;color:#333;font-weight:bold;padding:12px 24px;text-decoration:none;border-radius:2px">%s</a></td></tr></table></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#000"><b>%s</b><br><a href="mailto:%s" style="color:#2463d1">%s</a><br><br>%s</td></tr>
<tr><td style="padding:0 24px 24px;font-size:11px;color:#666">%s</td></tr>
</table></td></tr></table></body></html>
""" % (head.replace("&", "&amp;"), link, btn, sender_name.replace("&", "&amp;"), sender_mail, sender_mail,
       note.replace("&", "&amp;").replace("\n", "<br>"), code))
    return alt(p, T(t, "utf-8", "quoted-printable"), T(h, "utf-8", "quoted-printable", sub="html"))


def build():
    # ------------------------------------------------------------ 09 genuine DocuSign envelope from Harrow & Finch
    dt = berlin(2026, 12, 7, 12, 20, 33)
    r = util.rng("b09")
    p = infra.docusign(r, dt, E("uk_mgr"), eu=True)
    body = docusign_body(p, r, "Oliver Grant", "oliver.grant@harrowfinch.co.uk",
                         "Supply Agreement 2027",
                         "Hi James,\n\nAs discussed at our tasting on Thursday, here is the 2027 supply agreement "
                         "(allocation, pricing schedule and delivery terms ex bond Tilbury). Our MD has already signed.\n\n"
                         "Best,\nOliver", eu=True)
    msg("09-en-docusign-harrowfinch-supply-agreement.eml", "business", "en", p, E("uk_mgr"), dt,
        "bounces@eumail.docusign.net",
        [("From", addr("Oliver Grant via Docusign", "dse@eumail.docusign.net")),
         ("Reply-To", addr("Oliver Grant", "oliver.grant@harrowfinch.co.uk")),
         ("To", S("uk_mgr")),
         ("Subject", "Complete with Docusign: Harrow & Finch - Example Group UK Supply Agreement 2027.pdf")],
        body,
        "Genuine DocuSign envelope from the customer Harrow & Finch with the 2027 supply agreement to sign",
        "Sent by DocuSign's EU infrastructure; the sender identity is the real buyer on harrowfinch.co.uk; content "
        "follows a real meeting; link goes to eu.docusign.net.", pair="A10")

    # ------------------------------------------------------------ 10 Microsoft Entra security-info notification
    dt = berlin(2026, 10, 21, 9, 31, 50)
    r = util.rng("b10")
    p = infra.ms_notify(r, dt, E("ar"))
    text = """Example Group

Security info was added

Security info was added to the Example Group account ju*****@example.com.

The following security info was added:
Microsoft Authenticator

If you added this security info, you can ignore this message.

If you didn't add this security info, sign in to https://aka.ms/mysecurityinfo to review your security info, or contact your organization's administrator.

Microsoft respects your privacy. To learn more, please read our Privacy Statement (https://go.microsoft.com/fwlink/?LinkId=521839).

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    html = html_simple(text, links={"https://aka.ms/mysecurityinfo": "https://aka.ms/mysecurityinfo",
                                    "https://go.microsoft.com/fwlink/?LinkId=521839":
                                        "https://go.microsoft.com/fwlink/?LinkId=521839"},
                       font="'Segoe UI', Tahoma, sans-serif")
    body = alt(p, T(text, "utf-8", "quoted-printable"), T(html, "utf-8", "base64", sub="html"))
    msg("10-en-microsoft-entra-security-info-added.eml", "business", "en", p, E("ar"), dt,
        "msonlineservicesteam@microsoftonline.com",
        [("From", addr("Microsoft on behalf of Example Group", "msonlineservicesteam@microsoftonline.com")),
         ("To", E("ar")),
         ("Subject", "Example Group account security info was added")],
        body,
        "Genuine Microsoft Entra ID notification that Microsoft Authenticator was added to Jürgen's account (after he "
        "followed the IT instructions of business 06)",
        "Sent from Microsoft's own Exchange Online infrastructure (microsoftonline.com); informational, only links to "
        "aka.ms/mysecurityinfo; matches the announced MFA change.", pair="A05,A13")

    # ------------------------------------------------------------ 11 GitHub password reset
    dt = berlin(2026, 11, 6, 17, 2, 19)
    r = util.rng("b11")
    p = infra.github(r, dt, E("it"))
    tok = util.alnum(r, 40, "abcdefghijklmnopqrstuvwxyz0123456789")
    text = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % tok
    html = html_simple(text, links={"https://github.com/password_reset/" + tok: "https://github.com/password_reset/" + tok,
                                    "https://github.com/password_reset": "https://github.com/password_reset"},
                       font="-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif")
    body = alt(p, T(text, "UTF-8", "7bit"), T(html, "UTF-8", "7bit", sub="html"))
    msg("11-en-github-password-reset.eml", "business", "en", p, E("it"), dt,
        "noreply@github.com",
        [("From", addr("GitHub", "noreply@github.com")),
         ("To", E("it")),
         ("Subject", "[GitHub] Please reset your password")],
        body,
        "Genuine GitHub password-reset mail requested by the head of IT",
        "From GitHub's own SMTP servers (out-*.smtp.github.com, 192.30.252.0/22); link only to github.com; "
        "no urgency beyond the standard 3-hour expiry.")

    # ------------------------------------------------------------ 12 Google security alert
    dt = berlin(2026, 10, 13, 21, 14, 2)
    r = util.rng("b12")
    p = infra.google_notify(r, dt, E("export"))
    link = "https://accounts.google.com/AccountChooser?Email=felix.zimmermann@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s" % (
        int(dt.timestamp() * 1000), util.alnum(r, 22))
    text = """[image: Google]
A new sign-in on Mac

felix.zimmermann@examplegroup.eu
We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
Check activity
<%s>
You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % link
    html = html_simple(text.replace("<%s>" % link, link), links={link: link, "https://myaccount.google.com/notifications":
                                                                  "https://myaccount.google.com/notifications"},
                       font="'Google Sans', Roboto, RobotoDraft, Helvetica, Arial, sans-serif")
    body = alt(p, T(text, "UTF-8", "quoted-printable"), T(html, "UTF-8", "quoted-printable", sub="html"))
    msg("12-en-google-security-alert-new-signin.eml", "business", "en", p, E("export"), dt,
        "3%s@gaia.bounces.google.com" % util.alnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-."),
        [("From", addr("Google", "no-reply@accounts.google.com")),
         ("To", E("export")),
         ("Subject", "Security alert")],
        body,
        "Genuine Google security alert: new sign-in on a Mac to Felix's Google account (used for Google Ads / Merchant "
        "Center with his work address)",
        "Google's own notification infrastructure (mail-sor-f69.google.com, 209.85.220.69, notifications.google.com "
        "Message-ID); link to accounts.google.com; no credential request in the mail.", pair="A40")

    # ------------------------------------------------------------ 13 customer complaint (Exchange Online)
    dt = berlin(2026, 10, 28, 15, 5, 41)
    r = util.rng("b13")
    p = infra.exo(r, dt, E("uk_mgr"), "harrowfinch.co.uk", "EUR01-HE1-obe.outbound.protection.outlook.com",
                  ("mail-he1eur01on2112.outbound.protection.outlook.com", "40.107.13.112"), HF_TENANT, lang="en-GB",
                  region="eurprd01", pre="AM6P")
    text = """Hi James,

I'm afraid we have a couple of problems with last week's delivery (your invoice EGUK-2026-0398, our PO HF-7731):

1. Riesling Kabinett 2024 - three of the 24 bottles we opened for the staff tasting were clearly corked (musty, TCA). Same lot number L24-118 on all three. We've pulled the remaining 11 cases from the shelves until we know more.

2. One case of the Spätburgunder arrived crushed - two bottles broken and the rest of the labels wine-stained. The driver noted it on the POD, photo attached to the delivery note in the carrier's portal.

Could you arrange a credit note for the damaged case (£118.80) and let me know how you'd like to handle the Riesling? We'd prefer replacement stock from a different lot rather than a credit, as it's one of our best sellers before Christmas.

Happy to send the corked bottles back if your winemaker wants to look at them.

Best regards,
Oliver

Oliver Grant
Head Buyer
Harrow & Finch Wine Merchants Ltd
12 Cheapside Yard, London EC2V 6AA
"""
    body = alt(p, T(text, "iso-8859-1", "quoted-printable"),
               T(html_outlook(text, "iso-8859-1", "EN-GB"), "iso-8859-1", "quoted-printable", sub="html"))
    msg("13-en-harrowfinch-complaint-corked-damaged.eml", "business", "en", p, E("uk_mgr"), dt,
        "oliver.grant@harrowfinch.co.uk",
        [("From", addr("Oliver Grant", "oliver.grant@harrowfinch.co.uk")),
         ("To", addr("James Whitfield", E("uk_mgr"))),
         ("Cc", addr("Felix Zimmermann", E("export"))),
         ("Subject", "Delivery EGUK-2026-0398 - corked Riesling and damaged case")],
        body,
        "Genuine customer complaint: corked (TCA) Riesling from one lot and a crushed case; asks for a credit note and "
        "replacement stock",
        "Known buyer on the real domain via the customer's Microsoft 365 tenant; specific lot, PO and invoice numbers; "
        "asks for a credit note, i.e. money flows to the customer through normal accounting, no new bank details.",
        order="outlook")

    # ------------------------------------------------------------ 14 bonded warehouse stock report (CSV)
    dt = berlin(2026, 11, 2, 10, 15, 7)
    r = util.rng("b14")
    p = infra.exo(r, dt, E("uk_mgr"), "tgbonded.co.uk", "EUR05-VI1-obe.outbound.protection.outlook.com",
                  ("mail-vi1eur05on2128.outbound.protection.outlook.com", "40.107.21.128"), TG_TENANT, lang="en-GB",
                  region="eurprd05", pre="PAXP", has_attach=True)
    csv = ("Account,Product code,Description,Vintage,Lot,Cases,Bottles per case,Duty status,Location\r\n"
           "EGUK,EG-RS-24,Riesling Spatlese Rheinhessen,2024,L24-097,412,6,In bond,T7-A-14\r\n"
           "EGUK,EG-RK-24,Riesling Kabinett,2024,L24-118,338,6,In bond,T7-A-15\r\n"
           "EGUK,EG-SB-23,Spatburgunder trocken,2023,L23-231,506,6,In bond,T7-B-02\r\n"
           "EGUK,EG-VR-22,Valpolicella Ripasso DOC,2022,L22-IT-41,480,6,In bond,T7-B-09\r\n"
           "EGUK,EG-RR-20,Rioja Reserva,2020,L20-ES-07,412,6,In bond,T7-C-01\r\n"
           "EGUK,,TOTAL,,,2148,,,\r\n")
    text = """Hi James,

Please find attached the bond stock report for your account EGUK as at 31 October 2026 (2,148 cases under bond). Movements for October were two receipts from Mainz and three duty-paid releases to Harrow & Finch.

As usual the report is also available in the client portal under Reports > Stock on hand.

Kind regards,
Priya

Priya Shah
Client Account Manager
Thames Gateway Bonded Ltd
Unit 7, Tilbury Freeport Park, Essex RM18 7EH
T: +44 1375 940 218
"""
    body = mixed(p, alt(p, T(text, "us-ascii", "quoted-printable"),
                        T(html_outlook(text, "us-ascii", "EN-GB"), "us-ascii", "quoted-printable", sub="html")),
                 A("text/csv", csv.encode("ascii"), "EGUK_stock_on_hand_20261031.csv", charset="us-ascii"))
    msg("14-en-bonded-warehouse-stock-report.eml", "business", "en", p, E("uk_mgr"), dt, "priya.shah@tgbonded.co.uk",
        [("From", addr("Priya Shah", "priya.shah@tgbonded.co.uk")),
         ("To", addr("James Whitfield", E("uk_mgr"))),
         ("Subject", "EGUK bond stock report - 31 October 2026")],
        body,
        "Genuine monthly stock report of the bonded warehouse with a CSV attachment",
        "Known account manager via the warehouse's Microsoft 365 tenant; plain CSV data consistent with the account "
        "(2,148 cases); mentions the portal without asking for a login.", pair="A13", order="outlook")

    # ------------------------------------------------------------ 15 newsletter via Amazon SES (ProWein preview)
    dt = berlin(2026, 12, 3, 8, 0, 31)
    r = util.rng("b15")
    p = infra.ses(r, dt, E("export"), region="eu-west-1")
    unsub = "https://news.winetrademonitor.com/u/%s" % util.alnum(r, 32)
    text = """WINE TRADE MONITOR - Weekly briefing, 3 December 2026

ProWein 2027: hall plans go out to exhibitors this month. The organisers remind exhibitors that all stand bookings and invoices are handled exclusively through the official exhibitor shop; third-party "exhibitor directories" and hotel agencies contacting you by e-mail are not affiliated.

UK duty: the second year of the strength-based alcohol duty system is squeezing margins on fuller-bodied reds; importers report a shift towards lighter whites and rosé.

Bulk market: Italian Pinot Grigio and Spanish Tempranillo prices firm after small 2026 harvests.

Read the full briefing: https://news.winetrademonitor.com/2026/12/03/weekly-briefing

You are receiving this e-mail because felix.zimmermann@examplegroup.eu subscribed to the Wine Trade Monitor weekly briefing.
Unsubscribe: %s
Wine Trade Monitor Ltd, 3 Queen Street Place, London EC4R 1AP
""" % unsub
    html = html_simple(text, links={unsub: unsub, "https://news.winetrademonitor.com/2026/12/03/weekly-briefing":
                                    "https://news.winetrademonitor.com/2026/12/03/weekly-briefing"},
                       font="Georgia, 'Times New Roman', serif")
    body = alt(p, T(text, "UTF-8", "quoted-printable"), T(html, "UTF-8", "quoted-printable", sub="html"))
    p["extra"] += [("List-Unsubscribe", "<%s>, <mailto:unsubscribe@news.winetrademonitor.com?subject=%s>"
                    % (unsub, unsub.rsplit("/", 1)[1])),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "<weekly.news.winetrademonitor.com>")]
    msg("15-en-newsletter-wine-trade-monitor-ses.eml", "business", "en", p, E("export"), dt, p["bounce"],
        [("From", addr("Wine Trade Monitor", "briefing@news.winetrademonitor.com")),
         ("To", E("export")),
         ("Subject", "ProWein 2027 hall plans, UK duty squeeze, bulk prices firm")],
        body,
        "Subscribed trade newsletter sent through Amazon SES, including a ProWein 2027 item",
        "Publisher's own sending domain via SES with List-Unsubscribe (one-click), subscription notice; informational "
        "only; even warns about fake exhibitor services.", pair="A14")

    # ------------------------------------------------------------ 16 internal IT security notice about Teams vishing
    dt = berlin(2026, 11, 26, 8, 45, 0)
    r = util.rng("b16")
    p = infra.internal(r, dt, E("sec"), E("export"), "10.20.40.63", lang="en-US")
    text = """Dear colleagues,

Yesterday several colleagues in Mainz and London were targeted by a known attack pattern: their mailboxes were flooded with thousands of newsletter sign-ups, and shortly afterwards a fake "IT Service Desk" contacted them by e-mail and via Microsoft Teams, asking them to start Quick Assist.

Please remember:
- Our IT team will never ask you to start Quick Assist, AnyDesk, TeamViewer or any other remote tool because of a "spam attack".
- Teams chats and calls from outside the company are marked "External". The IT service desk always contacts you from an internal account.
- If you are unsure, call the service desk on extension 444 (+49 6131 90 88-444) - never a number given in the message.

If your mailbox is being flooded, please just report it to it-service@example.com; we block the senders centrally.

Thank you,
Lena Vogt
IT Security & Mail Administration
Example Group
"""
    body = alt(p, T(text, "us-ascii", "quoted-printable"),
               T(html_outlook(text, "us-ascii", "EN-US"), "us-ascii", "quoted-printable", sub="html"))
    msg("16-en-it-notice-teams-vishing-warning.eml", "business", "en", p, E("export"), dt, E("sec"),
        [("From", S("sec")),
         ("To", "All staff <alle@example.com>"),
         ("Subject", "Security notice: fake IT support calls via Microsoft Teams")],
        body,
        "Internal IT security warning about e-mail bombing followed by fake service-desk Teams calls and Quick Assist",
        "From the IT security admin via the internal relay; gives no links, asks for nothing, tells users to call the "
        "known internal number.", pair="A12", order="outlook")
