"""English genuine business messages (8)."""

import ids
import org
import pdf
from core import mail, Text, Bin, Multi
from infra import Client, ESP, EXO, ruuid, rhex
from mime import HStyle
from org import S, A, esc

U = HStyle("utf-8", "Q")
HARLOW_TENANT = "5b0c7a2e-91d4-4f0b-8e36-2c7d1a94e5f3"


# 09 ---------------------------------------------------------------------
def docusign_genuine():
    env = "8e4f1c2a-7b3d-4e9a-a51f-0d6c2b8e7f41"
    url = ("https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=3c9d1e7a-2f4b-4c6e-9a8d-"
           "71b0e5c2d4f6&er=d1a7c3e9-5b2f-4e8a-9c6d-3f0b7e1a2c54" % env)
    code = "8E4F1C2A7B3D4E9AA51F0D6C2B8E7F414"
    txt = """James Whitfield sent you a document to review and sign.

REVIEW DOCUMENT
%s

James Whitfield
james.whitfield@harlowhotels.co.uk

Felix, please find the FF&E supply agreement for the Leeds and York refurbishments as agreed in our call. Schedules 2 (delivery phasing) and 4 (fire certification) are attached in the envelope. Many thanks, James

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

This message was sent to you by James Whitfield who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
""" % (url, code)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:0;margin:0;background:#eaeaea">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:12px">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px 24px 0 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116" height="34"></td></tr>
<tr><td style="padding:24px"><table width="100%%" style="background:#1e4ca1;color:#fff;font-size:16px;text-align:center">
<tr><td style="padding:28px">James Whitfield sent you a document to review and sign.<br><br>
<a href="%s" style="background:#ffc423;color:#333;font-size:15px;font-weight:bold;padding:10px 24px;text-decoration:none;border-radius:2px">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333;line-height:20px">
<b>James Whitfield</b><br><a href="mailto:james.whitfield@harlowhotels.co.uk" style="color:#2463d1">james.whitfield@harlowhotels.co.uk</a><br><br>
Felix, please find the FF&amp;E supply agreement for the Leeds and York refurbishments as agreed in our call. Schedules 2
(delivery phasing) and 4 (fire certification) are attached in the envelope. Many thanks, James</td></tr>
<tr><td style="padding:24px;background:#eaeaea;font-size:11px;color:#666;line-height:14px">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: %s<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document,
please reach out to the sender by emailing them directly.</td></tr>
</table></td></tr></table></body></html>
""" % (url, code)
    route = ESP("docusign", zone="UTC")
    cl = Client("generic", domain="docusign.net", hstyle=U,
                mid=lambda rng, t: "<%s@docusign.net>" % rhex(rng, 32))
    return mail(kind="business", lang="en", slug="docusign-supply-agreement-harlow",
                t="2026-12-08 12:16:40", rcpt=A("contract"), route=route, client=cl,
                env_from="dse@eumail.docusign.net",
                frm=("James Whitfield via Docusign", "dse@eumail.docusign.net"),
                reply_to=("James Whitfield", "james.whitfield@harlowhotels.co.uk"),
                to=[("Felix Krämer", A("contract"))],
                subject="Please DocuSign: Harlow Hotels - FF&E Supply Agreement 2027.pdf",
                extra=[("X-DocuSign-EnvelopeID", env)],
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="quoted-printable"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                hn=["docusign-lookalike-lease-renewal"],
                pair="DocuSign signing request",
                what="Genuine DocuSign envelope from the hotel customer's procurement head for the 2027 "
                     "supply agreement.",
                why="Sent by DocuSign's EU infrastructure from dse@eumail.docusign.net; link to eu.docusign.net; "
                    "Reply-To is the known customer contact on harlowhotels.co.uk; expected after the tender.")


# 10 ---------------------------------------------------------------------
def sharepoint_genuine():
    url = "https://northfieldinteriors.sharepoint.com/:x:/s/Projects/EbR4c7dF2xJNn0qK5wZ1b9QBy3Vt8mLc0PqW2eHs5aTz7g?e=Xq4Lm2"
    txt = """Sarah Collins shared a file with you

Here's the updated Phase 2 fit-out schedule - furniture deliveries for levels 3 and 4 moved to week 49. Can you check the loading bay slots? Thanks

Phase 2 fit-out schedule - rev C.xlsx
%s

This link will work for anyone at Example Group.

Microsoft respects your privacy. To learn more, please read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',sans-serif;max-width:468px;margin:0 auto">
<table cellpadding="0" cellspacing="0" width="100%%"><tr><td style="padding:24px 0 12px 0;font-size:14px;color:#605e5c">
<b style="color:#323130">Sarah Collins</b> shared a file with you</td></tr>
<tr><td style="padding:8px 16px;border-left:3px solid #0078d4;font-size:14px;color:#323130">Here's the updated Phase 2
fit-out schedule - furniture deliveries for levels 3 and 4 moved to week 49. Can you check the loading bay slots? Thanks</td></tr>
<tr><td style="padding:20px 0"><a href="%s" style="text-decoration:none;color:#323130">
<table cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd;width:100%%"><tr>
<td style="width:48px;background:#107c41;color:#fff;text-align:center;font-size:12px">XLSX</td>
<td style="padding:12px;font-size:14px">Phase 2 fit-out schedule - rev C.xlsx</td></tr></table></a></td></tr>
<tr><td><a href="%s" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none;font-size:14px">Open</a></td></tr>
<tr><td style="padding:20px 0;font-size:12px;color:#605e5c">This link will work for anyone at Example Group.</td></tr>
<tr><td style="padding:12px 0;font-size:11px;color:#605e5c;border-top:1px solid #edebe9">Microsoft respects your privacy.
To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></div></body></html>
""" % (url, url)
    route = EXO("sharepointonline.com", region="NAM", zone="UTC")
    cl = Client("generic", domain="odspnotify", hstyle=U, mid=lambda rng, t: "<%s@odspnotify>" % ruuid(rng))
    return mail(kind="business", lang="en", slug="sharepoint-share-fitout-schedule",
                t="2026-11-02 11:35:08", rcpt=A("uk_mgr"), route=route, client=cl, date_zone="UTC",
                env_from="no-reply@sharepointonline.com",
                frm=("Sarah Collins", "no-reply@sharepointonline.com"),
                reply_to=("Sarah Collins", "sarah.collins@northfield-interiors.co.uk"),
                to=[("Oliver Bennett", A("uk_mgr"))],
                subject="Sarah Collins shared \"Phase 2 fit-out schedule - rev C\" with you",
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="quoted-printable"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                hn=["sharepoint-lure-compromised-customer"],
                pair="SharePoint 'shared a file with you' from customer Northfield",
                what="Genuine SharePoint Online sharing notification from the fit-out customer.",
                why="Sent by Microsoft's SharePoint notification service (no-reply@sharepointonline.com, "
                    "@odspnotify Message-ID) with Reply-To the real contact; link to the customer's own "
                    "*.sharepoint.com tenant; matches the ongoing project.")


# 11 ---------------------------------------------------------------------
def teams_invite():
    tid = HARLOW_TENANT
    oid = "a7d2e91c-4b3f-4e08-9c1a-6f5b2d8e0c37"
    meet = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA5ZGQ4YjMtOTc1Yy00ZDFiLWE3ZTEtMmM0ZjkwYjE4ZDE2"
            "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + tid + "%22%2c%22Oid%22%3a%22" + oid + "%22%7d")
    txt = """Hi Felix,

As discussed, a short clarification meeting on your tender for the Leeds refurbishment (package B): lead times, BS 7176 / Crib 5 certificates and delivery phasing. Our project manager and the external cost consultant will join.

Kind regards,
James

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<%s>
Meeting ID: 374 512 889 120 1
Passcode: Ym7Hq2Bx
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_NjA5ZGQ4YjMtOTc1Yy00ZDFiLWE3ZTEtMmM0ZjkwYjE4ZDE2@thread.v2&messageId=0&language=en-GB>
________________________________________________________________________________
""" % (meet, oid, tid)
    html = org.to_html_outlook(txt.split("____")[0], font="Aptos", lang="EN-GB").replace(
        "</div>\n</body>",
        '<div style="margin:12px 0;font-family:\'Segoe UI\',sans-serif">'
        '<span style="font-size:24px;font-weight:600;color:#252424">Microsoft Teams meeting</span><br>'
        '<span style="font-size:14px;color:#252424">Join on your computer, mobile app or room device</span><br>'
        '<a href="%s" style="font-size:14px;color:#5B5FC7">Click here to join the meeting</a><br>'
        '<span style="font-size:14px;color:#252424">Meeting ID: 374 512 889 120 1<br>Passcode: Ym7Hq2Bx</span></div>'
        "\n</div>\n</body>" % esc(meet))
    uid = "040000008200E00074C5B7101A82E00800000000" + "A1C3E5F70B2D4F6" + "1" * 1 + "0" * 24 + "1000000000000000010000000" + "3F5A7C9E1B2D4F6A8C0E2B4D6F8A0C1E"
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
ORGANIZER;CN=James Whitfield:mailto:james.whitfield@harlowhotels.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Felix Kr
 ämer:mailto:felix.kraemer@examplegroup.eu
DESCRIPTION;LANGUAGE=en-GB:Hi Felix\\,\\n\\nAs discussed\\, a short clarifica
 tion meeting on your tender for the Leeds refurbishment (package B).\\n\\nM
 icrosoft Teams meeting\\nMeeting ID: 374 512 889 120 1\\nPasscode: Ym7Hq2Bx
 \\n
UID:%s
SUMMARY;LANGUAGE=en-GB:FF&E tender - clarification meeting Harlow Leeds
DTSTART;TZID=GMT Standard Time:20261125T140000
DTEND;TZID=GMT Standard Time:20261125T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261118T162011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:james.whitfield@harlowhotels.co.uk
 ;gruu;opaque=app:conf:focus:id:teams:2:0!19:meeting_NjA5ZGQ4YjMtOTc1Yy00ZD
 FiLWE3ZTEtMmM0ZjkwYjE4ZDE2-thread.v2!%s!%s
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % (uid, oid, tid)
    route = EXO("harlowhotels.co.uk", region="GBR", zone="UK", tenant=HARLOW_TENANT)
    cl = Client("outlook-exo", hstyle=U)
    return mail(kind="business", lang="en", slug="teams-invite-tender-clarification",
                t="2026-11-18 17:20:31", rcpt=A("contract"), route=route, client=cl, date_zone="UTC",
                frm=("James Whitfield", "james.whitfield@harlowhotels.co.uk"),
                to=[("Felix Krämer", A("contract"))],
                subject="FF&E tender - clarification meeting Harlow Leeds",
                extra=[("Content-class", "urn:content-classes:calendarmessage")],
                body=Multi("alternative", [
                    Text(txt, charset="utf-8", cte="quoted-printable"),
                    Text(html, "html", charset="utf-8", cte="quoted-printable"),
                    Text(ics, "calendar", charset="utf-8", cte="base64", params="; method=REQUEST")]),
                hn=["device-code-teams-tender"],
                pair="customer invites to a Teams call about the tender",
                what="Genuine Teams meeting invitation (text, HTML and text/calendar REQUEST) from the "
                     "hotel customer's procurement head.",
                why="From the customer's real domain harlowhotels.co.uk on its Microsoft 365 tenant; "
                    "standard Teams join link and meeting ID/passcode; calendar item, no device code or "
                    "sign-in step.")


# 12 ---------------------------------------------------------------------
def microsoft_code():
    txt = """Microsoft account

Security code

Please use the following security code for the Microsoft account ja*****@examplegroup.eu.

Security code: 481206

If you don't recognize the Microsoft account ja*****@examplegroup.eu, you can click https://account.live.com/dp?ft=-DnRy1wXp4QbK9tV2cZ0sYp1fM8aE3oH5uJ7iL6kN4gB2vC0xW9zQ3rT8yU1eS5dF7hG0jK2lP4nM6bV8cX to remove your email address from that account.

Thanks,
The Microsoft account team
"""
    html = """<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:17px;color:#707070">Microsoft account</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:41px;color:#2672ec">Security code</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Please use the following security code for the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:ja*****@examplegroup.eu">ja*****@examplegroup.eu</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Security code: <span style="font-family:'Segoe UI Bold','Segoe UI Semibold','Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;font-weight:bold;color:#2a2a2a">481206</span></td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">If you don't recognize the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:ja*****@examplegroup.eu">ja*****@examplegroup.eu</a>, you can <a style="color:#2672ec;text-decoration:none" href="https://account.live.com/dp?ft=-DnRy1wXp4QbK9tV2cZ0sYp1fM8aE3oH5uJ7iL6kN4gB2vC0xW9zQ3rT8yU1eS5dF7hG0jK2lP4nM6bV8cX">click here</a> to remove your email address from that account.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Thanks,</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">The Microsoft account team</td></tr>
</table></body></html>
"""
    route = EXO("accountprotection.microsoft.com", region="NAM", zone="UTC", n=45)
    cl = Client("exo-app", hstyle=U)
    return mail(kind="business", lang="en", slug="microsoft-account-security-code",
                t="2026-10-22 10:02:47", rcpt=A("sec"), route=route, client=cl, date_zone="UTC", lag=(1, 4),
                env_from="account-security-noreply@accountprotection.microsoft.com",
                frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
                to=[("", A("sec"))],
                subject="Microsoft account security code",
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="quoted-printable"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                hn=["device-code-teams-tender", "docusign-lookalike-lease-renewal"],
                pair="Microsoft sign-in related notification",
                what="Genuine Microsoft account one-time security code, requested by the mail admin while "
                     "signing in to the Microsoft partner portal.",
                why="Sent from accountprotection.microsoft.com through Exchange Online Protection; only a "
                    "code, masked address, link to account.live.com; no request for credentials.")


# 13 ---------------------------------------------------------------------
def github_reset():
    tok = "OTEwNzQ0MTM5MjA0ODc2MTpBYkNkRWZHaEtKUk1QU1RVVldYWVo"
    txt = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % tok
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">
<table align="center" width="544" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0">
<img src="https://github.githubassets.com/assets/github-mark-9be88460eaa6.png" width="32" height="32" alt="GitHub"></td></tr>
<tr><td style="font-size:24px;padding-bottom:16px">Reset your GitHub password</td></tr>
<tr><td style="border:1px solid #d0d7de;border-radius:6px;padding:24px">
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don't worry! You can use the following button to reset your password:</p>
<p><a href="https://github.com/password_reset/%s" style="background:#1f883d;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:600">Reset your password</a></p>
<p>If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit:
<a href="https://github.com/password_reset">https://github.com/password_reset</a></p>
<p>Thanks,<br>The GitHub Team</p></td></tr>
<tr><td style="padding:24px 0;font-size:12px;color:#6e7781;text-align:center">You're receiving this email because a password reset was requested for your account.<br>
GitHub, Inc. &#x30fb;88 Colin P Kelly Jr Street &#x30fb;San Francisco, CA 94107</td></tr></table></body></html>
""" % tok
    route = ESP("github", zone="USP", n=7)
    cl = Client("github", hstyle=U)
    return mail(kind="business", lang="en", slug="github-password-reset",
                t="2026-11-06 14:33:21", rcpt=A("sec"), route=route, client=cl, lag=(1, 3),
                env_from="noreply@github.com",
                frm=("GitHub", "noreply@github.com"), to=[("", A("sec"))],
                subject="[GitHub] Please reset your password",
                extra=[("X-GitHub-Recipient-Address", A("sec")), ("Auto-Submitted", "auto-generated")],
                body=Multi("alternative", [Text(txt, charset="UTF-8", cte="7bit"),
                                           Text(html, "html", charset="UTF-8", cte="quoted-printable")]),
                what="Genuine GitHub password-reset mail the mail administrator requested for the "
                     "company's GitHub organisation account.",
                why="From noreply@github.com via GitHub's own outbound servers (out-*.smtp.github.com); "
                    "link only to github.com; user-initiated, short expiry.")


# 14 ---------------------------------------------------------------------
def customs_broker():
    inv = pdf.make_pdf([
        "# Pennine Customs Services Ltd", "Unit 7, Euroway Trading Estate, Bradford BD4 6SE · VAT " + ids.gb_vat("3814275"), "",
        "INVOICE PCS-26-10418", "Date: 10/11/2026       Account: EXGUK01", "",
        "Bill to: Example Group UK Ltd, 3 Hardman Square, Manchester M3 3EB", "",
        "Description                                        Qty    Unit     Net",
        "Import customs clearance (CDS declarations)         14   £38.00   £532.00",
        "Additional commodity lines                          41    £2.50   £102.50",
        "Safety & security (ENS) filing                      14    £9.00   £126.00", "",
        "Net £760.50     VAT 20% £152.10     Total £912.60", "",
        "Duty and import VAT for October were charged to your duty deferment account / PVA and",
        "are not included in this invoice.", "",
        "Payment terms 30 days. Lloyds Bank, sort code 30-94-57, account 21873640",
    ], title="PCS-26-10418", producer="Sage 50 Accounts", creator="Sage", author="accounts",
        created="20261110103015Z")
    body = """Hi Priya,

Please find attached our invoice PCS-26-10418 for the October clearances (14 import entries, Herford and Swarzędz loads).

A couple of reminders:
- Your postponed VAT statement for October is now available in your CDS account under "Your import VAT statements" - please download it for the VAT return, we can't send it on your behalf.
- The duty deferment direct debit for October (£3,418.27 duty) will be collected on 16 November as usual.

The C88 copies for all 14 entries are in the shared folder as before. Let me know if anything doesn't reconcile with your purchase ledger.

Kind regards,

Gareth Lewis
Customs Manager
Pennine Customs Services Ltd
T 01274 680 412
"""
    route = EXO("penninecustoms.co.uk", region="GBR", zone="UK")
    cl = Client("outlook-exo", hstyle=U)
    return mail(kind="business", lang="en", slug="customs-broker-invoice-pva",
                t="2026-11-10 11:04:55", rcpt=A("uk_acc"), route=route, client=cl, date_zone="UTC",
                frm=("Gareth Lewis", "gareth.lewis@penninecustoms.co.uk"), to=[S["uk_acc"]],
                subject="October clearances - invoice PCS-26-10418 and PVA statement",
                body=Multi("mixed", [
                    Multi("alternative", [Text(body, charset="utf-8", cte="quoted-printable"),
                                          Text(org.to_html_outlook(body, font="Aptos", lang="EN-GB"), "html",
                                               charset="utf-8", cte="quoted-printable")]),
                    Bin(inv, "application/pdf", "PCS-26-10418.pdf")]),
                hn=["hmrc-cds-duty-deferment"],
                pair="customs / CDS duty deferment topic",
                what="Customs broker's genuine monthly invoice with reminders about the postponed VAT "
                     "statement and the duty-deferment direct debit.",
                why="Known broker on its own Microsoft 365 domain; tells the accountant to download the "
                    "statement herself in CDS rather than clicking a link; invoice and amounts are routine.")


# 15 ---------------------------------------------------------------------
def ffe_newsletter():
    unsub = "https://news.ffe-insider.com/u/1c7f3a9e2b/emma.clarke%40example.com"
    txt = """FF&E INSIDER - the hospitality fit-out briefing
Thursday 15 October 2026

1. Refurb pipeline Q1 2027
UK hotel refurbishment starts for Q1 2027 are up 9%% on last year, led by select-service brands converting older stock in Leeds, Manchester and Glasgow. Guest-room packages of 100-150 keys dominate.

2. Fire-rated upholstery: what changes in 2027
The long-awaited revision of the furniture fire-safety rules is back on the agenda. We summarise what contract suppliers need to know about Crib 5 and BS 7176 testing.

3. Diary
Independent Hotel Show North, Manchester Central, 3-4 March 2027.
Salone del Mobile.Milano, 20-25 April 2027.

You are receiving this because you subscribed at ffe-insider.com.
Unsubscribe: %s
FF&E Insider, 20-22 Wenlock Road, London N1 7GU
""" % unsub
    html = "<html><body style=\"font-family:Georgia,serif;font-size:16px;color:#222\">" + "".join(
        "<p>%s</p>" % "<br>".join(esc(x) for x in p.split("\n")) for p in txt.split("\n\n")) + "</body></html>\n"
    route = ESP("ses", zone="UTC")
    cl = Client("ses", hstyle=U)
    return mail(kind="business", lang="en", slug="ffe-insider-newsletter-ses",
                t="2026-10-15 07:30:12", rcpt=A("uk_sales"), route=route, client=cl, lag=(30, 200),
                env_from="0102019a3c7e5d21-4f8b2a6c-91d3-4e7a-b5c0-2d9e8f1a6b3c-000000@eu-west-1.amazonses.com",
                frm=("FF&E Insider", "newsletter@ffe-insider.com"), to=[("", A("uk_sales"))],
                subject="FF&E Insider | Q1 2027 refurb pipeline, fire-rated upholstery, diary",
                extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe@ffe-insider.com?subject=unsubscribe>" % unsub),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                       ("List-Id", "FF&E Insider weekly <weekly.ffe-insider.com>"),
                       ("Precedence", "bulk")],
                body=Multi("alternative", [Text(txt, charset="UTF-8", cte="quoted-printable"),
                                           Text(html, "html", charset="UTF-8", cte="quoted-printable")]),
                what="Subscribed trade newsletter for hospitality fit-out, sent via Amazon SES.",
                why="Opt-in bulk mail with List-Unsubscribe/One-Click and List-Id; informational content, "
                    "no credential or payment request.")


# 16 ---------------------------------------------------------------------
def vouchers_internal():
    body = """Hi Emma,

As agreed in Monday's managers' meeting, we'll do Love2shop vouchers again for the team this Christmas - £50 per person, 23 people (list attached to the meeting notes on the UK SharePoint).

Could you raise a PO in Sage for Love2shop Business (supplier account LOV001 is already set up) and send it to me for approval? Priya will pay against their invoice as usual, and the vouchers are delivered to the office by recorded post.

No rush - by 11 December is fine.

Thanks,
Oliver

Oliver Bennett
Office Manager UK
Example Group UK Ltd
"""
    r, c = org.internal("en", host_n=23)
    return mail(kind="business", lang="en", slug="christmas-vouchers-po-internal",
                t="2026-12-02 09:12:40", rcpt=A("uk_sales"), route=r, client=c,
                frm=S["uk_mgr"], to=[S["uk_sales"]], cc=[S["uk_acc"]],
                subject="Christmas vouchers for the team",
                body=Multi("alternative", [
                    Text(body, charset="iso-8859-1", cte="quoted-printable"),
                    Text(org.to_html_outlook(body, lang="EN-GB"), "html", charset="iso-8859-1",
                         cte="quoted-printable")]),
                hn=["gift-card-request-manager-impersonation"],
                pair="manager asks a colleague to arrange gift vouchers",
                what="The UK office manager's genuine internal request to raise a purchase order for staff "
                     "Christmas vouchers.",
                why="Internal mail through Exchange and mail-int01; normal PO/approval/invoice process, "
                    "accountant in Cc, delivery by post, relaxed deadline; no codes sent by e-mail.")


MESSAGES = [docusign_genuine, sharepoint_genuine, teams_invite, microsoft_code, github_reset,
            customs_broker, ffe_newsletter, vouchers_internal]
