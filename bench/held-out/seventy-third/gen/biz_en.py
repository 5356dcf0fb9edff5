"""English genuine business messages 09-16."""
from lib import *
import facts as F
from att_en import docusign_html

NPS_M365 = dict(region="GBRP265", srv="CWLP265MB", eop=("GBR01", "CWX", "cwxgbr01"), lang="en-GB", hcs="us-ascii", henc="Q")


def b09():
    slug = "docusign-genuine-northern-pipeline"
    r = rng_for(slug)
    t = local("UK", 2026, 11, 10, 15, 2, 44)
    rcpt = S("uk_mgr")[1]
    p = infra.docusign_eu(r, t, rcpt)
    a, acct, er = det_uuid(r), det_uuid(r), det_uuid(r)
    url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (a, acct, er)
    code = hexs(r, 32, upper=True)
    msg = ("James,\nPlease find Call-off Order 7 under our framework agreement for the Leeds North sewer "
           "rehabilitation (CCTV survey and CIPP lining, sections 14-22), as agreed at Thursday's progress meeting. "
           "Once you've signed I'll countersign and send the programme.\nRegards, Gareth")
    html = docusign_html("Gareth Hughes", "gareth.hughes@northernpipeline.co.uk",
                         "NPS-EG Framework - Call-off Order 7 - Leeds North.pdf", msg, url, code_note=True, code=code)
    text = """Gareth Hughes sent you a document to review and sign.

REVIEW DOCUMENT
%s

Gareth Hughes
gareth.hughes@northernpipeline.co.uk

%s

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management(TM).

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

This message was sent to you by Gareth Hughes who is using the Docusign Electronic Signature Service.""" % (url, msg, code)
    body = alt(p, text, html, "utf-8", "quoted-printable")
    return Mail(9, "en", slug, B, p, ("Gareth Hughes via Docusign", "dse@eumail.docusign.net"), [("James Whitfield", rcpt)],
                "Complete with Docusign: NPS-EG Framework - Call-off Order 7 - Leeds North.pdf", body,
                reply_to=("Gareth Hughes", "gareth.hughes@northernpipeline.co.uk"),
                what="Genuine DocuSign envelope from the sewer contractor's bid manager, delivered by DocuSign's EU mail infrastructure (eumail.docusign.net).",
                why="Sender and bounce address on docusign.net, link to eu.docusign.net/Signing/EmailStart.aspx with envelope parameters, alternate-signing security code present, specific to an agreed call-off order, Reply-To the real contractor.",
                pair=[9], pair_note="Same brand, same contractor and same kind of document as fake DocuSign 09; differs in sending domain/infrastructure, link target and the security code section.")


def b10():
    slug = "microsoft-security-info-added"
    r = rng_for(slug)
    t = local("UK", 2026, 11, 17, 9, 41, 7)
    rcpt = S("uk_acc")[1]
    snd = "MSSecurity-noreply@microsoft.com"
    p = infra.microsoft_notify(r, t, rcpt, snd)
    text = """Example Group

Your security info was updated

Hi Priya Shah,

The following security info was recently added to your work account priya.shah@examplegroup.eu:

Microsoft Authenticator - iPhone 15

If you added this security info, no further action is required.

If you didn't add this security info, please contact your organization's IT administrator immediately, and review the security info on your account at https://mysignins.microsoft.com/security-info

Thanks,
Example Group

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;color:#323130">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:32px 40px">
<div style="font-size:15px;color:#605e5c">Example Group</div>
<h1 style="font-size:24px;font-weight:600;margin:20px 0">Your security info was updated</h1>
<p style="font-size:15px">Hi Priya Shah,</p>
<p style="font-size:15px">The following security info was recently added to your work account <b>priya.shah@examplegroup.eu</b>:</p>
<p style="font-size:15px;padding:12px;background:#f3f2f1">Microsoft Authenticator - iPhone 15</p>
<p style="font-size:15px">If you added this security info, no further action is required.</p>
<p style="font-size:15px">If you didn't add this security info, please contact your organization's IT administrator immediately, and <a href="https://mysignins.microsoft.com/security-info" style="color:#0078d4">review the security info on your account</a>.</p>
<p style="font-size:15px">Thanks,<br>Example Group</p>
<p style="font-size:12px;color:#605e5c;margin-top:40px"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
"""
    body = alt(p, text, html, "utf-8", "base64")
    return Mail(10, "en", slug, B, p, ("Microsoft on behalf of Example Group", snd), [("Priya Shah", rcpt)],
                "Your security info was updated", body,
                what="Genuine Microsoft Entra notification that the Authenticator app was added as security info (the day of the planned MFA switch), from Microsoft's own outbound infrastructure.",
                why="From microsoft.com via outbound.protection.outlook.com, links only to mysignins.microsoft.com and go.microsoft.com, informational ('no action required'), matches the internal MFA rollout on 17 Nov.",
                pair=[10, 5], pair_note="Microsoft 365 sign-in/security-info topic like device-code lure 10 and MFA quishing 05, but purely informational from Microsoft's real infrastructure.")


def b11():
    slug = "github-password-reset"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 4, 8, 12, 50)
    rcpt = S("ithead")[1]
    p = infra.github_notify(r, t, rcpt)
    tok = alnum(r, 40, "abcdefghijklmnopqrstuvwxyz0123456789")
    url = "https://github.com/password_reset/%s" % tok
    text = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team""" % url
    html = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Please reset your password</title></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;color:#24292f">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">
<table width="544" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de;border-radius:6px"><tr><td style="padding:24px;font-size:14px;line-height:1.5">
<h2 style="font-weight:400;font-size:24px;margin:0 0 16px 0">Reset your GitHub password</h2>
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don't worry! You can use the following button to reset your password:</p>
<p style="text-align:center"><a href="%s" style="background:#2da44e;color:#fff;padding:10px 20px;border-radius:6px;text-decoration:none;font-weight:600">Reset your password</a></p>
<p>If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: <a href="https://github.com/password_reset">https://github.com/password_reset</a></p>
<p>Thanks,<br>The GitHub Team</p>
</td></tr></table>
<p style="font-size:12px;color:#57606a">You're receiving this email because a password reset was requested for your account.</p>
<p style="font-size:12px;color:#57606a">GitHub, Inc. &#x30fb;88 Colin P Kelly Jr Street &#x30fb;San Francisco, CA 94107</p>
</td></tr></table></body></html>
""" % url
    body = alt(p, text, html, "UTF-8", "quoted-printable")
    return Mail(11, "en", slug, B, p, ("GitHub", "noreply@github.com"), [("Thomas Brandt", rcpt)],
                "[GitHub] Please reset your password", body,
                what="Genuine GitHub password-reset mail requested by the head of IT, from GitHub's outbound SMTP (out-NN.smtp.github.com).",
                why="Correct GitHub infrastructure and Return-Path, link to github.com/password_reset with a token, standard 3-hour expiry text, no pressure beyond the standard text; user-initiated.")


def b12():
    slug = "google-security-alert-signin"
    r = rng_for(slug)
    t = local("CET", 2026, 12, 3, 14, 22, 9)
    rcpt = S("sales")[1]
    p = infra.google_notify(r, t, rcpt)
    ms = int(t.timestamp() * 1000)
    url = ("https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0"
           % (rcpt, ms, alnum(r, 22, "0123456789")))
    text = """A new sign-in on Windows

%s

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
%s

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % (rcpt, url)
    html = """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;padding:0;background:#ffffff"><table width="100%%" border="0" cellpadding="0" cellspacing="0" style="min-width:348px"><tr><td align="center">
<table border="0" cellpadding="0" cellspacing="0" style="max-width:516px;padding-bottom:20px"><tr><td style="padding:40px 20px;border:thin solid #dadce0;border-radius:8px;font-family:'Google Sans',Roboto,Arial,sans-serif">
<div style="text-align:center;font-size:24px;color:#202124;padding-bottom:16px">A new sign-in on Windows</div>
<div style="text-align:center;font-size:14px;color:#3c4043;border-bottom:thin solid #dadce0;padding-bottom:20px">%s</div>
<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:#202124;line-height:20px;padding-top:20px;text-align:center">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
<div style="padding-top:32px;text-align:center"><a href="%s" style="font-family:'Google Sans',Roboto,Arial;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184f3;border-radius:5px;min-width:90px">Check activity</a></div></div>
<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;text-align:center">You can also see security activity at<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit">https://myaccount.google.com/notifications</a></div>
</td></tr></table>
<div style="text-align:left;font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;line-height:18px;padding-top:12px;text-align:center">You received this email to let you know about important changes to your Google Account and services.<div style="direction:ltr">&copy; 2026 Google LLC, <a style="color:rgba(0,0,0,0.54);text-decoration:inherit">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div></div>
</td></tr></table></body></html>
""" % (rcpt, url)
    body = alt(p, text, html, "UTF-8", "quoted-printable")
    return Mail(12, "en", slug, B, p, ("Google", "no-reply@accounts.google.com"), [rcpt],
                "Security alert", body,
                extra=[("Feedback-ID", "::%s:%s:account-notifier" % (hexs(r, 6), alnum(r, 20)))],
                what="Genuine Google 'new sign-in on Windows' security alert for the Google account (Ads/Business Profile) registered with a sales address, from Google's mail-sor infrastructure.",
                why="Google's own sending hosts and bounce domain, Check-activity link to accounts.google.com / myaccount.google.com, informational wording, no credential request in the mail.")


def b13():
    slug = "companies-house-reminder-govuk-notify"
    r = rng_for(slug)
    t = local("UK", 2026, 11, 16, 10, 0, 14)
    rcpt = S("uk_acc")[1]
    p = infra.ses(r, t, "companies.house@notifications.service.gov.uk", rcpt, region="eu-west-2",
                  feedback="1.eu-west-2.%s=:AmazonSES" % alnum(r, 43))
    url = "https://find-and-update.company-information.service.gov.uk/company/%s" % F.EG_UK_CRN
    text = """Company number: %s
Company name: EXAMPLE GROUP UK LTD

Your confirmation statement is due by 28 December 2026

You need to check the information we hold about your company is correct and file a confirmation statement at least once every 12 months. This is the case even if there have been no changes to your company.

The made up date for your next confirmation statement is 14 December 2026. You can file it any time up to 14 days after this date.

File your confirmation statement online:
%s

You'll need your company authentication code to file online. It costs £50 to file online.

If you've already filed, you do not need to do anything.

Companies House""" % (F.EG_UK_CRN, url)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:16px;margin:0;color:#0b0c0c">
<table role="presentation" width="100%%" style="border-collapse:collapse;min-width:100%%" cellpadding="0" cellspacing="0" border="0"><tr><td width="100%%" height="53" bgcolor="#0b0c0c">
<table role="presentation" width="100%%" style="border-collapse:collapse;max-width:580px" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td style="padding:10px;font-size:28px;line-height:1.315789474;font-weight:700;color:#ffffff">GOV.UK</td></tr></table>
</td></tr></table>
<table role="presentation" style="border-collapse:collapse;max-width:580px;width:100%%" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td style="padding:10px;font-size:19px;line-height:1.315789474">
<p>Company number: %s<br>Company name: EXAMPLE GROUP UK LTD</p>
<h2 style="font-size:27px;line-height:1.25">Your confirmation statement is due by 28 December 2026</h2>
<p>You need to check the information we hold about your company is correct and file a confirmation statement at least once every 12 months. This is the case even if there have been no changes to your company.</p>
<p>The made up date for your next confirmation statement is 14 December 2026. You can file it any time up to 14 days after this date.</p>
<p><a href="%s" style="color:#1d70b8">File your confirmation statement online</a></p>
<p>You'll need your company authentication code to file online. It costs £50 to file online.</p>
<p>If you've already filed, you do not need to do anything.</p>
<p>Companies House</p>
</td></tr></table></body></html>
""" % (F.EG_UK_CRN, url)
    body = alt(p, text, html, "utf-8", "quoted-printable")
    return Mail(13, "en", slug, B, p, ("Companies House", "companies.house@notifications.service.gov.uk"), [rcpt],
                "Your confirmation statement is due - EXAMPLE GROUP UK LTD", body,
                what="Genuine Companies House reminder sent through GOV.UK Notify (Amazon SES eu-west-2) that the confirmation statement is due by 28 Dec 2026.",
                why="notifications.service.gov.uk sender on Notify's SES infrastructure, link to find-and-update.company-information.service.gov.uk, neutral tone, correct made-up date, 'if you've already filed, do nothing'.",
                pair=[11], pair_note="Same regulator, same company and same filing as Companies House lure 11; differs in sender domain, link host, dates and absence of prosecution threats.")


def b14():
    slug = "customer-complaint-odour-yahoo"
    r = rng_for(slug)
    t = local("UK", 2026, 10, 24, 18, 5, 40)
    snd = "m.holroyd58@yahoo.co.uk"
    rcpt = S("uk_mgr")[1]
    p = infra.yahoo(r, t, snd, rcpt, "86.14.211.73")
    text = """Dear Mr Whitfield,

I am writing again about the smell coming from the Calderbrook sewage works. For the last four evenings it has been so bad on Holme Lane that we cannot open the windows or sit in the garden, and my neighbours at numbers 12 and 16 have noticed the same. It is usually worst between 6 and 9 pm when the wind comes from the south-west.

When I rang your customer line in September I was told that a cover on one of the tanks was being repaired and that the problem would be sorted by the end of the month. I would like to know what has happened with that work and when we can expect an improvement.

I have also reported it to the Environment Agency (their reference 1458823) and to our local councillor.

I would appreciate a written reply.

Yours sincerely,

Margaret Holroyd
14 Holme Lane, Calderbrook
Tel. 01422 883 519"""
    html = ('<html><head></head><body><div class="ydp3f1c2e9ayahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            + "".join("<div dir=\"ltr\" data-setdir=\"false\">%s</div>" % (html_escape(l) if l else "<br>") for l in text.split("\n"))
            + "</div></body></html>")
    body = alt(p, text, html, "UTF-8", "quoted-printable")
    return Mail(14, "en", slug, B, p, ("Margaret Holroyd", snd), [("James Whitfield", rcpt)],
                "Smell from Calderbrook sewage works - again", body,
                what="Genuine customer complaint from a resident (Yahoo Mail) about odour from the treatment works, following up an earlier phone call.",
                why="Ordinary consumer webmail, specific local details, references an earlier call and an EA case number, asks for a written reply; no links, attachments or payment.")


def b15():
    slug = "it-notice-remote-support-intern"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 19, 11, 0, 32)
    snd = S("ithead")[1]
    rcpt = S("uk_acc")[1]
    p = infra.exchange_internal(r, t, snd, rcpt, server="exch01", client_ip="10.20.12.31", lang="en-US")
    text = """Dear colleagues in Leeds,

Several companies in our sector have recently been hit by a two-step attack, and last week two colleagues in other offices were targeted too:

1. The mailbox is flooded with hundreds of newsletter sign-ups ("email bombing").
2. Shortly afterwards someone calls on Microsoft Teams, claiming to be "IT Help Desk", offers to stop the spam and asks you to open Quick Assist or install AnyDesk and read out a code.

Please remember how we actually work:

- IT Service Desk never contacts you from an external Teams account (external accounts show "External" next to the name) and never from a domain other than example.com.
- We will only start a remote session if YOU have opened a ticket or called the Service Desk first, and only with our own tool (Company Portal > Remote Support).
- Never open Quick Assist, AnyDesk, TeamViewer or similar for someone who contacted you.

If your mailbox is flooded: don't reply, don't click "unsubscribe", call the Service Desk on extension 4400 (from Leeds: +49 511 7634 4400).

If you already accepted a session: unplug the network cable / disable Wi-Fi and call us immediately.

Thank you,

Thomas Brandt
Head of IT
Example Group AG, Hannover"""
    body = Text(text, "plain", "us-ascii", "7bit")
    return Mail(15, "en", slug, B, p, S("ithead"), [("Staff UK", "staff-uk@example.com")],
                "How IT support will (and won't) contact you - email bombing and fake help desk calls", body, rcpt=rcpt,
                what="Internal notice from the head of IT to UK staff (Exchange → mail-int01): warns about email bombing followed by fake help-desk calls on Teams asking for Quick Assist.",
                why="Internal path, real staff sender to a distribution list, plain 7-bit text, no links, tells staff to call the known extension; awareness message, not a request.",
                pair=[15], pair_note="Same vocabulary (IT Service Desk, spam flood, Teams, Quick Assist, ext. 4400) as vishing pretext 15; genuine one is internal and tells users never to do what 15 asks.")


def b16():
    slug = "northern-pipeline-statement-suspension"
    r = rng_for(slug)
    t = local("UK", 2026, 11, 27, 10, 30, 5)
    snd = "accounts@northernpipeline.co.uk"
    rcpt = S("uk_acc")[1]
    p = infra.m365(r, t, snd, rcpt, **NPS_M365)
    text = """Dear Priya,

Please find attached a statement of account for Example Group UK Ltd as at 26 November 2026.

The following invoices are now past their 30-day terms:

INV-24817  30/09/2026  Leeds North - CCTV survey sections 1-13        £21,640.00
INV-24905  14/10/2026  Leeds North - CIPP lining sections 5-9          £26,576.40
Total overdue                                                                     £48,216.40

We have chased these on 6 and 19 November without a remittance. I'm afraid that if payment is not received by Friday 4 December we will have no option but to place the account on stop and suspend works on the Leeds North package until the balance is cleared, as per clause 11.3 of the framework agreement.

Payment should be made to our usual account as shown on the invoices (Barclays, sort code %s, account %s). If there is a query on either invoice, please let me know today so that we can resolve it - Gareth is copied in.

Kind regards,

Sarah Pickering
Credit Control
Northern Pipeline Services Ltd
Calder Park, Denby Dale Road, Wakefield WF2 7AW
T: 01924 556 210""" % (F.NPS_SORT, F.NPS_ACC)
    pdf = simple_pdf("Statement of account", [
        "# Northern Pipeline Services Ltd",
        "Calder Park, Denby Dale Road, Wakefield WF2 7AW · VAT GB 318 4471 26",
        "",
        "## Statement of account – Example Group UK Ltd – as at 26/11/2026",
        "",
        "INV-24817   30/09/2026   CCTV survey sections 1-13      £21,640.00   OVERDUE",
        "INV-24905   14/10/2026   CIPP lining sections 5-9        £26,576.40   OVERDUE",
        "INV-25012   06/11/2026   CIPP lining sections 10-13     £18,904.80   not yet due",
        "",
        "**Total overdue: £48,216.40",
        "",
        "Bank: Barclays Bank UK PLC · Sort code " + F.NPS_SORT + " · Account " + F.NPS_ACC,
        "IBAN " + iban_fmt(F.NPS_IBAN) + " · BIC BUKBGB22",
    ], author="Sarah Pickering", created=pdfdate(plus(t, -1800), "UK"))
    html = html_outlook(text, "us-ascii", lang="EN-GB", font="Aptos")
    body = mixed(p, alt(p, text, html, "utf-8", "quoted-printable"), [att(p, pdf, "Statement_EGUK_261126.pdf")])
    return Mail(16, "en", slug, B, p, ("Accounts - Northern Pipeline Services", snd), [S("uk_acc")],
                "Example Group UK Ltd - overdue account / suspension of works", body, cc=[("Gareth Hughes", "gareth.hughes@northernpipeline.co.uk")],
                what="Genuine credit-control e-mail from the sewer contractor's real Microsoft 365 tenant: statement attached, threat to put the account on stop and suspend works if £48k is not paid by 4 December.",
                why="Real contractor domain and tenant, references framework clause, earlier chasers and specific invoices, pays to the usual account on the invoices, invites queries and copies the known contact; hard tone but normal.",
                pair=[14], pair_note="Payment-related mail to the UK accountant like ClickFix 'remittance advice' 14; here a real statement PDF and no action beyond paying the known account.")


def build():
    return [b09(), b10(), b11(), b12(), b13(), b14(), b15(), b16()]
