"""English business messages 09-16."""
import files
import infra as I
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S


def _paras_html(plain, font="Calibri,sans-serif", size="11pt"):
    return '<div style="font-family:%s;font-size:%s">%s</div>' % (font, size, "".join(
        "<p>%s</p>" % p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
        for p in plain.strip().split("\n\n")))


def b09():
    m = Mail("business", 9, "en", "paypal-receipt-conference-ticket")
    ids = m.ids
    t = T("2026-10-22 09:14:55")
    rc = S("uk_acc")
    rec = [
        I.mx(ids, "mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.226", rc.email, plus(t, 2)),
        I.postfix(ids, "mx0.slc.paypal.com", "slc-a-mtaout-14.slc.paypal.com", None, "10.72.146.183", plus(t, 1), zone="PT"),
    ]
    txn = "7RX%sK%s" % (ids.digits(6), ids.digits(7))
    plain = (
        "Hello, Priya Raman\n\n"
        "You sent a payment of £590.00 GBP to Power Trading Forum Ltd\n"
        "It may take a few moments for this transaction to appear in your account.\n\n"
        "Merchant\nPower Trading Forum Ltd\ntickets@powertradingforum.co.uk\n\n"
        "Instructions to merchant\nTwo delegates: James Whitfield, Priya Raman - Example Group UK Ltd\n\n"
        "Transaction ID\n%s\n\n"
        "Transaction date\n22 October 2026\n\n"
        "Description                                   Unit price   Qty   Amount\n"
        "Power Trading Forum 2027 - early-bird pass    £295.00      2     £590.00\n\n"
        "Total £590.00 GBP\n\n"
        "Payment sent from priya.raman@example.com\nFunding source: Visa Business Debit x-4417\n\n"
        "Help & Contact | Security | Apps\n\n"
        "PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your "
        "full name. Learn to identify phishing\n\n"
        "Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., "
        "22-24 Boulevard Royal, L-2449, Luxembourg.\n\nPayPal RT000238:en_GB(en-GB):1.2.0:%s\n") % (txn, ids.hex(12))
    html = html_doc(
        '<table width="600" align="center" style="font-family:Helvetica Neue,Arial,sans-serif;color:#2c2e2f;font-size:14px">'
        '<tr><td style="padding:20px 0"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>'
        "<tr><td><p>Hello, Priya Raman</p><h2 style=\"font-weight:400\">You sent a payment of £590.00 GBP to Power Trading Forum Ltd</h2>"
        "<p>It may take a few moments for this transaction to appear in your account.</p>"
        "<table width=\"100%%\"><tr><td><b>Merchant</b><br>Power Trading Forum Ltd<br>tickets@powertradingforum.co.uk</td>"
        "<td><b>Instructions to merchant</b><br>Two delegates: James Whitfield, Priya Raman - Example Group UK Ltd</td></tr>"
        "<tr><td><b>Transaction ID</b><br>%s</td><td><b>Transaction date</b><br>22 October 2026</td></tr></table>"
        "<table width=\"100%%\" style=\"border-top:1px solid #ccc;margin-top:12px\"><tr><td>Power Trading Forum 2027 - early-bird pass</td><td>£295.00</td><td>2</td><td align=\"right\">£590.00</td></tr>"
        "<tr><td colspan=\"3\"><b>Total</b></td><td align=\"right\"><b>£590.00 GBP</b></td></tr></table>"
        "<p>Payment sent from priya.raman@example.com<br>Funding source: Visa Business Debit x-4417</p>"
        '<p style="font-size:11px;color:#666">PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>'
        "Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449, Luxembourg.</p></td></tr></table>" % txn, "en")
    body = alt(text(plain, "plain", "UTF-8", "quoted-printable"), html_text(html, "UTF-8", "quoted-printable"),
               "----=_Part_%d_%d.%d" % (ids.r.randrange(10 ** 6), ids.r.randrange(10 ** 9), 1792000000000 + ids.r.randrange(10 ** 8)))
    hs = [
        ("Date", rdate(t, "PT")),
        ("From", '"service@paypal.co.uk" <service@paypal.co.uk>'),
        ("To", "Priya Raman <%s>" % rc.email),
        ("Message-ID", "<%s.%s@mx0.slc.paypal.com>" % (ids.hex(13), ids.hex(10))),
        ("Subject", "Receipt for your payment to Power Trading Forum Ltd"),
        ("MIME-Version", "1.0"),
        ("X-Email-Type-Id", "RT000238"),
        ("X-PP-Email-transmission-Id", ids.uuid()),
        ("PP-Correlation-Id", ids.hex(13)),
        ("X-XPT-XSL-Name", "email_pimp/default/en_GB/transaction/receipt/sender_receipt.xsl"),
    ]
    return m.finish("<service@paypal.co.uk>", rec, hs, body,
        "Genuine PayPal receipt: the UK finance manager paid two early-bird conference passes (£590) to a trade-event organiser",
        "PayPal's real infrastructure and template, addressed by full name, transaction she made herself, no phone number, no call to action. Hard negative of the PayPal-invoice callback scam (attack 09).")


def b10():
    m = Mail("business", 10, "en", "uk-md-client-gifts-intern")
    ids = m.ids
    t = T("2026-11-18 15:31:07")
    rc, md = S("uk_acc"), S("uk_mgr")
    rec = I.internal_chain(ids, rc.email, t, mbx="EXG-MBX02.corp.example.com", mbx_ip="10.20.1.12")
    plain = (
        "Hi Priya,\n\n"
        "Could you raise a PO for this year's client Christmas hampers? 24 hampers from Yorkshire Hamper "
        "Company, £87.50 each plus delivery, £2,212.00 in total - quote attached. Cost centre UK-410 "
        "(Client Relations). I've approved the requisition in Coupa this afternoon; please route it through "
        "procurement as usual so Frank's team can add the supplier if it isn't set up yet.\n\n"
        "The delivery list is in the UK Sales channel in Teams. Latest order date for delivery before "
        "18 December is 4 December.\n\n"
        "Thanks,\nJames\n\n"
        "James Whitfield\nManaging Director | Example Group UK Ltd\n71 Queen Victoria Street, London EC4V 4AY\n")
    pdfb = files.pdf([
        "# QUOTATION Q-26-1182",
        "Yorkshire Hamper Company Ltd - Business Gifts",
        "Date: 16 November 2026     Valid until: 4 December 2026",
        "",
        "Customer: Example Group UK Ltd, 71 Queen Victoria Street, London EC4V 4AY",
        "Contact: James Whitfield",
        "",
        "## Item                                   Qty    Unit        Total",
        "The Dales Christmas Hamper (no alcohol)    24    GBP 87.50   GBP 2,100.00",
        "Delivery to 24 UK addresses               24    GBP 4.67    GBP 112.00",
        "## Total (VAT included where applicable)                    GBP 2,212.00",
        "",
        "Payment terms: 30 days from invoice, BACS. Purchase order required.",
    ], title="Quotation Q-26-1182", author="Yorkshire Hamper Company", creator="Sage 50 Accounts",
        producer="Sage 50 Accounts", created="20261116112000+00'00'")
    html = html_doc(_paras_html(plain), "EN-GB")
    topic = "Client Christmas hampers - PO please"
    body = multipart("mixed", [
        alt(text(plain, "plain", "iso-8859-1", "quoted-printable"), html_text(html, "iso-8859-1", "quoted-printable"),
            "_000_%s_" % ids.hex(40)),
        attach(pdfb, "application/pdf", "Quote_Q-26-1182_Yorkshire_Hamper.pdf", size=True),
    ], "_004_%s_" % ids.hex(40))
    hs = [
        ("From", "\"Whitfield, James\" <%s>" % md.email),
        ("To", "\"Raman, Priya\" <%s>" % rc.email),
        ("CC", "\"Deubel, Frank\" <%s>" % S("proc").email),
        ("Subject", topic),
    ] + I.onprem_hdrs(ids, t, topic, lang="en-GB", attach=True, client_ip="10.40.2.118", zone="GB",
                      mbx="EXG-MBX02.corp.example.com")
    return m.finish("<%s>" % md.email, rec, hs, body,
        "UK managing director (internal) asks finance to raise a purchase order for 24 client Christmas hampers, quote attached",
        "Internal Exchange mail via mail-int01; ordinary purchase through Coupa/procurement with cost centre, supplier quote and procurement in copy; no gift cards, no secrecy, no codes by email. Hard negative of the gift-card scam (attack 10).")


def _ics_fold(line):
    out = []
    b = line.encode("utf-8")
    while len(b) > 75:
        cut = 75
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode())
        b = b" " + b[cut:]
    out.append(b.decode())
    return "\r\n".join(out)


def b11():
    m = Mail("business", 11, "en", "teams-meeting-invite-customer")
    ids = m.ids
    t = T("2026-11-24 09:06:21")
    rc = S("uk_mgr")
    dom = "harbourside-coldstore.co.uk"
    server = "CWLP265MB%d" % ids.r.randrange(1000, 4999)
    region = "gbrp265"
    out = I.exo_out("GBR01", ids)
    rec = I.exo(ids, server, region, t, out[0], out[1], rc.email)
    mid_num = "%s %s %s %s" % (ids.digits(3), ids.digits(3), ids.digits(3), ids.digits(3))
    pcode = ids.alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
    join = "https://teams.microsoft.com/meet/%s?p=%s" % (mid_num.replace(" ", ""), ids.alnum(16))
    plain = (
        "Hi James,\n\n"
        "As discussed, let's go through the renewal of our supply contract for 2027 - volumes for the new "
        "blast-freezer hall and the option for a fixed/flex split. Our finance director Sarah Bennett will "
        "join.\n\n"
        "Best regards\nGareth\n\n"
        "________________________________________________________________________________\n"
        "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>\n"
        "Join the meeting now<%s>\n"
        "Meeting ID: %s\nPasscode: %s\n"
        "________________________________\n"
        "For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-GB>\n"
        "________________________________________________________________________________\n") % (
        join, mid_num, pcode, ids.uuid(), ids.uuid(), ids.alnum(44))
    html = html_doc(
        '<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt"><p>Hi James,</p><p>As discussed, let\'s go through the renewal of our supply '
        "contract for 2027 - volumes for the new blast-freezer hall and the option for a fixed/flex split. Our finance director Sarah Bennett will join.</p>"
        "<p>Best regards<br>Gareth</p>"
        '<div style="margin-top:24px;margin-bottom:24px"><hr style="border-top:1px solid #ccc">'
        '<div style="font-size:24px;font-weight:700;color:#242424">Microsoft Teams <a href="https://aka.ms/JoinTeamsMeeting?omkt=en-GB" style="font-size:14px">Need help?</a></div>'
        '<div style="margin:6px 0"><a href="%s" style="font-size:20px;font-weight:700;color:#5b5fc7">Join the meeting now</a></div>'
        '<div style="font-size:14px;color:#424242">Meeting ID: %s<br>Passcode: %s</div><hr style="border-top:1px solid #ccc"></div></div>'
        % (join, mid_num, pcode), "EN-GB")
    uid = "040000008200E00074C5B7101A82E00800000000" + ids.hex(64, True)[:72]
    ics_lines = [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE", "BEGIN:VEVENT",
        "ORGANIZER;CN=Gareth Hughes:mailto:gareth.hughes@" + dom,
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=James Whitfield:mailto:" + rc.email,
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sarah Bennett:mailto:sarah.bennett@" + dom,
        "DESCRIPTION;LANGUAGE=en-GB:Hi James\\,\\n\\nAs discussed\\, let's go through the renewal of our supply contract for 2027.\\n\\nJoin the meeting now <%s>\\nMeeting ID: %s\\nPasscode: %s\\n" % (join, mid_num, pcode),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-GB:Contract renewal 2027 - Harbourside / Example Group",
        "DTSTART;TZID=GMT Standard Time:20261203T100000",
        "DTEND;TZID=GMT Standard Time:20261203T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + t.strftime("%Y%m%dT%H%M%SZ"), "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + join,
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR", "",
    ]
    ics = "\r\n".join(_ics_fold(l) for l in ics_lines)
    cal = text(ics, "calendar", "utf-8", "base64", extra=[("method", "REQUEST", False)])
    body = multipart("alternative", [
        text(plain, "plain", "utf-8", "base64"),
        html_text(html, "utf-8", "base64"),
        cal,
    ], ids.b_outlook(server, 0))
    topic = "Contract renewal 2027 - Harbourside / Example Group"
    hs = [
        ("From", "Gareth Hughes <gareth.hughes@%s>" % dom),
        ("To", "James Whitfield <%s>" % rc.email),
        ("CC", "Sarah Bennett <sarah.bennett@%s>" % dom),
        ("Subject", topic),
    ] + I.exo_hdrs(ids, server, region, t, topic) + [
        ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + ids.alnum(40)),
    ]
    return m.finish("<gareth.hughes@%s>" % dom, rec, hs, body,
        "Genuine Microsoft Teams meeting invitation (text/plain + HTML + text/calendar REQUEST) from the UK customer Harbourside Cold Storage about the 2027 contract renewal",
        "From the customer's own Microsoft 365 tenant, standard Teams invitation block with teams.microsoft.com join link, meeting ID and passcode, iCalendar REQUEST with organizer/attendees; nothing to type into a device-login page. Hard negative of device-code phishing (attack 11).")


def b12():
    m = Mail("business", 12, "en", "remittance-advice-customer-pdf")
    ids = m.ids
    t = T("2026-11-27 14:40:30")
    rc = S("uk_acc")
    dom = "harbourside-coldstore.co.uk"
    server = "CWLP265MB%d" % ids.r.randrange(5000, 7999)
    region = "gbrp265"
    out = I.exo_out("GBR01", ids)
    rec = I.exo(ids, server, region, t, out[0], out[1], rc.email)
    plain = (
        "Good afternoon,\n\n"
        "Please find attached our remittance advice for the BACS payment made today (value date "
        "30/11/2026) covering your invoices INV-UK-2026-0912, INV-UK-2026-0955 and INV-UK-2026-0987.\n\n"
        "Total paid: GBP 48,216.75\n\n"
        "Kind regards\n\n"
        "Lisa Marsh\nAccounts Payable\nHarbourside Cold Storage Ltd\nDock Road, Felixstowe IP11 3QW | 01394 671 200\n")
    pdfb = files.pdf([
        "# REMITTANCE ADVICE",
        "Harbourside Cold Storage Ltd - Accounts Payable",
        "Payment date: 27/11/2026   Value date: 30/11/2026   Method: BACS   Payment ref: HCS-BACS-26-1127",
        "",
        "Payee: Example Group UK Ltd (supplier no. 20044)",
        "",
        "## Invoice              Date          Amount",
        "INV-UK-2026-0912       30/09/2026    GBP 16,904.12",
        "INV-UK-2026-0955       15/10/2026    GBP 14,377.90",
        "INV-UK-2026-0987       31/10/2026    GBP 16,934.73",
        "## Total                              GBP 48,216.75",
        "",
        "Queries: accounts.payable@harbourside-coldstore.co.uk / 01394 671 200",
    ], title="Remittance Advice HCS-BACS-26-1127", author="Harbourside AP", creator="Sage 200",
        producer="Sage 200 Standard", created="20261127143500+00'00'")
    html = html_doc(_paras_html(plain, "Aptos,Calibri,sans-serif"), "EN-GB")
    body = multipart("mixed", [
        alt(text(plain, "plain", "us-ascii", "quoted-printable"), html_text(html, "us-ascii", "quoted-printable"),
            ids.b_outlook(server, 0)),
        attach(pdfb, "application/pdf", "Remittance_HCS-BACS-26-1127.pdf", size=True),
    ], ids.b_outlook(server, 4))
    topic = "Remittance advice - HCS-BACS-26-1127"
    hs = [
        ("From", "Accounts Payable <accounts.payable@%s>" % dom),
        ("To", "Priya Raman <%s>" % rc.email),
        ("Subject", topic),
    ] + I.exo_hdrs(ids, server, region, t, topic, attach=True)
    return m.finish("<accounts.payable@%s>" % dom, rec, hs, body,
        "Genuine remittance advice from the UK customer Harbourside Cold Storage: BACS payment of £48,216.75 for three named invoices, PDF attached",
        "Known customer, own Microsoft 365 tenant, invoice numbers that exist in Example Group UK's ledger, plain text-only PDF, no link or login. Hard negative of the SVG 'remittance' attack 12.")


def b13():
    m = Mail("business", 13, "en", "github-password-reset")
    ids = m.ids
    t = T("2026-10-30 13:22:48")
    rc = S("ithead")
    n = ids.r.choice([20, 21, 22, 25, 26])
    host = "out-%d.smtp.github.com" % n
    ip = "192.30.252.%d" % (183 + n)
    rec = [
        I.mx(ids, host, host, ip, rc.email, plus(t, 2)),
        I.postfix(ids, "smtp.github.com", "github.com", "hubbernetes-node-%s.ash1-iad.github.net" % ids.hex(6), "10.56.%d.%d" % (ids.r.randrange(100, 200), ids.r.randrange(2, 250)), plus(t, 1), zone="PT", product="Postfix"),
    ]
    token = ids.alnum(60)
    link = "https://github.com/password_reset/%s" % token
    plain = (
        "We heard that you lost your GitHub password. Sorry about that!\n\n"
        "But don't worry! You can use the following button to reset your password:\n\n%s\n\n"
        "If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: "
        "https://github.com/password_reset\n\nThanks,\nThe GitHub Team\n") % link
    html = html_doc(
        '<div style="font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;max-width:544px;margin:0 auto">'
        '<p style="text-align:center"><img src="https://github.githubassets.com/assets/logo-email.png" width="32" height="32" alt="GitHub"></p>'
        '<h2 style="text-align:center;font-weight:300">Reset your GitHub password</h2>'
        '<div style="border:1px solid #d0d7de;border-radius:6px;padding:24px">'
        "<p>We heard that you lost your GitHub password. Sorry about that!</p>"
        "<p>But don’t worry! You can use the following button to reset your password:</p>"
        '<p style="text-align:center"><a href="%s" style="background:#1f883d;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none">Reset your password</a></p>'
        '<p>If you don’t use this link within 3 hours, it will expire. <a href="https://github.com/password_reset">Click here to get a new password reset link</a>.</p>'
        "<p>Thanks,<br>The GitHub Team</p></div>"
        '<p style="text-align:center;font-size:12px;color:#57606a">You’re receiving this email because a password reset was requested for your account.<br>'
        "GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107</p></div>" % link, "en")
    body = alt(text(plain, "plain", "UTF-8", "7bit"), html_text(html, "UTF-8", "quoted-printable"),
               "--==_mimepart_%s_%d" % (ids.hex(12), ids.r.randrange(1000, 99999)))
    hs = [
        ("Date", rdate(t, "PT")),
        ("From", "GitHub <noreply@github.com>"),
        ("To", rc.email),
        ("Message-ID", "<%s_%s%s@lowworker-%s-%s.ash1-iad.github.net.mail>" % (
            ids.hex(12), ids.r.randrange(10, 99), ids.hex(4), ids.hex(10), ids.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))),
        ("Subject", "[GitHub] Please reset your password"),
        ("Mime-Version", "1.0"),
        ("X-GitHub-Recipient-Address", rc.email),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return m.finish("<noreply@github.com>", rec, hs, body,
        "Genuine GitHub password-reset mail requested by the Head of IT",
        "Sent from GitHub's own outbound hosts (out-N.smtp.github.com, 192.30.252.0/22), standard template, link to github.com/password_reset with a token, 3-hour expiry; triggered by the user himself.")


def b14():
    m = Mail("business", 14, "en", "microsoft-account-security-code")
    ids = m.ids
    t = T("2026-10-27 07:51:09")
    rc = S("itsec")
    server = "CH3PR13MB%d" % ids.r.randrange(1000, 9999)
    region = "namprd13"
    out = I.exo_out("NAM11", ids)
    rec = I.exo(ids, server, region, t, out[0], out[1], rc.email)
    code = "%06d" % ids.r.randrange(10 ** 6)
    masked = "to*****@example.com"
    plain = (
        "Microsoft account\n\nSecurity code\n\n"
        "Please use the following security code for the Microsoft account %s.\n\n"
        "Security code: %s\n\n"
        "If you don't recognize the Microsoft account %s, you can click "
        "https://account.live.com/dp?ft=-%s to remove your email address from that account.\n\n"
        "Thanks,\nThe Microsoft account team\n") % (masked, code, masked, ids.alnum(90))
    html = html_doc(
        '<table dir="ltr"><tr><td style="font-family:Segoe UI Semibold,Segoe UI Bold,Segoe UI,Helvetica Neue Medium,Arial,sans-serif;font-size:17px;color:#707070">Microsoft account</td></tr>'
        '<tr><td style="font-family:Segoe UI Light,Segoe UI,Helvetica Neue Medium,Arial,sans-serif;font-size:41px;color:#2672ec">Security code</td></tr>'
        '<tr><td style="padding-top:25px;font-family:Segoe UI,Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Please use the following security code for the Microsoft account '
        '<a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:%s">%s</a>.</td></tr>'
        '<tr><td style="padding-top:25px;font-family:Segoe UI,Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Security code: <span style="font-weight:bold">%s</span></td></tr>'
        '<tr><td style="padding-top:25px;font-family:Segoe UI,Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">If you don\'t recognize the Microsoft account %s, you can '
        '<a href="https://account.live.com/dp?ft=-%s" style="color:#2672ec">click here</a> to remove your email address from that account.</td></tr>'
        '<tr><td style="padding-top:25px;font-family:Segoe UI,Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">Thanks,</td></tr>'
        '<tr><td style="font-family:Segoe UI,Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a">The Microsoft account team</td></tr></table>'
        % (masked, masked, code, masked, ids.alnum(90)), "en")
    body = alt(text(plain, "plain", "utf-8", "quoted-printable"), html_text(html, "utf-8", "quoted-printable"),
               "=-%s" % ids.b64(18))
    mid = ids.mid_exo(server, region)
    hs = [
        ("From", "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>"),
        ("To", rc.email),
        ("Subject", "Microsoft account security code"),
        ("Date", rdate(t, "UTC")),
        ("Message-ID", mid),
        ("MIME-Version", "1.0"),
        ("X-MSAPipeline", "MessageDispatcher"),
        ("X-MSAMetaData", ids.alnum(40)),
        ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
        ("X-MS-Exchange-CrossTenant-id", "72f988bf-86f1-41af-91ab-2d7cd011db47"),
    ]
    return m.finish("<account-security-noreply@accountprotection.microsoft.com>", rec, hs, body,
        "Genuine Microsoft account security code for the mail admin's Microsoft account (sign-in verification he started)",
        "Microsoft's own sender and Exchange Online outbound, Microsoft's tenant ID, masked account name, a one-time code and a link to account.live.com only; no QR code, no deadline, no request to 're-register MFA'. Hard negative of the M365 quishing attack 04.")


def b15():
    m = Mail("business", 15, "en", "google-new-signin-alert")
    ids = m.ids
    t = T("2026-11-03 08:29:44")
    rc = S("sales")
    rec, extra = I.gmail(ids, t, rc.email, sor=True)
    alert = "https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D127%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0" % (
        rc.email.replace("@", "%40"), int(t.timestamp() * 1000), ids.alnum(20))
    plain = (
        "[image: Google]\nA new sign-in on Windows\n\n\n%s\nWe noticed a new sign-in to your Google Account on a "
        "Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your "
        "account.\nCheck activity\n<%s>\nYou can also see security activity at\nhttps://myaccount.google.com/notifications\n"
        "You received this email to let you know about important changes to your Google Account and services.\n"
        "© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n") % (rc.email, alert)
    html = html_doc(
        '<table width="100%%" style="font-family:Google Sans,Roboto,RobotoDraft,Helvetica,Arial,sans-serif"><tr><td align="center">'
        '<table width="516" style="border:thin solid #dadce0;border-radius:8px;padding:40px 20px"><tr><td align="center">'
        '<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google">'
        '<div style="font-size:24px;padding-top:32px">A new sign-in on Windows</div>'
        '<div style="font-size:14px;padding-top:8px">%s</div></td></tr>'
        '<tr><td style="font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;padding-top:20px;text-align:center">'
        "We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don’t need to do anything. If not, we’ll help you secure your account."
        '<div style="padding-top:32px"><a href="%s" style="background:#4184f3;color:#fff;padding:10px 24px;border-radius:5px;text-decoration:none">Check activity</a></div></td></tr>'
        '<tr><td style="padding-top:20px;font-size:12px;color:rgba(0,0,0,0.54);text-align:center">You can also see security activity at<br>'
        '<a style="color:rgba(0,0,0,0.87)">https://myaccount.google.com/notifications</a></td></tr></table>'
        '<div style="font-size:11px;color:rgba(0,0,0,0.54);padding-top:12px">You received this email to let you know about important changes to your Google Account and services.<br>'
        "© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div></td></tr></table>" % (rc.email, alert), "en")
    body = alt(text(plain, "plain", "UTF-8", "base64", extra=[("format", "flowed", False), ("delsp", "yes", False)]),
               html_text(html, "UTF-8", "quoted-printable"), ids.b_gmail())
    hs = extra + [
        ("MIME-Version", "1.0"),
        ("Date", rdate(t, "UTC", day="pad0").replace("+0000", "GMT")),
        ("X-Account-Notification-Type", "127"),
        ("Feedback-ID", "P-10-0:C20060867:M110136315-en:gamma"),
        ("X-Notifications", ids.hex(16)),
        ("X-Notifications-Bounce-Info", ids.alnum(60)),
        ("Message-ID", "<%s@google.com>" % ids.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")),
        ("Subject", "Security alert"),
        ("From", "Google <no-reply@accounts.google.com>"),
        ("To", rc.email),
    ]
    return m.finish("<3%s@gaia.bounces.google.com>" % ids.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"), rec, hs, body,
        "Genuine Google 'Security alert – new sign-in on Windows' for the sales employee's Google account (used for Google Ads)",
        "Google's own sender domain, mail-sor hosts and headers (X-Account-Notification-Type, Feedback-ID, gaia bounce address), informational only; links go to accounts.google.com / myaccount.google.com.")


def b16():
    m = Mail("business", 16, "en", "newsletter-energy-markets-weekly-sendgrid")
    ids = m.ids
    t = T("2026-12-11 07:00:04")
    rc = S("trading")
    dom = "energymarketsweekly.co.uk"
    rec, mid, extra = I.sendgrid(ids, t, rc.email, "o1.em.%s" % dom)
    clk = lambda: "https://url9912.%s/ls/click?upn=u001.%s" % (dom, ids.alnum(80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
    unsub = "https://url9912.%s/asm/unsubscribe/?user_id=3310442&data=%s" % (dom, ids.alnum(80))
    items = [
        ("GB power: day-ahead averages £84/MWh as wind drops",
         "Low wind output in the second half of the week pushed N2EX day-ahead baseload to its highest level since February, with evening peaks above £160/MWh."),
        ("NBP gas: storage withdrawals accelerate",
         "European storage fell below 82% as cold weather arrived; the January contract closed the week 6% higher."),
        ("REGO market: CfD-era certificates in demand",
         "Prices for 2026/27 REGOs held at around £6.40 as suppliers finalise fuel-mix disclosures; brokers report thin liquidity before Christmas."),
    ]
    plain = "Energy Markets Weekly - 11 December 2026\n\n" + "\n\n".join(
        "%s\n%s\nRead more: %s" % (h, b, clk()) for h, b in items) + (
        "\n\nYou are receiving this because you subscribed to Energy Markets Weekly with %s.\n"
        "Unsubscribe: %s\nEnergy Markets Weekly, 10 Bloomsbury Way, London WC1A 2SL\n" % (rc.email, unsub))
    html = html_doc(
        '<table width="600" align="center" style="font-family:Arial,sans-serif;color:#1a1a1a"><tr><td style="background:#0a2540;color:#fff;padding:14px;font-size:20px">'
        'Energy Markets Weekly <span style="font-size:12px">11 December 2026</span></td></tr>'
        + "".join('<tr><td style="padding:12px 0;border-bottom:1px solid #eee"><b>%s</b><br>%s <a href="%s">Read more</a></td></tr>' % (h, b, clk()) for h, b in items)
        + '<tr><td style="font-size:11px;color:#777;padding-top:14px">You are receiving this because you subscribed with %s. <a href="%s">Unsubscribe</a><br>'
          "Energy Markets Weekly, 10 Bloomsbury Way, London WC1A 2SL</td></tr></table>" % (rc.email, unsub), "en")
    body = alt(text(plain, "plain", "utf-8", "quoted-printable"), html_text(html, "utf-8", "quoted-printable"), ids.hex(60)[:60])
    hs = [
        ("Date", rdate(t, "UTC", day="pad0")),
        ("From", "Energy Markets Weekly <briefing@%s>" % dom),
        ("Mime-Version", "1.0"),
        ("Message-ID", mid),
        ("Subject", "GB power jumps as wind drops | NBP storage | REGO prices"),
        ("Reply-To", "editor@" + dom),
        ("List-Unsubscribe", "<%s>,\n <mailto:unsubscribe@%s?subject=unsubscribe>" % (unsub, dom)),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ] + extra + [("To", rc.email)]
    return m.finish("<bounces+3310442-%s-%s=example.com@em.%s>" % (ids.hex(4), rc.email.split("@")[0].replace(".", "."), dom), rec, hs, body,
        "Subscribed wholesale-market newsletter 'Energy Markets Weekly' via SendGrid (branded link domain, List-Unsubscribe)",
        "Opt-in newsletter from a consistent sender domain with its own SendGrid sub-domains for links and bounces, RFC 8058 one-click unsubscribe, purely informational.")


ALL = [b09, b10, b11, b12, b13, b14, b15, b16]
