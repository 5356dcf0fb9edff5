"""Business messages 09-16 (English)."""
from lib import base, clients, containers, docs, infra, util
from lib import company as C
from lib.base import Multipart, Part, att, bnd, finish, mk
from lib.util import local

B = C.BRIGHT


def _fold_ics(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out = []
    cur = ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def b09():
    m = mk("09-en-teams-meeting-invite-brightside", "business", "en")
    m.t = local("UK", 2026, 11, 26, 10, 15, 44)
    m.date_zone = "UK"
    m.from_ = B["grant"]
    m.to = [C.S("pm")]
    m.cc = [C.S("design")]
    m.rcpt = "florian.zimmermann@example.com"
    m.subject = "ISE 2027 - LED wall & rigging review"
    infra.m365_prepare(m, "eurprd07", server=B["server"])
    mid = "%d%d" % (m.r.randint(300, 399), m.r.randint(10 ** 9, 10 ** 10 - 1))
    mid_fmt = "%s %s %s %s %s" % (mid[:3], mid[3:6], mid[6:9], mid[9:12], mid[12:])
    pc = util.rand_alnum(m.r, 8, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
    join = "https://teams.microsoft.com/meet/%s?p=%s" % (mid, pc)
    tid = B["tenant_id"]
    oid = util.uuid4(m.r)
    sysref = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s"
              "%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (util.rand_alnum(m.r, 48), tid, oid))
    paras = ["Hi Florian, hi Lena,",
             "as discussed, let's go through the final LED wall spec (P2.6, 7 x 3 m curved) and the hanging points "
             "for the Halcyon stand together before we release the truck. I'll share the drawings in the meeting and "
             "send the PDFs by mail straight after.",
             "Best,\nOliver",
             "________________________________________________________________________________",
             "**Microsoft Teams meeting**\nJoin: [%s](%s)\nMeeting ID: %s\nPasscode: %s" % (join, join, mid_fmt, pc),
             "________________________________\n[Need help?](https://aka.ms/JoinTeamsMeeting?omkt=en-GB) | "
             "[System reference](%s)" % sysref,
             "________________________________________________________________________________"]
    text = clients.plain_text(paras, None, None, "outlook", "en")
    html = clients.outlook_html(paras, None, None, "en", "utf-8")
    start = local("UK", 2026, 12, 1, 14, 0)
    end = local("UK", 2026, 12, 1, 15, 0)
    uid = "040000008200E00074C5B7101A82E0080000000%s" % util.rand_hex(m.r, 80, upper=True)
    desc = clients.plain_of("\n".join(paras), "outlook").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    ics_lines = [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        "ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@brightside-av.co.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florian Zimmermann:mailto:florian.zimmermann@example.com",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Fischer:mailto:lena.fischer@examplegroup.eu",
        "DESCRIPTION;LANGUAGE=en-GB:" + desc,
        "UID:" + uid, "SUMMARY;LANGUAGE=en-GB:ISE 2027 - LED wall & rigging review",
        "DTSTART;TZID=GMT Standard Time:20261201T140000", "DTEND;TZID=GMT Standard Time:20261201T150000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % util.in_zone(m.t, "UTC")[0].strftime("%Y%m%dT%H%M%SZ"),
        "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-%d" % m.r.randint(10 ** 8, 10 ** 9),
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + sysref,
        "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/"
        "%s/%s/19_meeting_%s@thread.v2/0" % (tid, oid, util.rand_alnum(m.r, 30)),
        "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_%s@thread.v2\"\\,\"rid\":0\\,\"mid\":0\\,\"uid\":null\\,"
        "\"private\":true\\,\"type\":0}" % util.rand_alnum(m.r, 30),
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    ics = "\r\n".join(_fold_ics(l) for l in ics_lines) + "\r\n"
    tp = clients.text_part(text, "utf-8", "quoted-printable")
    hp = clients.html_part(html, "utf-8", "quoted-printable")
    cp = Part("text/calendar", ics.encode("utf-8"), charset="utf-8", cte="base64", params=["method=REQUEST"])
    m.root = Multipart("alternative", [tp, hp, cp], infra.ms_boundary(m, "000"))
    m.system = (infra.m365, dict(tenant_domain="brightside-av.co.uk", region="eurprd07", lang="en-GB",
                                 selector="selector2", tenant_id=B["tenant_id"]))
    return finish(m, "Teams meeting invitation from the AV supplier's account manager (text, HTML and text/calendar "
                     "REQUEST) for an LED-wall and rigging review.",
                  "Genuine Microsoft 365 meeting invite: organiser's tenant, ICS with matching UID/organizer, normal "
                  "Teams join link, no codes to enter anywhere.",
                  hard_neg=(["09-en-device-code-phish-compromised-supplier"], "Supplier invites to a Teams/Microsoft "
                            "workspace", "Standard Teams invite (ICS) - no device code, no sign-in instructions"),
                  other=["Teams meeting ID %s, passcode %s" % (mid_fmt, pc)])


def b10():
    m = mk("10-en-docusign-framework-hire-agreement", "business", "en")
    m.t = local("UK", 2026, 12, 4, 15, 31, 20)
    m.date_zone = "UK"
    m.from_ = ("Oliver Grant via Docusign", "dse@eumail.docusign.net")
    m.reply_to = B["grant"]
    m.to = [C.S("sales")]
    m.rcpt = "katrin.vogel@example.com"
    m.subject = "Please DocuSign: Brightside AV - Framework Hire Agreement 2027 - Example Group.pdf"
    acct = util.uuid4(m.r)
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (util.uuid4(m.r), acct, util.uuid4(m.r))
    code = util.rand_hex(m.r, 32, upper=True)
    title = "Oliver Grant sent you a document to review and sign."
    paras = ["**Oliver Grant**\noliver.grant@brightside-av.co.uk",
             "Hi Katrin,\nas agreed on our call, here is the framework hire agreement for 2027 with the revised LED and "
             "rigging rates (schedule 2). Our MD has already signed. Any questions, just give me a ring.\nOliver"]
    after = ["**Do Not Share This Email**\nThis email contains a secure link to Docusign. Please do not share this "
             "email, link, or access code with others.",
             "**Alternate Signing Method**\nVisit Docusign.com, click 'Access Documents', and enter the security code: %s"
             % code,
             "**About Docusign**\nSign documents electronically in just minutes. It's safe, secure, and legally binding. "
             "Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a "
             "professional trusted solution for Digital Transaction Management.",
             "**Questions about the Document?**\nIf you need to modify the document or have questions about the details "
             "in the document, please reach out to the sender by emailing them directly."]
    footer = ["This message was sent to you by Oliver Grant who is using the Docusign Electronic Signature Service.",
              "[Download the Docusign App](https://www.docusign.com/features-and-benefits/mobile)"]
    html = clients.notif_html("Docusign", "#1e1e1e", title, paras, ("REVIEW DOCUMENT", link), footer, "en",
                              logo_text="docusign", after_button=after, button_color="#ffc820")
    text = clients.notif_text(title, paras, ("REVIEW DOCUMENT", link), footer, after_button=after)
    m.msgid = "%s@docusign.net" % util.rand_hex(m.r, 32)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="dotnet")
    m.system = (infra.platform, dict(host="mailfra.eu.docusign.net", ip="185.81.100.41",
                                     dkim_list=[("eumail.docusign.net", "s1", "From:To:Subject:Date:Message-ID:Reply-To"),
                                                ("docusign.net", "s2", "From:To:Subject:Date:Message-ID:Reply-To")],
                                     order=("Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version",
                                            "__MIME__"), envfrom="bounces+%s@eumail.docusign.net" % util.rand_hex(m.r, 16),
                                     dmarc="pass"))
    return finish(m, "DocuSign envelope from the AV supplier's account manager (his corporate address as sender and "
                     "Reply-To): framework hire agreement 2027.",
                  "Genuine DocuSign: real DocuSign EU infrastructure, sender identity is the known supplier's "
                  "corporate address, expected document after a call.",
                  hard_neg=(["21-it-docusign-abuso-contratto-quadro", "10-en-oauth-consent-adobe-share"],
                            "E-signature / document-share notice",
                            "Known counterpart's corporate address as DocuSign sender, expected contract, no "
                            "free-mail Reply-To"),
                  other=["DocuSign access code: `%s`" % code])


def b11():
    m = mk("11-en-ise-contractor-notice-scam-warning", "business", "en")
    m.t = local("ES", 2026, 11, 3, 11, 0, 5)
    m.date_zone = "UTC"
    m.from_ = ("ISE Exhibitor Services", "exhibitorservices@iseurope.org")
    m.to = [C.S("sales")]
    m.rcpt = "katrin.vogel@example.com"
    m.subject = "ISE 2027 | Stand contractor registration now open - and a warning about unofficial offers"
    base_url = "https://click.e.iseurope.org/?qs=%s"
    l1 = base_url % util.rand_hex(m.r, 120)
    l2 = base_url % util.rand_hex(m.r, 120)
    l3 = base_url % util.rand_hex(m.r, 120)
    title = "Stand contractor registration for ISE 2027 is open"
    paras = ["Dear Katrin,",
             "thank you for building for exhibitors at ISE 2027, Fira de Barcelona Gran Via, 2–5 February 2027. "
             "Contractor registration, stand plan submission and build-up passes are now available in the Exhibitor "
             "Portal. Please register each stand you build by **11 December 2026**.",
             "• Build-up: 29 January – 1 February 2027\n• Breakdown: 5 February (from 18:00) – 7 February 2027\n"
             "• Rigging orders close: 8 January 2027",
             "[Log in to the Exhibitor Portal](%s) · [Contractor Manual 2027 (PDF)](%s)" % (l1, l2),
             "**Beware of unofficial offers.** ISE has no 'housing bureau' other than the official accommodation page "
             "on our website, and we do not work with directories such as 'Fair Exhibitors Index' or similar. We will "
             "never ask you to pay deposits by card via e-mail links or to sign directory update forms. If in doubt, "
             "forward the message to us."]
    footer = ["Integrated Systems Events · Integrated Systems Europe ISE 2027",
              "You are receiving this e-mail because you are registered as a stand contractor.",
              "[Manage preferences](%s) · [Unsubscribe](%s)" % (l3, base_url % util.rand_hex(m.r, 120))]
    html = clients.notif_html("ISE 2027", "#e4003a", title, paras, None, footer, "en", logo_text="ISE 2027 · Barcelona")
    text = clients.notif_text(title, paras, None, footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="java")
    job = "%d_%d" % (m.r.randint(10 ** 6, 10 ** 7), m.r.randint(10 ** 6, 10 ** 7))
    m.extra = [("x-job", job), ("X-SFMC-Stack", "50"),
               ("List-Unsubscribe", "<https://click.e.iseurope.org/u/?qs=%s>" % util.rand_hex(m.r, 60)),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    m.system = (infra.platform, dict(host="mta4.e.iseurope.org", ip="13.111.%d.%d" % (m.r.randint(1, 250), m.r.randint(1, 250)),
                                     dkim_list=[("e.iseurope.org", "200608", "From:To:Subject:Date:List-Unsubscribe:MIME-Version:Reply-To:Message-ID")],
                                     msgid="%s.%s@mta4.e.iseurope.org" % (util.rand_hex(m.r, 16), job),
                                     envfrom="bounce-%s@bounce.e.iseurope.org" % util.rand_hex(m.r, 20),
                                     order=("From", "To", "Subject", "Date", "__EXTRA__", "MIME-Version", "Reply-To",
                                            "Message-ID", "__MIME__"), dmarc="pass"))
    return finish(m, "Organiser notice to stand contractors (Salesforce Marketing Cloud): contractor registration "
                     "for ISE 2027 open, build-up dates, explicit warning against housing bureaus and directory forms.",
                  "Genuine trade-fair organiser mailing: organiser's marketing subdomain with DKIM, tracked links on "
                  "the organiser's click domain, list headers, no payment or credential request.",
                  hard_neg=(["11-en-fair-directory-entry-scam", "12-en-ise-housing-bureau-pirate"],
                            "ISE 2027 exhibitor/contractor communication",
                            "Real organiser, bulk-mail infrastructure with proper unsubscribe, warns against the very "
                            "scams in the attack set"))


def b12():
    m = mk("12-en-halcyon-rfq-arab-health-brief", "business", "en")
    m.t = local("UK", 2026, 11, 12, 11, 27, 33)
    m.date_zone = "UK"
    m.from_ = C.HALCYON["rachel"]
    m.to = [C.S("sales")]
    m.cc = [C.S("om_uk")]
    m.rcpt = "katrin.vogel@example.com"
    m.subject = "RFQ: Halcyon stand Arab Health 2027 (Dubai) - brief attached"
    infra.m365_prepare(m, "eurprd08", "CWLP")
    paras = ["Hi Katrin,",
             "following MEDICA, we would like to work with you again for Arab Health 2027 (Dubai World Trade Centre, "
             "26–29 January 2027). Please find our brief attached: 72 sqm corner stand, one meeting room, storage, a "
             "demo counter for the new infusion pump and the same look as MEDICA.",
             "Could you let me have a quotation including transport and a local build partner by 27 November? We are "
             "happy to reuse the MEDICA graphics and the light boxes if that helps.",
             "If easier, we can go through it on Teams next week – Sarah has my diary.",
             "Many thanks,"]
    sig = ["Rachel Okafor", "Head of Events & Trade Shows", "Halcyon Medical Devices Ltd",
           "3 Aston Cross Business Park, Birmingham B6 5RQ", "T: +44 121 496 0882"]
    pdfb = docs.letter_pdf(
        m, "Halcyon Medical Devices", ["Events & Trade Shows · 3 Aston Cross Business Park · Birmingham B6 5RQ"],
        ["Example Group UK Ltd", "Katrin Vogel / Sarah Thompson"], "Birmingham, 12 November 2026",
        "Stand brief – Arab Health 2027, Dubai (v2)",
        ["Show: Arab Health 2027, Dubai World Trade Centre, 26–29 January 2027; build-up 22–25 January.",
         "Space: Za'abeel Hall 3, stand Z3.F41, 72 sqm (12 x 6 m), corner, two open sides.",
         "Requirements: meeting room for 6 with lockable door; storage 6 sqm; demo counter with 2 x 55\" screens; "
         "lightboxes reused from MEDICA 2026 (4 x 2.0 x 2.5 m); flooring raised 40 mm with ramp; Wi-Fi via organiser.",
         "Budget guide: GBP 85–95k including design, build, transport and local labour.",
         "Please quote by 27 November 2026; decision by 4 December 2026. Payment terms as per our master agreement."],
        closing=["Rachel Okafor", "Head of Events & Trade Shows"], color=(0.0, 0.42, 0.45),
        creator="Microsoft® PowerPoint® for Microsoft 365", producer="Microsoft® PowerPoint® for Microsoft 365",
        zone="UK", t=local("UK", 2026, 11, 12, 11, 10))
    pdfp = att(m, pdfb, "application/pdf", "Halcyon_AH2027_Stand_Brief_v2.pdf", "outlook")
    m.root = base.outlook_body(m, paras, sig, lang="en", cs="utf-8", atts=[pdfp])
    m.system = (infra.m365, dict(tenant_domain="halcyon-medical.co.uk", region="eurprd08", lang="en-GB"))
    return finish(m, "Existing customer asks for a quotation for a 72 m² stand at Arab Health 2027, PDF brief attached.",
                  "Genuine RFQ: known customer contact and tenant, PDF with real content (no link or form), refers to "
                  "the shared MEDICA project and colleagues.",
                  hard_neg=(["13-en-rfq-html-attachment-credential-form"], "RFQ for an Arab Health 2027 stand",
                            "Known customer, plain PDF brief, no sign-in needed to read it"),
                  phones=["+44 121 496 0882"])


def b13():
    m = mk("13-en-microsoft-invoice-available", "business", "en")
    m.t = local("DE", 2026, 12, 2, 5, 12, 40)
    m.date_zone = "UTC"
    m.from_ = ("Microsoft", "microsoft-noreply@microsoft.com")
    m.to = [(None, "thomas.becker@example.com")]
    m.rcpt = "thomas.becker@example.com"
    m.subject = "Your Microsoft invoice G086341227 is ready"
    url = "https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list"
    title = "Your invoice is ready"
    paras = ["Billing account: Example Group GmbH\nBilling profile: Example Group GmbH – EUR\nInvoice number: G086341227\n"
             "Invoice date: 01/12/2026\nAmount: €14,872.40\nPayment method: Direct debit (SEPA), no action needed",
             "You can view and download your invoice and related usage details in the Microsoft 365 admin center "
             "under Billing > Bills & payments.",
             "Don't reply to this email. This mailbox isn't monitored."]
    footer = ["[Privacy Statement](https://go.microsoft.com/fwlink/?LinkId=521839)",
              "Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, "
              "Dublin 18, D18 P521, Ireland"]
    html = clients.notif_html("Microsoft", "#0067b8", title, paras, ("View invoice", url), footer, "en",
                              logo_text="Microsoft", font="Segoe UI, SegoeUI, Helvetica Neue, Arial, sans-serif")
    text = clients.notif_text(title, paras, ("View invoice", url), footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "base64", kind="dotnet")
    m.system = (infra.platform, dict(host="CY4PR02CU008.outbound.protection.outlook.com",
                                     rdns="mail-westcentralusazon11012020.outbound.protection.outlook.com",
                                     ip="52.101.43.20",
                                     dkim_list=[("microsoft.com", "selector2", "From:Date:Subject:Message-ID:Content-Type:MIME-Version")],
                                     msgid="%s@%s.namprd02.prod.outlook.com" % (util.rand_hex(m.r, 32, upper=True),
                                                                              "SA1P223MB%04d" % m.r.randint(1000, 9999)),
                                     envfrom="maccount@microsoft.com", dmarc="pass"))
    return finish(m, "Microsoft billing notification to the head of IT: invoice for the tenant is available in the "
                     "admin centre, paid by direct debit.",
                  "Genuine vendor billing notice: microsoft.com with DKIM/DMARC pass through EOP, no phone number, "
                  "no attachment, link to the admin portal the recipient already administers.",
                  hard_neg=(["14-en-callback-fake-m365-renewal-invoice"], "Microsoft 365 renewal/invoice",
                            "microsoft.com with aligned DKIM, no call-to-phone, amount matches contract, no pressure"))


def b14():
    m = mk("14-en-3cx-voicemail-internal", "business", "en")
    m.t = local("UK", 2026, 11, 19, 10, 42, 58)
    m.date_zone = "UK"
    m.from_ = ("3CX Phone System", "pbx@example.com")
    m.to = [C.S("om_uk")]
    m.rcpt = "sarah.thompson@example.com"
    m.subject = "New Voicemail from Anthony Reece (01214960731)"
    text = ("Dear Sarah Thompson,\n\nYou have received a new voicemail message.\n\nFrom: Anthony Reece (01214960731)\n"
            "To: 4417 Sarah Thompson\nDate: 19/11/2026 10:41:37\nDuration: 00:00:32\n\nThe message is attached as a "
            "WAV file.\n\n--\n3CX Phone System - Birmingham office (pbx-uk01)\n")
    wav = containers.make_wav(2.2, m.r)
    wp = Part("audio/wav", wav, cte="base64", filename="vmail_4417_20261119_104137.wav", disposition="attachment")
    tp = clients.text_part(text, "utf-8", "quoted-printable")
    m.root = Multipart("mixed", [tp, wp], "--boundary_0_%s" % util.uuid4(m.r))
    m.system = (infra.internal_app, dict(host="pbx-uk01.corp.example.com", ip="10.20.60.5", msgid_host="pbx-uk01"))
    return finish(m, "Voicemail-to-mail from the company's own 3CX phone system (Birmingham) with the message as a "
                     "WAV attachment.",
                  "Genuine voicemail notification: internal appliance relayed through mail-int01, audio file is a "
                  "real WAV, no links.",
                  hard_neg=(["15-en-svg-voicemail-lure"], "Voicemail notification",
                            "Internal PBX, WAV audio instead of SVG/HTML, no link to 'play' online"),
                  phones=["01214960731"])


def b15():
    m = mk("15-en-newsletter-standbuild-insider", "business", "en")
    m.t = local("UK", 2026, 11, 18, 7, 0, 12)
    m.date_zone = "UTC"
    m.from_ = ("StandBuild Insider", "news@standbuild-insider.com")
    m.reply_to = ("StandBuild Insider", "editor@standbuild-insider.com")
    m.to = [(None, "katrin.vogel@example.com")]
    m.rcpt = "katrin.vogel@example.com"
    m.subject = "Week 47: EuroShop 2029 floor plan, LED wall prices, the new Messe Frankfurt rigging rules"
    m.meta["list_name"] = "StandBuild Insider"
    u = "https://standbuild-insider.us14.list-manage.com/track/click?u=%s&id=%s&e=%s"
    uid = util.rand_hex(m.r, 25)
    ee = util.rand_hex(m.r, 10)
    links = [u % (uid, util.rand_hex(m.r, 10), ee) for _ in range(6)]
    title = "StandBuild Insider – Week 47"
    paras = ["**EuroShop 2029: first floor plan released.** Messe Düsseldorf has published the preliminary hall plan; "
             "the expo & event marketing section moves to halls 3 and 4. [Read more](%s)" % links[0],
             "**LED wall prices fall again.** Our survey of 14 rental houses shows P2.6 indoor panels down 9 %% year on "
             "year; lead times for curved builds are back to 2–3 weeks. [Read more](%s)" % links[1],
             "**Messe Frankfurt updates rigging rules.** From January 2027 all hanging points must be ordered with a "
             "load plan per point; spot checks during build-up. [Read more](%s)" % links[2],
             "**Job board:** Project manager (m/f/d), Cologne · CAD designer, Munich · Site supervisor, Birmingham. "
             "[All jobs](%s)" % links[3]]
    footer = ["Copyright © 2026 StandBuild Insider, All rights reserved.",
              "You are receiving this email because you subscribed at standbuild-insider.com.",
              "[Update preferences](%s) · [Unsubscribe](%s)" % (
                  "https://standbuild-insider.us14.list-manage.com/profile?u=%s&id=%s&e=%s" % (uid, util.rand_hex(m.r, 10), ee),
                  "https://standbuild-insider.us14.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s" % (
                      uid, util.rand_hex(m.r, 10), ee, util.rand_hex(m.r, 10)))]
    html = clients.notif_html("StandBuild Insider", "#222f3e", title, paras, None, footer, "en",
                              preheader="EuroShop 2029 floor plan, LED prices, rigging rules")
    text = clients.notif_text(title, paras, None, footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="mailchimp")
    m.extra = [("List-Unsubscribe", "<https://standbuild-insider.us14.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s>, "
                                    "<mailto:unsubscribe-mc.us14_%s.%s-%s@unsubscribe.mailchimpapp.net>" % (
                                        uid, util.rand_hex(m.r, 10), ee, util.rand_hex(m.r, 10), uid, util.rand_hex(m.r, 10), ee)),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    m.system = (infra.mailchimp, dict())
    return finish(m, "Weekly trade newsletter via Mailchimp: EuroShop 2029 floor plan, LED-wall prices, rigging "
                     "rules, job board.",
                  "Genuine subscribed newsletter: Mailchimp infrastructure with both DKIM signatures, List-ID and "
                  "one-click unsubscribe, tracked links on list-manage.com, purely informational.")


def b16():
    m = mk("16-en-christmas-vouchers-uk-team", "business", "en")
    m.t = local("UK", 2026, 12, 9, 9, 31, 2)
    m.date_zone = "UK"
    m.from_ = C.S("om_uk")
    m.to = [("UK Team", "uk-team@example.com")]
    m.cc = [C.S("hr")]
    m.rcpt = "james.whitfield@example.com"
    m.subject = "Christmas party on 18 Dec + your Christmas voucher"
    m.hcs = "iso-8859-1"
    m.hmode = "Q"
    infra.exchange_prepare(m, "EXCH01")
    paras = ["Hi all,",
             "two bits of festive admin:",
             "1) **Christmas party:** Friday 18 December from 16:00 at The Canal House, Birmingham. Partners welcome – "
             "please reply to me by Friday with numbers and any dietary requirements.",
             "2) **Christmas voucher:** Markus has approved a £75 Love2shop voucher for everyone again this year. As "
             "last year it is added to your December payslip as a benefit and the card is handed out at the party (or "
             "posted to you). Nobody will ever ask you to buy gift cards or to send card codes by e-mail – if you get "
             "a message like that, even if it looks like it comes from Markus, please forward it to IT security.",
             "Thanks and see you there!\nSarah"]
    sig = ["Sarah Thompson", "Office Manager", "Example Group UK Ltd · Unit 4, Bickenhill Trading Estate · "
           "Birmingham B37 7HQ", "T +44 121 496 0417"]
    m.root = base.outlook_body(m, paras, sig, lang="en", cs="iso-8859-1", font="Calibri")
    m.system = (infra.exchange, dict(lang="en-GB", client_ip="10.20.58.21"))
    return finish(m, "Internal note from the UK office manager: Christmas party details and the £75 voucher process "
                     "(via payroll, card handed out), with a warning about gift-card requests.",
                  "Genuine gift-card topic: internal Exchange route, process via HR/payroll, nothing to buy or send.",
                  hard_neg=(["16-en-ceo-gift-card-request"], "Gift cards / vouchers in the CEO's name",
                            "Internal, voucher provided by the company via payroll, explicit warning"),
                  phones=["+44 121 496 0417"])


MESSAGES = [b09, b10, b11, b12, b13, b14, b15, b16]
