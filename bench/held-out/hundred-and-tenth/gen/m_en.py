"""English messages: attacks 09-16, business 09-16."""
from kit import *

LANG = "en"
PA_SIG = ("Pennine Air Ltd · Hangar 5, Manchester Airport, Manchester M90 5PL\n"
          "Registered in England and Wales No. 08412375 · VAT %s" % ids.gb_vat("3197264"))


def _eg_sig_uk(name, title, tel, mail):
    return ("Kind regards,\n\n%s\n%s\nExample Group Aviation Services - UK Branch\nUnit 4, Ringway Trading Estate, Manchester M22 5LH\n"
            "T %s · %s" % (name, title, tel, mail))


# ====================================================================== ATTACKS
def a09():
    m = Message("attack", 9, LANG, "ils-rfq-portal-credential-phish")
    t = U(2026, 10, 22, 14, 5, 19)
    rcpt = "oliver.grant@examplegroup.eu"
    e = mailgun(m, t, "mg.ilsmart-rfq.com", rcpt, eu=True)
    url = "https://ilsmart-rfq.com/account/login?ReturnUrl=%2Frfq%2Finbox&uid=EG-41937&n=3"
    text = """## You have 3 new RFQs

Hello Oliver,

Buyers have sent requests for quotation against parts your company lists on ILS. Quotes submitted within 24 hours are shown first to the buyer.

RFQ 7719-2281 · P/N 3214552-4 · Starter-Generator · Qty 1 · OH/SV · Pennine Air Ltd (GB)
RFQ 7719-2294 · P/N 2314582-1 · Fuel Pump · Qty 2 · SV · Nordic Regional AB (SE)
RFQ 7719-2302 · P/N 066-50008-0505 · Weather Radar R/T · Qty 1 · SV/AR · Atlas Cargo Havacilik (TR)

[[!View and quote RFQs|%s]]

Buyer contact details are only visible after you sign in with your ILS user ID.

You are receiving this notification because RFQ alerts are enabled for EXAMPLE GROUP AVIATION SERVICES (NCAGE D8412). To change your alert settings, sign in and go to My Account > Notifications.

ILS Customer Support
""" % url
    html = html_esp(text, "utf-8", brand="ILS", color="#003d79", lang="en", logo_text="ILS  |  Inventory Locator Service",
                    preheader="3 buyers are waiting for your quote", footer="© 2026 ILS. All rights reserved.\n[[Privacy|https://ilsmart-rfq.com/privacy]] · [[Unsubscribe|https://ilsmart-rfq.com/u/EG-41937]]",
                    font="Arial, Helvetica, sans-serif")
    root = alt(e, tp(plain(text, "colon").replace("## ", ""), "utf-8", "quoted-printable"), hp(html, "utf-8", "quoted-printable"))
    finish(m, e, addr("ILS RFQ Alerts", "rfq-notify@ilsmart-rfq.com"), addr("Oliver Grant", rcpt),
           "3 new RFQs for parts you list - quote within 24 hours", root, "utf-8", "Q",
           extra={"X-Mailgun-Tag": "rfq-alert", "X-Mailgun-Track": "yes"})
    m.what = "Notification imitating the ILS parts marketplace: three plausible RFQs (ATR-type part numbers, the name of an existing customer) and a button to sign in and quote."
    m.why = "Trade-specific credential phishing: ilsmart-rfq.com is not ILS (ilsmart.com), sent through Mailgun; the hook is sales FOMO, and the only action is entering marketplace credentials."
    return m


def a10():
    m = Message("attack", 10, LANG, "fake-docusign-via-amazon-ses")
    t = U(2026, 11, 18, 16, 44, 2, "UK")
    rcpt = "florian.krueger@examplegroup.eu"
    e = ses(m, t, "dse@docusign-eu1.net", rcpt, region="eu-west-1")
    env_id = uuid4s(m.rng).upper()
    url = "https://docusign-eu1.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (uuid4s(m.rng), uuid4s(m.rng), uuid4s(m.rng))
    code = env_id.replace("-", "")
    text = """Sarah Holt sent you a document to review and sign.

[[!REVIEW DOCUMENT|%s]]

Sarah Holt
sarah.holt@pennineair.co.uk

Florian, please review and sign the amended labour rates (Annex B) before our call on Friday. Many thanks, Sarah

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go - or even across the globe - Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.
""" % (url, code)
    html = html_esp(text, "utf-8", brand="Docusign", color="#1e1e3c", lang="en", logo_text="Docusign",
                    preheader="MRO Services Agreement 2027 - Amendment No. 3", font="Helvetica, Arial, sans-serif")
    root = alt(e, tp(plain(text, "colon"), "utf-8", "quoted-printable"), hp(html, "utf-8", "quoted-printable"))
    finish(m, e, addr("Sarah Holt via Docusign", "dse@docusign-eu1.net"), addr("Florian Krueger", rcpt),
           "Complete with Docusign: Pennine Air - MRO Services Agreement 2027 - Amendment No. 3.pdf", root, "utf-8", "Q",
           reply_to=addr("Sarah Holt", "sarah.holt@pennineair.co.uk"))
    m.what = "Fake DocuSign envelope 'from' the customer's real contact for a plausible contract amendment; REVIEW DOCUMENT button."
    m.why = "DocuSign envelopes come from docusign.net infrastructure, not Amazon SES with docusign-eu1.net; the button leads to a look-alike login; copies DocuSign's wording including a fake security code."
    return m


def a11():
    m = Message("attack", 11, LANG, "device-code-phishing-fake-auditor")
    t = U(2026, 11, 4, 10, 31, 40, "UK")
    snd, rcpt = "mark.bennett@harrowlane-audit.com", "rachel.dawson@example.com"
    e = exo(m, t, snd, rcpt, lang="en-GB", zone="UK", pod="FRA")
    text = """Hi Rachel,

As agreed with Sabine for the group audit planning, we're running the intercompany reconciliation review for the UK branch through our secure Microsoft Teams workspace this week.

Because your tenant enforces conditional access, the session has to be authorised from your side before I can share the workbook with you:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: KQ8T4WZ7M
3. Sign in with your Example Group account and approve the request.

The code is only valid for 15 minutes, so if it has expired by the time you read this just reply and I'll send a fresh one. Once authorised, the folder "EG UK - ICR FY2026" will appear in your Teams and we can go through the open items on Thursday.

Kind regards,

Mark Bennett
Audit Partner
Harrow & Lane LLP
20 Eastcheap, London EC3M 1EB
T +44 20 7946 0381
"""
    root = alt(e, tp(text, "us-ascii", "7bit"), hp(html_owa(text, "us-ascii"), "us-ascii", "7bit"))
    finish(m, e, addr("Mark Bennett", snd), addr("Rachel Dawson", rcpt),
           "EG UK - intercompany reconciliation FY2026 - secure review session", root, "us-ascii", "Q", cc_name="CC")
    m.what = "'Audit partner' asks the UK accountant to authorise a 'secure Teams review session' by entering a code at microsoft.com/devicelogin."
    m.why = "Device-code phishing: the link is Microsoft's genuine page, but the code belongs to the attacker's sign-in session, so approving hands over tokens for the victim's M365 account; unknown firm on its own M365 tenant, name-drops the CFO."
    return m


def a12():
    m = Message("attack", 12, LANG, "callback-toad-norton-renewal")
    t = U(2026, 11, 19, 8, 2, 51, "UK")
    snd, rcpt = "nortonlifelock.billing.desk@gmail.com", "james.whitfield@example.com"
    e = gmail(m, t, snd, rcpt, zone="UK")
    text = """Dear Customer,

Thank you for renewing your Norton 360 Deluxe (5 devices, 24 months). Your subscription was renewed automatically today and the amount below has been charged to the payment method on file.

Invoice number: NL-88412907
Product: Norton 360 Deluxe - 5 devices - 2 years
Amount: £389.99 (incl. VAT)
Payment: card on file
Date: 19 November 2026

If you did not authorise this renewal or wish to cancel and receive a full refund, please contact our billing team within 24 hours on 0808 157 0362 (Freephone, Mon-Sat 8am-8pm). After 24 hours the charge can no longer be reversed.

Sincerely,
Norton Billing Department
"""
    inv = pdf([("h1", "INVOICE"), ("b", "Invoice No: NL-88412907        Date: 19/11/2026"), ("rule", ""),
               ("mono", "Item                                    Qty   Amount\n"
                        "Norton 360 Deluxe (5 devices, 2 years)   1    £324.99\n"
                        "VAT 20%                                        £65.00\n"
                        "TOTAL CHARGED                                 £389.99"),
               ("p", "Status: PAID - Auto-renewal"),
               ("h2", "To cancel and request a refund call 0808 157 0362"),
               ("small", "Refund requests are only possible within 24 hours of the charge.")],
              t, zone="UK", title="Invoice", author="", creator="Microsoft Word", producer="Microsoft: Print To PDF")
    root = mixed(e, alt(e, tp(text, "utf-8", "quoted-printable", label="UTF-8"), hp(html_gmail(text), "utf-8", "quoted-printable", label="UTF-8")),
                 att("application/pdf", inv, "Invoice_NL-88412907.pdf"))
    finish(m, e, addr("Norton Billing", snd), rcpt, "Your order has been processed - Invoice NL-88412907", root, "utf-8", "B", "UTF-8")
    m.what = "'Norton' auto-renewal invoice for £389.99 with a PDF; to cancel and get a refund call a freephone number within 24 hours."
    m.why = "Callback phishing (TOAD): no link or malware, just a phone number leading to fake 'refund' agents who install remote-access tools or take card details; a Gmail sender for a security vendor, no customer name, artificial 24-hour deadline."
    return m


def a13():
    m = Message("attack", 13, LANG, "teams-vishing-spam-flood-quick-assist")
    t = U(2026, 11, 24, 9, 12, 7, "UK")
    snd, rcpt = "servicedesk@examplegroupit.onmicrosoft.com", "oliver.grant@examplegroup.eu"
    e = exo(m, t, snd, rcpt, lang="en-US", zone="UTC")
    text = """Hello Oliver,

Our monitoring shows that your mailbox has received more than 2,400 newsletter and sign-up e-mails since yesterday evening. This is a so-called "mail bomb" and is often used to hide fraudulent messages in the flood.

We are applying a mailbox-level filter to stop it. One of our engineers (Daniel R., Service Desk Level 2) will contact you in the next 30 minutes via Microsoft Teams. The chat will show as "IT Service Desk (External)" because our support team works from our managed-service partner's tenant - this is expected.

Please accept the chat request and follow the engineer's instructions. He will start a Quick Assist session to install the filter; it takes about 5 minutes. Please do not restart your laptop in the meantime.

Ticket: INC0187342
Priority: 2 - High

Example Group IT Service Desk
"""
    root = alt(e, tp(text, "us-ascii", "7bit"), hp(html_owa(text, "us-ascii"), "us-ascii", "7bit"))
    finish(m, e, addr("Example Group IT Service Desk", snd), addr("Oliver Grant", rcpt),
           "INC0187342 - spam flood on your mailbox - engineer will contact you on Teams", root, "us-ascii", "Q")
    m.what = "'IT Service Desk' explains the spam flood the user is seeing and announces an 'engineer' who will call via an external Teams chat and start Quick Assist."
    m.why = "Email-bombing + Teams vishing pretext (Black Basta-style): sender is an attacker's onmicrosoft.com tenant, the support is 'External', goal is a remote-control session on the laptop."
    return m


def a14():
    m = Message("attack", 14, LANG, "hmrc-cds-duty-deferment-phish")
    t = U(2026, 11, 12, 11, 20, 33, "UK")
    rcpt = "rachel.dawson@example.com"
    e = ses(m, t, "noreply@hmrc-customs.uk", rcpt, region="eu-west-1")
    url = "https://hmrc-customs.uk/cds/government-gateway/sign-in?dan=7184402&mrn=26GB4K9Q7T2X1M8L5A"
    text = """## HM Revenue & Customs

Customs Declaration Service (CDS)

Your duty deferment direct debit could not be collected

Duty Deferment Account: 7184402
Declaration (MRN): 26GB4K9Q7T2X1M8L5A
Port: Manchester Airport (MAN)
Amount due: £14,862.40 (customs duty and import VAT)

The direct debit for your monthly deferment statement was returned unpaid by your bank. Until the amount has been settled, goods declared against this account will not be released and may be moved to a temporary storage facility at your expense.

To avoid storage charges and possible seizure, sign in to your Government Gateway account within 48 hours to confirm your direct debit instruction and settle the outstanding balance.

[[!Sign in to CDS|%s]]

HMRC Customs Declaration Service
This is an automated message. Do not reply to this email.
""" % url
    html = html_esp(text, "utf-8", brand="GOV.UK", color="#0b0c0c", lang="en", logo_text="GOV.UK",
                    preheader="Action required: duty deferment direct debit returned", font="Arial, sans-serif")
    root = alt(e, tp(plain(text, "colon").replace("## ", ""), "utf-8", "quoted-printable"), hp(html, "utf-8", "quoted-printable"))
    finish(m, e, addr("HM Revenue & Customs", "noreply@hmrc-customs.uk"), rcpt,
           "CDS: duty deferment direct debit failed - goods held at MAN", root, "utf-8", "Q")
    m.what = "'HMRC Customs Declaration Service' says the duty-deferment direct debit bounced and goods at Manchester are held; sign in to Government Gateway within 48 h."
    m.why = "Look-alike domain hmrc-customs.uk (HMRC uses gov.uk) via Amazon SES; credential phishing for Government Gateway with threats of storage charges and seizure."
    return m


def a15():
    m = Message("attack", 15, LANG, "sextortion-bitcoin-spoofed-self")
    t = U(2026, 12, 2, 3, 47, 18)
    addr_ = "james.whitfield@example.com"
    r = m.rng
    btc = ids.bech32_address("audit111-extortion-15")
    ip = "177.67.84.%d" % r.randrange(2, 250)
    e = direct(m, t, addr_, addr_, "[%s]" % ip, "unknown", ip, tls=None, zone="UK",
               hops=["from [127.0.0.1] (localhost [127.0.0.1])\n\tby 177-67-84.static.user (Postfix) with SMTP id %s;\n\t%s" % (hexs(r, 10, True), rfcdate(sec(t, 6), "UTC"))],
               msgid="<%s@example.com>" % hexs(r, 16), order=["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"])
    text = """Hello!

I have some bad news for you.

Several months ago I gained access to the devices you use for browsing the internet. Since then I have been monitoring your online activity. One of your passwords was part of a data breach: Mcr-Whitfield77. With it I got into your router and from there into your computer.

I installed a driver-level program that updates its signature every few hours, so your antivirus cannot see it. Through it I have access to your camera, microphone, files and contacts. I have recorded you while you were visiting certain adult websites, and I have made a split-screen video: on one side the content you were watching, on the other side your face.

With one click I can send this video to all contacts from your e-mail, your phone and your messengers, including your colleagues at work.

If you want to prevent this, transfer 1450 USD in Bitcoin to my wallet:

%s

If you don't know how to buy Bitcoin, just search "buy bitcoin" in Google. After the payment is received I will delete the video and remove the software. You have 48 hours from the moment you opened this e-mail. I can see when you read it.

Don't try to reply - this e-mail was sent from your own account. Don't go to the police, I will know.
""" % btc
    root = tp(text, "us-ascii", "7bit")
    finish(m, e, addr(None, addr_), addr(None, addr_), "Your account is hacked. Read this message carefully", root, "us-ascii", "Q")
    m.what = "Sextortion: claims malware on the recipient's devices and a compromising video, demands 1450 USD in Bitcoin (valid bech32 address), From spoofed as the victim's own address."
    m.why = "Extortion with a forged From equal to the recipient, sent directly from a residential/botnet IP without rDNS; leaked-password bluff; BTC payment demand and deadline."
    m.btc = btc
    return m


def a16():
    m = Message("attack", 16, LANG, "ceo-gift-cards-outlook-com")
    t = U(2026, 12, 10, 9, 56, 14, "UK")
    snd, rcpt = "m.koehler.office@outlook.com", "rachel.dawson@example.com"
    e = exo(m, t, snd, rcpt, lang="en-GB", zone="UTC", consumer=True)
    text = """Hi Rachel,

Are you in the office today? I need a quick favour and I'm tied up in back-to-back meetings with the lessors in Dublin, so I can only reply by email.

I want to thank the Manchester hangar team for getting G-PNAB out two days early. Could you pick up 8 Apple gift cards of £150 each (Tesco or Sainsbury's will have them)? It's meant to be a surprise, so please keep it between us for now.

Once you have them, scratch the back, take a clear photo of each card showing the code and email them to me - I'll add a personal note and forward them tonight. Keep the receipt and I'll make sure you're reimbursed through expenses tomorrow.

Thanks a lot,
Matthias

Sent from Outlook for iOS
"""
    root = alt(e, tp(text, "utf-8", "quoted-printable"), hp(html_owa(text, "utf-8"), "utf-8", "quoted-printable"))
    finish(m, e, addr("Matthias Köhler", snd, "utf-8", "B"), addr("Rachel Dawson", rcpt), "Quick favour", root, "utf-8", "B")
    m.what = "'CEO' writing from an outlook.com address asks the UK accountant to buy eight £150 Apple gift cards, keep it secret and e-mail photos of the codes."
    m.why = "Gift-card scam: CEO display name on a consumer Outlook.com mailbox, secrecy, only e-mail contact, codes to be photographed and sent - no legitimate reward process works this way."
    return m


# ====================================================================== BUSINESS
def b09():
    m = Message("business", 9, LANG, "customer-aog-rfq-pennine-air")
    t = U(2026, 10, 30, 20, 14, 55, "UK")
    snd, rcpt = "aog@pennineair.co.uk", "aog@examplegroup.eu"
    e = exo(m, t, snd, rcpt, lang="en-GB", zone="UTC", pod="DB8")
    text = """Hi team,

G-PNAC (ATR 72-600, MSN 1287) went tech at MAN this evening - #2 starter-generator failed on the ground run after the 1A check.

We need an exchange unit P/N 3214552-4 (or interchangeable -3), serviceable with EASA Form 1 (dual release with FAA 8130-3 preferred), delivered to Pennine Air Hangar 5, Manchester Airport by 06:00 tomorrow for the 07:40 rotation to Jersey.

Please quote:
- exchange fee and core charge
- lead time / location of unit
- back-to-birth trace or last shop visit report

A PO will follow from our purchasing system (Quantum) as soon as we accept the quote. Unserviceable core will be returned within 10 days under our GTA.

AOG line tonight: 0161 496 0274 (Dan)

Thanks,
Dan Whitaker
AOG Controller - Technical Services
%s
""" % PA_SIG
    root = alt(e, tp(text, "utf-8", "quoted-printable"), hp(html_owa(text, "utf-8"), "utf-8", "quoted-printable"))
    finish(m, e, addr("Pennine Air AOG Desk", snd), addr("Example Group AOG", rcpt),
           "AOG G-PNAC - RFQ P/N 3214552-4 starter-generator - req. MAN 06:00", root, "utf-8", "Q",
           cc=addr("Oliver Grant", "oliver.grant@examplegroup.eu"), cc_name="CC")
    m.what = "Real AOG request from the customer's AOG desk: aircraft on ground, exchange starter-generator needed by 06:00 with Form 1, quote requested."
    m.why = "Customer's own Microsoft 365 tenant and domain, operationally precise (registration, MSN, P/N, GTA, PO system), asks for a quote rather than credentials or payment."
    m.hardneg = [(9, "Same RFQ topic and part number; the genuine RFQ comes from the customer's domain and asks for a quote by reply, not a marketplace login.")]
    return m


def b10():
    m = Message("business", 10, LANG, "genuine-docusign-envelope")
    t = U(2026, 11, 4, 15, 2, 26, "UK")
    rcpt = "florian.krueger@examplegroup.eu"
    r = m.rng
    n = r.randrange(2, 60)
    e = direct(m, t, "dse@eumail.docusign.net", rcpt, "mailfra%02d.eumail.docusign.net" % (n % 8 + 1), "mailfra%02d.eumail.docusign.net" % (n % 8 + 1),
               "185.253.64.%d" % n, tls=TLS12, zone="UTC",
               hops=["from docusign.net (10.114.%d.%d) by mailfra%02d.eumail.docusign.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                     % (r.randrange(1, 250), r.randrange(1, 250), n % 8 + 1, hexs(r, 10, True), rcpt, rfcdate(sec(t, 1), "UTC"))],
               msgid="<%s@docusign.net>" % hexs(r, 32), order=["Reply-To", "From", "To", "Message-ID", "Date", "Subject", "MIME-Version", "Content-Type", "X-API-Host", "X-Mailer"],
               bstyle="python")
    e.set("X-API-Host", "https://eu.docusign.net")
    e.return_path = "bounces+%s=example.com@eumail.docusign.net" % rcpt.split("@")[0]
    a, acct, er = uuid4s(r), uuid4s(r), uuid4s(r)
    url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (a, acct, er)
    code = uuid4s(r).upper().replace("-", "")
    text = """Sarah Holt sent you a document to review and sign.

[[!REVIEW DOCUMENT|%s]]

Sarah Holt
sarah.holt@pennineair.co.uk

Florian, as discussed - Amendment 2 with the revised TAT for wheels & brakes. Contracts have already signed on our side. Thanks, Sarah

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go - or even across the globe - Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

Stop receiving this email
[[Report this email|https://protect.docusign.net/report-abuse?e=AUtomjpv%s]] or read more about [[Declining to sign|https://support.docusign.com/s/articles/How-do-I-decline-to-sign-a-document-Signer]] and [[Managing notifications|https://support.docusign.com/s/articles/How-can-I-unsubscribe-from-DocuSign-emails]].
""" % (url, code, hexs(r, 24))
    html = html_esp(text, "utf-8", brand="Docusign", color="#1e1e3c", lang="en", logo_text="Docusign",
                    preheader="Pennine Air - MRO Services Agreement 2027 - Amendment No. 2", font="Helvetica, Arial, sans-serif")
    root = alt(e, tp(plain(text, "colon"), "utf-8", "quoted-printable"), hp(html, "utf-8", "quoted-printable"))
    finish(m, e, addr("Sarah Holt via Docusign", "dse@eumail.docusign.net"), addr("Florian Krüger", rcpt, "utf-8", "Q"),
           "Complete with Docusign: Pennine Air - MRO Services Agreement 2027 - Amendment No. 2.pdf", root, "utf-8", "Q",
           reply_to=addr("Sarah Holt", "sarah.holt@pennineair.co.uk"))
    m.what = "Genuine DocuSign envelope from the customer for a contract amendment."
    m.why = "Sent from DocuSign's EU mail infrastructure (eumail.docusign.net) with the link on eu.docusign.net; Reply-To is the customer's real address; expected by the recipient."
    m.hardneg = [(10, "Identical DocuSign template and sender name; only infrastructure and link domain differ.")]
    return m


def b11():
    m = Message("business", 11, LANG, "github-password-reset")
    t = U(2026, 10, 9, 17, 31, 2)
    rcpt = "jens.hoffmann@example.com"
    r = m.rng
    n = r.randrange(20, 30)
    e = direct(m, t, "noreply@github.com", rcpt, "out-%d.smtp.github.com" % n, "out-%d.smtp.github.com" % n, "192.30.252.%d" % (180 + n),
               tls=TLS12, zone="US",
               hops=["from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id 4%s\n\tfor <%s>; %s"
                     % (hexs(r, 5), r.randrange(1, 250), r.randrange(1, 250), alnum(r, 12), rcpt, rfcdate(sec(t, 1), "US", comment=True))],
               msgid="<%s_%s@%s.mail>" % (hexs(r, 13), hexs(r, 6), "hubbernetes-node-" + hexs(r, 5)),
               order=["Date", "From", "To", "Message-ID", "Subject", "Mime-Version", "Content-Type", "Content-Transfer-Encoding", "X-Auto-Response-Suppress"],
               bstyle="python")
    e.set("X-Auto-Response-Suppress", "All")
    token = alnum(r, 86, "abcdefghijklmnopqrstuvwxyz0123456789")
    text = """Hey jhoffmann-eg!

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

[[!Reset your password|https://github.com/password_reset/%s]]

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % token
    html = html_esp(text, "utf-8", brand="GitHub", color="#24292f", lang="en", logo_text="GitHub",
                    footer="You're receiving this email because a password reset was requested for your account.\nGitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107",
                    font="-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif")
    root = alt(e, tp(plain(text, "url"), "utf-8", "7bit" if all(ord(c) < 128 for c in plain(text, "url")) else "quoted-printable"),
               hp(html, "utf-8", "quoted-printable"))
    finish(m, e, addr("GitHub", "noreply@github.com"), rcpt, "[GitHub] Please reset your password", root, "utf-8", "Q")
    m.what = "GitHub password-reset mail requested by the head of IT."
    m.why = "From GitHub's own out-NN.smtp.github.com relays with GitHub's header pattern; link only to github.com; user-initiated."
    m.hardneg = [(11, "Account-security mail that asks the user to act on a link; real service, real infrastructure, user-initiated.")]
    return m


def b12():
    m = Message("business", 12, LANG, "customer-complaint-late-c-check")
    t = U(2026, 10, 16, 17, 48, 21, "UK")
    snd, rcpt = "sarah.holt@pennineair.co.uk", "james.whitfield@example.com"
    e = exo(m, t, snd, rcpt, lang="en-GB", zone="UTC", pod="DB8")
    text = """James,

I need to escalate the C-check on G-PNAB formally.

Redelivery was committed for 9 October. The aircraft was handed back on 15 October - six days late - and on the acceptance flight yesterday the crew raised two repeat defects that were signed off during the check (No. 2 engine bleed valve fault message and the aft cargo door seal). We cancelled 14 rotations this week and wet-leased an aircraft for the Jersey and Belfast routes at our cost.

Before our commercial call on Wednesday I'd like to receive:
1. a root-cause statement for the delay and for both repeat defects,
2. your proposal regarding the late-delivery credit under clause 11.3 of the MRO Services Agreement,
3. confirmation of who will attend from Hamburg.

I'm copying Oliver as our account manager. To be clear, we value the relationship, but this cannot happen again before the G-PNAD check in January.

Regards,
Sarah Holt
Head of Technical Procurement
%s
""" % PA_SIG
    root = alt(e, tp(text, "windows-1252", "quoted-printable"), hp(html_owa(text, "windows-1252"), "windows-1252", "quoted-printable"))
    finish(m, e, addr("Sarah Holt", snd), addr("James Whitfield", rcpt), "Formal escalation - G-PNAB C-check late redelivery and repeat defects",
           root, "windows-1252", "Q", cc=addr("Oliver Grant", "oliver.grant@examplegroup.eu"), cc_name="CC")
    m.what = "Angry customer escalation about a late C-check and repeat defects, asks for root cause and a contractual credit."
    m.why = "Real customer tenant, operational detail consistent with other mail, no links or attachments, asks for a meeting and documents - pressure without fraud."
    return m


def b13():
    m = Message("business", 13, LANG, "it-notice-how-service-desk-contacts-you")
    t = U(2026, 11, 25, 8, 30, 4)
    snd, rcpt = "lukas.wagner@example.com", "staff-uk@example.com"
    e = internal(m, t, snd, rcpt, client_ip="10.20.12.44", lang="en-US")
    text = """Dear colleagues,

Over the last two weeks several companies in our industry - and this Monday one colleague in Manchester - were targeted by "mail bombing": thousands of newsletter sign-ups flood a mailbox, and shortly afterwards a fake "IT support" person calls or writes via an external Teams chat and offers to fix it with Quick Assist or AnyDesk.

Please remember how we work:
- The Service Desk never contacts you through an external Teams chat. Our Teams accounts never show "External".
- We never ask you to start Quick Assist, AnyDesk or TeamViewer. Remote sessions are only started by us through our own tool after you have called the Service Desk on extension 2222 (+49 40 5550 2222).
- Genuine ticket mails come from servicedesk@example.com and reference a ticket number that you can see on the self-service portal.

If you receive a spam flood, simply report it with the "Report" button in Outlook and call us. We will filter it centrally.

Planned maintenance: on Saturday 28 November from 06:00 to 10:00 CET the VPN gateways will be updated. Mail and Teams on your phone keep working.

Thank you,
Lukas Wagner
IT Security / Messaging
Example Group Aviation Services GmbH
"""
    root = alt(e, tp(text, "us-ascii", "7bit"), hp(html_outlook(text, "us-ascii", lang="EN-US"), "us-ascii", "quoted-printable"))
    finish(m, e, addr("Wagner, Lukas", snd), addr("Staff UK", rcpt),
           "IT notice: how the Service Desk contacts you - and VPN maintenance on Saturday", root, "us-ascii", "Q")
    m.what = "Internal IT security notice: the Service Desk never uses external Teams chats or asks for Quick Assist; VPN maintenance window."
    m.why = "Internal Exchange route through mail-int01, sender is the real mail admin, tells users NOT to accept remote sessions and gives the real helpdesk number."
    m.hardneg = [(13, "Same topic (spam flood, Teams, Quick Assist) from the real IT department, via the internal relay, warning against exactly what attack 13 asks.")]
    return m


def b14():
    m = Message("business", 14, LANG, "customs-broker-import-entry-duty")
    t = U(2026, 11, 11, 15, 40, 9, "UK")
    snd, rcpt = "gary.pickering@nwcustoms.co.uk", "rachel.dawson@example.com"
    r = m.rng
    e = outlook_smtp(m, t, snd, rcpt, "smtp.nwcustoms.co.uk", "mail.nwcustoms.co.uk", "185.119.172.%d" % r.randrange(2, 250),
                     "NWCC-PC07", "host81-151-%d-%d.range81-151.btcentralplus.com" % (r.randrange(1, 250), r.randrange(1, 250)),
                     "81.151.%d.%d" % (r.randrange(1, 250), r.randrange(1, 250)), zone="UK", lang="en-gb")
    text = """Hi Rachel,

Import entry for the APU shipment cleared this afternoon:

MRN 26GB7P3N8R1K4W2D6F
Goods: 1 x APU P/N 3800708-1, S/N P-7731 (repaired, returned after repair, CPC 61 21 000)
Origin: DFW via LHR, AWB 176-55182043
Customs value: USD 96,400.00 (repair charge only)
Import duty: £0.00 (end-use / aircraft parts relief)
Import VAT: £15,197.52 - deferred via postponed VAT accounting, to be declared on your November VAT return

No payment is due to us for duty. Our handling and clearance fee of £145.00 + VAT will be on the monthly invoice as usual. The C88 and the customs summary are attached; the unit is on the Swissport bonded truck to Ringway and should be with you by 17:30.

Regards,
Gary Pickering
Customs Entry Supervisor
Northwest Customs Clearance Ltd
Freight Village, Manchester Airport M90 5NH
T 0161 496 0815
"""
    doc = pdf([("h1", "Import declaration summary (C88)"), ("p", "Northwest Customs Clearance Ltd - Manchester Airport"), ("rule", ""),
               ("mono", "MRN            26GB7P3N8R1K4W2D6F\nImporter       EXAMPLE GROUP AVIATION SERVICES GMBH (UK BRANCH)\nEORI           GB%s000\n"
                        "CPC            61 21 000\nCommodity      8411 91 00 90 (parts of gas turbines)\nCustoms value  USD 96,400.00\n"
                        "Duty           GBP 0.00\nImport VAT     GBP 15,197.52 (PVA)\nStatus         RELEASED 11/11/2026 14:52" % "123456789"),
               ("small", "This summary is provided for your records. Postponed import VAT appears on your Monthly PVA Statement in CDS.")],
              t, zone="UK", title="C88 26GB7P3N8R1K4W2D6F", author="NWCC", creator="CustomsPro", producer="CustomsPro Reports")
    root = mixed(e, alt(e, tp(text, "iso-8859-1", "quoted-printable"), hp(html_outlook(text, "iso-8859-1", lang="EN-GB"), "iso-8859-1")),
                 att("application/pdf", doc, "C88_26GB7P3N8R1K4W2D6F.pdf"), preamble="This is a multipart message in MIME format.")
    finish(m, e, addr("Gary Pickering", snd), addr("Rachel Dawson", rcpt), "Import entry MAN - APU 3800708-1 ex DFW - cleared, PVA", root, "iso-8859-1", "Q")
    m.what = "Customs broker confirms clearance of a repaired APU import at Manchester, duty nil, import VAT postponed; C88 summary PDF."
    m.why = "Known broker's own domain and BT line, facts consistent with the shipment, explicitly says nothing is payable now, no links or sign-in."
    m.hardneg = [(14, "Customs/duty topic at MAN for the same recipient; genuine broker, no credential or payment request.")]
    return m


def b15():
    m = Message("business", 15, LANG, "google-security-alert-new-sign-in")
    t = U(2026, 11, 26, 10, 3, 47, "UK")
    rcpt = "james.whitfield@example.com"
    r = m.rng
    n = r.randrange(41, 73)
    host = "mail-sor-f%d.google.com" % n
    e = direct(m, t, "no-reply@accounts.google.com", rcpt, host, host, "209.85.220.%d" % n, tls=TLS13_128, zone="UTC",
               hops=["by %s with SMTPS id %s\n        for <%s>\n        (Google Transport Security);\n        %s"
                     % (host, "a640c23a62f3a-" + hexs(r, 12) + "sor" + str(r.randrange(1000000, 9999999)) + "66b.%d" % r.randrange(1, 9), rcpt, rfcdate(sec(t, 1), "US", comment=True))],
               msgid="<%s@notifications.google.com>" % alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
               order=["X-Google-Smtp-Source", "X-Received", "MIME-Version", "Date", "X-Account-Notification-Type", "Feedback-ID",
                      "X-Notifications", "X-Notifications-Bounce-Info", "Message-ID", "Subject", "From", "To", "Content-Type"])
    e.bfun = lambda k: "000000000000" + hexs(r, 16)
    e.return_path = "3%s@gaia.bounces.google.com" % alnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
    e.set("X-Google-Smtp-Source", "AGHT+I" + alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    e.set("X-Received", "by 2002:a17:907:%x:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
        r.randrange(0x100, 0xfff), hexs(r, 4), hexs(r, 5), hexs(r, 13), hexs(r, 12), r.randrange(1, 9), r.randrange(1700000000000, 1799999999999),
        rfcdate(sec(t, 1), "US", comment=True)))
    e.set("X-Account-Notification-Type", "127-anexp#givab-fa--mdv2-fa")
    e.set("Feedback-ID", "127-anexp#givab-fa--mdv2-fa:account-notifier")
    e.set("X-Notifications", hexs(r, 12) + "0000")
    e.set("X-Notifications-Bounce-Info", "A" + alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
    e.date = rfcdate(sec(t, 2), "UTC").replace("+0000", "GMT")
    text = """A new sign-in on Windows

james.whitfield@example.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

[[!Check activity|https://accounts.google.com/AccountChooser?Email=james.whitfield@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D127%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0]]

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (int(t.timestamp() * 1000), alnum(r, 19, "0123456789"))
    html = html_esp(text, "UTF-8", brand="Google", color="#4285f4", lang="en", logo_text="Google",
                    font="Google Sans, Roboto, RobotoDraft, Helvetica, Arial, sans-serif")
    txt = plain(text, "label").replace("Check activity", "Check activity\n" + LINK_URL(text))
    root = alt(e, Part("text/plain", txt, charset="UTF-8", cte="base64", ctype_params=["delsp=yes"], format_flowed=True),
               hp(html, "utf-8", "quoted-printable", label="UTF-8"))
    finish(m, e, addr("Google", "no-reply@accounts.google.com"), rcpt, "Security alert", root, "utf-8", "Q")
    m.what = "Google 'new sign-in on Windows' security alert for the UK office manager's Google account (Google Business Profile)."
    m.why = "From accounts.google.com via Google's mail-sor relays with Google's notification headers; links only to accounts.google.com / myaccount.google.com."
    m.hardneg = [(15, "Account-compromise theme ('someone got into your account') - a real provider alert instead of an extortion bluff.")]
    return m


def LINK_URL(text):
    import re
    mo = re.search(r"\[\[!?[^|\]]+\|([^\]]+)\]\]", text)
    return mo.group(1)


def b16():
    m = Message("business", 16, LANG, "ceo-christmas-gifts-via-procurement")
    t = U(2026, 12, 8, 14, 22, 30)
    snd, rcpt = "matthias.koehler@example.com", "james.whitfield@example.com"
    e = internal(m, t, snd, rcpt, client_ip="10.20.31.18", lang="en-US")
    text = """Hi James, hi Rachel,

the Manchester hangar team did an outstanding job on G-PNAB and G-PNAC this autumn, and I'd like to say thank you before Christmas.

Please order a gift for each of the 23 colleagues on the hangar and stores team - budget £50 per person. Julia has the list and will send you the catalogue of the supplier we used in Hamburg last year; please order through Procurement (Amazon Business account or the catalogue) on cost centre 4100-UK so that it goes through the normal approval. Per our compliance policy, no cash or gift cards - they count as taxable benefits.

I'll be in Manchester on 17 December and would like to hand them over myself at the hangar briefing.

Thanks,
Matthias

Dr. Matthias Köhler
CEO
Example Group Aviation Services GmbH
"""
    root = alt(e, tp(text, "iso-8859-1", "quoted-printable"), hp(html_outlook(text, "iso-8859-1", lang="EN-US"), "iso-8859-1"))
    finish(m, e, addr("Köhler, Matthias", snd, "iso-8859-1", "Q"),
           addr_list([("Whitfield, James", rcpt), ("Dawson, Rachel", "rachel.dawson@example.com")]),
           "Christmas thank-you for the Manchester hangar team", root, "iso-8859-1", "Q",
           cc=addr("Brandt, Julia", "julia.brandt@example.com"), cc_name="CC")
    m.what = "Genuine CEO request to the UK office to organise Christmas gifts for the hangar team through procurement."
    m.why = "Internal relay and Exchange, corporate address, budget via cost centre and normal approval, CC the CEO's assistant, explicitly no gift cards."
    m.hardneg = [(16, "Same 'thank the Manchester team with gifts' story; genuine version goes through procurement and forbids gift cards.")]
    return m


ATTACKS = [a09, a10, a11, a12, a13, a14, a15, a16]
BUSINESS = [b09, b10, b11, b12, b13, b14, b15, b16]
