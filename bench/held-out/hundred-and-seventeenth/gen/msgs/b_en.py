"""business/ 09-16 (English)."""

from .common import *  # noqa: F401,F403


def _ms_html(title, paras, button=None, footer_id="MC1152731"):
    ps = "".join('<p style="margin:0 0 14px 0;font-size:14px;line-height:20px;color:#323130;">%s</p>' % p for p in paras)
    btn = ""
    if button:
        btn = ('<p style="margin:18px 0;"><a href="%s" style="background:#0078d4;color:#ffffff;padding:10px 20px;'
               'text-decoration:none;font-size:14px;font-weight:600;">%s</a></p>' % (button[1], button[0]))
    return """<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#ffffff;font-family:'Segoe UI',SegoeUI,Helvetica,Arial,sans-serif;">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 32px 8px 32px;">
<img src="https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b?ver=5c31" width="108" height="23" alt="Microsoft"></td></tr>
<tr><td style="padding:8px 32px 0 32px;font-size:24px;font-weight:600;color:#0078d4;">%s</td></tr>
<tr><td style="padding:16px 32px 8px 32px;">%s%s</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#605e5c;border-top:1px solid #e1dfdd;">
You're receiving this email because you are an administrator of the Example Group tenant (examplegroup.onmicrosoft.com).<br>
%s &middot; <a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c;">Privacy Statement</a><br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA</td></tr></table></body></html>
""" % (title, ps, btn, footer_id)


@msg("business", "09-en-microsoft-mc-device-code-flow.eml")
def b09(rng):
    t = "2026-10-08 02:14:37"
    html = _ms_html("Major update from Message center", [
        "<b>Microsoft Entra ID: Device code flow will be blocked by default for new and existing tenants</b> (MC1152731)",
        "Because device code phishing has become a common attack technique, Microsoft is introducing a managed Conditional Access "
        "policy that blocks the OAuth 2.0 device authorization grant for all users except those you exclude. The policy is created "
        "in report-only mode on <b>November 2, 2026</b> and will be switched on automatically on <b>December 7, 2026</b> unless you opt out.",
        "<b>How this will affect your organization:</b> Users who sign in on input-constrained devices (for example Teams Rooms "
        "consoles or shared displays) with a code from microsoft.com/devicelogin will need to be excluded from the policy. All other "
        "device code sign-ins will be blocked.",
        "<b>What you need to do to prepare:</b> Review the sign-in logs filtered by authentication protocol \"Device code\" and add "
        "any required exclusions before the policy is enabled.",
    ], button=("View in Message center", "https://admin.microsoft.com/AdminPortal/home#/MessageCenter/:/messages/MC1152731"))
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="outlook"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="outlook")], B.b_outlook(rng), style="outlook")
    raw, info = T.compose(rng, profile="m365", t=t, frm=("Microsoft 365 Message center", "o365mc@microsoft.com"), to=[S["itsec"]],
                          subject="Major update from Message center", body=body, date_zone="utc",
                          opts=dict(domain="microsoft.com", lang="en-US", selector="s1024-meo"))
    return Result(raw, info, "Genuine Microsoft 365 Message center 'major update' mail to the mail admin about blocking device-code flow by default.",
                  "From o365mc@microsoft.com through Microsoft's own outbound servers (DKIM microsoft.com, DMARC pass), only admin-portal links, no credential request, content matches the admin's tenant.",
                  pair=[("09-en-tees-valley-device-code.eml", "Device-code sign-in (microsoft.com/devicelogin)",
                         "Genuine: Microsoft informs the admin that device-code sign-ins will be blocked. Attack: a customer's hijacked mailbox asks a user to enter a device code.")])


@msg("business", "10-en-entra-admin-consent-request.eml")
def b10(rng):
    t = "2026-11-04 11:52:08"
    html = _ms_html("Review the admin consent request", [
        "Jan Petersen (jan.petersen@examplegroup.eu) has requested admin consent for the following application:",
        "<b>Application:</b> Adobe Acrobat Sign for Microsoft 365<br><b>Publisher:</b> Adobe Inc. (verified publisher)<br>"
        "<b>Application ID:</b> 0b2f5a6e-7c1d-4f3e-9a8b-1e2d3c4b5a69<br><b>Requested permissions:</b> User.Read, openid, profile, email",
        "<b>Reason given by the user:</b> \"Needed to sign the Tees Valley framework agreement from Teams; customer uses Acrobat Sign for some documents.\"",
        "This request expires on December 4, 2026. Reviewers can approve or deny it in the Microsoft Entra admin center.",
    ], button=("Review request", "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AccessRequests"),
        footer_id="Admin consent workflow notification")
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="outlook"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="outlook")], B.b_outlook(rng), style="outlook")
    raw, info = T.compose(rng, profile="m365", t=t, frm=("Microsoft Security", "MSSecurity-noreply@microsoft.com"), to=[S["itlead"]],
                          cc=[S["itsec"]], subject="Action required: Review admin consent request for Adobe Acrobat Sign for Microsoft 365",
                          body=body, date_zone="utc", opts=dict(domain="microsoft.com", lang="en-US", selector="s1024-meo"))
    return Result(raw, info, "Genuine Microsoft Entra admin-consent workflow notification: a colleague requests consent for the verified Adobe Acrobat Sign app with basic scopes.",
                  "Microsoft sender and infrastructure, verified publisher, minimal scopes, request made by a named internal user through the workflow, link only to entra.microsoft.com.",
                  pair=[("10-en-acrobat-sign-oauth-consent.eml", "Acrobat Sign / OAuth consent",
                         "Genuine: admin-consent workflow for the verified Adobe app with User.Read. Attack: direct consent link for an unverified app asking for Mail.ReadWrite, Mail.Send and Files.Read.All, in a fake Acrobat Sign notice.")])


@msg("business", "11-en-docusign-tvof-framework.eml")
def b11(rng):
    t = "2026-11-20 13:06:51"
    env = "4A1C5E72-9B3D-4F18-A6E0-2D7C8B91F3A5"
    code = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=8e3f5b21-6c4a-4d97-b2f0-91a7c3e5d840&er=%s" % (
        env.lower(), "0c2e7a19-5f4b-4e83-9d61-b7a2f4c8e035")
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#eaeaea;font-family:Helvetica,Arial,'Sans Serif';">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea;"><tr><td align="center" style="padding:2%% 2%%;">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;max-width:640px;">
<tr><td style="padding:10px 24px;"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="Docusign" height="30"></td></tr>
<tr><td style="padding:0 24px 30px 24px;"><table width="100%%" cellpadding="0" cellspacing="0" style="background:#4c00ff;color:#ffffff;">
<tr><td style="padding:28px 24px;text-align:center;font-size:16px;">Gareth Hughes sent you a document to review and sign.<br><br>
<a href="%s" style="background:#ffc820;color:#130032;font-size:14px;font-weight:bold;padding:0 24px;line-height:44px;display:inline-block;text-decoration:none;border-radius:2px;">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:16px;color:#333333;line-height:20px;">
<b>Gareth Hughes</b><br><a href="mailto:gareth.hughes@teesoffshorefab.co.uk" style="color:#333333;">gareth.hughes@teesoffshorefab.co.uk</a><br><br>
Hi Katrin,<br><br>as agreed in Monday's meeting, please find the 2027 crane hire framework agreement for signature. Rachel has the
schedule of rates; your signature block is on page 14.<br><br>Thanks, Gareth</td></tr>
<tr><td style="padding:0 24px 12px 24px;background:#eaeaea;font-size:11px;color:#666666;line-height:14px;"><br>
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit docusign.com, click 'Access Documents', and enter the security code:<br>%s<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>
<a href="https://www.docusign.com/company/privacy-policy" style="color:#2463d1;">Privacy Policy</a></td></tr>
</table></td></tr></table></body></html>
""" % (url, code)
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="plain")],
                   "----=_NextPart_%s" % "".join(rng.choice("0123456789abcdef") for _ in range(32)), style="plain")
    raw, info = T.compose(rng, profile="saas", t=t, frm=("Gareth Hughes via Docusign", "dse@eumail.docusign.net"),
                          reply_to=TVOF_GH, to=[S["sales"]],
                          subject="Complete with Docusign: TVOF Crane Hire Framework Agreement 2027 - Example Cranes UK Ltd.pdf",
                          body=body, env_from="bounces@eumail.docusign.net", date_zone="utc",
                          msgid="%s@docusign.net" % "".join(rng.choice("0123456789abcdef") for _ in range(32)),
                          opts=dict(host="mailout-eu.docusign.net", ip="185.81.120.%d" % rng.randrange(10, 60),
                                    dkim=[("eumail.docusign.net", "eumail2"), ("docusign.net", "mail")],
                                    order=["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version"],
                                    xheaders=[("X-DocuSign-EnvelopeId", env), ("X-API-Host", "eu.docusign.net"), ("X-Priority", "3")]))
    return Result(raw, info, "Genuine DocuSign envelope from the customer Tees Valley Offshore Fabrication with the 2027 crane hire framework agreement.",
                  "DocuSign's EU mail system (DKIM docusign.net pass), link to eu.docusign.net, security code for the alternate signing method, personal message consistent with a real meeting, reply-to the known customer buyer.",
                  pair=[("11-en-docusign-pages-dev.eml", "DocuSign envelope for the framework agreement",
                         "Genuine: docusign.net infrastructure, eu.docusign.net link, security code. Attack: look-alike docusign-eumail.net through Mailgun, link to pages.dev, no code.")])


@msg("business", "12-en-nli-loler-invoice.eml")
def b12(rng):
    t = "2026-10-30 15:22:19"
    dt = when(t)
    sort, acct = "309634", "51284730"
    iban = ck.iban_from_bban("GB", "LOYD" + sort + acct)
    nli_vat = ck.gb_vat(None, "2851937")
    rows = [["LOLER thorough examination - mobile crane 100 t (EXG-UK-07), Hartlepool", "1", "485.00", "485.00"],
            ["LOLER thorough examination - crawler crane 300 t (EXG-UK-11), Teesport", "1", "720.00", "720.00"],
            ["Lifting accessories (chains, shackles, slings) - 148 items", "148", "3.20", "473.60"],
            ["Travel & subsistence (2 days)", "1", "186.00", "186.00"]]
    net = 1864.60
    vat = round(net * 0.2, 2)
    pdfb = K.letter(rng, dt=dt, org="Northern Lifting Inspections Ltd", org_lines=["Unit 3, Faverdale Industrial Estate", "Darlington DL3 0QT", "Tel: 01325 380 914", "accounts@nli-inspections.co.uk"],
                    color=(0.0, 0.35, 0.25), recipient=["Example Cranes UK Ltd", "Accounts Payable", "Unit 7, Riverside Park Road", "Middlesbrough TS2 1QW"],
                    place_date="Invoice date: 30/10/2026", title="TAX INVOICE NLI-26-01873",
                    paras=["Your PO: EXUK-PO-2026-0412 · Inspections carried out 20-21/10/2026 · Reports: NLI-TE-26-4412 to 4415",
                           ("table", [(270, "Description", "left"), (50, "Qty", "right"), (70, "Unit £", "right"), (91, "Total £", "right")], rows +
                            [("b", ["Net", "", "", "%.2f" % net]), ("b", ["VAT 20%", "", "", "%.2f" % vat]), ("b", ["Total due", "", "", "%.2f" % (net + vat)])]),
                           "Payment terms: 30 days from invoice date. BACS: Lloyds Bank plc, sort code 30-96-34, account 51284730. "
                           "IBAN %s, BIC LOYDGB21F09. Please quote the invoice number as reference." % ck.iban_fmt(iban),
                           "Our bank details have not changed. If you ever receive a request to change them, please call us on 01325 380 914."],
                    footer=["Northern Lifting Inspections Ltd · Registered in England & Wales No. 09384721 · VAT No. %s" % nli_vat, "LEEA member 001847"],
                    producer="Xero", creator="Xero", author="Northern Lifting Inspections Ltd")
    text = ("Hi David,\n\nPlease find attached invoice NLI-26-01873 for the LOLER examinations on 20-21 October (PO EXUK-PO-2026-0412). "
            "The examination reports were uploaded to the LiftCert portal on Monday.\n\nAny questions just give me a call.\n\n"
            "Kind regards\nJoanne\n")
    sig = "Joanne Pratt\nAccounts | Northern Lifting Inspections Ltd\n01325 380 914\nwww.nli-inspections.co.uk"
    body = B.gmail(rng, "en", text, attachments=[B.gm_attach(rng, pdfb, "application/pdf", "Invoice NLI-26-01873.pdf")], sig=sig)
    raw, info = T.compose(rng, profile="gworkspace", t=t, frm=("Northern Lifting Inspections Accounts", "accounts@nli-inspections.co.uk"),
                          to=[S["uk_acc"]], subject="Invoice NLI-26-01873 - LOLER examinations October", body=body, date_zone="london",
                          opts=dict(domain="nli-inspections.co.uk"))
    return Result(raw, info, "Genuine supplier invoice from the LOLER inspection company via Google Workspace, PDF with UK bank details and phone numbers.",
                  "Known supplier domain (DKIM/DMARC pass), refers to PO and inspection reports, unchanged bank details, phone numbers match the supplier master data; invites a call if bank details ever change.",
                  phones=["01325 380 914"],
                  pair=[("12-en-paypal-invoice-callback.eml", "Invoice with a phone number to call",
                         "Genuine: expected invoice with PO and reports, supplier's landline. Attack: unsolicited PayPal invoice 'renewal' pushing a premium callback number.")])


@msg("business", "13-en-it-notice-remote-support-training.eml")
def b13(rng):
    t = "2026-11-16 09:05:33"
    dtstart = when("2026-11-19 14:00:00")
    uid = "040000008200E00074C5B7101A82E0080000000%s" % "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    desc = ("Security awareness session (30 min, Teams)\n\nTopics: fake IT support calls, remote-access tools, device-code "
            "and MFA prompts, QR codes in PDFs.\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ3YjJmNTItOGE4Ny00ZDM5LWIxZjMtYzI0OTQ3ZjY0NTVi%40thread.v2/0")
    ics = C.make_ics([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        "ORGANIZER;CN=Lukas Heinemann:mailto:lukas.heinemann@example.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Example Group - All Staff:mailto:allstaff@example.com",
        "DESCRIPTION;LANGUAGE=en-US:" + C.ics_escape(desc),
        "UID:" + uid, "SUMMARY;LANGUAGE=en-US:" + C.ics_escape("Security awareness: fake IT support & remote access (optional)"),
        "DTSTART;TZID=W. Europe Standard Time:20261119T140000", "DTEND;TZID=W. Europe Standard Time:20261119T143000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + tz.fmt(when(t), "utc", "%Y%m%dT%H%M%SZ"), "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    text = ("Dear colleagues,\n\n"
            "this month we are rolling out the new endpoint protection to all group laptops. There is nothing you need to install "
            "yourselves: the agent is distributed automatically via Intune overnight, and you will only be asked to restart once.\n\n"
            "Please note:\n"
            "- IT will never ask you by e-mail, phone or Teams to install a remote-support tool (AnyDesk, ScreenConnect, Quick Assist, TeamViewer) or to click \"Run anyway\".\n"
            "- If somebody calls you claiming to be from IT, hang up and call the Service Desk back on ext. 4400 (+49 203 7391-4400).\n"
            "- Our only IT addresses are it-servicedesk@example.com and the people in the IT team. \"examplegroup-support\" or similar domains are not ours.\n\n"
            "Planned maintenance: Saturday 21 November, 18:00-22:00 CET (Exchange cumulative update, mail may be delayed).\n\n"
            "For anyone interested there is an optional 30-minute awareness session on Thursday; the invitation is attached.\n\n"
            "Thanks,\nLukas\n\n" + sig_example("itsec", "en"))
    cal = M.Part("text/calendar", ics, charset="utf-8", cte="base64", style="outlook", params=["method=REQUEST"])
    alt = B.outlook(rng, "en", text, cs="utf-8", exchange=True)
    alt.parts.append(cal)
    raw, info = T.compose(rng, profile="exchange_internal", t=t, frm=S["itsec"], to=[("Example Group - All Staff", "allstaff@example.com")],
                          rcpt=S["lift"][1], subject="Endpoint protection rollout, maintenance window 21 Nov - and a word on fake IT support",
                          body=alt, opts=dict(exch="EXCH02", lang="en-US"))
    return Result(raw, info, "Genuine internal IT announcement from the mail admin: endpoint protection rollout, maintenance window and a warning about fake IT support, with an Exchange meeting request for an awareness session.",
                  "Internal Exchange route via mail-int01 with DKIM example.com, no download links, tells users explicitly not to install remote tools, Teams link to the official domain.",
                  phones=["+49 203 7391-4400"],
                  pair=[("13-en-it-servicedesk-screenconnect-ics.eml", "IT service desk / endpoint upgrade with calendar invite",
                         "Genuine: internal sender, Intune deployment, no installer. Attack: look-alike support domain via Mailgun, ScreenConnect installer, 'Run anyway'.")])


@msg("business", "14-en-tvof-rfq-crane-package.eml")
def b14(rng):
    t = "2026-11-09 16:40:26"
    dt = when(t)
    rows = [[("b", "Item"), ("b", "Description"), ("b", "Lift weight (t)"), ("b", "Radius (m)"), ("b", "Duration (days)"), ("b", "Rate (GBP/day)")],
            ["1", "Transition piece upending, TP 1-6", 385.0, 24.0, 18, None],
            ["2", "Secondary steel modules", 42.5, 38.0, 12, None],
            ["3", "Assist crane (tailing)", 120.0, 16.0, 18, None],
            ["4", "Mobilisation / demobilisation incl. ballast transport", None, None, None, None]]
    xlsx = C.make_xlsx([("BoQ", rows), ("Notes", [["Prices excl. VAT, operator and fuel included"], ["Night shifts 22:00-06:00 as separate rate"],
                                                 ["Submission via procurement@teesoffshorefab.co.uk by 27/11/2026"]])],
                       title="TVOF-RFQ-2611 Bill of Quantities", creator="Gareth Hughes", created="2026-11-09T15:10:00Z", zip_dt=(2026, 11, 9, 16, 10, 0))
    pdfb = K.letter(rng, dt=dt, org="Tees Valley Offshore Fabrication Ltd", org_lines=["Dock Road, Port Clarence", "Middlesbrough TS2 1RY", "procurement@teesoffshorefab.co.uk"],
                    color=(0.0, 0.25, 0.45), recipient=["Example Cranes UK Ltd", "Attn. Katrin Lehmann / Rachel Thompson", "Unit 7, Riverside Park Road", "Middlesbrough TS2 1QW"],
                    place_date="09/11/2026", title="Request for Quotation TVOF-RFQ-2611 - Crane package TP upending, Q1 2027",
                    paras=["Under the 2027 framework agreement we invite you to quote for the crane package described in the attached bill of quantities.",
                           "Site: TVOF Yard 2, quay 4 (ground bearing capacity 20 t/m², crane mats by TVOF). Start: 18/01/2027.",
                           "Please include lift plans for items 1 and 3 (BS 7121), operator certifications and your method statement.",
                           "Clarifications by 18/11/2026, submission by 27/11/2026 12:00 to procurement@teesoffshorefab.co.uk."],
                    footer=["Tees Valley Offshore Fabrication Ltd · Registered in England No. 07718342"], producer="Microsoft® Word for Microsoft 365",
                    author="Gareth Hughes")
    text = ("Hi Katrin, hi Rachel,\n\n"
            "as announced last week, attached the RFQ for the TP upending package in Q1 (our ref. TVOF-RFQ-2611) with the BoQ as Excel and our method statement template. "
            "Drawings of the quay and the TP weights are on the usual Egnyte share you already have access to.\n\n"
            "Happy to walk you through it on site - just let me know a date.\n\n"
            "Kind regards\nGareth\n\nGareth Hughes\nSenior Buyer – Marine & Lifting\nTees Valley Offshore Fabrication Ltd\nT: +44 1642 515 772\n")
    docx = C.make_docx([("h", "TVOF-RFQ-2611 - Method statement template (crane contractor)"),
                        "1. Scope of work and lift categories (BS 7121-1, routine / complex)",
                        "2. Crane configuration, counterweight, mat layout and ground bearing pressure",
                        "3. Appointed person, crane supervisor, operator and slinger-signaller (CPCS/NPORS cards)",
                        "4. Lift sequence TP upending incl. tailing crane and wind limits (max. 9.8 m/s at hook height)",
                        "5. Emergency arrangements and exclusion zones",
                        ("i", "Please complete and return with your quotation.")],
                       title="Method statement template", creator="Gareth Hughes", created="2026-11-09T14:55:00Z", zip_dt=(2026, 11, 9, 15, 55, 0))
    atts = [B.ol_attach(pdfb, "application/pdf", "TVOF-RFQ-2611 Request for Quotation.pdf", dt),
            B.ol_attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "TVOF-RFQ-2611 Method Statement template.docx", dt),
            B.ol_attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "TVOF-RFQ-2611 BoQ.xlsx", dt)]
    body = B.outlook(rng, "en", text, cs="iso-8859-1", attachments=atts)
    raw, info = T.compose(rng, profile="m365", t=t, frm=TVOF_GH, to=[S["sales"], S["uk_om"]],
                          subject="TVOF-RFQ-2611 - crane package TP upending Q1 2027", body=body, date_zone="london",
                          opts=dict(domain="teesoffshorefab.co.uk", lang="en-GB"))
    return Result(raw, info, "Genuine request for quotation from the customer Tees Valley Offshore Fabrication under the framework agreement: PDF RFQ, Excel bill of quantities and a Word method-statement template.",
                  "Known customer tenant (DKIM/DMARC pass), expected (announced), standard document formats, references existing framework and shares.",
                  phones=["+44 1642 515 772"],
                  pair=[("14-en-aldermoor-rfq-iso.eml", "Request for quotation / tender",
                         "Genuine: known customer, PDF + XLSX, announced. Attack: unknown company on a fresh domain, ISO 'secured disc image' with LNK + DLL.")])


@msg("business", "15-en-schwerlast-journal-newsletter.eml")
def b15(rng):
    t = "2026-11-26 07:30:14"
    items = [("Record lift at Rotterdam: 3,000 t converter topside set by ring crane",
              "https://schwerlast-journal.us21.list-manage.com/track/click?u=7f3a9c0e2b41d85a6c1e04f9b&id=3c81e2a7f0&e=5b2d8f1c07"),
             ("EU weights & dimensions directive: what the new rules mean for abnormal loads",
              "https://schwerlast-journal.us21.list-manage.com/track/click?u=7f3a9c0e2b41d85a6c1e04f9b&id=9a0d4c6e18&e=5b2d8f1c07"),
             ("Operator shortage: how crane hire firms are training the next generation",
              "https://schwerlast-journal.us21.list-manage.com/track/click?u=7f3a9c0e2b41d85a6c1e04f9b&id=e27b51f3c9&e=5b2d8f1c07"),
             ("Events: bauma CONEXPO INDIA, ESTA Awards 2027 call for entries",
              "https://schwerlast-journal.us21.list-manage.com/track/click?u=7f3a9c0e2b41d85a6c1e04f9b&id=41f6a8d2b5&e=5b2d8f1c07")]
    rows = "".join('<tr><td style="padding:12px 24px;border-bottom:1px solid #e4e4e4;font-size:16px;"><a href="%s" style="color:#1d3557;text-decoration:none;font-weight:bold;">%s</a></td></tr>' % (u, B.esc(h)) for h, u in items)
    html = """<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Schwerlast-Journal International - November 2026</title></head>
<body style="margin:0;background:#f1f1f1;"><center>
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;">
<tr><td style="background:#1d3557;color:#ffffff;padding:20px 24px;font-size:24px;">Schwerlast-Journal <span style="font-size:14px;">International edition</span></td></tr>
<tr><td style="padding:16px 24px;font-size:14px;color:#444;">November 2026 &middot; News for crane, heavy-lift and abnormal-load professionals</td></tr>
%s
<tr><td style="padding:18px 24px;font-size:12px;color:#777;line-height:18px;">You are receiving this newsletter because you subscribed at schwerlast-journal.de.<br>
<a href="https://schwerlast-journal.us21.list-manage.com/profile?u=7f3a9c0e2b41d85a6c1e04f9b&id=b40e7c2a93&e=5b2d8f1c07" style="color:#777;">Update preferences</a> &middot;
<a href="https://schwerlast-journal.us21.list-manage.com/unsubscribe?u=7f3a9c0e2b41d85a6c1e04f9b&id=b40e7c2a93&e=5b2d8f1c07&c=3c81e2a7f0" style="color:#777;">Unsubscribe</a><br>
Schwerlast-Journal, Verlag Hebetechnik Medien GmbH, Am Kaiserhafen 3, 47119 Duisburg, Germany</td></tr>
</table>
<img src="https://schwerlast-journal.us21.list-manage.com/track/open.php?u=7f3a9c0e2b41d85a6c1e04f9b&id=3c81e2a7f0&e=5b2d8f1c07" height="1" width="1" alt="">
</center></body></html>
""" % rows
    body = M.multi("alternative", [M.text(B.html_to_text(html), "utf-8", "quoted-printable", "plain", style="plain"),
                                   M.text(html, "utf-8", "quoted-printable", "html", style="plain")],
                   "_----------=_MCPart_%d" % rng.randrange(10 ** 8, 10 ** 9), style="plain")
    raw, info = T.compose(rng, profile="mailchimp", t=t, frm=("Schwerlast-Journal", "newsletter@schwerlast-journal.de"), to=[S["lift"]],
                          reply_to=("Schwerlast-Journal", "redaktion@schwerlast-journal.de"),
                          subject="Record lift in Rotterdam | New EU weights & dimensions rules | November 2026", body=body,
                          date_zone="gmt", opts=dict(domain="schwerlast-journal.de", lm_sub="schwerlast-journal", list_name="Schwerlast-Journal International"))
    return Result(raw, info, "Trade newsletter (Mailchimp) the lift-planning engineer subscribed to.",
                  "Mailchimp infrastructure with DKIM for the publisher's domain and mcsv.net, List-Unsubscribe and one-click headers, tracking links of list-manage.com, no requests of any kind.")


@msg("business", "16-en-ceo-thank-you-vouchers.eml")
def b16(rng):
    t = "2026-12-01 19:12:40"
    text = ("Hi Rachel,\n\n"
            "could you please organise thank-you vouchers for the Hartlepool night-shift crew? They did a great job on the "
            "module lift last week. 12 people, GBP 50 each - the usual One4all cards, paid with the procurement card. Please "
            "book it to cost centre 4120 and copy David on the invoice.\n\n"
            "No rush, handing them out on Friday at the toolbox talk is fine. Katrin has the list of names.\n\n"
            "Thanks!\nThomas\n\nGet Outlook for iOS")
    body = B.outlook(rng, "en", text, cs="us-ascii", exchange=True, font="Aptos")
    raw, info = T.compose(rng, profile="exchange_internal", t=t, frm=S["ceo"], to=[S["uk_om"]], cc=[S["uk_acc"], S["sales"]],
                          subject="Vouchers for the Hartlepool night crew", body=body,
                          opts=dict(exch="EXCH02", lang="en-US", client_ip="10.20.200.14",
                                    xheaders=[("x-ms-exchange-organization-originalclientipaddress", "80.187.104.22")]))
    return Result(raw, info, "Genuine request from the CEO (Outlook for iOS via Exchange) to the UK office manager to buy thank-you vouchers for a crew.",
                  "Internal Exchange route and DKIM, copies the accountant and sales, normal procurement card and cost centre, no secrecy, no codes to be sent back.",
                  pair=[("16-en-ceo-gift-cards-gmail.eml", "CEO asks an assistant to buy vouchers/gift cards",
                         "Genuine: internal mail, cc finance, procurement card + cost centre, cards handed to the crew. Attack: Gmail impostor, secrecy, scratch the codes and send photos.")])
