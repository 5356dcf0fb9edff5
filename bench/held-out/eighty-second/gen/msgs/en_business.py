# -*- coding: utf-8 -*-
"""English genuine messages 09-16."""
from lib.kit import *  # noqa
from lib import ids


def _docusign_infra():
    return I.service_postfix(
        "mailsea.docusign.net", "64.207.219.135", "mailsea.docusign.net",
        msgid=lambda r, c: "<%s@docusign.net>" % ids.hexs(r, 32),
        inner_from=lambda r: "from eu-lmta-%02d (unknown [10.171.%d.%d])" % (r.randint(1, 20), r.randint(1, 250), r.randint(2, 250)),
        headers=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                 ("X-Mailer", "DocuSign Mailer")],
        zone="UTC", label="DocuSign (genuine service)")


def b09():
    r = ids.rng("b09")
    a, acct, er = ids.uuid4(r), ids.uuid4(r), ids.uuid4(r)
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (a, acct, er)
    code = ids.hexs(r, 32, upper=True)
    msg = ("Dear James,<br><br>As agreed in our meeting on 12 November, please find the maintenance agreement for Arndale and "
           "Piccadilly Plaza (2027&ndash;2029) for signature. Our director has already signed.<br><br>Many thanks,<br>Sarah")
    html = D.docusign_html("Sarah Collins", "sarah.collins@northgate-pm.co.uk",
                           "Northgate_EG_Maintenance_Agreement_2027-2029.pdf", link, msg, footer_code=code)
    t = """Sarah Collins sent you a document to review and sign.

REVIEW DOCUMENT: %s

Sarah Collins
sarah.collins@northgate-pm.co.uk

Dear James,

As agreed in our meeting on 12 November, please find the maintenance agreement for Arndale and Piccadilly Plaza (2027-2029) for signature. Our director has already signed.

Many thanks,
Sarah

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit DocuSign.com, click 'Access Documents', and enter the security code:
%s

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.""" % (link, code)
    return Msg("business", 9, "en", "docusign-envelope-genuine",
               frm=("Sarah Collins via Docusign", "dse@eumail.docusign.net"), to=S("uk_mgr"),
               reply_to=("Sarah Collins", "sarah.collins@northgate-pm.co.uk"),
               mailfrom="bounces@eumail.docusign.net",
               subject="Complete with Docusign: Northgate_EG_Maintenance_Agreement_2027-2029.pdf",
               when="2026-11-16 10:22:18", infra=_docusign_infra(),
               body=alt(t, html, "utf-8", "quoted-printable"),
               what="Genuine DocuSign envelope from the customer for the maintenance agreement",
               why="Sent by DocuSign's own infrastructure from dse@eumail.docusign.net; link to eu.docusign.net; security code for alternate access; expected after the meeting with the customer.",
               contrast="Same DocuSign layout and document as attack 09, but real docusign.net sender and link, no compromised web host, matches an agreed meeting.")


def b10():
    t = """James,

I'm afraid I have to escalate this. Escalator E2 at Arndale (lower mall to upper mall) has been out of service again since this morning - that is the third breakdown in October after the step-chain issue on 6 and 19 October. On a Saturday before the Christmas trading period this is simply not acceptable for our tenants.

Under schedule 3 of the maintenance agreement the response time is 4 hours and the availability target is 98.5%. We are well below that this month and I will have to apply the service credits unless we see a clear plan.

What I need from you:
- an engineer on site today (not Monday),
- a written root cause analysis by Wednesday,
- a proposal for how you will prevent a repeat, including spare parts held locally.

Please call me on my mobile once you have an ETA.

Regards,
Sarah

Sarah Collins
Facilities Manager
Northgate Property Management Ltd
T: 0161 496 0734 | M: 07700 900 412"""
    return Msg("business", 10, "en", "customer-complaint-escalator-outage",
               frm=("Sarah Collins", "sarah.collins@northgate-pm.co.uk"), to=S("uk_mgr"), cc=[S("uk_sales"), S("service")],
               subject="URGENT: Arndale escalator E2 out of service again - 3rd time in October",
               when="2026-10-24 10:41:09",
               infra=I.exo(lang="en-GB", accept="en-GB, en-US", pre="DB9", hcs=("Windows-1252", "Q"), label="Northgate Microsoft 365 tenant"),
               body=alt(t, outlook_html(t, "Windows-1252", "EN-GB"), "windows-1252", "quoted-printable"),
               priority=[("Importance", "high"), ("X-Priority", "1")],
               what="Customer escalates repeated escalator breakdowns, threatens SLA service credits",
               why="Real customer mailbox and tenant; specific, consistent operational detail (contract schedule, dates, asset); asks for an engineer and an RCA - no links, no attachments, no payment.",
               contrast="Same customer mailbox and thread style as attack 10, but the content is an operational complaint with no link, portal or attachment.")


def b11():
    rows = [("h", "VAT Return - draft for approval"), ("s", "Prepared by Harcourt & Pike LLP for Example Group UK Ltd"), ("sp", 6),
            ("row", [(0, "VAT registration number:"), (60, C.TAX["eg_uk"][2:5] + " " + C.TAX["eg_uk"][5:9] + " " + C.TAX["eg_uk"][9:])]),
            ("row", [(0, "Period:"), (60, "01/07/2026 - 30/09/2026 (07/26)")]), ("row", [(0, "Due date:"), (60, "07/11/2026")]), ("sp", 6),
            ("row", [(0, "Box"), (15, "Description"), (130, "GBP")], True), ("hr",),
            ("row", [(0, "1"), (15, "VAT due on sales and other outputs"), (130, "118,406.22")]),
            ("row", [(0, "2"), (15, "VAT due on acquisitions from EU (NI only)"), (130, "0.00")]),
            ("row", [(0, "3"), (15, "Total VAT due"), (130, "118,406.22")]),
            ("row", [(0, "4"), (15, "VAT reclaimed on purchases and other inputs"), (130, "70,193.85")]),
            ("row", [(0, "5"), (15, "Net VAT to pay to HMRC"), (130, "48,212.37")]),
            ("row", [(0, "6"), (15, "Total value of sales excluding VAT"), (130, "592,031")]),
            ("row", [(0, "7"), (15, "Total value of purchases excluding VAT"), (130, "350,969")]),
            ("row", [(0, "8"), (15, "Supplies to EU (NI only)"), (130, "0")]),
            ("row", [(0, "9"), (15, "Acquisitions from EU (NI only)"), (130, "0")]), ("sp", 12),
            "Payment: by Direct Debit, collected by HMRC three working days after the due date.",
            ("s", "Harcourt & Pike LLP, Chartered Accountants, 14 St Ann's Square, Manchester M2 7HQ")]
    t = """Hi Priya,

Please find attached the draft VAT return for the quarter to 30 September 2026 (period 07/26).

Net VAT payable is GBP 48,212.37. The increase against last quarter is mainly the Trafford Centre modernisation invoices in August. HMRC will collect the amount by Direct Debit after the due date, so there is nothing for you to pay manually.

If you are happy with the figures, just reply to confirm and we will submit through our MTD software before the deadline on 7 November. Please don't send any login details - we file under our agent authorisation.

Kind regards,
Rebecca

Rebecca Pike FCA
Partner
Harcourt & Pike LLP
14 St Ann's Square, Manchester M2 7HQ
0161 850 2290"""
    body = Multi("mixed", [alt(t, gmail_html(t), "UTF-8", "quoted-printable"),
                           pdf_att(rows, "Example Group UK - VAT return 07-26 DRAFT.pdf", title="VAT return 07/26 draft",
                                   producer="Xero", creator="Xero Practice Manager", when=T.berlin("2026-10-29 12:10"), zone="UK")])
    return Msg("business", 11, "en", "accountants-vat-return-for-approval",
               frm=("Rebecca Pike", "rebecca.pike@harcourtpike.co.uk"), to=S("uk_acc"),
               subject="Example Group UK - VAT return 07/26 for approval",
               when="2026-10-29 13:15:40", infra=I.gmail(zone="UK", workspace=True, label="Harcourt & Pike Google Workspace"),
               body=body,
               what="The subsidiary's accountants send the draft quarterly VAT return for approval",
               why="Known accountants on their own Google Workspace domain; expected quarterly process before the 7 November deadline; PDF only, explicitly no login requested; payment by existing Direct Debit.",
               contrast="Same VAT/MTD topic and recipient as attack 11, but from the retained accountants, asking only for a reply, no sign-in link.")


def b12():
    t = """Microsoft 365 admin center

Your subscription will renew soon

Hello Thomas Richter,

Your Microsoft 365 Business Premium subscription for Example Group AG will automatically renew on 1 December 2026.

Subscription: Microsoft 365 Business Premium (annual commitment, billed monthly)
Licences: 300
Billing account: Example Group AG

No action is needed if you want to keep your subscription. To review or change your licences, billing frequency or payment method, sign in to the Microsoft 365 admin center:
https://admin.microsoft.com/Adminportal/Home#/subscriptions

Thank you,
The Microsoft 365 team

This message was sent from an unmonitored email address. Please do not reply to this message.
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA"""
    html = simple_html(t, font="'Segoe UI', Tahoma, Geneva, Verdana, sans-serif")
    return Msg("business", 12, "en", "microsoft-365-renewal-notice",
               frm=("Microsoft", "microsoft-noreply@microsoft.com"), to=S("ithead"),
               subject="Your Microsoft 365 Business Premium subscription will renew on 1 December 2026",
               when="2026-11-01 19:07:33",
               infra=I.exo(nam=True, no_ua=True, hcs=("utf-8", "B"),
                           msgid_fn=lambda r, c: "<%s@az.westus2.production.microsoft.com>" % ids.uuid4(r),
                           label="Microsoft (genuine service, EOP)"),
               body=alt(t, html, "utf-8", "base64"),
               what="Microsoft 365 admin center notice about the upcoming subscription renewal",
               why="From microsoft.com through Microsoft's own EOP edge; addressed to the billing admin by name; links only to admin.microsoft.com and go.microsoft.com; no payment request, no phone number.",
               contrast="Same 'Microsoft 365 renewal' topic as attack 12, but real Microsoft infrastructure, no invoice to pay and no call-back number.")


def b13():
    r = ids.rng("b13")
    tid, oid = ids.uuid4(r), ids.uuid4(r)
    mid = "19%%3ameeting_%s%%40thread.v2" % ids.pick(r, ids.ALNUM, 48)
    join = "https://teams.microsoft.com/l/meetup-join/%s/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (mid, tid, oid)
    t = """Hi James,

Let's use the call to go through the E3 handrail programme and the renewal terms for 2027. Alan from our finance team will join for the second half.

Daniel

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<%s>
Meeting ID: 384 215 907 661
Passcode: Vq7Jh3
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=%s>
________________________________________________________________________________""" % (join, oid, tid, mid)
    html = outlook_html(t, "utf-8", "EN-GB", autolink=False)
    ics = D.ics_invite("040000008200E00074C5B7101A82E008000000%s" % ids.hexs(r, 40, True),
                       ("Daniel Hughes", "daniel.hughes@northgate-pm.co.uk"),
                       [("James Whitfield", "james.whitfield@example.com"), ("Alan Price", "alan.price@northgate-pm.co.uk")],
                       "20261118T110000Z", "20261118T120000Z", "E3 handrail programme & 2027 maintenance renewal",
                       "Microsoft Teams Meeting", t.split("Daniel\n\n")[1], T.ics(T.berlin("2026-11-12 15:28")))
    body = Multi("alternative", [Text(t, "plain", "utf-8", "quoted-printable"),
                                 Text(html, "html", "utf-8", "quoted-printable"),
                                 Attach(ics.encode("utf-8"), "text/calendar", None, cte="base64", disposition=None,
                                        text_charset="utf-8", ct_params="method=REQUEST")])
    return Msg("business", 13, "en", "teams-meeting-invite-genuine",
               frm=("Daniel Hughes", "daniel.hughes@northgate-pm.co.uk"), to=S("uk_mgr"),
               cc=("Alan Price", "alan.price@northgate-pm.co.uk"),
               subject="E3 handrail programme & 2027 maintenance renewal", when="2026-11-12 15:28:41",
               infra=I.exo(lang="en-GB", accept="en-GB, en-US", pre="DB9", hcs=("utf-8", "B"), label="Northgate Microsoft 365 tenant",
                           extra_hdrs=[("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + ids.pick(r, ids.ALNUM, 40) + "==")]),
               body=body,
               what="Customer sends a normal Microsoft Teams meeting invitation (text/calendar REQUEST)",
               why="Real customer domain and tenant; standard Teams invite with teams.microsoft.com join link, meeting ID and passcode, and an iCalendar REQUEST; nothing to enter at devicelogin.",
               contrast="Same meeting topic and 'customer' as attack 13, but a normal Teams join link from the real domain instead of a device code from a look-alike.")


def b14():
    r = ids.rng("b14")
    tok = ids.pick(r, ids.ALNUM, 86)
    t = """Hi thomas-richter-eg,

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team""" % tok
    html = simple_html(t, font="-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif")
    inf = I.service_postfix("out-21.smtp.github.com", "192.30.252.204", "smtp.github.com",
                            msgid=lambda r, c: "<%s_%s%s@%s.mail>" % (ids.hexs(r, 13), ids.hexs(r, 5), ids.digits(r, 6), ids.hexs(r, 12)),
                            inner_from=lambda r: "from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])" % (ids.hexs(r, 7), r.randint(1, 250), r.randint(2, 250)),
                            headers=[("X-Auto-Response-Suppress", "All"), ("X-GitHub-Recipient-Address", A("ithead"))],
                            zone="PT", label="GitHub (genuine service)", tls=I.TLS13_EC)
    return Msg("business", 14, "en", "github-password-reset-requested",
               frm=("GitHub", "noreply@github.com"), to=S("ithead"),
               subject="[GitHub] Please reset your password", when="2026-11-24 17:45:02", infra=inf,
               body=alt(t, html, "UTF-8", "quoted-printable"),
               what="GitHub password reset mail the IT head requested himself",
               why="From github.com through GitHub's own outbound relays (192.30.252.0/22); link to github.com only; standard wording; triggered by the user.")


def b15():
    r = ids.rng("b15")
    t = """A new sign-in on Windows

lena.vogt@example.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
https://accounts.google.com/AccountChooser?Email=lena.vogt@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
(c) 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % (T.unix(T.berlin("2026-12-01 08:03")) * 1000, ids.digits(r, 19))
    html = simple_html(t, font="Google Sans, Roboto, Arial, sans-serif")
    return Msg("business", 15, "en", "google-new-signin-alert",
               frm=("Google", "no-reply@accounts.google.com"), to=S("itsec"),
               subject="Security alert", when="2026-12-01 08:04:12", infra=I.google_service(),
               body=alt(t, html, "UTF-8", "base64"),
               what="Google security alert about a new Windows sign-in to the company's Google Ads/Search Console account",
               why="From accounts.google.com via Google's own servers; all links to accounts.google.com / myaccount.google.com; informational only, the sign-in was the admin's own.")


def b16():
    t = """Hi all,

As in previous years, every colleague in the UK team receives a GBP 75 Christmas voucher as a thank-you for this year.

This time you can choose the retailer yourself in the employee benefits portal (link on the intranet home page, sign in with your usual company account) until Friday 11 December. Vouchers are sent directly to you by the portal.

A reminder, as this time of year always brings a wave of scam mails: neither I nor anyone else in management will ever ask you to buy gift cards or to send us voucher codes. If you receive such a request - even one that looks like it comes from me - please forward it to phishing@example.com and delete it.

Thanks for all your hard work this year.

James

James Whitfield
Office Manager UK
Example Group UK Ltd | 3 Hardman Street | Manchester M3 3HF"""
    return Msg("business", 16, "en", "internal-christmas-vouchers-notice",
               frm=S("uk_mgr"), to=("UK Team", "uk-team@example.com"), rcpt=A("uk_sales"),
               subject="Christmas vouchers - choose yours by 11 December", when="2026-12-02 09:30:06",
               infra=I.internal(lang="en-GB"),
               body=alt(t, outlook_html(t, "us-ascii", "EN-GB"), "us-ascii", "quoted-printable"),
               what="UK office manager announces the staff Christmas vouchers via the benefits portal",
               why="Internal Exchange via mail-int01 to the UK distribution list; vouchers chosen by each employee in the existing portal; nobody is asked to buy or forward codes; includes a scam warning.",
               contrast="Same gift-voucher topic and 'sender' as attack 16, but internal path and no request to buy cards or send codes.")


def messages():
    return [b09(), b10(), b11(), b12(), b13(), b14(), b15(), b16()]
