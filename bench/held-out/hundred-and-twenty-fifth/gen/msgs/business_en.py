"""Business messages 09-16 (English)."""

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt
from lib.util import CRLF, secs, rfcdate
from msgs.attack_en import docusign_mail, docusign_system

BUS = "business"
NORTH = org.NORTH


@msg(BUS, 9, "en", "docusign-northcare-supply-agreement",
     "Real DocuSign envelope from Helen Marsh (Northcare Homes) with the final medicines supply agreement 2027 for "
     "signature by the key account manager",
     "Genuine e-signature: DocuSign EU infrastructure, the envelope's sender is Helen Marsh at the customer's real "
     "domain northcarehomes.co.uk, document name and timing match the negotiation, no extra links",
     pair=[(9, "DocuSign envelope for the Northcare supply agreement", "sender account is helen.marsh@"
            "northcarehomes.co.uk, not the look-alike northcare-homes.co.uk generic procurement account")])
def b09(m):
    m.when(2026, 10, 30, 10, 18, 47)
    m.frm = ("Helen Marsh via Docusign", "dse@eumail.docusign.net")
    m.reply_to = [("Helen Marsh", "helen.marsh@northcarehomes.co.uk")]
    m.to = [org.st("tobias.lindner")]
    m.subject = "Complete with Docusign: Northcare_Example_Medicines_Supply_Agreement_2027_FINAL.pdf"
    env = m.rng.guid().upper()
    text, html, link = docusign_mail(
        m, "Helen Marsh", "helen.marsh@northcarehomes.co.uk",
        "Northcare_Example_Medicines_Supply_Agreement_2027_FINAL.pdf",
        "Hi Tobias, as agreed on Tuesday's call here is the final version with the amended Schedule 3 (delivery "
        "windows). Priya and our finance director have signed already. Thanks, Helen", env,
        m.rng.hexs(32, True) + "1")
    bd.alt(m, text, html, m.rng.hexs(32), "utf-8", "quoted-printable", quoted=True)
    docusign_system(m, env)


@msg(BUS, 10, "en", "teams-invite-northcare-quarterly-review",
     "Priya Desai (Northcare Homes) invites the UK office manager to the quarterly medicines review as a Microsoft "
     "Teams meeting (iCalendar REQUEST)",
     "Genuine meeting invitation from the customer's own Microsoft 365 tenant, standard Teams join block only, no "
     "sign-in or code instructions, matches the quarterly rhythm of the care-home contract",
     pair=[(10, "Teams meeting invitation about Northcare medication records", "genuine invite only carries the "
            "Teams join link; the attack adds 'verify your access' device-code instructions")])
def b10(m):
    m.when(2026, 11, 11, 16, 2, 33)
    p = NORTH["people"]["desai"]
    m.frm = p[:2]
    m.to = [org.st("sarah.whitfield")]
    m.cc = [NORTH["people"]["marsh"][:2]]
    m.subject = "Quarterly medicines review Q4 - Northcare / Example Pharmacy"
    m.lang = "en-GB"
    r = m.rng
    meet = "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (
        r.b64url(36), NORTH["tenant"]["tid"], r.guid())
    body = ("Hi Sarah,\n\n"
            "Sending the invite for our Q4 review. Agenda: missed-dose reports October/November, the new delivery "
            "windows for Didsbury and Sale, controlled drugs returns, and the 2027 flu vaccination plan. Helen will "
            "join for the contract items.\n\n"
            "Best wishes\nPriya\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            "[Click here to join the meeting](%s)\n"
            "Meeting ID: 385 114 926 731\nPasscode: 7hQ2vK\n"
            "[Download Teams](https://www.microsoft.com/en-gb/microsoft-teams/download-app) | "
            "[Join on the web](https://www.microsoft.com/microsoft-teams/join-a-meeting)\n"
            "[Learn More](https://aka.ms/JoinTeamsMeeting) | [Meeting options](https://teams.microsoft.com/"
            "meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-GB)\n"
            "________________________________________________________________________________\n" % (
                meet, r.guid(), NORTH["tenant"]["tid"], r.b64url(24)))
    ics = archive.ics([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        "ORGANIZER;CN=Priya Desai:mailto:priya.desai@northcarehomes.co.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sarah Whitfield:mailto:sarah.whitfield@example.com",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Helen Marsh:mailto:helen.marsh@northcarehomes.co.uk",
        "DESCRIPTION;LANGUAGE=en-GB:" + archive.ics_text(bd.plain(body)),
        "UID:040000008200E00074C5B7101A82E00800000000%s" % r.hexs(32, True),
        "SUMMARY;LANGUAGE=en-GB:Quarterly medicines review Q4 - Northcare / Example Pharmacy",
        "DTSTART;TZID=GMT Standard Time:20261203T140000", "DTEND;TZID=GMT Standard Time:20261203T150000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + util.local(m.date, "UTC")[0].strftime("%Y%m%dT%H%M%SZ"),
        "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + meet, "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    t = mime.text(bd.plain(body, "outlook"), "plain", "utf-8", "quoted-printable")
    hp = mime.text(bd.outlook_html(body, "utf-8", "EN-GB"), "html", "utf-8", "quoted-printable")
    cal = mime.Part(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST', "Content-Transfer-Encoding: base64"],
                    util.b64_body(ics).encode(), info={"kind": "text", "subtype": "calendar", "charset": "utf-8",
                                                       "cte": "base64", "text": ics.decode("utf-8")})
    m.root = mime.multipart("alternative", [t, hp, cal], "_000_x_")
    sy.m365(m, NORTH["tenant"])


@msg(BUS, 11, "en", "microsoft-entra-admin-consent-request",
     "Microsoft Entra notification to the mail/identity admin: a user requested admin consent for the app 'Zoom for "
     "Outlook'; link to the Entra admin centre's access-request blade",
     "Genuine Microsoft security notification: sent by Microsoft's own infrastructure (DKIM d=microsoft.com, DMARC "
     "pass), links only to portal.azure.com/aka.ms, informs the admin instead of asking a user to consent",
     pair=[(11, "OAuth application consent", "genuine mail asks the admin to review a request in the Entra portal; "
            "the attack pushes a user straight into a consent screen for an unknown multi-tenant app")])
def b11(m):
    m.when(2026, 12, 2, 14, 26, 11)
    m.frm = ("Microsoft Azure", "azure-noreply@microsoft.com")
    m.to = [org.st("lukas.feldmann")]
    m.subject = "Tobias Lindner is requesting access to Zoom for Outlook"
    m.lang = "en-US"
    url = "https://portal.azure.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AccessRequests/menuId~/null"
    paras = ["**Admin consent request**",
             "Tobias Lindner (tobias.lindner@examplegroup.eu) requested access to the following app in your "
             "organization, Example Group:",
             "**Zoom for Outlook**\nPublisher: Zoom Video Communications, Inc. (verified)\n"
             "Requested permissions: Read and write calendars in all mailboxes, Sign in and read user profile",
             "Justification from the requester: \"Northcare Homes sends Zoom invites; need the add-in to join from "
             "Outlook.\"",
             "You're receiving this email because you are a reviewer for admin consent requests in your organization. "
             "Review the request to approve or deny it."]
    footer = ["[Privacy Statement](https://go.microsoft.com/fwlink/?LinkId=521839)",
              "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"]
    html = bd.notice_html("Microsoft Entra", "#0078d4", "Review admin consent request", paras,
                          ("Review request", url), footer, lang="en", font="'Segoe UI',Tahoma,sans-serif")
    text = bd.notice_text("Review admin consent request", paras, ("Review request", url), footer)
    bd.alt(m, text, html, "_000_x_", "utf-8", "quoted-printable", quoted=True, one_line=False)
    t = dict(domain="microsoft.com", tid="72f988bf-86f1-41af-91ab-2d7cd011db47", pfx="BL3PR21MB", hubpfx="SA1PR21MB",
             region="namprd21", obe="NAM12-DM6-obe", obhost="mail-dm6nam12on2101", ip="40.107.243.101",
             onms="microsoft.onmicrosoft.com", accept="en-US", ipv6pfx="2603:10b6:208")
    sy.m365(m, t, app="sharepoint")
    m.mailfrom = "azure-noreply@microsoft.com"


@msg(BUS, 12, "en", "xero-invoice-brightwell-healthcare",
     "Brightwell Healthcare (UK consumables supplier) sends invoice INV-20418 through Xero with the PDF and an "
     "'online bill' link",
     "Genuine accounting-platform invoice: Xero's real sending infrastructure (post.xero.com via SES), Reply-To the "
     "supplier's known accounts address, bank details unchanged (Barclays), link to in.xero.com only",
     pair=[(12, "invoice PDF for a subscription/renewal-like purchase", "genuine invoice for goods actually ordered "
            "by the UK office, no phone-call pressure; the callback scam's only payload is a phone number"),
           (15, "UK healthcare procurement", "known supplier, existing account")])
def b12(m):
    m.when(2026, 10, 31, 9, 11, 5)
    m.frm = ("Brightwell Healthcare Ltd", "messaging-service@post.xero.com")
    m.reply_to = [("Brightwell Healthcare Ltd", "accounts@brightwell-healthcare.co.uk")]
    m.to = [org.st("james.okafor")]
    m.subject = "Invoice INV-20418 from Brightwell Healthcare Ltd for Example Pharmacy UK Ltd"
    r = m.rng
    b = org.BRIGHT["bank"]
    items = [("Nitrile examination gloves M, box of 100", 120, 4.35, 20),
             ("Hydrocolloid dressing 10x10cm, box of 10", 60, 11.80, 20),
             ("Disposable medicine cups 30ml, pack of 100", 200, 1.95, 20),
             ("Tamper-evident dispensing bags, large, pack of 250", 40, 18.40, 20)]
    pdfb, total = docs.invoice(
        "en", ["Brightwell Healthcare Ltd", "Unit 7, Trafford Park Road, Manchester M17 1HH",
               "VAT " + ident.fmt_gb_vat(org.BRIGHT["vat"])],
        ["Example Pharmacy UK Ltd", "Accounts Payable", "3 Hardman Street", "Manchester M3 3HF"],
        [("Invoice number", "INV-20418"), ("Invoice date", "30 Oct 2026"), ("Reference", "PO-UK-2026-1187"),
         ("Due date", "30 Nov 2026")],
        items, ["Barclays Bank UK PLC", "Sort code %s  Account %s" % (b["sort"], b["acct"]), "IBAN " + ident.fmt_iban(b["iban"]),
                "Please quote INV-20418"],
        dict(title="Invoice INV-20418", author="Brightwell Healthcare Ltd", creator="Xero",
             producer="Xero Limited", date="D:20261031091012Z"),
        color=(13, 110, 140), currency="GBP", footer=["Registered in England and Wales No. 09182736"])
    link = "https://in.xero.com/%s" % r.alnum(40)
    m.fact("account", "sort code %s, account %s (Barclays)" % (b["sort"], b["acct"]), "supplier's known account")
    text = ("Dear James,\n\n"
            "Here's invoice INV-20418 for GBP %s.\n\n"
            "The amount outstanding of GBP %s is due on 30 Nov 2026.\n\n"
            "View your bill online: %s\n\n"
            "From your online bill you can print a PDF, export a CSV, or create a free login and view your "
            "outstanding bills.\n\n"
            "If you have any questions, please let us know.\n\n"
            "Thanks,\nBrightwell Healthcare Ltd\n" % (docs.money(total, "en"), docs.money(total, "en"), link))
    html = bd.notice_html("Brightwell Healthcare Ltd", "#0d6e8c", "Invoice INV-20418",
                          ["Dear James,", "Here's invoice INV-20418 for **GBP %s**." % docs.money(total, "en"),
                           "The amount outstanding of GBP %s is due on 30 Nov 2026." % docs.money(total, "en"),
                           "From your online bill you can print a PDF, export a CSV, or create a free login and view "
                           "your outstanding bills.", "If you have any questions, please let us know.",
                           "Thanks,\nBrightwell Healthcare Ltd"], ("View bill", link),
                          ["Sent via [Xero](https://www.xero.com/)"], lang="en")
    a = att(m, pdfb, "application/pdf", "Invoice INV-20418.pdf", "plain")
    bd.alt(m, text, html, "----=_Part_%d_%d.%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9),
                                                     util.epoch(m.date) * 1000), "UTF-8", "quoted-printable",
           attachments=[a], mixed_boundary="----=_Part_%d_%d.%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9),
                                                                     util.epoch(m.date) * 1000), one_line=False)
    sy.ses(m, "post.xero.com", "54.240.%d.%d" % (r.choice([1, 2]), r.randint(10, 250)), region="us-west-2",
           mailfrom="bounce-%s@bounce.post.xero.com" % r.hexs(20))


@msg(BUS, 13, "en", "gphc-premises-renewal-reminder",
     "General Pharmaceutical Council reminder: the annual renewal for the Manchester pharmacy premises is due on "
     "31 January 2027; renew in myGPhC",
     "Genuine regulator notice: pharmacyregulation.org (DKIM/DMARC pass), weeks of lead time, no threat, points to "
     "the regulator's own website and login, explains the fee without asking for card details by e-mail",
     pair=[(13, "GPhC premises registration renewal", "genuine reminder two months ahead from the regulator's own "
            "domain; the attack claims a failed payment with 48-hour deadline from gphc-renewals.org.uk")])
def b13(m):
    m.when(2026, 12, 1, 9, 30, 12)
    m.frm = ("General Pharmaceutical Council", "noreply@pharmacyregulation.org")
    m.to = [org.st("sarah.whitfield")]
    m.subject = "Your pharmacy premises renewal is due by 31 January 2027"
    r = m.rng
    paras = ["Dear Superintendent Pharmacist / Registered Pharmacy Owner,",
             "The registration of the following pharmacy premises is due for renewal:",
             "Example Pharmacy UK Ltd, 3 Hardman Street, Manchester M3 3HF\nRegistration number: 9012345\n"
             "Renewal date: 31 January 2027",
             "You can renew online by logging in to your [myGPhC account](https://www.pharmacyregulation.org/"
             "mygphc). The renewal fee for 2027 is £262. You can pay by debit or credit card within myGPhC.",
             "Please make sure your renewal is submitted and paid before the renewal date. If you have already "
             "renewed, please ignore this email.",
             "More information: [Renewing a pharmacy registration](https://www.pharmacyregulation.org/registration/"
             "renewals)"]
    footer = ["General Pharmaceutical Council, One Cabot Square, London E14 4QJ",
              "Please do not reply to this email. [Contact us](https://www.pharmacyregulation.org/contact-us)"]
    html = bd.notice_html("General Pharmaceutical Council", "#5b2c6f", "Premises renewal reminder", paras, None,
                          footer, lang="en")
    text = bd.notice_text("Premises renewal reminder", paras, None, footer)
    bd.alt(m, text, html, "----=_Part_%d_%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9)), "UTF-8",
           "quoted-printable", one_line=False)
    sy.ses(m, "pharmacyregulation.org", "52.56.24.%d" % r.randint(10, 90), region="eu-west-2",
           mailfrom="bounces@mail.pharmacyregulation.org")


@msg(BUS, 14, "en", "it-remote-support-policy-uk",
     "Head of IT tells the UK staff how the Service Desk will contact them for remote support from 1 December "
     "(internal ticket first, Teams only from internal accounts, never a download link)",
     "Genuine internal IT notice through Exchange/mail-int01 (DKIM d=example.com), informative, no action except "
     "reading, gives the real internal extension",
     pair=[(14, "remote support / Quick Assist", "internal policy mail vs. an external look-alike 'service desk' "
            "asking to prepare Quick Assist and install a client"),
           (10, "Microsoft sign-in codes", "explicitly says IT never asks for sign-in or device codes")])
def b14(m):
    m.when(2026, 11, 27, 11, 15, 40)
    m.frm = ("Brückner, Thomas", "thomas.brueckner@example.com")
    m.to = [("Whitfield, Sarah", "sarah.whitfield@example.com"), ("Okafor, James", "james.okafor@example.com")]
    m.subject = "Remote support from 1 December - how the Service Desk will contact you"
    m.lang = "en-GB"
    m.rcpt = ["sarah.whitfield@example.com", "james.okafor@example.com"]
    text = ("Hello Sarah, hello James,\n\n"
            "from 1 December the Service Desk in Mannheim also covers the Manchester office for remote support. "
            "Please share this with the pharmacy teams:\n\n"
            "- Remote sessions always start from a ticket you opened (portal or ext. 333, from the UK +49 621 "
            "4390-333).\n"
            "- We connect with the managed Intune remote-help tool that is already installed. We will never send "
            "you a download link or ask you to install software from the internet.\n"
            "- We never ask for passwords, MFA codes or \"device codes\".\n"
            "- Teams calls from IT come from our internal accounts (…@example.com), never from \"External\" users.\n\n"
            "If someone calls or writes claiming to be IT and does not fit this pattern, hang up and report it to "
            "ext. 333.\n\n"
            "Thanks and best regards\nThomas\n\n"
            "Thomas Brückner\nHead of IT\nExample Group SE | Mannheim\n")
    bd.outlook(m, text, "utf-8", html_lang="EN-GB")
    m.fact("phone", "+49 621 4390-333")
    sy.internal(m, "EXCH01", "EXCH02", "10.30.1.52")


@msg(BUS, 15, "en", "northcare-invitation-to-tender-2027",
     "Northcare Homes' procurement manager sends the invitation to tender for medicines supply and pharmacy services "
     "2027–2030 with the ITT letter (PDF) and the pricing schedule (XLSX); submission through the e-tendering portal",
     "Genuine customer tender: existing customer's Microsoft 365 tenant, named procurement manager known to sales, "
     "formal timetable, submissions through a tendering portal, no credit-terms request or third-party delivery "
     "address",
     pair=[(15, "tender / request for quotation in UK healthcare", "real customer with a formal ITT and portal; the "
            "attack is a fake NHS buyer on a look-alike domain asking for credit terms and delivery to a third-party "
            "warehouse")])
def b15(m):
    m.when(2026, 10, 6, 12, 4, 18)
    p = NORTH["people"]["marsh"]
    m.frm = p[:2]
    m.to = [org.st("tobias.lindner")]
    m.cc = [org.st("julia.bauer"), org.st("sarah.whitfield")]
    m.subject = "Invitation to Tender NCH-2026-07 - Medicines supply and pharmacy services 2027-2030"
    m.lang = "en-GB"
    portal = "https://www.delta-esourcing.com/tenders/UK-UK-Manchester:-Pharmacy-services./8G3QX7UV2N"
    text = ("Dear Tobias,\n\n"
            "As mentioned at our last review, Northcare Homes is re-tendering the medicines supply and pharmacy "
            "services contract for all 38 homes from 1 April 2027. As incumbent supplier you are invited to submit a "
            "tender.\n\n"
            "Attached are the Invitation to Tender letter with the timetable and the pricing schedule. The full "
            "specification, the draft contract and the quality questionnaire are available on our e-tendering "
            "portal:\n%s\n\n"
            "Key dates:\n"
            "- Clarification questions via the portal by 30 October 2026\n"
            "- Tender submission deadline: 20 November 2026, 12:00\n"
            "- Presentations: week commencing 7 December 2026\n\n"
            "Please submit all documents through the portal only; tenders received by e-mail cannot be accepted.\n\n"
            "Kind regards\n\nHelen Marsh\nProcurement Manager\nNorthcare Homes Ltd\nParkway House, Wilmslow Road, "
            "Manchester M20 5PG\nT: 0161 496 0388\n" % portal)
    m.fact("phone", "0161 496 0388")
    itt = docs.letter(["Northcare Homes Ltd", "Procurement", "Parkway House, Wilmslow Road, Manchester M20 5PG"],
                      ["Example Pharmacy UK Ltd", "FAO Tobias Lindner", "3 Hardman Street", "Manchester M3 3HF"],
                      "6 October 2026", "Invitation to Tender NCH-2026-07",
                      ["Dear Tobias,",
                       "Northcare Homes Ltd invites tenders for the supply of medicines and associated pharmacy "
                       "services (monitored dosage systems, eMAR support, controlled drugs management, training) to "
                       "its 38 care homes for a term of three years from 1 April 2027 with an option to extend by "
                       "one year.",
                       "Evaluation: 60% quality, 40% price. The pricing schedule must be completed in the attached "
                       "format and uploaded to the e-tendering portal with the quality questionnaire.",
                       "Deadline for submissions: 20 November 2026, 12:00 noon.",
                       "Yours sincerely,"],
                      ["", "Helen Marsh", "Procurement Manager"], ["Northcare Homes Ltd · Registered in England No. 07418265"],
                      dict(title="ITT NCH-2026-07", author="Helen Marsh", creator="Microsoft Word for Microsoft 365",
                           producer="Microsoft Word for Microsoft 365", date="D:20261005161122+01'00'"),
                      color=(30, 90, 120))
    rows = [["**Lot", "**Service", "**Unit", "**Price per unit (GBP)", "**Estimated annual volume"],
            [1, "Monitored dosage system, per resident per month", "resident-month", None, 16400],
            [2, "Medicines delivery, per home per week", "home-week", None, 1976],
            [3, "Controlled drugs returns & destruction", "collection", None, 152],
            [4, "Staff medicines training, per session", "session", None, 76]]
    xl = archive.xlsx([("Pricing schedule", rows)], title="NCH-2026-07 pricing schedule", creator="Helen Marsh",
                      created="2026-10-05T15:20:00Z", dt=(2026, 10, 5, 16, 20, 0))
    a1 = att(m, itt, "application/pdf", "NCH-2026-07 Invitation to Tender.pdf", "outlook")
    a2 = att(m, xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "NCH-2026-07 Pricing Schedule.xlsx", "outlook")
    bd.outlook(m, text, "utf-8", attachments=[a1, a2], html_lang="EN-GB")
    sy.m365(m, NORTH["tenant"])


@msg(BUS, 16, "en", "newsletter-pharmaretail-europe",
     "Weekly trade newsletter 'PharmaRetail Europe' (Mailchimp) with industry news: EU pharma package, e-prescription "
     "roll-outs, wholesaler consolidation",
     "Genuine subscribed newsletter: Mailchimp infrastructure with proper List-Unsubscribe, consistent sender domain "
     "and tracking, editorial content, no request for action")
def b16(m):
    m.when(2026, 11, 19, 7, 0, 21, delay=40)
    m.frm = ("PharmaRetail Europe", "news@pharmaretail-europe.eu")
    m.reply_to = [("PharmaRetail Europe editorial", "editor@pharmaretail-europe.eu")]
    m.to = [org.st("tobias.lindner")]
    m.subject = "This week: EU pharma package in force, e-prescription in Spain, wholesaler M&A"
    r = m.rng
    uid, lid, camp = r.hexs(25), r.hexs(10), r.hexs(10)
    sub_e = r.hexs(10)

    def trk(path):
        return "https://pharmaretail-europe.us21.list-manage.com/track/click?u=%s&id=%s&e=%s" % (uid, r.hexs(10), sub_e)
    paras = ["**EU pharmaceutical package: what changes for community pharmacies**\nThe revised directive and "
             "regulation are now in force. We summarise the new rules on shortages reporting and the transition "
             "periods. [Read more](%s)" % trk("a"),
             "**Spain completes interoperable e-prescription for all regions**\nPatients can now collect prescribed "
             "medicines in any autonomous community. [Read more](%s)" % trk("b"),
             "**Wholesaler consolidation continues in Central Europe**\nTwo regional distributors in Poland and Czechia "
             "announced a merger subject to competition approval. [Read more](%s)" % trk("c"),
             "**Event: PharmaRetail Summit, Vienna, 9–10 March 2027**\nEarly-bird registration until 31 January. "
             "[Register](%s)" % trk("d")]
    footer = ["You are receiving this email because you subscribed to PharmaRetail Europe.",
              "[Unsubscribe](https://pharmaretail-europe.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s) · "
              "[Update preferences](https://pharmaretail-europe.us21.list-manage.com/profile?u=%s&id=%s&e=%s&c=%s)"
              % (uid, lid, sub_e, camp, uid, lid, sub_e, camp),
              "PharmaRetail Europe · Rue Belliard 40 · 1040 Brussels · Belgium"]
    html = bd.notice_html("PharmaRetail Europe", "#0f766e", "Weekly briefing – 19 November 2026", paras, None, footer,
                          lang="en")
    html = html.replace("</body>", '<img src="https://pharmaretail-europe.us21.list-manage.com/track/open.php?u=%s&id=%s&e=%s" '
                                   'height="1" width="1" alt="">\n</body>' % (uid, camp, sub_e))
    text = bd.notice_text("Weekly briefing – 19 November 2026", paras, None, footer)
    bd.alt(m, text, html, "_----------=_MCPart_%d" % r.randint(10**8, 10**9), "utf-8", "quoted-printable",
           one_line=True)
    sy.mailchimp(m, "pharmaretail-europe.eu", "198.2.%d.%d" % (r.randint(128, 191), r.randint(2, 250)),
                 "mail%d.suw%d.mcdlv.net" % (r.randint(100, 250), r.randint(11, 41)), uid, lid, camp)
