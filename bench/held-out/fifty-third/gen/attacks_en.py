"""Attack messages, English (8)."""
import ids
from core import reg, finish
from infra import (t_paypal, t_exo, t_mailgun, t_ses, t_exim, t_postfix, t_gmail, mua_exo, mua_gmail,
                   mua_phpmailer, mua_plain)
from mime import Text, Multi, Blob
from people import S, ASHWORTH_IBAN
from tpl import alt, mixed, mso_html, card_html, button, p, kv_table, esc, gmail_html, fill
from util import addr, secs, tok, digits, mkrng

A = "attack"


@reg(A, "en", "paypal-invoice-callback-toad")
def a_paypal(k):
    k.when("2026-10-20 16:05:19", "CET")
    uk = S("uk_acc")
    rt = k.env("service@paypal.co.uk", uk["addr"])
    t_paypal(rt)
    inv = "INV2-%s-%s-%s-%s" % (tok(k.rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                               tok(k.rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                               tok(k.rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                               tok(k.rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
    url = "https://www.paypal.com/invoice/p/#" + inv.replace("-", "")
    phone = "+44 20 7946 0381"
    note = ("Your Norton 360 Premium (10 devices, 3-year plan) subscription has been renewed automatically and "
            "£389.99 will be charged to your account within 24 hours. If you did not authorise this renewal, call "
            "our billing desk on %s (Mon-Sun, 8am-10pm) to cancel and receive a full refund. Do not pay this invoice "
            "online if you wish to cancel." % phone)
    inner = p("<b>Norton Billing Team</b> sent you an invoice", "<span style='font-size:28px;font-weight:700'>£389.99 GBP</span>",
              "Due on receipt") + kv_table([("Invoice number", inv.split("-", 1)[1][:14]), ("Invoice date", "20 Oct 2026"),
                                            ("Item", "Norton 360 Premium – 10 devices – 3 years")]) + \
        p("<b>Seller note</b>", esc(note)) + button(url, "View and Pay Invoice", "#003087") + \
        p("", "Don't recognise this invoice? Report it to PayPal.")
    html = card_html("Norton Billing Team sent you an invoice", inner, brand="PayPal", brand_color="#003087",
                     lang="en", footer="PayPal is committed to preventing fraudulent emails. Emails from PayPal will "
                                       "always contain your full name.<br>Copyright © 1999-2026 PayPal. All rights "
                                       "reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, "
                                       "L-2449 Luxembourg.")
    plain = ("Norton Billing Team sent you an invoice\n\n£389.99 GBP\nDue on receipt\n\nInvoice number: %s\n\n"
             "Seller note:\n%s\n\nView and Pay Invoice: %s\n\nCopyright © 1999-2026 PayPal. All rights reserved.\n"
             % (inv, note, url))
    body = alt(rt, plain, html, "UTF-8", "quoted-printable")
    return finish(k, rt, frm=addr("Norton Billing Team via PayPal", "service@paypal.co.uk"), to=uk["addr"],
                  subject="Norton Billing Team sent you an invoice for £389.99 GBP",
                  subj_cs=("UTF-8", "Q", None), body=body,
                  extra=[("X-Email-Type-Id", "PPX000628"), ("X-MaiLocale", "en_GB"),
                         ("X-PP-REQUESTED-TIME", digits(k.rng, 13)),
                         ("X-PP-Email-transmission-Id", "%s-%s" % (tok(k.rng, 8), tok(k.rng, 12)))],
                  what="Callback phishing (TOAD) through a genuine PayPal invoice: 'Norton renewal £389.99', the "
                       "seller note tells the reader to phone a 'billing desk' to cancel",
                  why="Abuses a legitimate service (PayPal invoicing infrastructure) so sender checks pass; the "
                      "payload is the phone number in the free-text seller note; subscription the company never "
                      "bought; the call leads to remote-access/refund fraud.")


@reg(A, "en", "fake-solicitor-completion-funds")
def a_solicitor(k):
    k.when("2026-11-06 11:38:42", "GB")
    uk = S("uk_mgr")
    rt = k.env("e.pike@ashworthpike-llp.co.uk", uk["addr"])
    t_exo(rt, "CWLP265MB%04d" % 6231, "LO4P265MB%04d" % 7718, "GBRP265", out="gbr01", zone="GB")
    subj = "RE: Hardman Street lease - completion statement and updated client account details"
    mua_exo(rt, "CWLP265MB6231", "GBRP265", subj, reply=True, lang_tag="en-GB")
    acc = ids.iban_gb("LOYD", "309457", "28461930")
    text = """Dear Rebecca,

Further to our call last week, please find below the completion statement for the renewal of the lease at 3 Hardman Street. The landlord's solicitors have confirmed they are ready to complete at 4pm today.

Balance due from Example Group UK Ltd:
Rent deposit (3 months): £41,250.00
SDLT on lease premium: £6,900.00
Land Registry fee: £600.00
Total: £48,750.00

Please note that following our annual SRA accounts review our client account has moved to Lloyds Bank. Kindly do not use the details in our original engagement letter, as that account no longer accepts incoming payments.

Account name: Ashworth & Pike LLP Client Account
Bank: Lloyds Bank plc, 25 Gresham Street, London
Sort code: 30-94-57
Account number: 28461930
IBAN: %s

As completion is time-critical, I would be grateful if you could arrange the transfer before 2pm and reply with the payment confirmation. I am in back-to-back completions today and may not be able to take calls, so email is the quickest way to reach me.

Kind regards,

Eleanor Pike
Partner, Commercial Property
Ashworth & Pike LLP
One St Peter's Square, Manchester M2 3DE
T: 0161 496 0718

Ashworth & Pike LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 614273). CYBER CRIME WARNING: we will never change our bank details by email. Please always call us on a known number to verify our details before transferring funds.
""" % ids.pretty(acc)
    body = alt(rt, text, mso_html(text, "EN-GB", font="Arial"), "iso-8859-1", "quoted-printable")
    return finish(k, rt, frm=addr("Eleanor Pike", "e.pike@ashworthpike-llp.co.uk"),
                  to=addr("Rebecca Holt", uk["addr"]), subject=subj, body=body,
                  in_reply_to="<CWLP265MB6231%s@CWLP265MB6231.GBRP265.PROD.OUTLOOK.COM>" % tok(k.rng, 24, "0123456789ABCDEF"),
                  what="Fake solicitor: 'Eleanor Pike' of the real law firm sends a completion statement for the "
                       "Manchester lease and a 'new' client account, £48,750 before 2pm",
                  why="Look-alike domain ashworthpike-llp.co.uk (real: ashworthpike.co.uk) on a fresh Microsoft 365 "
                      "tenant; fake 'RE:' to a non-existent message; bank change by e-mail while quoting the firm's "
                      "own 'we never change bank details by email' warning; deadline and refusal of phone contact – "
                      "conveyancing/lawyer BEC.")


@reg(A, "en", "docusign-lookalike-agreement")
def a_docusign(k):
    k.when("2026-11-11 09:02:17", "GB")
    uk = S("uk_mgr")
    rt = k.env("dse@docusign-esign-eu.net", uk["addr"])
    t_mailgun(rt, "mg.docusign-esign-eu.net")
    env = "%s-%s-%s-%s-%s" % (tok(k.rng, 8), tok(k.rng, 4), tok(k.rng, 4), tok(k.rng, 4), tok(k.rng, 12))
    url = "https://docusign-esign-eu.net/Signing/EmailStart.aspx?a=%s&acct=%s&er=%s" % (env, tok(k.rng, 8), tok(k.rng, 8))
    inner = ("<div style='text-align:center;background:#1e4ca1;color:#fff;padding:28px 20px;margin:-28px -28px 24px -28px'>"
             "<div style='font-size:16px;margin-bottom:14px'>James Whitfield sent you a document to review and sign.</div>"
             + button(url, "REVIEW DOCUMENT", "#ffc820", "#000000").replace("<table", "<table align='center'") +
             "</div>") + \
        p("<b>James Whitfield</b><br><a href='mailto:j.whitfield@northernimaging.co.uk'>j.whitfield@northernimaging.co.uk</a>",
          "Hi Rebecca,<br>Please review and sign the renewed service agreement for the MRI and CT systems (1 Jan 2027 – 31 Dec "
          "2029). Pricing as discussed; the signed copy is needed before our planning call.<br>Thanks, James") + \
        p("<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, "
          "link, or access code with others.",
          "<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: "
          + tok(k.rng, 32, "0123456789ABCDEF"))
    html = card_html("Please DocuSign", inner, brand="<span style='font-weight:700'>docusign</span>",
                     brand_color="#ffffff", lang="en",
                     footer="Download the Docusign App<br>This message was sent to you by James Whitfield who is using "
                            "the Docusign Electronic Signature Service.")
    html = html.replace("color:#ffffff;font-weight:600\">", "color:#000000;font-weight:600\">", 1)
    plain = ("James Whitfield sent you a document to review and sign.\n\nREVIEW DOCUMENT\n%s\n\nHi Rebecca,\nPlease "
             "review and sign the renewed service agreement for the MRI and CT systems.\nThanks, James\n" % url)
    body = alt(rt, plain, html, "utf-8", "quoted-printable")
    return finish(k, rt, frm=addr("James Whitfield via Docusign", "dse@docusign-esign-eu.net"), to=uk["addr"],
                  reply_to=addr("James Whitfield", "j.whitfield@northernimaging.co.uk"),
                  subject="Complete with Docusign: Northern Imaging - Service Agreement Renewal 2027-2029.pdf",
                  body=body,
                  what="DocuSign look-alike envelope 'from James Whitfield' (real maintenance contractor) for an MRI/CT "
                       "service agreement; button leads to a credential page",
                  why="Sender domain docusign-esign-eu.net is not DocuSign (genuine: eumail.docusign.net, cf. "
                      "business 09); sent via Mailgun; link host equals the look-alike domain; reuses a real "
                      "partner's name in Reply-To to look plausible.")


@reg(A, "en", "device-code-teams-invite")
def a_devicecode(k):
    k.when("2026-11-17 10:26:03", "CET")
    proc = S("proc")
    rt = k.env("p.nair@lanecrest-consulting.co.uk", proc["addr"])
    t_exo(rt, "LO2P265MB%04d" % 4410, "CWXP265MB%04d" % 3377, "GBRP265", out="gbr01", zone="GB")
    subj = "Q1 2027 tender review – Example Group / Lanecrest (Teams)"
    mua_exo(rt, "LO2P265MB4410", "GBRP265", subj, lang_tag="en-GB")
    code = "FJ7NQZ2KX"
    text = """Hi Markus,

Thanks again for your time on the intro call. As agreed, I've set up the review of the Q1 2027 imaging consumables tender for tomorrow at 10:00 CET.

Because you'll be joining our Teams environment as an external guest, Microsoft needs to link your organisation account to the meeting first. Please go to

https://microsoft.com/devicelogin

and enter the one-time code below, then sign in with your Example Group account. The code is only valid for 15 minutes, so it's best to do it just before we start – if it has expired, reply and I'll send a new one.

Meeting code: %s

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 361 774 219 058
Passcode: hT7vQ2

Best regards,
Priya Nair
Senior Consultant, Healthcare Procurement
Lanecrest Consulting Ltd | 20 Fenchurch Street, London EC3M 3BY
""" % code
    html = mso_html(text, "EN-GB").replace(esc("https://microsoft.com/devicelogin"),
                                           '<a href="https://microsoft.com/devicelogin">https://microsoft.com/devicelogin</a>')
    body = alt(rt, text, html, "utf-8", "base64")
    return finish(k, rt, frm=addr("Priya Nair", "p.nair@lanecrest-consulting.co.uk"),
                  to=addr("Vogel, Markus", proc["addr"]), subject=subj, body=body,
                  what="Device-code phishing: a consultant's Teams 'guest verification' asks to enter a code at the "
                       "genuine microsoft.com/devicelogin page and sign in",
                  why="OAuth device-authorisation abuse (Storm-2372 pattern): entering the attacker's code grants "
                      "the attacker tokens for the victim's account; the link is genuine Microsoft so URL "
                      "reputation is clean; sent from a compromised third-party Microsoft 365 tenant; 15-minute "
                      "urgency. Genuine Teams invites (business 12) never ask for a device code.")


@reg(A, "en", "cqc-provider-portal-phishing")
def a_cqc(k):
    k.when("2026-11-24 08:13:47", "GB")
    uk = S("uk_mgr")
    rt = k.env("noreply@cqc-providerportal.org.uk", uk["addr"])
    t_ses(rt)
    loc = "1-1928374650"
    url = "https://cqc-providerportal.org.uk/portal/login?loc=%s&pir=%s" % (loc, tok(k.rng, 10))
    inner = p("Dear Registered Manager,",
              "As part of our ongoing monitoring under the Single Assessment Framework, the Care Quality Commission "
              "requires you to submit a <b>Provider Information Return (PIR)</b> for the following location:") + \
        kv_table([("Provider", "Example Group UK Ltd"), ("Location", "Manchester Diagnostic Centre"),
                  ("Location ID", loc), ("Return due", "1 December 2026")]) + \
        p("Please sign in to the CQC Provider Portal to review the pre-populated information and complete your return "
          "within <b>5 working days</b>. If the PIR is not returned, this may be taken into account in our assessment "
          "and could lead to further regulatory action under the Health and Social Care Act 2008.") + \
        button(url, "Sign in to the Provider Portal", "#621b4b") + \
        p("", "You can sign in with your organisation's Microsoft account.", "Kind regards,<br>National Customer Service Centre<br>Care Quality Commission")
    html = card_html("Provider Information Return requested", inner, brand="CareQuality Commission", brand_color="#621b4b",
                     lang="en", footer="Care Quality Commission, Citygate, Gallowgate, Newcastle upon Tyne NE1 4PA. "
                                       "This is an automated message, please do not reply.")
    plain = ("Dear Registered Manager,\n\nThe Care Quality Commission requires you to submit a Provider Information "
             "Return (PIR) for Manchester Diagnostic Centre (Location ID %s) within 5 working days.\n\nSign in: %s\n\n"
             "National Customer Service Centre\nCare Quality Commission\n" % (loc, url))
    body = alt(rt, plain, html, "UTF-8", "quoted-printable")
    return finish(k, rt, frm=addr("Care Quality Commission", "noreply@cqc-providerportal.org.uk"), to=uk["addr"],
                  subject="Action required: Provider Information Return – Manchester Diagnostic Centre (%s)" % loc,
                  subj_cs=("UTF-8", "Q", None), body=body,
                  what="Regulator impersonation: CQC 'Provider Information Return' request with enforcement threat, "
                       "sign-in button to a Microsoft-SSO look-alike portal",
                  why="Trade-specific lure for a UK private clinic; domain cqc-providerportal.org.uk is not the "
                      "regulator's (cqc.org.uk) and is sent through Amazon SES; credential harvesting behind "
                      "'sign in with your organisation's Microsoft account'; deadline and sanctions threat.")


@reg(A, "en", "svg-remittance-advice")
def a_svg(k):
    k.when("2026-11-26 14:47:29", "GB")
    uk = S("uk_acc")
    rt = k.env("accounts@brightwell-joinery.co.uk", uk["addr"])
    t_exim(rt, "s214.uk-cloudhost.net", "185.199.221.37", "102.90.81.215", "[192.168.0.102]", zone="GB")
    mua_plain(rt, "<%s@brightwell-joinery.co.uk>" % tok(k.rng, 32), bstyle="roundcube",
              order=["mime-version", "date", "from", "to", "subject", "message-id", "user-agent", "content"])
    rt.set("User-Agent", "Roundcube Webmail/1.6.7")
    ref = "HH-PAY-7719204"
    url = "https://remit-view.harbourhealth-payments.com/r/?id=%s&u=ZGFuaWVsLm9rYWZvcg" % ref
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="620" height="420" viewBox="0 0 620 420">
  <rect width="620" height="420" fill="#f4f6f8"/>
  <rect x="30" y="30" width="560" height="360" rx="6" fill="#ffffff" stroke="#d0d7de"/>
  <text x="60" y="85" font-family="Segoe UI, Arial" font-size="22" font-weight="600" fill="#0b3b5c">Harbour Health Insurance plc</text>
  <text x="60" y="115" font-family="Segoe UI, Arial" font-size="15" fill="#444">Remittance Advice – Payment Ref %s</text>
  <text x="60" y="160" font-family="Segoe UI, Arial" font-size="14" fill="#444">Payee: Example Group UK Ltd</text>
  <text x="60" y="185" font-family="Segoe UI, Arial" font-size="14" fill="#444">Amount: £ 27,418.60 (14 invoices)</text>
  <text x="60" y="210" font-family="Segoe UI, Arial" font-size="14" fill="#444">Value date: 26/11/2026</text>
  <text x="60" y="250" font-family="Segoe UI, Arial" font-size="13" fill="#888">This document is protected. Sign in with your business e-mail to view the line items.</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="60" y="285" width="230" height="44" rx="4" fill="#0b66c3"/>
    <text x="175" y="313" text-anchor="middle" font-family="Segoe UI, Arial" font-size="15" fill="#ffffff">View remittance</text>
  </a>
</svg>
""" % (ref, esc(url), esc(url))
    text = ("Good afternoon,\n\nPlease find attached remittance advice for the payment issued today to Example Group "
            "UK Ltd.\n\nKind regards,\n\nAccounts Payable\nHarbour Health Insurance plc\n")
    body = mixed(rt, Text(text, "plain", "US-ASCII", "7bit", quote_cs=False, params="; format=flowed"),
                 Blob(svg.encode("utf-8"), "image/svg+xml", "Remittance_%s.svg" % ref))
    return finish(k, rt, frm=addr("Accounts Payable | Harbour Health", "accounts@brightwell-joinery.co.uk"),
                  to=uk["addr"], subject="Remittance Advice - Payment Ref %s - Example Group UK Ltd" % ref, body=body,
                  what="'Remittance advice' from the insurer customer with an SVG attachment whose 'View remittance' "
                       "button links to a credential page",
                  why="Display name of a real customer on a compromised joinery's mailbox (cPanel/Exim, webmail "
                      "from a Nigerian IP); SVG used as a document container to carry a phishing link past "
                      "attachment filters (no script, inert); 'sign in to view' lure.")


@reg(A, "en", "sextortion-bitcoin")
def a_extortion(k):
    k.when("2026-11-28 03:14:52", "CET")
    s = S("sales")
    rt = k.env(s["addr"], s["addr"])
    t_postfix(rt, "[177.53.143.92]", "177.53.143.92", rdns="177-53-143-92.static.desktop.com.br",
              helo="mail.contabilidadevieira.com.br", back=40, tls=None)
    mua_plain(rt, "<%s.%s@example.com>" % (digits(k.rng, 14), tok(k.rng, 6, "0123456789ABCDEF")),
              order=["from", "to", "subject", "date", "message-id", "mime-version", "content", "x-priority"])
    r2 = mkrng("btc", k.slug)
    btc = ids.bech32_segwit_v0(bytes(r2.randrange(256) for _ in range(20)))
    k.files["btc"] = btc
    text = """Hello!

I have to share bad news with you. Approximately a few months ago I gained access to your devices, which you use for browsing the internet. After that, I started tracking your internet activities.

Here is the sequence of events: some time ago I bought access to e-mail accounts from hackers (nowadays it is quite simple to purchase it online). As you can see, I easily managed to log in to your e-mail account ({0}). One week later I installed a Trojan on the operating systems of all the devices you use to access your e-mail. It is a hidden driver that updates its signatures several times a day, so your antivirus cannot detect it.

I collected your contacts, your browsing history and recordings from your camera made while you were visiting adult websites. With one click of my mouse I can send these videos to all your colleagues, patients and family members.

If you want to prevent this, transfer 1450 USD to my Bitcoin wallet (if you do not know how to do this, search "buy bitcoin" in Google):

{1}

After receiving the payment I will delete the recordings and you will never hear from me again. You have 48 hours from opening this e-mail. I receive a notification as soon as you read it. Do not reply to this message – the sender address is your own. Do not contact the police or your IT department: I will know, and the videos will be published immediately.
""".format(s["addr"], btc)
    body = Text(text, "plain", "utf-8", "8bit", quote_cs=False)
    return finish(k, rt, frm=s["addr"], to=s["addr"], subject="Your account is hacked. Pending payment.",
                  body=body, extra=[("X-Priority", "1")],
                  what="Sextortion / extortion with a Bitcoin (bech32) address, From spoofed as the recipient's own "
                       "address",
                  why="Forged own-address sender arriving from a Brazilian host with no relation to example.com "
                      "(SPF/DMARC would fail); generic blackmail template, 48-hour deadline, crypto payment demand.")


@reg(A, "en", "ceo-giftcards-gmail")
def a_gift(k):
    k.when("2026-12-04 12:07:33", "GB")
    uk = S("uk_mgr")
    rt = k.env("m.brandt.office@gmail.com", uk["addr"])
    t_gmail(rt, zone="CET", host="mail-ej1-f%d.google.com", ipfmt="209.85.218.%d")
    mua_gmail(rt)
    text = """Hi Rebecca,

Are you at your desk? I need a quick favour that has to stay between us for now.

I want to thank the Manchester team personally for the excellent CQC result before the Christmas party, as a surprise. Could you pick up 8 Apple gift cards at £200 each on your lunch break (Tesco or Boots should have them)? Scratch off the back, take a clear photo of each card with the code visible and email the photos to me here – I'll write the cards myself during the board call this afternoon.

You'll get the money back through your expenses this month, just keep the receipt.

I'm in meetings all day and can't take calls. Thanks a lot!

Matthias

Sent from my iPhone
"""
    body = alt(rt, text, gmail_html(text), "UTF-8", "quoted-printable")
    return finish(k, rt, frm=addr("Matthias Brandt", "m.brandt.office@gmail.com"), to=uk["addr"],
                  subject="Quick favour", body=body,
                  what="CEO impersonation from Gmail asking the Manchester office manager to buy 8 × £200 Apple gift "
                       "cards and e-mail photos of the codes",
                  why="CEO name on a free-mail address, secrecy ('surprise'), unreachable by phone, gift-card codes "
                      "sent by e-mail – classic gift-card BEC. The genuine voucher scheme (business 16) goes through "
                      "procurement with a purchase order.")
