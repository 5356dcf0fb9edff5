"""Genuine business messages, English (09-16)."""
import docs
from company import BANK, S
from compose import att_pdf, att_zip

NORTHBRIDGE = dict(edge=6, region="gbrp265", prefix="LO4P265MB", lang="en-GB")
MS_BRAND = dict(name="Microsoft account", color="#0067b8", logo="Microsoft", font="Segoe UI,Arial,sans-serif")

_payroll_pdf = docs.make_pdf([
    "# Harbour Payroll Services Ltd - Payroll summary",
    "Client: Example Group UK Ltd   Period: November 2026 (M08)   Pay date: 27/11/2026",
    "Employees paid: 146   Gross pay: GBP 298,441.17   Employer NIC: GBP 31,904.22",
    "Net pay (BACS): GBP 231,876.40   HMRC (P32) due 22/12/2026: GBP 98,402.51",
    "Approval required by 12:00 on 24/11/2026.",
], title="Payroll summary November 2026", producer="Harbour Payroll Bureau Suite", author="Harbour Payroll Services")
_bacs_csv = (b"Sort code,Account (masked),Employees,Amount\r\n"
             b"various,****,146,231876.40\r\n"
             b"Originating account,NatWest " + BANK["uk_payroll"].replace(" ", "").encode()[:4] + b" **** ****,,\r\n")

MESSAGES = [
    dict(
        n=9, lang="en", slug="microsoft-account-unusual-signin",
        prof=("microsoft_account", {}),
        frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
        to=[S("uk_acc")],
        subject="Microsoft account unusual sign-in activity",
        when="2026-11-02 07:41:12",
        cs="utf-8", cte="quoted-printable", html="brand", brand=MS_BRAND,
        text="""# Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account sa*****@example.com.

Sign-in details
Country/region: United Kingdom
IP address: 82.132.214.77
Date: 02/11/2026 07:38 (GMT)
Platform: iOS
Browser: Safari

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

[[Review recent activity|https://account.live.com/Activity]]

To opt out or change where you receive security notifications, [[click here|https://account.live.com/SecurityNotifications/Update]].

Thanks,
The Microsoft account team
""",
        what="Genuine Microsoft account 'unusual sign-in' notification.",
        why="Sent by Microsoft's own infrastructure from accountprotection.microsoft.com; links only to account.live.com; informational, the user's own login from a UK mobile network; no credential form or QR.",
        pair=([4], "Microsoft-branded security mail; the genuine one links to account.live.com, the quishing attack hides an external URL in a QR code."),
    ),
    dict(
        n=10, lang="en", slug="docusign-northbridge-contract",
        prof=("docusign", {}),
        frm=("Rebecca Hale via Docusign", "dse@eumail.docusign.net"),
        reply_to=("Rebecca Hale", "r.hale@northbridgeacademies.org.uk"),
        to=[S("uk_mgr")],
        subject="Please DocuSign: Catering Services Agreement 2026-27 - Northbridge Academy Trust",
        when="2026-10-27 10:02:19",
        cs="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Docusign", color="#4c00ff", logo="Docusign"),
        text="""# Rebecca Hale sent you a document to review and sign.

[[REVIEW DOCUMENT|https://eu.docusign.net/Signing/EmailStart.aspx?a=3f6c2b1e-9d4a-4e7b-8c21-5a0f7d9e2b44&etti=24&acct=8b2e4f61-7c3d-4a9e-b015-2d6f8c1a9e37&er=d1a7c9e4-2b6f-4f83-9e05-7c4b1a2d8f60]]

Rebecca Hale
r.hale@northbridgeacademies.org.uk

Dear James,
please find the catering services agreement for 2026-27 as discussed at our meeting on 15 October. Clause 14 (service credits) has been updated as agreed. Please sign by 6 November.
Kind regards, Rebecca

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: 3F6C2B1E9D4A4E7B8C215A0F7D9E2B441

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

~ This message was sent to you by Rebecca Hale who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
""",
        what="Genuine DocuSign envelope from the school-trust customer for the catering contract.",
        why="Sent by DocuSign's EU mail infrastructure (dse@eumail.docusign.net) with the sender's address as Reply-To; link to eu.docusign.net only; personal note matching a real meeting; no attachment.",
        pair=([10], "Same contract and sender name as the SVG lure of the same day; genuine comes from DocuSign's servers and links to eu.docusign.net."),
    ),
    dict(
        n=11, lang="en", slug="school-complaint-allergen-incident",
        prof=("m365", NORTHBRIDGE),
        frm=("Rebecca Hale", "r.hale@northbridgeacademies.org.uk"),
        to=[S("uk_ops")], cc=[S("uk_mgr")],
        subject="Formal complaint - allergen incident at Northbridge Primary, 17 November",
        when="2026-11-19 16:40:08",
        cs="iso-8859-1", cte="quoted-printable", html=True,
        text="""Dear Emma,

I am writing to formally raise a serious concern about lunch service at Northbridge Primary on Tuesday 17 November.

A Year 3 pupil with a documented sesame allergy (on the dietary list we sent on 2 September) was served a falafel wrap with tahini dressing. The class teacher noticed before the child started eating, so thankfully there was no reaction, but this could have had very serious consequences. The parents have been informed and are understandably upset.

In addition, we have had repeated complaints since half-term about the jacket potato option running out before Key Stage 2 are served, and about portions of the hot main dish being below the size agreed in the menu specification.

Under clause 9 of our agreement I need:
- a written incident report on the allergen error within 48 hours;
- confirmation of the corrective actions (labelling, briefing of the serving staff, allergen check at the pass);
- a meeting next week with you and James to review the menu and portion control.

I have to be clear that if there is another allergen incident, the Trust will have no choice but to issue a formal performance notice under clause 14.

Kind regards,

Rebecca Hale
Business Manager
Northbridge Academy Trust
""",
        what="Customer's formal complaint about an allergen incident, with a contractual threat.",
        why="Known customer contact on the trust's own Microsoft 365 tenant (UK region); specific facts, dates and contract clauses; demands a report and meeting, no link, no attachment, no payment.",
    ),
    dict(
        n=12, lang="en", slug="christmas-vouchers-hr-process",
        prof=("internal", dict(server="EX02", ip="10.20.1.12", client_ip="10.60.2.31", lang="en-GB")),
        frm=("James Whitfield", "james.whitfield@example.com"),
        to=[S("uk_ops")], cc=[S("uk_acc")],
        subject="Christmas thank-you vouchers for site teams - how it works this year",
        when="2026-12-01 11:20:44", zone="Europe/London",
        cs="windows-1252", cte="quoted-printable", html=True,
        text="""Hi all,

As every year, we'd like to thank the site teams for their work in the run-up to Christmas. Each member of the site teams (including casual staff on the November payroll) will receive a £25 Love2shop gift card.

How it works this year:
• HR has ordered the cards centrally through our voucher provider (PO 4500019417, approved by Klaus and Sabine). Please do NOT buy gift cards yourselves or use company cards for this.
• Site managers collect the sealed envelopes from Sarah at the Manchester office from Monday 7 December and sign the distribution list.
• The cards are covered by our PAYE Settlement Agreement, so nobody needs to declare anything.

Reminder: nobody from management will ever ask you to buy gift cards or to send card numbers or codes by e-mail or text. If you get a message like that – even if it looks like it comes from me or from Klaus – please forward it to it-security@example.com and delete it.

Thanks for all your hard work this year!

James

James Whitfield
Office Manager UK | Example Group UK Ltd | Manchester
""",
        what="Internal announcement of the staff gift-card scheme via HR, with an anti-gift-card-scam reminder.",
        why="Internal Exchange origin; centrally ordered vouchers on a PO, physical handover with signature; explicitly tells staff never to buy cards or send codes on request.",
        pair=([12], "Gift cards again, but ordered centrally by HR with a PO; the attack asks an individual to buy cards and e-mail the codes."),
    ),
    dict(
        n=13, lang="en", slug="github-password-reset",
        prof=("github", {}),
        frm=("GitHub", "noreply@github.com"),
        to=[S("sec")],
        subject="[GitHub] Please reset your password",
        when="2026-10-14 14:22:05", zone="Europe/Berlin",
        cs="utf-8", cte="7bit", html="brand",
        html_cte="quoted-printable",
        brand=dict(name="GitHub", color="#24292f", logo="GitHub"),
        text="""We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

[[Reset your password|https://github.com/password_reset/5f0c9a27e1d84b3c6a2f8e7d91b4c0a3e6f5d2c1]]

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team

~ You're receiving this email because a password reset was requested for your account.
""",
        what="Genuine GitHub password-reset mail requested by the mail administrator.",
        why="From GitHub's own outbound servers (out-2x.smtp.github.com) and envelope noreply@github.com; link points to github.com only; triggered by the user herself.",
    ),
    dict(
        n=14, lang="en", slug="council-food-hygiene-report",
        prof=("m365", dict(edge=7, region="gbrp265", prefix="CWLP265MB", lang="en-GB")),
        frm=("Daniel Price", "daniel.price@manchester.gov.uk"),
        to=[S("uk_ops")],
        subject="Food hygiene inspection - Northbridge Primary School kitchen - report and rating",
        when="2026-10-20 12:10:33",
        cs="us-ascii", cte="quoted-printable", html=True,
        text="""Dear Ms Taylor,

Food Hygiene Inspection - Northbridge Primary School kitchen, operated by Example Group UK Ltd

Thank you for your time during my inspection on 12 October 2026. Please find attached the inspection report and the letter confirming the food hygiene rating.

Rating awarded: 4 (Good)

The report lists two minor matters to be addressed (cleaning schedule for the extraction canopy and records of the probe thermometer calibration). No revisit is required.

Your rating will be published on the FSA website (ratings.food.gov.uk) after the appeal period. If you disagree with the rating you can appeal within 21 days; details of how to appeal, request a re-rating visit or exercise your right to reply are set out in the letter.

If you have any questions, please contact me on 0161 496 0713 or reply to this email.

Yours sincerely

Daniel Price
Environmental Health Officer
Food Safety Team, Neighbourhoods Directorate
Manchester City Council
""",
        atts=[att_pdf("Inspection_Report_NorthbridgePrimary_12Oct2026.pdf", [
            "# Manchester City Council - Food Safety Team",
            "Food Hygiene Inspection Report",
            "Premises: Northbridge Primary School - kitchen",
            "Food business operator: Example Group UK Ltd",
            "Date of inspection: 12/10/2026   Officer: Daniel Price EHO",
            "Food hygiene rating: 4 (Good)",
            "Matters to address: 1) cleaning schedule for extraction canopy;",
            "2) calibration records for probe thermometers.",
            "Appeal: within 21 days of notification. Right to reply and re-rating visit: see guidance.",
        ], producer="Microsoft\xae Word for Microsoft 365", author="Daniel Price",
            when="D:20261020115022+01'00'")],
        what="Genuine local-authority food-hygiene inspection report with PDF.",
        why="Environmental health officer of the responsible council, from the council's own Microsoft 365 tenant (gov.uk); plain PDF, phone number, no link or 'verification' step.",
        pair=([14], "Same topic (food-hygiene inspection report); genuine comes from the council with a PDF, the ClickFix attack poses as the FSA with an HTML 'viewer'."),
    ),
    dict(
        n=15, lang="en", slug="it-mailbox-migration-notice",
        prof=("internal", dict(server="EX01", client_ip="10.20.5.12", lang="en-GB")),
        frm=("Thomas Krüger", "thomas.krueger@example.com"),
        to=[S("uk_mgr"), S("uk_acc"), S("uk_ops")],
        subject="UK mailbox migration to Exchange Online - weekend 21-22 November",
        when="2026-11-12 15:00:21",
        cs="utf-8", cte="quoted-printable", html=True,
        text="""Dear colleagues in the UK,

On the weekend of 21-22 November we will move all UK mailboxes from our on-premises Exchange to Exchange Online (Microsoft 365). This is the last step of the migration the German, Italian and Spanish offices completed in October.

What you need to do
- Friday 20 November: please close Outlook on your laptop before you leave.
- Monday 23 November: start Outlook as usual. It may ask you once to sign in with your normal Example Group password and your Microsoft Authenticator app. Your mail, calendar and contacts will be there; the first sync can take up to an hour.
- Outlook on mobile phones: remove and re-add the account only if it has not synchronised by Monday noon.

What we will never do
- The IT Service Desk will never ask you to install remote-access tools, start Quick Assist or accept a Teams call from an external account.
- We will never ask for your password or an Authenticator code by phone, Teams or e-mail.
- Genuine IT messages come from @example.com; calls from us come from extension 4444 and show "Example Group IT Service Desk" in Teams as an internal contact.

If anything unusual happens – a flood of newsletters, an unexpected call "from IT" or an Authenticator prompt you did not trigger – hang up and call the Service Desk directly on +49 221 9468-4444.

Thanks for your patience,
Thomas Krüger
Head of IT | Example Group SE
""",
        what="Internal IT notice about the mailbox migration, including explicit anti-vishing guidance.",
        why="Internal origin via EX01/mail-int01 from the Head of IT; asks for no credentials, no links; warns against remote-access and Teams-call scams.",
        pair=([15], "IT-themed mail about mailbox changes; genuine comes from inside and forbids exactly what the external 'service desk' attack requests (Quick Assist, external Teams calls)."),
    ),
    dict(
        n=16, lang="en", slug="payroll-bureau-encrypted-zip",
        prof=("m365", dict(edge=6, region="gbrp265", prefix="LO2P265MB", lang="en-GB")),
        frm=("Priya Nair", "priya.nair@harbourpayroll.co.uk"),
        to=[S("uk_acc")],
        subject="Example Group UK Ltd - November 2026 payroll reports for approval",
        when="2026-11-20 10:33:50",
        cs="windows-1252", cte="quoted-printable", html=True,
        text="""Hi Sarah,

Please find attached the November 2026 payroll reports for Example Group UK Ltd (payroll summary, gross-to-net and BACS summary). The payroll is scheduled to be paid on Friday 27 November.

As agreed during onboarding, the file is encrypted with the password we set up on our call in September – I won't send it by email. Let me know if you would rather have it via our client portal.

Could you please approve the payroll by 12:00 on Tuesday 24 November so we can submit the BACS file in time?

Kind regards,
Priya

Priya Nair
Senior Payroll Specialist
Harbour Payroll Services Ltd
""",
        atts=[att_zip("ExampleGroupUK_Payroll_Nov2026.zip",
                      [("Payroll_Summary_Nov2026.pdf", _payroll_pdf), ("BACS_Summary_Nov2026.csv", _bacs_csv)],
                      password="Hb-ExampleUK-2026!", when=(2026, 11, 20, 10, 21, 4), x_zip=True)],
        what="Genuine encrypted payroll reports from the external payroll bureau.",
        why="Known bureau contact on its own Microsoft 365 tenant; regular monthly process; the ZIP contains a PDF and a CSV (no executables) and its password was agreed out-of-band and is not in the mail.",
        pair=([16], "Password-protected ZIP like the remittance attack; genuine archive holds documents only and the password is never sent with it."),
    ),
]
