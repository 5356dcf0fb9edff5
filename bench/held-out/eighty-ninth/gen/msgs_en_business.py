"""English genuine business messages (business/09-16)."""
from lib import *
import infra as I
from util import rfc2822, secs, hexs, alnum, b64s, uuid4

FOLDER = "business"


def _docusign():
    def mid(c):
        return "%s@docusign.net" % hexs(c["rng"], 32)

    def hops(c):
        r = c["rng"]
        return ["Received: from docusign.net (10.%d.%d.%d) by mailda.eu.docusign.net with ESMTP\n\tid %s; %s" % (
            r.randint(1, 250), r.randint(1, 250), r.randint(1, 250), hexs(r, 16), rfc2822(secs(c["t"], 1), "UTC"))]
    inf = I.service("mailda.eu.docusign.net", "mailda.eu.docusign.net", "185.81.101.23", mid, hops,
                    lambda c: [("X-DocuSign-Envelope-ID", uuid4(c["rng"]).upper())],
                    rp=lambda c: "bounces@eumail.docusign.net", tz="UTC")
    return inf


def _b09():
    env = "a6d2f3c8-41b7-4e0a-9c15-7d8e2b904f61"
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=3f2b8e71-90c4-4d1a-b6e5-0c7a9d41e238&er=9b1e4c27-5a63-4f80-8d29-e61f07b3c5a4" % env
    md = """Emma Clarke sent you a document to review and sign.

BTN: REVIEW DOCUMENT | %s

**Emma Clarke**
e.clarke@yorkshiregrand.co.uk

Dear James,
Please find the Linen Services Agreement 2027 as agreed in our meeting on 5 November. Please sign on page 6; our GM has already signed.
Many thanks, Emma

---
**Do Not Share This Email**
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

**Alternate Signing Method**
Visit Docusign.com, click 'Access Documents', and enter the security code:
A6D2F3C841B74E0A9C157D8E2B904F616

**About Docusign**
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

**Questions about the Document?**
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.""" % link
    return M(n=9, lang="en", slug="docusign-envelope-linen-agreement",
             infra=_docusign(), date="2026-11-17 11:02:51",
             frm=("Emma Clarke via Docusign", "dse@eumail.docusign.net"), reply_to=("Emma Clarke", "e.clarke@yorkshiregrand.co.uk"),
             to=[S("james.whitaker")], subject="Complete with Docusign: Linen Services Agreement 2027 - Yorkshire Grand Hotel.pdf",
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="docusign", color="#4c00ff",
                      footer="Powered by Docusign\nThis message was sent to you by Emma Clarke who is using the Docusign Electronic Signature Service. "
                             "If you would rather not receive email from this sender you may contact the sender with your request."),
             what="Genuine Docusign envelope from the customer's housekeeping head for the 2027 linen services agreement.",
             why="Sent by Docusign's EU platform (eumail.docusign.net) with Reply-To the real customer contact, link to eu.docusign.net, security code for alternate access, refers to a real meeting. Hard negative of attack/09.")


def _b10():
    def mid(c):
        return "MW2PR12MB%04d%s@MW2PR12MB%04d.namprd12.prod.outlook.com" % (4471, hexs(c["rng"], 28, True), 4471)
    inf = I.service("NAM12-MW2-obe.outbound.protection.outlook.com", "mail-mw2nam12olkn2081.outbound.protection.outlook.com", "40.92.23.81",
                    mid, lambda c: [], lambda c: [("X-MS-Exchange-Organization-SCL", "")][:0] + [("X-MS-PublicTrafficType", "Email")],
                    rp=lambda c: "account-security-noreply@accountprotection.microsoft.com", tz="PT")
    md = """**Security code**

Please use the following security code for the Microsoft account fl*****@example.com.

Security code: **482913**

If you don't recognise the Microsoft account fl*****@example.com, you can [click here](https://account.live.com/dp?ft=-DdJ8v2nH4cW7r0QmZpX1yTbK9sLfE3gA5uN6oIj&lcid=2057) to remove your email address from that account.

Thanks,
The Microsoft account team"""
    return M(n=10, lang="en", slug="microsoft-account-security-code",
             infra=inf, date="2026-11-12 10:44:05", frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
             to=[S("florian.becker")], subject="Microsoft account security code",
             body=alt(md, "utf-8", "base64", style="brand", brand="Microsoft account", color="#2672ec",
                      footer="Microsoft respects your privacy. To learn more, please read our Privacy Statement.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052"),
             what="Genuine Microsoft account one-time security code requested by the head of IT while signing in to a partner portal.",
             why="Real Microsoft account-protection sender via Exchange Online Protection, code only, the only link is to account.live.com; no request to click to keep access. Hard negative of attack/12 and attack/14 (Microsoft-themed lures).")


def _b11():
    text = """Hi florian-becker-exg,

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following link to reset your password:

https://github.com/password_reset/4f1b7c2a9e8d3f60b5a1c7e2d4f8a9b03c6e1d7f

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
"""

    def mid(c):
        r = c["rng"]
        return "%s_%s_%d@hubbernetes-node-%s.mail" % (hexs(r, 13), hexs(r, 12), r.randint(1000, 99999), hexs(r, 7))

    def hops(c):
        r = c["rng"]
        return ["Received: from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id 4%s\n\tfor <%s>; %s" % (
            hexs(r, 7), r.randint(1, 250), r.randint(1, 250), alnum(r, 10), c["rcpt"], rfc2822(secs(c["t"], 1), "PT"))]
    inf = I.service("out-21.smtp.github.com", "out-21.smtp.github.com", "192.30.252.204", mid, hops,
                    lambda c: [("X-Auto-Response-Suppress", "All")], rp=lambda c: "noreply@github.com", tz="PT")
    return M(n=11, lang="en", slug="github-password-reset",
             infra=inf, date="2026-10-19 17:33:40", frm=("GitHub", "noreply@github.com"), to=[S("florian.becker")],
             subject="[GitHub] Please reset your password", body=Text(text, "us-ascii", "7bit"),
             what="Genuine GitHub password-reset mail requested by the head of IT.",
             why="Sent by GitHub's own SMTP (out-21.smtp.github.com), plain text, single github.com link with expiry; expected after the user's own reset request.")


def _b12():
    md = """**A new sign-in on Windows**

tobias.kranz@example.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

BTN: Check activity | https://accounts.google.com/AccountChooser?Email=tobias.kranz@example.com&continue=https://myaccount.google.com/alert/nt/1792131845000?rfn%3D31%26rfnc%3D1%26eid%3D-4471902231188704215%26et%3D0

You can also see security activity at
https://myaccount.google.com/notifications"""
    return M(n=12, lang="en", slug="google-security-alert-new-signin",
             infra=I.google_notify(), date="2026-10-14 10:24:11", frm=("Google", "no-reply@accounts.google.com"), to=[S("tobias.kranz")],
             subject="Security alert", body=alt(md, "utf-8", "base64", style="brand", brand="Google", color="#1a73e8",
                                                 footer="You received this email to let you know about important changes to your Google Account and services.\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"),
             what="Genuine Google account security alert (new sign-in on Windows) for the Google account the IT security admin uses for Search Console.",
             why="Sent from Google's own infrastructure (mail-sor-f*.google.com, gaia.bounces.google.com return path), links only to accounts.google.com / myaccount.google.com, informational.")


def _b13():
    md = """Hi James,

I'm afraid I need to raise another issue with this morning's delivery (delivery note DN-LDS-88412):

- 40 bath sheets short against the order (ordered 320, received 280)
- two cages of pillowcases with grey marks along the seams - photo attached

This is the third time since October that we have had marked pillowcases, and with the Christmas bookings we can't afford to run short. Could you please arrange a top-up delivery of bath sheets and pillowcases by tomorrow 10am and credit the rejected items on the November invoice (around £180 by my count)?

I'd also like to book a call with you and your plant manager next week to go through what is happening in the wash process.

Kind regards,
Emma

Emma Clarke
Head of Housekeeping
The Yorkshire Grand Hotel & Spa
T: 01423 508 214"""
    body = Mixed(alt(md, "iso-8859-1", "quoted-printable", style="outlook", lang="EN-GB"),
                 Att("IMG_4471.png", "image/png", photo_png("b13")))
    return M(n=13, lang="en", slug="hotel-complaint-short-delivery-stains",
             infra=I.m365(tenant_srv="LO2P265MB4410", region="GBRP265", outbound=("GBR01-LO2-obe", "mail-lo2gbr01on2112", "40.107.23.112"), tz="UK"),
             date="2026-11-10 09:52:17", frm=("Emma Clarke", "e.clarke@yorkshiregrand.co.uk"), to=[S("james.whitaker")], cc=[S("nadine.schulz")],
             subject="Delivery DN-LDS-88412 - short bath sheets and marked pillowcases", body=body,
             accept_lang="en-GB, en-US", content_lang="en-GB",
             what="Genuine customer complaint about a short delivery and stained pillowcases, with a photo.",
             why="Customer's real Microsoft 365 mailbox, specific delivery note, quantities and a photo; asks for a top-up delivery and a credit note, no links. Hard negative of attack/10 (same sender mailbox, later compromised) and attack/09.")


def _b14():
    join = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjE2ZTctOGQ0Ni00ZjE3LWI1ZjYtM2IzZDc0YzE4ZmE2%40thread.v2/0?"
            "context=%7b%22Tid%22%3a%22b7e1f0c2-58a4-4f6d-9e31-0c2a7d9b4e15%22%2c%22Oid%22%3a%2214c9e2a8-7f3b-4d61-8a05-93b2e6d1c7f0%22%7d")
    md = """Hi James,

As discussed, let's go through the draft Linen Services Agreement 2027 (volumes, delivery windows and the stain-rejection process) before we send it for signature. Emma will join from housekeeping.

Thanks,
Daniel

________________________________________________________________________________
**Microsoft Teams** [Need help?](https://aka.ms/JoinTeamsMeeting?omkt=en-GB)
[Join the meeting now](%s)
Meeting ID: 374 512 889 164
Passcode: Xk7Q2p
________________________________________________________________________________
For organisers: [Meeting options](https://teams.microsoft.com/meetingOptions/?organizerId=14c9e2a8-7f3b-4d61-8a05-93b2e6d1c7f0&tenantId=b7e1f0c2-58a4-4f6d-9e31-0c2a7d9b4e15)""" % join
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
ORGANIZER;CN=Daniel Hughes:mailto:d.hughes@yorkshiregrand.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=James Whitaker:mailto:james.whitaker@example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emma Clarke:mailto:e.clarke@yorkshiregrand.co.uk
DESCRIPTION;LANGUAGE=en-GB:Join the meeting now: %s\\nMeeting ID: 374 512 889 164\\nPasscode: Xk7Q2p\\n
UID:040000008200E00074C5B7101A82E008000000004D7E2A91F25EDD01000000000000000010000000C3A1F27B9E04D84F8A6E2B1C7D5F9E03
SUMMARY;LANGUAGE=en-GB:Linen Services Agreement 2027 - review
DTSTART;TZID=GMT Standard Time:20261105T140000
DTEND;TZID=GMT Standard Time:20261105T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261102T101512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n") % join
    import htmlgen
    body = Alt(Text(htmlgen.plain(md), "utf-8", "quoted-printable"),
               Html(htmlgen.html(md, "utf-8", "outlook", lang="EN-GB"), "utf-8", "quoted-printable"),
               ics_att(ics))
    return M(n=14, lang="en", slug="teams-meeting-invite-contract-review",
             infra=I.m365(tenant_srv="LO2P265MB4410", region="GBRP265", outbound=("GBR01-LO2-obe", "mail-lo2gbr01on2112", "40.107.23.112"), tz="UK"),
             date="2026-11-02 11:15:12", frm=("Daniel Hughes", "d.hughes@yorkshiregrand.co.uk"), to=[S("james.whitaker")],
             cc=[("Emma Clarke", "e.clarke@yorkshiregrand.co.uk")], subject="Linen Services Agreement 2027 - review",
             body=body, accept_lang="en-GB, en-US", content_lang="en-GB",
             headers=[("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAABNfiqR8l7dAQAAAAAAAAAAEAAAAMOh8nueBNhPim4rHH1fngM=")],
             what="Genuine Teams meeting request (text/calendar METHOD:REQUEST) from the customer's procurement manager.",
             why="Sent from the customer's real tenant, standard Outlook/Teams invite structure with an iCalendar part and a teams.microsoft.com meetup-join link; no code to type anywhere, no sign-in request. Hard negative of attack/12 (device-code 'Teams' lure).")


def _paypal():
    def mid(c):
        r = c["rng"]
        return "%02X.%02X.%05d.%08X@ccg01mail%02d" % (r.randrange(256), r.randrange(256), r.randint(10000, 60000), r.getrandbits(32), r.randint(1, 9))

    def hops(c):
        return ["Received: (qmail %d invoked by uid 993); %s" % (c["rng"].randint(10000, 60000), rfc2822(secs(c["t"], 2), "PT"))]

    def hdrs(c):
        return [("X-PP-Email-transmission-Id", uuid4(c["rng"])), ("X-MaxCode-Template", "PPX000607"), ("X-Email-Type-Id", "PPX000607")]
    return I.service("mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.225", mid, hops, hdrs, tz="PT", rp=lambda c: "service@paypal.co.uk")


def _b15():
    md = """Hello Example Textile Services UK Ltd,

You sent a payment of **£214.80 GBP** to Leeds Workwear Supplies Ltd (sales@leedsworkwear.co.uk).

It may take a few moments for this transaction to appear in your account.

**Seller**
Leeds Workwear Supplies Ltd
sales@leedsworkwear.co.uk

**Transaction ID**
7KD41930UX2846301

**Transaction date**
24 November 2026 10:18:44 GMT

**Purchase details**
Hi-vis polo shirts, printed (24) - £179.00
Delivery - £0.00
VAT - £35.80
Total - £214.80 GBP

BTN: View transaction details | https://www.paypal.com/myaccount/transaction/details/7KD41930UX2846301

---
Help & Contact | Security | Apps
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
Copyright © 1999-2026 PayPal. All rights reserved."""
    return M(n=15, lang="en", slug="paypal-payment-receipt",
             infra=_paypal(), date="2026-11-24 11:18:51", frm=("service@paypal.co.uk", "service@paypal.co.uk"), to=[S("priya.shah")],
             subject="Receipt for your payment to Leeds Workwear Supplies Ltd",
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="PayPal", color="#003087"),
             what="Genuine PayPal receipt for a small workwear purchase made by the UK accountant.",
             why="PayPal's own infrastructure, account holder's full name, transaction ID and link to paypal.com only, no phone number or seller note. Hard negative of attack/11 (same infrastructure abused).")


def _b16():
    md = """Dear Priya Shah,

EXAMPLE TEXTILE SERVICES UK LIMITED (12894417)

The confirmation statement for this company is due by 14 October 2026.

You can file it online. It costs £50 and usually takes about 10 minutes if the company's details have not changed.

File the confirmation statement:
https://find-and-update.company-information.service.gov.uk/company/12894417/confirmation-statement

You'll need the company authentication code to file online.

If you've already filed the confirmation statement, you do not need to do anything.

Companies House"""
    return M(n=16, lang="en", slug="companies-house-confirmation-statement-reminder",
             infra=I.ses(region="eu-west-2", ipnet="23.249.210", prefix="0106",
                         custom_rp=lambda c: "%s@notifications.service.gov.uk" % c["rng"].choice(["bounce", "bounces"])) ,
             date="2026-10-01 09:03:27", frm=("Companies House", "companies.house@notifications.service.gov.uk"), to=[S("priya.shah")],
             subject="Confirmation statement due for EXAMPLE TEXTILE SERVICES UK LIMITED",
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="GOV.UK", color="#0b0c0c"),
             what="Genuine Companies House reminder (GOV.UK Notify) that the confirmation statement is due.",
             why="Sent through GOV.UK Notify (Amazon SES, notifications.service.gov.uk), link to the official find-and-update.company-information.service.gov.uk service, correct £50 fee and due date, no threats. Hard negative of attack/13.")


MESSAGES = [_b09(), _b10(), _b11(), _b12(), _b13(), _b14(), _b15(), _b16()]
for _m in MESSAGES:
    _m["folder"] = FOLDER
