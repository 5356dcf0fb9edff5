"""Genuine business messages 09-16 (English)."""
import docs
import mime
from company import S, P, BANK, iban, bic
from kit import alt, mixed, plain, pdf_att, png_att, sig, ol_quote, old_msgid
from attacks_en import docusign_html
from message import Mail
from util import utc


def build():
    M = []

    # 09 ---------------------------------------------------------------
    txt = """Example Group

Security info added

The following security info was recently added to the account ja*****@example.com:

Microsoft Authenticator app (iPhone 15)

If you added this security info, no further action is required.

If you didn't add this security info, someone might be using your account. Review your security info and sign-ins immediately:
https://mysignins.microsoft.com/security-info

Thanks,
The Example Group account team

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">
<table dir="ltr"><tr><td style="font-size:17px;color:#707070">Example Group</td></tr>
<tr><td style="font-size:41px;color:#2672ec;padding-bottom:10px">Security info added</td></tr>
<tr><td style="padding-top:25px">The following security info was recently added to the account <a href="mailto:ja*****@example.com" style="color:#2672ec">ja*****@example.com</a>:</td></tr>
<tr><td style="padding-top:25px"><b>Microsoft Authenticator app (iPhone 15)</b></td></tr>
<tr><td style="padding-top:25px">If you added this security info, no further action is required.</td></tr>
<tr><td style="padding-top:25px">If you didn't add this security info, someone might be using your account. <a href="https://mysignins.microsoft.com/security-info" style="color:#2672ec">Review your security info and sign-ins</a> immediately.</td></tr>
<tr><td style="padding-top:25px">Thanks,<br>The Example Group account team</td></tr>
<tr><td style="padding-top:40px;font-size:12px;color:#707070"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#2672ec">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>
"""
    M.append(Mail("09-en-microsoft-security-info-notice", utc(2026, 10, 28, 8, 14, 2),
                  ("Microsoft on behalf of Example Group", "msonlineservicesteam@microsoftonline.com"), [S("uk_mgr")],
                  "Example Group account security info was added",
                  alt(txt, "utf-8", "base64", html=html), via="msonline",
                  what="Microsoft Entra notification that the Authenticator app was added to the UK manager's account (after the MFA change).",
                  why="Sent by Microsoft's own infrastructure (protection.outlook.com, microsoftonline.com), informational, links only to mysignins.microsoft.com and go.microsoft.com, no code entry or credential request."))

    # 10 ---------------------------------------------------------------
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=2b6f0e71-9c4d-4a83-8f15-d7e3a9c04b62&etti=24&acct=a7d4c2e9-1f08-4b6a-9e3c-5d81f2b07c44&er=64e1c3d8-70b2-4f9e-a5c1-0e8d93f27b15"
    sender = "Emma Clarke"
    msg = ("Hi James,\n\nAs discussed on Tuesday, please find attached the 2027 supply agreement for folding cartons and sleeves "
           "for signature. Legal has incorporated your comments on clause 9 (board price indexation).\n\nMany thanks,\nEmma")
    txt = ("%s sent you a document to review and sign.\n\nREVIEW DOCUMENT\n%s\n\nHGF_Supply_Agreement_2027_Example_Group_UK.pdf\n\n%s\n\n"
           "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or access code with others.\n"
           % (sender, link, msg))
    M.append(Mail("10-en-docusign-supply-agreement-genuine", utc(2026, 11, 19, 14, 41, 55),
                  ("Emma Clarke via Docusign", "dse@eumail.docusign.net"), [S("uk_mgr")],
                  "Complete with Docusign: HGF_Supply_Agreement_2027_Example_Group_UK.pdf",
                  alt(txt, "utf-8", "quoted-printable",
                      html=docusign_html(sender, "HGF_Supply_Agreement_2027_Example_Group_UK.pdf", msg, link)),
                  via="docusign", reply_to=("Emma Clarke", "e.clarke@harrowgatefoods.co.uk"),
                  what="DocuSign envelope from the customer's procurement manager with the 2027 supply agreement.",
                  why="Genuine DocuSign infrastructure, envelope sender/reply-to is the known contact at harrowgatefoods.co.uk, content follows a discussed negotiation, no payment-detail request."))

    # 11 ---------------------------------------------------------------
    tok = "Z4kP2mQx9vT7bR1nW8sL3yH6cJ0dF5gA"
    txt = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % tok
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">
<div style="max-width:544px;margin:0 auto;padding:16px">
<img src="https://github.githubassets.com/images/email/global/octocat-logo.png" width="32" alt="GitHub">
<h2 style="font-weight:300">Reset your GitHub password</h2>
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don't worry! You can use the following button to reset your password:</p>
<p><a href="https://github.com/password_reset/%s" style="background:#1f883d;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:600">Reset your password</a></p>
<p>If you don't use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
<p>Thanks,<br>The GitHub Team</p></div></body></html>
""" % tok
    M.append(Mail("11-en-github-password-reset", utc(2026, 11, 9, 13, 5, 33), ("GitHub", "noreply@github.com"),
                  [("Lukas Hoffmann", "lukas.hoffmann@example.com")], "[GitHub] Please reset your password",
                  alt(txt, "UTF-8", "7bit", html=html), via="github",
                  what="GitHub password-reset mail requested by the mail administrator for the company's GitHub organisation account.",
                  why="Sent by GitHub's own SMTP servers (out-*.smtp.github.com), standard template, link only to github.com, expected after the user's own request."))

    # 12 ---------------------------------------------------------------
    t = utc(2026, 11, 13, 11, 2, 19)
    body = """Dear Sir/Madam,

Please find attached our remittance advice for the BACS payment made today.

Payment reference: HGF-BACS-118244
Amount: £36,482.10
Value date: 13/11/2026

If you have any queries please contact accounts.payable@harrowgatefoods.co.uk quoting our supplier number S10472.

Kind regards

Accounts Payable
Harrowgate Foods Ltd
Crimple Valley Business Park, Harrogate HG3 1FQ
"""
    ra = [("HARROWGATE FOODS LTD", 14, True), "Crimple Valley Business Park, Harrogate HG3 1FQ · VAT GB 284 1193 57", "",
          ("REMITTANCE ADVICE", 12, True), "Supplier: Example Group UK Ltd (S10472)", "Payment date: 13/11/2026   Method: BACS",
          "Paid to: HSBC UK Bank plc, sort code 40-12-76, account 71844529 (IBAN " + iban("eg_uk") + ")", "",
          "Invoice         Date         Amount",
          "UK-INV-26-0871  02/10/2026   £14,206.50", "UK-INV-26-0894  09/10/2026   £12,918.00",
          "UK-INV-26-0902  14/10/2026    £9,357.60", ("Total paid                   £36,482.10", 10, True)]
    M.append(Mail("12-en-customer-remittance-advice", t, P("harrowgate", 1), [S("uk_acc")],
                  "Remittance Advice - HGF-BACS-118244",
                  mixed(alt(body, "iso-8859-1", "quoted-printable", "outlook", "en"),
                        pdf_att("Remittance_HGF-BACS-118244.pdf", ra, outlook=True, t=t, creator="SAP NetWeaver", producer="SAP NetWeaver 7.50")),
                  via="o365", hcs="iso-8859-1", henc="Q", sys=dict(region="gbr"),
                  what="Customer's accounts payable sends a remittance advice PDF for a BACS payment.",
                  why="From harrowgatefoods.co.uk's own M365 tenant, PDF from their ERP, amounts match open invoices, pays into Example Group UK's known HSBC account; no link or login."))

    # 13 ---------------------------------------------------------------
    txt = """A new sign-in on Windows

julia.neumann@example.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
https://accounts.google.com/AccountChooser?Email=julia.neumann@example.com&continue=https://myaccount.google.com/alert/nt/1792836120000?rfn%%3D31%%26rfnc%%3D1%%26eid%%3D-4261590184733185025%%26et%%3D0

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""".replace("%%", "%")
    html = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table style="max-width:516px;border:thin solid #dadce0;border-radius:8px;padding:40px 20px" width="100%%"><tr><td align="center" style="font-family:'Google Sans',Roboto,Arial,sans-serif">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">
<div style="font-size:24px;padding-top:16px">A new sign-in on Windows</div>
<div style="font-size:14px;padding-top:8px"><a style="color:#3c4043">julia.neumann@example.com</a></div>
<div style="font-size:14px;line-height:20px;padding-top:20px;text-align:left">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.</div>
<div style="padding-top:32px"><a href="https://accounts.google.com/AccountChooser?Email=julia.neumann@example.com&amp;continue=https://myaccount.google.com/alert/nt/1792836120000?rfn%%3D31%%26rfnc%%3D1%%26eid%%3D-4261590184733185025%%26et%%3D0" style="font-family:'Google Sans',Roboto,Arial;font-size:14px;color:#ffffff;background-color:#4184f3;border-radius:5px;padding:10px 24px;text-decoration:none">Check activity</a></div>
<div style="font-size:12px;padding-top:20px;color:#5f6368">You can also see security activity at<br><a style="color:#5f6368">https://myaccount.google.com/notifications</a></div>
</td></tr></table>
<div style="font-size:11px;color:#5f6368;padding-top:12px;font-family:Roboto,Arial">You received this email to let you know about important changes to your Google Account and services.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>
</td></tr></table></body></html>
""".replace("%%", "%")
    M.append(Mail("13-en-google-new-signin-alert", utc(2026, 10, 26, 7, 22, 0), ("Google", "no-reply@accounts.google.com"),
                  [("Julia Neumann", "julia.neumann@example.com")], "Security alert",
                  alt(txt, "UTF-8", "base64", html=html, flowed=True), via="google",
                  what="Google security alert about a new Windows sign-in to the Google account used for the magazines' Analytics/Ads.",
                  why="From Google's notification infrastructure (mail-sor-*.google.com, notifications.google.com Message-ID), standard template, links only to accounts.google.com/myaccount.google.com."))

    # 14 ---------------------------------------------------------------
    body = """Dear colleagues in Leeds,

On Saturday, 28 November 2026, between 08:00 and 14:00 (UK time), we will install the latest Exchange cumulative update and new firmware on the VPN gateways. E-mail on mobile devices and VPN may be unavailable for short periods. You do not need to do anything; your PCs will not be touched.

A reminder, because attackers are currently targeting companies in our industry with fake IT calls:
- Group IT will never contact you via Microsoft Teams from an external account (shown as "External" or "Unverified").
- We will never ask you to start Quick Assist, AnyDesk, TeamViewer or similar tools unless you have opened a ticket yourself and we call you back on your desk phone.
- A sudden flood of newsletter or sign-up e-mails is not a "migration side effect". Please report it to the service desk.

If in doubt, hang up and call the service desk on +49 821 4508-444 (English spoken).

Best regards
Thomas Gross
Head of IT, Example Group
"""
    M.append(Mail("14-en-it-maintenance-and-vishing-warning", utc(2026, 11, 20, 14, 0, 11), S("ithead"),
                  [("UK Staff", "uk-staff@example.com")], "Planned IT maintenance Saturday 28 November - and a reminder about fake IT calls",
                  alt(body, "us-ascii", "quoted-printable", "outlook", "en"), via="internal", rcpt=S("uk_acc")[1],
                  what="Internal IT notice to UK staff about weekend maintenance with a warning about fake help-desk calls.",
                  why="From the head of IT via Exchange and the internal relay to a distribution list; no action or tool required, tells users to verify through the known service-desk number."))

    # 15 ---------------------------------------------------------------
    unsub = "https://u2214873.ct.sendgrid.net/asm/unsubscribe/?user_id=2214873&data=Kq9vXw3TzL0bN5mY8cR2fJ7hP1sD4gA6"
    txt = """PackNews Europe - Weekly Briefing, 3 December 2026

1. PPWR countdown: what the EU packaging regulation means for folding-carton converters in 2027
Recycled-content targets, minimisation rules and the new labelling scheme - a practical checklist.
https://packnews-europe.com/ppwr-checklist-2027

2. Board prices: GC1 and GC2 settle for Q1 after three quarters of increases
Mills signal stable pricing as energy costs ease; recycled grades under pressure.
https://packnews-europe.com/board-prices-q1-2027

3. Fibre trays replace CPET in UK ready meals
Two major retailers commit to oven-proof board trays by 2028.
https://packnews-europe.com/fibre-trays-ready-meals

You are receiving this email because you subscribed to PackNews Europe with katrin.vogel@example.com.
Update your preferences or unsubscribe: %s
PackNews Europe Ltd, 22 Wharf Street, Leeds LS2 7EQ, United Kingdom
""" % unsub
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Georgia,serif"><table width="640" align="center" style="background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 30px;border-bottom:4px solid #0a6e5c;font-size:26px;color:#0a6e5c">PackNews <b>Europe</b><div style="font-size:13px;color:#666;font-family:Arial">Weekly Briefing &middot; 3 December 2026</div></td></tr>
<tr><td style="padding:24px 30px;font-size:15px;line-height:1.5;color:#222">
<h3><a href="https://u2214873.ct.sendgrid.net/ls/click?upn=u001.PpWr2027cHkL" style="color:#0a6e5c">PPWR countdown: what the EU packaging regulation means for folding-carton converters in 2027</a></h3>
<p>Recycled-content targets, minimisation rules and the new labelling scheme &ndash; a practical checklist.</p>
<h3><a href="https://u2214873.ct.sendgrid.net/ls/click?upn=u001.BoArDq1Pr1c3s" style="color:#0a6e5c">Board prices: GC1 and GC2 settle for Q1 after three quarters of increases</a></h3>
<p>Mills signal stable pricing as energy costs ease; recycled grades under pressure.</p>
<h3><a href="https://u2214873.ct.sendgrid.net/ls/click?upn=u001.F1bReTr4yS" style="color:#0a6e5c">Fibre trays replace CPET in UK ready meals</a></h3>
<p>Two major retailers commit to oven-proof board trays by 2028.</p></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#888;font-family:Arial;background:#fafafa">You are receiving this email because you subscribed to PackNews Europe with katrin.vogel@example.com.<br>
<a href="%s" style="color:#888">Update your preferences or unsubscribe</a><br>PackNews Europe Ltd, 22 Wharf Street, Leeds LS2 7EQ, United Kingdom</td></tr></table>
<img src="https://u2214873.ct.sendgrid.net/wf/open?upn=u001.Op3nTr4ck" width="1" height="1" alt=""></body></html>
""" % unsub
    M.append(Mail("15-en-trade-newsletter-sendgrid", utc(2026, 12, 3, 6, 0, 4),
                  ("PackNews Europe", "newsletter@packnews-europe.com"), [S("sales")],
                  "PPWR countdown, Q1 board prices and fibre trays - PackNews Weekly",
                  alt(txt, "utf-8", "quoted-printable", html=html), via="sendgrid",
                  sys=dict(em="em4410.packnews-europe.com", sg_host="o1.ptr4410.packnews-europe.com", sg_ip="149.72.142.87"),
                  extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe@packnews-europe.com?subject=unsubscribe>" % unsub),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("List-Id", "PackNews Weekly <weekly.packnews-europe.com>")],
                  what="Subscribed weekly packaging-industry newsletter sent through SendGrid.",
                  why="Long-standing subscription, dedicated SendGrid IP with the sender's own PTR, RFC 8058 List-Unsubscribe/One-Click, editorial content with tracked links to the publisher's site; no credential or payment request."))

    # 16 ---------------------------------------------------------------
    body = """Hi Katrin,

We have a quality issue with the last delivery of sleeves for HGF-RM-009 Chicken Korma 400g (your batch L26-4471, delivered 24/11, 32 pallets).

On roughly 15% of the sleeves the magenta is visibly out of register against cyan (about 0.5 mm), so the product photo looks blurred and the allergen text in the red panel is hard to read. Our line QC rejected pallets 7 to 12 this morning. A photo from our QC bench is attached.

Could you please:
- confirm whether other pallets from the same run are affected,
- send us an 8D report by Friday, and
- arrange replacement of the rejected quantity (approx. 42,000 sleeves) for our production on 7 December?

The rejected pallets are quarantined in our Harrogate warehouse; your carrier can collect them whenever convenient.

Thanks,
Emma

Emma Clarke
Procurement Manager - Packaging
Harrowgate Foods Ltd
Crimple Valley Business Park, Harrogate HG3 1FQ
+44 1423 500 812
"""
    M.append(Mail("16-en-customer-complaint-misregistration-photo", utc(2026, 11, 26, 11, 34, 27),
                  P("harrowgate"), [S("sales")], "Quality complaint - misregistration on HGF-RM-009 sleeves, batch L26-4471",
                  mixed(alt(body, "us-ascii", "quoted-printable", "outlook", "en"),
                        png_att("QC_photo_L26-4471_pallet7.png", docs.press_photo("L26-4471"))),
                  via="o365", cc=[S("uk_mgr")], sys=dict(region="gbr"),
                  what="Customer complaint about misregistered sleeves with a QC photo; asks for an 8D report and replacement.",
                  why="Known procurement contact from harrowgatefoods.co.uk's M365 tenant, precise batch data, PNG photo attachment, requests normal quality process."))
    return M
