"""English genuine business messages (09-16)."""
from lib import mk, Text, Att, alt, mixed, html_part, paras, pdf_att
from mime import T, sec, h, hn, uuid, fmt, ALNUM, UPHEX, local
from company import st, sa, BANK
from codes import iban_fmt
from files import pdf
import infra

F = "business"


def nb(key, t):
    """Northbridge Instruments' genuine Microsoft 365 tenant (UK South)."""
    p = infra.m365(key, t, "northbridge-instruments.co.uk", pod="LO2P265", region="GBR", org_lang="en-GB")
    n = hn(key + "o", 2010, 2139)
    p["client"] = ("GBR01-LO2-obe.outbound.protection.outlook.com",
                   "mail-lo2gbr01on%d.outbound.protection.outlook.com" % n, "40.107.%d.%d" % (hn(key + "a", 20, 23), hn(key + "b", 10, 250)))
    return p


def build():
    # ------------------------------------------------------------ 09 customer complaint
    t = T(2026, 12, 7, 10, 41, 18, "UK")
    p = nb("b09", t)
    txt = """Dear Emma,

Thank you for a well-attended MedTech Summit - our team made some very good contacts. I do, however, need to raise two problems with our stand B22 that I'd like resolved before we confirm our booking for 2027.

1. Power: the electrics package we ordered (3 x 16A sockets, £2,400 + VAT) was not live when the hall opened on 30 November. Our demo rig was only running at 12:40, so we lost most of the opening morning, which is our busiest slot.

2. Flooring: we ordered anthracite carpet; the stand was laid in light grey, which clashed badly with our graphics.

Your on-site team were helpful, but the electrician was not available until late morning. Given the impact, we'd ask for a credit of the electrics package on our final invoice INV-UK-26-0412.

Could you let me know by the end of next week how you'd like to proceed? Happy to have a call.

Kind regards,
James Whitfield
Head of Marketing EMEA
Northbridge Instruments Ltd
Unit 7, Cambridge Science Park, Milton Road, Cambridge CB4 0FY
+44 20 7946 0381
"""
    body = alt(Text(txt, "plain", "windows-1252", "quoted-printable"), html_part(paras(txt), "windows-1252", lang="en"))
    mk(F, 9, "en", "customer-complaint-stand-power", t=t, prof=p, order="ms", date_zone="UK",
       frm=("James Whitfield", "j.whitfield@northbridge-instruments.co.uk"), to=[st("Emma")], cc=[st("Oliver")],
       subject="Stand B22 - power outage and flooring at MedTech Summit", hcs="windows-1252", body=body,
       hn_of=([9], "Same customer contact James Whitfield / Northbridge Instruments"),
       what="Exhibitor complaint about a power outage and wrong carpet at the London MedTech Summit, asking for a credit note.",
       why="Real customer domain northbridge-instruments.co.uk on its own Microsoft 365 tenant; specific, verifiable event details; asks for a credit on an existing invoice, nothing to click or pay.")

    # ------------------------------------------------------------ 10 Teams meeting invitation with text/calendar
    t = T(2026, 10, 28, 15, 20, 45, "UK")
    p = nb("b10", t)
    tenant = uuid("tenant/northbridge-instruments.co.uk")
    oid = uuid("b10oid")
    mtg = "19%%3ameeting_%s%%40thread.v2" % h("b10mt", 48, ALNUM)
    join = "https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (mtg, tenant, oid)
    mid = "%d %d %d %d" % (hn("b10a", 100, 999), hn("b10b", 100, 999), hn("b10c", 100, 999), hn("b10d", 100, 999))
    pc = h("b10p", 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    uidv = "040000008200E00074C5B7101A82E008000000" + h("b10uid", 58, UPHEX)
    txt = """Hi Emma,

As discussed, let's walk through the Gold sponsorship deliverables with our procurement lead on Tuesday.

James

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{join}>
Meeting ID: {mid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tenant}&threadId={mtg}&messageId=0&language=en-GB>
________________________________________________________________________________
""".format(join=join, mid=mid, pc=pc, oid=oid, tenant=tenant, mtg=mtg)
    htm = """<p>Hi Emma,</p><p>As discussed, let's walk through the Gold sponsorship deliverables with our procurement lead on Tuesday.</p><p>James</p>
<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700">Microsoft Teams</span> <a href="https://aka.ms/JoinTeamsMeeting">Need help?</a></div>
<div style="margin-bottom:6px"><a href="{join}" style="font-size:20px;font-weight:700;color:#5B5FC7">Join the meeting now</a></div>
<div style="font-size:14px;color:#616161">Meeting ID: {mid}<br>Passcode: {pc}</div>
<div style="font-size:14px"><a href="https://teams.microsoft.com/meetingOptions/?organizerId={oid}&amp;tenantId={tenant}&amp;threadId={mtg}&amp;messageId=0&amp;language=en-GB">Meeting options</a></div>""".format(join=join, mid=mid, pc=pc, oid=oid, tenant=tenant, mtg=mtg)
    start = T(2026, 11, 3, 14, 0, 0, "UK")
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
ORGANIZER;CN=James Whitfield:mailto:j.whitfield@northbridge-instruments.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emma Clarke:mailto:emma.clarke@example.com
DESCRIPTION;LANGUAGE=en-GB:Microsoft Teams meeting\\nMeeting ID: {mid}\\nPasscode: {pc}\\n
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Northbridge / Example Group - Gold sponsorship review
DTSTART;TZID=GMT Standard Time:20261103T140000
DTEND;TZID=GMT Standard Time:20261103T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-SKYPETEAMSMEETINGURL:{join}
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:emma.clarke@example.com\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!{mtgid}
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams Meeting"}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""".format(mid=mid, pc=pc, uid=uidv, stamp=t.strftime("%Y%m%dT%H%M%SZ"), join=join, mtgid=h("b10mt", 20, ALNUM))
    ics_lines = []
    for ln in ics.split("\n"):          # RFC 5545 folding at 75 octets
        while len(ln) > 75:
            ics_lines.append(ln[:75])
            ln = " " + ln[75:]
        ics_lines.append(ln)
    ics = "\r\n".join(ics_lines)
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"), html_part(htm, "utf-8", lang="en"),
               Text(ics, "calendar", "utf-8", "base64", params="; method=REQUEST"))
    mk(F, 10, "en", "teams-meeting-invitation", t=t, prof=p, order="ms", date_zone="UK",
       frm=("James Whitfield", "j.whitfield@northbridge-instruments.co.uk"), to=[st("Emma")],
       subject="Northbridge / Example Group - Gold sponsorship review", body=body,
       hn_of=([9], "Teams meeting about the sponsorship package from the same customer"),
       what="Outlook/Teams meeting request from the real customer contact for a sponsorship review (text, HTML and text/calendar METHOD:REQUEST).",
       why="Genuine tenant and domain (.co.uk); standard Teams join link on teams.microsoft.com with the sender's own tenant ID; no device code or sign-in instructions; calendar object consistent with the mail.")

    # ------------------------------------------------------------ 11 remittance advice PDF
    t = T(2026, 11, 20, 11, 5, 2, "UK")
    p = nb("b11", t)
    txt = """Dear Sir/Madam,

Please find attached a remittance advice for a payment made to your account by BACS today.

Payment date: 20/11/2026
Amount: GBP 12,300.00
Your invoice: INV-UK-26-0412 (MedTech Summit 2026 - stand B22, space and shell scheme)

Regards

Accounts Payable
Northbridge Instruments Ltd
"""
    ra = pdf([("F2", 14, "Northbridge Instruments Ltd"), "Unit 7, Cambridge Science Park, Milton Road, Cambridge CB4 0FY", "",
              ("F2", 12, "REMITTANCE ADVICE"), "Payment date: 20/11/2026     Method: BACS     Payment no.: 0077415", "",
              "Payee: Example Group UK Ltd", "Bank: Barclays  Sort code 20-32-53  Account 73019284",
              "IBAN: " + iban_fmt(BANK["example_uk"]), "",
              "Invoice              Date          Amount GBP",
              "INV-UK-26-0412       02/10/2026     12,300.00",
              ("F2", 10, "Total paid                          12,300.00")],
             title="Remittance 0077415", author="Northbridge Instruments Ltd", producer="Sage 200")
    body = mixed(Text(txt, "plain", "us-ascii", "7bit", csq=False), pdf_att(ra, "Remittance_0077415.pdf"))
    mk(F, 11, "en", "customer-remittance-pdf", t=t, prof=p, order="ms", date_zone="UK",
       frm=("Northbridge Instruments Accounts", "accounts@northbridge-instruments.co.uk"), to=[st("Priya")],
       subject="Remittance Advice - Northbridge Instruments Ltd - Payment 0077415", body=body,
       hn_of=([11], "Remittance advice to the UK accountant"),
       what="Customer's remittance advice for a real invoice, PDF from the accounting system.",
       why="Known customer's accounts mailbox on its genuine tenant; pays an existing invoice to Example Group's own UK account; a plain PDF, no link or login.")

    # ------------------------------------------------------------ 12 GitHub password reset (requested)
    t = T(2026, 10, 16, 17, 2, 55)
    p = infra.github("b12", t)
    tok = h("b12t", 40, "0123456789abcdef")
    txt = """We heard that you lost your GitHub password. Sorry about that!

But don’t worry! You can use the following button to reset your password:

https://github.com/password_reset/{tok}

If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team

You're receiving this email because a password reset was requested for your account.

---
GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107
""".format(tok=tok)
    body = Text(txt, "plain", "UTF-8", "quoted-printable", csq=False)
    mk(F, 12, "en", "github-password-reset", t=t, prof=p, date_zone="UTC",
       frm=("GitHub", "noreply@github.com"), to=[("", sa("Lukas"))],
       mail_from="noreply@github.com",
       subject="[GitHub] Please reset your password", body=body,
       extra=[("X-GitHub-Reason", "password_reset"), ("X-Auto-Response-Suppress", "All")],
       what="GitHub password-reset mail requested by the mail administrator for his GitHub account.",
       why="Sent by GitHub's SMTP (out-*.smtp.github.com) with GitHub's own Message-ID style; link only to github.com/password_reset/<token>; matches a user-initiated action.")

    # ------------------------------------------------------------ 13 Google new sign-in alert
    t = T(2026, 11, 6, 8, 31, 14)
    p = infra.google_notify("b13", t)
    u = sa("Katrin")
    txt = """A new sign-in on Windows

{u}
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.

Check activity
https://accounts.google.com/AccountChooser?Email={u}&continue=https://myaccount.google.com/alert/nt/{ts}?rfn%3D31%26rfnc%3D1%26eid%3D{eid}%26et%3D0

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""".format(u=u, ts=int(t.timestamp() * 1000), eid=hn("b13e", 10 ** 18, 9 * 10 ** 18))
    htm = """<table width="516" align="center" style="font-family:Google Sans,Roboto,Arial,sans-serif;border:thin solid #dadce0;border-radius:8px">
<tr><td style="padding:40px 20px;text-align:center"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" alt="Google">
<div style="font-size:24px;padding-top:16px">A new sign-in on Windows</div>
<div style="font-size:14px;padding-top:8px">{u}</div></td></tr>
<tr><td style="font-size:14px;line-height:20px;padding:0 20px 20px;text-align:center">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.
<div style="padding-top:32px"><a href="https://accounts.google.com/AccountChooser?Email={u}&amp;continue=https://myaccount.google.com/alert/nt/{ts}?rfn%3D31%26rfnc%3D1%26eid%3D{eid}%26et%3D0" style="background:#4184f3;color:#fff;padding:10px 24px;border-radius:5px;text-decoration:none">Check activity</a></div>
<div style="padding-top:20px;font-size:12px;color:#5f6368">You can also see security activity at<br><a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a></div></td></tr></table>
<div style="text-align:center;font-size:11px;color:rgba(0,0,0,0.54);padding-top:12px">You received this email to let you know about important changes to your Google Account and services.<br>© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>""".format(
        u=u, ts=int(t.timestamp() * 1000), eid=hn("b13e", 10 ** 18, 9 * 10 ** 18))
    body = alt(Text(txt, "plain", "UTF-8", "base64", params="; format=flowed; delsp=yes"),
               html_part(htm, "UTF-8", "quoted-printable", lang="en", style="margin:0"))
    mk(F, 13, "en", "google-new-signin-alert", t=t, prof=p, date_zone="UTC",
       frm=("Google", "no-reply@accounts.google.com"), to=[("", u)],
       mail_from="3%s@gaia.bounces.google.com" % h("b13r", 40, ALNUM),
       subject="Security alert", body=body,
       hn_of=([5, 15], "Account security notice with a call to action"),
       what="Google account security alert about a new Windows sign-in for the sales head's Google account (used for Google Ads).",
       why="Sent by Google's own infrastructure (mail-sor-*.google.com, gaia.bounces envelope); links only to accounts.google.com / myaccount.google.com; informational, no credential request.")

    # ------------------------------------------------------------ 14 genuine DocuSign envelope (venue hire)
    t = T(2026, 10, 21, 13, 28, 6, "UK")
    p = infra.docusign("b14", t)
    env = uuid("b14env")
    acct = uuid("b14acct")
    code = h("b14code", 32, UPHEX)
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (env, acct, uuid("b14er"))
    txt = """Rachel Moore sent you a document to review and sign.

REVIEW DOCUMENT
{link}

Rachel Moore
r.moore@harbourside-cc.co.uk

Dear Oliver,

Please find the venue hire agreement for the London MedTech Summit 2026 (Hall N2, 30 Nov - 3 Dec 2026) for signature, as agreed in our meeting on 14 October.

Kind regards,
Rachel

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
{code}

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management™.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

This message was sent to you by Rachel Moore who is using the Docusign Electronic Signature Service.
""".format(link=link, code=code)
    htm = """<table width="640" align="center" style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
<tr><td style="background:#1e1246;padding:28px;text-align:center;color:#fff">
<img src="https://eu.docusign.net/Member/Images/email/docInvite-white.png" width="75" alt=""><p style="font-size:16px">Rachel Moore sent you a document to review and sign.</p>
<a href="{link}" style="background:#ffc423;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr>
<tr><td style="padding:24px"><p><b>Rachel Moore</b><br><a href="mailto:r.moore@harbourside-cc.co.uk">r.moore@harbourside-cc.co.uk</a></p>
<p>Dear Oliver,<br><br>Please find the venue hire agreement for the London MedTech Summit 2026 (Hall N2, 30 Nov - 3 Dec 2026) for signature, as agreed in our meeting on 14 October.<br><br>Kind regards,<br>Rachel</p></td></tr>
<tr><td style="padding:24px;font-size:13px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>{code}<br><br>
This message was sent to you by Rachel Moore who is using the Docusign Electronic Signature Service.</td></tr></table>""".format(link=link, code=code)
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"), html_part(htm, "utf-8", lang="en", style="margin:0"))
    mk(F, 14, "en", "docusign-venue-hire-agreement", t=t, prof=p, date_zone="UTC",
       frm=("Rachel Moore via Docusign", "dse@eumail.docusign.net"), to=[st("Oliver")],
       reply_to=("Rachel Moore", "r.moore@harbourside-cc.co.uk"), mail_from="dse@eumail.docusign.net",
       subject="Complete with Docusign: Harbourside_Venue_Hire_Agreement_MedTech2026.pdf", body=body,
       hn_of=([10, 36], "E-signature / venue documents from the venue contact"),
       what="Docusign envelope from the venue's events manager with the venue-hire agreement for signature.",
       why="Sent by Docusign's EU mail servers with the sender's real address as Reply-To; signing link on eu.docusign.net with envelope/account IDs and an access code; expected contract in an ongoing negotiation.")

    # ------------------------------------------------------------ 15 internal IT notice on helpdesk contact rules
    t = T(2026, 11, 30, 9, 5, 30)
    p = infra.exchange_internal("b15", t, sa("Julia"), mbx="EXMBX02", ws_ip="10.20.31.14", lang="en-GB")
    txt = """Dear colleagues,

Several companies in our industry have recently been hit by "email bombing" (hundreds of newsletter sign-ups within minutes) followed by fake IT support calls on Microsoft Teams. The callers then ask the victim to start Quick Assist or another remote-access tool.

Please remember how the Example Group IT Service Desk works:
- We contact you only from internal Teams accounts. Chats from accounts marked "External" or "Unknown" are never from us, whatever the display name says.
- We never ask you to start Quick Assist, AnyDesk or TeamViewer unless you opened a ticket yourself, and we never ask for passwords or MFA codes.
- If your mailbox is flooded with newsletters, do not click "unsubscribe". Forward one example to servicedesk@example.com or call extension 4444 (+49 69 7562 4444) - we will filter it centrally.

If you are unsure whether a message or call is genuine, hang up and call the Service Desk on the number above.

Thank you,
Thomas Böhm
Head of IT, Example Group
"""
    body = alt(Text(txt, "plain", "iso-8859-1", "quoted-printable"), html_part(paras(txt), "iso-8859-1", lang="en"))
    mk(F, 15, "en", "it-notice-helpdesk-teams-rules", t=t, prof=p, order="ms",
       frm=("Böhm, Thomas", sa("Thomas")), to=[("All Staff", "all-staff@example.com")], rcpt=sa("Julia"),
       subject="How IT Service Desk will (and will not) contact you", hcs="iso-8859-1", body=body,
       hn_of=([16], "IT service-desk message about spam waves, Teams and Quick Assist"),
       what="Internal IT awareness notice on email bombing and fake Teams support calls, listing how the real Service Desk contacts staff.",
       why="From the head of IT's Exchange mailbox via mail-int01 to the all-staff list; asks nothing of the reader except to call the known internal number; consistent with company process.")

    # ------------------------------------------------------------ 16 internal: gift vouchers via procurement
    t = T(2026, 11, 26, 16, 12, 44, "UK")
    p = infra.exchange_internal("b16", t, sa("Emma"), mbx="EXMBX03", ws_ip="10.40.2.31", lang="en-GB")
    txt = """Hi Emma,

For the volunteers' thank-you at the Summit: Jürgen has approved £50 Love2shop vouchers for the 12 volunteers and session chairs. Please order them through procurement - Andreas has raised PO 4500019417 and they will be delivered to the office by Friday.

Priya will book it to cost centre 7200 (staff welfare). Please don't buy anything on your own card - if the delivery slips, let me know and we'll hand out certificates instead.

Thanks,
Oliver

Oliver Hughes
Office Manager UK | Example Group UK Ltd
1 Canada Square, London E14 5AB
"""
    body = alt(Text(txt, "plain", "windows-1252", "quoted-printable"), html_part(paras(txt), "windows-1252", lang="en"))
    mk(F, 16, "en", "gift-vouchers-via-procurement-internal", t=t, prof=p, order="ms", date_zone="UK",
       frm=("Hughes, Oliver", sa("Oliver")), to=[st("Emma")], cc=[("Shah, Priya", sa("Priya")), ("Roth, Andreas", sa("Andreas"))],
       subject="Volunteer thank-you vouchers - PO 4500019417", hcs="windows-1252", body=body,
       hn_of=([13], "Manager asks a colleague about gift cards for volunteers"),
       what="The UK office manager asks a colleague to order approved gift vouchers through procurement.",
       why="From the manager's own Exchange mailbox via mail-int01, accountant and procurement in copy, purchase order and cost centre given, explicitly no private card purchase and no codes by e-mail.")
