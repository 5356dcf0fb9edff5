"""Business messages 09-16 (English)."""
from common import *
from people import *
from a_en import HARB_M365

F = "business"
MPS_M365 = dict(srv="LO4P123MB6120", region="GBRP123", srv2="LO0P123MB7743",
                eop=("GBR01-CWX-obe.outbound.protection.outlook.com",
                     "mail-cwxgbr01on2093.outbound.protection.outlook.com", "40.107.121.93"),
                lang="en-GB", accept="en-GB, en-US")


def build(ref):
    rachel = C["harb"]["people"][0]
    # ------------------------------------------------------------ 09 customer RFQ with SharePoint link
    sp = "https://harbourside.sharepoint.com/:f:/s/Facilities/EkT4m9QeR2lBv7cXw3N1pYUBq0sT8fJ6hK2dLrZ5aW9cNg?e=Xb4LqP"
    text = dedent("""
        Hi James,

        Thanks for coming over for the site walk on Thursday. As discussed, we'd like a quotation for
        cleaning and security services at Brindley House from 1 January 2027.

        Floor plans, the current specification and the TUPE information are in our Facilities
        SharePoint (you should already have guest access from the last tender):
        %s

        Key points:
        - 6 floors, approx. 4,200 m2 NIA plus basement car park
        - Manned reception Mon-Fri 07:00-19:00
        - Night mobile patrol incl. weekends, alarm response
        - Daily office cleaning, washrooms twice daily, quarterly external windows

        We need your quote by Tuesday 10 November. Give me a call on 0121 496 0871 if anything is
        unclear.

        Best wishes,
        Rachel

        Rachel Morgan
        Facilities Manager | Harbourside Properties Ltd
        Brindley House, 12 Canal Walk, Birmingham B1 2JR
    """) % sp
    html = linkify(html_outlook(text, lang="EN-GB"), sp)
    ref["B09"] = mail(F, 9, "en", "customer-rfq-sharepoint",
                      via=V(sd.m365, **HARB_M365), frm=rachel, to=[OFFUK.a],
                      subject="Brindley House - cleaning & security services from January 2027",
                      t=L(11, 3, 14, 5, "UK"), body=alt(text, html, "utf-8", "quoted-printable"),
                      what="Customer Harbourside Properties asks for a quotation and shares tender documents via its SharePoint.",
                      why="Genuine customer tenant, link to the customer's own harbourside.sharepoint.com site, consistent with the site walk and a phone number to call; no sign-in trickery. A09 later hijacks this thread.",
                      pair="A09")
    ref["B09_text"] = dedent("""
        From: Rachel Morgan <rachel.morgan@harbourside-properties.co.uk>
        Sent: 03 November 2026 14:05
        To: James Whitfield <james.whitfield@example.com>
        Subject: Brindley House - cleaning & security services from January 2027

    """) + text

    # ------------------------------------------------------------ 10 GitHub password reset
    tok = "7f2b0c9e4d1a8b3c6e5f0a9d2c7b4e1f8a3d6c0b"
    text = dedent("""
        We heard that you lost your GitHub password. Sorry about that!

        But don't worry! You can use the following button to reset your password:

        https://github.com/password_reset/%s

        If you don't use this link within 3 hours, it will expire. To get a new password reset link,
        visit: https://github.com/password_reset

        Thanks,
        The GitHub Team
    """) % tok
    paras = ["Hi @avogel-eg,", "We heard that you lost your GitHub password. Sorry about that!",
             "But don't worry! You can use the following button to reset your password:"]
    html = brand_html("Reset your GitHub password", "#24292f", paras, "Reset your password",
                      "https://github.com/password_reset/" + tok, lang="en", logo_text="GitHub",
                      footer="If you don't use this link within 3 hours, it will expire. To get a new password "
                             "reset link, visit https://github.com/password_reset<br>GitHub, Inc. 88 Colin P Kelly "
                             "Jr Street, San Francisco, CA 94107")
    mail(F, 10, "en", "github-password-reset", via=V(sd.github),
         frm=("GitHub", "noreply@github.com"), to=[("", ITHEAD.email)],
         subject="[GitHub] Please reset your password", t=L(10, 14, 13, 37),
         body=Multi("alternative", [Text(text, "us-ascii", "7bit"), Text(html, "utf-8", "quoted-printable", "html")], None),
         what="GitHub password-reset mail requested by the head of IT.",
         why="GitHub's real outbound servers (out-NN.smtp.github.com), noreply@github.com, links only to github.com, expected after a self-service reset.")

    # ------------------------------------------------------------ 11 genuine Teams meeting invitation (iCalendar)
    karen = C["mps"]["people"][0]
    tid, oid = "c4a8e1f0-2b7d-4e93-9f15-6d2a0b8c7e34", "8e1d5b2a-7c40-4f96-a3e8-0b9f6c2d4a71"
    join = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk3NmE1YjItOGQ0Zi00YjE2LWE3NmEtMzU4ZDE0"
            "YzJmOWE4%40thread.v2/0?context=%7b%22Tid%22%3a%22" + tid + "%22%2c%22Oid%22%3a%22" + oid + "%22%7d")
    text = dedent("""
        Hi Priya, hi James,

        As agreed, let's go through the year-end payroll timetable and the P11D items for 2026/27.

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join: %s
        Meeting ID: 371 884 215 906
        Passcode: kX9bT2
        ________________________________________________________________________________

        Karen Holt
        Senior Payroll Manager | Midlands Payroll Services Ltd
    """) % join
    html = linkify(html_outlook(text, lang="EN-GB"), join, "Join the meeting now")
    ics = dedent("""
        BEGIN:VCALENDAR
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
        ORGANIZER;CN=Karen Holt:mailto:karen.holt@midlandspayroll.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Desai:mailto:priya.desai@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=James Whitfield:mailto:james.whitfield@example.com
        DESCRIPTION;LANGUAGE=en-GB:Year-end payroll timetable and P11D items 2026/27.
        UID:040000008200E00074C5B7101A82E00800000000E07C3A1B6E4EDC01000000000000000010000000A3F1C7E2B9D04A4F8E5C2B7D1F0A6E93
        SUMMARY;LANGUAGE=en-GB:Example Group UK - year-end payroll review
        DTSTART;TZID=GMT Standard Time:20261202T100000
        DTEND;TZID=GMT Standard Time:20261202T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261124T111502Z
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
        X-MICROSOFT-SKYPETEAMSMEETINGURL:%s
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:karen.holt@midlandspayroll.co.uk
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
    """) % join
    ics = ics.replace("\n", "\r\n")
    mail(F, 11, "en", "teams-meeting-invite-genuine",
         via=V(sd.m365, **MPS_M365), frm=karen, to=[ACCUK.a, OFFUK.a],
         subject="Example Group UK - year-end payroll review", t=L(11, 24, 11, 15, "UK"),
         body=Multi("alternative", [Text(text, "utf-8", "quoted-printable"),
                                    Text(html, "utf-8", "quoted-printable", "html"),
                                    Text(ics, "utf-8", "base64", "calendar", extra_params="method=REQUEST",
                                         wrap=None)], None),
         what="Teams meeting invitation (with iCalendar REQUEST) from the UK payroll bureau.",
         why="Known bureau's M365 tenant, standard teams.microsoft.com meetup-join link and calendar part, no device code or sign-in request. Hard negative of A11.",
         pair="A11")

    # ------------------------------------------------------------ 12 Google security alert
    text = dedent("""
        [image: Google]
        A new sign-in on Windows

        james.whitfield@example.com
        We noticed a new sign-in to your Google Account on a Windows device. If this was you, you
        don't need to do anything. If not, we'll help you secure your account.
        Check activity
        <https://accounts.google.com/AccountChooser?Email=james.whitfield@example.com&continue=https://myaccount.google.com/alert/nt/1796547101000?rfn%%3D31%%26rfnc%%3D1%%26eid%%3D-2841957310468257193%%26et%%3D0>
        You can also see security activity at
        https://myaccount.google.com/notifications
        You received this email to let you know about important changes to your Google Account and
        services.
        © 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
    """)
    paras = ["A new sign-in on Windows", "<b>james.whitfield@example.com</b>",
             "We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't "
             "need to do anything. If not, we'll help you secure your account."]
    html = brand_html("A new sign-in on Windows", "#1a73e8", paras, "Check activity",
                      "https://accounts.google.com/AccountChooser?Email=james.whitfield@example.com&continue="
                      "https://myaccount.google.com/alert/nt/1796547101000?rfn%3D31%26rfnc%3D1%26eid%3D-2841957310468257193%26et%3D0",
                      lang="en", logo_text="Google",
                      footer="You can also see security activity at https://myaccount.google.com/notifications<br>"
                             "© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA")
    mail(F, 12, "en", "google-security-alert-genuine", via=V(sd.google_notify),
         frm=("Google", "no-reply@accounts.google.com"), to=[OFFUK.a],
         subject="Security alert", t=L(12, 1, 8, 51, "UK"),
         body=Multi("alternative", [Text(text, "utf-8", "quoted-printable"), Text(html, "utf-8", "quoted-printable", "html")], None),
         what="Google account sign-in alert for the UK office manager (Google Business Profile account).",
         why="From Google's real sending hosts (mail-sor-fNN.google.com) and no-reply@accounts.google.com; links only to google.com; informational.")

    # ------------------------------------------------------------ 13 genuine gift vouchers (internal)
    text = dedent("""
        Dear James,

        As in previous years, every employee in the UK - including our site staff - will receive a
        £50 Love2shop gift voucher as a Christmas thank-you. The vouchers are bought centrally by HR
        in Cologne; there is nothing to buy or pay locally.

        The cards will arrive by DPD at the Birmingham office on Tuesday 8 December. Please sign for
        the parcel, keep it in the safe, and hand the vouchers out against the attached signature
        list. Priya, the vouchers are processed through payroll as a trivial benefit, no action
        needed from you.

        Many thanks and best regards,
        Thomas

        Thomas Brandt
        Head of Human Resources
        Example Group GmbH, Cologne
    """)
    lst = [("Example Group UK - Christmas vouchers 2026 - signature list", 12, "B"), "",
           "Name                      Site                        Voucher no.     Signature"] + \
          ["%-25s %-27s L2S-%06d      ______________" % (n, s, 418200 + i) for i, (n, s) in enumerate([
              ("Adebayo, Tunde", "Brindley House"), ("Barker, Michelle", "Colmore Plaza"),
              ("Cooper, Liam", "Colmore Plaza"), ("Dhillon, Harpreet", "Brindley House"),
              ("Evans, Sarah", "Office Birmingham"), ("Fraser, Callum", "Snow Hill Tower"),
              ("Green, Natalie", "Snow Hill Tower"), ("Hussain, Imran", "Night patrol"),
              ("Kowalski, Marek", "Brindley House"), ("Lewis, Jade", "Colmore Plaza")])]
    mail(F, 13, "en", "internal-christmas-vouchers",
         via=V(sd.internal, user_ip="10.20.15.44", has_attach=True, lang="en-GB"), frm=HR.a,
         to=[OFFUK.a], cc=[ACCUK.a], subject="Christmas vouchers for UK staff - delivery 8 December",
         t=L(12, 1, 9, 30),
         body=mixed(alt(text, html_outlook(text, lang="EN-GB"), "utf-8", "quoted-printable"),
                    pdf_att(lst, "UK_Christmas_Vouchers_2026_Signature_List.pdf", title="Signature list",
                            author="Thomas Brandt", created="20261201092811+01'00'")),
         what="HR announces Christmas gift vouchers for UK staff, delivered by courier to the office.",
         why="Internal relay + Exchange, from HR (not the CEO), nothing to buy, no codes to send anywhere, documented via payroll and a signature list. Hard negative of A13 (gift cards).",
         pair="A13")

    # ------------------------------------------------------------ 14 payroll bureau, encrypted ZIP
    pay = docs.pdf([("Midlands Payroll Services Ltd", 14, "B"), "Payroll summary - Example Group UK Limited",
                    "Period: Month 8 (November 2026) · Pay date 27/11/2026", "",
                    "Employees paid: 63", "Gross pay: £148,392.17", "Employee NIC: £6,932.40",
                    "Employer NIC: £18,114.26", "PAYE: £21,783.55", "Pension (employee): £5,911.09",
                    "Net pay (BACS): £113,765.13", "", "FPS submitted to HMRC on 25/11/2026, reference 2026/11/0871"],
                   title="Payroll summary", author="Midlands Payroll Services", producer="Sage Payroll",
                   created="20261125160402Z")
    slips = docs.pdf([("Example Group UK Limited - Payslips November 2026", 12, "B"),
                      "63 payslips, one per page in the full file (this extract: cover page only).",
                      "Confidential - for the payroll contact only."], title="Payslips",
                     author="Midlands Payroll Services", producer="Sage Payroll", created="20261125160411Z")
    z = docs.zip_files([("EGUK_Payroll_Summary_Nov2026.pdf", pay), ("EGUK_Payslips_Nov2026.pdf", slips)],
                       password="Mps#Nov26-EG", seed="b14", dt=(2026, 11, 25, 16, 5, 0))
    text = dedent("""
        Hi Priya,

        Please find attached the November payroll reports (summary and payslips) for Example Group UK
        Limited. The FPS has been submitted and the BACS file was released this afternoon for the pay
        date on Friday.

        As usual the file is encrypted - I'll text you the password to your mobile in a moment.

        Kind regards,
        Karen

        Karen Holt
        Senior Payroll Manager | Midlands Payroll Services Ltd
        Tel: 0121 285 4410
        VAT Reg. No. %s
    """) % MPS_VAT
    mail(F, 14, "en", "payroll-bureau-encrypted-zip",
         via=V(sd.m365, has_attach=True, **MPS_M365), frm=karen, to=[ACCUK.a],
         subject="Example Group UK - November 2026 payroll reports", t=L(11, 25, 16, 12, "UK"),
         body=mixed(alt(text, html_outlook(text, lang="EN-GB"), "utf-8", "quoted-printable"),
                    Attachment(z, "application/x-zip-compressed", "EGUK_Payroll_Nov2026.zip")),
         what="Monthly payroll reports from the UK payroll bureau in a password-protected ZIP.",
         why="Known bureau tenant and contact, expected monthly file, archive holds PDFs only and the password goes out-of-band by SMS (not in the mail). Hard negative of A14 (encrypted archive).",
         pair="A14", zip_pw="Mps#Nov26-EG")

    # ------------------------------------------------------------ 15 genuine Companies House reminder
    text = dedent("""
        Company number: 12873465
        Company name: EXAMPLE GROUP UK LIMITED

        Your confirmation statement is due

        The confirmation date for this company is 14 November 2026. You must file the confirmation
        statement within 14 days of this date.

        File a confirmation statement online:
        https://www.gov.uk/file-your-confirmation-statement-with-companies-house

        Identity verification
        If any director of this company has not yet verified their identity, they will need to
        provide their personal code when the confirmation statement is filed. Find out how to verify:
        https://www.gov.uk/guidance/verifying-your-identity-for-companies-house

        You are receiving this email because you signed up for email reminders for this company.

        Companies House
    """)
    mail(F, 15, "en", "companies-house-reminder-genuine",
         via=V(sd.ses, region="eu-west-2", java=False, client_ip="10.0.141.27",
               client_rdns="ip-10-0-141-27.eu-west-2.compute.internal"), frm=("Companies House", "noreply@companieshouse.gov.uk"),
         to=[ACCUK.a], subject="Confirmation statement due for EXAMPLE GROUP UK LIMITED (12873465)",
         t=L(10, 31, 6, 2, "UK"), body=Text(text, "utf-8", "quoted-printable"),
         what="Companies House e-reminder that the confirmation statement is due.",
         why="Statutory e-reminder the company subscribed to, links only to gov.uk guidance, no login link or penalty threat. Hard negative of A15.",
         pair="A15")

    # ------------------------------------------------------------ 16 genuine remittance advice
    harb_ap = C["harb"]["people"][1]
    sort = "40-11-62"
    pdfl = [("Harbourside Properties Ltd", 14, "B"), "Remittance advice", "",
            "Payment reference: HPL-PAY-004187      Payment date: 20/11/2026      Method: BACS",
            "Payee: Example Group UK Limited, sort code %s, account ****5518" % sort, "",
            "Invoice           Date          Description                              Amount",
            "EGUK-26-0912      30/09/2026    Cleaning & security Sep 2026 - Colmore    £9,120.00",
            "EGUK-26-1018      31/10/2026    Cleaning & security Oct 2026 - Colmore    £9,120.00", "",
            ("Total paid                                                          £18,240.00", 10, "B"), "",
            "Queries: ap@harbourside-properties.co.uk · 0121 496 0800"]
    text = dedent("""
        Dear Supplier,

        Please find attached a remittance advice for payment reference HPL-PAY-004187 (£18,240.00),
        paid by BACS on 20/11/2026.

        Kind regards,
        Accounts Payable
        Harbourside Properties Ltd
    """)
    mail(F, 16, "en", "customer-remittance-advice",
         via=V(sd.m365, has_attach=True, **HARB_M365), frm=harb_ap, to=[ACCUK.a],
         subject="Remittance Advice - HPL-PAY-004187", t=L(11, 20, 11, 2, "UK"),
         body=mixed(alt(text, html_outlook(text, lang="EN-GB"), "utf-8", "quoted-printable"),
                    pdf_att(pdfl, "Remittance_Advice_HPL-PAY-004187.pdf", title="Remittance advice",
                            author="Harbourside Properties Ltd", producer="Sage 200 Standard",
                            created="20261120105901Z")),
         what="Remittance advice from the customer's accounts-payable mailbox with a PDF.",
         why="Genuine customer tenant, PDF listing real Example Group UK invoices, no links or sign-in. Hard negative of A16 (HTML 'remittance' harvester).",
         pair="A16")
