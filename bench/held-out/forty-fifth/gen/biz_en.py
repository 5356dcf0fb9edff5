"""Genuine business messages, English (09-16)."""
import systems as S
import facts as FX
import partners as P
from kit import (compose, alt, text_to_html, html_escape, make, Text, Att, Multi, st, co, photo, png_att,
                 hexid, alnum, uuid_of, to_utc)

LANG = "en"

TOM_SIG = """Tom Harris
Sales Director
Fenland Agri Supplies Ltd
Wisbech Road, March, Cambridgeshire PE15 0BA
T: +44 1354 652 180 | M: +44 7700 914 262
www.fenlandagri.co.uk"""


def b09():
    a, acct, er = uuid_of("b-en-09-a"), uuid_of("b-en-09-acct"), uuid_of("b-en-09-er")
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (a, acct, er)
    code = hexid("b-en-09-code", 32, True)
    text = """Tom Harris sent you a document to review and sign.

REVIEW DOCUMENT
%s

Tom Harris
tom.harris@fenlandagri.co.uk

Hi James, here is the 2027 dealer agreement as agreed in our meeting on 15 October (margin schedule in appendix 2). Please sign where indicated; our MD will countersign. Thanks, Tom

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

Stop receiving this email
Report this email or read more about Declining to sign and Managing notifications.

This message was sent to you by Tom Harris who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.""" % (link, code)
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="padding:2px;margin:0;background-color:#eaeaea"><table style="border-collapse:collapse;width:100%%;max-width:640px;background-color:#ffffff;font-family:Helvetica,Arial,Sans Serif" align="center">
<tr><td style="padding:10px 24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" height="30"></td></tr>
<tr><td style="padding:0 24px 30px"><table width="100%%" style="background-color:#1e4ca1;color:#ffffff"><tr><td align="center" style="padding:28px 36px;font-size:16px">
<img src="https://eu.docusign.net/member/Images/email/docInvite-white.png" width="75" height="75" alt=""><br><br>Tom Harris sent you a document to review and sign.<br><br>
<table cellspacing="0" cellpadding="0"><tr><td align="center" style="background-color:#ffc423;border-radius:2px"><a href="%s" style="font-size:15px;color:#333333;text-decoration:none;font-weight:bold;display:inline-block;padding:0 24px;line-height:44px">REVIEW DOCUMENT</a></td></tr></table>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px;font-size:16px;color:#000;line-height:20px"><b>Tom Harris</b><br><span style="color:#666">tom.harris@fenlandagri.co.uk</span><br><br>Hi James, here is the 2027 dealer agreement as agreed in our meeting on 15 October (margin schedule in appendix 2). Please sign where indicated; our MD will countersign. Thanks, Tom</td></tr>
<tr><td style="padding:0 24px 12px;background-color:#ffffff;color:#666666"><span style="font-size:13px">Powered by</span> <b>Docusign</b></td></tr>
<tr><td style="padding:30px 24px 45px;background-color:#eaeaea;font-size:13px;color:#666;line-height:18px"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code:<br>%s<br><br><b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>This message was sent to you by Tom Harris who is using the Docusign Electronic Signature Service.</td></tr>
</table></body></html>""" % (link, code)
    c = compose(P.DOCUSIGN, key="b-en-09", frm=("Tom Harris via Docusign", "dse@eumail.docusign.net"),
                reply_to=("Tom Harris", "tom.harris@fenlandagri.co.uk"), to=[st("uk_mgr")],
                subject="Complete with Docusign: Fenland Agri - Dealer Agreement 2027.pdf", when="2026-10-20 14:40:03",
                env_from="dse@eumail.docusign.net",
                body=lambda b: alt(b, text, html, "utf-8"))
    return make(LANG, "docusign-dealer-agreement", c,
                "Genuine DocuSign envelope: Fenland Agri's dealer agreement 2027 for signature, sent through DocuSign's EU platform on behalf of Tom Harris.",
                "DocuSign's own sending infrastructure and domain (eumail.docusign.net), links only to eu.docusign.net, Reply-To is the real partner, content matches a meeting that took place; no attachment.",
                pair=[("docusign-html-credential", "Same envelope name and sender persona: real DocuSign infrastructure and eu.docusign.net link vs. SES with look-alike domain and an HTML credential form.")])


def b10():
    tid = "c41e7d2a-9f35-4a6b-8c10-7d2b5e9f3a61"
    oid = uuid_of("b-en-10-oid")
    thread = alnum("b-en-10-thread", 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    join = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d"
            % (thread, tid, oid))
    text = """Hi James,

As discussed on the phone - a quick call with Sarah (our FD) to go through the 2027 stocking order and the margin schedule before we sign.

Tom

________________________________________________________________________________
Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>
Join the meeting now<%s>
Meeting ID: 358 214 776 913 2
Passcode: Zr9Bq2kY
________________________________
Dial in by phone
+44 20 3855 4821,,642817395# United Kingdom, London
Find a local number<https://dialin.teams.microsoft.com/%s?id=642817395>
Phone conference ID: 642 817 395#
For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-GB> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>
________________________________________________________________________________""" % (join, uuid_of("b-en-10-dial"), oid, tid, thread)
    html = text_to_html(text, "outlook", "EN-GB", "utf-8")
    t0 = to_utc("2026-11-06 11:00:00", "UK")
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
ORGANIZER;CN=Tom Harris:mailto:tom.harris@fenlandagri.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=James Whitfield:mailto:james.whitfield@example.com
DESCRIPTION;LANGUAGE=en-GB:Hi James\\, as discussed on the phone - a quick call with Sarah (our FD) to go through the 2027 stocking order and the margin schedule before we sign.\\n
UID:040000008200E00074C5B7101A82E0080000000%s
SUMMARY;LANGUAGE=en-GB:Stocking order 2027 - margins review
DTSTART;TZID=GMT Standard Time:20261106T110000
DTEND;TZID=GMT Standard Time:20261106T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:%s
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-SKYPETEAMSMEETINGURL:%s
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:tom.harris@fenlandagri.co.uk\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_%s-thread.v2!%s!%s
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""" % (hexid("b-en-10-uid", 73).upper(), to_utc("2026-11-04 16:20:30", "UK").strftime("%Y%m%dT%H%M%SZ"), join, thread, oid.replace("-", ""), tid.replace("-", ""))
    ics = "\n".join(ln if len(ln) <= 75 else "\n ".join(ln[i:i + 74] for i in range(0, len(ln), 74)) for ln in ics.split("\n"))
    cal = Text(ics, "calendar", "utf-8", "base64", params="; method=REQUEST")

    def body(b):
        return Multi("alternative", [Text(text, "plain", "utf-8", "quoted-printable"),
                                     Text(html, "html", "utf-8", "quoted-printable"), cal], b(0))
    c = compose(P.FENLAND, key="b-en-10", frm=co("fenland"), to=[st("uk_mgr")],
                subject="Stocking order 2027 - margins review", when="2026-11-04 16:20:30", body=body,
                extra=[("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + alnum("b-en-10-ci", 30) + "==")])
    _ = t0
    return make(LANG, "fenland-teams-invite", c,
                "Genuine Teams meeting invitation from the UK dealer (HTML + text + text/calendar REQUEST) with join link, meeting ID, passcode and dial-in.",
                "Real partner domain from its own Microsoft 365 tenant, standard Teams invitation block and iCalendar part, join link on teams.microsoft.com with the partner's tenant ID; no code entry, no credential request.",
                pair=[("teams-device-code", "Same persona and topic (Teams call about the 2027 stocking order): real invite with join link vs. look-alike tenant asking to enter a device code.")])


def b11():
    token = alnum("b-en-11", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    text = """We heard that you lost your GitHub password. Sorry about that!

But don’t worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % token
    html = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>[GitHub] Please reset your password</title></head>
<body style="background-color:#ffffff;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#24292e">
<table align="center" width="100%%" style="max-width:544px"><tr><td style="padding:16px">
<p style="font-size:24px;font-weight:300">Reset your GitHub password</p>
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don&#8217;t worry! You can use the following button to reset your password:</p>
<p><a href="https://github.com/password_reset/%s" style="background-color:#28a745;color:#ffffff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:bold">Reset your password</a></p>
<p>If you don&#8217;t use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
<p>Thanks,<br>The GitHub Team</p>
</td></tr></table></body></html>""" % token
    c = compose(P.GITHUB, key="b-en-11", frm=("GitHub", "noreply@github.com"), to=[("Lukas Neumann", st("itsec")[1])],
                subject="[GitHub] Please reset your password", when="2026-10-08 00:14:02",
                env_from="noreply@github.com", body=lambda b: alt(b, text, html, "UTF-8"))
    return make(LANG, "github-password-reset", c,
                "Genuine GitHub password-reset mail requested by the mail administrator for the company's GitHub organisation account.",
                "Sent by GitHub's own SMTP servers (out-21.smtp.github.com, 192.30.252.0/22) in GitHub's Message-ID style; the only link is github.com/password_reset; standard wording; requested by the recipient.")


def b12():
    eid = alnum("b-en-12-eid", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    link = ("https://accounts.google.com/AccountChooser?Email=joerg.hoffmann@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0"
            % (int(to_utc("2026-11-27 08:01:40", "UTC").timestamp() * 1000), eid))
    text = """A new sign-in on Windows

joerg.hoffmann@example.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
%s

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % link
    html = """<!DOCTYPE html><html lang="en"><head><meta name="format-detection" content="email=no"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%%" height="100%%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0" lang="en"><tr align="center"><td>
<table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px"><tr><td>
<div style="border-style:solid;border-width:thin;border-color:#dadce0;border-radius:8px;padding:40px 20px" align="center">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom:16px" alt="Google">
<div style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center;word-break:break-word"><div style="font-size:24px">A new sign-in on Windows</div>
<table align="center" style="margin-top:8px"><tr style="line-height:normal"><td><a style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.87);font-size:14px;line-height:20px">joerg.hoffmann@example.com</a></td></tr></table></div>
<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:center">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don&#39;t need to do anything. If not, we&#39;ll help you secure your account.<div style="padding-top:32px;text-align:center"><a href="%s" style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184f3;border-radius:5px;min-width:90px" target="_blank">Check activity</a></div></div>
<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></div></div>
<div style="text-align:left"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center"><div>You received this email to let you know about important changes to your Google Account and services.</div><div style="direction:ltr">&copy; 2026 Google LLC, <a style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div>
</td></tr></table></td></tr></table></body></html>""" % link

    def body(b):
        return Multi("alternative", [Text(text, "plain", "UTF-8", "base64", params="; format=flowed"),
                                     Text(html, "html", "UTF-8", "quoted-printable")], b(0))
    c = compose(P.GOOGLE_ACCT, key="b-en-12", frm=("Google", "no-reply@accounts.google.com"), to=[st("ithead")],
                subject="Security alert", when="2026-11-27 08:01:40", env_from="3xAonaQgTCqQo-pfqgmz9ntpth.jrrjohxvjhtunjwqqjohx.frp@gaia.bounces.google.com",
                body=body)
    return make(LANG, "google-security-alert", c,
                "Genuine Google account security alert: new sign-in on Windows for the Head of IT's Google account (used for Google Ads and the Business Profile).",
                "Sent from Google's own mail servers (mail-sor-f69.google.com) with gaia.bounces.google.com envelope, standard template, links to accounts.google.com / myaccount.google.com only, sign-in was his own new laptop.")


def b13():
    text = """HM Revenue & Customs

Dear EXAMPLE GROUP UK LTD

You have a new message in your HMRC online account.

To read it, sign in to your HMRC online account through GOV.UK:
https://www.gov.uk/log-in-register-hmrc-online-services

For your security, we have not included a link to the message itself in this email.

From HMRC

Do not reply to this email. This mailbox is not monitored and you will not receive a response.

To find out how HMRC uses your personal information, read our privacy notice on GOV.UK."""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;margin:0;font-size:16px;color:#0b0c0c">
<table role="presentation" width="100%%" style="border-collapse:collapse;min-width:100%%;width:100%% !important" cellpadding="0" cellspacing="0" border="0"><tr><td width="100%%" height="53" bgcolor="#0b0c0c">
<table role="presentation" width="100%%" style="border-collapse:collapse;max-width:580px" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td style="padding-left:10px"><span style="font-family:Helvetica,Arial,sans-serif;font-weight:700;color:#ffffff;font-size:28px;line-height:1.315789474">GOV.UK</span></td></tr></table></td></tr></table>
<table role="presentation" style="border-collapse:collapse;max-width:580px;width:100%% !important" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:19px;line-height:1.315789474;max-width:560px;color:#0b0c0c;padding:20px 10px">
<p>HM Revenue &amp; Customs</p><p>Dear EXAMPLE GROUP UK LTD</p><p>You have a new message in your HMRC online account.</p>
<p>To read it, sign in to your HMRC online account through GOV.UK:<br><a href="https://www.gov.uk/log-in-register-hmrc-online-services" style="color:#1d70b8">https://www.gov.uk/log-in-register-hmrc-online-services</a></p>
<p>For your security, we have not included a link to the message itself in this email.</p><p>From HMRC</p>
<p>Do not reply to this email. This mailbox is not monitored and you will not receive a response.</p>
<p>To find out how HMRC uses your personal information, read our privacy notice on GOV.UK.</p></td></tr></table></body></html>"""
    c = compose(P.GOVUK, key="b-en-13", frm=("HM Revenue and Customs", "noreply@tax.service.gov.uk"), to=[st("uk_acc")],
                subject="You have a new message from HMRC", when="2026-11-09 14:12:55",
                env_from="0109019a%s@eu-west-2.amazonses.com" % hexid("b-en-13e", 20),
                body=lambda b: alt(b, text, html, "utf-8"))
    return make(LANG, "hmrc-new-message-notify", c,
                "Genuine HMRC notification via GOV.UK Notify: a new message is waiting in the business tax account; sign in through GOV.UK.",
                "Sent through GOV.UK Notify's Amazon SES (eu-west-2) with the tax.service.gov.uk sender, no deep link, no amount or deadline, only the generic www.gov.uk sign-in page.",
                pair=[("hmrc-vat-penalty-phish", "Same authority and topic (VAT / HMRC account): official 'you have a message' via GOV.UK Notify vs. look-alike domain with penalty amount and sign-in link.")])


def b14():
    text = """James,

I'm sorry to say I have to make a formal complaint about order FA-26-3318.

The concave segments and rasp bars for our customer's HC 7500 (Mr Cooper, Chatteris) were confirmed for delivery in week 46. We are now in week 49, the machine has been standing in our workshop for three weeks and our customer has had to hire in a contractor for the last of his maize. He is, understandably, looking to us for those costs, and we will have to look to you.

Photo of the worn concave attached so your technical people can see what we are dealing with.

I need a firm delivery date from you by Thursday. If the parts can't be here by 11 December I will have to source them elsewhere and we will deduct the additional cost from your next invoice. I'd rather not do that - we've had a good run with Example Group - but I can't keep the customer waiting any longer.

Regards
Tom

""" + TOM_SIG
    ph = png_att("IMG_4471.png", photo("b-en-14-photo"))
    c = compose(P.FENLAND, key="b-en-14", frm=co("fenland"), to=[st("uk_mgr")], cc=[st("parts")],
                subject="Complaint - HC 7500 concave & rasp bars still not delivered (order FA-26-3318)",
                when="2026-12-01 09:12:44",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "EN-GB", "us-ascii"), "us-ascii", idx=1), ph], b(0)))
    return make(LANG, "fenland-complaint-parts", c,
                "Customer complaint from the UK dealer: combine parts three weeks late, threat to source elsewhere and deduct costs, photo of the worn concave attached.",
                "Real partner tenant and known contact, specific order and machine, angry but asks for a delivery date only - no link, no payment redirection; PNG photo.")


def b15():
    text = """Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account ra*****@examplegroup.eu.

Sign-in details

Country/region: Germany
IP address: 80.153.41.7
Date: 27/11/2026 13:22 (GMT)
Platform: Windows
Browser: Edge

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

Review recent activity
https://account.live.com/Activity

To opt out or change where you receive security notifications, click here.
https://account.live.com/SecurityNotifications/Update

Thanks,
The Microsoft account team

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"""
    html = """<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070">Microsoft account</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec">Unusual sign-in activity</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:ra*****@examplegroup.eu">ra*****@examplegroup.eu</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a"><b>Sign-in details</b><br>Country/region: Germany<br>IP address: 80.153.41.7<br>Date: 27/11/2026 13:22 (GMT)<br>Platform: Windows<br>Browser: Edge</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.</td></tr>
<tr><td style="padding:0;padding-top:25px"><table border="0" cellspacing="0"><tr><td bgcolor="#2672ec" style="background-color:#2672ec;padding:5px 20px"><a style="font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI',Arial,sans-serif;font-size:14px;text-align:center;text-decoration:none;font-weight:600;letter-spacing:0.02em;color:#fff" href="https://account.live.com/Activity">Review recent activity</a></td></tr></table></td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">To opt out or change where you receive security notifications, <a style="color:#2672ec;text-decoration:none" href="https://account.live.com/SecurityNotifications/Update">click here</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Thanks,<br>The Microsoft account team</td></tr></table></body></html>"""
    c = compose(P.MS_ACCOUNT, key="b-en-15", frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
                to=[st("uk_acc")], subject="Microsoft account unusual sign-in activity", when="2026-11-27 05:24:10",
                body=lambda b: alt(b, text, html, "utf-8"))
    return make(LANG, "microsoft-account-unusual-signin", c,
                "Genuine Microsoft account alert: unusual sign-in from Germany to the UK accountant's Microsoft account (she was at HQ in Hannover that day).",
                "From accountprotection.microsoft.com through Microsoft's own outbound servers, masked address, links only to account.live.com and go.microsoft.com, no urgency, no attachment.")


def b16():
    text = """Dear all,

The hotel rooms for EIMA International in Bologna (10-14 November) are booked and confirmed through the organiser's accredited travel agency. You will find the confirmations and the shuttle timetable in the EIMA 2026 Teams channel, folder "Travel".

- Hotel: Hotel Maggiore, Bologna (5 single rooms, 9-14 November), breakfast included
- Payment: on the company credit card at check-out; nothing has to be paid in advance
- Stand: Hall 19, stand B/22 - build-up on 9 November from 08:00

Several of us have received e-mails from so-called "official housing bureaus" offering room blocks and asking for deposits, and Verona has had an invoice from an agriturismo we never booked. These are scams: EIMA does not use such companies and we have nothing else booked. Please do not reply, just forward them to it-security@example.com.

Best regards
Julia

Julia Brandt
Assistant to the CEO
Example Agrartechnik GmbH
Tel. +49 511 7284-101"""
    c = compose(P.INTERNAL, key="b-en-16", frm=st("assist"),
                to=[st("uk_mgr"), st("it_mgr"), st("parts"), st("sales"), st("gr_mgr")], cc=[st("ceo")],
                rcpt=st("uk_mgr")[1], subject="EIMA 2026 - hotels confirmed / please ignore 'housing bureau' e-mails",
                when="2026-10-14 09:30:18",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "EN-GB", "us-ascii"), "us-ascii"))
    return make(LANG, "eima-hotels-intern", c,
                "Internal travel note from the CEO's assistant: EIMA hotels booked through the organiser's agency, nothing to prepay, warning about fake housing bureaus.",
                "Internal Exchange -> mail-int01 path, from the real assistant to the EIMA team, no links, no payment; consistent with company process.",
                pair=[("eima-housing-scam", "Same event and topic (EIMA hotel rooms): internal confirmation that nothing needs prepaying vs. a deposit demand from a fake bureau."),
                      ("svg-fattura-credenziali", "Same event: internal note that no agriturismo was booked vs. SVG 'invoice' for an EIMA stay.")])


def messages():
    return [b09(), b10(), b11(), b12(), b13(), b14(), b15(), b16()]
