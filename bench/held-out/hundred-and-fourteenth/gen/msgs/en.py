"""English messages: attack 09-16, business 09-16."""
import html as htmlmod

from mailgen import core, checks as C, office, systems as S, systems2 as S2
from mailgen.core import text_part, bin_part, multipart, boundary
from mailgen.builder import Quote, to_plain, to_html, gmail_texts
from data.company import staff, NORTHERN, HARROW, MARMARA, OFF
from . import attack, business
from .common import letter_pdf, pdf_date, outlook_alt, outlook_attachment, mixed

UK = OFF["UK"]


def teams_link(rng, tenant):
    mid = core.b64s(rng, 36).replace("+", "").replace("/", "")[:48]
    return ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d"
            % (mid, tenant, core.uuid4(rng)))


def ics_invite(m, organizer, attendees, start_utc, minutes, summary, location, description, uid=None, tz="GMT Standard Time"):
    end = start_utc + core.dt.timedelta(minutes=minutes)
    st = core.local(start_utc, "UK")[0]
    en = core.local(end, "UK")[0]
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:%s" % tz, "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
             "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
             "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (a[0], a[1]))
    lines += ["DESCRIPTION;LANGUAGE=en-GB:%s" % office.ics_text(description),
              "UID:%s" % (uid or "040000008200E00074C5B7101A82E008000000%s" % core.hexs(m.rng, 74, True)),
              "SUMMARY;LANGUAGE=en-GB:%s" % office.ics_text(summary),
              "DTSTART;TZID=%s:%s" % (tz, st.strftime("%Y%m%dT%H%M%S")),
              "DTEND;TZID=%s:%s" % (tz, en.strftime("%Y%m%dT%H%M%S")),
              "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % m.t0.strftime("%Y%m%dT%H%M%SZ"), "TRANSP:OPAQUE",
              "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:%s" % office.ics_text(location),
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE", "BEGIN:VALARM", "DESCRIPTION:REMINDER",
              "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return office.ics(lines)


# =========================================================== ATTACKS
@attack("09-en-scrap-licence-renewal-fake-council.eml",
        "'Sheffield City Council Licensing' says the scrap metal dealer site licence SMD/2023/0147 expires and the "
        "GBP 1,085 renewal fee must be paid online, otherwise trading is a criminal offence",
        "Government impersonation tailored from the public licence register: look-alike domain "
        "sheffieldcc-licensing.co.uk (not sheffield.gov.uk) sent through Mailgun; payment link on the look-alike "
        "domain; councils invoice renewal fees through their own payment portal on gov.uk domains")
def a09(m):
    m.when("2026-10-08 10:12:40", "UK").sender("Sheffield City Council - Licensing Service", "licensing@sheffieldcc-licensing.co.uk")
    m.recipients([staff("om_uk")])
    tok = core.rstr(m.rng, "abcdefghijklmnopqrstuvwxyz0123456789", 24)
    url = "https://sheffieldcc-licensing.co.uk/smd/renew?ref=SMD-2023-0147&token=%s" % tok
    m.phone("0114 496 0381")
    paras = ["Dear Licence Holder,",
             "Our records show that the scrap metal dealer site licence **SMD/2023/0147** issued to Example Metals UK Ltd "
             "for Unit 4, Shepcote Lane Trading Estate, Sheffield S9 1TN expires on **22 October 2026**.",
             "Under section 1 of the Scrap Metal Dealers Act 2013 it is an offence to carry on business as a scrap metal "
             "dealer without a licence. To avoid a lapse, the renewal application and the fee of £1,085.00 must be "
             "received before the expiry date. The application has been pre-filled with the details held on the public "
             "register; you only need to confirm them and pay the fee online.",
             "[Renew and pay online](%s)" % url,
             "Applications received after the expiry date are treated as new applications and site operations must "
             "stop until a new licence is granted. Your Environment Agency registration (CBDU418273) will be checked "
             "automatically as part of the renewal.",
             "If you have already paid, please disregard this notice.",
             "Licensing Service\nSheffield City Council\nTelephone: 0114 496 0381"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:15px;color:#0b0c0c;margin:0">'
            '<div style="background:#0b0c0c;padding:12px 20px;color:#fff;font-weight:bold;font-size:18px">Sheffield City Council</div>'
            '<div style="padding:20px;max-width:580px">' +
            "".join("<p>%s</p>" % to_html(p).replace('<a href', '<a style="color:#1d70b8" href') for p in paras) +
            '</div><div style="padding:12px 20px;font-size:12px;color:#505a5f;border-top:1px solid #b1b4b6">This is an automated message from the Licensing Service.</div></body></html>')
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                      text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "sendgrid"))
    r = S.mailgun(m, "mg.sheffieldcc-licensing.co.uk", "sheffieldcc-licensing.co.uk")
    return m.finish(r, body, "Scrap Metal Dealers Act 2013 - site licence SMD/2023/0147 renewal fee outstanding",
                    auth=dict(spf="pass", dmarc="none"), sender_local="licensing")


@attack("10-en-paypal-invoice-callback.eml",
        "Real PayPal invoice from 'Sentinel Secure Ltd' for GBP 489.99 'Crypto Wallet Protection' whose seller note "
        "says to call a phone number to cancel",
        "Callback phishing through PayPal's genuine invoicing (mail really from paypal.co.uk, all authentication "
        "passes): the payload is the phone number in the seller note, where 'support' talks the victim into remote "
        "access or a refund scam; the company has no such subscription")
def a10(m):
    m.when("2026-11-05 14:03:27", "UK").sender("PayPal", "service@paypal.co.uk")
    m.recipients([staff("acc_uk")])
    inv = "INV2-7QKX-9TRW-ZV3M-D2HA"
    url = "https://www.paypal.com/invoice/p/#%s" % inv
    phone = "+44 20 7946 0917"
    m.phone(phone)
    paras = ["Hello, Daniel Okafor",
             "**Sentinel Secure Ltd sent you an invoice for £489.99 GBP**",
             "Due on receipt\nInvoice number: 0047",
             "Seller note to customer:\n\"Dear customer, your PayPal account has been charged £489.99 for the annual "
             "renewal of Crypto Wallet Protection & Device Security (3 devices). If you did not authorise this renewal, "
             "contact our billing department within 24 hours on %s to cancel and receive a full refund. Do not pay "
             "this invoice.\"" % phone,
             "[View and Pay Invoice](%s)" % url,
             "Don't recognise this invoice?\nReport this invoice: [%s](https://www.paypal.com/invoice/p/#%s/report)" % ("Report", inv),
             "[Help & Contact](https://www.paypal.com/uk/smarthelp/home) | [Security](https://www.paypal.com/uk/webapps/mpp/paypal-safety-and-security) | "
             "[Apps](https://www.paypal.com/uk/webapps/mpp/mobile-apps)",
             "PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name. "
             "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="margin:0;background:#f2f2f2"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:PayPalOpen-Regular,Helvetica,Arial,sans-serif;font-size:15px;color:#001c64">'
            '<tr><td style="padding:24px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal"></td></tr>'
            '%s</table></td></tr></table></body></html>'
            % "".join('<tr><td style="padding:8px 24px">%s</td></tr>' % to_html(p) for p in paras))
    body = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                                      text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "java"))
    r = S2.paypal(m)
    return m.finish(r, body, "Invoice from Sentinel Secure Ltd (0047)", auth=dict(spf="pass", dmarc="reject"))


@attack("11-en-fake-rfq-hms-html-login.eml",
        "'Marmara Döküm Çelik' RFQ for 25,000 MT HMS 1&2 80:20 with the 'RFQ package' as an HTML attachment that "
        "asks for the company mail password to open a 'secured spreadsheet'",
        "Fake tender copying the genuine tender of the day before (business/11): look-alike domain marmara-celik.com "
        "on Zoho Mail (the mill uses marmaracelik.com.tr on Microsoft 365); the HTML file is an Excel-Online "
        "credential form posting to docs-marmaracelik.com (inert copy, no script)")
def a11(m):
    m.when("2026-10-22 09:41:15", "TR").sender("Kemal Aydın | Marmara Döküm Çelik", "kemal.aydin@marmara-celik.com")
    m.recipients([staff("sales")])
    m.phone("+90 282 613 44 90")
    action = "https://docs-marmaracelik.com/secure/xls/auth.php"
    page = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Excel Online - MDC_SCR_2026-11_RFQ.xlsx</title>\n"
            "<style>body{margin:0;font-family:'Segoe UI',Arial,sans-serif;background:#f3f2f1}.bar{background:#107c41;color:#fff;"
            "padding:10px 16px;font-size:15px}.box{width:380px;margin:60px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}"
            "input{width:100%%;padding:8px;margin:8px 0;border:1px solid #8a8886}button{background:#0067b8;color:#fff;border:0;padding:9px 28px}"
            ".blur{filter:blur(3px);color:#555;font-size:12px}</style></head>\n<body>\n"
            "<div class=\"bar\">Excel &nbsp;|&nbsp; MDC_SCR_2026-11_RFQ.xlsx &nbsp;–&nbsp; Protected view</div>\n"
            "<div class=\"blur\"><table><tr><td>Grade</td><td>Qty MT</td><td>Laycan</td><td>Port</td></tr>"
            "<tr><td>HMS 1&amp;2 80:20</td><td>25,000</td><td>15-30 Nov 2026</td><td>Marmara Ereğlisi</td></tr></table></div>\n"
            "<div class=\"box\"><img src=\"https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg\" width=\"108\" alt=\"Microsoft\">\n"
            "<h2 style=\"font-weight:600;font-size:22px\">Verify your identity</h2>\n"
            "<p style=\"font-size:13px\">This document is protected by Marmara Döküm Çelik A.Ş. Sign in with the e-mail "
            "account the invitation was sent to.</p>\n"
            "<form method=\"post\" action=\"%s\">\n<input type=\"email\" name=\"login\" value=\"markus.dietrich@example.com\" readonly>\n"
            "<input type=\"password\" name=\"passwd\" placeholder=\"Password\">\n<input type=\"hidden\" name=\"doc\" value=\"MDC_SCR_2026-11\">\n"
            "<button type=\"submit\">Sign in</button></form>\n"
            "<p style=\"font-size:11px;color:#666\">© Microsoft 2026 · Privacy &amp; cookies</p></div>\n</body></html>\n" % action)
    paras = ["Dear Mr. Dietrich,",
             "Further to our tender invitation of 21 October, please find attached the complete RFQ package "
             "(specification, delivery schedule, payment terms by irrevocable L/C at sight).",
             "For compliance reasons the documents are protected – please open the attached file and confirm with your "
             "company e-mail credentials to access the secured spreadsheet.",
             "Kindly submit your best offer per MT CFR FO Marmara Ereğlisi before 28 October 2026, 17:00 TRT. Offers "
             "for partial quantities (min. 10,000 MT) are welcome.",
             "Best regards,\n\nKemal Aydın\nScrap Procurement Manager\nMarmara Döküm Çelik A.Ş.\nTel: +90 282 613 44 90"]
    plain = "\n\n".join(paras)
    html = '<div style="font-family:Verdana,Arial;font-size:10pt">' + "".join("<div>%s<br><br></div>" % to_html(p) for p in paras) + "</div>"
    a = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                                   text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "zoho"))
    body = multipart("mixed", [a, bin_part(page.encode("utf-8"), "text/html", "MDC_SCR_2026-11_RFQ_Package.html")], boundary(m.rng, "zoho"))
    r = S.zoho(m, "176.88.31.204")
    return m.finish(r, body, "RFQ MDC/SCR/2026-11 – HMS 1&2 80:20 – 25,000 MT CFR Marmara Ereğlisi – offers by 28 Oct",
                    auth=dict(spf="pass", dmarc=None))


@attack("12-en-device-code-audit-workspace.eml",
        "'Priya Raman, Harrow & Pike' asks the UK accountant to activate a 'secure audit workspace' by entering a "
        "code at microsoft.com/devicelogin, with a matching Teams meeting invite",
        "Device-code phishing: every link is a genuine Microsoft URL, the code HQ7KX9RPM belongs to the attacker's "
        "sign-in session and grants them the victim's tokens; sent from the look-alike harrowpike-llp.com on the "
        "attacker's own Microsoft 365 tenant (the auditors use harrowpike.co.uk behind Mimecast); 15-minute urgency")
def a12(m):
    m.when("2026-12-02 15:22:10", "UK").sender("Priya Raman", "priya.raman@harrowpike-llp.com")
    m.recipients([staff("acc_uk")])
    m.phone("+44 113 496 0712")
    tenant = core.uuid4(m.rng)
    tl = teams_link(m.rng, tenant)
    code = "HQ7KX9RPM"
    paras = ["Hi Daniel,",
             "As part of this year's audit we have moved all document requests (PBC list) to a secure Microsoft Teams "
             "workspace for Example Metals UK Ltd. Access is linked to your Microsoft work account, so no new password "
             "is needed.",
             "To activate your access:\n1. Go to [https://microsoft.com/devicelogin](https://microsoft.com/devicelogin)\n"
             "2. Enter the code: **%s**\n3. Sign in with your usual work account and confirm." % code,
             "The code is valid for 15 minutes – if it has expired, just reply and I'll send a new one. I've also put "
             "the kick-off call in your calendar.",
             "Kind regards,\nPriya",
             "Priya Raman ACA\nAudit Senior Manager\nHarrow & Pike LLP\n1 Park Row, Leeds LS1 5AB\nT +44 113 496 0712"]
    desc = ("Audit kick-off – Example Metals UK Ltd, year ended 31 December 2026\n\nBefore the call please activate the "
            "client workspace: go to https://microsoft.com/devicelogin and enter the code %s.\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin: %s\nMeeting ID: 374 218 905 113\nPasscode: rT6xQ2\n"
            "________________________________________________________________________________" % (code, tl))
    ics = ics_invite(m, ("Priya Raman", m.sender_email), [staff("acc_uk")], core.parse_local("2026-12-03 10:00:00", "UK"), 45,
                     "Example Metals UK – audit kick-off", "Microsoft Teams Meeting", desc)
    alt_part = outlook_alt(m, paras, "en", charset="utf-8")
    body = mixed(m, [alt_part, bin_part(ics, "text/calendar", "invite.ics", extra_ct="; method=REQUEST")])
    r = S.m365(m, "harrowpike-llp.com", core.uuid4(m.rng), region="gbrprd", out_idx=5, lang="en-GB")
    return m.finish(r, body, "Year-end audit 2026 – activate your secure client workspace today",
                    auth=dict(spf="pass", dmarc=None))


@attack("13-en-oauth-consent-compromised-customer.eml",
        "From the customer's real mailbox (James Thornton, Northern Alloys): 'revised Q4 shipment schedule' link that "
        "is a Microsoft OAuth consent request for an app asking Mail.ReadWrite, Mail.Send and Files.ReadWrite.All",
        "Consent phishing from a compromised trusted mailbox (Northern Alloys' real Microsoft 365 tenant, all "
        "authentication passes): the link is on login.microsoftonline.com but registers a malicious multi-tenant app "
        "(redirect to na-docview.azurewebsites.net) with mailbox-wide permissions; unusually terse, no attachment, "
        "no reference to the shared folder James used the week before")
def a13(m):
    m.when("2026-11-12 12:05:33", "UK").sender(*NORTHERN["thornton"])
    m.recipients([staff("sales")])
    m.phone("+44 1709 839 442", "+44 7700 900 418")
    cid = core.uuid4(m.rng)
    st = core.hexs(m.rng, 24)
    url = ("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code"
           "&redirect_uri=https%%3A%%2F%%2Fna-docview.azurewebsites.net%%2Fsignin&response_mode=query"
           "&scope=offline_access%%20Mail.ReadWrite%%20Mail.Send%%20Files.ReadWrite.All%%20User.Read&state=%s" % (cid, st))
    paras = ["Hi Markus,",
             "As discussed, I've shared the revised Q4 schedule and price sheet with you through our secure document app. "
             "Please review and confirm the loading slots by Friday.",
             "[Open Q4_Schedule_rev3.xlsx](%s)" % url,
             "Thanks,\nJames",
             "James Thornton\nTrading Manager – Stainless & Alloys\nNorthern Alloys Trading Ltd\nT +44 1709 839 442 | M +44 7700 900 418"]
    body = outlook_alt(m, paras, "en", charset="windows-1252")
    r = S.m365(m, "northernalloys.co.uk", NORTHERN["tenant_id"], region="gbrprd", out_idx=4, lang="en-GB")
    return m.finish(r, body, "Q4 shipment schedule - revised price sheet", auth=dict(spf="pass", dmarc="quarantine"))


@attack("14-en-sextortion-bitcoin-spoofed-self.eml",
        "Sextortion: 'I hacked your device and recorded you', pay USD 1,450 in Bitcoin within 48 hours; From and To "
        "are the recipient's own address",
        "Mass extortion scam; header From spoofs the recipient (DMARC fails for example.com) while the envelope comes "
        "from a compromised cPanel host in Vietnam; Bitcoin bech32 wallet; no real data about the victim")
def a14(m):
    me = staff("acc_uk")
    m.when("2026-10-29 03:17:44", "UK").sender(me[0], me[1])
    m.recipients([me])
    prog = bytes(m.rng.randrange(256) for _ in range(20))
    wallet = C.bech32_encode_segwit("bc", 0, prog)
    m.wallet(wallet)
    text = ("Hello!\n\n"
            "I have to share bad news with you.\n"
            "Approximately a few months ago I have gained access to your devices, which you use for internet browsing. "
            "After that, I have started tracking your internet activities.\n\n"
            "Here is the sequence of events:\n"
            "Some time ago I have bought access to email accounts from hackers (nowadays, it is quite simple to "
            "purchase it online). Obviously, I have easily managed to log in to your email account (%s).\n\n"
            "One week later, I have already installed Trojan virus to Operating Systems of all the devices that you "
            "use to access your email. In fact, it was not really hard at all (since you were following the links "
            "from your inbox emails). All ingenious is simple.\n\n"
            "This software provides me with access to all the controllers of your devices (e.g., your microphone, "
            "video camera and keyboard). I have downloaded all your information, data, photos, web browsing history "
            "to my servers. I have access to all your messengers, emails, social networks, contacts list and even "
            "chat history.\n\n"
            "I have collected videos of you watching adult websites and edited them so that they show you and the "
            "content at the same time.\n\n"
            "With one click of my mouse, I can send this video to all your emails and contacts on social networks. "
            "I can also post access to all your e-mail correspondence and messengers that you use.\n\n"
            "I guess, you would like to prevent this from happening.\n"
            "Well, all you need is to transfer $1450 to my Bitcoin wallet (if you do not know how to do this, just "
            "search in Google: \"Buy Bitcoin\").\n\n"
            "My bitcoin wallet is (BTC Wallet): %s\n\n"
            "After receiving the payment, I will delete the video right away, and that's it, you will never hear "
            "from me again. You have 48 hours to make the payment. I receive a notification as soon as you open "
            "this email, and my timer starts now.\n\n"
            "Filing a complaint somewhere does not make sense because this email cannot be tracked like my bitcoin "
            "address. I do not make any mistakes.\n\n"
            "If I find out that you have shared this message with someone else, the video will be immediately "
            "distributed.\n\nBest regards!\n" % (me[1], wallet))
    body = text_part(text, "plain", "utf-8", "base64")
    r = S.exim_cpanel(m, "sv14.vinahostcloud.net", "103.221.222.86", "14.161.44.203", helo="[127.0.0.1]", tz="UTC",
                      env_from="contact@thanhcong-inox.vn", dkim_sel="default", mailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
                      system="compromised cPanel/Exim host sv14.vinahostcloud.net (VN)")
    return m.finish(r, body, "Security notice: your account %s was compromised – payment required" % me[1],
                    auth=dict(spf="pass", dmarc="quarantine"))


@attack("15-en-bl-draft-img-loader.eml",
        "'Documentation, Humber Freight Services' sends an 'amended BL draft' for container MSKU7741203 as a .img "
        "disk image to approve today before cut-off",
        "Malware loader: disk image containing an executable (inert placeholder) to bypass Mark-of-the-Web; "
        "look-alike forwarder domain humberfreight-services.com on an attacker VPS (the real forwarder is "
        "humberfreight.co.uk on Google Workspace); copies booking and container numbers from the genuine draft sent "
        "the day before (business/15)")
def a15(m):
    m.when("2026-11-26 06:52:08", "UK").sender("Documentation - Humber Freight Services", "documentation@humberfreight-services.com")
    m.recipients([staff("logi")])
    m.phone("+44 1469 572 900")
    exe = ("[INERT PLACEHOLDER – not a program]\r\nStands for: a Windows PE executable with a PDF icon (commodity "
           "loader, e.g. a .NET crypter dropping an info-stealer). The real file inside the disk image would run "
           "when double-clicked. This placeholder contains only this text.\r\n").encode("utf-8")
    img = office.iso9660("BL_DRAFT", [("BL_DRAFT_MSKU7741203_REV1.EXE", exe)], (2026, 11, 26, 6, 40, 0))
    paras = ["Dear Sandra,",
             "Please find attached the amended BL draft and commercial invoice with the corrected consignee details "
             "(Nhava Sheva). Kindly check and approve today so we can file the VGM and SI before the cut-off at 14:00.",
             "The documents are in a disk image because of the file size - just double-click to open.",
             "Best regards\n\nDocumentation Team\nHumber Freight Services Ltd\nImmingham Dock, DN40 2LZ\nT +44 1469 572 900"]
    plain = "\n\n".join(paras)
    html = "<html><body>" + "".join("<p>%s</p>" % to_html(p) for p in paras) + "</body></html>"
    a = multipart("alternative", [text_part(plain, "plain", "us-ascii", "7bit"),
                                   text_part(html, "html", "us-ascii", "7bit")], boundary(m.rng, "python"))
    body = multipart("mixed", [a, bin_part(img, "application/octet-stream", "BL_DRAFT_MSKU7741203_rev1.img")], boundary(m.rng, "python"))
    r = S2.vps_postfix(m, "mail.humberfreight-services.com", "194.87.31.142", tz="UTC", dkim_sel="dkim",
                       system="attacker VPS (Postfix) mail.humberfreight-services.com")
    return m.finish(r, body, "RE: BL draft for approval - MSKU7741203 / Booking 26RTM118345", auth=dict(spf="pass", dmarc=None))


@attack("16-en-ceo-gift-card-first-contact.eml",
        "'Matthias Brenner' from a Gmail address asks the UK office manager if she is at her desk for a discreet task",
        "First stage of a gift-card / payment BEC: CEO's name on a free Gmail account (brenner.matthias.office@gmail.com), "
        "sent from an iPhone, secrecy and unavailability ('meeting with the insurers, can't take calls'); no link or "
        "attachment, so only the context betrays it")
def a16(m):
    m.when("2026-12-08 10:04:51", "UK").sender("Matthias Brenner", "brenner.matthias.office@gmail.com")
    m.recipients([staff("om_uk")])
    text = ("Hi Rachel,\n\nAre you at your desk? I need you to handle a small task for me discreetly. I'm about to go "
            "into a meeting with the insurers and can't take calls.\n\nLet me know as soon as you get this.\n\n"
            "Matthias\n\nSent from my iPhone")
    body = text_part(text, "plain", "us-ascii", "7bit")
    r = S.gmail(m, client="ios", lang="en")
    return m.finish(r, body, "Quick favour", auth=dict(spf="pass", dmarc="none"))


# ========================================================== BUSINESS
@business("09-en-environment-agency-waste-carrier-renewal.eml",
          "Environment Agency (GOV.UK Notify) reminder that the upper-tier waste carrier, broker and dealer "
          "registration CBDU418273 expires on 14 December 2026",
          "Sent by GOV.UK Notify from notifications.service.gov.uk through Amazon SES with passing authentication; "
          "links only to gov.uk / service.gov.uk; no payment inside the mail; registration number and date match",
          pair=("09-en-scrap-licence-renewal-fake-council.eml",
                "Both are regulatory renewal reminders for the UK yard; the genuine one is on gov.uk infrastructure and "
                "links to gov.uk, the fake uses a look-alike council domain and a payment link"))
def b09(m):
    m.when("2026-10-12 09:00:05", "UK").sender("Environment Agency", "waste-carrier-renewals@notifications.service.gov.uk")
    m.recipients([staff("om_uk")])
    url = "https://waste-carriers.service.gov.uk/fo/renew/CBDU418273"
    paras = ["Dear Example Metals UK Ltd,",
             "Your upper tier waste carrier, broker and dealer registration CBDU418273 expires on 14 December 2026.",
             "You can renew online from today. It costs £105 and takes about 15 minutes. You'll need:",
             "* your registration number\n* details of the people who run the business\n* details of any relevant convictions",
             "Renew your registration:\n[%s](%s)" % (url, url),
             "If you do not renew by 14 December 2026, your registration will expire and you will not be able to carry, "
             "broker or deal in waste. You would then need to register again.",
             "Find out more about waste carrier registration: [https://www.gov.uk/waste-carrier-or-broker-registration](https://www.gov.uk/waste-carrier-or-broker-registration)",
             "You do not need to reply to this email.",
             "Environment Agency"]
    plain = "\n\n".join(p.replace("[%s](%s)" % (url, url), url).replace(
        "[https://www.gov.uk/waste-carrier-or-broker-registration](https://www.gov.uk/waste-carrier-or-broker-registration)",
        "https://www.gov.uk/waste-carrier-or-broker-registration") for p in paras)
    html = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width"><title>Renew your waste carrier registration</title></head>'
            '<body style="font-family:Helvetica,Arial,sans-serif;font-size:16px;margin:0;color:#0b0c0c">'
            '<table role="presentation" width="100%%" style="border-collapse:collapse;min-width:100%%" cellpadding="0" cellspacing="0" border="0">'
            '<tr><td width="100%%" height="53" bgcolor="#0b0c0c"><table role="presentation" width="100%%" style="max-width:580px"><tr><td style="padding-left:10px">'
            '<span style="font-family:Helvetica,Arial,sans-serif;font-weight:700;color:#ffffff;font-size:28px;line-height:1.3">GOV.UK</span></td></tr></table></td></tr></table>'
            '<table role="presentation" style="max-width:580px;margin:0 auto" width="100%%"><tr><td style="padding:10px">%s</td></tr></table></body></html>'
            % "".join('<p style="Margin:0 0 20px 0;font-size:19px;line-height:25px">%s</p>' % to_html(p).replace("* ", "&bull; ") for p in paras))
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                      text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "python"))
    r = S.ses(m, "eu-west-2", "notifications.service.gov.uk", "4bq2rk2q5ytgbkbhzlsnmldabbkmlfmo",
              mail_from_domain="notify.notifications.service.gov.uk", system="GOV.UK Notify on Amazon SES eu-west-2")
    return m.finish(r, body, "Renew your waste carrier, broker and dealer registration CBDU418273",
                    auth=dict(spf="pass", dmarc="reject"), reply_to=("", "enquiries@environment-agency.gov.uk"))


@business("10-en-microsoft-unusual-signin.eml",
          "Microsoft account team: unusual sign-in activity on the mail administrator's Microsoft account "
          "(Netherlands, Windows/Firefox)",
          "Genuine Microsoft account security notification from accountprotection.microsoft.com via Exchange Online "
          "Protection (authentication passes, DMARC reject aligned); masked address, links only to account.live.com; "
          "asks to review activity, not to log in via the mail",
          pair=("13-en-oauth-consent-compromised-customer.eml",
                "Both bring the recipient to a Microsoft page; the genuine alert points to account.live.com activity, "
                "the attack to a consent screen for a malicious app"))
def b10(m):
    m.when("2026-11-16 22:41:07", "UTC").sender("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com")
    m.recipients([staff("sec")])
    paras = ["Microsoft account",
             "**Unusual sign-in activity**",
             "We detected something unusual about a recent sign-in to the Microsoft account [lu*****@example.com](mailto:lu*****@example.com).",
             "Sign-in details",
             "Country/region: Netherlands\nIP address: 89.187.171.206\nDate: 16/11/2026 22:38 (GMT)\nPlatform: Windows\nBrowser: Firefox",
             "Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, "
             "we'll help you secure your account. If this was you, we'll trust similar activity in the future.",
             "[Review recent activity](https://account.live.com/Activity)",
             "To opt out or change where you receive security notifications, [click here](https://account.live.com/SecurityNotifications/Update).",
             "Thanks,\nThe Microsoft account team"]
    plain = "\n\n".join(to_plain(p, "gmail").replace("lu*****@example.com <mailto:lu*****@example.com>", "lu*****@example.com") for p in paras)
    html = ('<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css">.link:link, .link:active, .link:visited {color:#2672ec !important; text-decoration:none !important;}</style></head>'
            '<body><table dir="ltr"><tr><td style="padding:0;font-family:\'Segoe UI Semibold\',\'Segoe UI Bold\',\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:17px;color:#707070;">%s</td></tr>'
            '<tr><td style="padding:0;font-family:\'Segoe UI Light\',\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:41px;color:#2672ec;">%s</td></tr>'
            '%s</table></body></html>'
            % (to_html(paras[0]), to_html(paras[1].strip("*")),
               "".join('<tr><td style="padding:0;padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">%s</td></tr>'
                       % to_html(p).replace("<a href", '<a class="link" style="color:#2672ec;text-decoration:none" href') for p in paras[2:])))
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                      text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "exchange"))
    r = S.m365_notification(m, "accountprotection.microsoft.com", "account-security-noreply@accountprotection.microsoft.com",
                            "Microsoft account security notifications (Exchange Online Protection, NAM)", out_idx=6,
                            region="namprd", extra=[("X-MSAPipeline", "AccountProtection"), ("X-MSAMetaData", core.b64s(m.rng, 60))])
    return m.finish(r, body, "Microsoft account unusual sign-in activity", auth=dict(spf="pass", dmarc="reject"))


@business("11-en-marmara-tender-hms-specification.eml",
          "Marmara Döküm Çelik invites offers for HMS 1&2 80:20 and shredded 211 (Nov/Dec shipment) with the "
          "specification as XLSX",
          "The mill's real domain on Microsoft 365 (authentication passes); offers go to its tender address by "
          "e-mail, the spreadsheet is attached openly, payment terms are standard CAD/L-C; a customer tender, not a "
          "request for credentials",
          pair=("11-en-fake-rfq-hms-html-login.eml",
                "Same tender number and grades; the fake comes a day later from marmara-celik.com and wants a "
                "password to 'open' the RFQ"))
def b11(m):
    m.when("2026-10-21 10:15:00", "TR").sender(*MARMARA["aydin"])
    m.recipients([staff("sales")], [MARMARA["tender"]])
    m.phone("+90 282 613 44 90", "+90 532 418 77 05")
    paras = ["Dear Mr. Dietrich,",
             "Marmara Döküm Çelik A.Ş. invites your offer for deep-sea ferrous scrap for November/December 2026 "
             "shipment under tender MDC/SCR/2026-11:",
             "– HMS 1&2 (80:20) as per ISRI 200-206: 20,000–25,000 MT\n– Shredded scrap ISRI 210/211: 10,000–15,000 MT\n"
             "– Delivery CFR FO Marmara Ereğlisi (Tekirdağ), laycan 15 Nov – 20 Dec 2026",
             "Detailed specification, tolerances, radiation and analysis requirements are in the attached spreadsheet. "
             "Payment: cash against documents (CAD) or irrevocable L/C at sight, as agreed in your 2025 contracts.",
             "Please send your offer by e-mail to scrap.tender@marmaracelik.com.tr (in copy) not later than "
             "28 October 2026, 17:00 TRT. Offers will be evaluated on 29 October and awarded by 30 October.",
             "Best regards,",
             "Kemal Aydın\nScrap Procurement Manager\nMarmara Döküm Çelik A.Ş.\nOrganize Sanayi Bölgesi 4. Cadde No:12, "
             "59860 Marmara Ereğlisi / Tekirdağ\nT +90 282 613 44 90 | M +90 532 418 77 05"]
    rows = [[("b", "Grade"), ("b", "Specification"), ("b", "Quantity MT"), ("b", "Laycan"), ("b", "Remarks")],
            ["HMS 1&2 80:20", "ISRI 200-206; max 1.5 x 0.6 m; min thickness 6 mm (HMS1) / 3 mm (HMS2)", "20,000–25,000", "15 Nov–20 Dec 2026", "no cast iron, no galvanised"],
            ["Shredded 210/211", "ISRI 210/211; bulk density min 1.0 t/m³; Cu max 0.20 %", "10,000–15,000", "15 Nov–20 Dec 2026", "free of non-metallics > 1 %"],
            ["Radiation", "Certificate of non-radioactivity per cargo; < 0.3 µSv/h above background", "", "", "mandatory"],
            ["Analysis", "Independent inspection at load port (SGS / Bureau Veritas / Alex Stewart)", "", "", "cost shared 50/50"],
            ["Payment", "CAD 100 % or irrevocable L/C at sight", "", "", "documents: B/L, CoO, weight & quality certificate"]]
    xl = office.xlsx([("Specification", rows, [20, 64, 16, 20, 40])], creator="Kemal Aydın", created="2026-10-21T06:52:00Z",
                     company="Marmara Döküm Çelik A.Ş.")
    alt_part = outlook_alt(m, paras, "en", charset="utf-8")
    body = mixed(m, [alt_part, outlook_attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                  "MDC_SCR_2026-11_Specification.xlsx", m)])
    r = S.m365(m, "marmaracelik.com.tr", MARMARA["tenant_id"], out_idx=3, lang="en-US")
    return m.finish(r, body, "Tender invitation MDC/SCR/2026-11 – HMS 1&2 80:20 and Shredded 211 – Nov/Dec 2026 shipment",
                    auth=dict(spf="pass", dmarc="reject"))


@business("12-en-auditors-teams-planning-invite.eml",
          "Harrow & Pike (auditors) send a Teams meeting request for the year-end audit planning meeting",
          "Real auditor domain through Microsoft 365 and Mimecast (authentication passes); ordinary Outlook meeting "
          "request with a Teams join link; mentions the year-end stock count of the yard; asks for nothing to be "
          "entered anywhere",
          pair=("12-en-device-code-audit-workspace.eml",
                "Both are meeting/audit mails in the auditor's name with a calendar invite; the fake adds a device "
                "code to enter at microsoft.com/devicelogin"))
def b12(m):
    m.when("2026-12-01 11:30:05", "UK").sender(*HARROW["raman"])
    m.recipients([staff("acc_uk")], [staff("cfo")])
    m.phone("+44 113 496 0712")
    tl = teams_link(m.rng, HARROW["tenant_id"])
    paras = ["Hi Daniel,",
             "As discussed on the phone, let's walk through the timetable for the 2026 year-end audit: the PBC list, "
             "interim testing dates and the stock count on 31 December (yard stockpiles – we will need the surveyor's "
             "volumetric survey and the weighbridge reconciliation). Sabine, you are very welcome to join for the "
             "first half.",
             "________________________________________________________________________________",
             "**Microsoft Teams meeting**",
             "Join on your computer, mobile app or room device\n[Click here to join the meeting](%s)" % tl,
             "Meeting ID: 392 114 705 886\nPasscode: 8yQ3kS",
             "[Download Teams](https://www.microsoft.com/en-gb/microsoft-teams/download-app) | [Join on the web](https://www.microsoft.com/microsoft-teams/join-a-meeting)",
             "[Learn More](https://aka.ms/JoinTeamsMeeting) | [Meeting options](https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s)"
             % (core.uuid4(m.rng), HARROW["tenant_id"]),
             "________________________________________________________________________________",
             "Priya Raman ACA\nAudit Senior Manager\nHarrow & Pike LLP\n1 Park Row, Leeds LS1 5AB\nT +44 113 496 0712"]
    desc = "\n\n".join(to_plain(p, "outlook") for p in paras)
    ics = ics_invite(m, HARROW["raman"], [staff("acc_uk"), staff("cfo")], core.parse_local("2026-12-04 14:00:00", "UK"), 60,
                     "Example Metals UK Ltd – year-end audit 2026 planning", "Microsoft Teams Meeting", desc)
    from mailgen.builder import outlook_texts, fill_charset
    plain, html = outlook_texts(paras, "en")
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                      text_part(fill_charset(html, "utf-8"), "html", "utf-8", "quoted-printable"),
                                      core.Part("text/calendar", [("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                                                                  ("Content-Transfer-Encoding", "base64")],
                                                core.b64_encode(ics), meta=dict(charset="utf-8", cte="base64"))],
                     boundary(m.rng, "outlook"))
    r = S.m365(m, "harrowpike.co.uk", HARROW["tenant_id"], region="gbrprd", out_idx=4, lang="en-GB")
    r = S2.mimecast_wrap(m, r)
    return m.finish(r, body, "Example Metals UK Ltd – year-end audit 2026 planning", auth=dict(spf="pass", dmarc="reject"))


@business("13-en-sharepoint-share-northern-alloys.eml",
          "SharePoint Online notification: James Thornton (Northern Alloys) shared the folder 'Q4 2026 – Example "
          "Metals shipments'",
          "Genuine SharePoint sharing mail from no-reply@sharepointonline.com through Microsoft's outbound servers "
          "(authentication passes), link to the customer's own northernalloys.sharepoint.com tenant, reply-to is the "
          "real sender",
          pair=("13-en-oauth-consent-compromised-customer.eml",
                "Same customer contact and topic (Q4 shipment documents); the genuine share points into the customer's "
                "SharePoint, the attack from his hijacked mailbox asks to consent to an app"))
def b13(m):
    m.when("2026-11-06 16:20:11", "UK").sender("James Thornton", "no-reply@sharepointonline.com")
    m.recipients([staff("sales")])
    url = "https://northernalloys.sharepoint.com/:f:/s/Trading/Eg%s?e=%s" % (core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 46),
                                                                           core.rstr(m.rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 6))
    paras = ["James Thornton shared a folder with you",
             "Here are the loading lists for November – weighbridge tickets will be added as the trucks come in.",
             "Q4 2026 – Example Metals shipments",
             "[Open](%s)" % url,
             "This link will work for anyone in Northern Alloys Trading Ltd and for people outside the organisation "
             "who received this e-mail.",
             "[Microsoft Privacy Statement](https://go.microsoft.com/fwlink/?LinkId=521839)"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:\'Segoe UI\',sans-serif;max-width:560px;padding:20px;border:1px solid #e1dfdd">'
            '<div style="font-size:20px;font-weight:600;color:#323130">%s</div>'
            '<div style="margin:18px 0;padding:12px;border-left:4px solid #0078d4;background:#faf9f8">%s</div>'
            '<div style="font-size:15px;font-weight:600">&#128193; %s</div>'
            '<div style="margin:18px 0"><a href="%s" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none;border-radius:2px">Open</a></div>'
            '<div style="font-size:12px;color:#605e5c">%s</div><div style="font-size:12px;margin-top:24px">%s</div></div></body></html>'
            % (to_html(paras[0]), to_html(paras[1]), to_html(paras[2]), url, to_html(paras[4]), to_html(paras[5])))
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                      text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "exchange"))
    r = S.m365_notification(m, "sharepointonline.com", "no-reply@sharepointonline.com", "SharePoint Online sharing notification (Exchange Online GBR)",
                            out_idx=4, tenant_id=NORTHERN["tenant_id"], region="gbrprd")
    return m.finish(r, body, "James Thornton shared the folder \"Q4 2026 – Example Metals shipments\" with you",
                    auth=dict(spf="pass", dmarc="reject"), reply_to=NORTHERN["thornton"])


@business("14-en-trade-newsletter-mailchimp.eml",
          "Weekly scrap market newsletter of Recycling Markets Europe (prices, Turkish import market, copper, events)",
          "Subscribed trade newsletter sent through Mailchimp with list headers and one-click unsubscribe, "
          "authentication passes; many tracked links are normal for this kind of mail")
def b14(m):
    m.when("2026-10-16 08:00:12", "UK").sender("Recycling Markets Europe", "news@recyclingmarkets.eu")
    m.recipients([staff("sales")])
    uhash = core.hexs(m.rng, 25)
    def trk(n):
        return "https://recyclingmarkets.us21.list-manage.com/track/click?u=%s&id=%s&e=%s" % (uhash, core.hexs(m.rng, 10), core.hexs(m.rng, 10))
    items = [("Turkey: HMS 1&2 80:20 import prices firm at $362/t CFR",
              "Deep-sea cargoes from the Baltic and the Benelux traded between $358 and $364/t CFR this week as mills "
              "restocked ahead of the November rebar season. US cargoes were heard $6/t higher."),
             ("EU domestic: shredded steady, new-arising weaker",
              "German E40 shredded settled unchanged for October; E2/E8 new-arising lost €5–10/t on weaker automotive "
              "output. Italian mills in the Brescia area bought cautiously."),
             ("Copper: No. 2 scrap discounts widen as LME hits record",
              "With LME copper above $11,800/t, Birch/Cliff discounts to LME widened to 8–9 %. Brass honey traded at "
              "62–64 % of LME copper in Rotterdam."),
             ("Events", "EuRIC metal recycling conference, Brussels, 25–26 November; BDSV Stahlrecycling-Tag, Düsseldorf, "
                        "3 December.")]
    links = [trk(i) for i in range(len(items) + 2)]
    plain = "Weekly Scrap Review #41 – 16 October 2026\n\n" + "\n\n".join(
        "%s\n%s\nRead more: %s" % (t, b, links[i]) for i, (t, b) in enumerate(items)) + \
        "\n\nManage your subscription: %s\nUnsubscribe: %s\n\nRecycling Markets Europe Ltd · 20 Farringdon Road · London EC1M 3HE · United Kingdom\n" % (links[-2], links[-1])
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>Weekly Scrap Review #41</title></head><body style="margin:0;background:#f4f4f4">'
            '<center><table align="center" border="0" cellpadding="0" cellspacing="0" width="600" style="background:#ffffff;font-family:Georgia,serif">'
            '<tr><td style="background:#204a3c;color:#fff;padding:22px;font-size:24px">Weekly Scrap Review <span style="font-size:14px">#41 · 16 October 2026</span></td></tr>'
            + "".join('<tr><td style="padding:18px 22px;border-bottom:1px solid #ddd"><h2 style="font-size:18px;margin:0 0 8px">%s</h2>'
                      '<p style="font-size:14px;line-height:21px;margin:0">%s</p><p><a href="%s" style="color:#204a3c">Read more</a></p></td></tr>'
                      % (htmlmod.escape(t), htmlmod.escape(b), links[i]) for i, (t, b) in enumerate(items)) +
            '<tr><td style="padding:18px 22px;font-size:11px;color:#777">You are receiving this e-mail because you subscribed to Weekly Scrap Review.<br>'
            '<a href="%s">Update your preferences</a> or <a href="%s">unsubscribe from this list</a>.<br>'
            'Recycling Markets Europe Ltd · 20 Farringdon Road · London EC1M 3HE · United Kingdom</td></tr>'
            '</table></center><img src="https://recyclingmarkets.us21.list-manage.com/track/open.php?u=%s&id=%s&e=%s" height="1" width="1" alt=""></body></html>'
            % (links[-2], links[-1], uhash, core.hexs(m.rng, 10), core.hexs(m.rng, 10)))
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                      text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "mc"))
    r = S.mailchimp(m, "recyclingmarkets.eu", "us21", 112847362, 30417, core.hexs(m.rng, 10))
    return m.finish(r, body, "Weekly Scrap Review #41: Turkish HMS firm, EU shredded steady, copper discounts widen",
                    auth=dict(spf="pass", dmarc="none"))


@business("15-en-forwarder-bl-draft-pdf.eml",
          "Humber Freight Services sends the bill-of-lading draft for container MSKU7741203 (shredded 211, Immingham → "
          "Nhava Sheva) as PDF for approval",
          "The real forwarder's domain on Google Workspace (authentication passes), plain PDF draft, shipment data "
          "consistent with the booking; a normal export-document approval",
          pair=("15-en-bl-draft-img-loader.eml",
                "Same booking and container; the fake arrives the next morning from humberfreight-services.com with a "
                "disk image instead of a PDF"))
def b15(m):
    m.when("2026-11-25 10:02:33", "UK").sender("Karen Holt | Humber Freight", "karen.holt@humberfreight.co.uk")
    m.recipients([staff("logi")], [staff("om_uk")])
    m.phone("+44 1469 572 814", "+44 1469 572 800")
    paras = ["Hi Sandra,",
             "Please find attached the BL draft for booking 26RTM118345 (4 x 40' HC, shredded steel scrap ISRI 211, "
             "Immingham → Nhava Sheva, vessel NORTHERN VIGOUR voy. 2647W).",
             "Could you check shipper/consignee/notify details and the net weights and confirm by tomorrow 12:00? "
             "SI cut-off is Friday 14:00, VGM has already been submitted from the weighbridge tickets.",
             "Kind regards,\nKaren",
             "Karen Holt\nExport Documentation\nHumber Freight Services Ltd\nImmingham Dock, DN40 2LZ\nT +44 1469 572 814 | Office +44 1469 572 800"]
    pdfdata = letter_pdf(
        m, "BILL OF LADING – DRAFT", ["Humber Freight Services Ltd as agents · Immingham Dock DN40 2LZ · NOT NEGOTIABLE UNLESS ORIGINAL"],
        ["Shipper: Example Metals UK Ltd", "Unit 4, Shepcote Lane Trading Estate, Sheffield S9 1TN",
         "Consignee: Shree Ganesh Alloys Pvt. Ltd., G.T. Road, Mandi Gobindgarh 147301, Punjab, India",
         "Notify: same as consignee"],
        [("Booking", "26RTM118345"), ("B/L No.", "HFS26IMM04471 (draft)"), ("Vessel / Voy.", "NORTHERN VIGOUR 2647W"),
         ("POL", "Immingham, GB"), ("POD", "Nhava Sheva, IN"), ("Freight", "Prepaid")],
        "Description of goods",
        ["4 x 40' HC containers said to contain: Shredded steel scrap ISRI 211, free from radioactive material, "
         "explosives and closed containers. HS code 7204.49. Shipped on board, freight prepaid."],
        [["Humber Freight Services Ltd", "Registered in England No. 04417238"], ["Draft for approval only", "Not valid as original"],
         ["T +44 1469 572 800", "docs@humberfreight.co.uk"]],
        pdf_date(m.at(-1800), "UK"), producer="CargoWise One (PDF)", creator="CargoWise One", author="HFS Documentation",
        table=(["Container", "Seal", "Packages", "Net kg", "Gross kg"],
               [["MSKU7741203", "ML-GB4471203", "Bulk", "27.140", "31.020"], ["MSKU7750418", "ML-GB4471204", "Bulk", "27.060", "30.950"],
                ["MRKU2218834", "ML-GB4471205", "Bulk", "27.210", "31.100"], ["MSKU7747720", "ML-GB4471206", "Bulk", "27.050", "30.930"]],
               ["l", "l", "l", "r", "r"]),
        col_x=[50, 150, 260, 340, 440], totals=[("Total net / gross kg", "108.460 / 124.000", True)], title_size=11)
    plain, html = gmail_texts(paras, "en")
    a = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable"),
                                   text_part(html, "html", "UTF-8", "quoted-printable")], boundary(m.rng, "gmail"))
    att = bin_part(pdfdata, "application/pdf", "MSKU7741203_BL_DRAFT.pdf", xattach="f_m%s0" % core.rstr(m.rng, "abcdefghijklmnopqrstuvwxyz0123456789", 8))
    body = multipart("mixed", [a, att], boundary(m.rng, "gmail"))
    r = S.gmail(m, workspace="humberfreight.co.uk", lang="en")
    return m.finish(r, body, "BL draft for approval – MSKU7741203 / Booking 26RTM118345 – Shredded 211 Immingham → Nhava Sheva",
                    auth=dict(spf="pass", dmarc="quarantine"))


@business("16-en-ceo-christmas-vouchers-internal.eml",
          "CEO asks the UK office manager (cc accountant) to order the usual Christmas vouchers for the Sheffield "
          "yard team through the regular supplier, invoiced to the UK entity",
          "Internal mail via the internal relay; references the established supplier account and the accountant's "
          "approval, no secrecy and no request to buy cards personally or send codes",
          pair=("16-en-ceo-gift-card-first-contact.eml",
                "Both are the CEO writing to the UK office manager about a small favour/vouchers; the fake is from "
                "Gmail on an iPhone and secretive, the genuine one is internal and routine"))
def b16(m):
    m.when("2026-12-07 09:15:40", "EU").sender("Dr. Matthias Brenner", "matthias.brenner@example.com")
    m.recipients([staff("om_uk")], [staff("acc_uk")])
    m.phone("+49 203 7391-100", "+49 171 4418 203")
    paras = ["Hi Rachel,",
             "as every year we would like to thank the Sheffield yard team with a Christmas voucher – £75 per person, 23 "
             "people including the two agency drivers who have been with us since spring.",
             "Please order them through our usual business account with the voucher supplier (invoice to Example Metals "
             "UK Ltd, PO from Daniel), and hand them out at the Christmas breakfast on 18 December. No rush – anytime "
             "before the 15th is fine.",
             "Thanks a lot and best regards\nMatthias",
             "Dr. Matthias Brenner\nGeschäftsführer / CEO\nExample Group | Am Kaiserhafen 21 | 47119 Duisburg\n"
             "T +49 203 7391-100 | M +49 171 4418 203"]
    body = outlook_alt(m, paras, "en", charset="windows-1252")
    r = S.exchange_internal(m, client_ip="10.20.14.21", server="EXCH01", lang="en-US", accept="de-DE, en-US")
    return m.finish(r, body, "Christmas vouchers for the Sheffield yard team")
