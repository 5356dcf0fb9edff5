"""Genuine business messages, English (09-16)."""
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs, rfc, in_zone, utc
from .infra import guid
from . import infra, ids, qr, pdfdoc, zipc, pngimg

F = "business"


def b09():
    seed = "b09"
    t = local("UK", "2026-11-30 15:04:11")
    rcpt = S["uk_mgr"]["addr"]
    ch = infra.docusign(seed, t, rcpt)
    env_id = "%s-%s-%s-%s-%s" % (h(seed + "1", 8, HEX), h(seed + "2", 4, HEX), h(seed + "3", 4, HEX), h(seed + "4", 4, HEX), h(seed + "5", 12, HEX))
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (env_id, guid(seed + "acct"), guid(seed + "er"))
    code = h(seed + "sc", 32, UHEX) + "2"
    plain = dd("""
        Emma Clarke sent you a document to review and sign.

        REVIEW DOCUMENT: %(link)s

        Emma Clarke
        emma.clarke@harrowfinch.co.uk

        Hi Oliver,

        As discussed on Thursday, please find the 2027 supply agreement for the private-label EVOO range (750 ml and 5 L) for signature. Prices and volumes are as per your offer EG-UK-2026-311; payment terms unchanged at 60 days.

        Many thanks,
        Emma

        Do Not Share This Email
        This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

        Alternate Signing Method
        Visit Docusign.com, click 'Access Documents', and enter the security code:
        %(code)s

        About Docusign
        Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

        Questions about the Document?
        If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

        Stop receiving this email
        Report this email or read more about Declining to sign and Managing notifications.

        This message was sent to you by Emma Clarke who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
        """) % {"link": link, "code": code}
    htm = fill_cs(dd("""
        <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=%(cs)s"></head>
        <body style="margin:0;padding:0;background:#eaeaea;">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea;"><tr><td align="center" style="padding:20px 0;">
        <table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;">
        <tr><td style="padding:10px 24px;"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" width="116" height="34" alt="Docusign"></td></tr>
        <tr><td style="padding:0 24px 30px 24px;"><table width="100%" cellpadding="0" cellspacing="0" style="background:#1e1e1e;color:#fff;"><tr><td align="center" style="padding:28px 24px;font-size:16px;">
        Emma Clarke sent you a document to review and sign.<br><br>
        <a href="__LINK__" style="display:inline-block;background:#ffc820;color:#1e1e1e;font-size:14px;font-weight:bold;text-decoration:none;padding:12px 24px;border-radius:2px;">REVIEW DOCUMENT</a>
        </td></tr></table></td></tr>
        <tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333;line-height:20px;">
        <b>Emma Clarke</b><br><a href="mailto:emma.clarke@harrowfinch.co.uk" style="color:#2463d1;">emma.clarke@harrowfinch.co.uk</a><br><br>
        Hi Oliver,<br><br>As discussed on Thursday, please find the 2027 supply agreement for the private-label EVOO range (750 ml and 5 L) for signature. Prices and volumes are as per your offer EG-UK-2026-311; payment terms unchanged at 60 days.<br><br>Many thanks,<br>Emma
        </td></tr>
        <tr><td style="padding:24px;background:#eaeaea;font-size:11px;color:#666;line-height:14px;">
        <b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
        <b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: __CODE__<br><br>
        <b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
        <b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
        This message was sent to you by Emma Clarke who is using the Docusign Electronic Signature Service.
        </td></tr></table></td></tr></table></body></html>
        """).replace("__LINK__", esc(link)).replace("__CODE__", code), "utf-8")
    body = alt(plain, htm, bnd("java", seed), "utf-8", "quoted-printable")
    return spec(F, "en", "docusign-supply-agreement-genuine", seed, t, ch,
                frm=addr("Emma Clarke via Docusign", "dse@eumail.docusign.net"), reply_to=addr("Emma Clarke", "emma.clarke@harrowfinch.co.uk"),
                to=addr("Oliver Bennett", rcpt), rcpt=rcpt, ret=ch["bounce"],
                subject="Complete with Docusign: Harrow & Finch - 2027 Supply Agreement (Private Label EVOO).pdf",
                body=body, zone="UK", hn=[9],
                hn_note="Same customer contact and DocuSign look as attack 09; genuine DocuSign EU infrastructure and docusign.net links, expected contract.",
                what="Genuine DocuSign envelope: the UK customer sends the 2027 supply agreement for signature.",
                why="Delivered by DocuSign's EU mail servers (mailc.eumail.docusign.net), links to eu.docusign.net, Reply-To the known customer contact, refers to an offer and a meeting that happened.")


def b10():
    seed = "b10"
    t = utc("2026-11-12 06:44:19")
    rcpt = S["sec"]["addr"]
    ch = infra.microsoft_notify(seed, t, rcpt)
    plain = dd("""
        Microsoft account

        Unusual sign-in activity

        We detected something unusual about a recent sign-in to the Microsoft account lu*****@example.com.

        Sign-in details

        Country/region: Netherlands
        IP address: 185.107.56.214
        Date: 12/11/2026 6:41 AM (GMT)
        Platform: Windows
        Browser: Firefox

        Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

        Review recent activity <https://account.live.com/Activity?mkt=en-US>

        To opt out or change where you receive security notifications, click here <https://account.live.com/SecurityNotifications/Update>.

        Thanks,
        The Microsoft account team
        """)
    htm = fill_cs(dd("""
        <html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=%(cs)s"></head>
        <body><table dir="ltr"><tr><td id="i1" style="padding:0; font-family:'Segoe UI Semibold', 'Segoe UI Bold', 'Segoe UI', 'Helvetica Neue Medium', Arial, sans-serif; font-size:17px; color:#707070;">Microsoft account</td></tr>
        <tr><td id="i2" style="padding:0; font-family:'Segoe UI Light', 'Segoe UI', 'Helvetica Neue Medium', Arial, sans-serif; font-size:41px; color:#2672ec;">Unusual sign-in activity</td></tr>
        <tr><td id="i3" style="padding:0; padding-top:25px; font-family:'Segoe UI', Tahoma, Verdana, Arial, sans-serif; font-size:14px; color:#2a2a2a;">We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" id="iAccount" class="link" style="color:#2672ec; text-decoration:none" href="mailto:lu*****@example.com">lu*****@example.com</a>.</td></tr>
        <tr><td id="i4" style="padding:0; padding-top:25px; font-family:'Segoe UI', Tahoma, Verdana, Arial, sans-serif; font-size:14px; color:#2a2a2a;">
        <table border="0" cellspacing="0"><tr><td colspan="2" style="padding:0; font-family:'Segoe UI Bold', 'Segoe UI Semibold', 'Segoe UI', Arial; font-size:14px;">Sign-in details</td></tr>
        <tr><td style="padding:0;">Country/region:</td><td style="padding:0 0 0 6px;">Netherlands</td></tr>
        <tr><td style="padding:0;">IP address:</td><td style="padding:0 0 0 6px;">185.107.56.214</td></tr>
        <tr><td style="padding:0;">Date:</td><td style="padding:0 0 0 6px;">12/11/2026 6:41 AM (GMT)</td></tr>
        <tr><td style="padding:0;">Platform:</td><td style="padding:0 0 0 6px;">Windows</td></tr>
        <tr><td style="padding:0;">Browser:</td><td style="padding:0 0 0 6px;">Firefox</td></tr></table></td></tr>
        <tr><td id="i5" style="padding:0; padding-top:25px; font-family:'Segoe UI', Tahoma, Verdana, Arial, sans-serif; font-size:14px; color:#2a2a2a;">Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.</td></tr>
        <tr><td style="padding:0; padding-top:25px;"><table border="0" cellspacing="0"><tr><td bgcolor="#2672ec" style="background-color:#2672ec; padding:5px 20px 5px 20px; min-width:50px;"><a id="i6" style="font-family:'Segoe UI Semibold', 'Segoe UI Bold', 'Segoe UI', Arial, sans-serif; font-size:14px; text-align:center; text-decoration:none; font-weight:600; letter-spacing:0.02em; color:#fff;" href="https://account.live.com/Activity?mkt=en-US">Review recent activity</a></td></tr></table></td></tr>
        <tr><td id="i7" style="padding:0; padding-top:25px; font-family:'Segoe UI', Tahoma, Verdana, Arial, sans-serif; font-size:14px; color:#2a2a2a;">To opt out or change where you receive security notifications, <a id="iLink5" class="link" style="color:#2672ec; text-decoration:none" href="https://account.live.com/SecurityNotifications/Update">click here</a>.</td></tr>
        <tr><td id="i8" style="padding:0; padding-top:25px; font-family:'Segoe UI', Tahoma, Verdana, Arial, sans-serif; font-size:14px; color:#2a2a2a;">Thanks,</td></tr>
        <tr><td id="i9" style="padding:0; font-family:'Segoe UI', Tahoma, Verdana, Arial, sans-serif; font-size:14px; color:#2a2a2a;">The Microsoft account team</td></tr>
        </table></body></html>
        """), "utf-8")
    body = alt(plain, htm, "__%s" % h(seed + "b", 20, ALNUM), "utf-8", "quoted-printable")
    return spec(F, "en", "microsoft-account-unusual-signin", seed, t, ch,
                frm=addr("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"), to=rcpt, rcpt=rcpt,
                ret="account-security-noreply@accountprotection.microsoft.com",
                subject="Microsoft account unusual sign-in activity", body=body, zone="UTC", hn=[14, 39],
                hn_note="Genuine security notification of the kind that attacks 14 and 39 imitate or abuse; real Microsoft outbound infrastructure and account.live.com links only.",
                what="Genuine Microsoft account 'unusual sign-in activity' notice for the IT admin's personal Microsoft account registered with his company address.",
                why="Sent from accountprotection.microsoft.com through Microsoft's own outbound servers (NAM10 …protection.outlook.com, 40.107.0.0/16), standard Microsoft template, links only to account.live.com.")


def b11():
    seed = "b11"
    t = local("DE", "2026-10-22 08:17:36")
    rcpt = S["sec"]["addr"]
    ch = infra.github(seed, t, rcpt)
    token = h(seed + "tok", 40, ALNUM)
    link = "https://github.com/password_reset/" + token
    plain = dd("""
        We heard that you lost your GitHub password. Sorry about that!

        But don't worry! You can use the following button to reset your password:

        Reset your password: %(link)s

        If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

        Thanks,
        The GitHub Team

        You're receiving this email because a password reset was requested for your account.

        GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107
        """) % {"link": link}
    htm = fill_cs(button_mail("en", "#1f883d", "GitHub", "Reset your GitHub password",
                              ["We heard that you lost your GitHub password. Sorry about that!", "But don&rsquo;t worry! You can use the following button to reset your password:"],
                              "Reset your password", link,
                              "If you don&rsquo;t use this link within 3 hours, it will expire. To get a new password reset link, visit: <a href=\"https://github.com/password_reset\">https://github.com/password_reset</a><br><br>You&rsquo;re receiving this email because a password reset was requested for your account.<br>GitHub, Inc. &#12539;88 Colin P Kelly Jr Street &#12539;San Francisco, CA 94107",
                              font="-apple-system, BlinkMacSystemFont, Segoe UI, Helvetica, Arial, sans-serif"), "UTF-8")
    body = alt(plain, htm, "--==_mimepart_%s_%s" % (h(seed + "m1", 13, HEX), h(seed + "m2", 5, DIG)), "UTF-8", "quoted-printable")
    return spec(F, "en", "github-password-reset", seed, t, ch,
                frm=addr("GitHub", "noreply@github.com"), to=addr("lukas-hoffmann-eg", rcpt), rcpt=rcpt, ret="noreply@github.com",
                subject="[GitHub] Please reset your password", body=body, zone="UTC",
                extra=[("X-GitHub-Recipient-Address", rcpt), ("Auto-Submitted", "auto-generated")],
                what="Genuine GitHub password-reset mail requested by the IT admin.",
                why="Sent by GitHub's own outbound servers (out-NN.smtp.github.com, 192.30.252.0/22), standard template, link to github.com, expected after the user requested a reset.")


def b12():
    seed = "b12"
    t = local("UK", "2026-11-23 10:16:52")
    rcpt = S["uk_mgr"]["addr"]
    sender = "emma.clarke@harrowfinch.co.uk"
    ch = infra.m365(seed, t, rcpt, mbx="LO2P265MB5173", region="GBRP265", relay=("GBR01-LO4-obe", "mail-lo4gbr01on2130", "40.107.23.130"),
                    hub="CWLP265MB6092", org="harrowfinch.co.uk", topic="Complaint - leaking caps on 5 L tins, delivery 19 Nov (PO HF-26-1184)",
                    lang="en-GB", has_attach=True)
    plain = dd("""
        Hi Oliver,

        I'm afraid we have a problem with last Thursday's delivery (PO HF-26-1184, your delivery note 80041722, batch L26-301).

        When we broke down the pallet of 5 L EVOO tins this morning, 14 of the 96 tins were leaking at the pourer cap - the outer cartons are soaked and several neighbouring cartons are stained, so we can't send any of them on to our restaurant customers as they are. Photo attached; the others look the same.

        We've quarantined the pallet in our warehouse. Could you let me know by Friday whether you'd prefer to collect it and send a replacement, or issue a credit note for the damaged tins and the cleaning? Our Christmas orders go out from 7 December, so a replacement before then would be ideal.

        Kind regards,
        Emma

        Emma Clarke
        Purchasing Manager | Harrow & Finch Fine Foods Ltd
        Unit 4, Thames Road Industrial Estate, London E16 2EZ
        T +44 20 7946 0318
        """)
    png = pngimg.synthetic_photo(320, 240, 12)
    body = Multi("mixed", [outlook_alt(plain, bnd("m365", seed, "LO2P265MB5173"), cs="us-ascii", lang="EN-GB"),
                           Att(png, "image/png", "IMG_4471.png", size=True)], bnd("m365att", seed, "LO2P265MB5173"))
    return spec(F, "en", "customer-complaint-leaking-tins-photo", seed, t, ch,
                frm=addr("Emma Clarke", sender), to=addr("Oliver Bennett", rcpt), rcpt=rcpt, ret=sender,
                subject="Complaint - leaking caps on 5 L tins, delivery 19 Nov (PO HF-26-1184)", body=body, zone="UK", hn=[12],
                hn_note="Same sender mailbox and tenant as the thread hijack 12; this one is an ordinary complaint with a photo, sent in office hours, no link or credential request.",
                what="Customer complaint about leaking 5 L tins with a photo.",
                why="Known customer contact from her usual Microsoft 365 tenant during office hours, specific PO/delivery/batch references, attachment is a plain PNG photo, asks for a commercial decision only.")


def b13():
    seed = "b13"
    t = utc("2026-12-01 09:03:40")
    rcpt = S["uk_mgr"]["addr"]
    ch = infra.google_notify(seed, t, rcpt)
    alert = h(seed + "al", 22, ALNUM + "-_")
    link = "https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%s?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s" % (rcpt.replace("@", "%40"), h(seed + "n", 13, DIG), h(seed + "e", 19, DIG))
    plain = dd("""
        A new sign-in on Windows

        %(r)s

        We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

        Check activity
        %(link)s

        You can also see security activity at
        https://myaccount.google.com/notifications

        You received this email to let you know about important changes to your Google Account and services.
        © 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
        """) % {"r": rcpt, "link": link}
    htm = fill_cs(button_mail("en", "#1a73e8", "Google", "A new sign-in on Windows",
                              [esc(rcpt), "We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don&#39;t need to do anything. If not, we&#39;ll help you secure your account."],
                              "Check activity", link,
                              "You can also see security activity at<br><a href=\"https://myaccount.google.com/notifications\">https://myaccount.google.com/notifications</a><br><br>You received this email to let you know about important changes to your Google Account and services.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
                              font="Google Sans, Roboto, RobotoDraft, Helvetica, Arial, sans-serif"), "UTF-8")
    body = alt(plain, htm, "000000000000" + h(seed + "b", 16, HEX), "UTF-8", "quoted-printable")
    return spec(F, "en", "google-security-alert-new-signin", seed, t, ch,
                frm=addr("Google", "no-reply@accounts.google.com"), to=rcpt, rcpt=rcpt, ret=ch["bounce"],
                subject="Security alert", body=body, zone="UTC",
                what="Genuine Google 'new sign-in on Windows' alert for the UK office's Google account (used for Google Business Profile).",
                why="Delivered by Google's own mail-sor-f69.google.com (209.85.220.69) with Google's internal hops, standard template, links only to accounts.google.com / myaccount.google.com.")


def b14():
    seed = "b14"
    t = local("UK", "2026-11-26 11:20:05")
    rcpt = S["uk_acc"]["addr"]
    ch = infra.ses(seed, t, rcpt, region="eu-west-2", ip="23.249.208.33")
    ch["peer"] = ("a208-33.smtp-out.eu-west-2.amazonses.com", "a208-33.smtp-out.eu-west-2.amazonses.com", "23.249.208.33")
    plain = dd("""
        Dear Example Group UK Ltd

        You have a new message from HM Revenue and Customs about your Customs Declaration Service duty deferment account.

        To read it, sign in to your HMRC online services account.

        For security reasons, we have not included a link with this email.

        If you need help, search GOV.UK for 'duty deferment account helpline'.

        From HM Revenue and Customs
        """)
    htm = fill_cs(dd("""
        <!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=%(cs)s"><meta name="viewport" content="width=device-width"><title>You have a new message from HMRC</title></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:16px;margin:0;color:#0b0c0c;">
        <table role="presentation" width="100%" style="border-collapse:collapse;min-width:100%;width:100%!important;" cellpadding="0" cellspacing="0" border="0"><tr><td width="100%" height="53" bgcolor="#0b0c0c">
        <table role="presentation" width="100%" style="border-collapse:collapse;max-width:580px;" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td width="70" bgcolor="#0b0c0c" valign="middle" style="padding-left:10px;"><span style="font-family:Helvetica,Arial,sans-serif;font-weight:700;color:#ffffff;font-size:28px;line-height:1.315789474;">GOV.UK</span></td></tr></table>
        </td></tr></table>
        <table role="presentation" class="content" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;max-width:580px;width:100%!important;" width="100%"><tr><td width="10" height="10" valign="middle"></td><td>
        <p style="Margin:0 0 20px 0;font-size:19px;line-height:25px;color:#0b0c0c;">Dear Example Group UK Ltd</p>
        <p style="Margin:0 0 20px 0;font-size:19px;line-height:25px;color:#0b0c0c;">You have a new message from HM Revenue and Customs about your Customs Declaration Service duty deferment account.</p>
        <p style="Margin:0 0 20px 0;font-size:19px;line-height:25px;color:#0b0c0c;">To read it, sign in to your HMRC online services account.</p>
        <p style="Margin:0 0 20px 0;font-size:19px;line-height:25px;color:#0b0c0c;">For security reasons, we have not included a link with this email.</p>
        <p style="Margin:0 0 20px 0;font-size:19px;line-height:25px;color:#0b0c0c;">If you need help, search GOV.UK for &lsquo;duty deferment account helpline&rsquo;.</p>
        <p style="Margin:0 0 20px 0;font-size:19px;line-height:25px;color:#0b0c0c;">From HM Revenue and Customs</p>
        </td><td width="10" valign="middle"></td></tr></table></body></html>
        """), "utf-8")
    body = alt(plain, htm, bnd("ses", seed), "utf-8", "quoted-printable")
    return spec(F, "en", "hmrc-new-message-govuk-notify", seed, t, ch,
                frm=addr("HM Revenue and Customs", "noreply@notifications.service.gov.uk", quote_always=True), to=rcpt, rcpt=rcpt, ret=ch["bounce"],
                subject="You have a new message from HMRC", body=body, zone="UK", hn=[11],
                hn_note="Same topic as attack 11 (CDS duty deferment); genuine GOV.UK Notify mail on Amazon SES, deliberately no link.",
                what="Genuine HMRC notification (via GOV.UK Notify) that a message about the duty deferment account is waiting in the online account.",
                why="GOV.UK Notify address on notifications.service.gov.uk delivered through Amazon SES eu-west-2, GOV.UK template, explicitly contains no link, no deadline or threat.")


def b15():
    seed = "b15"
    t = local("DE", "2026-11-04 11:47:19")
    rcpt = S["uk_acc"]["addr"]
    ch = infra.internal(seed, t, sender_ip="10.20.7.101", mbx="EXMBX01", rcpt=rcpt,
                        topic="IT notice: fake 'IT support' calls on Teams - please read", lang="en-GB")
    plain = dd("""
        Dear colleagues,

        Over the past weeks several companies in our sector have been hit by a scam that starts with a mailbox being flooded with hundreds of newsletter sign-ups. Shortly afterwards the victim gets a Microsoft Teams call or an e-mail from someone calling themselves "Help Desk" or "IT Service Desk", who offers to "install a spam filter" and asks the user to start Quick Assist, AnyDesk or TeamViewer.

        Please remember:

        - Our IT service desk will never call you on Teams from an external account (you would see "External" next to the name).
        - We will never ask you to start Quick Assist, AnyDesk, TeamViewer or any other remote-access tool for a call you did not request.
        - We never announce calls by e-mail from an address outside example.com.

        If your mailbox is flooded, simply open a ticket at https://servicedesk.example.com or call us on +49 621 4090-555. Do not accept external Teams calls that claim to be IT.

        Best regards,
        Thomas Brückner
        Head of IT | Example Group GmbH
        """)
    body = outlook_alt(plain, bnd("exchange", seed), cs="iso-8859-1", lang="EN-GB")
    return spec(F, "en", "it-notice-fake-helpdesk-teams-calls", seed, t, ch,
                frm=addr("Brückner, Thomas", S["it"]["addr"], "iso-8859-1", quote_always=True),
                to=addr("Example Group UK - all staff", "staff-uk@example.com"), rcpt=rcpt, ret=S["it"]["addr"],
                subject="IT notice: fake 'IT support' calls on Teams - please read", body=body, zone="DE", internal=True, hn=[15],
                hn_note="Same topic as attack 15 (help desk, Teams call, Quick Assist) but the real IT department warning against it, internal route.",
                what="Internal IT warning about e-mail bombing followed by fake help-desk Teams calls.",
                why="From the Head of IT via Exchange and mail-int01 to the UK staff list; asks nothing of the user except to use the internal service desk; links only to the internal portal.")


def b16():
    seed = "b16"
    t = local("DE", "2026-12-02 09:31:56")
    rcpt = S["uk_mgr"]["addr"]
    ch = infra.internal(seed, t, sender_ip="10.20.6.44", mbx="EXMBX02", rcpt=rcpt,
                        topic="Christmas thank-you vouchers 2026 - London office", lang="en-GB")
    plain = dd("""
        Dear colleagues in London,

        As every year, we would like to say thank you for your work with a small Christmas gift: every employee receives a £50 high-street gift voucher.

        Oliver will hand out the vouchers in the office on Wednesday, 16 December. Colleagues who work remotely that week will receive theirs by post at their home address on file.

        The vouchers are covered by our PAYE settlement agreement, so there is nothing for you to declare. You do not need to do anything - in particular, nobody will ask you to buy gift cards or to send voucher codes by e-mail or message. If you ever receive such a request, please report it to IT.

        Merry Christmas and best wishes,
        Katrin Groß
        HR | Example Group GmbH
        """)
    body = outlook_alt(plain, bnd("exchange", seed + "x"), cs="windows-1252", lang="EN-GB")
    return spec(F, "en", "hr-christmas-vouchers-internal", seed, t, ch,
                frm=addr("Groß, Katrin", S["hr"]["addr"], "windows-1252", quote_always=True),
                to=addr("Example Group UK - all staff", "staff-uk@example.com"), rcpt=rcpt, ret=S["hr"]["addr"],
                subject="Christmas thank-you vouchers 2026 - London office", body=body, zone="DE", internal=True, hn=[13],
                hn_note="Same theme as attack 13 (gift cards for staff/customers at Christmas) but from HR internally, no purchase or code request.",
                what="HR announces the annual Christmas vouchers for the London office.",
                why="Internal route (Exchange, mail-int01) from HR to the staff list, vouchers are handed out physically, explicitly no action required, warns about gift-card requests.")


def messages():
    return [b09(), b10(), b11(), b12(), b13(), b14(), b15(), b16()]
