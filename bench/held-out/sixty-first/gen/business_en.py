"""Genuine business messages, English (8)."""
from kit import *


def b_sspr():
    m = Mail("business", "en", "microsoft-sspr-password-reset",
             "Microsoft Entra self-service password reset notification 'Your password has been reset' for the "
             "UK office manager",
             "Real Microsoft sender and Exchange Online infrastructure, purely informational, no button to "
             "sign in, advises contacting the administrator if unexpected; follows a reset the user made.")
    I = Ids(m.slug)
    t = utc(2026, 10, 26, 8, 44, 1, zone="UK")
    send(SV.microsoft_notice, m, I, t, [S("mgr_uk")], "Your password has been reset")
    n, a = S("mgr_uk")
    plain = """Example Group

Your password has been reset

Hi %s,

The password for your Example Group account %s was recently reset.

If you did this, you're all set. No further action is needed.

If you didn't reset your password, contact your administrator immediately.

Microsoft respects your privacy. To learn more, please read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % (n, a)
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0;font-size:17px;color:#707070">Example Group</td></tr>
<tr><td style="font-size:41px;color:#2672ec;padding-bottom:20px">Your password has been reset</td></tr>
<tr><td style="padding-bottom:20px">Hi %s,</td></tr>
<tr><td style="padding-bottom:20px">The password for your Example Group account <a href="mailto:%s" style="color:#2672ec">%s</a> was recently reset.</td></tr>
<tr><td style="padding-bottom:20px">If you did this, you're all set. No further action is needed.</td></tr>
<tr><td style="padding-bottom:30px">If you didn't reset your password, contact your administrator immediately.</td></tr>
<tr><td style="font-size:12px;color:#707070">Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#2672ec">Privacy Statement</a>.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>
""" % (n, a, a)
    m.body = alt(text(plain, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable"))
    return m


def b_github():
    m = Mail("business", "en", "github-password-reset",
             "GitHub '[GitHub] Please reset your password' for the IT security administrator",
             "Requested by the user herself; genuine GitHub sender and out-NN.smtp.github.com infrastructure, "
             "link to github.com/password_reset, 3-hour expiry exactly as GitHub words it.")
    I = Ids(m.slug)
    t = utc(2026, 11, 4, 15, 22, 9)
    send(SV.github, m, I, t, [S("itsec")], "[GitHub] Please reset your password")
    tok = I.alnum(20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + I.alnum(20)
    link = "https://github.com/password_reset/" + tok
    plain = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % link
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292e">
<table width="544" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0;text-align:center"><img src="https://github.githubassets.com/images/email/global/octocat-logo.png" width="32" alt="GitHub"></td></tr>
<tr><td style="text-align:center;font-size:24px;padding-bottom:16px">Reset your GitHub password</td></tr>
<tr><td style="border:1px solid #e1e4e8;border-radius:6px;padding:24px">
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don't worry! You can use the following button to reset your password:</p>
<p style="text-align:center"><a href="%s" style="background:#2da44e;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none;font-weight:600">Reset your password</a></p>
<p>If you don't use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>
<p>Thanks,<br>The GitHub Team</p></td></tr></table></body></html>
""" % link
    m.body = alt(text(plain, "UTF-8", "7bit", qcs=False), html(h, "UTF-8", "7bit", qcs=False))
    return m


def b_google():
    m = Mail("business", "en", "google-security-alert",
             "Google 'Security alert – A new sign-in on Windows' for the head of IT's Google account "
             "(used for Google Ads / Business Profile)",
             "Genuine Google account notification from accounts.google.com via mail-sor-fNN.google.com, links "
             "only to accounts.google.com / myaccount.google.com, informational, no credential request.")
    I = Ids(m.slug)
    t = utc(2026, 11, 9, 7, 58, 41)
    send(SV.google_alert, m, I, t, [S("ithead")], "Security alert")
    a = S("ithead")[1]
    link = ("https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%d?"
            "rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0" % (a, unix_ms(t), I.b64(22, url=True)))
    plain = """A new sign-in on Windows

%s
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
Check activity
%s

You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (a, link)
    h = """<!DOCTYPE html><html lang="en"><head><meta name="format-detection" content="email=no"><meta name="format-detection" content="date=no"></head>
<body style="background-color:#FFFFFF;margin:0;padding:0">
<table width="100%%" border="0" cellspacing="0" cellpadding="0" style="min-width:348px"><tr><td align="center">
<table border="0" cellspacing="0" cellpadding="0" style="max-width:516px;border:thin solid #dadce0;border-radius:8px;padding:40px 20px">
<tr><td style="font-family:'Google Sans',Roboto,Arial,sans-serif;text-align:center;border-bottom:thin solid #dadce0;padding-bottom:24px">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google"><div style="font-size:24px;padding-top:32px">A new sign-in on Windows</div>
<div style="font-size:14px;padding-top:8px">%s</div></td></tr>
<tr><td style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:center">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
<div style="padding-top:32px"><a href="%s" style="font-family:'Google Sans',Roboto,Arial;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px">Check activity</a></div></td></tr>
<tr><td style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;text-align:center;font-family:Roboto,Arial">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87)">https://myaccount.google.com/notifications</a></td></tr></table>
<div style="text-align:center;font-family:Roboto,Arial;font-size:11px;color:rgba(0,0,0,0.54);line-height:18px;padding-top:12px">You received this email to let you know about important changes to your Google Account and services.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>
</td></tr></table></body></html>
""" % (a, link.replace("&", "&amp;"))
    tp = text(plain, "UTF-8", "base64")
    tp.ct_params = "format=flowed; delsp=yes"
    m.body = alt(tp, html(h, "UTF-8", "quoted-printable"))
    return m


def unix_ms(t):
    from util import unix
    return unix(t) * 1000


def b_docusign():
    m = Mail("business", "en", "docusign-envelope-genuine",
             "Genuine DocuSign envelope from Gareth Evans (Northern Pet Supplies) with the 2027 distribution "
             "agreement for signature",
             "DocuSign infrastructure with the customer's real address as sender and Reply-To "
             "(northernpetsupplies.co.uk), expected document after a meeting, no external links besides the "
             "DocuSign signing link.")
    I = Ids(m.slug)
    t = utc(2026, 11, 6, 11, 2, 44, zone="UK")
    ctx, env = SV.docusign(m, I, t, "Gareth Evans", [S("mgr_uk")],
                           "Please DocuSign: Example Group UK – NPS Distribution Agreement 2027",
                           ("Gareth Evans", "gareth.evans@northernpetsupplies.co.uk"))
    m.ctx = ctx
    note = ("Hi Oliver,\n\nas agreed in our meeting on 4 November, here is the distribution agreement for 2027 for "
            "signature. Our legal team has taken on your comments on clause 7 (minimum order quantities) and the "
            "revised payment terms. Once you have signed, it goes to our MD for countersignature.\n\nBest regards,\nGareth")
    plain, h, _ = SV.docusign_texts(I, env, "Gareth Evans", "gareth.evans@northernpetsupplies.co.uk",
                                    "NPS Distribution Agreement 2027", note)
    m.body = alt(text(plain, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable"))
    return m


def b_complaint():
    m = Mail("business", "en", "customer-complaint-photo",
             "Customer complaint from Northern Pet Supplies: pallet of delivery note 26-UK-8841 arrived with "
             "crushed cartons; photo attached, asks for credit note or replacement",
             "Real customer address and Microsoft 365 tenant, references a real delivery note, photo as "
             "attachment, asks for a normal commercial remedy; no links.")
    I = Ids(m.slug)
    t = utc(2026, 10, 28, 15, 40, 2, zone="UK")
    send(P.exo, m, I, t, ("Gareth Evans", "gareth.evans@northernpetsupplies.co.uk"), [S("mgr_uk")],
         "Damaged delivery – DN 26-UK-8841 – crushed cartons", cc=[S("acc_uk")], lang="en-GB", hcs="utf-8",
         attach=True, region="eurprd03", pod="DB9PR03MB")
    body = """Hi Oliver,

this morning's delivery (DN 26-UK-8841, PO NPS-55810) arrived with one pallet badly damaged – the stretch wrap was torn and the bottom two layers of cartons are crushed. See photo attached; the driver signed the POD as "damaged".

Affected are 18 cartons of the renal diet cat food (4 kg) and 6 cartons of the wound dressings. We've quarantined the stock and can hold it until Friday if your carrier wants to inspect it.

Could you arrange either a credit note or replacement on the next delivery? Replacement would be preferable as we're low on the renal diet ahead of the Christmas period.

Thanks,
Gareth

Gareth Evans
Category Buyer – Pet Health
Northern Pet Supplies Ltd
Clifton Moor Industrial Estate, York YO30 4XL
T +44 1904 557 210
"""
    photo = png.photo_like(480, 360, "pallet-26-UK-8841")
    m.body = mixed(outlook_alt(body, "utf-8", "quoted-printable", "EN-GB"),
                   att(photo, "image/png", "DN26-UK-8841_pallet.png", size=True))
    return m


def b_solicitor():
    m = Mail("business", "en", "solicitor-lease-renewal",
             "Harrowgate & Pryce LLP send the draft deed of variation for the Leeds office lease and a fee "
             "estimate; invoice to follow through the usual channel",
             "The UK subsidiary's known solicitors on their real domain and tenant, matter number, draft "
             "document for review, fees billed normally later, explicit warning that their bank details never "
             "change by e-mail – no payment demanded now.")
    I = Ids(m.slug)
    t = utc(2026, 11, 18, 12, 16, 55, zone="UK")
    send(P.exo, m, I, t, ("Eleanor Pryce", "e.pryce@harrowgatepryce.co.uk"), [S("mgr_uk")],
         "Unit 4 Calder Park – lease renewal: draft deed of variation (our ref. EP/EXG/0412)",
         cc=[S("acc_uk")], lang="en-GB", hcs="utf-8", attach=True, region="eurprd04", pod="AM9PR04MB")
    body = """Dear Oliver,

Further to our call on Monday, please find attached the draft deed of variation for the lease of Unit 4, Calder Park. The landlord's solicitors have accepted the five-year extension and the tenant-only break at year three; they have not yet agreed to the cap on service-charge increases, which I have kept in the draft at 4%% per annum.

Could you let me have any comments by 27 November? If the draft is acceptable, I will send it to the landlord's side and arrange execution in early December.

Our fee estimate for the matter remains £3,850 plus VAT. We will invoice on completion in the usual way; as always, our bank details will never change by e-mail – please call us if you ever receive a message suggesting otherwise.

Kind regards,

Eleanor Pryce
Partner – Commercial Property
Harrowgate & Pryce LLP
Park Row House, 19 Park Row, Leeds LS1 5JF
T +44 113 496 2207

Harrowgate & Pryce LLP is authorised and regulated by the Solicitors Regulation Authority. This e-mail is confidential and may be legally privileged.
"""
    deed = pdf([("h", "DRAFT – DEED OF VARIATION"), ("t", "Harrowgate & Pryce LLP draft 2 – 18 November 2026"), ("r", ""),
                ("b", "Parties"),
                ("t", "(1) Calder Park Estates Limited (the Landlord)"),
                ("t", "(2) Example Group UK Ltd (the Tenant)"), ("", ""),
                ("b", "Background"),
                ("t", "A. This deed is supplemental to a lease of Unit 4, Calder Park Business Centre, Leeds LS10 1BT"),
                ("t", "   dated 1 February 2022 (the Lease)."),
                ("t", "B. The parties have agreed to vary the Lease on the terms of this deed."), ("", ""),
                ("b", "1. Term"),
                ("t", "The contractual term of the Lease is extended to and including 31 January 2032."),
                ("b", "2. Break"),
                ("t", "The Tenant may determine the Lease on 31 January 2029 on not less than six months' notice."),
                ("b", "3. Service charge"),
                ("t", "[The annual increase in the service charge shall not exceed 4% – under negotiation]"), ("", ""),
                ("s", "Draft for discussion only. Subject to contract.")],
               title="Deed of variation – draft 2", author="E. Pryce", creator="Microsoft Word",
               producer="Microsoft: Print To PDF", date="D:20261118121000Z")
    m.body = mixed(outlook_alt(body.replace("%%", "%"), "utf-8", "quoted-printable", "EN-GB"),
                   att(deed, "application/pdf", "Unit4_CalderPark_DoV_draft2.pdf", size=True))
    return m


def b_newsletter():
    m = Mail("business", "en", "newsletter-sendgrid",
             "Subscribed weekly trade newsletter 'Pet Trade Europe Weekly' (market prices, regulation, events)",
             "Sent through SendGrid with the publisher's authenticated bounce domain, List-Unsubscribe and "
             "One-Click, tracking links on the publisher's click domain, postal address and preferences link.")
    I = Ids(m.slug)
    t = utc(2026, 11, 20, 6, 0, 5, zone="UK")
    lu = "<https://links.pettradeeurope.com/asm/unsubscribe/?user_id=2284193&data=%s>, <mailto:unsubscribe@pettradeeurope.com>" % I.b64(40, url=True)
    send(P.sendgrid, m, I, t, ("Pet Trade Europe Weekly", "weekly@mail.pettradeeurope.com"), [S("mgr_uk")],
         "PTE Weekly #47: pet food prices, VMD consultation, Interzoo 2027 early bird", list_unsub=lu, em="em3051")
    L = ["https://links.pettradeeurope.com/ls/click?upn=" + I.b64(80, url=True) for _ in range(5)]
    plain = """PET TRADE EUROPE WEEKLY – #47 – 20 November 2026
View in browser: %s

MARKET: Wholesale prices for dry cat food rose 2.8%% in October, driven by protein and packaging costs. Our price tracker covers 14 European markets.
Read more: %s

REGULATION: The VMD has opened a consultation on changes to the retail of POM-VPS products by SQPs. Responses are due by 15 January 2027.
Read more: %s

EVENTS: Early-bird registration for Interzoo 2027 closes on 31 December.
Read more: %s

You are receiving this e-mail because you subscribed to Pet Trade Europe Weekly with %s.
Manage preferences or unsubscribe: %s

Pet Trade Europe Ltd, 3rd Floor, 21 Great Suffolk Street, London SE1 0NS
""" % (L[0], L[1], L[2], L[3], S("mgr_uk")[1], L[4])
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#eceff1;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="font-size:11px;color:#888;padding:8px 20px">#47 · 20 November 2026 · <a href="%s" style="color:#888">View in browser</a></td></tr>
<tr><td style="background:#f26b21;color:#fff;font-size:24px;font-weight:bold;padding:18px 20px">PET TRADE EUROPE <span style="font-weight:normal">WEEKLY</span></td></tr>
<tr><td style="padding:18px 20px;font-size:14px;line-height:21px;color:#263238">
<p><b>MARKET</b> – Wholesale prices for dry cat food rose 2.8%% in October, driven by protein and packaging costs. Our price tracker covers 14 European markets. <a href="%s">Read more</a></p>
<p><b>REGULATION</b> – The VMD has opened a consultation on changes to the retail of POM-VPS products by SQPs. Responses are due by 15 January 2027. <a href="%s">Read more</a></p>
<p><b>EVENTS</b> – Early-bird registration for Interzoo 2027 closes on 31 December. <a href="%s">Read more</a></p></td></tr>
<tr><td style="font-size:11px;color:#888;padding:14px 20px;background:#fafafa">You are receiving this e-mail because you subscribed to Pet Trade Europe Weekly with %s.<br><a href="%s" style="color:#888">Manage preferences or unsubscribe</a><br>Pet Trade Europe Ltd, 3rd Floor, 21 Great Suffolk Street, London SE1 0NS</td></tr>
</table><img src="https://links.pettradeeurope.com/wf/open?upn=%s" alt="" width="1" height="1"></body></html>
""" % (L[0], L[1], L[2], L[3], S("mgr_uk")[1], L[4], I.b64(60, url=True))
    m.body = alt(text(plain, "utf-8", "quoted-printable"), html(h, "utf-8", "quoted-printable"))
    return m


def b_laptop():
    m = Mail("business", "en", "colleague-broken-laptop-private",
             "UK accountant writes from her private Outlook.com address: company laptop stuck on the BitLocker "
             "recovery screen after an update; asks IT to call her on her known mobile",
             "Private address used because the work device is broken, but the request goes to the service desk "
             "and asks for a call-back on the number IT already has; offers to bring the laptop in; no link, no "
             "bank change, no credentials sent.")
    I = Ids(m.slug)
    t = utc(2026, 11, 2, 8, 6, 37, zone="UK")
    send(P.olcom, m, I, t, ("Priya Shah", "priya.shah88@outlook.com"), [("IT Service Desk", "it-servicedesk@example.com")],
         "Laptop stuck on BitLocker recovery screen – Priya Shah (Leeds)", cc=[S("ithead")], lang="en-GB", zone="UK")
    body = """Hi IT team,

I'm writing from my personal e-mail as my work laptop won't start this morning. After last night's update it shows a blue BitLocker recovery screen asking for the recovery key (key ID starts with 4F2A-…).

Could someone give me a call on my mobile (the number in the staff directory, ending 318)? I'm working from home today but can bring the laptop into the Leeds office tomorrow if that's easier. In the meantime I'll use Outlook on the web from my own PC for urgent things.

Many thanks,
Priya Shah
Accountant, Example Group UK
"""
    m.body = alt(text(body, "utf-8", "quoted-printable"),
                 html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
                      '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">'
                      + "<br>".join(esc(l) for l in body.split("\n")) + "</div></body></html>", "utf-8", "quoted-printable"))
    return m


MESSAGES = [b_sspr, b_github, b_google, b_docusign, b_complaint, b_solicitor, b_newsletter, b_laptop]
