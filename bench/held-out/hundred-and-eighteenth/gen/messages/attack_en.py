"""Attack messages, English (09-16)."""

from lib import co, ids, smtp, systems
from lib.mime import Part
from lib.msg import esc, simple_html
from lib.systems import H
from messages.common import (D, S, alt, footer, gmail_att, gmail_parts, ics_event, letterhead, mixed,
                             ms_msgid, outlook_att, outlook_bnd, outlook_parts, related, table)
from messages.registry import msg

A = "attack"


# --------------------------------------------------------------------- 09
@msg(A, 9, "en", "teams-invite-device-code")
def a09(m):
    code = "HZQ4T7KMP"
    url = "https://microsoft.com/devicelogin"
    m.what = ("Teams 'secure meeting' invitation from 'Oliver Grant, Harrowfield Fresh Produce' for the 2027 vine-tomato programme; "
              "to join, the recipient must enter a 'meeting access code' at microsoft.com/devicelogin.")
    m.why = ("Device-code phishing (Storm-2372 style): the only link is Microsoft's real device-login page, but the 'access code' "
             "is a device code the attacker generated, so entering it signs the attacker's device into the victim's account. "
             "Sender domain harrowfield-fresh.co.uk is a look-alike of the customer harrowfieldfresh.co.uk (attacker M365 tenant, "
             "SPF-aligned); the code 'expires in 15 minutes' to force immediate action.")
    m.dmarc_policy = {"harrowfield-fresh.co.uk": "none"}
    h = H(("Oliver Grant", "oliver.grant@harrowfield-fresh.co.uk"), [co.P("sales")],
          "Secure Teams meeting: 2027 vine tomato programme - supplier review", D(2026, 10, 27, 14, 5, 31, "uk"))
    h.msgid = ms_msgid(m, "gbrprd01")
    paras = ["Hi Katharina,", "",
             "As discussed with your UK team, we would like to run through the 2027 vine tomato programme (volumes per "
             "week 10-44, the new pack formats and the price corridor) before we finalise the supplier panel on Friday.", "",
             "Because the programme figures are commercially sensitive, our IT only allows external guests into this meeting "
             "through a verified sign-in. Please join here:", "",
             "1. Go to %s" % url,
             "2. Enter the meeting access code: %s" % code,
             "3. Sign in with your Example Group account - you'll then be admitted to the meeting automatically.", "",
             "The access code is valid for 15 minutes. If it has expired, just reply and I'll generate a new one.", "",
             "Kind regards,", "Oliver", "",
             "Oliver Grant\nSenior Buyer - Tomatoes & Peppers\nHarrowfield Fresh Produce Ltd\nWardentree Park, Pinchbeck, Spalding PE11 3ZN\nT +44 1775 712 640"]
    t, ht = outlook_parts(m, paras, "utf-8", "quoted-printable", "EN-GB", "EmailStyle17")
    ics = ics_event("REQUEST", "040000008200E00074C5B7101A82E0080000000%s" % smtp.rhex(m.rng, 40, True),
                    D(2026, 10, 27, 14, 30, 0, "uk"), D(2026, 10, 27, 15, 15, 0, "uk"),
                    "2027 vine tomato programme - supplier review (secure)", ("Oliver Grant", "oliver.grant@harrowfield-fresh.co.uk"),
                    [co.P("sales")], "Join: %s - access code %s (valid 15 minutes)" % (url, code),
                    "Microsoft Teams Meeting (secure guest access)", h.date, tz="GMT Standard Time", zone="uk")
    cal = Part("text/calendar", ics, charset="utf-8", cte="base64", params=['method=REQUEST'],
               filename="invite.ics", disposition="attachment", header_order=["ct", "!Content-Description: invite.ics", "cd", "cte"])
    m.attach_names.append("invite.ics")
    root = mixed([alt(t, ht, outlook_bnd(h.msgid, 0)), cal], outlook_bnd(h.msgid, 4))
    return systems.m365(m, h, root, tenant="harrowfieldfresh.onmicrosoft.com", region="gbrprd01", eop="GBR01",
                        eop_dc="CWX", dkim_d="harrowfieldfresh.onmicrosoft.com", dkim_s="selector1-harrowfield-fresh-co-uk",
                        lang="en-GB", accept="en-GB, en-US", ip="40.107.121.118")


# --------------------------------------------------------------------- 10
@msg(A, 10, "en", "oauth-consent-adobe-share")
def a10(m):
    cid = "6f1c2d8e-93b4-4a17-bd5e-0c8a7e2f41d9"
    url = ("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code"
           "&redirect_uri=https%%3A%%2F%%2Facrobat-docview.azurewebsites.net%%2Fauth%%2Fcallback&response_mode=query"
           "&scope=offline_access%%20User.Read%%20Mail.ReadWrite%%20Mail.Send%%20Files.Read.All&state=%s&prompt=consent" % (
               cid, smtp.rhex(m.rng, 24)))
    m.what = ("'Adobe Acrobat' share notice: Rajesh Patel (UK office) 'shared Q4_2026_UK_VAT_Return_Draft.pdf'; the Open button "
              "goes to a genuine Microsoft login/consent URL for a third-party app.")
    m.why = ("OAuth consent phishing: link is login.microsoftonline.com (real) but requests consent for an unknown multi-tenant app "
             "('Acrobat Document Viewer', client_id %s) with Mail.ReadWrite/Mail.Send/Files.Read.All and offline_access, "
             "redirecting to azurewebsites.net; sent through SendGrid from docshare-notify.com, not from Adobe; uses a real "
             "colleague's name and a plausible finance document." % cid)
    m.dmarc_policy = {"docshare-notify.com": "none"}
    h = H(("Adobe Acrobat", "no-reply@docshare-notify.com"), [co.P("cfo")],
          "Rajesh Patel shared \"Q4_2026_UK_VAT_Return_Draft.pdf\" with you", D(2026, 11, 12, 9, 41, 2),
          reply_to=("Rajesh Patel", "rajesh.patel.examplegroup@docshare-notify.com"))
    text = ("Rajesh Patel (rajesh.patel@example.com) has shared a document with you.\n\n"
            "Q4_2026_UK_VAT_Return_Draft.pdf\n\"Sabine - draft VAT return Q4 for your sign-off before I submit via MTD. Thanks, Raj\"\n\n"
            "Open: %s\n\n"
            "You'll need to sign in with your work account to view this document.\n\n"
            "Adobe Acrobat - Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704, USA\n") % url
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:'
            'adobe-clean,Helvetica,Arial,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" '
            'style="padding:30px 10px"><table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:4px">'
            '<tr><td style="padding:24px 32px 8px 32px"><span style="display:inline-block;background:#eb1000;color:#fff;'
            'font-weight:bold;padding:6px 9px;border-radius:3px">A</span> <span style="font-size:16px;color:#2c2c2c;'
            'font-weight:bold">Adobe Acrobat</span></td></tr><tr><td style="padding:8px 32px;font-size:15px;color:#2c2c2c">'
            '<b>Rajesh Patel</b> (rajesh.patel@example.com) has shared a document with you.</td></tr>'
            '<tr><td style="padding:8px 32px"><table width="100%%" style="border:1px solid #e1e1e1;border-radius:4px"><tr>'
            '<td style="padding:14px;font-size:14px"><b>Q4_2026_UK_VAT_Return_Draft.pdf</b><br><span style="color:#6e6e6e">'
            '&ldquo;Sabine - draft VAT return Q4 for your sign-off before I submit via MTD. Thanks, Raj&rdquo;</span></td></tr>'
            '</table></td></tr><tr><td style="padding:20px 32px"><a href="%s" style="background:#1473e6;color:#fff;'
            'text-decoration:none;padding:10px 24px;border-radius:16px;font-weight:bold;font-size:14px">Open</a></td></tr>'
            '<tr><td style="padding:0 32px 24px 32px;font-size:12px;color:#6e6e6e">You&rsquo;ll need to sign in with your work '
            'account to view this document.</td></tr></table><p style="font-size:11px;color:#909090">Adobe Acrobat &middot; '
            'Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704, USA</p></td></tr></table></body></html>\n') % esc(url)
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("sendgrid"))
    return systems.sendgrid(m, h, root, "docshare-notify.com", ip="149.72.154.226")


# --------------------------------------------------------------------- 11
@msg(A, 11, "en", "callback-m365-renewal-invoice")
def a11(m):
    tel = m.tel("+44 20 7946 0381")
    m.what = ("'Order confirmation' for a Microsoft 365 Business Premium annual renewal (GBP 1,249.99) with a PDF invoice; "
              "to cancel, call 'billing support' within 24 hours.")
    m.why = ("Callback (TOAD) phishing: no link, only a phone number in body and PDF; sent from a throw-away Gmail account "
             "to itself with the victim in BCC; generic invoice for a product the company does not buy that way; the call "
             "leads to remote-access/refund fraud.")
    h = H(("Billing Support", "hudson.joey3841@gmail.com"), [("", "hudson.joey3841@gmail.com")],
          "Your Order #MS-4418-2207 has been processed", D(2026, 11, 18, 16, 22, 40, "uk"),
          rcpt=co.P("uk_om")[1], to_raw="hudson.joey3841@gmail.com", date_zone="uk")
    paras = ["Hello Customer,", "",
             "Thank you for your purchase. Your subscription has been renewed successfully and the amount has been "
             "charged to the payment method on file. Please find your invoice attached.", "",
             "Order: MS-4418-2207\nProduct: Microsoft 365 Business Premium (25 users, annual)\nAmount: GBP 1,249.99", "",
             "If you did not authorise this renewal or wish to cancel, please contact our billing department within 24 "
             "hours at %s (Mon-Sat 8am-8pm) to receive a full refund." % tel, "",
             "Regards,", "Billing Support Team"]
    t, ht = gmail_parts(m, paras)
    d = m.pdf(info={"Title": "Invoice MS-4418-2207", "Producer": "Microsoft: Print To PDF"}, created="D:20261118161902Z")
    p = d.page()
    p.rect(0, 0, p.w, 70, fill=(242, 242, 242))
    for i, c in enumerate([(242, 80, 34), (127, 186, 0), (0, 164, 239), (255, 185, 0)]):
        p.rect(56 + (i % 2) * 13, 20 + (i // 2) * 13, 12, 12, fill=c)
    p.text(90, 40, "Microsoft 365", 18, bold=True, color=(80, 80, 80))
    p.text(540, 40, "INVOICE", 18, bold=True, color=(0, 103, 184), align="right")
    y = 110
    for k, v in (("Invoice number", "MS-4418-2207"), ("Invoice date", "18 November 2026"), ("Billing period", "19 Nov 2026 - 18 Nov 2027"),
                 ("Payment method", "Visa ending 4471"), ("Status", "PAID")):
        p.text(56, y, k, 10, color=(90, 90, 90))
        p.text(200, y, v, 10, bold=(k == "Status"))
        y += 16
    y += 14
    y = table(p, 56, y, ["Description", "Qty", "Unit price", "Amount"],
              [["Microsoft 365 Business Premium - annual commitment", "25", "GBP 41.67", "GBP 1,041.66"],
               ["VAT 20%", "", "", "GBP 208.33"], ["Total charged", "", "", "GBP 1,249.99"]],
              [260, 50, 90, 90], aligns=["left", "right", "right", "right"], bold_last=True)
    y += 20
    p.rect(56, y, 484, 70, fill=(255, 244, 229), stroke=(230, 140, 0))
    p.text(70, y + 22, "Did not authorise this payment?", 12, bold=True)
    p.text(70, y + 42, "Call Billing Support within 24 hours to cancel and get a full refund:", 10)
    p.text(70, y + 60, tel, 14, bold=True, color=(200, 60, 0))
    footer(p, ["This is an automatically generated invoice. Please do not reply to this e-mail."])
    pdf = m.render_pdf(d)
    root = mixed([alt(t, ht, m.boundary("gmail")), gmail_att(m, pdf, "application/pdf", "Invoice_MS-4418-2207.pdf")],
                 m.boundary("gmail"))
    return systems.gmail(m, h, root)


# --------------------------------------------------------------------- 12
@msg(A, 12, "en", "companies-house-id-verification")
def a12(m):
    url = "https://companies-house-gov.uk/identity/verify?company=09871452&ref=%s" % smtp.rhex(m.rng, 16)
    m.what = ("'Companies House' tells the UK accountant that directors of EXAMPLE GLASSHOUSE UK LTD must verify their identity "
              "within 14 days or filings will be rejected; link asks for GOV.UK One Login, WebFiling code and passport.")
    m.why = ("Topical impersonation of the UK identity-verification rollout; GOV.UK Notify look and wording, but sent via Amazon SES "
             "from the look-alike companies-house-gov.uk (real mail comes from notifications.service.gov.uk and links to "
             "gov.uk); deadline and sanction threat; harvests credentials and identity documents.")
    m.dmarc_policy = {"companies-house-gov.uk": "none"}
    h = H(("Companies House", "noreply@companies-house-gov.uk"), [co.P("uk_acc")],
          "Action required: verify your identity to keep filing for EXAMPLE GLASSHOUSE UK LTD (09871452)",
          D(2026, 11, 4, 10, 2, 55, "uk"))
    text = ("GOV.UK\n\nCompanies House\n\n"
            "Company: EXAMPLE GLASSHOUSE UK LTD\nCompany number: 09871452\n\n"
            "Under the Economic Crime and Corporate Transparency Act 2023, all directors and people with significant control "
            "must verify their identity with Companies House.\n\n"
            "Our records show that 2 directors of this company have not yet verified their identity. You must do this within "
            "14 days of this email. If you do not, we may reject future filings, including the confirmation statement due "
            "on 15 December 2026, and the company may be struck off the register.\n\n"
            "Verify identity now:\n%s\n\n"
            "You will need:\n* your GOV.UK One Login email and password\n* the company authentication code\n"
            "* your passport or photocard driving licence\n\n"
            "Companies House\n") % url
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;'
            'margin:0;font-size:16px;color:#0b0c0c"><table width="100%%" cellpadding="0" cellspacing="0" style="background:#0b0c0c">'
            '<tr><td style="padding:10px 15px"><span style="color:#fff;font-size:28px;font-weight:700">GOV.UK</span></td></tr></table>'
            '<table width="580" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:10px 0 0 0">'
            '<div style="height:10px;background:#1d70b8"></div>'
            '<p style="font-size:19px;font-weight:700">Companies House</p>'
            '<p>Company: <b>EXAMPLE GLASSHOUSE UK LTD</b><br>Company number: <b>09871452</b></p>'
            '<p>Under the Economic Crime and Corporate Transparency Act 2023, all directors and people with significant control '
            'must verify their identity with Companies House.</p>'
            '<p>Our records show that <b>2 directors</b> of this company have not yet verified their identity. You must do this '
            'within 14 days of this email. If you do not, we may reject future filings, including the confirmation statement '
            'due on 15 December 2026, and the company may be struck off the register.</p>'
            '<p><a href="%s" style="color:#1d70b8">Verify identity now</a></p>'
            '<p>You will need:</p><ul><li>your GOV.UK One Login email and password</li><li>the company authentication code</li>'
            '<li>your passport or photocard driving licence</li></ul><p>Companies House</p></td></tr></table></body></html>\n') % esc(url)
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("ses"))
    return systems.ses(m, h, root, region="eu-west-2", ip="23.251.232.%d" % 118, dkim_d="companies-house-gov.uk",
                       host="b232-118.smtp-out.eu-west-2.amazonses.com")


# --------------------------------------------------------------------- 13
@msg(A, 13, "en", "docusign-abused-payment-terms")
def a13(m):
    env = smtp.uuid(m.rng)
    acct = smtp.uuid(m.rng)
    url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (env, acct, smtp.uuid(m.rng))
    m.what = ("Genuine DocuSign envelope 'Harrowfield Fresh Produce Ltd - Updated Supplier Payment Terms & Remittance Details 2027' "
              "sent to the UK accountant.")
    m.why = ("Legitimate platform abused: sent by DocuSign's own EU infrastructure (all authentication passes), but the DocuSign "
             "account belongs to accounts@harrowfield-freshproduce.com, a look-alike of the customer's domain "
             "(harrowfieldfresh.co.uk); the document leads to a credential page and 'new remittance details'; reply-to goes "
             "to the look-alike.")
    h = H(("Harrowfield Fresh Produce Ltd via Docusign", "dse@eumail.docusign.net"), [co.P("uk_acc")],
          "Complete with Docusign: Updated Supplier Payment Terms & Remittance Details 2027.pdf",
          D(2026, 12, 1, 11, 48, 20, "uk"), reply_to=("Harrowfield Accounts", "accounts@harrowfield-freshproduce.com"))
    h.mail_from = "dse@eumail.docusign.net"
    text = ("Harrowfield Fresh Produce Ltd sent you a document to review and sign.\n\n"
            "REVIEW DOCUMENT\n%s\n\n"
            "Harrowfield Accounts\naccounts@harrowfield-freshproduce.com\n\n"
            "Dear Supplier,\n\nAs part of our 2027 supplier onboarding we have updated our payment terms and remittance process. "
            "Please review and sign the attached document and confirm the bank details we hold for you before 11 December "
            "to avoid delays to your December payment run.\n\nKind regards,\nAccounts Payable\n\n"
            "Do Not Share This Email\nThis email contains a secure link to Docusign. Please do not share this email, link, or "
            "access code with others.\n\n"
            "About Docusign\nSign documents electronically in just minutes. It's safe, secure, and legally binding.\n\n"
            "Questions about the Document?\nIf you need to modify the document or have questions about the details in the "
            "document, please reach out to the sender by emailing them directly.\n\n"
            "This message was sent to you by Harrowfield Accounts who is using the Docusign Electronic Signature Service.\n") % url
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="padding:0;margin:0;background:#eaeaea"><table width="100%%" cellpadding="0" cellspacing="0" '
            'style="background:#eaeaea"><tr><td align="center" style="padding:20px"><table width="640" cellpadding="0" '
            'cellspacing="0"><tr><td style="padding:10px 24px"><span style="font-family:Helvetica,Arial;font-size:22px;'
            'font-weight:bold;color:#4c00ff">docusign</span></td></tr><tr><td style="background:#4c00ff;padding:28px 24px;'
            'text-align:center;font-family:Helvetica,Arial;color:#fff;font-size:16px">Harrowfield Fresh Produce Ltd sent you a '
            'document to review and sign.<br><br><a href="%s" style="display:inline-block;background:#ffc820;color:#130032;'
            'font-weight:bold;font-size:15px;padding:12px 24px;text-decoration:none;border-radius:2px">REVIEW DOCUMENT</a></td></tr>'
            '<tr><td style="background:#fff;padding:24px;font-family:Helvetica,Arial;font-size:15px;color:#333">'
            '<b>Harrowfield Accounts</b><br><a href="mailto:accounts@harrowfield-freshproduce.com" style="color:#2463d1">'
            'accounts@harrowfield-freshproduce.com</a><br><br>Dear Supplier,<br><br>As part of our 2027 supplier onboarding we have '
            'updated our payment terms and remittance process. Please review and sign the attached document and confirm the bank '
            'details we hold for you before 11 December to avoid delays to your December payment run.<br><br>Kind regards,<br>'
            'Accounts Payable</td></tr><tr><td style="padding:24px;font-family:Helvetica,Arial;font-size:12px;color:#666">'
            '<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, '
            'or access code with others.<br><br><b>About Docusign</b><br>Sign documents electronically in just minutes. It&#39;s safe, '
            'secure, and legally binding.<br><br><b>Questions about the Document?</b><br>If you need to modify the document or have '
            'questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>'
            'This message was sent to you by Harrowfield Accounts who is using the Docusign Electronic Signature Service.'
            '</td></tr></table></td></tr></table></body></html>\n') % esc(url)
    root = alt(m.text(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "quoted-printable"), m.boundary("java"))
    ip = "185.81.100.%d" % 43
    host = "mailsender43.eu.docusign.net"
    hops = ["Received: from eu1wfa%02d (localhost [127.0.0.1]) by %s (Postfix)\n\twith ESMTP id %s; %s" % (
        m.rng.randrange(1, 40), host, smtp.queue_id(m.rng), smtp.rfc_date(h.date + S, "utc"))]
    h.msgid = "<%s@eu1-docusign.net>" % smtp.rhex(m.rng, 32)
    return systems.direct(m, h, root, host, host, ip, hops=hops, dkim_d="docusign.net", dkim_s="mail", zone="utc",
                          order=["mime", "date", "subject", "from", "reply_to", "to", "msgid"], tls=smtp.TLS12,
                          extra=["X-Auto-Response-Suppress: OOF, AutoReply", "X-Api-Host: eu.docusign.net"])


# --------------------------------------------------------------------- 14
@msg(A, 14, "en", "voicemail-svg-attachment")
def a14(m):
    url = "https://vm-player-secure.pages.dev/play?m=Y2xhaXJlLndoaXRtb3JlQGV4YW1wbGVncm91cC5ldQ"
    caller = m.tel("+44 1992 470 358")
    m.what = "'Voicemail Service' notification: new 47-second voice message from a Cheshunt number, with an SVG 'audio preview' attachment."
    m.why = ("SVG attachment lure: the .svg is a drawn 'play' button whose link opens a phishing page on pages.dev with the "
             "recipient's address encoded in the URL; sent from a compromised US company's Microsoft 365 mailbox (passes "
             "authentication) that has nothing to do with the group's phone system; caller number spoofs the office's own range.")
    h = H(("Voicemail Service", "voicemail@greenbayprint.com"), [co.P("uk_om")],
          "Voice Message Received from %s - 00:47 secs - Wed 25 Nov" % caller, D(2026, 11, 25, 9, 12, 5, "uk"))
    h.msgid = ms_msgid(m, "namprd11")
    paras = ["You have received a new voice message.", "",
             "From: %s\nDuration: 00:47\nReceived: Wednesday, 25 November 2026 09:11" % caller, "",
             "The audio preview is attached. Open it in your browser to play the message.", "",
             "Unified Messaging - Voicemail Service"]
    t, ht = outlook_parts(m, paras, "utf-8", "quoted-printable", "EN-US", "EmailStyle17", font="Calibri")
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="140" viewBox="0 0 420 140">\n'
           '<rect width="420" height="140" rx="10" fill="#f3f6f9" stroke="#c8d3de"/>\n'
           '<a xlink:href="%s" target="_blank">\n<circle cx="70" cy="70" r="38" fill="#0078d4"/>\n'
           '<polygon points="60,50 60,90 94,70" fill="#ffffff"/>\n'
           '<text x="130" y="58" font-family="Segoe UI, Arial" font-size="18" fill="#1b1b1b">Voice message (00:47)</text>\n'
           '<text x="130" y="84" font-family="Segoe UI, Arial" font-size="14" fill="#555">From %s</text>\n'
           '<text x="130" y="106" font-family="Segoe UI, Arial" font-size="13" fill="#0078d4">Click to play</text>\n'
           '</a>\n</svg>\n') % (url, caller)
    m.fact("URL", url)
    att = outlook_att(m, svg.encode("utf-8"), "image/svg+xml", "VM_Play_00m47s_claire.whitmore.svg", h.date)
    root = mixed([alt(t, ht, outlook_bnd(h.msgid, 0)), att], outlook_bnd(h.msgid, 4))
    return systems.m365(m, h, root, tenant="greenbayprint.com", region="namprd11", eop="NAM11", eop_dc="DM6",
                        lang="en-US", accept="en-US", ip="40.107.223.%d" % 57)


# --------------------------------------------------------------------- 15
@msg(A, 15, "en", "fake-purchase-order-goods-on-credit")
def a15(m):
    tel = m.tel("+44 20 7946 0512")
    m.what = ("Purchase order PO-4410287 'from Sainsbury's Supply Chain' for 24 pallets of cherry vine tomatoes, 30-day terms, "
              "delivery to a Northampton warehouse; asks for pro-forma and credit account.")
    m.why = ("Goods-on-credit (purchase-order) fraud: retailer brand on the look-alike domain sainsburys-supplychain.co.uk "
             "(Google Workspace, authentication passes), unsolicited order bypassing the normal buyer relationship, unusual "
             "delivery address (rented unit, not a retailer DC), urgency and payment on credit; UK drama-range phone.")
    m.dmarc_policy = {"sainsburys-supplychain.co.uk": "none"}
    h = H(("James Whitfield", "j.whitfield@sainsburys-supplychain.co.uk"), [co.P("sales")],
          "Purchase Order PO-4410287 - Cherry Vine Tomatoes (urgent)", D(2026, 11, 16, 8, 55, 41, "uk"),
          cc=[co.P("uk_om")], date_zone="uk")
    paras = ["Dear Katharina,", "",
             "Further to our category review we would like to place a trial order with Example Group for cherry vine tomatoes. "
             "Please find attached our Purchase Order PO-4410287 for 24 pallets (2 deliveries).", "",
             "Delivery: Unit 7, Brackmills Industrial Estate, Caswell Road, Northampton NN4 7PB\n"
             "First delivery: Thursday 26 November, 06:00-10:00\nPayment terms: 30 days from invoice (standard supplier terms)", "",
             "As you are a new supplier to us, kindly return the signed PO together with your pro-forma invoice, product "
             "specification and a completed credit account form by Wednesday so our planners can book the slot.", "",
             "For anything urgent please call me directly on %s." % tel, "",
             "Kind regards,", "James Whitfield", "Procurement Manager - Produce", "Sainsbury's Supply Chain",
             "33 Holborn, London EC1N 2HT"]
    t, ht = gmail_parts(m, paras)
    d = m.pdf(info={"Title": "PO-4410287", "Producer": "Microsoft® Excel® for Microsoft 365"}, created="D:20261116084911Z")
    p = d.page()
    p.rect(0, 0, p.w, 66, fill=(240, 108, 0))
    p.text(56, 42, "Sainsbury's", 22, bold=True, color=(255, 255, 255))
    p.text(540, 42, "PURCHASE ORDER", 14, bold=True, color=(255, 255, 255), align="right")
    y = 100
    for k, v in (("PO number", "PO-4410287"), ("PO date", "16/11/2026"), ("Supplier", "Example Glasshouse UK Ltd / Example Group"),
                 ("Buyer", "James Whitfield, Procurement Manager - Produce"), ("Payment terms", "30 days end of month"),
                 ("Deliver to", "Unit 7, Brackmills Industrial Estate, Caswell Road, Northampton NN4 7PB")):
        p.text(56, y, k, 9.5, bold=True)
        p.text(170, y, v, 9.5)
        y += 15
    y += 12
    y = table(p, 56, y, ["Line", "Description", "Pallets", "Cases", "Unit (GBP)", "Total (GBP)"],
              [["1", "Cherry vine tomatoes 8 x 250 g punnets, Class I", "12", "2,016", "7.20", "14,515.20"],
               ["2", "Cherry vine tomatoes 8 x 250 g punnets, Class I", "12", "2,016", "7.20", "14,515.20"],
               ["", "Order total", "24", "4,032", "", "29,030.40"]],
              [30, 210, 45, 50, 60, 75], aligns=["left", "left", "right", "right", "right", "right"], bold_last=True)
    y += 16
    y = p.wrap(56, y, 480, "Deliveries: line 1 on 26/11/2026, line 2 on 03/12/2026, 06:00-10:00, pre-advice 24 h in advance. "
               "Invoices to be sent to accounts@sainsburys-supplychain.co.uk quoting the PO number. Please sign and return "
               "this purchase order together with your pro-forma invoice and credit account application.", 9)
    y += 30
    p.text(56, y, "Authorised: J. Whitfield", 11, color=(20, 40, 120))
    footer(p, ["Sainsbury's Supply Chain · 33 Holborn, London EC1N 2HT · procurement enquiries %s" % tel])
    pdf = m.render_pdf(d)
    root = mixed([alt(t, ht, m.boundary("gmail")), gmail_att(m, pdf, "application/pdf", "PO-4410287.pdf")], m.boundary("gmail"))
    return systems.gmail(m, h, root, workspace="sainsburys-supplychain.co.uk")


# --------------------------------------------------------------------- 16
@msg(A, 16, "en", "china-domain-registration-scam")
def a16(m):
    tel = m.tel("+86 21 6191 8696")
    fax = m.tel("+86 21 6191 8697")
    m.what = ("'Jack Liu, domain registration centre, Shanghai' warns that a company applied for 'examplegroup' as internet keyword "
              "and .cn domains and asks whether Example Group authorised it.")
    m.why = ("Classic Asian domain/brand-registration scam: unsolicited, urgency ('within 7 workdays'), 'please forward to your CEO', "
             "aims to sell overpriced .cn registrations; sent from its own Coremail server without DKIM in a Chinese range.")
    h = H(("Jack Liu", "jack.liu@cnreg-service.cn"), [co.P("it")], "examplegroup Brand Name and Domain Registration",
          D(2026, 11, 19, 10, 13, 27, "cn"), date_zone="cn")
    h.msgid = "<%s.%s.%s@cnreg-service.cn>" % (smtp.rhex(m.rng, 8), smtp.rhex(m.rng, 6), smtp.rhex(m.rng, 4))
    text = ("(If you are not the person who is in charge of this, please forward this to your CEO, because this is urgent. "
            "If this email affects you, we are very sorry, please ignore this email. Thanks)\n\n"
            "Dear CEO,\n\n"
            "We are a Network Service Company which is the domain name registration center in Shanghai, China. On November 17, "
            "2026, we received an application from Hongxin Holdings Ltd requested \"examplegroup\" as their internet keyword "
            "and China (CN) domain names (examplegroup.cn, examplegroup.com.cn, examplegroup.net.cn, examplegroup.org.cn). "
            "But after checking it, we find this name conflict with your company name or trademark. In order to deal with "
            "this matter better, it's necessary to send email to you and confirm whether this company is your distributor "
            "or business partner in China?\n\n"
            "Kind regards\n\nJack Liu | Service & Operations Manager\n"
            "China Registry (Head Office) | 6012, Xingdi Building, No. 1698 Yishan Road, Shanghai, China\n"
            "Tel: %s | Fax: %s | Web: www.cnreg-service.cn\n\n"
            "This email contains privileged and confidential information intended for the addressee only. If you are not "
            "the intended recipient, please destroy this email and inform the sender immediately.\n") % (tel, fax)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>body{font-size:10.5pt;'
            'font-family:Microsoft YaHei UI;color:#000000;line-height:1.5}</style></head><body>' +
            "".join("<div>%s</div><div><br></div>" % esc(p) for p in text.strip().split("\n\n")) +
            "</body></html>\n")
    root = alt(m.text(text, "utf-8", "base64"), m.html(html, "utf-8", "base64"), m.boundary("nextpart"))
    ip = "203.0.113.188"
    host = "mail.cnreg-service.cn"
    hops = ["Received: from DESKTOP-8QF2K1L (unknown [101.229.54.17])\n\tby %s (Coremail) with SMTP id %s;\n\t%s" % (
        host, "AQAAfwDnJ" + smtp.ralnum(m.rng, 18) + "--.5" + str(m.rng.randrange(1000, 9999)), smtp.rfc_date(h.date, "cn", abbr=True))]
    return systems.direct(m, h, root, host, host, ip, hops=hops, zone="cn", tls=smtp.TLS12,
                          order=["date", "from", "to", "subject", "mime", "msgid"],
                          ua_lines=["X-Priority: 3", "X-GUID: %s" % smtp.uuid(m.rng, upper=True), "X-Has-Attach: no",
                                    "X-Mailer: Foxmail 7.2.25.375[cn]"],
                          extra=["X-CM-TRANSID:AQAAfwDnJ" + smtp.ralnum(m.rng, 20), "X-Coremail-Antispam: 1UD129KBjvJXoW7" + smtp.ralnum(m.rng, 40),
                                 "X-CM-SenderInfo: pmdqwzxolx1vhu6vtvhvoz2v4lxqn0xwloqgu4ofhu"], rcv_delay=9)
