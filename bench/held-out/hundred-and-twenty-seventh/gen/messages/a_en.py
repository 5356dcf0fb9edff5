"""Attack messages, English (09-16)."""
from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, gmail_body, gmail_quote, tb_body)
from lib import systems as S, world as W, ident as I, docs, office, mime
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, rb64url, ALNUM


# ---------------------------------------------------------------------------------------------
@message("attack", "09-en-callback-paypal-invoice-abuse")
def a09(m):
    r = m.r
    t = at(2026, 10, 20, 13, 4, 26, zone="UK")
    inv = "INV2-7XQK-4M2P-8RDT-9H3C"
    link = "https://www.paypal.com/invoice/p/#%s" % inv.replace("-", "")
    phone = "+44 20 7946 0321"
    note = ("Your Microsoft 365 Business Premium annual renewal (24 licences) has been processed and will be charged "
            "to your account within 24 hours. If you did not authorise this transaction, call our billing desk "
            "immediately on %s (Mon-Sat 8am-10pm) to cancel and receive a full refund. Ref: MS-REN-7732-0198." % phone)
    text = ("Microsoft Billing Support sent you an invoice\n\n£479.99 GBP\nDue on receipt\n\n"
            "Invoice details\nAmount requested: £479.99 GBP\nNote from seller:\n%s\n\n"
            "Invoice number: %s\n\nView and Pay Invoice: %s\n\n"
            "Don't recognise this invoice? Report this invoice: https://www.paypal.com/invoice/p/report/%s\n\n"
            "Before paying, make sure you recognise this invoice. If you don't, report it. Learn more about common "
            "security threats and how to spot them. For example, PayPal would never use an invoice or a money "
            "request to ask you for your account credentials.\n\n"
            "Help & Contact | Security | Apps\n\n"
            "PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.\n\n"
            "Copyright © 1999-2026 PayPal. All rights reserved.\nPayPal (Europe) S.à r.l. et Cie, S.C.A. Société en "
            "Commandite par Actions Registered Office: 22-24 Boulevard Royal, L-2449, Luxembourg RCS Luxembourg B 118 349\n"
            "PPC000628:%s\n" % (note, inv, link, inv.replace("-", ""), rhex(r, 13)))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
           '<body style="margin:0;background:#f5f7fa;font-family:PayPalOpen-Regular,Helvetica Neue,Arial,sans-serif">'
           '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:24px 32px">'
           '<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" '
           'width="36" alt="PayPal"></td></tr><tr><td style="padding:0 32px;font-size:28px;line-height:34px;color:#000">'
           '<b>Microsoft Billing Support sent you an invoice</b></td></tr><tr><td style="padding:16px 32px;font-size:36px">'
           '£479.99 GBP<div style="font-size:15px;color:#545d68">Due on receipt</div></td></tr>'
           '<tr><td style="padding:0 32px"><a href="%s" style="display:inline-block;background:#000;color:#fff;border-radius:24px;'
           'padding:12px 32px;font-size:16px;text-decoration:none;font-weight:bold">View and Pay Invoice</a></td></tr>'
           '<tr><td style="padding:24px 32px;font-size:15px;color:#000"><b>Note from seller</b><br>%s<br><br>'
           '<b>Invoice number</b><br>%s</td></tr><tr><td style="padding:0 32px 24px;font-size:13px;color:#545d68">'
           'Don\'t recognise this invoice? <a href="https://www.paypal.com/invoice/p/report/%s" style="color:#0070e0">Report this invoice</a>'
           '<br><br>Before paying, make sure you recognise this invoice. If you don\'t, report it. PayPal would never use an '
           'invoice or a money request to ask you for your account credentials.</td></tr>'
           '<tr><td style="padding:24px 32px;background:#f5f7fa;font-size:11px;color:#545d68">'
           '<a href="https://www.paypal.com/uk/smarthelp/home" style="color:#545d68">Help &amp; Contact</a> | '
           '<a href="https://www.paypal.com/uk/security" style="color:#545d68">Security</a><br><br>'
           'Copyright © 1999-2026 PayPal. All rights reserved.<br>PayPal (Europe) S.à r.l. et Cie, S.C.A. Registered Office: '
           '22-24 Boulevard Royal, L-2449, Luxembourg RCS Luxembourg B 118 349</td></tr></table></body></html>'
           % (link, html_escape(note), inv, inv.replace("-", "")))
    root = m.multi("alternative", [m.text(text, "UTF-8", "quoted-printable"), m.html(htm, "UTF-8", "quoted-printable")],
                   style="generic")
    ctx = m.ctx(t, ("PayPal", "service@paypal.co.uk"), [W.st("oliver")],
                "Invoice from Microsoft Billing Support (#%s)" % inv, root, zone="UK")
    ctx.msgid = "<%s.%s@paypal.com>" % (rstr(r, 8, ALNUM), rhex(r, 20))
    ctx.env_from = "service@paypal.co.uk"
    mua = [("Date", ctx.date(zone="US-P")), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Message-ID", ctx.msgid),
           ("Subject", ctx.subj()), ("MIME-Version", "1.0"), ("__MIME__", None),
           ("X-Email-Type-Id", "PPC000628"), ("X-XPT-XSL-Name", "nd_invoicing_invoice_received_xo.xsl"),
           ("PP-Correlation-Id", rhex(r, 13)), ("X-PP-REQUESTED-TIME", str(ctx.ts() * 1000 - 2210)),
           ("X-PP-Email-transmission-Id", ruuid(r))]
    res = S.platform(ctx, "mx0.slc.paypal.com", "173.0.84.226", mua,
                     [("paypal.co.uk", "pp-dkim1", "Date:Content-Type:From:Mime-Version:To:Subject:Message-ID", "opendkim")],
                     inner=["from paypal.com (gs3sy.slc.paypal.com [10.10.41.17])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id {QID}\n\tfor <%s>; {DATE}" % W.st("oliver")[1]],
                     zone="US-P", dmarc=("pass", "reject"))
    m.facts(url=[link])
    m.phone(phone)
    m.describe("Callback phishing through PayPal's real invoicing: a merchant account named 'Microsoft Billing "
               "Support' sends a £479.99 'renewal' invoice whose seller note urges the victim to phone a 'billing desk'.",
               "Genuine PayPal infrastructure (DKIM/SPF/DMARC pass, real links), so technical checks and link "
               "reputation are clean; the attack is the phone number in the seller note (callback → remote-access "
               "tool or card theft); Microsoft does not bill through PayPal invoices.",
               pair="B13 (genuine harbour-dues invoice with a queries phone number)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "10-en-device-code-compromised-survey-partner")
def a10(m):
    r = m.r
    t = at(2026, 10, 29, 10, 12, 44, zone="UK")
    m.ms_ids("gbrp123")
    code = "K7QH2RXPM"
    earlier = ("Hi Dan,\n\nthanks for the preliminary sounding plots. Could you please send the final processed data "
               "set (0.5 m grid, XYZ + CARIS project) and the QC report by Friday? Wessex Ports want the after-dredge "
               "volumes next week.\n\nBest regards\nNiklas Möller\nHydrographic Surveyor / Project Engineer\n"
               "Example Group Wasserbau GmbH")
    q = outlook_quote("en", "Niklas Möller <niklas.moeller@example.com>", "Tuesday, October 27, 2026 4:48 PM",
                      "Daniel Price <daniel.price@harwoodmarine.co.uk>",
                      "Southampton approach channel – post-dredge MBES survey data (Oct 2026)", earlier)
    text = ("Hi Niklas,\n\n"
            "As discussed, the final processed data set (XYZ 0.5 m grid, CARIS project and the QC report) is ready. "
            "Because of the size (38 GB) we now deliver through Microsoft's secure file share for clients.\n\n"
            "To access it, go to https://microsoft.com/devicelogin and enter the one-time access code: %s\n\n"
            "The code is only valid for 15 minutes, so please do it straight away when you get this. Sign in with "
            "your normal work account and the folder will appear under 'Shared with me'.\n\n"
            "Let me know once you've got it and I'll send the invoice over.\n\n"
            "Cheers,\nDan\n\nDaniel Price\nSurvey Operations Manager\nHarwood Marine Surveys Ltd\n"
            "Unit 12, Holes Bay Park, Poole BH15 2AA\nT: +44 1202 960 412 | M: +44 7700 900 318\n" % code)
    root = outlook_body(m, text, "utf-8", "EN-GB", quote=q)
    ctx = m.ctx(t, W.HARWOOD["people"]["price"][:2], [W.st("niklas")],
                "RE: Southampton approach channel – post-dredge MBES survey data (Oct 2026)", root, zone="UK",
                subj_enc="B")
    ctx.in_reply_to = "<%s@EXCH01.corp.example.com>" % rhex(r, 32)
    ctx.references = ctx.in_reply_to
    res = S.m365(ctx, "harwoodmarine.co.uk", region="gbrp123", eop="GBR01-LO4-obe", ids=m.ms, accept="en-GB, en-US",
                 depth=1, dmarc=("pass", "none"), lang_code="en")
    m.facts(url=["https://microsoft.com/devicelogin"])
    m.phone("+44 1202 960 412", "+44 7700 900 318")
    m.describe("Device-code phishing from a compromised partner mailbox: the survey subcontractor 'replies' in a real "
               "data-delivery thread and asks the engineer to enter a code at microsoft.com/devicelogin.",
               "Sent from Harwood's genuine Microsoft 365 tenant (all checks pass) after account takeover; the only "
               "link is Microsoft's real device-login page — entering the code grants the attacker tokens for the "
               "victim's account (Storm-2372 style); 15-minute urgency matches the device-code lifetime; no file is "
               "actually shared.",
               pair="B12 (Harwood's genuine SharePoint share of the same data)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "11-en-oauth-consent-lookalike-port-authority")
def a11(m):
    r = m.r
    t = at(2026, 11, 10, 9, 31, 5, zone="UK")
    m.ms_ids("gbrp265")
    cid = ruuid(r)
    state = rb64url(r, 24)
    link = ("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code"
            "&redirect_uri=https%%3A%%2F%%2Fwpa-docs-portal.com%%2Foauth%%2Fcallback&response_mode=query"
            "&scope=offline_access%%20openid%%20User.Read%%20Mail.ReadWrite%%20Mail.Send%%20Files.ReadWrite.All"
            "&state=%s&prompt=consent" % (cid, state))
    text = ("Dear James,\n\n"
            "Thank you for attending last week's market engagement session. Following the questions raised by bidders, "
            "we have published the clarification log and the revised bill of quantities for the Maintenance Dredging "
            "Framework 2027-2030 (Lots 1 and 2) in our tender workspace.\n\n"
            "Please review the documents and confirm your intention to bid by Friday 13 November, 12:00.\n\n"
            "Open tender workspace: WPA-MD-2027 Tender Pack (SharePoint)\n%s\n\n"
            "You will be asked to sign in with your company Microsoft 365 account and to accept the 'WPA Secure Document "
            "Viewer' app so that the watermarked documents can be displayed.\n\n"
            "Kind regards,\n\nHelen Carter\nSenior Procurement Officer\nWessex Ports Authority\n"
            "Ocean Gate, Atlantic Way, Southampton SO14 3QN\nTel: +44 23 8049 6450\n" % link)
    htm_extra = ('<p class="MsoNormal"><a href="%s"><b>Open tender workspace: WPA-MD-2027 Tender Pack</b></a>'
                 '<o:p></o:p></p>' % html_escape(link))
    root = outlook_body(m, text, "utf-8", "EN-GB", sig_html=htm_extra)
    ctx = m.ctx(t, ("Helen Carter", "helen.carter@wessex-ports.co.uk"), [("James Whitfield", "james.whitfield@examplegroup.eu")],
                "Maintenance Dredging Framework 2027-2030 – clarification log and revised BoQ (action required)", root,
                zone="UK")
    res = S.m365(ctx, "wessex-ports.co.uk", region="gbrp265", eop="GBR01-CWX-obe", ids=m.ms, accept="en-GB, en-US",
                 dmarc=("pass", "none"), lang_code="en")
    m.facts(url=[link])
    m.phone("+44 23 8049 6450")
    m.describe("OAuth consent phishing from a look-alike of the customer port authority: a 'tender workspace' link that "
               "is a real Microsoft login URL asking the user to consent to a malicious multi-tenant app with "
               "Mail.ReadWrite, Mail.Send and Files.ReadWrite.All (offline_access).",
               "wessex-ports.co.uk (hyphen) imitates wessexports.co.uk and is hosted on a new Microsoft 365 tenant "
               "(checks pass); the link is on login.microsoftonline.com so URL reputation is clean, but redirect_uri "
               "points to wpa-docs-portal.com and prompt=consent requests mailbox takeover scopes. Real tenders from "
               "Wessex come through Mimecast from wessexports.co.uk.",
               pair="B09 (genuine Entra admin-consent request), B10 (genuine Wessex tender invitation)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "12-en-fake-tender-calendar-invite-ses")
def a12(m):
    r = m.r
    t = at(2026, 10, 22, 15, 46, 30, zone="UK")
    join = ("https://teams-meetup.eu-join.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context="
            "%%7b%%22Tid%%22%%3a%%22%s%%22%%7d" % (rb64url(r, 36), ruuid(r)))
    org = ("Forth & Tay Ports Procurement", "procurement@forthtayports-tenders.com")
    att = [("Julia Neumann", "julia.neumann@examplegroup.eu")]
    desc = ("Pre-tender clarification meeting – Capital Dredging Works, Rosyth Approach Channel Deepening (FTP/CD/2026/044)\n\n"
            "Estimated contract value: GBP 18.6m. Tender documents will be released to shortlisted contractors after "
            "the meeting.\n\nJoin Microsoft Teams meeting:\n%s\nMeeting ID: 394 118 506 227  Passcode: hR7qPz\n\n"
            "Please join with your corporate Microsoft account so that your attendance can be registered." % join)
    cal = docs.ics("040000008200E00074C5B7101A82E00800000000%s" % rhex(r, 40).upper(), org, att,
                   "20261028T110000", "20261028T120000", "GMT Standard Time",
                   "Pre-tender clarification – Rosyth Approach Channel Deepening (FTP/CD/2026/044)",
                   "Microsoft Teams Meeting", desc, "20261022T144600Z", tz_block=docs.UK_TZ,
                   prodid="Microsoft Exchange Server 2010", url=join)
    text = ("Forth & Tay Ports has invited you to a pre-tender clarification meeting.\n\n%s\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\n"
            "%s\n\nMeeting ID: 394 118 506 227\nPasscode: hR7qPz\n"
            "________________________________________________________________________________\n" % (desc.split("\n\nJoin")[0], join))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Calibri,Arial;font-size:11pt">' +
           "".join("<p>%s</p>" % html_escape(p) for p in desc.split("\n\nJoin")[0].split("\n\n")) +
           '<div style="width:100%%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
           '________________________________________________________________________________</span></div>'
           '<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700">'
           'Microsoft Teams</span> <a href="https://aka.ms/JoinTeamsMeeting?omkt=en-GB">Need help?</a></div>'
           '<div><a href="%s" style="font-size:20px;font-weight:700;color:#5B5FC7">Join the meeting now</a></div>'
           '<div style="margin-top:12px">Meeting ID: 394 118 506 227<br>Passcode: hR7qPz</div></div></body></html>' % html_escape(join))
    alt = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable", style="outlook"),
                                  m.html(htm, "utf-8", "quoted-printable", style="outlook"),
                                  mime.Part("text/calendar", body=cal, charset="utf-8", cte="base64",
                                            params=[("method", "REQUEST")], style="outlook")], style="java")
    ctx = m.ctx(t, org, att, "Invitation: Pre-tender clarification – Rosyth Approach Channel Deepening (FTP/CD/2026/044) "
                "@ Wed 28 Oct 2026 11:00 - 12:00 (GMT)", alt, zone="UK")
    ctx.extra = [("Content-class", "urn:content-classes:calendarmessage")]
    res = S.ses(ctx, "eu-west-1", mail_from_dom="mail.forthtayports-tenders.com")
    m.facts(url=[join, "https://aka.ms/JoinTeamsMeeting?omkt=en-GB"])
    m.describe("Fake tender: a calendar invitation from a non-existent 'Forth & Tay Ports' procurement team for a "
               "GBP 18.6m capital dredging pre-tender meeting; the Teams 'join' link points to a credential-harvesting "
               "look-alike of the Teams sign-in.",
               "Domain forthtayports-tenders.com registered for the campaign and sent via Amazon SES (checks pass); "
               "the ICS auto-places the event in the calendar; join URL is on eu-join.com, not teams.microsoft.com; "
               "insists on corporate Microsoft sign-in; lure tailored to the tendering manager.",
               pair="B10 (genuine Wessex Ports site-visit invitation with a real Teams link)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "13-en-payroll-diversion-outlook-com")
def a13(m):
    r = m.r
    t = at(2026, 11, 16, 8, 5, 51, zone="UK")
    m.ms_ids("eurp194")
    text = ("Hi Monika,\n\n"
            "Hope you're well. I've recently switched banks and would like my November salary to go into my new "
            "account, if it's not too late for this month's run.\n\n"
            "New details:\nAccount name: Oliver Bennett\nBank: Monzo\nSort code: 04-00-04\nAccount number: 38291746\n\n"
            "Could you let me know once it's been updated? I'm writing from my personal email as I'm on site at Fawley "
            "today and can't get into Outlook on my phone.\n\n"
            "Many thanks,\nOliver\n")
    root = m.multi("alternative", [m.text(text, "iso-8859-1", "quoted-printable", style="outlook"),
                                   m.html(finalize_html(outlook_html(text, "EN-GB"), "iso-8859-1"), "iso-8859-1",
                                          "quoted-printable", style="outlook")], style="outlook")
    ctx = m.ctx(t, ("Oliver Bennett", "oliver.bennett.uk@outlook.com"), [W.st("monika")],
                "Change of bank details - November payroll", root, zone="UK")
    res = S.m365(ctx, "outlook.com", region="eurp194", eop="EUR02-AM0-obe",
                 eop_host="mail-am0eur02olkn2081.outbound.protection.outlook.com", ip="40.92.49.81", ids=m.ms,
                 consumer=True, dkim_dom="outlook.com", accept="en-GB, en-US", dmarc=("pass", "none"), lang_code="en")
    m.meta["accounts"].append(("gb", "38291746", "04-00-04"))
    m.describe("Payroll diversion: 'Oliver Bennett' asks HR & payroll from a private Outlook.com address to pay his "
               "November salary into a new Monzo account.",
               "Display name of a real UK colleague on a free-mail address never used before; excuse for not using the "
               "corporate mailbox; timed before the payroll cut-off; app-bank account (sort code 04-00-04) typical of "
               "mule accounts; no request through the HR self-service or a call-back.",
               pair="B11 (genuine colleague mail from a private Gmail address)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "14-en-gift-card-ceo-gmail")
def a14(m):
    r = m.r
    t = at(2026, 12, 4, 11, 37, 2, zone="UK")
    rachel_reply = ("Hi Henrik,\n\nYes, I'm at my desk. What do you need?\n\nRachel\n\nRachel Hughes\nOffice Manager\n"
                    "Example Group Marine Works (UK) Ltd")
    q = gmail_quote("en", "Fri, 4 Dec 2026 at 11:21", "Rachel Hughes <rachel.hughes@example.com>", rachel_reply)
    text = ("Thanks Rachel. I need you to get some Apple gift cards for a client appreciation gesture, 8 x £100. "
            "Can you pick them up at Tesco or Boots over lunch? I'm in a board meeting all afternoon and can't talk.\n\n"
            "Once you have them, scratch the back and send me clear pictures of the codes here. I'll get Katrin to "
            "reimburse you first thing Monday. Please keep it between us for now, it's meant to be a surprise.\n\n"
            "Henrik\n\nSent from my iPhone\n")
    root = gmail_body(m, text, quote=q)
    ctx = m.ctx(t, ("Henrik Brandt", "henrik.brandt.office@gmail.com"), [W.st("rachel")], "Re: Quick favour", root,
                zone="UK")
    ctx.in_reply_to = "<%s@EXCH01.corp.example.com>" % rhex(r, 32)
    ctx.references = "<CA%s@mail.gmail.com> %s" % (rstr(r, 40, ALNUM), ctx.in_reply_to)
    res = S.gmail(ctx)
    m.describe("Gift-card CEO fraud (second message): after the office manager answered 'What do you need?', the fake "
               "CEO asks her to buy 8 × £100 Apple gift cards and send photos of the codes.",
               "CEO's display name on a Gmail address, secrecy and unavailability by phone, reimbursement promise; "
               "Gmail passes all checks — only the sender address and the request reveal it.",
               pair="B03 (genuine CEO request), B11 (colleague from private Gmail)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "15-en-sextortion-bitcoin")
def a15(m):
    r = m.r
    t = at(2026, 11, 27, 3, 14, 9, zone="UK")
    wallet = I.bech32_address(bytes(r.getrandbits(8) for _ in range(20)))
    m.meta["wallets"].append(wallet)
    victim = ("James Whitfield", "james.whitfield@examplegroup.eu")
    text = ("Hello James,\n\n"
            "I have to share bad news with you. Approximately a few months ago I gained access to your devices, which "
            "you use for internet browsing. After that, I started tracking your internet activities.\n\n"
            "Your password from one of the websites you use: Wh1tf1eld!2019\n\n"
            "I infected your device with spyware (a Pegasus-type tool) through a link you opened. It gives me full "
            "access to your camera, microphone, contacts and mail. I have recorded videos of you while you were "
            "visiting certain websites, and I have your contact list, including your colleagues at Example Group.\n\n"
            "I am ready to delete everything in exchange for a payment of 1450 USD in Bitcoin. Send it to this "
            "Bitcoin wallet:\n\n%s\n\n"
            "(If you do not know how to buy Bitcoin, search on Google. It is easy.)\n\n"
            "You have 48 hours from the moment you opened this email. I get a notification when you read it. If I do "
            "not receive the payment, the videos will be sent to all your contacts. Do not reply to this email, it "
            "was sent from your own account and I will not see it. Do not go to the police, I will know.\n\n"
            "Good luck.\n" % wallet)
    root = m.text(text, "us-ascii", "7bit", quoted=False)
    ctx = m.ctx(t, victim, [victim], "Security Alert: your account james.whitfield@examplegroup.eu was compromised. "
                "Change your password!", root, zone="UK")
    ctx.env_from = "contato@imobiliariasolnascente.com.br"
    ctx.msgid = "<%s@imobiliariasolnascente.com.br>" % rhex(r, 24)
    mua = [("Message-ID", ctx.msgid), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Subject", ctx.subj()),
           ("Date", ctx.date(zone="UTC")), ("MIME-Version", "1.0"), ("__MIME__", None),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"), ("X-Priority", "3")]
    res = S.cpanel(ctx, "br-cpl29.hostgator.com.br", "162.241.2.87", mode="smtp",
                   client=("[127.0.0.1]", "45.178.40.12"), spf="softfail", dmarc=("fail", "quarantine"),
                   mua=mua, domain_for_abuse="imobiliariasolnascente.com.br")
    res.dmarc = ("fail", "quarantine", "examplegroup.eu")
    m.describe("Sextortion with a Bitcoin wallet: claims spyware on the victim's devices, quotes an old password and "
               "demands USD 1,450 within 48 hours; From is forged to the victim's own address.",
               "From: spoofs the recipient's own examplegroup.eu address (DMARC fail, SPF softfail for the "
               "envelope domain of a compromised Brazilian real-estate site on shared hosting); mass-mail text, "
               "fake 'read notification', Bitcoin bech32 address.",
               pair=None)
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "16-en-shipping-documents-iso-loader")
def a16(m):
    r = m.r
    t = at(2026, 11, 3, 6, 52, 18, zone="UK")
    inert = ("MZ [placeholder] In the real campaign this file is a .NET loader (e.g. Agent Tesla / Formbook). "
             "Replaced by inert text for this test set.\r\n").encode("ascii")
    iso = office.iso9660([("BL_MEDUQ4512078_INVOICE_PL.EXE", inert)], "BL_DOCS", (2026, 11, 3, 5, 40, 11),
                         preparer="IMGBURN V2.5.8.0 - THE ULTIMATE IMAGE BURNER!", application="IMGBURN V2.5.8.0")
    text = ("Dear Sir/Madam,\n\n"
            "Good day.\n\n"
            "Please find attached the copy of the original Bill of Lading, commercial invoice and packing list for your "
            "shipment of dredge pump spare parts (casing, impeller, wear rings) ex Ningbo, vessel MSC ARIANE V. 644W.\n\n"
            "B/L No.: MEDUQ4512078\nContainer: MSDU 731945-2 (1 x 40'HC)\nETA Hamburg: 09.11.2026\n\n"
            "Kindly check the documents and confirm the consignee details at your earliest so we can release the "
            "telex and arrange customs clearance before arrival. Demurrage will apply from the 4th day after discharge.\n\n"
            "Thanks & Best Regards,\n\nEmre Yıldız\nExport Documentation\nAkdeniz Global Forwarding Ltd. Şti.\n"
            "Tel: +90 232 463 17 40 | Mob: +90 532 418 66 27\n")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
           '<div style="font-family:Tahoma;font-size:10pt">' +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")) +
           '</div></body></html>')
    alt = m.multi("alternative", [m.text(text, "UTF-8", "quoted-printable"), m.html(htm, "UTF-8", "quoted-printable")],
                  style="php")
    root = m.multi("mixed", [alt, m.attach(iso, "application/octet-stream", "BL_MEDUQ4512078_DOCS.iso")], style="php")
    ctx = m.ctx(t, ("Akdeniz Global Forwarding - Documentation", "export@akdenizglobal.com.tr"), [W.st("markus")],
                "Shipping documents - B/L MEDUQ4512078 / Invoice & Packing List - dredge pump spares ex Ningbo", root,
                zone="UK")
    ctx.msgid = "<%s@akdenizglobal.com.tr>" % rstr(r, 40, ALNUM)
    mua = [("Date", ctx.date(zone="GR")), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Subject", ctx.subj()),
           ("Message-ID", ctx.msgid), ("MIME-Version", "1.0"), ("__MIME__", None), ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", S.thread_index(r)), ("Content-Language", "en-us")]
    res = S.cpanel(ctx, "srv-tr44.natrohost.com", "185.86.164.47", mode="smtp", client=("WIN-7K2Q0LBDN3F", "41.216.183.20"),
                   dkim_dom="akdenizglobal.com.tr", mua=mua, dmarc=("pass", "none"), domain_for_abuse="akdenizglobal.com.tr")
    m.phone("+90 232 463 17 40", "+90 532 418 66 27")
    m.describe("Malware loader: 'shipping documents' for a pump-spares container with an ISO image that contains a "
               "single executable named like the B/L, invoice and packing list.",
               "Sent from a compromised Turkish forwarder's mailbox on shared hosting (checks pass) to procurement "
               "that does expect spare-part shipments; ISO container bypasses Mark-of-the-Web; demurrage urgency; "
               "the executable is an inert placeholder in this set.",
               pair="B15 (Partner Logistik's genuine shipping documents)")
    return m.finish(ctx, res)
