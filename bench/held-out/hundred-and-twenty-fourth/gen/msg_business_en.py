"""business/09-16 (English)."""

import random

import docs
import ids
import infra
import kit
import mime
import pdf
import senders
from common import (E, Eq, msg, outlook_html, spec, finish_html)
from company import CORR, ENT, P, TEN
from infra import T, hdr, plus, rfcdate
from msg_attack_en import harlow_send


# ------------------------------------------------------------------ 09 ----
@msg("business", "09", "en", "ariba-sourcing-event-invitation")
def b09(c):
    r = c.rng
    t = T(2026, 10, 22, 9, 30, 12, "UK")
    st = P("sandra.tebbe")
    ev = "Doc%d" % r.randint(1800000000, 1899999999)
    url = "https://service.eu.ariba.com/Sourcing.aw/%d/aw?awh=r&awssk=%s&dard=1" % (r.randint(100000000, 199999999), infra.ralnum(r, 8))
    text = """Harlow & Finch Retail Ltd has invited you to participate in the following event: Fresh Pork Supply 2027 - RFP Lot 2 (loin, belly, shoulder). The event is set to start Thursday, 22 October 2026 at 09:30 o'clock, British Summer Time.

Use the following username to log in to Harlow & Finch Retail Ltd events: sandra.tebbe@example.com.

Click Here to access this event.
%s

You must accept the Bidder Agreement before you can participate in this event. If you have already registered as a supplier on SAP Business Network, log in with your existing account.

Event ID: %s
Event name: Fresh Pork Supply 2027 - RFP Lot 2 (loin, belly, shoulder)
Response deadline: Thursday, 12 November 2026 at 17:00 GMT
Event owner: Oliver Pritchard (oliver.pritchard@harlowfinch.co.uk)

If you do not want to respond to this event, click here to decline.

If you have questions about this event, contact Oliver Pritchard via telephone at +44 1482 640 512 or via e-mail at oliver.pritchard@harlowfinch.co.uk.

We look forward to working with you!

Harlow & Finch Retail Ltd
""" % (url, ev)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">'
            '<div style="background:#0a6ed1;color:#fff;padding:12px 16px;font-size:16px;font-weight:bold">SAP Business Network</div><div style="padding:16px">'
            '<p><b>Harlow &amp; Finch Retail Ltd</b> has invited you to participate in the following event: <b>Fresh Pork Supply 2027 - RFP Lot 2 (loin, belly, shoulder)</b>. The event is set to start Thursday, 22 October 2026 at 09:30 o\'clock, British Summer Time.</p>'
            '<p>Use the following username to log in to Harlow &amp; Finch Retail Ltd events: <b>sandra.tebbe@example.com</b>.</p>'
            '<p><a href="%s">Click Here</a> to access this event.</p>'
            '<p>You must accept the Bidder Agreement before you can participate in this event. If you have already registered as a supplier on SAP Business Network, log in with your existing account.</p>'
            '<table cellpadding="3" style="font-size:13px"><tr><td>Event ID:</td><td>%s</td></tr><tr><td>Response deadline:</td><td>Thursday, 12 November 2026 at 17:00 GMT</td></tr><tr><td>Event owner:</td><td>Oliver Pritchard</td></tr></table>'
            '<p>If you have questions about this event, contact Oliver Pritchard via telephone at +44 1482 640 512 or via e-mail at oliver.pritchard@harlowfinch.co.uk.</p>'
            '<p>We look forward to working with you!<br>Harlow &amp; Finch Retail Ltd</p></div></body></html>') % (Eq(url), ev)
    b = "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9), infra.epoch(t) * 1000)
    root = kit.alt(b, text, html, "UTF-8", "quoted-printable", csname="UTF-8")
    frm = mime.addr("Harlow & Finch Retail Ltd", "s1-eu-noreply@ansmtp.ariba.com", quote_always=True)
    mid = "<%d.%d.JavaMail.svcsourcing@app%03d.eu.ariba.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 5, 10 ** 6), r.randint(1, 200))
    ch = [hdr("Date", rfcdate(t, "UTC", "plain").replace("+0000", "+0000 (UTC)")), hdr("From", frm),
          hdr("Reply-To", "oliver.pritchard@harlowfinch.co.uk"), hdr("To", st[1]), hdr("Message-ID", mid),
          hdr("Subject", "Harlow & Finch Retail Ltd has invited you to participate in an event: %s - Fresh Pork Supply 2027 - RFP Lot 2" % ev),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("X-Ariba-Realm", "harlowfinch"), hdr("X-Ariba-EventId", ev)]
    n = r.randint(1, 6)
    host = "smtp%d.eu.ariba.com" % n
    inner = [infra.raw("Received", "from app%03d.eu.ariba.com (app%03d.eu.ariba.com [10.161.%d.%d])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s" %
                       (r.randint(1, 200), r.randint(1, 200), r.randint(1, 60), r.randint(2, 250), host, infra.postfix_short_qid(r), rfcdate(plus(t, 1), "UTC", "postfix")))]
    s = senders.own_postfix(r, t, ch, frm, host, "155.56.%d.%d" % (r.choice([208, 209]), r.randint(10, 90)), dkim_domain="ansmtp.ariba.com",
                            selector="ariba2024", inner=inner, amavis=False, mailfrom="s1-eu-noreply@ansmtp.ariba.com")
    H, _, _ = infra.deliver(r, s, st[1], dmarc=("pass", "reject", "ansmtp.ariba.com"))
    return spec(H, root,
                "SAP Ariba invitation from the retail customer Harlow & Finch to an RFP for fresh pork supply 2027.",
                "Genuine SAP Ariba notification (ansmtp.ariba.com, SAP address range, DKIM/DMARC pass), link to service.eu.ariba.com, event owner and phone match the customer's real buyer.",
                urls=[url], phones=["+44 1482 640 512"],
                pair=[("09", "Orders / tenders from the UK retail customer",
                       "Attack: look-alike domain on Google Workspace, PDF PO with a third-party delivery address and credit terms; genuine: customer's Ariba event with the real buyer as owner.")])


# ------------------------------------------------------------------ 10 ----
@msg("business", "10", "en", "teams-meeting-invite-customer")
def b10(c):
    r = c.rng
    t = T(2026, 11, 18, 15, 2, 9, "UK")
    st = P("sandra.tebbe")
    kb = P("katharina.berndt")
    ten = TEN["harlow"]
    tid = ten.tenant
    oid = infra.guid(r)
    mtg = "19%3ameeting_" + infra.ralnum(r, 48, senders.ALNUM) + "%40thread.v2"
    join = "https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (mtg, tid, oid)
    mid_num = "%d %d %d %d" % (r.randint(100, 999), r.randint(100, 999), r.randint(100, 999), r.randint(100, 999))
    pc = infra.ralnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    start = T(2026, 11, 26, 14, 0, 0, "UK")
    end = plus(start, 3600)
    text = """Hi Sandra, hi Katharina,

As agreed on the phone, let's go through the Q1 2027 price proposal and the promotional plan for loin and belly. Please bring your latest cost indication for the Danish-style back bacon as well.

Best regards,
Oliver

________________________________________________________________________________
Microsoft Teams Need help?
Join the meeting now: %s
Meeting ID: %s
Passcode: %s
________________________________
Dial in by phone
+44 20 3855 4712,,%d# United Kingdom, London
Phone conference ID: %d#
________________________________
For organisers: Meeting options | Reset dial-in PIN
________________________________________________________________________________
""" % (join, mid_num, pc, r.randint(100000000, 999999999), r.randint(100000000, 999999999))
    html = outlook_html(text, "en-GB", font="Aptos", size="12.0pt", link_map={join: join})
    uid = "040000008200E00074C5B7101A82E008000000%s" % infra.rhex(r, 74, True)
    dts = lambda x: x.strftime("%Y%m%dT%H%M%SZ")
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        "ORGANIZER;CN=Oliver Pritchard:mailto:oliver.pritchard@harlowfinch.co.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandra Tebbe:mailto:sandra.tebbe@example.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katharina Berndt:mailto:katharina.berndt@examplegroup.eu",
        "DESCRIPTION;LANGUAGE=en-GB:As agreed on the phone\\, let's go through the Q1 2027 price proposal and the promotional plan for loin and belly.\\n\\nJoin the meeting now: " + join,
        "UID:" + uid, "SUMMARY;LANGUAGE=en-GB:Q1 2027 price review - Harlow & Finch / Example Group",
        "DTSTART;TZID=GMT Standard Time:20261126T140000", "DTEND;TZID=GMT Standard Time:20261126T150000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + dts(t), "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting", "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + join, "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR", ""])
    # fold ics lines > 75 octets
    out = []
    for ln in ics.split("\r\n"):
        b = ln.encode("utf-8")
        while len(b) > 75:
            cut = 75
            out.append(b[:cut].decode("utf-8", "ignore"))
            b = b" " + b[cut:]
        out.append(b.decode("utf-8"))
    ics = "\r\n".join(out)
    msgid, local = infra.m365_msgid(r, ten)
    bb = lambda k: "_%s_%s%seurp_" % (k, local, ten.mbx)
    tp = mime.text(text, "plain", "utf-8", "quoted-printable")
    hp = mime.text(finish_html(html, "utf-8"), "html", "utf-8", "quoted-printable")
    cal = mime.Part('text/calendar; charset="utf-8"; method=REQUEST', [("Content-Transfer-Encoding", "base64")], mime.b64(ics.encode("utf-8")))
    root = mime.multipart_inline("alternative", [tp, hp, cal], bb("000"))
    root.ctype = 'multipart/alternative;\r\n\tboundary="%s"' % bb("000")
    frm = mime.addr("Oliver Pritchard", "oliver.pritchard@harlowfinch.co.uk")
    s = harlow_send(r, t, frm, [mime.addr("Sandra Tebbe", st[1]), mime.addr("Katharina Berndt", kb[1])],
                    "Q1 2027 price review - Harlow & Finch / Example Group", msgid,
                    extra=[hdr("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + infra.ralnum(r, 30)),
                           hdr("x-ms-exchange-calendar-originator-id", infra.guid(r))])
    H, _, _ = infra.deliver(r, s, st[1], dmarc=("pass", "reject", "harlowfinch.co.uk"))
    return spec(H, root,
                "Outlook/Teams meeting request from the customer's buyer for the Q1 2027 price review (.ics, method REQUEST).",
                "Real Exchange Online meeting invitation through the customer's Mimecast gateway (DKIM/DMARC pass), Teams join link on teams.microsoft.com carrying the customer's own tenant ID, no code to enter anywhere.",
                urls=[join], phones=["+44 20 3855 4712"],
                pair=[("10", "Microsoft Teams collaboration with the UK customer",
                       "Attack (same customer mailbox, compromised) asks to type a code at microsoft.com/devicelogin; genuine invite only contains a teams.microsoft.com join link with the customer's tenant.")])


# ------------------------------------------------------------------ 11 ----
@msg("business", "11", "en", "entra-admin-consent-request")
def b11(c):
    r = c.rng
    t = T(2026, 10, 14, 12, 41, 55, "CET")
    tm = P("thorsten.meyer")
    lh = P("lukas.hoffmann")
    app = "Transporeon"
    url = "https://portal.azure.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AccessRequests/menuId~/null"
    text = """Admin consent request

Mehmet Yildiz (mehmet.yildiz@example.com) is requesting access to the following app:

Transporeon
Publisher: Transporeon GmbH (verified)

Reason for request:
"We need the Transporeon Outlook add-in to book loading slots for the carriers (Ferretti, Partner Logistik) directly from the calendar. Approved by T. Meyer in the IT change board on 12 Oct."

Permissions requested:
- Sign you in and read your profile (User.Read)
- Read user calendars (Calendars.Read)

Review request: %s

You're receiving this email because you are a designated reviewer for admin consent requests in your organisation Example Group.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
""" % url
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:\'Segoe UI\',Tahoma,sans-serif;font-size:14px;color:#323130">'
            '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 24px"><img src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg" alt="Microsoft" width="108"></td></tr>'
            '<tr><td style="padding:0 24px;font-size:24px;font-weight:600">Admin consent request</td></tr>'
            '<tr><td style="padding:16px 24px"><b>Mehmet Yildiz</b> (mehmet.yildiz@example.com) is requesting access to the following app:</td></tr>'
            '<tr><td style="padding:0 24px"><table style="border:1px solid #edebe9;width:100%%"><tr><td style="padding:12px"><b>Transporeon</b><br>Publisher: Transporeon GmbH <span style="color:#107c10">(verified)</span></td></tr></table></td></tr>'
            '<tr><td style="padding:16px 24px"><b>Reason for request:</b><br>"We need the Transporeon Outlook add-in to book loading slots for the carriers (Ferretti, Partner Logistik) directly from the calendar. Approved by T. Meyer in the IT change board on 12 Oct."</td></tr>'
            '<tr><td style="padding:0 24px"><b>Permissions requested:</b><ul><li>Sign you in and read your profile (User.Read)</li><li>Read user calendars (Calendars.Read)</li></ul></td></tr>'
            '<tr><td style="padding:10px 24px 20px"><a href="%s" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none">Review request</a></td></tr>'
            '<tr><td style="padding:12px 24px;font-size:12px;color:#605e5c;border-top:1px solid #edebe9">You\'re receiving this email because you are a designated reviewer for admin consent requests in your organisation Example Group.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></td></tr>'
            '</table></body></html>') % Eq(url)
    ten = infra.M365Tenant(random.Random("tenant:microsoft-notify"), "microsoft.com")
    ten.region = "namprd%02d" % r.choice([10, 11, 12])
    ten.mbx = "SA1PR%02dMB%d" % (r.choice([10, 11, 12]), r.randint(4000, 9999))
    ten.hub = "CH3PR%02dMB%d" % (r.choice([10, 11, 12]), r.randint(4000, 9999))
    ten.front = ("BN8", "NAM12", "93")
    ten.tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47"
    msgid, local = infra.m365_msgid(r, ten)
    b = "--boundary_%d_%s" % (r.randint(1000, 9999), infra.guid(r))
    root = kit.alt(b, text, html, "utf-8", "base64", ct_style="bare")
    frm = mime.addr("Microsoft Azure", "azure-noreply@microsoft.com")
    s = infra.m365_send(r, ten, t, frm, [tm[1], lh[1]], "Admin consent request for Transporeon", msgid, lang="en-US", accept="en-US",
                        thread_topic="Admin consent request for Transporeon")
    H, _, _ = infra.deliver(r, s, tm[1], dmarc=("pass", "reject", "microsoft.com"), arc=s.arc)
    return spec(H, root,
                "Microsoft Entra admin-consent workflow mail: a logistics employee requests a verified carrier-booking add-in with read-only calendar scope.",
                "Genuine Microsoft notification (azure-noreply@microsoft.com, Microsoft tenant, DKIM/DMARC/ARC pass), link to portal.azure.com where the admin reviews inside the tenant, verified publisher, minimal scopes, reason referencing the internal change board.",
                urls=[url, "https://go.microsoft.com/fwlink/?LinkId=521839"],
                pair=[("11", "Microsoft 365 OAuth app consent",
                       "Attack sends the user straight to an authorize URL for an unverified app wanting Mail.ReadWrite/Mail.Send/Files.ReadWrite.All; genuine is Entra's admin-consent workflow for a verified app with read-only scopes, reviewed in the Azure portal.")])


# ------------------------------------------------------------------ 12 ----
@msg("business", "12", "en", "companies-house-reminder-notify")
def b12(c):
    r = c.rng
    t = T(2026, 10, 1, 7, 0, 31, "UK")
    dh = P("daniel.hughes")
    u1 = "https://find-and-update.company-information.service.gov.uk/company/12834567"
    u2 = "https://www.gov.uk/file-your-confirmation-statement-with-companies-house"
    text = """Companies House

Confirmation statement reminder

Company number: 12834567
Company name: EXAMPLE FOODS UK LTD

The confirmation statement for EXAMPLE FOODS UK LTD is due by 28 October 2026. The statement should be made up to 14 October 2026.

You can file online using WebFiling or the Find and update company information service:
%s

Find out more about filing a confirmation statement:
%s

You've received this email because you signed up for Companies House email reminders. You can manage your reminders in your Companies House account.

Companies House
""" % (u1, u2)
    html = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"><title></title></head>'
            '<body style="font-family:Helvetica,Arial,sans-serif;font-size:16px;margin:0;color:#0b0c0c"><table role="presentation" width="100%%" style="border-collapse:collapse;min-width:100%%"><tr><td width="100%%" height="53" bgcolor="#0b0c0c">'
            '<table role="presentation" width="100%%" style="max-width:580px" align="center"><tr><td style="padding-left:10px"><span style="font-family:Helvetica,Arial,sans-serif;font-weight:700;color:#ffffff;font-size:28px;line-height:1.315789474">GOV.UK</span></td></tr></table></td></tr></table>'
            '<table role="presentation" align="center" style="max-width:580px;width:100%%"><tr><td style="font-size:19px;line-height:1.315789474;padding:10px">'
            '<p style="font-size:19px;line-height:25px"><b>Confirmation statement reminder</b></p>'
            '<p>Company number: 12834567<br>Company name: EXAMPLE FOODS UK LTD</p>'
            '<p>The confirmation statement for EXAMPLE FOODS UK LTD is due by 28 October 2026. The statement should be made up to 14 October 2026.</p>'
            '<p>You can file online using WebFiling or the <a href="%s" style="color:#1d70b8">Find and update company information service</a>.</p>'
            '<p><a href="%s" style="color:#1d70b8">Find out more about filing a confirmation statement</a></p>'
            '<p>You\'ve received this email because you signed up for Companies House email reminders. You can manage your reminders in your Companies House account.</p>'
            '<p>Companies House</p></td></tr></table></body></html>') % (Eq(u1), Eq(u2))
    b = "===============%019d==" % r.randint(10 ** 18, 10 ** 19 - 1)
    root = kit.alt(b, text, html, "utf-8", "quoted-printable", ct_style="quoted")
    root.ctype = 'multipart/alternative; boundary="%s"' % b
    dom = "notifications.service.gov.uk"
    frm = mime.addr("Companies House", "companies.house.email.reminders@" + dom)
    s0 = senders.ses(r, t, [], frm, dom, region="eu-west-2")
    ch = [("__CONTENT__", None), hdr("MIME-Version", "1.0"), hdr("Subject", "Confirmation statement reminder for EXAMPLE FOODS UK LTD (12834567)"),
          hdr("From", frm), hdr("To", dh[1]), hdr("Message-ID", s0.ses_msgid), hdr("Date", rfcdate(t, "UTC", "plain")),
          hdr("List-Unsubscribe", "<https://email.notifications.service.gov.uk/unsubscribe/%s/%s>" % (infra.guid(r), infra.rhex(r, 40)))]
    s = senders.ses(r, t, ch, frm, dom, region="eu-west-2", mailfrom="%s@%s" % (infra.guid(r), dom))
    H, _, _ = infra.deliver(r, s, dh[1], dmarc=("pass", "reject", dom))
    return spec(H, root,
                "Companies House e-mail reminder (GOV.UK Notify) that the UK entity's confirmation statement is due.",
                "Genuine GOV.UK Notify mail via Amazon SES eu-west-2 with DKIM for notifications.service.gov.uk, DMARC reject/pass, correct company data and dates, links only to company-information.service.gov.uk and gov.uk, no payment link.",
                urls=[u1, u2],
                pair=[("12", "Companies House confirmation statement",
                       "Attack invents a £1,500 penalty and links to a look-alike payment page via Mailgun; genuine reminder comes from GOV.UK Notify and points to gov.uk services.")])


# ------------------------------------------------------------------ 13 ----
@msg("business", "13", "en", "customer-remittance-advice")
def b13(c):
    r = c.rng
    t = T(2026, 11, 27, 6, 45, 18, "UK")
    dh = P("daniel.hughes")
    E_uk = ENT["UK"]
    rows = [("EFUK-26-04417", "28/09/2026", 48211.80), ("EFUK-26-04452", "02/10/2026", 36904.15),
            ("EFUK-26-04488", "06/10/2026", 51377.60), ("CN-26-0117", "08/10/2026", -1240.00)]
    total = sum(x[2] for x in rows)
    ref = "HFR-BACS-%06d" % r.randint(100000, 999999)
    d = pdf.Doc(title="Remittance Advice " + ref, author="SAP", creator="SAP NetWeaver", producer="SAP NetWeaver 7.50", date=docs.pdfdate(plus(t, -120), "+00'00'"))
    W = 595.28
    d.text(56, 790, "HARLOW & FINCH RETAIL LTD", "F2", 14, color=(0.15, 0.3, 0.2))
    d.text(56, 776, "Finch House, 2 Ferriby Road, Hessle HU13 0PA", "F1", 8)
    d.rtext(W - 56, 790, "REMITTANCE ADVICE", "F2", 12)
    y = 740
    for k, v in [("Payee:", "Example Foods UK Ltd (supplier 40017)"), ("Payment date:", "27/11/2026"), ("Payment method:", "BACS"),
                 ("Bank account:", "NatWest, sort code %s, account ****%s" % (E_uk["sort"], E_uk["iban"][-4:])), ("Payment reference:", ref)]:
        d.text(56, y, k, "F2", 9)
        d.text(160, y, v, "F1", 9)
        y -= 13
    y -= 14
    d.rect(56, y - 4, W - 112, 15, fill=(0.88, 0.9, 0.88))
    for x, h, al in [(60, "Your reference", "l"), (200, "Document date", "l"), (539, "Amount GBP", "r")]:
        (d.rtext if al == "r" else d.text)(x, y, h, "F2", 8.5)
    y -= 16
    for a, b_, amt in rows:
        d.text(60, y, a, "F1", 8.5)
        d.text(200, y, b_, "F1", 8.5)
        d.rtext(539, y, "{:,.2f}".format(amt), "F1", 8.5)
        y -= 13
    d.line(56, y + 6, W - 56, y + 6)
    d.text(360, y - 8, "Total paid", "F2", 9)
    d.rtext(539, y - 8, "{:,.2f}".format(total), "F2", 9)
    d.para(56, y - 40, "Queries regarding this remittance: accounts.payable@harlowfinch.co.uk, tel. +44 1482 640 590. Please quote the payment reference.", W - 112, "F1", 8.5)
    pdfb = d.render()
    text = """Please find attached a remittance advice for payment %s made by BACS on 27/11/2026.

Total amount: GBP {:,.2f}

This is an automatically generated e-mail from Harlow & Finch Retail Ltd Accounts Payable. Please do not reply to this address; for queries contact accounts.payable@harlowfinch.co.uk or +44 1482 640 590.
""".format(total) % ref
    b = "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9), infra.epoch(t) * 1000)
    tp = mime.text(text, "plain", "us-ascii", "7bit", csname="us-ascii", ct_style="bare")
    att = mime.attachment(pdfb, "application/pdf", "Remittance_%s.pdf" % ref, style="plain")
    root = kit.mixed(b, [tp, att])
    frm = mime.addr("Harlow & Finch Accounts Payable", "ap-noreply@harlowfinch.co.uk", quote_always=True)
    ten = TEN["harlow"]
    mid = "<%d.%d.JavaMail.sapadm@hfsapprd01>" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9))
    ch = [hdr("Date", rfcdate(t, "UTC", "plain")), hdr("From", frm), hdr("To", dh[1]), hdr("Message-ID", mid),
          hdr("Subject", "Remittance Advice %s - Example Foods UK Ltd" % ref), hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    sap = senders._sent("hfsapprd01", "hfsapprd01", "10.30.1.15", t, "ap-noreply@harlowfinch.co.uk")
    sap.headers = ch
    # SAP hands the mail to Exchange Online (connector), then Mimecast
    msgid = mid
    s365 = infra.Sent()
    nn = r.randint(40, 99)
    fr, rf_, oct3 = ten.front
    s365.helo = "%s-%s-obe.outbound.protection.outlook.com" % (rf_, fr)
    s365.rdns = "mail-%s%son2%03d.outbound.protection.outlook.com" % (fr.lower(), rf_.lower(), nn)
    s365.ip = "40.107.%s.%d" % (oct3, nn)
    s365.t_out = plus(t, 2)
    s365.mailfrom = "ap-noreply@harlowfinch.co.uk"
    s365.headers = [infra.raw("Received", "from hfsapprd01 (194.%d.%d.%d) by %s (%s) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" %
                              (r.randint(60, 90), r.randint(0, 255), r.randint(1, 254), ten.fqdn(ten.hub), ten.ipv6b, ten.build, rfcdate(plus(t, 1), "UTC")))] + ch
    s = senders.mimecast_m365(r, t, ten, s365)
    H, _, _ = infra.deliver(r, s, dh[1], dmarc=("pass", "reject", "harlowfinch.co.uk"))
    return spec(H, root,
                "Automated BACS remittance advice from the UK customer's SAP accounts-payable system, PDF attached.",
                "Customer's AP system relayed through its Microsoft 365 and Mimecast (DKIM/DMARC pass), plain ASCII text, PDF lists our real invoice numbers and pays into our own NatWest account; nothing to log in to.",
                phones=["+44 1482 640 590"],
                pair=[("05", "Payment advice (Zahlungsavis / remittance) from a customer",
                       "Attack attaches an HTML 'payment advice' that is a fake Microsoft login; genuine attaches a PDF remittance referencing real invoices.")])


# ------------------------------------------------------------------ 14 ----
@msg("business", "14", "en", "trade-newsletter-mailchimp")
def b14(c):
    r = c.rng
    t = T(2026, 11, 19, 6, 0, 14, "UK")
    st = P("sandra.tebbe")
    dom = "meattradeweekly.com"
    u = infra.rhex(r, 25)
    lid = infra.rhex(r, 10)
    cid = infra.rhex(r, 10)
    e = infra.rhex(r, 10)

    def trk():
        return "https://meattradeweekly.us21.list-manage.com/track/click?u=%s&id=%s&e=%s" % (u, infra.rhex(r, 10), e)
    links = [trk() for _ in range(5)]
    unsub = "https://meattradeweekly.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s" % (u, lid, e, cid)
    prefs = "https://meattradeweekly.us21.list-manage.com/profile?u=%s&id=%s&e=%s&c=%s" % (u, lid, e, cid)
    view = "https://mailchi.mp/meattradeweekly/emtw-47-2026?e=%s" % e
    items = [
        ("EU pig prices: reference price slips 4 cents as Christmas demand peaks early",
         "German VEZG price unchanged at EUR 1.85/kg for the third week; Spanish Mercolleida down 0.025. Belly and loin trimmings firm, shoulder under pressure."),
        ("ASF: Lower Saxony restricted zone III lifted around Emsland outbreak",
         "The Commission implementing regulation published on 16 November removes the zone III listing; zone II remains for two municipalities until January."),
        ("UK: BTOM identity checks on EU pork - what changes on 31 January 2027",
         "Defra confirms the reduced inspection rate for 'medium risk' chilled pork from approved establishments; EHC 8400 requirements unchanged."),
        ("Italy: curers of non-PDO prosciutto report record demand for heavy fresh legs",
         "Legs above 13 kg remain short; curers outside the PDO schemes increasingly source from Germany, Denmark and the Netherlands."),
        ("Greece and Cyprus: souvlaki season over, gyros producers build frozen stocks",
         "Importers report steady neck and shoulder demand at slightly higher prices."),
    ]
    text = "European Meat Trade Weekly | Issue 47/2026 | 19 November 2026\nView in browser: %s\n\n" % view
    for (h, p), l in zip(items, links):
        text += "%s\n%s\nRead more: %s\n\n" % (h, p, l)
    text += ("You are receiving this newsletter because you subscribed at meattradeweekly.com.\n"
             "European Meat Trade Weekly, 71-75 Shelton Street, London WC2H 9JQ, United Kingdom\n\n"
             "Update your preferences: %s\nUnsubscribe: %s\n") % (prefs, unsub)
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><title>EMTW 47/2026</title></head>'
            '<body style="height:100%%;margin:0;padding:0;width:100%%;background-color:#f2f2f2"><center><table align="center" border="0" cellpadding="0" cellspacing="0" width="100%%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">'
            '<table border="0" cellpadding="0" cellspacing="0" width="600" style="background:#ffffff;font-family:Georgia,serif;color:#222">'
            '<tr><td style="padding:9px 18px;font-size:11px;color:#666;font-family:Arial"><a href="%s" style="color:#666">View this email in your browser</a></td></tr>'
            '<tr><td style="background:#7a1e1e;color:#fff;padding:20px 18px;font-size:26px">European Meat Trade Weekly<br><span style="font-size:13px;font-family:Arial">Issue 47/2026 · 19 November 2026</span></td></tr>' % Eq(view))
    for (h, p), l in zip(items, links):
        html += '<tr><td style="padding:16px 18px;border-bottom:1px solid #eee"><a href="%s" style="color:#7a1e1e;font-size:18px;text-decoration:none;font-weight:bold">%s</a><p style="font-size:14px;line-height:21px">%s</p></td></tr>' % (Eq(l), E(h), E(p))
    html += ('<tr><td style="padding:18px;font-size:11px;color:#777;font-family:Arial;text-align:center"><em>Copyright © 2026 European Meat Trade Weekly, All rights reserved.</em><br>You are receiving this newsletter because you subscribed at meattradeweekly.com.<br><br>'
             '<strong>Our mailing address is:</strong><br>European Meat Trade Weekly, 71-75 Shelton Street, London WC2H 9JQ, United Kingdom<br><br>'
             '<a href="%s" style="color:#777">update your preferences</a> or <a href="%s" style="color:#777">unsubscribe from this list</a></td></tr></table>'
             '<img src="https://meattradeweekly.us21.list-manage.com/track/open.php?u=%s&id=%s&e=%s" height="1" width="1" alt=""></td></tr></table></center></body></html>') % (Eq(prefs), Eq(unsub), u, cid, e)
    b = "_----------=_MCPart_%d" % r.randint(10 ** 9, 10 ** 10 - 1)
    root = kit.alt(b, text, html, "utf-8", "quoted-printable", ct_style="quoted")
    frm = mime.addr("European Meat Trade Weekly", "newsletter@" + dom)
    s = senders.mailchimp(r, t, [], frm, dom)
    mc = s.mc
    ch = [hdr("Subject", "EMTW 47/2026: pig prices slip, ASF zone III lifted in Lower Saxony, BTOM changes"),
          hdr("From", frm), hdr("Reply-To", mime.addr("European Meat Trade Weekly", "editor@" + dom)),
          hdr("To", "<%s>" % st[1]), hdr("Date", rfcdate(t, "UTC", "plain")),
          hdr("Message-ID", "<%s.%s@%s>" % (infra.rhex(r, 24), infra.rhex(r, 8), mc["host"])),
          hdr("List-ID", "%smc list <%s.%s.x.list-id.mcsv.net>" % (u, u, lid)),
          hdr("List-Unsubscribe", "<https://meattradeweekly.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (u, lid, e, cid, u, cid, e)),
          hdr("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          hdr("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (cid, e)), hdr("X-Campaign", "mailchimp%s.%s" % (u, cid)),
          hdr("X-campaignid", "mailchimp%s.%s" % (u, cid)), hdr("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, cid, e)),
          hdr("X-MC-User", u), hdr("Feedback-ID", "%d:%d.%d:us21:mc" % (r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7))),
          hdr("X-Accounttype", "pd"), ("__CONTENT__", None), hdr("MIME-Version", "1.0")]
    s.headers = [h for h in s.headers] + ch
    senders.fix_rcpt(s, st[1])
    H, _, _ = infra.deliver(r, s, st[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "Weekly trade newsletter (pig prices, ASF zoning, UK import checks, Italian demand for fresh legs) sent via Mailchimp.",
                "Subscribed trade publication, Mailchimp infrastructure with the publisher's DKIM plus mcsv.net, List-Unsubscribe one-click, all tracked links on list-manage.com, no attachment, no request.",
                urls=[view, unsub])


# ------------------------------------------------------------------ 15 ----
@msg("business", "15", "en", "it-notice-vpn-client-update-internal")
def b15(c):
    r = c.rng
    t = T(2026, 11, 20, 16, 5, 0, "CET")
    tm = P("thorsten.meyer")
    text = """Dear colleagues,

On Saturday, 28 November, between 08:00 and 12:00 CET, we will update the FortiClient VPN client on all company laptops to version 7.4.3. The update is distributed automatically through Microsoft Intune / Company Portal; you do not need to do anything. Your laptop only needs to be switched on and connected (office network or home Wi-Fi) at some point over the weekend.

During the maintenance window the VPN gateways in Vechta and Poznan will be restarted once. Shift planning and SAP are not affected.

Please remember:
- IT will never send you an installer by e-mail or ask you to download software from a link.
- IT will never ask you for your password, an MFA code or a "device code", and we do not use remote-access tools such as AnyDesk or Quick Assist without a ticket you opened yourself.
- If you receive such a request - even if it seems to come from us - forward it as an attachment to security@example.com and delete it.

If your VPN does not connect on Monday, please open a ticket in the IT portal or call the service desk on +49 4441 9270-444.

Kind regards,
Thorsten Meyer
Head of IT
Example Group
"""
    html = outlook_html(text, "en-GB")
    msgid, local = infra.exch_msgid(r, "EXCH01")
    root = kit.outlook(local, "EXCH01corpexamplecom", text, html, "us-ascii", cte_text="7bit", cte_html="quoted-printable")
    s = infra.internal_send(r, t, mime.addr("Meyer, Thorsten", tm[1], quote_always=True), ["All Staff Example Group <allstaff@example.com>"],
                            "IT notice: FortiClient VPN update on Saturday 28 November - no action needed", msgid,
                            lang="en-GB", accept="de-DE, en-US", mailbox_server="EXCH01", hub="EXCH02")
    H, _, _ = infra.deliver(r, s, "allstaff@example.com", ar=False)
    return spec(H, root,
                "Head of IT informs all staff about an automatic VPN client update and reminds them of security rules.",
                "Internal Exchange message via mail-int01 to the all-staff list, no link or attachment, update comes via Intune, explicitly tells users IT never sends installers, codes or remote-access requests.",
                phones=["+49 4441 9270-444"],
                pair=[("26", "VPN client update / IT help-desk",
                       "Attack (look-alike IT domain) asks to download a 'FortiClient update' from a link and start remote support; genuine internal notice says the update is automatic and IT never asks for downloads or remote sessions."),
                      ("10", "Sign-in codes", "Genuine IT notice states that IT never asks users to enter device codes; the attack asks exactly that.")])


# ------------------------------------------------------------------ 16 ----
@msg("business", "16", "en", "uk-christmas-vouchers-internal")
def b16(c):
    r = c.rng
    t = T(2026, 12, 14, 11, 38, 2, "UK")
    rw = P("rachel.whitfield")
    dh = P("daniel.hughes")
    text = """Hi Daniel,

As agreed with Klaus and Annette in the budget call last week, this year's Christmas thank-you for the Hull team will be Love2shop vouchers, GBP 50 per person (14 people incl. the two temps from Staffline, see attached list in the PO).

I've raised purchase order UK-PO-2026-0418 in Coupa for GBP 700 (supplier Love2shop Business, delivery to the office, invoice to us as usual, so no personal card payment and no codes by e-mail). Could you approve it today so the vouchers arrive before the party on Friday? HR has confirmed the taxable-benefit treatment (trivial benefits, under GBP 50).

Thanks!
Rachel

Rachel Whitfield
Office Manager | Example Foods UK Ltd
Unit 7, Sutton Fields Industrial Estate, Hull HU7 0YT
T +44 1482 389 201
"""
    html = outlook_html(text, "en-GB")
    msgid, local = infra.exch_msgid(r, "EXCH02")
    root = kit.outlook(local, "EXCH02corpexamplecom", text, html, "iso-8859-1")
    s = infra.internal_send(r, t, mime.addr("Rachel Whitfield", rw[1]), [mime.addr("Daniel Hughes", dh[1])],
                            "Christmas vouchers Hull team - PO UK-PO-2026-0418 for approval", msgid, lang="en-GB", accept="en-GB, en-US",
                            client_ip="10.20.%d.%d" % (r.randint(70, 79), r.randint(10, 200)))
    H, _, _ = infra.deliver(r, s, dh[1], ar=False)
    return spec(H, root,
                "UK office manager asks the UK accountant to approve a purchase order for staff Christmas vouchers.",
                "Internal Exchange mail, decision documented (budget call), purchase order in the procurement system, supplier invoice to the company, explicitly no personal card and no codes by e-mail.",
                phones=["+44 1482 389 201"],
                pair=[("16", "Christmas gift cards for staff",
                       "Attack: 'CEO' from outlook.com wants codes photographed and e-mailed, secrecy; genuine: internal PO in Coupa, approval by the accountant, delivery and invoice to the office.")])
