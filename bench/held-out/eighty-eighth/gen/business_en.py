"""Genuine business messages, English (8)."""
import infra as I
import kit as K
import facts as F
import checks as C
from company import S
from util import rng_for, uuid4, hexid

DS_BTN = ("display:inline-block;padding:12px 26px;background:#ffc820;color:#1e1e1e;text-decoration:none;"
          "font-family:Arial,sans-serif;font-size:15px;font-weight:bold;border-radius:2px")


def M(**kw):
    kw.setdefault("lang", "en")
    return kw


def b09():
    r = rng_for("b09")
    a, acct, er = uuid4(r), uuid4(r), uuid4(r)
    code = hexid(r, 32, upper=True)
    text = """Gareth Hughes sent you a document to review and sign.

[[!REVIEW DOCUMENT|https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s]]

**Gareth Hughes**
gareth.hughes@northfield-construction.co.uk

Hi James, please find the hire agreement for Dudley Road Phase 2 for signature as agreed on Tuesday. Thanks, Gareth

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.
""" % (a, acct, er, code)
    return M(
        slug="docusign-hire-agreement-northfield",
        what="Genuine DocuSign envelope from Northfield Construction (Gareth Hughes) with the hire agreement for Dudley Road Phase 2.",
        why="Sent by DocuSign's EU platform (dse@eumail.docusign.net, DocuSign mail servers), Reply-To the real customer contact, links only to eu.docusign.net, alternate access code present, expected document agreed beforehand.",
        hn=([9], "Same customer, same document type and wording as the fake envelope, but real DocuSign sender/infrastructure and eu.docusign.net links."),
        to=S["ukmgr"], frm=("Gareth Hughes via Docusign", "dse@eumail.docusign.net"),
        reply_to=("Gareth Hughes", "gareth.hughes@northfield-construction.co.uk"),
        subject="Please DocuSign: Northfield - Example Group Hire Agreement NC-2611.pdf",
        when=(10, 13, 11, 20), zone="UK",
        infra=lambda c: I.docusign_eu(c),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "en", title="Docusign", button=DS_BTN),
    )


def b10():
    text = """Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account ol*****@examplegroup.eu.

Sign-in details
Country/region: Spain
IP address: 88.26.214.17
Date: 10/11/2026 21:14 (GMT)
Platform: Windows
Browser: Edge

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

[[Review recent activity|https://account.live.com/Activity]]

To opt out or change where you receive security notifications, [[click here|https://account.live.com/SecurityNotifications/Update]].

Thanks,
The Microsoft account team
"""
    return M(
        slug="microsoft-account-unusual-signin",
        what="Microsoft account 'unusual sign-in activity' notice (sign-in from Spain while the user was at a trade event in Madrid).",
        why="Sent from accountprotection.microsoft.com through Microsoft's own outbound infrastructure; masked address, links only to account.live.com, no credential form, no urgency beyond the usual.",
        hn=([4, 9, 16], "Security-notice style like the credential phish and the fake help-desk mail, but from Microsoft's real sender and infrastructure with links only to account.live.com."),
        to=S["uksales"], frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
        subject="Microsoft account unusual sign-in activity",
        when=(11, 10, 21, 16), zone="UTC",
        infra=lambda c: I.microsoft_notify(c),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "en", title="Microsoft account",
                   button="display:inline-block;padding:6px 20px;background:#2672ec;color:#fff;text-decoration:none"),
    )


def b11():
    r = rng_for("b11")
    tok = "".join(r.choice("0123456789abcdef") for _ in range(40))
    text = """[GitHub] Please reset your password

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

[[!Reset your password|https://github.com/password_reset/%s]]

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team

You're receiving this email because a password reset was requested for your account.
GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
""" % tok
    return M(
        slug="github-password-reset",
        what="GitHub password reset requested by the mail administrator for the company's infrastructure repositories account.",
        why="Sent by GitHub's own SMTP servers (out-*.smtp.github.com), link only to github.com/password_reset, expected by the user who triggered it.",
        hn=([4, 9], "Account/credential topic like the phishing mails, but real GitHub infrastructure and github.com link."),
        to=S["sec"], frm=("GitHub", "noreply@github.com"),
        subject="[GitHub] Please reset your password",
        when=(11, 2, 16, 44), zone="DE",
        infra=lambda c: I.github(c),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "en", title="GitHub",
                   button="display:inline-block;padding:10px 20px;background:#2da44e;color:#fff;text-decoration:none;border-radius:6px"),
    )


def b12():
    text = """James,

I'm afraid I have to escalate this. For the third time in three weeks the delivery for Dudley Road Phase 2 didn't turn up in the agreed window - the wagon arrived at 13:40 instead of 07:30 and half the toe boards and the 2.5 m ladder beams were missing from the load. My lads stood for the whole morning.

We need:
1. The missing toe boards and beams on site by 07:30 tomorrow, no later.
2. Your adaption crew to complete the east elevation by Thursday, as the roofers start Friday.
3. A named contact who actually answers the phone when the wagon is late.

I'll be back-charging today's standing time (2 gangs, half day) and if the east elevation isn't handed over by Thursday we will hold the October valuation until it is.

Call me when you've read this.

Gareth

Gareth Hughes
Site Manager | Northfield Construction Ltd
Unit 4, Heartlands Business Park, Birmingham B7 5SW
M: 07700 918 244
"""
    return M(
        slug="customer-complaint-late-delivery",
        what="Angry complaint from a customer's site manager: late and incomplete delivery, back-charge for standing time, payment of the October valuation on hold.",
        why="Known customer contact via his company's Exchange Online tenant; detailed site facts, no links or attachments, the only 'threat' is withholding payment to Example Group - a genuine commercial escalation.",
        to=S["ukmgr"], cc=[S["uksales"]], frm=("Gareth Hughes", "gareth.hughes@northfield-construction.co.uk"),
        subject="Dudley Road Ph2 - late delivery and missing toe boards - URGENT",
        when=(11, 17, 12, 58), zone="UK",
        infra=lambda c: I.exo(c, lang="en-GB"),
        body=K.alt(text, "iso-8859-1", "quoted-printable", "outlook", "en"),
    )


def b13():
    r = rng_for("b13")
    u, i, e = hexid(r, 25), hexid(r, 10), hexid(r, 10)
    text = """SAIF Bulletin - November 2026

**Scaffolding & Access Industry Forum**

In this issue

**TG20:21 eGuide update** - The compliance sheets for sheeted independent scaffolds have been revised. Members should download the new version from the portal before the end of the year.
[[Read more|https://saif-uk.us21.list-manage.com/track/click?u=%s&id=%s&e=%s]]

**Winter working webinar** - Wind loading, sheeting and ice on platforms: 3 December, 10:00-11:00, free for members.
[[Book your place|https://saif-uk.us21.list-manage.com/track/click?u=%s&id=%s&e=%s]]

**Card scheme changes 2027** - What the new renewal rules mean for your operatives and supervisors.
[[Read more|https://saif-uk.us21.list-manage.com/track/click?u=%s&id=%s&e=%s]]

You are receiving this email because Example Group Access Ltd is a member of the Scaffolding & Access Industry Forum.
Our mailing address is: SAIF, 4th Floor, 12 Colmore Row, Birmingham B3 2BH, United Kingdom

Want to change how you receive these emails? You can [[update your preferences|https://saif-uk.us21.list-manage.com/profile?u=%s&id=%s&e=%s]] or [[unsubscribe|https://saif-uk.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s]].
""" % ((u, hexid(r, 10), e) * 3 + (u, i, e) * 2)
    return M(
        slug="newsletter-saif-mailchimp",
        what="Monthly member bulletin of a scaffolding trade association sent via Mailchimp.",
        why="Subscribed newsletter (membership); Mailchimp infrastructure with matching bounce domain, List-Unsubscribe and List-Unsubscribe-Post, tracked links on list-manage.com, no credential or payment request.",
        to=S["ukmgr"], frm=("SAIF Bulletin", "bulletin@saif-uk.org"),
        subject="SAIF Bulletin November: TG20:21 update, winter working webinar",
        when=(11, 19, 9, 0), zone="UK",
        infra=lambda c: I.mailchimp(c, "us21", u=u, list_id=i),
        extra=[("List-Unsubscribe", "<https://saif-uk.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net>" % (u, i, e, hexid(r, 10), u, i, e)),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("List-Id", "%s.saif-uk.us21.list-id.mcsv.net" % u)],
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "en", title="SAIF Bulletin"),
    )


def b14():
    text = """Hi Thomas,

Sorry to bother you from my personal email - my work laptop (EG-UK-L0147) slid off the passenger seat this morning and the screen is cracked right across, it won't show anything past the BitLocker screen.

To make it worse I changed my phone last week and the Authenticator is still on the old one, so I can't get into Outlook or Teams on the new phone either.

Could someone from IT give me a call on my mobile (the number in the company directory) to sort out a loan laptop and re-register the Authenticator? I'm in the Birmingham office all day, James knows.

Cheers,
Oliver
"""
    return M(
        slug="private-mail-broken-laptop",
        what="A UK salesman writes to the Head of IT from his private Gmail: laptop screen broken, Authenticator on the old phone; asks IT to call him on his directory number.",
        why="Private address, but the content asks for nothing sensitive: he wants IT to call him on the number already in the directory, so identity is verified by IT; manager in copy; personal Gmail from the real Google infrastructure.",
        hn=([14, 16], "Employee writing from private mail like the payroll diversion, but he asks for a call-back on the known number and requests no data change or payment; an IT-support topic like the Teams pretext, but the user contacts IT, not vice versa."),
        to=S["it"], cc=[S["ukmgr"]], frm=("Oliver Bennett", "olly.bennett87@gmail.com"),
        subject="Laptop screen cracked - can't log in",
        when=(11, 9, 8, 47), zone="UK",
        infra=lambda c: I.gmail(c),
        body=K.alt(text, "utf-8", "7bit", "gmail", "en", html_cte="quoted-printable", label="UTF-8"),
    )


def b15():
    text = """Dear Example Group Access Ltd

You have a new message in your HMRC online account.

To read it, sign in to your HMRC online account through GOV.UK.

For security reasons, we have not included a link with this email.

From HMRC

Do not reply to this email.
"""
    return M(
        slug="hmrc-new-message-notify",
        what="HMRC notification (via GOV.UK Notify) that a new message is waiting in the business tax account.",
        why="Sent through GOV.UK Notify on Amazon SES (eu-west-2) from tax.service.gov.uk; deliberately contains no link ('For security reasons, we have not included a link'), no deadline, no credential request.",
        hn=([10], "Same sender brand (HMRC) and recipient as the MTD phishing, but no link at all, real government sending infrastructure."),
        to=S["ukacc"], frm=("HMRC", "noreply@tax.service.gov.uk"),
        subject="You have a new message from HMRC",
        when=(11, 6, 10, 3), zone="UK",
        infra=lambda c: I.ses(c, "eu-west-2", feedback="1.eu-west-2.%s=:AmazonSES"),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "en", title="HMRC"),
    )


def b16():
    lines = ["# Midlands Haulage Ltd", "Unit 12, Fort Parkway, Birmingham B24 9FD  |  VAT Reg. " + F.MIDLANDS_VAT, "---", "",
             "Statement of account                 Account: EXA001   Date: 23/11/2026", "Example Group Access Ltd, Unit 7, Tameside Park, Birmingham B6 7DN", "",
             "Date        Ref      Details                               Amount    Balance",
             "30/09/2026  41877    Collections Dudley Rd 15-26 Sep     1,944.00   1,944.00",
             "07/10/2026  41902    Deliveries Walsall 1-7 Oct          1,542.00   3,486.00", "---",
             "Current 0.00    30 days 0.00    60+ days 3,486.00    TOTAL DUE GBP 3,486.00", "",
             "Bank: Barclays  Sort code 20-45-16  Account 43917720  IBAN " + C.iban_fmt(F.MIDLANDS)]
    text = """Dear Priya,

Please find attached your statement of account.

Invoices 41877 and 41902 (total £3,486.00) are now more than 30 days overdue and your account has been placed on hold. We will not be able to accept further collection or delivery bookings until payment has been received.

Our bank details are unchanged (Barclays, sort code 20-45-16, account 43917720). If you have already paid, please send us the remittance advice so we can allocate it.

Kind regards,

Karen Doyle
Credit Control
Midlands Haulage Ltd
0121 384 5520
"""
    return M(
        slug="haulage-statement-account-on-hold",
        what="Carrier's credit control sends a statement; two invoices overdue, account on hold until paid.",
        why="Known carrier via its Exchange Online tenant, invoices match earlier bookings, explicitly 'bank details unchanged', phone number of credit control; a routine (if firm) reminder.",
        hn=([14], "Bank details in a mail to the UK accountant like the payroll diversion, but they are the unchanged known details of an existing carrier."),
        to=S["ukacc"], frm=("Midlands Haulage Accounts", "accounts@midlands-haulage.co.uk"),
        subject="Account on hold - statement EXA001 - Example Group Access Ltd",
        when=(11, 23, 15, 12), zone="UK",
        infra=lambda c: I.exo(c, lang="en-GB"),
        body=K.mixed(K.alt(text, "windows-1252", "quoted-printable", "outlook", "en", label="Windows-1252"),
                     K.pdf_att("Statement_EXA001_23112026.pdf", lines, style="outlook", producer="Sage 50 Accounts",
                               creator="Sage 50 Accounts v32", created="D:20261123150811+00'00'")),
    )


def build():
    return [b09(), b10(), b11(), b12(), b13(), b14(), b15(), b16()]
