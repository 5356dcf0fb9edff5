# -*- coding: utf-8 -*-
"""Genuine business messages 09-16 (English)."""
from msgkit import *  # noqa: F401,F403

UK_EXO_NG = dict(region="GBRP265", pod="LO2P265MB", lang_accept="en-GB, en-US",
                 client_host=("GBR01-LO2-obe.outbound.protection.outlook.com",
                              "mail-lo2gbr01on2110.outbound.protection.outlook.com", "40.107.10.110"))
UK_EXO_HFM = dict(region="GBRP123", pod="CWXP123MB", lang_accept="en-GB, en-US",
                  client_host=("GBR01-CWX-obe.outbound.protection.outlook.com",
                               "mail-cwxgbr01on2097.outbound.protection.outlook.com", "40.107.121.97"))


@message("business", 9, "en", "docusign-genuine-envelope",
         "Genuine DocuSign envelope: Harbour Facilities Management sends the 2027-2029 pest control services agreement for signature",
         "Sent by DocuSign's EU platform (dse@eumail.docusign.net, DocuSign mail hosts), link to eu.docusign.net with envelope IDs, alternate access code method, Reply-To is the customer's real address; expected after contract negotiation")
def b09():
    p = infra.Service(kind="docusign")
    env = "9c2e51a7-3f4b-4d8e-a1c6-7b0d2e9f4a35"
    acct = "5e8a1f20-6b7c-4d3e-9a8f-1c2b3d4e5f60"
    link = ("https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=d41c7e2b-0a9f-4f5e-8b6d-3c2a1e0f9b87"
            % (env, acct))
    txt = """Mark Dempsey sent you a document to review and sign.

REVIEW DOCUMENT
%s

Mark Dempsey
mark.dempsey@harbourfm.co.uk

Hi Daniel,
As agreed on Friday, here is the services agreement for the Salford and Liverpool warehouses (2027-2029) with the revised schedule of rates. Please sign where indicated.
Many thanks, Mark

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.
""" % (link, env.replace("-", "").upper()[:32])
    html = """<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#ffffff"><tr><td style="padding:24px">
<div style="font-size:20px;font-weight:bold">Docusign</div>
<div style="background:#1e1e6e;color:#fff;text-align:center;padding:28px;margin-top:14px">
<div style="font-size:16px">Mark Dempsey sent you a document to review and sign.</div>
<div style="margin-top:18px"><a href="%s" style="background:#ffc820;color:#333;padding:10px 22px;text-decoration:none;font-size:14px">REVIEW DOCUMENT</a></div></div>
<p style="font-size:15px"><b>Mark Dempsey</b><br>mark.dempsey@harbourfm.co.uk</p>
<p style="font-size:15px">Hi Daniel,<br>As agreed on Friday, here is the services agreement for the Salford and Liverpool warehouses (2027-2029) with the revised schedule of rates. Please sign where indicated.<br>Many thanks, Mark</p>
<p style="font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
<p style="font-size:12px;color:#666"><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: %s</p>
</td></tr></table></body></html>
""" % (esc(link), env.replace("-", "").upper()[:32])
    body = alt(txt, html, "utf-8", "quoted-printable")
    return make("b09", p, bt(2026, 11, 30, 16, 2, 44), "dse@eumail.docusign.net", S("uk_sales")[1],
                ("Mark Dempsey via Docusign", "dse@eumail.docusign.net"), S("uk_sales"),
                "Complete with Docusign: HFM - Pest Control Services Agreement 2027-2029.pdf", body,
                reply_to=("Mark Dempsey", "mark.dempsey@harbourfm.co.uk"))


@message("business", 10, "en", "northgate-remittance-pdf",
         "Customer remittance advice (PDF) for a BACS payment run: three invoices paid to Example Group UK's NatWest account",
         "From the customer's real M365 tenant before the account takeover; a normal PDF listing invoice numbers and amounts, payee account matches our own, no links")
def b10():
    p = infra.EXO(**UK_EXO_NG)
    txt = """Dear Supplier,

Please find attached a remittance advice for payments made by Northgate Food Processing Ltd in today's BACS run. Funds should reach your account within 3 working days.

Any queries, please contact accounts.payable@northgatefoods.co.uk quoting our supplier reference.

Kind regards

Accounts Payable
Northgate Food Processing Ltd
Unit 7, Northgate Industrial Estate, Chadderton, Oldham OL9 9XA
"""
    pdf = pdf_att([("NORTHGATE FOOD PROCESSING LTD - REMITTANCE ADVICE", "h"), "",
                   "Supplier: Example Group UK Ltd (ref. EXA004)     Payment date: 16/10/2026     Method: BACS", "",
                   "Invoice      Date         Description                         Amount GBP",
                   "EGUK-26-0913 31/08/2026   Pest control contract, August         3,412.50",
                   "EGUK-26-1022 30/09/2026   Pest control contract, September      3,412.50",
                   "EGUK-26-1047 30/09/2026   Fly screen replacement, Line 3          896.00",
                   ("Total paid                                                      7,721.00", "b"), "",
                   "Paid to: NatWest, sort code 01-06-65, account 48203318",
                   "IBAN " + P("eg_uk")],
                  "Remittance_EXA004_16102026.pdf", title="Remittance Advice", author="Sage 200",
                  creator="Sage 200 Professional", producer="Sage 200 Professional", date="D:20261016090000+01'00'")
    body = multipart("mixed", [alt(txt, html_outlook(txt, "us-ascii", "EN-GB"), "us-ascii", "quoted-printable"), pdf])
    return make("b10", p, bt(2026, 10, 16, 10, 4, 55), "accounts.payable@northgatefoods.co.uk", S("uk_acc")[1],
                ("Accounts Payable", "accounts.payable@northgatefoods.co.uk"), S("uk_acc"),
                "Remittance Advice - Example Group UK Ltd - 16/10/2026", body, lang_tag="en-GB")


@message("business", 11, "en", "teams-meeting-invite-harbourfm",
         "Genuine Microsoft Teams meeting invitation (text/calendar REQUEST) from the customer's contracts manager for a tender clarification call",
         "From harbourfm.co.uk's own M365 tenant; standard Teams join link on teams.microsoft.com plus dial-in, iCalendar part; nothing to authorise or enter")
def b11():
    p = infra.EXO(**UK_EXO_HFM)
    join = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4YTQ2MjEtOWYxZC00YjlmLWE2ZDEtMmE1YzNlOGQ0ZjEw"
            "%40thread.v2/0?context=%7b%22Tid%22%3a%223f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b%22%2c%22Oid%22%3a%22"
            "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d%22%7d")
    txt = """Hi Oliver,

As discussed, a short call to go through the clarification questions on the Salford Quays tender before the deadline on Friday.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<%s>
Meeting ID: 384 551 209 773
Passcode: Yu7Bq3
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+44 20 7946 0512,,619204338#   United Kingdom, London
Phone Conference ID: 619 204 338#
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
""" % join
    ics = """BEGIN:VCALENDAR
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
ORGANIZER;CN=Mark Dempsey:mailto:mark.dempsey@harbourfm.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Hughes:mailto:oliver.hughes@example.com
DESCRIPTION;LANGUAGE=en-GB:Microsoft Teams meeting - Salford Quays tender clarification
UID:040000008200E00074C5B7101A82E00800000000A1C3F2B27E5BDD01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9
SUMMARY;LANGUAGE=en-GB:Salford Quays tender - clarification call
DTSTART;TZID=GMT Standard Time:20261126T140000
DTEND;TZID=GMT Standard Time:20261126T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261120T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-SKYPETEAMSMEETINGURL:%s
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % join
    body = multipart("alternative", [text(txt, "plain", "us-ascii", "quoted-printable"),
                                     text(html_outlook(txt, "us-ascii", "EN-GB"), "html", "us-ascii", "quoted-printable"),
                                     ics_part(ics.replace("\n", "\r\n"))])
    return make("b11", p, bt(2026, 11, 20, 11, 15, 31), "mark.dempsey@harbourfm.co.uk", S("uk_mgr")[1],
                ("Mark Dempsey", "mark.dempsey@harbourfm.co.uk"), S("uk_mgr"),
                "Salford Quays tender - clarification call", body, lang_tag="en-GB")


@message("business", 12, "en", "github-password-reset",
         "GitHub password-reset mail requested by the head of IT for the company's GitHub account",
         "From noreply@github.com through GitHub's outbound hosts, link to github.com/password_reset with a token, expiry notice; user-initiated")
def b12():
    p = infra.Service(kind="github")
    tok = "AXp3QmV2Tz9kR1lZc2h6MGJ4WmVqM0FfMTc2MDgzOTQ2Mg"
    txt = """GitHub password reset

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % tok
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">
<div style="max-width:544px;margin:0 auto;padding:16px">
<h2 style="font-weight:300">Reset your GitHub password</h2>
<div style="border:1px solid #d0d7de;border-radius:6px;padding:24px">
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don't worry! You can use the following button to reset your password:</p>
<p><a href="https://github.com/password_reset/%s" style="background:#1f883d;color:#ffffff;padding:8px 16px;border-radius:6px;text-decoration:none">Reset your password</a></p>
<p>If you don't use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
<p>Thanks,<br>The GitHub Team</p></div>
<p style="font-size:12px;color:#6e7781;text-align:center">You're receiving this email because a password reset was requested for your account.<br>GitHub, Inc. &#x30fb;88 Colin P Kelly Jr Street &#x30fb;San Francisco, CA 94107</p>
</div></body></html>
""" % tok
    body = alt(txt, html, "us-ascii", "7bit", quote=False)
    return make("b12", p, bt(2026, 10, 19, 14, 33, 18), "noreply@github.com", S("ithead")[1],
                ("GitHub", "noreply@github.com"), S("ithead"), "[GitHub] Please reset your password", body)


@message("business", 13, "en", "google-security-alert-new-signin",
         "Google account security alert: new sign-in on Windows to the company's Google account used for Android device management",
         "From no-reply@accounts.google.com via mail-sor (Google), links only to myaccount.google.com / accounts.google.com, informative, triggered by the admin's own sign-in")
def b13():
    p = infra.Service(kind="google")
    link = ("https://accounts.google.com/AccountChooser?Email=lukas.reinhardt@example.com&continue="
            "https://myaccount.google.com/alert/nt/1798722461000?rfn%3D325%26rfnc%3D1%26eid%3D-2219448716302741187%26et%3D0")
    txt = """[image: Google]
A new sign-in on Windows

lukas.reinhardt@example.com
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
Check activity
<%s>
You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % link
    html = """<!DOCTYPE html><html lang="en"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"></head>
<body style="margin:0;padding:0;background-color:#ffffff"><table width="100%%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0"><tr><td align="center">
<div style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px;max-width:516px;font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">
<div style="font-size:24px;padding-top:16px">A new sign-in on Windows</div>
<div style="font-size:14px;padding-top:8px">lukas.reinhardt@example.com</div>
<div style="font-size:14px;line-height:20px;padding-top:20px;text-align:left">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.</div>
<div style="padding-top:32px"><a href="%s" style="font-weight:500;color:#ffffff;background-color:#4184f3;border-radius:5px;padding:10px 24px;text-decoration:none">Check activity</a></div>
<div style="padding-top:20px;font-size:12px;color:rgba(0,0,0,0.54)">You can also see security activity at<br><a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a></div></div>
<div style="font-size:11px;color:rgba(0,0,0,0.54);padding-top:12px">You received this email to let you know about important changes to your Google Account and services.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>
</td></tr></table></body></html>
""" % esc(link)
    body = alt(txt, html, "UTF-8", "base64")
    body.children[0].params.append(("format", "flowed", False))
    body.children[0].params.append(("delsp", "yes", False))
    return make("b13", p, bt(2026, 11, 2, 9, 47, 42), "3nWRpZwgTCfU0F-7NqJ2kMQj.HPNUmS.LmbPcJK.Ivw@gaia.bounces.google.com",
                S("itsec")[1], ("Google", "no-reply@accounts.google.com"), S("itsec"),
                "Security alert", body)


@message("business", 14, "en", "entra-id-protection-risky-users",
         "Microsoft Entra ID Protection alert to the mail admin: one user at risk detected (after the device-code attempt)",
         "From azure-noreply@microsoft.com via Microsoft's own outbound infrastructure; links only to portal.azure.com / entra.microsoft.com; notification configured by the admin, asks for no credentials in mail")
def b14():
    p = infra.Service(kind="azure")
    link = "https://portal.azure.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers/fromNav/"
    txt = """Microsoft Entra ID Protection

Users at risk detected

We detected 1 user(s) at risk in your tenant Example Group (example.com).

User: oliver.hughes@example.com
Risk level: High
Risk detection: Anomalous token, Unfamiliar sign-in properties
Detected: 24/11/2026 10:21 UTC

View the risky users report:
%s

We recommend that you investigate these users and, where appropriate, require a password reset and revoke their sessions.

You are receiving this email because you are listed as a recipient of Microsoft Entra ID Protection notifications for your organisation.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
""" % link
    html = html_simple(txt, "utf-8", "Segoe UI, Arial, sans-serif")
    body = alt(txt, html, "utf-8", "quoted-printable")
    return make("b14", p, bt(2026, 11, 24, 11, 48, 2), "azure-noreply@microsoft.com", S("itsec")[1],
                ("Microsoft Azure", "azure-noreply@microsoft.com"), S("itsec"),
                "Microsoft Entra ID Protection: Users at risk detected", body)


@message("business", 15, "en", "customer-complaint-mouse-droppings",
         "Angry customer complaint: mouse droppings in the dry-goods store two weeks before a BRC audit; demands an emergency visit and a corrective action report",
         "From the customer's quality manager on the customer's own M365 tenant; urgent and threatening (contract review) but asks for a service visit, no payment, no link")
def b15():
    p = infra.EXO(**UK_EXO_NG)
    txt = """Daniel,

I am not happy. This morning our hygiene team found fresh mouse droppings along the racking in the dry goods store (Bay 4, next to bait box 17) and gnawed flour sacks on the bottom pallet. Your technician was on site last Thursday and the service report says "no activity".

We have our BRC audit on 8 December. I need:
- an emergency visit today or first thing tomorrow, not the routine slot,
- a written corrective action report with proofing recommendations by Friday,
- confirmation that the bait box map and trend analysis are up to date.

If this is not sorted before the audit I will have to escalate it and review the contract with our MD.

Please call me on 0161 496 0734 when you have a time for the visit.

Karen

Karen Whitfield
Technical & Quality Manager
Northgate Food Processing Ltd
"""
    body = alt(txt, html_outlook(txt, "us-ascii", "EN-GB"), "us-ascii", "quoted-printable")
    return make("b15", p, bt(2026, 11, 12, 8, 22, 37), "karen.whitfield@northgatefoods.co.uk", S("uk_sales")[1],
                ("Karen Whitfield", "karen.whitfield@northgatefoods.co.uk"), S("uk_sales"),
                "URGENT - mouse activity in dry goods store - BRC audit 8 Dec", body, cc=[S("uk_mgr")],
                lang_tag="en-GB", extra=[("X-Priority", "1"), ("Importance", "high")])


@message("business", 16, "en", "newsletter-pesttech-weekly-mailchimp",
         "Subscribed trade newsletter 'PestTech Weekly' (Mailchimp) with industry news and webinars",
         "Regular opt-in newsletter through Mailchimp (mcsv/mcdlv infrastructure, List-Unsubscribe, List-Id), links to the publisher's site, no call to log in")
def b16():
    p = infra.ESP(kind="mailchimp")
    unsub = "https://pesttechweekly.us21.list-manage.com/unsubscribe?u=8d2f4a1c3b5e6f7a8b9c0d1e2&id=4c7e1a9b2d&e=f3a1b2c4d5&c=9e8d7c6b5a"
    txt = """PestTech Weekly - 2 December 2026

* Rodenticide stewardship: CRRU audit results 2026 published
https://www.pesttechweekly.co.uk/news/crru-audit-2026

* Webinar 10 Dec: Bird proofing on food premises - what EHOs look for
https://www.pesttechweekly.co.uk/webinars/bird-proofing-food-premises

* Case study: remote monitoring in a 24/7 bakery - 40 per cent fewer call-outs
https://www.pesttechweekly.co.uk/case-studies/remote-monitoring-bakery

* Jobs: Field biologist (North West), Technical sales manager (Midlands)
https://www.pesttechweekly.co.uk/jobs

You are receiving this email because you subscribed at pesttechweekly.co.uk.
Unsubscribe: %s
PestTech Weekly, 14 Kings Road, Harrogate HG1 5JX, United Kingdom
""" % unsub
    html = html_simple(txt, "utf-8", "Georgia, serif")
    body = alt(txt, html, "utf-8", "quoted-printable")
    return make("b16", p, bt(2026, 12, 2, 7, 30, 9), "bounce-mc.us21_91827364.4417720-f3a1b2c4d5@mail181.suw11.mcdlv.net",
                S("uk_sales")[1], ("PestTech Weekly", "news@pesttechweekly.co.uk"), S("uk_sales"),
                "Rodenticide stewardship results, bird proofing webinar & more", body,
                extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-mc.us21_8d2f4a1c3b5e6f7a8b9c0d1e2.4c7e1a9b2d-f3a1b2c4d5@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % unsub),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                       ("List-Id", "PestTech Weekly <8d2f4a1c3b5e6f7a8b9c0d1e2.4c7e1a9b2d.list-id.mcsv.net>"),
                       ("Precedence", "bulk")])
