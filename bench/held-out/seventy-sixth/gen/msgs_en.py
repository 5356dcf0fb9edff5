# -*- coding: utf-8 -*-
"""English messages (UK office Stoke-on-Trent and group-wide)."""
from datetime import timedelta

import ids
import images
import mime
import senders as X
from clients import EximWebmail, Outlook365
from infra import Msg, alnum, b64s, hexs, rdate
from people import BANK, LISTS, S, TAX
from services import DirectBot, Mailchimp, OpenXchange, SendGrid, Service, SES
from templates import alt, att, brand_alt, pdf_bytes, svg_lure, text, zip_bytes

F = ids.fmt_iban


# ======================================================================= attacks

def a_svg_password():
    url = "https://login-examplegroup.support-m365.com/owa/?u=oliver.bennett%40example.com&t=keep"
    svg = svg_lure("Microsoft 365 – Password notice",
                   ["Account: oliver.bennett@example.com", "Your password expires today at 17:00 GMT.",
                    "Select the button below to keep your current password."], url, button="Keep current password")
    body = """Hello Oliver,

The password for your Microsoft 365 account oliver.bennett@example.com expires today at 17:00 GMT.

To keep your current password and avoid losing access to Outlook, Teams and SharePoint, open the attached secure notice and confirm.

If no action is taken, you will be signed out of all devices and will need to contact the Service Desk to regain access.

Example Group IT Service Desk
Ransbach-Baumbach | Stoke-on-Trent"""
    return Msg("m365-password-expiry-svg", ("Example Group IT Service Desk", "it-servicedesk@examplegroup-support.com"),
               [S("bennett")], "Action required: password for oliver.bennett@example.com expires today",
               "2026-10-13 09:31:20",
               mime.Multi("mixed", [alt(body, "us-ascii", "7bit", style="simple"),
                                    mime.Bin(svg.encode(), "image/svg+xml", "Password_Notice_oliver.bennett.svg")]),
               SES("examplegroup-support.com"),
               "Credential phishing: 'IT Service Desk' warns of password expiry; SVG attachment with a button.",
               "External look-alike domain examplegroup-support.com (via Amazon SES) posing as internal IT; the SVG "
               "contains a hyperlink to login-examplegroup.support-m365.com with the address pre-filled; 'keep "
               "current password' pretext with a same-day deadline.", tz="UK",
               env_from="010201a2f3c4d5e6-7f3b8a1c-2d4e-4f60-9a1b-3c5d7e9f1a2b-000000@eu-west-1.amazonses.com")


def a_paypal_toad():
    inv = "INV2-7KQD-M3XA-9F2R-LW4P"
    blocks = ["**Norton Billing Centre** sent you an invoice for **£389.99 GBP**",
              "Invoice number: 0041187\nDue date: On receipt",
              "**Note from seller:**\nThank you for renewing Norton 360 Total Protection (5 devices, 3 years). "
              "The amount of £389.99 will be debited from your account within 24 hours. If you did not authorise this "
              "renewal or wish to cancel and receive a full refund, please call our billing department on "
              "+44 20 3769 1184 (Mon–Sat, 8am–8pm) quoting your invoice number.",
              "Seller's contact information\nNorton Billing Centre\nbilling.norton.renewals@gmail.com"]
    footer = ("Don't recognise this invoice? Report it to PayPal before paying.\n"
              "PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.\n"
              "Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal (Europe) S.à r.l. et Cie, S.C.A., "
              "22-24 Boulevard Royal L-2449, Luxembourg.\nPPX000641:0ccab24b8e9f1")
    body = brand_alt("Hello, Rachel Hughes", blocks,
                     ("View and Pay Invoice", "https://www.paypal.com/invoice/p/#%s" % inv), footer,
                     charset="UTF-8", cte="quoted-printable", brand="PayPal", color="#003087", lang="en")
    svc = Service(connect=("mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.225"),
                  hops=lambda m, t: (["Received: from ccg01mail02.slc.paypal.com (ccg01mail02.slc.paypal.com [10.12.204.37])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                                      % (hexs(m.rng, 10, True), m.rcpt, rdate(t, "PT", comment=True))], t + timedelta(seconds=1)),
                  msgid=lambda m: "<%s.%s@paypal.com>" % (hexs(m.rng, 16, True), hexs(m.rng, 8)),
                  extra=[("X-Email-Type-Id", "PPX000641"), ("X-XPT-XSL-Name", "nodeinvoicing/invoice_sent_to_payer"),
                         ("PP-Correlation-Id", lambda m: hexs(m.rng, 13)),
                         ("X-MaxCode-Template", "PPX000641")],
                  order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__CT__", "X-Email-Type-Id",
                         "X-XPT-XSL-Name", "PP-Correlation-Id", "X-MaxCode-Template"],
                  hcs=("UTF-8", "Q", "UTF-8"), date_zone="PT")
    return Msg("paypal-invoice-callback-norton", ("service@paypal.co.uk", "service@paypal.co.uk"), [S("hughes")],
               "You've got a new invoice from Norton Billing Centre", "2026-10-20 03:12:44", body, svc,
               "Callback phishing (TOAD) through genuine PayPal invoicing: a fake 'Norton 360 renewal' invoice for "
               "£389.99 with a phone number to 'cancel'.",
               "Abuse of a real service: headers are PayPal's own, but the 'seller' is a free Gmail account, the "
               "company has no such subscription, and the seller note pushes the victim to call a number where "
               "scammers take over the PC or bank details.", tz="PT",
               env_from="bounce@paypal.co.uk")


def a_hmrc():
    blocks = ["Dear Customer,",
              "Your VAT Return for the period 1 July 2026 to 30 September 2026 (VRN %s) shows a repayment due "
              "to you of **£4,812.36**." % TAX["example_uk"].replace("GB", "").replace(" ", ""),
              "We were unable to process this repayment because the bank account held on your VAT record could not "
              "be verified. To receive the repayment, please confirm your business bank details using our secure "
              "online service within 5 working days.",
              "If your details are not confirmed, the repayment will be held and your next return may be subject to "
              "a compliance check.",
              "Yours faithfully,\nVAT Repayments Team\nHM Revenue & Customs"]
    footer = ("This is an automated email. Please do not reply.\n"
              "HM Revenue & Customs, BX9 1AA. For security reasons, never share your Government Gateway user ID.")
    body = brand_alt("VAT repayment on hold", blocks,
                     ("Confirm bank details", "https://www.gov.uk-vat-repayments.com/mtd/confirm?ref=VRP-2026-318472"),
                     footer, charset="UTF-8", cte="quoted-printable", brand="GOV.UK", color="#0b0c0c", lang="en")
    return Msg("hmrc-vat-repayment", ("HM Revenue & Customs", "noreply@hmrc-vatrefunds.co.uk"), [S("hughes")],
               "VAT repayment for period 09/26 could not be processed", "2026-11-05 14:02:33", body,
               SendGrid("hmrc-vatrefunds.co.uk"),
               "HMRC-branded phishing: VAT repayment 'on hold', confirm bank details online.",
               "HMRC does not e-mail links to claim repayments; sender domain hmrc-vatrefunds.co.uk and link host "
               "gov.uk-vat-repayments.com are not gov.uk; bulk-sent through SendGrid; threat of a compliance check.",
               tz="UK", env_from="bounces+39471125-6d2e-rachel.hughes=example.com@em4417.hmrc-vatrefunds.co.uk")


def a_fake_lawyer():
    body = """Dear Ms Krüger,

I act for Example Group AG in connection with Project Fiorano, on the instructions I received from your Chief Executive, Dr Becker, earlier this morning. I understand he has already briefed you.

The vendor has agreed to grant Example Group exclusivity until 30 November 2026, subject to receipt of a refundable deposit of EUR 487,500.00 into our firm's client account by 16:00 CET today. The deposit is held in escrow and will be credited against the purchase price on completion or returned in full if the transaction does not proceed.

Our client account details are:

Account name: Hollis Reeve LLP Client Account
Bank: Metro Bank plc, One Southampton Row, London WC1B 5HA
IBAN: %s
BIC: MYMBGB2L
Payment reference: FIORANO/EG/1015

Please note that, under the confidentiality agreement signed by Dr Becker and the applicable market-abuse rules, this matter may not be discussed with anyone other than Dr Becker and myself until the public announcement. Kindly send me the payment confirmation (MT103) by reply as soon as the transfer has been released so that I can confirm receipt to the vendor's counsel.

I am in meetings for most of the day but will respond to e-mails promptly.

Kind regards

Jonathan Reeve
Partner – Corporate / M&A
Hollis Reeve LLP
41 Lombard Street, London EC3V 9BJ
T +44 20 3807 2291

This e-mail is confidential and may be legally privileged. Hollis Reeve LLP is authorised and regulated by the Solicitors Regulation Authority.""" % F(BANK["fake_escrow"])
    return Msg("fake-lawyer-escrow-fiorano", ("Jonathan Reeve", "j.reeve@hollisreeve-llp.com"), [S("krueger")],
               "Project Fiorano – escrow instructions (privileged & confidential)", "2026-10-15 09:58:02",
               alt(body, "UTF-8", style="simple", quote_cs=False), OpenXchange("hollisreeve-llp.com"),
               "Fake lawyer, stage 2 of the CEO fraud: a 'London partner' sends escrow account details for the "
               "EUR 487,500 deposit.",
               "Unknown law firm on a Namecheap Private Email mailbox; appears an hour after the look-alike CEO "
               "e-mail; same-day deadline, secrecy invoking market-abuse rules, asks for MT103 by reply; the company's "
               "real solicitors are Hartley Moss.", tz="UK",
               pair=None)


def a_gift_cards():
    quoted = """________________________________
From: Oliver Bennett <oliver.bennett@example.com>
Sent: 07 December 2026 10:14
To: Klaus Becker <klaus.becker.ceo@outlook.com>
Subject: RE: Quick favour

Hi Klaus, yes I'm at my desk. What do you need?

Oliver

________________________________
From: Klaus Becker <klaus.becker.ceo@outlook.com>
Sent: 07 December 2026 10:02
To: Oliver Bennett <oliver.bennett@example.com>
Subject: Quick favour

Oliver, are you at your desk? I need you to take care of something for me today. I'm in back-to-back meetings and can't take calls."""
    body = """Thanks Oliver.

We want to thank a few of our key UK customers before Christmas and I'd like it to be a surprise, so please keep it between us for now.

Could you buy 10 Amazon.co.uk gift cards of £200 each today? Tesco or Sainsbury's have them at the till. Scratch the back, take a clear photo of each code and send the photos to me here. I'll have Sabine reimburse you through expenses this week.

Let me know once you have them.

Klaus

Sent from my iPhone

""" + quoted
    return Msg("gift-cards-ceo-outlookcom", ("Klaus Becker", "klaus.becker.ceo@outlook.com"), [S("bennett")],
               "RE: Quick favour", "2026-12-07 10:26:51", alt(body, "iso-8859-1", lang="EN-GB"), X.OUTLOOK_COM,
               "Gift-card scam: 'Klaus Becker' on outlook.com asks the UK office manager to buy 10 × £200 Amazon "
               "gift cards and send photos of the codes.",
               "Consumer outlook.com address using the CEO's name; gift cards as 'customer gifts', secrecy, "
               "no calls, reimbursement promise; codes requested by e-mail.", tz="UK",
               hdrs=[("In-Reply-To", "<5b0e7c2a91d44f6e8a3b1c9d0e2f4a67@EXMBX01.corp.example.com>"),
                     ("References", "<DB9P189MB16340B3E2D1F4A5C6B7D8E9F0A1B2C3D4E5F@DB9P189MB1634.EURP189.PROD.OUTLOOK.COM>\n <5b0e7c2a91d44f6e8a3b1c9d0e2f4a67@EXMBX01.corp.example.com>")])


def a_sextortion():
    btc = ids.btc_bech32("extortion-2026-whitfield")
    body = """Hello James,

I have to share bad news with you. A few months ago I gained access to the devices you use to browse the internet. Since then I have been watching your activity.

Through a driver update on your router I was able to install a program on your computer that gives me full access to your camera, microphone and files. I have copies of your contacts, your e-mail correspondence and recordings made with your webcam while you were visiting certain adult websites. As proof, this message was sent from your own address.

I am not interested in ruining your life or your career. I propose a one-time payment of £1,450 in Bitcoin. After receiving the payment I will delete all material and you will never hear from me again.

Bitcoin address: %s

If you do not know how to buy Bitcoin, search for "buy bitcoin" on the internet – it takes 15 minutes.

You have 48 hours from opening this e-mail. I will know when you read it. If I do not receive the payment, the recordings will be sent to everyone in your contact list, including your colleagues and customers.

Do not reply to this e-mail and do not try to contact the police – the address is not traceable and I will notice it.""" % btc
    return Msg("sextortion-bitcoin", ("James Whitfield", "james.whitfield@example.com"), [S("whitfield")],
               "Your account has been compromised – james.whitfield", "2026-11-23 04:17:09",
               text(body, "utf-8", "quoted-printable"),
               DirectBot("[113.161.72.90]", "static.vnpt.vn", "113.161.72.90", "+0700",
                         mailer="Microsoft Outlook 16.0", msgid_dom="example.com"),
               "Sextortion: claims to have webcam recordings and demands £1,450 in Bitcoin.",
               "Forged From equal to the recipient (sent directly to mx01 by a compromised host in Vietnam, not via "
               "the internal relay); generic extortion script; deadline; valid bech32 Bitcoin address %s." % btc,
               tz="+0700")


def a_password_zip():
    placeholder = b"Inert placeholder for evaluation: stands for a Windows shortcut (.lnk) payload.\r\n"
    pw = "88412"
    z = zip_bytes([("RFQ_88412_Whitehall_Road_specs.pdf.lnk", placeholder, (2026, 11, 24, 8, 52, 10))],
                  password=pw, seed="rfq88412")
    body = """Hi James,

We have been passed your details by one of your stockists. We are pricing the tiling package for a residential scheme at Whitehall Road, Leeds (148 apartments) and would like a quotation for approx. 1,850 m² of rectified porcelain, 60x120, R10, plus matching skirting.

Please find attached our RFQ, the specification and the drawings. The archive is password-protected as the drawings are confidential to the client.

Password: 88412

We need prices by Friday 27 November if possible, as the tender closes the week after. Delivery would be in three call-offs from February 2027.

Kind regards

Priya Nair
Senior Buyer
Harrowfield Build Supplies Ltd
Unit 4, Calder Park, Wakefield WF2 7UE
T 01924 480 312"""
    relay = X.cpanel("cp21.uk-sharedhost.net", "185.211.4.21", tz="UK", client_ip="102.88.35.211")
    relay["client_helo"] = "[127.0.0.1]"
    m = Msg("rfq-password-zip-lnk", ("Priya Nair", "priya.nair@harrowfield-build.co.uk"), [S("whitfield")],
            "RFQ 88412 – porcelain 60x120 – Whitehall Road, Leeds", "2026-11-24 09:05:44",
            mime.Multi("mixed", [alt(body, "UTF-8", style="simple", quote_cs=False),
                                 mime.Bin(z, "application/zip", "RFQ_88412_Whitehall_Road.zip")]),
            EximWebmail("harrowfield-build.co.uk", relay, version="1.6.7"),
            "Malware delivery: an RFQ for a large porcelain order with a password-protected ZIP (password 88412) "
            "containing 'RFQ_88412_Whitehall_Road_specs.pdf.lnk' (inert one-line placeholder).",
            "Encrypted archive to evade scanning, password in the body, double extension .pdf.lnk (Windows shortcut "
            "launcher); sent from a compromised builders' merchant webmail logged in from a Nigerian IP; unsolicited "
            "lucrative RFQ as bait.", tz="UK")
    m.zip_password = pw
    return m


def a_quick_assist():
    body = """Hi Rachel,

You may have noticed a large number of newsletter sign-ups and spam e-mails arriving in your mailbox since this morning. This is a targeted mail-bombing attack against several finance mailboxes in the UK office.

We are rolling out an updated spam filter to the affected users today. A member of our Service Desk team will call you on Microsoft Teams within the next hour (display name "Help Desk – Example Group"). Please accept the call. The engineer will ask you to open Quick Assist (press Ctrl + Windows + Q) and read out the 6-digit security code so that he can apply the filter to your mailbox. This takes about 10 minutes and you can keep working afterwards.

Please do not forward this message, so that the attackers do not learn about the countermeasures.

Kind regards
IT Service Desk
Example Group"""
    return Msg("helpdesk-quick-assist-pretext", ("Example Group IT Helpdesk", "helpdesk@examplegroupit.onmicrosoft.com"),
               [S("hughes")], "Spam attack on your mailbox – filter update today", "2026-11-26 10:48:12",
               alt(body, "us-ascii", "7bit", lang="EN-GB"),
               Outlook365("examplegroupit.onmicrosoft.com", "en-GB", region="us", accept="en-US"),
               "Remote-access vishing pretext: 'IT Helpdesk' announces a Teams call after a mail-bombing and asks the "
               "user to start Quick Assist and share the code.",
               "External Microsoft 365 trial tenant (examplegroupit.onmicrosoft.com) impersonating internal IT; the "
               "company's helpdesk never initiates Quick Assist (it was disabled, see the genuine IT notice); secrecy; "
               "matches the Black Basta/Storm-1811 playbook leading to ransomware.", tz="UK")


def ATTACK():
    return [a_svg_password(), a_paypal_toad(), a_hmrc(), a_fake_lawyer(), a_gift_cards(), a_sextortion(),
            a_password_zip(), a_quick_assist()]


# ======================================================================= business

def _ms_service():
    def hops(m, t):
        srv = "BL02EPF0001A0FC"
        h = ("Received: from %s.namprd09.prod.outlook.com (2603:10b6:208:1b2::4) by\n MN2PR09MB5371.namprd09.prod.outlook.com"
             " (2603:10b6:208:2a4::19) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"
             " id\n 15.20.9244.21; %s" % (srv, rdate(t, "UTC")))
        return [h], t + timedelta(seconds=1)
    return Service(connect=("NAM12-MW2-obe.outbound.protection.outlook.com",
                            "mail-mw2nam12on2134.outbound.protection.outlook.com", "40.107.244.134"),
                   hops=hops,
                   msgid=lambda m: "<%s.%s@BL02EPF0001A0FC>" % (alnum(m.rng, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                                                 alnum(m.rng, 13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
                   extra=[("X-MSAPipeline", "MessageDispatcher"), ("X-MSAMetaData", lambda m: b64s(m.rng, 30))],
                   order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__CT__", "X-MSAPipeline", "X-MSAMetaData"],
                   date_zone="UTC")


def b_ms_code():
    blocks = ["Microsoft account", "**Security code**",
              "Please use the following security code for the Microsoft account ol*****@example.com.",
              "Security code: **482913**",
              "If you don't recognise the Microsoft account ol*****@example.com, you can "
              "[[click here|https://account.live.com/dp?ft=-Dt3q8Yb9K2sQvX1mP7wL0rZ4nA6cEe5HjU2oTf8iG1yS&fr=1]] "
              "to remove your email address from that account.",
              "Thanks,\nThe Microsoft account team"]
    body = brand_alt("Your security code", blocks, None,
                     "Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839\n"
                     "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052",
                     charset="utf-8", cte="quoted-printable", brand="Microsoft", color="#2672ec", lang="en")
    return Msg("microsoft-account-security-code", ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"),
               [S("bennett")], "Microsoft account security code", "2026-10-13 08:54:07", body, _ms_service(),
               "Genuine Microsoft account one-time security code requested by the user.",
               "Sent from Microsoft's own outbound infrastructure and sender; a code, no request to click or log in; "
               "the only link is account.live.com.", tz="UK",
               env_from="account-security-noreply@accountprotection.microsoft.com",
               pair=(["m365-password-expiry-svg"], "Microsoft account/password topic; genuine one comes from Microsoft and contains only a code"))


def b_google_alert():
    link = "https://accounts.google.com/AccountChooser?Email=james.whitfield@example.com&continue=https://myaccount.google.com/alert/nt/1795862400000?rfn%3D127%26rfnc%3D1%26eid%3D-2916840412457221760%26et%3D0"
    blocks = ["**A new sign-in on Windows**", "james.whitfield@example.com",
              "We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to "
              "do anything. If not, we'll help you secure your account.",
              "You can also see security activity at\nhttps://myaccount.google.com/notifications"]
    footer = ("You received this email to let you know about important changes to your Google Account and services.\n"
              "© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA")
    body = brand_alt("Security alert", blocks, ("Check activity", link), footer, charset="UTF-8",
                     cte="quoted-printable", html_cte="quoted-printable", brand="Google", color="#1a73e8", lang="en")

    def hops(m, t):
        return (["Received: by mail-sor-f69.google.com with SMTP id 41be03b00d2f7-7f0a4b3c1d2sor%d.%d\n        for <%s>\n        (Google Transport Security);\n        %s"
                 % (m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(1, 20), m.rcpt, rdate(t, "PT", comment=True)),
                 "X-Google-Smtp-Source: AGHT+I%s" % b64s(m.rng, 50),
                 "X-Received: by 2002:a05:6a20:%x:b0:%x:%x with SMTP id %smr%d.%d.%d;\n        %s" % (
                     m.rng.randrange(0x1000, 0xffff), m.rng.randrange(0x100, 0xfff), m.rng.randrange(0x1000, 0xffff),
                     hexs(m.rng, 12), m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(1, 40),
                     int(t.timestamp() * 1000), rdate(t, "PT", comment=True))], t + timedelta(seconds=1))
    svc = Service(connect=("mail-sor-f69.google.com", "mail-sor-f69.google.com", "209.85.220.69"), hops=hops,
                  msgid=lambda m: "<%s@notifications.google.com>" % b64s(m.rng, 16, url=True),
                  boundary=lambda m, p: "000000000000" + hexs(m.rng, 16),
                  extra=[("X-Notifications", lambda m: "GAMMA:<%s@notifications.google.com>" % hexs(m.rng, 40)),
                         ("X-Notifications-Bounce-Info", lambda m: "A%s" % b64s(m.rng, 60, url=True))],
                  order=["MIME-Version", "Date", "X-Notifications", "X-Notifications-Bounce-Info", "Message-ID",
                         "Subject", "From", "To", "__CT__"], date_zone="GMT")
    return Msg("google-security-alert-new-signin", ("Google", "no-reply@accounts.google.com"), [S("whitfield")],
               "Security alert", "2026-11-09 13:42:18", body, svc,
               "Genuine Google account security alert after the user signed in on a new laptop.",
               "Google's own sender and mail servers (mail-sor), standard wording, link to accounts.google.com; "
               "informational, no credential request.", tz="UK",
               env_from="3Ku0KZwgTCt4yz-2p0w9lnnz5y43.r1zz1wpyw.nzx@gaia.bounces.google.com")


def b_github_reset():
    tok = "d1c4b0f7e2a94e6b8f35c21d9a7e0b48"
    body = """Hey thoffmann-eg!

We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

Reset your password: https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team""" % tok

    def hops(m, t):
        return (["Received: from github.com (hubbernetes-node-7d1c2a9.ac4-iad.github.net [10.52.117.43])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s"
                 % (hexs(m.rng, 10, True), m.rcpt, rdate(t, "PT", comment=True))], t + timedelta(seconds=1))
    svc = Service(connect=("out-21.smtp.github.com", "out-21.smtp.github.com", "192.30.252.204"), hops=hops,
                  msgid=lambda m: "<%s_%s@%s.mail>" % (hexs(m.rng, 13), hexs(m.rng, 11), "hubbernetes-node-7d1c2a9"),
                  boundary=lambda m, p: "--==_mimepart_%s_%s" % (hexs(m.rng, 13), hexs(m.rng, 6)),
                  extra=[("X-Auto-Response-Suppress", "All")],
                  order=["Date", "From", "To", "Message-ID", "Subject", "Mime-Version", "__CT__", "X-Auto-Response-Suppress"],
                  date_zone="PT")
    html = body.replace("\n", "<br>\n").replace("https://github.com/password_reset/%s" % tok,
                                                 '<a href="https://github.com/password_reset/%s">Reset your password</a>' % tok)
    part = mime.Multi("alternative", [text(body, "UTF-8", "7bit", quote_cs=False),
                                      mime.Text("<!DOCTYPE html><html><body>" + html + "</body></html>\n", "html",
                                                "UTF-8", "7bit", quote_cs=False)])
    return Msg("github-password-reset", ("GitHub", "noreply@github.com"), [S("hoffmann")],
               "[GitHub] Please reset your password", "2026-11-02 06:21:05", part, svc,
               "Genuine GitHub password-reset e-mail requested by the head of IT.",
               "GitHub's own sender and outbound host, link to github.com only, short expiry as normal for resets.",
               tz="PT", env_from="noreply@github.com")


def b_complaint_photo():
    png = images.tile_photo("calce-grigio-dn7004418", crack=True, broken_corner=True)
    body = """Hi James,

I'm afraid we have a problem with yesterday's delivery (DN 7004418, our PO MTC-26-1187).

Of the 36 boxes of Calce Grigio 60x60 rectified, at least 9 boxes have cracked or chipped tiles – see the attached photo from the warehouse this morning. The pallet wrap was intact, so it looks like the damage happened before loading. The driver from your haulier noted "pallet damaged" on the POD, copy available if you need it.

Our customer's fitter is booked for Monday 16th, so we need replacements on site by Friday at the latest. If we can't get them in time we'll have to return the whole lot, and we'll be holding back payment of invoice 9200417 until this is sorted.

Can you give me a call this afternoon?

Cheers
Gary

Gary Pritchard
Purchasing Manager
Midlands Tile Centre Ltd
Tyburn Road, Birmingham B24 8NB
0121 386 4410 | 07700 914 282"""
    return Msg("customer-complaint-cracked-tiles", ("Gary Pritchard", "gary.pritchard@midlandstilecentre.co.uk"),
               [S("whitfield")], "Damaged delivery - DN 7004418 - cracked 60x60 Calce Grigio", "2026-11-10 08:37:26",
               mime.Multi("mixed", [alt(body, "iso-8859-1", lang="EN-GB"),
                                    att(png, "image/png", "IMG_20261110_081544.png", style="outlook",
                                        when="Tue, 10 Nov 2026 08:35:10 GMT")]),
               X.MIDLANDS,
               "A UK customer complains about cracked tiles in a delivery and threatens to withhold payment; photo attached.",
               "Known customer on its own Microsoft 365 tenant, concrete delivery and PO numbers, photo of the goods, "
               "asks for a call; the threat is a normal commercial one.", tz="UK")


def b_solicitor():
    body = """Dear Oliver,

Festival Park, Unit 7 – lease renewal

Further to our call on Tuesday, I attach the landlord's draft deed of variation extending the term to 31 December 2031, together with my comments. The main points for you and Ms Krüger to consider are:

1. Rent review: the landlord proposes an upward-only open-market review in 2029. I have suggested a cap at CPI + 1%.
2. Break clause: we have secured a tenant-only break on 31 December 2029 on six months' notice.
3. Dilapidations: the schedule of condition from 2021 will be annexed, which limits your liability at the end of the term.

If you are happy with the proposed amendments, I will send them to the landlord's solicitors on Monday. Completion monies (the landlord's legal costs of £1,850 + VAT) will be due on completion; our completion statement will follow in the usual way.

Please note: Hartley Moss will never notify you of a change to our bank details by email. If you receive such an email appearing to come from us, please do not act on it and call us on 01782 204 560.

Kind regards

Emma Clarke
Partner, Commercial Property
Hartley Moss Solicitors LLP
Albion House, Albion Street, Hanley, Stoke-on-Trent ST1 1QF
T 01782 204 560 | DD 01782 204 571

Hartley Moss Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 512873)."""
    draft = pdf_bytes([
        ("DATED                                   2026", 11, True), "",
        ("DEED OF VARIATION", 14, True), "relating to a lease of Unit 7, Festival Park, Stoke-on-Trent ST1 5RQ", "",
        "between", "(1) FESTIVAL PARK ESTATES LIMITED (Landlord)", "(2) EXAMPLE GROUP UK LTD (Tenant)", "",
        "1. The Term is extended so as to expire on 31 December 2031.",
        "2. Rent review: 1 January 2029, open market, upward only [HM: capped at CPI + 1% - to be agreed].",
        "3. Break: the Tenant may determine the Lease on 31 December 2029 on not less than six months' notice.",
        "4. Schedule of condition dated 14 June 2021 annexed.", "",
        "Draft 2 (HM comments) - 19.11.2026 - subject to contract"],
        "Deed of Variation - Unit 7 Festival Park - draft 2", author="Emma Clarke", creator="Microsoft Word",
        producer="Microsoft® Word for Microsoft 365", date="D:20261119103005+00'00'")
    return Msg("solicitor-lease-deed-of-variation", ("Emma Clarke", "emma.clarke@hartleymoss.co.uk"), [S("bennett")],
               "Festival Park Unit 7 - lease renewal: draft deed of variation [HM-Matter 41187]", "2026-11-19 10:41:55",
               mime.Multi("mixed", [alt(body, "iso-8859-1", lang="EN-GB"),
                                    att(draft, "application/pdf", "Deed of Variation - Unit 7 Festival Park - draft 2.pdf",
                                        style="outlook", when="Thu, 19 Nov 2026 10:31:00 GMT")]),
               X.HARTLEY,
               "The UK office's solicitor sends a draft lease variation for review.",
               "Known firm on its own tenant, ongoing matter, no payment instructions, explicit warning that bank "
               "details are never changed by e-mail.", cc=[S("krueger")], tz="UK",
               pair=(["fake-lawyer-escrow-fiorano"], "a solicitor writing to management about a transaction; genuine one contains no payment details"))


def b_newsletter():
    u = "https://tiles.us21.list-manage.com/unsubscribe?u=7c3e1b2f9d8a4c6e5b0f1a2d3&id=4a9e2c7b1f&e=8d3c2b1a0f&c=6e5d4c3b2a"
    blocks = ["**TTA News – November 2026**",
              "**Tile Industry Awards 2027: shortlist announced**\nThe judges have published the shortlist for the 2027 "
              "awards. The ceremony takes place on 5 March 2027 at the Hilton Metropole, Birmingham. "
              "[[Read the shortlist|https://www.tiles.org.uk/news/awards-2027-shortlist]]",
              "**BS 5385-3 revision – call for comments**\nThe committee invites members to comment on the draft "
              "revision for large-format tiles on floors before 18 December. "
              "[[Download the consultation draft (members)|https://www.tiles.org.uk/members/bs5385-3-consultation]]",
              "**CPD dates for early 2027**\nWaterproofing of wet rooms, Stoke-on-Trent, 21 January; Large-format "
              "porcelain installation, Leeds, 11 February. [[Book your place|https://www.tiles.org.uk/training]]"]
    footer = ("You are receiving this email because you are a member of The Tile Association.\n"
              "Our mailing address is: The Tile Association, Forum Court, 83 Copers Cope Road, Beckenham BR3 1NR\n"
              "[[Update your preferences|https://tiles.us21.list-manage.com/profile?u=7c3e1b2f9d8a4c6e5b0f1a2d3&id=4a9e2c7b1f]] "
              "or [[unsubscribe from this list|%s]]" % u)
    body = brand_alt("TTA News – November 2026", blocks[1:], None, footer, charset="utf-8", cte="quoted-printable",
                     brand="The Tile Association", color="#00506e", lang="en")
    mc = Mailchimp("tiles.org.uk", "7c3e1b2f9d8a4c6e5b0f1a2d3", 1297531, extra_hdrs=[
        ("List-Unsubscribe", "<https://tiles.us21.list-manage.com/unsubscribe?u=7c3e1b2f9d8a4c6e5b0f1a2d3&id=4a9e2c7b1f&t=b&e=8d3c2b1a0f&c=6e5d4c3b2a>,\n <mailto:unsubscribe-mc.us21_7c3e1b2f9d8a4c6e5b0f1a2d3.6e5d4c3b2a-8d3c2b1a0f@unsubscribe.mailchimpapp.net?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
    return Msg("newsletter-tile-association", ("The Tile Association", "news@tiles.org.uk"), [S("whitfield")],
               "TTA News – November 2026: awards shortlist, BS 5385-3 consultation, CPD dates", "2026-11-12 11:00:03",
               body, mc,
               "Subscribed trade-association newsletter sent through Mailchimp.",
               "Membership newsletter with List-Unsubscribe (one-click) and List-ID, Mailchimp's own infrastructure "
               "and bounce address; links to the association's own site; no credential request.", tz="UK",
               env_from="bounce-mc.us21_7c3e1b2f9d8a4c6e5b0f1a2d3.6e5d4c3b2a-8d3c2b1a0f@mail%d-%d.suw21.mcdlv.net" % (mc.a, mc.b),
               pair=(["hmrc-vat-repayment"], "bulk mail through a US ESP with many links; genuine one is a subscribed list with List-Unsubscribe"))


def b_payroll_zip():
    pw = "Ember-Kiln-7319!"
    summary = pdf_bytes([("Castleford Payroll Services Ltd", 14, True), "Payroll summary - Example Group UK Ltd - Period 8 (November 2026)", "",
                         "Employees paid: 42", "Gross pay: £118,944.20", "Employee PAYE: £19,876.31", "Employee NIC: £6,102.44",
                         "Employer NIC: £12,433.32", "Pension (NEST) employee/employer: £4,758.12 / £3,568.33",
                         "Net pay (BACS 24/11/2026): £88,207.33"], "Payroll summary Nov 2026",
                        producer="BrightPay Payroll", date="D:20261120143000+00'00'")
    p32 = pdf_bytes([("P32 Employer Payment Record 2026/27", 14, True), "Employer: Example Group UK Ltd  PAYE ref 123/EA48172",
                     "Accounts Office ref 123PA00418723", "", "Month 8 due to HMRC by 22/12/2026: £38,412.07"],
                    "P32 Nov 2026", producer="BrightPay Payroll", date="D:20261120143000+00'00'")
    z = zip_bytes([("EGUK_Payroll_Summary_Nov2026.pdf", summary, (2026, 11, 20, 14, 30, 0)),
                   ("EGUK_P32_Nov2026.pdf", p32, (2026, 11, 20, 14, 30, 0))], password=pw, seed="castleford-nov")
    body = """Hi Rachel,

Please find attached the November 2026 (period 8) payroll reports for Example Group UK Ltd: payroll summary and P32 employer payment record. Payslips have been published to the employee portal as usual.

The archive is encrypted with the password we agreed at onboarding; it is not included in this email. If you need it re-issued, please call us and we'll confirm it by phone.

- BACS submission: 24/11/2026, pay date 26/11/2026
- PAYE/NIC due to HMRC by 22/12/2026: £38,412.07 (please pay using your usual Accounts Office reference)
- NEST contribution schedule submitted on 20/11/2026

Let me know if anything looks wrong.

Kind regards

Hannah Price
Senior Payroll Administrator
Castleford Payroll Services Ltd
T 0113 496 0712"""
    m = Msg("payroll-bureau-encrypted-reports", ("Hannah Price", "payroll@castlefordpayroll.co.uk"), [S("hughes")],
            "Example Group UK Ltd - November 2026 payroll reports (encrypted)", "2026-11-20 14:36:19",
            mime.Multi("mixed", [alt(body, "iso-8859-1", lang="EN-GB"),
                                 att(z, "application/x-zip-compressed", "EGUK_Payroll_Nov2026.zip", style="outlook",
                                     when="Fri, 20 Nov 2026 14:34:02 GMT")]),
            X.CASTLEFORD,
            "The payroll bureau sends the monthly payroll reports as a password-protected ZIP (ZipCrypto, password "
            "'Ember-Kiln-7319!' agreed out of band) with two text PDFs.",
            "Known bureau on its own tenant, expected monthly report, password deliberately not in the e-mail, "
            "archive contains only PDFs matching the description; payment to HMRC via the usual reference.", tz="UK",
            pair=(["rfq-password-zip-lnk"], "password-protected ZIP; genuine one holds PDFs, password not in the mail"))
    m.zip_password = pw
    return m


def b_it_notice():
    body = """Dear colleagues,

As part of our security hardening, Microsoft Quick Assist has been removed from all company PCs from Monday, 9 November.

What this means for you:
- IT support will only connect to your PC with our managed tool "Example Remote Support", and only after you have raised a ticket or called the Service Desk yourself.
- IT will never call you unannounced on Microsoft Teams, and never from an external account. External Teams contacts are marked "External" or "Unknown" – do not accept calls or screen sharing from them.
- If you receive a flood of spam or newsletter sign-ups, report it via the "Report phishing" button. Do not call back numbers from those e-mails.

If someone claiming to be from IT contacts you unexpectedly, end the conversation and call the Service Desk: +49 2623 8804-444 (ext. 444).

Thank you for your help in keeping Example Group safe.

Thomas Hoffmann
Head of IT | Example Group AG"""
    return Msg("it-notice-quick-assist-disabled", S("hoffmann"), [LISTS["all"]],
               "Quick Assist disabled – how IT support will contact you", "2026-11-06 16:05:40",
               alt(body, "utf-8", lang="EN-US"), X.INT["HQ_EN"],
               "Group-wide internal notice from the head of IT that Quick Assist was removed and how support works.",
               "Internal relay path, sender is the head of IT; tells users to ignore unsolicited support calls; no "
               "links or requests.", rcpt=S("hughes")[1],
               pair=(["helpdesk-quick-assist-pretext"], "IT helpdesk, Quick Assist, Teams calls, spam floods; genuine internal notice"))


def BUSINESS():
    return [b_ms_code(), b_google_alert(), b_github_reset(), b_complaint_photo(), b_solicitor(), b_newsletter(),
            b_payroll_zip(), b_it_notice()]
