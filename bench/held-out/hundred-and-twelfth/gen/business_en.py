"""English genuine business messages (8)."""
import assets
import data as D
import infra
import mime
from builder import register, html_outlook, html_gmail, to_plain, to_html, brand_page, esc, html_simple


# ---------------------------------------------------------------------------
@register("business", "en", "docusign-envelope-supply-agreement")
def _(b):
    sender = "dse@eumail.docusign.net"
    b.at(2026, 11, 17, 15, 2, 25, zone="UK").env(sender, "oliver.hughes@example.com")
    b.style = "esp"
    rng = b.rng

    def hops(bb):
        return [("Received", "from docusign.net (unknown [10.%d.%d.%d])\n\tby mailout-eu1.docusign.net (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                 % (rng.randrange(100, 200), rng.randrange(255), rng.randrange(255), infra.postfix_qid(rng), bb.rcpt,
                    mime.rfcdate(infra.ago(bb.t, 1), "UTC")))]
    env_id = infra.uuid_from(rng)
    b.via(infra.direct(b, "mailout-eu1.docusign.net", "mailout-eu1.docusign.net", "185.81.100.34", hops_fn=hops,
                       tls="1.2", zone="UTC", msgid="<%s@eu.docusign.net>" % env_id.replace("-", ""), bstyle="java",
                       return_path="bounces@eumail.docusign.net",
                       extra=[("X-API-Host", "eu.docusign.net"), ("X-DocuSign-EnvelopeId", env_id)]))
    b.frm("Emma Clarke via Docusign", sender)
    b.reply_to("Emma Clarke", "emma.clarke@harringtonfoods.co.uk")
    b.to(("Oliver Hughes", "oliver.hughes@example.com"))
    b.subject("Please DocuSign: Harrington_Foods_Supply_Agreement_2027_v3.pdf")
    url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (
        infra.uuid_from(rng), infra.uuid_from(rng), infra.uuid_from(rng))
    code = infra.hexs(rng, 32, upper=True)
    src = """Emma Clarke sent you a document to review and sign.

[[REVIEW DOCUMENT|%s]]

Emma Clarke
emma.clarke@harringtonfoods.co.uk

Hi Oliver, as discussed on Friday - final version with the agreed Easter volumes and the revised listing fee. Please sign when you have a moment. Thanks, Emma

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: %s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.
""" % (url, code)
    head = '<div style="background:#1e1e1e;padding:20px 32px"><span style="color:#fff;font-size:22px;font-weight:bold">docusign</span></div>'
    html = brand_page(to_html(src, btn_style="display:inline-block;padding:12px 28px;background:#ffc820;color:#1e1e1e;text-decoration:none;font-weight:bold;border-radius:2px"),
                      head, "Powered by Docusign", title="Docusign")
    b.body(b.alt(b.text(to_plain(src), "utf-8", "quoted-printable"), b.html(html, "utf-8", "quoted-printable")))
    b.meta("Genuine DocuSign envelope from the customer Harrington Foods for the 2027 supply agreement.",
           "Sent by DocuSign's EU service (eumail.docusign.net) with the customer as Reply-To, link to eu.docusign.net with envelope parameters and an access code, personal note referring to a real meeting, no time pressure. Hard negative for attack 09.")


# ---------------------------------------------------------------------------
@register("business", "en", "microsoft-account-security-code")
def _(b):
    sender = "account-security-noreply@accountprotection.microsoft.com"
    b.at(2026, 11, 3, 10, 21, 44, zone="UK").env(sender, "oliver.hughes@example.com")
    b.style = "esp"
    rng = b.rng
    node = "BL02EPF0001A%s" % infra.hexs(rng, 3, upper=True)

    def hops(bb):
        return [("Received", "from %s.namprd11.prod.outlook.com\n (2603:10b6:208:%x::%x) by BN8PR05CU002.outbound.protection.outlook.com\n (2603:10b6:408:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9412.8; %s"
                 % (node, rng.randrange(4096), rng.randrange(64), rng.randrange(4096), rng.randrange(64),
                    mime.rfcdate(infra.ago(bb.t, 1), "UTC")))]
    b.via(infra.direct(b, "BN8PR05CU002.outbound.protection.outlook.com",
                       "mail-eastus2azon11011030.outbound.protection.outlook.com", "52.101.57.30", hops_fn=hops,
                       tls="1.2", zone="UTC", msgid="<%s.%s@%s>" % (infra.alnum(rng, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                                                  infra.alnum(rng, 13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), node),
                       bstyle="java", extra=[("X-MS-PublicTrafficType", "Email")]))
    b.frm("Microsoft account team", sender)
    b.to(("", "oliver.hughes@example.com"))
    b.subject("Microsoft account security code")
    txt = """Microsoft account

Security code

Please use the following security code for the Microsoft account ol*****@example.com.

Security code: 648213

If you don't recognise the Microsoft account ol*****@example.com, you can click https://account.live.com/dp?ft=%s to remove your email address from that account.

Thanks,
The Microsoft account team
""" % infra.alnum(rng, 40)
    html = brand_page(to_html(txt.replace("Security code: 648213", "Security code: 648213")), '<div style="padding:18px 32px;font-size:16px;color:#707070">Microsoft account</div>',
                      "Privacy Statement<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052", title="Microsoft account")
    b.body(b.alt(b.text(txt, "utf-8"), b.html(html, "utf-8")))
    b.meta("Genuine Microsoft account one-time security code, requested by the UK sales manager for the Microsoft account registered with his work address.",
           "Microsoft's own outbound infrastructure and sender; masked address, only a short code, link to account.live.com; the code is for entering on Microsoft's site by the user who asked for it - unlike attack 11 where a third party supplies a device code.")


# ---------------------------------------------------------------------------
@register("business", "en", "github-password-reset")
def _(b):
    sender = "noreply@github.com"
    b.at(2026, 12, 1, 16, 44, 10).env(sender, "lukas.schroeder@example.com")
    b.style = "generic"
    rng = b.rng
    n = rng.randrange(20, 30)
    node = "hubbernetes-node-%s.va3-iad.github.net" % infra.hexs(rng, 7)

    def hops(bb):
        return [("Received", "from github.com (%s [10.48.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s"
                 % (node, rng.randrange(255), rng.randrange(255), infra.postfix_qid(rng), bb.rcpt,
                    mime.rfcdate(infra.ago(bb.t, 1), "US-PT", abbr=True)))]
    b.via(infra.direct(b, "out-%d.smtp.github.com" % n, "out-%d.smtp.github.com" % n, "192.30.252.%d" % (190 + n),
                       hops_fn=hops, tls="1.3", zone="US-PT",
                       msgid="<%s_%s%s@%s.mail>" % (infra.hexs(rng, 13), infra.hexs(rng, 5), infra.hexs(rng, 9), node.split(".")[0]),
                       return_path="noreply@github.com",
                       extra=[("X-Auto-Response-Suppress", "All")]))
    b.frm("GitHub", sender)
    b.to(("", "lukas.schroeder@example.com"))
    b.subject("[GitHub] Please reset your password")
    token = infra.alnum(rng, 48)
    txt = """We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team
""" % token
    b.body(b.text(txt, "utf-8", "7bit"))
    b.meta("Genuine GitHub password-reset mail requested by the IT security admin.",
           "GitHub's own SMTP servers (out-NN.smtp.github.com), standard wording, reset link on github.com with 3-hour expiry, plain text, no pressure; expected by the recipient.")


# ---------------------------------------------------------------------------
@register("business", "en", "midland-freight-invoice")
def _(b):
    sender = "accounts@midlandfreight.co.uk"
    b.at(2026, 10, 6, 8, 14, 51, zone="UK").env(sender, "sarah.collins@example.com")
    b.style = "exchange"
    b.via(infra.o365(b, region="gbrprd01", server_prefix="CWLP123MB"))
    b.frm("Midland Freight Ltd - Accounts", sender)
    b.to(("Sarah Collins", "sarah.collins@example.com"))
    b.subject("Invoice MF-118842 from Midland Freight Ltd")
    b.set("Accept-Language", "en-GB, en-US").set("Content-Language", "en-GB")
    ib = D.F(D.MIDLAND)
    txt = """Dear Customer,

Please find attached invoice MF-118842 for GBP 8,412.00.

Invoice date: 05/10/2026
Due date: 04/11/2026
Your reference: PO UK-26-0871 (pallet distribution Birmingham - Leeds/Manchester, September)

Payment details remain unchanged:
Barclays Bank plc, sort code 20-45-77, account 73920184
IBAN %s

If you have any queries regarding this invoice, please contact our credit control team on 024 7663 4410.

Kind regards,

Accounts Department
Midland Freight Ltd
Unit 7, Prologis Park, Coventry CV6 4QX
Registered in England and Wales No. 04821736 | VAT GB %s
""" % (ib, D.MIDLAND_VAT)
    pdfb = assets.invoice_pdf([
        ("MIDLAND FREIGHT LTD", 16, True), "Unit 7, Prologis Park, Coventry CV6 4QX · VAT GB " + D.MIDLAND_VAT, "",
        ("INVOICE MF-118842", 13, True), "Invoice date: 05/10/2026    Due date: 04/11/2026    Account: EXA001", "",
        "Example Confectionery UK Ltd", "40 Bournville Lane Business Park", "Birmingham B30 2JR", "",
        "Your order: PO UK-26-0871", "",
        "Date        Description                                         Pallets      Net GBP",
        "01-30/09    Pallet distribution Birmingham - Leeds                  96      3,840.00",
        "01-30/09    Pallet distribution Birmingham - Manchester             84      3,170.00",
        "", "Net total                                                                   7,010.00",
        "VAT 20%                                                                     1,402.00",
        ("Invoice total GBP                                                           8,412.00", 10, True), "",
        "Payment: Barclays Bank plc · sort code 20-45-77 · account 73920184 · IBAN " + ib,
    ], title="Invoice MF-118842", creator="Sage 50 Accounts", producer="Sage 50 Accounts", created="20261006081022+01'00'")
    att = b.attach("application/pdf", pdfb, "MF-118842.pdf")
    att.description = "MF-118842.pdf"
    att.disp_params = b.exchange_attach_params(len(pdfb))
    b.body(b.mixed(b.text(txt, "us-ascii", "7bit"), att))
    b.meta("Genuine carrier invoice from Midland Freight's accounts mailbox (Sage PDF), payment details explicitly unchanged.",
           "Real domain on the carrier's Microsoft 365 tenant, invoice references a real PO and route, Barclays account consistent with earlier invoices, phone number for queries. Hard negative for attack 13.")


# ---------------------------------------------------------------------------
@register("business", "en", "google-security-alert-new-signin")
def _(b):
    sender = "no-reply@accounts.google.com"
    b.at(2026, 10, 23, 19, 6, 2, zone="UK").env(sender, "james.whitfield@example.com")
    b.style = "gmail"
    rng = b.rng
    rp = "3%s-%s@gaia.bounces.google.com" % (infra.alnum(rng, 18), infra.alnum(rng, 10))

    def hops(bb):
        sid = "%s-%s" % (infra.hexs(rng, 12), infra.hexs(rng, 9))
        return [("Received", "by mail-sor-f69.google.com with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s"
                 % (sid, bb.rcpt, mime.rfcdate(infra.ago(bb.t, 1), "US-PT", abbr=True))),
                ("X-Google-Smtp-Source", "AGHT+I" + infra.b64ish(rng, 76)),
                ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s;\n        %s"
                 % (infra.hexs(rng, 4), infra.hexs(rng, 3), infra.hexs(rng, 4), sid, mime.rfcdate(infra.ago(bb.t, 1), "US-PT", abbr=True)))]
    b.via(infra.direct(b, "mail-sor-f69.google.com", "mail-sor-f69.google.com", "209.85.220.69", hops_fn=hops,
                       tls="1.3", zone="UTC", msgid="<%s@notifications.google.com>" % infra.alnum(rng, 22, infra.ALNUM + "-_"),
                       bstyle="gmail", return_path=rp))
    b.frm("Google", sender)
    b.to(("", "james.whitfield@example.com"))
    b.subject("Security alert")
    t_ms = int(b.t.timestamp() * 1000) - 60000
    url = "https://accounts.google.com/AccountChooser?Email=james.whitfield@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0" % (t_ms, infra.alnum(rng, 19))
    txt = """[image: Google]
A new sign-in on Windows

james.whitfield@example.com
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
Check activity
<%s>
You can also see security activity at
https://myaccount.google.com/notifications
You received this email to let you know about important changes to your Google Account and services.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % url
    html = brand_page('<p style="font-size:24px;text-align:center">A new sign-in on Windows</p>'
                      '<p style="text-align:center">james.whitfield@example.com</p>'
                      '<p>We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.</p>'
                      '<p style="text-align:center"><a href="%s" style="display:inline-block;background:#4184f3;color:#fff;padding:10px 24px;text-decoration:none;border-radius:4px">Check activity</a></p>'
                      '<p style="text-align:center;font-size:12px">You can also see security activity at<br><a href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a></p>' % esc(url),
                      '<div style="padding:24px 32px 0 32px;font-size:22px;color:#5f6368">Google</div>',
                      "You received this email to let you know about important changes to your Google Account and services.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA",
                      font="Google Sans, Roboto, Arial, sans-serif", title="Security alert")
    b.body(b.alt(b.text(txt, "utf-8", "base64", params=[("delsp", "yes")], flowed=True),
                 b.html(html, "utf-8", "quoted-printable")))
    b.meta("Genuine Google 'new sign-in on Windows' security alert for the Google account (Business Profile/Ads) registered with the UK office manager's address.",
           "Google's system mail infrastructure (mail-sor, gaia.bounces Return-Path), links only to accounts.google.com/myaccount.google.com, informational - 'if this was you, you don't need to do anything'.")


# ---------------------------------------------------------------------------
@register("business", "en", "harrington-complaint-fat-bloom-photo")
def _(b):
    sender = "emma.clarke@harringtonfoods.co.uk"
    b.at(2026, 12, 2, 9, 47, 13, zone="UK").env(sender, "oliver.hughes@example.com")
    b.style = "exchange"
    b.via(infra.o365(b, region="gbrprd01", server_prefix="LO2P265MB"))
    b.frm("Emma Clarke", sender, "iso-8859-1")
    b.to(("Oliver Hughes", "oliver.hughes@example.com"), cs="iso-8859-1")
    b.cc(("James Whitfield", "james.whitfield@example.com"), cs="iso-8859-1")
    b.subject("Complaint - bloom on Milk Chocolate Santas 125g (batch L26-311), 3 stores", "iso-8859-1")
    b.set("Accept-Language", "en-GB, en-US").set("Content-Language", "en-GB")
    txt = """Hi Oliver,

We've had complaints from three of our stores (Harrogate, Ilkley and Otley) about the Milk Chocolate Santas 125g from the delivery on 24 November. Several units show a grey-white film on the surface - it looks like fat bloom to me rather than transit damage. Batch code on the cases is L26-311, best before 09/2027. Photo from the Harrogate store attached.

Customers have returned 14 units so far and the stores have taken the remaining stock of that batch (about 230 units) off the shelves as a precaution. With Christmas only three weeks away this is quite painful for us.

Could you please:
- confirm whether other customers have reported the same batch,
- arrange collection or disposal of the affected stock and a credit note (approx. £1,150 at cost), and
- let me know when you can send a replacement delivery?

Happy to have a quick call tomorrow morning if that's easier.

Kind regards,
Emma

Emma Clarke
Category Buyer - Confectionery & Snacking
Harrington Foods Ltd | Kirkstall Road, Leeds LS4 2AZ
T: 0113 496 0721
"""
    png = assets.photo_png("harrington-bloom-L26-311")
    att = b.attach("image/png", png, "Harrogate_L26-311.png")
    att.description = "Harrogate_L26-311.png"
    att.disp_params = b.exchange_attach_params(len(png))
    b.body(b.mixed(b.alt(b.text(txt, "iso-8859-1"), b.html(html_outlook(txt, "EN-GB", charset="iso-8859-1"), "iso-8859-1")), att))
    b.meta("Customer complaint: fat bloom on a batch of milk-chocolate Santas, photo (PNG) attached, request for credit note and replacement.",
           "Real customer domain and Microsoft 365 tenant, specific batch/store details, asks for a credit note through the normal process and offers a call; nothing to click or pay.")


# ---------------------------------------------------------------------------
@register("business", "en", "christmas-vouchers-po-internal")
def _(b):
    sender = "james.whitfield@example.com"
    b.at(2026, 12, 9, 11, 15, 39, zone="UK").env(sender, "sarah.collins@example.com")
    b.style = "exchange"
    b.via(infra.internal_exchange(b, "EXMBX02", client_ip="10.60.4.23"))
    b.frm("James Whitfield", sender, "iso-8859-1")
    b.to(("Sarah Collins", "sarah.collins@example.com"), cs="iso-8859-1")
    b.cc(("Oliver Hughes", "oliver.hughes@example.com"), cs="iso-8859-1")
    b.subject("Christmas vouchers for the UK team - PO raised", "iso-8859-1")
    b.set("Accept-Language", "en-GB, en-US").set("Content-Language", "en-GB")
    txt = """Hi Sarah,

As agreed with Claudia in the budget meeting, we're giving each of the 23 UK colleagues a £50 One4all voucher this Christmas (£1,150 in total).

I've raised PO UK-26-1194 in SAP to One4all Rewards - they invoice us, so nobody needs to buy gift cards or pay by card. The vouchers will be delivered to the office by 17 December and I'll hand them out at the Christmas lunch.

Could you check the invoice against the PO when it arrives and book it to cost centre 4100 (staff welfare)? HMRC treats these as a trivial benefit as long as they stay at £50 per person, so please don't let anyone top them up.

Thanks,
James
"""
    b.body(b.alt(b.text(txt, "iso-8859-1", "base64"), b.html(html_outlook(txt, "EN-GB", charset="iso-8859-1"), "iso-8859-1", "base64")))
    b.meta("Office manager's genuine request about staff Christmas vouchers: PO raised in SAP, supplier invoices the company, accountant to match the invoice.",
           "Internal relay + Exchange hop, real sender, budget approval referenced, goes through purchasing and invoicing, explicitly no gift-card purchases by staff. Hard negative for attack 15.")


# ---------------------------------------------------------------------------
@register("business", "en", "newsletter-confectionery-weekly-mailchimp")
def _(b):
    sender = "news@confectioneryeurope-weekly.com"
    b.at(2026, 11, 5, 7, 0, 12, zone="UK").env(sender, "oliver.hughes@example.com")
    b.style = "esp"
    b.via(infra.mailchimp(b))
    b.frm("Confectionery Europe Weekly", sender)
    b.reply_to("Confectionery Europe Weekly", "editor@confectioneryeurope-weekly.com")
    b.to(("Oliver", "oliver.hughes@example.com"))
    b.subject("This week: Easter 2027 sell-in, HFSS promotion rules, cocoa outlook")
    uid = infra.hexs(b.rng, 26)
    unsub = "https://confectioneryeurope-weekly.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s" % (
        uid, infra.hexs(b.rng, 10), infra.hexs(b.rng, 10), infra.hexs(b.rng, 10))
    b.set("List-Unsubscribe", "<%s>,\n <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net>" % (unsub, uid, infra.hexs(b.rng, 10), infra.hexs(b.rng, 10)))
    b.set("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
    b.set("List-Id", "%smc list <%s.%s.list-id.mcsv.net>" % (uid, uid, infra.hexs(b.rng, 10)))
    src = """Good morning Oliver,

EASTER 2027 SELL-IN: Retail buyers report earlier listings than last year, with hollow figures and sharing bags leading. Several discounters are testing smaller price-marked packs.

HFSS: The UK volume-promotion restrictions for less healthy food continue to shape seasonal ranges; we look at how suppliers are reformulating filled bars and what counts as a seasonal exemption.

COCOA OUTLOOK: Analysts expect continued volatility into Q1 as mid-crop arrivals in West Africa are assessed. Hedging strategies of mid-sized manufacturers are compared in our feature.

EVENTS: Registration is open for the winter sweets and snacks fair season; our calendar lists all dates for January and February.

{{Read the full issue|https://confectioneryeurope-weekly.com/issues/2026-45}}

The Confectionery Europe Weekly team
"""
    footer = ('You are receiving this because you subscribed at confectioneryeurope-weekly.com.<br>'
              '<a href="%s" style="color:#6e6e6e">Unsubscribe</a> &middot; <a href="https://confectioneryeurope-weekly.us21.list-manage.com/profile?u=%s" style="color:#6e6e6e">Update preferences</a><br>'
              'Confectionery Europe Weekly &middot; 3 Hardman Street &middot; Manchester M3 3HF &middot; United Kingdom' % (unsub, uid))
    html = brand_page(to_html(src), '<div style="background:#3b1f14;color:#fff;padding:18px 32px;font-size:20px">Confectionery Europe Weekly</div>',
                      footer, title="Confectionery Europe Weekly")
    plain = to_plain(src) + "\n============================================================\nUnsubscribe: %s\nConfectionery Europe Weekly, 3 Hardman Street, Manchester M3 3HF, United Kingdom\n" % unsub
    b.body(b.alt(b.text(plain, "utf-8"), b.html(html, "utf-8")))
    b.meta("Subscribed trade newsletter sent through Mailchimp.",
           "Genuine Mailchimp infrastructure and headers (List-Id, one-click List-Unsubscribe, Feedback-ID), editorial content only, no credential or payment request.")
