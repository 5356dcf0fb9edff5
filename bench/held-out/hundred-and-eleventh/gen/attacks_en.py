"""English attack messages (09-16)."""
import banking as B
import cryptoaddr
import infra as I
import mime as M
import util as U
from msg import Msg, alt, hdrs_apple, hdrs_gmail, hdrs_outlook365, hdrs_phpmailer


def a09():
    m = Msg("attack", 9, "en", "device-code-phish-lookalike-customer")
    r = m.rng
    m.t = I.at(2026, 11, 11, 9, 26, 31, "UK")
    m.env = env = I.zoho(r, m.t)
    dom = "brightwater-digital.co.uk"
    m.rcpt = "james.whitfield@examplegroup.eu"
    m.mailfrom = "oliver.grant@%s" % dom
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9))
    paras = [
        "Hi James,",
        "",
        "Ahead of Thursday's call I've put our Q1 2027 capacity plan and the redlined renewal terms for the two racks into our secure Microsoft workspace. Our security team restricts it to named guests, so you'll need to authorise your device once:",
        "",
        "1. Go to https://microsoft.com/devicelogin",
        "2. Enter the code: %s" % code,
        "3. Sign in with your Example Group account when prompted",
        "",
        "The code is only valid for 15 minutes, so it's best to do it when you're ready to have a look. If it expires just reply and I'll send a fresh one.",
        "",
        "Main points are the extra 8 kW per rack from March and the shorter notice period - keen to hear your thoughts before we take it to our board.",
        "",
        "Cheers,",
        "Oliver",
        "",
        "Oliver Grant",
        "Managing Director | Brightwater Digital Ltd",
        "Studio 4, 27 Old Street, London EC1V 9HL",
    ]
    text = M.paras_to_text(paras)
    html = ("<div style=\"font-family:Verdana,Arial,Helvetica,sans-serif;font-size:10pt\"><div>"
            + "<br>".join(M.esc(p) if "devicelogin" not in p else "1. Go to <a href=\"https://microsoft.com/devicelogin\" target=\"_blank\">https://microsoft.com/devicelogin</a>" for p in paras)
            + "</div></div><br>")
    m.headers = [("Date", I.rfc2822(m.t, "UK")), ("From", "Oliver Grant <oliver.grant@%s>" % dom),
                 ("To", "\"James Whitfield\" <james.whitfield@examplegroup.eu>"), ("Message-Id", env.msgid),
                 ("In-Reply-To", "<%s@DU2PR04MB8790.eurprd04.prod.outlook.com>" % ("DU2PR04MB8790" + I.rhex(r, 24, True))),
                 ("Subject", "Re: Brightwater - Q1 2027 capacity plan & renewal terms"), ("MIME-Version", "1.0"),
                 ("Importance", "Medium"), ("User-Agent", "Zoho Mail")]
    m.body = alt(text, html, "UTF-8", "7bit", "7bit", env.boundary(0), label="UTF-8")
    m.what = "Device-code phishing: look-alike of customer Brightwater Digital asks the UK manager to enter a code at microsoft.com/devicelogin to 'open a secure workspace'"
    m.why = ("Domain brightwater-digital.co.uk (hyphen) instead of brightwaterdigital.co.uk, sent via Zoho while the real customer uses Microsoft 365; fake reply to an existing thread; "
             "entering an attacker-generated device code at the genuine Microsoft URL hands OAuth tokens for James's account to the attacker (Storm-2372 style), URL scanners see only microsoft.com")
    return m


def a10():
    m = Msg("attack", 10, "en", "callback-toad-paypal-invoice-abuse")
    r = m.rng
    m.t = I.at(2026, 11, 18, 16, 2, 55, "UK")
    inner_host = "ccg01mail%02d.phx.paypal.com" % r.randint(1, 20)
    env = m.env = I.helper_env("mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.%d" % r.choice([225, 226, 227, 228]), "tls13", received=[
        "from %s (unknown [10.17.%d.%d])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id %s\n\tfor <%%RCPT%%>; %s" % (
            inner_host, r.randint(0, 255), r.randint(1, 254), I.postfix_qid(r), I.rfc2822(m.t, "PT", abbr=True))
    ], trace=[("X-Email-Type-Id", "PPC001017"), ("X-PP-REQUESTED-TIME", str(int(m.t.timestamp() * 1000))),
              ("X-PP-Email-transmission-Id", I.ruuid(r)), ("PP-Correlation-Id", I.rhex(r, 13))])
    m.rcpt = "priya.sharma@example.com"
    m.mailfrom = "service@paypal.co.uk"
    inv = "INV2-%s-%s-%s-%s" % (I.rstr(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), I.rstr(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                                I.rstr(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), I.rstr(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
    phone = "+44 20 7946 0178"
    note = ("Your Microsoft 365 Business Premium annual licence (25 seats) has been renewed and will be charged today. "
            "If you did not authorise this renewal, call our billing department on %s (Mon-Sat 8am-8pm) within 24 hours to cancel and receive a full refund." % phone)
    text = M.paras_to_text([
        "Microsoft Billing Support sent you an invoice for £1,489.99 GBP",
        "",
        "Invoice details",
        "Amount requested: £1,489.99 GBP",
        "Invoice number: 0048",
        "Due on receipt",
        "",
        "Note from seller:",
        note,
        "",
        "View and pay invoice: https://www.paypal.com/invoice/p/#%s" % inv,
        "",
        "Don't recognise this invoice? Report this invoice: https://www.paypal.com/invoice/p/#%s/report" % inv,
        "",
        "PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.",
        "Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A. Société en Commandite par Actions.",
    ])
    inner = ("<table width=\"100%%\" style=\"background:#f5f7fa\"><tr><td align=\"center\"><table width=\"600\" style=\"background:#fff;font-family:Helvetica,Arial,sans-serif;color:#2c2e2f;font-size:15px\">"
             "<tr><td style=\"padding:24px 32px\"><img src=\"https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png\" width=\"48\" alt=\"PayPal\"></td></tr>"
             "<tr><td style=\"padding:0 32px\"><h1 style=\"font-size:26px;font-weight:400\">Microsoft Billing Support sent you an invoice for &pound;1,489.99 GBP</h1>"
             "<p><b>Invoice number:</b> 0048<br><b>Due:</b> on receipt</p>"
             "<p style=\"background:#f1f1f1;padding:14px\"><b>Note from seller</b><br>%s</p>"
             "<p><a href=\"https://www.paypal.com/invoice/p/#%s\" style=\"display:inline-block;background:#003087;color:#fff;padding:12px 30px;border-radius:25px;text-decoration:none\">View and Pay Invoice</a></p>"
             "<p style=\"font-size:13px\">Don't recognise this invoice? <a href=\"https://www.paypal.com/invoice/p/#%s/report\">Report this invoice</a></p></td></tr>"
             "<tr><td style=\"padding:24px 32px;font-size:11px;color:#6c7378\">PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.<br>"
             "Copyright &copy; 1999-2026 PayPal, Inc. All rights reserved.</td></tr></table></td></tr></table>") % (M.esc(note), inv, inv)
    html = M.simple_html(inner, "UTF-8", "PayPal")
    bnd = "--NextPart_%s" % I.rhex(r, 20, True)
    m.headers = [
        ("Date", I.rfc2822(m.t, "PT")), ("From", "\"service@paypal.co.uk\" <service@paypal.co.uk>"),
        ("To", "priya.sharma@example.com"), ("Subject", "Invoice from Microsoft Billing Support (0048)"),
        ("Message-ID", "<%s.%s@paypal.com>" % (I.rhex(r, 16), I.rstr(r, 10, "0123456789"))),
        ("MIME-Version", "1.0")]
    m.body = alt(text, html, "UTF-8", "quoted-printable", "quoted-printable", bnd, label="UTF-8")
    m.what = "Callback phishing (TOAD) sent through PayPal's genuine invoicing service: 'Microsoft Billing Support' invoice whose seller note gives a phone number to 'cancel'"
    m.why = ("Attacker-created PayPal merchant invoice, so headers and links are genuinely PayPal's; the payload is the phone number %s in the seller note "
             "(call-back leads to remote-access/refund scams); no business relation, fake Microsoft renewal; compare the genuine Microsoft invoice business/10" % phone)
    return m


def a11():
    m = Msg("attack", 11, "en", "fake-docusign-ses-pages-dev")
    r = m.rng
    m.t = I.at(2026, 11, 24, 14, 40, 2, "UK")
    m.env = env = I.ses(r, m.t)
    m.rcpt = "james.whitfield@examplegroup.eu"
    m.mailfrom = "%s@eu-west-1.amazonses.com" % env.ses_id
    env.msgid = "<%s@email.amazonses.com>" % env.ses_id
    env_id = I.ruuid(r).upper()
    link = "https://esign-brightwater.pages.dev/envelope/?id=%s&u=amFtZXMud2hpdGZpZWxkQGV4YW1wbGVncm91cC5ldQ==" % env_id.replace("-", "")
    text = M.paras_to_text([
        "Oliver Grant sent you a document to review and sign.",
        "",
        "REVIEW DOCUMENT: %s" % link,
        "",
        "Oliver Grant",
        "oliver.grant@brightwaterdigital.co.uk",
        "",
        "Hi James, please review and sign the colocation renewal for 2027 before Friday so we can lock in the current pricing. Thanks, Oliver",
        "",
        "Do Not Share This Email",
        "This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.",
        "",
        "Alternate Signing Method",
        "Visit Docusign.com, click 'Access Documents', and enter the security code: %s1" % env_id.replace("-", "")[:31],
        "",
        "About Docusign",
        "Sign documents electronically in just minutes. It's safe, secure, and legally binding.",
    ])
    inner = ("<table width=\"100%%\" style=\"background:#eaeaea\"><tr><td align=\"center\" style=\"padding:20px\"><table width=\"640\" style=\"background:#fff;font-family:Helvetica,Arial,sans-serif\">"
             "<tr><td style=\"padding:20px 24px\"><span style=\"font-size:22px;font-weight:bold;color:#000\">Docusign</span></td></tr>"
             "<tr><td style=\"background:#1e4ca1;padding:30px;text-align:center;color:#fff\"><p style=\"font-size:16px\">Oliver Grant sent you a document to review and sign.</p>"
             "<a href=\"%s\" style=\"display:inline-block;background:#ffc423;color:#333;font-weight:bold;font-size:15px;padding:12px 26px;text-decoration:none;border-radius:2px\">REVIEW DOCUMENT</a></td></tr>"
             "<tr><td style=\"padding:24px;font-size:15px;color:#333\"><b>Oliver Grant</b><br><span style=\"color:#666\">oliver.grant@brightwaterdigital.co.uk</span>"
             "<p>Hi James, please review and sign the colocation renewal for 2027 before Friday so we can lock in the current pricing. Thanks, Oliver</p></td></tr>"
             "<tr><td style=\"padding:24px;font-size:11px;color:#666;background:#f4f4f4\"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>"
             "<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</td></tr></table></td></tr></table>") % link
    html = M.simple_html(inner, "utf-8", "Docusign")
    m.headers = [("From", "Oliver Grant via Docusign <dse-notification@docusign-envelopes.net>"),
                 ("Reply-To", "Oliver Grant <oliver.grant@brightwaterdigital.co.uk>"),
                 ("To", "James Whitfield <james.whitfield@examplegroup.eu>"),
                 ("Subject", "Complete with Docusign: Brightwater_Colocation_Renewal_2027.pdf"),
                 ("MIME-Version", "1.0"), ("Date", I.rfc2822(m.t, "UTC")), ("Message-ID", env.msgid)]
    m.body = alt(text, html, "UTF-8", "quoted-printable", "quoted-printable", env.boundary(0), label="UTF-8")
    m.what = "Fake DocuSign envelope 'from Oliver Grant' (real customer contact) for a colocation renewal; button leads to a Cloudflare Pages credential-harvesting page"
    m.why = ("Sent via Amazon SES from docusign-envelopes.net, not DocuSign's own infrastructure (docusign.net); link to pages.dev with the victim's address base64-encoded, "
             "not to docusign.net; Reply-To set to the real customer to look plausible; compare the genuine envelope business/11")
    return m


def a12():
    m = Msg("attack", 12, "en", "hmrc-vat-penalty-phish-compromised-wordpress")
    r = m.rng
    m.t = I.at(2026, 10, 21, 10, 14, 8, "UK")
    server = "uk%d.fasthostingcloud.net" % r.randint(10, 99)
    m.env = env = I.exim_cpanel(r, m.t, server, "185.151.%d.%d" % (r.randint(28, 31), r.randint(2, 250)),
                                "tidyhomes-cleaning.co.uk", php=True, zone="UK",
                                cwd="tidyhomes-cleaning.co.uk:/public_html/wp-content/plugins/wp-mail-queue")
    m.rcpt = "priya.sharma@example.com"
    m.mailfrom = "tidyhome@%s" % server
    vat = B.gb_vat("4183926")
    link = "https://tidyhomes-cleaning.co.uk/wp-content/uploads/2024/hmrc/gateway/?ref=VAT-%s" % I.rstr(r, 10, "0123456789")
    paras = [
        "HM Revenue & Customs",
        "",
        "Making Tax Digital for VAT",
        "",
        "Business name: EXAMPLE GROUP UK LTD",
        "VAT registration number: %s" % vat,
        "Period: 07/26 - 09/26",
        "",
        "Dear Customer,",
        "",
        "Our records show that the VAT Return for the period above was submitted but the declared amount could not be matched with the payment received. Under the points-based penalty regime you have received 1 late submission penalty point and a first late payment penalty of £412.66 has been calculated.",
        "",
        "You can review the calculation and request a review before the penalty is finalised on 28 October 2026. After this date interest will be charged at Bank of England base rate plus 4%.",
        "",
        "Sign in to your business tax account: %s" % link,
        "",
        "You will need your Government Gateway user ID and password.",
        "",
        "Yours faithfully",
        "VAT Compliance Team",
        "HM Revenue and Customs",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html(
        "<div style=\"max-width:620px;margin:0 auto;background:#fff;font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c\">"
        "<div style=\"background:#0b0c0c;color:#fff;padding:12px 16px;font-weight:bold;font-size:20px\">&#9813; GOV.UK</div>"
        "<div style=\"border-left:10px solid #1d70b8;padding:8px 16px;margin:16px\">HM Revenue &amp; Customs</div><div style=\"padding:0 16px\">"
        + "".join("<p>%s</p>" % M.esc(p) for p in paras[2:] if p and "Sign in" not in p)
        + "<p><a href=\"%s\" style=\"background:#00703c;color:#fff;padding:10px 16px;text-decoration:none;display:inline-block\">Sign in to review</a></p></div></div>" % link,
        "UTF-8", "HMRC")
    m.headers = hdrs_phpmailer(m.t, "priya.sharma@example.com", "HM Revenue & Customs <no-reply@hmrc-vat-compliance.co.uk>",
                               "VAT: penalty point and late payment penalty - action required by 28 October 2026",
                               "<%s@tidyhomes-cleaning.co.uk>" % I.rstr(r, 43), zone="UK",
                               replyto="no-reply@hmrc-vat-compliance.co.uk")
    m.body = alt(text, html, "utf-8", "8bit", "quoted-printable", env.boundary(0), label="UTF-8")
    m.what = "HMRC 'Making Tax Digital' VAT penalty notice phishing for Government Gateway credentials"
    m.why = ("From hmrc-vat-compliance.co.uk (not gov.uk), sent by a PHP mailer script from a compromised WordPress site on shared cPanel hosting (X-Source-Dir in a plugin folder); "
             "link to the compromised site; HMRC does not send penalty links by e-mail; deadline pressure")
    return m


def a13():
    m = Msg("attack", 13, "en", "svg-remittance-advice-outlookcom")
    r = m.rng
    m.t = I.at(2026, 11, 13, 17, 51, 37, "UK")
    m.env = env = I.eop(r, m.t, "outlook.com", olk=True)
    m.rcpt = "priya.sharma@example.com"
    m.mailfrom = "brightwater.accounts@outlook.com"
    link = "https://remit-view.brightwater-payments.com/ch/?d=cHJpeWEuc2hhcm1hQGV4YW1wbGUuY29t&r=%s" % I.rhex(r, 10)
    svg = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"794\" height=\"560\" viewBox=\"0 0 794 560\">\n"
           "<rect width=\"794\" height=\"560\" fill=\"#ffffff\"/>\n"
           "<text x=\"40\" y=\"60\" font-family=\"Arial\" font-size=\"26\" fill=\"#0a2540\" font-weight=\"bold\">Brightwater Digital Ltd</text>\n"
           "<text x=\"40\" y=\"95\" font-family=\"Arial\" font-size=\"18\" fill=\"#333\">REMITTANCE ADVICE - BACS</text>\n"
           "<text x=\"40\" y=\"140\" font-family=\"Arial\" font-size=\"14\" fill=\"#333\">Payee: Example Group UK Ltd</text>\n"
           "<text x=\"40\" y=\"165\" font-family=\"Arial\" font-size=\"14\" fill=\"#333\">Payment date: 13/11/2026   Amount: GBP 14,880.00</text>\n"
           "<text x=\"40\" y=\"190\" font-family=\"Arial\" font-size=\"14\" fill=\"#333\">Invoices: INV-UK-26-0418, INV-UK-26-0431</text>\n"
           "<rect x=\"40\" y=\"220\" width=\"714\" height=\"180\" fill=\"#f2f4f7\" stroke=\"#d0d5dd\"/>\n"
           "<text x=\"397\" y=\"300\" font-family=\"Arial\" font-size=\"15\" fill=\"#667085\" text-anchor=\"middle\">Preview not available - document protected</text>\n"
           "<a xlink:href=\"%s\" href=\"%s\" target=\"_blank\">\n"
           "<rect x=\"272\" y=\"330\" width=\"250\" height=\"44\" rx=\"4\" fill=\"#0f62fe\"/>\n"
           "<text x=\"397\" y=\"358\" font-family=\"Arial\" font-size=\"15\" fill=\"#ffffff\" text-anchor=\"middle\">View full remittance</text>\n"
           "</a>\n"
           "<text x=\"40\" y=\"450\" font-family=\"Arial\" font-size=\"11\" fill=\"#98a2b3\">Sign in with your work e-mail to verify you are the intended recipient.</text>\n"
           "</svg>\n") % (link, link)
    paras = ["Good afternoon,", "", "Please find attached remittance advice for today's BACS payment.",
             "", "Kind regards", "", "Accounts Payable", "Brightwater Digital Ltd"]
    text = M.paras_to_text(paras)
    html = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir=\"ltr\">\n"
            + "".join("<div style=\"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">%s</div>\n" % (M.esc(p) or "<br>") for p in paras)
            + "</body>\n</html>\n")
    m.headers = hdrs_outlook365(env, m.t, "Brightwater Digital Accounts <brightwater.accounts@outlook.com>",
                                "\"priya.sharma@example.com\" <priya.sharma@example.com>",
                                "Remittance Advice - BACS 13/11/2026 - INV-UK-26-0418", lang="en-GB", rng=r, attach=True)
    m.post_headers = env.ms_post
    b = env.boundary
    m.body = M.multipart("mixed", [
        alt(text, html, "iso-8859-1", "quoted-printable", "quoted-printable", b(1)),
        M.attachment(svg.encode("utf-8"), "image/svg+xml", "Remittance_Advice_BWD_13112026.svg", describe="SVG with embedded hyperlink to credential phishing, no script"),
    ], b(0))
    m.what = "SVG attachment phishing: 'remittance advice' from a customer-named outlook.com account; the SVG renders a fake remittance with a 'View full remittance' link"
    m.why = ("Consumer outlook.com account instead of brightwaterdigital.co.uk, invoice numbers plausible but unverified, SVG used as a document container with an embedded link "
             "to a look-alike host carrying the victim's address (credential harvest); compare genuine remittance business/13")
    return m


def a14():
    m = Msg("attack", 14, "en", "gift-card-manager-impersonation-gmail")
    r = m.rng
    m.t = I.at(2026, 12, 3, 11, 7, 44, "UK")
    m.env = env = I.gmail(r, m.t)
    env.msgid = "<%s@gmail.com>" % I.ruuid(r, upper=True)
    env.boundary = I.b_apple(r)
    m.rcpt = "priya.sharma@example.com"
    m.mailfrom = "jwhitfield.examplegroup@gmail.com"
    text = M.paras_to_text([
        "Hi Priya,",
        "",
        "Are you at your desk? I'm stuck in back-to-back meetings with the Brightwater people and can't take calls.",
        "",
        "I need a favour before 2pm - I promised a few of their engineers a thank-you for the weekend migration. Could you pick up 8 Apple gift cards at £100 each (Tesco on Farringdon Road has them, or online)? Scratch the back, take a clear photo of each card with the code visible and email the pictures to me here. I'll sign off the expense claim when I'm back in the office.",
        "",
        "Please keep it between us for now, it's meant to be a surprise.",
        "",
        "Thanks a lot,",
        "James",
        "",
        "Sent from my iPhone",
    ])
    m.headers = hdrs_apple(m.t, "James Whitfield <jwhitfield.examplegroup@gmail.com>", "Priya Sharma <priya.sharma@example.com>",
                           "Quick favour", env.msgid, zone="UK")
    env.received.append("from smtpclient.apple ([185.%d.%d.%d])\n        by smtp.gmail.com with ESMTPSA id %s\n        for <%%RCPT%%>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
        r.randint(100, 110), r.randint(0, 255), r.randint(1, 254), I.rhex(r, 13) + "." + str(r.randint(1, 9)), I.rfc2822(m.t, "PT", abbr=True)))
    m.body = M.text_part(text, "plain", "utf-8", "quoted-printable", label="utf-8", ct_style="plain")
    m.what = "Gift-card scam: 'UK office manager James Whitfield' from a Gmail account asks the accountant to buy 8 x £100 Apple gift cards and mail photos of the codes"
    m.why = "Impersonation via freemail (not examplegroup.eu), unavailability/no calls, secrecy, gift-card codes as untraceable payment; compare Priya's genuine private mail business/14"
    return m


def a15():
    m = Msg("attack", 15, "en", "ransom-ddos-extortion-bitcoin")
    r = m.rng
    m.t = I.at(2026, 11, 2, 3, 41, 9, "UTC")
    m.env = env = I.proton(r, m.t)
    m.rcpt = "noc@example.com"
    m.mailfrom = "nx.collective@proton.me"
    btc = cryptoaddr.p2wpkh("a15-rdos-" + m.key)
    assert cryptoaddr.bech32_verify(btc)
    m.btc = btc
    text = M.paras_to_text([
        "To the network operations team of Example Group (AS64500),",
        "",
        "Read this carefully and forward it to your management.",
        "",
        "Between 02:55 and 03:10 UTC today your Frankfurt edge (FRA2, prefixes announced by AS64500) received a short demonstration from us: 340 Gbps of UDP reflection plus a TCP SYN/ACK flood. Check your flow data. This was 5% of our capacity.",
        "",
        "On Monday 9 November 2026 at 12:00 UTC we will start a sustained attack of more than 1.5 Tbps against your hosting and colocation ranges. Your upstreams will blackhole you before your scrubbing can help, and your customers will be offline during business hours. We know which of them are banks and shops.",
        "",
        "You can prevent this. Send 2 BTC to this address:",
        "",
        btc,
        "",
        "The address is unique to you, we will see the payment. If it is not paid by the deadline the price rises to 3 BTC and the attack will not stop until paid. Do not reply to this e-mail, it is not monitored. Do not contact the police, our infrastructure cannot be traced and it will only raise the price.",
        "",
        "NXDOMAIN Collective",
    ])
    m.headers = [("Date", I.rfc2822(m.t, "UTC")), ("To", "noc@example.com"),
                 ("From", "NXDOMAIN Collective <nx.collective@proton.me>"),
                 ("Subject", "DDoS warning - AS64500 - read before Monday"), ("Message-ID", env.msgid)]
    m.body = M.text_part(text, "plain", "utf-8", "base64", label="utf-8", ct_style="plain")
    m.what = "Ransom DDoS (RDoS) extortion against the NOC: claims a demo attack, demands 2 BTC (bech32 %s) before a 1.5 Tbps attack" % btc
    m.why = "Extortion from an anonymous Proton Mail account with a Bitcoin payment address, threats against customers, deadline and price escalation"
    return m


def a16():
    m = Msg("attack", 16, "en", "ripe-ncc-lir-credential-phish-mailgun")
    r = m.rng
    m.t = I.at(2026, 12, 8, 8, 12, 33, "UTC")
    dom = "ripe-ncc-lir.net"
    m.env = env = I.mailgun(r, m.t, dom)
    m.rcpt = "thomas.becker@example.com"
    m.mailfrom = "bounce+%s.%s-thomas.becker=example.com@mg.%s" % (I.rhex(r, 6), I.rhex(r, 6), dom)
    ticket = "NCC#2026%07d" % r.randint(1000000, 9999999)
    link = "http://email.mg.%s/c/eJw%s" % (dom, I.rstr(r, 110, I.ALNUM + "-_"))
    paras = [
        "Dear Thomas Becker,",
        "",
        "As part of the annual resource holder review under Article 9.4 of the RIPE NCC Standard Service Agreement, the registration data of your LIR account de.examplegroup could not be validated.",
        "",
        "Affected resources:",
        "  IPv4 allocation(s) and assignments registered to de.examplegroup",
        "  AS64500",
        "",
        "To avoid the suspension of your membership and the start of the deregistration procedure for the listed resources, please log in with your RIPE NCC Access account and confirm the contact and company details by 15 December 2026.",
        "",
        "Log in to the LIR Portal: %s" % link,
        "",
        "For security reasons you will be asked to confirm your two-factor authentication code.",
        "",
        "Ticket: %s" % ticket,
        "",
        "Kind regards,",
        "",
        "Registration Services",
        "RIPE NCC",
        "Stationsplein 11, 1012 AB Amsterdam, the Netherlands",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html("<div style=\"max-width:620px;margin:0 auto;background:#fff;padding:24px;font-family:Arial,sans-serif;font-size:14px;color:#222\">"
                         "<div style=\"font-size:22px;color:#00a5e3;font-weight:bold;margin-bottom:16px\">RIPE NCC</div>"
                         + "".join(("<p>%s</p>" % M.esc(p)) if p and not p.startswith("Log in") else ("<p><a href=\"%s\" style=\"color:#fff;background:#00a5e3;padding:10px 18px;text-decoration:none\">Log in to the LIR Portal</a></p>" % link if p else "") for p in paras)
                         + "</div>", "utf-8", "RIPE NCC")
    m.headers = [("From", "RIPE NCC Registration Services <lir-help@%s>" % dom), ("To", "thomas.becker@example.com"),
                 ("Subject", "[%s] Action required: validate resource holder details for de.examplegroup" % ticket),
                 ("Date", I.rfc2822(m.t, "UTC")), ("Message-Id", env.msgid), ("Mime-Version", "1.0")]
    m.body = alt(text, html, "utf-8", "quoted-printable", "quoted-printable", env.boundary(0), label="utf-8", ct_style="plain")
    m.what = "Credential + 2FA phishing for the RIPE NCC Access account (LIR portal) under the threat of IP resource deregistration"
    m.why = ("ripe-ncc-lir.net is not ripe.net, bulk-sent via Mailgun with tracked redirect link; targets the LIR admin to take over the company's IP space/AS; "
             "deregistration threat and deadline; compare genuine RIPE NCC mail business/16")
    return m


ALL = [a09, a10, a11, a12, a13, a14, a15, a16]
