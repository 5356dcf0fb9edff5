"""Attack messages, English (09-16)."""
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs, rfc
from . import infra, ids, qr, pdfdoc, zipc

F = "attack"


def a09():
    seed = "a09"
    t = local("UK", "2026-12-02 14:26:40")
    rcpt = S["uk_mgr"]["addr"]
    mg = "mg.eumail-docusign.net"
    ch = infra.mailgun(seed, t, rcpt, mg, ip="159.135.233.41")
    env_id = guid = "%s-%s-%s-%s-%s" % (h(seed + "1", 8, UHEX), h(seed + "2", 4, UHEX), h(seed + "3", 4, UHEX), h(seed + "4", 4, UHEX), h(seed + "5", 12, UHEX))
    link = "https://eumail-docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (env_id.lower(), h(seed + "ac", 8, HEX), b64url(rcpt))
    plain = dd("""
        Emma Clarke sent you a document to review and sign.

        REVIEW DOCUMENT
        %(link)s

        Emma Clarke
        emma.clarke@harrowfinch.co.uk

        Hello Oliver,

        Please review and sign the updated payment terms and remittance details for 2027. Our finance team needs the signed copy before the next payment run on Friday.

        Thank you,
        Emma

        Do Not Share This Email
        This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

        Alternate Signing Method
        Visit Docusign.com, click 'Access Documents', and enter the security code:
        %(code)s

        About Docusign
        Sign documents electronically in just minutes. It's safe, secure, and legally binding.
        """) % {"link": link, "code": h(seed + "sc", 32, UHEX) + "1"}
    htm = fill_cs(dd("""
        <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=%(cs)s"></head>
        <body style="margin:0;padding:0;background:#eaeaea;">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea;"><tr><td align="center" style="padding:20px 0;">
        <table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;">
        <tr><td style="padding:10px 24px;"><span style="font-size:20px;font-weight:bold;color:#000;">docusign</span></td></tr>
        <tr><td style="padding:0 24px 30px 24px;"><table width="100%" cellpadding="0" cellspacing="0" style="background:#1e1e1e;color:#fff;"><tr><td align="center" style="padding:28px 24px;font-size:16px;">
        Emma Clarke sent you a document to review and sign.<br><br>
        <a href="__LINK__" style="display:inline-block;background:#ffc820;color:#1e1e1e;font-size:14px;font-weight:bold;text-decoration:none;padding:12px 24px;border-radius:2px;">REVIEW DOCUMENT</a>
        </td></tr></table></td></tr>
        <tr><td style="padding:0 24px 24px 24px;font-size:15px;color:#333;line-height:20px;">
        <b>Emma Clarke</b><br><a href="mailto:emma.clarke@harrowfinch.co.uk" style="color:#2463d1;">emma.clarke@harrowfinch.co.uk</a><br><br>
        Hello Oliver,<br><br>Please review and sign the updated payment terms and remittance details for 2027. Our finance team needs the signed copy before the next payment run on Friday.<br><br>Thank you,<br>Emma
        </td></tr>
        <tr><td style="padding:24px;background:#eaeaea;font-size:11px;color:#666;line-height:14px;">
        <b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
        <b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.
        </td></tr></table></td></tr></table></body></html>
        """).replace("__LINK__", esc(link)), "utf-8")
    body = alt(plain, htm, bnd("mailgun", seed), "utf-8", "quoted-printable")
    return spec(F, "en", "docusign-lookalike-mailgun", seed, t, ch,
                frm=addr("Emma Clarke via Docusign", "dse@eumail-docusign.net"), to=addr("Oliver Bennett", rcpt),
                reply_to=addr("Emma Clarke", "emma.clarke@harrowfinch.co.uk"),
                rcpt=rcpt, ret=ch["bounce"], sender="dse@eumail-docusign.net",
                subject="Complete with Docusign: Harrow & Finch - 2027 Payment Terms and Remittance Details.pdf",
                body=body, zone="UK",
                what="Fake DocuSign envelope in the name of a real customer contact ('updated payment terms and remittance details').",
                why="Not from DocuSign's infrastructure but from Mailgun with the look-alike domain eumail-docusign.net (genuine: eumail.docusign.net); the 'Review document' link goes to the look-alike domain with the recipient's address encoded; topic aims at changing payment details. Compare the genuine envelope business/09.")


def a10():
    seed = "a10"
    t = local("UK", "2026-11-05 21:14:06")
    rcpt = S["asst"]["addr"]
    ch = infra.paypal(seed, t, rcpt)
    inv = "INV2-%s-%s-%s-%s" % (h(seed + "i1", 4, UPALNUM), h(seed + "i2", 4, UPALNUM), h(seed + "i3", 4, UPALNUM), h(seed + "i4", 4, UPALNUM))
    link = "https://www.paypal.com/invoice/p/#%s" % inv.replace("-", "")
    note = ("Your Norton 360 Premium subscription (10 devices, 3 years) has been renewed and GBP 389.99 will be debited from your account within 24 hours. "
            "If you did not authorise this renewal or wish to cancel and receive a full refund, call our billing department immediately on +44 20 3996 1478 (Mon-Sun, 24 hours). "
            "Transaction ID NRT-7781-46302-UK")
    plain = dd("""
        Norton Billing Dept sent you an invoice for £389.99 GBP

        Due on receipt

        Invoice number: 0043

        Seller note to customer:
        %(note)s

        View and Pay Invoice
        %(link)s

        Don't recognise this invoice?
        Report this invoice: https://www.paypal.com/invoice/p/#%(inv)s/report

        PayPal Europe S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449, Luxembourg
        """) % {"note": note, "link": link, "inv": inv.replace("-", "")}
    htm = fill_cs(button_mail("en", "#003087", "PayPal", "Norton Billing Dept sent you an invoice for £389.99 GBP",
                              ["Due on receipt", "Invoice number: 0043", "<b>Seller note to customer:</b><br>" + esc(note)],
                              "View and Pay Invoice", link,
                              "Don't recognise this invoice? <a href=\"https://www.paypal.com/invoice/p/#%s/report\">Report this invoice</a><br>PayPal Europe S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449, Luxembourg" % inv.replace("-", ""),
                              font="Helvetica Neue, Helvetica, Arial, sans-serif"), "UTF-8")
    body = alt(plain, htm, bnd("java", seed), "UTF-8", "quoted-printable")
    return spec(F, "en", "paypal-invoice-callback-toad", seed, t, ch,
                frm=addr("PayPal", "service@paypal.co.uk", quote_always=True), to=rcpt, rcpt=rcpt, ret="service@intl.paypal.com",
                subject="Invoice from Norton Billing Dept (0043)", body=body, zone="UK",
                what="Callback phishing (TOAD) through a genuine PayPal invoice: a scammer's PayPal merchant account 'Norton Billing Dept' invoices the company for an antivirus renewal.",
                why="Genuine PayPal infrastructure is abused; the malicious content is the seller note urging the victim to phone +44 20 3996 1478 to 'cancel' – the call leads to remote-access software and bank fraud; no relationship with Norton, implausible amount/devices.")


def a11():
    seed = "a11"
    t = local("UK", "2026-11-26 07:31:55")
    rcpt = S["uk_acc"]["addr"]
    dom = "cds-account-review.com"
    ch = infra.vps(seed, t, rcpt, "mail.cds-account-review.com", "159.65.94.201", "unknown", dom, "UK", mua="phpmailer", helo="mail.cds-account-review.com")
    link = "https://www.tax.service.gov.uk.cds-account-review.com/customs/duty-deferment/verify?dan=7104318&ref=" + h(seed + "r", 10, UPALNUM)
    plain = dd("""
        HM Revenue & Customs

        Customs Declaration Service (CDS) - Duty Deferment

        Dear Example Group UK Ltd,

        Duty Deferment Account (DAN): 7104318
        EORI: GB 2487 1936 5000

        We were unable to collect the direct debit of £14,286.55 for your November 2026 duty deferment statement. Your bank returned the collection with reason code "Instruction cancelled by payer".

        As a result your duty deferment account has been temporarily suspended. Declarations using this DAN will not be accepted and goods may be held at the port of import until the account is reinstated. Storage and demurrage charges are the responsibility of the importer.

        To reinstate the account you must confirm your Government Gateway details and re-authorise the direct debit mandate before 17:00 on 27 November 2026:

        %(link)s

        If you have already settled the outstanding amount, please ignore this message.

        Yours faithfully

        Customs Declaration Service
        HM Revenue & Customs
        """) % {"link": link}
    htm = fill_cs(dd("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=%(cs)s"></head>
        <body style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c;margin:0;">
        <div style="background:#0b0c0c;padding:12px 20px;"><span style="color:#fff;font-weight:bold;font-size:22px;">GOV.UK</span></div>
        <div style="padding:20px;max-width:640px;">
        <p style="font-size:13px;color:#505a5f;margin:0 0 6px 0;">HM Revenue &amp; Customs</p>
        <h2 style="margin:0 0 16px 0;">Customs Declaration Service: duty deferment account suspended</h2>
        <p>Dear Example Group UK Ltd,</p>
        <p>Duty Deferment Account (DAN): <b>7104318</b><br>EORI: GB 2487 1936 5000</p>
        <p>We were unable to collect the direct debit of <b>&pound;14,286.55</b> for your November 2026 duty deferment statement. Your bank returned the collection with reason code &ldquo;Instruction cancelled by payer&rdquo;.</p>
        <p>As a result your duty deferment account has been temporarily suspended. Declarations using this DAN will not be accepted and goods may be held at the port of import until the account is reinstated.</p>
        <p>To reinstate the account you must confirm your Government Gateway details and re-authorise the direct debit mandate before <b>17:00 on 27 November 2026</b>.</p>
        <p><a href="__LINK__" style="display:inline-block;background:#00703c;color:#fff;padding:10px 18px;text-decoration:none;font-weight:bold;">Sign in to reinstate your account</a></p>
        <p style="border-left:10px solid #b1b4b6;padding-left:14px;">If you have already settled the outstanding amount, please ignore this message.</p>
        <p>Yours faithfully<br>Customs Declaration Service<br>HM Revenue &amp; Customs</p>
        </div></body></html>
        """).replace("__LINK__", esc(link)), "utf-8")
    body = alt(plain, htm, bnd("php", seed), "utf-8", "8bit")
    return spec(F, "en", "hmrc-cds-duty-deferment-phishing", seed, t, ch,
                frm=addr("HMRC Customs Declaration Service", "noreply@" + dom), to=rcpt, rcpt=rcpt, ret="bounce@" + dom,
                subject="Action required: duty deferment account 7104318 suspended - direct debit returned",
                body=body, zone="UK",
                what="Customs / tax-office phishing: HMRC 'Customs Declaration Service' claims the duty deferment direct debit failed and goods will be held at the port.",
                why="Sent with PHPMailer from a DigitalOcean VPS without reverse DNS using cds-account-review.com; the link uses a subdomain trick (www.tax.service.gov.uk.cds-account-review.com) to harvest Government Gateway credentials and bank mandate; HMRC notices come via GOV.UK Notify and never ask to sign in through a link (compare business/14).")


def a12():
    seed = "a12"
    t = local("UK", "2026-11-27 03:12:18")
    rcpt = S["uk_acc"]["addr"]
    sender = "emma.clarke@harrowfinch.co.uk"
    ch = infra.m365(seed, t, rcpt, mbx="LO2P265MB5173", region="GBRP265", relay=("GBR01-LO4-obe", "mail-lo4gbr01on2130", "40.107.23.130"),
                    hub="CWLP265MB6092", org="harrowfinch.co.uk", topic="Statement of account - October 2026", lang="en-GB")
    prev = "<%s@EXMBX02.corp.example.com>" % h(seed + "p", 32, HEX)
    prev0 = "<LO2P265MB5173%s@LO2P265MB5173.GBRP265.PROD.OUTLOOK.COM>" % h(seed + "p0", 22, UHEX)
    link_text = "https://harrowfinch-my.sharepoint.com/:o:/g/personal/emma_clarke_harrowfinch_co_uk/EkR7Lq2xY9BPnW"
    href = "https://hf-remittance.emma-clarke.workers.dev/?d=" + b64url(rcpt)
    quoted = dd("""
        From: Priya Shah <priya.shah@example.com>
        Sent: 24 November 2026 10:02
        To: Emma Clarke <emma.clarke@harrowfinch.co.uk>
        Subject: RE: Statement of account - October 2026

        Hi Emma,

        Just a gentle reminder on the October statement - invoices UK-26-0912 and UK-26-0947 (total £18,420.60) are now 14 days overdue. Could you let me know when payment is scheduled?

        Many thanks,
        Priya

        Priya Shah
        Accounts | Example Group UK
        """)
    plain = dd("""
        Hi Priya,

        Apologies for the delay on this. Payment for the October statement has now been processed - please find the remittance advice and the updated statement in the secure link below, as our finance system no longer sends attachments to external addresses.

        View remittance (OneDrive) <%(lt)s>

        You may be asked to verify your email address to access the file.

        Kind regards,
        Emma

        Emma Clarke
        Purchasing Manager | Harrow & Finch Fine Foods Ltd
        Unit 4, Thames Road Industrial Estate, London E16 2EZ
        """) % {"lt": href}
    htm = fill_cs(html_outlook(plain.replace("View remittance (OneDrive) <%s>" % href, "View remittance (OneDrive)"), "EN-GB", quoted=quoted), "windows-1252")
    htm = htm.replace("View remittance (OneDrive)<o:p>", '<a href="%s">%s</a><o:p>' % (esc(href), esc(link_text)), 1)
    body = Multi("alternative", [Text(plain + "\n" + quoted, "plain", "windows-1252", "quoted-printable"),
                                 Text(htm, "html", "windows-1252", "quoted-printable")], bnd("m365", seed, "LO2P265MB5173"))
    return spec(F, "en", "thread-hijack-customer-remittance-link", seed, t, ch,
                frm=addr("Emma Clarke", sender), to=addr("Priya Shah", rcpt), rcpt=rcpt, ret=sender,
                subject="RE: Statement of account - October 2026", body=body, zone="UK",
                in_reply_to=prev, references=prev0 + "\n " + prev,
                what="Thread hijack from a customer's genuinely compromised Microsoft 365 mailbox: reply to an overdue-payment reminder with a 'OneDrive remittance' link.",
                why="Real Harrow & Finch tenant, real thread, but sent at 03:12; the visible text shows a SharePoint URL while the link actually points to a Cloudflare workers.dev page (hf-remittance.emma-clarke.workers.dev) carrying the recipient's address – credential phishing via hijacked conversation.")


def a13():
    seed = "a13"
    t = local("UK", "2026-12-09 11:46:21")
    rcpt = S["uk_mgr"]["addr"]
    sender = "juergen.koehler.ceo@outlook.com"
    ch = infra.m365(seed, t, rcpt, mbx="AS8P195MB1621", region="EURP195", relay=("EUR02-DB5-obe", "mail-db5eur02olkn2096", "40.92.50.96"),
                    hub="DU2P195MB2184", org=None, topic="Quick request", lang="en-US")
    ch["extra"] = [(k, "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if k == "X-MS-Exchange-CrossTenant-id" else v) for k, v in ch["extra"] if k not in ("X-OriginatorOrg", "msip_labels")] + [("x-tmn", "[%s]" % h(seed + "tmn", 32, ALNUM)), ("X-Microsoft-Original-Message-ID", "<%s@AS8P195MB1621.EURP195.PROD.OUTLOOK.COM>" % h(seed + "omid", 30, UHEX))]
    plain = dd("""
        Oliver,

        Are you at your desk? I need you to handle something for me discreetly today.

        We want to surprise a few of our key UK customers and the London team with a thank-you before Christmas, and I want it sorted before I fly back tomorrow morning.

        Please purchase Apple gift cards, 8 x £200, from the nearest Tesco or Boots. Keep the receipts and claim it back on expenses, Katrin is aware. Once you have them, scratch the back, take a clear photo of each card showing the code and send them to me here so I can write the cards tonight.

        I am in back-to-back meetings with the Harrow & Finch people, so email only please, I can't take calls.

        Thanks,
        Jürgen

        Get Outlook for iOS<https://aka.ms/o0ukef>
        """)
    htm = fill_cs(dd("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=%(cs)s"></head>
        <body><div dir="ltr">
        """) + "".join("<div><span style=\"font-family:Aptos,sans-serif;font-size:12pt;\">%s</span></div>\n" % (esc(l) if l else "<br>") for l in plain.replace("Get Outlook for iOS<https://aka.ms/o0ukef>", "").rstrip().split("\n"))
        + '<div id="ms-outlook-mobile-signature"><div><br></div>Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>\n</div></body></html>\n', "utf-8")
    body = Multi("alternative", [Text(plain, "plain", "utf-8", "base64"), Text(htm, "html", "utf-8", "base64")],
                 bnd("m365", seed, "AS8P195MB1621"))
    return spec(F, "en", "ceo-gift-cards-outlook-com", seed, t, ch,
                frm=addr("Jürgen Köhler", sender, "utf-8", "B"), to=rcpt, rcpt=rcpt, ret=sender,
                subject="Quick request", body=body, zone="UK",
                what="Gift-card scam impersonating the CEO: asks the UK office manager to buy Apple gift cards and send photos of the codes.",
                why="Consumer outlook.com address instead of example.com, secrecy, urgency, 'email only', request to photograph gift-card codes – unmistakable gift-card BEC; genuine Christmas vouchers are handled by HR without any such request (business/16).")


def a14():
    seed = "a14"
    t = local("UK", "2026-11-11 15:52:37")
    rcpt = S["uk_mgr"]["addr"]
    sender = "james@whitmoreprovisions.co.uk"
    ch = infra.m365(seed, t, rcpt, mbx="CWXP265MB3318", region="GBRP265", relay=("GBR01-CWX-obe", "mail-cwxgbr01on2112", "40.107.121.112"),
                    hub="LO0P265MB2816", org="whitmoreprovisions.co.uk", topic="Whitmore Provisions - 2027 olive oil tender (secure documents)", lang="en-GB")
    code = "GHT7QX2KM"
    plain = dd("""
        Hi Oliver,

        Following our chat at Speciality & Fine Food Fair in September, we're finalising our 2027 tender for extra virgin olive oil (private label, 750 ml glass and 5 L tins, approx. 60 pallets p.a.) and would very much like Example Group to quote.

        The tender pack (specification, volumes per SKU, pricing template) is shared securely through our Microsoft 365 tenant. To open it:

        1. Go to https://microsoft.com/devicelogin
        2. Enter the code: %(code)s
        3. Sign in with your Example Group Microsoft account when prompted

        The code is only valid for 15 minutes from the time this email was sent - if it has expired, just reply and I'll send a fresh one.

        Quotes are due by 4 December.

        Best regards,
        James Whitmore
        Commercial Director
        Whitmore Provisions Ltd
        Tel: 01743 562 418
        """) % {"code": code}
    body = outlook_alt(plain, bnd("m365", seed, "CWXP265MB3318"), cs="windows-1252", lang="EN-GB")
    return spec(F, "en", "device-code-phishing-tender", seed, t, ch,
                frm=addr("James Whitmore", sender), to=addr("Oliver Bennett", rcpt), rcpt=rcpt, ret=sender,
                subject="Whitmore Provisions - 2027 olive oil tender (secure documents)", body=body, zone="UK",
                what="Device-code phishing: a 'prospective customer' asks the recipient to enter a code at microsoft.com/devicelogin to open tender documents.",
                why="Entering an attacker-generated device code on the genuine Microsoft page hands the attacker OAuth tokens for the victim's Microsoft 365 account (Storm-2372 style); no document sharing works this way; sent from a small UK business tenant that is compromised/attacker-controlled, 15-minute urgency matches the device-code lifetime.")


def a15():
    seed = "a15"
    t = local("UK", "2026-11-19 09:08:14")
    rcpt = S["uk_acc"]["addr"]
    dom = "examplegroup-support.com"
    ch = infra.ses(seed, t, rcpt, region="eu-west-2", ip="23.251.234.17")
    ch["peer"] = ("e234-17.smtp-out.eu-west-2.amazonses.com", "e234-17.smtp-out.eu-west-2.amazonses.com", "23.251.234.17")
    plain = dd("""
        Hello Priya,

        Ticket: INC0048817 - Mail flood on priya.shah@example.com
        Priority: High

        Our monitoring has detected that your mailbox is receiving an unusually high volume of newsletter sign-up and spam messages (mail bombing) since this morning. We have blocked most of the incoming messages at the gateway, but the filter rule also has to be applied on your device.

        A technician from the Service Desk will contact you via Microsoft Teams within the next 30 minutes (caller: "Help Desk | Example Group"). Please accept the call.

        To install the filter the technician will ask you to start Quick Assist (press Ctrl + Windows + Q) and read out the 6-digit security code shown on your screen. The session takes about 10 minutes.

        Please do not restart your laptop or delete messages before the filter has been installed, as this may interrupt the clean-up.

        Kind regards,
        IT Service Desk
        Example Group
        """)
    htm = fill_cs(html_simple(plain, "Segoe UI, Arial, sans-serif", "11pt"), "UTF-8")
    body = alt(plain, htm, bnd("ses", seed), "UTF-8", "quoted-printable")
    return spec(F, "en", "teams-quick-assist-helpdesk-vishing", seed, t, ch,
                frm=addr("Example Group IT Service Desk", "servicedesk@" + dom), to=rcpt, rcpt=rcpt, ret=ch["bounce"],
                subject="[INC0048817] Mail flood on your mailbox - technician will call you on Teams",
                body=body, zone="UK",
                what="Help-desk vishing pretext: after a spam flood, a fake 'IT Service Desk' announces a Teams call and asks the user to start Quick Assist and read out the code.",
                why="External look-alike domain examplegroup-support.com sent through Amazon SES; the Teams caller will be an external tenant; Quick Assist gives the attacker remote control (email-bombing + Teams vishing used by ransomware groups); internal IT explicitly never asks for this (business/15).")


def a16():
    seed = "a16"
    t = local("BR", "2026-10-29 04:17:52")
    rcpt = S["sec"]["addr"]
    btc = ids.bech32_p2wpkh("audit109-extortion-a16")
    env = "contato@marmorariasaojose.com.br"
    ch = dict(received=[], peer=("marmorariasaojose.com.br", "unknown", "187.45.181.203"), tls=None, extra=[
        ("X-Priority", "3"), ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")],
        msgid="<%s$%s@%s>" % (h(seed + "m", 12, UHEX), h(seed + "m2", 8, UHEX), "example.com"), arrive=plus(t, 2), datezone="BR", style="outlook_smtp")
    plain = dd("""
        Hello!

        I have to share bad news with you.
        Approximately few months ago I have gained access to your devices, which you use for internet browsing.
        After that, I have started tracking your internet activities.

        Here is the sequence of events:
        Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase such thing online).
        Obviously, I have easily managed to log in to your email account (lukas.hoffmann@example.com).

        One week later, I have already installed Trojan virus to Operating Systems of all the devices that you use to access your email.
        In fact, it was not really hard at all (since you were following the links from your inbox emails).
        All ingenious is simple. =)

        This software provides me with access to all the controllers of your devices (e.g., your microphone, video camera and keyboard).
        I have downloaded all your information, data, photos, web browsing history to my servers.
        I have access to all your messengers, social networks, emails, chat history and contacts list.
        My virus continuously refreshes the signatures (it is driver-based), and hence remains invisible for antivirus software.

        Likewise, I guess by now you understand why I have stayed undetected until this letter...

        While gathering information about you, I have discovered that you are a big fan of adult websites.
        I have recorded several videos of you while you were enjoying those websites, and I can send them to all your colleagues and business partners with one click.

        If you want to prevent this, transfer the amount of 1450 USD to my Bitcoin wallet (if you do not know how to do this, search "buy bitcoin" online).

        My bitcoin wallet is (BTC Wallet): %(btc)s

        After the payment is received, I will delete the video and you will never hear from me again.
        Please note that you have 50 hours to complete the payment. I have a special pixel in this email, and right now I know that you have opened it.

        Do not try to reply, this email address was generated automatically. Do not contact the police, I will know immediately.
        """) % {"btc": btc}
    body = Text(plain, "plain", "utf-8", "8bit")
    return spec(F, "en", "extortion-bitcoin-spoofed-self", seed, t, ch,
                frm=rcpt, to=rcpt, rcpt=rcpt, ret=env,
                subject=subj("Security notice. Your account lukas.hoffmann@example.com was compromised.", "utf-8", "B"),
                body=body, zone="BR", btc=[btc],
                what="Sextortion/extortion spam with a Bitcoin (bech32) address; From spoofs the recipient's own address.",
                why="From = To (spoofed, envelope sender is an unrelated Brazilian domain), delivered from a Brazilian IP without reverse DNS with a fake 'Outlook Express' X-Mailer; generic threat, payment demand in BTC, deadline – extortion scam.")


def messages():
    return [a09(), a10(), a11(), a12(), a13(), a14(), a15(), a16()]
