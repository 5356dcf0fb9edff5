"""Genuine business messages, English (09-16)."""
from common import *

F = "business"


@message(F, "en", "microsoft-account-security-info-added",
         "Genuine Microsoft account notification 'Security info was added' (Authenticator app) for the IT head's Microsoft account, from accountprotection.microsoft.com via Microsoft's own outbound servers; links only to account.live.com",
         "Real Microsoft sender and infrastructure, expected after Thomas Brandt re-enrolled his phone, no credentials requested, links to "
         "account.live.com only. Hard negative of attack/10 (device-code phishing) and attack/09.")
def b09():
    r = rng("b09")
    t = timez.local("de", 2026, 10, 6, 16, 12, 45)
    rcpt = "thomas.brandt@example.com"
    frm_addr = "account-security-noreply@accountprotection.microsoft.com"
    s = infra.ms_account(r, t, rcpt)
    plain = """Microsoft account

Security info was added

The following security info was recently added to the Microsoft account th*****@example.com:

Authenticator app

If this was you, you can safely ignore this email.

If this wasn't you, a malicious user has access to your account. Please review your recent activity ( https://account.live.com/Activity ) and remove the security info from your account.

To opt out or change where you receive security notifications, click here ( https://account.live.com/SecurityNotifications/Update ).

Thanks,
The Microsoft account team
"""
    html = html_wrap("""<table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec;">Security info was added</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The following security info was recently added to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:th*****@example.com">th*****@example.com</a>:</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Authenticator app</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">If this was you, you can safely ignore this email.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">If this wasn't you, a malicious user has access to your account. Please <a style="color:#2672ec;text-decoration:none;" href="https://account.live.com/Activity">review your recent activity</a> and remove the security info from your account.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">To opt out or change where you receive security notifications, <a style="color:#2672ec;text-decoration:none;" href="https://account.live.com/SecurityNotifications/Update">click here</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Thanks,</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The Microsoft account team</td></tr></table>""", "en", charset="utf-8", style="")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("From", A("Microsoft account team", frm_addr)),
        ("To", rcpt),
        ("Subject", "Microsoft account security info was added"),
        ("Date", s["date"]),
        ("Message-ID", s["mid"]),
        ("X-MS-Exchange-Organization-AuthAs", None),
    )
    return hdr, root


@message(F, "en", "it-notice-helpdesk-teams-quick-assist",
         "Internal notice from the IT security / mail admin to the UK all-staff list: how the service desk really contacts users, warning about external Teams 'helpdesk' calls, mail-bombing and Quick Assist",
         "Internal sender via mail-int01/Exchange, informative, asks nothing of the user except to report. Contains the same keywords as "
         "attack/09 (Teams, Quick Assist, spam flooding) - hard negative.")
def b10():
    r = rng("b10")
    t = timez.local("de", 2026, 10, 12, 11, 0, 3)
    rcpt = "sarah.patel@example.com"
    s = infra.exchange_internal(r, t, rcpt, exch="EXCH02")
    plain = """Dear colleagues,

Several companies in the glazing and construction sector have recently been targeted by a scam that combines "mail bombing" with fake IT support calls. It usually works like this:

1. Your mailbox is suddenly flooded with hundreds of newsletter sign-ups.
2. Shortly afterwards someone calls you on Microsoft Teams, claiming to be from the IT help desk, and offers to "fix" the spam.
3. They ask you to open Quick Assist or another remote-support tool and read out a code.

Please remember:

- Our service desk will never contact you from an external Teams account. External accounts are shown with the label "External" or with a name ending in onmicrosoft.com.
- We do not use Quick Assist. Remote sessions are started only from a ticket in the self-service portal and always with a named colleague you can call back on extension 555.
- If your mailbox is flooded, just open a ticket or call +49 931 4096-555; we can block the senders centrally.

If you have already accepted such a call or shared a code, disconnect your laptop from the network and call us immediately.

Thank you for your attention.

Lukas Förster
IT Security & Messaging
Example Group GmbH | Am Glaswerk 12 | 97076 Würzburg
T +49 931 4096-561
"""
    html = html_wrap(f'<div class="WordSection1">{p_html(plain)}</div>', "en", charset="utf-8", style="")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], exch_bnd(s, 0))
    hdr = [rp("lukas.foerster@example.com")] + s["trace"] + exch_headers(
        s, A("Förster, Lukas", "lukas.foerster@example.com", "utf-8", "Q"), A("Example UK - All Staff", "uk-allstaff@example.com", quoted=True),
        "Reminder: how IT support contacts you (Teams calls, Quick Assist, mail flooding)", lang="en-US",
        extra=[("x-originating-ip", "[10.20.16.41]")])
    return hdr, root


@message(F, "en", "github-password-reset",
         "Genuine GitHub password-reset e-mail requested by the head of IT, from noreply@github.com via GitHub's outbound servers; link to github.com/password_reset/...",
         "Real GitHub infrastructure and wording, link only to github.com, requested by the user (hard negative for credential-phishing heuristics).")
def b11():
    r = rng("b11")
    t = timez.local("de", 2026, 10, 29, 17, 45, 20)
    rcpt = "thomas.brandt@example.com"
    frm_addr = "noreply@github.com"
    s = infra.github(r, t, rcpt)
    token = rstr(r, HEX, 40) + rstr(r, ALNUM, 40)
    link = f"https://github.com/password_reset/{token}"
    plain = f"""We heard that you lost your GitHub password. Sorry about that!

But don’t worry! You can use the following button to reset your password:

{link}

If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
"""
    html = html_wrap(f"""<div style="max-width:544px;margin:0 auto;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">
<p style="text-align:center"><img src="https://github.githubassets.com/assets/mark-github-e1ae26ad4c3e.png" width="32" height="32" alt="GitHub"></p>
<h2 style="text-align:center;font-weight:300">Reset your GitHub password</h2>
<div style="border:1px solid #d0d7de;border-radius:6px;padding:24px">
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don’t worry! You can use the following button to reset your password:</p>
<p style="text-align:center"><a href="{link}" style="background:#1f883d;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:600">Reset your password</a></p>
<p>If you don’t use this link within 3 hours, it will expire. To get a new password reset link, visit: <a href="https://github.com/password_reset">https://github.com/password_reset</a></p>
<p>Thanks,<br>The GitHub Team</p></div>
<p style="text-align:center;font-size:12px;color:#57606a">You’re receiving this email because a password reset was requested for your account.<br>GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107</p></div>""", "en", charset="UTF-8")
    root = Multi("alternative", [Text(plain, "plain", "UTF-8", "quoted-printable"), Text(html, "html", "UTF-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("GitHub", frm_addr)),
        ("To", rcpt),
        ("Message-ID", s["mid"]),
        ("Subject", "[GitHub] Please reset your password"),
        ("X-Auto-Response-Suppress", "All"),
    )
    return hdr, root


@message(F, "en", "google-security-alert-new-signin",
         "Genuine Google 'Security alert' (new sign-in on Windows) for the Google account that export sales uses for Google Ads, from no-reply@accounts.google.com via Google's mail servers",
         "Real Google sender, infrastructure and template; link to accounts.google.com / myaccount.google.com only; expected after a new laptop was issued.")
def b12():
    r = rng("b12")
    t = timez.local("de", 2026, 11, 30, 8, 12, 51)
    rcpt = "katharina.wolff@examplegroup.eu"
    frm_addr = "no-reply@accounts.google.com"
    s = infra.google_notify(r, t, rcpt)
    link = f"https://accounts.google.com/AccountChooser?Email=katharina.wolff@examplegroup.eu&continue=https://myaccount.google.com/alert/nt/{int(t.timestamp()*1000)}?rfn%3D325%26rfnc%3D1%26eid%3D{r.randint(10**18, 10**19-1)}%26et%3D0"
    plain = f"""[image: Google]
A new sign-in on Windows

katharina.wolff@examplegroup.eu
We noticed a new sign-in to your Google Account on a Windows device. If
this was you, you don’t need to do anything. If not, we’ll help you secure
your account.
Check activity
<{link}>
You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your
Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
"""
    html = html_wrap(f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<div style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px;max-width:516px" align="center">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">
<div style="font-family:'Google Sans',Roboto,Arial,sans-serif;font-size:24px;color:rgba(0,0,0,0.87);padding-top:16px">A new sign-in on Windows</div>
<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87)">katharina.wolff@examplegroup.eu</div>
<div style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:center">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account.</div>
<div style="padding-top:32px;text-align:center"><a href="{link.replace('&', '&amp;')}" style="font-family:'Google Sans',Roboto,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184f3;border-radius:5px">Check activity</a></div>
</div>
<div style="font-family:Roboto,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:12px;line-height:20px;padding-top:10px">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></div>
<div style="font-family:Roboto,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">You received this email to let you know about important changes to your Google Account and services.<br>© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>
</td></tr></table>""", "en", charset="UTF-8", style="")
    root = Multi("alternative", [Text(plain, "plain", "UTF-8", "quoted-printable"), Text(html, "html", "UTF-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(f"3{rstr(r, ALNUM, 30)}@gaia.bounces.google.com")] + s["trace"] + H(
        ("MIME-Version", "1.0"),
        ("Date", s["date"]),
        ("X-Account-Notification-Type", "127-anexp#nret-fa"),
        ("Feedback-ID", "127-anexp#nret-fa:account-notifier"),
        ("X-Notifications", rstr(r, HEX, 16)),
        ("X-Notifications-Bounce-Info", rstr(r, ALNUM + "-_", 60)),
        ("Message-ID", s["mid"]),
        ("Subject", "Security alert"),
        ("From", A("Google", frm_addr)),
        ("To", rcpt),
    )
    return hdr, root


@message(F, "en", "britline-remittance-advice",
         "Genuine remittance advice from customer Britline Glazing's accounts mailbox (their Microsoft 365 tenant) with a PDF listing three paid invoices, 27,418.60 GBP into Example UK's usual Lloyds account",
         "Real customer domain/tenant, PDF remittance (no links), amounts match invoices issued by Example UK. Hard negative of attack/13 (SVG 'remittance').")
def b13():
    r = rng("b13")
    t = timez.local("uk", 2026, 11, 20, 12, 0, 38)
    rcpt = "sarah.patel@example.com"
    frm_addr = "accounts@britline-glazing.co.uk"
    s = infra.m365(r, t, rcpt, prd="eurprd06", tz="uk", tenant_domain="britline-glazing.co.uk")
    plain = """Good afternoon,

Please find attached our remittance advice for payment made today by BACS.

Payment reference: BGL-PAY-10498
Amount: £27,418.60
Expected in your account: 23/11/2026

Kind regards,

Accounts Payable
Britline Glazing Ltd
Unit 7, Torrington Avenue, Coventry CV4 9AQ
T: 024 7601 8830
"""
    rem = pdf_doc([
        ("h1", "Britline Glazing Ltd"),
        ("small", "Unit 7, Torrington Avenue, Coventry CV4 9AQ · VAT Reg No GB " + ids.gb_vat("2748391")),
        ("h2", "Remittance Advice"),
        ("mono", f"Supplier: Example UK Ltd (Supplier A/C EXA001)\nPayment date: 20/11/2026\nPayment ref: BGL-PAY-10498\nPaid to: {fmt_iban(BANK['example_uk'])}"),
        ("mono", "Invoice      Date         Gross\nEGUK-26-0911 05/10/2026   £11,204.40\nEGUK-26-0934 12/10/2026   £ 9,876.00\nEGUK-26-0958 19/10/2026   £ 6,338.20\n\nTotal paid               £27,418.60"),
    ], title="Remittance Advice BGL-PAY-10498", author="Sage 200", creator="Sage 200 Professional", producer="Sage 200 Professional",
        date="D:20261120115800Z")
    root = Multi("mixed", [Text(plain, "plain", "windows-1252", "quoted-printable"), pdf_att(rem, "Remittance_BGL-PAY-10498.pdf")], exch_bnd(s, 4))
    hdr = [rp(frm_addr)] + s["trace"] + exch_headers(
        s, A("Britline Glazing Accounts", frm_addr, quoted=True), A("Sarah Patel", rcpt, quoted=True),
        "Remittance Advice - Britline Glazing Ltd - BGL-PAY-10498", lang="en-GB", attach=True)
    return hdr, root


@message(F, "en", "midlands-build-itt-genuine",
         "Genuine invitation to tender from Rachel Moore (Midlands Build Partners, real domain midlandsbuild.co.uk on Microsoft 365): curtain walling for Digbeth Works Phase 2, ITT letter as PDF, documents on the contractor's own SharePoint",
         "Real customer domain/tenant, expected after pre-qualification, link to midlandsbuild.sharepoint.com (their tenant), PDF attached, "
         "named contact and phone. Hard negative of attack/12.")
def b14():
    r = rng("b14")
    t = timez.local("uk", 2026, 11, 4, 14, 10, 2)
    rcpt = "james.whitfield@example.com"
    frm_addr = "rachel.moore@midlandsbuild.co.uk"
    s = infra.m365(r, t, rcpt, prd="eurprd06", tz="uk", tenant_domain="midlandsbuild.co.uk")
    link = "https://midlandsbuild.sharepoint.com/:f:/s/Tenders/EnQ2dW9zX3BoYXNlMl9jdXJ0YWlud2FsbGluZw?e=k3XqP1"
    plain = f"""Dear James,

Further to our pre-qualification meeting on 21 October, I am pleased to invite Example UK Ltd to tender for the curtain walling and glazing package at Digbeth Works Phase 2 (Block A and B).

The ITT letter is attached. Drawings, the NBS specification (H11, L10) and the pricing schedule are in the tender folder on our SharePoint:
{link}
(access has been granted to your e-mail address; you will receive a separate Microsoft verification code when you first open it).

Tender return: Friday 4 December 2026, 12:00 noon, by e-mail to tenders@midlandsbuild.co.uk.
Mid-tender queries to me by 25 November please.

Could you confirm by the end of next week that you intend to bid?

Kind regards,

Rachel Moore
Commercial Manager
Midlands Build Partners Ltd
1 Cornwall Street, Birmingham B3 2DX
T: 0121 496 0733 | M: 07700 900 562
"""
    html = html_wrap(f'<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt">{p_html(plain).replace(link, "<a href=" + chr(34) + link + chr(34) + ">" + link + "</a>")}</div>', "en", charset="utf-8", style="")
    itt = pdf_doc([
        ("h1", "Midlands Build Partners Ltd"),
        ("h2", "Invitation to Tender - Digbeth Works Phase 2"),
        ("p", "Package: Curtain walling, glazing and aluminium windows\nReference: MBP-DW2-ITT-014\nTender return: 4 December 2026, 12:00"),
        ("p", "Contract: JCT Design and Build Sub-Contract 2024, retention 3%, defects period 24 months."),
        ("p", "Tender documents are issued via the Midlands Build Partners SharePoint tender folder. Please return the Form of Tender, "
              "priced schedule, programme and design responsibility matrix."),
        ("p", "Contact: Rachel Moore, Commercial Manager, rachel.moore@midlandsbuild.co.uk, 0121 496 0733"),
    ], title="ITT MBP-DW2-ITT-014", author="Rachel Moore", creator="Microsoft® Word for Microsoft 365",
        producer="Microsoft® Word for Microsoft 365", date="D:20261104135512Z")
    alt = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], exch_bnd(s, 0))
    root = Multi("mixed", [alt, pdf_att(itt, "MBP-DW2-ITT-014 Invitation to Tender.pdf")], exch_bnd(s, 4))
    hdr = [rp(frm_addr)] + s["trace"] + exch_headers(
        s, A("Rachel Moore", frm_addr, quoted=True), A("James Whitfield", rcpt, quoted=True),
        "ITT - Digbeth Works Phase 2 - Curtain walling & glazing - return 4 Dec 2026", lang="en-GB", attach=True)
    return hdr, root


@message(F, "en", "laptop-broken-private-gmail",
         "The UK accountant writes from her private Gmail that her work laptop is stuck at the BitLocker recovery screen and asks IT how to proceed",
         "Private address of a known colleague, IT support request, no money or credential request; hard negative for 'staff name on free-mail' "
         "heuristics (compare attack/16).")
def b15():
    r = rng("b15")
    t = timez.local("uk", 2026, 12, 1, 7, 15, 49)
    rcpt = "james.whitfield@example.com"
    frm_addr = "sarahpatel.bham@gmail.com"
    s = infra.gmail(r, t, rcpt, tz_client="uk")
    plain = """Hi James, hi Lukas,

My work laptop (EG-UK-LT-0147) has been stuck on a blue BitLocker recovery screen since this morning, I think after last night's Windows update. It asks for a 48-digit recovery key which of course I don't have.

I can't get into Outlook, so I'm writing from my personal Gmail. Lukas, is it OK if I read the key ID to you over the phone, or should I bring the laptop to the office tomorrow? I'm working from home today but can come in.

James - the supplier payment run is due on Thursday, I can do it from the office PC if the laptop isn't fixed by then.

My mobile: 07700 900 123

Thanks,
Sarah
"""
    root = Multi("alternative", [Text(plain, "plain", "UTF-8", "quoted-printable"),
                                 Text(f'<div dir="ltr">{p_html(plain)}</div>\n', "html", "UTF-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(frm_addr)] + s["trace"] + gmail_headers(
        s, A("Sarah Patel", frm_addr), A("James Whitfield", rcpt), "Laptop stuck on BitLocker screen - working from home today",
        cc=A("Lukas Förster", "lukas.foerster@example.com", "UTF-8", "B"))
    return hdr, root


@message(F, "en", "britline-complaint-damaged-igus",
         "Customer complaint from Oliver Hughes (Britline Glazing, real tenant): six insulating glass units delivered cracked to the Coventry site, two site photos (PNG) attached, asks for replacement within 5 working days and threatens contra-charges",
         "Real customer contact and domain, concrete delivery note and site details, photos are images (no links/active content). "
         "Angry and urgent but genuine.")
def b16():
    r = rng("b16")
    t = timez.local("uk", 2026, 10, 8, 16, 40, 22)
    rcpt = "james.whitfield@example.com"
    frm_addr = "oliver.hughes@britline-glazing.co.uk"
    s = infra.m365(r, t, rcpt, prd="eurprd06", tz="uk", tenant_domain="britline-glazing.co.uk")
    plain = """James,

I'm afraid we have a problem with today's delivery to the Canley Gardens site (your delivery note EG-UK-DN-55812, our PO BGL-PO-7731).

Six of the 24 units on the A-frame were cracked when we unloaded them - all on the outer stack, so it looks like the frame shifted in transit. Photos attached, the driver has signed the POD with the damage noted.

Units affected: W14-W19, 6.4 lam / 16 argon / 4 toughened low-e, 1,240 x 2,180.

We need replacements on site within 5 working days or we lose the scaffold slot for the third floor. If that happens we will have to pass on the scaffold hire and the standing time of our fitters as a contra-charge.

Please call me when you have a delivery date.

Regards,
Oliver

Oliver Hughes
Senior Package Manager
Britline Glazing Ltd
M: 07700 900 418
"""
    html = html_wrap(f'<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:11pt">{p_html(plain)}</div>', "en", charset="utf-8", style="")
    alt = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], exch_bnd(s, 0))
    root = Multi("mixed", [alt,
                           Attach(photo_png("b16a"), "image/png", "IMG_20261008_141522.png"),
                           Attach(photo_png("b16b"), "image/png", "IMG_20261008_141547.png")], exch_bnd(s, 4))
    hdr = [rp(frm_addr)] + s["trace"] + exch_headers(
        s, A("Oliver Hughes", frm_addr, quoted=True), A("James Whitfield", rcpt, quoted=True),
        "Damaged IGUs - Canley Gardens delivery EG-UK-DN-55812", lang="en-GB", attach=True,
        cc=A("Example UK Sales", "uk-sales@example.com", quoted=True))
    return hdr, root
