"""attack/09-16 (English)."""

import random

import docs
import ids
import infra
import kit
import mime
import pdf
import senders
from common import (E, Eq, msg, outlook_html, spec, finish_html, gmail_html)
from company import CORR, ENT, P, TEN
from infra import T, hdr, plus, rfcdate


# ------------------------------------------------------------------ 09 ----
@msg("attack", "09", "en", "purchase-order-fraud-lookalike-retailer")
def a09(c):
    r = c.rng
    t = T(2026, 11, 26, 14, 41, 20, "UK")
    st = P("sandra.tebbe")
    kb = P("katharina.berndt")
    dom = "harlowfinch-retail.co.uk"
    frm = mime.addr("Oliver Pritchard", "oliver.pritchard@" + dom)
    po = "HF-PO-%06d" % r.randint(550000, 569999)
    text = """Good afternoon Sandra,

Following our category review for the Christmas and New Year promotional window, we would like to place an additional order for boneless pork loin and belly. Please find our purchase order %s attached.

As our Hessle DC is at capacity until mid-January, this order is to be delivered to our temporary overflow cold store:

Harlow & Finch Retail Ltd c/o Thurrock Cold Logistics
Unit 9, Stonehouse Lane, Purfleet RM19 1NX
Goods-in: Mon-Sat 06:00-18:00, booking ref. %s

Payment terms remain 60 days from date of invoice as per our standard supplier agreement. Could you please confirm availability and the earliest delivery date by return? Given the promotional timing we would need the first load by 7 December at the latest.

If you have any questions, feel free to call me directly on +44 20 7946 0381.

Kind regards,

Oliver Pritchard
Category Buyer - Fresh Meat & Poultry
Harlow & Finch Retail Ltd
Finch House, 2 Ferriby Road, Hessle HU13 0PA
""" % (po, po)
    html = gmail_html(text)
    d = pdf.Doc(title="Purchase Order " + po, author="oliver.pritchard", creator="Microsoft Excel", producer="Microsoft: Print To PDF",
                date=docs.pdfdate(plus(t, -3600), "+00'00'"))
    W = 595.28
    d.text(56, 790, "HARLOW & FINCH", "F2", 18, color=(0.15, 0.3, 0.2))
    d.text(56, 776, "Retail Ltd · Finch House, 2 Ferriby Road, Hessle HU13 0PA · VAT " + ids.fmt_gb_vat(CORR["harlow"]["vat"]), "F1", 7.5)
    d.rtext(W - 56, 790, "PURCHASE ORDER", "F2", 14)
    y = 750
    for k, v in [("PO number:", po), ("Order date:", "26/11/2026"), ("Supplier:", "Example Fleischwerke GmbH (acc. 40017)"),
                 ("Deliver to:", "c/o Thurrock Cold Logistics, Unit 9, Stonehouse Lane, Purfleet RM19 1NX"),
                 ("Delivery:", "1st load by 07/12/2026, 2nd load w/c 14/12/2026"), ("Terms:", "60 days from invoice, Incoterms DAP")]:
        d.text(56, y, k, "F2", 9)
        d.text(140, y, v, "F1", 9)
        y -= 13
    y -= 12
    d.rect(56, y - 4, W - 112, 15, fill=(0.88, 0.9, 0.88))
    for x, h, al in [(60, "Line", "l"), (95, "Description", "l"), (380, "Qty (kg)", "r"), (460, "Price/kg", "r"), (539, "Total GBP", "r")]:
        (d.rtext if al == "r" else d.text)(x, y, h, "F2", 8.5)
    y -= 16
    lines = [("1", "Pork loin boneless, rind off, vac-packed, chilled (EU origin)", 18000, 4.65),
             ("2", "Pork belly boneless, rind on, chilled", 14000, 3.95),
             ("3", "Pork loin boneless, frozen -18 C", 22000, 4.20)]
    tot = 0
    for ln, desc, q, p in lines:
        d.text(60, y, ln, "F1", 8.5)
        d.text(95, y, desc, "F1", 8.5)
        d.rtext(380, y, "{:,}".format(q), "F1", 8.5)
        d.rtext(460, y, "%.2f" % p, "F1", 8.5)
        d.rtext(539, y, "{:,.2f}".format(q * p), "F1", 8.5)
        tot += q * p
        y -= 13
    d.line(56, y + 6, W - 56, y + 6)
    d.text(380, y - 8, "Order total (ex VAT)", "F2", 9)
    d.rtext(539, y - 8, "GBP {:,.2f}".format(tot), "F2", 9)
    d.para(56, y - 40, "Please confirm this order by e-mail to the buyer. All deliveries must be accompanied by an export health certificate (EHC 8400) and booked in via the goods-in reference above. Invoices to be sent to accounts.payable@harlowfinch.co.uk quoting the PO number.", W - 112, "F1", 8.5, 11)
    pdfb = d.render()
    root = kit.gmail(r, text, html, atts=[(pdfb, "application/pdf", "%s.pdf" % po)])
    mid = infra.gmail_msgid(r)
    s = infra.gmail_send(r, t, frm, [mime.addr("Sandra Tebbe", st[1])], "Purchase Order %s - pork loin & belly (Christmas promo)" % po, mid,
                         cc=[mime.addr("Katharina Berndt", kb[1])], workspace_domain=dom, tz="UK")
    H, _, _ = infra.deliver(r, s, st[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "A 'buyer' of the UK retail customer Harlow & Finch places a large pork order (PDF PO) for delivery to a third-party cold store on 60-day terms.",
                "Purchase-order (goods) fraud from look-alike domain harlowfinch-retail.co.uk on Google Workspace: real buyer's name, unknown delivery address, unusual urgency, credit terms, phone in a fictional range; the real customer orders through Ariba (business/09) from harlowfinch.co.uk via Mimecast.",
                phones=["+44 20 7946 0381"])


# ------------------------------------------------------------------ 10 ----
def harlow_send(r, t, frm, to, subj, msgid, **kw):
    ten = TEN["harlow"]
    s = infra.m365_send(r, ten, t, frm, to, subj, msgid, lang="en-GB", accept="en-GB, en-US", **kw)
    return senders.mimecast_m365(r, t, ten, s)


@msg("attack", "10", "en", "device-code-phishing-compromised-customer")
def a10(c):
    r = c.rng
    t = T(2026, 11, 25, 10, 4, 37, "UK")
    st = P("sandra.tebbe")
    kb = P("katharina.berndt")
    code = infra.ralnum(r, 9, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    url = "https://microsoft.com/devicelogin"
    text = """Hi Sandra, hi Katharina,

Ahead of the Q1 2027 price review we are moving all supplier cost-price files into a secured Microsoft Teams workspace (our auditors asked us to stop sending price files by e-mail).

To join the workspace, please:

1. Go to %s
2. Enter the access code: %s
3. Sign in with your usual Example Group Microsoft 365 account

The code is only valid for 15 minutes, so if it has expired just reply and I will send a new one. Once you're in, please upload your proposed price list for pork loin, belly and shoulder by Friday.

Many thanks,
Oliver

Oliver Pritchard
Category Buyer - Fresh Meat & Poultry
Harlow & Finch Retail Ltd | Finch House, 2 Ferriby Road, Hessle HU13 0PA
T +44 1482 640 512 | M +44 7700 900417
""" % (url, code)
    ten = TEN["harlow"]
    msgid, local = infra.m365_msgid(r, ten)
    html = outlook_html(text, "en-GB", font="Aptos", size="12.0pt", link_map={url: url})
    root = kit.outlook(local, ten.mbx + "eurp", text, html, "utf-8")
    frm = mime.addr("Oliver Pritchard", "oliver.pritchard@harlowfinch.co.uk")
    s = harlow_send(r, t, frm, [mime.addr("Sandra Tebbe", st[1]), mime.addr("Katharina Berndt", kb[1])],
                    "Q1 2027 price review - secure Teams workspace access", msgid)
    H, _, _ = infra.deliver(r, s, st[1], dmarc=("pass", "reject", "harlowfinch.co.uk"))
    return spec(H, root,
                "The customer's buyer asks the sales managers to join a 'secure Teams workspace' by entering an access code at microsoft.com/devicelogin.",
                "Device-code phishing from a genuinely compromised customer mailbox (Mimecast, DKIM/SPF/DMARC pass): the code belongs to the attacker's device-login session, so signing in hands over the victim's Microsoft 365 tokens; legitimate Teams meetings never need a device code (compare business/10).",
                urls=[url], phones=["+44 1482 640 512", "+44 7700 900417"], other="device code " + code)


# ------------------------------------------------------------------ 11 ----
@msg("attack", "11", "en", "oauth-consent-fake-document-share")
def a11(c):
    r = c.rng
    t = T(2026, 10, 20, 7, 55, 3, "CET")
    my = P("mehmet.yildiz")
    dom = "doccloud-share.com"
    client = infra.guid(r)
    state = infra.rhex(r, 24)
    url = ("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code"
           "&redirect_uri=https%%3A%%2F%%2Fdocviewer.doccloud-share.com%%2Fauth%%2Fcallback&response_mode=query"
           "&scope=offline_access%%20User.Read%%20Mail.ReadWrite%%20Mail.Send%%20Files.ReadWrite.All&state=%s") % (client, state)
    fname = "CMR_Temperaturprotokolle_KW42.pdf"
    text = """Chiara Colombo (c.colombo@ferretti-trasporti.it) shared a document with you

%s
3 pages · 1.8 MB

Message from Chiara Colombo:
"Ciao Mehmet, here are the signed CMRs and the reefer temperature logs for last week's loads to Parma, as requested. Chiara"

Open document: %s

You're receiving this because a document was shared with you using Adobe Acrobat for Microsoft 365. To view it, sign in with your Microsoft work account.
""" % (fname, url)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f5;font-family:'Adobe Clean',Arial,sans-serif;color:#2c2c2c">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:4px">
<tr><td style="padding:24px 32px 8px"><span style="display:inline-block;background:#eb1000;color:#fff;font-weight:bold;padding:6px 9px;border-radius:3px">A</span> <span style="font-size:16px;font-weight:bold">Adobe Acrobat</span></td></tr>
<tr><td style="padding:8px 32px;font-size:18px"><b>Chiara Colombo</b> shared a document with you</td></tr>
<tr><td style="padding:8px 32px"><table width="100%%" style="border:1px solid #e1e1e1"><tr><td style="padding:14px;font-size:14px"><b>%s</b><br><span style="color:#6e6e6e;font-size:12px">3 pages · 1.8 MB</span></td></tr></table></td></tr>
<tr><td style="padding:8px 32px;font-size:14px;color:#4b4b4b"><i>"Ciao Mehmet, here are the signed CMRs and the reefer temperature logs for last week's loads to Parma, as requested. Chiara"</i></td></tr>
<tr><td style="padding:18px 32px"><a href="%s" style="background:#1473e6;color:#ffffff;text-decoration:none;padding:10px 24px;border-radius:16px;font-size:14px;font-weight:bold">Open</a></td></tr>
<tr><td style="padding:16px 32px 26px;font-size:11px;color:#8e8e8e">You're receiving this because a document was shared with you using Adobe Acrobat for Microsoft 365. To view it, sign in with your Microsoft work account.<br>Adobe, 345 Park Avenue, San Jose, CA 95110-2704, USA</td></tr>
</table></td></tr></table></body></html>""" % (E(fname), Eq(url))
    b = infra.rhex(r, 28)
    root = kit.alt(b, text, html, "utf-8", "quoted-printable", csname="UTF-8")
    frm = mime.addr("Chiara Colombo via Adobe Acrobat", "no-reply@" + dom)
    s0 = senders.ses(r, t, [], frm, dom, region="us-east-1", mailfrom="bounce@mail.%s" % dom)
    ch = [hdr("From", frm), hdr("Reply-To", "c.colombo@ferretti-trasporti.it"), hdr("To", my[1]),
          hdr("Subject", mime.hdr_text("Chiara Colombo shared \"%s\" with you" % fname, "utf-8", "Q")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("Message-ID", s0.ses_msgid), hdr("Date", rfcdate(t, "UTC", "plain"))]
    s = senders.ses(r, t, ch, frm, dom, region="us-east-1", mailfrom="bounce@mail.%s" % dom)
    H, _, _ = infra.deliver(r, s, my[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "'Adobe Acrobat' notification that the carrier's traffic planner shared CMRs and temperature logs; 'Open' leads to a Microsoft sign-in.",
                "OAuth consent phishing: the button is a real login.microsoftonline.com authorize URL for an attacker app (Mail.ReadWrite, Mail.Send, Files.ReadWrite.All, offline_access) redirecting to doccloud-share.com; sent via Amazon SES from an unrelated domain using a real partner's name.",
                urls=[url], other="OAuth client_id " + client)


# ------------------------------------------------------------------ 12 ----
@msg("attack", "12", "en", "companies-house-penalty-phishing")
def a12(c):
    r = c.rng
    t = T(2026, 11, 9, 8, 17, 49, "UK")
    dh = P("daniel.hughes")
    dom = "companieshouse-notices.co.uk"
    ref = "CS%08d" % r.randint(0, 99999999)
    url = "https://find-and-update.companieshouse-notices.co.uk/company/12834567/penalty?ref=%s" % ref
    text = """Companies House

Company number: 12834567
Company name: EXAMPLE FOODS UK LTD

Our records show that the confirmation statement for EXAMPLE FOODS UK LTD, made up to 14 October 2026, has not been received.

Failure to deliver a confirmation statement is a criminal offence. To avoid a late filing penalty of £1,500 and the company being struck off the register, you must file the confirmation statement and pay the annual fee of £50 by 16 November 2026.

File now: %s

Penalty reference: %s

If you have already filed, you do not need to do anything.

Companies House
Crown Way, Cardiff, CF14 3UZ

This is an automated message. Do not reply to this email.
""" % (url, ref)
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Companies House</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;margin:0;font-size:19px;line-height:1.315789474;color:#0b0c0c">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#0b0c0c"><tr><td style="padding:10px 20px"><span style="color:#ffffff;font-weight:700;font-size:28px">GOV.UK</span></td></tr></table>
<table width="580" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 10px">
<p style="font-size:24px;font-weight:700">Companies House</p>
<p>Company number: 12834567<br>Company name: EXAMPLE FOODS UK LTD</p>
<p>Our records show that the confirmation statement for EXAMPLE FOODS UK LTD, made up to 14 October 2026, has not been received.</p>
<div style="border-left:10px solid #b1b4b6;padding:15px;margin:20px 0">Failure to deliver a confirmation statement is a criminal offence. To avoid a late filing penalty of £1,500 and the company being struck off the register, you must file the confirmation statement and pay the annual fee of £50 by <b>16 November 2026</b>.</div>
<p><a href="%s" style="color:#1d70b8">File your confirmation statement</a></p>
<p>Penalty reference: %s</p>
<p>If you have already filed, you do not need to do anything.</p>
<p>Companies House<br>Crown Way, Cardiff, CF14 3UZ</p></td></tr></table></body></html>""" % (Eq(url), ref)
    root = kit.alt(infra.rhex(r, 32), text, html, "utf-8", "quoted-printable", ct_style="bare")
    frm = mime.addr("Companies House", "no-reply@" + dom)
    mid = senders.mg_msgid(r, t, "mg." + dom)
    ch = [hdr("Mime-Version", "1.0"), ("__CONTENT__", None), hdr("Subject", "Action required: confirmation statement overdue - EXAMPLE FOODS UK LTD (12834567)"),
          hdr("From", frm), hdr("To", dh[1]), hdr("Date", rfcdate(t, "UTC", "pad")), hdr("Message-Id", mid),
          hdr("Sender", "no-reply@mg." + dom)]
    s = senders.mailgun(r, t, ch, frm, "mg." + dom, region="us")
    senders.fix_rcpt(s, dh[1])
    H, _, _ = infra.deliver(r, s, dh[1], dkim_results=[("pass", "mg." + dom, "pic", s.dkim[0][2])], dmarc=("pass", "none", dom))
    return spec(H, root,
                "GOV.UK-styled 'Companies House' notice: confirmation statement overdue, £1,500 penalty, pay the £50 fee via link.",
                "Look-alike domain companieshouse-notices.co.uk via Mailgun, invented penalty (confirmation statements carry no late-filing penalty), deadline, payment link on the look-alike; Companies House mails come from GOV.UK Notify and link to company-information.service.gov.uk (business/12).",
                urls=[url])


# ------------------------------------------------------------------ 13 ----
@msg("attack", "13", "en", "paypal-invoice-callback-scam")
def a13(c):
    r = c.rng
    t = T(2026, 12, 1, 16, 22, 8, "UK")
    dh = P("daniel.hughes")
    inv = "INV2-%s-%s-%s-%s" % tuple(infra.ralnum(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
    url = "https://www.paypal.com/invoice/p/#%s" % inv
    phone = "+44 20 7946 0922"
    note = ("Your Norton 360 Business annual licence (10 devices) has been renewed and GBP 489.99 will be charged to your account today. "
            "If you did NOT authorise this renewal, call our billing desk on %s within 24 hours to cancel and receive a full refund." % phone)
    text = """GS Secure Billing Services sent you an invoice for £489.99 GBP

Invoice number: 0073
Due on receipt

Seller note to customer:
%s

View and pay invoice: %s

Don't recognise this invoice? Before paying, make sure you recognise this invoice. If you don't, report it. Learn more about common security threats and how to spot them. For example, PayPal would never use an invoice or a money request to ask you for your account credentials.

Copyright © 1999-2026 PayPal. All rights reserved.
PayPal (Europe) S.à r.l. et Cie, S.C.A. Société en Commandite par Actions. Registered office: 22-24 Boulevard Royal, L-2449, Luxembourg, RCS Luxembourg B 118 349.
PPX000620:%s
""" % (note, url, infra.rhex(r, 12))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;padding:0;background:#f7f9fa">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'PayPal Sans Big',Helvetica,Arial,sans-serif;color:#001c64">
<tr><td style="padding:28px 40px 10px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" height="48" alt="PayPal"></td></tr>
<tr><td style="padding:10px 40px;font-size:28px;font-weight:bold">GS Secure Billing Services sent you an invoice for £489.99 GBP</td></tr>
<tr><td style="padding:6px 40px;font-size:14px">Invoice number: 0073<br>Due on receipt</td></tr>
<tr><td style="padding:14px 40px"><table width="100%%" style="background:#f1efea;border-radius:8px"><tr><td style="padding:16px;font-size:14px"><b>Seller note to customer</b><br>%s</td></tr></table></td></tr>
<tr><td style="padding:18px 40px"><a href="%s" style="background:#003087;color:#ffffff;padding:12px 28px;border-radius:24px;text-decoration:none;font-weight:bold">View and Pay Invoice</a></td></tr>
<tr><td style="padding:20px 40px;font-size:12px;color:#545d68"><b>Don't recognise this invoice?</b><br>Before paying, make sure you recognise this invoice. If you don't, report it. For example, PayPal would never use an invoice or a money request to ask you for your account credentials.<br><br>Copyright © 1999-2026 PayPal. All rights reserved.<br>PayPal (Europe) S.à r.l. et Cie, S.C.A. Société en Commandite par Actions. Registered office: 22-24 Boulevard Royal, L-2449, Luxembourg, RCS Luxembourg B 118 349.</td></tr>
</table></td></tr></table></body></html>""" % (E(note), Eq(url))
    b = "----=_Part_%d_%d.%d" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9), infra.epoch(t) * 1000)
    root = kit.alt(b, text, html, "utf-8", "quoted-printable", csname="UTF-8")
    frm = mime.addr("service@paypal.co.uk", "service@paypal.co.uk", quote_always=True)
    mid = "<%s.%s@mx0.slc.paypal.com>" % (infra.rhex(r, 16), infra.rhex(r, 16))
    ip = "173.0.84.%d" % r.choice([225, 226, 227, 228])
    host = "mx%d.slc.paypal.com" % r.choice([0, 1, 2, 3])
    ch = [hdr("Date", rfcdate(t, "UTC", "pad").replace("+0000", "-0800") if False else rfcdate(t, "PT", "pad")),
          hdr("Message-ID", mid), hdr("From", "\"service@paypal.co.uk\" <service@paypal.co.uk>"),
          hdr("To", dh[1]), hdr("Subject", mime.hdr_text("Invoice from GS Secure Billing Services (0073)", "utf-8", "Q")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("X-MaxCode-Template", "PPX000620"),
          hdr("X-Email-Type-Id", "PPX000620"), hdr("X-XPT-XSL-Name", "email_pimp/default/en_GB/invoice/MerchantInvoiceToBuyer.xsl"),
          hdr("PP-Correlation-Id", infra.rhex(r, 13)), hdr("X-PP-REQUESTED-TIME", str(infra.epoch(t) * 1000)),
          hdr("X-PP-Email-transmission-Id", infra.guid(r))]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain="paypal.co.uk", selector="pp-dkim1", amavis=False,
                            mailfrom="service@paypal.co.uk")
    s.headers.insert(1, infra.raw("Received", "from ccg13mail%02d.ccg.paypal.com (ccg13mail%02d.ccg.paypal.com [10.%d.%d.%d])\r\n\tby %s (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" %
                                  (r.randint(1, 40), r.randint(1, 40), r.randint(10, 250), r.randint(0, 250), r.randint(2, 250), host, infra.postfix_short_qid(r), dh[1], rfcdate(plus(t, 1), "PT", "postfix"))))
    H, _, _ = infra.deliver(r, s, dh[1], dmarc=("pass", "reject", "paypal.co.uk"))
    return spec(H, root,
                "Real PayPal invoice e-mail from a 'billing services' merchant for a £489.99 antivirus renewal, with a note to call a number to cancel.",
                "Callback phishing abusing PayPal's invoicing (passes all authentication because PayPal sent it): no relationship with the merchant, the payload is the phone number (fictional UK range) that leads to a remote-access/refund scam.",
                urls=[url], phones=[phone])


# ------------------------------------------------------------------ 14 ----
@msg("attack", "14", "en", "sextortion-spoofed-self")
def a14(c):
    r = c.rng
    t = T(2026, 10, 7, 3, 12, 55, "CET")
    kb = P("katharina.berndt")
    wallet = ids.gen_btc_bech32(r)
    text = """Hello Katharina,

I'm not going to waste your time with greetings. You may have noticed that I sent you this message from your own account - katharina.berndt@examplegroup.eu. That means I have full access to it.

A few months ago your device was infected with my software while you were visiting one of your favourite websites. Since then I have had access to your microphone, your camera, your contacts, your chats and your email history. I made a video that shows you on one side of the screen and what you were watching on the other side.

I can send this video to every person in your address book, to your colleagues at Example Group and to your customers with one click.

If you want me to delete it, transfer USD 1450 in Bitcoin to this address:

%s

If you don't know how to buy Bitcoin, search "buy bitcoin" online - it is easy.

You have 48 hours from the moment you open this message. I can see when you read it. Do not reply to this email and do not contact the police - I will know, and the video will be sent immediately. After payment I will delete everything and you will never hear from me again.
""" % wallet
    root = mime.text(text, "plain", "utf-8", "base64", csname="utf-8", ct_style="bare")
    ip = "198.51.100.%d" % r.randint(150, 250)
    helo = "DESKTOP-%s" % infra.ralnum(r, 7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    mid = "<%s%s@examplegroup.eu>" % (infra.rhex(r, 12, True), infra.rhex(r, 8, True))
    ch = [hdr("Message-ID", mid), hdr("From", mime.addr("", kb[1])), hdr("To", kb[1]),
          hdr("Subject", "Your account has been compromised - payment required (case 4417-K)"),
          hdr("Date", rfcdate(t, "ET", "plain")), hdr("MIME-Version", "1.0"), ("__CONTENT__", None),
          hdr("X-Priority", "3"), hdr("X-Mailer", "Microsoft Outlook Express 6.00.2600.0000")]
    s = senders._sent(helo, None, ip, plus(t, 1), kb[1], None)
    s.headers = ch
    H, _, _ = infra.deliver(r, s, kb[1], spf="fail", dkim_results=[], dmarc=("fail", "quarantine", "examplegroup.eu"))
    return spec(H, root,
                "Sextortion: claims device compromise and a compromising video, demands USD 1450 in Bitcoin within 48 hours.",
                "Spoofed From = recipient (SPF fail, DMARC fail), sent straight from a bot (HELO DESKTOP-…, no reverse DNS), base64 body, Bitcoin wallet, threats and deadline.",
                wallets=[wallet], no_to=False)


# ------------------------------------------------------------------ 15 ----
@msg("attack", "15", "en", "fake-docusign-supply-agreement")
def a15(c):
    r = c.rng
    t = T(2026, 12, 2, 13, 3, 41, "CET")
    st = P("sandra.tebbe")
    dom = "docusgn-mail.net"
    uid = r.randint(10 ** 7, 4 * 10 ** 7)
    click = senders.sg_click(r, uid)
    code = infra.rhex(r, 32, True) + "1"
    doc = "Harlow & Finch - Supplier Agreement 2027 (Fresh Pork).pdf"
    text = """Oliver Pritchard sent you a document to review and sign.

REVIEW DOCUMENT
%s

Oliver Pritchard
oliver.pritchard@harlowfinch.co.uk

Dear Sandra, please review and sign the updated supplier agreement for 2027 (revised payment terms and rebate schedule). We need the signed copy by Friday to release the January orders. Kind regards, Oliver

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s
""" % (click, code)
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="padding:0;margin:0;background-color:#eaeaea">'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="background-color:#eaeaea"><tr><td align="center" style="padding:24px 0">'
            '<table width="640" cellpadding="0" cellspacing="0" style="background-color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333333">'
            '<tr><td style="padding:10px 24px;font-weight:bold;font-size:20px;color:#1e4ca1">docusign</td></tr>'
            '<tr><td style="padding:0 24px"><table width="100%%" style="background-color:#1e4ca1;color:#ffffff"><tr><td align="center" style="padding:28px 24px 36px;font-size:16px">'
            'Oliver Pritchard sent you a document to review and sign.<br><span style="font-size:13px">%s</span><br><br>'
            '<a href="%s" style="background-color:#ffc423;color:#333333;padding:12px 22px;text-decoration:none;font-weight:bold;border-radius:2px">REVIEW DOCUMENT</a></td></tr></table></td></tr>'
            '<tr><td style="padding:20px 24px"><b>Oliver Pritchard</b><br>oliver.pritchard@harlowfinch.co.uk<br><br>Dear Sandra, please review and sign the updated supplier agreement for 2027 (revised payment terms and rebate schedule). We need the signed copy by Friday to release the January orders. Kind regards, Oliver</td></tr>'
            '<tr><td style="padding:0 24px 24px;background-color:#f4f4f4;font-size:11px;color:#666666"><p><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>'
            '<p><b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security code:<br>%s</p></td></tr></table></td></tr></table>'
            '<img src="https://u%d.ct.sendgrid.net/wf/open?upn=u001.%s" width="1" height="1" alt=""></body></html>' % (E(doc), Eq(click), code, uid, infra.rb64(r, 40).replace("+", "-").replace("/", "_").replace("=", "")))
    root = kit.alt(infra.rhex(r, 60), text, html, "utf-8", "quoted-printable", ct_style="quoted")
    frm = mime.addr("Oliver Pritchard via Docusign", "dse@" + dom)
    mid = "<%s@geopod-ismtpd-%d>" % (infra.ralnum(r, 22, senders.ALNUM + "-_"), r.randint(1, 40))
    ch = [hdr("Date", rfcdate(t, "UTC", "pad").replace("+0000", "+0000 (UTC)")), hdr("From", frm), hdr("Mime-Version", "1.0"),
          hdr("Message-ID", mid), hdr("Reply-To", "oliver.pritchard@harlowfinch.co.uk"),
          hdr("Subject", "Please DocuSign: %s" % doc), hdr("To", mime.addr("Sandra Tebbe", st[1])), ("__CONTENT__", None)]
    s = senders.sendgrid(r, t, ch, frm, dom, em="em4107", uid=uid)
    senders.fix_rcpt(s, st[1])
    H, _, _ = infra.deliver(r, s, st[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "DocuSign-styled request from the customer's buyer to sign a 2027 supplier agreement.",
                "Fake DocuSign: sent via SendGrid from docusgn-mail.net (not docusign.net), the 'Review document' button is a SendGrid click-tracking redirect to an attacker page, no envelope ID header, invented access code; real DocuSign mail is business/06.")


# ------------------------------------------------------------------ 16 ----
@msg("attack", "16", "en", "ceo-gift-cards-outlook-com")
def a16(c):
    r = c.rng
    t = T(2026, 12, 15, 9, 12, 30, "UK")
    rw = P("rachel.whitfield")
    ten = infra.M365Tenant(random.Random("tenant:outlookcom-consumer"), "outlook.com")
    ten.mbx = "PAXP193MB%d" % r.randint(1000, 2999)
    ten.hub = "AS8P193MB%d" % r.randint(1000, 2999)
    ten.region = "EURP193"
    text = """Hi Rachel,

Are you at your desk? I need you to sort something out for me discreetly this morning.

I want to surprise the Hull team with a small Christmas thank-you before the party on Friday - Amazon gift cards, £100 each, 12 cards in total. I'm tied up in meetings with the bank all day and can't take calls.

Can you buy them online or at Tesco/Sainsbury's this morning and send me the codes by email (scratch the back and take a clear photo of each card)? Please keep it between us for now, I'd like it to be a surprise. I'll make sure you get reimbursed through expenses this week.

Thanks,
Klaus

Sent from my iPhone"""
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">' + \
        "".join("<div>%s</div>" % (E(ln) if ln else "<br>") for ln in text.split("\n")) + "</div></body></html>"
    local = ten.mbx + infra.rhex(r, 30, True)
    msgid = "<%s@%s.%s.PROD.OUTLOOK.COM>" % (local, ten.mbx, ten.region)
    root = kit.outlook(local, ten.mbx + "EURP", text, html, "utf-8")
    frm = mime.addr("Klaus Brinkmann", "k.brinkmann.ceo@outlook.com")
    s = infra.m365_send(r, ten, t, frm, [mime.addr("Rachel Whitfield", rw[1])], "Quick favour", msgid,
                        outlook_consumer=True, lang="en-GB", accept="en-GB, en-US")
    H, _, _ = infra.deliver(r, s, rw[1], dmarc=("pass", "none", "outlook.com"), arc=s.arc)
    return spec(H, root,
                "'Klaus Brinkmann' asks the UK office manager to buy twelve £100 Amazon gift cards and e-mail photos of the codes.",
                "Gift-card CEO fraud from a free outlook.com address with the CEO's display name, secrecy, unreachable, codes by e-mail; genuine staff gifts are ordered through procurement (business/16).")
