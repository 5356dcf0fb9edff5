"""Business messages, English (09-16)."""
from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, gmail_body, gmail_quote, tb_body, tb_quote)
from lib import systems as S, world as W, ident as I, docs, office, mime
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, rb64url, ALNUM


# ---------------------------------------------------------------------------------------------
@message("business", "09-en-microsoft-entra-admin-consent-request")
def b09(m):
    r = m.r
    t = at(2026, 11, 4, 9, 12, 37, zone="DE")
    m.ms_ids("namprd04")
    link = "https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AccessRequests"
    text = ("Admin consent request\n\n"
            "Niklas Möller (niklas.moeller@example.com) has requested access to an application that requires admin "
            "approval.\n\n"
            "App name: Esri ArcGIS for Microsoft 365\nPublisher: Esri (verified)\n"
            "Requested permissions: Sign in and read user profile; Read all users' basic profiles; "
            "Have full access to the user's files\n"
            "Justification: \"Need ArcGIS maps of the survey areas in SharePoint for the Köhlbrand project.\"\n\n"
            "Review the request in the Microsoft Entra admin center:\n%s\n\n"
            "You are receiving this email because you are a reviewer for admin consent requests in Example Group.\n\n"
            "Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839\n"
            "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n" % link)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body style="margin:0;padding:0;background:#f2f2f2"><table width="640" align="center" cellpadding="0" '
           'cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;color:#323130">'
           '<tr><td style="padding:28px 36px 8px;font-size:15px;color:#737373">Microsoft Entra</td></tr>'
           '<tr><td style="padding:0 36px;font-size:26px;font-weight:600">Admin consent request</td></tr>'
           '<tr><td style="padding:16px 36px;font-size:14px;line-height:20px"><b>Niklas Möller</b> (niklas.moeller@example.com) '
           'has requested access to an application that requires admin approval.<br><br>'
           '<b>App name:</b> Esri ArcGIS for Microsoft 365<br><b>Publisher:</b> Esri (verified)<br>'
           '<b>Requested permissions:</b> Sign in and read user profile; Read all users\' basic profiles; Have full access '
           'to the user\'s files<br><b>Justification:</b> "Need ArcGIS maps of the survey areas in SharePoint for the '
           'Köhlbrand project."</td></tr><tr><td style="padding:8px 36px 24px"><a href="%s" style="background:#0078d4;'
           'color:#fff;padding:10px 20px;text-decoration:none;font-size:14px">Review request</a></td></tr>'
           '<tr><td style="padding:16px 36px;font-size:12px;color:#605e5c;background:#faf9f8">You are receiving this email '
           'because you are a reviewer for admin consent requests in Example Group.<br><a href="https://go.microsoft.com/fwlink/?LinkId=521839" '
           'style="color:#605e5c">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>'
           '</table></body></html>' % link)
    root = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable", style="outlook"),
                                   m.html(htm, "utf-8", "quoted-printable", style="outlook")], style="outlook")
    ctx = m.ctx(t, ("Microsoft Azure", "azure-noreply@microsoft.com"), [W.st("jens")],
                "Review admin consent request for Esri ArcGIS for Microsoft 365", root, zone="DE")
    res = S.m365(ctx, "microsoft.com", region="namprd04", eop="NAM11-CO1-obe",
                 eop_host="mail-co1nam11on2092.outbound.protection.outlook.com", ip="40.107.220.92", ids=m.ms,
                 dkim_sel="s2048", accept="en-US", dmarc=("pass", "reject"), lang_code="en")
    m.facts(url=[link, "https://go.microsoft.com/fwlink/?LinkId=521839"])
    m.describe("Genuine Microsoft Entra notification to the Head of IT: a colleague requests admin consent for a "
               "verified publisher's app.",
               "Genuine: microsoft.com via Microsoft's own EOP (DKIM/DMARC pass), links only to entra.microsoft.com "
               "and go.microsoft.com, initiated by a named colleague for a known project; the admin reviews in the "
               "portal rather than consenting from a mail link.",
               pair="A11 (OAuth consent phishing), A05 (fake voicemail sign-in)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "10-en-wessex-ports-site-visit-invite")
def b10(m):
    r = m.r
    t = at(2026, 10, 15, 14, 20, 3, zone="UK")
    m.onprem_ids("WPA-EXCH02.wessexports.local")
    h = W.WESSEX["people"]["carter"]
    join = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s"
            "%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (rb64url(r, 36), ruuid(r), ruuid(r)))
    att = [("James Whitfield", "james.whitfield@examplegroup.eu"), ("Julia Neumann", "julia.neumann@examplegroup.eu")]
    desc = ("Dear bidders,\n\nAs announced in the Invitation to Tender (WPA/PROC/2026/117), a pre-tender site visit for the "
            "Maintenance Dredging Framework 2027-2030 will take place on Tuesday 27 October. We will meet at Ocean Gate "
            "reception at 09:30 and then take the harbour master's launch to Berths 101-104 and the Western Docks "
            "approach. Please bring PPE (hard hat, life jacket provided) and send the names of max. two attendees to "
            "tenders@wessexports.co.uk by 22 October.\n\nRemote participants can follow the briefing part via Teams.\n\n"
            "Kind regards\nHelen Carter")
    cal = docs.ics("040000008200E00074C5B7101A82E00800000000%s" % rhex(r, 40).upper(), h[:2], att,
                   "20261027T093000", "20261027T123000", "GMT Standard Time",
                   "WPA/PROC/2026/117 Pre-tender site visit - Maintenance Dredging Framework 2027-2030",
                   "Ocean Gate reception, Atlantic Way, Southampton SO14 3QN / Microsoft Teams", desc,
                   "20261015T132000Z", tz_block=docs.UK_TZ, prodid="Microsoft Exchange Server 2019")
    text = desc + ("\n\n________________________________________________________________________________\n"
                   "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the "
                   "meeting<%s>\nMeeting ID: 371 902 664 115\nPasscode: Yb3sKq\nDownload Teams<https://www.microsoft.com/"
                   "en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/"
                   "join-a-meeting>\n________________________________________________________________________________\n" % join)
    htm = finalize_html(outlook_html(desc, "EN-GB", sig_html=(
        '<div style="width:100%%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
        '________________________________________________________________________________</span></div>'
        '<div class="me-email-text" lang="en-GB" style="color:#242424;font-family:\'Segoe UI\'">'
        '<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700">'
        'Microsoft Teams</span> <a href="https://aka.ms/JoinTeamsMeeting?omkt=en-GB">Need help?</a></div>'
        '<div style="margin-bottom:6px"><a class="me-email-headline" style="font-size:20px;font-weight:700;color:#5B5FC7" '
        'href="%s">Join the meeting now</a></div><div>Meeting ID: 371 902 664 115</div><div>Passcode: Yb3sKq</div></div>' % join)),
        "utf-8")
    alt = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable", style="outlook"),
                                  m.html(htm, "utf-8", "quoted-printable", style="outlook"),
                                  mime.Part("text/calendar", body=cal, charset="utf-8", cte="base64",
                                            params=[("method", "REQUEST")], style="outlook")], style="exchange")
    ctx = m.ctx(t, h[:2], att, "WPA/PROC/2026/117 Pre-tender site visit - Maintenance Dredging Framework 2027-2030",
                alt, zone="UK")
    ctx.msgid = m.ms[1]
    ctx.extra = [("Content-class", "urn:content-classes:calendarmessage")]
    res = S.mimecast(ctx, accept="en-GB, en-US")
    m.facts(url=[join, "https://aka.ms/JoinTeamsMeeting?omkt=en-GB",
                 "https://www.microsoft.com/en-gb/microsoft-teams/download-app",
                 "https://www.microsoft.com/microsoft-teams/join-a-meeting"])
    m.describe("Genuine customer meeting invitation (ICS) from Wessex Ports Authority's procurement officer for the "
               "pre-tender site visit of a maintenance-dredging framework, with a real Teams link.",
               "Genuine: real domain via Exchange + Mimecast (DKIM/DMARC pass), references the published ITT number, "
               "physical site visit logistics, Teams link on teams.microsoft.com; no request to sign in elsewhere.",
               pair="A12 (fake tender calendar invite), A11 (OAuth consent from look-alike Wessex domain)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "11-en-colleague-private-gmail-petty-cash")
def b11(m):
    r = m.r
    t = at(2026, 11, 30, 17, 58, 40, zone="UK")
    dt = (2026, 11, 30, 17, 50, 12)
    xl = office.xlsx([("Nov 2026", [
        [("b", "Petty cash - Southampton office - November 2026")], [],
        [("b", "Date"), ("b", "Description"), ("b", "Receipt no."), ("b", "Out (GBP)"), ("b", "Balance")],
        ["01/11/2026", "Opening balance", "", "", ("m", 250.00)],
        ["04/11/2026", "Milk, coffee, tea (Tesco)", "R-1101", ("m", 18.45), ("m", 231.55)],
        ["11/11/2026", "Postage - signed for, tender docs to WPA", "R-1102", ("m", 9.90), ("m", 221.65)],
        ["17/11/2026", "Taxi Ocean Village - Fawley (site visit)", "R-1103", ("m", 36.00), ("m", 185.65)],
        ["24/11/2026", "Keys cut, site container", "R-1104", ("m", 14.00), ("m", 171.65)],
        ["27/11/2026", "First aid kit refills", "R-1105", ("m", 22.80), ("m", 148.85)],
        [("b", "Closing balance"), "", "", ("bm", 101.15), ("bm", 148.85)]])],
        dt, "Petty cash Nov 2026", "Rachel Hughes", "", widths=[12, 40, 12, 12, 12])
    text = ("Hi Oliver,\n\n"
            "Sorry, sending this from my personal account - my laptop is still with Jens' team for the re-image and "
            "the loan laptop won't let me attach files from OneDrive. Here's the November petty cash sheet; the "
            "receipts are in the brown envelope in your tray.\n\n"
            "No need to reply to this address, I'll pick it up on Outlook tomorrow.\n\n"
            "Thanks!\nRachel\n")
    root = gmail_body(m, text, attachments=[m.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                     "Petty cash Southampton 2026-11.xlsx", style="gmail",
                                                     cid="f_%s0" % rstr(r, 8, "abcdefghijklmnopqrstuvwxyz0123456789"))])
    ctx = m.ctx(t, ("Rachel Hughes", "rachel.hughes82@gmail.com"), [W.st("oliver")],
                "Petty cash sheet November (from my personal email)", root, zone="UK")
    res = S.gmail(ctx)
    m.describe("Office manager sends the monthly petty-cash spreadsheet from her private Gmail because her laptop is "
               "being re-imaged.",
               "Genuine: plausible, verifiable context (IT ticket, physical receipts), low-value routine document, "
               "no payment or credential request, tells the recipient not to continue on the private address.",
               pair="A13 (payroll diversion from private Outlook.com), A14 (gift cards from Gmail)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "12-en-harwood-sharepoint-share-survey-data")
def b12(m):
    r = m.r
    t = at(2026, 11, 2, 16, 40, 12, zone="UK")
    m.ms_ids("gbrp123")
    link = "https://harwoodmarine.sharepoint.com/:f:/s/ClientDelivery/%s?e=%s" % (rb64url(r, 33), rstr(r, 6, ALNUM))
    note = ("Hi Niklas, here's the post-dredge data set for the Southampton approach channel: 0.5 m grid (XYZ), CARIS "
            "project and the QC report. Link works for you and Julia only. Please ignore the 'device login' e-mail sent "
            "from my account last Thursday - our mailbox was compromised and has been reset. Dan")
    text = ("Daniel Price shared a folder with you\n\n%s\n\nSOTON_Approach_MBES_2026-10\n\nOpen: %s\n\n"
            "This link only works for the direct recipients of this message.\n\n"
            "Microsoft respects your privacy. To learn more, please read our Privacy Statement.\n"
            "https://go.microsoft.com/fwlink/?LinkId=521839\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\n"
            % (note, link))
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<table width="520" cellpadding="0" cellspacing="0" style="font-family:Segoe UI,Arial;color:#242424">'
           '<tr><td style="padding:24px 0 8px;font-size:24px;font-weight:600">Daniel Price shared a folder with you</td></tr>'
           '<tr><td style="padding:8px 0;font-size:14px;border-left:3px solid #0f6cbd;padding-left:12px">%s</td></tr>'
           '<tr><td style="padding:16px 0"><table style="border:1px solid #e0e0e0;width:100%%"><tr><td style="padding:12px;font-size:14px">'
           '&#128193; <b>SOTON_Approach_MBES_2026-10</b></td></tr></table></td></tr>'
           '<tr><td><a href="%s" style="background:#0f6cbd;color:#fff;padding:8px 20px;text-decoration:none;border-radius:4px">Open</a></td></tr>'
           '<tr><td style="padding:20px 0;font-size:12px;color:#616161">This link only works for the direct recipients of this '
           'message.</td></tr><tr><td style="font-size:11px;color:#616161"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" '
           'style="color:#616161">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>'
           '</table></body></html>' % (html_escape(note), link))
    root = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable", style="outlook"),
                                   m.html(htm, "utf-8", "quoted-printable", style="outlook")], style="outlook")
    ctx = m.ctx(t, ("Daniel Price", "no-reply@sharepointonline.com"), [W.st("niklas"), W.st("julia")],
                "Daniel Price shared the folder \"SOTON_Approach_MBES_2026-10\" with you", root, zone="UK")
    ctx.reply_to = "daniel.price@harwoodmarine.co.uk"
    res = S.m365(ctx, "sharepointonline.com", region="gbrp123", eop="GBR01-LO4-obe", ids=m.ms, accept="en-GB",
                 dkim_dom="sharepointonline.com", dmarc=("pass", "reject"), lang_code="en")
    m.facts(url=[link, "https://go.microsoft.com/fwlink/?LinkId=521839"])
    m.describe("Genuine SharePoint Online sharing notification: the survey subcontractor shares the post-dredge "
               "multibeam data folder with the engineer and the tendering manager.",
               "Genuine: Microsoft's sharepointonline.com sender through EOP (DKIM/DMARC pass), link to the partner's own "
               "tenant harwoodmarine.sharepoint.com restricted to named recipients, expected delivery in an ongoing "
               "project; it even warns about the device-code mail sent from the compromised mailbox (A10).",
               pair="A10 (device-code phish from Harwood's compromised mailbox), A18 (compromised-account share)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "13-en-wessex-harbour-dues-invoice")
def b13(m):
    r = m.r
    t = at(2026, 12, 3, 10, 5, 17, zone="UK")
    m.onprem_ids("WPA-EXCH02.wessexports.local")
    bank = W.WESSEX["bank"]
    items = [("Harbour dues - TSHD Elbstrom (IMO 9786412), 14 calls\nNovember 2026, GT 8,420", 14, "calls", 1254.80),
             ("Harbour dues - split hopper barge Schute 7, 22 calls\nNovember 2026, GT 1,310", 22, "calls", 196.50),
             ("Marine licence monitoring recharge (MLA/2026/00318)\nTurbidity monitoring buoy data, November", 1, "month", 1850.00)]
    pdfb, net, vat, gross = docs.invoice_pdf(
        m, "en", dict(name="Wessex Ports Authority", tag=["Statutory Harbour Authority"],
                      lines=["Wessex Ports Authority", "Ocean Gate, Atlantic Way", "Southampton SO14 3QN",
                             "Tel. +44 23 8049 6455", "accounts.receivable@wessexports.co.uk"],
                      short=["Wessex Ports Authority", "Ocean Gate", "Southampton SO14 3QN"]),
        ["Example Group Marine Works (UK) Ltd", "Accounts Payable", "Unit 4, Ocean Way", "Southampton SO14 3JZ"],
        [("Invoice number", "WPA-INV-2611874"), ("Invoice date", "02/12/2026"), ("Customer no.", "C-20417"),
         ("PO reference", "EGUK-PO-2026-0311"), ("Due date", "01/01/2027")],
        items, 20,
        ["Please pay by BACS quoting the invoice number.", "Lloyds Bank plc · Sort code 30-96-34 · Account 18820476",
         "IBAN %s · BIC %s" % (I.iban_fmt(bank[2]), bank[1]),
         "Queries: Accounts Receivable, +44 23 8049 6455 (Mon-Fri 9:00-16:30)"],
        [["Wessex Ports Authority", "Ocean Gate, Atlantic Way", "Southampton SO14 3QN"],
         ["VAT reg. no. GB %s" % I.gb_vat("4418207"), "Statutory harbour authority"],
         ["Bank: Lloyds Bank plc", "Sort code 30-96-34, Acc. 18820476", "IBAN %s" % I.iban_fmt(bank[2])]],
        t, 0, creator="Unit4 ERP 7 Report Engine", producer="Unit4 ERP", color=(0, 60, 110), loc="en", currency="GBP")
    text = ("Dear Sir/Madam,\n\nPlease find attached invoice WPA-INV-2611874 for harbour dues and the marine licence "
            "monitoring recharge for November 2026 (total GBP %s).\n\n"
            "Payment terms are 30 days. Please quote the invoice number on your remittance. If you have any queries "
            "about this invoice, please contact Accounts Receivable on +44 23 8049 6455.\n\n"
            "Please note: Wessex Ports Authority will never change its bank details by email. If you receive such a "
            "request, please call us on the number above.\n\n"
            "Kind regards\n\nAccounts Receivable\nWessex Ports Authority\n" % docs.money(gross, "en"))
    root = outlook_body(m, text, "us-ascii", "EN-GB", style="exchange",
                        attachments=[m.attach(pdfb, "application/pdf", "WPA-INV-2611874.pdf", style="outlook", size=True)],
                        cte_plain="7bit")
    ctx = m.ctx(t, W.WESSEX["people"]["finance"][:2], [W.st("oliver")], "Invoice WPA-INV-2611874 - Example Group Marine "
                "Works (UK) Ltd - November 2026", root, zone="UK")
    ctx.msgid = m.ms[1]
    res = S.mimecast(ctx, accept="en-GB, en-US", has_attach=True)
    m.facts(iban=[bank[2]])
    m.meta["accounts"].append(("gb", "18820476", "30-96-34"))
    m.phone("+44 23 8049 6455")
    m.describe("Genuine customer-side invoice: Wessex Ports Authority bills harbour dues for the dredger and hopper barge "
               "plus a marine-licence monitoring recharge (GBP, 20 % VAT).",
               "Genuine: known authority via Mimecast (DKIM/DMARC pass), PO reference, bank account consistent with "
               "the vendor master, queries phone number is the authority's published AR line, warns against bank "
               "changes by e-mail.",
               pair="A09 (callback phishing invoice via PayPal)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "14-en-newsletter-dredging-ports-review")
def b14(m):
    r = m.r
    t = at(2026, 11, 25, 7, 0, 4, zone="UK")
    ctx_root_placeholder = None
    base = "https://dredgingportsreview.us21.list-manage.com/track/click?u=%s&id=%s&e=%s"
    u = rhex(r, 25)
    e = rhex(r, 10)
    lid = rhex(r, 10)
    cid = rhex(r, 10)
    links = [base % (u, rhex(r, 10), e) for _ in range(5)]
    stories = [
        ("Rotterdam awards Maasvlakte channel maintenance framework", "The Port of Rotterdam has awarded a four-year "
         "maintenance dredging framework covering the Maasgeul and Eurogeul, with an option for two further years."),
        ("New 11,000 m³ TSHD floated out in Ho Chi Minh City", "The trailing suction hopper dredger is the third of a "
         "series with dual-fuel engines and a 1,200 mm suction pipe, due for delivery in Q2 2027."),
        ("Beneficial use of dredged sediment: EU guidance published", "The Commission's guidance clarifies when "
         "maintenance sediments can be used for habitat restoration without waste status."),
        ("Gdańsk: tender for Port Wewnętrzny deepening announced", "The port authority plans to deepen the inner "
         "port channel to 12.5 m; the contract notice is expected in January."),
        ("Safety: lessons learned from a pipeline coupling failure", "An incident investigation highlights the risk of "
         "pressurised floating pipeline couplings during shift changes."),
    ]
    text = "DREDGING & PORTS REVIEW - Weekly briefing, 25 November 2026\n\n"
    htm = ('<!doctype html><html><head><meta charset="UTF-8"><title>Dredging &amp; Ports Review</title></head>'
           '<body style="margin:0;background:#eef1f4"><center><table width="600" cellpadding="0" cellspacing="0" '
           'style="background:#ffffff;font-family:Georgia,serif;color:#1b2631"><tr><td style="background:#0d3b66;'
           'padding:22px;color:#ffffff;font-size:26px">Dredging &amp; Ports Review<div style="font-size:13px;'
           'font-family:Arial">Weekly briefing · 25 November 2026</div></td></tr>')
    for (title, blurb), ln in zip(stories, links):
        text += "%s\n%s\nRead more: %s\n\n" % (title, blurb, ln)
        htm += ('<tr><td style="padding:18px 22px;border-bottom:1px solid #e3e7eb"><a href="%s" style="font-size:19px;'
                'color:#0d3b66;text-decoration:none"><b>%s</b></a><p style="font-family:Arial;font-size:14px;line-height:21px">'
                '%s</p><a href="%s" style="font-family:Arial;font-size:13px;color:#ee6c4d">Read more &rsaquo;</a></td></tr>'
                % (ln, html_escape(title), html_escape(blurb), ln))
    unsub = "https://dredgingportsreview.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s" % (u, lid, e, cid)
    prefs = "https://dredgingportsreview.us21.list-manage.com/profile?u=%s&id=%s&e=%s" % (u, lid, e)
    text += ("You are receiving this because you subscribed at an industry event.\nUpdate your preferences: %s\n"
             "Unsubscribe: %s\n\nDredging & Ports Review, 7 Harbour Row, Portsmouth PO1 3AT, United Kingdom\n" % (prefs, unsub))
    htm += ('<tr><td style="padding:18px 22px;font-family:Arial;font-size:11px;color:#6b7785">You are receiving this '
            'because you subscribed at an industry event.<br><a href="%s" style="color:#6b7785">Update your preferences</a> '
            '| <a href="%s" style="color:#6b7785">Unsubscribe</a><br>Dredging &amp; Ports Review, 7 Harbour Row, Portsmouth '
            'PO1 3AT, United Kingdom<br><img src="https://eep.io/images/yzco4xsimv0y/%s/referral_badge.png" width="90" '
            'alt="Intuit Mailchimp"></td></tr></table></center><img src="https://dredgingportsreview.us21.list-manage.com/track/open.php?u=%s&id=%s&e=%s" '
            'height="1" width="1" alt=""></body></html>' % (prefs, unsub, rhex(r, 20), u, rhex(r, 10), e))
    root = m.multi("alternative", [m.text(text, "utf-8", "quoted-printable"), m.html(htm, "utf-8", "quoted-printable")],
                   style="mc")
    ctx = m.ctx(t, ("Dredging & Ports Review", "news@dredgingportsreview.com"), [("Julia Neumann", "julia.neumann@examplegroup.eu")],
                "Rotterdam framework award, new dual-fuel TSHD, EU sediment guidance", root, zone="UK")
    res = S.mailchimp(ctx, dkim_dom="dredgingportsreview.com",
                      unsub_base="https://dredgingportsreview.us21.list-manage.com", u=u, lid=lid, eid=e, cid=cid)
    m.describe("Trade newsletter sent through Mailchimp with tracked links, unsubscribe and preference links.",
               "Genuine: consistent Mailchimp infrastructure with DKIM for both mcdlv.net and the publisher's domain, "
               "List-Unsubscribe one-click, subscribed recipient, industry content only.",
               pair="A22 (phishing through a compromised Mailchimp account)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "15-en-partner-logistik-shipping-documents")
def b15(m):
    r = m.r
    t = at(2026, 11, 6, 9, 47, 33, zone="PL")
    P = W.PARTNER
    bl = ("BILL OF LADING (copy, non-negotiable)\nB/L No. GDYSOU2611-0457   Booking: PLG-26-118734\n"
          "Shipper: Lieferant GmbH c/o Partner Logistik sp. z o.o., ul. Polska 13, 81-339 Gdynia\n"
          "Consignee: Example Group Marine Works (UK) Ltd, Unit 4, Ocean Way, Southampton SO14 3JZ\n"
          "Notify: same as consignee\nVessel/Voyage: BALTIC MERCHANT 2645W   Port of loading: Gdynia (BCT)\n"
          "Port of discharge: Southampton (DP World)   ETA: 12.11.2026\n"
          "Container: TGHU 884132-0, 20' DV, seal PL 0551873\n"
          "Description: 3 pallets dredge wear parts (cutter teeth SZ-45, adapters AD-45), 1 crate spare pump casing "
          "LR-1100\nGross weight: 4,870 kg   Measurement: 14.2 cbm\nFreight: prepaid\nPlace and date of issue: Gdynia, 05.11.2026")
    pl = ("PACKING LIST\nRef. GDYSOU2611-0457\n\nPallet 1: cutter teeth SZ-45, 60 pcs, 1,020 kg\nPallet 2: cutter teeth "
          "SZ-45, 60 pcs, 1,020 kg\nPallet 3: adapters AD-45, 24 pcs, 930 kg\nCrate 4: pump casing LR-1100 (wooden crate, "
          "ISPM-15), 1,900 kg\n\nTotal: 4 packages, gross 4,870 kg")
    pdf1 = docs.letter_pdf(m, "Partner Logistik", ["Partner Logistik sp. z o.o.", "ul. Polska 13, 81-339 Gdynia",
                                                   "Tel. +48 58 621 77 40", "www.partner-logistik.pl"], [],
                           "Gdynia, 05.11.2026", "Bill of Lading GDYSOU2611-0457 (copy)", bl, [""],
                           [["Partner Logistik sp. z o.o.", "KRS 0000534127, NIP %s" % P["nip"]]], t, 60,
                           creator="CargoWise", producer="CargoWise Document Server", color=(200, 60, 20))
    pdf2 = docs.letter_pdf(m, "Partner Logistik", ["Partner Logistik sp. z o.o.", "ul. Polska 13, 81-339 Gdynia"], [],
                           "Gdynia, 05.11.2026", "Packing list GDYSOU2611-0457", pl, [""], [[""]], t, 60,
                           creator="CargoWise", producer="CargoWise Document Server", color=(200, 60, 20))
    text = ("Dear Rachel,\n\n"
            "please find attached the B/L copy and packing list for the consignment of wear parts and the spare pump "
            "casing for your Southampton site (Lieferant order via our Gdynia hub).\n\n"
            "Vessel BALTIC MERCHANT, ETA Southampton 12.11.2026. Customs clearance will be handled by our UK agent "
            "(Solent Freight Services) as usual; they will contact you for the delivery slot. No action is needed from "
            "your side, the duties are covered under the DAP terms.\n\n"
            "Best regards / Pozdrawiam\n\nTadeusz Zieliński\nPartner Logistik sp. z o.o.\nul. Polska 13, 81-339 Gdynia\n"
            "tel. +48 58 621 77 40 | kom. +48 601 448 213\n")
    from lib.kit import tb_body
    root = tb_body(m, text, "UTF-8", [m.attach(pdf1, "application/pdf", "BL_GDYSOU2611-0457.pdf", style="tb"),
                                      m.attach(pdf2, "application/pdf", "PL_GDYSOU2611-0457.pdf", style="tb")],
                   flowed=True, cte="8bit")
    ctx = m.ctx(t, P["people"]["zielinski"][:2], [W.st("rachel")],
                "Shipping documents GDYSOU2611-0457 - wear parts & pump casing, ETA Southampton 12.11.", root, zone="PL",
                cc=[W.st("markus")])
    ctx.msgid = "<%s@partner-logistik.pl>" % ruuid(r)
    from messages.b_de import tb_mua
    res = S.homepl(ctx, ("[192.168.0.143]", "89-64-97-12.dynamic.chello.pl", "89.64.97.12"), tb_mua(ctx, lang="en-GB"),
                   dkim_dom="partner-logistik.pl")
    m.phone("+48 58 621 77 40", "+48 601 448 213")
    m.describe("Genuine shipping documents (B/L copy and packing list as plain PDFs) from the logistics partner for a "
               "consignment to the Southampton site.",
               "Genuine: known partner via its home.pl mailbox (DKIM/DMARC pass), expected shipment with matching "
               "order details, plain PDFs, no request to confirm anything or pay demurrage.",
               pair="A16 (shipping documents with ISO loader)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "16-en-it-security-warning-all-staff")
def b16(m):
    r = m.r
    t = at(2026, 11, 13, 11, 5, 49, zone="DE")
    m.ex_ids("EXCH01")
    shot = docs.screenshot_png(["*Pflichtaktion: Erneuerung der Multi-Faktor-Authentifizierung",
                                "Benutzerkonto: <your address>   Frist: 04.11.2026, 18:00 Uhr",
                                "1. Open the camera app  2. Scan the QR code below",
                                "[ QR code removed by IT Security ]",
                                "Sender: IT-Service | Example Group <noreply@tischlerei-hansen-kiel.de>"],
                               w=560, header=("Example of the fake MFA PDF (do not scan!)", (196, 43, 28)))
    text = ("Dear colleagues,\n\n"
            "over the last two weeks we have blocked several targeted phishing waves. Please be especially careful with:\n\n"
            "1. PDFs asking you to renew MFA by scanning a QR code (see screenshot). IT will never ask you to scan a QR "
            "code to keep your account active.\n"
            "2. Fake DocuSign envelopes that look like they come from our shipyard Nordwerft Cuxhaven. Real DocuSign "
            "mails come from docusign.net and the link goes to docusign.net. If in doubt, call the sender.\n"
            "3. 'Voicemail' notifications with an .htm attachment. Teams voicemails never arrive as HTML attachments.\n"
            "4. Any mail that changes bank details of a supplier or asks for urgent, confidential payments - always "
            "verify by phone using the number in our vendor master, never the number in the mail.\n\n"
            "If you are unsure, use the 'Report phishing' button in Outlook or forward the mail as an attachment to "
            "it-security@example.com. If you already clicked or entered your password, call the IT hotline "
            "immediately on +49 40 7344 0600-444, which is staffed around the clock.\n\n"
            "Thank you for staying alert!\n\nTobias Schröder\nIT Security & Mail Administration\n"
            "Example Group Wasserbau GmbH | Reiherdamm 38 | 20457 Hamburg\n")
    root = outlook_body(m, text, "utf-8", "EN-GB", style="outlook",
                        inline=[(shot, "image001.png", "image001.png@01DD5A3C.8E1F2B40", 560, 170)])
    ctx = m.ctx(t, W.st("tobias"), [("Example Group - All Staff", "all.staff@example.com")],
                "IT Security warning: fake MFA QR codes, fake DocuSign and voicemail attachments", root, zone="DE")
    ctx.rcpt = "all.staff@example.com"
    res = S.exchange_internal(ctx, server="EXCH01", hub="EXCH02", orig_ip="10.20.4.17", accept="de-DE, en-US", ids=m.ms)
    m.phone("+49 40 7344 0600-444")
    m.describe("Internal IT-security awareness mail to all staff describing the current phishing waves (QR-code MFA PDFs, "
               "fake DocuSign, voicemail attachments, bank-detail changes) with an inline screenshot.",
               "Genuine: internal Exchange route, from the mail administrator to the all-staff list, contains phishing "
               "vocabulary and a screenshot of a lure but only defensive instructions and internal contacts; the QR "
               "code is removed from the screenshot.",
               pair="A05, A06, A07 (the attacks it describes)")
    return m.finish(ctx, res)
