"""Genuine business messages, English (8)."""
import finance as fin
import systems as sy
from common import M, S, C, ruuid
from content import (alt, plain, mixed, branded_alt, branded, pdf_att, to_html)
from mime import Text, Multi
import random as _r

F, L = "business", "en"
_g = _r.Random("audit97-en-business")

# ---------------------------------------------------------------- 09 genuine DocuSign envelope
_env = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (ruuid(_g), ruuid(_g), ruuid(_g))
_html09 = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Docusign</title></head>
<body style="margin:0;padding:0;background:#eaeaea">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:16px 0">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px 24px 0 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116" height="34"></td></tr>
<tr><td style="padding:24px"><table width="100%" cellpadding="0" cellspacing="0" style="background:#1e4ca1"><tr><td align="center" style="padding:28px;color:#ffffff;font-size:16px">
Gareth Hughes sent you a document to review and sign.<br><br>
<a href="{env}" style="display:inline-block;background:#ffc423;color:#333333;font-size:15px;font-weight:bold;padding:12px 24px;text-decoration:none;border-radius:2px">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333333;line-height:20px">
<b>Gareth Hughes</b><br><a href="mailto:g.hughes@humbertimber.co.uk" style="color:#2463d1">g.hughes@humbertimber.co.uk</a><br><br>
James, as agreed on the phone on Monday: the 2027 supply agreement with the volumes and index clause from our meeting in Hull. Please sign where marked; your copy will be e-mailed once completed. Regards, Gareth
</td></tr>
<tr><td style="padding:24px;background:#eaeaea;font-size:11px;color:#666666;line-height:16px">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: {code}<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management&trade;.<br><br>
This message was sent to you by Gareth Hughes who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
</td></tr></table></td></tr></table></body></html>
"""
_code09 = "".join(_g.choice("0123456789ABCDEF") for _ in range(32)) + "2"
M(F, L, "docusign-humber-supply-agreement-2027",
  ("Gareth Hughes via Docusign", "dse@eumail.docusign.net"), [S("whitfield")],
  "Complete with Docusign: Humber Timber - Supply Agreement 2027 (signed HTS).pdf", "2026-11-23 16:05:48",
  sy.docusign("eu"),
  Multi("alternative", [
      Text("""Gareth Hughes sent you a document to review and sign.

REVIEW DOCUMENT: %s

James, as agreed on the phone on Monday: the 2027 supply agreement with the volumes and index clause from our meeting in Hull. Please sign where marked; your copy will be e-mailed once completed. Regards, Gareth

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: %s
""" % (_env, _code09), "plain", "utf-8", "qp"),
      Text(_html09.replace("{env}", _env).replace("{code}", _code09), "html", "utf-8", "qp")]),
  reply_to=("Gareth Hughes", "g.hughes@humbertimber.co.uk"),
  what="Genuine DocuSign envelope from the customer Humber Timber (Gareth Hughes) for the 2027 supply agreement.",
  why="Delivered by DocuSign's EU mail servers (eumail.docusign.net), the signing link points to eu.docusign.net with envelope IDs and an alternate access code; sender and Reply-To are the known customer contact; content refers to a phone call and meeting.",
  hn=["docusign-lookalike-framework-agreement::same customer and DocuSign branding; real docusign.net infrastructure and eu.docusign.net link vs. docusign-esign.net via SES and a WordPress phishing kit"])

# ---------------------------------------------------------------- 10 genuine GitHub password reset
_tok = "".join(_g.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(64))
M(F, L, "github-password-reset-requested",
  ("GitHub", "noreply@github.com"), [("Thomas Brandl", "thomas.brandl@example.com")],
  "[GitHub] Please reset your password", "2026-10-15 13:48:22",
  sy.github(),
  Multi("alternative", [
      Text("""We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % _tok, "plain", "UTF-8", "7bit", quote_cs=False),
      Text("""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Reset your GitHub password</title></head>
<body style="background:#f6f8fa;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px">
<table align="center" width="544" style="margin:0 auto"><tr><td style="padding:16px 0"><b style="font-size:22px">GitHub</b></td></tr>
<tr><td style="background:#ffffff;border:1px solid #d0d7de;border-radius:6px;padding:24px">
<h1 style="font-size:20px;font-weight:400">Reset your GitHub password</h1>
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don&#39;t worry! You can use the following button to reset your password:</p>
<p><a href="https://github.com/password_reset/%s" style="background:#2da44e;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:500">Reset your password</a></p>
<p>If you don&#39;t use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
<p>Thanks,<br>The GitHub Team</p>
</td></tr>
<tr><td style="padding:16px;color:#6e7781;font-size:12px;text-align:center">You&#39;re receiving this email because a password reset was requested for your account.<br>GitHub, Inc. &#x30fb;88 Colin P Kelly Jr Street &#x30fb;San Francisco, CA 94107</td></tr>
</table></body></html>
""" % _tok, "html", "UTF-8", "qp", quote_cs=False)]),
  what="Genuine GitHub password-reset e-mail requested by the head of IT.",
  why="Sent by GitHub's own SMTP (out-*.smtp.github.com, lowworker Message-ID); all links point to github.com/password_reset; standard wording; expected after a reset request.")

# ---------------------------------------------------------------- 11 internal IT ticket with Teams call
M(F, L, "it-ticket-laptop-replacement-teams-call",
  ("IT-Service Example Group", "it-service@example.com"), [S("collins")],
  "[IT-48213] Laptop replacement Hull - setup call via Teams on Thursday 10:00 (UK)", "2026-12-01 15:12:30",
  sy.internal(exch="EXCH02", ip_user="10.20.2.15", lang="en-GB"),
  alt("""Hello Sarah,

your replacement laptop (Lenovo ThinkPad T14 Gen 6, asset tag EG-NB-1174) was shipped to the Hull office today with DHL, tracking 4471 2093 8812.

Lukas Oberhuber from IT will call you on Thursday, 3 December at 10:00 UK time via Microsoft Teams from his normal Example Group account (lukas.oberhuber@example.com) to move your data and set up Outlook. Please have the old laptop and the new one on your desk and both connected to power.

Please note:
- IT will never ask you for your password or MFA codes, and we never ask you to start Quick Assist, AnyDesk or TeamViewer for an unannounced caller. Remote sessions are only started by us through the company remote-support tool after we have called you from the ticket.
- If anything looks odd, call the service desk on +49 8031 4090-150 or reply to this ticket.

Best regards,
IT-Service
Example Group GmbH & Co. KG

Ticket IT-48213 | Status: scheduled | Priority: normal
""", "us-ascii", "7bit", "outlook", lang="EN-GB"),
  what="Internal IT ticket update: replacement laptop shipped to Hull, named IT colleague will call via Teams from his normal account to set it up.",
  why="Sent from the internal it-service mailbox through Exchange and mail-int01, ticket number, named colleague with internal address, and explicit guidance that IT never asks users to start Quick Assist for unannounced callers.",
  hn=["it-helpdesk-teams-quickassist::'IT will call you on Teams' topic; internal ticket and named colleague vs. external onmicrosoft.com tenant asking to start Quick Assist"])

# ---------------------------------------------------------------- 12 customs broker: genuine import entry + invoice
_gb12 = fin.gb_iban("BARC", "201815", "43926185")
_m365_nf = dict(srv="CWXP265MB4412", region="GBRP265", out=("GBR01-CWX-obe.outbound.protection.outlook.com", "mail-cwxgbr01on2118.outbound.protection.outlook.com", "40.107.121.118"), lang="en-GB")
M(F, L, "northern-freight-import-entry-duty-statement",
  C("northern"), [S("whitfield")],
  "Import entry MRN 26GB4K8W2N7Q1X5R07 - MV BALTIC ROSE - sawn spruce - customs charges", "2026-11-12 11:37:15",
  sy.m365(**_m365_nf),
  mixed(alt("""Hi James,

please find attached the entry summary for the above vessel (Kotka - Hull, 28 packs sawn spruce, commodity code 4407 11 10 00, origin FI) and our disbursement invoice.

- Customs duty: GBP 0.00 (0% third-country duty)
- Import VAT: GBP 28,411.20, accounted for via postponed VAT accounting (PVA) - it will appear on your monthly PVA statement in the CDS dashboard, nothing to pay to us
- Our clearance fee and port handling: GBP 174.00 incl. VAT, invoice NFC-26-11874, 30 days to our usual account

The goods are released and the haulier is booked for delivery to your yard tomorrow morning.

Kind regards,
Helen Price
Customs Entries Team
Northern Freight & Customs Ltd
Immingham Dock, DN40 2LZ | +44 1469 570 418
""", "utf-8", "qp", "outlook", lang="EN-GB"),
        pdf_att("Entry_Summary_26GB4K8W2N7Q1X5R07.pdf", [
            ("title", "Import Entry Summary"),
            ("p", "Declarant: Northern Freight & Customs Ltd (EORI GB604118822000) · Importer: Example Group UK Ltd (EORI GB482913765000)"),
            ("mono", "MRN            26GB4K8W2N7Q1X5R07\nVessel         MV BALTIC ROSE, Kotka -> Hull\nGoods          Sawn spruce, 28 packs, 61.4 m3\nCommodity      4407 11 10 00   Origin FI\nCustoms value  GBP 142,056.00\nDuty           GBP       0.00\nImport VAT     GBP  28,411.20  (PVA)"),
            ("small", "Status: released 12/11/2026 10:52. Import VAT postponed under PVA; see monthly statement in the CDS dashboard."),
        ], {"Producer": "CargoWise", "Title": "Entry Summary"}),
        pdf_att("NFC-26-11874.pdf", [
            ("title", "Northern Freight & Customs Ltd – Invoice NFC-26-11874"),
            ("p", "To: Example Group UK Ltd, Alexandra Dock Road, Hull HU9 1TA · Date 12/11/2026 · Terms 30 days"),
            ("mono", "Customs clearance (import, 1 MRN)      GBP  95.00\nPort handling / DO fee                 GBP  50.00\nVAT 20%                                GBP  29.00\nTotal                                  GBP 174.00"),
            ("p", "Barclays Bank · Sort code 20-18-15 · Account 43926185 · IBAN %s · VAT %s" % (fin.fmt_iban(_gb12), fin.gb_vat("6041188"))),
        ], {"Producer": "CargoWise", "Title": "Invoice NFC-26-11874"})),
  cc=[S("collins")],
  what="The customs broker sends the import entry summary for a sawn-spruce shipment into Hull plus its small clearance invoice.",
  why="Known broker domain on Microsoft 365, real-looking entry data consistent with the business (origin FI, PVA so no VAT payment), invoice payable to its usual UK account, no links or credential requests.",
  hn=["hmrc-cds-c18-import-duty::customs/CDS topic for a Hull timber import; broker's entry with PVA vs. fake HMRC demand with a Government Gateway login link"])

# ---------------------------------------------------------------- 13 customer complaint
M(F, L, "humber-complaint-mould-c24-packs",
  C("humber", 0), [S("whitfield")],
  "Complaint - delivery note 2026-88412 - mould on C24 packs", "2026-10-21 09:14:33",
  sy.m365(srv="DU0PR10MB7118", region="EURPRD10", out=("EUR02-DB5-obe.outbound.protection.outlook.com", "mail-db5eur02on2133.outbound.protection.outlook.com", "40.107.249.133"), lang="en-GB"),
  alt("""Morning James,

I'm afraid we have a problem with yesterday's delivery (delivery note 2026-88412, 6 packs C24 47x200, 4.8 m). When the yard team opened the packs this morning, three of them showed blue stain and surface mould on the inner boards. Moisture readings are between 24 and 27%, so well above the 20% we agreed for KD C24.

Photos and the moisture log are on their way from our yard manager. We have put the three packs aside and obviously can't sell them to our trade customers.

I need either a replacement delivery by the end of next week or a credit note, plus collection of the affected packs. To be honest, after the wet packs in August we'll have to review the December call-offs if this happens again.

Can you give me a call today? I'm in the office until 4.

Regards,
Gareth

Gareth Hughes
Head of Procurement
Humber Timber Supplies Ltd
Sculcoates Lane, Hull HU5 1DR | 01482 446 920
""", "utf-8", "qp", "outlook", lang="EN-GB"),
  cc=[C("humber", 1), S("lechner")],
  what="Customer complaint from Humber Timber about mouldy, too-wet C24 packs, asking for replacement or credit and threatening to review future call-offs.",
  why="Known customer contact from the customer's own Microsoft 365 tenant, specific delivery note, measurements and history, asks for a phone call; angry but no links, attachments or payment redirection.")

# ---------------------------------------------------------------- 14 Microsoft Entra SSPR notification
M(F, L, "microsoft-password-reset-notification",
  ("Microsoft on behalf of Example Group", "msonlineservicesteam@microsoftonline.com"), [S("collins")],
  "Your Example Group password was reset", "2026-12-03 11:04:12",
  sy.ms_notify(),
  Multi("alternative", [
      Text("""Sarah Collins,

The password for your Example Group account sarah.collins@example.com was recently reset.

If you did this, you can safely disregard this email.

If you didn't reset your password, contact your administrator immediately.

Thanks,
Microsoft on behalf of Example Group

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", "plain", "utf-8", "qp"),
      Text(branded("Your Example Group password was reset", [
          "Sarah Collins,",
          "The password for your Example Group account <b>sarah.collins@example.com</b> was recently reset.",
          "If you did this, you can safely disregard this email.",
          "If you didn't reset your password, contact your administrator immediately.",
          "Thanks,<br>Microsoft on behalf of Example Group",
      ], None, "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\nThis message was sent from an unmonitored email address. Please do not reply to this message.",
          brand="#2f2f2f", logo_text="Microsoft", lang="en", raw=True), "html", "utf-8", "qp")]),
  what="Microsoft Entra ID self-service password reset notification after Sarah's password was reset during the laptop replacement.",
  why="Real Microsoft notification address (msonlineservicesteam@microsoftonline.com) sent from Exchange Online Protection; informational, contains no links or requests; consistent with the IT ticket in business/11.")

# ---------------------------------------------------------------- 15 subscribed newsletter via Mailgun
_unsub15 = "<https://email.timbertradedigest.co.uk/u/eJxNjsEKgzAQRH9F9qx-mailgun>, <mailto:unsubscribe@timbertradedigest.co.uk?subject=unsubscribe>"
M(F, L, "newsletter-timber-trade-digest-week47",
  C("ttd"), [S("whitfield")],
  "Timber Trade Digest - Week 47: softwood prices firm, Baltic freight, UKTR checks", "2026-11-20 06:30:04",
  sy.mailgun("mg.timbertradedigest.co.uk", ip="159.135.228.%d" % 41, unsub=_unsub15, zone="gmt", tag="weekly-digest"),
  branded_alt("Timber Trade Digest - Week 47", [
      "**Softwood:** Swedish and Finnish mills hold Q1 prices for C24 and carcassing; sawfalling stock remains tight after the wet autumn. [[Read more|https://email.timbertradedigest.co.uk/c/eJxNj8-softwood-q1]]",
      "**Freight:** Baltic feeder rates to Humber ports up 6% week-on-week as ice-class surcharges start in December. [[Read more|https://email.timbertradedigest.co.uk/c/eJxNj8-baltic-freight]]",
      "**Regulation:** The Office for Product Safety and Standards publishes its UKTR enforcement summary for 2026 - due-diligence records remain the main gap. [[Read more|https://email.timbertradedigest.co.uk/c/eJxNj8-uktr-2026]]",
  ], None,
      "Timber Trade Digest, 14 Victoria Dock Village, Hull HU9 1PT.\nYou are receiving this because james.whitfield@example.com subscribed at timbertradedigest.co.uk. [[Unsubscribe|https://email.timbertradedigest.co.uk/u/eJxNjsEKgzAQRH9F9qx-mailgun]]",
      cs="utf-8", cte="qp", brand="#1d4d2b", logo_text="Timber Trade Digest", lang="en",
      preheader="Softwood prices, Baltic freight and UKTR"),
  what="Subscribed weekly UK trade newsletter sent through Mailgun with List-Unsubscribe and One-Click headers.",
  why="Publisher's own domain and Mailgun sending domain, click-tracking on the publisher's tracking host, standard unsubscribe footer and headers; informational content only.")

# ---------------------------------------------------------------- 16 broken laptop, colleague from private Gmail
M(F, L, "laptop-bitlocker-private-gmail",
  ("James Whitfield", "jwhitfield.hull@gmail.com"), [S("brandl")],
  "Laptop stuck on BitLocker recovery screen - writing from my personal email", "2026-11-30 08:12:55",
  sy.gmail(6, client="web", zone="uk"),
  alt("""Hi Thomas,

my laptop (EG-NB-0892) came up with the blue BitLocker recovery screen this morning after the Windows update last night and asks for the recovery key. I can't get into Outlook, so I'm writing from my personal Gmail - sorry.

The screen shows Key ID 4F1A2C73-...-9B20 (first and last block). I know you can't send the key by e-mail. Could someone from IT call me on my mobile 07700 900417 or on the Hull office line 01482 222 640 and read it out to me?

I'm in the office all morning.

Thanks,
James
""", "UTF-8", "7bit", "gmail", quote_cs=False),
  cc=[("IT-Service", "it-service@example.com")],
  what="UK office manager writes from his private Gmail because his laptop is stuck on the BitLocker recovery screen; asks IT to phone him.",
  why="Colleague using private mail for a plausible IT problem; asks to be called back on known numbers and explicitly not to send the key by e-mail; no links, no attachments, no payment.",
  hn=["it-helpdesk-teams-quickassist::IT-support topic between user and IT, but initiated by the user and asking for a call-back on known numbers"])
