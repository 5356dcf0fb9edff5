"""business/ 09-16 (English)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2

HP_SIG = ("Eleanor Marsh\nPractice Support Manager\nHarcourt & Pryce LLP\nCastilian House, 22 Castilian Street, Northampton NN1 1JX\n"
          "DDI: 01632 960 487\n\nHarcourt & Pryce LLP is a limited liability partnership registered in England and Wales (OC412873) "
          "and is authorised and regulated by the Solicitors Regulation Authority (SRA 648213).")
HP_MIMECAST = dict(helo="eu-smtp-delivery-151.mimecast.com", ip="185.58.86.151", sel="mimecast20250316")


def hp_m365(m):
    return T.M365(m, "harcourtpryce.co.uk", "LO2P265MB5124", "CWLP265MB6433", "gbrp265",
                  ("GBR01-LO2-obe.outbound.protection.outlook.com", "mail-lo2gbr01lp2107.outbound.protection.outlook.com", "104.47.21.107"),
                  "8b2f6c1d-3e4a-4f0b-9c7d-2a5e1f6b8c90", lang="en-GB", dkim_sel="selector2", mimecast=HP_MIMECAST)


def b09():
    m = Msg("business", 9, "en", "colleague-personal-gmail-vat-workings", utc(2026, 10, 20, 9, 12, 44))
    k = T.Gmail(m, "gmail.com")
    sabine = S("sabine")
    plain = p(
        "Hi Sabine,",
        "",
        "My work laptop died this morning (IT has it, ticket INC0047755), so I'm sending the Q3 VAT reconciliation from my own Gmail so you have it before your call with the auditors at 2pm your time.",
        "",
        "Summary: output VAT £142,318.40, input VAT £61,204.77, net payable £81,113.63. The variance to the ledger (£212.50) is the credit note for Harcourt & Pryce that was posted in October; it's explained on the second tab.",
        "",
        "The same file is on the UK finance share under VAT/2026/Q3 - I'll check it from my work account tomorrow. Please don't reply to this address with anything sensitive.",
        "",
        "Thanks,",
        "James",
        "",
        "James Okafor | Accountant | Example Group UK Ltd")
    xl = att.xlsx(m, "UK_VAT_Q3-2026_reconciliation.xlsx", [
        ("Summary", [["Box", "Description", "Amount GBP"], [1, "VAT due on sales", 142318.40], [4, "VAT reclaimed on purchases", 61204.77],
                     [5, "Net VAT payable", 81113.63], [6, "Total sales ex VAT", 711592.00], [7, "Total purchases ex VAT", 306023.85]]),
        ("Variance", [["Item", "Ledger", "Return", "Difference", "Comment"],
                      ["Output VAT", 142530.90, 142318.40, 212.50, "Credit note CN-UK-0412 Harcourt & Pryce posted 05/10"]])],
        author="James Okafor", widths=[10, 34, 16, 14, 40])
    alt = gm_alt(m, plain)
    m.root = mime.multi("mixed", [alt, xl], m.bnd("mixed"))
    f = Fields(("James Okafor", "james.okafor.1987@gmail.com"), [sabine], "Q3 VAT workings - sending from my personal account")
    k.finish(f, zone="GB")
    m.info = dict(pair=("09-en-payroll-bank-change-personal-gmail.eml", "Both come from a colleague's personal Gmail; the genuine one sends work that is expected (VAT reconciliation before an audit call), explains the IT ticket, asks for nothing and points back to the official share."),
                  what="UK accountant sends the Q3 VAT reconciliation spreadsheet to the CFO from his personal Gmail because his laptop is being repaired.",
                  why="Legitimate use of private mail by a colleague: expected content, IT ticket reference, no request for payment or credentials, warns not to reply with sensitive data.")
    return m


def b10():
    m = Msg("business", 10, "en", "recordwise-annual-invoice", utc(2026, 11, 30, 8, 0, 12))
    m.sent = m.t - secs(2)
    k = P.SES(m, "eu-west-1")
    james = S("james")
    iban = "GB87LOYD30995061234578"
    portal = "https://app.recordwise.co.uk/billing/invoices/RW-INV-2026-03318"
    phone = "+44 117 496 0321"
    plain = p(
        "Hello James,",
        "",
        "Your invoice RW-INV-2026-03318 for the Recordwise Enterprise annual subscription is attached.",
        "",
        "Amount due: £17,280.00 (incl. VAT)",
        "Due date: 30 December 2026",
        "",
        "You can also view and download it in Recordwise under Settings > Billing: " + portal,
        "",
        "Payment by bank transfer to Recordwise Ltd, Lloyds Bank, sort code 30-99-50, account 61234578 (IBAN " + iban_f(iban) + ", BIC LOYDGB21F09). Please quote the invoice number.",
        "",
        "Questions about this invoice? Reply to this email or call our billing team on " + phone + " (Mon-Fri, 9am-5pm).",
        "",
        "Thank you for being a Recordwise customer.",
        "",
        "Recordwise Ltd · 2nd Floor, 71 Broad Street, Bristol BS1 2EX · Company No. 09183374 · VAT GB 930 8588 01")
    inv = docs.invoice(
        m, "RW-INV-2026-03318.pdf", seller="Recordwise Ltd", logo_color=(18, 59, 93), logo_text="RECORDWISE",
        seller_lines=["2nd Floor, 71 Broad Street", "Bristol BS1 2EX", "VAT GB 930 8588 01"],
        buyer=["Example Group UK Ltd", "Accounts Payable", "Unit 4, Tanners Drive, Blakelands", "Milton Keynes MK14 5BN"],
        title_word="Invoice", meta=[("Invoice no.", "RW-INV-2026-03318"), ("Invoice date", "30/11/2026"), ("Due date", "30/12/2026"),
                                    ("Customer", "EXG-UK-0042"), ("PO number", "PO-UK-2026-118")],
        columns=("#", "Description", "Qty", "Unit price", "Amount"),
        items=[("1", "Recordwise Enterprise subscription 01/12/2026 - 30/11/2027 (12 sites, 45 named users)", "1", "12,600.00", "12,600.00"),
               ("2", "Outlook / Microsoft Graph integration module, annual", "1", "1,800.00", "1,800.00")],
        totals=[("Subtotal", "£14,400.00", False), ("VAT 20%", "£2,880.00", False), ("Total due", "£17,280.00", True)],
        pay_lines=["Recordwise Ltd - Lloyds Bank plc", "Sort code 30-99-50 · Account 61234578", "IBAN " + iban_f(iban) + " · BIC LOYDGB21F09", "Reference: RW-INV-2026-03318"],
        footer=["Recordwise Ltd is registered in England and Wales, company no. 09183374. Registered office: 2nd Floor, 71 Broad Street, Bristol BS1 2EX.",
                "Billing enquiries: billing@recordwise.co.uk · " + phone],
        title="Invoice RW-INV-2026-03318", author="Recordwise Ltd", creator="Recordwise Billing", producer="WeasyPrint 62.3", lang="en", zone="GB")
    m.root = mime.multi("mixed", [mime.text(plain, "UTF-8", "quoted-printable"), inv], m.bnd("mixed"))
    f = Fields(("Recordwise Billing", "billing@recordwise.co.uk"), [james], "Your Recordwise invoice RW-INV-2026-03318",
               reply_to=[("Recordwise Billing", "billing@recordwise.co.uk")])
    k.finish(f, "recordwise.co.uk", "rw2024ses")
    m.fact("IBAN", iban, "vendor's account (Lloyds), also sort code/account 30-99-50 61234578")
    m.fact("URL", portal, "vendor portal billing page")
    m.fact("Phone", phone, "vendor billing team")
    m.info = dict(pair=("10-en-paypal-invoice-callback.eml", "Both are invoices with a phone number for questions; the genuine one comes from an existing vendor for a product the company uses, with PO number, and asks to call only for questions."),
                  what="Annual subscription invoice of the records-management SaaS vendor (17,280 GBP) with PDF, bank details and billing phone number.",
                  why="Known vendor and product, sent through the vendor's Amazon SES setup (DKIM recordwise.co.uk), matches the customer number and purchase order, phone number is the vendor's published billing line.")
    return m


def b11():
    m = Msg("business", 11, "en", "customer-rfp-storage-destruction", utc(2026, 11, 11, 10, 48, 31))
    k = hp_m365(m)
    nicole = S("nicole")
    plain = p(
        "Dear Nicole,",
        "",
        "As mentioned when we met at the October review, the firm is going out to tender for off-site storage and secure destruction from April 2027, when our current agreement with you ends. You are invited to respond; the request for proposal is attached.",
        "",
        "Key points:",
        "- approx. 14,800 boxes in storage today (your account HP-UK-0007), growing by c. 600 boxes a year",
        "- scheduled destruction of files past retention, with certificates per batch",
        "- consoles at our Northampton and Milton Keynes offices, fortnightly collection",
        "- data protection schedule and your ISO 27001 / EN 15713 certificates with the response",
        "",
        "Please send any clarification questions by 27 November; responses are due on 11 December 2026. Submissions by email to me are fine - no portal this time.",
        "",
        "Best wishes,",
        "",
        HP_SIG)
    d = att.docx(m, "H&P_RFP_Offsite_Storage_and_Secure_Destruction_2027.docx", [
        ("h1", "Request for Proposal: Off-site Records Storage and Secure Destruction"),
        "Harcourt & Pryce LLP – issued 11 November 2026",
        ("h2", "1. Background"),
        "Harcourt & Pryce LLP holds approximately 14,800 boxes of closed client files in off-site storage. The current agreement ends on 31 March 2027.",
        ("h2", "2. Scope"),
        ("li", "Storage of boxed files in a secure, access-controlled facility within 60 miles of Northampton."),
        ("li", "Retrieval within 24 hours (standard) and 4 hours (urgent); scan-on-demand as an option."),
        ("li", "Secure destruction of files past retention on written instruction, certificate per batch, shredding to EN 15713."),
        ("li", "Collection of confidential waste consoles at two offices, fortnightly."),
        ("h2", "3. Timetable"),
        ("table", [["Milestone", "Date"], ["Clarification questions", "27 November 2026"], ["Responses due", "11 December 2026"],
                   ["Presentations", "w/c 11 January 2027"], ["Contract start", "1 April 2027"]]),
        ("h2", "4. Pricing"),
        "Please provide prices per box per month, retrieval and re-file fees, destruction per box and per console, and any one-off transfer costs.",
        ("h2", "5. Contact"),
        "Eleanor Marsh, Practice Support Manager, e.marsh@harcourtpryce.co.uk"], title="RFP Off-site Storage 2027", author="Eleanor Marsh", lang="en-GB")
    m.root = mime.multi("mixed", [ol_alt(m, plain, cs="us-ascii", lang="EN-GB", font="Aptos"), d], m.bnd("mixed"), style="outlook")
    f = Fields(("Eleanor Marsh", "e.marsh@harcourtpryce.co.uk"), [nicole], "Invitation to tender - off-site storage and secure destruction from April 2027")
    k.finish(f, dmarc=("pass", "quarantine"))
    m.fact("Phone", "01632 960 487", "signature")
    m.info = dict(pair=("11-en-rfq-tender-pack-html-login.eml", "Both are invitations to quote for storage/shredding; the genuine one comes from an existing customer's real domain, refers to a past meeting and the account number, and attaches an ordinary Word document."),
                  what="Existing law-firm customer invites the group to tender for storage and destruction from April 2027; RFP as DOCX.",
                  why="Customer's Microsoft 365 via Mimecast with DKIM/DMARC pass, specific account details, consistent history, plain DOCX without macros or links.")
    return m


def b12():
    m = Msg("business", 12, "en", "teams-meeting-retention-review", utc(2026, 12, 1, 16, 20, 3))
    k = hp_m365(m)
    sarah = S("sarah")
    r = m.rng
    join = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTU4NDFjNWQtOGQ2Ni00YjBkLWE4NzktNzQ2ZGY1YTNjMjE0%40thread.v2/0"
            "?context=%7b%22Tid%22%3a%228b2f6c1d-3e4a-4f0b-9c7d-2a5e1f6b8c90%22%2c%22Oid%22%3a%22a4e0b7d2-61c9-4f8e-9b35-0c2d7e1f5a68%22%7d")
    help_ = "https://aka.ms/JoinTeamsMeeting?omkt=en-GB"
    opts = "https://teams.microsoft.com/meetingOptions/?organizerId=a4e0b7d2-61c9-4f8e-9b35-0c2d7e1f5a68&tenantId=8b2f6c1d-3e4a-4f0b-9c7d-2a5e1f6b8c90&threadId=19_meeting_ZTU4NDFjNWQtOGQ2Ni00YjBkLWE4NzktNzQ2ZGY1YTNjMjE0@thread.v2&messageId=0&language=en-GB"
    plain = p(
        "Hi Sarah,",
        "",
        "Putting a slot in for the 2027 retention review as discussed - we'll go through the destruction list for the 2016 files and the new retrieval SLAs. Anja is very welcome to join if she's available.",
        "",
        "Eleanor",
        "",
        "________________________________________________________________________________",
        "Microsoft Teams meeting",
        "Join on your computer, mobile app or room device",
        "Join the meeting now: " + join,
        "Meeting ID: 385 112 498 731 2",
        "Passcode: hY7bK9Qv",
        "________________________________",
        "Need help? " + help_,
        "Meeting options: " + opts,
        "________________________________________________________________________________")
    uid = "040000008200E00074C5B7101A82E00800000000" + r.hex(16, True) + "0100000000000000" + "0010000000" + r.hex(32, True)
    start, end = "20261208T100000", "20261208T110000"
    ics = office.ics_fold([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        "ORGANIZER;CN=Eleanor Marsh:mailto:e.marsh@harcourtpryce.co.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sarah Whitfield:mailto:sarah.whitfield@example.com",
        "DESCRIPTION;LANGUAGE=en-GB:" + office.ics_escape(plain),
        "UID:" + uid, "SUMMARY;LANGUAGE=en-GB:Retention review 2027 - Harcourt & Pryce / Example Group",
        "DTSTART;TZID=GMT Standard Time:" + start, "DTEND;TZID=GMT Standard Time:" + end, "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:" + util.local(m.sent, "UTC").strftime("%Y%m%dT%H%M%SZ"), "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting", "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + join, "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:e.marsh@harcourtpryce.co.uk\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZTU4NDFjNWQtOGQ2Ni00YjBkLWE4NzktNzQ2ZGY1YTNjMjE0-thread.v2!a4e0b7d261c94f8e9b350c2d7e1f5a68!8b2f6c1d3e4a4f0b9c7d2a5e1f6b8c90",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE", "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    alt = ol_alt(m, plain, cs="us-ascii", lang="EN-GB", font="Aptos")
    cal = mime.Part("text/calendar", data=ics, charset="utf-8", cte="base64", params=[("method", "REQUEST")], style="outlook")
    cal.text = None
    alt.children.append(cal)
    att._record(m, "ics", ics.decode("utf-8").replace("\r\n ", "").replace("\\n", "\n").replace("\\;", ";").replace("\\,", ","))
    m.root = alt
    f = Fields(("Eleanor Marsh", "e.marsh@harcourtpryce.co.uk"), [sarah], "Retention review 2027 - Harcourt & Pryce / Example Group")
    k.finish(f, dmarc=("pass", "quarantine"), extra=[("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + r.b64(24)[:32] + "EAAAAAAAAAAQAAAA"),
                                                    ("x-ms-traffictypediagnostic-meeting", "true")])
    m.fact("URL", join, "Teams join link (customer's tenant)")
    m.fact("URL", help_, "Microsoft help")
    m.fact("URL", opts, "Teams meeting options")
    m.info = dict(pair=("12-en-device-code-secure-document.eml", "Same sender mailbox and topic (retention schedule); the genuine message is a normal Teams invitation with a calendar object, no code to enter and no time pressure."),
                  what="Customer's practice-support manager sends a Teams meeting invitation (text/calendar METHOD:REQUEST) for the 2027 retention review.",
                  why="Outlook/Exchange Online invitation through Mimecast with DKIM/DMARC pass; join link is a normal teams.microsoft.com meeting in the customer's tenant; matches the ongoing relationship.")
    return m


def b13():
    m = Msg("business", 13, "en", "vendor-admin-consent-request", utc(2026, 11, 4, 11, 12, 50))
    k = T.Gmail(m, "recordwise.co.uk", workspace=True)
    markus = S("markus")
    consent = ("https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=d41c8e2a-7b3f-4c61-9e05-2f8a6b1c7d94"
               "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fapp.recordwise.co.uk%2Fintegrations%2Fm365%2Fconsent-complete&state=RW-31877")
    notes = "https://support.recordwise.co.uk/hc/en-gb/articles/9182734-Graph-connector-permissions-2026"
    plain = p(
        "Hi Markus,",
        "",
        "Following up on your ticket RW-31877 and our call on Monday: the new Graph-based Outlook connector is enabled for your tenant from today. As discussed, it needs a one-off admin consent before we switch off the EWS connector on 1 December.",
        "",
        "The app is \"Recordwise for Microsoft 365\" (application ID d41c8e2a-7b3f-4c61-9e05-2f8a6b1c7d94, publisher verified: Recordwise Ltd). It requests Mail.Send and Mail.ReadBasic for the shared mailboxes you scope with an application access policy - no Files or Contacts permissions. Full list and the access policy PowerShell snippet are in the release note:",
        notes,
        "",
        "When you're ready, a Global or Cloud Application Administrator can grant consent here (you can also do it from the Entra admin centre under Enterprise applications):",
        consent,
        "",
        "No rush before the 1 December switch. If you'd rather go through it together, I'm free Thursday or Friday afternoon.",
        "",
        "Best,",
        "Tom",
        "",
        "Tom Hadley",
        "Customer Success Manager | Recordwise",
        "+44 117 496 0188")
    m.root = gm_alt(m, plain)
    f = Fields(("Tom Hadley", "tom.hadley@recordwise.co.uk"), [markus], "RW-31877: admin consent for the new Graph connector")
    k.finish(f, zone="GB")
    m.fact("URL", consent, "Microsoft admin-consent URL for the vendor's verified app, redirect to app.recordwise.co.uk")
    m.fact("URL", notes, "vendor release note")
    m.fact("Phone", "+44 117 496 0188", "vendor customer success")
    m.info = dict(pair=("13-en-oauth-consent-recordwise-connector.eml", "Both concern re-consenting the Recordwise Outlook connector; the genuine one is a personal follow-up to the IT head's own ticket from the vendor's Workspace domain, requests least-privilege admin consent for a publisher-verified app and explains alternatives."),
                  what="Vendor's customer-success manager follows up the Head of IT's ticket: admin consent for the vendor's new Graph connector, app ID, scopes, release note, optional call.",
                  why="Real vendor domain (Google Workspace DKIM), addressed to the administrator who opened the ticket, minimal documented scopes, redirect to the vendor's own domain, no deadline pressure on end users.")
    return m


def b14():
    m = Msg("business", 14, "en", "companies-house-confirmation-statement", utc(2026, 11, 16, 6, 31, 4))
    m.sent = m.t - secs(1)
    k = P.SES(m, "eu-west-1")
    james = S("james")
    l1 = "https://find-and-update.company-information.service.gov.uk/company/11874520"
    l2 = "https://www.gov.uk/file-your-confirmation-statement-with-companies-house"
    plain = p(
        "Company number: 11874520",
        "Company name: EXAMPLE GROUP UK LTD",
        "",
        "Your confirmation statement is due",
        "",
        "You need to file a confirmation statement for this company by 14 December 2026.",
        "",
        "A confirmation statement confirms that the information Companies House holds about the company is correct. You must file one at least once every 12 months, even if nothing has changed.",
        "",
        "You can file it online at:",
        l2,
        "",
        "You'll need the company authentication code. It's a 6-character code sent by post to the registered office address.",
        "",
        "If you do not file on time, the company and its officers may be prosecuted, and the company may be struck off the register.",
        "",
        "View the company information:",
        l1,
        "",
        "Companies House",
        "",
        "This is an automated email, please do not reply.")
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family: Helvetica, Arial, sans-serif;margin: 0;color:#0b0c0c;">'
            '<table role="presentation" width="100%" style="border-collapse: collapse;min-width: 100%;width: 100% !important;" cellpadding="0" cellspacing="0" border="0">'
            '<tr><td width="100%" height="53" bgcolor="#0b0c0c"><table role="presentation" width="100%" style="max-width: 580px;" cellpadding="0" cellspacing="0" border="0" align="center">'
            '<tr><td style="padding-left:10px;font-size: 28px; line-height: 1.315789474; font-weight: 700; color: #ffffff;">GOV.UK</td></tr></table></td></tr></table>'
            '<table role="presentation" align="center" cellpadding="0" cellspacing="0" border="0" style="max-width: 580px;width: 100% !important;"><tr><td style="font-family: Helvetica, Arial, sans-serif; font-size: 19px; line-height: 1.315789474; color: #0b0c0c;padding:20px 10px">'
            + "".join(('<p style="Margin: 0 0 20px 0;">%s</p>' % mime.linkify(l)) for l in plain.split("\n") if l)
            + '</td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "utf-8", "quoted-printable"), mime.text(html, "utf-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Companies House", "noreply@companieshouse.gov.uk"), [james], "Your confirmation statement is due")
    k.finish(f, "companieshouse.gov.uk", "notify2025", dmarc=("pass", "reject"))
    m.fact("URL", l1, "company register entry")
    m.fact("URL", l2, "GOV.UK guidance / filing service")
    m.info = dict(pair=("14-en-helpdesk-quick-assist-spam-bombing.eml", "Authority notice with a deadline and consequences but no request for credentials or calls; contrasts with pressure-based attacks."),
                  what="Companies House reminder (GOV.UK Notify) that the confirmation statement of Example Group UK Ltd is due by 14 December.",
                  why="Correct company number and deadline, links only to gov.uk services, authentication code is sent by post (never by email), DKIM/DMARC reject pass.")
    return m


def b15():
    m = Msg("business", 15, "en", "microsoft-entra-weekly-digest", utc(2026, 11, 23, 3, 14, 27))
    k = P.MsNotify(m, "service")
    tobias = S("tobias")
    l1 = "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers"
    l2 = "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskySignIns"
    l3 = "https://go.microsoft.com/fwlink/?linkid=2165219"
    priv = "https://go.microsoft.com/fwlink/?LinkId=521839"
    plain = p(
        "Microsoft Entra ID Protection",
        "Weekly digest for Example Group (example.com), 16 November 2026 - 22 November 2026",
        "",
        "New users at risk: 2",
        "New risky sign-ins: 5",
        "Users at risk remediated by users: 1",
        "",
        "Top users at risk:",
        "james.okafor@example.com - risk level Medium - detections: unfamiliar sign-in properties, anonymous IP address",
        "dennis.yilmaz@example.com - risk level Low - detection: atypical travel",
        "",
        "View users at risk: " + l1,
        "View risky sign-ins: " + l2,
        "",
        "You are receiving this email because you are a member of a directory role with access to Microsoft Entra ID Protection. To change notification settings, go to: " + l3,
        "",
        "Privacy Statement: " + priv,
        "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:\'Segoe UI\',Tahoma,sans-serif;color:#323130;background:#f3f2f1">'
            '<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:24px 32px;font-size:20px;font-weight:600">Microsoft Entra ID Protection</td></tr>'
            '<tr><td style="padding:0 32px 16px 32px;font-size:14px">Weekly digest for Example Group (example.com), 16 November 2026 &ndash; 22 November 2026</td></tr>'
            '<tr><td style="padding:0 32px"><table cellpadding="8" style="font-size:14px;border:1px solid #edebe9"><tr><td>New users at risk</td><td><b>2</b></td></tr>'
            '<tr><td>New risky sign-ins</td><td><b>5</b></td></tr><tr><td>Users at risk remediated by users</td><td><b>1</b></td></tr></table></td></tr>'
            '<tr><td style="padding:16px 32px;font-size:14px"><b>Top users at risk</b><br>james.okafor@example.com &ndash; Medium &ndash; unfamiliar sign-in properties, anonymous IP address<br>'
            'dennis.yilmaz@example.com &ndash; Low &ndash; atypical travel</td></tr>'
            '<tr><td style="padding:8px 32px 20px 32px"><a href="' + l1 + '" style="background:#0078d4;color:#fff;padding:9px 18px;text-decoration:none">View users at risk</a>&nbsp;&nbsp;'
            '<a href="' + l2 + '" style="color:#0078d4">View risky sign-ins</a></td></tr>'
            '<tr><td style="padding:16px 32px;font-size:11px;color:#605e5c;border-top:1px solid #edebe9">You are receiving this email because you are a member of a directory role with access to Microsoft Entra ID Protection. '
            '<a href="' + l3 + '">Change notification settings</a><br><a href="' + priv + '">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "utf-8", "quoted-printable"), mime.text(html, "utf-8", "quoted-printable", "html")], m.bnd("alternative"))
    f = Fields(("Microsoft Entra ID Protection", "MSSecurity-noreply@microsoft.com"), [tobias], "Microsoft Entra ID Protection Weekly Digest")
    k.finish(f, dkim_domain="microsoft.com", region="NAM", lang="en-US")
    for u, n in ((l1, "Entra admin centre"), (l2, "Entra admin centre"), (l3, "notification settings"), (priv, "privacy")):
        m.fact("URL", u, n)
    m.info = dict(pair=("14-en-helpdesk-quick-assist-spam-bombing.eml", "Security notices 'from IT/Microsoft': the genuine digest comes from microsoft.com via Exchange Online, only links to entra.microsoft.com and go.microsoft.com and asks for no action by phone."),
                  what="Microsoft Entra ID Protection weekly digest to the mail/security administrator: users at risk and risky sign-ins.",
                  why="Sent by Microsoft (DKIM microsoft.com, DMARC reject pass) to an administrator who subscribed; links only to Microsoft admin portals; content matches the tenant.")
    return m


def b16():
    m = Msg("business", 16, "en", "trade-association-newsletter", utc(2026, 11, 25, 9, 0, 41))
    m.sent = m.t - secs(30)
    k = P.Mailchimp(m)
    joerg = S("joerg")
    base = "https://esda-europe.org"
    links = [base + "/news/2026/en-15713-revision-public-enquiry",
             base + "/news/2026/lithium-batteries-in-shredding-lines",
             base + "/events/secure-destruction-forum-2027-rotterdam",
             base + "/members/benchmark-2026"]
    unsub = "https://esda-europe.us12.list-manage.com/unsubscribe?u=5c1f2e8a9b0d3c4e7f6a1b2c3&id=7d0e4a9b1c&e=4b2c9d0e1f&c=3a8f1e7d6c"
    prefs = "https://esda-europe.us12.list-manage.com/profile?u=5c1f2e8a9b0d3c4e7f6a1b2c3&id=7d0e4a9b1c&e=4b2c9d0e1f&c=3a8f1e7d6c"
    abuse = "https://mailchimp.com/contact/abuse/?u=5c1f2e8a9b0d3c4e7f6a1b2c3&id=3a8f1e7d6c&e=4b2c9d0e1f"
    plain = p(
        "ESDA Digest - November 2026",
        "European Secure Destruction Association",
        "",
        "1. EN 15713 revision: public enquiry opens",
        "CEN/TC 444 has published the draft revision of EN 15713 for public enquiry until 28 February 2027. Main changes: video monitoring of the shredding process, tighter rules for subcontracted collection and a new annex on hard drives and SSDs. Read more: " + links[0],
        "",
        "2. Lithium batteries: three plant fires this autumn",
        "Members in Belgium, Austria and Spain reported shredder fires caused by batteries hidden in consoles. Our safety working group has collected prevention measures and insurer requirements. Read more: " + links[1],
        "",
        "3. Secure Destruction Forum 2027, Rotterdam, 17-18 March",
        "Early-bird registration is open until 31 January. Read more: " + links[2],
        "",
        "4. Member benchmark 2026",
        "Thank you to the 212 members who took part. The results (prices per console, per box stored, fleet costs) are available in the member area: " + links[3],
        "",
        "You are receiving this newsletter because your company is a member of ESDA.",
        "European Secure Destruction Association (ESDA) aisbl, Avenue de Tervueren 188A, 1150 Brussels, Belgium",
        "Update your preferences: " + prefs,
        "Unsubscribe: " + unsub)
    items = "".join(
        '<tr><td style="padding:14px 28px;border-bottom:1px solid #e6e6e6"><h2 style="font-size:17px;color:#0d4f3c;margin:0 0 6px 0">%s</h2><p style="margin:0;font-size:14px;line-height:21px">%s <a href="%s" style="color:#0d7a5f">Read more</a></p></td></tr>'
        % (mime.esc(t), mime.esc(d), u) for t, d, u in (
            ("EN 15713 revision: public enquiry opens", "CEN/TC 444 has published the draft revision of EN 15713 for public enquiry until 28 February 2027. Main changes: video monitoring of the shredding process, tighter rules for subcontracted collection and a new annex on hard drives and SSDs.", links[0]),
            ("Lithium batteries: three plant fires this autumn", "Members in Belgium, Austria and Spain reported shredder fires caused by batteries hidden in consoles. Our safety working group has collected prevention measures and insurer requirements.", links[1]),
            ("Secure Destruction Forum 2027, Rotterdam, 17-18 March", "Early-bird registration is open until 31 January.", links[2]),
            ("Member benchmark 2026", "Thank you to the 212 members who took part. The results (prices per console, per box stored, fleet costs) are available in the member area.", links[3])))
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ESDA Digest - November 2026</title></head>'
            '<body style="margin:0;background:#eef2f1;font-family:Helvetica,Arial,sans-serif;color:#222"><center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="background:#0d4f3c;color:#fff;padding:22px 28px;font-size:22px;font-weight:bold">ESDA Digest <span style="font-weight:normal;font-size:15px">November 2026</span></td></tr>'
            + items +
            '<tr><td style="padding:18px 28px;font-size:11px;color:#777;line-height:16px">You are receiving this newsletter because your company is a member of ESDA.<br>'
            'European Secure Destruction Association (ESDA) aisbl, Avenue de Tervueren 188A, 1150 Brussels, Belgium<br>'
            '<a href="' + prefs + '" style="color:#777">Update your preferences</a> | <a href="' + unsub + '" style="color:#777">Unsubscribe</a></td></tr>'
            '</table></center></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "utf-8", "quoted-printable"), mime.text(html, "utf-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("ESDA", "newsletter@esda-europe.org"), [joerg], "ESDA Digest: EN 15713 revision, battery fires, Forum 2027",
               reply_to=[("ESDA Secretariat", "secretariat@esda-europe.org")])
    k.finish(f, "esda-europe.org", "<7d0e4a9b1c.esda-europe.us12.list-id.mcsv.net>", unsub, abuse)
    for u in links:
        m.fact("URL", u, "newsletter article")
    m.fact("URL", unsub, "unsubscribe (body and List-Unsubscribe)")
    m.fact("URL", prefs, "preferences")
    m.fact("URL", abuse, "X-Report-Abuse header")
    m.info = dict(what="Monthly newsletter of the (fictitious) European Secure Destruction Association sent through Mailchimp to the head of shredding operations.",
                  why="Subscribed membership newsletter, Mailchimp with the association's DKIM, List-Unsubscribe, trade-specific content, no requests.")
    return m


MESSAGES = [b09, b10, b11, b12, b13, b14, b15, b16]
