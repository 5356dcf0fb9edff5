"""Genuine business messages, English (8)."""

from codes import iban_print
from company import S, BANK
from core import Msg, alt, plain, mixed, att_pdf, prev_mid
from mime import h, UPALNUM
from systems import (DocuSign, GitHub, GoogleAccounts, MSAccount, GovNotify, Internal,
                     ExchangeOnline, uuid)


def b09():
    env = uuid("b09-env")
    acct = uuid("northgate-acct")
    url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (env, acct, uuid("b09-er"))
    code = h("b09-code", 32, "0123456789ABCDEF")
    text = """Jamie Walsh sent you a document to review and sign.

[[REVIEW DOCUMENT|%s]]

Jamie Walsh
j.walsh@northgate-dev.co.uk

Hi Oliver, as discussed on Monday - Deed of Variation No. 2 (additional scope for the basement redesign, fee uplift GBP 38,500 + VAT). Legal have incorporated your comments on clause 4.2. Thanks, Jamie

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

Stop receiving this email
[[Report this email|https://protect.docusign.net/report-abuse?e=AUtomjpXE3W2]] or read more about [[Declining to sign|https://support.docusign.com/s/articles/How-do-I-decline-to-sign-a-document]] and [[Managing notifications|https://support.docusign.com/s/articles/How-to-manage-email-notifications]].

This message was sent to you by Jamie Walsh who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.""" % (url, code)
    top = ('<div style="background:#1e1e1e;color:#fff;padding:18px 24px;font-size:22px;font-weight:bold;">Docusign</div>\n'
           '<div style="background:#4c00ff;color:#fff;padding:28px;text-align:center;font-size:16px;">'
           'Jamie Walsh sent you a document to review and sign.</div>\n')
    return Msg("docusign-deed-of-variation", "2026-11-11 10:02:31", DocuSign(),
               ("Jamie Walsh via Docusign", "dse@eumail.docusign.net"), [S("bennett")],
               "Complete with Docusign: Northgate - Appointment of Structural Engineer - Deed of Variation No. 2.pdf",
               alt(text, "utf-8", "quoted-printable", hstyle="generic", pstyle="bare", lang="en", top=top),
               reply_to=("Jamie Walsh", "j.walsh@northgate-dev.co.uk"),
               what="Genuine Docusign envelope from the customer's development manager: deed of variation to the structural engineering appointment.",
               why="Genuine: sent by DocuSign's EU infrastructure (eumail.docusign.net), links only to eu.docusign.net / docusign.com, includes the alternate-signing security code, "
                   "Reply-To is the customer's real address, content matches an ongoing negotiation.",
               pair=[9])


def b10():
    text = """Hey thomas-gross-exg!

A sign in attempt requires further verification because we did not recognize your device. To complete the sign in, enter the verification code on the unrecognized device.

Device: Firefox on Windows
Verification code: 482913

If you did not attempt to sign in to your account, your password may be compromised. Visit https://github.com/settings/security to create a new, strong password for your GitHub account.

If you'd like to automatically verify devices in the future, consider enabling two-factor authentication on your account. Visit https://docs.github.com/articles/configuring-two-factor-authentication to learn about two-factor authentication.

If you decide to enable two-factor authentication, ensure you retain access to one or more account recovery methods. See https://docs.github.com/articles/configuring-two-factor-authentication-recovery-methods in the GitHub Help.

Thanks,
The GitHub Team"""
    return Msg("github-device-verification", "2026-11-02 08:41:17", GitHub(),
               ("GitHub", "noreply@github.com"), [S("gross")],
               "[GitHub] Please verify your device",
               plain(text, "UTF-8", "7bit"),
               what="GitHub device-verification code after the head of IT signed in from a new browser.",
               why="Genuine service notification: GitHub's own outbound servers (out-*.smtp.github.com), GitHub message-id style, only github.com / docs.github.com links, "
                   "a code to type into the device the user is signing in on (no link to click).")


def b11():
    url = "https://accounts.google.com/AccountChooser?Email=priya.shah@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/1796109093000?rfn%3D31%26rfnc%3D1%26eid%3D" + h("b11eid", 20, "0123456789")
    text = """A new sign-in on Windows

priya.shah@examplegroup.eu

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

[[Check activity|%s]]

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % url
    return Msg("google-new-signin-windows", "2026-12-01 08:12:40", GoogleAccounts(),
               ("Google", "no-reply@accounts.google.com"), [S("shah")],
               "Security alert",
               alt(text, "UTF-8", "quoted-printable", hstyle="generic", pstyle="bare", lang="en"),
               what="Google security alert: new sign-in on Windows to the Google account (used for Google Ads/Analytics) registered with the accountant's work address.",
               why="Genuine: Google's mail-sor infrastructure, accounts.google.com sender, links only to accounts.google.com / myaccount.google.com, informational (no credential request).")


def b12():
    text = """Microsoft account

Security code

Please use the following security code for the Microsoft account lu*****@example.com.

Security code: 735018

If you don't recognize the Microsoft account lu*****@example.com, you can [[click here|https://account.live.com/dp?ft=%s]] to remove your email address from that account.

Thanks,
The Microsoft account team""" % h("b12ft", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*")
    return Msg("microsoft-account-security-code", "2026-10-30 13:27:51", MSAccount(),
               ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"), [S("wendt")],
               "Microsoft account security code",
               alt(text, "utf-8", "quoted-printable", hstyle="generic", pstyle="paren", lang="en"),
               what="Microsoft account security code for the mail admin's Microsoft account (used for partner/licensing portals).",
               why="Genuine: sent by Microsoft's account-protection service through Microsoft's own outbound servers, typical masked address and one-time code, only account.live.com link.",
               pair=[13, 5])


def b13():
    text = """Company number: 14412876
Company name: EXAMPLE GROUP UK LTD

Your company's confirmation statement is due by 16 October 2026.

You must check the information we hold about your company at least once every 12 months and tell us about any changes. You do this by filing a confirmation statement.

You can file the confirmation statement online:
https://www.gov.uk/file-your-confirmation-statement-with-companies-house

You'll need the company authentication code. If you do not have it, you can request it on the same page.

It's a criminal offence not to file a confirmation statement.

Companies House

Do not reply to this email. This inbox is not monitored."""
    return Msg("companies-house-cs01-reminder", "2026-10-05 09:00:14", GovNotify(),
               ("Companies House", "companies.house@notifications.service.gov.uk"), [S("bennett")],
               "Confirmation statement due for EXAMPLE GROUP UK LTD",
               plain(text, "utf-8", "quoted-printable"),
               what="Companies House reminder that the UK company's confirmation statement is due by 16 October.",
               why="Genuine: GOV.UK Notify (Amazon SES eu-west-2) from notifications.service.gov.uk, link only to www.gov.uk, plain informational text without a login link.",
               pair=[12])


def b14():
    text = """Hi all,

As a small thank-you for a great year, every member of the Manchester team will receive a GBP 50 Love2shop voucher this Christmas. Priya will hand out the envelopes at the team lunch on Friday 18 December; if you are on site or on leave that day, she'll keep yours in the safe.

A couple of practical points:
- Nobody needs to buy anything or pay in advance - the vouchers were ordered centrally by HQ and are handled through payroll as a trivial benefit.
- I will never ask anyone by e-mail, text or WhatsApp to buy gift cards. If you get such a message "from me", it is a scam - please forward it to it-servicedesk@example.com and delete it.

The office closes at 1 pm on 23 December and reopens on 4 January.

Thanks again for all your hard work,
Oliver

Oliver Bennett
Office Manager | Example Group UK Ltd
3 Hardman Street, Manchester M3 3HF | +44 161 496 0731"""
    return Msg("christmas-vouchers-internal", "2026-12-04 12:15:08", Internal(mbx="EXMBX02"),
               S("bennett"), [("Manchester Office", "uk-office@example.com")],
               "Christmas vouchers and office closure",
               alt(text, "us-ascii", "7bit", lang="en"),
               cc=[S("shah")], hcs="us-ascii", rcpt="uk-office@example.com",
               what="The UK office manager tells the Manchester team about Christmas vouchers and the office closure.",
               why="Genuine internal message via Exchange and mail-int01; vouchers handled centrally and through payroll, explicitly warns that he never asks for gift cards. "
                   "Hard negative of the gift-card attack.",
               pair=[16])


def b15():
    q = prev_mid("b15-q", "exchange")
    text = """Oliver,

I have to escalate this. We still haven't received the Rev C structural drawings for Riverside Phase 2 that were promised for last Friday, and the coordination model issued on Tuesday shows the level 3 transfer beam clashing with the main supply duct on gridline D/7 - the same clash we flagged in the October design team meeting.

The contractor has now put us on notice that steel fabrication will slip if they don't have approved drawings by 11 December, and any delay costs will be passed on. If that happens we will have to look at this under the appointment, including withholding the next fee instalment until the package is complete.

Please confirm by end of tomorrow:
1. a firm issue date for Rev C,
2. how the clash at D/7 is being resolved (and whether the M&E consultant agrees),
3. who from your Munich team is covering while Stefanie is out.

Happy to have a call on Thursday morning if that helps.

Regards,
Jamie

Jamie Walsh
Development Manager
Northgate Developments Ltd
4th Floor, 1 Spinningfields, Manchester M3 3JE
T 0161 832 4470"""
    return Msg("northgate-complaint-rev-c-drawings", "2026-11-24 17:32:49",
               ExchangeOnline(domain="northgate-dev.co.uk", pod="CWXP265MB3517", region="GBRP265", lang="en-GB",
                              helo="GBR01-CWX-obe.outbound.protection.outlook.com",
                              rdns="mail-cwxgbr01on2109.outbound.protection.outlook.com", ip="40.107.121.109"),
               ("Jamie Walsh", "j.walsh@northgate-dev.co.uk"), [S("bennett")],
               "RE: Riverside Phase 2 - Rev C drawings / L3 clash - ESCALATION",
               alt(text, "us-ascii", "7bit", lang="en"),
               cc=[S("brandt"), S("krueger")], in_reply_to=q, references=q, hcs="utf-8", hmode="B",
               what="Customer complaint: structural drawings late, an unresolved clash, threat to withhold the next fee instalment.",
               why="Genuine, though angry and threatening: customer's real domain northgate-dev.co.uk via its Microsoft 365 tenant (UK region), reply in an existing project thread, "
                   "specific technical content, no link, no payment or credential request. Hard negative of the device-code attack from the look-alike domain.",
               pair=[13])


def b16():
    text = """Dear Priya,

Please find attached our invoice HR-26-1187 for quantity surveying services on Riverside Phase 1 for October 2026 (cost report no. 9 and valuation no. 14).

Amount due: GBP 6,840.00 (incl. VAT), payment terms 30 days as per our subcontract.

Our bank details are unchanged (Barclays, as on previous invoices). If you have any queries, please let me know.

Kind regards,

Sarah Collins
Accounts
Hartley & Reed Surveyors LLP
Park Row House, 19 Park Row, Leeds LS1 5JF
T 0113 244 8061"""
    pdf = att_pdf("HR-26-1187.pdf", [
        ("h", "Hartley & Reed Surveyors LLP"), ("s", "Park Row House, 19 Park Row, Leeds LS1 5JF | VAT GB 318 4472 90"), "",
        "Invoice to: Example Group UK Ltd, 3 Hardman Street, Manchester M3 3HF", "",
        ("b", "INVOICE HR-26-1187                      Date: 06/11/2026"), "Your ref: PO-UK-2026-0214", "",
        "Quantity surveying services - Riverside Phase 1 - October 2026",
        "Cost report no. 9, valuation no. 14                            GBP 5,700.00",
        "VAT 20%                                                        GBP 1,140.00",
        ("b", "Total due                                                      GBP 6,840.00"), "",
        "Payment within 30 days to: Barclays Bank UK PLC",
        "Sort code 20-32-53   Account 43871209",
        "IBAN " + iban_print(BANK["hartley"]) + "   BIC BARCGB22",
    ], title="Invoice HR-26-1187", producer="Xero", created="20261106094511Z")
    return Msg("hartley-reed-invoice-oct", "2026-11-06 10:12:37",
               ExchangeOnline(domain="hartleyreed.co.uk", pod="LO2P123MB6021", region="GBRP123", lang="en-GB",
                              helo="GBR01-LO2-obe.outbound.protection.outlook.com",
                              rdns="mail-lo2gbr01on2107.outbound.protection.outlook.com", ip="40.107.11.107"),
               ("Sarah Collins", "accounts@hartleyreed.co.uk"), [S("shah")],
               "Invoice HR-26-1187 - Riverside Phase 1 - October 2026",
               mixed(alt(text, "us-ascii", "7bit", lang="en"), pdf),
               hcs="us-ascii",
               what="The quantity-surveying subcontractor sends its monthly invoice with unchanged Barclays bank details.",
               why="Genuine: the subcontractor's own Microsoft 365 tenant, shared accounts mailbox, matching PO and project, PDF invoice, bank details explicitly unchanged. "
                   "Hard negative of the SharePoint/OneNote lure sent later from the same (then compromised) tenant.",
               pair=[11])


def messages():
    return [b09(), b10(), b11(), b12(), b13(), b14(), b15(), b16()]
