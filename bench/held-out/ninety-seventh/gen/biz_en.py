"""Genuine business messages, English (8)."""
import hops
import ids
from assets import pdf_att
from common import Mail, Body, S, local
from textfmt import outlook_html, simple_html, esc


def b09():
    text = """Microsoft account

Security code

Please use the following security code for the Microsoft account th*****@example.com.

Security code: 418307

If you don't recognize the Microsoft account th*****@example.com, you can click https://account.live.com/dp?euid=7c1d9a22e4b0f3a8&cru=https://account.live.com/Activity&ftoken=Ks9Qm2 to remove your email address from that account.

Thanks,
The Microsoft account team
"""
    html = ('<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table dir="ltr"><tr><td style="font-family:\'Segoe UI Semibold\',\'Segoe UI Bold\',\'Segoe UI\',Tahoma,sans-serif;font-size:17px;color:#707070">Microsoft account</td></tr>'
            '<tr><td style="font-family:\'Segoe UI Light\',\'Segoe UI\',Tahoma,sans-serif;font-size:41px;color:#2672ec">Security code</td></tr>'
            '<tr><td style="padding-top:25px;font-family:\'Segoe UI\',Tahoma,sans-serif;font-size:14px;color:#2a2a2a">Please use the following security code for the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:th*****@example.com">th*****@example.com</a>.</td></tr>'
            '<tr><td style="padding-top:25px;font-family:\'Segoe UI\',Tahoma,sans-serif;font-size:14px;color:#2a2a2a">Security code: <span style="font-weight:bold">418307</span></td></tr>'
            '<tr><td style="padding-top:25px;font-family:\'Segoe UI\',Tahoma,sans-serif;font-size:14px;color:#2a2a2a">If you don\'t recognize the Microsoft account th*****@example.com, you can <a href="https://account.live.com/dp?euid=7c1d9a22e4b0f3a8&amp;cru=https://account.live.com/Activity&amp;ftoken=Ks9Qm2" style="color:#2672ec;text-decoration:none">click here</a> to remove your email address from that account.</td></tr>'
            '<tr><td style="padding-top:25px;font-family:\'Segoe UI\',Tahoma,sans-serif;font-size:14px;color:#2a2a2a">Thanks,</td></tr>'
            '<tr><td style="font-family:\'Segoe UI\',Tahoma,sans-serif;font-size:14px;color:#2a2a2a">The Microsoft account team</td></tr></table></body></html>')
    inf = hops.microsoft_notify(sender_dom="accountprotection.microsoft.com", ip="40.107.236.87",
                                rdns="mail-dm6nam12on2087.outbound.protection.outlook.com")
    inf.desc = "genuine Microsoft account notification (accountprotection.microsoft.com via EOP NAM)"
    return Mail("microsoft-account-security-code", "en", local(2026, 10, 21, 9, 4, "DE"),
                ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"), [S("ithead")],
                "Microsoft account security code", inf,
                Body(plain=text, html=html, charset="utf-8", cte="quoted-printable"),
                what="Genuine Microsoft account one-time security code requested by the head of IT (Partner Center / Visual Studio account on his work address).",
                why="From accountprotection.microsoft.com over Microsoft's own outbound servers; standard template, masked address, links only to account.live.com; expected by the user who just signed in.",
                hn=[("en-m365-billing-callback-abuse", "Both arrive from Microsoft's real infrastructure; the genuine code contains no third-party text or phone number."),
                    ("en-device-code-teams-workspace", "Real Microsoft one-time code vs. attacker-supplied device code.")])


def b10():
    link = "https://github.com/password_reset/5e8f2a1c9b7d4e3f6a0b1c2d3e4f5a6b7c8d9e0f"
    text = """[GitHub] Please reset your password

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

Reset your password
%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % link
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">'
            '<table width="544" align="center"><tr><td><img src="https://github.githubassets.com/images/email/global/octocat-logo.png" width="32" alt="GitHub"></td></tr>'
            '<tr><td><h2 style="font-weight:300">Reset your GitHub password</h2><p>We heard that you lost your GitHub password. Sorry about that!</p>'
            '<p>But don&#8217;t worry! You can use the following button to reset your password:</p>'
            '<p><a href="%s" style="background:#2ea44f;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none">Reset your password</a></p>'
            '<p>If you don&#8217;t use this link within 3 hours, it will expire. To get a new password reset link, visit: <a href="https://github.com/password_reset">https://github.com/password_reset</a></p>'
            '<p>Thanks,<br>The GitHub Team</p></td></tr></table></body></html>' % esc(link))
    return Mail("github-password-reset", "en", local(2026, 11, 6, 17, 40, "DE"),
                ("GitHub", "noreply@github.com"), [S("ithead")], "[GitHub] Please reset your password", hops.github(),
                Body(plain=text, html=html, charset="utf-8", cte="7bit", html_cte="quoted-printable"),
                what="Genuine GitHub password-reset mail requested by the head of IT.",
                why="From github.com via GitHub's own SMTP (out-26.smtp.github.com), links only to github.com, standard 3-hour expiry text; requested by the user.",
                hn=[("el-kodikos-lixi-m365", "Password/credential topic; genuine reset from the real service vs. password-expiry lure.")])


def b11():
    text = """Hi James,

I need to raise two issues from Salford Quays over the weekend.

1. The 02:00 mobile patrol on Saturday 14 November did not take place. The gatehouse log and the barrier camera both show no vehicle between 23:40 and 04:15.
2. The intruder alarm activation at the loading bay at 03:52 on Sunday was acknowledged by your control room, but the keyholder response arrived at 04:41. Our contract specifies 30 minutes.

Could you please send me an incident report for both events by Wednesday, including the patrol tracking data, and let me know what you are putting in place to stop this happening again? We will also need to discuss a service credit at Thursday's review.

Kind regards,
Emma

Emma Clarke
Contracts & Compliance Manager
Northgate Facilities Ltd
Tel: 0161 496 0732
"""
    inf = hops.exo("Northgate tenant", "LO2P265MB5573", "GBRP265.PROD.OUTLOOK.COM",
                   "GBR01-LO2-obe.outbound.protection.outlook.com", "mail-lo2gbr01on2100.outbound.protection.outlook.com",
                   "40.107.10.100", lang="en-GB", tenant_seed="northgate-fm.co.uk")
    inf.desc = "genuine Microsoft 365 tenant of northgate-fm.co.uk"
    return Mail("northgate-complaint-missed-patrol", "en", local(2026, 11, 16, 8, 55, "UK"),
                ("Emma Clarke", "emma.clarke@northgate-fm.co.uk"), [S("uk_mgr")],
                "Missed patrol and late alarm response - Salford Quays, 14/15 Nov", inf,
                Body(plain=text, html=outlook_html(text, lang="EN-GB"), charset="us-ascii", cte="7bit", html_charset="utf-8", html_cte="quoted-printable"),
                what="Customer complaint: missed mobile patrol and late keyholder response at a customer site; asks for an incident report and mentions a service credit.",
                why="From the customer's real domain and Microsoft 365 tenant, concrete operational details, no links or attachments, asks for a report through normal account management.",
                hn=[("en-device-code-teams-workspace", "Same customer contact and the same Thursday review; the attack comes from the look-alike northgate-fm.com with a device code."),
                    ("en-docusign-svg-attachment", "Same customer name abused as DocuSign lure.")])


def b12():
    text = """Dear Priya Shah,

Please find attached invoice INV-58213 for £3,184.20, due on 30/11/2026.

Order: PO UK-2026-0419 (40 x hi-vis bomber jackets, 60 x security fleeces, embroidery)

You can pay by BACS to:
Pennine Workwear Ltd
NatWest, sort code 01-09-75, account 41227830
IBAN %s

Please note that our bank details have not changed and we will never ask you to change them by e-mail. If you receive such a request, please call us on 01924 380 552.

If you have any questions about this invoice, please reply to this e-mail.

Kind regards,
Pennine Workwear Ltd
""" % ids.PENNINE_GENUINE
    pdf = pdf_att("INV-58213.pdf", [
        "Pennine Workwear Ltd", "Unit 7, Calder Park, Wakefield WF2 7AW", "VAT Reg. GB 284 7719 36", "",
        "INVOICE INV-58213                    Date: 31/10/2026   Due: 30/11/2026", "",
        "Bill to: Example Group (UK) Ltd, Unit 4, Trafford Park Road, Manchester M17 1HG",
        "Your ref: PO UK-2026-0419", "",
        "Qty  Description                                   Unit     Net",
        "40   Hi-vis bomber jacket, navy/yellow, logo       32.50  1,300.00",
        "60   Security fleece, black, embroidered           20.85  1,251.00",
        "1    Embroidery set-up                             102.50   102.50",
        "                                              Net total  2,653.50",
        "                                              VAT 20%      530.70",
        "                                              TOTAL      3,184.20", "",
        "BACS: NatWest 01-09-75 / 41227830  IBAN " + ids.PENNINE_GENUINE],
        title="Invoice INV-58213", author="Pennine Workwear Ltd", creator="Sage Accounting", producer="Sage Accounting")
    inf = hops.ses(region="eu-west-1", ip="54.240.7.21")
    inf.helo = inf.rdns = "a7-21.smtp-out.eu-west-1.amazonses.com"
    inf.desc = "Sage Accounting invoice mail via Amazon SES (eu-west-1), sender penninewear.co.uk"
    return Mail("pennine-invoice-sage", "en", local(2026, 10, 31, 10, 2, "UK"),
                ("Pennine Workwear Ltd", "accounts@penninewear.co.uk"), [S("uk_acc")],
                "Invoice INV-58213 from Pennine Workwear Ltd", inf,
                Body(plain=text, html=simple_html(text), charset="utf-8", cte="quoted-printable"), atts=[pdf],
                reply_to=("Pennine Workwear Ltd", "accounts@penninewear.co.uk"),
                what="Supplier's genuine invoice from Sage Accounting with PDF, unchanged bank details and a warning about bank-detail fraud.",
                why="Usual Sage-via-SES path for this supplier's invoices, PDF invoice matching the PO, known NatWest account, explicit statement that bank details never change by e-mail.",
                hn=[("en-pennine-thread-hijack-statement", "Same supplier and order; the hijack from the compromised sales mailbox asks for a portal login instead of sending a PDF.")])


def b13():
    text = """A new sign-in on Windows

james.whitfield@example.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
https://accounts.google.com/AccountChooser?Email=james.whitfield@example.com&continue=https://myaccount.google.com/alert/nt/1764230400000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D-5738421001287734%%26et%%3D0

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
"""
    text = text.replace("%%", "%")
    html = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%" height="100%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0" lang="en"><tr><td align="center">'
            '<div style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px;max-width:516px;font-family:\'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif">'
            '<div style="font-size:24px">A new sign-in on Windows</div><div style="font-size:14px;padding-top:8px">james.whitfield@example.com</div>'
            '<div style="font-size:14px;line-height:20px;padding-top:20px;text-align:left">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don&#39;t need to do anything. If not, we&#39;ll help you secure your account.</div>'
            '<div style="padding-top:32px;text-align:center"><a href="https://accounts.google.com/AccountChooser?Email=james.whitfield@example.com&amp;continue=https://myaccount.google.com/alert/nt/1764230400000?rfn%3D325%26rfnc%3D1%26eid%3D-5738421001287734%26et%3D0" style="font-family:\'Google Sans\',Roboto,Arial;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px">Check activity</a></div>'
            '<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;text-align:center">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></div></div>'
            '<div style="text-align:left;font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">You received this email to let you know about important changes to your Google Account and services.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>'
            '</td></tr></table></body></html>')
    return Mail("google-new-signin-alert", "en", local(2026, 11, 27, 8, 14, "UK"),
                ("Google", "no-reply@accounts.google.com"), [S("uk_mgr")], "Security alert", hops.google_notify(),
                Body(plain=text, html=html, charset="UTF-8", cte="quoted-printable"),
                what="Genuine Google security alert: new sign-in on Windows to the Google account (Business Profile / Ads) registered with the UK manager's work address.",
                why="From accounts.google.com via Google's mail-sor servers, standard template, links only to accounts.google.com / myaccount.google.com; informational, no credential request in the mail itself.",
                hn=[("en-sia-licence-credential-phish", "Both are account-related notices with a sign-in button; only the genuine one stays on the real provider's domain.")])


def b14():
    text = """Security Industry Authority

Approved Contractor Scheme: annual renewal due

Dear James Whitfield,

Your organisation's ACS approval (Example Group (UK) Ltd) is due for its annual renewal on 14 January 2027.

To renew, sign in to your ACS online account on GOV.UK, complete the annual self-assessment against the ACS standard and pay the annual registration fee. You must do this before the renewal date to keep your approval.

Guidance on the renewal: https://www.gov.uk/guidance/approved-contractor-scheme-renewing-your-approval

If you have any questions, contact our ACS team using the details on GOV.UK. Do not reply to this email.

Security Industry Authority
"""
    inf = hops.govuk_notify()
    inf.helo = inf.rdns = "e226-9.smtp-out.eu-west-2.amazonses.com"
    return Mail("sia-acs-renewal-notify", "en", local(2026, 11, 20, 10, 0, "UK"),
                ("Security Industry Authority", "security.industry.authority@notifications.service.gov.uk"), [S("uk_mgr")],
                "ACS annual renewal due: Example Group (UK) Ltd", inf,
                Body(plain=text, charset="utf-8", cte="quoted-printable"),
                what="Genuine SIA notification via GOV.UK Notify reminding the UK office that the annual ACS approval renewal is due.",
                why="Sent by GOV.UK Notify (notifications.service.gov.uk on Amazon SES eu-west-2); no sign-in link in the mail, only gov.uk guidance; long lead time, no threat.",
                hn=[("en-sia-licence-credential-phish", "Same regulator and topic (ACS / licences); the phish uses a look-alike domain, a sign-in link and a threat.")])


def b15():
    text = """Dear colleagues,

As every year, all operational staff (security officers, mobile patrols, control-room operators) will receive a Christmas thank-you voucher worth 50 (GBP in the UK, EUR elsewhere).

How it works:
- The voucher is loaded automatically to each employee's account on our benefits platform on 15 December. Employees get a notification from the platform to their company or private e-mail address registered in the HR system.
- Office managers do not need to buy, collect or distribute anything, and nobody will ever be asked to buy gift cards and send the codes by e-mail or messenger.
- Questions: please contact HR (Anja Schröder, ext. 1420) or your office manager.

Thank you for passing this on to your teams, especially night shifts.

Best regards
Anja Schröder
HR / Payroll
Example Group GmbH & Co. KG
"""
    return Mail("christmas-vouchers-hr-notice", "en", local(2026, 12, 1, 9, 30, "DE"),
                S("hr"), [S("uk_mgr"), S("uk_acc"), S("it_mgr"), S("pl_mgr"), S("es_mgr"), S("gr_mgr"), S("ru_mgr")],
                "Christmas thank-you vouchers for operational staff 2026", hops.internal(lang="en-US"),
                Body(plain=text, html=outlook_html(text, lang="EN-US"), charset="iso-8859-1", cte="quoted-printable"),
                rcpt=S("uk_acc")[1], hdr_cs="iso-8859-1", hdr_enc="Q",
                what="Internal HR notice to office managers about the annual Christmas vouchers for operational staff.",
                why="Internal mail from HR via Exchange and mail-int01, addressed to all office managers; explains that vouchers are loaded centrally and that nobody is ever asked to buy gift cards.",
                hn=[("en-gift-card-request", "Same topic (Christmas gift cards/vouchers for the night team); the scam asks an accountant to buy Apple cards and mail the codes.")])


def b16():
    text = """Hello Priya,

Your request has been updated.

Ticket: #20261118-0442
Title: Laptop replacement - screen damaged (LT-UK-0173)
Status: Assigned
Assigned to: Marc Schulte (IT Service Desk, HQ Cologne)

Comment from Marc Schulte:
A replacement laptop (LT-UK-0211) has been prepared and will be sent to the Manchester office by DPD on Friday, 20 November. Marc will contact you via Teams chat (internal account) to book a 20-minute setup session on Monday. Please bring your old laptop and charger to the session. We will never ask for your password.

You can view the ticket in the IT portal (internal network or VPN only): https://helpdesk.corp.example.com/front/ticket.form.php?id=20442

This is an automatic notification from the Example Group IT Service Desk. Please do not reply to this e-mail; add a follow-up in the portal instead.
"""
    inf = hops.internal_app("helpdesk.corp.example.com", "10.20.5.31", mailer_hdr=("X-Mailer", "GLPI 10.0.16"),
                            msgid_dom="helpdesk.corp.example.com")
    inf.desc = "internal GLPI help-desk server helpdesk.corp.example.com via mail-int01"
    return Mail("it-helpdesk-ticket-laptop", "en", local(2026, 11, 18, 14, 50, "DE"),
                ("Example Group IT Service Desk", "servicedesk@example.com"), [S("uk_acc")],
                "[GLPI #20261118-0442] Laptop replacement - screen damaged (LT-UK-0173)", inf,
                Body(plain=text, html=simple_html(text), charset="utf-8", cte="8bit"),
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, DR, RN, NRN, AutoReply")],
                what="Internal help-desk ticket update: replacement laptop for a damaged one, setup session to be booked via internal Teams chat.",
                why="Generated by the internal GLPI server and relayed by mail-int01; ticket number and asset tags, link only to the internal help-desk host; explicitly never asks for passwords or remote sessions.",
                hn=[("en-teams-helpdesk-quick-assist", "Both announce IT contacting the user via Teams; the genuine ticket is internal, expected and asks for nothing sensitive.")])


def messages():
    return [b09(), b10(), b11(), b12(), b13(), b14(), b15(), b16()]
