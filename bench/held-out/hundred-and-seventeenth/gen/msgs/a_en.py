"""attack/ 09-16 (English)."""

from .common import *  # noqa: F401,F403


@msg("attack", "09-en-tees-valley-device-code.eml")
def a09(rng):
    t = "2026-10-14 14:36:02"
    text = ("Hi Rachel,\n\n"
            "Following our call this morning – the revised framework rates for 2027 (incl. the night-shift and standby "
            "rates for the 500t crawler) are now in our protected supplier workspace, as we can't send pricing as an "
            "open attachment any more.\n\n"
            "As an external guest you only need to verify once:\n\n"
            "1. Go to https://microsoft.com/devicelogin\n"
            "2. Enter the code K4TNQ7WZP\n"
            "3. Sign in with your usual Example Group Microsoft account and approve.\n\n"
            "The code is only valid for 15 minutes, so if it has expired just reply and I'll generate a new one.\n\n"
            "Could you take a look today? We need your confirmation before Friday's budget review.\n\n"
            "Kind regards\n\nGareth Hughes\nSenior Buyer – Marine & Lifting\nTees Valley Offshore Fabrication Ltd\n"
            "Dock Road, Port Clarence, Middlesbrough TS2 1RY\nT: +44 1642 515 772  M: +44 7700 912 406\n")
    body = B.outlook(rng, "en", text, cs="us-ascii" if M.is_ascii(text) else "utf-8", font="Aptos")
    raw, info = T.compose(rng, profile="m365", t=t, frm=TVOF_GH, to=[S["uk_om"]],
                          subject="TVOF 2027 framework rates - secure access", body=body, date_zone="london",
                          opts=dict(domain="teesoffshorefab.co.uk", lang="en-GB"))
    return Result(raw, info, "Device-code phishing from the compromised mailbox of a real customer buyer: asks to enter a code at the genuine microsoft.com/devicelogin page, which hands the attacker a token for the victim's account.",
                  "Only legitimate Microsoft URL and a passing customer tenant, but a device-code login for 'external guest access' is never required to read documents, 15-minute urgency, 'pricing cannot be sent as attachment' pretext; matches Storm-2372 style campaigns.",
                  phones=["+44 1642 515 772", "+44 7700 912 406"])


@msg("attack", "10-en-acrobat-sign-oauth-consent.eml")
def a10(rng):
    t = "2026-11-03 10:18:44"
    url = ("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=6f1c8a47-2d9e-4b53-9a0e-3c7d51e8f204"
           "&response_type=code&redirect_uri=https%3A%2F%2Facrobatsign-docviewer.azurewebsites.net%2Fauth%2Fcallback"
           "&response_mode=query&scope=offline_access%20User.Read%20Mail.ReadWrite%20Mail.Send%20Files.Read.All"
           "&state=TVOF-RCA-0211-sabine.koehler")
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:'Adobe Clean',Arial,sans-serif;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 10px;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #eb1000;">
<tr><td style="padding:24px 36px 4px 36px;font-size:13px;color:#6e6e6e;">Adobe Acrobat Sign</td></tr>
<tr><td style="padding:4px 36px 12px 36px;font-size:22px;color:#2c2c2c;">Tees Valley Offshore Fabrication Ltd has sent you <b>Rate Card Amendment No. 2 &ndash; Crane Hire 2027</b> to review and sign.</td></tr>
<tr><td style="padding:8px 36px;font-size:14px;color:#4b4b4b;line-height:21px;">Message from Gareth Hughes (gareth.hughes@teesoffshorefab.co.uk):<br>
<i>&ldquo;Please review the amended standby and night rates and sign by 6 November so we can release the PO.&rdquo;</i></td></tr>
<tr><td style="padding:20px 36px;"><a href="%s" style="background:#1473e6;color:#ffffff;text-decoration:none;padding:11px 26px;border-radius:16px;font-size:15px;">Review and sign</a></td></tr>
<tr><td style="padding:4px 36px 20px 36px;font-size:12px;color:#6e6e6e;line-height:18px;">You will be asked to sign in with your Microsoft 365 work account and to allow Acrobat Sign to open the agreement from your mailbox.</td></tr>
<tr><td style="padding:14px 36px;font-size:11px;color:#8e8e8e;border-top:1px solid #eaeaea;">Powered by Adobe Acrobat Sign &middot; Adobe, 345 Park Avenue, San Jose, CA 95110-2704, USA<br>
To ensure that you continue receiving our emails, please add echosign@acrobatsign-notifications.com to your address book.</td></tr>
</table></td></tr></table></body></html>
""" % url
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="plain")],
                   "%s" % "".join(rng.choice("0123456789abcdef") for _ in range(60)), style="plain")
    raw, info = T.compose(rng, profile="sendgrid", t=t, frm=("Adobe Acrobat Sign", "echosign@acrobatsign-notifications.com"),
                          to=[S["cfo"]], reply_to=("Gareth Hughes", "gareth.hughes@teesoffshorefab.co.uk"),
                          subject="Tees Valley Offshore Fabrication Ltd sent you \"Rate Card Amendment No. 2 - Crane Hire 2027\" to sign",
                          body=body, opts=dict(domain="acrobatsign-notifications.com"))
    return Result(raw, info, "OAuth consent phishing: fake Acrobat Sign notice whose button is a real login.microsoftonline.com authorize URL for a malicious multi-tenant app requesting Mail.ReadWrite, Mail.Send and Files.Read.All with offline access.",
                  "Link host is genuine Microsoft, so URL reputation is clean; the risk is in the parameters (unknown client_id, redirect to an azurewebsites.net app, mailbox scopes). Sender domain is a look-alike of Adobe's echosign.com, sent through SendGrid; Reply-To points at the real customer to look plausible.")


@msg("attack", "11-en-docusign-pages-dev.eml")
def a11(rng):
    t = "2026-11-25 15:47:29"
    url = "https://tvof-agreements.pages.dev/Signing/EmailStart?a=4c2e91b7-08d3-4f5e-b8a1-6d0c7e3f9a52&r=ZGF2aWQuY2xhcmtlQGV4YW1wbGUuY29t"
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eaeaea;font-family:Helvetica,Arial,sans-serif;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 24px;"><span style="font-size:22px;font-weight:bold;color:#4c00ff;">docusign</span></td></tr>
<tr><td style="background:#4c00ff;padding:32px 24px;text-align:center;color:#ffffff;font-size:16px;">
Gareth Hughes sent you a document to review and sign.<br><br>
<a href="%s" style="display:inline-block;background:#ffc820;color:#130032;padding:12px 28px;text-decoration:none;font-weight:bold;border-radius:2px;">REVIEW DOCUMENT</a></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#130032;"><b>Gareth Hughes</b><br><a style="color:#130032;">gareth.hughes@teesoffshorefab.co.uk</a><br><br>
Please DocuSign: Crane Hire Framework Agreement 2027 - Example Cranes UK Ltd.pdf<br><br>Thank You,<br>Gareth Hughes</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#666666;background:#f4f4f4;"><b>Do Not Share This Email</b><br>
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</td></tr>
</table></td></tr></table></body></html>
""" % url
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="plain")],
                   "%s" % "".join(rng.choice("0123456789abcdef") for _ in range(28)), style="plain")
    raw, info = T.compose(rng, profile="mailgun", t=t, frm=("Gareth Hughes via Docusign", "dse@docusign-eumail.net"),
                          to=[S["uk_acc"]], subject="Complete with Docusign: Crane Hire Framework Agreement 2027 - Example Cranes UK Ltd.pdf",
                          body=body, date_zone="london", opts=dict(domain="docusign-eumail.net", mg_domain="mg.docusign-eumail.net"))
    return Result(raw, info, "Fake DocuSign envelope (look-alike domain docusign-eumail.net via Mailgun) for a customer framework agreement; 'Review document' leads to a Cloudflare Pages site with a Microsoft login behind a CAPTCHA.",
                  "Real DocuSign mail comes from docusign.net with a security code and a link to docusign.net; here the sender domain is a look-alike, the link goes to *.pages.dev with the victim's address in base64, and no access code is shown.")


@msg("attack", "12-en-paypal-invoice-callback.eml")
def a12(rng):
    t = "2026-11-11 16:02:55"
    inv = "INV2-7KXQ-4T9M-JD2W-8PRV"
    html = """<!DOCTYPE html><html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:'PayPal Sans',Helvetica,Arial,sans-serif;color:#2c2e2f;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:28px 36px 8px 36px;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>
<tr><td style="padding:8px 36px;font-size:24px;font-weight:bold;">Norton Billing Team sent you an invoice</td></tr>
<tr><td style="padding:4px 36px;font-size:15px;">Amount due: <b>&pound;389.99 GBP</b><br>Due on receipt &middot; Invoice number: 0047</td></tr>
<tr><td style="padding:16px 36px;"><a href="https://www.paypal.com/invoice/p/#%s" style="background:#003087;color:#ffffff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold;">View and Pay Invoice</a></td></tr>
<tr><td style="padding:12px 36px;font-size:14px;line-height:20px;background:#f7f9fa;"><b>Note from seller</b><br>
Your Norton 360 for Business (10 devices) annual plan has been renewed and &pound;389.99 will be charged to your account within 24 hours.
If you did not authorise this renewal, please call our Billing Support on +44 20 3318 4472 to cancel and receive a full refund.
Order ID: NRT-GB-88273415</td></tr>
<tr><td style="padding:18px 36px;font-size:12px;color:#687173;line-height:18px;">Don't recognise this invoice? Report this invoice.<br>
Before paying, make sure you recognise this invoice. If you don't, report it.
<a href="https://www.paypal.com/invoice/p/#%s" style="color:#0070e0;">Learn more about common security threats</a> and how to spot them.</td></tr>
<tr><td style="padding:18px 36px;font-size:11px;color:#687173;border-top:1px solid #e6e6e6;">PayPal Europe S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg.<br>
PayPal Email ID PP000479 &middot; <a href="https://www.paypal.com/uk/legalhub/home" style="color:#687173;">Legal</a></td></tr>
</table></td></tr></table></body></html>
""" % (inv, inv)
    body = M.multi("alternative", [M.text(B.html_to_text(html), "UTF-8", "quoted-printable", "plain", style="java"),
                                   M.text(html, "UTF-8", "quoted-printable", "html", style="java")],
                   B.b_java(rng), style="java")
    raw, info = T.compose(rng, profile="saas", t=t, frm=("PayPal", "service@paypal.co.uk"), to=[S["uk_om"]],
                          subject="Invoice from Norton Billing Team (0047)", body=body, date_zone="london",
                          msgid="%s.%s.%d.%s@ccg01mail%02d" % (rng.choice(["2a", "4c", "9f"]), rng.choice(["1f", "7e", "b3"]), rng.randrange(10000, 99999), "".join(rng.choice("0123456789ABCDEF") for _ in range(8)), rng.randrange(1, 20)),
                          env_from="service@paypal.co.uk",
                          opts=dict(host="mx0.slc.paypal.com", ip="173.0.84.226", dkim=[("paypal.co.uk", "pp-dkim1")],
                                    hlist="content-transfer-encoding:content-type:mime-version:date:message-id:\n\tsubject:from:to",
                                    order=["Date", "Message-ID", "MIME-Version", "Subject", "From", "To"],
                                    xheaders_after=[("X-MaxCode-Template", "PPX001194"), ("X-Email-Type-Id", "PPX001194"),
                                                    ("X-PP-REQUESTED-TIME", lambda c, m: "%d" % int(c.at(m.delay + 2).timestamp() * 1000)),
                                                    ("X-PP-Email-transmission-Id", lambda c, m: c.guid()),
                                                    ("PP-Correlation-Id", lambda c, m: c.hex(13)),
                                                    ("X-Priority", "1"), ("AMQ-Delivery-Message-Id", lambda c, m: "nullval")]))
    return Result(raw, info, "Callback phishing through PayPal's own invoicing: a fraudster's PayPal account sends a 'Norton renewal' invoice whose seller note tells the victim to phone a fake billing line.",
                  "Everything technical is genuine PayPal (DKIM paypal.co.uk, PayPal IPs), so only content gives it away: unsolicited invoice from 'Norton Billing Team', scare about an imminent charge, phone number in the seller note; the call leads to remote-access software and bank fraud.",
                  phones=["+44 20 3318 4472"])


@msg("attack", "13-en-it-servicedesk-screenconnect-ics.eml")
def a13(rng):
    t = "2026-11-17 08:02:11"
    dtstart = when("2026-11-18 10:00:00")
    uid = "%s@examplegroup-support.com" % "".join(rng.choice("0123456789abcdef") for _ in range(32))
    dl = "https://examplegroup-support.com/remote/ScreenConnect.ClientSetup.msi?s=3f9e2c7a&e=Access&y=Guest&h=relay.examplegroup-support.com"
    desc = ("Mandatory endpoint security upgrade (Defender for Endpoint + remote support agent)\n\n"
            "Before the session please install the remote support client:\n%s\n\n"
            "Your technician will connect at the scheduled time and complete the upgrade (approx. 20 min). Please keep your "
            "laptop on mains power and do not log off. Questions: IT Service Desk, ext. 4400 or +44 20 3890 2147." % dl)
    ics = C.make_ics([
        "BEGIN:VCALENDAR", "PRODID:-//Mailgun//Calendar 1.0//EN", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
        "UID:" + uid, "DTSTAMP:" + tz.fmt(when(t), "utc", "%Y%m%dT%H%M%SZ"),
        "DTSTART:" + tz.fmt(dtstart, "utc", "%Y%m%dT%H%M%SZ"), "DTEND:" + tz.fmt(dtstart, "utc", "%Y%m%dT") + tz.fmt(dtstart, "utc", "%H") + "30" + "00Z",
        "SUMMARY:" + C.ics_escape("Endpoint security upgrade - remote session (mandatory)"),
        "DESCRIPTION:" + C.ics_escape(desc),
        "ORGANIZER;CN=Example Group IT Service Desk:mailto:servicedesk@examplegroup-support.com",
        "ATTENDEE;CN=Jan Petersen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jan.petersen@examplegroup.eu",
        "LOCATION:Remote (ScreenConnect)", "STATUS:CONFIRMED", "SEQUENCE:0",
        "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    text = ("Hello Jan,\n\n"
            "As announced by Daniel Krüger, all group laptops are being moved to the new endpoint protection platform this "
            "month. Your device (EXG-NB-0412) is scheduled for Wednesday 18 November, 10:00-10:30.\n\n"
            "Please install the remote support client beforehand so that the technician can connect:\n%s\n\n"
            "If Windows shows a SmartScreen message, click \"More info\" -> \"Run anyway\"; the package is signed by our "
            "support partner. The meeting invite is attached – please accept it so the slot is reserved.\n\n"
            "Thank you for your cooperation.\n\nExample Group IT Service Desk\nservicedesk@examplegroup-support.com\n+44 20 3890 2147\n" % dl)
    cal = M.Part("text/calendar", ics, charset="UTF-8", cte="base64", style="plain", params=["method=REQUEST"])
    alt = M.multi("alternative", [M.text(text, "utf-8", "quoted-printable", "plain", style="plain"), cal],
                  "%s" % "".join(rng.choice("0123456789abcdef") for _ in range(60)), style="plain")
    root = M.multi("mixed", [alt, M.attach(ics, "application/ics", "invite.ics", style="plain")],
                   "%s" % "".join(rng.choice("0123456789abcdef") for _ in range(60)), style="plain")
    raw, info = T.compose(rng, profile="mailgun", t=t, frm=("Example Group IT Service Desk", "servicedesk@examplegroup-support.com"),
                          to=[S["lift"]], subject="Invitation: Endpoint security upgrade - remote session (mandatory) @ Wed 18 Nov 2026 10:00 - 10:30 (CET)",
                          body=root, opts=dict(domain="examplegroup-support.com", campaign="epp-rollout-nov"))
    return Result(raw, info, "Help-desk / remote-access pretext: look-alike 'IT Service Desk' sends a calendar invite and asks the user to install a ScreenConnect client and click through SmartScreen.",
                  "Domain examplegroup-support.com is not the company's, sent via Mailgun, name-drops the real head of IT, instructs to bypass SmartScreen, remote-access tool from an external relay; real IT announcements come from Exchange and never ask users to install remote tools.",
                  phones=["+44 20 3890 2147"])


@msg("attack", "14-en-aldermoor-rfq-iso.eml")
def a14(rng):
    t = "2026-11-12 11:27:40"
    lnk = ("[Placeholder for analysis - not executable]\r\nWindows shortcut with a PDF icon. Target would be: "
           "C:\\Windows\\System32\\rundll32.exe vcruntime140_1.dll,DllRegisterServer (side-loads the DLL below).\r\n").encode()
    dll = "[Placeholder for analysis - not a PE file]\r\nHidden DLL of the ISO (would be a loader such as Bumblebee/IcedID successors).\r\n".encode()
    iso = C.make_iso([("RFQ-AEP-2611_Lift_Package_Specification.pdf.lnk", "RFQ_AEP.LNK", lnk), ("vcruntime140_1.dll", "VCRUNTIM.DLL", dll)],
                     "RFQ_AEP_2611", (2026, 11, 12, 9, 40, 0))
    text = ("Dear Katrin Lehmann,\n\n"
            "Aldermoor Energy Projects is preparing the lifting and installation package for the Humber Gateway converter "
            "station (topsides, 2 x 1,150 t modules, mobilisation Q2 2027). Example Group has been shortlisted as a potential "
            "crane supplier following your references in the offshore-wind sector.\n\n"
            "Please find attached the RFQ package RFQ-AEP-2611 (specification, lift study and commercial terms). As the "
            "documents contain site drawings, they are provided as a secured disc image. Simply double-click the file to open "
            "it and then open the specification.\n\n"
            "Clarification questions: by 20 November 2026\nSubmission deadline: 4 December 2026, 12:00 GMT\n\n"
            "We look forward to receiving your offer.\n\n"
            "Kind regards,\n\nSimon Ashworth\nProcurement Manager – Heavy Lift & Marine\nAldermoor Energy Projects Ltd\n"
            "8 Fountain Street, Manchester M2 2AN\nTel: +44 161 504 3387\nwww.aldermoor-energy.co.uk\n")
    body = B.gmail(rng, "en", text, attachments=[B.gm_attach(rng, iso, "application/x-iso9660-image", "RFQ-AEP-2611.iso")])
    raw, info = T.compose(rng, profile="gworkspace", t=t, frm=("Simon Ashworth", "s.ashworth@aldermoor-energy.co.uk"),
                          to=[S["sales"]], subject="RFQ-AEP-2611 - Crane package Humber Gateway converter station - invitation to tender",
                          body=body, date_zone="london", opts=dict(domain="aldermoor-energy.co.uk"))
    return Result(raw, info, "Fake tender (RFQ) from a newly registered look-alike engineering company on Google Workspace, with an ISO disc image containing a .pdf.lnk shortcut and a hidden DLL (loader).",
                  "Unknown company and domain, big attractive project, 'secured disc image' excuse for the ISO (bypasses Mark-of-the-Web), double extension inside; technically clean (DKIM/SPF pass) because the attacker owns the domain.",
                  phones=["+44 161 504 3387"])


@msg("attack", "15-en-sextortion-spoofed-self.eml")
def a15(rng):
    t = "2026-10-29 03:12:47"
    wallet = ck.btc_bech32(rng)
    me = S["itlead"]
    text = ("Hello Daniel,\n\n"
            "I'll get straight to the point. Some months ago I gained access to your devices through a vulnerability in "
            "your router. As proof, this message was sent from your own account: " + me[1] + ".\n\n"
            "Since then I have been watching your online activity. I installed software that recorded your screen and your "
            "webcam while you were visiting certain adult websites. I have the videos side by side with the pages you were "
            "watching, and I have copied all your contacts - colleagues, customers, family.\n\n"
            "If you want me to delete everything, transfer 1450 USD in Bitcoin to this address:\n\n"
            + wallet + "\n\n"
            "(copy and paste it, it is case-sensitive). If you don't know how, search \"buy bitcoin\".\n\n"
            "You have 48 hours from the moment you read this email. I will see when it is opened. If I don't receive the "
            "payment, the video will be sent to all your contacts and published. Do not reply - this address is not "
            "monitored - and don't go to the police, I will know.\n\nGood luck.\n")
    # homoglyph obfuscation typical of the campaigns: Cyrillic 'о' and 'е' in a few words
    text = text.replace("videos", "vid\u0435os").replace("Bitcoin", "Bitc\u043ein").replace("contacts -", "c\u043entacts -")
    body = M.text(text, "utf-8", "base64", "plain", style="plain")
    raw, info = T.compose(rng, profile="direct", t=t, frm=("", me[1]), to=[me], subject="Security Alert: your account was compromised. Change your password.",
                          body=body, auth=dict(spf="fail", dmarc=("fail", "quarantine")),
                          msgid="%s@example.com" % "".join(rng.choice("0123456789abcdef") for _ in range(20)),
                          opts=dict(helo="DESKTOP-7H3K2LQ",
                                    rdns=None, ip="198.51.100.%d" % rng.randrange(10, 250), tls=None,
                                    order=["From", "To", "Subject", "Date", "Message-ID", "MIME-Version"],
                                    xheaders=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                                              ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                                              ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]))
    return Result(raw, info, "Sextortion with a spoofed From = To (own address), Bitcoin wallet and 48-hour deadline, sent direct-to-MX from a residential IP.",
                  "SPF fail and DMARC fail for example.com (spoofed), no reverse DNS, HELO of a home PC, fake Outlook Express headers, Cyrillic homoglyphs in trigger words to dodge filters, bech32 wallet.",
                  wallets=[wallet])


@msg("attack", "16-en-ceo-gift-cards-gmail.eml")
def a16(rng):
    t = "2026-12-02 10:41:09"
    q = B.Quote(S["assist"], [("Thomas Reinhardt", "t.reinhardt.ceo@gmail.com")], "Quick request", "2026-12-02 10:33:00",
                "Hi Thomas,\n\nyes, I'm at my desk. What do you need?\n\nBest regards\nAnja", lang="en")
    text = ("Thanks Anja. I need you to get some Apple gift cards for our clients at the Rotterdam port meeting today, it's a "
            "thank-you surprise so please keep it between us for now.\n\n"
            "8 cards x 100 EUR (total 800 EUR). You can get them at the Media Markt or REWE near the office. Pay with the "
            "company card or your own and I'll have it reimbursed today.\n\n"
            "Once you have them, scratch the back, take clear pictures of the codes and send them to me here. I'm in "
            "meetings all day and can't take calls.\n\nThomas\n\nSent from my iPhone")
    body = B.gmail(rng, "en", text, quotes=[q])
    raw, info = T.compose(rng, profile="gmail", t=t, frm=("Thomas Reinhardt", "t.reinhardt.ceo@gmail.com"), to=[S["assist"]],
                          subject="Re: Quick request", body=body,
                          in_reply_to="%s@EXCH01.corp.example.com" % "".join(rng.choice("0123456789abcdef") for _ in range(32)))
    return Result(raw, info, "Gift-card CEO fraud, second stage: after the assistant answered the opening 'are you at your desk?' mail, the fake CEO (Gmail) asks for eight 100 EUR Apple gift cards and photos of the codes.",
                  "CEO name on a Gmail address, secrecy, 'can't take calls', scratch-and-photograph instruction; the only thing that looks legitimate is Gmail's own authentication.")
