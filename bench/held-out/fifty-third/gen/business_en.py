"""Genuine business messages, English (8)."""
import base64

import ids
import pdf
from core import reg, finish
from infra import (t_docusign, t_github, t_google_notify, t_exo, t_mimecast, t_ms_notify, t_internal, mua_exo,
                   mua_exchange, mua_plain)
from mime import Text, Multi, Blob
from people import S, ASHWORTH_IBAN, NORTHERN_VAT
from tpl import alt, mixed, mso_html, card_html, button, p, kv_table, esc, fill
from util import addr, secs, tok, digits, uuid4, in_zone

B = "business"


@reg(B, "en", "docusign-lease-renewal-genuine")
def b_docusign(k):
    k.when("2026-11-03 15:22:48", "GB")
    uk = S("uk_mgr")
    rt = k.env("dse@eumail.docusign.net", uk["addr"])
    t_docusign(rt)
    env = uuid4(k.rng)
    url = ("https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" %
           (env, uuid4(k.rng), uuid4(k.rng)))
    code = tok(k.rng, 32, "0123456789ABCDEF")
    inner = ("<div style='text-align:center;background:#1e4ca1;color:#fff;padding:28px 20px;margin:-28px -28px 24px -28px'>"
             "<div style='font-size:16px;margin-bottom:14px'>Sarah Lomax sent you a document to review and sign.</div>"
             + button(url, "REVIEW DOCUMENT", "#ffc820", "#000000").replace("<table", "<table align='center'") +
             "</div>") + \
        p("<b>Sarah Lomax</b><br><a href='mailto:s.lomax@penningtonpm.co.uk'>s.lomax@penningtonpm.co.uk</a>",
          "Dear Rebecca,<br>Please find the lease renewal for Unit 3, Hardman Street for signature on behalf of "
          "Example Group UK Ltd, as agreed with Ashworth &amp; Pike. Kind regards, Sarah") + \
        p("<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this "
          "email, link, or access code with others.",
          "<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security "
          "code: " + code,
          "<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally "
          "binding.")
    html = card_html("Please DocuSign", inner, brand="<span style='font-weight:700;color:#000'>docusign</span>",
                     brand_color="#ffffff", lang="en",
                     footer="This message was sent to you by Sarah Lomax who is using the Docusign Electronic "
                            "Signature Service. If you would rather not receive email from this sender you may contact "
                            "the sender with your request.")
    plain = ("Sarah Lomax sent you a document to review and sign.\n\nREVIEW DOCUMENT: %s\n\nDear Rebecca,\nPlease find "
             "the lease renewal for Unit 3, Hardman Street for signature on behalf of Example Group UK Ltd, as agreed "
             "with Ashworth & Pike. Kind regards, Sarah\n\nAlternate Signing Method\nVisit Docusign.com, click 'Access "
             "Documents', and enter the security code: %s\n" % (url, code))
    body = alt(rt, plain, html, "utf-8", "quoted-printable")
    return finish(k, rt, frm=addr("Sarah Lomax via Docusign", "dse@eumail.docusign.net"), to=uk["addr"],
                  reply_to=addr("Sarah Lomax", "s.lomax@penningtonpm.co.uk"),
                  subject="Complete with Docusign: Lease Renewal - 3 Hardman Street - Example Group UK Ltd.pdf",
                  body=body, extra=[("X-API-Host", "eu.docusign.net")],
                  what="Genuine DocuSign envelope from the landlord's agent for the Manchester lease renewal",
                  why="Sent by DocuSign's EU infrastructure (eumail.docusign.net), links to eu.docusign.net, "
                      "expected transaction agreed with the company's solicitors, Reply-To the known agent.",
                  pair=(["docusign-lookalike-agreement"], "DocuSign envelope in both; the attack uses a look-alike "
                                                          "domain via Mailgun."))


@reg(B, "en", "github-password-reset")
def b_github(k):
    k.when("2026-10-15 11:03:27", "CET")
    it = S("it_head")
    rt = k.env("noreply@github.com", it["addr"])
    t_github(rt)
    token = tok(k.rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    url = "https://github.com/password_reset/" + token
    plain = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following link to reset your password:

%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % url
    html = fill(card_html("[GitHub] Please reset your password",
                          p("<b>Reset your GitHub password</b>",
                            "We heard that you lost your GitHub password. Sorry about that!",
                            "But don’t worry! You can use the following button to reset your password:") +
                          button(url, "Reset your password", "#2da44e") +
                          p("", "If you don’t use this link within 3 hours, it will expire. "
                                "<a href='https://github.com/password_reset'>Click here to get a new password reset link</a>.",
                            "Thanks,<br>The GitHub Team"),
                          brand="GitHub", brand_color="#24292f", lang="en",
                          footer="You're receiving this email because a password reset was requested for your "
                                 "account.<br>GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107"), "UTF-8")
    body = Multi("alternative", [Text(plain, "plain", "UTF-8", "7bit", quote_cs=False),
                                 Text(html, "html", "UTF-8", "quoted-printable", quote_cs=False)], rt.boundary())
    return finish(k, rt, frm=addr("GitHub", "noreply@github.com"), to=it["addr"],
                  subject="[GitHub] Please reset your password", body=body,
                  extra=[("X-Auto-Response-Suppress", "All")],
                  what="GitHub password-reset mail requested by the Head of IT",
                  why="Sent from GitHub's own outbound servers (out-*.smtp.github.com), links only to github.com, "
                      "standard template, user-initiated.")


@reg(B, "en", "google-security-alert-signin")
def b_google(k):
    k.when("2026-10-30 14:41:06", "CET")
    s = S("sales")
    rt = k.env("no-reply@accounts.google.com", s["addr"])
    t_google_notify(rt)
    ts = digits(k.rng, 13)
    url = ("https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%s?"
           "rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0" % (s["addr"].replace("@", "%40"), ts, digits(k.rng, 19)))
    plain = """[image: Google]
A new sign-in on Mac

%s
We noticed a new sign-in to your Google Account on a Mac device. If this
was you, you don’t need to do anything. If not, we’ll help you secure your
account.
Check activity
<%s>
You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your
Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (s["addr"], url)
    html = fill(card_html("Security alert", p("<div style='font-size:24px'>A new sign-in on Mac</div>",
                                              "<a style='color:#3c4043'>%s</a>" % s["addr"],
                                              "We noticed a new sign-in to your Google Account on a Mac device. If this "
                                              "was you, you don’t need to do anything. If not, we’ll help you secure "
                                              "your account.") + button(url, "Check activity", "#4184f3") +
                          p("", "You can also see security activity at<br>"
                                "<a href='https://myaccount.google.com/notifications'>"
                                "https://myaccount.google.com/notifications</a>"),
                          brand="Google", brand_color="#ffffff", lang="en",
                          footer="You received this email to let you know about important changes to your Google "
                                 "Account and services.<br>© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, "
                                 "CA 94043, USA"), "UTF-8").replace("color:#ffffff;font-weight:600\">Google",
                                                                    "color:#4285f4;font-weight:600\">Google", 1)
    body = Multi("alternative", [Text(plain, "plain", "UTF-8", "base64", quote_cs=False,
                                      params="; format=flowed; delsp=yes"),
                                 Text(html, "html", "UTF-8", "quoted-printable", quote_cs=False)], rt.boundary())
    return finish(k, rt, frm=addr("Google", "no-reply@accounts.google.com"), to=s["addr"],
                  subject="Security alert", body=body,
                  extra=[("X-Account-Notification-Type", "127-anexp#nret-fa"),
                         ("Feedback-ID", "127-anexp#nret-fa:account-notifier"),
                         ("X-Notifications", tok(k.rng, 16)),
                         ("X-Notifications-Bounce-Info", tok(k.rng, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))],
                  what="Google account 'new sign-in on Mac' security alert for the sales manager's Google (Ads) "
                       "account",
                  why="Comes from Google's notification servers (mail-sor-*.google.com) with a gaia bounce address; "
                      "links to accounts.google.com/myaccount.google.com only; informational, no urgency.")


@reg(B, "en", "teams-invite-northern-imaging")
def b_teams(k):
    k.when("2026-11-18 10:15:42", "GB")
    uk, it = S("uk_mgr"), S("it_head")
    rt = k.env("j.whitfield@northernimaging.co.uk", uk["addr"])
    t_exo(rt, "LO4P265MB5922", "CWLP265MB2210", "GBRP265", out="gbr01", zone="GB")
    subj = "MRI coil replacement – planning call"
    mua_exo(rt, "LO4P265MB5922", "GBRP265", subj, lang_tag="en-GB")
    tid, oid = uuid4(k.rng), uuid4(k.rng)
    mid = "19%%3ameeting_%s%%40thread.v2" % tok(k.rng, 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    join = ("https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d"
            % (mid, tid, oid))
    meet_id = "%s %s %s %s" % (digits(k.rng, 3), digits(k.rng, 3), digits(k.rng, 3), digits(k.rng, 3))
    pwd = tok(k.rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    text = """Hi Rebecca, hi Thomas,

as discussed, a short call to plan the replacement of the head/neck coil on the 1.5T system in Manchester (service case NIS-26-4471): downtime window, patient rescheduling and the remote access our engineer needs for the post-install QA (via your usual vendor-access portal).

Best regards,
James

________________________________________________________________________________
Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>
Join the meeting now<%s>
Meeting ID: %s
Passcode: %s
________________________________
For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=%s&messageId=0&language=en-GB>
________________________________________________________________________________
""" % (join, meet_id, pwd, oid, tid, mid.replace("%%", "%"))
    html = mso_html(text.split("____")[0], "EN-GB") .replace("</div>\n</body>", (
        "<div style='margin-bottom:24px;overflow:hidden;white-space:nowrap'>______________________________________</div>"
        "<div><span style='font-size:24px;font-weight:700'>Microsoft Teams</span> <a href='https://aka.ms/JoinTeamsMeeting?omkt=en-GB'>Need help?</a></div>"
        "<div style='margin:6px 0'><a href='%s' style='font-size:20px;font-weight:600;color:#5B5FC7'>Join the meeting now</a></div>"
        "<div>Meeting ID: %s</div><div>Passcode: %s</div>"
        "<div style='margin-bottom:24px;overflow:hidden;white-space:nowrap'>______________________________________</div>"
        "</div>\n</body>") % (esc(join), meet_id, pwd), 1)
    uid = "040000008200E00074C5B7101A82E00800000000%s0000000000000000100000000%s" % (
        tok(k.rng, 16, "0123456789ABCDEF"), tok(k.rng, 32, "0123456789ABCDEF"))
    stamp = in_zone(k.t, "UTC").strftime("%Y%m%dT%H%M%SZ")

    def fold(line):
        out = []
        b = line.encode("utf-8")
        while len(b) > 74:
            cut = 74
            while cut > 0 and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode("utf-8"))
            b = b[cut:]
        out.append(b.decode("utf-8"))
        return "\r\n ".join(out)
    desc = text.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics_lines = [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        "ORGANIZER;CN=James Whitfield:mailto:j.whitfield@northernimaging.co.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca Holt:mailto:rebecca.holt@example.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thomas Becker:mailto:thomas.becker@example.com",
        "DESCRIPTION;LANGUAGE=en-GB:" + desc, "UID:" + uid,
        "SUMMARY;LANGUAGE=en-GB:MRI coil replacement – planning call",
        "DTSTART;TZID=GMT Standard Time:20261124T140000", "DTEND;TZID=GMT Standard Time:20261124T143000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + stamp, "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-OWNERAPPTID:-%s" % digits(k.rng, 10), "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + join, "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE", "X-MICROSOFT-LOCATIONS:[ { \"DisplayName\" : \"Microsoft Teams "
        "Meeting\"\\, \"LocationAnnotation\" : \"\"\\, \"LocationSource\" : 0\\, \"Unresolved\" : false\\, "
        "\"LocationUri\" : \"\" } ]",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    ics = "\r\n".join(fold(l) for l in ics_lines) + "\r\n"
    cal = Blob(ics.encode("utf-8"), "text/calendar", None, cte="base64", disposition=None,
               ctype_params='; charset="utf-8"; method=REQUEST')
    body = Multi("alternative", [Text(text, "plain", "utf-8", "quoted-printable"),
                                 Text(fill(html, "utf-8"), "html", "utf-8", "quoted-printable"), cal], rt.boundary())
    return finish(k, rt, frm=addr("James Whitfield", "j.whitfield@northernimaging.co.uk"),
                  to="Rebecca Holt <%s>, Thomas Becker <%s>" % (uk["addr"], it["addr"]), subject=subj, body=body,
                  what="Teams meeting invitation (text/calendar REQUEST) from the MRI maintenance contractor to plan "
                       "a coil replacement",
                  why="Sent from the contractor's Microsoft 365 tenant, standard Teams join link on "
                      "teams.microsoft.com with meeting ID/passcode, iCalendar part; no code entry or sign-in request; "
                      "remote access explicitly via the company's existing vendor portal.",
                  pair=(["device-code-teams-invite"], "Teams meeting set-up by an outside party in both; the attack "
                                                      "asks to enter a device code at microsoft.com/devicelogin."))


@reg(B, "en", "insurer-complaint-duplicate-invoice")
def b_complaint(k):
    k.when("2026-11-20 15:09:33", "GB")
    acc, uk = S("uk_acc"), S("uk_mgr")
    rt = k.env("provider.claims@harbourhealth.co.uk", acc["addr"])
    t_mimecast(rt, "HHEXCH02.harbourhealth.local", "10.40.2.22")
    subj = "Complaint ref. HH-CMP-2026-08817 - duplicate invoices for MRI lumbar spine (member 77104452)"
    mua_exchange(rt, "HHEXCH02", "harbourhealth.local", "X", subj, lang_tag="en-GB")
    text = """Dear Daniel,

We have received a formal complaint from one of our members (membership number 77104452) who attended your Manchester Diagnostic Centre on 3 November 2026 for an MRI of the lumbar spine.

Our records show two invoices from Example Group UK Ltd for the same episode of care:

- EG-UK-26-01874 dated 4 November 2026, GBP 485.00 (MRI lumbar spine) - paid on 19 November 2026
- EG-UK-26-01902 dated 9 November 2026, GBP 565.00 (MRI lumbar spine with contrast) - rejected

The procedure was pre-authorised without contrast (authorisation PA-26-553102), and the radiology report confirms no contrast was administered. In the meantime your patient billing team has sent the member a shortfall letter for GBP 80.00, which caused considerable distress.

Please could you:
1. issue a credit note for invoice EG-UK-26-01902 within 10 working days;
2. place the member's patient account on hold and withdraw the shortfall letter;
3. confirm the root cause, as this is the third duplicate we have seen from the Manchester site this quarter.

If the matter is not resolved we will need to raise it at our quarterly provider review in January.

Kind regards,

Natalie Brooks
Provider Claims Settlement Team
Harbour Health Insurance plc
Harbour House, 1 Quay Street, Liverpool L3 4BX
Tel: 0151 496 0274

This e-mail and any attachments are confidential and intended solely for the addressee. Harbour Health Insurance plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
"""
    body = alt(rt, text, mso_html(text, "EN-GB", font="Arial"), "us-ascii", "quoted-printable")
    return finish(k, rt, frm=addr("Provider Claims - Harbour Health", "provider.claims@harbourhealth.co.uk"),
                  to=addr("Daniel Okafor", acc["addr"]), cc=addr("Rebecca Holt", uk["addr"]), subject=subj, body=body,
                  what="Corporate customer (private health insurer) complains about a duplicate MRI invoice and a "
                       "shortfall letter to its member",
                  why="Known customer, own Exchange behind Mimecast; concrete invoice numbers, pre-authorisation and "
                      "member data; asks for a credit note, no payment to any new account, no links.")


@reg(B, "en", "solicitors-completion-genuine")
def b_solicitor(k):
    k.when("2026-12-01 12:47:05", "GB")
    uk = S("uk_mgr")
    rt = k.env("e.pike@ashworthpike.co.uk", uk["addr"])
    t_mimecast(rt, "APEX01.ashworthpike.local", "192.168.40.11")
    subj = "Hardman Street lease renewal - engrossment and completion arrangements [AP-40817/3]"
    mua_exchange(rt, "APEX01", "ashworthpike.local", "X", subj, attach=True, lang_tag="en-GB")
    text = """Dear Rebecca,

I attach the engrossed lease renewal for 3 Hardman Street together with our completion statement. The landlord has now agreed the dilapidations figure of £12,500, which is reflected in the statement.

The balance due on completion is £48,750.00. We will need cleared funds by Friday 11 December 2026 so that we can complete on Monday 14 December.

Our client account details are those set out in our engagement letter of 14 August 2026 and repeated on the attached statement (Barclays Bank, sort code 20-04-15). They have not changed and will not change during this matter. Before sending any funds, please telephone our accounts team on 0161 496 0700 – the number on our website and on our letterhead – to verify the details, and if your internal policy requires it, send a £1 test payment first.

Please do not act on any e-mail that appears to come from us and asks you to pay to a different account.

Kind regards,

Eleanor Pike
Partner, Commercial Property
Ashworth & Pike LLP
One St Peter's Square, Manchester M2 3DE
T: 0161 496 0718 | www.ashworthpike.co.uk

Ashworth & Pike LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 614273). CYBER CRIME WARNING: we will never change our bank details by email.
"""
    stmt = pdf.make_pdf([
        ("Ashworth & Pike LLP", 16, True), "Solicitors - One St Peter's Square, Manchester M2 3DE", "",
        ("COMPLETION STATEMENT", 13, True), "Matter: AP-40817/3   Client: Example Group UK Ltd",
        "Property: 3 Hardman Street, Manchester M3 3HF (lease renewal)", "Completion date: 14 December 2026", "",
        "Rent deposit (3 months)                                    GBP 41,250.00",
        "Dilapidations settlement (credit from landlord)           GBP -12,500.00",
        "Premium payable to landlord                               GBP 12,500.00",
        "SDLT                                                       GBP  6,900.00",
        "Land Registry fee                                          GBP    600.00",
        ("Balance required from client                              GBP 48,750.00", 10, True), "",
        "Client account: Ashworth & Pike LLP Client Account, Barclays Bank plc",
        "Sort code 20-04-15   Account 73918264   IBAN " + ids.pretty(ASHWORTH_IBAN),
        "Please verify these details by telephone (0161 496 0700) before payment.",
    ], k.t - secs(3600), zone="GB", title="Completion statement AP-40817-3", author="E Pike",
        creator="Microsoft Word", producer="Microsoft Word")
    body = mixed(rt, alt(rt, text, mso_html(text, "EN-GB", font="Arial"), "windows-1252", "quoted-printable"),
                 Blob(stmt, "application/pdf", "Completion statement AP-40817-3.pdf"))
    return finish(k, rt, frm=addr("Eleanor Pike", "e.pike@ashworthpike.co.uk"), to=addr("Rebecca Holt", uk["addr"]),
                  subject=subj, body=body,
                  what="Company's real solicitors send the engrossed lease and completion statement (£48,750, "
                       "client account unchanged)",
                  why="Genuine domain ashworthpike.co.uk via the firm's Exchange and Mimecast; bank details identical "
                      "to the engagement letter, phone verification and test payment encouraged, reasonable "
                      "timeline.",
                  pair=(["fake-solicitor-completion-funds"], "Same matter and amount; the attack uses a look-alike "
                                                             "domain and a 'new' client account with a same-day "
                                                             "deadline."))


@reg(B, "en", "microsoft-sspr-verification-code")
def b_sspr(k):
    k.when("2026-10-19 08:52:14", "GB")
    acc = S("uk_acc")
    rt = k.env("msonlineservicesteam@microsoftonline.com", acc["addr"])
    t_ms_notify(rt)
    mua_plain(rt, "<%s@%s>" % (uuid4(k.rng), "az.westeurope.microsoft.com"),
              order=["from", "to", "subject", "date", "message-id", "content", "mime-version"])
    code = "%06d" % k.rng.randrange(100000, 999999)
    html = fill(card_html("Example Group account email verification code",
                          p("<b>Verify your email address</b>",
                            "Thanks for verifying your %s account!" % acc["addr"],
                            "Your code is: <b style='font-size:18px'>%s</b>" % code,
                            "Sincerely,<br>Example Group"),
                          brand="Example Group", brand_color="#2f2f2f", lang="en",
                          footer="This message was sent from an unmonitored email address. Please do not reply to "
                                 "this message.<br>Privacy Statement<br>Microsoft Corporation, One Microsoft Way, "
                                 "Redmond, WA 98052"), "utf-8")
    body = Text(html, "html", "utf-8", "base64")
    return finish(k, rt, frm=addr("Microsoft on behalf of Example Group", "msonlineservicesteam@microsoftonline.com"),
                  to=acc["addr"], subject="Example Group account email verification code", body=body,
                  what="Microsoft Entra self-service password reset: e-mail verification code for the Manchester "
                       "accountant",
                  why="Sent by Microsoft's own infrastructure (EOP) from msonlineservicesteam@microsoftonline.com, "
                      "contains only a code, no link, no request to call or reply; user-initiated SSPR.",
                  pair=(["quishing-mfa-neuregistrierung", "voicemail-html-attachment"],
                        "Microsoft account-security mail; genuine one carries no link or login form."))


@reg(B, "en", "christmas-vouchers-procurement-internal")
def b_vouchers(k):
    k.when("2026-11-27 10:34:50", "GB")
    asst, uk, proc = S("assist"), S("uk_mgr"), S("proc")
    rt = k.env(asst["addr"], uk["addr"])
    t_internal(rt, office_zone="CET")
    subj = "Christmas vouchers for the Manchester team - PO 4500019321"
    mua_exchange(rt, "EXDE01", "corp.example.com", "DE", subj, lang_tag="en-GB")
    text = """Hi Rebecca,

As announced in the managers' call, the Group is giving every employee a shopping voucher this Christmas (£75 in the UK, €85 elsewhere).

Procurement has ordered the vouchers for the Manchester team (23 staff) through our benefits provider under PO 4500019321. They will arrive at your office by tracked courier in the week of 7 December, together with a list for staff to sign on receipt. Dr. Brandt will add a personal card for each team.

Please don't buy any vouchers yourself or advance any money – everything runs through the PO and is invoiced centrally.

If anything is unclear, Markus Vogel in procurement or I will be happy to help.

Best regards,
Julia

Julia Neumann
Executive Assistant to the CEO
Example Group Holding GmbH | Kaistraße 18 | 40221 Düsseldorf
"""
    body = alt(rt, text, mso_html(text, "EN-GB"), "windows-1252", "quoted-printable")
    return finish(k, rt, frm=addr("Julia Neumann", asst["addr"]), to=addr("Rebecca Holt", uk["addr"]),
                  cc=addr("Vogel, Markus", proc["addr"]), subject=subj, body=body,
                  what="CEO's assistant informs the Manchester office manager that staff Christmas vouchers were "
                       "ordered via a purchase order",
                  why="Internal path through Exchange and mail-int01, known colleague, procurement in Cc, PO "
                      "number, explicitly no personal purchase or advance.",
                  pair=(["ceo-giftcards-gmail"], "Gift vouchers for staff in both; the genuine scheme runs through "
                                                 "procurement instead of photos of card codes."))
