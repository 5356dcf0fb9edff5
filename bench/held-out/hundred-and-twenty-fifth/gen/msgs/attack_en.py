"""Attack messages 09-16 (English)."""

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt
from lib.util import CRLF, secs, rfcdate

ATT = "attack"


def docusign_mail(m, sender_name, sender_email, doc, message, envelope_tag, code):
    """Body of a DocuSign 'Complete with Docusign' envelope (EU account)."""
    r = m.rng
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (
        r.guid(), r.guid(), r.guid())
    paras = ["%s sent you a document to review and sign." % sender_name,
             "**%s**\n%s" % (sender_name, sender_email),
             message]
    after = ["**Do Not Share This Email**\nThis email contains a secure link to Docusign. Please do not share this "
             "email, link, or access code with others.",
             "**Alternate Signing Method**\nVisit Docusign.com, click 'Access Documents', and enter the security code:"
             "\n%s" % code,
             "**About Docusign**\nSign documents electronically in just minutes. It's safe, secure, and legally "
             "binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign "
             "provides a professional trusted solution for Digital Transaction Management™.",
             "**Questions about the Document?**\nIf you need to modify the document or have questions about the "
             "details in the document, please reach out to the sender by emailing them directly.",
             "**Stop receiving this email**\n[Report this email](https://protect.docusign.net/report-abuse?e=%s&lang=en)"
             " or read more about [Declining to sign](https://support.docusign.com/s/articles/How-do-I-decline-to-sign"
             "-a-document) and [Managing notifications](https://support.docusign.com/s/articles/How-do-I-manage-my-email"
             "-notifications)." % r.b64url(40),
             "If you have trouble signing, visit \"[How to Sign a Document](https://support.docusign.com/s/articles/How-"
             "do-I-sign-a-DocuSign-document-Basic-Signing)\" on our [Docusign Support Center](https://www.docusign.com/"
             "support), or browse our [Docusign Community](https://community.docusign.com/signing-7) for more "
             "information."]
    footer = ["This message was sent to you by %s who is using the Docusign Electronic Signature Service. If you "
              "would rather not receive email from this sender you may contact the sender with your request." % sender_name]
    html = bd.notice_html("Docusign", "#4C00FF", "Please review and sign: %s" % doc, paras,
                          ("REVIEW DOCUMENT", link), footer, lang="en", after_button=after,
                          font="Helvetica,Arial,sans-serif")
    text = bd.notice_text("Please review and sign: %s" % doc, paras, ("REVIEW DOCUMENT", link), footer, after)
    return text, html, link


def docusign_system(m, envelope_id):
    r = m.rng.sub("ds")
    m.msgid = "%s@docusign.net" % r.guid().replace("-", "")
    hdrs = m.std(["From", "Reply-To", "To", "Subject", "Date", "Message-ID", "MIME-Version", "MIME"])
    hdrs += ["X-DocuSign-EnvelopeId: %s" % envelope_id, "X-DocuSign-Account-Region: EU", "X-Api-Host: eu.docusign.net"]
    ip = "185.172.12.%d" % r.randint(20, 60)
    host = "mail-fra%02d.eumail.docusign.net" % r.randint(1, 9)
    sy.relay(m, host, ip, hdrs, submit={"kind": "raw", "lines": [
        "Received: from docusign.net (localhost [127.0.0.1]) by %s (DocuSign MTA) with ESMTP id %s; %s" % (
            host, r.hexs(16, True), rfcdate(m.date, "UTC"))]},
        dkim=[("eumail.docusign.net", "s1", "relaxed/relaxed", "From:To:Subject:Date:Message-ID:Reply-To:Content-Type"),
              ("docusign.net", "mail", "relaxed/relaxed", "From:To:Subject:Date:Message-ID")],
        mailfrom="bounces+%s@eumail.docusign.net" % r.hexs(20), tls="1.2")


@msg(ATT, 9, "en", "docusign-abuse-supply-agreement",
     "Genuine DocuSign envelope 'Northcare_Medicines_Supply_Agreement_2027_rev3.pdf' from a sender called "
     "'Northcare Homes Procurement' whose account address is procurement@northcare-homes.co.uk",
     "Abuse of a real platform: the envelope really comes from DocuSign (all authentication passes), but the "
     "DocuSign account belongs to the look-alike domain northcare-homes.co.uk (the customer is northcarehomes.co.uk) "
     "and the PDF inside links to a credential page; the contract under negotiation is handled by Helen Marsh, not a "
     "generic procurement account")
def a09(m):
    m.when(2026, 10, 14, 15, 3, 27)
    m.frm = ("Northcare Homes Procurement via Docusign", "dse@eumail.docusign.net")
    m.reply_to = [("Northcare Homes Procurement", "procurement@northcare-homes.co.uk")]
    m.to = [org.st("tobias.lindner")]
    m.subject = "Complete with Docusign: Northcare_Medicines_Supply_Agreement_2027_rev3.pdf"
    env = m.rng.guid().upper()
    text, html, link = docusign_mail(
        m, "Northcare Homes Procurement", "procurement@northcare-homes.co.uk",
        "Northcare_Medicines_Supply_Agreement_2027_rev3.pdf",
        "Hi Tobias,\nplease find the revised supply agreement (rev3) incl. the updated service levels for the 38 "
        "homes. Kindly review and sign by Friday so we can countersign before the board meeting.\nKind regards, "
        "Procurement Team", env, m.rng.hexs(32, True) + "1")
    bd.alt(m, text, html, m.rng.hexs(32), "utf-8", "quoted-printable", quoted=True)
    docusign_system(m, env)


@msg(ATT, 10, "en", "teams-invite-device-code",
     "Calendar invitation 'Northcare MAR chart audit – secure document review' from a compromised independent "
     "pharmacy's Microsoft 365 account; to join, open microsoft.com/devicelogin and enter a code",
     "Device-code phishing: every link points to genuine Microsoft pages, but entering the attacker-generated code "
     "(H4KT9WQ2R) grants the attacker tokens for the victim's account; unusual 'secure sign-in' joining "
     "instructions in a Teams invite from a sender with no prior relationship; sent from a hijacked tenant")
def a10(m):
    m.when(2026, 11, 18, 13, 41, 5)
    m.frm = ("Daniel Hughes", "daniel.hughes@harbourlanepharmacy.co.uk")
    m.to = [org.st("sarah.whitfield")]
    m.subject = "Northcare MAR chart audit - secure document review"
    m.lang = "en-GB"
    code = "H4KT9WQ2R"
    m.fact("other", code, "device code the victim is asked to enter")
    r = m.rng
    start = util.utc_from_local(2026, 11, 19, 10, 0, 0, "Europe/London")
    uid = "040000008200E00074C5B7101A82E008000000%s" % r.hexs(32, True)
    meet = "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d" % (
        r.b64url(36), r.guid())
    body = ("Hi Sarah,\n\n"
            "As discussed with Northcare's clinical team, we need to go through the MAR chart discrepancies for the "
            "Didsbury and Sale homes before the CQC visit. The audit pack contains resident data, so it is shared "
            "through our secure Microsoft 365 document room.\n\n"
            "Before the call please verify your access (takes 30 seconds):\n"
            "1. Go to https://microsoft.com/devicelogin\n"
            "2. Enter the code: %s\n"
            "3. Sign in with your work account and click Continue.\n\n"
            "The code is valid for 15 minutes from this invitation; if it has expired just reply and I'll send a new "
            "one.\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            "[Click here to join the meeting](%s)\n"
            "Meeting ID: 362 918 447 015\nPasscode: Qx7Pb2\n"
            "Need help? [https://aka.ms/JoinTeamsMeeting](https://aka.ms/JoinTeamsMeeting)\n"
            "________________________________________________________________________________\n\n"
            "Kind regards\nDaniel Hughes\nSuperintendent Pharmacist\nHarbour Lane Pharmacy Ltd\n" % (code, meet))
    desc = bd.plain(body)
    ics = archive.ics([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        "ORGANIZER;CN=Daniel Hughes:mailto:daniel.hughes@harbourlanepharmacy.co.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sarah Whitfield:mailto:sarah.whitfield@example.com",
        "DESCRIPTION;LANGUAGE=en-GB:" + archive.ics_text(desc),
        "UID:" + uid, "SUMMARY;LANGUAGE=en-GB:Northcare MAR chart audit - secure document review",
        "DTSTART;TZID=GMT Standard Time:20261119T100000", "DTEND;TZID=GMT Standard Time:20261119T103000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + util.local(m.date, "UTC")[0].strftime("%Y%m%dT%H%M%SZ"),
        "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + meet, "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null}",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    m.fact("URL", "https://microsoft.com/devicelogin")
    t = mime.text(bd.plain(body, "outlook"), "plain", "utf-8", "quoted-printable")
    hp = mime.text(bd.outlook_html(body, "utf-8", "EN-GB"), "html", "utf-8", "quoted-printable")
    cal = mime.Part(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST', "Content-Transfer-Encoding: base64"],
                    util.b64_body(ics).encode(), info={"kind": "text", "subtype": "calendar", "charset": "utf-8",
                                                       "cte": "base64", "text": ics.decode("utf-8")})
    altp = mime.multipart("alternative", [t, hp, cal], "_000_x_")
    a = att(m, ics, "application/ics", "invite.ics", "outlook")
    m.root = mime.multipart("mixed", [altp, a], "_004_x_")
    m.extra = []
    t_ = org.NORTH["tenant"].copy()
    t_.update(domain="harbourlanepharmacy.co.uk", tid="0d6e3b17-52a8-4c9f-b7e1-93f24a6c8d05", pfx="CWXP265MB",
              hubpfx="LO4P265MB", obhost="mail-cwlgbr01on2112", ip="40.107.20.112",
              onms="harbourlanepharmacy.onmicrosoft.com")
    sy.m365(m, t_)


@msg(ATT, 11, "en", "oauth-consent-shared-forecast",
     "'SharePoint' notification that Helen Marsh (Northcare) shared 'Q1 2027 volume forecast.xlsx'; the Open "
     "button goes to the real Microsoft login with an OAuth authorisation request for an app called 'Doc Viewer'",
     "OAuth consent phishing: link is a genuine login.microsoftonline.com authorize URL for a third-party "
     "multi-tenant app requesting offline_access, Mail.ReadWrite and Files.Read.All with a redirect to "
     "docview-cloud.app; the 'SharePoint' mail itself comes from Amazon SES on sharepoint-filesync.com, not from "
     "Microsoft or Northcare's tenant")
def a11(m):
    m.when(2026, 12, 8, 9, 26, 50)
    m.frm = ("Helen Marsh (via SharePoint)", "notifications@sharepoint-filesync.com")
    m.to = [org.st("tobias.lindner")]
    m.subject = "Helen Marsh shared \"Q1 2027 volume forecast.xlsx\" with you"
    r = m.rng
    cid = "9b1f7c5e-3a2d-4e86-b0c4-71d2f5a9e613"
    auth = ("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code"
            "&redirect_uri=https%%3A%%2F%%2Fdocview-cloud.app%%2Fauth%%2Fcallback&response_mode=query"
            "&scope=offline_access%%20openid%%20User.Read%%20Mail.ReadWrite%%20Files.Read.All&state=%s"
            "&login_hint=tobias.lindner%%40examplegroup.eu" % (cid, r.hexs(24)))
    m.fact("other", "client_id " + cid + " ('Doc Viewer', redirect docview-cloud.app)", "malicious OAuth app")
    paras = ["**Helen Marsh** shared a file with you",
             "Hi Tobias, here is the forecast for Q1 as promised – includes the two new homes in Stockport. "
             "Let me know if the volumes work for your team.",
             "📊 Q1 2027 volume forecast.xlsx"]
    footer = ["This email is generated through Northcare Homes Ltd's use of Microsoft 365 and may contain content "
              "that is controlled by Northcare Homes Ltd.",
              "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052",
              "[Privacy Statement](https://go.microsoft.com/fwlink/?LinkId=521839)"]
    html = bd.notice_html("SharePoint", "#036C70", "Helen Marsh shared a file with you", paras, ("Open", auth), footer,
                          lang="en", font="'Segoe UI',Tahoma,sans-serif")
    text = bd.notice_text("Helen Marsh shared a file with you", paras, ("Open", auth), footer)
    bd.alt(m, text, html, "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(100000000, 999999999),
                                                     util.epoch(m.date) * 1000 + r.randint(0, 999)),
           "UTF-8", "quoted-printable", quoted=True, one_line=False)
    sy.ses(m, "sharepoint-filesync.com", "23.251.234.%d" % r.randint(10, 60), region="eu-west-1",
           mailfrom="bounce@mail.sharepoint-filesync.com")


@msg(ATT, 12, "en", "callback-geek-squad-invoice",
     "Gmail message with a 'Geek Squad' PDF invoice: 3-year Total Tech Protection renewed for GBP 389.99, call "
     "within 24 hours to cancel and get a refund",
     "Callback phishing (TOAD): no link and no malware – the only payload is a phone number (fiction range "
     "020 7946 0318) where fake agents install remote-access tools or take card details; sent from a free-mail "
     "address, invoice addressed to nobody in particular, subject padded with an order number")
def a12(m):
    m.when(2026, 10, 28, 18, 9, 33)
    m.frm = ("Geek Squad Billing", "geeksquad.billingdept.uk@gmail.com")
    m.to = [org.st("james.okafor")]
    m.subject = "Your Order #GS-UK-4471920 has been processed - Thank you for your payment"
    phone = "+44 20 7946 0318"
    m.fact("phone", phone, "callback number (Ofcom drama range)")
    pdfb, total = docs.invoice(
        "en", ["Geek Squad Protection Services", "Support & Renewals Centre", "Customer care: " + phone],
        ["Dear Valued Customer", "Order #GS-UK-4471920", "Payment method: Card ending ****", "Auto-renewal: ON"],
        [("Invoice number", "INV-88204771"), ("Invoice date", "28/10/2026"), ("Order", "GS-UK-4471920")],
        [("Geek Squad Total Tech Protection – 3 years, up to 5 devices (auto-renewal)", 1, 324.99, 20)],
        ["Amount charged to your card on file.", "To cancel or request a refund within 24 hours call " + phone,
         "Lines open 8am–8pm, Monday to Saturday."],
        dict(title="Invoice", author="Geek Squad", creator="Microsoft Word", producer="Microsoft: Print To PDF",
             date="D:20261028170104+00'00'"),
        color=(0, 45, 100), currency="GBP",
        notes=["Thank you for renewing your subscription. Your plan has been renewed automatically and the amount "
               "above has been charged. If you did not authorise this renewal, please contact our billing team on "
               + phone + " within 24 hours to cancel and receive a full refund."],
        footer=["This is a computer-generated invoice. No signature required."])
    text = ("Dear Customer,\n\n"
            "Thank you for your continued trust. Your subscription has been renewed successfully and the payment of "
            "GBP 389.99 has been processed. Please find your invoice attached.\n\n"
            "If you did not authorise this transaction or wish to cancel, call our billing department within 24 "
            "hours: %s\n\n"
            "Regards,\nBilling Department\n" % phone)
    m.meta["tz"] = "Europe/London"
    a = att(m, pdfb, "application/pdf", "Invoice_INV-88204771.pdf", "gmail")
    bd.gmail(m, text, attachments=[a])
    sy.gmail(m)


@msg(ATT, 13, "en", "gphc-premises-renewal-failed",
     "'GPhC Registrations' says the annual renewal payment for the Manchester pharmacy premises failed and the "
     "registration will lapse in 48 hours; link to 'update payment details'",
     "Regulator impersonation / card and credential phishing: gphc-renewals.org.uk is not the regulator's domain "
     "(pharmacyregulation.org), sent through Amazon SES, 48-hour threat of being unable to operate, link to a "
     "login clone")
def a13(m):
    m.when(2026, 11, 3, 10, 47, 12)
    m.frm = ("GPhC Registrations", "registrations@gphc-renewals.org.uk")
    m.to = [org.st("sarah.whitfield")]
    m.subject = "Action required: premises registration renewal payment unsuccessful (9012345)"
    url = "https://myaccount.gphc-renewals.org.uk/premises/renew?ref=9012345&t=%s" % m.rng.hexs(20)
    paras = ["Dear Registrant,",
             "We were unable to collect the annual renewal fee of **£262.00** for the following registered pharmacy "
             "premises:",
             "Example Pharmacy UK Ltd – 3 Hardman Street, Manchester M3 3HF\nPremises registration number: 9012345",
             "Under the Pharmacy Order 2010 a pharmacy may not operate once its premises registration has lapsed. "
             "To avoid removal from the register, please update your payment details within **48 hours**.",
             "If payment has already been made, please sign in to confirm the transaction reference."]
    footer = ["General Pharmaceutical Council, 1 Cabot Square, London E14 4QJ",
              "This is an automated message, please do not reply."]
    html = bd.notice_html("General Pharmaceutical Council", "#5b2c6f", "Renewal payment unsuccessful", paras,
                          ("Update payment details", url), footer, lang="en")
    text = bd.notice_text("Renewal payment unsuccessful", paras, ("Update payment details", url), footer)
    bd.alt(m, text, html, "----=_Part_%d_%d" % (m.rng.randint(100000, 999999), m.rng.randint(10**8, 10**9)),
           "UTF-8", "quoted-printable", one_line=False)
    sy.ses(m, "gphc-renewals.org.uk", "52.56.39.%d" % m.rng.randint(10, 90), region="eu-west-2")


@msg(ATT, 14, "en", "helpdesk-spam-flood-remote-support",
     "'Example Group IT Service Desk' says the mailbox is being flooded with spam; an engineer will call on Teams "
     "within 15 minutes – keep Quick Assist open or install the 'support client'",
     "Help-desk/remote-access pretext (Black Basta/3AM style, follows an e-mail bombing): external look-alike "
     "domain examplegroup-support.com on Zoho Mail, asks to prepare Quick Assist and download an executable, urgency, "
     "callback number not on the company's list")
def a14(m):
    m.when(2026, 12, 9, 15, 12, 2)
    m.frm = ("Example Group IT Service Desk", "servicedesk@examplegroup-support.com")
    m.to = [org.st("sarah.whitfield")]
    m.subject = "INC0048213 - Spam flood on your mailbox - remote support session"
    dl = "https://examplegroup-support.com/download/EG-SupportClient.exe"
    phone = "+44 161 496 0952"
    m.fact("phone", phone, "fake service-desk number (Ofcom drama range)")
    text = ("Hello Sarah,\n\n"
            "our monitoring has detected that your mailbox is currently receiving a very large number of newsletter "
            "and spam messages (subscription bombing). This is usually the first stage of an attack and we need to "
            "apply a filter rule directly on your device.\n\n"
            "An engineer from the Service Desk will contact you via Microsoft Teams within the next 15 minutes. The "
            "call will show as \"IT Service Desk (External)\" because it is routed through our managed security "
            "partner.\n\n"
            "To save time, please:\n"
            "- keep Quick Assist open (press Ctrl + Windows + Q) and have the 6-digit code ready, or\n"
            "- if Quick Assist is blocked on your PC, download our support client: %s\n\n"
            "Please do not delete the spam messages, we need them for the analysis.\n"
            "If you miss the call, ring us on %s and quote INC0048213.\n\n"
            "Kind regards\nIT Service Desk\nExample Group – Information Technology\n" % (dl, phone))
    r = m.rng
    m.msgid = "%s.%s@examplegroup-support.com" % (r.randint(10**12, 10**13 - 1), r.randint(10**17, 10**18 - 1))
    tp = mime.text(text, "plain", "UTF-8", "quoted-printable")
    html = ("<!DOCTYPE html><html><head><meta content=\"text/html;charset=UTF-8\" http-equiv=\"Content-Type\"></head>"
            "<body><div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\"><div>"
            + "<br>".join(bd.inline_html(l) for l in text.split("\n")) + "</div></div><br></body></html>\n")
    hp = mime.text(html, "html", "UTF-8", "quoted-printable")
    m.root = mime.multipart1("alternative", [tp, hp], "----=_Part_%d_%d.%d" % (r.randint(10**5, 10**6),
                                                                                r.randint(10**8, 10**9),
                                                                                util.epoch(m.date) * 1000))
    hdrs = m.std(["Date", "From", "To", "Message-Id", "Subject", "MIME-Version", "MIME"])
    hdrs += ["Importance: High", "X-Priority: 1", "User-Agent: Zoho Mail", "X-Mailer: Zoho Mail"]
    ip = "136.143.184.%d" % r.randint(10, 80)
    sy.relay(m, "sender4-op-o%d.zoho.eu" % r.randint(10, 80), ip, hdrs,
             submit={"kind": "raw", "lines": [
                 "Received: from mail.zoho.eu by mx.zoho.eu" + CRLF + "\twith SMTP id %d%s; %s" % (
                     util.epoch(m.date) * 1000 + r.randint(0, 999), r.hexs(12),
                     rfcdate(m.date, "UTC"))]},
             dkim=[("examplegroup-support.com", "zmail", "relaxed/relaxed",
                    "Date:Date:From:From:To:To:Message-Id:Message-Id:Subject:Subject:MIME-Version:Content-Type:"
                    "Reply-To")],
             extra_trace=["ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none; d=zohomail.eu; s=zohoarc;" % util.epoch(m.date)
                          + CRLF + "\tb=" + util.wrap_b64_value(r.b64(256), 64, 72),
                          "X-ZohoMail-DKIM: pass (identity @examplegroup-support.com)"],
             mailfrom="servicedesk@examplegroup-support.com", tls="1.3")
    m.arc = 'pass ("zohomail.eu:s=zohoarc:i=1")'


@msg(ATT, 15, "en", "fake-rfq-nhs-trust-credit",
     "'NHS Supply Chain' request for quotation for wound-care and OTC lines with an RFQ letter (PDF) and a "
     "quotation form (XLSX); asks for 30-day credit terms and delivery to a 'regional distribution centre'",
     "Fake tender / purchase-order fraud: Google Workspace on the look-alike domain nhs-supplychain-uk.org (NHS "
     "Supply Chain uses supplychain.nhs.uk), credit-account request, delivery to a third-party warehouse in Essex, "
     "urgency, generic signatory")
def a15(m):
    m.when(2026, 10, 22, 11, 54, 40)
    m.frm = ("NHS Supply Chain - Procurement", "rfq@nhs-supplychain-uk.org")
    m.to = [org.st("tobias.lindner")]
    m.subject = "Request for Quotation RFQ/NW/2026/1142 - Wound care and OTC lines"
    phone = "+44 20 7946 0541"
    m.fact("phone", phone)
    text = ("Dear Sir/Madam,\n\n"
            "NHS Supply Chain is sourcing the items listed in the attached RFQ for immediate supply to several acute "
            "trusts in the North West region. Your company has been identified as a potential supplier.\n\n"
            "Please complete the attached quotation form and return it by Monday 26 October 2026, 12:00. Kindly "
            "include your best unit prices, lead times and confirm that you can supply on our standard 30-day credit "
            "terms (credit application form to follow on acceptance).\n\n"
            "Deliveries will be made to our regional distribution centre:\n"
            "Unit 14, Thurrock Trade Park, Oliver Road, West Thurrock, Grays RM20 3ED\n\n"
            "We look forward to your quotation.\n\n"
            "Kind regards\n\nMark Ellison\nCategory Buyer – Medical & Pharmacy\nNHS Supply Chain\n"
            "Tel: %s\n" % phone)
    items = [["**Item", "**Description", "**Qty", "**Unit price (GBP)", "**Lead time (days)"],
             [1, "Hydrocolloid dressing 10x10cm (box of 10)", 4800, None, None],
             [2, "Paracetamol 500mg tablets, 32 (GSL)", 12000, None, None],
             [3, "Ibuprofen 200mg tablets, 16 (GSL)", 9600, None, None],
             [4, "Cetirizine 10mg tablets, 30", 7200, None, None],
             [5, "Nitrile examination gloves, M (box of 100)", 3000, None, None]]
    xl = archive.xlsx([("RFQ 1142", items)], title="Quotation form RFQ/NW/2026/1142", creator="Mark Ellison",
                      modby="Mark Ellison", created="2026-10-21T15:02:11Z", dt=(2026, 10, 21, 16, 2, 12))
    letter = docs.letter(["NHS Supply Chain", "Procurement – Medical & Pharmacy Category",
                          "Skipton House, 80 London Road, London SE1 6LH"],
                         ["Example Pharmacy UK Ltd", "3 Hardman Street", "Manchester M3 3HF"], "21 October 2026",
                         "Request for Quotation RFQ/NW/2026/1142",
                         ["Dear Supplier,",
                          "You are invited to submit a quotation for the goods listed in the enclosed quotation form. "
                          "Quotations must be valid for 60 days and be submitted by e-mail to rfq@nhs-supplychain-uk.org.",
                          "Successful suppliers will be set up on a 30-day credit account. Goods are to be delivered "
                          "to our regional distribution centre, Unit 14, Thurrock Trade Park, Grays RM20 3ED.",
                          "Yours faithfully,"],
                         ["", "Mark Ellison", "Category Buyer"], ["NHS Supply Chain – operated on behalf of the NHS"],
                         dict(title="RFQ 1142", author="M.Ellison", creator="Microsoft Word for Microsoft 365",
                              producer="Microsoft Word for Microsoft 365", date="D:20261021150922+01'00'"),
                         color=(0, 94, 184))
    m.meta["tz"] = "Europe/London"
    a1 = att(m, letter, "application/pdf", "RFQ_NW_2026_1142.pdf", "gmail")
    a2 = att(m, xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Quotation_Form_RFQ1142.xlsx",
             "gmail")
    bd.gmail(m, text, attachments=[a1, a2])
    sy.gmail(m, domain="nhs-supplychain-uk.org")


@msg(ATT, 16, "en", "sextortion-spoofed-self",
     "'Your account has been hacked' – claims malware recorded the victim, demands USD 1450 in Bitcoin within 48 "
     "hours; From and To are the victim's own address",
     "Sextortion: spoofed own address (SPF fail and DMARC fail for example.com), sent directly from a Brazilian "
     "consumer IP without TLS, bech32 wallet, threats and countdown; nothing real behind it")
def a16(m):
    m.when(2026, 12, 14, 3, 18, 55)
    me = org.st("sarah.whitfield")
    m.frm = me
    m.to = [me]
    m.subject = "Your account has been hacked! You need to unlock it."
    r = m.rng
    wallet = ident.bech32_p2wpkh(list(r.rbytes(20)))
    m.fact("wallet", wallet, "bech32 P2WPKH, random program")
    text = ("Hello!\n\n"
            "I have to share bad news with you.\n"
            "Approximately few months ago I have gained access to your devices, which you use for internet browsing.\n"
            "After that, I have started tracking your internet activities.\n\n"
            "Here is the sequence of events:\n"
            "Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to "
            "purchase it online).\n"
            "Obviously, I have easily managed to log in to your email account (sarah.whitfield@example.com).\n\n"
            "One week later, I have already installed Trojan virus to Operating Systems of all the devices that you "
            "use to access your email.\n"
            "In fact, it was not really hard at all (since you were following the links from your inbox emails).\n"
            "All ingenious is simple. =)\n\n"
            "I have made a video showing you (through the camera of your device) satisfying yourself in the right "
            "half of the screen, while the left half is showing the video that you were watching at that moment.\n"
            "With one click of my mouse, I can send this video to all your emails and contacts on social networks.\n\n"
            "If you want to prevent this, transfer the amount of 1450 USD to my bitcoin address (if you do not know "
            "how to do this, write to Google: \"Buy Bitcoin\").\n\n"
            "My bitcoin address (BTC Wallet) is: %s\n\n"
            "After receiving the payment, I will delete the video and you will never hear from me again.\n"
            "I give you 48 hours (2 days) to pay.\n"
            "I have a notice reading this letter, and the timer will work when you see this letter.\n\n"
            "Filing a complaint somewhere does not make sense because this email cannot be tracked like my bitcoin "
            "address.\nI do not make any mistakes.\n\n"
            "If I find that you have shared this message with someone else, the video will be immediately "
            "distributed.\n\nBest regards!\n" % wallet)
    m.root = mime.text(text, "plain", "utf-8", "base64", "UTF-8", quoted=False)
    m.msgid = "%s@%s" % (r.hexs(12, True), "example.com")
    hdrs = m.std(["Message-ID", "From", "To", "Subject", "Date", "MIME-Version", "MIME"])
    hdrs += ["X-Priority: 3", "X-MSMail-Priority: Normal", "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
             "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512"]
    ip = "177.73.%d.%d" % (r.randint(16, 250), r.randint(2, 250))
    sy.direct(m, "[%s]" % ip, "%s.dynamic.vivozap.net.br" % ip.replace(".", "-"), ip, hdrs, tls=None)
    m.spf = "fail"
