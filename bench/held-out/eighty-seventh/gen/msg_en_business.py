"""English genuine business messages (09-16)."""
import checkdigits as cd
import files
from company import S, BANK
from common import pdf_att, ATTACH_INFO
from infra import TLS12, TLS13
from mime import Attach
from sigs import sig

PENNINE_SIG = """Rachel Hughes
Category Buyer - Bakery & Desserts
Pennine Foodservice Ltd
Unit 4, Lowfields Business Park, Elland HX5 9HJ
T: +44 1422 370 418 | M: +44 7700 900 418
www.penninefoodservice.co.uk"""


def messages():
    M = []
    # ----------------------------------------------------------------- 09
    tid, oid = "6f1c2a9e-3b57-4d8a-9e21-7c4b0d5f8a13", "b83e47d2-19c6-4a05-8f7e-2d9a61c3e0b4"
    join = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzY4ZDM0YjEtOWQ1Zi00ZmE3LWI2MjAtOGMxZTQ3YTk5ZjEy"
            "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + tid + "%22%2c%22Oid%22%3a%22" + oid + "%22%7d")
    desc = ("Agenda: Q1 2027 frozen bakery range, revised drop schedule North West depots, promo calendar.\n\n"
            "Microsoft Teams meeting\nJoin: " + join + "\nMeeting ID: 372 118 904 215\nPasscode: Zx7hQ2")
    ics = files.ics("040000008200E00074C5B7101A82E00800000000" + "5F2A0C9B4E6DDD01000000000000000010000000" + "7C21A9E4F03B5D4A8E6C1F0B2D9A7E35",
                    ("Rachel Hughes", "rachel.hughes@penninefoodservice.co.uk"),
                    [("James Whitfield", "james.whitfield@example.com"), ("Anja Schröder", "anja.schroeder@example.com")],
                    "Q1 2027 bakery range review - Pennine / Example Group", "20261119T140000", "20261119T150000",
                    "GMT Standard Time", "Microsoft Teams Meeting", desc, "20261112T093118Z")
    cal = Attach(ics, "text/calendar", None, disposition=None, cte="base64",
                 params='; charset="utf-8"; method=REQUEST')
    ATTACH_INFO[id(cal)] = {"kind": "ics"}
    M.append(dict(
        slug="teams-invite-range-review",
        date="2026-11-12 09:31:18", zone="UK",
        frm=("Rachel Hughes", "rachel.hughes@penninefoodservice.co.uk"), to=[S("uk_mgr"), S("sales")],
        subject="Q1 2027 bakery range review - Pennine / Example Group",
        via="m365", via_opts=dict(region="GBR", lang="en-GB", tenant="penninefoodservice.co.uk"),
        charset="utf-8", cte="quoted-printable", html="auto", plain_links="outlook",
        text="""Hi James, Anja,

As promised, here's a slot for the Q1 range review. I'd like to cover the frozen bakery range, the revised drop schedule for our North West depots and the promo calendar for January. Our category manager Dev will join for the first half.

If Thursday doesn't work, just propose a new time.

Thanks,
Rachel

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
[[Click here to join the meeting|%s]]
Meeting ID: 372 118 904 215
Passcode: Zx7hQ2
[[Download Teams|https://www.microsoft.com/en-gb/microsoft-teams/download-app]] | [[Join on the web|https://www.microsoft.com/microsoft-teams/join-a-meeting]]
________________________________________________________________________________

%s""" % (join, PENNINE_SIG),
        alt_extra=[cal],
        what="Genuine Microsoft Teams meeting invitation from the customer's buyer for the Q1 range review (Outlook meeting request with text/calendar).",
        why="Sent from the customer's real domain penninefoodservice.co.uk through its Microsoft 365 tenant; known contact; standard Teams join link on teams.microsoft.com and a calendar object; no device code, no sign-in request.",
        pair=["device-code-teams-range-review"],
        pair_note="Same sender name and meeting topic; the genuine invite comes from penninefoodservice.co.uk with a normal Teams link, the attack from penninefoodservice.com asks for a device code at microsoft.com/devicelogin.",
    ))
    # ----------------------------------------------------------------- 10
    sp = "https://examplegroup.sharepoint.com/:f:/s/UKOperations/EpK3v7yQ2lFMn4bX9cT1uR0BwZ5h8aJdLs6eK2oVmYtQ3g?e=Wd8r4T"
    M.append(dict(
        slug="sharepoint-share-internal",
        date="2026-11-24 12:12:40", zone="UK",
        frm=("James Whitfield via SharePoint Online", "no-reply@sharepointonline.com"), to=[S("uk_acc")],
        reply_to=S("uk_mgr"),
        subject="James Whitfield shared the folder \"UK Christmas trading 2026\" with you",
        via="ms_notify", via_opts=dict(kind="sharepoint", region="EUR", activity="Sharing"),
        return_path="no-reply@sharepointonline.com",
        charset="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="SharePoint", color="#036c70", button=("Open", sp),
                   footer="Microsoft respects your privacy. To learn more, please read our Privacy Statement.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052"),
        text="""James Whitfield shared a folder with you

Here's the rota and the stock plan for the three Manchester cafes over Christmas - please check the payroll hours column before Friday.

[[UK Christmas trading 2026|%s]]

This link will work for people in Example Group.""" % sp,
        what="Genuine SharePoint Online sharing notification: the UK managing director shares the Christmas rota folder from the company tenant.",
        why="Microsoft infrastructure, sharer is a colleague, link on the company's own tenant examplegroup.sharepoint.com limited to people in the organisation, content expected.",
        pair=["sharepoint-remittance-compromised-tenant"],
        pair_note="Both are real SharePoint notifications from Microsoft; the genuine one shares from examplegroup.sharepoint.com by a colleague, the attack from an unrelated compromised tenant posing as a customer's accounts team.",
    ))
    # ----------------------------------------------------------------- 11
    inv = "https://in.xero.com/Q7mXk2vRt9LpB4zNfW8hC1sYdG6jA3uE5oKwV0iTnH"
    M.append(dict(
        slug="xero-invoice-hartley",
        date="2026-11-30 17:05:09", zone="UK",
        frm=("Hartley Cold Chain Ltd", "messaging-service@post.xero.com"), to=[S("uk_acc")],
        reply_to=("Hartley Cold Chain Ltd", "accounts@hartleycoldchain.co.uk"),
        subject="Invoice INV-20871 from Hartley Cold Chain Ltd for Example Group UK Ltd",
        via="ses", via_opts=dict(region="us-east-1"),
        charset="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Hartley Cold Chain Ltd", color="#13b5ea", button=("View invoice", inv),
                   footer="Invoice sent by Hartley Cold Chain Ltd using Xero"),
        text="""Hi Priya,

Here's invoice INV-20871 for £6,842.40.

The amount outstanding of £6,842.40 is due on 15 Dec 2026.

View and pay your bill online: [[%s|%s]]

From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.

If you have any questions, please let us know.

Thanks,
Hartley Cold Chain Ltd""" % (inv, inv),
        attach=[pdf_att("Invoice INV-20871.pdf", [
            "# TAX INVOICE", "Hartley Cold Chain Ltd", "Unit 12, Ashburton Road West, Trafford Park, Manchester M17 1RY",
            "VAT Number: GB " + cd.gb_vrn("2914370"), "",
            "Example Group UK Ltd, Trafford Park, Manchester M17 1AB", "",
            "## Invoice Number INV-20871     Invoice Date 30 Nov 2026     Due 15 Dec 2026", "---",
            "Chilled & frozen trunking Manchester-Hull-Immingham, November (22 runs)     5,702.00",
            "VAT 20%                                                                 1,140.40",
            "## TOTAL GBP 6,842.40", "---",
            "Payment: NatWest, sort code 01-09-57, account 41873620",
            "IBAN " + cd.iban_fmt(BANK["hartley"]) + "  BIC NWBKGB2L"],
            title="Invoice INV-20871", producer="Xero", fn_style="2231")],
        what="Genuine monthly carrier invoice sent through Xero's invoicing service with the PDF attached.",
        why="Known haulier, Xero's real sending infrastructure and in.xero.com link, Reply-To on the carrier's domain, amounts and bank details as in previous months.",
    ))
    # ----------------------------------------------------------------- 12
    tok = "a1F7xQm2RZk9vP4cW8sLd3eT0yBn6uJh"
    M.append(dict(
        slug="github-password-reset",
        date="2026-10-06 11:03:27", zone="DE",
        frm=("GitHub", "noreply@github.com"), to=[("Thomas Becker", "thomas.becker@example.com")],
        subject="[GitHub] Please reset your password",
        via="github",
        charset="utf-8", cte="7bit", html="brand", plain_links="url",
        brand=dict(name="GitHub", color="#24292f", button=("Reset your password", "https://github.com/password_reset/" + tok),
                   footer="You're receiving this email because a password reset was requested for your account.\nGitHub, Inc. - 88 Colin P Kelly Jr Street - San Francisco, CA 94107"),
        html_text="""We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit [[https://github.com/password_reset|https://github.com/password_reset]]

Thanks,
The GitHub Team""",
        text="""We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following link to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit https://github.com/password_reset

Thanks,
The GitHub Team""" % tok,
        what="Genuine GitHub password-reset mail requested by the head of IT for the company's GitHub organisation account.",
        why="Sent by GitHub's own mail servers (out-NN.smtp.github.com), all links to github.com, standard wording, requested by the user.",
    ))
    # ----------------------------------------------------------------- 13
    alert = ("https://accounts.google.com/AccountChooser?Email=james.whitfield@example.com&continue="
             "https://myaccount.google.com/alert/nt/1792398512000?rfn%3D31%26rfnc%3D1%26eid%3D-6410327770212863514%26et%3D0")
    M.append(dict(
        slug="google-security-alert",
        date="2026-10-19 09:28:32", zone="UK",
        frm=("Google", "no-reply@accounts.google.com"), to=[("", "james.whitfield@example.com")],
        subject="Security alert",
        via="google_notify",
        charset="utf-8", cte="quoted-printable", html="brand", plain_links="url",
        brand=dict(name="Google", color="#1a73e8", button=("Check activity", alert),
                   footer="You received this email to let you know about important changes to your Google Account and services.\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"),
        text="""A new sign-in on Windows

james.whitfield@example.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
%s

You can also see security activity at
https://myaccount.google.com/notifications""" % alert,
        what="Genuine Google account security alert (new Windows sign-in) for the Google account the UK office uses for its Business Profile listings.",
        why="Sent by Google's own infrastructure (mail-sor-f…google.com) from accounts.google.com; links only to accounts.google.com/myaccount.google.com; informational, no credential entry requested in the mail.",
    ))
    # ----------------------------------------------------------------- 14
    M.append(dict(
        slug="christmas-vouchers-team-leads",
        date="2026-12-08 10:12:55", zone="UK",
        frm=S("uk_mgr"), to=[S("uk_acc")], cc=[S("hr")],
        subject="Christmas thank-you for cafe team leads - vouchers via HR",
        via="internal_exchange", via_opts=dict(lang="en-GB"),
        charset="us-ascii", cte="7bit", html="auto", plain_links="outlook",
        text="""Hi Priya,

As agreed in Monday's management call, each of our eight cafe team leads gets a GBP 100 Love2shop voucher as a Christmas thank-you.

Katrin's team in Hannover has ordered them through our usual benefits provider on PO 4500129417; they will arrive at the Trafford Park office by courier next Tuesday. Could you please book them as a taxable benefit under our PAYE Settlement Agreement, like last year, and I'll hand them out at the all-hands on 17 December.

Nobody needs to buy anything personally - if any of the team leads asks, please point them to me.

Thanks,
James

%s""" % sig("uk_mgr"),
        what="Genuine internal message from the UK managing director about Christmas vouchers for café team leads, ordered by HR on a purchase order.",
        why="Internal relay/Exchange path and the MD's real mailbox, HR in copy, purchase order and benefits provider, tax treatment (PSA), explicitly nobody buys cards or sends codes.",
        pair=["gift-card-request-md"],
        pair_note="Same topic (Christmas gift vouchers for team leads, same sender name); the genuine one goes through HR and a PO, the attack asks the accountant to buy Amazon cards and send the codes.",
    ))
    # ----------------------------------------------------------------- 15
    M.append(dict(
        slug="microsoft-account-security-code",
        date="2026-10-09 14:40:16", zone="DE",
        frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
        to=[("", "thomas.becker@example.com")],
        subject="Microsoft account security code",
        via="ms_notify", via_opts=dict(kind="account"),
        return_path="account-security-noreply@accountprotection.microsoft.com",
        charset="utf-8", cte="quoted-printable", html="brand", plain_links="url",
        brand=dict(name="Microsoft account", color="#2672ec",
                   footer="Microsoft respects your privacy. To learn more, please read our Privacy Statement.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052"),
        text="""Microsoft account

Security code

Please use the following security code for the Microsoft account th*****@example.com.

Security code: 418273

If you don't recognise the Microsoft account th*****@example.com, you can [[click here|https://account.live.com/dp?ft=-DrzP7uN1Qs8pYt%21Bv3kLa0cXwE6mJgH2nR9fO4yT5iVbZ]] to remove your email address from that account.

Thanks,
The Microsoft account team""",
        what="Genuine Microsoft account one-time security code sent to the head of IT while signing in to the Microsoft Partner Center.",
        why="Sent by Microsoft's own infrastructure from accountprotection.microsoft.com; the only link goes to account.live.com; contains a code the user requested, asks for nothing.",
    ))
    # ----------------------------------------------------------------- 16
    M.append(dict(
        slug="it-ticket-remote-session",
        date="2026-11-17 15:20:41", zone="DE",
        frm=("Example Group IT Service Desk", "it-service@example.com"), to=[S("uk_acc")],
        subject="[I2611-0873] Outlook crashes when opening shared calendar - remote session Thu 19 Nov 10:00 (UK)",
        via="internal_exchange", via_opts=dict(lang="en-US"),
        msgid="<TOPdesk.I2611-0873.1795443641.7f3e21@example.com>",
        headers=[("X-Mailer", "TOPdesk"), ("Auto-Submitted", "auto-generated")],
        charset="utf-8", cte="quoted-printable", html="simple",
        text="""Dear Priya Sharma,

Thank you for your call. Your incident I2611-0873 "Outlook crashes when opening shared calendar" has been assigned to Daniel Vogel (IT, Hannover).

As agreed on the phone, Daniel will connect to your laptop EG-UK-0031 on Thursday 19 November at 10:00 UK time using our managed remote support tool. A confirmation window "Example Group Remote Support" will appear on your screen; the session only starts after you click Allow, and you can end it at any time.

Please note: IT will never ask you to install software yourself, to start Quick Assist or to read out a code to someone who calls you unexpectedly. If in doubt, call the Service Desk on +49 511 94410-4440 or reply to this e-mail, keeping the ticket number in the subject.

Kind regards
IT Service Desk
Example Group SE""",
        what="Genuine IT service-desk ticket notification (TOPdesk) confirming a remote-support appointment the user requested by phone.",
        why="Generated by the internal ticket system and delivered via Exchange and mail-int01; user-initiated ticket with number and asset tag; managed tool with explicit consent; warns against Quick Assist/vishing.",
        pair=["teams-helpdesk-quick-assist"],
        pair_note="Both announce IT remote access to the UK accountant's laptop; the genuine ticket comes from the internal system for a user-requested appointment, the attack from an external onmicrosoft.com tenant pushing Quick Assist.",
    ))
    return M
