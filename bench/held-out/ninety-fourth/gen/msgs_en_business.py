"""Genuine business messages 09-16 (English)."""

import infra as I
import data as D
from compose import Mail, alt, text, html, mixed, att_pdf
from mime import Multi
from world import S

MAILS = []


def add(**kw):
    MAILS.append(Mail(lang="en", folder="business", **kw))


# 09 ------------------------------------------------------------------------
ms_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">
<table dir="ltr"><tr><td style="font-size:17px;color:#707070">Microsoft account</td></tr>
<tr><td style="font-size:41px;color:#2672ec;padding-top:4px">New app(s) have access to your data</td></tr>
<tr><td style="padding-top:25px">Microsoft Azure CLI connected to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:th*****@example.com">th*****@example.com</a>.</td></tr>
<tr><td style="padding-top:25px">If you didn't grant this access, please remove the app(s) from your account.</td></tr>
<tr><td style="padding-top:25px"><a href="https://account.live.com/consent/Manage" style="background-color:#2672ec;color:#fff;padding:5px 20px;text-decoration:none">Manage your apps</a></td></tr>
<tr><td style="padding-top:25px">You can also <a href="https://account.live.com/SecurityNotifications/Update" style="color:#2672ec;text-decoration:none">opt out</a> or change where you receive security notifications.</td></tr>
<tr><td style="padding-top:25px">Thanks,</td></tr><tr><td>The Microsoft account team</td></tr></table>
<div style="font-size:12px;color:#707070;padding-top:40px">Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</div></body></html>
"""
add(n=9, slug="microsoft-account-new-app-notice",
    via=I.ms_notify, frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
    to=[("", "thomas.gross@example.com")], subject="New app(s) connected to your Microsoft account",
    date=(2026, 10, 20, 14, 33, 8), zone="UTC",
    body=Multi("alternative", [text("""Microsoft account

New app(s) have access to your data

Microsoft Azure CLI connected to the Microsoft account th*****@example.com.

If you didn't grant this access, please remove the app(s) from your account.

Manage your apps: https://account.live.com/consent/Manage

You can also opt out or change where you receive security notifications.

Thanks,
The Microsoft account team""", cs="utf-8", cte="quoted-printable"), html(ms_html, cs="utf-8", cte="quoted-printable")],
                None),
    what="Genuine Microsoft account security notice: the IT head connected Azure CLI (which signs in with a device code) "
         "to his account",
    why="Sent by Microsoft's own infrastructure from accountprotection.microsoft.com, masked address, links only to "
        "account.live.com; informational, expected after the admin's own 'az login --use-device-code'.",
    hn=([9], "device-code sign-in / app consent"))

# 10 ------------------------------------------------------------------------
xero_url = "https://in.xero.com/Xk29c7LrQe4vPpT1zN8bWm3aYdF5jH0sUgK6"
add(n=10, slug="supplier-invoice-via-xero",
    via=I.ses, via_kw=dict(region="us-east-1"),
    frm=("Pennine Floral Tributes Ltd", "messaging-service@post.xero.com"), to=[S("uk_acc")],
    reply_to=("Sarah Booth", "accounts@penninefloral.co.uk"),
    subject="Invoice INV-2291 from Pennine Floral Tributes Ltd for Example Group UK Ltd", date=(2026, 10, 30, 16, 12, 40),
    zone="UK",
    body=mixed(alt("""Dear Priya,

Here's invoice INV-2291 for GBP 1,284.00.

The amount outstanding of GBP 1,284.00 is due on 30 Nov 2026.

View your bill online: %s

From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.

If you have any questions, please let us know.

Thanks,
Sarah Booth
Pennine Floral Tributes Ltd""" % xero_url, cs="utf-8", cte="quoted-printable", style="news"),
               att_pdf("Invoice INV-2291.pdf", [
                   ("TAX INVOICE", 16, True), "Pennine Floral Tributes Ltd - Unit 7, Bridge Mills, Stockport SK1 3AB", "",
                   "Example Group UK Ltd, Sharston Industrial Estate, Manchester M22 4SN", "",
                   "Invoice Number INV-2291     Invoice Date 30 Oct 2026     Due 30 Nov 2026", "",
                   "Funeral tributes October 2026 (42 orders, see schedule)        1,070.00",
                   "VAT 20%                                                          214.00",
                   ("TOTAL GBP                                                      1,284.00", 10, True), "",
                   "Bank: NatWest  Sort code 01-07-29  Account 38471196",
                   "IBAN " + D.fmt(D.FLORAL_GB) + "  BIC NWBKGB2L"],
                   title="Invoice INV-2291", producer="Xero", creator="Xero", date="D:20261030161200Z")),
    what="Genuine supplier invoice delivered through Xero's invoicing service (Reply-To the supplier)",
    why="Xero's real sending domain post.xero.com via Amazon SES, Reply-To the known florist, link to in.xero.com, "
        "PDF with the supplier's usual NatWest account; matches monthly order volume.",
    hn=([10], "invoice sent through a genuine third-party invoicing service"))

# 11 ------------------------------------------------------------------------
gh_token = "https://github.com/password_reset/7c0a51e9d3b24f68a1e5c9d07b3f2a46e81c5d9f"
add(n=11, slug="github-password-reset",
    via=I.github, frm=("GitHub", "noreply@github.com"), to=[("", "thomas.gross@example.com")],
    subject="[GitHub] Please reset your password", date=(2026, 11, 11, 6, 47, 2), zone="PT",
    body=Multi("alternative", [text("""We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team""" % gh_token, cs="UTF-8", cte="7bit"),
        html("""<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>GitHub</title></head>
<body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">
<table width="544" align="center"><tr><td style="padding:24px 0">
<h2 style="font-weight:400">Reset your GitHub password</h2>
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don't worry! You can use the following button to reset your password:</p>
<p><a href="%s" style="background:#2da44e;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Reset your password</a></p>
<p>If you don't use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
<p>Thanks,<br>The GitHub Team</p></td></tr></table></body></html>
""" % gh_token, cs="UTF-8", cte="quoted-printable")], None),
    what="Genuine GitHub password-reset e-mail requested by the IT head",
    why="From GitHub's own SMTP (out-*.smtp.github.com, Return-Path noreply@github.com), link to github.com only, "
        "short expiry, no pressure beyond the standard wording.")

# 12 ------------------------------------------------------------------------
add(n=12, slug="customs-broker-entry-cleared",
    via=I.exo, via_kw=dict(lang="en-GB"),
    frm=("Mark Dawson", "entries@irwellcustoms.co.uk"), to=[S("uk_mgr")], cc=[S("uk_acc")],
    subject="Entry cleared – MRN 26GB3N8R1K4T7P2Q91 – urns ex Bielefeld (Lieferant GmbH)", date=(2026, 11, 12, 11, 3, 22),
    zone="UK",
    body=mixed(alt("""Hi James,

Your consignment of cremation urns and caskets from Lieferant GmbH (2 pallets, CMR 26-118734, Ferretti Trasporti trailer) was cleared this morning.

MRN: 26GB3N8R1K4T7P2Q91
Commodity codes: 4421 99 99 90 / 6913 90 98 00
Import duty: GBP 0.00 (EU preferential origin claimed on the supplier's statement on origin)
Import VAT: GBP 612.40 – postponed VAT accounting, no payment due now; it will show on your December PVA statement.

The goods have been released to Ferretti for delivery to Sharston tomorrow before noon. The E2/C88 copy is attached for your records.

Nothing needs to be paid to us or to HMRC for this entry. Our brokerage fee will be on the monthly invoice as usual.

Kind regards,

Mark Dawson
Customs Entries Team
Irwell Customs Brokers Ltd
Trafford Park, Manchester M17 1RN
0161 496 0418""", cs="windows-1252", cte="quoted-printable", style="outlook", lang="EN-GB"),
               att_pdf("E2_26GB3N8R1K4T7P2Q91.pdf", [
                   ("HM Revenue & Customs - Customs Declaration Service", 12, True), "Acceptance / clearance advice (E2)", "",
                   "MRN 26GB3N8R1K4T7P2Q91      Status: Goods released", "Importer: Example Group UK Ltd   EORI GB471822016000",
                   "Declarant: Irwell Customs Brokers Ltd", "",
                   "Item 1  4421999990  Wooden cremation urns        origin DE   duty 0.00",
                   "Item 2  6913909800  Ceramic urns                  origin DE   duty 0.00",
                   "Import VAT 612.40 - postponed (PVA)"],
                   title="E2", producer="CDS Entry Manager", creator="Irwell Customs", date="D:20261112105800Z")),
    what="Genuine clearance advice from the UK customs broker for an urn consignment",
    why="Real broker domain irwellcustoms.co.uk (its Microsoft 365 tenant), consistent shipment details (supplier, carrier, "
        "commodity codes), explicitly nothing to pay, VAT postponed; no link.",
    hn=([12, 9], "customs clearance / customs broker"))

# 13 ------------------------------------------------------------------------
add(n=13, slug="funeral-director-repatriation-quote-request",
    via=I.exo, via_kw=dict(lang="en-GB"),
    frm=("David Hollingworth", "david@hollingworthfunerals.co.uk"), to=[S("uk_mgr")],
    subject="Quote please - cremation and repatriation of ashes to Poland (our ref H-2611)", date=(2026, 11, 3, 15, 26, 14),
    zone="UK",
    body=alt("""Hi James,

Hope you're well. We have a family in Stockport whose father (Polish national, died at Stepping Hill Hospital on 31 October) is to be cremated with you, with the ashes then taken to Katowice for interment in the family grave.

Could you quote for:
- cremation at your Sharston crematorium, ideally w/c 16 November (direct, no service - the family are holding a memorial in Poland)
- a sealed urn suitable for air transport plus the cremation certificate and the certified translation the Polish cemetery asks for
- courier of the ashes to Katowice via your Wroclaw office, or alternatively hand-carry by the son on a flight from Manchester

The medical examiner has already signed off and the death is registered, so the cremation paperwork (Cremation 1 and the ME form) will come from us as usual. Our invoice reference for this family is H-2611; please invoice us as usual on account, the family settles with us.

Many thanks,
David

David Hollingworth
Hollingworth & Sons Funeral Directors Ltd
Stockport SK4
0161 496 0275""", cs="us-ascii", cte="7bit", style="outlook", lang="EN-GB"),
    what="Genuine repatriation/cremation quote request from a long-standing UK funeral-director customer",
    why="Known customer domain, concrete and verifiable case details (hospital, medical examiner, statutory forms), the "
        "family pays the funeral director who pays on account — no third-party money flows, no urgency.",
    hn=([13], "repatriation / cremation request from abroad-linked family"))

# 14 ------------------------------------------------------------------------
add(n=14, slug="it-notice-fake-helpdesk-calls",
    via=I.internal, via_kw=dict(server="EXMBX01", client_ip="10.20.30.12", lang="en-GB"),
    frm=S("it"), to=[("Manchester Office", "uk-staff@example.com")], cc=[S("sec")], rcpt="uk-staff@example.com",
    subject="Security notice: spam floods and fake IT support calls", date=(2026, 11, 20, 9, 14, 3), zone="DE",
    body=alt("""Dear colleagues in Manchester,

Yesterday one colleague in the UK office received several thousand newsletter sign-ups within a few hours, followed by an e-mail and a Teams call from a "service desk" asking her to start Quick Assist. She did the right thing and reported it. This pattern is currently used by ransomware groups.

Please remember:
- IT will never ask you to start Quick Assist, AnyDesk or any other remote-access tool unless you opened a ticket yourself on https://servicedesk.example.com.
- Our service desk only contacts you from @example.com addresses and calls from +49 511 7702-400 or internal extension 400. External Teams users are always marked "External".
- If your mailbox is flooded, do not delete anything and do not accept calls about it: forward one example to security@example.com or call extension 400. We will filter the flood centrally.

Thank you for staying alert.

Thomas Groß
Head of IT
Example Group SE""", cs="utf-8", cte="base64", style="outlook", lang="EN-GB"),
    what="Genuine internal IT security notice (via Exchange and mail-int01) about e-mail bombing and fake help-desk calls",
    why="Internal origin from the head of IT with the security admin in copy, sent to the office distribution list; "
        "asks for nothing except reporting; links only to the internal service desk.",
    hn=([14], "IT help desk / remote-access topic"))

# 15 ------------------------------------------------------------------------
ds = "https://eu.docusign.net/Signing/EmailStart.aspx?a=4c9e2f81-7b3a-4d65-9e10-2f8b6c5d3a71&etti=24&acct=8a1d4b2c-3e5f-4a6b-9c7d-0e1f2a3b4c5d&er=71f0a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b"
ds_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<table width="100%%" style="background:#1e4ca1;color:#fff"><tr><td style="padding:28px;text-align:center;font-size:16px">
Helen Ashworth sent you a document to review and sign.<br><br>
<a href="%s" style="background:#ffc820;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr></table>
<p style="font-size:15px"><b>Helen Ashworth</b><br>h.ashworth@castlefieldpm.co.uk</p>
<p style="font-size:15px">Dear James,<br>Please find attached the lease renewal for Unit 4, Sharston Industrial Estate, as agreed at our meeting on 2 December. Kind regards, Helen</p>
<p style="font-size:13px"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
<p style="font-size:13px"><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>4C9E2F817B3A4D659E102F8B6C5D3A711</p>
<p style="font-size:13px"><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</p>
<p style="font-size:11px;color:#666">This message was sent to you by Helen Ashworth who is using the Docusign Electronic Signature Service.</p>
</td></tr></table></body></html>
""" % ds
add(n=15, slug="docusign-lease-renewal",
    via=I.docusign, frm=("Helen Ashworth via Docusign", "dse@eumail.docusign.net"), to=[S("uk_mgr")],
    reply_to=("Helen Ashworth", "h.ashworth@castlefieldpm.co.uk"),
    subject="Complete with Docusign: Lease renewal - Unit 4 Sharston Industrial Estate", date=(2026, 12, 4, 10, 41, 55),
    zone="UK",
    body=Multi("alternative", [text("""Helen Ashworth sent you a document to review and sign.

REVIEW DOCUMENT: %s

Helen Ashworth
h.ashworth@castlefieldpm.co.uk

Dear James,
Please find attached the lease renewal for Unit 4, Sharston Industrial Estate, as agreed at our meeting on 2 December. Kind regards, Helen

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: 4C9E2F817B3A4D659E102F8B6C5D3A711""" % ds,
                                    cs="utf-8", cte="quoted-printable"), html(ds_html, cs="utf-8", cte="quoted-printable")],
               None),
    what="Genuine DocuSign envelope from the landlord's agent for the Manchester office lease renewal",
    why="DocuSign's EU sending infrastructure (eumail.docusign.net), envelope link on eu.docusign.net with access code, "
        "Reply-To the known agent, refers to a meeting that took place.",
    hn=([16], "document-sharing / signing notification"))

# 16 ------------------------------------------------------------------------
ftw = """FUNERAL TRADE WEEKLY – Issue 847, 10 December 2026

Cremation capacity: new abatement rules from 2027
The mercury-abatement review for crematoria in England and Wales closes on 31 January. We summarise what operators of older cremators need to budget for.

Direct cremation now 31% of UK funerals
Latest market figures show direct cremation still growing, with regional differences of up to 12 points between the North West and London.

People
Northern funeral directors' association elects new chair; two long-serving embalmers retire after 40 years.

Read the full issue: https://www.funeraltradeweekly.co.uk/issues/847

You are receiving this because you subscribed at funeraltradeweekly.co.uk.
[[Update preferences|https://funeraltradeweekly.us14.list-manage.com/profile?u=3f9a1b7c2d&id=8e4d2c1a0b]] | [[Unsubscribe|https://funeraltradeweekly.us14.list-manage.com/unsubscribe?u=3f9a1b7c2d&id=8e4d2c1a0b&e=5b2f9c1e7a]]
Funeral Trade Weekly, 14 Castle Street, Shrewsbury SY1 2AZ"""
add(n=16, slug="trade-newsletter-mailchimp",
    via=I.mailchimp, frm=("Funeral Trade Weekly", "news@funeraltradeweekly.co.uk"), to=[S("uk_mgr")],
    subject="Abatement rules 2027, direct cremation at 31% – FTW #847", date=(2026, 12, 10, 7, 0, 12), zone="UK",
    xh=["List-Unsubscribe: <https://funeraltradeweekly.us14.list-manage.com/unsubscribe?u=3f9a1b7c2d&id=8e4d2c1a0b&e=5b2f9c1e7a&c=2d7b4e9f01>, <mailto:unsubscribe-mc.us14_3f9a1b7c2d.2d7b4e9f01-5b2f9c1e7a@unsubscribe.mailchimpapp.net?subject=unsubscribe>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-ID: 3f9a1b7c2d8e4d2c1a0b mc list <3f9a1b7c2d8e4d2c1a0b.list-id.mcsv.net>"],
    body=alt(ftw, cs="utf-8", cte="quoted-printable", style="news"),
    what="Genuine subscribed trade newsletter sent through Mailchimp with List-Unsubscribe",
    why="Mailchimp infrastructure (mcdlv.net), proper List-Unsubscribe/List-ID headers, links to the publisher and "
        "list-manage.com only, informational content, no call to action beyond reading.")
