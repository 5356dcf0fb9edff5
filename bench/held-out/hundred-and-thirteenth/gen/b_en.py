"""Genuine business messages, English (09-16)."""
from util import *
from profiles import exo, exch_internal, smtp_client, mailchimp
from profiles2 import google_notify, github, docusign
from lib import pdf
from lib.bank import fmt_iban
from company import IBAN, BIC, MID, EG_GB_VRN


def b09():
    m = Msg("business", 9, "en", "google-security-alert-new-signin",
            "Genuine Google 'Security alert - a new sign-in on Windows' for the Google account Julia uses for the company's "
            "Google Business Profile",
            "From no-reply@accounts.google.com through mail-sor-f73.google.com with Google's bounce domain; links only to "
            "accounts.google.com / myaccount.google.com; informational ('if this was you, you don't need to do anything').",
            pair=([13], "sign-in / account security notification"))
    m.rcpt = "julia.brandt@examplegroup.eu"
    m.t = T(2026, 10, 12, 8, 43, 27)
    c = m.ctx
    F = dict(frm=addr("Google", "no-reply@accounts.google.com"), to="julia.brandt@examplegroup.eu",
             subject="Security alert", t=m.t)
    google_notify(m, F)
    ts = int(m.t.timestamp() * 1000)
    link = ("https://accounts.google.com/AccountChooser?Email=julia.brandt@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0"
            % (ts, c.digits(19)))
    text = """[image: Google]
A new sign-in on Windows

julia.brandt@examplegroup.eu
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
Check activity
<%s>
You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % link
    html = """<!DOCTYPE html><html lang="en"><head><meta content="email=no" name="format-detection"><meta content="date=no" name="format-detection"></head>
<body><div style="margin:0;padding:0;" bgcolor="#FFFFFF"><table width="100%" height="100%" style="min-width:348px;" border="0" cellspacing="0" cellpadding="0" lang="en"><tr height="32" style="height:32px;"><td></td></tr>
<tr align="center"><td><div><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px;"><tr><td width="8" style="width:8px;"></td><td>
<div style="border-style:solid;border-width:thin;border-color:#dadce0;border-radius:8px;padding:40px 20px;" align="center">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom:16px;" alt="Google">
<div style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center;word-break:break-word;"><div style="font-size:24px;">A new sign-in on Windows</div>
<table align="center" style="margin-top:8px;"><tr style="line-height:normal;"><td><a style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.87);font-size:14px;line-height:20px;">julia.brandt@examplegroup.eu</a></td></tr></table></div>
<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:left;">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.<div style="padding-top:32px;text-align:center;"><a href="LINK" target="_blank" style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px;min-width:90px;">Check activity</a></div></div>
<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit;">https://myaccount.google.com/notifications</a></div></div>
<div style="text-align:left;"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center;"><div>You received this email to let you know about important changes to your Google Account and services.</div><div style="direction:ltr;">&copy; 2026 Google LLC, <a style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center;">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div>
</td><td width="8" style="width:8px;"></td></tr></table></div></td></tr><tr height="32" style="height:32px;"><td></td></tr></table></div></body></html>
""".replace("LINK", link.replace("&", "&amp;"))
    m.body = Multipart("alternative", [
        Text(text, "plain", "UTF-8", "base64", extra_params=[("format", "flowed"), ("delsp", "yes")]),
        Text(html, "html", "UTF-8", "quoted-printable")], m.boundary(), fold=False)
    return m


def b10():
    m = Msg("business", 10, "en", "github-password-reset",
            "Genuine GitHub password-reset mail requested by the mail administrator for the company's GitHub "
            "organisation account",
            "From noreply@github.com via out-21.smtp.github.com; only github.com links; 3-hour token validity as GitHub "
            "really states; requested by the user.", pair=None)
    m.rcpt = "jan.petersen@example.com"
    m.t = T(2026, 11, 11, 16, 52, 9)
    c = m.ctx
    F = dict(frm=addr("GitHub", "noreply@github.com"), to="jan.petersen@example.com",
             subject="[GitHub] Please reset your password", t=m.t)
    github(m, F)
    link = "https://github.com/password_reset/" + c.b64url(40)
    text = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % link
    html = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>GitHub</title></head>
<body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#24292f">
<table align="center" width="544" style="margin:0 auto"><tr><td style="padding:16px 0"><b style="font-size:20px">GitHub</b></td></tr>
<tr><td style="border:1px solid #d0d7de;border-radius:6px;padding:24px">
<h3 style="font-size:20px;font-weight:400;margin:0 0 16px">Reset your GitHub password</h3>
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don't worry! You can use the following button to reset your password:</p>
<p><a href="LINK" style="background:#2da44e;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:600">Reset your password</a></p>
<p>If you don't use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
<p>Thanks,<br>The GitHub Team</p></td></tr>
<tr><td style="padding:16px 0;font-size:12px;color:#6e7781">You're receiving this email because a password reset was requested for your account.<br>GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107</td></tr></table></body></html>
""".replace("LINK", link)
    m.body = Multipart("alternative", [Text(text, "plain", "UTF-8", "7bit", quote_cs=False),
                                       Text(html, "html", "UTF-8", "7bit", quote_cs=False)], m.boundary(), fold=False)
    return m


def b11():
    m = Msg("business", 11, "en", "docusign-charter-agreement-genuine",
            "Genuine DocuSign envelope from Blue Horizon Charter Brokers: charter agreement BH-2027-0412 for S/Y Seeadler "
            "(June 2027) to sign",
            "Sent by DocuSign's EU service (dse@eumail.docusign.net via mail-eu2.docusign.net) with Reply-To to the real "
            "broker address; link to eu.docusign.net, alternate signing method with security code; expected business.",
            pair=([10, 13], "DocuSign envelope from the charter broker"))
    m.rcpt = "julia.brandt@examplegroup.eu"
    m.t = T(2026, 11, 9, 13, 7, 44)
    c = m.ctx
    env = c.uuid().upper()
    F = dict(frm=addr("Sarah Collins via Docusign", "dse@eumail.docusign.net", quote=True),
             reply_to=addr("Sarah Collins", "sarah.collins@bluehorizoncharters.co.uk", quote=True),
             to=addr("Julia Brandt", "julia.brandt@examplegroup.eu", quote=True),
             subject="Complete with Docusign: Charter Agreement BH-2027-0412 - SY Seeadler - June 2027.pdf",
             t=m.t, envelope=env)
    docusign(m, F)
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (c.uuid(), c.uuid(), c.uuid())
    code = c.hex(32, True)
    text = """Sarah Collins sent you a document to review and sign.

REVIEW DOCUMENT: %s

Sarah Collins
sarah.collins@bluehorizoncharters.co.uk

Hi Julia, as agreed on the phone: agreement for Seeadler, 12-26 June 2027, clients Dr. and Mrs. Whitmore. Deposit 50 %% will be transferred by us after countersignature. Thanks, Sarah

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

This message was sent to you by Sarah Collins who is using the Docusign Electronic Signature Service.
""" % (link, code)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;max-width:640px">
<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Member/Images/email/docLogo.png" alt="Docusign" height="24"></td></tr>
<tr><td style="padding:0 24px 30px"><table width="100%" style="background:#1e4ca1;color:#ffffff"><tr><td style="padding:28px 24px;text-align:center;font-size:16px">
Sarah Collins sent you a document to review and sign.<br><br>
<a href="LINK" style="background:#ffc423;color:#333;font-size:15px;font-weight:bold;text-decoration:none;padding:12px 22px;border-radius:2px;display:inline-block">REVIEW DOCUMENT</a></td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px;font-size:16px;color:#333"><b>Sarah Collins</b><br><span style="font-size:15px;color:#666">sarah.collins@bluehorizoncharters.co.uk</span><br><br>
Hi Julia, as agreed on the phone: agreement for Seeadler, 12-26 June 2027, clients Dr. and Mrs. Whitmore. Deposit 50 % will be transferred by us after countersignature. Thanks, Sarah</td></tr>
<tr><td style="padding:24px;background:#eaeaea;font-size:11px;color:#666;line-height:16px"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>CODE<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
This message was sent to you by Sarah Collins who is using the Docusign Electronic Signature Service.</td></tr></table></td></tr></table></body></html>
""".replace("LINK", link).replace("CODE", code)
    m.notes.append("DocuSign envelope %s" % env)
    m.body = alt(m, text, html, "utf-8", "quoted-printable", quote_cs=False)
    return m


def b12():
    m = Msg("business", 12, "en", "customer-complaint-engine-failure",
            "Charter customer (BT Mail, iPad) complains about an engine failure on S/Y Seeadler during his October charter "
            "and demands a partial refund, threatening reviews and the small-claims court",
            "Real customer with booking reference and details only he knows; angry and demanding but asks for money back "
            "to his own known card/account, no links or attachments beyond facts.", pair=None)
    m.rcpt = "james.whitfield@example.com"
    m.t = T(2026, 10, 14, 21, 18, 55, "UK")
    c = m.ctx
    F = dict(frm=addr("Oliver Bennett", "oliver.bennett@btinternet.com"), to="james.whitfield@example.com",
             cc="bookings@example.com", subject="Complaint - Seeadler charter 3-10 October, booking EGK-2026-0871",
             t=ago(m.t, 4), tz="UK", env="oliver.bennett@btinternet.com")
    smtp_client(m, F, relay="re-prd-fep-046.btinternet.com", relay_ip="213.120.69.46", out_helo="re-prd-fep-046.btinternet.com",
                client_helo="smtpclient.apple", client_rdns="host86-140-12-77.range86-140.btcentralplus.com",
                client_ip="86.140.12.77", auth="oliver.bennett@btinternet.com", mailer="iPad Mail (22A3354)",
                mid="<%s@btinternet.com>" % c.uuid(upper=True), order="apple", relay_tz="UK")
    text = """Dear Mr Whitfield,

I am writing to complain about our charter of Seeadler (booking EGK-2026-0871) from your Kiel base, 3-10 October.

On the second day, shortly after leaving Marstal, the engine overheated and shut down. We had to sail back under jib alone in 25 knots and wait two full days in Marstal for your technician. Your base staff had told us at check-in that the impeller had "just been changed". We lost almost half of our holiday, and my wife and two of our guests were genuinely frightened.

Your contract refers to a pro-rata refund for "loss of use due to technical failure". I therefore expect a refund of at least £1,200 to the card I paid with, within 14 days. I would also like an explanation of what maintenance was actually carried out before our charter.

If I do not hear from you by the end of next week, I will post a detailed review on the usual charter platforms and take this to the small claims court.

Yours sincerely,
Oliver Bennett
14 Kings Road, Lymington SO41 9GL
07700 900 418

Sent from my iPad
"""
    m.body = Text(text, "plain", "utf-8", "quoted-printable", quote_cs=False)
    return m


def b13():
    m = Msg("business", 13, "en", "solent-rigging-final-reminder-on-stop",
            "Solent Rigging Ltd accounts: final reminder for overdue invoice SR-10388 with statement (PDF); account will "
            "be put on stop from 4 December",
            "Real supplier's Microsoft 365 tenant; firm but ordinary credit-control language; pays to the unchanged NatWest "
            "account printed on all previous invoices; phone number of the credit controller.", pair=None)
    m.rcpt = "priya.nair@example.com"
    m.t = T(2026, 11, 27, 9, 44, 10, "UK")
    F = dict(frm=addr("Solent Rigging Accounts", "accounts@solentrigging.co.uk"), to=staff("priya.nair"),
             cc=staff("james.whitfield"),
             subject="FINAL REMINDER: overdue invoice SR-10388 - account on stop from 4 December",
             t=ago(m.t, 2), env="accounts@solentrigging.co.uk")
    exo(m, F, mbx="LO2P265MB5163", prd="GBRP265", out=("GBR01-LO2-obe", "mail-lo2gbr01on2119", "40.107.11.119"),
        lang="en-GB", attach=True, org="solentrigging.co.uk")
    text = """Dear Priya,

Our records show that invoice SR-10388 dated 25/09/2026 for £4,186.80 (standing rigging replacement, Meltemi) is now 33 days overdue, despite our reminders of 28 October and 12 November. A statement is attached.

Please arrange payment to our usual account (NatWest, sort code 60-16-13, account 48215530) by Thursday 3 December. If payment is not received by then, your account will be placed on stop from 4 December and we will not be able to schedule the winter rig checks for your Southampton fleet.

If there is a query holding up payment, please call me on 023 8045 2210 so we can resolve it.

Kind regards,

Karen Mills
Credit Control
Solent Rigging Ltd
Unit 7, Hamble Point, Hamble SO31 4NB
"""
    stmt = pdf.simple_doc([
        "#Solent Rigging Ltd - Statement of account", "Unit 7, Hamble Point, Hamble SO31 4NB",
        "Customer: Example Marinas UK Ltd, Ocean Village, Southampton SO14 3TL    Account: EXM001", "Date: 27/11/2026", "",
        "Date        Ref        Description                                   Debit        Credit     Balance",
        "25/09/2026  SR-10388   Standing rigging replacement - Meltemi      4,186.80                  4,186.80",
        "12/10/2026  SR-10412   Halyards and sheets - Seeadler                 612.00                  4,798.80",
        "06/11/2026  PMT        Payment received - thank you                              612.00    4,186.80", "",
        "Overdue: 4,186.80 GBP (over 30 days)", "",
        "Bank: NatWest, sort code 60-16-13, account 48215530, IBAN " + fmt_iban(IBAN["solent"]) + ", BIC " + BIC["solent"],
        "VAT reg. no. GB 318 4417 62 - Registered in England and Wales no. 05311847",
    ], title="Statement EXM001", creator="Xero", producer="Xero PDF", date="D:20261127094000Z")
    m.notes.append("IBAN %s (GB, mod-97 valid)" % IBAN["solent"])
    m.body = Multipart("mixed", [alt(m, text, outlook_html(text, "EN-GB"), "iso-8859-1", "quoted-printable"),
                                 Attachment(stmt, "application/pdf", "Statement_EXM001_27-11-2026.pdf")], m.boundary(4))
    return m


def b14():
    m = Msg("business", 14, "en", "blue-horizon-commission-statement",
            "Blue Horizon Charter Brokers: Q3 2026 commission statement as PDF attachment from Sarah Collins' real "
            "Microsoft 365 mailbox",
            "Real broker domain and tenant, statement simply attached (no portal, no device code), numbers match the "
            "bookings; compare attack 13 which imitates this mail.", pair=([13], "commission statement from the broker"))
    m.rcpt = "julia.brandt@examplegroup.eu"
    m.t = T(2026, 11, 17, 10, 21, 48)
    F = dict(frm=addr("Sarah Collins", "sarah.collins@bluehorizoncharters.co.uk"), to=staff("julia.brandt"),
             subject="Commission statement Q3 2026", t=ago(m.t, 3), env="sarah.collins@bluehorizoncharters.co.uk",
             mid=MID["blue_q3"])
    exo(m, F, mbx="DB9PR02MB7321", prd="eurprd02", out=("EUR02-DB5-obe", "mail-db5eur02on2131", "40.107.249.131"),
        lang="en-GB", attach=True, org="bluehorizoncharters.co.uk")
    text = """Hi Julia,

Please find attached our commission statement for Q3 2026 (14 bookings - Nordwind, Seeadler and Meltemi). Total commission due to us is GBP 18,640.00, payable as usual 30 days from statement to our Barclays account on file.

Two bookings (BH-2026-0377 and BH-2026-0391) were amended after the clients extended by a few days - I've noted the revised charter fees on page 2.

Shout if anything doesn't match your records.

Kind regards,
Sarah

Sarah Collins
Partner Relations Manager
Blue Horizon Charter Brokers Ltd
Quay Hill, Lymington SO41 3AR | +44 1590 671 204
"""
    st = pdf.simple_doc([
        "#Blue Horizon Charter Brokers Ltd", "Commission statement Q3 2026 (01/07/2026 - 30/09/2026)",
        "Principal: Example Group GmbH / Example Marinas UK Ltd", "",
        "Booking       Yacht      Dates              Charter fee    Rate   Commission",
        "BH-2026-0311  Nordwind   04/07 - 11/07       6,480.00 EUR  15 %    972.00 EUR",
        "BH-2026-0324  Seeadler   11/07 - 25/07      11,240.00 EUR  15 %  1,686.00 EUR",
        "BH-2026-0377  Meltemi    18/07 - 28/07       9,870.00 EUR  15 %  1,480.50 EUR",
        "...           (11 further bookings, see page 2)", "",
        "Total commission Q3 2026: 21,718.75 EUR = GBP 18,640.00 (ECB rate 30/09/2026)",
        "Payment terms: 30 days. Bank details unchanged (Barclays, as on file).",
    ], title="Commission statement Q3 2026", creator="Microsoft Excel", producer="Microsoft Excel for Microsoft 365",
        date="D:20261117091500Z")
    m.body = Multipart("mixed", [alt(m, text, outlook_html(text, "EN-GB"), "us-ascii", "quoted-printable"),
                                 Attachment(st, "application/pdf", "BlueHorizon_Commission_Q3-2026.pdf")], m.boundary(4))
    return m


def b15():
    m = Msg("business", 15, "en", "internal-vat-return-hmrc",
            "UK accountant to CFO (internal Exchange): Q3 VAT return submitted via MTD software, HMRC repayment of "
            "GBP 3,482.16 expected to the company account on file; note that HMRC never e-mails refund links",
            "Internal route; refers to the real filing done in the MTD software and the HMRC online account, no links; "
            "same amount as the HMRC phishing (attack 09) - hard negative.", pair=([9], "HMRC VAT repayment"))
    m.rcpt = "sabine.krueger@example.com"
    m.t = T(2026, 10, 20, 16, 5, 31)
    F = dict(frm=staff("priya.nair"), to=staff("sabine.krueger"), cc=staff("james.whitfield"),
             subject="UK VAT return Q3 2026 submitted - repayment expected", t=ago(m.t, 3), env="priya.nair@example.com")
    exch_internal(m, F, server="EXCH02", lang="en-GB", client_ip="10.60.2.21")
    text = """Hi Sabine,

Quick update from Southampton: I submitted the VAT return for the quarter to 30 September today through our MTD bridging software (VRN %s). Because of the pontoon replacement and the two new RIBs we are in a repayment position of £3,482.16.

HMRC usually pays within 10 working days directly to the company account registered in our business tax account (the Lloyds account ending 7731) - nothing for us to do in the meantime. I'll confirm once it has arrived.

Just so everyone is aware: HMRC never sends refund offers by e-mail with links. If anything like that turns up, please forward it to IT rather than clicking.

Best regards,
Priya

Priya Nair
Accountant
Example Marinas UK Ltd | Ocean Village, Southampton SO14 3TL
""" % EG_GB_VRN
    m.body = alt(m, text, outlook_html(text, "EN-GB"), "utf-8", "quoted-printable")
    return m


def b16():
    m = Msg("business", 16, "en", "newsletter-marina-today-mailchimp",
            "Subscribed industry newsletter 'Marina Today' (weekly) via Mailchimp with List-Unsubscribe / One-Click",
            "Real ESP infrastructure, list headers, subscriber-specific unsubscribe link, editorial content only.",
            pair=None)
    m.rcpt = "james.whitfield@example.com"
    m.t = T(2026, 12, 3, 7, 30, 12, "UK")
    F = dict(frm=addr("Marina Today", "editor@marinatoday.co.uk"), to="james.whitfield@example.com",
             subject="Marina Today | Berth demand outstrips supply on the Solent, pontoon insurance renewals, Southampton show dates",
             t=m.t, mc_acct="marinatoday", list_name="Marina Today")
    mailchimp(m, F)
    text = """** Marina Today - Thursday 3 December 2026
------------------------------------------------------------
View this email in your browser (https://mailchi.mp/marinatoday/issue-2026-48)

BERTH DEMAND OUTSTRIPS SUPPLY ON THE SOLENT
Waiting lists at 11 of 14 Solent marinas are longer than a year, our annual survey finds. Operators expect another round of above-inflation increases in 2027.

PONTOON INSURANCE: WHAT CHANGES AT RENEWAL
Underwriters are asking for storm-surge assessments and updated pontoon surveys. We spoke to three brokers about what they need from operators before 1 January.

SOUTHAMPTON INTERNATIONAL BOAT SHOW 2027 DATES CONFIRMED
The show returns to Mayflower Park on 17-26 September 2027.

============================================================
You are receiving this email because you subscribed to Marina Today.
Unsubscribe: %s
Marina Today Media Ltd, 3 Town Quay, Southampton SO14 2AQ, United Kingdom
""" % m.unsub
    html = """<!doctype html><html><head><meta charset="UTF-8"><title>Marina Today</title></head>
<body style="margin:0;padding:0;background:#fafafa"><center><table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#202020">
<tr><td style="padding:9px 18px;font-size:11px;color:#656565;text-align:right"><a href="https://mailchi.mp/marinatoday/issue-2026-48" style="color:#656565">View this email in your browser</a></td></tr>
<tr><td style="background:#003b5c;color:#fff;padding:24px 18px;font-size:28px;font-weight:bold">Marina Today<div style="font-size:13px;font-weight:normal">Thursday 3 December 2026</div></td></tr>
<tr><td style="padding:18px"><h2 style="font-size:20px;margin:0 0 6px">Berth demand outstrips supply on the Solent</h2><p style="font-size:15px;line-height:22px;margin:0 0 18px">Waiting lists at 11 of 14 Solent marinas are longer than a year, our annual survey finds. Operators expect another round of above-inflation increases in 2027.</p>
<h2 style="font-size:20px;margin:0 0 6px">Pontoon insurance: what changes at renewal</h2><p style="font-size:15px;line-height:22px;margin:0 0 18px">Underwriters are asking for storm-surge assessments and updated pontoon surveys. We spoke to three brokers about what they need from operators before 1 January.</p>
<h2 style="font-size:20px;margin:0 0 6px">Southampton International Boat Show 2027 dates confirmed</h2><p style="font-size:15px;line-height:22px;margin:0">The show returns to Mayflower Park on 17–26 September 2027.</p></td></tr>
<tr><td style="padding:18px;font-size:12px;color:#656565;border-top:2px solid #eaeaea">You are receiving this email because you subscribed to Marina Today.<br><a href="UNSUB" style="color:#656565">Unsubscribe</a> · Marina Today Media Ltd, 3 Town Quay, Southampton SO14 2AQ, United Kingdom</td></tr>
</table></center></body></html>
""".replace("UNSUB", m.unsub.replace("&", "&amp;"))
    m.body = alt(m, text, html, "utf-8", "quoted-printable")
    return m


BUILDERS = [b09, b10, b11, b12, b13, b14, b15, b16]
